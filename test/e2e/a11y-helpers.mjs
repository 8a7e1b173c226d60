// Shared by the accessibility e2e files (forced colours, text spacing, screen
// readers, theme contrast): a page with every kind of switch (required, a
// purpose with vendors, a plain one) and a blocked embed, Chromium's media
// emulation, and the accessibility tree as assistive technology gets it.
/* global document */
import { inflateSync } from 'node:zlib';
import { PANEL, doc, globalConfig, openPage } from './helpers.mjs';

export const PURPOSES = [
  { id: 'necessary', label: { fr: 'Nécessaires', en: 'Essential' }, required: true, description: 'Le site en a besoin pour fonctionner.' },
  {
    id: 'social',
    label: { fr: 'Réseaux sociaux', en: 'Social media' },
    description: 'Vidéos et publications intégrées.',
    vendors: [
      { id: 'yt', name: 'YouTube', privacyUrl: '/yt-privacy', retention: '13 mois' },
      { id: 'x', name: 'X' },
    ],
  },
  { id: 'ads', label: { fr: 'Publicité', en: 'Advertising' } },
];

/** A blocked YouTube embed, as wide as the column (as news sites size them): the panel puts a placeholder in its place. */
export const EMBED = `<style>.embed-video { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; border: 0; }</style>
<p><iframe class="embed-video" data-consent="social/yt" data-src="/test/e2e/fixtures/mark.js" title="Vidéo"></iframe></p>`;

/** Opens the article with the panel (and a blocked embed), with `media` emulated before it loads. */
export async function openArticle(h, { lang = 'fr', config = {}, head = '', body = EMBED, media, contextOptions } = {}) {
  return openPage(
    h,
    doc({ lang, head: globalConfig({ privacyUrl: '/confidentialite', purposes: PURPOSES, ...config }) + head, body: body + PANEL }),
    {
      contextOptions,
      beforeGoto: media && ((page) => emulateMedia(page, media)),
    },
  );
}

/** Chromium's media emulation (CDP), e.g. `{ 'forced-colors': 'active', 'prefers-color-scheme': 'dark' }`. */
export async function emulateMedia(page, features) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', { features: Object.entries(features).map(([name, value]) => ({ name, value })) });
  return cdp;
}

/**
 * The page's accessibility tree as Chromium gives it to screen readers (CDP
 * Accessibility.getFullAXTree): the nodes that are not ignored, each with its
 * role, name, description, properties (`checked`, `disabled`, `live`…) and text.
 */
export async function axNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const text = (n) =>
    n.role?.value === 'StaticText'
      ? (n.name?.value ?? '')
      : (n.childIds ?? [])
          .map((id) => byId.get(id))
          .filter(Boolean)
          .map(text)
          .join('');
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({
      role: n.role?.value,
      name: n.name?.value ?? '',
      description: n.description?.value ?? '',
      properties: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
      text: text(n),
      node: n,
    }));
}

/** Unfocuses whatever has focus and moves the mouse away (so neither a focus ring nor a hover tells screenshots apart). */
export async function blur(page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    active?.blur();
  });
}

/** Decodes a PNG as Chromium writes screenshots (8-bit RGB or RGBA, not interlaced): { width, height, data: RGBA bytes }. */
export function decodePng(buffer) {
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const channels = { 2: 3, 6: 4 }[buffer[25]];
  if (buffer[24] !== 8 || !channels || buffer[28] !== 0) throw new Error('unexpected PNG format');
  const chunks = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    if (buffer.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(buffer.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? rows[y * stride + x - channels] : 0;
      const up = y ? rows[(y - 1) * stride + x] : 0;
      const upLeft = y && x >= channels ? rows[(y - 1) * stride + x - channels] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter];
      rows[y * stride + x] = (value + predictor) & 255;
    }
  }
  const data = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < width * height; i++) rows.copy(data, i * 4, i * channels, i * channels + Math.min(channels, 4));
  return { width, height, data };
}

/**
 * How much two same-sized screenshots differ in shape, not in colour: each
 * pixel is ink or not (clearly unlike the picture's corner, which shows what
 * is behind), and the result is the share (0–1) of pixels where the two
 * pictures disagree. A border that only changes colour does not count.
 */
export function pixelDifference(a, b) {
  const [pa, pb] = [decodePng(a), decodePng(b)];
  if (pa.width !== pb.width || pa.height !== pb.height) return 1;
  const ink = ({ data }, i) => Math.max(...[0, 1, 2].map((c) => Math.abs(data[i + c] - data[c]))) > 96;
  let differ = 0;
  for (let i = 0; i < pa.data.length; i += 4) if (ink(pa, i) !== ink(pb, i)) differ++;
  return differ / (pa.width * pa.height);
}
