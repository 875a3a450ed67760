// A chart with its numbers a tap away: uPlot bars (a chunk of its own, loaded
// with the first chart), described for screen readers by its aria-label, and a
// "Таблица" toggle that shows the same figures as an accessible table.
import {useEffect, useRef, useState, type ReactNode} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import 'uplot/dist/uPlot.min.css';
import type {TableSpec} from './cells.ts';
import {DataTable} from './data-table.tsx';

type Props = {
  spec: TableSpec;
  /** One bar per label; the labels under the bars (shortened when many). */
  labels: readonly string[];
  values: readonly number[];
  /** What the chart says in one sentence (its aria-label). */
  summary: string;
  children?: ReactNode;
};

export function ChartTile({spec, labels, values, summary, children}: Props) {
  const {t} = useI18n();
  const [table, setTable] = useState(false);
  return (
    <section className="panel an-tile" data-tile={spec.id} aria-label={spec.title}>
      <div className="an-tile-head">
        <h2>{spec.title}</h2>
        <button type="button" className="an-toggle" aria-pressed={table} onClick={() => setTable(!table)}>
          {table ? t('an.showChart') : t('an.showTable')}
        </button>
      </div>
      {children}
      {table ? (
        <DataTable spec={spec} />
      ) : values.length ? (
        <Bars labels={labels} values={values} summary={summary} />
      ) : (
        <p className="muted an-none">{t('an.nothing')}</p>
      )}
    </section>
  );
}

/** A label under a bar: whole when short, else cut with an ellipsis (the table has it whole). */
const short = (s: string) => (s.length > 18 ? `${s.slice(0, 17)}…` : s);

function Bars({labels, values, summary}: {labels: readonly string[]; values: readonly number[]; summary: string}) {
  const box = useRef<HTMLDivElement>(null);
  // Redrawn when the figures change, not on every render of the page.
  const figures = JSON.stringify([labels, values]);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let plot: {destroy(): void; setSize(s: {width: number; height: number}): void} | undefined;
    let gone = false;
    const size = () => ({width: Math.max(200, el.clientWidth), height: 180});
    const resize = new ResizeObserver(() => plot?.setSize(size()));
    void import('uplot').then(({default: UPlot}) => {
      if (gone) return;
      const xs = labels.map((_, i) => i);
      // Labels under the bars: as many as fit the width (about 7 px a character), the rest between them left out.
      const widest = Math.min(18, Math.max(1, ...labels.map((l) => l.length)));
      const every = (width: number) => Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor(width / (widest * 7 + 14)))));
      plot = new UPlot(
        {
          ...size(),
          legend: {show: false},
          cursor: {show: false},
          scales: {x: {time: false, range: [-0.5, labels.length - 0.5]}, y: {range: (_u, _min, max) => [0, Math.max(1, max)]}},
          axes: [
            {
              splits: (u) => xs.filter((i) => i % every(u.width) === 0),
              values: (_u, splits) => splits.map((i) => short(labels[i] ?? '')),
              grid: {show: false},
            },
            {grid: {stroke: '#e3e6ea'}, values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : ''))},
          ],
          series: [{}, {fill: '#1f5fd1', stroke: '#1f5fd1', paths: UPlot.paths.bars!({size: [0.7, 48]}), points: {show: false}}],
        },
        [xs, [...values]],
        el,
      );
      resize.observe(el);
    });
    return () => {
      gone = true;
      resize.disconnect();
      plot?.destroy();
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `figures` stands for labels and values
  }, [figures]);
  return <div ref={box} className="an-chart" role="img" aria-label={summary} />;
}
