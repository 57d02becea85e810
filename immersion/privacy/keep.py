"""The keep list: institutions, programmes, service numbers and places that must survive.

spaCy tags "Caf" or "Cpam" as ORG or PER now and then; the name rules also see capitalised
words everywhere. Every person candidate is checked against this list before it is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from immersion.privacy import accents
from immersion.privacy.communes import is_commune
from immersion.privacy.detectors.birthdate import MONTHS
from immersion.privacy.nlp import is_common_word
from immersion.privacy.resources import districts, first_names, fold, keep_terms, places

#: Placeholders already in a text (so that redacting twice changes nothing).
PLACEHOLDER_RE = accents.compile(
    r"\[(?:PERSONNE_\d+|NIR|TÉLÉPHONE|EMAIL|IBAN|ADRESSE|DATE_NAISSANCE"
    r"|N_ALLOCATAIRE|ID_FRANCE_TRAVAIL|IMMATRICULATION|IDENTIFIANT)\]"
)


@cache
def _keep_regex() -> re.Pattern[str]:
    """The keep terms, folded (no case, no accent: "prime de Noel", "Salif Keïta" for "Salif
    Keita"), as one tree of letters: thousands of alternatives tried one by one at each
    position of a note would be slow. Matched against :func:`folded` text."""
    return _terms_regex(keep_terms())


def _terms_regex(terms: Iterable[str]) -> re.Pattern[str]:
    """``terms`` folded, hyphens read as spaces, as one tree; whole words only (and not the
    head of a word with an apostrophe: "Ch'ti" is not the "CH" of a hospital)."""
    return accents.compile(
        rf"(?<![\w@.])(?:{_tree(_dashless(fold(t)) for t in terms)})"
        r"(?![\w@]|['’][^\W\d_]{2})"
    )


_ONE_WORD_RE = accents.compile(r"[^\W\d_]+")


@cache
def _district_regex() -> re.Pattern[str]:
    """The districts of several words (``data/quartiers.txt``), as :func:`_keep_regex` reads
    its terms: "Mont-Mesly", "La Devèze", "Val de l'Aurence"."""
    return _terms_regex(t for t in districts() if not _ONE_WORD_RE.fullmatch(t))


@cache
def _district_words() -> frozenset[str]:
    return frozenset(fold(t) for t in districts() if _ONE_WORD_RE.fullmatch(t))


def is_district_word(word: str) -> bool:
    """A district named by one word ("Pissevin", "Neudorf"): as often someone's surname as a
    town is, so it stops only the weak name layers, like a town of ``communes.txt``."""
    return fold(word) in _district_words()


def district_ranges(text: str) -> list[tuple[int, int]]:
    """Districts of several words named in ``text`` ("Mme Bensalah, Mont-Mesly", "(la
    Devèze)"): the name layers leave them alone; the address layer does not see them (a
    district's name is often a street's or a residence's: "37 galerie de l'Arlequin"). After
    a civility, the same words are a surname ("Mme Bel-Air")."""
    return [
        (m.start(), m.end())
        for m in _district_regex().finditer(_dashless(folded(text)))
        if not names_someone(text, m.start(), m.end())
    ]


def _as_written(text: str, start: int, end: int) -> bool:
    """A keep term found with a hyphen where the list has a space, or the reverse, unless two
    first names meet there: "Claude-François Martin" is a man, not the singer "Claude
    François"; "Marie Antoinette Kouassi" a woman, not "Marie-Antoinette"."""
    written = text[start:end]
    if fold(written) in _keep_terms_folded() or ("-" not in written and " " not in written):
        return True
    words = re.split(r"[\s\-]+", written)
    names = first_names()
    return not any(
        fold(a) in names and fold(b) in names for a, b in zip(words, words[1:], strict=False)
    )


def _dashless(folded_text: str) -> str:
    """A hyphen read as a space: "Henri-Mondor" is the list's "Henri Mondor" and "Croix
    Rouge" its "Croix-Rouge" (same length, offsets unchanged)."""
    return folded_text.replace("-", " ")


def _tree(terms: Iterable[str]) -> str:
    """One pattern for ``terms``, sharing their common beginnings: "ab|ac" becomes "a(?:b|c)";
    at each letter, going on is tried before stopping there (the longest term wins)."""
    root: dict = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(re.escape(ch), {})
        node[""] = {}  # a term ends here

    def pattern(node: dict) -> str:
        branches = [unit + pattern(child) for unit, child in node.items() if unit]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return pattern(root)


@lru_cache(maxsize=8)  # the layers ask for the same note's keep ranges in turn
def folded(text: str) -> str:
    """``text`` folded character by character (offsets unchanged)."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is two ("İ"): one by one
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lower.translate(_accent_table())


@cache
def _accent_table() -> dict[int, str]:
    """Each accented Latin letter (and the typographic apostrophe) to its plain form."""
    table = {}
    for code in range(0xC0, 0x250):
        out = fold(chr(code))
        if len(out) == 1 and out != chr(code).lower():
            table[code] = out
    table[ord("’")] = "'"
    return table


@cache
def _keep_words() -> frozenset[str]:
    return frozenset(fold(t) for t in keep_terms()) | places()


#: Shapes that are never a person: a job code of France Travail's ROME ("ROME J1501",
#: "code ROME K1302"); a letter of the spelling alphabet ("J comme Jacques", "B comme
#: Bernard": the first name says the letter, it names no one).
_KEPT_SHAPES_RE = accents.compile(
    r"\b(?i:rome)\s*:?\s*[A-Na-n]\s?\d{4}\b"
    r"|(?<![\w'’])([A-Z])\s+comme\s+(?=\1)[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
)


#: A capitalised word of a trade name, and the small words a trade name may hold between two
#: ("Le Fournil de Léa", "Korian Le Clos Saint-Martin", "Martin & Fils"); no digit: "Taxi
#: Kerouredan GH-732-TB" ends before the plate.
_CAP = r"[A-ZÀ-Þ](?:[^\W\d_]|[’'\-])*"
_TRADE_NAME = rf"{_CAP}(?:[ \u00a0](?:(?:de|du|des|d['’]|et|&)[ \u00a0]?)?{_CAP}){{0,3}}"
_CIVILITY = r"(?:M|Mr|Mme|Mlle|Me|Dr|Pr|Monsieur|Madame|Mademoiselle|Docteur|Maître)\b"
#: A shop, a firm or a care home named after its trade: the trade word, then its name
#: ("Déménagements Le Goff", "boulangerie Le Fournil de Léa", "Garage Ferreira Automobiles",
#: "EHPAD Korian Les Amandiers"); or a name, then a trade word in capitals ("Catherine
#: Coiffure", "Gauthier Frères", "Dupont Plomberie"). The guide keeps shop and brand names,
#: even when they hold a person's name; the owner, named as a person elsewhere, is still masked.
_TRADE_BEFORE = (
    r"d[ée]m[ée]nagements?|garage|boulangerie|p[âa]tisserie|boucherie|charcuterie"
    r"|poissonnerie|fromagerie|[ée]picerie|sup[ée]rette|alimentation|pharmacie|ambulances"
    r"|taxis?|transports|plomberie|menuiserie|ma[çc]onnerie|carrosserie|auto-[ée]cole"
    r"|pompes\s+fun[èe]bres|salon|coiffure|institut|fleuriste|restaurant|brasserie|pizzeria"
    r"|cr[êe]perie|kebab|snack|h[ôo]tel|camping|ehpad|maison\s+de\s+retraite"
    r"|soci[ée]t[ée]|sarl|sas|eurl|ets\.?|[ée]tablissements|laverie|pressing|imprimerie"
    r"|librairie|bar-tabac|tabac|opticien|agence\s+immobili[èe]re|cabinet\s+infirmier|sci"
    r"|scp|selarl|scm|snc|scea|gaec|earl|atelier|boutique|resto|onglerie"
    # a brand on a thing: "la marque de fringues Jules", "T-shirt Benfica", "parfum Sauvage"
    r"|marque(?:[ \u00a0]+d(?:e[ \u00a0]+|['’])[a-zà-ÿ]+)?|enseigne|magazine|t-shirt|tee-shirt"
    r"|maillot|parfum|usine|magasin|entrep[ôo]t|supermarch[ée]|hypermarch[ée]|caviste"
    r"|optique|garde-meubles?|quincaillerie|droguerie|mercerie|bijouterie|cordonnerie"
    r"|cin[ée]ma|th[ée][âa]tre|couture|retouches?"
    # a farm's trade, a sign: "le hangar des Vergers Vidal", "un panneau « Mécanique Casenave »"
    r"|m[ée]canique|vergers|p[ée]pini[èe]res?|jardinerie|scierie|panneau|pancarte"
)
#: A trade word with a capital, then "de" and a name: a shop's sign ("L'Atelier de Sonia",
#: "La Boutique d'Anaïs", "Salon de Coralie"); in lowercase it is someone's ("le salon de
#: Coralie" is hers, and she is a person).
_TRADE_OF = (
    r"(?:(?:L['’]|La[ \u00a0]|Le[ \u00a0])?(?:Atelier|Boutique|Salon|Institut|Fournil|Comptoir"
    r"|Cave|Jardins?|Ferme|Maison|Cuisine|Table|Épicerie|Epicerie|Panier)[ \u00a0]"
    r"(?:de|du|des|d['’])"
    r"[ \u00a0]?)"
)
_TRADE_AFTER = (
    r"Coiffure|Automobiles?|Autos?|Fr[èe]res|(?:&|et)\s+Fils|Plomberie|Chauffage"
    r"|[ÉE]lectricit[ée]|B[âa]timent|BTP|Transports?|Taxis?|Ambulances?|Immobilier|Services"
    r"|Nettoyage|Paysages?|Peinture|Menuiserie|Couverture|Toitures?|Ma[çc]onnerie"
    r"|R[ée]novation|Boulangerie|Traiteur|D[ée]m[ée]nagements?|Multi-?services|Location"
    r"|Optique|Propret[ée]|Int[ée]rim|SARL|SAS|EURL|M[ée]tal|M[ée]tallerie|Chaudronnerie"
    r"|Industries?|Logistique|Distribution|Agencement|Ambulances|Fun[ée]raire|Assurances"
    r"|Carrelages?|Isolation|Charpentes?|Terrassements?|[ÉE]lagage|Espaces\s+Verts|Jardins?"
    r"|S[ée]curit[ée]|Conseils?|Consulting|Formations?|Informatique|Serrurerie|Vitrerie"
    r"|Ramonage|Climatisation|Sanitaires?|[ÉE]nergies?|Solaire|Pneus|Livraisons?|Express"
    r"|Habitat|Constructions?|Travaux|D[ée]coration|Ferronnerie|Pl[âa]trerie|Fa[çc]ades?"
    r"|Ravalement|Cuisines|Fenêtres|Menuiseries|Nautisme|Motoculture|Agricole|Fermetures"
    # signs and brands in English: "Hoa Nails", "PKO Bank", "Quality Street"
    r"|Nails|Bank|Street|Shop|Store|Market|Burgers?|Pizza|Coffee|Beauty|Hair|Foods?|Motors"
    r"|Center|Fitness|Tacos|Sushi|Lounge|Studio|Resort|Spa|Retouches|Couture"
)
_ARTICLE = r"(?:Le|La|Les|Un|Une|Des|Du|Au|Aux|Ce|Cette|Ces|Son|Sa|Ses|Mon|Ma|Leur)"
_TRADE_NAME_RE = accents.compile(
    # (the sign may stand in quotes: boulangerie « Aux Délices de Marie »)
    rf"(?<![\w\-])(?i:{_TRADE_BEFORE})[ \u00a0]+(?:[«\"“'][ \u00a0]?)?(?!{_CIVILITY}){_TRADE_NAME}"
    # a company's legal form, then its name: "SCEA du Grand Chai", "SCI des Tilleuls"
    rf"|(?<![\w\-])(?:SCEA|GAEC|EARL|SCI|SCP|SARL|SAS|EURL|SNC|SELARL|SCM)[ \u00a0]+"
    rf"(?:du|des|de\s+la|de\s+l['’]|de)[ \u00a0]?{_TRADE_NAME}"
    # "Le Taxi Kerouredan": the article is no name before "Taxi"
    rf"|(?<![\w\-])(?!{_ARTICLE}[ \u00a0]+(?:{_TRADE_AFTER})(?![\w\-]))"
    rf"{_TRADE_NAME}[ \u00a0]+(?:{_TRADE_AFTER})(?![\w\-])"
    rf"|(?<![\w\-]){_TRADE_OF}(?!{_CIVILITY}){_TRADE_NAME}"
    # a sign in quotes: « Chez Mamie Jeanne », « Chez Momo »
    rf"|(?<=[«\"“])[ \u00a0]?Chez[ \u00a0]{_TRADE_NAME}(?=[ \u00a0]?[»\"”])"
)
_CIVILITY_BEFORE_RE = accents.compile(rf"{_CIVILITY}\.?[ \u00a0]*$")
#: A day of the week, shortened, before a date: a planning's line ("lun. 11/11 : férié",
#: "mar. 12/11"), never "Mar" or "Lun" the first names.
_WEEKDAY_RE = accents.compile(
    r"(?<![\w.])(?i:lun|mar|mer|jeu|ven|sam|dim)\.?(?=[^\S\n]*(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])\b)"
)
#: A song, a book, a film or an artist after what one does with them: "il chante Les Lacs du
#: Connemara", "les livres de Colette", "un poster de Zidane", "fan de Jul". (Not "écoute":
#: an agent listens to people.)
_WORK_RE = accents.compile(
    # a title in quotes, then its author (tried first): "musique d'attente : « Les
    # Champs-Élysées » de Joe Dassin", "elle chante « Ô Toulouse » de Nougaro"
    r"(?<![\w\-])(?i:chanson|musique|morceau|titre|tube|album|film|livre|roman|s[ée]rie"
    r"|pi[èe]ce|tableau|chant(?:e|ait|ent|onne|onnait)|fredonn(?:e|ait))"
    r"[^«\"“\n]{0,25}[«\"“]([^»\"”\n]{1,60})[»\"”][ \u00a0]+d(?:e[ \u00a0]+|['’])"
    rf"(?!{_CIVILITY})({_TRADE_NAME})"
    r"|(?<![\w\-])(?i:chant(?:e|ait|ent|onne|onnait)|fredonn(?:e|ait)|(?:un|le|son|des)\s+tube"
    r"|expo(?:sition)?s?|(?:posters?|affiches?|livres|romans?|chansons?|albums?|concert|disques?|tubes?"
    r"|fans?|sosie|biographie)[ \u00a0]+d(?:e[ \u00a0]+|['’])|films?[ \u00a0]+avec)"
    rf"[ \u00a0]*(?:[«\"“][ \u00a0]?)?(?!{_CIVILITY})({_TRADE_NAME})"
)


#: An employer after a job: "il a bossé 6 ans chez Paul", "un CDD chez Nicolas (le caviste)",
#: "caissière chez Lidl depuis mars". A name after a civility is a person's ("ménage chez
#: Mme Dupont"), and so is a home ("hébergée chez Sarah" has no job before it).
_EMPLOYER_RE = accents.compile(
    r"(?<![\w\-])(?i:boss(?:e|es|ent|ait|é|ée|er)|taf|job|boulot|travaill(?:e|es|ent|ait|é|ée|er)"
    r"|bosser|emploi|employ[ée]e?|embauch[ée]e?|recrut[ée]e?|cdd|cdi|int[ée]rim|stage|stagiaire"
    r"|apprenti(?:e|ssage)?|alternance|mi-temps|temps\s+partiel|saisonni[eè]re?|vendeuse"
    r"|vendeur|caissi[eè]re?|manutentionnaire|pr[ée]parat(?:eur|rice)|livreur|serveuse|serveur"
    r"|vigile|agent\s+de\s+(?:s[ée]curit[ée]|m[ée]nage|propret[ée]))"
    r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+|\d+[^\S\n]+[^\W\d_]+[^\S\n]+){0,3}?chez[^\S\n]+"
    rf"(?!{_CIVILITY})({_TRADE_NAME})"
)


#: What the words before say is no one's (the group that matched is kept): a phone
#: extension ("standard CHU, poste 42107"), a pain score ("EVA 7"), a road ("sur la D 941",
#: "l'A84"), a storm ("le cyclone Garance"), a newspaper after its journalist ("un
#: journaliste de La Provence"), a student residence. Then a branch named after its
#: district ("France Travail Toulouse Basso Cambo", "Agence Lorient Marine", "CHU Clermont
#: (Gabriel-Montpied)"), where the word after the office is a known town.
_KEPT_AFTER_RE = accents.compile(
    r"(?<![\w'’])((?i:poste)[^\S\n]*(?:n[°o][^\S\n]*)?\d{2,6})(?![\w,.]?\d|\w)"
    r"|(?<![\w'’])(EVA[^\S\n]*[:=]?[^\S\n]*\d{1,2}(?:[^\S\n]*/[^\S\n]*10)?)(?![\w,.]?\d|\w)"
    r"|(?<![\w'’])(?i:la|l['’]|sur|par|via|vers)[^\S\n]*((?:RN|RD|N|D|A)[ \u00a0]?\d{1,4})"
    r"(?![\w,.]?\d|\w)"
    r"|(?<![\w'’])(?i:cyclone|temp[êe]te|ouragan|typhon|d[ée]pression\s+tropicale)[ \u00a0]+"
    r"([A-ZÀ-Þ][\w\-]+)"
    r"|(?<![\w'’])(?i:journalistes?|reporters?|pigistes?|r[ée]dact(?:eur|rice)s?"
    r"|correspondante?s?|la\s+r[ée]daction)[ \u00a0]+(?:de|du|d['’]|à|au)[ \u00a0]?"
    rf"(?!{_CIVILITY})({_TRADE_NAME})"
    # a student residence, kept like a hotel: "résidence Crous Patton, chambre 114"
    r"|(?<![\w'’])((?i:r[ée]sidences?)[ \u00a0]+(?i:crous|universitaire|[ée]tudiante)"
    rf"(?:[ \u00a0]+(?!{_CIVILITY}){_TRADE_NAME})?)"
)
_BRANCH_RE = accents.compile(
    r"(?<![\w'’])(?:(?:[Aa]gence|[Aa]ntenne|France[ \u00a0]Travail|P[ôo]le[ \u00a0][Ee]mploi|Caf"
    r"|CAF|Cpam|CPAM|CCAS|CHU|[Uu]rgences|[Mm]airie|Maison[ \u00a0]France[ \u00a0]Services|CDAS"
    r"|MDS)[ \u00a0]+)+([A-ZÀ-Þ][\w'’\-]+)[ \u00a0]+\(?"
    r"([A-ZÀ-Þ][\w'’\-]+(?:[ \u00a0][A-ZÀ-Þ][\w'’\-]+)?)"
)


def kept_after_ranges(text: str) -> list[tuple[int, int]]:
    """What the words before say is no one's (``_KEPT_AFTER_RE``, ``_BRANCH_RE``); the plate
    layer reads them too ("sur la D 941" is a road)."""
    out = [m.span(k) for m in _KEPT_AFTER_RE.finditer(text) for k in range(1, 7) if m.group(k)]
    out += [m.span(2) for m in _BRANCH_RE.finditer(text) if is_commune(m.group(1))]
    return out


def trade_name_ranges(text: str) -> list[tuple[int, int]]:
    """Shops, firms and care homes named with their trade (see ``_TRADE_NAME_RE``); never a
    name right after a civility ("chez M. Dupont Plomberie": Mr Dupont is a person)."""
    return [
        (m.start(), m.end())
        for m in _TRADE_NAME_RE.finditer(text)
        if not _CIVILITY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
    ] + [m.span(1) for m in _EMPLOYER_RE.finditer(text)]


#: A name spelled letter by letter with spelling aids: "B comme Bernard, O, U, A, Z comme
#: Zoé, I, Z, I" (four letters or more, one aid at least). The aids name no one, but the
#: letters spell someone's name: the whole run is the name.
_AIDED_LETTER = r"[A-ZÀ-Þ](?:\s+comme\s+[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)?"
SPELLED_AIDED_RE = accents.compile(
    rf"(?<![\w'’\-]){_AIDED_LETTER}(?:(?:,\s?|\s){_AIDED_LETTER}){{3,}}(?![\w\-])"
)


def spelled_aided(text: str) -> list[tuple[int, int]]:
    """Ranges of ``SPELLED_AIDED_RE`` holding one spelling aid or more."""
    if "comme" not in text:
        return []
    return [m.span() for m in SPELLED_AIDED_RE.finditer(text) if " comme " in m.group(0)]


#: A civility, then perhaps a first name, right before a word: "Mme Kanté", "M. Bruno
#: Leclerc".
_CIVILITY_THEN_RE = accents.compile(
    rf"(?<![\w'’])(?i:{_CIVILITY})\.?[ \u00a0]+"
    r"(?:([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \u00a0]+)?$"
)


#: Someone (not a street) called so: "il s'appelle", "je m'appelle", "vous vous appelez".
_SOMEONE_CALLED_RE = accents.compile(
    r"(?i:\b(?:il|elle|je|j['’]|tu|vous)[ \u00a0]+(?:m['’]|t['’]|s['’]|vous[ \u00a0]+)"
    r"appel\w*[ \u00a0]+)$"
)
_FIRST_NAME_BEFORE_RE = accents.compile(
    r"(?<![\w'’\-])([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \u00a0]$"
)

#: A place or an institution named after someone: "lycée Jean Monnet", "arrêt Henri Fréville".
_NAMED_AFTER_RE = accents.compile(
    r"(?i:\b(?:lyc[ée]e|coll[èe]ge|[ée]cole|groupe\s+scolaire|rue|avenue|av|bd|boulevard|place"
    r"|all[ée]e|impasse|quai|pont|parc|square|stade|gymnase|salle|centre|espace|r[ée]sidence"
    r"|h[ôo]pital|clinique|m[ée]diath[èe]que|biblioth[èe]que|station|arr[êe]t|m[ée]tro|gare"
    r"|mus[ée]e|th[ée][âa]tre|fondation|institut|prix|promotion|promo|cit[ée]|ehpad|maison"
    r"|foyer|CHU|CH|piscine|complexe|halle|campus|universit[ée]|IUT|amphi)\.?[ \u00a0]+)$"
)

#: A nickname's cue and its opening quote: "tout le monde l'appelle « Tintin »".
_NICKNAME_CUES = (
    r"l['’]appellen?t?|surnomm[ée]e?s?|alias|se\s+fait\s+appeler|s['’]appeler|faux\s+nom"
    r"|se\s+pr[ée]sente\s+comme"
)
#: After the nickname, in brackets, what says it is one: « Tintin » (c'est comme ça qu'il
#: se présente), « Tintin » (tout le monde l'appelle comme ça).
_NICKNAME_AFTER_RE = accents.compile(
    r"[^\S\n]*[»\"”][^\S\n]*\((?=[^)\n]{0,60}\b(?:appel\w*|surnom\w*|pr[ée]sente?\w*|pseudo)\b)"
)
_NICKNAME_CUE_RE = accents.compile(
    rf"(?i:\b(?:{_NICKNAME_CUES})\s*:?\s*[«\"“]\s*"
    # asked or chosen, quotes or not: « appelez-moi Zorro », "ils vont l'appeler Lilas"
    r"|\b(?:appelez-moi|appelle-moi|l['’]appeler(?:a|ont|ait)?|l['’]appellera\w*)\s*:?\s*"
    r"[«\"“]?\s*)$"
)


#: A nickname in quotes after its cue, whole: « Titi et Grosminet », « le Grand Schtroumpf ».
#: (the same cues, and their plurals: a couple "se font appeler")
_NICKNAME_QUOTED_RE = accents.compile(
    rf"(?i:\b(?:{_NICKNAME_CUES}|les\s+appellen?t?|se\s+font\s+appeler)\s*:?\s*[«\"“])"
    r"([^»\"”\n]{1,40})[»\"”]"
)


#: The end of a capitalised word and a hyphen: a keep term after it is the second half of a
#: double surname ("Odile Bertrand-Lacoste" wears no brand; "ex-ASE" keeps its ASE).
_NAME_HYPHEN_BEFORE_RE = accents.compile(r"(?<![\w'’])[A-ZÀ-Þ][^\W\d_]*-$")


def is_first_name(word: str) -> bool:
    """A first name of the lists, or a compound of them ("Jean-Philippe")."""
    folded = fold(word)
    return folded in first_names() or (
        "-" in folded and all(part in first_names() for part in folded.split("-") if part)
    )


_SURNAME_AFTER_RE = accents.compile(
    r"[^\S\n]+([A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?|[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’\-]*)(?![\w'’\-])"
)
_FIRST_NAME_AFTER_RE = accents.compile(
    r"[^\S\n]+([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)(?![\w'’\-])"
)


@cache
def _acronyms_like_first_names() -> frozenset[str]:
    """Keep terms written in capitals that are also first names ("HUDA", "AIDA"), folded."""
    names = first_names()
    return frozenset(fold(t) for t in _keep_acronyms() if len(t) >= 3 and fold(t) in names)


def names_someone(text: str, start: int, end: int) -> bool:
    """A keep term of one capitalised word right after a civility (and a first name) is a
    person's surname: "Mme Kanté" is not the footballer, "M. Bruno Leclerc" not the shop;
    after a nickname's cue, it is someone's nickname ("on l'appelle « Tintin »")."""
    word = text[start:end]
    if word.istitle() and word.isalpha() and fold(word) in _acronyms_like_first_names():
        return True  # "Huda (syrienne)" is a woman; the shelter is written "HUDA"
    if word[:1].isupper() and (word.isalpha() or "-" in word):
        # "NOEL Stéphane", "Leclerc Sophie": a plain first name right after it, a surname
        # written first
        after = _FIRST_NAME_AFTER_RE.match(text, end)
        if after and first_names().get(fold(after.group(1))) == "":
            return True
    if (
        " " in word
        and all(w[:1].isupper() and w[1:].islower() for w in word.split())
        and (
            (m := _CIVILITY_THEN_RE.search(text, max(0, start - 12), start)) is not None
            and m.group(1) is None
            or _SOMEONE_CALLED_RE.search(text, max(0, start - 30), start) is not None
        )
    ):
        # "M. Victor Hugo Mendes", "il s'appelle Victor Hugo": a namesake of the writer
        return True
    if not word[:1].isupper() or word.isupper() or not word.isalpha() and "-" not in word:
        return False
    # "Noël Carpentier", "Toussaint Mendy": a first name of the keep list, then a surname
    # no list knows (not "Noël Caf", "Toussaint Louverture" is listed whole)
    surname = _SURNAME_AFTER_RE.match(text, end)
    if (
        surname is not None
        and first_names().get(fold(word)) is not None
        and not is_keep_word(surname.group(1))  # (a known place too)
        and not is_common_word(surname.group(1))
        and not is_commune(surname.group(1))
        and not _NAMED_AFTER_RE.search(text, max(0, start - 30), start)
    ):
        return True
    if _NICKNAME_CUE_RE.search(text, max(0, start - 40), start) or _NICKNAME_AFTER_RE.match(
        text, end
    ):
        return True
    m = _CIVILITY_THEN_RE.search(text, max(0, start - 40), start)
    if m is not None:
        return m.group(1) is None or is_first_name(m.group(1))
    # "Patrick Renaud": right after a plain first name, a keep term is a surname (the singer
    # is never "Patrick Renaud"; public figures are listed with their first names, "Kylian
    # Mbappé"), unless the two name a place ("lycée Jean Monnet", "rue Victor Leclerc")
    m = _FIRST_NAME_BEFORE_RE.search(text, max(0, start - 25), start)
    return (
        m is not None
        and (
            first_names().get(fold(m.group(1))) == ""
            or "-" in m.group(1)
            and is_first_name(m.group(1))
        )
        and not is_keep_word_strict(m.group(1))
        and not _NAMED_AFTER_RE.search(text, max(0, m.start() - 30), m.start())
    )


#: Makes and models of cars (lowercase: the patterns using them ignore case).
CAR_MAKES = (
    r"renault|peugeot|citro[eë]n|dacia|toyota|volkswagen|opel|fiat|nissan|hyundai|skoda"
    r"|mercedes|bmw|audi|clio|twingo|sandero|kangoo|berlingo|m[ée]gane|sc[ée]nic"
)
#: A make named as a car, not as Mme Renault: after an article or a possessive ("sa
#: Peugeot", "une vieille Renault"), or before a colour or a model number ("Renault blanche",
#: "Peugeot 206").
_CAR_RE = accents.compile(
    r"(?:(?<![\w'’])(?i:une|sa|la|leur|ma|ta|en)\s+(?:(?i:vieille|petite|grosse)\s+)?)"
    rf"((?i:{CAR_MAKES}))(?![\w'’])"
    rf"|(?<![\w'’])((?i:{CAR_MAKES}))(?=\s+(?i:blanche|blanc|noire?|grise?|rouge|bleue?|verte?"
    r"|jaune|beige|argent\w*|marron|bordeaux|\d))"
)


#: A digit beside a kept number, across a slash, a dot, a dash or a space: "17/09/2019" and
#: "01 15 17 22 40" are a date and a phone number, not the police's 17 nor the SAMU's 15.
_DIGIT_BEFORE_RE = accents.compile(r"\d[/.\- \u00a0]?$")
_DIGIT_AFTER_RE = accents.compile(r"[/.\- \u00a0]?\d")


#: A month after the number: "Clara 17 janvier", "le 15 août", « le 15 du 6 », « 1986, 17,
#: mars » are days, not the police's 17.
_MONTH_AFTER_RE = accents.compile(
    rf"(?:[^\S\n]*,)?[^\S\n]+(?:(?i:{MONTHS})(?![^\W\d_])|(?i:du)[^\S\n]+(?:0?[1-9]|1[0-2])(?!\d))"
)


def _inside_a_number(text: str, start: int, end: int) -> bool:
    return text[start:end].isdigit() and (
        _DIGIT_BEFORE_RE.search(text, max(0, start - 2), start) is not None
        or _DIGIT_AFTER_RE.match(text, end) is not None
        or _MONTH_AFTER_RE.match(text, end) is not None
    )


def keep_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of protected terms and of existing placeholders in ``text``."""
    nicknames = [m.span(1) for m in _NICKNAME_QUOTED_RE.finditer(text)]
    ranges = [
        (m.start(), m.end())
        for m in _keep_regex().finditer(_dashless(folded(text)))
        if _as_written(text, m.start(), m.end())
        and not names_someone(text, m.start(), m.end())
        and not any(s <= m.start() and m.end() <= e for s, e in nicknames)
        and not _NAME_HYPHEN_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        and not _inside_a_number(text, m.start(), m.end())
    ]
    ranges += trade_name_ranges(text)
    ranges += kept_after_ranges(text)
    ranges += [m.span(k) for m in _WORK_RE.finditer(text) for k in (1, 2, 3) if m.group(k)]
    ranges += [m.span() for m in _WEEKDAY_RE.finditer(text)]
    cars = (m.span(m.lastindex or 0) for m in _CAR_RE.finditer(text))
    ranges += [car for car in cars if not names_someone(text, *car)]
    if "comme" in text or "ROME" in text.upper():
        spelled = spelled_aided(text)
        ranges += [
            (m.start(), m.end())
            for m in _KEPT_SHAPES_RE.finditer(text)
            if not any(s <= m.start() and m.end() <= e for s, e in spelled)
        ]
    ranges += [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    return sorted(ranges)


def is_keep_word(word: str) -> bool:
    """True for a single word of the keep list or a known place (case and accents ignored)."""
    return fold(word) in _keep_words()


def is_keep_word_strict(word: str) -> bool:
    """True for a single word of the keep list itself (places of villes.txt excepted)."""
    return fold(word) in _keep_terms_folded()


def is_keep_acronym(word: str) -> bool:
    """True for an acronym of the keep list, as it is written there ("SIAO", "RSA"; not
    "NOEL", a surname in capitals: the list writes "Noël")."""
    return word in _keep_acronyms()


@cache
def _keep_acronyms() -> frozenset[str]:
    return frozenset(t for t in keep_terms() if t.isupper() and " " not in t)


@cache
def _keep_terms_folded() -> frozenset[str]:
    return frozenset(fold(t) for t in keep_terms())


def is_place(word: str) -> bool:
    return fold(word) in places()
