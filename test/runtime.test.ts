/**
 * The runtime stage of the Dockerfile, rebuilt without a container runtime: the files its COPY lines
 * take, in a temporary folder outside the project, with the deps stage's own `npm ci` (its flags read
 * from the Dockerfile). Then `node dist/server.js` must start from there with no dev dependency in reach
 * (TypeScript above all), answer its readiness probe, and serve the widget, the texts, a check and a
 * conversation; and the SBOM (`npm run sbom`) must list exactly what was installed.
 *
 * One shortcut: `npm ci` runs with --ignore-scripts (from the npm cache), and the native addon that an
 * install script would compile (better-sqlite3, 1-5 minutes on two cores) is taken from the project's
 * own install on this machine, as the runtime stage takes it compiled from the deps stage.
 */
import { type ChildProcess, execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BEKENDE_VARIABELEN } from '../server/env.js'
import { startKind } from './kinderen.js'
import { vrijePoort, wachtTot } from './redis-server.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const map = mkdtempSync(join(tmpdir(), 'werkwijzer-runtime-'))
let proces: ChildProcess | undefined

interface Stage {
  naam: string
  regels: string[]
}

/** The Dockerfile's stages with their instructions (continuation lines joined, comments dropped). */
function stages(): Stage[] {
  const tekst = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ')
  const uit: Stage[] = []
  for (const regel of tekst.split('\n').map((r) => r.trim())) {
    if (!regel || regel.startsWith('#')) continue
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(regel)
    if (from) uit.push({ naam: from[1] ?? String(uit.length), regels: [] })
    else uit.at(-1)?.regels.push(regel)
  }
  return uit
}

const PAKKET = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string }

interface Lock {
  packages: Record<
    string,
    { version?: string; dev?: boolean; devOptional?: boolean; optional?: boolean; hasInstallScript?: boolean }
  >
}
const LOCK = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock

/** The `npm ci` of a stage, with its flags (continuation lines joined). */
function npmCi(stage: Stage | undefined): string {
  const regel = stage?.regels.find((r) => /^RUN\s/i.test(r) && /\bnpm ci\b/.test(r)) ?? ''
  return /npm ci[^&;]*/.exec(regel)?.[0] ?? ''
}
/** `--omit=…` flags of an npm ci line. */
const weglaten = (ci: string) => [...ci.matchAll(/--omit=(\w+)/g)].map((m) => `--omit=${m[1]}`)

/** Every `name@version` in a node_modules tree (nested ones too). */
function geïnstalleerd(map: string): Set<string> {
  const uit = new Set<string>()
  const loop = (nm: string) => {
    if (!existsSync(nm)) return
    for (const naam of readdirSync(nm)) {
      if (naam.startsWith('.')) continue
      const paden = naam.startsWith('@') ? readdirSync(join(nm, naam)).map((n) => join(nm, naam, n)) : [join(nm, naam)]
      for (const pad of paden) {
        const pj = join(pad, 'package.json')
        if (!existsSync(pj)) continue
        const { name, version } = JSON.parse(readFileSync(pj, 'utf8'))
        uit.add(`${name}@${version}`)
        loop(join(pad, 'node_modules'))
      }
    }
  }
  loop(join(map, 'node_modules'))
  return uit
}

const runtime = () => {
  const alle = stages()
  const laatste = alle.at(-1)
  if (!laatste) throw new Error('Dockerfile zonder FROM')
  return laatste
}

/** `COPY --from=build /app/dist ./dist` as { van: 'build', bron: 'dist', doel: 'dist' }. */
function copies() {
  return runtime()
    .regels.filter((r) => /^COPY\s/i.test(r))
    .map((r) => {
      const delen = r.split(/\s+/).slice(1)
      const van = delen.find((d) => d.startsWith('--from='))?.slice('--from='.length)
      const [bron = '', doel = ''] = delen.filter((d) => !d.startsWith('--'))
      return { van, bron: bron.replace(/^\/app\//, ''), doel: doel.replace(/^\.\//, '') }
    })
}

/** ENV lines of the runtime stage: `ENV A=1 B=2`. */
function envVan(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {}
  for (const r of stage.regels.filter((r) => /^ENV\s/i.test(r))) {
    for (const [, naam = '', waarde = ''] of r.slice(4).matchAll(/(\w+)=(\S*)/g)) env[naam] = waarde
  }
  return env
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/server.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT })
})
afterAll(() => {
  if (proces && proces.exitCode === null) proces.kill('SIGKILL')
  rmSync(map, { recursive: true, force: true })
})

describe('Dockerfile', () => {
  it('heeft een build-, een deps- en een runtime-stage; de build draait npm ci en de bouw', () => {
    const alle = stages()
    expect(alle.map((s) => s.naam)).toEqual(['build', 'deps', 'runtime'])
    const build = alle[0]?.regels.join('\n') ?? ''
    expect(npmCi(alle[0])).toMatch(/^npm ci\b/)
    expect(weglaten(npmCi(alle[0]))).toEqual([])
    expect(build).toMatch(/RUN npm run build/)
    expect(weglaten(npmCi(alle[1]))).toEqual(['--omit=dev'])
    expect(build).toMatch(/RUN npm run build && npm run sbom/)
  })

  it('build-argumenten voor een npm-mirror en een CA-bundel, in elke stage die npm ci draait', () => {
    const alle = stages()
    const bron = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
    expect(bron).toMatch(/^ARG NPM_REGISTRY=https:\/\/registry\.npmjs\.org\/$/m)
    expect(bron).toMatch(/^ARG CA_BUNDLE=""$/m)
    for (const stage of [alle[0], alle[1]]) {
      expect(stage?.regels).toContain('ARG NPM_REGISTRY')
      expect(stage?.regels).toContain('ARG CA_BUNDLE')
      expect(npmCi(stage)).toContain('--registry="$NPM_REGISTRY"')
    }
    // The RUN line itself, in a shell as the build runs it, with an `npm` that shows what it got.
    const map = mkdtempSync(join(tmpdir(), 'werkwijzer-ca-'))
    try {
      const regel = (alle[1]?.regels.find((r) => /\bnpm ci\b/.test(r)) ?? '').replace(/^RUN\s+/, '')
      mkdirSync(join(map, 'bin'))
      const nep = join(map, 'bin', 'npm')
      writeFileSync(
        nep,
        '#!/bin/sh\necho "npm $*"\n[ -n "$NODE_EXTRA_CA_CERTS" ] && cat "$NODE_EXTRA_CA_CERTS"\nexit 0\n',
      )
      chmodSync(nep, 0o755)
      const pem = '-----BEGIN CERTIFICATE-----\nMIIBproxy\n-----END CERTIFICATE-----'
      const draai = (env: Record<string, string>) =>
        spawnSync('sh', ['-c', regel.replaceAll('/tmp/ca.pem', join(map, 'ca.pem'))], {
          env: { PATH: `${join(map, 'bin')}:${process.env.PATH ?? ''}`, ...env },
          encoding: 'utf8',
        })
      const met = draai({ CA_BUNDLE: pem, NPM_REGISTRY: 'https://nexus.gemeente.example/npm/' })
      expect(met.status).toBe(0)
      expect(met.stdout).toContain('npm ci --omit=dev --registry=https://nexus.gemeente.example/npm/')
      expect(met.stdout).toContain(pem)
      // The bundle does not stay behind in the layer.
      expect(existsSync(join(map, 'ca.pem'))).toBe(false)
      const zonder = draai({ CA_BUNDLE: '', NPM_REGISTRY: 'https://registry.npmjs.org/' })
      expect(zonder.status).toBe(0)
      expect(zonder.stdout).not.toContain('BEGIN CERTIFICATE')
    } finally {
      rmSync(map, { recursive: true, force: true })
    }
  })

  it('OCI-labels op het image, met de versie en licentie van package.json', () => {
    const regels = runtime().regels.join('\n')
    for (const label of ['title', 'description', 'version', 'revision', 'created', 'licenses', 'source']) {
      expect(regels).toContain(`org.opencontainers.image.${label}=`)
    }
    expect(regels).toContain(`org.opencontainers.image.licenses="${PAKKET.license}"`)
    expect(runtime().regels).toContain(`ARG VERSION=${PAKKET.version}`)
  })

  it('runtime: geen npm, geen compiler, niet als root, node dist/server.js als PID 1', () => {
    const regels = runtime().regels
    expect(regels.filter((r) => /^RUN\s/i.test(r)).join('\n')).not.toMatch(/npm|apt-get|g\+\+|make/)
    const gebruiker = regels.filter((r) => /^USER\s/i.test(r)).at(-1)
    expect(gebruiker).toBeDefined()
    expect(gebruiker).not.toMatch(/^USER\s+(?:root|0)(?::|$)/i)
    expect(regels.at(-1)).toBe('CMD ["node", "dist/server.js"]')
    expect(regels).toContain('STOPSIGNAL SIGTERM')
    expect(copies().map((c) => c.doel)).toEqual(
      expect.arrayContaining(['node_modules', 'package.json', 'dist', 'locales', 'gemeenten', 'regels']),
    )
  })

  it('zet alleen variabelen die server/env.ts kent', () => {
    for (const naam of Object.keys(envVan(runtime()))) expect(BEKENDE_VARIABELEN).toContain(naam)
  })

  it('de build-context laat node_modules, dist, data en .git weg', () => {
    const weg = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n')
    for (const naam of ['node_modules', 'dist', 'data', '.git']) expect(weg).toContain(naam)
  })
})

describe('de runtime-stage, nagebouwd in een tijdelijke map', () => {
  it('start zonder dev-dependencies en beantwoordt de readiness-probe', { timeout: 300_000 }, async () => {
    expect(relative(ROOT, map).startsWith('..')).toBe(true)
    const ci = (waar: string, vlaggen: string[]) => {
      cpSync(join(ROOT, 'package.json'), join(waar, 'package.json'))
      cpSync(join(ROOT, 'package-lock.json'), join(waar, 'package-lock.json'))
      execFileSync('npm', ['ci', ...vlaggen, '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], {
        cwd: waar,
        stdio: 'pipe',
        timeout: 150_000,
      })
    }
    // The trap: a dev tool that is also an optional peer of a runtime package is "devOptional", and
    // `npm ci --omit=dev` installs it (TypeScript, 23 MB, as the peer of i18next). package.json names it
    // typescript-dev, so no runtime package's peer resolves to it. A new one shows up here by name.
    const devOptioneel = Object.entries(LOCK.packages).filter(([, info]) => info.devOptional)
    expect(devOptioneel.map(([pad]) => pad)).toEqual([])
    for (const { van, bron, doel } of copies()) {
      if (van === 'deps' && bron === 'node_modules') {
        ci(map, weglaten(npmCi(stages()[1])))
      } else {
        cpSync(join(ROOT, bron), join(map, doel), { recursive: true })
      }
    }

    // The addons that install scripts would have compiled, from the project's own install.
    for (const [pad, info] of Object.entries(LOCK.packages)) {
      if (!pad || info.dev || info.devOptional || !info.hasInstallScript) continue
      const build = join(ROOT, pad, 'build')
      if (existsSync(build)) cpSync(build, join(map, pad, 'build'), { recursive: true })
    }

    // No dev or optional-dev dependency is there: not esbuild, not TypeScript, not vitest, not one of theirs.
    const dev = Object.entries(LOCK.packages).filter(([pad, info]) => pad && (info.dev || info.devOptional))
    expect(dev.length).toBeGreaterThan(50)
    for (const [pad] of dev) expect(existsSync(join(map, pad)), pad).toBe(false)
    expect(readdirSync(join(map, 'node_modules'))).not.toContain('esbuild')
    expect(readdirSync(join(map, 'node_modules'))).not.toContain('typescript')

    // The SBOM names exactly what is installed: nothing more, nothing missing.
    const sbomBestand = join(map, 'sbom.cdx.json')
    execFileSync(process.execPath, [join(ROOT, 'scripts/sbom.mjs'), sbomBestand], { cwd: ROOT, stdio: 'pipe' })
    const sbom = JSON.parse(readFileSync(sbomBestand, 'utf8'))
    expect(sbom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5' })
    expect(sbom.metadata.component).toMatchObject({ name: 'werkwijzer', version: PAKKET.version })
    const inSbom = new Set<string>(
      sbom.components.map((c: { name: string; version: string }) => `${c.name}@${c.version}`),
    )
    expect([...inSbom].sort()).toEqual([...geïnstalleerd(map)].sort())
    for (const c of sbom.components) expect(c.hashes[0].alg, c.name).toBe('SHA-512')

    const poort = await vrijePoort()
    proces = startKind(process.execPath, ['dist/server.js'], {
      cwd: map,
      env: {
        PATH: process.env.PATH ?? '',
        ...envVan(runtime()),
        // The image runs with NODE_ENV=production: a gemeente must be named.
        GEMEENTE: 'assen',
        HOST: '127.0.0.1',
        PORT: String(poort),
        STATISTIEKEN_PAD: join(map, 'data', 'statistieken.db'),
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let fouten = ''
    proces.stderr?.on('data', (d) => {
      fouten += d
    })
    const einde = new Promise<number | null>((klaar) => proces?.once('exit', (code) => klaar(code)))
    const basis = `http://127.0.0.1:${poort}`
    await wachtTot(
      () =>
        fetch(`${basis}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        ),
      20_000,
    ).catch(() => {
      throw new Error(`de server startte niet: ${fouten}`)
    })

    expect((await fetch(`${basis}/livez`)).status).toBe(200)
    const widget = await fetch(`${basis}/widget.js`)
    expect(widget.status).toBe(200)
    expect((await widget.text()).length).toBeGreaterThan(10_000)
    expect((await fetch(`${basis}/api/v1/teksten/nl`)).status).toBe(200)
    expect((await fetch(`${basis}/`)).status).toBe(200)
    const check = await fetch(`${basis}/api/v1/checks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ situatie: { woontInGemeente: true, leeftijd: 34 } }),
    })
    expect(check.status).toBe(200)
    const gesprek = await fetch(`${basis}/api/v1/gesprekken`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ onderwerp: 'werkstage' }),
    })
    expect(gesprek.status).toBe(201)
    // The statistics in SQLite: the native addon loaded.
    await wachtTot(() => existsSync(join(map, 'data', 'statistieken.db')), 5_000)

    proces.kill('SIGTERM')
    expect(await einde).toBe(0)
    expect(fouten).toBe('')
  })
})
