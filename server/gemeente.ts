/**
 * The gemeente profile: everything that differs per gemeente (name, contact, links, colours).
 * One JSON file per gemeente in `gemeenten/`, validated at start-up.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const leegOfUrl = z.union([z.literal(''), z.url()])
const kleur = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'een kleur als #00566e')

export const GemeenteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    naam: z.string().min(1),
    verordening: z.object({
      naam: z.string().min(1),
      versie: z.string().min(1),
      geldigVanaf: z.iso.date(),
      /** Per article ("art. 8"), where the gemeente publishes its rules; may be empty. */
      artikelLinks: z.record(z.string(), z.url()),
    }),
    contact: z.object({
      organisatie: z.string().min(1),
      telefoon: z.string().min(1),
      website: z.url(),
      email: z.email(),
      adres: z.string().min(1),
      openingstijden: z.string().min(1),
      livechat: leegOfUrl,
    }),
    /** How to ask for an interpreter, shown on non-Dutch screens; empty when the gemeente offers none. */
    tolk: z.string(),
    thema: z.object({ kleurPrimair: kleur, kleurAccent: kleur, kleurTekst: kleur }),
  })
  .strict()

export type Gemeente = z.infer<typeof GemeenteSchema>

const MAP = fileURLToPath(new URL('../gemeenten/', import.meta.url))

export class GemeenteFout extends Error {}

/** Reads and checks `gemeenten/<id>.json`; throws a `GemeenteFout` naming the wrong field. */
export function laadGemeente(id: string, map = MAP): Gemeente {
  let ruw: unknown
  try {
    ruw = JSON.parse(readFileSync(`${map}${id}.json`, 'utf8'))
  } catch (fout) {
    throw new GemeenteFout(`Gemeenteprofiel ${id} kan niet gelezen worden: ${(fout as Error).message}`)
  }
  const uitslag = GemeenteSchema.safeParse(ruw)
  if (!uitslag.success) {
    const regels = uitslag.error.issues.map((issue) => `  ${issue.path.join('.') || '(profiel)'}: ${issue.message}`)
    throw new GemeenteFout(`Gemeenteprofiel ${id} klopt niet:\n${regels.join('\n')}`)
  }
  return uitslag.data
}
