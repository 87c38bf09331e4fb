/** The Platforms sheet's problem messages (src/domain/rules/rows-to-rules.ts) in English and Polish: server-only, registered in ./catalogue-source.ts. */

import type { MessageCatalogue } from './catalogue-types';

/**
 * `rules.row` frames every cell problem (`Row 7, Max: …`); `{column}`, `{value}` and the values offered
 * instead (Yes, Error, UTF-8 bytes, …) are the sheet's own words and stay as the sheet spells them.
 * `{fallback}` is one of the rules.fallback.* phrases.
 */
export const RULES_MESSAGES: MessageCatalogue = {
  en: {
    'rules.row': 'Row {row}, {column}: {message}',
    'rules.noColumn':
      'The Platforms sheet has no {column} column; using the built-in rules. Restore the header row ({columns}, …).',
    'rules.platform.emptySkipped': 'the platform is empty; this row is skipped.',
    'rules.platform.empty': 'the platform is empty; using the built-in {platform}.',
    'rules.platform.nearMiss':
      "'{value}' is not a built-in platform, so this row starts a new one. If you meant {meant}, correct the spelling.",
    'rules.field.unknownSkipped':
      "'{value}' is not a rule field (for example Caption length, Hashtags, Media items); this row is skipped.",
    'rules.field.unknown': "'{value}' is not a rule field; using the built-in {field}.",
    'rules.field.empty': "'' is not a rule field; using the built-in field {field}.",
    'rules.limit.notNumber': "'{value}' is not a number; using {fallback}.",
    'rules.limit.negative': '{value} cannot be a limit (it must be 0 or more); using {fallback}.',
    'rules.limit.minAboveMax': 'the minimum {min} is above the maximum {max}; using {fallback}.',
    'rules.fallback.builtIn': 'the built-in {value}',
    'rules.fallback.builtInRange': 'the built-in {min}–{max}',
    'rules.fallback.noLimit': 'no limit',
    'rules.fallback.noLimits': 'no limits',
    'rules.counting': "'{value}' is not a counting method ({methods}); using {fallback}.",
    'rules.required': "'{value}' is not Yes or No; using {fallback}.",
    'rules.confidence': "'{value}' is not V, S or U; using {fallback}.",
    'rules.severity': "'{value}' is not Error, Warning or Info; using {fallback}.",
  },
  pl: {
    'rules.row': 'Wiersz {row}, {column}: {message}',
    'rules.noColumn':
      'Arkusz Platforms nie ma kolumny {column}; używane są wbudowane reguły. Przywróć wiersz nagłówka ({columns}, …).',
    'rules.platform.emptySkipped': 'platforma jest pusta; ten wiersz jest pomijany.',
    'rules.platform.empty': 'platforma jest pusta; przyjęto wbudowaną platformę {platform}.',
    'rules.platform.nearMiss':
      '„{value}” nie jest wbudowaną platformą, więc ten wiersz zaczyna nową. Jeśli chodziło o {meant}, popraw pisownię.',
    'rules.field.unknownSkipped':
      '„{value}” nie jest polem reguły (na przykład Caption length, Hashtags, Media items); ten wiersz jest pomijany.',
    'rules.field.unknown': '„{value}” nie jest polem reguły; przyjęto wbudowane pole {field}.',
    'rules.field.empty': 'pole jest puste; przyjęto wbudowane pole {field}.',
    'rules.limit.notNumber': '„{value}” nie jest liczbą; przyjęto {fallback}.',
    'rules.limit.negative': '{value} nie może być limitem (musi wynosić 0 lub więcej); przyjęto {fallback}.',
    'rules.limit.minAboveMax': 'minimum {min} jest większe niż maksimum {max}; przyjęto {fallback}.',
    'rules.fallback.builtIn': 'wbudowaną wartość: {value}',
    'rules.fallback.builtInRange': 'wbudowany zakres: {min}–{max}',
    'rules.fallback.noLimit': 'brak limitu',
    'rules.fallback.noLimits': 'brak limitów',
    'rules.counting': '„{value}” nie jest metodą liczenia ({methods}); przyjęto {fallback}.',
    'rules.required': '„{value}” nie jest wartością Yes ani No; przyjęto {fallback}.',
    'rules.confidence': '„{value}” nie jest wartością V, S ani U; przyjęto {fallback}.',
    'rules.severity': '„{value}” nie jest wartością Error, Warning ani Info; przyjęto {fallback}.',
  },
};
