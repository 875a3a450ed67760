// The body of a public form (request, booking, review): read once, refused
// with a clear answer rather than a 500. A body too large, in another charset,
// compressed in a way we do not read, with too many fields, or holding text
// PostgreSQL cannot store leaves `formRefusal(res)` set and the body empty
// (or, for unstorable text, the fields with those characters removed, for the
// form to show again); the route then shows its own form with the refusal
// and the status, so the visitor reads it on the page they were on.
// A route that forgot to look would still save nothing: every write refuses
// unstorable text itself (shared/validation/storable.ts).
import express from 'express';
import {isStorableText, unstorableIssue} from '#shared/validation/storable.ts';
import {httpRefusalOf, type Refusal} from '../http/refusal.ts';

/** More fields than any public form has is a made-up request. */
const FIELD_LIMIT = 50;

const BAD_CHARS: Refusal = {status: 400, code: 'validation', messageKey: 'v.badChars'};

export function formBody(limit: string): express.RequestHandler {
  const parse = express.urlencoded({extended: false, limit, parameterLimit: FIELD_LIMIT});
  return (req, res, next) =>
    parse(req, res, (err?: unknown) => {
      if (err) {
        const refusal = httpRefusalOf(err);
        if (!refusal) return next(err);
        res.locals.formRefusal = refusal;
        req.body = {};
        return next();
      }
      if (unstorableIssue(req.body)) {
        res.locals.formRefusal = BAD_CHARS;
        const clean = (v: unknown) => (typeof v === 'string' ? [...v].filter((ch) => isStorableText(ch)).join('') : '');
        req.body = Object.fromEntries(
          Object.entries((req.body ?? {}) as Record<string, unknown>)
            .filter(([k]) => isStorableText(k))
            .map(([k, v]) => [k, clean(v)]),
        );
      }
      next();
    });
}

/** Why this form's body was refused, if it was. */
export function formRefusal(res: express.Response): Refusal | undefined {
  return res.locals.formRefusal as Refusal | undefined;
}
