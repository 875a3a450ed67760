import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'v.spreadsheet': 'Could not read the file: an .xlsx or .csv is needed',
  'v.taken': 'This key is already used',
  'v.kindFixed': 'A field’s kind cannot change once created — add a new field',
  'v.key': 'Latin letters, digits and _ only (starting with a letter)',
  'v.number': 'Enter a number',
  'v.money': 'Enter an amount in tenge',
  'v.date': 'Enter a date',
  'v.link': 'Enter a link starting with https://',
  'v.required': 'Fill in this field',
  'v.tooLong': 'Too long: at most {max} characters',
  'v.tooShort': 'Too short: at least {min} characters',
  'v.phone': 'Enter a phone number, e.g. +7 701 234 56 78',
  'v.email': 'Enter an email, e.g. name@mail.kz',
  'v.passwordWeak': 'at least 8 characters, letters and digits',
  'v.badChars': 'Contains a character that cannot be saved (a NUL byte or broken Unicode)',
  'v.tooDeep': 'The data is nested too deeply',
  'v.duplicate': 'A record with this value already exists',
  'v.periodOrder': 'The period ends before it starts',
  'v.periodLong': 'A period of at most three years',
  'v.invalid': 'Invalid value',
  'v.fieldError': '{field}: {message}',
  'v.summary': 'Check these fields: {fields}',
} satisfies Catalog<typeof ru>;
