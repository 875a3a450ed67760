import {ApplicationError} from '@rocicorp/zero';
import {describe, expect, it} from 'vitest';
import {domainError} from '#shared/errors.ts';
import {quietRefusals} from './log-sink.ts';

function recorder() {
  const lines: [string, unknown[]][] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push([level, args]);
  return {lines, out: {error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug')}};
}

describe("Zero's log: refusals the person sees are not errors", () => {
  it('a taken time ("conflict") goes to debug; a real fault stays an error', () => {
    const {lines, out} = recorder();
    const sink = quietRefusals(out);
    sink.log('error', {clientID: 'c1'}, 'Mutator "booking.create" app error on server', domainError('conflict', {messageKey: 'booking.slotTaken'}));
    sink.log('error', undefined, 'Mutator "booking.create" app error on client', new ApplicationError('Cannot read properties of undefined'));
    sink.log('error', undefined, 'socket closed', new TypeError('boom'));
    sink.log('warn', undefined, 'slow');
    expect(lines.map(([level]) => level)).toEqual(['debug', 'error', 'error', 'warn']);
    expect(lines[0]![1][0]).toBe('clientID=c1');
  });
});
