import {backOffice} from './back-office.ts';
import {serviceDesk} from './service-desk.ts';
import {smallBusiness} from './small-business.ts';
import type {Template} from './template.ts';

export const TEMPLATES: Record<Template['key'], Template> = {
  small_business: smallBusiness,
  back_office: backOffice,
  service_desk: serviceDesk,
};
export type TemplateKey = Template['key'];
export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];
