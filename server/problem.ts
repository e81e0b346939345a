/**
 * Errors as `application/problem+json` (RFC 9457), with a Dutch `detail` a resident understands and,
 * for invalid input, `errors` as the NL API Design Rules ask.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import type { Probleem } from '../contract/index.js'
import type { Vertaal } from './i18n.js'

export type Plaats = 'body' | 'query' | 'path' | 'header'

/** The problem document of the contract, and one entry of its `errors`. */
export type { Probleem }
export type Fout = NonNullable<Probleem['errors']>[number]

export const PROBLEM_JSON = 'application/problem+json'

/** Sends a problem document. */
export function stuurProbleem(c: Context, probleem: Probleem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(probleem), probleem.status as ContentfulStatusCode, {
    'Content-Type': PROBLEM_JSON,
    ...headers,
  })
}

/** The status codes a route answers with a problem of its own (the OpenAPI document declares each). */
export type ProbleemStatus = 400 | 403 | 404 | 409 | 503

/**
 * A problem document as a typed JSON response, so a typed route can return it as it is: the
 * status is one the route declares, and the body is the contract's `Probleem`.
 */
export function probleemAntwoord<S extends ProbleemStatus>(
  c: Context,
  status: S,
  t: Vertaal,
  sleutel: string,
  waarden: Record<string, unknown> = {},
  extra: Partial<Probleem> = {},
) {
  return c.json(probleemUit(t, status, sleutel, waarden, extra), status, { 'Content-Type': PROBLEM_JSON })
}

/** A problem from a key in `fouten.json` (`<sleutel>.titel`, `<sleutel>.detail`). */
export function probleemUit(
  t: Vertaal,
  status: number,
  sleutel: string,
  waarden: Record<string, unknown> = {},
  extra: Partial<Probleem> = {},
): Probleem {
  return {
    type: `https://werkwijzer.nl/problemen/${sleutel}`,
    title: t(`${sleutel}.titel`, waarden),
    status,
    detail: t(`${sleutel}.detail`, waarden),
    ...extra,
  }
}

const doel: Record<string, Plaats> = { json: 'body', query: 'query', param: 'path', header: 'header' }

/** Dutch errors for zod issues, one per field at fault. */
export function foutenUit(t: Vertaal, error: z.ZodError, target: string, invoer?: unknown): Fout[] {
  const plaats = doel[target] ?? 'body'
  const fouten: Fout[] = []
  const locatie = (pad: readonly PropertyKey[]) =>
    plaats === 'body'
      ? { pointer: `/${pad.map((deel) => String(deel).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}` }
      : { name: String(pad[0] ?? '') }
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const sleutel of issue.keys) {
        fouten.push({
          in: plaats,
          location: locatie([...issue.path, sleutel]),
          code: 'onbekend-veld',
          detail: t('veld.onbekend'),
        })
      }
      continue
    }
    fouten.push({ in: plaats, location: locatie(issue.path), ...codeEnDetail(t, issue, waardeOp(invoer, issue.path)) })
  }
  return fouten
}

/** The value at a path of the input, or `undefined` when it is not there. */
function waardeOp(invoer: unknown, pad: readonly PropertyKey[]): unknown {
  let hier: unknown = invoer
  for (const deel of pad) {
    if (hier === null || typeof hier !== 'object' || !Object.hasOwn(hier, deel)) return undefined
    hier = (hier as Record<PropertyKey, unknown>)[deel]
  }
  return hier
}

function codeEnDetail(t: Vertaal, issue: z.core.$ZodIssue, waarde: unknown): { code: string; detail: string } {
  switch (issue.code) {
    case 'invalid_type':
      return waarde === undefined
        ? { code: 'verplicht', detail: t('veld.verplicht') }
        : issue.expected === 'int' && typeof waarde === 'number'
          ? { code: 'geheel-getal', detail: t('veld.geheel') }
          : { code: 'verkeerde-soort', detail: t('veld.soort') }
    case 'invalid_value':
      return { code: 'geen-keuze', detail: t('veld.keuze', { opties: issue.values.map(String).join(', ') }) }
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? { code: 'te-kort', detail: t('veld.ongeldig') }
        : { code: 'te-klein', detail: t('veld.minimum', { min: issue.minimum }) }
    case 'too_big':
      return issue.origin === 'string'
        ? { code: 'te-lang', detail: t('veld.tekstTeLang', { max: issue.maximum }) }
        : { code: 'te-groot', detail: t('veld.maximum', { max: issue.maximum }) }
    case 'invalid_format':
      return { code: 'verkeerde-vorm', detail: t('veld.datum') }
    case 'custom': {
      const sleutel = issue.message && t(`${issue.message}.detail`, issue.params ?? {})
      return sleutel && sleutel !== `${issue.message}.detail`
        ? { code: issue.message, detail: sleutel }
        : { code: 'ongeldig', detail: t('veld.ongeldig') }
    }
    default:
      return { code: 'ongeldig', detail: t('veld.ongeldig') }
  }
}
