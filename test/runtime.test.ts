/**
 * The runtime stage of the Dockerfile, rebuilt without a container runtime: the files its COPY lines
 * take, in a temporary folder outside the project, with `npm ci --omit=dev` instead of the deps stage.
 * Then `node dist/server.js` must start from there with no dev dependency in reach, answer its
 * readiness probe, and serve the widget, the texts, a check and a conversation.
 *
 * One shortcut: `npm ci` runs with --ignore-scripts (from the npm cache), and the native addon that an
 * install script would compile (better-sqlite3, 1-5 minutes on two cores) is taken from the project's
 * own install on this machine, as the runtime stage takes it compiled from the deps stage.
 */
import { type ChildProcess, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
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
    expect(build).toMatch(/RUN npm ci\b/)
    expect(build).toMatch(/RUN npm run build/)
    expect(alle[1]?.regels.join('\n')).toMatch(/RUN npm ci --omit=dev/)
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

  it('zet alleen variabelen die server/env.ts kent (en NODE_ENV)', () => {
    for (const naam of Object.keys(envVan(runtime()))) expect([...BEKENDE_VARIABELEN, 'NODE_ENV']).toContain(naam)
  })

  it('de build-context laat node_modules, dist, data en .git weg', () => {
    const weg = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n')
    for (const naam of ['node_modules', 'dist', 'data', '.git']) expect(weg).toContain(naam)
  })
})

describe('de runtime-stage, nagebouwd in een tijdelijke map', () => {
  it('start zonder dev-dependencies en beantwoordt de readiness-probe', { timeout: 180_000 }, async () => {
    expect(relative(ROOT, map).startsWith('..')).toBe(true)
    for (const { van, bron, doel } of copies()) {
      if (van === 'deps' && bron === 'node_modules') {
        cpSync(join(ROOT, 'package.json'), join(map, 'package.json'))
        cpSync(join(ROOT, 'package-lock.json'), join(map, 'package-lock.json'))
        execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], {
          cwd: map,
          stdio: 'pipe',
          timeout: 150_000,
        })
      } else {
        cpSync(join(ROOT, bron), join(map, doel), { recursive: true })
      }
    }

    // The addons that install scripts would have compiled, from the project's own install.
    const lock = JSON.parse(readFileSync(join(map, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; hasInstallScript?: boolean }>
    }
    for (const [pad, info] of Object.entries(lock.packages)) {
      if (!pad || info.dev || !info.hasInstallScript) continue
      const build = join(ROOT, pad, 'build')
      if (existsSync(build)) cpSync(build, join(map, pad, 'build'), { recursive: true })
    }

    // No dev dependency is there: not esbuild, not TypeScript, not vitest, not one of theirs.
    const dev = Object.entries(lock.packages).filter(([pad, info]) => pad && info.dev)
    expect(dev.length).toBeGreaterThan(50)
    for (const [pad] of dev) expect(existsSync(join(map, pad)), pad).toBe(false)
    expect(readdirSync(join(map, 'node_modules'))).not.toContain('esbuild')

    const poort = await vrijePoort()
    proces = startKind(process.execPath, ['dist/server.js'], {
      cwd: map,
      env: {
        PATH: process.env.PATH ?? '',
        ...envVan(runtime()),
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
