import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of every page we serve (the explorer and GraphiQL): everything
 * from this origin only, no inline or CDN scripts. Styles stay 'unsafe-inline' because React,
 * Cytoscape and Monaco set style attributes; GraphiQL's fonts are data: URLs in its stylesheet
 * and its Monaco editor runs web workers loaded from /graphiql/.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries: no sniffing, no framing, a strict CSP for the page. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
}
