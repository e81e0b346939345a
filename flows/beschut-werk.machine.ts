import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about beschut-werk only: it asks at most the facts this voorziening needs. */
export const beschutWerkMachine = maakGesprekMachine('beschut-werk')
