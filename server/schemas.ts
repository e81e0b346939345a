/** Response schemas shared by routes; they document the API (PascalCase names, camelCase fields). */
import { z } from '@hono/zod-openapi'
import { GELDIG_TOT, GELDIG_VAN, isGeldigePeildatum, VOORZIENINGEN } from '../rules/index.js'

export const API_VERSIE = '1.0.0'

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
    stap: z
      .looseObject({})
      .optional()
      .openapi({ description: 'Bij 409 over een gesprek: de Stap zoals het gesprek nu is.' }),
  })
  .openapi('Probleem')

export const RedenSchema = z
  .object({ artikel: z.string(), uitleg: z.string(), link: z.url().optional() })
  .openapi('Reden')

export const VoorzieningIdSchema = z.enum(VOORZIENINGEN).openapi('VoorzieningId')

export const UitkomstSchema = z
  .object({
    voorziening: VoorzieningIdSchema,
    naam: z.string(),
    oordeel: z.enum(['mogelijk', 'niet', 'onbekend']),
    redenen: z.array(RedenSchema),
    ontbrekend: z.array(z.string()),
  })
  .openapi('Uitkomst')

export const RegelsSchema = z
  .object({
    naam: z.string(),
    versie: z.string(),
    peildatum: z.iso.date(),
    geldigVanaf: z.iso.date().optional().openapi({ description: 'De dag waarop de regels van de gemeente ingingen.' }),
    tekst: z.string().optional().openapi({
      description: 'Dezelfde gegevens als zin, in de taal van het antwoord.',
      example:
        'Volgens de Re-integratieverordening Participatiewet, versie 2015. We keken naar de regels zoals ze gelden op 22 november 2026.',
    }),
  })
  .openapi('Regels')

export const EvaluatieSchema = z
  .object({
    doelgroep: z.object({
      oordeel: z.enum(['ja', 'nee', 'onbekend']),
      verwijzing: z.enum(['uwv', 'andere-gemeente', 'onderwijs', 'aow']).optional(),
      redenen: z.array(RedenSchema),
    }),
    uitkomsten: z.array(UitkomstSchema),
    aandachtspunten: z.array(RedenSchema),
    regels: RegelsSchema,
  })
  .openapi('Evaluatie')

function bestaandeDatum(waarde: string): boolean {
  const datum = new Date(`${waarde}T00:00:00Z`)
  return !Number.isNaN(datum.getTime()) && datum.toISOString().slice(0, 10) === waarde
}

/** A `YYYY-MM-DD` date within the window of the rules. */
export const PeildatumSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(bestaandeDatum, { message: 'datum' })
  .refine(isGeldigePeildatum, { message: 'peildatum', params: { van: GELDIG_VAN, tot: GELDIG_TOT } })
  .openapi({ example: '2026-11-23', description: `Van ${GELDIG_VAN} tot en met ${GELDIG_TOT}.` })

const apiVersieHeader = {
  'API-Version': {
    description: 'De volledige versie van de API.',
    schema: { type: 'string' as const, example: API_VERSIE },
  },
}

/** A 2xx response with its JSON schema and the API-Version header. */
export function jsonAntwoord<T extends z.ZodType>(schema: T, description: string) {
  return { description, headers: apiVersieHeader, content: { 'application/json': { schema } } }
}

export const ZONDER_INHOUD = { description: 'Gelukt, zonder inhoud.', headers: apiVersieHeader }

const probleem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProbleemSchema } },
})

export const PROBLEMEN = {
  400: probleem('Ongeldige invoer.'),
  404: probleem('Niet gevonden.'),
  413: probleem('Te veel gegevens.'),
  429: probleem('Te veel verzoeken.'),
  500: probleem('Er ging iets mis.'),
  503: probleem('Tijdelijk niet beschikbaar.'),
} as const

/** What a change of state can answer besides `PROBLEMEN`. */
export const VERANDER_PROBLEMEN = {
  409: probleem('Het gesprek veranderde net, of de vraag staat niet open. In `stap`: het gesprek zoals het nu is.'),
  415: probleem('Geen JSON: stuur Content-Type: application/json, ook met een lege inhoud {}.'),
} as const

/** The `{id}` of a conversation in a path. */
export const IdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f1c…' }),
})
