/**
 * The gemeente profile: everything that differs per gemeente (name, contact, links, colours,
 * dated parameters). One JSON file per gemeente in `gemeenten/`, validated at start-up.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from '@hono/zod-openapi'

const leegOfUrl = z.union([z.literal(''), z.url()])
const kleur = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'een kleur als #00566e')
const datum = z.iso.date()

/** A value that holds from a date on, with where it comes from (as in `rules/parameters.ts`). */
const gedateerd = <T extends z.ZodType>(waarde: T) =>
  z.array(z.object({ waarde, van: datum, bron: z.string().min(1) }).strict()).min(1)

/**
 * Parameters the gemeente sets itself. The rules core only uses them in texts (aandachtspunten),
 * so a profile can change them without touching the rules. Absent: the values of the model verordening.
 */
export const GemeenteParametersSchema = z
  .object({
    /** Art. 8: premie for a participatieplaats. */
    premieParticipatieplaats: gedateerd(
      z.object({ bedrag: z.number().positive(), maanden: z.number().int().positive() }).strict(),
    ).optional(),
    /** Art. 9 (before 2017): the number of beschut werk places in the region. */
    beschutWerkPlekken: gedateerd(z.number().int().nonnegative()).optional(),
  })
  .strict()

export const GemeenteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    naam: z.string().min(1),
    verordening: z
      .object({
        naam: z.string().min(1),
        versie: z.string().min(1),
        /** The day the gemeente's verordening holds from; shown with every outcome. */
        geldigVanaf: datum,
        /** Per article ("art. 8"), where the gemeente publishes its rules; may be empty. */
        artikelLinks: z.record(z.string().regex(/^(?:Pw )?art\. \w+/, 'een artikel als "art. 8"'), z.url()),
      })
      .strict(),
    contact: z
      .object({
        organisatie: z.string().min(1),
        telefoon: z.string().min(1),
        website: z.url(),
        email: z.email(),
        adres: z.string().min(1),
        openingstijden: z.string().min(1),
        livechat: leegOfUrl,
      })
      .strict(),
    /** How to ask for an interpreter, shown on non-Dutch screens; empty when the gemeente offers none. */
    tolk: z.string(),
    thema: z.object({ kleurPrimair: kleur, kleurAccent: kleur, kleurTekst: kleur }).strict(),
    parameters: GemeenteParametersSchema.optional(),
  })
  .strict()
  .openapi('Gemeente')

export type Gemeente = z.infer<typeof GemeenteSchema>
export type GemeenteParameters = NonNullable<Gemeente['parameters']>

const MAP = fileURLToPath(new URL('../gemeenten/', import.meta.url))

export class GemeenteFout extends Error {}

/**
 * Reads and checks `gemeenten/<id>.json`; throws a `GemeenteFout` that names the file and every wrong field,
 * so a bad profile stops start-up with a message a beheerder can act on.
 */
export function laadGemeente(id: string, map = MAP): Gemeente {
  const bestand = `${map}${id}.json`
  let ruw: unknown
  try {
    ruw = JSON.parse(readFileSync(bestand, 'utf8'))
  } catch (fout) {
    throw new GemeenteFout(`Gemeenteprofiel ${id} kan niet gelezen worden (${bestand}): ${(fout as Error).message}`)
  }
  const uitslag = GemeenteSchema.safeParse(ruw)
  if (!uitslag.success) {
    const regels = uitslag.error.issues.map((issue) => {
      const veld = issue.path.join('.') || '(profiel)'
      const extra = issue.code === 'unrecognized_keys' ? `onbekend veld ${issue.keys.join(', ')}` : issue.message
      return `  ${veld}: ${extra}`
    })
    throw new GemeenteFout(`Gemeenteprofiel ${id} klopt niet (${bestand}):\n${regels.join('\n')}`)
  }
  if (uitslag.data.id !== id) {
    throw new GemeenteFout(
      `Gemeenteprofiel ${id} klopt niet (${bestand}):\n  id: moet "${id}" zijn, zoals de bestandsnaam`,
    )
  }
  return uitslag.data
}

/** The value of a gemeente parameter on a peildatum, or undefined when the profile does not set it. */
export function gemeenteParameter<K extends keyof GemeenteParameters>(
  gemeente: Gemeente,
  naam: K,
  peildatum: string,
): NonNullable<GemeenteParameters[K]>[number]['waarde'] | undefined {
  const reeks = gemeente.parameters?.[naam] as NonNullable<GemeenteParameters[K]> | undefined
  let gevonden: NonNullable<GemeenteParameters[K]>[number] | undefined
  for (const item of reeks ?? []) if (item.van <= peildatum && (!gevonden || item.van >= gevonden.van)) gevonden = item
  return gevonden?.waarde
}
