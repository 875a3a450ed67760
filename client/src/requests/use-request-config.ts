// The company's request types as the device holds them: each type's workflow
// and fields, parsed once. A request without a type follows the built-in
// five statuses.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import type {Row} from '@rocicorp/zero';
import {queries} from '#shared/queries/index.ts';
import type {FieldDef} from '#shared/workflow/fields.ts';
import {DEFAULT_WORKFLOW, fieldDefsOf, localizedText, parseAssignment, parseWorkflow} from '#shared/workflow/resolve.ts';
import type {Assignment, Workflow, WorkflowStatus} from '#shared/workflow/types.ts';
import {useI18n} from '../i18n/i18n.tsx';

export type TypeConfig = {
  id: string;
  key: string;
  name: string;
  row: Row['request_type'];
  workflow: Workflow;
  assignment: Assignment;
  fields: FieldDef[];
  fieldRows: Row['field_def'][];
  archived: boolean;
  isDefault: boolean;
};

export type RequestConfig = {
  types: TypeConfig[];
  byId: Map<string, TypeConfig>;
  workflowOf: (typeId: string | null | undefined) => Workflow;
  fieldsOf: (typeId: string | null | undefined) => FieldDef[];
  status: (typeId: string | null | undefined, key: string) => WorkflowStatus | undefined;
  statusName: (typeId: string | null | undefined, key: string) => string;
  defaultTypeId: string | null;
};

export function useRequestConfig(): RequestConfig {
  const {locale} = useI18n();
  const [rows] = useQuery(queries.requestConfig.types());
  return useMemo(() => {
    const types: TypeConfig[] = rows.map((r) => ({
      id: r.id,
      key: r.key,
      name: localizedText(r.name, locale),
      row: r,
      workflow: parseWorkflow(r.workflow),
      assignment: parseAssignment(r.assignment),
      fields: fieldDefsOf(r.fields),
      fieldRows: [...r.fields],
      archived: r.archived_at !== null && r.archived_at !== undefined,
      isDefault: r.is_default,
    }));
    const byId = new Map(types.map((t) => [t.id, t]));
    const workflowOf = (id: string | null | undefined) => (id && byId.get(id)?.workflow) || DEFAULT_WORKFLOW;
    const status = (id: string | null | undefined, key: string) => workflowOf(id).statuses.find((s) => s.key === key);
    return {
      types,
      byId,
      workflowOf,
      fieldsOf: (id) => (id && byId.get(id)?.fields) || [],
      status,
      statusName: (id, key) => {
        const s = status(id, key);
        return s ? localizedText(s.name, locale) : key;
      },
      defaultTypeId: types.find((t) => t.isDefault && !t.archived)?.id ?? null,
    };
  }, [rows, locale]);
}
