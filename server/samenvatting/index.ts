/**
 * The summary a resident takes to the consulent meeting, in the conversation's language.
 * It reads the outcome that `evaluate` gave for the facts of the conversation; it never re-decides it.
 */

import type { Samenvatting } from '../../contract/samenvatting.js'
import { beschrijf, feiten, type Lezer, telendeAntwoorden, voorzieningenVan } from '../../flows/index.js'
import koppeling from '../../locales/voorzieningen-begrippen.json' with { type: 'json' }
import type { Oordeel, VoorzieningId } from '../../rules/index.js'
import type { Omgeving } from '../context.js'
import { profielWaarden } from '../gemeente.js'
import type { Vertaal } from '../i18n.js'
import { maakStapWeergave } from '../stap.js'
import type { GesprekRecord } from '../store/types.js'
import { artikelLink, datumTekst, maakWeergever } from '../weergave.js'
import { type GelezenUitkomst, meenemen, meenemenWerkgever, vragenVoorConsulent } from './kies.js'

const BEGRIPPEN_PER_VOORZIENING = koppeling as Readonly<Record<string, readonly string[]>>
/** Words every summary uses ("de consulent", "het college beslist"). */
const ALTIJD_UITGELEGD = ['consulent', 'college'] as const

/**
 * The summary's words for its reader: an employer reads `werkgever.<key>` where it is written ("uw
 * gesprek met de gemeente", "Wat kan het voor u betekenen?"), the resident's words where nothing differs.
 */
export function voorLezer(t: Vertaal, lezer: Lezer): Vertaal {
  if (lezer !== 'werkgever') return t
  return (sleutel, waarden) => {
    const eigen = `werkgever.${sleutel}`
    const tekst = t(eigen, waarden)
    return tekst === eigen ? t(sleutel, waarden) : tekst
  }
}

/** Builds summaries for one app (gemeente, texts, today). */
export function maakSamenvatter(omgeving: Omgeving) {
  const { teksten, gemeente } = omgeving
  const stapTekst = maakStapWeergave(omgeving)

  return function samenvatting(record: GesprekRecord): Samenvatting {
    const taal = teksten.taal(record.taal)
    const lezer: Lezer =
      record.bewaard.staat !== 'kiesOnderwerp' && record.bewaard.context.onderwerp === 'werkgever'
        ? 'werkgever'
        : 'inwoner'
    const werkgever = lezer === 'werkgever'
    const t = voorLezer(teksten.t(taal.code, 'samenvatting'), lezer)
    const r = teksten.t(taal.code, 'regels')
    const g = teksten.t(taal.code, 'gesprek')
    const profiel = profielWaarden(gemeente, taal.code, taal.richting)
    const b = teksten.t(taal.code, 'begrippen')
    const gegevens = beschrijf(record.bewaard, undefined, { model: gemeente.regelmodel })
    const situatie = feiten(record.bewaard)
    const telt = new Set(telendeAntwoorden(record.bewaard.context, gemeente.regelmodel).map((a) => a.vraag))
    const evaluatie = gegevens.evaluatie
    // The model's values on the peildatum (`{{kinderopvangTot}}`), with the profile's.
    const waarden = { ...evaluatie.tekstwaarden, ...profiel }
    // The notes, and the consulent questions they lead to, are the dialogue's own (flows chooses them).
    const weergave = maakWeergever(r, gemeente, situatie, taal.code, taal.richting).evaluatie(evaluatie, {
      punten: gegevens.aandachtspunten,
      groep: werkgever ? 'aandachtspuntenWerkgever' : 'aandachtspunten',
      redenen: werkgever ? 'redenenWerkgever' : 'redenen',
    })
    const stap = stapTekst(record, gegevens)
    const onderwerp = record.bewaard.staat === 'kiesOnderwerp' ? 'alles' : record.bewaard.context.onderwerp
    // A conversation about one voorziening shows that one; "alles" shows all twelve.
    const getoond = new Set<VoorzieningId>(voorzieningenVan(onderwerp))

    const uitkomsten = evaluatie.uitkomsten
      .map((u, i) => ({ ruw: u, tekst: weergave.uitkomsten[i] }))
      .filter((u) => getoond.has(u.ruw.voorziening))
    const artikel = (id: VoorzieningId) => gemeente.regelmodel.data.voorzieningen[id].artikel
    const metOordeel = (oordeel: Oordeel) => uitkomsten.filter((u) => u.ruw.oordeel === oordeel)

    const passend = metOordeel('mogelijk').map(({ ruw, tekst }) => {
      const link = artikelLink(gemeente, artikel(ruw.voorziening))
      // The doelgroep sentence is shown once, above; here only what makes this one fit.
      const eigen = ruw.redenen.flatMap((reden, i) =>
        reden.conditie === 'doelgroep' ? [] : [tekst?.redenen[i]?.uitleg ?? ''],
      )
      return {
        voorziening: ruw.voorziening,
        naam: tekst?.naam ?? ruw.voorziening,
        artikel: artikel(ruw.voorziening),
        ...(link ? { link } : {}),
        uitleg: eigen.filter(Boolean).join(' '),
        betekenis: t(`betekenis.${ruw.voorziening}`, waarden),
      }
    })

    const open = metOordeel('onbekend').map(({ ruw, tekst }) => ({
      voorziening: ruw.voorziening,
      naam: tekst?.naam ?? ruw.voorziening,
      artikel: artikel(ruw.voorziening),
      vragen: ruw.ontbrekend.map((feit) => ({ feit, tekst: g(`vragen.${feit}.tekst`, waarden) })),
    }))

    const nietPassend = metOordeel('niet').map(({ ruw, tekst }) => ({
      voorziening: ruw.voorziening,
      naam: tekst?.naam ?? ruw.voorziening,
      artikel: tekst?.redenen[0]?.artikel ?? artikel(ruw.voorziening),
      reden: tekst?.redenen[0]?.uitleg ?? '',
    }))

    const uitslag: GelezenUitkomst = {
      doelgroep: evaluatie.doelgroep.oordeel,
      oordelen: Object.fromEntries(uitkomsten.map((u) => [u.ruw.voorziening, u.ruw.oordeel])),
      aandachtspunten: gegevens.aandachtspunten.map((a) => a.sleutel),
      feiten: situatie,
    }

    // An employer talks with the gemeente, not with a consulent: "consulent" needs no explaining there.
    const begripSleutels = [
      ...new Set([
        ...[...passend, ...open].flatMap((v) => BEGRIPPEN_PER_VOORZIENING[v.voorziening] ?? []),
        ...ALTIJD_UITGELEGD.filter((b) => !werkgever || b !== 'consulent'),
      ]),
    ]
    /** A term as its reader reads it: for an employer "geld voor u als werkgever", not "voor je werkgever". */
    const begrip = (sleutel: string, deel: 'naam' | 'uitleg') => {
      const eigen = `begrippenWerkgever.${sleutel}.${deel}`
      const tekst = werkgever ? r(eigen) : eigen
      return tekst === eigen ? b(`${sleutel}.${deel}`) : tekst
    }

    const contact = gemeente.contact
    const volgendeStappen = [
      t('volgendeStappen.bellen', { organisatie: contact.organisatie, telefoon: contact.telefoon }),
      t('volgendeStappen.open', { openingstijden: profiel.openingstijden }),
      t('volgendeStappen.website', { website: contact.website }),
      t('volgendeStappen.mailen', { email: contact.email }),
      ...(contact.livechat ? [t('volgendeStappen.chat', { livechat: contact.livechat })] : []),
      t('volgendeStappen.meenemen'),
    ]

    const verwijzing = evaluatie.doelgroep.verwijzing
    const datum = omgeving.vandaag()
    return {
      gesprek: record.id,
      lezer,
      taal: taal.code,
      richting: taal.richting,
      titel: t('pagina.titel'),
      datum,
      klaar: gegevens.klaar,
      doelgroep: {
        oordeel: evaluatie.doelgroep.oordeel,
        tekst: r(`${werkgever ? 'doelgroepWerkgever' : 'doelgroep'}.${evaluatie.doelgroep.oordeel}`),
        ...(verwijzing
          ? { verwijzing: r(`${werkgever ? 'verwijzingenWerkgever' : 'verwijzingen'}.${verwijzing}`, profiel) }
          : {}),
      },
      // Only what the outcome rests on now: an answer that stopped mattering after a change (a school
      // question asked at 16, the age now 61) may be out of date, and the consulent would read it as
      // a fact. It stays in the conversation (the widget lists it, she can change it) but not here.
      antwoorden: stap.antwoorden
        .filter((a) => a.feit !== undefined && telt.has(a.vraag))
        .map((a) => ({ vraag: a.vraag, tekst: a.tekst, label: a.label })),
      passend,
      open,
      nietPassend,
      aandachtspunten: weergave.aandachtspunten,
      rechten: weergave.rechten,
      vragenVoorConsulent: vragenVoorConsulent(uitslag).map((sleutel) => ({
        sleutel,
        tekst: t(`vragen.${sleutel}`, waarden),
      })),
      // An employer brings what is about the job and the company, not the candidate's papers.
      meenemen: (werkgever ? meenemenWerkgever() : meenemen(uitslag)).map((sleutel) => ({
        sleutel,
        tekst: t(`meenemen.${sleutel}`),
      })),
      begrippen: begripSleutels
        .filter((sleutel) => b(`${sleutel}.naam`) !== `${sleutel}.naam`)
        .map((sleutel) => ({ naam: begrip(sleutel, 'naam'), uitleg: begrip(sleutel, 'uitleg') })),
      volgendeStappen,
      contact: {
        organisatie: contact.organisatie,
        telefoon: contact.telefoon,
        website: contact.website,
        email: contact.email,
        adres: contact.adres,
        openingstijden: profiel.openingstijden,
        ...(contact.livechat ? { livechat: contact.livechat } : {}),
      },
      ...(record.notities ? { eigenNotities: record.notities } : {}),
      regels: weergave.regels,
      // The rules' own sentence: name, version, the day they took effect and the peildatum.
      bron:
        weergave.regels.tekst ??
        r('regels.bron', {
          datum: datumTekst(weergave.regels.peildatum, taal.code),
          naam: weergave.regels.naam,
          versie: weergave.regels.versie,
        }),
      beslissing: r('regels.beslissing'),
    }
  }
}

export type Samenvatter = ReturnType<typeof maakSamenvatter>
