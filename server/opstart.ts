/**
 * Checks at start-up that need the machine, not just the settings: can the statistics file be written?
 * Each failure is a `StartFout` with a Dutch message that names the setting, so the server stops at once
 * instead of running with a part that silently does not work.
 */
import { accessSync, closeSync, constants, mkdirSync, openSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

export class StartFout extends Error {}

function reden(fout: unknown): string {
  const code = (fout as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'geen schrijfrecht (kijk naar de eigenaar van de map, of de gebruiker waaronder Werkwijzer draait)'
    case 'EROFS':
      return 'het bestandssysteem is alleen-lezen (koppel daar een volume)'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'een deel van het pad is een bestand, geen map'
    case 'EISDIR':
      return 'dit is een map; geef het pad van een bestand, zoals data/statistieken.db'
    case 'ENOSPC':
      return 'de schijf is vol'
    default:
      return code ?? 'onbekende fout'
  }
}

/**
 * The SQLite file of the statistics and its folder must be writable (SQLite writes `-wal` and `-shm`
 * beside it). The folder is made when it is missing, as the statistics would.
 */
export function controleerSchrijfbaar(naam: string, pad: string): void {
  const bestand = resolve(pad)
  const map = dirname(bestand)
  try {
    mkdirSync(map, { recursive: true })
    accessSync(map, constants.W_OK)
    closeSync(openSync(bestand, 'a'))
  } catch (fout) {
    throw new StartFout(`${naam}=${pad}: Werkwijzer kan hier niet schrijven: ${reden(fout)}.`)
  }
}
