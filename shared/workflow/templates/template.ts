// The shape of a ready-made configuration a company can install in one step.
import type {Permission} from '../../auth/permissions.ts';
import type {FieldKind} from '../fields.ts';
import type {Localized} from '../types.ts';
import {workflowSchema, type Assignment} from '../types.ts';
import type {z} from 'zod';
import type {stepsSchema} from '../../tasks/steps.ts';

type LocalizedIn = {ru: string; kk?: string; en?: string};

export type TemplateField = {
  key: string;
  label: LocalizedIn;
  kind: FieldKind;
  options?: {key: string; label: LocalizedIn}[];
  required?: boolean;
  requiredFrom?: string;
  help?: LocalizedIn;
};

export type TemplateType = {
  key: string;
  name: LocalizedIn;
  isDefault?: boolean;
  workflow: z.input<typeof workflowSchema>;
  assignment?: Partial<Assignment>;
  fields: TemplateField[];
  /** The tasks a request of this type gets when it enters a status (shared/tasks/steps.ts). */
  steps?: z.input<typeof stepsSchema>;
};

export type Template = {
  key: 'small_business' | 'back_office' | 'service_desk';
  name: Localized | LocalizedIn;
  description: LocalizedIn;
  types: TemplateType[];
  roles: {key: string; name: LocalizedIn; permissions: readonly Permission[]}[];
  messages: {key: string; name: LocalizedIn; body: LocalizedIn}[];
};
