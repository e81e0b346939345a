/** The voorziening ids, in contract order (the rules of each are in the model: `regels/*.yaml`). */
export const VOORZIENINGEN = [
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
export type VoorzieningId = (typeof VOORZIENINGEN)[number]
