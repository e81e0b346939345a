import { redisTeller } from './redis.js'
import { sqliteTeller } from './sqlite.js'
import { type Logboek, STANDAARD_BEWAAR_DAGEN, standaardLogboek, type Teller } from './types.js'

export type { Teller, Telling } from './types.js'

/**
 * The counter for this server: Redis when `REDIS_URL` is set (every process adds to the same
 * figures), else the SQLite file at `STATISTIEKEN_PAD`. When the file cannot be opened, the
 * server still starts without statistics: residents come first.
 */
export function maakTeller(
  instellingen: { readonly redisUrl?: string | undefined; readonly pad: string; readonly bewaarDagen?: number },
  log: Logboek = standaardLogboek,
): Teller | undefined {
  try {
    const dagen = instellingen.bewaarDagen ?? STANDAARD_BEWAAR_DAGEN
    return instellingen.redisUrl
      ? redisTeller(instellingen.redisUrl, log, dagen)
      : sqliteTeller(instellingen.pad, log, dagen)
  } catch (fout) {
    log('statistieken staan uit: de opslag kon niet worden geopend', fout)
    return undefined
  }
}
