import { afterEach, describe, expect, it, vi } from 'vitest';
import { hardenedYoga, postJson } from '../../test/inProcess.ts';

const yoga = hardenedYoga();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('errors a client sees', () => {
  it('masks an unexpected error, names the request, and logs the original once with that id', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The test database throws "not used by this test": an error nobody coded.
    const result = await postJson(yoga, { query: '{ entity(id: "aws") { id } }' });
    const requestId = result.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.errors).toEqual([
      {
        message: 'Unexpected error.',
        path: ['entity'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(result.text).not.toContain('not used by this test');
    const lines = logged.mock.calls.map((args) => args.map(String).join(' '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`[request ${String(requestId)}]`);
    expect(lines[0]).toContain('not used by this test');
  });

  it('passes coded errors through unmasked and unlogged', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await postJson(yoga, { query: '{ search(query: "  ") { score } }' });
    expect(result.status).toBe(400);
    expect(result.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
    expect(logged).not.toHaveBeenCalled();
  });
});
