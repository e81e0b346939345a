import { doelgroep } from '../doelgroep.js'
import { alle } from '../logica.js'
import { nietVolledigMinimumloon } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Pw art. 10c, 10d: loonkostensubsidie naar loonwaarde for who cannot earn the minimum wage full-time. */
export const loonkostensubsidieLoonwaarde: Voorziening = {
  id: 'loonkostensubsidie-loonwaarde',
  artikel: 'Pw art. 10c',
  conditie: () => alle([doelgroep, nietVolledigMinimumloon('Pw art. 10c; Pw art. 10d')]),
}
