// Who does it, by when, how urgent: the request's own columns, edited in place.
// The department only where the type needs it (shared/requests/card-fields.ts).
// Each change is one small write so that two people editing different things
// never overwrite each other.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useState} from 'react';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {PRIORITIES} from '#shared/workflow/types.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {useWrite} from '../../write/writer.tsx';
import {fromLocalInput, toLocalInput} from './local-time.ts';

type Props = {request: Row['request']; canEdit: boolean; timeZone: string; showDepartment: boolean};

export function Details({request, canEdit, timeZone, showDepartment}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [members] = useQuery(queries.team.members());
  const [error, setError] = useState<string>();
  const [title, setTitle] = useState(request.title);
  const [department, setDepartment] = useState(request.department);
  useEffect(() => setTitle(request.title), [request.title]);
  useEffect(() => setDepartment(request.department), [request.department]);
  const run = async (w: Parameters<typeof write>[0]) => {
    const r = await write(w);
    setError(r.ok ? undefined : r.message);
  };
  const overdue = request.deadline !== null && request.deadline !== undefined && request.deadline < Date.now();
  return (
    <section className="section details">
      <div className="details-grid">
        <div className="field">
          <label htmlFor="rq-title">{t('requests.titleField')}</label>
          <input
            id="rq-title"
            value={title}
            disabled={!canEdit}
            maxLength={300}
            onChange={(e) => setTitle(e.target.value)}
            onBlur={() => title !== request.title && void run(mutators.request.update({id: request.id, title}))}
          />
        </div>
        <div className="field">
          <label htmlFor="rq-priority">{t('requests.priority')}</label>
          <select
            id="rq-priority"
            value={request.priority}
            disabled={!canEdit}
            onChange={(e) => void run(mutators.request.update({id: request.id, priority: e.target.value as (typeof PRIORITIES)[number]}))}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rq-responsible">{t('requests.responsible')}</label>
          <select
            id="rq-responsible"
            value={request.responsible_id ?? ''}
            disabled={!canEdit}
            onChange={(e) => void run(mutators.request.setResponsible({id: request.id, responsibleId: e.target.value || null}))}
          >
            <option value="">{t('requests.nobody')}</option>
            {members
              .filter((m) => m.active || m.id === request.responsible_id)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.position ? ` — ${m.position}` : ''}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rq-deadline">{t('requests.deadline')}</label>
          <input
            id="rq-deadline"
            type="datetime-local"
            disabled={!canEdit}
            value={toLocalInput(request.deadline, timeZone)}
            aria-invalid={overdue || undefined}
            onChange={(e) => void run(mutators.request.update({id: request.id, deadline: fromLocalInput(e.target.value, timeZone)}))}
          />
          {request.deadline ? <div className={overdue ? 'field-error' : 'field-hint'}>{formatDate(request.deadline, timeZone, locale)}</div> : null}
        </div>
        {showDepartment ? (
          <div className="field">
            <label htmlFor="rq-department">{t('requests.department')}</label>
            <input
              id="rq-department"
              value={department}
              disabled={!canEdit}
              maxLength={120}
              onChange={(e) => setDepartment(e.target.value)}
              onBlur={() => department !== request.department && void run(mutators.request.update({id: request.id, department}))}
            />
          </div>
        ) : null}
      </div>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
