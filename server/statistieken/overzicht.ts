/**
 * From stored figures to what the gemeente reads: summed over a period, per day and per week,
 * compared with the period before, and made safe to show.
 *
 * Small numbers: a count under the threshold shows as "minder dan 5" (0 included: "none" and
 * "one" must look the same). Every other number, totals and subtotals too, is rounded to a
 * multiple of 10. So a total of 39 with 38 in Dutch shows as 40 and 40: the hidden English count
 * could be 0 to 4, and subtracting two periods that overlap leaves the same doubt.
 */
import { ONDERWERPEN, type Onderwerp, start, VRAGEN, volgendeVraag, voorzieningenVan } from '../../flows/index.js'
import { type Regelmodel, VOORZIENINGEN } from '../../rules/index.js'
import { laadRegelmodel, STANDAARD_MODEL } from '../regels.js'
import { ACTIES, BERICHT_SOORTEN, FEEDBACK, MENU, OORDELEN, REDENEN, type Rij, VERWIJZINGEN } from './types.js'

export const DREMPEL = 5
/**
 * Shown numbers are multiples of this. Ten, not five: a rounded 10 stands for 5 to 14, an odd
 * width, so a shown total never adds up to exactly "all hidden cells at their most" (with 5, a
 * total of 10 made of two hidden cells gave both away as 4).
 */
export const AFRONDING = 10
export const MINDER_DAN = 'minder dan 5'
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

export interface Overzicht<A = Aantal> {
  readonly van: string
  readonly tot: string
  readonly onderwerp?: string
  readonly drempel: number
  readonly afronding: number
  readonly gesprekken: Vier<A>
  /** The period of the same length just before, to compare with. */
  readonly vorige: { van: string; tot: string; gesprekken: Vier<A> }
  readonly perDag: { dag: string; gestart: A; klaar: A }[]
  /** ISO weeks (`2026-W47`); the first and last may be cut off by the period (`van`, `tot`). */
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
  /** Languages that always get a row, so that a row's presence says nothing. */
  readonly talen?: readonly string[]
  /** The gemeente's rules model: the order of its questions (absent: the standard model). */
  readonly model?: Regelmodel
}

const DAG_MS = 86_400_000
const dagPlus = (dag: string, n: number) =>
  new Date(Date.parse(`${dag}T00:00:00Z`) + n * DAG_MS).toISOString().slice(0, 10)
const dagenTussen = (van: string, tot: string) => Math.round((Date.parse(tot) - Date.parse(van)) / DAG_MS) + 1

/** The period of the same length that ends the day before `van`. */
export function vorigePeriode(van: string, tot: string): { van: string; tot: string } {
  const lengte = dagenTussen(van, tot)
  return { van: dagPlus(van, -lengte), tot: dagPlus(van, -1) }
}

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

const volgordeCache = new WeakMap<Regelmodel, Map<string, string[]>>()

/**
 * The questions of a dialogue in the order people meet them: what it asks first when nothing is
 * known yet, then next after "Weet ik niet", and so on (the real order follows the answers, but
 * starts the same way).
 */
export function vraagVolgorde(onderwerp: string, model: Regelmodel): string[] {
  if (onderwerp === MENU) return ['onderwerp']
  let perModel = volgordeCache.get(model)
  if (!perModel) {
    perModel = new Map()
    volgordeCache.set(model, perModel)
  }
  const bekend = perModel.get(onderwerp)
  if (bekend) return bekend
  // A fixed day within every model's window: the order of the questions, not the rules of today.
  let context = start(onderwerp as Onderwerp, model.peildata.tot, model).context
  const volgorde: string[] = []
  for (let i = 0; i < Object.keys(VRAGEN).length; i++) {
    const vraag = volgendeVraag(context, model)
    if (!vraag || volgorde.includes(vraag)) break
    volgorde.push(vraag)
    context = { ...context, antwoorden: [...context.antwoorden, { vraag, waarde: null }] }
  }
  perModel.set(onderwerp, volgorde)
  return volgorde
}

const leegVier = (): Vier<number> => ({ gestart: 0, klaar: 0, samenvattingen: 0, gewist: 0 })

/** The four conversation counts of some rows; with an onderwerp "started" includes choosing it. */
function vierVan(rijen: readonly Rij[], onderwerp?: string): Vier<number> {
  const v = leegVier()
  for (const r of rijen) {
    if (onderwerp && r.onderwerp !== onderwerp) continue
    if (r.sleutel === 'gestart' || (onderwerp && onderwerp !== MENU && r.sleutel === 'gekozen')) v.gestart += r.aantal
    else if (r.sleutel === 'klaar') v.klaar += r.aantal
    else if (r.sleutel === 'samenvatting') v.samenvattingen += r.aantal
    else if (r.sleutel === 'gewist') v.gewist += r.aantal
  }
  return v
}

/** One conversation started in an onderwerp: directly, or by choosing it in the menu. */
const isStart = (r: Rij) => r.sleutel === 'gestart' || (r.onderwerp !== MENU && r.sleutel === 'gekozen')

/**
 * Sums the figures of a period, exactly. `rijen` may hold the period before as well (for the
 * comparison); everything else counts only the days from `van` to `tot`.
 */
export function telOp(alleRijen: readonly Rij[], van: string, tot: string, keuzes: Keuzes = {}): Overzicht<number> {
  const { onderwerp } = keuzes
  const vorige = vorigePeriode(van, tot)
  const rijen = alleRijen.filter((r) => r.dag >= van && r.dag <= tot)
  const gekozen = onderwerp ? rijen.filter((r) => r.onderwerp === onderwerp) : rijen
  const som = new Map<string, number>()
  for (const r of gekozen) som.set(r.sleutel, (som.get(r.sleutel) ?? 0) + r.aantal)
  const n = (sleutel: string) => som.get(sleutel) ?? 0

  const perDag = Array.from({ length: dagenTussen(van, tot) }, (_, i) => ({
    dag: dagPlus(van, i),
    gestart: 0,
    klaar: 0,
  }))
  const index = new Map(perDag.map((d, i) => [d.dag, i]))
  for (const r of gekozen) {
    const d = perDag[index.get(r.dag) ?? -1]
    if (!d) continue
    // Without a filter, "started" counts each conversation once (choosing in the menu is no new start).
    if (onderwerp ? (onderwerp === MENU ? r.sleutel === 'gestart' : isStart(r)) : r.sleutel === 'gestart')
      d.gestart += r.aantal
    if (r.sleutel === 'klaar') d.klaar += r.aantal
  }
  const perWeek: Overzicht<number>['perWeek'] = []
  for (const d of perDag) {
    const week = isoWeek(d.dag)
    const laatste = perWeek.at(-1)
    if (laatste?.week === week) {
      laatste.tot = d.dag
      laatste.gestart += d.gestart
      laatste.klaar += d.klaar
    } else perWeek.push({ week, van: d.dag, tot: d.dag, gestart: d.gestart, klaar: d.klaar })
  }

  const perOnderwerp = [MENU, ...ONDERWERPEN].map((o) => {
    const v = vierVan(rijen, o)
    return { onderwerp: o, gestart: v.gestart, klaar: v.klaar }
  })
  const talen = new Set<string>(keuzes.talen ?? [])
  for (const r of gekozen) talen.add(r.taal)
  const perTaal = [...talen].sort().map((taal) => {
    const v = vierVan(
      gekozen.filter((r) => r.taal === taal),
      onderwerp,
    )
    return { taal, gestart: v.gestart, klaar: v.klaar }
  })

  const trechterOnderwerpen = onderwerp ? [onderwerp] : [MENU, ...ONDERWERPEN]
  const trechters = trechterOnderwerpen.map((o): Trechter<number> => {
    const eigen = rijen.filter((r) => r.onderwerp === o)
    const t = new Map<string, number>()
    for (const r of eigen) t.set(r.sleutel, (t.get(r.sleutel) ?? 0) + r.aantal)
    const m = (s: string) => t.get(s) ?? 0
    const volgorde = vraagVolgorde(o, keuzes.model ?? laadRegelmodel(STANDAARD_MODEL))
    // A question met only on another path (after a particular answer) comes after the usual ones, once
    // at least DREMPEL reached it: below that, its row alone would say that someone went there.
    const anders = Object.keys(VRAGEN).filter((v) => !volgorde.includes(v) && m(`bereikt:${v}`) >= DREMPEL)
    return {
      onderwerp: o,
      gestart: eigen.filter(isStart).reduce((s, r) => s + r.aantal, 0),
      vragen: [...volgorde, ...anders].map((vraag) => ({
        vraag,
        bereikt: m(`bereikt:${vraag}`),
        beantwoord: m(`beantwoord:${vraag}`),
        gestopt: Math.max(0, m(`bereikt:${vraag}`) - m(`beantwoord:${vraag}`)),
        weetNiet: m(`weetNiet:${vraag}`),
      })),
      klaar:
        o === MENU
          ? rijen.filter((r) => r.onderwerp !== MENU && r.sleutel === 'gekozen').reduce((s, r) => s + r.aantal, 0)
          : m('klaar'),
    }
  })

  const voorzieningen = onderwerp && onderwerp !== MENU ? voorzieningenVan(onderwerp as Onderwerp) : VOORZIENINGEN
  const uitkomsten = voorzieningen.map((voorziening) => ({
    voorziening,
    mogelijk: n(`uitkomst:${voorziening}:mogelijk`),
    onbekend: n(`uitkomst:${voorziening}:onbekend`),
    niet: n(`uitkomst:${voorziening}:niet`),
  }))
  const kloptPerUitkomst = voorzieningen.flatMap((voorziening) =>
    OORDELEN.map((oordeel) => ({
      voorziening,
      oordeel,
      ja: n(`feedback:ja:${voorziening}:${oordeel}`),
      eenBeetje: n(`feedback:een-beetje:${voorziening}:${oordeel}`),
      nee: n(`feedback:nee:${voorziening}:${oordeel}`),
    })),
  )

  const vorigeRijen = alleRijen.filter((r) => r.dag >= vorige.van && r.dag <= vorige.tot)
  return {
    van,
    tot,
    ...(onderwerp ? { onderwerp } : {}),
    drempel: DREMPEL,
    afronding: AFRONDING,
    gesprekken: vierVan(rijen, onderwerp),
    vorige: { ...vorige, gesprekken: vierVan(vorigeRijen, onderwerp) },
    perDag,
    perWeek,
    perOnderwerp,
    perTaal,
    trechters,
    uitkomsten,
    doelgroepNee: VERWIJZINGEN.map((verwijzing) => ({ verwijzing, aantal: n(`doelgroepNee:${verwijzing}`) })),
    klopt: {
      ja: n(`feedback:${FEEDBACK[0]}`),
      eenBeetje: n(`feedback:${FEEDBACK[1]}`),
      nee: n(`feedback:${FEEDBACK[2]}`),
    },
    kloptPerUitkomst,
    redenen: REDENEN.map((reden) => ({ reden, aantal: n(`feedbackReden:${reden}`) })),
    acties: ACTIES.map((actie) => ({ actie, aantal: n(`actie:${actie}`) })),
    berichten: BERICHT_SOORTEN.map((soort) => ({ soort, aantal: n(`bericht:${soort}`) })),
  }
}

const verbergAlles = <T extends object>(rij: T) =>
  Object.fromEntries(Object.entries(rij).map(([k, v]) => [k, typeof v === 'number' ? verberg(v) : v]))

/** The overview as it may be shown: small numbers hidden, every other number rounded. */
export function maakOverzicht(rijen: readonly Rij[], van: string, tot: string, keuzes: Keuzes = {}): Overzicht {
  const ruw = telOp(rijen, van, tot, keuzes)
  return {
    ...ruw,
    gesprekken: verbergAlles(ruw.gesprekken),
    vorige: { ...ruw.vorige, gesprekken: verbergAlles(ruw.vorige.gesprekken) },
    perDag: ruw.perDag.map(verbergAlles),
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
