/**
 * GraphiQL's code, served from this server: the bundle, stylesheet and Monaco workers that
 * @graphql-yoga/render-graphiql ships as strings (Yoga's default page would fetch them from a
 * CDN), plus our start script. Loaded and gzipped on first use, then kept in memory; URLs carry
 * a content hash so browsers may cache them for good.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { START_SCRIPT } from './startScript.ts';

export const ASSET_PREFIX = '/graphiql/';

interface Asset {
  readonly type: string;
  readonly body: Buffer;
  readonly gzipped: Buffer;
}

export interface GraphiqlAssets {
  /** URL of each asset by name (graphiql.js, graphiql.css, start.js, *.worker.js). */
  readonly urls: Readonly<Record<string, string>>;
  readonly byPath: ReadonlyMap<string, Asset>;
}

const JS = 'text/javascript; charset=utf-8';

async function build(): Promise<GraphiqlAssets> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const sources: Record<string, [string, string]> = {
    'graphiql.js': [JS, bundle.js],
    'graphiql.css': ['text/css; charset=utf-8', bundle.css],
    'editor.worker.js': [JS, bundle.editorWorkerService],
    'json.worker.js': [JS, bundle.jsonWorker],
    'graphql.worker.js': [JS, bundle.graphqlWorker],
    'start.js': [JS, START_SCRIPT],
  };
  const hash = createHash('sha256');
  for (const [, text] of Object.values(sources)) hash.update(text);
  const version = hash.digest('hex').slice(0, 12);
  const urls: Record<string, string> = {};
  const byPath = new Map<string, Asset>();
  for (const [name, [type, text]] of Object.entries(sources)) {
    const body = Buffer.from(text, 'utf8');
    const url = `${ASSET_PREFIX}${version}/${name}`;
    urls[name] = url;
    byPath.set(url, { type, body, gzipped: await promisify(gzip)(body) });
  }
  return { urls, byPath };
}

let loading: Promise<GraphiqlAssets> | null = null;

/** The assets, built once per process. */
export function graphiqlAssets(): Promise<GraphiqlAssets> {
  loading ??= build();
  return loading;
}

/** Answers GET/HEAD for a GraphiQL asset; 404 for any other path under /graphiql/. */
export async function serveGraphiqlAsset(req: IncomingMessage, res: ServerResponse) {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const asset = (await graphiqlAssets()).byPath.get(path);
  if (asset === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.');
    return;
  }
  const gzipOk = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzipOk ? asset.gzipped : asset.body;
  res.writeHead(200, {
    'content-type': asset.type,
    'content-length': String(body.length),
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    ...(gzipOk ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
