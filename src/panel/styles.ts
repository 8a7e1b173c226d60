import { css } from './stylesheet.js';

/**
 * The host resets everything it could inherit from the page with `!important`:
 * inside a shadow root that beats even the page's own `!important` rules, so
 * page fonts, colours and spacing cannot shrink or hide the panel. Custom
 * properties still inherit, which is how sites theme it.
 */
export const styles = css`
  :host {
    --a: var(--consent-accent, #0b4f8a);
    --b: var(--consent-background, #fff);
    --c: var(--consent-text, #1a1a1a);
    --l: var(--consent-border, #8a8a8a);
    --r: var(--consent-radius, 8px);
    --z: var(--consent-z-index, 2147483000);
    /* A placeholder's layout, from its embed (see placeholder.ts). */
    display: var(--consent-display);
    vertical-align: var(--consent-vertical-align);
    width: var(--consent-width);
    height: var(--consent-height);
  }
  :host(consent-panel) {
    all: initial !important;
    display: block !important;
    font: 16px/1.5 var(--consent-font, system-ui, sans-serif) !important;
    color: var(--c) !important;
  }
  /* A placeholder keeps the box the page gives it, so nothing moves when the embed loads. */
  .placeholder {
    height: 100%;
    overflow: auto;
    padding: 16px;
    font: 15px/1.5 var(--consent-font, system-ui, sans-serif);
    letter-spacing: normal;
    text-align: start;
    color: var(--c);
    background: var(--consent-placeholder-background, #eef1f4);
    border: 1px solid var(--l);
    border-radius: var(--r);
  }
  /* Long words wrap rather than push a control out of a narrow window (320 px at 200 % zoom: 160 CSS px). */
  * { box-sizing: border-box; overflow-wrap: anywhere; }
  .banner, dialog, .manage { color: var(--c); background: var(--b); border: 1px solid var(--l); border-radius: var(--r); }
  .banner {
    position: fixed;
    z-index: var(--z);
    inset: auto 0 0;
    margin: 0 auto;
    max-width: 60em;
    max-height: 100vh;
    overflow: auto;
    /* Narrower sides in a narrow window, where every pixel of line counts. */
    padding: 16px min(20px, 5vw);
    box-shadow: 0 0 16px #0006;
  }
  .top { inset: 0 0 auto; }
  h2 { margin: 0 0 8px; font-size: 20px; }
  h3 { margin: 0; font-size: 17px; }
  p { margin: 0 0 12px; }
  a { color: var(--consent-link, #0b4f8a); }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  button { font: inherit; cursor: pointer; }
  .button {
    flex: 9em;
    min-height: 44px;
    padding: 8px 16px;
    font-weight: 600;
    color: var(--consent-button-text, #fff);
    background: var(--a);
    border: 2px solid var(--a);
    border-radius: var(--r);
  }
  /* After .button, which it overrides: the placeholder's second choice is outlined. */
  .link { color: var(--a); background: none; }
  :focus-visible { outline: 3px solid var(--consent-focus, #c2410c); outline-offset: 2px; }
  dialog { width: min(44em, 100vw - 16px); max-height: calc(100vh - 16px); padding: 16px min(20px, 5vw); }
  dialog::backdrop { background: #0008; }
  /* Where a title or label would get less than 6em beside its close button or switch, it takes the whole line. */
  .head, .row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; }
  .grow, .row > span, h2 { flex: 1 6em; min-width: 0; }
  .close { min-width: 44px; min-height: 44px; color: inherit; background: none; border: 2px solid; border-radius: var(--r); }
  ul { list-style: none; margin: 0; padding: 0; }
  .purpose { padding: 12px 0; border-top: 1px solid var(--l); }
  .purpose p, .vendors { margin: 4px 0 0; font-size: 15px; }
  .vendor { padding: 6px 0 0 16px; }
  .note { padding: 8px 12px; border-left: 4px solid var(--a); }
  [role='switch'] {
    position: relative;
    flex: none;
    width: 52px;
    height: 30px;
    background: var(--b);
    border: 2px solid #595959;
    border-radius: 15px;
  }
  [role='switch']::after {
    content: '';
    position: absolute;
    top: 4px;
    left: 4px;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: #595959;
  }
  [aria-checked='true'] { background: var(--a); border-color: var(--a); }
  [aria-checked='true']::after { left: 26px; background: var(--b); }
  [aria-checked='mixed']::after { left: 15px; background: var(--a); }
  [aria-disabled='true'] { cursor: not-allowed; }
  .manage {
    position: fixed;
    z-index: var(--z);
    left: 12px;
    bottom: 12px;
    min-height: 32px;
    padding: 4px 12px;
    font-size: 14px;
    border: 2px solid var(--a);
  }
  .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;
