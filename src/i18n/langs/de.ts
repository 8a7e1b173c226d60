import type { LanguagePack } from '../pack.js';

const de: LanguagePack = {
  core: {
    manage: 'Cookie-Einstellungen',
    blocked: '{name}: blockierter Inhalt',
    placeholder: '{name} setzt Tracker ({purpose}): Dieser Inhalt wird nur mit Ihrer Einwilligung angezeigt.',
    unavailable: 'Das Einwilligungsfenster konnte nicht angezeigt werden. Ohne Ihre Einwilligung ist nichts aktiviert.',
    rejectAll: 'Alle ablehnen',
    acceptAll: 'Alle akzeptieren',
    allow: 'Zulassen und anzeigen',
  },
  panel: {
    title: 'Ihre Einwilligung verwalten',
    intro:
      'Mit Ihrer Einwilligung verwenden wir und unsere Partner Cookies, um die Reichweite zu messen sowie Werbung und Inhalte sozialer Netzwerke anzuzeigen. Sie können ablehnen und trotzdem weiterlesen. Ihre Entscheidung können Sie jederzeit ändern.',
    privacy: 'Datenschutzerklärung',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customize: 'Anpassen',
    preferencesTitle: 'Ihre Auswahl, Zweck für Zweck',
    preferencesIntro: 'Ohne Ihre Einwilligung ist nichts aktiviert.',
    save: 'Auswahl speichern',
    close: 'Schließen',
    required: 'Immer aktiv',
    vendors: 'Partner',
    partial: 'Für einige Partner aktiviert',
    exempt: 'Keine Einwilligung erforderlich (anonyme Statistik): Sie können durch Ausschalten widersprechen.',
    vendorPrivacy: 'Datenschutz',
    saved: 'Ihre Auswahl wurde gespeichert.',
    retention: 'Speicherdauer:',
    gpc: 'Ihr Browser teilt mit, dass Sie nicht verfolgt werden möchten (Global Privacy Control): Werbung bleibt abgelehnt, sofern Sie sie nicht selbst aktivieren.',
  },
  purposes: {
    necessary: ['Technisch notwendig', 'Ihre Auswahl speichern, Anmeldung und Sicherheit ermöglichen.'],
    analytics: ['Reichweitenmessung', 'Besuche und gelesene Artikel zählen.'],
    ads: ['Werbung', 'Werbung anzeigen und ihre Wirkung messen.'],
    social: ['Soziale Netzwerke und Videos', 'Eingebettete Beiträge und Videos anzeigen, die eigene Tracker setzen.'],
    personalization: ['Personalisierung', 'Artikel auf Grundlage Ihrer Lektüre empfehlen.'],
  },
};

export default de;
