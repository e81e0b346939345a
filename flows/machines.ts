import type { EigenParameters } from '../rules/index.js'
import { bemiddelingMachine } from './bemiddeling.machine.js'
import { beschutWerkMachine } from './beschut-werk.machine.js'
import { detacheringsbaanMachine } from './detacheringsbaan.machine.js'
import { type GesprekMachine, maakGesprekMachine } from './gesprek.js'
import { intakeMachine } from './intake.machine.js'
import { leerwerktrajectMachine } from './leerwerktraject.machine.js'
import { loonkostensubsidieMachine } from './loonkostensubsidie.machine.js'
import { loonkostensubsidieLoonwaardeMachine } from './loonkostensubsidie-loonwaarde.machine.js'
import { noRiskpolisMachine } from './no-riskpolis.machine.js'
import { participatieplaatsMachine } from './participatieplaats.machine.js'
import { persoonlijkeOndersteuningMachine } from './persoonlijke-ondersteuning.machine.js'
import { scholingMachine } from './scholing.machine.js'
import { socialeActiveringMachine } from './sociale-activering.machine.js'
import { ONDERWERPEN, type Onderwerp } from './vragen.js'
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

const perGemeente = new WeakMap<EigenParameters, Readonly<Record<Onderwerp, GesprekMachine>>>()

/**
 * The dialogues for a gemeente's own parameters: their choice of question asks the rules with those
 * values, so one step evaluates the answers once (the description of the step asks with the same
 * values). Without parameters, the model's: `MACHINES`. Made once per profile.
 */
export function machinesVoor(parameters?: EigenParameters): Readonly<Record<Onderwerp, GesprekMachine>> {
  if (!parameters) return MACHINES
  let machines = perGemeente.get(parameters)
  if (!machines) {
    machines = Object.fromEntries(
      ONDERWERPEN.map((onderwerp) => [onderwerp, maakGesprekMachine(onderwerp, parameters)]),
    ) as Record<Onderwerp, GesprekMachine>
    perGemeente.set(parameters, machines)
  }
  return machines
}
