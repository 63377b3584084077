// Fault mixes for the soak, applied through the simulators' own fault injection (src/sim/faults.ts),
// and the reply hooks the kill points use. Everything runs in the soak's process, so the simulators'
// state (deletions, mutation log, fault counters) outlives the service processes it kills.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultInjector, type FaultConfig, type FaultCounters } from '../../../src/sim/faults.js';

export const FAULT_MIXES = ['none', 'misp', 'opentip', 'mixed'] as const;
export type FaultMix = (typeof FAULT_MIXES)[number];

export const FAULT_KINDS = ['errors', 'rateLimited', 'dropped', 'truncated', 'delayed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export type FaultTally = Record<'misp' | 'opentip', Record<FaultKind, number>>;

export const zeroTally = (): FaultTally => ({
  misp: { errors: 0, rateLimited: 0, dropped: 0, truncated: 0, delayed: 0 },
  opentip: { errors: 0, rateLimited: 0, dropped: 0, truncated: 0, delayed: 0 },
});

export function addTally(into: FaultTally, from: FaultTally): void {
  for (const side of ['misp', 'opentip'] as const) for (const k of FAULT_KINDS) into[side][k] += from[side][k];
}

/** Failed answers (500, 429, drop, truncation); added latency is not counted as a fault. */
export function tallyTotal(t: FaultTally): number {
  return FAULT_KINDS.filter((k) => k !== 'delayed').reduce((s, k) => s + t.misp[k] + t.opentip[k], 0);
}

/**
 * MISP: 500, 429, dropped connections, bodies cut short, and 2 ms before every answer (which also
 * widens the window between MISP acting on a delete and the service hearing of it). The service
 * retries MISP 10 times (MISP_RETRIES), so these rates never exhaust its retries in practice.
 */
export function mispFaults(seed: number): FaultConfig {
  return { errorRate: 0.03, rateLimitRate: 0.01, rateLimitResetSeconds: 1, dropRate: 0.02, truncateRate: 0.02, latencyMs: 2, seed };
}

/** OpenTIP: the same kinds, a little more often; see `OpenTipFaults` for the limit per value. */
export function opentipFaults(seed: number): FaultConfig {
  return { errorRate: 0.04, rateLimitRate: 0.02, dropRate: 0.02, truncateRate: 0.02, seed };
}

type Send = FaultInjector['send'];
export type ReplyObserver = (req: IncomingMessage, status: number) => void;

/**
 * Calls `observe` with every answer the simulator is about to send, before faults are applied:
 * a kill from there lands after the simulator acted (e.g. deleted) and before the service heard.
 */
export function observeReplies(injector: FaultInjector, observe: ReplyObserver): void {
  const send: Send = injector.send.bind(injector);
  injector.send = (req, res, status, body, headers) => {
    observe(req, status);
    return send(req, res, status, body, headers);
  };
}

const countersOf = (c: FaultCounters) => c.errors + c.rateLimited + c.dropped + c.truncated;

/**
 * OpenTIP's client makes 3 attempts per value (src/reputation/opentip.ts), after which the value
 * counts as unknown, legitimately unlike a run without faults. So that the soak can demand equal
 * counts, no value gets more than 2 faulted answers in a row: its next request is answered clean.
 * Which answers were faulted is read from the injector's counters, which `send` updates before its
 * first await (no `latencyMs` is used for OpenTIP).
 */
export class OpenTipFaults {
  private readonly clean = new FaultInjector({});
  private readonly streak = new Map<string, number>();
  /** Faults the limit above held back. */
  spared = 0;

  constructor(private readonly injector: FaultInjector) {
    const send: Send = injector.send.bind(injector);
    injector.send = (req: IncomingMessage, res: ServerResponse, status, body, headers) => {
      const key = req.url ?? '';
      const n = this.streak.get(key) ?? 0;
      if (n >= 2 && Object.keys(injector.config).length > 0) {
        this.streak.delete(key);
        this.spared++;
        return this.clean.send(req, res, status, body, headers);
      }
      const before = countersOf(injector.counters);
      const sent = send(req, res, status, body, headers);
      if (countersOf(injector.counters) > before) this.streak.set(key, n + 1);
      else this.streak.delete(key);
      return sent;
    };
  }
}

/** The injector's counters as a tally side, then reset (configure() resets them anyway). */
export function drainCounters(injector: FaultInjector): Record<FaultKind, number> {
  const c = injector.counters;
  const out = { errors: c.errors, rateLimited: c.rateLimited, dropped: c.dropped, truncated: c.truncated, delayed: c.delayed };
  injector.resetCounters();
  return out;
}
