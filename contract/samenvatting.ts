/** The summary for a consulent meeting: the JSON `GET …/samenvatting` sends and its page shows. */
import { z } from 'zod'
import { RedenSchema, RegelsSchema, VoorzieningIdSchema } from './index.js'
import { DOELGROEP_OORDELEN, LEZERS, RICHTINGEN } from './waarden.js'

const TekstMetSleutel = z.object({ sleutel: z.string(), tekst: z.string() })

export const SamenvattingSchema = z
  .object({
    gesprek: z.string(),
    /** Who reads it: the resident ("je") or an employer about a candidate ("u"). */
    lezer: z.enum(LEZERS),
    taal: z.string(),
    richting: z.enum(RICHTINGEN),
    titel: z.string(),
    /** The day the summary was made (Europe/Amsterdam), `YYYY-MM-DD`. */
    datum: z.iso.date(),
    klaar: z.boolean(),
    doelgroep: z.object({
      oordeel: z.enum(DOELGROEP_OORDELEN),
      tekst: z.string(),
      verwijzing: z.string().optional(),
    }),
    antwoorden: z.array(z.object({ vraag: z.string(), tekst: z.string(), label: z.string() })),
    passend: z.array(
      z.object({
        voorziening: VoorzieningIdSchema,
        naam: z.string(),
        artikel: z.string(),
        link: z.url().optional(),
        uitleg: z.string(),
        betekenis: z.string(),
      }),
    ),
    open: z.array(
      z.object({
        voorziening: VoorzieningIdSchema,
        naam: z.string(),
        artikel: z.string(),
        vragen: z.array(z.object({ feit: z.string(), tekst: z.string() })),
      }),
    ),
    nietPassend: z.array(
      z.object({ voorziening: VoorzieningIdSchema, naam: z.string(), artikel: z.string(), reden: z.string() }),
    ),
    aandachtspunten: z.array(RedenSchema),
    /** Duties and rights with every outcome (bijstand/IOAW/IOAZ: taking part; everyone: asking, a decision, bezwaar). */
    rechten: z.array(RedenSchema),
    vragenVoorConsulent: z.array(TekstMetSleutel),
    meenemen: z.array(TekstMetSleutel),
    begrippen: z.array(z.object({ naam: z.string(), uitleg: z.string() })),
    volgendeStappen: z.array(z.string()),
    contact: z.object({
      organisatie: z.string(),
      telefoon: z.string(),
      website: z.string(),
      email: z.string(),
      adres: z.string(),
      openingstijden: z.string(),
      livechat: z.string().optional(),
    }),
    eigenNotities: z.string().optional(),
    regels: RegelsSchema,
    /** "Volgens de regels van ...": the rules, version and peildatum in one sentence. */
    bron: z.string(),
    /** "Dit is geen besluit. Het college van de gemeente beslist." */
    beslissing: z.string(),
  })
  .meta({ id: 'Samenvatting' })

export type Samenvatting = z.infer<typeof SamenvattingSchema>
