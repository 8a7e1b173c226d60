// Rollup plugin: collapses the white space inside the panel's css`` and html``
// templates, which terser leaves alone. Only runs of white space change, so what
// the templates mean does not.
//  - transform: tidies css`` bodies (drops comments, white space around
//    braces, colons and semicolons);
//  - renderChunk, after terser: terser writes no line breaks of its own, so the
//    ones left are inside template literals, where a break and its indent are
//    white space that HTML and CSS collapse anyway.
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
          .replace(/:\s+/g, ':');
        return `css\`${text.trim()}\``;
      });
      return { code: out, map: null };
    },
    renderChunk(code) {
      return { code: code.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*(?=.)/g, ' '), map: null };
    },
  };
}
