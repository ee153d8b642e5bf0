/** A real HTTP server on a free port: what a client sees while the server stops. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainable } from './drainable.ts';

let server: Server | null = null;

afterEach(() => {
  server?.closeAllConnections();
  server = null;
});

/** A server whose /slow answers when release() is called, and whose /fast answers at once. */
async function start(): Promise<{
  url: string;
  drain: (graceMs: number) => Promise<void>;
  release: () => void;
  started: Promise<void>;
}> {
  const waiting: (() => void)[] = [];
  let signalStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    signalStarted = resolve;
  });
  server = createServer((req, res) => {
    if (req.url === '/slow') {
      waiting.push(() => res.end('slow done'));
      signalStarted();
      return;
    }
    res.end('fast done');
  });
  const drain = drainable(server);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    drain,
    started,
    release: () => {
      for (const answer of waiting.splice(0)) answer();
    },
  };
}

describe('drainable', () => {
  it('lets a request in progress finish, then closes its connection and stops', async () => {
    const { url, drain, release, started } = await start();
    expect(await (await fetch(`${url}/fast`)).text()).toBe('fast done'); // leaves an idle keep-alive socket
    const slow = fetch(`${url}/slow`);
    await started;
    let stopped = false;
    const draining = drain(60_000).then(() => {
      stopped = true;
    });
    await expect(fetch(`${url}/fast`)).rejects.toThrow(); // no new connections
    expect(stopped).toBe(false);
    release();
    const response = await slow;
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.text()).toBe('slow done');
    await draining;
    expect(stopped).toBe(true);
  });

  it('cuts what is still open after the grace period', async () => {
    const { url, drain, started } = await start();
    const slow = fetch(`${url}/slow`);
    await started;
    await drain(50);
    await expect(slow).rejects.toThrow();
  });
});
