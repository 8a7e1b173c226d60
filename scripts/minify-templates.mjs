// Rollup plugin: collapses the white space inside the panel's css`` and html``
// templates, which terser leaves alone. Only white space (and CSS quotes that
// are not needed) changes, so what the templates mean does not.
//  - transform: tidies css`` bodies (drops comments, white space around
//    braces, colons, semicolons and before !important, quotes around
//    identifiers in attribute selectors);
//  - renderChunk, after terser: terser writes no line breaks of its own, so the
//    ones left are inside template literals, where a break and its indent are
//    white space that HTML and CSS collapse anyway (and none at all before the
//    `>` that closes a tag).
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]panel[\\/].*\.ts$/.test(id)) return null;
      const out = code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => {
        const text = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .replace(/:\s+/g, ':')
          .replace(/\s+!important/g, '!important')
          // [role='switch'] -> [role=switch]: an identifier needs no quotes.
          .replace(/\[([\w-]+)=(['"])([a-zA-Z_][\w-]*)\2\]/g, '[$1=$3]');
        return `css\`${text.trim()}\``;
      });
      return { code: out, map: null };
    },
    renderChunk(code) {
      const tidy = code
        .replace(/>\s*\n\s*</g, '><')
        // A tag closed on its own line: `<span\n>` is `<span>`.
        .replace(/\s*\n\s*(?=\/?>)/g, '')
        .replace(/\s*\n\s*(?=.)/g, ' ');
      return { code: tidy, map: null };
    },
  };
}
