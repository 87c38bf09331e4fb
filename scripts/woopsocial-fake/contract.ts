/** WoopSocial's OpenAPI 3.1 contract (openapi.yaml beside this file) as a validator: finds each request's operation and checks requests and responses with ajv (JSON Schema 2020-12). */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';

/*
 * openapi.yaml is the vendor's file unchanged (WoopSocial/docs commit 63bbc73, 2026-07-02). Two
 * readings are applied when compiling it, both keeping the checks as strict as the document means:
 * - `discriminator` is OpenAPI's annotation; ajv's own support refuses `mapping` and allOf members,
 *   so it is declared as an annotation and oneOf alone picks the branch (every branch pins `platform`,
 *   `type` or `status` to one value, so exactly one matches).
 * - A member of allOf with `additionalProperties: false` (SocialAccountPostBase) forbids the
 *   properties the other members add (`platform`, `pinterestBoardId`...), so no post the API returns
 *   could ever match. Each such allOf gets `unevaluatedProperties: false` instead, with the member
 *   opened: unknown properties are still refused, known ones from every member accepted.
 */

/** A JSON object of the document. */
type Json = Record<string, unknown>;

/** One operation of the contract. */
interface Operation {
  id: string;
  method: string;
  pattern: RegExp;
  pathParams: string[];
  spec: Json;
}

/** A request as validated (header names lower case, body already parsed when JSON). */
export interface ContractRequest {
  method: string;
  /** Path below the server base, e.g. `/posts/abc`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  contentType: string;
  body: unknown;
}

/** What validating a request found. */
export interface RequestCheck {
  operation: Operation | null;
  params: Record<string, string>;
  /** Query values decoded by the contract's styles (comma lists become arrays). */
  query: Record<string, unknown>;
  errors: string[];
}

/** The contract file kept in the repository (a copy of ../shared/reference/woopsocial/openapi.yaml); a bundled copy of the fake is told where it is. */
export const CONTRACT_FILE = process.env.WOOPSOCIAL_CONTRACT || path.join(__dirname, 'openapi.yaml');

/** Opens allOf members that close additional properties, and closes the allOf instead (see the note above). */
function openAllOfMembers(schemas: Record<string, Json>): void {
  const closed = new Set(Object.keys(schemas).filter((name) => schemas[name].additionalProperties === false));
  for (const [name, schema] of Object.entries(schemas)) {
    const members = schema.allOf as Json[] | undefined;
    if (!members) continue;
    let changed = false;
    for (const member of members) {
      const ref = typeof member.$ref === 'string' ? member.$ref.split('/').pop()! : '';
      if (closed.has(ref)) {
        const open = `${ref}__open`;
        if (!schemas[open]) {
          const copy = { ...schemas[ref] };
          delete copy.additionalProperties;
          schemas[open] = copy;
        }
        member.$ref = `#/components/schemas/${open}`;
        changed = true;
      }
    }
    if (changed) schemas[name] = { ...schema, unevaluatedProperties: false };
  }
}

/** The contract, compiled. */
export class Contract {
  readonly document: Json;
  readonly operations: Operation[] = [];
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file = CONTRACT_FILE) {
    this.document = load(readFileSync(file, 'utf8')) as Json;
    const components = this.document.components as { schemas: Record<string, Json> };
    openAllOfMembers(components.schemas);
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addKeyword({ keyword: 'discriminator' });
    this.ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ $id: 'woop', components: this.document.components }, 'woop');
    for (const [route, item] of Object.entries(this.document.paths as Record<string, Json>)) {
      const pathParams: string[] = [];
      // Paths hold only letters, hyphens, slashes and {parameters}.
      const pattern = new RegExp(
        `^${route.replace(/\{(\w+)\}/g, (_, name: string) => {
          pathParams.push(name);
          return '([^/]+)';
        })}$`,
      );
      for (const [method, spec] of Object.entries(item)) {
        this.operations.push({ id: String((spec as Json).operationId), method: method.toUpperCase(), pattern, pathParams, spec: spec as Json });
      }
    }
  }

  /** A validator for a schema of the document (refs resolve against its components). */
  private validator(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.cache.get(key);
    if (!validate) {
      const rewritten = JSON.parse(key.replace(/"#\/components\//g, '"woop#/components/')) as Json;
      validate = this.ajv.compile(rewritten);
      this.cache.set(key, validate);
    }
    return validate;
  }

  /** Errors of `value` against `schema`, as short sentences (empty when valid). */
  check(schema: Json, value: unknown, where: string): string[] {
    const validate = this.validator(schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, 5).map((error) => `${where}${error.instancePath} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`);
  }

  /** A named component schema as a validating schema. */
  schemaRef(name: string): Json {
    return { $ref: `#/components/schemas/${name}` };
  }

  /** Finds the request's operation and checks its parameters, security and body. */
  checkRequest(request: ContractRequest): RequestCheck {
    const errors: string[] = [];
    const operation = this.operations.find((op) => op.method === request.method && op.pattern.test(request.path)) ?? null;
    if (!operation) return { operation, params: {}, query: {}, errors: [`${request.method} ${request.path} is not an operation of the contract`] };
    const match = operation.pattern.exec(request.path)!;
    const params: Record<string, string> = {};
    operation.pathParams.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    const query: Record<string, unknown> = {};
    const declared = (operation.spec.parameters as Json[] | undefined) ?? [];
    const resolved = declared.map((param) => (typeof param.$ref === 'string' ? this.resolve(param.$ref) : param));
    for (const param of resolved) {
      const name = String(param.name);
      if (param.in === 'query') {
        const raw = request.query[name];
        if (raw === undefined) {
          if (param.required) errors.push(`query parameter ${name} is required`);
          continue;
        }
        const schema = param.schema as Json;
        let value: unknown = raw;
        if (schema.type === 'array') value = raw.split(',');
        else if (schema.type === 'integer') value = /^-?\d+$/.test(raw) ? Number(raw) : raw;
        query[name] = value;
        errors.push(...this.check(schema, value, `query ${name}`));
      }
    }
    for (const name of Object.keys(request.query)) {
      if (!resolved.some((param) => param.in === 'query' && param.name === name)) errors.push(`query parameter ${name} is not in the contract`);
    }
    if ((operation.spec.security as unknown[] | undefined)?.length && !/^Bearer \S+$/.test(request.headers.authorization ?? ''))
      errors.push('Authorization: Bearer <API key> is required');
    const body = operation.spec.requestBody as Json | undefined;
    if (body) {
      const content = body.content as Record<string, { schema: Json }>;
      const type = request.contentType.split(';')[0].trim().toLowerCase();
      if (!content[type]) errors.push(`content type ${type || '(none)'} is not one the contract accepts (${Object.keys(content).join(', ')})`);
      else if (type === 'application/json') errors.push(...this.check(content[type].schema, request.body, 'body'));
      else if (type === 'multipart/form-data' && !(request.body && typeof request.body === 'object' && 'file' in (request.body as Json)))
        errors.push('multipart body has no file field');
    }
    return { operation, params, query, errors };
  }

  /** Checks a response the fake is about to send; undocumented status codes are reported apart (not violations). */
  checkResponse(operation: Operation, status: number, body: unknown): { documented: boolean; errors: string[] } {
    const responses = operation.spec.responses as Record<string, Json>;
    const spec = responses[String(status)];
    if (!spec) return { documented: false, errors: [] };
    const content = spec.content as Record<string, { schema: Json }> | undefined;
    if (!content) return { documented: true, errors: body === undefined || body === '' ? [] : [`${status} has no body in the contract`] };
    return { documented: true, errors: this.check(content['application/json'].schema, body, `response ${operation.id} ${status}`) };
  }

  private resolve(ref: string): Json {
    let node: unknown = this.document;
    for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Json)[part];
    return node as Json;
  }
}
