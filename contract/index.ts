/**
 * The public contract in one place: the zod schemas of what the API takes and gives (Situatie,
 * Stap, answers, outcomes, problems). They are the single source of the types, of request
 * validation and of the OpenAPI document (each `meta({ id })` is a component there). Server and
 * flows import from here; the widget imports only types. Field names are those of the contract.
 */
import { z } from 'zod'
import { SituatieSchema, VOORZIENINGEN } from '../rules/index.js'

export { SituatieSchema }
export type { Situatie } from '../rules/index.js'

/** What a conversation is about: everything, one voorziening, or an employer's questions. */
export const ONDERWERPEN = ['alles', 'werkgever', ...VOORZIENINGEN] as const
export type Onderwerp = (typeof ONDERWERPEN)[number]

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
    oordeel: z.enum(['mogelijk', 'niet', 'onbekend']),
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
  oordeel: z.enum(['ja', 'nee', 'onbekend']),
  verwijzing: z.enum(['uwv', 'andere-gemeente', 'onderwijs', 'aow']).optional(),
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

/**
 * What a message is, so a client never has to find it out from its words: `mens` offers a person
 * (the phone number), `herhaling` asks the open question again, `voorstel` proposes an answer to
 * confirm, `verwijzing` sends the resident elsewhere, `welkom` and `klaar` open and close, `info` is the rest.
 */
export const BERICHT_SOORTEN = ['info', 'welkom', 'mens', 'verwijzing', 'klaar', 'herhaling', 'voorstel'] as const
export type BerichtSoort = (typeof BERICHT_SOORTEN)[number]

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
    richting: z.enum(['ltr', 'rtl']),
    onderwerp: z.enum(ONDERWERPEN).optional(),
    berichten: z.array(BerichtSchema),
    vraag: z
      .object({
        id: z.string(),
        feit: z.string().optional(),
        tekst: z.string(),
        hulp: z.string(),
        soort: z.enum(['keuze', 'getal', 'tekst']),
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
 * What a typed message was understood as (`POST …/berichten`), beside the Stap. `soort` is one of the
 * understanding's kinds (`antwoord`, `uitleg`, `mens`, …); the route narrows it to that list.
 */
export const BegripSchema = z
  .object({
    soort: z.string(),
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

/**
 * `GET /api/v1/teksten/{taal}`: every word the widget shows in one language, with what an employer
 * reads instead where it differs (`uitlegWerkgever`, `werkgever`), and the bounds a number is confirmed
 * outside of (`bevestig`). `widget` holds the widget's own words (`locales/<taal>/widget.json`).
 */
export const WidgetTekstenSchema = z
  .object({
    taal: z.string(),
    richting: z.enum(['ltr', 'rtl']),
    talen: z.array(z.object({ code: z.string(), naam: z.string(), richting: z.enum(['ltr', 'rtl']) })),
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
        soort: z.enum(['keuze', 'getal']),
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
