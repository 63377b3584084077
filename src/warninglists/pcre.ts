/**
 * Translates a PHP `preg_match` pattern (delimiters and modifiers included) into a JavaScript
 * RegExp with the same matching behaviour on ASCII subjects. PCRE and JavaScript differ in `.`,
 * `^`, `$` and `\s`, so those are rewritten; constructs JavaScript lacks are refused, never guessed.
 */

import { unboundedBacktracking } from './regex-bound.js';

export type PcreTranslation = { ok: true; regex: RegExp } | { ok: false; kind: 'invalid-regex' | 'untranslatable-regex' | 'unbounded-regex'; reason: string };

const BRACKET_PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
const KNOWN_MODIFIERS = new Set(['i', 'm', 's', 'x', 'A', 'D', 'S', 'U', 'X', 'J', 'u', 'n', ' ', '\n', '\r']);
const PCRE_SPACE = '\\t\\n\\v\\f\\r ';
/** Escapes whose meaning is the same in PCRE and in a JavaScript RegExp without the `u` flag. */
const SAME_ESCAPES = new Set('dDwWbBnrtfv0123456789'.split(''));
const ESCAPE_REWRITES: Record<string, string> = {
  A: '(?<![\\s\\S])',
  z: '(?![\\s\\S])',
  Z: '(?=\\n?(?![\\s\\S]))',
  s: `[${PCRE_SPACE}]`,
  S: `[^${PCRE_SPACE}]`,
  e: '\\x1b',
  a: '\\x07',
};

interface Split {
  body: string;
  modifiers: string;
}

function invalid(reason: string): PcreTranslation {
  return { ok: false, kind: 'invalid-regex', reason };
}

function untranslatable(reason: string): PcreTranslation {
  return { ok: false, kind: 'untranslatable-regex', reason };
}

/** Splits `/body/flags` the way PHP does: the first unescaped closing delimiter ends the body. */
function splitDelimiters(pattern: string): Split | string {
  const trimmed = pattern.replace(/^[\s]+/, '');
  const open = trimmed.charAt(0);
  if (open === '') return 'empty regular expression';
  if (/[A-Za-z0-9\\]/.test(open)) return 'delimiter must not be alphanumeric or backslash';
  const close = BRACKET_PAIRS[open] ?? open;
  let depth = 1;
  for (let i = 1; i < trimmed.length; i++) {
    const c = trimmed.charAt(i);
    if (c === '\\') {
      i++;
    } else if (c === close && --depth === 0) {
      return { body: trimmed.slice(1, i), modifiers: trimmed.slice(i + 1) };
    } else if (c === open && close !== open) {
      depth++;
    }
  }
  return `no ending delimiter '${close}' found`;
}

function isQuantifierEnd(c: string): boolean {
  return c === '*' || c === '+' || c === '?' || c === '}';
}

export function translatePcre(pattern: string): PcreTranslation {
  const split = splitDelimiters(pattern);
  if (typeof split === 'string') return invalid(split);
  const { body, modifiers } = split;
  for (const m of modifiers) {
    if (!KNOWN_MODIFIERS.has(m)) return invalid(`unknown modifier '${m}'`);
  }
  if (modifiers.includes('U')) return untranslatable("the ungreedy modifier 'U' has no JavaScript equivalent");
  const unbounded = unboundedBacktracking(body);
  if (unbounded !== null) return { ok: false, kind: 'unbounded-regex', reason: unbounded };
  const multiline = modifiers.includes('m');
  const dotAll = modifiers.includes('s');
  const extended = modifiers.includes('x');
  const dollarEndOnly = modifiers.includes('D');

  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === '\\') {
      const next = body.charAt(++i);
      if (next === '') return invalid('pattern ends with a backslash');
      if (/[A-Za-z0-9]/.test(next)) {
        if (next === 'x') {
          if (!/^[0-9A-Fa-f]{2}/.test(body.slice(i + 1, i + 3))) return untranslatable('\\x needs exactly two hex digits here');
          out += '\\x';
        } else if (SAME_ESCAPES.has(next)) {
          out += `\\${next}`;
        } else if (inClass && next === 's') {
          out += PCRE_SPACE;
        } else if (!inClass && ESCAPE_REWRITES[next] !== undefined) {
          out += ESCAPE_REWRITES[next];
        } else if (inClass && (next === 'e' || next === 'a')) {
          out += ESCAPE_REWRITES[next];
        } else {
          return untranslatable(`the escape \\${next} is not supported`);
        }
      } else {
        out += `\\${next}`;
      }
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      if (c === '[' && body.charAt(i + 1) === ':') return untranslatable('POSIX character classes are not supported');
      out += c;
      continue;
    }
    if (extended && /\s/.test(c)) continue;
    if (extended && c === '#') {
      while (i < body.length && body.charAt(i) !== '\n') i++;
      continue;
    }
    switch (c) {
      case '[': {
        inClass = true;
        out += '[';
        if (body.charAt(i + 1) === '^') out += body.charAt(++i);
        // PCRE reads a `]` right after the opening bracket as a literal.
        if (body.charAt(i + 1) === ']') {
          out += '\\]';
          i++;
        }
        break;
      }
      case '.':
        out += dotAll ? '[\\s\\S]' : '[^\\n]';
        break;
      case '^':
        out += multiline ? '(?:(?<![\\s\\S])|(?<=\\n)(?=[\\s\\S]))' : '^';
        break;
      case '$':
        out += multiline ? '(?=\\n|(?![\\s\\S]))' : dollarEndOnly ? '(?![\\s\\S])' : '(?=\\n?(?![\\s\\S]))';
        break;
      case '(': {
        if (body.charAt(i + 1) !== '?') {
          out += c;
          break;
        }
        const rest = body.slice(i + 2);
        if (/^(?::|=|!|<=|<!)/.test(rest)) {
          out += '(?';
          i += 1;
        } else if (/^P?<[A-Za-z_]\w*>/.test(rest)) {
          out += '(?';
          i += rest.startsWith('P') ? 2 : 1;
        } else {
          return untranslatable(`the group '(?${rest.slice(0, 2)}' is not supported`);
        }
        break;
      }
      case '+':
        if (i > 0 && isQuantifierEnd(body.charAt(i - 1)) && body.charAt(i - 2) !== '\\') {
          return untranslatable('possessive quantifiers are not supported');
        }
        out += c;
        break;
      default:
        out += c;
    }
  }
  if (inClass) return invalid('missing terminating ] for character class');
  const source = modifiers.includes('A') ? `^(?:${out})` : out;
  try {
    return { ok: true, regex: new RegExp(source, modifiers.includes('i') ? 'i' : '') };
  } catch (error) {
    return untranslatable(`JavaScript rejects the translation: ${(error as Error).message}`);
  }
}
