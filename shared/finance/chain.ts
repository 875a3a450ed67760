// Approval chains are data (F2, F5): a company lists steps, each decided by a
// role's holders or by one person; steps of one group run in parallel, groups
// in order. A step may apply only from an amount on ("over X also the head")
// or only when the invoice takes its budget line past the limit ("also the
// finance director"). Resolving a chain for one invoice or document gives the
// approval rows of a round; deciding reads them back. Fail closed: a step
// nobody holds goes to the owners, never silently away.
import {z} from 'zod';
import type {ChainStepJson} from '#schema/tables/finance.ts';

/** The role every company's founder holds: who decides a step whose role has no active holder. */
export const FALLBACK_ROLE = 'owner';

export const chainStepSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'v.invalid'),
    name: z.string().trim().min(1, 'v.required').max(120),
    role: z.string().max(40).optional(),
    memberId: z.string().max(64).optional(),
    group: z.number().int().min(0).max(20),
    minAmount: z.number().int().min(0).max(1e15).optional(),
    overLimit: z.boolean().optional(),
  })
  .refine((s) => !!s.role !== !!s.memberId, {message: 'finance.chain.whoOne', path: ['role']});

export const chainSchema = z
  .array(chainStepSchema)
  .max(20)
  .refine((steps) => new Set(steps.map((s) => s.key)).size === steps.length, {message: 'v.invalid'});

export type ChainStep = ChainStepJson;
export type StepWhy = 'chain' | 'amount' | 'limit';

export type ChainInput = {
  /** The amount in tiyn (KZT). */
  readonly amountKzt: number;
  /** Whether this invoice takes its budget line past the line's limit (budget.ts). */
  readonly overLimit: boolean;
  /** Role key → its active holders' member ids. */
  readonly holders: ReadonlyMap<string, readonly string[]>;
  /** Active member ids (a step naming someone switched off goes to the owners). */
  readonly active: ReadonlySet<string>;
};

export type ResolvedStep = {
  readonly key: string;
  readonly name: string;
  /** The role whose holders decide ('' when one person does). */
  readonly role: string;
  readonly memberId?: string;
  readonly group: number;
  readonly why: StepWhy;
};

function applies(step: ChainStep, input: ChainInput): StepWhy | null {
  if (step.overLimit) return input.overLimit ? 'limit' : null;
  if (step.minAmount !== undefined) return input.amountKzt >= step.minAmount ? 'amount' : null;
  return 'chain';
}

/** The steps of a chain that apply to this amount and budget state, in the order they are decided. */
export function resolveChain(steps: readonly ChainStep[], input: ChainInput): ResolvedStep[] {
  const out: ResolvedStep[] = [];
  for (const step of steps) {
    const why = applies(step, input);
    if (!why) continue;
    const person = step.memberId && input.active.has(step.memberId) ? step.memberId : undefined;
    const role = step.role && (input.holders.get(step.role)?.length ?? 0) > 0 ? step.role : undefined;
    const resolved = person ? {memberId: person, role: ''} : {role: role ?? FALLBACK_ROLE};
    out.push({key: step.key, name: step.name, group: step.group, why, ...resolved});
  }
  // A stable sort: the company's order within a group is kept.
  return out
    .map((s, i) => ({s, i}))
    .sort((a, b) => a.s.group - b.s.group || a.i - b.i)
    .map(({s}) => s);
}

export type ApprovalRowLike = {
  readonly step_key: string;
  readonly name: string;
  readonly grp: number;
  readonly role: string;
  readonly member_id?: string | null;
  readonly decision: string;
};

/** The rows still waiting for a decision, named (the workflow's `approvals_done` guard). */
export function pendingStepNames(rows: readonly ApprovalRowLike[]): string[] {
  return rows.filter((r) => r.decision === 'pending').map((r) => r.name);
}

/** The group being decided now: the first with a pending step (steps of later groups wait). */
export function currentGroup(rows: readonly ApprovalRowLike[]): number | null {
  const pending = rows.filter((r) => r.decision === 'pending').map((r) => r.grp);
  return pending.length ? Math.min(...pending) : null;
}

export type Decider = {readonly memberId: string; readonly roles: readonly string[]};

/** Whether this person may decide this step now. */
export function mayDecide(row: ApprovalRowLike, rows: readonly ApprovalRowLike[], me: Decider): boolean {
  if (row.decision !== 'pending' || row.grp !== currentGroup(rows)) return false;
  return row.member_id ? row.member_id === me.memberId : me.roles.includes(row.role);
}

export type RoundOutcome = 'pending' | 'approved' | 'rejected' | 'returned';

/** Where a round stands: one "no" ends it; it is approved when every step has approved. */
export function roundOutcome(rows: readonly ApprovalRowLike[]): RoundOutcome {
  if (rows.some((r) => r.decision === 'rejected')) return 'rejected';
  if (rows.some((r) => r.decision === 'returned')) return 'returned';
  return rows.some((r) => r.decision === 'pending') ? 'pending' : 'approved';
}

/** The default chain a company starts with: finance checks; from 500,000 ₸ also the head; past a limit also the finance director. */
export const DEFAULT_INVOICE_CHAIN: readonly ChainStep[] = [
  {key: 'finance', name: 'Бухгалтерия', role: 'finance', group: 0},
  {key: 'head', name: 'Руководитель', role: 'head', group: 1, minAmount: 500_000_00},
  {key: 'cfo', name: 'Финансовый директор', role: 'cfo', group: 2, overLimit: true},
];

/** Documents: the lawyer, then the head. */
export const DEFAULT_DOCUMENT_CHAIN: readonly ChainStep[] = [
  {key: 'lawyer', name: 'Юрист', role: 'lawyer', group: 0},
  {key: 'head', name: 'Руководитель', role: 'head', group: 1},
];
