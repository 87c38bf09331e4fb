// The preview server's request rules: bounded JSON bodies and one zod schema per API endpoint, so bad input gets a 400 or 413 with a clear message, never a 500.
import { z } from 'zod';

/** The largest request body the preview accepts (bytes). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Bytes of an over-limit body read and discarded before the 413 is sent; past this the connection is dropped. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

/** An error with the HTTP status it answers with. */
export class RequestError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Reads a request body (at most MAX_BODY_BYTES) and parses it as JSON. An over-limit body is read
 * to its end and discarded, so the client gets the 413 instead of a reset connection.
 */
export function readJsonBody(req) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > MAX_BODY_BYTES;
    const large = () =>
      new RequestError(
        413,
        `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB. Send a smaller request (a server call's arguments are JSON data, such as one post).`,
      );
    if (Number.isFinite(declared) && declared > MAX_DRAIN_BYTES) {
      reject(large());
      return;
    }
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_DRAIN_BYTES) {
        reject(large());
        req.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) {
        reject(large());
        return;
      }
      if (chunks.length === 0) {
        resolve(undefined);
        return;
      }
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(
          new RequestError(
            400,
            'The request body is not valid JSON. Send a JSON object, such as {"name": "getFormContext", "args": []}.',
          ),
        );
      }
    });
    req.on('error', reject);
  });
}

const cellValue = z.union([z.string().max(50000), z.number(), z.boolean(), z.null()]);

/** One schema per POST endpoint (extra fields are ignored). */
const SCHEMAS = {
  '/api/run': z.object({
    name: z.string().min(1).max(200),
    args: z.array(z.unknown()).max(100).default([]),
  }),
  '/api/edit': z.object({
    sheet: z.string().min(1).max(200),
    a1: z.string().min(1).max(40),
    value: z.union([cellValue, z.array(z.array(cellValue))]).optional(),
  }),
  '/api/select': z.object({
    sheet: z.string().min(1).max(200),
    a1: z.string().max(40).optional(),
    spreadsheet: z.string().max(100).optional(),
  }),
  '/api/menu': z.object({ caption: z.string().min(1).max(500) }),
  '/api/close': z.object({ kind: z.enum(['sidebar', 'dialog']).default('sidebar') }),
  '/api/seen': z.object({}),
  '/api/answer': z.object({
    id: z.string().min(1).max(40),
    button: z.string().min(1).max(40),
    text: z.string().max(50000).optional(),
  }),
  '/api/view': z.object({ spreadsheet: z.string().max(100).nullable(), sheet: z.string().max(200).optional() }),
  '/api/user': z.object({ email: z.string().email().max(200) }),
};

/** What a field's problem is, in words. */
function describe(issue) {
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'The body';
  if (issue.code === 'invalid_type')
    return `${where} must be ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}.`;
  return `${where}: ${issue.message}.`;
}

/**
 * Checks a parsed body against the endpoint's schema; returns the parsed value or throws a 400
 * RequestError that says which field is wrong and what to send.
 */
export function parseRequest(pathname, body) {
  const schema = SCHEMAS[pathname];
  if (!schema) throw new RequestError(404, 'Not found.');
  const value = body === undefined ? {} : body;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new RequestError(
      400,
      `The request body must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}.`,
    );
  const result = schema.safeParse(value);
  if (!result.success)
    throw new RequestError(
      400,
      `The request to ${pathname} is malformed: ${result.error.issues.slice(0, 3).map(describe).join(' ')}`,
    );
  return result.data;
}
