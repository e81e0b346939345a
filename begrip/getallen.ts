/**
 * Numbers in what people type: digits and number words of the word lists ("vierendertig",
 * "anderhalf jaar", "otuz dört", "سنتين"), each with the unit that follows it and where it stands.
 *
 * Number words are joined into one number only as a number is said: "twenty four", "on üç", "ثلاثة عشر",
 * "vier en twintig", "honderd en vijf", "twee en een half". Separate numbers stay separate: "tien en drie",
 * "ten, three" and "عشرة و ثلاثة" are two numbers, and a number said twice is said twice, never added up.
 */
import { plekVan } from './tekst.js'
import { afstand } from './verbeter.js'
import type { Woorden } from './woorden.js'

export type Eenheid = 'jaar' | 'maand' | 'week'

export interface Hoeveelheid {
  readonly waarde: number
  readonly eenheid?: Eenheid
  /** The first word of the number, and one past its last (with its unit). */
  readonly plek: number
  readonly eind: number
  /**
   * Not certain as read: joined across a word ("vier en twintig"), or a unit followed by "and" and
   * something that is no number ("سنة و شوي").
   */
  readonly onzeker: boolean
  /** Uncertain only because it was joined across "and" ("vier en twintig", "tamanya w 3eshreen"). */
  readonly overEn?: boolean
}

/** The words of a text and whether a punctuation mark stands before each (from `woordenMetGrenzen`). */
export interface GetalTekst {
  readonly woorden: readonly string[]
  readonly grens: readonly boolean[]
}

interface Deel {
  readonly waarde: number
  readonly breuk: boolean
  /** Joined to the number before it by a prefix ("وثلاثون"). */
  readonly verbonden: boolean
  /** Written in digits: never added to a neighbour ("10 5" is two numbers). */
  readonly cijfers?: boolean
}

const isTiental = (n: number) => n >= 20 && n < 100 && n % 10 === 0
const isHonderdtal = (n: number) => n >= 100 && n % 100 === 0

/** The value of one word, or undefined when it is no number. */
export function waardeVan(woord: string, w: Woorden, diepte = 0): Deel | undefined {
  if (/^\d+(?:[.,]\d+)?$/.test(woord))
    return { waarde: Number(woord.replace(',', '.')), breuk: false, verbonden: false, cijfers: true }
  const getal = w.getallen.get(woord)
  if (getal !== undefined) return { waarde: getal, breuk: false, verbonden: false }
  const breuk = w.breuken.get(woord)
  if (breuk !== undefined) return { waarde: breuk, breuk: true, verbonden: false }
  if (diepte > 2) return undefined
  for (const voor of w.voorvoegsels) {
    if (woord.startsWith(voor) && woord.length > voor.length) {
      const rest = waardeVan(woord.slice(voor.length), w, diepte + 1)
      if (rest && !rest.cijfers) return { ...rest, verbonden: true }
    }
  }
  if (woord.includes('-')) {
    const delen = woord.split('-').map((d) => (w.verbindingen.has(d) ? undefined : waardeVan(d, w, diepte + 1)))
    const getallen = delen.filter((d): d is Deel => d !== undefined)
    if (getallen.length >= 2 && woord.split('-').every((d, i) => delen[i] || w.verbindingen.has(d))) {
      return {
        waarde: getallen.reduce((s, d) => s + d.waarde, 0),
        breuk: getallen.some((d) => d.breuk),
        verbonden: false,
      }
    }
  }
  // "vierendertig" = vier + en + dertig, "honderdtwintig" = honderd + twintig, "tweeënhalf" = twee + en + half.
  for (let i = 1; i < woord.length; i++) {
    const links = w.getallen.get(woord.slice(0, i))
    if (links === undefined) continue
    for (const tussen of ['', ...w.tussenvoegsels]) {
      const rest = woord.slice(i)
      if (!rest.startsWith(tussen) || rest.length === tussen.length) continue
      const rechts = waardeVan(rest.slice(tussen.length), w, diepte + 1)
      if (!rechts || rechts.cijfers) continue
      const klopt =
        rechts.breuk ||
        (links < 10 && isTiental(rechts.waarde) && tussen !== '') ||
        (isHonderdtal(links) && rechts.waarde < 100)
      if (klopt) return { waarde: links + rechts.waarde, breuk: rechts.breuk, verbonden: false }
    }
  }
  return undefined
}

/** The unit a word names, by its start ("jaren", "yıldır"). */
function eenheidVan(woord: string | undefined, w: Woorden): Eenheid | undefined {
  if (!woord) return undefined
  let beste: { eenheid: Eenheid; lengte: number } | undefined
  for (const e of w.eenheden)
    if (woord.startsWith(e.begin) && (!beste || e.begin.length > beste.lengte))
      beste = { eenheid: e.eenheid, lengte: e.begin.length }
  // A short unit ("ay", "год") only as the whole word or with a short ending, not inside a longer word.
  if (beste && beste.lengte < 4 && woord.length > beste.lengte + 5) return undefined
  return beste?.eenheid
}

/** A unit with one typo, right after a number ("anderhalf jaat"): only a word no list knows, of 4 letters or more. */
function eenheidMetTypfout(woord: string | undefined, w: Woorden): Eenheid | undefined {
  if (!woord || woord.length < 4 || w.schat.bekend.has(woord) || /\d/.test(woord)) return undefined
  const gevonden = new Set(
    w.eenheden.filter((e) => e.begin.length >= 4 && afstand(woord, e.begin, 1) <= 1).map((e) => e.eenheid),
  )
  return gevonden.size === 1 ? [...gevonden][0] : undefined
}

/** The places a number fills: hundreds, tens, units ("dertien" fills tens and units). */
const plaatsen = (n: number) => ({ h: n >= 100, t: n % 100 >= 10, e: n % 10 > 0 })

interface Keten {
  readonly som: number
  readonly laatste: Deel
  readonly h: boolean
  readonly t: boolean
  readonly e: boolean
}

/**
 * Can `volgende` be added to the number so far, and is that certain? `verbinding`: a joining word
 * stands between ("en", "and", "و" apart); a prefix ("وعشرون") counts as written together.
 */
function telOp(keten: Keten, volgende: Deel, verbinding: boolean): 'ja' | 'onzeker' | 'maal' | 'nee' {
  const { laatste } = keten
  if (volgende.breuk) return !laatste.breuk && Number.isInteger(keten.som) ? 'ja' : 'nee'
  if (laatste.breuk || laatste.cijfers || volgende.cijfers || !Number.isInteger(volgende.waarde)) return 'nee'
  const v = volgende.waarde
  // "one hundred", "iki yüz", "двісті" is no sum: a unit times a hundred.
  if (v === 100 && keten.e && !keten.t && !keten.h && !verbinding && !volgende.verbonden) return 'maal'
  const p = plaatsen(v)
  if (p.h || v === 0 || (p.t && keten.t) || (p.e && keten.e)) return 'nee'
  const alleenHonderd = keten.h && !keten.t && !keten.e
  // "honderdvijf", "yüz yirmi", "сто один"; with a joining word ("hundred and five") only proposed.
  if (alleenHonderd) return verbinding && !volgende.verbonden ? 'onzeker' : 'ja'
  // "vier en twintig", "أربعة وعشرون": the unit first, joined; apart, it is only proposed.
  if (keten.e && !keten.t && isTiental(v)) return volgende.verbonden ? 'ja' : verbinding ? 'onzeker' : 'nee'
  // "ثلاثة عشر", "أحد عشر": a unit and then ten, nothing between.
  if (keten.e && !keten.t && v === 10) return verbinding || volgende.verbonden ? 'nee' : 'ja'
  // "twenty four", "on üç", "двадцять три": tens and then a unit, nothing between.
  if (keten.t && !keten.e && v < 10) return verbinding || volgende.verbonden ? 'nee' : 'ja'
  return 'nee'
}

export interface Getallen {
  readonly hoeveelheden: readonly Hoeveelheid[]
}

/** Every number in a text with its unit and where it stands. */
export function leesGetallen(tekst: GetalTekst, w: Woorden): Getallen {
  const { woorden, grens } = tekst
  const uit: Hoeveelheid[] = []
  const isVerbinding = (woord: string | undefined) => woord !== undefined && w.verbindingen.has(woord)
  const isLidwoord = (woord: string | undefined) => woord !== undefined && w.lidwoorden.has(woord)
  let i = 0
  while (i < woorden.length) {
    const woord = woorden[i] ?? ''
    // "سنتين", and joined to what came before: "وشهرين".
    const vast =
      w.hoeveelheden.get(woord) ??
      w.voorvoegsels
        .map((v) => (woord.startsWith(v) ? w.hoeveelheden.get(woord.slice(v.length)) : undefined))
        .find(Boolean)
    if (vast) {
      uit.push({ ...vast, plek: i, eind: i + 1, onzeker: false })
      i++
      continue
    }
    let deel = waardeVan(woord, w)
    // "een jaar" is one year; "een half jaar" is a half.
    if (isLidwoord(woord)) {
      const volgende = woorden[i + 1]
      const alsGetal = volgende ? waardeVan(volgende, w) : undefined
      // "half a year": the article after a half is no second number.
      const vorigWoord = woorden[i - 1]
      if (alsGetal?.breuk || (vorigWoord !== undefined && w.breuken.has(vorigWoord))) {
        i++
        continue
      }
      const eenheid = eenheidVan(volgende, w)
      // "Een jaar of drie": about three years, said the Dutch way; the number after "of" is the one meant.
      const bedoeld = woorden[i + 3] !== undefined ? waardeVan(woorden[i + 3] ?? '', w) : undefined
      if (
        eenheid &&
        w.ofOngeveer.has(woorden[i + 2] ?? '') &&
        bedoeld &&
        !bedoeld.breuk &&
        !grens[i + 2] &&
        !grens[i + 3]
      ) {
        uit.push({ waarde: bedoeld.waarde, eenheid, plek: i, eind: i + 4, onzeker: false })
        i += 4
        continue
      }
      deel = eenheid ? { waarde: 1, breuk: false, verbonden: false } : undefined
    }
    if (!deel) {
      i++
      continue
    }
    // A half after a unit ("a year and a half", "een jaar en een half", "سنة ونص") belongs to the number before.
    const vorige = uit.at(-1)
    if (deel.breuk && vorige && Number.isInteger(vorige.waarde) && isNaEenheid(woorden, grens, i, w, deel.verbonden)) {
      uit[uit.length - 1] = { ...vorige, waarde: vorige.waarde + deel.waarde, eind: i + 1 }
      i++
      continue
    }
    const begin = i
    let keten: Keten = { som: deel.waarde, laatste: deel, ...plaatsen(deel.breuk ? 0 : deel.waarde) }
    if (deel.breuk) keten = { ...keten, h: false, t: false, e: false }
    let onzeker = false
    let overEn = false
    let j = i + 1
    while (j < woorden.length && !grens[j]) {
      let k = j
      while (k < woorden.length && isVerbinding(woorden[k]) && !grens[k]) k++
      const verbinding = k > j
      // "and a half": an article only before a half.
      if (isLidwoord(woorden[k]) && woorden[k + 1] !== undefined && w.breuken.has(woorden[k + 1] ?? '') && !grens[k])
        k++
      if (k >= woorden.length || grens[k]) break
      const volgende = waardeVan(woorden[k] ?? '', w)
      if (!volgende) break
      const kan = telOp(keten, volgende, verbinding)
      if (kan === 'nee') break
      if (kan === 'onzeker') {
        onzeker = true
        overEn = true
      }
      if (kan === 'maal') {
        keten = { som: keten.som * 100, laatste: volgende, h: true, t: false, e: false }
        j = k + 1
        continue
      }
      const p = plaatsen(volgende.breuk ? 0 : volgende.waarde)
      keten = {
        som: keten.som + volgende.waarde,
        laatste: volgende,
        h: keten.h || p.h,
        t: keten.t || p.t,
        e: keten.e || p.e,
      }
      j = k + 1
    }
    // "half a year": an article may stand between the number and its unit.
    if (isLidwoord(woorden[j]) && !grens[j] && eenheidVan(woorden[j + 1], w) !== undefined) j++
    let eenheid = grens[j] ? undefined : eenheidVan(woorden[j], w)
    // "anderhalf jaat": a typo in the unit is the unit, as a typo in any known word.
    if (!eenheid && !grens[j]) eenheid = eenheidMetTypfout(woorden[j], w)
    const eind = eenheid ? j + 1 : j
    uit.push({
      waarde: keten.som,
      ...(eenheid ? { eenheid } : {}),
      plek: begin,
      eind,
      onzeker,
      ...(overEn ? { overEn } : {}),
    })
    i = eind
  }
  // "سنة و شوي", "a year and a bit": a unit, a joining word and then a word no list knows may be more of it.
  const zeker = uit.map((h, n) => {
    if (!h.eenheid || !isVerbinding(woorden[h.eind]) || grens[h.eind + 1]) return h
    const volgende = uit[n + 1]
    if (volgende && volgende.plek <= h.eind + 2) return h
    const na = woorden.slice(h.eind + 1, h.eind + 3).filter((x) => !isLidwoord(x))[0]
    return na === undefined || w.schat.bekend.has(na) ? h : { ...h, onzeker: true }
  })
  return { hoeveelheden: zeker }
}

/** True when the words before `i` are a unit and then only joining words ("jaar en een", "سنة و"). */
function isNaEenheid(
  woorden: readonly string[],
  grens: readonly boolean[],
  i: number,
  w: Woorden,
  verbonden: boolean,
): boolean {
  let k = i - 1
  while (k >= 0 && (w.verbindingen.has(woorden[k] ?? '') || w.lidwoorden.has(woorden[k] ?? '')) && !grens[k + 1]) k--
  if (grens[k + 1]) return false
  // Joined by a word ("and a half") or by a prefix ("سنة ونصف").
  return (k < i - 1 || verbonden) && (eenheidVan(woorden[k], w) !== undefined || w.hoeveelheden.has(woorden[k] ?? ''))
}

/**
 * "Sinds januari", "sinds maart 2024", "since May last year", "od lipca", "з березня", "mayıstan beri": the whole
 * months from that month up to the peildatum's month (`YYYY-MM-DD`). A month later in the year than now, without
 * a year, is last year's. Undefined without a month named right after "sinds" (or right before "beri"), or for a
 * month still to come.
 */
export function maandenSinds(woorden: readonly string[], w: Woorden, peildatum: string): number | undefined {
  const [peiljaar = 0, peilmaand = 0] = peildatum.split('-').map(Number)
  const vanaf = (maand: number, na: readonly string[]) => {
    const geschreven = na.map(Number).find((n) => Number.isInteger(n) && n >= 1900 && n <= peiljaar)
    const vorig = w.vorigJaar.some((d) => plekVan(woorden, d) >= 0)
    const jaar = geschreven ?? (vorig ? peiljaar - 1 : maand > peilmaand ? peiljaar - 1 : peiljaar)
    const maanden = (peiljaar - jaar) * 12 + (peilmaand - maand)
    return maanden >= 0 ? maanden : undefined
  }
  for (const deel of w.sinds) {
    const plek = plekVan(woorden, deel)
    if (plek < 0) continue
    const na = woorden.slice(plek + deel.length, plek + deel.length + 4)
    const maand = na
      .slice(0, 2)
      .map((x) => w.maanden.get(x))
      .find((m) => m !== undefined)
    if (maand !== undefined) return vanaf(maand, na)
    // "من شهر ستة" ("since month six"): a month said by its number, after the word for month.
    const nummer = eenheidVan(na[0], w) === 'maand' && na[1] !== undefined ? waardeVan(na[1], w) : undefined
    if (nummer && !nummer.breuk && Number.isInteger(nummer.waarde) && nummer.waarde >= 1 && nummer.waarde <= 12)
      return vanaf(nummer.waarde, na.slice(2))
  }
  // "Mayıstan beri", "mayıs ayından beri": the month with its ending, one or two words before.
  for (const deel of w.sindsNa) {
    const plek = plekVan(woorden, deel)
    if (plek < 1) continue
    const maand = woorden
      .slice(Math.max(0, plek - 2), plek)
      .reverse()
      .map((x) => maandMetUitgang(x, w))
      .find((m) => m !== undefined)
    if (maand !== undefined) return vanaf(maand, woorden.slice(Math.max(0, plek - 4), plek))
  }
  return undefined
}

/**
 * "Sinds 2019", "من ٢٠١٩", "2019'dan beri": the whole years from a calendar year to the peildatum, for a question in
 * years (inferred: proposed). Undefined without such a year.
 */
export function jarenSinds(woorden: readonly string[], w: Woorden, peildatum: string): number | undefined {
  const [peiljaar = 0] = peildatum.split('-').map(Number)
  const jaartal = (x: string | undefined) => {
    const n = Number(/^\d{4}/.exec(x ?? '')?.[0])
    return Number.isInteger(n) && n >= 1950 && n <= peiljaar ? n : undefined
  }
  for (const deel of w.sinds) {
    const plek = plekVan(woorden, deel)
    const na = plek >= 0 ? woorden[plek + deel.length] : undefined
    const jaar = /^\d{4}$/.test(na ?? '') ? jaartal(na) : undefined
    if (jaar !== undefined) return peiljaar - jaar
  }
  // "2019'dan beri", "2019dan itibaren": the year with its case ending, just before.
  for (const deel of w.sindsNa) {
    const plek = plekVan(woorden, deel)
    // The ending may stand apart ("2019'dan" is read as "2019", "dan").
    const jaar =
      plek >= 1 ? (jaartal(woorden[plek - 1]) ?? (plek >= 2 ? jaartal(woorden[plek - 2]) : undefined)) : undefined
    if (jaar !== undefined) return peiljaar - jaar
  }
  return undefined
}

/** A month name, or one with a case ending of at most four letters ("mayistan", "mayis'tan"; not "may"). */
function maandMetUitgang(woord: string, w: Woorden): number | undefined {
  const [stam = ''] = woord.split("'")
  const exact = w.maanden.get(stam)
  if (exact !== undefined) return exact
  for (let lengte = Math.min(stam.length - 1, 9); lengte >= 4 && stam.length - lengte <= 4; lengte--) {
    const maand = w.maanden.get(stam.slice(0, lengte))
    if (maand !== undefined) return maand
  }
  return undefined
}
