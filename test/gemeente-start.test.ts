/**
 * Issue 11: an invalid gemeente profile stops start-up with a clear message naming the field.
 * Runs the built server (`npm test` builds it first) as a real process.
 */
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SERVER = `${ROOT}dist/server.js`

/** Starts `server` with these variables; a server that does start is stopped after 10 s. */
function start(server: string, env: Record<string, string>) {
  const uit = spawnSync(process.execPath, [server], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 10_000,
  })
  return { code: uit.status, melding: `${uit.stderr}${uit.stdout}` }
}

/** A copy of the built server beside its own `gemeenten/`, so a broken profile never lands in the repo. */
const kopie = mkdtempSync(join(tmpdir(), 'werkwijzer-start-'))
afterAll(() => rmSync(kopie, { recursive: true, force: true }))

describe.skipIf(!existsSync(SERVER))('node dist/server.js met een slecht profiel', () => {
  it('stopt bij een GEMEENTE zonder profiel, en noemt het profiel', () => {
    const { code, melding } = start(SERVER, { GEMEENTE: 'bestaat-niet' })
    expect(code).not.toBe(0)
    expect(melding).toContain('Gemeenteprofiel bestaat-niet bestaat niet')
  })

  it('stopt bij een ongeldige GEMEENTE-waarde, en noemt de variabele', () => {
    const { code, melding } = start(SERVER, { GEMEENTE: '../assen' })
    expect(code).not.toBe(0)
    expect(melding).toMatch(/Ongeldige configuratie:\n\s+GEMEENTE/)
  })

  it('stopt bij een profiel met een fout, en noemt het veld', () => {
    mkdirSync(`${kopie}/dist`, { recursive: true })
    mkdirSync(`${kopie}/gemeenten`, { recursive: true })
    copyFileSync(SERVER, `${kopie}/dist/server.js`)
    symlinkSync(`${ROOT}node_modules`, `${kopie}/node_modules`, 'dir')
    symlinkSync(`${ROOT}regels`, `${kopie}/regels`, 'dir')
    const profiel = JSON.parse(readFileSync(`${ROOT}gemeenten/voorbeeldstad.json`, 'utf8'))
    profiel.id = 'kapot'
    profiel.contact.email = 'geen e-mailadres'
    writeFileSync(`${kopie}/gemeenten/kapot.json`, JSON.stringify(profiel))
    const { code, melding } = start(`${kopie}/dist/server.js`, { GEMEENTE: 'kapot' })
    expect(code).not.toBe(0)
    expect(melding).toMatch(/Gemeenteprofiel kapot klopt niet .*:\n\s+contact\.email/)
  })
})
