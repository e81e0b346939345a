/** The middleware of the app, one per folder; `createApp` puts them in order. */
import type { SnelheidOpties } from './snelheid/index.js'

export { corsBeleid } from './cors/index.js'
export { alleenJson, MAX_DIEPTE, strikteJson } from './json/index.js'
export { beveiligingsKoppen, isOpenBron, STANDAARD_CSP_DATA, STANDAARD_CSP_HTML } from './koppen/index.js'
export { lichaamsGrens, MAX_BODY_BYTES } from './lichaam/index.js'
export { toegestaneMethoden } from './methoden/index.js'
export { adresGroep, clientIp, snelheidsLimiet } from './snelheid/index.js'

/** CORS and rate limits as the app gets them. */
export interface BeveiligingOpties extends SnelheidOpties {
  /** Origins that may call the API from a browser; default: the server's own origin. */
  readonly origins?: readonly string[]
}
