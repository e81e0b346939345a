import { useEffect, useState } from 'preact/hooks'
import type { PubliekGemeente } from '../../contract/index.js'
import type { Api } from '../api.js'
import type { WidgetTekst } from '../teksten.js'

/** "Praat met een medewerker": phone, opening hours, address and chat, from the gemeente profile. */
export function Contact({ api, tk, taal, id }: { api: Api; tk: WidgetTekst; taal: string; id: string }) {
  const [profiel, zetProfiel] = useState<PubliekGemeente>()
  const [fout, zetFout] = useState(false)
  useEffect(() => {
    api
      .gemeente(taal)
      .then(zetProfiel)
      .catch(() => zetFout(true))
  }, [api, taal])
  const c = profiel?.contact
  return (
    <section id={id} class="ww-paneel ww-contact" aria-labelledby={`${id}-kop`}>
      <h3 id={`${id}-kop`}>{tk.contact.kop}</h3>
      {fout && <p>{tk.contact.fout}</p>}
      {c && (
        <dl>
          <dt>{tk.contact.bel}</dt>
          <dd>
            <a href={`tel:${c.telefoon.replace(/[^\d+]/g, '')}`} dir="ltr" data-tel="bel">
              {c.telefoon}
            </a>
          </dd>
          <dt>{tk.contact.open}</dt>
          <dd>{c.openingstijden}</dd>
          <dt>{tk.contact.adres}</dt>
          <dd>
            {c.organisatie}, {c.adres}
          </dd>
          {c.livechat && (
            <>
              <dt>{tk.contact.chat}</dt>
              <dd>
                <a href={c.livechat} target="_blank" rel="noopener noreferrer" data-tel="livechat">
                  {c.livechat}
                </a>
              </dd>
            </>
          )}
          <dt>{tk.contact.mail}</dt>
          <dd>
            <a href={`mailto:${c.email}`} data-tel="mail">
              {c.email}
            </a>
          </dd>
          <dt>{tk.contact.website}</dt>
          <dd>
            <a href={c.website} target="_blank" rel="noopener noreferrer">
              {c.website}
            </a>
          </dd>
        </dl>
      )}
    </section>
  )
}
