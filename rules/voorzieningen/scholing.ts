import { doelgroep } from '../doelgroep.js'
import { alle } from '../logica.js'
import { voorIedereen } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Art. 7: scholing "met of zonder startkwalificatie"; no condition besides the doelgroep. */
export const scholing: Voorziening = {
  id: 'scholing',
  artikel: 'art. 7',
  conditie: () => alle([doelgroep, voorIedereen('scholingMetOfZonderDiploma', 'art. 7')]),
}
