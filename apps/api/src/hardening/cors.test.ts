import { describe, expect, it } from 'vitest';
import { hardenedYoga, postJson, send } from '../../test/inProcess.ts';

const ALLOWED = 'https://allowed.example';
const OTHER = 'https://evil.example';
const TYPENAME = { query: '{ __typename }' };

const preflight = (yoga: ReturnType<typeof hardenedYoga>, origin: string) =>
  send(yoga, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });

describe('CORS', () => {
  it('by default sends no CORS headers: browsers keep the API to its own origin', async () => {
    const yoga = hardenedYoga();
    const result = await postJson(yoga, TYPENAME, { origin: OTHER });
    expect(result.status).toBe(200);
    expect(result.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(yoga, OTHER)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes an allow-listed origin, on the request and on its preflight', async () => {
    const yoga = hardenedYoga({ corsOrigins: [ALLOWED, 'http://localhost:5173'] });
    const result = await postJson(yoga, TYPENAME, { origin: ALLOWED });
    expect(result.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(result.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(result.headers.get('access-control-allow-credentials')).toBeNull();
    const options = await preflight(yoga, ALLOWED);
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(options.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(options.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
  });

  it('gives any other origin nothing, not even "null"', async () => {
    const yoga = hardenedYoga({ corsOrigins: [ALLOWED, 'http://localhost:5173'] });
    for (const origin of [OTHER, 'null', `${ALLOWED}.evil.example`]) {
      const result = await postJson(yoga, TYPENAME, { origin });
      expect(result.headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(yoga, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
