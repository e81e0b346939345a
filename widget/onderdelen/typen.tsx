/**
 * "Typ je antwoord of je vraag": a text field under the buttons. The buttons stay the main way;
 * typing is an addition. What she typed shows at once as her own line, with the reply under it and a
 * proposal's buttons beside it, right above the field: in view while the phone's keyboard is open.
 * The typed text lives only here and in memory: never in sessionStorage, never kept by the server.
 */
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type { Begrip, Waarde } from '../../contract/index.js'
import { MAX_BERICHT_TEKENS } from '../../contract/waarden.js'
import type { Stand } from '../kern/gesprek.js'
import { vul, type WidgetTekst } from '../teksten.js'
import { Lijn } from './log.js'

interface TypenProps {
  s: Stand
  tk: WidgetTekst
  sleutel: string
  telefoon?: string
  stuur: (tekst: string) => void
  /** A button of the understanding: confirm a proposal, or go to the onderwerp offered. */
  kies: (begrip: Begrip, waarde: Waarde) => void
  /** Busy or an error, next to the field. */
  children?: ComponentChildren
}

export function Typen({ s, tk, sleutel, telefoon, stuur, kies, children }: TypenProps) {
  const [tekst, zetTekst] = useState('')
  const veld = `${sleutel}-typen`
  const stap = s.stap
  const bezig = s.bezig !== undefined
  const hier = stap
    ? s.regels.filter((r) => r.bij !== undefined && r.na === stap.antwoorden.length && r.bij === (stap.vraag?.id ?? ''))
    : []
  const begrip = s.begrip
  return (
    <div class="ww-typen">
      <div role="log" aria-live="polite" aria-label={tk.typen.gesprek} class="ww-log ww-typlog">
        {hier.map((r, i) => (
          <Lijn key={`${r.na}-${i}`} r={r} tk={tk} telefoon={telefoon} />
        ))}
      </div>
      {begrip?.keuzes && begrip.keuzes.length > 0 && (
        <div class="ww-keuzes">
          {begrip.keuzes.map((k) => (
            <button
              key={String(k.waarde)}
              type="button"
              class="ww-knop ww-knop--hoofd"
              aria-disabled={bezig ? 'true' : undefined}
              onClick={() => !bezig && kies(begrip, k.waarde)}
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
          stuur(schoon.slice(0, MAX_BERICHT_TEKENS))
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
            maxLength={MAX_BERICHT_TEKENS}
            aria-describedby={`${veld}-hulp`}
            value={tekst}
            onInput={(e) => zetTekst((e.target as HTMLInputElement).value)}
          />
          {/* Not `disabled` while busy: a disabled button loses the focus, and the keyboard closes. */}
          <button type="submit" class="ww-knop" aria-disabled={bezig ? 'true' : undefined}>
            {tk.typen.stuur}
          </button>
        </div>
      </form>
      {children}
      <p class="ww-vh" role="status">
        {s.aankondiging ? vul(tk.typen.volgende, { vraag: s.aankondiging }) : ''}
      </p>
    </div>
  )
}
