import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'http.tooLarge': 'The request is too large. Shorten the text or send less data.',
  'http.tooManyFields': 'The request has too many fields.',
  'http.charset': 'Unsupported character set. Send the text as UTF-8.',
  'http.encoding': 'Unsupported request compression. Send it uncompressed or as gzip.',
  'http.badBody': 'The request body is damaged or cut short. Send it again.',
  'http.badJson': 'The request body is not JSON. Check its syntax.',
  'http.mediaType': 'Send the request body as application/json.',
  'http.badUrl': 'The address contains characters that are not allowed.',
  'http.noRoute': 'No such API route: {method} {path}',
  'http.keyReused': 'This Idempotency-Key was used for a different request. Use a new key for a new request.',
  'http.keyInvalid': 'The Idempotency-Key must be non-empty and at most 255 characters.',
  'http.keyBusy': 'A request with this Idempotency-Key is still running. Try again later.',
  'http.importRows': 'The file was not imported: fix rows {rows}',
  'http.formRefused': 'The form was not sent',
  'http.diskFull':
    'The server has run out of disk space, so this change was not saved. Everything saved before is intact; try again later or tell your administrator.',
  'http.back': 'Go back: what you typed is still in the form.',
} satisfies Catalog<typeof ru>;
