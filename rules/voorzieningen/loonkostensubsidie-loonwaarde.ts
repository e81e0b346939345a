import { doelgroep } from '../doelgroep.js'
import { alle, eenVan } from '../logica.js'
import { BESCHUT_WERK_2017 } from '../parameters.js'
import { nietVolledigMinimumloon } from '../voorwaarden.js'
import { beschutWerkGroep } from './beschut-werk.js'
import type { Voorziening } from './types.js'

const tot2017 = alle([doelgroep, nietVolledigMinimumloon('Pw art. 10c; Pw art. 10d')])

/**
 * From 2017-01-01 work in a beschutte omgeving is a dienstbetrekking with loonkostensubsidie
 * (Pw art. 10b and 10d as changed by Stb. 2016, 519), so the beschut-werk group, UWV clients
 * included, counts beside the doelgroep.
 */
const vanaf2017 = alle([
  eenVan([
    doelgroep,
    beschutWerkGroep({
      id: 'beschutWerkGroep',
      artikel: 'Pw art. 10b lid 1; Pw art. 10d',
      teksten: { ja: { sleutel: 'beschutWerkGroep.ja' } },
    }),
  ]),
  nietVolledigMinimumloon('Pw art. 10c; Pw art. 10d'),
])

/** Pw art. 10c, 10d: loonkostensubsidie naar loonwaarde for who cannot earn the minimum wage full-time. */
export const loonkostensubsidieLoonwaarde: Voorziening = {
  id: 'loonkostensubsidie-loonwaarde',
  artikel: 'Pw art. 10c',
  conditie: (ctx) => (ctx.peildatum < BESCHUT_WERK_2017 ? tot2017 : vanaf2017),
}
