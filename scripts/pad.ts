/**
 * `npm run pad`: which of our source files run for one request, measured with V8's precise coverage
 * (node:inspector, `Profiler.takePreciseCoverage`) on an app in this process, not read off a list.
 *
 * Three walks: one answer (POST …/antwoorden), one typed message (POST …/berichten) and one
 * POST /api/v1/checks. Each walk is made once before it is measured (on another conversation, and
 * /checks with other facts, since /checks remembers answers by body): what is measured is the steady
 * state of a server that has answered before, not the first request that fills the memories. The app
 * is set up as a server with statistics (SQLite in memory) and /metrics on, on the memory store.
 *
 * A file counts when at least one of its functions ran during the request (a module's top level runs
 * once when it loads, so it is not counted again). `--json` prints the result as JSON (for the test);
 * `--koud` measures the first of the two instead (the first /checks and typed message of the app; its
 * setup had already given one answer).
 */
import { Session } from 'node:inspector/promises'
import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from '../server/app.js'
import { laadGemeente } from '../server/gemeente.js'
import { maakTeksten } from '../server/i18n.js'
import { maakMetingen } from '../server/metrics/index.js'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { geheugenStore } from '../server/store/geheugen.js'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const LAGEN = ['server', 'flows', 'rules', 'begrip', 'contract', 'gedeeld'] as const

const app = createApp({
  gemeente: laadGemeente('assen'),
  teksten: maakTeksten(),
  vandaag: () => '2026-11-22',
  basisUrl: 'http://localhost:8787',
  store: geheugenStore({ max: 1000, ttlMs: 60 * 60_000 }),
  teller: sqliteTeller(':memory:'),
  metingen: maakMetingen(),
  metricsToegang: { open: true },
})

async function vraag(methode: string, pad: string, body: unknown = {}) {
  const res = await app.request(pad, {
    method: methode,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = (await res.json()) as { gesprek: string; vraag?: { id: string } }
  if (res.status >= 300) throw new Error(`${methode} ${pad}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

/** A conversation about everything, at the age question (the first answer given). */
async function gesprekBijLeeftijd() {
  const start = await vraag('POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
  const stap = await vraag('POST', `/api/v1/gesprekken/${start.gesprek}/antwoorden`, {
    vraag: start.vraag?.id,
    waarde: true,
  })
  if (stap.vraag?.id !== 'leeftijd') throw new Error(`verwacht de vraag leeftijd, kreeg ${stap.vraag?.id}`)
  return stap.gesprek
}

const situatie = (leeftijd: number) => ({
  situatie: { woontInGemeente: true, leeftijd, uitkering: 'bijstand', maandenUitkering: 14 },
  peildatum: '2026-11-22',
})

/** Per walk: the setup (not measured), which gives the one request that is measured. */
const WANDELINGEN: Record<string, { titel: string; doe: (keer: number) => Promise<() => Promise<unknown>> }> = {
  antwoord: {
    titel: 'POST /api/v1/gesprekken/{id}/antwoorden',
    doe: async () => {
      const id = await gesprekBijLeeftijd()
      return () => vraag('POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: 'leeftijd', waarde: 34 })
    },
  },
  bericht: {
    titel: 'POST /api/v1/gesprekken/{id}/berichten',
    doe: async () => {
      const id = await gesprekBijLeeftijd()
      return () => vraag('POST', `/api/v1/gesprekken/${id}/berichten`, { tekst: 'ik ben 34' })
    },
  },
  checks: {
    titel: 'POST /api/v1/checks',
    doe: async (keer) => () => vraag('POST', '/api/v1/checks', situatie(30 + keer)),
  },
}

interface Script {
  url: string
  functions: { ranges: { count: number }[] }[]
}

/** Our source files in which some function ran since the last call (taking the coverage resets it). */
async function gelopen(sessie: Session): Promise<string[]> {
  const { result } = (await sessie.post('Profiler.takePreciseCoverage')) as { result: Script[] }
  const bestanden = new Set<string>()
  for (const script of result) {
    if (!script.url.startsWith('file:')) continue
    const pad = relative(ROOT, fileURLToPath(script.url))
    if (pad.startsWith('..') || pad.includes('node_modules')) continue
    if (!LAGEN.some((laag) => pad.startsWith(`${laag}/`))) continue
    if (script.functions.some((f) => (f.ranges[0]?.count ?? 0) > 0)) bestanden.add(pad)
  }
  return [...bestanden].sort()
}

const GEMETEN = process.argv.includes('--koud') ? 0 : 1

const sessie = new Session()
sessie.connect()
await sessie.post('Profiler.enable')
await sessie.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false })

const uitslag: Record<string, { titel: string; bestanden: string[]; perLaag: Record<string, number> }> = {}
for (const [naam, wandeling] of Object.entries(WANDELINGEN)) {
  // Once to warm up, then the one that is measured; the setup of each is left out of the measurement.
  for (const keer of [0, 1]) {
    const verzoek = await wandeling.doe(keer)
    await gelopen(sessie)
    await verzoek()
    const bestanden = await gelopen(sessie)
    if (keer === GEMETEN) {
      const perLaag = Object.fromEntries(
        LAGEN.map((laag) => [laag, bestanden.filter((b) => b.startsWith(`${laag}/`)).length]),
      )
      uitslag[naam] = { titel: wandeling.titel, bestanden, perLaag }
    }
  }
}
await sessie.post('Profiler.stopPreciseCoverage')
sessie.disconnect()

if (process.argv.includes('--json')) console.log(JSON.stringify(uitslag, null, 2))
else {
  for (const [naam, { titel, bestanden, perLaag }] of Object.entries(uitslag)) {
    const lagen = Object.entries(perLaag)
      .filter(([, n]) => n > 0)
      .map(([laag, n]) => `${laag}/ ${n}`)
      .join(', ')
    console.log(`${naam}: ${titel}: ${bestanden.length} files (${lagen})`)
    for (const b of bestanden) console.log(`  ${b}`)
    console.log()
  }
}
// The statistics' SQLite and the metrics' timers must not keep the process alive.
process.exit(0)
