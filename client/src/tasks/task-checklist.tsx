import type {Row} from '@rocicorp/zero';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {useT} from '../i18n/i18n.tsx';
import {ChecklistSection} from '../ui/checklist.tsx';
import {useWrite} from '../write/writer.tsx';

type Props = {taskId: string; items: readonly Row['task_check'][]; canTick: boolean; canRemove: boolean};

/** The steps of the work: ticked by whoever does it, removed by whoever set the task. */
export function TaskChecklist({taskId, items, canTick, canRemove}: Props) {
  const t = useT();
  const write = useWrite();
  return (
    <ChecklistSection
      title={t('tasks.checklist')}
      addLabel={t('tasks.checkAdd')}
      draftKey={`task-check.${taskId}`}
      maxLength={500}
      items={items}
      canTick={canTick}
      canRemove={canRemove}
      add={(text) => write(mutators.task.addCheck({id: uuidv7(), taskId, text, at: Date.now()}))}
      toggle={(id, done) => write(mutators.task.toggleCheck({id, done}))}
      remove={(id) => write(mutators.task.removeCheck({id}))}
    />
  );
}
