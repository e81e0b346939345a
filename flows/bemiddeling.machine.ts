import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about bemiddeling only: it asks at most the facts this voorziening needs. */
export const bemiddelingMachine = maakGesprekMachine('bemiddeling')
