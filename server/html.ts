/**
 * Server HTML through hono's `html` tag: every value put in a template is escaped (`& < > " '`),
 * unless it is itself made with `html` (or marked with `raw`, for markup we made). So a text from a
 * profile, a translation or a resident cannot add markup by forgetting one call.
 */
import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

export { html, raw }
export type Html = HtmlEscapedString

/** Pieces of HTML one after another, with `tussen` between them. */
export function samen(stukken: readonly (HtmlEscapedString | Promise<HtmlEscapedString>)[], tussen = ''): Html {
  return raw(stukken.map(tekstVan).join(tussen))
}

/** A finished page as a string. Our templates hold no promises, so one never has to wait. */
export function tekstVan(stuk: HtmlEscapedString | Promise<HtmlEscapedString>): string {
  if (stuk instanceof Promise) throw new Error('Een HTML-sjabloon gaf een Promise: geen sjabloon hier wacht ergens op.')
  return stuk.toString()
}
