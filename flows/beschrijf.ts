/**
 * A step described without words: the open question, the answers, progress, the outcome, the notes
 * and the message keys (`contract/beschrijving.ts`). The server puts it into words and counts it
 * without asking flows/ again. It reads the weighing the machine made for the step (`Afweging`), so a
 * step evaluates the answers once; a conversation read again (a reload, another language) is weighed here.
 */
import { type Bericht, type StapGegevens, WELKOM, WELKOM_WERKGEVER } from '../contract/beschrijving.js'
import {
  type Onderwerp,
  type VraagDefinitie,
  voorzieningenVan,
  vraagMetId,
  WERKGEVER_VOORZIENINGEN,
} from '../contract/vragen.js'
import type { Evaluatie, Lezer } from '../rules/index.js'
import { type Bewaard, kanTerug, openVraag } from './bewaard.js'
import {
  type Afweging,
  beantwoordeVragen,
  evaluatieVan,
  type FlowsOmgeving,
  feitenUit,
  type GesprekContext,
  geschat,
  weeg,
} from './strategie.js'

/** After this many "Weet ik niet" answers, or going back this often, the route to a person is offered once. */
export const ROUTE_NA_WEET_NIET = 3
export const ROUTE_NA_TERUG = 6

/** The description of a step lives in the contract: the server reads it without importing flows/. */
export { type Bericht, type StapGegevens, WELKOM, WELKOM_WERKGEVER }

export type { Lezer }

function introVan(onderwerp: Onderwerp): Bericht {
  const soort = onderwerp === 'alles' || onderwerp === 'werkgever' ? onderwerp : 'voorziening'
  return { sleutel: `berichten.intro.${soort}`, soort: 'info', waarden: { onderwerp } }
}

/**
 * Outside the doelgroep (art. 2): the resident is told so, and sent on. An employer asks about a
 * candidate, not about themselves, so their dialogue says nothing of it.
 */
export function buitenDoelgroep(bewaard: Bewaard, evaluatie: Evaluatie): boolean {
  return evaluatie.doelgroep.oordeel === 'nee' && bewaard.context.onderwerp !== 'werkgever'
}

/** "Dit is wat misschien bij je past" above nothing of this dialogue that fits would say what is not there. */
function klaarSleutel(bewaard: Bewaard, evaluatie: Evaluatie): string {
  const getoond = new Set<string>(voorzieningenVan(bewaard.context.onderwerp))
  const pastIets = evaluatie.uitkomsten.some((u) => u.oordeel === 'mogelijk' && getoond.has(u.voorziening))
  return pastIets ? 'berichten.klaar' : 'berichten.klaarNietsPast'
}

function berichtenVoor(
  bewaard: Bewaard,
  evaluatie: Evaluatie,
  vorige?: { bewaard: Bewaard; evaluatie: () => Evaluatie },
): Bericht[] {
  const { context } = bewaard
  const gekozen = bewaard.staat !== 'kiesOnderwerp'
  const uit: Bericht[] = []
  // A dialogue that starts as an employer's says "u" from its first word.
  if (!vorige)
    uit.push({ sleutel: context.onderwerp === 'werkgever' && gekozen ? WELKOM_WERKGEVER : WELKOM, soort: 'welkom' })
  if (gekozen && (!vorige || vorige.bewaard.staat === 'kiesOnderwerp')) uit.push(introVan(context.onderwerp))
  const werdNee = buitenDoelgroep(bewaard, evaluatie) && vorige?.evaluatie().doelgroep.oordeel !== 'nee'
  if (gekozen && werdNee) {
    // A UWV client who may get beschut werk (Pw art. 10b from 2017) is not told the gemeente cannot help.
    const beschutWerk =
      evaluatie.doelgroep.verwijzing === 'uwv' &&
      evaluatie.uitkomsten.some((u) => u.voorziening === 'beschut-werk' && u.oordeel !== 'niet')
    uit.push(
      {
        sleutel: beschutWerk ? 'berichten.doelgroepNeeBeschutWerk' : 'berichten.doelgroepNee',
        soort: 'verwijzing',
      },
      {
        sleutel: beschutWerk
          ? 'berichten.verwijzing.uwvBeschutWerk'
          : `berichten.verwijzing.${evaluatie.doelgroep.verwijzing ?? 'andere-gemeente'}`,
        soort: 'verwijzing',
      },
    )
  }
  // Rules unknown (young people under 27 from 2026): said once, when it first decides the doelgroep.
  const werdRegelsOnbekend =
    evaluatie.doelgroep.regelsOnbekend &&
    !vorige?.evaluatie().doelgroep.regelsOnbekend &&
    context.onderwerp !== 'werkgever'
  if (gekozen && werdRegelsOnbekend) uit.push({ sleutel: 'berichten.regelsOnbekend', soort: 'verwijzing' })
  const was = vorige?.bewaard.context
  if (
    was &&
    ((context.weetNiet >= ROUTE_NA_WEET_NIET && was.weetNiet < ROUTE_NA_WEET_NIET) ||
      (context.terug >= ROUTE_NA_TERUG && was.terug < ROUTE_NA_TERUG))
  ) {
    uit.push({ sleutel: 'berichten.routeNaarMens', soort: 'mens' })
  }
  if (bewaard.staat === 'uitkomst' && vorige?.bewaard.staat !== 'uitkomst') {
    uit.push({
      sleutel: context.onderwerp === 'werkgever' ? 'berichten.klaarWerkgever' : klaarSleutel(bewaard, evaluatie),
      soort: 'klaar',
    })
  }
  return uit
}

/**
 * At an employer's outcome: the package of the gemeente and UWV, one line per voorziening that
 * may fit the candidate (shown again on a resume, as the outcome is).
 */
function aanbodVoorWerkgever(evaluatie: Evaluatie): Bericht[] {
  const open = new Set(evaluatie.uitkomsten.filter((u) => u.oordeel !== 'niet').map((u) => u.voorziening))
  const aanbod = WERKGEVER_VOORZIENINGEN.filter((v) => open.has(v))
  return aanbod.length === 0
    ? []
    : [
        { sleutel: 'werkgever.aanbod', soort: 'info' },
        ...aanbod.map((v): Bericht => ({ sleutel: `werkgever.${v}`, soort: 'info' })),
      ]
}

/** The wording of a question for the facts so far, when it has another than the usual one. */
function variantVan(vraag: VraagDefinitie, context: GesprekContext): { vraagVariant?: string } {
  const variant = vraag.variant?.(feitenUit(context.antwoorden))
  return variant ? { vraagVariant: variant } : {}
}

/**
 * Describes a step without words. With `vorige`, the messages are those of this step; without, those
 * for a resume. `afweging` is what the machine weighed for this state; without it, it is weighed here.
 */
export function beschrijf(
  bewaard: Bewaard,
  vorige: Bewaard | undefined,
  omgeving: FlowsOmgeving,
  afweging: Afweging = weeg(bewaard.context, omgeving.model),
): StapGegevens {
  const { context } = bewaard
  const { model } = omgeving
  const { evaluatie } = afweging
  const open = openVraag(bewaard)
  // The previous evaluation only matters when the doelgroep is now "nee" or its rules unknown: evaluated only then.
  const vorigeGegevens = vorige && { bewaard: vorige, evaluatie: () => evaluatieVan(vorige.context, model) }
  const vraag = open ? vraagMetId(open) : undefined
  const geschatAantal = bewaard.staat === 'kiesOnderwerp' ? 1 : geschat(context, model, afweging)
  const beantwoord = beantwoordeVragen(context)
  const lezer: Lezer = context.onderwerp === 'werkgever' ? 'werkgever' : 'inwoner'
  // The notes for this reader: the model says which are written for an employer (`lezers`).
  const { aandachtspunten } = afweging.aandacht
  return {
    ...(vraag ? { vraag } : {}),
    antwoorden: context.antwoorden,
    voortgang: {
      beantwoord,
      geschat: Math.max(geschatAantal, beantwoord + (open ? 1 : 0)),
    },
    kanTerug: kanTerug(bewaard),
    klaar: bewaard.staat === 'uitkomst',
    evaluatie,
    aandachtspunten,
    rechten: lezer === 'werkgever' ? [] : evaluatie.rechten,
    ...(vraag?.variant ? variantVan(vraag, context) : {}),
    lezer,
    buitenDoelgroep: buitenDoelgroep(bewaard, evaluatie),
    berichten: [
      ...berichtenVoor(bewaard, evaluatie, vorigeGegevens),
      ...(bewaard.staat === 'uitkomst' && lezer === 'werkgever' ? aanbodVoorWerkgever(evaluatie) : []),
    ],
  }
}
