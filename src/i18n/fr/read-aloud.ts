/** French strings: « Écouter », reading a lesson aloud with the device's voices (src/lib/read-aloud). */
export const readAloud = {
  'readAloud.listen': 'Écouter la leçon',
  'readAloud.pause': 'Pause',
  'readAloud.resume': 'Reprendre',
  'readAloud.stop': 'Arrêter',
  'readAloud.speed': 'Vitesse',
  'readAloud.speed.slow': 'Lente',
  'readAloud.speed.normal': 'Normale',
  'readAloud.speed.fast': 'Rapide',
  'readAloud.controls': 'Lecture à voix haute',
  'readAloud.reading': 'Lecture : phrase {n} sur {total}.',
  'readAloud.paused': 'Lecture en pause.',
  'readAloud.done': 'Lecture terminée.',
  'readAloud.noVoice': 'Cet appareil n’a pas de voix française : il ne peut pas lire la leçon à voix haute. Une voix française s’installe dans les réglages de l’appareil (langue et synthèse vocale).',
  'readAloud.unsupported': 'Ce navigateur ne sait pas lire un texte à voix haute.',
  'readAloud.onlineVoice': 'La seule voix française de cet appareil passe par Internet : le texte de la leçon est envoyé au service de ce navigateur pour être lu.',
} as const;
