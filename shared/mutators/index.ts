// The one registry of named writes. Names are paths: "request.setStatus".
import {defineMutators} from '@rocicorp/zero';
import '../zero-types.ts';
import {attachmentMutators} from './attachments.ts';
import {requestMutators} from './requests.ts';
import {memberMutators} from './team.ts';

export const mutators = defineMutators({
  request: requestMutators,
  member: memberMutators,
  attachment: attachmentMutators,
});

export type Mutators = typeof mutators;
