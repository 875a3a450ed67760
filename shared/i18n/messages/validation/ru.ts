// Validation codes used as zod messages in shared/validation; the UI and the
// REST API turn them into words naming the field.
import type {Message} from '../../define.ts';

export const ru = {
  'v.spreadsheet': 'Не удалось прочитать файл: нужен .xlsx или .csv',
  'v.taken': 'Такой ключ уже есть',
  'v.kindFixed': 'Тип поля нельзя менять после создания — создайте новое поле',
  'v.key': 'Только латинские буквы, цифры и _ (начиная с буквы)',
  'v.number': 'Введите число',
  'v.money': 'Введите сумму в тенге',
  'v.date': 'Введите дату',
  'v.link': 'Введите ссылку, начиная с https://',
  'v.required': 'Заполните это поле',
  'v.tooLong': 'Слишком длинно: не больше {max} символов',
  'v.tooShort': 'Слишком коротко: не меньше {min} символов',
  'v.phone': 'Укажите номер телефона, например +7 701 234 56 78',
  'v.email': 'Укажите email, например name@mail.kz',
  'v.passwordWeak': 'не меньше 8 символов, буквы и цифры',
  'v.badChars': 'Содержит символ, который нельзя сохранить (нулевой байт или испорченный Юникод)',
  'v.tooDeep': 'Слишком глубокая вложенность данных',
  'v.duplicate': 'Уже есть запись с таким значением',
  'v.periodOrder': 'Конец периода раньше начала',
  'v.periodLong': 'Период не длиннее трёх лет',
  'v.invalid': 'Неверное значение',
  'v.fieldError': '{field}: {message}',
  'v.summary': 'Проверьте поля: {fields}',
} satisfies Record<string, Message>;
