import { bemiddeling } from './bemiddeling.js'
import { beschutWerk } from './beschut-werk.js'
import { detacheringsbaan } from './detacheringsbaan.js'
import { leerwerktraject } from './leerwerktraject.js'
import { loonkostensubsidie } from './loonkostensubsidie.js'
import { loonkostensubsidieLoonwaarde } from './loonkostensubsidie-loonwaarde.js'
import { noRiskpolis } from './no-riskpolis.js'
import { participatieplaats } from './participatieplaats.js'
import { persoonlijkeOndersteuning } from './persoonlijke-ondersteuning.js'
import { scholing } from './scholing.js'
import { socialeActivering } from './sociale-activering.js'
import type { Voorziening } from './types.js'
import { werkstage } from './werkstage.js'

export * from './types.js'

/** All voorzieningen, in contract order. */
export const ALLE_VOORZIENINGEN: readonly Voorziening[] = [
  werkstage,
  socialeActivering,
  detacheringsbaan,
  scholing,
  participatieplaats,
  beschutWerk,
  leerwerktraject,
  persoonlijkeOndersteuning,
  noRiskpolis,
  loonkostensubsidie,
  loonkostensubsidieLoonwaarde,
  bemiddeling,
]
