/**
 * A request id for every GraphQL request: returned in the `x-request-id` response header, in the
 * `requestId` extension of a masked error, and at the start of every log line written while the
 * request runs, so a report from a user leads to the one log entry that explains it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createLogger, type LogLevel, type Plugin, type YogaLogger } from 'graphql-yoga';

const requests = new AsyncLocalStorage<string>();

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return requests.getStore();
}

/** Runs each request inside its own id and names it in the response. */
export function requestIdPlugin(): Plugin {
  return {
    instrumentation: {
      request: (_payload, handle) => requests.run(randomUUID(), handle),
    },
    onResponse({ response }) {
      const id = currentRequestId();
      if (id !== undefined) response.headers.set('x-request-id', id);
    },
  };
}

/**
 * Yoga's logger, with the request id in front of every line logged during a request. An error
 * object is logged once: Yoga logs an error thrown outside execution twice (in its maskError
 * wrapper and again in handleError).
 */
export function requestLogger(level: LogLevel): YogaLogger {
  const base = createLogger(level);
  const logged = new WeakSet<object>();
  const once =
    (write: (...args: unknown[]) => void) =>
    (...args: unknown[]): void => {
      const [first] = args;
      if (first instanceof Error) {
        if (logged.has(first)) return;
        logged.add(first);
      }
      write(...args);
    };
  const withId =
    (write: (...args: unknown[]) => void) =>
    (...args: unknown[]): void => {
      const id = currentRequestId();
      if (id === undefined) write(...args);
      else write(`[request ${id}]`, ...args);
    };
  return {
    debug: withId(base.debug),
    info: withId(base.info),
    warn: withId(base.warn),
    error: once(withId(base.error)),
  };
}
