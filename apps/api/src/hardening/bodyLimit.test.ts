import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hardenedYoga, send, unusedDatabase } from '../../test/inProcess.ts';
import { OPEN_ACCESS } from '../auth/authenticate.ts';
import { createDetourServer } from '../server.ts';

const LIMIT = 1000;
const small = (padding: number) =>
  JSON.stringify({ query: '{ __typename }', variables: { p: 'x'.repeat(padding) } });

let server: Server;
let port: number;

beforeAll(async () => {
  server = createDetourServer({
    db: unusedDatabase,
    production: true,
    webDist: null,
    auth: OPEN_ACCESS,
    maxRequestBodyBytes: LIMIT,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
});

interface Answer {
  readonly status: number;
  readonly code: unknown;
  readonly data: unknown;
}

/** POSTs over real HTTP: with a Content-Length, or chunked (the body in `pieces` writes). */
function post(body: string, framing: 'content-length' | 'chunked'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(framing === 'content-length' ? { 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            data?: unknown;
            errors?: { extensions?: { code?: unknown } }[];
          };
          resolve({
            status: res.statusCode ?? 0,
            code: parsed.errors?.[0]?.extensions?.code,
            data: parsed.data,
          });
        });
      },
    );
    req.on('error', reject);
    // Several writes without a Content-Length: node:http sends Transfer-Encoding: chunked.
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    req.end(body.slice(half));
  });
}

describe('the request body limit over HTTP', () => {
  it('answers a body within the limit, with a Content-Length or chunked', async () => {
    for (const framing of ['content-length', 'chunked'] as const) {
      const answer = await post(small(100), framing);
      expect(answer, framing).toEqual({
        status: 200,
        code: undefined,
        data: { __typename: 'Query' },
      });
    }
  });

  it('refuses a Content-Length over the limit with 413 REQUEST_ENTITY_TOO_LARGE', async () => {
    const answer = await post(small(2 * LIMIT), 'content-length');
    expect(answer).toEqual({ status: 413, code: 'REQUEST_ENTITY_TOO_LARGE', data: undefined });
  });

  it('refuses a chunked body once it passes the limit, though no header announced its size', async () => {
    const answer = await post(small(2 * LIMIT), 'chunked');
    expect(answer).toEqual({ status: 413, code: 'REQUEST_ENTITY_TOO_LARGE', data: undefined });
  });
});

describe('the request body limit in process', () => {
  it('refuses a Content-Length that is not one whole number: 400 BAD_REQUEST', async () => {
    const yoga = hardenedYoga({ maxRequestBodyBytes: LIMIT });
    const result = await send(yoga, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '10, 10' },
      body: small(0),
    });
    expect(result.status).toBe(400);
    expect(result.errors[0]).toEqual({
      message: 'Content-Length header is invalid.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('counts the body as it is read when the request did not come through node:http', async () => {
    const yoga = hardenedYoga({ maxRequestBodyBytes: LIMIT });
    // A Content-Length that understates the body: only the count while reading catches it.
    const result = await send(yoga, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '10' },
      body: small(2 * LIMIT),
    });
    expect(result.status).toBe(413);
    expect(result.errors[0]?.extensions?.['code']).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});
