import type { ComponentChildren, Ref } from 'preact'
import { useRef, useState } from 'preact/hooks'
import type { Stap, VraagVorm, Waarde } from '../../contract/index.js'
import { vul, type WidgetTekst } from '../teksten.js'
import { toonBereik } from '../zicht.js'

interface Props {
  vorm: VraagVorm
  tk: WidgetTekst
  kies: (waarde: Waarde) => void
  /** Ids unique within this widget (labels, descriptions). */
  sleutel: string
  /** When changing an answer: the answer now, filled in or marked. */
  huidig?: { waarde: Waarde }
}

/**
 * The answer part of a question: a number field with its own button, and the choices as buttons.
 * A number the question rarely means (an age of 3) is confirmed first: a slip of the thumb must not
 * end the conversation.
 */
export function Antwoordvorm({ vorm, tk, kies, sleutel, huidig }: Props) {
  const [invoer, zetInvoer] = useState(typeof huidig?.waarde === 'number' ? String(huidig.waarde) : '')
  const [fout, zetFout] = useState(false)
  const [twijfel, zetTwijfel] = useState<number>()
  const jaRef = useRef<HTMLButtonElement>(null)
  const veldRef = useRef<HTMLInputElement>(null)
  const twijfelRef = useRef<HTMLDivElement>(null)
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
    const grens = vorm.bevestig
    if (grens && (getal < grens.min || getal > grens.max)) {
      zetTwijfel(getal)
      setTimeout(() => {
        jaRef.current?.focus({ preventScroll: true })
        // The question and both its answers, not only the button with the focus.
        if (twijfelRef.current) toonBereik(twijfelRef.current)
      })
      return
    }
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
              ref={veldRef}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              value={invoer}
              onInput={(e) => {
                zetInvoer((e.currentTarget as HTMLInputElement).value)
                zetTwijfel(undefined)
              }}
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
      {twijfel !== undefined && vorm.bevestig && (
        <div class="ww-zeker" role="group" aria-labelledby={`${sleutel}-twijfel`} ref={twijfelRef}>
          <p id={`${sleutel}-twijfel`}>{vul(vorm.bevestig.tekst, { waarde: twijfel })}</p>
          <div class="ww-acties">
            <button type="button" class="ww-knop ww-knop--hoofd" ref={jaRef} onClick={() => kies(twijfel)}>
              {tk.bevestig.ja}
            </button>
            <button
              type="button"
              class="ww-knop"
              onClick={() => {
                zetTwijfel(undefined)
                setTimeout(() => veldRef.current?.focus())
              }}
            >
              {tk.bevestig.nee}
            </button>
          </div>
        </div>
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
  vraag: NonNullable<Stap['vraag']>
  tk: WidgetTekst
  bezig: boolean
  kies: (waarde: Waarde) => void
  kopRef: Ref<HTMLHeadingElement>
  sleutel: string
  /** Busy or an error, next to the answers that were tapped. */
  children?: ComponentChildren
}

/**
 * The open question: its text (focus goes here), "Waarom vragen we dit?" (closed again on the next
 * question), and the answers.
 */
export function Vraag({ vraag, tk, bezig, kies, kopRef, sleutel, children }: VraagProps) {
  const kop = `${sleutel}-vraag`
  return (
    <section class="ww-vraag" aria-labelledby={kop} aria-busy={bezig ? 'true' : undefined}>
      <h3 id={kop} tabIndex={-1} ref={kopRef}>
        {vraag.tekst}
      </h3>
      <details class="ww-hulp" key={vraag.id}>
        <summary data-tel="waarom">{tk.waarom}</summary>
        <p>{vraag.hulp}</p>
      </details>
      {/* Above the answers: in view whenever they are (the whole question is brought into view). */}
      {children}
      <Antwoordvorm key={vraag.id} vorm={vraag} tk={tk} kies={kies} sleutel={sleutel} />
    </section>
  )
}
