import { bemiddelingMachine } from './bemiddeling.machine.js'
import { beschutWerkMachine } from './beschut-werk.machine.js'
import { detacheringsbaanMachine } from './detacheringsbaan.machine.js'
import type { GesprekMachine } from './gesprek.js'
import { intakeMachine } from './intake.machine.js'
import { leerwerktrajectMachine } from './leerwerktraject.machine.js'
import { loonkostensubsidieMachine } from './loonkostensubsidie.machine.js'
import { loonkostensubsidieLoonwaardeMachine } from './loonkostensubsidie-loonwaarde.machine.js'
import { noRiskpolisMachine } from './no-riskpolis.machine.js'
import { participatieplaatsMachine } from './participatieplaats.machine.js'
import { persoonlijkeOndersteuningMachine } from './persoonlijke-ondersteuning.machine.js'
import { scholingMachine } from './scholing.machine.js'
import { socialeActiveringMachine } from './sociale-activering.machine.js'
import type { Onderwerp } from './vragen.js'
import { werkgeverMachine } from './werkgever.machine.js'
import { werkstageMachine } from './werkstage.machine.js'

/** Every dialogue, by onderwerp; made once at start-up. */
export const MACHINES: Readonly<Record<Onderwerp, GesprekMachine>> = {
  alles: intakeMachine,
  werkgever: werkgeverMachine,
  werkstage: werkstageMachine,
  'sociale-activering': socialeActiveringMachine,
  detacheringsbaan: detacheringsbaanMachine,
  scholing: scholingMachine,
  participatieplaats: participatieplaatsMachine,
  'beschut-werk': beschutWerkMachine,
  leerwerktraject: leerwerktrajectMachine,
  'persoonlijke-ondersteuning': persoonlijkeOndersteuningMachine,
  'no-riskpolis': noRiskpolisMachine,
  loonkostensubsidie: loonkostensubsidieMachine,
  'loonkostensubsidie-loonwaarde': loonkostensubsidieLoonwaardeMachine,
  bemiddeling: bemiddelingMachine,
}
