/**
 * The rules core: a verordening as data (`model.ts`, the models in `regels/`) evaluated with
 * three-valued logic (`logica.ts`). `evaluate` is the only place where eligibility is decided;
 * flows/ and server/ ask it. Pure: no I/O.
 */

export {
  type Aandacht,
  type Aandachtspunt,
  aandachtBinnen,
  benodigdeFeiten,
  type DoelgroepOordeel,
  type Evaluatie,
  evaluate,
  type Lezer,
  type Oordeel,
  type Regels,
  type Uitkomst,
  type Verwijzing,
} from './evaluatie.js'
export type { Reden, RedenSleutel } from './logica.js'
export {
  type AowBand,
  controleerModel,
  type Gedateerd,
  isDatum,
  type ModelData,
  maakRegelmodel,
  type ParameterWaarde,
  type Regelmodel,
} from './model.js'
export * from './situatie.js'
export { type Tegenstrijdigheid, tegenstrijdigheden } from './tegenstrijdig.js'
export { VOORZIENINGEN, type VoorzieningId } from './voorzieningen.js'
