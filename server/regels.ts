/**
 * Reads rules models (`regels/<id>.yaml`, or a file a gemeente keeps elsewhere), resolves `erft`
 * (a model that inherits another and says only what differs), checks them and compiles them
 * (`rules/model.ts`). A model with a fault stops start-up with a Dutch message that names the file
 * and the place in it, for the gemeente's jurist or beheerder.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, YAMLParseError } from 'yaml'
import {
  type AandachtspuntData,
  alsVarianten,
  type KnoopData,
  type ModelBestand,
  ModelBestandSchema,
  type ModelData,
  maakRegelmodel,
  type Regelmodel,
  type Variant,
} from '../rules/model.js'
import { VOORZIENINGEN, type VoorzieningId } from '../rules/voorzieningen.js'
import { foutRegels } from './opstartfouten.js'

/** The project's own models. */
export const REGELS_MAP = fileURLToPath(new URL('../regels/', import.meta.url))

/** The first model, the one `npm start` runs with: the others inherit from it. */
export const STANDAARD_MODEL = 'assen-2015'

export class RegelmodelFout extends Error {}

const EXTENSIES = ['.yaml', '.yml', '.json']
const isPad = (keuze: string) => EXTENSIES.some((e) => keuze.endsWith(e)) || keuze.includes('/')

/** The ids of the models in a folder (`<id>.yaml`), sorted; empty when it cannot be read. */
export function modellenIn(map: string): string[] {
  try {
    return readdirSync(map)
      .filter((naam) => /^[a-z0-9-]+\.(ya?ml|json)$/.test(naam))
      .map((naam) => naam.replace(/\.(ya?ml|json)$/, ''))
      .sort()
  } catch {
    return []
  }
}

/** The file of a model id in the first folder that has it. */
function zoekBestand(id: string, mappen: readonly string[]): string | undefined {
  for (const map of mappen)
    for (const extensie of EXTENSIES) {
      const bestand = join(map, `${id}${extensie}`)
      try {
        readFileSync(bestand)
        return bestand
      } catch {}
    }
  return undefined
}

function leesBestand(bestand: string): ModelBestand {
  let tekst: string
  try {
    tekst = readFileSync(bestand, 'utf8')
  } catch (fout) {
    const code = (fout as NodeJS.ErrnoException).code
    const waarom =
      code === 'ENOENT' ? 'het bestand bestaat niet' : code === 'EACCES' ? 'geen recht om het te lezen' : `fout ${code}`
    throw new RegelmodelFout(`Regelmodel ${bestand} kan niet gelezen worden: ${waarom}`)
  }
  let ruw: unknown
  try {
    // YAML 1.2 (the core schema): 2016-01-01 stays text, so a date is checked as a date, not guessed.
    ruw = parse(tekst)
  } catch (fout) {
    const plek =
      fout instanceof YAMLParseError && fout.linePos
        ? ` (regel ${fout.linePos[0].line}, kolom ${fout.linePos[0].col})`
        : ''
    const code = fout instanceof YAMLParseError ? ` (${fout.code})` : ''
    throw new RegelmodelFout(
      `Regelmodel ${bestand} is geen geldige YAML${plek}. Kijk daar naar inspringen, haakjes en aanhalingstekens${code}.`,
    )
  }
  const uitslag = ModelBestandSchema.safeParse(ruw, { reportInput: true })
  if (!uitslag.success)
    throw new RegelmodelFout(
      `Regelmodel ${bestand} klopt niet:\n${foutRegels(uitslag.error.issues, '(model)').join('\n')}`,
    )
  return uitslag.data
}

/** "art. 4 lid 1; Pw art. 10a" with `{ "art. 4": "art. 5" }` is "art. 5 lid 1; Pw art. 10a": only the verordening's own articles. */
export function hernummer(citaat: string, nummers: Readonly<Record<string, string>>): string {
  if (Object.keys(nummers).length === 0) return citaat
  return citaat
    .split(';')
    .map((deel) => {
      const schoon = deel.trim()
      const m = schoon.match(/^(art\. \w+)(.*)$/)
      const nieuw = m?.[1] !== undefined ? nummers[m[1]] : undefined
      return nieuw !== undefined && m ? `${nieuw}${m[2] ?? ''}` : schoon
    })
    .join('; ')
}

function hernummerKnoop(k: KnoopData, nummers: Readonly<Record<string, string>>): KnoopData {
  if (typeof k === 'string') return k
  return {
    ...k,
    ...(k.artikel !== undefined ? { artikel: hernummer(k.artikel, nummers) } : {}),
    ...(k.alle ? { alle: k.alle.map((d) => hernummerKnoop(d, nummers)) } : {}),
    ...(k.eenVan ? { eenVan: k.eenVan.map((d) => hernummerKnoop(d, nummers)) } : {}),
    ...(k.niet !== undefined ? { niet: hernummerKnoop(k.niet, nummers) } : {}),
  }
}

const hernummerVarianten = (varianten: readonly Variant[], nummers: Readonly<Record<string, string>>) =>
  varianten.map((v) => (v.als === undefined ? v : { ...v, als: hernummerKnoop(v.als, nummers) }))

/** A model of its own (no `erft`): everything must be there. */
function alsBasis(b: ModelBestand, bestand: string): ModelData {
  const ontbreekt = (
    [
      'naam',
      'gemeente',
      'versie',
      'inwerkingtreding',
      'peildata',
      'artikelen',
      'parameters',
      'voorwaarden',
      'doelgroep',
      'voorzieningen',
      'aandachtspunten',
    ] as const
  ).filter((veld) => b[veld] === undefined)
  if (b.artikelnummers || b.overnemen)
    throw new RegelmodelFout(
      `Regelmodel ${b.id} klopt niet (${bestand}):\n  artikelnummers en overnemen horen bij een model dat erft`,
    )
  if (ontbreekt.length)
    throw new RegelmodelFout(
      `Regelmodel ${b.id} klopt niet (${bestand}):\n${ontbreekt.map((v) => `  ${v}: dit veld ontbreekt (of zet erft: <model> om het van een ander model over te nemen)`).join('\n')}`,
    )
  const peildata = b.peildata as NonNullable<ModelBestand['peildata']>
  const vanaf = peildata.van
  return {
    id: b.id,
    naam: b.naam as string,
    gemeente: b.gemeente as string,
    versie: b.versie as string,
    inwerkingtreding: b.inwerkingtreding as string,
    peildata,
    erft: [],
    artikelVanBasis: Object.fromEntries(Object.keys(b.artikelen ?? {}).map((a) => [a, a])),
    artikelen: b.artikelen ?? {},
    parameters: b.parameters ?? {},
    voorwaarden: Object.fromEntries(Object.entries(b.voorwaarden ?? {}).map(([n, w]) => [n, alsVarianten(w, vanaf)])),
    doelgroep: b.doelgroep as ModelData['doelgroep'],
    voorzieningen: Object.fromEntries(
      VOORZIENINGEN.map((id) => {
        const v = b.voorzieningen?.[id]
        return [id, { artikel: v?.artikel ?? '', varianten: v ? (v.varianten ?? alsVarianten(v.als, vanaf)) : [] }]
      }),
    ) as unknown as ModelData['voorzieningen'],
    aandachtspunten: Object.fromEntries(
      Object.entries(b.aandachtspunten ?? {}).map(([id, a]) => [id, aandachtspunt(a, vanaf)]),
    ),
    wijzigingen: b.wijzigingen ?? {},
  }
}

function aandachtspunt(a: NonNullable<ModelBestand['aandachtspunten']>[string], vanaf: string): AandachtspuntData {
  return {
    artikel: a.artikel,
    ...(a.voorzieningen ? { voorzieningen: a.voorzieningen } : {}),
    varianten: a.varianten ?? alsVarianten(a.als, vanaf),
    ...(a.vraagt !== undefined ? { vraagt: a.vraagt } : {}),
    ...(a.vraagAls !== undefined ? { vraagAls: a.vraagAls } : {}),
    ...(a.eigen !== undefined ? { eigen: a.eigen } : {}),
    ...(a.lezers !== undefined ? { lezers: a.lezers } : {}),
    ...(a.rubriek !== undefined ? { rubriek: a.rubriek } : {}),
  }
}

/** A model that inherits: the base (already resolved), renumbered, with what the child changes. */
function erfVan(basis: ModelData, b: ModelBestand, bestand: string): ModelData {
  const fout = (regels: string[]) =>
    new RegelmodelFout(`Regelmodel ${b.id} klopt niet (${bestand}):\n${regels.map((r) => `  ${r}`).join('\n')}`)
  const nummers = b.artikelnummers ?? {}
  const onbekend = Object.keys(nummers).filter((a) => !(a in basis.artikelen))
  if (onbekend.length)
    throw fout(
      onbekend.map(
        (a) => `artikelnummers.${a}: ${basis.id} heeft geen ${a} (wel: ${Object.keys(basis.artikelen).join(', ')})`,
      ),
    )
  const eigenVanBasis = Object.entries(basis.aandachtspunten)
    .filter(([, a]) => a.eigen)
    .map(([id]) => id)
  const nietEigen = (b.overnemen ?? []).filter((id) => !eigenVanBasis.includes(id))
  if (nietEigen.length)
    throw fout(
      nietEigen.map(
        (id) =>
          `overnemen: ${id} is geen eigen aandachtspunt van ${basis.id} (wel: ${eigenVanBasis.join(', ') || 'geen'})`,
      ),
    )
  const vanaf = b.peildata?.van ?? basis.peildata.van
  const h = (citaat: string) => hernummer(citaat, nummers)

  const artikelen: Record<string, ModelData['artikelen'][string]> = {}
  for (const [nr, artikel] of Object.entries(basis.artikelen)) artikelen[h(nr)] = artikel
  for (const [nr, artikel] of Object.entries(b.artikelen ?? {})) artikelen[nr] = { ...artikelen[nr], ...artikel }

  const parameters: Record<string, ModelData['parameters'][string]> = {}
  for (const [id, reeks] of Object.entries(basis.parameters))
    parameters[id] = reeks.map((r) => ({ ...r, bron: h(r.bron) }))
  for (const [id, reeks] of Object.entries(b.parameters ?? {})) parameters[id] = reeks

  const voorwaarden: Record<string, readonly Variant[]> = {}
  for (const [naam, varianten] of Object.entries(basis.voorwaarden))
    voorwaarden[naam] = hernummerVarianten(varianten, nummers)
  for (const [naam, w] of Object.entries(b.voorwaarden ?? {})) voorwaarden[naam] = alsVarianten(w, vanaf)

  const voorzieningen = {} as Record<VoorzieningId, ModelData['voorzieningen'][VoorzieningId]>
  for (const id of VOORZIENINGEN) {
    const eigen = b.voorzieningen?.[id]
    const oud = basis.voorzieningen[id]
    voorzieningen[id] = eigen
      ? { artikel: eigen.artikel, varianten: eigen.varianten ?? alsVarianten(eigen.als, vanaf) }
      : { artikel: h(oud.artikel), varianten: hernummerVarianten(oud.varianten, nummers) }
  }

  const aandachtspunten: Record<string, AandachtspuntData> = {}
  for (const [id, a] of Object.entries(basis.aandachtspunten)) {
    // A note that cites the base's own sources (its raadsvoorstel) only when this model says so.
    if (a.eigen && !b.overnemen?.includes(id)) continue
    aandachtspunten[id] = {
      ...a,
      artikel: h(a.artikel),
      varianten: hernummerVarianten(a.varianten, nummers),
      ...(a.vraagAls !== undefined ? { vraagAls: hernummerKnoop(a.vraagAls, nummers) } : {}),
    }
  }
  for (const [id, a] of Object.entries(b.aandachtspunten ?? {})) aandachtspunten[id] = aandachtspunt(a, vanaf)

  return {
    id: b.id,
    naam: b.naam ?? basis.naam,
    gemeente: b.gemeente ?? basis.gemeente,
    versie: b.versie ?? basis.versie,
    inwerkingtreding: b.inwerkingtreding ?? basis.inwerkingtreding,
    peildata: b.peildata ?? basis.peildata,
    erft: [basis.id, ...basis.erft],
    artikelVanBasis: Object.fromEntries(Object.entries(basis.artikelVanBasis).map(([wortel, nr]) => [wortel, h(nr)])),
    artikelen,
    parameters,
    voorwaarden,
    doelgroep: b.doelgroep ?? basis.doelgroep,
    voorzieningen,
    aandachtspunten,
    wijzigingen: { ...basis.wijzigingen, ...(b.wijzigingen ?? {}) },
  }
}

export interface LaadOpties {
  /** Folders with models, searched in order for an id (`REGELS_PAD` first, then the project's). */
  readonly mappen?: readonly string[]
}

/**
 * Reads a model by id (`assen-2015`: `<map>/assen-2015.yaml`) or by the path of a model file, with
 * the models it inherits from; checks and compiles it. Throws a `RegelmodelFout` in plain Dutch.
 */
export function laadRegelmodel(keuze: string, opties: LaadOpties = {}): Regelmodel {
  const mappen = opties.mappen ?? [REGELS_MAP]
  const sleutel = `${mappen.join('\u0000')}\u0000${isPad(keuze) ? resolve(keuze) : keuze}`
  const bekend = GELADEN.get(sleutel)
  if (bekend) return bekend
  const { data, bestand } = lees(keuze, mappen, [])
  let model: Regelmodel
  try {
    model = maakRegelmodel(data)
  } catch (fout) {
    const regels = (fout as Error).message.split('\n').slice(1)
    throw new RegelmodelFout(`Regelmodel ${data.id} klopt niet (${bestand}):\n${regels.join('\n')}`)
  }
  GELADEN.set(sleutel, model)
  return model
}

/** Models are read once per process: they never change after start-up. */
const GELADEN = new Map<string, Regelmodel>()

function lees(
  keuze: string,
  mappen: readonly string[],
  keten: readonly string[],
): { data: ModelData; bestand: string } {
  let bestand: string
  if (isPad(keuze)) bestand = resolve(keuze)
  else {
    const gevonden = zoekBestand(keuze, mappen)
    if (!gevonden) {
      const er = [...new Set(mappen.flatMap(modellenIn))]
      throw new RegelmodelFout(
        `Regelmodel ${keuze} bestaat niet (gezocht in ${mappen.join(', ')}).` +
          (er.length ? `\n  Er zijn: ${er.join(', ')}.` : '') +
          '\n  Noem in het profiel (regels) een van deze, of het pad van een modelbestand; of zet REGELS_PAD op de map met jullie modellen.',
      )
    }
    bestand = gevonden
  }
  const b = leesBestand(bestand)
  if (!isPad(keuze) && b.id !== keuze)
    throw new RegelmodelFout(
      `Regelmodel ${keuze} klopt niet (${bestand}):\n  id: moet "${keuze}" zijn, zoals de bestandsnaam`,
    )
  if (keten.includes(b.id))
    throw new RegelmodelFout(
      `Regelmodel ${b.id} klopt niet (${bestand}):\n  erft: een kring (${[...keten, b.id].join(' erft van ')})`,
    )
  if (b.erft === undefined) return { data: alsBasis(b, bestand), bestand }
  // A base is looked for beside the file first, then in the model folders.
  const basis = lees(
    b.erft,
    [dirname(bestand), ...mappen.filter((m) => resolve(m) !== dirname(bestand))],
    [...keten, b.id],
  )
  return { data: erfVan(basis.data, b, bestand), bestand }
}
