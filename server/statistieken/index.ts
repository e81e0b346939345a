import { redisTeller, statSleutel } from './redis.js'
import { sqliteTeller } from './sqlite.js'
import { type Logboek, STANDAARD_BEWAAR_DAGEN, standaardLogboek, type Teller } from './types.js'

export type { Teller, Telling } from './types.js'

/**
 * Where one gemeente's figures go in an installation with several: the first keeps `STATISTIEKEN_PAD`
 * itself (so a one-gemeente installation keeps its figures when others join), every other gets a file
 * of its own beside it: `data/statistieken.db` -> `data/statistieken-voorbeeldstad.db`.
 */
export function statistiekenPadVoor(pad: string, id?: string): string {
  if (!id || pad === ':memory:') return pad
  const punt = pad.lastIndexOf('.')
  const schuine = pad.lastIndexOf('/')
  return punt > schuine + 1 ? `${pad.slice(0, punt)}-${id}${pad.slice(punt)}` : `${pad}-${id}`
}

/**
 * The counter for this server: Redis when `REDIS_URL` is set (every process adds to the same
 * figures), else the SQLite file at `STATISTIEKEN_PAD`. When the file cannot be opened, the
 * server still starts without statistics: residents come first. `gemeente`: the id of a gemeente
 * that is not the installation's first, whose figures are kept apart (`statSleutel`, `statistiekenPadVoor`).
 */
export function maakTeller(
  instellingen: {
    readonly redisUrl?: string | undefined
    readonly pad: string
    readonly bewaarDagen?: number
    readonly gemeente?: string
  },
  log: Logboek = standaardLogboek,
): Teller | undefined {
  try {
    const dagen = instellingen.bewaarDagen ?? STANDAARD_BEWAAR_DAGEN
    return instellingen.redisUrl
      ? redisTeller(instellingen.redisUrl, log, dagen, statSleutel(instellingen.gemeente))
      : sqliteTeller(statistiekenPadVoor(instellingen.pad, instellingen.gemeente), log, dagen)
  } catch (fout) {
    log('statistieken staan uit: de opslag kon niet worden geopend', fout)
    return undefined
  }
}
