// Writes docs/regels.md from the standard rules model (and docs/regels-<id>.md for every other model in regels/).
import { writeFileSync } from 'node:fs'
import { laadRegelmodel, modellenIn, REGELS_MAP, STANDAARD_MODEL } from '../server/regels.js'
import { regelsDocument } from '../server/regels-doc.js'

for (const id of modellenIn(REGELS_MAP).filter((id) => !id.endsWith('.gevallen'))) {
  const bestand = new URL(`../docs/${id === STANDAARD_MODEL ? 'regels' : `regels-${id}`}.md`, import.meta.url)
  writeFileSync(bestand, regelsDocument(laadRegelmodel(id).data))
  console.log(`geschreven: ${bestand.pathname}`)
}
