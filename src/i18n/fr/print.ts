/** French strings: paper (pupil worksheets, pupil quiz sheet, the note printed on every page). */
export const print = {
  'print.footer': 'Déclic{module} · contenus sous licence CC BY-SA 4.0 · page :',
  'print.footerModule': ' · {module}',

  'worksheet.link': 'Fiche élève à imprimer',
  'worksheet.title': 'Fiche élève — {title}',
  'worksheet.moduleTitle': 'Fiche élève — module « {title} »',
  'worksheet.lead': 'Les activités « À toi » et la question de débat, avec des lignes pour répondre, sans les réponses. Pour les élèves sans appareil, ou pour garder une trace écrite.',
  'worksheet.moduleLead': 'Une fiche par leçon, chacune sur sa page : les activités « À toi » et la question de débat, avec des lignes pour répondre, sans les réponses.',
  'worksheet.printHint': 'Imprime cette page avec la fonction Imprimer du navigateur : chaque leçon commence sur une nouvelle page.',
  'worksheet.name': 'Nom et prénom',
  'worksheet.class': 'Classe',
  'worksheet.date': 'Date',
  'worksheet.lessonRead': 'Lis la leçon « {title} » (en ligne ou imprimée), puis réponds.',
  'worksheet.task': 'À toi — {instruction}',
  'worksheet.term': 'Explique avec tes mots ce que veut dire « {term} », puis donne un exemple que tu as vécu.',
  'worksheet.discussion': 'Pour le débat en classe — {title}',
  'worksheet.discussionHelp': 'Note ton avis et un argument pour le défendre.',
  'worksheet.remember': 'Ce que je retiens (trois phrases)',
  'worksheet.backToLesson': 'Revenir à la leçon',

  'quizSheet.link': 'Version élève du quiz à imprimer (sans les réponses)',
  'quizSheet.title': 'Quiz à imprimer — {title}',
  'quizSheet.lead': 'Les questions du quiz, sans les réponses : coche ou écris ta réponse.',

  'answerKey.forTeachers': 'Ce corrigé est destiné aux enseignants. Un site statique ne peut pas le cacher : il n’est lié ni depuis le quiz ni depuis la page du module, seulement depuis la fiche enseignant et l’Espace enseignants.',
} as const;
