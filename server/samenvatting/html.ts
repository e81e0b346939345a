/** Escaping for HTML: every text on the summary page goes through this, above all what the resident typed. */

const TEKENS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Makes text safe for HTML element content and quoted attribute values: `& < > " '` become entities,
 * so no markup from input can ever reach the page.
 */
export function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (teken) => TEKENS[teken] ?? teken)
}

/** A link target only for http(s), mailto and tel with a number; anything else (`javascript:`) gives no link. */
export function veiligeLink(url: string): string | undefined {
  return /^(?:https?:\/\/|mailto:|tel:\+?\d)/i.test(url) ? url : undefined
}
