/**
 * "Typ je antwoord of je vraag": a text field under the buttons. The buttons stay the main way;
 * typing is an addition. What was understood comes back as a Stap; a proposal or an offered
 * onderwerp comes with its own buttons. The typed text lives only in this field: never in
 * sessionStorage, never kept after it is sent.
 */
import { useState } from 'preact/hooks'
import type { Waarde } from '../api.js'
import type { WidgetTekst } from '../teksten.js'

export interface Begrip {
  soort: string
  vraag?: string
  waarde?: Waarde
  vastgelegd?: boolean
  onderwerp?: string
  keuzes?: { waarde: Waarde; label: string }[]
}

interface TypenProps {
  tk: WidgetTekst
  bezig: boolean
  sleutel: string
  /** What the last typed message was understood as, while it still applies. */
  begrip?: Begrip
  stuur: (tekst: string) => void
  /** A button of the understanding: confirm a proposal, or go to the onderwerp offered. */
  kies: (begrip: Begrip, waarde: Waarde) => void
}

export function Typen({ tk, bezig, sleutel, begrip, stuur, kies }: TypenProps) {
  const [tekst, zetTekst] = useState('')
  const veld = `${sleutel}-typen`
  return (
    <div class="ww-typen">
      {begrip?.keuzes && begrip.keuzes.length > 0 && (
        <div class="ww-keuzes">
          {begrip.keuzes.map((k) => (
            <button
              key={String(k.waarde)}
              type="button"
              class="ww-knop ww-knop--hoofd"
              disabled={bezig}
              onClick={() => kies(begrip, k.waarde)}
            >
              {k.label}
            </button>
          ))}
        </div>
      )}
      <form
        class="ww-getal"
        onSubmit={(e) => {
          e.preventDefault()
          const schoon = tekst.trim()
          if (!schoon || bezig) return
          stuur(schoon.slice(0, 500))
          zetTekst('')
        }}
      >
        <label for={veld}>{tk.typen.label}</label>
        <p id={`${veld}-hulp`} class="ww-klein">
          {tk.typen.hulp}
        </p>
        <div class="ww-rij">
          <input
            id={veld}
            class="ww-typveld"
            type="text"
            inputMode="text"
            autoComplete="off"
            maxLength={500}
            aria-describedby={`${veld}-hulp`}
            value={tekst}
            onInput={(e) => zetTekst((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="ww-knop" disabled={bezig}>
            {tk.typen.stuur}
          </button>
        </div>
      </form>
    </div>
  )
}
