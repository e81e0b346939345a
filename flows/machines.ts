import type { Regelmodel } from '../rules/index.js'
import { type GesprekMachine, maakGesprekMachine } from './gesprek.js'
import { ONDERWERPEN, type Onderwerp } from './vragen.js'

export type Machines = Readonly<Record<Onderwerp, GesprekMachine>>

const perModel = new WeakMap<Regelmodel, Machines>()

/**
 * The dialogues of a gemeente, one per onderwerp, made once per rules model: their choice of question
 * asks the rules with that model, so one step evaluates the answers once.
 */
export function machinesVoor(model: Regelmodel): Machines {
  let machines = perModel.get(model)
  if (!machines) {
    machines = Object.fromEntries(
      ONDERWERPEN.map((onderwerp) => [onderwerp, maakGesprekMachine(onderwerp, model)]),
    ) as Record<Onderwerp, GesprekMachine>
    perModel.set(model, machines)
  }
  return machines
}
