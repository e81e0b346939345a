/**
 * Starts Werkwijzer: the only file that reads `process.env` and listens on a port.
 */
import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { vandaagInAmsterdam } from './context.js'
import { EnvFout, leesEnv } from './env.js'
import { GemeenteFout, laadGemeente } from './gemeente.js'
import { maakTeksten } from './i18n.js'
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
  const store = env.REDIS_URL
    ? redisStore(env.REDIS_URL, env.GESPREK_TTL_MINUTES * 60)
    : geheugenStore({ max: env.MAX_GESPREKKEN, ttlMs: env.GESPREK_TTL_MINUTES * 60_000 })
  const teller = maakTeller({ redisUrl: env.REDIS_URL, pad: env.STATISTIEKEN_PAD })
  const app = createApp({
    gemeente,
    teksten,
    vandaag: () => vandaagInAmsterdam(),
    basisUrl,
    store,
    ...(teller ? { teller } : {}),
    ...(env.BEHEER_TOKEN ? { beheerToken: env.BEHEER_TOKEN } : {}),
  })

  const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
    console.log(`Werkwijzer (${gemeente.naam}) draait op http://${env.HOST}:${info.port}/`)
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
    if ('closeIdleConnections' in server) server.closeIdleConnections()
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
