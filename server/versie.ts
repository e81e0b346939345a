/**
 * What is running: the version of this build (from package.json, fixed at build time) and the rules model
 * it decides with. Both go into every log line, into `werkwijzer_build_info` and into every span, so a
 * figure or an error can always be traced to the code and the rules behind it.
 */
import pakket from '../package.json' with { type: 'json' }
import { STANDAARD_MODEL } from './regels.js'

export const VERSIE: string = pakket.version

/**
 * The id of the standard rules model, for a metric made without a gemeente (tests); the running server
 * reports its gemeente's own model (`gemeente.regelmodel.id`, in `index.ts`).
 */
export const REGELMODEL = STANDAARD_MODEL
