/**
 * Scrolling so that what matters is in view: the whole new question with its answers, the reply
 * to what she typed with the text field, an error next to what was tapped. Inside the launcher's
 * panel the panel scrolls, inline the page; with a phone's keyboard open only the part above it counts.
 */

/** The nearest ancestor that scrolls, through shadow roots; undefined: the page itself. */
function scroller(el: Element): HTMLElement | undefined {
  let hier: Node | null = el.parentNode
  while (hier) {
    if (hier instanceof ShadowRoot) {
      hier = hier.host
      continue
    }
    if (hier instanceof HTMLElement && hier !== document.body && hier !== document.documentElement) {
      const stijl = getComputedStyle(hier)
      if (/auto|scroll/.test(stijl.overflowY) && hier.scrollHeight > hier.clientHeight) return hier
    }
    hier = hier.parentNode
  }
  return undefined
}

/** The part of the screen that is visible: above the keyboard, if a phone shows one. */
function scherm(): { top: number; bodem: number } {
  const v = typeof visualViewport === 'undefined' ? null : visualViewport
  return v ? { top: v.offsetTop, bodem: v.offsetTop + v.height } : { top: 0, bodem: innerHeight }
}

/**
 * Scrolls as little as needed to show everything from the top of `boven` to the bottom of `onder`.
 * When that does not fit, `voorrang` says which end stays: the top (a question is read from its
 * start) or the bottom (the text field she is typing in).
 */
export function toonBereik(
  boven: Element,
  onder: Element = boven,
  marge = 8,
  voorrang: 'boven' | 'onder' = 'boven',
): void {
  if (typeof boven.getBoundingClientRect !== 'function') return
  const doos = scroller(boven)
  const raam = scherm()
  const kader = doos?.getBoundingClientRect()
  const top = Math.max(kader?.top ?? raam.top, raam.top) + marge
  const bodem = Math.min(kader?.bottom ?? raam.bodem, raam.bodem) - marge
  const b = boven.getBoundingClientRect()
  const o = onder.getBoundingClientRect()
  let verschil = 0
  const past = o.bottom - b.top <= bodem - top
  if (!past) verschil = voorrang === 'boven' ? b.top - top : o.bottom - bodem
  else if (b.top < top) verschil = b.top - top
  else if (o.bottom > bodem) verschil = o.bottom - bodem
  if (Math.abs(verschil) < 1) return
  if (doos) doos.scrollBy({ top: verschil, behavior: 'instant' })
  else window.scrollBy({ top: verschil, behavior: 'instant' })
  // A panel inside a page that is itself scrolled away: the page follows.
  if (doos && getComputedStyle(doos).position !== 'fixed') {
    const r = doos.getBoundingClientRect()
    if (r.top < raam.top || r.bottom > raam.bodem) toonBereik(doos, doos, 0)
  }
}
