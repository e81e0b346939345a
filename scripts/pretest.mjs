// Before `npm test`: make sure the Debian packages the tests need are here.
// As root with apt-get it installs what is missing; otherwise it stops and names the command to run.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const NODIG = [
  { pakket: 'chromium', aanwezig: () => existsSync('/usr/bin/chromium') },
  { pakket: 'redis-server', aanwezig: () => spawnSync('redis-server', ['--version']).status === 0 },
]

const ontbreekt = NODIG.filter((n) => !n.aanwezig()).map((n) => n.pakket)
if (ontbreekt.length > 0) {
  const commando = `apt-get update && apt-get install -y ${ontbreekt.join(' ')}`
  const kanInstalleren = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (!kanInstalleren) {
    console.error(`De tests hebben ${ontbreekt.join(' en ')} nodig. Installeer met:\n  sudo ${commando}`)
    process.exit(1)
  }
  console.log(`Installeren voor de tests: ${ontbreekt.join(', ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...ontbreekt], { stdio: 'inherit', env })
}

// kubectl renders deploy/ offline in test/deploy.test.ts. Debian's package (kubernetes-client 1.20) is too old
// for its kustomize, so it cannot be installed here: say so before the run instead of in a failing test.
if (spawnSync('kubectl', ['version', '--client']).status !== 0) {
  console.error(
    'Let op: kubectl ontbreekt. test/deploy.test.ts heeft kubectl 1.27 of nieuwer nodig (kubectl kustomize).',
  )
}
