// `node scripts/vergelijk-evaluate.mjs <andere checkout>`: evaluate() of this checkout and of another one, in
// turns in one process (so a busy machine slows both alike): the median and the best of 150 batches of 500 calls,
// for the persona with the most facts and for a sparse Situatie. A checkout from before the rules were data
// (no server/regels.ts) is called without a model.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const EIGEN = fileURLToPath(new URL('..', import.meta.url))
const ANDER = process.argv[2]
if (!ANDER) {
  console.error('Gebruik: node scripts/vergelijk-evaluate.mjs <pad van een andere checkout>')
  process.exit(2)
}
const PERSONAS = JSON.parse(readFileSync(join(EIGEN, 'test/cases/personas.json'), 'utf8'))
const VOL = PERSONAS.reduce((a, b) => (Object.keys(b.situatie).length > Object.keys(a.situatie).length ? b : a))
const SCHAARS = { woontInGemeente: true, leeftijd: 30 }

async function laad(root, naam) {
  const out = join(root, `.vergelijk-${naam}.mjs`)
  const metModel = existsSync(join(root, 'server/regels.ts'))
  await build({
    stdin: {
      contents: `export { evaluate } from './rules/index.ts'\n${metModel ? "export { laadRegelmodel } from './server/regels.ts'\n" : ''}`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  })
  const m = await import(pathToFileURL(out).href)
  rmSync(out)
  if (!metModel) return (s, p) => m.evaluate(s, p)
  const model = m.laadRegelmodel('assen-2015', { mappen: [join(root, 'regels')] })
  return (s, p) => m.evaluate(s, p, model)
}

const fns = { [ANDER]: await laad(ANDER, 'ander'), [EIGEN]: await laad(EIGEN, 'eigen') }
const mediaan = (x) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]
for (const [naam, s] of [
  [`vol (${Object.keys(VOL.situatie).length} feiten)`, VOL.situatie],
  ['schaars (2 feiten)', SCHAARS],
]) {
  const tijden = Object.fromEntries(Object.keys(fns).map((k) => [k, []]))
  for (const f of Object.values(fns)) for (let i = 0; i < 20_000; i++) f(s, VOL.peildatum)
  for (let r = 0; r < 150; r++)
    for (const [k, f] of Object.entries(fns)) {
      const t = process.hrtime.bigint()
      for (let i = 0; i < 500; i++) f(s, VOL.peildatum)
      tijden[k].push(Number(process.hrtime.bigint() - t) / 500 / 1000)
    }
  for (const [k, t] of Object.entries(tijden))
    console.log(`${naam.padEnd(20)} ${mediaan(t).toFixed(1).padStart(6)} µs (beste ${Math.min(...t).toFixed(1)})  ${k}`)
}
