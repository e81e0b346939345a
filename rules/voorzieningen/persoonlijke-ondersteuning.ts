import { doelgroep } from '../doelgroep.js'
import { alle, eenVan } from '../logica.js'
import { beperking, heeftContract, nietVolledigMinimumloon } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Art. 11: a jobcoach for "de werknemer met beperkingen"; Pw art. 10da: begeleiding for the doelgroep loonkostensubsidie. */
export const persoonlijkeOndersteuning: Voorziening = {
  id: 'persoonlijke-ondersteuning',
  artikel: 'art. 11',
  conditie: () =>
    alle([
      doelgroep,
      eenVan([beperking('art. 11'), nietVolledigMinimumloon('Pw art. 10da')]),
      heeftContract('art. 11'),
    ]),
}
