/**
 * Choosing a language. The button says "language" in every language we have, so a resident who
 * reads no Dutch finds it; the language her phone asks for is offered first, in its own words.
 */
import { Fragment } from 'preact'
import type { Taal } from '../../contract/index.js'
import lijst from '../../locales/talen.json' with { type: 'json' }
import type { ServerTeksten } from '../teksten.js'

/** Our languages, with the word for "language" and the offer to go on, each in its own language. */
type TaalMetWoorden = Taal & { readonly woord: string; readonly verder: string }
const talen = lijst as readonly TaalMetWoorden[]

/** The first language the phone asks for that we have (`tr-TR` is `tr`). */
export function telefoonTaal(gevraagd: readonly string[]): TaalMetWoorden | undefined {
  for (const code of gevraagd) {
    const taal = talen.find((t) => t.code === code.toLowerCase().split('-')[0])
    if (taal) return taal
  }
  return undefined
}

interface KnopProps {
  taal: string
  talen?: ServerTeksten['talen']
  open: boolean
  controls: string
  wissel: () => void
}

/** "Taal · Language · اللغة · Dil · Język · Мова: Nederlands", each word in its own language. */
export function TaalKnop({ taal, open, controls, wissel }: KnopProps) {
  const nu = talen.find((t) => t.code === taal)
  return (
    <button
      type="button"
      class="ww-knop ww-taalknop"
      aria-expanded={open ? 'true' : 'false'}
      aria-controls={controls}
      onClick={wissel}
    >
      <span>
        {talen.map((t, i) => (
          <Fragment key={t.code}>
            {i > 0 && ' · '}
            <bdi lang={t.code} dir={t.richting}>
              {t.woord}
            </bdi>
          </Fragment>
        ))}
        {': '}
        <bdi lang={taal} dir={nu?.richting}>
          {nu?.naam ?? taal}
        </bdi>
      </span>
    </button>
  )
}

interface LijstProps {
  id: string
  kop: string
  taal: string
  talen?: readonly ServerTeksten['talen'][number][]
  /** The phone's language, first in the list. */
  eerst?: string
  kies: (code: string) => void
}

export function TaalLijst({ id, kop, taal, talen: gegeven = talen, eerst, kies }: LijstProps) {
  const gesorteerd = [...gegeven].sort((a, b) => Number(b.code === eerst) - Number(a.code === eerst))
  return (
    <div id={id} class="ww-paneel">
      <h3>{kop}</h3>
      <ul class="ww-talen">
        {gesorteerd.map((t) => (
          <li key={t.code}>
            <button
              type="button"
              class="ww-knop"
              lang={t.code}
              dir={t.richting}
              aria-current={t.code === taal ? 'true' : undefined}
              onClick={() => kies(t.code)}
            >
              {t.naam}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** "Türkçe devam et": the phone's language, offered before the first answer. */
export function TaalAanbod({ taal, kies }: { taal: TaalMetWoorden; kies: () => void }) {
  return (
    <p class="ww-aanbod" lang={taal.code} dir={taal.richting}>
      <button type="button" class="ww-knop" onClick={kies}>
        {taal.verder}
      </button>
    </p>
  )
}
