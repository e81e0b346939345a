// Load test (issue 8), not a timed test: 16 simulated residents walk dialogues while hostile traffic
// runs beside them, for at least 10 seconds. Reports requests, unexpected errors, p50/p99 latency,
// and the server's memory (RSS) before and after when this script starts the server itself.
//
//   npm run load                      # builds if needed, starts dist/server.js on a free port
//   npm run load -- http://host:8787  # against a running server (no memory figures)
//   SECONDEN=20 INWONERS=16 npm run load
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'

const SECONDEN = Number(process.env.SECONDEN ?? 12)
const INWONERS = Number(process.env.INWONERS ?? 16)
const VIJANDEN = Number(process.env.VIJANDEN ?? 4)

const vrijePoort = () =>
  new Promise((klaar) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => klaar(port))
    })
  })
const slaap = (ms) => new Promise((r) => setTimeout(r, ms))
const rss = (pid) =>
  Number(
    execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
      .toString()
      .trim(),
  ) * 1024
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`

let basis = process.argv[2]
let server
if (!basis) {
  if (!existsSync('dist/server.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' })
  const poort = await vrijePoort()
  server = spawn('node', ['dist/server.js'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(poort),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_GESPREK_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  basis = `http://127.0.0.1:${poort}`
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${basis}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    await slaap(100)
  }
}

const tijden = []
const statussen = new Map()
const onverwacht = []
let verzoeken = 0

/** One request; `verwacht` lists the statuses that are right for it. */
async function vraag(methode, pad, gegeven, verwacht, headers = {}) {
  // A change of state is always JSON, `{}` when there is nothing to send (else 415).
  const body = gegeven === undefined && methode !== 'GET' ? {} : gegeven
  const begin = performance.now()
  let status
  let json
  try {
    const res = await fetch(basis + pad, {
      method: methode,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    status = res.status
    const tekst = await res.text()
    json = tekst && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(tekst) : undefined
    if (status >= 400 && res.headers.get('content-type') !== 'application/problem+json')
      status = `${status} zonder problem+json`
  } catch (fout) {
    status = `fout: ${fout.cause?.code ?? fout.message}`
  }
  tijden.push(performance.now() - begin)
  verzoeken++
  statussen.set(status, (statussen.get(status) ?? 0) + 1)
  if (!verwacht.includes(status)) onverwacht.push(`${methode} ${pad}: ${status}`)
  return { status, json }
}

function antwoordVoor(stap) {
  const v = stap.vraag
  if (v.soort === 'keuze') return v.keuzes[Math.floor(Math.random() * v.keuzes.length)].waarde
  if (v.soort === 'getal') return Math.floor(v.min + Math.random() * ((v.max ?? v.min + 60) - v.min))
  return 'ja'
}

const stopOp = Date.now() + SECONDEN * 1000
let gesprekken = 0

async function inwoner() {
  while (Date.now() < stopOp) {
    const start = await vraag('POST', '/api/v1/gesprekken', {}, [201])
    if (start.status !== 201) continue
    let stap = start.json
    const id = stap.gesprek
    for (let i = 0; i < 40 && stap.vraag && Date.now() < stopOp; i++) {
      if (Math.random() < 0.1 && stap.kanTerug) {
        const terug = await vraag('POST', `/api/v1/gesprekken/${id}/terug`, undefined, [200])
        if (terug.json) stap = terug.json
        continue
      }
      const r = await vraag(
        'POST',
        `/api/v1/gesprekken/${id}/antwoorden`,
        { vraag: stap.vraag.id, waarde: antwoordVoor(stap) },
        [200],
      )
      if (r.status !== 200) break
      stap = r.json
    }
    await vraag('GET', `/api/v1/gesprekken/${id}`, undefined, [200])
    await vraag(
      'PUT',
      `/api/v1/gesprekken/${id}/notities`,
      { tekst: '<script>alert(1)</script> vragen voor de consulent' },
      [200],
    )
    await vraag('GET', `/api/v1/gesprekken/${id}/samenvatting`, undefined, [200], { Accept: 'text/html' })
    await vraag('DELETE', `/api/v1/gesprekken/${id}`, undefined, [204])
    gesprekken++
  }
}

const groot = JSON.stringify({ situatie: {}, vulling: 'x'.repeat(70 * 1024) })
const vijandig = [
  () => vraag('POST', '/api/v1/checks', '{"situatie":', [400]),
  () => vraag('POST', '/api/v1/checks', '{"situatie":{"__proto__":{"x":1}}}', [400]),
  () => vraag('POST', '/api/v1/checks', `${'['.repeat(5000)}${']'.repeat(5000)}`, [400]),
  () => vraag('POST', '/api/v1/checks', { situatie: { leeftijd: 1e308 } }, [400]),
  () => vraag('POST', '/api/v1/checks', groot, [413]),
  () => vraag('POST', '/api/v1/checks', 'situatie=1', [415], { 'Content-Type': 'text/plain' }),
  () => vraag('GET', '/api/v1/gesprekken/00000000-0000-4000-8000-000000000000', undefined, [404]),
  () => vraag('GET', `/api/v1/gesprekken/${'%E0%A4%A'}`, undefined, [404, 400]),
  () => vraag('POST', '/api/v1/gesprekken', { taal: 'xx', extra: true }, [400]),
  () => vraag('GET', '/../../etc/passwd', undefined, [404]),
  () => vraag('POST', '/api/v1/checks', { situatie: { leeftijd: 40, woontInGemeente: true } }, [200]),
]
async function vijand() {
  while (Date.now() < stopOp) await vijandig[Math.floor(Math.random() * vijandig.length)]()
}

const rssVoor = server ? rss(server.pid) : undefined
const begin = Date.now()
await Promise.all([...Array.from({ length: INWONERS }, inwoner), ...Array.from({ length: VIJANDEN }, vijand)])
const duur = (Date.now() - begin) / 1000
const rssNa = server ? rss(server.pid) : undefined

tijden.sort((a, b) => a - b)
const p = (q) => tijden[Math.min(tijden.length - 1, Math.floor(q * tijden.length))].toFixed(1)
console.log(
  `Werkwijzer load: ${INWONERS} inwoners + ${VIJANDEN} vijandige clients, ${duur.toFixed(1)} s tegen ${basis}`,
)
console.log(`  verzoeken: ${verzoeken} (${Math.round(verzoeken / duur)}/s), gesprekken afgerond: ${gesprekken}`)
console.log(`  statussen: ${JSON.stringify(Object.fromEntries([...statussen].sort()))}`)
console.log(
  `  onverwacht: ${onverwacht.length}${onverwacht.length ? ` (${[...new Set(onverwacht)].slice(0, 5).join('; ')})` : ''}`,
)
console.log(`  latency: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${tijden.at(-1).toFixed(1)} ms`)
if (server) {
  console.log(`  geheugen (RSS server): voor ${mb(rssVoor)}, na ${mb(rssNa)}`)
  server.kill('SIGTERM')
}
process.exitCode = onverwacht.length ? 1 : 0
