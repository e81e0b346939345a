/**
 * The gemeente profile: everything that differs per gemeente (name, contact, links, colours) and
 * the rules model of its verordening (`regels`: an id in `regels/` or `REGELS_PAD`, or the path of
 * a model file). One JSON file per gemeente in `gemeenten/`, validated at start-up with its model.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from '@hono/zod-openapi'
import { gemeenteSchema, type PubliekGemeente } from '../contract/gemeente.js'
import type { Regelmodel } from '../rules/index.js'
import { foutRegels } from './opstartfouten.js'
import { laadRegelmodel, REGELS_MAP, RegelmodelFout } from './regels.js'

/**
 * A text a resident reads: one Dutch text, or one per language code with Dutch required
 * (`{ "nl": "…", "en": "…" }`). A language the profile does not give falls back to Dutch.
 */
const meertalig = z.union([z.string().min(1), z.object({ nl: z.string().min(1) }).catchall(z.string().min(1))])
export type Meertalig = z.infer<typeof meertalig>

/** `gemeenten/<id>.json`. */
export const GemeenteSchema = gemeenteSchema(meertalig, z.union([z.literal(''), meertalig]))

/** A profile as in its file. */
export type GemeenteProfiel = z.infer<typeof GemeenteSchema>
/** A loaded profile, with its compiled rules model. */
export type Gemeente = GemeenteProfiel & { readonly regelmodel: Regelmodel }

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
  const { regelmodel, ...profiel } = gemeente
  const { naam: fgNaam, ...fg } = gemeente.privacy.fg
  return {
    ...profiel,
    contact: { ...gemeente.contact, openingstijden: inTaal(gemeente.contact.openingstijden, taal) },
    tolk: gemeente.tolk === '' ? '' : inTaal(gemeente.tolk, taal),
    jongerenloket: inTaal(gemeente.jongerenloket, taal),
    privacy: {
      ...gemeente.privacy,
      verwerkingsverantwoordelijke: inTaal(gemeente.privacy.verwerkingsverantwoordelijke, taal),
      fg: fgNaam === undefined ? fg : { ...fg, naam: inTaal(fgNaam, taal) },
    },
    regelmodel: {
      id: regelmodel.id,
      naam: regelmodel.naam,
      versie: regelmodel.versie,
      inwerkingtreding: regelmodel.inwerkingtreding,
      peildata: { ...regelmodel.peildata },
      erft: [...regelmodel.data.erft],
    },
  }
}

const MAP = fileURLToPath(new URL('../gemeenten/', import.meta.url))

export class GemeenteFout extends Error {}

/** Said when a profile has no `privacy` at all (a profile from before the privacy statement named the FG). */
const PRIVACY_ONTBREEKT =
  'Vul in wie verantwoordelijk is voor de gegevens (privacy.verwerkingsverantwoordelijke) en hoe inwoners ' +
  'de functionaris gegevensbescherming bereiken (privacy.fg.email); zie README, "Live gaan bij een gemeente"'

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
export function laadGemeente(
  keuze: string,
  map: string = MAP,
  regelsMappen: readonly string[] = [REGELS_MAP],
): Gemeente {
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
          '\n  Zet GEMEENTE (of GEMEENTEN) op een van deze, of GEMEENTE_PAD op de map met jullie profiel.',
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
  const verhuisd = verhuisdeVelden(ruw)
  if (verhuisd.length) throw new GemeenteFout(`Gemeenteprofiel ${id} klopt niet (${bestand}):\n${verhuisd.join('\n')}`)
  const uitslag = GemeenteSchema.safeParse(ruw, { reportInput: true })
  if (!uitslag.success) {
    const { issues } = uitslag.error
    const regels = foutRegels(issues).map((regel, i) =>
      issues[i]?.code === 'invalid_type' && issues[i].input === undefined && issues[i].path.join('.') === 'privacy'
        ? `${regel}. ${PRIVACY_ONTBREEKT}`
        : regel,
    )
    throw new GemeenteFout(`Gemeenteprofiel ${id} klopt niet (${bestand}):\n${regels.join('\n')}`)
  }
  if (uitslag.data.id !== id) {
    throw new GemeenteFout(
      `Gemeenteprofiel ${id} klopt niet (${bestand}):\n  id: moet "${id}" zijn, zoals de bestandsnaam`,
    )
  }
  const profiel = uitslag.data
  // A model file named by a relative path is found beside the profile.
  const modelKeuze = /\.(ya?ml|json)$/.test(profiel.regels) ? resolve(dirname(bestand), profiel.regels) : profiel.regels
  let regelmodel: Regelmodel
  try {
    regelmodel = laadRegelmodel(modelKeuze, { mappen: regelsMappen })
  } catch (fout) {
    if (!(fout instanceof RegelmodelFout)) throw fout
    throw new GemeenteFout(`Gemeenteprofiel ${id} (${bestand}) noemt regels: ${profiel.regels}.\n${fout.message}`)
  }
  const onbekend = Object.keys(profiel.verordening?.artikelLinks ?? {}).filter(
    (artikel) => artikel.startsWith('art.') && !(artikel in regelmodel.data.artikelen),
  )
  if (onbekend.length) {
    throw new GemeenteFout(
      `Gemeenteprofiel ${id} klopt niet (${bestand}):\n` +
        onbekend
          .map(
            (a) =>
              `  verordening.artikelLinks.${a}: het regelmodel ${regelmodel.id} heeft geen ${a} (wel: ${Object.keys(regelmodel.data.artikelen).join(', ')})`,
          )
          .join('\n'),
    )
  }
  return { ...profiel, regelmodel }
}

/**
 * Fields that moved from the profile to the rules model: named with where they belong now, instead
 * of zod's "unknown field".
 */
function verhuisdeVelden(ruw: unknown): string[] {
  if (typeof ruw !== 'object' || ruw === null) return []
  const profiel = ruw as { parameters?: unknown; verordening?: Record<string, unknown> }
  const uit: string[] = []
  if (profiel.parameters !== undefined)
    uit.push(
      '  parameters: staan nu in het regelmodel (regels/<model>.yaml, onder parameters; een model met erft: assen-2015 geeft alleen wat anders is)',
    )
  for (const veld of ['naam', 'versie', 'geldigVanaf'])
    if (profiel.verordening && veld in profiel.verordening)
      uit.push(
        `  verordening.${veld}: staat nu in het regelmodel (naam, versie, inwerkingtreding); noem het model met regels`,
      )
  return uit
}
