/** Notes shown with the outcome (domain.md, "Aandachtspunten"), in table order. */
import type { RedenSleutel } from './logica.js'
import {
  BESCHUT_WERK_2017,
  type EigenParameters,
  LANDELIJKE_NORISK_JOBCOACH,
  NIEUWE_REGELS_JONGEREN,
  OVERGANGSRECHT_TOT,
  parameter,
} from './parameters.js'
import type { Feit, Situatie } from './situatie.js'
import { VOORZIENINGEN, type VoorzieningId } from './voorzieningen/types.js'

export interface Aandachtspunt extends RedenSleutel {
  readonly artikel: string
}

type Oordeel = 'mogelijk' | 'niet' | 'onbekend'

interface Regel {
  readonly sleutel: string
  readonly artikel: string
  /**
   * The voorzieningen the note is about, when it is about some only: a dialogue about other ones
   * leaves it out. Absent: the note is about the person (children, benefit, age, old rules).
   */
  readonly voorzieningen?: readonly VoorzieningId[]
  readonly geldt: (s: Situatie, peildatum: string, oordeel: (id: VoorzieningId) => Oordeel) => boolean
  readonly params?: (peildatum: string, eigen: EigenParameters) => Record<string, string | number>
  /** The facts still missing that would decide whether this note applies (asked at the end of the intake). */
  readonly vraagt?: (s: Situatie, oordeel: (id: VoorzieningId) => Oordeel) => readonly Feit[]
}

/** Art. 2 lid 3 matters for anyone who may take part in a voorziening: the age of the youngest child decides. */
const vraagtKind = (s: Situatie, oordeel: (id: VoorzieningId) => Oordeel): readonly Feit[] =>
  s.jongsteKindLeeftijd === undefined && VOORZIENINGEN.some((id) => oordeel(id) !== 'niet')
    ? ['jongsteKindLeeftijd']
    : []

const REGELS: readonly Regel[] = [
  {
    sleutel: 'kinderopvang',
    artikel: 'art. 2 lid 3',
    geldt: (s) => s.jongsteKindLeeftijd !== undefined && s.jongsteKindLeeftijd < 4,
    vraagt: vraagtKind,
  },
  {
    sleutel: 'naschoolseOpvang',
    artikel: 'art. 2 lid 3',
    geldt: (s) => s.jongsteKindLeeftijd !== undefined && s.jongsteKindLeeftijd >= 4 && s.jongsteKindLeeftijd < 13,
    vraagt: vraagtKind,
  },
  {
    sleutel: 'participatieplaatsPremie',
    voorzieningen: ['participatieplaats'],
    artikel: 'art. 8; Pw art. 10a lid 8-10',
    geldt: (_s, _p, oordeel) => oordeel('participatieplaats') === 'mogelijk',
    params: (peildatum, eigen) => {
      const premie = parameter('premieParticipatieplaats', peildatum, eigen)
      return {
        bedrag: premie.bedrag,
        maanden: premie.maanden,
        maxJaren: parameter('participatieplaatsMaxJaren', peildatum, eigen),
      }
    },
  },
  {
    sleutel: 'participatieplaatsScholing',
    voorzieningen: ['participatieplaats'],
    artikel: 'art. 7; Pw art. 10a lid 5',
    geldt: (s, _p, oordeel) => oordeel('participatieplaats') === 'mogelijk' && s.startkwalificatie === false,
    vraagt: (s, oordeel) =>
      oordeel('participatieplaats') === 'mogelijk' && s.startkwalificatie === undefined ? ['startkwalificatie'] : [],
  },
  {
    sleutel: 'overgangsrecht',
    artikel: 'art. 16',
    geldt: (s, peildatum) => s.voorzieningOudeVerordening === true && peildatum < OVERGANGSRECHT_TOT,
  },
  {
    sleutel: 'overgangsrechtVoorbij',
    artikel: 'art. 16',
    geldt: (s, peildatum) => s.voorzieningOudeVerordening === true && peildatum >= OVERGANGSRECHT_TOT,
  },
  {
    sleutel: 'geenUitkering',
    artikel: 'Pw art. 6 lid 1 onder a',
    geldt: (s) => s.uitkering === 'geen',
  },
  {
    sleutel: 'jongerenNieuweRegels',
    artikel: 'Pw art. 7 lid 3 onder a; Pw art. 7a',
    geldt: (s, peildatum) => s.leeftijd !== undefined && s.leeftijd < 27 && peildatum >= NIEUWE_REGELS_JONGEREN,
  },
  {
    sleutel: 'landelijkeRegelsNoRiskJobcoach',
    voorzieningen: ['no-riskpolis', 'persoonlijke-ondersteuning'],
    artikel: 'raadsvoorstel 2015',
    geldt: (_s, peildatum, oordeel) =>
      peildatum >= LANDELIJKE_NORISK_JOBCOACH &&
      (['no-riskpolis', 'persoonlijke-ondersteuning'] as const).some((id) => oordeel(id) !== 'niet'),
  },
  {
    sleutel: 'eindeBijWerk',
    artikel: 'art. 3 lid 2',
    geldt: (_s, _p, oordeel) => VOORZIENINGEN.some((id) => oordeel(id) === 'mogelijk'),
  },
  {
    sleutel: 'beschutWerkTot2017',
    voorzieningen: ['beschut-werk'],
    artikel: 'art. 9',
    geldt: (_s, peildatum, oordeel) => peildatum < BESCHUT_WERK_2017 && oordeel('beschut-werk') === 'mogelijk',
    params: (peildatum, eigen) => ({ plekken: parameter('beschutWerkPlekken', peildatum, eigen) }),
  },
  {
    sleutel: 'beschutWerkVanaf2017',
    voorzieningen: ['beschut-werk'],
    artikel: 'Pw art. 10b',
    geldt: (_s, peildatum, oordeel) => peildatum >= BESCHUT_WERK_2017 && oordeel('beschut-werk') === 'mogelijk',
  },
]

/** Every note the rules can give, with its article and the voorzieningen it is about (for dialogues and documentation). */
export const AANDACHTSPUNTEN: readonly {
  readonly sleutel: string
  readonly artikel: string
  readonly voorzieningen?: readonly VoorzieningId[]
}[] = REGELS.map(({ sleutel, artikel, voorzieningen }) => ({
  sleutel,
  artikel,
  ...(voorzieningen ? { voorzieningen } : {}),
}))

/** The notes that apply, in the order of domain.md. */
export function aandachtspunten(
  s: Situatie,
  peildatum: string,
  oordeel: (id: VoorzieningId) => Oordeel,
  eigen: EigenParameters = {},
): Aandachtspunt[] {
  return REGELS.filter((regel) => regel.geldt(s, peildatum, oordeel)).map((regel) => ({
    sleutel: regel.sleutel,
    artikel: regel.artikel,
    ...(regel.params ? { params: regel.params(peildatum, eigen) } : {}),
  }))
}

/**
 * The facts that would decide a note not decided yet (a child's age for art. 2 lid 3, the diploma
 * for the scholing of art. 7 on a participatieplaats), without duplicates, in table order.
 */
export function aandachtOntbrekend(s: Situatie, oordeel: (id: VoorzieningId) => Oordeel): Feit[] {
  return [...new Set(REGELS.flatMap((regel) => regel.vraagt?.(s, oordeel) ?? []))]
}
