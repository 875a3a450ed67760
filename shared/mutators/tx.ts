// The transaction type a shared mutator receives (device or server), for helpers.
import type {Transaction} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';

export type ServerOrClientTx = Transaction<Schema>;
