import type { Ref } from 'preact'
import { useState } from 'preact/hooks'
import type { Waarde } from '../api.js'
import { type VraagVorm, vul, type WidgetTekst } from '../teksten.js'

interface Props {
  vorm: VraagVorm
  tk: WidgetTekst
  kies: (waarde: Waarde) => void
  /** Ids unique within this widget (labels, descriptions). */
  sleutel: string
  /** When changing an answer: the answer now, filled in or marked. */
  huidig?: { waarde: Waarde }
}

/** The answer part of a question: a number field with its own button, and the choices as buttons. */
export function Antwoordvorm({ vorm, tk, kies, sleutel, huidig }: Props) {
  const [invoer, zetInvoer] = useState(typeof huidig?.waarde === 'number' ? String(huidig.waarde) : '')
  const [fout, zetFout] = useState(false)
  const min = vorm.min ?? 0
  const max = vorm.max ?? 999
  const veld = `${sleutel}-getal`
  const foutId = `${sleutel}-fout`

  function verstuur(e: Event) {
    e.preventDefault()
    const getal = Number(invoer)
    if (invoer.trim() === '' || !Number.isInteger(getal) || getal < min || getal > max) {
      zetFout(true)
      return
    }
    zetFout(false)
    kies(getal)
  }

  return (
    <div>
      {vorm.soort === 'getal' && (
        <form class="ww-getal" onSubmit={verstuur} noValidate>
          <label for={veld}>{vorm.label}</label>
          <div class="ww-rij">
            <input
              id={veld}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              value={invoer}
              onInput={(e) => zetInvoer((e.currentTarget as HTMLInputElement).value)}
              aria-invalid={fout ? 'true' : undefined}
              aria-describedby={fout ? foutId : undefined}
            />
            <button type="submit" class="ww-knop ww-knop--hoofd">
              {tk.getal.verstuur}
            </button>
          </div>
          {fout && (
            <p id={foutId} class="ww-foutregel">
              {vul(tk.getal.fout, { min, max })}
            </p>
          )}
        </form>
      )}
      <div class="ww-keuzes">
        {vorm.keuzes.map((k) => {
          const nu = huidig !== undefined && huidig.waarde === k.waarde
          return (
            <button
              key={String(k.waarde) + k.label}
              type="button"
              class={`${vorm.soort === 'keuze' ? 'ww-knop ww-knop--hoofd' : 'ww-knop'}${nu ? ' ww-knop--huidig' : ''}`}
              aria-current={nu ? 'true' : undefined}
              onClick={() => kies(k.waarde)}
            >
              {k.label}
              {nu && <span class="ww-huidig">({tk.antwoorden.huidig})</span>}
            </button>
          )
        })}
      </div>
    </div>
  )
}

interface VraagProps {
  vraag: NonNullable<import('../api.js').Stap['vraag']>
  tk: WidgetTekst
  bezig: boolean
  kies: (waarde: Waarde) => void
  kopRef: Ref<HTMLHeadingElement>
  sleutel: string
}

/** The open question: its text (focus goes here), "Waarom vragen we dit?", and the answers. */
export function Vraag({ vraag, tk, bezig, kies, kopRef, sleutel }: VraagProps) {
  const kop = `${sleutel}-vraag`
  return (
    <section class="ww-vraag" aria-labelledby={kop} aria-busy={bezig ? 'true' : undefined}>
      <h3 id={kop} tabIndex={-1} ref={kopRef}>
        {vraag.tekst}
      </h3>
      <details class="ww-hulp">
        <summary data-tel="waarom">{tk.waarom}</summary>
        <p>{vraag.hulp}</p>
      </details>
      <Antwoordvorm key={vraag.id} vorm={vraag} tk={tk} kies={kies} sleutel={sleutel} />
    </section>
  )
}
