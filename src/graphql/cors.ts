// Which browser pages may read /graphql. Off by default: a page of another origin gets no CORS
// header and its browser keeps the answer from it. Listed origins (HTTP_CORS_ORIGINS) may call it
// with a token they send themselves, never with the browser's credentials (cookies, TLS client
// certificates): a page cannot borrow a credential the browser holds.
import type { createYoga } from 'graphql-yoga';

type Cors = NonNullable<Parameters<typeof createYoga>[0]['cors']>;

/** Headers a listed page may send: the body's type, its token and the CSRF header. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'accept', 'x-graphql-yoga-csrf'];

/** Yoga's `cors` option for HTTP_CORS_ORIGINS. */
export function corsOptions(origins: readonly string[]): Cors {
  if (origins.length === 0) return false;
  const allowed = new Set(origins.map((o) => o.toLowerCase()));
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin.toLowerCase())) return false;
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ALLOWED_HEADERS, maxAge: 600 };
  };
}
