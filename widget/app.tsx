/**
 * The widget: one conversation, drawn from the server's Stap. The server runs the dialogue;
 * this only shows steps, sends answers, and keeps the conversation id in sessionStorage.
 *
 * A conversation starts at the resident's first action (the launcher opened, "Begin" pressed),
 * never on page load: the statistics count conversations, not page views.
 *
 * Focus moves only after the resident did something: to the new question (or the outcome),
 * to the panel when the launcher opens it, and back to the launcher when it closes.
 */
import type { JSX } from 'preact'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import { type Api, ApiFout, type GemeenteProfiel, type Stap, type Waarde } from './api.js'
import { Antwoorden } from './onderdelen/antwoorden.js'
import { Contact } from './onderdelen/contact.js'
import { NaUitkomst } from './onderdelen/na-uitkomst.js'
import { MetLinks } from './onderdelen/tekst.js'
import { type Begrip, Typen } from './onderdelen/typen.js'
import { Uitkomst } from './onderdelen/uitkomst.js'
import { Voet } from './onderdelen/voet.js'
import { Vraag } from './onderdelen/vraag.js'
import type { Opslag } from './opslag.js'
import { paginaStand } from './samen.js'
import { NL, type Teksten, vul } from './teksten.js'

export interface AppProps {
  api: Api
  opslag: Opslag
  modus: 'inline' | 'launcher'
  taal?: string
  onderwerp?: string
  /**
   * The gemeente's phone number from the embed (`telefoon="0123 45 67 89"`): shown when the server cannot
   * be reached, also before its profile ever arrived. The profile's number goes first when it is known.
   */
  telefoon?: string
  /** Prefix for ids inside this widget. */
  sleutel?: string
}

/** A bot message and how many answers had been given when it came. */
interface Bericht {
  tekst: string
  na: number
}

type Fout = { soort: 'netwerk' | 'server'; opnieuw: () => void } | { soort: 'verlopen' }

/** The profile's colours, under the host page's own `--werkwijzer-*` values (see stijl.ts). */
function themaStijl(profiel?: GemeenteProfiel): JSX.CSSProperties | undefined {
  const t = profiel?.thema
  if (!t) return undefined
  return { '--ww-thema-primair': t.kleurPrimair, '--ww-thema-accent': t.kleurAccent, '--ww-thema-tekst': t.kleurTekst }
}

export function App({
  api,
  opslag,
  modus,
  taal: gevraagdeTaal,
  onderwerp,
  telefoon: telefoonUitEmbed,
  sleutel = 'ww',
}: AppProps) {
  const bewaardeStand = useMemo(() => opslag.leesStand?.(), [opslag])
  const [stap, zetStap] = useState<Stap>()
  const [berichten, zetBerichten] = useState<Bericht[]>([])
  const [extra, zetExtra] = useState<Teksten>()
  const [profiel, zetProfiel] = useState<GemeenteProfiel>()
  const [fout, zetFout] = useState<Fout>()
  const [melding, zetMelding] = useState('')
  /** The offer to talk to a person that came with the last answer: it stays above the question. */
  const [mens, zetMens] = useState('')
  const [bezig, zetBezig] = useState(false)
  const [begrip, zetBegrip] = useState<Begrip>()
  const bezigRef = useRef(false)
  const [open, zetOpen] = useState(modus === 'inline' || (bewaardeStand?.open ?? false))
  const [contactOpen, zetContactOpen] = useState(false)
  const [talenOpen, zetTalenOpen] = useState(false)
  const [gekozenTaal, zetGekozenTaal] = useState(gevraagdeTaal ?? paginaStand.taal())
  const [inlineOpScherm, zetInlineOpScherm] = useState(paginaStand.inlineZichtbaar())
  const [launcherFocus, zetLauncherFocus] = useState(false)
  const kopRef = useRef<HTMLHeadingElement>(null)
  const titelRef = useRef<HTMLHeadingElement>(null)
  const launcherRef = useRef<HTMLButtonElement>(null)
  const paneelRef = useRef<HTMLElement>(null)
  const mensRef = useRef<HTMLParagraphElement>(null)
  const focus = useRef<'vraag' | 'titel' | 'launcher' | undefined>(undefined)
  const gestart = useRef(false)

  const taal = stap?.taal ?? gekozenTaal ?? 'nl'
  // While another language loads, the words of the last one stay.
  const tk = extra?.widget ?? NL
  const richting = stap?.richting ?? (extra?.taal === taal ? extra.richting : 'ltr')

  // The words of the current language (glossary, questions, language list): once per language and page.
  useEffect(() => {
    if (extra?.taal === taal) return
    let weg = false
    api
      .teksten(taal)
      .then((t) => {
        if (!weg) zetExtra(t)
      })
      .catch(() => undefined)
    return () => {
      weg = true
    }
  }, [api, taal, extra?.taal])

  // The profile: the gemeente's colours and phone number (a link in the messages).
  useEffect(() => {
    let weg = false
    api
      .gemeente(taal)
      .then((p) => {
        if (!weg) zetProfiel(p)
      })
      .catch(() => undefined)
    return () => {
      weg = true
    }
  }, [api, taal])

  // Another widget on the page chose a language, or an inline widget came into view or went.
  useEffect(
    () =>
      paginaStand.luister(() => {
        zetInlineOpScherm(paginaStand.inlineZichtbaar())
        const nieuw = paginaStand.taal()
        if (nieuw && !gestart.current) zetGekozenTaal(nieuw)
      }),
    [],
  )

  // An inline widget tells the page when it is on screen: the launcher then steps aside.
  useEffect(() => {
    const paneel = paneelRef.current
    if (modus !== 'inline' || !paneel || typeof IntersectionObserver === 'undefined') return
    const wie = {}
    const kijker = new IntersectionObserver((rijen) => {
      paginaStand.zetZichtbaar(
        wie,
        rijen.some((r) => r.isIntersecting),
      )
    })
    kijker.observe(paneel)
    return () => {
      kijker.disconnect()
      paginaStand.zetZichtbaar(wie, false)
    }
  }, [modus])

  // A reload shows the messages in the order they came.
  useEffect(() => {
    if (stap) opslag.bewaarStand?.({ open, gesprek: stap.gesprek, berichten })
    else if (modus === 'launcher') opslag.bewaarStand?.({ ...bewaardeStand, open })
  }, [opslag, stap, berichten, open, modus, bewaardeStand])

  /** Shows a new step; `vanafBegin` says whether its messages follow the answers or start over. */
  function toon(volgende: Stap, vanafBegin: boolean, focusNaar?: 'vraag', eerdere?: Bericht[]) {
    opslag.bewaar(volgende.gesprek)
    zetStap(volgende)
    zetBerichten((oud) => {
      if (eerdere) return eerdere
      const n = vanafBegin ? 0 : volgende.antwoorden.length
      const gehouden = vanafBegin ? [] : oud.filter((b) => b.na <= volgende.antwoorden.length)
      return [...gehouden, ...volgende.berichten.map((b) => ({ tekst: b.tekst, na: n }))]
    })
    // The offer to call (after "Weet ik niet" more than once) names the phone number: it stays in view.
    const nummer = profiel?.contact.telefoon.replace(/\s/g, '')
    const aanbod =
      vanafBegin || !nummer ? undefined : volgende.berichten.find((b) => b.tekst.replace(/\s/g, '').includes(nummer))
    zetMens(aanbod?.tekst ?? '')
    zetFout(undefined)
    zetBegrip(undefined)
    if (focusNaar) focus.current = focusNaar
  }

  /** Runs one call; a failure keeps everything on screen and offers to try again. */
  async function doe(actie: () => Promise<void>) {
    // A double click sends one answer, not two.
    if (bezigRef.current) return
    bezigRef.current = true
    zetBezig(true)
    zetMelding('')
    try {
      await actie()
    } catch (e) {
      if (e instanceof ApiFout && e.stap) {
        // Changed elsewhere first (a double tap, a second tab): show where the conversation really is.
        toon(e.stap, true, 'vraag')
        zetMelding(tk.bijgewerkt)
      } else if (e instanceof ApiFout && e.status === 404) {
        opslag.vergeet()
        zetFout({ soort: 'verlopen' })
      } else {
        const opnieuw = () => void doe(actie)
        zetFout({ soort: e instanceof ApiFout && e.status > 0 ? 'server' : 'netwerk', opnieuw })
      }
    } finally {
      bezigRef.current = false
      zetBezig(false)
    }
  }

  const begin = (focusNaar?: 'vraag') => {
    gestart.current = true
    return doe(async () => {
      const eerste = await api.start(taal, onderwerp)
      // Counted in the conversation it started, never on page load: inline or launcher.
      void api.tel(eerste.gesprek, modus)
      toon(eerste, true, focusNaar)
    })
  }

  // A conversation this tab already had comes back at once (that is not a new one).
  // Otherwise an inline widget waits for "Begin", a launcher for being opened.
  useEffect(() => {
    if (gestart.current) return
    const id = opslag.lees()
    if (id) {
      gestart.current = true
      const eerdere = bewaardeStand?.gesprek === id ? bewaardeStand.berichten : undefined
      void doe(async () => toon(await api.lees(id), true, undefined, eerdere))
    } else if (open && modus === 'launcher') {
      void begin()
    }
  })

  // Before paint, not after: on a busy phone the focus (and the screen reader) should not lag a frame behind.
  useLayoutEffect(() => {
    const doel = focus.current
    if (!doel) return
    const element = doel === 'vraag' ? kopRef.current : doel === 'titel' ? titelRef.current : launcherRef.current
    if (element) {
      focus.current = undefined
      element.focus({ preventScroll: true })
      // The offer to call stands just above the question: both in view, the offer first.
      if (doel === 'vraag' && mensRef.current) mensRef.current.scrollIntoView?.({ block: 'start' })
      else if (doel !== 'launcher') element.scrollIntoView?.({ block: 'nearest' })
    }
  })

  const id = stap?.gesprek
  const antwoord = (waarde: Waarde) => {
    const vraag = stap?.vraag
    if (!id || !vraag) return
    void doe(async () => toon(await api.antwoord(id, vraag.id, waarde), false, 'vraag'))
  }
  const terug = () => id && void doe(async () => toon(await api.terug(id), false, 'vraag'))
  /**
   * A message that asked the open question again (after an explanation, say) is the same line as the
   * question the log shows once it is answered: shown then, it would stand there twice.
   */
  const isHerhaling = (b: Bericht, na: number) => b.tekst === stap?.antwoorden[na]?.tekst
  const typ = (tekst: string) =>
    id &&
    void doe(async () => {
      const { begrip: begrepen, ...volgende } = await api.bericht(id, tekst)
      toon(volgende, false, begrepen.vastgelegd ? 'vraag' : undefined)
      zetBegrip(begrepen)
    })
  /** A proposal is confirmed as an ordinary answer; an offered onderwerp is chosen like the menu would. */
  function kiesBegrip(b: Begrip, waarde: Waarde) {
    if (!id || !stap) return
    if (b.soort === 'antwoord' && b.vraag)
      return void doe(async () => toon(await api.antwoord(id, b.vraag as string, waarde), false, 'vraag'))
    if (stap.vraag?.id === 'onderwerp') return antwoord(waarde)
    if (stap.antwoorden.some((a) => a.vraag === 'onderwerp')) return wijzig('onderwerp', waarde)
    void doe(async () => toon(await api.start(taal, String(waarde)), true, 'vraag'))
  }
  const wijzig = (vraag: string, waarde: Waarde) =>
    id && void doe(async () => toon(await api.wijzig(id, vraag, waarde), false, 'vraag'))

  function opnieuw(wissen: boolean) {
    gestart.current = true
    void doe(async () => {
      // Counted in the conversation that ends, before it is gone.
      if (id) await api.tel(id, wissen ? 'wis' : 'opnieuw')
      if (id)
        await api.wis(id).catch((e) => {
          // Already gone is what we wanted.
          if (!(e instanceof ApiFout && e.status === 404)) throw e
        })
      opslag.vergeet()
      toon(await api.start(taal, onderwerp), true, 'vraag')
      if (wissen) zetMelding(tk.gewist)
    })
  }

  function kiesTaal(code: string) {
    if (code !== taal && id) void api.tel(id, 'taal')
    zetTalenOpen(false)
    zetGekozenTaal(code)
    paginaStand.zetTaal(code)
    // Focus goes back where she was reading: the question (or the title before a conversation).
    focus.current = id ? 'vraag' : 'titel'
    if (!id) return
    void doe(async () => toon(await api.taal(id, code), true, 'vraag'))
  }

  function openen() {
    zetOpen(true)
    focus.current = 'titel'
  }
  function sluiten() {
    zetOpen(false)
    focus.current = 'launcher'
  }

  /** Counts a tap on an element marked `data-tel` in a conversation; opening only, not closing again. */
  function telKlik(doel: EventTarget | null) {
    const el = doel instanceof Element ? doel.closest('[data-tel]') : null
    if (!id || !el || el.getAttribute('aria-expanded') === 'true') return
    if (el.tagName === 'SUMMARY' && (el.parentElement as HTMLDetailsElement | null)?.open) return
    void api.tel(id, el.getAttribute('data-tel') ?? '')
  }

  const ids = useMemo(
    () => ({
      contact: `${sleutel}-contact`,
      talen: `${sleutel}-talen`,
      titel: `${sleutel}-titel`,
      paneel: `${sleutel}-paneel`,
    }),
    [sleutel],
  )
  const huidigeTaal = extra?.talen.find((t) => t.code === taal)
  const telefoon = profiel?.contact.telefoon

  const nu = stap ? stap.voortgang.beantwoord + 1 : 1
  const totaal = stap ? Math.max(stap.voortgang.geschat, nu) : 1
  // The menu ("Waar wil je meer over weten?") is not one of the questions: no count there.
  const toonVoortgang = stap && !stap.klaar && stap.vraag && stap.vraag.id !== 'onderwerp'

  const paneel = (
    <section
      id={ids.paneel}
      ref={paneelRef}
      class={modus === 'launcher' ? 'ww ww--zwevend' : 'ww'}
      aria-labelledby={ids.titel}
      hidden={!open}
      onKeyDown={(e) => {
        if (modus === 'launcher' && e.key === 'Escape') sluiten()
      }}
      onClickCapture={(e) => telKlik(e.target)}
    >
      <div class="ww-kop">
        <h2 id={ids.titel} tabIndex={-1} ref={titelRef}>
          {tk.titel}
        </h2>
        {modus === 'launcher' && (
          <button type="button" class="ww-knop" onClick={sluiten}>
            {tk.sluiten}
          </button>
        )}
        {extra && extra.talen.length > 1 && (
          <button
            type="button"
            class="ww-knop"
            aria-expanded={talenOpen ? 'true' : 'false'}
            aria-controls={ids.talen}
            onClick={() => zetTalenOpen(!talenOpen)}
          >
            {vul(tk.taal.knop, { naam: huidigeTaal?.naam ?? taal })}
          </button>
        )}
        <button
          type="button"
          class="ww-knop"
          aria-expanded={contactOpen ? 'true' : 'false'}
          aria-controls={ids.contact}
          data-tel="medewerker"
          onClick={() => zetContactOpen(!contactOpen)}
        >
          {tk.contact.knop}
        </button>
      </div>
      <div class="ww-romp">
        {talenOpen && extra && (
          <div id={ids.talen} class="ww-paneel">
            <h3>{tk.taal.kop}</h3>
            <ul class="ww-talen">
              {extra.talen.map((t) => (
                <li key={t.code}>
                  <button
                    type="button"
                    class="ww-knop"
                    lang={t.code}
                    dir={t.richting}
                    aria-current={t.code === taal ? 'true' : undefined}
                    onClick={() => kiesTaal(t.code)}
                  >
                    {t.naam}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {contactOpen && <Contact api={api} tk={tk} taal={taal} id={ids.contact} />}
        <p role="status" class="ww-melding">
          {melding}
        </p>
        {fout && (
          <div role="alert" class="ww-alarm">
            <p>
              {fout.soort === 'verlopen'
                ? tk.fouten.verlopen
                : fout.soort === 'netwerk'
                  ? tk.fouten.netwerk
                  : tk.fouten.server}
            </p>
            {fout.soort !== 'verlopen' && (telefoon || telefoonUitEmbed) && (
              <p>
                <MetLinks
                  tekst={vul(tk.fouten.bel, { telefoon: telefoon || telefoonUitEmbed || '' })}
                  telefoon={telefoon || telefoonUitEmbed}
                />
              </p>
            )}
            <div class="ww-acties">
              {fout.soort === 'verlopen' ? (
                <button type="button" class="ww-knop ww-knop--hoofd" onClick={() => begin('vraag')}>
                  {tk.fouten.nieuwGesprek}
                </button>
              ) : (
                <button type="button" class="ww-knop ww-knop--hoofd" onClick={fout.opnieuw}>
                  {tk.fouten.opnieuw}
                </button>
              )}
            </div>
          </div>
        )}
        {!stap && !fout && (gestart.current || modus === 'launcher') && <p>{tk.laden}</p>}
        {!stap && !fout && !gestart.current && modus === 'inline' && (
          <div class="ww-begin">
            <p>{tk.ondertitel}</p>
            <p>{tk.beginUitleg}</p>
            <button type="button" class="ww-knop ww-knop--hoofd" onClick={() => begin('vraag')}>
              {tk.knoppen.begin}
            </button>
          </div>
        )}
        <div role="log" aria-live="polite" aria-label={tk.gesprek} class="ww-log">
          {berichten
            .filter((b) => b.na === 0 && !isHerhaling(b, 0))
            .map((b, i) => (
              <p key={`0-${i}`} class="ww-bericht">
                <MetLinks tekst={b.tekst} telefoon={telefoon} />
              </p>
            ))}
          {stap?.antwoorden.map((a, i) => [
            <p key={`v-${a.vraag}`} class="ww-bericht">
              {a.tekst}
            </p>,
            <p key={`a-${a.vraag}`} class="ww-bericht ww-bericht--jij">
              <span class="ww-vh">{tk.jij}: </span>
              {a.label}
            </p>,
            ...berichten
              .filter((b) => b.na === i + 1 && !isHerhaling(b, i + 1))
              .map((b, j) => (
                <p key={`${i + 1}-${j}`} class="ww-bericht">
                  <MetLinks tekst={b.tekst} telefoon={telefoon} />
                </p>
              )),
          ])}
        </div>
        <div role="status" class="ww-mens-plek">
          {mens && stap?.vraag && (
            <p class="ww-mens" ref={mensRef}>
              <MetLinks tekst={mens} telefoon={telefoon} />
            </p>
          )}
        </div>
        {toonVoortgang && (
          <div class="ww-voortgang">
            <p id={`${sleutel}-voortgang`}>{vul(tk.voortgang.tekst, { nu, totaal })}</p>
            <div
              class="ww-balk"
              role="progressbar"
              aria-labelledby={`${sleutel}-voortgang`}
              aria-valuemin={0}
              aria-valuemax={totaal}
              aria-valuenow={stap.voortgang.beantwoord}
            >
              <div style={{ width: `${Math.round((100 * stap.voortgang.beantwoord) / totaal)}%` }} />
            </div>
          </div>
        )}
        {stap?.vraag && (
          <Vraag vraag={stap.vraag} tk={tk} bezig={bezig} kies={antwoord} kopRef={kopRef} sleutel={sleutel} />
        )}
        {stap && <Typen tk={tk} bezig={bezig} sleutel={sleutel} begrip={begrip} stuur={typ} kies={kiesBegrip} />}
        {stap?.klaar && (
          <>
            <Uitkomst stap={stap} tk={tk} extra={extra} kopRef={kopRef} sleutel={sleutel} />
            <NaUitkomst key={stap.gesprek} api={api} gesprek={stap.gesprek} tk={tk} sleutel={sleutel} />
          </>
        )}
        {stap && stap.antwoorden.length > 0 && (
          <Antwoorden stap={stap} tk={tk} extra={extra} wijzig={wijzig} sleutel={sleutel} />
        )}
        {stap && <Voet tk={tk} kanTerug={stap.kanTerug} terug={terug} opnieuw={opnieuw} privacy={api.privacy} />}
      </div>
    </section>
  )

  // One Werkwijzer at a time: while an inline widget is on screen, the closed launcher steps aside
  // (but not from under the keyboard focus: that would drop her on <body>).
  const launcherWeg = modus === 'launcher' && !open && inlineOpScherm && !launcherFocus
  return (
    <div class="ww-wortel" lang={taal} dir={richting} style={themaStijl(profiel)}>
      {modus === 'launcher' && (
        <button
          ref={launcherRef}
          type="button"
          class="ww-knop ww-launcher"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={ids.paneel}
          hidden={launcherWeg}
          onFocus={() => zetLauncherFocus(true)}
          onBlur={() => zetLauncherFocus(false)}
          onClick={() => (open ? sluiten() : openen())}
        >
          {tk.launcher}
        </button>
      )}
      {paneel}
    </div>
  )
}
