import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about loonkostensubsidie only: it asks at most the facts this voorziening needs. */
export const loonkostensubsidieMachine = maakGesprekMachine('loonkostensubsidie')
