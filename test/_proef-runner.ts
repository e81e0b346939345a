import { readFileSync } from 'node:fs'
import { begrijp } from '../begrip/index.js'
import { vraagMetId } from '../flows/index.js'
import { maakBegrijpers } from '../server/begrip.js'
import { assen, teksten } from './helpers.js'
const G = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as any[]
const b = maakBegrijpers(teksten, assen)
let goed = 0, onterecht = 0
const per: Record<string, [number, number]> = {}
for (const g of G) {
  const { woorden, zoeker } = b(g.taal)
  const k: any = begrijp(g.tekst, { vraag: vraagMetId(g.vraag), woorden, zoeker, gemeenteTelefoon: assen.contact.telefoon })
  const ok = g.begrip.soort === k.soort && ['waarde', 'vastgelegd', 'begrip', 'onderwerp', 'over'].every((v) => !(v in g.begrip) || g.begrip[v] === k[v])
  const o = k.soort === 'antwoord' && k.vastgelegd && !(g.begrip.soort === 'antwoord' && g.begrip.vastgelegd === true && g.begrip.waarde === k.waarde)
  per[g.taal] ??= [0, 0]; (per[g.taal] as any)[1]++
  if (ok) { goed++; (per[g.taal] as any)[0]++ } else console.log(`FOUT ${g.taal} ${g.vraag} "${g.tekst}" verwacht ${JSON.stringify(g.begrip)} kreeg ${JSON.stringify(k)}${o ? '  <<ONTERECHT' : ''}`)
  if (o) onterecht++
}
console.log(`goed ${goed}/${G.length} = ${(100 * goed / G.length).toFixed(1)}%, onterecht vastgelegd ${onterecht}`, JSON.stringify(per))
