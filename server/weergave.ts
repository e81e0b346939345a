/**
 * Turns the rules' outcome (keys) into the contract's JSON (texts in one language).
 * The rules decide; this only looks up words.
 */

import type { EvaluatieTekst, RedenTekst, UitkomstTekst } from '../contract/index.js'
import { datumZonderAfsluiting } from '../contract/waarden.js'
import type { Aandachtspunt, Evaluatie, Reden, Situatie } from '../rules/index.js'
import { type Gemeente, profielWaarden } from './gemeente.js'
import { STANDAARD_TAAL, type Vertaal } from './i18n.js'

export type { EvaluatieTekst, RedenTekst, UitkomstTekst }

/**
 * Where an article is published ("art. 8 lid 1" finds "art. 8"): the profile's own link, else the
 * rules model's.
 */
export function artikelLink(gemeente: Gemeente, artikel: string): string | undefined {
  // The articles are the rules' own few strings: each is looked up once per gemeente.
  let bekend = LINKS.get(gemeente)
  if (!bekend) {
    bekend = new Map()
    LINKS.set(gemeente, bekend)
  }
  if (bekend.has(artikel)) return bekend.get(artikel)
  const link = zoekArtikelLink(gemeente, artikel)
  if (bekend.size < 1000) bekend.set(artikel, link)
  return link
}

const LINKS = new WeakMap<Gemeente, Map<string, string | undefined>>()

function zoekArtikelLink(gemeente: Gemeente, artikel: string): string | undefined {
  const eigen = gemeente.verordening?.artikelLinks ?? {}
  const model = gemeente.regelmodel.data.artikelen
  const eerste = artikel.split(';')[0]?.trim() ?? ''
  const kort = eerste.match(/^(?:Pw )?art\. \w+/)?.[0]
  for (const sleutel of [eerste, kort]) {
    if (!sleutel) continue
    const link = eigen[sleutel] ?? model[sleutel]?.link
    if (link) return link
  }
  return undefined
}

/**
 * English as written in Europe ("1 July 2015", not "July 1, 2015"); Arabic with Western digits,
 * as the ages and amounts on the same screen.
 */
const DATUM_LOCALE: Readonly<Record<string, string>> = { en: 'en-GB', ar: 'ar-u-nu-latn' }

/** One formatter per locale, made on first use, and the last few hundred dates written: every answer shows two. */
const DATUM_FORMAAT = new Map<string, Intl.DateTimeFormat>()
const DATUM_TEKST = new Map<string, string>()

/** A `YYYY-MM-DD` date as people write it in a language ("1 juli 2015", "1 July 2015"). */
export function datumTekst(datum: string, taal: string): string {
  const locale = DATUM_LOCALE[taal] ?? taal
  const sleutel = `${locale} ${datum}`
  const bekend = DATUM_TEKST.get(sleutel)
  if (bekend !== undefined) return bekend
  let formaat = DATUM_FORMAAT.get(locale)
  if (!formaat) {
    formaat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    DATUM_FORMAAT.set(locale, formaat)
  }
  const tekst = datumZonderAfsluiting(formaat, new Date(`${datum}T00:00:00Z`))
  if (DATUM_TEKST.size >= 500) DATUM_TEKST.clear()
  DATUM_TEKST.set(sleutel, tekst)
  return tekst
}

/**
 * Where a text is: a reason, for the resident or written for an employer (about the candidate), a note for
 * the resident or for an employer, or a duty or right.
 */
export type TekstGroep = 'redenen' | 'redenenWerkgever' | 'aandachtspunten' | 'aandachtspuntenWerkgever' | 'rechten'

/**
 * The notes to show instead of all of the evaluation's (a dialogue's own), and where their texts are.
 * `redenen`: where the reasons are ("redenenWerkgever" for an employer: "De kandidaat is …").
 */
export interface Notities {
  readonly punten: readonly Aandachtspunt[]
  readonly groep: 'aandachtspunten' | 'aandachtspuntenWerkgever'
  readonly redenen?: 'redenen' | 'redenenWerkgever'
}

export interface Weergever {
  /** One reason or note in words, with the model's values of the evaluation's peildatum. */
  reden(r: Reden | Aandachtspunt, groep: TekstGroep, tekstwaarden: Evaluatie['tekstwaarden']): RedenTekst
  /** Only the `regels` part of `evaluatie` (a dialogue step shows the outcome only at the end). */
  regels(peildatum: string): EvaluatieTekst['regels']
  evaluatie(e: Evaluatie, notities?: Notities): EvaluatieTekst
}

/**
 * A renderer for one language, one gemeente and the facts of one person (for `{{leeftijd}}` and the like).
 * `taal` is the code of the language `t` speaks; it formats the dates in `regels.tekst`.
 */
export function maakWeergever(
  t: Vertaal,
  gemeente: Gemeente,
  situatie: Situatie,
  taal: string = STANDAARD_TAAL,
  richting: 'ltr' | 'rtl' = 'ltr',
): Weergever {
  /**
   * The values a text fills in: the model's parameters and articles on the day, the profile's (the
   * jongerenloket, the phone number) and the facts.
   */
  const profiel = profielWaarden(gemeente, taal, richting)
  const basisVan = (tekstwaarden: Evaluatie['tekstwaarden']) => ({ ...tekstwaarden, ...profiel, ...situatie })
  const reden = (r: Reden | Aandachtspunt, groep: TekstGroep, basis: Record<string, unknown>): RedenTekst => {
    const link = artikelLink(gemeente, r.artikel)
    const params = 'params' in r ? r.params : undefined
    // `basis` itself when there is nothing to add: t() copies its values, and remembers `basis` as checked.
    const waarden = params ? { ...basis, ...params } : basis
    const sleutel = `${groep}.${r.sleutel}`
    let uitleg = t(sleutel, waarden)
    // A reason not (yet) written for an employer reads as the resident's, rather than as its key.
    if (uitleg === sleutel && groep === 'redenenWerkgever') uitleg = t(`redenen.${r.sleutel}`, waarden)
    return { artikel: r.artikel, uitleg, ...(link ? { link } : {}) }
  }
  // The name, version and first day come from the gemeente's rules model.
  const regels = (peildatum: string): EvaluatieTekst['regels'] => {
    const { naam, versie, inwerkingtreding: geldigVanaf, id: model, gemeente: vanGemeente } = gemeente.regelmodel
    const { wijzigingen } = gemeente.regelmodel.opDatum(peildatum)
    const tekst = [
      t('regels.bron', { datum: datumTekst(geldigVanaf, taal), naam, versie }),
      t('regels.peildatum', {
        peildatum: datumTekst(peildatum, taal),
        gemeente: vanGemeente,
        jaar: geldigVanaf.slice(0, 4),
      }),
      // A day before the gemeente's own rules began: say so, instead of a sentence that contradicts itself.
      ...(geldigVanaf && peildatum < geldigVanaf
        ? [t('regels.voorBegin', { datum: datumTekst(geldigVanaf, taal) })]
        : []),
    ].join(' ')
    return {
      naam,
      versie,
      peildatum,
      geldigVanaf,
      model,
      wijzigingen: wijzigingen.map((w) => ({ datum: w.datum, omschrijving: w.omschrijving })),
      tekst,
    }
  }
  /** A voorziening's name; an employer's where it differs ("sickness cover for the employer", not "your"). */
  const naamVoor = (id: string, werkgever: boolean) => {
    const eigen = `voorzieningenWerkgever.${id}.naam`
    const tekst = werkgever ? t(eigen) : eigen
    return tekst === eigen ? t(`voorzieningen.${id}.naam`) : tekst
  }
  return {
    reden: (r, groep, tekstwaarden) => reden(r, groep, basisVan(tekstwaarden)),
    regels,
    evaluatie(e, notities) {
      const basis = basisVan(e.tekstwaarden)
      // The rules share one object per reason (the doelgroep's are in all twelve voorzieningen): within
      // one render, on the same facts, it always reads the same, so it is written once.
      const geschreven = new Map<Reden, RedenTekst>()
      const regel = (r: Reden) => {
        let tekst = geschreven.get(r)
        if (!tekst) {
          tekst = reden(r, notities?.redenen ?? 'redenen', basis)
          geschreven.set(r, tekst)
        }
        return tekst
      }
      return {
        doelgroep: {
          oordeel: e.doelgroep.oordeel,
          ...(e.doelgroep.verwijzing ? { verwijzing: e.doelgroep.verwijzing } : {}),
          redenen: e.doelgroep.redenen.map(regel),
          ...(e.doelgroep.regelsOnbekend ? { regelsOnbekend: true as const } : {}),
        },
        uitkomsten: e.uitkomsten.map((u) => ({
          voorziening: u.voorziening,
          naam: naamVoor(u.voorziening, notities?.redenen === 'redenenWerkgever'),
          oordeel: u.oordeel,
          redenen: u.redenen.map(regel),
          ontbrekend: [...u.ontbrekend],
          ...(u.regelsOnbekend ? { regelsOnbekend: true as const } : {}),
        })),
        aandachtspunten: (notities?.punten ?? e.aandachtspunten).map((a) =>
          // The amounts are the model's parameters on the peildatum (in `basis`): only words here.
          reden(a, notities?.groep ?? 'aandachtspunten', basis),
        ),
        // The duties and rights go with every outcome for a resident (an employer's dialogue has none).
        rechten: (notities?.groep === 'aandachtspuntenWerkgever' ? [] : e.rechten).map((a) =>
          reden(a, 'rechten', basis),
        ),
        regels: regels(e.regels.peildatum),
      }
    },
  }
}
