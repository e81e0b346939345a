/**
 * The Kubernetes base in deploy/ and compose.yaml: rendered with `kubectl kustomize` where kubectl is
 * installed (else the kustomization's resources are read as they are), then checked for what operations
 * relies on, and run: every probe path answers 200 on a real server started with the manifest's own
 * settings, and every variable the manifests set is one that server/env.ts knows and accepts.
 */
import { type ChildProcess, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { BEKENDE_VARIABELEN, leesEnv } from '../server/env.js'
import { startKind, tijdelijkeMap } from './kinderen.js'
import { type RedisServer, startRedis, vrijePoort, wachtOpPoort, wachtTot } from './redis-server.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DEPLOY = join(ROOT, 'deploy', 'base')
const VOORBEELD = join(ROOT, 'deploy', 'voorbeeld')
const heeftKubectl = spawnSync('kubectl', ['version', '--client']).status === 0

// biome-ignore lint/suspicious/noExplicitAny: manifests are free-form YAML
type Obj = any

/** The rendered base: by kubectl (as operations will), or from the listed resources when it is missing. */
function render(): { objecten: Obj[]; door: string } {
  const kubectl = spawnSync('kubectl', ['kustomize', DEPLOY], { encoding: 'utf8' })
  if (kubectl.status === 0) {
    return { objecten: parseAllDocuments(kubectl.stdout).map((d) => d.toJS()), door: 'kubectl kustomize' }
  }
  if (!kubectl.error) throw new Error(`kubectl kustomize faalde: ${kubectl.stderr}`)
  const kustomization = parse(readFileSync(join(DEPLOY, 'kustomization.yaml'), 'utf8'))
  const objecten = (kustomization.resources as string[]).flatMap((bestand) =>
    parseAllDocuments(readFileSync(join(DEPLOY, bestand), 'utf8')).map((d) => d.toJS()),
  )
  return { objecten: objecten.filter(Boolean), door: 'yaml' }
}

const { objecten } = render()
const zoek = (kind: string, naam?: string) =>
  objecten.filter((o) => o.kind === kind && (!naam || o.metadata.name === naam))
const een = (kind: string, naam?: string): Obj => {
  const gevonden = zoek(kind, naam)
  expect(gevonden, `${kind} ${naam ?? ''}`).toHaveLength(1)
  return gevonden[0]
}
const deployment = () => een('Deployment', 'werkwijzer')
const container = () => deployment().spec.template.spec.containers[0]
const past = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v)

/** The literal `env` of the Werkwijzer container (valueFrom entries have no literal value). */
function letterlijkeEnv(): Record<string, string> {
  return Object.fromEntries(
    (container().env as Obj[]).filter((e) => e.value !== undefined).map((e) => [e.name, String(e.value)]),
  )
}

describe('deploy/base (kustomize base)', () => {
  it('een Deployment met 2 replica’s, een Service, een PDB, een HPA en Redis', () => {
    expect(deployment().spec.replicas).toBe(2)
    const pod = deployment().spec.template.metadata.labels
    const service = een('Service', 'werkwijzer')
    expect(past(service.spec.selector, pod)).toBe(true)
    expect(service.spec.ports[0].targetPort).toBe(container().ports[0].name)
    const pdb = een('PodDisruptionBudget')
    expect(past(pdb.spec.selector.matchLabels, pod)).toBe(true)
    expect(pdb.spec.minAvailable).toBeGreaterThanOrEqual(1)
    const hpa = een('HorizontalPodAutoscaler')
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'werkwijzer' })
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2)
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas)
  })

  it('probes op echte paden, op de poort waar de server luistert', () => {
    const c = container()
    expect(c.readinessProbe.httpGet.path).toBe('/readyz')
    expect(c.livenessProbe.httpGet.path).toBe('/livez')
    const poort = c.ports[0]
    for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe]) {
      expect([poort.name, poort.containerPort]).toContain(probe.httpGet.port)
    }
    expect(String(poort.containerPort)).toBe(letterlijkeEnv().PORT)
    expect(letterlijkeEnv().HOST).toBe('0.0.0.0')
  })

  it('requests en limits, niet als root, een alleen-lezen root-bestandssysteem', () => {
    for (const workload of [deployment(), een('StatefulSet', 'werkwijzer-redis')]) {
      const spec = workload.spec.template.spec
      expect(spec.securityContext.runAsNonRoot).toBe(true)
      expect(spec.securityContext.runAsUser).toBeGreaterThan(0)
      for (const c of spec.containers) {
        expect(c.resources.requests).toMatchObject({ cpu: expect.anything(), memory: expect.anything() })
        expect(c.resources.limits).toMatchObject({ cpu: expect.anything(), memory: expect.anything() })
        expect(c.securityContext.readOnlyRootFilesystem).toBe(true)
        expect(c.securityContext.allowPrivilegeEscalation).toBe(false)
        expect(c.securityContext.capabilities.drop).toContain('ALL')
      }
    }
    // The one place the server writes (SQLite statistics without Redis) is a volume, not the image.
    const mounts = container().volumeMounts.map((m: Obj) => m.mountPath)
    expect(mounts).toContain('/app/data')
  })

  it('Redis met append-only opslag op een persistent volume', () => {
    const redis = een('StatefulSet', 'werkwijzer-redis')
    const args: string[] = redis.spec.template.spec.containers[0].args
    expect(args[args.indexOf('--appendonly') + 1]).toBe('yes')
    expect(args[args.indexOf('--appendfsync') + 1]).toBe('always')
    expect(redis.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBeDefined()
    const dir = args[args.indexOf('--dir') + 1]
    expect(redis.spec.template.spec.containers[0].volumeMounts).toContainEqual({ name: 'data', mountPath: dir })
    const service = een('Service', 'werkwijzer-redis')
    expect(letterlijkeEnv().REDIS_URL).toBe(`redis://${service.metadata.name}:${service.spec.ports[0].port}`)
  })

  it('elke variabele die het manifest zet, kent server/env.ts, en de waarden zijn geldig', () => {
    for (const e of container().env as Obj[]) expect(BEKENDE_VARIABELEN, e.name).toContain(e.name)
    expect(() => leesEnv(letterlijkeEnv())).not.toThrow()
    for (const e of (container().env as Obj[]).filter((e) => e.valueFrom)) {
      // A secret the gemeente has not made yet must not stop the pod.
      expect(e.valueFrom.secretKeyRef.optional).toBe(true)
    }
  })
})

describe('deploy/voorbeeld (een overlay voor één gemeente)', () => {
  it.skipIf(!heeftKubectl)('koppelt het profiel uit een ConfigMap en zet GEMEENTE op dat pad', () => {
    const uit = spawnSync('kubectl', ['kustomize', VOORBEELD], { encoding: 'utf8' })
    expect(uit.stderr).toBe('')
    const alle: Obj[] = parseAllDocuments(uit.stdout).map((d) => d.toJS())
    const dep = alle.find((o) => o.kind === 'Deployment' && o.metadata.name === 'werkwijzer')
    const cm = alle.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('werkwijzer-gemeente'))
    const c = dep.spec.template.spec.containers[0]
    expect(c.image).toBe('registry.voorbeeldstad.nl/werkwijzer:1.0.0')
    const env = Object.fromEntries((c.env as Obj[]).filter((e) => e.value !== undefined).map((e) => [e.name, e.value]))
    for (const naam of Object.keys(env)) expect(BEKENDE_VARIABELEN).toContain(naam)
    expect(() => leesEnv(env)).not.toThrow()
    const mount = c.volumeMounts.find((m: Obj) => m.name === 'gemeente')
    expect(env.GEMEENTE).toBe(`${mount.mountPath}/voorbeeldstad.json`)
    const volume = dep.spec.template.spec.volumes.find((v: Obj) => v.name === 'gemeente')
    expect(volume.configMap.name).toBe(cm.metadata.name)
    // The profile in the ConfigMap is a valid one: the same as the project's Voorbeeldstad.
    expect(JSON.parse(cm.data['voorbeeldstad.json'])).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'gemeenten/voorbeeldstad.json'), 'utf8')),
    )
  })
})

describe('Redis met de instellingen uit het manifest', () => {
  const kanRedis = spawnSync('redis-server', ['--version']).status === 0

  it.skipIf(!kanRedis)('verliest niets bij een harde herstart (SIGKILL)', { timeout: 30_000 }, async () => {
    const args: string[] = [...een('StatefulSet', 'werkwijzer-redis').spec.template.spec.containers[0].args]
    const dir = tijdelijkeMap('aof')
    args[args.indexOf('--dir') + 1] = dir
    const poort = await vrijePoort()
    const start = async () => {
      const p = startKind('redis-server', [...args, '--port', String(poort), '--bind', '127.0.0.1'], {
        stdio: 'ignore',
      })
      await wachtOpPoort(poort)
      return p
    }
    const { Redis } = await import('ioredis')
    try {
      let p = await start()
      const client = new Redis(`redis://127.0.0.1:${poort}`, { lazyConnect: true, maxRetriesPerRequest: 1 })
      await client.connect()
      for (let i = 0; i < 50; i++) await client.set(`werkwijzer:gesprek:test-${i}`, `stap ${i}`)
      client.disconnect()
      await new Promise((klaar) => {
        p.once('exit', klaar)
        p.kill('SIGKILL')
      })
      p = await start()
      const terug = new Redis(`redis://127.0.0.1:${poort}`, { lazyConnect: true, maxRetriesPerRequest: 1 })
      await terug.connect()
      expect(await terug.get('werkwijzer:gesprek:test-49')).toBe('stap 49')
      expect(await terug.dbsize()).toBe(50)
      terug.disconnect()
      p.kill('SIGKILL')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('compose.yaml', () => {
  const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true })
  const servers = Object.entries(compose.services as Record<string, Obj>).filter(([naam]) => naam !== 'redis')

  it('twee Werkwijzer-containers en Redis met append-only opslag op een volume', () => {
    expect(servers).toHaveLength(2)
    const redis = compose.services.redis
    const args: string[] = redis.command
    expect(args[args.indexOf('--appendonly') + 1]).toBe('yes')
    expect(redis.volumes[0]).toMatch(/^[\w-]+:\/data$/)
    for (const [, s] of servers) {
      expect(s.read_only).toBe(true)
      expect(s.user).not.toMatch(/^(?:0|root)\b/)
      expect(s.environment.REDIS_URL).toBe('redis://redis:6379')
      expect(s.healthcheck.test.join(' ')).toContain('/readyz')
    }
  })

  it('elke variabele kent server/env.ts, en de waarden zijn geldig', () => {
    for (const [, s] of servers) {
      for (const naam of Object.keys(s.environment)) expect(BEKENDE_VARIABELEN, naam).toContain(naam)
      expect(() => leesEnv(s.environment)).not.toThrow()
    }
  })
})

describe('de probes op een draaiende server met de instellingen uit het manifest', () => {
  let redis: RedisServer | undefined
  let proces: ChildProcess | undefined
  const map = mkdtempSync(join(tmpdir(), 'werkwijzer-deploy-'))
  const kanRedis = spawnSync('redis-server', ['--version']).status === 0

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/server.js'))) spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT })
    if (kanRedis) redis = await startRedis()
  })
  afterAll(async () => {
    if (proces && proces.exitCode === null) proces.kill('SIGKILL')
    await redis?.opruimen()
    rmSync(map, { recursive: true, force: true })
  })

  it.skipIf(!kanRedis)('elk probe-pad antwoordt 200', { timeout: 30_000 }, async () => {
    const poort = await vrijePoort()
    proces = startKind(process.execPath, ['dist/server.js'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        ...letterlijkeEnv(),
        // Only what differs on this machine: the address, and Redis by its local port.
        HOST: '127.0.0.1',
        PORT: String(poort),
        REDIS_URL: redis?.url ?? '',
        STATISTIEKEN_PAD: join(map, 'statistieken.db'),
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    })
    const c = container()
    const paden = [c.readinessProbe, c.livenessProbe, c.startupProbe].map((p) => p.httpGet.path as string)
    expect(paden.length).toBe(3)
    for (const pad of paden) {
      await wachtTot(
        () =>
          fetch(`http://127.0.0.1:${poort}${pad}`).then(
            (r) => r.status === 200,
            () => false,
          ),
        15_000,
      )
      expect((await fetch(`http://127.0.0.1:${poort}${pad}`)).status, pad).toBe(200)
    }
    // With Redis down the pod leaves the Service (readiness 503) but is not restarted (liveness 200).
    await redis?.stop()
    await wachtTot(() => fetch(`http://127.0.0.1:${poort}/readyz`).then((r) => r.status === 503), 10_000)
    expect((await fetch(`http://127.0.0.1:${poort}/livez`)).status).toBe(200)
  })
})
