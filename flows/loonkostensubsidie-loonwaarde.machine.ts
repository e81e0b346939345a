import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about loonkostensubsidie-loonwaarde only: it asks at most the facts this voorziening needs. */
export const loonkostensubsidieLoonwaardeMachine = maakGesprekMachine('loonkostensubsidie-loonwaarde')
