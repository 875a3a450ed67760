import {describe, expect, it} from 'vitest';
import {deviceName} from './device-name.ts';

describe('deviceName', () => {
  it('names the browser and system people know their devices by', () => {
    expect(deviceName('Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36')).toBe(
      'Chrome · Android',
    );
    expect(
      deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'),
    ).toBe('Safari · iOS');
    expect(deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126 YaBrowser/24.7 Safari/537.36')).toBe('Яндекс Браузер · Windows');
    expect(deviceName('curl/8.5')).toBe('curl/8.5');
    expect(deviceName(null)).toBeNull();
  });
});
