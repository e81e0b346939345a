/**
 * Measures how well typed messages are understood on a held-out set (test/cases/berichten-blind.json, or the
 * set named with `--set`, e.g. `--set berichten-blind2`),
 * scored exactly as the project's own set (test/berichten-meting.ts). Prints figures only: nobody who changes
 * the understanding may see the messages, or the measurement would be tuned to them. `--toon` also prints
 * every miss, false fact and wrong proposal with its text: only after the work is done.
 * A measurement, not a test: the exit code is 0 whatever the score (non-zero only when it cannot run).
 * Cases at a question the flows do not know yet (a set may be written before its question lands) are not
 * scored; their number is printed.
 * The practice set (`--set berichten-oefen`, test/cases/berichten-oefen.json) is for improving the understanding
 * on, not held out; it is scored the same way.
 * Run: npm run begrip:blind [-- --toon] [-- --set berichten-blind2], or npm run begrip:blind2 / blind3 / blind4 /
 * begrip:oefen
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Begrip } from '../begrip/index.js'
import { vraagMetId } from '../flows/index.js'
import { cijfers, type Geval, isGeldigGeval, laadGevallen, maakLezer, meet } from '../test/berichten-meting.js'

const toon = process.argv.includes('--toon')
const setIndex = process.argv.indexOf('--set')
const setNaam = setIndex >= 0 ? process.argv[setIndex + 1] : 'berichten-blind'
if (!setNaam || !/^berichten-(blind|oefen)[a-z0-9-]*$/.test(setNaam)) {
  console.error(
    `--set wil de naam van een achtergehouden set of de oefenset, zoals berichten-blind2 of berichten-oefen (kreeg: ${setNaam ?? 'niets'})`,
  )
  process.exit(2)
}
const BESTAND = `${setNaam}.json`

const alle = laadGevallen(BESTAND)
const gevallen = alle.filter((g) => vraagMetId(g.vraag) !== undefined)
const nogGeenVraag = alle.length - gevallen.length
const inhoud = readFileSync(new URL(`../test/cases/${BESTAND}`, import.meta.url))
const setHash = createHash('sha256').update(inhoud).digest('hex').slice(0, 12)

function codeVersie(): string {
  try {
    const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8' }).trim()
    const schoon = git('status', '--porcelain', '--untracked-files=no') === ''
    return `${git('rev-parse', '--short=12', 'HEAD')}${schoon ? '' : ' (met niet-vastgelegde wijzigingen)'}`
  } catch {
    return 'onbekend (geen git)'
  }
}

// A message that makes the understanding throw counts as a miss (and is counted), not as an end to the measurement.
const lees = maakLezer()
let fouten = 0
const leesVeilig = (g: Geval): Begrip => {
  try {
    return lees(g)
  } catch {
    fouten++
    return { soort: '(fout)' } as unknown as Begrip
  }
}

const m = meet(gevallen, leesVeilig)
const ongeldig = gevallen.filter((g) => !isGeldigGeval(g))
console.log(
  [
    `${setNaam.startsWith('berichten-oefen') ? 'Oefenset' : 'Achtergehouden set'} test/cases/${BESTAND}: ${alle.length} berichten (sha256 ${setHash}); code ${codeVersie()}`,
    ...(nogGeenVraag > 0 ? [`-- niet gemeten: ${nogGeenVraag} berichten bij een vraag die de code nog niet kent`] : []),
    ...cijfers(m),
    ...(fouten > 0 ? [`-- berichten waarbij het begrijpen een fout gaf: ${fouten}`] : []),
    ...(ongeldig.length > 0 ? [`-- ongeldige gevallen in de set zelf: ${ongeldig.length}`] : []),
  ].join('\n'),
)
if (toon)
  console.log(
    [
      '-- onterecht vastgelegd',
      ...m.onterecht,
      '-- verkeerd voorgesteld',
      ...m.verkeerdVoorgesteld,
      '-- nog fout',
      ...m.fout,
      ...(ongeldig.length > 0 ? ['-- ongeldig in de set', ...ongeldig.map((g) => JSON.stringify(g))] : []),
    ].join('\n'),
  )
