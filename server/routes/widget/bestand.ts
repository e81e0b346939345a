/**
 * The built widget (`dist/widget.js`), read from disk and kept in memory with its content hash.
 * A rebuild while the server runs is picked up (the file's mtime changes).
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export interface WidgetBestand {
  readonly inhoud: Buffer
  /** The same bytes gzipped once (a slow phone downloads a third). */
  readonly gzip?: Buffer
  /** The first 16 hex digits of the SHA-256 of the file. */
  readonly hash: string
}

/** The project folder: the nearest folder above this module with a package.json (source or dist/). */
function projectMap(): string {
  let map = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(map, 'package.json')) && dirname(map) !== map) map = dirname(map)
  return map
}

export const WIDGET_PAD = join(projectMap(), 'dist', 'widget.js')

/** A loader that reads the file again only when it changed; undefined while it is not built. */
export function widgetLader(pad = WIDGET_PAD): () => WidgetBestand | undefined {
  let bekend: { mtime: number; bestand: WidgetBestand } | undefined
  return () => {
    let mtime: number
    try {
      mtime = statSync(pad).mtimeMs
    } catch {
      return undefined
    }
    if (bekend?.mtime !== mtime) {
      const inhoud = readFileSync(pad)
      const hash = createHash('sha256').update(inhoud).digest('hex').slice(0, 16)
      bekend = { mtime, bestand: { inhoud, gzip: gzipSync(inhoud, { level: 9 }), hash } }
    }
    return bekend.bestand
  }
}
