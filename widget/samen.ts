/**
 * What the widgets on one page share: whether an inline widget is on screen (then the floating
 * launcher steps aside, so it never covers an answer and there is one Werkwijzer at a time), and
 * the language the resident chose last (the launcher's own label follows it).
 */
type Luisteraar = () => void

const luisteraars = new Set<Luisteraar>()
const zichtbaar = new Set<object>()
let gekozenTaal: string | undefined

const meld = () => {
  for (const l of luisteraars) l()
}

export const paginaStand = {
  inlineZichtbaar: () => zichtbaar.size > 0,
  taal: () => gekozenTaal,
  zetZichtbaar(wie: object, ja: boolean) {
    const was = zichtbaar.has(wie)
    if (ja) zichtbaar.add(wie)
    else zichtbaar.delete(wie)
    if (was !== ja) meld()
  },
  zetTaal(taal: string) {
    if (taal === gekozenTaal) return
    gekozenTaal = taal
    meld()
  },
  /** A fresh page (the component tests render many widgets in one document). */
  herstel() {
    zichtbaar.clear()
    gekozenTaal = undefined
  },
  luister(l: Luisteraar): () => void {
    luisteraars.add(l)
    return () => luisteraars.delete(l)
  },
}
