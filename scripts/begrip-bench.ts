/**
 * What one typed message costs to understand (begrip/), for `npm run bench` (which runs this with tsx and
 * reads its JSON) or on its own: `npx tsx scripts/begrip-bench.ts`.
 *
 * - every message of the team set (test/cases/berichten.json) at its own question, each timed many times;
 * - worst cases: 500 characters (the route's limit after NFKC) of unknown words (each one looked up as a
 *   typo), of one word over and over, of number words, of phrase starts, in Latin and Arabic script, at a
 *   number question, a choice question and the menu;
 * - the phrase lookup with the index on first words against a scan of every phrase at every word (as it
 *   was), on the longest text.
 * Prints one JSON object. Times in microseconds.
 */
import { readFileSync } from 'node:fs'
import { begrijp, type Woorden } from '../begrip/index.js'
import { plekVan, vindAlle, woorden, type Zinsdeel } from '../begrip/tekst.js'
import { vraagMetId } from '../flows/index.js'
import { maakBegrijpers } from '../server/begrip.js'
import { laadGemeente } from '../server/gemeente.js'
import { maakTeksten } from '../server/i18n.js'

interface Geval {
  taal: string
  vraag: string
  tekst: string
  peildatum?: string
}

const teksten = maakTeksten()
const gemeente = laadGemeente('assen')
const begrijpers = maakBegrijpers(teksten, gemeente)

// Compiling a language's lists and search index happens once, at its first message.
const opbouw: Record<string, number> = {}
for (const taal of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
  const t0 = performance.now()
  begrijpers(taal)
  opbouw[taal] = Math.round((performance.now() - t0) * 1000)
}

const lees = (g: Geval) => {
  const { woorden: w, zoeker } = begrijpers(g.taal)
  return begrijp(g.tekst, {
    vraag: vraagMetId(g.vraag),
    woorden: w,
    zoeker,
    gemeenteTelefoon: gemeente.contact.telefoon,
    peildatum: g.peildatum ?? '2026-12-01',
  })
}

/**
 * Each message read `keer` times after a warm-up; per message the fastest reading. On a machine shared with
 * other work a reading is often interrupted; the fastest is what the message itself costs (the clock's
 * median is printed beside it for the shared machine as it is).
 */
function meet(gevallen: readonly Geval[], keer: number): { snelste: number[]; mediaan: number[] } {
  for (const g of gevallen) lees(g)
  const snelste: number[] = []
  const mediaan: number[] = []
  for (const g of gevallen) {
    const tijden: number[] = []
    for (let i = 0; i < keer; i++) {
      const t0 = process.hrtime.bigint()
      lees(g)
      tijden.push(Number(process.hrtime.bigint() - t0) / 1000)
    }
    tijden.sort((a, b) => a - b)
    snelste.push(tijden[0] as number)
    mediaan.push(tijden[Math.floor(tijden.length / 2)] as number)
  }
  return { snelste, mediaan }
}

const percentiel = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number
}
const samenvatting = (xs: readonly number[]) => ({
  aantal: xs.length,
  p50: Math.round(percentiel(xs, 50)),
  p99: Math.round(percentiel(xs, 99)),
  max: Math.round(Math.max(...xs)),
})

const set = JSON.parse(readFileSync(new URL('../test/cases/berichten.json', import.meta.url), 'utf8')) as Geval[]
const teamset = meet(set, 15)

/** A text of exactly 500 code points made of `stuk` over and over. */
const vul = (stuk: (i: number) => string) => {
  let uit = ''
  for (let i = 0; [...uit].length < 500; i++) uit += `${stuk(i)} `
  return [...uit].slice(0, 500).join('')
}
const letters = 'abcdefghijklmnopqrstuvwxyz'
const arabisch = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'
/** Distinct made-up words of 5 to 9 letters: each is looked up as a typo. */
const onzin = (alfabet: string) => (i: number) =>
  Array.from({ length: 5 + (i % 5) }, (_, j) => alfabet[(i * 7 + j * 13 + j * j) % alfabet.length]).join('')
const slechtste: Record<string, string> = {
  'onbekende woorden (latijns)': vul(onzin(letters)),
  'onbekende woorden (arabisch)': vul(onzin(arabisch)),
  'één woord steeds weer': vul(() => 'ik'),
  getalwoorden: vul((i) => (i % 2 ? 'drie' : 'twintig')),
  'arabische getalwoorden': vul((i) => (i % 2 ? 'ثلاثة' : 'عشر')),
  'begin van frasen': vul((i) => ['ik', 'woon', 'in', 'heb', 'geen', 'niet', 'wat', 'is', 'een'][i % 9] as string),
  'bijna-woorden (typfouten)': vul((i) => ['bijstan', 'uitkerin', 'ziektwet', 'opleidng', 'werkstag'][i % 5] as string),
  cijfers: vul((i) => String(i % 120)),
}
const vragen = ['leeftijd', 'maandenUitkering', 'uitkering', 'beperking', 'onderwerp']
const slechtsteGevallen = Object.values(slechtste).flatMap((tekst) =>
  vragen.flatMap((vraag) => [
    { taal: 'nl', vraag, tekst },
    { taal: 'ar', vraag, tekst },
  ]),
)
const slechtsteMeting = meet(slechtsteGevallen, 15)
const slechtsteTijden = slechtsteMeting.snelste
const perSoort = Object.fromEntries(
  Object.keys(slechtste).map((naam, i) => [
    naam,
    Math.round(Math.max(...slechtsteTijden.slice(i * vragen.length * 2, (i + 1) * vragen.length * 2))),
  ]),
)

/** Every list of phrases of the Dutch lists, as the understanding searches them. */
function lijstenVan(w: Woorden): (readonly Zinsdeel[])[] {
  const uit: (readonly Zinsdeel[])[] = []
  const neem = (x: unknown) => {
    if (Array.isArray(x) && x.every((d) => Array.isArray(d))) uit.push(x as Zinsdeel[])
    else if (x instanceof Map) for (const v of x.values()) neem(v)
  }
  for (const v of Object.values(w)) neem(v)
  return uit
}
const nl = begrijpers('nl').woorden
const lijsten = lijstenVan(nl)
const tekst = woorden(slechtste['begin van frasen'] as string)
const frasen = lijsten.reduce((s, l) => s + l.length, 0)
const tijd = (f: () => number) => {
  for (let i = 0; i < 20; i++) f()
  let snelste = Number.POSITIVE_INFINITY
  let n = 0
  for (let i = 0; i < 30; i++) {
    const t0 = process.hrtime.bigint()
    n = f()
    snelste = Math.min(snelste, Number(process.hrtime.bigint() - t0) / 1000)
  }
  return { us: snelste, n }
}
// A fresh copy of the words each time: `vindAlle` keeps what it found per text, and that is not measured here.
const metIndex = tijd(() => {
  const kopie = [...tekst]
  return lijsten.reduce((s, l) => s + vindAlle(kopie, l).length, 0)
})
const zonderIndex = tijd(() =>
  lijsten.reduce((s, l) => {
    let n = 0
    for (const d of l) for (let p = plekVan(tekst, d); p >= 0; p = plekVan(tekst, d, p + 1)) n++
    return s + n
  }, 0),
)
if (metIndex.n !== zonderIndex.n) throw new Error(`index vond ${metIndex.n}, scan ${zonderIndex.n}`)

console.log(
  JSON.stringify({
    opbouwPerTaal: opbouw,
    teamset: samenvatting(teamset.snelste),
    teamsetMediaan: samenvatting(teamset.mediaan),
    slechtste: { ...samenvatting(slechtsteTijden), perSoort },
    slechtsteMediaan: samenvatting(slechtsteMeting.mediaan),
    frasen: {
      woorden: tekst.length,
      lijsten: lijsten.length,
      frasen,
      metIndex: Math.round(metIndex.us),
      zonderIndex: Math.round(zonderIndex.us),
    },
  }),
)
