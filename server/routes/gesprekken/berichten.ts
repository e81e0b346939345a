/**
 * `POST /api/v1/gesprekken/{id}/berichten` with `{ "tekst": "ik ben 34" }`: a typed message,
 * understood by the word lists and rules of begrip/ (no language model), answered with a Stap that
 * says in `begrip` what was understood. A recorded answer goes through flows/ exactly as
 * `POST …/antwoorden` does. The text itself is never stored, logged or counted: only `begrip.soort`.
 */
import { createRoute } from '@hono/zod-openapi'
import { type Begrip, begrijp } from '../../../begrip/index.js'
import { type Bericht, type BerichtSoort, BerichtStapSchema, BerichtVerzoekSchema } from '../../../contract/index.js'
import {
  beschrijf,
  openVraag,
  type StapGegevens,
  type VraagDefinitie,
  verwerk,
  vraagMetId,
  type Waarde,
} from '../../../flows/index.js'
import { nieuweRouter } from '../../app-router.js'
import { maakBegrijpers } from '../../begrip.js'
import type { Omgeving } from '../../context.js'
import { profielWaarden } from '../../gemeente.js'
import { perGemeente } from '../../regio.js'
import { IdParamSchema, jsonAntwoord, PROBLEMEN, VERANDER_PROBLEMEN } from '../../schemas.js'
import { maakStapWeergave } from '../../stap.js'
import { tel, telBericht, telStap } from '../../statistieken/meten.js'
import { laadVoorSchrijven, nietGewonnen, telEenKeer } from './laad.js'

const route = createRoute({
  method: 'post',
  path: '/gesprekken/{id}/berichten',
  operationId: 'typBericht',
  summary: 'Typ een antwoord of een vraag',
  tags: ['gesprekken'],
  request: {
    params: IdParamSchema,
    body: { required: true, content: { 'application/json': { schema: BerichtVerzoekSchema } } },
  },
  responses: {
    200: jsonAntwoord(BerichtStapSchema, 'Wat begrepen is, en de stap van het gesprek.'),
    ...PROBLEMEN,
    ...VERANDER_PROBLEMEN,
  },
})

type Vertaal = (sleutel: string, waarden?: Record<string, unknown>) => string

/** A number outside the bounds the question asks to confirm (flows/vragen.ts `bevestig`). */
function buitenGewoon(vraag: VraagDefinitie | undefined, waarde: Waarde): boolean {
  const grens = vraag?.bevestig
  return grens !== undefined && typeof waarde === 'number' && (waarde < grens.min || waarde > grens.max)
}

export function berichtenRoutes(omgeving: Omgeving) {
  const { teksten, store } = omgeving
  /** What a typed message needs of its conversation's gemeente: its words, model and articles. */
  const vanGemeente = perGemeente((eigen) => ({
    stapTekst: maakStapWeergave(eigen),
    begrijpers: maakBegrijpers(teksten, eigen.gemeente),
    flowsOmgeving: { model: eigen.gemeente.regelmodel },
    artikelVan: new Map<string, string>(
      Object.entries(eigen.gemeente.regelmodel.data.voorzieningen).map(([id, v]) => [id, v.artikel]),
    ),
  }))

  /** The label of an answer as the Stap shows it ("34 jaar", "Ja"). */
  function labelVan(t: Vertaal, vraag: VraagDefinitie, waarde: Waarde): string {
    const keuze = vraag.keuzes.find((k) => k.waarde === waarde)
    if (keuze) return t(`keuzes.${keuze.label}`)
    const sleutel = `vragen.${vraag.id}.antwoord`
    const tekst = t(sleutel, { waarde })
    return tekst === sleutel ? String(waarde) : tekst
  }

  return nieuweRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const { tekst } = c.req.valid('json')
    const geladen = await laadVoorSchrijven(c, omgeving, id)
    if (geladen instanceof Response) return geladen
    const { record, versie, omgeving: eigen } = geladen
    const { gemeente } = eigen
    const { stapTekst, begrijpers, flowsOmgeving, artikelVan } = vanGemeente(eigen)
    const taal = teksten.taal(record.taal)
    const t = teksten.t(taal.code, 'gesprek')
    const tb = teksten.t(taal.code, 'begrip')
    const profiel = profielWaarden(gemeente, taal.code, taal.richting)
    const open = openVraag(record.bewaard)
    const vraag = open ? vraagMetId(open) : undefined
    const { woorden, zoeker, voorzieningVan } = begrijpers(taal.code)
    let begrip: Begrip = begrijp(tekst, {
      vraag,
      woorden,
      zoeker,
      gemeenteTelefoon: gemeente.contact.telefoon,
      peildatum: omgeving.vandaag(),
    })
    // A number the question rarely means ("ik ben 3") is proposed, not recorded: she confirms it first,
    // as the widget asks for a tapped one, before it decides anything.
    let onwaarschijnlijk = false
    // (begrip/ itself proposes such an age already; the route asks "Ben je echt 3 jaar?" either way.)
    if (begrip.soort === 'antwoord' && buitenGewoon(vraagMetId(begrip.vraag), begrip.waarde)) {
      onwaarschijnlijk = true
      begrip = { ...begrip, vastgelegd: false }
    }

    let nieuw = record
    let gegevens: StapGegevens | undefined
    if (begrip.soort === 'antwoord' && begrip.vastgelegd) {
      // The same one step of flows/ as POST …/antwoorden: written only if nothing else changed the
      // conversation since it was read, and counted only then.
      const uitslag = verwerk(
        record.bewaard,
        { type: 'antwoord', vraag: begrip.vraag, waarde: begrip.waarde },
        flowsOmgeving,
      )
      if (uitslag.soort === 'stap') {
        const gestapt = { ...record, bewaard: uitslag.bewaard, bijgewerkt: Date.now() }
        // Counted when the statistics or /metrics count (the metrics do not need the statistics).
        const { record: geteld, tellingen } =
          eigen.teller || eigen.metingen ? telStap(record, gestapt, uitslag.stap) : { record: gestapt, tellingen: [] }
        const verloren = await nietGewonnen(c, eigen, id, await store.bewaar(geteld, versie))
        if (verloren) return verloren
        tel(eigen, tellingen)
        nieuw = geteld
        gegevens = uitslag.stap
      } else begrip = { ...begrip, vastgelegd: false }
    }
    // The kind of message, once per kind per conversation, in the figures of its gemeente.
    await telEenKeer(eigen, id, telBericht(record, begrip.soort))

    const vastgelegd = nieuw !== record
    const stapT = stapTekst(nieuw, gegevens ?? beschrijf(nieuw.bewaard, undefined, flowsOmgeving))
    const berichten: Bericht[] = []
    const extra: { label?: string; keuzes?: { waarde: Waarde; label: string }[] } = {}
    /** A reply to what she typed; the step's own messages are added as they are. */
    const zeg = (sleutel: string, waarden: Record<string, unknown> = {}, soort: BerichtSoort = 'info') =>
      berichten.push({ tekst: tb(sleutel, { ...profiel, ...waarden }), soort, reactie: true })

    switch (begrip.soort) {
      case 'antwoord': {
        const def = vraagMetId(begrip.vraag) as VraagDefinitie
        const label = labelVan(t, def, begrip.waarde)
        extra.label = label
        if (vastgelegd) {
          zeg('ingevuld', { antwoord: label })
          berichten.push(...stapT.berichten)
        } else if (onwaarschijnlijk && stapT.vraag?.bevestig) {
          berichten.push({
            tekst: stapT.vraag.bevestig.tekst.replace('{{waarde}}', String(begrip.waarde)),
            soort: 'voorstel',
            reactie: true,
          })
          extra.keuzes = [{ waarde: begrip.waarde, label: tb('bevestig') }]
        } else {
          zeg('voorstel', { antwoord: label }, 'voorstel')
          extra.keuzes = [{ waarde: begrip.waarde, label: tb('bevestig') }]
        }
        break
      }
      case 'uitleg': {
        const id = begrip.begrip
        if (begrip.bron === 'voorziening') {
          const regels = teksten.t(taal.code, 'regels')
          zeg('uitleg.voorziening', {
            naam: regels(`voorzieningen.${id}.naam`),
            uitleg: regels(`voorzieningen.${id}.uitleg`),
            artikel: artikelVan.get(id) ?? '',
          })
        } else if (begrip.bron === 'vraag') {
          zeg('uitleg.vraag', { uitleg: t(`vragen.${id}.hulp`, profiel) })
        } else {
          const b = teksten.t(taal.code, 'begrippen')
          const voorziening = voorzieningVan.get(id)
          const artikel = voorziening ? artikelVan.get(voorziening) : undefined
          zeg(artikel ? 'uitleg.begripArtikel' : 'uitleg.begrip', {
            naam: b(`${id}.naam`),
            uitleg: b(`${id}.uitleg`),
            artikel,
          })
        }
        break
      }
      case 'waarom':
        zeg('waarom', { hulp: vraag ? t(`vragen.${vraag.id}.hulp`, profiel) : '' })
        break
      case 'onderwerp': {
        const naam = t(`keuzes.onderwerp.${begrip.onderwerp}`)
        // "Ja, vertel over Ik ben werkgever" says nothing: an employer is asked whether they are one.
        const werkgever = begrip.onderwerp === 'werkgever'
        zeg(werkgever ? 'onderwerpWerkgever' : 'onderwerp', { naam })
        extra.keuzes = [
          { waarde: begrip.onderwerp, label: tb(werkgever ? 'naarWerkgever' : 'naarOnderwerp', { naam }) },
        ]
        break
      }
      case 'mens': {
        const { contact } = gemeente
        zeg('mens.bellen', { organisatie: contact.organisatie }, 'mens')
        if (contact.adres) zeg('mens.adres', { adres: contact.adres }, 'mens')
        if (contact.livechat) zeg('mens.chat', { livechat: contact.livechat }, 'mens')
        break
      }
      case 'buiten':
        zeg(`buiten.${begrip.over}`)
        break
      case 'persoonsgegevens':
        zeg('persoonsgegevens')
        break
      case 'onbekend':
        zeg(`onbekend.${begrip.reden}`, { min: vraag?.min ?? 0, max: vraag?.max ?? 0 })
        break
    }
    // The open question stays open: it is asked again under the answer (not after a recorded answer,
    // whose Stap already asks the next one).
    if (!vastgelegd && stapT.vraag && begrip.soort !== 'persoonsgegevens')
      berichten.push({ tekst: stapT.vraag.tekst, soort: 'herhaling', reactie: true })

    const { soort } = begrip
    const uit = {
      soort,
      ...(begrip.soort === 'antwoord' ? { vraag: begrip.vraag, waarde: begrip.waarde, vastgelegd } : {}),
      ...(begrip.soort === 'uitleg' ? { begrip: begrip.begrip } : {}),
      ...(begrip.soort === 'onderwerp' ? { onderwerp: begrip.onderwerp } : {}),
      ...(begrip.soort === 'buiten' ? { over: begrip.over } : {}),
      ...extra,
    }
    c.header('Cache-Control', 'no-store')
    return c.json({ ...stapT, berichten, begrip: uit }, 200)
  })
}
