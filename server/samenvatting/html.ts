/** Which links the summary page makes (its text is escaped by hono's `html` tag, `../html.ts`). */

/** A link target only for http(s), mailto and tel with a number; anything else (`javascript:`) gives no link. */
export function veiligeLink(url: string): string | undefined {
  return /^(?:https?:\/\/|mailto:|tel:\+?\d)/i.test(url) ? url : undefined
}
