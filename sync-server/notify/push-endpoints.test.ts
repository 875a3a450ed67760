import {describe, expect, it} from 'vitest';
import {isPushServiceEndpoint} from './push-endpoints.ts';

describe('push endpoints', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu:APA91bH',
    'https://fcm.googleapis.com/wp/cX3kz8',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAAAABk',
    'https://web.push.apple.com/QGq0Rj8PZ8yQ',
    'https://wns2-db5p.notify.windows.com/w/?token=BQYAAAD',
  ])('accepts a browser push service: %s', (url) => {
    expect(isPushServiceEndpoint(url)).toBe(true);
  });

  it.each([
    'http://fcm.googleapis.com/fcm/send/x', // not https
    'https://fcm.googleapis.com:8443/fcm/send/x', // another port
    'https://user:pass@fcm.googleapis.com/fcm/send/x',
    'https://fcm.googleapis.com.evil.kz/fcm/send/x',
    'https://evilfcm.googleapis.com/x',
    'https://notify.windows.com/x',
    'https://127.0.0.1/admin',
    'https://localhost:3000/api/v1/api-keys',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::1]/x',
    'https://10.0.0.5/x',
    'file:///etc/passwd',
    'not a url',
  ])('refuses anything else: %s', (url) => {
    expect(isPushServiceEndpoint(url)).toBe(false);
  });
});
