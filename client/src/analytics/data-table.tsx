// A table of figures in its own scrolling box: a wide table (the funnel has
// eight columns) scrolls inside it, never the page. Screen readers get the
// caption, the column headers and the first column as row headers.
import {useI18n} from '../i18n/i18n.tsx';
import {cellText, type TableSpec} from './cells.ts';

export function DataTable({spec, caption = true}: {spec: TableSpec; caption?: boolean}) {
  const {t, locale} = useI18n();
  if (!spec.rows.length) return <p className="muted an-none">{t('an.nothing')}</p>;
  return (
    <div className="an-scroll" role="region" aria-label={spec.title} tabIndex={0}>
      <table className="an-table" data-table={spec.id}>
        {caption ? <caption className="sr-only">{spec.title}</caption> : null}
        <thead>
          <tr>
            {spec.head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="wrap-anywhere">
                    {cellText(c, locale)}
                  </th>
                ) : (
                  <td key={i} data-col={i}>
                    {cellText(c, locale)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
