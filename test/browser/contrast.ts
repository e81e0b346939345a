/**
 * A contrast check that does not stop at "needs review": every visible text on the page (and in
 * every shadow root) in the colours the browser really computed, against the backgrounds behind it,
 * composited up the tree. Below 4.5:1 (3:1 for large text) is a failure. (axe files a text whose
 * background it cannot work out under "incomplete"; `axe()` in browser.ts fails on those too.)
 */
import type { Page } from 'playwright-core'

export interface ContrastFout {
  tekst: string
  waar: string
  verhouding: number
  nodig: number
  voor: string
  achter: string
}

/** Every visible text below its required contrast. */
export function contrastFouten(pagina: Page): Promise<ContrastFout[]> {
  return pagina.evaluate(() => {
    type Kleur = [number, number, number, number]
    const proef = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D
    /** Any CSS colour the browser computed (rgb(), color(srgb …), oklab …) as sRGB with alpha. */
    function lees(css: string): Kleur {
      const rgb = css.match(/^rgba?\(([^)]+)\)$/)
      if (rgb?.[1]) {
        const [r = 0, g = 0, b = 0, a = 1] = rgb[1]
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number)
        return [r, g, b, a]
      }
      const srgb = css.match(/^color\(srgb ([^)]+)\)$/)
      if (srgb?.[1]) {
        const [r = 0, g = 0, b = 0, a = 1] = srgb[1]
          .split(/[\s/]+/)
          .filter(Boolean)
          .map(Number)
        return [r * 255, g * 255, b * 255, a]
      }
      // Another colour space: let a canvas convert it.
      proef.clearRect(0, 0, 1, 1)
      proef.fillStyle = css
      proef.fillRect(0, 0, 1, 1)
      const [r = 0, g = 0, b = 0, a = 255] = proef.getImageData(0, 0, 1, 1).data
      return [r, g, b, a / 255]
    }
    const over = (boven: Kleur, onder: Kleur): Kleur => {
      const a = boven[3] + onder[3] * (1 - boven[3])
      if (a === 0) return [0, 0, 0, 0]
      const kanaal = (i: number) => ((boven[i] ?? 0) * boven[3] + (onder[i] ?? 0) * onder[3] * (1 - boven[3])) / a
      return [kanaal(0), kanaal(1), kanaal(2), a]
    }
    const licht = ([r, g, b]: Kleur) => {
      const l = (c: number) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * l(r) + 0.7152 * l(g) + 0.0722 * l(b)
    }
    const ouder = (el: Element): Element | null =>
      el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null
    /** The colour behind an element: its own background and every one behind it, down to white. */
    function achtergrond(el: Element): Kleur | undefined {
      const lagen: Kleur[] = []
      for (let hier: Element | null = el; hier; hier = ouder(hier)) {
        const stijl = getComputedStyle(hier)
        if (stijl.backgroundImage !== 'none') return undefined
        const kleur = lees(stijl.backgroundColor)
        if (kleur[3] > 0) lagen.push(kleur)
        if (kleur[3] >= 1) break
      }
      return lagen.reduceRight<Kleur>((onder, laag) => over(laag, onder), [255, 255, 255, 1])
    }
    /** Text in an SVG chart: the shapes drawn before it, under its middle, are its background. */
    function svgAchtergrond(el: Element, pagina: Kleur | undefined): Kleur | undefined {
      if (!pagina) return undefined
      const t = el.getBoundingClientRect()
      const [mx, my] = [t.left + t.width / 2, t.top + t.height / 2]
      let kleur = pagina
      const tekenaar = el.closest('svg')
      if (!tekenaar) return kleur
      for (const vorm of tekenaar.querySelectorAll('rect, circle, path, polygon')) {
        // Only what is painted before the text (document order) lies under it.
        if (!(vorm.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue
        const r = vorm.getBoundingClientRect()
        if (mx < r.left || mx > r.right || my < r.top || my > r.bottom) continue
        const s = getComputedStyle(vorm)
        const vul = lees(s.fill.startsWith('url(') ? 'rgba(0,0,0,0)' : s.fill)
        kleur = over([vul[0], vul[1], vul[2], vul[3] * Number(s.fillOpacity)], kleur)
      }
      return kleur
    }
    function zichtbaar(el: Element): boolean {
      const r = el.getBoundingClientRect()
      if (r.width < 2 || r.height < 2) return false
      for (let hier: Element | null = el; hier; hier = ouder(hier)) {
        const s = getComputedStyle(hier)
        if (s.display === 'none' || s.visibility !== 'visible' || s.opacity === '0') return false
        if (s.clip !== 'auto' && s.position === 'absolute') return false
        if (hier instanceof HTMLDetailsElement && !hier.open && !(el.closest('summary') || el === hier)) {
          if (!hier.querySelector(':scope > summary')?.contains(el)) return false
        }
      }
      return true
    }
    /** Disabled controls are exempt (WCAG 1.4.3). */
    const uit = (el: Element) =>
      el.closest('[disabled],[aria-disabled="true"]') !== null && el.closest('button,input,select,textarea') !== null

    const fouten: ContrastFout[] = []
    function bekijk(wortel: Document | ShadowRoot) {
      const lopen = document.createTreeWalker(wortel, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
      for (let knoop = lopen.nextNode(); knoop; knoop = lopen.nextNode()) {
        if (knoop instanceof Element && knoop.shadowRoot) bekijk(knoop.shadowRoot)
        if (knoop.nodeType !== Node.TEXT_NODE || !(knoop.textContent ?? '').trim()) continue
        const el = knoop.parentElement
        if (!el || ['SCRIPT', 'STYLE', 'TITLE', 'NOSCRIPT', 'OPTION'].includes(el.tagName)) continue
        if (!zichtbaar(el) || uit(el)) continue
        const stijl = getComputedStyle(el)
        const svg = el instanceof SVGElement
        let voor = lees(svg ? stijl.fill : stijl.color)
        const achter = svg ? svgAchtergrond(el, achtergrond(el)) : achtergrond(el)
        if (!achter) {
          fouten.push({
            tekst: (knoop.textContent ?? '').trim().slice(0, 60),
            waar: el.tagName,
            verhouding: 0,
            nodig: 0,
            voor: stijl.color,
            achter: 'afbeelding',
          })
          continue
        }
        let doorzicht = 1
        for (let hier: Element | null = el; hier; hier = ouder(hier))
          doorzicht *= Number(getComputedStyle(hier).opacity)
        voor = over([voor[0], voor[1], voor[2], voor[3] * doorzicht], achter)
        const [a, b] = [licht(voor), licht(achter)].sort((x, y) => y - x) as [number, number]
        const verhouding = (a + 0.05) / (b + 0.05)
        const px = Number.parseFloat(stijl.fontSize)
        const groot = px >= 24 || (px >= 18.66 && Number(stijl.fontWeight) >= 700)
        const nodig = groot ? 3 : 4.5
        if (verhouding < nodig - 0.005) {
          const klas = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''
          fouten.push({
            tekst: (knoop.textContent ?? '').trim().slice(0, 60),
            waar: `${el.tagName.toLowerCase()}${klas}`,
            verhouding: Math.round(verhouding * 100) / 100,
            nodig,
            voor: `rgb(${voor.slice(0, 3).map(Math.round).join(',')})`,
            achter: `rgb(${achter.slice(0, 3).map(Math.round).join(',')})`,
          })
        }
      }
    }
    bekijk(document)
    return fouten
  })
}
