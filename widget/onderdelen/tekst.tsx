import type { ComponentChild } from 'preact'

const letterlijk = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** An e-mail address, or a web address people write without https ("uwv.nl", "www.gemeente.nl/werk"). */
const ADRES = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:[a-z0-9-]+\.)+(?:nl|eu|com|org)\b(?:/[\w/-]*)?`

/**
 * A sentence of the widget with its phone numbers, e-mail and web addresses as links: on a phone,
 * a tap calls or opens the site. `telefoon` is the gemeente's number as the profile writes it.
 * A phone number reads left to right, also in Arabic.
 */
export function MetLinks({ tekst, telefoon }: { tekst: string; telefoon?: string }) {
  const patroon = new RegExp(`(${telefoon ? letterlijk(telefoon) : '(?!)'})|(${ADRES})`, 'gi')
  const delen: ComponentChild[] = []
  let vanaf = 0
  for (const m of tekst.matchAll(patroon)) {
    const index = m.index ?? 0
    delen.push(tekst.slice(vanaf, index))
    const [gevonden] = m
    if (m[1]) {
      delen.push(
        <a key={index} href={`tel:${gevonden.replace(/[^\d+]/g, '')}`} dir="ltr" data-tel="bel">
          {gevonden}
        </a>,
      )
    } else {
      const href = gevonden.includes('@')
        ? `mailto:${gevonden}`
        : /^https?:/i.test(gevonden)
          ? gevonden
          : `https://${gevonden}`
      delen.push(
        <a key={index} href={href} target="_blank" rel="noopener noreferrer">
          {gevonden}
        </a>,
      )
    }
    vanaf = index + gevonden.length
  }
  delen.push(tekst.slice(vanaf))
  return <>{delen}</>
}
