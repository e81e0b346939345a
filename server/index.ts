/**
 * Starts Werkwijzer: the only file that reads `process.env` and listens on a port.
 */
import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { vandaagPerMinuut } from './context.js'
import { EnvFout, leesEnv } from './env.js'
import { GemeenteFout, laadGemeente } from './gemeente.js'
import { maakTeksten } from './i18n.js'
import { logFout, maakLogger } from './logging.js'
import { maakTeller } from './statistieken/index.js'
import { geheugenStore } from './store/geheugen.js'
import { redisStore } from './store/redis.js'

function start() {
  const env = leesEnv(process.env)
  const gemeente = laadGemeente(env.GEMEENTE)
  const teksten = maakTeksten()
  const basisUrl = (
    env.PUBLIC_URL ?? `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT}`
  ).replace(/\/$/, '')
  const logger = maakLogger(env.LOG_LEVEL)
  const redis = env.REDIS_URL ? redisStore(env.REDIS_URL, env.GESPREK_TTL_MINUTES * 60) : undefined
  const store = redis ?? geheugenStore({ max: env.MAX_GESPREKKEN, ttlMs: env.GESPREK_TTL_MINUTES * 60_000 })
  const origins = env.ALLOWED_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean)
  const teller = maakTeller({
    redisUrl: env.REDIS_URL,
    pad: env.STATISTIEKEN_PAD,
    bewaarDagen: env.STATISTIEKEN_BEWAAR_DAGEN,
  })
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
    beveiliging: {
      ...(origins?.length ? { origins } : {}),
      perMinuut: env.RATE_LIMIT_PER_MINUTE,
      ...(redis ? { redis: redis.redis } : {}),
      vertrouwProxy: env.TRUST_PROXY,
    },
  })

  // An error outside a request (or one that escaped it) is logged; it never takes the process down.
  process.on('uncaughtException', (fout) => logFout(logger, fout))
  process.on('unhandledRejection', (fout) => logFout(logger, fout))

  const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
    logger.info({ poort: info.port }, `Werkwijzer (${gemeente.naam}) draait op http://${env.HOST}:${info.port}/`)
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
