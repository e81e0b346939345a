/**
 * `GET /api/v1/statistieken`: the anonymous figures over a period, as staff read them (docs/statistieken.md).
 * Every count under the threshold reads "minder dan 5"; the rest is rounded.
 */
import { z } from 'zod'
import { MINDER_DAN } from './waarden.js'

export const AantalSchema = z
  .union([z.number().int().min(5), z.literal(MINDER_DAN)])
  .meta({ id: 'Aantal', description: 'Een aantal; onder 5 staat er "minder dan 5".' })

const twee = { gestart: AantalSchema, klaar: AantalSchema }
const vier = z.object({
  gestart: AantalSchema,
  klaar: AantalSchema,
  samenvattingen: AantalSchema,
  gewist: AantalSchema,
})
const eenAantal = (naam: string) => z.array(z.object({ [naam]: z.string(), aantal: AantalSchema }))

export const OverzichtSchema = z
  .object({
    van: z.iso.date().meta({ description: 'De maandag van de eerste hele week die getoond wordt.' }),
    tot: z.iso.date().meta({ description: 'De zondag van de laatste hele week die getoond wordt.' }),
    gevraagd: z
      .object({ van: z.iso.date(), tot: z.iso.date() })
      .meta({ description: 'De gevraagde periode. Getoond worden de hele weken erin die voorbij zijn.' }),
    onderwerp: z.string().optional(),
    drempel: z.number().int(),
    afronding: z.number().int().meta({ description: 'Elk getal is afgerond op een veelvoud hiervan.' }),
    gesprekken: vier,
    vorige: z.object({ van: z.iso.date(), tot: z.iso.date(), gesprekken: vier }),
    perWeek: z.array(z.object({ week: z.string(), van: z.iso.date(), tot: z.iso.date(), ...twee })),
    perOnderwerp: z.array(z.object({ onderwerp: z.string(), ...twee })),
    perTaal: z.array(z.object({ taal: z.string(), ...twee })),
    trechters: z.array(
      z.object({
        onderwerp: z.string(),
        gestart: AantalSchema,
        vragen: z.array(
          z.object({
            vraag: z.string(),
            bereikt: AantalSchema,
            beantwoord: AantalSchema,
            gestopt: AantalSchema,
            weetNiet: AantalSchema,
          }),
        ),
        klaar: AantalSchema,
      }),
    ),
    uitkomsten: z.array(
      z.object({ voorziening: z.string(), mogelijk: AantalSchema, onbekend: AantalSchema, niet: AantalSchema }),
    ),
    doelgroepNee: eenAantal('verwijzing'),
    klopt: z.object({ ja: AantalSchema, eenBeetje: AantalSchema, nee: AantalSchema }),
    kloptPerUitkomst: z.array(
      z.object({
        voorziening: z.string(),
        oordeel: z.string(),
        ja: AantalSchema,
        eenBeetje: AantalSchema,
        nee: AantalSchema,
      }),
    ),
    redenen: eenAantal('reden'),
    acties: eenAantal('actie'),
    berichten: eenAantal('soort'),
  })
  .meta({ id: 'StatistiekenOverzicht' })
