/**
 * The questions of a dialogue in the order people meet them, for the statistics' funnels: what it
 * asks first when nothing is known yet, then next after "Weet ik niet", and so on (the real order
 * follows the answers, but starts the same way). The server hands it to the statistics, which do
 * not step the dialogue themselves.
 */
import { type Onderwerp, VRAGEN } from '../contract/vragen.js'
import type { Regelmodel } from '../rules/index.js'
import { start } from './gesprekken.js'
import { volgendeVraag } from './strategie.js'

const volgordeCache = new WeakMap<Regelmodel, Map<Onderwerp, readonly string[]>>()

export function vraagVolgorde(onderwerp: Onderwerp, model: Regelmodel): readonly string[] {
  let perModel = volgordeCache.get(model)
  if (!perModel) {
    perModel = new Map()
    volgordeCache.set(model, perModel)
  }
  const bekend = perModel.get(onderwerp)
  if (bekend) return bekend
  // A fixed day within every model's window: the order of the questions, not the rules of today.
  let context = start(onderwerp, model.peildata.tot, model).context
  const volgorde: string[] = []
  for (let i = 0; i < Object.keys(VRAGEN).length; i++) {
    const vraag = volgendeVraag(context, model)
    if (!vraag || volgorde.includes(vraag)) break
    volgorde.push(vraag)
    context = { ...context, antwoorden: [...context.antwoorden, { vraag, waarde: null }] }
  }
  perModel.set(onderwerp, volgorde)
  return volgorde
}
