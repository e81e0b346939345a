/**
 * The widget's words. Dutch ships inside widget.js (the launcher shows at once); other languages,
 * the glossary, the voorzieningen and the questions come from `GET /api/v1/teksten/{taal}`.
 */
import type { WidgetTeksten } from '../contract/index.js'
import nl from '../locales/nl/widget.json' with { type: 'json' }

export type WidgetTekst = typeof nl

/** The answer of `GET /api/v1/teksten/{taal}` (the contract's), with the widget's own words typed. */
export type ServerTeksten = Omit<WidgetTeksten, 'widget'> & { widget: WidgetTekst }

export const NL: WidgetTekst = nl

/** Fills `{{naam}}` places. */
export function vul(tekst: string, waarden: Record<string, string | number> = {}): string {
  return tekst.replace(/\{\{\s*(\w+)\s*\}\}/g, (plek, naam: string) => (naam in waarden ? String(waarden[naam]) : plek))
}
