// Rollup plugin: collapses the white space inside the panel's css`` and html``
// templates, which terser leaves alone. Only our own template literals are
// touched, and only runs of white space, so what they mean does not change.
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]panel[\\/].*\.ts$/.test(id)) return null;
      const out = code.replace(/\b(css|html)\s*`([^`]*)`/g, (_, tag, body) => {
        let text = body.replace(/\s+/g, ' ');
        if (tag === 'css') text = text.replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').replace(/:\s+/g, ':');
        else text = text.replace(/>\s+</g, '><').replace(/\s+>/g, '>');
        return `${tag}\`${text.trim()}\``;
      });
      return { code: out, map: null };
    },
  };
}
