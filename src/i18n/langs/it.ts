import type { LanguagePack } from '../pack.js';

const it: LanguagePack = {
  core: {
    manage: 'Gestisci i cookie',
    blocked: '{name}: contenuto bloccato',
    placeholder: '{name} installa strumenti di tracciamento ({purpose}): questo contenuto viene mostrato solo con il tuo consenso.',
    unavailable: 'Non è stato possibile mostrare il pannello del consenso. Senza il tuo consenso non viene attivato nulla.',
    rejectAll: 'Rifiuta tutto',
    acceptAll: 'Accetta tutto',
    allow: 'Consenti e mostra',
  },
  panel: {
    title: 'Gestisci il tuo consenso',
    intro:
      'Con il tuo consenso, noi e i nostri partner utilizziamo i cookie per misurare il pubblico e mostrare pubblicità e contenuti dei social network. Puoi rifiutare e continuare a leggere, e cambiare idea in qualsiasi momento.',
    privacy: 'Informativa sulla privacy',
    acceptAll: 'Accetta tutto',
    rejectAll: 'Rifiuta tutto',
    customize: 'Personalizza',
    preferencesTitle: 'Le tue scelte, finalità per finalità',
    preferencesIntro: 'Senza il tuo consenso non viene attivato nulla.',
    save: 'Salva le mie scelte',
    close: 'Chiudi',
    required: 'Sempre attivo',
    vendors: 'Partner',
    partial: 'Attivo per alcuni partner',
    exempt: 'Non richiede il consenso (statistiche anonime): puoi opporti disattivandola.',
    vendorPrivacy: 'Privacy',
    saved: 'Le tue scelte sono state salvate.',
    retention: 'Conservazione:',
    gpc: 'Il tuo browser chiede che tu non venga tracciato (Global Privacy Control): la pubblicità resta rifiutata, a meno che tu non la attivi.',
  },
  purposes: {
    necessary: ['Funzionamento del sito', 'Memorizzare le tue scelte, gestire l’accesso e garantire la sicurezza.'],
    analytics: ['Misurazione del pubblico', 'Contare le visite e gli articoli letti.'],
    ads: ['Pubblicità', 'Mostrare annunci pubblicitari e misurarne l’efficacia.'],
    social: ['Social network e video', 'Mostrare post e video incorporati, che installano propri strumenti di tracciamento.'],
    personalization: ['Personalizzazione', 'Consigliare articoli in base a ciò che leggi.'],
  },
};

export default it;
