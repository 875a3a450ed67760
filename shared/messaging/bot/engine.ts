// The client's bot (S3 §2.2, B6–B8): one step of the flow for one input. Pure
// over its ports (flow.ts), so the same rules run against the real database
// (sync-server/messaging/bot-ports.ts) and against memory in engine.test.ts.
import {isLocale} from '../../i18n/locales.ts';
import {A, askPhone, confirmScreen, list, menu} from './screens.ts';
import {IDLE, type BotInput, type BotPorts, type Booked, type Flow, type Outcome} from './flow.ts';

const STOP = new Set(['stop', '/stop', 'стоп', 'отписаться', 'тоқта']);
const MENU = new Set(['/start', '/menu', 'menu', 'меню', 'мәзір']);
const LANGS = [
  {value: 'ru', label: 'Русский'},
  {value: 'kk', label: 'Қазақша'},
  {value: 'en', label: 'English'},
] as const;

export async function handle(flow: Flow, input: BotInput, p: BotPorts): Promise<Outcome> {
  if (input.kind === 'start') return start(p, flow);
  if (input.kind === 'phone') {
    await p.savePhone(input.phone);
    return flow.step === 'phone' && flow.start !== undefined ? confirmScreen(p, flow, flow.start) : menu(p, flow);
  }
  if (input.kind === 'text') return text(flow, input.text.trim(), p);
  return button(flow, input.data, p);
}

async function start(p: BotPorts, flow: Flow): Promise<Outcome> {
  const master = p.master();
  if (master) return menu(p, flow, [{text: p.t('bot.hello', {master: master.name})}]);
  const masters = await p.masters();
  if (!masters.length) return {flow: IDLE, replies: [{text: p.t('bot.noLink')}]};
  return list(p, flow, {step: 'masters', text: p.t('bot.chooseMaster'), items: masters});
}

async function text(flow: Flow, body: string, p: BotPorts): Promise<Outcome> {
  const word = body.toLowerCase();
  if (STOP.has(word)) {
    await p.optOut();
    return {flow: {...flow, step: 'idle'}, replies: [{text: p.t('bot.stopped')}]};
  }
  if (!p.master()) return start(p, flow);
  if (MENU.has(word)) return menu(p, flow);
  if (word === '/lang') return list(p, flow, {step: 'lang', text: p.t('bot.chooseLang'), items: LANGS});
  if (flow.step === 'phone' && flow.start !== undefined) {
    const phone = p.readPhone(body);
    if (!phone) return {flow, replies: [{text: p.t('bot.badPhone')}]};
    await p.savePhone(phone);
    return confirmScreen(p, flow, flow.start);
  }
  // K3: a code from the client's other messenger.
  if (/^\d{6}$/.test(body.replace(/\s/g, ''))) {
    const linked = await p.useLinkCode(body.replace(/\s/g, ''));
    return menu(p, flow, [{text: linked ? p.t('bot.linked', {channel: linked.channel}) : p.t('bot.linkBad')}]);
  }
  if (flow.step === 'review' && flow.bookingId && flow.rating && body) {
    await p.review(flow.bookingId, flow.rating, body);
    return menu(p, flow, [{text: p.t('bot.reviewThanks')}]);
  }
  // Anything else is a message to the master: it is in their inbox already.
  // Said once; what follows goes on quietly until a button is pressed.
  if (flow.step === 'write') return {flow, replies: []};
  return {flow: {...flow, step: 'write', v: flow.v + 1}, replies: [{text: p.t('bot.forwarded'), buttons: [[{label: p.t('bot.b.back'), data: A.menu}]]}]};
}

async function button(flow: Flow, data: string, p: BotPorts): Promise<Outcome> {
  const rv = /^rv:([1-5]):(.+)$/.exec(data);
  if (rv) {
    const rating = Number(rv[1]);
    return {
      flow: {...flow, step: 'review', v: flow.v + 1, bookingId: rv[2], rating},
      replies: [{text: p.t('bot.reviewText'), buttons: [[{label: p.t('bot.b.noText'), data: A.noText}]]}],
    };
  }
  if (!p.master() && !data.startsWith('c:') && !data.startsWith('p:')) return start(p, flow);
  switch (data) {
    case A.menu:
      return menu(p, flow);
    case A.book:
      return services(p, flow);
    case A.mine:
      return mine(p, flow);
    case A.write:
      return {flow: {...flow, step: 'write', v: flow.v + 1}, replies: [{text: p.t('bot.write'), buttons: [[{label: p.t('bot.b.back'), data: A.menu}]]}]};
    case A.history:
      return history(p, flow);
    case A.masters:
      return list(p, flow, {step: 'masters', text: p.t('bot.chooseMaster'), items: await p.masters()});
    case A.lang:
      return list(p, flow, {step: 'lang', text: p.t('bot.chooseLang'), items: LANGS});
    case A.link:
      return menu(p, flow, [{text: p.t('bot.linkCode', {code: await p.linkCode()})}]);
    case A.ok:
      return flow.step === 'confirm' && flow.start !== undefined ? confirm(p, flow, flow.start) : menu(p, flow);
    case A.cancel:
      return cancel(p, flow);
    case A.move:
      return move(p, flow);
    case A.noText:
      if (flow.step === 'review' && flow.bookingId && flow.rating) {
        await p.review(flow.bookingId, flow.rating, p.t('bot.reviewNoText', {rating: flow.rating}));
        return menu(p, flow, [{text: p.t('bot.reviewThanks')}]);
      }
      return menu(p, flow);
  }
  const m = /^([cp]):(\d+):(\d+)$/.exec(data);
  if (!m) return menu(p, flow);
  if (Number(m[2]) !== flow.v) return menu(p, flow, [{text: p.t('bot.stale')}]);
  const n = Number(m[3]);
  if (m[1] === 'p') return repage(p, flow, n);
  const value = flow.choices?.[n];
  if (value === undefined) return menu(p, flow);
  return choose(p, flow, value);
}

async function choose(p: BotPorts, flow: Flow, value: string): Promise<Outcome> {
  switch (flow.step) {
    case 'masters': {
      const chosen = await p.chooseMaster(value);
      if (!chosen) return start(p, flow);
      return menu(p, flow, [{text: p.t('bot.masterChosen', {master: chosen.name})}]);
    }
    case 'lang': {
      if (!isLocale(value)) return menu(p, flow);
      const t = await p.setLocale(value);
      return menu(p, flow, [{text: t('bot.langSet')}], t);
    }
    case 'service':
      return days(p, {...flow, serviceId: value, moving: false, bookingId: undefined});
    case 'day':
      return times(p, {...flow, day: value});
    case 'time': {
      const start = Number(value);
      if (!flow.moving && !p.phone()) return askPhone(p, flow, start);
      return confirmScreen(p, flow, start);
    }
    case 'mine':
      return {
        flow: {...flow, step: 'booking', v: flow.v + 1, bookingId: value, choices: undefined},
        replies: [
          {
            text: p.t('bot.bookingActions', {booking: (await p.bookings()).find((b) => b.value === value)?.label ?? ''}),
            buttons: [
              [{label: p.t('bot.b.moveBooking'), data: A.move}],
              [{label: p.t('bot.b.cancelBooking'), data: A.cancel}],
              [{label: p.t('bot.b.back'), data: A.menu}],
            ],
          },
        ],
      };
    default:
      return menu(p, flow);
  }
}

async function repage(p: BotPorts, flow: Flow, page: number): Promise<Outcome> {
  if (flow.step === 'service') return services(p, flow, page);
  if (flow.step === 'day') return days(p, flow, page);
  if (flow.step === 'time') return times(p, flow, page);
  if (flow.step === 'mine') return mine(p, flow, page);
  if (flow.step === 'masters') return list(p, flow, {step: 'masters', text: p.t('bot.chooseMaster'), items: await p.masters(), page});
  return menu(p, flow);
}

async function services(p: BotPorts, flow: Flow, page = 0): Promise<Outcome> {
  const items = await p.services();
  if (!items.length) return menu(p, flow, [{text: p.t('bot.noServices')}]);
  return list(p, flow, {step: 'service', text: p.t('bot.chooseService'), items, page});
}

async function days(p: BotPorts, flow: Flow, page = 0, lead?: string): Promise<Outcome> {
  const items = await p.days(flow.serviceId!);
  if (!items.length) return menu(p, flow, [{text: p.t('bot.noDays')}]);
  const service = (await p.serviceTitle(flow.serviceId!)) ?? '';
  const text = p.t('bot.chooseDay', {service});
  return list(p, flow, {step: 'day', text: lead ? `${lead}\n${text}` : text, items, page, columns: 2});
}

async function times(p: BotPorts, flow: Flow, page = 0): Promise<Outcome> {
  const items = await p.times(flow.serviceId!, flow.day!);
  if (!items.length) return days(p, flow, 0, p.t('bot.noTimes'));
  const label = (await p.days(flow.serviceId!)).find((d) => d.value === flow.day)?.label ?? flow.day!;
  return list(p, flow, {step: 'time', text: p.t('bot.chooseTime', {day: label}), items, page, columns: 3});
}

async function confirm(p: BotPorts, flow: Flow, start: number): Promise<Outcome> {
  const result: Booked | 'too-late' = flow.moving && flow.bookingId ? await p.move(flow.bookingId, start) : await p.book(flow.serviceId!, start);
  if (result === 'too-late') return menu(p, flow, [{text: p.t('bot.tooLate')}]);
  const service = (await p.serviceTitle(flow.serviceId!)) ?? '';
  if (result.ok) return menu(p, {...flow, moving: false}, [{text: p.t(flow.moving ? 'bot.moved' : 'bot.booked', {service, when: result.when})}]);
  if (result.reason) return menu(p, flow, [{text: p.t('bot.notBooked', {reason: result.reason})}]);
  // Taken meanwhile: the nearest free times instead (the database refused the double booking).
  if (!result.nearest.length) return days(p, flow, 0, p.t('bot.taken'));
  return list(p, flow, {step: 'time', text: p.t('bot.taken'), items: result.nearest, columns: 3});
}

async function mine(p: BotPorts, flow: Flow, page = 0): Promise<Outcome> {
  const items = await p.bookings();
  if (!items.length) return menu(p, flow, [{text: p.t('bot.mineEmpty')}]);
  return list(p, flow, {step: 'mine', text: p.t('bot.mine'), items, page});
}

async function cancel(p: BotPorts, flow: Flow): Promise<Outcome> {
  if (flow.step !== 'booking' || !flow.bookingId) return menu(p, flow);
  const label = (await p.bookings()).find((b) => b.value === flow.bookingId)?.label ?? '';
  const r = await p.cancel(flow.bookingId);
  return menu(p, flow, [{text: r === 'ok' ? p.t('bot.cancelled', {booking: label}) : p.t('bot.tooLate')}]);
}

async function move(p: BotPorts, flow: Flow): Promise<Outcome> {
  if (flow.step !== 'booking' || !flow.bookingId) return menu(p, flow);
  const serviceId = await p.serviceOfBooking(flow.bookingId);
  if (!serviceId) return menu(p, flow, [{text: p.t('bot.tooLate')}]);
  return days(p, {...flow, serviceId, moving: true});
}

async function history(p: BotPorts, flow: Flow): Promise<Outcome> {
  const lines = await p.history();
  const master = p.master()?.name ?? '';
  const text = lines.length
    ? `${p.t('bot.history')}\n\n${lines.map((l) => `${l.mine ? p.t('bot.you') : master}: ${l.text}`).join('\n')}`
    : p.t('bot.historyEmpty');
  return menu(p, flow, [{text: text.slice(0, 4000)}]);
}
