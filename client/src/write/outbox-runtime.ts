// What the outbox needs of Dexie (~31 KB gzip), in one chunk that the first
// screen does not load: writer.tsx imports it right after the first paint
// (when the browser is idle), or at once on a write made before that.
export {liveQuery} from 'dexie';
export {OutboxDB} from './outbox-db.ts';
