import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type { Stap, Waarde } from '../../contract/index.js'
import { type ServerTeksten, vul, type WidgetTekst } from '../teksten.js'
import { Antwoordvorm } from './vraag.js'

interface Props {
  stap: Stap
  tk: WidgetTekst
  extra?: ServerTeksten
  wijzig: (vraag: string, waarde: Waarde) => void
  sleutel: string
  /** Busy or an error of a change, under the list. */
  children?: ComponentChildren
}

/** "Wat we nu van je weten": every answer so far, each with "Wijzig" (PUT .../antwoorden/{vraag}). */
export function Antwoorden({ stap, tk, extra, wijzig, sleutel, children }: Props) {
  const [open, zetOpen] = useState<string>()
  const kop = `${sleutel}-weten`
  return (
    <details class="ww-paneel">
      <summary id={kop}>
        {tk.antwoorden.kop} ({stap.antwoorden.length})
      </summary>
      {stap.antwoorden.length === 0 && <p>{tk.antwoorden.leeg}</p>}
      <ul class="ww-lijst" aria-labelledby={kop}>
        {stap.antwoorden.map((a) => {
          const vorm = extra?.vragen[a.vraag]
          return (
            <li key={a.vraag}>
              <span>
                {a.tekst} <strong>{a.label}</strong>
              </span>
              {vorm && (
                <button
                  type="button"
                  class="ww-knop"
                  aria-expanded={open === a.vraag ? 'true' : 'false'}
                  aria-label={vul(tk.antwoorden.wijzigNaam, { vraag: a.tekst })}
                  onClick={() => zetOpen(open === a.vraag ? undefined : a.vraag)}
                >
                  {tk.antwoorden.wijzig}
                </button>
              )}
              {vorm && open === a.vraag && (
                <div class="ww-bewerk">
                  <Antwoordvorm
                    vorm={vorm}
                    tk={tk}
                    sleutel={`${sleutel}-wijzig-${a.vraag}`}
                    huidig={{ waarde: a.waarde }}
                    kies={(waarde) => {
                      zetOpen(undefined)
                      wijzig(a.vraag, waarde)
                    }}
                  />
                </div>
              )}
            </li>
          )
        })}
      </ul>
      {children}
    </details>
  )
}
