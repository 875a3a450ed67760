// The address printed QR codes and shared links lead to. DOT_PUBLIC_URL when the
// server has it (learned from /api/v1/qr/origin and kept on the device, so the
// preview is right offline too); otherwise the address this app was opened at.
// When that address is one only this computer or this network can open
// (127.0.0.1, localhost, 192.168.x.x, *.local…), a warning says so before
// anything is printed.
import {useEffect, useState} from 'react';
import {hostForHumans, isLocalAddress} from '#shared/public-site/address-reach.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {api} from '../session/api.ts';
import './public-origin.css';

type Known = {origin: string; configured: boolean};
const KEY = 'dot.publicOrigin';

function remembered(): Known | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Known | null;
    return v && typeof v.origin === 'string' && typeof v.configured === 'boolean' ? v : null;
  } catch {
    return null;
  }
}

export type PublicOrigin = {
  /** What codes and links encode. */
  origin: string;
  /** The address to warn about, when codes would lead where clients cannot go. */
  localHost: string | null;
};

export function usePublicOrigin(): PublicOrigin {
  const {locale} = useI18n();
  const [known, setKnown] = useState<Known | null>(remembered);
  useEffect(() => {
    let live = true;
    void api<Known>('/qr/origin', {locale}).then((r) => {
      if (!live || !r.ok) return;
      setKnown(r.data);
      try {
        localStorage.setItem(KEY, JSON.stringify(r.data));
      } catch {
        // private mode: asked again next time
      }
    });
    return () => {
      live = false;
    };
  }, [locale]);
  if (known?.configured) return {origin: known.origin, localHost: null};
  // Not configured: this address, and the one the server's print files use (the same, unless a proxy renames it).
  const local = [location.origin, known?.origin].find((o): o is string => !!o && isLocalAddress(o));
  return {origin: location.origin, localHost: local ? hostForHumans(local) : null};
}

/** "These codes will not open for clients", with how to fix it. Not printed. */
export function LocalAddressWarning({host}: {host: string | null}) {
  const {t} = useI18n();
  if (!host) return null;
  return (
    <div className="alert local-address-warning" role="alert" data-testid="local-address-warning">
      <strong>{t('qr.local.title')}</strong>
      <p>{t('qr.local.text', {host})}</p>
    </div>
  );
}
