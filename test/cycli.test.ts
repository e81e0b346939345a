/**
 * No import cycles between our source files, type-only imports included: a cycle of types is still
 * two modules that can only be understood together, and one `import type` turned into a value import
 * makes it a cycle at run time (a constant read before it is made). The scanner is TypeScript's own
 * `preProcessFile` (every `import`, `import type`, `export … from` and `import()`), then Tarjan's
 * strongly connected components over the graph of relative imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript-dev'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
/** The folders of the source: the layers, the scripts that run beside them, and the tests' helpers. */
const MAPPEN = ['rules', 'contract', 'gedeeld', 'flows', 'begrip', 'server', 'widget', 'scripts', 'test']

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam)
    if (statSync(pad).isDirectory()) return bestanden(pad)
    return /\.(ts|tsx|mts)$/.test(naam) && !/\.test\.tsx?$/.test(naam) && !naam.endsWith('.d.ts') ? [pad] : []
  })
}

/** The file a relative specifier names: `./x.js` is `x.ts` or `x.tsx`, a folder is its index. */
function bestandVan(van: string, specifier: string, bestaat: (p: string) => boolean): string | undefined {
  const basis = resolve(dirname(van), specifier)
  const zonder = basis.replace(/\.(m?js|jsx)$/, '')
  for (const pad of [basis, `${zonder}.ts`, `${zonder}.tsx`, `${zonder}.mts`, join(basis, 'index.ts')]) {
    if (/\.(ts|tsx|mts)$/.test(pad) && bestaat(pad)) return pad
  }
  return undefined
}

/** The graph of imports: per file, the files of ours it imports (types too). */
function importGraaf(
  paden: readonly string[],
  lees = (p: string) => readFileSync(p, 'utf8'),
  bestaat: (p: string) => boolean = existsSync,
) {
  const graaf = new Map<string, string[]>()
  for (const pad of paden) {
    const info = ts.preProcessFile(lees(pad), true, true)
    const doelen = info.importedFiles
      .map((f) => f.fileName)
      .filter((naam) => naam.startsWith('.'))
      .map((naam) => bestandVan(pad, naam, bestaat))
      .filter((doel): doel is string => doel !== undefined)
    graaf.set(pad, [...new Set(doelen)])
  }
  return graaf
}

/** The strongly connected components with more than one file, or one file importing itself (Tarjan). */
function cycli(graaf: ReadonlyMap<string, readonly string[]>): string[][] {
  let teller = 0
  const index = new Map<string, number>()
  const laag = new Map<string, number>()
  const stapel: string[] = []
  const opStapel = new Set<string>()
  const uit: string[][] = []
  const bezoek = (v: string) => {
    index.set(v, teller)
    laag.set(v, teller)
    teller++
    stapel.push(v)
    opStapel.add(v)
    for (const w of graaf.get(v) ?? []) {
      if (!index.has(w)) {
        bezoek(w)
        laag.set(v, Math.min(laag.get(v) as number, laag.get(w) as number))
      } else if (opStapel.has(w)) laag.set(v, Math.min(laag.get(v) as number, index.get(w) as number))
    }
    if (laag.get(v) === index.get(v)) {
      const deel: string[] = []
      let w: string
      do {
        w = stapel.pop() as string
        opStapel.delete(w)
        deel.push(w)
      } while (w !== v)
      if (deel.length > 1 || (graaf.get(v) ?? []).includes(v)) uit.push(deel.sort())
    }
  }
  for (const v of graaf.keys()) if (!index.has(v)) bezoek(v)
  return uit
}

describe('geen importcycli, ook niet van typen', () => {
  it('de scanner ziet import type, export from en import(), en vindt een cyclus', () => {
    const bron: Record<string, string> = {
      '/a.ts': "import type { B } from './b.js'\nexport type A = B",
      '/b.ts': "export { C } from './c.js'\nexport type B = string",
      '/c.ts': "export const C = () => import('./a.js')",
      '/d.ts': "import { C } from './c.js'\nimport z from 'zod'",
    }
    const graaf = importGraaf(
      Object.keys(bron),
      (p) => bron[p] ?? '',
      (p) => p in bron,
    )
    expect(graaf.get('/d.ts')).toEqual(['/c.ts'])
    expect(cycli(graaf)).toEqual([['/a.ts', '/b.ts', '/c.ts']])
    graaf.set('/c.ts', [])
    expect(cycli(graaf)).toEqual([])
  })

  it('de bronmappen hebben geen cyclus', () => {
    const paden = MAPPEN.flatMap((map) => bestanden(join(ROOT, map)))
    expect(paden.length).toBeGreaterThan(100)
    const graaf = importGraaf(paden)
    // The graph is real: the widget's api imports the contract, the app its router.
    expect(graaf.get(join(ROOT, 'widget', 'api.ts'))).toContain(join(ROOT, 'contract', 'index.ts'))
    const gevonden = cycli(graaf).map((deel) => deel.map((p) => relative(ROOT, p)))
    expect(gevonden).toEqual([])
  })

  it('server/verzoek.ts (de typen van een verzoek) is een blad: alleen contract/ en bibliotheken', () => {
    const pad = join(ROOT, 'server', 'verzoek.ts')
    const doelen = importGraaf([pad]).get(pad) ?? []
    expect(doelen.map((d) => relative(ROOT, d).split('/')[0])).toEqual(['contract'])
    // The middleware, logging, metrics and tracing type their context from the leaf, not from the composition.
    for (const bestand of ['logging.ts', 'metrics/index.ts', 'tracing.ts', 'middleware/cors/index.ts']) {
      const van = join(ROOT, 'server', bestand)
      expect(importGraaf([van]).get(van), bestand).not.toContain(join(ROOT, 'server', 'context.ts'))
    }
  })
})
