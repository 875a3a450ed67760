// The rows of the file as they will be imported: ticked ones go in, a row with
// an error cannot be ticked and says why in plain words, a repeated person is
// unticked and says whom it repeats.
import {formatPhone} from '#shared/phone.ts';
import type {FieldIssue} from '#shared/errors.ts';
import {fullName} from '#shared/team/executors-sheet.ts';
import type {PreviewRow} from '#shared/team/import-preview.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {useI18n} from '../../i18n/i18n.tsx';

const FIELD: Record<string, MessageKey> = {
  lastName: 'exec.field.lastName',
  firstName: 'exec.field.firstName',
  middleName: 'exec.field.middleName',
  position: 'exec.field.position',
  phone: 'exec.field.phone',
};

export function useIssueText(): (issues: readonly FieldIssue[]) => string {
  const {t} = useI18n();
  return (issues) => issues.map((i) => t('v.fieldError', {field: FIELD[i.field] ? t(FIELD[i.field]!) : i.field, message: t(i.code, i.params)})).join('; ');
}

type Props = {rows: readonly PreviewRow[]; checked: ReadonlySet<number>; onToggle: (line: number, on: boolean) => void};

export function PreviewTable({rows, checked, onToggle}: Props) {
  const {t} = useI18n();
  const issueText = useIssueText();
  return (
    <table className="exec-table">
      <thead>
        <tr>
          <th aria-hidden="true" />
          <th>{t('exec.col.line')}</th>
          <th>{t('exec.col.name')}</th>
          <th>{t('exec.col.position')}</th>
          <th>{t('exec.col.phone')}</th>
          <th>{t('exec.col.note')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const on = checked.has(r.line);
          const note = !r.importable
            ? t('exec.cannot', {reasons: issueText(r.issues)})
            : r.duplicate?.of === 'file'
              ? t('exec.dupFile', {line: r.duplicate.line})
              : r.duplicate?.of === 'team'
                ? t('exec.dupTeam', {name: r.duplicate.name})
                : '';
          const cls = !r.importable ? 'exec-row bad' : r.duplicate ? 'exec-row dup' : 'exec-row';
          return (
            <tr key={r.line} className={on ? `${cls} on` : cls} data-line={r.line}>
              <td className="exec-check">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!r.importable}
                  aria-label={t('exec.rowCheck', {line: r.line})}
                  onChange={(e) => onToggle(r.line, e.target.checked)}
                />
              </td>
              <td className="exec-line">{r.line}</td>
              <td className="exec-name">{fullName(r.row) || '—'}</td>
              <td>{r.row.position || '—'}</td>
              <td className="exec-phone">{r.row.phone ? formatPhone(r.row.phone) : ''}</td>
              <td className="exec-note">{note}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
