import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about detacheringsbaan only: it asks at most the facts this voorziening needs. */
export const detacheringsbaanMachine = maakGesprekMachine('detacheringsbaan')
