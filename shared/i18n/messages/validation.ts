import {defineMessages} from '../define.ts';

// Validation codes used as zod messages in shared/validation; the UI and the
// REST API turn them into words naming the field.
export const validation = defineMessages({
  ru: {
    'v.required': 'Заполните это поле',
    'v.tooLong': 'Слишком длинно: не больше {max} символов',
    'v.tooShort': 'Слишком коротко: не меньше {min} символов',
    'v.phone': 'Укажите номер телефона, например +7 701 234 56 78',
    'v.email': 'Укажите email, например name@mail.kz',
    'v.passwordWeak': 'не меньше 8 символов, буквы и цифры',
    'v.invalid': 'Неверное значение',
    'v.fieldError': '{field}: {message}',
    'v.summary': 'Проверьте поля: {fields}',
  },
  kk: {
    'v.required': 'Бұл өрісті толтырыңыз',
    'v.tooLong': 'Тым ұзын: {max} таңбадан аспауы керек',
    'v.tooShort': 'Тым қысқа: кемінде {min} таңба',
    'v.phone': 'Телефон нөмірін көрсетіңіз, мысалы +7 701 234 56 78',
    'v.email': 'Email көрсетіңіз, мысалы name@mail.kz',
    'v.passwordWeak': 'кемінде 8 таңба, әріптер мен сандар',
    'v.invalid': 'Мән қате',
    'v.fieldError': '{field}: {message}',
    'v.summary': 'Өрістерді тексеріңіз: {fields}',
  },
  en: {
    'v.required': 'Fill in this field',
    'v.tooLong': 'Too long: at most {max} characters',
    'v.tooShort': 'Too short: at least {min} characters',
    'v.phone': 'Enter a phone number, e.g. +7 701 234 56 78',
    'v.email': 'Enter an email, e.g. name@mail.kz',
    'v.passwordWeak': 'at least 8 characters, letters and digits',
    'v.invalid': 'Invalid value',
    'v.fieldError': '{field}: {message}',
    'v.summary': 'Check these fields: {fields}',
  },
});
