"""Independent evaluation corpus n° 43 for the anonymiser, written by hand.

Each note is a ``(site_kind, channel, text)`` tuple with inline marks:
``[[LABEL:value]]`` for a value to mask, ``{{value}}`` for a string to keep.
Running this script strips the marks, computes the offsets, builds each note's
``keep`` list (deduplicated within the note, in order of first appearance),
numbers the notes ``ind43-001`` ... ``ind43-240`` in writing order, draws a
stratified 120 / 120 split with ``random.Random(43)`` and writes ``dev.jsonl``
and ``holdout.jsonl`` next to this file. Standard library only, deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind43"
SEED = 43
LABELS = {
    "PERSONNE",
    "NIR",
    "TELEPHONE",
    "EMAIL",
    "IBAN",
    "ADRESSE",
    "DATE_NAISSANCE",
    "N_ALLOCATAIRE",
    "ID_FRANCE_TRAVAIL",
    "IMMATRICULATION",
    "IDENTIFIANT",
}
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = ("accueil_physique", "accueil_telephonique", "controle_sur_place")
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

FA = "france_travail"
AP = "accueil_physique"
AT = "accueil_telephonique"
CS = "controle_sur_place"


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    pos = 0
    length = 0
    for match in MARK_RE.finditer(marked):
        before = marked[pos : match.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = match.group(1), match.group(2), match.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"value with outer whitespace: {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept != kept.strip():
                raise ValueError(f"keep with outer whitespace: {kept!r}")
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            length += len(kept)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked[:60]!r}")
    return text, entities, keep


def build(notes: list[tuple[str, str, str]]) -> list[dict]:
    built = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
        text, entities, keep = parse(marked)
        built.append(
            {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return built


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified split by site kind x channel: shuffle each cell and halve it; the odd
    cells' leftovers are shuffled once more with the same generator and halved."""
    rng = random.Random(SEED)
    dev: list[dict] = []
    holdout: list[dict] = []
    leftovers: list[dict] = []
    for site_kind in SITE_KINDS:
        for channel in CHANNELS:
            cell = [n for n in notes if n["site_kind"] == site_kind and n["channel"] == channel]
            rng.shuffle(cell)
            half = len(cell) // 2
            dev.extend(cell[:half])
            holdout.extend(cell[half : 2 * half])
            if len(cell) % 2:
                leftovers.append(cell[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    dev.sort(key=lambda n: n["id"])
    holdout.sort(key=lambda n: n["id"])
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# The notes, by hand. France Travail first (the emphasis of this corpus), then
# the other sites, several of them about work and employment too.
# ---------------------------------------------------------------------------

FT_PHYSIQUE_1 = [
    (
        FA,
        AP,
        "Arrivée {{9h10}} à l'agence {{France Travail}} {{Rennes Nord}}. Déjà {{14 personnes}} "
        "devant la porte... ouverture à {{9h}} pile. La conseillère d'accueil, [[PERSONNE:Sandrine]], "
        'trie : inscription -> {{bornes}}, RDV -> salle d\'attente, le reste -> "on va voir". '
        "Un monsieur demande si on peut imprimer un CV, elle l'envoie à l'{{espace libre-service}}.",
    ),
    (
        FA,
        AP,
        "Jeune femme {{23 ans}}, vient finaliser son CV avant le {{job dating}} de jeudi. Je lis "
        "par dessus son épaule : en haut [[PERSONNE:Léa Morvan]] / [[TELEPHONE:06 71 28 45 90]] / "
        "[[EMAIL:lea.morvan35@gmail.com]]. Expériences : équipière {{McDonald's}} "
        "{{Saint-Grégoire}} ({{2020-2022}}), vendeuse {{Kiabi}} {{Cesson}} depuis. {{BTS MCO}} "
        "commencé pas fini. La conseillère, Mme [[PERSONNE:Tanguy]], lui fait enlever la photo "
        "de vacances (lunettes de soleil 😅) et remonter le permis B en haut.",
    ),
    (
        FA,
        AP,
        "Inscription d'un monsieur licencié éco des {{Transports Moreau}} ({{Vern-sur-Seiche}}) "
        "après {{17 ans}} de boîte. Il a sa lettre de licenciement et l'{{attestation employeur}}. "
        "Création de l'espace perso avec la conseillère. Il dicte son n° de sécu : "
        "[[NIR:1 79 07 99 350 027 63]], né le [[DATE_NAISSANCE:21/07/1979]] à {{Casablanca}}. "
        "Identifiant attribué à la fin : [[ID_FRANCE_TRAVAIL:4518273K]]. Elle lui parle du {{CSP}}, "
        "il a {{21 jours}} pour se décider. RIB pour l'{{ARE}} recopié depuis son appli "
        "{{Banque Populaire}} : [[IBAN:FR76 1380 7008 1221 0198 7654 361]].",
    ),
    (
        FA,
        AP,
        "Une dame me montre sa lettre de motivation pour l'offre {{174QWLM}} (vendeuse en "
        "boulangerie, {{CDI}} {{30h}}) chez {{Boulangerie Le Gall}} à {{Plérin}}. Ça commence par "
        "« Madame, Monsieur, forte de 8 ans d'expérience dans le commerce... » et c'est signé "
        "[[PERSONNE:Fatoumata Camara]]. Le conseiller lui conseille de mettre le nom du patron "
        "plutôt que Madame Monsieur. Elle ne le connaît pas. Il cherche sur {{Pappers}} devant "
        "nous : gérant M. [[PERSONNE:Yannick Le Gall]]. Elle recopie le nom sur un post-it.",
    ),
    (
        FA,
        AP,
        "Atelier « {{Booster son CV}} » à {{14h}} : 6 inscrits, 3 venus. L'animatrice commence par "
        '"qui a déjà postulé en ligne ?" personne ne lève la main. Vidéo de {{10 min}} sur les '
        "{{soft skills}}, ça décroche vite. Un participant demande si {{Canva}} c'est gratuit. "
        "Réponse : oui, la version de base.",
    ),
    (
        FA,
        AP,
        "PMSMP à signer : immersion de {{2 semaines}} au {{Garage Ferreira Automobiles}} "
        "({{Chantepie}}), tuteur M. [[PERSONNE:Ferreira]] lui-même. La conseillère "
        "([[PERSONNE:Aurélie]]) vérifie le SIRET sur la convention : {{529 874 315 00011}}. "
        "Le jeune, [[PERSONNE:Enzo]], veut être mécano, il a déjà refait les freins de la "
        "{{Clio}} de son oncle. Elle rappelle : pas de salaire pendant la {{PMSMP}}, il garde "
        "son allocation {{CEJ}}.",
    ),
    (
        FA,
        AP,
        "file d'attente 25 min. borne n°2 en panne (écran noir). "
        "un agent du {{service civique}} aide les gens sur les bornes {{1 et 3}}. "
        'bcp de gens viennent juste pour "avoir un papier" = {{attestation}} '
        "d'inscription. ça s'imprime en {{2 minutes}} mais ils ne savent pas où cliquer.",
    ),
    (
        FA,
        AP,
        "M. [[PERSONNE:Gwenaël Riou]], 56 ans, cariste. Il veut un {{CACES}} R489 cat. 3 et 5 "
        "pour retrouver du boulot en entrepôt ({{Lidl}} recrute à {{Liffré}}). La conseillère "
        "monte une {{AIF}} : devis de l'organisme {{AFTRAL}} {{1 450 €}}, {{5 jours}}. Numéro de "
        "la demande AIF sur l'écran : [[IDENTIFIANT:AIF-2024-0583316]]. Délai de réponse "
        "annoncé : {{3 semaines}}, la session démarre dans {{4 semaines}}. Ça va être juste.",
    ),
    (
        FA,
        AP,
        "Un homme d'une trentaine d'années montre son profil {{LinkedIn}} sur son téléphone pour "
        'prouver qu\'il "cherche activement" : [[IDENTIFIANT:linkedin.com/in/karim-haddad-logistique]]. '
        'La conseillère rigole un peu : {{412 relations}} mais pas de photo, titre "en recherche". '
        'Elle lui montre comment mettre "{{Open to work}}" et écrire un résumé.',
    ),
    (
        FA,
        AP,
        "Vérification des références pour une offre de {{plongeur}} ({{Brasserie du Port}}, "
        '{{Lorient}}). Sur le CV du candidat, rubrique "références" : « M. [[PERSONNE:Duval]], '
        "chef de cuisine, [[TELEPHONE:06.84.21.57.03]] ». La conseillère dit qu'elle n'appelle "
        "jamais les références elle-même, c'est l'employeur qui le fait.",
    ),
    (
        FA,
        AP,
        "Maman solo, 3 enfants. On lui propose un poste en {{grande surface}} à {{6h}} du matin, "
        "elle ne peut pas : la {{crèche}} ouvre à {{7h30}}. Elle a peur d'être radiée si elle "
        "refuse. Le conseiller la rassure, parle de l'{{offre raisonnable d'emploi}} et note "
        '"contrainte de garde" dans le dossier. Pas de nom donné devant moi.',
    ),
    (
        FA,
        AP,
        "Réfugié afghan avec interprète ({{ISM Interprétariat}} par téléphone, haut-parleur). "
        "Il présente son titre de séjour, n° [[IDENTIFIANT:7503418265]], et son identifiant "
        "[[ID_FRANCE_TRAVAIL:3092716 B]]. Il était électricien à {{Kaboul}}, {{12 ans}} "
        "d'expérience, aucun diplôme reconnu. La conseillère parle du {{Pix}}, d'une "
        "{{VAE}}, et des cours de {{FLE}} au {{GRETA}}. Elle écrit son prénom [[PERSONNE:Ahmad]] "
        "phonétiquement sur la fiche.",
    ),
    (
        FA,
        AP,
        "Radiation : le monsieur n'a pas vu la convocation du {{12}}. Il montre sa boîte mail "
        "sur son tel, le mail était dans les spams. Adresse : [[EMAIL:j.lefeuvre.1972@orange.fr]]. "
        "La conseillère, [[PERSONNE:Corinne]], fait un recours gracieux direct sur l'outil, "
        '{{10 min}}. Il repart soulagé mais ne comprend pas ce qu\'est un "{{recours}}".',
    ),
    (
        FA,
        AP,
        "trop perçu ARE {{1 240 €}} réclamé à une dame qui a repris un {{CDD}} chez "
        '{{Leclerc}} {{Saint-Brieuc}} sans le déclarer "parce que c\'était que {{3 semaines}}". '
        "courrier à la main avec son identifiant [[ID_FRANCE_TRAVAIL:5627104M]]. "
        "la conseillère propose un échéancier à {{80 €}}/mois. la dame pleure un peu.",
    ),
    (
        FA,
        AP,
        'Salon "{{Jobs d\'été}}" dans le hall : stands {{Armée de Terre}}, {{SNCF}}, '
        "{{Adecco}}, {{Randstad}}, {{Le Puy du Fou}} (!). Beaucoup de lycéens. Les CV sont déposés "
        "dans des bannettes, je vois dépasser des photos. Aucune notion de ce qui est fait des "
        'CV non retenus. Je pose la question : "on les jette à la fin".',
    ),
    (
        FA,
        AP,
        "Cadre, ~50 ans, licencié d'une {{ESN}}. Il dit que l'{{APEC}} l'aide plus. Sur son CV "
        'affiché à l\'écran : [[PERSONNE:Olivier Caradec]], "Chef de projet SI", '
        "[[EMAIL:olivier.caradec@protonmail.com]], [[TELEPHONE:+33 6 45 90 12 77]], "
        "[[IDENTIFIANT:linkedin.com/in/ocaradec]]. {{15 ans}} chez {{Capgemini}}, puis {{Sopra Steria}}. "
        "La conseillère n'a pas grand chose à lui proposer à part l'{{atelier réseau}} du mardi.",
    ),
    (
        FA,
        AP,
        "Une aide-soignante en reconversion demande l'{{AREF}} pour sa formation d'infirmière à "
        "l'{{IFSI}} de {{Pontchaillou}}. Elle a eu le concours ! 3 ans de formation. La conseillère "
        "vérifie les droits restants : {{487 jours}}. Pendant ce temps, la dame me raconte qu'elle "
        "bossait à l'{{EHPAD Les Glycines}} de {{Bruz}} et que la directrice, Mme "
        "[[PERSONNE:Pasquier]], ne voulait pas la laisser partir en {{PTP}}.",
    ),
    (
        FA,
        AP,
        "Jeune homme 20 ans arrive avec sa conseillère {{Mission locale}} ([[PERSONNE:Inès Benali]]) "
        "pour l'entrée en {{CEJ}}. Signature du contrat d'engagement. Allocation {{528 €}} max. "
        "Il demande si ça compte comme un salaire pour la {{Caf}} de sa mère. Personne ne sait "
        "répondre avec certitude.",
    ),
    (
        FA,
        AP,
        "Mot de passe {{espace perso}} oublié. L'adresse mail du compte est "
        "[[EMAIL:nathalie.gourvennec@hotmial.fr]] (faute de frappe à l'inscription, "
        '"hotmial"). Impossible de recevoir le code. Le conseiller doit faire une demande au '
        '{{support}}. {{48h}}. La dame : "ça fait trois fois que je viens pour ça".',
    ),
    (
        FA,
        AP,
        "Espace libre-service : 6 postes, 2 imprimantes. Un volontaire {{service civique}} "
        "passe de l'un à l'autre. Les gens impriment surtout des attestations et des CV. "
        'Un jeune cherche "{{Indeed}}" dans la barre {{Google}} et s\'étonne que le site '
        "{{France Travail}} soit différent. Wifi qui saute toutes les 5 min.",
    ),
    (
        FA,
        AP,
        "Employeur au guichet ! Mme [[PERSONNE:Rolland]], gérante de la {{Crêperie Ty Breizh}} à "
        '{{Vannes}}, vient déposer une offre parce que "en ligne c\'est trop compliqué". '
        "Serveur/serveuse saison, {{35h}}, {{SMIC}} + pourboires. SIRET {{790 564 124 00010}}. "
        "L'offre est créée sous mes yeux : réf {{175HBRC}}. Elle laisse son portable pour les "
        "candidats : [[TELEPHONE:07 62 14 93 08]].",
    ),
    (
        FA,
        AP,
        "Un monsieur vient pour la {{3e}} fois dans la semaine. Il n'a pas de rendez-vous. Il veut "
        "\"parler à quelqu'un de vrai\". L'{{agent de sécurité}} se rapproche. Finalement la "
        "{{responsable d'équipe}} le prend {{5 minutes}} dans un bureau. Ça retombe. Je n'ai pas su "
        "ce qu'il voulait.",
    ),
    (
        FA,
        AP,
        "Ecran de la conseillère (je note ce qui s'affiche) : \"[[PERSONNE:HAMON Kévin]] - né le "
        "[[DATE_NAISSANCE:03/07/1998]] - id [[ID_FRANCE_TRAVAIL:2841936S]] - {{catégorie A}} - "
        'inscrit depuis le {{14/02/2023}}". Dernier métier : préparateur de commandes chez '
        "{{Amazon}} ({{Brétigny}}). Projet : {{chauffeur poids lourd}}. Financement {{POEI}} "
        "possible avec {{Transports Guérin}}, qui cherche 4 conducteurs.",
    ),
    (
        FA,
        AP,
        "Création d'entreprise : une femme lance sa micro-entreprise de couture/retouches à "
        "{{Quimperlé}}. Elle demande l'{{ARCE}}. Son SIRET perso vient d'arriver : "
        "[[IDENTIFIANT:881 203 756 00013]]. Le conseiller explique : {{60 %}} des droits en "
        "deux fois, ou le maintien de l'ARE. Elle choisit pas tout de suite. "
        "Elle s'appelle [[PERSONNE:Maëlle]], elle me montre son compte {{Instagram}} "
        "[[IDENTIFIANT:@maelle_retouches29]].",
    ),
    (
        FA,
        AP,
        "Bureau de [[PERSONNE:Stéphane]] (conseiller entreprise). Il appelle {{Intermarché}} "
        "{{Guingamp}} devant moi pour une {{POEI}} de bouchers. Ils ont 3 candidats. Il me "
        "montre son tableau de suivi {{Excel}}, 40 lignes de candidats avec nom, tel, mail… sur un "
        "fichier sur le bureau de son PC. Je ne recopie rien.",
    ),
    (
        FA,
        AP,
        "Pas beaucoup de monde ce matin (pont). {{3 conseillers sur 9}} présents. "
        "Accueil fermé de {{12h}} à {{13h30}}. Les gens lisent l'affiche et repartent.",
    ),
    (
        FA,
        AP,
        "Candidat à une offre de soudeur ({{Naval Group}}, {{Lorient}}, réf {{173PTXK}}). Il a "
        "fait une POEC soudure à l'{{AFPA}} de {{Lanester}}. Son CV est une feuille manuscrite ! "
        "La conseillère le tape avec lui : [[PERSONNE:Dylan Le Corre]], [[ADRESSE:14 rue Jules "
        "Ferry, 56600 Lanester]], [[TELEPHONE:0698451230]], pas de mail → on lui en crée un : "
        "[[EMAIL:dylan.lecorre56@gmail.com]].",
    ),
    (
        FA,
        AP,
        "Réunion d'info {{Cap emploi}} pour les personnes avec {{RQTH}}. Mme "
        "[[PERSONNE:Yvonne Bihan]] (née en {{1966}}) a sa notification {{MDPH}} sous le bras, n° de dossier "
        "[[IDENTIFIANT:MDPH35-2023-118745]]. Elle ne peut plus porter de charges (dos), elle "
        "était aide à domicile chez {{ADMR}}. Orientation vers un bilan de compétences "
        "financé par le {{CPF}}.",
    ),
    (
        FA,
        AP,
        '"Vous avez {{18 ans}}? Oui. Vous habitez où? Chez ma tante, [[ADRESSE:3 allée des '
        'Tilleuls, Cesson-Sévigné]]. Vous avez le permis? Non mais le code." -> conseiller '
        "lui parle du {{permis à 1 € par jour}} et de l'aide au permis {{France Travail}} "
        "({{1 200 €}}). Le jeune ([[PERSONNE:Noah]]) veut être livreur {{Chronopost}}.",
    ),
]

FT_PHYSIQUE_2 = [
    (
        FA,
        AP,
        "CV d'une dame de 46 ans, imprimé, plein de blanco. En-tête : [[PERSONNE:Sylvie Guillou]], "
        "née le [[DATE_NAISSANCE:12 mai 1978]], [[ADRESSE:5 rue de Brest, 29800 Landerneau]]. "
        "Parcours : {{Pressing du Centre}} ({{1997-2004}}), {{Blanchisserie Pasquet}} "
        "({{2004-2019}}, fermée), {{Hôtel Mercure}} {{Brest}} en extra. La conseillère lui dit "
        'd\'enlever la date de naissance, "ça ne se fait plus". Elle : "mais ils vont la voir '
        'de toute façon".',
    ),
    (
        FA,
        AP,
        "Discussion avec la directrice d'agence pendant la pause : {{4 200}} demandeurs suivis, "
        "{{38}} conseillers, portefeuilles de {{180}} à {{350}} selon la modalité "
        "({{suivi}}, {{guidé}}, {{renforcé}}, {{global}}). Depuis la loi {{plein emploi}}, "
        "inscription automatique des bénéficiaires du {{RSA}} : +{{15 %}} d'inscrits. "
        'Elle dit "on n\'a pas eu un poste de plus".',
    ),
    (
        FA,
        AP,
        "Intérimaire chez {{Synergie}}, mission à la {{Cooperl}} de {{Lamballe}} (découpe). "
        "Il apporte ses fiches de paie pour l'actualisation. Sur la fiche : "
        "nom [[PERSONNE:BOSCHER]] prénom "
        "[[PERSONNE:Anthony]], matricule [[IDENTIFIANT:00458127]], {{151,67 h}}, net {{1 612,40 €}}. "
        "Il a travaillé tout le mois mais il est quand même inscrit, il ne comprend pas pourquoi "
        "on lui demande de s'actualiser.",
    ),
    (
        FA,
        AP,
        "Une mamie (c'est elle qui le dit) de 63 ans fait garder ses petits voisins. Pour "
        "l'actualisation elle ne sait pas où mettre les {{42 h}} faites chez Mme "
        "[[PERSONNE:Lemoine]] payées en {{CESU}}. La conseillère lui montre la case "
        '"activité salariée". Ça prend {{20 min}}. Elle a tout noté dans un petit carnet à '
        "spirale, très bien tenu.",
    ),
    (
        FA,
        AP,
        "Garçon de 17 ans et demi avec sa mère, cherche un patron pour un {{CAP}} menuisier en "
        "{{alternance}} au {{CFA du Bâtiment}} de {{Saint-Grégoire}}. Il a fait son stage de 3e "
        'à la {{Menuiserie Prigent}} à {{Vitré}}, "le patron voulait bien mais il a pas de '
        "place\". Le conseiller ouvre {{La bonne alternance}} sur l'écran, 7 offres dans les "
        "{{30 km}}.",
    ),
    (
        FA,
        AP,
        "Accessibilité : pas de {{boucle magnétique}} à l'accueil. Un monsieur malentendant se "
        "fait répéter 4 fois. L'agente finit par écrire sur un bloc. Le {{fauteuil roulant}} ne "
        "passe pas entre les bornes et le comptoir. Signalé au {{référent handicap}} d'après la "
        'conseillère "depuis {{2022}}".',
    ),
    (
        FA,
        AP,
        "Inscription d'une dame portugaise arrivée il y a {{6 mois}}, {{femme de ménage}} chez des "
        "particuliers. Carte d'identité portugaise n° [[IDENTIFIANT:15482630 7 ZX4]]. "
        "Née le [[DATE_NAISSANCE:05/03/1988]] à {{Porto}}, n° sécu provisoire devenu définitif : "
        "[[NIR:2 88 03 99 139 041 04]]. Elle donne un IBAN portugais "
        "[[IBAN:PT47 0035 0651 0004 8729 1306 7]], la conseillère dit que c'est accepté "
        "({{SEPA}}). Sa fille traduit.",
    ),
    (
        FA,
        AP,
        "RDV hebdo {{CEJ}} de [[PERSONNE:Yanis]] avec [[PERSONNE:Karim]] (son conseiller). Bilan de "
        "la semaine : {{15 h}} d'activités validées sur {{15 à 20}}. Il a fait une journée "
        "à la {{Poissonnerie Tanguy}} ({{marché des Lices}}), il a adoré. [[PERSONNE:Karim]] parle d'une "
        '{{PMSMP}} de 2 semaines chez eux. "Faut que tu te lèves à 4h hein".',
    ),
    (
        FA,
        AP,
        "La personne épelle son adresse mail à voix haute, je note comme elle le dit : "
        '"[[EMAIL:m point guillou arobase laposte point net]]". Le conseiller se trompe {{deux fois}} '
        "(un seul L). Finalement il lui fait écrire elle-même sur le clavier. {{4 min}} pour "
        "une adresse.",
    ),
    (
        FA,
        AP,
        'Le monsieur donne son numéro très vite : "[[TELEPHONE:zéro six, quarante-deux, '
        'dix-huit, soixante-sept, zéro neuf]]". Conseillère : "on va le refaire doucement". '
        "Il travaille de nuit chez {{Lactalis}} (intérim {{Manpower}}) et ne décroche jamais "
        "le jour, il demande qu'on lui envoie des {{SMS}}.",
    ),
    (
        FA,
        AP,
        "Réunion d'équipe {{8h30}} (j'y suis invité). Objectifs du trimestre : {{contrôle de la "
        "recherche d'emploi}}, taux de retour à l'emploi à {{6 mois}}, délais d'inscription. "
        'Une conseillère dit que le logiciel "plante tous les lundis". Rires. Pas de cas '
        "individuel évoqué devant moi.",
    ),
    (
        FA,
        AP,
        "Formation agent de sécurité ({{TFP APS}}) financée en {{POEC}}, 7 stagiaires sur 12 "
        "ont trouvé. M. [[PERSONNE:Diarra]] vient montrer sa carte pro {{CNAPS}} n° "
        "[[IDENTIFIANT:CAR-035-2029-03-14-20240456789]] pour qu'on la scanne. Il commence lundi "
        "chez {{Fiducial}}, site {{Rennes Atalante}}.",
    ),
    (
        FA,
        AP,
        "Dame de 56 ans qui se demande si elle peut partir en retraite avant 62 ans (carrière "
        "longue). Elle a son relevé {{Info Retraite}} : [[PERSONNE:Marie-Dominique Santoni]], née le "
        "[[DATE_NAISSANCE:30 mai 1968]] à {{Ajaccio}}, NIR [[NIR:2 68 05 2A 004 031 58]]. "
        "La conseillère ne peut pas répondre, c'est la {{Carsat}}. Orientation. La dame : "
        "\"tout le monde me renvoie vers quelqu'un d'autre\".",
    ),
    (
        FA,
        AP,
        '[[PERSONNE:Maryvonne]], conseillère depuis {{31 ans}} ({{ANPE}} !) : "on a {{12 minutes}} par '
        "personne à l'accueil, pas plus. Avant on avait le temps.\"",
    ),
    (
        FA,
        AP,
        "Lettre de motivation adressée \"À l'attention de Mme [[PERSONNE:Gaëlle Robin]], "
        'responsable RH, {{Groupe Beaumanoir}}, {{Saint-Malo}}". Candidature spontanée, '
        "le candidat ([[PERSONNE:Théo]]) a trouvé le nom de la RH sur {{LinkedIn}}. Il veut "
        "envoyer à [[EMAIL:recrutement@beaumanoir-groupe.fr]]. La conseillère dit que c'est "
        "malin.",
    ),
    (
        FA,
        AP,
        "Entretien en visio avec un employeur dans le {{box 3}} ({{Teams}}). Le candidat n'a pas de "
        '{{webcam}} chez lui. A l\'écran le nom affiché "[[PERSONNE:Chloé R.]]" (la candidate) et '
        '"Recrutement {{Biocoop}}". Je sors pendant l\'entretien.',
    ),
    (
        FA,
        AP,
        'Offre lue à voix haute par la conseillère : "{{176JLPD}} — aide ménager H/F — '
        "{{O2 Care Services}} — {{Saint-Malo}} — {{24h/semaine}} — permis B exigé — véhicule "
        'fourni". La dame dit non à cause du permis. Prochaine : "{{176KMZA}} — agent '
        "d'entretien — {{Onet}} — horaires coupés {{6h-9h}} / {{17h-20h}}\". Non plus.",
    ),
    (
        FA,
        AP,
        "Convocation {{CRE}} (contrôle recherche d'emploi). Le monsieur a préparé une liste : "
        "{{Menuiserie Prigent}} ({{Vitré}}) - déposé CV ; {{SARL Bazin Couverture}} - appel ; "
        "Mme [[PERSONNE:Jégou]], particulier, jardinage 2 après-midis ; {{Leroy Merlin}} - en "
        'ligne. Le contrôleur dit que c\'est "recevable". Le monsieur respire.',
    ),
    (
        FA,
        AP,
        'Clé USB de la candidate, fichier "CV_[[PERSONNE:Amandine_Lebreton]]_2024.docx". '
        "Impossible d'imprimer depuis l'espace libre-service (clés USB bloquées par la "
        "{{DSI}}). Solution : elle s'envoie le fichier par mail et on imprime depuis le "
        "{{webmail}}. {{15 min}} pour un CV.",
    ),
    (
        FA,
        AP,
        "Projet VTC : monsieur en création, il a sa carte VTC et sa voiture ({{Toyota Corolla}} "
        "hybride, [[IMMATRICULATION:GK-418-PN]]). Il veut savoir s'il garde l'ARE en démarrant "
        "sur {{Uber}} et {{Heetch}}. Le conseiller explique le cumul. Le monsieur a déjà "
        "{{3 500 €}} de crédit sur la voiture.",
    ),
    (
        FA,
        AP,
        "Jargon entendu en une matinée (je note pour moi) : DE, DELD, cat. A/B/C, {{PPAE}}, "
        "{{CER}}, {{ORE}}, {{PMSMP}}, {{AIF}}, {{POEI}}, {{CSP}}, {{ARCE}}, {{CEJ}}. "
        "Les usagers ne comprennent pas la moitié. Moi non plus.",
    ),
    (
        FA,
        AP,
        "M. [[PERSONNE:Vasseur]], sourd, vient avec une interprète {{LSF}} ({{Elioz}} sur "
        "tablette ne marchait pas). Il cherche un poste en logistique. Son mail "
        "[[EMAIL:vasseur.franck59@sfr.fr]], la conseillère lui propose le {{Cap emploi}} et "
        "les offres {{entreprises adaptées}}. Très bonne séance, malgré les {{35 min}}.",
    ),
    (
        FA,
        AP,
        "Ukrainienne, protection temporaire. Récépissé {{APS}} n° [[IDENTIFIANT:3509876541]]. "
        "Elle était comptable à {{Kharkiv}}. Téléphone ukrainien encore : "
        "[[TELEPHONE:+380 67 412 58 93]], plus un français [[TELEPHONE:07 58 30 21 66]]. "
        "Le conseiller ([[PERSONNE:Kevin]]) traduit avec {{Google Traduction}}. On parle du "
        "{{FLE}}, de la reconnaissance de diplôme ({{ENIC-NARIC}}).",
    ),
    (
        FA,
        AP,
        'Il sort une vieille lettre {{Pôle emploi}} de {{2019}} pliée en 8 : "identifiant '
        '[[ID_FRANCE_TRAVAIL:0843127F]]". Il pensait devoir se réinscrire à zéro. Non, le '
        'même identifiant est réactivé. Il rit : "comme la carte de fidélité chez '
        '{{Carrefour}}".',
    ),
    (
        FA,
        AP,
        "Ado de 16 ans envoyé par le collège, veut s'inscrire. Pas possible avant 16 ans révolus "
        "+ {{obligation de formation}} : orientation {{Mission locale}}. La conseillère "
        "appelle la ML devant lui pour un RDV : {{mardi 10h}}. Durée {{6 min}}.",
    ),
    (
        FA,
        AP,
        "Une serveuse n'a jamais reçu son attestation employeur. Le resto : {{SARL Nguyen "
        "Traiteur}}, {{Lorient}}. Le patron, M. [[PERSONNE:Nguyen]], ne répond plus. Elle donne "
        "son numéro à la conseillère : [[TELEPHONE:06 33 74 10 85]]. La conseillère appelle : "
        'messagerie. Elle envoie un mail type "mise en demeure". Elle me dit que c\'est '
        "très courant dans la restauration.",
    ),
    (
        FA,
        AP,
        "Changement de RIB, l'ARE a été versée sur un compte clôturé. Nouveau compte "
        "{{Banque Postale}} : [[IBAN:FR41 2004 1010 0505 1234 5T02 733]]. Identifiant "
        "[[ID_FRANCE_TRAVAIL:7735018H]]. Délai de régularisation {{10 jours}}. Il demande une "
        "avance, la conseillère oriente vers le {{CCAS}}.",
    ),
    (
        FA,
        AP,
        "[[PERSONNE:Mickaël]] passe sans RDV juste pour dire qu'il a signé un {{CDI}} chez "
        "{{Leroy Merlin}} {{Cesson}}, cariste. Sa conseillère sort de son bureau, ils se "
        'checkent. "Tu me désinscris hein". Ça fait du bien à voir.',
    ),
    (
        FA,
        AP,
        "Bureau partagé : {{2 conseillers}} dos à dos. Les conversations s'entendent "
        "parfaitement. Une dame parle de sa dépression, à {{2 mètres}} un autre usager parle "
        "de son permis. Aucun isolement phonique. La conseillère confirme \"on n'a pas le "
        'choix".',
    ),
]

FT_PHYSIQUE_3 = [
    (
        FA,
        AP,
        "Atelier CV, l'animatrice distribue un CV modèle au nom de « [[PERSONNE:Julien Martin]] », "
        "{{32 ans}}, {{magasinier}}, avec une fausse adresse mail [[EMAIL:julien.martin@exemple.fr]]. "
        "Les participants doivent trouver les 5 erreurs. Une dame trouve les 5 en 2 minutes, "
        "bravo.",
    ),
    (
        FA,
        AP,
        "Offre d'ambulancier chez {{Ambulances Le Floch}} ({{Landivisiau}}), il faut le "
        "{{DEA}} ou au moins l'{{auxiliaire ambulancier}}. Le candidat, [[PERSONNE:Jordan]], a "
        "son permis depuis 4 ans (n° [[IDENTIFIANT:19AB29413]]) - il faut 3 ans minimum, ok. "
        "Formation auxiliaire : {{70 h}} à l'{{IFA}} de {{Brest}}. La conseillère imprime la "
        "fiche de poste.",
    ),
    (
        FA,
        AP,
        'jeune dans la file : "mon conseiller c\'est M. [[PERSONNE:Perrot]] mais il est jamais là". '
        "l'agente d'accueil : il est à {{temps partiel}}, {{mercredi}} pas là.",
    ),
    (
        FA,
        AP,
        "Session {{MRS}} (méthode de recrutement par simulation) pour {{Keolis}}, conducteurs de "
        "bus. {{12 candidats}} convoqués, {{9 présents}}. Exercices de plans de ligne, "
        "de gestion d'un client agressif (jeu de rôle). Aucun CV demandé, c'est le principe. "
        "Résultats dans {{8 jours}}. La psychologue du travail me dit que ça marche mieux que "
        "les entretiens.",
    ),
]

FT_TELEPHONE_1 = [
    (
        FA,
        AT,
        "Plateforme {{3949}}, casque double écoute. 1er appel : monsieur paiement pas reçu. "
        '"Votre identifiant ?" - "[[ID_FRANCE_TRAVAIL:1456092R]]". L\'agent voit que '
        "l'actualisation n'a pas été validée (bouton \"confirmer\" pas cliqué). Il la valide "
        "avec lui. Paiement sous {{48 à 72 h}}. Appel {{6 min 40}}.",
    ),
    (
        FA,
        AT,
        "La conseillère appelle une jeune qui n'est pas venue au RDV. Répondeur : \"Salut c'est "
        '[[PERSONNE:Laetitia]] laissez un message ou envoyez un {{snap}} 😘". La conseillère '
        "laisse un message neutre, sans dire {{France Travail}} (\"au cas où ce n'est pas son "
        "téléphone\"). Bonne pratique que je n'aurais pas eue.",
    ),
    (
        FA,
        AT,
        "Appel entrant d'un employeur : Mme [[PERSONNE:Annick Moreau]], RH des {{Transports "
        "Moreau}}. Elle veut {{5 candidats}} présélectionnés pour l'offre {{177BFGT}} (conducteur "
        "SPL, {{CDI}}). Le conseiller entreprise note, promet une liste vendredi. Elle demande "
        "\"pas trop de jeunes, l'assurance coûte cher\" - silence gêné, il répond qu'il ne peut "
        "pas filtrer sur l'âge.",
    ),
    (
        FA,
        AT,
        'Un monsieur appelle paniqué : SMS "votre {{CPF}} expire ce soir", il a cliqué et donné '
        "son numéro de dossier formation [[IDENTIFIANT:7823456120]] et son code. L'agent lui dit "
        "d'appeler {{Mon Compte Formation}} et la {{Caisse des dépôts}}, de porter plainte sur "
        "{{Pharos}}... Il ne sait pas si son compte a été vidé ({{1 840 €}} dessus).",
    ),
    (
        FA,
        AT,
        "Musique d'attente : {{8 min}} avant le premier appel. L'agent dit que le matin c'est "
        '{{20 min}} et le lundi "on n\'en parle pas". Il a pris {{47 appels}} hier. Durée '
        'moyenne visée : {{6 minutes}}. Il garde un post-it "respire" sur l\'écran.',
    ),
    (
        FA,
        AT,
        "Le patron de la {{Boulangerie Le Gall}} appelle pour savoir si le candidat envoyé, "
        'M. [[PERSONNE:Traoré]], est "sérieux", parce qu\'il est arrivé 10 min en retard à '
        "l'essai. La conseillère refuse de donner quoi que ce soit sur son parcours. Elle dit "
        "juste qu'il a validé une {{PMSMP}} en boulangerie avant.",
    ),
    (
        FA,
        AT,
        "Appel depuis la Belgique, indicatif [[TELEPHONE:+32 470 58 12 93]] : une frontalière "
        "qui a bossé à {{Tournai}} et vit maintenant à {{Roubaix}}. Elle veut que l'ARE aille sur "
        "son compte belge [[IBAN:BE48 0634 7120 5827]]. L'agent : possible, zone {{SEPA}}. Il faut "
        "le formulaire {{U1}} pour les périodes belges. Elle ne connaît pas.",
    ),
    (
        FA,
        AT,
        "Femme sans pièce d'identité sous la main, l'agent l'identifie par le NIR : elle lit "
        "[[NIR:295014410935650]] sur sa carte {{Vitale}}, puis sa date de naissance "
        '"[[DATE_NAISSANCE:17 janvier 95]]". Née à {{Nantes}}. Question : pourquoi elle est en '
        "{{catégorie B}} et pas en {{catégorie A}}. Réponse : parce qu'elle a travaillé {{52 h}} le mois "
        "dernier.",
    ),
    (
        FA,
        AT,
        "il a changé de numéro, l'ancien ne marche plus. nouveau : [[TELEPHONE:07 81 46 20 37]]. "
        "l'agent le répète en {{groupes de deux}}, le monsieur confirme. tout ça pour ça, {{4 min}} "
        "d'attente avant.",
    ),
    (
        FA,
        AT,
        'La dame épelle son nom : "[[PERSONNE:L-E-B-R-E-T-O-N]], tout attaché". '
        "L'agent trouve {{trois homonymes}} dans le {{département}}. Il demande le "
        "prénom : [[PERSONNE:Sophie]]. Toujours deux. Il finit par la date de naissance : "
        "[[DATE_NAISSANCE:09/12/1981]]. Trouvé.",
    ),
    (
        FA,
        AT,
        "Appel sortant de la conseillère vers {{Paysages Thébault}} ({{Betton}}) pour le point "
        "mi-parcours de la {{PMSMP}} de [[PERSONNE:Hugo]]. Le tuteur, [[PERSONNE:Jean-Luc]], dit "
        'que [[PERSONNE:Hugo]] est "un bosseur", qu\'il le prendrait bien en {{contrat de professionnalisation}} '
        "en septembre. La conseillère note dans le dossier. {{11 min}}.",
    ),
    (
        FA,
        AT,
        "Appel : entretien d'embauche à {{Paris}} (siège de {{Decathlon}}?), il demande l'{{aide à "
        "la mobilité}} pour le train {{Rennes-Paris}}. L'agent lui explique : demande à faire "
        "AVANT le déplacement, avec la convocation. Identifiant [[ID_FRANCE_TRAVAIL:6190452D]]. "
        "Il a déjà acheté son billet {{SNCF}} ({{87 €}}). Tant pis.",
    ),
    (
        FA,
        AT,
        "Appel très tendu. Le monsieur crie qu'on lui a \"volé {{3 mois}}\". L'agent garde son calme, "
        "demande son identifiant deux fois, le monsieur raccroche. Durée {{1 min 50}}. L'agent : "
        '"il rappellera, ils rappellent toujours".',
    ),
    (
        FA,
        AT,
        "Conseillère appelle Mme [[PERSONNE:Akkouche]] pour lui proposer l'offre {{178DPLW}}, "
        "agent de restauration collective au {{collège Anne de Bretagne}}, {{20 h}}/semaine. "
        "La dame dit oui tout de suite, elle demande l'adresse du collège. La conseillère lui "
        "envoie l'offre par mail pendant l'appel.",
    ),
    (
        FA,
        AT,
        "Une éducatrice du {{CHRS}} {{L'Escale}} appelle pour un résident, M. [[PERSONNE:Bernard "
        "Kerhervé]], 58 ans, qui n'arrive pas à s'actualiser (pas de tel perso). Elle donne son "
        "identifiant [[ID_FRANCE_TRAVAIL:3378561L]] et la réf {{SIAO}} [[IDENTIFIANT:SIAO-35-"
        "2024-00871]]. L'agent accepte de noter le tel du CHRS comme contact. Attention "
        "consentement ? pas évoqué.",
    ),
    (
        FA,
        AT,
        "\"Mon mail c'est [[EMAIL:cedric_hamel@live.fr]], {{underscore}} entre les deux, "
        "pas tiret\". Réinitialisation du mot de passe. Le mail n'arrive pas. Il le trouve "
        'dans "autres" sur {{Outlook}}. {{9 min}} en tout.',
    ),
    (
        FA,
        AT,
        "Appel avec interprète arabe en conférence à trois. Le monsieur est né le "
        "[[DATE_NAISSANCE:1er janvier 1980]] (l'interprète précise que c'est souvent une date "
        "mise par défaut en {{Algérie}} quand on ne connaît pas). Il veut savoir si son "
        "diplôme de maçon est reconnu. Réponse : pas pour travailler, le {{CAP}} se "
        "repasse en {{VAE}}.",
    ),
    (
        FA,
        AT,
        "Déclaration de reprise d'emploi : elle a signé un {{CDD}} de 6 mois à la {{Biscuiterie "
        "La Mère Poulard}} au {{Mont-Saint-Michel}} ! L'agent lui demande la date exacte du "
        "premier jour ({{lundi 3 juin}}) et le salaire brut ({{1 850 €}}). Elle demande si "
        "elle garde un peu d'ARE. Oui, cumul partiel.",
    ),
    (
        FA,
        AT,
        "{{Menuiserie Prigent}} rappelle : ils prennent le candidat de la {{POEI}}, "
        "[[PERSONNE:Lucas Hervé]], en {{CDI}} direct. Le patron donne son portable pour le "
        "suivi : [[TELEPHONE:06 12 58 74 31]]. La conseillère raccroche et lève le poing. "
        "3e sortie positive de la semaine pour elle.",
    ),
    (
        FA,
        AT,
        "Intermittent du spectacle (régisseur lumière). Question sur les {{507 heures}}. Il donne "
        "son n° {{Congés Spectacles}} [[IDENTIFIANT:CS 1264837]] puis son identifiant "
        "[[ID_FRANCE_TRAVAIL:4920387T]]. Les contrats avec le {{Théâtre National de Bretagne}} "
        "ne sont pas remontés via la {{DSN}}. L'agent fait un signalement.",
    ),
]

FT_TELEPHONE_2 = [
    (
        FA,
        AT,
        "Campagne d'appels sortants \"personnes sans actu depuis 2 mois\". Sur l'écran : "
        "[[PERSONNE:LE BRIS Morgane]] / [[ID_FRANCE_TRAVAIL:5503218C]] / "
        "[[TELEPHONE:06 29 83 14 52]]. Elle décroche, elle a trouvé un boulot en {{intérim}} et "
        'a "oublié" de prévenir. La conseillère la passe en {{catégorie E}}. {{2 min}}.',
    ),
    (
        FA,
        AT,
        "3 appels de suite pour la même chose : le site ne marche pas pour l'actualisation. "
        "Message de maintenance jusqu'à {{14h}}. L'agent répète la même phrase. Il me dit que "
        "ces jours-là il fait {{70 appels}}.",
    ),
    (
        FA,
        AT,
        'Une mère appelle pour son fils de {{22 ans}}, [[PERSONNE:Bastien]], qui "ne fait rien de ses '
        "journées\". Elle veut savoir s'il est toujours inscrit. L'agent refuse poliment : "
        "secret, il faut que [[PERSONNE:Bastien]] appelle lui-même. La mère : \"mais c'est moi qui paye son "
        '{{forfait}} !"',
    ),
    (
        FA,
        AT,
        "question sur la {{prime de Noël}} pour les bénéficiaires de l'{{ASS}} : versée mi-décembre, "
        "{{152,45 €}}, rien à demander. la dame remercie 4 fois. appel le plus sympa de la matinée.",
    ),
    (
        FA,
        AT,
        "Agence {{Adecco}} {{Saint-Brieuc}} appelle pour vérifier si Mme [[PERSONNE:Da Silva]] "
        'est bien inscrite (pour un contrat aidé ?). La conseillère refuse : "on ne donne pas '
        "d'info sur nos demandeurs par téléphone\". L'intérimaire d'Adecco insiste. Non.",
    ),
    (
        FA,
        AT,
        "Conseillère appelle le {{GRETA}} {{Bretagne Sud}} pour les dates de la session "
        "{{Secrétaire assistant}} : session {{2024-118}}, démarrage {{16 septembre}}, "
        "{{14 places}}, réunion d'info le {{4 juillet}}. Elle inscrit 3 personnes sur la liste "
        "d'intérêt. Aucun nom donné au téléphone.",
    ),
    (
        FA,
        AT,
        "Déménagement en {{Guadeloupe}}. Nouvelle adresse : [[ADRESSE:Résidence Les Flamboyants, "
        "bât 3, 97139 Les Abymes]]. Numéro local [[TELEPHONE:+590 690 48 27 15]]. Le dossier "
        "doit être transféré à l'agence de {{Pointe-à-Pitre}}. L'agent dit \"vous avez de la "
        'chance" en rigolant. Elle aussi.',
    ),
    (
        FA,
        AT,
        "Changement d'adresse par tel, le monsieur quitte {{Bruz}} et dicte : [[ADRESSE:7 bis rue du Général "
        "Leclerc, 35000 Rennes]]. L'agent lui demande un {{justificatif}} à déposer en ligne. "
        'Il demande si on peut "juste le croire". Non.',
    ),
    (
        FA,
        AT,
        'Message laissé par la conseillère sur un répondeur : "Bonjour M. [[PERSONNE:Cadiou]], '
        "c'est [[PERSONNE:Hélène]] de {{France Travail}}, je vous propose le {{job dating}} "
        '{{Transports Moreau}} du {{jeudi 20}} à {{9h30}}, rappelez-moi au {{3949}}". '
        "Elle me dit qu'elle ne donne jamais sa ligne directe.",
    ),
    (
        FA,
        AT,
        "Un jeune en {{CEJ}} appelle : \"ma conseillère c'est [[PERSONNE:Inès]], elle répond "
        'pas". [[PERSONNE:Inès]] est en formation 2 jours. L\'agent prend le message. Le jeune : "vous lui '
        "dites que j'ai trouvé un stage au {{Super U}} de {{Montfort}}\".",
    ),
    (
        FA,
        AT,
        "Le serveur vocal du {{3949}} : \"tapez 1 pour l'actualisation, 2 pour un paiement, "
        "3 pour...\". J'ai compté {{2 min 10}} de menus avant d'avoir quelqu'un. Une personne "
        "âgée raccroche avant, d'après l'agent c'est fréquent.",
    ),
    (
        FA,
        AT,
        "Appel du {{Garage Ferreira Automobiles}}, c'est la secrétaire, [[PERSONNE:Nadège]] : ils "
        "veulent prendre [[PERSONNE:Enzo]] (le jeune de la PMSMP) en apprentissage {{CAP}} "
        "{{maintenance des véhicules}}. Elle demande pour l'{{aide à l'embauche}} "
        "({{6 000 €}}), la conseillère l'oriente vers le portail de l'alternance.",
    ),
    (
        FA,
        AT,
        "Alerte : des faux conseillers {{France Travail}} appellent en ce moment pour demander "
        'les {{RIB}} "pour une prime". Les agents doivent le rappeler à chaque appel. Message '
        "affiché en rouge sur l'{{intranet}}. Pas de nom, pas de cas précis.",
    ),
    (
        FA,
        AT,
        '"[[EMAIL:ma-diallo@outlook.fr]]", elle épelle, avec le {{tiret du six}}. L\'agent '
        "oublie le tiret, erreur, {{code}} pas reçu, ça repart. La dame s'appelle "
        "[[PERSONNE:Mariama Diallo]], elle appelle pour une attestation de droits.",
    ),
    (
        FA,
        AT,
        "Question sur la {{complémentaire santé solidaire}} ({{C2S}}) : la personne pensait que "
        "c'était {{France Travail}}. Orientation {{Cpam}} / {{Ameli}} / {{3646}}. Ça arrive "
        '"10 fois par jour" selon l\'agent.',
    ),
    (
        FA,
        AT,
        "La conseillère appelle la référente {{RSA}} du {{Département}} pour un bénéficiaire "
        "commun. La référente, Mme [[PERSONNE:Priol]], donne le "
        "n° allocataire {{Caf}} du monsieur : [[N_ALLOCATAIRE:2481537]], pour qu'on soit sûr de parler du "
        "même. Le monsieur n'a pas signé son {{CER}} depuis un an.",
    ),
    (
        FA,
        AT,
        "L'usager lit un {{SMS}} : \"votre code de vérification est {{482913}}\". L'agent lui dit "
        "de ne jamais le donner à personne... après l'avoir entendu. Code à usage unique, "
        "expiré en {{5 min}} de toute façon.",
    ),
    (
        FA,
        AT,
        "Mme [[PERSONNE:Kerleroux]] : RDV décalé au {{lundi 17 juin}} {{14h15}}, elle "
        "accompagne sa mère à l'{{hôpital}} le vendredi. Fait en {{1 minute}}.",
    ),
    (
        FA,
        AT,
        "Aide à la mobilité : remboursement des kilomètres pour aller en formation à "
        "{{Ploërmel}} ({{46 km}} aller). L'agent demande la carte grise : {{Peugeot 207}}, "
        "immatriculée [[IMMATRICULATION:EF 127 QS]]. Le monsieur lit aussi son identifiant, "
        "[[ID_FRANCE_TRAVAIL:6612479P]]. Barème : {{0,20 €}}/km.",
    ),
    (
        FA,
        AT,
        "Employeur ({{Jardinerie Pasquier}}, {{Quimper}}) appelle pour l'aide à l'embauche d'un "
        "senior : il a recruté M. [[PERSONNE:Alain Stéphan]], 59 ans, en {{CDI}}. Il donne le "
        "SIRET à voix haute : {{344 516 208 00016}}. L'agent vérifie l'éligibilité, envoie le "
        "formulaire {{Cerfa}} par mail.",
    ),
]

CAF = [
    (
        "caf",
        AP,
        "Prime d'activité : une dame apporte 3 fiches de paie de la {{Supérette Coccinelle}} de "
        "{{Pacé}} ({{24 h}}/sem, ~{{980 €}} net). N° allocataire [[N_ALLOCATAIRE:0917364]]. "
        "L'agente, [[PERSONNE:Nadia]], lui montre que la déclaration trimestrielle se fait sur "
        "l'appli, pas besoin de venir. \"Mais j'aime bien venir, au moins je vois quelqu'un\".",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Jean-Paul Hamon]], au {{RSA}} depuis 2021, a repris un mi-temps chez "
        "{{Hamon Nettoyage Services}} (aucun lien de famille, dit-il en riant, \"c'est un "
        "nom courant par ici\"). Il ne sait pas quoi mettre dans la {{DTR}}. L'agent remplit avec "
        "lui : salaire de {{mars}}, {{avril}}, {{mai}}. Le RSA va baisser, la {{prime d'activité}} "
        "prendre le relais. Il fait la grimace.",
    ),
    (
        "caf",
        AP,
        "{{8h30}}, {{22 personnes}} dans le hall. Ticket {{A047}} appelé à {{9h12}}. Deux bornes "
        "{{caf.fr}} en libre accès, une en panne. Une médiatrice numérique fait les démarches "
        'à la place des gens "sinon on y est encore ce soir". Pas de chaises pour tout le '
        "monde, une femme enceinte reste debout 10 min avant qu'on lui en apporte une.",
    ),
    (
        "caf",
        AP,
        "Changement de RIB (elle a quitté la {{Société Générale}}). Nouveau : "
        "[[IBAN:FR76 3000 4012 3400 0123 4567 862]], {{BNP}}. N° alloc [[N_ALLOCATAIRE:3625018]]. "
        'L\'agent vérifie que le RIB est bien à son nom : "Mme [[PERSONNE:OUEDRAOGO Awa]]" '
        "imprimé en haut. OK. Prochain versement le {{5 du mois}}.",
    ),
    (
        "caf",
        AP,
        "Séparation, elle vient demander l'{{ASF}}. L'ex, M. [[PERSONNE:Dylan Jaouen]], ne paie "
        "pas la pension. Elle a déménagé : [[ADRESSE:12 square de Galicie, 35200 Rennes]], "
        "quartier {{Le Blosne}}. 2 enfants de 4 et 7 ans. L'agente lui explique que la Caf peut "
        "récupérer la pension auprès de lui ({{ARIPA}}). Elle a peur qu'il apprenne sa nouvelle "
        "adresse. L'agente la rassure (adresse non communiquée).",
    ),
    (
        "caf",
        AP,
        "Étudiante 19 ans, première demande d'{{APL}}. Elle est en {{BUT GEA}} à {{Vannes}}. "
        "Logement : [[ADRESSE:résidence Kercado, bâtiment C, chambre 214, 56000 Vannes]] "
        "({{CROUS}}). Née le [[DATE_NAISSANCE:14/12/2004]]. L'agent lui dit que c'est 100 % en ligne "
        "et lui fait faire sur son téléphone. Elle avait juste peur de se tromper.",
    ),
    (
        "caf",
        AP,
        "Naissance : le papa vient déclarer la petite [[PERSONNE:Jade]], née le "
        "[[DATE_NAISSANCE:2 avril]] à la {{maternité}} de l'{{Hôpital Sud}}. Il a l'acte de "
        "naissance. Prime de naissance déjà touchée ({{PAJE}}), maintenant allocation de "
        "base. Il demande pour le {{congé paternité}}, l'agent l'oriente vers la {{Cpam}}.",
    ),
    (
        "caf",
        AP,
        "Monsieur âgé, courrier de trop-perçu de {{312 €}}. Il ne comprend pas le mot. L'agent "
        "reformule : \"on vous a trop donné, il faut rendre\". Il dit qu'il n'a rien demandé. "
        "{{Remise de dette}} possible, formulaire donné. 15 minutes pour un malentendu.",
    ),
    (
        "caf",
        AP,
        "Titre de séjour renouvelé, il faut le scanner pour que les droits reprennent. "
        "N° du titre : [[IDENTIFIANT:3502918476]], valable jusqu'en {{2027}}. Allocataire "
        "[[N_ALLOCATAIRE:1458902]]. Les droits avaient été suspendus 2 mois pendant le "
        "renouvellement à la {{préfecture}} — le récépissé n'avait pas été pris en compte.",
    ),
    (
        "caf",
        AP,
        '[[PERSONNE:Nadia]] (agente) : "le {{jeudi}} on ne reçoit que sur {{RDV}}, mais on ne renvoie '
        "jamais quelqu'un qui pleure\". Elle l'a dit deux fois dans la matinée.",
    ),
    (
        "caf",
        AP,
        "{{AAH}} : Mme [[PERSONNE:Christine Le Bihan]] a sa notification {{MDPH}} (taux "
        "{{50-79 %}}, {{RSDAE}}). Réf dossier MDPH [[IDENTIFIANT:2023/56/04417]]. Elle habite "
        "[[ADRESSE:Lieu-dit Kerlann, 56500 Moustoir-Ac]], pas de bus. Elle est venue en "
        "{{taxi}} conventionné... pour la Caf. L'agent s'étonne qu'elle ne soit pas passée par "
        'téléphone : "j\'ai jamais personne".',
    ),
    (
        "caf",
        AP,
        "RDV avec interprète en turc (présentiel, bénévole d'une asso). Questions sur les "
        "{{allocations familiales}} et le {{complément familial}} (3 enfants, le dernier a 3 ans). "
        "Très long ({{40 min}}) parce que tout est traduit deux fois. L'agent dit qu'il n'a "
        "pas le droit de rallonger, mais il le fait.",
    ),
    (
        "caf",
        AT,
        'Appel : la dame donne son numéro d\'allocataire "[[N_ALLOCATAIRE:28 73 105]]" et, pour '
        "vérifier, sa date de naissance [[DATE_NAISSANCE:11/06/1990]]. Elle demande pourquoi "
        "ses APL ont baissé de {{38 €}} : changement de revenus de référence. Elle dit "
        '"mais j\'ai pas gagné plus". Explication sur les ressources {{N-2}} / glissantes.',
    ),
    (
        "caf",
        AT,
        "Un jeune homme vient de commencer à la {{Pizzeria Da Enzo}} à {{Pontivy}} (livreur, "
        "{{contrat étudiant}} 12 h). Il demande s'il a droit à la {{prime d'activité}} à 19 ans. "
        "Réponse : oui s'il gagne plus de {{1 050 €}}, sinon non (étudiant). Il gagne {{560 €}}. "
        "Non. Appel {{4 min}}.",
    ),
    (
        "caf",
        AT,
        "Plateforme téléphonique de la {{Caf}}, {{3230}}. {{12 téléconseillers}}. Temps d'attente "
        "affiché sur un écran géant : {{17 min}}. Quand ça passe au rouge (> 20 min), une "
        'superviseure vient "pousser" tout le monde. Ils n\'ont que {{3 min}} entre deux appels '
        "pour finir la saisie.",
    ),
    (
        "caf",
        AT,
        "L'allocataire dicte son {{RIB}} chiffre par chiffre : banque [[IBAN:10278 36012 "
        "00020458701 46]]. L'agent dit que par téléphone il ne peut pas le modifier ({{risque de "
        "fraude}}), il faut le faire dans l'{{espace perso}}. Le monsieur : \"alors pourquoi vous me "
        'laissez le dicter ?" - bonne question.',
    ),
    (
        "caf",
        AT,
        "Déménagement déclaré par téléphone : de {{Saint-Brieuc}} à "
        "[[ADRESSE:23 rue de la Corderie, 22300 Lannion]]. Nouveau bailleur {{Terre et Baie "
        "Habitat}}. L'agent rappelle que l'APL ne suit pas automatiquement, il faut "
        "refaire une demande avec le nouveau bail.",
    ),
    (
        "caf",
        AT,
        "Allocataire en colère : {{RSA}} suspendu pour non retour de {{DTR}}. Elle ne donne pas "
        "son nom, raccroche au bout de {{2 minutes}}. L'agent dit que {{1 appel sur 10}} finit "
        "comme ça.",
    ),
    (
        "caf",
        AT,
        "L'assistante sociale du {{CDAS}} de {{Maurepas}} appelle pour la famille "
        "[[PERSONNE:Kouassi]] (5 enfants, expulsion prévue en avril). Dossier allocataire "
        "[[N_ALLOCATAIRE:4102687]]. Elle veut savoir si l'APL est maintenue pendant la "
        "procédure ({{CCAPEX}}). Oui si plan d'apurement. Notes prises sans rien noter sur papier.",
    ),
    (
        "caf",
        AT,
        "\"Vous pouvez m'envoyer ça par mail ? c'est [[EMAIL:stephanie.bazin22@gmail.com]]\". "
        "L'agent : non, on ne communique que par l'espace {{Mon Compte}} pour les données. "
        "Il lui lit la procédure pour télécharger l'attestation de paiement ({{5 clics}}).",
    ),
    (
        "caf",
        AT,
        "Étudiant, job d'été au {{McDonald's}} de {{Carnac}}. Il a peur de perdre son APL. "
        "L'agent le rassure : les revenus d'été comptent dans 2 ans ({{N-2}}), et il y a un "
        "abattement étudiant. Pas de nom demandé, info générale.",
    ),
    (
        "caf",
        AT,
        "Une femme appelle parce que son ex, M. [[PERSONNE:Frédéric Gaudin]], touche encore les "
        "{{allocations familiales}} alors que les enfants vivent chez elle depuis {{septembre}}. "
        "Elle donne son n° à elle : [[N_ALLOCATAIRE:5390841]]. Il faut un justificatif de "
        'résidence des enfants ({{certificat scolaire}}). La {{Caf}} va "interroger les deux parties".',
    ),
    (
        "caf",
        CS,
        "Contrôle sur place avec le contrôleur ([[PERSONNE:Patrice]]), suspicion de vie maritale. "
        "[[ADRESSE:8 rue des Genêts, 35160 Montfort-sur-Meu]]. N° alloc "
        "[[N_ALLOCATAIRE:0764219]]. Dans l'allée, une {{Clio}} (celle de madame) et un "
        'utilitaire [[IMMATRICULATION:FH-293-KT]] au nom de "M. [[PERSONNE:Gicquel]]" d\'après le '
        "{{SIV}}. Madame dit que c'est son frère. Le contrôleur note, ne conclut rien devant elle.",
    ),
    (
        "caf",
        CS,
        "Visite chez un micro-entrepreneur (peintre en bâtiment), {{prime d'activité}} calculée "
        "sur son chiffre d'affaires. Il montre sa déclaration {{URSSAF}}, SIRET de son entreprise "
        "individuelle [[IDENTIFIANT:903 172 542 00016]]. CA de {{18 400 €}} sur l'année. "
        "Le contrôleur vérifie les factures : une pour la {{SCI Les Hortensias}}, deux pour des "
        "particuliers, M. [[PERSONNE:Lucas]] et Mme [[PERSONNE:Ropert]].",
    ),
    (
        "caf",
        CS,
        "Le contrôleur m'explique avant la visite : {{charte du contrôle}}, courrier d'avis de "
        "passage envoyé {{8 jours}} avant (sauf soupçon de fraude), pas le droit d'ouvrir les "
        "placards. Il a {{4 visites}} dans la journée, {{160 km}}. Il dit que la plupart des "
        'contrôles sont "à décharge" et finissent par un rappel de droits.',
    ),
    (
        "caf",
        CS,
        "Appartement {{Néotoa}}, {{T3}}, quartier {{Maurepas}}. Le contrôleur demande le bail : "
        "bailleur {{Néotoa}}, réf locataire [[IDENTIFIANT:LOC-0047512]], loyer {{512 €}}. Sur la "
        "boîte aux lettres deux noms : [[PERSONNE:Benoît]] et [[PERSONNE:Le Moal]]. Madame "
        "explique que [[PERSONNE:Le Moal]] c'est son nom de jeune fille.",
    ),
    (
        "caf",
        CS,
        "Mobil-home à l'année : [[ADRESSE:camping de la Plage, emplacement 41, Erdeven]]. "
        "Madame touche l'APL depuis 3 ans. Le contrôleur vérifie que c'est bien la résidence "
        "principale (compteur, courrier). Elle a son chat, {{Caramel}}, et des plantes partout. "
        "Contrôle OK, {{25 min}}.",
    ),
    (
        "caf",
        CS,
        "Colocation étudiante à {{Villejean}}. Quatre noms sur la porte : [[PERSONNE:Camille]], "
        "[[PERSONNE:Yassine]], [[PERSONNE:Romane]], [[PERSONNE:Tom]]. Une seule a l'APL. Le "
        "contrôleur vérifie les surfaces ({{14 m²}} pour sa chambre). Tout est conforme. La "
        "colocataire qui ouvre est en pyjama, un peu gênée.",
    ),
    (
        "caf",
        CS,
        "Contrôle ressources : monsieur dit n'avoir aucun revenu. Sur la table, une fiche de "
        "paie des {{Transports Moreau}} (intérim via {{Proman}}), matricule "
        "[[IDENTIFIANT:TM-20417]]. Il explique que c'était une mission d'une semaine en mars. "
        "Le contrôleur l'ajoute à la DTR. Sans drame.",
    ),
    (
        "caf",
        CS,
        "Visite chez Mme [[PERSONNE:Huchet]], [[ADRESSE:La Ville Olivier, 22630 Évran]] (ferme "
        "isolée). Facture {{EDF}} sur le frigo, réf client [[IDENTIFIANT:3004 5127 8891]]. "
        "Elle a 3 enfants, le {{complément familial}}. Le contrôleur vérifie la scolarité : "
        "{{collège de Broons}}. {{1 h}} de route pour {{20 min}} de visite.",
    ),
]

CPAM = [
    (
        "cpam",
        AP,
        "Carte {{Vitale}} perdue (volée dans son sac au {{marché des Lices}}). L'agent retrouve le "
        "dossier avec le NIR qu'il connaît par cœur : [[NIR:1 87 03 35 238 045 21]]. Né le "
        "[[DATE_NAISSANCE:14 mars 1987]] à {{Rennes}}. Nouvelle carte commandée, photo faite "
        "sur place avec la tablette. Délai {{3 semaines}}. En attendant : {{attestation de "
        "droits}} imprimée.",
    ),
    (
        "cpam",
        AP,
        "Indemnités journalières pas versées depuis 5 semaines. La dame est vendeuse à la "
        "{{Boulangerie-Pâtisserie Lemarchand}} ({{Dinan}}). Le problème : l'employeur n'a pas "
        "envoyé l'{{attestation de salaire}}. Elle dit que M. [[PERSONNE:Lemarchand]] \"fait tout "
        "lui-même, même la paie\". L'agent lui donne un courrier type à lui remettre. Elle "
        "s'appelle [[PERSONNE:Pauline Rault]], je l'ai vu sur son arrêt.",
    ),
    (
        "cpam",
        AP,
        "Accident du travail : cariste chez {{Entrepôts Guillemot}} ({{ZI de Kerivin}}), "
        "écrasement du pied par un transpalette. M. [[PERSONNE:Erwan Thomas]], né en "
        "[[DATE_NAISSANCE:avril 1990]] à {{Saint-Brieuc}}, NIR [[NIR:190042227818763]]. Il vient parce que "
        "l'employeur a fait la déclaration avec \"des réserves\". L'agent explique "
        "l'enquête, les {{30 jours}}. Il a peur de perdre sa place.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{Cpam}} dans un {{France Services}} de campagne (mardi matin seulement). "
        '{{9 personnes}} en {{3 h}}. Beaucoup de "je ne sais pas me servir d\'{{Ameli}}". '
        "L'agent crée 4 comptes Ameli dans la matinée. Le wifi de la mairie coupe à chaque "
        "fois qu'on imprime.",
    ),
    (
        "cpam",
        AP,
        "Demande de {{C2S}} (complémentaire santé solidaire), maman seule avec 2 enfants, "
        "[[ADRESSE:4 impasse des Mésanges, 29200 Brest]]. Elle avait une mutuelle {{Harmonie "
        "Mutuelle}}, n° adhérent [[IDENTIFIANT:784512036]], qu'elle ne peut plus payer "
        "({{62 €}}/mois). Ressources dans les plafonds, C2S sans participation. Elle pleure "
        "de soulagement.",
    ),
    (
        "cpam",
        AP,
        "Espagnole vivant à {{Quimper}}, a été hospitalisée à {{Valencia}} pendant les vacances. "
        "Facture de {{1 270 €}} payée sur place. Elle veut le remboursement sur son compte "
        "espagnol [[IBAN:ES75 0049 1587 4629 1033 4815]]. Formulaire {{S3125}}, délai "
        '"plusieurs mois". Elle s\'appelle [[PERSONNE:Lucía Fernández García]], deux noms de '
        "famille, l'agent ne sait pas lequel saisir.",
    ),
    (
        "cpam",
        AP,
        "Médecin traitant : il faut déclarer le Dr [[PERSONNE:Le Goff]] (maison de santé de "
        "{{Plouzané}}). Le monsieur pensait que c'était automatique. L'agent lui montre que le "
        "médecin peut le faire en ligne directement. Sans médecin traitant : remboursement "
        "{{30 %}} au lieu de {{70 %}}.",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Sylvain]], agent d'accueil : \"la moitié de ce que je fais, c'est l'appli "
        '{{Ameli}} à la place des gens". Il montre le compteur sur son poste : {{31 '
        "personnes}} hier.",
    ),
    (
        "cpam",
        AP,
        "Déclaration de grossesse arrivée mais pas de droits ouverts. Mme "
        "[[PERSONNE:Klervi Le Page]], née le [[DATE_NAISSANCE:25/11/1992]] à {{Brest}}, "
        "NIR [[NIR:2 92 11 29 019 112 20]]. Elle a changé de régime (était à la {{MSA}} quand elle "
        "bossait en élevage). Mutation inter-régimes en cours. L'agent force un peu le "
        "système pour que l'échographie soit prise en charge.",
    ),
    (
        "cpam",
        AP,
        "Un monsieur de 61 ans demande si sa {{pension d'invalidité}} va s'arrêter à la "
        "retraite. Oui, relais par la retraite pour inaptitude ({{Carsat}}). Il n'a rien "
        "préparé. L'agent lui prend un RDV avec le {{service social}} de la {{Carsat}}. "
        "Entretien de {{10 min}}, pas de papier montré.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. La dame s'identifie avec son NIR : [[NIR:2 73 10 59 350 271 27]] "
        "(née à {{Lille}} en [[DATE_NAISSANCE:octobre 73]]). Elle a déménagé de {{Roubaix}} à {{Vannes}}, le "
        "dossier n'a pas suivi. Transfert inter-caisses lancé, \"2 mois\". Elle demande s'il "
        "faut une nouvelle carte Vitale : non.",
    ),
    (
        "cpam",
        AT,
        "Appel d'un employeur, {{Ets Le Roux & Fils}} (charpente, 12 salariés). La comptable, "
        "Mme [[PERSONNE:Ollivier]], veut la {{subrogation}} pour un salarié en arrêt, "
        "M. [[PERSONNE:Killian Roger]]. Elle a envoyé l'attestation par {{net-entreprises}} "
        "il y a 3 semaines. L'agent voit l'attestation, pas la subrogation cochée.",
    ),
    (
        "cpam",
        AT,
        'Serveur vocal {{3646}} : "si votre appel concerne votre carte Vitale, tapez 1...". '
        "J'ai chronométré : {{4 min 20}} avant un humain. Conseillère expérimentée, {{9 ans}}. "
        "Elle enchaîne des appels de {{3 à 5 min}}. Elle dit que le plus dur ce sont les "
        "gens qui appellent pour un proche décédé.",
    ),
    (
        "cpam",
        AT,
        "Remboursements sur le mauvais compte. Le monsieur donne le nouvel IBAN d'un trait : "
        "[[IBAN:FR7615589351000451237894030]]. La conseillère dit qu'il faut l'envoyer via "
        '{{Ameli}} avec un {{RIB}} scanné. Il n\'a pas de scanner. "Prenez-le en photo". Il ne savait '
        "pas.",
    ),
    (
        "cpam",
        AT,
        "Question sur une facture de l'{{hôpital}} {{Bretagne Atlantique}} de {{Vannes}}, "
        "numéro de séjour [[IDENTIFIANT:S24-0019372]]. Le {{forfait journalier}} n'a pas été pris "
        "par la mutuelle. La conseillère explique qu'elle ne voit pas les mutuelles. Orientation.",
    ),
    (
        "cpam",
        AT,
        "Création de compte {{Ameli}} au téléphone : mail [[EMAIL:jacky.morel29@free.fr]], "
        "code provisoire envoyé par courrier (!). Le monsieur, [[PERSONNE:Jacky Morel]], {{74 ans}}, "
        'trouve ça "bien compliqué pour regarder des remboursements".',
    ),
    (
        "cpam",
        AT,
        "Départ en {{Espagne}} la semaine prochaine, la dame demande une {{carte européenne "
        "d'assurance maladie}}. Délai {{2 semaines}} -> certificat provisoire téléchargeable. "
        "Rien de particulier, 3 min.",
    ),
    (
        "cpam",
        AT,
        "Arrêt de travail envoyé en retard (10 jours). Il est magasinier chez {{Brico Dépôt}} "
        "{{Lannion}}. Sanction possible : réduction des IJ. La conseillère lui dit que pour le "
        "premier retard c'est un simple avertissement. Il s'appelle M. [[PERSONNE:Guéguen]] et "
        "rappelle deux fois son numéro de tel pour être rappelé : [[TELEPHONE:02 96 37 48 12]].",
    ),
    (
        "cpam",
        AT,
        "La secrétaire du Dr [[PERSONNE:Marzin]] appelle pour un problème de {{télétransmission}}, "
        "les {{feuilles de soins électroniques}} sont rejetées depuis {{lundi}}. La conseillère "
        "l'oriente vers le {{conseiller informatique service}} des professionnels de santé. "
        "Ce n'est pas le bon numéro, elle donne le bon.",
    ),
    (
        "cpam",
        CS,
        "Contrôle d'arrêt de travail à domicile avec l'agent assermenté. "
        "[[ADRESSE:19 rue du Maréchal Foch, 22000 Saint-Brieuc]], {{10h40}} (heures de "
        'présence obligatoires). Personne. La voisine dit qu\'il est "au garage de son frère" — '
        "la {{Carrosserie Bernard}}, {{2 rues}} plus loin. L'agent laisse un avis de passage. "
        'Il ne va pas au garage ("ce n\'est pas mon rôle de le chercher").',
    ),
    (
        "cpam",
        CS,
        "Deuxième visite : Mme [[PERSONNE:Josiane Tréguer]], [[ADRESSE:6 place de l'Église, "
        "29870 Landéda]], alitée, dos bloqué. Arrêt de {{15 jours}} prescrit par le médecin. "
        "Son mari nous offre un café. Contrôle conforme, {{10 min}}. L'agent dit que 80 % de "
        "ses visites sont comme ça.",
    ),
    (
        "cpam",
        CS,
        "Briefing avant tournée. L'agent enquêteur est assermenté et agréé. Il peut "
        "demander des pièces, pas fouiller. Les contrôles sont ciblés par des requêtes "
        '(arrêts répétitifs, prescripteurs "atypiques"). Il a {{6 adresses}} aujourd\'hui sur '
        "{{3 communes}}. Je ne verrai pas les listes.",
    ),
    (
        "cpam",
        CS,
        "Contrôle d'un transport sanitaire : taxi conventionné {{Taxis Le Du}}. On vérifie que "
        "la patiente a bien fait les trajets facturés ({{chimio}}, {{CHU Morvan}}). Le "
        "véhicule facturé : {{Skoda Superb}} [[IMMATRICULATION:GA-857-WB]]. La patiente "
        "confirme 3 allers-retours sur 5. Dossier transmis au service fraude.",
    ),
    (
        "cpam",
        CS,
        "Enquête sur des soins infirmiers facturés. Patiente : Mme [[PERSONNE:Monique Fouquet]], "
        "née le [[DATE_NAISSANCE:14/08/1962]] au {{Mans}}, NIR [[NIR:2 62 08 72 181 092 97]]. "
        "Facturés : {{2 passages/jour}}. Elle dit que l'infirmière, [[PERSONNE:Sabrina]], ne vient "
        "que le matin. L'agent prend sa déclaration écrite, elle signe avec une main qui "
        "tremble.",
    ),
    (
        "cpam",
        CS,
        "Arrêt maladie, intérimaire ({{Start People}}). Il est là, en jogging. Devant la maison, "
        "une vieille {{Golf}} immatriculée [[IMMATRICULATION:3412 TX 29]] (ancien format !). "
        "L'agent note juste qu'il est présent. Il me dit après : \"les plaques je m'en fiche, "
        'je viens voir la personne".',
    ),
    (
        "cpam",
        CS,
        "Visite pour vérifier la location d'un {{lit médicalisé}} facturé depuis {{14 mois}}. "
        "Le prestataire ({{Bastide Le Confort Médical}}) a un n° de contrat "
        "[[IDENTIFIANT:BST-22-778103]]. Le lit est bien là, le monsieur dort dedans. Le "
        "fauteuil roulant aussi facturé : introuvable. La fille du monsieur dit qu'il a été "
        '"rendu l\'an dernier".',
    ),
]

CCAS = [
    (
        "ccas",
        AP,
        "Bons alimentaires : une dame, la cinquantaine, vient pour la 2e fois ce mois-ci. "
        "L'agente, [[PERSONNE:Martine]], lui donne un bon de {{40 €}} pour l'{{épicerie "
        "solidaire}} et lui propose un RDV avec l'{{assistante sociale}}. La dame refuse : "
        '"je ne veux pas qu\'on vienne chez moi".',
    ),
    (
        "ccas",
        AP,
        "Aide au permis pour un jeune de 21 ans qui a une promesse d'embauche au {{Maraîchage "
        "Le Clos Fleuri}} ({{Saint-Erblon}}) à condition d'avoir le permis. La promesse est "
        "signée par M. [[PERSONNE:Robert Cosson]], gérant. Le jeune, [[PERSONNE:Mathis "
        "Goasdoué]], a déjà le code. Le CCAS peut mettre {{500 €}}, le {{Département}} {{600 €}}, "
        "il reste {{300 €}}. {{Auto-école ECF}} d'accord pour étaler.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation : monsieur sans domicile, il lui faut une adresse pour ses courriers "
        "(France Travail, Caf). Il sera domicilié au {{CCAS}}, {{2 place de la Mairie}}. "
        "Il doit passer chercher son courrier au moins une fois tous les {{3 mois}}. Il "
        's\'appelle [[PERSONNE:Didier]], il a 48 ans, il dort "à droite à gauche".',
    ),
    (
        "ccas",
        AP,
        "Aide énergie : facture {{TotalEnergies}} de {{640 €}} (régularisation). Réf client "
        "[[IDENTIFIANT:TE-5521308847]]. Elle est au {{chèque énergie}} mais il ne suffit pas. "
        "Passage en commission {{jeudi}}. L'agent appelle le fournisseur pour suspendre la "
        "coupure {{15 jours}}.",
    ),
    (
        "ccas",
        AP,
        "Dossier {{APA}} pour un monsieur de {{86 ans}}, c'est sa fille qui vient. Elle dit sa date "
        'de naissance en toutes lettres pour ne pas se tromper : "[[DATE_NAISSANCE:trois '
        'février mille neuf cent trente-huit]]". Adresse du père : [[ADRESSE:11 rue Pasteur, '
        "35190 Tinténiac]]. Il refuse l'{{aide à domicile}}, elle est épuisée.",
    ),
    (
        "ccas",
        AP,
        "Accueil du {{CCAS}} : une banque, {{2 chaises}}. Pas de confidentialité du tout, tout le monde "
        "entend tout. L'agente baisse la voix mais bon. Affiche \"{{Plan canicule}} : "
        'inscrivez-vous" à moitié arrachée.',
    ),
    (
        "ccas",
        AP,
        "Entretien {{RSA}} avec la référente insertion du CCAS (Mme [[PERSONNE:Cloarec]] "
        "d'après son badge). Objectif du {{CER}} : "
        "devenir {{aide-soignante}}. Elle a fait une {{PMSMP}} à l'{{EHPAD Ker Maria}} "
        '({{Plouay}}), retour "très positif". Prochaine étape : dossier d\'inscription à '
        "l'{{IFAS}} et financement {{Région}}.",
    ),
    (
        "ccas",
        AP,
        "Demande d'aide d'urgence pour réparer sa voiture : sans voiture, il perd son poste "
        "d'agent de propreté chez {{Samsic}} (prise à {{5h}}). Facture du garage "
        "n° [[IDENTIFIANT:F2024-0318]], {{820 €}}. Voiture : [[IMMATRICULATION:DS-604-RM]]. "
        "La conseillère monte un {{microcrédit}} avec le {{Crédit Municipal}}.",
    ),
    (
        "ccas",
        AP,
        "Aide cantine pour 3 enfants ([[PERSONNE:Lina]], [[PERSONNE:Adam]], [[PERSONNE:Sofia]]). "
        "Le CCAS demande le quotient familial : la maman donne son n° Caf "
        "[[N_ALLOCATAIRE:3318074]]. QF à {{412}}, tarif {{1 €}} le repas. "
        "5 min, efficace.",
    ),
    (
        "ccas",
        AP,
        "Le directeur du CCAS me dit : {{3 travailleurs sociaux}} pour {{20 000 habitants}}. "
        "\"On fait de l'urgence, pas de l'accompagnement\".",
    ),
    (
        "ccas",
        AT,
        "Appel d'une dame de 88 ans pour le {{portage de repas}}. Elle donne son adresse : "
        "[[ADRESSE:résidence Les Mimosas, appt 12, 3 rue de la Gare, 56700 Hennebont]]. "
        "{{7,80 €}} le repas, livraison le matin. Elle demande si le livreur peut lui ouvrir "
        "ses bocaux.",
    ),
    (
        "ccas",
        AT,
        "Voisin inquiet : M. [[PERSONNE:Le Meur]], 80 ans, [[ADRESSE:4 rue des Camélias, "
        "Quimperlé]], n'ouvre plus ses volets depuis 2 jours. L'agente vérifie le registre "
        "{{plan canicule}} : inscrit. Elle appelle sa fille (numéro dans le registre) puis "
        "envoie la {{police municipale}}. Il était chez sa fille.",
    ),
    (
        "ccas",
        AT,
        "Appels pour le registre {{Grand froid}} : {{14 appels}} ce matin, surtout des enfants "
        "qui inscrivent leurs parents. L'agente remplit un formulaire papier pour chacun. Pas "
        'de fichier informatique "pour l\'instant".',
    ),
    (
        "ccas",
        AT,
        "Monsieur qui voudrait une aide pour payer son loyer ({{Aiguillon construction}}, "
        "2 mois de retard). Pas de RDV avant 10 jours. L'agente prend son numéro : "
        "[[TELEPHONE:06 52 11 87 49]] pour le rappeler si désistement. Il s'appelle "
        "[[PERSONNE:Franck]], il vient de perdre son CDD à la {{Cooperl}}.",
    ),
    (
        "ccas",
        AT,
        "L'assistante sociale de l'hôpital appelle : sortie demain d'une patiente de {{79 ans}}, "
        "Mme [[PERSONNE:Renée Cadoret]], née le [[DATE_NAISSANCE:22.09.1944]], IPP "
        "[[IDENTIFIANT:P00871245]]. Besoin d'{{aide à domicile}} dès le retour. Le {{CCAS}} a un "
        "service d'aide à domicile mais \"plein jusqu'à fin du mois\".",
    ),
    (
        "ccas",
        AT,
        "La {{Régie de quartier}} appelle : ils ont 4 postes en {{chantier d'insertion}} "
        "(espaces verts, {{26 h}}/sem, {{CDDI}} de 6 mois). Ils cherchent des personnes au RSA. "
        "L'agente va prévenir les référents. Aucun nom échangé.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une jeune femme {{enceinte}}, hébergée chez une amie, qui veut savoir à quelles "
        "aides elle a droit. L'agente lui donne {{RDV lundi}} et prend son mail : "
        "[[EMAIL:oceane.lg@hotmail.fr]]. Elle ne veut pas donner son nom au téléphone, "
        "seulement son prénom, [[PERSONNE:Océane]].",
    ),
    (
        "ccas",
        AT,
        "Fin de journée, un appel de la {{Banque Alimentaire}} pour décaler la livraison de "
        "{{jeudi}} à {{vendredi}}. Rien de personnel.",
    ),
    (
        "ccas",
        CS,
        "Visite à domicile avec l'{{évaluatrice APA}}. Mme [[PERSONNE:Yvette Rivoal]], 91 ans, "
        "[[ADRESSE:17 chemin de Kervénanec, 56100 Lorient]]. Maison de plain-pied, une seule "
        "barre d'appui. Son chat {{Minou}} dort sur le fauteuil. Grille {{AGGIR}} : "
        "{{GIR 4}} probablement. Elle ne veut pas qu'on touche à sa cuisine.",
    ),
    (
        "ccas",
        CS,
        "Logement indigne : moisissures, fenêtres qui ne ferment pas. Locataire : famille de 4. "
        'Propriétaire privé, M. [[PERSONNE:Henri Lucas]], qui "ne répond plus". '
        "[[ADRESSE:2 ter rue de la Fontaine, 22100 Dinan]]. L'agente prend des photos pour "
        "l'{{ARS}} et le service {{hygiène}} de la ville. La {{fontaine}} de la place d'à côté "
        "est en panne aussi, dit la dame en riant.",
    ),
    (
        "ccas",
        CS,
        "Visite famille, 3 enfants, le frigo quasi vide. La maman travaille en horaires "
        "décalés chez {{Sodexo}} (cuisine centrale), le papa est en arrêt. Colis d'urgence "
        "donné. Orientation {{Restos du Cœur}}. Je ne note pas les noms, l'agente non plus.",
    ),
    (
        "ccas",
        CS,
        "Signalement {{Diogène}} par les voisins. Appartement encombré jusqu'au plafond. "
        "L'occupant accepte qu'on entre {{5 minutes}}. L'agente ne juge pas, parle de son "
        "jardin d'avant. On repart avec un accord pour une {{2e visite}}. Rien d'écrit devant "
        "lui.",
    ),
    (
        "ccas",
        CS,
        "Visite chez un couple âgé. Monsieur ne conduit plus (vue), le fils veut vendre la "
        "voiture, une {{Renault Scénic}} [[IMMATRICULATION:CB 219 NL]]. Madame ne veut pas : "
        "\"c'est la liberté\". L'agente propose le transport à la demande ({{TAD}}) et "
        "la {{carte Korrigo}}. Né le [[DATE_NAISSANCE:3 décembre 1958]] à {{Bastia}}, monsieur "
        "donne son NIR pour le dossier : [[NIR:1 58 12 2B 033 014 78]].",
    ),
    (
        "ccas",
        CS,
        "Visite sur l'aire des gens du voyage, chez la famille [[PERSONNE:Winterstein]] : "
        "[[ADRESSE:aire d'accueil de Kerlivio, place 14]]. Demande d'aide pour la {{rentrée "
        "scolaire}}. Le papa fait des marchés (micro-entreprise, vannerie). Le {{CCAS}} les suit "
        "depuis {{6 ans}}. Beaucoup de méfiance au début, puis café.",
    ),
    (
        "ccas",
        CS,
        "Jeune couple, elle au {{RSA}}, lui vient de signer chez {{Bigard}} ({{Quimperlé}}), "
        "équipe de nuit. Visite pour une aide à l'installation (meubles). L'appart est vide, "
        "un matelas par terre. Le CCAS commande via {{Emmaüs}}. Lui : [[PERSONNE:Jérémy]], "
        "elle : [[PERSONNE:Anaïs]]. Ils ont un chien, {{Tyson}}, très gentil.",
    ),
    (
        "ccas",
        CS,
        "Visite d'une dame de 70 ans qui a demandé une aide pour une mutuelle. Sa carte "
        "{{Malakoff Humanis}} : n° adhérent [[IDENTIFIANT:MH 00458 2291]]. Elle paie {{118 €}} "
        "par mois pour {{780 €}} de retraite (prélèvement visible sur son relevé, compte "
        "[[IBAN:FR76 1870 7002 0930 7214 4518 917]]). L'agente fait la simulation {{C2S}} : éligible "
        "avec participation {{30 €}}. Elle ne savait pas.",
    ),
]

URGENCES = [
    (
        "urgences",
        AP,
        "Bureau des entrées, {{23h10}}. Jeune homme arrivé par les pompiers, chute d'un "
        "échafaudage sur un chantier des {{Bâtiments Kerlann}}. Son collègue donne ses papiers : "
        "[[PERSONNE:Maxime Le Dréau]], né le [[DATE_NAISSANCE:08/09/2001]] à {{Lorient}}, "
        'NIR [[NIR:1 01 09 56 121 208 30]]. L\'agente coche "{{accident du travail}}" mais il '
        "manque la déclaration de l'employeur. \"Ils l'enverront\", dit le collègue.",
    ),
    (
        "urgences",
        AP,
        "IOA (infirmière d'accueil et d'orientation) : {{23 patients}} en salle, attente "
        "estimée {{4 h}} pour les {{tri 4 et 5}}. Elle fait l'échelle de douleur à chaque "
        "arrivée, note {{EVA}} sur 10. Elle a {{3 min}} par patient. Un bébé pleure depuis "
        "une heure.",
    ),
    (
        "urgences",
        AP,
        "Dame de {{94 ans}} amenée depuis l'{{EHPAD Les Hortensias}} pour une chute. Fiche de liaison : "
        "Mme [[PERSONNE:Germaine Le Floc'h]], née le [[DATE_NAISSANCE:17/02/1930]], IPP "
        "[[IDENTIFIANT:P00312876]]. Pas de famille joignable le soir. Elle est sur un brancard "
        "dans le couloir, elle demande l'heure toutes les 2 minutes.",
    ),
    (
        "urgences",
        AP,
        "Un homme sans papiers, sans domicile, connu du service : tout le monde l'appelle "
        "\"[[PERSONNE:Jojo]]\". Il vient pour une {{plaie au pied}}. L'agente d'admission le crée "
        'en "{{patient inconnu}}" avec un numéro provisoire, puis se souvient de son vrai nom, '
        "[[PERSONNE:Joël Perrin]]. Il rigole. Il a ses habitudes : café, sandwich, soin.",
    ),
    (
        "urgences",
        AP,
        "Urgences pédiatriques : bébé de 8 mois, fièvre à 40. La maman donne la date de "
        "naissance : [[DATE_NAISSANCE:2023-10-26]] (elle lit le carnet de santé). Le papa gare "
        "la voiture. Attente {{2 h}}. Ils ont un {{Doliprane}} dans le sac, l'infirmière "
        "valide.",
    ),
    (
        "urgences",
        AP,
        "[[PERSONNE:Valérie]], agente d'admission depuis {{20 ans}}, me montre la carte mutuelle "
        "d'un patient : {{MGEN}} n° [[IDENTIFIANT:2 75 104 388 09]]... \"la moitié des gens "
        "n'ont pas leur carte, on court après pendant des semaines\".",
    ),
    (
        "urgences",
        AP,
        "Touriste allemand, entorse à {{Saint-Malo}} (plage du {{Sillon}}). Carte européenne "
        "{{CEAM}} n° [[IDENTIFIANT:80276 00045 29183 55]]. Téléphone allemand "
        "[[TELEPHONE:+49 171 3928475]]. L'agente ne parle pas allemand, lui pas français, "
        "tout en anglais approximatif. Le fils traduit avec {{DeepL}}.",
    ),
    (
        "urgences",
        AP,
        "Intérimaire ({{agence Crit}}), coupure profonde à la main à la {{Scierie Josso}}. "
        "M. [[PERSONNE:Anthony Briand]], né en [[DATE_NAISSANCE:mai 96]] à {{Bruz}}, NIR "
        "[[NIR:1 96 05 35 047 122 27]]. L'agence d'intérim doit faire la déclaration d'AT, pas "
        "la scierie. Il ne le savait pas. L'agente lui donne la feuille d'AT à faire remplir.",
    ),
    (
        "urgences",
        AP,
        "{{2h du matin}}. Patient alcoolisé qui crie dans la salle d'attente. Deux agents de "
        "sécurité, calme au bout de {{20 min}}. Les autres patients se sont serrés de l'autre côté. "
        "L'infirmière dit que c'est \"un jeudi normal\".",
    ),
    (
        "urgences",
        AP,
        'Annonce au micro par la sécurité : "le véhicule immatriculé '
        "[[IMMATRICULATION:FK-702-DB]] est prié de libérer l'{{aire des ambulances}}\". Personne ne "
        "bouge. Deuxième annonce, un monsieur sort en courant : il avait laissé sa femme aux "
        '{{urgences}} et s\'était garé "juste une minute".',
    ),
    (
        "urgences",
        AP,
        "Femme victime de violences, amenée par une amie. Elle ne veut pas donner son nom au "
        "guichet. L'IOA la fait passer dans un box tout de suite. Protocole : appel de "
        "l'{{UMJ}}, infos sur le {{3919}}. Je ne sais rien de plus, et c'est très bien.",
    ),
    (
        "urgences",
        AP,
        "Footballeur de 17 ans, genou tordu au match ({{Stade Briochin}} U18). Son coach donne "
        "la licence {{FFF}} n° [[IDENTIFIANT:2547896310]] comme pièce d'identité (!). La maman "
        "arrive avec la carte Vitale. Le gamin s'appelle [[PERSONNE:Nolan]], il a peur de rater "
        "la finale dimanche.",
    ),
    (
        "urgences",
        AP,
        "Femme enceinte de 7 mois, contractions. Admission express. Elle donne son NIR de "
        "tête : [[NIR:284069934106383]], née le [[DATE_NAISSANCE:25 juin 1984]] à {{Dakar}}. "
        "Direction maternité, l'admission sera régularisée là-haut. {{4 min}} chrono.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences. Une fille appelle pour sa mère amenée par le {{SAMU}} : "
        '"Mme [[PERSONNE:Danielle Corlay]], née le [[DATE_NAISSANCE:5 octobre 1951]]". '
        "L'infirmière confirme qu'elle est là mais ne donne pas d'info médicale au téléphone. "
        "La fille habite à {{Toulouse}}, elle pleure.",
    ),
    (
        "urgences",
        AT,
        "Appel du {{Centre 15}} : arrivée dans 10 min d'un homme de 60 ans, douleur thoracique, "
        "récupéré à son domicile [[ADRESSE:9 allée des Acacias, 35650 Le Rheu]]. L'IOA prépare "
        "le box {{déchoc}}. Le régulateur donne aussi son nom, M. [[PERSONNE:Guillotin]].",
    ),
    (
        "urgences",
        AT,
        "{{Pharmacie de garde}} ({{Pharmacie du Centre}}) qui appelle pour vérifier une "
        "ordonnance d'{{antibiotiques}} illisible. Le médecin n'est plus là. L'infirmière relit le "
        "dossier et confirme la dose. Aucun nom dit devant moi.",
    ),
    (
        "urgences",
        AT,
        "Le chef de chantier des {{Bâtiments Kerlann}} appelle pour avoir des nouvelles de son "
        "ouvrier tombé hier, [[PERSONNE:Maxime]]. L'infirmière : \"je ne peux rien vous dire, "
        "appelez sa famille\". Il insiste parce qu'il doit remplir la {{déclaration d'accident "
        "du travail}}. Elle lui donne le numéro de la {{Cpam}}.",
    ),
    (
        "urgences",
        AT,
        "Le labo appelle un résultat critique ({{potassium}}) pour le patient {{IPP}} "
        "[[IDENTIFIANT:P00456781]]. L'infirmière répète le numéro, le nom, M. "
        "[[PERSONNE:Robic]], et la valeur. Double vérification. Le "
        "médecin est prévenu dans la minute.",
    ),
    (
        "urgences",
        AT,
        "Gendarmerie de {{Châteaugiron}} qui appelle pour savoir si M. [[PERSONNE:Thierry "
        "Jamet]] a été admis après l'accident de la {{RN 157}}. L'agente demande une "
        "réquisition écrite avant de confirmer quoi que ce soit.",
    ),
    (
        "urgences",
        AT,
        "Une maman demande le temps d'attente avant de venir pour son fils ({{fièvre}}). "
        'Réponse : "je ne peux pas vous dire, appelez le {{15}} ou votre médecin". Elle '
        "raccroche fâchée. L'agente : \"on n'a pas le droit de donner de délai\".",
    ),
    (
        "urgences",
        AT,
        "L'infirmière de l'{{EHPAD Ker Anna}} prévient d'un transfert : Mme [[PERSONNE:Simone "
        "Gourlay]], {{89 ans}}, née le [[DATE_NAISSANCE:12/04/1935]], désaturation. Elle dicte "
        "les traitements et le numéro de la fille : [[TELEPHONE:06 85 41 22 70]].",
    ),
    (
        "urgences",
        AT,
        "{{Taxis Bréal}} appelle pour le {{retour à domicile}} d'un patient : \"on vient chercher "
        "M. [[PERSONNE:Kerdraon]] pour le ramener au [[ADRESSE:22 rue de Lorient, Pontivy]], "
        "c'est bien ça ?\" L'agente vérifie dans le dossier. Oui. Le taxi laisse son numéro : "
        "[[TELEPHONE:02 97 25 63 18]].",
    ),
    (
        "urgences",
        AT,
        "Patient parti sans attendre ({{PSA}}) hier soir après 5 h. Le médecin veut le rappeler "
        "({{ECG}} limite). Numéro dans le dossier : [[TELEPHONE:07 69 14 30 52]]. Pas de réponse. "
        "{{SMS}} envoyé. Il dit que ça arrive 5 ou 6 fois par nuit.",
    ),
    (
        "urgences",
        AT,
        "Le frère d'un patient appelle, il veut ajouter la carte Vitale de son frère au dossier "
        "et dicte le NIR : [[NIR:1 99 02 75 118 433 94]] (né à {{Paris}}, {{18e}}, en "
        "[[DATE_NAISSANCE:février 99]]). L'agente refuse de le saisir par téléphone, il faudra présenter la carte.",
    ),
    (
        "urgences",
        AT,
        "Appel à l'{{interprétariat}} par téléphone pour une patiente géorgienne, "
        "{{12 min}} d'attente pour avoir un interprète. Pendant ce temps, l'infirmière "
        "mime. L'interprète arrive en ligne, tout va plus vite après.",
    ),
]

CHRS = [
    (
        "chrs",
        AP,
        "Admission au {{CHRS}} {{Le Relais}} : M. [[PERSONNE:Patrick Gaillard]], orienté par le "
        "{{SIAO}} (réf [[IDENTIFIANT:SIAO35-24-01872]]). Né le [[DATE_NAISSANCE:30/06/1969]]. "
        "N° Caf [[N_ALLOCATAIRE:2046158]] pour le RSA. Il vient d'ouvrir un {{Livret A}} à la "
        "{{Banque Postale}} pour recevoir le RSA, RIB : [[IBAN:FR60 2004 1000 0112 3456 7W02 016]]. "
        "L'éducatrice fait le contrat de séjour en {{45 min}}.",
    ),
    (
        "chrs",
        AP,
        "Atelier CV au CHRS, l'éducateur ([[PERSONNE:Thomas]]) aide un résident à refaire le "
        'sien. Nom : [[PERSONNE:Sébastien Le Roux]]. On lui crée une adresse mail "pro" : '
        "[[EMAIL:sebastien.leroux.pro@gmail.com]] (l'ancienne c'était [[EMAIL:seb_le_fou_35@hotmail.fr]]). "
        "Expériences : {{Abattoir Gad}} ({{Josselin}}, fermé en 2013), {{Emmaüs}} {{Hédé}} "
        "(bénévolat), intérim {{Manpower}}. Identifiant France Travail : "
        '[[ID_FRANCE_TRAVAIL:1197304V]]. Il veut être "agent de tri", il sait où.',
    ),
    (
        "chrs",
        AP,
        "Accueil de jour, {{7h30}}. {{40 petits déjeuners}} servis, 3 douches en même temps, "
        "machine à laver réservée jusqu'à {{11h}}. Les chiens restent dans la cour (il y en a 6). "
        "Une bénévole fait les cafés depuis 12 ans. Rien de nominatif noté.",
    ),
    (
        "chrs",
        AP,
        "Bonne nouvelle au CHRS : [[PERSONNE:Mohamed]] (32 ans) a fini sa {{PMSMP}} à la "
        "{{Ressourcerie La Belle Déchette}} et ils le prennent en {{CDDI}} {{26 h}}. "
        "Son conseiller {{France Travail}}, M. [[PERSONNE:Lagadec]], est venu au CHRS pour "
        "signer. Tout le monde applaudit au repas du midi.",
    ),
    (
        "chrs",
        AP,
        "Jeune femme de 23 ans, sortie de l'{{ASE}} à 21 ans, à la rue depuis. Entretien "
        "d'accueil. Née le [[DATE_NAISSANCE:11 décembre 2000]] à {{Vannes}}. Elle connaît son NIR "
        "par cœur : [[NIR:2 00 12 56 260 019 73]]. Elle n'a aucun papier sauf une photocopie "
        "de sa carte d'identité. L'éducatrice dit qu'elle est \"trop jeune pour être là\".",
    ),
    (
        "chrs",
        AP,
        "Il vivait dans sa voiture depuis 4 mois ({{Berlingo}}, [[IMMATRICULATION:BV-531-TE]]). "
        "Admis hier. Il demande s'il peut la garer dans la cour : non, place limitée. Il "
        "la laissera au parking du {{Super U}}. Il a peur qu'on la lui enlève, \"c'est tout "
        "ce que j'ai\".",
    ),
    (
        "chrs",
        AP,
        "Demandeur d'asile érythréen, passé par l'{{Italie}}. Attestation de demande d'asile, "
        "n° {{AGDREF}} [[IDENTIFIANT:3501776302]]. Il a encore un compte italien "
        "[[IBAN:IT14 K030 6909 5141 0000 0731 842]] où il reste {{60 €}}. L'intervenante "
        "explique que l'{{ADA}} ne peut être versée que sur la carte {{OFII}}. Dublin ? "
        '"On verra".',
    ),
    (
        "chrs",
        AP,
        "Résident en chantier d'insertion aux {{Ateliers de la Baie}} (maraîchage). Il montre sa "
        "fiche de paie : {{CDDI}}, {{24 h}}, {{892 €}} net. Sa référente aux Ateliers, Mme "
        "[[PERSONNE:Nadine Querré]], l'appelle pendant l'entretien pour changer ses horaires. "
        "Il est fier de sa fiche de paie, il me la montre deux fois.",
    ),
    (
        "chrs",
        AP,
        '[[PERSONNE:Moussa]], {{éducateur}}, {{28 ans}} de métier : "avant on avait des places, '
        'maintenant on a des listes".',
    ),
    (
        "chrs",
        AP,
        "Courrier des résidents domiciliés : une pile d'enveloppes, on voit les noms à travers "
        "les fenêtres. Pour M. et Mme [[PERSONNE:Tchoukriel]] : un "
        "courrier de la {{Caf}} et un de la {{préfecture}}. "
        "L'éducatrice range tout dans des casiers fermés.",
    ),
    (
        "chrs",
        AP,
        "Simulation d'entretien d'embauche avec une résidente avant le {{job dating}} "
        '{{Keolis}}. L\'éducatrice joue le recruteur : "parlez-moi de vous". La résidente, '
        "[[PERSONNE:Samia]], a le permis D depuis 2019, a conduit pour {{Transdev}}. Elle "
        "répond bien. Elle s'inquiète de l'adresse à mettre sur le CV : l'éducatrice lui dit "
        "de mettre celle du CHRS ({{service domiciliation}}).",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{21h}}. Un monsieur de 55 ans à la {{gare de Rennes}}, il dit s'appeler "
        "[[PERSONNE:Gérard]]. Pas de place. L'écoutante lui propose une nuit d'hôtel : "
        "{{hôtel Ibis Budget}} {{Cesson}}, {{chambre 112}}. Il demande comment y aller, pas de "
        "bus après {{22h}}. Il rappellera de la cabine. Son portable n'a plus de batterie.",
    ),
    (
        "chrs",
        AT,
        "115 : une femme avec 2 enfants ([[PERSONNE:Ayoub]], né le [[DATE_NAISSANCE:03/05/2019]], "
        "et [[PERSONNE:Mayssa]], née le [[DATE_NAISSANCE:21/01/2022]]). Elle a quitté le domicile "
        "conjugal ce soir. Réf {{SIAO}} créée : [[IDENTIFIANT:SI-2024-44107]]. Mise à l'abri en "
        "{{hôtel}}, le {{Bien-être}} à {{Saint-Jacques}}... l'écoutante respire.",
    ),
    (
        "chrs",
        AT,
        "Il appelle le 115 depuis sa voiture, garée sur le parking du {{Leclerc}} de "
        '{{Langueux}}. Il donne sa plaque "au cas où la police vient" : '
        "[[IMMATRICULATION:ew-218-fj]]. L'écoutante lui explique qu'elle ne peut rien faire de la "
        "plaque. Pas de place ce soir. Rappel demain {{9h}}.",
    ),
    (
        "chrs",
        AT,
        "Compteur de la soirée : {{63 appels}} au {{115}}, {{11 demandes}} d'hébergement, "
        "{{0 place}} disponible. L'écoutante me dit qu'elle a \"l'impression de dire non pour "
        'gagner sa vie". Elle garde une liste papier des gens qui rappellent.',
    ),
    (
        "chrs",
        AT,
        "L'assistante sociale du {{CDAS}} appelle pour la famille [[PERSONNE:Diabaté]] "
        "({{4 enfants}}) expulsée demain matin. Elle donne leur numéro allocataire "
        "[[N_ALLOCATAIRE:1793460]] et leur ancienne adresse, [[ADRESSE:8 rue Guy Ropartz, "
        "35700 Rennes]]. Aucune solution d'hébergement familial avant {{vendredi}}.",
    ),
    (
        "chrs",
        AT,
        'Une dame rappelle depuis l\'hôtel : "{{Première Classe}}, {{chambre 27}}", elle '
        "s'appelle [[PERSONNE:Claudine Ferré]], elle n'a plus de tickets-repas. L'écoutante "
        "note, voit avec l'{{équipe mobile}} demain. Elle dit merci quatre fois.",
    ),
    (
        "chrs",
        AT,
        "115 : jeune homme de 20 ans, mis dehors par son père. Il était en {{CDD}} chez "
        "{{Lidl}} qui vient de finir. Il est inscrit à {{France Travail}}, identifiant "
        '[[ID_FRANCE_TRAVAIL:8031562N]], il le donne "au cas où ça sert". Tel : '
        "[[TELEPHONE:07 44 19 52 86]]. Orientation {{FJT}} + {{Mission locale}}.",
    ),
    (
        "chrs",
        AT,
        "Dame de 67 ans expulsée de son appartement du [[ADRESSE:15 rue de Paris, 35510 Cesson-"
        "Sévigné]] après 30 ans. Elle appelle avec sa voisine à côté. Elle n'a jamais appelé le "
        "{{115}}, elle ne sait pas ce que c'est. L'écoutante la garde {{22 min}} en ligne.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un monsieur marocain arrivé il y a une semaine, portable [[TELEPHONE:+212 6 61 "
        "48 23 97]], passeport n° [[IDENTIFIANT:TX7284519]]. Il cherche son cousin. Pas "
        "d'hébergement possible ce soir, orientation vers l'{{accueil de nuit}} de la {{Croix-Rouge}}.",
    ),
    (
        "chrs",
        AT,
        "{{4 appels}} qui raccrochent dès que ça décroche. L'écoutante dit que c'est souvent des "
        'gens qui testent "pour voir si ça répond". Elle ne rappelle pas les {{numéros '
        "masqués}}. Les autres si.",
    ),
    (
        "chrs",
        CS,
        "Visite des chambres au {{CHRS}} avec le chef de service. {{Chambre 12}} : posters de "
        "foot, un CV sur le bureau : [[PERSONNE:Kevin Hardy]], [[TELEPHONE:06 40 85 17 29]], "
        "[[EMAIL:k.hardy@laposte.net]], expérience {{Burger King}} {{Lanester}}, "
        "{{Carrefour Market}}. Le résident n'est pas là, on ne touche à rien.",
    ),
    (
        "chrs",
        CS,
        "Logement en diffus (appartement loué par l'asso) : [[ADRESSE:26 avenue de Lyon, appt "
        "31, 29000 Quimper]]. La résidente, Mme [[PERSONNE:Houria Benkhaled]], y vit avec son "
        "fils depuis {{8 mois}}. {{Visite mensuelle}} : l'appart est impeccable. Elle demande quand "
        'elle pourra avoir "un vrai bail à son nom".',
    ),
    (
        "chrs",
        CS,
        "Tour de sécurité du bâtiment : détecteurs de fumée testés (2 HS), extincteurs OK, "
        "{{registre de sécurité}} à jour. Le chef de service me dit que la commission de "
        "sécurité passe en {{octobre}}. Pas d'occupant présent.",
    ),
    (
        "chrs",
        CS,
        "Chambre 5 : sur la table, un relevé {{Caisse d'Épargne}} ouvert. On voit l'IBAN : "
        "[[IBAN:FR76 1444 5004 0108 7654 3210 988]] et un solde à {{-43 €}}. L'éducateur le "
        "retourne face contre table. Il me dit qu'il en parlera avec le résident pour le "
        "{{budget}}.",
    ),
    (
        "chrs",
        CS,
        "Pension de famille : M. [[PERSONNE:Roger Lemaître]], 71 ans, et son chat {{Filou}}. "
        "Chambre 3, rideaux fermés, radio allumée. Il parle de quand il était chauffeur chez "
        '{{Transports Lemaître}} — "c\'était mon oncle". Il montre une photo du camion.',
    ),
    (
        "chrs",
        CS,
        "Visite de la chambre d'un résident qui travaille en intérim ({{Crit}}, {{Lamballe}}). "
        "Sur le lit : son contrat de mission, un courrier {{France Travail}} avec "
        "l'identifiant [[ID_FRANCE_TRAVAIL:7264810E]]. Il est au travail. L'éducatrice "
        "vérifie juste la propreté et le frigo.",
    ),
    (
        "chrs",
        CS,
        "Appartement famille dans le CHRS : 2 adultes, 3 enfants dans un T3. Courrier {{Caf}} "
        "sur le frigo : n° allocataire [[N_ALLOCATAIRE:6251093]], {{APL}} versée au CHRS. "
        "La maman, [[PERSONNE:Fanta]], fait les devoirs avec l'aîné. Ils attendent un logement "
        "social depuis {{2 ans}}.",
    ),
    (
        "chrs",
        CS,
        "Parking de la {{pension de famille}} : un camion polonais immatriculé "
        "[[IMMATRICULATION:PO 4K218]]. C'est celui d'un résident, {{ancien routier}}, qui ne peut "
        "plus le conduire ({{permis suspendu}}). Le chef de service voudrait qu'il le vende. "
        'Le résident : "jamais".',
    ),
    (
        "chrs",
        CS,
        "Chambre de [[PERSONNE:Aminata]] : titre de séjour expiré sur le bureau (n° "
        "[[IDENTIFIANT:3502104879]]), elle a RDV en {{préfecture}} le 14. Elle veut s'inscrire "
        "à {{France Travail}} mais il faut le titre. Elle a déjà un mail : "
        "[[EMAIL:aminata.kone93@yahoo.fr]]. L'éducatrice note tout pour le {{PPI}}.",
    ),
    (
        "chrs",
        CS,
        "Jeune résident qui fait du rap, il montre son compte {{TikTok}} "
        "[[IDENTIFIANT:@lyrik_du_blosne]] : 2 300 abonnés. Il veut faire une formation "
        "d'{{ingé son}} ({{CPF}} vide, {{AIF}} possible ?). La chambre est pleine de câbles. "
        "L'éducateur sourit.",
    ),
]

NOTES = (
    FT_PHYSIQUE_1
    + FT_PHYSIQUE_2
    + FT_PHYSIQUE_3
    + FT_TELEPHONE_1
    + FT_TELEPHONE_2
    + CAF
    + CPAM
    + CCAS
    + URGENCES
    + CHRS
)


def main() -> None:
    notes = build(NOTES)
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    if len(dev) != 120 or len(holdout) != 120:
        raise SystemExit(f"bad split {len(dev)} / {len(holdout)}")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
