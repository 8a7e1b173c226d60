import type { LanguagePack } from '../pack.js';

const es: LanguagePack = {
  core: {
    manage: 'Gestionar cookies',
    blocked: '{name}: contenido bloqueado',
    placeholder: '{name} instala rastreadores ({purpose}): este contenido solo se muestra con su consentimiento.',
    unavailable: 'No se ha podido mostrar el panel de consentimiento. Sin su consentimiento, no se activa nada.',
    rejectAll: 'Rechazar todo',
    acceptAll: 'Aceptar todo',
    allow: 'Permitir y mostrar',
  },
  panel: {
    title: 'Gestione su consentimiento',
    intro:
      'Con su consentimiento, nosotros y nuestros socios utilizamos cookies para medir la audiencia y mostrar publicidad y contenidos de redes sociales. Puede rechazarlas y seguir leyendo, y cambiar de opinión en cualquier momento.',
    privacy: 'Política de privacidad',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    customize: 'Personalizar',
    preferencesTitle: 'Sus opciones, finalidad por finalidad',
    preferencesIntro: 'No se activa nada sin su consentimiento.',
    save: 'Guardar mis opciones',
    close: 'Cerrar',
    required: 'Siempre activo',
    vendors: 'Socios',
    partial: 'Activado para algunos socios',
    exempt: 'No requiere consentimiento (estadísticas anónimas): puede oponerse desactivándola.',
    vendorPrivacy: 'Privacidad',
    saved: 'Sus opciones se han guardado.',
    retention: 'Conservación:',
    gpc: 'Su navegador solicita que no se le rastree (Global Privacy Control): la publicidad permanece rechazada salvo que usted la active.',
  },
  purposes: {
    necessary: ['Funcionamiento del sitio', 'Recordar sus opciones, mantener la sesión iniciada y garantizar la seguridad.'],
    analytics: ['Medición de audiencia', 'Contar las visitas y los artículos leídos.'],
    ads: ['Publicidad', 'Mostrar anuncios y medir su rendimiento.'],
    social: ['Redes sociales y vídeos', 'Mostrar publicaciones y vídeos integrados, que instalan sus propios rastreadores.'],
    personalization: ['Personalización', 'Recomendar artículos según lo que lee.'],
  },
};

export default es;
