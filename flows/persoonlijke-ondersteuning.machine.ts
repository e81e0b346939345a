import { maakGesprekMachine } from './gesprek.js'

/** The dialogue about persoonlijke-ondersteuning only: it asks at most the facts this voorziening needs. */
export const persoonlijkeOndersteuningMachine = maakGesprekMachine('persoonlijke-ondersteuning')
