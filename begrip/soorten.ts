/** What a typed message can be understood as (the contract's `begrip.soort`). */
export const SOORTEN = [
  'antwoord',
  'uitleg',
  'waarom',
  'onderwerp',
  'mens',
  'buiten',
  'persoonsgegevens',
  'onbekend',
] as const

export type Soort = (typeof SOORTEN)[number]
