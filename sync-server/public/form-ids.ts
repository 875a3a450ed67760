// The id a public form (request, booking, review) carries becomes the id of
// the record it creates: that makes a refreshed or double-tapped POST one
// record, not two. But an id chosen by the visitor could name a record that
// already exists — someone else's booking — and a "repeat" of it used to hand
// out that booking's manage link. So the server makes the id when it renders the
// form and signs it ("<uuid>.<mac>"); a posted id counts only with our
// signature, and anything else gets a fresh id (a new record, never an old one).
import type pg from 'pg';
import {newId} from '../auth/tokens.ts';
import {serverSigner} from '../notify/keys.ts';

const signer = serverSigner('public-form-id');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PostedForm = {
  /** The id of the record this form creates. */
  recordId: string;
  /** What to put back in the form if it is shown again (same record on the next try). */
  token: string;
};

export function formIds(pool: pg.Pool) {
  const sign = async (id: string): Promise<PostedForm> => ({recordId: id, token: `${id}.${await signer.sign(pool, `form:${id}`)}`});
  return {
    /** A new form's id, signed, for the page. */
    async issue(): Promise<string> {
      return (await sign(newId())).token;
    },
    /** The record a posted form stands for: the id we signed, or else a new one. */
    async accept(posted: unknown): Promise<PostedForm> {
      if (typeof posted === 'string' && posted.length < 120) {
        const [id = '', mac, ...rest] = posted.split('.');
        if (!rest.length && UUID.test(id) && (await signer.verify(pool, `form:${id}`, mac))) return {recordId: id, token: posted};
      }
      return sign(newId());
    },
  };
}
