/** The rules models the tests use, read once. */
import { laadRegelmodel } from '../server/regels.js'

export const ASSEN = laadRegelmodel('assen-2015')
export const VOORBEELDSTAD = laadRegelmodel('voorbeeldstad-2016')
