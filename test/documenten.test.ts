/**
 * The documents a gemeente publishes: the Algoritmeregister entry in the fields of publication
 * standard 1.0.0 (as JSON and as text), publiccode.yml 0.4, and the privacy statement, DPIA and
 * accessibility statement filled in with the software's real settings.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import assen from '../gemeenten/assen.json' with { type: 'json' }
import { STANDAARD_BEWAARMINUTEN } from '../server/context.js'
import { AFRONDING, DREMPEL } from '../server/statistieken/overzicht.js'
import { STANDAARD_BEWAAR_DAGEN } from '../server/statistieken/types.js'
import { ASSEN } from './regelmodel.js'

const lees = (pad: string) => readFileSync(fileURLToPath(new URL(`../${pad}`, import.meta.url)), 'utf8')

/** The fields of the Algoritmeregister publication standard 1.0.0, in its order, with its limits. */
const VELDEN: { veld: string; titel: string; max?: number; verplicht?: true; waarden?: readonly string[] }[] = [
  { veld: 'name', titel: 'Naam', max: 100, verplicht: true },
  { veld: 'description_short', titel: 'Korte omschrijving', max: 350, verplicht: true },
  { veld: 'organization', titel: 'Organisatie', max: 100, verplicht: true },
  { veld: 'category', titel: 'Thema' },
  { veld: 'status', titel: 'Status', verplicht: true, waarden: ['In ontwikkeling', 'In gebruik', 'Buiten gebruik'] },
  { veld: 'begin_date', titel: 'Begindatum', max: 7 },
  { veld: 'end_date', titel: 'Einddatum', max: 7 },
  { veld: 'contact_email', titel: 'Contactgegevens', max: 500, verplicht: true },
  { veld: 'website', titel: 'Link naar publiekspagina', max: 500 },
  {
    veld: 'publication_category',
    titel: 'Publicatiecategorie',
    verplicht: true,
    waarden: ['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes'],
  },
  { veld: 'url', titel: 'Link naar bronregistratie', max: 500 },
  { veld: 'goal', titel: 'Doel en impact', max: 2500 },
  { veld: 'proportionality', titel: 'Afwegingen', max: 2500 },
  { veld: 'human_intervention', titel: 'Menselijke tussenkomst', max: 2500 },
  { veld: 'risks', titel: 'Risicobeheer', max: 2500 },
  { veld: 'lawful_basis', titel: 'Wettelijke basis', max: 2500 },
  { veld: 'lawful_basis_grouping', titel: 'Verwijzingen wettelijke basis' },
  { veld: 'process_index_url', titel: 'Link naar verwerkingsregister', max: 500 },
  { veld: 'impacttoetsen_grouping', titel: 'Verwijzingen impacttoetsen' },
  { veld: 'impacttoetsen', titel: 'Toelichting op impacttoetsen', max: 2500 },
  { veld: 'source_data', titel: 'Gegevens', max: 2500 },
  { veld: 'source_data_grouping', titel: 'Verwijzingen gegevensbronnen' },
  { veld: 'methods_and_models', titel: 'Technische werking', max: 5000 },
  { veld: 'provider', titel: 'Leverancier', max: 200 },
  { veld: 'publiccode', titel: 'Link naar broncode', max: 500 },
  { veld: 'lang', titel: 'Taal', verplicht: true, waarden: ['nld'] },
  { veld: 'standard_version', titel: 'Versie publicatiestandaard', waarden: ['1.0.0'] },
  { veld: 'source_id', titel: 'Bron-ID', max: 100 },
  { veld: 'tags', titel: 'Zoektermen', max: 2500 },
]
const THEMAS = [
  'Organisatie en bedrijfsvoering',
  'Cultuur en recreatie',
  'Economie',
  'Overheidsfinanciën',
  'Wonen',
  'Internationaal',
  'Migratie en integratie',
  'Natuur en milieu',
  'Onderwijs en wetenschap',
  'Openbare orde en veiligheid',
  'Recht',
  'Ruimte en infrastructuur',
  'Sociale zekerheid',
  'Verkeer',
  'Werk',
  'Zorg en gezondheid',
]
const HTML_TOEGESTAAN = /^(?:<\/?(?:div|br|p|ul|ol|li)>|[^<>])*$/

describe('docs/algoritmeregister.json volgt de publicatiestandaard', () => {
  const register = JSON.parse(lees('docs/algoritmeregister.json')) as Record<string, unknown>

  it('heeft precies de velden van de standaard, en elk verplicht veld is gevuld', () => {
    expect(Object.keys(register).sort()).toEqual(VELDEN.map((v) => v.veld).sort())
    for (const v of VELDEN.filter((x) => x.verplicht)) expect(register[v.veld], v.veld).toMatch(/\S/)
  })

  it.each(VELDEN.filter((v) => v.max))('$veld is hoogstens $max tekens, alleen toegestane HTML', ({ veld, max }) => {
    const waarde = register[veld] as string
    expect(typeof waarde).toBe('string')
    expect(waarde.length).toBeLessThanOrEqual(max as number)
    expect(waarde).toMatch(HTML_TOEGESTAAN)
  })

  it('keuzevelden hebben een toegestane waarde; Status is alleen de status', () => {
    for (const v of VELDEN.filter((x) => x.waarden)) expect(v.waarden, v.veld).toContain(register[v.veld])
    const thema = register.category as string[]
    expect(thema.length).toBeGreaterThan(0)
    expect(thema.length).toBeLessThanOrEqual(3)
    for (const t of thema) expect(THEMAS).toContain(t)
    for (const datum of [register.begin_date, register.end_date]) expect(datum).toMatch(/^(\d{4}-(0[1-9]|1[0-2]))?$/)
    // In use means a start month; in development has none yet.
    if (register.status === 'In gebruik') expect(register.begin_date).not.toBe('')
    if (register.status !== 'Buiten gebruik') expect(register.end_date).toBe('')
  })

  it('de verwijzingen hebben een titel (hoogstens 100 tekens) en een https-link', () => {
    for (const groep of ['lawful_basis_grouping', 'impacttoetsen_grouping', 'source_data_grouping']) {
      for (const item of register[groep] as { title: string; link: string }[]) {
        expect(item.title.length, groep).toBeGreaterThan(0)
        expect(item.title.length, groep).toBeLessThanOrEqual(groep === 'source_data_grouping' ? 500 : 100)
        expect(item.link).toMatch(/^https:\/\/\S+$/)
      }
    }
    const titels = (register.lawful_basis_grouping as { title: string }[]).map((x) => x.title)
    expect(titels).toContain(ASSEN.naam)
  })

  it('de waarden van de gemeente komen uit haar profiel', () => {
    expect(register.organization).toBe(`Gemeente ${assen.naam}`)
    expect(register.contact_email).toBe(assen.contact.email)
    expect(register.website).toBe(assen.contact.website)
  })

  it('de korte omschrijving is B1: korte zinnen, "je", geen belofte', () => {
    const tekst = register.description_short as string
    const zinnen = tekst.split(/(?<=[.!?])\s+/)
    for (const zin of zinnen) expect(zin.split(/\s+/).length, zin).toBeLessThanOrEqual(20)
    expect(tekst).toMatch(/\bje\b/)
    expect(tekst).toContain('misschien')
    expect(tekst).toContain('college')
  })

  it('docs/algoritmeregister.md heeft dezelfde velden in dezelfde volgorde, met dezelfde waarden', () => {
    const md = lees('docs/algoritmeregister.md')
    const koppen = [...md.matchAll(/^### (.+)$/gm)].map((m) => m[1])
    const standaard = koppen.filter((k) => VELDEN.some((v) => v.titel === k))
    expect(standaard).toEqual(VELDEN.map((v) => v.titel))
    const onder = (titel: string) => {
      const begin = md.indexOf(`### ${titel}\n`) + titel.length + 5
      return md.slice(begin, md.indexOf('\n### ', begin)).trim().split('\n\n')[0]
    }
    for (const veld of ['name', 'description_short', 'organization', 'status', 'publication_category', 'lang'])
      expect(onder(VELDEN.find((v) => v.veld === veld)?.titel as string), veld).toBe(register[veld])
    expect(onder('Begindatum')).toBe(register.begin_date || 'Leeg.')
  })
})

describe('publiccode.yml 0.4', () => {
  const tekst = lees('publiccode.yml')
  const pc = parse(tekst)

  it('heeft elke verplichte sleutel', () => {
    expect(pc.publiccodeYmlVersion).toBe('0.4')
    for (const sleutel of ['name', 'url', 'platforms', 'categories', 'developmentStatus', 'softwareType'])
      expect(pc[sleutel], sleutel).toBeTruthy()
    expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(pc.developmentStatus)
    expect(pc.legal.license).toBe('EUPL-1.2')
    expect(pc.maintenance.type).toMatch(/^(internal|contract|community|none)$/)
    for (const c of pc.maintenance.contacts) expect(c.name).toBeTruthy()
    expect(pc.localisation.localisationReady).toBe(true)
    expect(pc.localisation.availableLanguages).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk'])
    for (const taal of Object.keys(pc.description)) {
      const d = pc.description[taal]
      expect(d.shortDescription.length, taal).toBeLessThanOrEqual(150)
      expect(d.longDescription.length, taal).toBeGreaterThanOrEqual(150)
      expect(d.longDescription.length, taal).toBeLessThanOrEqual(10000)
      expect(d.features.length, taal).toBeGreaterThan(0)
    }
    expect(pc.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('landcodes zoals de standaard ze schrijft: twee kleine letters (ISO 3166-1 alpha-2)', () => {
    expect(pc.intendedAudience.countries).toEqual(['nl'])
    for (const land of pc.intendedAudience.countries) expect(land).toMatch(/^[a-z]{2}$/)
  })

  it('wat alleen de gemeente weet, staat in één lijst in de README en niet als "In te vullen" in het bestand', () => {
    expect(tekst).not.toMatch(/in te vullen/i)
    const readme = lees('README.md')
    const lijst = readme.slice(readme.indexOf('### Wat je zelf invult'), readme.indexOf('## Documenten'))
    for (const sleutel of ['`url`', '`legal.mainCopyrightOwner`', '`maintenance.contacts`', 'documentation'])
      expect(lijst, sleutel).toContain(sleutel)
    expect(readme.match(/### Wat je zelf invult/g)).toHaveLength(1)
  })
})

describe('privacyverklaring, DPIA en toegankelijkheidsverklaring: wat de software bepaalt, staat erin', () => {
  // Line breaks in the Markdown do not matter: compare the text as one line.
  const eenRegel = (pad: string) => lees(pad).replace(/\s+/g, ' ')
  const privacy = eenRegel('docs/privacy.md')
  const dpia = eenRegel('docs/dpia.md')
  const toegankelijkheid = eenRegel('docs/toegankelijkheidsverklaring.md')

  it('de bewaartijden zijn de echte standaardwaarden van de code', () => {
    expect(privacy).toContain(`standaard ${STANDAARD_BEWAARMINUTEN} minuten`)
    expect(dpia).toContain(`standaard ${STANDAARD_BEWAARMINUTEN} minuten`)
    expect(privacy).toContain(`standaard ${STANDAARD_BEWAAR_DAGEN} dagen`)
    expect(dpia).toContain(`${STANDAARD_BEWAAR_DAGEN} dagen (\`STATISTIEKEN_BEWAAR_DAGEN\``)
    expect(dpia).not.toContain('[bewaartermijn die de gemeente kiest]')
  })

  it('kleine aantallen: de drempel en de afronding van de code', () => {
    for (const tekst of [privacy, dpia]) {
      expect(tekst).toContain(`onder ${DREMPEL} als "minder dan ${DREMPEL}"`)
      expect(tekst).toContain(`afgerond op ${AFRONDING}`)
    }
  })

  it('geen cookies en geen verwerkers van de software zelf', () => {
    expect(privacy).toContain('We gebruiken geen cookies.')
    expect(privacy).toContain('de software gebruikt geen verwerkers')
    expect(dpia).toContain('de software zelf gebruikt er geen')
  })

  it('de axe-uitslag noemt de versie van axe-core die de tests echt gebruiken', () => {
    const versie = (JSON.parse(lees('node_modules/axe-core/package.json')) as { version: string }).version
    expect(toegankelijkheid).toContain(`axe-core ${versie}`)
    for (const test of ['widget', 'samenvatting', 'beheer'])
      expect(toegankelijkheid).toContain(`test/browser/${test}.test.ts`)
  })
})
