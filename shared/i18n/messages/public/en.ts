import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'pub.request.title': 'Send a request',
  'pub.request.lead': 'Tell us what you need — we will get back to you.',
  'pub.request.name': 'Your name',
  'pub.request.text': 'What do you need?',
  'pub.request.submit': 'Send request',
  'pub.thanks.title': 'Thank you! Request received',
  'pub.thanks.body': 'Your request number: {number}. We will contact you soon.',
  'pub.thanks.again': 'Send another one',
  'pub.rateLimited': 'Too many requests from this address. Try again in a few minutes.',
  'pub.notFound': 'Page not found',
  'pub.suspended': 'This page is temporarily unavailable.',
  'pub.poweredBy': 'Powered by dot',
  'pub.language': 'Language',
} satisfies Catalog<typeof ru>;
