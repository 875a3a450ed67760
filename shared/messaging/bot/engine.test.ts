import {describe, expect, it} from 'vitest';
import {createTranslator} from '../../i18n/translate.ts';
import {handle} from './engine.ts';
import {IDLE, type BotInput, type BotPorts, type Choice, type Flow, type Reply} from './flow.ts';

type World = {
  services: Choice[];
  times: number[];
  taken: Set<number>;
  booked: {service: string; start: number}[];
  phone?: string;
  optedOut: boolean;
  reviews: unknown[];
};

function ports(w: World, perScreen = 8, masters: Choice[] = [{value: 'm1', label: 'Дана'}]): BotPorts {
  const t = createTranslator('ru');
  return {
    t,
    perScreen,
    master: () => ({name: 'Дана'}),
    masters: async () => masters,
    chooseMaster: async () => ({name: 'Дана'}),
    services: async () => w.services,
    serviceTitle: async (id) => w.services.find((s) => s.value === id)?.label,
    days: async () => [{value: '2026-12-07', label: 'пн, 7 дек.'}],
    times: async () => w.times.filter((x) => !w.taken.has(x)).map((x) => ({value: String(x), label: `t${x}`})),
    whenLabel: (s) => `when${s}`,
    phone: () => w.phone,
    readPhone: (text) => (/^\+7\d{10}$/.test(text.replace(/\s/g, '')) ? text.replace(/\s/g, '') : undefined),
    savePhone: async (p) => {
      w.phone = p;
    },
    book: async (service, start) => {
      if (w.taken.has(start)) return {ok: false, nearest: w.times.filter((x) => !w.taken.has(x)).map((x) => ({value: String(x), label: `t${x}`}))};
      w.taken.add(start);
      w.booked.push({service, start});
      return {ok: true, when: `when${start}`};
    },
    bookings: async () => w.booked.map((b, i) => ({value: `b${i}`, label: `${b.service} ${b.start}`})),
    cancel: async () => 'ok',
    serviceOfBooking: async () => 's1',
    move: async (_id, start) => ({ok: true, when: `when${start}`}),
    history: async () => [{mine: true, text: 'Здравствуйте'}],
    setLocale: async (l) => createTranslator(l),
    optOut: async () => {
      w.optedOut = true;
    },
    review: async (...a) => void w.reviews.push(a),
    linkCode: async () => '482913',
    useLinkCode: async (code) => (code === '482913' ? {channel: 'WhatsApp'} : undefined),
  };
}

const world = (): World => ({
  services: [
    {value: 's1', label: 'Стрижка'},
    {value: 's2', label: 'Окрашивание'},
  ],
  times: [100, 200, 300],
  taken: new Set(),
  booked: [],
  optedOut: false,
  reviews: [],
});

async function run(p: BotPorts, steps: (BotInput | ((last: Reply) => BotInput))[]) {
  let flow: Flow = IDLE;
  let last: Reply = {text: ''};
  for (const s of steps) {
    const out = await handle(flow, typeof s === 'function' ? s(last) : s, p);
    flow = out.flow;
    last = out.replies.at(-1) ?? {text: ''};
  }
  return {flow, last};
}

const tap =
  (label: RegExp): ((r: Reply) => BotInput) =>
  (r) => {
    const b = r.buttons?.flat().find((x) => label.test(x.label));
    if (!b) throw new Error(`no ${label} in ${JSON.stringify(r.buttons)}`);
    return {kind: 'button', data: b.data};
  };

describe('the client bot', () => {
  it('books: service → day → time → phone → confirm, with callback data that fits Telegram', async () => {
    const w = world();
    const p = ports(w);
    const {last} = await run(p, [
      {kind: 'start'},
      tap(/Записаться/),
      tap(/Окрашивание/),
      tap(/7 дек/),
      tap(/t200/),
      {kind: 'text', text: '8 701', photos: 0},
      {kind: 'text', text: '+7 701 123 45 67', photos: 0},
      tap(/Подтвердить/),
    ]);
    expect(w.booked).toEqual([{service: 's2', start: 200}]);
    expect(w.phone).toBe('+77011234567');
    expect(last.text).toMatch(/Готово/);
    expect(last.buttons!.flat().every((b) => new TextEncoder().encode(b.data).length <= 64)).toBe(true);
  });

  it('offers the nearest free times when the chosen one was taken meanwhile', async () => {
    const w = {...world(), phone: '+77011234567'};
    const p = ports(w);
    const out = await run(p, [{kind: 'start'}, tap(/Записаться/), tap(/Стрижка/), tap(/7 дек/), tap(/t100/)]);
    w.taken.add(100); // someone else took it
    const r = await handle(out.flow, tap(/Подтвердить/)(out.last), p);
    expect(r.replies[0]!.text).toMatch(/только что заняли/);
    expect(r.replies[0]!.buttons!.flat().map((b) => b.label)).toEqual(expect.arrayContaining(['t200', 't300']));
    expect(w.booked).toEqual([]);
  });

  it('recognises a button of an older screen instead of acting on whatever is there now', async () => {
    const p = ports({...world(), phone: '+7'});
    const first = await run(p, [{kind: 'start'}, tap(/Записаться/)]);
    const old = tap(/Стрижка/)(first.last);
    const moved = await handle(first.flow, {kind: 'button', data: 'a:menu'}, p);
    const r = await handle(moved.flow, old, p);
    expect(r.replies[0]!.text).toMatch(/устарело/);
  });

  it('pages a long list to what the channel shows on one screen', async () => {
    const w = {...world(), services: Array.from({length: 12}, (_, i) => ({value: `s${i}`, label: `Услуга ${i}`}))};
    const p = ports(w, 5);
    const {last} = await run(p, [{kind: 'start'}, tap(/Записаться/)]);
    const labels = last.buttons!.flat().map((b) => b.label);
    expect(labels.filter((l) => l.startsWith('Услуга'))).toHaveLength(4);
    const page2 = await run(p, [{kind: 'start'}, tap(/Записаться/), tap(/Ещё/)]);
    expect(page2.last.buttons!.flat().map((b) => b.label)).toContain('Услуга 4');
  });

  it('passes free text to the master once, then quietly; "стоп" opts out of notices', async () => {
    const w = world();
    const p = ports(w);
    const a = await run(p, [{kind: 'start'}, {kind: 'text', text: 'Здравствуйте, можно вопрос?', photos: 0}]);
    expect(a.last.text).toMatch(/Передал мастеру/);
    const b = await handle(a.flow, {kind: 'text', text: 'И ещё один', photos: 0}, p);
    expect(b.replies).toEqual([]);
    const c = await handle(b.flow, {kind: 'text', text: 'Стоп', photos: 0}, p);
    expect(w.optedOut).toBe(true);
    expect(c.replies[0]!.text).toMatch(/отписались/);
  });

  it('asks for stars after a visit, then the text, and files the review once', async () => {
    const w = world();
    const p = ports(w);
    const {last} = await run(p, [
      {kind: 'button', data: 'rv:5:booking-1'},
      {kind: 'text', text: 'Отлично!', photos: 0},
    ]);
    expect(w.reviews).toEqual([['booking-1', 5, 'Отлично!']]);
    expect(last.text).toMatch(/Спасибо за отзыв/);
  });

  it('lets a client with several masters choose, and speaks the chosen language', async () => {
    const p = ports(world(), 8, [
      {value: 'm1', label: 'Дана'},
      {value: 'm2', label: 'Асель — Салон 2'},
    ]);
    const menu = await run(p, [{kind: 'start'}]);
    expect(menu.last.buttons!.flat().map((b) => b.label)).toContain('Сменить мастера');
    const kk = await run(p, [{kind: 'start'}, tap(/Язык/), tap(/Қазақша/)]);
    expect(kk.last.text).toMatch(/Тіл: қазақша/);
  });

  it('links another messenger by a six-digit code', async () => {
    const p = ports(world());
    const code = await run(p, [{kind: 'start'}, tap(/Связать/)]);
    expect(code.last.text).toContain('482913');
    const ok = await run(p, [{kind: 'start'}, {kind: 'text', text: '482 913', photos: 0}]);
    expect(ok.last.text).toMatch(/узнаём вас и здесь, и в WhatsApp/);
    const bad = await run(p, [{kind: 'start'}, {kind: 'text', text: '111111', photos: 0}]);
    expect(bad.last.text).toMatch(/не подошёл/);
  });
});
