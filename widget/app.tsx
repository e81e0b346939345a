/**
 * The widget: one conversation, drawn from the server's Stap. The server runs the dialogue;
 * this only shows steps, sends answers, and keeps the conversation id in sessionStorage.
 *
 * Focus moves only after the resident did something: to the new question (or the outcome),
 * to the panel when the launcher opens it, and back to the launcher when it closes.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { type Api, ApiFout, type Stap, type Waarde } from './api.js'
import { Antwoorden } from './onderdelen/antwoorden.js'
import { Contact } from './onderdelen/contact.js'
import { NaUitkomst } from './onderdelen/na-uitkomst.js'
import { type Begrip, Typen } from './onderdelen/typen.js'
import { Uitkomst } from './onderdelen/uitkomst.js'
import { Vraag } from './onderdelen/vraag.js'
import type { Opslag } from './opslag.js'
import { NL, type Teksten, vul } from './teksten.js'

export interface AppProps {
  api: Api
  opslag: Opslag
  modus: 'inline' | 'launcher'
  taal?: string
  onderwerp?: string
  /** Prefix for ids inside this widget. */
  sleutel?: string
}

/** A bot message and how many answers had been given when it came. */
interface Bericht {
  tekst: string
  na: number
}

type Fout = { soort: 'netwerk' | 'server'; opnieuw: () => void } | { soort: 'verlopen' }

export function App({ api, opslag, modus, taal: gevraagdeTaal, onderwerp, sleutel = 'ww' }: AppProps) {
  const [stap, zetStap] = useState<Stap>()
  const [berichten, zetBerichten] = useState<Bericht[]>([])
  const [extra, zetExtra] = useState<Teksten>()
  const [fout, zetFout] = useState<Fout>()
  const [melding, zetMelding] = useState('')
  const [bezig, zetBezig] = useState(false)
  const [begrip, zetBegrip] = useState<Begrip>()
  const bezigRef = useRef(false)
  const [open, zetOpen] = useState(modus === 'inline')
  const [contactOpen, zetContactOpen] = useState(false)
  const [talenOpen, zetTalenOpen] = useState(false)
  const [gekozenTaal, zetGekozenTaal] = useState(gevraagdeTaal)
  const kopRef = useRef<HTMLHeadingElement>(null)
  const titelRef = useRef<HTMLHeadingElement>(null)
  const launcherRef = useRef<HTMLButtonElement>(null)
  const focus = useRef<'vraag' | 'titel' | 'launcher' | undefined>(undefined)
  const gestart = useRef(false)

  const taal = stap?.taal ?? gekozenTaal ?? 'nl'
  // While another language loads, the words of the last one stay.
  const tk = extra?.widget ?? NL
  const richting = stap?.richting ?? (extra?.taal === taal ? extra.richting : 'ltr')

  // The words of the current language (glossary, questions, language list).
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

  /** Shows a new step; `nieuw` says whether its messages follow the answers or start over. */
  function toon(volgende: Stap, vanafBegin: boolean, focusNaar?: 'vraag') {
    opslag.bewaar(volgende.gesprek)
    zetStap(volgende)
    zetBerichten((oud) => {
      const n = vanafBegin ? 0 : volgende.antwoorden.length
      const gehouden = vanafBegin ? [] : oud.filter((b) => b.na <= volgende.antwoorden.length)
      return [...gehouden, ...volgende.berichten.map((b) => ({ tekst: b.tekst, na: n }))]
    })
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

  const begin = (focusNaar?: 'vraag') => doe(async () => toon(await api.start(taal, onderwerp), true, focusNaar))

  function hervat() {
    const id = opslag.lees()
    if (!id) return begin()
    return doe(async () => toon(await api.lees(id), true))
  }

  // Inline: start (or resume) at once. Launcher: when the resident opens it.
  useEffect(() => {
    if (open && !gestart.current) {
      gestart.current = true
      void api.tel(modus, taal, onderwerp)
      void hervat()
    }
  })

  useEffect(() => {
    const doel = focus.current
    if (!doel) return
    const element = doel === 'vraag' ? kopRef.current : doel === 'titel' ? titelRef.current : launcherRef.current
    if (element) {
      focus.current = undefined
      element.focus()
    }
  })

  const id = stap?.gesprek
  const antwoord = (waarde: Waarde) => {
    const vraag = stap?.vraag
    if (!id || !vraag) return
    void doe(async () => toon(await api.antwoord(id, vraag.id, waarde), false, 'vraag'))
  }
  const terug = () => id && void doe(async () => toon(await api.terug(id), false, 'vraag'))
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
    void doe(async () => {
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
    if (code !== taal) void api.tel('taal', taal, stap?.onderwerp)
    zetTalenOpen(false)
    zetGekozenTaal(code)
    if (!id) return
    void doe(async () => toon(await api.taal(id, code), true))
  }

  function openen() {
    zetOpen(true)
    focus.current = 'titel'
  }
  function sluiten() {
    zetOpen(false)
    focus.current = 'launcher'
  }

  /** Counts a tap on an element marked `data-tel` (anonymous); opening only, not closing again. */
  function telKlik(doel: EventTarget | null) {
    const el = doel instanceof Element ? doel.closest('[data-tel]') : null
    if (!el || el.getAttribute('aria-expanded') === 'true') return
    if (el.tagName === 'SUMMARY' && (el.parentElement as HTMLDetailsElement | null)?.open) return
    void api.tel(el.getAttribute('data-tel') ?? '', taal, stap?.onderwerp)
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

  const nu = stap ? stap.voortgang.beantwoord + 1 : 1
  const totaal = stap ? Math.max(stap.voortgang.geschat, nu) : 1

  const paneel = (
    <section
      id={ids.paneel}
      class={modus === 'launcher' ? 'ww ww--zwevend' : 'ww'}
      aria-labelledby={ids.titel}
      lang={taal}
      dir={richting}
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
        {!stap && !fout && <p>{tk.laden}</p>}
        <div role="log" aria-live="polite" aria-label={tk.gesprek} class="ww-log">
          {berichten
            .filter((b) => b.na === 0)
            .map((b, i) => (
              <p key={`0-${i}`} class="ww-bericht">
                {b.tekst}
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
              .filter((b) => b.na === i + 1)
              .map((b, j) => (
                <p key={`${i + 1}-${j}`} class="ww-bericht">
                  {b.tekst}
                </p>
              )),
          ])}
        </div>
        {stap && !stap.klaar && (
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
        <div class="ww-voet">
          {stap?.kanTerug && (
            <button type="button" class="ww-knop" onClick={terug}>
              {tk.knoppen.terug}
            </button>
          )}
          <button type="button" class="ww-knop" data-tel="opnieuw" onClick={() => opnieuw(false)}>
            {tk.knoppen.opnieuw}
          </button>
          <button type="button" class="ww-knop" data-tel="wis" onClick={() => opnieuw(true)}>
            {tk.knoppen.wis}
          </button>
          <a href={`${api.basis}/privacy`} target="_blank" rel="noopener">
            {tk.privacy}
          </a>
        </div>
      </div>
    </section>
  )

  if (modus === 'inline') return paneel
  return (
    <>
      <button
        ref={launcherRef}
        type="button"
        class="ww-knop ww-launcher"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={ids.paneel}
        onClick={() => (open ? sluiten() : openen())}
      >
        {tk.launcher}
      </button>
      {paneel}
    </>
  )
}
