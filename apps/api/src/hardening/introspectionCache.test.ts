import { getIntrospectionQuery, parse } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema.ts';
import { introspectionCachePlugin, isIntrospectionOnly } from './introspectionCache.ts';

/** Counts the operations that really execute (the cache answers before this runs). */
function countingYoga() {
  const counter = { executions: 0 };
  const countExecutions: Plugin = {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        counter.executions += 1;
        return executeFn(args) as unknown;
      });
    },
  };
  const yoga = createYoga({
    schema: createSchema(),
    plugins: [introspectionCachePlugin(), countExecutions],
    logging: false,
  });
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await yoga.fetch('http://detour.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.text();
  };
  return { counter, post };
}

describe('introspection cache', () => {
  it('executes a flood of identical schema queries once and answers them all alike', async () => {
    const { counter, post } = countingYoga();
    const query = getIntrospectionQuery({ descriptions: true });
    const first = await post(query);
    const flood = await Promise.all(Array.from({ length: 200 }, () => post(query)));
    expect(counter.executions).toBe(1);
    expect(new Set(flood)).toEqual(new Set([first]));
    expect(first).toContain('"name":"Entity"');
  });

  it('keys answers by variables and never caches other operations', async () => {
    const { counter, post } = countingYoga();
    const byName = 'query ($name: String!) { __type(name: $name) { name } }';
    expect(await post(byName, { name: 'Entity' })).toContain('"Entity"');
    expect(await post(byName, { name: 'Source' })).toContain('"Source"');
    expect(await post(byName, { name: 'Entity' })).toContain('"Entity"');
    expect(counter.executions).toBe(2);
    await post('{ __typename search(query: "x") { score } }');
    await post('{ __typename search(query: "x") { score } }');
    expect(counter.executions).toBe(4);
  });

  it('recognises introspection-only operations', () => {
    expect(isIntrospectionOnly(parse('{ __schema { types { name } } __typename }'))).toBe(true);
    expect(isIntrospectionOnly(parse('{ __typename entity(id: "x") { id } }'))).toBe(false);
    expect(isIntrospectionOnly(parse('{ ... on Query { __typename } }'))).toBe(false);
    expect(isIntrospectionOnly(parse('mutation { __typename }'))).toBe(false);
  });
});
