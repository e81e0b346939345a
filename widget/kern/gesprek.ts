/**
 * The conversation, without a DOM: what is on screen (`Stand`) and what the resident can do. The
 * server runs the dialogue; this keeps the step, the lines of the conversation, errors and "busy"
 * with the place they belong to, and what should get the focus next. The layout (`app.tsx` and
 * `onderdelen/`) draws a Stand and calls the actions; a test drives this module without a browser.
 *
 * A conversation starts at the resident's first action (the launcher opened, "Begin" pressed), never
 * on page load: the statistics count conversations, not page views.
 *
 * What she typed is kept in memory only, to show it as her own line: it is never stored (not in
 * sessionStorage) and never sent back by the server.
 */
import type { Begrip, BerichtSoort, PubliekGemeente, Stap, Waarde } from '../../contract/index.js'
import { type Api, ApiFout } from '../api.js'
import type { Stand as Bewaard, Opslag } from '../opslag.js'
import { paginaStand } from '../samen.js'
import type { ServerTeksten } from '../teksten.js'

/** Where something was asked: its error or "busy" shows there, next to what was tapped. */
export type Plek = 'begin' | 'vraag' | 'typen' | 'wijzig' | 'voet' | 'taal'

/** A line of the conversation. `van: 'jij'` is what she typed (memory only). */
export interface Regel {
  readonly tekst: string
  readonly van: 'ww' | 'jij'
  readonly soort?: BerichtSoort
  /** How many answers had been given when it came. */
  readonly na: number
  /** Typed at this open question ('' at the outcome or the menu's end): shown beside that question. */
  readonly bij?: string
}

export type Fout = { readonly soort: 'netwerk' | 'server' | 'verlopen'; readonly plek: Plek }

/** Where the focus goes; `zicht`: nowhere, but the open question is brought into view (the launcher just opened). */
export type FocusDoel = 'vraag' | 'titel' | 'launcher' | 'typen' | 'zicht'

export interface Stand {
  readonly stap?: Stap
  readonly regels: readonly Regel[]
  readonly fout?: Fout
  /** Waiting for the server, and where it was asked. */
  readonly bezig?: Plek
  readonly melding?: 'bijgewerkt' | 'gewist'
  /** The offer of a person (after "Weet ik niet" more than once): it stays above the question. */
  readonly mens?: string
  /** What her last typed message was understood as, while it still applies (its buttons). */
  readonly begrip?: Begrip
  /** For a screen reader, after a typed message moved the dialogue on: the question now open. */
  readonly aankondiging: string
  readonly gestart: boolean
  /** The launcher's panel is open (an inline widget is always open). */
  readonly open: boolean
  readonly taal: string
  /** The resident (or another widget on the page) chose this language. */
  readonly taalGekozen: boolean
  /** Where the focus should go next, once; `nr` tells one wish from the next. */
  readonly focus?: { readonly doel: FocusDoel; readonly nr: number }
  readonly teksten?: ServerTeksten
  readonly profiel?: PubliekGemeente
}

export interface GesprekOpties {
  readonly api: Api
  readonly opslag: Opslag
  readonly modus: 'inline' | 'launcher'
  /** The `taal` attribute: the gemeente's choice for this page. */
  readonly taal?: string
  readonly onderwerp?: string
}

export type Gesprek = ReturnType<typeof maakGesprek>

/** The lines a reload shows again: only ours, never what she typed, and not the replies to it. */
function bewaarbaar(regels: readonly Regel[]): { tekst: string; na: number; soort?: BerichtSoort }[] {
  return regels
    .filter((r) => r.van === 'ww' && r.bij === undefined)
    .map((r) => ({ tekst: r.tekst, na: r.na, ...(r.soort ? { soort: r.soort } : {}) }))
}

export function maakGesprek({ api, opslag, modus, taal: gevraagd, onderwerp }: GesprekOpties) {
  const bewaard: Bewaard | undefined = opslag.leesStand?.()
  let stand: Stand = {
    regels: [],
    aankondiging: '',
    gestart: false,
    open: modus === 'inline' || (bewaard?.open ?? false),
    taal: gevraagd ?? paginaStand.taal() ?? 'nl',
    taalGekozen: gevraagd !== undefined || paginaStand.taal() !== undefined,
  }
  const luisteraars = new Set<() => void>()
  let focusNr = 0
  let bezig = false
  let laatste: { actie: () => Promise<void>; plek: Plek } | undefined
  const woordenVoor = new Set<string>()

  function zet(deel: Partial<Stand>) {
    stand = { ...stand, ...deel }
    bewaar()
    laadWoorden()
    for (const l of luisteraars) l()
  }

  const focus = (doel: FocusDoel) => ({ doel, nr: ++focusNr })

  function bewaar() {
    if (stand.stap)
      opslag.bewaarStand?.({ open: stand.open, gesprek: stand.stap.gesprek, berichten: bewaarbaar(stand.regels) })
    else if (modus === 'launcher') opslag.bewaarStand?.({ ...opslag.leesStand?.(), open: stand.open })
  }

  /** The words of the current language (glossary, questions, language list) and the profile, once each. */
  function laadWoorden() {
    const taal = stand.taal
    if (woordenVoor.has(taal)) return
    woordenVoor.add(taal)
    api
      .teksten(taal)
      .then((teksten) => {
        if (stand.taal === taal) zet({ teksten })
      })
      .catch(() => woordenVoor.delete(taal))
    api
      .gemeente(taal)
      .then((profiel) => {
        if (stand.taal === taal) zet({ profiel })
      })
      .catch(() => undefined)
  }

  /**
   * Shows a new step. `vanafBegin`: its messages start the log afresh (a start, a resume, a language).
   * `reacties`: the replies to what she typed, kept beside the question she typed at.
   */
  function toon(
    volgende: Stap,
    vanafBegin: boolean,
    doel?: FocusDoel,
    eerdere?: readonly Regel[],
    reacties: Regel[] = [],
  ) {
    opslag.bewaar(volgende.gesprek)
    const n = vanafBegin ? 0 : volgende.antwoorden.length
    const eigen: Regel[] = volgende.berichten
      .filter((b) => !b.reactie && b.soort !== 'herhaling')
      .map((b) => ({ tekst: b.tekst, van: 'ww', soort: b.soort, na: n }))
    const gehouden = vanafBegin ? [] : stand.regels.filter((r) => r.na <= volgende.antwoorden.length)
    const regels = eerdere ? [...eerdere] : [...gehouden, ...reacties, ...eigen]
    // The offer of a person comes with a step (not with a start): it stays in view above the question.
    const mens = vanafBegin ? undefined : eigen.filter((r) => r.soort === 'mens').at(-1)?.tekst
    zet({
      stap: volgende,
      taal: volgende.taal,
      regels,
      mens,
      fout: undefined,
      begrip: undefined,
      aankondiging: '',
      ...(doel ? { focus: focus(doel) } : {}),
    })
  }

  /** Runs one call; a failure keeps everything on screen and offers, next to `plek`, to try again. */
  async function doe(plek: Plek, actie: () => Promise<void>) {
    // A double tap sends one answer, not two.
    if (bezig) return
    bezig = true
    laatste = { actie, plek }
    zet({ bezig: plek, melding: undefined })
    try {
      await actie()
    } catch (e) {
      if (e instanceof ApiFout && e.stap) {
        // Changed elsewhere first (a double tap, a second tab): show where the conversation really is.
        toon(e.stap, true, 'vraag')
        zet({ melding: 'bijgewerkt' })
      } else if (e instanceof ApiFout && e.status === 404) {
        opslag.vergeet()
        zet({ fout: { soort: 'verlopen', plek } })
      } else {
        zet({ fout: { soort: e instanceof ApiFout && e.status > 0 ? 'server' : 'netwerk', plek } })
      }
    } finally {
      bezig = false
      zet({ bezig: undefined })
    }
  }

  const id = () => stand.stap?.gesprek

  /** `doel`: where the focus goes; when the launcher opened, the panel's title keeps it (`zicht`). */
  function begin(plek: Plek = 'begin', doel: FocusDoel = 'vraag') {
    zet({ gestart: true })
    return doe(plek, async () => {
      const eerste = await api.start(stand.taal, onderwerp)
      // Counted in the conversation it started, never on page load: inline or launcher.
      void api.tel(eerste.gesprek, modus)
      toon(eerste, true, doel)
    })
  }

  const gesprek = {
    stand: () => stand,
    luister(l: () => void): () => void {
      luisteraars.add(l)
      return () => luisteraars.delete(l)
    },

    /**
     * Once, when the widget is on the page: a conversation this tab already had comes back (that is
     * not a new one), with the open question in view and focused; a launcher left open starts one.
     * Returns what to call when the widget leaves the page.
     */
    start(): () => void {
      const weg = paginaStand.luister(() => {
        // Another widget on the page chose a language: before a conversation, this one follows.
        const taal = paginaStand.taal()
        if (taal && !stand.gestart) zet({ taal, taalGekozen: true })
      })
      laadWoorden()
      const bekend = opslag.lees()
      if (bekend) {
        zet({ gestart: true })
        const eerdere =
          bewaard?.gesprek === bekend ? (bewaard.berichten ?? []).map((b): Regel => ({ ...b, van: 'ww' })) : undefined
        void doe('begin', async () => toon(await api.lees(bekend), true, 'vraag', eerdere))
      } else if (stand.open && modus === 'launcher') {
        void begin('begin', 'zicht')
      }
      return () => {
        weg()
      }
    },

    begin: () => begin('begin'),

    antwoord(waarde: Waarde) {
      const vraag = stand.stap?.vraag
      const gesprekId = id()
      if (!gesprekId || !vraag) return
      void doe('vraag', async () => toon(await api.antwoord(gesprekId, vraag.id, waarde), false, 'vraag'))
    },

    terug() {
      const gesprekId = id()
      if (gesprekId) void doe('voet', async () => toon(await api.terug(gesprekId), false, 'vraag'))
    },

    wijzig(vraag: string, waarde: Waarde) {
      const gesprekId = id()
      if (gesprekId) void doe('wijzig', async () => toon(await api.wijzig(gesprekId, vraag, waarde), false, 'vraag'))
    },

    /**
     * A typed message: shown at once as her own line beside the open question, with the reply under it.
     * The focus stays in the text field (the phone's keyboard stays open).
     */
    typ(tekst: string) {
      const stap = stand.stap
      if (!stap || bezig) return
      const na = stap.antwoorden.length
      const bij = stap.vraag?.id ?? ''
      zet({ regels: [...stand.regels, { tekst, van: 'jij', na, bij }], begrip: undefined })
      void doe('typen', async () => {
        const { begrip, ...volgende } = await api.bericht(stap.gesprek, tekst)
        const reacties: Regel[] = volgende.berichten
          .filter((b) => b.reactie && b.soort !== 'herhaling')
          .map((b) => ({ tekst: b.tekst, van: 'ww', soort: b.soort, na, bij }))
        toon(volgende, false, 'typen', undefined, reacties)
        const verder = volgende.antwoorden.length !== na || volgende.klaar !== stap.klaar
        zet({ begrip, aankondiging: verder ? (volgende.vraag?.tekst ?? '') : '' })
      })
    },

    /** A button of the understanding: confirm a proposal, or go to the onderwerp offered. */
    kiesBegrip(b: Begrip, waarde: Waarde) {
      const stap = stand.stap
      if (!stap) return
      const gesprekId = stap.gesprek
      if (b.soort === 'antwoord' && b.vraag) {
        const vraag = b.vraag
        return void doe('typen', async () => toon(await api.antwoord(gesprekId, vraag, waarde), false, 'vraag'))
      }
      if (stap.vraag?.id === 'onderwerp') return gesprek.antwoord(waarde)
      if (stap.antwoorden.some((a) => a.vraag === 'onderwerp')) return gesprek.wijzig('onderwerp', waarde)
      void doe('typen', async () => toon(await api.start(stand.taal, String(waarde)), true, 'vraag'))
    },

    /** "Opnieuw beginnen" and "Wis mijn gegevens" (both asked first): the conversation is deleted. */
    opnieuw(wissen: boolean) {
      const gesprekId = id()
      zet({ gestart: true })
      void doe('voet', async () => {
        // Counted in the conversation that ends, before it is gone.
        if (gesprekId) await api.tel(gesprekId, wissen ? 'wis' : 'opnieuw')
        if (gesprekId)
          await api.wis(gesprekId).catch((e) => {
            // Already gone is what we wanted.
            if (!(e instanceof ApiFout && e.status === 404)) throw e
          })
        opslag.vergeet()
        toon(await api.start(stand.taal, onderwerp), true, 'vraag')
        if (wissen) zet({ melding: 'gewist' })
      })
    },

    /** A new start after the conversation expired. */
    nieuw: () => begin(stand.fout?.plek ?? 'begin'),

    /** "Probeer opnieuw": the call that failed, once more, in the same place. */
    probeerOpnieuw() {
      if (laatste) void doe(laatste.plek, laatste.actie)
    },

    kiesTaal(code: string) {
      const gesprekId = id()
      if (code !== stand.taal && gesprekId) void api.tel(gesprekId, 'taal')
      paginaStand.zetTaal(code)
      // The focus goes back where she was reading: the question (or the title before a conversation).
      zet({ taal: code, taalGekozen: true, focus: focus(gesprekId ? 'vraag' : 'titel') })
      if (gesprekId) void doe('taal', async () => toon(await api.taal(gesprekId, code), true, 'vraag'))
    },

    openen() {
      zet({ open: true, focus: focus('titel') })
      if (!stand.gestart && !opslag.lees()) void begin('begin', 'zicht')
    },

    sluiten() {
      zet({ open: false, focus: focus('launcher') })
    },
  }
  return gesprek
}
