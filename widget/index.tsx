/** widget.js: registers `<werkwijzer-chat>`. The API is, by default, where this script came from. */
import { definieer } from './element.js'

const script = document.currentScript
const bron =
  script instanceof HTMLScriptElement && script.src ? new URL(script.src, location.href).origin : location.origin

definieer(bron)
