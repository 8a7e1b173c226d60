/**
 * The panel's one status line, a polite live region: the first layer's title
 * once it is shown, "saved" after the dialog's choices. The first layer and the
 * dialog may come from two files (consent-panel-banner.js, consent-panel-ui.js):
 * whichever draws first puts the line in the shadow root, the other finds it
 * there. It is put in empty, before any text, so that screen readers read
 * what comes in it.
 */
export function statusLine(root: ShadowRoot): HTMLElement {
  let line = root.querySelector<HTMLElement>('[role=status]');
  if (!line) {
    line = root.appendChild(document.createElement('p'));
    line.className = 'hidden';
    line.setAttribute('role', 'status');
  }
  return line;
}

/** Puts `text` in the status line, in `lang`; the same text is not put in again (it would be read again). */
export function say(root: ShadowRoot, text: string, lang: string): void {
  const line = statusLine(root);
  line.lang = lang;
  if (line.textContent !== text) line.textContent = text;
}
