/**
 * An employer asks about a candidate: the outcome and the summary speak to an employer ("u", the
 * candidate, what to arrange with the gemeente), never as if the employer were the job seeker.
 */
import { describe, expect, it } from 'vitest'
import { testApp, vraag } from './helpers.js'

const app = testApp()
const G = '/api/v1/gesprekken'

/** A candidate for whom most of the employer's schemes may fit or are still open. */
const KANDIDAAT: Record<string, unknown> = {
  woontInGemeente: true,
  leeftijd: 30,
  aowLeeftijdBereikt: false,
  uitkering: 'bijstand',
  werktMetLoonkostensubsidie: false,
  afstandTotArbeidsmarkt: 'groot',
  beperking: true,
  kanVolledigMinimumloonVerdienen: false,
  contractMaanden: 12,
  maandenUitkering: 14,
  beschutteWerkplekNodig: false,
}

/** Resident's forms of address per language: what an employer must not read. */
const JIJ: Record<string, RegExp> = {
  nl: /(?<![\p{L}])(je|jij|jou|jouw|jezelf)(?![\p{L}])/giu,
  en: /your (consulent|employer)|you get sick|helps you/gi,
  uk: /(?<![\p{L}])(ти|тебе|тобі|тобою|твій|твоя|твоє|твої|твого|твоєї|твоїх|твоїм|твоєму|твоїй)(?![\p{L}])/giu,
  pl: /(?<![\p{L}])(ty|ciebie|cię|tobie|ci|twój|twoja|twoje|twojego|twojej|twoich|twoim)(?![\p{L}])/giu,
  tr: /(?<![\p{L}])(sen|sana|seni|senin|seninle)(?![\p{L}])/giu,
}

async function doorloop(taal: string) {
  let stap = (await vraag(app, 'POST', G, { onderwerp: 'werkgever', taal })).json
  const id = stap.gesprek as string
  for (let i = 0; i < 20 && stap.vraag; i++) {
    stap = (
      await vraag(app, 'POST', `${G}/${id}/antwoorden`, {
        vraag: stap.vraag.id,
        waarde: KANDIDAAT[stap.vraag.feit] ?? null,
      })
    ).json
  }
  expect(stap.klaar).toBe(true)
  const html = (await vraag(app, 'GET', `${G}/${id}/samenvatting?formaat=html`)).tekst
  // The page's own text (a translated page carries the Dutch part too; it is the same reader).
  const pagina = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
  return { stap, pagina, json: (await vraag(app, 'GET', `${G}/${id}/samenvatting`)).json }
}

describe('de werkgever', () => {
  it.each(Object.keys(JIJ))('leest in het %s een uitkomst en een overzicht voor een werkgever', async (taal) => {
    const { stap, pagina, json } = await doorloop(taal)
    const uitkomst = JSON.stringify([stap.berichten, stap.uitkomsten, stap.aandachtspunten])
    expect(uitkomst.match(JIJ[taal] as RegExp) ?? [], 'uitkomst').toEqual([])
    expect(pagina.match(JIJ[taal] as RegExp) ?? [], 'overzicht').toEqual([])
    expect(json.lezer).toBe('werkgever')
    // What to bring is about the job and the company, not the candidate's passport and payslip.
    expect(json.meenemen.map((m: { sleutel: string }) => m.sleutel)).toEqual([
      'functie',
      'begeleiding',
      'bedrijf',
      'overzicht',
    ])
  })

  it('in het Nederlands: "de kandidaat", "u" en de gemeente, niet "je consulent"', async () => {
    const { stap, pagina } = await doorloop('nl')
    expect(pagina).toContain('Overzicht voor uw gesprek met de gemeente over een kandidaat')
    expect(pagina).toContain('Wat kan het voor u betekenen?')
    expect(pagina).not.toMatch(/consulent/i)
    const redenen = stap.uitkomsten.flatMap((u: { redenen: { uitleg: string }[] }) => u.redenen.map((r) => r.uitleg))
    expect(redenen.join(' ')).toContain('De kandidaat')
  })

  it('een getypte wens om werkgever te zijn: "Ja, ik ben werkgever", niet "vertel over Ik ben werkgever"', async () => {
    const start = (await vraag(app, 'POST', G, {})).json
    const r = (await vraag(app, 'POST', `${G}/${start.gesprek}/berichten`, { tekst: 'werkgever' })).json
    expect(r.begrip.onderwerp).toBe('werkgever')
    expect(r.begrip.keuzes).toEqual([{ waarde: 'werkgever', label: 'Ja, ik ben werkgever' }])
  })

  it('een resident leest het overzicht nog steeds als "je" (lezer inwoner)', async () => {
    const start = (await vraag(app, 'POST', G, { onderwerp: 'alles' })).json
    const json = (await vraag(app, 'GET', `${G}/${start.gesprek}/samenvatting`)).json
    expect(json.lezer).toBe('inwoner')
    expect(json.titel).toBe('Overzicht voor je gesprek over werk')
  })
})
