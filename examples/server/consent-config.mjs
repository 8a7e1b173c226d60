// One configuration for the pages and for the server that reads the shared cookie:
// the same storageKey, revision and purposes on both sides.
export const consentConfig = {
  cookieDomain: 'journal.test',
  revision: '1',
  privacyUrl: '/confidentialite',
  purposes: [
    { id: 'necessary', label: 'Fonctionnement du site', required: true },
    { id: 'analytics', label: "Mesure d'audience" },
    { id: 'social', label: 'Réseaux sociaux', vendors: [{ id: 'youtube', name: 'YouTube' }] },
  ],
};
