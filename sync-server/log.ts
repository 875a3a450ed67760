// One line per event, prefixed with the part speaking. In production (not a
// terminal) each line is one JSON object — time, level, part, msg, requestId,
// fields — so a log collector can follow one write from the device's operation
// to the job it set off; on a terminal it stays a readable line. The request id
// rides AsyncLocalStorage (observe/request-id.ts sets it), so code deep down logs
// it without passing it. Every line is redacted (observe/redact.ts) on the way out.
import {AsyncLocalStorage} from 'node:async_hooks';
import type {Config} from './config.ts';
import {redactFields, redactText} from './observe/redact.ts';

const ORDER = {debug: 10, info: 20, warn: 30, error: 40} as const;
export type LogLevel = keyof typeof ORDER;
export type LogFormat = 'json' | 'text';
export type LogFields = Record<string, unknown>;

let threshold: number = ORDER.info;
let format: LogFormat | undefined;

/** Who is being served: set per HTTP request, per Zero mutation, per job. */
const context = new AsyncLocalStorage<{requestId: string}>();

export function withRequestId<T>(requestId: string, work: () => T): T {
  return context.run({requestId}, work);
}

export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

export function setLogLevel(level: Config['logLevel'], logFormat?: LogFormat): void {
  threshold = ORDER[level];
  if (logFormat) format = logFormat;
}

/** json unless a person watches a terminal (DOT_LOG_FORMAT overrides). */
function formatNow(): LogFormat {
  if (format) return format;
  const wanted = process.env.DOT_LOG_FORMAT;
  return wanted === 'json' || wanted === 'text' ? wanted : process.stdout.isTTY ? 'text' : 'json';
}

/** Tests capture lines here instead of the process streams. */
let sink: ((line: string, level: LogLevel) => void) | undefined;
export function setLogSink(write: typeof sink): void {
  sink = write;
}

export function formatLine(
  level: LogLevel,
  part: string,
  message: string,
  fields: LogFields | undefined,
  as: LogFormat,
  requestId = currentRequestId(),
): string {
  const msg = redactText(message);
  const safe = fields && Object.keys(fields).length ? redactFields(fields) : undefined;
  if (as === 'json') {
    return JSON.stringify({time: new Date().toISOString(), level, part, msg, ...(requestId && {requestId}), ...(safe && {fields: safe})});
  }
  const extra = safe
    ? ' ' +
      Object.entries(safe)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ')
    : '';
  return `[${part}]${requestId ? ` (${requestId})` : ''} ${msg}${extra}`;
}

function emit(level: LogLevel, part: string, message: string, fields?: LogFields): void {
  if (ORDER[level] < threshold) return;
  const line = formatLine(level, part, message, fields, formatNow());
  if (sink) return sink(line, level);
  if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
  else process.stdout.write(line + '\n');
}

export const log = {
  debug: (part: string, message: string, fields?: LogFields) => emit('debug', part, message, fields),
  info: (part: string, message: string, fields?: LogFields) => emit('info', part, message, fields),
  warn: (part: string, message: string, fields?: LogFields) => emit('warn', part, message, fields),
  error: (part: string, message: string, fields?: LogFields) => emit('error', part, message, fields),
};
