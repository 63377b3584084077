/** Deterministic OpenTIP zones: the same (seed, kind, value) always gets the same zone. */
import { createHash } from 'node:crypto';
import type { LookupKind } from '../provider.js';

export const ZONES = ['Green', 'Grey', 'Yellow', 'Orange', 'Red'] as const;
export type Zone = (typeof ZONES)[number];

/** Relative weights; they need not sum to anything in particular. */
export type ZoneMix = Partial<Record<Zone, number>>;

export const DEFAULT_ZONE_MIX: Readonly<Record<Zone, number>> = Object.freeze({ Green: 40, Grey: 30, Yellow: 10, Orange: 5, Red: 15 });

export function zoneFor(kind: LookupKind, value: string, mix: ZoneMix = DEFAULT_ZONE_MIX, seed = 1): Zone {
  // OpenTIP never puts a file in Orange (ip, domain and url only).
  const weights = ZONES.map((zone) => (kind === 'hash' && zone === 'Orange' ? 0 : Math.max(0, mix[zone] ?? 0)));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 'Grey';
  let point = unitHash(`${seed}:${kind}:${value}`) * total;
  for (let i = 0; i < ZONES.length; i++) {
    point -= weights[i]!;
    if (point < 0) return ZONES[i]!;
  }
  return 'Grey';
}

/** A stable number in [0, 1) from a string. */
export function unitHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}
