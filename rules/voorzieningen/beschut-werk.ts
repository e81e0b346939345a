import { D1, D2, D3, D4, doelgroep } from '../doelgroep.js'
import { alle, type Conditie, eenVan, type Samengesteld } from '../logica.js'
import { BESCHUT_WERK_2017 } from '../parameters.js'
import { afstandGroot, beperking, beschutteWerkplekNodig, heeftUwvUitkering } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Pw art. 10b lid 1 and 3 from 2017-01-01: "ambtshalve of op verzoek", "of een persoon aan wie het UWV een uitkering verstrekt". */
const doelgroepVanaf2017 = alle([D1, D2, D4, eenVan([D3, heeftUwvUitkering('Pw art. 10b lid 1')])], {
  id: 'doelgroepBeschutWerk',
  artikel: 'Pw art. 10b lid 1',
  teksten: { ja: { sleutel: 'doelgroepBeschutWerk.ja' } },
})

const tot2017 = alle([
  doelgroep,
  beperking('art. 9 lid 1'),
  beschutteWerkplekNodig('art. 9 lid 1'),
  // Art. 9 lid 2: the voorselectie takes only people with a grote afstand.
  afstandGroot('art. 9 lid 2'),
])

/** The beschut-werk group from 2017-01-01 (Pw art. 10b lid 1), UWV clients included. */
const delenVanaf2017: Conditie[] = [
  doelgroepVanaf2017,
  beperking('Pw art. 10b lid 1'),
  beschutteWerkplekNodig('Pw art. 10b lid 1'),
]

const vanaf2017 = alle(delenVanaf2017)

/**
 * The same group as a part of another voorziening (loonkostensubsidie naar loonwaarde from 2017):
 * one reason when it fits, the parts that fail or are open otherwise.
 */
export function beschutWerkGroep(extra: Omit<Samengesteld, 'soort' | 'delen'>): Samengesteld {
  return alle(delenVanaf2017, extra)
}

/** Art. 9 (2015); Pw art. 10b as changed from 2017-01-01. */
export const beschutWerk: Voorziening = {
  id: 'beschut-werk',
  artikel: 'art. 9',
  conditie: (ctx) => (ctx.peildatum < BESCHUT_WERK_2017 ? tot2017 : vanaf2017),
}
