import { D1, D2, D3 } from '../doelgroep.js'
import { alle } from '../logica.js'
import { geenStartkwalificatie, hoogstens26 } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Pw art. 10f is the exception to Pw art. 7 lid 3 onder a, so D4 does not apply. */
const doelgroepLeerwerk = alle([D1, D2, D3], {
  id: 'doelgroepLeerwerk',
  artikel: 'Pw art. 10f',
  teksten: { ja: { sleutel: 'doelgroepLeerwerk.ja' } },
})

/** Art. 10; Pw art. 10f: 16-17 with leerplicht, or 18 up to 27 without startkwalificatie. */
export const leerwerktraject: Voorziening = {
  id: 'leerwerktraject',
  artikel: 'art. 10',
  conditie: () =>
    alle([doelgroepLeerwerk, hoogstens26('art. 10; Pw art. 10f'), geenStartkwalificatie('art. 10; Pw art. 10f')]),
}
