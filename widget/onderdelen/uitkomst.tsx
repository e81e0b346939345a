import type { Ref } from 'preact'
import type { Stap } from '../../contract/index.js'
import { datumZonderAfsluiting, OORDELEN } from '../../contract/waarden.js'
import { type ServerTeksten, vul, type WidgetTekst } from '../teksten.js'

type Uitkomst = NonNullable<Stap['uitkomsten']>[number]

interface Props {
  stap: Stap
  tk: WidgetTekst
  extra?: ServerTeksten
  kopRef: Ref<HTMLHeadingElement>
  sleutel: string
}

/** Only the voorzieningen the conversation was about. */
function teTonen(stap: Stap, extra?: ServerTeksten): Uitkomst[] {
  const alle = stap.uitkomsten ?? []
  const onderwerp = stap.onderwerp
  if (!onderwerp || onderwerp === 'alles') return alle
  if (onderwerp === 'werkgever') return extra ? alle.filter((u) => extra.werkgever.includes(u.voorziening)) : alle
  return alle.filter((u) => u.voorziening === onderwerp)
}

/**
 * A rule's article after the sentence, not as its first words: people read the sentence first.
 * Isolated and left to right ("art. 4 lid 1"), so an Arabic line that wraps does not scramble it.
 */
function Artikel({ artikel, link }: { artikel: string; link?: string }) {
  return (
    <span class="ww-artikel">
      {' ('}
      <bdi dir="ltr" lang="nl">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {artikel}
          </a>
        ) : (
          artikel
        )}
      </bdi>
      {')'}
    </span>
  )
}

const gelijk = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

function Kaart({
  u,
  tk,
  extra,
  werkgever,
}: {
  u: Uitkomst
  tk: WidgetTekst
  extra?: ServerTeksten
  werkgever: boolean
}) {
  const bron = extra?.voorzieningen[u.voorziening]
  // An employer reads what it means for the employer and the candidate, not "helps you at your work".
  const info = bron && werkgever && bron.uitlegWerkgever ? { ...bron, uitleg: bron.uitlegWerkgever } : bron
  // "Wat is werkstage?" under the card "Werkstage" would say the line above it again.
  const begrippen = (info?.begrippen ?? [])
    .flatMap((b) => {
      const begrip = extra?.begrippen[b]
      return begrip ? [(werkgever && begrip.werkgever) || begrip] : []
    })
    .filter((b) => !gelijk(b.naam, u.naam) && !(info && gelijk(b.uitleg, info.uitleg)))
  return (
    <li class={`ww-kaart ww-kaart--${u.oordeel}`}>
      <h5>{u.naam}</h5>
      {u.regelsOnbekend && <p class="ww-vraag-gemeente">{tk.uitkomst.regelsOnbekend}</p>}
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
              {r.uitleg}
              <Artikel artikel={r.artikel} link={r.link} />
            </li>
          ))}
        </ul>
        {u.ontbrekend.length > 0 && (
          <div>
            <p>{tk.uitkomst.ontbrekend}</p>
            <ul>
              {u.ontbrekend.map((f) => (
                <li key={f}>{(werkgever && extra?.vragen[f]?.werkgever) || (extra?.vragen[f]?.tekst ?? f)}</li>
              ))}
            </ul>
          </div>
        )}
      </details>
    </li>
  )
}

type Punt = NonNullable<Stap['aandachtspunten']>[number]

/** A titled list of sentences, each with its article after it: the notes, and the duties and rights. */
function Punten({ id, kop, punten }: { id: string; kop: string; punten?: readonly Punt[] }) {
  if (!punten?.length) return null
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{kop}</h4>
      <ul>
        {punten.map((a) => (
          <li key={a.artikel + a.uitleg}>
            {a.uitleg}
            <Artikel artikel={a.artikel} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** A date as people write it in this language ("1 december 2026"), not as `2026-12-01`. */
export function datumVoorMensen(iso: string, taal: string): string {
  const [j, m, d] = iso.split('-').map(Number)
  if (!j || !m || !d) return iso
  try {
    const formaat = new Intl.DateTimeFormat(taal, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    return datumZonderAfsluiting(formaat, new Date(Date.UTC(j, m - 1, d)))
  } catch {
    return iso
  }
}

/**
 * The outcome: what may fit first, open; "We weten het nog niet" and "Past niet" folded with their
 * counts (on a phone the whole list was metres long); the points to watch; always: the college decides.
 */
export function Uitkomst({ stap, tk, extra, kopRef, sleutel }: Props) {
  const uitkomsten = teTonen(stap, extra)
  const kop = `${sleutel}-uitkomst`
  const iets = uitkomsten.some((u) => u.oordeel === 'mogelijk')
  return (
    <section class="ww-uitkomst" aria-labelledby={kop}>
      <h3 id={kop} tabIndex={-1} ref={kopRef}>
        {iets ? tk.uitkomst.kop : tk.uitkomst.kopGeen}
      </h3>
      <p class="ww-beslist">{tk.uitkomst.beslist}</p>
      {OORDELEN.map((groep) => {
        const hier = uitkomsten.filter((u) => u.oordeel === groep)
        if (hier.length === 0) return null
        const kaarten = (
          <ul class="ww-kaarten">
            {hier.map((u) => (
              <Kaart key={u.voorziening} u={u} tk={tk} extra={extra} werkgever={stap.onderwerp === 'werkgever'} />
            ))}
          </ul>
        )
        const titel = `${tk.uitkomst[groep]} (${hier.length})`
        if (groep === 'mogelijk')
          return (
            <section key={groep} aria-labelledby={`${kop}-${groep}`}>
              <h4 id={`${kop}-${groep}`}>{titel}</h4>
              {kaarten}
            </section>
          )
        return (
          <details key={groep} class="ww-groep">
            <summary>{titel}</summary>
            {kaarten}
          </details>
        )
      })}
      <Punten id={`${kop}-let-op`} kop={tk.uitkomst.aandachtspunten} punten={stap.aandachtspunten} />
      <Punten id={`${kop}-rechten`} kop={tk.uitkomst.rechten} punten={stap.rechten} />
      <p class="ww-klein">
        {/* The server's sentence says which rules, on which day, and that the gemeente may have others now. */}
        {stap.regels.tekst ??
          vul(tk.uitkomst.regels, {
            naam: stap.regels.naam,
            peildatum: datumVoorMensen(stap.regels.peildatum, stap.taal),
            // A date that ends in a full stop ("2026 р.") does not get a second one.
          }).replace(/\.\.$/, '.')}
      </p>
    </section>
  )
}
