"""Independent evaluation corpus n° 66: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind66-001`` to
``ind66-240`` follow the writing order. The dev / holdout split depends only on the ids and
the cells (site kind x channel), never on the texts.

Usage: python holdout_author.py   (rewrites dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind66"
SEED = 66

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

LABELS = (
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
)
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = (AP, AT, CSP)

MARK_RE = re.compile(r"\[\[([A-Z_]+):([^\[\]]+?)\]\]|\{\{([^{}]+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return (text, entities, keep)."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = 0
    pos = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"span {value!r} has surrounding whitespace")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value != value.strip():
                raise ValueError(f"keep {value!r} has surrounding whitespace")
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build_notes() -> list[dict]:
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(cells: list[tuple[str, tuple[str, str]]]) -> tuple[set[str], set[str]]:
    """Split (id, cell) pairs into dev and holdout ids; only ids and cells are used."""
    rng = random.Random(SEED)
    by_cell: dict[tuple[str, str], list[str]] = {}
    for note_id, cell in cells:
        by_cell.setdefault(cell, []).append(note_id)
    dev: set[str] = set()
    holdout: set[str] = set()
    leftovers: list[str] = []
    for cell in sorted(by_cell):
        ids = sorted(by_cell[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write_jsonl(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    notes = build_notes()
    dev_ids, holdout_ids = split([(n["id"], (n["site_kind"], n["channel"])) for n in notes])
    write_jsonl(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write_jsonl(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


# The notes, in writing order (ids follow this order).

BATCH_1 = [
    (
        "caf",
        AP,
        "{{Caf}} de {{Pointe-à-Pitre}}, {{8h40}}, deja {{23 personnes}} dehors sous le soleil. Ticket {{A047}}. "
        "Mme [[PERSONNE:Mérine]] (agente) reçoit une dame, Mme [[PERSONNE:Sitcharn]], qui vient pour la "
        "{{prime de Noël}} pas versée. L'agente tape le n° alloc [[N_ALLOCATAIRE:0841267]], rien d'anormal. "
        "La dame : « mwen pa konprann, ma voisine l'a eue hier ». Explication : elle est à l'{{AAH}}, pas "
        "au {{RSA}}, c'est pas le même dispositif. {{6 min}}.",
    ),
    (
        "france_travail",
        AT,
        "{{10h12}} appel. Monsieur [[PERSONNE:Brahimi]] arrive pas à s'actualiser, l'appli plante. "
        "Conseiller ([[PERSONNE:Yannick]]) : « votre identifiant ? » → « [[ID_FRANCE_TRAVAIL:4827193K]] ». "
        "« Date de naissance ? » → « [[DATE_NAISSANCE:2 février 1988]] ». Compte bloqué apres {{3 essais}}, "
        "[[PERSONNE:Yannick]] le débloque. Le monsieur dit qu'il appelle depuis le parking du {{Carrefour}} "
        "de {{Vénissieux}} pcq pas de réseau chez lui lol. Durée {{7 min}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Guyane}}, soirée. Femme à {{Cayenne}} quartier {{Mont-Baduel}}, avec {{2 enfants}} "
        "({{4 ans}} et {{9 mois}}), partie de chez le conjoint. Écoutante : [[PERSONNE:Sheryl]]. La dame donne "
        "son nom « [[PERSONNE:Aboikoni]] », puis l'épelle « [[PERSONNE:A-B-O-I-K-O-N-I]] », prénom "
        "[[PERSONNE:Mélissa]]. Pas de place au {{CHRS}} ce soir → hôtel {{Amazonia}}, {{chambre 14}}. Taxi "
        "payé par le {{SIAO}}. Raccroché à {{22h40}}.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{Cpam}} de {{Roubaix}}, {{14h}}. File de {{11 personnes}}. La borne à tickets est en panne, "
        "le vigile distribue des bouts de papier numérotés. Un jeune demande sa {{carte Vitale}}, on lui dit "
        "que ça se fait sur le compte {{ameli}}. Lui : « j'ai pas de compte, j'ai même pas un téléphone qui "
        "marche ». L'agente soupire et sort un formulaire papier.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à domicile avec [[PERSONNE:Josiane Ursulet]], contrôleuse {{Caf}} {{Martinique}}. Quartier "
        "{{Trénelle}}, {{Fort-de-France}} : escaliers raides, pas de numéro sur la maison. Adresse sur le "
        "dossier : [[ADRESSE:12 passage des Flamboyants, 97200 Fort-de-France]]. Objet : vérif isolement, "
        "Mme [[PERSONNE:Lordinot]] déclarée seule avec {{3 enfants}}. Dans la chambre, des chaussures "
        "d'homme pointure {{44}}. Elle : « c'est à mon frère [[PERSONNE:Rudy]], il passe le dimanche ». "
        "[[PERSONNE:Josiane]] note tout sans commentaire. {{40 min}} sur place.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Pointe-à-Pitre}}. IOA : [[PERSONNE:Line Bellemare]]. Un papy arrive avec son fils, "
        "fièvre + douleurs articulaires, le fils : « c'est la {{dengue}} sûr ». Enregistrement : nom "
        "[[PERSONNE:Calixte]], prénom [[PERSONNE:Raymond]], né le [[DATE_NAISSANCE:11/04/1956]] à "
        "{{Basse-Terre}}, {{69 ans}}. Carte vitale : [[NIR:1 56 04 97 105 143 88]]. Tél du fils "
        "[[TELEPHONE:0690 41 27 83]]. Tri {{4}}, attente estimée {{3h}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Sarcelles}}. Jeune de {{19 ans}}, [[PERSONNE:Kenzo]], vient s'inscrire, sa mère "
        "l'accompagne et parle pour lui tout le temps 😅 Conseillère : Mme [[PERSONNE:Nkounkou]]. Mail : "
        "« [[EMAIL:kenzo.bonnaire95@gmail.com]] ». Inscription faite, identifiant noté sur un post-it : "
        "[[ID_FRANCE_TRAVAIL:5031628M]]. RDV {{CEJ}} ({{contrat d'engagement jeune}}) mardi {{10h}}. La mère "
        "demande si c'est payé. « Jusqu'à {{528 €}} par mois si assidu. » [[PERSONNE:Kenzo]] se redresse d'un coup.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Limoges}}, permanence domiciliation. {{4 personnes}} en {{1h}}. Un homme veut juste "
        "récupérer son courrier, il n'a plus de pièce d'identité (volée). L'agent le connaît de vue et lui "
        "donne quand même : « je sais que c'est vous ». Petite entorse à la règle, me dit-il après, mais "
        "sinon le gars ne reçoit plus rien du tout.",
    ),
    (
        "cpam",
        AT,
        "Plateforme tél de la {{CSSM}} à {{Mamoudzou}} : ici c'est la {{Caisse de sécurité sociale de Mayotte}} "
        "qui fait {{Caf}} et {{Cpam}} en même temps. Appel en shimaoré, l'agent [[PERSONNE:Anli]] me traduit après. "
        "La dame, {{21 ans}}, née à {{Koungou}}, ne reçoit plus ses remboursements depuis que son titre de "
        "séjour a expiré. Elle lit son n° de sécu : « [[NIR:2 03 12 97 610 038 37]] ». Récépissé de "
        "renouvellement n° [[IDENTIFIANT:9760412387]]. [[PERSONNE:Anli]] : envoyer le récépissé, les droits "
        "seront rouverts. Elle répète « inshallah ».",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appart du {{CHRS}} en diffus à {{Créteil}}, {{Mont-Mesly}}, avec l'éducatrice "
        "[[PERSONNE:Awa Sissoko]]. Famille [[PERSONNE:Rosemond]] (mère + {{3 enfants}}) arrivée de "
        "{{Martinique}} il y a {{2 ans}}. Logement : [[ADRESSE:4 rue Henri Matisse, bât C, 94000 Créteil]]. "
        "Check-list : détecteur de fumée ok, humidité salle de bain, frigo presque vide. [[PERSONNE:Awa]] "
        "laisse des tickets {{Restos du Cœur}}. La mère : « ici il fait froid même dans la tête ».",
    ),
    (
        "caf",
        AT,
        "{{3230}}. Un monsieur de {{Marseille}} ({{13e}}) appelle pour la {{4e fois}} cette semaine, {{APL}} "
        "suspendues. Agent [[PERSONNE:Karim]] lit l'écran : « pièce manquante : attestation de loyer ». Le "
        "bailleur ({{13 Habitat}}) l'a pas envoyée. Monsieur : « mais j'y suis allé moi-même, j'ai parlé à une "
        "dame, Mme [[PERSONNE:Ouattara]] ». N° alloc ? « [[N_ALLOCATAIRE:3305218]] ». [[PERSONNE:Karim]] "
        "relance le bailleur par mail devant moi.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences, {{CH}} de {{Cayenne}} ({{Andrée-Rosemon}}). Une sœur appelle pour savoir si "
        "son frère est arrivé, amené par les pompiers de {{Matoury}}. « [[PERSONNE:Jean-Claude Nelson]] ? » "
        "rien. Recherche par date de naissance, [[DATE_NAISSANCE:3 mars 1970]] : trouvé, il est en box. "
        "L'agente ne dit rien d'autre (secret médical), prend le numéro de la sœur, "
        "[[TELEPHONE:06 94 23 81 07]], pour que le médecin rappelle.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Kourou}}. M. [[PERSONNE:Pinas]], {{34 ans}}, sous-traitant au {{CSG}}, fin de "
        "mission. Veut une formation cariste. Conseillère [[PERSONNE:Sandrine Zéphir]], identifiant du "
        "monsieur à l'écran : [[ID_FRANCE_TRAVAIL:2219546D]]. Session {{CACES}} à {{Cayenne}} en {{mars}}, "
        "mais pas de voiture et {{60 km}}. Elle note « mobilité = frein ». Lui : « mon cousin me prête sa "
        "{{Clio}} ». Elle remplit une aide aux frais de déplacement, il faut la carte grise : "
        "[[IMMATRICULATION:FG-318-KP]], au nom du cousin, ça passe quand même.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt maladie à domicile avec l'agent assermenté de la {{Cpam}} de {{Strasbourg}}, "
        "M. [[PERSONNE:Hoffmann]]. {{10h30}}, sorties autorisées {{9h-11h}} et {{14h-16h}}. Personne. "
        "Adresse : [[ADRESSE:17 rue de la Ganzau, 67100 Strasbourg]]. Une voisine au balcon : « il est au "
        "marché, comme tous les mardis ». [[PERSONNE:Hoffmann]] laisse un avis de passage et coche "
        "« absent ».",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Sarcelles}}. {{9h}}-{{10h}} : {{14 appels}}. Bcp pour le colis de fin d'année "
        "des seniors. Une dame demande si le car pour le repas des anciens passe bien aux {{Flanades}}. Une "
        "autre appelle pour sa mère qui vit à {{Basse-Terre}} : est-ce que le CCAS d'ici peut faire quelque "
        "chose là-bas ? Non, l'agente cherche le standard du CCAS de Basse-Terre sur internet et le lui donne.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} d'{{Évry-Courcouronnes}}, {{14h}}. [[PERSONNE:Zaïnaba Attoumani]], {{22 ans}}, arrivée de "
        "{{Mayotte}} en {{2022}}, veut ouvrir des droits {{APL}}, elle loue une chambre chez l'habitant au "
        "{{Bois-Sauvage}}. L'agent, [[PERSONNE:Thierry]], demande un RIB. Elle le montre sur son tél, compte "
        "{{Nickel}} : [[IBAN:FR76 1659 8000 0100 0025 1873 474]]. [[PERSONNE:Thierry]] : « chambre chez "
        "l'habitant, il faut que le propriétaire déclare le loyer ». Elle sait pas s'il voudra.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Lille}}, accueil. M. [[PERSONNE:Wojciech]] (« [[PERSONNE:Wojtek]] » pour tout le monde) "
        "veut récupérer ses papiers au coffre : passeport polonais n° [[IDENTIFIANT:EJ4471823]]. L'éduc, "
        "[[PERSONNE:Fanny]], vérifie le registre, le fait signer, rend. {{5 min}}. Il part à {{Lens}} demain "
        "pour un boulot au marché de gros.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHM}}, {{Mamoudzou}}. Salle pleine, des gens assis par terre. Une maman avec un bébé "
        "déshydraté, diarrhée depuis {{3 jours}} (encore des coupures d'eau à {{Kawéni}}). Accueil par "
        "[[PERSONNE:Roukia]], infirmière, qui parle shimaoré et kibushi. Pas de sécu, pas de papiers, on prend "
        "quand même. Dossier au nom « [[PERSONNE:Bacar]] », bébé [[PERSONNE:Nassim]], né le "
        "[[DATE_NAISSANCE:02/09/2024]]. IPP [[IDENTIFIANT:976P0048821]]. Passé direct en salle de soins.",
    ),
    (
        "france_travail",
        AT,
        "Appels sortants : la conseillère rappelle des demandeurs pour un job dating {{Leroy Merlin}} à "
        "{{Saint-Brieuc}}. {{8 appels}}, {{2 réponses}}. Messagerie pleine x3. Un monsieur décroche en "
        "voiture, « je peux pas là », raccroche. Elle coche « non joint » partout. Le job dating c'est jeudi "
        "{{9h30}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} du {{Lamentin}}, quartier {{Long-Pré}}, avec l'AS "
        "[[PERSONNE:Marie-Josée Flavigny]]. Dame de {{83 ans}}, Mme [[PERSONNE:Nisus]], vit seule. Toit en tôle "
        "qui fuit depuis la dernière tempête, une bassine dans la chambre. Elle veut une aide pour l'eau : "
        "facture {{SME}} n° [[IDENTIFIANT:F25-0337192]], {{187,40 €}}. [[PERSONNE:Marie-Josée]] monte un "
        "dossier {{FSL}} et lui dit de ne pas payer en attendant. Mme [[PERSONNE:Nisus]] nous offre du jus de "
        "groseille pays.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Toulouse}}. Étudiant colombien, [[PERSONNE:Andrés Felipe Restrepo]], veut une attestation "
        "de droits pour sa mutuelle. L'agente ([[PERSONNE:Coralie]]) ne trouve rien. Elle essaie "
        "« [[PERSONNE:Restrepo Andres]] », « [[PERSONNE:Restrepo Garcia]] »… trouvé sous "
        "« [[PERSONNE:Garcia Restrepo]] ». Les noms composés c'est l'enfer dans le logiciel, dit-elle. "
        "Imprimé, {{12 min}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Guadeloupe}}, plateforme. Un papa de {{Basse-Terre}} ({{Rivière-des-Pères}}) lit son numéro "
        "allocataire chiffre par chiffre : « [[N_ALLOCATAIRE:zéro sept quatre un neuf neuf deux]] ». "
        "Agente : [[PERSONNE:Gwladys]]. Il n'a pas eu l'{{ARS}} pour sa grande de {{16 ans}} : manque le "
        "certificat de scolarité du lycée {{Gerville-Réache}}. Il dit qu'il le dépose demain à l'accueil, "
        "[[PERSONNE:Gwladys]] lui dit de le mettre en ligne plutôt, « ou bien vous allez attendre au soleil ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Clermont}}, {{23h15}}. Étudiant venu avec des potes, main ouverte (verre cassé). "
        "IOA [[PERSONNE:Baptiste]] demande l'identité : « [[PERSONNE:Tom Vasseur]], "
        "[[DATE_NAISSANCE:4 juin 2005]] ». Les potes rigolent « dis-lui ton vrai nom » : c'est son vrai nom. "
        "Attente {{2h}} minimum. Il repart s'acheter un kebab en attendant.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Martinique}}. Un monsieur dort dans sa voiture sur le parking du {{Malecon}} à "
        "{{Fort-de-France}}. Écoutant : [[PERSONNE:Steeve]]. « Vous êtes où exactement ? » « {{Clio}} grise, "
        "[[IMMATRICULATION:ER-552-LN]], à côté des bus. » M. [[PERSONNE:Théodose]], {{58 ans}}, divorcé, "
        "travaille encore au port le matin. La maraude du {{Samu social}} passera vers {{23h}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place près de {{Vernon}} : ressources d'un travailleur indépendant. Contrôleur : "
        "[[PERSONNE:Olivier Lemaire]]. M. [[PERSONNE:Duarte]] est paysagiste auto-entrepreneur, SIRET perso "
        "[[IDENTIFIANT:89341276500016]]. Il sort un classeur avec toutes ses factures, impeccable. "
        "[[PERSONNE:Olivier]] : « c'est rare ». Écart de {{1 200 €}} entre le CA déclaré et les relevés, "
        "expliqué par une facture jamais payée par un client. Rien à redire.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Cayenne}}. [[PERSONNE:Nadège Pierre-Louis]], {{32 ans}}, infirmière diplômée en "
        "{{Haïti}}, veut faire reconnaître son diplôme. Conseiller : M. [[PERSONNE:Mathurin]]. N° de sécu "
        "[[NIR:2 92 11 99 336 057 24]], titre de séjour n° [[IDENTIFIANT:9730156248]]. Il imprime la liste "
        "des pièces pour l'{{ARS}}, en attendant il propose aide-soignante. Elle : « je suis infirmière "
        "depuis {{10 ans}} monsieur ». Silence.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, plateforme de {{Quimper}}. Monsieur appelle pour un remboursement de lunettes. Conseillère "
        "[[PERSONNE:Gaëlle]]. NIR : « [[NIR:1 94 09 29 019 188 58]] ». « Vous êtes bien M. "
        "[[PERSONNE:Le Bihan]], né en [[DATE_NAISSANCE:septembre 94]] ? » Oui. Le remboursement est parti sur "
        "l'ancien compte. Il dicte le nouveau : [[IBAN:FR76 1027 8361 0200 0201 4590 176]]. "
        "[[PERSONNE:Gaëlle]] ne peut pas le modifier au tél, il faut passer par {{ameli}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Koungou}}. Distribution de bons alimentaires après la coupure d'eau. Queue jusqu'à la "
        "route. L'agent [[PERSONNE:Ibrahim Toybou]] appelle les noms sur la liste : « "
        "[[PERSONNE:Mohamed Abdallah]] ? » Deux hommes se lèvent, l'autre s'appelle "
        "[[PERSONNE:Abdallah Mohamed]]. Gros bazar. Ils finissent par demander la date de naissance : "
        "[[DATE_NAISSANCE:1er janvier 1980]] pour les deux. [[PERSONNE:Ibrahim]] m'explique que c'est la "
        "date par défaut de beaucoup de gens nés aux {{Comores}}.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences de {{Besançon}} : {{21 appels}} entre {{18h}} et {{19h}}. Surtout « c'est "
        "combien de temps d'attente ? ». Réponse toujours la même : « on peut pas savoir, si c'est grave "
        "appelez le {{15}} ». Une dame demande si elle peut venir avec son chien. Non.",
    ),
    (
        "caf",
        AP,
        "Accueil {{Caf}} {{Sarcelles}}. Couple guadeloupéen, M. et Mme [[PERSONNE:Moutoussamy]], partis des "
        "{{Lochères}} pour {{Garges}}, changement d'adresse pas pris en compte. Nouvelle adresse : "
        "[[ADRESSE:8 allée Jean Moulin, 95140 Garges-lès-Gonesse]]. Agente : [[PERSONNE:Fatou]]. N° alloc "
        "[[N_ALLOCATAIRE:6120493]]. Mme dit qu'elle a appelé le {{3230}} {{3 fois}}, « à chaque fois on me "
        "dit c'est fait ». [[PERSONNE:Fatou]] le fait, montre l'écran.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Mayotte}}, appel entrant. Un jeune de {{Passamaïnty}} veut des infos sur le "
        "{{RSMA}}. Conseillère : [[PERSONNE:Faïza]]. Il est pas inscrit, elle prend ses coordonnées : "
        "[[PERSONNE:Houmadi Ousseni]], [[TELEPHONE:06 39 42 18 77]], mail "
        "« [[EMAIL:houmadi.ous976@gmail.com]] ». Il demande si ça paye. « Oui, un peu. » 😂",
    ),
    (
        "chrs",
        CSP,
        "Visite de contrôle d'un hôtel social à {{Aubervilliers}} avec [[PERSONNE:Rachid Benamar]] du "
        "{{SIAO}}. {{Chambre 21}} : une mère et {{2 ados}}, plaques électriques interdites mais bon. "
        "{{Chambre 34}} : personne, mais des affaires partout ; le gérant dit « ils sont au bled ». "
        "[[PERSONNE:Rachid]] note la référence SIAO du ménage de la 21 : [[IDENTIFIANT:SI-93-0418821]], "
        "et fera un signalement pour la 34.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{CGSS}} {{Martinique}} (ici la CGSS fait la {{Cpam}}), agence de {{Schœlcher}}. Étudiante du "
        "{{campus de Schœlcher}}, [[PERSONNE:Kelly-Ann Jean-Baptiste]], veut sa {{carte Vitale}}. Agent : "
        "[[PERSONNE:Fabrice]]. Il scanne sa CNI, n° [[IDENTIFIANT:X4RTBPFW4]]. Délai : {{3 semaines}}. "
        "Elle : « ma mère m'avait dit {{3 mois}} ». [[PERSONNE:Fabrice]] : « ta mère elle a connu l'ancien "
        "temps ». Tutoiement direct, ça passe très bien.",
    ),
    (
        "caf",
        AT,
        "Appel : une dame de {{Nancy}} veut qu'on lui envoie son attestation de paiement par mail. Pas "
        "possible, c'est sur l'espace perso. Elle insiste et épelle quand même : "
        "« [[EMAIL:sylvie.thiebaut54 arobase orange point fr]] ». L'agent ([[PERSONNE:Damien]]) refuse "
        "gentiment et lui explique comment la télécharger. {{9 min}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU de Martinique}}, site {{Pierre-Zobda-Quitman}}. Sargasses : un couple du {{Robert}} "
        "arrive avec maux de tête et nausées, « l'odeur d'œuf pourri » depuis {{2 semaines}}. IOA : "
        "[[PERSONNE:Murielle]]. Enregistrement de M. [[PERSONNE:Cidalise]] et de Mme "
        "[[PERSONNE:Cidalise-Montaise]]. Mme : « mettez le numéro de ma fille, ça ira plus vite » : "
        "[[TELEPHONE:+596 696 38 12 40]]. Attente {{4h}}.",
    ),
]

BATCH_2 = [
    (
        "france_travail",
        AP,
        "Atelier CV collectif, {{France Travail}} {{Évry}}, {{8 participants}}. La conseillère, "
        "[[PERSONNE:Hélène Marchetti]], projette un CV exemple au nom de « [[PERSONNE:Sophie Martin]] », "
        "adresse bidon [[ADRESSE:10 rue de la Paix, 91000 Évry-Courcouronnes]]. Un participant, "
        "[[PERSONNE:Jordan]], demande s'il faut mettre une photo. Débat. Une dame originaire de "
        "{{Guadeloupe}} dit qu'elle enlève toujours son adresse « parce que {{Pyramides}} ça fait peur aux "
        "patrons ». Personne rigole.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Cayenne}}, {{7h30}}. La file commence vers {{5h}} du mat paraît-il. Le vigile distribue "
        "{{80 tickets}}, pas un de plus, les autres reviendront demain. Bcp de femmes avec bébés, des "
        "parapluies contre le soleil. Un monsieur parle portugais, un autre sranan tongo, l'agent d'accueil "
        "jongle avec {{Google Traduction}} sur son tél perso.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. M. [[PERSONNE:Dorville]] appelle de {{Sarcelles}}, ses {{IJ}} n'arrivent pas depuis "
        "{{5 semaines}}. NIR donné : [[NIR:172079558501968]]. Conseiller : [[PERSONNE:Ludovic]]. À l'écran : "
        "attestation de salaire jamais reçue, l'employeur ({{Aéroports de Paris}}) ne l'a pas envoyée. "
        "[[PERSONNE:Ludovic]] : « c'est eux qu'il faut relancer monsieur, pas nous ». M. "
        "[[PERSONNE:Dorville]] : « ça fait {{3 fois}} que je les relance ».",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHOG}}, {{Saint-Laurent-du-Maroni}}. Une femme enceinte arrive en pirogue depuis "
        "{{Grand-Santi}}, {{8h}} de fleuve. L'agent d'accueil, [[PERSONNE:Johan Amakali]], parle nenge tongo "
        "et traduit. Patiente : [[PERSONNE:Esther Tojo]], née en [[DATE_NAISSANCE:2006]], {{19 ans}}. Sur le "
        "carnet de maternité le nom est écrit « [[PERSONNE:Todjo]] », [[PERSONNE:Johan]] corrige dans le "
        "logiciel. Attente {{45 min}}, passée en salle de naissance.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Grenoble}}. Mme [[PERSONNE:Baudoin]], {{91 ans}}, vient avec son déambulateur pour "
        "une aide ménagère. L'agente, [[PERSONNE:Nathalie]], remplit le dossier avec elle. Date de naissance "
        ": « le [[DATE_NAISSANCE:quatorze juillet trente-quatre]], le jour de la {{fête nationale}}, je "
        "m'en souviens toujours ». RIB pour la participation : [[IBAN:FR76 3000 4009 2700 0102 5617 492]]. "
        "Elle repart avec un bonbon de la coupelle.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guadeloupe}}, nuit. {{22h}}-{{minuit}} : {{9 appels}}. {{3 demandes}} de mise à l'abri, "
        "{{1 place}} dispo à {{Pointe-à-Pitre}}, {{2 refus}} de la personne elle-même, et un monsieur qui "
        "veut juste parler. L'écoutant reste {{25 min}} avec lui. À la fin : « bon, mèsi, bònn nuit ».",
    ),
    (
        "caf",
        AT,
        "Appel {{Caf}} {{Martinique}}. Mme [[PERSONNE:Sainte-Luce]] (qui habite pas à {{Sainte-Luce}} mais au "
        "{{Lamentin}}, elle précise en riant) a changé de banque. Elle veut donner le nouveau RIB au tél, "
        "l'agente [[PERSONNE:Rose-Hélène]] dit que ça passe par l'espace perso. Elle le dicte quand même : "
        "[[IBAN:FR76 1980 6000 2641 2033 8700 171]]. N° allocataire [[N_ALLOCATAIRE:1098734]]. "
        "[[PERSONNE:Rose-Hélène]] finit par lui envoyer le lien par SMS.",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant. Un intérimaire de {{Dunkerque}}, [[PERSONNE:Grégory Vanhoutte]], radié pour absence "
        "à un RDV. Il dit n'avoir jamais reçu la convocation. La conseillère, [[PERSONNE:Mélanie]], vérifie : "
        "convoc envoyée sur l'espace perso, pas par courrier. Identifiant [[ID_FRANCE_TRAVAIL:0763219 P]]. "
        "Elle lui explique le recours. Il reste poli mais on sent qu'il est au bout.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences de {{Vierzon}}. Le Dr [[PERSONNE:Kouassi]], généraliste, appelle pour adresser "
        "M. [[PERSONNE:Perrot]], suspicion de phlébite, il arrive en taxi. Numéro direct du cabinet pour le "
        "rappeler : [[TELEPHONE:02 48 75 31 09]]. La secrétaire écrit sur un post-it : « "
        "[[PERSONNE:Perrot]] {{78 ans}} phlébite Dr [[PERSONNE:Kouassi]] » et le colle sur l'écran de l'IOA.",
    ),
    (
        "cpam",
        CSP,
        "Enquête de résidence {{CGSS}} {{Guyane}} à {{Javouhey}}, près de {{Mana}}, pour un maintien de droits "
        "{{PUMa}}. Enquêtrice : [[PERSONNE:Ginette Sylvestre]]. M. [[PERSONNE:Vang Tou]], agriculteur hmong, "
        "dit vivre ici depuis toujours. [[PERSONNE:Ginette]] regarde les factures {{EDF}} (réf. client "
        "[[IDENTIFIANT:3002451877]]), les ruches, les champs. « Ok c'est bon. » Il nous donne un sac de "
        "ramboutans pour la route.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour du {{CHRS}} à {{Évry}}. {{11h}}, café + douches. Une vingtaine de personnes. Un "
        "jeune demande un chargeur de téléphone, il y en a {{3}} pour tout le monde. Le tableau des "
        "entretiens est plein jusqu'à {{jeudi}}. Éduc : « on fait ce qu'on peut avec {{2,5 ETP}} ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} aux {{Abymes}}, cité {{Boissard}}. Contrôleur : [[PERSONNE:Alex Romain]]. Logement "
        "{{SIG}}, [[ADRESSE:résidence Les Acajous, bât 4, appt 22, 97139 Les Abymes]]. Objet : composition "
        "du foyer. Mme [[PERSONNE:Vingadassalom]] déclare {{4 enfants}} à charge. L'aîné, "
        "[[PERSONNE:Dylan]], {{20 ans}}, fait ses études à {{Créteil}} depuis {{septembre}}. Donc il sort du "
        "foyer. [[PERSONNE:Alex]] explique qu'il y aura un rappel. Elle : « mais je lui envoie de l'argent "
        "tous les mois ! ».",
    ),
    (
        "ccas",
        AT,
        "Standard du {{CCAS}} de {{Mamoudzou}}. Une dame demande une aide pour les obsèques de son père. "
        "Agente : [[PERSONNE:Moinécha]]. Nom du défunt : [[PERSONNE:Madi Boinali]]. Numéro de la dame : "
        "[[TELEPHONE:0639 24 65 81]]. RDV lundi {{8h}} avec une AS. [[PERSONNE:Moinécha]] lui dit de "
        "ramener le certificat de décès et la facture des pompes funèbres.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Édouard-Herriot}}, {{Lyon}}. Une jeune femme arrive seule, crise d'angoisse, tend sa "
        "carte vitale sans un mot. L'agente d'accueil, [[PERSONNE:Sabrina]], lit le nom à voix haute : « "
        "[[PERSONNE:Camille Nguyen]] ? » Elle fait oui de la tête. Mutuelle {{Harmonie}}, adhérent n° "
        "[[IDENTIFIANT:1045882371]]. Orientée vers le box calme en {{10 min}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Pointe-à-Pitre}}, agence de {{Bergevin}}. M. [[PERSONNE:Jean-Marc Larcher]], "
        "chauffeur {{VTC}}, demande l'{{ARE}} après la fin de son contrat de salarié. La conseillère, "
        "[[PERSONNE:Sabine]], lui demande s'il a encore le véhicule : « oui, la {{Toyota}}, "
        "[[IMMATRICULATION:GN-774-XR]] ». Elle explique le cumul avec une activité non salariée. Identifiant "
        "[[ID_FRANCE_TRAVAIL:3348105W]]. {{25 min}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} d'{{Angers}}. Jeune couple, elle est enceinte de {{7 mois}}, ils viennent pour la prime de "
        "naissance. Agent : [[PERSONNE:Marc-Antoine]]. Madame est déjà allocataire, n° "
        "[[N_ALLOCATAIRE:2457810]]. « Vous êtes mariés ? » « Pacsés. » Déclaration de grossesse ok, versement "
        "prévu au {{7e mois}}, {{1 084 €}} et quelques. Ils se regardent, contents.",
    ),
    (
        "chrs",
        CSP,
        "Visite de suivi post-relogement d'une famille sortie du {{CHRS}}, à {{Sarcelles}}. Travailleur "
        "social : [[PERSONNE:Yohann Clairville]]. Mme [[PERSONNE:Saint-Éloi]] et ses {{2 filles}}, relogées "
        "par {{CDC Habitat}} : [[ADRESSE:15 avenue Paul Valéry, 95200 Sarcelles]]. Petite dette de loyer, "
        "{{340 €}}, référence locataire [[IDENTIFIANT:L0071-4432]]. Elle a repris un CDI à {{Roissy}}. "
        "[[PERSONNE:Yohann]] sourit tout le long de la visite.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{Cpam}} {{Marseille}}, {{11h}}. Tout le monde vient pour la même chose : {{carte Vitale}} "
        "pas reçue après le renouvellement. L'agent : « je peux rien faire de plus que vous donner une "
        "attestation ». Une dame âgée est au bord des larmes parce que sa pharmacie veut plus avancer les "
        "frais sans la carte.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences d'{{Henri-Mondor}}, {{Créteil}}. Un homme appelle de {{Fort-de-France}} : sa "
        "mère a été amenée cette nuit. Agente : [[PERSONNE:Priscilla]]. « Mme [[PERSONNE:Larose Berthe]], "
        "née le [[DATE_NAISSANCE:21 décembre 1941]] » → transférée en gériatrie. [[PERSONNE:Priscilla]] "
        "note son numéro pour le cadre du service : [[TELEPHONE:00 596 696 51 47 20]]. Il dit qu'il prend "
        "le premier vol.",
    ),
    (
        "ccas",
        CSP,
        "Visite d'un logement signalé au {{CCAS}} de {{Roubaix}}, avec le service hygiène. Moisissures, fils "
        "électriques à nu, {{6 personnes}} dans un {{T2}}. Le propriétaire n'est pas venu. L'agente fait des "
        "photos, le père signe la fiche. Relogement ? « pas avant {{2 ans}} », me dit-elle dans la voiture.",
    ),
    (
        "france_travail",
        AT,
        "Appel {{France Travail}} {{Guadeloupe}}. Une jeune des {{Abymes}}, [[PERSONNE:Océane Jean-Louis]], veut "
        "changer d'adresse mail : l'ancienne, [[EMAIL:oceane.jl97139@hotmail.fr]], a été piratée ; la "
        "nouvelle : [[EMAIL:oceane.jeanlouis.pro@gmail.com]]. Le conseiller, [[PERSONNE:Anthony]], fait "
        "valider par code SMS. Elle cherche assistante dentaire vers {{Baie-Mahault}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de {{Corse-du-Sud}}, appel. Dame d'{{Ajaccio}}, [[PERSONNE:Maria-Dumenica Susini]], {{61 ans}}, "
        "veut faire une demande de {{RSA}} après la fin de ses droits chômage. L'agent lui demande son n° "
        "de sécu, elle le récite d'une traite : « [[NIR:2 64 05 2A 004 231 54]] ». « Deux A ? » « Non, 2A, "
        "comme la {{Corse}} ! » Rires des deux côtés.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} {{Guadeloupe}}, plateforme. {{45 appels}} en attente à {{8h05}}. Durée conseillée par "
        "appel : {{3 min}}. Une agente me montre le tableau qui clignote rouge. Sujets du jour : arrêts de "
        "travail, transports sanitaires depuis {{Marie-Galante}}, et une dame qui veut juste savoir si "
        "l'agence de {{Basse-Terre}} est ouverte samedi (non).",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour à {{Cayenne}}. Un Brésilien, [[PERSONNE:Raimundo Ferreira da Silva]], ancien "
        "orpailleur, malade. Son récépissé de demande d'asile, n° [[IDENTIFIANT:9731220459]], expire dans "
        "{{3 jours}}. L'AS, [[PERSONNE:Jessica Bernabé]], appelle la {{préfecture}} : « ils répondent jamais ». "
        "Il dort sous le pont du {{Larivot}}. Elle lui donne un ticket repas et un RDV demain {{8h}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Gonesse}}, {{3h10}} du matin. Un père arrive avec sa fille de {{6 ans}}, crise "
        "d'asthme. Il est ambulancier, il a laissé son véhicule devant l'entrée ; le vigile note la plaque "
        "[[IMMATRICULATION:FV 209 TM]] au cas où. La petite : [[PERSONNE:Inaya Mouhamadou]], DDN "
        "[[DATE_NAISSANCE:15.08.2019]]. Passée en {{5 min}}, aérosol.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} du {{Bas-Rhin}}, {{Strasbourg}}, accueil sur RDV uniquement. Un monsieur sans RDV se fait "
        "refouler, gentiment : on lui imprime le QR code pour en prendre un. Il a pas de smartphone. "
        "L'agente finit par prendre le RDV pour lui, sur son poste : mardi {{9h15}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Fort-de-France}}, antenne des {{Terres-Sainville}}. Inscription à l'épicerie sociale. "
        "Mme [[PERSONNE:Ozier-Lafontaine]], {{47 ans}}, au {{RSA}}, {{2 ados}}. Agente : "
        "[[PERSONNE:Christiane]]. Reste à vivre calculé : {{6,20 €}} par jour et par personne → éligible. "
        "Carte d'accès n° [[IDENTIFIANT:EPI-2025-0187]], valable {{3 mois}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Montpellier}}. Réfugié afghan, [[PERSONNE:Ahmad Zia Noori]], {{27 ans}}, ancien "
        "ingénieur télécom. Conseiller : [[PERSONNE:Julien Roux]]. Carte de résident n° "
        "[[IDENTIFIANT:3401287654]]. Inscription et orientation vers des cours de {{FLE}}. L'échange se fait "
        "en anglais, il parle mieux que [[PERSONNE:Julien]] qui le reconnaît en riant.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de l'{{Essonne}}. {{47 min}} d'attente avant décroché. La femme est à la gare d'"
        "{{Évry-Courcouronnes}} avec une valise : [[PERSONNE:Nourainya Saïd]], arrivée de {{Mayotte}} il y a "
        "{{1 semaine}}, hébergée chez une tante qui l'a mise dehors. Écoutant : [[PERSONNE:Pierre-Yves]]. "
        "Place trouvée dans un hôtel à {{Corbeil}} pour {{3 nuits}}.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{CSSM}}, {{Mamoudzou}}. À {{6h}} la file est déjà là. M. [[PERSONNE:Chamsidine Attoumani]] "
        "vient changer le RIB de ses remboursements : [[IBAN:FR76 1131 5000 0108 0455 6120 907]]. L'agente, "
        "[[PERSONNE:Echati]], demande une pièce d'identité : CNI n° [[IDENTIFIANT:120697600418]]. Fait en "
        "{{4 min}}, le plus rapide de la matinée.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Kourou}}, quartier de l'{{Anse}}. Contrôleuse : [[PERSONNE:Annie-Claude Hô-A-Sim]]. "
        "L'allocataire déclare un loyer de {{650 €}} pour un {{T3}} {{SIMKO}}, au "
        "[[ADRESSE:18 avenue des Roches, 97310 Kourou]]. Sur place M. [[PERSONNE:Aloïké]], sa compagne et "
        "{{4 enfants}}. La compagne n'est pas déclarée. [[PERSONNE:Annie-Claude]] explique qu'il y aura un "
        "rappel. Lui : « on va se marier, c'est prévu ». Elle note.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences à {{Nice}}. Le réceptionniste d'un hôtel appelle : un touriste allemand est "
        "tombé dans l'escalier. Nom : « [[PERSONNE:Klaus-Dieter Brenner]] », {{chambre 207}}. L'agente : « "
        "appelez le {{15}} ». Le réceptionniste revient 2 min plus tard : « il demande si sa carte "
        "européenne marche ici ». 🙄",
    ),
    (
        "ccas",
        AT,
        "Appel au {{CCAS}} de {{Perpignan}}. Un monsieur veut savoir si on peut l'aider pour sa facture de "
        "gaz. L'agent demande ses ressources : {{850 €}} d'{{ASPA}}. RDV avec une AS jeudi {{14h}}. Il "
        "répète {{3 fois}} « jeudi 14h » pour pas oublier.",
    ),
    (
        "france_travail",
        AT,
        "Une conseillère d'{{Arras}} appelle un demandeur pour un RDV de suivi. « M. [[PERSONNE:Dufour]] ? » "
        "« Non, c'est son fils. » Le père est décédé le mois dernier, le fils savait pas qu'il fallait "
        "prévenir. Elle demande l'identifiant, « [[ID_FRANCE_TRAVAIL:1185402 L]] », et la date du décès. "
        "Clôture du dossier. Elle reste silencieuse un moment après avoir raccroché.",
    ),
    (
        "chrs",
        AP,
        "Accueil {{CHRS}} à {{Fort-de-France}}. [[PERSONNE:Kévin Belfort]], {{23 ans}}, sort de {{Ducos}} "
        "(la prison) ce matin avec son billet de sortie, n° d'écrou [[IDENTIFIANT:24587]]. Sa tante ne veut "
        "plus de lui. L'éduc, [[PERSONNE:Yannis]], l'inscrit sur liste d'attente et prend un numéro pour le "
        "rappeler : [[TELEPHONE:0696 27 14 90]]. « C'est le tél de ma copine, moi j'en ai plus. »",
    ),
]

BATCH_3 = [
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Mamoudzou}}, agence de {{Kawéni}}. [[PERSONNE:Anrafa Soilihi]], {{24 ans}}, BTS "
        "assistante de gestion, veut partir travailler à {{La Réunion}} ou en métropole, avec {{LADOM}}. "
        "Conseiller : [[PERSONNE:Nassuf]]. Identifiant [[ID_FRANCE_TRAVAIL:8820417H]], mail "
        "[[EMAIL:anrafa.soilihi@yahoo.fr]]. [[PERSONNE:Nassuf]] lui imprime le dossier mobilité et lui dit "
        "« pars, mais reviens » 🙂",
    ),
    (
        "caf",
        AP,
        "{{Caf}} du {{Val-de-Marne}}, {{Créteil}}. {{10h}} : {{34 personnes}} en salle. L'écran affiche les "
        "numéros en rouge. Un enfant joue avec le distributeur de gel. Agente d'accueil : « on a "
        "{{4 guichets}} ouverts sur {{8}}, y a des malades et un poste pas remplacé ». Attente moyenne "
        "{{1h20}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHBT}}, {{Basse-Terre}}. Un agriculteur de {{Vieux-Fort}}, coup de coutelas en "
        "débroussaillant, [[PERSONNE:Lucien Beaubrun]], {{62 ans}}. Sa femme donne la mutuelle : "
        "{{Mutuelle Mare-Gaillard}}, adhérent n° [[IDENTIFIANT:MG-0047815]]. IOA : [[PERSONNE:Cindy]]. Il "
        "répète « a pa ayen, a pa ayen » en saignant sur le comptoir. Passé devant tout le monde.",
    ),
    (
        "caf",
        AT,
        "{{3230}}. Un père séparé de {{Châteauroux}}, [[PERSONNE:Sébastien Morel]], veut savoir pourquoi les "
        "allocs familiales vont sur le compte de son ex. N° alloc [[N_ALLOCATAIRE:4418093]]. L'agente, "
        "[[PERSONNE:Laetitia]] : « l'allocataire c'est madame, c'est elle qui a la résidence des enfants ». "
        "Il parle de garde alternée, il faut envoyer le jugement. Il dicte quand même son RIB « au cas "
        "où » : [[IBAN:FR76 3000 3036 2000 0508 7412 319]]. [[PERSONNE:Laetitia]] ne le note pas.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Mayotte}}. Une femme de {{Koungou}}, quartier {{Majicavo}} : sa case en tôle a été démolie "
        "ce matin. {{5 enfants}}. Écoutante : [[PERSONNE:Nadjati]]. Nom : [[PERSONNE:Zalifa Ahmed]], tél "
        "[[TELEPHONE:+262 639 71 08 52]]. Proposition : hébergement d'urgence {{3 semaines}} à "
        "{{Tsoundzou}}. Elle refuse, les enfants sont à l'école à Koungou. [[PERSONNE:Nadjati]] soupire, "
        "note « refus motivé ».",
    ),
    (
        "cpam",
        AP,
        "Accueil {{Cpam}} de l'{{Essonne}}, {{Évry}}. M. [[PERSONNE:Bamba]] demande la complémentaire santé "
        "solidaire ({{C2S}}). L'agente, [[PERSONNE:Sylvie]], regarde les ressources : {{1 150 €}} par mois, "
        "{{4 personnes}} au foyer → C2S sans participation. Elle scanne l'avis d'impôt, numéro fiscal "
        "[[IDENTIFIANT:3012456789012]]. {{15 min}}. Il dit merci {{5 fois}}.",
    ),
    (
        "ccas",
        AP,
        "Permanence du {{CCAS}} de {{Pointe-à-Pitre}}. {{Coupure d'eau}} depuis {{2 jours}} à "
        "{{Lauricisque}} : les gens viennent chercher des packs d'eau. Il y en a {{200}}, {{2 par foyer}}. "
        "Un agent : « l'eau ici c'est de la politique, c'est pas nous ». Tout le monde rit jaune.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une demandeuse de {{Créteil}}, {{Haut-du-Mont-Mesly}} : [[PERSONNE:Marie-France Anicet]], "
        "{{57 ans}}, ex aide-soignante à l'{{AP-HP}}, en invalidité. Question : cumul pension + {{ARE}}. "
        "Le conseiller, [[PERSONNE:Mehdi]], ne sait pas, transfère à l'indemnisation. Identifiant "
        "[[ID_FRANCE_TRAVAIL:4096631 Z]], mail [[EMAIL:mf.anicet@orange.fr]]. Elle : « vous êtes le "
        "troisième à me transférer ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Bastia}}, quartier {{Lupino}}. Contrôleuse : [[PERSONNE:Laure-Anne Pieri]]. M. "
        "[[PERSONNE:Santoni]] se déclare hébergé gratuitement chez sa mère ; la mère, Mme "
        "[[PERSONNE:Santoni]], confirme. L'attestation porte le NIR du fils : [[NIR:1 85 08 2B 033 102 58]]. "
        "Mais son nom est sur une boîte aux lettres au [[ADRESSE:3 rue César Campinchi, 20200 Bastia]]. Il "
        "explique que c'est un appart qu'il retape pour le louer. [[PERSONNE:Laure-Anne]] demande les "
        "factures de travaux.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences du {{CHU}} de {{Guadeloupe}}, {{vigilance orange}} cyclone. Les appels "
        "explosent : est-ce qu'on vient faire son pansement aujourd'hui ou après ? Réponse : « restez chez "
        "vous si c'est pas urgent, sinon le {{15}} ». Entre {{14h}} et {{15h}} : {{38 appels}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile du {{CCAS}} de {{Saint-Étienne}}, demande d'aide au chauffage. AS : "
        "[[PERSONNE:Élodie Ferrand]]. M. [[PERSONNE:Kaya]], {{68 ans}}, vit seul au "
        "[[ADRESSE:42 rue Beaubrun, 42000 Saint-Étienne]]. {{14 °C}} dans le salon, il porte son manteau à "
        "l'intérieur. Chaudière en panne depuis {{novembre}}, le proprio répond pas. [[PERSONNE:Élodie]] "
        "appelle l'{{ADIL}} depuis la cuisine.",
    ),
    (
        "chrs",
        AP,
        "Accueil du {{CHRS}} à {{Saint-Laurent-du-Maroni}}. Une jeune maman surinamaise, "
        "[[PERSONNE:Shanti Ramdin]], veut une domiciliation. Carte d'identité n° [[IDENTIFIANT:FB0192837]]. "
        "L'agente, [[PERSONNE:Karine Abienso]], parle sranan avec elle. Elle vient d'{{Albina}}, de l'autre "
        "côté du fleuve, et traverse en pirogue tous les jours pour l'école de sa fille.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Brest}}. Info collective métiers de la mer : {{12 inscrits}}, {{7 présents}}. "
        "Le formateur de l'{{AFPA}} présente le {{CAP}} matelot. Deux jeunes sur leur tél, un monsieur "
        "d'une {{cinquantaine d'années}} pose toutes les questions. À la fin il demande s'il y a une limite "
        "d'âge. « Non. » Grand sourire.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} {{Martinique}}, {{3646}}. M. [[PERSONNE:Sylvestre Marie-Sainte]], NIR "
        "[[NIR:181069722907494]], né à {{Schœlcher}}. Son arrêt de travail envoyé par la poste n'est jamais "
        "arrivé. Conseillère : [[PERSONNE:Nadia]]. Elle vérifie l'adresse : il a déménagé, maintenant "
        "[[ADRESSE:lotissement Terreville, lot 118, 97233 Schœlcher]]. Elle met à jour et lui dit que le "
        "médecin peut télétransmettre la prochaine fois.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Guadeloupe}}, agence des {{Abymes}}, {{Raizet}}. Jeune père, [[PERSONNE:Steven Zébina]], "
        "{{26 ans}}, vient déclarer la naissance de son fils [[PERSONNE:Kaïs]], né le "
        "[[DATE_NAISSANCE:9 mai]]. Agente : [[PERSONNE:Claudine]]. Pas de livret de famille (pas mariés), "
        "juste l'acte de naissance de la mairie. Ça suffit. N° allocataire de la maman : "
        "[[N_ALLOCATAIRE:0912764]].",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{NHC}}, {{Strasbourg}}. Homme, douleur thoracique. L'agente admin, [[PERSONNE:Émilie]], "
        "passe la {{carte Vitale}} : [[NIR:1 77 05 67 482 255 06]], M. [[PERSONNE:Jean-Luc Wagner]]. Sa "
        "compagne veut être prévenue : [[TELEPHONE:07 81 44 02 96]]. ECG fait en {{8 min}}. Là tout va très "
        "vite, pas comme pour les autres.",
    ),
    (
        "chrs",
        CSP,
        "Tour des logements diffus du {{CHRS}} à {{Cayenne}}, quartier {{Zéphir}}. Éducateur : "
        "[[PERSONNE:Brice Adélaïde]]. Famille [[PERSONNE:Joseph]], haïtienne, {{2 enfants}}, au "
        "[[ADRESSE:7 rue Lallouette, 97300 Cayenne]], en attente d'un logement {{SIGUY}}. Problème : les "
        "cafards. [[PERSONNE:Brice]] note « désinsectisation ». Le père montre fièrement le bulletin du "
        "fils : {{16/20}} en maths.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Montreuil}}. Un monsieur demande un bon de transport pour aller voir sa fille à "
        "l'hôpital à {{Bobigny}}. L'agente sait pas si ça existe encore, demande à sa cheffe : non, plus "
        "depuis {{2021}}. Il repart avec un plan des bus {{RATP}} et un ticket offert par l'agente, de sa poche.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Martinique}}. Mme [[PERSONNE:Rose-Aimée Bonnaire]] annule son RDV, son fils a la "
        "{{dengue}}. Le conseiller, [[PERSONNE:Jérôme]], propose un RDV par tél : « je vous appelle au "
        "[[TELEPHONE:0596 52 18 33]] ? » « Non le fixe est coupé, plutôt le portable, "
        "[[TELEPHONE:0696 80 92 15]]. » Jeudi {{11h}}. Identifiant [[ID_FRANCE_TRAVAIL:5507281T]].",
    ),
    (
        "cpam",
        CSP,
        "Visite à domicile du service social de l'{{Assurance Maladie}}, {{Marseille}}, {{Belsunce}}. AS : "
        "[[PERSONNE:Farida Boualem]]. M. [[PERSONNE:Pires]], maçon, né à Marseille en "
        "[[DATE_NAISSANCE:janvier 60]], NIR [[NIR:1 60 01 13 205 167 58]], en arrêt depuis {{9 mois}} pour "
        "le dos. Risque de désinsertion. [[PERSONNE:Farida]] parle de visite de pré-reprise ; lui veut "
        "juste tenir jusqu'à la retraite. « C'est dans {{2 ans}}, madame. »",
    ),
    (
        "urgences",
        AT,
        "Un agent de sécurité appelle le standard des urgences de {{Lorient}} : une voiture bloque l'entrée "
        "des ambulances, [[IMMATRICULATION:DX-447-QB]], {{Peugeot 308}} grise. Il veut une annonce au micro. "
        "La standardiste : « on fait pas d'annonce, tu la fais enlever ». 😅",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Rhône}}. Homme de {{70 ans}}, dort à la gare {{Part-Dieu}}. Il dit s'appeler "
        "« [[PERSONNE:Gérard]], juste [[PERSONNE:Gérard]] ». L'écoutante, [[PERSONNE:Solène]], insiste "
        "doucement : « [[PERSONNE:Michaud]] ». Né le [[DATE_NAISSANCE:12/02/1955]]. Pas de place ce soir, "
        "liste d'attente, la maraude passera.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de la {{Martinique}}, {{Fort-de-France}}. Une étudiante, [[PERSONNE:Laura Lubin]], part à "
        "{{Bordeaux}} en septembre : garde-t-elle l'{{APL}} ? L'agente, [[PERSONNE:Sandra Rosine]], explique "
        "qu'il faudra une nouvelle demande pour le logement en {{Gironde}}. Mail perso : "
        "[[EMAIL:laura.lubin972@icloud.com]]. Elle demande aussi pour le {{passeport mobilité}} de "
        "{{LADOM}}.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Évry-Courcouronnes}}. Une habitante des {{Aunettes}} signale sa voisine âgée "
        "qu'elle n'a pas vue depuis {{3 jours}}. L'agente prend le bâtiment et l'étage, prévient la police "
        "municipale. {{20 min}} plus tard : la voisine était chez sa fille. Soulagement général.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Laurent-du-Maroni}}. M. [[PERSONNE:Ronny Sabajo]], {{31 ans}}, "
        "piroguier, veut passer le permis B pour devenir chauffeur. La conseillère, [[PERSONNE:Lydie]], "
        "regarde l'aide au permis. Identifiant [[ID_FRANCE_TRAVAIL:7741208 C]]. « Mais vous conduisez déjà ? "
        "» « La pirogue oui 😄 ».",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHSF}}, {{Corbeil-Essonnes}}. Une mamie mahoraise qui ne parle que shimaoré, son "
        "petit-fils traduit. Patiente : [[PERSONNE:Mariama Combo]], née en [[DATE_NAISSANCE:1948]] "
        "« environ », pas d'acte précis. Petit-fils : [[PERSONNE:Ylies]], tél "
        "[[TELEPHONE:06 51 27 90 34]]. Chute dans la salle de bain. Elle serre son chapelet tout le temps.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Lille}}. M. [[PERSONNE:Dewaele]] vient chercher une attestation de droits. L'agent, "
        "[[PERSONNE:Kévin]], demande le NIR ; il sort un papier plié en 8 : « [[NIR:175035935042108]] ». « "
        "Né en [[DATE_NAISSANCE:mars 75]] ? » « Ouais. » Imprimé en {{2 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle prestations familiales de la {{CSSM}} à {{Koungou}}, village de {{Longoni}}. Contrôleur : "
        "[[PERSONNE:Soulaïmana Houmadi]]. Mme [[PERSONNE:Fatima Madi]] déclare {{6 enfants}} : {{4}} sont "
        "là, {{2}} à {{Anjouan}} chez la grand-mère. Adresse du dossier : "
        "[[ADRESSE:12 rue du Stade, Longoni, 97690 Koungou]]. [[PERSONNE:Soulaïmana]] explique que les "
        "enfants doivent vivre à {{Mayotte}} pour ouvrir droit. Elle baisse les yeux.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Toulouse}}, repas du midi. {{42 couverts}}. Un résident fait la plonge pour {{5 €}}, « c'est "
        "pour mes cigarettes ». Ambiance cantine, radio {{Nostalgie}} en fond.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Metz}}. Mme [[PERSONNE:Nguyen Thi Lan]], {{44 ans}}, couturière, veut créer sa "
        "micro-entreprise de retouches. Conseiller : [[PERSONNE:Patrick]]. Il parle de l'{{ARCE}}, de "
        "l'{{Adie}}. Elle donne son mail pour recevoir les infos : "
        "[[EMAIL:lan.nguyen.retouches@gmail.com]]. Identifiant [[ID_FRANCE_TRAVAIL:2603988 N]].",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{3646}} à {{Nantes}}. La conseillère me montre les scripts : phrase d'accueil imposée, "
        "reformulation, « puis-je faire autre chose pour vous ». Un monsieur veut parler « à un humain ». Il "
        "en a un. Il raccroche au bout de {{40 secondes}} sans rien demander.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Sarcelles}}, domiciliation. Mme [[PERSONNE:Kimbembe]] récupère un courrier de la "
        "{{préfecture}} : convocation pour son titre de séjour, dossier n° [[IDENTIFIANT:95-2025-041877]]. "
        "Elle ne lit pas le français. L'agent, [[PERSONNE:Ousmane]], lui lit : mardi {{9h}} à {{Cergy}}. Il "
        "écrit l'heure en gros sur l'enveloppe.",
    ),
    (
        "ccas",
        CSP,
        "Visite du {{CCAS}} de {{Schœlcher}} chez un monsieur isolé, à {{Fond-Lahaye}}. AS : "
        "[[PERSONNE:Gisèle Nestor]]. M. [[PERSONNE:Alcindor]], ancien pêcheur, {{79 ans}}. Refuse l'aide à "
        "domicile : « mi pa bizwen pèsonn ». [[PERSONNE:Gisèle]] négocie un portage de repas "
        "{{3 fois par semaine}}, il accepte si c'est « pas du manger de cantine ». Tél du neveu : "
        "[[TELEPHONE:06 96 45 77 02]].",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Reims}}, samedi nuit, {{1h15}}. {{4 policiers}} amènent un jeune ivre, menotté. L'IOA "
        "garde son calme, les autres patients regardent. Il chante du {{Johnny}} à tue-tête.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de la {{Guyane}}. Un monsieur de {{Saint-Georges}} (de l'{{Oyapock}}), le réseau coupe, il "
        "rappelle {{3 fois}}. N° alloc [[N_ALLOCATAIRE:0377521]]. L'agent, [[PERSONNE:Fritz]], prend son "
        "numéro pour le rappeler : [[TELEPHONE:0694 12 58 66]]. Le courrier est revenu « n'habite pas à "
        "l'adresse indiquée », la Caf le croit au {{Brésil}}. Il vit à Saint-Georges depuis {{20 ans}}.",
    ),
]

BATCH_4 = [
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Sarcelles}}, {{Lochères}}. Contrôleur : [[PERSONNE:Didier Ramassamy]]. Mme "
        "[[PERSONNE:Ndiaye]], déclarée isolée, [[ADRESSE:6 allée Henri Barbusse, 95200 Sarcelles]]. Devant "
        "l'immeuble une {{BMW}} immatriculée [[IMMATRICULATION:GK-093-ZS]] ; d'après le fichier elle est au "
        "nom de l'ex-conjoint, M. [[PERSONNE:Baldé]], à la même adresse. [[PERSONNE:Didier]] ne dit rien sur "
        "place, il note pour un croisement. Dans la voiture après : « je juge pas, je vérifie ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Fort-de-France}}, agence de {{Dillon}}. [[PERSONNE:Jade Nicolas]], {{21 ans}}, "
        "cherche une alternance en hôtellerie, au {{Club Med}} de {{Sainte-Anne}} si possible. Conseiller : "
        "[[PERSONNE:Frantz]]. Identifiant [[ID_FRANCE_TRAVAIL:6627340K]]. Pas de permis, et le bus "
        "{{Mozaïk}} ne va pas jusque là-bas le matin. [[PERSONNE:Frantz]] : « ou bien tu trouves un "
        "covoiturage, ou bien on cherche plus près ».",
    ),
    (
        "cpam",
        AP,
        "Accueil {{CGSS}} {{Guyane}}, {{Cayenne}}. Mme [[PERSONNE:Da Costa]], brésilienne, demande l'{{AME}}. "
        "Agente : [[PERSONNE:Régine Horth]]. Passeport n° [[IDENTIFIANT:FZ418273]]. Il faut prouver "
        "{{3 mois}} de présence : elle a une facture {{EDF}} au nom de sa sœur. Pas suffisant. "
        "[[PERSONNE:Régine]] lui explique l'attestation d'hébergement, en portugais approximatif.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Clermont-Ferrand}}, {{16h45}}, ça ferme à {{17h}}. Une dame arrive en courant pour "
        "déposer le dossier de cantine à tarif réduit. L'agente le prend, porte fermée derrière elle : « je "
        "vais pas la renvoyer pour un quart d'heure ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Mangot-Vulcin}}, {{Le Lamentin}}. Accident de scooter sur la rocade. Les pompiers amènent "
        "un jeune de {{17 ans}}, [[PERSONNE:Enzo Jean-Marie]], né le [[DATE_NAISSANCE:30/06/2008]]. Agente "
        "admin : [[PERSONNE:Patricia]]. La mère arrive et crie au guichet. La police passe prendre les infos "
        "du scooter : [[IMMATRICULATION:GB-617-HK]]. [[PERSONNE:Patricia]] garde un calme olympien.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Cayenne}}. M. [[PERSONNE:Louis-Jeune]] apporte son RIB pour le {{RSA}} : "
        "[[IBAN:FR76 1010 7001 1800 4129 3856 063]], {{BRED}}. L'agent, [[PERSONNE:Loïc]], vérifie le nom "
        "sur le RIB : « [[PERSONNE:Louis Jeune]] », sans tiret. Ça bloque dans le logiciel. Il faut une "
        "attestation de la banque. Le monsieur : « c'est un tiret qui m'empêche de manger ? »",
    ),
    (
        "cpam",
        CSP,
        "Contrôle sur place de la {{Cpam}} du {{Val-d'Oise}} : un assuré se fait rembourser ses trajets en "
        "voiture perso pour ses dialyses, {{3 fois par semaine}} {{Sarcelles}}-{{Pontoise}}. Agente : "
        "[[PERSONNE:Lamia Cherif]]. Carte grise : [[IMMATRICULATION:EH-852-WN]], au nom de M. "
        "[[PERSONNE:Thélus]]. Kilométrage cohérent, tout colle. [[PERSONNE:Lamia]] s'excuse presque du "
        "dérangement.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guadeloupe}}. Un gendarme de {{Capesterre-Belle-Eau}} appelle pour une femme et son bébé "
        "trouvés au bord de la route. Écoutante : [[PERSONNE:Magalie]]. La femme : "
        "[[PERSONNE:Roseline Dabriou]], née le [[DATE_NAISSANCE:17 avril 1997]]. Mise à l'abri à "
        "{{Basse-Terre}}. Le gendarme laisse son portable pour le suivi : [[TELEPHONE:06 90 58 21 44]].",
    ),
    (
        "france_travail",
        AT,
        "Appel. M. [[PERSONNE:Lefebvre]], {{Amiens}}, a reçu une notification de trop-perçu de "
        "{{1 340 €}}. La conseillère, [[PERSONNE:Cécile]], regarde : un CDD repris pendant {{2 mois}} et pas "
        "déclaré. Il croyait que l'agence d'intérim ({{Adecco}}) le faisait. Échéancier sur {{12 mois}}. "
        "Identifiant [[ID_FRANCE_TRAVAIL:3392018 F]]. Il dit « ok » d'une petite voix.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences de {{Poitiers}}, {{6h}}, relève. La standardiste de nuit transmet : "
        "{{11 appels}} de familles, {{2}} journalistes (« on donne rien »), {{1}} patient parti sans attendre "
        "qui voulait savoir s'il pouvait revenir.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} du {{Lamentin}}. Un fils appelle de {{Paris}} pour sa mère, {{88 ans}}, seule au "
        "[[ADRESSE:chemin Boule, quartier Roches-Carrées, 97232 Le Lamentin]]. Il veut le portage de repas. "
        "Agente : [[PERSONNE:Gladys]]. Mme [[PERSONNE:Bellay]] a déjà refusé {{2 fois}}, dit "
        "[[PERSONNE:Gladys]]. Le fils laisse son numéro : [[TELEPHONE:06 12 80 47 93]]. « Dites-lui que c'est "
        "moi qui paye, elle acceptera. »",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} de {{Lyon}}. Le logiciel plante à {{10h40}}, {{20 min}} sans accès aux dossiers. "
        "Les conseillers continuent à décrocher et disent aux gens de rappeler plus tard. L'un d'eux : « les "
        "gens pensent qu'on le fait exprès ».",
    ),
    (
        "caf",
        AP,
        "Accueil {{CSSM}}, prestations familiales, {{Mamoudzou}}, {{Cavani}}. Une maman, "
        "[[PERSONNE:Hadidja Abdou]], vient pour l'{{allocation de rentrée scolaire}}. N° allocataire "
        "[[N_ALLOCATAIRE:2760348]]. L'agent, [[PERSONNE:Ismaël]] : certificat de scolarité manquant pour la "
        "petite [[PERSONNE:Naïla]], née en [[DATE_NAISSANCE:2017]]. L'école est fermée, grève. Cercle vicieux.",
    ),
    (
        "chrs",
        CSP,
        "Sortie avec l'équipe mobile du {{CHRS}} de {{Nantes}} sur une aire d'accueil. Famille "
        "[[PERSONNE:Reinhart]], caravane sur [[ADRESSE:aire d'accueil de la Prairie-de-Mauves, emplacement 14]]. "
        "Véhicule tracteur : [[IMMATRICULATION:BQ-120-AF]]. Éducatrice : [[PERSONNE:Morgane]]. Sujet : "
        "scolarisation des {{3 enfants}}, le {{CNED}} ne suffit pas. Elle laisse un dossier de domiciliation.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Créteil}}. M. [[PERSONNE:Jean-Philippe Lancry]], {{45 ans}}, ex-agent de "
        "sûreté à {{Orly}}, licencié. Veut devenir conducteur de bus {{RATP}}. Conseillère : "
        "[[PERSONNE:Naïma]]. Identifiant [[ID_FRANCE_TRAVAIL:8030315 A]], tél [[TELEPHONE:07 52 34 19 08]]. "
        "Il parle de sa {{Martinique}} natale, il y retournera « à la retraite, pas avant ».",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Mme [[PERSONNE:Delarue]] appelle pour les remboursements de son fils, "
        "[[PERSONNE:Mathis]], né le [[DATE_NAISSANCE:5 octobre 2012]] : ils partent sur un vieux compte. Elle "
        "lit le nouvel IBAN, {{Caisse d'Épargne}} : [[IBAN:FR76 1751 5900 0008 1233 4552 068]]. Le "
        "conseiller, [[PERSONNE:Bastien]], ne peut pas le saisir, il lui dit de le déposer sur {{ameli}}. "
        "« Je l'ai fait ! » Il regarde : déposé mais pas validé. Il le valide.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} d'{{Évry-Courcouronnes}}, aide énergie. Mme [[PERSONNE:Toihir]], des {{Pyramides}}, "
        "facture {{EDF}} de {{612 €}}, référence client [[IDENTIFIANT:6001482357]]. L'agente, "
        "[[PERSONNE:Valérie]], appelle le service solidarité d'EDF devant elle, obtient {{2 mois}} de délai. "
        "Elle rappelle le {{chèque énergie}}, Mme [[PERSONNE:Toihir]] ne savait pas qu'elle l'avait.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Cayenne}}. Jeune homme mordu par un serpent à {{Roura}}. IOA : "
        "[[PERSONNE:Stéphanie Ho-Fong]]. Patient : [[PERSONNE:Willy Tiouka]], né en [[DATE_NAISSANCE:1990]]. "
        "Sa mère a ramené le serpent mort dans un sac 🐍 pour l'identifier. Tout le monde recule.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour à {{Mamoudzou}}, {{Cavani}}. [[PERSONNE:Rachidi Soula]], {{19 ans}}, né à "
        "{{Mayotte}}, parents reconduits aux {{Comores}}, lui sans titre. L'éducatrice, "
        "[[PERSONNE:Anne-Sophie]], arrivée de métropole il y a {{6 mois}}, l'aide à relancer sa demande de "
        "titre de séjour, dossier préfecture n° [[IDENTIFIANT:976-TS-2025-11874]]. « Il est né ici et il est "
        "étranger ici », me dit-elle.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Tourcoing}}. Contrôleuse : [[PERSONNE:Isabelle Vandamme]]. Coloc étudiante, "
        "{{4}} filles, {{APL}}, loyer déclaré {{420 €}} chacune. Bail au nom des quatre : "
        "[[PERSONNE:Lina Haddad]], [[PERSONNE:Chloé Martel]], [[PERSONNE:Inès Gomes]], "
        "[[PERSONNE:Yasmine Ouali]]. Adresse : [[ADRESSE:31 rue de Lille, 59200 Tourcoing]]. RAS, "
        "{{15 min}}, l'une d'elles nous propose un thé.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Guyane}}, appels sortants pour un recrutement au port de "
        "{{Dégrad-des-Cannes}} : {{15 appels}}, {{4 intéressés}}. Beaucoup de « ce numéro n'est plus "
        "attribué ». La conseillère : « ici les gens changent de puce tout le temps ».",
    ),
    (
        "cpam",
        AP,
        "Accueil {{CGSS}} {{Martinique}}, {{Fort-de-France}}. Mme [[PERSONNE:Ursule]] vient pour son fils "
        "handicapé : remboursement des transports pour des soins à {{Necker}}, à {{Paris}}. Agent : "
        "[[PERSONNE:Olivier]]. Formulaire d'{{entente préalable}}. Elle donne son mail : "
        "[[EMAIL:ursule.michelle@wanadoo.fr]]. Délai annoncé : {{6 semaines}}. Elle : « le rendez-vous est dans 3 ».",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile du {{CCAS}} de {{Cayenne}}, quartier {{Cabassou}}. AS : "
        "[[PERSONNE:Murielle Lo-A-Njoe]]. M. [[PERSONNE:Dos Santos]], {{72 ans}}, brésilien, en {{Guyane}} "
        "depuis {{40 ans}}, demande l'{{ASPA}}. Adresse : [[ADRESSE:24 route de Cabassou, 97300 Cayenne]]. Il "
        "sort une pochette avec ses fiches de paie depuis {{1985}}, rangées par année.",
    ),
    (
        "urgences",
        AT,
        "Standard du {{CHM}}. L'infirmière du dispensaire de {{Petite-Terre}} annonce un transfert par la "
        "barge : [[PERSONNE:Ahamada Said Omar]], né le [[DATE_NAISSANCE:08/11/1983]], suspicion "
        "d'appendicite. Arrivée dans {{45 min}} « si la barge part à l'heure ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Bordeaux}}, {{9h}}. Les bornes sont prises d'assaut, c'est la {{fin du mois}}. "
        "Un jeune en service civique aide les gens à s'actualiser. Une dame âgée demande si on peut le faire "
        "« au papier ». Il rit gentiment et l'aide.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Marseille}}. Une femme victime de violences, [[PERSONNE:Leïla]], appelle en chuchotant "
        "depuis sa salle de bain. L'écoutante, [[PERSONNE:Claire]], reste très calme, donne le {{3919}}, "
        "organise une mise à l'abri. Adresse pour l'intervention : "
        "[[ADRESSE:14 boulevard National, 13003 Marseille]]. Police prévenue. Après, "
        "[[PERSONNE:Claire]] sort fumer {{5 min}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Dijon}}. M. [[PERSONNE:Bouchard]] a reçu un faux mail « Caf : remboursement en "
        "attente » et a cliqué. L'agente, [[PERSONNE:Amandine]], regarde son espace : mot de passe changé et "
        "RIB modifié hier, vers un compte {{Revolut}} : [[IBAN:LT34 3250 0841 5927 3608]]. Blocage, "
        "signalement fraude. N° alloc [[N_ALLOCATAIRE:5129806]]. Son vrai mail : "
        "[[EMAIL:j.bouchard21@laposte.net]]. Il est blême.",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{CGSS}} {{Guyane}} : {{2 conseillers}} parlent créole, {{1}} portugais, {{1}} anglais, "
        "personne le sranan. Les appels en sranan sont rappelés par une collègue de {{Saint-Laurent}}. Ce "
        "matin : {{17 min}} d'attente moyenne.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Nîmes}}. Mme [[PERSONNE:Garnier]], aide-soignante en horaires décalés, demande une aide "
        "pour réparer sa voiture : devis {{Garage Ribeiro Auto}}, {{780 €}}, pour la [[IMMATRICULATION:CZ-215-MT]]. "
        "L'agent, [[PERSONNE:Thomas]], passe en commission express : {{400 €}} versés direct au garage.",
    ),
    (
        "urgences",
        AP,
        "Urgences pédiatriques du {{CHIC}}, {{Créteil}}. Famille guadeloupéenne, bébé de {{3 mois}} avec de "
        "la fièvre. IOA : [[PERSONNE:Coline]]. Bébé : [[PERSONNE:Lyam Sinivassin]], né le "
        "[[DATE_NAISSANCE:14/05/2025]]. Il est sur la carte de la maman : [[NIR:2 98 04 94 028 309 11]]. "
        "Passé en {{20 min}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Basse-Terre}}. M. [[PERSONNE:Théophile Souprayen]], {{52 ans}}, ouvrier dans la "
        "banane à {{Capesterre}}, licencié après le cyclone. Conseillère : [[PERSONNE:Murielle Fayel]]. "
        "Identifiant [[ID_FRANCE_TRAVAIL:0458119R]], fixe [[TELEPHONE:05 90 81 47 26]]. Il avoue qu'il lit "
        "mal. Elle l'oriente vers une formation {{savoirs de base}} sans le brusquer.",
    ),
    (
        "caf",
        AT,
        "{{3230}}. Mme [[PERSONNE:Mbemba]], {{Sarcelles}}, n'arrive plus à se connecter, elle se souvient "
        "plus du mail. L'agent, [[PERSONNE:Hugo]], lit : « c'est [[EMAIL:nathalie.mbemba@hotmail.fr]] ? » "
        "« Ah oui, mon ancien. » N° alloc [[N_ALLOCATAIRE:7034128]]. Réinitialisation du mot de passe.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Guadeloupe}}, accueil de {{Pointe-à-Pitre}}. Mme [[PERSONNE:Céleste Marie-Rose]], "
        "{{38 ans}}, a perdu sa déclaration de médecin traitant. NIR [[NIR:2 87 03 97 120 045 91]]. "
        "L'agent, [[PERSONNE:Harry]], voit qu'elle n'a plus de médecin traitant depuis le départ à la "
        "retraite du sien. « Y en a plus, des médecins », dit-elle.",
    ),
    (
        "chrs",
        CSP,
        "Visite dans un hôtel du {{115}} à {{Cayenne}}, {{hôtel du Fleuve}}, {{chambre 9}} : une mère et "
        "{{3 enfants}} depuis {{4 mois}}. Travailleuse sociale : [[PERSONNE:Nathalie Prévot]]. La mère, "
        "[[PERSONNE:Marie-Ange Dorcéus]], haïtienne. Pas de cuisine, une bouilloire et des cubes {{Maggi}}. "
        "[[PERSONNE:Nathalie]] note « urgence relogement ».",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Bayonne}}. Une dame inscrit son mari au {{plan canicule}} : nom "
        "[[PERSONNE:Etcheverry]], prénom [[PERSONNE:Jean-Baptiste]], né le "
        "[[DATE_NAISSANCE:3 août 1938]], fixe [[TELEPHONE:05 59 25 63 41]]. L'agente répète chaque info "
        "lentement.",
    ),
]

BATCH_5 = [
    (
        "caf",
        AP,
        "{{Caf}} de {{Pointe-à-Pitre}}. Mme [[PERSONNE:Gabrielle Mérion]], {{63 ans}}, son {{AAH}} n'est "
        "pas tombée ce mois-ci. L'agent, [[PERSONNE:Willy]], regarde : paiement rejeté, le compte a été "
        "clôturé (sa banque a fermé l'agence). Nouveau RIB {{Crédit Agricole}} : "
        "[[IBAN:FR76 1400 6000 4107 7100 4512 396]]. N° alloc [[N_ALLOCATAIRE:0558219]]. Paiement relancé, "
        "« d'ici {{5 jours}} ». Elle : « et d'ici là je mange quoi ? »",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Quimper}}, dimanche {{15h}}. Salle d'attente : {{17 personnes}}, la télé passe "
        "{{Questions pour un champion}}. Un petit garçon dort sur les genoux de son père. Personne ne parle.",
    ),
    (
        "chrs",
        AP,
        "Accueil du {{CHRS}} de {{Créteil}}. M. [[PERSONNE:Antoine Ferdinand]], {{49 ans}}, admis la semaine "
        "dernière, remplit le dossier de participation ({{10 %}} des ressources). Éducateur : "
        "[[PERSONNE:Samir]]. RIB {{La Banque Postale}} : [[IBAN:FR79 2004 1000 0122 3490 8R02 092]]. Il est "
        "arrivé de {{Guadeloupe}} en {{1998}} pour l'armée, « et je suis jamais reparti ».",
    ),
    (
        "france_travail",
        AT,
        "Appel. Mme [[PERSONNE:Sylvie Charpentier]], {{Orléans}}, s'est mariée : ancien nom "
        "[[PERSONNE:Aubry]], nouveau [[PERSONNE:Charpentier]]. Identifiant [[ID_FRANCE_TRAVAIL:9915402 B]], "
        "mail [[EMAIL:sylvie.charpentier45@free.fr]]. Le conseiller, [[PERSONNE:Romain]], demande l'acte de "
        "mariage scanné sur l'espace. « Encore un papier ! »",
    ),
    (
        "cpam",
        CSP,
        "Visite du service social de la {{CGSS}} {{Martinique}} chez Mme [[PERSONNE:Marie-Line Apatout]], "
        "{{41 ans}}, en arrêt longue maladie, [[ADRESSE:résidence Les Hibiscus, bât D, appt 31, 97232 Le Lamentin]]. "
        "AS : [[PERSONNE:Joëlle Nicolo]]. NIR sur le dossier : [[NIR:2 83 10 97 213 061 18]]. On parle "
        "{{ALD}}, mi-temps thérapeutique. Elle a fait un gâteau patate douce pour nous.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Lorient}}. Un jeune couple demande comment inscrire leur bébé à la crèche. L'agente : "
        "« c'est pas ici, c'est le service petite enfance, {{2e étage}} ». Même bâtiment. Ils repartent en "
        "riant.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Val-d'Oise}}. Une famille dort dans sa voiture sur le parking du centre commercial "
        "{{My Place}} à {{Sarcelles}}. Famille [[PERSONNE:Mvoula]], {{2 adultes}}, {{3 enfants}}, {{Scénic}} "
        "gris [[IMMATRICULATION:CN-458-DL]]. Écoutant : [[PERSONNE:Abdelkader]]. Pas de place famille ce "
        "soir. Il prévient la {{PMI}} pour les enfants et rappellera à {{8h}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Sainte-Rose}} ({{Guadeloupe}}). Contrôleuse : [[PERSONNE:Myriam Lollia]]. M. "
        "[[PERSONNE:Bernard Kancel]] déclare ne rien gagner à part le {{RSA}}. Dans la cour, un camion-benne "
        "avec écrit « {{Kancel Transports}} », plaque [[IMMATRICULATION:FD-332-AE]]. « C'est à mon frère. » "
        "[[PERSONNE:Myriam]] photographie la carte grise.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Nazaire}}. M. [[PERSONNE:Yusuf Demir]], {{28 ans}}, soudeur, promesse "
        "d'embauche aux {{Chantiers de l'Atlantique}} mais il lui faut un {{CACES}}. Identifiant "
        "[[ID_FRANCE_TRAVAIL:4470912 S]]. La conseillère, [[PERSONNE:Marine]], en pull bleu {{marine}} (je "
        "note pour le jeu de mots), trouve une session dans {{3 semaines}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU de Martinique}}, {{2h}} du matin. Homme, {{45 ans}}, douleur abdominale. Carte "
        "vitale : [[NIR:179119720931846]], M. [[PERSONNE:Yvon Florentin]], né le "
        "[[DATE_NAISSANCE:24/11/1979]]. IOA : [[PERSONNE:Mélodie]]. Tri {{3}}. Il s'allonge sur {{3 chaises}}.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, fin de journée. La conseillère a pris {{62 appels}}. Elle me dit que le plus dur c'est pas "
        "les gens énervés, c'est ceux qui pleurent. Elle pose son casque et souffle.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Guyane}}. Mme [[PERSONNE:Jadfard]], de {{Matoury}}, ne reçoit pas les courriers : pas de "
        "boîte aux lettres dans son quartier. L'agent, [[PERSONNE:Ruddy]], passe le dossier en tout "
        "numérique, mail [[EMAIL:jadfard.sabrina@outlook.fr]]. N° alloc [[N_ALLOCATAIRE:1406287]].",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile du {{CCAS}} de {{Béziers}}, maintien à domicile. Appartement au {{4e}} sans "
        "ascenseur, la dame ne descend plus depuis {{2 ans}}. Les voisins lui montent les courses. L'AS "
        "note, va demander une {{téléalarme}}.",
    ),
    (
        "chrs",
        AP,
        "Accueil {{CHRS}} à {{Rouen}}. M. [[PERSONNE:Mamadou Camara]], {{35 ans}}, guinéen, renouvelle sa "
        "domiciliation. Carte pluriannuelle n° [[IDENTIFIANT:7601294583]]. Éducatrice : "
        "[[PERSONNE:Pauline]]. Il bosse en intérim la nuit chez {{Amazon}} : « je dors le jour, je travaille "
        "la nuit, je vois jamais le soleil ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Sarcelles}}. [[PERSONNE:Maëva Ursulet]], {{30 ans}}, née ici, parents "
        "martiniquais, veut travailler dans la petite enfance, {{CAP AEPE}}. Conseiller : "
        "[[PERSONNE:Stéphane]]. Identifiant [[ID_FRANCE_TRAVAIL:2287556D]], mail "
        "[[EMAIL:maeva.ursulet@gmail.com]]. [[PERSONNE:Stéphane]] trouve une formation à {{Cergy}} en "
        "janvier.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Chambéry}}. Une dame imprime une attestation à la borne libre-service ; la borne "
        "sort {{3 fois}} la même page. Tout le monde rit, l'agent en gilet aussi. Elle garde les trois "
        "« pour les cousins ».",
    ),
    (
        "urgences",
        AT,
        "Standard du {{CHOG}}. L'infirmière du centre de santé de {{Maripasoula}} demande une évacuation "
        "sanitaire : [[PERSONNE:Jimmy Opoya]], né en [[DATE_NAISSANCE:2011]], fracture ouverte. Hélico dans "
        "{{1h30}}, la météo est limite.",
    ),
    (
        "ccas",
        AT,
        "Standard du {{CCAS}} de {{Mamoudzou}}. Distribution de bouteilles d'eau annoncée pour demain "
        "{{7h}}. Le tél sonne sans arrêt, l'agente répète : « demain 7h, place de la {{mairie}}, une pièce "
        "d'identité ». {{52 appels}} dans la matinée.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Tours}}. M. [[PERSONNE:Okafor]], étudiant nigérian, demande l'{{APL}}. L'agente, "
        "[[PERSONNE:Léa]], crée son compte avec le mail "
        "[[EMAIL:chinedu.okafor@etu.univ-tours.fr]]. N° allocataire attribué : [[N_ALLOCATAIRE:8031574]]. Il "
        "demande pourquoi il faut un acte de naissance traduit. [[PERSONNE:Léa]] : « c'est la règle ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Val-de-Marne}}. Mme [[PERSONNE:Désirée Chalcol]], {{67 ans}}, expulsée ce matin de son "
        "logement {{Créteil Habitat}}. Dossier {{SIAO}} existant : [[IDENTIFIANT:SIAO94-2024-08812]]. Écoutante : "
        "[[PERSONNE:Inès]]. Elle appelle du fixe d'une voisine : [[TELEPHONE:01 43 77 29 58]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail à domicile, {{Cpam}} de la {{Sarthe}}, au {{Mans}}. Agent : "
        "[[PERSONNE:Francis Leroux]]. Mme [[PERSONNE:Bernier]] est là, en pyjama. [[PERSONNE:Francis]] "
        "vérifie l'identité, CNI n° [[IDENTIFIANT:T7X2K9RL4]], reste {{3 min}}. « Bonne guérison madame. »",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHM}}. Jeune homme, {{24 ans}}, plaie au bras après une bagarre à {{M'tsapéré}}. "
        "Carte vitale : [[NIR:1 01 01 97 611 512 87]], [[PERSONNE:Nourdine Ali Mmadi]]. Des gendarmes à "
        "l'entrée. IOA : [[PERSONNE:Kamaria]]. Elle le fait passer vite pour « vider le hall ».",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}}, {{3949}}. Pendant ma présence, {{9 appels}} : {{4}} actualisations, {{2}} "
        "paiements en retard, {{1}} radiation, {{1}} question sur les {{droits rechargeables}}, {{1}} erreur "
        "(la personne voulait la {{Caf}}).",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources {{Caf}} à {{Perpignan}} : couple, {{3 enfants}}, {{0 €}} de revenus déclarés "
        "{{3 trimestres}} de suite. Contrôleur : [[PERSONNE:Jordi Puig]]. Relevés du compte principal, "
        "[[IBAN:FR76 3000 4023 1800 0109 8734 530]] : virements {{Leboncoin}} réguliers. M. "
        "[[PERSONNE:Castells]] revend des meubles chinés. [[PERSONNE:Jordi]] : « c'est une activité, ça se "
        "déclare ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Basse-Terre}}. Mme [[PERSONNE:Pétro]] demande une aide pour rapatrier le corps de sa "
        "mère, décédée à {{Paris}} : {{4 500 €}}. Adresse de la défunte : "
        "[[ADRESSE:27 rue de Tanger, 75019 Paris]]. L'agente, [[PERSONNE:Ghislaine]], explique que le CCAS "
        "peut aider un peu, pas tout. Elle appelle la mutuelle avec elle.",
    ),
    (
        "chrs",
        CSP,
        "Visite de l'appartement relais du {{CHRS}} à {{Pointe-à-Pitre}}, {{Carénage}}. M. "
        "[[PERSONNE:Gaston Dorival]], {{66 ans}}, ancien docker, au "
        "[[ADRESSE:9 rue Achille René-Boisneuf, 97110 Pointe-à-Pitre]]. Éducatrice : "
        "[[PERSONNE:Karine Bapté]]. Il fait pousser des tomates et du piment sur le balcon, nous en donne.",
    ),
    (
        "cpam",
        AT,
        "Appel {{CSSM}}. Mme [[PERSONNE:Anchya Boina]], de {{Sada}}, ses remboursements partent sur le "
        "compte de son ex-mari. Elle dicte son IBAN : [[IBAN:FR76 1131 5000 0108 0770 1235 812]]. L'agent, "
        "[[PERSONNE:Saïd]], lui dit d'envoyer le RIB avec une copie de sa pièce d'identité.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Les Abymes}}. M. [[PERSONNE:Kenny Ballet]], {{27 ans}}, livreur {{Uber Eats}} "
        "en scooter ([[IMMATRICULATION:GA-481-PC]]), veut le permis poids lourd. Conseillère : "
        "[[PERSONNE:Sylvana]]. Identifiant [[ID_FRANCE_TRAVAIL:1620374 G]]. Aide au permis possible, "
        "{{1 200 €}} max.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Lens}}. Accident sur l'{{A21}}, {{3 blessés}}. La police donne les infos au guichet : "
        "conducteur [[PERSONNE:Dylan Lecomte]], véhicule [[IMMATRICULATION:DR-906-LS]]. IOA : "
        "[[PERSONNE:Aurélie]]. Elle fait patienter les policiers, « les soins d'abord ».",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} de {{Rennes}}, écoute en double. Une dame veut savoir si la {{prime d'activité}} "
        "est imposable. Non. Elle remercie et raccroche. {{48 secondes}}, le record de la matinée.",
    ),
    (
        "chrs",
        AP,
        "Accueil du {{CHRS}} de {{Saint-Denis}}. M. [[PERSONNE:Abebe Tesfaye]] vient chercher sa "
        "convocation {{OFPRA}}, dossier n° [[IDENTIFIANT:2025-07-11839]]. Éducatrice : "
        "[[PERSONNE:Mathilde]]. Un autre résident, [[PERSONNE:Yonas]], traduit en tigrinya.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Martinique}}. Un jeune de {{Trinité}}, [[PERSONNE:Dorian Larcher]], a perdu "
        "son identifiant. La conseillère, [[PERSONNE:Valérie-Anne]], le retrouve avec le nom et la date de "
        "naissance, [[DATE_NAISSANCE:07/07/2004]], puis lui lit : « "
        "[[ID_FRANCE_TRAVAIL:sept, trois, zéro, cinq, un, deux, huit, X]] ». Il le note sur sa main.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Tourcoing}}. Une fille appelle pour sa mère, demande de {{téléassistance}}. Nom : Mme "
        "[[PERSONNE:Monique Vermeulen]]. Mail de la fille pour le dossier : "
        "« [[EMAIL:celine.vermeulen(at)sfr.fr]] ». L'agent, [[PERSONNE:Florian]], l'envoie dans la foulée.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{CGSS}} {{Cayenne}}. Mme [[PERSONNE:Christelle Mangal]], {{30 ans}}, enceinte, déclare sa "
        "grossesse et change de médecin traitant. NIR [[NIR:2 95 06 97 302 127 25]]. L'agent, "
        "[[PERSONNE:Didier]], lui imprime le calendrier des examens pris en charge.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} d'{{Évry}}. M. [[PERSONNE:Issa Keïta]] déclare sa séparation. Nouvelle adresse : "
        "[[ADRESSE:3 place des Terrasses de l'Agora, 91000 Évry-Courcouronnes]]. N° alloc "
        "[[N_ALLOCATAIRE:9204417]]. L'agente, [[PERSONNE:Corinne]], lui dit que les droits seront recalculés "
        "le mois prochain. Il demande s'il aura droit à quelque chose pour les enfants un week-end sur deux. "
        "Non.",
    ),
]

BATCH_6 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Martinique}}, accueil. Mme [[PERSONNE:Josette Cabrimol]], {{74 ans}}, élève son "
        "petit-fils [[PERSONNE:Noah]] depuis que sa fille est partie en métropole. Elle voudrait les allocs "
        "pour lui. L'agente, [[PERSONNE:Marlène]] : il faut une délégation d'autorité parentale ou un "
        "jugement. Son RIB est déjà au dossier : [[IBAN:FR76 1131 5000 0108 0123 4567 173]]. Elle repart "
        "avec la liste, « je vais voir avec le juge, comme ça ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Nancy}}, salon de l'emploi dans le hall : {{14 entreprises}}, le stand de "
        "l'{{armée de Terre}} est le plus entouré. Le conseiller me glisse que « les gens viennent surtout "
        "pour les goodies ». Stylos, sacs en tissu, bonbons.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guyane}}. Une patrouille à {{Kourou}} signale un homme âgé désorienté sur la route de "
        "{{Sinnamary}}. Il dit seulement s'appeler « [[PERSONNE:Tonton Jo]] ». Trouvé à côté d'une vieille "
        "{{Peugeot 205}} immatriculée [[IMMATRICULATION:4512 KD 973]]. Écoutante : [[PERSONNE:Ketty]]. "
        "Orientation vers les urgences du {{CMCK}} d'abord.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{Cpam}} du {{Val-de-Marne}}, {{Créteil}}. Un jeune Martiniquais, "
        "[[PERSONNE:Enzo Rosemain]], {{23 ans}}, arrivé pour ses études, veut transférer son dossier de la "
        "{{CGSS}}. L'agent, [[PERSONNE:Malik]], prend son RIB {{N26}} : "
        "[[IBAN:DE66 1001 1001 2620 4857 33]]. « Ça marche un IBAN allemand ? » « Oui, c'est l'{{Europe}}. »",
    ),
    (
        "caf",
        AT,
        "{{3230}}. M. [[PERSONNE:Gauthier]], de {{Limoges}}, appelle pour déclarer le décès de sa femme, "
        "qui était l'allocataire. N° [[N_ALLOCATAIRE:3874016]]. L'agent, [[PERSONNE:Yann]], ralentit, parle "
        "plus bas. Il dit « prenez votre temps » {{2 fois}}. Le monsieur pleure un peu puis s'excuse.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Koungou}}, après-midi. Une dizaine de femmes attendent pour l'inscription à la "
        "{{cantine scolaire}}. Formulaire en français, la plupart ne le lisent pas. Une agente lit chaque "
        "ligne à voix haute en shimaoré pour tout le groupe. Ça marche mieux que un par un.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} de {{Pointe-à-Pitre}}. Touriste québécoise, chute en rando à la {{Soufrière}} : "
        "[[PERSONNE:Geneviève Tremblay]], née le [[DATE_NAISSANCE:15 juin 1972]]. Carte d'assurance "
        "maladie {{RAMQ}} n° [[IDENTIFIANT:TREG 7256 1518]]. Tél canadien : [[TELEPHONE:+1 418 555 0182]]. "
        "IOA : [[PERSONNE:Rudy]]. Elle s'excuse toutes les deux minutes, « désolée, désolée ».",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour du {{CHRS}} à {{Brest}}. Le jeudi c'est coiffure gratuite : une bénévole coupe "
        "{{6 personnes}} en {{2h}}. Un monsieur se regarde longtemps dans le miroir et dit « je me "
        "reconnais ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Kourou}}. Mme [[PERSONNE:Sonia Apollinaire]], {{38 ans}}, ex-salariée d'un "
        "sous-traitant du {{CSG}}, ouvre ses droits {{ARE}}. Conseiller : [[PERSONNE:Ludovic Thérèse]]. RIB "
        ": [[IBAN:FR76 1286 9000 2051 8871 0201 194]]. Identifiant [[ID_FRANCE_TRAVAIL:3016845Y]]. Premier "
        "paiement dans {{1 mois}} environ.",
    ),
    (
        "cpam",
        CSP,
        "Enquête administrative {{CGSS}} {{Guadeloupe}} au {{Gosier}} : un assuré déclaré résident, mais le "
        "voisinage dit qu'il vit à {{Montréal}}. Enquêteur : [[PERSONNE:Guy-Albert Nébor]]. Adresse : "
        "[[ADRESSE:lotissement Les Hauts de Saint-Félix, lot 7, 97190 Le Gosier]]. Boîte aux lettres pleine, "
        "volets fermés. Le voisin, M. [[PERSONNE:Vaïtilingom]], raconte tout, et plus. "
        "[[PERSONNE:Guy-Albert]] note « absence constatée », rien d'autre.",
    ),
    (
        "ccas",
        CSP,
        "Visite du {{CCAS}} de {{Saint-Laurent-du-Maroni}} dans un quartier informel, vers le {{Paddock}}. "
        "L'AS vérifie l'accès à l'eau : une seule borne-fontaine pour {{40 maisons}}. Des enfants font la "
        "queue avec des bidons. Elle prend des photos pour le rapport à la {{mairie}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} du {{Val-d'Oise}}, {{Sarcelles}}. Mme [[PERSONNE:Farah Benali]] a un trop-perçu d'{{APL}} "
        "de {{2 300 €}}. L'agent, [[PERSONNE:Cyril]], explique : son fils [[PERSONNE:Rayan]] a commencé une "
        "alternance, salaires non déclarés. Échéancier à {{50 €}} par mois. Mail pour l'envoyer : "
        "[[EMAIL:farah.benali95@gmail.com]].",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences de {{Limoges}}. Un père demande si on peut venir « juste pour un certificat "
        "de sport » pour son fils. Non. L'agente lui dit d'aller chez le médecin. « Le médecin c'est dans "
        "{{3 semaines}} ! » 🙃",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Martinique}}. Un jeune de {{18 ans}}, sorti de l'{{ASE}} à sa majorité, à la rue à "
        "{{Fort-de-France}} : [[PERSONNE:Jordan Sainte-Croix]], né le "
        "[[DATE_NAISSANCE:deux janvier deux mille sept]] (il l'a dit en toutes lettres, comme à l'école). "
        "Écoutant : [[PERSONNE:Alain-Pierre]]. Orienté vers le {{CHRS}} pour un entretien demain {{9h}}.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Guadeloupe}}. Une jeune mère de {{Sainte-Anne}}, [[PERSONNE:Élodie Numa]], a "
        "raté son RDV : grève des cars. La conseillère, [[PERSONNE:Josy]], annule l'absence. Identifiant "
        "[[ID_FRANCE_TRAVAIL:2750193 E]], confirmation envoyée à [[EMAIL:elodie.numa971@yahoo.fr]].",
    ),
    (
        "cpam",
        AT,
        "Plateforme de la {{CSSM}}. La ligne a sauté {{2 fois}} ce matin, coupure de courant. Les agents "
        "rappellent les gens depuis leur portable pro. Une agente : « ici on s'adapte, on a l'habitude ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} d'{{Évry-Courcouronnes}}, mutuelle communale. Mme [[PERSONNE:Yolande Mirre]], {{70 ans}}, "
        "née le [[DATE_NAISSANCE:6 février 1955]] à {{Marie-Galante}}. Ancienne mutuelle {{MGEN}}, n° "
        "[[IDENTIFIANT:MG2248013]]. L'agent, [[PERSONNE:Hakim]], compare {{3 offres}} avec elle. Elle prend "
        "la moins chère, « la santé c'est cher, mais le reste aussi ».",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Guadeloupe}}. M. [[PERSONNE:Hilaire Théophile]] veut que ses allocs aillent sur le compte "
        "de sa compagne. Il lit le RIB : « [[IBAN:20041 01019 0187542K027 18]] ». L'agente, "
        "[[PERSONNE:Nadine]] : « c'est au nom de qui ? » « Mme [[PERSONNE:Cornélie]]. » Impossible, le compte "
        "doit être au nom de l'allocataire ou du conjoint déclaré. N° alloc [[N_ALLOCATAIRE:0613355]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Mamoudzou}}, {{8h}}. Salle pleine, clim en panne, {{34 °C}}. Les conseillers "
        "ouvrent les fenêtres, le bruit des bouchons de {{Kawéni}} rentre. Une conseillère distribue des "
        "gobelets d'eau.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement {{ALT}} géré par le {{CHRS}} d'{{Angoulême}}. Mme [[PERSONNE:Lopes]], "
        "{{52 ans}}, [[ADRESSE:12 rue de Périgueux, 16000 Angoulême]]. Elle montre la moisissure derrière "
        "l'armoire. L'éducateur, [[PERSONNE:Benoît]], appelle le bailleur {{Logélia}} devant elle, référence "
        "du bail [[IDENTIFIANT:LG-16-004719]]. Intervention promise sous {{15 jours}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Chartres}}. M. [[PERSONNE:Anthony Da Silva]], {{33 ans}}, embauché à {{Dreux}} "
        "en horaires décalés, demande l'aide à la mobilité pour le carburant. Véhicule "
        "[[IMMATRICULATION:EK-309-RT]]. Conseillère : [[PERSONNE:Agnès]]. Identifiant "
        "[[ID_FRANCE_TRAVAIL:5102867 H]]. Accordé, {{0,20 €}} du km.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{CGSS}} à {{Saint-Laurent-du-Maroni}}. [[PERSONNE:Naomie Adjako]], {{26 ans}}, NIR "
        "[[NIR:2 99 02 97 311 276 25]], demande la {{C2S}} pour elle et ses {{3 enfants}}. Agente : "
        "[[PERSONNE:Josiane Mélinard]]. Il manque l'avis d'impôt. Elle laisse son numéro pour être rappelée : "
        "[[TELEPHONE:0694 38 50 17]].",
    ),
    (
        "ccas",
        AT,
        "Standard du {{CCAS}} de {{Créteil}}. M. [[PERSONNE:Rodolphe Mondésir]] inscrit sa mère au repas des "
        "seniors (thème : soirée antillaise 🎶). Nom : Mme [[PERSONNE:Léontine Mondésir]]. Mail pour la "
        "confirmation : [[EMAIL:r.mondesir@free.fr]]. L'agente, [[PERSONNE:Sandrine]], lui dit de venir "
        "danser aussi.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CMCK}}, {{Kourou}}. Un légionnaire amène un collègue, piqûre de raie dans la "
        "rivière. Identité déclarée : [[PERSONNE:Jan Kowalczyk]], matricule [[IDENTIFIANT:154872]]. IOA : "
        "[[PERSONNE:Marie-Claude]]. Le collègue ne dit pas un mot, serre les dents.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Vaulx-en-Velin}}. Contrôleur : [[PERSONNE:Farid Meziane]]. Famille "
        "[[PERSONNE:Okonkwo]], {{5 enfants}}, un {{T3}} pour {{7}}, plus la grand-mère déclarée à charge. "
        "Elle est là, dans le salon, devant une série nigériane. Adresse : "
        "[[ADRESSE:8 chemin de la Ferme, 69120 Vaulx-en-Velin]]. Tout est conforme, mais {{8 personnes}} "
        "dans {{62 m²}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} de {{Basse-Terre}}, accueil. M. [[PERSONNE:Joseph Lawrence]], de la {{Dominique}}, "
        "anglophone, demande une domiciliation. Passeport n° [[IDENTIFIANT:DA0184723]]. L'éducatrice, "
        "[[PERSONNE:Séverine]], parle anglais « comme au lycée ». Ils finissent avec des gestes et un peu "
        "de créole, qui marche des deux côtés.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile du {{CCAS}} de {{Troyes}}, aide exceptionnelle pour des factures d'eau. Mme "
        "[[PERSONNE:Lemoine]] montre ses relevés {{LCL}}, compte [[IBAN:FR70 3000 2084 1100 0073 1942 E73]], "
        "découvert de {{340 €}}. AS : [[PERSONNE:Julie]]. Aide de {{150 €}} proposée en commission.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Gironde}}, nuit du {{31 décembre}}. Étrangement peu d'appels. Les écoutants ont "
        "apporté des chocolats. À {{minuit}}, ils se souhaitent la bonne année entre {{2 appels}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Cayenne}}, {{Baduel}}. M. [[PERSONNE:Hector Ho-Tin-Noé]], {{58 ans}}, "
        "commerçant, a fermé boutique après {{2017}}. Veut un poste de gardien. Conseillère : "
        "[[PERSONNE:Priscilla Alexandre]]. Identifiant [[ID_FRANCE_TRAVAIL:6380419 J]], tél "
        "[[TELEPHONE:+594 694 27 31 88]]. Il dit « j'ai jamais demandé rien à personne ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Besançon}}. Une mamie arrive avec un sac plastique plein de feuilles de soins papier, "
        "de {{2019}} à aujourd'hui. L'agent les trie avec elle, une par une, {{35 min}}. Il dit rien, il "
        "trie.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Martinique}}, {{Fort-de-France}}. M. [[PERSONNE:Victor Pancrate]], {{80 ans}}, vient pour "
        "sa fille [[PERSONNE:Annick]], {{52 ans}}, handicapée : renouvellement {{AAH}}, dossier {{MDPH}} n° "
        "[[IDENTIFIANT:972-2024-017733]]. L'agent, [[PERSONNE:Dominique]], voit que la MDPH n'a pas encore "
        "statué. « Je m'inquiète pour quand je serai plus là », dit le monsieur.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Dunkerque}}. M. [[PERSONNE:Wouters]] demande un {{colis alimentaire}}, il vient de "
        "perdre son boulot chez un sous-traitant d'{{ArcelorMittal}}. L'agent, [[PERSONNE:Jérémy]], "
        "l'inscrit et note un numéro pour le rappeler avec le créneau : [[TELEPHONE:06 47 18 92 30]].",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences de {{Gonesse}}. Mme [[PERSONNE:Jocelyne Gervais]] appelle pour son mari amené "
        "hier soir : « [[PERSONNE:Raymond Gervais]], né le [[DATE_NAISSANCE:12 septembre 1950]] ». Il est "
        "monté en cardio. La standardiste transfère au service, ça sonne dans le vide, elle réessaie.",
    ),
]

BATCH_7 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Guadeloupe}}, {{Les Abymes}}. Mme [[PERSONNE:Marie-Claire Bourgeois]], {{56 ans}}, fin de "
        "contrat à l'hôpital, demande le {{RSA}}. NIR [[NIR:2 68 09 97 101 088 93]], n° alloc "
        "[[N_ALLOCATAIRE:0274581]]. Agente : [[PERSONNE:Lucette]]. Mme rigole : « [[PERSONNE:Bourgeois]] de "
        "nom, pas de porte-monnaie ». Dossier complet, rare.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Metz}}, {{13h30}}, réouverture. Les gens attendaient dehors sous la pluie. Un agent "
        "sort avec un parapluie siglé Caf pour abriter une dame âgée jusqu'à la porte. Petit geste, gros effet.",
    ),
    (
        "caf",
        AT,
        "{{3230}}. Mme [[PERSONNE:Diallo]], {{Rouen}} : son {{ASF}} est suspendue. N° alloc "
        "[[N_ALLOCATAIRE:6650921]]. L'agente, [[PERSONNE:Morgane]] : il manque le formulaire sur la pension "
        "alimentaire. Mme demande qu'on le lui envoie par mail, [[EMAIL:aissatou.diallo76@gmail.com]]. "
        "[[PERSONNE:Morgane]] explique qu'il est téléchargeable, épelle le chemin sur le site.",
    ),
    (
        "caf",
        AT,
        "Appel {{CSSM}}, prestations familiales. M. [[PERSONNE:Daroueche]], de {{Dzaoudzi}}, demande pourquoi "
        "l'allocation de rentrée est partie sur son ancien compte. Nouveau RIB {{La Banque Postale}} : "
        "[[IBAN:FR77 2004 1010 0904 5638 1H02 961]]. L'agent, [[PERSONNE:Abdou]], l'enregistre mais l'ancien "
        "paiement est perdu pour lui « sauf si la banque le renvoie ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} au {{Lamentin}}, {{Petit-Manoir}}. Contrôleur : [[PERSONNE:Gérard Lagier]]. Mme "
        "[[PERSONNE:Rosette]] déclare vivre seule, [[ADRESSE:45 rue des Orchidées, Petit-Manoir, 97232 Le Lamentin]]. "
        "Dans l'allée un pick-up, [[IMMATRICULATION:GC-725-WB]] : « c'est le voisin qui se gare là ». Le "
        "voisin confirme en passant la tête par la fenêtre 😄 [[PERSONNE:Gérard]] note quand même la plaque.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{CSSM}}, {{Mamoudzou}}. M. [[PERSONNE:Youssouf Mohamed Ali]], {{34 ans}}, né aux "
        "{{Comores}}, carte de résident {{10 ans}}, veut sa {{carte Vitale}}. NIR "
        "[[NIR:1 90 12 99 397 204 54]]. L'agente, [[PERSONNE:Hanifa]], scanne le titre n° "
        "[[IDENTIFIANT:9760883127]] et la photo. « Ça arrive quand ? » « Inshallah {{3 semaines}}. »",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Poitiers}}. Étudiante chinoise, [[PERSONNE:Wang Xiaoyu]], toujours sur numéro "
        "provisoire après {{5 mois}}. L'agent, [[PERSONNE:Alexandre]], relance la demande d'immatriculation. "
        "Mail : [[EMAIL:xiaoyu.wang@etu.univ-poitiers.fr]]. Elle : « en {{Chine}} c'est une journée ».",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Mme [[PERSONNE:Fernandes]], {{55 ans}}, née au {{Portugal}}, opérée du canal carpien, veut "
        "savoir combien elle touchera d'{{IJ}}. NIR [[NIR:270029913902612]]. La conseillère, "
        "[[PERSONNE:Sabrina]], fait une estimation : environ {{50 %}} du salaire. « Et le reste ? » "
        "« Votre employeur, peut-être. »",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{CGSS}} {{Martinique}}. Les conseillers ont un tableau blanc « questions du jour ». "
        "Aujourd'hui : consultations liées aux {{sargasses}}, transports vers la {{Guadeloupe}} pour les "
        "greffes. Tout le monde appelle pour les mêmes choses, ils ont préparé des réponses types.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Un monsieur de {{Niort}} appelle pour sa mère, entrée à l'{{EHPAD Korian Les Tilleuls}}, "
        "il veut une attestation. Mme [[PERSONNE:Georgette Brunet]], née le [[DATE_NAISSANCE:2 mai 1932]]. Le "
        "conseiller, [[PERSONNE:Maxime]], ne peut rien lui envoyer à lui. Il note son numéro pour faire "
        "rappeler par l'EHPAD : [[TELEPHONE:05 49 33 21 80]].",
    ),
    (
        "cpam",
        CSP,
        "Visite du service social de la {{Cpam}} de l'{{Essonne}} chez une jeune maman de {{19 ans}}, "
        "[[PERSONNE:Shaïna Lubin]], à {{Grigny}}, {{La Grande Borne}}, bébé né prématuré. NIR "
        "[[NIR:2 06 03 91 228 014 43]], adresse [[ADRESSE:5 place du Damier, 91350 Grigny]]. AS : "
        "[[PERSONNE:Carole]]. Bébé dort dans un couffin, la maman n'a pas dormi depuis {{3 jours}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Sarcelles}}. M. [[PERSONNE:Ibrahima Sow]] : sa voiture est en fourrière, "
        "[[IMMATRICULATION:FN-204-KJ]], il en a besoin pour ses livraisons de nuit. {{180 €}}. L'agente, "
        "[[PERSONNE:Linda]] : pas d'aide pour la fourrière. Il part énervé, revient {{5 min}} après pour "
        "s'excuser.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Fort-de-France}}, distribution de kits scolaires. La file descend jusqu'à la rue "
        "{{Victor Hugo}}. {{300 kits}}, épuisés à {{10h}}. Les derniers repartent avec un bon pour la "
        "semaine prochaine.",
    ),
    (
        "ccas",
        AT,
        "Standard du {{CCAS}} de {{Schœlcher}}. Mme [[PERSONNE:Cassandra Boulogne]] demande une aide pour la "
        "cantine de ses enfants. L'agent, [[PERSONNE:Marius]], prend son mail pour lui envoyer le "
        "formulaire : « [[EMAIL:cassandra.boulogne@gmail.com]] », et son adresse : "
        "[[ADRESSE:17 route de la Batelière, 97233 Schœlcher]].",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Vannes}}. {{12 appels}} sur la matinée pour le {{plan grand froid}}. Une dame appelle "
        "pour dire que le monsieur sans-abri devant la boulangerie est toujours là. L'agente transmet au "
        "{{115}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Mulhouse}}, tarification du périscolaire. L'agent, [[PERSONNE:Nicolas]], demande le "
        "numéro allocataire : « [[N_ALLOCATAIRE:4102587]] ». Mme [[PERSONNE:Yilmaz]] donne aussi son "
        "quotient familial, {{420}}. Tranche la plus basse, {{0,80 €}} le repas.",
    ),
    (
        "ccas",
        CSP,
        "Visite du {{CCAS}} de {{Créteil}} chez M. [[PERSONNE:Alphonse Jean-Pierre]], {{84 ans}}, arrivé de "
        "{{Guadeloupe}} en {{1963}} avec le {{BUMIDOM}}. AS : [[PERSONNE:Nora]]. Il vit au "
        "[[ADRESSE:22 rue Juliette Savar, 94000 Créteil]]. Il nous montre ses photos de l'usine {{Citroën}}. "
        "On finit par parler téléassistance, il dit oui « pour faire plaisir à ma fille ».",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Montauban}}. Un agriculteur arrive avec son propre tracteur, garé sur la place "
        "ambulance, [[IMMATRICULATION:AZ-458-PD]]. Patient : [[PERSONNE:Jean-Pierre Castagné]], né le "
        "[[DATE_NAISSANCE:19/03/1961]], main écrasée. IOA : [[PERSONNE:Fabienne]]. Elle demande à un "
        "brancardier de déplacer le tracteur, il sait pas conduire ça.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHSF}}. Une mère comorienne avec son fils drépanocytaire en crise. IOA : "
        "[[PERSONNE:Aminata]]. Enfant : [[PERSONNE:Ilyes Mdahoma]], né le [[DATE_NAISSANCE:22/10/2016]], "
        "suivi à {{Necker}}. Tél du père : [[TELEPHONE:07 69 31 04 82]]. Passé en priorité, protocole douleur "
        "en {{10 min}}.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour du {{CHRS}} de {{Pointe-à-Pitre}}, {{Bergevin}}. M. [[PERSONNE:Fritz Jean-Louis]], "
        "haïtien, récupère son courrier : une lettre de la {{Caf}}, n° allocataire "
        "[[N_ALLOCATAIRE:0738810]], demande de pièces. L'éducateur, [[PERSONNE:Ronan]], breton installé ici "
        "depuis {{15 ans}}, l'aide à répondre.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} de {{Lille}}, salle commune, {{20h}}. Match du {{LOSC}} à la télé, {{15 résidents}}, un "
        "éduc. Quand Lille marque tout le monde se lève. Ça fait du bien à voir.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} de {{Valence}}. M. [[PERSONNE:Christophe Garcia]] vit dans son camping-car depuis {{1 an}}, "
        "il veut une place mais garder le véhicule, [[IMMATRICULATION:CH-812-VD]]. L'éducatrice, "
        "[[PERSONNE:Lucie]] : le parking est minuscule. Arrangement trouvé avec le parking de la {{mairie}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guadeloupe}}. L'AS de l'hôpital appelle pour une sortie d'hospitalisation sans domicile : "
        "M. [[PERSONNE:Marcel Sylvain]], né le [[DATE_NAISSANCE:04/04/1958]]. L'AS, Mme "
        "[[PERSONNE:Cérette]], donne son mail pour la fiche {{SIAO}} : [[EMAIL:a.cerette@chu-guadeloupe.fr]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} de l'{{Essonne}}. Un hôtelier de {{Massy}} : la famille [[PERSONNE:Kanté]] est partie sans "
        "prévenir, la chambre est libre. L'écoutant, [[PERSONNE:Quentin]], vérifie : relogés ce matin via "
        "{{Action Logement}}. Bonne nouvelle, on l'a pas souvent.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement diffus du {{CHRS}} de {{Mamoudzou}}, à {{Kawéni}}. Mme "
        "[[PERSONNE:Raïssa Mouhoutar]], {{3 enfants}}. Éducateur : [[PERSONNE:Kassim]]. Elle paie "
        "{{50 €}} de participation par virement, RIB {{BRED}} : [[IBAN:FR76 1010 7003 2100 6712 0334 460]]. "
        "Pas d'eau au robinet depuis hier, des bidons partout.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Évry-Courcouronnes}}. Mme [[PERSONNE:Aïssatou Barry]], {{41 ans}}, aide à "
        "domicile : voiture en panne ([[IMMATRICULATION:DF-663-NP]]), elle ne peut plus aller chez ses "
        "{{6 bénéficiaires}}. Conseiller : [[PERSONNE:Benjamin]]. Identifiant "
        "[[ID_FRANCE_TRAVAIL:0917734 V]]. Il l'oriente vers l'{{Adie}} pour un microcrédit.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Kourou}}, inscription. [[PERSONNE:Vanessa Stanislas]], {{35 ans}}, née à "
        "Kourou, rentrée de {{Toulouse}} après {{10 ans}}. NIR [[NIR:2 89 07 97 304 093 18]]. Conseillère : "
        "[[PERSONNE:Audrey]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:4183306Q]]. « Ici c'est pas pareil "
        "pour trouver », prévient [[PERSONNE:Audrey]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Lyon}} {{Part-Dieu}}. M. [[PERSONNE:Karim Bensaïd]], {{50 ans}}, cadre, "
        "licenciement économique. Conseillère : [[PERSONNE:Sophie]]. Elle lui présente le {{CSP}}. Il sort un "
        "tableau {{Excel}} de ses candidatures : {{143}}. Identifiant [[ID_FRANCE_TRAVAIL:7264410 K]].",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Martinique}}, appel. M. [[PERSONNE:Rony Zami]], taxi collectif, veut l'aide à "
        "la création d'entreprise. Il cite sa licence et son véhicule, [[IMMATRICULATION:GE-502-TX]]. "
        "Conseiller : [[PERSONNE:Pascal]]. Identifiant [[ID_FRANCE_TRAVAIL:5520916 U]]. RDV avec un conseiller "
        "création la semaine prochaine.",
    ),
    (
        "france_travail",
        AT,
        "Appel. Mme [[PERSONNE:Lambert]], {{Besançon}}, convoquée à une info collective mais hospitalisée. Le "
        "conseiller, [[PERSONNE:David]], met un motif légitime. Il note un numéro pour la rappeler à sa "
        "sortie : [[TELEPHONE:03 81 52 74 19]]. Identifiant [[ID_FRANCE_TRAVAIL:3609127 M]].",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Mayotte}}. Une restauratrice de {{Mamoudzou}}, Mme [[PERSONNE:Nadia Salim]], "
        "veut embaucher un candidat en {{PEC}} : [[PERSONNE:Fahardine Attoumani]], identifiant "
        "[[ID_FRANCE_TRAVAIL:8815042 W]]. Conseillère : [[PERSONNE:Roukaya]]. Mail de Mme "
        "[[PERSONNE:Salim]] : [[EMAIL:nadia.salim.pro@gmail.com]].",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Un jeune de {{Marseille}}, [[PERSONNE:Nassim]], veut savoir s'il peut toucher l'allocation "
        "{{CEJ}} en colocation. Le conseiller, [[PERSONNE:Thibault]] : oui. Identifiant "
        "[[ID_FRANCE_TRAVAIL:9120673 C]], mail [[EMAIL:nassim13.pro@hotmail.com]]. « Vas-y, inscris-toi "
        "aujourd'hui. »",
    ),
]

# END OF NOTES

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

if __name__ == "__main__":
    main()
