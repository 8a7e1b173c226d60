/**
 * Styles of the TCF parts of the panel, adopted by their shadow roots (a
 * strict CSP allows constructable stylesheets, not <style> elements). Like
 * the panel, the host resets what it could inherit from the page with
 * `!important`, then inherits the panel's own font, colour and theme (`--panel-*`) through its slot.
 */
export const TCF_STYLES = `
:host{all:initial!important;display:block!important;font:inherit!important;color:inherit!important;letter-spacing:normal!important}
*{box-sizing:border-box}
section{margin-top:4px;padding-top:12px;border-top:1px solid var(--panel-border,#8a8a8a)}
h3{margin:0;font-size:17px}
h4{margin:0;font-size:15px}
p{margin:4px 0 8px;font-size:15px}
.summary p{margin:0 0 12px;font-size:inherit}
details{padding:6px 0}
details details{padding:4px 0;padding-inline-start:16px}
summary{cursor:pointer;font-weight:600;min-height:24px;padding:2px 0}
ul{list-style:none;margin:0;padding:0}
ul.plain{list-style:disc;padding-inline-start:20px}
li{padding:6px 0}
.item{border-top:1px solid var(--panel-border,#8a8a8a)}
.row{display:flex;align-items:center;justify-content:space-between;gap:12px;min-height:34px}
.row>:first-child{flex:1;min-width:0;overflow-wrap:anywhere}
small,.meta{font-size:14px}
dl{margin:4px 0;font-size:14px}
dt{font-weight:600}
dd{margin:0 0 4px}
a{color:var(--consent-link,#0b4f8a)}
button{font:inherit;cursor:pointer}
:focus-visible{outline:3px solid var(--consent-focus,#c2410c);outline-offset:2px}
[role=switch]{position:relative;flex:none;width:52px;height:30px;margin:0;padding:0;color:inherit;background:var(--panel-background,#fff);border:2px solid;border-radius:15px}
[role=switch]::after{content:'';position:absolute;top:4px;inset-inline-start:4px;width:18px;height:18px;border-radius:50%;background:currentColor}
[aria-checked=true]{background:var(--panel-accent,#0b4f8a);border-color:var(--panel-accent,#0b4f8a)}
[aria-checked=true]::after{inset-inline-start:26px;background:var(--panel-background,#fff)}
[aria-disabled=true]{cursor:not-allowed;opacity:.6}
@media (forced-colors:active){[role=switch]{forced-color-adjust:none;background:Canvas;border-color:ButtonText;outline-color:CanvasText}[role=switch]::after{background:ButtonText}[aria-checked=true]{background:Highlight;border-color:Highlight}[aria-checked=true]::after{background:HighlightText}}
.hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;

let sheet: CSSStyleSheet | undefined;

/** One shared constructable stylesheet; a <style> only where those do not exist (Safari before 16.4). */
export function adoptTcfStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(TCF_STYLES);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = TCF_STYLES;
    root.append(style);
  }
}
