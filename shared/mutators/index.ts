// The one registry of named writes. Names are paths: "request.setStatus".
import {defineMutators} from '@rocicorp/zero';
import '../zero-types.ts';
import {attachmentMutators} from './attachments.ts';
import {requestConfigMutators} from './request-config.ts';
import {requestMutators} from './requests.ts';
import {memberMutators} from './team.ts';
import {roleMutators} from './roles.ts';
import {catalogMutators} from './catalog.ts';
import {companyMutators} from './company.ts';
import {reviewMutators} from './reviews.ts';
import {bookingMutators} from './booking.ts';
import {clientMutators} from './clients.ts';

export const mutators = defineMutators({
  request: requestMutators,
  requestConfig: requestConfigMutators,
  member: memberMutators,
  role: roleMutators,
  attachment: attachmentMutators,
  catalog: catalogMutators,
  company: companyMutators,
  review: reviewMutators,
  booking: bookingMutators,
  client: clientMutators,
});

export type Mutators = typeof mutators;
