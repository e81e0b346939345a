/**
 * `POST /api/v1/gesprekken/{id}/berichten` with `{ "tekst": "ik ben 34" }`: a typed message,
 * understood by the word lists and rules of begrip/ (no language model), answered with a Stap that
 * says in `begrip` what was understood. A recorded answer goes through flows/ exactly as
 * `POST …/antwoorden` does. The text itself is never stored, logged or counted: only `begrip.soort`.
 */
import { createRoute } from '@hono/zod-openapi'
import { type Begrip, begrijp } from '../../../begrip/index.js'
import { type Bericht, type BerichtSoort, BerichtStapSchema, BerichtVerzoekSchema } from '../../../contract/index.js'
import { openVraag, type VraagDefinitie, vraagMetId, type Waarde } from '../../../flows/index.js'
import { nieuweRouter } from '../../app-router.js'
import { maakBegrijpers } from '../../begrip.js'
import type { Omgeving } from '../../context.js'
import { profielWaarden } from '../../gemeente.js'
import type { GesprekDienst, Wijziging } from '../../gesprekdienst.js'
import { perGemeente } from '../../regio.js'
import { GesprekGemeenteQuery, IdParamSchema, jsonAntwoord, PROBLEMEN, VERANDER_PROBLEMEN } from '../../schemas.js'
import { telBericht } from '../../statistieken/meten.js'
import type { GesprekRecord } from '../../store/types.js'
import { gedeeldAntwoord, telEenKeer } from './laad.js'

const route = createRoute({
  method: 'post',
  path: '/gesprekken/{id}/berichten',
  operationId: 'typBericht',
  summary: 'Typ een antwoord of een vraag',
  tags: ['gesprekken'],
  request: {
    params: IdParamSchema,
    query: GesprekGemeenteQuery,
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

export function berichtenRoutes(omgeving: Omgeving, dienst: GesprekDienst) {
  const { teksten } = omgeving
  /** What a typed message needs of its conversation's gemeente: its words and articles. */
  const vanGemeente = perGemeente((eigen) => ({
    begrijpers: maakBegrijpers(teksten, eigen.gemeente),
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

  /** What she typed, understood against the conversation as it was loaded (its open question and language). */
  function lees(tekst: string, record: GesprekRecord, eigen: Omgeving) {
    const { gemeente } = eigen
    const taal = teksten.taal(record.taal)
    const open = openVraag(record.bewaard)
    const vraag = open ? vraagMetId(open) : undefined
    const { woorden, zoeker, voorzieningVan } = vanGemeente(eigen).begrijpers(taal.code)
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
    return { record, eigen, taal, vraag, voorzieningVan, begrip, onwaarschijnlijk }
  }

  return nieuweRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const { tekst } = c.req.valid('json')
    let gelezen: ReturnType<typeof lees> | undefined
    // A recorded answer is the same one step of flows/ as POST …/antwoorden: written only if nothing else
    // changed the conversation since it was read, and counted only then.
    const uitkomst = await dienst.verander(c, id, (record, eigen): Wijziging => {
      gelezen = lees(tekst, record, eigen)
      const { begrip } = gelezen
      return begrip.soort === 'antwoord' && begrip.vastgelegd
        ? { soort: 'verzoek', verzoek: { type: 'antwoord', vraag: begrip.vraag, waarde: begrip.waarde } }
        : { soort: 'geen' }
    })
    const gedeeld = gedeeldAntwoord(c, omgeving, uitkomst)
    if (gedeeld) return gedeeld
    const stapT = uitkomst.soort === 'gedaan' || uitkomst.soort === 'geweigerd' ? uitkomst.stap : undefined
    if (!gelezen || !stapT) throw new Error(`onverwachte uitkomst ${uitkomst.soort}`)
    const { record, eigen, taal, vraag, voorzieningVan, onwaarschijnlijk } = gelezen
    const vastgelegd = uitkomst.soort === 'gedaan' && uitkomst.veranderd
    // Refused by the dialogue (the machine did not take it): proposed, not recorded.
    const gelezenBegrip: Begrip = gelezen.begrip
    const begrip: Begrip =
      uitkomst.soort === 'geweigerd' && gelezenBegrip.soort === 'antwoord'
        ? { ...gelezenBegrip, vastgelegd: false }
        : gelezenBegrip
    const { gemeente } = eigen
    const { artikelVan } = vanGemeente(eigen)
    const t = teksten.t(taal.code, 'gesprek')
    const tb = teksten.t(taal.code, 'begrip')
    const profiel = profielWaarden(gemeente, taal.code, taal.richting)
    // The kind of message, once per kind per conversation, in the figures of its gemeente.
    await telEenKeer(eigen, id, telBericht(record, begrip.soort))

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
