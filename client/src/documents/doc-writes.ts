// This device's writes about a document not yet confirmed by the server: a
// document made offline (its first file still to upload), a new version
// waiting for its file, a decision taken on a plane. The card shows them as
// "on its way" and says a refusal where it happened.
import {useMemo} from 'react';
import type {ErrorDetails} from '#shared/errors.ts';
import {useWriter} from '../write/writer.tsx';

export type DocWrite = {
  name: string;
  args: Record<string, unknown>;
  state: 'queued' | 'handed' | 'attention';
  error?: ErrorDetails | undefined;
  files: {id: string; name: string}[];
};

const OURS = /^(document|approval)\./;

export function useDocWrites(documentId: string, approvalIds: readonly string[] = []): DocWrite[] {
  const {view} = useWriter();
  const key = approvalIds.join(',');
  return useMemo(() => {
    const approvals = new Set(key ? key.split(',') : []);
    const names = new Map(view.blobs.map((b) => [b.id, b.name]));
    return view.ops.flatMap((o) => {
      const args = (o.args ?? {}) as Record<string, unknown>;
      const about = args.documentId === documentId || (o.name.startsWith('document.') && args.id === documentId) || approvals.has(String(args.id));
      if (!about || !OURS.test(o.name)) return [];
      return [{name: o.name, args, state: o.state, error: o.error, files: o.files.map((id) => ({id, name: names.get(id) ?? ''}))}];
    });
  }, [view, documentId, key]);
}
