/**
 * Who is counted as one client. An IPv4 address is one client. An IPv6 address is grouped by its
 * /64: a household, phone or server gets a whole /64 (RFC 6177), so one sender can pick a new
 * address in it for every request; counting per address would give each of them a fresh budget.
 */
import { isIPv4, isIPv6 } from 'node:net'

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function groepen(ip: string): number[] | undefined {
  const zonderZone = ip.split('%')[0] ?? ''
  if (!isIPv6(zonderZone)) return undefined
  let tekst = zonderZone.toLowerCase()
  // A dotted IPv4 tail (`::ffff:192.0.2.1`) is two groups.
  const laatste = tekst.lastIndexOf(':')
  const staart = tekst.slice(laatste + 1)
  if (isIPv4(staart)) {
    const [a = 0, b = 0, c = 0, d = 0] = staart.split('.').map(Number)
    tekst = `${tekst.slice(0, laatste + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [links = '', rechts] = tekst.split('::')
  const l = links ? links.split(':') : []
  const r = rechts === undefined ? [] : rechts ? rechts.split(':') : []
  const midden = rechts === undefined ? [] : Array<string>(8 - l.length - r.length).fill('0')
  const alle = [...l, ...midden, ...r].map((g) => Number.parseInt(g, 16))
  return alle.length === 8 && alle.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? alle : undefined
}

/**
 * The client a request is counted for: an IPv4 address as it is (also when it arrives as an
 * IPv4-mapped IPv6 address), an IPv6 address as its /64 (`2001:db8:1:2::/64`), without a port. Anything
 * else is returned unchanged (it is only ever hashed).
 */
export function adresGroep(adres: string): string {
  // A proxy may add the port (`192.0.2.1:51234`, `[2001:db8::1]:51234`): each connection would count apart.
  const ip = /^\[([^\]]+)\](?::\d+)?$/.exec(adres)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(adres)?.[1] ?? adres
  const g = groepen(ip)
  if (!g) return ip
  const isMapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff
  if (isMapped) return [g[6] ?? 0, g[7] ?? 0].flatMap((x) => [x >> 8, x & 0xff]).join('.')
  return `${g
    .slice(0, 4)
    .map((x) => x.toString(16))
    .join(':')}::/64`
}
