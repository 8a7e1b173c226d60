/**
 * dist/consent-panel-tcf.js: the IAB TCF module of the drop-in script, which
 * loads it from its own directory when the configuration has `tcf`. It uses
 * the page's runtime, whichever copy of the script made it.
 */
import { startTcf, type TcfRuntime } from './bridges/tcf/bridge.js';
import { setTcfTextsLoader, type TcfTexts } from './bridges/tcf/ui/messages.js';
import { LANG_KEY } from './i18n/pack.js';
import { siblingLoader } from './runtime/sibling.js';

// The module's texts in languages other than French and English: dist/i18n/tcf-xx.js, next to this file.
const loadSibling = siblingLoader(document.currentScript as HTMLScriptElement | null);
setTcfTextsLoader((lang) =>
  loadSibling(`i18n/tcf-${lang}.js`).then(() => {
    const holder = (window as unknown as Record<symbol, Record<string, TcfTexts> | undefined>)[LANG_KEY];
    const texts = holder && Object.prototype.hasOwnProperty.call(holder, `tcf-${lang}`) ? holder[`tcf-${lang}`] : undefined;
    if (!texts?.days) throw new Error(`i18n/tcf-${lang}.js did not provide them`);
    return texts;
  }),
);

const runtime = (window as unknown as Record<symbol, TcfRuntime | undefined>)[Symbol.for('consent-panel.runtime')];
if (runtime) {
  startTcf(runtime);
} else {
  console.error('consent-panel: consent-panel-tcf.js needs consent-panel.js, loaded first.');
}
