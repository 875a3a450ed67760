import {describe, expect, it} from 'vitest';
import {TEMPLATES} from '../workflow/templates/index.ts';
import {parseWorkflow} from '../workflow/resolve.ts';
import {cardFields} from './card-fields.ts';

const typeOf = (template: keyof typeof TEMPLATES, key: string) => {
  const t = TEMPLATES[template].types.find((x) => x.key === key)!;
  return {template, workflow: parseWorkflow(t.workflow)};
};

// Issue 11: a salon's request card showed back-office fields (department, invoice/basis).
describe('what a request card shows beyond its type’s own fields', () => {
  it('a salon’s plain request: no department, files as a document or a photo only', () => {
    expect(cardFields({...typeOf('small_business', 'request'), department: '', attachmentKinds: []})).toEqual({
      department: false,
      fileKinds: ['document', 'photo'],
    });
    // A request without a type follows the built-in workflow: the same.
    expect(cardFields({template: null, workflow: parseWorkflow(undefined), department: '', attachmentKinds: []})).toEqual({
      department: false,
      fileKinds: ['document', 'photo'],
    });
  });

  it('a back-office payment: the department, and the invoice and basis its approval asks for', () => {
    expect(cardFields({...typeOf('back_office', 'payment'), department: '', attachmentKinds: []})).toEqual({
      department: true,
      fileKinds: ['document', 'invoice', 'basis', 'contract', 'photo'],
    });
  });

  it('a custom type asks for a kind in its workflow: that kind is offered', () => {
    const workflow = {transitions: [{from: 'new', to: 'done', guards: [{kind: 'file_attached' as const, fileKind: 'contract'}]}]};
    expect(cardFields({template: 'custom', workflow, department: '', attachmentKinds: []}).fileKinds).toEqual(['document', 'contract', 'photo']);
  });

  it('never hides what a request has already: its department, a file of its kind', () => {
    expect(cardFields({...typeOf('small_business', 'request'), department: 'Салон на Абая', attachmentKinds: ['invoice']})).toEqual({
      department: true,
      fileKinds: ['document', 'invoice', 'photo'],
    });
  });
});
