import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about participatieplaats only: it asks at most the facts this voorziening needs. */
export const participatieplaatsMachine = maakGesprekMachine('participatieplaats')
