/** What a typed message can be understood as: the contract's `begrip.soort`. */
export { BEGRIP_SOORTEN as SOORTEN, type BegripSoort as Soort } from '../contract/waarden.js'
