/**
 * Renders a step of the dialogue (the contract's Stap) in the conversation's language.
 * The flows describe the step in keys (`contract/beschrijving.ts`); this only chooses words.
 */
import type { Bericht, StapGegevens } from '../contract/beschrijving.js'
import type { Stap } from '../contract/index.js'
import { type Antwoord, type VraagDefinitie, vraagMetId } from '../contract/vragen.js'
import type { Omgeving } from './context.js'
import { type ProfielWaarden, profielWaarden } from './gemeente.js'
import { STANDAARD_TAAL } from './i18n.js'
import type { GesprekRecord } from './store/types.js'
import { maakWeergever } from './weergave.js'

export function maakStapWeergave(omgeving: Omgeving) {
  const { teksten, gemeente } = omgeving
  function vraagTekst(
    t: (k: string, w?: Record<string, unknown>) => string,
    vraag: VraagDefinitie,
    werkgever: boolean,
    profiel: ProfielWaarden & Readonly<Record<string, string | number>>,
    variant?: string,
  ) {
    const basis = `vragen.${vraag.id}`
    if (werkgever && t(`${basis}.werkgever`, profiel) !== `${basis}.werkgever`) return t(`${basis}.werkgever`, profiel)
    return t(`${basis}.${variant ?? 'tekst'}`, profiel)
  }

  /** "Ben je echt {{waarde}} jaar?": the resident's words, or the employer's about the candidate. */
  function bevestigTekst(
    t: (k: string, w?: Record<string, unknown>) => string,
    vraag: VraagDefinitie,
    werkgever: boolean,
    profiel: ProfielWaarden,
  ) {
    const sleutel = `vragen.${vraag.id}.${werkgever ? 'bevestigWerkgever' : 'bevestig'}`
    // {{waarde}} stays a place for the client to fill.
    return t(sleutel, { ...profiel, waarde: '{{waarde}}' })
  }

  function antwoordLabel(
    t: (k: string, w?: Record<string, unknown>) => string,
    vraag: VraagDefinitie,
    waarde: Antwoord['waarde'],
  ) {
    const keuze = vraag.keuzes.find((k) => k.waarde === waarde)
    if (keuze) return t(`keuzes.${keuze.label}`)
    const sleutel = `vragen.${vraag.id}.antwoord`
    const tekst = t(sleutel, { waarde })
    return tekst === sleutel ? String(waarde) : tekst
  }

  return function stapTekst(record: GesprekRecord, gegevens: StapGegevens): Stap {
    const taal = teksten.taal(record.taal)
    const t = teksten.t(taal.code, 'gesprek')
    // The profile's values and the rules model's on the conversation's peildatum (`{{jongerenTot}}`).
    const profiel = { ...gegevens.evaluatie.tekstwaarden, ...profielWaarden(gemeente, taal.code, taal.richting) }
    const onderwerp = record.bewaard.staat === 'kiesOnderwerp' ? undefined : record.bewaard.context.onderwerp
    const werkgever = onderwerp === 'werkgever'
    const regelsT = teksten.t(taal.code, 'regels')
    const weergever = maakWeergever(regelsT, gemeente, {}, taal.code, taal.richting)
    // The outcome's texts only where the Stap shows them (at the end): rendering every reason on
    // every step was the largest cost of a step.
    const notities = {
      punten: gegevens.aandachtspunten,
      groep: gegevens.lezer === 'werkgever' ? 'aandachtspuntenWerkgever' : 'aandachtspunten',
      redenen: gegevens.lezer === 'werkgever' ? 'redenenWerkgever' : 'redenen',
    } as const
    const weergave = gegevens.klaar ? weergever.evaluatie(gegevens.evaluatie, notities) : undefined
    const naam = onderwerp && onderwerp !== 'alles' && !werkgever ? regelsT(`voorzieningen.${onderwerp}.naam`) : ''
    // A translated screen says once, right after the welcome, that the Dutch text counts,
    // that the consulent speaks Dutch, and (where the gemeente offers one) how to ask for an interpreter.
    // An employer is told that the gemeente's staff speak Dutch (not "your consulent"), and no interpreter.
    const taalNotitie: Bericht[] = (
      taal.code === STANDAARD_TAAL
        ? []
        : werkgever
          ? ['berichten.taalNotitieWerkgever']
          : gemeente.tolk
            ? ['berichten.taalNotitie', 'berichten.tolk']
            : ['berichten.taalNotitie']
    ).map((sleutel): Bericht => ({ sleutel, soort: 'info' }))
    // "Nothing fits" is chosen by flows/ (berichten.klaarNietsPast); the renderer only puts it into words.
    const berichten = gegevens.berichten
      .flatMap((b) => (b.soort === 'welkom' ? [b, ...taalNotitie] : [b]))
      .map((b: Bericht) => ({ tekst: t(b.sleutel, { ...profiel, naam, ...b.waarden }), soort: b.soort }))
    const vraag = gegevens.vraag
    return {
      gesprek: record.id,
      taal: taal.code,
      richting: taal.richting,
      ...(onderwerp ? { onderwerp } : {}),
      berichten,
      ...(vraag
        ? {
            vraag: {
              id: vraag.id,
              ...(vraag.feit ? { feit: vraag.feit } : {}),
              tekst: vraagTekst(t, vraag, werkgever, profiel, gegevens.vraagVariant),
              hulp: t(`vragen.${vraag.id}.hulp`, profiel),
              soort: vraag.soort,
              keuzes: vraag.keuzes.map((k) => ({ waarde: k.waarde, label: t(`keuzes.${k.label}`) })),
              ...(vraag.soort === 'getal'
                ? { label: t(`vragen.${vraag.id}.label`), min: vraag.min, max: vraag.max }
                : {}),
              ...(vraag.bevestig
                ? { bevestig: { ...vraag.bevestig, tekst: bevestigTekst(t, vraag, werkgever, profiel) } }
                : {}),
            },
          }
        : {}),
      ...(weergave
        ? {
            uitkomsten: weergave.uitkomsten,
            doelgroep: weergave.doelgroep,
            aandachtspunten: weergave.aandachtspunten,
            ...(weergave.rechten.length ? { rechten: weergave.rechten } : {}),
          }
        : {}),
      antwoorden: gegevens.antwoorden.flatMap((a) => {
        const def = vraagMetId(a.vraag)
        if (!def) return []
        return [
          {
            vraag: a.vraag,
            ...(def.feit ? { feit: def.feit } : {}),
            tekst: vraagTekst(t, def, werkgever, profiel),
            waarde: a.waarde,
            label: antwoordLabel(t, def, a.waarde),
          },
        ]
      }),
      voortgang: gegevens.voortgang,
      regels: weergave?.regels ?? weergever.regels(gegevens.evaluatie.regels.peildatum),
      kanTerug: gegevens.kanTerug,
      klaar: gegevens.klaar,
    }
  }
}
