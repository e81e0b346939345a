/**
 * `<werkwijzer-chat>`: the custom element. Shadow DOM keeps the host page's CSS out and ours in;
 * the styles are one constructable stylesheet, so a strict CSP (no `unsafe-inline`) is fine.
 * Attributes: `api` (default: where widget.js came from), `taal`, `onderwerp`, `modus`, `telefoon` (shown
 * when the server cannot be reached).
 */
import { render } from 'preact'
import { type Api, maakApi } from './api.js'
import { App } from './app.js'
import { type Opslag, sessieOpslag } from './opslag.js'
import { CSS } from './stijl.js'

let blad: CSSStyleSheet | undefined

function stijlVoor(root: ShadowRoot) {
  try {
    blad ??= new CSSStyleSheet()
    if (blad.cssRules.length === 0) blad.replaceSync(CSS)
    root.adoptedStyleSheets = [blad]
  } catch {
    // Browsers without constructable stylesheets (before 2023): a <style> element instead.
    const stijl = document.createElement('style')
    stijl.textContent = CSS
    root.append(stijl)
  }
}

let teller = 0

/** One Api per address: every widget on the page shares its texts and profile (asked once). */
const apis = new Map<string, Api>()
const apiVoor = (basis: string) => {
  let api = apis.get(basis)
  if (!api) {
    api = maakApi(basis)
    apis.set(basis, api)
  }
  return api
}

/** Defines the element once; `standaardApi` is the origin widget.js was loaded from. */
export function definieer(standaardApi: string, naam = 'werkwijzer-chat') {
  if (customElements.get(naam)) return
  class WerkwijzerChat extends HTMLElement {
    static observedAttributes = ['api', 'taal', 'onderwerp', 'modus', 'telefoon']
    readonly #root = this.attachShadow({ mode: 'open' })
    readonly #sleutel = `ww${++teller}`
    #opslag?: { sleutel: string; opslag: Opslag }

    connectedCallback() {
      stijlVoor(this.#root)
      this.#teken()
    }

    attributeChangedCallback() {
      if (this.isConnected) this.#teken()
    }

    disconnectedCallback() {
      render(null, this.#root)
    }

    /** The same storage while the key stays (a new object would make the app read it again). */
    #opslagVoor(sleutel: string): Opslag {
      if (this.#opslag?.sleutel !== sleutel) this.#opslag = { sleutel, opslag: sessieOpslag(`werkwijzer:${sleutel}`) }
      return this.#opslag.opslag
    }

    #teken() {
      const api = this.getAttribute('api') || standaardApi
      const modus = this.getAttribute('modus') === 'launcher' ? 'launcher' : 'inline'
      const onderwerp = this.getAttribute('onderwerp') || undefined
      const taal = this.getAttribute('taal') || undefined
      const telefoon = this.getAttribute('telefoon')?.trim() || undefined
      // A new api, modus or onderwerp is a new conversation: the key starts the app afresh.
      const sleutel = `${api}|${modus}|${onderwerp ?? ''}`
      render(
        <App
          key={sleutel}
          api={apiVoor(api)}
          opslag={this.#opslagVoor(sleutel)}
          modus={modus}
          taal={taal}
          onderwerp={onderwerp}
          telefoon={telefoon}
          sleutel={this.#sleutel}
        />,
        this.#root,
      )
    }
  }
  customElements.define(naam, WerkwijzerChat)
}
