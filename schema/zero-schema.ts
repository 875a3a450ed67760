// The one Zero schema. Each module keeps its tables in tables/<module>.ts;
// schema-agreement.pg.test.ts proves this matches the migrated database.
import {createBuilder, createSchema} from '@rocicorp/zero';
import {auditLog, company, member, role} from './tables/core.ts';
import {attachment, attachmentRelationships, file} from './tables/files.ts';
import {refusedOp, refusedOpRelationships} from './tables/ops.ts';
import {
  auditLogRelationships,
  checklistItem,
  fieldDef,
  messageTemplate,
  request,
  requestComment,
  requestCommentRelationships,
  requestRelationships,
  requestType,
  requestTypeRelationships,
  requestWatcher,
  savedView,
} from './tables/requests.ts';
import {catalogCategory, catalogItem, catalogItemRelationships} from './tables/catalog.ts';
import {companyProfile, companyProfileRelationships, companySlug, review, siteStat} from './tables/site.ts';
import {
  booking,
  bookingException,
  bookingMaster,
  bookingMasterRelationships,
  bookingPlace,
  bookingPlaceRelationships,
  bookingRelationships,
  bookingService,
  bookingServiceRelationships,
  bookingExceptionRelationships,
  massNotification,
  massNotificationRelationships,
  notificationSubjectRelationships,
  reviewMasterRelationships,
} from './tables/booking.ts';
import {notification} from './tables/notify.ts';
import {
  client,
  clientContact,
  clientDismissal,
  clientExport,
  clientMerge,
  clientMergeRelationships,
  clientNote,
  clientNoteRelationships,
  clientRelationships,
} from './tables/crm.ts';
import {chatMessage, chatMessageRelationships, conversation, conversationRelationships, messengerChannel} from './tables/messaging.ts';

export const schema = createSchema({
  tables: [
    company,
    role,
    member,
    auditLog,
    request,
    requestComment,
    file,
    attachment,
    refusedOp,
    companyProfile,
    companySlug,
    catalogCategory,
    catalogItem,
    review,
    siteStat,
    requestType,
    fieldDef,
    requestWatcher,
    checklistItem,
    messageTemplate,
    savedView,
    bookingMaster,
    bookingPlace,
    bookingException,
    bookingService,
    booking,
    massNotification,
    notification,
    client,
    clientContact,
    clientNote,
    clientMerge,
    clientDismissal,
    clientExport,
    messengerChannel,
    conversation,
    chatMessage,
  ],
  relationships: [
    requestRelationships,
    requestCommentRelationships,
    auditLogRelationships,
    attachmentRelationships,
    refusedOpRelationships,
    catalogItemRelationships,
    companyProfileRelationships,
    requestTypeRelationships,
    bookingMasterRelationships,
    bookingPlaceRelationships,
    bookingRelationships,
    bookingServiceRelationships,
    bookingExceptionRelationships,
    massNotificationRelationships,
    reviewMasterRelationships,
    notificationSubjectRelationships,
    clientRelationships,
    clientNoteRelationships,
    clientMergeRelationships,
    conversationRelationships,
    chatMessageRelationships,
  ],
});

export type Schema = typeof schema;
export const zql = createBuilder(schema);
