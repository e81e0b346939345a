/**
 * The privacy statement (issue 26): `/privacy` in six languages names the controller and the FG from
 * the gemeente profile, the legal basis, the resident's rights, the route to the Autoriteit
 * Persoonsgegevens and the health question as special personal data, with the keeping times of the
 * running configuration. The profile fields it needs are required and checked at start-up.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GemeenteFout, inTaal, laadGemeente, publiekProfiel } from '../server/gemeente.js'
import { AP_URL, PRIVACY_DELEN, RECHTEN } from '../server/routes/privacy/index.js'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { geheugenStore } from '../server/store/geheugen.js'
import { assen, teksten, testApp, vraag } from './helpers.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { vrijePoort, wachtTot } from './redis-server.js'

const TALEN = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const
type Code = (typeof TALEN)[number]
const voorbeeldstad = laadGemeente('voorbeeldstad')

/**
 * The keeping times as a reader of each language says them, written out here (not computed with the
 * code's own formatter): 45 minutes idle, 5 hours at most, counts kept 100 days; and the defaults.
 */
const DUUR: Record<Code, { ingesteld: string[]; standaard: string[] }> = {
  nl: { ingesteld: ['45 minuten', '5 uur', '100 dagen'], standaard: ['60 minuten', '24 uur', '396 dagen'] },
  en: { ingesteld: ['45 minutes', '5 hours', '100 days'], standaard: ['60 minutes', '24 hours', '396 days'] },
  ar: { ingesteld: ['45 دقيقة', '5 ساعات', '100 يوم'], standaard: ['60 دقيقة', '24 ساعة', '396 يومًا'] },
  tr: { ingesteld: ['45 dakika', '5 saat', '100 gün'], standaard: ['60 dakika', '24 saat', '396 gün'] },
  pl: { ingesteld: ['45 minut', '5 godzin', '100 dni'], standaard: ['60 minut', '24 godziny', '396 dni'] },
  uk: { ingesteld: ['45 хвилин', '5 годин', '100 днів'], standaard: ['60 хвилин', '24 години', '396 днів'] },
}

/** The legal names every language keeps, so a resident can show them at the gemeente or the AP. */
const WETTELIJKE_NAMEN = [
  'AVG',
  'Participatiewet',
  'bijzondere persoonsgegevens',
  'functionaris gegevensbescherming',
  'verwerkingsverantwoordelijke',
  'Autoriteit Persoonsgegevens',
]

/** The page as a reader sees it: without tags, entities decoded, white space as single spaces. */
function zichtbaar(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

const teller = sqliteTeller(':memory:')
const ingesteld = () => testApp({ bewaarMinuten: 45, bewaarMaxUur: 5, statistiekenBewaarDagen: 100, teller })

describe.each(TALEN)('GET /privacy?taal=%s', (taal) => {
  const t = teksten.t(taal, 'privacy')
  const richting = teksten.taal(taal).richting

  it('in de taal van de inwoner: lang, dir, koppen, landmarks', async () => {
    const r = await vraag(ingesteld(), 'GET', `/privacy?taal=${taal}`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-language')).toBe(taal)
    expect(r.tekst).toContain(`<html lang="${taal}" dir="${richting}">`)
    expect(r.tekst.match(/<h1>/g)).toHaveLength(1)
    expect(r.tekst.match(/<main>/g)).toHaveLength(1)
    expect(r.tekst).toMatch(/<nav aria-labelledby="inhoud">/)
    for (const deel of PRIVACY_DELEN) {
      expect(r.tekst, deel).toContain(`<h2 id="${deel}">${t(`${deel}.kop`).replace(/'/g, '&#39;')}</h2>`)
      expect(r.tekst, deel).toContain(`<a href="#${deel}">`)
    }
    // The same language reached through Accept-Language, as a browser without ?taal= asks.
    const browser = await vraag(ingesteld(), 'GET', '/privacy', undefined, { 'Accept-Language': `${taal};q=0.9` })
    expect(browser.tekst).toContain(`<html lang="${taal}"`)
  })

  it('alle verplichte delen, gevuld uit het profiel en de instellingen; geen ruwe sleutel, geen {{', async () => {
    const r = await vraag(ingesteld(), 'GET', `/privacy?taal=${taal}`)
    const tekst = zichtbaar(r.tekst)
    // The controller (college) and the FG's address, from the profile.
    expect(tekst).toContain(inTaal(assen.privacy.verwerkingsverantwoordelijke, taal))
    expect(r.tekst).toContain(`<a href="mailto:${assen.privacy.fg.email}" dir="ltr">${assen.privacy.fg.email}</a>`)
    expect(r.tekst).toContain(`href="${assen.privacy.privacyverklaringGemeente}"`)
    // The route to the Autoriteit Persoonsgegevens.
    expect(r.tekst).toContain(`<a href="${AP_URL}" dir="ltr">autoriteitpersoonsgegevens.nl</a>`)
    for (const naam of WETTELIJKE_NAMEN) expect(tekst, naam).toContain(naam)
    // The legal basis (AVG art. 6 lid 1 onder e) and the health question (art. 9) by their numbers.
    expect(zichtbaar(t('grondslag.wet'))).toMatch(/6\D+1\D+\be\b/)
    expect(t('gezondheid.bijzonder')).toMatch(/\b9\b/)
    // Every right with its explanation, and the button that deletes at once, by its name in the widget.
    for (const recht of RECHTEN) expect(tekst, recht).toContain(t(`rechten.${recht}.naam`))
    const wis = teksten.t(taal, 'widget')('knoppen.wis')
    expect(tekst).toContain(`"${wis}"`)
    // Answering the health question is never required: "Weet ik niet" as the widget shows it.
    expect(tekst).toContain(`"${teksten.t(taal, 'gesprek')('keuzes.weetNiet')}"`)
    // The keeping times of this server, not of a text.
    const [minuten, uren, dagen] = DUUR[taal].ingesteld
    for (const duur of [minuten, uren, dagen]) expect(tekst, duur).toContain(duur)
    expect(t('gezondheid.bewaren', { stil: minuten, max: uren })).toContain(minuten)
    expect(tekst).toContain(zichtbaar(t('gezondheid.bewaren', { stil: minuten, max: uren })))
    for (const standaard of DUUR[taal].standaard) expect(tekst).not.toContain(standaard)
    // No key that was not found, no placeholder left, no marker of the page's own filling in.
    expect(r.tekst).not.toMatch(/\{\{|\}\}|\uE000|\uE001/)
    expect(tekst).not.toMatch(
      /\b(?:titel|inleiding|inhoud|verantwoordelijk|wat|gezondheid|hoelang|grondslag|delen|logboek|tellen|rechten|fg|klacht|keuzes|knoppen|contact)\.[a-zA-Z]/,
    )
  })

  it('zonder eigen instellingen de standaardtijden; zonder tellingen zegt hij dat er niets geteld wordt', async () => {
    const r = await vraag(testApp(), 'GET', `/privacy?taal=${taal}`)
    const tekst = zichtbaar(r.tekst)
    const [minuten, uren] = DUUR[taal].standaard
    expect(tekst).toContain(minuten)
    expect(tekst).toContain(uren)
    expect(tekst).toContain(zichtbaar(t('tellen.uit')))
    expect(tekst).not.toContain(DUUR[taal].standaard[2])
  })

  it('Voorbeeldstad: een FG met naam en telefoon, en nergens Assen', async () => {
    const r = await vraag(testApp({ gemeente: voorbeeldstad }), 'GET', `/privacy?taal=${taal}`)
    const { fg } = voorbeeldstad.privacy
    expect(zichtbaar(r.tekst)).toContain(inTaal(fg.naam ?? '', taal))
    expect(r.tekst).toContain('<a href="tel:0123456700" dir="ltr">0123 45 67 00</a>')
    expect(r.tekst).toContain('<a href="mailto:fg@voorbeeldstad.example" dir="ltr">')
    expect(r.tekst).toContain('href="https://www.voorbeeldstad.example/privacy"')
    expect(r.tekst).not.toMatch(/\bAssen\b|assen\.nl|14 0592/)
  })
})

describe('/privacy: wat de server echt doet', () => {
  it('met gesprekken alleen in het geheugen: een herstart wist ze; met Redis staat dat er niet', async () => {
    const t = teksten.t('nl', 'privacy')
    const geheugen = await vraag(testApp(), 'GET', '/privacy')
    expect(geheugen.tekst).toContain(t('hoelang.herstart'))
    // A store that keeps conversations across a restart (Redis with appendonly) says only what is true.
    const blijvend = { ...geheugenStore({ max: 10, ttlMs: 60_000 }), soort: 'redis' as const }
    const redis = await vraag(testApp({ store: blijvend }), 'GET', '/privacy')
    expect(redis.tekst).not.toContain(t('hoelang.herstart'))
    expect(redis.tekst).toContain(t('hoelang.stil', { stil: '60 minuten' }))
  })

  it('een tekst die het profiel alleen in het Nederlands heeft, staat met lang="nl" in een Arabische pagina', async () => {
    const r = await vraag(testApp({ gemeente: voorbeeldstad }), 'GET', '/privacy?taal=ar')
    expect(r.tekst).toContain(
      `<span lang="nl" dir="ltr">${inTaal(voorbeeldstad.privacy.verwerkingsverantwoordelijke, 'nl')}</span>`,
    )
    // Assen gives it in Arabic: no Dutch marking there.
    const assenAr = await vraag(testApp(), 'GET', '/privacy?taal=ar')
    expect(assenAr.tekst).toContain(inTaal(assen.privacy.verwerkingsverantwoordelijke, 'ar'))
    expect(assenAr.tekst).not.toContain('<span lang="nl"')
  })

  it('strikte CSP, geen script, geen cookie; Vary op de taal', async () => {
    const r = await vraag(ingesteld(), 'GET', '/privacy?taal=pl', undefined, { Cookie: 'a=b' })
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    expect(r.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/)
    expect(r.tekst).not.toMatch(/<script|\son\w+=/i)
    expect(r.headers.get('set-cookie')).toBeNull()
    expect(r.headers.get('vary')).toMatch(/Accept-Language/)
  })

  it('een profiel met HTML in een tekst: de pagina toont het als tekst', async () => {
    const kwaad = {
      ...voorbeeldstad,
      privacy: {
        ...voorbeeldstad.privacy,
        verwerkingsverantwoordelijke: 'het college <script>alert(1)</script> & "zo"',
      },
    }
    const r = await vraag(testApp({ gemeente: kwaad }), 'GET', '/privacy')
    expect(r.tekst).not.toContain('<script>')
    expect(r.tekst).toContain('het college &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zo&quot;')
  })
})

describe('het profiel: privacy is verplicht en wordt gecontroleerd', () => {
  const bestand = (id: string) => JSON.parse(readFileSync(new URL(`../gemeenten/${id}.json`, import.meta.url), 'utf8'))
  function fout(profiel: Record<string, unknown>): string {
    const map = `${mkdtempSync(join(tmpdir(), 'werkwijzer-privacy-'))}/`
    writeFileSync(`${map}kapot.json`, JSON.stringify({ ...profiel, id: 'kapot' }))
    try {
      laadGemeente('kapot', map)
    } catch (e) {
      expect(e).toBeInstanceOf(GemeenteFout)
      return (e as Error).message
    }
    throw new Error('het profiel werd aangenomen')
  }
  const met = (privacy: unknown) => ({ ...bestand('voorbeeldstad'), privacy })
  const goed = bestand('voorbeeldstad').privacy

  it('zonder privacy start hij niet, en zegt wat er moet', () => {
    const { privacy: _weg, ...zonder } = bestand('voorbeeldstad')
    const melding = fout(zonder)
    expect(melding).toMatch(/\n\s+privacy: dit veld ontbreekt\. Vul in wie verantwoordelijk is/)
    expect(melding).toContain('privacy.fg.email')
  })

  it.each([
    ['een leeg e-mailadres', { ...goed, fg: { email: '' } }, 'privacy.fg.email: geen geldig e-mailadres'],
    ['geen FG', { verwerkingsverantwoordelijke: 'het college' }, 'privacy.fg: dit veld ontbreekt'],
    [
      'een lege verantwoordelijke',
      { ...goed, verwerkingsverantwoordelijke: '' },
      'privacy.verwerkingsverantwoordelijke',
    ],
    [
      'geen Nederlandse verantwoordelijke',
      { ...goed, verwerkingsverantwoordelijke: { en: 'x' } },
      'privacy.verwerkingsverantwoordelijke',
    ],
    [
      'een telefoon zonder cijfers',
      { ...goed, fg: { ...goed.fg, telefoon: 'bel ons' } },
      'privacy.fg.telefoon: een telefoonnummer als',
    ],
    [
      'een verklaring over http',
      { ...goed, privacyverklaringGemeente: 'http://x.example/p' },
      'privacy.privacyverklaringGemeente: geen geldig adres (begin met https://)',
    ],
    [
      'een javascript:-link',
      { ...goed, privacyverklaringGemeente: 'javascript:alert(1)' },
      'privacy.privacyverklaringGemeente: geen geldig adres',
    ],
    ['een onbekend veld', { ...goed, fg: { ...goed.fg, fax: '1' } }, 'privacy.fg: onbekend veld fax'],
  ])('%s wordt geweigerd, met het veld in het Nederlands', (_, privacy, verwacht) => {
    const melding = fout(met(privacy))
    expect(melding).toContain(verwacht)
    expect(melding).not.toMatch(/Invalid|Expected|expected/)
  })

  it('de naam en het telefoonnummer van de FG en de eigen verklaring mogen weg', () => {
    const map = `${mkdtempSync(join(tmpdir(), 'werkwijzer-privacy-'))}/`
    const profiel = met({ verwerkingsverantwoordelijke: 'het college', fg: { email: 'fg@kort.example' } })
    writeFileSync(`${map}kort.json`, JSON.stringify({ ...profiel, id: 'kort' }))
    expect(laadGemeente('kort', map).privacy.fg).toEqual({ email: 'fg@kort.example' })
  })

  it('GET /api/v1/gemeente geeft de privacygegevens in de gevraagde taal', async () => {
    const en = await vraag(testApp({ gemeente: voorbeeldstad }), 'GET', '/api/v1/gemeente?taal=en')
    expect(en.json.privacy).toEqual({
      verwerkingsverantwoordelijke:
        'the Municipal Executive of Voorbeeldstad: the mayor and aldermen (college van burgemeester en wethouders)',
      fg: {
        naam: 'the data protection officer of Voorbeeldstad',
        email: 'fg@voorbeeldstad.example',
        telefoon: '0123 45 67 00',
      },
      privacyverklaringGemeente: 'https://www.voorbeeldstad.example/privacy',
    })
    expect(en.json).toEqual(publiekProfiel(voorbeeldstad, 'en'))
    const assenTr = await vraag(testApp(), 'GET', '/api/v1/gemeente?taal=tr')
    expect(assenTr.json.privacy.fg).toEqual({ email: assen.privacy.fg.email })
  })
})

describe('de documenten volgen de pagina', () => {
  const lees = (pad: string) => readFileSync(new URL(`../${pad}`, import.meta.url), 'utf8')

  it('docs/privacy.md heeft elk deel van /privacy als kop, in dezelfde volgorde', () => {
    const t = teksten.t('nl', 'privacy')
    const koppen = [...lees('docs/privacy.md').matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(koppen).toEqual(PRIVACY_DELEN.map((deel) => t(`${deel}.kop`)))
  })

  it('de README zegt wat een gemeente onder privacy invult', () => {
    const readme = lees('README.md')
    const lijst = readme.slice(readme.indexOf('### Wat je zelf invult'), readme.indexOf('## Documenten'))
    for (const veld of ['privacy.verwerkingsverantwoordelijke', 'privacy.fg', 'privacy.privacyverklaringGemeente'])
      expect(lijst, veld).toContain(veld)
    const live = readme.slice(readme.indexOf('## Live gaan bij een gemeente'), readme.indexOf('## In productie'))
    for (const veld of [
      '`privacy`',
      '`verwerkingsverantwoordelijke`',
      '`fg`',
      '`email`',
      '`privacyverklaringGemeente`',
    ])
      expect(live, veld).toContain(veld)
  })
})

describe('node dist/server.js: de tijden op /privacy komen uit de omgevingsvariabelen', () => {
  const { map, start } = procesHarnas('privacy')

  it('GESPREK_TTL_MINUTES, GESPREK_MAX_UUR en STATISTIEKEN_BEWAAR_DAGEN staan op de pagina', async () => {
    const poort = await vrijePoort()
    start(process.execPath, [SERVER], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: String(poort),
        STATISTIEKEN_PAD: join(map, 'statistieken.db'),
        GESPREK_TTL_MINUTES: '37',
        GESPREK_MAX_UUR: '3',
        STATISTIEKEN_BEWAAR_DAGEN: '90',
      },
      stdio: 'ignore',
    })
    const basis = `http://127.0.0.1:${poort}`
    await wachtTot(
      () =>
        fetch(`${basis}/livez`).then(
          (r) => r.ok,
          () => false,
        ),
      15_000,
    )
    const nl = zichtbaar(await (await fetch(`${basis}/privacy`)).text())
    for (const duur of ['37 minuten', '3 uur', '90 dagen']) expect(nl, duur).toContain(duur)
    const uk = zichtbaar(await (await fetch(`${basis}/privacy?taal=uk`)).text())
    for (const duur of ['37 хвилин', '3 години', '90 днів']) expect(uk, duur).toContain(duur)
  })
})
