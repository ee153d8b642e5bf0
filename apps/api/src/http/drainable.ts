import type { Server, ServerResponse } from 'node:http';

/**
 * Graceful stop for an HTTP server: stop accepting connections, let the requests in progress
 * finish (their responses say Connection: close, so keep-alive clients reconnect elsewhere), close
 * each connection as it falls idle, and cut whatever is still open after graceMs. Call it once,
 * right after creating the server, so that it sees every request.
 */
export function drainable(server: Server): (graceMs: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const sayClose = (res: ServerResponse): void => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  server.on('request', (_req, res) => {
    if (res.writableFinished) {
      if (draining) server.closeIdleConnections();
      return;
    }
    if (draining) sayClose(res);
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (draining) server.closeIdleConnections();
    });
  });
  return (graceMs) =>
    new Promise((resolve) => {
      draining = true;
      for (const res of inFlight) sayClose(res);
      const cut = setTimeout(() => {
        server.closeAllConnections();
      }, graceMs);
      server.close(() => {
        clearTimeout(cut);
        resolve();
      });
      server.closeIdleConnections();
    });
}
