/** French strings: SCORM 1.2 packages (for Éléa and any Moodle). Part of the dictionary assembled in ../fr.ts. */
export const scorm = {
  // — Espace enseignants —
  'scorm.teachers.title': 'Les modules dans Éléa ou Moodle (SCORM)',
  'scorm.teachers.text': 'Chaque module existe en paquet SCORM 1.2 : ses leçons et son quiz, en un seul fichier zip. Déposez-le dans votre cours Éléa ou Moodle (« Ajouter une activité ou une ressource », puis « Paquetage SCORM ») : le score du quiz arrive dans le carnet de notes, et chaque élève reprend là où il s’était arrêté. Rien n’est envoyé ailleurs que sur la plateforme de votre établissement.',
  'scorm.teachers.download': 'Paquet SCORM : {title}',
  'scorm.teachers.size': '(zip, {size})',
  'scorm.teachers.sizeUnknown': '(zip)',
  'scorm.teachers.python': 'Les exercices de Python n’y sont pas encore : ils restent sur le site.',
  // — Inside a package —
  'scorm.package.brand': 'Déclic · module',
  'scorm.package.contents': 'Sommaire',
  'scorm.package.lesson': 'Leçon {n} : {title}',
  'scorm.package.quiz': 'Quiz du module',
  'scorm.package.quizLead': 'Vérifie ce que tu as retenu, question par question, avec une explication pour chaque réponse.',
  'scorm.package.read': 'lue',
  'scorm.package.nextLesson': 'Leçon suivante : {title}',
  'scorm.package.toQuiz': 'Faire le quiz du module',
  'scorm.package.backToContents': 'Retour au sommaire',
  'scorm.package.noscript': 'Ce module a besoin de JavaScript pour corriger le quiz et envoyer ton score. Les leçons se lisent sans lui.',
  'scorm.package.license': 'Déclic · contenus sous licence CC BY-SA 4.0',
  // — Run time (strings handed to the package's script) —
  'scorm.runtime.connected': 'Ta progression et ton score du quiz sont enregistrés sur la plateforme de ta classe.',
  'scorm.runtime.noLms': 'Ce module n’est relié à aucune plateforme (Éléa, Moodle…) : tu peux lire les leçons et faire le quiz, mais ton score n’est envoyé à personne. Ta progression reste seulement sur cet appareil.',
  'scorm.runtime.score': 'Score envoyé : {score} sur 100.',
  'scorm.runtime.passed': 'Quiz réussi.',
  'scorm.runtime.failed': 'Quiz pas encore réussi : il faut {mastery} sur 100. Relis les leçons proposées, puis recommence quand tu veux.',
  'scorm.runtime.missed': 'Ce que tu as manqué',
  'scorm.runtime.noneMissed': 'Tu n’as rien manqué.',
} as const;
