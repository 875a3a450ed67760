// Plain terminal logging: one line per event, prefixed with the part speaking.
import type {Config} from './config.ts';

const ORDER = {debug: 10, info: 20, warn: 30, error: 40} as const;
let threshold: number = ORDER.info;

export function setLogLevel(level: Config['logLevel']): void {
  threshold = ORDER[level];
}

function emit(level: keyof typeof ORDER, part: string, message: string): void {
  if (ORDER[level] < threshold) return;
  const line = `[${part}] ${message}`;
  if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
  else process.stdout.write(line + '\n');
}

export const log = {
  debug: (part: string, message: string) => emit('debug', part, message),
  info: (part: string, message: string) => emit('info', part, message),
  warn: (part: string, message: string) => emit('warn', part, message),
  error: (part: string, message: string) => emit('error', part, message),
};
