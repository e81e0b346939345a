/**
 * From stored figures to what the gemeente reads: per ISO week, summed over a period of whole weeks,
 * compared with the weeks before, and made safe to show (docs/statistieken.md).
 *
 * Every shown number is made of published week cells q = x + η: the exact count x of one key in one
 * week (for one onderwerp or all, one language or all) plus the noise η of that cell (`ruis.ts`),
 * which is the same every time the cell is read. Only weeks that have ended are shown, and none of
 * which a part was already deleted. So whatever set of periods someone asks, they learn at most the
 * q of each cell, never an x: every x stays possible. On top of that a number under 5 shows as
 * "minder dan 5" and every other one is rounded to a multiple of 10.
 */
import { MINDER_DAN, ONDERWERPEN } from '../../contract/index.js'
import { type Onderwerp, VRAGEN, voorzieningenVan } from '../../contract/vragen.js'
import { VOORZIENINGEN } from '../../rules/index.js'
import { ALLE, type Ruis } from './ruis.js'
import { ACTIES, BEGRIP_SOORTEN, FEEDBACK, MENU, OORDELEN, REDENEN, type Rij, VERWIJZINGEN } from './types.js'

export const DREMPEL = 5
/**
 * Shown numbers are multiples of this. Ten, not five: a rounded 10 stands for 5 to 14, an odd
 * width, so a shown total never adds up to exactly "all hidden cells at their most" (with 5, a
 * total of 10 made of two hidden cells gave both away as 4).
 */
export const AFRONDING = 10
export { MINDER_DAN }
export type Aantal = number | typeof MINDER_DAN

/** Hides a small number and rounds every other one to a multiple of `AFRONDING`. */
export const verberg = (n: number): Aantal => (n < DREMPEL ? MINDER_DAN : Math.round(n / AFRONDING) * AFRONDING)

type Vier<A> = { gestart: A; klaar: A; samenvattingen: A; gewist: A }

export interface Trechter<A = Aantal> {
  readonly onderwerp: string
  readonly gestart: A
  readonly vragen: { vraag: string; bereikt: A; beantwoord: A; gestopt: A; weetNiet: A }[]
  /** Reached the outcome; for the menu: chose an onderwerp. */
  readonly klaar: A
}

/** One ISO week: `2026-W47`, Monday to Sunday. */
export interface Week {
  readonly week: string
  readonly van: string
  readonly tot: string
}

export interface Overzicht<A = Aantal> {
  /** The Monday of the first week shown and the Sunday of the last (what was asked, when no week is). */
  readonly van: string
  readonly tot: string
  /** The period as it was asked; shown are the whole weeks it touches that have ended. */
  readonly gevraagd: { van: string; tot: string }
  readonly onderwerp?: string
  readonly drempel: number
  readonly afronding: number
  readonly gesprekken: Vier<A>
  /** As many weeks just before, to compare with. */
  readonly vorige: { van: string; tot: string; gesprekken: Vier<A> }
  /** Every week shown, in order. */
  readonly perWeek: { week: string; van: string; tot: string; gestart: A; klaar: A }[]
  readonly perOnderwerp: { onderwerp: string; gestart: A; klaar: A }[]
  readonly perTaal: { taal: string; gestart: A; klaar: A }[]
  /** Per dialogue, its questions in the order people meet them. */
  readonly trechters: Trechter<A>[]
  readonly uitkomsten: { voorziening: string; mogelijk: A; onbekend: A; niet: A }[]
  readonly doelgroepNee: { verwijzing: string; aantal: A }[]
  readonly klopt: { ja: A; eenBeetje: A; nee: A }
  /** "Klopt dit voor jou?" per voorziening and the outcome the resident saw. */
  readonly kloptPerUitkomst: { voorziening: string; oordeel: string; ja: A; eenBeetje: A; nee: A }[]
  readonly redenen: { reden: string; aantal: A }[]
  readonly acties: { actie: string; aantal: A }[]
  readonly berichten: { soort: string; aantal: A }[]
}

export interface Keuzes {
  readonly onderwerp?: string | undefined
  /** Languages that always get a row, so that a row's presence says nothing (default: those in the figures). */
  readonly talen?: readonly string[]
  /** Today (Europe/Amsterdam): only weeks that ended before it are shown. */
  readonly vandaag: string
  /** The first day still kept: a week that starts before it is not shown (part of it is gone). */
  readonly eersteDag?: string
  /** The noise of each week cell (`ruisUit(geheim)`); `zonderRuis` only in tests of the layout. */
  readonly ruis: Ruis
  /**
   * The questions of an onderwerp's dialogue in the order people meet them (`vraagVolgorde` of flows/
   * with the gemeente's rules model): the rows of its funnel.
   */
  readonly volgorde: (onderwerp: Onderwerp) => readonly string[]
}

const DAG_MS = 86_400_000
const dagPlus = (dag: string, n: number) =>
  new Date(Date.parse(`${dag}T00:00:00Z`) + n * DAG_MS).toISOString().slice(0, 10)

/** ISO 8601 week of a day, as `YYYY-Www`. */
export function isoWeek(dag: string): string {
  const d = new Date(`${dag}T00:00:00Z`)
  const weekdag = (d.getUTCDay() + 6) % 7
  d.setUTCDate(d.getUTCDate() - weekdag + 3)
  const jaar = d.getUTCFullYear()
  const vier = new Date(Date.UTC(jaar, 0, 4))
  const week = 1 + Math.round(((d.getTime() - vier.getTime()) / DAG_MS - 3 + ((vier.getUTCDay() + 6) % 7)) / 7)
  return `${jaar}-W${String(week).padStart(2, '0')}`
}

/** The ISO week a day falls in, Monday to Sunday. */
export function weekVan(dag: string): Week {
  const maandag = dagPlus(dag, -((new Date(`${dag}T00:00:00Z`).getUTCDay() + 6) % 7))
  return { week: isoWeek(dag), van: maandag, tot: dagPlus(maandag, 6) }
}

/**
 * The weeks shown for a period asked (`van` to `tot`): every week it touches that ended before
 * `vandaag` and started on or after `eersteDag`; and as many weeks just before them, to compare.
 */
export function wekenVan(
  van: string,
  tot: string,
  vandaag: string,
  eersteDag = '0000-01-01',
): { weken: Week[]; vorige: Week[] } {
  const weken: Week[] = []
  for (let w = weekVan(van); w.van <= tot; w = weekVan(dagPlus(w.tot, 1)))
    if (w.tot < vandaag && w.van >= eersteDag) weken.push(w)
  const vorige: Week[] = []
  let w = weekVan(dagPlus((weken[0] ?? weekVan(van)).van, -1))
  for (let i = 0; i < weken.length && w.van >= eersteDag; i++, w = weekVan(dagPlus(w.van, -1))) vorige.unshift(w)
  return { weken, vorige }
}

/** The days to read from the store for a period: its weeks and the weeks before them. */
export function dagenVoor(van: string, tot: string, keuzes: Pick<Keuzes, 'vandaag' | 'eersteDag'>) {
  const { weken, vorige } = wekenVan(van, tot, keuzes.vandaag, keuzes.eersteDag)
  const alle = [...vorige, ...weken]
  return { van: alle[0]?.van ?? van, tot: alle.at(-1)?.tot ?? tot }
}

/**
 * The published cells, summed over weeks: for each week the exact count of one key (for an onderwerp
 * or `ALLE`, a language or `ALLE`) plus that cell's noise. A week without any count still gets its
 * noise: a zero must look like any other small number.
 */
function weekCellen(rijen: readonly Rij[], ruis: Ruis) {
  const exact = new Map<string, number>()
  for (const r of rijen) {
    const week = isoWeek(r.dag)
    for (const o of [r.onderwerp, ALLE])
      for (const t of [r.taal, ALLE]) {
        const cel = `${week}|${o}|${t}|${r.sleutel}`
        exact.set(cel, (exact.get(cel) ?? 0) + r.aantal)
      }
  }
  return (weken: readonly Week[], onderwerp: string, taal: string, sleutel: string) => {
    let som = 0
    for (const { week } of weken)
      som += (exact.get(`${week}|${onderwerp}|${taal}|${sleutel}`) ?? 0) + ruis(week, onderwerp, taal, sleutel)
    return som
  }
}

/**
 * Sums the published cells of the weeks of a period (noise included, not yet hidden or rounded).
 * `rijen` may hold any days: only those in the weeks shown (and the weeks before) count.
 */
export function telOp(rijen: readonly Rij[], van: string, tot: string, keuzes: Keuzes): Overzicht<number> {
  const { weken, vorige } = wekenVan(van, tot, keuzes.vandaag, keuzes.eersteDag)
  const q = weekCellen(rijen, keuzes.ruis)
  const gekozen = keuzes.onderwerp ?? ALLE
  const n = (sleutel: string, wk: readonly Week[] = weken, onderwerp = gekozen, taal = ALLE) =>
    q(wk, onderwerp, taal, sleutel)
  /** Started in an onderwerp: directly, or by choosing it in the menu; for all of them only directly. */
  const begonnen = (wk: readonly Week[], onderwerp: string, taal = ALLE) =>
    n('gestart', wk, onderwerp, taal) +
    (onderwerp !== ALLE && onderwerp !== MENU ? n('gekozen', wk, onderwerp, taal) : 0)
  const vier = (wk: readonly Week[]): Vier<number> => ({
    gestart: begonnen(wk, gekozen),
    klaar: n('klaar', wk),
    samenvattingen: n('samenvatting', wk),
    gewist: n('gewist', wk),
  })

  const talen = keuzes.talen ?? [...new Set(rijen.map((r) => r.taal))].sort()
  const trechterOnderwerpen = keuzes.onderwerp ? [keuzes.onderwerp] : [MENU, ...ONDERWERPEN]
  const trechters = trechterOnderwerpen.map((o): Trechter<number> => {
    const m = (sleutel: string) => n(sleutel, weken, o)
    // The menu asks one question, the onderwerp.
    const volgorde = o === MENU ? ['onderwerp'] : keuzes.volgorde(o as Onderwerp)
    // A question met only on another path (after a particular answer) comes after the usual ones, once
    // at least DREMPEL reached it: below that, its row alone would say that someone went there.
    const anders = Object.keys(VRAGEN).filter((v) => !volgorde.includes(v) && m(`bereikt:${v}`) >= DREMPEL)
    return {
      onderwerp: o,
      gestart: begonnen(weken, o),
      vragen: [...volgorde, ...anders].map((vraag) => ({
        vraag,
        bereikt: m(`bereikt:${vraag}`),
        beantwoord: m(`beantwoord:${vraag}`),
        gestopt: Math.max(0, m(`bereikt:${vraag}`) - m(`beantwoord:${vraag}`)),
        weetNiet: m(`weetNiet:${vraag}`),
      })),
      // For the menu: how many chose an onderwerp there.
      klaar: o === MENU ? n('gekozen', weken, ALLE) : m('klaar'),
    }
  })

  const voorzieningen =
    keuzes.onderwerp && keuzes.onderwerp !== MENU ? voorzieningenVan(keuzes.onderwerp as Onderwerp) : VOORZIENINGEN
  return {
    van: weken[0]?.van ?? van,
    tot: weken.at(-1)?.tot ?? tot,
    gevraagd: { van, tot },
    ...(keuzes.onderwerp ? { onderwerp: keuzes.onderwerp } : {}),
    drempel: DREMPEL,
    afronding: AFRONDING,
    gesprekken: vier(weken),
    vorige: {
      van: vorige[0]?.van ?? dagPlus(weken[0]?.van ?? van, -7 * weken.length),
      tot: vorige.at(-1)?.tot ?? dagPlus(weken[0]?.van ?? van, -1),
      gesprekken: vier(vorige),
    },
    perWeek: weken.map((w) => ({ ...w, gestart: begonnen([w], gekozen), klaar: n('klaar', [w]) })),
    perOnderwerp: [MENU, ...ONDERWERPEN].map((o) => ({
      onderwerp: o,
      gestart: begonnen(weken, o),
      klaar: n('klaar', weken, o),
    })),
    perTaal: talen.map((taal) => ({
      taal,
      gestart: begonnen(weken, gekozen, taal),
      klaar: n('klaar', weken, gekozen, taal),
    })),
    trechters,
    uitkomsten: voorzieningen.map((voorziening) => ({
      voorziening,
      mogelijk: n(`uitkomst:${voorziening}:mogelijk`),
      onbekend: n(`uitkomst:${voorziening}:onbekend`),
      niet: n(`uitkomst:${voorziening}:niet`),
    })),
    doelgroepNee: VERWIJZINGEN.map((verwijzing) => ({ verwijzing, aantal: n(`doelgroepNee:${verwijzing}`) })),
    klopt: {
      ja: n(`feedback:${FEEDBACK[0]}`),
      eenBeetje: n(`feedback:${FEEDBACK[1]}`),
      nee: n(`feedback:${FEEDBACK[2]}`),
    },
    kloptPerUitkomst: voorzieningen.flatMap((voorziening) =>
      OORDELEN.map((oordeel) => ({
        voorziening,
        oordeel,
        ja: n(`feedback:ja:${voorziening}:${oordeel}`),
        eenBeetje: n(`feedback:een-beetje:${voorziening}:${oordeel}`),
        nee: n(`feedback:nee:${voorziening}:${oordeel}`),
      })),
    ),
    redenen: REDENEN.map((reden) => ({ reden, aantal: n(`feedbackReden:${reden}`) })),
    acties: ACTIES.map((actie) => ({ actie, aantal: n(`actie:${actie}`) })),
    berichten: BEGRIP_SOORTEN.map((soort) => ({ soort, aantal: n(`bericht:${soort}`) })),
  }
}

const verbergAlles = <T extends object>(rij: T) =>
  Object.fromEntries(Object.entries(rij).map(([k, v]) => [k, typeof v === 'number' ? verberg(v) : v]))

/** The overview as it may be shown: small numbers hidden, every other number rounded. */
export function maakOverzicht(rijen: readonly Rij[], van: string, tot: string, keuzes: Keuzes): Overzicht {
  const ruw = telOp(rijen, van, tot, keuzes)
  return {
    ...ruw,
    gesprekken: verbergAlles(ruw.gesprekken),
    vorige: { ...ruw.vorige, gesprekken: verbergAlles(ruw.vorige.gesprekken) },
    perWeek: ruw.perWeek.map(verbergAlles),
    perOnderwerp: ruw.perOnderwerp.map(verbergAlles),
    perTaal: ruw.perTaal.map(verbergAlles),
    trechters: ruw.trechters.map((t) => ({ ...verbergAlles(t), vragen: t.vragen.map(verbergAlles) })),
    uitkomsten: ruw.uitkomsten.map(verbergAlles),
    doelgroepNee: ruw.doelgroepNee.map(verbergAlles),
    klopt: verbergAlles(ruw.klopt),
    kloptPerUitkomst: ruw.kloptPerUitkomst.map(verbergAlles),
    redenen: ruw.redenen.map(verbergAlles),
    acties: ruw.acties.map(verbergAlles),
    berichten: ruw.berichten.map(verbergAlles),
  } as Overzicht
}
