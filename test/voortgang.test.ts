/**
 * "Vraag 3 van ongeveer 11": the menu is not a question, and the first estimate is about as long as
 * a dialogue really is (the fourteen example persons answer 1 to 14 questions; every fact missing
 * at the start is 17).
 */
import { describe, expect, it } from 'vitest'
import { nieuwGesprek, verwerk } from '../flows/index.js'
import personas from './cases/personas.json' with { type: 'json' }
import { ASSEN } from './regelmodel.js'

const PEILDATUM = '2026-11-22'

/** The estimates shown at each question, and the number of questions answered in all. */
function loop(situatie: Record<string, unknown>) {
  let { bewaard, stap } = nieuwGesprek('alles', PEILDATUM, { model: ASSEN })
  const schattingen: { nu: number; geschat: number }[] = []
  for (let i = 0; i < 40 && stap.vraag; i++) {
    schattingen.push({ nu: stap.voortgang.beantwoord + 1, geschat: stap.voortgang.geschat })
    const feit = stap.vraag.feit ?? ''
    const uitslag = verwerk(
      bewaard,
      { type: 'antwoord', vraag: stap.vraag.id, waarde: situatie[feit] ?? null },
      { model: ASSEN },
    )
    if (uitslag.soort !== 'stap') throw new Error(uitslag.weigering)
    ;({ bewaard, stap } = uitslag)
  }
  return { schattingen, lengte: stap.antwoorden.length }
}

describe('de voortgang', () => {
  it('het menu telt niet: na "Alles" is het de eerste vraag', () => {
    const { bewaard, stap } = nieuwGesprek(undefined, PEILDATUM, { model: ASSEN })
    expect(stap.vraag?.id).toBe('onderwerp')
    const uitslag = verwerk(bewaard, { type: 'antwoord', vraag: 'onderwerp', waarde: 'alles' }, { model: ASSEN })
    if (uitslag.soort !== 'stap') throw new Error(uitslag.weigering)
    expect(uitslag.stap.antwoorden).toHaveLength(1)
    expect(uitslag.stap.voortgang.beantwoord).toBe(0)
  })

  it('de eerste schatting ligt bij hoe lang een gesprek echt is; nooit minder dan de vraag van nu', () => {
    const lopen = (personas as unknown as { situatie: Record<string, unknown> }[]).map((p) => loop(p.situatie))
    const lengtes = lopen.map((l) => l.lengte).sort((a, b) => a - b)
    const mediaan = lengtes[Math.floor(lengtes.length / 2)] ?? 0
    const eerste = lopen[0]?.schattingen[0]?.geschat ?? 0
    expect(eerste).toBeLessThanOrEqual(Math.max(...lengtes))
    expect(Math.abs(eerste - mediaan)).toBeLessThanOrEqual(3)
    for (const { schattingen } of lopen) for (const s of schattingen) expect(s.geschat).toBeGreaterThanOrEqual(s.nu)
  })
})
