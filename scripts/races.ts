/**
 * Measures lost updates and resurrections on a Redis-backed app (in process), racing pairs of
 * requests on one conversation. Prints counts; used for the before/after figures of the store work.
 * Run: npx tsx scripts/races.ts <redis-url> [pairs]
 */
import { createApp } from '../server/app.js'
import { laadGemeente } from '../server/gemeente.js'
import { maakTeksten } from '../server/i18n.js'
import { redisStore } from '../server/store/redis.js'

const url = process.argv[2] ?? 'redis://127.0.0.1:6379'
const paren = Number(process.argv[3] ?? 30)
const store = redisStore(url, { ttlMs: 3_600_000 })
const app = createApp({
  gemeente: laadGemeente('assen'),
  teksten: maakTeksten(),
  vandaag: () => '2026-11-22',
  basisUrl: 'http://localhost:8787',
  store,
})
const J = { 'Content-Type': 'application/json' }
const vraag = async (m: string, p: string, b?: unknown) => {
  // A little jitter, as a network gives: which of two racing requests reaches the store first varies.
  if (m !== 'GET') await new Promise((r) => setTimeout(r, Math.random() * 3))
  const lichaam = m === 'GET' ? {} : { headers: J, body: b === undefined ? '{}' : JSON.stringify(b) }
  const r = await app.request(p, { method: m, ...lichaam })
  const t = await r.text()
  return { status: r.status, json: t ? JSON.parse(t) : undefined }
}
const nieuw = async () => {
  const s = await vraag('POST', '/api/v1/gesprekken', { onderwerp: 'scholing' })
  return s.json
}
await new Promise((r) => setTimeout(r, 300))
let verlorenAntwoord = 0
let verlorenNotitie = 0
let verlorenTaal = 0
let opgestaan = 0
for (let i = 0; i < paren; i++) {
  // 1. the same question answered twice at once with different values
  let s = await nieuw()
  const v = s.vraag
  const [a, b] = await Promise.all([
    vraag('POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, { vraag: v.id, waarde: v.keuzes[0].waarde }),
    vraag('POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, { vraag: v.id, waarde: v.keuzes[1].waarde }),
  ])
  if (a.status === 200 && b.status === 200) verlorenAntwoord++
  // 2. notes at the same time as an answer
  s = await nieuw()
  const [n1, n2] = await Promise.all([
    vraag('PUT', `/api/v1/gesprekken/${s.gesprek}/notities`, { tekst: 'mijn vraag' }),
    vraag('POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, {
      vraag: s.vraag.id,
      waarde: s.vraag.keuzes[0].waarde,
    }),
  ])
  const n = await vraag('GET', `/api/v1/gesprekken/${s.gesprek}/samenvatting`)
  const lees = await vraag('GET', `/api/v1/gesprekken/${s.gesprek}`)
  // both won (200 each) yet one is gone
  if (n1.status === 200 && n2.status === 200 && (!n.json?.eigenNotities || lees.json?.antwoorden?.length !== 1))
    verlorenNotitie++
  // 3. an answer and a language change
  s = await nieuw()
  const [t1, t2] = await Promise.all([
    vraag('PATCH', `/api/v1/gesprekken/${s.gesprek}`, { taal: 'en' }),
    vraag('POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, {
      vraag: s.vraag.id,
      waarde: s.vraag.keuzes[0].waarde,
    }),
  ])
  const na = await vraag('GET', `/api/v1/gesprekken/${s.gesprek}`)
  if (t1.status === 200 && t2.status === 200 && (na.json.taal !== 'en' || na.json.antwoorden.length !== 1))
    verlorenTaal++
  // 4. DELETE racing a write (twice per pair: notes and an answer)
  for (const schrijf of [
    (id: string) => vraag('PUT', `/api/v1/gesprekken/${id}/notities`, { tekst: 'geheim' }),
    (id: string, st: { vraag: { id: string; keuzes: { waarde: unknown }[] } }) =>
      vraag('POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: st.vraag.id, waarde: st.vraag.keuzes[0]?.waarde }),
  ]) {
    s = await nieuw()
    const [w] = await Promise.all([vraag('DELETE', `/api/v1/gesprekken/${s.gesprek}`), schrijf(s.gesprek, s)])
    const terug = await vraag('GET', `/api/v1/gesprekken/${s.gesprek}`)
    if (w.status === 204 && terug.status === 200) opgestaan++
  }
}
console.log(
  JSON.stringify({ paren, verlorenAntwoord, verlorenNotitie, verlorenTaal, opgestaan, deletePogingen: paren * 2 }),
)
await store.close()
process.exit(0)
