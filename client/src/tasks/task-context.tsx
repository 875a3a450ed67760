// "Из заявки": the request's number and subject and the fields the step
// names, copied onto the task when it was made (shared/tasks/context.ts). An
// external contractor sees only this of the request; whoever may read the
// request also gets a link to it. A date reads as a date ("5 декабря 2026 г.").
import type {TaskContextField} from '#schema/tables/tasks.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';

type Props = {context: readonly TaskContextField[] | null | undefined; requestId: string | null | undefined; seesRequest: boolean};

export function TaskContext({context, requestId, seesRequest}: Props) {
  const {t, locale} = useI18n();
  const fields = context ?? [];
  if (!fields.length && !(requestId && seesRequest)) return null;
  return (
    <section className="task-from-request" aria-label={t('tasks.fromRequest')}>
      <div className="label">{t('tasks.fromRequest')}</div>
      {fields.length ? (
        <dl className="facts">
          {fields.map((f) => (
            <div key={f.key} className="fact" data-field={f.key}>
              <dt>{f.label[locale] || f.label.ru}</dt>
              <dd>{/^\d{4}-\d{2}-\d{2}$/.test(f.value) ? formatDate(Date.parse(`${f.value}T12:00:00Z`), 'UTC', locale, 'date') : f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {requestId && seesRequest ? <Link href={`/requests/${requestId}`}>{t('tasks.openRequest')}</Link> : null}
    </section>
  );
}
