/**
 * A rules model: one version of a verordening as data (articles, dated parameters, condition trees
 * with dated variants, notes), compiled into the condition trees of `logica.ts` once per peildatum.
 * The engine (three-valued logic, reasons, `ontbrekend`) is the same for every model; what a
 * gemeente's jurist changes is the data (`regels/*.yaml`, read by `server/regels.ts`).
 *
 * Pure: no I/O. `controleerModel` says in plain Dutch what is wrong in a model; `maakRegelmodel`
 * compiles a checked one.
 */

import { z } from 'zod'
import { begrensdGeheugen } from '../gedeeld/geheugen.js'
import {
  type Blad,
  type Conditie,
  type Drie,
  en,
  of,
  type RedenTeksten,
  type Samengesteld,
  uitslagVan,
} from './logica.js'
import { FEITEN, type Feit, FeitenSchema, type Situatie } from './situatie.js'
import { VOORZIENINGEN, type VoorzieningId } from './voorzieningen.js'

/** The comparisons a leaf can make ("fact operator value-or-parameter"). ASCII spellings are accepted too. */
export const OPERATOREN = ['=', '≠', '<', '≤', '>', '≥', 'in'] as const
export type Operator = (typeof OPERATOREN)[number]
const ASCII: Readonly<Record<string, Operator>> = { '!=': '≠', '<=': '≤', '>=': '≥', '==': '=' }

/**
 * The named built-ins: what data should not express. `onderAowLeeftijd`: the AOW band of the peildatum
 * (D2). `regelsOnbekend`: the law leaves the gemeente to set rules that the model does not have (young
 * people under 27 from 2026, Pw art. 7a): neither true nor false, and no fact can decide it, so it
 * combines like unknown but adds nothing to `ontbrekend`, and the dialogue never asks for it.
 */
export const INGEBOUWD = ['onderAowLeeftijd', 'regelsOnbekend'] as const
export type Ingebouwd = (typeof INGEBOUWD)[number]

export type Verwijzing = 'uwv' | 'andere-gemeente' | 'onderwijs' | 'aow'
export const VERWIJZINGEN: readonly Verwijzing[] = ['uwv', 'andere-gemeente', 'onderwijs', 'aow']

export type Oordeel = 'mogelijk' | 'niet' | 'onbekend'
const OORDELEN: readonly Oordeel[] = ['mogelijk', 'niet', 'onbekend']

/** Who reads a text: the resident ("je") or an employer asking about a candidate ("u"). */
export type Lezer = 'inwoner' | 'werkgever'
export const LEZERS: readonly Lezer[] = ['inwoner', 'werkgever']

/** A value a parameter can have: a number, or named numbers (an amount per period, the AOW age). */
export type ParameterWaarde = number | Readonly<Record<string, number>>

export interface Gedateerd<T> {
  /** `YYYY-MM-DD`: the value holds from this day on, until the next entry. */
  readonly van: string
  readonly waarde: T
  readonly bron: string
}

export type TekstWaarde = 'ja' | 'nee' | 'onbekend'

/**
 * A node of a condition tree, as written in a model file:
 * - a string: the name of a condition under `voorwaarden`;
 * - a leaf: `feit`, `op` and `waarde` or `parameter`;
 * - `alle`, `eenVan` (lists) or `niet` (one node);
 * - `altijd: true` (a condition the article gives everyone in the doelgroep);
 * - `ingebouwd`: a named built-in;
 * - in notes only: `oordeel` (a voorziening's outcome, or `enige`: any voorziening's).
 * Every node may have an `id` (its texts are `redenen.<id>.ja|nee|onbekend`), an `artikel`, and
 * `tekst`: the values for which it gives its own reason (leaves: all three; others: none).
 */
export type KnoopData = string | KnoopObject

export interface KnoopObject {
  readonly id?: string
  readonly artikel?: string
  readonly tekst?: readonly TekstWaarde[]
  readonly feit?: string
  readonly op?: string
  readonly waarde?: unknown
  readonly parameter?: string
  readonly alle?: readonly KnoopData[]
  readonly eenVan?: readonly KnoopData[]
  readonly niet?: KnoopData
  readonly altijd?: true
  readonly ingebouwd?: string
  readonly oordeel?: string
  /** In notes only: true when the condition is true or still unknown, false when it is false. */
  readonly nietNee?: KnoopData
}

/** A tree that holds from a date: the later variant replaces the earlier one from its `van`. */
export interface Variant {
  readonly van: string
  readonly als?: KnoopData
  /** From this date the note no longer applies (only in notes). */
  readonly vervallen?: true
  /** Written as one tree without `varianten` (for the place named in a fault). */
  readonly enkel?: true
}

export interface VoorzieningData {
  readonly artikel: string
  readonly varianten: readonly Variant[]
}

export interface AandachtspuntData {
  readonly artikel: string
  /** The voorzieningen the note is about; absent: the note is about the person. */
  readonly voorzieningen?: readonly VoorzieningId[]
  readonly varianten: readonly Variant[]
  /** Ask the facts that would decide this note (at the end of the intake), when `vraagAls` holds. */
  readonly vraagt?: boolean
  readonly vraagAls?: KnoopData
  /** The note cites this model's own sources: a model that inherits it shows it only when it says so. */
  readonly eigen?: boolean
  /** Who the note is written for (its texts: `aandachtspunten.` and `aandachtspuntenWerkgever.`); absent: the resident. */
  readonly lezers?: readonly Lezer[]
  /** `rechten`: a duty or right shown with every outcome in a section of its own (texts: `rechten.`). */
  readonly rubriek?: Rubriek
}

export type Rubriek = 'aandachtspunten' | 'rechten'

/** A change of the law the model applies from a date (every outcome from that date names it). */
export interface WijzigingData {
  readonly datum: string
  /** One Dutch sentence for a consulent: what changed, with the article. */
  readonly omschrijving: string
}

export interface ArtikelData {
  readonly titel?: string
  readonly link?: string
}

/** A model after inheritance: everything the compiler needs. */
export interface ModelData {
  readonly id: string
  readonly naam: string
  readonly gemeente: string
  readonly versie: string
  /** The day the verordening took effect (or is assumed to). */
  readonly inwerkingtreding: string
  /** The peildata the model can answer for (the AOW ages of these years must be known). */
  readonly peildata: { readonly van: string; readonly tot: string }
  /** The models this one inherits from, nearest first. */
  readonly erft: readonly string[]
  /** For texts written against the first model of the chain: its article number → this model's. */
  readonly artikelVanBasis: Readonly<Record<string, string>>
  readonly artikelen: Readonly<Record<string, ArtikelData>>
  readonly parameters: Readonly<Record<string, readonly Gedateerd<ParameterWaarde>[]>>
  readonly voorwaarden: Readonly<Record<string, readonly Variant[]>>
  readonly doelgroep: {
    readonly voorwaarde: string
    readonly verwijzingen: readonly { readonly voorwaarde: string; readonly verwijzing: Verwijzing }[]
  }
  readonly voorzieningen: Readonly<Record<VoorzieningId, VoorzieningData>>
  /** In the order they are shown. */
  readonly aandachtspunten: Readonly<Record<string, AandachtspuntData>>
  readonly wijzigingen: Readonly<Record<string, WijzigingData>>
}

// ---------------------------------------------------------------------------------------------
// The file format (before inheritance), as zod. Trees are checked by `controleerModel`, which can
// say much better than a union what is wrong in a node.

const DATUM = /^\d{4}-\d{2}-\d{2}$/
/** A real calendar day `YYYY-MM-DD`. */
export function isDatum(tekst: unknown): tekst is string {
  if (typeof tekst !== 'string' || !DATUM.test(tekst)) return false
  const d = new Date(`${tekst}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === tekst
}
const datum = z.custom<string>(isDatum, { message: 'geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2016-01-01' })
const parameterWaarde = z.union([z.number(), z.record(z.string(), z.number())], {
  error: 'een getal, of genoemde getallen ({ bedrag: 100, maanden: 6 })',
})
const gedateerd = z.object({ van: datum, waarde: parameterWaarde, bron: z.string().min(1) }).strict()
const boom = z.custom<KnoopData>((v) => typeof v === 'string' || (typeof v === 'object' && v !== null), {
  message: 'een voorwaarde: een naam, of een object met feit, alle, eenVan, niet, altijd of ingebouwd',
})
const variant = z
  .object({ van: datum, als: boom.optional(), vervallen: z.literal(true).optional() })
  .strict()
  .refine((v) => (v.als === undefined) !== (v.vervallen === undefined), {
    message: 'een variant heeft als (een voorwaarde) of vervallen: true',
  })
/** A tree, or dated variants of it. */
const gedateerdeBoom = z.union([z.object({ varianten: z.array(variant).min(1) }).strict(), boom])
const artikel = z.string().regex(/^(?:Pw |[A-Z][A-Za-z]* )?art\. \w+/, 'een artikel als "art. 4 lid 1"')

const voorzieningBestand = z
  .object({ artikel, als: boom.optional(), varianten: z.array(variant).min(1).optional() })
  .strict()
  .refine((v) => (v.als === undefined) !== (v.varianten === undefined), {
    message: 'een voorziening heeft als of varianten',
  })

const aandachtspuntBestand = z
  .object({
    artikel: z.string().min(1),
    voorzieningen: z.array(z.enum(VOORZIENINGEN)).optional(),
    als: boom.optional(),
    varianten: z.array(variant).min(1).optional(),
    vraagt: z.boolean().optional(),
    vraagAls: boom.optional(),
    eigen: z.boolean().optional(),
    lezers: z
      .array(z.enum(LEZERS as [Lezer, ...Lezer[]]))
      .min(1)
      .optional(),
    rubriek: z.enum(['aandachtspunten', 'rechten']).optional(),
  })
  .strict()
  .refine((v) => (v.als === undefined) !== (v.varianten === undefined), {
    message: 'een aandachtspunt heeft als of varianten',
  })

/** One model file. A model that inherits (`erft`) gives only what differs from its base. */
export const ModelBestandSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'kleine letters, cijfers en streepjes, zoals assen-2015'),
    erft: z.string().min(1).optional(),
    naam: z.string().min(1).optional(),
    gemeente: z.string().min(1).optional(),
    versie: z.string().min(1).optional(),
    inwerkingtreding: datum.optional(),
    peildata: z.object({ van: datum, tot: datum }).strict().optional(),
    /** Only with `erft`: the base model's article numbers → this model's ("art. 4": "art. 5"). */
    artikelnummers: z.record(artikel, artikel).optional(),
    artikelen: z
      .record(artikel, z.object({ titel: z.string().optional(), link: z.url().optional() }).strict())
      .optional(),
    parameters: z.record(z.string(), z.array(gedateerd).min(1)).optional(),
    voorwaarden: z.record(z.string(), gedateerdeBoom).optional(),
    doelgroep: z
      .object({
        voorwaarde: z.string(),
        verwijzingen: z.array(
          z
            .object({ voorwaarde: z.string(), verwijzing: z.enum(VERWIJZINGEN as [Verwijzing, ...Verwijzing[]]) })
            .strict(),
        ),
      })
      .strict()
      .optional(),
    voorzieningen: z.partialRecord(z.enum(VOORZIENINGEN), voorzieningBestand).optional(),
    aandachtspunten: z.record(z.string(), aandachtspuntBestand).optional(),
    /** Only with `erft`: notes the base marks as its own (`eigen`) that this model shows too. */
    overnemen: z.array(z.string()).optional(),
    /** The changes of the law applied by date, by id (a model that inherits adds or replaces by id). */
    wijzigingen: z.record(z.string(), z.object({ datum, omschrijving: z.string().min(1) }).strict()).optional(),
  })
  .strict()

export type ModelBestand = z.infer<typeof ModelBestandSchema>

/** The variants of a tree as written: one tree (from the model's first day) or a list. */
export function alsVarianten(waarde: unknown, vanaf: string): Variant[] {
  if (typeof waarde === 'object' && waarde !== null && 'varianten' in waarde)
    return [...(waarde as { varianten: Variant[] }).varianten]
  // Marked, so that a fault in it is reported at the place the file has it.
  return [{ van: vanaf, als: waarde as KnoopData, enkel: true }]
}

// ---------------------------------------------------------------------------------------------
// Checking a model after inheritance: every name, fact, parameter and article it uses exists.

const FEIT_SCHEMA = FeitenSchema.shape as Record<Feit, z.ZodType>

interface Omgeving {
  readonly data: ModelData
  readonly fouten: string[]
  /** In a note: `oordeel` leaves are allowed, an article per leaf is not needed. */
  readonly inAandacht: boolean
}

function controleerKnoop(knoop: unknown, pad: string, o: Omgeving): void {
  if (typeof knoop === 'string') {
    if (!(knoop in o.data.voorwaarden)) o.fouten.push(`${pad}: onbekende voorwaarde "${knoop}"`)
    return
  }
  if (typeof knoop !== 'object' || knoop === null || Array.isArray(knoop)) {
    o.fouten.push(`${pad}: een voorwaarde is een naam of een object`)
    return
  }
  const k = knoop as KnoopObject
  const soorten = (['feit', 'alle', 'eenVan', 'niet', 'altijd', 'ingebouwd', 'oordeel', 'nietNee'] as const).filter(
    (s) => k[s] !== undefined,
  )
  if (soorten.length !== 1) {
    o.fouten.push(
      `${pad}: kies één van feit, alle, eenVan, niet, altijd, ingebouwd${o.inAandacht ? ', oordeel' : ''} (nu: ${soorten.join(', ') || 'geen'})`,
    )
    return
  }
  const bekend = new Set(['id', 'artikel', 'tekst', 'feit', 'op', 'waarde', 'parameter', ...soorten])
  for (const sleutel of Object.keys(k)) if (!bekend.has(sleutel)) o.fouten.push(`${pad}: onbekend veld ${sleutel}`)
  if (k.id !== undefined && (typeof k.id !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(k.id)))
    o.fouten.push(`${pad}.id: een naam van letters en cijfers, zoals langUitkering`)
  if (k.artikel !== undefined && typeof k.artikel !== 'string') o.fouten.push(`${pad}.artikel: een tekst`)
  if (k.tekst !== undefined && (!Array.isArray(k.tekst) || k.tekst.some((t) => !['ja', 'nee', 'onbekend'].includes(t))))
    o.fouten.push(`${pad}.tekst: een lijst met ja, nee en/of onbekend`)
  if (k.tekst?.length && (k.id === undefined || k.artikel === undefined))
    o.fouten.push(`${pad}: een voorwaarde met een eigen tekst heeft een id en een artikel`)
  const soort = soorten[0]
  switch (soort) {
    case 'feit':
      controleerBlad(k, pad, o)
      return
    case 'alle':
    case 'eenVan': {
      const delen = k[soort]
      if (!Array.isArray(delen) || delen.length === 0)
        o.fouten.push(`${pad}.${soort}: een lijst met minstens één voorwaarde`)
      else
        delen.forEach((deel, i) => {
          controleerKnoop(deel, `${pad}.${soort}[${i}]`, o)
        })
      return
    }
    case 'niet':
      controleerKnoop(k.niet, `${pad}.niet`, o)
      return
    case 'altijd':
      if (k.altijd !== true) o.fouten.push(`${pad}.altijd: alleen true`)
      if (!o.inAandacht) vraagIdEnArtikel(k, pad, o)
      return
    case 'ingebouwd':
      if (!INGEBOUWD.includes(k.ingebouwd as Ingebouwd))
        o.fouten.push(`${pad}.ingebouwd: onbekend; kies uit ${INGEBOUWD.join(', ')}`)
      if (!o.inAandacht) vraagIdEnArtikel(k, pad, o)
      return
    case 'nietNee':
      if (!o.inAandacht) o.fouten.push(`${pad}: nietNee kan alleen in een aandachtspunt`)
      controleerKnoop(k.nietNee, `${pad}.nietNee`, o)
      return
    case 'oordeel':
      if (!o.inAandacht) o.fouten.push(`${pad}: oordeel kan alleen in een aandachtspunt`)
      if (k.oordeel !== 'enige' && !VOORZIENINGEN.includes(k.oordeel as VoorzieningId))
        o.fouten.push(`${pad}.oordeel: een voorziening of enige`)
      if (!['=', '≠', '!='].includes(String(k.op))) o.fouten.push(`${pad}.op: = of ≠`)
      if (!OORDELEN.includes(k.waarde as Oordeel)) o.fouten.push(`${pad}.waarde: mogelijk, niet of onbekend`)
      return
  }
}

function vraagIdEnArtikel(k: KnoopObject, pad: string, o: Omgeving): void {
  if (k.id === undefined) o.fouten.push(`${pad}: een blad heeft een id (de naam van zijn teksten)`)
  if (k.artikel === undefined) o.fouten.push(`${pad}: een blad noemt zijn artikel`)
}

function controleerBlad(k: KnoopObject, pad: string, o: Omgeving): void {
  if (!o.inAandacht) vraagIdEnArtikel(k, pad, o)
  const feit = k.feit as Feit
  if (!FEITEN.includes(feit)) {
    o.fouten.push(`${pad}.feit: onbekend feit "${String(k.feit)}"; bekend zijn: ${FEITEN.join(', ')}`)
    return
  }
  const op = operator(k.op)
  if (!op) {
    o.fouten.push(`${pad}.op: kies uit ${OPERATOREN.join(' ')}`)
    return
  }
  if ((k.waarde === undefined) === (k.parameter === undefined)) {
    o.fouten.push(`${pad}: geef waarde of parameter (één van de twee)`)
    return
  }
  if (k.parameter !== undefined) {
    const reeks = o.data.parameters[k.parameter]
    if (!reeks) o.fouten.push(`${pad}.parameter: onbekende parameter "${k.parameter}"`)
    else if (reeks.some((r) => typeof r.waarde !== 'number'))
      o.fouten.push(`${pad}.parameter: "${k.parameter}" is geen getal, een voorwaarde kan er niet mee vergelijken`)
    else if (!['<', '≤', '>', '≥', '=', '≠'].includes(op) || !isGetalFeit(feit))
      o.fouten.push(`${pad}: een parameter vergelijkt alleen met een getal (${feit} is geen getal)`)
    return
  }
  const schema = FEIT_SCHEMA[feit]
  const waarden = op === 'in' ? k.waarde : [k.waarde]
  if (!Array.isArray(waarden)) {
    o.fouten.push(`${pad}.waarde: bij "in" een lijst`)
    return
  }
  for (const w of waarden)
    if (!schema.safeParse(w).success) o.fouten.push(`${pad}.waarde: ${JSON.stringify(w)} past niet bij ${feit}`)
  if (['<', '≤', '>', '≥'].includes(op) && !isGetalFeit(feit))
    o.fouten.push(`${pad}.op: ${op} kan alleen bij een getal (${feit} is geen getal)`)
}

const isGetalFeit = (feit: Feit) => FEIT_SCHEMA[feit].safeParse(1).success

function operator(op: unknown): Operator | undefined {
  if (typeof op !== 'string') return undefined
  return (OPERATOREN as readonly string[]).includes(op) ? (op as Operator) : ASCII[op]
}

/** The named conditions a tree uses. */
function namenIn(knoop: KnoopData | undefined, uit: Set<string>): Set<string> {
  if (knoop === undefined) return uit
  if (typeof knoop === 'string') uit.add(knoop)
  else {
    for (const deel of [...(knoop.alle ?? []), ...(knoop.eenVan ?? [])]) namenIn(deel, uit)
    if (knoop.niet !== undefined) namenIn(knoop.niet, uit)
    if (knoop.nietNee !== undefined) namenIn(knoop.nietNee, uit)
  }
  return uit
}

/**
 * What is wrong in a model after inheritance, one line per fault with its place in the file
 * (`voorzieningen.werkstage.varianten[0].als.alle[2].feit: onbekend feit …`). Empty: it can be compiled.
 */
export function controleerModel(data: ModelData): string[] {
  const fouten: string[] = []
  const o = (inAandacht: boolean): Omgeving => ({ data, fouten, inAandacht })
  const { van, tot } = data.peildata
  if (tot < van) fouten.push(`peildata: tot (${tot}) ligt voor van (${van})`)
  for (const [id, reeks] of Object.entries(data.parameters)) {
    reeks.forEach((r, i) => {
      if (!isDatum(r.van)) fouten.push(`parameters.${id}[${i}].van: geen datum (JJJJ-MM-DD): "${String(r.van)}"`)
    })
    if (reeks.every((r) => r.van > van)) fouten.push(`parameters.${id}: geen waarde op de eerste peildatum ${van}`)
  }
  for (const [naam, varianten] of Object.entries(data.voorwaarden))
    controleerVarianten(varianten, `voorwaarden.${naam}`, o(false), '')
  for (const id of VOORZIENINGEN) {
    const v = data.voorzieningen[id]
    if (!v) fouten.push(`voorzieningen.${id}: ontbreekt`)
    else controleerVarianten(v.varianten, `voorzieningen.${id}`, o(false), '.als')
  }
  for (const [id, punt] of Object.entries(data.aandachtspunten)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(id)) fouten.push(`aandachtspunten.${id}: een naam van letters en cijfers`)
    controleerVarianten(punt.varianten, `aandachtspunten.${id}`, o(true), '.als')
    if (punt.vraagAls !== undefined) controleerKnoop(punt.vraagAls, `aandachtspunten.${id}.vraagAls`, o(true))
  }
  const { doelgroep } = data
  for (const [pad, naam] of [
    ['doelgroep.voorwaarde', doelgroep.voorwaarde],
    ...doelgroep.verwijzingen.map((v, i) => [`doelgroep.verwijzingen[${i}].voorwaarde`, v.voorwaarde] as const),
  ] as const)
    if (!(naam in data.voorwaarden)) fouten.push(`${pad}: onbekende voorwaarde "${naam}"`)
  // A named condition that (through others) contains itself would never end.
  for (const naam of Object.keys(data.voorwaarden)) {
    const gezien = new Set<string>()
    const loop = (n: string, spoor: string[]): void => {
      for (const v of data.voorwaarden[n] ?? [])
        for (const deel of namenIn(v.als, new Set())) {
          if (deel === naam)
            fouten.push(`voorwaarden.${naam}: verwijst naar zichzelf (${[...spoor, deel].join(' → ')})`)
          else if (!gezien.has(deel) && deel in data.voorwaarden) {
            gezien.add(deel)
            loop(deel, [...spoor, deel])
          }
        }
    }
    loop(naam, [naam])
  }
  if (fouten.length === 0) {
    // The AOW age of every year of the window and the year before it (D2, the band).
    const reeks = data.parameters.aowLeeftijd
    const eerste = Number(van.slice(0, 4)) - 1
    for (let jaar = eerste; jaar <= Number(tot.slice(0, 4)); jaar++) {
      const w = reeks ? geldend(reeks, `${jaar}-12-31`) : undefined
      if (!w || typeof w.waarde !== 'object' || typeof w.waarde.jaren !== 'number')
        fouten.push(`parameters.aowLeeftijd: geen AOW-leeftijd ({ jaren, maanden }) voor ${jaar}`)
    }
  }
  if (fouten.length === 0) {
    // Every tree on every date on which something changes: a parameter that has no value yet shows here.
    for (const datum of wisseldata(data)) {
      try {
        compileer(data, datum)
      } catch (fout) {
        fouten.push(`op ${datum}: ${(fout as Error).message}`)
        break
      }
    }
  }
  return fouten
}

/**
 * `enkel`: how the file names a single tree written without `varianten` (`voorwaarden.D1` itself,
 * `voorzieningen.werkstage.als`), so a fault is reported where the jurist wrote it.
 */
function controleerVarianten(varianten: readonly Variant[], pad: string, o: Omgeving, enkel: string): void {
  const magVervallen = pad.startsWith('aandachtspunten.')
  varianten.forEach((v, i) => {
    const los = v.enkel === true
    const hier = los ? pad : `${pad}.varianten[${i}]`
    if (!isDatum(v.van)) o.fouten.push(`${hier}.van: geen datum (JJJJ-MM-DD): "${String(v.van)}"`)
    if (i > 0 && (varianten[i - 1]?.van ?? '') >= v.van)
      o.fouten.push(`${hier}.van: de varianten staan op volgorde van datum, elk later dan de vorige`)
    if (v.vervallen && !magVervallen) o.fouten.push(`${hier}: vervallen kan alleen bij een aandachtspunt`)
    if (v.als !== undefined) controleerKnoop(v.als, los ? `${pad}${enkel}` : `${hier}.als`, o)
  })
}

/** Every date on which a variant or a parameter of the model changes, within its window. */
function wisseldata(data: ModelData): string[] {
  const data_ = new Set<string>([data.peildata.van])
  const binnen = (d: string) => d > data.peildata.van && d <= data.peildata.tot
  for (const reeks of Object.values(data.parameters)) for (const r of reeks) if (binnen(r.van)) data_.add(r.van)
  const varianten = [
    ...Object.values(data.voorwaarden),
    ...Object.values(data.voorzieningen).map((v) => v.varianten),
    ...Object.values(data.aandachtspunten).map((a) => a.varianten),
  ]
  for (const lijst of varianten) for (const v of lijst) if (binnen(v.van)) data_.add(v.van)
  for (let jaar = Number(data.peildata.van.slice(0, 4)) + 1; jaar <= Number(data.peildata.tot.slice(0, 4)); jaar++)
    data_.add(`${jaar}-01-01`)
  return [...data_].sort()
}

// ---------------------------------------------------------------------------------------------
// Compiling: a model on a peildatum becomes condition trees of `logica.ts`.

function geldend<T>(reeks: readonly Gedateerd<T>[], peildatum: string): Gedateerd<T> | undefined {
  let gevonden: Gedateerd<T> | undefined
  for (const item of reeks) if (item.van <= peildatum && (!gevonden || item.van >= gevonden.van)) gevonden = item
  return gevonden
}

function variantOp(varianten: readonly Variant[], peildatum: string): Variant | undefined {
  return geldend(
    varianten.map((v) => ({ van: v.van, waarde: v, bron: '' })),
    peildatum,
  )?.waarde
}

export interface AowBand {
  /** Younger than this (whole years): the AOW age is surely not reached. */
  readonly onder: number
  /** This age or older: the AOW age is surely reached. */
  readonly vanaf: number
  /** The AOW age of the peildatum's year, for texts. */
  readonly jaren: number
  readonly maanden: number
}

/** A voorziening's rule on a peildatum. */
export interface VoorzieningOpDatum {
  readonly id: VoorzieningId
  readonly artikel: string
  readonly conditie: Conditie
}

/** A note's test: its value on the facts and outcomes, and the facts that would decide it. */
export interface AandachtsUitslag {
  readonly waarde: Drie
  readonly ontbrekend: readonly Feit[]
}
export type OordeelVan = (id: VoorzieningId) => Oordeel
type AandachtsToets = (s: Situatie, oordeel: OordeelVan) => AandachtsUitslag
type AandachtsWaarde = (s: Situatie, oordeel: OordeelVan) => Drie

export interface AandachtspuntOpDatum {
  readonly sleutel: string
  readonly artikel: string
  readonly lezers: readonly Lezer[]
  readonly rubriek: Rubriek
  readonly voorzieningen?: readonly VoorzieningId[]
  /** Whether it applies: true, false, or unknown while a fact it needs is missing. */
  readonly geldt: AandachtsWaarde
  /** The same with the facts that would decide it (only asked for when a dialogue may ask them). */
  readonly toets: AandachtsToets
  /** Whether its facts are asked: undefined when it never asks. */
  readonly vraagAls?: AandachtsWaarde
}

/** Everything of a model on one peildatum. */
export interface ModelOpDatum {
  readonly peildatum: string
  readonly voorzieningen: readonly VoorzieningOpDatum[]
  /** The doelgroep as one condition (with its own text, as a part of a voorziening)… */
  readonly doelgroep: Conditie
  /** …and its parts, to judge the doelgroep itself (the parts give the reasons). */
  readonly doelgroepDelen: Conditie
  /** The first of these that is false gives the verwijzing. */
  readonly verwijzingen: readonly (readonly [Conditie, Verwijzing])[]
  readonly aandachtspunten: readonly AandachtspuntOpDatum[]
  readonly aowBand: AowBand
  /** The changes of the law applied on this peildatum, oldest first. */
  readonly wijzigingen: readonly WijzigingData[]
  /** The values texts may fill in: every parameter (`{{werkstageMaandenUitkering}}`, `{{premieParticipatieplaats.bedrag}}`) and the number in this model of every article of the first model of the chain (`art. {{art.12}}`), and the year the verordening took effect (`{{verordening.jaar}}`). */
  readonly tekstwaarden: Readonly<Record<string, string | number>>
}

const GEEN_FEITEN: readonly Feit[] = Object.freeze([])

function vergelijker(op: Operator, w: unknown): (v: unknown) => boolean {
  switch (op) {
    case '=':
      return (v) => v === w
    case '≠':
      return (v) => v !== w
    case '<':
      return (v) => (v as number) < (w as number)
    case '≤':
      return (v) => (v as number) <= (w as number)
    case '>':
      return (v) => (v as number) > (w as number)
    case '≥':
      return (v) => (v as number) >= (w as number)
    case 'in': {
      const lijst = w as readonly unknown[]
      return (v) => lijst.includes(v)
    }
  }
}

function teksten(id: string, welke: readonly TekstWaarde[], params?: Readonly<Record<string, number>>): RedenTeksten {
  const uit: { ja?: RedenTeksten['ja']; nee?: RedenTeksten['nee']; onbekend?: RedenTeksten['onbekend'] } = {}
  for (const w of welke) uit[w] = params ? { sleutel: `${id}.${w}`, params } : { sleutel: `${id}.${w}` }
  return uit
}
const ALLE_TEKSTEN: readonly TekstWaarde[] = ['ja', 'nee', 'onbekend']

/** Compiles a model on a peildatum. Throws with a plain Dutch message when a parameter has no value yet. */
function compileer(data: ModelData, peildatum: string): ModelOpDatum {
  const waarde = (id: string): ParameterWaarde => {
    const reeks = data.parameters[id]
    const item = reeks && geldend(reeks, peildatum)
    if (!item) throw new RangeError(`parameter ${id} heeft geen waarde op ${peildatum}`)
    return item.waarde
  }
  const band = (): AowBand => {
    const jaar = Number(peildatum.slice(0, 4))
    const aow = (j: number) => {
      const item = data.parameters.aowLeeftijd && geldend(data.parameters.aowLeeftijd, `${j}-12-31`)
      if (!item || typeof item.waarde !== 'object') throw new RangeError(`geen AOW-leeftijd bekend voor ${j}`)
      return item.waarde as { jaren: number; maanden?: number }
    }
    const vorig = aow(jaar - 1)
    const dit = aow(jaar)
    const maanden = dit.maanden ?? 0
    return { onder: vorig.jaren, vanaf: maanden > 0 ? dit.jaren + 1 : dit.jaren, jaren: dit.jaren, maanden }
  }
  const aowBand = band()

  // One object per named condition on this date: shared parts are evaluated once (`Knoopgeheugen`), and a
  // condition in a tree twice gives one reason.
  const benoemd = new Map<string, Conditie>()
  const naamVan = (naam: string): Conditie => {
    let c = benoemd.get(naam)
    if (!c) {
      const v = variantOp(data.voorwaarden[naam] ?? [], peildatum)
      if (!v?.als) throw new RangeError(`voorwaarde ${naam} geldt nog niet op ${peildatum}`)
      c = knoop(v.als)
      benoemd.set(naam, c)
    }
    return c
  }
  const knoop = (k: KnoopData): Conditie => {
    if (typeof k === 'string') return naamVan(k)
    const eigen = k.tekst ?? []
    // One shape for every combination (the engine reads these for every node of every evaluation).
    const samen = (soort: Samengesteld['soort'], delen: Conditie[]): Samengesteld => ({
      soort,
      delen,
      id: k.id,
      artikel: k.artikel,
      teksten: eigen.length && k.id ? teksten(k.id, eigen) : undefined,
    })
    if (k.alle) return samen('en', k.alle.map(knoop))
    if (k.eenVan) return samen('of', k.eenVan.map(knoop))
    if (k.niet !== undefined) return samen('niet', [knoop(k.niet)])
    const id = k.id ?? ''
    const artikel = k.artikel ?? ''
    const welke = k.tekst ?? ALLE_TEKSTEN
    if (k.altijd) {
      return { soort: 'blad', id, artikel, velden: () => GEEN_FEITEN, test: () => true, teksten: teksten(id, welke) }
    }
    if (k.ingebouwd === 'onderAowLeeftijd') return onderAowLeeftijd(id, artikel, teksten(id, welke), aowBand)
    if (k.ingebouwd === 'regelsOnbekend') return regelsOnbekend(id, artikel, teksten(id, welke))
    const feit = k.feit as Feit
    const op = operator(k.op) as Operator
    const grens = k.parameter !== undefined ? (waarde(k.parameter) as number) : undefined
    const toets = vergelijker(op, grens ?? k.waarde)
    // Not frozen: V8's fast path of `filter` (unknown leaves, every evaluation) skips frozen arrays.
    const velden: readonly Feit[] = [feit]
    return {
      soort: 'blad',
      id,
      artikel,
      velden: () => velden,
      test: (s) => {
        const v = s[feit]
        return v === undefined ? undefined : toets(v)
      },
      teksten: teksten(id, welke, grens === undefined ? undefined : { grens }),
    } satisfies Blad
  }

  const voorzieningen = VOORZIENINGEN.map((id): VoorzieningOpDatum => {
    const v = data.voorzieningen[id]
    const variant = variantOp(v.varianten, peildatum)
    if (!variant?.als) throw new RangeError(`voorziening ${id} heeft nog geen regel op ${peildatum}`)
    return { id, artikel: v.artikel, conditie: knoop(variant.als) }
  })
  const doelgroep = naamVan(data.doelgroep.voorwaarde)
  const doelgroepDelen: Conditie =
    doelgroep.soort === 'blad' ? doelgroep : { soort: doelgroep.soort, delen: doelgroep.delen }
  const verwijzingen = data.doelgroep.verwijzingen.map((v) => [naamVan(v.voorwaarde), v.verwijzing] as const)

  const aandachtspunten: AandachtspuntOpDatum[] = []
  for (const [sleutel, punt] of Object.entries(data.aandachtspunten)) {
    const variant = variantOp(punt.varianten, peildatum)
    if (!variant?.als) continue
    aandachtspunten.push({
      sleutel,
      artikel: punt.artikel,
      lezers: punt.lezers ?? ALLEEN_INWONER,
      rubriek: punt.rubriek ?? 'aandachtspunten',
      ...(punt.voorzieningen ? { voorzieningen: punt.voorzieningen } : {}),
      geldt: aandachtsWaarde(variant.als, knoop, peildatum),
      toets: aandachtsToets(variant.als, knoop, peildatum),
      ...(punt.vraagt
        ? { vraagAls: punt.vraagAls ? aandachtsWaarde(punt.vraagAls, knoop, peildatum) : () => true }
        : {}),
    })
  }

  const tekstwaarden: Record<string, string | number> = {}
  for (const id of Object.keys(data.parameters)) {
    const item = geldend(data.parameters[id] ?? [], peildatum)
    if (!item) continue
    if (typeof item.waarde === 'number') tekstwaarden[id] = item.waarde
    else for (const [deel, w] of Object.entries(item.waarde)) tekstwaarden[`${id}.${deel}`] = w
  }
  // "art. 12" of the first model is `{{art.12}}`, its number in this model ("13"): each language writes its own "art.".
  for (const [basis, eigen] of Object.entries(data.artikelVanBasis))
    tekstwaarden[basis.replace(/^art\. /, 'art.')] = eigen.replace(/^art\. /, '')
  tekstwaarden['verordening.jaar'] = data.inwerkingtreding.slice(0, 4)
  // "Sinds {{wijziging.beschut-werk-2017}}": the year a change of the law took effect, from the model's data.
  for (const [id, w] of Object.entries(data.wijzigingen)) tekstwaarden[`wijziging.${id}`] = w.datum.slice(0, 4)

  const wijzigingen = Object.values(data.wijzigingen)
    .filter((w) => w.datum <= peildatum)
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0))
  return {
    peildatum,
    voorzieningen,
    doelgroep,
    doelgroepDelen,
    verwijzingen,
    aandachtspunten,
    aowBand,
    wijzigingen: Object.freeze(wijzigingen),
    tekstwaarden: Object.freeze(tekstwaarden),
  }
}

const ALLEEN_INWONER: readonly Lezer[] = Object.freeze(['inwoner'])

/**
 * A note's tree: the same leaves as a rule (facts, named conditions), and the outcomes of
 * voorzieningen (`oordeel`; `enige`: any voorziening).
 */
function aandachtsToets(k: KnoopData, knoop: (k: KnoopData) => Conditie, peildatum: string): AandachtsToets {
  if (typeof k === 'object' && k.nietNee !== undefined) {
    const deel = aandachtsWaarde(k.nietNee, knoop, peildatum)
    return (s, oordeel) => ({ waarde: deel(s, oordeel) !== false, ontbrekend: GEEN_FEITEN })
  }
  if (typeof k === 'object' && (k.alle || k.eenVan)) {
    const delen = (k.alle ?? k.eenVan ?? []).map((d) => aandachtsToets(d, knoop, peildatum))
    const samen = k.alle ? en : of
    return (s, oordeel) => {
      const uitslagen = delen.map((d) => d(s, oordeel))
      const w = samen(...uitslagen.map((u) => u.waarde))
      return { waarde: w, ontbrekend: w === undefined ? uitslagen.flatMap((u) => [...u.ontbrekend]) : GEEN_FEITEN }
    }
  }
  if (typeof k === 'object' && k.niet !== undefined) {
    const deel = aandachtsToets(k.niet, knoop, peildatum)
    return (s, oordeel) => {
      const u = deel(s, oordeel)
      return { waarde: u.waarde === undefined ? undefined : !u.waarde, ontbrekend: u.ontbrekend }
    }
  }
  if (typeof k === 'object' && k.oordeel !== undefined) {
    const gelijk = k.op === '='
    const gezocht = k.waarde as Oordeel
    const id = k.oordeel
    // `enige`: any voorziening; a dialogue about some says "niet" for the others.
    const ids: readonly VoorzieningId[] = id === 'enige' ? VOORZIENINGEN : [id as VoorzieningId]
    return (_s, oordeel) => {
      return { waarde: ids.some((v) => (oordeel(v) === gezocht) === gelijk), ontbrekend: GEEN_FEITEN }
    }
  }
  const conditie = knoop(typeof k === 'string' ? k : { id: 'aandacht', artikel: '', ...k })
  // A leaf (a fact, a built-in): its own test, without the reasons a rule gives (every note of every
  // evaluation passes here).
  if (conditie.soort === 'blad') {
    const ctx = { peildatum }
    const velden = conditie.velden(ctx)
    return (s) => {
      const waarde = conditie.test(s, ctx)
      return { waarde, ontbrekend: waarde === undefined ? velden.filter((f) => s[f] === undefined) : GEEN_FEITEN }
    }
  }
  // A named condition: evaluated as in a rule.
  const ctx = { peildatum }
  return (s) => {
    const { waarde, ontbrekend } = uitslagVan(conditie, s, ctx)
    return { waarde, ontbrekend }
  }
}

/** A note's tree as its value only: what every evaluation asks, so it allocates nothing. */
function aandachtsWaarde(k: KnoopData, knoop: (k: KnoopData) => Conditie, peildatum: string): AandachtsWaarde {
  if (typeof k === 'object' && k.nietNee !== undefined) {
    const deel = aandachtsWaarde(k.nietNee, knoop, peildatum)
    return (s, oordeel) => deel(s, oordeel) !== false
  }
  if (typeof k === 'object' && (k.alle || k.eenVan)) {
    const delen = (k.alle ?? k.eenVan ?? []).map((d) => aandachtsWaarde(d, knoop, peildatum))
    const beslissend = k.alle === undefined
    return (s, oordeel) => {
      let onbekend = false
      for (const deel of delen) {
        const w = deel(s, oordeel)
        if (w === beslissend) return beslissend
        if (w === undefined) onbekend = true
      }
      return onbekend ? undefined : !beslissend
    }
  }
  if (typeof k === 'object' && k.niet !== undefined) {
    const deel = aandachtsWaarde(k.niet, knoop, peildatum)
    return (s, oordeel) => {
      const w = deel(s, oordeel)
      return w === undefined ? undefined : !w
    }
  }
  if (typeof k === 'object' && k.oordeel !== undefined) {
    const gelijk = k.op === '='
    const gezocht = k.waarde as Oordeel
    const ids: readonly VoorzieningId[] = k.oordeel === 'enige' ? VOORZIENINGEN : [k.oordeel as VoorzieningId]
    return (_s, oordeel) => ids.some((v) => (oordeel(v) === gezocht) === gelijk)
  }
  const conditie = knoop(typeof k === 'string' ? k : { id: 'aandacht', artikel: '', ...k })
  const ctx = { peildatum }
  if (conditie.soort === 'blad') return (s) => conditie.test(s, ctx)
  return (s) => uitslagVan(conditie, s, ctx).waarde
}

/**
 * Rules the law leaves to the gemeente and the model does not have (Pw art. 7a from 2026): unknown on
 * every Situatie, needing no fact. Its `onbekend` text says whom to ask.
 */
function regelsOnbekend(id: string, artikel: string, tekst: RedenTeksten): Blad {
  return { soort: 'blad', id, artikel, velden: () => GEEN_FEITEN, test: () => undefined, teksten: tekst }
}

/**
 * D2, second half: under the pensioengerechtigde leeftijd (Pw art. 6 lid 1 onder a; art. 9 lid 1).
 * The AOW age is given in years and months, the age in whole years: in the band between them the
 * fact `aowLeeftijdBereikt` decides. Either fact can decide it in every year (no band in 2025-2027,
 * yet `aowLeeftijdBereikt` alone still tells when the age is unknown), so both are asked for.
 */
function onderAowLeeftijd(id: string, artikel: string, tekst: RedenTeksten, band: AowBand): Blad {
  const velden: readonly Feit[] = ['leeftijd', 'aowLeeftijdBereikt']
  return {
    soort: 'blad',
    id,
    artikel,
    velden: () => velden,
    test: (s) => {
      if (s.leeftijd !== undefined) {
        if (s.leeftijd < band.onder) return true
        if (s.leeftijd >= band.vanaf) return false
      }
      return s.aowLeeftijdBereikt === undefined ? undefined : !s.aowLeeftijdBereikt
    },
    teksten: tekst,
  }
}

// ---------------------------------------------------------------------------------------------

/** A checked model, compiled on demand per peildatum. */
export interface Regelmodel {
  readonly id: string
  readonly naam: string
  readonly gemeente: string
  readonly versie: string
  readonly inwerkingtreding: string
  readonly peildata: { readonly van: string; readonly tot: string }
  readonly data: ModelData
  /** True when the model answers for this `YYYY-MM-DD` date. */
  isGeldigePeildatum(peildatum: string): boolean
  /** The compiled trees of a peildatum within the window (a RangeError outside it). */
  opDatum(peildatum: string): ModelOpDatum
  /** The value of a parameter on a peildatum. */
  parameter(id: string, peildatum: string): ParameterWaarde
}

/** How many peildata a model keeps compiled (one a day in use, a few more in tests). */
const PEILDATA = 32

/** Compiles a model that `controleerModel` found without faults (it throws on one that has them). */
export function maakRegelmodel(data: ModelData): Regelmodel {
  const fouten = controleerModel(data)
  if (fouten.length) throw new Error(`Regelmodel ${data.id} klopt niet:\n  ${fouten.join('\n  ')}`)
  const gecompileerd = begrensdGeheugen<string, ModelOpDatum>(PEILDATA)
  const isGeldig = (p: string) => isDatum(p) && p >= data.peildata.van && p <= data.peildata.tot
  return Object.freeze({
    id: data.id,
    naam: data.naam,
    gemeente: data.gemeente,
    versie: data.versie,
    inwerkingtreding: data.inwerkingtreding,
    peildata: data.peildata,
    data,
    isGeldigePeildatum: isGeldig,
    opDatum(peildatum: string) {
      // A date compiled before was checked then (this runs several times in every evaluation).
      const bekend = gecompileerd.kijk(peildatum)
      if (bekend) return bekend
      if (!isGeldig(peildatum)) throw new RangeError(`Peildatum ${peildatum} valt buiten de regels van ${data.id}`)
      return gecompileerd.vind(peildatum, () => compileer(data, peildatum))
    },
    parameter(id: string, peildatum: string) {
      const item = data.parameters[id] && geldend(data.parameters[id], peildatum)
      if (!item) throw new RangeError(`Geen waarde voor ${id} op ${peildatum}`)
      return item.waarde
    },
  })
}
