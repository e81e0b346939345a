import type { Teller, Telling } from '../server/statistieken/types.js'

/**
 * A month of plausible figures for the dashboard tests and the screenshot: one busy day
 * (`dag`) with every kind of count, and a quieter trend over the days before it.
 */
export function vulMetTestdata(teller: Teller, dag = '2026-11-20'): void {
  const tellingen: Telling[] = []
  const plus = (sleutel: string, aantal: number, onderwerp = 'alles', taal = 'nl') => {
    for (let i = 0; i < aantal; i++) tellingen.push({ onderwerp, taal, sleutel })
  }
  plus('gestart', 120)
  plus('gestart', 14, 'alles', 'en')
  plus('gestart', 30, 'menu')
  plus('bereikt:onderwerp', 30, 'menu')
  plus('beantwoord:onderwerp', 24, 'menu')
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
  for (const [vraag, bereikt, beantwoord] of [
    ['woontInGemeente', 31, 30],
    ['leeftijd', 30, 27],
    ['uitkering', 27, 24],
    ['maandenUitkering', 24, 21],
    ['afstandTotArbeidsmarkt', 21, 19],
  ] as const) {
    plus(`bereikt:${vraag}`, bereikt, 'werkstage')
    plus(`beantwoord:${vraag}`, beantwoord, 'werkstage')
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
  plus('feedback:nee', 14)
  plus('feedback:ja:werkstage:mogelijk', 21)
  plus('feedback:nee:werkstage:niet', 9)
  plus('feedback:een-beetje:scholing:mogelijk', 7)
  plus('feedback:nee:bemiddeling:mogelijk', 3)
  plus('feedbackReden:past-niet', 6)
  plus('feedbackReden:snap-niet', 5)
  plus('feedbackReden:mis-hulp', 2)
  for (const [actie, aantal] of [
    ['medewerker', 26],
    ['bel', 11],
    ['livechat', 7],
    ['mail', 3],
    ['waarom', 41],
    ['wat-is-dat', 18],
    ['taal', 9],
    ['opnieuw', 6],
    ['wis', 6],
    ['inline', 96],
    ['launcher', 44],
  ] as const)
    plus(`actie:${actie}`, aantal)
  plus('bericht:antwoord', 31)
  plus('bericht:uitleg', 8)
  plus('bericht:mens', 5)
  plus('bericht:onbekend', 6)
  plus('bericht:persoonsgegevens', 1)
  teller.tel(dag, tellingen)

  // The trend: the 19 days before, quieter, with one day under the threshold. These residents
  // looked at the first question and left there.
  const begin = Date.parse(`${dag}T00:00:00Z`)
  for (let i = 1; i <= 19; i++) {
    const d = new Date(begin - i * 86_400_000).toISOString().slice(0, 10)
    const n = i === 3 ? 2 : 6 + ((i * 7) % 11)
    teller.tel(
      d,
      Array.from({ length: n }, (): Telling[] => [
        { onderwerp: 'alles', taal: 'nl', sleutel: 'gestart' },
        { onderwerp: 'alles', taal: 'nl', sleutel: 'bereikt:woontInGemeente' },
      ]).flat(),
    )
  }
}
