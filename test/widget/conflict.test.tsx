/**
 * A conversation changed elsewhere first (a second tab, a double tap that reached another server):
 * the server answers 409 with the current Stap, and the widget shows that Stap instead of an error.
 */
import './dom.js'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { maakApi } from '../../widget/api.js'
import { App } from '../../widget/app.js'
import type { Opslag } from '../../widget/opslag.js'
import { testApp, vraag } from '../helpers.js'

const BASIS = 'http://localhost:8787'

afterEach(cleanup)

describe('409 met de huidige stap', () => {
  it('de widget toont waar het gesprek echt is, zonder foutmelding', async () => {
    const app = testApp()
    const opslag: Opslag & { id?: string } = {
      lees: () => opslag.id,
      bewaar: (id) => {
        opslag.id = id
      },
      vergeet: () => {
        opslag.id = undefined
      },
    }
    const verzoeken: { methode: string; status: number }[] = []
    const haal = (async (invoer: RequestInfo | URL, init?: RequestInit) => {
      const res = await app.request(String(invoer), init)
      verzoeken.push({ methode: init?.method ?? 'GET', status: res.status })
      return res
    }) as typeof fetch
    render(<App api={maakApi(BASIS, haal)} opslag={opslag} modus="inline" onderwerp="alles" />)
    // An inline widget starts on the first tap, not on page load.
    fireEvent.click(await screen.findByRole('button', { name: 'Begin met de vragen' }))
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })

    // Another tab answers the open question first.
    const pad = `/api/v1/gesprekken/${opslag.id}`
    expect((await vraag(app, 'POST', `${pad}/antwoorden`, { vraag: 'woontInGemeente', waarde: true })).status).toBe(200)

    fireEvent.click(screen.getByRole('button', { name: 'Nee' }))
    expect(await screen.findByRole('heading', { name: 'Hoe oud ben je?' })).toBeTruthy()
    expect(verzoeken.some((v) => v.methode === 'POST' && v.status === 409)).toBe(true)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('Je gesprek was al verder.')
    // What is shown is what is stored: the other tab's "Ja", not this tap's "Nee".
    expect(screen.getByRole('log', { name: 'Gesprek met de Werkwijzer' }).textContent).toContain('Jij: Ja')
    const opgeslagen = (await vraag(app, 'GET', pad)).json
    expect(opgeslagen.antwoorden).toEqual([expect.objectContaining({ vraag: 'woontInGemeente', waarde: true })])
  })
})
