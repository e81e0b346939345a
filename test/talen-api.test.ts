/**
 * The resident's own language through the API (issue 7): a whole `alles` conversation in every
 * language shows no raw keys and no Dutch question text; a translated conversation opens with the
 * notice that the Dutch text counts; `/checks` answers in the language asked for.
 */
import { describe, expect, it } from 'vitest'
import { assen, type TestApp, teksten, testApp, vraag } from './helpers.js'

const SLEUTEL = /^[\w-]+(\.[\w-]+)+$/
const anderen = teksten.talen.filter((t) => t.code !== 'nl')

interface Stap {
  berichten: { tekst: string }[]
  vraag?: {
    id: string
    tekst: string
    hulp: string
    soort: 'keuze' | 'getal'
    keuzes: { waarde: unknown; label: string }[]
    label?: string
    min?: number
    max?: number
  }
  uitkomsten?: { naam: string; redenen: { uitleg: string }[] }[]
  doelgroep?: { redenen: { uitleg: string }[] }
  aandachtspunten?: { uitleg: string }[]
  antwoorden: { tekst: string; label: string }[]
  richting: string
  taal: string
  klaar: boolean
}

/** Every text a resident reads in one step. */
function tekstenVan(stap: Stap): string[] {
  return [
    ...stap.berichten.map((b) => b.tekst),
    ...(stap.vraag
      ? [stap.vraag.tekst, stap.vraag.hulp, ...stap.vraag.keuzes.map((k) => k.label), stap.vraag.label ?? '']
      : []),
    ...stap.antwoorden.flatMap((a) => [a.tekst, a.label]),
    ...(stap.uitkomsten ?? []).flatMap((u) => [u.naam, ...u.redenen.map((r) => r.uitleg)]),
    ...(stap.doelgroep?.redenen ?? []).map((r) => r.uitleg),
    ...(stap.aandachtspunten ?? []).map((a) => a.uitleg),
  ].filter(Boolean)
}

/** Answers the first choice, or a middle number, until the outcome. */
async function heelGesprek(app: TestApp, taal: string): Promise<Stap[]> {
  const start = await vraag(app, 'POST', '/api/v1/gesprekken', { taal, onderwerp: 'alles' })
  expect(start.status).toBe(201)
  const id = String(start.headers.get('Location')).split('/').pop()
  const stappen: Stap[] = [start.json]
  for (let i = 0; i < 40 && !stappen.at(-1)?.klaar; i++) {
    const open = stappen.at(-1)?.vraag
    if (!open) break
    const waarde =
      open.soort === 'getal' ? Math.min(open.max ?? 30, Math.max(open.min ?? 0, 30)) : open.keuzes[0]?.waarde
    const res = await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: open.id, waarde })
    expect(res.status, res.tekst).toBe(200)
    stappen.push(res.json)
  }
  expect(stappen.at(-1)?.klaar).toBe(true)
  return stappen
}

describe('een heel gesprek in elke taal', () => {
  const app = testApp()
  let nederlands: Stap[] = []

  it('Nederlands: geen ruwe sleutels en geen taalnotitie', async () => {
    nederlands = await heelGesprek(app, 'nl')
    const alle = nederlands.flatMap(tekstenVan)
    expect(alle.filter((t) => SLEUTEL.test(t) || t.includes('{{'))).toEqual([])
    expect(alle).not.toContain(teksten.t('nl', 'gesprek')('berichten.taalNotitie'))
  })

  it.each(anderen)('$naam ($code): geen ruwe sleutels, geen Nederlandse vragen', async ({ code, richting }) => {
    if (nederlands.length === 0) nederlands = await heelGesprek(app, 'nl')
    const stappen = await heelGesprek(app, code)
    const alle = stappen.flatMap(tekstenVan)
    expect(alle.filter((t) => SLEUTEL.test(t) || t.includes('{{') || /undefined|NaN/.test(t))).toEqual([])
    expect(stappen.every((s) => s.taal === code && s.richting === richting)).toBe(true)

    // The same answers give the same path; no question may read as in Dutch.
    expect(stappen.map((s) => s.vraag?.id)).toEqual(nederlands.map((s) => s.vraag?.id))
    const nlVragen = new Set(nederlands.flatMap((s) => (s.vraag ? [s.vraag.tekst, s.vraag.hulp] : [])))
    const nlZinnen = new Set(nederlands.flatMap(tekstenVan).filter((t) => t.split(' ').length > 3))
    expect(
      stappen.flatMap((s) => (s.vraag ? [s.vraag.tekst, s.vraag.hulp] : [])).filter((t) => nlVragen.has(t)),
    ).toEqual([])
    expect(alle.filter((t) => nlZinnen.has(t))).toEqual([])
  })

  it.each(
    anderen,
  )('$naam ($code): de eerste stap zegt dat de Nederlandse tekst geldt, en hoe je een tolk vraagt', async ({
    code,
  }) => {
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', { taal: code })
    const berichten = (start.json as Stap).berichten.map((b) => b.tekst)
    const t = teksten.t(code, 'gesprek')
    // In a right-to-left language the number is isolated (U+2066 … U+2069), so it reads left to right.
    const telefoon = code === 'ar' ? `\u2066${assen.contact.telefoon}\u2069` : assen.contact.telefoon
    expect(berichten[0]).toBe(
      t('berichten.welkom', {
        gemeente: assen.naam,
        telefoon,
        'verordening.jaar': assen.regelmodel.inwerkingtreding.slice(0, 4),
      }),
    )
    expect(berichten).toContain(t('berichten.taalNotitie'))
    expect(berichten).toContain(t('berichten.tolk', { telefoon }))
    expect(berichten.filter((b) => b === t('berichten.taalNotitie'))).toHaveLength(1)
  })

  it('zonder tolk bij de gemeente: alleen de taalnotitie', async () => {
    const zonder = testApp({ gemeente: { ...assen, tolk: '' } })
    const start = await vraag(zonder, 'POST', '/api/v1/gesprekken', { taal: 'tr' })
    const berichten = (start.json as Stap).berichten.map((b) => b.tekst)
    expect(berichten).toContain(teksten.t('tr', 'gesprek')('berichten.taalNotitie'))
    expect(berichten.join(' ')).not.toContain(
      teksten.t('tr', 'gesprek')('berichten.tolk', { telefoon: '' }).slice(0, 20),
    )
  })
})

describe('/api/v1/checks in de gevraagde taal', () => {
  const app = testApp()
  const situatie = { woontInGemeente: true, leeftijd: 34, uitkering: 'bijstand', afstandTotArbeidsmarkt: 'groot' }
  const ARABISCH = /[\u0600-\u06FF]/

  it('Accept-Language: ar geeft Content-Language: ar en Arabische teksten, met de Nederlandse naam erbij', async () => {
    const res = await vraag(app, 'POST', '/api/v1/checks', { situatie }, { 'Accept-Language': 'ar' })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Language')).toBe('ar')
    const uitkomsten = res.json.uitkomsten as { voorziening: string; naam: string; redenen: { uitleg: string }[] }[]
    for (const u of uitkomsten) {
      expect(u.naam, u.voorziening).toMatch(ARABISCH)
      for (const r of u.redenen) expect(r.uitleg, u.voorziening).toMatch(ARABISCH)
    }
    expect(uitkomsten.find((u) => u.voorziening === 'participatieplaats')?.naam).toContain('Participatieplaats')
  })

  it.each([
    ['tr-TR,tr;q=0.9', 'tr'],
    ['pl', 'pl'],
    ['uk-UA', 'uk'],
    ['en-GB,en;q=0.8,nl;q=0.5', 'en'],
    ['fr', 'nl'],
  ])('Accept-Language %s geeft %s', async (header, code) => {
    const res = await vraag(app, 'POST', '/api/v1/checks', { situatie }, { 'Accept-Language': header })
    expect(res.headers.get('Content-Language')).toBe(code)
    expect(res.json.uitkomsten[0].naam).toBe(
      teksten.t(code)(`voorzieningen.${res.json.uitkomsten[0].voorziening}.naam`),
    )
  })

  it('een fout legt in de gevraagde taal uit wat er mis is', async () => {
    const res = await vraag(app, 'POST', '/api/v1/checks', '{', { 'Accept-Language': 'pl' })
    expect(res.status).toBe(400)
    expect(res.json.detail).toBe(teksten.t('pl', 'fouten')('ongeldigeJson.detail'))
  })
})
