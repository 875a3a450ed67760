// The one registry of named writes, built from the modules' manifests.
// Names are paths: "request.setStatus".
import {defineMutators} from '@rocicorp/zero';
import '../zero-types.ts';
import {merged} from '../module/define.ts';
import {SHARED_MODULES} from '../module/list.ts';
import {collectWriteMeta, type WriteMeta} from './meta.ts';

const definitions = merged(SHARED_MODULES, 'mutators');

export const mutators = defineMutators(definitions);

export type Mutators = typeof mutators;

const META = collectWriteMeta(definitions);

/** What a write declared beside its body (meta.ts), by its name as the outbox stores it. */
export function writeMeta(name: string): WriteMeta {
  return META.get(name) ?? {};
}

type Definition = {readonly validator?: unknown};
function definitionOf(name: string): Definition | undefined {
  let node: unknown = definitions;
  for (const part of name.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node as Definition | undefined;
}

/** The argument schema a write validates with (a zod schema): REST derives its body from it. */
export function argsSchemaOf(mutator: {readonly mutatorName: string}): unknown {
  return definitionOf(mutator.mutatorName)?.validator;
}
