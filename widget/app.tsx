/**
 * The widget's layout: it draws the Stand of one conversation (`kern/gesprek.ts`, which talks to the
 * server) and hands the resident's taps to it. What is on screen and where the focus goes is decided
 * there; here only which element that is, and that it is in view.
 *
 * Focus moves only after the resident did something: to the new question (or the outcome), to the
 * panel when the launcher opens it, back to the launcher when it closes, and it stays in the text
 * field after a typed message (the phone's keyboard stays open). After a reload the open question is
 * focused and in view again.
 */
import type { JSX } from 'preact'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { Actie, PubliekGemeente } from '../contract/index.js'
import type { Api } from './api.js'
import { type Gesprek, type GesprekOpties, maakGesprek, type Plek, type Stand } from './kern/gesprek.js'
import { Antwoorden } from './onderdelen/antwoorden.js'
import { Contact } from './onderdelen/contact.js'
import { Gesprekslog } from './onderdelen/log.js'
import { NaUitkomst } from './onderdelen/na-uitkomst.js'
import { TaalAanbod, TaalKnop, TaalLijst, telefoonTaal } from './onderdelen/taal.js'
import { MetLinks } from './onderdelen/tekst.js'
import { Toestand } from './onderdelen/toestand.js'
import { Typen } from './onderdelen/typen.js'
import { Uitkomst } from './onderdelen/uitkomst.js'
import { Voet } from './onderdelen/voet.js'
import { Vraag } from './onderdelen/vraag.js'
import type { Opslag } from './opslag.js'
import { paginaStand } from './samen.js'
import { NL, vul, type WidgetTekst } from './teksten.js'
import { toonBereik } from './zicht.js'

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

/** The profile's colours, under the host page's own `--werkwijzer-*` values (see stijl.ts). */
function themaStijl(profiel?: PubliekGemeente): JSX.CSSProperties | undefined {
  const t = profiel?.thema
  if (!t) return undefined
  return { '--ww-thema-primair': t.kleurPrimair, '--ww-thema-accent': t.kleurAccent, '--ww-thema-tekst': t.kleurTekst }
}

/**
 * The words of the language shown. An employer is spoken to as an employer ("u", the candidate):
 * `werkgever` in widget.json holds the words that differ, laid over the resident's.
 */
function woordenVoor(s: Stand, onderwerp?: string): WidgetTekst {
  const tk = s.teksten?.widget ?? NL
  if ((s.stap?.onderwerp ?? onderwerp) !== 'werkgever') return tk
  const uit: Record<string, unknown> = { ...tk }
  for (const [sleutel, waarde] of Object.entries(tk.werkgever))
    uit[sleutel] = typeof waarde === 'object' ? { ...(tk[sleutel as keyof WidgetTekst] as object), ...waarde } : waarde
  return uit as WidgetTekst
}

/** One conversation's Stand, drawn again whenever it changes. */
function useGesprek(opties: GesprekOpties): [Stand, Gesprek] {
  // Made once per App: the element gives a new key (and so a new App) for another api, modus or onderwerp.
  const [gesprek] = useState(() => maakGesprek(opties))
  const [stand, zetStand] = useState(gesprek.stand())
  useEffect(() => {
    const weg = gesprek.luister(() => zetStand(gesprek.stand()))
    // A tap before this effect ran (the first paint is already clickable) changed the Stand unheard.
    zetStand(gesprek.stand())
    const stop = gesprek.start()
    return () => {
      weg()
      stop()
    }
  }, [gesprek])
  return [stand, gesprek]
}

export function App({
  api,
  opslag,
  modus,
  taal: gevraagd,
  onderwerp,
  telefoon: telefoonUitEmbed,
  sleutel = 'ww',
}: AppProps) {
  const [s, g] = useGesprek({
    api,
    opslag,
    modus,
    ...(gevraagd ? { taal: gevraagd } : {}),
    ...(onderwerp ? { onderwerp } : {}),
  })
  const [contactOpen, zetContactOpen] = useState(false)
  const [talenOpen, zetTalenOpen] = useState(false)
  const [inlineOpScherm, zetInlineOpScherm] = useState(paginaStand.inlineZichtbaar())
  const [launcherFocus, zetLauncherFocus] = useState(false)
  const kopRef = useRef<HTMLHeadingElement>(null)
  const titelRef = useRef<HTMLHeadingElement>(null)
  const launcherRef = useRef<HTMLButtonElement>(null)
  const paneelRef = useRef<HTMLElement>(null)
  const romp = useRef<HTMLDivElement>(null)
  const gedaan = useRef(0)

  const tk = woordenVoor(s, onderwerp)
  const { stap, teksten } = s
  const richting = stap?.richting ?? (teksten?.taal === s.taal ? teksten.richting : 'ltr')
  const telefoon = s.profiel?.contact.telefoon
  // The number to call when the server cannot be reached: the profile's, else the embed's.
  const belNummer = telefoon || telefoonUitEmbed
  const eigenTaal = useMemo(() => telefoonTaal(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [])), [])

  // Whether an inline widget is on screen: the page's launcher then steps aside.
  useEffect(() => paginaStand.luister(() => zetInlineOpScherm(paginaStand.inlineZichtbaar())), [])
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

  /** An element of this widget by its selector (inside the shadow root). */
  const vind = <T extends Element>(selector: string) => romp.current?.querySelector<T>(selector) ?? null

  // The focus wish of the conversation, once, before paint: on a busy phone the focus (and the
  // screen reader) should not lag a frame behind. Then what belongs with it is brought into view.
  useLayoutEffect(() => {
    const wens = s.focus
    if (!wens || wens.nr === gedaan.current) return
    const doel =
      wens.doel === 'vraag'
        ? kopRef.current
        : wens.doel === 'typen'
          ? vind<HTMLInputElement>('.ww-typveld')
          : wens.doel === 'titel'
            ? titelRef.current
            : wens.doel === 'zicht'
              ? vind<HTMLElement>('.ww-vraag')
              : launcherRef.current
    if (!doel) return
    gedaan.current = wens.nr
    if (wens.doel === 'zicht') toonBereik(vind('.ww-mens') ?? doel, doel)
    else doel.focus({ preventScroll: true })
    if (wens.doel === 'vraag') {
      const vraag = vind('.ww-vraag')
      // The whole question with its answers, the offer of a person above it; the outcome from its top.
      if (vraag) toonBereik(vind('.ww-mens') ?? vraag, vraag)
      else toonBereik(doel, vind('.ww-uitkomst') ?? doel)
    } else if (wens.doel === 'typen') {
      const form = vind('.ww-typen') ?? doel
      // The reply to what she typed with the field under it; after an answer the new question too.
      const jij = [...(romp.current?.querySelectorAll('.ww-typlog .ww-bericht--jij') ?? [])].at(-1)
      toonBereik(jij ?? vind('.ww-vraag') ?? form, form, 8, 'onder')
    } else if (wens.doel === 'titel') {
      doel.scrollIntoView?.({ block: 'nearest' })
    }
  })

  // An error stands next to what was tapped, and in view.
  useLayoutEffect(() => {
    const alarm = s.fout && vind('.ww-alarm')
    if (alarm) toonBereik(alarm)
  }, [s.fout])

  /** Counts a tap on an element marked `data-tel` in a conversation; opening only, not closing again. */
  function telKlik(doel: EventTarget | null) {
    const id = stap?.gesprek
    const el = doel instanceof Element ? doel.closest('[data-tel]') : null
    if (!id || !el || el.getAttribute('aria-expanded') === 'true') return
    if (el.tagName === 'SUMMARY' && (el.parentElement as HTMLDetailsElement | null)?.open) return
    void api.tel(id, (el.getAttribute('data-tel') ?? '') as Actie)
  }

  const ids = {
    contact: `${sleutel}-contact`,
    talen: `${sleutel}-talen`,
    titel: `${sleutel}-titel`,
    paneel: `${sleutel}-paneel`,
  }
  const toestand = (plek: Plek) => <Toestand s={s} plek={plek} tk={tk} g={g} telefoon={belNummer} />

  const nu = stap ? stap.voortgang.beantwoord + 1 : 1
  const totaal = stap ? Math.max(stap.voortgang.geschat, nu) : 1
  // The menu ("Waar wil je meer over weten?") is not one of the questions: no count there.
  const toonVoortgang = stap && !stap.klaar && stap.vraag && stap.vraag.id !== 'onderwerp'
  const open = s.open
  // The phone's language, offered in its own words while she has not chosen one and not begun answering.
  const aanbod =
    eigenTaal && eigenTaal.code !== s.taal && !s.taalGekozen && (stap?.antwoorden.length ?? 0) === 0
      ? eigenTaal
      : undefined

  const paneel = (
    <section
      id={ids.paneel}
      ref={paneelRef}
      class={modus === 'launcher' ? 'ww ww--zwevend' : 'ww'}
      aria-labelledby={ids.titel}
      hidden={!open}
      onKeyDown={(e) => {
        if (modus === 'launcher' && e.key === 'Escape') g.sluiten()
      }}
      onClickCapture={(e) => telKlik(e.target)}
    >
      <div class="ww-kop">
        <h2 id={ids.titel} tabIndex={-1} ref={titelRef}>
          {tk.titel}
        </h2>
        {modus === 'launcher' && (
          <button type="button" class="ww-knop" onClick={() => g.sluiten()}>
            {tk.sluiten}
          </button>
        )}
        <TaalKnop
          taal={s.taal}
          talen={teksten?.talen}
          open={talenOpen}
          controls={ids.talen}
          wissel={() => zetTalenOpen(!talenOpen)}
        />
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
      <div class="ww-romp" ref={romp}>
        {talenOpen && (
          <TaalLijst
            id={ids.talen}
            kop={tk.taal.kop}
            taal={s.taal}
            talen={teksten?.talen}
            eerst={eigenTaal?.code}
            kies={(code) => {
              zetTalenOpen(false)
              g.kiesTaal(code)
            }}
          />
        )}
        {contactOpen && <Contact api={api} tk={tk} taal={s.taal} id={ids.contact} />}
        {aanbod && <TaalAanbod taal={aanbod} kies={() => g.kiesTaal(aanbod.code)} />}
        <p role="status" class="ww-melding">
          {s.melding ? tk[s.melding] : ''}
        </p>
        {toestand('taal')}
        {!stap && (s.gestart || modus === 'launcher') && !s.fout && <p>{tk.laden}</p>}
        {!stap && !s.gestart && modus === 'inline' && (
          <div class="ww-begin">
            <p>{tk.ondertitel}</p>
            <p>{tk.beginUitleg}</p>
            <button type="button" class="ww-knop ww-knop--hoofd" onClick={() => g.begin()}>
              {tk.knoppen.begin}
            </button>
          </div>
        )}
        {!stap && toestand('begin')}
        <Gesprekslog s={s} tk={tk} telefoon={telefoon} />
        <div role="status" class="ww-mens-plek">
          {s.mens && stap?.vraag && (
            <p class="ww-mens">
              <MetLinks tekst={s.mens} telefoon={telefoon} />
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
          <Vraag
            vraag={stap.vraag}
            tk={tk}
            bezig={s.bezig === 'vraag'}
            kies={(waarde) => g.antwoord(waarde)}
            kopRef={kopRef}
            sleutel={sleutel}
          >
            {toestand('vraag')}
          </Vraag>
        )}
        {stap?.klaar && (
          <>
            <Uitkomst stap={stap} tk={tk} extra={teksten} kopRef={kopRef} sleutel={sleutel} />
            <NaUitkomst key={stap.gesprek} api={api} gesprek={stap.gesprek} tk={tk} sleutel={sleutel} />
          </>
        )}
        {stap && (
          <Typen s={s} tk={tk} sleutel={sleutel} telefoon={telefoon} stuur={g.typ} kies={g.kiesBegrip}>
            {toestand('typen')}
          </Typen>
        )}
        {stap && stap.antwoorden.length > 0 && (
          <Antwoorden stap={stap} tk={tk} extra={teksten} wijzig={g.wijzig} sleutel={sleutel}>
            {toestand('wijzig')}
          </Antwoorden>
        )}
        {stap && (
          <Voet
            tk={tk}
            kanTerug={stap.kanTerug}
            terug={g.terug}
            opnieuw={g.opnieuw}
            privacy={`${api.privacy}${api.privacy.includes('?') ? '&' : '?'}taal=${encodeURIComponent(s.taal)}`}
          >
            {toestand('voet')}
          </Voet>
        )}
      </div>
    </section>
  )

  // One Werkwijzer at a time: while an inline widget is on screen, the closed launcher steps aside
  // (but not from under the keyboard focus: that would drop her on <body>).
  const launcherWeg = modus === 'launcher' && !open && inlineOpScherm && !launcherFocus
  return (
    <div class="ww-wortel" lang={s.taal} dir={richting} style={themaStijl(s.profiel)}>
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
          onClick={() => (open ? g.sluiten() : g.openen())}
        >
          {tk.launcher}
        </button>
      )}
      {paneel}
    </div>
  )
}
