/** Runs `action` once the page is parsed: now, or at `DOMContentLoaded`. */
export function whenParsed(action: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', action, { once: true });
  else action();
}

/**
 * Shows `collect` the page, then every element added to it, for the gated
 * scripts and the plugins; `added` runs after each batch of additions. No
 * observer while the page is parsed: one that sees every node the parser adds
 * slows the parsing itself. The page is looked at every 50 ms while it
 * arrives, once more as soon as it is parsed (before deferred scripts), and
 * what is added after that, the observer sees. `disconnect()` on the watch
 * returned stops all three.
 */
export function watchPage(collect: (root: ParentNode) => void, added: () => void): PageWatch {
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && collect(node));
    added();
  });
  const arriving = setInterval(() => collect(document), 50);
  const watch = () => {
    clearInterval(arriving);
    collect(document);
    observer.observe(document, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('readystatechange', watch, { once: true });
  else watch();
  return {
    disconnect() {
      clearInterval(arriving);
      document.removeEventListener('readystatechange', watch);
      observer.disconnect();
    },
  };
}

/** What `watchPage` started, to stop. */
export interface PageWatch {
  disconnect(): void;
}
