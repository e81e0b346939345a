/**
 * From stored figures to what the gemeente reads: summed over a period, and every count below
 * the threshold shown as "minder dan 5" so that a small number cannot point to a person.
 */
import { ONDERWERPEN, VRAGEN } from '../../flows/index.js'
import { VOORZIENINGEN } from '../../rules/index.js'
import { FEEDBACK, MENU, OORDELEN, type Rij, VERWIJZINGEN } from './types.js'

export const DREMPEL = 5
export const MINDER_DAN = 'minder dan 5'
export type Aantal = number | typeof MINDER_DAN

/** Hides small numbers (0 included: "none" and "one" must look the same). */
export const verberg = (n: number): Aantal => (n < DREMPEL ? MINDER_DAN : n)

export interface Overzicht<A = Aantal> {
  readonly van: string
  readonly tot: string
  readonly onderwerp?: string
  readonly drempel: number
  readonly gesprekken: { gestart: A; klaar: A; samenvattingen: A; gewist: A }
  readonly perOnderwerp: { onderwerp: string; gestart: A; klaar: A }[]
  readonly perTaal: { taal: string; gestart: A; klaar: A }[]
  readonly vragen: { vraag: string; bereikt: A; beantwoord: A; gestopt: A; weetNiet: A }[]
  readonly uitkomsten: { voorziening: string; mogelijk: A; onbekend: A; niet: A }[]
  readonly doelgroepNee: { verwijzing: string; aantal: A }[]
  readonly klopt: { ja: A; eenBeetje: A; nee: A }
}

const VRAAG_VOLGORDE = ['onderwerp', ...Object.keys(VRAGEN)]

/**
 * Sums the figures of a period. With an onderwerp, only that one; "started" then also counts the
 * conversations that chose it in the first menu.
 */
export function telOp(rijen: readonly Rij[], van: string, tot: string, onderwerp?: string): Overzicht<number> {
  const som = new Map<string, number>()
  const perOnderwerp = new Map<string, { gestart: number; klaar: number }>()
  const perTaal = new Map<string, { gestart: number; klaar: number }>()
  for (const r of rijen) {
    if (r.dag < van || r.dag > tot) continue
    const o = perOnderwerp.get(r.onderwerp) ?? { gestart: 0, klaar: 0 }
    if (r.sleutel === 'gestart' || r.sleutel === 'gekozen') o.gestart += r.aantal
    if (r.sleutel === 'klaar') o.klaar += r.aantal
    perOnderwerp.set(r.onderwerp, o)
    if (onderwerp && r.onderwerp !== onderwerp) continue
    const t = perTaal.get(r.taal) ?? { gestart: 0, klaar: 0 }
    if (r.sleutel === 'gestart' || (onderwerp && r.sleutel === 'gekozen')) t.gestart += r.aantal
    if (r.sleutel === 'klaar') t.klaar += r.aantal
    perTaal.set(r.taal, t)
    som.set(r.sleutel, (som.get(r.sleutel) ?? 0) + r.aantal)
  }
  const n = (sleutel: string) => som.get(sleutel) ?? 0
  const vragen = VRAAG_VOLGORDE.filter((v) => n(`bereikt:${v}`) > 0 || n(`beantwoord:${v}`) > 0)
    .map((vraag) => ({
      vraag,
      bereikt: n(`bereikt:${vraag}`),
      beantwoord: n(`beantwoord:${vraag}`),
      gestopt: Math.max(0, n(`bereikt:${vraag}`) - n(`beantwoord:${vraag}`)),
      weetNiet: n(`weetNiet:${vraag}`),
    }))
    // A funnel: the question most people reach first; ties keep the order of the questions.
    .sort((a, b) => b.bereikt - a.bereikt)
  const uitkomsten = VOORZIENINGEN.map((voorziening) => ({
    voorziening,
    mogelijk: n(`uitkomst:${voorziening}:mogelijk`),
    onbekend: n(`uitkomst:${voorziening}:onbekend`),
    niet: n(`uitkomst:${voorziening}:niet`),
  })).filter((u) => OORDELEN.some((o) => u[o] > 0))
  return {
    van,
    tot,
    ...(onderwerp ? { onderwerp } : {}),
    drempel: DREMPEL,
    gesprekken: {
      gestart: n('gestart') + (onderwerp && onderwerp !== MENU ? n('gekozen') : 0),
      klaar: n('klaar'),
      samenvattingen: n('samenvatting'),
      gewist: n('gewist'),
    },
    perOnderwerp: [MENU, ...ONDERWERPEN]
      .filter((o) => perOnderwerp.has(o))
      .map((o) => ({ onderwerp: o, ...(perOnderwerp.get(o) as { gestart: number; klaar: number }) })),
    perTaal: [...perTaal].sort(([a], [b]) => a.localeCompare(b)).map(([taal, w]) => ({ taal, ...w })),
    vragen,
    uitkomsten,
    doelgroepNee: VERWIJZINGEN.filter((v) => n(`doelgroepNee:${v}`) > 0).map((verwijzing) => ({
      verwijzing,
      aantal: n(`doelgroepNee:${verwijzing}`),
    })),
    klopt: {
      ja: n(`feedback:${FEEDBACK[0]}`),
      eenBeetje: n(`feedback:${FEEDBACK[1]}`),
      nee: n(`feedback:${FEEDBACK[2]}`),
    },
  }
}

const verbergAlles = <T extends Record<string, unknown>>(rij: T) =>
  Object.fromEntries(Object.entries(rij).map(([k, v]) => [k, typeof v === 'number' ? verberg(v) : v]))

/** The overview as it may be shown: every count below the threshold hidden. */
export function maakOverzicht(rijen: readonly Rij[], van: string, tot: string, onderwerp?: string): Overzicht {
  const ruw = telOp(rijen, van, tot, onderwerp)
  return {
    ...ruw,
    gesprekken: verbergAlles(ruw.gesprekken),
    perOnderwerp: ruw.perOnderwerp.map(verbergAlles),
    perTaal: ruw.perTaal.map(verbergAlles),
    vragen: ruw.vragen.map(verbergAlles),
    uitkomsten: ruw.uitkomsten.map(verbergAlles),
    doelgroepNee: ruw.doelgroepNee.map(verbergAlles),
    klopt: verbergAlles(ruw.klopt),
  } as Overzicht
}
