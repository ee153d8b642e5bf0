import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, ApiUnreachableError, request } from './client.ts';
import { TypedDocumentString } from './generated/graphql.ts';

/** A document typed by hand: the client does not care which schema it belongs to. */
const ECHO = new TypedDocumentString<{ echo: string }, { text: string }>(
  'query ($text: String!) { echo(text: $text) }',
);

function respondWith(body: unknown, init: ResponseInit = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(text, init))),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('posts the document and variables as JSON and returns data', async () => {
    respondWith({ data: { echo: 'hi' } });
    await expect(request(ECHO, { text: 'hi' }, { endpoint: '/graphql' })).resolves.toEqual({
      echo: 'hi',
    });
    const fetchMock = vi.mocked(fetch);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(typeof init?.body === 'string' ? JSON.parse(init.body) : null).toEqual({
      query: 'query ($text: String!) { echo(text: $text) }',
      variables: { text: 'hi' },
    });
  });

  it('throws ApiError carrying extensions.code', async () => {
    respondWith(
      {
        errors: [{ message: 'No entity with id x.', extensions: { code: 'NOT_FOUND' } }],
        data: null,
      },
      { status: 200 },
    );
    const error: unknown = await request(ECHO, { text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'No entity with id x.' });
  });

  it('reads GraphQL errors from a 400 answer too', async () => {
    respondWith(
      { errors: [{ message: 'Bad depth', extensions: { code: 'BAD_USER_INPUT' } }] },
      { status: 400 },
    );
    await expect(request(ECHO, { text: 'x' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('says the API is unreachable when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('fetch failed'))),
    );
    const error: unknown = await request(ECHO, { text: 'x' }, { endpoint: '/graphql' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiUnreachableError);
    expect(error).toMatchObject({ message: 'Cannot reach the Detour API at /graphql' });
  });

  it('says the API is unreachable when a proxy answers instead of GraphQL', async () => {
    respondWith('<html>502 Bad Gateway</html>', { status: 502 });
    await expect(request(ECHO, { text: 'x' })).rejects.toBeInstanceOf(ApiUnreachableError);
    respondWith('', { status: 504 });
    await expect(request(ECHO, { text: 'x' })).rejects.toBeInstanceOf(ApiUnreachableError);
  });

  it('lets an abort through as an AbortError, not as an API failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new DOMException('aborted', 'AbortError'))),
    );
    await expect(request(ECHO, { text: 'x' })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
