// `npm run sbom [-- uit.json]`: a CycloneDX 1.5 SBOM (JSON) of exactly what runs: the packages that
// `npm ci --omit=dev` installs (the container's node_modules, the deps stage of the
// Dockerfile), each with its version, purl, SHA-512 from the lockfile, licence and dependencies.
// Default output: dist/sbom.cdx.json, so the image carries its own SBOM.
//
// Why from the lockfile and not `npm sbom`: `npm sbom --omit=dev` (npm 11) left out nine packages the
// runtime does install (preact, yaml, semver, ...), and names the product after its folder.
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const pakket = JSON.parse(readFileSync('package.json', 'utf8'))
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const uit = process.argv[2] ?? 'dist/sbom.cdx.json'

/**
 * What `npm ci --omit=dev` installs: every package not marked `dev` (an optional one only where its platform
 * fits; there are none today, and test/runtime.test.ts compares this list with a real install).
 */
const inRuntime = (pad, p) => pad !== '' && !p.dev && !p.link

const naamVan = (pad, p) => p.name ?? pad.slice(pad.lastIndexOf('node_modules/') + 'node_modules/'.length)
const purl = (naam, versie) =>
  `pkg:npm/${naam.startsWith('@') ? `%40${naam.slice(1)}` : naam}@${encodeURIComponent(versie)}`
const refVan = (naam, versie) => `${naam}@${versie}`

/** `sha512-<base64>` from the lockfile as CycloneDX wants it: the algorithm and the hex digest. */
function hashes(integriteit) {
  if (!integriteit) return []
  return integriteit.split(' ').flatMap((deel) => {
    const [alg, b64] = deel.split('-')
    const naam = { sha512: 'SHA-512', sha384: 'SHA-384', sha256: 'SHA-256', sha1: 'SHA-1' }[alg]
    return naam && b64 ? [{ alg: naam, content: Buffer.from(b64, 'base64').toString('hex') }] : []
  })
}

/** An SPDX id as `license.id`, anything else (an expression, "SEE LICENSE IN …") as an expression or name. */
function licenties(licentie) {
  if (!licentie) return []
  if (/^[A-Za-z0-9.+-]+$/.test(licentie)) return [{ license: { id: licentie } }]
  if (/\b(?:AND|OR|WITH)\b/.test(licentie)) return [{ expression: licentie.replace(/^\(|\)$/g, '') }]
  return [{ license: { name: licentie } }]
}

/** Node's lookup: `a/node_modules/b` needs `c` → `a/node_modules/b/node_modules/c`, then up, then the root. */
function zoek(vanaf, naam) {
  let pad = vanaf
  for (;;) {
    const kandidaat = `${pad ? `${pad}/` : ''}node_modules/${naam}`
    if (lock.packages[kandidaat]) return kandidaat
    if (!pad) return undefined
    const i = pad.lastIndexOf('/node_modules/')
    pad = i === -1 ? '' : pad.slice(0, i)
  }
}

const paden = Object.entries(lock.packages).filter(([pad, p]) => inRuntime(pad, p))
const refs = new Map(paden.map(([pad, p]) => [pad, refVan(naamVan(pad, p), p.version)]))
const componenten = new Map()
const afhankelijk = new Map()
for (const [pad, p] of paden) {
  const naam = naamVan(pad, p)
  const ref = refs.get(pad)
  componenten.set(ref, {
    type: 'library',
    'bom-ref': ref,
    name: naam,
    version: p.version,
    scope: 'required',
    purl: purl(naam, p.version),
    hashes: hashes(p.integrity),
    licenses: licenties(p.license),
  })
  const deps = new Set(afhankelijk.get(ref) ?? [])
  for (const dep of Object.keys(p.dependencies ?? {})) {
    const gevonden = zoek(pad, dep)
    if (gevonden && refs.has(gevonden)) deps.add(refs.get(gevonden))
  }
  afhankelijk.set(ref, deps)
}

const product = refVan(pakket.name, pakket.version)
const wortel = Object.keys(pakket.dependencies ?? {})
  .map((dep) => refs.get(`node_modules/${dep}`))
  .filter(Boolean)
const tijd = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date()

const sbom = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  serialNumber: `urn:uuid:${randomUUID()}`,
  version: 1,
  metadata: {
    timestamp: tijd.toISOString(),
    lifecycles: [{ phase: 'build' }],
    tools: { components: [{ type: 'application', name: 'scripts/sbom.mjs', version: pakket.version }] },
    component: {
      type: 'application',
      'bom-ref': product,
      name: pakket.name,
      version: pakket.version,
      description: pakket.description,
      licenses: licenties(pakket.license),
      purl: purl(pakket.name, pakket.version),
    },
  },
  components: [...componenten.values()].sort((a, b) => a['bom-ref'].localeCompare(b['bom-ref'])),
  dependencies: [
    { ref: product, dependsOn: wortel.sort() },
    ...[...afhankelijk.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ref, deps]) => ({ ref, dependsOn: [...deps].sort() })),
  ],
}

mkdirSync(dirname(uit), { recursive: true })
writeFileSync(uit, `${JSON.stringify(sbom, null, 2)}\n`)
console.log(`${uit}: CycloneDX ${sbom.specVersion}, ${sbom.components.length} componenten`)
