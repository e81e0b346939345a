/**
 * The widget writes no second copy of the contract: no type or constant under a name that contract/
 * exports, and no list of strings that is one of the contract's fixed lists under another name. Types
 * come from contract/ with `import type`, values from `contract/waarden.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript-dev'
import { describe, expect, it } from 'vitest'
import * as waarden from '../contract/waarden.js'

const ROOT = resolve(import.meta.dirname, '..')

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam)
    if (statSync(pad).isDirectory()) return bestanden(pad)
    return /\.tsx?$/.test(naam) && !/\.test\.tsx?$/.test(naam) ? [pad] : []
  })
}

/** Every name contract/ exports (types, interfaces, values, re-exports), as the type checker sees them. */
function contractNamen(): Set<string> {
  const bestandenVanContract = bestanden(join(ROOT, 'contract'))
  const programma = ts.createProgram(bestandenVanContract, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
  })
  const checker = programma.getTypeChecker()
  const namen = new Set<string>()
  for (const pad of bestandenVanContract) {
    const bron = programma.getSourceFile(pad)
    const module = bron && checker.getSymbolAtLocation(bron)
    if (!module) throw new Error(`${pad}: geen module`)
    for (const symbool of checker.getExportsOfModule(module)) namen.add(symbool.getName())
  }
  return namen
}

interface Verklaring {
  naam: string
  bestand: string
  regel: number
}

/** The names a file declares (type, interface, const/let, function, class, enum), at any depth. */
function verklaringen(bestand: string, tekst = readFileSync(bestand, 'utf8')): Verklaring[] {
  const bron = ts.createSourceFile(bestand, tekst, ts.ScriptTarget.Latest, true)
  const uit: Verklaring[] = []
  const noteer = (naam: ts.Node) => {
    if (ts.isIdentifier(naam))
      uit.push({ naam: naam.text, bestand, regel: bron.getLineAndCharacterOfPosition(naam.getStart()).line + 1 })
  }
  const bezoek = (knoop: ts.Node) => {
    if (
      ts.isTypeAliasDeclaration(knoop) ||
      ts.isInterfaceDeclaration(knoop) ||
      ts.isVariableDeclaration(knoop) ||
      ts.isFunctionDeclaration(knoop) ||
      ts.isClassDeclaration(knoop) ||
      ts.isEnumDeclaration(knoop)
    ) {
      if (knoop.name) noteer(knoop.name)
    }
    ts.forEachChild(knoop, bezoek)
  }
  bezoek(bron)
  return uit
}

/** Every array literal of two or more string literals in a file, as sorted lists. */
function tekstLijsten(bestand: string, tekst = readFileSync(bestand, 'utf8')): { lijst: string[]; regel: number }[] {
  const bron = ts.createSourceFile(bestand, tekst, ts.ScriptTarget.Latest, true)
  const uit: { lijst: string[]; regel: number }[] = []
  const bezoek = (knoop: ts.Node) => {
    if (
      ts.isArrayLiteralExpression(knoop) &&
      knoop.elements.length >= 2 &&
      knoop.elements.every((e) => ts.isStringLiteral(e))
    ) {
      uit.push({
        lijst: knoop.elements.map((e) => (e as ts.StringLiteral).text).sort(),
        regel: bron.getLineAndCharacterOfPosition(knoop.getStart()).line + 1,
      })
    }
    ts.forEachChild(knoop, bezoek)
  }
  bezoek(bron)
  return uit
}

const WIDGET = bestanden(join(ROOT, 'widget'))
const namen = contractNamen()

describe('de widget schrijft het contract niet over', () => {
  it('contract/ noemt de namen die de widget vroeger zelf schreef (de test ziet typen en waarden)', () => {
    for (const naam of ['Stap', 'Begrip', 'PubliekGemeente', 'VraagVorm', 'FeedbackAntwoord', 'FeedbackReden'])
      expect(namen, naam).toContain(naam)
    for (const naam of ['OORDELEN', 'FEEDBACK_REDENEN', 'MAX_NOTITIES', 'MAX_BERICHT_TEKENS', 'Taal'])
      expect(namen, naam).toContain(naam)
    expect(WIDGET.length).toBeGreaterThan(10)
  })

  it('geen type of constante in widget/ met een naam die contract/ exporteert', () => {
    const dubbel = WIDGET.flatMap((b) => verklaringen(b))
      .filter((v) => namen.has(v.naam))
      .map((v) => `${v.bestand.slice(ROOT.length + 1)}:${v.regel} ${v.naam}`)
    expect(dubbel).toEqual([])
  })

  it('geen lijst in widget/ die een vaste lijst van contract/waarden.ts is', () => {
    const lijsten = Object.entries(waarden as Record<string, unknown>)
      .filter((e): e is [string, string[]] => Array.isArray(e[1]))
      .map(([naam, lijst]) => [naam, JSON.stringify([...lijst].sort())] as const)
    expect(lijsten.length).toBeGreaterThan(5)
    const kopie = WIDGET.flatMap((bestand) =>
      tekstLijsten(bestand).flatMap(({ lijst, regel }) =>
        lijsten
          .filter(([, l]) => l === JSON.stringify(lijst))
          .map(([naam]) => `${bestand.slice(ROOT.length + 1)}:${regel} is ${naam}`),
      ),
    )
    expect(kopie).toEqual([])
  })

  it('de zoekers vinden een kopie als die er staat', () => {
    const kopie = [
      'interface Stap { gesprek: string }',
      'function f() { type VraagVorm = string; return 1 }',
      "const GROEPEN = ['mogelijk', 'onbekend', 'niet'] as const",
    ].join('\n')
    expect(
      verklaringen('kopie.ts', kopie)
        .map((v) => v.naam)
        .filter((n) => namen.has(n)),
    ).toEqual(['Stap', 'VraagVorm'])
    expect(tekstLijsten('kopie.ts', kopie)).toEqual([{ lijst: ['mogelijk', 'niet', 'onbekend'], regel: 3 }])
    expect(JSON.stringify([...waarden.OORDELEN].sort())).toBe(JSON.stringify(['mogelijk', 'niet', 'onbekend']))
  })
})
