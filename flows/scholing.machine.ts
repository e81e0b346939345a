import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about scholing only: it asks at most the facts this voorziening needs. */
export const scholingMachine = maakGesprekMachine('scholing')
