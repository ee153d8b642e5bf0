import { Agent, request } from 'node:http';

/** One keep-alive connection pool for every sequential request the bench sends. */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export interface GraphqlResponse {
  readonly data?: unknown;
  readonly errors?: readonly { readonly message: string; readonly extensions?: unknown }[];
}

/** The code of the first GraphQL error in an answer (QUERY_TIMEOUT, …), or ERROR when it has none. */
export function errorCode(answer: GraphqlResponse): string {
  const extensions = answer.errors?.[0]?.extensions as { code?: unknown } | undefined;
  return typeof extensions?.code === 'string' ? extensions.code : 'ERROR';
}

/** POSTs a GraphQL operation as JSON (as curl or the web app does) and parses the answer. */
export function postGraphql(
  url: string,
  query: string,
  variables: Readonly<Record<string, unknown>>,
): Promise<GraphqlResponse> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve(JSON.parse(text) as GraphqlResponse);
          } catch {
            reject(new Error(`HTTP ${String(res.statusCode)} from ${url}: ${text.slice(0, 300)}`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Like postGraphql, but errors in the answer reject. */
export async function queryGraphql(
  url: string,
  query: string,
  variables: Readonly<Record<string, unknown>>,
): Promise<unknown> {
  const response = await postGraphql(url, query, variables);
  if (response.errors !== undefined && response.errors.length > 0) {
    throw new Error(`GraphQL error from ${url}: ${JSON.stringify(response.errors).slice(0, 500)}`);
  }
  return response.data;
}

/** A plain GET returning the body text (the bare node:http baselines). */
export function getText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode === 200) resolve(text);
        else reject(new Error(`HTTP ${String(res.statusCode)} from ${url}: ${text.slice(0, 300)}`));
      });
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
