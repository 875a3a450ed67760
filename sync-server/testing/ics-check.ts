// A strict RFC 5545 check of an iCalendar document for tests: the rules of
// lines and structure that ical.js is lenient about, then ical.js itself as
// the independent parser. Returns the problems found, [] when valid, so a
// failing test says what broke rather than only that it did.
import ICAL from 'ical.js';

// CONTROL of RFC 5545 §3.1 (everything below space but HTAB, and DEL).
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\x00-\x08\x0A-\x1F\x7F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Node = {name: string; props: string[]; children: Node[]};

export function icsProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('a CR or LF outside a CRLF line ending');
  if (LONE_SURROGATE.test(text)) problems.push('a lone surrogate (not writable as UTF-8)');
  const physical = text.split('\r\n').slice(0, -1);
  physical.forEach((line, i) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${i + 1} is ${octets} octets: ${line.slice(0, 30)}…`);
    if (CONTROL.test(line)) problems.push(`line ${i + 1} holds a control character: ${JSON.stringify(line)}`);
    if (line === '') problems.push(`line ${i + 1} is empty`);
  });
  const root: Node = {name: '', props: [], children: []};
  const stack = [root];
  for (const line of text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1)) {
    const name = /^[A-Za-z0-9-]+(?=[;:])/.exec(line)?.[0].toUpperCase();
    if (!name) problems.push(`not a content line: ${JSON.stringify(line)}`);
    else if (name === 'BEGIN') {
      const node: Node = {name: line.slice(6).toUpperCase(), props: [], children: []};
      stack.at(-1)!.children.push(node);
      stack.push(node);
    } else if (name === 'END') {
      if (stack.length < 2 || stack.at(-1)!.name !== line.slice(4).toUpperCase()) problems.push(`${line} does not close ${stack.at(-1)!.name || 'anything'}`);
      else stack.pop();
    } else stack.at(-1)!.props.push(name);
  }
  if (stack.length > 1) problems.push(`${stack.at(-1)!.name} is never closed`);
  const cal = root.children;
  if (cal.length !== 1 || cal[0]!.name !== 'VCALENDAR' || root.props.length) problems.push('not exactly one VCALENDAR and nothing else');
  for (const c of cal) problems.push(...componentProblems(c));
  try {
    new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    problems.push(`ical.js: ${String(e)}`);
  }
  return problems;
}

const required: Record<string, string[]> = {
  VCALENDAR: ['VERSION', 'PRODID'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART'],
  VTIMEZONE: ['TZID'],
  STANDARD: ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO'],
  DAYLIGHT: ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO'],
};

function componentProblems(c: Node): string[] {
  const out = (required[c.name] ?? []).filter((p) => !c.props.includes(p)).map((p) => `${c.name} has no ${p}`);
  // icalbody needs one component or more; a VTIMEZONE one observance or more.
  if (c.name === 'VCALENDAR' && !c.children.length) out.push('VCALENDAR has no component');
  if (c.name === 'VTIMEZONE' && !c.children.some((s) => s.name === 'STANDARD' || s.name === 'DAYLIGHT')) out.push('VTIMEZONE has no observance');
  return [...out, ...c.children.flatMap(componentProblems)];
}

/**
 * What a value should read back as, written independently of ics.ts: line
 * breaks become LF, other control characters (not HTAB) go, lone surrogates
 * become U+FFFD.
 */
export function expectedText(input: string): string {
  let out = '';
  for (const ch of input.replace(/\r\n|\r/g, '\n')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) out += '\uFFFD';
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) continue;
    else out += ch;
  }
  return out;
}

/** The events' texts as ical.js reads them. */
export function eventTexts(text: string): {uid: string; summary: string; description: string | null; location: string | null}[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary') ?? ''),
    description: (v.getFirstPropertyValue('description') as string | null) ?? null,
    location: (v.getFirstPropertyValue('location') as string | null) ?? null,
  }));
}
