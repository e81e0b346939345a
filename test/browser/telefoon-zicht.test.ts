/**
 * On a resident's phone (360 × 740), in Dutch, Arabic and Ukrainian, everything that matters is in
 * view: after each answer the whole next question with all its answers (inline and in the launcher's
 * panel), the reply to what she typed with the field still focused, an error next to what was tapped,
 * a confirmation before an age of 3 decides anything; the summary button readable; after a reload the
 * open question in view and focused. Screenshots for docs/.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerTeksten } from '../../widget/teksten.js'
import {
  eisGebouwdeWidget,
  focusIn,
  huidigeStap,
  loopMetMuis,
  proefpagina,
  wachtOpVolgende,
} from '../widget/browser-hulp.js'
import { SAMIRA } from '../widget/persona.js'
import { axe, startBrowser, startServer, type TestServer } from './browser.js'
import { contrastFouten } from './contrast.js'

let browser: Browser
let server: TestServer
const woorden = new Map<string, ServerTeksten>()

const TALEN = ['nl', 'ar', 'uk'] as const
const TELEFOON = { width: 360, height: 740 }

beforeAll(async () => {
  eisGebouwdeWidget()
  ;[browser, server] = await Promise.all([startBrowser(), startServer()])
  for (const taal of [...TALEN, 'tr'])
    woorden.set(taal, (await (await fetch(`${server.url}/api/v1/teksten/${taal}`)).json()) as ServerTeksten)
})
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()])
})

const w = (taal: string) => (woorden.get(taal) as ServerTeksten).widget

/** A page of the gemeente with one widget in `taal`, started (inline) or opened (launcher). */
async function widgetOp(taal: string, modus: 'inline' | 'launcher', pagina?: Page) {
  const p = pagina ?? (await browser.newPage({ viewport: TELEFOON }))
  await proefpagina(
    p,
    server.url,
    `${'<p>Tekst van de gemeente.</p>'.repeat(12)}<werkwijzer-chat modus="${modus}" taal="${taal}" onderwerp="alles"></werkwijzer-chat>`,
  )
  const widget = p.locator(`werkwijzer-chat[modus=${modus}]`)
  if (modus === 'inline') await widget.getByRole('button', { name: w(taal).knoppen.begin }).click()
  else await widget.getByRole('button', { name: w(taal).launcher }).click()
  await widget.locator('.ww-vraag h3').waitFor()
  return { pagina: p, widget }
}

/**
 * Which of these elements are outside the visible part of the widget: the screen, and inside the
 * launcher's panel only the panel's own visible box.
 */
function buitenBeeld(widget: Locator, selector: string): Promise<string[]> {
  return widget.evaluate((host, sel) => {
    const root = host.shadowRoot as ShadowRoot
    let boven = 0
    let onder = window.innerHeight
    const paneel = root.querySelector('.ww--zwevend')
    if (paneel && !(paneel as HTMLElement).hidden) {
      const r = paneel.getBoundingClientRect()
      boven = Math.max(boven, r.top)
      onder = Math.min(onder, r.bottom)
    }
    return [...root.querySelectorAll(sel)]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.height === 0 || r.top < boven - 1 || r.bottom > onder + 1
      })
      .map((el) => (el.textContent ?? '').trim() || el.tagName)
  }, selector)
}

/** The contrast of an element's text against its own (opaque) background. */
function verhouding(el: Locator): Promise<number> {
  return el.evaluate((e) => {
    const s = getComputedStyle(e)
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
    const licht = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const x = v / 255
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const [a, b] = [licht(s.color), licht(s.backgroundColor)].sort((x, y) => y - x) as [number, number]
    return (a + 0.05) / (b + 0.05)
  })
}

const ANTWOORDKNOPPEN = '.ww-vraag .ww-keuzes button, .ww-vraag button[type=submit], .ww-vraag h3'

describe.each(TALEN)('op een telefoon in het %s', (taal) => {
  it.each(['inline', 'launcher'] as const)(
    '%s: na elk antwoord staat de hele volgende vraag met al haar knoppen in beeld; de uitkomst van boven',
    { timeout: 120_000 },
    async (modus) => {
      const { pagina, widget } = await widgetOp(taal, modus)
      expect(await buitenBeeld(widget, ANTWOORDKNOPPEN), 'eerste vraag').toEqual([])
      const missers: string[] = []
      const eind = await loopMetMuis(
        pagina,
        widget,
        server.url,
        SAMIRA.situatie,
        async (stap) => {
          if (!stap.vraag) return
          await widget.getByRole('heading', { name: stap.vraag.tekst, exact: true }).waitFor()
          // The focus is on the new question, and nothing of it is below the edge.
          await expect.poll(async () => (await focusIn(pagina)).tekst).toBe(stap.vraag.tekst)
          for (const knop of await buitenBeeld(widget, ANTWOORDKNOPPEN)) missers.push(`${stap.vraag.id}: ${knop}`)
        },
        modus,
        w(taal).getal.verstuur,
      )
      expect(missers).toEqual([])
      expect(eind.klaar).toBe(true)
      const kop = widget.locator('.ww-uitkomst h3')
      await kop.waitFor()
      expect(await buitenBeeld(widget, '.ww-uitkomst h3, .ww-beslist'), 'de uitkomst, niet het tekstveld').toEqual([])

      // The summary button: readable (its text once had its background's colour), and a picture of it.
      const knop = widget.getByRole('link', { name: new RegExp(w(taal).uitkomst.overzicht) })
      await knop.scrollIntoViewIfNeeded()
      expect(await verhouding(knop), 'contrast van de knop voor het overzicht').toBeGreaterThanOrEqual(4.5)
      expect(await contrastFouten(pagina)).toEqual([])
      if (modus === 'inline') {
        await kop.evaluate((e) => e.scrollIntoView({ block: 'start' }))
        await pagina.screenshot({ path: `docs/telefoon-uitkomst-${taal}.png` })
        await knop.evaluate((e) => e.scrollIntoView({ block: 'center' }))
        await pagina.screenshot({ path: `docs/telefoon-overzichtknop-${taal}.png` })
        // Duties and rights: open under the outcome, in the resident's language.
        const rechten = widget.getByRole('heading', { name: w(taal).uitkomst.rechten, exact: true })
        await rechten.evaluate((e) => e.scrollIntoView({ block: 'start' }))
        expect(await rechten.isVisible()).toBe(true)
        await pagina.screenshot({ path: `docs/telefoon-rechten-${taal}.png` })
      }
      await pagina.close()
    },
  )

  it(
    'getypt: haar eigen bericht, het antwoord in beeld, de focus in het veld; zonder verbinding staat de fout in beeld; leeftijd 3 wordt eerst gevraagd',
    {
      timeout: 90_000,
    },
    async () => {
      const { pagina, widget } = await widgetOp(taal, 'inline')
      const veld = widget.getByRole('textbox', { name: w(taal).typen.label })
      await veld.click()
      const getypt =
        taal === 'nl'
          ? 'wat is een participatieplaats?'
          : taal === 'ar'
            ? 'ما هو participatieplaats؟'
            : 'що таке participatieplaats?'
      await veld.fill(getypt)
      await veld.press('Enter')
      const hier = widget.getByRole('log', { name: w(taal).typen.gesprek })
      const bubbel = hier.locator('.ww-bericht--jij', { hasText: getypt })
      await bubbel.waitFor()
      const antwoord = hier.locator('.ww-bericht:not(.ww-bericht--jij)').last()
      await antwoord.waitFor()
      expect(await buitenBeeld(widget, '.ww-typlog .ww-bericht:last-child, .ww-typveld'), 'antwoord en veld').toEqual(
        [],
      )
      expect((await focusIn(pagina)).label).toBe(w(taal).typen.label)
      expect(await axe(pagina), 'met een getypt bericht').toEqual([])
      await pagina.screenshot({ path: `docs/telefoon-getypt-${taal}.png` })

      // An age of 3 in the number field: asked first, nothing recorded.
      const stap = await huidigeStap(pagina, server.url)
      await widget.getByRole('button', { name: stap.vraag?.keuzes[0]?.label as string, exact: true }).click()
      const leeftijd = await wachtOpVolgende(pagina, server.url, stap)
      expect(leeftijd.vraag?.id).toBe('leeftijd')
      await widget.getByLabel(leeftijd.vraag?.label ?? '', { exact: true }).fill('3')
      await widget
        .getByRole('button', { name: w(taal).getal.verstuur, exact: true })
        .first()
        .click()
      const twijfel = widget.getByRole('group', { name: leeftijd.vraag?.bevestig?.tekst.replace('{{waarde}}', '3') })
      await twijfel.waitFor()
      await expect
        .poll(() => buitenBeeld(widget, '.ww-vraag .ww-zeker button'), { message: 'de vraag of 3 klopt' })
        .toEqual([])
      expect((await huidigeStap(pagina, server.url)).antwoorden).toHaveLength(1)
      await twijfel.getByRole('button', { name: w(taal).bevestig.nee }).click()
      await widget.getByLabel(leeftijd.vraag?.label ?? '', { exact: true }).fill('34')
      await widget
        .getByRole('button', { name: w(taal).getal.verstuur, exact: true })
        .first()
        .click()
      const volgende = await wachtOpVolgende(pagina, server.url, leeftijd)

      // "Waarom" opened at one question is closed at the next.
      await widget.locator('.ww-hulp summary').click()
      expect(await widget.locator('.ww-hulp').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)

      // Offline: the error stands next to the answers she tapped, in view.
      await pagina.context().setOffline(true)
      const weetNiet = (volgende.vraag?.keuzes.find((k) => k.waarde === null)?.label ?? '') as string
      await widget.getByRole('button', { name: weetNiet, exact: true }).first().click()
      const alarm = widget.getByRole('alert')
      await alarm.waitFor()
      expect(await alarm.evaluate((a) => a.closest('.ww-vraag') !== null)).toBe(true)
      await expect.poll(() => buitenBeeld(widget, '.ww-alarm'), { message: 'de foutmelding' }).toEqual([])
      await pagina.context().setOffline(false)
      await alarm.getByRole('button', { name: w(taal).fouten.opnieuw }).click()
      const daarna = await wachtOpVolgende(pagina, server.url, volgende)
      if (daarna.vraag) {
        await widget.getByRole('heading', { name: daarna.vraag.tekst, exact: true }).waitFor()
        expect(await widget.locator('.ww-hulp').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
      }
      await pagina.close()
    },
  )
})

describe('op een telefoon, verder', () => {
  it(
    'na herladen staat de open vraag in beeld en heeft ze de focus (inline en in het paneel)',
    { timeout: 60_000 },
    async () => {
      for (const modus of ['inline', 'launcher'] as const) {
        const { pagina, widget } = await widgetOp('nl', modus)
        const stap = await huidigeStap(pagina, server.url, modus)
        await widget.getByRole('button', { name: 'Ja', exact: true }).click()
        const volgende = await wachtOpVolgende(pagina, server.url, stap, modus)
        await pagina.evaluate(() => window.scrollTo(0, 0))
        await pagina.reload()
        const kop = widget.getByRole('heading', { name: volgende.vraag?.tekst ?? '?', exact: true })
        await kop.waitFor()
        await expect.poll(async () => (await focusIn(pagina)).tekst, { message: modus }).toBe(volgende.vraag?.tekst)
        expect(await buitenBeeld(widget, ANTWOORDKNOPPEN), modus).toEqual([])
        await pagina.close()
      }
    },
  )

  it(
    'terwijl een antwoord onderweg is, staat "even geduld" bij de knoppen die ze tikte',
    { timeout: 60_000 },
    async () => {
      const { pagina, widget } = await widgetOp('nl', 'inline')
      let laat: () => void = () => undefined
      await pagina.route(`${server.url}/api/v1/gesprekken/*/antwoorden`, async (route) => {
        await new Promise<void>((klaar) => {
          laat = klaar
        })
        await route.continue()
      })
      await widget.getByRole('button', { name: 'Ja', exact: true }).click()
      const bezig = widget.locator('.ww-vraag .ww-bezig')
      await expect.poll(() => bezig.isVisible()).toBe(true)
      expect(await bezig.textContent()).toBe('Even geduld, we wachten op antwoord…')
      expect(await buitenBeeld(widget, '.ww-vraag .ww-bezig')).toEqual([])
      expect(await widget.locator('.ww-vraag').getAttribute('aria-busy')).toBe('true')
      laat()
      await widget.getByRole('heading', { name: 'Hoe oud ben je?' }).waitFor()
      expect(await bezig.count()).toBe(0)
      await pagina.close()
    },
  )

  it('"Wis mijn gegevens" vraagt eerst; "Nee" houdt alles', { timeout: 60_000 }, async () => {
    const { pagina, widget } = await widgetOp('nl', 'inline')
    const stap = await huidigeStap(pagina, server.url)
    await widget.getByRole('button', { name: 'Wis mijn gegevens' }).click()
    await widget.getByText('Weet je het zeker? Al je antwoorden worden dan gewist.').waitFor()
    expect((await fetch(`${server.url}/api/v1/gesprekken/${stap.gesprek}`)).status).toBe(200)
    await widget.getByRole('button', { name: 'Nee, ga verder' }).click()
    await expect.poll(async () => (await focusIn(pagina)).tekst).toBe('Wis mijn gegevens')
    expect((await fetch(`${server.url}/api/v1/gesprekken/${stap.gesprek}`)).status).toBe(200)
    await pagina.close()
  })

  it(
    'een gastpagina met html { font-size: 62.5% } maakt de tekst van de widget niet kleiner dan 16 px',
    { timeout: 60_000 },
    async () => {
      const pagina = await browser.newPage({ viewport: TELEFOON })
      await proefpagina(
        pagina,
        server.url,
        '<werkwijzer-chat modus="inline"></werkwijzer-chat>',
        'html { font-size: 62.5% }',
      )
      const widget = pagina.locator('werkwijzer-chat')
      await widget.getByRole('button', { name: 'Begin met de vragen' }).click()
      await widget.locator('.ww-vraag h3').waitFor()
      // The host's own text did shrink (the rule is there).
      expect(await pagina.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(
        10,
      )
      const grootten = await widget.evaluate((host) =>
        [
          ...(host.shadowRoot as ShadowRoot).querySelectorAll('.ww-bericht, .ww-keuzes button, label, .ww-voortgang p'),
        ].map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
      )
      expect(grootten.length).toBeGreaterThan(4)
      for (const px of grootten) expect(px).toBeGreaterThanOrEqual(16)
      // Targets stay 44 px, paddings do not shrink with the host's root either.
      const knop = await widget.locator('.ww-keuzes button').first().boundingBox()
      expect(knop?.height ?? 0).toBeGreaterThanOrEqual(44)
      await pagina.close()
    },
  )

  it(
    'een Turkse telefoon krijgt Türkçe als eerste aangeboden; de taalknop zegt "taal" in elke taal',
    { timeout: 60_000 },
    async () => {
      const context = await browser.newContext({ viewport: TELEFOON, locale: 'tr-TR' })
      const pagina = await context.newPage()
      await pagina.goto(`${server.url}/`)
      const widget = pagina.locator('werkwijzer-chat[modus=inline]')
      const aanbod = widget.getByRole('button', { name: 'Türkçe devam et' })
      await aanbod.waitFor()
      expect(await aanbod.evaluate((e) => e.closest('[lang]')?.getAttribute('lang'))).toBe('tr')
      const taalknop = widget.getByRole('button', { name: /Taal · Language · اللغة · Dil · Język · Мова/ })
      expect(await taalknop.textContent()).toContain('Nederlands')
      await taalknop.click()
      // In the list, the phone's language comes first.
      expect(await widget.locator('.ww-talen button').first().textContent()).toBe('Türkçe')
      await aanbod.click()
      await widget.getByRole('button', { name: w('tr').knoppen.begin }).click()
      await widget.locator('.ww-vraag h3').waitFor()
      expect(await widget.locator('.ww-wortel').getAttribute('lang')).toBe('tr')
      expect(await widget.getByRole('button', { name: 'Türkçe devam et' }).count()).toBe(0)
      await context.close()
    },
  )

  it(
    'in het Arabisch: artikelen van links naar rechts en geïsoleerd; de privacylink in het Arabisch',
    { timeout: 120_000 },
    async () => {
      const { pagina, widget } = await widgetOp('ar', 'inline')
      await loopMetMuis(
        pagina,
        widget,
        server.url,
        SAMIRA.situatie,
        async () => undefined,
        'inline',
        w('ar').getal.verstuur,
      )
      await widget.locator('.ww-uitkomst h3').waitFor()
      const artikelen = await widget.evaluate((host) =>
        [...(host.shadowRoot as ShadowRoot).querySelectorAll('.ww-artikel bdi')].map((b) => ({
          dir: b.getAttribute('dir'),
          bidi: getComputedStyle(b).unicodeBidi,
          tekst: b.textContent,
        })),
      )
      expect(artikelen.length).toBeGreaterThan(3)
      for (const a of artikelen) {
        expect(a.dir).toBe('ltr')
        expect(a.bidi).toBe('isolate')
        expect(a.tekst).toMatch(/^((Pw|Ziektewet|Awb|IOAW|IOAZ) )?art\. /)
      }
      const privacy = widget.getByRole('link', { name: w('ar').privacy })
      expect(await privacy.getAttribute('href')).toMatch(/\/privacy\?taal=ar$/)
      const [venster] = await Promise.all([pagina.context().waitForEvent('page'), privacy.click()])
      await venster.waitForLoadState()
      expect(await venster.getAttribute('html', 'lang')).toBe('ar')
      await pagina.context().close()
    },
  )

  it(
    'een werkgever: de uitkomst zegt "u" en "de kandidaat", nooit "jou" of "je consulent"',
    { timeout: 60_000 },
    async () => {
      const pagina = await browser.newPage({ viewport: TELEFOON })
      await proefpagina(pagina, server.url, '<werkwijzer-chat modus="inline" onderwerp="werkgever"></werkwijzer-chat>')
      const widget = pagina.locator('werkwijzer-chat')
      await widget.getByRole('button', { name: 'Begin met de vragen' }).click()
      await widget.locator('.ww-vraag h3').waitFor()
      const kandidaat = {
        woontInGemeente: true,
        leeftijd: 30,
        uitkering: 'bijstand',
        werktMetLoonkostensubsidie: false,
        beperking: true,
        kanVolledigMinimumloonVerdienen: false,
        contractMaanden: 12,
        afstandTotArbeidsmarkt: 'groot',
        maandenUitkering: 14,
      }
      await loopMetMuis(pagina, widget, server.url, kandidaat)
      await widget.getByRole('heading', { name: 'Wat de gemeente u misschien kan bieden' }).waitFor()
      await widget.locator('.ww-uitkomst details').evaluateAll((ds) => {
        for (const d of ds) (d as HTMLDetailsElement).open = true
      })
      const uitkomst = await widget.evaluate((host) =>
        [...(host.shadowRoot as ShadowRoot).querySelectorAll('.ww-uitkomst')]
          .map((e) => (e as HTMLElement).innerText)
          .join('\n'),
      )
      expect(uitkomst).toContain('Past misschien bij de kandidaat')
      expect(uitkomst.match(/(?<![\p{L}])(je|jij|jou|jouw)(?![\p{L}])/giu) ?? []).toEqual([])
      expect(uitkomst).not.toMatch(/consulent/i)
      await pagina.close()
    },
  )
})
