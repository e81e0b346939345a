import { doelgroep } from '../doelgroep.js'
import { alle, eenVan } from '../logica.js'
import { afstandGroot, uitkering12Maanden, volledigMinimumloon } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** "Moeilijk bemiddelbaar" is not defined: grote afstand or 12 months in a row on a benefit (interpretation 5). */
const moeilijkBemiddelbaar = eenVan([afstandGroot('art. 13 lid 1'), uitkering12Maanden('art. 13 lid 1')], {
  id: 'moeilijkBemiddelbaar',
  artikel: 'art. 13 lid 1',
  teksten: { nee: { sleutel: 'moeilijkBemiddelbaar.nee' } },
})

/** Art. 13 lid 1: tijdelijke loonkostensubsidie for people who are hard to place and can earn the minimum wage. */
export const loonkostensubsidie: Voorziening = {
  id: 'loonkostensubsidie',
  artikel: 'art. 13',
  conditie: () => alle([doelgroep, volledigMinimumloon('art. 13 lid 1'), moeilijkBemiddelbaar]),
}
