// Choosing a client by typing part of a name or number: for a request's
// "client" field, for linking a request, and for picking the other record of
// a merge. Searches the device's replica, so it works offline.
import {useId, useMemo, useState} from 'react';
import {filterClients} from '#shared/crm/filters.ts';
import {formatPhone} from '#shared/phone.ts';
import {useT} from '../i18n/i18n.tsx';
import {displayName, type ClientRow, type CrmData} from './use-crm.ts';

const SHOWN = 8;

type Props = {
  crm: CrmData;
  onPick: (client: ClientRow) => void;
  exclude?: readonly string[];
  label?: string;
  disabled?: boolean;
  id?: string;
};

export function ClientPicker({crm, onPick, exclude = [], label, disabled, id}: Props) {
  const t = useT();
  const own = useId();
  const inputId = id ?? own;
  const [query, setQuery] = useState('');
  const found = useMemo(() => {
    if (!query.trim()) return [];
    return filterClients(crm.clients, crm.stats, crm.search, {query}, 'recent', 0)
      .filter((c) => !exclude.includes(c.id))
      .slice(0, SHOWN);
  }, [query, crm, exclude]);
  return (
    <div className="client-picker">
      {label ? <label htmlFor={inputId}>{label}</label> : null}
      <input
        id={inputId}
        type="search"
        disabled={disabled}
        value={query}
        placeholder={t('crm.picker.placeholder')}
        aria-label={label ?? t('crm.picker.placeholder')}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() ? (
        found.length ? (
          <ul className="picker-options" role="listbox" aria-label={label ?? t('crm.picker.placeholder')}>
            {found.map((c) => {
              const contacts = crm.contactsOf(c.id);
              const phone = contacts.find((x) => x.kind === 'phone');
              return (
                <li key={c.id} role="option" aria-selected={false}>
                  <button
                    type="button"
                    onClick={() => {
                      onPick(c);
                      setQuery('');
                    }}
                  >
                    <span className="row-name">{displayName(c, contacts, t('crm.noName'))}</span>
                    {phone && c.name.trim() ? <span className="muted"> {formatPhone(phone.value)}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted picker-none">{t('crm.picker.none')}</p>
        )
      ) : null}
    </div>
  );
}
