// Layout checks shared by the text-spacing and reflow tests: what a reader
// would see cut off, overlapping or out of reach, measured in the page.
/* global document, getComputedStyle, innerWidth, innerHeight, NodeFilter */
import assert from 'node:assert/strict';

/**
 * Inspects the panel layer `selector` (in <consent-panel>'s shadow root; '' for
 * the whole root) or, with `placeholder: true`, every placeholder: its text runs
 * and controls, each scrolled into view first. Returns the problems found:
 * text or a control outside its scrolling box or the window sideways, two
 * controls or two runs of text overlapping, a control whose own text overflows
 * it, sideways scrolling of the page or the layer.
 */
export function layoutProblems(page, selector, { placeholder = false } = {}) {
  return page.evaluate(
    ([s, inPlaceholders]) => {
      const problems = [];
      const layers = inPlaceholders
        ? [...document.querySelectorAll('*')].map((e) => e.shadowRoot?.querySelector('.placeholder')).filter(Boolean)
        : [document.querySelector('consent-panel').shadowRoot.querySelector(s)];
      const describe = (e) => (e.getAttribute?.('aria-label') || e.textContent || e.localName).trim().slice(0, 40);
      const overlap = (a, b) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      /** The nearest ancestor (through shadow roots) that clips: its box is what can be seen of the element. */
      const clipper = (e) => {
        for (let p = e.parentElement ?? e.getRootNode().host; p; p = p.parentElement ?? p.getRootNode().host) {
          if (getComputedStyle(p).overflowX !== 'visible') return p;
        }
        return null;
      };
      const inside = (box, e, what) => {
        const clip = clipper(e);
        const area = clip ? clip.getBoundingClientRect() : { left: 0, right: innerWidth };
        const left = Math.max(area.left, 0);
        const right = Math.min(area.right, innerWidth);
        if (box.left < left - 1 || box.right > right + 1)
          problems.push(
            `${what} cut off sideways: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(left)}–${Math.round(right)}`,
          );
      };
      if (!layers.length) problems.push('no layer found');
      for (const layer of layers) {
        if (!layer || !layer.getClientRects().length) {
          problems.push(`layer ${s} not shown`);
          continue;
        }
        if (layer.scrollWidth > layer.clientWidth + 1)
          problems.push(`layer scrolls sideways by ${layer.scrollWidth - layer.clientWidth} px`);
        // The layer's own tree, and what is slotted into it (the TCF parts, each in a shadow root of its own).
        const scopes = [
          layer,
          ...[...layer.querySelectorAll('slot')].flatMap((slot) => slot.assignedElements().map((e) => e.shadowRoot ?? e)),
        ];
        const controls = scopes
          .flatMap((scope) => [...scope.querySelectorAll('button, a, [role=switch], summary')])
          .filter((c) => c.checkVisibility({ visibilityProperty: true }));
        for (const c of controls) {
          c.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          const box = c.getBoundingClientRect();
          inside(box, c, `control "${describe(c)}"`);
          if (box.top < -1 || box.bottom > innerHeight + 1)
            problems.push(`control "${describe(c)}" out of reach: ${Math.round(box.top)}–${Math.round(box.bottom)}`);
          if (c.localName === 'button' && (c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1))
            problems.push(`"${describe(c)}": its text overflows the button`);
        }
        // Measured in one scroll position: the layer scrolled to its start.
        layer.scrollTop = 0;
        const fixed = controls.map((c) => ({ c, box: c.getBoundingClientRect() }));
        for (let i = 0; i < fixed.length; i++)
          for (let j = i + 1; j < fixed.length; j++)
            if (!fixed[i].c.contains(fixed[j].c) && !fixed[j].c.contains(fixed[i].c) && overlap(fixed[i].box, fixed[j].box))
              problems.push(`controls "${describe(fixed[i].c)}" and "${describe(fixed[j].c)}" overlap`);
        // Text: every line box of every text node.
        const runs = [];
        const nodes = scopes.flatMap((scope) => {
          const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
          const found = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node);
          return found;
        });
        for (const node of nodes) {
          // Shown only: not in a closed <details>, not display: none.
          if (!node.data.trim() || !node.parentElement.checkVisibility({ visibilityProperty: true })) continue;
          if (node.parentElement.closest('.hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const box of range.getClientRects()) {
            if (box.width < 1) continue;
            runs.push({ node, box });
            inside(box, node.parentElement, `text "${node.data.trim().slice(0, 30)}"`);
          }
        }
        for (let i = 0; i < runs.length; i++)
          for (let j = i + 1; j < runs.length; j++)
            if (runs[i].node !== runs[j].node && overlap(runs[i].box, runs[j].box))
              problems.push(`text "${runs[i].node.data.trim().slice(0, 30)}" overlaps "${runs[j].node.data.trim().slice(0, 30)}"`);
      }
      if (document.documentElement.scrollWidth > innerWidth)
        problems.push(`the page scrolls sideways by ${document.documentElement.scrollWidth - innerWidth} px`);
      return problems;
    },
    [selector, placeholder],
  );
}

export async function assertLaidOut(page, selector, what, options) {
  assert.deepEqual(await layoutProblems(page, selector, options), [], `${what}: nothing cut off, overlapping or out of reach`);
}
