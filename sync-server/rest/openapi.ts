// The OpenAPI 3.1 document of /api/v1, built from the routes' zod schemas
// (converted and given their components by openapi-components.ts), plus the
// routes that take raw bytes, documented by hand.
import type {z} from 'zod';
import {COMPONENTS, Components, pascal, type Json, type JsonObject} from './openapi-components.ts';
import type {RouteDef} from './route.ts';

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: {title: string; version: string; description: string};
  servers: {url: string}[];
  components: {securitySchemes: JsonObject; schemas: Record<string, Json>};
  paths: Record<string, Record<string, unknown>>;
};

const errorRef = {$ref: `${COMPONENTS}Error`};

const ERROR_SCHEMA: JsonObject = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {type: 'string', enum: ['validation', 'not_found', 'conflict', 'invalid_transition', 'forbidden_state', 'unauthorized', 'internal']},
        message: {type: 'string', description: "In the caller's language (Accept-Language or ?lang=ru|kk|en)."},
        fields: {
          type: 'array',
          items: {type: 'object', properties: {field: {type: 'string'}, message: {type: 'string'}, text: {type: 'string'}}},
        },
        existingId: {type: 'string', description: 'For a refused duplicate: the id of the record that already exists (a client with this phone).'},
      },
    },
  },
};

const MEMBER_SECURITY: Json[] = [{session: []}, {apiKey: []}];
/** The platform's console: its own cookie only (issue 18). */
const PLATFORM_SECURITY: Json[] = [{console: []}];

/** Routes that take raw bytes rather than JSON, documented by hand. */
const RAW_PATHS: Record<string, Record<string, unknown>> = {
  '/files/{id}': {
    put: {
      tags: ['files'],
      summary: 'Upload the bytes of a file under an id you choose (uuid); repeating the same id is harmless',
      operationId: 'putFile',
      security: MEMBER_SECURITY,
      parameters: [
        {name: 'id', in: 'path', required: true, schema: {type: 'string'}},
        {name: 'X-File-Name', in: 'header', required: false, schema: {type: 'string'}, description: 'URI-encoded original name'},
      ],
      requestBody: {required: true, content: {'*/*': {schema: {type: 'string', format: 'binary'}}}},
      responses: {
        201: {
          description: 'Stored',
          content: {
            'application/json': {
              schema: {type: 'object', properties: {id: {type: 'string'}, url: {type: 'string'}, size: {type: 'number'}, sha256: {type: 'string'}}},
            },
          },
        },
        200: {description: 'Already stored (a retry)'},
        413: {description: 'Too large', content: {'application/json': {schema: errorRef}}},
      },
    },
  },
};

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Any unique string (a UUID): every repeat of this write with the key gets the first answer, and the write happens once.',
  schema: {type: 'string', minLength: 1, maxLength: 255},
};

function operationId(method: string, path: string, taken: Set<string>): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith(':') ? `By ${seg.slice(1)}` : seg));
  const base = method + pascal(words.join(' '));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}

/** Path or query parameters from an object schema's properties. */
function parameters(components: Components, schema: z.ZodType | undefined, where: 'path' | 'query', hint: string): JsonObject[] {
  if (!schema) return [];
  const json = components.schema(schema, 'input', hint);
  const properties = json.properties;
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return [];
  const required = new Set(Array.isArray(json.required) ? json.required : []);
  return Object.entries(properties).map(([name, field]) => {
    const description = field && typeof field === 'object' && !Array.isArray(field) && typeof field.description === 'string' ? field.description : undefined;
    return {name, in: where, required: where === 'path' || required.has(name), ...(description && {description}), schema: field};
  });
}

export function openApiDocument(routes: readonly RouteDef[], serverUrl: string): OpenApiDocument {
  const components = new Components({Error: ERROR_SCHEMA});
  const paths = structuredClone(RAW_PATHS);
  const taken = new Set(['putFile']);
  for (const def of routes) {
    const path = def.path.replace(/:(\w+)/g, '{$1}');
    const id = operationId(def.method, def.path, taken);
    const hint = pascal(id);
    const params = [...parameters(components, def.params, 'path', `${hint}Path`), ...parameters(components, def.query, 'query', `${hint}Query`)];
    // Every {name} in the path is a parameter a client must fill, declared or not.
    for (const [, name] of def.path.matchAll(/:(\w+)/g)) {
      if (!params.some((p) => p.in === 'path' && p.name === name)) params.push({name: name!, in: 'path', required: true, schema: {type: 'string'}});
    }
    const status = String(def.status ?? 200);
    const error = (description: string) => ({description, content: {'application/json': {schema: errorRef}}});
    // A member's write answers every repeat of its Idempotency-Key with its first answer (rest/idempotent.ts).
    const keyed = def.auth === 'member' && def.method !== 'get';
    if (keyed) params.push(IDEMPOTENCY_KEY);
    paths[path] ??= {};
    paths[path][def.method] = {
      tags: [def.tag],
      summary: def.summary,
      operationId: id,
      ...(def.auth === 'member' && {security: MEMBER_SECURITY}),
      ...(def.auth === 'platform' && {security: PLATFORM_SECURITY}),
      ...(params.length && {parameters: params}),
      ...(def.body && {requestBody: {required: true, content: {'application/json': {schema: components.schema(def.body, 'input', `${hint}Body`)}}}}),
      ...(def.rawBody && {requestBody: {required: true, content: {[def.rawBody]: {schema: {type: 'string', format: 'binary'}}}}}),
      responses: {
        [status]: {
          description: 'OK',
          ...(def.response && {content: {'application/json': {schema: components.schema(def.response, 'output', `${hint}Response`)}}}),
        },
        ...(def.body || def.params ? {400: error('Invalid input')} : {}),
        ...(def.rawBody && {400: error('Invalid input'), 413: error('The body is too large')}),
        ...(def.auth !== 'none' && {401: error('Not signed in'), 404: error('Not found or not allowed')}),
        ...(keyed && {409: error('A unique value is taken, or the record changed meanwhile'), 422: error('The Idempotency-Key was used for another request')}),
        ...(def.body && {
          413: error('The body is too large or has too many fields'),
          415: error('Not JSON in UTF-8, or compressed other than gzip/deflate/br'),
        }),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dot API',
      version: '1',
      description:
        'Every entity of a company, scoped to the caller. Authenticate with the session cookie or ' +
        '"Authorization: Bearer dot_…" (an API key made by an owner or admin). Writes accept an ' +
        '"Idempotency-Key" header: repeating a write with the same key has its effect once.',
    },
    servers: [{url: serverUrl}],
    components: {
      securitySchemes: {
        session: {type: 'apiKey', in: 'cookie', name: 'dot_session'},
        console: {type: 'apiKey', in: 'cookie', name: 'dot_console', description: 'A platform administrator signed in to the console (TOTP)'},
        apiKey: {type: 'http', scheme: 'bearer'},
      },
      schemas: components.all(),
    },
    paths,
  };
}
