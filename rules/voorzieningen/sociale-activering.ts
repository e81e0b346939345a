import { doelgroep } from '../doelgroep.js'
import { alle } from '../logica.js'
import { afstandGroot, kanOoitZonderSteunWerken } from '../voorwaarden.js'
import type { Voorziening } from './types.js'

/** Art. 5 lid 1: "voor zover de mogelijkheid bestaat dat hij op enig moment algemeen geaccepteerde arbeid kan verkrijgen". */
export const socialeActivering: Voorziening = {
  id: 'sociale-activering',
  artikel: 'art. 5',
  conditie: () => alle([doelgroep, afstandGroot('art. 2 lid 1'), kanOoitZonderSteunWerken('art. 5 lid 1')]),
}
