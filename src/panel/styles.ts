import { css } from 'lit';

/**
 * The host resets everything it could inherit from the page with `!important`:
 * inside a shadow root that beats even the page's own `!important` rules, so
 * page fonts, colours and spacing cannot shrink or hide the panel. Custom
 * properties still inherit, which is how sites theme it.
 */
export const styles = css`
  :host {
    all: initial !important;
    display: block !important;
    font: 16px/1.5 var(--consent-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif) !important;
    color: var(--consent-text, #1a1a1a) !important;
  }
  * { box-sizing: border-box; }
  [hidden] { display: none !important; }
  .banner {
    position: fixed;
    z-index: var(--consent-z-index, 2147483000);
    left: 0;
    right: 0;
    bottom: 0;
    margin: 0 auto;
    max-width: 60em;
    max-height: 100vh;
    overflow: auto;
    padding: 16px 20px;
    background: var(--consent-background, #fff);
    border: 1px solid var(--consent-border, #8a8a8a);
    border-radius: var(--consent-radius, 8px) var(--consent-radius, 8px) 0 0;
    box-shadow: 0 -2px 16px rgb(0 0 0 / 25%);
  }
  .banner.top { top: 0; bottom: auto; border-radius: 0 0 var(--consent-radius, 8px) var(--consent-radius, 8px); }
  h2 { margin: 0 0 8px; font-size: 20px; line-height: 1.3; }
  h3 { margin: 0; font-size: 17px; }
  p { margin: 0 0 12px; }
  a { color: var(--consent-link, #0b4f8a); text-decoration: underline; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  .button {
    flex: 1 1 9em;
    min-height: 44px;
    padding: 8px 16px;
    font: inherit;
    font-weight: 600;
    color: var(--consent-button-text, #fff);
    background: var(--consent-accent, #0b4f8a);
    border: 2px solid var(--consent-accent, #0b4f8a);
    border-radius: var(--consent-radius, 8px);
    cursor: pointer;
  }
  .button:hover { text-decoration: underline; }
  button:focus-visible, a:focus-visible {
    outline: 3px solid var(--consent-focus, #c2410c);
    outline-offset: 2px;
  }
  dialog {
    width: min(44em, calc(100vw - 16px));
    max-height: calc(100vh - 16px);
    padding: 0;
    color: inherit;
    font: inherit;
    background: var(--consent-background, #fff);
    border: 1px solid var(--consent-border, #8a8a8a);
    border-radius: var(--consent-radius, 8px);
  }
  dialog::backdrop { background: rgb(0 0 0 / 55%); }
  .dialog-body { padding: 16px 20px; }
  .dialog-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 12px; }
  .close {
    min-width: 44px;
    min-height: 44px;
    font: inherit;
    color: inherit;
    background: none;
    border: 2px solid currentColor;
    border-radius: var(--consent-radius, 8px);
    cursor: pointer;
  }
  ul { list-style: none; margin: 0; padding: 0; }
  .purpose { padding: 12px 0; border-top: 1px solid var(--consent-border, #8a8a8a); }
  .row { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
  .purpose p, .vendors { margin: 4px 0 0; font-size: 15px; }
  .vendor { padding: 6px 0 0 16px; }
  .note { padding: 8px 12px; border-left: 4px solid var(--consent-accent, #0b4f8a); }
  [role='switch'] {
    position: relative;
    flex: none;
    width: 52px;
    height: 30px;
    padding: 0;
    background: var(--consent-background, #fff);
    border: 2px solid var(--consent-switch-off, #595959);
    border-radius: 15px;
    cursor: pointer;
  }
  [role='switch']::after {
    content: '';
    position: absolute;
    top: 4px;
    left: 4px;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--consent-switch-off, #595959);
  }
  [role='switch'][aria-checked='true'] { background: var(--consent-accent, #0b4f8a); border-color: var(--consent-accent, #0b4f8a); }
  [role='switch'][aria-checked='true']::after { left: 26px; background: var(--consent-button-text, #fff); }
  [role='switch'][aria-checked='mixed']::after { left: 15px; background: var(--consent-accent, #0b4f8a); }
  [role='switch'][aria-disabled='true'] { cursor: not-allowed; }
  .state { font-size: 14px; font-weight: 600; }
  .manage {
    position: fixed;
    z-index: var(--consent-z-index, 2147483000);
    left: 12px;
    bottom: 12px;
    min-height: 32px;
    padding: 4px 12px;
    font: inherit;
    font-size: 14px;
    color: var(--consent-text, #1a1a1a);
    background: var(--consent-background, #fff);
    border: 2px solid var(--consent-accent, #0b4f8a);
    border-radius: 16px;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (max-width: 30em) {
    .banner, .dialog-body { padding: 12px; }
    h2 { font-size: 18px; }
  }
`;
