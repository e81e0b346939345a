/**
 * A number question says with its definition how a typed number answers it (`getal` in contract/vragen.ts):
 * its unit, whether it is an age, a duration up to now, or the youngest of several. begrip/ reads that, and
 * keeps no list of question ids of its own, so a question defined once is read the same everywhere.
 */
import { describe, expect, it } from 'vitest'
import { type Begrip, begrijp } from '../begrip/index.js'
import { VRAGEN, type VraagDefinitie } from '../contract/vragen.js'
import { maakBegrijpers } from '../server/begrip.js'
import { assen, teksten } from './helpers.js'

const begrijpers = maakBegrijpers(teksten, assen)
function lees(tekst: string, vraag: VraagDefinitie): Begrip {
  const { woorden, zoeker } = begrijpers('nl')
  return begrijp(tekst, { vraag, woorden, zoeker, gemeenteTelefoon: assen.contact.telefoon, peildatum: '2026-12-15' })
}
const waarde = (b: Begrip) => (b.soort === 'antwoord' ? b.waarde : undefined)

describe('hoe een getypt getal een vraag beantwoordt, staat bij de vraag', () => {
  it('elke getalvraag heeft een eenheid', () => {
    for (const vraag of Object.values(VRAGEN).filter((v) => v.soort === 'getal')) {
      expect(vraag.getal?.eenheid, vraag.id).toMatch(/^(jaar|maand)$/)
    }
  })

  it('de eenheid van de vraag rekent om: anderhalf jaar is 18 bij een vraag in maanden', () => {
    expect(waarde(lees('anderhalf jaar', VRAGEN.contractMaanden))).toBe(18)
    const inJaren: VraagDefinitie = { ...VRAGEN.contractMaanden, getal: { eenheid: 'jaar' } }
    expect(waarde(lees('anderhalf jaar', inJaren))).not.toBe(18)
  })

  it('"de jongste" volgt de definitie: zonder jongste wordt niet het kleinste van drie leeftijden gekozen', () => {
    const tekst = 'drie kinderen van 12, 7 en 5'
    expect(waarde(lees(tekst, VRAGEN.jongsteKindLeeftijd))).toBe(5)
    const zonder: VraagDefinitie = { ...VRAGEN.jongsteKindLeeftijd, getal: { eenheid: 'jaar', leeftijd: true } }
    expect(waarde(lees(tekst, zonder))).not.toBe(5)
  })

  it('"sinds" volgt de definitie: sinds januari beantwoordt alleen een vraag naar hoe lang iets al duurt', () => {
    expect(waarde(lees('sinds januari', VRAGEN.maandenUitkering))).toBe(11)
    const zonder: VraagDefinitie = { ...VRAGEN.maandenUitkering, getal: { eenheid: 'maand' } }
    expect(waarde(lees('sinds januari', zonder))).toBeUndefined()
  })
})
