/**
 * A failed connection in words a MISP admin understands. Built from the error's code only: an
 * error's message may quote the request (an OpenTIP lookup's value, a URL).
 */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'UND_ERR_HEADERS_TIMEOUT':
      return `no response headers within ${timeoutMs} ms`;
    case 'UND_ERR_BODY_TIMEOUT':
      return `the response body stalled for more than ${timeoutMs} ms`;
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connection timed out';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
      return 'host name not found';
    case 'UND_ERR_SOCKET':
    case 'ECONNRESET':
      return 'the connection was closed before the answer was complete';
    default:
      if (typeof code === 'string' && /CERT|SSL|TLS/i.test(code)) return `TLS certificate problem (${code})`;
      if (typeof code === 'string') return code;
      return error instanceof Error ? error.name : 'network error';
  }
}
