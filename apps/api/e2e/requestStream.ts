/**
 * Steady GraphQL traffic for fault and load tests: a number of clients, each sending its next
 * request as soon as the previous one is answered, recording what every request got and how long
 * it took. Times are milliseconds on one clock (Date.now()), so they can be compared with the
 * moments a test stopped or killed something.
 */

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** A name for reports, e.g. the operation's shape. */
  readonly label: string;
}

export interface Outcome {
  readonly label: string;
  readonly client: number;
  readonly startedAt: number;
  readonly endedAt: number;
  /** The HTTP status, or null when no response came (refused, reset). */
  readonly status: number | null;
  /** extensions.code of the first error, if any. */
  readonly code: string | null;
  /** The response's data, for checks on what a write returned. */
  readonly data: unknown;
  /** Why no response came: the network error's code or message. */
  readonly networkError: string | null;
}

export interface GraphqlBody {
  readonly data?: unknown;
  readonly errors?: readonly { readonly extensions?: { readonly code?: unknown } }[];
}

/** One POST to /graphql; never throws: a missing response is an outcome too. */
export async function send(
  url: string,
  request: GraphqlRequest,
  client: number,
  headers: Readonly<Record<string, string>> = {},
): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
    });
    const body = (await response.json()) as GraphqlBody;
    const code = body.errors?.[0]?.extensions?.code;
    return {
      label: request.label,
      client,
      startedAt,
      endedAt: Date.now(),
      status: response.status,
      code: typeof code === 'string' ? code : null,
      data: body.data ?? null,
      networkError: null,
    };
  } catch (error) {
    const cause =
      error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
    return {
      label: request.label,
      client,
      startedAt,
      endedAt: Date.now(),
      status: null,
      code: null,
      data: null,
      networkError:
        typeof cause?.code === 'string'
          ? cause.code
          : error instanceof Error
            ? error.message
            : 'unknown',
    };
  }
}

export interface StreamOptions {
  readonly url: () => string;
  readonly clients: number;
  /** The n-th request of a client. */
  readonly next: (client: number, n: number) => GraphqlRequest;
  readonly headers?: Readonly<Record<string, string>>;
  /** Pause after a request that got no response (the server is down), so clients do not spin. */
  readonly pauseAfterNoResponseMs?: number;
  /** Called with every outcome as it arrives (counting, instead of keeping them all). */
  readonly onOutcome?: (outcome: Outcome) => void;
  /** Keep every outcome in `outcomes`; true when absent. */
  readonly keep?: boolean;
}

export interface Stream {
  readonly outcomes: Outcome[];
  /** Lets each client finish its request in progress, then resolves. */
  stop(): Promise<void>;
}

export function startStream(options: StreamOptions): Stream {
  const outcomes: Outcome[] = [];
  let running = true;
  const client = async (index: number): Promise<void> => {
    for (let n = 0; running; n += 1) {
      const outcome = await send(options.url(), options.next(index, n), index, options.headers);
      if (options.keep !== false) outcomes.push(outcome);
      options.onOutcome?.(outcome);
      if (outcome.status === null)
        await new Promise((resolve) => setTimeout(resolve, options.pauseAfterNoResponseMs ?? 50));
    }
  };
  const clients = Array.from({ length: options.clients }, (_, index) => client(index));
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(clients);
    },
  };
}

/** Polls until check() is true; fails naming what it waited for. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  everyMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${String(timeoutMs)} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** GET /ready: the status, the body's ready flag, and how long it took. */
export async function ready(url: string): Promise<{ status: number; ready: unknown; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${url}/ready`);
  const body = (await response.json()) as { ready?: unknown };
  return { status: response.status, ready: body.ready, ms: Date.now() - started };
}
