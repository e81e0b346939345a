import { doelgroep } from '../doelgroep.js'
import { alle } from '../logica.js'
import { afstandGroot, heeftBijstand, minstens27 } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Art. 8 lid 1; Pw art. 10a: "aan personen van 27 jaar of ouder met recht op algemene bijstand"; art. 2 lid 1: grote afstand. */
export const participatieplaats: Voorziening = {
  id: 'participatieplaats',
  artikel: 'art. 8',
  conditie: () =>
    alle([
      doelgroep,
      minstens27('art. 8 lid 1'),
      heeftBijstand('art. 8 lid 1; Pw art. 10a'),
      afstandGroot('art. 2 lid 1'),
    ]),
}
