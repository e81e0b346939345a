/**
 * Setup file for every test file (vitest.config.ts): what a file started and did not stop is killed
 * after its last hook, and whenever its worker exits or is signalled (see `test/kinderen.ts`).
 */
import { afterAll, beforeAll, expect } from 'vitest'
import { bewaakWorker, ruimOp, zetBestand } from './kinderen.js'

bewaakWorker()
beforeAll(() => zetBestand(expect.getState().testPath ?? ''))
// Registered before the file's own hooks, so it runs after them (after-hooks run in reverse order).
afterAll(ruimOp)
