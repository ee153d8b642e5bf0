import { describe, expect, it } from 'vitest';
import { hardenedYoga, postJson, send } from '../../test/inProcess.ts';
import { MAX_REQUEST_BODY_BYTES } from './plugins.ts';

const yoga = hardenedYoga();
const TYPENAME = { query: '{ __typename }' };
const get = (query: string, headers: Record<string, string> = {}) =>
  send(yoga, { method: 'GET', search: `?query=${encodeURIComponent(query)}`, headers });

describe('what /graphql accepts', () => {
  it('answers a plain curl-style POST (content-type: application/json and nothing else)', async () => {
    const result = await postJson(yoga, TYPENAME);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ __typename: 'Query' });
    expect(result.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a GET query that carries the CSRF header', async () => {
    const result = await get('{ __typename }', { 'x-graphql-yoga-csrf': '1' });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ __typename: 'Query' });
  });
});

describe('what /graphql refuses, with a status and a JSON error', () => {
  it(`a body over ${String(MAX_REQUEST_BODY_BYTES / 1000)} kB: 413 REQUEST_ENTITY_TOO_LARGE`, async () => {
    const padding = 'x'.repeat(MAX_REQUEST_BODY_BYTES);
    const result = await postJson(yoga, { ...TYPENAME, variables: { padding } });
    expect(result.status).toBe(413);
    expect(result.errors[0]).toEqual({
      message: 'Request body too large',
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
    });
  });

  it('a body over the configured limit, even when sent without a Content-Length', async () => {
    const small = hardenedYoga({ maxRequestBodyBytes: 1000 });
    const body = new Blob([JSON.stringify({ ...TYPENAME, variables: { p: 'x'.repeat(2000) } })]);
    const result = await send(small, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body.stream(),
      duplex: 'half',
    } as RequestInit);
    expect(result.status).toBe(413);
    expect((await postJson(small, TYPENAME)).status).toBe(200);
  });

  it('a batch (an array of operations): 400 BAD_REQUEST, none of them run', async () => {
    const result = await postJson(yoga, [TYPENAME, TYPENAME]);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      { message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('malformed JSON: 400 BAD_REQUEST saying so', async () => {
    const result = await send(yoga, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(result.status).toBe(400);
    expect(result.errors[0]?.message).toBe('POST body sent invalid JSON.');
    expect(result.errors[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('malformed GraphQL: 400 GRAPHQL_PARSE_FAILED with the syntax error, for every Accept', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*']) {
      const result = await postJson(yoga, { query: '{ entity(' }, { accept });
      expect(result.status).toBe(400);
      expect(result.errors[0]?.message).toMatch(/^Syntax Error: /);
      expect(result.errors[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    }
  });

  it('an invalid document: 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await postJson(
      yoga,
      { query: '{ entity { id } }' },
      { accept: 'application/json' },
    );
    expect(result.status).toBe(400);
    expect(result.errors[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a missing query: 400', async () => {
    const result = await postJson(yoga, { variables: {} });
    expect(result.status).toBe(400);
    expect(result.errors[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('a mutation over GET: 405 with Allow: POST, even with the CSRF header', async () => {
    const result = await get('mutation { __typename }', { 'x-graphql-yoga-csrf': '1' });
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe('POST');
    expect(result.errors[0]?.message).toBe(
      'Can only perform a mutation operation from a POST request.',
    );
  });

  it('requests a browser could send cross-site without a preflight: 403 (CSRF prevention)', async () => {
    const plainGet = await get('{ __typename }');
    const form = await send(yoga, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    const text = await send(yoga, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(TYPENAME),
    });
    const multipart = new FormData();
    multipart.set('operations', JSON.stringify(TYPENAME));
    const upload = await send(yoga, { method: 'POST', body: multipart });
    for (const result of [plainGet, form, text, upload]) {
      expect(result.status).toBe(403);
      expect(result.errors[0]?.message).toBe('Required CSRF header(s) not present');
    }
  });
});
