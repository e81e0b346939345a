import type { ComponentChildren } from 'preact'
import { useRef, useState } from 'preact/hooks'
import type { WidgetTekst } from '../teksten.js'

interface Props {
  tk: WidgetTekst
  kanTerug: boolean
  terug: () => void
  /** `wissen`: also say that the answers are gone ("Wis mijn gegevens"). */
  opnieuw: (wissen: boolean) => void
  privacy: string
  /** Busy or an error, next to these buttons. */
  children?: ComponentChildren
}

type Vraag = 'opnieuw' | 'wis'

/**
 * The footer. "Terug" stands alone; "Opnieuw beginnen" and "Wis mijn gegevens" throw the answers
 * away, so each asks first and they stand apart from "Terug" (a slip of the thumb must not delete a
 * conversation). "Nee" gives the focus back to the button she tapped.
 */
export function Voet({ tk, kanTerug, terug, opnieuw, privacy, children }: Props) {
  const [vraag, zetVraag] = useState<Vraag>()
  const jaRef = useRef<HTMLButtonElement>(null)
  const knoppen = { opnieuw: useRef<HTMLButtonElement>(null), wis: useRef<HTMLButtonElement>(null) }
  const k = tk.knoppen
  const vraagOm = (v: Vraag) => {
    zetVraag(v)
    setTimeout(() => jaRef.current?.focus())
  }
  const knop = (v: Vraag, tekst: string) => (
    <button type="button" class="ww-knop" ref={knoppen[v]} onClick={() => vraagOm(v)}>
      {tekst}
    </button>
  )
  return (
    <div class="ww-voet">
      {kanTerug && (
        <button type="button" class="ww-knop" onClick={terug}>
          {k.terug}
        </button>
      )}
      <div class="ww-voet-rest">
        {vraag ? (
          <div class="ww-zeker" role="group" aria-label={vraag === 'wis' ? k.wis : k.opnieuw}>
            <p>{vraag === 'wis' ? k.wisZeker : k.zeker}</p>
            <div class="ww-acties">
              <button
                type="button"
                class="ww-knop ww-knop--hoofd"
                ref={jaRef}
                onClick={() => {
                  zetVraag(undefined)
                  opnieuw(vraag === 'wis')
                }}
              >
                {vraag === 'wis' ? k.wisJa : k.zekerJa}
              </button>
              <button
                type="button"
                class="ww-knop"
                onClick={() => {
                  zetVraag(undefined)
                  setTimeout(() => knoppen[vraag].current?.focus())
                }}
              >
                {k.zekerNee}
              </button>
            </div>
          </div>
        ) : (
          <>
            {knop('opnieuw', k.opnieuw)}
            {knop('wis', k.wis)}
          </>
        )}
        <a href={privacy} target="_blank" rel="noopener">
          {tk.privacy}
        </a>
      </div>
      {children}
    </div>
  )
}
