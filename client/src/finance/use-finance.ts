// What the finance screens share: row types, who this person is to the
// module (reads all, owns some, manages, pays), and the writes about an
// invoice still waiting on this device — a decision made offline shows as
// "on its way" until the server has it, a refusal with its reason.
import type {Row} from '@rocicorp/zero';
import {useMemo} from 'react';
import {can} from '#shared/auth/can.ts';
import {rolesOf} from '#shared/auth/context.ts';
import type {ErrorDetails} from '#shared/errors.ts';
import {memberContextOf, type Session} from '../session/session.ts';
import {useWriter} from '../write/writer.tsx';

export type InvoiceRow = Row['invoice'];
export type ApprovalRow = Row['approval'] & {member?: Row['member'] | undefined; decider?: Row['member'] | undefined};
export type LineRow = Row['budget_line'] & {item?: Row['expense_item'] | undefined; owner?: Row['member'] | undefined};
export type CounterpartyRow = Row['counterparty'];
export type ListedInvoice = InvoiceRow & {
  counterparty?: CounterpartyRow | undefined;
  line?: LineRow | undefined;
  approvals?: readonly ApprovalRow[];
};

export type FinanceRights = {read: boolean; own: boolean; manage: boolean; pay: boolean; memberId: string; roles: readonly string[]};

export function rightsOf(session: Session): FinanceRights {
  const ctx = memberContextOf(session);
  return {
    read: can(ctx, 'finance.read'),
    own: can(ctx, 'finance.own'),
    manage: can(ctx, 'finance.manage'),
    pay: can(ctx, 'finance.pay'),
    memberId: ctx.memberID,
    roles: rolesOf(ctx),
  };
}

export type WaitingWrite = {name: string; args: Record<string, unknown>; state: 'queued' | 'handed' | 'attention'; error?: ErrorDetails | undefined};

/** This device's writes about an invoice (its id, or one of its approval rows') not yet confirmed by the server. */
export function useInvoiceWrites(invoiceId: string, approvalIds: readonly string[]): WaitingWrite[] {
  const {view} = useWriter();
  const key = approvalIds.join(',');
  return useMemo(() => {
    const ids = new Set([invoiceId, ...key.split(',')]);
    return view.ops.flatMap((o) => {
      const args = (o.args ?? {}) as Record<string, unknown>;
      const about = (o.subject && ids.has(o.subject)) || ids.has(String(args.id ?? '')) || ids.has(String(args.entityId ?? ''));
      return about && (o.name.startsWith('invoice.') || o.name === 'approval.decide' || o.name === 'attachment.add')
        ? [{name: o.name, args, state: o.state, error: o.error}]
        : [];
    });
  }, [view, invoiceId, key]);
}
