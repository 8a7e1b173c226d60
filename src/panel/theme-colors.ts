/** The theme colours the check reads (`--consent-text`…): a page that sets none of them gets the defaults, and no check. */
export const THEME_COLORS = ['text', 'background', 'link', 'button-text', 'accent', 'focus'];

/** Whether the page sets one of the theme colours on `element`: then the first layer waits for the theme check (consent-panel-theme.js). */
export const setsThemeColors = (element: Element): boolean => {
  const style = getComputedStyle(element);
  return THEME_COLORS.some((name) => style.getPropertyValue(`--consent-${name}`).trim());
};
