"""Postal addresses: number (+ bis/ter), street type and name, building, flat, postcode + city.

Each part is found by its own pattern; parts separated only by a comma or spaces are chained,
and a chain is an address when it holds a street or a named residence. A city on its own (or
a postcode + city on its own) is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from immersion.privacy import accents
from immersion.privacy.communes import is_commune
from immersion.privacy.detectors.base import Candidate
from immersion.privacy.detectors.spoken import NUMBER_WORD
from immersion.privacy.keep import is_keep_word, is_place, keep_ranges
from immersion.privacy.nlp import is_common_word
from immersion.privacy.resources import first_names, fold
from immersion.privacy.types import Label

#: A flat or a building's word and its number end a street's name, even in capitals copied
#: from a screen: "27 RUE DE LA MARBAUDAIS APP 412 35700 RENNES" ("RUE DU BAT D'ARGENT" is
#: a name).
_HOME_WORD = (
    r"(?i:app|appt|apt|appart|appartement|bat|bât|batiment|bâtiment|esc|escalier|etage|étage"
    r"|logement)\.?\s*(?:n°\s*)?[A-Z0-9]{1,4}(?![\w'’\-])"
)
CAP = rf"(?!{_HOME_WORD})[A-ZÀ-ÖØ-Þ][\w'’\-]*"
LOW = r"[a-zà-öø-ÿ][\w'’\-]*"
PART = (
    # (Breton's articles too: "Toul ar Hoat", "Ker an Dour")
    r"(?:(?i:de|du|des|la|le|les|aux|au|sur|sous|en|et|saint|sainte|st|ste)\s+|(?:ar|an|al)\s+"
    r"|(?i:d|l)['’])"
)
#: The words of a street's name stay on one line: the next line is another field
#: ("12 rue de la Paix⏎bureau 7", "… allée Mozart⏎Tél : …").
NAME_CAP = rf"(?:{PART})*{CAP}(?:[^\S\n]+(?:{PART})*{CAP}){{0,4}}"
NAME_ANY = rf"(?:{PART})*(?:{CAP}|{LOW})(?:[^\S\n]+(?:{PART})*{CAP}){{0,4}}"
#: After a number and a street type, observers typing fast write the name in lowercase
#: ("12 rue victor hugo", "150 chemin du vieux bourg"): lowercase words go on until a word
#: that cannot be part of a street's name (a pronoun, a verb, a preposition of the sentence).
_STOP = (
    r"(?:ce|cet|cette|ces|il|elle|ils|elles|on|je|j|tu|nous|vous|et|ou|où|mais|pour|avec"
    r"|depuis|chez|dans|en|est|a|à|ont|sont|était|etait|qui|que|qu|pas|ne|n|plus|très|tres"
    r"|bien|aussi|donc|car|puis|alors|quand|si|y|se|s|c|ça|ca|son|sa|ses|leur|leurs|mon|ma"
    r"|mes|un|une|par|vers|sans|avant|après|apres|près|pres|face|devant|derrière|derriere"
    r"|côté|cote|coin|juste|proche|tel|tél|tel\.|mail|mobile|portable|logement|appartement"
    r"|appart|appt|apt|app|bâtiment|batiment|bât|bat|immeuble|escalier|esc|étage|etage"
    r"|porte|rdv|maintenant|aujourd|hier|demain|matin|soir|ici|là|la-bas|lui|eux|né|née"
    r"|ne|nee|dossier|depuis|sur|sous|selon|the|was|humide|insalubre"
    r"|dispos?|disponibles?|libres?|restantes?"  # "0 place dispo", "2 places libres"
    # "1 place libérée à 20h50", "2 places prises"
    r"|lib[ée]r[ée]e?s?|vacantes?|occup[ée]e?s?|prises?|r[ée]serv[ée]e?s?|attribu[ée]e?s?"
    r"|donn[ée]e?s?|propos[ée]e?s?|trouv[ée]e?s?|d['’]urgence|en\s+plus"
    r"|virgule|(?<!\bdu\s)(?<!\bau\s)point)"  # dictated: "12 rue victor hugo point"
)
_LOW_WORD = rf"(?!{_STOP}(?![\w'’\-])){LOW}"
PART_LOW = r"(?:(?i:de|du|des|la|le|les|aux|au|saint|sainte|st|ste)\s+|(?i:d|l)['’])"
#: A street named after a date: "avenue du 8-Mai-1945", "rue du 11 Novembre".
_DATE_NAME = (
    r"(?:1er|[1-9]|[12]\d|3[01])[^\S\n\-]?[\-\s](?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet"
    r"|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?:[^\S\n\-]?[\-\s](?:1[89]|20)\d\d)?(?![\w\-])"
)
#: Lowercase words may lead to capitalised ones ("12 rue du vieux Moulin") but never follow
#: them: in "12 av Pierre Corneille arret depuis janv" the name ends at "Corneille".
#: A king's or a pope's number after the name: "bd Albert 1er", "rue Léon XIII".
_REGNAL = r"(?:[^\S\n]+(?:1er|1re|[IVX]{1,4})(?![\w\-]))?"
NAME_NUMBERED = (
    rf"(?:{PART})*(?:{_DATE_NAME}"
    rf"|{CAP}(?:[^\S\n]+(?:{PART})*{CAP}){{0,4}}{_REGNAL}"
    rf"|{_LOW_WORD}(?:[^\S\n]+(?:{PART_LOW})*{_LOW_WORD}){{0,4}}"
    rf"(?:[^\S\n]+(?:{PART})*{CAP}){{0,4}})"
)
#: A word of a place's name, any case (notes dictated or typed fast have none).
_ANY_WORD = rf"(?!{_STOP}(?![\w'’\-]))[^\W\d_][\w'’\-]*"
_ARTICLE = r"(?i:la|le|les|l['’])"
#: "12", "12 bis", "153bis", "45 B", "45B" (a letter glued or not, before a space).
NUM = r"[1-9]\d{0,3}(?:\s?(?i:bis|ter|quater)\b|\s?[A-D](?=\s))?"
#: The main street of a village, a whole street's name alone: "15 Grand'Rue", "3 Grande Rue".
_MAIN_STREET = r"grande?['’\s\-]rue"
STREET = (
    rf"(?i:{_MAIN_STREET}|rue|r\.|avenue|av\.|av|boulevard|bd|bld|allée|allee|impasse|imp\."
    r"|place|pl\.|chemin|chem\.|mont[ée]e|lices|chauss[ée]e|sente|parvis"
    r"|route|rte|quai|square|cours|passage|voie|sentier|esplanade|rond-point|venelle|ruelle"
    r"|traverse|faubourg|promenade|clos|villa|cité|cite"
    r"|hent|straed|bali|plasenn)"  # Breton: road, street, avenue, square
)
#: Without a number, "cite" is the verb (« il cite Coluche »), not "cité".
#: Without a number, "r." is any abbreviation ("r. de la Paix" needs its number).
STREET_ALONE = STREET.replace("|cite", "").replace("|r\\.", "")
PLACE = (
    r"(?i:résidence|residence|rés\.|res\.|r[ée]s(?=[^\S\n])|lotissement|lot\.|lieu-dit"
    r"|lieu\s+dit|hameau|HLM)"
)
#: A residence that lodges like a hotel, a shelter or a care home: "résidence Crous Patton,
#: chambre 114", "résidence autonomie Les Hortensias".
_HOSTEL = (
    r"(?i:crous|universitaire|[ée]tudiante|adoma|h[ôo]teli[èe]re|sociale|habitat\s+jeunes"
    r"|FJT|coallia|sonacotra|autonomie|s[ée]niors?|services)\b"
)
#: A room or a lodging of a hotel, a shelter or a camp site, by its number ("chambre 9").
_ROOM = r"chambre|chbre|ch\.|studio|bungalow|mobil-home"
#: Named buildings that are often institutions or businesses ("Foyer de Kerangoff", "Hôtel
#: de la Plage"): part of an address only with a number, a postcode or a street.
PLACE_WEAK = r"(?i:domaine|hôtel|hotel|foyer|village|ZA|ZI|ZAC)"
#: A town's name stays on its line: "66000 Perpignan⏎Valable jusqu'au" ends at "Perpignan".
#: Inside a town's name, no "et": "59000 Lille et la Caf a toujours…" ends at "Lille"
#: (a town that holds "et" is hyphenated: "Saint-Pierre-et-Miquelon").
_TOWN_PART = PART.replace("|en|et|", "|en|")
CITY = (
    rf"(?:{CAP}(?:(?:[^\S\n]|-)(?:{_TOWN_PART})*{CAP})*"
    rf"|[A-ZÀ-Þ'’\-]{{2,}}(?:[^\S\n][A-ZÀ-Þ'’\-]{{2,}})*)"
)

POSTCODE_CITY = rf"(?:\d{{5}}|\d{{2}}\s\d{{3}})\s+{CITY}"
#: Words that announce an address: a lieu-dit before a postcode is an address after them.
ADDRESS_CUE = r"(?i:adresse|domicile|domicilié|domiciliée|habite|habitant|vit|demeurant)"
#: After a number, "r" without its dot before de/du/des ("12 r de la paix").
#: "1 place" is often one bed or one seat ("Redon 1 place homme seul", "1 place à Aurillac"):
#: after a number, "place" is a square only before a name, a capital or an article.
_SQUARES_NAME = r"(?-i:[A-ZÀ-Þ]|(?:de|du|des|la|le|les|d['’]|l['’]))"
STREET_NUMBERED = (
    STREET[:-1].replace("|place|", rf"|place(?=\s+{_SQUARES_NAME}|[^\S\n]*[,\n]|$)|")
    + r"|r(?=\s+(?:de|du|des|d['’])\s))"
)
#: … and a number of seats or beds, where no name follows (the recogniser's values too).
SEATS_RE = accents.compile(rf"\d+[^\S\n]+places?[^\S\n]+(?!{_SQUARES_NAME})")
#: Between the words of the number, and before the street: a dash, spaces, or a comma
#: before a street whose name starts with a capital or "du", "de la"… ("quarante-deux, rue du
#: Général de Gaulle"; "trois, rue barrée" is no address).
_SPOKEN_SEP = (
    rf"[^\S\n]*-[^\S\n]*|[^\S\n]+"
    rf"|,(?=[^\S\n]+{STREET_NUMBERED}\s+(?:{PART}|[A-ZÀ-Þ]))[^\S\n]+"
)
#: A street number said in words, in a dictated note: "elle habite quatorze rue Émile Zola"
#: ("une rue", "un boulevard" are no addresses: checked in _chains).
SPOKEN_NUMBERED_RE = accents.compile(
    rf"(?<![\w\-])((?i:{NUMBER_WORD})(?:{_SPOKEN_SEP})(?:(?i:{NUMBER_WORD})"
    rf"(?:{_SPOKEN_SEP}))*)(?:(?i:bis|ter)[^\S\n]+)?"
    rf"{STREET_NUMBERED}\s+{NAME_NUMBERED}"
)
_NOT_A_NUMBER = frozenset({"un", "une", "et", "zero", "zéro"})
#: (the home-parts step reads the first three by their place: new patterns go at the end)
STRONG_PATTERNS = [
    accents.compile(rf"(?<![\w,.])(?:{NUM}),?\s+{STREET_NUMBERED}\s+{NAME_NUMBERED}"),
    accents.compile(rf"(?<![\w\-]){STREET_ALONE}\s+{NAME_CAP}"),
    # (a student or social residence is like a hotel or a shelter: its name stays out)
    accents.compile(rf"(?<![\w\-])(?:(?:{NUM}),?\s+)?{PLACE}\s+(?!{_HOSTEL}){NAME_CAP}"),
    accents.compile(rf"(?<![\w,.])(?:{NUM}),?\s+{PLACE_WEAK}\s+{NAME_CAP}"),
    accents.compile(
        rf"(?<![\w\-])(?:Le\s+Bourg|Ker[a-zà-ÿ]+(?:['’][a-zà-ÿ]+)?|Lann?[a-zà-ÿ]+)(?:\s+{NAME_CAP})?,\s*{POSTCODE_CITY}"
    ),
    # the village's main street is its whole name: "15 Grand'Rue", "3 Grande Rue"
    accents.compile(rf"(?<![\w,.])(?:{NUM}),?\s+(?i:{_MAIN_STREET})(?![\w'’\-])"),
]
#: A named place (an article and capitalised words), a comma, then a postcode and a town:
#: "La Métairie Neuve, 35250 Chevaigné" is where someone lives (after a home cue).
HOME_PLACE_RE = accents.compile(
    rf"(?<![\w\-])(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s*{CAP}(?:\s+(?:{PART})*{CAP}){{0,3}}"
    # Breton places, a head word and an article: "Pen ar Hoat", "Ty an Dour"
    rf"|(?:Pen|Penn|Ty|Toul|Goas|Lann|Run|Roz)\s+(?:ar|an|al|er)\s+{CAP}"
    # … or a head word and a name: "Coat Maël", "Stang Vihan", "Beg Meil"
    rf"|(?:Coat|Coët|Koad|Goas|Stang|Beg|Mez|Poul|Lost|Toul|Run|Roz|Penn?|Ty)\s+{CAP}"
    # "la ferme de la Haute Touche, 35640 Martigné-Ferchaud"
    # (in Guadeloupe a home's place is its "section": "section Vieux-Bourg, 97111 …")
    rf"|(?i:ferme|m[ée]tairie|manoir|moulin|mas|bastide|long[èe]re|chaumi[èe]re|villa|chalet"
    rf"|section)"
    rf"\s+(?:{PART})*{CAP}(?:\s+(?:{PART})*{CAP}){{0,3}}"
    # the hamlet between: "chalet de la Pierra, Le Planay, 73350 …"
    rf"(?:,\s*(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|(?i:hameau|lieu-dit|lieudit))\s*(?:{PART})*{CAP}"
    rf"(?:\s+(?:{PART})*{CAP}){{0,3}})?),\s*"
    # a building or a flat between: "Le Mail, bât G, 13014 Marseille"
    r"(?:(?i:bât\.?|bat\.?|bâtiment|batiment|bloc|escalier|esc\.?|appt\.?|appartement|apt\.?"
    r"|porte|entrée)\s*[A-Za-z]?\d{0,4}[A-Za-z]?,\s*){0,2}"
    rf"{POSTCODE_CITY}"
)
STRONG_PATTERNS.append(HOME_PLACE_RE)
#: The same in lowercase, as dictated: "kerlann, 29170 fouesnant", "le bourg, 23150 ahun".
STRONG_PATTERNS.append(
    accents.compile(r"(?<![\w\-])(?:le\s+bourg|ker[a-zà-ÿ]{3,})(?=,\s*\d{5}\s+[a-zà-ÿ])")
)
#: A numbered home in a residence or an estate typed in lowercase: "11 rés. du parc, bât B"
#: (with its number, as a street's name after "12 rue").
STRONG_PATTERNS.append(
    accents.compile(rf"(?<![\w,.])(?:{NUM}),?\s+{PLACE}\s+(?!{_HOSTEL})(?:{PART_LOW})*{_LOW_WORD}")
)
#: Where people live without a street number: a pitch of a named site ("aire de la
#: Baratière, place 9", "emplacement 12, aire de la route de Vezin", "camping Les Pins,
#: mobil-home 14", "jardins familiaux du Landry, parcelle 22"); the site alone is a place.
_AIRE = (
    r"(?i:aire|camping|jardins?\s+(?:familiaux|ouvriers|partag[ée]s)|port|halte\s+fluviale)"
    rf"\s+(?:(?i:d['’]accueil|municipal)\s+)?(?:(?i:des\s+gens\s+du\s+voyage)\s+)?"
    rf"(?:{PART}|(?i:route|rue|chemin)\s+)*{CAP}(?:[^\S\n]+(?:{PART})*{CAP}){{0,3}}"
)
_PITCH = (
    r"(?:(?i:emplacement|empl\.|place|parcelle|mobil-home|mobile-home|chalet|bungalow|anneau"
    r"|ponton)\s*(?:n°\s*)?\d{1,3}(?![\w,.]\d)(?!\w)|(?i:ponton|quai)\s+[A-Z](?!\w))"
)
#: … typed in lowercase, then the pitch: "camping du bois joli emplacement 17".
_CAMP_WORD = (
    r"(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|le|la|les)\b)"
    + _LOW_WORD
)
_AIRE_LOW = (
    r"(?i:camping)\s+(?:(?:de|du|des|la|le|les|d['’]|l['’])\s*)?"
    rf"{_CAMP_WORD}(?:[^\S\n]+{_CAMP_WORD}){{0,2}}"
)
STRONG_PATTERNS += [
    accents.compile(rf"(?<![\w\-]){_AIRE},?\s+{_PITCH}"),
    accents.compile(rf"(?<![\w\-]){_AIRE_LOW},?\s+{_PITCH}"),
    accents.compile(rf"(?<![\w\-]){_PITCH},?\s+{_AIRE}"),
    # the number before "de la rue": "au 27 de la rue de Paris", "au n° 8 de l'allée …"
    accents.compile(
        rf"(?<![\w,.])(?:(?i:n[°o]|num[ée]ro)\.?\s*)?{NUM}\s+(?i:de\s+la|de\s+l['’]|du|des)\s*"
        rf"{STREET_NUMBERED}\s+{NAME_NUMBERED}"
    ),
]
#: The number after the street's name: "rue Jean Jaurès n° 14", "rue de la Paix, 12,
#: Lorient", "lotissement du Bois Joli, n° 8" (then a stop, a postcode or a town).
NUMBER_AFTER_STREET_RE = accents.compile(
    r",?[^\S\n]*(?:(?i:n[°o]|num[ée]ro)\.?[^\S\n]*)?[1-9]\d{0,3}(?:[^\S\n]?(?i:bis|ter)\b)?"
    r"(?=[^\S\n]*(?:[,.;)\n]|$)|[^\S\n]+(?:\d{5}|\d{2}\s\d{3}|[A-ZÀ-Þ]|[-–]\s|à\s))(?![,.]\d)"
)
#: A lieu-dit then a postcode, after an address cue: "Adresse : La Croix Rouge, 29800 …".
LIEU_DIT_RE = accents.compile(
    rf"{ADDRESS_CUE}(?:\s+(?:de|du|des)\s+[^\n:\d]{{1,20}}?)?\s*:?\s*(?:à\s+)?"
    rf"((?:{NAME_CAP}),\s*{POSTCODE_CITY})"
)
#: A street abroad, its number after its name, then perhaps a postcode of four or five digits
#: (or Portugal's 1100-053) and a town: "Schillerstraße 14, 10625 Berlin", "Rue de la Loi 16,
#: 1000 Bruxelles", "Calle Mayor 12", "Via Roma 8".
_FOREIGN_NUMBER = (
    r",?[^\S\n]+(?:(?i:nr|no|n°|nº)\.?[^\S\n]*)?[1-9]\d{0,3}[a-zA-Z]?(?![\w\-])"
    r"(?![^\S\n]*(?i:fois|ans|agents?|h|min)\b)"
)
#: A postcode of four to six digits (Romania's six: "200349 Craiova"), or only a town after a
#: comma ("Str. Avram Iancu nr. 14, Cluj-Napoca").
_FOREIGN_POSTCODE = (
    rf",?\s+(?:\d{{4,6}}|\d{{4}}-\d{{3}})\s+{CAP}(?:[\s\-]+{CAP}){{0,2}}"
    rf"|,[^\S\n]*{CAP}(?:-{CAP}){{0,2}}(?=[^\S\n]*[,.;\n)]|$)"
)
_FOREIGN_STREET_RE = accents.compile(
    r"(?<![\w\-])(?:(?:[A-ZÄÖÜ][\wäöüß\-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|damm"
    r"|ring|straat|laan|plein|gracht|steenweg)"
    r"|(?:Calle|Avenida|Via|Viale|Piazza|Corso|Rua|Travessa|Largo|Carrer|Paseo|Plaza|Chaussée"
    r"|Strada|Str\.|Calea|Bulevardul|Ulica|ul\.|Sokak|Sokağı|Caddesi|Cad\.|Mahallesi)"
    r"\s+(?:(?:de|del|da|do|dos|das|della|di|la|de\s+la|des|du)\s+)?"
    rf"{CAP}(?:[^\S\n]+(?:{PART})*{CAP}){{0,3}}){_FOREIGN_NUMBER}(?:{_FOREIGN_POSTCODE})?"
    # in French, in Belgium: the number after the street, then a postcode of four digits
    r"|(?:Rue|Avenue|Boulevard|Place|Quai|Clos|Square)\s+(?:(?:de|de\s+la|des|du|d['’])\s*)?"
    rf"{CAP}(?:[^\S\n]+(?:{PART})*{CAP}){{0,3}}{_FOREIGN_NUMBER},?\s+\d{{4}}\s+{CAP})"
)
#: A locality line between the street and its postcode: "15 impasse des Goyaviers,
#: Bellemène, 97460 Saint-Paul" (overseas and in the country).
_LOCALITY_LINE_RE = accents.compile(
    rf",[^\S\n]*({CAP}(?:[\s\-]+(?:{PART})*{CAP}){{0,2}})(?=,[^\S\n]*(?:\d{{5}}|\d{{2}}\s\d{{3}})\s)"
)
#: A home numbered in a named place, then its postcode and town: "La Croix Verte,
#: lotissement n°9, 35230 Noyal-sur-Seiche" (the named place is part of it).
_PLACE_NUMBERED_RE = accents.compile(
    rf"(?:{_ARTICLE}\s*{CAP}(?:[^\S\n]+(?:{PART})*{CAP}){{0,3}},\s*)?"
    r"(?i:lotissement|lot\.|r[ée]sidence|b[âa]timent|b[âa]t\.?|immeuble|logement|maison|chalet"
    r"|mobil-home|villa|pavillon)\s+(?i:n[°o]|num[ée]ro)\.?\s*[1-9]\d{0,3},\s*"
    rf"{POSTCODE_CITY}"
)
#: … in any case, the cue naming whose address it is: "l'adresse du père : la ferme des
#: Quatre Vents, 2 route de Lassay, …".
_CUED_NAMED_PLACE_RE = accents.compile(
    # (where it was read may be said: "l'adresse lue sur la boîte aux lettres :")
    rf"{ADDRESS_CUE}(?:\s+(?:de|du|des|d['’])\s*[^\n:\d.,]{{1,20}}?"
    r"|\s+(?i:lue?|not[ée]e?|relev[ée]e?|indiqu[ée]e?|[ée]crite?|donn[ée]e?)\b[^\n:\d.,]{0,30}?)?\s*:\s*"
    rf"({_ARTICLE}\s*(?:{CAP}|{_ANY_WORD})(?:[^\S\n]+(?:{PART})*(?:{CAP}|{_ANY_WORD})){{0,4}})"
    r"(?=\s*,)"
)
#: A named place (an article and a few words: a lieu-dit, a farm) then a postcode and a
#: town, in any case, after a separator of a list or a dictation ("… 06 14 52 87 30 virgule
#: la haute bourdonnais 35590 saint gilles point"): where someone lives, when a home or
#: contact cue stands before. A postcode and a town alone stay (a town is a place).
_NAMED_PLACE_POSTCODE_RE = accents.compile(
    r"(?:^|[,:;\n—–(]|(?i:\bvirgule|\bdeux\s+points|\btiret))[^\S\n]*"
    rf"({_ARTICLE}[^\S\n]*{_ANY_WORD}(?:[^\S\n]+(?:{PART_LOW})*{_ANY_WORD}){{0,3}}"
    r"[^\S\n]*,?[^\S\n]*(?:\d{5}|\d{2}\s\d{3}))[^\S\n]+(?=[^\W\d_])",
    re.MULTILINE,
)
_CONTACT_CUE_BEFORE = accents.compile(
    r"(?i:\b(?:coordonn[ée]es|adresse|habite\w*|vit|vivent|domicil\w*|demeurant|r[ée]side\w*"
    r"|h[ée]berg\w*|chez|install[ée]e?s?)\b)"
)
#: The words of a town after its postcode, lowercase or not: "saint gilles", "vern sur
#: seiche", "saint jacques de la lande"; a dictated "point" or a word of the sentence ends it.
_TOWN_WORD_RE = accents.compile(r"[^\S\n]*([^\W\d_][\w'’\-]*)")
_TOWN_LINKS = frozenset("saint sainte st ste le la les de du des sur sous en lès l' d'".split())
_NOT_TOWN = accents.compile(rf"{_STOP}|point|virgule|tiret|slash|cedex", re.IGNORECASE)


def town_end(text: str, pos: int) -> int:
    """The end of the town's name starting at ``pos`` (right after a postcode)."""
    words: list[re.Match[str]] = []
    at = pos
    while len(words) < 6:
        m = _TOWN_WORD_RE.match(text, at)
        if m is None:
            break
        words.append(m)
        at = m.end()
    names = [w.group(1) for w in words]
    for count in range(len(words), 1, -1):  # a known town, the longest: "saint gilles"
        if is_commune("-".join(names[:count])) or is_place("-".join(names[:count])):
            return words[count - 1].end()
    end, k = pos, 0
    while k < len(words):
        j = k
        while j < len(words) and fold(names[j]) in _TOWN_LINKS:
            j += 1  # "saint", "sur", "de la" carry the name on to the next word
        if j == len(words) or _NOT_TOWN.fullmatch(names[j]):
            break
        if k and j == k:
            break  # two plain words: the town was the first
        end, k = words[j].end(), j + 1
    return end


#: After a whole address, a town then a comma; taken only when it is a known town.
_TOWN_THEN_COMMA_RE = accents.compile(rf",\s*({CITY})(?=\s*[,–—]|\s+-\s)")
#: After a street, the city alone: "7 rue des Mouettes, Perros-Guirec." / "… à Plérin".
#: "a" for "à" (typed without accents, dictated) only before a known town: "27 avenue Jean
#: Jaures a Nimes point".
CITY_AFTER_RE = accents.compile(
    # (not "M." after a comma: "…, 35000 Rennes, M. Zami" names a man)
    rf"(?:,\s*|\s+(?P<a>[àa])\s+)(?![A-Z]\.)(?P<city>{CITY})"
    # (a district in brackets may follow: "64 rue des Sarrazins, Lille (Wazemmes)")
    r"(?=\s*(?:[.;:)\"»\n?!]|$|(?:point|virgule)(?![\w'’]))|[^\S\n]+\("
    # a known town only, before the sentence goes on: "5 square de Nimègue, Rennes avec …"
    r"|(?P<on>[^\S\n]+[a-zà-ÿ]))"
)
_LOWER_POSTCODE_RE = accents.compile(
    r"(?<![\w])(?:\d{5}|\d{2}\s\d{3})\s+(?!(?:euros?|eur|ans|habitants|km|m2|fois)\b)"
    r"[a-zà-ÿ][a-zà-ÿ'’]+(?:-[a-zà-ÿ'’]+)*(?![\w])"
)
_POSTCODE_RE = accents.compile(r"(?:\d{5}|\d{2}\s\d{3})\s+")
WEAK_PATTERNS = [
    accents.compile(
        r"(?<![\w])(?i:bâtiment|batiment|bât\.|bat\.|bât|bat|immeuble|escalier|esc\.?|entrée"
        r"|bloc)\s*[A-Z0-9]{1,3}(?!\w)"
    ),
    accents.compile(
        r"(?<![\w])(?i:appartement|appart\.?|appt\.?|apt\.?|app\.?|logement)\s*(?:n°\s*)?"
        # (a flat's type is no number: "appart T3", "un F2")
        r"(?![TtFf][1-7](?!\w))[A-Z]?\d{1,4}[A-Za-z]?(?!\w)"
        # "Logement 9 rue…", "Logement 27 bis rue…": the number is the street's (in "appt 12
        # rés Les Lilas" and "appt 12, cité de Kervénanec" it is the flat's)
        rf"(?!(?:\s?(?i:bis|ter|quater)\b)?\s+{STREET}\b)"
    ),
    accents.compile(
        r"(?<![\w])\d{1,2}(?i:e|er|ème|eme)\s+(?i:étage|etage|etg|ét\.|gauche|droite|g|d"
        # "2e maison à gauche", "3e porte à droite"
        r"|(?:maison|porte|bâtiment|batiment)\s+(?:à|a)\s+(?:gauche|droite))(?!\w)"
        # "3e étage gauche", "3e étage porte gauche", "2e étage sans ascenseur"
        r"(?:\s+(?:(?i:porte\s+)?(?i:gauche|droite|fond|face)|(?i:sans|avec)\s+ascenseur)(?!\w))*"
    ),
    # a room, a studio or a pitch: "chambre 9, 3 rue de l'Alma", "14 rue de Fougères,
    # chambre 5" (only ever part of a chain with a street)
    accents.compile(
        rf"(?<![\w])(?i:{_ROOM}|mobile-home|emplacement|parcelle|anneau|ponton|lot)"
        r"\s*(?:n°\s*)?\d{1,4}[A-Z]?(?!\w)"
        # overseas, a house of an estate: "lotissement Les Vacoas, case 17"
        r"|(?<=, )case\s+(?:n°\s*)?\d{1,4}(?!\w)"
        # in the mining basin, a numbered estate: "8 rue de Mulhouse, cité 12, 62300 Lens"
        r"|(?<=, )(?i:cité|cite)\s+(?:n°\s*)?\d{1,3}(?!\w)"
    ),
    # a door: "porte 62" (before a "cité" too), "porte C", "porte de droite"
    accents.compile(
        r"(?<![\w])(?i:porte)(?:\s*(?:n°\s*)?\d{1,4}[A-Z]?|\s+(?:(?i:de\s+)?(?i:gauche|droite)|[A-Z]))"
        r"(?!\w)"
    ),
    # a door code: "2e étage, digicode 4512B"
    accents.compile(
        r"(?<![\w])(?i:digicode|code\s+(?:porte|d['’]entr[ée]e|portail))\s*:?\s*[0-9A-Z]{3,6}(?!\w)"
    ),
    # a tower, a floor alone or in words: "tour 3, 11e, porte 112", "deuxième étage"
    accents.compile(
        r"(?<![\w])(?i:tour)\s+(?:\d{1,3}|[A-Z])(?!\w)"
        # "tour 4 de Parilly": the estate's name
        rf"(?:[^\S\n]+(?:de|du|des)[^\S\n]+{CAP})?"
    ),
    # (after a comma only: "Paris 18e", "Lyon 3e" are districts)
    accents.compile(r"(?<=, )\d{1,2}(?:e|er|ème|eme)(?![\w\-])"),
    # "tour 4 de Parilly, au 8e"
    accents.compile(r"(?<=, )au[^\S\n]+\d{1,2}(?:e|er|ème|eme)(?![\w\-]|[^\S\n]+[^\W\d_])"),
    accents.compile(
        r"(?<![\w])(?i:(?:premier|première|deuxième|deuxieme|second|seconde|troisième|troisieme"
        r"|quatrième|quatrieme|cinquième|cinquieme|sixième|sixieme|septième|huitième|neuvième"
        r"|dixième|dernier)\s+(?:étage|etage)|rez-de-chaussée|rez-de-chaussee|RDC)(?!\w)"
        r"(?:\s+(?i:gauche|droite|fond)(?!\w))?"
    ),
    # a building's name: "bât. Orion, appt 507, 3 rue de Suède", "tour Sud, 3 place …"
    accents.compile(
        r"(?<![\w])(?i:bâtiment|batiment|bât\.?|bat\.|immeuble|tour)\s+(?:(?:Les|Le|La|L['’])\s?)?"
        r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?!\w)"
    ),
    # (not a hotel's or a shelter's name before the street: the guide leaves it out, "foyer
    # Adoma, 12 rue de la Poterie")
    accents.compile(
        rf"(?<![\w\-]){PLACE_WEAK}\s+{NAME_CAP}"
        r"(?!,?\s+(?:\d{1,4}\s|(?i:chambre|ch\.?|studio|appt|appartement|logement)\b))"
    ),
    accents.compile(
        rf"(?<![\w])(?:\d{{5}}|\d{{2}}\s\d{{3}})\s+{CITY}(?:\s+(?i:cedex)(?:\s+\d+)?)?"
    ),
    # In lowercase ("35000 rennes", "29200 brest"): only ever part of a chain with a street.
    _LOWER_POSTCODE_RE,
    # A postcode without its town, right after a street: "23 chemin des Vignes 59650".
    accents.compile(
        r"(?<![\w,.])(?:0[1-9]|[1-8]\d|9[0-8])\d{3}(?![\w]|[,.]\d)"
        r"(?![^\S\n]*(?:€|euros?\b|eur\b|habitants|km\b|m2|m²|fois\b|ans\b|personnes))"
    ),
    accents.compile(r"(?<![\w])(?i:BP|CS)\s*\d{1,5}(?!\w)"),
]
#: A named residence, estate or farm right before a numbered street, its building or its
#: flat, in any case: "résidence les glycines, bât C, 4 rue de la gare", "la ferme du moulin,
#: 49 route de vitré", "Résidence Ker Anna, appartement B12, 22190 Plérin" (not a hostel's
#: name: "résidence Adoma, 12 rue …" keeps it, like a shelter's).
_NAMED_HOME_BEFORE_RE = accents.compile(
    rf"(?<![\w\-])(?:(?i:la|le)\s+)?(?i:résidence|residence|rés\.|res\.|cité|cite|ferme"
    rf"|domaine|hameau|lotissement|villa|manoir|tour|chalet|moulin|mas|long[èe]re"
    rf"|m[ée]tairie)\s+(?!{_HOSTEL})"
    r"[^\W\d_][^,\n\d]{1,38}?"
    r"(?=,\s*(?:(?i:bât\.?|bat\.?|bâtiment|batiment|bloc|escalier|esc\.?|appt\.?|appartement"
    r"|apt\.?|porte|entrée)\s*[A-Za-z]?\d{0,4}[A-Za-z]?,\s*)?"
    rf"(?:\d{{1,4}}(?:\s?(?i:bis|ter))?,?\s+{STREET}\s|(?i:appt\.?|appartement|apt\.?)\s*[A-Z]?\d"
    # "chalet Les Gentianes, hameau des Praz, 74400 …"
    r"|(?i:hameau|lieu-dit|lieudit)\s))"
)
#: A named building or estate then a flat's or a house's number is a home's whole address,
#: street or not: "tour Brocéliande, appt 1204", "cité Keur Gorgui, villa 112, Dakar",
#: "résidence Les Filaos, appt 31" (a hostel's room is not: "résidence Crous, chambre 8").
_NAMED_HOME_FLAT_RE = accents.compile(
    rf"(?<![\w\-])(?i:résidence|residence|rés\.|res\.|cité|cite|tour|immeuble|lotissement"
    rf"|lot\.)\s+(?!{_HOSTEL})(?:{PART})*{CAP}(?:[^\S\n]+(?:{PART})*{CAP}){{0,3}},?\s+"
    r"(?i:appartement|appart\.?|appt\.?|apt\.?|logement|villa|case|maison)\s*(?:n°\s*)?"
    r"[A-Z]?\d{1,4}[A-Za-z]?(?!\w)"
)
_GAP = accents.compile(r"\s*[,;\-–]?\s*")
#: (only before a postcode: "…, 35200 Rennes, quartier Le Blosne" ends at the town)
_DISTRICT_PART_RE = accents.compile(
    rf"(?<![\w\-])(?i:quartier|secteur)\s+{NAME_CAP}"
    r"(?=[^\S\n]*,[^\S\n]*(?:\d{5}|\d{2}\s\d{3})\s)"
)
_ROOM_BEFORE_RE = accents.compile(
    rf"(?i:\b(?:{_ROOM}|lit|box|bureau|salle|guichet)[^\S\n]*(?:n°[^\S\n]*)?)$"
)
# "mise en place de la Commission", "sur place", "à la place du Directeur": not addresses.
_NOT_A_STREET = accents.compile(r"(?i:\b(?:en|sur|la|une|sa|cette|de|pas\s+de|à|a)\s+)$")


_WORDS_RE = accents.compile(r"[^\W\d_]+")
_NAMED_PLACE_BEFORE_STREET_RE = accents.compile(
    # after a separator: "Thomas Le Guen, 109 ter impasse …" is a surname
    rf"(?:(?<=[,:;\n(—–] )|(?<=\bà ))(?:La|Le|Les|L['’]|Ker|Ty|Mas)\s*(?:{PART})*{CAP}"
    rf"(?:\s+(?:{PART})*{CAP}){{0,3}}"
    # (the street's number may be missing: "Mas de la Font, chemin de Campagne, 30250 …")
    rf"(?=,\s*(?:\d{{1,4}}(?:\s?(?i:bis|ter))?,?\s+)?{STREET}\s)"
)
#: A building then its flat's number: "bât B n°212".
_BUILDING_NUMBER_RE = accents.compile(
    r"(?<![\w])(?i:bâtiment|batiment|bât\.?|bat\.?|immeuble|escalier|esc\.?)\s*[A-Z0-9]{1,3}"
    r",?\s+n°\s?\d{1,4}(?!\w)"
)
_POSTCODE_AFTER = accents.compile(r"\s*,?\s*(?:\d{5}|\d{2}\s\d{3})\s+[A-ZÀ-Þa-zà-ÿ]")
_CUE_BEFORE = accents.compile(
    rf"(?:{ADDRESS_CUE}|(?i:\b(?:r[ée]side|h[ée]berg[ée]e?s?|loge|log[ée]e?))|\bau)\s*:?\s*$"
)
_A_RE = accents.compile(r"\s+à\s+")


#: A named residence or housing estate alone is a place name, like a district ("contrôle
#: sur place, résidence Les Lilas à Villejean"): an address only with a number, a street, a
#: postcode, a building or a flat, or after an address cue ("adresse : résidence Pasteur",
#: "hébergée résidence…", "habite lotissement…").
_NAMED_PLACE_ALONE = accents.compile(
    rf"(?i:résidence|residence|rés\.|res\.|r[ée]s|lotissement|lot\.)\s+{NAME_CAP}"
)


PLACE_CUE_BEFORE = accents.compile(
    rf"(?:{ADDRESS_CUE}|(?i:r[ée]side|h[ée]berg[ée]e?s?|log[ée]e?s?|install[ée]e?s?|domicile))"
    r"[^\n.;!?\d]{0,12}$"
)


#: A public office's own address is kept (the guide): "la Caf, 3 rue …", "permanence du CCAS
#: au 12 place …", "France Travail situé au …" — unless the person is its subject
#: ("allocataire Caf, 12 rue …", "inscrit à France Travail, habite …").
_OFFICE = (
    r"(?i:\b(?:caf|cpam|ccas|mairie|france\s+travail|p[ôo]le\s+emploi|agence|h[ôo]pital|chu"
    r"|clinique|pr[ée]fecture|mdph|chrs|siao|antenne|permanence|si[èe]ge|locaux|tribunal"
    r"|commissariat|gendarmerie|france\s+services|msa|accueil\s+de\s+jour|centre\s+social"
    r"|centre\s+m[ée]dico-social|cmp|pmi|cidff|espace\s+social|maison\s+de\s+(?:quartier|sant[ée])))"
)
_OFFICE_BEFORE = accents.compile(
    r"(?<!allocataire\s)(?<!assurée\s)(?<!assuré\s)(?<!inscrite\s)(?<!inscrit\s)"
    # "Contrôle Caf, 31 boulevard Lénine": the inspected home, not the office
    r"(?<![Cc]ontrôle\s)(?<![Cc]ontrole\s)"
    + _OFFICE
    # "de Villejean", "du Blosne", or the branch's own name: "France Travail Rennes Ouest"
    + r"(?:\s+(?:de|du|des|d['’])\s*[A-ZÀ-Þ][\w\-]*|[^\S\n]+[A-ZÀ-Þ][\w\-]*){0,3}"
    r"\s*(?:,|:|—|–|-|\(|\bau|\bà\s+l['’]adresse|\bsitu[ée]e?\s+au|\best\s+au"
    r"|\bse\s+trouve\s+au|\bqui\s+est\s+au|\bdéménagée?\s+au)\s*$"
)
#: "l'adresse de l'accueil Cpam sur un bout de papier : 11 boulevard …", "l'adresse du CCAS,
#: c'est le …": the address given is the office's, said anywhere before it in the sentence.
_ADDRESS_OF_OFFICE = accents.compile(
    r"(?i:\badresse\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*"
    r"(?:(?:accueil|agence|antenne|permanence|si[èe]ge|locaux|bureaux?|services?)\s+"
    r"(?:(?:de\s+la|de\s+l['’]|du|des|de)\s*)?)?)" + _OFFICE + r"([^\n.!?;]{0,70})$"
)
#: … unless the person comes between: "l'adresse de la Caf n'est pas la sienne, il habite …"
#: Before the office's name, the person's own address announced: "son adresse déclarée à la
#: Caf :", "nouvelle adresse transmise au CCAS :", "elle habite près de la mairie, …".
_PERSONS_ADDRESS_BEFORE = accents.compile(
    r"(?i:\b(?:son|sa|leur|nouvelle|vraie)\s+adresse\b|\blogements?\b|\bappartements?\b"
    # "un appart en diffus du CHRS, 3 rue …": a home the office rents
    r"|\bapparts?\b|\bappts?\b|\bstudios?\b|\ben\s+diffus\b"
    # "logée en diffus par le CHRS, 20 rue …": where the person lives
    r"|\blog[ée]e?s?\b|\bh[ée]berg[ée]e?s?\b"
    r"|\badresse\s+(?:d[ée]clar|connue|enregistr"
    r"|actuelle|perso|postale|de\s+(?:m\.|mme|mr|madame|monsieur))|\bhabite"
    # "domicilié au CCAS de …", "organisme domiciliataire : CCAS de …": the person receives
    # mail at the office, whose address it stays
    r"|\bdomicil(?!\w*(?:\s*\(e\))?\s*(?::|=|\bau\b|\bà\b|\bauprès\b|\bchez\b|\bpar\b)?"
    r"\s*(?:(?:de\s+)?(?:la|le|les|l['’]|du|des)\s*)?$))"
    r"[^\n.!?;]*$"
)
_PERSON_BETWEEN = accents.compile(
    r"(?i:\b(?:(?:son|sa|leur)\s+(?:adresse|domicile|logement)|sienne|habite\w*|vit"
    r"|domicil\w*|chez|h[ée]berg\w*|log[ée]e?|d[ée]m[ée]nag\w*|nouvelle|personnelle|perso)\b)"
)


_HOME_PART = accents.compile(
    r"(?i:\b(?:appartement|appart|appt|apt|app|logement|escalier|esc|étage|etage|porte)\b)"
)


#: "passage de Wojciech": someone's visit, not a street (a first name after "passage de").
_VISIT_RE = accents.compile(r"(?i:passage)\s+(?i:de|d['’])\s*([A-ZÀ-Þ][^\W\d_]+)(?![\w\-])")


def _street_without_number_ok(text: str, start: int) -> bool:
    visit = _VISIT_RE.match(text, start)
    if visit and fold(visit.group(1)) in first_names():
        return False
    return not _NOT_A_STREET.search(text[max(0, start - 12) : start])


def detect(text: str) -> list[Candidate]:
    return [
        c
        for c in _chains(text)
        if _personal(text, c) and not _FLOOR_ALONE_RE.fullmatch(text, c.start, c.end)
    ]


#: A floor alone names no home ("vit seule au 4e étage sans ascenseur": every author keeps it).
_FLOOR_ALONE_RE = accents.compile(
    r"\d{1,2}(?:e|er|ème|eme)[^\S\n]+(?i:étage|etage)"
    r"(?:[^\S\n]+(?i:(?:sans|avec)[^\S\n]+ascenseur|gauche|droite|fond))*"
)


def office_ranges(text: str) -> list[tuple[int, int]]:
    """Addresses of public offices, kept: the name layer must not read "rue Paul Bert" in
    them as a person."""
    return [(c.start, c.end) for c in _chains(text) if _office(text, c)]


def _office(text: str, c: Candidate) -> bool:
    if _HOME_PART.search(text, c.start, c.end):
        return False  # "CHRS : Appt 12, 3 rue…": a home
    office = _OFFICE_BEFORE.search(text, max(0, c.start - 60), c.start)
    if office:
        # "son adresse déclarée à la Caf : 4 rue…" is the person's
        return not _PERSONS_ADDRESS_BEFORE.search(text, max(0, office.start() - 50), office.start())
    of = _ADDRESS_OF_OFFICE.search(text, max(0, c.start - 120), c.start)
    return bool(of and not _PERSON_BETWEEN.search(of.group(1)))


#: A street named without a number: "rue du Maréchal Joffre", "Clos Saint-Martin".
_STREET_ALONE_START = accents.compile(rf"{STREET_ALONE}\s")


def _place_name(text: str, c: Candidate) -> bool:
    """A place name is no one's address: a named residence alone, or a street without a
    number, a postcode or a home part ("un projet rue du Maréchal Joffre", "le quartier de
    la rue de Saint-Malo") — the guide's address is a number and a street — unless an address
    cue comes just before ("habite rue des Lilas", "adresse : résidence Pasteur")."""
    return (
        _NAMED_PLACE_ALONE.fullmatch(text, c.start, c.end) is not None
        or (
            _STREET_ALONE_START.match(text, c.start) is not None
            and not any(ch.isdigit() for ch in text[c.start : c.end])
        )
    ) and not PLACE_CUE_BEFORE.search(text, max(0, c.start - 30), c.start)


def place_ranges(text: str) -> list[tuple[int, int]]:
    """Streets and residences named as places, kept: "rue du Colonel Rémy" names no one."""
    return [(c.start, c.end) for c in _chains(text) if _place_name(text, c)]


def _personal(text: str, c: Candidate) -> bool:
    return not _place_name(text, c) and not _office(text, c)


#: A rank or a class before a number: "catégorie 2", "GIR 4", "échelon 3".
_RANKED_BEFORE_RE = accents.compile(
    r"(?<![\w'’])(?i:cat[ée]gorie|cat\.|niveau|groupe|classe|[ée]chelon|grade|tome|gir)"
    r"[^\S\n]*$"
)


@lru_cache(maxsize=4)  # detect(), office_ranges() and place_ranges() read the same text in turn
def _chains(text: str) -> tuple[Candidate, ...]:
    return tuple(_find_chains(text))


def _find_chains(text: str) -> list[Candidate]:
    parts: list[tuple[int, int, bool]] = []
    for strong, patterns in ((True, STRONG_PATTERNS), (False, WEAK_PATTERNS)):
        for index, pattern in enumerate(patterns):
            for m in pattern.finditer(text):
                if strong and index == 1 and not _street_without_number_ok(text, m.start()):
                    continue
                if (
                    strong
                    and index in (0, 3)
                    and _ROOM_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                ):
                    continue  # "chambre 15, foyer Coallia": the room's number, not a street's
                if (
                    strong
                    and text[m.start()].isdigit()
                    and _RANKED_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
                ):
                    continue  # "invalidité catégorie 2, Résidence Les Cèdres": a rank's number
                if (
                    strong
                    and index == 1
                    and any(is_keep_word(w) for w in _WORDS_RE.findall(m.group())[1:])
                    and not _POSTCODE_AFTER.match(text, m.end())
                    and not _CUE_BEFORE.search(text, max(0, m.start() - 25), m.start())
                ):
                    continue  # "Place au Samu social": a service, not a street
                    # (but "boulevard Jean Jaurès, 44000 Nantes" or "habite rue de Brest" is)
                if pattern is HOME_PLACE_RE and not _home_place(text, m):
                    continue  # "Permanence à La Poste, 35000 Rennes": an office
                end = m.end()
                if pattern is _LOWER_POSTCODE_RE:  # "35000 saint jacques de la lande"
                    end = max(end, town_end(text, _POSTCODE_RE.match(text, m.start()).end()))
                parts.append((m.start(), end, strong))
    parts += [(m.start(1), m.end(1), True) for m in LIEU_DIT_RE.finditer(text)]
    parts += [(m.start(), m.end(), True) for m in _PLACE_NUMBERED_RE.finditer(text)]
    parts += [(m.start(), m.end(), True) for m in _FOREIGN_STREET_RE.finditer(text)]
    parts += [(m.start(), m.end(), True) for m in _NAMED_HOME_FLAT_RE.finditer(text)]
    parts += [(m.start(1), m.end(1), False) for m in _LOCALITY_LINE_RE.finditer(text)]
    for m in SPOKEN_NUMBERED_RE.finditer(text):
        words = [fold(w) for w in re.split(r"[\s\-]+", m.group(1).strip())]
        if words[0] not in _NOT_A_NUMBER or (len(words) > 1 and words[0] in ("un", "une")):
            parts.append((m.start(), m.end(), True))
            after = CITY_AFTER_RE.match(text, m.end())
            if after and _city_after(after):
                parts.append((after.start("city"), after.end("city"), False))
    for m in _NAMED_PLACE_POSTCODE_RE.finditer(text):
        name = text[m.start(1) : m.end(1)]
        if _CONTACT_CUE_BEFORE.search(text, max(0, m.start(1) - 100), m.start(1)) and not any(
            is_keep_word(w) for w in _WORDS_RE.findall(name)[1:]
        ):
            parts.append((m.start(1), town_end(text, m.end()), True))
    # "adresse : La Ville Orhan, lieu-dit …": a named place after the cue, weak (an address
    # only with the lieu-dit, street or postcode it is chained to)
    parts += [(m.start(1), m.end(1), False) for m in _CUED_NAMED_PLACE_RE.finditer(text)]
    # "M. Rolland, La Haute Ville, 22 route de Fougères": the named place before a numbered
    # street is part of the address (weak: only chained to the street); "La Poste, 3 rue…"
    # is an office
    named = list(_NAMED_PLACE_BEFORE_STREET_RE.finditer(text))
    kept = keep_ranges(text) if named else []
    for m in named:
        if not any(is_keep_word(w) for w in _WORDS_RE.findall(m.group())[1:]) and not any(
            s < m.end() and m.start() < e for s, e in kept
        ):
            parts.append((m.start(), m.end(), False))
    parts += [(m.start(), m.end(), False) for m in _BUILDING_NUMBER_RE.finditer(text)]
    # "chemin Boule, quartier Roches-Carrées, 97232 Le Lamentin": the district between the
    # street and the town (weak: only chained to them)
    parts += [(m.start(), m.end(), False) for m in _DISTRICT_PART_RE.finditer(text)]
    parts += [(m.start(), m.end(), False) for m in _NAMED_HOME_BEFORE_RE.finditer(text)]
    for index in (1, 2):  # a street or a residence without its number before it
        for m in STRONG_PATTERNS[index].finditer(text):
            number = NUMBER_AFTER_STREET_RE.match(text, m.end())
            if number and not re.search(r"\d\s*$", text[max(0, m.start() - 6) : m.start()]):
                parts.append((m.end(), number.end(), False))
    for index in (0, 1):
        for m in STRONG_PATTERNS[index].finditer(text):
            after = CITY_AFTER_RE.match(text, m.end())
            if after and _city_after(after):
                parts.append((after.start("city"), after.end("city"), False))
    if not parts:
        return []
    parts.sort()
    found: list[Candidate] = []

    def close(start: int, end: int, strong: bool) -> None:
        if strong or _home_parts(text, start, end):
            found.append(Candidate(start, _chain_end(text, start, end), Label.ADRESSE))

    start, end, strong = parts[0]
    for p_start, p_end, p_strong in parts[1:]:
        if (
            p_start <= end
            or (p_start - end <= 3 and _GAP.fullmatch(text[end:p_start]))
            or _A_RE.fullmatch(text, end, p_start)
        ):
            end = max(end, p_end)
            strong = strong or p_strong
            continue
        close(start, end, strong)
        start, end, strong = p_start, p_end, p_strong
    close(start, end, strong)
    return found


#: A building, a tower, a floor, a flat, a door: parts of a home (chained, they are one
#: where someone lives is said just before).
_HOME_PARTS_RE = accents.compile(
    r"(?i:\b(?:b[âa]timent|b[âa]t|immeuble|tour|escalier|esc|appartement|appart|appt|apt"
    r"|logement|[ée]tage|porte)\b|\b\d{1,2}(?:e|er|ème|eme)\b)"
)
_LIVES_BEFORE_RE = accents.compile(
    r"(?i:\b(?:chez|habite\w*|vit|vivent|dort|dorment|domicil\w*|adresse|h[ée]berg\w*"
    r"|log[ée]e?s?)\b)"
)


def _home_parts(text: str, start: int, end: int) -> bool:
    """Parts of a home without a street: "bâtiment 4, 9e étage, porte de gauche", "tour 4 de
    Parilly, au 8e", when where someone lives is spoken of in the lines before."""
    return (
        len(_HOME_PARTS_RE.findall(text, start, end)) >= 2
        and _LIVES_BEFORE_RE.search(text, max(0, start - 150), start) is not None
    )


_HOME_CUE_BEFORE = accents.compile(
    r"(?i:\b(?:chez|habite|habitent|vit|vivent|domicil\w*|adresse|h[ée]berg\w*|log[ée]e?s?)\b"
    r"|\b(?:M\.|Mme|Mr|Monsieur|Madame)\s+[A-ZÀ-Þ][\w\-]+,?\s*)[^.\n]{0,40}$"
)


#: A home visit said earlier in the note: the named place it goes to is a home ("Visite à
#: domicile d'un jeune … La Ville Ruaud, 35190 Tinténiac.").
_HOME_VISIT_BEFORE = accents.compile(
    r"(?i:\b(?:visite|passage|contr[ôo]le|intervention|d[ée]placement)s?\s+(?:[àa]|au)\s+domicile"
    r"|\bVAD\b|\bvisite\s+chez\b"
    # "Contrôle à la Ville-Ès-Nouveaux, 35250 …": an inspection goes to someone's home
    r"|\bcontr[ôo]le\s+(?:sur\s+place\s+)?(?:à|chez)\s)"
)


def _home_place(text: str, m: re.Match[str]) -> bool:
    """A named place before a postcode is a home after a home cue or a person's name
    ("Chez le père, M. Lebreton, La Métairie Neuve, 35250 …"), or in a home visit's note;
    never a keep term."""
    name = m.group(0).split(",")[0]
    if any(is_keep_word(w) for w in _WORDS_RE.findall(name)):
        return False
    return (
        name[:8].lower() == "section "  # a home's place in Guadeloupe
        # a lieu-dit with its postcode names a home, cue or not ("La Croix Verte, 35133
        # Lécousse.", "Les Chazeaux, 15110 …"); a town's own name, an office or a service
        # does not ("La Poste, …"), nor a single common noun, an association's name as often
        # as a place's ("Le Relais, 29200 Brest, accueille…")
        or not (
            is_commune(name)
            or is_place(name)
            or (len(words := _WORDS_RE.findall(name)) == 2 and is_common_word(words[1]))
            # (a keep term ending the name: "La Poste", "Les Restos du Cœur"; "La Croix
            # Haute" is a lieu-dit)
            or any(s < m.start() + len(name) <= e for s, e in keep_ranges(text))
        )
        or _HOME_CUE_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
        or _HOME_VISIT_BEFORE.search(text, max(0, m.start() - 200), m.start()) is not None
    )


#: The shape of a town's compound name, known or not: "Chemillé-en-Anjou", "Saint-Sulpice".
_TOWN_SHAPE_RE = accents.compile(
    r"(?:Saint|Sainte|St|Ste)-[A-ZÀ-Þ][\w'’\-]+"
    r"|[A-ZÀ-Þ][\w'’]+-(?:en|sur|sous|lès|les|lez|le|la|de|du|des|aux|et)-[A-ZÀ-Þ][\w'’\-]+"
)


def _a_town(city: str) -> bool:
    return is_place(city) or is_commune(city) or _TOWN_SHAPE_RE.fullmatch(city) is not None


def _city_after(after: re.Match[str]) -> bool:
    city = after.group("city")
    if is_keep_word(city) and not (is_place(city) or is_commune(city)):
        return False  # "7 rue X, 03300 Cusset, RSA.": a benefit, not a town
    if after.group("on") and after.group("a"):
        return False  # "12 rue Victor Hugo à Lorient depuis 3 ans": the town said apart
    if after.group("a") == "a" or after.group("on"):
        return _a_town(city)
    return is_place(city) or "\n" not in after.group(0)


#: A floor said after the town ends no address: "9 rue Fouré, 44000 Nantes, 3e étage sans
#: ascenseur", "93700 Drancy, 3e sans ascenseur" (the address ends at the town; the floor
#: alone names no home).
_FLOOR_AFTER_TOWN_RE = accents.compile(
    r"(?:\d{5}|\d{2}\s\d{3})\s+[^\d\n,]{2,40}?(\s*,\s*\d{1,2}(?:e|er|ème|eme)(?:\s+(?i:étage|etage))?"
    r"(?:\s+(?:(?i:porte\s+)?(?i:gauche|droite|fond|face)|(?i:sans|avec)\s+ascenseur))*)$"
)


def _chain_end(text: str, start: int, end: int) -> int:
    m = _FLOOR_AFTER_TOWN_RE.search(text, start, end)
    return m.start(1) if m else _with_city(text, start, end)


#: A lieu-dit is a home's whole address: its town after a comma belongs to it ("lieu-dit
#: Kerlann, Plouguerneau").
_LIEU_DIT_START_RE = accents.compile(r"(?i:lieu-dit|lieu\s+dit|lieudit|hameau)\s")


def _with_city(text: str, start: int, end: int) -> int:
    """The city alone after a whole chain: "6 rue X, 3e étage, Rennes." (after a street
    it is already taken)."""
    after = CITY_AFTER_RE.match(text, end)
    if (
        after
        and not any(ch.isdigit() for ch in text[start:end])
        and not _LIEU_DIT_START_RE.match(text, start)
    ):
        return end  # a named residence alone: "résidence Les Lilas à Villejean" stays
    if after and _city_after(after):
        return after.end("city")
    town = _TOWN_THEN_COMMA_RE.match(text, end)
    if town and _a_town(town.group(1)):
        return town.end(1)  # "5 résidence X, bât B, Tourcoing, 22 m²": a known town
    return end
