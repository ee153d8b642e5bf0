/**
 * Whose bucket an operation takes tokens from: the token holder's name when a valid token was
 * sent (so colleagues behind one NAT keep their own limits), else the remote address. The
 * X-Forwarded-For header is believed only for the number of proxies the operator says are in
 * front (DETOUR_TRUSTED_PROXIES): anyone can send the header, only those proxies append to it.
 */
import type { Caller } from '../auth/authenticate.ts';

/**
 * The client's address: with `trustedProxies` = n, the address n places from the right of the
 * chain "X-Forwarded-For entries…, socket address", or the leftmost when the chain is shorter.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null,
  trustedProxies: number,
): string {
  const socket = socketAddress ?? 'unknown';
  if (trustedProxies === 0) return socket;
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const chain = [...forwarded, socket];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? socket;
}

/** The rate-limit key: `token:alice` or `address:203.0.113.7`. */
export function clientKey(caller: Caller, address: string): string {
  return caller.kind === 'member' ? `token:${caller.actor}` : `address:${address}`;
}
