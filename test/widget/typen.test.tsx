/**
 * The text field of the widget against the real app: typing answers, a proposal confirmed with its
 * button, an offered onderwerp chosen with its button, and the typed text never in sessionStorage.
 */
import './dom.js'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { maakApi } from '../../widget/api.js'
import { App } from '../../widget/app.js'
import { sessieOpslag } from '../../widget/opslag.js'
import { testApp } from '../helpers.js'

const BASIS = 'http://localhost:8787'

function opzet(onderwerp?: string) {
  const app = testApp()
  const haal = ((invoer: RequestInfo | URL, init?: RequestInit) => app.request(String(invoer), init)) as typeof fetch
  render(
    <App
      api={maakApi(BASIS, haal)}
      opslag={sessieOpslag('ww-gesprek')}
      modus="inline"
      {...(onderwerp ? { onderwerp } : {})}
    />,
  )
}

async function typ(tekst: string) {
  const veld = await screen.findByRole('textbox', { name: 'Typ je antwoord of je vraag' })
  fireEvent.input(veld, { target: { value: tekst } })
  fireEvent.click(screen.getByRole('button', { name: 'Stuur' }))
}

afterEach(() => {
  cleanup()
  sessionStorage.clear()
})

describe('typen in de widget', () => {
  it('een getypt antwoord gaat verder; een voorstel wordt met zijn knop bevestigd', async () => {
    opzet('alles')
    // An inline widget starts on the first tap, not on page load.
    fireEvent.click(await screen.findByRole('button', { name: 'Begin met de vragen' }))
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    await typ('ja hoor')
    await screen.findByRole('heading', { name: 'Hoe oud ben je?' })
    expect(screen.getByText(/Ik heb ingevuld: Ja\./)).toBeTruthy()
    // "Bijna 40" is 39: proposed, confirmed with its button.
    await typ('bijna 40')
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, dat klopt' }))
    await screen.findByRole('heading', { name: 'Welke uitkering heb je nu?' })
    expect((screen.getByRole('textbox', { name: 'Typ je antwoord of je vraag' }) as HTMLInputElement).value).toBe('')
    const opgeslagen = JSON.stringify({ ...sessionStorage })
    expect(opgeslagen).not.toContain('bijna')
    expect(opgeslagen).not.toContain('hoor')
  })

  it('een getypte vraag staat als haar eigen bericht bij de open vraag, het antwoord eronder, de focus in het veld', async () => {
    opzet('alles')
    fireEvent.click(await screen.findByRole('button', { name: 'Begin met de vragen' }))
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    const veld = await screen.findByRole('textbox', { name: 'Typ je antwoord of je vraag' })
    veld.focus()
    await typ('wat is een participatieplaats?')
    const hier = screen.getByRole('log', { name: 'Wat je typte en ons antwoord' })
    // Her own words at once, on her side; the reply under them.
    expect(within(hier).getByText('wat is een participatieplaats?').closest('p')?.className).toContain(
      'ww-bericht--jij',
    )
    await within(hier).findByText(/Participatieplaats: Je doet onbetaald werk/)
    expect(document.activeElement).toBe(veld)
    // The question the reply asked again stands once: it is the heading right above.
    expect(screen.getAllByText('Woon je in Assen?')).toHaveLength(1)
    await typ('ja')
    await screen.findByRole('heading', { name: 'Hoe oud ben je?' })
    expect(document.activeElement).toBe(veld)
    // Answered: in the log the question stands once, with what she typed at it and her answer.
    const log = screen.getByRole('log', { name: 'Gesprek met de Werkwijzer' })
    expect([...log.querySelectorAll('p')].filter((p) => p.textContent === 'Woon je in Assen?')).toHaveLength(1)
    expect(log.textContent).toContain('wat is een participatieplaats?')
    expect(within(hier).queryByText('wat is een participatieplaats?')).toBeNull()
    // For a screen reader: the question now open is said (the focus stays in the field).
    expect(screen.getByText('Volgende vraag: Hoe oud ben je?')).toBeTruthy()
  })

  it('een wens biedt het onderwerp aan; de knop kiest het', async () => {
    opzet()
    fireEvent.click(await screen.findByRole('button', { name: 'Begin met de vragen' }))
    await screen.findByRole('heading', { name: 'Waar wil je meer over weten?' })
    await typ('kan ik een jobcoach krijgen?')
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, vertel over Jobcoach' }))
    await waitFor(() => expect(screen.getByText(/Ik stel je alleen de vragen over/)).toBeTruthy())
  })
})
