"""dessin : une petite bibliothèque de dessin en français pour Déclic.

    from dessin import *
    toile(300, 200)
    couleur("bleu")
    rectangle(10, 10, 50, 50)

Chaque forme est enregistrée dans une liste (formes()) ; l'image SVG est construite à partir de cette
liste (svg()). La page affiche le dessin à côté de la console. L'état est neuf à chaque exécution :
toile 400 x 400 blanche, trait noir d'épaisseur 1, pas de remplissage, graine 0.

(Déclic support module: loaded by lib/python/harness.ts, re-imported fresh before every run. Errors are
ValueError/TypeError with a French message and a `declic_conseil` hint that the page's explainer shows.)
"""

import math as _math
import random as _random

__all__ = [
    'toile', 'couleur', 'remplissage', 'epaisseur', 'ligne', 'rectangle', 'cercle', 'polygone', 'texte',
    'graine', 'hasard', 'formes', 'taille_toile', 'svg', 'COULEURS',
]

#: Noms de couleurs acceptés, et leur valeur dans l'image.
COULEURS = {
    'noir': '#000000', 'blanc': '#ffffff', 'gris': '#808080', 'rouge': '#d62828', 'orange': '#f77f00',
    'jaune': '#fcbf49', 'vert': '#2a9d4b', 'bleu': '#1d4ed8', 'violet': '#7b2cbf', 'rose': '#f472b6',
    'marron': '#8b4513', 'cyan': '#00b4d8',
}

#: Au-delà, le programme s'arrête : une page ne doit jamais geler sous un dessin trop lourd.
MAX_FORMES = 20000
_MAX_TEXTE = 500
_HEX = '0123456789abcdefABCDEF'
_TYPES = ('ligne', 'rectangle', 'cercle', 'polygone', 'texte')


class _Etat:
    def __init__(self):
        self.largeur, self.hauteur, self.fond = 400, 400, 'blanc'
        self.couleur, self.remplissage, self.epaisseur = 'noir', None, 1
        self.formes = []
        self.hasard = _random.Random(0)


_etat = _Etat()


def _erreur(genre, message, conseil):
    exc = genre(message)
    exc.declic_conseil = conseil
    raise exc


def _decrire(valeur):
    if isinstance(valeur, bool):
        return 'un booléen (' + repr(valeur) + ')'
    if isinstance(valeur, str):
        court = valeur if len(valeur) <= 20 else valeur[:20] + '…'
        return 'un texte (« ' + court + ' »)'
    if valeur is None:
        return 'la valeur vide None'
    if isinstance(valeur, (list, tuple)):
        return 'une liste'
    return 'une valeur de type ' + type(valeur).__name__


def _nombre(fonction, nom, valeur):
    if isinstance(valeur, bool) or not isinstance(valeur, (int, float)):
        _erreur(TypeError, fonction + ' : ' + nom + ' doit être un nombre, pas ' + _decrire(valeur) + '.',
                'Écris un nombre sans guillemets, par exemple 50. Un nombre lu avec input() se convertit avec int(…).')
    if isinstance(valeur, float) and not _math.isfinite(valeur):
        _erreur(ValueError, fonction + ' : ' + nom + ' doit être un nombre fini, pas ' + repr(valeur) + '.',
                'Vérifie le calcul qui donne cette valeur (une division par un nombre presque nul ?).')
    return valeur


def _positif(fonction, nom, valeur, strict=False):
    _nombre(fonction, nom, valeur)
    if valeur < 0 or (strict and valeur == 0):
        attendu = 'plus grand que 0' if strict else 'positif ou nul'
        _erreur(ValueError, fonction + ' : ' + nom + ' doit être ' + attendu + ', pas ' + repr(valeur) + '.',
                'Une longueur ne peut pas être négative : pour aller vers la gauche ou vers le haut, change plutôt x ou y.')
    return valeur


def _couleur(fonction, valeur, vide=False):
    if vide and valeur is None:
        return None
    if isinstance(valeur, str):
        nom = valeur.strip().lower()
        if nom in COULEURS:
            return nom
        if nom.startswith('#') and len(nom) in (4, 7) and all(c in _HEX for c in nom[1:]):
            return nom
    noms = ', '.join(COULEURS)
    _erreur(ValueError, fonction + ' : « ' + str(valeur)[:30] + ' » n’est pas une couleur connue. Couleurs possibles : ' + noms
            + ', ou un code comme "#ff8800".' + (' remplissage(None) enlève le remplissage.' if vide else ''),
            'Écris le nom de la couleur entre guillemets, en minuscules et sans accent, par exemple couleur("rouge").')


def _ajouter(forme):
    if len(_etat.formes) >= MAX_FORMES:
        _erreur(ValueError, 'dessin : plus de ' + str(MAX_FORMES) + ' formes, c’est trop pour une seule toile.',
                'Une boucle dessine sans doute sans fin ou beaucoup trop : vérifie ses bornes.')
    forme['couleur'] = _etat.couleur
    if forme['type'] in ('rectangle', 'cercle', 'polygone'):
        forme['remplissage'] = _etat.remplissage
    if forme['type'] != 'texte':
        forme['epaisseur'] = _etat.epaisseur
    _etat.formes.append(forme)


def toile(largeur=400, hauteur=400, fond='blanc'):
    """Une nouvelle toile vide (de 10 à 2000 pixels de côté), fond blanc par défaut."""
    for nom, valeur in (('la largeur', largeur), ('la hauteur', hauteur)):
        _nombre('toile', nom, valeur)
        if not 10 <= valeur <= 2000:
            _erreur(ValueError, 'toile : ' + nom + ' doit être entre 10 et 2000 pixels, pas ' + repr(valeur) + '.',
                    'Une toile de 400 sur 400 pixels tient bien dans l’écran : toile(400, 400).')
    fond = _couleur('toile', fond)
    hasard_ = _etat.hasard  # a new canvas keeps the seed the program chose
    _etat.__init__()
    _etat.hasard = hasard_
    _etat.largeur, _etat.hauteur, _etat.fond = largeur, hauteur, fond


def couleur(nom):
    """La couleur du trait des formes suivantes ("noir" au départ)."""
    _etat.couleur = _couleur('couleur', nom)


def remplissage(nom):
    """La couleur de l’intérieur des formes fermées suivantes ; remplissage(None) : pas de remplissage."""
    _etat.remplissage = _couleur('remplissage', nom, vide=True)


def epaisseur(n):
    """L’épaisseur du trait des formes suivantes, en pixels (1 au départ)."""
    _etat.epaisseur = _positif('epaisseur', 'l’épaisseur', n, strict=True)


def ligne(x1, y1, x2, y2):
    """Un trait du point (x1, y1) au point (x2, y2)."""
    for nom, valeur in (('x1', x1), ('y1', y1), ('x2', x2), ('y2', y2)):
        _nombre('ligne', nom, valeur)
    _ajouter({'type': 'ligne', 'x1': x1, 'y1': y1, 'x2': x2, 'y2': y2})


def rectangle(x, y, largeur, hauteur):
    """Un rectangle dont le coin en haut à gauche est en (x, y)."""
    _nombre('rectangle', 'x', x)
    _nombre('rectangle', 'y', y)
    _positif('rectangle', 'la largeur', largeur)
    _positif('rectangle', 'la hauteur', hauteur)
    _ajouter({'type': 'rectangle', 'x': x, 'y': y, 'largeur': largeur, 'hauteur': hauteur})


def cercle(x, y, rayon):
    """Un cercle de centre (x, y)."""
    _nombre('cercle', 'x', x)
    _nombre('cercle', 'y', y)
    _positif('cercle', 'le rayon', rayon)
    _ajouter({'type': 'cercle', 'x': x, 'y': y, 'rayon': rayon})


def polygone(points):
    """Une forme fermée qui relie les points donnés, par exemple [(0, 0), (50, 0), (25, 40)]."""
    conseil = 'Donne une liste de points entre crochets, chaque point entre parenthèses : polygone([(0, 0), (50, 0), (25, 40)]).'
    if not isinstance(points, (list, tuple)):
        _erreur(TypeError, 'polygone : il faut une liste de points, pas ' + _decrire(points) + '.', conseil)
    if len(points) < 3:
        _erreur(ValueError, 'polygone : il faut au moins 3 points, pas ' + str(len(points)) + '.', conseil)
    propres = []
    for numero, point in enumerate(points, 1):
        if not isinstance(point, (list, tuple)) or len(point) != 2:
            _erreur(TypeError, 'polygone : le point n° ' + str(numero) + ' doit être une paire (x, y), pas ' + _decrire(point) + '.', conseil)
        propres.append((_nombre('polygone', 'x du point n° ' + str(numero), point[0]),
                        _nombre('polygone', 'y du point n° ' + str(numero), point[1])))
    _ajouter({'type': 'polygone', 'points': propres})


def texte(x, y, chaine, taille=16):
    """Écrit chaine à partir du point (x, y) (le bas des lettres), en caractères de taille pixels."""
    _nombre('texte', 'x', x)
    _nombre('texte', 'y', y)
    _positif('texte', 'la taille', taille, strict=True)
    chaine = str(chaine)
    if len(chaine) > _MAX_TEXTE:
        _erreur(ValueError, 'texte : un texte de plus de ' + str(_MAX_TEXTE) + ' caractères ne tient pas sur la toile.',
                'Coupe le texte en plusieurs morceaux, un appel à texte(…) par ligne.')
    _ajouter({'type': 'texte', 'x': x, 'y': y, 'texte': chaine, 'taille': taille})


def graine(n):
    """Fixe le point de départ du hasard : la même graine donne le même dessin."""
    if isinstance(n, bool) or not isinstance(n, (int, float, str)):
        _erreur(TypeError, 'graine : il faut un nombre, pas ' + _decrire(n) + '.', 'Par exemple graine(42).')
    _etat.hasard.seed(n)


def hasard(a, b):
    """Un nombre au hasard entre a et b : entier (a et b compris) si a et b sont entiers, sinon à virgule."""
    _nombre('hasard', 'a', a)
    _nombre('hasard', 'b', b)
    if b < a:
        _erreur(ValueError, 'hasard : le premier nombre (' + repr(a) + ') doit être plus petit que le second (' + repr(b) + ').',
                'Écris le plus petit nombre en premier : hasard(1, 6).')
    if isinstance(a, int) and isinstance(b, int):
        return _etat.hasard.randint(a, b)
    return a + (b - a) * _etat.hasard.random()


def formes(genre=None):
    """La liste des formes dessinées, dans l’ordre ; formes("cercle") : les cercles seulement."""
    if genre is not None and genre not in _TYPES:
        _erreur(ValueError, 'formes : « ' + str(genre)[:30] + ' » n’est pas un type de forme. Types : ' + ', '.join(_TYPES) + '.',
                'Par exemple formes("cercle").')
    return [dict(f, points=list(f['points'])) if 'points' in f else dict(f)
            for f in _etat.formes if genre is None or f['type'] == genre]


def taille_toile():
    """(largeur, hauteur) de la toile."""
    return (_etat.largeur, _etat.hauteur)


def _num(valeur):
    texte_ = ('%.2f' % valeur).rstrip('0').rstrip('.')
    return '0' if texte_ == '-0' else texte_


def _echapper(chaine):
    return (chaine.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&#39;'))


def _valeur_couleur(nom):
    return 'none' if nom is None else COULEURS.get(nom, nom)


def svg():
    """Le dessin en texte SVG (l’image que la page affiche)."""
    l, h = _num(_etat.largeur), _num(_etat.hauteur)
    parties = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + l + '" height="' + h + '" viewBox="0 0 ' + l + ' ' + h + '">',
               '<rect width="100%" height="100%" fill="' + _valeur_couleur(_etat.fond) + '"/>']
    for f in _etat.formes:
        trait = ' stroke="' + _valeur_couleur(f['couleur']) + '"'
        if 'epaisseur' in f:
            trait += ' stroke-width="' + _num(f['epaisseur']) + '"'
        fond = ' fill="' + _valeur_couleur(f.get('remplissage')) + '"'
        if f['type'] == 'ligne':
            parties.append('<line x1="%s" y1="%s" x2="%s" y2="%s"%s/>' % (_num(f['x1']), _num(f['y1']), _num(f['x2']), _num(f['y2']), trait))
        elif f['type'] == 'rectangle':
            parties.append('<rect x="%s" y="%s" width="%s" height="%s"%s%s/>' % (_num(f['x']), _num(f['y']), _num(f['largeur']), _num(f['hauteur']), trait, fond))
        elif f['type'] == 'cercle':
            parties.append('<circle cx="%s" cy="%s" r="%s"%s%s/>' % (_num(f['x']), _num(f['y']), _num(f['rayon']), trait, fond))
        elif f['type'] == 'polygone':
            points = ' '.join(_num(x) + ',' + _num(y) for x, y in f['points'])
            parties.append('<polygon points="%s"%s%s/>' % (points, trait, fond))
        elif f['type'] == 'texte':
            parties.append('<text x="%s" y="%s" font-size="%s" font-family="sans-serif" fill="%s">%s</text>'
                           % (_num(f['x']), _num(f['y']), _num(f['taille']), _valeur_couleur(f['couleur']), _echapper(f['texte'])))
    parties.append('</svg>')
    return '\n'.join(parties)


def _declic_dessin():
    """Pour la page (harness) : la toile et ses formes, en données simples."""
    return {'largeur': _etat.largeur, 'hauteur': _etat.hauteur, 'fond': _etat.fond, 'formes': _etat.formes}
