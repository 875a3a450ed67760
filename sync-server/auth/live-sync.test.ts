import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {dropCompanyLiveSync, dropLiveSync, liveSyncCount, trackLiveSync} from './live-sync.ts';
import {hashSecret} from './tokens.ts';

/** A WebSocket as far as the registry cares: close() and its 'close' event. */
class FakeSocket extends EventEmitter {
  closed: [number | undefined, string | undefined] | undefined;
  close(code?: number, reason?: string) {
    this.closed = [code, reason];
    this.emit('close');
  }
}

describe('live sync connections', () => {
  it('closes only the connections of the session that ended', () => {
    const before = liveSyncCount();
    const phone = new FakeSocket();
    const laptop = new FakeSocket();
    const colleague = new FakeSocket();
    trackLiveSync('theme=dark; dot_session=secret-a', phone);
    trackLiveSync('dot_session=secret-a', laptop);
    trackLiveSync('dot_session=secret-b', colleague);
    expect(liveSyncCount()).toBe(before + 3);

    expect(dropLiveSync(hashSecret('secret-a'))).toBe(2);
    expect(phone.closed).toEqual([1000, 'session ended']);
    expect(laptop.closed).toEqual([1000, 'session ended']);
    expect(colleague.closed).toBeUndefined();
    expect(liveSyncCount()).toBe(before + 1);
    // Already gone: nothing more to close.
    expect(dropLiveSync(hashSecret('secret-a'))).toBe(0);
  });

  it('forgets a connection the device closed itself, and ignores one without a session', () => {
    const before = liveSyncCount();
    const socket = new FakeSocket();
    trackLiveSync('dot_session=secret-c', socket);
    trackLiveSync(undefined, new FakeSocket());
    trackLiveSync('other=1', new FakeSocket());
    expect(liveSyncCount()).toBe(before + 1);
    socket.emit('close');
    expect(liveSyncCount()).toBe(before);
    expect(dropLiveSync(hashSecret('secret-c'))).toBe(0);
  });

  it('closes every connection of a stopped company, found by the sessions they came with, and no other', async () => {
    const [salon, salonKey, neighbour] = [new FakeSocket(), new FakeSocket(), new FakeSocket()];
    trackLiveSync('dot_session=salon-owner', salon);
    trackLiveSync('dot_session=salon-staff', salonKey);
    trackLiveSync('dot_session=neighbour', neighbour);
    const salonHashes = new Set([hashSecret('salon-owner'), hashSecret('salon-staff')]);
    // The database's answer to "which of these sessions are the salon's?"
    const db = {
      query: async (_sql: string, [company, hashes]: [string, string[]]) => ({
        rows: company === 'salon' ? hashes.filter((h) => salonHashes.has(h)).map((token_hash) => ({token_hash})) : [],
      }),
    };
    expect(await dropCompanyLiveSync(db as never, 'salon')).toBe(2);
    expect(salon.closed).toBeDefined();
    expect(salonKey.closed).toBeDefined();
    expect(neighbour.closed).toBeUndefined();
    neighbour.close();
  });
});
