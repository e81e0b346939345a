/**
 * Plain Dutch for what is wrong in a setting or a gemeente profile at start-up. These lines are read
 * by the gemeente's beheerder in a terminal or a container log, before any language is chosen, so they
 * are Dutch only (like the log lines); zod's own English ("Invalid input") never reaches them.
 */
import type { z } from 'zod'

/** One line per issue: `  <field>: <what is wrong>`. */
export function foutRegels(issues: readonly z.core.$ZodIssue[], leeg = '(profiel)'): string[] {
  return issues.map((issue) => `  ${issue.path.join('.') || leeg}: ${watIsFout(issue)}`)
}

function watIsFout(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'dit veld ontbreekt' : `dit moet ${soortNaam(issue.expected)} zijn`
    case 'invalid_value':
      return `kies uit: ${issue.values.map(String).join(', ')}`
    case 'too_small':
      return issue.origin === 'string'
        ? `minstens ${issue.minimum} teken${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'array'
          ? `minstens ${issue.minimum} regel${issue.minimum === 1 ? '' : 's'}`
          : `een getal van ${issue.minimum} of meer`
    case 'too_big':
      return issue.origin === 'string'
        ? `hoogstens ${issue.maximum} tekens`
        : `een getal van ${issue.maximum} of minder`
    case 'invalid_format':
      return vormNaam(issue)
    case 'unrecognized_keys':
      return `onbekend veld ${issue.keys.join(', ')}`
    case 'invalid_union':
      return 'deze waarde klopt niet (kijk naar het voorbeeldprofiel)'
    case 'custom':
      return issue.message
    default:
      return 'deze waarde klopt niet'
  }
}

function soortNaam(soort: string): string {
  const namen: Record<string, string> = {
    string: 'een tekst',
    number: 'een getal',
    int: 'een heel getal',
    boolean: 'true of false',
    object: 'een object ({ … })',
    array: 'een lijst ([ … ])',
  }
  return namen[soort] ?? `een ${soort}`
}

function vormNaam(issue: z.core.$ZodIssue & { code: 'invalid_format' }): string {
  switch (issue.format) {
    case 'email':
      return 'geen geldig e-mailadres'
    case 'url':
      return 'geen geldig adres (begin met https://)'
    case 'date':
      return 'geen geldige datum (JJJJ-MM-DD)'
    case 'regex':
      // A regex check names its own example in its message ("een kleur als #00566e").
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'de vorm klopt niet'
    default:
      return 'de vorm klopt niet'
  }
}
