// The one registry of named reads, built from the modules' manifests.
// Names are paths: "requests.list".
import {defineQueries} from '@rocicorp/zero';
import '../zero-types.ts';
import {merged} from '../module/define.ts';
import {SHARED_MODULES} from '../module/list.ts';

export const queries = defineQueries(merged(SHARED_MODULES, 'queries'));

export type Queries = typeof queries;
