// Words of "connect your business" (issue 18): the public form (/connect), the
// emails to the person who sent it, the platform pages (/p/…) and the console's
// refusals about requests and settings. Server-only (catalog.ts SERVER_ONLY).
import type {Message} from '../../define.ts';

export const ru = {
  'connect.title': 'Подключить бизнес к dot',
  'connect.lead': 'Расскажите о себе — мы создадим вашу компанию и пришлём приглашение на email.',
  'connect.businessName': 'Название бизнеса',
  'connect.personName': 'Ваше имя',
  'connect.email': 'Email',
  'connect.phone': 'Телефон',
  'connect.city': 'Город',
  'connect.kind': 'Вид бизнеса',
  'connect.message': 'Что хотите вести в dot',
  'connect.optional': 'необязательно',
  'connect.submit': 'Отправить заявку',
  'connect.fixErrors': 'Проверьте поля: {fields}',
  'connect.err.required': '{field}: заполните это поле',
  'connect.err.tooLong': '{field}: не длиннее {max} знаков',
  'connect.err.email': '{field}: нужен адрес вида name@example.kz',
  'connect.err.phone': '{field}: нужен номер вида +7 701 234 56 78',
  'connect.err.kind': '{field}: выберите из списка',
  'connect.rateLimited': 'Слишком много заявок с этого адреса. Попробуйте через несколько минут.',
  'connect.thanks.title': 'Спасибо! Заявка отправлена',
  'connect.thanks.body': 'Мы рассмотрим её и напишем вам на email.',
  'connect.signupClosed': 'Регистрация новых компаний сейчас закрыта. Оставьте заявку на подключение: /connect',
  'connect.invite.subject': 'dot: компания «{company}» подключена',
  'connect.invite.body':
    'Здравствуйте, {name}!\n\nВаша заявка одобрена: компания «{company}» создана в dot. Создайте аккаунт владельца по ссылке (она действует {days} дней):\n{link}\n\n— dot',
  'connect.decline.subject': 'dot: заявка на подключение',
  'connect.decline.body': 'Здравствуйте, {name}!\n\nК сожалению, мы не можем подключить «{company}». Причина: {reason}\n\n— dot',
  'connect.alreadyApproved': 'Эта заявка уже одобрена: компания создана, второй раз её не одобрить и не отклонить.',
  'connect.alreadyDeclined': 'Эта заявка уже отклонена: одобрить или отклонить её снова нельзя.',
  'connect.smtpOff': 'Почта не настроена: задайте DOT_SMTP_URL в окружении сервера.',
  'connect.smtpFailed': 'Почтовый сервер не принял письмо: {error}',
  'connect.testMail.subject': 'dot: проверка почты',
  'connect.testMail.body': 'Это проверочное письмо из консоли dot. Раз вы его читаете, почта работает.',
} satisfies Record<string, Message>;
