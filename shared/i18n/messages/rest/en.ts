import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'notFound.requestType': 'Request type not found or not allowed',
  'notFound.requestField': 'Field not found or not allowed',
  'notFound.template': 'Template not found or not allowed',
  'notFound.booking': 'Booking not found or not allowed',
  'notFound.master': 'Master not found or not allowed',
  'notFound.place': 'Place not found or not allowed',
  'notFound.service': 'Service not found or not allowed',
  'notFound.client': 'Client not found or not allowed',
  'notFound.category': 'Category not found or not allowed',
  'notFound.item': 'Catalog item not found or not allowed',
  'notFound.member': 'Team member not found or not allowed',
  'notFound.company': 'Company not found or not allowed',
  'notFound.review': 'Review not found or not allowed',
  'notFound.file': 'File not found or not allowed',
  'notFound.notification': 'Notification not found or not allowed',
  'notFound.checklistItem': 'Checklist item not found or not allowed',
  'notFound.pushSubscription': 'Push subscription not found or not allowed',
  'notFound.conversation': 'Conversation not found or no access',
  'notFound.channel': 'Channel not found or no access',
  'notFound.apiKey': 'API key not found or not allowed',
  'notFound.document': 'Document not found or no access',
  'notFound.task': 'Task not found or no access',
  'notFound.meeting': 'Meeting not found or no access',
} satisfies Catalog<typeof ru>;
