/** An embed URL pattern (`https://www.youtube.com/embed/*`) as a regular expression: `*` is any run of characters, the rest is literal. */
export const patternToRegExp = (pattern) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
  );
