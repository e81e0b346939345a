import { doelgroep } from '../doelgroep.js'
import { alle, eenVan } from '../logica.js'
import { afstandGroot, nooitBetaaldGewerkt, uitkering12Maanden, vijfJaarGeenWerkinkomen } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Art. 4 lid 1: "nog niet actief op de arbeidsmarkt" or long-term unemployed (12 months on a benefit; 5 years without work income). */
const nietActiefOfLangdurigWerkloos = eenVan(
  [nooitBetaaldGewerkt('art. 4 lid 1'), uitkering12Maanden('art. 4 lid 1'), vijfJaarGeenWerkinkomen('art. 4 lid 1')],
  {
    id: 'nietActiefOfLangdurigWerkloos',
    artikel: 'art. 4 lid 1',
    teksten: { nee: { sleutel: 'nietActiefOfLangdurigWerkloos.nee' } },
  },
)

/** Art. 2 lid 1 reserves werkstage for a grote afstand (interpretation 11); art. 4 lid 1. */
export const werkstage: Voorziening = {
  id: 'werkstage',
  artikel: 'art. 4',
  conditie: () => alle([doelgroep, afstandGroot('art. 2 lid 1'), nietActiefOfLangdurigWerkloos]),
}
