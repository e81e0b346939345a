/**
 * A conversation in Redis is readable only with its id, which only the resident's browser holds.
 *
 * - The key is a hash of the id (`opslagSleutel`), so neither Redis nor its files (AOF, RDB) hold it.
 * - The record is AES-256-GCM encrypted with a key derived from the id (HKDF-SHA256), a fresh random
 *   nonce per write, and the storage key as associated data (a ciphertext cannot be moved to
 *   another key).
 *
 * Every write Redis ever appended to its AOF is ciphertext; once the resident deletes the
 * conversation (or it expires) and the tab that held the id is closed, nothing on the server's
 * disks can be read back (docs/opslag.md, docs/privacy.md).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto'

/** The layout with encryption: one hash per conversation under the hash of its id. */
export const V3_SLEUTEL = 'werkwijzer:gesprek:v3:'

const NONCE = 12
const LABEL = 16

/** The Redis key of a conversation: a hash of its id, so the id itself is never stored. */
export function opslagSleutel(id: string): string {
  return V3_SLEUTEL + createHash('sha256').update(`werkwijzer-gesprek-sleutel\0${id}`).digest('base64url')
}

/** The record key: derived from the id alone, never stored anywhere. */
function sleutelVan(id: string): Buffer {
  return Buffer.from(hkdfSync('sha256', id, 'werkwijzer', 'gesprek-v3', 32))
}

/** The record as nonce | ciphertext | tag, base64. */
export function versleutel(id: string, tekst: string): string {
  const nonce = randomBytes(NONCE)
  const cipher = createCipheriv('aes-256-gcm', sleutelVan(id), nonce)
  cipher.setAAD(Buffer.from(opslagSleutel(id)))
  const inhoud = Buffer.concat([cipher.update(tekst, 'utf8'), cipher.final()])
  return Buffer.concat([nonce, inhoud, cipher.getAuthTag()]).toString('base64')
}

/** The record back; throws when the id is not the one it was written with, or it was changed. */
export function ontsleutel(id: string, data: string): string {
  const bytes = Buffer.from(data, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', sleutelVan(id), bytes.subarray(0, NONCE))
  decipher.setAAD(Buffer.from(opslagSleutel(id)))
  decipher.setAuthTag(bytes.subarray(bytes.length - LABEL))
  return Buffer.concat([decipher.update(bytes.subarray(NONCE, bytes.length - LABEL)), decipher.final()]).toString(
    'utf8',
  )
}

/** The key of the marks of what was counted once for a conversation (`eenKeer`), beside its record. */
export const merkenSleutel = (id: string): string => `${opslagSleutel(id)}:geteld`

/** A mark as stored: unreadable without the id ("actie:bel" becomes 22 random-looking characters). */
export function merkVan(id: string, merk: string): string {
  return createHmac('sha256', sleutelVan(id)).update(`merk\0${merk}`).digest('base64url').slice(0, 22)
}
