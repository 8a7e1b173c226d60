import { expect, html, waitUntil } from '@open-wc/testing';
import { usePresets } from '../../src/presets.js';
import type { Preset } from '../../src/presets/types.js';
import { mountPanel, resetPage } from './harness.js';

type Win = Window & { __loaded?: string[]; dataLayer?: ArrayLike<unknown>[] };
const win = window as Win;

/** A preset as presets/<id>.json has it (parameters as `{ pattern, example }`, kind `script` named), its tag's URL a local stand-in. */
async function preset(id: string, src: string): Promise<Preset> {
  const json = (await (await fetch(`/presets/${id}.json`)).json()) as Preset;
  return { ...json, tag: { ...json.tag!, src } };
}

describe('vendor presets for bundlers (usePresets)', () => {
  beforeEach(() => {
    resetPage();
    delete win.__loaded;
    delete win.dataLayer;
  });

  it('takes presets as presets/*.json has them, brings every tag loader kind, and loads each tag once its gate is granted', async () => {
    const config = {
      privacyUrl: '/p',
      purposes: [
        { id: 'necessary', label: 'Fonctionnement', required: true },
        {
          id: 'analytics',
          label: 'Mesure',
          vendors: [
            { preset: 'google-analytics', id: 'G-TEST1234' },
            { preset: 'chartbeat', uid: '12345', domain: 'journal.example' },
            { preset: 'google-tag-manager', id: 'not-a-container' },
          ],
        },
      ],
    };
    const holder = document.createElement('div');
    holder.innerHTML = `<consent-panel><script type="application/json">${JSON.stringify(config)}</script></consent-panel>`;
    const el = await mountPanel(html`${holder.firstElementChild}`);
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      usePresets(
        await preset('google-analytics', 'data:text/javascript,(window.__loaded||=[]).push("gtag:{id}")'),
        await preset('chartbeat', 'data:text/javascript,(window.__loaded||=[]).push("chartbeat:"+_sf_async_config.uid)'),
        await preset('google-tag-manager', 'data:text/javascript,(window.__loaded||=[]).push("gtm")'),
      );
      // The parameters are checked against the JSON's patterns: a GTM id of the wrong shape is reported and dropped.
      await waitUntil(() => errors.some((e) => /vendors\[2\]\.id: "not-a-container" is not a Google Tag Manager id/.test(e)));
      expect(win.__loaded).to.equal(undefined);
      el.acceptAll();
      await waitUntil(() => win.__loaded?.length === 2);
      expect([...win.__loaded!].sort()).to.deep.equal(['chartbeat:12345', 'gtag:G-TEST1234']);
      // The gtag kind came with the ESM entry: Consent Mode, then the configuration.
      const layer = Array.from(win.dataLayer!, (args) => Array.from(args));
      expect(layer.some((args) => args[0] === 'config' && args[1] === 'G-TEST1234')).to.equal(true);
    } finally {
      console.error = error;
    }
  });
});
