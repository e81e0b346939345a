/**
 * Deleted means gone from disk too. A real `redis-server --appendonly yes` keeps every write in its
 * AOF until a rewrite, and a snapshot (RDB) holds whatever lived at that moment. After a resident
 * deletes a conversation with notes (or it expires), neither file may hold the notes, the answers,
 * the conversation id, or anything that leads to the client's address: the records are encrypted
 * with a key derived from the id, stored under a hash of the id, and the rate-limit keys are made
 * with a secret that is in the environment only. The older version's store, which stored plain
 * JSON, is run as a control: its note IS found, so the search below can fail.
 */
import { createHmac } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adresGroep } from '../server/middleware/snelheid/adres.js'
import { redisTeller } from '../server/statistieken/redis.js'
import { redisStore } from '../server/store/redis.js'
import { opslagSleutel } from '../server/store/versleuteling.js'
import { kiesAntwoord, type Stap } from './hardening-hulp.js'
import { testApp, vraag } from './helpers.js'
import { type RedisServer, startRedis, wachtTot } from './redis-server.js'
import { redisStore as vorigeRedisStore } from './vorige-versie/redis-store.js'

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.opruimen()
})

const GEHEIM = 'het-snelheidsgeheim-uit-de-omgeving-niet-op-schijf'
const IP = '198.51.100.23'
const NOTITIE = 'ik heb schulden en een burn-out (notitie 7f3a)'
const CONTROLE = 'controlenotitie van de vorige versie 9c2e'

/** Every file Redis wrote in its folder (the AOF's parts, the manifest, dump.rdb), as one buffer. */
function schijf(): Buffer {
  const delen: Buffer[] = []
  const loop = (map: string) => {
    for (const naam of readdirSync(map)) {
      const pad = join(map, naam)
      if (statSync(pad).isDirectory()) loop(pad)
      else delen.push(readFileSync(pad))
    }
  }
  loop(redis.map)
  return Buffer.concat(delen)
}

/** Every run of printable characters of at least `min` long: what someone reading the files can try. */
function woorden(bytes: Buffer, min = 8): string[] {
  return [...new Set(bytes.toString('latin1').match(new RegExp(`[\\x21-\\x7e]{${min},}`, 'g')) ?? [])]
}

describe('na wissen staat er niets meer op de schijf van Redis', () => {
  it('AOF en RDB: geen notitie, geen id, geen antwoord, en geen sleutel die naar een adres leidt', async () => {
    const beheer = new Redis(redis.url)
    // No compression in the snapshot: a plain text would be found as it is.
    await beheer.config('SET', 'rdbcompression', 'no')
    const store = redisStore(redis.url, { ttlMs: 3_600_000 })
    const teller = redisTeller(redis.url, () => {})
    await wachtTot(() => store.gereed())
    const app = testApp({
      store,
      teller,
      beveiliging: { perMinuut: 100, perGesprekPerMinuut: 60, redis: store.redis, geheim: GEHEIM, vertrouwProxy: true },
    })
    const koppen = { 'X-Forwarded-For': IP }

    // A resident: an intake, notes, "Klopt dit?", the summary; then "Wis mijn gegevens".
    let stap: Stap = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'werkstage' }, koppen)).json
    const id = stap.gesprek as string
    for (let i = 0; i < 20 && stap.vraag; i++) {
      const waarde = stap.vraag.soort === 'getal' ? 37 : kiesAntwoord(stap, 0)
      stap = (await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: stap.vraag.id, waarde }, koppen))
        .json
    }
    expect(stap.klaar).toBe(true)
    expect((await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/notities`, { tekst: NOTITIE }, koppen)).status).toBe(200)
    expect((await vraag(app, 'POST', `/api/v1/gesprekken/${id}/feedback`, { antwoord: 'nee' }, koppen)).status).toBe(
      204,
    )
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`, undefined, koppen)).status).toBe(200)
    await teller.leeg()

    // A snapshot while the conversation lives: ciphertext under a hash of the id.
    await beheer.save()
    const levend = schijf()
    expect(levend.includes(opslagSleutel(id))).toBe(true)
    expect(levend.includes(NOTITIE)).toBe(false)
    expect(levend.includes(id)).toBe(false)

    expect((await vraag(app, 'DELETE', `/api/v1/gesprekken/${id}`, undefined, koppen)).status).toBe(204)
    // A second conversation from the same address that expires instead.
    const kort = redisStore(redis.url, { ttlMs: 300 })
    await wachtTot(() => kort.gereed())
    const verloopt = (await vraag(testApp({ store: kort }), 'POST', '/api/v1/gesprekken', {})).json.gesprek as string
    await new Promise((klaar) => setTimeout(klaar, 600))
    expect(await kort.get(verloopt)).toBeUndefined()

    // The control: the older version stores its record in plain JSON, and the search finds it.
    const vorige = vorigeRedisStore(redis.url, { ttlMs: 3_600_000 })
    await wachtTot(() => vorige.gereed())
    const controleId = '00000000-0000-4000-8000-00000000c0de'
    await vorige.maak({ ...stapRecord(controleId), notities: CONTROLE })
    await vorige.delete(controleId)

    await beheer.save()
    const bytes = schijf()
    const tekst = bytes.toString('latin1')
    expect(bytes.includes(CONTROLE)).toBe(true)
    expect(tekst).toContain(controleId)

    expect(bytes.includes(NOTITIE)).toBe(false)
    expect(bytes.includes('schulden')).toBe(false)
    for (const gesprek of [id, verloopt]) {
      expect(tekst).not.toContain(gesprek)
      expect(tekst).not.toContain(gesprek.replaceAll('-', ''))
    }
    // The answers as the record held them are not there either (the control has none).
    expect(tekst).not.toContain('"vraag":"woontInGemeente"')
    expect(tekst).not.toContain('"telling"')
    expect(tekst).not.toContain(IP)

    // Nothing on disk to make the rate-limit keys with: try every word in the files as the secret,
    // as the day's secret, and as the salt of the older version (HMAC of the address).
    const sleutels = new Set(woorden(bytes, 20).filter((w) => w.startsWith('werkwijzer:limiet:')))
    expect(sleutels.size).toBeGreaterThan(0)
    const groep = adresGroep(IP)
    const dag = Math.floor(Date.now() / 86_400_000)
    for (const woord of woorden(bytes)) {
      const vanDag = createHmac('sha256', woord).update(`werkwijzer-snelheid:${dag}`).digest()
      for (const basis of [vanDag, Buffer.from(woord)]) {
        const kandidaat = createHmac('sha256', basis).update(`a:${groep}`).digest('base64url').slice(0, 32)
        expect(sleutels.has(`werkwijzer:limiet:${kandidaat}`)).toBe(false)
      }
      const oud = createHmac('sha256', woord).update(IP).digest('base64url').slice(0, 32)
      expect(tekst).not.toContain(oud)
    }
    // With the secret (which is only in the environment) the key is there: the search above is real.
    const echt = createHmac('sha256', createHmac('sha256', GEHEIM).update(`werkwijzer-snelheid:${dag}`).digest())
      .update(`a:${groep}`)
      .digest('base64url')
      .slice(0, 32)
    expect(sleutels.has(`werkwijzer:limiet:${echt}`)).toBe(true)

    await Promise.all([store.close(), kort.close(), vorige.close(), teller.close()])
    beheer.disconnect()
  })
})

/** A minimal record as the store keeps it. */
function stapRecord(id: string) {
  const nu = Date.now()
  return {
    id,
    taal: 'nl',
    aangemaakt: nu,
    bijgewerkt: nu,
    bewaard: { staat: 'kiesOnderwerp', context: { antwoorden: [] } },
  } as unknown as Parameters<ReturnType<typeof redisStore>['maak']>[0]
}
