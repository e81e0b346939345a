/**
 * Doelgroep (art. 1; Pw art. 7 lid 1 onder a, lid 3 onder a). domain.md: D1 AND D2 AND D3 AND D4.
 * "die voor de arbeidsinschakeling zijn aangewezen op een door het college aangeboden voorziening":
 * that last part is the college's judgement, so "ja" means "you belong to the people the gemeente can help".
 */

import type { Reden } from './logica.js'
import {
  alle,
  type Blad,
  type Conditie,
  type Context,
  eenVan,
  evalueer,
  type Geheugen,
  nietWaar,
  opFeit,
  tekstenVoor,
} from './logica.js'
import { aowBand } from './parameters.js'
import type { Feit } from './situatie.js'
import { inVolgorde, type Situatie, UITKERINGEN, type Uitkering } from './situatie.js'

export type Verwijzing = 'uwv' | 'andere-gemeente' | 'onderwijs' | 'aow'

/** D1: "de gemeente waar je woont" (art. 1; Pw art. 10 lid 3 with art. 40 lid 1). */
export const D1 = opFeit('woontInGemeente', 'woontInGemeente', 'art. 1; Pw art. 40 lid 1', (v) => v === true)

/** D2, first half: 16 or older (our interpretation: under 16 a child is leerplichtig; domain.md 18). */
export const minstens16 = opFeit('minstens16', 'leeftijd', 'art. 1', (v) => v >= 16)

/**
 * D2, second half: under the pensioengerechtigde leeftijd (Pw art. 6 lid 1 onder a; art. 9 lid 1).
 * The AOW age is given in years and months, the age in whole years: in the band between them the
 * fact `aowLeeftijdBereikt` decides.
 */
export const onderAowLeeftijd: Blad = {
  soort: 'blad',
  id: 'onderAowLeeftijd',
  artikel: 'Pw art. 6 lid 1 onder a',
  // Either fact can decide it in every year (no band in 2025-2027, yet `aowLeeftijdBereikt` alone still
  // tells when the age is unknown), so both are asked for while it is open.
  velden: () => ['leeftijd', 'aowLeeftijdBereikt'],
  test: (s, ctx) => {
    const band = aowBand(ctx.peildatum)
    if (s.leeftijd !== undefined) {
      if (s.leeftijd < band.onder) return true
      if (s.leeftijd >= band.vanaf) return false
    }
    return s.aowLeeftijdBereikt === undefined ? undefined : !s.aowLeeftijdBereikt
  },
  teksten: tekstenVoor('onderAowLeeftijd'),
}

export const D2 = alle([minstens16, onderAowLeeftijd])

/** The benefits of art. 1's list (bijstand, ANW, IOAW, IOAZ, none); `uwv` is not in it. */
const UITKERINGEN_DOELGROEP: readonly Uitkering[] = UITKERINGEN.filter((u) => u !== 'uwv')

/** D3: a benefit of art. 1's list, or work with loonkostensubsidie (Pw art. 7 lid 1 onder a; interpretation 15). */
export const D3 = eenVan(
  [
    opFeit('uitkeringInDoelgroep', 'uitkering', 'art. 1', (v) => UITKERINGEN_DOELGROEP.includes(v)),
    werktMetLks('Pw art. 7 lid 1 onder a'),
  ],
  { id: 'uitkeringPast', artikel: 'Pw art. 7 lid 3 onder c', teksten: { nee: { sleutel: 'uitkeringPast.nee' } } },
)

function werktMetLks(artikel: string) {
  return opFeit('werktMetLoonkostensubsidie', 'werktMetLoonkostensubsidie', artikel, (v) => v === true)
}

/** D4: not (under 27 and able to follow publicly funded education) (Pw art. 7 lid 3 onder a). */
export const D4 = nietWaar(
  alle([
    opFeit('jongerDan27', 'leeftijd', 'Pw art. 7 lid 3 onder a', (v) => v < 27),
    opFeit('kanBekostigdOnderwijsVolgen', 'kanBekostigdOnderwijsVolgen', 'Pw art. 7 lid 3 onder a', (v) => v === true),
  ]),
  {
    id: 'geenOnderwijsMogelijk',
    artikel: 'Pw art. 7 lid 3 onder a',
    teksten: { nee: { sleutel: 'geenOnderwijsMogelijk.nee' } },
  },
)

const DOELGROEP_DELEN: Conditie[] = [D1, D2, D3, D4]

/** The doelgroep as a part of a voorziening: one reason when it fits, the failing parts when not. */
export const doelgroep = alle(DOELGROEP_DELEN, {
  id: 'doelgroep',
  artikel: 'art. 1',
  teksten: { ja: { sleutel: 'doelgroep.ja' } },
})

export interface DoelgroepOordeel {
  readonly oordeel: 'ja' | 'nee' | 'onbekend'
  readonly verwijzing?: Verwijzing
  readonly redenen: readonly Reden[]
  readonly ontbrekend: readonly Feit[]
}

/** Where to go when D2 fails: school when too young, the SVB when the AOW age is reached. */
function verwijzingD2(s: Situatie, ctx: Context): Verwijzing {
  return evalueer(minstens16, s, ctx).waarde === false ? 'onderwijs' : 'aow'
}

/** The doelgroep, with the verwijzing of the first failing condition in table order. */
export function beoordeelDoelgroep(s: Situatie, ctx: Context, geheugen?: Geheugen): DoelgroepOordeel {
  const uitslag = evalueer(alle(DOELGROEP_DELEN), s, ctx, geheugen)
  const oordeel = uitslag.waarde === true ? 'ja' : uitslag.waarde === false ? 'nee' : 'onbekend'
  const ontbrekend = inVolgorde(uitslag.ontbrekend)
  if (oordeel !== 'nee') return { oordeel, redenen: uitslag.redenen, ontbrekend }
  const verwijzingen: [Conditie, (s: Situatie, ctx: Context) => Verwijzing][] = [
    [D1, () => 'andere-gemeente'],
    [D2, verwijzingD2],
    [D3, () => 'uwv'],
    [D4, () => 'onderwijs'],
  ]
  const eerste = verwijzingen.find(([conditie]) => evalueer(conditie, s, ctx, geheugen).waarde === false)
  const verwijzing = eerste ? eerste[1](s, ctx) : undefined
  return { oordeel, ...(verwijzing ? { verwijzing } : {}), redenen: uitslag.redenen, ontbrekend }
}
