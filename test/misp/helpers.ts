import { MispClient, type MispClientOptions } from '../../src/misp/index.js';
import type { MispSimulator } from '../../src/misp/simulator/index.js';

export const FAST_RETRY = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxTotalMs: 5_000 };

export function clientFor(sim: MispSimulator, apiKey: string, extra: Partial<MispClientOptions> = {}): MispClient {
  return new MispClient({ baseUrl: sim.url, apiKey, retry: FAST_RETRY, timeoutMs: 5_000, ...extra });
}

/** Resolve to the rejection of `p`, failing the test if it resolves. */
export async function rejectionOf(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail, it succeeded');
}
