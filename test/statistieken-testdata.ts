import type { Teller, Telling } from '../server/statistieken/types.js'

/** A month of plausible figures for the dashboard tests and the screenshot. */
export function vulMetTestdata(teller: Teller, dag = '2026-11-20'): void {
  const tellingen: Telling[] = []
  const plus = (sleutel: string, aantal: number, onderwerp = 'alles', taal = 'nl') => {
    for (let i = 0; i < aantal; i++) tellingen.push({ onderwerp, taal, sleutel })
  }
  plus('gestart', 120)
  plus('gestart', 14, 'alles', 'en')
  plus('gestart', 30, 'menu')
  plus('gekozen', 22, 'werkstage')
  plus('gestart', 9, 'werkstage')
  const vragen: [string, number, number, number][] = [
    ['woontInGemeente', 134, 131, 0],
    ['leeftijd', 131, 122, 6],
    ['uitkering', 122, 104, 11],
    ['afstandTotArbeidsmarkt', 104, 90, 23],
    ['beperking', 90, 88, 3],
    ['maandenUitkering', 88, 71, 19],
  ]
  for (const [vraag, bereikt, beantwoord, weetNiet] of vragen) {
    plus(`bereikt:${vraag}`, bereikt)
    plus(`beantwoord:${vraag}`, beantwoord)
    plus(`weetNiet:${vraag}`, weetNiet)
  }
  plus('klaar', 71)
  plus('klaar', 19, 'werkstage')
  plus('uitkomst:werkstage:mogelijk', 31)
  plus('uitkomst:werkstage:onbekend', 12)
  plus('uitkomst:werkstage:niet', 47)
  plus('uitkomst:scholing:mogelijk', 40)
  plus('uitkomst:scholing:onbekend', 9)
  plus('uitkomst:scholing:niet', 22)
  plus('uitkomst:bemiddeling:mogelijk', 58)
  plus('uitkomst:bemiddeling:onbekend', 3)
  plus('uitkomst:bemiddeling:niet', 10)
  plus('doelgroepNee:uwv', 8)
  plus('doelgroepNee:andere-gemeente', 3)
  plus('samenvatting', 27)
  plus('gewist', 6)
  plus('feedback:ja', 33)
  plus('feedback:een-beetje', 12)
  plus('feedback:nee', 4)
  teller.tel(dag, tellingen)
}
