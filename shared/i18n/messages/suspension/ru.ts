// Words for a company the platform stopped (issue 18): the refusal the server
// gives on sign-in and every company path, and the app's full screen.
import type {Message} from '../../define.ts';

export const ru = {
  'suspension.title.suspended': 'Работа компании приостановлена',
  'suspension.title.blocked': 'Компания заблокирована',
  'suspension.title.deleted': 'Компания удалена',
  'suspension.refused.suspended': 'Работа компании приостановлена. Причина: {reason}',
  'suspension.refused.blocked': 'Компания заблокирована. Причина: {reason}',
  'suspension.refused.deleted': 'Компания удалена. Причина: {reason}',
  'suspension.reason': 'Причина: {reason}',
  'suspension.deleteAfter': 'Данные компании будут удалены {date}. До этого их можно скачать.',
  'suspension.kept': 'Всё, что вы ввели на этом устройстве, сохранено и отправится, когда работа возобновится.',
  'suspension.contact': 'Чтобы узнать подробности, свяжитесь со службой поддержки платформы.',
  'suspension.export': 'Скачать мои данные',
  'suspension.checkAgain': 'Проверить снова',
  'suspension.checking': 'Проверяем…',
  'suspension.stillStopped': 'Пока без изменений.',
  'suspension.signOut': 'Выйти',
  'suspension.field.reason': 'Причина',
} satisfies Record<string, Message>;
