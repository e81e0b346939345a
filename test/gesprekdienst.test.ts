/**
 * The conversation service (`server/gesprekdienst.ts`): every change of a conversation is one read
 * and one write of the store, and a step gives the same from the memory store as from a store that
 * keeps JSON (as Redis does), because nothing is remembered by the identity of a stored object.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Bewaard, nieuwGesprek, type Onderwerp, verwerk, vraagMetId } from '../flows/index.js'
import { geheugenStore } from '../server/store/geheugen.js'
import type { GesprekStore } from '../server/store/types.js'
import { type TestApp, tellendeStore, testApp, vraag } from './helpers.js'
import { ASSEN } from './regelmodel.js'

const GESPREKKEN = '/api/v1/gesprekken'
const json = <T>(waarde: T): T => JSON.parse(JSON.stringify(waarde))

/** A store shaped like Redis: what it hands back is parsed from JSON, a new object on every read. */
function jsonStore(): GesprekStore {
  const binnen = geheugenStore({ max: 100, ttlMs: 60_000 })
  return {
    ...binnen,
    soort: binnen.soort,
    laad: async (id) => {
      const geladen = await binnen.laad(id)
      return geladen && { record: json(geladen.record), versie: geladen.versie }
    },
    get: async (id) => {
      const record = await binnen.get(id)
      return record && json(record)
    },
    maak: (record) => binnen.maak(json(record)),
    bewaar: (record, versie) => binnen.bewaar(json(record), versie),
    delete: (id) => binnen.delete(id),
    eenKeer: (id, merk) => binnen.eenKeer(id, merk),
    gereed: () => binnen.gereed(),
    close: () => binnen.close(),
  }
}

interface StapJson {
  readonly gesprek: string
  readonly klaar: boolean
  readonly vraag: { id: string; soort: string; max: number; keuzes: { waarde: unknown }[] }
  readonly antwoorden: { vraag: string; waarde: unknown }[]
}

/** Answers every open question (the `kies`-th choice that is not "Weet ik niet", or a number in bounds) until the outcome. */
async function totHetEinde(app: TestApp, id: string, stap: StapJson, kies = 0): Promise<StapJson[]> {
  const stappen = [stap]
  for (let i = 0; i < 30 && !stap.klaar; i++) {
    const v = stap.vraag
    const keuzes = v.keuzes.filter((k) => k.waarde !== null)
    const waarde = v.soort === 'getal' ? Math.min(v.max, 30 + kies) : keuzes[kies % keuzes.length]?.waarde
    const r = await vraag(app, 'POST', `${GESPREKKEN}/${id}/antwoorden`, { vraag: v.id, waarde })
    expect(r.status, JSON.stringify(r.json)).toBe(200)
    stap = r.json
    stappen.push(stap)
  }
  expect(stap.klaar).toBe(true)
  return stappen
}

describe('de gespreksdienst', () => {
  it('elke verandering (taal, notities, getypt antwoord, feedback) leest de opslag één keer en schrijft één keer', async () => {
    const { store, telling } = tellendeStore()
    const app = testApp({ store })
    const { json: begin } = await vraag(app, 'POST', GESPREKKEN, { onderwerp: 'werkstage' })
    const pad = `${GESPREKKEN}/${begin.gesprek}`
    const meet = async (methode: string, url: string, body: unknown, status: number) => {
      telling.get = 0
      telling.set = 0
      const r = await vraag(app, methode, url, body)
      expect(r.status, `${methode} ${url} ${JSON.stringify(r.json)}`).toBe(status)
      return { ...telling }
    }
    expect(await meet('PATCH', pad, { taal: 'en' }, 200)).toEqual({ get: 1, set: 1 })
    expect(await meet('PUT', `${pad}/notities`, { tekst: 'Vragen over de reiskosten' }, 200)).toEqual({
      get: 1,
      set: 1,
    })
    // A BSN in the notes is refused once the conversation is found: read, nothing written.
    expect(await meet('PUT', `${pad}/notities`, { tekst: 'mijn bsn is 111222333' }, 400)).toEqual({ get: 1, set: 0 })
    expect(await meet('POST', `${pad}/berichten`, { tekst: 'yes' }, 200)).toEqual({ get: 1, set: 1 })
    // A question typed is not a change: read once, nothing written.
    expect(await meet('POST', `${pad}/berichten`, { tekst: 'what is a werkstage?' }, 200)).toEqual({ get: 1, set: 0 })
    expect(await meet('POST', `${pad}/feedback`, { antwoord: 'ja' }, 409)).toEqual({ get: 1, set: 0 })
    const lees = await vraag(app, 'GET', pad)
    await totHetEinde(app, begin.gesprek, lees.json)
    expect(await meet('POST', `${pad}/feedback`, { antwoord: 'ja' }, 204)).toEqual({ get: 1, set: 1 })
    expect(await meet('POST', `${pad}/feedback`, { antwoord: 'ja' }, 409)).toEqual({ get: 1, set: 0 })
  })

  it('een gesprek in een Redis-vormige opslag (JSON heen en terug) geeft dezelfde stappen als in het geheugen', async () => {
    const apps = [testApp({ store: geheugenStore({ max: 100, ttlMs: 60_000 }) }), testApp({ store: jsonStore() })]
    for (const [onderwerp, kies] of [
      ['alles', 0],
      ['alles', 1],
      ['werkgever', 0],
      ['werkstage', 1],
      [undefined, 2],
    ] as const) {
      const uit: unknown[][] = []
      for (const app of apps) {
        const zonderId = (stap: object) => ({ ...stap, gesprek: '' })
        let { json: stap } = await vraag(app, 'POST', GESPREKKEN, onderwerp ? { onderwerp } : {})
        const id = stap.gesprek
        const reeks: unknown[] = [zonderId(stap)]
        if (!onderwerp) {
          stap = (
            await vraag(app, 'POST', `${GESPREKKEN}/${id}/antwoorden`, { vraag: 'onderwerp', waarde: 'scholing' })
          ).json
          reeks.push(zonderId(stap))
        }
        const stappen = await totHetEinde(app, id, stap, kies)
        reeks.push(...stappen.map(zonderId))
        // Changing the first answer, going back, reading again, another language: all read the stored state.
        const eerste = stappen.at(-1)?.antwoorden[onderwerp ? 0 : 1]
        if (!eerste) throw new Error('geen antwoord')
        const anders = vraagMetId(eerste.vraag)?.keuzes.find((k) => k.waarde !== null && k.waarde !== eerste.waarde)
        if (anders)
          reeks.push(
            zonderId(
              (await vraag(app, 'PUT', `${GESPREKKEN}/${id}/antwoorden/${eerste.vraag}`, { waarde: anders.waarde }))
                .json,
            ),
          )
        reeks.push(zonderId((await vraag(app, 'POST', `${GESPREKKEN}/${id}/terug`)).json))
        reeks.push(zonderId((await vraag(app, 'GET', `${GESPREKKEN}/${id}`)).json))
        reeks.push(zonderId((await vraag(app, 'PATCH', `${GESPREKKEN}/${id}`, { taal: 'ar' })).json))
        uit.push(reeks)
      }
      expect(uit[1], String(onderwerp)).toEqual(uit[0])
    }
  })

  it('flows/ geeft voor een toestand uit JSON precies wat het voor dezelfde toestand in het geheugen geeft', () => {
    const onderwerpArb = fc.constantFrom<Onderwerp>('alles', 'werkgever', 'werkstage', 'scholing', 'loonkostensubsidie')
    fc.assert(
      fc.property(onderwerpArb, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (onderwerp, keuzes) => {
        let bewaard: Bewaard = nieuwGesprek(onderwerp, '2026-11-22', { model: ASSEN }).bewaard
        for (const kies of keuzes) {
          const open = bewaard.staat === 'uitkomst' ? undefined : vraagMetId(bewaard.context.vraag ?? '')
          const verzoek = open
            ? {
                type: 'antwoord' as const,
                vraag: open.id,
                waarde:
                  open.soort === 'getal'
                    ? Math.min(open.max ?? 0, kies % 70)
                    : open.keuzes[kies % open.keuzes.length]?.waarde,
              }
            : { type: 'terug' as const }
          const uitGeheugen = verwerk(bewaard, verzoek, { model: ASSEN })
          const uitJson = verwerk(json(bewaard), verzoek, { model: ASSEN })
          expect(json(uitJson)).toEqual(json(uitGeheugen))
          if (uitGeheugen.soort !== 'stap') break
          bewaard = uitGeheugen.bewaard
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('de OpenAPI-beschrijving van een gesprek', () => {
  it('noemt ?gemeente= bij elk pad van een gesprek', async () => {
    const doc = (await vraag(testApp(), 'GET', '/api/v1/openapi.json')).json
    const paden = Object.entries(
      doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>,
    ).filter(([pad]) => pad.startsWith('/gesprekken/{id}'))
    expect(paden.length).toBeGreaterThanOrEqual(8)
    for (const [pad, methoden] of paden) {
      for (const [methode, operatie] of Object.entries(methoden)) {
        const gemeente = operatie.parameters?.find((p) => p.name === 'gemeente')
        expect(gemeente?.in, `${methode} ${pad}`).toBe('query')
      }
    }
  })
})
