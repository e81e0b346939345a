import { maakGesprekMachine } from './gesprek.js'

/**
 * For employers: what the gemeente and the Werkbedrijf offer when hiring someone from the doelgroep
 * (no-riskpolis art. 12, loonkostensubsidie art. 13 and naar loonwaarde Pw art. 10c/10d with a
 * loonwaardemeting, jobcoach art. 11, detachering art. 6, proefplaatsing art. 14). The questions are
 * about the candidate and the contract; the texts speak to the employer.
 */
export const werkgeverMachine = maakGesprekMachine('werkgever')
