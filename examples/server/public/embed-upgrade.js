// Page code for server-rendered placeholders: when the reader allows the
// embed (its button, the preferences, another subdomain's decision), the
// embed kept in the placeholder's <template> takes its place.
(window.consentPanelQueue = window.consentPanelQueue || []).push((api) => {
  for (const placeholder of document.querySelectorAll('[data-consent-embed]')) {
    const gate = placeholder.getAttribute('data-consent-embed');
    const allow = placeholder.querySelector('[data-consent-allow]');
    if (allow) allow.addEventListener('click', () => api.set({ [gate]: true }));
    api.onGranted(gate, () => {
      const template = placeholder.querySelector('template');
      if (template) placeholder.replaceWith(template.content.cloneNode(true));
    });
  }
});
