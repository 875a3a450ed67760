import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'v.spreadsheet': 'Файлды оқу мүмкін болмады: .xlsx немесе .csv керек',
  'v.taken': 'Мұндай кілт бар',
  'v.kindFixed': 'Өріс түрін жасағаннан кейін өзгертуге болмайды — жаңа өріс жасаңыз',
  'v.key': 'Тек латын әріптері, сандар және _ (әріптен басталады)',
  'v.number': 'Санды енгізіңіз',
  'v.money': 'Соманы теңгемен енгізіңіз',
  'v.date': 'Күнді енгізіңіз',
  'v.link': 'https:// деп басталатын сілтемені енгізіңіз',
  'v.required': 'Бұл өрісті толтырыңыз',
  'v.tooLong': 'Тым ұзын: {max} таңбадан аспауы керек',
  'v.tooShort': 'Тым қысқа: кемінде {min} таңба',
  'v.phone': 'Телефон нөмірін көрсетіңіз, мысалы +7 701 234 56 78',
  'v.email': 'Email көрсетіңіз, мысалы name@mail.kz',
  'v.passwordWeak': 'кемінде 8 таңба, әріптер мен сандар',
  'v.invalid': 'Мән қате',
  'v.fieldError': '{field}: {message}',
  'v.summary': 'Өрістерді тексеріңіз: {fields}',
} satisfies Catalog<typeof ru>;
