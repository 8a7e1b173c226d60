// The benchmark pages, both read from the demo article (demo/index.html) at run time so
// the benchmark follows the demo: the demo article itself, without the demo's own
// consent-panel script, its configuration, its gated tags and embeds and its status
// box; and a short article page (its headline, its lead image and the first three
// paragraphs, a few lines of inline style, no stylesheet to fetch). Each library then gets
// each page with its own loader in <head> and its two gated scripts at the end of <body>.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEMO_PAGE = fileURLToPath(new URL('../demo/index.html', import.meta.url));

/** Removes the element whose opening tag matches `open` (balanced on its tag name). */
function removeElement(html, open) {
  const m = open.exec(html);
  if (!m) return { html, removed: false };
  const tag = m[1].toLowerCase();
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = m.index + m[0].length;
  let depth = 1;
  for (let t; (t = re.exec(html));) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return { html: html.slice(0, m.index) + html.slice(re.lastIndex), removed: true };
  }
  throw new Error(`bench/page.mjs: unbalanced <${tag}> in ${DEMO_PAGE}`);
}

/**
 * { title, bodyAttrs, body, css } of the demo article with every <script>, the
 * demo strip and the "coulisses" status box removed, and root-relative URLs
 * rebased on /demo/ (the server serves the project root).
 */
export function articleFromDemo(path = DEMO_PAGE) {
  let source;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`bench: the demo article ${path} is missing (${err.code}); the benchmark page is generated from it`);
  }
  const title = /<title>([\s\S]*?)<\/title>/i.exec(source)?.[1].trim() ?? 'Article';
  const bodyMatch = /<body([^>]*)>([\s\S]*)<\/body>/i.exec(source);
  if (!bodyMatch) throw new Error(`bench: no <body> in ${path}`);
  let body = bodyMatch[2];
  let bodyAttrs = bodyMatch[1];

  // Scripts: the demo's gated tags and inline snippets (each library gets its own).
  body = body.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '');
  body = body.replace(/<!--[\s\S]*?-->\s*/g, '');
  // The demo's own status UI: the strip of tracker badges and the backstage box.
  for (const open of [/<(div)\b[^>]*class="[^"]*\bdemo-strip\b[^"]*"[^>]*>/i, /<(section)\b[^>]*id="coulisses"[^>]*>/i]) {
    body = removeElement(body, open).html;
  }
  // Embeds gated with consent-panel's own attribute (iframes, images, videos):
  // only consent-panel would handle them, so no library gets them.
  body = body.replace(/<(iframe|video|audio|object)\b[^>]*\bdata-consent=[^>]*>[\s\S]*?<\/\1>\s*/gi, '');
  body = body.replace(/<(img|embed|source)\b[^>]*\bdata-consent=[^>]*>\s*/gi, '');
  if (/\bdata-consent=/.test(body)) throw new Error(`bench: an element with data-consent is left in the article of ${path}`);
  // Links to the status box would now point nowhere.
  body = body.replace(/<a\b[^>]*href="#coulisses"[^>]*>[\s\S]*?<\/a>/gi, '');

  const rebase = (s) => s.replace(/\b(src|href)="\/(?!\/)/g, '$1="/demo/');
  body = rebase(body).trim();
  bodyAttrs = rebase(bodyAttrs);
  const css = [...source.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gi)].map((m) =>
    m[1].startsWith('/') ? `/demo${m[1]}` : m[1],
  );
  return { title, bodyAttrs, body, css };
}

/** The short page's whole style: readable text and a fluid image, nothing to fetch. */
const SHORT_STYLE = `body{margin:0;font:18px/1.55 Georgia,serif;color:#1a1a1a;background:#fff}
main{max-width:42rem;margin:0 auto;padding:1rem}
h1{font:700 1.8rem/1.2 system-ui,sans-serif;margin:.5rem 0 1rem}
figure{margin:0 0 1rem}img{display:block;max-width:100%;height:auto}figcaption{font-size:.85rem;color:#555}`;

/**
 * { title, bodyAttrs, body, css, style } of a short article page made from the demo
 * article: its <title>, headline, lead image with its caption and the first three
 * paragraphs of its body, in one <main>, with a small inline style.
 */
export function shortArticleFromDemo(path = DEMO_PAGE) {
  const source = readFileSync(path, 'utf8');
  const need = (re, what) => {
    const m = re.exec(source);
    if (!m) throw new Error(`bench: no ${what} in the demo article ${path}, from which the short page is made`);
    return m;
  };
  const title = need(/<title>([\s\S]*?)<\/title>/i, '<title>')[1].trim();
  const h1 = need(/<h1\b[^>]*>[\s\S]*?<\/h1>/i, '<h1>')[0];
  const figure = need(/<figure\b[^>]*class="[^"]*\blead-figure\b[^"]*"[^>]*>([\s\S]*?)<\/figure>/i, 'lead figure')[1];
  const figcaption = /<figcaption\b[^>]*>[\s\S]*?<\/figcaption>/i.exec(figure)?.[0] ?? '';
  const leadImg = /<img\b[^>]*>/i.exec(figure)?.[0];
  if (!leadImg) throw new Error(`bench: the lead figure of ${path} has no <img>`);
  const bodyStart = need(/<div\b[^>]*class="[^"]*\barticle-body\b[^"]*"[^>]*>/i, 'article body');
  const paragraphs = [...source.slice(bodyStart.index).matchAll(/<p>[\s\S]*?<\/p>/gi)].slice(0, 3).map((m) => m[0]);
  if (paragraphs.length < 3) throw new Error(`bench: fewer than three paragraphs in the article body of ${path}`);
  const rebase = (s) => s.replace(/\b(src|href)="\/(?!\/)/g, '$1="/demo/');
  const body = rebase(`<main>
<article>
${h1}
<figure>${leadImg}${figcaption}</figure>
${paragraphs.join('\n')}
</article>
</main>`);
  return { title, bodyAttrs: '', body, css: [], style: SHORT_STYLE };
}

/** The pages every scenario runs on: `id` for BENCH_PAGES and the results, `label` and `phrase` for the report, `article()` builds its content. */
export const PAGES = [
  {
    id: 'article',
    label: 'Demo article',
    phrase: 'the demo article',
    notes: "the demo article (demo/index.html with demo/demo.css), without the demo's panel, status box, tags and embeds",
    article: () => articleFromDemo(),
  },
  {
    id: 'short',
    label: 'Short article page',
    phrase: 'a short article page',
    notes: 'its headline, lead image (demo/img/halle.svg) and first three paragraphs, a few lines of inline style, no stylesheet',
    article: () => shortArticleFromDemo(),
  },
];

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The whole page for one library. `probe` is the measurement script (runs first),
 * `head` the library's loader (stylesheet, configuration, script), `gated` its two
 * gated scripts and `bodyEnd` anything it needs after them.
 */
export function buildPage(article, { probe, head, gated, bodyEnd = '' }) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${article.title}</title>
${[...article.css.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`), ...(article.style ? [`<style>${article.style}</style>`] : [])].join('\n')}
<script>${probe}</script>
<script>performance.mark('consent:start')</script>
${head}
</head>
<body${article.bodyAttrs}>
${article.body}
${gated}
${bodyEnd}
</body>
</html>
`;
}
