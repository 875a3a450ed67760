// Working hours per weekday: a day is working or a day off; a working day has
// one or more intervals (the gaps between them are breaks).
import {dayProblem, WEEKDAYS, type WeeklyHours, type Weekday} from '#shared/company/hours.ts';
import {useT} from '../i18n/i18n.tsx';

export function HoursEditor({value, onChange}: {value: WeeklyHours; onChange: (v: WeeklyHours) => void}) {
  const t = useT();
  const setDay = (d: Weekday, patch: Partial<WeeklyHours[Weekday]>) => onChange({...value, [d]: {...value[d], ...patch}});
  return (
    <fieldset className="hours-editor">
      <legend>{t('site.hours')}</legend>
      <p className="field-hint">{t('site.hours.breakHint')}</p>
      {WEEKDAYS.map((d) => {
        const day = value[d];
        const problem = dayProblem(day);
        return (
          <div key={d} className="hours-day" data-day={d}>
            <label className="check">
              <input
                type="checkbox"
                checked={day.open}
                onChange={(e) =>
                  setDay(d, {open: e.target.checked, intervals: e.target.checked && !day.intervals.length ? [{from: '09:00', to: '18:00'}] : day.intervals})
                }
              />
              <b>{t(`day.${d}`)}</b>
            </label>
            {day.open ? (
              <div className="intervals">
                {day.intervals.map((iv, i) => (
                  <span key={i} className="interval">
                    <input
                      type="time"
                      aria-label={`${t(`day.${d}`)} ${t('site.hours.from')}`}
                      value={iv.from}
                      onChange={(e) => setDay(d, {intervals: day.intervals.map((x, k) => (k === i ? {...x, from: e.target.value} : x))})}
                    />
                    –
                    <input
                      type="time"
                      aria-label={`${t(`day.${d}`)} ${t('site.hours.to')}`}
                      value={iv.to === '24:00' ? '00:00' : iv.to}
                      onChange={(e) => setDay(d, {intervals: day.intervals.map((x, k) => (k === i ? {...x, to: e.target.value} : x))})}
                    />
                    {day.intervals.length > 1 ? (
                      <button
                        type="button"
                        className="link"
                        aria-label={t('site.hours.removeInterval')}
                        onClick={() => setDay(d, {intervals: day.intervals.filter((_, k) => k !== i)})}
                      >
                        ✕
                      </button>
                    ) : null}
                  </span>
                ))}
                <button type="button" className="link" onClick={() => setDay(d, {intervals: [...day.intervals, {from: '14:00', to: '18:00'}]})}>
                  {t('site.hours.addInterval')}
                </button>
                {problem ? <div className="field-error">{t('v.hours')}</div> : null}
              </div>
            ) : (
              <span className="muted">{t('site.hours.closed')}</span>
            )}
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => onChange({...value, ...Object.fromEntries((['tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, structuredClone(value.mon)]))})}
      >
        {t('site.hours.copyWeekdays')}
      </button>
    </fieldset>
  );
}
