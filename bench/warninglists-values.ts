import { mulberry32 } from '../src/sim/prng.js';
import type { WarninglistDefinition } from '../src/warninglists/index.js';

export interface Sample {
  type: string;
  value: string;
}

const TLDS = ['com', 'net', 'org', 'ru', 'de', 'io', 'co.uk', 'xyz', 'info', 'cn'];
const EXTRA_TYPES = ['text', 'comment', 'malware-sample', 'ip-src|port', 'hostname|port', 'email', 'filename', 'sha1', 'url'];

/**
 * Attribute values for the benchmark and the randomized test: entries of the lists as they are and
 * mutated (case, dots, ports, subdomains, URLs), addresses and networks in and around the cidr
 * entries, composites, and random values that mostly miss. `hitShare` is the share of values
 * derived from list entries.
 */
export function makeValueGenerator(definitions: readonly WarninglistDefinition[], seed: number, hitShare = 0.5): () => Sample {
  const random = mulberry32(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const byType = (type: WarninglistDefinition['type']): WarninglistDefinition[] => definitions.filter((d) => d.type === type && d.entries.length > 0);
  const stringLists = byType('string');
  const hostnameLists = byType('hostname');
  const cidrLists = byType('cidr');
  const substringLists = byType('substring');
  const allTypes = [...new Set([...definitions.flatMap((d) => d.matchingAttributes.filter((t) => t !== 'ALL')), ...EXTRA_TYPES])];

  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const label = (): string => Array.from({ length: 3 + int(8) }, () => 'abcdefghijklmnopqrstuvwxyz0123456789-'[int(37)]).join('');
  const randomDomain = (): string => `${random() < 0.3 ? 'www.' : ''}${label()}.${pick(TLDS)}`;
  const randomIPv4 = (): string => [int(256), int(256), int(256), int(256)].join('.');
  const randomIPv6 = (): string => Array.from({ length: 8 }, () => hex(1 + int(4))).join(':');
  const typeOf = (d: WarninglistDefinition): string => (d.matchingAttributes[0] === 'ALL' || random() < 0.15 ? pick(allTypes) : pick(d.matchingAttributes));

  const mutate = (text: string): string => {
    switch (int(7)) {
      case 0:
        return text.toUpperCase();
      case 1:
        return `${text}.`;
      case 2:
        return `.${text}`;
      case 3:
        return `${text}:443`;
      case 4:
        return text.slice(0, -1);
      case 5:
        return `${text}x`;
      default:
        return `${label()}.${text}`;
    }
  };
  const asUrl = (host: string): string => pick([`https://${host}/${label()}`, `${host}/${label()}`, `http://${host}:8080/`, `hxxp://${host}`, `//${host}/x`]);

  const insideCidr = (entry: string): string => {
    const [address = '', prefixText] = entry.split('/');
    if (address.includes(':')) {
      const network = address.endsWith('::') ? `${address}${hex(1 + int(4))}` : address;
      return random() < 0.2 ? `${address}/${Math.min(128, Number(prefixText ?? 128) + int(9) - 2)}` : network;
    }
    const octets = address.split('.').map(Number);
    const base = octets.reduce((acc, o) => acc * 256 + o, 0);
    const prefix = Number(prefixText ?? 32);
    if (random() < 0.2) return `${address}/${Math.max(0, Math.min(32, prefix + int(9) - 4))}`;
    const ip = base + int(2 ** (32 - prefix));
    return [24, 16, 8, 0].map((s) => Math.floor(ip / 2 ** s) % 256).join('.');
  };

  const fromEntries = (): Sample => {
    switch (int(5)) {
      case 0: {
        const d = pick(stringLists);
        const entry = pick(d.entries);
        return { type: typeOf(d), value: random() < 0.6 ? entry : mutate(entry) };
      }
      case 1: {
        const d = pick(hostnameLists);
        const host = random() < 0.5 ? pick(d.entries) : mutate(pick(d.entries));
        const type = typeOf(d);
        return { type, value: type === 'url' || random() < 0.2 ? asUrl(host) : host };
      }
      case 2: {
        const d = pick(cidrLists);
        const ip = insideCidr(pick(d.entries));
        const type = typeOf(d);
        return { type, value: type.includes('|') ? (type.startsWith('domain') ? `${randomDomain()}|${ip}` : `${ip}|${int(65536)}`) : ip };
      }
      case 3: {
        const d = pick(substringLists);
        const entry = pick(d.entries);
        return { type: typeOf(d), value: pick([`${label()}@${entry}`, `x${entry}y`, entry, mutate(entry)]) };
      }
      default: {
        const type = pick(allTypes);
        const halves = [pick(pick(stringLists).entries), pick(pick(hostnameLists).entries), insideCidr(pick(pick(cidrLists).entries)), randomDomain()];
        return { type, value: `${pick(halves)}|${pick(halves)}` };
      }
    }
  };

  const randomValue = (): Sample => {
    switch (int(9)) {
      case 0:
        return { type: pick(['domain', 'hostname']), value: randomDomain() };
      case 1:
        return { type: pick(['ip-src', 'ip-dst']), value: random() < 0.85 ? randomIPv4() : randomIPv6() };
      case 2:
        return { type: pick(['md5', 'sha1', 'sha256']), value: hex(pick([32, 40, 64])) };
      case 3:
        return { type: 'url', value: asUrl(randomDomain()) };
      case 4:
        return { type: pick(['email-src', 'email-dst']), value: `${label()}@${randomDomain()}` };
      case 5:
        return { type: 'domain|ip', value: `${randomDomain()}|${randomIPv4()}` };
      case 6:
        return { type: pick(['ip-dst|port', 'ip-src|port']), value: `${randomIPv4()}|${int(65536)}` };
      case 7:
        return { type: pick(['filename|md5', 'malware-sample']), value: `${label()}.exe|${hex(32)}` };
      default:
        return { type: pick(allTypes), value: pick([label(), randomDomain(), randomIPv4(), `+1${int(1e10)}`, '']) };
    }
  };

  return () => (random() < hitShare ? fromEntries() : randomValue());
}
