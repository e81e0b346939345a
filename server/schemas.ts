/** Response schemas shared by routes; they document the API (PascalCase names, camelCase fields). */
import { z } from '@hono/zod-openapi'
import { ProbleemSchema } from '../contract/index.js'

export const API_VERSIE = '1.0.0'

// The contract's schemas live in contract/; routes and documents take them from here too.
export {
  EvaluatieSchema,
  ProbleemSchema,
  RedenSchema,
  RegelsSchema,
  UitkomstSchema,
  VoorzieningIdSchema,
} from '../contract/index.js'

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
  .openapi({
    example: '2026-11-23',
    description: 'Binnen de peildata van het regelmodel van de gemeente (regelmodel.peildata in GET /api/v1/gemeente).',
  })

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
}

/** What a change of state can answer besides `PROBLEMEN`. */
export const VERANDER_PROBLEMEN = {
  409: probleem('Het gesprek veranderde net, of de vraag staat niet open. In `stap`: het gesprek zoals het nu is.'),
  415: probleem('Geen JSON: stuur Content-Type: application/json, ook met een lege inhoud {}.'),
}

/** A request that does not fit the conversation as it is now (not the open question, nothing to go back to). */
export const CONFLICT = { 409: VERANDER_PROBLEMEN[409] }

/** The `{id}` of a conversation in a path. */
export const IdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f1c…' }),
})
