// The one registry of named reads, the groups the modules' manifests declare.
// Names are paths: "requests.list". Built from list.ts (reads only), so a
// device importing it does not download every module's writes.
import {defineQueries} from '@rocicorp/zero';
import '../zero-types.ts';
import {QUERY_GROUPS} from './list.ts';

export const queries = defineQueries(QUERY_GROUPS);

export type Queries = typeof queries;
