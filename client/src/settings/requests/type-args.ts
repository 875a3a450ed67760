// A type is saved whole (name, workflow, assignment, default): each tab changes
// its part and sends the rest as it stands.
import type {SaveTypeArgs} from '#shared/workflow/validation.ts';
import type {Localized} from '#shared/workflow/types.ts';
import type {TypeConfig} from '../../requests/use-request-config.ts';

export function typeArgs(type: TypeConfig, at: number): SaveTypeArgs & {name: Localized} {
  const n = type.row.name;
  return {
    id: type.id,
    key: type.key,
    name: {ru: n.ru ?? '', kk: n.kk ?? '', en: n.en ?? ''},
    workflow: type.workflow,
    assignment: type.assignment,
    isDefault: type.isDefault,
    position: type.row.position,
    at,
  };
}
