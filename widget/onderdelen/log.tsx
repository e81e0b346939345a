import type { Regel, Stand } from '../kern/gesprek.js'
import type { WidgetTekst } from '../teksten.js'
import { MetLinks } from './tekst.js'

/** One line: ours with its phone numbers and addresses as links, hers on the other side. */
export function Lijn({ r, tk, telefoon }: { r: Regel; tk: WidgetTekst; telefoon?: string }) {
  if (r.van === 'jij')
    return (
      <p class="ww-bericht ww-bericht--jij">
        <span class="ww-vh">{tk.jij}: </span>
        {r.tekst}
      </p>
    )
  return (
    <p class={r.soort === 'voorstel' ? 'ww-bericht ww-bericht--voorstel' : 'ww-bericht'}>
      <MetLinks tekst={r.tekst} telefoon={telefoon} />
    </p>
  )
}

/**
 * The conversation so far (`role="log"`: new lines are read out): our messages, each answered
 * question with her answer, and what she typed at that question with our reply, in the order it came.
 */
export function Gesprekslog({ s, tk, telefoon }: { s: Stand; tk: WidgetTekst; telefoon?: string }) {
  const { stap, regels } = s
  const los = (na: number) => regels.filter((r) => r.bij === undefined && r.na === na)
  const getypt = (na: number, vraag: string) => regels.filter((r) => r.bij === vraag && r.na === na)
  const lijnen = (rs: readonly Regel[], sleutel: string) =>
    rs.map((r, i) => <Lijn key={`${sleutel}-${i}`} r={r} tk={tk} telefoon={telefoon} />)
  return (
    <div role="log" aria-live="polite" aria-label={tk.gesprek} class="ww-log">
      {lijnen(los(0), '0')}
      {stap?.antwoorden.map((a, i) => [
        <p key={`v-${a.vraag}`} class="ww-bericht">
          {a.tekst}
        </p>,
        ...lijnen(getypt(i, a.vraag), `t${i}`),
        <p key={`a-${a.vraag}`} class="ww-bericht ww-bericht--jij">
          <span class="ww-vh">{tk.jij}: </span>
          {a.label}
        </p>,
        ...lijnen(los(i + 1), String(i + 1)),
      ])}
    </div>
  )
}
