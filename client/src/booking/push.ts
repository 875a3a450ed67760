// Web push on this device: ask the browser (from a tap), subscribe with the
// server's VAPID key, and register the subscription. The service worker shows
// what arrives (public/push-sw.js).
import type {Locale} from '#shared/i18n/locales.ts';
import {api} from '../session/api.ts';

export type PushState = 'unknown' | 'unsupported' | 'off' | 'on';

export async function pushState(): Promise<PushState> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return 'unsupported';
  const reg = await navigator.serviceWorker.getRegistration();
  const sub = await reg?.pushManager.getSubscription();
  return sub ? 'on' : 'off';
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

export async function enablePush(locale: Locale): Promise<PushState> {
  if ((await pushState()) === 'unsupported') return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'off';
  const key = await api<{publicKey: string}>('/push/key', {locale});
  if (!key.ok) return 'off';
  const reg = await navigator.serviceWorker.ready;
  const subscribe = () => reg.pushManager.subscribe({userVisibleOnly: true, applicationServerKey: keyBytes(key.data.publicKey)});
  let sub = await subscribe();
  let saved = await api('/push/subscriptions', {method: 'POST', body: sub.toJSON(), locale});
  if (!saved.ok && saved.status === 409) {
    // This browser's address belongs to someone who used it before (a shared
    // tablet): the server never hands it over, so ask the browser for a new one.
    await sub.unsubscribe();
    sub = await subscribe();
    saved = await api('/push/subscriptions', {method: 'POST', body: sub.toJSON(), locale});
  }
  return saved.ok ? 'on' : 'off';
}
