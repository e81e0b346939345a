/**
 * What is running: the version of this build (from package.json, fixed at build time) and the rules model
 * it decides with. Both go into every log line, into `werkwijzer_build_info` and into every span, so a
 * figure or an error can always be traced to the code and the rules behind it.
 */
import pakket from '../package.json' with { type: 'json' }

export const VERSIE: string = pakket.version

/**
 * The id of the rules model (a verordening and its version). One constant in one place until a gemeente
 * profile names its own model; then this becomes the profile's model id, and the metric, logs and spans
 * follow without another change.
 */
export const REGELMODEL = 'assen-2015'
