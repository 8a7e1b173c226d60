import type { Messages } from './fr.js';

export const en: Messages = {
  manage: 'Manage cookies',
  blocked: '{name}: blocked content',
  unavailable: 'The consent panel could not be shown. Without your agreement, nothing is on.',
  rejectAll: 'Reject all',
  acceptAll: 'Accept all',
  allow: 'Allow and show',
};
