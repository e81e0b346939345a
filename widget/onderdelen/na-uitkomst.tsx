import { useState } from 'preact/hooks'
import type { FeedbackAntwoord, FeedbackReden } from '../../contract/index.js'
// Why not: a fixed list (the server accepts only these), so nobody types anything about themselves.
import { FEEDBACK_REDENEN, MAX_NOTITIES } from '../../contract/waarden.js'
import { type Api, ApiFout } from '../api.js'
import type { WidgetTekst } from '../teksten.js'

const ANTWOORDEN: { waarde: FeedbackAntwoord; sleutel: 'ja' | 'eenBeetje' | 'nee' }[] = [
  { waarde: 'ja', sleutel: 'ja' },
  { waarde: 'een-beetje', sleutel: 'eenBeetje' },
  { waarde: 'nee', sleutel: 'nee' },
]

interface Props {
  api: Api
  gesprek: string
  tk: WidgetTekst
  sleutel: string
}

/**
 * After the outcome: the summary for the consulent, "Klopt dit voor jou?" and own notes.
 * Feedback and notes are extras: whatever the server says (even 404), the resident can go on.
 */
export function NaUitkomst({ api, gesprek, tk, sleutel }: Props) {
  const [gekozen, zetGekozen] = useState<FeedbackAntwoord>()
  const [reden, zetReden] = useState<FeedbackReden>()
  const [notitie, zetNotitie] = useState('')
  const [notitieStatus, zetNotitieStatus] = useState('')
  /** The server refused a note with a BSN in it: said next to the field, the field marked. */
  const [bsn, zetBsn] = useState(false)

  function geef(oordeel: FeedbackAntwoord) {
    if (gekozen) return
    zetGekozen(oordeel)
    api.feedback(gesprek, oordeel).catch(() => undefined)
  }

  function geefReden(r: FeedbackReden) {
    if (reden) return
    zetReden(r)
    api.feedback(gesprek, 'nee', r).catch(() => undefined)
  }

  function bewaar(e: Event) {
    e.preventDefault()
    zetNotitieStatus('')
    api
      .notities(gesprek, notitie.slice(0, MAX_NOTITIES))
      .then(() => {
        zetBsn(false)
        zetNotitieStatus(tk.notities.bewaard)
      })
      .catch((e) => {
        const isBsn = e instanceof ApiFout && e.codes.includes('bsn')
        zetBsn(isBsn)
        zetNotitieStatus(isBsn ? tk.notities.bsn : tk.notities.mislukt)
      })
  }

  const veld = `${sleutel}-notities`
  return (
    <div class="ww-uitkomst">
      <p>
        <a class="ww-knop ww-knop--hoofd" href={api.samenvatting(gesprek)} target="_blank" rel="noopener">
          {tk.uitkomst.overzicht} <span class="ww-vh">{tk.uitkomst.nieuwTabblad}</span>
        </a>
      </p>
      <fieldset>
        <legend>{tk.feedback.vraag}</legend>
        <div class="ww-keuzes">
          {ANTWOORDEN.map((o) => (
            <button
              key={o.waarde}
              type="button"
              class="ww-knop"
              aria-pressed={gekozen === o.waarde ? 'true' : 'false'}
              onClick={() => geef(o.waarde)}
            >
              {tk.feedback[o.sleutel]}
            </button>
          ))}
        </div>
        <p role="status" class="ww-melding">
          {gekozen ? tk.feedback.dank : ''}
        </p>
      </fieldset>
      {gekozen === 'nee' && (
        <fieldset>
          <legend>{tk.feedback.redenVraag}</legend>
          <div class="ww-keuzes">
            {FEEDBACK_REDENEN.map((r) => (
              <button
                key={r}
                type="button"
                class="ww-knop"
                aria-pressed={reden === r ? 'true' : 'false'}
                onClick={() => geefReden(r)}
              >
                {tk.feedback.redenen[r]}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <form class="ww-getal" onSubmit={bewaar}>
        <label for={veld}>{tk.notities.label}</label>
        <p id={`${veld}-uitleg`} class="ww-klein">
          {tk.notities.uitleg}
        </p>
        <textarea
          id={veld}
          maxLength={MAX_NOTITIES}
          value={notitie}
          aria-invalid={bsn ? 'true' : undefined}
          aria-describedby={`${veld}-uitleg ${veld}-status`}
          onInput={(e) => zetNotitie((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="ww-rij">
          <button type="submit" class="ww-knop">
            {tk.notities.bewaar}
          </button>
        </div>
        <p role="status" id={`${veld}-status`} class={bsn ? 'ww-melding ww-foutregel' : 'ww-melding'}>
          {notitieStatus}
        </p>
      </form>
    </div>
  )
}
