/**
 * The components an author may use in a lesson or an activity page without importing them
 * (CONTRIBUTING « Écrire une leçon »): one list, passed to <Content components={…} />.
 */
import Activite from './Activite.astro';
import AToi from './AToi.astro';
import Figure from './Figure.astro';
import JeRetiens from './JeRetiens.astro';
import PlusLoin from './PlusLoin.astro';
import Post from './Post.astro';
import Reponse from './Reponse.astro';
import Resultats from './Resultats.astro';
import Terme from './Terme.astro';
import Une from './Une.astro';

export const mdxComponents = { Activite, AToi, Figure, JeRetiens, PlusLoin, Post, Reponse, Resultats, Terme, Une };
