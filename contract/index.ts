/**
 * The public contract in one place: the zod schemas of what the API takes and gives (Situatie,
 * Stap, answers, outcomes, problems). They are the single source of the types, of request
 * validation and of the OpenAPI document (each `meta({ id })` is a component there). Server and
 * flows import from here; the widget imports only types. Field names are those of the contract.
 */
import { z } from 'zod'
import { SituatieSchema, VOORZIENINGEN } from '../rules/index.js'
import {
  ACTIES,
  BEGRIP_SOORTEN,
  BERICHT_SOORTEN,
  DOELGROEP_OORDELEN,
  FEEDBACK_ANTWOORDEN,
  FEEDBACK_REDENEN,
  MAX_BERICHT_GROEI,
  MAX_BERICHT_TEKENS,
  MAX_NOTITIES,
  ONDERWERPEN,
  OORDELEN,
  RICHTINGEN,
  VERWIJZINGEN,
  VRAAG_SOORTEN,
  type VraagSoort,
} from './waarden.js'

export * from './gemeente.js'
export * from './statistieken.js'
export * from './waarden.js'
export { SituatieSchema }
export type { Situatie } from '../rules/index.js'

/** The value of an answer or a choice; `null` is "Weet ik niet" (or "Geen kinderen"). */
export const WaardeSchema = z.union([z.boolean(), z.number(), z.string().max(64), z.null()]).meta({ id: 'Waarde' })
export type Waarde = z.infer<typeof WaardeSchema>

export const ProbleemSchema = z
  .object({
    type: z.string().optional(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          in: z.enum(['body', 'query', 'path', 'header']),
          location: z.union([z.object({ pointer: z.string() }), z.object({ name: z.string() })]),
          code: z.string(),
          detail: z.string(),
        }),
      )
      .optional(),
    /** With a 409 about a conversation: its current Stap, so a client can show where it really is. */
    stap: z
      .looseObject({})
      .optional()
      .meta({ description: 'Bij 409 over een gesprek: de Stap zoals het gesprek nu is.' }),
  })
  .meta({ id: 'Probleem' })
export type Probleem = z.infer<typeof ProbleemSchema>

export const RedenSchema = z
  .object({ artikel: z.string(), uitleg: z.string(), link: z.url().optional() })
  .meta({ id: 'Reden' })

export const VoorzieningIdSchema = z.enum(VOORZIENINGEN).meta({ id: 'VoorzieningId' })

export const UitkomstSchema = z
  .object({
    voorziening: VoorzieningIdSchema,
    naam: z.string(),
    oordeel: z.enum(OORDELEN),
    redenen: z.array(RedenSchema),
    ontbrekend: z.array(z.string()),
    regelsOnbekend: z.literal(true).optional().meta({
      description:
        'Onbekend alleen omdat de gemeente hier eigen regels heeft die Werkwijzer niet kent (jongeren onder 27 vanaf 2026, Pw art. 7a): geen feit beslist het, ontbrekend is leeg en de redenen zeggen wie het weet.',
    }),
  })
  .meta({ id: 'Uitkomst' })

export const RegelsSchema = z
  .object({
    naam: z.string(),
    versie: z.string(),
    peildatum: z.iso.date(),
    geldigVanaf: z.iso.date().optional().meta({ description: 'De dag waarop de regels van de gemeente ingingen.' }),
    model: z.string().optional().meta({
      description:
        'Het id van het regelmodel (bijvoorbeeld assen-2015, of het eigen model van de gemeente dat het erft).',
      example: 'assen-2015',
    }),
    wijzigingen: z
      .array(z.object({ datum: z.iso.date(), omschrijving: z.string() }))
      .optional()
      .meta({
        description:
          'De wijzigingen van de wet die het antwoord toepaste, met hun datum (in het Nederlands, voor de consulent).',
      }),
    tekst: z.string().optional().meta({
      description: 'Dezelfde gegevens als zin, in de taal van het antwoord.',
      example:
        'Volgens de Re-integratieverordening Participatiewet, versie 2015. We keken naar de regels zoals ze gelden op 22 november 2026.',
    }),
  })
  .meta({ id: 'Regels' })

export const DoelgroepSchema = z.object({
  oordeel: z.enum(DOELGROEP_OORDELEN),
  verwijzing: z.enum(VERWIJZINGEN).optional(),
  redenen: z.array(RedenSchema),
  regelsOnbekend: z.literal(true).optional(),
})

export const EvaluatieSchema = z
  .object({
    doelgroep: DoelgroepSchema,
    uitkomsten: z.array(UitkomstSchema),
    aandachtspunten: z.array(RedenSchema),
    rechten: z
      .array(RedenSchema)
      .meta({ description: 'Plichten en rechten bij elke uitkomst: meedoen, zelf aanvragen, een besluit, bezwaar.' }),
    regels: RegelsSchema,
  })
  .meta({ id: 'Evaluatie' })

export type RedenTekst = z.infer<typeof RedenSchema>
export type UitkomstTekst = z.infer<typeof UitkomstSchema>
export type EvaluatieTekst = z.infer<typeof EvaluatieSchema>

export const BerichtSchema = z
  .object({
    tekst: z.string(),
    soort: z
      .enum(BERICHT_SOORTEN)
      .meta({ description: 'Wat het bericht is: zo hoeft een client de tekst niet te lezen.' }),
    reactie: z.boolean().optional().meta({
      description: 'true: een antwoord op een getypt bericht (POST …/berichten), niet een bericht van de stap zelf.',
    }),
  })
  .meta({ id: 'Bericht' })
export type Bericht = z.infer<typeof BerichtSchema>

/** One step of a conversation, in the conversation's language (contract, "A Stap"). */
export const StapSchema = z
  .object({
    gesprek: z.string(),
    taal: z.string(),
    richting: z.enum(RICHTINGEN),
    onderwerp: z.enum(ONDERWERPEN).optional(),
    berichten: z.array(BerichtSchema),
    vraag: z
      .object({
        id: z.string(),
        feit: z.string().optional(),
        tekst: z.string(),
        hulp: z.string(),
        soort: z.enum(VRAAG_SOORTEN),
        keuzes: z.array(z.object({ waarde: WaardeSchema, label: z.string() })),
        label: z.string().optional(),
        min: z.number().int().optional(),
        max: z.number().int().optional(),
        bevestig: z.object({ min: z.number().int(), max: z.number().int(), tekst: z.string() }).optional().meta({
          description:
            'Een getal buiten min tot en met max is zelden bedoeld (een leeftijd van 3): vraag eerst of het klopt. `tekst` heeft de plek {{waarde}}.',
        }),
      })
      .optional(),
    uitkomsten: z.array(UitkomstSchema).optional(),
    doelgroep: DoelgroepSchema.optional(),
    aandachtspunten: z.array(RedenSchema).optional(),
    rechten: z.array(RedenSchema).optional(),
    antwoorden: z.array(
      z.object({
        vraag: z.string(),
        feit: z.string().optional(),
        tekst: z.string(),
        waarde: WaardeSchema,
        label: z.string(),
      }),
    ),
    voortgang: z.object({ beantwoord: z.number().int(), geschat: z.number().int() }),
    regels: RegelsSchema,
    kanTerug: z.boolean(),
    klaar: z.boolean(),
  })
  .meta({ id: 'Stap' })
export type Stap = z.infer<typeof StapSchema>

/**
 * Which gemeente a request is for, in an installation that serves several (`GEMEENTEN`): the id of its
 * profile (`voorbeeldstad`). Without it, the installation's first gemeente is meant. An id the
 * installation does not have is a 400 that names the ones it has.
 */
export const GemeenteIdSchema = z.string().max(64).meta({
  id: 'GemeenteId',
  description:
    'De gemeente, als één installatie er meer heeft: het id van haar profiel. Zonder: de eerste gemeente van de installatie.',
  example: 'voorbeeldstad',
})

export const StartSchema = z
  .object({
    taal: z.string().max(10).optional(),
    onderwerp: z.enum(ONDERWERPEN).optional(),
    gemeente: GemeenteIdSchema.optional(),
  })
  .strict()
  .meta({ id: 'GesprekStart' })

/** `waarde` is checked against the question by the dialogue (flows), which knows its kind and bounds. */
export const AntwoordSchema = z
  .object({ vraag: z.string().max(64), waarde: WaardeSchema })
  .strict()
  .meta({ id: 'AntwoordVerzoek' })

export const WijzigSchema = z.object({ waarde: WaardeSchema }).strict().meta({ id: 'WijzigVerzoek' })

/**
 * `POST …/berichten`: a typed message. At most `MAX_BERICHT_TEKENS` characters, also once normalised
 * (NFKC turns one "ﷺ" into 18 letters), and a text may not grow more than `MAX_BERICHT_GROEI` times as
 * long by normalising: what is read costs what its length says.
 */
export const BerichtVerzoekSchema = z
  .object({
    tekst: z
      .string()
      .min(1)
      .max(MAX_BERICHT_TEKENS)
      .superRefine((tekst, ctx) => {
        const fout = teLang(tekst)
        if (fout === 'tekens')
          ctx.addIssue({ code: 'custom', message: 'tekstTeLang', params: { max: MAX_BERICHT_TEKENS } })
        if (fout === 'groei')
          ctx.addIssue({ code: 'custom', message: 'tekstGroeit', params: { keer: MAX_BERICHT_GROEI } })
      })
      .meta({
        example: 'ik ben 34',
        description: `Hoogstens ${MAX_BERICHT_TEKENS} tekens, ook na NFKC-normalisatie; de tekst mag daarbij niet meer dan ${MAX_BERICHT_GROEI} keer zo lang worden.`,
      }),
  })
  .strict()
  .meta({ id: 'BerichtVerzoek' })

/** Why a typed text is not read: too long once normalised, or it grew too much by normalising. */
export function teLang(tekst: string): 'tekens' | 'groei' | undefined {
  const tekens = (s: string) => {
    let n = 0
    for (const _ of s) n++
    return n
  }
  const na = tekens(tekst.normalize('NFKC'))
  if (na > MAX_BERICHT_TEKENS) return 'tekens'
  if (na > MAX_BERICHT_GROEI * Math.max(tekens(tekst), 1)) return 'groei'
  return undefined
}

/** What a typed message was understood as (`POST …/berichten`), beside the Stap. */
export const BegripSchema = z
  .object({
    soort: z.enum(BEGRIP_SOORTEN),
    vraag: z.string().optional(),
    waarde: WaardeSchema.optional(),
    vastgelegd: z.boolean().optional(),
    label: z.string().optional(),
    begrip: z.string().optional(),
    onderwerp: z.enum(ONDERWERPEN).optional(),
    over: z.string().optional(),
    /** The buttons that go with it: confirming a proposal, or going to the onderwerp offered. */
    keuzes: z.array(z.object({ waarde: WaardeSchema, label: z.string() })).optional(),
  })
  .meta({ id: 'Begrip' })
export type Begrip = z.infer<typeof BegripSchema>

export const BerichtStapSchema = StapSchema.extend({ begrip: BegripSchema }).meta({ id: 'BerichtStap' })
export type BerichtStap = z.infer<typeof BerichtStapSchema>

/** A language of the texts: its code, its own name, and its writing direction. */
export const TaalSchema = z.object({ code: z.string(), naam: z.string(), richting: z.enum(RICHTINGEN) })
export type Taal = z.infer<typeof TaalSchema>

/**
 * `GET /api/v1/teksten/{taal}`: every word the widget shows in one language, with what an employer
 * reads instead where it differs (`uitlegWerkgever`, `werkgever`), and the bounds a number is confirmed
 * outside of (`bevestig`). `widget` holds the widget's own words (`locales/<taal>/widget.json`).
 */
export const WidgetTekstenSchema = z
  .object({
    taal: z.string(),
    richting: z.enum(RICHTINGEN),
    talen: z.array(TaalSchema),
    widget: z.record(z.string(), z.unknown()),
    begrippen: z.record(
      z.string(),
      z.object({
        naam: z.string(),
        uitleg: z.string(),
        /** The term as an employer reads it ("geld voor u als werkgever"), where it differs. */
        werkgever: z.object({ naam: z.string(), uitleg: z.string() }).optional(),
      }),
    ),
    voorzieningen: z.record(
      z.string(),
      z.object({ uitleg: z.string(), uitlegWerkgever: z.string().optional(), begrippen: z.array(z.string()) }),
    ),
    werkgever: z.array(z.string()),
    vragen: z.record(
      z.string(),
      z.object({
        tekst: z.string(),
        soort: z.enum(['keuze', 'getal'] as const satisfies readonly VraagSoort[]),
        keuzes: z.array(z.object({ waarde: WaardeSchema, label: z.string() })),
        /** The question as an employer reads it, about the candidate. */
        werkgever: z.string().optional(),
        label: z.string().optional(),
        min: z.number().int().optional(),
        max: z.number().int().optional(),
        bevestig: z.object({ min: z.number().int(), max: z.number().int(), tekst: z.string() }).optional(),
      }),
    ),
  })
  .meta({ id: 'WidgetTeksten' })
export type WidgetTeksten = z.infer<typeof WidgetTekstenSchema>

/** The words of one question as the widget shows them, from a Stap or from the texts. */
export type VraagVorm = Omit<NonNullable<Stap['vraag']>, 'id' | 'feit' | 'hulp'> & {
  /** The question as an employer reads it, about the candidate. */
  werkgever?: string
}

/** `PATCH /api/v1/gesprekken/{id}`: the conversation's language. */
export const TaalVerzoekSchema = z
  .object({ taal: z.string().max(10) })
  .strict()
  .meta({ id: 'GesprekTaal' })

function bestaandeDatum(waarde: string): boolean {
  const datum = new Date(`${waarde}T00:00:00Z`)
  return !Number.isNaN(datum.getTime()) && datum.toISOString().slice(0, 10) === waarde
}

/**
 * A `YYYY-MM-DD` date. Whether the rules answer for it depends on the gemeente's model (its
 * `peildata`, in `GET /api/v1/gemeente`): the route checks that, with the same kind of error.
 */
export const PeildatumSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(bestaandeDatum, { message: 'datum' })
  .meta({
    example: '2026-11-23',
    description: 'Binnen de peildata van het regelmodel van de gemeente (regelmodel.peildata in GET /api/v1/gemeente).',
  })

/** `POST /api/v1/checks`: a situation, and optionally the day and the gemeente. */
export const CheckVerzoekSchema = z
  .object({
    situatie: SituatieSchema,
    peildatum: PeildatumSchema.optional(),
    gemeente: GemeenteIdSchema.optional(),
  })
  .strict()
  .meta({ id: 'CheckVerzoek' })

/** One voorziening of `GET /api/v1/voorzieningen`. */
export const VoorzieningSchema = z
  .object({
    id: VoorzieningIdSchema,
    naam: z.string(),
    uitleg: z.string(),
    artikel: z.string(),
    link: z.url().optional(),
  })
  .meta({ id: 'Voorziening' })

export const VoorzieningenSchema = z.object({ voorzieningen: z.array(VoorzieningSchema) })

/** `POST /api/v1/gesprekken/{id}/feedback`: "Klopt dit voor jou?", once, after the outcome. */
export const FeedbackVerzoekSchema = z
  .object({
    antwoord: z.enum(FEEDBACK_ANTWOORDEN),
    reden: z
      .enum(FEEDBACK_REDENEN)
      .optional()
      .meta({ description: 'Alleen bij "nee": waarom niet, uit een vaste lijst (geen vrije tekst).' }),
  })
  .strict()
  .refine((v) => v.reden === undefined || v.antwoord === 'nee', {
    path: ['reden'],
    message: 'Een reden hoort alleen bij "nee".',
  })
  .meta({ id: 'FeedbackVerzoek' })
export type FeedbackVerzoek = z.infer<typeof FeedbackVerzoekSchema>

/** `POST /api/v1/gesprekken/{id}/gebeurtenissen`: what was done in the widget, from a fixed list, no text. */
export const GebeurtenisSchema = z
  .object({ soort: z.enum(ACTIES) })
  .strict()
  .meta({ id: 'Gebeurtenis' })

/** `PUT …/notities`: the resident's own notes, plain text. */
export const NotitiesSchema = z
  .object({ tekst: z.string().max(MAX_NOTITIES) })
  .strict()
  .meta({ id: 'Notities' })

export const NotitiesAntwoordSchema = z
  .object({ gesprek: z.string(), eigenNotities: z.string() })
  .meta({ id: 'NotitiesAntwoord' })
export type NotitiesAntwoord = z.infer<typeof NotitiesAntwoordSchema>
