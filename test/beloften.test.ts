/**
 * Texts never promise what the sources do not say (domain.md, interpretations 13, 15, 21, 22), in every
 * language, and the figures they do give are the rules' parameters.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VAST_CONTRACT_MAANDEN } from '../rules/index.js'
import { assen, testApp, vraag } from './helpers.js'

const LOCALES = new URL('../locales/', import.meta.url)
const TALEN = ['nl', 'en', 'ar', 'tr', 'pl', 'uk']

function plat(waarde: unknown, pad = '', uit = new Map<string, string>()): Map<string, string> {
  if (typeof waarde === 'string') uit.set(pad, waarde)
  else if (waarde && typeof waarde === 'object')
    for (const [k, v] of Object.entries(waarde)) plat(v, pad ? `${pad}.${k}` : k, uit)
  return uit
}

/** Every text of a language as `ns:key → text`. */
function teksten(taal: string): Map<string, string> {
  const uit = new Map<string, string>()
  for (const bestand of readdirSync(new URL(`${taal}/`, LOCALES))) {
    if (!bestand.endsWith('.json')) continue
    const ns = bestand.slice(0, -5)
    for (const [k, v] of plat(JSON.parse(readFileSync(new URL(`${taal}/${bestand}`, LOCALES), 'utf8'))))
      uit.set(`${ns}:${k}`, v)
  }
  return uit
}

/** What the reviewed texts said, and must never say again. */
const BELOFTEN: Record<string, RegExp[]> = {
  nl: [
    /krijg je AOW/i, // a benefit that depends on insured years (21)
    /Krijg(t)? (je|de kandidaat) al AOW/i, // the rule needs "AOW-leeftijd bereikt"
    /behoud van je uitkering|je houdt je uitkering/i, // not everyone has one (21)
    /betaalt .{0,30}de kosten/i, // the cover is wage up to 110% plus 15% (21)
    /juli 2015/, // the day the rules began is not in the sources (13, 21)
    /Dat is gemiddeld 40 uur/, // an average for employers with a garantiebaan (21)
    /laatste twee jaar/, // the subsidy counts longer (15)
    /binnen een jaar werk (vindt|kunt hebben|denkt te vinden)/, // readiness, not finding a job (22)
    /houd je hoogstens 12 maanden/, // only as far as the conditions are still met (art. 16)
    /Sinds 2016 zijn er landelijke regels/, // announced, never stated as fact
  ],
  en: [
    /then you get a state pension/i,
    /keep your benefit/i,
    /pays .{0,30}costs/i,
    /July 2015/,
    /in the last two years/,
    /find work within a year/,
    /Since 2016 there are national rules/,
  ],
}

describe('geen tekst belooft wat de bronnen niet zeggen', () => {
  it.each(Object.keys(BELOFTEN))('%s', (taal) => {
    const fout = [...teksten(taal)]
      .filter(([, tekst]) => BELOFTEN[taal]?.some((p) => p.test(tekst)))
      .map(([k, tekst]) => `${k}: ${tekst}`)
    expect(fout).toEqual([])
  })

  it.each(TALEN)('%s: DUO geeft geen studieadvies, de verwijzing noemt het jongerenloket van het profiel', (taal) => {
    const alle = teksten(taal)
    expect([...alle].filter(([, t]) => /\bDUO\b/.test(t)).map(([k]) => k)).toEqual([])
    expect(alle.get('regels:verwijzingen.onderwijs')).toContain('{{jongerenloket}}')
    expect(alle.get('gesprek:berichten.verwijzing.onderwijs')).toContain('{{jongerenloket}}')
  })

  it.each(TALEN)('%s: de no-riskpolis noemt de dekking uit de parameters', (taal) => {
    const alle = teksten(taal)
    for (const sleutel of ['samenvatting:betekenis.no-riskpolis', 'gesprek:werkgever.no-riskpolis']) {
      expect(alle.get(sleutel), sleutel).toContain('{{noRiskDekking.loonProcentMinimumloon}}')
      expect(alle.get(sleutel), sleutel).toContain('{{noRiskDekking.werkgeverslastenProcent}}')
    }
  })

  it.each(
    TALEN,
  )('%s: de uren jobcoach staan er als gemiddelde bij een garantiebaan, alleen voor een werkgever', (taal) => {
    const tekst = teksten(taal).get('regels:aandachtspuntenWerkgever.jobcoachUren') ?? ''
    expect(tekst).toContain('{{jobcoachUrenPerJaar}}')
    expect(tekst).toContain('garantiebaan')
    expect(
      teksten(taal)
        .get('gesprek:werkgever.persoonlijke-ondersteuning')
        ?.replace(/\{\{[^}]*\}\}/g, ''),
    ).not.toMatch(/\d/)
  })
})

/** Answers a conversation with these values (others "Weet ik niet") until it is done. */
async function gesprek(
  app: ReturnType<typeof testApp>,
  onderwerp: string,
  waarden: Record<string, unknown>,
  taal = 'nl',
) {
  let stap = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp, taal })).json
  const stappen = [stap]
  for (let i = 0; i < 30 && !stap.klaar; i++) {
    const id = stap.vraag.id
    const waarde = Object.hasOwn(waarden, id) ? waarden[id] : null
    stap = (await vraag(app, 'POST', `/api/v1/gesprekken/${stap.gesprek}/antwoorden`, { vraag: id, waarde })).json
    stappen.push(stap)
  }
  return stappen
}

describe('in het gesprek', () => {
  const app = testApp()

  it.each([
    ['nl', 'het RMC Noord- en Midden-Drenthe'],
    ['en', 'the RMC Noord- en Midden-Drenthe'],
  ])('%s: wie 15 is, hoort waar het jongerenloket is, ook in de samenvatting', async (taal, loket) => {
    const stappen = await gesprek(app, 'alles', { woontInGemeente: true, leeftijd: 15 }, taal)
    const berichten = stappen.flatMap((s) => s.berichten.map((b: { tekst: string }) => b.tekst))
    expect(berichten.some((b) => b.includes(loket))).toBe(true)
    const samenvatting = await vraag(app, 'GET', `/api/v1/gesprekken/${stappen[0].gesprek}/samenvatting?taal=${taal}`)
    expect(samenvatting.json.doelgroep.verwijzing).toContain(loket)
    expect(JSON.stringify(samenvatting.json)).not.toContain('{{')
  })

  it('het profiel noemt het jongerenloket in elke taal van de widget', () => {
    expect(Object.keys(assen.jongerenloket as Record<string, string>).sort()).toEqual([...TALEN].sort())
  })

  it('een vast contract is een keuze, en telt als contract van 6 maanden of langer', async () => {
    const stappen = await gesprek(app, 'no-riskpolis', {
      woontInGemeente: true,
      leeftijd: 40,
      uitkering: 'bijstand',
      beperking: true,
      contractMaanden: VAST_CONTRACT_MAANDEN,
    })
    const contractVraag = stappen.find((s) => s.vraag?.id === 'contractMaanden')?.vraag
    expect(contractVraag.keuzes).toContainEqual({ waarde: VAST_CONTRACT_MAANDEN, label: 'Vast contract' })
    const einde = stappen.at(-1)
    expect(einde.klaar).toBe(true)
    expect(einde.antwoorden.find((a: { vraag: string }) => a.vraag === 'contractMaanden').label).toBe('Vast contract')
    expect(einde.uitkomsten.find((u: { voorziening: string }) => u.voorziening === 'no-riskpolis').oordeel).toBe(
      'mogelijk',
    )
  })

  it('de AOW-vraag vraagt naar de AOW-leeftijd, niet of je AOW krijgt', async () => {
    const stappen = await gesprek(app, 'alles', { woontInGemeente: true, leeftijd: null })
    const aow = stappen.find((s) => s.vraag?.id === 'aowLeeftijdBereikt')?.vraag
    expect(aow?.tekst).toBe('Heb je de AOW-leeftijd al bereikt?')
    const leeftijd = stappen.findIndex((s) => s.vraag?.id === 'leeftijd')
    expect(leeftijd).toBeLessThan(stappen.findIndex((s) => s.vraag?.id === 'aowLeeftijdBereikt'))
  })
})
