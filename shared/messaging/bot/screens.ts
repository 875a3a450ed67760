// The bot's screens: a text and its buttons, and the flow that remembers what
// the buttons mean. Lists are paged to what the channel shows on one screen.
import type {BotButton} from '../events.ts';
import type {BotPorts, Choice, Flow, Outcome, Reply, Step} from './flow.ts';
import type {ServerTranslate} from '../../i18n/translate.ts';

export const A = {
  menu: 'a:menu',
  book: 'a:book',
  mine: 'a:mine',
  write: 'a:write',
  history: 'a:hist',
  masters: 'a:masters',
  lang: 'a:lang',
  link: 'a:link',
  ok: 'a:ok',
  cancel: 'a:cancel',
  move: 'a:move',
  noText: 'a:notext',
} as const;

const back = (t: ServerTranslate): BotButton => ({label: t('bot.b.back'), data: A.menu});

export async function menuButtons(p: BotPorts, t: ServerTranslate = p.t): Promise<BotButton[][]> {
  const rows: BotButton[][] = [
    [{label: t('bot.b.book'), data: A.book}],
    [{label: t('bot.b.mine'), data: A.mine}],
    [{label: t('bot.b.write'), data: A.write}],
    [{label: t('bot.b.history'), data: A.history}],
  ];
  if ((await p.masters()).length > 1) rows.push([{label: t('bot.b.masters'), data: A.masters}]);
  rows.push([{label: t('bot.b.link'), data: A.link}]);
  rows.push([{label: t('bot.b.lang'), data: A.lang}]);
  return rows;
}

export async function menu(p: BotPorts, flow: Flow, lead: readonly Reply[] = [], t: ServerTranslate = p.t): Promise<Outcome> {
  // One message: what happened, then the menu (fewer sends, and one notification on the client's phone).
  const text = [...lead.map((r) => r.text), t('bot.menu')].join('\n\n');
  return {flow: {step: 'idle', v: flow.v + 1}, replies: [{text, buttons: await menuButtons(p, t)}]};
}

/** A list of choices, one screen of it, with "more" and "back". */
export function list(
  p: BotPorts,
  flow: Flow,
  o: {step: Step; text: string; items: readonly Choice[]; page?: number; columns?: number; keep?: Partial<Flow>},
): Outcome {
  const size = Math.max(1, p.perScreen - 1);
  const pages = Math.max(1, Math.ceil(o.items.length / size));
  const page = Math.min(Math.max(0, o.page ?? 0), pages - 1);
  const v = flow.v + 1;
  const shown = o.items.slice(page * size, page * size + size);
  const cols = o.columns ?? 1;
  const rows: BotButton[][] = [];
  shown.forEach((c, i) => {
    const b = {label: c.label, data: `c:${v}:${page * size + i}`};
    if (i % cols === 0) rows.push([b]);
    else rows[rows.length - 1]!.push(b);
  });
  const nav: BotButton[] = [back(p.t)];
  if (page + 1 < pages) nav.push({label: p.t('bot.b.more'), data: `p:${v}:${page + 1}`});
  rows.push(nav);
  return {
    flow: {...flow, ...o.keep, step: o.step, v, page, choices: o.items.map((c) => c.value)},
    replies: [{text: o.text, buttons: rows}],
  };
}

/** The confirm screen of a booking (or of a move). */
export async function confirmScreen(p: BotPorts, flow: Flow, start: number): Promise<Outcome> {
  const service = (flow.serviceId && (await p.serviceTitle(flow.serviceId))) || '';
  const v = flow.v + 1;
  return {
    flow: {...flow, step: 'confirm', v, start, choices: undefined},
    replies: [
      {
        text: p.t('bot.confirm', {service, when: p.whenLabel(start), master: p.master()?.name ?? ''}),
        buttons: [[{label: p.t('bot.b.confirm'), data: A.ok}], [back(p.t)]],
      },
    ],
  };
}

export function askPhone(p: BotPorts, flow: Flow, start: number, lead?: string): Outcome {
  return {
    flow: {...flow, step: 'phone', v: flow.v + 1, start, choices: undefined},
    replies: [{text: lead ? `${lead}\n${p.t('bot.askPhone')}` : p.t('bot.askPhone'), askPhone: p.t('bot.b.sharePhone')}],
  };
}
