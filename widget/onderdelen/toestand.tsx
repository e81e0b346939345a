import type { Gesprek, Plek, Stand } from '../kern/gesprek.js'
import { vul, type WidgetTekst } from '../teksten.js'
import { MetLinks } from './tekst.js'

/**
 * Busy, or an error, at the place where it was asked (under the answers, the text field, the footer):
 * next to what was tapped, not at the top of a long conversation out of view. When the server cannot be
 * reached, the gemeente's number (from its profile or the embed's `telefoon`) is there to call.
 */
export function Toestand({
  s,
  plek,
  tk,
  g,
  telefoon,
}: {
  s: Stand
  plek: Plek
  tk: WidgetTekst
  g: Gesprek
  telefoon?: string | undefined
}) {
  const fout = s.fout?.plek === plek ? s.fout : undefined
  return (
    <>
      {s.bezig === plek && <p class="ww-bezig">{tk.bezig}</p>}
      {fout && (
        <div role="alert" class="ww-alarm">
          <p>
            {fout.soort === 'verlopen'
              ? tk.fouten.verlopen
              : fout.soort === 'netwerk'
                ? tk.fouten.netwerk
                : tk.fouten.server}
          </p>
          {fout.soort !== 'verlopen' && telefoon && (
            <p>
              <MetLinks tekst={vul(tk.fouten.bel, { telefoon })} telefoon={telefoon} />
            </p>
          )}
          <div class="ww-acties">
            {fout.soort === 'verlopen' ? (
              <button type="button" class="ww-knop ww-knop--hoofd" onClick={() => g.nieuw()}>
                {tk.fouten.nieuwGesprek}
              </button>
            ) : (
              <button type="button" class="ww-knop ww-knop--hoofd" onClick={() => g.probeerOpnieuw()}>
                {tk.fouten.opnieuw}
              </button>
            )}
          </div>
        </div>
      )}
    </>
  )
}
