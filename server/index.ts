/**
 * Starts Werkwijzer: the only file that reads `process.env` and listens on a port.
 * Run as `node dist/server.js` (also PID 1 in the container): it handles SIGTERM and SIGINT itself.
 */
import { createServer, type ServerResponse } from 'node:http'
import { Server as NetServer } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { createApp } from './app.js'
import { vandaagPerMinuut } from './context.js'
import { EnvFout, leesEnv, verdachteVariabelen } from './env.js'
import { GemeenteFout, laadGemeente } from './gemeente.js'
import { maakTeksten } from './i18n.js'
import { type Logger, logFout, maakLogger } from './logging.js'
import { maakMetingen, metendeStore } from './metrics/index.js'
import { controleerSchrijfbaar, StartFout } from './opstart.js'
import { beantwoordParserfouten } from './parserfouten.js'
import { REGELS_MAP } from './regels.js'
import { maakTeller } from './statistieken/index.js'
import { logboekVan } from './statistieken/types.js'
import { geheugenStore } from './store/geheugen.js'
import { controleerRedis, redisFoutSoort, redisStore } from './store/redis.js'
import { maakSporen, sporendeStore, sporenUrl } from './tracing.js'
import { VERSIE } from './versie.js'

/** `redis://user:secret@host:6379/0` as `redis://host:6379`: a log line never holds the password. */
function zonderGeheim(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}`
  } catch {
    return '(ongeldig adres)'
  }
}

/**
 * Logs the Redis connection going down and coming back, once per change (ioredis retries every few
 * seconds; one line per retry would flood the log). Only the error code and host, never the URL's secret.
 */
function logRedis(redis: import('ioredis').Redis, url: string, logger: Logger) {
  const adres = zonderGeheim(url)
  let weg = false
  redis.on('error', (fout: NodeJS.ErrnoException) => {
    if (weg) return
    weg = true
    const code = fout.code ?? fout.message?.split(' ')[0] ?? fout.name
    if (redisFoutSoort(fout) === 'wachtwoord')
      logger.error(
        { redis: adres, fout: code },
        'Redis weigert het wachtwoord of de gebruiker uit REDIS_URL; controleer ze. Opnieuw proberen',
      )
    else logger.error({ redis: adres, fout: code }, 'Redis niet bereikbaar; opnieuw proberen')
  })
  redis.on('ready', () => {
    if (weg) logger.info({ redis: adres }, 'Redis weer bereikbaar')
    weg = false
  })
  // Once per start: say what in this Redis can lose conversations (eviction, no persistence).
  redis.once('ready', () => {
    void controleerRedis(redis).then((meldingen) => {
      for (const melding of meldingen) logger.warn({ redis: adres }, melding)
    })
  })
}

function start() {
  const env = leesEnv(process.env)
  const logger = maakLogger(env.LOG_LEVEL)
  // A setting with a typo is ignored: say so, by name, before anything else.
  for (const { naam, bedoeld } of verdachteVariabelen(process.env)) {
    logger.warn(
      { variabele: naam, ...(bedoeld ? { bedoeld } : {}) },
      bedoeld
        ? `onbekende instelling ${naam} genegeerd; bedoel je ${bedoeld}?`
        : `onbekende instelling ${naam} genegeerd (zie Instellingen in de README)`,
    )
  }
  const gemeente = laadGemeente(
    env.GEMEENTE,
    env.GEMEENTE_PAD,
    env.REGELS_PAD ? [env.REGELS_PAD, REGELS_MAP] : [REGELS_MAP],
  )
  // Without Redis the figures go to a SQLite file: a path nobody can write stops the start here.
  if (!env.REDIS_URL) controleerSchrijfbaar('STATISTIEKEN_PAD', env.STATISTIEKEN_PAD)
  const teksten = maakTeksten()
  const basisUrl = (
    env.PUBLIC_URL ?? `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT}`
  ).replace(/\/$/, '')
  const levensduur = { ttlMs: env.GESPREK_TTL_MINUTES * 60_000, maxLevensduurMs: env.GESPREK_MAX_UUR * 3_600_000 }
  const redis = env.REDIS_URL ? redisStore(env.REDIS_URL, levensduur) : undefined
  if (redis && env.REDIS_URL) logRedis(redis.redis, env.REDIS_URL, logger)
  // Measured only when someone can read it: counting costs every request a little.
  const metingen =
    env.METRICS || env.METRICS_TOKEN
      ? maakMetingen({
          bouw: { versie: VERSIE, model: gemeente.regelmodel.id },
          procesMetingen: true,
          ...(redis ? { redisVerbonden: () => redis.redis.status === 'ready' } : {}),
        })
      : undefined
  const otlp = sporenUrl(env)
  const sporen = otlp
    ? maakSporen({
        url: otlp,
        ...(env.OTEL_EXPORTER_OTLP_HEADERS ? { koppen: env.OTEL_EXPORTER_OTLP_HEADERS } : {}),
        dienst: env.OTEL_SERVICE_NAME,
        versie: VERSIE,
        regelmodel: gemeente.regelmodel.id,
        logger,
      })
    : undefined
  let volGemeld = 0
  const kaleStore =
    redis ??
    geheugenStore({
      max: env.MAX_GESPREKKEN,
      ...(env.MAX_GESPREKKEN_MB ? { maxBytes: env.MAX_GESPREKKEN_MB * 1024 * 1024 } : {}),
      ...levensduur,
      // At most once a minute: every refused write would be a line otherwise.
      bijVol: () => {
        if (Date.now() - volGemeld < 60_000) return
        volGemeld = Date.now()
        logger.warn('geheugenopslag vol met gesprekken in gebruik: nieuwe gesprekken krijgen 503 (MAX_GESPREKKEN_MB)')
      },
    })
  const gemetenStore = metingen ? metendeStore(kaleStore, metingen) : kaleStore
  const store = sporen ? sporendeStore(gemetenStore, sporen) : gemetenStore
  const origins = env.ALLOWED_ORIGINS
  const teller = maakTeller(
    { redisUrl: env.REDIS_URL, pad: env.STATISTIEKEN_PAD, bewaarDagen: env.STATISTIEKEN_BEWAAR_DAGEN },
    logboekVan(logger),
  )
  if (!teller && !env.REDIS_URL) {
    throw new StartFout(`STATISTIEKEN_PAD=${env.STATISTIEKEN_PAD}: de tellingen kunnen daar niet worden geopend.`)
  }
  let stoppen = false
  const app = createApp({
    gemeente,
    teksten,
    vandaag: vandaagPerMinuut(),
    basisUrl,
    store,
    ...(teller ? { teller } : {}),
    ...(env.BEHEER_TOKEN ? { beheerToken: env.BEHEER_TOKEN } : {}),
    logger,
    bewaarMinuten: env.GESPREK_TTL_MINUTES,
    bewaarMaxUur: env.GESPREK_MAX_UUR,
    statistiekenBewaarDagen: env.STATISTIEKEN_BEWAAR_DAGEN,
    ...(metingen ? { metingen } : {}),
    ...(sporen ? { sporen } : {}),
    stopt: () => stoppen,
    metricsToegang: { open: env.METRICS, ...(env.METRICS_TOKEN ? { token: env.METRICS_TOKEN } : {}) },
    beveiliging: {
      ...(origins?.length ? { origins } : {}),
      perMinuut: env.RATE_LIMIT_PER_MINUTE,
      perGesprekPerMinuut: env.RATE_LIMIT_GESPREK_PER_MINUTE,
      berichtenPerMinuut: env.RATE_LIMIT_BERICHTEN_PER_MINUTE,
      ...(redis ? { redis: redis.redis } : {}),
      ...(env.SNELHEID_GEHEIM ? { geheim: env.SNELHEID_GEHEIM } : {}),
      vertrouwProxy: env.TRUST_PROXY,
    },
  })

  // An error that escaped every handler leaves the process in a state nobody knows: log it and exit
  // non-zero, so the orchestrator starts a clean one (conversations live in Redis in production).
  const fataal = (fout: unknown) => {
    logFout(logger, fout)
    logger.flush?.()
    process.exit(1)
  }
  process.on('uncaughtException', fataal)
  process.on('unhandledRejection', fataal)

  const requestTimeout = env.REQUEST_TIMEOUT_SECONDS * 1000
  const serverOptions = {
    // Slow or idle connections are cut: a request must be complete in time, its headers sooner.
    requestTimeout,
    headersTimeout: env.HEADERS_TIMEOUT_SECONDS * 1000,
    // How often Node checks those two; its default (30 s) would let a slow client linger far longer.
    connectionsCheckingInterval: 1000,
  }
  // The requests that are running, so a stop can tell them to close their connection and count what it cuts.
  const lopend = new Set<ServerResponse>()
  const luister = getRequestListener(app.fetch, { hostname: env.HOST })
  const server = createServer(serverOptions, (req, res) => {
    lopend.add(res)
    res.once('close', () => lopend.delete(res))
    if (stoppen) res.setHeader('Connection', 'close')
    void luister(req, res)
  })
  server.listen(env.PORT, env.HOST, () => {
    const adres = server.address()
    const poort = typeof adres === 'object' && adres ? adres.port : env.PORT
    logger.info(
      { poort, gemeente: gemeente.id, model: gemeente.regelmodel.id, opslag: store.soort, traces: Boolean(sporen) },
      `Werkwijzer ${VERSIE} (${gemeente.naam}) draait op http://${env.HOST}:${poort}/`,
    )
  })
  // Parser refusals (both Transfer-Encoding and Content-Length, headers too large): Dutch problem+json.
  beantwoordParserfouten(server, teksten.t('nl', 'fouten'))
  // Listening failed (port taken, no right to it, unknown HOST): say which and stop, instead of
  // running on without a port, which a supervisor would take for a healthy process.
  server.once('error', (fout: NodeJS.ErrnoException) => {
    const waarom =
      fout.code === 'EADDRINUSE'
        ? `poort ${env.PORT} is al in gebruik (door een ander programma of een tweede Werkwijzer). Kies een andere PORT.`
        : fout.code === 'EACCES'
          ? `geen recht op poort ${env.PORT}. Kies een PORT boven 1023.`
          : fout.code === 'EADDRNOTAVAIL' || fout.code === 'ENOTFOUND' || fout.code === 'EAI_AGAIN'
            ? `het adres HOST=${env.HOST} bestaat niet op deze machine.`
            : `${fout.code ?? fout.name} op ${env.HOST}:${env.PORT}.`
    meldStartfout(`Werkwijzer kan niet starten: ${waarom}`)
    process.exit(1)
  })

  /**
   * SIGTERM/SIGINT. In order:
   * 1. "stopping" in the log; `/readyz` says 503 and every answer from now on says `Connection: close`, also
   *    the ones already running, so no client sends another request on a connection that is about to go.
   * 2. For DRAIN_SECONDS the server still takes new requests, so a load balancer that checks `/readyz`
   *    can stop sending first (Kubernetes does this with its preStop pause instead).
   * 3. It stops listening. Idle keep-alive connections are not cut at once (Node's `server.close()` would):
   *    a client may be sending on one right then, which gave resets. Node closes them after its keep-alive
   *    timeout, which it announced to the client (`Keep-Alive: timeout=5`), so clients do not reuse them.
   * 4. Requests still running after SHUTDOWN_TIMEOUT_SECONDS are cut. "stopped (n requests cut)" in the
   *    log; exit code 1 when n > 0 (someone lost an answer), else 0.
   */
  let begin = 0
  let noodrem: NodeJS.Timeout | undefined
  let klaarGemeld = false
  const klaar = (afgebroken: number) => {
    if (klaarGemeld) return
    klaarGemeld = true
    clearTimeout(noodrem)
    server.closeAllConnections()
    const afsluiten = Promise.allSettled([store.close(), teller?.close(), sporen?.leeg()])
    const uiterlijk = new Promise((k) => setTimeout(k, 3000).unref())
    void Promise.race([afsluiten, uiterlijk]).finally(() => {
      logger.info(
        { afgebroken, ms: Date.now() - begin },
        `Werkwijzer gestopt (${afgebroken} ${afgebroken === 1 ? 'verzoek' : 'verzoeken'} afgebroken)`,
      )
      logger.flush?.()
      process.exit(afgebroken > 0 ? 1 : 0)
    })
  }
  const stop = (signaal: NodeJS.Signals) => {
    // A second Ctrl+C: stop now.
    if (stoppen) return klaar(lopend.size)
    stoppen = true
    begin = Date.now()
    logger.info(
      { signaal, lopend: lopend.size, drainSeconden: env.DRAIN_SECONDS, timeoutSeconden: env.SHUTDOWN_TIMEOUT_SECONDS },
      `Werkwijzer stopt (${signaal})`,
    )
    for (const res of lopend) if (!res.headersSent) res.setHeader('Connection', 'close')
    const sluit = () => {
      NetServer.prototype.close.call(server, () => klaar(0))
      noodrem = setTimeout(() => klaar(lopend.size), env.SHUTDOWN_TIMEOUT_SECONDS * 1000)
    }
    if (env.DRAIN_SECONDS > 0) setTimeout(sluit, env.DRAIN_SECONDS * 1000)
    else sluit()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

/**
 * A start that fails on a setting: the Dutch message as plain text on stderr (for the person at the
 * terminal or `kubectl logs`), and once as a JSON line on stdout for the log pipeline. Never a stack:
 * the message says what to change.
 */
function meldStartfout(melding: string) {
  console.error(melding)
  const [eerste = melding, ...rest] = melding.split('\n')
  const logger = maakLogger('fatal')
  logger.fatal(rest.length ? { fouten: rest.map((r) => r.trim()) } : {}, eerste.replace(/:$/, ''))
  logger.flush?.()
}

try {
  start()
} catch (fout) {
  if (fout instanceof EnvFout || fout instanceof GemeenteFout || fout instanceof StartFout) {
    meldStartfout(fout.message)
    process.exit(1)
  }
  throw fout
}
