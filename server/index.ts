/**
 * Starts Werkwijzer: the only file that reads `process.env` and listens on a port.
 * Run as `node dist/server.js` (also PID 1 in the container): it handles SIGTERM and SIGINT itself.
 */
import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { vandaagPerMinuut } from './context.js'
import { EnvFout, leesEnv } from './env.js'
import { GemeenteFout, laadGemeente } from './gemeente.js'
import { maakTeksten } from './i18n.js'
import { type Logger, logFout, maakLogger } from './logging.js'
import { maakMetingen, metendeStore } from './metrics/index.js'
import { REGELS_MAP } from './regels.js'
import { maakTeller } from './statistieken/index.js'
import { logboekVan } from './statistieken/types.js'
import { geheugenStore } from './store/geheugen.js'
import { redisStore } from './store/redis.js'

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
    logger.error({ redis: adres, fout: fout.code ?? fout.name }, 'Redis niet bereikbaar; opnieuw proberen')
  })
  redis.on('ready', () => {
    if (weg) logger.info({ redis: adres }, 'Redis weer bereikbaar')
    weg = false
  })
}

function start() {
  const env = leesEnv(process.env)
  const gemeente = laadGemeente(
    env.GEMEENTE,
    env.GEMEENTE_PAD,
    env.REGELS_PAD ? [env.REGELS_PAD, REGELS_MAP] : [REGELS_MAP],
  )
  const teksten = maakTeksten()
  const basisUrl = (
    env.PUBLIC_URL ?? `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT}`
  ).replace(/\/$/, '')
  const logger = maakLogger(env.LOG_LEVEL)
  const levensduur = { ttlMs: env.GESPREK_TTL_MINUTES * 60_000, maxLevensduurMs: env.GESPREK_MAX_UUR * 3_600_000 }
  const redis = env.REDIS_URL ? redisStore(env.REDIS_URL, levensduur) : undefined
  if (redis && env.REDIS_URL) logRedis(redis.redis, env.REDIS_URL, logger)
  // Measured only when someone can read it: counting costs every request a little.
  const metingen =
    env.METRICS || env.METRICS_TOKEN
      ? maakMetingen({
          procesMetingen: true,
          ...(redis ? { redisVerbonden: () => redis.redis.status === 'ready' } : {}),
        })
      : undefined
  const kaleStore = redis ?? geheugenStore({ max: env.MAX_GESPREKKEN, ...levensduur })
  const store = metingen ? metendeStore(kaleStore, metingen) : kaleStore
  const origins = env.ALLOWED_ORIGINS
  const teller = maakTeller(
    { redisUrl: env.REDIS_URL, pad: env.STATISTIEKEN_PAD, bewaarDagen: env.STATISTIEKEN_BEWAAR_DAGEN },
    logboekVan(logger),
  )
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
    ...(metingen ? { metingen } : {}),
    metricsToegang: { open: env.METRICS, ...(env.METRICS_TOKEN ? { token: env.METRICS_TOKEN } : {}) },
    beveiliging: {
      ...(origins?.length ? { origins } : {}),
      perMinuut: env.RATE_LIMIT_PER_MINUTE,
      perGesprekPerMinuut: env.RATE_LIMIT_GESPREK_PER_MINUTE,
      ...(redis ? { redis: redis.redis } : {}),
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
    headersTimeout: Math.min(env.HEADERS_TIMEOUT_SECONDS * 1000, requestTimeout),
    // How often Node checks those two; its default (30 s) would let a slow client linger far longer.
    connectionsCheckingInterval: 1000,
  }
  const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT, serverOptions }, (info) => {
    logger.info({ poort: info.port }, `Werkwijzer (${gemeente.naam}) draait op http://${env.HOST}:${info.port}/`)
  })
  // Listening failed (port taken, no right to it, unknown HOST): say which and stop, instead of
  // running on without a port, which a supervisor would take for a healthy process.
  server.once('error', (fout: NodeJS.ErrnoException) => {
    const waarom =
      fout.code === 'EADDRINUSE'
        ? `poort ${env.PORT} is al in gebruik (door een ander programma of een tweede Werkwijzer). Kies een andere PORT.`
        : fout.code === 'EACCES'
          ? `geen recht op poort ${env.PORT}. Kies een PORT boven 1023.`
          : fout.code === 'EADDRNOTAVAIL' || fout.code === 'ENOTFOUND'
            ? `het adres HOST=${env.HOST} bestaat niet op deze machine.`
            : `${fout.code ?? fout.name} op ${env.HOST}:${env.PORT}.`
    console.error(`Werkwijzer kan niet starten: ${waarom}`)
    process.exit(1)
  })

  // SIGTERM/SIGINT: stop accepting, let in-flight requests finish (at most 10 s), then exit 0.
  let stoppen = false
  const stop = () => {
    if (stoppen) return
    stoppen = true
    const noodrem = setTimeout(() => process.exit(0), 10_000)
    noodrem.unref()
    server.close(() => {
      void Promise.allSettled([store.close(), teller?.close()]).finally(() => process.exit(0))
    })
    // A keep-alive connection whose request has just finished is closed too, so exit does not wait for it.
    if ('closeIdleConnections' in server) {
      server.closeIdleConnections()
      setInterval(() => server.closeIdleConnections(), 100).unref()
    }
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

try {
  start()
} catch (fout) {
  if (fout instanceof EnvFout || fout instanceof GemeenteFout) {
    console.error(fout.message)
    process.exit(1)
  }
  throw fout
}
