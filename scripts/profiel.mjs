// `node scripts/profiel.mjs <stappen|checks|checksnieuw> [seconden]`: server CPU per request, measured
// from /proc/<pid>/stat while 16 clients keep one server busy. It answers "did this change make a
// request cheaper?" more steadily than req/s on a shared machine, because it does not depend on how much
// CPU the load generator gets. With PROFIEL=1 the server also writes a CPU profile (`node --cpu-prof`)
// into bench/profielen/, for Chrome DevTools or `node --cpu-prof` tools.
//
// Env: WERKWIJZER_ROOT, another checkout to measure (its dist/ must be built), for a before/after in turns.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const EIGEN = fileURLToPath(new URL('..', import.meta.url))
const ROOT = process.env.WERKWIJZER_ROOT ?? EIGEN
const [soort = 'stappen', seconden = '10'] = process.argv.slice(2)
if (!['stappen', 'checks', 'checksnieuw'].includes(soort)) {
  console.error('Gebruik: node scripts/profiel.mjs <stappen|checks|checksnieuw> [seconden]')
  process.exit(2)
}
const PERSONAS = JSON.parse(readFileSync(join(EIGEN, 'test/cases/personas.json'), 'utf8'))
const VOL = PERSONAS.reduce((a, b) => (Object.keys(b.situatie).length > Object.keys(a.situatie).length ? b : a))

const poort = await new Promise((klaar) => {
  const s = net.createServer()
  s.listen(0, () => {
    const p = s.address().port
    s.close(() => klaar(p))
  })
})
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
function verzoek(methode, pad, body) {
  return new Promise((klaar, fout) => {
    const data = body === undefined ? undefined : JSON.stringify(body)
    const headers = data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}
    const req = http.request({ host: '127.0.0.1', port: poort, method: methode, path: pad, agent, headers }, (res) => {
      let tekst = ''
      res.setEncoding('utf8')
      res.on('data', (d) => {
        tekst += d
      })
      res.on('end', () => klaar({ status: res.statusCode, json: tekst ? JSON.parse(tekst) : undefined }))
    })
    req.on('error', fout)
    if (data) req.write(data)
    req.end()
  })
}

const profielen = join(EIGEN, 'bench/profielen')
if (process.env.PROFIEL) mkdirSync(profielen, { recursive: true })
const server = spawn(
  process.execPath,
  [...(process.env.PROFIEL ? ['--cpu-prof', '--cpu-prof-dir', profielen] : []), 'dist/server.js'],
  {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      GEMEENTE: process.env.GEMEENTE ?? 'assen',
      HOST: '127.0.0.1',
      PORT: String(poort),
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_GESPREK_PER_MINUTE: '1000000',
      STATISTIEKEN_PAD: join(process.env.TMPDIR ?? '/tmp', `werkwijzer-profiel-${poort}.db`),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)
for (;;) {
  const status = await verzoek('GET', '/health').then(
    (r) => r.status,
    () => 0,
  )
  if (status === 200) break
  await new Promise((r) => setTimeout(r, 20))
}

/** The answer a persona gives; the first choice for a fact it does not have. */
function antwoordVoor(persona, vraag) {
  const eigen = persona.situatie[vraag.feit ?? vraag.id]
  if (eigen !== undefined && (vraag.keuzes.some((k) => k.waarde === eigen) || vraag.soort === 'getal')) return eigen
  return vraag.keuzes[0]?.waarde ?? null
}
let verzoeken = 0
async function inwoner(nr, tot) {
  for (let n = nr; Date.now() < tot; n++) {
    const persona = PERSONAS[n % PERSONAS.length]
    let stap = (await verzoek('POST', '/api/v1/gesprekken', { onderwerp: 'alles' })).json
    for (let i = 0; !stap.klaar && i < 100; i++) {
      const r = await verzoek('POST', `/api/v1/gesprekken/${stap.gesprek}/antwoorden`, {
        vraag: stap.vraag.id,
        waarde: antwoordVoor(persona, stap.vraag),
      })
      if (r.status !== 200) throw new Error(`stap: HTTP ${r.status}`)
      stap = r.json
      verzoeken++
    }
    verzoeken++
  }
}
async function checks(nr, tot, nieuw) {
  for (let i = nr * 1000; Date.now() < tot; i++) {
    const situatie = nieuw
      ? { ...VOL.situatie, leeftijd: 16 + (i % 50), maandenUitkering: Math.floor(i / 50) % 600 }
      : VOL.situatie
    const r = await verzoek('POST', '/api/v1/checks', { situatie, peildatum: VOL.peildatum })
    if (r.status !== 200) throw new Error(`checks: HTTP ${r.status}`)
    verzoeken++
  }
}
const cpu = () => {
  const velden = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return Number(velden[11]) + Number(velden[12]) // utime + stime, in ticks of 10 ms
}
// A fresh process is slow for its first seconds: three seconds of dialogues first.
await Promise.all(Array.from({ length: 16 }, (_, i) => inwoner(i, Date.now() + 3000)))
verzoeken = 0
const begin = cpu()
const tot = Date.now() + Number(seconden) * 1000
await Promise.all(
  Array.from({ length: 16 }, (_, i) =>
    soort === 'stappen' ? inwoner(i, tot) : checks(i, tot, soort === 'checksnieuw'),
  ),
)
const ticks = cpu() - begin
console.log(
  `${soort}: ${verzoeken} verzoeken, server-CPU ${Math.round((ticks * 10_000) / verzoeken)} µs per verzoek (${ROOT})`,
)
server.kill('SIGTERM')
await new Promise((r) => server.once('exit', r))
agent.destroy()
