/**
 * Generated paths (xstate/graph): every path of every machine reaches an end, stops only when every
 * outcome of its onderwerp is decided or only "Weet ik niet" remains, and ends with what
 * POST /api/v1/checks says on the facts it collected.
 */

import { describe, expect, it } from 'vitest'
import { getShortestPaths } from 'xstate/graph'
import {
  type Antwoord,
  feitenUit,
  type GesprekMachine,
  machinesVoor,
  type Onderwerp,
  voorzieningenVan,
  vraagMetId,
} from '../flows/index.js'
import { benodigdeFeiten, evaluate, type Feit } from '../rules/index.js'
import { testApp, vraag } from './helpers.js'
import { ASSEN } from './regelmodel.js'

const PEILDATUM = '2026-11-22'
/** Numbers per question: one on each side of the boundaries that matter most. */
const GETALLEN: Record<string, number[]> = {
  leeftijd: [15, 30],
  maandenUitkering: [12],
  jarenGeenWerkinkomen: [5],
  contractMaanden: [1, 6],
  jongsteKindLeeftijd: [3],
}

interface Snap {
  value: unknown
  context: { vraag?: string; antwoorden: Antwoord[] }
}

function paden(onderwerp: Onderwerp) {
  const machine: GesprekMachine = machinesVoor(ASSEN)[onderwerp]
  return getShortestPaths(machine, {
    input: { peildatum: PEILDATUM },
    events: (snap: Snap) => {
      const v = snap.context.vraag ? vraagMetId(snap.context.vraag) : undefined
      if (!v || snap.value === 'uitkomst') return []
      const waarden = new Set([
        ...v.keuzes.map((k) => k.waarde),
        ...(v.soort === 'getal' ? (GETALLEN[v.id] ?? [1]) : []),
      ])
      return [...waarden].map((waarde) => ({ type: 'antwoord.gegeven' as const, vraag: v.id, waarde }))
    },
    // The intake's and the employer's answers have too many orders to list (the employer's grew fourfold when
    // loonwaarde took in the beschut-werk group from 2017): their state is the open question and every outcome.
    serializeState: (snap: Snap) => {
      if (onderwerp !== 'alles' && onderwerp !== 'werkgever')
        return JSON.stringify([snap.value, snap.context.antwoorden])
      const e = evaluate(feitenUit(snap.context.antwoorden), PEILDATUM, ASSEN)
      return JSON.stringify([snap.value, snap.context.vraag, e.doelgroep.oordeel, e.uitkomsten.map((u) => u.oordeel)])
    },
  } as never) as unknown as { state: Snap }[]
}

const ONDERWERPEN = Object.keys(machinesVoor(ASSEN)) as Onderwerp[]
const app = testApp()

describe.each(ONDERWERPEN)('gesprek %s', (onderwerp) => {
  const alle = paden(onderwerp)
  const einden = alle.filter((p) => p.state.value === 'uitkomst')

  it('elk pad eindigt: een open vraag met antwoorden, of de uitkomst', () => {
    expect(einden.length).toBeGreaterThan(0)
    for (const { state } of alle) {
      if (state.value === 'uitkomst') continue
      expect(state.value).toBe('vraag')
      expect(vraagMetId(state.context.vraag ?? '')?.keuzes.length).toBeGreaterThan(0)
    }
  })

  it('stopt pas als alles beslist is of alleen "Weet ik niet" overblijft', () => {
    const relevant = new Set(voorzieningenVan(onderwerp))
    for (const { state } of einden) {
      const gevraagd = new Set(state.context.antwoorden.map((a) => a.vraag))
      for (const u of evaluate(feitenUit(state.context.antwoorden), PEILDATUM, ASSEN).uitkomsten) {
        if (!relevant.has(u.voorziening) || u.oordeel !== 'onbekend') continue
        for (const feit of u.ontbrekend) expect(gevraagd.has(feit), `${u.voorziening} mist ${feit}`).toBe(true)
      }
    }
  })

  if (onderwerp !== 'alles' && onderwerp !== 'werkgever') {
    it('vraagt hoogstens de feiten die de voorziening nodig heeft', () => {
      const nodig = new Set<Feit>(benodigdeFeiten(onderwerp, PEILDATUM, ASSEN))
      for (const { state } of einden) {
        expect(state.context.antwoorden.length).toBeLessThanOrEqual(nodig.size)
        for (const a of state.context.antwoorden) expect(nodig.has(a.vraag as Feit), a.vraag).toBe(true)
      }
    })
  }

  it('eindigt via de API met wat /checks zegt over de verzamelde feiten', async () => {
    const stap = Math.max(1, Math.floor(einden.length / 40))
    for (let i = 0; i < einden.length; i += stap) {
      const antwoorden = einden[i]?.state.context.antwoorden ?? []
      const start = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp })
      let laatste = start.json
      for (const a of antwoorden) {
        const r = await vraag(app, 'POST', `/api/v1/gesprekken/${start.json.gesprek}/antwoorden`, a)
        expect(r.status, JSON.stringify(a)).toBe(200)
        laatste = r.json
      }
      expect(laatste.klaar).toBe(true)
      const checks = await vraag(app, 'POST', '/api/v1/checks', {
        situatie: feitenUit(antwoorden),
        peildatum: PEILDATUM,
      })
      // An employer reads the same outcome in words about the candidate ("De kandidaat is …"):
      // the decisions, articles and what is missing are those of /checks.
      const beslist = (u: {
        voorziening?: string
        oordeel: string
        ontbrekend?: string[]
        redenen: { artikel: string }[]
      }) => ({
        voorziening: u.voorziening,
        oordeel: u.oordeel,
        ontbrekend: u.ontbrekend,
        artikelen: u.redenen.map((r) => r.artikel),
      })
      if (onderwerp === 'werkgever') {
        expect(laatste.uitkomsten.map(beslist)).toEqual(checks.json.uitkomsten.map(beslist))
        expect(beslist(laatste.doelgroep)).toEqual(beslist(checks.json.doelgroep))
      } else {
        expect(laatste.uitkomsten).toEqual(checks.json.uitkomsten)
        expect(laatste.doelgroep).toEqual(checks.json.doelgroep)
      }
      // The intake shows every note of /checks; a narrower dialogue only those of its own voorzieningen
      // (for an employer in the u-form, so compared by article).
      if (onderwerp === 'alles') expect(laatste.aandachtspunten).toEqual(checks.json.aandachtspunten)
      else {
        // An employer also gets the notes the model writes for employers only (`lezers: [werkgever]`).
        const alleenWerkgever = Object.values(ASSEN.data.aandachtspunten)
          .filter((a) => onderwerp === 'werkgever' && a.lezers && !a.lezers.includes('inwoner'))
          .map((a) => a.artikel)
        const artikelen = [
          ...checks.json.aandachtspunten.map((a: { artikel: string }) => a.artikel),
          ...alleenWerkgever,
        ]
        for (const punt of laatste.aandachtspunten) expect(artikelen).toContain(punt.artikel)
      }
    }
  })
})
