import {describe, expect, it} from 'vitest';
import {addressReach, hostForHumans, isLocalAddress} from './address-reach.ts';

describe('who can open an address printed in a QR code', () => {
  it.each([
    ['http://127.0.0.1:3000', 'loopback'],
    ['http://127.45.6.7', 'loopback'],
    ['http://0.0.0.0:3000', 'loopback'],
    ['http://localhost:3000', 'loopback'],
    ['http://LOCALHOST.', 'loopback'],
    ['http://app.localhost:3000', 'loopback'],
    ['http://[::1]:3000', 'loopback'],
    ['http://[::ffff:127.0.0.1]:3000', 'loopback'],
    // The URL parser's other spellings of 127.0.0.1.
    ['http://2130706433/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
  ])('%s is only this computer', (address, reach) => {
    expect(addressReach(address)).toBe(reach);
    expect(isLocalAddress(address)).toBe(true);
  });

  it.each([
    'http://10.0.0.5:3000',
    'http://172.16.0.1',
    'http://172.31.255.254:8080',
    'http://192.168.1.20:3000',
    'http://169.254.10.1',
    'http://100.64.1.1',
    'http://[fd12:3456:789a::1]:3000',
    'http://[fc00::1]',
    'http://[fe80::1ff:fe23:4567:890a]',
    'http://[::ffff:192.168.1.20]',
    'http://salon-pc.local:3000',
    'http://salon-pc:3000',
    'http://nas.lan',
    'http://router.home.arpa',
    '192.168.0.7:3000',
  ])('%s is only this network', (address) => {
    expect(addressReach(address)).toBe('private');
    expect(isLocalAddress(address)).toBe(true);
  });

  it.each([
    'https://dot.example.kz',
    'https://dot.example.kz:8443/c/salon',
    'http://8.8.8.8',
    'http://172.15.0.1',
    'http://172.32.0.1',
    'http://192.169.0.1',
    'http://100.128.0.1',
    'http://[2a00:1450:4001:82a::200e]',
    'http://[2001:db8::1]:3000',
    'local.example.kz',
    'localhost.kz',
  ])('%s is for everyone', (address) => {
    expect(addressReach(address)).toBe('public');
    expect(isLocalAddress(address)).toBe(false);
  });

  it('names the host and port for a warning', () => {
    expect(hostForHumans('http://127.0.0.1:3000')).toBe('127.0.0.1:3000');
    expect(hostForHumans('http://[::1]:3000/c/x')).toBe('[::1]:3000');
  });
});
