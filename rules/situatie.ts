import { z } from 'zod'

/** Ids of the benefits a person can have now (contract: `uitkering`). */
export const UITKERINGEN = ['bijstand', 'anw', 'ioaw', 'ioaz', 'geen', 'uwv'] as const
export type Uitkering = (typeof UITKERINGEN)[number]

export const AFSTANDEN = ['kort', 'groot'] as const

const geheel = (min: number, max: number) => z.number().int().min(min).max(max)

/**
 * `contractMaanden` for a contract without an end date (a "vast contract"): the field's maximum, longer
 * than any duration art. 11 or art. 12 lid 1 asks for.
 */
export const VAST_CONTRACT_MAANDEN = 1200

/** The fields of the contract, in the order of its table; `ontbrekend` follows it. */
const VELDEN = {
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
  contractMaanden: geheel(0, VAST_CONTRACT_MAANDEN),
  jongsteKindLeeftijd: geheel(0, 25),
  voorzieningOudeVerordening: z.boolean(),
  /** Cares for the child(ren) alone; asked only when it decides a note (a child under 12, bijstand, IOAW or IOAZ). */
  alleenstaandeOuder: z.boolean(),
}

/**
 * The facts about one person as the rules see them. Every field is optional: a missing field means
 * "not known yet" and is never guessed. Unknown fields are an error.
 */
export const FeitenSchema = z.object(VELDEN).partial().strict()

export type Situatie = z.infer<typeof FeitenSchema>
export type Feit = keyof Situatie

type Invoer = { [F in Feit]?: Situatie[F] | null }

/** Leaves out the fields that are `null`, so the rules only ever see known facts. */
function zonderNull(invoer: Invoer): Situatie {
  const uit: Record<string, unknown> = {}
  for (const [veld, waarde] of Object.entries(invoer)) if (waarde !== null && waarde !== undefined) uit[veld] = waarde
  return uit as Situatie
}

/**
 * The Situatie of a request. `null` means the same as a missing field, "not known" (interpretation 20:
 * integrators send `null` for an empty form field); it is left out before the rules see it.
 */
export const SituatieSchema = z
  .object(
    Object.fromEntries(Object.entries(VELDEN).map(([veld, schema]) => [veld, schema.nullable().optional()])) as {
      [F in keyof typeof VELDEN]: z.ZodOptional<z.ZodNullable<(typeof VELDEN)[F]>>
    },
  )
  .strict()
  .transform(zonderNull)
  .meta({
    id: 'Situatie',
    description:
      'De feiten over één persoon. Elk veld is optioneel: wat ontbreekt of null is, is nog niet bekend. Feiten die elkaar tegenspreken, geven 400.',
  })

/** The facts in contract order. */
export const FEITEN = Object.keys(VELDEN) as Feit[]

const volgorde = new Map<Feit, number>(FEITEN.map((feit, i) => [feit, i]))

/**
 * Sorts facts into contract order, without duplicates. Written as one bit per fact (there are fewer than
 * 32): every `ontbrekend` of every voorziening passes here, and sorting a Set was a fifth of `evaluate`.
 */
export function inVolgorde(feiten: Iterable<Feit>): Feit[] {
  let bits = 0
  for (const feit of feiten) {
    const plek = volgorde.get(feit)
    if (plek === undefined) throw new RangeError(`Onbekend feit: ${String(feit)}`)
    bits |= 1 << plek
  }
  const uit: Feit[] = []
  for (let plek = 0; bits !== 0; plek++, bits >>>= 1) if (bits & 1) uit.push(FEITEN[plek] as Feit)
  return uit
}

if (FEITEN.length > 31) throw new Error('inVolgorde schrijft één bit per feit: er passen er 31')
