/**
 * What the widget counts besides answers, end to end: a tap in the widget,
 * `POST /api/v1/gesprekken/{id}/gebeurtenissen` on the real app (counted only for a conversation that
 * lives, once per kind), and the counter. Nothing sent holds text: only the kind.
 */
import './dom.js'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { sqliteTeller } from '../../server/statistieken/sqlite.js'
import { maakApi } from '../../widget/api.js'
import { App } from '../../widget/app.js'
import type { Opslag } from '../../widget/opslag.js'
import { testApp } from '../helpers.js'

const BASIS = 'http://localhost:8787'

function opzet(modus: 'inline' | 'launcher' = 'inline', onderwerp?: string) {
  const teller = sqliteTeller(':memory:')
  const app = testApp({ teller })
  const verstuurd: { pad: string; body: string }[] = []
  const haal = (async (invoer: RequestInfo | URL, init?: RequestInit) => {
    const url = String(invoer)
    if (url.endsWith('/gebeurtenissen')) verstuurd.push({ pad: url, body: String(init?.body ?? '') })
    return app.request(url, init)
  }) as typeof fetch
  let id: string | undefined
  const opslag: Opslag = {
    lees: () => id,
    bewaar: (x) => {
      id = x
    },
    vergeet: () => {
      id = undefined
    },
  }
  render(<App api={maakApi(BASIS, haal)} opslag={opslag} modus={modus} {...(onderwerp ? { onderwerp } : {})} />)
  /** The counted actions as `onderwerp|taal|soort -> aantal`. */
  const acties = async () => {
    await teller.leeg()
    const rijen = await teller.lees('2026-11-22', '2026-11-22')
    return Object.fromEntries(
      rijen
        .filter((r) => r.sleutel.startsWith('actie:'))
        .map((r) => [`${r.onderwerp}|${r.taal}|${r.sleutel.slice(6)}`, r.aantal]),
    )
  }
  const alle = async () => {
    await teller.leeg()
    return Object.fromEntries((await teller.lees('2026-11-22', '2026-11-22')).map((r) => [r.sleutel, r.aantal]))
  }
  return { acties, alle, verstuurd, app }
}

afterEach(cleanup)

describe('de widget telt wat mensen doen, anoniem', () => {
  it('inline geopend, "Waarom vragen we dit?" (openen telt, dichtklappen niet), medewerker en bellen', async () => {
    const { acties, verstuurd } = opzet('inline', 'werkstage')
    // An inline widget starts on the first tap, not on page load.
    fireEvent.click(await screen.findByRole('button', { name: 'Begin met de vragen' }))
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    const waarom = screen.getByText('Waarom vragen we dit?')
    fireEvent.click(waarom)
    ;(waarom.parentElement as HTMLDetailsElement).open = true
    fireEvent.click(waarom)
    fireEvent.click(screen.getByRole('button', { name: 'Praat met een medewerker' }))
    const bel = await screen.findByRole('link', { name: /\d{3}/ })
    expect(bel.getAttribute('href')).toMatch(/^tel:/)
    bel.addEventListener('click', (e) => e.preventDefault())
    fireEvent.click(bel)
    await waitFor(async () =>
      expect(await acties()).toEqual({
        'werkstage|nl|inline': 1,
        'werkstage|nl|waarom': 1,
        'werkstage|nl|medewerker': 1,
        'werkstage|nl|bel': 1,
      }),
    )
    expect(verstuurd.length).toBeGreaterThanOrEqual(4)
    for (const { pad, body } of verstuurd) {
      expect(pad).toMatch(/\/api\/v1\/gesprekken\/[0-9a-f-]{36}\/gebeurtenissen$/)
      expect(Object.keys(JSON.parse(body))).toEqual(['soort'])
    }
  })

  it('de launcher, opnieuw beginnen en wissen', async () => {
    const { acties } = opzet('launcher')
    fireEvent.click(await screen.findByRole('button', { name: /Werkwijzer|Vraag/ }))
    await screen.findByRole('heading', { name: /Waar wil je meer over weten|Woon je in Assen/ })
    // "Opnieuw beginnen" asks first; only the confirmed restart counts.
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }))
    expect((await acties())['menu|nl|opnieuw']).toBeUndefined()
    fireEvent.click(screen.getByRole('button', { name: 'Ja, begin opnieuw' }))
    await waitFor(async () => expect((await acties())['menu|nl|opnieuw']).toBe(1))
    // "Wis mijn gegevens" asks first too; only the confirmed delete counts.
    fireEvent.click(screen.getByRole('button', { name: 'Wis mijn gegevens' }))
    expect((await acties())['menu|nl|wis']).toBeUndefined()
    fireEvent.click(screen.getByRole('button', { name: 'Ja, wis mijn gegevens' }))
    await waitFor(async () => expect(await acties()).toMatchObject({ 'menu|nl|launcher': 1, 'menu|nl|wis': 1 }))
  })

  it('"Klopt dit voor jou?" nee: daarna een reden uit een vaste lijst, één keer', async () => {
    const { alle } = opzet('inline', 'werkstage')
    // An inline widget starts on the first tap, not on page load.
    fireEvent.click(await screen.findByRole('button', { name: 'Begin met de vragen' }))
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    fireEvent.click(screen.getByRole('button', { name: 'Nee' }))
    await screen.findByText('Klopt dit voor jou?')
    expect(screen.queryByText('Wat klopt er niet? Kies wat het beste past.')).toBeNull()
    const keuzes = screen.getByText('Klopt dit voor jou?').closest('fieldset') as HTMLElement
    fireEvent.click(keuzes.querySelectorAll('button')[2] as HTMLElement)
    await screen.findByText('Wat klopt er niet? Kies wat het beste past.')
    fireEvent.click(screen.getByRole('button', { name: 'Ik snap de uitkomst niet' }))
    fireEvent.click(screen.getByRole('button', { name: 'Een andere reden' }))
    await waitFor(async () => expect(await alle()).toMatchObject({ 'feedback:nee': 1, 'feedbackReden:snap-niet': 1 }))
    expect((await alle())['feedbackReden:andere-reden']).toBeUndefined()
    expect(screen.getByRole('button', { name: 'Ik snap de uitkomst niet' }).getAttribute('aria-pressed')).toBe('true')
  })
})
