import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about leerwerktraject only: it asks at most the facts this voorziening needs. */
export const leerwerktrajectMachine = maakGesprekMachine('leerwerktraject')
