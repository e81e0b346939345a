import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import {
  bewaarGrens,
  DAG,
  isToegestaan,
  type Logboek,
  type Rij,
  STANDAARD_BEWAAR_DAGEN,
  standaardLogboek,
  type Teller,
  type Telling,
} from './types.js'

/**
 * The default counter: one SQLite file (WAL), one table of (dag, onderwerp, taal, sleutel, aantal).
 * Counts are gathered in memory and written in one transaction on the next turn of the event loop,
 * so a conversation never waits for the disk. The first count of each new day deletes every day
 * older than `bewaarDagen` (and so does opening the file with a day given).
 */
export function sqliteTeller(
  pad: string,
  log: Logboek = standaardLogboek,
  bewaarDagen: number = STANDAARD_BEWAAR_DAGEN,
): Teller {
  if (pad !== ':memory:') mkdirSync(dirname(pad), { recursive: true })
  const db = new Database(pad)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 1000')
  db.exec(`CREATE TABLE IF NOT EXISTS telling (
    dag TEXT NOT NULL,
    onderwerp TEXT NOT NULL,
    taal TEXT NOT NULL,
    sleutel TEXT NOT NULL,
    aantal INTEGER NOT NULL,
    PRIMARY KEY (dag, onderwerp, taal, sleutel)
  ) WITHOUT ROWID`)
  // The secret of the noise on what is published: one row, made once.
  db.exec('CREATE TABLE IF NOT EXISTS ruisgeheim (id INTEGER PRIMARY KEY CHECK (id = 1), geheim TEXT NOT NULL)')
  db.prepare('INSERT OR IGNORE INTO ruisgeheim (id, geheim) VALUES (1, ?)').run(randomBytes(32).toString('hex'))
  const geheim = (db.prepare('SELECT geheim FROM ruisgeheim WHERE id = 1').get() as { geheim: string }).geheim
  const verhoog = db.prepare(
    `INSERT INTO telling (dag, onderwerp, taal, sleutel, aantal) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (dag, onderwerp, taal, sleutel) DO UPDATE SET aantal = aantal + excluded.aantal`,
  )
  const selecteer = db.prepare<[string, string], Rij>(
    'SELECT dag, onderwerp, taal, sleutel, aantal FROM telling WHERE dag BETWEEN ? AND ? ORDER BY dag',
  )
  const wis = db.prepare<[string]>('DELETE FROM telling WHERE dag < ?')
  const telDagen = db.prepare<[string], { n: number }>('SELECT COUNT(DISTINCT dag) AS n FROM telling WHERE dag < ?')
  const schrijf = db.transaction((rijen: [string, number][]) => {
    for (const [sleutel, aantal] of rijen) {
      const [dag, onderwerp, taal, naam] = sleutel.split('\t') as [string, string, string, string]
      verhoog.run(dag, onderwerp, taal, naam, aantal)
    }
  })

  let wachtend = new Map<string, number>()
  let gepland: NodeJS.Immediate | undefined
  let dicht = false
  let opgeruimdOp = ''
  /** Set by the first count of a new day; the next write deletes what is older. */
  let teWissen: string | undefined

  function ruimOp(grens: string): number {
    if (dicht || !DAG.test(grens)) return 0
    const weg = telDagen.get(grens)?.n ?? 0
    wis.run(grens)
    return weg
  }

  function spoel() {
    gepland = undefined
    if (dicht) return
    if (teWissen) {
      try {
        ruimOp(teWissen)
      } catch (fout) {
        log('oude statistieken niet gewist', fout)
      }
      teWissen = undefined
    }
    if (wachtend.size === 0) return
    const rijen = [...wachtend]
    wachtend = new Map()
    try {
      schrijf(rijen)
    } catch (fout) {
      log('statistieken niet opgeslagen', fout)
    }
  }

  return {
    soort: 'sqlite',
    tel(dag: string, tellingen: readonly Telling[]) {
      if (dicht || !DAG.test(dag)) return
      if (dag !== opgeruimdOp) {
        opgeruimdOp = dag
        teWissen = bewaarGrens(dag, bewaarDagen)
      }
      for (const t of tellingen) {
        if (!isToegestaan(t)) continue
        const sleutel = `${dag}\t${t.onderwerp}\t${t.taal}\t${t.sleutel}`
        wachtend.set(sleutel, (wachtend.get(sleutel) ?? 0) + 1)
      }
      if (wachtend.size > 0 && !gepland) {
        gepland = setImmediate(spoel)
        gepland.unref()
      }
    },
    async leeg() {
      if (gepland) clearImmediate(gepland)
      spoel()
    },
    async lees(van, tot) {
      return selecteer.all(van, tot)
    },
    async ruimOp(grens) {
      return ruimOp(grens)
    },
    async geheim() {
      return geheim
    },
    bewaarDagen,
    async close() {
      if (dicht) return
      if (gepland) clearImmediate(gepland)
      spoel()
      dicht = true
      db.close()
    },
  }
}
