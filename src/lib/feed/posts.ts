/**
 * The fictional posts of the « Mon fil d’actualité » simulation: 8 topics that matter to pupils,
 * 12 posts each, and on each topic a debate question with three viewpoints (pour, contre, nuancé),
 * four posts per viewpoint. Every author is invented; no real person, brand or platform is named.
 * Publication times are fixed here (minutes before « now ») so that the chronological feed is the
 * same for everyone.
 */
export const TOPICS = ['sport', 'musique', 'jeux-video', 'climat', 'mode', 'sciences', 'series', 'college'] as const;
export type TopicId = (typeof TOPICS)[number];

export const STANCES = ['pour', 'contre', 'nuance'] as const;
export type Stance = (typeof STANCES)[number];

export interface Topic {
  id: TopicId;
  /** Label shown on the posts and in the charts. */
  label: string;
  /** The debate question the viewpoints answer. */
  question: string;
}

export interface Post {
  id: string;
  topic: TopicId;
  /** Viewpoint on the topic's question. */
  stance: Stance;
  /** Invented author (a first name and class, a club, a fictional account). */
  author: string;
  text: string;
  /** Minutes between publication and the start of the simulation (smaller = more recent). */
  minutesAgo: number;
}

export const TOPIC_INFO: Record<TopicId, Topic> = {
  sport: { id: 'sport', label: 'Sport', question: 'L’arbitrage vidéo rend-il le sport plus juste ?' },
  musique: { id: 'musique', label: 'Musique', question: 'Une chanson créée par une IA, est-ce de la musique ?' },
  'jeux-video': { id: 'jeux-video', label: 'Jeux vidéo', question: 'Les jeux vidéo aident-ils à apprendre ?' },
  climat: { id: 'climat', label: 'Climat', question: 'Les petits gestes du quotidien comptent-ils pour le climat ?' },
  mode: { id: 'mode', label: 'Mode', question: 'Faut-il s’habiller d’occasion plutôt qu’en neuf ?' },
  sciences: { id: 'sciences', label: 'Sciences', question: 'Faut-il envoyer des humains sur Mars ?' },
  series: { id: 'series', label: 'Séries', question: 'Une série se regarde-t-elle mieux d’un coup qu’épisode par épisode ?' },
  college: { id: 'college', label: 'Vie du collège', question: 'Faut-il interdire le téléphone dans tout le collège ?' },
};

type Draft = [stance: Stance, author: string, text: string];

const DRAFTS: Record<TopicId, Draft[]> = {
  sport: [
    ['pour', 'Yanis, 4e A', 'Enfin un but refusé pour un hors-jeu de deux centimètres, vu à la vidéo. Sans l’écran, l’arbitre ne pouvait pas le voir. C’est plus juste pour tout le monde.'],
    ['pour', 'Club de hand du collège', 'Au tournoi, on a testé la vidéo sur les fins de match serrées. Personne n’a contesté le résultat : les deux équipes avaient vu la même image.'],
    ['pour', 'Maëlle_sprint', 'En athlétisme, la photo d’arrivée départage des coureuses au millième. Personne ne dirait que c’était mieux « à l’œil ».'],
    ['contre', 'Hugo, 3e C', 'Quatre minutes d’attente pour savoir si on a le droit de fêter un but. L’émotion retombe, le match n’a plus de rythme.'],
    ['contre', 'Le Sifflet d’Or (compte fictif)', 'Même avec dix ralentis, deux personnes voient deux fautes différentes. La vidéo ne supprime pas le jugement humain, elle le cache derrière un écran.'],
    ['contre', 'Inès, 5e B', 'Dans mon club amateur, il n’y a pas de vidéo. Si les pros jouent avec d’autres règles, ce n’est plus vraiment le même sport.'],
    ['nuance', 'Prof d’EPS (compte de classe)', 'La vidéo corrige les grosses erreurs, mais elle ne remplace pas l’arbitre. Le vrai débat : pour quelles actions l’utiliser, et combien de temps ?'],
    ['nuance', 'Sami_rugby', 'Au rugby, on entend l’arbitre expliquer sa décision au micro. La vidéo passe mieux quand tout le monde comprend ce qui est regardé.'],
    ['nuance', 'Léna, 4e D', 'Je suis pour la vidéo sur les buts et les cartons rouges, contre sur chaque petite touche. Trop de vérifications, ça gâche le plaisir.'],
    ['pour', 'Arbitres en herbe (club fictif)', 'On a arbitré un match du tournoi inter-classes avec une tablette pour revoir les actions litigieuses. Les joueurs acceptaient mieux nos décisions.'],
    ['contre', 'Chahine, 3e A', 'La vidéo coûte cher : seuls les grands championnats peuvent se la payer. Le sport devient encore plus inégal entre riches et petits clubs.'],
    ['nuance', 'Émilie_tennis', 'Au tennis, chaque joueuse a un nombre limité de demandes de vidéo. Ça oblige à choisir, et ça rajoute même du suspense.'],
  ],
  musique: [
    ['pour', 'Nolan_beatmaker', 'J’ai composé un morceau avec un générateur de mélodies puis je l’ai retravaillé pendant une semaine. L’outil ne fait pas tout : c’est moi qui choisis.'],
    ['pour', 'Chorale du collège', 'Le synthétiseur aussi faisait peur au début. Chaque nouvel outil a changé la musique sans la faire disparaître.'],
    ['pour', 'Awa, 3e A', 'Si une chanson me donne des frissons, je me fiche de savoir qui ou quoi l’a écrite. La musique, c’est ce qu’on ressent.'],
    ['contre', 'Théo_guitare', 'Une machine ne vit rien : pas de chagrin, pas de joie. Pour moi, une chanson raconte toujours quelqu’un.'],
    ['contre', 'Zoé, 4e B', 'Ces programmes ont appris à partir de milliers de chansons d’artistes qui n’ont rien touché. Ça me semble injuste pour eux.'],
    ['contre', 'Radio du collège', 'Cette semaine, on a reçu vingt morceaux qui se ressemblaient tous. Quand tout le monde utilise le même outil, tout finit par sonner pareil.'],
    ['nuance', 'Mme Laurent, éducation musicale (fictive)', 'Une IA peut aider à trouver une idée de départ. Ce qui compte, c’est de savoir dire ce qu’on a fait soi-même et ce que la machine a fait.'],
    ['nuance', 'Lucas_piano', 'Pour m’entraîner, un accompagnement généré, c’est pratique. Pour un concert, je préfère de vrais musiciens autour de moi.'],
    ['nuance', 'Mia, 5e C', 'Je trouve qu’il faudrait au moins l’écrire sur la chanson : « créée avec une IA ». Après, chacun décide s’il écoute.'],
    ['pour', 'Studio du foyer (compte fictif)', 'Avec un outil d’IA, des élèves qui ne savent pas lire une partition ont pu créer leur premier morceau. Ça ouvre la musique à plus de monde.'],
    ['contre', 'Basile, 4e D', 'Si les plateformes remplissent les playlists avec des morceaux générés, les jeunes artistes auront encore plus de mal à se faire entendre.'],
    ['nuance', 'Océane_chante', 'J’ai comparé deux versions d’une chanson, une humaine et une générée. Je n’ai pas su les distinguer… mais j’ai préféré l’histoire de la première.'],
  ],
  'jeux-video': [
    ['pour', 'Ilyes, 4e C', 'Grâce à un jeu de gestion de ville, j’ai compris pourquoi un budget doit être équilibré. Mon prof de maths était surpris.'],
    ['pour', 'Club jeux du CDI', 'Dans notre jeu de construction, on a reconstruit un château fort à l’échelle. On a appris plus d’histoire qu’avec une fiche.'],
    ['pour', 'Jade_quête', 'Je joue en anglais avec des joueurs d’autres pays. Mon vocabulaire a explosé, et je n’ai plus peur de parler.'],
    ['contre', 'Nathan, 3e B', 'Soyons honnêtes : la plupart des jeux sont faits pour qu’on reste le plus longtemps possible, pas pour qu’on apprenne.'],
    ['contre', 'Infirmière scolaire (compte fictif)', 'Jouer tard le soir, c’est moins de sommeil. Et moins de sommeil, c’est moins de mémoire le lendemain en classe.'],
    ['contre', 'Sarah_lit', 'On dit que les jeux développent les réflexes. Mais être rapide sur une manette ne fait pas comprendre une leçon.'],
    ['nuance', 'Marius, 5e A', 'Ça dépend du jeu : un jeu d’énigmes me fait réfléchir, un jeu où je répète la même action, beaucoup moins.'],
    ['nuance', 'Laboratoire des Curieux (fictif)', 'Les études sur les jeux et l’apprentissage donnent des résultats variés : certains jeux entraînent des compétences précises, sans rendre « plus intelligent » en général.'],
    ['nuance', 'Lou, 4e A', 'J’apprends en jouant quand j’en parle après avec quelqu’un. Seul pendant trois heures, je ne retiens pas grand-chose.'],
    ['pour', 'Timéo, 5e B', 'Un jeu de programmation m’a appris les boucles avant même le cours de technologie. J’avais l’impression de jouer, pas de travailler.'],
    ['contre', 'Parents d’élèves (compte fictif)', 'Beaucoup de jeux « éducatifs » sont surtout des quiz avec des étoiles à gagner. On apprend à cliquer vite, pas à comprendre.'],
    ['nuance', 'Lisa, 3e C', 'Les jeux m’apprennent la persévérance : recommencer un niveau vingt fois. Mais ça ne remplace pas un bon livre sur le même sujet.'],
  ],
  climat: [
    ['pour', 'Éco-délégués du collège', 'Depuis qu’on trie à la cantine, on jette moitié moins de pain. Les petits gestes, multipliés par 600 élèves, ça se voit.'],
    ['pour', 'Rayan, 3e D', 'Venir à vélo m’a donné envie d’en parler à mes parents. Un geste, ça en entraîne d’autres autour de soi.'],
    ['pour', 'Clara_jardin', 'Notre potager au collège ne sauvera pas la planète, mais on a appris comment pousse ce qu’on mange. C’est déjà énorme.'],
    ['contre', 'Adam, 4e B', 'Éteindre la lumière, c’est bien, mais ça pèse peu à côté des usines, des transports et du chauffage. Il faut surtout changer ça.'],
    ['contre', 'Le Climatoscope (compte fictif)', 'Quand on répète que tout dépend de chacun, on finit par culpabiliser des élèves qui n’ont pas le choix de leur chauffage ou de leur trajet.'],
    ['contre', 'Manon, 3e A', 'J’ai l’impression qu’on nous demande des efforts pendant que les grands choix se font ailleurs. Ça me décourage un peu.'],
    ['nuance', 'Professeur de SVT (compte de classe)', 'Les scientifiques disent que les deux comptent : les choix collectifs (énergie, transports) et les habitudes de chacun, qui pèsent moins mais pas zéro.'],
    ['nuance', 'Élias, 5e D', 'Je fais les gestes que je peux, et je pose des questions sur ceux que je ne peux pas faire seul. Les deux vont ensemble.'],
    ['nuance', 'Atelier débat du CDI', 'Débat de jeudi : on a classé dix gestes selon leur effet réel. Surprise : certains très visibles comptent peu, d’autres discrets beaucoup.'],
    ['pour', 'Victoire, 5e A', 'Notre classe a fermé les fenêtres et baissé le chauffage d’un degré cet hiver. Le gestionnaire du collège a vu la différence sur la facture.'],
    ['contre', 'Mathis_data', 'J’ai fait le calcul avec un simulateur d’empreinte carbone : débrancher mon chargeur pèse presque rien à côté d’un seul trajet en avion.'],
    ['nuance', 'Club sciences du collège', 'Un geste compte selon sa taille et le nombre de personnes qui le font. Avant d’agir, on peut chercher des chiffres fiables pour choisir.'],
  ],
  mode: [
    ['pour', 'Nina_friperie', 'Ma veste préférée vient d’une friperie et coûtait 6 €. Personne n’a la même, et aucun vêtement neuf n’a été fabriqué pour moi.'],
    ['pour', 'Club couture du collège', 'Vide-dressing samedi au foyer : on échange au lieu d’acheter. L’an dernier, plus de 200 vêtements ont trouvé une nouvelle vie.'],
    ['pour', 'Tom, 4e C', 'Je grandis trop vite pour acheter neuf à chaque fois. L’occasion, c’est surtout malin pour le porte-monnaie de mes parents.'],
    ['contre', 'Kenza, 3e C', 'Sur les sites d’occasion, on finit par acheter encore plus, juste parce que c’est moins cher. Ce n’est pas forcément mieux.'],
    ['contre', 'Gabriel_style', 'Un vêtement neuf qui dure dix ans, c’est peut-être mieux qu’un vêtement d’occasion qui se déchire au bout d’un mois.'],
    ['contre', 'Alice, 5e A', 'Je n’aime pas porter les habits de quelqu’un d’autre, même lavés. J’ai le droit d’avoir mes goûts.'],
    ['nuance', 'La Fabrique à Fringues (compte fictif)', 'Le vêtement le plus écologique, c’est celui qu’on a déjà. Après, neuf ou d’occasion, ce qui compte c’est combien de temps on le garde.'],
    ['nuance', 'Enzo, 4e D', 'D’occasion pour les sweats et les jeans, neuf pour les chaussures de sport. Chacun fait son mélange.'],
    ['nuance', 'Chloé_coud', 'Réparer un trou, c’est une troisième solution dont personne ne parle. Dix minutes de couture, et le jean repart pour un an.'],
    ['pour', 'Agathe, 3e D', 'Pour le bal de fin d’année, on loue ou on emprunte les tenues. Porter une robe une seule fois et l’acheter neuve, ça n’a aucun sens.'],
    ['contre', 'Samuel, 4e A', 'Les vêtements d’occasion qu’on trouve sont souvent des vêtements de mauvaise qualité au départ. Ça déplace le problème sans le régler.'],
    ['nuance', 'Rose_retouche', 'Ce qui me gêne, ce n’est pas le neuf, c’est la quantité : vingt tee-shirts par an, neufs ou non, c’est beaucoup.'],
  ],
  sciences: [
    ['pour', 'Club astro du collège', 'Aller sur Mars, c’est le plus grand voyage de l’humanité. Chaque mission spatiale a fait progresser la médecine, les matériaux, la météo.'],
    ['pour', 'Louna, 3e B', 'Je veux devenir ingénieure spatiale. Ces projets donnent envie à plein de jeunes de faire des sciences.'],
    ['pour', 'Le Petit Télescope (compte fictif)', 'Des humains sur place pourraient chercher des traces de vie ancienne bien plus vite qu’un robot qui avance de quelques mètres par jour.'],
    ['contre', 'Malo, 4e A', 'Les robots explorent déjà Mars sans risquer de vies. Pourquoi envoyer des gens dans un endroit aussi dangereux ?'],
    ['contre', 'Anaïs_bio', 'Avec l’argent d’une mission habitée, on pourrait financer beaucoup de recherche sur Terre, pour la santé ou le climat.'],
    ['contre', 'Yasmine, 5e B', 'On risque d’apporter des microbes de la Terre sur Mars et de fausser la recherche de vie. Il faut faire très attention.'],
    ['nuance', 'Professeure de physique (compte de classe)', 'Ce n’est pas « tout ou rien » : les robots préparent le terrain, et la question humaine se posera quand on saura protéger les équipages.'],
    ['nuance', 'Sacha, 4e C', 'Je trouve ça passionnant, mais on devrait d’abord se demander qui décide, qui paie et à quoi ça servira pour tout le monde.'],
    ['nuance', 'Laboratoire des Curieux (fictif)', 'Les chercheurs débattent : certains voient surtout l’aventure scientifique, d’autres les coûts et les risques. Les deux camps avancent des arguments sérieux.'],
    ['pour', 'Adèle, 4e B', 'Vivre sur Mars, ça oblige à inventer des façons de recycler l’eau et l’air. Ces inventions pourraient servir ici aussi.'],
    ['contre', 'Gaspard_astro', 'Un aller-retour vers Mars dure des années, avec des rayonnements dangereux pour le corps. On n’a pas encore les moyens de protéger un équipage.'],
    ['nuance', 'Maïssa, 3e D', 'On pourrait commencer par la Lune, plus proche, pour apprendre. Mars viendra peut-être ensuite, si ça en vaut la peine.'],
  ],
  series: [
    ['pour', 'Leïla_binge', 'Toute la saison en un week-end : je reste dans l’histoire, je n’oublie pas qui est qui. C’est comme lire un roman d’une traite.'],
    ['pour', 'Noé, 3e D', 'Attendre une semaine pour la suite ? Avec les spoilers partout dans la cour, impossible. Je préfère tout voir d’un coup.'],
    ['pour', 'Ciné-club du collège', 'Certaines séries sont écrites comme un long film découpé en morceaux. Regardées d’un coup, elles prennent tout leur sens.'],
    ['contre', 'Lina, 4e B', 'Un épisode par semaine, on en parle entre amis, on fait des théories. D’un coup, c’est fini en deux jours et on n’en parle plus.'],
    ['contre', 'Infirmière scolaire (compte fictif)', 'L’épisode suivant qui démarre tout seul, c’est la nuit qui raccourcit. Plusieurs élèves m’ont dit s’être couchés à deux heures.'],
    ['contre', 'Paul_critique', 'Quand on enchaîne, on se souvient moins des détails. Attendre laisse le temps de réfléchir à ce qu’on a vu.'],
    ['nuance', 'Jeanne, 5e C', 'Les séries courtes, je les regarde d’un coup ; les longues, je m’impose deux épisodes par soir. Ça dépend de la série.'],
    ['nuance', 'Le Fauteuil Rouge (compte fictif)', 'Le vrai sujet, c’est qui choisit : moi, ou la lecture automatique ? Désactiver l’épisode suivant automatique change déjà beaucoup.'],
    ['nuance', 'Aylan, 4e D', 'Avec ma sœur, on regarde un épisode ensemble chaque soir. Ni d’un coup, ni une fois par semaine : notre rythme à nous.'],
    ['pour', 'Ambre, 4e C', 'Quand je suis malade, une série d’un coup, c’est mon doudou. Je ne culpabilise pas : ça n’arrive pas tous les week-ends.'],
    ['contre', 'Club lecture du CDI', 'On a remarqué que les élèves qui attendent la suite inventent des théories et écrivent des fins alternatives. L’attente rend créatif.'],
    ['nuance', 'Mehdi_écrans', 'Je regarde d’un coup, mais je choisis ma fin de soirée avant de commencer. Sinon la plateforme choisit pour moi.'],
  ],
  college: [
    ['pour', 'Romane, 3e A', 'Depuis qu’on dépose les téléphones à l’entrée, la cour a changé : on joue au ballon, on discute. Je ne pensais pas que ça me plairait.'],
    ['pour', 'Conseiller principal d’éducation (compte fictif)', 'Moins de téléphones, c’est aussi moins de photos prises sans accord et moins de disputes qui continuent sur les réseaux.'],
    ['pour', 'Victor, 4e C', 'En classe, une seule notification suffit à me déconcentrer. Sans téléphone, c’est plus simple de suivre.'],
    ['contre', 'Nour, 3e B', 'Mon téléphone, c’est aussi mon agenda, mon dictionnaire et le moyen de prévenir ma mère si le bus est en retard.'],
    ['contre', 'Délégués de 4e', 'On préférerait apprendre à bien utiliser le téléphone plutôt que de l’interdire. On l’aura de toute façon au lycée.'],
    ['contre', 'Ethan_33', 'Interdire partout, même à la pause déjeuner, c’est nous traiter comme des petits. On peut décider d’éteindre tout seuls.'],
    ['nuance', 'Professeure documentaliste (compte de classe)', 'Au CDI, le téléphone sert parfois pour une recherche ou un podcast. Une règle claire sur le quand et le pourquoi aide plus qu’un oui ou non.'],
    ['nuance', 'Juliette, 5e D', 'Pendant les cours, d’accord pour le ranger. À la récré, on pourrait avoir un coin où c’est permis, et un coin sans écran.'],
    ['nuance', 'Conseil de la vie collégienne', 'Sondage de la semaine : la moitié des élèves veut garder le téléphone, la moitié veut l’interdire. On en débat en assemblée jeudi.'],
    ['pour', 'Louis, 5e C', 'Sans téléphone, plus de vidéos de la cour qui circulent le soir. Je me sens plus tranquille au collège.'],
    ['contre', 'Capucine, 4e A', 'Certains élèves ont besoin de leur téléphone pour leur santé, par exemple pour suivre leur glycémie. Une interdiction totale doit prévoir ces cas.'],
    ['nuance', 'Assistante d’éducation (compte fictif)', 'Le plus dur n’est pas la règle, c’est de l’expliquer. Quand les élèves ont participé à la décider, ils la respectent mieux.'],
  ],
};

/** Interleaves the topics in time: every 7 minutes a post, from a fixed mixed order. */
function buildPosts(): Post[] {
  const posts: Post[] = [];
  TOPICS.forEach((topic) => {
    DRAFTS[topic].forEach(([stance, author, text], i) => {
      posts.push({ id: `${topic}-${i + 1}`, topic, stance, author, text, minutesAgo: 0 });
    });
  });
  // Publication order: a fixed permutation (multiplying the index by 29 mod 96 visits every post once,
  // alternating topics and viewpoints), so the chronological feed mixes everything.
  const n = posts.length;
  return posts.map((post, index) => ({ ...post, minutesAgo: 3 + 7 * ((index * 29) % n) }));
}

export const POSTS: readonly Post[] = buildPosts();
export const POST_BY_ID: ReadonlyMap<string, Post> = new Map(POSTS.map((p) => [p.id, p]));

export function postById(id: string): Post {
  const post = POST_BY_ID.get(id);
  if (!post) throw new Error(`Publication inconnue : ${id}`);
  return post;
}
