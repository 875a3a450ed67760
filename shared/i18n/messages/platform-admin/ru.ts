// What the server says to a platform administrator (issue 18): the console's
// sign-in and its lookups. Server-only: the console shows the message the
// answer carries, so no device bundle holds these.
import type {Message} from '../../define.ts';

export const ru = {
  // One message for every failure: it never says which of the three was wrong.
  'platformAdmin.signInFailed': 'Не удалось войти: проверьте email, пароль и код из приложения-аутентификатора.',
  'platformAdmin.tooManyFailures': 'Слишком много неудачных попыток входа. Попробуйте через 15 минут.',
  'platformAdmin.companyNotFound': 'Компания не найдена',
  'platformAdmin.userNotFound': 'Пользователь не найден',
} satisfies Record<string, Message>;
