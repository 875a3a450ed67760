// A request's custom field of kind "client": a client chosen from the base
// (stored as the client's id), shown by name with a link to the card.
import {loadSession} from '../session/session.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {ClientPicker} from './client-picker.tsx';
import {displayName, useCrm} from './use-crm.ts';

type Props = {id: string; value: unknown; onSave: (v: string | null) => void; disabled: boolean};

export function ClientField({id, value, onSave, disabled}: Props) {
  const t = useT();
  const session = loadSession();
  const crm = useCrm(session?.permissions ?? [], {search: !(typeof value === 'string' && value)});
  const chosen = typeof value === 'string' && value ? crm.byId.get(value) : undefined;
  if (chosen || (typeof value === 'string' && value)) {
    return (
      <div className="client-field" id={id}>
        {chosen ? (
          <Link href={`/clients/${chosen.id}`}>{displayName(chosen, crm.contactsOf(chosen.id), t('crm.noName'))}</Link>
        ) : (
          <span className="muted">…</span>
        )}
        {disabled ? null : (
          <button type="button" className="link" onClick={() => onSave(null)}>
            {t('crm.picker.clear')}
          </button>
        )}
      </div>
    );
  }
  return <ClientPicker crm={crm} id={id} disabled={disabled} onPick={(c) => onSave(c.id)} />;
}
