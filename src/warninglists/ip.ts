/**
 * Strict IP parsing, as PHP's `filter_var(FILTER_VALIDATE_IP)` and glibc's `inet_pton` accept
 * addresses: IPv4 is four decimal octets without leading zeros; IPv6 has no zone id and may end in
 * an embedded IPv4 address. Results go into caller-owned buffers so the hot path allocates nothing.
 */

/** Returns the address as an unsigned 32-bit number, or -1 when `text[start, end)` is not IPv4. */
export function parseIPv4(text: string, start = 0, end = text.length): number {
  let address = 0;
  let octets = 0;
  let i = start;
  while (octets < 4) {
    const octetStart = i;
    let octet = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      octet = octet * 10 + (c - 48);
      i++;
    }
    const digits = i - octetStart;
    if (digits === 0 || digits > 3 || octet > 255) return -1;
    if (digits > 1 && text.charCodeAt(octetStart) === 48) return -1;
    address = address * 256 + octet;
    octets++;
    if (octets < 4) {
      if (i >= end || text.charCodeAt(i) !== 46) return -1;
      i++;
    }
  }
  return i === end ? address : -1;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const groups = new Array<number>(8).fill(0);

/** Parses `text[start, end)` as IPv6 into four 32-bit words; false when it is not IPv6. */
export function parseIPv6(text: string, start: number, end: number, out: Uint32Array): boolean {
  let count = 0;
  let gap = -1;
  let i = start;
  if (end - start < 2) return false;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return false;
    gap = 0;
    i += 2;
    if (i === end) return fillIPv6(count, gap, out);
  }
  for (;;) {
    const groupStart = i;
    let value = 0;
    while (i < end && i - groupStart < 5) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      i++;
    }
    const digits = i - groupStart;
    if (i < end && text.charCodeAt(i) === 46) {
      // An embedded IPv4 address takes the last two groups.
      const v4 = parseIPv4(text, groupStart, end);
      if (v4 < 0 || count > 6) return false;
      groups[count++] = Math.floor(v4 / 65536);
      groups[count++] = v4 & 0xffff;
      return fillIPv6(count, gap, out);
    }
    if (digits === 0 || digits > 4 || count >= 8) return false;
    groups[count++] = value;
    if (i === end) return fillIPv6(count, gap, out);
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    if (i < end && text.charCodeAt(i) === 58) {
      if (gap >= 0) return false;
      gap = count;
      i++;
      if (i === end) return fillIPv6(count, gap, out);
    } else if (i === end) {
      return false;
    }
  }
}

/** Spreads the parsed groups around the `::` gap (if any) into four words. */
function fillIPv6(count: number, gap: number, out: Uint32Array): boolean {
  if (gap < 0 ? count !== 8 : count > 7) return false;
  const head = gap < 0 ? count : gap;
  const groupAt = (g: number): number => (g < head ? (groups[g] ?? 0) : g >= 8 - (count - head) ? (groups[count - 8 + g] ?? 0) : 0);
  for (let w = 0; w < 4; w++) out[w] = ((groupAt(2 * w) << 16) | groupAt(2 * w + 1)) >>> 0;
  return true;
}

/** Masks a 32-bit word to its first `bits` bits (0..32). */
export function maskWord(word: number, bits: number): number {
  if (bits <= 0) return 0;
  if (bits >= 32) return word >>> 0;
  return (word & (-1 << (32 - bits))) >>> 0;
}

/** A parsed IP address or network; `words` holds one word for IPv4 and four for IPv6. */
export interface IpNetwork {
  family: 4 | 6;
  words: Uint32Array;
  prefix: number;
}

const PREFIX_DIGITS = /^\d+$/;

/**
 * Parses an attribute value as an IP address (full-length prefix) or a network `address/prefix`.
 * The prefix must be decimal and within the family's range; anything else is not an IP value.
 * Writes into `scratch` and returns it, or null.
 *
 * MISP's CidrTool is laxer here (it skips the prefix check for `/0`, ignores a prefix it cannot
 * read, and for IPv6 compares the prefix of whichever entry group matched last); this follows the
 * documented rule instead: a network matches only entries no longer than itself.
 */
export function parseIpValue(value: string, scratch: IpNetwork): IpNetwork | null {
  const slash = value.indexOf('/');
  const end = slash < 0 ? value.length : slash;
  let max: number;
  const v4 = parseIPv4(value, 0, end);
  if (v4 >= 0) {
    scratch.family = 4;
    scratch.words[0] = v4;
    max = 32;
  } else if (parseIPv6(value, 0, end, scratch.words)) {
    scratch.family = 6;
    max = 128;
  } else {
    return null;
  }
  if (slash < 0) {
    scratch.prefix = max;
    return scratch;
  }
  const prefixText = value.slice(slash + 1);
  if (!PREFIX_DIGITS.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > max) return null;
  scratch.prefix = prefix;
  return scratch;
}

export function newIpScratch(): IpNetwork {
  return { family: 4, words: new Uint32Array(4), prefix: 0 };
}
