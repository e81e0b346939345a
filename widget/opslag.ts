/**
 * Where the conversation id lives between reloads: sessionStorage only (never a cookie or
 * localStorage), so it is gone when the tab closes. A browser that refuses storage just forgets.
 */
import type { BerichtSoort } from '../contract/index.js'

export interface Opslag {
  lees(): string | undefined
  bewaar(id: string): void
  vergeet(): void
  /** What a reload should show again: the launcher open or not, and the bot's messages in their order. */
  leesStand?(): Stand | undefined
  bewaarStand?(stand: Stand): void
}

/**
 * Only the widget's own sentences and where they stood; never what the resident typed
 * (answers come back from the server, typed text is not kept anywhere).
 */
export interface Stand {
  open?: boolean
  gesprek?: string
  berichten?: { tekst: string; na: number; soort?: BerichtSoort }[]
}

export function sessieOpslag(sleutel: string): Opslag {
  const veilig = <T>(doe: () => T): T | undefined => {
    try {
      return doe()
    } catch {
      return undefined
    }
  }
  const stand = `${sleutel}:stand`
  return {
    lees: () => veilig(() => sessionStorage.getItem(sleutel)) ?? undefined,
    bewaar: (id) => veilig(() => sessionStorage.setItem(sleutel, id)),
    vergeet: () =>
      veilig(() => {
        sessionStorage.removeItem(sleutel)
        sessionStorage.removeItem(stand)
      }),
    leesStand: () => veilig(() => JSON.parse(sessionStorage.getItem(stand) ?? 'null') as Stand | null) ?? undefined,
    bewaarStand: (s) => veilig(() => sessionStorage.setItem(stand, JSON.stringify(s))),
  }
}
