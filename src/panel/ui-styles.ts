import { css } from './stylesheet.js';

/** The preferences dialog's own styles, loaded with it (consent-panel-ui.js), on top of base-styles.ts and layer-styles.ts. */
export const uiStyles = css`
  h3 {
    margin: 0;
    font-size: 17px;
  }
  dialog {
    width: min(44em, 100vw - 16px);
    max-height: calc(100vh - 16px);
    padding: 16px min(20px, 5vw);
  }
  dialog::backdrop {
    background: #0008;
  }
  /* Where a title or label would get less than 6em beside its close button or switch, it takes the whole line. */
  .head,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
  }
  .grow,
  .row > span,
  h2 {
    flex: 1 6em;
    min-width: 0;
  }
  .close {
    min-width: 44px;
    min-height: 44px;
    color: inherit;
    background: none;
    border: 2px solid;
    border-radius: var(--panel-radius);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .purpose {
    padding: 12px 0;
    border-top: 1px solid var(--panel-border);
  }
  .purpose p,
  .vendors {
    margin: 4px 0 0;
    font-size: 15px;
  }
  .vendor {
    padding: 6px 0 0;
    padding-inline-start: 16px;
  }
  [role='switch'] {
    position: relative;
    flex: none;
    width: 52px;
    height: 30px;
    background: var(--panel-background);
    /* In the text's colour: a theme's text contrast (checked, 4.5:1) is then the off switch's too. */
    border: 2px solid var(--panel-text);
    border-radius: 15px;
  }
  [role='switch']::after {
    content: '';
    position: absolute;
    top: 4px;
    inset-inline-start: 4px;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--panel-text);
  }
  [aria-checked='true'] {
    background: var(--panel-accent);
    border-color: var(--panel-accent);
  }
  [aria-checked='true']::after {
    inset-inline-start: 26px;
    background: var(--panel-background);
  }
  /* Mixed (some of the purpose's vendors on): a dash in the middle, a shape of its own, not a third colour. */
  [aria-checked='mixed']::after {
    top: 10px;
    inset-inline-start: 15px;
    height: 6px;
    border-radius: 3px;
    background: var(--panel-accent);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
  }
  /* Forced colours (Windows contrast themes) would blank the knob and the track: the switches draw in system colours themselves. */
  @media (forced-colors: active) {
    [role='switch'] {
      forced-color-adjust: none;
      background: Canvas;
      border-color: ButtonText;
      outline-color: CanvasText;
    }
    [role='switch']::after {
      background: ButtonText;
    }
    [aria-checked='true'] {
      background: Highlight;
      border-color: Highlight;
    }
    [aria-checked='true']::after {
      background: HighlightText;
    }
  }
`;
