/**
 * Global setup of `vitest run`: gives the run its id (inherited by the workers and every process they
 * start) and, at the end, proves that none of the run's processes is still alive. What a test file
 * left behind is killed here and fails the run, named with the file that started it.
 */
import { rmSync } from 'node:fs'
import { aantalGestart, doodSync, nieuweRunId, RUN_VARIABELE, runMap, vanDezeRun, wachtTotWeg } from './kinderen.js'

export default function setup(): () => Promise<void> {
  const id = nieuweRunId()
  process.env[RUN_VARIABELE] = id
  const map = runMap(id)
  // Interrupted (Ctrl-C, SIGTERM): vitest exits without its teardown; the run's processes and folder go with it.
  const vangnet = () => {
    doodSync(vanDezeRun(id))
    rmSync(map, { recursive: true, force: true })
  }
  process.on('exit', vangnet)

  return async function teardown() {
    process.off('exit', vangnet)
    const gestart = aantalGestart(id)
    // A child killed a moment ago may not be reaped yet: a leftover is one that is still there after 5 s.
    const over = await wachtTotWeg(() => vanDezeRun(id), 5_000)
    doodSync(over)
    const nogSteeds = await wachtTotWeg(() => vanDezeRun(id), 5_000)
    rmSync(map, { recursive: true, force: true })
    console.log(`Testprocessen van run ${id}: ${gestart} gestart, ${over.length} nog actief na de tests.`)
    if (over.length > 0 || nogSteeds.length > 0) {
      const lijst = over.map((p) => `  ${p.soort} pid ${p.pid} (${p.bestand || 'onbekend bestand'}): ${p.opdracht}`)
      throw new Error(
        `${over.length} testproces(sen) draaiden nog na de tests (nu gestopt${nogSteeds.length ? `, behalve ${nogSteeds.length}` : ''}):\n${lijst.join('\n')}`,
      )
    }
  }
}
