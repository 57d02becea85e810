"""Person names: spaCy NER combined with rules, guarded by the keep list.

Layers (a miss by one is caught by another):

1. civility + name ("Mme Le Goff", "mr benali", "Dr Kermarrec");
2. first-name lexicon (data/prenoms.txt), extended to the surname that follows or precedes
   ("Mamadou Diallo", "DUPONT Jean-Marc", "Marine Le Pape"); first names that are also common
   words (Pierre, Rose…) only when capitalised and not used as a noun ("la rose des vents");
3. cue words (l'agente, conseiller, son fils, s'appelle, prénom :…) and "X, 19 ans";
4. surnames in capitals ("GUÉGUEN") that are not acronyms of the keep list;
5. spaCy's PER entities, trimmed and filtered (institutions, places, common words);
6. propagation: once a name is found, its other mentions in the note are found too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, cached_property
from typing import TYPE_CHECKING

from immersion.privacy.communes import is_commune, is_foreign_city
from immersion.privacy.detectors.address import PLACE_CUE_BEFORE
from immersion.privacy.keep import (
    is_district_word,
    is_keep_acronym,
    is_keep_word,
    is_keep_word_strict,
    is_place,
    names_someone,
    spelled_aided,
)
from immersion.privacy.nlp import (
    LEARNED,
    is_common_word,
    is_foreign,
    is_function_or_verb,
    is_only_verb_form,
    is_verb_form,
    kept_by_recogniser,
    stop_words,
)
from immersion.privacy.resources import (
    countries,
    exact_first_names,
    first_names,
    fold,
    hand_first_names,
    word_surnames,
)
from immersion.privacy.tokens import Token, only_spaces, tokenize

if TYPE_CHECKING:
    from spacy.tokens import Doc

CIVILITY_RE = re.compile(
    r"(?<![\w.])(?:M\.|MM\.|Mr\.?|Mrs\.?|(?i:mr|mme|mlle)\.|(?i:mme|mmes|mlle|mlles|melle"
    r"|madame|monsieur|mademoiselle|mr|docteur|docteure)|Dr\.?|Dre|Pr\.|Professeur"
    r"|Me(?=[\s\u00a0]+[A-ZÀ-Þ])"  # "Me Camiscione" (maître), not "Me dit"
    # a widow's title, a lady's: "Veuve Cailleau", "Dame Mercier" (not "Tata Rosa", "Tonton
    # Jo": what the family calls them is their name)
    r"|(?:Veuve|Vve|Dame)(?=[\s\u00a0]+[A-ZÀ-Þ])"
    # typed in lowercase before a capitalised name: "m. Rivière", "dr Mercier" (not a length:
    # "3 m. Dupont")
    r"|(?<!\d[\s\u00a0])(?:m\.|dr\.?)(?=[\s\u00a0]+[A-ZÀ-Þ])"
    # foreign ones, as said by the agent: "Herr Becker", "Señora López"
    r"|Herr|Frau|Se[ñn]ora?|Signora?)(?=[\s\u00a0])"
)
PARTICLES = frozenset(
    "le la de du des da di van von der den ben el al mc dos das do del della ter ten ibn "
    "ould bin abu bou ait".split()
)
DETERMINERS = frozenset(
    "le la les un une des du au aux ce cette ces sa son ses mon ma mes ta ton notre votre leur "
    "leurs".split()
)
CUES = frozenset(
    """agent agente agents agentes conseiller conseillere conseilleres conseillers collegue
    collegues educateur educatrice educ animateur animatrice veilleur veilleuse infirmier
    infirmiere ioa medecin docteur fils fille mari femme epouse epoux compagnon compagne
    conjoint conjointe frere soeur sœur mere pere voisin voisine ami amie usager usagere patient
    patiente referent referente responsable secretaire controleur controleuse intervenant
    intervenante benevole stagiaire badge prenom prenomme prenommee nomme nommee bebe
    petit-fils petite-fille grand-mere grand-pere enfant heberge hebergee tag civique
    allocataire beneficiaire demandeur demandeuse appelant appelante assistante assistant
    locataire locataires
    travailleuse travailleur chef directeur directrice famille nom surnom cousin cousine oncle
    tante neveu niece nièce beau-frere belle-soeur belle-mere beau-pere avocat avocate tuteur
    tutrice curateur curatrice interne aide-soignant aide-soignante brancardier sage-femme
    kine psychologue psy mediateur mediatrice ecoutant ecoutante accueillant accueillante
    hotesse gardien gardienne concierge coordinateur coordinatrice
    resident residente occupant occupante participant participante candidat candidate
    recruteur recruteuse pharmacien pharmacienne vigile formateur formatrice
    employeur employeuse patron patronne proprio proprietaire logeur logeuse couple
    dame homme etudiant etudiante gars garcon ado adolescent adolescente jeune
    enfant copain copine ex amie papa maman mamie mamy papi papy tonton tata parrain marraine
    brigadier brigadiere gendarme policier policiere adjudant adjudante sergent caporal
    pompier ambulancier ambulanciere urgentiste regulateur regulatrice
    """.split()
)
#: A role in several words, singular, right before a name (accents and apostrophe may be
#: missing): "l'agent de sécurité Momo", "lagent de securite", "l'aide à domicile Zoé".
ROLE_PHRASE_BEFORE = re.compile(
    r"(?i:(?<![\w'’])(?:l['’]?|un|une|son|sa|notre|leur)\s*(?:agente?|assistante?|aide"
    r"|auxiliaire|travailleu(?:r|se)|conseill[eè]re?|infirmi[eè]re?|m[ée]decin|employ[ée]e?"
    r"|charg[ée]e?|technicien(?:ne)?|h[ôo]tesse|ma[îi]tresse|cheffe?|responsable)"
    r"\s+(?:de\s+|d['’]\s*|du\s+|à\s+|a\s+)?(?:la\s+|l['’]\s*)?(?:s[ée]curit[ée]|s[ée]cu"
    r"|accueil|service|entretien|sociale?|domicile|vie|coordination|permanence|garde|nuit"
    r"|jour|insertion|orientation|pr[ée]vention|m[ée]diation|client[èe]le|recouvrement"
    r"|maison|salle|guichet|caisse|[ée]tage|secteur|dossier|r[ée]ception|standard))[ \t]+$"
)
#: The labels of a screen's or a form's fields, in capitals: "NOM USUEL X / NOM NAISS. X /
#: PRÉNOM Y / MÉDECIN ADRESSANT …" (never part of the name after or before them).
FIELD_LABELS = frozenset(
    """nom noms prenom prenoms usuel usage naissance naiss nais ne nee date ddn adresse adr
    tel telephone portable motif sexe medecin adressant traitant ipp nir service lieu
    nationalite situation epoux epouse jf identifiant id courriel mail email ville cp code
    postal dossier numero no ref reference categorie metier statut profession""".split()
)
#: A nickname made of a doubled syllable: "Momo", "Dédé" (folded: "dede"), "Jojo", "Lulu".
_DOUBLED_RE = re.compile(r"([a-z]{1,3})\1")
#: Cues after which a capitalised common word is still a name ("famille Morin", "nom Boulanger").
NAMING_CUES = frozenset("famille couple nom surnom prenom prenomme prenommee nomme nommee".split())
#: "Mme la directrice", "M. le maire": a role, not a lowercase surname after a particle.
ROLE_NOUNS = frozenset(
    """directeur directrice maire adjoint adjointe president presidente juge ministre prefet
    prefete depute deputee senateur senatrice docteur responsable chef cheffe commissaire
    procureur procureure conseiller conseillere secretaire proviseur principal principale
    capitaine lieutenant colonel general generale generaliste""".split()
)
SELF_CUES = re.compile(
    r"(?i:\b(?:je\s+suis|moi\s+c'est|s['’]appel(?:le|er|ait|lait)|m['’]appel(?:le|ais|lais)"
    r"|appelez-moi|appelle-moi|l['’]appeler(?:a|ont|ait)?|l['’]appellera\w*)"
    r"(?:\s+(?:donc|bien|aussi|en\s+fait|en\s+vrai|vraiment))?)\s*[:«\"“]?\s*$"
)
#: "s'appelle Rose", "je m'appelle Claire": a naming verb, after which even a common word is
#: the name (as after "famille", "nom").
NAMING_VERB = re.compile(
    r"(?i:\b[sm]['’]appel(?:le|er)(?:\s+\w+)?|\bappelez-moi|\bappelle-moi"
    r"|\bl['’]appeler(?:a|ont|ait)?|\bl['’]appellera\w*)\s*[:«\"“]?\s*$"
)
#: A role right after a name: "Dimitri, le cousin", "Marc (contrôleur)", "Sabine (agente)".
ROLE_AFTER = re.compile(
    r"\s*(?:,\s*(?:(?:le|la|l['’]|son|sa|notre|mon|ma|leur)\s*)?|\(\s*(?:le|la|l['’])?\s*)"
    r"([^\W\d_][\w\-]*)"
)
#: Nationalities (folded stems; feminine and plural endings follow): "Olena, ukrainienne",
#: "Anh (vietnamien, 34 ans)", "Ion Popescu, roumain".
NATIONALITY_RE = re.compile(
    r"(?:roumain|ukrainien|afghan|algerien|marocain|tunisien|senegalais|malien|ivoirien"
    r"|guineen|congolais|camerounais|comorien|malgache|turc|turque|syrien|soudanais|erythreen"
    r"|somalien|albanais|georgien|armenien|russe|tchetchene|moldave|bulgare|polonais"
    r"|portugais|espagnol|italien|vietnamien|chinois|haitien|nigerian|ghaneen|angolais"
    r"|kosovar|serbe|bosniaque|tchadien|mauritanien|egyptien|irakien|iranien|pakistanais"
    r"|bangladais|sri-lankais|tamoul|bresilien|colombien|venezuelien|peruvien|anglais"
    r"|allemand|belge|suisse|bielorusse|lituanien|letton|estonien|hongrois|tcheque|slovaque"
    r"|croate|macedonien|grec|libyen|ethiopien|kurde|mongol|cambodgien|laotien|philippin"
    r"|indien|nepalais|tibetain|burkinabe|beninois|togolais|nigerien|gabonais|centrafricain"
    r"|rwandais|burundais|djiboutien|mahorais|reunionnais|antillais|guyanais|cap-verdien"
    r"|capverdien|dominicain|cubain|mexicain|argentin|chilien|bolivien|equatorien|tchetchenes?)"
    r"(?:n?e)?s?"
)
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")
_NATIONALITY_AFTER = re.compile(r"\s*(?:,|\()\s*([^\W\d_][\w\-]*)")
#: Greetings and thanks said to someone: "« ça va Mimi ? »", "Bonjour Zelda", "merci Ginou".
VOCATIVE_BEFORE = re.compile(
    r"(?i:\b(?:bonjour|bonsoir|salut|coucou|merci|[çc]a\s+va|au\s+revoir|bravo|bienvenue"
    r"|courage|allez)\s*,?\s*)$"
)
AGE_AFTER = re.compile(r"^\s*(?:,\s*|\(\s*)\d{1,3}\s*ans\b")
APPAREIL_AFTER = re.compile(r"^\s*(?:,\s*)?à l['’]appareil")
#: "deux enfants, Grâce née le 07/03/2018 et …": a date of birth right after the name.
BORN_AFTER = re.compile(r"^[^\S\n]*,?[^\S\n]*n[ée]e?\s+(?:le\s+|en\s+)?(?:\d|1er\b|premier\b)")
DETERMINER_BEFORE = re.compile(r"(?i:\b(?:un|une|le|la|ce|cette|du|au|des|les|ces|autre)\s+)$")
SAINT_PREFIX = re.compile(r"(?i:saint|sainte|st|ste)-")
#: A saint, in lowercase, right before: "sainte Agathe et saint Matthieu" (no one's name).
_SAINT_BEFORE_RE = re.compile(
    r"(?<![\w\-])(?:saint|sainte|st|ste)[^\S\n]+$"
    # a saint's whole name, a hospital's or a school's: "hôpital Saint Vincent de Paul"
    r"|(?<![\w\-])(?:Saint|Sainte|St|Ste)[ \-][A-ZÀ-Þ][\w'’]+[ \-](?:de|du|d['’])[ \-]?$"
)
#: Offices named after their town: "ville de Nancy", "préfecture de Florange".
_OFFICE_NOUNS = frozenset(
    """ville commune prefecture sous-prefecture agglomeration agglo metropole departement
    region conseil tribunal antenne agence permanence accueil secteur diocese memorial musee
    basilique cathedrale eglise abbaye chateau citadelle gare port aeroport lac foret vallee
    canton bassin""".split()
)
#: A name right after these nouns names a place ("gymnase Jean Moulin", "salle Victor Hugo").
PLACE_NOUNS = frozenset(
    """gymnase salle rue avenue boulevard ecole lycee college place centre hopital clinique
    stade espace maison residence foyer quartier square parc allee impasse pont mediatheque
    bibliotheque cite pavillon batiment institut fondation association hotel universite
    quai cours chemin route urgences chu ehpad creche mairie gendarmerie commissariat
    caserne""".split()
)
#: The article a town's name starts with, as "du", "au", "des", "aux" say it.
_ARTICLE_OF_A_TOWN = {"du": "Le", "au": "Le", "des": "Les", "aux": "Les"}
#: Nouns that say someone by what they are ("une dame", "un jeune", "un père"), before where
#: they come from.
_SOMEONE = (
    r"dame|monsieur|homme|femme|jeune|famille|couple|ado|garçon|gars|type|mec|retrait[ée]e?"
    r"|habitante?|usager|usagère|allocataire|étudiante?|mère|père|maman|papa|patiente?"
)
#: Someone and "de" before a town that is also a first name: "une dame de Nancy".
_PERSON_FROM_RE = re.compile(rf"(?i:\b(?:un|une|des)\s+(?:{_SOMEONE}|fille)s?\s+(?:de|d['’])\s*)$")
#: A hospital's acronym in capitals before its name: "CH Jacques Cœur", "CHI Eure-Seine".
_HOSPITAL_HEADS = frozenset("ch chi chr chru chs chg".split())
_PLACE_NOUN_BEFORE_RE = re.compile(
    r"(?i:\b(?:gymnase|salle|rue|avenue|boulevard|[ée]cole|lyc[ée]e|coll[èe]ge|centre|h[ôo]pital"
    r"|clinique|stade|espace|r[ée]sidence|foyer|quartier|square|parc|all[ée]e|impasse|pont"
    r"|m[ée]diath[èe]que|biblioth[èe]que|cit[ée]|pavillon|b[âa]timent|institut|universit[ée]"
    r"|quai|cours|chemin|route|groupe\s+scolaire|piscine|halle|urgences|CHU|EHPAD|cr[èe]che"
    r"|mairie|gendarmerie|commissariat|permanence|accueil(?=\s+de\s+jour)"
    r"|CHRU|CHR|CHI|CH)"
    r"(?:\s+(?:maternelle|primaire|[ée]l[ée]mentaire|municipale?|publique|priv[ée]e?"
    r"|professionnel(?:le)?|technique|agricole|polyvalente?|hospitali(?:er|[èe]re)"
    r"|sociale?|socio-culturel(?:le)?|culturel(?:le)?|m[ée]dical(?:e)?|m[ée]dico-sociale?"
    r"|communale?|sporti(?:f|ve)|aquatique|commerciale?|de\s+loisirs|de\s+sant[ée]|de\s+jour))?"
    r"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?)$"
)
PRONOUN_SUFFIX = re.compile(
    r"-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous|ce|moi|toi|lui|en|y)$"
)
#: A nickname or a name given as such: « surnommé "Papy Jo" », « se présente comme "Jacquot" ».
_QUOTED_NAME = r"[«\"“]\s*([A-ZÀ-Þ][\w'’\-]*\.?(?:\s+[A-ZÀ-Þ][\w'’\-]*\.?){0,2})\s*[»\"”]"
NICKNAME_RE = re.compile(
    r"(?i:\b(?:surnomm[ée]e?s?|alias|se\s+pr[ée]sente\s+comme|se\s+fait\s+appeler"
    r"|pseudo|prénom\s+d['’]usage|,\s*dite?|on\s+l['’]appelle|qu['’]on\s+appelle"
    r"|tout\s+le\s+monde\s+appelle|l['’]appellent|l['’]appelle)\s*:?\s*)"
    # the article inside after the strong cues: « elle l'appelle « la Puce » »
    + _QUOTED_NAME.replace(r"\s*([A-ZÀ-Þ]", r"\s*((?:[Ll][ae][^\S\n]+|[Ll]['’])?[A-ZÀ-Þ]", 1)
)
#: … in lowercase too after the strong cues ("sa mère l'appelle « nounou »"), but not a kin
#: word or a term of endearment: « maman », « mon cœur », « chef » name no one.
NICKNAME_LOWER_RE = re.compile(
    r"(?i:\b(?:surnomm[ée]e?s?|alias|se\s+fait\s+appeler|on\s+l['’]appelle|qu['’]on\s+appelle"
    r"|tout\s+le\s+monde\s+appelle|l['’]appellent|l['’]appelle)\s*:?\s*)"
    r"[«\"“]\s*(?!(?i:maman|papa|mamie|mami|mamy|papi|papy|tonton|tata|tatie|ch[ée]rie?|b[ée]b[ée]"
    r"|mon|ma|chef|patron|patronne|docteur|doc|toubib|madame|monsieur|fiston|frangin|mec)\b)"
    r"([a-zà-ÿ][\w'’\-]*(?:\s+[a-zà-ÿ][\w'’\-]*){0,2})\s*[»\"”]"
)
#: The same without quotes: "un gars qu'on appelle Bigo", "on l'appelle Dédé".
NICKNAME_BARE_RE = re.compile(
    r"(?i:\b(?:on\s+l['’]appelle|qu['’]on\s+appelle|l['’]appellent|surnomm[ée]e?s?)\s+)"
    r"([A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*)?)"
)
#: Weaker cues ("il dit "Merci"", "signé "Direction""): the quoted word must not be a
#: common word.
WEAK_NICKNAME_RE = re.compile(
    r"(?i:\b(?:dite?s?|appel[ée]e?s?|sign[ée]e?s?|signe)\s*:?\s*)" + _QUOTED_NAME
)
#: A name spelled letter by letter ("B-E-N-A-L-I"), and initials in quotes ("S.K."); with
#: spaces, a doubled letter or a pause may come between ("B E N H A deux D O U", "M A G O… M
#: E D O V").
SPELLED_RE = re.compile(
    r"(?<![\w\-.])[A-ZÀ-Þ](?:(?:-[A-ZÀ-Þ]){2,}(?![\w\-])|(?:\.[A-ZÀ-Þ]){3,}\.?(?![\w\-])"
    r"|(?:(?: |(?:…|\.{3}) ?)(?:(?:deux|double) )?[A-ZÀ-Þ]){3,}(?![\w\-]))"
)
#: A name spelled letter by letter with commas, a spoken accent after a letter: "S, Z, C, Z,
#: E, P, A", "T, C, H, E accent aigu". Four letters or more after a spelling cue, seven
#: without (never a list of categories "A, B, C").
_ACCENT = r"(?:\s+(?i:accent\s+(?:aigu|grave|circonflexe)|tr[ée]ma|c[ée]dille))?"
#: A doubled letter and the marks between letters are said too: "B, O, deux N, E, T", "L, E,
#: F, L, O, C, apostrophe, H", "N apostrophe, G, U, E, deux S, A, N".
_SPELLED_LETTER = rf"(?:(?:deux|double)\s)?[A-ZÀ-Þ]{_ACCENT}"
_SPELLED_MARK = r"(?:,\s?|\s)(?:apostrophe|tiret|trait\s+d['’]union)"
#: A letter and a mark said before a name spelled with dashes: "N apostrophe G-U-E-S-S-A-N".
_SPELLED_MARK_BEFORE_RE = re.compile(r"(?<![\w\-])[A-ZÀ-Þ]" + _SPELLED_MARK + r"(?:,\s?|\s)$")
SPELLED_COMMAS_RE = re.compile(
    rf"(?<![\w\-.,])(?:(?:deux|double)\s)?[A-ZÀ-Þ]{_ACCENT}"
    rf"(?:{_SPELLED_MARK})?(?:,\s?{_SPELLED_LETTER}(?:{_SPELLED_MARK})?){{3,}}(?![\w\-])"
    # spaces only, a spoken accent somewhere: "O TREMA Z T U R K"
    rf"|(?<![\w\-.,])(?=[A-ZÀ-Þ](?: [A-ZÀ-Þ])*{_ACCENT[:-1]})"
    rf"[A-ZÀ-Þ]{_ACCENT}(?: [A-ZÀ-Þ]{_ACCENT}){{3,}}(?![\w\-])"
)
_SPOKEN_ACCENT_RE = re.compile(r"\s+(?i:accent\s+\w+|tr[ée]ma|c[ée]dille)")
_SPELLING_CUE_BEFORE = re.compile(r"(?i:[ée]pel\w*|lettre\s+par\s+lettre|lettres?)[^.\n]{0,40}$")
INITIALS_RE = re.compile(r"(?<=[«\"“])\s*([A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)\s*(?=[»\"”])")
#: A lowercase determiner right before a word makes it a noun ("un olivier", "la Rose des
#: Vents"); a repeated name is never written so.
NOUN_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:un|une|le|la|les|des|du|au|aux|ce|cet|cette|ces|mon|ma|mes|son|sa|ses"
    r"|[ld]['’])\s*$"
)
NOUN_USE_AFTER = re.compile(r"^\s+(?:de|des|du|d['’])\s*[a-zà-ÿ]")
#: Before a capitalised word, these make it a place ("vit à Hennebont", "part vers Auray").
PLACE_PREPOSITIONS = frozenset(
    # (and where someone lives: "qui habite Plougastel")
    "a à vers depuis en sur pres aux cote côté habite habitent habitait reside residait".split()
)
#: Before a word spaCy alone calls a person, these make it a work, a brand or a public figure
#: rather than someone present: "du Brassens", "la Vierge Marie", "chez Zara", "comme Mbappé".
#: ("les Popescu", a family, stays a name.)
NOT_A_PERSON_BEFORE = frozenset("le la l du au un une chez comme".split())


# Small patterns used in loops, compiled once (the re module's cache is shared with the
# per-note patterns of propagate() and would drop them).
_CLOSING_QUOTE_RE = re.compile(r"\s*[»\"”]")
#: Said in quotes after a role, and no nickname: "l'agent : « Bonjour »".
_NOT_NICKNAMES = frozenset(
    "bonjour bonsoir merci salut oui non ok okay stop attention urgent suivant voila".split()
)
_CUE_GAP_RE = re.compile(r"[\s,:(«»\"“”'?—–]*")  # « Nom ? » « Lemaire »
_NUMBER_AFTER_RE = re.compile(r"\s+\d")
_QUOTE_END_RE = re.compile(r"\s*[»\"”,.!?]")
_COMMA_GAP_RE = re.compile(r",?\s*")
_COMMA_ONLY_RE = re.compile(r",\s*")
_PARTICIPLE_RE = re.compile(r"(?:ée|ées|és)$")
_IN_BRACKETS_RE = re.compile(r"[(\[]\s*$")
_LIST_GAP_RE = re.compile(r"\s*[,;/]\s*")
_LAST_INITIAL_RE = re.compile(r"\s[A-Z]$")
_STOP_RE = re.compile(r"\.(?![A-Za-z])")
_INITIAL_AFTER_RE = re.compile(r" [A-Z]\.(?![A-Za-z])")
_GLUED_PREFIX_RE = re.compile(r"(?<![\w'’.])[MN]['’]$")
#: (not the letter that ends a number: "Identifiant : 3318406 N. Isabelle fait…")
_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.'’])(?<!\d[ \u00a0])[A-LN-Z]\.[ \u00a0]$")
#: A letter that numbers a thing, not a first name's initial: "Catégorie A. Martin…".
_LETTERED_THING_RE = re.compile(
    r"(?i:\b(?:cat[ée]gorie|cat|b[âa]timent|b[âa]t|escalier|esc|porte|niveau|groupe|classe"
    r"|type|plan|annexe|[ée]tage|zone|secteur|box|salle|bureau|guichet|lot|pi[èe]ce|option"
    r"|article|section|titre|chapitre|point|colonne|case|ligne|mod[èe]le|vitamine|aile"
    r"|hall|entr[ée]e|quai|voie|tour|block|bloc|pavillon|unit[ée]|s[ée]rie|grade|[ée]chelon"
    r"|rang|file|lettre|pass|permis|niveau|tram|tramway|bus|m[ée]tro|rer|car)\s*)$"
)
_INITIAL_NAME_RE = re.compile(r"(?<![\w.'’])[A-LN-Z]\.[ \u00a0]([A-ZÀ-Þ][\w'’\-]{2,})")
_ELIDED_ARTICLE_RE = re.compile(r"(?<![\w])[lL]['’]$")
_ELIDED_OF_RE = re.compile(r"(?<![\w])d['’]$")
_PLACE_BEFORE_RE = re.compile(r"(?<![\w'’])(?:à|a|vers|depuis|en|aux|côté)\s+$")
#: Where someone comes, calls or lives from, right before a town: "appelle de", "originaire
#: de", "à côté de", "près de", ", de" (after the name: "M. Roquefort, de Roquefort").
_FROM_PLACE_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’])(?i:appel\w*|t[ée]l[ée]phon\w*|originaires?|vien[ts]|viennent|venu\w*"
    r"|venant|arriv\w*|parti\w*|c[ôo]t[ée]|pr[èe]s|proche|environs|alentours|sortie|r[ée]gion"
    r"|secteur|coin|habit\w*|vi[tv]\w*|domicili\w*|r[ée]sid\w*|install[ée]\w*)|,)"
    r"[^\S\n]+(?:de[^\S\n]+|d['’])$"
)


def is_civility(word: str) -> bool:
    m = CIVILITY_RE.match(word + " ")
    return m is not None and m.end() == len(word)


_REDONE_RE = re.compile(r"re[a-z]{5,}$")


def _stop(tok: Token) -> bool:
    """For a lowercase word: a function word, verb, adjective or adverb (not a first name),
    or a verb with its pronoun ("dit-elle", "a-t-il")."""
    if PRONOUN_SUFFIX.search(tok.folded):
        return True
    if _REDONE_RE.match(tok.folded) and is_verb_form(tok.folded[2:]):
        return True  # "sa fille recontacte", "il redemande": a verb with its "re-"
    return is_function_or_verb(tok.text) and tok.folded not in first_names()


def _function_word(tok: Token) -> bool:
    """For a capitalised word: a stop word ("Elle", "Puis") rather than a surname ("Petit")."""
    return tok.folded in _stop_words() and tok.folded not in first_names()


#: spaCy's interjections that are also surnames, Vietnamese and Chinese above all ("Ho Van
#: Minh", "Madeleine Hue"): no function word in a name.
_NAME_LIKE_STOP_WORDS = frozenset("ha ho hi hue hem hep hou houp hui na".split())


@cache
def _stop_words() -> frozenset[str]:
    return stop_words() - PARTICLES - _NAME_LIKE_STOP_WORDS


#: Adjectives said before their noun: "un vieil olivier", "une belle rose".
_ADJECTIVES_BEFORE_NOUN = frozenset(
    "vieil vieux vieille grand grande petit petite beau bel belle joli jolie gros grosse jeune "
    "nouveau nouvel nouvelle bon bonne autre seul seule enorme immense magnifique superbe "
    "minuscule".split()
)


def _lowercase_first_name(tok: Token) -> bool:
    """A lowercase token that is a plain first name of the hand-written lexicon, written as
    there (or unaccented). The wide list is too long to trust lowercase words."""
    if hand_first_names().get(tok.folded) != "" or tok.folded in PARTICLES:
        return False
    return tok.text.isascii() or tok.text.lower() in exact_first_names()


_SENTENCE_FIRST_LETTER_RE = re.compile(r"(?:^|[.!?…][^\S\n]+|\n)[\s«\"“(\-–—•*]*([^\W\d_])")


#: A sentence of one word ends right after it ("Parfait."), not a question asked before it
#: ("Votre prénom ? Rose.").
_WORD_ALONE_END_RE = re.compile(r"[^\S\n]*(?:\.(?!\.)|!)")
_ASKED_BEFORE_RE = re.compile(r"[?:][^\S\n]*[»”\"]?[^\S\n]*[«“\"]?[^\S\n]*$")


class _Context:
    """Per-text helpers shared by the layers."""

    def __init__(self, text: str, forbidden: list[tuple[int, int]]) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.mask = bytearray(len(text))
        for start, end in forbidden:
            self.mask[start:end] = b"\x01" * (end - start)
        self.starts = [t.start for t in self.tokens]

    def blocked(self, tok: Token) -> bool:
        return (
            (is_keep_word(tok.text) and not names_someone(self.text, tok.start, tok.end))
            or is_place(tok.text)
            or SAINT_PREFIX.match(tok.text) is not None
            or 1 in self.mask[tok.start : tok.end]
            or (tok.is_upper and tok.folded in FIELD_LABELS)
            # a town after its postcode: "35640 Martigné-Ferchaud"
            or _POSTCODE_BEFORE_RE.search(self.text, max(0, tok.start - 8), tok.start) is not None
            or self.in_code(tok)
        )

    def in_code(self, tok: Token) -> bool:
        """Letters glued to digits are part of a code ("J1501", "ABC2D"), not a name."""
        text = self.text
        return (tok.end < len(text) and text[tok.end].isdigit()) or (
            tok.start > 0 and text[tok.start - 1].isdigit()
        )

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i < j follow each other with only spaces in between."""
        return 0 <= i < j < len(self.tokens) and only_spaces(
            self.text, self.tokens[i].end, self.tokens[j].start
        )

    # --- what may be part of a name

    def surname_like(self, i: int, lowercase_ok: bool = False) -> bool:
        tok = self.tokens[i]
        if self.saint_surname(i):
            return True
        if self.blocked(tok) or self.civility_at(i):
            return False
        if tok.is_upper or tok.is_cap:
            return not _function_word(tok) and tok.folded not in CUES
        if not lowercase_ok or len(tok.text) < 2 or tok.folded in CUES:
            return False
        if (
            tok.folded in word_surnames()
            and i > 0
            and self.tokens[i - 1].is_lower
            and self.adjacent(i - 1, i)
            and (
                self.tokens[i - 1].folded in first_names()
                or _SELF_NAMED_RE.search(
                    self.text, max(0, self.tokens[i - 1].start - 20), self.tokens[i - 1].start
                )
            )
        ):
            return True  # "mme nathalie meunier", "il s'appelle auguste meunier"
        if tok.folded in _stop_words() or _stop(tok):
            return False
        if not is_common_word(tok.text):
            return True
        # "sylvie poulain": after a lowercase first name, a noun may be the surname.
        prev = self.tokens[i - 1] if i > 0 else None
        return (
            prev is not None
            and prev.is_lower
            and _lowercase_first_name(prev)
            and not is_verb_form(tok.text)
        )

    def district(self, i: int) -> bool:
        """Token i, not a first name, follows a town and a comma: a district ("Brest,
        Kerourien", "Lille, Fives")."""
        if i == 0 or self.tokens[i].folded in first_names() or not self.town_here(i - 1):
            return False
        if i > 1 and self.adjacent(i - 2, i - 1) and not self.tokens[i - 2].is_lower:
            return False  # "étudiant à Centrale Nantes, Arjun": the town names a school
        return self.text[self.tokens[i - 1].end : self.tokens[i].start].strip() == ","

    def provenance(self, i: int) -> bool:
        """Tokens i, i + 1 are a lowercase "de" and a town, after a name: "Mme Vandenbroucke
        de Roubaix" comes from Roubaix ("du Havre" from Le Havre, "des Abymes" from Les
        Abymes)."""
        if not (i + 1 < len(self.tokens) and self.tokens[i].is_lower and self.adjacent(i, i + 1)):
            return False
        folded = self.tokens[i].folded
        if folded in ("du", "des"):  # "M. Lemonnier du Havre": Le Havre
            article = "Le " if folded == "du" else "Les "
            return is_commune(article + self.tokens[i + 1].text)
        return folded in ("de", "d") and self.town(i + 1)

    def particle_then_name(self, i: int, lowercase_ok: bool = False) -> bool:
        return (
            self.tokens[i].folded in PARTICLES
            and self.adjacent(i, i + 1)
            and self.surname_like(i + 1, lowercase_ok)
            and (self.tokens[i + 1].is_cap or self.tokens[i + 1].is_upper or lowercase_ok)
        )

    def extend(self, i: int, j: int, lowercase_ok: bool = False) -> tuple[int, int]:
        """Grow the token range [i, j] over the rest of the name (at most 5 tokens)."""
        while j - i < 4 and self.adjacent(j, j + 1):
            if self.provenance(j + 1):
                break
            if self.particle_then_name(j + 1, lowercase_ok):
                j += 2
            elif self.surname_like(j + 1, lowercase_ok) and not (
                self.tokens[j + 1].is_lower and self.tokens[j + 1].folded in PARTICLES
            ):
                j += 1
            else:
                break
        while j - i < 4 and self.adjacent(i - 1, i):
            prev = self.tokens[i - 1]
            if self.blocked(prev) or self.civility_at(i - 1):
                break
            if prev.folded in PARTICLES and (prev.is_cap or prev.is_upper):
                i -= 1
            elif _function_word(prev):
                break
            elif prev.is_upper:
                i -= 1
            elif (
                prev.is_cap
                and prev.folded not in CUES
                and (
                    (not (prev.sent_start or prev.opener) and prev.folded in first_names())
                    or (not is_common_word(prev.text) and not self.town(i - 1))
                )
            ):
                i -= 1
            else:
                break
        return i, j

    def word_name_ok(self, i: int) -> bool:
        """A capitalised first name that is also a common word (Pierre, Rose, Marine…) is a
        name unless it is used as a noun: after a determiner, before "de/des…", or at the
        start of a sentence before an adjective or noun ("Marine nationale", "Claire et nette").
        """
        tok = self.tokens[i]
        after = self.text[tok.end :]
        if i > 0 and self.adjacent(i - 1, i):
            prev = self.tokens[i - 1]
            if prev.is_lower and prev.folded in DETERMINERS:
                return False
            if (
                prev.is_cap
                and is_common_word(prev.text)
                and prev.folded not in first_names()
                and not self.civility_at(i - 1)
            ):
                return False  # part of a proper noun: "la Cavale Blanche"
        if NOUN_USE_AFTER.match(after):
            return False
        if _thing_before(self.text, tok.start, determined_only=True):
            return False  # "un jus Innocent", "la glace Merveille": a brand
        if (
            i > 1
            and self.tokens[i - 1].folded in ("de", "d", "du")
            and self.tokens[i - 1].is_lower
            and self.tokens[i - 2].is_lower
            and self.tokens[i - 2].folded not in CUES
            and not is_function_or_verb(self.tokens[i - 2].text)
            and not is_verb_form(self.tokens[i - 2].text)
        ):
            return False  # "un sapin de Noël"; but "le fils de Pierre", "parle de Rose"
        if not (tok.sent_start or tok.opener):
            return True
        if (
            tok.sent_start
            and not tok.opener
            and _WORD_ALONE_END_RE.match(after)
            and not _ASKED_BEFORE_RE.search(self.text, max(0, tok.start - 6), tok.start)
        ):
            return False  # "Déclaré : 1 140 €. Parfait. Il est pressé": a word said alone
        if i + 1 >= len(self.tokens) or not self.adjacent(i, i + 1):
            return True  # followed by punctuation: "Rose, 19 ans", "(Pierre)"
        nxt = self.tokens[i + 1]
        if nxt.is_cap or nxt.is_upper:
            return True
        if nxt.folded == "et":
            return i + 2 < len(self.tokens) and not self.tokens[i + 2].is_lower
        return is_verb_form(nxt.text) or nxt.folded in ("a", "est", "ne", "n", "se", "s", "lui")

    def after_determiner(self, i: int) -> bool:
        """Token i follows a determiner, or "de" before a common word ("un olivier")."""
        tok = self.tokens[i]
        if _ELIDED_ARTICLE_RE.search(self.text, max(0, tok.start - 3), tok.start):
            return True  # "sous l'olivier"
        if (
            tok.is_lower
            and self.capitalised_prose  # (typed all in lowercase: "plus d'olivier ici")
            and _ELIDED_OF_RE.search(self.text, max(0, tok.start - 3), tok.start)
            and is_common_word(tok.text)
        ):
            return True  # "une patience d'ange"
        if i == 0:
            return False
        prev = self.tokens[i - 1]
        tok = self.tokens[i]
        of = prev.folded in ("de", "d") and is_common_word(tok.text)  # "une branche d'olivier"
        # (a sentence may start with it: "Un olivier au milieu")
        if (prev.is_lower or prev.is_cap) and (prev.folded in DETERMINERS or of):
            between = self.text[prev.end : self.tokens[i].start]
            return between.strip() in ("", "'", "’")
        # "un vieil olivier", "une jolie rose": an adjective between
        return (
            i >= 2
            and prev.is_lower
            and prev.folded in _ADJECTIVES_BEFORE_NOUN
            and self.adjacent(i - 1, i)
            and self.adjacent(i - 2, i - 1)
            and self.tokens[i - 2].folded in DETERMINERS
        )

    def saint_surname(self, i: int) -> bool:
        """ "Lucie Saint-Martin": right after a first name (or a capitalised word that is not
        French), a saint's name is a surname."""
        tok = self.tokens[i]
        return (
            i > 0
            and tok.is_cap
            and SAINT_PREFIX.match(tok.text) is not None
            and self.adjacent(i - 1, i)
            and self.tokens[i - 1].is_cap
            and (
                first_names().get(self.tokens[i - 1].folded) == ""
                or not is_common_word(self.tokens[i - 1].text)
            )
            and 1 not in self.mask[tok.start : tok.end]
        )

    def town(self, i: int) -> bool:
        """Token i is a French town, a big city abroad or a district of one word (and not
        also a first name): "Lannion", "Hennebont", "Chennai", "Pissevin"."""
        tok = self.tokens[i]
        return (
            is_commune(tok.text) or is_foreign_city(tok.text) or is_district_word(tok.text)
        ) and (tok.folded not in first_names())

    def town_here(self, i: int) -> bool:
        """Token i is a town (``town``), or one that is also a first name where a town is
        meant: after an office and "de" ("CHRU de Nancy"), an office's acronym ("FT Nancy")
        or someone from it ("une dame de Nancy"); or a town's name after the article it
        starts with, as "du", "des" say it ("des Abymes": Les Abymes)."""
        tok = self.tokens[i]
        if self.town(i):
            return True
        prev = self.tokens[i - 1] if i else None
        if (
            prev is not None
            and prev.is_lower
            and self.adjacent(i - 1, i)
            and prev.folded in _ARTICLE_OF_A_TOWN
            and is_commune(f"{_ARTICLE_OF_A_TOWN[prev.folded]} {tok.text}")
        ):
            return True  # "une jeune des Abymes", "au Lamentin": Les Abymes, Le Lamentin
        if not is_commune(tok.text):
            return False
        if _PERSON_FROM_RE.search(self.text, max(0, tok.start - 40), tok.start):
            return True  # "une dame de Nancy": where she comes from
        if _office_before(self.text, tok.start):
            return True
        # "FT Nancy", "CCAS Nancy": an office's acronym right before
        return prev is not None and self.adjacent(i - 1, i) and is_keep_acronym(prev.text)

    def place_context(self, i: int) -> bool:
        """Token i is a town, or follows a place preposition ("à Hennebont") or "de" + a
        town; the weak name layers leave it alone."""
        if self.town(i):
            return True
        if i == 0:
            return False
        prev = self.tokens[i - 1]
        between = self.text[prev.end : self.tokens[i].start]
        if self.town_here(i):
            return True  # "CCAS de Nancy", "mairie de Florange": a town, even a first name
        return prev.is_lower and prev.folded in PLACE_PREPOSITIONS and between.strip() == ""

    def names_a_place(self, i: int) -> bool:
        """The name starting at token i follows "gymnase", "salle", "école"…, perhaps with an
        article or an adjective between ("quartier de l'Alma", "école maternelle Jules
        Verne")."""
        if i > 0 and self.adjacent(i - 1, i) and self.tokens[i - 1].folded in PLACE_NOUNS:
            return True
        start = self.tokens[i].start
        return (
            i > 0 and _PLACE_NOUN_BEFORE_RE.search(self.text, max(0, start - 40), start) is not None
        )

    @cached_property
    def capitalised_prose(self) -> bool:
        """The note starts its sentences with capitals (its names too, then)."""
        starts = _SENTENCE_FIRST_LETTER_RE.findall(self.text)
        return len(starts) >= 2 and sum(ch.isupper() for ch in starts) >= 0.8 * len(starts)

    def civility_at(self, i: int) -> bool:
        tok = self.tokens[i]
        m = CIVILITY_RE.match(self.text, tok.start)
        return (
            m is not None
            and m.end() in (tok.end, tok.end + 1)
            and not self.letter_ending_a_value(tok.start)
        )

    def letter_ending_a_value(self, start: int) -> bool:
        """The "M" at ``start`` ends an identifier already found, no "Monsieur": "1547390 M.
        Le CV part…"."""
        return (
            self.text.startswith("M", start)
            and self.mask[start] == 1
            and not self.text[start + 1 : start + 2].isalpha()
        )

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.tokens[i].start, self.tokens[j].end


def _civility_seeds(ctx: _Context) -> Iterable[tuple[int, int]]:
    for m in CIVILITY_RE.finditer(ctx.text):
        if ctx.letter_ending_a_value(m.start()):
            continue
        i = bisect_left(ctx.starts, m.end())
        if i >= len(ctx.tokens) or not only_spaces(ctx.text, m.end(), ctx.tokens[i].start):
            continue
        tok = ctx.tokens[i]
        if DETERMINER_BEFORE.search(ctx.text[max(0, m.start() - 8) : m.start()]):
            # "un monsieur demande…": a noun, not a title; but a capitalised word after it,
            # inside a sentence, is his name: "un monsieur Petit rappelle".
            if tok.is_cap and not tok.sent_start and not ctx.blocked(tok):
                if not _function_word(tok) and len(tok.text) > 1:
                    yield ctx.extend(i, i)
            continue
        if ctx.particle_then_name(i, lowercase_ok=True):
            yield ctx.extend(i, i + 1, lowercase_ok=tok.is_lower)
        elif (
            tok.is_lower
            and tok.folded in ("le", "la")
            and ctx.adjacent(i, i + 1)
            and ctx.tokens[i + 1].is_lower
            and len(ctx.tokens[i + 1].text) > 2
            and ctx.tokens[i + 1].folded not in ROLE_NOUNS
            and ctx.tokens[i + 1].folded not in CUES
            and not ctx.blocked(ctx.tokens[i + 1])
            and not is_verb_form(ctx.tokens[i + 1].text)
            and ctx.tokens[i + 1].folded not in _stop_words()
            # « monsieur la carte européenne, … »: spoken to him, then a noun
            and (
                not is_common_word(ctx.tokens[i + 1].text)
                or ctx.tokens[i + 1].folded in word_surnames()
            )
        ):
            yield i, i + 1  # "mme le roux", "mr le gall"
        elif (
            (tok.is_cap or tok.is_upper)
            and not (ctx.blocked(tok) and not _town_only(tok, ctx, i))
            and (not _function_word(tok) or _verb_surname(tok))
            and len(tok.text) > 1  # "Mr X": no one named
        ):
            yield ctx.extend(i, i)
        elif (
            tok.is_lower
            and not ctx.blocked(tok)
            and (
                # "mr petit (jonathan)": a frequent surname that is also a word
                tok.folded in word_surnames()
                or (
                    (not _stop(tok) or _not_third_person(tok))
                    and (not is_verb_form(tok.text) or _not_third_person(tok))  # "Mme vient"
                )
            )
            and len(tok.text) > 1
        ):
            yield ctx.extend(i, i, lowercase_ok=True)


_NOT_THIRD_PERSON_RE = re.compile(r"(?:er|as|ez|ons|iez)$")


_INITIAL_RE = re.compile(r"[A-Z]\.(?![\w.])")


#: The local part of an e-mail address ("samba.ba@…", "lea.morvan (at) …").
_MAIL_LOCAL_RE = re.compile(
    r"(?<![\w.\-])([A-Za-zÀ-ÿ][\w.\-]*)\s*(?:@|[(\[]\s*at\s*[)\]]|\s(?:ar?roba[sz]e|at)\s)",
    re.IGNORECASE,
)
_MAIL_SPLIT_RE = re.compile(r"[._\-\d]+")
_MAILBOX_WORDS = frozenset(
    "contact accueil info infos service secretariat direction admin noreply no reply support"
    " mairie ccas caf".split()
)


def _mail_names(ctx: _Context) -> list[tuple[int, int]]:
    """A capitalised word of the note that is a part of an e-mail address's local part is
    the person's name: "Samba donne samba.ba(at)yahoo.fr". A single-part box ("accueil@")
    names a person only with a word that is not French."""
    parts: dict[str, int] = {}
    for m in _MAIL_LOCAL_RE.finditer(ctx.text):
        pieces = [fold(p) for p in _MAIL_SPLIT_RE.split(m.group(1)) if p]
        if any(
            p in _MAILBOX_WORDS or is_keep_word(p) or is_place(p) or is_commune(p) for p in pieces
        ):
            continue  # an office's box: "contact.rennes@", "accueil.caf@"
        for piece in pieces:
            if len(piece) >= 3:
                parts[piece] = max(parts.get(piece, 0), len(pieces))
    if not parts:
        return []
    out = []
    for i, tok in enumerate(ctx.tokens):
        n = parts.get(tok.folded)
        if (
            n is None
            or not (tok.is_cap or tok.is_upper)
            or ctx.blocked(tok)
            or ctx.town(i)
            or _function_word(tok)
            or tok.folded in CUES
            or ctx.civility_at(i)
        ):
            continue
        kind = first_names().get(tok.folded)
        if kind in ("mot", "lieu") or (kind is None and is_common_word(tok.text)):
            if n < 2 or not ctx.word_name_ok(i) or ctx.after_determiner(i):
                continue
        out.append(ctx.extend(i, i))
    return [ctx.span(i, j) for i, j in out]


_BOARD_SEP_RE = re.compile(r"[ \t]+[-–—][ \t]+")


def _board_ranges(ctx: _Context) -> list[tuple[int, int]]:
    """A board copied line by line ("BOX 1 - LAURENT - douleur thoracique"): on lines cut
    in three fields or more by dashes, a middle field made of one or two words in capitals
    (not a keep term) is a surname; two such lines at least."""
    lines = []
    pos = 0
    for line in ctx.text.split("\n"):
        cuts = [m.span() for m in _BOARD_SEP_RE.finditer(line)]
        if len(cuts) >= 2:
            lines.append((pos, line, cuts))
        pos += len(line) + 1
    if len(lines) < 2:
        return []
    out = []
    for start, line, cuts in lines:
        for (_, a), (b, _) in zip(cuts, cuts[1:], strict=False):
            words = tokenize(line[a:b])
            if not 1 <= len(words) <= 2 or line[a:b].strip() != line[a:b]:
                continue
            if (
                all(
                    w.is_upper
                    and len(w.text) >= 3
                    and _VOWEL_RE.search(w.text)
                    and not is_keep_word(w.text)
                    and not is_place(w.text)
                    for w in words
                )
                # "9h - ACCUEIL - café" stays: one word at least is not French
                and any(not is_common_word(w.text) or w.folded in first_names() for w in words)
                and 1 not in ctx.mask[start + a : start + b]
            ):
                out.append((start + a, start + b))
    return out


def _foreign_letter_seeds(ctx: _Context) -> list[tuple[int, int]]:
    """A capitalised word written with a letter French never has ("Ayşe", "Gülşen",
    "Dragoș") is a name of another language, unless it names a place ("à Kraków", "de
    Łódź") or a keep term."""
    out = []
    for i, tok in enumerate(ctx.tokens):
        if not (tok.is_cap and len(tok.text) >= 3 and is_foreign(tok.text)):
            continue
        if ctx.blocked(tok) or ctx.place_context(i) or ctx.names_a_place(i):
            continue
        if i > 0 and ctx.tokens[i - 1].folded in ("de", "d", "du") and ctx.tokens[i - 1].is_lower:
            continue
        out.append(ctx.extend(i, i))
    return [ctx.span(i, j) for i, j in out]


_CAPS_INITIAL_RE = re.compile(
    # alone between quotes, after a colon or a slash, in a table's cell or on its own line
    # ("M'BAREK S.", and an age may follow: "M'BAREK S. 45 ans"; "A3 | SAÏDI K. | 34 a")
    r"(?:^|(?<=[«\"“:/|\n])|(?<=[«\"“:/|] ))[ \t]*((?:[MN]['’])?[A-ZÀ-Þ][A-ZÀ-Þ\-]{2,}) [A-Z]\."
    r"(?=\s*(?:[»\"”,/|\n]|$|\d{1,3}[ \t]*ans\b))",
    re.MULTILINE,
)


def _caps_with_initial(ctx: _Context) -> list[tuple[int, int]]:
    """A surname in capitals then a first name's initial, as on a label or a bracelet:
    "GUILLOU Y.", "« KERMARREC A. »" (not a French word nor an acronym of the keep list)."""
    out = []
    for m in _CAPS_INITIAL_RE.finditer(ctx.text):
        word = m.group(1)
        if 1 in ctx.mask[m.start(1) : m.end()] or not _VOWEL_RE.search(word):
            continue
        if SAINT_PREFIX.match(word):
            continue
        if is_keep_word(word) or is_common_word(word) or is_place(word) or is_commune(word):
            continue
        out.append((m.start(1), m.end()))
    return out


def _initial_then_name(ctx: _Context) -> list[tuple[int, int]]:
    """A first name's initial then a capitalised word no list knows: "signé P. Kerhervé",
    "« A. Ndiaye »" (not "Catégorie A. Rennes")."""
    out = []
    for m in _INITIAL_NAME_RE.finditer(ctx.text):
        word = m.group(1)
        if 1 in ctx.mask[m.start() : m.end()] or _LETTERED_THING_RE.search(
            ctx.text, max(0, m.start() - 30), m.start()
        ):
            continue
        if is_keep_word(word) or is_place(word) or is_commune(word):
            continue
        if is_common_word(word) and fold(word) not in word_surnames():
            continue  # (but "J. Moreau", "P. Mercier": a frequent surname that is a word)
        if word.isupper() or SAINT_PREFIX.match(word):
            continue  # "R. SPA", "R. Saint-Aubin": an acronym, a place
        if re.match(r"[LD]['’][a-zà-ÿ]", word):
            continue  # "… le tram A. L'agent …": the next sentence's article
        out.append(m.span())
    return out


def _civility_initials(ctx: _Context) -> list[tuple[int, int]]:
    """A capital letter and a full stop after a civility is a surname's initial: "M. B., 45
    ans", "Mme K. + 2 enfants" (the initial identifies less, but the guide redacts it)."""
    out = []
    for m in CIVILITY_RE.finditer(ctx.text):
        k = m.end()
        while k < len(ctx.text) and ctx.text[k] in " \u00a0":
            k += 1
        initial = _INITIAL_RE.match(ctx.text, k)
        if initial and 1 not in ctx.mask[k : initial.end()]:
            out.append((k, initial.end()))
    return out


def _not_third_person(tok: Token) -> bool:
    """A verb form no civility can be the subject of ("mme rogner", "mme rivas", "nom:
    marquez"): after a civility it is a surname, where "Mme vient" is a verb."""
    return (
        len(tok.text) >= 4
        and tok.folded not in _stop_words()
        and _NOT_THIRD_PERSON_RE.search(tok.folded) is not None
    )


def _verb_surname(tok: Token) -> bool:
    """After a civility, a capitalised verb form of 4 letters or more is a surname ("Mlle
    Font", "M. Doit"); pronouns and articles are not ("Mme Elle")."""
    return len(tok.text) >= 4 and tok.is_cap and is_verb_form(tok.text)


def _town_only(tok: Token, ctx: _Context, i: int) -> bool:
    """A town of the place list that is not a keep term: after a civility it is a surname
    ("Mme Laval", "M. Morlaix")."""
    return (
        is_place(tok.text)
        and not is_keep_word_strict(tok.text)
        and 1 not in ctx.mask[tok.start : tok.end]
    )


_POSTCODE_BEFORE_RE = re.compile(r"(?<![\d\w])(?:\d{5}|\d{2} \d{3})[ \u00a0]$")


def _adjective_after_noun(ctx: _Context, i: int) -> bool:
    """ "soudage manuel", "travail manuel": a lowercase first name that is a French word,
    right after a lowercase noun, is its adjective."""
    if i == 0 or not ctx.adjacent(i - 1, i) or not is_common_word(ctx.tokens[i].text):
        return False
    prev = ctx.tokens[i - 1]
    return (
        prev.is_lower
        and is_common_word(prev.text)
        and not _function_word(prev)
        and not is_function_or_verb(prev.text)
        and prev.folded not in CUES
    )


#: "max" said of a maximum: after a count or an amount, perhaps with its noun ("deux
#: accompagnants max", "3 visites par jour max", "528 € par mois max"), after a noun of
#: quantity ("durée max", "attente max") or before a number ("max 15 €").
_COUNT_BEFORE_RE = re.compile(
    r"(?:\d|€|%|\b(?i:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt"
    r"|trente|quarante|cinquante|cent|dur[ée]e|montant|aide|attente|plafond|temps|d[ée]lai"
    r"|prix|taux|[âa]ge|capacit[ée]|vivre|vitesse|poids|charge))"
    r"(?:[^\S\n]*/?[^\S\n]*[^\W\d_][\w\-]*){0,3}[^\S\n]*$"
)
_NUMBER_NEXT_RE = re.compile(r"[^\S\n]*\d")
_CLITICS = frozenset("lui leur me te se je tu il elle on ils elles ne nous vous y en".split())
_PLURAL_OR_ARTICLE = frozenset("les des aux ces nos vos ses mes leurs un une le la l du".split())


def _lexicon_seeds(ctx: _Context) -> Iterable[tuple[int, int]]:
    names = first_names()
    for i, tok in enumerate(ctx.tokens):
        kind = names.get(tok.folded)
        if kind is None or ctx.blocked(tok) or ctx.town_here(i):
            continue  # (a town, even a first name, after an office: "CHRU de Nancy")
        if (
            tok.is_upper
            and len(tok.text) <= 4
            and i
            and ctx.adjacent(i - 1, i)
            and ctx.tokens[i - 1].folded in _PLURAL_OR_ARTICLE
        ):
            continue  # "les AMA", "une IDE": an acronym, however a first name is spelt
        if tok.is_lower:
            if tok.folded == "max" and (
                _COUNT_BEFORE_RE.search(ctx.text, max(0, tok.start - 30), tok.start)
                or _NUMBER_NEXT_RE.match(ctx.text, tok.end)
            ):
                continue  # "deux accompagnants max", "attente max 1h12": the maximum, no Max
            if (
                _lowercase_first_name(tok)
                and not ctx.after_determiner(i)
                # "qu'on lui lise", "qu'il rose": a verb after its pronoun
                and not (i and ctx.adjacent(i - 1, i) and ctx.tokens[i - 1].folded in _CLITICS)
                and not _adjective_after_noun(ctx, i)
            ):
                yield ctx.extend(i, i, lowercase_ok=True)
            continue
        if kind == "mot" and not ctx.word_name_ok(i):
            continue
        if _ELIDED_ARTICLE_RE.search(ctx.text, max(0, tok.start - 3), tok.start) and not (
            ctx.adjacent(i, i + 1) and ctx.surname_like(i + 1)
        ):
            continue  # "à Nice, l'Ariane", "l'Olivier" (a restaurant): no one is "l'Ariane"
        if kind == "lieu":
            followed = ctx.adjacent(i, i + 1) and (
                ctx.surname_like(i + 1) or ctx.particle_then_name(i + 1)
            )
            if not followed:
                continue
        yield ctx.extend(i, i)


def _cue_seeds(ctx: _Context) -> Iterable[tuple[int, int]]:
    first = ctx.tokens[0] if ctx.tokens else None
    if (
        first is not None
        and first.is_cap
        and not ctx.blocked(first)
        and first.folded not in CUES
        and not _function_word(first)
        and _role_after(ctx, first)
        # a first name or a doubled nickname (not "Amazon (agent) : …")
        and (first_names().get(first.folded) == "" or _DOUBLED_RE.fullmatch(first.folded))
    ):
        yield ctx.extend(0, 0)  # the note starts with it: "Fatou (agent) : « … »"
    for i, tok in enumerate(ctx.tokens[1:], start=1):
        if ctx.civility_at(i) or tok.folded in CUES:
            continue
        if ctx.blocked(tok):
            if _aged_child(ctx, i):
                yield ctx.extend(i, i)
            continue
        before = ctx.text[max(0, tok.start - 20) : tok.start]
        if tok.is_lower and _SELF_NAMED_RE.search(before) and _lowercase_named(tok):
            # "il s'appelle auguste meunier": after the naming verb, in lowercase, even a
            # word of the dictionary is the name
            yield ctx.extend(i, i, lowercase_ok=True)
            continue
        if _function_word(tok) or (tok.is_lower and _stop(tok)):
            continue
        prev = ctx.tokens[i - 1]
        between = ctx.text[prev.end : tok.start]
        cue = prev.folded in CUES and _CUE_GAP_RE.fullmatch(between)
        cue = cue or bool(SELF_CUES.search(before))
        # "l'agent de sécurité Momo", "lagent d'accueil Sam" (typed fast): a role of words
        # (a first name or a doubled nickname, "Momo", "Dédé": an employer's name often
        # follows such a role, "l'agent de sécurité Securitas")
        cue = cue or (
            tok.is_cap
            and (
                first_names().get(tok.folded) == "" or _DOUBLED_RE.fullmatch(tok.folded) is not None
            )
            and ROLE_PHRASE_BEFORE.search(ctx.text, max(0, tok.start - 45), tok.start) is not None
        )
        # "l'assistante sociale (Velmira)", "le chef de service (Dorvan)": a role of two or
        # three words, then the name in brackets
        cue = cue or (
            ("(" in between or "," in between) and tok.is_cap and _role_before_bracket(ctx, i)
        )
        # "L'interprète, Madina, traduit": a noun of person that only an apposition makes a cue
        cue = cue or (prev.folded in _APPOSITION_NOUNS and _apposed(ctx, i))
        naming_verb = bool(NAMING_VERB.search(before))
        after = ctx.text[tok.end :]
        post = tok.is_cap and bool(
            AGE_AFTER.match(after) or APPAREIL_AFTER.match(after) or BORN_AFTER.match(after)
        )
        if (
            tok.is_lower
            and len(tok.text) >= 4
            and AGE_AFTER.match(after)
            and _plain_unknown(ctx, i)
            and not ctx.place_context(i)
        ):
            # "appel de kriemhild schiavo, 89 ans": a lowercase name no list knows
            start = i - 1 if ctx.adjacent(i - 1, i) and _plain_unknown(ctx, i - 1) else i
            yield ctx.extend(start, i, lowercase_ok=True)
            continue
        role = tok.is_cap and _role_after(ctx, tok)
        vocative = _vocative(ctx, i)
        if _to_someone(ctx, i):
            yield ctx.extend(i, i)
            continue
        if role and first_names().get(tok.folded) in ("mot", "lieu"):
            role = ctx.word_name_ok(i) and prev.folded not in DETERMINERS  # "La Marine, …"
        if (role or vocative) and not ctx.place_context(i):
            if (
                not is_common_word(tok.text)
                or tok.folded in first_names()
                or (
                    vocative
                    and _QUOTE_END_RE.match(ctx.text, tok.end) is not None
                    and (
                        not is_function_or_verb(tok.text)  # "Ça va Bien ?"
                        or _DOUBLED_RE.fullmatch(tok.folded) is not None  # "ça va Mimi ?"
                    )
                )
            ):
                yield ctx.extend(i, i)
                continue
        if (
            not cue
            and post
            and (ctx.place_context(i) or (prev.folded in ("de", "d") and prev.is_lower))
        ):
            continue  # "une dame de Lannion, 84 ans", "appel de Vannes, 3 min"
        # "Enfants Exaucé 6 ans": a child's name, its age straight after
        child = not (cue or post) and _aged_child(ctx, i)
        if not (cue or post or child):
            continue
        if _NUMBER_AFTER_RE.match(ctx.text, tok.end) and not child:
            continue  # "BOX 2", "salle 3": a numbered thing
        if tok.folded in PARTICLES:
            if ctx.particle_then_name(i):
                yield ctx.extend(i, i + 1)  # "nom Le Moal"
            continue
        if tok.is_cap or tok.is_upper:
            if len(tok.text) == 1 and ctx.text[tok.end : tok.end + 1] == ")":
                continue  # "PRÉNOM(S) :": a plural's mark, not an initial
            if "," in between and not post and not naming_verb and ctx.town(i):
                continue  # "une femme avec un bébé de 2 mois, Tourcoing": where she calls from
            naming = (prev.folded in NAMING_CUES and cue) or naming_verb
            # "L'employeur, « Jacquot »": a word quoted alone after a role is a nickname
            quoted = (
                cue
                and prev.folded in CUES
                and any(q in between for q in '«"“')
                and ":" not in between  # "l'agent : « Patience »" is said, not a name
                and _CLOSING_QUOTE_RE.match(ctx.text, tok.end) is not None
                and not is_function_or_verb(tok.text)
                and tok.folded not in _NOT_NICKNAMES
                and _DOUBLED_RE.fullmatch(tok.folded) is not None  # « Jojo », not « Fondation »
            )
            # "sa fille Elira, 6 ans": a kin or a role before, an age after, a capitalised
            # word between is a name, even one that spells a French word ("élira")
            aged = (
                (cue and post and not _function_word(tok) and not tok.is_upper)
                or _aged_child(ctx, i)
                or _apposed(ctx, i)
            )
            if (
                is_common_word(tok.text)
                and tok.folded not in first_names()
                and not naming
                and not quoted
                and not aged
                and _DOUBLED_RE.fullmatch(tok.folded) is None  # "le vigile Jojo"
            ):
                continue  # "le Directeur Général"; but "famille Morin"
            yield ctx.extend(i, i)
        elif (
            cue
            and not is_common_word(tok.text)
            and len(tok.text) > 1
            # "un résident (anonymisée par moi)": a participle no list knows, not a name
            and not (
                "(" in between
                and _PARTICIPLE_RE.search(tok.text.lower())
                and tok.folded not in first_names()
            )
            # "L'agent : hameçonnage, ne rien faire": what the agent says, in a note that
            # writes its names with capitals (but "Prénom : kevin", "nom : dupont" name)
            and not (
                ":" in between
                and prev.folded not in NAMING_CUES
                and tok.folded not in first_names()
                and ctx.capitalised_prose
            )
        ):
            yield ctx.extend(i, i, lowercase_ok=True)
        elif (
            cue
            and prev.folded in NAMING_CUES
            and len(tok.text) > 2
            and not _stop(tok)
            and not is_verb_form(tok.text)
            # "une place famille, rien avant lundi", "changé de nom (mariage)": a word of the
            # dictionary after a comma or a bracket is no family's name
            and not (("," in between or "(" in between) and is_common_word(tok.text))
            # a table's headings: "nom — année naiss. — demande"
            and not (("—" in between or "–" in between) and is_common_word(tok.text))
        ):
            yield i, i  # "famille morin": a noun after "famille" is the family's name


_PLACE_WORDS = frozenset("a à au aux en sur dans pour avec chez entree accueil".split())
_CHILD_NOUNS = frozenset(
    "fils fille filles petit petite grand grande bebe bebes enfant enfants ado ados".split()
)
_CHILD_GAP_RE = re.compile(r"[^\S\n]*[,:]?[^\S\n]*")
#: The child before was given with an age: "Paris (10 ans) et Florence (6 ans)", "Exaucé 6
#: ans et Divine 3 ans".
_AGED_BEFORE_RE = re.compile(r"(?:(?:,\s*|[^\S\n]+)\d{1,2}\s*ans|\(\s*\d{1,2}\s*ans\s*\))\s*$")
#: The child's age after the name, between commas, brackets or straight after ("Enfants
#: Exaucé 6 ans").
_CHILD_AGE_AFTER_RE = re.compile(r"[^\S\n]*(?:,\s*|\(\s*)?\d{1,2}[^\S\n]*ans\b")


_APPOSED_AFTER_RE = re.compile(r"[^\S\n]*,[^\S\n]+[a-zà-ÿ]")
#: Nouns of person that only an apposition makes a cue ("L'interprète, Madina, traduit"; but
#: "l'interprète ISM", "interprète tigrinya" name a service and a language).
_APPOSITION_NOUNS = frozenset(
    "interprete interpretes traducteur traductrice aidant aidante accompagnateur "
    "accompagnatrice".split()
)


def _apposed(ctx: _Context, i: int) -> bool:
    """ "Une femme, Ramona, montre…", "un salarié, Samba, montre…": a capitalised word set
    between commas right after a noun of person is that person's name, even one that
    spells a French word."""
    tok, prev = ctx.tokens[i], ctx.tokens[i - 1]
    return (
        tok.is_cap
        and not tok.is_upper
        and (
            prev.folded in CUES
            or prev.folded in ROLE_NOUNS
            or prev.folded in _APPOSITION_NOUNS
            or ROLE_PHRASE_BEFORE.search(ctx.text[max(0, prev.end - 45) : prev.end] + " ")
        )
        and ctx.text[prev.end : tok.start].strip() == ","
        and _APPOSED_AFTER_RE.match(ctx.text, tok.end) is not None
        and not _function_word(tok)
    )


def _aged_child(ctx: _Context, i: int) -> bool:
    """ "sa fille Cerise, 4 ans", "la petite Avril (4 ans)", "enfants Exaucé 6 ans": a child's
    first name between a word of kin and an age, even one a town or a keep-free word spells."""
    tok, prev = ctx.tokens[i], ctx.tokens[i - 1]
    return (
        tok.is_cap
        and (
            (
                prev.folded in _CHILD_NOUNS
                and _CHILD_GAP_RE.fullmatch(ctx.text, prev.end, tok.start) is not None
            )
            or (
                prev.folded == "et"
                and _AGED_BEFORE_RE.search(ctx.text, max(0, prev.start - 20), prev.start)
                is not None
            )
        )
        and _CHILD_AGE_AFTER_RE.match(ctx.text, tok.end) is not None
        and 1 not in ctx.mask[tok.start : tok.end]
        and not ctx.in_code(tok)
    )


#: Verbs said to someone: a capitalised word after them and "à" is a person, not a place
#: ("transmet à Okonkwo", "explique à Ndiaye"; "vit à Bamako", "envoie à Kinshasa" are
#: places).
TO_SOMEONE_BEFORE = re.compile(
    r"(?i:\b(?:dit|disent|r[ée]pond\w*|expliqu\w*|demand\w*|donn\w*|transm\w*"
    r"|remet\w*|remis|[ée]cri[tv]\w*|t[ée]l[ée]phon\w*|parl\w*|propos\w*|conseill\w*"
    r"|montr\w*|signal\w*|confi\w*|annonc\w*|indiqu\w*|r[ée]p[èée]t\w*|pr[ée]cis\w*"
    r"|tradui\w*|pass[ée]e?s?\s+(?:le\s+)?(?:t[ée]l[ée]phone|relais|main))\s+à\s+)$"
)


#: A person naming themselves or named by a pronoun, right before the name: "il s'appelle",
#: "elle s'appelait", "je m'appelle" (not "ça s'appelle", "le dispositif s'appelle").
_SELF_NAMED_RE = re.compile(
    r"(?i:\b(?:il|elle)[^\S\n]+s['’]appel(?:le|ait|lait)|\bje[^\S\n]+m['’]appel(?:le|ais|lais))"
    r"[^\S\n]*[:«\"“]?[^\S\n]*$"
)


def _lowercase_named(tok: Token) -> bool:
    """A lowercase word that may be a name after "il s'appelle": not a function word ("il
    s'appelle comment ?", "elle s'appelle aussi…"), not a verb alone ("il s'appelle revient")."""
    return (
        len(tok.text) > 2
        and tok.folded not in _stop_words()
        and tok.folded not in CUES
        and not is_only_verb_form(tok.text)
        and not PRONOUN_SUFFIX.search(tok.folded)
    )


def _to_someone(ctx: _Context, i: int) -> bool:
    """Token i follows a verb said to someone and "à", and no list knows it as French or a
    place: "L'agent transmet à Okonkwo la liste"."""
    tok = ctx.tokens[i]
    return (
        tok.is_cap
        and not tok.sent_start
        and _plain_unknown(ctx, i)
        and TO_SOMEONE_BEFORE.search(ctx.text, max(0, tok.start - 30), tok.start) is not None
    )


def _role_before_bracket(ctx: _Context, i: int) -> bool:
    """Token i, in brackets, follows a role of two to four lowercase words: "l'assistante
    sociale (Velmira)", "le chef de service (Dorvan)"; not a plural ("les agents de sécu
    (Fiducial)": a company), nor a family ("famille Berisha (Kosovo)")."""
    if not _CUE_GAP_RE.fullmatch(ctx.text, ctx.tokens[i - 1].end, ctx.tokens[i].start):
        return False
    for k in range(i - 2, max(-1, i - 5), -1):
        words = ctx.tokens[k + 1 : i]
        if not all(t.is_lower and t.folded not in _PLACE_WORDS for t in words):
            return False  # "Vigile à l'entrée (Securitas)": a place, then a company
        cue = ctx.tokens[k]
        if cue.folded in KIN_NOUNS and cue.is_lower:
            return True  # "la cheffe de service, Véronique"
        if cue.folded in CUES:
            return cue.folded not in NAMING_CUES and not cue.folded.endswith(("s", "x"))
    return False


def _role_after(ctx: _Context, tok: Token) -> bool:
    """A person's role or nationality right after the word: "Dimitri, le cousin", "Marc
    (contrôleur)", "Lucie, assistante maternelle", "Olena, ukrainienne"."""
    m = ROLE_AFTER.match(ctx.text, tok.end)
    if m is not None and fold(m.group(1)) in CUES and fold(m.group(1)) not in NAMING_CUES:
        # an apposition, not the subject of the next clause ("… Bé, le conseiller appelle")
        nxt = _NEXT_WORD_RE.match(ctx.text, m.end())
        return m.group(1).islower() and not (nxt and is_verb_form(nxt.group(1)))
    m = _NATIONALITY_AFTER.match(ctx.text, tok.end)
    return (
        m is not None
        and m.group(1).islower()
        and NATIONALITY_RE.fullmatch(fold(m.group(1))) is not None
    )


def _vocative(ctx: _Context, i: int) -> bool:
    """A capitalised word greeted or thanked: "ça va Mimi ?", "Bonjour Zelda,"."""
    tok = ctx.tokens[i]
    return (
        tok.is_cap
        and len(tok.text) >= 3
        and not is_civility(tok.text)  # "Bonjour Madame,"
        and VOCATIVE_BEFORE.search(ctx.text, max(0, tok.start - 16), tok.start) is not None
        and not ctx.town(i)
    )


def _capitals_seeds(ctx: _Context) -> Iterable[tuple[int, int]]:
    """A surname in capitals standing alone ("« GUÉGUEN »", "GUÉGUEN, Annick"): only in
    a quote or before a first name, since acronyms look the same (CASF, CROUS…)."""
    names = first_names()
    for i, tok in enumerate(ctx.tokens):
        if not (
            tok.is_upper
            and len(tok.text) >= 3
            and not ctx.blocked(tok)
            and not is_common_word(tok.text)
            and any(ch in "AEIOUYÀÂÉÈÊËÎÏÔÖÙÛÜ" for ch in tok.text)
        ):
            continue
        opener = tok.opener or (
            i > 0
            and ctx.adjacent(i - 1, i)
            and ctx.tokens[i - 1].folded in PARTICLES
            and ctx.tokens[i - 1].opener
        )
        quoted = (
            opener
            and _QUOTE_END_RE.match(ctx.text, tok.end)
            and not _IN_BRACKETS_RE.search(ctx.text, max(0, tok.start - 2), tok.start)
        )  # "(AIPR? non…)": an acronym in brackets, not a quoted surname
        before_first_name = (
            i + 1 < len(ctx.tokens)
            and _COMMA_GAP_RE.fullmatch(ctx.text, tok.end, ctx.tokens[i + 1].start)
            and ctx.tokens[i + 1].folded in names
            and not ctx.tokens[i + 1].is_lower
        )
        if quoted or before_first_name:
            yield ctx.extend(i, i)
    # "Morvan, Jonathan", "Müller, Jürgen": a capitalised word that is not French, then a
    # comma and a plain first name, is a surname given first.
    for i, tok in enumerate(ctx.tokens[:-1]):
        nxt = ctx.tokens[i + 1]
        if (
            tok.is_cap
            and len(tok.text) >= 3
            and not ctx.blocked(tok)
            and not ctx.town(i)
            and not is_common_word(tok.text)
            and tok.folded not in names
            and nxt.is_cap
            and names.get(nxt.folded) == ""
            and _COMMA_ONLY_RE.fullmatch(ctx.text, tok.end, nxt.start)
        ):
            yield i, i


#: A form's field label right before a value: "Nom : X", "nom de naissance : X", "Prénom Y".
FIELD_BEFORE = re.compile(
    r"(?i:\b(?:nom|pr[ée]nom|patronyme)s?(?:\(s\))?(?:\s+(?:de\s+naissance|de\s+famille|d['’]usage"
    r"|marital|de\s+jeune\s+fille|complet|et\s+pr[ée]nom|usuel|naiss\.?|jf))?)\s*[:=/\-]?\s*$"
)
AU_NOM_DE = re.compile(r"(?i:\bau\s+nom\s+d(?:e\s+|['’]\s*))$")
#: "chez X" is a home (a name) after these words, an employer or a shop otherwise ("chez
#: Amazon", "formation chez AFPA"); "chez les X" is always a family.
_HOME_BEFORE = re.compile(
    r"(?i:\b(?:visite|vit|habite|h[ée]berg[ée]e?s?|h[ée]berge|dort|log[ée]e?s?|domicil\w*"
    r"|contr[ôo]le|reste|vivent|habitent|passage|rdv|rendez-vous|enqu[êe]te)\b)[^.\n]{0,12}$"
)
#: "la petite Lilli", "la cheffe marlies": a noun before a name that is not a cue elsewhere
#: ("Petit" is also a surname).
KIN_NOUNS = frozenset("petit petite cheffe gamin gamine fiston miss".split())


def _plain_unknown(ctx: _Context, i: int) -> bool:
    """Token i looks like a name nobody listed: not French, not a place, not a keep term."""
    tok = ctx.tokens[i]
    return (
        len(tok.text) >= 3
        and not ctx.blocked(tok)
        and not ctx.town(i)
        and not is_common_word(tok.text)
        and not _function_word(tok)
        and tok.folded not in CUES
        and not ctx.civility_at(i)
        and not (tok.is_lower and _stop(tok))
    )


#: A room, a bed or a pitch and its number, in a register or a list: "ch. 4 LOPEZ ok",
#: "lit 12 : Dufresne", "emplacement 3 - Winterstein".
_ROOM_BEFORE = re.compile(
    r"(?<![\w])(?i:ch|chb|chbre|chambre|lit|box|studio|emplacement|empl|appt|app)\.?"
    r"[^\S\n]*(?:n°[^\S\n]*)?\d{1,4}[A-Z]?[^\S\n]*[:\-–]?[^\S\n]*$"
)


#: Numbered items, each with a name in brackets: "Chambres : 3 (Nkoulou), 7 (Bajrami)".
_NUMBERED_ITEM_RE = re.compile(
    r"(?<![\w])\d{1,4}[^\S\n]*\([^\S\n]*([A-ZÀ-Þ][\w'’\-]+(?:[^\S\n]+[A-ZÀ-Þ][\w'’\-]+)?)[^\S\n]*\)"
)
_ITEM_SEP_RE = re.compile(r"[^\S\n]*(?:[,;/]|et)[^\S\n]*")


def _numbered_brackets(ctx: _Context) -> list[tuple[int, int]]:
    """Numbered items in a row, with capitalised words in brackets: when two of them or more
    are words no list knows, those are the people of rooms, beds or pitches."""
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        names = [m.span(1) for m in run if _unknown_words(ctx, m.start(1), m.end(1))]
        if len(names) >= 2:
            out.extend(names)

    for m in _NUMBERED_ITEM_RE.finditer(ctx.text):
        if run and not _ITEM_SEP_RE.fullmatch(ctx.text, run[-1].end(), m.start()):
            flush()
            run = []
        run.append(m)
    flush()
    return out


def _unknown_words(ctx: _Context, start: int, end: int) -> bool:
    """A word no list knows or a first name, and nothing a list protects ("Dos Reis")."""
    idx = range(bisect_left(ctx.starts, start), bisect_left(ctx.starts, end))
    return (
        bool(idx)
        and any(
            _plain_unknown(ctx, k) or first_names().get(ctx.tokens[k].folded) == "" for k in idx
        )
        and not any(ctx.blocked(ctx.tokens[k]) or ctx.town(k) for k in idx)
    )


def _register_seeds(ctx: _Context) -> Iterable[tuple[int, int]]:
    """A word no list knows, or a first name, right after a room's or a bed's number in a
    register ("ch. 4 LOPEZ ok / ch. 5 BENHAMOU absent"): who sleeps there."""
    names = first_names()
    for i, tok in enumerate(ctx.tokens):
        if (
            i
            and not tok.is_lower
            and _ROOM_BEFORE.search(ctx.text, max(0, tok.start - 24), tok.start)
            and (_plain_unknown(ctx, i) or (names.get(tok.folded) == "" and not ctx.blocked(tok)))
            and not (tok.is_upper and len(tok.text) < 4)
        ):
            yield ctx.extend(i, i)


def _anchored_seeds(ctx: _Context) -> Iterable[tuple[int, int]]:
    """Names anchored by their context rather than by a list: "chez (les) X", a form's
    fields ("Nom : X Prénom : Y"), "la petite X", two unknown capitalised words in a row
    ("Volterra Friedhilde"), a lowercase first name and an unknown word ("gesa jara")."""
    toks = ctx.tokens
    names = first_names()
    for i, tok in enumerate(toks):
        if (
            tok.folded in PARTICLES
            and i
            # "au nom de Maria": "de" is the preposition
            and not (tok.is_lower and tok.folded in ("de", "du", "des", "d", "da", "di", "do"))
            and not ctx.blocked(tok)
            and ctx.particle_then_name(i)
            and FIELD_BEFORE.search(ctx.text, max(0, tok.start - 40), tok.start)
        ):
            yield ctx.extend(i, i + 1)  # "NOM NAISS. LE MEUR", "Nom : de la Cruz"
            continue
        if ctx.blocked(tok) or ctx.civility_at(i) or tok.folded in PARTICLES:
            continue
        prev = toks[i - 1] if i else tok
        adjacent = ctx.adjacent(i - 1, i)
        lower = tok.is_lower
        # "chez Tanzini", "chez les Águila", "chez les casares"
        home = adjacent and (
            prev.folded == "chez"
            or (prev.folded == "les" and i > 1 and toks[i - 2].folded == "chez")
        )
        home_cue = home and _HOME_BEFORE.search(ctx.text, 0, prev.start) is not None
        if home and (prev.folded == "les" or home_cue):
            if (_plain_unknown(ctx, i) and not (tok.is_upper and not home_cue)) or (
                prev.folded == "les"
                and (tok.is_cap or tok.is_upper)
                and not _function_word(tok)
                and not NOUN_USE_AFTER.match(ctx.text[tok.end :])
            ):
                yield ctx.extend(i, i, lowercase_ok=lower)
                continue
        # a family: "les SANSONI" (a surname in capitals no list knows, after "les"; a
        # capitalised word there is as often an institution: "les Assedic")
        if (
            adjacent
            and prev.folded == "les"
            and tok.is_upper
            and len(tok.text) >= 4
            and _VOWEL_RE.search(tok.text)
            and _plain_unknown(ctx, i)
            and not NOUN_USE_AFTER.match(ctx.text[tok.end :])
        ):
            yield ctx.extend(i, i)
            continue
        # form fields: "Nom : PIZZETTI", "prénom: tonino", "Nom de naissance : Magomedov"
        if (
            i
            and not lower
            and AU_NOM_DE.search(ctx.text, max(0, tok.start - 14), tok.start)
            and not _function_word(tok)
            and (_plain_unknown(ctx, i) or names.get(tok.folded) is not None)
        ):
            yield ctx.extend(i, i)  # "un diplôme au nom de Maria do Carmo Ferreira"
            continue
        field = i and FIELD_BEFORE.search(ctx.text, max(0, tok.start - 40), tok.start)
        if field:
            # after "Nom :" even a verb form is the value ("nom: marquez"); without the
            # colon, "son nom change" is a verb
            colon = any(ch in field.group(0) for ch in ":=/-")
            if (
                len(tok.text) > 1
                and not _function_word(tok)
                and not (lower and tok.folded in _stop_words())
                and not (lower and not colon and (_stop(tok) or is_verb_form(tok.text)))
                # a table's headings: "colonnes : chambre / nom / année de naissance"
                and not (field.group(0).rstrip().endswith("/") and is_common_word(tok.text))
                and tok.folded not in CUES
                and not _NUMBER_AFTER_RE.match(ctx.text, tok.end)
            ):
                yield ctx.extend(i, i, lowercase_ok=lower)
                continue
        # "la petite lilli", "le petit Noah", "la cheffe marlies"
        if (
            i
            and adjacent
            and prev.folded in KIN_NOUNS
            and prev.is_lower
            and (_plain_unknown(ctx, i) or (not lower and names.get(tok.folded) == ""))
            # in lowercase, after its determiner only ("pas de fraude, petite régul")
            and (not lower or (i > 1 and toks[i - 2].folded in DETERMINERS))
        ):
            yield ctx.extend(i, i, lowercase_ok=lower)
            continue
        if i + 1 >= len(toks) or not ctx.adjacent(i, i + 1):
            continue
        nxt = toks[i + 1]
        # two capitalised words no list knows, one after the other: a first name and a
        # surname ("Volterra Friedhilde", "FERRÁNDIZ Ruslan")
        if (
            not lower
            and not nxt.is_lower
            and not (tok.is_upper and nxt.is_upper)
            and _plain_unknown(ctx, i)
            and _plain_unknown(ctx, i + 1)
            and not ctx.place_context(i)
            and not ctx.names_a_place(i)
            and not ctx.after_determiner(i)
            and _spacy_person_context(ctx, [i, i + 1])  # "devis Optical Center"
        ):
            yield ctx.extend(i, i + 1)
            continue
        # "gesa jara", "juan faugno": a lowercase first name of any list, then a word that
        # is not French
        if (
            lower
            and nxt.is_lower
            and names.get(tok.folded) == ""
            and _plain_unknown(ctx, i)
            and (
                _plain_unknown(ctx, i + 1)
                # "cristiano merino": a noun may be the surname of a first name that is
                # not a French word
                or (
                    len(nxt.text) >= 3
                    and not ctx.blocked(nxt)
                    and not is_function_or_verb(nxt.text)
                    and nxt.folded not in CUES
                    and nxt.folded not in _stop_words()
                )
            )
            and not ctx.after_determiner(i)
        ):
            yield ctx.extend(i, i + 1, lowercase_ok=True)


#: Between two words of one name: never a digit, a line break or a table's separator.
_NAME_BREAK_RE = re.compile(r"[\d\n\t|;]")


def _cut_at_break(ctx: _Context, idx: list[int]) -> list[int]:
    """The tokens of a recogniser's span up to the first gap that no name crosses: the
    model sometimes runs a name on over a table's cells ("PETITJEAN M. | 91 | chute")."""
    for pos in range(1, len(idx)):
        gap = ctx.text[ctx.tokens[idx[pos - 1]].end : ctx.tokens[idx[pos]].start]
        if _NAME_BREAK_RE.search(gap):
            return idx[:pos]
    return idx


def _spacy_seeds(ctx: _Context, doc: Doc | None) -> Iterable[tuple[int, int]]:
    if doc is None:
        return
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        idx = list(
            range(bisect_left(ctx.starts, ent.start_char), bisect_left(ctx.starts, ent.end_char))
        )
        idx = _cut_at_break(ctx, idx)
        if not idx:
            continue

        def droppable(k: int) -> bool:
            t = ctx.tokens[k]
            if t.folded in PARTICLES and ctx.particle_then_name(k):
                return False
            return (
                ctx.blocked(t)
                or len(t.text) == 1  # "Mr X"
                or _function_word(t)
                or t.folded in CUES
                or ctx.civility_at(k)
                or (t.is_lower and not _lowercase_first_name(t))
            )

        def leading_noun(k: int) -> bool:
            """ "Salle Victor Hugo", "Bonjour Marie"; but "Blanc Rachid" is a surname."""
            t = ctx.tokens[k]
            if t.folded in PARTICLES or t.is_upper:
                return False
            if t.folded in PLACE_NOUNS:
                return True
            surname_first = k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].folded in first_names()
            common = is_common_word(t.text) and t.folded not in first_names()
            return common and not (surname_first and not (t.sent_start or t.opener))

        while idx and (droppable(idx[0]) or leading_noun(idx[0])):
            idx.pop(0)
        while idx and droppable(idx[-1]):
            idx.pop()
        if len(idx) >= 3 and ctx.provenance(idx[-2]):
            del idx[-2:]  # "Mme Vandenbroucke de Roubaix"
        if not idx or any(ctx.blocked(ctx.tokens[k]) for k in idx):
            continue
        if not _spacy_person_context(ctx, idx) or (len(idx) == 1 and ctx.district(idx[0])):
            continue
        if all(
            is_common_word(ctx.tokens[k].text)
            and ctx.tokens[k].folded not in first_names()
            and not ctx.tokens[k].is_upper
            for k in idx
            if ctx.tokens[k].folded not in PARTICLES
        ):
            continue  # "Bonne Pratique", "Président de la République"
        if len(idx) == 1:
            t = ctx.tokens[idx[0]]
            if t.folded not in first_names() and is_common_word(t.text) and not t.is_upper:
                continue
            if first_names().get(t.folded) in ("mot", "lieu") and not ctx.word_name_ok(idx[0]):
                continue
            if _ELIDED_ARTICLE_RE.search(ctx.text, max(0, t.start - 3), t.start):
                continue  # "Sous l'Ombrière", "à l'Archet": no one is "l'Ombrière"
            if t.is_lower and ctx.after_determiner(idx[0]):
                continue  # "une patience d'ange", "un vieil olivier"
        yield idx[0], idx[-1]


def _learned_seeds(
    ctx: _Context, doc: Doc | None, stock: Doc | None = None
) -> Iterable[tuple[int, int]]:
    """Persons found by the project's trained recogniser (``doc.spans[LEARNED]``).

    Trained on observers' notes, it reads their context far better than spaCy's model (an
    author it never saw: person recall 0.96 against 0.78), so the contextual filters of
    :func:`_spacy_seeds` are not applied; what it gets wrong is common words ("afghan",
    "récépissé", "ALERTE", "Résidente"; a common word between quotes is a nickname),
    acronyms, countries, brands and public figures: refused unless a civility stands just
    before ("Mme Kanté"). What the rules protect (keep terms, structured values already
    found) stays out in every case.
    """
    if doc is None:
        return
    for ent in doc.spans.get(LEARNED, ()):
        if 1 in ctx.mask[ent.start_char : ent.end_char]:
            continue  # on a keep term, a placeholder or a value already found
        idx = list(
            range(bisect_left(ctx.starts, ent.start_char), bisect_left(ctx.starts, ent.end_char))
        )
        idx = _cut_at_break(ctx, idx)

        def droppable(k: int) -> bool:
            t = ctx.tokens[k]
            if t.folded in PARTICLES and ctx.particle_then_name(k):
                return False
            return (
                len(t.text) == 1
                or _function_word(t)
                or (t.is_lower and _stop(t))
                or t.folded in CUES
                or ctx.civility_at(k)
            )

        first = idx[0] if idx else 0
        while idx and droppable(idx[0]):
            idx.pop(0)
        while idx and droppable(idx[-1]):
            idx.pop()
        if len(idx) >= 3 and ctx.provenance(idx[-2]):
            del idx[-2:]  # "Mme Vandenbroucke de Roubaix"
        if not idx:
            continue
        tokens = [ctx.tokens[k] for k in idx]
        if any(1 in ctx.mask[t.start : t.end] or ctx.in_code(t) for t in tokens):
            continue
        civility = any(k > 0 and ctx.civility_at(k - 1) for k in {first, idx[0]})
        words = [k for k in idx if ctx.tokens[k].folded not in PARTICLES]
        if not words or (len(words) >= 4 and any(ctx.tokens[k].is_lower for k in words)):
            continue  # « sir I don't understand the VLS-TS thing »: a sentence, no name
        if (
            civility
            and len(idx) == 1
            and ctx.tokens[idx[0]].is_lower
            and DETERMINER_BEFORE.search(
                ctx.text, max(0, ctx.tokens[idx[0] - 1].start - 8), ctx.tokens[idx[0] - 1].start
            )
        ):
            continue  # "un monsieur syllogomane": a noun and its adjective, no one's name
        if civility:  # "mme le roux": the particle belongs to the name
            start = idx[0]
            while start > first and ctx.tokens[start - 1].folded in PARTICLES:
                start -= 1
            yield start, idx[-1]
            continue
        if (
            any(ctx.blocked(ctx.tokens[k]) for k in idx)
            or all(ctx.town(k) or ctx.tokens[k].folded in countries() for k in words)
            # a town of several words, its article included: "(Le Mans)", "La Rochelle"
            or is_commune(ctx.text[ctx.tokens[idx[0]].start : ctx.tokens[idx[-1]].end])
            or (len(words) == 1 and _acronym(ctx.tokens[words[0]]))
            or ctx.place_context(idx[0])
            or _not_a_person_before(ctx, idx[0])
            or _COMING_FROM_RE.search(
                ctx.text, max(0, ctx.tokens[idx[0]].start - 30), ctx.tokens[idx[0]].start
            )
        ):
            continue
        if len(words) == 1:
            tok = ctx.tokens[words[0]]
            kind = first_names().get(tok.folded)
            if kind in ("mot", "lieu") and tok.sent_start and not ctx.word_name_ok(words[0]):
                continue  # "Claire et nette", "Marine nationale" (but "naissance de Jade")
            if tok.is_lower and ctx.after_determiner(words[0]):
                continue  # "une patience d'ange", "un vieil olivier"
        common = all(
            (is_common_word(ctx.tokens[k].text) or _lowercase_compound(ctx.tokens[k]))
            and ctx.tokens[k].folded not in first_names()
            for k in words
        )
        if common and not (
            _quoted(ctx, idx[0], idx[-1])
            # « Fondation », « Résidente »: a place or a role in quotes, no nickname
            and not any(ctx.tokens[k].folded in PLACE_NOUNS | ROLE_NOUNS for k in words)
        ):
            continue
        if _foreign_word(ctx, words, idx) or _thing_before(ctx.text, ctx.tokens[idx[0]].start):
            continue
        if (
            all(ctx.tokens[k].is_lower and ctx.tokens[k].folded not in first_names() for k in words)
            and ctx.capitalised_prose
        ):
            continue  # « karibu », "nou sa fé": words of another language in a note that
            # writes names with capitals
        if len(words) == 1 and (
            ctx.district(words[0])
            or _spacy_place(ctx, stock, words[0])
            or _ELIDED_ARTICLE_RE.search(
                ctx.text, max(0, ctx.tokens[idx[0]].start - 3), ctx.tokens[idx[0]].start
            )
        ):
            continue  # "Brest, Kerourien"; "Nice, l'Ariane"
        yield idx[0], idx[-1]


#: Before a place spaCy recognises: "les bénévoles de Neuhof", "un appel d'Offenburg".
_OF_BEFORE_RE = re.compile(r"(?i:\b(?:de|des|du|d['’]))\s*$")


def _spacy_place(ctx: _Context, stock: Doc | None, k: int) -> bool:
    """One word that spaCy's model reads as a place, after "de" or opening the note
    ("Neuhof. Contrôle …"), and that is no first name: a district or a foreign town the
    recogniser took for a name."""
    tok = ctx.tokens[k]
    if stock is None or tok.folded in first_names():
        return False  # "Le fils de Florence", "Florence attend": spaCy says LOC all the same
    if not any(
        ent.label_ == "LOC" and ent.start_char <= tok.start and tok.end <= ent.end_char
        for ent in stock.ents
    ):
        return False
    return k == 0 or _OF_BEFORE_RE.search(ctx.text, max(0, tok.start - 4), tok.start) is not None


def _thing_noun(word: str, determined: bool = False) -> bool:
    """A lowercase French noun (nothing else) that names no person: "pulls", "chocolat";
    after a determiner, a verb's form too ("des produits", "un imprimé")."""
    folded = fold(word)
    singular = folded[:-1] if folded.endswith(("s", "x")) else folded
    return (
        word.islower()
        and len(word) > 2
        and is_common_word(word)
        and (determined or not is_verb_form(word))
        and folded not in _stop_words()
        and not {folded, singular} & (CUES | ROLE_NOUNS | KIN_NOUNS | NAMING_CUES | _BEFORE_A_NAME)
        and folded not in first_names()
        and not _PERSON_NOUN_RE.search(singular)
    )


#: Adjectives and words said before someone's name: "le petit Louis", "la pauvre Marie".
_BEFORE_A_NAME = frozenset(
    """petit petite grand grande jeune vieux vieil vieille pauvre cher chere brave gentil
    gentille beau belle bon bonne gros grosse sacre sacree vrai vraie fameux fameuse dit dite
    nomme nommee surnomme surnommee feu feue tonton tata papy mamie bebe dame monsieur
    madame docteur maitre soeur frere pere mere oncle tante cousin cousine""".split()
)


#: Endings of nouns of persons (trades, roles): "l'encadrant Rudy", "la caissière Inès",
#: "le kiné Paul", "le psychiatre Hugo".
_PERSON_NOUN_RE = re.compile(
    r"(?:ant|ante|ent|ente|eur|euse|rice|ier|iere|iste|ien|ienne|aire|logue|iatre|ete|ette"
    r"|on|onne|in|ine|ais|aise|ois|oise|ard|arde)s?$|^(?:eleve|juge|ministre|guide|pilote"
    r"|gendarme|garde|pote|camarade|chauffe|moine|prete|pape|artiste|athlete|maitre|mousse"
    r"|cadre|membre|adjointe?|elue?|deleguee?|salariee?|employee?|associee?|apprentie?)s?$"
)


def _foreign_word(ctx: _Context, words: list[int], idx: list[int]) -> bool:
    """One lowercase word that no list knows, with nothing of a name around it: a word of
    Creole, Alsatian or German ("koko", "bredele"), a dish, a brand typed fast; the
    recogniser takes such words for names. A name typed in lowercase comes with a cue ("l'
    éduc rudy", "dr benhamou") or between quotes, and is found that way."""
    if len(words) != 1:
        return False
    tok = ctx.tokens[words[0]]
    if not tok.is_lower or tok.folded in first_names() or _quoted(ctx, idx[0], idx[-1]):
        return False
    near = [ctx.tokens[k] for k in (idx[0] - 1, idx[-1] + 1) if 0 <= k < len(ctx.tokens)]
    if any(t.folded in first_names() for t in near):
        return False  # "aimee laksita": a first name and a surname typed fast
    prev = ctx.tokens[idx[0] - 1] if idx[0] > 0 else None
    return prev is None or not (
        prev.folded in CUES
        or prev.folded in ROLE_NOUNS
        or prev.folded in _LOWERCASE_TITLES
        or ctx.civility_at(idx[0] - 1)
    )


#: Titles and plural articles typed before a family's name: "dr benhamou", "les giulietti".
_LOWERCASE_TITLES = frozenset("dr doc pr mr mme mlle melle me les chez".split())


def _lowercase_compound(tok: Token) -> bool:
    """A lowercase word made of French words joined by hyphens: "lentilles-saucisse",
    "pull-over-laine"; a dish or a thing, never a name typed so."""
    parts = tok.text.split("-")
    return tok.is_lower and len(parts) > 1 and all(p and is_common_word(p) for p in parts)


#: "arrive de Kraków", "originaire de Kinshasa", "il revient d'Oran": a place.
_COMING_FROM_RE = re.compile(
    r"\b(?:arriv\w*|vien\w*|venu\w*|reviens?\w*|revenu\w*|originaires?|part\w*|repart\w*"
    r"|rentr\w*|fui\w*|expuls\w*)\s+(?:de|d['’]|du|des)\s*$",
    re.IGNORECASE,
)


def _not_a_person_before(ctx: _Context, i: int) -> bool:
    """A lowercase "chez", "comme" or determiner right before: a brand, a work or a public
    figure ("chez Bricoflex", "comme Zlatan", "du Brassens")."""
    if i == 0:
        return False
    prev = ctx.tokens[i - 1]
    between = ctx.text[prev.end : ctx.tokens[i].start]
    return (
        between.strip() in ("", "'", "’") and prev.is_lower and prev.folded in NOT_A_PERSON_BEFORE
    )


def _quoted(ctx: _Context, i: int, j: int) -> bool:
    """Tokens i..j stand alone between quotes: a nickname ("Titi", « Toto »)."""
    before = ctx.text[: ctx.tokens[i].start].rstrip()
    after = ctx.text[ctx.tokens[j].end :].lstrip()
    return before[-1:] in ('"', "«", "“") and after[:1] in ('"', "»", "”")


def _acronym(tok: Token) -> bool:
    """A short word in capitals alone, not a first name: a service's acronym ("EMPP",
    "DDETS") as often as a surname; the rules find such surnames from their context."""
    return tok.is_upper and 1 < len(tok.text) <= 5 and tok.folded not in first_names()


def _spacy_person_context(ctx: _Context, idx: list[int]) -> bool:
    """spaCy's PER alone is weak evidence: it also tags towns, brands and public figures.
    Refuse it for a town ("Hennebont"), after a place preposition ("à Auray"), after a
    determiner, "chez" or "comme" ("du Brassens", "chez Zara", "comme Mbappé"), and right
    after a common noun that is not a person's role ("facture Engie", "magasin Lidl"; but
    "conseiller Kerhervé", "fils Noah")."""
    words = [k for k in idx if ctx.tokens[k].folded not in PARTICLES]
    if words and all(ctx.town(k) for k in words):
        return False
    first = idx[0]
    if first == 0 or ctx.place_context(first):
        return not ctx.place_context(first)
    prev = ctx.tokens[first - 1]
    between = ctx.text[prev.end : ctx.tokens[first].start]
    if between.strip() not in ("", "'", "’"):
        return True
    if _not_a_person_before(ctx, first):
        return False
    if _ELIDED_ARTICLE_RE.search(
        ctx.text, max(0, ctx.tokens[first].start - 3), ctx.tokens[first].start
    ):
        return False  # "cite l'Abbé Pierre"
    return not (
        between.strip() == ""
        and prev.folded not in CUES
        and prev.folded not in first_names()
        and not ctx.civility_at(first - 1)
        and not prev.is_upper
        and prev.folded not in _stop_words()
        and is_common_word(prev.text)
        and (prev.is_cap or not is_function_or_verb(prev.text))
    )


def detect_names(
    text: str, doc: Doc | None, forbidden: list[tuple[int, int]], *, recased: bool = False
) -> list[tuple[int, int]]:
    """Character ranges of person names in ``text`` (merged, sorted); ``text`` is already in
    the case of prose (``Redactor.find`` reads it through :func:`natural_case`); ``recased``
    says that it was typed in capitals, where spaCy's own entities are noise (the trained
    recogniser read the text in the case of prose: ``Redactor.redact_many``)."""
    stock = None if recased else doc
    ctx = _Context(text, forbidden)
    kept = _kept_by_recogniser(ctx, doc)
    ranges: list[tuple[int, int]] = []
    for seeds, weak in (
        (_civility_seeds(ctx), False),
        (_lexicon_seeds(ctx), True),
        (_cue_seeds(ctx), False),
        (_capitals_seeds(ctx), True),
        (_anchored_seeds(ctx), False),
        (_register_seeds(ctx), False),
        (_spacy_seeds(ctx, stock), True),
        (_learned_seeds(ctx, doc, stock), False),
    ):
        ranges += [
            span
            for i, j in seeds
            # "Urgences Émile Muller", "(à la) Mairie de …": a place named after someone
            if not ctx.names_a_place(i)
            and ctx.tokens[i].folded not in PLACE_NOUNS
            and not (ctx.tokens[i].is_upper and ctx.tokens[i].folded in _HOSPITAL_HEADS)
            # a word known as a first name, in capitals or spaCy's alone, where the
            # recogniser reads a brand, a town or a figure: "un sandwich Paul"
            and not (weak and ctx.span(i, j) in kept)
            for span in _unbroken(ctx, i, j)
        ]
    ranges += _pattern_ranges(ctx) + _caps_list_ranges(ctx) + _bare_lists(ctx)
    ranges += _civility_initials(ctx) + _mail_names(ctx) + _foreign_letter_seeds(ctx)
    ranges += _caps_with_initial(ctx) + _initial_then_name(ctx)
    ranges += _board_ranges(ctx) + _numbered_brackets(ctx) + _listed_names(ctx)
    ranges = [
        (s, e)
        for s, e in merge(ranges, text)
        if not _an_animals_name(text, s, e)
        and not _SAID_LIKE_BEFORE.search(text, max(0, s - 80), s)
        and not _a_namesake(text, s, e)
        and not _a_thing_not_a_name(text, s, e)
        # an acronym of four capitals or more without a vowel ("(RGPD)")
        and not _NO_VOWEL_RE.fullmatch(text, s, e)
        # one word longer than any name (« Arbeitsunfähigkeitsbescheinigung »)
        and not _LONG_WORD_RE.fullmatch(text, s, e)
        and not _said_not_a_name(text, s, e)
        and not _named_thing_or_place(ctx, s, e)
        and not _from_a_town(ctx, s, e)
    ]
    ranges = merge(ranges + _coordinated(ctx, ranges), text)
    ranges = merge(ranges + _near_misses(ctx, ranges), text)
    ranges = merge(ranges + _bracketed_first_names(text, ranges), text)
    pets = _pet_names(ctx)
    ranges = [
        (s, e)
        for s, e in (_without_civility(text, s, e) for s, e in ranges)
        if s < e
        and not (text[s:e] in pets and not _civility_before(ctx, s))
        and not _named_thing_or_place(ctx, s, e)
        and not _someone_from(ctx, s, e)
        and not _SAINT_BEFORE_RE.search(text, max(0, s - 30), s)
    ]
    return with_initials(text, ranges)


#: "« Ben oui »", "— Ben à mon patron", "« Ben... oui »": an answer's first word, said to
#: think, not the name "Ben" (which a surname follows: "Ben Salah"); nor is a verb with its
#: pronoun a name.
_INTERJECTION_RE = re.compile(r"(?i:ben|bah|beh|bon|eh)")
_ANSWER_START_RE = re.compile(r"(?:^|[«\"“—–]|\n-)[^\S\n]*$")
_NOT_A_SURNAME_AFTER_RE = re.compile(r"[^\S\n]*(?:[,.…!?»]|[a-zà-ÿ])")


#: A verb and its pronoun: "« Parlez-moi de vous »", "« Redemandez-lui »".
_IMPERATIVE_RE = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-(?:moi|toi|lui|nous|vous|leur|les|en))(?:-(?:le|la|les|en|y|lui|leur))?"
)


def _said_not_a_name(text: str, start: int, end: int) -> bool:
    if _IMPERATIVE_RE.fullmatch(text, start, end) is not None:
        return True
    return (
        _INTERJECTION_RE.fullmatch(text, start, end) is not None
        and _ANSWER_START_RE.search(text, max(0, start - 4), start) is not None
        and _NOT_A_SURNAME_AFTER_RE.match(text, end) is not None
    )


_SPACES_RE = re.compile(r"[\s\u00a0]*")


def _without_civility(text: str, start: int, end: int) -> tuple[int, int]:
    """The civility is left out of the name ("Señora López"); a civility alone names no one
    ("elle dit « Herr » à chaque fois")."""
    m = CIVILITY_RE.match(text, start)
    if m is None:
        return start, end
    name = _SPACES_RE.match(text, m.end(), end)
    return (name.end(), end) if name and name.end() < end else (start, start)


#: A preposition of place before a town: "qui arrive justement de Valence", "il a fait ses
#: études à Pau", "originaire de Castets" — the town, even where someone bears its name.
_PLACE_PREPOSITION_RE = re.compile(
    r"(?:(?<![\w'’])(?:de|à|a|vers|depuis|sur|en|originaire\s+de)[^\S\n]+|(?<![\w'’])d['’])$"
)


def a_town_after_a_preposition(text: str, start: int, end: int) -> bool:
    """The range is a town's name, right after a preposition of place and no civility."""
    m = _PLACE_PREPOSITION_RE.search(text, max(0, start - 20), start)
    return (
        m is not None
        and is_commune(text[start:end])
        # (not a first name: "il parle à Albert")
        and first_names().get(fold(text[start:end])) is None
        # "Mr de Villeneuve": a particle's surname
        and not (
            (word := _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())) is not None
            and is_civility(word.group(1))
        )
    )


_FROM_TOWN_RE = re.compile(r"(?:d['’]|de[^\S\n]+)([A-ZÀ-Þ][\w'’\-]+)")


def _from_a_town(ctx: _Context, start: int, end: int) -> bool:
    """ "Une dame d'Argenteuil veut…": where someone comes from, not a particle's surname
    ("Mme d'Orléans" is one)."""
    m = _FROM_TOWN_RE.fullmatch(ctx.text, start, end)
    if m is not None and is_commune(m.group(1)) and not _civility_before(ctx, start):
        return True
    return _someone_from(ctx, start, end)


#: Someone said by what they are, then where they come from: "un père de", "Dame d'", "un
#: jeune du", "une famille des" — with an indefinite article, or heading a sentence.
_SOMEONE_FROM_RE = re.compile(
    r"(?:(?<![\w’'])(?i:un|une|des)[^\S\n]+|(?:^|[.!?;:\n(«][^\S\n]*))"
    rf"(?i:{_SOMEONE}|résidente?|locataire|voisine?)s?[^\S\n]+"
    r"(?:de[^\S\n]+|d['’][^\S\n]*|du[^\S\n]+|des[^\S\n]+)$"
)
#: What may head the range itself: "d'Étouvie" (the elided "de" taken with the name).
_ELIDED_DE_RE = re.compile(r"(?:d['’]|de[^\S\n]+|du[^\S\n]+)")
#: A word and its hyphens, apostrophes apart ("d'Étouvie" is "d" and "Étouvie"; the
#: tokenizer's ``WORD_RE`` keeps "N'Golo" whole).
_WORD_RE = re.compile(r"[^\W\d_][\w\-]*")


def _someone_from(ctx: _Context, start: int, end: int) -> bool:
    """ "Un père de Pissevin arrive", "Dame d'Étouvie venue à pied", "un jeune du Vimeu",
    "un monsieur d'Albert appelle": a district, a town or a country around, not a name —
    unless the words are first names ("une dame de Florence" may be Florence's) other than
    a town's ("Albert")."""
    civility = CIVILITY_RE.match(ctx.text, start, end)  # "Dame d'Étouvie" taken whole
    if civility is not None:
        start = _SPACES_RE.match(ctx.text, civility.end(), end).end()
    head = _ELIDED_DE_RE.match(ctx.text, start, end)
    name_start = head.end() if head else start
    before = ctx.text[max(0, start - 40) : name_start]
    if _SOMEONE_FROM_RE.search(before) is None:
        return False
    words = _WORD_RE.findall(ctx.text, name_start, end)
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    if is_commune(ctx.text[name_start:end]):
        return True
    return all(fold(w) not in first_names() for w in words)


#: An acronym of the keep list, in capitals, at the head of a name's range: "fiche SIAO
#: Laetitia" names Laetitia, not "SIAO Laetitia".
_ACRONYM_HEAD_RE = re.compile(r"([A-Z]{2,6})[^\S\n]+(?=[A-ZÀ-Þ])")


def _without_acronym_head(text: str, start: int, end: int) -> tuple[int, int]:
    head = _ACRONYM_HEAD_RE.match(text, start, end)
    if head and is_keep_acronym(head.group(1)):
        return head.end(), end
    return start, end


_NO_VOWEL_RE = re.compile(r"[B-DF-HJ-NP-TV-XZ]{4,}")
#: Malagasy and Tamil names reach 20 letters ("Andrianampoinimerina"); German nouns go on.
_LONG_WORD_RE = re.compile(r"[^\W\d_]{22,}")
_EX_BEFORE_RE = re.compile(r"(?<![\w])(?i:ex)-$")


#: A first name in brackets right after a name: "mme sedan (claire)", "dame nancy (nancy
#: lefort)" — the person's other names, whatever else the words spell.
_BRACKETED_AFTER_RE = re.compile(
    r"[^\S\n]*\([^\S\n]*([^\W\d_][\w'’\-]*)(?:[^\S\n]+([^\W\d_][\w'’\-]*))?[^\S\n]*\)"
)


def _bracketed_first_names(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for _, end in ranges:
        m = _BRACKETED_AFTER_RE.match(text, end)
        if m is None or fold(m.group(1)) not in first_names() or is_keep_word(m.group(1)):
            continue
        if fold(m.group(1)) in CUES | ROLE_NOUNS:
            continue
        second = m.group(2)
        if second is None:
            out.append(m.span(1))
        elif not is_common_word(second) or fold(second) in word_surnames():
            out.append((m.start(1), m.end(2)))
    return out


def _named_thing_or_place(ctx: _Context, start: int, end: int) -> bool:
    """What the range names is no one, whatever found it: an animal or a thing said after it
    in brackets, a former employer glued to "ex-", a country or a district. Checked before
    the coordination step (so that it brings no sibling in) and after it."""
    return (
        _ANIMAL_AFTER.match(ctx.text, end) is not None
        or _former(ctx.text, start, end)
        or _a_country_or_district(ctx, start, end)
        or _a_places_own_name(ctx, start, end)
        or _a_district_compound(ctx, start, end)
        or _a_firm_named(ctx, start, end)
        or _a_district_after_its_town(ctx, start, end)
    )


#: A line that starts with a town and a comma: "Bordeaux, Belcier. Jeune couple…".
_TOWN_HEAD_RE = re.compile(
    r"(?:^|\n)[^\S\n]*([A-ZÀ-Þ][\w'’\-]+(?:[^\S\n][A-ZÀ-Þ][\w'’\-]+)?),[^\S\n]*$"
)


def _a_district_after_its_town(ctx: _Context, start: int, end: int) -> bool:
    """One word, no first name, between a town heading the line and a full stop: the
    district ("Bordeaux, Belcier. Jeune couple, …")."""
    head = _TOWN_HEAD_RE.search(ctx.text, max(0, start - 40), start)
    return (
        head is not None
        and is_commune(head.group(1))
        and " " not in ctx.text[start:end]
        and fold(ctx.text[start:end]) not in first_names()
        and re.match(r"[^\S\n]*[.;:—–]", ctx.text[end:]) is not None
    )


#: A firm's noun right before: "l'entreprise c'est Toitures Auvergne", "la société : …",
#: "employeur, entreprise Bâti-Sarthe" (not "la boîte", which is also the letterbox).
_FIRM_BEFORE_RE = re.compile(
    r"(?i:\b(?:(?:l['’][^\S\n]*)?entreprise|(?:la[^\S\n]+)?soci[ée]t[ée]"
    r"|(?:l['’]|son[^\S\n]+|leur[^\S\n]+)employeur)"
    r"[^\S\n]*(?:,[^\S\n]*)?(?:c['’][^\S\n]*est|:|=)?[^\S\n]*)$"
)


def _a_firm_named(ctx: _Context, start: int, end: int) -> bool:
    """Capitalised words right after a firm's noun, the first no first name, name the firm:
    "l'entreprise c'est Toitures Auvergne" (not "son employeur, Jean Morel")."""
    words = ctx.text[start:end].split()
    first = words[0] if words else ""
    return (
        _FIRM_BEFORE_RE.search(ctx.text, max(0, start - 40), start) is not None
        and fold(first) not in first_names()
    )


#: The head of a district's or a hamlet's compound name: "Mont-Mesly", "Val-Fourré",
#: "Bois-l'Abbé", "Petit-Nanterre", "Haut-du-Lièvre", "Croix-Rouge".
_DISTRICT_COMPOUND_RE = re.compile(
    r"(?:Mont|Val|Bois|Clos|Pont|Port|Cité|Croix|Champ|Champs|Puy|Plan|Bas|Haut|Haute|Hauts"
    r"|Grand|Grande|Petit|Petite|Pré|Prés|Plaine|Côte|Coteaux|Butte|Porte|Font|Fond|Terre)"
    r"-((?:l['’]|d['’]|du-|de-|des-|la-|les-|le-)?[A-ZÀ-Þ][\w'’\-]*)"
)


def _a_district_compound(ctx: _Context, start: int, end: int) -> bool:
    """One compound word headed by a place's noun, its second part no first name ("Petit-Jean"
    is a surname), and no civility before: a district ("étudiante, Mont-Mesly, vient…")."""
    m = _DISTRICT_COMPOUND_RE.fullmatch(ctx.text, start, end)
    if m is None or _civility_before(ctx, start):
        return False
    rest = m.group(1).split("-")[-1]
    return fold(rest) not in first_names() and fold(m.group(1)) not in first_names()


#: A place's own name between brackets right after the place or its town: "au CH d'Avignon
#: (Henri Duffaut)", "hospitalisé à Lyon (Édouard-Herriot)", "à Toulouse (Izards)".
_PLACE_THEN_BRACKET_RE = re.compile(
    r"(?i:\b(?:h[ôo]pital|CHU?|CHR|clinique|coll[èe]ge|lyc[ée]e|[ée]cole|universit[ée]|IUT|fac"
    r"|facult[ée]|campus|EHPAD|quartier|cit[ée]|gare|station|m[ée]tro"
    # "Urgences de Bordeaux (Pellegrin)", "sortant de prison (Domenjod)"
    r"|urgences|SAU|maternit[ée]|prison|maison\s+d['’]arr[êe]t|centre\s+p[ée]nitentiaire))"
    r"(?:[^\S\n]+(?:de|du|d['’])[^\S\n]*[A-ZÀ-Þ][\w'’\-]*)?[^\S\n]*\($"
)
_TOWN_IN_BRACKETS_AFTER_RE = re.compile(r"[^\S\n]*\([^\S\n]*([A-ZÀ-Þ][\w'’\-]*)[^\S\n]*\)")
_AT_THE_BEFORE_RE = re.compile(r"(?i:\b(?:à|a)[^\S\n]+(?:la[^\S\n]+|l['’])|\bau[^\S\n]+)$")
_TOWN_THEN_BRACKET_RE = re.compile(r"\b(?:à|a)[^\S\n]+([A-ZÀ-Þ][\w'’\-]*)[^\S\n]*\($")
_POSTCODE_TOWN_BRACKET_RE = re.compile(
    r"(?<![\w])\d{5}[^\S\n]+[A-ZÀ-Þ][\w'’\-]*(?:[^\S\n]+[A-ZÀ-Þ0-9][\w'’\-]*){0,3}[^\S\n]*\($"
)


#: A service's acronym or name right before: what follows is its branch, its district or its
#: town ("CHRS Aurore", "France Travail Jarry", "CDAS du Blosne"), never a person.
_SERVICE_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:CHRS|CDAS|CADA|HUDA|CMS|CMPP?|CCAS|CAF|Caf|CPAM|Cpam|PMI|ESAT|IME|ITEP|MECS|CHU|CH"
    r"|EHPAD|Ehpad|France[^\S\n]+Travail|Mission[^\S\n]+[Ll]ocale|P[ôo]le[^\S\n]+[Ee]mploi)"
    r"[^\S\n]+(?:(?:de|du|des)[^\S\n]+|d['’][^\S\n]*)?$"
)
#: Nouns of places whose own name follows (the layers' list and schools, stations).
_PLACE_HEADS = PLACE_NOUNS | set("iut fac faculte campus gare station metro arret".split())


def _a_places_own_name(ctx: _Context, start: int, end: int) -> bool:
    """The range is a place's own name: between brackets after a place or its town, or right
    after a school's, a university's or a station's noun; unless a civility comes before, or
    a first name alone stands between the brackets ("le CCAS de Vannes (Sandrine)")."""
    if _civility_before(ctx, start):
        return False
    if _SERVICE_RIGHT_BEFORE_RE.search(ctx.text, max(0, start - 24), start):
        return True
    i = bisect_left(ctx.starts, start)
    if i < len(ctx.tokens) and ctx.tokens[i].start == start:
        # "au collège Bellefontaine, Sami (…)": grown from a list of names, still the place's;
        # "étudiant à l'IUT Paul Sabatier", "métro Basso Cambo"; "IUT Paul Sabatier" read
        # whole by the recogniser
        if (
            ctx.names_a_place(i)
            or (i > 0 and ctx.adjacent(i - 1, i) and ctx.tokens[i - 1].folded in _PLACE_HEADS)
            or ctx.tokens[i].folded in _PLACE_HEADS
        ):
            return True
    town_after = _TOWN_IN_BRACKETS_AFTER_RE.match(ctx.text, end)
    if (
        town_after
        and is_commune(town_after.group(1))
        and _AT_THE_BEFORE_RE.search(ctx.text, max(0, start - 8), start)
    ):
        return True  # "à la Grâce de Dieu (Caen)": a district, its town after it
    if ctx.text[end : end + 1] != ")":
        return False
    if fold(ctx.text[start:end]) in first_names():
        return False
    if _PLACE_THEN_BRACKET_RE.search(ctx.text, max(0, start - 60), start):
        return True
    town = _TOWN_THEN_BRACKET_RE.search(ctx.text, max(0, start - 40), start)
    if town is not None and is_commune(town.group(1)):
        return True
    # "8 rue Watteau, 67200 Strasbourg (Elsau)": an address's district
    return _POSTCODE_TOWN_BRACKET_RE.search(ctx.text, max(0, start - 60), start) is not None


def _pet_names(ctx: _Context) -> frozenset[str]:
    """Words the note gives as an animal's name ("le chien Oscar"): the same word elsewhere in
    the note is the animal again ("je vois Oscar et Léon se renifler")."""
    if _ANIMAL_NOUN_RE.search(ctx.text) is None:
        return frozenset()  # (most notes name no animal: no scan of every word)
    return frozenset(
        tok.text
        for tok in ctx.tokens
        if tok.is_cap and _an_animals_name(ctx.text, tok.start, tok.end)
    )


def _civility_before(ctx: _Context, start: int) -> bool:
    i = bisect_left(ctx.starts, start)
    return i > 0 and ctx.civility_at(i - 1)


#: Departments named by one word that is also a name or a word (the others are places).
_DEPARTMENTS = frozenset(
    """ain allier aube aude charente cher creuse doubs eure gard gers indre jura landes loire
    loiret lot manche marne meuse nord oise orne savoie somme tarn var vienne vosges""".split()
)
#: (the town heads its clause: "L'assistante sociale de Lorient (Kerhervé)" names her)
_TOWN_BRACKET_RE = re.compile(
    r"(?:^|[,.;:\n–—][^\S\n]*)([A-ZÀ-Þ][\w'’\-]+)(?:[^\S\n]+\d{1,2}(?:e|er|ème))?[^\S\n]*\($"
)
_IN_A_DEPARTMENT_RE = re.compile(
    r"(?i:\b(?:dans|vers)\s+(?:la|le|les|l['’])\s*|\ben\s+|\bde\s+l['’]\s*)$"
)


def _cue_right_before(ctx: _Context, position: int) -> bool:
    """The word right before ``position`` says who someone is: "L'IOA (Aude)", "l'agente
    (Charente…)": the first name between the brackets is hers, not a department's."""
    k = bisect_left(ctx.starts, position) - 1
    return (
        k >= 0
        and only_spaces(ctx.text, ctx.tokens[k].end, position)
        and ctx.tokens[k].folded in CUES
    )


def _a_country_or_district(ctx: _Context, start: int, end: int) -> bool:
    """A country, whole ("Sri Lanka"), a known town alone between brackets ("(Bruz)"), or
    one word right after a known town that no first-name list knows ("Rennes Villejean",
    "Marseille Noailles"): a place, unless a civility comes just before ("Mme France")."""
    i = bisect_left(ctx.starts, start)
    if i >= len(ctx.tokens) or _civility_before(ctx, start):
        return False
    if fold(ctx.text[start:end]) in countries():
        # (a country that is also a plain first name, alone, is someone: "Dominique")
        return first_names().get(fold(ctx.text[start:end])) != ""
    if (
        ctx.tokens[i].end == end
        and ctx.text[start - 1 : start] == "("
        and ctx.text[end : end + 1] == ")"
        and (ctx.town(i) or ctx.tokens[i].folded in _DEPARTMENTS)
        and not (ctx.tokens[i].folded in first_names() and _cue_right_before(ctx, start - 1))
    ):
        return True  # "appel du CCAS voisin (Bruz)", "(Meuse)": a town or a department
    town = _TOWN_BRACKET_RE.search(ctx.text, max(0, start - 40), start)
    if (
        town
        and ctx.text[end : end + 1] == ")"
        and (is_commune(town.group(1)) or is_place(town.group(1)))
        and not any(fold(w) in first_names() for w in ctx.text[start:end].split())
    ):
        return True  # "Lyon 8e (Mermoz)": a district between brackets after its town
    if (
        ctx.tokens[i].end == end
        and ctx.tokens[i].folded in _DEPARTMENTS
        and _IN_A_DEPARTMENT_RE.search(ctx.text, max(0, start - 12), start)
    ):
        return True  # "dans la Meuse", "en Charente", "de l'Allier"
    # (one word or two: "Toulouse Basso Cambo")
    words = [i] if ctx.tokens[i].end == end else [i, i + 1]
    return (
        ctx.tokens[words[-1]].end == end
        and i > 0
        and all(ctx.adjacent(k - 1, k) for k in words)
        and ctx.tokens[i - 1].is_cap
        and ctx.town(i - 1)
        and not any(ctx.tokens[k].folded in first_names() for k in words)
        and (i == 1 or not ctx.adjacent(i - 2, i - 1) or ctx.tokens[i - 2].is_lower)
    )


def _former(text: str, start: int, end: int) -> bool:
    """A capitalised word glued to "ex-": a former employer or club ("ex-Doux")."""
    return bool(
        _EX_BEFORE_RE.search(text, max(0, start - 3), start)
        or re.match(r"(?i:ex)-[A-ZÀ-Þ]", text[start:end])
    )


def _kept_by_recogniser(ctx: _Context, doc: Doc | None) -> list[tuple[int, int]]:
    """The recogniser's words to keep (:func:`nlp.kept_by_recogniser`) that no civility
    announces ("M. Picard" stays a name)."""
    out = []
    for start, end in kept_by_recogniser(doc):
        if not _civility_before(ctx, start):
            out.append((start, end))
    return out


#: Right after "un" or "une", one or two words that are each a first name or a word name a
#: thing: "une Zoé électrique", "avec un Marie Claire", "il mange un Mars". A name no French
#: word spells stays someone's ("deux se lèvent, un Tran Van Minh et un Tran Duc Thanh").
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:un|une)[^\S\n]$")


#: A possessive before a capitalised word: a thing of someone's ("sa Nintendo Switch", "son
#: Leboncoin", "ses IJ"). Not "mon", "ma", "mes": a widow says « mon Gérard ».
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w'’])(?i:sa|son|ses|leurs?|notre|votre|nos|vos|ton|ta|tes)[^\S\n]$"
)


#: A unit after a number, in capitals too: "EN 4 MIN", "3 KM", "2 SEM".
_UNITS = frozenset(
    "min mins mn minute minutes sec secondes h hr hrs heure heures km kg ans an mois jour jours"
    " sem semaine semaines eur euros pers personnes fois etages etage".split()
)
_NUMBER_BEFORE = re.compile(r"\d[^\S\n]?$")


#: An indefinite article and an adjective before a word in lower case: "un petit olivier";
#: an adverb of degree before one: "agent très clément" (an adjective, not Clément).
_INDEFINITE_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:un|une|des)[^\S\n](?:petite?s?|grande?s?|gros|grosses?|vieux|vieilles?"
    r"|beaux?|belles?|jolie?s?|nouvel|nouveaux?|nouvelles?|vrai|vraie)"
    r"|tr[èe]s|trop|assez|super|hyper|vraiment|tellement)[^\S\n]$"
)


#: An article before a name: a thing or a place ("au Leclerc", "du Che", "le Vidal", "des
#: Lego", "de la Grâce de Dieu", "caf st quentin"). Not "la" or "les" alone (« la Martin », a
#: resident's name for another; "les Popescu", a family), not a particle after a name or a
#: civility ("Yann le Goff", "Mme le Bihan"), not inside quotes (« le Grand Schtroumpf », a
#: nickname); "La", "Les", "L'" only after a known town (:func:`_after_article`).
_THING_ARTICLES = r"(?:le|du|au|aux|des|st|ste|(?:de|[àa])[^\S\n]la|La|Les|L['’])"
_ARTICLE_BEFORE = re.compile(rf"(?<![«\"“] )(?<![\w'’«\"“]){_THING_ARTICLES}(?:[^\S\n]|(?<=['’]))$")
_ARTICLE_START = re.compile(rf"{_THING_ARTICLES}(?:[^\S\n]+|(?<=['’]))")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.\-]*)[^\S\n]+$")


def _after_article(text: str, start: int) -> bool:
    inside = _ARTICLE_START.match(text, start)  # the span holds it: "le Vidal"
    if inside:
        start = inside.end()
    m = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if m.group()[:1].isupper():
        # "La", "Les", "L'" after a town: one of its districts ("Béziers La Devèze", "caf
        # montpellier La Paillade"); elsewhere it may be a lieu-dit where someone lives
        return (
            before is not None
            and (is_place(before.group(1)) or is_commune(before.group(1)))
            and not PLACE_CUE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        )
    if before is None:
        return True
    word = before.group(1)
    return not (word[:1].isupper() or is_civility(word))


_STORM_BEFORE_RE = re.compile(
    r"(?i:\b(?:ouragan|cyclone|temp[êe]te|typhon|tornade|d[ée]pression[^\S\n]+tropicale)"
    r"[^\S\n]+)$"
)


def _a_thing_not_a_name(text: str, start: int, end: int) -> bool:
    """The words at start..end name a thing, a place or a unit, not a person, by the word
    before them: a possessive, an article, "un petit", a number, "un"/"une" (counts over
    every corpus: no labelled person stands after these words)."""
    if _POSSESSIVE_BEFORE.search(text, max(0, start - 7), start) or _after_article(text, start):
        return True
    if _STORM_BEFORE_RE.search(text, max(0, start - 25), start):
        return True  # "l'ouragan Fiona", "la tempête Ciarán": weather, no one
    if text[start:end].islower() and _INDEFINITE_ADJECTIVE_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return True
    if fold(text[start:end]) in _UNITS and _NUMBER_BEFORE.search(text, max(0, start - 2), start):
        return True
    if not _INDEFINITE_BEFORE.search(text, max(0, start - 6), start):
        return False
    words = re.findall(r"[^\W\d_]+", text[start:end])
    return 0 < len(words) <= 2 and all(fold(w) in first_names() or is_common_word(w) for w in words)


_BREAK_RE = re.compile(r"[!?;…\n]")


def _unbroken(ctx: _Context, i: int, j: int) -> list[tuple[int, int]]:
    """The character ranges of tokens i..j, cut where a sentence ends between two of them:
    "M. Max Février ! Fièvre à 39" holds a name, then the next sentence."""
    out = []
    start = i
    for k in range(i, j):
        if _BREAK_RE.search(ctx.text, ctx.tokens[k].end, ctx.tokens[k + 1].start):
            out.append(ctx.span(start, k))
            start = k + 1
    out.append(ctx.span(start, j))
    return out


#: A pet's name is no one's: "son chien Rocky", "le chat s'appelle Caramel", "la jument,
#: nommée Praline", "une chienne, Lisboa".
_ANIMAL_NOUNS = (
    r"chien|chienne|chiot|chat|chatte|chaton|cheval|jument|poney|âne|perroquet"
    r"|lapin|hamster|furet|tortue|canari|cactus|doudou|peluche|nounours|bateau"
    # (not "berger" alone: a shepherd is someone)
    r"|berger[^\S\n]+(?:allemand|belge)|malinois|labrador|pitbull|caniche|yorkshire|husky"
    r"|poisson|perruche|oiseau|bouc|ch[èe]vre|cabri|vache|cochon|poule|coq|plante|ficus"
)
#: A machine's or a vehicle's name, only after a naming verb: "la machine à café s'appelle «
#: Gérard »", "le camion de la maraude s'appelle « Titine »" ("dans la voiture, Sabine peste",
#: "devant l'ordinateur Sabine tape": someone beside it).
_NAMED_THINGS = (
    r"machine|imprimante|photocopieuse|ordinateur|robot"
    r"|camion|camionnette|fourgon|voiture|minibus|bus"
)
_NAMING = (
    r"[^.\n!?;]{0,20}?(?:s['’]appel(?:le|ait|lent)|nomm[ée]e?|surnomm[ée]e?)"
    r"[^\S\n]*:?[^\S\n]*[«\"“]?[^\S\n]*"
)
_ANIMAL_NOUN_RE = re.compile(rf"(?i:\b(?:{_ANIMAL_NOUNS}|{_NAMED_THINGS}))")
#: After "un chien, ", a name then a verb is someone else's sentence: "Ils veulent un chien,
#: Sabrina dit « pas encore »" (the animal's name is in apposition: "son chien, Rocky, dort").
_VERB_AFTER_RE = re.compile(r"[^\S\n]+(?!qui\b|et\b|ou\b)[a-zà-ÿ]")
_ANIMAL_COMMA_RE = re.compile(rf"(?i:\b(?:{_ANIMAL_NOUNS})(s?)),[^\S\n]*$")


def _an_animals_name(text: str, start: int, end: int) -> bool:
    """The word at ``start`` is given as an animal's name ("le chien Oscar")."""
    m = _ANIMAL_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    comma = _ANIMAL_COMMA_RE.search(m.group())
    return not (
        comma is not None
        and (
            _VERB_AFTER_RE.match(text, end) is not None
            # one animal cannot be two names: "un couple avec un chien, Steph et Maud"
            or (not comma.group(1) and _AND_A_NAME_RE.match(text, end) is not None)
        )
    )


_AND_A_NAME_RE = re.compile(r"[^\S\n]+et[^\S\n]+[A-ZÀ-Þ]")


_ANIMAL_BEFORE = re.compile(
    rf"(?i:\b(?:{_NAMED_THINGS})s?){_NAMING}$|"
    rf"(?i:\b(?:{_ANIMAL_NOUNS})s?)"
    # (or in brackets: "un chien (Rocky)", "son chien (Rocky, resté dans la voiture)")
    rf"(?:[^\S\n]+|,[^\S\n]*|[^\S\n]*\([^\S\n]*|{_NAMING}"
    # its owner between: "le chien du Belge, Pirate, reste dehors"
    r"|[^\S\n]+(?:du|des|de|d['’])[^\S\n]*(?:[^\W\d_][\w'’.\-]*[^\S\n]*){1,3},[^\S\n]*"
    # a list of them: "3 chiens : Kaïra, Bandit et Pirate"
    r"|[^\S\n]*(?:\([^)\n]{0,30}\))?[^\S\n]*:[^\S\n]*(?:[^\W\d_][\w'’\-]*(?:,[^\S\n]*|[^\S\n]+et[^\S\n]+)){0,4}"
    # … or after a comma, when there are several: "deux chiens, Papillon et Rex"
    r"|(?<=s),[^\S\n]*(?:[^\W\d_][\w'’\-]*(?:,[^\S\n]*|[^\S\n]+et[^\S\n]+)){1,4}"
    # … or capitalised straight after: "ses deux chiens Tyson et Roxane"
    r"|(?<=s)[^\S\n]+(?:[A-ZÀ-Þ][\w'’\-]*(?:,[^\S\n]*|[^\S\n]+et[^\S\n]+)){1,4})$"
)
#: An animal, a cuddly toy or a thing named, then what it is between brackets or as an emoji:
#: "Pompon (un lapin)", "Ti-Blanc (son cabri)", « contre "Magnus" (une appli) », "Rocky 🐶".
_ANIMAL_AFTER = re.compile(
    r"[^\S\n]*[\U0001f400-\U0001f43e\U0001f98a-\U0001f9ae](?![^\S\n]*[A-ZÀ-Þ])"
    r"|[»\"”]?[^\S\n]*\([^\S\n]*(?i:(?:c['’]est[^\S\n]+)?(?:un|une|le|la|son|sa|leur|mon|ma)[^\S\n]+"
    r"(?:petite?[^\S\n]+|vieux[^\S\n]+|vieille[^\S\n]+)?(?:chien|chienne|chiot|chat|chatte"
    r"|chaton|cheval|jument|poney|âne|perroquet|lapin|hamster|furet|tortue|canari|oiseau"
    r"|poisson|cabri|ch[èe]vre|vache|cochon|poule|coq|doudou|peluche|nounours|poup[ée]e"
    r"|ours|cactus|plante|appli|application|logiciel|jeu|bateau|voiture|moto|robot)s?)\b"
)


#: How a word is said or written: "il prononce « Périgueux » comme « Perry-goo »".
_SAID_LIKE_BEFORE = re.compile(
    r"(?i:\b(?:prononc\w*|dit|disent|[ée]cri\w*|[ée]pel\w*)\b[^.\n]{0,50}\bcomme\s*[«\"“]\s*)$"
)


#: The joke about a famous namesake: « aucun lien avec Kylian » (Mme Mbappé's).
_NAMESAKE_BEFORE_RE = re.compile(
    r"(?i:\b(?:aucun|pas\s+de)\s+(?:lien|rapport)(?:\s+de\s+parent[ée])?\s+avec[^\S\n]+)$"
)
_NAMESAKE_AFTER_RE = re.compile(r"[^\S\n]*[»\"”)]")


def _a_namesake(text: str, start: int, end: int) -> bool:
    """One word, quoted at the end of « aucun lien avec … »: the famous one, no one here."""
    return (
        _NAMESAKE_BEFORE_RE.search(text, max(0, start - 40), start) is not None
        and _NAMESAKE_AFTER_RE.match(text, end) is not None
        and _WORD_RE.fullmatch(text, start, end) is not None
    )


#: A sentence: up to a full stop, not the dot of a civility ("M. DUPONT") nor one glued
#: between two characters ("F.GALLO@MAIL.FR", "11.03.87").
_SEGMENT_RE = re.compile(r"(?:[^.!?\n…]|(?<=\b[A-ZÀ-Þ])\.|\.(?=\S))+")


#: Determiners: the word after one is a thing, even a first name ("UNE ROSE", "LA PIERRE").
_DETERMINERS = frozenset(
    "le la les l un une des du au aux ce cet cette ces sa son ses mon ma mes ton ta tes notre "
    "votre nos vos leur leurs quel quelle".split()
)
#: Elided words before an apostrophe ("D'UN", "QU'ELLE", "N'A"); a name's letter keeps its
#: capital when the rest is no French word ("N'DIAYE", "M'BAREK").
_ELIDED = frozenset("c d j l m n s t qu jusqu lorsqu puisqu quoiqu presqu".split())


#: An infinitive's ending: after a name, a surname ("MARIE-JO FERRER") more than a verb.
_INFINITIVE_RE = re.compile(r"(?:er|ir|re)$")


def _title(word: str) -> str:
    """A name in the case prose gives it: "Marie-Jo", "Le Floch"."""
    return "-".join(part.capitalize() for part in word.split("-"))


def _a_first_name(word: str) -> bool:
    """A first name, or a compound starting with one ("MARIE-JO")."""
    return fold(word.split("-")[0]) in first_names()


def _prose_word(word: str, previous: str, following: str, named: bool) -> str:
    """How prose writes ``word`` (in capitals) between ``previous`` (the word right before,
    as already rewritten; empty after a number or a mark) and ``following`` (as typed):
    ``named`` when the word before was a person's name or a civility."""
    folded = fold(word)
    if is_civility(word):
        return word.capitalize()
    if "'" in word or "\u2019" in word:
        head, _, rest = word.replace("\u2019", "'").partition("'")
        if fold(head) in _ELIDED and rest:
            tail = _prose_word(rest, previous, following, named=False)
            if tail[:1].isupper() and not is_common_word(rest):
                return head + word[len(head)] + tail  # "N'Diaye", "M'Barek"
            return head.lower() + word[len(head)] + tail
        return _title(word) if not is_common_word(word) else word.lower()
    after_determiner = previous.islower() and fold(previous) in _DETERMINERS
    if folded in PARTICLES:  # "TATIANA LE FLOCH", not "AMBRE LE 14/5"
        name_after = following and fold(following) not in _stop_words()
        return word.capitalize() if named and name_after else word.lower()
    if _a_first_name(word) and not after_determiner and folded not in _stop_words():
        return _title(word)
    if (
        named
        and not after_determiner
        and folded not in _stop_words()
        and (folded in word_surnames() or not is_verb_form(word) or _INFINITIVE_RE.search(folded))
    ):
        # "MME POISSON", "TATIANA MOREAU", "MARIE-JO FERRER"; not "MONSIEUR APPELLE"
        return _title(word)
    if folded in word_surnames() and fold(following) in first_names() and not after_determiner:
        return _title(word)  # "MOULIN CLÉMENCE"
    if is_common_word(word):
        return word.lower()
    if len(word) <= 4 and not named:
        return word  # an acronym ("SCI", "SDB") as much as a short surname
    return _title(word)


#: An elided word right before a word ("L'AGENT", "QU'IL", "JUSQU'À").
_ELIDED_BEFORE_RE = re.compile(r"(?<![^\W\d_])((?i:qu|jusqu|lorsqu|puisqu|[cdjlmnst]))['’]$")
#: A number close by: a plate's or a code's letters ("PLAQUE DS 317 AX").
_NEAR_DIGIT_RE = re.compile(r"\d")
_ADDRESS_CHUNK_RE = re.compile(r"@|://|www\.|\.(?:fr|com|net|org|eu)\b", re.IGNORECASE)


def _a_code(segment: str, tok: Token) -> bool:
    """The word is part of a code, an e-mail or a web address: typed as it is written."""
    start = tok.start
    while start > 0 and not segment[start - 1].isspace():
        start -= 1
    end = tok.end
    while end < len(segment) and not segment[end].isspace():
        end += 1
    return (
        _ADDRESS_CHUNK_RE.search(segment, start, end) is not None
        or _NEAR_DIGIT_RE.search(segment, start, end) is not None
        or len(tok.text) <= 3
        and not is_common_word(tok.text)
        and _NEAR_DIGIT_RE.search(segment, max(0, start - 2), min(len(segment), end + 2))
        is not None
    )


def natural_case(text: str) -> str:
    """Sentences typed in capitals ("LE CHEF DE SERVICE INSISTE. SA FILLE, CATHERINE,
    CRIE") rewritten in the case prose would have, same length: French words in lowercase,
    first names, words after a civility or a first name and other words capitalised
    ("Mme Poisson", "Tatiana Moreau"), a first name after a determiner in lowercase ("une
    rose"), keep-list acronyms as they are. A sentence qualifies when it has three words or
    more, nearly all in capitals, most of them French words — a list of surnames in capitals
    ("BALDÉ, CORNEC, HUET") does not."""
    out = list(text)
    changed = False
    for seg in _SEGMENT_RE.finditer(text):
        tokens = tokenize(seg.group(0))
        words = [t for t in tokens if len(t.text) >= 2]
        if len(words) < 3:
            continue
        upper = [t for t in words if t.is_upper]
        if len(upper) * 10 < len(words) * 8:
            continue
        if sum(is_common_word(t.text) for t in upper) * 2 < len(upper):
            continue
        previous, named = "", False
        body = seg.group(0)
        for k, t in enumerate(tokens):
            gap = body[t.end : tokens[k + 1].start] if k + 1 < len(tokens) else "."
            following = tokens[k + 1].text if not gap.strip() else ""
            if _a_code(body, t):
                previous, named = "", False
                continue
            if len(t.text) == 1 and t.text.isupper():
                if t.text in ("À", "A") and not gap.startswith("."):
                    new = t.text.lower()  # "LE RSA A BAISSE", not "M. A. DIALLO"
                else:  # an initial names whom the next word is ("J. MOREAU")
                    previous, named = "", gap.strip() == "."
                    continue
            elif not t.is_upper:
                previous, named = "", False
                continue
            elif is_keep_acronym(t.text):
                new = t.text
            elif is_keep_word(t.text) and fold(t.text) not in first_names():
                new = _title(t.text)  # "Vitale", "Saint-Nazaire"
            else:
                new = _prose_word(t.text, previous, following, named)
            named = (
                new[:1].isupper()
                and (is_civility(t.text) or _a_first_name(t.text) or named)
                and gap.strip() in ("", ".")
            )
            previous = new if not gap.strip() else ""
            start = seg.start() + t.start
            elided = _ELIDED_BEFORE_RE.search(body, max(0, t.start - 8), t.start)
            if elided and (new[:1].islower() or is_common_word(t.text)):
                out[seg.start() + elided.start(1) : start - 1] = elided.group(1).lower()
                changed = True
            if len(new) == len(t.text) and new != t.text:
                out[start : start + len(new)] = new
                changed = True
    return "".join(out) if changed else text


def _pattern_ranges(ctx: _Context) -> list[tuple[int, int]]:
    """Nicknames in quotes, names spelled letter by letter, initials in quotes."""
    out = []
    for regex, group in (
        (NICKNAME_RE, 1),
        (NICKNAME_LOWER_RE, 1),
        (NICKNAME_BARE_RE, 1),
        (WEAK_NICKNAME_RE, 1),
        (INITIALS_RE, 1),
        (SPELLED_RE, 0),
    ):
        for m in regex.finditer(ctx.text):
            start, end = m.span(group)
            if 1 in ctx.mask[start:end]:
                continue
            if regex not in (NICKNAME_RE, NICKNAME_LOWER_RE) and any(
                is_keep_word(t.text) for t in tokenize(m.group(group))
            ):
                continue  # (after "on l'appelle", « Tintin » or « zizou » is someone all the same)
            if regex is SPELLED_RE and is_keep_word(re.sub(r"[^\w]", "", m.group(0))):
                continue  # "S.N.C.F", "C A F": an acronym spelled out
            if regex is SPELLED_RE and (
                mark := _SPELLED_MARK_BEFORE_RE.search(ctx.text, max(0, start - 24), start)
            ):
                start = mark.start()  # "N apostrophe G-U-E-S-S-A-N"
            if regex not in (NICKNAME_RE, NICKNAME_LOWER_RE, NICKNAME_BARE_RE) and any(
                is_keep_word(t.text) or is_common_word(t.text)
                for t in tokenize(m.group(group))
                if len(t.text) > 1
                and t.folded not in first_names()
                and not (regex is SPELLED_RE and t.folded in ("deux", "double"))
            ):
                continue
            out.append((start, end))
    for m in SPELLED_COMMAS_RE.finditer(ctx.text):
        letters = _spelled_letters(m.group(0))
        if 1 in ctx.mask[m.start() : m.end()] or is_keep_word(letters):
            continue
        if len(letters) >= 7 or _SPELLING_CUE_BEFORE.search(
            ctx.text, max(0, m.start() - 60), m.start()
        ):
            out.append(m.span())
    for start, end in spelled_aided(ctx.text):
        aids = ctx.text.count(" comme ", start, end)
        if 1 not in ctx.mask[start:end] and (
            aids >= 2 or _SPELLING_CUE_BEFORE.search(ctx.text, max(0, start - 60), start)
        ):
            out.append((start, end))
    out += _spelled_copies(ctx) + _nickname_lists(ctx) + _quoted_nicknames(ctx)
    out += _title_nicknames(ctx)
    return out


#: A nickname in quotes made of an article and a nationality: « le Suisse », « La Belge ».
_QUOTED_DEMONYM_RE = re.compile(r"[«\"“]\s*((?:[Ll][ea]|L['’])\s*([A-ZÀ-Þ][\w\-]+))\s*[»\"”]")
#: Kin words that serve as names ("Mamie Lulu"; "Tonton" alone).
_KIN = r"mamie|mamy|mami|m[ée]m[ée]|papi|papy|p[ée]p[ée]|tonton|tata|tatie|tantine"
#: A family nickname, the kin word inside it: "Mamie Lulu", "tonton Ali", « Pépé Jo ».
_FAMILY_NICKNAME_RE = re.compile(
    rf"(?<![\w'’])((?i:{_KIN}|m[ée]m[ée]re|tontonne)[ \t]+([A-ZÀ-Þ][\w'’\-]*))"
)


_NEXT_CAP_RE = re.compile(r"[ \t]+(?:[A-ZÀ-Þ]|(?:de|du|des|la|le)\s+[A-ZÀ-Þ])")
#: A kin word with a capital used alone as someone's name: in quotes (« Tonton », "Papy",
#: « Tata, t'en as encore ? ») or inside a sentence without an article (« c'est à Tonton »,
#: « t'as vu Tonton est revenu »). With an article or a possessive it is a noun ("la Mamie
#: Nova", "sa Mamie"); followed by a name, the name is found as "Mamie Lulu" above.
_KIN_ALONE = rf"(?=[A-ZÀ-Þ])(?i:{_KIN})"
_KIN_QUOTED_RE = re.compile(
    rf"(?:(?<=[«\"“])|(?<=\s'))[^\S\n]?({_KIN_ALONE})(?=[^\S\n]?[»\"”',!?])"
)
_KIN_IN_SENTENCE_RE = re.compile(
    rf"(?<![\w'’])(?!(?i:le|la|les|un|une|des|du|au|aux|mon|ma|mes|ton|ta|tes|son|sa|ses|notre"
    rf"|votre|nos|vos|leurs?|ce|cette|chez|de)\b)[a-zà-ÿ]+[^\S\n]({_KIN_ALONE})(?![\w'’\-])"
    rf"(?![^\S\n]+[A-ZÀ-Þ])"
)


#: Titles, ranks and trades that serve as nicknames when capitalised: « la Comtesse », "Et Le
#: Prof a rappelé", "On croise Capitaine, du squat", « le Ch'ti ».
_TITLE_NICKNAMES = frozenset(
    """comtesse comte marquis marquise baron baronne duc duchesse prince princesse roi reine
    capitaine colonel commandant general generale lieutenant sergent prof professeur toubib
    boss patron patronne parrain marraine ch'ti chti pirate cowboy rasta grand petit vieux
    vieille""".split()
)
_TITLE_NICKNAME_RE = re.compile(
    r"(?<![\w'’])(?P<art>(?:[Ll][ea][ \u00a0]+|L['’])?)(?P<noun>[A-ZÀ-Þ][\w'’\-]+)"
)
#: What a title names when it is not someone: "le Prince de Galles", "Général de Gaulle", a
#: title then a name ("Capitaine Haddock").
_TITLE_THEN_RE = re.compile(r"[ \u00a0]+(?:[A-ZÀ-Þ]|d[eu]s?[ \u00a0]|d['’])")
_PLACE_BEFORE_TITLE_RE = re.compile(
    r"(?i:\b(?:rue|avenue|av|place|bd|boulevard|all[ée]e|quai|square|impasse|route|chemin"
    r"|lyc[ée]e|coll[èe]ge|[ée]cole|h[ôo]tel|restaurant|resto|bar|caf[ée]|brasserie|cin[ée]ma"
    r"|[àa]|au|aux|chez|du|des)[ \u00a0]+(?:la[ \u00a0]+|le[ \u00a0]+|l['’])?)$"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n…])[\s«\"“(—–\-]*$")
_SET_APART_RE = re.compile(r"[ \u00a0]*[,»\")]")
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w'’])(?!L[ea]\b)[A-ZÀ-Þ][\w'’\-]*[ \u00a0]+$")


def _title_nicknames(ctx: _Context) -> list[tuple[int, int]]:
    """A title, a rank or a trade capitalised inside a sentence, or after a capitalised
    article, is someone's nickname: « la Comtesse », "Et Le Prof a rappelé"."""
    out = []
    text = ctx.text
    for m in _TITLE_NICKNAME_RE.finditer(text):
        noun = m.group("noun")
        if fold(noun) not in _TITLE_NICKNAMES or noun.isupper() or is_keep_word(noun):
            continue
        start = m.start("art") if m.group("art")[:1] == "L" else m.start("noun")
        if 1 in ctx.mask[start : m.end()]:
            continue
        if not m.group("art") and _SENTENCE_START_RE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "Capitaine de l'équipe…": a capital that starts the sentence
        before = _CAPITALISED_BEFORE_RE.search(text, max(0, start - 30), start)
        if _TITLE_THEN_RE.match(text, m.end()) or (
            # (a capital that starts the sentence does not count: "Et Le Prof a rappelé")
            before
            and not _SENTENCE_START_RE.search(text, max(0, before.start() - 6), before.start())
        ):
            continue  # "Capitaine Haddock", "au Petit Prince": part of a longer name
        if _PLACE_BEFORE_TITLE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if not m.group("art") and not _SET_APART_RE.match(text, m.end()):
            continue  # without an article, only set apart: "On croise Capitaine, du squat"
        out.append((start, m.end()))
    return out


def _quoted_nicknames(ctx: _Context) -> list[tuple[int, int]]:
    """« le Suisse », « La Belge » (an article and a nationality in quotes: a nickname, as
    the guide counts it, article inside); family nicknames "Mamie Lulu", "tonton Ali"; a
    kin word used alone as a name (« c'est à Tonton »)."""
    out = []
    for m in _QUOTED_DEMONYM_RE.finditer(ctx.text):
        if NATIONALITY_RE.fullmatch(fold(m.group(2))) and 1 not in ctx.mask[m.start(1) : m.end(1)]:
            out.append(m.span(1))
    for m in _FAMILY_NICKNAME_RE.finditer(ctx.text):
        name = m.group(2)
        if 1 in ctx.mask[m.start(1) : m.end(1)] or is_keep_word(name) or is_place(name):
            continue
        if SAINT_PREFIX.match(name) or "'" in name or "’" in name:
            continue  # "tonton Saint-Martin", "mamie L'Escale"
        plain = fold(name) in first_names() or _DOUBLED_RE.fullmatch(fold(name)) is not None
        if not plain and (is_common_word(name) or name.isupper() or is_commune(name)):
            continue  # "tonton Département", "mamie CAF"; but "Mamie Lulu", "tonton Moussa"
        if _NEXT_CAP_RE.match(ctx.text, m.end()):
            continue  # "papi Stade Rennais": a name of several words is a thing
        if NOUN_DETERMINER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            continue  # "la Mamie Nova" (a brand)
        out.append(m.span(1))
    for regex in (_KIN_QUOTED_RE, _KIN_IN_SENTENCE_RE):
        for m in regex.finditer(ctx.text):
            if 1 not in ctx.mask[m.start(1) : m.end(1)]:
                out.append(m.span(1))
    return out


def _spelled_letters(spelled: str) -> str:
    """The word a spelling gives ("T, C, H, E accent aigu" → "TCHE")."""
    spelled = re.sub(r"\b(?:deux|double)\s([A-ZÀ-Þ])", r"\1\1", spelled)
    return re.sub(r"[^A-ZÀ-Þ]", "", _SPOKEN_ACCENT_RE.sub("", spelled))


_NICKNAME_LIST_CUE = re.compile(r"(?i:\b(?:surnoms?|pseudos?|sobriquets?)\b)[^.\n:]{0,25}:\s*")
_QUOTED_ITEM_RE = re.compile(r"[«\"“]\s*([^«»\"“”\n]{1,25}?)\s*[»\"”]")
_ITEM_GAP_RE = re.compile(r"\s*(?:,|et|/)?\s*")


def _nickname_lists(ctx: _Context) -> list[tuple[int, int]]:
    """Nicknames quoted one after the other after "surnom(s) :": « Cowboy », « la
    Rouquine », « Pépito »."""
    out = []
    for cue in _NICKNAME_LIST_CUE.finditer(ctx.text):
        pos = cue.end()
        while (m := _QUOTED_ITEM_RE.match(ctx.text, pos)) is not None:
            start, end = m.span(1)
            value = ctx.text[start:end]
            named = re.sub(r"^(?i:l[ae]\s+|l['’])", "", value)  # « la Rouquine »
            if named[:1].isupper() and not is_keep_word(named) and 1 not in ctx.mask[start:end]:
                out.append((start, end))
            gap = _ITEM_GAP_RE.match(ctx.text, m.end())
            pos = gap.end() if gap else m.end()
    return out


def _spelled_copies(ctx: _Context) -> list[tuple[int, int]]:
    """A word written in the note as it is spelled there letter by letter: "Benali,
    B-E-N-A-L-I" (any case)."""
    spelled = {fold(re.sub(r"[-. ]", "", m.group(0))) for m in SPELLED_RE.finditer(ctx.text)}
    spelled |= {fold(_spelled_letters(m.group(0))) for m in SPELLED_COMMAS_RE.finditer(ctx.text)}
    return [
        (t.start, t.end)
        for t in ctx.tokens
        if t.folded in spelled
        and 1 not in ctx.mask[t.start : t.end]
        and not is_keep_word(t.text)
        # "« B, O, deux N, E, T », comme un bonnet": the word after a determiner is a thing
        and not (
            t.text.islower()
            and NOUN_DETERMINER_BEFORE.search(ctx.text, max(0, t.start - 12), t.start)
        )
    ]


def _caps_list_ranges(ctx: _Context) -> list[tuple[int, int]]:
    """Surnames in capitals listed one after the other ("BALDÉ, CORNEC, HUET"): three or
    more capitalised words, not acronyms of the keep list, separated by commas."""
    out: list[tuple[int, int]] = []
    run: list[Token] = []

    def flush() -> None:
        # surnames are often words too ("MARTINEZ, KONATE, RIVIERE"): one word that is not
        # French is enough; a run of French words alone ("URGENT, RAPPEL, DOSSIER") is not
        if len(run) >= 3 and any(not is_common_word(t.text) for t in run):
            out.extend((t.start, t.end) for t in run)

    for tok in ctx.tokens:
        ok = (
            tok.is_upper
            and len(tok.text) >= 3
            and not ctx.blocked(tok)
            and any(ch in "AEIOUYÀÂÉÈÊËÎÏÔÖÙÛÜ" for ch in tok.text)
        )
        if ok and run and _LIST_GAP_RE.fullmatch(ctx.text, run[-1].end, tok.start):
            run.append(tok)
            continue
        flush()
        run = [tok] if ok else []
    flush()
    return out


_VOWEL_RE = re.compile(r"[AEIOUYÀÂÉÈÊËÎÏÔÖÙÛÜ]")
_LIST_SEP_RE = re.compile(r"\s*,\s*|\s+et\s+|\s*[/+&]\s*")
#: Between two items of a list, a short note in brackets ("Fofana (RSA), Haddad (AAH)") or a
#: repeated preposition ("à Mme Tran et à Nguyen").
_ANNOTATED_GAP = (
    r"(?:(?:\s*\([^()\n]{1,30}\))?(?:\s*[,;/]\s*|\s+et\s+"
    r"|\s+(?:et|ou)\s+(?:à|de|d['’]|avec|pour)\s*)"
    # numbered items, the name in brackets: "Chambres : 3 (Nkoulou), 7 (Bajrami)"
    r"|\s*\)\s*(?:[,;/]|et)\s*\d{1,4}\s*\(\s*)"
)
_ANNOTATED_LEFT_RE = re.compile(_ANNOTATED_GAP + r"$")
_ANNOTATED_RIGHT_RE = re.compile(_ANNOTATED_GAP)


def _coordinated(ctx: _Context, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A capitalised unknown word joined by "et", a comma or a slash to a name found: "Lyna
    et Sofiane", "Coriolano, Ramadan et Teohari" (a list of names, step by step; a French
    word is taken only between two names)."""
    starts = {s for s, _ in ranges}
    ends = {e for _, e in ranges}
    out: list[tuple[int, int]] = []
    toks = ctx.tokens
    seps = [
        k < len(toks) - 1 and _LIST_SEP_RE.fullmatch(ctx.text, toks[k].end, toks[k + 1].start)
        for k in range(len(toks))
    ]
    changed = True
    while changed:
        changed = False
        for k, tok in enumerate(toks):
            if tok.start in starts or not (tok.is_cap or tok.is_upper) or len(tok.text) < 2:
                continue
            left = k > 0 and seps[k - 1] and toks[k - 1].end in ends
            right = k + 1 < len(toks) and seps[k] and toks[k + 1].start in starts
            if not left:
                m = _ANNOTATED_LEFT_RE.search(ctx.text, max(0, tok.start - 40), tok.start)
                left = m is not None and m.start() in ends
            if not right:
                m = _ANNOTATED_RIGHT_RE.match(ctx.text, tok.end)
                right = m is not None and m.end() in starts
            if not (left or right):
                continue
            if ctx.blocked(tok) or _function_word(tok) or ctx.civility_at(k):
                continue
            if tok.is_upper and (
                len(tok.text) < 4
                or _NUMBER_AFTER_RE.match(ctx.text, tok.end)
                or not _VOWEL_RE.search(tok.text)
            ):
                continue  # "Mr Pichon, IPP 301448275": an acronym
            if tok.folded in CUES or ctx.town_here(k):
                continue
            if (
                is_common_word(tok.text)
                and tok.folded not in first_names()
                and not (left and right)
                and not _first_name_pair(ctx, k, left)
                # "les enfants Elira et Dion": a verb form ("élira") with a capital inside a
                # sentence, next to a name, is a name
                and not (tok.is_cap and not tok.sent_start and is_only_verb_form(tok.text))
            ):
                continue
            out.append((tok.start, tok.end))
            starts.add(tok.start)
            ends.add(tok.end)
            changed = True
    return out


_LIST_START_RE = re.compile(r"(?:^|[:\n])\s*$")
_LIST_END_RE = re.compile(r"\s*(?:[.;\n]|$)")


def _bare_lists(ctx: _Context) -> list[tuple[int, int]]:
    """Two or more capitalised words that no list knows, joined by commas, "et", "/" or
    "+", and making up the whole of what follows a colon: "File : Önsal et Zemzem.",
    "Présents : Paker, Jerzy et Pekkan." (a town, a French word or a keep term stops it)."""
    toks = ctx.tokens
    names = first_names()
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        if not _LIST_START_RE.search(ctx.text, max(0, toks[k].start - 4), toks[k].start):
            k += 1
            continue
        run = [k]
        while True:
            nxt = run[-1] + 1
            if nxt < len(toks) and toks[nxt].text == "et":
                nxt += 1  # "et" is a token of its own
            if nxt >= len(toks) or not _LIST_SEP_RE.fullmatch(
                ctx.text, toks[run[-1]].end, toks[nxt].start
            ):
                break
            run.append(nxt)
        ok = (
            len(run) >= 2
            and _LIST_END_RE.match(ctx.text, toks[run[-1]].end) is not None
            and all(
                toks[j].is_cap
                and (_plain_unknown(ctx, j) or names.get(toks[j].folded) == "")
                and not ctx.blocked(toks[j])
                and not ctx.town(j)
                for j in run
            )
        )
        if ok:
            out += [(toks[j].start, toks[j].end) for j in run]
        k = run[-1] + 1
    return out


#: Names read on a letterbox, a door or a list: "Sur la boîte aux lettres 2 noms, LE ROUX et
#: MADEC", "deux noms : « FONTAINE / KERBRAT »", "Noms dessus : Gobert, Gobert-Masson, Ricard".
_NAMES_CUE_RE = re.compile(
    r"(?i:\b(?:(?:deux|trois|quatre|[2-4])\s+noms|noms\s+dessus|noms\s+sur\s+la\s+bo[îi]te"
    r"|liste\s+(?:à\s+cocher|des\s+pr[ée]sents|d['’]appel))\b)[^\S\n]*(?:dessus)?[^\S\n]*"
    r"[:,]?[^\S\n]*[«\"“]?[^\S\n]*"
)
_LISTED_NAME = r"(?:(?:LE|LA|DE|DU|DA|VAN|BEN|EL|Le|La|De|Du|Da|Van|Ben|El)\s+)?[A-ZÀ-Þ][\w'’\-]+"
_LISTED_RE = re.compile(
    rf"({_LISTED_NAME})(?:\s+(?:ok|absente?s?|pr[ée]sente?s?|excus[ée]e?s?|✓|✔))?"
    r"(?:[^\S\n]*(?:,|/|\+|&|\bet\b)[^\S\n]*)?"
)


def _listed_names(ctx: _Context) -> list[tuple[int, int]]:
    """The names that follow a cue of names on a letterbox or a list, even names that are
    words ("FONTAINE"), keep terms and towns aside."""
    out: list[tuple[int, int]] = []
    for cue in _NAMES_CUE_RE.finditer(ctx.text):
        position, items = cue.end(), []
        while (m := _LISTED_RE.match(ctx.text, position)) is not None and m.end() > position:
            items.append(m.span(1))
            position = m.end()
            if not m.group(0)[len(m.group(1)) :].strip(" \t✓✔"):
                break  # no separator: the list ends
        if len(items) < 2:
            continue
        out += [
            (s, e)
            for s, e in items
            if not is_keep_word(ctx.text[s:e].split()[-1])
            and not is_commune(ctx.text[s:e])
            and 1 not in ctx.mask[s:e]
        ]
    return out


_PAIR_END_RE = re.compile(r"\s*(?:[.,;:!?)»]|$)")


def _first_name_pair(ctx: _Context, k: int, left: bool) -> bool:
    """ "Yvon et Clarisse.": a capitalised noun inside a sentence, right after "et" and a plain
    first name, and ending the clause, is a first name no list knows."""
    toks = ctx.tokens
    return (
        left
        and k >= 2
        and toks[k - 1].text == "et"
        and first_names().get(toks[k - 2].folded) == ""
        and not toks[k].sent_start
        and not is_function_or_verb(toks[k].text)
        and _PAIR_END_RE.match(ctx.text, toks[k].end) is not None
    )


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _near_misses(ctx: _Context, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A misspelt copy of a surname found in the note, as read from a screen or a card
    ("Kerlerou" … « Kerleroux », "Ouédraogo" … OUEDRAGO): a capitalised word that is not a
    French word and is one or two letters away from a word of a name found."""
    units = {
        t.folded
        for s, e in ranges
        for t in tokenize(ctx.text[s:e])
        if len(t.text) >= 4 and t.folded not in PARTICLES
    }
    if not units:
        return []
    taken = bytearray(len(ctx.text))
    for s, e in ranges:
        taken[s:e] = b"\x01" * (e - s)
    out = []
    for i, tok in enumerate(ctx.tokens):
        if (
            len(tok.text) < 4
            or not (tok.is_cap or tok.is_upper)
            or 1 in taken[tok.start : tok.end]
            or ctx.blocked(tok)
            or is_common_word(tok.text)
            or (tok.folded in units and _has_exact_copy(ranges, ctx.text, tok.text))
        ):
            continue
        limit = 1 if len(tok.folded) < 7 else 2
        if any(_edit_distance(tok.folded, u, limit) <= limit for u in units):
            start = tok.start
            if i > 0 and ctx.adjacent(i - 1, i) and ctx.tokens[i - 1].folded in PARTICLES:
                start = ctx.tokens[i - 1].start  # "Le Bihen"
            out.append((start, tok.end))
    return out


def _has_exact_copy(ranges: list[tuple[int, int]], text: str, word: str) -> bool:
    """Some name found holds ``word`` with the same accents ("Zieliński" vs "Zielinski")."""
    return any(t.text.lower() == word.lower() for s, e in ranges for t in tokenize(text[s:e]))


def _with_initial(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Kader B.": the initial after a name belongs to it, and so does its full stop; so
    does a first name's initial before it ("K. Amrani", but "M. Amrani" is a civility)."""
    if _GLUED_PREFIX_RE.search(text, max(0, start - 3), start) and text[start].isupper():
        start -= 2  # "M'BAREK", "N'Diaye": the prefix is part of the surname
    before = _INITIAL_BEFORE_RE.search(text, max(0, start - 4), start)
    if before and text[start].isupper() and not _LETTERED_THING_RE.search(text, 0, before.start()):
        start = before.start()
    if _LAST_INITIAL_RE.search(text, start, end) and _STOP_RE.match(text, end):
        return start, end + 1
    m = _INITIAL_AFTER_RE.match(text, end)
    return (start, m.end()) if m and text[start].isupper() else (start, end)


_BRIDGE_RE = re.compile(r"[ \u00a0]([A-ZÀ-Þ][a-zà-ÿ'’\-]{1,14})[ \u00a0]")


def bridge(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One capitalised word between two parts of a name is part of it: "Nguyen Duc Anh"
    where "Duc" is also a French word (not a place nor a keep term: "Lucas Rennes Marie")."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out:
            m = _BRIDGE_RE.fullmatch(text, out[-1][1], start)
            if m and not is_keep_word(m.group(1)) and not is_place(m.group(1)):
                if not is_commune(m.group(1)) and m.group(1).lower() not in ("et", "ou"):
                    out[-1] = (out[-1][0], end)
                    continue
        out.append((start, end))
    return out


def with_initials(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each range with the initial after it ("Kader B."), without a keep acronym at its head
    ("SIAO Laetitia")."""
    return [_with_initial(text, *_without_acronym_head(text, s, e)) for s, e in ranges]


_TABLE_SEPARATORS = ("|", " / ", " — ", " – ", " ; ", "\t")
_LEAD_RE = re.compile(r"[\s\-•*]*")
_CELL_NAME_RE = re.compile(r"(?:[A-ZÀ-Þ][\w'’\-]*)(?:[ \u00a0]+[A-ZÀ-Þ][\w'’\-]*){0,3}")


def _cells(start: int, line: str, separator: str) -> list[tuple[int, int]]:
    """The cells of a table's row, as character ranges of the note."""
    cells, offset = [], start
    for part in line.split(separator):
        cells.append((offset, offset + len(part)))
        offset += len(part) + len(separator)
    return cells


#: Words that head a column of names in a table's first row ("Box | Patient | Âge").
_COLUMN_HEADS = frozenset(
    """patient patiente patients nom noms prenom prenoms usager usagers usagere beneficiaire
    beneficiaires allocataire allocataires demandeur demandeurs assure assures assuree
    personne personnes resident residents residente client clients identite enfant enfants
    titulaire locataire locataires agent agents hebergee heberge heberges""".split()
)


def table_columns(
    text: str, ranges: list[tuple[int, int]], forbidden: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A table copied row by row ("14h00 | COSTA | 06 … | AAH", "MAHE / 07 … / portable",
    "CZ-118-LP — Mercier (ch. 4)"): once a column holds a name found elsewhere, the
    capitalised words that open the same column's other cells are names too."""
    out: list[tuple[int, int]] = []
    if not ranges or "\n" not in text:
        return out
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    for separator in _TABLE_SEPARATORS:
        rows = [_cells(start, line, separator) for start, line in lines if separator in line]
        if len(rows) < 2:
            continue
        columns: dict[int, list[tuple[int, int]]] = {}
        for cells in rows:
            for j, cell in enumerate(cells):
                columns.setdefault(j, []).append(cell)
        for cells in columns.values():
            if len(cells) < 2:
                continue
            # each cell from its first word (blanks and a list's dash aside)
            starts = [(_LEAD_RE.match(text, a, b).end(), b) for a, b in cells]
            named = [(a, b) for a, b in starts if any(s <= a < e for s, e in ranges)]
            if not named:
                continue
            for a, b in starts:
                m = _CELL_NAME_RE.match(text, a, b)
                if m is None or (a, b) in named:
                    continue
                words = m.group().split()
                if fold(m.group()) in _COLUMN_HEADS:
                    continue  # the header's cell: "Box | Patient | Âge"
                if all(
                    is_keep_word(w) or is_place(w) or is_commune(w) or w.lower() in _stop_words()
                    for w in words
                ) or any(s < m.end() and m.start() < e for s, e in forbidden):
                    continue
                out.append(m.span())
    return out


def merge(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Union of overlapping ranges and of ranges separated by spaces only."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and (start <= out[-1][1] or only_spaces(text, out[-1][1], start)):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def name_units(text: str) -> list[str]:
    """The words of a name, a particle glued to the word after it ("le goff")."""
    words = [t.folded for t in tokenize(text)]
    units: list[str] = []
    pending = ""
    for w in words:
        if w in PARTICLES:
            pending = f"{pending}{w} "
            continue
        units.append(pending + w)
        pending = ""
    return units


def _no_noun(word: str) -> bool:
    """A capitalised word that no French noun, word-like first name or place spells."""
    return (
        word[:1].isupper()
        and len(word) >= 3
        and not is_common_word(word)
        and first_names().get(fold(word)) not in ("mot", "lieu")
        and not is_place(word)
        and not is_commune(word)
    )


_WORD_DE_BEFORE_RE = re.compile(r"([^\W\d_][\w\-]*)[^\S\n]+(?:de|d['’])[^\S\n]*$")


def _office_before(text: str, start: int) -> bool:
    """An office and "de" right before ``start``: "CCAS de", "mairie de", "ville de"."""
    m = _WORD_DE_BEFORE_RE.search(text, max(0, start - 40), start)
    return m is not None and (
        is_keep_word(m.group(1)) or fold(m.group(1)) in PLACE_NOUNS | _OFFICE_NOUNS
    )


_WORD_BEFORE_RE = re.compile(r"(?<![\w'’])([^\W\d_]+)[^\S\n]+$")


def _thing_before(text: str, start: int, determined_only: bool = False) -> bool:
    """A lowercase noun that names a thing, not a person's role, right before ``start``: a
    brand, a model, a work ("des pulls Lacoste", "une boîte de chocolat Poulain", "le
    maillot Payet", "facture Engie"); but "le fils Noah", "l'éduc Rudy"."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if m is None or NAMING_VERB.search(text, max(0, start - 30), start):
        return False
    determined = NOUN_DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
    if determined_only and not determined:
        return False  # (not "son auxiliaire de vie Prudence")
    return _thing_noun(m.group(1), determined)


#: A word said as what someone is or does, not as a name: "il est marin", "j'étais
#: boucher", "ancien meunier", "meunier de métier".
_A_TRADE_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?i:est|était|étais|suis|es|sont|été|devenue?s?|comme|ancien|ancienne)"
    r"[^\S\n]+|(?<![\w])(?i:ex)-)$"
)
_A_TRADE_AFTER_RE = re.compile(r"[^\S\n]+(?i:de[^\S\n]+m[ée]tier)")


def propagate(
    text: str, names: list[tuple[int, int]], forbidden: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Other mentions, in the same text, of the names already found (whole or by word)."""
    lexicon = first_names()
    found: list[tuple[int, int]] = []
    patterns: set[tuple[str, bool]] = set()
    #: Surnames given with a plain first name ("Sophie Martin"): "la Martin" is her too.
    surnames: set[str] = set()
    for start, end in names:
        surface = text[start:end]
        whole_lower = surface.islower()
        words = tokenize(surface)
        if not is_place(surface) and (len(words) > 1 or not is_common_word(surface)):
            # (a single word that is also a common word follows the rule of words below:
            # "un monsieur Petit" does not make "petit" a name)
            patterns.add((surface, True))
        if words and lexicon.get(words[0].folded) == "":
            surnames |= {
                t.text for t in words[1:] if hand_first_names().get(t.folded) not in ("mot", "lieu")
            }
        for tok in words:
            if tok.folded in PARTICLES or len(tok.text) < 3:
                continue
            if is_keep_word(tok.text) or is_place(tok.text) or tok.folded in _stop_words():
                continue
            if SAINT_PREFIX.match(tok.text):
                continue  # "Lucie Saint-Martin" does not make "l'église Saint-Martin" a name
            common = is_common_word(tok.text) or lexicon.get(tok.folded) in ("mot", "lieu")
            patterns.add((tok.text, whole_lower or not common))
    blocked = bytearray(len(text))
    for a, b in forbidden:
        blocked[a:b] = b"\x01" * (b - a)
    taken = bytearray(len(text))
    for a, b in names:
        taken[a:b] = b"\x01" * (b - a)
    for word, ignore_case in sorted(patterns, key=lambda p: -len(p[0])):
        flags = re.IGNORECASE if ignore_case else 0
        pattern = re.compile(r"(?<![\w'’\-])" + re.escape(word) + r"(?![\w\-])", flags)
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if 1 in blocked[s:e] or 0 not in taken[s:e]:
                continue
            if not ignore_case and not m.group(0)[0].isupper():
                continue
            if (
                NOUN_DETERMINER_BEFORE.search(text, max(0, s - 12), s)
                # (in lowercase, "son petit chien" is a noun even after "mr bruno petit")
                and (word not in surnames or m.group(0).islower())
                and not _no_noun(m.group(0))
            ):
                continue  # "un olivier", "la Rose des Vents": the noun; but "la Martin",
                # and "un Nguyen" (no French noun is written so)
            if _PLACE_BEFORE_RE.search(text, max(0, s - 10), s) and (
                is_commune(m.group(0)) or lexicon.get(fold(m.group(0))) == "lieu"
            ):
                continue  # "Mme Valence … à Valence", "Florence Aubry … à Florence"
            if is_commune(m.group(0)) and (
                _office_before(text, s) or _FROM_PLACE_BEFORE_RE.search(text, max(0, s - 30), s)
            ):
                continue  # "Mme Nancy Florentin … au CCAS de Nancy", "M. Pau appelle de Pau"
            if _thing_before(text, s):
                continue  # "M. Poulain … une boîte de chocolat Poulain": a brand
            if _SAINT_BEFORE_RE.search(text, max(0, s - 8), s):
                continue  # "Mme Agathe Mathieu : « sainte Agathe »": the saint
            if (
                m.group(0).islower()
                and is_common_word(word)
                and (
                    _A_TRADE_BEFORE_RE.search(text[max(0, s - 20) : s])
                    or _A_TRADE_AFTER_RE.match(text, e)
                )
            ):
                continue  # "mr marin leroy … il est marin pêcheur", "meunier de métier"
            found.append((s, e))
            taken[s:e] = b"\x01" * (e - s)
    # the same name spelled letter by letter, in any case: « mendy, m-e-n-d-y »
    spelled_names = {fold(word) for word, _ in patterns if len(word) >= 3}
    for m in _HYPHEN_SPELLED_RE.finditer(text):
        s, e = m.start(), m.end()
        if 1 in blocked[s:e] or 1 in taken[s:e]:
            continue
        if fold(m.group(0).replace("-", "")) in spelled_names:
            found.append((s, e))
    return found


#: Letters joined by hyphens, in any case ("m-e-n-d-y"; "B-E-N-A-L-I" is ``SPELLED_RE``'s).
_HYPHEN_SPELLED_RE = re.compile(r"(?<![\w\-])[^\W\d_](?:-[^\W\d_]){2,}(?![\w\-])")
