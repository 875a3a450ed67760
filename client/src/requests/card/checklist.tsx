import type {Row} from '@rocicorp/zero';
import {uuidv7} from 'uuidv7';
import {mutators} from '../../sync/mutators.ts';
import {useT} from '../../i18n/i18n.tsx';
import {ChecklistSection} from '../../ui/checklist.tsx';
import {useWrite} from '../../write/writer.tsx';

/** Steps of the work; a workflow may refuse to close the request while some are open. */
export function Checklist({requestId, items, canEdit}: {requestId: string; items: readonly Row['checklist_item'][]; canEdit: boolean}) {
  const t = useT();
  const write = useWrite();
  const position = items.length ? Math.max(...items.map((i) => i.position)) + 1 : 1;
  return (
    <ChecklistSection
      title={t('requests.checklist')}
      addLabel={t('requests.checklistAdd')}
      draftKey={`checklist.${requestId}`}
      maxLength={300}
      items={items}
      canTick={canEdit}
      canRemove={canEdit}
      add={(text) => write(mutators.request.checklistAdd({id: uuidv7(), requestId, text, position, createdAt: Date.now()}))}
      toggle={(id, done) => write(mutators.request.checklistToggle({id, done}))}
      remove={(id) => write(mutators.request.checklistRemove({id}))}
    />
  );
}
