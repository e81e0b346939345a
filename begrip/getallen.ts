/**
 * Numbers in what people type: digits and number words of the word lists ("vierendertig",
 * "anderhalf jaar", "otuz dört", "سنتين"), each with the unit that follows it.
 */
import { normaal, plekVan, vouw } from './tekst.js'
import type { Woorden } from './woorden.js'

export type Eenheid = 'jaar' | 'maand' | 'week'

export interface Hoeveelheid {
  readonly waarde: number
  readonly eenheid?: Eenheid
}

export interface Getallen {
  readonly hoeveelheden: readonly Hoeveelheid[]
  /** "ongeveer", "bijna": the numbers are not exact. */
  readonly ongeveer: boolean
  /** "ik word 27". */
  readonly worden: boolean
  /** "bijna 30". */
  readonly bijna: boolean
}

const TOKEN = /\d+(?:[.,]\d+)?|[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu

/** The words of a text for reading numbers: "1,5" stays one word. */
export function getalWoorden(tekst: string): string[] {
  return [...normaal(tekst).matchAll(TOKEN)].map((m) => vouw(m[0]))
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
function waardeVan(woord: string, w: Woorden, diepte = 0): Deel | undefined {
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
      if (rest) return { ...rest, verbonden: true }
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
      if (!rechts) continue
      const klopt =
        rechts.breuk ||
        (links < 10 && isTiental(rechts.waarde) && tussen !== '') ||
        (isHonderdtal(links) && rechts.waarde < 100)
      if (klopt) return { waarde: links + rechts.waarde, breuk: rechts.breuk, verbonden: false }
    }
  }
  return undefined
}

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

/** Can `volgende` be added to the number so far ("thirty four", "otuz dört", "ثلاثة وثلاثون")? */
function telOp(som: number, laatste: Deel, volgende: Deel): boolean {
  if (volgende.breuk) return !laatste.breuk && Number.isInteger(som)
  if (laatste.cijfers || volgende.cijfers) return false
  if (volgende.verbonden) return laatste.waarde < 10 && isTiental(volgende.waarde)
  // "on bir" (10 + 1) in Turkish; "ثلاثة عشر" (3 + 10) in Arabic.
  if (laatste.waarde === 10 && volgende.waarde < 10 && volgende.waarde > 0) return true
  if (laatste.waarde < 10 && laatste.waarde > 0 && volgende.waarde === 10) return true
  if (isTiental(laatste.waarde) && volgende.waarde < 10) return true
  if (isHonderdtal(laatste.waarde) && volgende.waarde < 100) return true
  return false
}

/** Every number in a text with its unit, and whether it is said as exact. */
export function leesGetallen(tekst: string, w: Woorden): Getallen {
  const woorden = getalWoorden(tekst)
  const uit: { waarde: number; eenheid?: Eenheid }[] = []
  let i = 0
  while (i < woorden.length) {
    const woord = woorden[i] ?? ''
    const vast = w.hoeveelheden.get(woord)
    if (vast) {
      uit.push({ ...vast })
      i++
      continue
    }
    let deel = waardeVan(woord, w)
    // "een jaar" is one year; "een half jaar" is a half.
    if (w.lidwoorden.has(woord)) {
      const volgende = woorden[i + 1]
      const alsGetal = volgende ? waardeVan(volgende, w) : undefined
      // "half a year": the article after a half is no second number.
      const vorigWoord = woorden[i - 1]
      if (alsGetal?.breuk || (vorigWoord !== undefined && w.breuken.has(vorigWoord))) {
        i++
        continue
      }
      deel = eenheidVan(volgende, w) ? { waarde: 1, breuk: false, verbonden: false } : undefined
    }
    if (!deel) {
      i++
      continue
    }
    // A half after a unit ("a year and a half", "een jaar en een half") belongs to the number before.
    const vorige = uit.at(-1)
    if (deel.breuk && vorige && Number.isInteger(vorige.waarde) && isNaBeeindigd(woorden, i, w, deel.verbonden)) {
      uit[uit.length - 1] = { ...vorige, waarde: vorige.waarde + deel.waarde }
      i++
      continue
    }
    let som = deel.waarde
    let laatste = deel
    let j = i + 1
    while (j < woorden.length) {
      let k = j
      while (k < woorden.length && (w.verbindingen.has(woorden[k] ?? '') || w.lidwoorden.has(woorden[k] ?? ''))) k++
      const volgende = woorden[k] !== undefined ? waardeVan(woorden[k] ?? '', w) : undefined
      if (!volgende || !telOp(som, laatste, volgende)) break
      som += volgende.waarde
      laatste = volgende
      j = k + 1
    }
    // "half a year": an article may stand between the number and its unit.
    const metLidwoord = w.lidwoorden.has(woorden[j] ?? '') && eenheidVan(woorden[j + 1], w) !== undefined
    if (metLidwoord) j++
    const eenheid = eenheidVan(woorden[j], w)
    uit.push({ waarde: som, ...(eenheid ? { eenheid } : {}) })
    i = eenheid ? j + 1 : j
  }
  return {
    hoeveelheden: uit,
    ongeveer: w.ongeveer.some((d) => plekVan(woorden, d) >= 0),
    worden: w.worden.some((d) => plekVan(woorden, d) >= 0),
    bijna: w.bijna.some((d) => plekVan(woorden, d) >= 0),
  }
}

/** True when the words before `i` are a unit and then only joining words ("jaar en een"). */
function isNaBeeindigd(woorden: readonly string[], i: number, w: Woorden, verbonden: boolean): boolean {
  let k = i - 1
  while (k >= 0 && (w.verbindingen.has(woorden[k] ?? '') || w.lidwoorden.has(woorden[k] ?? ''))) k--
  // Joined by a word ("and a half") or by a prefix ("سنة ونصف").
  return (k < i - 1 || verbonden) && eenheidVan(woorden[k], w) !== undefined
}

/**
 * "Sinds januari", "sinds maart 2024", "since May last year": the whole months from that month up to the
 * peildatum's month (`YYYY-MM-DD`). A month later in the year than now, without a year, is last year's.
 * Undefined without a month named right after "sinds", or for a month still to come.
 */
export function maandenSinds(woorden: readonly string[], w: Woorden, peildatum: string): number | undefined {
  const [peiljaar = 0, peilmaand = 0] = peildatum.split('-').map(Number)
  for (const deel of w.sinds) {
    const plek = plekVan(woorden, deel)
    if (plek < 0) continue
    const na = woorden.slice(plek + deel.length, plek + deel.length + 4)
    const maand = na
      .slice(0, 2)
      .map((x) => w.maanden.get(x))
      .find((m) => m !== undefined)
    if (maand === undefined) continue
    const geschreven = na.map(Number).find((n) => Number.isInteger(n) && n >= 1900 && n <= peiljaar)
    const vorig = w.vorigJaar.some((d) => plekVan(woorden, d) >= 0)
    const jaar = geschreven ?? (vorig ? peiljaar - 1 : maand > peilmaand ? peiljaar - 1 : peiljaar)
    const maanden = (peiljaar - jaar) * 12 + (peilmaand - maand)
    return maanden >= 0 ? maanden : undefined
  }
  return undefined
}
