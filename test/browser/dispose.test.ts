import { expect } from '@open-wc/testing';
import { disposeRuntime } from '../../src/runtime/dispose.js';
import { pageRuntime } from '../../src/runtime/runtime.js';
import { resetPage } from './harness.js';

const SRC = '/test/e2e/fixtures/mark.js?name=after-dispose';
/** The script put in the page for the gated one, if the gate released it. */
const released = () => document.querySelector(`script[src="${SRC}"]:not([data-consent])`);
/** Compared as a boolean: a failed assertion on the element itself would carry the whole DOM to the report. */
const isReleased = () => released() !== null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('disposeRuntime', () => {
  let gated: HTMLScriptElement | undefined;
  afterEach(() => {
    // The document's own readyState again.
    delete (document as unknown as { readyState?: string }).readyState;
    gated?.remove();
    released()?.remove();
    resetPage();
  });

  it('stops looking at a page that is still loading: no gated script is released afterwards', async () => {
    resetPage();
    // A runtime started while the page arrives looks at it every 50 ms, then once more when it is parsed.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    const runtime = pageRuntime();
    runtime.start();
    runtime.api.acceptAll();
    expect(runtime.api.granted('analytics')).to.equal(true);
    disposeRuntime(runtime);

    gated = Object.assign(document.createElement('script'), { type: 'text/plain' });
    gated.setAttribute('data-consent', 'analytics');
    gated.setAttribute('src', SRC);
    document.body.append(gated);
    await sleep(160);
    expect(isReleased(), 'released by the 50 ms look at the page').to.equal(false);

    // The page is parsed: the disposed runtime does not look at it again.
    delete (document as unknown as { readyState?: string }).readyState;
    document.dispatchEvent(new Event('readystatechange'));
    await sleep(60);
    expect(isReleased(), 'released at the end of parsing').to.equal(false);
  });
});
