import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about sociale-activering only: it asks at most the facts this voorziening needs. */
export const socialeActiveringMachine = maakGesprekMachine('sociale-activering')
