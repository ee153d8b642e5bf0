import { describe, expect, it } from 'vitest';
import { hardenedYoga, postJson } from '../../test/inProcess.ts';

describe('errors graphql-js leaves without a code', () => {
  const yoga = hardenedYoga();

  it('get BAD_USER_INPUT (400) for a variable of the wrong type', async () => {
    const result = await postJson(yoga, {
      query: 'query ($n: Int) { search(query: "a", first: $n) { score } }',
      variables: { n: 'NaN' },
    });
    expect(result.status).toBe(400);
    expect(result.errors.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0]?.message).toMatch(/^Variable "\$n" got invalid value "NaN"/);
  });

  it('get BAD_USER_INPUT (400), not 200, for an operation type the schema does not have', async () => {
    const result = await postJson(yoga, { query: 'subscription { x }' });
    expect(result.status).toBe(400);
    expect(result.errors.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
  });
});
