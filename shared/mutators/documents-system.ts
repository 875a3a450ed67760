// What the server's document jobs record (sync-server/documents/jobs.ts): the
// reminder before "valid until" (once per date: reminded_at), and a signed
// document past its date moved to expired. Both are tied to the date they
// were for, so a job run twice changes nothing twice and a new date starts
// afresh.
import {checkDocumentMove, documentSnapshot} from '../documents/lifecycle.ts';
import {documentMarkArgs} from '../documents/validation.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {dotMutator} from './define.ts';

export const documentSystemMutators = {
  remind: dotMutator(documentMarkArgs, async ({tx, args, ctx}) => {
    if (ctx.kind !== 'system') throw domainError('not_found');
    const row = await tx.run(companyRows('document', ctx).where('id', args.id).one());
    if (!row || row.status !== 'signed' || row.valid_until !== args.validUntil || row.reminded_at) return false;
    await tx.mutate.document.update({id: args.id, reminded_at: args.at});
    return true;
  }),

  expire: dotMutator(documentMarkArgs, async ({tx, args, ctx}) => {
    if (ctx.kind !== 'system') throw domainError('not_found');
    const row = await tx.run(companyRows('document', ctx).where('id', args.id).one());
    if (!row || row.status !== 'signed' || row.valid_until !== args.validUntil || !args.validUntil) return false;
    if (checkDocumentMove(documentSnapshot(row.status, 1, []), 'expired').length) return false;
    await tx.mutate.document.update({id: args.id, status: 'expired', status_since: args.at, updated_at: args.at});
    return true;
  }),
};
