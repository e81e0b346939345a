/**
 * Where the conversation id lives between reloads: sessionStorage only (never a cookie or
 * localStorage), so it is gone when the tab closes. A browser that refuses storage just forgets.
 */
export interface Opslag {
  lees(): string | undefined
  bewaar(id: string): void
  vergeet(): void
}

export function sessieOpslag(sleutel: string): Opslag {
  const veilig = <T>(doe: () => T): T | undefined => {
    try {
      return doe()
    } catch {
      return undefined
    }
  }
  return {
    lees: () => veilig(() => sessionStorage.getItem(sleutel)) ?? undefined,
    bewaar: (id) => veilig(() => sessionStorage.setItem(sleutel, id)),
    vergeet: () => veilig(() => sessionStorage.removeItem(sleutel)),
  }
}
