import { isIPv4, isIPv6 } from 'node:net';
import { translatePcre } from '../../src/warninglists/pcre.js';
import { REGEX_MAX_VALUE_LENGTH } from '../../src/warninglists/regex-bound.js';
import type { WarninglistDefinition, WarninglistHit } from '../../src/warninglists/types.js';

/**
 * A brute-force matcher written straight from the MISP rules, one loop over the entries per list
 * and value. Slow on purpose: tests compare the indexed engine against it, and the benchmark uses
 * it as the baseline. It shares no code with the engine but the PCRE translation.
 */

interface Range {
  family: 4 | 6;
  first: bigint;
  last: bigint;
  prefix: number;
}

function ipToBigInt(address: string): { family: 4 | 6; value: bigint } | null {
  if (isIPv4(address)) {
    const value = address.split('.').reduce((acc, octet) => acc * 256n + BigInt(octet), 0n);
    return { family: 4, value };
  }
  if (!isIPv6(address) || address.includes('%')) return null;
  let text = address;
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    const [a = 0, b = 0, c = 0, d = 0] = last.split('.').map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const zeros = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length;
  const groups = [...headGroups, ...new Array<string>(Math.max(zeros, 0)).fill('0'), ...restGroups].map((g) => parseInt(g, 16));
  if (groups.length !== 8) return null;
  return { family: 6, value: groups.reduce((acc, g) => acc * 65536n + BigInt(g), 0n) };
}

function toRange(address: string, prefixText: string | undefined): Range | null {
  const ip = ipToBigInt(address);
  if (ip === null) return null;
  const bits = ip.family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d+$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return null;
  const size = 1n << BigInt(bits - prefix);
  const first = (ip.value / size) * size;
  return { family: ip.family, first, last: first + size - 1n, prefix };
}

function cidrEntryRange(entry: string): Range | null {
  const [address, prefixText, extra] = entry.split('/');
  if (extra !== undefined || address === undefined) return null;
  const range = toRange(address, prefixText);
  if (range === null) return null;
  // MISP looks IPv4 networks up by their canonical text: other spellings never match.
  if (range.family === 4 && prefixText !== undefined) {
    const canonical = `${[24n, 16n, 8n, 0n].map((s) => (range.first >> s) & 255n).join('.')}/${range.prefix}`;
    if (canonical !== entry) return null;
  }
  return range;
}

function hostnameSuffixes(value: string): string[] {
  const segments = value.split('/');
  const host = (value.includes('//') ? segments[2] : segments[0]) ?? '';
  const pieces = host.replace(/\.+$/, '').split('.').reverse();
  const suffixes: string[] = [];
  let rebuilt = '';
  for (const piece of pieces) {
    // PHP's empty() is true for '' and for '0'.
    rebuilt = rebuilt === '' || rebuilt === '0' ? piece : `${piece}.${rebuilt}`;
    suffixes.push(rebuilt);
  }
  return suffixes;
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

type Check = (part: string) => string | null;

function checker(definition: WarninglistDefinition): Check {
  const entries = definition.entries;
  switch (definition.type) {
    case 'string':
      return (part) => {
        for (const entry of entries) if (entry === part) return entry;
        return null;
      };
    case 'substring':
      return (part) => {
        for (const entry of entries) if (part.includes(entry)) return entry;
        return null;
      };
    case 'hostname': {
      const normalised = entries.map((e) => asciiLower(e.replace(/^\.+|\.+$/g, '')));
      return (part) => {
        const suffixes = hostnameSuffixes(part);
        let best = -1;
        for (const entry of normalised) {
          const at = suffixes.indexOf(entry);
          if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best < 0 ? null : (suffixes[best] ?? null);
      };
    }
    case 'cidr': {
      const ranges = entries.map(cidrEntryRange);
      return (part) => {
        const [address, prefixText, extra] = part.split('/');
        const value = extra === undefined && address !== undefined ? toRange(address, prefixText) : null;
        if (value === null) return null;
        let best = -1;
        ranges.forEach((range, i) => {
          if (range === null || range.family !== value.family) return;
          if (range.first <= value.first && value.first <= range.last && range.prefix <= value.prefix) {
            if (best < 0 || range.prefix < (ranges[best]?.prefix ?? 0)) best = i;
          }
        });
        return best < 0 ? null : (entries[best] ?? null);
      };
    }
    case 'regex': {
      const regexes = entries.map((entry) => {
        const translated = translatePcre(entry);
        return translated.ok ? translated.regex : null;
      });
      return (part) => {
        if (part.length > REGEX_MAX_VALUE_LENGTH) return null;
        for (let i = 0; i < entries.length; i++) if (regexes[i]?.test(part)) return entries[i] ?? null;
        return null;
      };
    }
  }
}

export class ReferenceMatcher {
  private readonly lists: { definition: WarninglistDefinition; check: Check }[];

  constructor(definitions: readonly WarninglistDefinition[]) {
    this.lists = definitions.map((definition) => ({ definition, check: checker(definition) }));
  }

  match(type: string, value: string): WarninglistHit[] {
    const composite = type === 'malware-sample' || type.includes('|');
    const bar = value.indexOf('|');
    const parts = composite && bar >= 0 ? [value.slice(0, bar), value.slice(bar + 1)] : [value];
    const hits: WarninglistHit[] = [];
    for (const { definition, check } of this.lists) {
      const types = definition.matchingAttributes;
      if (!types.includes('ALL') && !types.includes(type)) continue;
      for (const part of parts) {
        const entry = check(part);
        if (entry !== null) {
          hits.push({ listId: definition.id, listName: definition.name, entry, value: part });
          break;
        }
      }
    }
    return hits;
  }

  isHit(type: string, value: string): boolean {
    return this.match(type, value).length > 0;
  }
}
