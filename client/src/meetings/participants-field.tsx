// Who is invited: colleagues ticked from the team, and outside guests by
// email and name (a guest gets the invitation by email).
import {useId} from 'react';
import {useT} from '../i18n/i18n.tsx';
import type {Guest} from './form.ts';
import type {MemberRow} from './use-meetings.ts';

type Props = {
  members: readonly MemberRow[];
  selected: readonly string[];
  onSelected: (ids: string[]) => void;
  guests: readonly Guest[];
  onGuests: (guests: Guest[]) => void;
  errors: Readonly<Record<string, string>>;
};

export function ParticipantsField({members, selected, onSelected, guests, onGuests, errors}: Props) {
  const t = useT();
  const id = useId();
  const chosen = new Set(selected);
  const toggle = (memberId: string) => onSelected(chosen.has(memberId) ? selected.filter((s) => s !== memberId) : [...selected, memberId]);
  const setGuest = (i: number, patch: Partial<Guest>) => onGuests(guests.map((g, j) => (j === i ? {...g, ...patch} : g)));
  return (
    <fieldset className="participants" aria-describedby={errors.participants ? `${id}-err` : undefined}>
      <legend>{t('meetings.field.participants')}</legend>
      {members.length ? (
        <div className="member-picks" role="group" aria-label={t('meetings.field.members')}>
          {members.map((m) => (
            <label key={m.id} className={chosen.has(m.id) ? 'member-pick on' : 'member-pick'}>
              <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} />
              <span>{m.name}</span>
            </label>
          ))}
        </div>
      ) : (
        <p className="field-hint">{t('meetings.form.noMembers')}</p>
      )}
      {errors.participants ? (
        <div className="field-error" id={`${id}-err`} role="alert">
          {errors.participants}
        </div>
      ) : null}
      <div className="guests" role="group" aria-label={t('meetings.field.guests')}>
        {guests.length ? <div className="guests-title">{t('meetings.field.guests')}</div> : null}
        {guests.map((g, i) => (
          <div className="guest-row" key={i} data-guest={i}>
            <div className="field">
              <label htmlFor={`${id}-ge${i}`}>{t('meetings.field.guestEmail')}</label>
              <input
                id={`${id}-ge${i}`}
                type="email"
                inputMode="email"
                autoComplete="off"
                value={g.email}
                aria-invalid={errors[`guests.${i}`] ? true : undefined}
                onChange={(e) => setGuest(i, {email: e.target.value})}
              />
              {errors[`guests.${i}`] ? (
                <div className="field-error" role="alert">
                  {errors[`guests.${i}`]}
                </div>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={`${id}-gn${i}`}>{t('meetings.field.guestName')}</label>
              <input id={`${id}-gn${i}`} autoComplete="off" value={g.name} maxLength={200} onChange={(e) => setGuest(i, {name: e.target.value})} />
            </div>
            <button type="button" className="link guest-remove" onClick={() => onGuests(guests.filter((_, j) => j !== i))}>
              {t('meetings.guest.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="add-guest" onClick={() => onGuests([...guests, {email: '', name: ''}])}>
          + {t('meetings.guest.add')}
        </button>
      </div>
    </fieldset>
  );
}
