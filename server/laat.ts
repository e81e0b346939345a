/**
 * Packages that only some installations use (Redis, Prometheus), loaded the first time they are
 * needed instead of at start-up: loading ioredis and prom-client was about a sixth of the time to
 * the first answer, also for a server that never uses them. Both are CommonJS, so `require` loads
 * them in place; the types still come from their own declarations.
 */
import { createRequire } from 'node:module'

const laad = createRequire(import.meta.url)

export const ioredis = (): typeof import('ioredis') => laad('ioredis')
export const promClient = (): typeof import('prom-client') => laad('prom-client')
