import type { LanguagePack } from '../pack.js';

const pl: LanguagePack = {
  core: {
    manage: 'Ustawienia plików cookie',
    blocked: '{name}: zablokowana treść',
    placeholder: '{name} używa narzędzi śledzących ({purpose}): ta treść wyświetla się tylko za Twoją zgodą.',
    unavailable: 'Nie udało się wyświetlić panelu zgód. Bez Twojej zgody nic nie jest włączone.',
    rejectAll: 'Odrzuć wszystkie',
    acceptAll: 'Akceptuj wszystkie',
    allow: 'Zezwól i wyświetl',
  },
  panel: {
    title: 'Zarządzaj swoją zgodą',
    intro:
      'Za Twoją zgodą my i nasi partnerzy używamy plików cookie, aby mierzyć ruch w serwisie oraz wyświetlać reklamy i treści z mediów społecznościowych. Możesz odmówić i nadal czytać, a swoją decyzję zmienić w dowolnym momencie.',
    privacy: 'Polityka prywatności',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    customize: 'Dostosuj',
    preferencesTitle: 'Twoje wybory, cel po celu',
    preferencesIntro: 'Bez Twojej zgody nic nie jest włączone.',
    save: 'Zapisz moje wybory',
    close: 'Zamknij',
    required: 'Zawsze aktywne',
    vendors: 'Partnerzy',
    partial: 'Włączone dla niektórych partnerów',
    exempt: 'Nie wymaga zgody (anonimowe statystyki): możesz się sprzeciwić, wyłączając go.',
    vendorPrivacy: 'Prywatność',
    saved: 'Twoje wybory zostały zapisane.',
    retention: 'Okres przechowywania:',
    gpc: 'Twoja przeglądarka prosi, aby Cię nie śledzić (Global Privacy Control): reklamy pozostają odrzucone, chyba że je włączysz.',
  },
  purposes: {
    necessary: ['Niezbędne', 'Zapamiętywanie Twoich wyborów, logowanie, bezpieczeństwo.'],
    analytics: ['Pomiar ruchu', 'Liczenie odwiedzin i przeczytanych artykułów.'],
    ads: ['Reklama', 'Wyświetlanie reklam i mierzenie ich skuteczności.'],
    social: ['Media społecznościowe i wideo', 'Wyświetlanie osadzonych postów i filmów, które używają własnych narzędzi śledzących.'],
    personalization: ['Personalizacja', 'Polecanie artykułów na podstawie tego, co czytasz.'],
  },
};

export default pl;
