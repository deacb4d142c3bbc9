import { describe, expect, it } from 'vitest';
import { NARROW_NBSP as T, NBSP, typesetHtml, typographyFaults } from '../../src/lib/french-typography.ts';

describe('typesetHtml: French typography on a built page', () => {
  it('fixes text composed in templates, across inline elements', () => {
    expect(typesetHtml('<p>Voir aussi : <a href="#x">biais</a>, <a>heuristique</a> !</p>')).toBe(`<p>Voir aussi${NBSP}: <a href="#x">biais</a>, <a>heuristique</a>${T}!</p>`);
    expect(typesetHtml('<li>« <em>Tout</em> »</li>')).toBe(`<li>«${T}<em>Tout</em>${T}»</li>`);
  });

  it('keeps entities whole and turns an escaped apostrophe into a typographic one', () => {
    expect(typesetHtml('<p>Tom &amp; Jerry ; l&#39;élève</p>')).toBe(`<p>Tom &amp; Jerry${T}; l’élève</p>`);
  });

  it('leaves code, scripts, styles and islands exactly as written', () => {
    const verbatim = '<pre><code>print("Toc !")</code></pre><script>if (a) { b ? c : d; }</script><astro-island props="{}"><p>Score : 3</p></astro-island><style>a:hover{x:y}</style>';
    expect(typesetHtml(verbatim)).toBe(verbatim);
  });

  it('typesets the attributes a reader sees or hears, not the others', () => {
    expect(typesetHtml('<img alt="Légende : un schéma" src="a:b" data-x="y ?">')).toBe(`<img alt="Légende${NBSP}: un schéma" src="a:b" data-x="y ?">`);
  });

  it('is idempotent', () => {
    const once = typesetHtml('<h2>Quiz : « Vrai ou faux ? »</h2>');
    expect(typesetHtml(once)).toBe(once);
  });

  it('finds the faults that typesetHtml removes', () => {
    const page = '<p>Voir aussi : <a>x</a></p><p>« Tiens »</p><p>Quoi ?</p>';
    expect(typographyFaults(page).map((f) => f.message)).toEqual([
      'espace insécable fine manquante avant ; ! ?',
      'espace insécable manquante avant :',
      'espace insécable manquante après «',
      'espace insécable manquante avant »',
    ]);
    expect(typographyFaults(typesetHtml(page))).toEqual([]);
  });
});
