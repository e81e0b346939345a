/**
 * `docs/regels.md` made from a rules model (`npm run regels:doc`): per article, condition and note
 * what the model says, with every parameter, its date and its source, so a jurist or policy officer
 * reads the rules as the software applies them. A test fails when the committed file differs.
 */
import type { KnoopData, ModelData, Variant } from '../rules/model.js'
import { VOORZIENINGEN } from '../rules/voorzieningen.js'

const OP: Readonly<Record<string, string>> = { '!=': '≠', '<=': '≤', '>=': '≥', '==': '=' }

function waarde(w: unknown): string {
  if (Array.isArray(w)) return w.map(waarde).join(', ')
  return `\`${String(w)}\``
}

function regelsVan(knoop: KnoopData, diepte: number): string[] {
  const inspringen = '  '.repeat(diepte)
  if (typeof knoop === 'string')
    return [`${inspringen}- de voorwaarde **${knoop}** (hieronder bij "Voorwaarden met een naam")`]
  const wie = [knoop.id ? `\`${knoop.id}\`` : '', knoop.artikel ? `(${knoop.artikel})` : ''].filter(Boolean).join(' ')
  const eigen = knoop.tekst?.length ? `; eigen tekst bij ${knoop.tekst.join(', ')}` : ''
  const kop = (tekst: string) => `${inspringen}- ${tekst}${wie ? ` ${wie}` : ''}${eigen}`
  const blad = (tekst: string) => `${inspringen}- ${wie ? `${wie}: ` : ''}${tekst}${eigen}`
  if (knoop.alle) return [kop('alle van:'), ...knoop.alle.flatMap((d) => regelsVan(d, diepte + 1))]
  if (knoop.eenVan) return [kop('één van:'), ...knoop.eenVan.flatMap((d) => regelsVan(d, diepte + 1))]
  if (knoop.niet !== undefined) return [kop('niet:'), ...regelsVan(knoop.niet, diepte + 1)]
  if (knoop.altijd) return [blad('altijd waar (voor iedereen in de groep)')]
  if (knoop.ingebouwd) return [blad(`ingebouwd: \`${knoop.ingebouwd}\``)]
  if (knoop.oordeel !== undefined) {
    const wat = knoop.oordeel === 'enige' ? 'het oordeel over een voorziening' : `het oordeel over \`${knoop.oordeel}\``
    return [blad(`${wat} ${OP[String(knoop.op)] ?? knoop.op} ${waarde(knoop.waarde)}`)]
  }
  const rechts = knoop.parameter !== undefined ? `parameter **${knoop.parameter}**` : waarde(knoop.waarde)
  return [blad(`\`${knoop.feit}\` ${OP[String(knoop.op)] ?? knoop.op} ${rechts}`)]
}

function varianten(lijst: readonly Variant[]): string[] {
  return lijst.flatMap((v, i) => {
    const tot = lijst[i + 1]?.van
    const periode = tot ? `Van ${v.van} tot ${tot}` : `Vanaf ${v.van}`
    if (v.vervallen || v.als === undefined) return [`${periode}: vervalt.`, '']
    return [`${periode}:`, '', ...regelsVan(v.als, 0), '']
  })
}

function parameterWaarde(w: unknown): string {
  if (typeof w === 'number') return String(w)
  return Object.entries(w as Record<string, number>)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
}

const cel = (tekst: string) => tekst.replaceAll('|', '\\|')

/** The whole document for one model. */
export function regelsDocument(model: ModelData): string {
  const uit: string[] = []
  const bron = model.erft.length ? ` Het erft van ${model.erft.map((id) => `\`${id}\``).join(', dat erft van ')}.` : ''
  uit.push(
    `# De regels van het model \`${model.id}\``,
    '',
    '> Dit bestand is gemaakt uit het regelmodel (`regels/' +
      model.id +
      '.yaml`) met `npm run regels:doc`. Verander het model, niet dit bestand: een test faalt als ze verschillen.',
    '> Hoe Werkwijzer met deze regels rekent en welke keuzes we maakten waar de bronnen zwijgen: [regels-uitleg.md](regels-uitleg.md).',
    '',
    `**${model.naam}**, versie ${model.versie}, gemeente ${model.gemeente}. In werking op ${model.inwerkingtreding}.` +
      ` Werkwijzer geeft antwoord voor peildata van ${model.peildata.van} tot en met ${model.peildata.tot}.${bron}`,
    '',
    'Elke voorwaarde is een blad "feit, vergelijking, waarde of parameter" met het artikel waarop het steunt, of een',
    'combinatie: **alle van** (en), **één van** (of), **niet**. Een wijziging op een datum is een nieuwe variant vanaf die',
    'datum. De naam tussen backticks (`langUitkering`) is de naam van de teksten van een reden in',
    '`locales/<taal>/regels.json` (`redenen.<naam>.ja`, `.nee`, `.onbekend`).',
    '',
    '## Artikelen',
    '',
    '| artikel | titel | link |',
    '|---|---|---|',
    ...Object.entries(model.artikelen).map(
      ([nr, a]) => `| ${nr} | ${cel(a.titel ?? '')} | ${a.link ? `<${a.link}>` : ''} |`,
    ),
    '',
    `## Doelgroep`,
    '',
    `De doelgroep is de voorwaarde **${model.doelgroep.voorwaarde}**. Is ze niet waar, dan verwijst Werkwijzer naar de eerste van`,
    'deze voorwaarden die niet klopt:',
    '',
    '| voorwaarde | verwijzing |',
    '|---|---|',
    ...model.doelgroep.verwijzingen.map((v) => `| ${v.voorwaarde} | \`${v.verwijzing}\` |`),
    '',
    '## Voorzieningen',
    '',
  )
  for (const id of VOORZIENINGEN) {
    const v = model.voorzieningen[id]
    uit.push(`### \`${id}\``, '', `Artikel: ${v.artikel}.`, '', ...varianten(v.varianten))
  }
  uit.push('## Voorwaarden met een naam', '')
  for (const [naam, lijst] of Object.entries(model.voorwaarden)) uit.push(`### ${naam}`, '', ...varianten(lijst))
  uit.push(
    '## Aandachtspunten',
    '',
    'Op deze volgorde getoond bij de uitkomst. "Over": een aandachtspunt over bepaalde voorzieningen valt weg in een',
    'gesprek over andere. "Vraagt": het gesprek vraagt aan het eind naar wat het nog open laat.',
    '',
  )
  for (const [sleutel, punt] of Object.entries(model.aandachtspunten)) {
    const over = punt.voorzieningen ? ` Over: ${punt.voorzieningen.map((v) => `\`${v}\``).join(', ')}.` : ''
    const vraagt = punt.vraagt ? ' Vraagt de feiten die het open laten.' : ''
    const eigen = punt.eigen
      ? ' Noemt een eigen bron van dit model: een model dat erft, toont het alleen met `overnemen`.'
      : ''
    uit.push(
      `### \`${sleutel}\``,
      '',
      `Artikel: ${punt.artikel}.${over}${vraagt}${eigen}`,
      '',
      ...varianten(punt.varianten),
    )
    if (punt.vraagAls !== undefined) uit.push('Alleen gevraagd als:', '', ...regelsVan(punt.vraagAls, 0), '')
  }
  uit.push(
    '## Parameters',
    '',
    'Elk getal van de regels, met de dag vanaf wanneer het geldt en de bron. Teksten nemen de waarde over',
    '(`{{werkstageMaandenUitkering}}`); een getal van een regel staat nooit in een tekst.',
    '',
    '| parameter | waarde | vanaf | bron |',
    '|---|---|---|---|',
  )
  for (const [id, reeks] of Object.entries(model.parameters))
    for (const r of reeks) uit.push(`| \`${id}\` | ${parameterWaarde(r.waarde)} | ${r.van} | ${cel(r.bron)} |`)
  uit.push('')
  return uit.join('\n')
}
