// Checks an OpenAPI document the way an outsider would use it: an independent
// validator (@seriousme/openapi-schema-validator), every local $ref resolved,
// and a generated client (openapi-typescript) whose types are then compiled.
import {createRequire} from 'node:module';
import {Validator} from '@seriousme/openapi-schema-validator';

const require = createRequire(import.meta.url);

/** Every problem the validator and the $ref walk find; empty when the document is usable. */
export async function openApiProblems(doc: unknown): Promise<string[]> {
  const problems: string[] = [];
  const validator = new Validator();
  const res = await validator.validate(structuredClone(doc) as Record<string, unknown>);
  if (!res.valid) {
    const errors = typeof res.errors === 'string' ? [res.errors] : (res.errors ?? []);
    for (const e of errors) problems.push(typeof e === 'string' ? e : `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
  for (const {at, ref} of refsIn(doc)) {
    if (!ref.startsWith('#')) problems.push(`${at}: $ref ${ref} is not local to the document`);
    else if (pointer(doc, ref.slice(1)) === undefined) problems.push(`${at}: $ref ${ref} resolves to nothing`);
  }
  return problems;
}

export function refsIn(node: unknown, at = '#'): {at: string; ref: string}[] {
  if (!node || typeof node !== 'object') return [];
  const out: {at: string; ref: string}[] = [];
  for (const [key, value] of Object.entries(node)) {
    const here = `${at}/${escape(key)}`;
    if (key === '$ref' && typeof value === 'string') out.push({at, ref: value});
    else out.push(...refsIn(value, here));
  }
  return out;
}

function escape(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function pointer(doc: unknown, path: string): unknown {
  if (path === '') return doc;
  let node = doc;
  for (const raw of path.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

type Ts5 = typeof import('typescript-5');
type OpenApiTs = typeof import('openapi-typescript');

let loaded: {ts: Ts5; openapiTS: OpenApiTs} | undefined;

/**
 * openapi-typescript builds its output with the TypeScript 5 compiler API, which
 * the project's TypeScript 7 (native) does not have. It is loaded once with its
 * `require('typescript')` answered by the `typescript-5` alias, and nothing else
 * in the process sees the substitution.
 */
function load(): {ts: Ts5; openapiTS: OpenApiTs} {
  if (loaded) return loaded;
  const ts = require('typescript-5') as Ts5;
  const tsPath = createRequire(require.resolve('openapi-typescript')).resolve('typescript');
  const before = require.cache[tsPath];
  require.cache[tsPath] = {id: tsPath, filename: tsPath, loaded: true, exports: ts} as NodeJS.Module;
  try {
    loaded = {ts, openapiTS: require('openapi-typescript') as OpenApiTs};
  } finally {
    if (before) require.cache[tsPath] = before;
    else delete require.cache[tsPath];
  }
  return loaded;
}

/** The TypeScript a generated client would use (`paths`, `components`, `operations`). */
export async function generateClientTypes(doc: unknown): Promise<string> {
  const {openapiTS} = load();
  const ast = await openapiTS.default(structuredClone(doc) as never, {silent: true});
  return openapiTS.astToString(ast);
}

/**
 * Compiles the generated types together with a probe module that imports them
 * from './api'; returns the compiler's messages (empty when both compile).
 */
export function compileWithProbe(generated: string, probe: string): string[] {
  const {ts} = load();
  const files: Record<string, string> = {'/virtual/api.ts': generated, '/virtual/probe.ts': probe};
  const options: import('typescript-5').CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError) => (name in files ? ts.createSourceFile(name, files[name]!, lang) : getSourceFile(name, lang, onError));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name in files || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files[name] ?? readFile(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => name === '/virtual' || (directoryExists?.(name) ?? false);
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return text;
    const {line} = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}: ${text}`;
  });
}
