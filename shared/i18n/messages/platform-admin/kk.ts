import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'platformAdmin.signInFailed': 'Кіру мүмкін болмады: email-ді, құпиясөзді және аутентификатор қолданбасындағы кодты тексеріңіз.',
  'platformAdmin.tooManyFailures': 'Сәтсіз кіру әрекеттері тым көп. 15 минуттан кейін қайталаңыз.',
  'platformAdmin.companyNotFound': 'Компания табылмады',
  'platformAdmin.userNotFound': 'Пайдаланушы табылмады',
} satisfies Catalog<typeof ru>;
