/**
 * The widget against the real app (no port: `app.request`), found by role and Dutch text,
 * as a resident with a screen reader would find it.
 */
// First: the DOM must exist before Testing Library looks for it.
import './dom.js'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import type { Stap } from '../../contract/index.js'
import { maakApi } from '../../widget/api.js'
import { App } from '../../widget/app.js'
import type { Opslag } from '../../widget/opslag.js'
import { paginaStand } from '../../widget/samen.js'
import { testApp } from '../helpers.js'
import { SAMIRA, zetVoor } from './persona.js'

const BASIS = 'http://localhost:8787'

function geheugen(begin?: string): Opslag & { id?: string } {
  const o: Opslag & { id?: string } = {
    id: begin,
    lees: () => o.id,
    bewaar: (id) => {
      o.id = id
    },
    vergeet: () => {
      o.id = undefined
    },
  }
  return o
}

/** The app and a fetch that goes to it; `storing` makes the next calls fail as if offline. */
async function opzet(opslag = geheugen(), { beginnen = true, onderwerp = 'alles' } = {}) {
  const app = testApp()
  const net = { storing: 0, verzoeken: [] as string[], weg: undefined as RegExp | undefined }
  const haal = (async (invoer: RequestInfo | URL, init?: RequestInit) => {
    const url = String(invoer)
    net.verzoeken.push(`${init?.method ?? 'GET'} ${url.replace(BASIS, '')}`)
    if (net.storing > 0) {
      net.storing--
      throw new TypeError('Failed to fetch')
    }
    // A route that is not there (yet): the server's own 404.
    if (net.weg?.test(url)) return app.request(`${BASIS}/bestaat-niet`, init)
    return app.request(url, init)
  }) as typeof fetch
  const api = maakApi(BASIS, haal)
  render(<App api={api} opslag={opslag} modus="inline" onderwerp={onderwerp} />)
  const stap = async (): Promise<Stap> =>
    (await (await app.request(`${BASIS}/api/v1/gesprekken/${opslag.id}`)).json()) as Stap
  // A conversation starts at the resident's first action, not on page load.
  if (beginnen && !opslag.id) fireEvent.click(await screen.findByRole('button', { name: 'Begin met de vragen' }))
  return { app, net, opslag, stap }
}

/** Samira's answers (or another's), given on screen, until the outcome. */
async function loopNaarUitkomst(stap: () => Promise<Stap>, situatie: Record<string, unknown> = SAMIRA.situatie) {
  await screen.findByRole('heading', { name: 'Woon je in Assen?' })
  for (let i = 0; i < 30; i++) {
    const nu = await stap()
    if (nu.klaar || !nu.vraag) break
    const zet = zetVoor(nu.vraag, situatie)
    if (zet.soort === 'getal') {
      fireEvent.input(screen.getByLabelText(nu.vraag.label ?? ''), { target: { value: String(zet.waarde) } })
      fireEvent.click(screen.getByRole('button', { name: 'Verstuur' }))
    } else {
      fireEvent.click(screen.getAllByRole('button', { name: zet.label })[0] as HTMLElement)
    }
    await waitFor(async () => expect((await stap()).antwoorden.length).toBeGreaterThan(nu.antwoorden.length))
  }
  await screen.findByRole('heading', { name: /^(Wat misschien bij je past|Wat we voor je vonden)$/ })
}

afterEach(() => {
  cleanup()
  paginaStand.herstel()
})

describe('de widget', () => {
  it('begint pas een gesprek bij "Begin met de vragen", niet bij het laden; woorden en profiel één keer', async () => {
    const { net } = await opzet(geheugen(), { beginnen: false })
    const begin = await screen.findByRole('button', { name: 'Begin met de vragen' })
    await waitFor(() => expect(net.verzoeken.some((v) => v.startsWith('GET /api/v1/gemeente'))).toBe(true))
    expect(net.verzoeken.filter((v) => v.startsWith('POST'))).toEqual([])
    fireEvent.click(begin)
    const kop = await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    await waitFor(() => expect(document.activeElement).toBe(kop))
    // One conversation, started by the tap (an anonymous count of inline/launcher goes beside it).
    expect(net.verzoeken.filter((v) => v.startsWith('POST') && !v.includes('/gebeurtenissen'))).toEqual([
      'POST /api/v1/gesprekken',
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }))
    await screen.findByRole('heading', { name: 'Hoe oud ben je?' })
    expect(net.verzoeken.filter((v) => v.includes('/teksten/'))).toHaveLength(1)
    expect(net.verzoeken.filter((v) => v.includes('/gemeente'))).toHaveLength(1)
  })

  it('een telefoonnummer en een webadres in een bericht zijn links; op de UWV-weg geen "past misschien" boven "Past niet"', async () => {
    const { stap } = await opzet(geheugen(), { onderwerp: 'werkstage' })
    const petra = { woontInGemeente: true, leeftijd: 45, uitkering: 'uwv', werktMetLoonkostensubsidie: false }
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    for (let i = 0; i < 10; i++) {
      const nu = await stap()
      if (nu.klaar || !nu.vraag) break
      const zet = zetVoor(nu.vraag, petra)
      if (zet.soort === 'getal') {
        fireEvent.input(screen.getByLabelText(nu.vraag.label ?? ''), { target: { value: String(zet.waarde) } })
        fireEvent.click(screen.getByRole('button', { name: 'Verstuur' }))
      } else fireEvent.click(screen.getAllByRole('button', { name: zet.label })[0] as HTMLElement)
      await waitFor(async () => expect((await stap()).antwoorden.length).toBeGreaterThan(nu.antwoorden.length))
    }
    await screen.findByRole('heading', { name: 'Wat we voor je vonden' })
    expect(screen.queryByRole('heading', { name: 'Wat misschien bij je past' })).toBeNull()
    const log = screen.getByRole('log', { name: 'Gesprek met de Werkwijzer' })
    expect(log.textContent).toContain('We vonden nu geen hulp die past.')
    expect(log.textContent).not.toContain('Dit is wat misschien bij je past')
    await waitFor(() =>
      expect(within(log).getAllByRole('link', { name: '14 0592' })[0]?.getAttribute('href')).toBe('tel:140592'),
    )
    expect(within(log).getByRole('link', { name: 'uwv.nl' }).getAttribute('href')).toBe('https://uwv.nl')
  })

  it('het menu "Waar wil je meer over weten?" telt niet als vraag', async () => {
    await opzet(geheugen(), { onderwerp: '' })
    await screen.findByRole('heading', { name: 'Waar wil je meer over weten?' })
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.queryByText(/Vraag 1 van ongeveer/)).toBeNull()
  })

  it('toont de eerste vraag in een gesprek met role="log" en knoppen, met "Weet ik niet"', async () => {
    await opzet()
    expect(await screen.findByRole('heading', { name: 'Woon je in Assen?' })).toBeTruthy()
    expect(screen.getByRole('log', { name: 'Gesprek met de Werkwijzer' }).textContent).toContain(
      'Hallo, ik ben de Werkwijzer',
    )
    for (const naam of ['Ja', 'Nee', 'Weet ik niet']) expect(screen.getByRole('button', { name: naam })).toBeTruthy()
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0')
  })

  it('"Waarom vragen we dit?" is een uitklapper met de uitleg', async () => {
    await opzet()
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    const samenvatting = screen.getByText('Waarom vragen we dit?')
    expect(samenvatting.tagName).toBe('SUMMARY')
    expect(samenvatting.parentElement?.textContent).toContain(
      'De gemeente helpt alleen mensen die in de gemeente wonen.',
    )
  })

  it('na een antwoord staat het in het gesprek en gaat de focus naar de nieuwe vraag', async () => {
    await opzet()
    fireEvent.click(await screen.findByRole('button', { name: 'Ja' }))
    const kop = await screen.findByRole('heading', { name: 'Hoe oud ben je?' })
    await waitFor(() => expect(document.activeElement).toBe(kop))
    expect(screen.getByRole('log', { name: 'Gesprek met de Werkwijzer' }).textContent).toContain('Jij: Ja')
  })

  it('een getal heeft een zichtbaar label, zegt wat er mis is, en gaat met Verstuur verder', async () => {
    await opzet()
    fireEvent.click(await screen.findByRole('button', { name: 'Ja' }))
    const veld = (await screen.findByLabelText('Leeftijd in jaren')) as HTMLInputElement
    expect(veld.getAttribute('inputmode')).toBe('numeric')
    fireEvent.input(veld, { target: { value: '200' } })
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur' }))
    expect(await screen.findByText('Vul een getal in van 0 tot en met 120.')).toBeTruthy()
    fireEvent.input(veld, { target: { value: '34' } })
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur' }))
    expect(await screen.findByRole('heading', { name: 'Welke uitkering heb je nu?' })).toBeTruthy()
  })

  it('zonder verbinding: een melding en "Probeer opnieuw", en er gaat niets verloren', async () => {
    const { net } = await opzet()
    fireEvent.click(await screen.findByRole('button', { name: 'Ja' }))
    await screen.findByRole('heading', { name: 'Hoe oud ben je?' })
    net.storing = 1
    fireEvent.click(screen.getByRole('button', { name: 'Weet ik niet' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Er is geen verbinding. Je antwoorden zijn niet weg.',
    )
    expect(screen.getByRole('heading', { name: 'Hoe oud ben je?' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Probeer opnieuw' }))
    // Age unknown: the AOW question can decide D2 now (docs/regels-uitleg.md), so it comes next.
    expect(await screen.findByRole('heading', { name: 'Heb je de AOW-leeftijd al bereikt?' })).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('log', { name: 'Gesprek met de Werkwijzer' }).textContent).toContain('Jij: Ja')
  })

  it('een verlopen gesprek biedt een nieuw begin', async () => {
    await opzet(geheugen('00000000-0000-4000-8000-000000000000'))
    expect((await screen.findByRole('alert')).textContent).toContain('Dit gesprek is verlopen.')
    fireEvent.click(screen.getByRole('button', { name: 'Begin een nieuw gesprek' }))
    expect(await screen.findByRole('heading', { name: 'Woon je in Assen?' })).toBeTruthy()
  })

  it('"Wis mijn gegevens" wist het gesprek, begint opnieuw en zegt dat', async () => {
    const { app, opslag } = await opzet()
    fireEvent.click(await screen.findByRole('button', { name: 'Ja' }))
    await screen.findByRole('heading', { name: 'Hoe oud ben je?' })
    const oud = opslag.id
    fireEvent.click(screen.getByRole('button', { name: 'Wis mijn gegevens' }))
    // It asks first: one tap deletes nothing.
    expect(screen.getByText('Weet je het zeker? Al je antwoorden worden dan gewist.')).toBeTruthy()
    expect((await app.request(`${BASIS}/api/v1/gesprekken/${oud}`)).status).toBe(200)
    fireEvent.click(screen.getByRole('button', { name: 'Ja, wis mijn gegevens' }))
    expect(await screen.findByText('Je antwoorden zijn gewist. Je kunt opnieuw beginnen.')).toBeTruthy()
    expect(opslag.id).not.toBe(oud)
    expect((await app.request(`${BASIS}/api/v1/gesprekken/${oud}`)).status).toBe(404)
    expect(screen.getByRole('heading', { name: 'Woon je in Assen?' })).toBeTruthy()
  })

  it('"Wijzig" in "Wat we nu van je weten" verandert een antwoord', async () => {
    await opzet()
    fireEvent.click(await screen.findByRole('button', { name: 'Ja' }))
    await screen.findByRole('heading', { name: 'Hoe oud ben je?' })
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Wijzig je antwoord op: Woon je in Assen?' })).toBeTruthy(),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Wijzig je antwoord op: Woon je in Assen?' }))
    // The answer now is marked, in words too (not only by colour).
    const nu = screen.getByRole('button', { name: 'Ja (je antwoord nu)' })
    expect(nu.getAttribute('aria-current')).toBe('true')
    expect(screen.getAllByRole('button', { name: 'Nee' }).at(-1)?.getAttribute('aria-current')).toBeNull()
    fireEvent.click(screen.getAllByRole('button', { name: 'Nee' }).at(-1) as HTMLElement)
    await waitFor(() =>
      expect(screen.getByRole('log', { name: 'Gesprek met de Werkwijzer' }).textContent).toContain('Jij: Nee'),
    )
  })

  it('"Wijzig" bij een getal vult het antwoord van nu in', async () => {
    await opzet()
    fireEvent.click(await screen.findByRole('button', { name: 'Ja' }))
    await screen.findByRole('heading', { name: 'Hoe oud ben je?' })
    fireEvent.input(screen.getByRole('spinbutton'), { target: { value: '34' } })
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur' }))
    await screen.findByRole('heading', { name: 'Welke uitkering heb je nu?' })
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Wijzig je antwoord op: Hoe oud ben je?' })).toBeTruthy(),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Wijzig je antwoord op: Hoe oud ben je?' }))
    const veld = screen.getByRole('spinbutton') as HTMLInputElement
    expect(veld.value).toBe('34')
    fireEvent.input(veld, { target: { value: '35' } })
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur' }))
    await waitFor(() =>
      expect(screen.getByRole('log', { name: 'Gesprek met de Werkwijzer' }).textContent).toContain('Jij: 35 jaar'),
    )
  })

  it('Samira komt bij de uitkomst: drie groepen, redenen met artikel, en de gemeente beslist', async () => {
    const { stap, net } = await opzet()
    await loopNaarUitkomst(stap)
    const kop = await screen.findByRole('heading', { name: 'Wat misschien bij je past' })
    await waitFor(() => expect(document.activeElement).toBe(kop))
    const mogelijk = Object.values(SAMIRA.verwacht.oordelen).filter((o) => o === 'mogelijk').length
    expect(screen.getByRole('heading', { name: `Past misschien bij jou (${mogelijk})` })).toBeTruthy()
    // What does not fit, and what is still open, are folded with their counts.
    const niet = screen.getByText(/^Past niet \(\d+\)$/)
    expect(niet.tagName).toBe('SUMMARY')
    expect((niet.parentElement as HTMLDetailsElement).open).toBe(false)
    expect(screen.getByText(/Het college van de gemeente beslist/, { selector: 'p.ww-beslist' })).toBeTruthy()
    const werkstage = screen.getByRole('heading', { name: 'Werkstage' }).closest('li') as HTMLElement
    // The article follows the sentence; it is not its first words.
    const reden = [...werkstage.querySelectorAll('li')].find((li) => li.textContent?.includes('art. 4 lid 1'))
    expect(reden?.textContent).toMatch(/^[^(]*[a-z].*\(art\. 4 lid 1[^)]*\)$/)
    // "Wat is werkstage?" would repeat the line under the name.
    expect(werkstage.textContent).not.toContain('Wat is werkstage?')
    // The date as people write it.
    // Which rules, on which day, and that the gemeente may have others now (the server's sentence).
    expect(screen.getByText(/We gebruikten de regels van Assen/, { selector: 'p.ww-klein' }).textContent).toMatch(
      /op \d{1,2} [a-z]+ \d{4}\. .*Misschien heeft de gemeente nu andere regels/,
    )

    // "Klopt dit voor jou?": whatever the server says, the resident is thanked.
    fireEvent.click(screen.getByRole('button', { name: 'Een beetje' }))
    expect(await screen.findByText('Dank je wel! Zo maken we de Werkwijzer beter.')).toBeTruthy()
    await waitFor(() => expect(net.verzoeken.some((v) => v.endsWith('/feedback'))).toBe(true))
    const overzicht = screen.getByRole('link', { name: /Maak een overzicht voor je gesprek/ })
    expect(overzicht.getAttribute('href')).toMatch(/\/api\/v1\/gesprekken\/[0-9a-f-]+\/samenvatting$/)
    expect(overzicht.getAttribute('target')).toBe('_blank')
  })

  it('"Praat met een medewerker" toont telefoon, openingstijden en adres', async () => {
    await opzet()
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    fireEvent.click(screen.getByRole('button', { name: 'Praat met een medewerker' }))
    expect((await screen.findByRole('link', { name: '14 0592' })).getAttribute('dir')).toBe('ltr')
    expect(screen.getByText(/maandag tot en met vrijdag/)).toBeTruthy()
    expect(screen.getByText(/Noordersingel 33/)).toBeTruthy()
  })

  it('het taalmenu zet het gesprek in het Arabisch, van rechts naar links', async () => {
    await opzet()
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    fireEvent.click(await screen.findByRole('button', { name: /^Taal · .*: Nederlands$/ }))
    fireEvent.click(screen.getByRole('button', { name: 'العربية' }))
    await waitFor(() => expect(document.querySelector('.ww-wortel')?.getAttribute('dir')).toBe('rtl'))
    expect(document.querySelector('.ww-wortel')?.getAttribute('lang')).toBe('ar')
  })

  it('in het Engels noemt "Praat met een medewerker" de openingstijden in het Engels', async () => {
    await opzet()
    await screen.findByRole('heading', { name: 'Woon je in Assen?' })
    fireEvent.click(await screen.findByRole('button', { name: /^Taal · .*: Nederlands$/ }))
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    await waitFor(() => expect(document.querySelector('.ww-wortel')?.getAttribute('lang')).toBe('en'))
    const knop = await screen.findByRole('button', { name: 'Talk to a staff member' })
    fireEvent.click(knop)
    expect(await screen.findByText('Monday to Friday, 8:30 to 17:00')).toBeTruthy()
  })

  it('eigen notities worden bewaard voor het overzicht', async () => {
    const { stap, app, opslag } = await opzet()
    await loopNaarUitkomst(stap)
    fireEvent.input(screen.getByLabelText('Je eigen notities voor het gesprek'), {
      target: { value: 'Vragen over de werkstage.' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar notities' }))
    expect(await screen.findByText('Je notities zijn bewaard. Ze staan in het overzicht.')).toBeTruthy()
    const overzicht = await app.request(`${BASIS}/api/v1/gesprekken/${opslag.id}/samenvatting`)
    expect(await overzicht.text()).toContain('Vragen over de werkstage.')
  })

  it('plichten en rechten staan onder de uitkomst, zonder iets open te klappen; de zin over de regels noemt de dag', async () => {
    const { stap } = await opzet()
    await loopNaarUitkomst(stap)
    const kop = screen.getByRole('heading', { name: 'Je plichten en rechten' })
    const sectie = kop.closest('section') as HTMLElement
    expect(sectie.closest('details')).toBeNull()
    expect(within(sectie).getByText(/Dan moet je meestal meedoen/)).toBeTruthy()
    // The numbers of the model in the sentence, not placeholders.
    expect(within(sectie).getByText(/binnen 6 weken bezwaar maken/)).toBeTruthy()
    expect(sectie.textContent).not.toContain('{{')
    expect(screen.getByText(/Misschien heeft de gemeente nu andere regels/, { selector: 'p.ww-klein' })).toBeTruthy()
  })

  it('regels onbekend (jongeren onder 27 vanaf 2026): "Vraag het de gemeente" op de kaart, niet "past niet"', async () => {
    const { stap } = await opzet()
    await loopNaarUitkomst(stap, {
      woontInGemeente: true,
      leeftijd: 22,
      uitkering: 'bijstand',
      kanBekostigdOnderwijsVolgen: false,
      afstandTotArbeidsmarkt: 'groot',
    })
    const open = (await stap()).uitkomsten?.filter((u) => u.regelsOnbekend) ?? []
    expect(open.length).toBeGreaterThan(0)
    const labels = screen.getAllByText('Hiervoor heeft de gemeente eigen regels. Vraag het de gemeente.')
    expect(labels.length).toBe(open.length)
    for (const label of labels) expect(label.closest('li')?.className).toContain('ww-kaart--onbekend')
  })

  it('een BSN in de eigen notities: niet bewaard, en de widget zegt waarom naast het veld', async () => {
    const { stap, app, opslag } = await opzet()
    await loopNaarUitkomst(stap)
    const veld = screen.getByLabelText('Je eigen notities voor het gesprek')
    fireEvent.input(veld, { target: { value: 'Mijn BSN is 111222333' } })
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar notities' }))
    expect(
      await screen.findByText(
        'Dit lijkt op een BSN. Zet je BSN niet in je notities: dat is niet nodig. Haal het weg en bewaar opnieuw.',
      ),
    ).toBeTruthy()
    expect(veld.getAttribute('aria-invalid')).toBe('true')
    const overzicht = await app.request(`${BASIS}/api/v1/gesprekken/${opslag.id}/samenvatting`)
    expect(await overzicht.text()).not.toContain('111222333')
  })

  it('zonder feedback- en notitieroute gaat alles door: dank je wel, en een nette melding', async () => {
    const { stap, net } = await opzet()
    await loopNaarUitkomst(stap)
    net.weg = /\/(feedback|notities)$/
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }))
    expect(await screen.findByText('Dank je wel! Zo maken we de Werkwijzer beter.')).toBeTruthy()
    fireEvent.input(screen.getByLabelText('Je eigen notities voor het gesprek'), { target: { value: 'x' } })
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar notities' }))
    expect(await screen.findByText('Bewaren lukte niet. Schrijf je notities ook zelf op.')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('heading', { name: 'Wat misschien bij je past' })).toBeTruthy()
  })
})
