// One fault: kill something while the devices write, then time how long until
// the platform answers, sync is back, every device's writes flow again, every
// write sent before the kill is acknowledged, and a job due meanwhile has run.
import type {DotProcess} from './dot-process.ts';
import type {Ledger, ZeroDevice} from './devices.ts';
import {jobState, scheduleDueJob, tally, type Tally} from './verify.ts';

export type PhaseResult = {
  fault: string;
  /** ms after the kill */
  apiBack?: number;
  syncBack?: number;
  restFlowing?: number;
  zeroFlowing?: number;
  formFlowing?: number;
  /** Every write sent before the kill acknowledged (the devices replayed on their own). */
  backlogDone?: number;
  jobRan?: number;
  jobState?: string;
  tally: Tally;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function answers(url: string): Promise<boolean> {
  try {
    const r = await fetch(url, {signal: AbortSignal.timeout(1500)});
    await r.text();
    return r.status === 200;
  } catch {
    return false;
  }
}

export async function runPhase(opts: {
  fault: string;
  dot: DotProcess;
  ledger: Ledger;
  zeros: ZeroDevice[];
  companyId: string;
  kill: () => void;
  /** After the kill (the API restart); runs beside the timing. */
  after?: () => Promise<void>;
  timeoutMs?: number;
}): Promise<PhaseResult> {
  const {dot, ledger} = opts;
  const jobId = await scheduleDueJob(dot.pgUrl, opts.companyId, opts.fault, 2500);
  const killedAt = Date.now();
  opts.kill();
  const restarting = opts.after?.();
  restarting?.catch(() => {});
  const r: Omit<PhaseResult, 'tally'> = {fault: opts.fault};
  const since = (t: number | undefined) => (t === undefined ? undefined : t - killedAt);
  const deadline = killedAt + (opts.timeoutMs ?? 240_000);
  // Give the kill a moment to land before the first "is it back?".
  await sleep(200);
  while (Date.now() < deadline) {
    const now = Date.now();
    if (r.apiBack === undefined && (await answers(`${dot.baseUrl}/healthz`))) r.apiBack = Date.now() - killedAt;
    if (r.apiBack !== undefined && r.syncBack === undefined && (await answers(`${dot.baseUrl}/healthz?ready=sync`))) r.syncBack = Date.now() - killedAt;
    r.restFlowing ??= since(ledger.firstAckAfter(killedAt + 200, 'rest'));
    r.zeroFlowing ??= since(ledger.firstAckAfter(killedAt + 200, 'zero'));
    r.formFlowing ??= since(ledger.firstAckAfter(killedAt + 200, 'form'));
    const backlog = ledger.writes.filter((w) => w.sentAt < killedAt && !w.ackedAt && !w.refused);
    if (r.backlogDone === undefined && backlog.length === 0) {
      const acks = ledger.writes.filter((w) => w.sentAt < killedAt && (w.ackedAt ?? 0) > killedAt).map((w) => w.ackedAt! - killedAt);
      r.backlogDone = acks.length ? Math.max(...acks) : 0;
    }
    if (r.jobRan === undefined && r.apiBack !== undefined) {
      const j = await jobState(dot.pgUrl, jobId).catch(() => undefined);
      if (j && (j.state !== 'pending' || j.attempts > 0)) {
        r.jobRan = Date.now() - killedAt;
        r.jobState = j.state;
      }
    }
    const connected = opts.zeros.every((z) => z.state() === 'connected');
    if (
      r.syncBack !== undefined &&
      r.restFlowing !== undefined &&
      r.zeroFlowing !== undefined &&
      r.formFlowing !== undefined &&
      r.backlogDone !== undefined &&
      r.jobRan !== undefined &&
      connected
    )
      break;
    await sleep(Math.max(0, 200 - (Date.now() - now)));
  }
  await restarting?.catch((e: Error) => console.log(`!! restart failed: ${e.message.slice(0, 300)}`));
  const counted = await tally(dot.pgUrl, opts.companyId, ledger).catch((e: Error) => ({
    acked: 0,
    lost: [`(cannot count: ${e.message})`],
    duplicated: [],
    inFlightLanded: 0,
  }));
  return {...r, tally: counted};
}
