/**
 * The word lists, as a gemeente or a translator writes them in `locales/<taal>/woorden/*.json`,
 * and their compiled form. The understanding reads only these lists: no word is in the code.
 */
import { vouw, type Zinsdeel, zinsdeel } from './tekst.js'
import { maakWoordenschat, type Woordenschat } from './verbeter.js'

/** `locales/<taal>/woorden/antwoorden.json`. */
export interface AntwoordLijst {
  /**
   * Per choice (the key under `keuzes.` in gesprek.json): what people type for it. `"@ja"` takes in
   * the whole list of another choice ("Ja, waarschijnlijk wel" is also "ja").
   */
  readonly keuzes: Readonly<Record<string, readonly string[]>>
  /** Words for a choice at one question only ("havo" is "ja" to the startkwalificatie question). */
  readonly perVraag?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>
  /** "Denk het wel": proposed as that choice, never recorded without a click. */
  readonly waarschijnlijk: Readonly<Record<string, readonly string[]>>
  /**
   * Proposals at one question only: "rugklachten" suggests "ja" to the question about a limitation,
   * and means nothing at any other question.
   */
  readonly voorstelPerVraag?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>
  /**
   * Per question, words that make an answer there a proposal ("uit Syrië" at the diploma question: whether a
   * diploma from abroad counts, the gemeente decides).
   */
  readonly voorbehoudPerVraag?: Readonly<Record<string, readonly string[]>>
  /**
   * Per question, words that make only a "nee" there a proposal ("hier niet gewerkt" at "ever worked": maybe
   * elsewhere); a "ja" with them stays sure ("tak, w holandii").
   */
  readonly voorbehoudNeePerVraag?: Readonly<Record<string, readonly string[]>>
  /** "Misschien", "ik hoop het": nothing is proposed or recorded. */
  readonly twijfel: readonly string[]
  /** Words that turn a sentence around ("niet", "geen"): a sentence with one is only proposed. */
  readonly ontkenning: readonly string[]
  /** Words that make a clear start less clear ("ja, maar ..."). */
  readonly voorbehoud: readonly string[]
  /**
   * Words that start a new clause ("maar", "want", "omdat"): a "niet" in one clause does not turn
   * around what another says ("rugklachten, kan niet lang staan"; "woon bij mijn zus want heb geen huis").
   */
  readonly zinsgrenzen?: readonly string[]
  /** A clause about before ("eerst", "vroeger", "had"): in a story, what holds now goes first. */
  readonly vroeger?: readonly string[]
  /** A clause about now ("nu", "sinds", "inmiddels"). */
  readonly nu?: readonly string[]
  /** "Gaat je niks aan", "zeg ik liever niet": no answer, and no "nee" either. */
  readonly weigeren?: readonly string[]
  /** Words for "I have" that are also a yes ("عندي", "var", "mam"): a yes alone, not with what one has after them. */
  readonly hebben?: readonly string[]
  /** Words that start the clause that counts in a contrast ("niet ziek, maar wel een beperking"). */
  readonly tegenstelling?: readonly string[]
  /**
   * "Het is gestopt", "ik werk weer", "وقفوها": what was had before has ended. After a benefit said of the past
   * ("ik had bijstand"), in a later clause, the answer is the question's "none" ("geen uitkering").
   */
  readonly voorbij?: readonly string[]
  /**
   * Which choice goes first when both are named: UWV with aanvullende bijstand answers UWV
   * (docs/regels-uitleg.md, keuze 16; Pw art. 7 lid 3 onder c). Only proposed, never recorded.
   */
  readonly voorrang?: Readonly<Record<string, readonly string[]>>
  /** Fixed values per question for words that are not numbers ("jaarcontract" = 12 months). */
  readonly vast?: Readonly<
    Record<
      string,
      readonly { readonly waarde: number; readonly voorstel?: boolean; readonly woorden: readonly string[] }[]
    >
  >
}

/** `locales/<taal>/woorden/getallen.json`. */
export interface GetalLijst {
  /** Number words and their value ("vier": 4, "dertig": 30). */
  readonly woorden: Readonly<Record<string, number>>
  /** Words that are a whole number and a half ("anderhalf": 1.5, "half": 0.5). */
  readonly breuken: Readonly<Record<string, number>>
  /** Words that join two number words inside one word ("vier-en-dertig"). */
  readonly tussenvoegsels: readonly string[]
  /** Words that join two numbers ("twee en een half"). */
  readonly verbindingen: readonly string[]
  /** Prefixes that join a number word to the one before ("و" in Arabic). */
  readonly voorvoegsels?: readonly string[]
  /** The article that is also "one" before a unit ("een jaar"), and nothing before a half ("een half jaar"). */
  readonly lidwoorden: readonly string[]
  /** Units, by the start of the word ("jaar", "jaren"; Turkish "yıl" also reads "yıldır"). */
  readonly eenheden: Readonly<Record<'jaar' | 'maand' | 'week', readonly string[]>>
  /** Whole phrases with a number and unit in them ("سنتين": two years). */
  readonly hoeveelheden?: Readonly<
    Record<string, { readonly waarde: number; readonly eenheid: 'jaar' | 'maand' | 'week' }>
  >
  /** "Ongeveer", "bijna": the number is proposed, not recorded. */
  readonly ongeveer: readonly string[]
  /** "Een jaar of drie" (about three years): the word between the unit and the number that is meant. */
  readonly ofOngeveer?: readonly string[]
  /** "Ik word 27": the age now is one less. */
  readonly worden: readonly string[]
  /** "Bijna 30": not yet, so an age is one less (and only proposed, as with "ongeveer"). */
  readonly bijna?: readonly string[]
  /** "Sinds", "vanaf": a duration is counted from the month that follows. */
  readonly sinds?: readonly string[]
  /** "Beri" ("mayıstan beri"): the same after the month, in a language that puts it there. */
  readonly sindsNa?: readonly string[]
  /** Words after a number that make it a count of things, not an age or a length ("3 kinderen", "20 uur"). */
  readonly dingen?: readonly string[]
  /** Words between two numbers that make them a range ("3 of 4 jaar", "two or three"): not one value said. */
  readonly bereik?: readonly string[]
  /** Endings written against a number that leave it the number ("45im": "I'm 45"). */
  readonly achtervoegsels?: readonly string[]
  /** "Drie, van 15, 12 en 7": a word after a count of children that introduces their ages. */
  readonly leeftijdenVan?: readonly string[]
  /** Words before a number that make it your own age ("ik ben", "عمري"), when several numbers are typed. */
  readonly zelf?: readonly string[]
  /** Words before a number that make it someone else's ("mijn zoon is 5"), when several numbers are typed. */
  readonly anderen?: readonly string[]
  /** "De jongste is 4": the child the question asks about, when several ages are typed. */
  readonly jongste?: readonly string[]
  /** Month names and their number ("januari": 1, "mrt": 3). */
  readonly maanden?: Readonly<Record<string, number>>
  /** "Vorig jaar": the month named is in the year before this one. */
  readonly vorigJaar?: readonly string[]
}

/** `locales/<taal>/woorden/bedoelingen.json`. */
export interface BedoelingLijst {
  readonly mens: readonly string[]
  readonly waarom: readonly string[]
  /** How a question about a word starts ("wat is", "wat bedoel je met"). */
  readonly uitleg: readonly string[]
  /** Words left out of a search ("een", "de"). */
  readonly stopwoorden: readonly string[]
  /** Plural endings, tried off a word the search does not find as it is ("werkstages"). */
  readonly meervoud?: readonly string[]
  /** What Werkwijzer cannot answer, per kind (the kind names the message). */
  readonly buiten: Readonly<Record<string, readonly string[]>>
  /** Wishes, per onderwerp. */
  readonly onderwerp: Readonly<Record<string, readonly string[]>>
  /** "Ik heet ...": a name follows. */
  readonly naam: readonly string[]
  /** "Ik ben", "I'm": a name follows only when two capitalised words do ("ik ben Sanne de Vries"). */
  readonly ikBen?: readonly string[]
  /** Words for the BSN ("burgerservicenummer"): digits after one are taken as a BSN. */
  readonly bsn?: readonly string[]
  /** More words a search finds a term by, per term id ("werkervaringsplaats" for participatieplaats). */
  readonly zoekwoorden: Readonly<Record<string, readonly string[]>>
  /**
   * Questions that ask about a term without "wat is" ("moet ik meedoen?", "kan ik bezwaar maken?"), per
   * term id: answered with its explanation.
   */
  readonly vragen?: Readonly<Record<string, readonly string[]>>
  /**
   * Phrases that rule a wish out ("mijn werkgever vroeg ..." is no employer): per onderwerp, words that
   * say the resident is someone else.
   */
  readonly nietOnderwerp?: Readonly<Record<string, readonly string[]>>
}

export interface WoordLijsten {
  readonly antwoorden: AntwoordLijst
  readonly getallen: GetalLijst
  readonly bedoelingen: BedoelingLijst
}

/** The lists of the languages a conversation reads, compiled once. */
export interface Woorden {
  readonly keuzes: ReadonlyMap<string, readonly Zinsdeel[]>
  readonly waarschijnlijk: ReadonlyMap<string, readonly Zinsdeel[]>
  readonly twijfel: readonly Zinsdeel[]
  readonly ontkenning: readonly Zinsdeel[]
  readonly voorbehoud: readonly Zinsdeel[]
  readonly zinsgrenzen: readonly Zinsdeel[]
  readonly vroeger: readonly Zinsdeel[]
  readonly nu: readonly Zinsdeel[]
  readonly weigeren: readonly Zinsdeel[]
  readonly hebben: readonly Zinsdeel[]
  readonly tegenstelling: readonly Zinsdeel[]
  readonly voorbij: readonly Zinsdeel[]
  readonly vast: ReadonlyMap<string, readonly { waarde: number; voorstel: boolean; delen: readonly Zinsdeel[] }[]>
  readonly voorrang: ReadonlyMap<string, ReadonlySet<string>>
  /** Per question, per choice: its own words. */
  readonly perVraag: ReadonlyMap<string, ReadonlyMap<string, readonly Zinsdeel[]>>
  /** Per question, per choice: words that only propose it. */
  readonly voorstelPerVraag: ReadonlyMap<string, ReadonlyMap<string, readonly Zinsdeel[]>>
  /** Per question: words that make an answer there a proposal. */
  readonly voorbehoudPerVraag: ReadonlyMap<string, readonly Zinsdeel[]>
  readonly voorbehoudNeePerVraag: ReadonlyMap<string, readonly Zinsdeel[]>
  readonly getallen: ReadonlyMap<string, number>
  readonly breuken: ReadonlyMap<string, number>
  readonly tussenvoegsels: readonly string[]
  readonly verbindingen: ReadonlySet<string>
  readonly voorvoegsels: readonly string[]
  readonly lidwoorden: ReadonlySet<string>
  readonly eenheden: readonly { eenheid: 'jaar' | 'maand' | 'week'; begin: string }[]
  readonly hoeveelheden: ReadonlyMap<string, { waarde: number; eenheid: 'jaar' | 'maand' | 'week' }>
  readonly ongeveer: readonly Zinsdeel[]
  readonly ofOngeveer: ReadonlySet<string>
  readonly worden: readonly Zinsdeel[]
  readonly bijna: readonly Zinsdeel[]
  readonly sinds: readonly Zinsdeel[]
  readonly sindsNa: readonly Zinsdeel[]
  readonly maanden: ReadonlyMap<string, number>
  readonly vorigJaar: readonly Zinsdeel[]
  readonly dingen: readonly Zinsdeel[]
  readonly achtervoegsels: ReadonlySet<string>
  readonly bereik: ReadonlySet<string>
  readonly leeftijdenVan: readonly Zinsdeel[]
  readonly zelf: readonly Zinsdeel[]
  readonly anderen: readonly Zinsdeel[]
  readonly jongste: readonly Zinsdeel[]
  readonly mens: readonly Zinsdeel[]
  readonly waarom: readonly Zinsdeel[]
  readonly uitleg: readonly Zinsdeel[]
  readonly stopwoorden: ReadonlySet<string>
  /** Longest first. */
  readonly meervoud: readonly string[]
  readonly buiten: ReadonlyMap<string, readonly Zinsdeel[]>
  readonly onderwerp: ReadonlyMap<string, readonly Zinsdeel[]>
  readonly naam: readonly Zinsdeel[]
  readonly bsn: readonly Zinsdeel[]
  /** "Ik ben" per language, as typed (the name after it is recognised by its capitals). */
  readonly ikBen: readonly string[]
  /** The buttons' own labels of "Ja" and "Nee" in every language: a plain yes or no ("ja", "نعم", "hayır"). */
  readonly jaNee: readonly Zinsdeel[]
  /** Per term id (`begrip:meedoen`), the questions that ask about it. */
  readonly vragen: ReadonlyMap<string, readonly Zinsdeel[]>
  readonly nietOnderwerp: ReadonlyMap<string, readonly Zinsdeel[]>
  /** Every word of every list, for reading a typo as the known word it is closest to. */
  readonly schat: Woordenschat
}

const uniek = <T>(lijst: readonly T[], sleutel: (x: T) => string) => {
  const gezien = new Set<string>()
  return lijst.filter((x) => {
    const k = sleutel(x)
    if (gezien.has(k)) return false
    gezien.add(k)
    return true
  })
}

const delen = (frasen: readonly string[]): Zinsdeel[] =>
  uniek(
    frasen.map(zinsdeel).filter((d) => d.length > 0),
    (d) => d.join(' '),
  )

function perSleutel(
  lijsten: readonly (Readonly<Record<string, readonly string[]>> | undefined)[],
  extra: Readonly<Record<string, readonly string[]>> = {},
) {
  const ruw = new Map<string, string[]>()
  for (const lijst of [...lijsten, extra])
    for (const [k, v] of Object.entries(lijst ?? {})) ruw.set(k, [...(ruw.get(k) ?? []), ...v])
  return ruw
}

/** `@ja` in a list stands for the whole list of `ja` (one level deep). */
function metVerwijzingen(ruw: Map<string, string[]>): Map<string, Zinsdeel[]> {
  const uit = new Map<string, Zinsdeel[]>()
  for (const [k, v] of ruw) {
    const frasen = v.flatMap((f) =>
      f.startsWith('@') ? (ruw.get(f.slice(1)) ?? []).filter((x) => !x.startsWith('@')) : [f],
    )
    uit.set(k, delen(frasen))
  }
  return uit
}

/** The references of a choice's list (`"@ja"` in `afstand.kort` -> `ja`). */
export function verwijzingenVan(lijsten: readonly WoordLijsten[], keuze: string): Set<string> {
  const uit = new Set<string>([keuze])
  for (const l of lijsten) for (const f of l.antwoorden.keuzes[keuze] ?? []) if (f.startsWith('@')) uit.add(f.slice(1))
  return uit
}

/**
 * Compiles the lists of the languages a conversation reads (its own, then Dutch and English), with
 * the button labels of every language (`labels`, per choice key) and the names of the onderwerpen.
 */
/**
 * The words that start a clause: all of the resident's own language, and of the others (Dutch beside it) only
 * those that are no word of the own language's lists: Dutch "want" ("because") is English "want" too.
 */
function zinsgrenzenVan(lijsten: readonly WoordLijsten[]): string[] {
  const [eigen, ...andere] = lijsten
  if (!eigen) return []
  const woordenIn = (x: unknown): string[] =>
    typeof x === 'string'
      ? x.split(/\s+/)
      : Array.isArray(x)
        ? x.flatMap(woordenIn)
        : x && typeof x === 'object'
          ? Object.values(x).flatMap(woordenIn)
          : []
  const eigenWoorden = new Set(woordenIn([eigen.antwoorden.keuzes, eigen.bedoelingen.onderwerp]).map(vouw))
  return [
    ...(eigen.antwoorden.zinsgrenzen ?? []),
    ...andere.flatMap((l) =>
      (l.antwoorden.zinsgrenzen ?? []).filter((z) => z.includes(' ') || !eigenWoorden.has(vouw(z))),
    ),
  ]
}

export function compileer(
  lijsten: readonly WoordLijsten[],
  labels: Readonly<Record<string, readonly string[]>> = {},
  onderwerpNamen: Readonly<Record<string, readonly string[]>> = {},
  /** Ordinary words of the languages (from the texts Werkwijzer shows): never read as a typo of a listed word. */
  gewoon: Iterable<string> = [],
  /** Stemmers of the languages, for reading "konsultantem" as the listed "konsultant". */
  stammers: readonly ((w: string) => string)[] = [],
): Woorden {
  const a = lijsten.map((l) => l.antwoorden)
  const g = lijsten.map((l) => l.getallen)
  const b = lijsten.map((l) => l.bedoelingen)
  const keuzeRuw = perSleutel(
    a.map((x) => x.keuzes),
    labels,
  )
  const waarschijnlijkRuw = perSleutel(a.map((x) => x.waarschijnlijk))
  // A choice that takes in "ja" also takes in "denk het wel", as a proposal.
  for (const k of keuzeRuw.keys()) {
    for (const ref of verwijzingenVan(lijsten, k))
      if (ref !== k)
        waarschijnlijkRuw.set(k, [...(waarschijnlijkRuw.get(k) ?? []), ...(waarschijnlijkRuw.get(ref) ?? [])])
  }
  const vast = new Map<string, { waarde: number; voorstel: boolean; delen: Zinsdeel[] }[]>()
  for (const x of a)
    for (const [vraag, waarden] of Object.entries(x.vast ?? {}))
      vast.set(vraag, [
        ...(vast.get(vraag) ?? []),
        ...waarden.map((w) => ({ waarde: w.waarde, voorstel: w.voorstel === true, delen: delen(w.woorden) })),
      ])
  const getallen = new Map<string, number>()
  const breuken = new Map<string, number>()
  const hoeveelheden = new Map<string, { waarde: number; eenheid: 'jaar' | 'maand' | 'week' }>()
  for (const x of g) {
    for (const [w, n] of Object.entries(x.woorden)) if (!getallen.has(vouw(w))) getallen.set(vouw(w), n)
    for (const [w, n] of Object.entries(x.breuken)) if (!breuken.has(vouw(w))) breuken.set(vouw(w), n)
    for (const [w, h] of Object.entries(x.hoeveelheden ?? {})) hoeveelheden.set(vouw(w), h)
  }
  const onderwerpRuw = perSleutel(
    b.map((x) => x.onderwerp),
    onderwerpNamen,
  )
  const voorrang = new Map<string, Set<string>>()
  for (const x of a)
    for (const [k, v] of Object.entries(x.voorrang ?? {})) voorrang.set(k, new Set([...(voorrang.get(k) ?? []), ...v]))
  const perVraagVan = (lijst: (x: AntwoordLijst) => AntwoordLijst['perVraag']) => {
    const uit = new Map<string, Map<string, Zinsdeel[]>>()
    for (const x of a)
      for (const [vraag, keuzes] of Object.entries(lijst(x) ?? {})) {
        const hier = uit.get(vraag) ?? new Map<string, Zinsdeel[]>()
        for (const [k, v] of Object.entries(keuzes)) hier.set(k, [...(hier.get(k) ?? []), ...delen(v)])
        uit.set(vraag, hier)
      }
    return uit
  }
  const uit: Omit<Woorden, 'schat'> = {
    voorrang,
    perVraag: perVraagVan((x) => x.perVraag),
    voorstelPerVraag: perVraagVan((x) => x.voorstelPerVraag),
    voorbehoudPerVraag: metVerwijzingen(perSleutel(a.map((x) => x.voorbehoudPerVraag))),
    voorbehoudNeePerVraag: metVerwijzingen(perSleutel(a.map((x) => x.voorbehoudNeePerVraag))),
    keuzes: metVerwijzingen(keuzeRuw),
    jaNee: delen([...(labels.ja ?? []), ...(labels.nee ?? [])]),
    waarschijnlijk: metVerwijzingen(waarschijnlijkRuw),
    twijfel: delen(a.flatMap((x) => x.twijfel)),
    ontkenning: delen(a.flatMap((x) => x.ontkenning)),
    voorbehoud: delen(a.flatMap((x) => x.voorbehoud)),
    zinsgrenzen: delen(zinsgrenzenVan(lijsten)),
    vroeger: delen(a.flatMap((x) => x.vroeger ?? [])),
    nu: delen(a.flatMap((x) => x.nu ?? [])),
    weigeren: delen(a.flatMap((x) => x.weigeren ?? [])),
    hebben: delen(a.flatMap((x) => x.hebben ?? [])),
    tegenstelling: delen(a.flatMap((x) => x.tegenstelling ?? [])),
    voorbij: delen(a.flatMap((x) => x.voorbij ?? [])),
    vast,
    getallen,
    breuken,
    tussenvoegsels: uniek(g.flatMap((x) => x.tussenvoegsels).map(vouw), (x) => x),
    verbindingen: new Set(g.flatMap((x) => x.verbindingen).map(vouw)),
    voorvoegsels: uniek(g.flatMap((x) => x.voorvoegsels ?? []).map(vouw), (x) => x),
    lidwoorden: new Set(g.flatMap((x) => x.lidwoorden).map(vouw)),
    eenheden: g.flatMap((x) =>
      (['jaar', 'maand', 'week'] as const).flatMap((eenheid) =>
        x.eenheden[eenheid].map((w) => ({ eenheid, begin: vouw(w) })),
      ),
    ),
    hoeveelheden,
    ongeveer: delen(g.flatMap((x) => x.ongeveer)),
    ofOngeveer: new Set(g.flatMap((x) => x.ofOngeveer ?? []).map(vouw)),
    worden: delen(g.flatMap((x) => x.worden)),
    bijna: delen(g.flatMap((x) => x.bijna ?? [])),
    sinds: delen(g.flatMap((x) => x.sinds ?? [])),
    sindsNa: delen(g.flatMap((x) => x.sindsNa ?? [])),
    maanden: new Map(g.flatMap((x) => Object.entries(x.maanden ?? {})).map(([woord, n]) => [vouw(woord), n])),
    vorigJaar: delen(g.flatMap((x) => x.vorigJaar ?? [])),
    dingen: delen(g.flatMap((x) => x.dingen ?? [])),
    achtervoegsels: new Set(g.flatMap((x) => x.achtervoegsels ?? []).map(vouw)),
    bereik: new Set(g.flatMap((x) => x.bereik ?? []).map(vouw)),
    leeftijdenVan: delen(g.flatMap((x) => x.leeftijdenVan ?? [])),
    zelf: delen(g.flatMap((x) => x.zelf ?? [])),
    anderen: delen(g.flatMap((x) => x.anderen ?? [])),
    jongste: delen(g.flatMap((x) => x.jongste ?? [])),
    mens: delen(b.flatMap((x) => x.mens)),
    waarom: delen(b.flatMap((x) => x.waarom)),
    uitleg: delen(b.flatMap((x) => x.uitleg)),
    stopwoorden: new Set(b.flatMap((x) => x.stopwoorden).map(vouw)),
    meervoud: [...new Set(b.flatMap((x) => x.meervoud ?? []).map(vouw))].sort((x, y) => y.length - x.length),
    buiten: metVerwijzingen(perSleutel(b.map((x) => x.buiten))),
    onderwerp: metVerwijzingen(onderwerpRuw),
    naam: delen(b.flatMap((x) => x.naam)),
    bsn: delen(b.flatMap((x) => x.bsn ?? [])),
    ikBen: [...new Set(b.flatMap((x) => x.ikBen ?? []))],
    vragen: metVerwijzingen(perSleutel(b.map((x) => x.vragen))),
    nietOnderwerp: metVerwijzingen(perSleutel(b.map((x) => x.nietOnderwerp))),
  }
  return {
    ...uit,
    schat: maakWoordenschat(
      woordenVan(uit, b),
      [...gewoon, ...uit.mens.flat()],
      stammers,
      [
        uit.twijfel,
        uit.ontkenning,
        uit.voorbehoud,
        uit.ongeveer,
        uit.bijna,
        uit.weigeren,
        uit.keuzes.get('weetNiet') ?? [],
        uit.waarom,
        uit.uitleg,
        [...uit.buiten.values()],
        [...uit.vragen.values()],
      ]
        .flat(3)
        .filter((x) => !x.includes('*')),
    ),
  }
}

/** Every word the lists know: of phrases, numbers, units, months and search words. */
function* woordenVan(w: Omit<Woorden, 'schat'>, b: readonly BedoelingLijst[]): Generator<string> {
  const isZinsdeel = (x: unknown): x is Zinsdeel => Array.isArray(x) && x.every((y) => typeof y === 'string')
  function* uitLijsten(waarde: unknown): Generator<string> {
    if (isZinsdeel(waarde)) yield* waarde.filter((x) => !x.includes('*'))
    else if (Array.isArray(waarde)) for (const x of waarde) yield* uitLijsten(x)
    else if (waarde instanceof Map) for (const x of waarde.values()) yield* uitLijsten(x)
    else if (waarde && typeof waarde === 'object' && 'delen' in waarde) yield* uitLijsten(waarde.delen)
  }
  // A person's words ("bellen", "adres") are no target for a typo: a place name ("Beilen") is as likely.
  for (const [sleutel, waarde] of Object.entries(w)) if (sleutel !== 'mens') yield* uitLijsten(waarde)
  for (const kaart of [w.getallen, w.breuken, w.hoeveelheden, w.maanden]) yield* kaart.keys()
  yield* w.eenheden.map((e) => e.begin)
  yield* w.stopwoorden
  for (const x of b) for (const lijst of Object.values(x.zoekwoorden)) for (const f of lijst) yield* zinsdeel(f)
}
