import type { Ref } from 'preact'
import type { Stap } from '../api.js'
import { type Teksten, vul, type WidgetTekst } from '../teksten.js'

type Uitkomst = NonNullable<Stap['uitkomsten']>[number]

const GROEPEN = ['mogelijk', 'onbekend', 'niet'] as const

interface Props {
  stap: Stap
  tk: WidgetTekst
  extra?: Teksten
  kopRef: Ref<HTMLHeadingElement>
  sleutel: string
}

/** Only the voorzieningen the conversation was about. */
function teTonen(stap: Stap, extra?: Teksten): Uitkomst[] {
  const alle = stap.uitkomsten ?? []
  const onderwerp = stap.onderwerp
  if (!onderwerp || onderwerp === 'alles') return alle
  if (onderwerp === 'werkgever') return extra ? alle.filter((u) => extra.werkgever.includes(u.voorziening)) : alle
  return alle.filter((u) => u.voorziening === onderwerp)
}

function Kaart({ u, tk, extra }: { u: Uitkomst; tk: WidgetTekst; extra?: Teksten }) {
  const info = extra?.voorzieningen[u.voorziening]
  const begrippen = (info?.begrippen ?? []).flatMap((b) => (extra?.begrippen[b] ? [extra.begrippen[b]] : []))
  return (
    <li class={`ww-kaart ww-kaart--${u.oordeel}`}>
      <h5>{u.naam}</h5>
      {info && <p>{info.uitleg}</p>}
      {begrippen.map((b) => (
        <details key={b.naam}>
          <summary data-tel="wat-is-dat">{vul(tk.uitkomst.watIsDat, { naam: b.naam })}</summary>
          <p>{b.uitleg}</p>
        </details>
      ))}
      <details>
        <summary>{tk.uitkomst.waarom}</summary>
        <ul>
          {u.redenen.map((r) => (
            <li key={r.artikel + r.uitleg}>
              <span class="ww-artikel">
                {r.link ? (
                  <a href={r.link} target="_blank" rel="noopener noreferrer">
                    {r.artikel}
                  </a>
                ) : (
                  r.artikel
                )}
              </span>
              : {r.uitleg}
            </li>
          ))}
        </ul>
        {u.ontbrekend.length > 0 && (
          <div>
            <p>{tk.uitkomst.ontbrekend}</p>
            <ul>
              {u.ontbrekend.map((f) => (
                <li key={f}>{extra?.vragen[f]?.tekst ?? f}</li>
              ))}
            </ul>
          </div>
        )}
      </details>
    </li>
  )
}

/** The outcome: cards in three groups, the points to watch, and always: the gemeente decides. */
export function Uitkomst({ stap, tk, extra, kopRef, sleutel }: Props) {
  const uitkomsten = teTonen(stap, extra)
  const kop = `${sleutel}-uitkomst`
  return (
    <section class="ww-uitkomst" aria-labelledby={kop}>
      <h3 id={kop} tabIndex={-1} ref={kopRef}>
        {tk.uitkomst.kop}
      </h3>
      <p class="ww-beslist">{tk.uitkomst.beslist}</p>
      {GROEPEN.map((groep) => {
        const hier = uitkomsten.filter((u) => u.oordeel === groep)
        if (hier.length === 0) return null
        return (
          <section key={groep} aria-labelledby={`${kop}-${groep}`}>
            <h4 id={`${kop}-${groep}`}>
              {tk.uitkomst[groep]} ({hier.length})
            </h4>
            <ul class="ww-kaarten">
              {hier.map((u) => (
                <Kaart key={u.voorziening} u={u} tk={tk} extra={extra} />
              ))}
            </ul>
          </section>
        )
      })}
      {(stap.aandachtspunten?.length ?? 0) > 0 && (
        <section aria-labelledby={`${kop}-let-op`}>
          <h4 id={`${kop}-let-op`}>{tk.uitkomst.aandachtspunten}</h4>
          <ul>
            {stap.aandachtspunten?.map((a) => (
              <li key={a.artikel + a.uitleg}>
                <span class="ww-artikel">{a.artikel}</span>: {a.uitleg}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="ww-klein">{vul(tk.uitkomst.regels, { naam: stap.regels.naam, peildatum: stap.regels.peildatum })}</p>
    </section>
  )
}
