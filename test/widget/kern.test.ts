/**
 * The widget's conversation logic without a browser or a DOM (`widget/kern/gesprek.ts`), against the
 * real app through `app.request`: what is on screen, where an error or "busy" belongs, where the
 * focus goes, and that what she typed is never stored.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { maakApi } from '../../widget/api.js'
import { type Gesprek, maakGesprek } from '../../widget/kern/gesprek.js'
import type { Stand as Bewaard, Opslag } from '../../widget/opslag.js'
import { paginaStand } from '../../widget/samen.js'
import { testApp } from '../helpers.js'

const BASIS = 'http://localhost:8787'

/** A storage in memory that keeps everything written to it, to look for typed text afterwards. */
function geheugen() {
  const geschreven: string[] = []
  let id: string | undefined
  let stand: Bewaard | undefined
  const opslag: Opslag = {
    lees: () => id,
    bewaar: (x) => {
      id = x
      geschreven.push(x)
    },
    vergeet: () => {
      id = undefined
      stand = undefined
    },
    leesStand: () => stand,
    bewaarStand: (s) => {
      stand = s
      geschreven.push(JSON.stringify(s))
    },
  }
  return { opslag, geschreven }
}

function opzet(onderwerp = 'alles') {
  const app = testApp()
  const net = { storing: 0 }
  const haal = (async (invoer: RequestInfo | URL, init?: RequestInit) => {
    if (net.storing > 0) {
      net.storing--
      throw new TypeError('Failed to fetch')
    }
    return app.request(String(invoer), init)
  }) as typeof fetch
  const { opslag, geschreven } = geheugen()
  const g = maakGesprek({ api: maakApi(BASIS, haal), opslag, modus: 'inline', onderwerp })
  const stop = g.start()
  return { g, net, geschreven, stop }
}

/** Waits until the conversation is no longer busy (every action is one request to the app). */
async function klaar(g: Gesprek) {
  for (let i = 0; i < 200 && g.stand().bezig; i++) await new Promise((r) => setTimeout(r, 5))
  expect(g.stand().bezig).toBeUndefined()
  return g.stand()
}

afterEach(() => paginaStand.herstel())

describe('de gesprekslogica van de widget, zonder DOM', () => {
  it('draait zonder document of window', () => {
    expect(typeof document).toBe('undefined')
    expect(typeof window).toBe('undefined')
  })

  it('begint pas bij "Begin": dan de eerste vraag, met de focus daar en het welkom als welkom', async () => {
    const { g } = opzet()
    expect(g.stand().stap).toBeUndefined()
    expect(g.stand().gestart).toBe(false)
    g.begin()
    const s = await klaar(g)
    expect(s.stap?.vraag?.id).toBe('woontInGemeente')
    expect(s.focus?.doel).toBe('vraag')
    expect(s.regels[0]?.soort).toBe('welkom')
  })

  it('een getypte vraag: haar eigen regel bij de open vraag, ons antwoord eronder, de vraag niet nog eens, focus in het veld', async () => {
    const { g, geschreven } = opzet()
    g.begin()
    await klaar(g)
    g.typ('wat is een participatieplaats?')
    // Her line is there at once, before the server answered.
    expect(g.stand().regels.at(-1)).toMatchObject({ van: 'jij', tekst: 'wat is een participatieplaats?' })
    expect(g.stand().bezig).toBe('typen')
    const s = await klaar(g)
    const hier = s.regels.filter((r) => r.bij === 'woontInGemeente' && r.na === 0)
    expect(hier[0]).toMatchObject({ van: 'jij' })
    expect(
      hier
        .slice(1)
        .map((r) => r.tekst)
        .join(' '),
    ).toMatch(/Participatieplaats/)
    // The question asked again (`herhaling`) is the heading on screen: not a line of its own.
    expect(s.regels.some((r) => r.tekst === 'Woon je in Assen?')).toBe(false)
    expect(s.focus?.doel).toBe('typen')
    expect(s.stap?.vraag?.id).toBe('woontInGemeente')

    g.typ('ja hoor')
    const na = await klaar(g)
    expect(na.stap?.vraag?.id).toBe('leeftijd')
    expect(na.aankondiging).toBe('Hoe oud ben je?')
    expect(na.focus?.doel).toBe('typen')
    // What she typed was never written to storage.
    expect(geschreven.join('\n')).not.toMatch(/participatieplaats\?|ja hoor/)
  })

  it('"ik ben 3" wordt niet vastgelegd: eerst de vraag of het klopt, met een knop', async () => {
    const { g } = opzet()
    g.begin()
    await klaar(g)
    g.antwoord(true)
    await klaar(g)
    g.typ('ik ben 3')
    const s = await klaar(g)
    expect(s.stap?.antwoorden).toHaveLength(1)
    expect(s.regels.find((r) => r.soort === 'voorstel')?.tekst).toBe('Ben je echt 3 jaar? Een typfout is snel gemaakt.')
    const keuze = s.begrip?.keuzes?.[0]
    expect(keuze?.waarde).toBe(3)
    if (!s.begrip || !keuze) throw new Error('geen voorstel')
    g.kiesBegrip(s.begrip, keuze.waarde)
    const bevestigd = await klaar(g)
    expect(bevestigd.stap?.antwoorden.find((a) => a.vraag === 'leeftijd')?.waarde).toBe(3)
  })

  it('het aanbod van een mens komt uit de soort van het bericht, niet uit een telefoonnummer in de tekst', async () => {
    const { g } = opzet()
    g.begin()
    await klaar(g)
    for (let i = 0; i < 6 && !g.stand().mens; i++) {
      g.antwoord(null)
      await klaar(g)
    }
    const s = g.stand()
    expect(s.mens).toBe(s.regels.find((r) => r.soort === 'mens')?.tekst)
    expect(s.mens).toContain('14 0592')
  })

  it('zonder verbinding: de fout staat bij de vraag die ze tikte; opnieuw proberen gaat verder', async () => {
    const { g, net } = opzet()
    g.begin()
    await klaar(g)
    net.storing = 1
    g.antwoord(true)
    const s = await klaar(g)
    expect(s.fout).toEqual({ soort: 'netwerk', plek: 'vraag' })
    expect(s.stap?.vraag?.id).toBe('woontInGemeente')
    g.probeerOpnieuw()
    const verder = await klaar(g)
    expect(verder.fout).toBeUndefined()
    expect(verder.stap?.vraag?.id).toBe('leeftijd')

    net.storing = 1
    g.terug()
    expect((await klaar(g)).fout).toEqual({ soort: 'netwerk', plek: 'voet' })
  })

  it('een tweede tik terwijl er een antwoord onderweg is, stuurt niets', async () => {
    const { g } = opzet()
    g.begin()
    await klaar(g)
    g.antwoord(true)
    g.antwoord(false)
    const s = await klaar(g)
    expect(s.stap?.antwoorden.map((a) => a.waarde)).toEqual([true])
  })

  it('een taal kiezen zet het gesprek in die taal en de focus weer op de vraag', async () => {
    const { g } = opzet()
    g.begin()
    await klaar(g)
    g.kiesTaal('uk')
    const s = await klaar(g)
    expect(s.taal).toBe('uk')
    expect(s.stap?.richting).toBe('ltr')
    expect(s.focus?.doel).toBe('vraag')
    expect(s.taalGekozen).toBe(true)
  })
})
