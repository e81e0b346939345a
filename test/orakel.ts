/**
 * Het orakel: een tweede, onafhankelijke lezing van de regels (Re-integratieverordening Participatiewet
 * gemeente Assen 2015, met de wijzigingen van de wet per datum), geschreven als gewone functies. Het
 * gebruikt niets uit `rules/` of `regels/`: geen regelmodel, geen boom, geen parameterbestand. Een
 * jurist kan het naast de specificatie leggen: één functie per rij van een tabel, met de rij erboven.
 * `test/orakel.test.ts` legt `evaluate` ernaast; `docs/orakel.md` zegt hoe, en welke lezingen
 * (`LEZING:`) hier gekozen zijn waar de specificatie twee kanten op kan.
 *
 * Alleen voor tests: het is traag gebouwd (alles opnieuw per voorziening), om leesbaar te blijven.
 */

// ---------------------------------------------------------------------------------------------
// De feiten, in de volgorde van de tabel van het contract (`ontbrekend` volgt die volgorde).

export const FEITEN_IN_VOLGORDE = [
  'woontInGemeente',
  'leeftijd',
  'aowLeeftijdBereikt',
  'uitkering',
  'werktMetLoonkostensubsidie',
  'maandenUitkering',
  'jarenGeenWerkinkomen',
  'ooitBetaaldGewerkt',
  'startkwalificatie',
  'kanBekostigdOnderwijsVolgen',
  'afstandTotArbeidsmarkt',
  'kanOoitZonderSteunWerken',
  'beperking',
  'beschutteWerkplekNodig',
  'kanVolledigMinimumloonVerdienen',
  'contractMaanden',
  'jongsteKindLeeftijd',
  'voorzieningOudeVerordening',
  'alleenstaandeOuder',
] as const
export type OrakelFeit = (typeof FEITEN_IN_VOLGORDE)[number]

export type OrakelUitkering = 'bijstand' | 'anw' | 'ioaw' | 'ioaz' | 'geen' | 'uwv'

/** De feiten over één persoon, zoals het contract ze noemt. Een ontbrekend veld is "nog niet bekend". */
export interface OrakelSituatie {
  readonly woontInGemeente?: boolean
  readonly leeftijd?: number
  readonly aowLeeftijdBereikt?: boolean
  readonly uitkering?: OrakelUitkering
  readonly werktMetLoonkostensubsidie?: boolean
  readonly maandenUitkering?: number
  readonly jarenGeenWerkinkomen?: number
  readonly ooitBetaaldGewerkt?: boolean
  readonly startkwalificatie?: boolean
  readonly kanBekostigdOnderwijsVolgen?: boolean
  readonly afstandTotArbeidsmarkt?: 'kort' | 'groot'
  readonly kanOoitZonderSteunWerken?: boolean
  readonly beperking?: boolean
  readonly beschutteWerkplekNodig?: boolean
  readonly kanVolledigMinimumloonVerdienen?: boolean
  readonly contractMaanden?: number
  readonly jongsteKindLeeftijd?: number
  readonly voorzieningOudeVerordening?: boolean
  readonly alleenstaandeOuder?: boolean
}

/** De voorzieningen, in de volgorde van het contract. */
export const ORAKEL_VOORZIENINGEN = [
  'werkstage',
  'sociale-activering',
  'detacheringsbaan',
  'scholing',
  'participatieplaats',
  'beschut-werk',
  'leerwerktraject',
  'persoonlijke-ondersteuning',
  'no-riskpolis',
  'loonkostensubsidie',
  'loonkostensubsidie-loonwaarde',
  'bemiddeling',
] as const
export type OrakelVoorziening = (typeof ORAKEL_VOORZIENINGEN)[number]

// ---------------------------------------------------------------------------------------------
// Parameters, met de datum vanaf wanneer ze gelden. Alle waarden gelden vanaf het begin van het
// venster (2015-07-01, of eerder): geen parameter verandert binnen het venster, behalve de AOW-leeftijd.

export const PARAMETERS = {
  /** 16, vanaf 2015-07-01 (interpretatie: onder 16 leerplichtig). */
  minimumLeeftijd: 16,
  /** 27, vanaf 2015-07-01: D4, participatieplaats, Pw art. 7a (Pw art. 7 lid 3 onder a, lid 8). */
  jongerenTot: 27,
  /** 27 (tot en met 26), vanaf 2015-07-01: Pw art. 10f; vanaf 2026 art. 7a. */
  leerwerktrajectTot: 27,
  /** 12, vanaf 2015-07-01: art. 4 lid 1. */
  werkstageMaandenUitkering: 12,
  /** 5, vanaf 2015-07-01: art. 4 lid 1. */
  werkstageJarenGeenWerkinkomen: 5,
  /** 12, vanaf 2015-07-01: art. 13 (interpretatie 5). */
  loonkostensubsidieMaandenUitkering: 12,
  /** 6, vanaf 2015-07-01: art. 12 lid 1. */
  noRiskContractMaanden: 6,
  /** 1, vanaf 2015-07-01: art. 11. */
  jobcoachContractMaanden: 1,
  /** 4 en 13, vanaf 2015-07-01: art. 2 lid 3. */
  kinderopvangTot: 4,
  naschoolseOpvangTot: 13,
  /** 5 en 12, vanaf 2015-07-01: Pw art. 9a; Pw art. 9 lid 4. */
  ontheffingKindTot: 5,
  kinderopvangVoorwaardeKindTot: 12,
  /** Aangenomen dag van inwerkingtreding (de bronnen geven hem niet). */
  inwerkingtreding: '2015-07-01',
  /** Art. 16: een voorziening onder de oude verordening blijft "hoogstens 12 maanden" na de inwerkingtreding. */
  overgangsrechtMaanden: 12,
} as const

/** De AOW-leeftijd per kalenderjaar, in jaren en maanden (AOW art. 7a; 2028-2031 zoals aangekondigd). */
export const AOW_LEEFTIJD: Readonly<Record<number, readonly [jaren: number, maanden: number]>> = {
  2014: [65, 2],
  2015: [65, 3],
  2016: [65, 6],
  2017: [65, 9],
  2018: [66, 0],
  2019: [66, 4],
  2020: [66, 4],
  2021: [66, 4],
  2022: [66, 7],
  2023: [66, 10],
  2024: [67, 0],
  2025: [67, 0],
  2026: [67, 0],
  2027: [67, 0],
  2028: [67, 3],
  2029: [67, 3],
  2030: [67, 3],
  2031: [67, 3],
}

/** De peildata waarvoor de regels gelden: van 2015-07-01 tot en met 2031-12-31. */
export const PEILDATA = { van: '2015-07-01', tot: '2031-12-31' } as const

/** De wijzigingen van de wet die het orakel per datum toepast (tabel "Which rules, at which date"). */
export const WIJZIGINGEN = {
  /** Pw art. 7 lid 3 onder c, tekst 2016: de uitzondering geldt alleen nog wie loonkostensubsidie kreeg. */
  d3Tekst2016: '2016-01-01',
  /** Ziektewet art. 29b lid 2 onder e: de no-riskpolis via UWV. */
  noRiskpolisUwv: '2016-01-01',
  /** Pw art. 10b zoals gewijzigd (Stb. 2016, 519); Ziektewet art. 29b lid 2 onder f. */
  beschutWerkOpVerzoek: '2017-01-01',
  /** Wet van school naar duurzaam werk: Pw art. 7 lid 3 onder a "jonger dan 27 jaar"; art. 7a. */
  schoolNaarWerk: '2026-01-01',
} as const

/** De dag waarop de 12 maanden van het overgangsrecht (art. 16) voorbij zijn: 2016-07-01. */
export const OVERGANGSRECHT_VOORBIJ = plusMaanden(PARAMETERS.inwerkingtreding, PARAMETERS.overgangsrechtMaanden)

function plusMaanden(datum: string, maanden: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number]
  const totaal = j * 12 + (m - 1) + maanden
  const jaar = Math.floor(totaal / 12)
  const maand = (totaal % 12) + 1
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

// ---------------------------------------------------------------------------------------------
// Driewaardige logica, met een vierde waarde "regels onbekend".

/**
 * `waar`, `onwaar`, `onbekend` (een feit ontbreekt; `nodig` zegt welke feiten) of `regelsOnbekend`:
 * de wet laat de gemeente regels maken die we niet kennen, en geen feit kan het beslissen.
 */
export type Waarde =
  | { readonly w: 'waar' }
  | { readonly w: 'onwaar' }
  | { readonly w: 'onbekend'; readonly nodig: readonly OrakelFeit[] }
  | { readonly w: 'regelsOnbekend' }

const WAAR: Waarde = { w: 'waar' }
const ONWAAR: Waarde = { w: 'onwaar' }
const REGELS_ONBEKEND: Waarde = { w: 'regelsOnbekend' }
const onbekend = (...nodig: OrakelFeit[]): Waarde => ({ w: 'onbekend', nodig })
const alsWaarde = (b: boolean): Waarde => (b ? WAAR : ONWAAR)

/**
 * EN: onwaar als een deel onwaar is; anders onbekend als een deel onbekend is (met de feiten die de
 * onbekende delen nodig hebben); anders regels onbekend als een deel dat is (het voegt geen feit toe);
 * anders waar.
 */
export function en(...delen: Waarde[]): Waarde {
  if (delen.some((d) => d.w === 'onwaar')) return ONWAAR
  return samen(delen, WAAR)
}

/** OF: waar als een deel waar is; anders als EN: onbekend, dan regels onbekend, dan onwaar. */
export function of(...delen: Waarde[]): Waarde {
  if (delen.some((d) => d.w === 'waar')) return WAAR
  return samen(delen, ONWAAR)
}

function samen(delen: readonly Waarde[], anders: Waarde): Waarde {
  const nodig = delen.flatMap((d) => (d.w === 'onbekend' ? d.nodig : []))
  if (delen.some((d) => d.w === 'onbekend')) return onbekend(...nodig)
  if (delen.some((d) => d.w === 'regelsOnbekend')) return REGELS_ONBEKEND
  return anders
}

/** NIET: waar en onwaar wisselen; onbekend en regels onbekend blijven wat ze zijn. */
export function niet(deel: Waarde): Waarde {
  if (deel.w === 'waar') return ONWAAR
  if (deel.w === 'onwaar') return WAAR
  return deel
}

/** Een blad op één feit: onbekend zolang het feit ontbreekt. */
function feit<F extends OrakelFeit>(
  s: OrakelSituatie,
  naam: F,
  toets: (waarde: NonNullable<OrakelSituatie[F]>) => boolean,
): Waarde {
  const waarde = s[naam]
  if (waarde === undefined || waarde === null) return onbekend(naam)
  return alsWaarde(toets(waarde as NonNullable<OrakelSituatie[F]>))
}

/** Voor of na een datum (JJJJ-MM-DD is als tekst te vergelijken). */
const vanaf = (peildatum: string, datum: string) => peildatum >= datum

// ---------------------------------------------------------------------------------------------
// Doelgroep (art. 1; Pw art. 7 lid 1 onder a, lid 3 onder a): D1 EN D2 EN D3 EN D4.

/** D1 | `woontInGemeente === true` | art. 1; Pw art. 10 lid 3 met art. 40 lid 1 | andere-gemeente */
export function D1(s: OrakelSituatie): Waarde {
  return feit(s, 'woontInGemeente', (w) => w === true)
}

/** D2 | `leeftijd >= 16 AND onderAowLeeftijd` | Pw art. 6 lid 1 onder a en art. 9 lid 1 | onderwijs (< 16), anders aow */
export function D2(s: OrakelSituatie, peildatum: string): Waarde {
  return en(oudGenoeg(s), onderAowLeeftijd(s, peildatum))
}

/** D2, eerste helft: `leeftijd >= 16` (interpretatie 18: leerplicht). */
export function oudGenoeg(s: OrakelSituatie): Waarde {
  return feit(s, 'leeftijd', (l) => l >= PARAMETERS.minimumLeeftijd)
}

/**
 * De AOW-band: `onder = floor(AOW-leeftijd van het jaar vóór het jaar van de peildatum)` en
 * `vanaf = ceil(AOW-leeftijd van het jaar van de peildatum)`, in hele jaren.
 */
export function aowBand(peildatum: string): { readonly onder: number; readonly vanaf: number } {
  const jaar = Number(peildatum.slice(0, 4))
  const vorig = AOW_LEEFTIJD[jaar - 1]
  const dit = AOW_LEEFTIJD[jaar]
  if (!vorig || !dit) throw new RangeError(`geen AOW-leeftijd bekend voor ${jaar - 1} of ${jaar}`)
  return { onder: vorig[0], vanaf: dit[1] > 0 ? dit[0] + 1 : dit[0] }
}

/**
 * D2, tweede helft: onder de AOW-leeftijd.
 * - `leeftijd < onder`: waar; `leeftijd >= vanaf`: onwaar; daartussen beslist `aowLeeftijdBereikt`.
 * - "When `leeftijd` is unknown: `aowLeeftijdBereikt` decides if known; else unknown, needing
 *   `leeftijd` and `aowLeeftijdBereikt` in every year".
 */
export function onderAowLeeftijd(s: OrakelSituatie, peildatum: string): Waarde {
  const { onder, vanaf } = aowBand(peildatum)
  const l = s.leeftijd
  const bereikt = s.aowLeeftijdBereikt
  if (l !== undefined) {
    if (l < onder) return WAAR
    if (l >= vanaf) return ONWAAR
    return bereikt === undefined ? onbekend('aowLeeftijdBereikt') : alsWaarde(!bereikt)
  }
  return bereikt === undefined ? onbekend('leeftijd', 'aowLeeftijdBereikt') : alsWaarde(!bereikt)
}

/** De uitkeringen van de doelgroeplijst van art. 1. */
const DOELGROEP_UITKERINGEN: readonly OrakelUitkering[] = ['bijstand', 'anw', 'ioaw', 'ioaz', 'geen']

/**
 * D3 | `uitkering in {bijstand, anw, ioaw, ioaz, geen} OR werktMetLoonkostensubsidie === true`; vóór
 * 2016-01-01 ook `OR (uitkering === "uwv" AND kanVolledigMinimumloonVerdienen === false)` | art. 1;
 * Pw art. 7 lid 3 onder c (teksten 2015 en 2016) | uwv
 */
export function D3(s: OrakelSituatie, peildatum: string): Waarde {
  const delen = [
    feit(s, 'uitkering', (u) => DOELGROEP_UITKERINGEN.includes(u)),
    feit(s, 'werktMetLoonkostensubsidie', (w) => w === true),
  ]
  // LEZING: bij een onbekende uitkering vóór 2016 vraagt D3 ook kanVolledigMinimumloonVerdienen: de
  // formule heeft dan een onbekend deel "uitkering === uwv EN ...". De zin "kanVolledigMinimumloon-
  // Verdienen for a UWV client" leest als toelichting op "only when uitkering is uwv or unknown".
  if (!vanaf(peildatum, WIJZIGINGEN.d3Tekst2016))
    delen.push(
      en(
        feit(s, 'uitkering', (u) => u === 'uwv'),
        feit(s, 'kanVolledigMinimumloonVerdienen', (k) => k === false),
      ),
    )
  return of(...delen)
}

/**
 * D4 | vóór 2026-01-01: `NOT (leeftijd < 27 AND kanBekostigdOnderwijsVolgen === true)`. Vanaf
 * 2026-01-01: `leeftijd >= 27` is waar; onder 27: kan onderwijs volgen is onwaar, kan het niet is
 * **regels onbekend** (Pw art. 7a lid 1); onbekend zolang een van beide feiten ontbreekt | onderwijs
 */
export function D4(s: OrakelSituatie, peildatum: string): Waarde {
  if (!vanaf(peildatum, WIJZIGINGEN.schoolNaarWerk))
    return niet(
      en(
        feit(s, 'leeftijd', (l) => l < PARAMETERS.jongerenTot),
        feit(s, 'kanBekostigdOnderwijsVolgen', (k) => k === true),
      ),
    )
  const l = s.leeftijd
  const kan = s.kanBekostigdOnderwijsVolgen
  if (l !== undefined && l >= PARAMETERS.jongerenTot) return WAAR
  if (l !== undefined) {
    if (kan === true) return ONWAAR
    if (kan === false) return REGELS_ONBEKEND
    return onbekend('kanBekostigdOnderwijsVolgen')
  }
  // LEZING: zonder leeftijd is D4 onbekend en vraagt het de leeftijd, en ook het onderwijsfeit zolang
  // dat ontbreekt ("unknown while either fact is missing"); met het onderwijsfeit bekend alleen de leeftijd.
  // Met 27 of ouder is D4 waar, ook zonder het onderwijsfeit (hierboven: "`leeftijd >= 27` is true").
  return kan === undefined ? onbekend('leeftijd', 'kanBekostigdOnderwijsVolgen') : onbekend('leeftijd')
}

/** `doelgroep = D1 AND D2 AND D3 AND D4` */
export function doelgroep(s: OrakelSituatie, peildatum: string): Waarde {
  return en(D1(s), D2(s, peildatum), D3(s, peildatum), D4(s, peildatum))
}

export type OrakelVerwijzing = 'andere-gemeente' | 'onderwijs' | 'aow' | 'uwv'

/** "With several false conditions, `verwijzing` is the first in table order": D1, D2, D3, D4. */
export function verwijzing(s: OrakelSituatie, peildatum: string): OrakelVerwijzing | undefined {
  if (D1(s).w === 'onwaar') return 'andere-gemeente'
  if (D2(s, peildatum).w === 'onwaar') return oudGenoeg(s).w === 'onwaar' ? 'onderwijs' : 'aow'
  if (D3(s, peildatum).w === 'onwaar') return 'uwv'
  if (D4(s, peildatum).w === 'onwaar') return 'onderwijs'
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Voorzieningen: "Each row: oordeel = doelgroep AND conditions (except leerwerktraject, see its row)".

const afstand = (s: OrakelSituatie, a: 'kort' | 'groot') => feit(s, 'afstandTotArbeidsmarkt', (w) => w === a)
const ja = (s: OrakelSituatie, naam: OrakelFeit) => feit(s, naam, (w) => w === true)
const nee = (s: OrakelSituatie, naam: OrakelFeit) => feit(s, naam, (w) => w === false)

/** werkstage | `afstandTotArbeidsmarkt === "groot"` AND (`ooitBetaaldGewerkt === false` OR `maandenUitkering >= 12` OR `jarenGeenWerkinkomen >= 5`) | art. 2 lid 1; art. 4 lid 1 */
export function werkstage(s: OrakelSituatie, p: string): Waarde {
  return en(
    doelgroep(s, p),
    afstand(s, 'groot'),
    of(
      nee(s, 'ooitBetaaldGewerkt'),
      feit(s, 'maandenUitkering', (m) => m >= PARAMETERS.werkstageMaandenUitkering),
      feit(s, 'jarenGeenWerkinkomen', (j) => j >= PARAMETERS.werkstageJarenGeenWerkinkomen),
    ),
  )
}

/** sociale-activering | `afstandTotArbeidsmarkt === "groot"` AND `kanOoitZonderSteunWerken === true` | art. 2 lid 1; art. 5 lid 1 */
export function socialeActivering(s: OrakelSituatie, p: string): Waarde {
  return en(doelgroep(s, p), afstand(s, 'groot'), ja(s, 'kanOoitZonderSteunWerken'))
}

/** detacheringsbaan | `afstandTotArbeidsmarkt === "kort"` | art. 2 lid 2; art. 6 */
export function detacheringsbaan(s: OrakelSituatie, p: string): Waarde {
  return en(doelgroep(s, p), afstand(s, 'kort'))
}

/** scholing | none | art. 7 */
export function scholing(s: OrakelSituatie, p: string): Waarde {
  return doelgroep(s, p)
}

/**
 * participatieplaats | `leeftijd >= 27` AND `uitkering === "bijstand"` AND `afstandTotArbeidsmarkt ===
 * "groot"`; voor `ioaw` of `ioaz` is de uitkeringsvoorwaarde **regels onbekend** | art. 2 lid 1; art. 8
 * lid 1; Pw art. 10a; IOAW art. 38a en IOAZ art. 38a
 */
export function participatieplaats(s: OrakelSituatie, p: string): Waarde {
  // LEZING: IOAW/IOAZ als "regels onbekend" geldt op elke peildatum: de wijzigingentabel noemt het
  // niet als wijziging op een datum, en IOAW/IOAZ art. 38a golden al in 2015.
  const u = s.uitkering
  const uitkering =
    u === undefined
      ? onbekend('uitkering')
      : u === 'bijstand'
        ? WAAR
        : u === 'ioaw' || u === 'ioaz'
          ? REGELS_ONBEKEND
          : ONWAAR
  return en(
    doelgroep(s, p),
    feit(s, 'leeftijd', (l) => l >= PARAMETERS.jongerenTot),
    uitkering,
    afstand(s, 'groot'),
  )
}

/**
 * De groep van beschut werk vanaf 2017-01-01: `D1 AND D2 AND D4 AND (D3 OR uitkering === "uwv")` AND
 * `beperking === true` AND `beschutteWerkplekNodig === true` (Pw art. 10b lid 1 en 3).
 * LEZING: "the beschut-werk group (as in beschut-werk)" in de no-riskpolis is deze hele formule, met
 * beperking en beschutte werkplek, zoals de rij van loonkostensubsidie naar loonwaarde haar uitschrijft.
 */
export function beschutWerkGroep(s: OrakelSituatie, p: string): Waarde {
  return en(
    D1(s),
    D2(s, p),
    D4(s, p),
    of(
      D3(s, p),
      feit(s, 'uitkering', (u) => u === 'uwv'),
    ),
    ja(s, 'beperking'),
    ja(s, 'beschutteWerkplekNodig'),
  )
}

/**
 * beschut-werk | vóór 2017-01-01: `beperking === true` AND `beschutteWerkplekNodig === true` AND
 * `afstandTotArbeidsmarkt === "groot"`. Vanaf 2017-01-01, in plaats van doelgroep: de groep van beschut
 * werk | art. 9 lid 1 en 2; Pw art. 10b (2015); Pw art. 10b lid 1 en 3 vanaf 2017-01-01
 */
export function beschutWerk(s: OrakelSituatie, p: string): Waarde {
  if (vanaf(p, WIJZIGINGEN.beschutWerkOpVerzoek)) return beschutWerkGroep(s, p)
  return en(doelgroep(s, p), ja(s, 'beperking'), ja(s, 'beschutteWerkplekNodig'), afstand(s, 'groot'))
}

/**
 * leerwerktraject | vóór 2026-01-01, in plaats van doelgroep: `D1 AND D2 AND D3` AND `leeftijd <= 26`
 * AND `startkwalificatie === false`. Vanaf 2026-01-01: `D1 AND D2 AND D3 AND leeftijd <= 26 AND
 * kanBekostigdOnderwijsVolgen === false AND startkwalificatie === false` | art. 10; Pw art. 10f; Pw art. 7a lid 1 en 3
 */
export function leerwerktraject(s: OrakelSituatie, p: string): Waarde {
  const jongGenoeg = feit(s, 'leeftijd', (l) => l < PARAMETERS.leerwerktrajectTot)
  if (!vanaf(p, WIJZIGINGEN.schoolNaarWerk))
    return en(D1(s), D2(s, p), D3(s, p), jongGenoeg, nee(s, 'startkwalificatie'))
  return en(D1(s), D2(s, p), D3(s, p), jongGenoeg, nee(s, 'kanBekostigdOnderwijsVolgen'), nee(s, 'startkwalificatie'))
}

/** persoonlijke-ondersteuning | (`beperking === true` OR `kanVolledigMinimumloonVerdienen === false`) AND `contractMaanden >= 1` | art. 11; Pw art. 10da */
export function persoonlijkeOndersteuning(s: OrakelSituatie, p: string): Waarde {
  return en(
    doelgroep(s, p),
    of(ja(s, 'beperking'), nee(s, 'kanVolledigMinimumloonVerdienen')),
    feit(s, 'contractMaanden', (c) => c >= PARAMETERS.jobcoachContractMaanden),
  )
}

/**
 * no-riskpolis | vóór 2016-01-01: (`beperking === true` OR `werktMetLoonkostensubsidie === true`) AND
 * `contractMaanden >= 6`. Vanaf 2016-01-01, in plaats van doelgroep: UWV-route onder e, OF UWV-route
 * onder f (vanaf 2017-01-01), OF de route van art. 12 | art. 12 lid 1; Ziektewet art. 29b lid 2 onder e en f
 */
export function noRiskpolis(s: OrakelSituatie, p: string): Waarde {
  const contract = (maanden: number) => feit(s, 'contractMaanden', (c) => c >= maanden)
  if (!vanaf(p, WIJZIGINGEN.noRiskpolisUwv))
    return en(
      doelgroep(s, p),
      of(ja(s, 'beperking'), ja(s, 'werktMetLoonkostensubsidie')),
      contract(PARAMETERS.noRiskContractMaanden),
    )
  // UWV-route, onder e: `D1 AND D2 AND D3 AND D4 AND (kanVolledigMinimumloonVerdienen === false OR
  // werktMetLoonkostensubsidie === true) AND contractMaanden >= 1`
  const onderE = en(
    D1(s),
    D2(s, p),
    D3(s, p),
    D4(s, p),
    of(nee(s, 'kanVolledigMinimumloonVerdienen'), ja(s, 'werktMetLoonkostensubsidie')),
    contract(1),
  )
  // UWV-route, onder f (vanaf 2017-01-01): `the beschut-werk group (as in beschut-werk) AND contractMaanden >= 1`
  const onderF = vanaf(p, WIJZIGINGEN.beschutWerkOpVerzoek) ? en(beschutWerkGroep(s, p), contract(1)) : ONWAAR
  // Route van art. 12: `doelgroep AND beperking === true AND contractMaanden >= 6`
  const artikel12 = en(doelgroep(s, p), ja(s, 'beperking'), contract(PARAMETERS.noRiskContractMaanden))
  // LEZING: "no minimum contract length in the law", maar de formule van beide UWV-routes vraagt
  // `contractMaanden >= 1` (er is een baan): we volgen de formule.
  return of(onderE, onderF, artikel12)
}

/** loonkostensubsidie | `kanVolledigMinimumloonVerdienen === true` AND (`afstandTotArbeidsmarkt === "groot"` OR `maandenUitkering >= 12`) | art. 13 lid 1 */
export function loonkostensubsidie(s: OrakelSituatie, p: string): Waarde {
  return en(
    doelgroep(s, p),
    ja(s, 'kanVolledigMinimumloonVerdienen'),
    of(
      afstand(s, 'groot'),
      feit(s, 'maandenUitkering', (m) => m >= PARAMETERS.loonkostensubsidieMaandenUitkering),
    ),
  )
}

/**
 * loonkostensubsidie-loonwaarde | `kanVolledigMinimumloonVerdienen === false`. Vanaf 2017-01-01, in
 * plaats van doelgroep: `doelgroep OR (D1 AND D2 AND D4 AND (D3 OR uitkering === "uwv") AND beperking
 * === true AND beschutteWerkplekNodig === true)` | Pw art. 10c, 10d; vanaf 2017 Pw art. 10b en 10d
 */
export function loonkostensubsidieLoonwaarde(s: OrakelSituatie, p: string): Waarde {
  const wie = vanaf(p, WIJZIGINGEN.beschutWerkOpVerzoek) ? of(doelgroep(s, p), beschutWerkGroep(s, p)) : doelgroep(s, p)
  return en(wie, nee(s, 'kanVolledigMinimumloonVerdienen'))
}

/** bemiddeling | none | art. 14 */
export function bemiddeling(s: OrakelSituatie, p: string): Waarde {
  return doelgroep(s, p)
}

/** Per voorziening id de functie van zijn rij. */
export const REGELS: Readonly<Record<OrakelVoorziening, (s: OrakelSituatie, p: string) => Waarde>> = {
  werkstage,
  'sociale-activering': socialeActivering,
  detacheringsbaan,
  scholing,
  participatieplaats,
  'beschut-werk': beschutWerk,
  leerwerktraject,
  'persoonlijke-ondersteuning': persoonlijkeOndersteuning,
  'no-riskpolis': noRiskpolis,
  loonkostensubsidie,
  'loonkostensubsidie-loonwaarde': loonkostensubsidieLoonwaarde,
  bemiddeling,
}

// ---------------------------------------------------------------------------------------------
// Oordelen

export type OrakelOordeel = 'mogelijk' | 'niet' | 'onbekend'

export interface OrakelUitkomst {
  readonly oordeel: OrakelOordeel
  /** De feiten die de onbekende delen nodig hebben, zonder dubbele, in de volgorde van het contract. */
  readonly ontbrekend: readonly OrakelFeit[]
  /** Onbekend alleen door "regels onbekend": dan is `ontbrekend` leeg. */
  readonly alleenRegelsOnbekend: boolean
}

/** `mogelijk` = waar, `niet` = onwaar, `onbekend` = onbekend of regels onbekend. */
export function uitkomstVan(waarde: Waarde): OrakelUitkomst {
  switch (waarde.w) {
    case 'waar':
      return { oordeel: 'mogelijk', ontbrekend: [], alleenRegelsOnbekend: false }
    case 'onwaar':
      return { oordeel: 'niet', ontbrekend: [], alleenRegelsOnbekend: false }
    case 'onbekend':
      return { oordeel: 'onbekend', ontbrekend: inVolgorde(waarde.nodig), alleenRegelsOnbekend: false }
    case 'regelsOnbekend':
      return { oordeel: 'onbekend', ontbrekend: [], alleenRegelsOnbekend: true }
  }
}

/**
 * Zonder dubbele, in de volgorde van de tabel van het contract.
 * LEZING: `ontbrekend` is letterlijk "the Situatie fields that unknown parts of the (not already false)
 * expression need", ook waar een ander deel het antwoord al vastlegt (zie docs/orakel.md, "ontbrekend").
 */
export function inVolgorde(feiten: readonly OrakelFeit[]): OrakelFeit[] {
  return FEITEN_IN_VOLGORDE.filter((f) => feiten.includes(f))
}

// ---------------------------------------------------------------------------------------------
// Aandachtspunten: één functie per rij; een aandachtspunt geldt als zijn voorwaarde waar is.

type Oordelen = Readonly<Record<OrakelVoorziening, OrakelUitkomst>>

const MET_PLICHTEN: readonly OrakelUitkering[] = ['bijstand', 'ioaw', 'ioaz']
const kind = (s: OrakelSituatie, toets: (leeftijd: number) => boolean) =>
  s.jongsteKindLeeftijd !== undefined && toets(s.jongsteKindLeeftijd)

export const AANDACHTSPUNTEN: Readonly<Record<string, (s: OrakelSituatie, p: string, oordelen: Oordelen) => boolean>> =
  {
    /** `jongsteKindLeeftijd < 4` | kinderopvang telt als passende zorg | art. 2 lid 3 */
    kinderopvang: (s) => kind(s, (k) => k < PARAMETERS.kinderopvangTot),
    /** `4 <= jongsteKindLeeftijd < 13` | naschoolse opvang telt als passende zorg | art. 2 lid 3 */
    naschoolseOpvang: (s) => kind(s, (k) => k >= PARAMETERS.kinderopvangTot && k < PARAMETERS.naschoolseOpvangTot),
    /** `alleenstaandeOuder === true` AND `jongsteKindLeeftijd < 5` AND `uitkering in {bijstand, ioaw, ioaz}` | ontheffing | Pw art. 9a; IOAW/IOAZ art. 38 */
    ontheffing: (s) =>
      s.alleenstaandeOuder === true &&
      kind(s, (k) => k < PARAMETERS.ontheffingKindTot) &&
      s.uitkering !== undefined &&
      MET_PLICHTEN.includes(s.uitkering),
    /** `alleenstaandeOuder === true` AND `jongsteKindLeeftijd < 12` AND `uitkering in {bijstand, ioaw, ioaz}` | werk pas met passende opvang | Pw art. 9 lid 4; IOAW/IOAZ art. 37a */
    kinderopvangVoorwaarde: (s) =>
      s.alleenstaandeOuder === true &&
      kind(s, (k) => k < PARAMETERS.kinderopvangVoorwaardeKindTot) &&
      s.uitkering !== undefined &&
      MET_PLICHTEN.includes(s.uitkering),
    /** participatieplaats is `mogelijk` | premie en duur | art. 8; Pw art. 10a lid 1, 6, 8-10 */
    participatieplaatsPremie: (_s, _p, o) => o.participatieplaats.oordeel === 'mogelijk',
    /** participatieplaats is `mogelijk` and `startkwalificatie === false` | scholing | art. 7; Pw art. 10a lid 5 */
    participatieplaatsScholing: (s, _p, o) =>
      o.participatieplaats.oordeel === 'mogelijk' && s.startkwalificatie === false,
    /**
     * `voorzieningOudeVerordening === true` | overgangsrecht, hoogstens 12 maanden na de inwerkingtreding;
     * "At a peildatum after the 12 months, say that the college decides now" | art. 16
     */
    // LEZING: de 12 maanden vanaf 2015-07-01 lopen tot en met 2016-06-30; vanaf 2016-07-01 zijn ze voorbij.
    overgangsrecht: (s, p) => s.voorzieningOudeVerordening === true && !vanaf(p, OVERGANGSRECHT_VOORBIJ),
    overgangsrechtVoorbij: (s, p) => s.voorzieningOudeVerordening === true && vanaf(p, OVERGANGSRECHT_VOORBIJ),
    /** `uitkering === "geen"` AND none of D1, D2, D4 is false | inschrijven bij UWV | Pw art. 6 lid 1 onder a */
    // LEZING: "none ... is false": onbekend en regels onbekend tellen niet als onwaar.
    geenUitkering: (s, p) =>
      s.uitkering === 'geen' && D1(s).w !== 'onwaar' && D2(s, p).w !== 'onwaar' && D4(s, p).w !== 'onwaar',
    /** any voorziening `mogelijk` | een voorziening kan eindigen bij gewoon werk | art. 3 lid 2; Pw art. 7 lid 3 onder c */
    eindeBijWerk: (_s, _p, o) => ORAKEL_VOORZIENINGEN.some((v) => o[v].oordeel === 'mogelijk'),
    /** `beschut-werk` is `mogelijk`, peildatum before 2017 | art. 9; raadsvoorstel */
    beschutWerkTot2017: (_s, p, o) =>
      o['beschut-werk'].oordeel === 'mogelijk' && !vanaf(p, WIJZIGINGEN.beschutWerkOpVerzoek),
    /** `beschut-werk` is `mogelijk`, peildatum from 2017 | Pw art. 10b (2017) */
    beschutWerkVanaf2017: (_s, p, o) =>
      o['beschut-werk'].oordeel === 'mogelijk' && vanaf(p, WIJZIGINGEN.beschutWerkOpVerzoek),
    /** `sociale-activering` is `niet` because `kanOoitZonderSteunWerken === false` | art. 5 lid 1 en toelichting */
    // LEZING: "because" = deze voorwaarde is een van de redenen van `niet` (de redenen van `niet` zijn élke
    // onware voorwaarde); omdat ze alleen al `niet` geeft, is dat: kanOoitZonderSteunWerken === false.
    socialeActiveringZonderPerspectief: (s, _p, o) =>
      o['sociale-activering'].oordeel === 'niet' && s.kanOoitZonderSteunWerken === false,
    /** dropped: "national rules for the no-riskpolis and the jobcoach are coming in 2016" */
    landelijkeRegelsNoRiskJobcoach: () => false,
    /** dropped: the 2026 "new rules for people under 27" note (now in the outcome itself) */
    jongerenNieuweRegels: () => false,
  }

/** De ids van de aandachtspunten die het orakel kent (ook de vervallen, die nooit gelden). */
export const ORAKEL_AANDACHTSPUNTEN = Object.keys(AANDACHTSPUNTEN)

// ---------------------------------------------------------------------------------------------
// Het hele oordeel over één Situatie op één peildatum.

export interface OrakelDoelgroep extends OrakelUitkomst {
  readonly oordeel: OrakelOordeel
  readonly verwijzing?: OrakelVerwijzing
}

export type OrakelUitslag =
  | {
      readonly geldig: true
      /** Het doelgroepoordeel als mogelijk/niet/onbekend (`ja`/`nee`/`onbekend` in de API). */
      readonly doelgroep: OrakelDoelgroep
      readonly voorzieningen: Oordelen
      /** De ids van de aandachtspunten die gelden. */
      readonly aandachtspunten: readonly string[]
    }
  | {
      readonly geldig: false
      /** "`leeftijd < onder` together with `aowLeeftijdBereikt === true`": ongeldige invoer. */
      readonly tegenstrijdig: 'aowLeeftijdBereikt'
    }

/** True when the peildatum lies in the window of the rules (2015-07-01 up to and including 2031-12-31). */
export function isGeldigePeildatum(peildatum: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(peildatum) && peildatum >= PEILDATA.van && peildatum <= PEILDATA.tot
}

/** Tegenstrijdig: een leeftijd onder de AOW-band samen met `aowLeeftijdBereikt: true`. */
export function isTegenstrijdig(s: OrakelSituatie, peildatum: string): boolean {
  return s.aowLeeftijdBereikt === true && s.leeftijd !== undefined && s.leeftijd < aowBand(peildatum).onder
}

/** Het oordeel van één voorziening (voor wie er één nodig heeft). */
export function orakelVoorziening(s: OrakelSituatie, peildatum: string, id: OrakelVoorziening): OrakelUitkomst {
  return uitkomstVan(REGELS[id](s, peildatum))
}

/** Het orakel: doelgroep, elke voorziening en de aandachtspunten; of "tegenstrijdig". */
export function orakel(s: OrakelSituatie, peildatum: string): OrakelUitslag {
  if (!isGeldigePeildatum(peildatum)) throw new RangeError(`peildatum ${peildatum} valt buiten de regels`)
  if (isTegenstrijdig(s, peildatum)) return { geldig: false, tegenstrijdig: 'aowLeeftijdBereikt' }
  const voorzieningen = Object.fromEntries(
    ORAKEL_VOORZIENINGEN.map((id) => [id, orakelVoorziening(s, peildatum, id)]),
  ) as Record<OrakelVoorziening, OrakelUitkomst>
  const dg = uitkomstVan(doelgroep(s, peildatum))
  const naar = dg.oordeel === 'niet' ? verwijzing(s, peildatum) : undefined
  return {
    geldig: true,
    doelgroep: naar ? { ...dg, verwijzing: naar } : dg,
    voorzieningen,
    aandachtspunten: ORAKEL_AANDACHTSPUNTEN.filter((id) => AANDACHTSPUNTEN[id]?.(s, peildatum, voorzieningen)),
  }
}
