/**
 * Whether `name` matches a cookie or storage-key pattern: `*` stands for any
 * run of characters, every other character for itself. Greedy, going back
 * only to the last star seen: at most (pattern length + 1) × (name length + 1)
 * steps, where a regular expression built from the pattern (`^a.*a.*…b$`)
 * backtracks through every way to share the name between the stars.
 */
export function matchesPattern(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  /** Just after the last star seen, and where in the name that star's run ends for now. */
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (pattern[p] === '*') {
      star = ++p;
      resume = n;
    } else if (pattern[p] === name[n]) {
      p++;
      n++;
    } else if (star < 0) {
      return false;
    } else {
      // The last star takes one more character; the rest of the pattern starts again after it.
      p = star;
      n = ++resume;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}
