// The pieces tiles are made of: a figure with its change against the previous
// period, and a tile that is a table.
import type {ReactNode} from 'react';
import {formatMoney} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {signed, type TableSpec} from './cells.ts';
import {DataTable} from './data-table.tsx';

/** A headline figure: its value in words and "+8 к прошлому периоду". */
type KpiProps = {id: string; label: string; value: string; now: number; before?: number | undefined; money?: boolean};

export function Kpi({id, label, value, now, before, money}: KpiProps) {
  const {t, locale} = useI18n();
  const diff = now - (before ?? 0);
  const delta = money ? `${diff > 0 ? '+' : diff < 0 ? '−' : ''}${formatMoney(Math.abs(diff), 'KZT', locale)}` : signed(diff, locale);
  return (
    <div className="an-kpi" data-kpi={id}>
      <b>{value}</b>
      <span>{label}</span>
      {before === undefined ? null : <small className={now > before ? 'up' : now < before ? 'down' : undefined}>{t('an.vsPrev', {delta})}</small>}
    </div>
  );
}

export function DataTile({spec, children}: {spec: TableSpec | null; children?: ReactNode}) {
  if (!spec) return null;
  return (
    <section className="panel an-tile" data-tile={spec.id} aria-label={spec.title}>
      <div className="an-tile-head">
        <h2>{spec.title}</h2>
      </div>
      {children}
      <DataTable spec={spec} caption={false} />
    </section>
  );
}
