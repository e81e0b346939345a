import { z } from 'zod'

/** Ids of the benefits a person can have now (contract: `uitkering`). */
export const UITKERINGEN = ['bijstand', 'anw', 'ioaw', 'ioaz', 'geen', 'uwv'] as const
export type Uitkering = (typeof UITKERINGEN)[number]

export const AFSTANDEN = ['kort', 'groot'] as const

const geheel = (min: number, max: number) => z.number().int().min(min).max(max)

/**
 * The facts about one person, exactly the fields of the contract. Every field is optional:
 * a missing field means "not known yet" and is never guessed. Unknown fields are an error.
 * The order of the fields is the order of the contract's table; `ontbrekend` follows it.
 */
export const SituatieSchema = z
  .object({
    woontInGemeente: z.boolean(),
    leeftijd: geheel(0, 120),
    aowLeeftijdBereikt: z.boolean(),
    uitkering: z.enum(UITKERINGEN),
    werktMetLoonkostensubsidie: z.boolean(),
    maandenUitkering: geheel(0, 1440),
    jarenGeenWerkinkomen: geheel(0, 120),
    ooitBetaaldGewerkt: z.boolean(),
    startkwalificatie: z.boolean(),
    kanBekostigdOnderwijsVolgen: z.boolean(),
    afstandTotArbeidsmarkt: z.enum(AFSTANDEN),
    kanOoitZonderSteunWerken: z.boolean(),
    beperking: z.boolean(),
    beschutteWerkplekNodig: z.boolean(),
    kanVolledigMinimumloonVerdienen: z.boolean(),
    contractMaanden: geheel(0, 1200),
    jongsteKindLeeftijd: geheel(0, 25),
    voorzieningOudeVerordening: z.boolean(),
  })
  .partial()
  .strict()
  .meta({
    id: 'Situatie',
    description: 'De feiten over één persoon. Elk veld is optioneel: wat ontbreekt, is nog niet bekend.',
  })

export type Situatie = z.infer<typeof SituatieSchema>
export type Feit = keyof Situatie

/** The facts in contract order. */
export const FEITEN = Object.keys(SituatieSchema.shape) as Feit[]

const volgorde = new Map<Feit, number>(FEITEN.map((feit, i) => [feit, i]))

/** Sorts facts into contract order, without duplicates. */
export function inVolgorde(feiten: Iterable<Feit>): Feit[] {
  return [...new Set(feiten)].sort((a, b) => (volgorde.get(a) ?? 0) - (volgorde.get(b) ?? 0))
}
