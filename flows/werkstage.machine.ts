import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about werkstage only: it asks at most the facts this voorziening needs. */
export const werkstageMachine = maakGesprekMachine('werkstage')
