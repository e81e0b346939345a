import { maakGesprekMachine } from './gesprek.js'

/** "Welke steun past misschien bij mij?": exclusion facts first, then what most open outcomes need. */
export const intakeMachine = maakGesprekMachine('alles')
