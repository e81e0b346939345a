import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './context.js'
import { foutenUit, probleemUit, stuurProbleem } from './problem.js'

/** A sub-app with the validation hook that turns zod errors into Dutch problem+json. */
export function nieuweRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: async (uitslag, c) => {
      if (uitslag.success) return
      const t = c.get('fouten')
      const invoer =
        uitslag.target === 'json'
          ? await c.req.json().catch(() => undefined)
          : uitslag.target === 'query'
            ? c.req.query()
            : uitslag.target === 'param'
              ? c.req.param()
              : undefined
      return stuurProbleem(
        c,
        probleemUit(t, 400, 'ongeldigeInvoer', {}, { errors: foutenUit(t, uitslag.error, uitslag.target, invoer) }),
      )
    },
  })
}
