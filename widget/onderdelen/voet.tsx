import { useRef, useState } from 'preact/hooks'
import type { WidgetTekst } from '../teksten.js'

interface Props {
  tk: WidgetTekst
  kanTerug: boolean
  terug: () => void
  /** `wissen`: also say that the answers are gone ("Wis mijn gegevens"). */
  opnieuw: (wissen: boolean) => void
  privacy: string
}

/**
 * The footer. "Terug" stands alone; "Opnieuw beginnen" throws the answers away, so it asks first
 * and stands apart from "Terug" (a slip of the thumb must not delete a conversation).
 */
export function Voet({ tk, kanTerug, terug, opnieuw, privacy }: Props) {
  const [vragen, zetVragen] = useState(false)
  const jaRef = useRef<HTMLButtonElement>(null)
  const knopRef = useRef<HTMLButtonElement>(null)
  return (
    <div class="ww-voet">
      {kanTerug && (
        <button type="button" class="ww-knop" onClick={terug}>
          {tk.knoppen.terug}
        </button>
      )}
      <div class="ww-voet-rest">
        {vragen ? (
          <div class="ww-zeker" role="group" aria-label={tk.knoppen.opnieuw}>
            <p>{tk.knoppen.zeker}</p>
            <div class="ww-acties">
              <button
                type="button"
                class="ww-knop ww-knop--hoofd"
                ref={jaRef}
                onClick={() => {
                  zetVragen(false)
                  opnieuw(false)
                }}
              >
                {tk.knoppen.zekerJa}
              </button>
              <button
                type="button"
                class="ww-knop"
                onClick={() => {
                  zetVragen(false)
                  setTimeout(() => knopRef.current?.focus())
                }}
              >
                {tk.knoppen.zekerNee}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            class="ww-knop"
            ref={knopRef}
            onClick={() => {
              zetVragen(true)
              setTimeout(() => jaRef.current?.focus())
            }}
          >
            {tk.knoppen.opnieuw}
          </button>
        )}
        <button type="button" class="ww-knop" onClick={() => opnieuw(true)}>
          {tk.knoppen.wis}
        </button>
        <a href={privacy} target="_blank" rel="noopener">
          {tk.privacy}
        </a>
      </div>
    </div>
  )
}
