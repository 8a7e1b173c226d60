// PLACEHOLDER: proves the browser test plumbing (esbuild TS, Chromium launch,
// axe, sendKeys). Delete once real tests exist in test/browser/.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

describe('browser test plumbing (placeholder)', () => {
  it('renders a fixture that passes axe', async () => {
    const el = await fixture(html`<label>Name <input name="name" /></label>`);
    await expect(el).to.be.accessible();
  });

  it('types with real key events', async () => {
    const el = await fixture<HTMLInputElement>(html`<input aria-label="Name" />`);
    el.focus();
    await sendKeys({ type: 'abc' });
    expect(el.value).to.equal('abc');
  });
});
