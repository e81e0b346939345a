/**
 * Understanding a typed message by fixed rules and word lists: no language model decides anything.
 * Pure: (text, open question, compiled word lists, search index) -> what was understood. It records
 * nothing itself; the route hands a recorded answer to flows/ exactly as a button would.
 */
import { teLang } from '../contract/index.js'
import { isGeldigAntwoord, ONDERWERPEN, type Onderwerp, type VraagDefinitie, type Waarde } from '../flows/index.js'
import { type Eenheid, type Hoeveelheid, jarenSinds, leesGetallen, maandenSinds, waardeVan } from './getallen.js'
import { type Persoonsgegeven, persoonsgegevenIn } from './persoonsgegevens.js'
import {
  begintMet,
  bevatEen,
  isEenVan,
  langsteIn,
  normaal,
  type Treffer,
  vindAlle,
  woordenMetGrenzen,
  type Zinsdeel,
} from './tekst.js'
import { KORTSTE, verbeter } from './verbeter.js'
import type { Woorden } from './woorden.js'
import type { Zoeker } from './zoek.js'

export { isBsn } from './persoonsgegevens.js'
export { woorden } from './tekst.js'
export { compileer, type Woorden, type WoordLijsten } from './woorden.js'
export { type Document, maakZoeker, STAMMERS, type Zoeker } from './zoek.js'

/** Why nothing was understood, for the message. */
export type Onbegrepen = 'twijfel' | 'buitenBereik' | 'meerdere' | 'niets' | 'weigeren'

export type Begrip =
  | { readonly soort: 'antwoord'; readonly vraag: string; readonly waarde: Waarde; readonly vastgelegd: boolean }
  | { readonly soort: 'uitleg'; readonly begrip: string; readonly bron: 'voorziening' | 'begrip' | 'vraag' }
  | { readonly soort: 'waarom' }
  | { readonly soort: 'onderwerp'; readonly onderwerp: Onderwerp }
  | { readonly soort: 'mens' }
  | { readonly soort: 'buiten'; readonly over: string }
  | { readonly soort: 'persoonsgegevens'; readonly wat: Persoonsgegeven }
  | { readonly soort: 'onbekend'; readonly reden: Onbegrepen }

export { SOORTEN, type Soort } from './soorten.js'

export interface Omstandigheden {
  /** The open question; absent at the outcome. */
  readonly vraag?: VraagDefinitie
  readonly woorden: Woorden
  readonly zoeker: Zoeker
  /** The gemeente's own number: typed back, it is no personal data. */
  readonly gemeenteTelefoon?: string
  /** Today (`YYYY-MM-DD`), for "sinds januari". Without it, such a text is not read as a duration. */
  readonly peildatum?: string
}

// The bounds of a typed text are the contract's (`BerichtVerzoek`): the route refuses a longer one, and
// here it is not read, whoever calls.
export { MAX_BERICHT_GROEI as MAX_GROEI, MAX_BERICHT_TEKENS as MAX_TEKENS, teLang } from '../contract/index.js'

// How a typed number answers a question (its unit, whether it is an age, a duration up to now, the youngest of
// several) is defined with the question (`getal` in contract/vragen.ts), once for flows, contract and this file.
/** Choices that are a "no" themselves: another "no" in the text does not make them uncertain. */
const NEGATIEVE_KEUZES = new Set(['uitkering.geen', 'geenContract', 'geenKinderen'])
/** The question whether the AOW age is reached, and ages that are clearly above or below it in every year the
 * rules know (67 up to 67 and 3 months): "I'm 69" suggests a yes, "ik ben 45" a no; only proposed (inferred). */
const AOW_VRAAG = 'aowLeeftijdBereikt'
const ZEKER_BOVEN_AOW = 68
const ZEKER_ONDER_AOW = 65
/**
 * The general wishes, for work and for learning: any other wish named in the same clause is more precise ("een vak
 * leren en ondertussen werken" is a leerwerktraject).
 */
const ALGEMENE_WENSEN: ReadonlySet<string> = new Set(['bemiddeling', 'scholing'])
/** Who types decides: an employer's wish is the employer's topic, whatever else the clause names. */
const WERKGEVER = 'werkgever'
/** How many words before a question's opening make a wish of their own ("jobcoach nedir" is a question). */
const WENS_ZIN = 3
/** The most words (besides the opening and stop words) a question about a term has. */
const MAX_ZOEKWOORDEN = 8
/** Numbers that are a year on the calendar when typed without a unit ("sinds 2019", "tot 2021"). */
const JAARTAL = { min: 1950, max: 2100 }
/** How many words before a number a word about whose number it is may stand ("mijn zoon is 5"). */
const BEREIK = 4

const antwoord = (vraag: VraagDefinitie, waarde: Waarde, vastgelegd: boolean): Begrip =>
  isGeldigAntwoord(vraag, waarde)
    ? { soort: 'antwoord', vraag: vraag.id, waarde, vastgelegd }
    : { soort: 'onbekend', reden: 'buitenBereik' }
const onbekend = (reden: Onbegrepen): Begrip => ({ soort: 'onbekend', reden })

const uniekeWaarden = (waarden: readonly Waarde[]) => [...new Set(waarden)]

/** A typed text as the rules read it. */
interface Gelezen {
  /** The words, a word no list knows read as the known word it is a typo of. */
  readonly woorden: readonly string[]
  /** A punctuation mark before each word. */
  readonly grens: readonly boolean[]
  /** The clause each word is in: punctuation and words like "maar" and "want" start a new one. */
  readonly zin: readonly number[]
}

/**
 * A typo read as the known word it is closest to counts as that word, as if typed right: the resident
 * said it ("bijstan" is bijstand). `verbeter` guards against a wrong reading (one or two edits by length,
 * never a short word, never when two known words are as close).
 */
function lees(tekst: string, w: Woorden): Gelezen {
  const { woorden: getypt, grens } = splitsGetalEenheid(woordenMetGrenzen(tekst), w)
  const gezien = new Map<string, string>()
  const woorden = getypt.map((woord) => {
    let uit = gezien.get(woord)
    if (uit === undefined) {
      const verbeterd = waardeVan(woord, w) ? undefined : (verbeter(woord, w.schat) ?? bekendDeel(woord, w))
      uit = verbeterd ?? woord
      gezien.set(woord, uit)
    }
    return uit
  })
  const begint = new Set(vindAlle(woorden, w.zinsgrenzen).map((t) => t.plek))
  const zin: number[] = []
  let nummer = 0
  woorden.forEach((_, i) => {
    if (i > 0 && (grens[i] || begint.has(i))) nummer++
    zin.push(nummer)
  })
  return { woorden, grens, zin }
}

/** "34jaar", "6mnd": a number written against its unit is the number and the unit. */
function splitsGetalEenheid(t: { woorden: string[]; grens: boolean[] }, w: Woorden) {
  const woorden: string[] = []
  const grens: boolean[] = []
  t.woorden.forEach((woord, i) => {
    const [, getal, rest] = /^(\d+)(\p{L}+)$/u.exec(woord) ?? []
    // "45im" ("I'm 45"): an ending of the language written against the number is the number.
    if (getal && rest && w.achtervoegsels.has(rest)) {
      woorden.push(getal)
      grens.push(t.grens[i] ?? false)
    } else if (getal && rest && w.eenheden.some((e) => rest.startsWith(e.begin) && rest.length <= e.begin.length + 4)) {
      woorden.push(getal, rest)
      grens.push(t.grens[i] ?? false, false)
    } else {
      woorden.push(woord)
      grens.push(t.grens[i] ?? false)
    }
  })
  return { woorden, grens }
}

/** "Assen-Oost": of a word with a hyphen that no list knows, the one part a list knows. */
function bekendDeel(woord: string, w: Woorden): string | undefined {
  if (!woord.includes('-') || w.schat.bekend.has(woord)) return undefined
  const bekend = woord.split('-').filter((d) => d.length >= KORTSTE && w.schat.bekend.has(d))
  return bekend.length === 1 ? bekend[0] : undefined
}

/** What a typed text means at the open question. */
export function begrijp(tekst: string, o: Omstandigheden): Begrip {
  if (teLang(tekst)) return onbekend('niets')
  const w = o.woorden
  const t = lees(tekst, w)
  const lijst = t.woorden
  if (lijst.length === 0) return onbekend('niets')
  const gegeven = persoonsgegevenIn(tekst, w, o.gemeenteTelefoon)
  if (gegeven) return { soort: 'persoonsgegevens', wat: gegeven }
  const { vraag } = o
  // In the first menu a name with a question mark asks what it is ("no-riskpolis?"), it does not choose.
  if (vraag?.id === 'onderwerp' && normaal(tekst).trim().endsWith('?')) {
    const uitleg = uitlegVan(tekst, lijst, o)
    if (uitleg) return uitleg
  }
  // The whole text is a button's label or a word for it: exactly what the button does.
  if (vraag) {
    const exact = uniekeWaarden(keuzesVan(vraag, w).flatMap((k) => (isEenVan(lijst, k.delen) ? [k.waarde] : [])))
    if (exact.length === 1) return antwoord(vraag, exact[0] as Waarde, true)
    if (isEenVan(lijst, w.twijfel)) return onbekend('twijfel')
    if (bevatEen(lijst, w.weigeren)) return onbekend('weigeren')
  }
  if (vraag && bevatEen(lijst, w.waarom)) return { soort: 'waarom' }
  // "Nee, muszę pracować, nie mam czasu na szkołę", "لا، لازم اتعلم اللغة أول": a plain yes or no as the whole
  // first clause answers the open question; what the later clauses say (Dutch lessons, debts, "must") explains it.
  // Not when the text asks something (a question mark) or asks for a person.
  if (
    vraag !== undefined &&
    vraag.soort === 'keuze' &&
    vraag.id !== 'onderwerp' &&
    t.zin.some((z) => z > 0) &&
    isEenVan(
      lijst.filter((_, i) => t.zin[i] === 0),
      w.jaNee,
    ) &&
    !normaal(tekst).includes('?') &&
    !bevatEen(lijst, w.mens)
  ) {
    const eerst = keuzeAntwoord(t, vraag, w)
    if (eerst.soort === 'antwoord' && eerst.vastgelegd) return eerst
  }
  const gevraagd = langsteVan(lijst, w.vragen)
  if (gevraagd) return uitlegMetId(gevraagd)
  if (bevatEen(lijst, w.mens)) return { soort: 'mens' }
  const buiten = langsteVan(lijst, w.buiten)
  if (buiten) return { soort: 'buiten', over: buiten }
  const uitleg = uitlegVan(tekst, lijst, o)
  // In the first menu a wish with a question after it ("mijn werkgever zei dat ik een jobcoach kan krijgen,
  // hoe werkt dat") is the wish; a question that starts the text ("wat is een jobcoach") is a question.
  const opening = langsteIn(lijst, w.uitleg)
  const wensEerst =
    vraag?.id === 'onderwerp' &&
    opening !== undefined &&
    opening.plek > WENS_ZIN &&
    onderwerpVan(lijst.slice(0, opening.plek), w) !== undefined
  // "ما هي المساعدة المناسبة لي" ("what is the help that fits me"): a question about what fits is the wish for
  // everything, also when it opens like a question about a term; not when a term follows ("ما هي المساعدة في
  // التنقل", "what is the help with travel").
  const overAlles =
    opening !== undefined &&
    vindAlle(lijst, w.onderwerp.get('alles') ?? []).some(
      (d) =>
        d.plek <= opening.plek &&
        d.plek + d.deel.length > opening.plek + opening.deel.length &&
        d.plek + d.deel.length >= lijst.length - 1,
    )
  // "No, not that much, just someone to explain things at the start": a yes or no as the whole first clause
  // answers the open question, and words like "explain" halfway a later clause ask about no term ("nee, wat is
  // een beperking" still asks; so does anything ending in a question mark).
  const eersteZin = lijst.filter((_, i) => t.zin[i] === 0)
  const antwoordEerst =
    vraag !== undefined &&
    vraag.id !== 'onderwerp' &&
    eersteZin.length < lijst.length &&
    !normaal(tekst).trim().endsWith('?') &&
    isEenVan(eersteZin, w.jaNee) &&
    opening !== undefined &&
    !begintZin(t, opening.plek)
  if (uitleg && !wensEerst && !overAlles && !antwoordEerst) return uitleg
  // An answer in a sentence goes before a wish: "ja, ik ga naar school" answers the question.
  // In the first menu a sentence is a wish, offered rather than chosen; only a label typed whole chooses.
  const gelezen =
    vraag && vraag.id !== 'onderwerp'
      ? vraag.soort === 'getal'
        ? getalAntwoord(t, vraag, w, o.peildatum)
        : keuzeAntwoord(t, vraag, w)
      : onbekend('niets')
  if (gelezen.soort === 'antwoord') return gelezen
  if (vraag?.id === AOW_VRAAG) {
    const leeftijd = aowUitLeeftijd(t, vraag, w)
    if (leeftijd) return leeftijd
  }
  const onderwerp = onderwerpVan(lijst, w, t.zin)
  if (onderwerp) return { soort: 'onderwerp', onderwerp }
  return gelezen
}

/**
 * The wish a text names, unless it also says the resident is someone else ("mijn werkgever vroeg ...").
 * A wish in a clause that turns it down or is about before ("betaald werk lukt niet meer", "vroeger had ik een
 * werkstage") counts only when there is no other. Then the wish of the first clause that has one ("хочу пройти
 * курси, щоб легше знайти роботу": the courses, not the job they are for); in a clause, the employer first (who
 * types decides), then a named wish before the general ones (work, learning), then the longest phrase.
 */
function onderwerpVan(lijst: readonly string[], w: Woorden, zin?: readonly number[]): Onderwerp | undefined {
  const uitgesloten = new Set([...w.nietOnderwerp].flatMap(([k, delen]) => (bevatEen(lijst, delen) ? [k] : [])))
  const z = (plek: number) => zin?.[plek] ?? 0
  const nee = vindAlle(lijst, w.ontkenning)
  const vroeger = vindAlle(lijst, w.vroeger)
  const nu = vindAlle(lijst, w.nu)
  const treffers: { sleutel: string; zin: number; lengte: number; zwak: boolean }[] = []
  for (const [sleutel, delen] of w.onderwerp) {
    if (uitgesloten.has(sleutel) || !(ONDERWERPEN as readonly string[]).includes(sleutel)) continue
    for (const g of vindAlle(lijst, delen)) {
      const eind = g.plek + g.deel.length
      const hier = z(g.plek)
      const ontkend = nee.some((d) => z(d.plek) === hier && (d.plek + d.deel.length <= g.plek || d.plek >= eind))
      const eerder = vroeger.some((d) => z(d.plek) === hier) && !nu.some((d) => z(d.plek) === hier)
      treffers.push({ sleutel, zin: hier, lengte: g.deel.length, zwak: ontkend || eerder })
    }
  }
  const sterk = treffers.filter((x) => !x.zwak)
  const telt = sterk.length > 0 ? sterk : treffers
  const algemeen = (y: (typeof treffers)[number]) => ALGEMENE_WENSEN.has(y.sleutel)
  const werkgever = (y: (typeof treffers)[number]) => y.sleutel === WERKGEVER
  let beste: (typeof treffers)[number] | undefined
  for (const x of telt) {
    if (
      !beste ||
      x.zin < beste.zin ||
      (x.zin === beste.zin &&
        (werkgever(x) !== werkgever(beste)
          ? werkgever(x)
          : algemeen(x) !== algemeen(beste)
            ? !algemeen(x)
            : x.lengte > beste.lengte))
    )
      beste = x
  }
  return beste?.sleutel as Onderwerp | undefined
}

/** The key whose list has the longest phrase in the text. */
function langsteVan(lijst: readonly string[], lijsten: ReadonlyMap<string, readonly Zinsdeel[]>): string | undefined {
  let beste: { sleutel: string; lengte: number } | undefined
  for (const [sleutel, delen] of lijsten) {
    const gevonden = langsteIn(lijst, delen)
    if (gevonden && (!beste || gevonden.deel.length > beste.lengte)) beste = { sleutel, lengte: gevonden.deel.length }
  }
  return beste?.sleutel
}

/** `begrip:meedoen` -> the explanation of that term. */
function uitlegMetId(gevonden: string): Begrip {
  const [bron, id = ''] = gevonden.split(/:(.*)/s)
  return {
    soort: 'uitleg',
    begrip: id,
    bron: bron === 'voorziening' ? 'voorziening' : bron === 'vraag' ? 'vraag' : 'begrip',
  }
}

/** "Wat is een participatieplaats?": the term after the opening words, found by the search index. */
function uitlegVan(tekst: string, lijst: readonly string[], o: Omstandigheden): Begrip | undefined {
  const w = o.woorden
  const opening = langsteIn(lijst, w.uitleg)
  const rest = opening ? [...lijst.slice(0, opening.plek), ...lijst.slice(opening.plek + opening.deel.length)] : lijst
  const inhoud = rest.filter((x) => !w.stopwoorden.has(x))
  const isVraag = normaal(tekst).trim().endsWith('?')
  // Without opening words only a bare term asks ("participatieplaats?"); "kan ik een jobcoach krijgen?" is a wish.
  if (!opening && !(isVraag && inhoud.length === 1)) return undefined
  // "Wat bedoel je?" with nothing after it is about the open question itself.
  if (opening && inhoud.length === 0) return o.vraag ? { soort: 'waarom' } : undefined
  // A question about a word is short: a long text is no such question (and is not searched word by word).
  if (inhoud.length > MAX_ZOEKWOORDEN) return undefined
  // "Wat is het verschil tussen werkstage en participatieplaats?", "wat is een werkstage bij jullie": the first
  // word that is a term, when all words together name none; not when the text says a wish ("wat is er
  // voor mij mogelijk met een uitkering").
  const los = () => {
    if (!opening || inhoud.length < 2) return undefined
    const termen = inhoud.map((x) => o.zoeker.zoek([x]))
    const eerste = termen.find(Boolean)
    const rest = lijst.filter((x) => !termen[inhoud.indexOf(x)])
    return eerste && !onderwerpVan(rest, w) ? eerste : undefined
  }
  const gevonden = o.zoeker.zoek(inhoud) ?? los()
  return gevonden ? uitlegMetId(gevonden) : undefined
}

interface KeuzeWoorden {
  readonly waarde: Waarde
  readonly label: string
  readonly delen: readonly Zinsdeel[]
  readonly waarschijnlijk: readonly Zinsdeel[]
  /** Words that suggest this choice at this question only ("rugklachten"). */
  readonly voorstel: readonly Zinsdeel[]
}

function keuzesVan(vraag: VraagDefinitie, w: Woorden): KeuzeWoorden[] {
  const uit: KeuzeWoorden[] = vraag.keuzes.map((k) => ({
    waarde: k.waarde,
    label: k.label,
    delen: [...(w.keuzes.get(k.label) ?? []), ...(w.perVraag.get(vraag.id)?.get(k.label) ?? [])],
    waarschijnlijk: w.waarschijnlijk.get(k.label) ?? [],
    voorstel: w.voorstelPerVraag.get(vraag.id)?.get(k.label) ?? [],
  }))
  for (const v of w.vast.get(vraag.id) ?? [])
    if (!v.voorstel) uit.push({ waarde: v.waarde, label: '', delen: v.delen, waarschijnlijk: [], voorstel: [] })
  return uit
}

/** Is there a phrase of `delen` in the clause of the words `van`..`tot`, outside them (and before them, if asked)? */
function inZelfdeZin(t: Gelezen, van: number, tot: number, delen: readonly Zinsdeel[], alleenErvoor = false): boolean {
  const zin = t.zin[van]
  return vindAlle(t.woorden, delen).some(
    (d) =>
      t.zin[d.plek] === zin &&
      (d.plek + d.deel.length <= van || (!alleenErvoor && d.plek >= tot)) &&
      t.zin[d.plek + d.deel.length - 1] === zin,
  )
}

/** "Misschien", "mogelijk": doubt, unless part of a choice's words ("zo snel mogelijk"). */
function twijfelt(t: Gelezen, keuzes: readonly KeuzeWoorden[], w: Woorden): boolean {
  const delen = keuzes.flatMap((k) => [...vindAlle(t.woorden, k.delen), ...vindAlle(t.woorden, k.voorstel)])
  return vindAlle(t.woorden, w.twijfel).some(
    (x) => !delen.some((d) => d.plek <= x.plek && d.plek + d.deel.length >= x.plek + x.deel.length),
  )
}

/** Drops a phrase found inside a longer one found. */
function zonderBinnen<T extends Treffer>(alle: readonly T[]): T[] {
  return alle.filter(
    (x) =>
      !alle.some(
        (u) =>
          u !== x &&
          u.deel.length > x.deel.length &&
          u.plek <= x.plek &&
          u.plek + u.deel.length >= x.plek + x.deel.length,
      ),
  )
}

/** Is there a phrase of `delen` anywhere outside the words `van`..`tot`? */
const buitenDeel = (t: Gelezen, van: number, tot: number, delen: readonly Zinsdeel[]) =>
  vindAlle(t.woorden, delen).some((d) => d.plek + d.deel.length <= van || d.plek >= tot)

/** Is the phrase one of the general words for these choices ("ja hoor" for `ja`)? */
const isWoordVan = (w: Woorden, labels: readonly string[], deel: Zinsdeel) => {
  const tekst = deel.join(' ')
  return labels.some((label) => (w.keuzes.get(label) ?? []).some((x) => x.join(' ') === tekst))
}

/** Does the phrase start its clause, or follow only the clause's first word ("dus nee", "maar ja")? */
function begintNaGrens(t: Gelezen, x: Treffer, w: Woorden): boolean {
  if (begintZin(t, x.plek)) return true
  return x.plek > 0 && begintZin(t, x.plek - 1) && vindAlle(t.woorden, w.zinsgrenzen).some((d) => d.plek === x.plek - 1)
}

/** Does the word start its clause (or the text)? */
const begintZin = (t: Gelezen, plek: number) => plek === 0 || t.zin[plek - 1] !== t.zin[plek]

/** Does clause `zin` start with a phrase of `delen`? */
function begintMetIn(t: Gelezen, zin: number, delen: readonly Zinsdeel[]): boolean {
  const begin = t.zin.indexOf(zin)
  return begin >= 0 && vindAlle(t.woorden, delen).some((d) => d.plek === begin)
}

/** Is the clause about now ("nu", "sinds")? */
function isNu(t: Gelezen, zin: number, w: Woorden): boolean {
  return vindAlle(t.woorden, w.nu).some((d) => t.zin[d.plek] === zin)
}

/** Is the clause about before ("eerst WW"), with nothing in it about now? */
function isVroeger(t: Gelezen, zin: number, w: Woorden): boolean {
  const inZin = (delen: readonly Zinsdeel[]) => vindAlle(t.woorden, delen).some((d) => t.zin[d.plek] === zin)
  return inZin(w.vroeger) && !inZin(w.nu)
}

/** An answer to a choice question found in a sentence ("ja, ik woon in Assen", "ik heb de ziektewet"). */
function keuzeAntwoord(t: Gelezen, vraag: VraagDefinitie, w: Woorden): Begrip {
  const gelezen = keuzeAntwoordZeker(t, vraag, w)
  // "Ja, een diploma uit Syrië": a word that makes any answer at this question uncertain; proposed. "Hier" at
  // "ever worked" only where it goes with a no ("hier niet gewerkt, wel in Syrië"); "tak, w holandii" is sure.
  if (
    gelezen.soort === 'antwoord' &&
    gelezen.vastgelegd &&
    (bevatEen(t.woorden, w.voorbehoudPerVraag.get(vraag.id) ?? []) ||
      vindAlle(t.woorden, w.voorbehoudNeePerVraag.get(vraag.id) ?? []).some(
        (d) => gelezen.waarde === false || inZelfdeZin(t, d.plek, d.plek + d.deel.length, w.ontkenning),
      ))
  )
    return antwoord(vraag, gelezen.waarde, false)
  return gelezen
}

function keuzeAntwoordZeker(t: Gelezen, vraag: VraagDefinitie, w: Woorden): Begrip {
  const lijst = t.woorden
  const keuzes = keuzesVan(vraag, w)
  const twijfel = twijfelt(t, keuzes, w)
  // A phrase inside a longer one counts once ("weet ik niet" is not also "niet", "probably not" not "probably").
  const treffers = zonderBinnen(
    keuzes.flatMap((k) => vindAlle(lijst, k.delen).map((g) => ({ waarde: k.waarde, ...g }))),
  )
  // A general yes or no word, not one this question has of its own ("ik woon hier" is Assen's yes).
  const eigen = new Set([...(w.perVraag.get(vraag.id)?.values() ?? [])].flat().map((d) => d.join(' ')))
  const isAlgemeen = (x: Treffer) => isWoordVan(w, ['ja', 'nee'], x.deel) && !eigen.has(x.deel.join(' '))
  // A "geen" inside words of the same choice ("ja hoor, geen probleem") does not turn the answer around.
  const ontkend = (x: Treffer & { waarde: Waarde }) =>
    vindAlle(lijst, w.ontkenning).some(
      (d) =>
        t.zin[d.plek] === t.zin[x.plek] &&
        t.zin[d.plek + d.deel.length - 1] === t.zin[x.plek] &&
        (d.plek + d.deel.length <= x.plek || d.plek >= x.plek + x.deel.length) &&
        !treffers.some(
          (y) => y.waarde === x.waarde && y.plek <= d.plek && y.plek + y.deel.length >= d.plek + d.deel.length,
        ),
    )
  // A guess inside a choice's longer words is part of them ("probably" in "probably not").
  const vermoedens = zonderBinnen(
    keuzes.flatMap((k) => vindAlle(lijst, k.waarschijnlijk).map((g) => ({ waarde: k.waarde, ...g }))),
  ).filter(
    (v) =>
      !treffers.some(
        (x) => x.deel.length > v.deel.length && x.plek <= v.plek && x.plek + x.deel.length >= v.plek + v.deel.length,
      ),
  )
  // A yes or no said at the start is the answer, whatever the rest explains or hedges ("ja, maar alleen
  // halve dagen", "nee, dat lukt niet", "ja, ik denk het wel"); not when it is part of "ja denk ik",
  // turned around in its clause ("ja niet echt"), or the choice's own words say otherwise (but not
  // when they are turned around: "nie mieszkam w Assen" is a no).
  // A word for "I have" is a yes alone, not followed in its clause by what one has: "عندي ألم في ظهري"
  // ("I have back pain") describes a complaint, "mam tylko podstawówkę" says which school.
  const isPuur = (x: Treffer) => !isEenVan(x.deel, w.hebben) || t.zin[x.plek + x.deel.length] !== t.zin[x.plek]
  // "Ik denk ja", "raczej tak", "мабуть так", "nee, niet dat ik weet": a hedge at the start around the button's
  // own yes or no ("ja", "tak", "так") is that yes or no said, hedged; "denk het wel", "I think so" stay proposals.
  // Not with a word of doubt in it ("ربما نعم", "maybe yes").
  const expliciet = (v: Treffer & { waarde: Waarde }) =>
    treffers.find(
      (x) =>
        x.waarde === v.waarde &&
        x.plek >= v.plek &&
        // The yes or no itself lies inside the hedge; the same answer's words may go on after it ("raczej nie, to
        // potrwa dłużej").
        x.deel.some((woord, i) => x.plek + i < v.plek + v.deel.length && isEenVan([woord], w.jaNee)) &&
        !vindAlle(lijst, w.twijfel).some((d) => d.plek < v.plek + v.deel.length && d.plek + d.deel.length > v.plek),
    )
  const gehedged = vermoedens.find((v) => v.plek === 0)
  const hedgeJaNee = gehedged ? expliciet(gehedged) : undefined
  // "Okula gidebilirim evet": a plain yes or no that ends the text, with no "niet" anywhere, is said as clearly.
  const aanHetEind = treffers.find(
    (x) =>
      x.plek > 0 &&
      x.plek + x.deel.length === lijst.length &&
      isEenVan(x.deel, w.jaNee) &&
      !bevatEen(lijst, w.ontkenning) &&
      treffers.every((y) => y.waarde === x.waarde),
  )
  const begin = hedgeJaNee ?? treffers.find((x) => x.plek === 0 && isAlgemeen(x) && isPuur(x)) ?? aanHetEind
  if (
    begin &&
    (hedgeJaNee !== undefined || !vermoedens.some((v) => v.plek === 0)) &&
    !(begin.waarde !== false && ontkend(begin)) &&
    !treffers.some((x) => x.waarde !== begin.waarde && !isAlgemeen(x) && !ontkend(x))
  )
    return antwoord(vraag, begin.waarde, true)
  // "Nie wiem, może kiedyś": "I don't know" said first, and doubt after it agrees with it.
  const weetNiet = treffers.find((x) => x.plek === 0 && x.waarde === null)
  if (weetNiet && treffers.every((x) => x.waarde === null) && vermoedens.length === 0)
    return antwoord(vraag, null, true)
  if (twijfel) return onbekend('twijfel')
  const voorbij = voorbijAntwoord(t, vraag, keuzes, treffers, w)
  if (voorbij) return voorbij
  const vermoed = uniekeWaarden(vermoedens.map((v) => v.waarde))
  // "I get welfare from the council": the choice's own word says it; "from the council" alone only suggests.
  // "Pomoc społeczna z gminy", "social assistance from the municipality": a phrase of the proposal that holds the
  // own word says no more than the proposal.
  const eigenWoord = treffers.some(
    (x) =>
      !isAlgemeen(x) &&
      x.waarde === vermoed[0] &&
      !ontkend(x) &&
      !vermoedens.some((v) => v.plek <= x.plek && v.plek + v.deel.length >= x.plek + x.deel.length),
  )
  if (vermoed.length === 1 && !eigenWoord) return antwoord(vraag, vermoed[0] as Waarde, false)
  // A plain "niet" or "ja" halfway through a clause is no answer when the text says more
  // ("rugklachten, kan niet lang staan"); a choice's own words count anywhere.
  // A "nie" or "не" that opens a later clause and is followed there by more words negates a verb
  // ("mam chory kręgosłup, nie mogę długo siedzieć"): no answer of its own.
  const ontkentWerkwoord = (x: Treffer) =>
    x.plek > 0 &&
    t.zin[x.plek] !== 0 &&
    isEenVan(x.deel, w.ontkenning) &&
    t.zin[x.plek + x.deel.length] === t.zin[x.plek]
  const sterk = treffers.filter(
    (x) =>
      (!isAlgemeen(x) ||
        (begintZin(t, x.plek) && (isPuur(x) || isWoordVan(w, ['nee'], x.deel)) && !ontkentWerkwoord(x))) &&
      !(x.waarde === false && !isAlgemeen(x) && ontkend(x)),
  )
  // "Ik heb rugklachten": a word that suggests one choice here, proposed; not with "geen" before it.
  const gesuggereerd = uniekeWaarden(
    keuzes.flatMap((k) =>
      vindAlle(lijst, k.voorstel).some(
        (d) =>
          !inZelfdeZin(t, d.plek, d.plek + d.deel.length, w.ontkenning, true) && !isVroeger(t, t.zin[d.plek] ?? 0, w),
      )
        ? [k.waarde]
        : [],
    ),
  )
  // Halfway through a sentence a "niet" or "weet ik niet" still says something; a "wel" or "ok" does not.
  const zwak = treffers.filter((x) => x.waarde === null || isWoordVan(w, ['nee'], x.deel))
  const gekozen = sterk.length > 0 ? sterk : gesuggereerd.length > 0 ? [] : zwak
  if (sterk.length === 0 && gesuggereerd.length === 1) return antwoord(vraag, gesuggereerd[0] as Waarde, false)
  let waarden = uniekeWaarden(gekozen.map((x) => x.waarde))
  if (waarden.length === 0) {
    // "Ik woon niet in Assen": a no, but only proposed; a "geen" after "want" is about something else.
    const nee = vraag.keuzes.find((k) => k.waarde === false)
    const jaNee = vraag.keuzes.some((k) => typeof k.waarde === 'boolean')
    const eersteZin = vindAlle(lijst, w.ontkenning).some((d) => t.zin[d.plek] === 0)
    if (jaNee && nee && eersteZin && treffers.length === 0) return antwoord(vraag, false, false)
    return onbekend(treffers.length > 0 ? 'meerdere' : 'niets')
  }
  /** The answer is what holds now in a story: a "niks" said of an earlier time is about that time. */
  let verhaal = false
  if (waarden.length > 1) {
    // "Eerst WW, maar sinds oktober bijstand", "önce WW aldım o bitti şimdi bijstand": what holds now. In a
    // story told in order, what is said after a word for now ("nu", "şimdi") holds, and what comes before it not.
    const nuPlekken = vindAlle(t.woorden, w.nu).map((d) => d.plek)
    const laatsteNu = nuPlekken.length > 0 ? Math.max(...nuPlekken) : -1
    const naNu = gekozen.filter((x) => laatsteNu >= 0 && x.plek > laatsteNu)
    const naNuWaarden = uniekeWaarden(naNu.map((x) => x.waarde))
    if (naNuWaarden.length === 1) {
      waarden = naNuWaarden
      verhaal = true
    } else {
      const nu = gekozen.filter((x) => !isVroeger(t, t.zin[x.plek] ?? 0, w))
      const nuWaarden = uniekeWaarden(nu.map((x) => x.waarde))
      if (nu.length > 0 && nuWaarden.length < waarden.length) {
        waarden = nuWaarden
        verhaal = true
      }
    }
  }
  if (waarden.length > 1 && waarden.includes(false)) {
    // "Ik heb nooit echt gewerkt": the question's own "nooit" turns the own word after it around; one answer, the no.
    const zonderOntkend = gekozen.filter(
      (x) => x.waarde === false || !inZelfdeZin(t, x.plek, x.plek + x.deel.length, w.ontkenning, true),
    )
    const over = uniekeWaarden(zonderOntkend.map((x) => x.waarde))
    if (over.length === 1) waarden = over
  }
  let tegengesteld = false
  if (waarden.length > 1) {
    // "Ik ben niet ziek, maar heb wel een beperking": the clause after "maar" is what counts, and the "niet"
    // before it is about the other clause.
    const nadruk = gekozen.filter((x) => begintMetIn(t, t.zin[x.plek] ?? 0, w.tegenstelling))
    const nadrukWaarden = uniekeWaarden(nadruk.map((x) => x.waarde))
    if (nadrukWaarden.length === 1) {
      waarden = nadrukWaarden
      tegengesteld = true
    }
  }
  if (waarden.length > 1) {
    // "WW en bijstand": the choice that goes first is proposed.
    const labels = new Set(keuzes.filter((k) => waarden.includes(k.waarde)).map((k) => k.label))
    const eerst = keuzes.find((k) => [...labels].every((l) => l === k.label || w.voorrang.get(k.label)?.has(l)))
    return eerst && labels.has(eerst.label) ? antwoord(vraag, eerst.waarde, false) : onbekend('meerdere')
  }
  const waarde = waarden[0] as Waarde
  const treffer = gekozen.find((x) => x.waarde === waarde)
  if (!treffer) return onbekend('niets')
  // "Ik heb alleen als vrijwilliger gewerkt": a word that suggests another choice in the clause of a choice's own
  // word ("gewerkt") says what kind it was: that other choice, proposed.
  if (!isAlgemeen(treffer)) {
    const anderVoorstel = uniekeWaarden(
      keuzes.flatMap((k) =>
        k.waarde !== waarde &&
        vindAlle(lijst, k.voorstel).some(
          (d) =>
            t.zin[d.plek] === t.zin[treffer.plek] &&
            !inZelfdeZin(t, d.plek, d.plek + d.deel.length, w.ontkenning, true),
        )
          ? [k.waarde]
          : [],
      ),
    )
    if (anderVoorstel.length === 1) return antwoord(vraag, anderVoorstel[0] as Waarde, false)
  }
  const eind = treffer.plek + treffer.deel.length
  const isOntkend = ontkend(treffer)
  // "Ik heb geen WW": said, but not clearly; a "nee" with a "niet" stays a no
  // ("nee, dat lukt niet" to a question whose no is "langer dan een jaar").
  if (isOntkend && waarde !== false && !isWoordVan(w, ['nee'], treffer.deel)) return onbekend('meerdere')
  if (buitenDeel(t, treffer.plek, eind, w.voorbehoud)) return antwoord(vraag, waarde, false)
  // A "niet" or "geen" in another clause, or a suggestion of something else: proposed, not recorded.
  // A "no benefit" or "no job" with another "no" in it is still that ("nothing, no income at all").
  const negatief = keuzes.some((k) => k.waarde === waarde && NEGATIEVE_KEUZES.has(k.label))
  const anders =
    gesuggereerd.some((x) => x !== waarde) ||
    (waarde !== false &&
      !negatief &&
      !tegengesteld &&
      !isWoordVan(w, ['nee'], treffer.deel) &&
      (verhaal ? inZelfdeZin(t, treffer.plek, eind, w.ontkenning) : buitenDeel(t, treffer.plek, eind, w.ontkenning)))
  const zelfde = keuzes.filter((k) => k.waarde === waarde).flatMap((k) => k.delen)
  // A plain yes or no counts when the sentence starts with it; a choice's own words ("havo", "WW") anywhere.
  // A plain yes or no counts when a clause starts with it ("…, dus nee"); a choice's own words anywhere.
  const duidelijk =
    waarde === null || !isAlgemeen(treffer) || zelfde.some((d) => begintMet(lijst, d)) || begintNaGrens(t, treffer, w)
  return antwoord(vraag, waarde, duidelijk && !anders)
}

/**
 * "Ik had bijstand, maar heb werk gevonden en nu is het gestopt": every choice named is said of the past, and a
 * later clause says it ended: the question's "none" ("geen"), recorded. Only at a question with such a choice,
 * and only after something said of the past ("ik werk weer" alone says nothing about a benefit).
 */
function voorbijAntwoord(
  t: Gelezen,
  vraag: VraagDefinitie,
  keuzes: readonly KeuzeWoorden[],
  treffers: readonly (Treffer & { waarde: Waarde })[],
  w: Woorden,
): Begrip | undefined {
  const geen = keuzes.find((k) => NEGATIEVE_KEUZES.has(k.label))
  if (!geen) return undefined
  const anders = treffers.filter((x) => x.waarde !== geen.waarde)
  if (anders.length === 0 || !anders.every((x) => isVroeger(t, t.zin[x.plek] ?? 0, w))) return undefined
  const laatste = Math.max(...anders.map((x) => t.zin[x.plek] ?? 0))
  const gestopt = vindAlle(t.woorden, w.voorbij).some((d) => (t.zin[d.plek] ?? 0) > laatste)
  return gestopt ? antwoord(vraag, geen.waarde, true) : undefined
}

/** "Im 69" at the AOW question: one age, no other number, clearly above or below the AOW age: proposed. */
function aowUitLeeftijd(t: Gelezen, vraag: VraagDefinitie, w: Woorden): Begrip | undefined {
  const getallen = leesGetallen(t, w).hoeveelheden
  const [h] = getallen
  if (getallen.length !== 1 || !h || (h.eenheid && h.eenheid !== 'jaar') || !Number.isInteger(h.waarde))
    return undefined
  if (h.waarde >= ZEKER_BOVEN_AOW && h.waarde <= 120) return antwoord(vraag, true, false)
  if (h.waarde >= 16 && h.waarde <= ZEKER_ONDER_AOW) return antwoord(vraag, false, false)
  return undefined
}

/** Is there a phrase of `delen` at most `bereik` words before the number, in its clause? */
function ervoor(t: Gelezen, h: Hoeveelheid, delen: readonly Zinsdeel[], bereik = BEREIK): boolean {
  return vindAlle(t.woorden, delen).some(
    (d) =>
      d.plek + d.deel.length <= h.plek && d.plek + d.deel.length >= h.plek - bereik && t.zin[d.plek] === t.zin[h.plek],
  )
}

/** Does a phrase of `delen` follow the number (and its unit) closely ("2 jaar of zo")? */
function erna(t: Gelezen, h: Hoeveelheid, delen: readonly Zinsdeel[]): boolean {
  return vindAlle(t.woorden, delen).some(
    (d) => d.plek >= h.eind && d.plek <= h.eind + 1 && t.zin[d.plek] === t.zin[h.plek],
  )
}

/** A number answer ("ik ben 58 jaar oud", "anderhalf jaar", "ik word volgende maand 27"). */
function getalAntwoord(t: Gelezen, vraag: VraagDefinitie, w: Woorden, peildatum?: string): Begrip {
  const lijst = t.woorden
  const twijfel = twijfelt(t, keuzesVan(vraag, w), w)
  // "Sinds januari": counted from that month to now, and proposed (the day in the month is not known).
  const sinds = peildatum && vraag.getal?.sinds ? maandenSinds(lijst, w, peildatum) : undefined
  if (sinds !== undefined && !twijfel)
    return antwoord(vraag, vraag.getal?.eenheid === 'jaar' ? Math.floor(sinds / 12) : sinds, false)
  const keuzes = keuzesVan(vraag, w)
  // A number inside a choice's words is part of them ("geen kinderen onder de 18").
  const keuzeDelen = keuzes.flatMap((k) => [...vindAlle(lijst, k.delen), ...vindAlle(lijst, k.voorstel)])
  // "Tot 2021 gewerkt, dus al vijf jaar niet": a year on the calendar is no age, length or count; nor is it with
  // the word for year after "since" ("з 2021 року").
  const naSinds = (h: Hoeveelheid) => vindAlle(lijst, w.sinds).some((d) => d.plek + d.deel.length === h.plek)
  const gelezen = leesGetallen(t, w).hoeveelheden.filter(
    (h) =>
      !keuzeDelen.some((d) => d.plek <= h.plek && d.plek + d.deel.length >= h.eind) &&
      !(
        (h.eenheid === undefined || (h.eenheid === 'jaar' && naSinds(h))) &&
        Number.isInteger(h.waarde) &&
        h.waarde >= JAARTAL.min &&
        h.waarde <= JAARTAL.max
      ),
  )
  // "Sinds 2019 niet gewerkt", "ما اشتغلت من ٢٠١٩": at a question in years, the years since then, proposed.
  if (gelezen.length === 0 && peildatum && vraag.getal?.sinds && vraag.getal?.eenheid === 'jaar' && !twijfel) {
    const jaren = jarenSinds(lijst, w, peildatum)
    if (jaren !== undefined) return antwoord(vraag, jaren, false)
  }
  // "3 of 4 jaar", "twee à drie maanden": a range is no one value said; not understood.
  if (
    gelezen.some((h, i) => {
      const volgende = gelezen[i + 1]
      return (
        volgende !== undefined &&
        volgende.plek === h.eind + 1 &&
        w.bereik.has(lijst[h.eind] ?? '') &&
        (!h.eenheid || h.eenheid === volgende.eenheid)
      )
    })
  )
    return onbekend('meerdere')
  // "3 kinderen", "20 uur": a count of things, no age or length; not a number with a unit ("син 4 роки, донька 10").
  const dingen = vindAlle(lijst, w.dingen)
  // Only in the number's own clause: "mam 29, córka 5" holds no 29 daughters.
  const zonderDingen = gelezen.filter(
    (h) => h.eenheid || !dingen.some((d) => d.plek === h.eind && t.zin[d.plek] === t.zin[h.plek]),
  )
  // "Drie, van 15, 12 en 7": the first number counts the ages after it.
  const { getallen, aantalOnzeker, geteld } = vraag.getal?.jongste
    ? zonderAantal(t, zonderDingen, w)
    : { getallen: zonderDingen, aantalOnzeker: false, geteld: false }
  for (const v of w.vast.get(vraag.id) ?? []) {
    const gevonden = vindAlle(lijst, v.delen)[0]
    if (!gevonden || getallen.length > 0) continue
    // Doubt in another clause ("een half jaar, daarna misschien vast") is about something else.
    const twijfelHier = vindAlle(lijst, w.twijfel).some((d) => t.zin[d.plek] === t.zin[gevonden.plek])
    return antwoord(vraag, v.waarde, !v.voorstel && !twijfelHier)
  }
  if (getallen.length === 0) {
    // "Ik heb geen kinderen", "nee, geen baan": the extra buttons of a number question.
    // Not with a "niet" before it in its clause ("ze zijn nog niet volwassen"), and a plain "nee" or "niet" only
    // where a clause starts ("nee, geen kinderen"; "ze zijn nog niet groot" is no "no children").
    const gezegd = (k: KeuzeWoorden) =>
      zonderBinnen(vindAlle(lijst, k.delen)).some(
        (d) =>
          !inZelfdeZin(t, d.plek, d.plek + d.deel.length, w.ontkenning, true) &&
          (!isWoordVan(w, ['ja', 'nee'], d.deel) || begintNaGrens(t, d, w)),
      )
    const gekozen = uniekeWaarden(keuzes.flatMap((k) => (gezegd(k) ? [k.waarde] : [])))
    if (gekozen.length === 1 && !twijfel) return antwoord(vraag, gekozen[0] as Waarde, true)
    // "Mijn kinderen zijn al groot": a choice this question suggests, proposed.
    const voorgesteld = uniekeWaarden(keuzes.flatMap((k) => (bevatEen(lijst, k.voorstel) ? [k.waarde] : [])))
    if (gekozen.length === 0 && voorgesteld.length === 1 && !twijfel)
      return antwoord(vraag, voorgesteld[0] as Waarde, false)
    return onbekend(twijfel ? 'twijfel' : gekozen.length > 1 ? 'meerdere' : 'niets')
  }
  let kandidaten = getallen
  /** One number named by the words before it ("ik ben 34", "de jongste is 4"): as sure as if alone. */
  let benoemd = false
  const meer = new Set(getallen.map((h) => `${h.waarde} ${h.eenheid ?? ''}`)).size > 1
  if (meer && vraag.id === 'leeftijd') {
    // "Ik ben 34 en mijn zoon is 5": the number said of yourself.
    const eigen = kandidaten.filter((h) => !ervoor(t, h, w.anderen))
    const zelf = eigen.filter((h) => ervoor(t, h, w.zelf))
    // "44 yaşındayım, eşim 47": one number left when every other is said of someone else is as clearly your own.
    benoemd = zelf.length === 1 || (zelf.length === 0 && eigen.length === 1 && eigen.length < kandidaten.length)
    kandidaten = zelf.length > 0 ? zelf : eigen
  }
  if (meer && vraag.getal?.jongste) {
    // "Ik ben 40, mijn kinderen zijn 5 en 8": not your own age ("two, aged 9 and 4": all the children's);
    // "de jongste is 4" names the one asked.
    const kinderen = geteld ? kandidaten : kandidaten.filter((h) => !ervoor(t, h, w.zelf))
    const jongste = kinderen.filter((h) => ervoor(t, h, w.jongste))
    kandidaten = jongste.length === 1 ? jongste : kinderen
    benoemd = jongste.length === 1
  }
  if (meer && kandidaten.some((h) => isNu(t, t.zin[h.plek] ?? 0, w))) {
    // "Heb 12 jaar bij de post gewerkt maar nu al 4 jaar niet meer": what holds now.
    const nu = kandidaten.filter((h) => isNu(t, t.zin[h.plek] ?? 0, w))
    if (new Set(nu.map((h) => h.waarde)).size === 1) {
      kandidaten = nu
      benoemd = true
    }
  }
  if (meer && !vraag.getal?.leeftijd && kandidaten.some((h) => h.eenheid)) {
    // "Ik ben 45 en zit 2 jaar in de bijstand": at a question about how long, the number with a unit.
    kandidaten = kandidaten.filter((h) => h.eenheid)
  }
  if (kandidaten.length === 0) return onbekend('meerdere')
  const doel = vraag.getal?.eenheid ?? 'jaar'
  const isLeeftijd = vraag.getal?.leeftijd === true
  const alleen = gelezen.length === 1
  const omgerekend = kandidaten.map((h) => {
    // "Ik word 27", "bijna 30": one less now, and inferred (proposed). With one number anywhere in the text;
    // with more, just before it.
    const minder =
      isLeeftijd &&
      (alleen ? bevatEen(lijst, w.worden) || bevatEen(lijst, w.bijna) : ervoor(t, h, w.worden) || ervoor(t, h, w.bijna))
    // "Since my daughter was born, she's 9 now": at a question about how long, someone else's age is inferred.
    const vanEenAnder = !isLeeftijd && !h.eenheid && ervoor(t, h, w.anderen)
    // "3omri tamanya w 3eshreen", "ik ben vier en twintig": after words for one's own age, numbers joined by "and"
    // are one age (a person has one); without them "tien en drie" may be two children.
    const eenLeeftijd = vraag.id === 'leeftijd' && alleen && h.overEn === true && ervoor(t, h, w.zelf)
    return {
      waarde: inEenheid(h.waarde, h.eenheid, doel) - (minder ? 1 : 0),
      eenheid: h.eenheid,
      onzeker: (h.onzeker && !eenLeeftijd) || minder || vanEenAnder,
    }
  })
  // Several numbers of which one was chosen without a word naming it, or a number not read for certain: proposed.
  // Doubt counts in the clause of the number ("contract voor een half jaar, daarna misschien vast" is 6).
  const twijfelHier = vindAlle(lijst, w.twijfel).some((d) => kandidaten.some((h) => t.zin[h.plek] === t.zin[d.plek]))
  let zeker =
    !kandidaten.some((h) => ervoor(t, h, w.ongeveer, 3) || erna(t, h, w.ongeveer)) &&
    !(twijfel && twijfelHier) &&
    (kandidaten.length === getallen.length || benoemd) &&
    omgerekend.every((h) => !h.onzeker) &&
    !aantalOnzeker
  // "Anderhalf" at a question in months: a part of a unit nobody named is not read.
  if (kandidaten.some((h) => !h.eenheid && !Number.isInteger(h.waarde)) && doel !== 'jaar') return onbekend('niets')
  let waarde: number
  const verschillend = [...new Set(omgerekend.map((h) => h.waarde))]
  if (verschillend.length === 1) waarde = verschillend[0] as number
  else if (omgerekend.every((h) => h.eenheid) && new Set(omgerekend.map((h) => h.eenheid)).size === omgerekend.length) {
    // "1 jaar en 6 maanden": one length in two units.
    waarde = omgerekend.reduce((s, h) => s + h.waarde, 0)
  } else if (vraag.getal?.jongste && omgerekend.every((h) => h.eenheid !== 'maand' && h.eenheid !== 'week')) {
    // "Drie kids van 14, 11 en 6": the youngest is one of the ages said.
    waarde = Math.min(...verschillend)
  } else return onbekend('meerdere')
  if (!Number.isInteger(waarde)) {
    // An age in months is the whole years lived; any other part of a unit is rounded and proposed.
    // A question in years counts whole years ("anderhalf jaar" without work is 1 whole year); months are rounded.
    waarde = isLeeftijd || doel === 'jaar' ? Math.floor(waarde + 1e-9) : Math.round(waarde)
    if (doel !== 'jaar') zeker = false
  }
  // "Mijn jongste is 30": above what the question asks, so no child at home under 18 either; proposed.
  if (vraag.getal?.jongste && waarde > (vraag.max ?? Number.POSITIVE_INFINITY)) {
    const geen = vraag.keuzes.find((k) => k.label === 'geenKinderen')
    if (geen) return antwoord(vraag, geen.waarde, false)
  }
  // An age rarely meant ("3" at "how old are you"): never recorded at once, only proposed ("Ben je echt 3 jaar?").
  const zelden = vraag.bevestig !== undefined && (waarde < vraag.bevestig.min || waarde > vraag.bevestig.max)
  return antwoord(vraag, waarde, zeker && !zelden)
}

/**
 * "Drie, van 15, 12 en 7", "two, aged 4 and 9": a first number without a unit followed by exactly that many
 * numbers counts the children, when a word for "aged" ("van") follows it. Without that word it may be a count
 * or the first age ("2, 4 en 9"): the numbers stay, but the youngest is only proposed when the two readings differ.
 */
function zonderAantal(
  t: Gelezen,
  getallen: readonly Hoeveelheid[],
  w: Woorden,
): { getallen: readonly Hoeveelheid[]; aantalOnzeker: boolean; geteld: boolean } {
  const [eerste, ...rest] = getallen
  const volgende = rest[0]
  if (!eerste || !volgende || eerste.eenheid || rest.length < 2 || eerste.waarde !== rest.length)
    return { getallen, aantalOnzeker: false, geteld: false }
  const leeftijden = vindAlle(t.woorden, w.leeftijdenVan).some(
    (d) => d.plek >= eerste.eind && d.plek <= eerste.eind + 1 && d.plek + d.deel.length <= volgende.plek,
  )
  if (leeftijden) return { getallen: rest, aantalOnzeker: false, geteld: true }
  const kleinste = (h: readonly Hoeveelheid[]) => Math.min(...h.map((x) => x.waarde))
  return { getallen, aantalOnzeker: kleinste(getallen) !== kleinste(rest), geteld: false }
}

function inEenheid(waarde: number, van: Eenheid | undefined, naar: Eenheid): number {
  if (!van || van === naar) return waarde
  const dagen = { jaar: 365.25, maand: 365.25 / 12, week: 7 }
  const uit = (waarde * dagen[van]) / dagen[naar]
  // Whole months of whole years stay whole ("2 jaar" = 24 months, "18 maanden" = 1.5 years).
  return Math.round(uit * 1000) / 1000
}
