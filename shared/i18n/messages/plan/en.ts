import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'plan.v.key': 'Plan key: Latin letters, digits and hyphens, up to 40 characters',
  'plan.v.limitMin': 'At least {min}',
  'plan.v.limitMax': 'The number is too large',
  'plan.v.priceMin': 'A price cannot be negative',
  'plan.v.trialDays': 'Trial: 0 to 365 days',
  'plan.v.months': '1 to 36 months',
  'plan.v.unknown': 'There is no such plan',
  'plan.v.archived': 'This plan is archived: choose another',
  'plan.limit.members':
    'The "{plan}" plan allows {limit} members and you have {usage}. To add more, switch off inactive members or change the plan — write to the platform administrator.',
  'plan.limit.storage':
    'The "{plan}" plan\'s storage is full: {usage} MB of {limit} MB used, and the file is {adding} MB. Delete files you no longer need or change the plan — write to the platform administrator.',
  'plan.limit.messages':
    'Messages to clients on the "{plan}" plan are used up for this month: {usage} of {limit} sent. The count starts again on the 1st; to send more, change the plan — write to the platform administrator.',
  'plan.moduleMissing': 'The "{module}" module is not part of the "{plan}" plan. To switch it on, change the plan — write to the platform administrator.',
  'plan.title': 'Plan',
  'plan.current': 'Your plan: "{plan}"',
  'plan.members': 'Members',
  'plan.storage': 'Storage',
  'plan.messages': 'Messages to clients this month',
  'plan.count': '{usage} of {limit}',
  'plan.countMb': '{usage} MB of {limit} MB',
  'plan.noLimit': '{usage} — no limit',
  'plan.noLimitMb': '{usage} MB — no limit',
  'plan.paidUntil': 'Paid until {date}',
  'plan.trialUntil': 'Trial until {date}',
  'plan.overdue': 'Payment was due {date}: pay so that work does not stop',
  'plan.free': 'A free plan: nothing to pay',
  'plan.price': '{price} a month',
  'plan.priceYear': '{price} a year',
  'plan.how': 'To change the plan or extend the payment, write to the platform administrator: payments are marked by hand.',
  'plan.notOnPlan': 'Not part of the "{plan}" plan',
  'plan.loadFailed': 'Could not load the plan. Check the connection and open the section again.',
  'plan.near': 'Almost used up',
  'plan.mail.reminderSubject': 'Payment for the "{plan}" plan — by {date}',
  'plan.mail.reminderText':
    'Hello! The "{plan}" plan of "{company}" is paid until {date}. So that work does not stop, extend the payment: write to the platform administrator. If you have already paid, please ignore this email.',
  'plan.mail.trialSubject': 'The "{plan}" plan\'s trial ends {date}',
  'plan.mail.trialText':
    'Hello! The trial of the "{plan}" plan of "{company}" ends {date}. To keep working, pay for the plan: write to the platform administrator.',
  'plan.unpaidReason': 'The "{plan}" plan is unpaid: it was due {date}. To resume work, pay for the plan — write to the platform administrator.',
} satisfies Catalog<typeof ru>;
