// What the services need configured. Without a MISP (or a warninglists directory) the real
// services fail with a bare error, which Yoga masks as "Unexpected error."; an API caller is
// told what to set instead.
import { GraphQLError } from 'graphql';
import type { Config } from '../config/settings.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';

export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}

export type Need = 'misp' | 'warninglists';

/** What to configure for `need`, or null when it is configured. */
function missing(config: Config, need: Need): string | null {
  if (config.mispUrl !== '') return null;
  if (need === 'misp') return 'No MISP is configured: set MISP_URL and MISP_KEY (a site-admin key) and restart the service.';
  // Warninglists come from MISP, or from WARNINGLISTS_DIR when it is set.
  if (config.warninglistsDir !== '') return null;
  return 'No warninglist source is configured: set MISP_URL and MISP_KEY, or WARNINGLISTS_DIR to a misp-warninglists checkout, and restart the service.';
}

/**
 * A service call needing MISP or warninglists: when it fails with anything but a domain error
 * and that is not configured, the caller gets SERVICE_UNAVAILABLE saying what to set. (The
 * service decides: a service that works without MISP is never refused here.)
 */
export async function needing<T>(config: Config, need: Need, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const domain = error instanceof InvalidInputError || error instanceof NotFoundError || error instanceof ConflictError || error instanceof GraphQLError;
    const message = domain ? null : missing(config, need);
    throw message ? serviceUnavailable(message) : error;
  }
}
