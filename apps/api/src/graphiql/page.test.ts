import type { AddressInfo } from 'node:net';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unusedDatabase } from '../../test/inProcess.ts';
import { OPEN_ACCESS } from '../auth/authenticate.ts';
import { createSchema } from '../schema.ts';
import { createDetourServer } from '../server.ts';

const servers: { close(): void }[] = [];

async function start(graphiql: boolean): Promise<string> {
  const server = createDetourServer({
    db: unusedDatabase,
    production: true,
    webDist: null,
    auth: OPEN_ACCESS,
    graphiql,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

const openPage = (base: string) => fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });

interface PageConfig {
  options: { endpoint: string; defaultTabs: { query: string }[] };
  workers: Record<string, string>;
}

function configOf(html: string): PageConfig {
  const json = /<script type="application\/json" id="graphiql-config">(.*?)<\/script>/s.exec(html);
  return JSON.parse(json?.[1] ?? 'null') as PageConfig;
}

let base: string;
let html: string;
let csp: string | null;

beforeAll(async () => {
  base = await start(true);
  const page = await openPage(base);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  csp = page.headers.get('content-security-policy');
  html = await page.text();
});

afterAll(() => {
  for (const server of servers) server.close();
});

describe('GraphiQL at GET /graphql', () => {
  it('loads every script, style and worker from this server, under a CSP without inline scripts', () => {
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');
    const workers = Object.values(configOf(html).workers);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of [...urls, ...workers]) expect(url).toMatch(/^(\/graphiql\/|data:)/);
    expect(html).not.toMatch(/<script>|<script\s+(?!src=|type="application\/json")/);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unpkg|unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('opens with the example operations as tabs, each valid against the schema', () => {
    const { options } = configOf(html);
    expect(options.endpoint).toBe('/graphql');
    const schema = createSchema();
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const expected = ['entity', 'search', 'neighborhood', 'accessPaths', 'chokepoints'].filter(
      (field) => fields.includes(field),
    );
    expect(options.defaultTabs.map((tab) => /\{\s+(\w+)\(/.exec(tab.query)?.[1])).toEqual(expected);
    for (const tab of options.defaultTabs) expect(validate(schema, parse(tab.query))).toEqual([]);
    expect(options.defaultTabs[0]?.query).toContain('$id: ID! = "shenzhen-university"');
  });

  it('serves its assets gzipped, cacheable for good, and nothing else under /graphiql/', async () => {
    const { workers } = configOf(html);
    const assets = [
      ...[...html.matchAll(/\b(?:src|href)="(\/graphiql\/[^"]*)"/g)].map((m) => m[1] ?? ''),
      ...Object.values(workers),
    ];
    for (const path of assets) {
      const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/(javascript|css)/);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    const bundle = assets.find((path) => path.endsWith('/graphiql.js')) ?? '';
    const raw = await fetch(`${base}${bundle}`, { headers: { 'accept-encoding': 'identity' } });
    const text = await raw.text();
    expect(text).toContain('renderYogaGraphiQL');
    expect(text).not.toMatch(/https:\/\/unpkg\.com/);
    expect((await fetch(`${base}/graphiql/0000/graphiql.js`)).status).toBe(404);
    const zipped = await fetch(`${base}${bundle}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(Number(zipped.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(text) / 2);
    expect(await zipped.text()).toBe(text);
  });

  it('is off with DETOUR_GRAPHIQL=off: no page, no assets', async () => {
    const off = await start(false);
    const page = await openPage(off);
    expect(String(page.headers.get('content-type'))).not.toMatch(/text\/html/);
    const bundle = /src="(\/graphiql\/[^"]*graphiql\.js)"/.exec(html)?.[1] ?? '';
    expect((await fetch(`${off}${bundle}`)).status).toBe(404);
  });
});
