/**
 * The widget's words. Dutch ships inside widget.js (the launcher shows at once); other languages,
 * the glossary, the voorzieningen and the questions come from `GET /api/v1/teksten/{taal}`.
 */
import type { Waarde } from '../contract/index.js'
import nl from '../locales/nl/widget.json' with { type: 'json' }

export type WidgetTekst = typeof nl

export interface VraagVorm {
  tekst: string
  /** The question as an employer reads it, about the candidate. */
  werkgever?: string
  soort: 'keuze' | 'getal' | 'tekst'
  keuzes: { waarde: Waarde; label: string }[]
  label?: string
  min?: number
  max?: number
  /** A number outside these bounds is confirmed first; `tekst` has the place {{waarde}}. */
  bevestig?: { min: number; max: number; tekst: string }
}

/** The answer of `GET /api/v1/teksten/{taal}`. */
export interface Teksten {
  taal: string
  richting: 'ltr' | 'rtl'
  talen: { code: string; naam: string; richting: 'ltr' | 'rtl' }[]
  widget: WidgetTekst
  begrippen: Record<string, { naam: string; uitleg: string; werkgever?: { naam: string; uitleg: string } }>
  voorzieningen: Record<string, { uitleg: string; uitlegWerkgever?: string; begrippen: string[] }>
  werkgever: string[]
  vragen: Record<string, VraagVorm>
}

export const NL: WidgetTekst = nl

/** Fills `{{naam}}` places. */
export function vul(tekst: string, waarden: Record<string, string | number> = {}): string {
  return tekst.replace(/\{\{\s*(\w+)\s*\}\}/g, (plek, naam: string) => (naam in waarden ? String(waarden[naam]) : plek))
}
