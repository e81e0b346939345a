/**
 * Which questions for the consulent and which things to bring fit an outcome.
 * This stays beside the summary, not in rules/: no article asks for papers, and it never changes an
 * oordeel (ARCHITECTURE.md, "What to bring"). Presentation only: these functions read the oordelen
 * and the dialogue's aandachtspunten, and a few facts the resident told (a benefit, a contract).
 * They never decide eligibility.
 * They return keys under `vragen.` and `meenemen.` in `locales/<taal>/samenvatting.json`.
 */
import type { Oordeel, Situatie, VoorzieningId } from '../../rules/index.js'

/** What the choice reads of an outcome. */
export interface GelezenUitkomst {
  readonly doelgroep: 'ja' | 'nee' | 'onbekend'
  readonly oordelen: Readonly<Partial<Record<VoorzieningId, Oordeel>>>
  /** The keys of the aandachtspunten (`kinderopvang`, `participatieplaatsPremie`, ...). */
  readonly aandachtspunten: readonly string[]
  /** What the resident told; only read to pick papers and questions, never to judge. */
  readonly feiten: Situatie
}

/** At least this many questions and things to bring; at most this many questions (3 A4 pages). */
export const MIN_VRAGEN = 3
export const MAX_VRAGEN = 7
export const MIN_MEENEMEN = 2

const UITKERINGEN_MET_BRIEF = new Set(['bijstand', 'anw', 'ioaw', 'ioaz', 'uwv'])

const passend = (u: GelezenUitkomst, id: VoorzieningId) => u.oordelen[id] === 'mogelijk'
const heeft = (u: GelezenUitkomst, sleutel: string) => u.aandachtspunten.includes(sleutel)

/**
 * Questions in order of weight: the person's own situation first (a young child, a referral),
 * then what each fitting voorziening leaves open (a duration, the premie, a loonwaardemeting),
 * then the benefit, then general questions to reach the minimum.
 */
const CONSULENTVRAGEN: readonly (readonly [string, (u: GelezenUitkomst) => boolean])[] = [
  ['verwijzing', (u) => u.doelgroep === 'nee'],
  ['kinderopvang', (u) => heeft(u, 'kinderopvang')],
  ['naschoolseOpvang', (u) => heeft(u, 'naschoolseOpvang')],
  ['participatieplaatsPremie', (u) => passend(u, 'participatieplaats')],
  ['participatieplaatsDuur', (u) => passend(u, 'participatieplaats')],
  ['participatieplaatsScholing', (u) => heeft(u, 'participatieplaatsScholing')],
  ['loonwaardemeting', (u) => passend(u, 'loonkostensubsidie-loonwaarde')],
  ['beschutWerk', (u) => passend(u, 'beschut-werk')],
  ['leerwerktraject', (u) => passend(u, 'leerwerktraject')],
  ['loonkostensubsidie', (u) => passend(u, 'loonkostensubsidie')],
  ['jobcoach', (u) => passend(u, 'persoonlijke-ondersteuning')],
  ['noRiskpolis', (u) => passend(u, 'no-riskpolis')],
  ['werkstage', (u) => passend(u, 'werkstage')],
  ['detacheringsbaan', (u) => passend(u, 'detacheringsbaan')],
  ['scholing', (u) => passend(u, 'scholing') && !heeft(u, 'participatieplaatsScholing')],
  [
    'uitkering',
    (u) =>
      u.feiten.uitkering !== undefined &&
      UITKERINGEN_MET_BRIEF.has(u.feiten.uitkering) &&
      Object.values(u.oordelen).includes('mogelijk'),
  ],
  ['overgangsrecht', (u) => heeft(u, 'overgangsrecht') || heeft(u, 'overgangsrechtVoorbij')],
  ['geenUitkering', (u) => heeft(u, 'geenUitkering')],
  ['jongeren', (u) => heeft(u, 'jongerenNieuweRegels')],
  ['landelijkeRegels', (u) => heeft(u, 'landelijkeRegelsNoRiskJobcoach')],
  ['openVragen', (u) => Object.values(u.oordelen).includes('onbekend')],
]

/** Asked when fewer than the minimum fit: they fit every outcome. */
const ALTIJD = ['keuze', 'besluit', 'volgendeStap'] as const

/** The questions worth asking the consulent for this outcome (keys under `vragen.`). */
export function vragenVoorConsulent(u: GelezenUitkomst): string[] {
  const gekozen = CONSULENTVRAGEN.filter(([, past]) => past(u)).map(([sleutel]) => sleutel)
  // The benefit question is always worth keeping, even when the list is cut short.
  const eerst = gekozen.slice(0, MAX_VRAGEN)
  if (gekozen.includes('uitkering') && !eerst.includes('uitkering')) eerst[MAX_VRAGEN - 1] = 'uitkering'
  for (const sleutel of ALTIJD) if (eerst.length < MIN_VRAGEN) eerst.push(sleutel)
  return eerst
}

/** What to bring (keys under `meenemen.`): always an identity document and this overview. */
export function meenemen(u: GelezenUitkomst): string[] {
  const { feiten } = u
  const lijst: string[] = ['identiteitsbewijs']
  if (feiten.uitkering !== undefined && UITKERINGEN_MET_BRIEF.has(feiten.uitkering)) lijst.push('uitkeringsbrief')
  if ((feiten.contractMaanden ?? 0) > 0 || feiten.werktMetLoonkostensubsidie === true) lijst.push('loonstrook')
  if (heeft(u, 'geenUitkering')) lijst.push('uwvInschrijving')
  if (
    feiten.startkwalificatie === true ||
    (['scholing', 'leerwerktraject', 'participatieplaats'] as const).some((id) => passend(u, id))
  )
    lijst.push('diplomas')
  if (
    feiten.ooitBetaaldGewerkt === true ||
    (['bemiddeling', 'detacheringsbaan', 'loonkostensubsidie'] as const).some((id) => passend(u, id))
  )
    lijst.push('cv')
  if (feiten.beperking === true || passend(u, 'beschut-werk') || passend(u, 'loonkostensubsidie-loonwaarde'))
    lijst.push('brievenBeperking')
  if (heeft(u, 'kinderopvang') || heeft(u, 'naschoolseOpvang')) lijst.push('opvang')
  if (heeft(u, 'overgangsrecht') || heeft(u, 'overgangsrechtVoorbij')) lijst.push('oudeRegels')
  lijst.push('overzicht')
  return lijst
}

/**
 * What an employer brings (keys under `meenemen.`, the employer's texts under `werkgever.meenemen.`):
 * about the job and the company. The candidate's own papers are the candidate's to bring.
 */
export function meenemenWerkgever(): string[] {
  return ['functie', 'begeleiding', 'bedrijf', 'overzicht']
}
