// Rollup plugin: collapses the white space inside consent-panel's own css``
// and html`` templates, which terser leaves alone. It finds the tagged
// templates by parsing each module of src/ (TypeScript's parser, after the
// TypeScript plugin made it JavaScript) and rewrites only their literal text:
// no other string, no template of a library and no generated chunk is touched.
// Only white space (and CSS quotes that are not needed) changes, so what the
// templates mean does not.
//  - css``: drops comments, white space around braces, colons, semicolons and
//    before !important, and the quotes around identifiers in attribute selectors;
//  - html``: a line break and the indent around it are white space that HTML
//    collapses anyway: none between two tags or before the `>` that closes a
//    tag, one space elsewhere. White space on a single line stays as written.
import ts from 'typescript';

/** @param {string} text */
export function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/:\s+/g, ':')
      .replace(/\s+!important/g, '!important')
      // [role='switch'] -> [role=switch]: an identifier needs no quotes.
      .replace(/\[([\w-]+)=(['"])([a-zA-Z_][\w-]*)\2\]/g, '[$1=$3]')
  );
}

/** @param {string} text */
export function minifyHtml(text) {
  return (
    text
      .replace(/>\s*\n\s*</g, '><')
      // A tag closed on its own line: `<span\n>` is `<span>`.
      .replace(/\s*\n\s*(?=\/?>)/g, '')
      .replace(/\s*\n\s*/g, ' ')
  );
}

const MINIFY = { css: minifyCss, html: minifyHtml };

/**
 * The literal pieces of every css`` and html`` template in `code`, as
 * [start, end, tag, first, last] ranges of the source text (between the
 * backticks, `${` and `}`), and whether the piece opens or closes its template.
 * @param {string} code
 * @param {string} id
 * @returns {[number, number, 'css' | 'html', boolean, boolean][]}
 */
export function templatePieces(code, id) {
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** @type {[number, number, 'css' | 'html', boolean, boolean][]} */
  const pieces = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
      const tag = node.tag.text;
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) pieces.push([template.getStart() + 1, template.end - 1, tag, true, true]);
      else {
        pieces.push([template.head.getStart() + 1, template.head.end - 2, tag, true, false]);
        for (const span of template.templateSpans) {
          const literal = span.literal;
          const tail = ts.isTemplateTail(literal);
          pieces.push([literal.getStart() + 1, literal.end - (tail ? 1 : 2), tag, false, tail]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return pieces;
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
      const pieces = templatePieces(code, id).sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, tag, first, last] of pieces) {
        let text = MINIFY[tag](out.slice(start, end));
        // A style sheet's white space at either end means nothing.
        if (tag === 'css' && first) text = text.trimStart();
        if (tag === 'css' && last) text = text.trimEnd();
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
