/**
 * Turns the rules' outcome (keys) into the contract's JSON (texts in one language).
 * The rules decide; this only looks up words.
 */

import type { z } from '@hono/zod-openapi'
import type { Aandachtspunt, Evaluatie, Reden, Situatie } from '../rules/index.js'
import type { Gemeente } from './gemeente.js'
import type { Vertaal } from './i18n.js'
import type { EvaluatieSchema, RedenSchema, UitkomstSchema } from './schemas.js'

export type RedenTekst = z.infer<typeof RedenSchema>
export type UitkomstTekst = z.infer<typeof UitkomstSchema>
export type EvaluatieTekst = z.infer<typeof EvaluatieSchema>

/** The link the gemeente publishes for an article ("art. 8 lid 1" finds "art. 8"). */
export function artikelLink(gemeente: Gemeente, artikel: string): string | undefined {
  const links = gemeente.verordening.artikelLinks
  const eerste = artikel.split(';')[0]?.trim() ?? ''
  if (links[eerste]) return links[eerste]
  const kort = eerste.match(/^(?:Pw )?art\. \w+/)?.[0]
  return kort ? links[kort] : undefined
}

export interface Weergever {
  reden(r: Reden | Aandachtspunt, groep: 'redenen' | 'aandachtspunten'): RedenTekst
  evaluatie(e: Evaluatie): EvaluatieTekst
}

/** A renderer for one language, one gemeente and the facts of one person (for `{{leeftijd}}` and the like). */
export function maakWeergever(t: Vertaal, gemeente: Gemeente, situatie: Situatie): Weergever {
  const basis = { ...situatie, gemeente: gemeente.naam }
  const reden: Weergever['reden'] = (r, groep) => {
    const link = artikelLink(gemeente, r.artikel)
    return {
      artikel: r.artikel,
      uitleg: t(`${groep}.${r.sleutel}`, { ...basis, ...(r.params ?? {}) }),
      ...(link ? { link } : {}),
    }
  }
  return {
    reden,
    evaluatie(e) {
      return {
        doelgroep: {
          oordeel: e.doelgroep.oordeel,
          ...(e.doelgroep.verwijzing ? { verwijzing: e.doelgroep.verwijzing } : {}),
          redenen: e.doelgroep.redenen.map((r) => reden(r, 'redenen')),
        },
        uitkomsten: e.uitkomsten.map((u) => ({
          voorziening: u.voorziening,
          naam: t(`voorzieningen.${u.voorziening}.naam`),
          oordeel: u.oordeel,
          redenen: u.redenen.map((r) => reden(r, 'redenen')),
          ontbrekend: [...u.ontbrekend],
        })),
        aandachtspunten: e.aandachtspunten.map((a) => reden(a, 'aandachtspunten')),
        regels: { naam: gemeente.verordening.naam, versie: e.regels.versie, peildatum: e.regels.peildatum },
      }
    },
  }
}
