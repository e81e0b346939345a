/** Response schemas shared by routes; they document the API (PascalCase names, camelCase fields). */
import { z } from '@hono/zod-openapi'
import { ProbleemSchema } from '../contract/index.js'

export const API_VERSIE = '1.0.0'

// The contract's schemas live in contract/; routes and documents take them from here too.
export {
  EvaluatieSchema,
  PeildatumSchema,
  ProbleemSchema,
  RedenSchema,
  RegelsSchema,
  UitkomstSchema,
  VoorzieningIdSchema,
} from '../contract/index.js'

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

/**
 * What a request that names its gemeente (or is for the first) can answer besides `PROBLEMEN`: a website of
 * one gemeente alone (ALLOWED_ORIGINS_<ID>) asked for another.
 */
export const GEMEENTE_PROBLEMEN = {
  403: probleem('Deze website hoort bij een andere gemeente van deze installatie.'),
}

/** A request that does not fit the conversation as it is now (not the open question, nothing to go back to). */
export const CONFLICT = { 409: VERANDER_PROBLEMEN[409] }

/**
 * `?gemeente=`: which gemeente a read is for, in an installation with several (GEMEENTEN). Checked by
 * the route (`regio.ts`): an id the installation does not have is a 400 that names the ones it has.
 */
export const GemeenteQuery = z
  .string()
  .max(64)
  .optional()
  .openapi({
    param: { name: 'gemeente', in: 'query' },
    example: 'voorbeeldstad',
    description: 'De gemeente, als deze installatie er meer heeft (het id van haar profiel). Zonder: de eerste.',
  })

/** The same for a request about a conversation: it knows its gemeente; another named here gives 404. */
export const GesprekGemeenteQuery = z.object({
  gemeente: GemeenteQuery.openapi({
    param: { name: 'gemeente', in: 'query' },
    description:
      'Niet nodig: een gesprek kent zijn gemeente. Noem je een andere gemeente dan die van het gesprek, dan is het antwoord 404.',
  }),
})

/** The `{id}` of a conversation in a path. */
export const IdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f1c…' }),
})
