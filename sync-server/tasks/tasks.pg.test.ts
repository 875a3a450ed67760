// Tasks carry requests to done (T1–T5, S1 §5.2) and meetings' commitments
// become tasks (M2–M3), through the same mutators the app runs, over REST:
// a payment request approved gets its steps for finance and the head, one
// waiting on the other; closing needs the result; a return carries its
// reason; a loop is refused with its path; the request waits on its tasks;
// the deadline scan reminds, marks overdue and escalates once.
import {describe, expect, inject, it} from 'vitest';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';

type Task = {
  id: string;
  title: string;
  status: string;
  assigneeId: string | null;
  deadline: number | null;
  startableAt: number | null;
  returnReason: string;
  stepKey: string;
};

async function upload(c: Client, name: string): Promise<string> {
  const id = crypto.randomUUID();
  const res = await fetch(`${inject('baseUrl')}/api/v1/files/${id}`, {
    method: 'PUT',
    headers: {cookie: c.cookie, 'content-type': 'application/pdf', 'x-file-name': name},
    body: Buffer.from(`%PDF-1.4 ${name}`),
  });
  expect(res.status).toBe(201);
  return id;
}

async function member(owner: Client, name: string, role: string): Promise<{client: Client; id: string}> {
  const email = uniqueEmail(role);
  const added = await owner.post('/api/v1/members', {name, email, role, password: 'password1'});
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const client = new Client();
  expect((await client.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
  return {client, id: added.body.id};
}

const tasksOf = async (c: Client, requestId: string) => (await c.get(`/api/v1/tasks?requestId=${requestId}`)).body.data as Task[];

describe('tasks from requests', () => {
  it('an approved payment gets its steps for finance and the head; the result, the return and the order are kept', async () => {
    const {client: owner} = await signupCompany('Бэк-офис задач');
    expect((await owner.post('/api/v1/request-types/templates/back_office')).status).toBe(201);
    const finance = await member(owner, 'Финансист Айгуль', 'finance');
    const head = await member(owner, 'Руководитель Ерлан', 'head');
    const payment = ((await owner.get('/api/v1/request-types')).body.data as {id: string; key: string}[]).find((t) => t.key === 'payment')!;
    const request = await owner.post('/api/v1/requests', {
      typeId: payment.id,
      title: 'Оплата за бумагу',
      fields: {supplier: 'ТОО «Бумага»', amount: 250_000_00, pay_by: '2031-03-01', basis: 'contract', purpose: 'Бумага А4'},
    });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    const id = request.body.id as string;
    for (const kind of ['invoice', 'basis'])
      expect((await owner.post(`/api/v1/requests/${id}/attachments`, {fileId: await upload(owner, `${kind}.pdf`), kind})).status).toBe(201);
    for (const status of ['in_progress', 'approval']) expect((await owner.patch(`/api/v1/requests/${id}`, {status})).status).toBe(200);
    expect(await tasksOf(owner, id)).toEqual([]);

    // Approved by the head: the template's two steps appear, assigned by role.
    expect((await head.client.patch(`/api/v1/requests/${id}`, {status: 'awaiting'})).status).toBe(200);
    const made = await tasksOf(owner, id);
    const pay = made.find((t) => t.stepKey === 'pay')!;
    const confirm = made.find((t) => t.stepKey === 'confirm')!;
    expect(pay).toMatchObject({title: 'Оплатить счёт', assigneeId: finance.id, status: 'todo'});
    expect(confirm).toMatchObject({title: 'Проверить оплату и закрыть', assigneeId: head.id, startableAt: null});
    expect(pay.deadline).toBeGreaterThan(0);
    // Its deadline follows its blocker's: 4 more hours after the payment's.
    expect(confirm.deadline).toBeGreaterThan(pay.deadline!);
    // Moving back and forth makes no second set.
    expect((await tasksOf(owner, id)).length).toBe(2);

    // The head's task waits on finance's, and says so; the request waits on both.
    const early = await head.client.post(`/api/v1/tasks/${confirm.id}/move`, {to: 'in_progress'});
    expect(early.status).toBe(422);
    expect(early.body.error.blockers).toEqual([{kind: 'blocked_by', tasks: [{id: pay.id, title: 'Оплатить счёт'}]}]);
    const notYet = await owner.patch(`/api/v1/requests/${id}`, {status: 'done'});
    expect(notYet.status).toBe(422);
    expect(notYet.body.error.blockers).toContainEqual(expect.objectContaining({kind: 'tasks_open'}));

    // Finance hands in: refused without the result, taken with text and a link, to the head's review.
    const empty = await finance.client.post(`/api/v1/tasks/${pay.id}/hand-in`, {text: '  '});
    expect(empty.status).toBe(422);
    expect(empty.body.error.blockers).toEqual([{kind: 'result_missing', missing: ['text', 'file_or_link']}]);
    expect((await finance.client.get(`/api/v1/tasks/${pay.id}`)).body.status).toBe('todo');
    const handed = await finance.client.post(`/api/v1/tasks/${pay.id}/hand-in`, {text: 'Оплачено платёжкой №15', link: 'https://bank.example/p/15'});
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    expect(handed.body.status).toBe('review');

    // Returned with a reason the assignee reads; a return without one is refused.
    expect((await head.client.post(`/api/v1/tasks/${pay.id}/move`, {to: 'returned'})).body.error.blockers).toEqual([{kind: 'comment_required'}]);
    const returned = await head.client.post(`/api/v1/tasks/${pay.id}/move`, {to: 'returned', comment: 'Приложите платёжное поручение'});
    expect(returned.body).toMatchObject({status: 'returned', returnReason: 'Приложите платёжное поручение'});
    const mine = (await finance.client.get('/api/v1/tasks?mine=1')).body.data as Task[];
    expect(mine.find((t) => t.id === pay.id)?.returnReason).toBe('Приложите платёжное поручение');
    // Finance cannot accept their own work.
    expect((await finance.client.post(`/api/v1/tasks/${pay.id}/hand-in`, {text: 'Приложено', link: 'https://bank.example/p/15.pdf'})).body.status).toBe(
      'review',
    );
    const selfAccept = await finance.client.post(`/api/v1/tasks/${pay.id}/move`, {to: 'done'});
    expect(selfAccept.status).toBe(409);
    expect(selfAccept.body.error.message).toBe('Это может сделать исполнитель задачи или тот, кто её поставил');
    expect((await head.client.post(`/api/v1/tasks/${pay.id}/move`, {to: 'done'})).body.status).toBe('done');

    // Now the head's task can start; its deadline counts from that moment.
    const ready = (await head.client.get(`/api/v1/tasks/${confirm.id}`)).body as Task;
    expect(ready.startableAt).toBeGreaterThan(0);
    expect((await head.client.post(`/api/v1/tasks/${confirm.id}/move`, {to: 'in_progress'})).body.status).toBe('in_progress');
    // The head set it (by approving) and does it: handing in closes it, nobody else reviews.
    expect((await head.client.post(`/api/v1/tasks/${confirm.id}/hand-in`, {})).body.status).toBe('done');
    expect((await owner.patch(`/api/v1/requests/${id}`, {status: 'done'})).status).toBe(200);

    // The assignee was told of the task (in-app).
    await owner.post('/__test/jobs/run', {});
    const told = (await finance.client.get('/api/v1/notifications')).body.data as {title: string}[];
    expect(told.map((n) => n.title)).toContain('Новая задача: Оплатить счёт');
  });

  it('a rejected request takes its open tasks with it', async () => {
    const {client: owner} = await signupCompany('Отказы');
    expect((await owner.post('/api/v1/request-types/templates/back_office')).status).toBe(201);
    const it = ((await owner.get('/api/v1/request-types')).body.data as {id: string; key: string}[]).find((t) => t.key === 'it')!;
    const id = (await owner.post('/api/v1/requests', {typeId: it.id, title: 'Доступ к 1С', fields: {category: 'access'}})).body.id as string;
    expect((await owner.patch(`/api/v1/requests/${id}`, {status: 'in_progress'})).status).toBe(200);
    expect((await tasksOf(owner, id)).map((t) => [t.title, t.status])).toEqual([['Выполнить IT-заявку', 'todo']]);
    expect((await owner.patch(`/api/v1/requests/${id}`, {status: 'approval'})).status).toBe(200);
    expect((await owner.patch(`/api/v1/requests/${id}`, {status: 'rejected', comment: 'Не нужно'})).status).toBe(200);
    expect((await tasksOf(owner, id)).map((t) => t.status)).toEqual(['cancelled']);
  });

  it('refuses a loop of dependencies, naming its path', async () => {
    const {client: owner} = await signupCompany('Петли');
    const make = async (title: string) => (await owner.post('/api/v1/tasks', {title})).body.id as string;
    const [a, b, c] = [await make('Альфа'), await make('Бета'), await make('Гамма')];
    expect((await owner.post(`/api/v1/tasks/${b}/blockers`, {blockerId: a})).status).toBe(204);
    expect((await owner.post(`/api/v1/tasks/${c}/blockers`, {blockerId: b})).status).toBe(204);
    const loop = await owner.post(`/api/v1/tasks/${a}/blockers`, {blockerId: c});
    expect(loop.status).toBe(400);
    expect(JSON.stringify(loop.body)).toContain('Альфа → Гамма → Бета → Альфа');
    expect((await owner.get(`/api/v1/tasks/${a}`)).body.blockers).toEqual([]);
  });

  it('a meeting’s three commitments become three tasks; a weekly one gets its next meeting', async () => {
    const {client: owner, me} = await signupCompany('Планёрки');
    const lawyer = await member(owner, 'Юрист Дана', 'staff');
    const meeting = crypto.randomUUID();
    const start = Date.parse('2031-04-07T10:00:00+05:00');
    const saved = await owner.put(`/api/v1/meetings/${meeting}`, {
      topic: 'Планёрка',
      startsAt: start,
      endsAt: start + 3600_000,
      purpose: 'Итоги недели',
      repeat: 'weekly',
      participants: [{memberId: me.member.id}, {memberId: lawyer.id}, {email: 'Guest@Example.kz', name: 'Гость'}],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.participants.map((p: {email: string}) => p.email)).toContain('guest@example.kz');
    const bad = await owner.put(`/api/v1/meetings/${crypto.randomUUID()}`, {topic: 'Без людей', startsAt: start, endsAt: start - 1, participants: []});
    expect(bad.status).toBe(400);

    const items = [
      {id: crypto.randomUUID(), text: 'Подготовить договор', ownerId: lawyer.id, dueAt: start + 2 * 86_400_000, toWhom: 'head'},
      {id: crypto.randomUUID(), text: 'Позвонить поставщику', ownerId: me.member.id, dueAt: start + 86_400_000},
      {id: crypto.randomUUID(), text: 'Обновить прайс', ownerId: lawyer.id, dueAt: start + 3 * 86_400_000},
    ];
    const held = await owner.put(`/api/v1/meetings/${meeting}/commitments`, {items, notes: 'Обсудили поставки'});
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body.state).toBe('held');
    const tasks = await Promise.all(held.body.commitments.map(async (c: {taskId: string}) => (await owner.get(`/api/v1/tasks/${c.taskId}`)).body));
    expect(tasks.map((t) => [t.title, t.assigneeId, t.deadline, t.meetingId])).toEqual(items.map((i) => [i.text, i.ownerId, i.dueAt, meeting]));
    // The lawyer finds theirs in "My tasks".
    const theirs = (await lawyer.client.get('/api/v1/tasks?mine=1')).body.data as Task[];
    expect(theirs.map((t) => t.title).sort()).toEqual(['Обновить прайс', 'Подготовить договор']);
    // Saving again changes nothing twice.
    await owner.put(`/api/v1/meetings/${meeting}/commitments`, {items});
    expect(((await owner.get('/api/v1/tasks')).body.data as Task[]).length).toBe(3);
    // The next weekly meeting, a week later at the same local time.
    const meetings = (await owner.get('/api/v1/meetings')).body.data as {id: string; startsAt: number; state: string}[];
    expect(meetings.map((m) => [m.startsAt, m.state])).toEqual([
      [start + 7 * 86_400_000, 'planned'],
      [start, 'held'],
    ]);
    const commitments = (await owner.get('/api/v1/commitments')).body.data as {text: string; taskStatus: string}[];
    expect(commitments.map((c) => c.taskStatus)).toEqual(['todo', 'todo', 'todo']);
  });

  it('reminds before the deadline, marks overdue, escalates to the head once', async () => {
    const {client: owner} = await signupCompany('Сроки');
    const worker = await member(owner, 'Исполнитель Бахыт', 'staff');
    const now = Date.now();
    const soon = (await owner.post('/api/v1/tasks', {title: 'Скоро срок', assigneeId: worker.id, deadline: now + 3600_000})).body;
    const late = (await owner.post('/api/v1/tasks', {title: 'Давно просрочена', assigneeId: worker.id, deadline: now - 25 * 3600_000})).body;
    for (let i = 0; i < 3; i++) await owner.post('/__test/jobs/run', {});
    const a = (await owner.get(`/api/v1/tasks/${soon.id}`)).body;
    const b = (await owner.get(`/api/v1/tasks/${late.id}`)).body;
    expect(a.remindedAt).toBeGreaterThan(0);
    expect(a.overdueAt).toBeNull();
    expect(b.overdueAt).toBeGreaterThan(0);
    expect(b.escalatedAt).toBeGreaterThan(0);
    const told = ((await worker.client.get('/api/v1/notifications')).body.data as {title: string}[]).map((n) => n.title);
    expect(told).toEqual(expect.arrayContaining([expect.stringContaining('Срок задачи скоро: Скоро срок'), 'Задача просрочена: Давно просрочена']));
    const heads = ((await owner.get('/api/v1/notifications')).body.data as {title: string}[]).map((n) => n.title);
    expect(heads.filter((t) => t.startsWith('Просрочена задача сотрудника'))).toEqual(['Просрочена задача сотрудника Исполнитель Бахыт: Давно просрочена']);
  });
});
