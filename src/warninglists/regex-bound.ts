// A bound on what a regex entry may cost. JavaScript's RegExp backtracks: a crafted entry
// (`^(\w+\s?)*$`) takes exponential time in the value's length, and a real one (`.*\..*$` in
// "Common contact e-mail addresses") quadratic time, which froze the process for seconds on a 40 KB
// value. MISP's PHP gives up at PCRE's backtrack limit (preg_match fails: no match). Here:
// - patterns whose time can grow faster than the square of the value's length are refused at load
//   (reported like the `/g` entries; they never match): a repeated group that itself holds a
//   repetition or an alternation (`(a+)*`, `(a|aa)+`), or more than two unbounded repetitions;
// - values longer than REGEX_MAX_VALUE_LENGTH are not tested by regex lists (no match, as when PCRE
//   gives up), so the square stays small: a few ms at most for the real contact e-mail pattern on its
//   longest value tested (an e-mail address has at most 254 characters, so no real verdict changes).
// No entry of the 136 real lists is refused.

/** Values longer than this are not tested by regex entries. */
export const REGEX_MAX_VALUE_LENGTH = 512;
/** Unbounded repetitions (`*`, `+`, `{n,}`) one pattern may have. */
export const MAX_UNBOUNDED_REPETITIONS = 2;

interface Group {
  repeats: boolean;
  alternation: boolean;
}

/** Reads a quantifier at `i`: its length and whether it repeats without bound (or more than once). */
function quantifierAt(body: string, i: number): { length: number; unbounded: boolean; repeats: boolean } | null {
  const c = body.charAt(i);
  let length: number;
  let unbounded = false;
  let repeats = false;
  if (c === '*' || c === '+') [length, unbounded, repeats] = [1, true, true];
  else if (c === '?') length = 1;
  else if (c === '{') {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(body.slice(i));
    if (!m || (m[1] === '' && m[3] === '')) return null;
    length = m[0].length;
    unbounded = m[2] === ',' && m[3] === '';
    repeats = unbounded || (m[2] === ',' ? Number(m[3]) > 1 : Number(m[1]) > 1);
  } else return null;
  // A lazy `?` after a quantifier changes the order of tries, not their number.
  if (body.charAt(i + length) === '?') length++;
  return { length, unbounded, repeats };
}

/** Why the PCRE body (delimiters removed) may take more than quadratic time, or null. */
export function unboundedBacktracking(body: string): string | null {
  const stack: Group[] = [{ repeats: false, alternation: false }];
  let unboundedCount = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (inClass) {
      if (c === '\\') i++;
      else if (c === ']') inClass = false;
      if (inClass) continue;
    } else if (c === '[') {
      inClass = true;
      if (body.charAt(i + 1) === '^') i++;
      if (body.charAt(i + 1) === ']') i++;
      continue;
    } else if (c === '(') {
      stack.push({ repeats: false, alternation: false });
      if (body.charAt(i + 1) === '?') i++;
      continue;
    } else if (c === '|') {
      stack[stack.length - 1]!.alternation = true;
      continue;
    } else if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : { repeats: false, alternation: false };
      const q = quantifierAt(body, i + 1);
      if (q?.repeats && (group.repeats || group.alternation)) {
        return `a repeated group holds ${group.repeats ? 'a repetition' : 'an alternation'}: testing a value can take exponential time`;
      }
      if (q?.unbounded) unboundedCount++;
      if (group.repeats || q?.repeats) stack[stack.length - 1]!.repeats = true;
      if (q) i += q.length;
      continue;
    } else if (c === '\\') {
      i++;
    }
    // The end of an atom (a character, an escape, a class): a quantifier may follow.
    const q = quantifierAt(body, i + 1);
    if (q) {
      if (q.unbounded) unboundedCount++;
      if (q.repeats) stack[stack.length - 1]!.repeats = true;
      i += q.length;
    }
  }
  return unboundedCount > MAX_UNBOUNDED_REPETITIONS ? `${unboundedCount} unbounded repetitions: testing a value can take time growing as its length to the power of ${unboundedCount}` : null;
}
