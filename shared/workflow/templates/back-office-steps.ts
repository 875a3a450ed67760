// The back-office types' step templates (T1): the tasks each request gets on
// entering a status, for whoever holds the role. "Approved" is the move to
// awaiting payment/execution; a request cannot be Done while a required task
// is open (the workflow's tasks_done guard).
import type {TemplateType} from './template.ts';

type StepIn = NonNullable<TemplateType['steps']>[number];
const step = (key: string, onStatus: string, role: string, title: StepIn['title'], more: Partial<StepIn> = {}): StepIn => ({
  key,
  onStatus,
  role,
  title,
  ...more,
});

export const BACK_OFFICE_STEPS: Record<string, StepIn[]> = {
  // Finance pays, then the head checks the payment and closes.
  payment: [
    step(
      'pay',
      'awaiting',
      'finance',
      {ru: 'Оплатить счёт', kk: 'Шотты төлеу', en: 'Pay the invoice'},
      {
        durationHours: 8,
        resultRequired: true,
        fields: ['supplier', 'amount', 'pay_by', 'purpose'],
      },
    ),
    step(
      'confirm',
      'awaiting',
      'head',
      {ru: 'Проверить оплату и закрыть', kk: 'Төлемді тексеріп, жабу', en: 'Check the payment and close'},
      {
        durationHours: 4,
        dependsOn: ['pay'],
        fields: ['supplier', 'amount'],
      },
    ),
  ],
  purchase: [
    step(
      'quotes',
      'in_progress',
      'manager',
      {ru: 'Собрать предложения поставщиков', kk: 'Жеткізушілердің ұсыныстарын жинау', en: 'Collect supplier quotes'},
      {
        durationHours: 16,
        resultRequired: true,
        fields: ['what', 'quantity', 'where'],
      },
    ),
    step(
      'buy',
      'awaiting',
      'manager',
      {ru: 'Купить и оплатить', kk: 'Сатып алу және төлеу', en: 'Buy and pay'},
      {durationHours: 16, fields: ['what', 'quantity', 'where']},
    ),
    step(
      'receive',
      'awaiting',
      'executor',
      {ru: 'Принять товар (фото)', kk: 'Тауарды қабылдау (фото)', en: 'Receive the goods (photo)'},
      {
        durationHours: 24,
        resultRequired: true,
        dependsOn: ['buy'],
        fields: ['what', 'quantity', 'for_whom'],
      },
    ),
  ],
  contract: [
    step(
      'review',
      'in_progress',
      'lawyer',
      {ru: 'Проверить договор', kk: 'Шартты тексеру', en: 'Review the contract'},
      {
        durationHours: 16,
        resultRequired: true,
        fields: ['counterparty', 'subject'],
      },
    ),
    step(
      'sign',
      'awaiting',
      'head',
      {ru: 'Подписать договор', kk: 'Шартқа қол қою', en: 'Sign the contract'},
      {durationHours: 8, fields: ['counterparty', 'subject']},
    ),
    step(
      'archive',
      'awaiting',
      'lawyer',
      {ru: 'Передать подписанный экземпляр в архив', kk: 'Қол қойылған данасын мұрағатқа тапсыру', en: 'File the signed copy'},
      {
        durationHours: 8,
        resultRequired: true,
        dependsOn: ['sign'],
      },
    ),
  ],
  marketing: [
    step(
      'prepare',
      'in_progress',
      'marketing',
      {ru: 'Подготовить тексты и креатив', kk: 'Мәтіндер мен креативті дайындау', en: 'Prepare texts and creative'},
      {
        durationHours: 24,
        resultRequired: true,
        fields: ['placement', 'creative', 'texts', 'start', 'end'],
      },
    ),
    step(
      'launch',
      'awaiting',
      'marketing',
      {ru: 'Запустить размещение', kk: 'Орналастыруды іске қосу', en: 'Launch the placement'},
      {
        durationHours: 8,
        resultRequired: true,
        fields: ['placement', 'start', 'end'],
      },
    ),
  ],
  it: [
    step(
      'do',
      'in_progress',
      'it',
      {ru: 'Выполнить IT-заявку', kk: 'IT өтінімін орындау', en: 'Do the IT request'},
      {
        durationHours: 8,
        resultRequired: true,
        fields: ['category', 'system'],
      },
    ),
  ],
  hr: [
    step(
      'prepare',
      'in_progress',
      'manager',
      {ru: 'Подготовить документы', kk: 'Құжаттарды дайындау', en: 'Prepare the documents'},
      {
        durationHours: 16,
        resultRequired: true,
        fields: ['category'],
      },
    ),
  ],
};
