import { doelgroep } from '../doelgroep.js'
import { alle, eenVan } from '../logica.js'
import { beperking, contract6Maanden, werktMetLoonkostensubsidie } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Art. 12 lid 1: a structural limitation or loonkostensubsidie, and a contract of at least 6 months. */
export const noRiskpolis: Voorziening = {
  id: 'no-riskpolis',
  artikel: 'art. 12',
  conditie: () =>
    alle([
      doelgroep,
      eenVan([beperking('art. 12 lid 1'), werktMetLoonkostensubsidie('art. 12 lid 1')]),
      contract6Maanden('art. 12 lid 1'),
    ]),
}
