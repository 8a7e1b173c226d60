import type { LanguagePack } from '../pack.js';

const sl: LanguagePack = {
  core: {
    manage: 'Nastavitve piškotkov',
    blocked: '{name}: blokirana vsebina',
    placeholder: '{name} uporablja sledilnike ({purpose}): ta vsebina se prikaže le z vašo privolitvijo.',
    unavailable: 'Okna za privolitev ni bilo mogoče prikazati. Brez vaše privolitve ni vklopljeno nič.',
    rejectAll: 'Zavrni vse',
    acceptAll: 'Sprejmi vse',
    allow: 'Dovoli in prikaži',
  },
  panel: {
    title: 'Upravljanje privolitve',
    intro:
      'Z vašo privolitvijo mi in naši partnerji uporabljamo piškotke za merjenje obiskanosti ter prikazovanje oglasov in vsebin družbenih omrežij. Lahko zavrnete in vseeno berete naprej, svojo odločitev pa lahko kadar koli spremenite.',
    privacy: 'Politika zasebnosti',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    customize: 'Prilagodi',
    preferencesTitle: 'Vaše izbire po namenih',
    preferencesIntro: 'Brez vaše privolitve ni vklopljeno nič.',
    save: 'Shrani moje izbire',
    close: 'Zapri',
    required: 'Vedno vklopljeno',
    vendors: 'Partnerji',
    partial: 'Vklopljeno za nekatere partnerje',
    exempt: 'Ne zahteva privolitve (anonimna statistika): lahko ugovarjate tako, da ga izklopite.',
    vendorPrivacy: 'Zasebnost',
    saved: 'Vaše izbire so shranjene.',
    retention: 'Čas hrambe:',
    gpc: 'Vaš brskalnik zahteva, da vam ne sledimo (Global Privacy Control): oglaševanje ostane zavrnjeno, razen če ga vklopite sami.',
  },
  purposes: {
    necessary: ['Nujni', 'Pomnjenje vaših izbir, prijava, varnost.'],
    analytics: ['Merjenje obiskanosti', 'Štetje obiskov in prebranih člankov.'],
    ads: ['Oglaševanje', 'Prikazovanje oglasov in merjenje njihove uspešnosti.'],
    social: ['Družbena omrežja in videoposnetki', 'Prikazovanje vdelanih objav in videoposnetkov, ki uporabljajo lastne sledilnike.'],
    personalization: ['Prilagajanje', 'Priporočanje člankov glede na to, kar berete.'],
  },
};

export default sl;
