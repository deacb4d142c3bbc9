/**
 * The cases of « Enquête latérale ». Everything is fictional (outlets, accounts, towns, people,
 * studies) and bundled with the page, so the activity works offline and sends no search anywhere.
 * Shape checked by src/schemas/investigation-case.ts (tests/unit/investigation.test.ts): every
 * expert step exists, every case offers at least one check that stays on the page and one of each
 * lateral kind, and has feedback for each verdict.
 *
 * Three cases are misleading in different ways; one (« La pierre tombée du ciel ») is a true story,
 * surprising but well sourced, so that pupils learn discernment rather than blanket doubt: its
 * feedback praises accepting it and explains why rejecting everything is an error too.
 *
 * To add a case: copy one, keep the French typography (« », ’, …), and say in `expertWhy` what a
 * professional fact-checker looks at first and why. Cases are listed by difficulty.
 */
import type { InvestigationCase } from './investigation.ts';

export const INVESTIGATION_CASES: readonly InvestigationCase[] = [
  {
    id: 'sieste-obligatoire',
    difficulty: 1,
    title: 'La sieste obligatoire',
    document: {
      kind: 'article',
      outlet: 'Le Rictus Quotidien',
      byline: 'Par la rédaction',
      date: 'Publié hier à 18 h 05',
      headline: 'À partir de janvier, la sieste de 20 minutes devient obligatoire au collège',
      paragraphs: [
        'Selon un document que notre rédaction s’est procuré, tous les collégiens de France devront faire une sieste de 20 minutes après la cantine, dès le retour des vacances d’hiver.',
        '« Un élève reposé est un élève qui ne pose plus de questions », se félicite le professeur Gérard Oreiller, spécialiste du sommeil. Les établissements devront s’équiper de hamacs avant le 1er janvier ; les élèves qui ronflent seront installés au fond de la salle.',
      ],
      counters: '12 400 partages · 3 100 commentaires',
      context: 'Partagé dans le groupe de discussion de ta classe, avec le message : « trop bien !!! c’est vrai ??? »',
    },
    claim: 'La sieste de 20 minutes devient obligatoire au collège en janvier.',
    verdict: 'satire',
    verdictFeedback: {
      satire:
        'Exact : c’est une parodie. Le Rictus Quotidien invente des articles pour faire rire et l’écrit dans ses mentions légales. Le partager comme une vraie information, c’est tromper les autres sans le vouloir.',
      faux: 'Presque : l’information est bien inventée, mais exprès, pour faire rire. Le mot juste est « satire » : le site ne cherche pas à tromper, c’est le partage sans contexte qui trompe.',
      trompeur: 'Non : il n’y a rien de vrai à déformer ici. L’article est entièrement inventé, pour faire rire : c’est une satire.',
      vrai: 'Non : aucune annonce officielle, aucun média d’information n’en parle, et le site est connu pour ses articles parodiques.',
    },
    expertPath: ['qui-est-le-rictus', 'sieste-ailleurs'],
    expertWhy:
      'Un nom de site inconnu ? Une vérificatrice commence par chercher qui est derrière, avant même de lire l’article en détail. Ici, une seule recherche suffit : le site se présente lui-même comme parodique.',
    checks: [
      {
        id: 'relire',
        kind: 'vertical',
        label: 'Relire l’article en entier, attentivement',
        query: 'Tu relis l’article, sans quitter la page.',
        results: [],
        finding:
          'Des détails étonnants (un « professeur Oreiller », des hamacs), mais rester sur la page ne dit pas qui l’a écrit ni pourquoi. Certaines fausses informations sont très bien écrites.',
      },
      {
        id: 'qui-est-le-rictus',
        kind: 'source',
        label: 'Chercher qui est derrière « Le Rictus Quotidien »',
        query: 'Le Rictus Quotidien',
        results: [
          {
            title: 'Le Rictus Quotidien — Encyclopédie collaborative',
            site: 'Encyclopédie en ligne',
            snippet: 'Le Rictus Quotidien est un site d’information parodique français créé en 2014. Ses articles, entièrement inventés, imitent le style des journaux pour faire rire…',
          },
          {
            title: 'Ces sites parodiques que l’on prend au sérieux',
            site: 'Le Quotidien de Lorvane — rubrique Médias',
            snippet: 'Chaque semaine, des articles du Rictus Quotidien circulent sur les réseaux sociaux comme de vraies informations. Leur fondateur s’en amuse : « Il suffit de lire le nom du site ! »',
          },
          {
            title: 'Mentions légales',
            site: 'Le Rictus Quotidien',
            snippet: 'Toutes les informations publiées sur ce site sont fictives et ont un but humoristique. Toute ressemblance avec des faits réels serait une coïncidence.',
          },
        ],
        finding: 'C’est un site satirique : il invente des articles pour faire rire, et il le dit lui-même dans ses mentions légales.',
      },
      {
        id: 'partages',
        kind: 'vertical',
        label: 'Regarder les partages et les commentaires',
        query: 'Tu regardes les compteurs et les commentaires sous l’article.',
        results: [
          { title: '12 400 partages', site: 'Sous l’article', snippet: 'Commentaires les plus aimés : « ENFIN une bonne idée », « mdr les hamacs », « ma mère dit que c’est faux ».' },
        ],
        finding: 'Beaucoup de partages ne prouvent rien : une information drôle ou surprenante circule souvent plus vite qu’une information vérifiée.',
      },
      {
        id: 'sieste-ailleurs',
        kind: 'others',
        label: 'Chercher si d’autres médias parlent de cette sieste obligatoire',
        query: 'sieste obligatoire collège janvier',
        results: [
          {
            title: 'Non, la sieste ne deviendra pas obligatoire au collège',
            site: 'Vérif’ — la cellule de vérification du Quotidien de Lorvane',
            snippet: 'L’article qui circule depuis hier vient d’un site parodique. Aucune mesure de ce genre n’a été annoncée. Le « professeur Oreiller » n’existe pas.',
          },
          { title: 'c vrai la sieste au collège ??', site: 'Forum de discussion', snippet: 'ma cousine dit que oui, elle l’a vu sur internet' },
        ],
        finding: 'Aucun média d’information n’annonce cette mesure, et une cellule de vérification a déjà expliqué qu’il s’agit d’une parodie.',
      },
      {
        id: 'site-officiel',
        kind: 'original',
        label: 'Chercher l’annonce sur le site officiel de l’Éducation nationale',
        query: 'sieste obligatoire (site officiel de l’Éducation nationale)',
        results: [],
        finding: 'Une mesure pour tous les collèges serait annoncée officiellement : il n’y a rien. L’absence de source officielle est déjà un indice.',
      },
    ],
  },
  {
    id: 'chocolat-memoire',
    difficulty: 2,
    title: 'Le chocolat qui booste la mémoire',
    document: {
      kind: 'post',
      outlet: 'Le Savoir en bref',
      byline: '@SavoirEnBref · 82 k abonnés',
      date: 'Il y a 3 heures',
      headline: 'Des chercheurs l’ont prouvé : manger du chocolat noir booste la mémoire de 30 % ! Parfait pour réviser le brevet.',
      paragraphs: ['Lien partagé : « Le chocolat noir, l’arme secrète des bons élèves » (actu-minute-info)'],
      counters: '9 800 j’aime · 1 200 partages',
      context: 'Vu dans ton fil « Pour toi », entre deux vidéos de révisions.',
    },
    claim: 'Manger du chocolat noir améliore la mémoire des élèves de 30 %.',
    verdict: 'trompeur',
    verdictFeedback: {
      trompeur:
        'Exact : l’étude existe, mais elle a été faite sur 24 souris âgées, avec un extrait concentré de cacao, et le « 30 % » mesure la vitesse pour sortir d’un labyrinthe. Rien ne dit que des élèves qui mangent du chocolat retiendront mieux leurs leçons.',
      vrai: 'Non : il y a bien une étude, mais elle ne dit pas ça. Elle porte sur des souris, pas sur des élèves, et ses auteurs préviennent que le résultat ne vaut pas pour l’humain.',
      faux: 'Pas tout à fait : l’étude n’est pas inventée, elle existe. Le problème, c’est qu’on lui fait dire autre chose : c’est trompeur.',
      satire: 'Non : ce compte ne cherche pas à faire rire, il présente l’information comme sérieuse.',
    },
    expertPath: ['etude-originale', 'autres-sources'],
    expertWhy:
      '« Des chercheurs l’ont prouvé » : une vérificatrice remonte d’abord à l’étude d’origine (sur qui ? combien ? qu’a-t-on mesuré ?), puis regarde ce qu’en disent des journalistes scientifiques. Le titre d’un article ne suffit jamais.',
    checks: [
      {
        id: 'commentaires',
        kind: 'vertical',
        label: 'Lire les commentaires sous la publication',
        query: 'Tu lis les commentaires, sans quitter la publication.',
        results: [{ title: '1 200 commentaires', site: 'Sous la publication', snippet: '« Je le savais !! », « Mon prof va adorer », « Source ? » (sans réponse), « Moi j’en mange tous les jours et j’ai 8 en maths ».' }],
        finding: 'Les commentaires montrent ce que les gens pensent, pas ce que dit l’étude. Un témoignage n’est pas une preuve.',
      },
      {
        id: 'etude-originale',
        kind: 'original',
        label: 'Retrouver l’étude scientifique d’origine',
        query: 'étude chocolat mémoire université de Valmont',
        results: [
          {
            title: 'Effets d’un extrait de cacao riche en flavanols sur la mémoire spatiale de souris âgées',
            site: 'Revue de neurosciences — laboratoire de l’université de Valmont',
            snippet:
              'Résumé : 24 souris âgées ont reçu un extrait concentré de cacao pendant 6 semaines. Elles ont trouvé la sortie d’un labyrinthe 30 % plus vite que les autres. Les auteurs précisent que ces résultats ne peuvent pas être appliqués à l’humain sans d’autres études.',
          },
        ],
        finding:
          'L’étude existe, mais sur 24 souris âgées, avec un extrait concentré de cacao (pas du chocolat). Le « 30 % » mesure la vitesse dans un labyrinthe, pas la mémoire pour réviser.',
      },
      {
        id: 'qui-est-savoir',
        kind: 'source',
        label: 'Chercher qui est derrière le compte « Le Savoir en bref »',
        query: 'Le Savoir en bref compte',
        results: [
          { title: 'Le Savoir en bref (@SavoirEnBref)', site: 'Profil du compte', snippet: 'Des faits incroyables chaque jour. Collaborations commerciales : message privé.' },
          {
            title: 'Ces comptes de « faits étonnants » qui ne citent jamais leurs sources',
            site: 'Le Quotidien de Lorvane — rubrique Médias',
            snippet: 'Publier des faits surprenants attire des abonnés, et les abonnés attirent des annonceurs. Parmi les exemples : Le Savoir en bref, qui publie plusieurs « découvertes » par jour.',
          },
        ],
        finding: 'Ce compte n’est pas un média scientifique : il publie des faits surprenants pour attirer des abonnés, souvent sans source. C’est un signal, pas encore une preuve.',
      },
      {
        id: 'autres-sources',
        kind: 'others',
        label: 'Chercher ce que d’autres sources disent de cette étude',
        query: 'chocolat mémoire étude ce qu’elle dit vraiment',
        results: [
          {
            title: 'Chocolat et mémoire : ce que dit vraiment l’étude de Valmont',
            site: 'Sciences au quotidien (magazine)',
            snippet: 'Un résultat intéressant… chez la souris. Pour obtenir la même dose, un humain devrait manger plusieurs tablettes par jour, avec le sucre et le gras qui vont avec.',
          },
          { title: 'Une piste intéressante chez l’animal', site: 'Communiqué de presse de l’université de Valmont', snippet: 'Notre équipe prépare une étude chez l’humain. Il est trop tôt pour donner des conseils alimentaires.' },
        ],
        finding: 'Des journalistes scientifiques et l’université elle-même rappellent qu’un résultat chez la souris est une piste, pas une preuve pour l’humain.',
      },
    ],
  },
  {
    id: 'pierre-tombee-du-ciel',
    difficulty: 2,
    title: 'La pierre tombée du ciel',
    document: {
      kind: 'article',
      outlet: 'Le Quotidien de Lorvane',
      byline: 'Par Claire Vasseur, avec Théo Marchal',
      date: 'Publié aujourd’hui à 9 h 12',
      headline: 'Une météorite traverse le toit d’un garage à Lorvane',
      paragraphs: [
        'Lundi vers 23 h, plusieurs habitants du quartier des Moulins ont vu une boule de lumière traverser le ciel, puis entendu un grand « bang ». Le lendemain matin, Nadia Ferrand a découvert un trou dans le toit de son garage et, sur le sol, une pierre noire de la taille d’une balle de golf.',
        '« Je croyais à une blague des voisins », raconte-t-elle. Des géologues du muséum d’histoire naturelle de Valmont sont venus chercher la pierre mardi. Après l’avoir examinée, ils confirment qu’il s’agit bien d’une météorite, un morceau d’astéroïde arrivé de l’espace.',
      ],
      image: { description: 'Photo : une pierre noire et arrondie, à la surface un peu brillante, posée à côté d’une règle graduée ; au-dessus, un trou dans les tuiles d’un toit. Crédit : Théo Marchal / Le Quotidien de Lorvane.' },
      counters: '3 400 partages · 890 commentaires',
      context: 'Partagé dans le groupe de discussion de ta classe par une camarade, avec le message : « mdr c’est forcément un fake ».',
    },
    claim: 'Lundi soir, une météorite est tombée sur un garage à Lorvane.',
    verdict: 'vrai',
    verdictFeedback: {
      vrai:
        'C’est étonnant, mais c’est vrai. L’accepter était le bon choix, parce que l’information est bien sourcée : un journal local connu, des journalistes qui signent, un muséum qui a examiné la pierre, des caméras d’astronomes qui ont filmé la boule de feu. Faire confiance à une information vérifiée, ce n’est pas être naïf : c’est le but de l’enquête.',
      faux:
        'Non : cette fois, l’information est exacte. Le journal est sérieux, le muséum confirme, d’autres sources indépendantes racontent la même chose. Rejeter une information vérifiée est une erreur, tout comme croire une fausse : douter de tout n’est pas avoir l’esprit critique, et cela rend aussi facile à tromper que tout croire.',
      trompeur:
        'Non : rien n’est déformé ici. Le lieu, le jour, la photo et les explications correspondent à ce que disent le muséum et les autres sources. Chercher un piège partout fait passer à côté des vraies nouvelles : une information peut être surprenante et exacte.',
      satire:
        'Non : Le Quotidien de Lorvane est un journal d’information, pas un site parodique, et l’article cite des personnes et des spécialistes qu’on peut retrouver. Une nouvelle étonnante n’est pas forcément une blague.',
    },
    expertPath: ['qui-est-le-quotidien', 'communique-museum'],
    expertWhy:
      'Même devant une nouvelle qui paraît incroyable, une vérificatrice commence par la source : un journal connu, qui signe ses articles et corrige ses erreurs, c’est un bon départ. Puis elle remonte à l’origine de l’affirmation, ici les spécialistes qui ont examiné la pierre. Quand tout concorde, elle conclut que c’est vrai, sans chercher un piège qui n’existe pas.',
    checks: [
      {
        id: 'commentaires',
        kind: 'vertical',
        label: 'Lire les commentaires sous l’article',
        query: 'Tu lis les commentaires, sans quitter la page.',
        results: [
          {
            title: '890 commentaires',
            site: 'Sous l’article',
            snippet: '« FAKE évident », « c’est photoshop », « les météorites ça tombe pas en France mdr », « J’ai entendu le bang depuis ma chambre !! », « Mon oncle habite à côté, il a vu les pompiers ».',
          },
        ],
        finding:
          'Des commentaires moqueurs ne prouvent pas plus que des commentaires enthousiastes. Dire « fake » sans rien vérifier, ce n’est pas enquêter : le doute est un point de départ, pas une conclusion.',
      },
      {
        id: 'regarder-photo',
        kind: 'vertical',
        label: 'Regarder la photo de très près',
        query: 'Tu agrandis la photo, sans quitter l’article.',
        results: [],
        finding:
          'Une pierre noire, un trou dans un toit, le nom du photographe : la photo est cohérente avec l’article, mais à elle seule elle ne dit pas d’où vient la pierre. Pour le savoir, il faut sortir de la page.',
      },
      {
        id: 'qui-est-le-quotidien',
        kind: 'source',
        label: 'Chercher qui est derrière « Le Quotidien de Lorvane »',
        query: 'Le Quotidien de Lorvane',
        results: [
          {
            title: 'Le Quotidien de Lorvane — Encyclopédie collaborative',
            site: 'Encyclopédie en ligne',
            snippet: 'Journal régional fondé en 1946. Sa rédaction compte une quarantaine de journalistes et une cellule de vérification, « Vérif’ ».',
          },
          {
            title: 'Notre charte : comment nous travaillons et comment nous corrigeons nos erreurs',
            site: 'Le Quotidien de Lorvane',
            snippet: 'Nos articles sont signés. Quand nous nous trompons, nous publions un rectificatif daté en haut de l’article concerné.',
          },
        ],
        finding:
          'C’est un journal d’information connu, avec des journalistes qui signent et une politique de correction des erreurs. C’est un bon signe, pas encore une preuve : même un bon journal peut se tromper, alors on vérifie aussi l’affirmation.',
      },
      {
        id: 'autres-sources',
        kind: 'others',
        label: 'Chercher si d’autres sources parlent de cette météorite',
        query: 'météorite Lorvane garage',
        results: [
          {
            title: 'Une météorite tombe dans un garage : « une chute observée, c’est rare »',
            site: 'Radio Info Régions — site de la radio',
            snippet: 'Interrogée, une astronome explique qu’il tombe chaque jour de petits morceaux de roche venus de l’espace, mais qu’on en retrouve très rarement juste après leur chute.',
          },
          {
            title: 'Boule de feu de lundi soir : nos caméras l’ont filmée',
            site: 'Association astronomique de Valmont',
            snippet: 'Trois de nos caméras automatiques ont enregistré le passage de la boule de feu à 23 h 04. Sa trajectoire se termine au-dessus de Lorvane, là où la pierre a été retrouvée.',
          },
          { title: 'ENCORE UNE INTOX DES MÉDIAS ?!', site: 'Vidéo d’une chaîne anonyme', snippet: 'Réfléchissez : comme par hasard, une pierre tombe pile sur un garage… On nous prend pour des idiots.' },
        ],
        finding:
          'Une radio et une association d’astronomes, indépendantes du journal, racontent la même chose, et leurs caméras ont filmé la boule de feu. La vidéo qui crie à l’« intox » ne montre aucune preuve : elle doute, sans rien vérifier.',
      },
      {
        id: 'communique-museum',
        kind: 'original',
        label: 'Retrouver ce qu’ont dit les spécialistes qui ont examiné la pierre',
        query: 'muséum d’histoire naturelle de Valmont météorite Lorvane',
        results: [
          {
            title: 'Météorite de Lorvane : ce que nous avons observé',
            site: 'Muséum d’histoire naturelle de Valmont — communiqué',
            snippet:
              'La pierre porte une fine croûte noire, formée quand sa surface a fondu en traversant l’atmosphère, et sa composition est celle d’une météorite. Elle pèse 148 grammes. Nous remercions sa propriétaire, qui accepte de la prêter au muséum pour une exposition.',
          },
        ],
        finding:
          'La source d’origine, les géologues du muséum, confirme : c’est bien une météorite, et ils expliquent à quoi ils l’ont reconnue. L’article rapporte fidèlement ce qu’ils ont dit.',
      },
    ],
  },
  {
    id: 'photo-inondation',
    difficulty: 3,
    title: 'La photo de l’inondation',
    document: {
      kind: 'post',
      outlet: 'Lorvane Alertes',
      byline: '@Lorvane_Alertes',
      date: 'Aujourd’hui, 7 h 42',
      headline: 'URGENT Ce matin à Lorvane, la rivière est sortie de son lit, tout le centre-ville est sous l’eau !!! Les autorités ne disent rien. PARTAGEZ avant que ce soit supprimé',
      paragraphs: [],
      image: { description: 'Photo : une rue de centre-ville inondée ; l’eau arrive à mi-hauteur des portières des voitures, une boulangerie a ses volets baissés.' },
      counters: '45 000 vues · 6 300 partages',
      context: 'Un ami de ta famille qui habite Lorvane l’a transféré sur la messagerie familiale. Il pleut beaucoup depuis deux jours.',
    },
    claim: 'Ce matin, le centre-ville de Lorvane est sous l’eau.',
    verdict: 'trompeur',
    verdictFeedback: {
      trompeur:
        'Exact : la photo est vraie, mais elle a été prise en 2013 dans une autre ville. Il pleut vraiment à Lorvane et la rivière est surveillée, mais le centre-ville n’est pas sous l’eau. Une vraie photo sortie de son contexte, c’est l’une des tromperies les plus fréquentes.',
      vrai: 'Non : il pleut fort, c’est vrai, mais la photo date de 2013 et vient d’une autre ville. La mairie et le journal local ne signalent que quelques caves inondées.',
      faux: 'Pas tout à fait : la photo n’est pas truquée et il pleut vraiment. C’est l’association d’une vraie photo ancienne et d’une situation d’aujourd’hui qui trompe.',
      satire: 'Non : rien n’indique de l’humour. Le message cherche à inquiéter et à être partagé vite.',
    },
    expertPath: ['recherche-image', 'actu-locale'],
    expertWhy:
      'Devant une photo spectaculaire, une vérificatrice cherche d’abord d’où elle vient (recherche par image : quand et où a-t-elle été publiée pour la première fois ?), puis ce que disent les sources locales fiables. « PARTAGEZ avant que ce soit supprimé » est une invitation à ne pas vérifier.',
    checks: [
      {
        id: 'regarder-photo',
        kind: 'vertical',
        label: 'Regarder la photo de très près',
        query: 'Tu agrandis la photo, sans quitter la publication.',
        results: [],
        finding: 'Aucun nom de rue lisible, pas de date : la photo a l’air vraie, et elle l’est. Mais une vraie photo peut venir d’un autre lieu ou d’une autre année.',
      },
      {
        id: 'qui-est-lorvane-alertes',
        kind: 'source',
        label: 'Chercher qui est derrière « Lorvane Alertes »',
        query: 'Lorvane Alertes',
        results: [
          { title: 'Lorvane Alertes (@Lorvane_Alertes)', site: 'Profil du compte', snippet: 'Compte créé il y a 3 semaines. 14 publications, toutes des « alertes » avec des photos spectaculaires. Aucune ne cite de source.' },
        ],
        finding: 'Ce compte est récent, anonyme, et ne cite jamais ses sources : il ne permet pas de savoir si l’information est vraie.',
      },
      {
        id: 'actu-locale',
        kind: 'others',
        label: 'Chercher les informations locales d’aujourd’hui sur Lorvane',
        query: 'Lorvane inondation aujourd’hui',
        results: [
          {
            title: 'Vigilance orange pluie-inondation : point de situation à 8 h',
            site: 'Mairie de Lorvane — site officiel',
            snippet: 'La rue des Saules est fermée par précaution. Le niveau de la rivière est surveillé ; le centre-ville n’est pas inondé à cette heure.',
          },
          {
            title: 'Fortes pluies : quelques caves inondées dans le quartier des Moulins',
            site: 'Le Quotidien de Lorvane — en direct',
            snippet: 'Les pompiers sont intervenus six fois cette nuit. Attention : une photo d’inondation qui circule ce matin ne montre pas Lorvane.',
          },
        ],
        finding: 'Il pleut fort et la situation est surveillée, mais la mairie et le journal local disent que le centre-ville n’est pas sous l’eau.',
      },
      {
        id: 'recherche-image',
        kind: 'original',
        label: 'Faire une recherche par image pour retrouver l’origine de la photo',
        query: 'Recherche par image : photo de la rue inondée',
        results: [
          {
            title: 'Crues : les images du centre-ville de Saint-Aubrac sous les eaux',
            site: 'Le Journal du Bassin — article du 14 juin 2013',
            snippet: 'La même photo, publiée il y a plus de dix ans, avec le nom de la photographe et la boulangerie de la place du Marché de Saint-Aubrac.',
          },
          { title: 'Inondation à Lorvane !!! / Inondation à Vernay !!!', site: 'Deux publications de 2019 et 2021', snippet: 'La même photo, déjà republiée deux fois avec les noms d’autres villes.' },
        ],
        finding: 'La photo est vraie, mais elle a été prise en 2013 dans une autre ville, et elle a déjà été republiée plusieurs fois avec d’autres noms de villes.',
      },
    ],
  },
];
