/**
 * The gemeente profile: everything that differs per gemeente (name, contact, links, colours,
 * dated parameters). One JSON file per gemeente in `gemeenten/`, validated at start-up.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from '@hono/zod-openapi'
import { foutRegels } from './opstartfouten.js'

const leegOfUrl = z.union([z.literal(''), z.url()])
const kleur = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'een kleur als #00566e')
const datum = z.iso.date()

/** A value that holds from a date on, with where it comes from (as in `rules/parameters.ts`). */
const gedateerd = <T extends z.ZodType>(waarde: T) =>
  z.array(z.object({ waarde, van: datum, bron: z.string().min(1) }).strict()).min(1)

/**
 * Parameters the gemeente sets itself, dated like `rules/parameters.ts`. They reach the rules as
 * `evaluate(situatie, peildatum, parameters)`, where the one dated lookup is. Absent: the values
 * of the model verordening.
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

/**
 * A text a resident reads: one Dutch text, or one per language code with Dutch required
 * (`{ "nl": "…", "en": "…" }`). A language the profile does not give falls back to Dutch.
 */
const meertalig = z.union([z.string().min(1), z.object({ nl: z.string().min(1) }).catchall(z.string().min(1))])
export type Meertalig = z.infer<typeof meertalig>

/** The profile, with `tekst` for the texts a resident reads: per language in the file, one string in the API. */
function gemeenteSchema<T extends z.ZodType, L extends z.ZodType>(tekst: T, tolk: L) {
  return z
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
      parameters: GemeenteParametersSchema.optional(),
    })
    .strict()
}

/** `gemeenten/<id>.json`. */
export const GemeenteSchema = gemeenteSchema(meertalig, z.union([z.literal(''), meertalig]))

/** What `GET /api/v1/gemeente` gives: the same profile, its texts in the language asked for. */
export const PubliekGemeenteSchema = gemeenteSchema(z.string(), z.string()).openapi('Gemeente')

export type Gemeente = z.infer<typeof GemeenteSchema>
export type PubliekGemeente = z.infer<typeof PubliekGemeenteSchema>

/** A profile text in a language: that language's own text, else the Dutch one. */
export function inTaal(tekst: Meertalig, taal: string): string {
  return typeof tekst === 'string' ? tekst : (tekst[taal] ?? tekst.nl)
}

const WAARDEN = new WeakMap<Gemeente, Map<string, ProfielWaarden>>()

export type ProfielWaarden = Readonly<{
  gemeente: string
  telefoon: string
  openingstijden: string
  jongerenloket: string
}>

/**
 * The profile's values that texts fill in (`{{gemeente}}`, `{{telefoon}}`, `{{openingstijden}}`, `{{jongerenloket}}`), in a
 * language. One object per gemeente and language: the text memory of `i18n.ts` knows it after one look.
 * (A language always has the same direction, so the language alone is the key.)
 */
export function profielWaarden(gemeente: Gemeente, taal: string, richting: 'ltr' | 'rtl' = 'ltr'): ProfielWaarden {
  let perTaal = WAARDEN.get(gemeente)
  if (!perTaal) {
    perTaal = new Map()
    WAARDEN.set(gemeente, perTaal)
  }
  let waarden = perTaal.get(taal)
  if (!waarden) {
    waarden = Object.freeze({
      gemeente: gemeente.naam,
      // In a right-to-left sentence "012 345" would read "345 012": isolated, it stays left to right.
      telefoon: richting === 'rtl' ? `\u2066${gemeente.contact.telefoon}\u2069` : gemeente.contact.telefoon,
      openingstijden: inTaal(gemeente.contact.openingstijden, taal),
      jongerenloket: inTaal(gemeente.jongerenloket, taal),
    })
    perTaal.set(taal, waarden)
  }
  return waarden
}

/** The public profile in a language (`GET /api/v1/gemeente`). */
export function publiekProfiel(gemeente: Gemeente, taal: string): PubliekGemeente {
  return {
    ...gemeente,
    contact: { ...gemeente.contact, openingstijden: inTaal(gemeente.contact.openingstijden, taal) },
    tolk: gemeente.tolk === '' ? '' : inTaal(gemeente.tolk, taal),
    jongerenloket: inTaal(gemeente.jongerenloket, taal),
  }
}
export type GemeenteParameters = NonNullable<Gemeente['parameters']>

const MAP = fileURLToPath(new URL('../gemeenten/', import.meta.url))

export class GemeenteFout extends Error {}

/** The ids of the profiles in a folder (`<id>.json`), sorted; empty when the folder cannot be read. */
export function profielenIn(map: string): string[] {
  try {
    return readdirSync(map)
      .filter((naam) => /^[a-z0-9-]+\.json$/.test(naam))
      .map((naam) => naam.slice(0, -5))
      .sort()
  } catch {
    return []
  }
}

/**
 * Reads and checks a gemeente profile; throws a `GemeenteFout` that names the file and every wrong field
 * in plain Dutch, so a bad profile stops start-up with a message a beheerder can act on.
 * `keuze` is an id (`assen`: `<map>/assen.json`) or the path of a profile file (`/etc/werkwijzer/assen.json`),
 * so a container can mount the profile outside the image.
 */
export function laadGemeente(keuze: string, map = MAP): Gemeente {
  const isPad = keuze.endsWith('.json')
  const bestand = isPad ? resolve(keuze) : join(map, `${keuze}.json`)
  const id = basename(bestand, '.json')
  let tekst: string
  try {
    tekst = readFileSync(bestand, 'utf8')
  } catch (fout) {
    const code = (fout as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && !isPad) {
      const er = profielenIn(map)
      throw new GemeenteFout(
        `Gemeenteprofiel ${id} bestaat niet (${bestand}).\n` +
          (er.length ? `  Er zijn: ${er.join(', ')}.` : `  In ${map} staat geen profiel.`) +
          '\n  Zet GEMEENTE op een van deze, of GEMEENTE_PAD op de map met jullie profiel.',
      )
    }
    const waarom =
      code === 'ENOENT' ? 'het bestand bestaat niet' : code === 'EACCES' ? 'geen recht om het te lezen' : `fout ${code}`
    throw new GemeenteFout(`Gemeenteprofiel ${id} kan niet gelezen worden (${bestand}): ${waarom}`)
  }
  let ruw: unknown
  try {
    ruw = JSON.parse(tekst)
  } catch (fout) {
    throw new GemeenteFout(`Gemeenteprofiel ${id} is geen geldige JSON (${bestand}): ${(fout as Error).message}`)
  }
  const uitslag = GemeenteSchema.safeParse(ruw, { reportInput: true })
  if (!uitslag.success) {
    throw new GemeenteFout(
      `Gemeenteprofiel ${id} klopt niet (${bestand}):\n${foutRegels(uitslag.error.issues).join('\n')}`,
    )
  }
  if (uitslag.data.id !== id) {
    throw new GemeenteFout(
      `Gemeenteprofiel ${id} klopt niet (${bestand}):\n  id: moet "${id}" zijn, zoals de bestandsnaam`,
    )
  }
  return uitslag.data
}
