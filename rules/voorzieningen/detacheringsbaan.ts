import { doelgroep } from '../doelgroep.js'
import { alle } from '../logica.js'
import { afstandKort } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Art. 2 lid 2: the detacheringsbaan (art. 6) is for the doelgroep with a korte afstand. */
export const detacheringsbaan: Voorziening = {
  id: 'detacheringsbaan',
  artikel: 'art. 6',
  conditie: () => alle([doelgroep, afstandKort('art. 2 lid 2')]),
}
