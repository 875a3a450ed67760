// Support access (issue 18): the owner lets the platform's support read the
// company's data for a few hours, sees who read what, and can revoke it.
import type {Message} from '../../define.ts';

export const ru = {
  'support.title': 'Доступ поддержки',
  'support.lead': 'Служба поддержки платформы видит данные компании только с вашего разрешения и только на указанное время. Каждый просмотр записывается.',
  'support.hours': 'На сколько часов',
  'support.note': 'Комментарий для поддержки',
  'support.grant': 'Разрешить доступ',
  'support.revoke': 'Отозвать',
  'support.activeUntil': 'Открыт до {time}',
  'support.ended': 'Закрыт',
  'support.revokedAt': 'Отозван {time}',
  'support.none': 'Доступ поддержке не выдавался.',
  'support.log.title': 'Журнал просмотров',
  'support.log.empty': 'Поддержка ещё не просматривала данные компании.',
  'support.log.entry': '{time} — {who}',
  'support.log.offline': 'Журнал доступен, когда есть связь.',
  'support.error.noGrant': 'Компания не открывала доступ поддержке, или срок доступа истёк.',
  'support.v.hours': 'От 1 до 72 часов',
  'op.support.grant': 'Доступ поддержки',
  'op.support.revoke': 'Отзыв доступа поддержки',
} satisfies Record<string, Message>;
