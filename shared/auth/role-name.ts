// A role in the reader's words. System roles (owner, admin, staff) are catalog
// messages; a role a ready template added (head, executor, finance, …) is
// stored under its Russian name, so while the company keeps that name it is
// shown in the template's wording of the reader's language. A role the company
// made or renamed is shown as the company wrote it.
import type {Locale} from '../i18n/locales.ts';
import type {Translate} from '../i18n/translate.ts';
import {TEMPLATES} from '../workflow/templates/index.ts';
import {isSystemRoleKey} from './roles.ts';
import {ROLE_TEMPLATES} from './templates.ts';

type Names = {ru: string; kk?: string; en?: string};

const TEMPLATE_ROLES = new Map<string, Names[]>();
for (const role of ROLE_TEMPLATES) TEMPLATE_ROLES.set(role.key, [role.name]);
for (const template of Object.values(TEMPLATES)) {
  for (const role of template.roles) TEMPLATE_ROLES.set(role.key, [...(TEMPLATE_ROLES.get(role.key) ?? []), role.name]);
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function roleName(role: {key: string; name?: string | null | undefined}, locale: Locale, t: Translate): string {
  if (isSystemRoleKey(role.key)) return t(`role.${role.key}`);
  const stored = role.name ?? '';
  const template = TEMPLATE_ROLES.get(role.key)?.find((names) => !stored || Object.values(names).some((n) => n && same(n, stored)));
  if (template) return template[locale] || template.ru;
  return stored || role.key;
}
