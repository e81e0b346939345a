/**
 * The dashboard's bar chart stays inside its own picture: a hidden count ("minder dan 5") is drawn as
 * its whole range, and the scale holds it. With only hidden counts a bar was once three charts wide,
 * its "minder dan 5" drawn where no one could see it (and over the table beside it, to axe).
 */
import { describe, expect, it } from 'vitest'
import { MINDER_DAN } from '../../statistieken/overzicht.js'
import { staafdiagram } from './grafiek.js'

/** The right end of every bar, and where every value text starts, from the SVG. */
function randen(svg: string) {
  const breedte = Number(svg.match(/viewBox="0 0 (\d+) /)?.[1])
  const staven = [...svg.matchAll(/<rect class="staaf[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(
    (m) => Number(m[1]) + Number(m[2]),
  )
  const teksten = [...svg.matchAll(/<text class="grafiek__waarde" x="([\d.]+)"/g)].map((m) => Number(m[1]))
  return { breedte, staven, teksten }
}

describe('staafdiagram', () => {
  it.each([
    ['alleen verborgen aantallen', [[MINDER_DAN], [MINDER_DAN]]],
    ['verborgen naast kleine aantallen', [[MINDER_DAN], [5], [MINDER_DAN]]],
    [
      'gestapeld met een verborgen deel',
      [
        [20, MINDER_DAN, MINDER_DAN],
        [40, 10, MINDER_DAN],
        [5, 5, 5],
      ],
    ],
    ['grote aantallen', [[1200], [MINDER_DAN], [300]]],
  ] as const)('%s: elke staaf en de tekst erachter passen in het plaatje', (_, rijen) => {
    const svg = staafdiagram(
      rijen.map((delen, i) => ({
        label: `rij ${i}`,
        delen: delen.map((waarde) => ({ waarde, klasse: 'staaf' })),
        tekst: delen.map(String).join(' + '),
      })),
      'proef',
      'proef',
    )
    const { breedte, staven, teksten } = randen(svg)
    expect(staven.length).toBeGreaterThan(0)
    // The track is 150 narrower than the picture: room for the text after the longest bar.
    for (const rechts of staven) expect(rechts).toBeLessThanOrEqual(breedte - 150 + 0.1)
    for (const x of teksten) expect(x).toBeLessThanOrEqual(breedte - 150 + 8.1)
  })

  it('een verborgen aantal is nooit breder dan 4 bij dezelfde schaal als een zichtbaar aantal', () => {
    const svg = staafdiagram(
      [
        { label: 'vijf', delen: [{ waarde: 5, klasse: 'staaf' }], tekst: '5' },
        { label: 'verborgen', delen: [{ waarde: MINDER_DAN, klasse: 'staaf' }], tekst: MINDER_DAN },
      ],
      'proef',
      'proef',
    )
    const [vijf, verborgen] = [...svg.matchAll(/<rect class="staaf[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map(
      (m) => Number(m[1]),
    )
    expect(verborgen).toBeCloseTo(((vijf as number) * 4) / 5, 0)
  })
})
