/**
 * The Kubernetes base and overlay in deploy/ and compose.yaml, as operations will use them: rendered by
 * `kubectl kustomize` (offline), every object checked against the Kubernetes JSON schemas
 * (kubernetes-models, a dev dependency; a broken copy proves the check can fail), then checked for what
 * production relies on, and run: Valkey's own arguments on a real redis-server, and the server with the
 * manifest's settings answering its probes.
 */
import { type ChildProcess, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { BEKENDE_VARIABELEN, leesEnv } from '../server/env.js'
import { startKind, tijdelijkeMap } from './kinderen.js'
import { type RedisServer, startRedis, vrijePoort, wachtOpPoort, wachtTot } from './redis-server.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BASE = join(ROOT, 'deploy', 'base')
const VOORBEELD = join(ROOT, 'deploy', 'voorbeeld')
const VERSIE: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version
const kanRedis = spawnSync('redis-server', ['--version']).status === 0
const require = createRequire(import.meta.url)

// biome-ignore lint/suspicious/noExplicitAny: manifests are free-form YAML
type Obj = any

/** `kubectl kustomize <map>`, as operations render it: offline, no cluster needed. */
function render(map: string): Obj[] {
  const uit = spawnSync('kubectl', ['kustomize', map], { encoding: 'utf8' })
  if (uit.error) throw new Error('kubectl ontbreekt: installeer kubectl (1.27 of nieuwer) om deploy/ te controleren')
  if (uit.status !== 0) throw new Error(`kubectl kustomize ${map} faalde: ${uit.stderr}`)
  return parseAllDocuments(uit.stdout).map((d) => d.toJS())
}

const MODELLEN: Record<string, string> = {
  v1: 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'policy/v1': 'kubernetes-models/policy/v1',
  'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1',
}

/** What is wrong with an object by the Kubernetes API's JSON schema (empty: nothing). */
function schemaFouten(obj: Obj): string[] {
  const module = MODELLEN[obj.apiVersion]
  const Model = module ? require(module)[obj.kind] : undefined
  if (!Model) return [`${obj.apiVersion} ${obj.kind}: onbekend of niet toegestaan in deploy/`]
  try {
    new Model(obj).validate()
    return []
  } catch (fout) {
    return [`${obj.kind} ${obj.metadata?.name}: ${(fout as Error).message}`]
  }
}

const base = render(BASE)
const voorbeeld = render(VOORBEELD)

const zoek = (objecten: Obj[], kind: string, naam?: string) =>
  objecten.filter((o) => o.kind === kind && (!naam || o.metadata.name === naam))
const een = (objecten: Obj[], kind: string, naam?: string): Obj => {
  const gevonden = zoek(objecten, kind, naam)
  expect(gevonden, `${kind} ${naam ?? ''}`).toHaveLength(1)
  return gevonden[0]
}
const past = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v)
const werkwijzer = (objecten: Obj[]) => een(objecten, 'Deployment', 'werkwijzer')
const container = (objecten: Obj[]) => werkwijzer(objecten).spec.template.spec.containers[0]
const valkey = (objecten: Obj[]) => een(objecten, 'StatefulSet', 'werkwijzer-valkey')
const valkeyContainer = (objecten: Obj[]) => valkey(objecten).spec.template.spec.containers[0]

/** Sample values for what comes from the Secret, valid as the server wants them. */
const GEHEIM = 'c0ffee0123456789abcdef0123456789abcdef01'

/** The container's env as the pod gets it: literal values, secrets filled with a sample, `$(VAR)` expanded. */
function podEnv(c: Obj): Record<string, string> {
  const env: Record<string, string> = {}
  for (const e of c.env as Obj[]) {
    const waarde = e.valueFrom?.secretKeyRef ? GEHEIM : String(e.value ?? '')
    env[e.name] = waarde.replace(/\$\((\w+)\)/g, (_, naam: string) => env[naam] ?? `$(${naam})`)
  }
  return env
}

/** Container args with `$(VAR)` from the container's env, as the kubelet expands them. */
function podArgs(c: Obj, env = podEnv(c)): string[] {
  return (c.args as string[]).map((a) => a.replace(/\$\((\w+)\)/g, (_, naam: string) => env[naam] ?? `$(${naam})`))
}

const arg = (args: string[], naam: string) => args[args.indexOf(naam) + 1]

/** `192mb` (Valkey's units) and `512Mi` (Kubernetes') in bytes. */
function bytes(tekst: string): number {
  const m = /^(\d+)\s*(mb|gb|kb|Mi|Gi|Ki|M|G)?$/i.exec(tekst)
  if (!m) throw new Error(`geen grootte: ${tekst}`)
  const factor: Record<string, number> = { kb: 1e3, mb: 1e6, gb: 1e9, ki: 1024, mi: 1024 ** 2, gi: 1024 ** 3 }
  return Number(m[1]) * (factor[(m[2] ?? '').toLowerCase()] ?? 1)
}

describe('de manifesten tegen de JSON-schema’s van Kubernetes', () => {
  it.each([
    ['deploy/base', base],
    ['deploy/voorbeeld', voorbeeld],
  ])('%s: elk object is geldig', (_naam, objecten) => {
    expect(objecten.length).toBeGreaterThanOrEqual(7)
    expect(objecten.flatMap(schemaFouten)).toEqual([])
  })

  it('een kapotte kopie valt op, met het veld dat fout is', () => {
    const kopie = mkdtempSync(join(tmpdir(), 'werkwijzer-kapot-'))
    try {
      cpSync(join(ROOT, 'deploy'), kopie, { recursive: true })
      const bestand = join(kopie, 'base', 'werkwijzer.yaml')
      // Two mistakes people make: a duration with a unit, and a port as a name where a number belongs.
      const tekst = readFileSync(bestand, 'utf8')
      writeFileSync(
        bestand,
        tekst.replace('timeoutSeconds: 2', 'timeoutSeconds: 2s').replace('containerPort: 8787', 'containerPort: http'),
      )
      const fouten = render(join(kopie, 'voorbeeld')).flatMap(schemaFouten)
      expect(fouten.join('\n')).toMatch(/Deployment werkwijzer: .*timeoutSeconds must be integer/)
      expect(fouten.join('\n')).toMatch(/containerPort must be integer/)
    } finally {
      rmSync(kopie, { recursive: true, force: true })
    }
  })
})

describe('deploy/base en deploy/voorbeeld', () => {
  it('een Deployment zonder replicas naast de HPA, een Service, een PDB en een HPA met een echte drempel', () => {
    for (const objecten of [base, voorbeeld]) {
      const dep = werkwijzer(objecten)
      const pod = dep.spec.template.metadata.labels
      const hpa = een(objecten, 'HorizontalPodAutoscaler')
      expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: dep.metadata.name })
      // `replicas` beside an HPA: every `kubectl apply` would set the pods back to that number.
      expect(dep.spec.replicas).toBeUndefined()
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2)
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas)
      // The target in mCPU per pod: far above an idle Node process with its probes (a few mCPU).
      const request = String(container(objecten).resources.requests.cpu)
      const milli = request.endsWith('m') ? Number.parseInt(request, 10) : Number(request) * 1000
      const doel = (milli * hpa.spec.metrics[0].resource.target.averageUtilization) / 100
      expect(doel).toBeGreaterThanOrEqual(150)
      const service = een(objecten, 'Service', 'werkwijzer')
      expect(past(service.spec.selector, pod)).toBe(true)
      expect(service.spec.ports[0].targetPort).toBe(container(objecten).ports[0].name)
      const pdb = een(objecten, 'PodDisruptionBudget')
      expect(past(pdb.spec.selector.matchLabels, pod)).toBe(true)
      expect(pdb.spec.minAvailable).toBeGreaterThanOrEqual(1)
    }
  })

  it('probes op echte paden, op de poort waar de server luistert', () => {
    const c = container(base)
    expect(c.readinessProbe.httpGet.path).toBe('/readyz')
    expect(c.livenessProbe.httpGet.path).toBe('/livez')
    const poort = c.ports[0]
    for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe]) {
      expect([poort.name, poort.containerPort]).toContain(probe.httpGet.port)
    }
    expect(String(poort.containerPort)).toBe(podEnv(c).PORT)
    expect(podEnv(c).HOST).toBe('0.0.0.0')
  })

  it('requests en limits, niet als root, een alleen-lezen root-bestandssysteem, geen service-links', () => {
    for (const workload of [werkwijzer(base), valkey(base)]) {
      const spec = workload.spec.template.spec
      expect(spec.securityContext.runAsNonRoot).toBe(true)
      expect(spec.securityContext.runAsUser).toBeGreaterThan(0)
      expect(spec.enableServiceLinks).toBe(false)
      for (const c of spec.containers) {
        expect(c.resources.requests).toMatchObject({ cpu: expect.anything(), memory: expect.anything() })
        expect(c.resources.limits).toMatchObject({ cpu: expect.anything(), memory: expect.anything() })
        expect(bytes(c.resources.limits.memory)).toBeGreaterThanOrEqual(bytes(c.resources.requests.memory))
        expect(c.securityContext.readOnlyRootFilesystem).toBe(true)
        expect(c.securityContext.allowPrivilegeEscalation).toBe(false)
        expect(c.securityContext.capabilities.drop).toContain('ALL')
      }
    }
    // The one place the server writes (SQLite statistics without Redis) is a volume, not the image.
    expect(container(base).volumeMounts.map((m: Obj) => m.mountPath)).toContain('/app/data')
  })

  it('de server stopt netjes: drain, een timeout, en genoeg tijd van Kubernetes daarvoor', () => {
    const env = podEnv(container(base))
    const nodig = Number(env.DRAIN_SECONDS) + Number(env.SHUTDOWN_TIMEOUT_SECONDS) + 5
    expect(Number(env.DRAIN_SECONDS)).toBeGreaterThan(0)
    expect(werkwijzer(base).spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(nodig)
  })

  it('Valkey (BSD): append-only op een volume, maxmemory met noeviction, een wachtwoord uit het Secret, headless', () => {
    for (const objecten of [base, voorbeeld]) {
      const c = valkeyContainer(objecten)
      expect(c.image).toMatch(/^valkey\/valkey:\d/)
      const args = podArgs(c)
      expect(arg(args, '--appendonly')).toBe('yes')
      expect(arg(args, '--appendfsync')).toBe('always')
      expect(arg(args, '--maxmemory-policy')).toBe('noeviction')
      // An AOF rewrite forks: the copy needs room beside maxmemory within the container's limit.
      expect(bytes(arg(args, '--maxmemory') ?? '')).toBeLessThanOrEqual(bytes(c.resources.limits.memory) / 2)
      expect(arg(args, '--requirepass')).toBe(GEHEIM)
      const wachtwoord = (c.env as Obj[]).find((e) => e.name === 'REDISCLI_AUTH')
      expect(wachtwoord.valueFrom.secretKeyRef).toMatchObject({ name: 'werkwijzer-geheimen', key: 'redis-password' })
      const set = valkey(objecten)
      expect(set.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBeDefined()
      expect(c.volumeMounts).toContainEqual({ name: 'data', mountPath: arg(args, '--dir') })
      const service = een(objecten, 'Service', set.spec.serviceName)
      expect(service.spec.clusterIP).toBe('None')
      expect(past(service.spec.selector, set.spec.template.metadata.labels)).toBe(true)
      // The server uses that Service, with the same password.
      const env = podEnv(container(objecten))
      expect(env.REDIS_URL).toBe(`redis://${service.metadata.name}:${service.spec.ports[0].port}`)
      expect(env.REDIS_PASSWORD).toBe(arg(args, '--requirepass'))
    }
  })

  it('elke variabele kent server/env.ts, de waarden zijn geldig, en geheimen zijn verplicht', () => {
    for (const objecten of [base, voorbeeld]) {
      const c = container(objecten)
      for (const e of c.env as Obj[]) expect(BEKENDE_VARIABELEN, e.name).toContain(e.name)
      expect(() => leesEnv({ NODE_ENV: 'production', ...podEnv(c) })).not.toThrow()
      // A missing Secret must stop the pod (and say which key), not silently switch /beheer or /metrics off.
      const geheimen = [...(c.env as Obj[]), ...(valkeyContainer(objecten).env as Obj[])].filter((e) => e.valueFrom)
      expect(geheimen.map((e) => e.name).sort()).toEqual([
        'BEHEER_TOKEN',
        'METRICS_TOKEN',
        'REDISCLI_AUTH',
        'REDIS_PASSWORD',
        'SNELHEID_GEHEIM',
      ])
      for (const e of geheimen) expect(e.valueFrom.secretKeyRef.optional, e.name).not.toBe(true)
    }
  })

  it('instance- en versielabels op alles, de versie gelijk aan de image-tag en package.json', () => {
    for (const [objecten, instance] of [
      [base, 'werkwijzer'],
      [voorbeeld, 'voorbeeldstad'],
    ] as const) {
      for (const o of objecten) {
        expect(o.metadata.labels?.['app.kubernetes.io/instance'], `${o.kind} ${o.metadata.name}`).toBe(instance)
        expect(o.metadata.labels?.['app.kubernetes.io/version'], `${o.kind} ${o.metadata.name}`).toBe(VERSIE)
        const sjabloon = o.spec?.template?.metadata?.labels
        if (sjabloon) {
          expect(sjabloon['app.kubernetes.io/instance']).toBe(instance)
          expect(sjabloon['app.kubernetes.io/version']).toBe(VERSIE)
        }
      }
      expect(container(objecten).image).toMatch(new RegExp(`:${VERSIE.replace(/\./g, '\\.')}$`))
      // Every selector names the instance: the version is never in one (a selector cannot change).
      const selectors = [
        werkwijzer(objecten).spec.selector.matchLabels,
        valkey(objecten).spec.selector.matchLabels,
        een(objecten, 'Service', 'werkwijzer').spec.selector,
        een(objecten, 'PodDisruptionBudget').spec.selector.matchLabels,
        een(objecten, 'NetworkPolicy').spec.podSelector.matchLabels,
        een(objecten, 'NetworkPolicy').spec.ingress[0].from[0].podSelector.matchLabels,
      ]
      for (const s of selectors) {
        expect(s['app.kubernetes.io/instance']).toBe(instance)
        expect(s['app.kubernetes.io/version']).toBeUndefined()
      }
    }
  })

  it('alleen de server van dezelfde installatie mag bij Valkey', () => {
    const beleid = een(voorbeeld, 'NetworkPolicy')
    expect(past(beleid.spec.podSelector.matchLabels, valkey(voorbeeld).spec.template.metadata.labels)).toBe(true)
    const van = beleid.spec.ingress[0].from[0].podSelector.matchLabels
    expect(past(van, werkwijzer(voorbeeld).spec.template.metadata.labels)).toBe(true)
    // The same server of another installation does not match.
    const ander = { ...werkwijzer(voorbeeld).spec.template.metadata.labels, 'app.kubernetes.io/instance': 'anderstad' }
    expect(past(van, ander)).toBe(false)
  })
})

describe('deploy/voorbeeld (een installatie voor één gemeente)', () => {
  it('een Namespace, en alles daarin', () => {
    const ns = een(voorbeeld, 'Namespace')
    expect(voorbeeld[0]).toBe(ns)
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted')
    for (const o of voorbeeld.filter((o) => o.kind !== 'Namespace')) {
      expect(o.metadata.namespace, `${o.kind} ${o.metadata.name}`).toBe(ns.metadata.name)
    }
  })

  it('de geheimen maak je met het commando uit de kustomization: in die namespace, met elke sleutel', () => {
    // The command with its continuation lines (each ending in a backslash), from the comment.
    const regels = readFileSync(join(VOORBEELD, 'kustomization.yaml'), 'utf8').split('\n')
    const begin = regels.findIndex((r) => r.includes('create secret generic'))
    let einde = begin
    while (regels[einde]?.trimEnd().endsWith('\\')) einde++
    const commando = regels.slice(begin, einde + 1).join('\n')
    const [, ns, naam] = /kubectl -n (\S+) create secret generic (\S+)/.exec(commando) ?? []
    const rest = commando
    expect(ns).toBe(een(voorbeeld, 'Namespace').metadata.name)
    const sleutels = [...rest.matchAll(/--from-literal=([\w-]+)=/g)].map((m) => m[1])
    const nodig = [...(container(voorbeeld).env as Obj[]), ...(valkeyContainer(voorbeeld).env as Obj[])]
      .filter((e) => e.valueFrom?.secretKeyRef)
      .map((e) => e.valueFrom.secretKeyRef)
    for (const ref of nodig) {
      expect(ref.name).toBe(naam)
      expect(sleutels).toContain(ref.key)
    }
    // The README gives the same command.
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`kubectl -n ${ns} create secret generic ${naam}`)
  })

  it('koppelt het profiel uit een ConfigMap en zet GEMEENTE op dat pad', () => {
    const dep = werkwijzer(voorbeeld)
    const cm = voorbeeld.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('werkwijzer-gemeente'))
    const c = container(voorbeeld)
    expect(c.image).toBe(`registry.voorbeeldstad.nl/werkwijzer:${VERSIE}`)
    const env = podEnv(c)
    const mount = c.volumeMounts.find((m: Obj) => m.name === 'gemeente')
    expect(env.GEMEENTE).toBe(`${mount.mountPath}/voorbeeldstad.json`)
    const volume = dep.spec.template.spec.volumes.find((v: Obj) => v.name === 'gemeente')
    expect(volume.configMap.name).toBe(cm.metadata.name)
    // The profile in the ConfigMap is a valid one: the same as the project's Voorbeeldstad.
    expect(JSON.parse(cm.data['voorbeeldstad.json'])).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'gemeenten/voorbeeldstad.json'), 'utf8')),
    )
  })

  it('twee installaties in één cluster botsen niet: geen gelijke namen, geen selector die de ander kiest', () => {
    const kopie = mkdtempSync(join(tmpdir(), 'werkwijzer-tweede-'))
    try {
      cpSync(join(ROOT, 'deploy'), kopie, { recursive: true })
      const k = join(kopie, 'voorbeeld', 'kustomization.yaml')
      writeFileSync(
        k,
        readFileSync(k, 'utf8')
          .replace('namespace: werkwijzer-voorbeeldstad', 'namespace: werkwijzer-anderstad')
          .replace('instance: voorbeeldstad', 'instance: anderstad'),
      )
      const ns = join(kopie, 'voorbeeld', 'namespace.yaml')
      writeFileSync(ns, readFileSync(ns, 'utf8').replace('werkwijzer-voorbeeldstad', 'werkwijzer-anderstad'))
      const tweede = render(join(kopie, 'voorbeeld'))
      const sleutel = (o: Obj) => `${o.metadata.namespace ?? ''}/${o.kind}/${o.metadata.name}`
      const eerste = new Set(voorbeeld.map(sleutel))
      expect(tweede.filter((o) => eerste.has(sleutel(o))).map(sleutel)).toEqual([])
      // Even if they shared a namespace: no selector of one picks a pod of the other.
      const podsVan = (objecten: Obj[]) =>
        objecten.filter((o) => o.spec?.template).map((o) => o.spec.template.metadata.labels)
      const selectorsVan = (objecten: Obj[]) => [
        ...objecten.filter((o) => o.spec?.selector?.matchLabels).map((o) => o.spec.selector.matchLabels),
        ...objecten.filter((o) => o.kind === 'Service').map((o) => o.spec.selector),
        ...objecten.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.spec.podSelector.matchLabels),
      ]
      for (const s of selectorsVan(tweede)) for (const pod of podsVan(voorbeeld)) expect(past(s, pod)).toBe(false)
      for (const s of selectorsVan(voorbeeld)) for (const pod of podsVan(tweede)) expect(past(s, pod)).toBe(false)
    } finally {
      rmSync(kopie, { recursive: true, force: true })
    }
  })
})

/** Starts redis-server with Valkey's arguments from the manifest (same options, same meaning). */
async function startMetManifest(extra: string[] = []): Promise<{ poort: number; proces: ChildProcess; map: string }> {
  const args = podArgs(valkeyContainer(base))
  const map = tijdelijkeMap('valkey')
  args[args.indexOf('--dir') + 1] = map
  const poort = await vrijePoort()
  const proces = startKind('redis-server', [...args, ...extra, '--port', String(poort), '--bind', '127.0.0.1'], {
    stdio: 'ignore',
  })
  await wachtOpPoort(poort)
  return { poort, proces, map }
}

describe('Valkey met de argumenten uit het manifest (op redis-server)', () => {
  it.skipIf(!kanRedis)('vraagt het wachtwoord; de readiness-probe slaagt alleen daarmee', async () => {
    const { poort, proces, map } = await startMetManifest()
    try {
      const probe = valkeyContainer(base).readinessProbe.exec.command as string[]
      // The probe as the kubelet runs it, with redis-cli for valkey-cli (the same protocol and options).
      const draai = (auth?: string) =>
        spawnSync(
          probe[0] ?? 'sh',
          [...probe.slice(1, -1), `${probe.at(-1)?.replace('valkey-cli', `redis-cli -p ${poort}`)}`],
          {
            env: { PATH: process.env.PATH ?? '', ...(auth ? { REDISCLI_AUTH: auth } : {}) },
          },
        ).status
      expect(draai()).not.toBe(0)
      expect(draai('fout-wachtwoord-0000')).not.toBe(0)
      expect(draai(GEHEIM)).toBe(0)
    } finally {
      proces.kill('SIGKILL')
      rmSync(map, { recursive: true, force: true })
    }
  })

  it.skipIf(!kanRedis)('is het geheugen vol, dan weigert hij te schrijven en gooit hij geen gesprek weg', async () => {
    // The manifest's policy with a small limit, so the test fills it in a moment.
    const { poort, proces, map } = await startMetManifest(['--maxmemory', '3mb'])
    const { Redis } = await import('ioredis')
    const client = new Redis({ port: poort, host: '127.0.0.1', password: GEHEIM, maxRetriesPerRequest: 1 })
    try {
      for (let i = 0; i < 20; i++) await client.set(`werkwijzer:gesprek:vroeg-${i}`, 'x'.repeat(1000))
      let geweigerd: Error | undefined
      for (let i = 0; i < 10_000 && !geweigerd; i++) {
        await client.set(`werkwijzer:gesprek:later-${i}`, 'y'.repeat(2000)).catch((fout: Error) => {
          geweigerd = fout
        })
      }
      expect(geweigerd?.message).toMatch(/^OOM/)
      for (let i = 0; i < 20; i++) expect(await client.exists(`werkwijzer:gesprek:vroeg-${i}`)).toBe(1)
      expect(Number((await client.info('stats')).match(/evicted_keys:(\d+)/)?.[1])).toBe(0)
    } finally {
      client.disconnect()
      proces.kill('SIGKILL')
      rmSync(map, { recursive: true, force: true })
    }
  })

  it.skipIf(!kanRedis)('verliest niets bij een harde herstart (SIGKILL)', { timeout: 30_000 }, async () => {
    const { Redis } = await import('ioredis')
    let { poort, proces, map } = await startMetManifest()
    try {
      const client = new Redis({ port: poort, host: '127.0.0.1', password: GEHEIM, maxRetriesPerRequest: 1 })
      for (let i = 0; i < 50; i++) await client.set(`werkwijzer:gesprek:test-${i}`, `stap ${i}`)
      client.disconnect()
      await new Promise((klaar) => {
        proces.once('exit', klaar)
        proces.kill('SIGKILL')
      })
      const args = podArgs(valkeyContainer(base))
      args[args.indexOf('--dir') + 1] = map
      proces = startKind('redis-server', [...args, '--port', String(poort), '--bind', '127.0.0.1'], { stdio: 'ignore' })
      await wachtOpPoort(poort)
      const terug = new Redis({ port: poort, host: '127.0.0.1', password: GEHEIM, maxRetriesPerRequest: 1 })
      expect(await terug.get('werkwijzer:gesprek:test-49')).toBe('stap 49')
      expect(await terug.dbsize()).toBe(50)
      terug.disconnect()
    } finally {
      proces.kill('SIGKILL')
      rmSync(map, { recursive: true, force: true })
    }
  })
})

/** compose.yaml's `${VAR:?message}`, as `docker compose` fills it from .env: here with the sample secret. */
function composeVanEnv(tekst: string): string {
  return tekst.replace(/\$\{(\w+)(?::?[?-][^}]*)?\}/g, () => GEHEIM)
}

describe('compose.yaml', () => {
  const ruw = readFileSync(join(ROOT, 'compose.yaml'), 'utf8')
  const compose = parse(composeVanEnv(ruw), { merge: true })
  const servers = Object.entries(compose.services as Record<string, Obj>).filter(([naam]) => naam !== 'valkey')

  it('twee Werkwijzer-containers en Valkey: append-only op een volume, noeviction, een wachtwoord', () => {
    expect(servers).toHaveLength(2)
    const v = compose.services.valkey
    expect(v.image).toMatch(/^valkey\/valkey:\d/)
    const args: string[] = v.command
    expect(arg(args, '--appendonly')).toBe('yes')
    expect(arg(args, '--maxmemory-policy')).toBe('noeviction')
    expect(arg(args, '--maxmemory')).toBeDefined()
    expect(arg(args, '--requirepass')).toBe(GEHEIM)
    expect(v.volumes[0]).toMatch(/^[\w-]+:\/data$/)
    // The secrets are required: without .env compose stops and says what to set.
    expect(ruw).toMatch(/REDIS_PASSWORD: \$\{REDIS_PASSWORD:\?[^}]+\}/)
    expect(ruw).toMatch(/--requirepass\n\s+- \$\{REDIS_PASSWORD:\?[^}]+\}/)
    for (const [, s] of servers) {
      expect(s.read_only).toBe(true)
      expect(s.user).not.toMatch(/^(?:0|root)\b/)
      expect(s.environment.REDIS_URL).toBe('redis://valkey:6379')
      expect(s.environment.REDIS_PASSWORD).toBe(GEHEIM)
      expect(s.healthcheck.test.join(' ')).toContain('/readyz')
    }
  })

  it('een drain: /readyz 503 en dan pas stoppen, ruim binnen de stop_grace_period', () => {
    for (const [, s] of servers) {
      const nodig = Number(s.environment.DRAIN_SECONDS) + Number(s.environment.SHUTDOWN_TIMEOUT_SECONDS) + 5
      expect(Number(s.environment.DRAIN_SECONDS)).toBeGreaterThan(0)
      expect(Number.parseInt(s.stop_grace_period, 10)).toBeGreaterThanOrEqual(nodig)
    }
  })

  it('elke variabele kent server/env.ts, en de waarden zijn geldig (ook in productie)', () => {
    for (const [, s] of servers) {
      for (const naam of Object.keys(s.environment)) expect(BEKENDE_VARIABELEN, naam).toContain(naam)
      expect(() => leesEnv({ NODE_ENV: 'production', ...s.environment })).not.toThrow()
    }
  })
})

describe('de probes op een draaiende server met de instellingen uit het manifest', () => {
  let redis: RedisServer | undefined
  let proces: ChildProcess | undefined
  const map = tijdelijkeMap('deploy')

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
    const env = podEnv(container(base))
    proces = startKind(process.execPath, ['dist/server.js'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        ...env,
        // Only what differs on this machine: the address, and Redis by its local port (no password there).
        HOST: '127.0.0.1',
        PORT: String(poort),
        REDIS_URL: redis?.url ?? '',
        REDIS_PASSWORD: '',
        STATISTIEKEN_PAD: join(map, 'statistieken.db'),
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    })
    const c = container(base)
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
    // /metrics with the token from the Secret.
    const metrics = await fetch(`http://127.0.0.1:${poort}/metrics`, { headers: { Authorization: `Bearer ${GEHEIM}` } })
    expect(await metrics.text()).toContain(`werkwijzer_build_info{version="${VERSIE}",model="assen-2015"} 1`)
    // With Redis down the pod leaves the Service (readiness 503) but is not restarted (liveness 200).
    await redis?.stop()
    await wachtTot(() => fetch(`http://127.0.0.1:${poort}/readyz`).then((r) => r.status === 503), 10_000)
    expect((await fetch(`http://127.0.0.1:${poort}/livez`)).status).toBe(200)
  })
})
