import type {Message} from '../../define.ts';

// Tariff plans (issue 18, P4): the plan's validation, its limits' refusals (each names the limit, the usage, the plan
// and how to raise it), the module a plan lacks, the settings screen's "Тариф" section, and the billing emails.
export const ru = {
  'plan.v.key': 'Ключ тарифа: латинские буквы, цифры и дефис, до 40 символов',
  'plan.v.limitMin': 'Не меньше {min}',
  'plan.v.limitMax': 'Слишком большое число',
  'plan.v.priceMin': 'Цена не может быть отрицательной',
  'plan.v.trialDays': 'Пробный период: от 0 до 365 дней',
  'plan.v.months': 'От 1 до 36 месяцев',
  'plan.v.unknown': 'Такого тарифа нет',
  'plan.v.archived': 'Этот тариф в архиве: выберите другой',
  'plan.limit.members':
    'Достигнут предел участников тарифа «{plan}»: {usage} из {limit}. Чтобы добавить ещё, отключите неактивных участников или смените тариф — напишите администратору платформы.',
  'plan.limit.storage':
    'Хранилище тарифа «{plan}» заполнено: занято {usage} МБ из {limit} МБ, а файл весит {adding} МБ. Удалите ненужные файлы или смените тариф — напишите администратору платформы.',
  'plan.limit.messages':
    'Сообщения клиентам по тарифу «{plan}» на этот месяц закончились: отправлено {usage} из {limit}. Счётчик обнулится 1-го числа; чтобы отправлять больше, смените тариф — напишите администратору платформы.',
  'plan.moduleMissing': 'Модуль «{module}» не входит в тариф «{plan}». Чтобы включить его, смените тариф — напишите администратору платформы.',
  'plan.title': 'Тариф',
  'plan.current': 'Ваш тариф: «{plan}»',
  'plan.members': 'Участники',
  'plan.storage': 'Хранилище',
  'plan.messages': 'Сообщения клиентам в этом месяце',
  'plan.count': '{usage} из {limit}',
  'plan.countMb': '{usage} МБ из {limit} МБ',
  'plan.noLimit': '{usage} — без ограничений',
  'plan.noLimitMb': '{usage} МБ — без ограничений',
  'plan.paidUntil': 'Оплачен до {date}',
  'plan.trialUntil': 'Пробный период до {date}',
  'plan.overdue': 'Срок оплаты истёк {date}: оплатите, чтобы работа не остановилась',
  'plan.free': 'Бесплатный тариф: оплачивать не нужно',
  'plan.price': '{price} в месяц',
  'plan.priceYear': '{price} в год',
  'plan.how': 'Чтобы сменить тариф или продлить оплату, напишите администратору платформы: оплата отмечается вручную.',
  'plan.notOnPlan': 'Не входит в тариф «{plan}»',
  'plan.loadFailed': 'Не удалось загрузить тариф. Проверьте связь и откройте раздел снова.',
  'plan.near': 'Почти исчерпано',
  'plan.mail.reminderSubject': 'Оплата тарифа «{plan}» — до {date}',
  'plan.mail.reminderText':
    'Здравствуйте! Тариф «{plan}» компании «{company}» оплачен до {date}. Чтобы работа не остановилась, продлите оплату: напишите администратору платформы. Если оплата уже отправлена, не обращайте внимания на это письмо.',
  'plan.mail.trialSubject': 'Пробный период тарифа «{plan}» заканчивается {date}',
  'plan.mail.trialText':
    'Здравствуйте! Пробный период тарифа «{plan}» компании «{company}» заканчивается {date}. Чтобы продолжить работу, оплатите тариф: напишите администратору платформы.',
  'plan.unpaidReason': 'Тариф «{plan}» не оплачен: срок истёк {date}. Чтобы возобновить работу, оплатите тариф — напишите администратору платформы.',
} satisfies Record<string, Message>;
