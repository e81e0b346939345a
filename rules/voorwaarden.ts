/**
 * The conditions the articles are built from. Each takes the article it is used under, so that
 * the same test (say "grote afstand") cites art. 2 lid 1 in werkstage and art. 13 lid 1 in
 * loonkostensubsidie. Texts: `redenen.<id>.ja|nee|onbekend` in locales.
 */
import { type Blad, opFeit, tekstenVoor } from './logica.js'

export const afstandGroot = (artikel: string) =>
  opFeit('afstandGroot', 'afstandTotArbeidsmarkt', artikel, (v) => v === 'groot')
export const afstandKort = (artikel: string) =>
  opFeit('afstandKort', 'afstandTotArbeidsmarkt', artikel, (v) => v === 'kort')

/** Art. 4 lid 1: not yet active on the labour market. */
export const nooitBetaaldGewerkt = (artikel: string) =>
  opFeit('nooitBetaaldGewerkt', 'ooitBetaaldGewerkt', artikel, (v) => v === false)
/** Art. 4 lid 1: long-term unemployed, 12 months in a row on a benefit. */
export const uitkering12Maanden = (artikel: string) =>
  opFeit('uitkering12Maanden', 'maandenUitkering', artikel, (v) => v >= 12)
/** Art. 4 lid 1: five years without income from work. */
export const vijfJaarGeenWerkinkomen = (artikel: string) =>
  opFeit('vijfJaarGeenWerkinkomen', 'jarenGeenWerkinkomen', artikel, (v) => v >= 5)

export const kanOoitZonderSteunWerken = (artikel: string) =>
  opFeit('kanOoitZonderSteunWerken', 'kanOoitZonderSteunWerken', artikel, (v) => v === true)
export const minstens27 = (artikel: string) => opFeit('minstens27', 'leeftijd', artikel, (v) => v >= 27)
export const hoogstens26 = (artikel: string) => opFeit('hoogstens26', 'leeftijd', artikel, (v) => v <= 26)
export const heeftBijstand = (artikel: string) => opFeit('heeftBijstand', 'uitkering', artikel, (v) => v === 'bijstand')
export const heeftUwvUitkering = (artikel: string) =>
  opFeit('heeftUwvUitkering', 'uitkering', artikel, (v) => v === 'uwv')
export const beperking = (artikel: string) => opFeit('beperking', 'beperking', artikel, (v) => v === true)
export const beschutteWerkplekNodig = (artikel: string) =>
  opFeit('beschutteWerkplekNodig', 'beschutteWerkplekNodig', artikel, (v) => v === true)
export const geenStartkwalificatie = (artikel: string) =>
  opFeit('geenStartkwalificatie', 'startkwalificatie', artikel, (v) => v === false)
export const volledigMinimumloon = (artikel: string) =>
  opFeit('volledigMinimumloon', 'kanVolledigMinimumloonVerdienen', artikel, (v) => v === true)
export const nietVolledigMinimumloon = (artikel: string) =>
  opFeit('nietVolledigMinimumloon', 'kanVolledigMinimumloonVerdienen', artikel, (v) => v === false)
export const werktMetLoonkostensubsidie = (artikel: string) =>
  opFeit('werktMetLoonkostensubsidie', 'werktMetLoonkostensubsidie', artikel, (v) => v === true)
/** Art. 11: a jobcoach supports someone at work, so there must be a job. */
export const heeftContract = (artikel: string) => opFeit('heeftContract', 'contractMaanden', artikel, (v) => v >= 1)
/** Art. 12 lid 1: only for contracts of at least 6 months. */
export const contract6Maanden = (artikel: string) =>
  opFeit('contract6Maanden', 'contractMaanden', artikel, (v) => v >= 6)

/** A condition the article itself gives to everyone in the doelgroep (scholing, bemiddeling). */
export function voorIedereen(id: string, artikel: string): Blad {
  return { soort: 'blad', id, artikel, velden: () => [], test: () => true, teksten: tekstenVoor(id) }
}
