/**
 * The gemeente profile's shape: in its file (`gemeenten/<id>.json`, texts per language, read by the
 * server) and as `GET /api/v1/gemeente` gives it (texts in the language asked for, and its rules model).
 */
import { z } from 'zod'

const leegOfUrl = z.union([z.literal(''), z.url()])
/** A link a resident follows: https only (never `javascript:` or a plain-text `http:`). */
const httpsUrl = z.url({ protocol: /^https$/ })
const kleur = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'een kleur als #00566e')

/** The profile, with `tekst` for the texts a resident reads: per language in the file, one string in the API. */
export function gemeenteSchema<T extends z.ZodType, L extends z.ZodType>(tekst: T, tolk: L) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      naam: z.string().min(1),
      /** The rules model: its id (`assen-2015`) or the path of a model file (relative to this profile). */
      regels: z.string().min(1),
      verordening: z
        .object({
          /**
           * Per article ("art. 8"), where the gemeente publishes its rules, when it differs from the
           * model's link; an article the model does not have is refused at start-up.
           */
          artikelLinks: z.record(z.string().regex(/^(?:Pw )?art\. \w+/, 'een artikel als "art. 8"'), z.url()),
        })
        .strict()
        .optional(),
      contact: z
        .object({
          organisatie: z.string().min(1),
          telefoon: z.string().min(1),
          website: z.url(),
          email: z.email(),
          adres: z.string().min(1),
          openingstijden: tekst,
          livechat: leegOfUrl,
        })
        .strict(),
      /** How to ask for an interpreter; empty when the gemeente offers none (then no interpreter message). */
      tolk,
      /**
       * Where a young person asks which education fits (the gemeente's jongerenloket or the regional RMC),
       * as it reads after "bij" in a sentence. DUO gives no study advice, so the verwijzing onderwijs names this.
       */
      jongerenloket: tekst,
      thema: z.object({ kleurPrimair: kleur, kleurAccent: kleur, kleurTekst: kleur }).strict(),
      /**
       * What the privacy statement (`/privacy`) names and only the gemeente knows (AVG art. 13):
       * who is responsible, and how to reach the data protection officer. Required: without them
       * the statement would send a resident nowhere.
       */
      privacy: z
        .object({
          /** The controller as it reads after "Binnen de gemeente is dat": the college of burgemeester en wethouders. */
          verwerkingsverantwoordelijke: tekst,
          /** The functionaris gegevensbescherming (AVG art. 37 lid 7: contact published). */
          fg: z
            .object({
              /** A name or a role ("de functionaris gegevensbescherming van …"); may be left out. */
              naam: tekst.optional(),
              email: z.email(),
              telefoon: z
                .string()
                .regex(/^\+?\d[\d ()-]{3,}$/, 'een telefoonnummer als 0123 45 67 89 of +31 123 456 789')
                .optional(),
            })
            .strict(),
          /** The gemeente's own, general privacy statement, when it has one. */
          privacyverklaringGemeente: httpsUrl.optional(),
        })
        .strict(),
    })
    .strict()
}

/** What `GET /api/v1/gemeente` gives: the same profile, its texts in the language asked for, and its rules. */
export const PubliekGemeenteSchema = gemeenteSchema(z.string(), z.string())
  .extend({
    regelmodel: z
      .object({
        id: z.string(),
        naam: z.string(),
        versie: z.string(),
        inwerkingtreding: z.iso.date(),
        peildata: z.object({ van: z.iso.date(), tot: z.iso.date() }),
        erft: z
          .array(z.string())
          .meta({ description: 'De modellen waarvan dit model erft, het dichtstbijzijnde eerst.' }),
      })
      .meta({ description: 'Het regelmodel van de verordening van de gemeente.' }),
  })
  .meta({ id: 'Gemeente' })

export type PubliekGemeente = z.infer<typeof PubliekGemeenteSchema>
