// What one client may make the HTTP server hold: request bodies (checked before anything parses
// or authenticates them), time to send headers and the whole request, and open connections.
// Node's defaults let a client keep a partial body open for five minutes and send 25 MB bodies
// that Yoga would read whole, before looking at the token.
import type { IncomingMessage, ServerOptions, Server, ServerResponse } from 'node:http';

export interface HttpLimits {
  /** Largest request body read, in bytes; a larger one gets 413 without being read. */
  maxBodyBytes: number;
  /** Time a client has to send its request headers. */
  headersTimeoutMs: number;
  /** Time a client has to send its whole request (headers and body). */
  requestTimeoutMs: number;
  /** Idle time after which a kept-alive connection is closed. */
  keepAliveTimeoutMs: number;
  /** Most connections open at once (HTTP_MAX_CONNECTIONS); further ones are closed at once. */
  maxConnections: number;
  /** How often Node checks the two timeouts above (they are only as precise as this). */
  checkIntervalMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: 256 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
  checkIntervalMs: 1_000,
};

/** The options of http.createServer for these limits. */
export function serverOptions(limits: HttpLimits): ServerOptions {
  return { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, keepAliveTimeout: limits.keepAliveTimeoutMs, connectionsCheckingInterval: limits.checkIntervalMs };
}

export function applyConnectionLimit(server: Server, limits: HttpLimits): Server {
  server.maxConnections = limits.maxConnections;
  return server;
}

/** 413, and the connection closed, so the rest of the body is never read. */
export function refuseBody(res: ServerResponse, limits: HttpLimits): void {
  const text = JSON.stringify({
    errors: [
      {
        message: `The request body is larger than ${Math.round(limits.maxBodyBytes / 1024)} KB, the most this server reads. Send a smaller query (variables instead of inlined values, fewer aliases).`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  });
  res.writeHead(413, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), connection: 'close' });
  res.end(text);
}

/** A declared Content-Length over the limit: refused before a byte of the body is read. */
export function declaresTooLarge(req: IncomingMessage, limits: HttpLimits): boolean {
  const length = Number(req.headers['content-length']);
  return Number.isFinite(length) && length > limits.maxBodyBytes;
}
