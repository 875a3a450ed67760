// The one door for every write the UI makes. Today it hands the named mutator
// to Zero (applied at once on the device, confirmed by the server) and reports
// refusals in words; the offline outbox plugs in here, so no screen changes.
import type {ReadonlyJSONValue} from '@rocicorp/zero';
import {useZero} from '@rocicorp/zero/react';
import {createContext, useCallback, useContext, useState, type ReactNode} from 'react';
import type {ErrorDetails} from '../../../shared/errors.ts';
import {describeError} from '../../../shared/errors-describe.ts';
import {useT} from '../i18n/i18n.tsx';
import {refusalDetails} from './refusal.ts';

type MutateRequestLike = {mutator: {mutatorName: string}; args: ReadonlyJSONValue | undefined};

export type WriteResult = {ok: true} | {ok: false; details: ErrorDetails; message: string};

type Notice = {id: number; message: string};

type WriterApi = {write: (req: MutateRequestLike) => Promise<WriteResult>; notices: Notice[]; dismiss: (id: number) => void};
const WriterContext = createContext<WriterApi | null>(null);

let nextNotice = 1;

/** Every write carries an idempotency key, so a replay of it has one effect. */
export function withOpId<R extends MutateRequestLike>(req: R): R {
  const args = req.args;
  if (args && typeof args === 'object' && !Array.isArray(args) && !('opId' in args)) {
    return {...req, args: {...args, opId: crypto.randomUUID()}};
  }
  return req;
}

export function WriterProvider({children}: {children: ReactNode}) {
  const zero = useZero();
  const t = useT();
  const [notices, setNotices] = useState<Notice[]>([]);

  const notify = useCallback((message: string) => {
    const id = nextNotice++;
    setNotices((n) => [...n, {id, message}]);
  }, []);

  const write = useCallback(
    async (raw: MutateRequestLike): Promise<WriteResult> => {
      const req = withOpId(raw);
      // Zero's typed mutate accepts any MutateRequest of our registry.
      const result = zero.mutate(req as Parameters<typeof zero.mutate>[0]);
      const local = await result.client;
      if (local.type === 'error') {
        const details = local.error.type === 'app' ? refusalDetails(local.error.details) : {code: 'forbidden_state' as const};
        return {ok: false, details, message: describeError(details, t)};
      }
      void result.server.then((server) => {
        if (server.type === 'error' && server.error.type === 'app') {
          const details = refusalDetails(server.error.details);
          notify(t('error.refusedOnServer', {reason: describeError(details, t)}));
        }
      });
      return {ok: true};
    },
    [zero, t, notify],
  );

  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  return <WriterContext.Provider value={{write, notices, dismiss}}>{children}</WriterContext.Provider>;
}

export function useWriter(): WriterApi {
  const v = useContext(WriterContext);
  if (!v) throw new Error('useWriter outside WriterProvider');
  return v;
}

export function useWrite() {
  return useWriter().write;
}
