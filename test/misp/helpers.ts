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

/**
 * What a MISP admin does by hand: deletes an attribute for good (`/attributes/delete/{id}/1`). The
 * service never hard-deletes (a later sync would re-create the attribute), so its client has no call
 * for it.
 */
export async function hardDeleteInMisp(sim: MispSimulator, apiKey: string, id: string | number): Promise<void> {
  const res = await fetch(`${sim.url}/attributes/delete/${encodeURIComponent(String(id))}/1`, {
    method: 'POST',
    headers: { Authorization: apiKey, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (!res.ok) throw new Error(`hard delete of attribute ${id}: HTTP ${res.status} ${await res.text()}`);
}
