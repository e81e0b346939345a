import type { Aantal, Overzicht } from '../../statistieken/overzicht.js'

/**
 * The overview as CSV for a spreadsheet: semicolons and a byte order mark, because Dutch Excel
 * expects both. One row per figure: categorie;naam;meting;aantal.
 */
export function alsCsv(o: Overzicht): string {
  const rijen: [string, string, string, Aantal][] = [
    ['gesprekken', 'alle', 'gestart', o.gesprekken.gestart],
    ['gesprekken', 'alle', 'klaar', o.gesprekken.klaar],
    ['gesprekken', 'alle', 'samenvatting', o.gesprekken.samenvattingen],
    ['gesprekken', 'alle', 'gewist', o.gesprekken.gewist],
    ...o.perOnderwerp.flatMap((x): [string, string, string, Aantal][] => [
      ['onderwerp', x.onderwerp, 'gestart', x.gestart],
      ['onderwerp', x.onderwerp, 'klaar', x.klaar],
    ]),
    ...o.perTaal.flatMap((x): [string, string, string, Aantal][] => [
      ['taal', x.taal, 'gestart', x.gestart],
      ['taal', x.taal, 'klaar', x.klaar],
    ]),
    ...o.vragen.flatMap((v): [string, string, string, Aantal][] => [
      ['vraag', v.vraag, 'bereikt', v.bereikt],
      ['vraag', v.vraag, 'beantwoord', v.beantwoord],
      ['vraag', v.vraag, 'gestopt', v.gestopt],
      ['vraag', v.vraag, 'weetNiet', v.weetNiet],
    ]),
    ...o.uitkomsten.flatMap((u): [string, string, string, Aantal][] => [
      ['uitkomst', u.voorziening, 'mogelijk', u.mogelijk],
      ['uitkomst', u.voorziening, 'onbekend', u.onbekend],
      ['uitkomst', u.voorziening, 'niet', u.niet],
    ]),
    ...o.doelgroepNee.map((d): [string, string, string, Aantal] => ['doelgroepNee', d.verwijzing, 'aantal', d.aantal]),
    ['klopt', 'ja', 'aantal', o.klopt.ja],
    ['klopt', 'een-beetje', 'aantal', o.klopt.eenBeetje],
    ['klopt', 'nee', 'aantal', o.klopt.nee],
  ]
  const regels = [
    'van;tot;categorie;naam;meting;aantal',
    ...rijen.map((rij) => [o.van, o.tot, ...rij].map(String).join(';')),
  ]
  return `\uFEFF${regels.join('\r\n')}\r\n`
}
