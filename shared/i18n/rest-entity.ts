// The record a REST route is about, and the words for "not found" naming it.
import type {ru} from './messages/rest/ru.ts';

type Keyed<K> = K extends `notFound.${infer E}` ? E : never;
/** A record a REST route is about; 'request' is named by requests.notFound. */
export type Entity = Keyed<keyof typeof ru> | 'request';

export function notFoundKey(entity: Entity) {
  return entity === 'request' ? ('requests.notFound' as const) : (`notFound.${entity}` as const);
}
