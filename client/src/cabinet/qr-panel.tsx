// C5: QR codes for print. The preview is drawn on the device (offline too);
// the print files — SVG, a 1200 px PNG and an A4 PDF sheet — come from the
// server. Every code carries its placement (?src=qr-table), so requests and
// clicks it brings show where they came from.
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useState} from 'react';
import {CHANNELS, placementTag, PLACEMENTS, QR_TARGETS, qrPath, type QrTarget} from '#shared/public-site/links.ts';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import type {Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';
import {LocalAddressWarning, usePublicOrigin} from './public-origin.tsx';

function useQrSvg(url: string | null): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!url) return setSvg(null);
    // The encoder is loaded only on this screen.
    void import('qrcode').then((QR) => QR.toString(url, {type: 'svg', errorCorrectionLevel: 'Q', margin: 4})).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [url]);
  return svg;
}

export function QrPanel({session}: {session: Session}) {
  const t = useT();
  const [company] = useQuery(queries.company.current());
  const [items] = useQuery(queries.catalog.items());
  const [categories] = useQuery(queries.catalog.categories());
  const [masters] = useQuery(queries.booking.masters());
  const [target, setTarget] = useState<QrTarget>('menu');
  const [ref, setRef] = useState('');
  const [placement, setPlacement] = useState<string>('table');
  const [caption, setCaption] = useState('');
  const slug = company?.slug ?? session.company.slug;
  // DOT_PUBLIC_URL when the server has one, else this address (with a warning when clients cannot open it).
  const {origin, localHost} = usePublicOrigin();
  const choices =
    target === 'item'
      ? items.filter((i) => !i.archived_at).map((i) => ({value: i.number ? String(i.number) : '', label: i.title}))
      : target === 'category'
        ? categories.filter((c) => !c.archived_at).map((c) => ({value: c.number ? String(c.number) : '', label: c.title}))
        : target === 'messenger'
          ? CHANNELS.map((c) => ({value: c, label: t(`channel.${c}`)}))
          : target === 'book' && masters.length
            ? // Booking: the company's page, or one master's own link (their clients see only them).
              [{value: '', label: t('qr.target.book')}, ...masters.filter((m) => m.active).map((m) => ({value: m.slug, label: m.display_name}))]
            : [];
  const effectiveRef = choices.length ? (choices.some((c) => c.value === ref) ? ref : (choices[0]?.value ?? '')) : '';
  const path = qrPath({target, ref: effectiveRef, placement}, slug);
  const url = path ? `${origin}${path}` : null;
  const svg = useQrSvg(url);
  const params = new URLSearchParams({target, placement, ...(effectiveRef && {ref: effectiveRef})});
  const label = choices.find((c) => c.value === effectiveRef)?.label;
  const sheet = new URLSearchParams({...Object.fromEntries(params), caption: caption || label || t(`qr.target.${target}`)});
  return (
    <section className="panel qr-panel">
      <h2>{t('qr.title')}</h2>
      <LocalAddressWarning host={localHost} />
      <div className="qr-grid">
        <div>
          <div className="field">
            <label htmlFor="qr-target">{t('qr.target')}</label>
            <select id="qr-target" value={target} onChange={(e) => setTarget(e.target.value as QrTarget)}>
              {QR_TARGETS.map((x) => (
                <option key={x} value={x}>
                  {t(`qr.target.${x}`)}
                </option>
              ))}
            </select>
          </div>
          {choices.length ? (
            <div className="field">
              <label htmlFor="qr-ref">{t(target === 'messenger' ? 'qr.target.messenger' : target === 'item' ? 'qr.target.item' : 'qr.target.category')}</label>
              <select id="qr-ref" value={effectiveRef} onChange={(e) => setRef(e.target.value)}>
                {choices.map((c) => (
                  <option key={c.value || c.label} value={c.value} disabled={!c.value}>
                    {c.label}
                    {c.value ? '' : ` — ${t('qr.needsSync')}`}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="qr-placement">{t('qr.placement')}</label>
            <select id="qr-placement" value={placement} onChange={(e) => setPlacement(e.target.value)}>
              {PLACEMENTS.map((p) => (
                <option key={p} value={p}>
                  {t(`placement.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField
            label={t('qr.caption')}
            value={caption}
            placeholder={label ?? t(`qr.target.${target}`)}
            onChange={(e) => setCaption(e.target.value)}
            maxLength={80}
          />
        </div>
        <div className="qr-preview">
          {svg && url ? <div className="qr-image" role="img" aria-label={url} dangerouslySetInnerHTML={{__html: svg}} /> : <div className="qr-image empty" />}
          {url ? (
            <>
              <p className="muted small">
                {t('qr.link')}:{' '}
                <a href={url} target="_blank" rel="noreferrer" className="qr-url">
                  {url}
                </a>
              </p>
              <p className="muted small">{t('qr.sourceHint', {tag: placementTag(placement)})}</p>
              <div className="btn-row">
                <a className="button-like" href={`/api/v1/qr/code?format=svg&${params}`} download={`qr-${target}.svg`}>
                  {t('qr.downloadSvg')}
                </a>
                <a className="button-like" href={`/api/v1/qr/code?format=png&${params}`} download={`qr-${target}.png`}>
                  {t('qr.downloadPng')}
                </a>
                <a className="button-like primary" href={`/api/v1/qr/sheet.pdf?${sheet}`} target="_blank" rel="noreferrer">
                  {t('qr.downloadPdf')}
                </a>
              </div>
            </>
          ) : (
            <p className="muted">{t('qr.needsSync')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
