// "A guard refused on the device is refused on the server too": random
// payment requests (files of random kinds, a random checklist) moved by people
// of random roles to random statuses. The device's answer (the pure engine
// over what the device reads) must be the server's answer, reason for reason.
import fc from 'fast-check';
import {describe, expect, inject, it} from 'vitest';
import {checkMove, type Mover, type RequestSnapshot} from '#shared/workflow/engine.ts';
import {openRequiredTasks} from '#shared/tasks/lifecycle.ts';
import {fieldDefsOf, parseWorkflow} from '#shared/workflow/resolve.ts';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';

async function upload(cookie: string, name: string): Promise<string> {
  const id = crypto.randomUUID();
  const res = await fetch(`${inject('baseUrl')}/api/v1/files/${id}`, {
    method: 'PUT',
    headers: {cookie, 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(name)},
    body: Buffer.from(`%PDF-1.4 ${name}`),
  });
  expect(res.status).toBe(201);
  return id;
}

/** Hands in and accepts every task of the request, in the order they can start. */
async function finishTasks(owner: Client, requestId: string): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const open = ((await owner.get(`/api/v1/tasks?requestId=${requestId}&open=1`)).body.data as {id: string; status: string}[]).filter(
      (t) => t.status !== 'review',
    );
    const review = (await owner.get(`/api/v1/tasks?requestId=${requestId}&status=review`)).body.data as {id: string}[];
    if (!open.length && !review.length) return;
    for (const t of review) expect((await owner.post(`/api/v1/tasks/${t.id}/move`, {to: 'done'})).status).toBe(200);
    for (const t of open) await owner.post(`/api/v1/tasks/${t.id}/hand-in`, {text: 'Оплачено', link: 'https://bank.example/p/1'});
  }
  throw new Error('tasks did not finish');
}

async function colleague(owner: Client, role: string): Promise<Client> {
  const email = uniqueEmail(role);
  const added = await owner.post('/api/v1/members', {name: `Сотрудник ${role}`, email, role, password: 'password1'});
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const c = new Client();
  expect((await c.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
  return c;
}

describe('the workflow engine on the device and on the server', () => {
  it('refuses and allows the same moves, for the same reasons', async () => {
    const {client: owner} = await signupCompany('Agreement Co');
    expect((await owner.post('/api/v1/request-types/templates/back_office')).status).toBe(201);
    const types = (await owner.get('/api/v1/request-types')).body.data as any[];
    const payment = types.find((t) => t.key === 'payment');
    const workflow = parseWorkflow(payment.workflow);
    const fields = fieldDefsOf(payment.fields.map((f: any) => ({...f, required_from: f.requiredFrom, archived_at: f.archivedAt})));
    const people: Record<string, Client> = {owner};
    for (const role of ['head', 'finance', 'manager']) people[role] = await colleague(owner, role);
    // Each device moves as its session says: its roles and permissions (requests.override for the owner).
    const movers: Record<string, Mover> = {};
    for (const [role, c] of Object.entries(people)) {
      const s = (await c.get('/api/v1/auth/me')).body;
      movers[role] = {role: s.member.role, roles: s.member.roles, permissions: s.permissions};
    }
    const statusKeys = workflow.statuses.map((s) => s.key);

    let refusedByGuards = 0;
    let allowed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          start: fc.constantFrom('new', 'in_progress', 'approval', 'awaiting', 'done'),
          files: fc.subarray(['invoice', 'basis', 'contract', 'photo']),
          checklist: fc.array(fc.boolean(), {maxLength: 3}),
          fillApprovalFields: fc.boolean(),
          role: fc.constantFrom('owner', 'head', 'finance', 'manager'),
          to: fc.constantFrom(...statusKeys),
          comment: fc.constantFrom('', 'Нет договора'),
        }),
        async (c) => {
          // Bring a request to the starting status the way people do (as the owner, who may make any move).
          const fieldsNow = {supplier: 'ТОО «Тест»', amount: 1_000_00, ...(c.fillApprovalFields && {pay_by: '2026-12-01', basis: 'contract'})};
          const created = await owner.post('/api/v1/requests', {typeId: payment.id, title: 'Оплата', fields: fieldsNow});
          expect(created.status, JSON.stringify(created.body)).toBe(201);
          const id = created.body.id;
          const path = ['new', 'in_progress', 'approval', 'awaiting', 'done'];
          if (path.indexOf(c.start) >= path.indexOf('approval') && !c.fillApprovalFields) {
            await owner.patch(`/api/v1/requests/${id}`, {fields: {pay_by: '2026-12-01', basis: 'act'}});
          }
          for (const [i, kind] of c.files.entries()) {
            const fileId = await upload(owner.cookie, `${kind}-${i}.pdf`);
            expect((await owner.post(`/api/v1/requests/${id}/attachments`, {fileId, kind})).status).toBe(201);
          }
          if (path.indexOf(c.start) >= path.indexOf('awaiting')) {
            // Approval needs both files; add them if the case has none, then take the checklist as drawn.
            for (const kind of ['invoice', 'basis'].filter((k) => !c.files.includes(k))) {
              const fileId = await upload(owner.cookie, `${kind}.pdf`);
              await owner.post(`/api/v1/requests/${id}/attachments`, {fileId, kind});
            }
          }
          for (const step of path.slice(1, path.indexOf(c.start) + 1)) {
            // Done waits on the tasks Approved made (tasks_done): the owner sees them through.
            if (step === 'done') await finishTasks(owner, id);
            const moved = await owner.patch(`/api/v1/requests/${id}`, {status: step});
            expect(moved.status, JSON.stringify(moved.body)).toBe(200);
          }
          for (const done of c.checklist) {
            const item = await owner.post(`/api/v1/requests/${id}/checklist`, {text: 'пункт'});
            if (done) expect((await owner.patch(`/api/v1/checklist-items/${item.body.id}`, {done: true})).status).toBe(204);
          }

          // What the device of that person holds, and what its engine says.
          const me = people[c.role]!;
          const card = (await me.get(`/api/v1/requests/${id}`)).body;
          const attachments = (await me.get(`/api/v1/requests/${id}/attachments`)).body.data as {kind: string}[];
          const tasks = (await me.get(`/api/v1/tasks?requestId=${id}`)).body.data as {id: string; title: string; status: string; required: boolean}[];
          const snapshot: RequestSnapshot = {
            status: card.status,
            fields: card.fields,
            attachmentKinds: attachments.map((a) => a.kind),
            checklist: card.checklist,
            openTasks: openRequiredTasks(tasks),
          };
          const device = checkMove(workflow, fields, snapshot, movers[c.role]!, c.to, c.comment);

          const server = await me.patch(`/api/v1/requests/${id}`, {status: c.to, ...(c.comment && {comment: c.comment})});
          if (c.to === snapshot.status) return; // nothing to move
          if (device.length === 0) {
            allowed++;
            expect(server.status, JSON.stringify(server.body)).toBe(200);
            expect(server.body.status).toBe(c.to);
          } else if (device.some((b) => b.kind === 'no_such_move')) {
            expect(server.status).toBe(409);
            expect(server.body.error.code).toBe('invalid_transition');
          } else {
            refusedByGuards++;
            expect(server.status, JSON.stringify(server.body)).toBe(422);
            expect(server.body.error.blockers).toEqual(device);
            expect((await me.get(`/api/v1/requests/${id}`)).body.status).toBe(snapshot.status);
          }
        },
      ),
      {numRuns: 40, seed: 20261121},
    );
    // The drawn cases exercised both answers.
    expect(allowed).toBeGreaterThan(0);
    expect(refusedByGuards).toBeGreaterThan(0);
  }, 240_000);
});
