/**
 * What the store keeps of a dialogue, and how it is read: the machine's state and context as a
 * small JSON value. Nothing derived is kept (facts come from the answers, the outcome from the rules),
 * so a record read back from Redis (parsed JSON) and one kept in memory give the same steps.
 */
import type { Afweging, GesprekContext } from './strategie.js'
import { feitenUit } from './strategie.js'

/** What the store keeps of a dialogue: the machine's state and context, nothing else. */
export interface Bewaard {
  /** `kiesOnderwerp` while the first menu is open; otherwise the machine's state. */
  readonly staat: 'kiesOnderwerp' | 'vraag' | 'uitkomst'
  readonly context: GesprekContext
}

/**
 * A machine snapshot as the store keeps it, and the weighing the machine made for its next question
 * (handed along to the description of the step, never stored).
 */
export function uitSnapshot(snapshot: { value: unknown; context: GesprekContext & { afweging?: Afweging } }): {
  bewaard: Bewaard
  afweging?: Afweging
} {
  const { afweging, ...context } = snapshot.context
  const staat = snapshot.value === 'uitkomst' || snapshot.value === 'kiesOnderwerp' ? snapshot.value : 'vraag'
  return { bewaard: { staat, context }, ...(afweging && staat !== 'kiesOnderwerp' ? { afweging } : {}) }
}

/** The open question, if any. */
export function openVraag(bewaard: Bewaard): string | undefined {
  return bewaard.staat === 'uitkomst' ? undefined : bewaard.context.vraag
}

/** Can the resident go one question back? */
export function kanTerug(bewaard: Bewaard): boolean {
  return bewaard.staat !== 'kiesOnderwerp' && bewaard.context.antwoorden.length > 0
}

/** The facts collected so far. */
export function feiten(bewaard: Bewaard) {
  return feitenUit(bewaard.context.antwoorden)
}
