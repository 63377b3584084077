// What a request to /graphql may look like, against cross-site request forgery: a page of another
// site can make a browser send a "simple" request (a form's urlencoded or multipart POST, a
// text/plain POST, a GET) without asking the server first. GraphQL is taken only as a JSON POST,
// which a browser sends cross-site only after a CORS preflight this server refuses (cors.ts), or
// as a GET carrying the x-graphql-yoga-csrf header, which likewise forces a preflight. Yoga itself
// never runs a mutation sent by GET.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Refuses a POST whose body is not JSON (forms, multipart uploads, text/plain), and a GET without the CSRF header. */
function useJsonBodiesOnly(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method === 'GET' && !request.headers.has(CSRF_HEADER)) {
        throw createGraphQLError(`A GraphQL GET must carry the header "${CSRF_HEADER}: 1" (against cross-site requests); or POST the query as JSON.`, {
          extensions: { code: 'CSRF_HEADER_MISSING', http: { status: 403 } },
        });
      }
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type === 'application/json') return;
      throw createGraphQLError(`POST /graphql takes a JSON body: send "Content-Type: application/json" (got ${type === '' ? 'no content type' : `"${type}"`}).`, {
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
      });
    },
  };
}

export function requestShapePlugins(): Plugin[] {
  return [useJsonBodiesOnly(), useCSRFPrevention({ requestHeaders: [CSRF_HEADER] })];
}
