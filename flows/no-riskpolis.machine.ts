import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about no-riskpolis only: it asks at most the facts this voorziening needs. */
export const noRiskpolisMachine = maakGesprekMachine('no-riskpolis')
