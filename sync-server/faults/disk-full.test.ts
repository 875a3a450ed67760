// A full disk is a refusal the caller can act on (507, "try later"), in their
// language, never a 500: for the files folder (ENOSPC) and for PostgreSQL (53100).
import {describe, expect, it} from 'vitest';
import {createTranslator} from '#shared/i18n/translate.ts';
import {httpRefusalOf} from '../http/refusal.ts';

describe('disk full', () => {
  it('is 507 disk_full whether the files folder or the database ran out', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
    const pg = Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), {code: '53100', severity: 'ERROR'});
    const wrapped = new Error('transaction failed', {cause: pg});
    for (const e of [enospc, pg, wrapped]) expect(httpRefusalOf(e)).toMatchObject({status: 507, code: 'disk_full'});
    expect(httpRefusalOf(Object.assign(new Error('x'), {code: '23505', severity: 'ERROR'}))).toBeUndefined();
  });

  it('says so in Russian, Kazakh and English', () => {
    const key = httpRefusalOf(Object.assign(new Error(), {code: 'ENOSPC'}))!.messageKey;
    expect(createTranslator('ru')(key)).toMatch(/место на диске/);
    expect(createTranslator('kk')(key)).toMatch(/орын таусылды/);
    expect(createTranslator('en')(key)).toMatch(/disk space/);
  });
});
