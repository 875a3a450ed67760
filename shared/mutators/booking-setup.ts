// Booking set-up writes (B1, B2, B5): master profiles, places with their weekly
// hours and dated exceptions, services. Each checks everything before it writes
// (the rebase rule, define.ts); who may act for which master is
// shared/booking/access.ts. The bookings themselves are in booking.ts.
import {zql} from '#schema/zero-schema.ts';
import {assertMember} from '../auth/can.ts';
import {maySaveMasterAs} from '../booking/access.ts';
import {archiveArgs, clearExceptionArgs, saveMasterArgs, savePlaceArgs, saveServiceArgs, setExceptionArgs} from '../booking/validation.ts';
import {companyRows} from '../queries/scope.ts';
import {serviceFromItem} from './catalog.ts';
import {dotMutator} from './define.ts';
import {invalid, masterFor, notFound, placeOf} from './booking-access.ts';

export const bookingSetupMutators = {
  saveMaster: dotMutator(saveMasterArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const existing = await tx.run(zql.booking_master.where('id', args.id).one());
    if (existing && existing.company_id !== ctx.companyID) throw notFound();
    // A master writes only their own profile; who it belongs to is the
    // managers' to change (a login linked later).
    if (!maySaveMasterAs(ctx, args.memberId, existing)) throw notFound();
    if (args.memberId !== null) {
      const member = await tx.run(companyRows('member', ctx).where('id', args.memberId).one());
      if (!member && tx.location === 'server') throw invalid('memberId');
      const sameMember = await tx.run(companyRows('booking_master', ctx).where('member_id', args.memberId).one());
      if (sameMember && sameMember.id !== args.id) throw invalid('memberId', 'booking.v.alreadyMaster');
    }
    const sameSlug = await tx.run(companyRows('booking_master', ctx).where('slug', args.masterSlug).one());
    if (sameSlug && sameSlug.id !== args.id) throw invalid('masterSlug', 'booking.v.slugTaken');
    const fields = {
      slug: args.masterSlug,
      display_name: args.displayName,
      about: args.about,
      ...(args.tr !== undefined && {tr: args.tr}),
      member_id: args.memberId,
      active: args.active,
      slot_step_min: args.slotStepMin,
      min_notice_min: args.minNoticeMin,
      horizon_days: args.horizonDays,
      cancel_before_min: args.cancelBeforeMin,
      reminder_offsets: [...new Set(args.reminderOffsets)].sort((a, b) => b - a),
      review_after_min: args.reviewAfterMin,
    };
    if (existing) await tx.mutate.booking_master.update({id: args.id, ...fields});
    else {
      await tx.mutate.booking_master.insert({
        id: args.id,
        company_id: ctx.companyID,
        tr: {},
        ...fields,
        created_at: args.createdAt,
        updated_at: args.createdAt,
      });
    }
  }),

  savePlace: dotMutator(savePlaceArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    if (!(await masterFor(tx, ctx, args.masterId))) return;
    const existing = await tx.run(zql.booking_place.where('id', args.id).one());
    if (existing && (existing.company_id !== ctx.companyID || existing.master_id !== args.masterId)) throw notFound();
    const fields = {name: args.name, address: args.address, timezone: args.timezone, hours: args.hours, position: args.position};
    if (existing) await tx.mutate.booking_place.update({id: args.id, ...fields});
    else {
      await tx.mutate.booking_place.insert({
        id: args.id,
        company_id: ctx.companyID,
        master_id: args.masterId,
        ...fields,
        archived_at: null,
        created_at: args.createdAt,
        updated_at: args.createdAt,
      });
    }
  }),

  archivePlace: dotMutator(archiveArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const place = await placeOf(tx, ctx, args.id);
    if (!place || !(await masterFor(tx, ctx, place.master_id))) return;
    await tx.mutate.booking_place.update({id: args.id, archived_at: args.archived ? args.at : null});
  }),

  setException: dotMutator(setExceptionArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const place = await placeOf(tx, ctx, args.placeId);
    if (!place || !(await masterFor(tx, ctx, place.master_id))) return;
    const id = `${args.placeId}:${args.day}`;
    const existing = await tx.run(zql.booking_exception.where('id', id).one());
    const fields = {open: args.open, intervals: args.open ? args.intervals : [], note: args.note};
    if (existing) await tx.mutate.booking_exception.update({id, ...fields});
    else {
      await tx.mutate.booking_exception.insert({
        id,
        company_id: ctx.companyID,
        master_id: place.master_id,
        place_id: args.placeId,
        day: args.day,
        ...fields,
        created_at: args.createdAt,
        updated_at: args.createdAt,
      });
    }
  }),

  clearException: dotMutator(clearExceptionArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const place = await placeOf(tx, ctx, args.placeId);
    if (!place || !(await masterFor(tx, ctx, place.master_id))) return;
    const id = `${args.placeId}:${args.day}`;
    if (await tx.run(companyRows('booking_exception', ctx).where('id', id).one())) await tx.mutate.booking_exception.delete({id});
  }),

  saveService: dotMutator(saveServiceArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    if (!(await masterFor(tx, ctx, args.masterId))) return;
    const existing = await tx.run(zql.booking_service.where('id', args.id).one());
    if (existing && (existing.company_id !== ctx.companyID || existing.master_id !== args.masterId)) throw notFound();
    const places = await tx.run(companyRows('booking_place', ctx).where('master_id', args.masterId));
    // The device may not hold a place made on another device yet; the server checks every id.
    if (tx.location === 'server' && args.placeIds.some((id) => !places.some((p) => p.id === id))) throw invalid('placeIds', 'booking.v.places');
    // A service from the catalog is read from there (the device may not hold the item yet: the server has it).
    const item = args.catalogItemId ? await tx.run(companyRows('catalog_item', ctx).where('id', args.catalogItemId).one()) : undefined;
    if (args.catalogItemId && tx.location === 'server' && (!item || item.archived_at !== null || item.duration_min === null)) throw invalid('catalogItemId');
    const fields = {
      title: args.title,
      description: args.description,
      duration_min: args.durationMin,
      buffer_min: args.bufferMin,
      price: args.price,
      place_ids: [...new Set(args.placeIds)],
      position: args.position,
      catalog_item_id: args.catalogItemId,
      ...(item && serviceFromItem(item, {duration_min: args.durationMin})),
    };
    if (existing) await tx.mutate.booking_service.update({id: args.id, ...fields});
    else {
      await tx.mutate.booking_service.insert({
        id: args.id,
        company_id: ctx.companyID,
        master_id: args.masterId,
        tr: {},
        ...fields,
        archived_at: null,
        created_at: args.createdAt,
        updated_at: args.createdAt,
      });
    }
  }),

  archiveService: dotMutator(archiveArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const service = await tx.run(companyRows('booking_service', ctx).where('id', args.id).one());
    if (!service) {
      if (tx.location === 'server') throw notFound();
      return;
    }
    if (!(await masterFor(tx, ctx, service.master_id))) return;
    await tx.mutate.booking_service.update({id: args.id, archived_at: args.archived ? args.at : null});
  }),
};
