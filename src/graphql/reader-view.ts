// What readers (reader tokens, anonymous requests) may see. Sync users' e-mails and their MISP
// user details are for admins: the schema marks those fields "Admin tokens only" and answers null
// to others (the scope-auth plugin). And the addresses of MISP and OpenTIP, which run errors and
// MISP errors name for the admin who must fix them, are hidden from readers, in fields and in
// GraphQL errors alike.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config/settings.js';
import type { GraphQLContext } from './context.js';

/** Appended to the description of an admin-only field. */
export const ADMIN_ONLY = 'Admin tokens only; null for reader tokens and anonymous requests.';

/** Field options of an admin-only field that answers null to others. */
export const adminOnly = { authScopes: { admin: true }, unauthorizedResolver: () => null } as const;

const HIDDEN = '(address hidden: ask an admin)';
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi;
/** IPv4 addresses (with a port), as network errors name them: ECONNREFUSED 10.1.2.3:443. */
const IPV4_PATTERN = /\b\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?\b/g;

/** The host names of the configured services, which a network error names without a URL. */
function configuredHosts(config: Config): string[] {
  const hosts: string[] = [];
  for (const url of [config.mispUrl, config.opentipUrl]) {
    try {
      if (url) hosts.push(new URL(url).host, new URL(url).hostname);
    } catch {
      // Not a URL: nothing to hide.
    }
  }
  return [...new Set(hosts)].filter((h) => h !== '').sort((a, b) => b.length - a.length);
}

/** `text` without URLs, IPv4 addresses or configured host names. */
export function withoutAddresses(text: string, config: Config): string {
  let out = text.replace(URL_PATTERN, HIDDEN).replace(IPV4_PATTERN, HIDDEN);
  for (const host of configuredHosts(config)) out = out.split(host).join(HIDDEN);
  return out;
}

export function isAdmin(ctx: GraphQLContext): boolean {
  return ctx.viewer?.role === 'ADMIN';
}

/** A stored message (a run's error, a curation log's error) as the viewer may read it. */
export function forViewer(ctx: GraphQLContext, text: string | null): string | null {
  return text === null || isAdmin(ctx) ? text : withoutAddresses(text, ctx.config);
}

function redacted(result: ExecutionResult, config: Config): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((e) => {
      const message = withoutAddresses(e.message, config);
      return message === e.message ? e : new GraphQLError(message, { nodes: e.nodes, path: e.path, extensions: e.extensions });
    }),
  };
}

/**
 * GraphQL errors answered to a reader lose any address they carry. Done on the answer itself,
 * after Yoga masked the errors and gave them their codes (a MISP error keeps MISP_UNREACHABLE).
 */
export function useReaderErrorRedaction(): Plugin<GraphQLContext> {
  const viewers = new WeakMap<Request, GraphQLContext>();
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as GraphQLContext & { request?: Request };
      if (ctx.request && !isAdmin(ctx)) viewers.set(ctx.request, ctx);
    },
    onResultProcess(payload) {
      const { request, result } = payload;
      const ctx = viewers.get(request);
      // Streams (subscriptions) carry run states, whose texts the fields already redact.
      if (!ctx || Symbol.asyncIterator in result) return;
      payload.setResult(Array.isArray(result) ? result.map((r) => redacted(r, ctx.config)) : redacted(result as ExecutionResult, ctx.config));
    },
  };
}
