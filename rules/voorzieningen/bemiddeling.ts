import { doelgroep } from '../doelgroep.js'
import { alle } from '../logica.js'
import { voorIedereen } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Art. 14: direct mediation and trial placements; no condition besides the doelgroep. */
export const bemiddeling: Voorziening = {
  id: 'bemiddeling',
  artikel: 'art. 14',
  conditie: () => alle([doelgroep, voorIedereen('bemiddelingVoorIedereen', 'art. 14')]),
}
