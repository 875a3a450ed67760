// npm run bench -- faults: kill -9 of the API process (the whole `npm start`),
// of zero-cache alone and of PostgreSQL alone, while 20 devices write (5 real
// Zero clients, 15 REST outboxes with Idempotency-Key) and the public request
// form is hammered; then a full disk. Prints the recovery time of each and the
// writes lost and duplicated (both must be 0). See docs/operations/faults.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {freePort, isPortFree} from '#server/supervisor/ports.ts';
import {DotProcess} from './faults/dot-process.ts';
import {FormVisitor, Ledger, login, RestDevice, ZeroDevice} from './faults/devices.ts';
import {runPhase, type PhaseResult} from './faults/phase.ts';
import {tally} from './faults/verify.ts';
import {diskFull} from './faults/disk-full.ts';

const ZERO_DEVICES = 5;
const REST_DEVICES = 15;
const FORM_VISITORS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const s = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);

async function zeroPortPair(): Promise<number> {
  for (;;) {
    const p = await freePort();
    if (p < 65000 && (await isPortFree(p + 1))) return p;
  }
}

export async function faults() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-faults-'));
  fs.chmodSync(dataDir, 0o755);
  const dot = new DotProcess(dataDir, {port: await freePort(), pgPort: await freePort(), zeroPort: await zeroPortPair()});
  const t0 = Date.now();
  await dot.start();
  console.log(`stack up after ${s(Date.now() - t0)}`);
  const ledger = new Ledger();
  const zeros: ZeroDevice[] = [];
  const writers: {start(): void; stop(): Promise<void>}[] = [];
  const results: PhaseResult[] = [];
  try {
    const email = `faults.${Date.now()}@example.kz`;
    const res = await fetch(`${dot.baseUrl}/api/v1/auth/signup`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({companyName: 'Сбой', name: 'Владелец', email, password: 'password1'}),
    });
    const owner = await res.json();
    const companyId: string = owner.company.id;
    for (let i = 0; i < ZERO_DEVICES; i++) zeros.push(new ZeroDevice(`zero-${i}`, ledger, dot.baseUrl, await login(dot.baseUrl, email, 'password1')));
    writers.push(...zeros);
    for (let i = 0; i < REST_DEVICES; i++) writers.push(new RestDevice(`rest-${i}`, ledger, dot.baseUrl, await login(dot.baseUrl, email, 'password1')));
    for (let i = 0; i < FORM_VISITORS; i++) writers.push(new FormVisitor(`form-${i}`, ledger, dot.baseUrl, owner.company.slug));
    for (const w of writers) w.start();
    await sleep(8000);

    const common = {dot, ledger, zeros, companyId};
    results.push(
      await runPhase({
        ...common,
        fault: 'API process (npm start) kill -9, started again',
        kill: () => dot.killApi(),
        after: () => dot.start(),
      }),
    );
    await sleep(5000);
    results.push(
      await runPhase({...common, fault: 'zero-cache kill -9 (the supervisor restarts it)', kill: () => process.kill(dot.zeroCachePid(), 'SIGKILL')}),
    );
    await sleep(5000);
    results.push(await runPhase({...common, fault: 'PostgreSQL kill -9 (the supervisor restarts it)', kill: () => process.kill(dot.postgresPid(), 'SIGKILL')}));
    await sleep(3000);

    // The end: the devices stop typing and deliver what they still hold.
    const drainFrom = Date.now();
    await Promise.all(writers.map((w) => w.stop()));
    const drained = Date.now() - drainFrom;
    const final = await tally(dot.pgUrl, companyId, ledger);
    const refused = ledger.writes.filter((w) => w.refused);

    console.log(`\n${ZERO_DEVICES} Zero clients + ${REST_DEVICES} REST outboxes (Idempotency-Key) + ${FORM_VISITORS} public-form visitors, one company`);
    console.log('after the kill:            API answers | sync ready | REST writes | Zero writes | form posts | backlog replayed | due job ran | lost | twice');
    for (const r of results) {
      console.log(
        `${r.fault}\n                           ${s(r.apiBack).padStart(11)} | ${s(r.syncBack).padStart(10)} | ${s(r.restFlowing).padStart(11)} | ${s(r.zeroFlowing).padStart(11)} | ${s(r.formFlowing).padStart(10)} | ${s(r.backlogDone).padStart(16)} | ${`${s(r.jobRan)} (${r.jobState ?? 'not run'})`.padStart(11)} | ${r.tally.lost.length} | ${r.tally.duplicated.length}`,
      );
    }
    console.log(
      `total: ${ledger.writes.length} writes sent, ${final.acked} acknowledged, lost ${final.lost.length}, applied twice ${final.duplicated.length}, refused ${refused.length}, ` +
        `stored though never acknowledged ${final.inFlightLanded}; devices delivered the rest in ${s(drained)} after they stopped typing`,
    );
    if (final.lost.length) console.log(`LOST: ${final.lost.slice(0, 10).join(', ')}`);
    if (final.duplicated.length) console.log(`TWICE: ${final.duplicated.slice(0, 10).join(', ')}`);
    if (refused.length)
      console.log(
        `refused: ${refused
          .slice(0, 5)
          .map((w) => `${w.marker} ${w.refused}`)
          .join('; ')}`,
      );
  } finally {
    for (const z of zeros) await z.close().catch(() => {});
    await dot.stop();
    fs.rmSync(dataDir, {recursive: true, force: true});
  }
  await diskFull();
}

if (import.meta.main) {
  await faults();
  process.exit(0);
}
