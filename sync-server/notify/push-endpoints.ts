// Where web push may be sent: the browsers' own push services, and nowhere
// else. A subscription's endpoint comes from the device, so without this a
// member could make the server POST to any address it can reach — an internal
// admin page, the cloud's metadata service (blind SSRF).
const SERVICES = [
  'fcm.googleapis.com', // Chrome, Android browsers, Opera, Yandex Browser, Samsung Internet
  'android.googleapis.com', // older Chrome (GCM endpoints still in use)
  'updates.push.services.mozilla.com', // Firefox
  'push.services.mozilla.com',
  'web.push.apple.com', // Safari on macOS and iOS 16.4+
  '.push.apple.com',
  '.notify.windows.com', // Edge (wns2-*.notify.windows.com)
];

/** An https URL on a known push service's host and default port, with no credentials in it. */
export function isPushServiceEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return SERVICES.some((s) => (s.startsWith('.') ? host.endsWith(s) && host.length > s.length : host === s));
}
