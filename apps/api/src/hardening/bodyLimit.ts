/**
 * The request body limit, with Yoga's answers (it replaces Yoga's maxRequestBodySize): 400
 * BAD_REQUEST for a Content-Length that is not one whole number, 413 REQUEST_ENTITY_TOO_LARGE for
 * one over the limit before anything is read, and 413 as soon as a body without a usable
 * Content-Length (chunked, or sent in process) has passed the limit while it is read.
 *
 * Why not Yoga's own: it pipes every body through a counting TransformStream, which costs a
 * stream pipeline, an AbortController and a DOMException per request (6% of an `entity` request's
 * CPU). A body that node:http framed by a valid Content-Length cannot be longer than the header
 * says (Node's parser reads exactly that many bytes, and refuses a request that also says
 * Transfer-Encoding), so for those the header check is the whole check.
 */
import { IncomingMessage } from 'node:http';
import { createGraphQLError, type FetchAPI, type Plugin } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

/** Only a single non-negative integer is a valid Content-Length (not "1, 2", not "-1"). */
const CONTENT_LENGTH = /^\d+$/;

export function bodyTooLarge(): GraphQLError {
  return createGraphQLError('Request body too large', {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });
}

function invalidContentLength(): GraphQLError {
  return createGraphQLError('Content-Length header is invalid.', {
    extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
  });
}

/** True when node:http delivered this body framed by a valid Content-Length within `limit`. */
export function framedWithin(serverContext: unknown, limit: number): boolean {
  if (typeof serverContext !== 'object' || serverContext === null) return false;
  const req: unknown = (serverContext as { req?: unknown }).req;
  if (!(req instanceof IncomingMessage)) return false;
  const length = req.headers['content-length'];
  return (
    req.headers['transfer-encoding'] === undefined &&
    typeof length === 'string' &&
    CONTENT_LENGTH.test(length) &&
    Number(length) <= limit
  );
}

/** The request with its body counted as it is read: past `limit` bytes the read fails with 413. */
function counted(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  const body = request.body;
  if (body === null) return request;
  // A native stream (a request made in process) needs the native TransformStream, as in Yoga.
  const Transform = body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  let bytes = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) {
          controller.error(bodyTooLarge());
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  const init: RequestInit & { duplex: 'half' } = {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  };
  return new fetchAPI.Request(request.url, init);
}

/**
 * Refuses bodies over `limit` bytes. Register it after every plugin that picks a request parser
 * (Yoga's own are registered before any plugin), so it wraps whichever was picked.
 */
export function bodyLimitPlugin(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI, serverContext }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!CONTENT_LENGTH.test(length)) throw invalidContentLength();
        if (Number(length) > limit) throw bodyTooLarge();
      }
      if (requestParser === undefined || request.body === null) return;
      if (framedWithin(serverContext, limit)) return;
      setRequestParser((req) => requestParser(counted(req, limit, fetchAPI)));
    },
  };
}
