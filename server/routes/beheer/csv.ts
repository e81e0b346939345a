import type { Aantal, Overzicht } from '../../statistieken/overzicht.js'

/**
 * The overview as CSV for a spreadsheet: semicolons and a byte order mark, because Dutch Excel
 * expects both. One row per figure: categorie;naam;meting;aantal. The period is whole weeks;
 * small numbers read "minder dan 5" and the rest are rounded, exactly as on the page.
 */
export function alsCsv(o: Overzicht): string {
  type R = [string, string, string, Aantal]
  const rijen: R[] = [
    ['gesprekken', 'alle', 'gestart', o.gesprekken.gestart],
    ['gesprekken', 'alle', 'klaar', o.gesprekken.klaar],
    ['gesprekken', 'alle', 'samenvatting', o.gesprekken.samenvattingen],
    ['gesprekken', 'alle', 'gewist', o.gesprekken.gewist],
    ['vorige-periode', `${o.vorige.van}/${o.vorige.tot}`, 'gestart', o.vorige.gesprekken.gestart],
    ['vorige-periode', `${o.vorige.van}/${o.vorige.tot}`, 'klaar', o.vorige.gesprekken.klaar],
    ['vorige-periode', `${o.vorige.van}/${o.vorige.tot}`, 'samenvatting', o.vorige.gesprekken.samenvattingen],
    ['vorige-periode', `${o.vorige.van}/${o.vorige.tot}`, 'gewist', o.vorige.gesprekken.gewist],
    ...o.perWeek.flatMap((w): R[] => [
      ['week', w.week, 'gestart', w.gestart],
      ['week', w.week, 'klaar', w.klaar],
    ]),
    ...o.perOnderwerp.flatMap((x): R[] => [
      ['onderwerp', x.onderwerp, 'gestart', x.gestart],
      ['onderwerp', x.onderwerp, 'klaar', x.klaar],
    ]),
    ...o.perTaal.flatMap((x): R[] => [
      ['taal', x.taal, 'gestart', x.gestart],
      ['taal', x.taal, 'klaar', x.klaar],
    ]),
    // One block per dialogue, its questions in the order people meet them.
    ...o.trechters.flatMap((t): R[] => [
      ['trechter', t.onderwerp, 'gestart', t.gestart],
      ...t.vragen.flatMap((v): R[] => [
        ['vraag', `${t.onderwerp}/${v.vraag}`, 'bereikt', v.bereikt],
        ['vraag', `${t.onderwerp}/${v.vraag}`, 'beantwoord', v.beantwoord],
        ['vraag', `${t.onderwerp}/${v.vraag}`, 'gestopt', v.gestopt],
        ['vraag', `${t.onderwerp}/${v.vraag}`, 'weetNiet', v.weetNiet],
      ]),
      ['trechter', t.onderwerp, 'klaar', t.klaar],
    ]),
    ...o.uitkomsten.flatMap((u): R[] => [
      ['uitkomst', u.voorziening, 'mogelijk', u.mogelijk],
      ['uitkomst', u.voorziening, 'onbekend', u.onbekend],
      ['uitkomst', u.voorziening, 'niet', u.niet],
    ]),
    ...o.doelgroepNee.map((d): R => ['doelgroepNee', d.verwijzing, 'aantal', d.aantal]),
    ['klopt', 'ja', 'aantal', o.klopt.ja],
    ['klopt', 'een-beetje', 'aantal', o.klopt.eenBeetje],
    ['klopt', 'nee', 'aantal', o.klopt.nee],
    ...o.kloptPerUitkomst.flatMap((k): R[] => [
      ['klopt-per-uitkomst', `${k.voorziening}/${k.oordeel}`, 'ja', k.ja],
      ['klopt-per-uitkomst', `${k.voorziening}/${k.oordeel}`, 'een-beetje', k.eenBeetje],
      ['klopt-per-uitkomst', `${k.voorziening}/${k.oordeel}`, 'nee', k.nee],
    ]),
    ...o.redenen.map((r): R => ['reden-nee', r.reden, 'aantal', r.aantal]),
    ...o.acties.map((a): R => ['actie', a.actie, 'aantal', a.aantal]),
    ...o.berichten.map((b): R => ['bericht', b.soort, 'aantal', b.aantal]),
  ]
  const regels = [
    'van;tot;categorie;naam;meting;aantal',
    ...rijen.map((rij) => [o.van, o.tot, ...rij].map(String).join(';')),
  ]
  return `\uFEFF${regels.join('\r\n')}\r\n`
}
