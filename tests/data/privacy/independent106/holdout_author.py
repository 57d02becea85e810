"""Independent evaluation corpus n° 106: 240 hand-written observation notes, labelled inline.

Every note below is a ``(site_kind, channel, text)`` tuple written by hand. In ``text``,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive); ids ``ind106-001`` …
``ind106-240`` follow the writing order. ``split`` draws the dev / holdout halves from the ids
and the cells only (``random.Random(106)``), and ``main`` writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file. Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind106"
SEED = 106

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
SITE_KINDS = {"caf", "cpam", "ccas", "urgences", "chrs", "france_travail"}
CHANNELS = {"accueil_physique", "accueil_telephonique", "controle_sur_place"}

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the inline marks; return the plain text, its entities and its keep list."""
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
        if kept is not None:
            value = kept
            if value not in keep:
                keep.append(value)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        if not value or value != value.strip():
            raise ValueError(f"bad marked value {value!r} in {marked[:60]!r}")
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray mark {stray!r} in {text[:60]!r}")
    return text, entities, keep


def build() -> list[dict]:
    """Number the notes in writing order and parse them."""
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


def split(cells: dict[tuple[str, str], list[str]]) -> tuple[set[str], set[str]]:
    """Draw dev / holdout from the ids grouped by cell (site kind × channel), nothing else."""
    rng = random.Random(SEED)
    dev: set[str] = set()
    holdout: set[str] = set()
    leftovers: list[str] = []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        if len(ids) % 2:
            leftovers.append(ids.pop())
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half:])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    notes = build()
    cells: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout = split(cells)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


# The notes, in writing order. Each edit below appended one batch by hand.
NOTES: list[tuple[str, str, str]] = []

# Batch 1 (notes 1-35)
NOTES += [
    (
        "caf",
        "accueil_telephonique",
        "{{9h12}}, appel entrant {{Caf de la Côte-d'Or}}. Une dame veut comprendre pourquoi son {{APL}} a baissé. [[PERSONNE:Sandrine]] (l'agent) : « votre nom ? » - « [[PERSONNE:Vuillemin]]. [[PERSONNE:V, U, I, deux L, E, M, I, N]] ». [[PERSONNE:Sandrine]] tape « [[PERSONNE:Vuilemin]] » avec un seul L, se reprend toute seule. Num alloc donné en {{3 morceaux}} : [[N_ALLOCATAIRE:24... 518... 73]]. Elle relit d'une traite « [[N_ALLOCATAIRE:2451873]] » → c'est bon.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Dijon}}, {{10h40}}. File d'attente : {{12 personnes}}. Borne à tickets en panne depuis ce matin, un agent distribue des tickets papier à la main. Bcp viennent pour la {{carte Vitale}} (perdue, volée, photo refusée). Une dame âgée demande juste où sont les toilettes 🙃. Personne ne sait me dire le délai moyen pour une {{C2S}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Côte-d'Or}}, nuit de dimanche. Appel d'un homme qui parle très peu français, l'écoutante [[PERSONNE:Maëlle]] met l'interprète {{ISM}} en conférence (pachto). L'interprète s'appelle [[PERSONNE:Farid]]. Nom donné : « [[PERSONNE:Rahimi]] », puis prénom « [[PERSONNE:Jawad]] », [[PERSONNE:Farid]] épelle [[PERSONNE:J-A-W-A-D]]. Il dort dans la gare de {{Dijon-Ville}} depuis {{3 nuits}}. Dit être né en [[DATE_NAISSANCE:2005]], {{19 ans}} donc, [[PERSONNE:Maëlle]] note « âge à vérifier ». Pas de place ce soir, rappeler demain {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{3949}} basculé sur l'agence de {{Montbéliard}}. Monsieur veut décaler son rdv du {{jeudi 14}}. Conseiller ([[PERSONNE:Thierry Grosjean]]) : « votre identifiant ? » - « [[ID_FRANCE_TRAVAIL:4 0 7 2 1 5 8]]... et la lettre c'est P » - « P comme {{Paul}} ? » - « non B, B comme {{Bernard}} ». [[PERSONNE:Thierry]] tape [[ID_FRANCE_TRAVAIL:4072158B]]. À l'écran : M. [[PERSONNE:Öztürk Emre]]. [[PERSONNE:Thierry]] prononce « [[PERSONNE:Oztur]] », le monsieur corrige : « [[PERSONNE:Euz-turk]], avec les deux points sur le o ». Rdv déplacé au {{mardi 19}}, {{14h30}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Chenôve}}, quartier {{Le Mail}}. Contrôleur : [[PERSONNE:Jean-Luc Faivre]], {{28 ans}} de maison. Allocataire Mme [[PERSONNE:Benkirane]], {{3 enfants}}, déclare vivre seule. Dans l'entrée : une paire de chaussures de sécurité pointure {{44}} et un blouson d'homme. Elle dit « c'est à mon frère [[PERSONNE:Yassine]], il passe des fois ». [[PERSONNE:JLF]] note sans commentaire. Adresse vérifiée : [[ADRESSE:9 allée des Pervenches, 21300 Chenôve]]. Boîte aux lettres : 2 noms, [[PERSONNE:BENKIRANE]] / [[PERSONNE:EL AMRANI]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU Dijon Bourgogne}}, {{22h}}. {{IOA}} au tri. {{4 brancards}} dans le couloir, attente affichée {{5h}} pour les non urgents. Un jeune avec la main bandée dans un tee-shirt de l'{{OM}}, il rigole. Un papy sous oxygène. Une mère avec un bébé fébrile passe direct. Écran au-dessus du comptoir : « TENSION HOSPITALIÈRE » ??? demander ce que ça déclenche.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateau de {{Besançon}}. Conseillère : [[PERSONNE:Aurélie]]. L'appelante veut une attestation de droits. « Votre numéro de sécu ? » — « [[NIR:deux, quatre-vingt-douze, onze, vingt-cinq... zéro cinquante-six, trois cent douze]]... clé [[NIR:soixante-dix-neuf]] ». [[PERSONNE:Aurélie]] répète en chiffres : [[NIR:2 92 11 25 056 312 79]]. Identité à l'écran : [[PERSONNE:Coralie Jacquot]], née le [[DATE_NAISSANCE:14/11/1992]] à {{Besançon}}. Attestation déposée sur le compte {{Ameli}}. Durée {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Auxerre}}, accueil. Couple âgé venu avec leur fils qui traduit (turc). Demande d'aide pour une facture {{EDF}} impayée, {{612 €}}. L'agente [[PERSONNE:Mélanie]] : « le nom sur la facture ? » — le fils : « [[PERSONNE:Kaya Hüseyin]], c'est mon père ». Réf client lue sur le papier froissé : [[IDENTIFIANT:6004 218 537]]. [[PERSONNE:Mélanie]] recopie puis « pardon c'est un 8 ou un 3 au milieu ? » — « 3 ». Elle corrige : [[IDENTIFIANT:6004 213 537]]. Le père ne dit rien, la mère sourit tout le temps.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{L'Escale}}, {{Nevers}}. Petit-déj {{7h30-9h}}. {{18 places}} hommes, {{6 places}} femmes. Règlement affiché : pas d'alcool, pas d'animaux sauf dérogation (il y a quand même un chien, {{Rocky}}, « il était là avant le règlement » lol). Machine à laver en panne depuis {{2 semaines}}, tout le monde râle.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} {{Besançon}} {{Planoise}}. Jeune femme, inscription. Conseiller : [[PERSONNE:Karim Bouzid]]. Il demande son mail, elle dicte « [[EMAIL:ines point tshibanda arobase gmail point com]] ». Il tape [[EMAIL:ines.chibanda@gmail.com]], elle se penche sur l'écran : « non, [[PERSONNE:T-S-H-I-B-A-N-D-A]] ». Corrigé : [[EMAIL:ines.tshibanda@gmail.com]]. [[PERSONNE:Inès Tshibanda]], identifiant créé : [[ID_FRANCE_TRAVAIL:6120483L]]. Elle le prend en photo avec son tel.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Mâcon}}. Monsieur d'une {{soixantaine d'années}} arrive avec un sac plastique plein de courriers pas ouverts. « J'y comprends plus rien depuis que ma femme est partie ». L'agente [[PERSONNE:Nadège]] trie avec lui, pile par pile : {{RSA}}, {{prime d'activité}}, un avis d'indu de {{1 240 €}}. Elle ne s'énerve jamais. Il repart avec un rdv travailleur social le {{12 mars}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{CH}} de {{Chalon}} ({{William-Morey}}). Une fille appelle pour savoir si sa mère est arrivée en ambulance. La secrétaire ([[PERSONNE:Patricia]]) : « nom de naissance ? » — « [[PERSONNE:Lombardi]], [[PERSONNE:L-O-M-B-A-R-D-I]], épouse [[PERSONNE:Carrez]] ». « Date de naissance ? » — « le [[DATE_NAISSANCE:trois avril cinquante et un]] ». [[PERSONNE:Patricia]] : « [[DATE_NAISSANCE:03/04/1951]], c'est ça ? » → oui, elle est là, {{box 7}}, pas d'info médicale au téléphone. La fille insiste, laisse son portable : [[TELEPHONE:06 71 28 40 93]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Dijon}}, ligne accueil. En {{1h}} : {{9 appels}}. 4 pour la domiciliation, 2 sur le {{colis de Noël}} des aînés (« c'est pour quand ? » → {{15 décembre}}), 1 erreur (voulait la mairie), 1 qui raccroche direct, 1 dame qui pleure parce que son chauffage est coupé. L'agent garde la dame {{20 min}} au bout du fil.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Doubs}}, {{23h40}}. Appel d'une femme, sur haut-parleur, bébé qui pleure derrière. Dort dans la voiture sur le parking du {{Leclerc}} de {{Pontarlier}} avec son compagnon et la petite. L'écoutant ([[PERSONNE:Baptiste]]) demande la plaque pour la maraude : « [[IMMATRICULATION:FG-218-KX]] » — le compagnon crie derrière « non KS, K S ! » → [[IMMATRICULATION:FG-218-KS]]. Nom : [[PERSONNE:Ilunga]], prénom [[PERSONNE:Grâce]]. Le compagnon : [[PERSONNE:Dylan]]. Maraude {{Croix-Rouge}} prévenue, {{-4°}} cette nuit.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Hervé Mougin]], agent assermenté {{Cpam}} (contrôle d'{{arrêt de travail}}). {{Audincourt}}, {{14h10}}, [[ADRESSE:22 rue des Forges, 25400 Audincourt]]. Assuré absent. La voisine d'en face : « [[PERSONNE:Rui]] ? il est parti au {{Portugal}} voir sa mère ». [[PERSONNE:Hervé]] laisse l'avis de passage, nom sur la boîte : [[PERSONNE:TEIXEIRA R.]] Sorties autorisées {{9h-11h}} et {{14h-16h}} d'après l'arrêt, donc 😬.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf du Doubs}}. Monsieur frontalier (bosse en {{Suisse}}) veut changer de compte pour le versement. L'agente ([[PERSONNE:Lucie]]) explique que ça se fait dans l'espace perso, il insiste pour dicter quand même : « [[IBAN:CH dix-sept... zéro zéro sept six six... zéro zéro zéro un zéro quatre... cinq deux trois huit sept un]] ». [[PERSONNE:Lucie]] note sur son bloc [[IBAN:CH17 0076 6000 1045 2387 1]] « pour l'aider ». Compte suisse, zone {{SEPA}}, ça passe. M. [[PERSONNE:Chopard]], n° alloc [[N_ALLOCATAIRE:0873452]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Besançon}} ({{Jean-Minjoz}}). Patient géorgien, douleur thoracique. L'{{IAO}} appelle l'interprétariat, haut-parleur posé sur le brancard. Interprète : « [[PERSONNE:Nino]] ». Le patient donne son nom, l'interprète épelle : [[PERSONNE:K-A-P-A-N-A-D-Z-E]], prénom [[PERSONNE:Levan]]. Pas de {{carte Vitale}}, un récépissé de l'{{OFII}}, l'IAO recopie le n° {{AGDREF}} [[IDENTIFIANT:2512604819]]. Sa femme ([[PERSONNE:Tamar]]) reste debout à côté, comprend un peu le français.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme téléphonique {{FT}} {{Dijon}}. Casque sur les oreilles, je n'entends que la conseillère. Elle dit « je comprends » {{11 fois}} en {{6 min}} (j'ai compté). Le monsieur a été radié pour absence à un rdv dont il n'a jamais reçu la convocation. Elle ne peut rien faire par tel, renvoie vers le recours. Elle souffle après avoir raccroché.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Belfort}}. Mme [[PERSONNE:Hoxha]] (albanaise, parle bien) vient pour les {{allocations familiales}}. L'agente ([[PERSONNE:Claire]]) lit l'écran : « vos enfants, [[PERSONNE:Arben]] né en [[DATE_NAISSANCE:2012]], [[PERSONNE:Elira]] en [[DATE_NAISSANCE:2015]]... » Mme : « non [[PERSONNE:Elira]] c'est [[DATE_NAISSANCE:2 février 2016]] ». [[PERSONNE:Claire]] : « ah on a une erreur, ça change rien pour les {{AF}} mais je corrige ». Elle scanne l'acte de naissance.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en {{appartement diffus}} du {{CHRS}} à {{Vesoul}}, avec l'éducatrice [[PERSONNE:Gwenaëlle]]. Hébergé : [[PERSONNE:Sékou Camara]], {{24 ans}}, [[ADRESSE:4 rue des Jardins, 70000 Vesoul]]. Appart nickel. Il montre fièrement son contrat d'apprentissage chez {{Marie Blachère}}. [[PERSONNE:Gwenaëlle]] vérifie le détecteur de fumée, ouvre le frigo (« t'as mangé quoi hier ? »). Il rit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Lons-le-Saunier}}. Monsieur âgé veut un compte {{Ameli}} mais n'a pas d'adresse mail. L'agent ([[PERSONNE:Stéphane]]) lui en crée une sur {{laposte.net}} : [[EMAIL:roger.humbert39@laposte.net]]. Le monsieur : « je vais jamais m'en rappeler ». [[PERSONNE:Stéphane]] l'écrit au feutre sur un post-it. [[PERSONNE:Roger Humbert]], {{81 ans}}, né à {{Champagnole}}. Le mot de passe aussi sur le post-it 😬",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} du {{Creusot}}, avec [[PERSONNE:Nathalie Billot]] ({{CESF}}). Dame de {{79 ans}}, Mme [[PERSONNE:Wiśniewska]] (« [[PERSONNE:Visnievska]], mais ça s'écrit avec un W » dit-elle), veuve, {{3e étage}} sans ascenseur, [[ADRESSE:17 rue de la Molette, 71200 Le Creusot]]. Demande de {{portage de repas}}. Le frigo : {{2 yaourts}} et du beurre. [[PERSONNE:Nathalie]] ne dit rien mais coche la case « urgent ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rdv téléphonique {{Caf}} {{Auxerre}}. L'agent ([[PERSONNE:Mickaël]]) appelle le numéro du dossier : messagerie « vous êtes bien chez [[PERSONNE:Aminata]] et [[PERSONNE:Moussa]], laissez un message ». Il laisse un message. {{2 min}} après elle rappelle, donne un autre numéro : « [[TELEPHONE:07.58.12.90.44]], c'est mon nouveau ». [[PERSONNE:Mickaël]] relit « [[TELEPHONE:zéro sept, cinquante-huit, douze, quatre-vingt-dix, quarante-quatre]] » et met à jour. Mme [[PERSONNE:Sissoko]], dossier [[N_ALLOCATAIRE:3318205]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{La Halte}} (rattaché au {{CHRS}}), {{Dijon}}. Café, douches, bagagerie. {{14 casiers}}, tous pleins. Un gars dort la tête sur la table, personne ne le réveille. Au tableau blanc : « PERMANENCE {{MDPH}} {{MARDI 10H}} ». Ça sent le café et la javel.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Poste {{IOA}}, {{Hôpital Nord Franche-Comté}} ({{Trévenans}}). Un médecin de ville appelle pour annoncer un patient : « M. [[PERSONNE:Zerrouki]], [[PERSONNE:Z comme Zoé, E, deux R, O, U, K, I]] ». Date de naissance [[DATE_NAISSANCE:18 décembre 1990]], né à {{Belfort}}. « Son numéro de sécu je l'ai sous les yeux : [[NIR:1 90 12 90 010 238 39]] ». L'{{IAO}} : « il vient comment ? » — « sa femme l'amène ». Le médecin : Dr [[PERSONNE:Ngo Bassa]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Lure}}. Demande d'{{aide à la mobilité}} : le jeune ([[PERSONNE:Théo Mairet]], {{20 ans}}) a trouvé un {{CDD}} à {{Luxeuil}} mais pas de voiture qui roule. Sa vieille {{Clio}} a raté le contrôle technique. La conseillère ([[PERSONNE:Fatima]]) remplit le formulaire : immat [[IMMATRICULATION:BX-731-RD]], devis du {{Garage Jeannin & Fils}} : {{860 €}}. Identifiant [[ID_FRANCE_TRAVAIL:5193702Z]]. « On peut monter jusqu'à... » elle cherche dans l'intranet.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} encore. Attente annoncée « moins de {{5 minutes}} », réelle : {{23 min}} (chronométré par la conseillère elle-même sur l'écran superviseur). À {{11h}} : {{74 appels en attente}}. Les conseillers enchaînent sans pause, le superviseur passe derrière ceux qui dépassent {{8 min}} par appel.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation, {{CCAS}} de {{Besançon}}. Un monsieur + son petit-fils. L'agent ([[PERSONNE:Romain]]) : « nom ? » — « [[PERSONNE:Sarkissian]] » — « avec un C ou un K ? » — le petit-fils : « [[PERSONNE:S.A.R.K.I.S.S.I.A.N]], deux S au milieu ». Prénom [[PERSONNE:Hovsep]] ([[PERSONNE:Romain]] écrit d'abord « [[PERSONNE:Ovsep]] »). Attestation d'élection de domicile valable {{1 an}}. Le petit-fils ([[PERSONNE:Aram]], {{16 ans}}) gère tout.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{prime d'activité}}, {{Dole}}. Contrôleuse : [[PERSONNE:Isabelle Thévenin]]. Allocataire auto-entrepreneur (nettoyage de vitres), M. [[PERSONNE:Rakotomalala]], [[ADRESSE:3 impasse des Mésanges, 39100 Dole]]. Elle demande son {{SIRET}}, il le lit sur son téléphone : « [[IDENTIFIANT:845 120 397 00011]] ». CA du trimestre déclaré {{2 300 €}}, il montre ses factures dans l'appli. Sa fille ([[PERSONNE:Fanja]]) fait ses devoirs sur la table pendant ce temps.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel entre le {{CHRS}} et le {{SIAO 21}}. L'éducateur ([[PERSONNE:Kévin]]) : « je vous appelle pour Mme [[PERSONNE:Haile]], dossier... attendez... [[IDENTIFIANT:21-2024-03817]] ». La coordinatrice : « j'ai [[IDENTIFIANT:21-2024-03871]] » — « non, 17 à la fin ». Ils trouvent. Place en {{pension de famille}} à {{Quetigny}}, passage en commission {{jeudi}}. Mme [[PERSONNE:Haile]] a {{2 enfants}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du mat}}, urgences de {{Mâcon}}. Calme. L'agent des admissions fait un sudoku entre deux entrées. Les pompiers amènent un homme alcoolisé, aucun papier, il chante du {{Johnny}}. L'agent : « un classique ». Dossier ouvert en « {{X Inconnu}} », date de naissance fictive {{01/01/1900}} en attendant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv tel {{FT}} {{Sens}} avec une demandeuse ukrainienne + interprète sur une {{3e ligne}} ([[PERSONNE:Olena]], bénévole d'une asso). Conseiller : [[PERSONNE:Franck Vernier]]. « Nom ? » [[PERSONNE:Olena]] traduit, la dame répond « [[PERSONNE:Kovalenko]] », [[PERSONNE:Olena]] épelle [[PERSONNE:K-O-V-A-L-E-N-K-O]], prénom [[PERSONNE:Iryna]]. Date de naissance : « [[DATE_NAISSANCE:vingt-deux, zéro six, quatre-vingt-un]] ». [[PERSONNE:Franck]] tape [[DATE_NAISSANCE:22/06/1981]]. N° de l'{{APS}} : [[IDENTIFIANT:8904217761]]. Ça coupe 2 fois. {{38 min}} pour une actualisation de situation.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Nevers}}, espace libre-service. Un jeune en {{service civique}} aide les gens sur les {{3 ordis}}. Une jeune maman n'arrive pas à se connecter : mot de passe oublié, le mail de réinitialisation part sur une adresse dont elle n'a plus le code. Boucle infernale. Elle abandonne au bout de {{25 min}} et prend un ticket pour l'accueil.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Mâcon}}, demande de {{CSS}}. M. [[PERSONNE:Diallo]] donne son numéro de sécu de mémoire : « [[NIR:171019934101865]] ». Écran : « clé invalide ». L'agente : « vous êtes sûr de la fin ? » Il sort sa carte : « ah [[NIR:1 71 01 99 341 018 56]], j'inverse toujours ». Né à {{Dakar}}, en France depuis {{1998}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Chalon}} : une voisine s'inquiète pour M. [[PERSONNE:Guyot]], {{88 ans}}, volets fermés depuis {{3 jours}}. L'agente ([[PERSONNE:Laetitia]]) : « l'adresse ? » — « [[ADRESSE:14 rue des Tonneliers]], à côté de chez moi ». [[PERSONNE:Laetitia]] relit « [[ADRESSE:14 rue des Tonneliers, 71100 Chalon-sur-Saône]] », appelle le {{SSIAD}} puis les pompiers. La voisine, Mme [[PERSONNE:Perrin]], laisse son numéro : [[TELEPHONE:03 85 41 27 66]]. Rappel {{45 min}} plus tard : il est à l'hôpital depuis {{vendredi}}, personne n'avait prévenu.",
    ),
]

# Batch 2 (notes 36-70)
NOTES += [
    (
        "cpam",
        "accueil_telephonique",
        "Conseiller {{Cpam}} de la {{Côte-d'Or}} ([[PERSONNE:Yannick]]). Assuré en arrêt, {{IJ}} pas versées, il a changé de banque. Il veut dicter son {{RIB}}. [[PERSONNE:Yannick]] : « je ne peux pas le prendre par téléphone, il faut l'envoyer par la messagerie {{Ameli}} ». Le monsieur le dicte quand même, très vite : « [[IBAN:FR76 3000 4023 1500 0147 8256 193]] ». [[PERSONNE:Yannick]] ne note rien. Après il m'explique : règle anti-fraude, trop de changements de RIB frauduleux. M. [[PERSONNE:Bensaïd]], pas content.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Saône-et-Loire}}, {{21h-23h}}. {{31 appels}}, {{4 places}} attribuées, pour le reste « pas de solution ce soir ». L'écoutant dit la même phrase {{27 fois}}, toujours la même voix douce. Entre deux appels il mange une pomme. Une femme rappelle {{3 fois}}, même réponse.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel {{Caf}} {{Dijon}}, conseillère [[PERSONNE:Anne-Sophie]]. Elle tombe sur le mari : « je suis [[PERSONNE:Ahmed]], le mari de [[PERSONNE:Samira]] ». Elle ne peut rien dire sans l'allocataire ; [[PERSONNE:Samira]] prend le téléphone. Pour recevoir le formulaire elle épelle son mail : « [[EMAIL:s.belkacem21 arobase hotmail point fr]]... [[EMAIL:s point b-e-l-k-a-c-e-m vingt et un]] ». [[PERSONNE:Anne-Sophie]] tape [[EMAIL:s.belkacem21@hotmail.fr]] et relit lettre par lettre. Envoyé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Nevers}}. Vieille dame kabyle, ne parle pas français, son fils traduit. L'agente des admissions : « date de naissance ? » Le fils : « [[DATE_NAISSANCE:1943]]... sur les papiers c'est le [[DATE_NAISSANCE:01/01/1943]], le vrai jour on sait pas ». Nom : [[PERSONNE:AÏT OUALI Tassadit]]. La dame répète son prénom tout bas, l'agente tape « [[PERSONNE:Tasadit]] » avec un s. Personne ne relève.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Mâcon}}, atelier CV collectif. {{8 inscrits}}, {{5 présents}}. L'animatrice projette un CV modèle au nom de « [[PERSONNE:Julie Martin]], {{32 ans}}, assistante de gestion ». Un participant demande s'il peut mettre sa photo de profil {{Facebook}}. Rires. Un autre n'a pas de mail, l'animatrice lui en crée un pendant la pause.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'assistante sociale du {{CCAS}} de {{Belfort}} ([[PERSONNE:Sophie Koenig]]) appelle {{Territoire Habitat}} pour une dette de loyer. « Le locataire c'est M. [[PERSONNE:Nowak]], référence [[IDENTIFIANT:0045 812]] ». Au bout du fil : « je trouve un [[PERSONNE:Novak]] avec un V » — « non, W : [[PERSONNE:N-O-W-A-K]] ». Dette : {{1 870 €}}, plan d'apurement à {{50 €/mois}}. Le {{FSL}} sera sollicité.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences d'{{Auxerre}}, {{18h}}. Ça sonne sans arrêt : familles, {{EHPAD}}, un taxi qui cherche l'entrée. La secrétaire répond « urgences bonjour » en continuant à taper de l'autre main. {{12 appels}} en {{30 min}}. Aucune urgence vitale, tout le monde veut une info.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Montceau-les-Mines}} avec [[PERSONNE:Pascale]] (contrôleuse). Pour vérifier les ressources, elle appelle l'employeur de Mme [[PERSONNE:Da Silva]] devant elle, sur haut-parleur : « Oui c'est [[PERSONNE:Gérard]], des {{Ambulances du Bassin Minier}}, [[PERSONNE:Carla]] travaille chez nous depuis mars, {{24h}} par semaine ». Mme [[PERSONNE:Da Silva]] souffle. N° alloc sur le courrier : [[N_ALLOCATAIRE:5520917]]. Logement : [[ADRESSE:31 cité des Gautherets, 71230 Saint-Vallier]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission, {{CHRS}} {{Le Relais}}, {{Belfort}}. Travailleuse sociale : [[PERSONNE:Inès]]. Femme de {{27 ans}}, violences conjugales, arrivée de {{Mulhouse}} en bus. « Nom ? » « [[PERSONNE:Ndiaye]] » « prénom ? » « [[PERSONNE:Awa]] » « née le ? » « le [[DATE_NAISSANCE:premier août quatre-vingt-dix-sept]] ». [[PERSONNE:Inès]] écrit [[DATE_NAISSANCE:01/08/97]]. Le conjoint, elle dit juste « [[PERSONNE:Momo]] », pas plus. [[PERSONNE:Inès]] n'insiste pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Belfort}}, accueil sur rdv. M. [[PERSONNE:Ferreira]] vient pour son {{ALD}} : son médecin est parti à la retraite, plus de médecin traitant. L'agente ([[PERSONNE:Céline]]) lui donne la liste des {{3 médecins}} qui « prennent peut-être » — « ils disent tous non mais essayez ». Il rit jaune.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère {{FT}} {{Chalon}} ([[PERSONNE:Virginie]]) appelle M. [[PERSONNE:Tran]] pour une offre. « Le numéro que j'ai c'est [[TELEPHONE:06 34 17 82 05]] » — ça sonne chez quelqu'un d'autre (« ah non moi c'est [[PERSONNE:Josiane]] »). Elle vérifie le dossier : il avait écrit [[TELEPHONE:06 34 71 82 05]], 17 / 71 inversés à la saisie. Elle rappelle le bon, il décroche. Offre : cariste chez un sous-traitant de {{Framatome}}. Identifiant : [[ID_FRANCE_TRAVAIL:2287164F]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale du {{CCAS}} de {{Dole}}. On paie {{10 %}} du prix. Aujourd'hui arrivage de yaourts presque périmés, tout part en {{15 min}}. Une étudiante prend surtout des pâtes et du {{comté}} (« le vrai luxe »). Le bénévole à la caisse connaît tout le monde par son prénom mais ne le dit jamais à voix haute.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Chalon}}. L'agente des admissions imprime les étiquettes : « [[PERSONNE:MICHAUD Bernadette]] — {{IPP}} [[IDENTIFIANT:710045823]] — née le [[DATE_NAISSANCE:07/09/1938]] ». Elle en colle une sur le bracelet et relit à la dame : « c'est bien vous ? [[PERSONNE:Bernadette Michaud]], [[DATE_NAISSANCE:sept septembre trente-huit]] ? » La dame : « oui, mais tout le monde m'appelle [[PERSONNE:Dédette]] ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Lons-le-Saunier}}. Un homme veut savoir pourquoi son ex touche l'{{ASF}} alors qu'il paie la pension. L'agent ([[PERSONNE:Loïc]]) : « je ne peux pas vous parler du dossier de Mme [[PERSONNE:Bailly]] ». Le monsieur hausse le ton. Le vigile s'approche, ça se calme. {{4 min}} en tout, [[PERSONNE:Loïc]] a les mains qui tremblent après.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Jura}}. Appel de l'assistante sociale de l'hôpital de {{Lons}} : sortie demain {{11h}} d'un patient à la rue, il faut une place. « M. [[PERSONNE:Bouveret Denis]], {{57 ans}}, diabétique. Vous me rappelez au [[TELEPHONE:03 84 35 60 12]] ou sur mon portable, [[TELEPHONE:0645219873]] ». L'écoutante relit « [[TELEPHONE:06 45 21 98 73]] ». Place proposée à l'accueil de nuit de {{Lons}} pour {{3 nuits}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, appel d'un monsieur né en {{Corse}}. Il dicte : « [[NIR:un, quatre-vingt-trois, dix, deux A, zéro zéro quatre]]... » La conseillère ([[PERSONNE:Jessica]]) : « deux A ? » — « oui, A comme {{Anatole}}, la {{Corse-du-Sud}} ». Il reprend : « [[NIR:cent cinquante-six]], clé [[NIR:zéro sept]] ». À l'écran : [[PERSONNE:SANTONI Jean-Baptiste]], né en [[DATE_NAISSANCE:octobre 1983]] à {{Ajaccio}}. Il voulait sa {{carte européenne}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Vesoul}}. Rdv {{CEJ}}. Jeune homme, [[PERSONNE:Kylian]], {{18 ans}}, casquette à l'envers. Il veut bosser chez {{Stellantis}} à {{Vesoul}} (pièces de rechange) mais n'a pas le permis. Conseiller : [[PERSONNE:Bruno Cuenot]]. [[PERSONNE:Bruno]] : « on commence par le code, ok ? » [[PERSONNE:Kylian]] : « ok chef ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateau tel {{Caf}} {{Belfort}}/{{Montbéliard}} mutualisé. Écran mural : {{43 appels}} en attente, temps moyen {{17 min}}. Une conseillère me dit que le lundi après le versement du {{5}} c'est toujours comme ça. Les questions : « pourquoi j'ai touché moins », « quand est-ce que je touche », « j'ai rien touché ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Nevers}}, quartier du {{Banlay}}, suite à un signalement d'insalubrité. Éducatrice + technicien hygiène. Logement de M. [[PERSONNE:Ould Ahmed]], [[ADRESSE:6 rue Pablo Neruda, 58000 Nevers]] : moisissures dans la chambre des enfants, radiateur électrique qui tourne {{H24}}. Il montre les factures {{EDF}} : {{290 €}} par mois. Propriétaire privé, M. [[PERSONNE:Ravier]], « qui répond jamais ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{IOA}} des urgences de {{Gray}}. L'infirmière de l'{{EHPAD Les Tilleuls}} appelle : une résidente arrive en ambulance. « Mme [[PERSONNE:Jeanne Cretin]], née en [[DATE_NAISSANCE:1929]], {{95 ans}}, chute, je vous faxe le {{DLU}} ». L'IOA demande le médecin traitant : « Dr [[PERSONNE:Lhomme]] ». « [[PERSONNE:L'Homme]] en deux mots ? » — « non, [[PERSONNE:Lhomme]] attaché, L-H-O... ». Le fax arrive {{10 min}} après l'ambulance.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, conseiller indemnisation ([[PERSONNE:Mehdi]]). Mme [[PERSONNE:Pereira]] appelle, son {{ARE}} n'est pas tombée. Identifiant : « [[ID_FRANCE_TRAVAIL:zéro neuf un deux six quatre cinq... B]] ». [[PERSONNE:Mehdi]] voit que le {{RIB}} enregistré est incomplet, il manque un chiffre. Elle relit le sien : « [[IBAN:FR76 1250 6200 4156 2008 7134 266]] ». Il ne peut pas le modifier au téléphone, il lui envoie le lien par mail.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage avec l'équipe du {{SIAO}} à l'hôtel {{Première Classe}} de {{Longvic}}, familles hébergées à la nuitée. {{Chambre 214}} : Mme [[PERSONNE:Mukendi]] et ses {{4 enfants}} dans {{12 m²}}. Micro-ondes posé sur le lavabo. La petite ([[PERSONNE:Divine]]) fait ses devoirs sur le lit. L'intervenante ([[PERSONNE:Charlotte]]) laisse des bons d'achat {{Lidl}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Besançon}}. Usager sourd : l'agente lance la visio avec un interprète {{LSF}}. À l'écran : [[PERSONNE:Margaux]]. Il signe son nom, [[PERSONNE:Margaux]] épelle à voix haute : « [[PERSONNE:P, E, R, N, O, T]]... [[PERSONNE:Guillaume]] ». Num alloc : [[N_ALLOCATAIRE:6011438]]. Petite latence. L'agente parle en regardant l'écran et pas le monsieur, [[PERSONNE:Margaux]] lui fait signe de le regarder, lui.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Deuxième contrôle d'arrêt maladie avec [[PERSONNE:Hervé]] ({{Cpam}}), à {{Valentigney}}. Cette fois l'assuré est là, en jogging, le genou dans une attelle. [[PERSONNE:Hervé]] vérifie l'identité sur la carte : [[PERSONNE:Yilmaz Mustafa]], né le [[DATE_NAISSANCE:12/05/1979]]. Devant la maison, sa voiture ([[IMMATRICULATION:EZ-904-PL]]). [[PERSONNE:Hervé]] pose la main sur le capot en repartant, je n'ose pas demander.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Sens}}. Appel d'une fille qui vit au {{Québec}}, sa mère ({{84 ans}}) ne répond plus depuis {{2 jours}}. Haut-parleur, ça grésille. « Ma mère c'est Mme [[PERSONNE:Lefebvre Monique]], [[ADRESSE:8 avenue Vauban]]... euh non, [[ADRESSE:8 bis avenue Vauban, 89100 Sens]] ». L'agent prend le mail de la fille : « [[EMAIL:nathalie.lefebvre@videotron.ca]] » et envoie la police municipale. Fin d'appel : « merci, merci, merci ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente des urgences pédiatriques, {{Dijon}}. Télé sur {{Gulli}}. {{11 enfants}} et autant de parents épuisés. Distributeur en panne. Une maman a apporté un thermos de café pour tout le monde. L'affichage du temps d'attente est éteint, exprès d'après l'agent.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Réunion de préparation des contrôles, {{Caf}} de la {{Nièvre}}. {{6 contrôleurs}}, chacun {{12 dossiers}} pour la semaine. Les dossiers sont ciblés par un score (« datamining »), personne ne sait vraiment m'expliquer les critères. Un contrôleur : « on voit surtout des mères seules ». Silence.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de l'{{Yonne}}, {{20h15}}. Un passant appelle pour un homme allongé devant la gare d'{{Auxerre}}, qui refuse les pompiers. L'écoutante ([[PERSONNE:Rachida]]) demande le nom, le passant lui demande en criant : « il dit [[PERSONNE:Tonio]]... [[PERSONNE:Antonio]] ». Le passant laisse son numéro : « [[TELEPHONE:06 12... 33]]... attendez je l'ai pas par cœur... [[TELEPHONE:06 12 33 08 79]] ». Maraude du {{Samu social}} envoyée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Vesoul}}. Une maman vient rattacher son bébé. L'agent lit l'écran : « votre fille [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:3 mars]] à {{Vesoul}}, c'est ça ? » — « non, le [[DATE_NAISSANCE:4 mars]] ! » Il corrige, s'excuse deux fois. La mère, Mme [[PERSONNE:Grandjean]], rigole : « à l'hôpital ils s'étaient trompés aussi ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Pontarlier}}. M. [[PERSONNE:Pham]], chauffeur-livreur licencié. L'employeur lui retient un PV reçu avec le camion de la boîte ([[IMMATRICULATION:GJ-452-TC]]) sur le solde de tout compte. La conseillère : « ça c'est les prud'hommes, pas nous ». Identifiant : [[ID_FRANCE_TRAVAIL:3087241M]]. Il a un entretien chez {{Nestlé}} la semaine pro.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Dijon}}, téléphone. La dame donne « mon numéro » : « [[NIR:2 87 03 21 231]]... ». L'agent ([[PERSONNE:Jordan]]) l'arrête : « ça c'est votre numéro de sécu, il me faut le numéro allocataire, {{7 chiffres}}, en haut à droite du courrier ». « Ah... [[N_ALLOCATAIRE:1 9 4 2 0 6 6]] ». Mme [[PERSONNE:Girardot]], née en [[DATE_NAISSANCE:mars 87]] à {{Dijon}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Chenôve}}, demande d'aide facultative. Famille [[PERSONNE:Reinhardt]], voyageurs, stationnés sur l'[[ADRESSE:aire d'accueil de Chenôve, emplacement 9]]. Le monsieur signe d'une croix. L'agente : « [[PERSONNE:Reinhardt]], avec D-T à la fin ? » — « D-T oui, comme {{Django}} » (rires des deux côtés). Aide accordée : {{80 €}} de bons alimentaires.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admissions des urgences de {{Dole}} ({{Louis-Pasteur}}). L'agente demande la mutuelle : « {{Harmonie Mutuelle}}, numéro adhérent ? » La patiente cherche sa carte : « [[IDENTIFIANT:10 384 522 71]] ». L'agente : « il me manque un chiffre » — « [[IDENTIFIANT:103 845 227 1]] » — c'est le même, rires. Finalement on scanne la carte. Mme [[PERSONNE:Prost]], {{71 ans}}, poignet cassé.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du soir au {{CHRS}} de {{Montbéliard}}. {{32 couverts}}. Menu : lentilles et saucisse de {{Morteau}}. Un résident n'en mange pas (halal), on lui fait une omelette sans discuter. Les éducs mangent avec les résidents, même table. Télé allumée sur le match de {{Sochaux}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "J'essaie le {{3949}} moi-même depuis la salle de pause : serveur vocal, « tapez 1, tapez 2 »... {{4 menus}} avant un humain, {{9 min}}. L'humain me conseille de passer par l'appli. Je raccroche.",
    ),
]

# Batch 3 (notes 71-105)
NOTES += [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Montbéliard}}, tel. Mme [[PERSONNE:Demir]] appelle, son mari parle par-dessus (haut-parleur). La conseillère ([[PERSONNE:Audrey]]) vérifie l'identité : « votre date de naissance ? » Mme : « [[DATE_NAISSANCE:quinze mars quatre-vingt]] » — le mari : « non, le [[DATE_NAISSANCE:seize mars]] ! » — Mme : « c'est moi qui sais quand même ». Rires. L'écran dit [[DATE_NAISSANCE:15/03/1980]]. Pour la {{prime à la naissance}} elle redonne son numéro de sécu : « [[NIR:2 80 03 99 208 088 25]] ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Mâcon}}, permanence {{chèque énergie}}. Affiche « ICI ON VOUS AIDE À REMPLIR » mais l'agent est seul, {{7 personnes}} attendent. Une dame a apporté toutes ses factures dans une boîte à chaussures {{Kickers}}. L'agent : « on va y arriver ». Température de la salle : {{16°}}. Ironique.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Belfort}} ({{HNFC}}). Appel de la gendarmerie : accident sur la {{RN19}}, le conducteur arrive avec le {{SMUR}}. Le gendarme donne l'identité : « [[PERSONNE:Vuillermoz Julien]], [[PERSONNE:V-U-I-deux L-E-R-M-O-Z]], né le [[DATE_NAISSANCE:02/10/1995]] », et la plaque du véhicule pour le dossier : [[IMMATRICULATION:FR-117-QB]]. La secrétaire : « FR comme {{France}} ? » — « oui ». Dossier provisoire créé avant même l'arrivée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Auxerre}}, accueil. Un monsieur a oublié son identifiant. L'agente vérifie sa carte d'identité ([[IDENTIFIANT:X4RT7B2K9]]) puis lui lit l'identifiant : « [[ID_FRANCE_TRAVAIL:7 3 0 5 5 1 8 W]] ». Lui : « W comme {{William}} ? » — « oui ». Il recopie [[ID_FRANCE_TRAVAIL:7305518W]] au stylo sur le dos de sa main. M. [[PERSONNE:Konaté]], très poli, remercie {{4 fois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Côte-d'Or}}. Jeune Érythréen, interprète tigrinya via {{ISM}} ([[PERSONNE:Yonas]]). Nom : [[PERSONNE:Tesfaye Ghebremedhin]]. L'écoutante n'arrive pas à l'écrire, [[PERSONNE:Yonas]] épelle deux fois : [[PERSONNE:G-H-E-B-R-E-M-E-D-H-I-N]]. Né le [[DATE_NAISSANCE:1er janvier 2006]], « comme tout le monde » dit l'interprète (date administrative). Rdv à la {{préfecture}} jeudi. Pas de place ce soir, il rappellera à {{17h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ligne des professionnels, {{Cpam}} de l'{{Yonne}}. Une infirmière libérale appelle pour les droits d'un patient : « M. [[PERSONNE:Roy]], [[NIR:188078938726497]] ». La conseillère relit par paquets : « [[NIR:1, 88, 07, 89, 387, 264, 97]] » — c'est ça. Droits fermés depuis {{juin}} : il est passé à la {{MSA}}. Né à {{Sens}} en [[DATE_NAISSANCE:1988]], d'après l'écran.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Chalon}}. {{9h}} pile, le rideau se lève, {{23 personnes}} déjà dehors sous la pluie. Un monsieur en fauteuil passe en premier, personne ne proteste. L'agent d'orientation : « rdv ? non ? borne ! », {{200 fois}} par matinée selon lui.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Dijon}}, obsèques des personnes sans ressources. L'agente ([[PERSONNE:Hélène]]) appelle les pompes funèbres {{PF Monnier & Fils}} : « c'est pour M. [[PERSONNE:Kabeya]], décédé au {{CHU}} mardi, on n'a trouvé aucune famille ». Au bout : « [[PERSONNE:Kabeya]] avec un Y ? » — « [[PERSONNE:K-A-B-E-Y-A]] ». Né en [[DATE_NAISSANCE:1952]]. Finalement un neveu est retrouvé en {{Belgique}} : [[TELEPHONE:+32 475 12 84 60]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Mâcon}}. L'agent de sécurité vient à l'accueil : « la {{Scénic}} grise [[IMMATRICULATION:DK-318-VN]] sur la dépose minute, c'est à qui ? » Personne. Il le répète au micro, {{2 fois}}. Un monsieur sort des toilettes en courant : « c'est ma femme, elle accouche ! » — mauvais bâtiment, la maternité c'est en face.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de jour avec l'équipe mobile du {{CHRS}}, au bord de la {{Saône}} à {{Chalon}}. {{2 camions}} aménagés garés sous le pont. Dans le premier : M. et Mme [[PERSONNE:Popescu]], roumains, camion immatriculé [[IMMATRICULATION:CJ 45 RTM]]. L'éduc ([[PERSONNE:Samuel]]) baragouine le roumain. Dans le second, un homme seul, [[PERSONNE:Gheorghe]], plaque française [[IMMATRICULATION:ck-612-zf]] (tapée en minuscules, pas le temps). Refus d'hébergement, ils prennent les couvertures.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller {{FT}} {{Nevers}} ([[PERSONNE:Arnaud]]) au tel avec Mme [[PERSONNE:Randrianarisoa]]. Elle commence à épeler son nom, il abandonne : « je le copie du dossier ». Pour le mail : « [[EMAIL:tiana tiret du 8 randria tiret du 6 58 arobase yahoo point fr]] ». Il tape [[EMAIL:tiana-randria_58@yahoo.fr]], le mail revient en erreur. C'était l'inverse : [[EMAIL:tiana_randria-58@yahoo.fr]]. Ça part. « Merci monsieur, [[PERSONNE:Tiana]] c'est mon prénom hein, pas mon nom ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Besançon}}, quartier {{Palente}}. La contrôleuse ([[PERSONNE:Marion Lambert]]) demande les relevés bancaires. Mme [[PERSONNE:Essomba]] a tout imprimé. Deux comptes : le sien ([[IBAN:FR76 1027 8085 9000 0204 1770 394]]) et un compte joint avec sa sœur. « Pourquoi un compte joint ? » — « pour la {{tontine}} ». [[PERSONNE:Marion]] note « tontine » et me dit dans la voiture : « je vais devoir expliquer ça à ma cheffe ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Chalon}}, borne {{Ameli}}. Un monsieur imprime son attestation ; la borne sort la sienne + celle de la personne d'avant (papier coincé). L'agent récupère la feuille en trop et la passe au broyeur devant moi. « Ça arrive {{1 fois par semaine}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Besançon}}, bureau des éducs. Planning au mur : « [[PERSONNE:Ali B.]] → {{CAF}} {{lundi}} / [[PERSONNE:Maryse]] → {{CMP}} {{14h}} / « [[PERSONNE:Le Grand]] » → ménage cuisine ». [[PERSONNE:Fred]] (éduc) m'explique que « [[PERSONNE:Le Grand]] » c'est [[PERSONNE:Mickaël]], {{2 m 04}}, tout le monde l'appelle comme ça depuis {{10 ans}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Talant}} pour une aide ménagère. Mme [[PERSONNE:Colette Jeannin]], {{91 ans}}, [[ADRESSE:2 rue du Belvédère, 21240 Talant]]. Elle parle de son aide à domicile, « la petite [[PERSONNE:Océane]] », et de son kiné, M. [[PERSONNE:Bach]] (« comme le musicien »). Elle nous montre le jardin, les {{roses}}, le {{lilas}}. « Et lui c'est {{Minou}} » (le chat, {{17 ans}}).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Lons}}, {{2h}} du matin. Le téléphone de l'{{IOA}} sonne : un homme veut savoir si « c'est grave » une piqûre de guêpe d'il y a {{3 jours}}. L'IOA : « appelez le {{15}} ou votre médecin ». Lui : « le 15 c'est pas vous ? » Elle explique, patiente, {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une mère appelle pour son fils de {{21 ans}}, étudiant à {{Dijon}}. La conseillère : « il faut que ce soit lui ». La mère met le haut-parleur, on entend le fils mal réveillé : « ouais... [[PERSONNE:Lucas]]... [[PERSONNE:Lucas Carvalho]] ». « Votre numéro de sécu ? » — « euh... maman ? » La mère le lit sur la carte : « [[NIR:1 03 02 70 550 127 39]] ». La conseillère accepte quand le fils donne lui-même sa date de naissance, « [[DATE_NAISSANCE:11 février 2003]] », né à {{Vesoul}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de l'{{Yonne}}, tel. Changement d'adresse. M. [[PERSONNE:Bamba]] : « [[ADRESSE:5 rue Émile Zola, 89100 Sens]] ». L'agente ([[PERSONNE:Cindy]]) relit : « [[ADRESSE:5 rue Émile Zola, 89000 Sens]] » — « non, 89 100 ! 89 000 c'est {{Auxerre}} ». Corrigé. N° alloc : [[N_ALLOCATAIRE:4417086]]. Il demande si l'{{APL}} suit. « Oui, avec le nouveau bail ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Dole}}. La conseillère imprime une offre : « offre n° {{182QWLM}}, préparateur de commandes, {{Dole}}, {{11,88 €}}/h ». Le demandeur, [[PERSONNE:Adama Coulibaly]], demande si c'est de nuit. Oui. Il postule quand même. Identifiant : [[ID_FRANCE_TRAVAIL:1540927R]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Doubs}}. Appel du {{CHU}} ({{Minjoz}}) : un patient sortant dit être connu du 115 sous le nom de « [[PERSONNE:Mohamed Said]] ». L'écoutant cherche : il y a un [[PERSONNE:Mohammed Saïd]], un [[PERSONNE:Said Mohamed]] et un [[PERSONNE:Saïd Mouhamed]]. « Date de naissance ? » — « [[DATE_NAISSANCE:12 juillet 1970]] ». C'est le 2e. Né aux {{Comores}}. Place à l'accueil de nuit, {{1 semaine}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Relève de {{13h30}} aux urgences de {{Sens}}. Les IDE se passent les patients : « {{box 2}} la dame de la chute, {{box 4}} M. [[PERSONNE:Leclerc]] la douleur abdo... ». L'agent d'accueil, [[PERSONNE:Nordine]], ajoute : « et le monsieur de la salle d'attente, il est là depuis {{10h}} ». Personne ne le savait.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée avec l'agent assermenté de la {{Cpam}}, {{Haute-Saône}}. {{4 adresses}} prévues, 3 absents (sorties libres autorisées), 1 présent. Bilan en voiture : « on fait beaucoup de kilomètres pour pas grand-chose ». {{87 km}} dans la matinée.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Dijon}}, antenne des {{Grésilles}}. Mme [[PERSONNE:El Idrissi]] met à jour ses coordonnées. L'agent : « portable ? » — « [[TELEPHONE:07 68 43 19 02]] ». « Fixe ? » — « j'ai plus de fixe ». « Mail ? » — « celui de ma fille, [[EMAIL:yasmine.elidrissi@outlook.fr]] ». L'agent hésite : « il vaudrait mieux le vôtre ». Elle n'en a pas. On garde celui de [[PERSONNE:Yasmine]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Besançon}}, pôle {{Planoise}}. Salle d'attente avec des jouets, un aquarium, des flyers pour la {{Banque alimentaire}} et le {{Secours populaire}}. Une ado attend sa mère devant {{TikTok}} sans le son. Les rdv durent {{45 min}}, l'agente en fait {{6 par jour}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv tel {{FT}}, création d'entreprise. M. [[PERSONNE:Enzo Marchetti]], paysagiste auto-entrepreneur à {{Beaune}}, veut cumuler l'{{ARE}} et son chiffre d'affaires. La conseillère demande son {{SIRET}} : « [[IDENTIFIANT:912 387 045 00012]] ». Elle répète en tapant : « [[IDENTIFIANT:neuf cent douze, trois cent quatre-vingt-sept, zéro quarante-cinq]]... » — lui : « et [[IDENTIFIANT:00012]] ». Il parle en même temps qu'il conduit, on entend le clignotant.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Pontarlier}}. « Je cherche mon père, M. [[PERSONNE:Bourgeois]] ». La secrétaire : « j'ai deux [[PERSONNE:Bourgeois]] ce soir. Prénom ? » — « [[PERSONNE:Marcel]] » — « j'ai une [[PERSONNE:Marcelle]]... » — « non, mon père ! [[PERSONNE:M-A-R-C-E-L]], sans E ». Il n'est pas arrivé. {{20 min}} plus tard on comprend : les pompiers l'ont emmené à {{Besançon}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, double écoute avec la formatrice. Elle m'explique la « phrase d'accroche » obligatoire et la « reformulation-validation ». Sur {{5 appels}}, la conseillère reformule {{5 fois}}, valide {{3 fois}}, oublie de dire au revoir une fois (elle s'en veut).",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Dole}}. M. [[PERSONNE:Idrissov]] (tchétchène) a perdu son passeport. L'éduc ([[PERSONNE:Aurore]]) l'aide à faire la déclaration de perte : « le numéro, vous l'avez ? » Il a une photo floue dans son tel : [[IDENTIFIANT:75 4518203]]. [[PERSONNE:Aurore]] relit : « [[IDENTIFIANT:7-5 espace 4-5-1-8-2-0-3]] ? » Oui. Titre de séjour : [[IDENTIFIANT:2504418736]]. Né le [[DATE_NAISSANCE:30.04.1987]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Besançon}}. M. [[PERSONNE:Nguyen Van Hoa]]. L'agente cherche « [[PERSONNE:Hoa]] » en nom de famille, ne trouve rien. Il explique : « [[PERSONNE:Nguyen]] c'est la famille, [[PERSONNE:Van Hoa]] c'est le prénom ». Elle retrouve le dossier, enregistré à « [[PERSONNE:NGUYEN VANHOA]] » en un mot. Elle ne corrige pas (« ça risque de tout casser »).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Chalon}}, jeudi matin. Réunion d'info collective {{Transitions Pro}}. {{14 personnes}}, moyenne d'âge autour de {{50 ans}}, beaucoup d'anciens de l'industrie. Le {{PowerPoint}} plante à la slide 3. Le conseiller continue de mémoire, mieux qu'avec les slides.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Auxerre}}. [[PERSONNE:Delphine]] laisse un message : « Bonjour Mme [[PERSONNE:Sow]], c'est [[PERSONNE:Delphine]] du CCAS, votre dossier {{FSL}} est complet, rappelez-moi au {{03 86 72 20 00}} poste {{4127}} ». Elle raccroche : « elle rappellera pas sur un fixe, elle a plus de crédit ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Dijon}}. Patiente afghane, l'{{IAO}} appelle un interprète dari par téléphone. L'interprète ([[PERSONNE:Mahboob]]) traduit : elle s'appelle [[PERSONNE:Noori]], prénom [[PERSONNE:Zarmina]], « elle ne connaît pas sa date de naissance, elle dit {{30 ans}} environ ». Récépissé de demande d'asile : [[IDENTIFIANT:2101984563]]. L'IAO lit à voix haute « [[IDENTIFIANT:vingt et un, zéro un, quatre-vingt-dix-huit, quarante-cinq, soixante-trois]] » et [[PERSONNE:Mahboob]] : « non, elle a pas dit sa date, ça c'est le numéro » 😅 tout le monde rit.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Auxerre}}. M. [[PERSONNE:Thibault Carré]] vient déclarer la vente de sa voiture ({{1 500 €}}), il a peur que ça lui coupe le {{RSA}}. Il montre le certificat de cession : {{Peugeot 207}}, [[IMMATRICULATION:AX-566-KM]]. L'agent : « c'est du capital, ça compte pas pareil, pas de panique ». Soulagement visible.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Soirée au 115 de la {{Nièvre}}. Il neige. {{Plan grand froid}} déclenché à {{19h}} : {{12 places}} de plus au gymnase, à {{Nevers}}. L'écoutante rappelle tous ceux qui ont eu « pas de solution » dans la journée. Elle en joint {{5 sur 9}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame dicte « [[NIR:1 74 09 99 352 047]]... » La conseillère : « ça commence par un 1, c'est un numéro d'homme, c'est bien le vôtre ? » — « ah non, c'est celui de mon mari, [[PERSONNE:Rachid]] ». Elle dicte le sien : « [[NIR:2 78 05 99 350 112 42]] ». Mme [[PERSONNE:Hamdaoui]], née au {{Maroc}} en [[DATE_NAISSANCE:mai 78]].",
    ),
]

# Batch 4 (notes 106-140)
NOTES += [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de {{Saône-et-Loire}}, tel. Mme [[PERSONNE:Gonçalves]] n'a pas reçu son {{RSA}}. La conseillère ([[PERSONNE:Nathalie]]) voit que le {{RIB}} a été changé la semaine dernière « par internet ». Mme : « j'ai rien changé moi ! » RIB enregistré : [[IBAN:FR76 3000 3017 8600 0503 3829 190]]. Le sien, elle le lit sur le papier de la banque : « [[IBAN:FR76 1780 6004 1204 1288 6520 385]] ». Usurpation probable : [[PERSONNE:Nathalie]] bloque les versements et transmet au service fraude. N° alloc [[N_ALLOCATAIRE:2086731]]. Mme en larmes au bout du fil.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} du {{Creusot}}. Atelier cuisine du mercredi : tarte aux {{myrtilles}}. {{6 résidents}} + {{1 éduc}}. Un ancien pâtissier guide tout le monde. D'habitude il ne parle à personne, là il donne des ordres et tout le monde obéit 😄",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un monsieur ne reçoit plus les mails d'{{Ameli}}. La conseillère ([[PERSONNE:Samia]]) lit l'adresse enregistrée : « [[EMAIL:j.kowalski71 at wanadoo point fr]] ». Lui : « non, c'est [[EMAIL:j.kowalski71@orange.fr]] maintenant, {{wanadoo}} c'est fini depuis longtemps ». Elle corrige. Il précise : « le chiffre c'est pas le département hein, c'est mon année, [[DATE_NAISSANCE:1971]] ». M. [[PERSONNE:Jan Kowalski]], très à cheval sur les détails.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Montbéliard}}. M. [[PERSONNE:Belkacem]] veut devenir chauffeur {{VTC}}. Il a déjà la voiture, une {{Toyota}} hybride ([[IMMATRICULATION:GT-905-AH]]) achetée à crédit. La conseillère ([[PERSONNE:Sylvie]]) tique : « vous l'avez achetée avant la formation ? » Il dit que son cousin fait ça à {{Mulhouse}} et gagne « {{3 000}} par mois ». Identifiant : [[ID_FRANCE_TRAVAIL:4410862C]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Vesoul}}. Appel du {{SAMU 70}} : {{3 victimes}} d'un accident de car scolaire, légères. L'{{IOA}} raccroche et prévient tout le monde, on libère {{3 box}}. L'ambiance change d'un coup, plus personne ne parle fort. Les {{3 ados}} arrivent {{25 min}} plus tard en rigolant presque.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Belfort}}. Monsieur très âgé, malentendant, l'agente crie presque. « Votre nom ? » — « [[PERSONNE:Schmitt]] ! avec deux T ! » « Un numéro pour vous joindre ? » — « celui de ma fille, [[PERSONNE:Brigitte]] : [[TELEPHONE:zéro trois... quatre-vingt-quatre]]... attendez, mes lunettes... [[TELEPHONE:03 84 22 71 58]] ». Inscrit au repas de {{Noël}} des anciens, {{12 €}}. Il viendra avec sa canne.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Vesoul}}. Jeune papa solo, [[PERSONNE:Anthony]], bébé dans le porte-bébé. Il veut ajouter sa fille au dossier. L'agent : « prénom de l'enfant ? » — « [[PERSONNE:Maëlys]] : [[PERSONNE:M, A, E tréma, L, Y, S]] ». « Née le ? » — « le [[DATE_NAISSANCE:9 août]] ». Pour le n° alloc il montre une capture d'écran : [[N_ALLOCATAIRE:7702315]]. Il s'endort presque debout.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Côte-d'Or}}, {{8h10}}. Mme [[PERSONNE:Sahin]] appelle de l'hôtel {{Ibis Budget}} {{Dijon Sud}}, {{chambre 31}} : ils doivent libérer la chambre à {{10h}}, rien pour ce soir. L'écoutante ([[PERSONNE:Maëlle]]) vérifie : « vous êtes avec M. [[PERSONNE:Sahin Murat]] et les enfants [[PERSONNE:Elif]] et [[PERSONNE:Can]] ? » — « oui, et [[PERSONNE:Ayşe]] aussi, la petite » — « je l'ai pas, elle est née quand ? » — « le [[DATE_NAISSANCE:21 novembre]] ». Ajoutée. Reconduction {{3 nuits}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Gray}} avec [[PERSONNE:Véronique Pernot]] (agente assermentée). L'assurée, Mme [[PERSONNE:Lopes]], ouvre en robe de chambre, arrêt pour {{burn-out}}. [[PERSONNE:Véronique]] parle doucement, vérifie l'adresse portée sur l'arrêt : [[ADRESSE:11 rue du Moulin, 70100 Gray]] ✔. {{6 min}}. Dans la voiture : « ceux-là je les déteste ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller {{FT}} de {{Belfort}} ([[PERSONNE:Jérôme Tissot]]) termine son appel : « vous m'envoyez le CV à [[EMAIL:jerome.tissot@francetravail.fr]], [[PERSONNE:T-I-deux S-O-T]] ». « Et si besoin ma ligne directe : [[TELEPHONE:03 84 57 12 39]] ». La demandeuse, Mme [[PERSONNE:Akhtar]], répète tout à voix haute pour son mari qui note à côté.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateau tel {{Caf}} {{Dijon}}. Coupure réseau à {{10h20}}, tous les appels tombent. {{17 conseillers}} qui se regardent. Reprise à {{10h35}}. Le superviseur : « les gens vont rappeler énervés ». Ils rappellent énervés.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Besançon}}. Une maman et son fils de {{4 ans}} (fièvre). Admissions : « nom de l'enfant ? » — « [[PERSONNE:Hoarau]], [[PERSONNE:H-O-A-R-A-U]], c'est réunionnais ». Prénom [[PERSONNE:Noah]], né le [[DATE_NAISSANCE:17/06/2020]]. Elle tend sa {{carte Vitale}} à elle, Mme [[PERSONNE:Payet]] ; l'agente s'étonne du nom, « c'est le nom du papa ». N° sur la carte : [[NIR:2 86 06 97 411 329 01]]. Née à {{Saint-Denis}} de {{La Réunion}}, en [[DATE_NAISSANCE:juin 1986]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec l'éduc du {{CHRS}} ([[PERSONNE:Quentin]]). M. [[PERSONNE:Jacquemin]] vit à l'année dans un mobil-home, [[ADRESSE:camping du Pré Fleuri, emplacement 41]], à {{Champagnole}}. {{280 €}} par mois. Pas d'eau chaude l'hiver. Il refuse le CHRS (« trop de monde »). On fait le point sur son recours {{DALO}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Dijon}}, dossier {{AME}}. Une dame guinéenne, accompagnée d'une bénévole de la {{Cimade}}. L'agent ([[PERSONNE:Laurent]]) : « nom ? » La bénévole : « [[PERSONNE:Camara]], prénom [[PERSONNE:Hawa]] ». Date de naissance : « [[DATE_NAISSANCE:1990]], le jour elle ne sait pas ». Domiciliée au {{CCAS de Dijon}}. Dossier complet sauf la preuve de présence depuis plus de {{3 mois}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{APL}} à {{Dijon}}, quartier {{Fontaine d'Ouche}}. Contrôleur : [[PERSONNE:Stéphane Renaud]]. Locataire : M. [[PERSONNE:Ibrahim Touré]], studio au [[ADRESSE:7 rue de Bourges, 21000 Dijon]]. L'APL est versée au propriétaire, M. [[PERSONNE:Rossi]]. [[PERSONNE:Stéphane]] l'appelle devant nous pour vérifier le bail ; M. [[PERSONNE:Rossi]] relit son {{RIB}} au téléphone : « [[IBAN:FR76 1213 5003 0008 0127 7645 590]] » — c'est bien celui du dossier. Loyer : {{430 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Sens}}, vendredi {{16h}}. Plus personne à l'accueil. L'agente range les flyers et me parle de son métier : {{22 ans}} au CCAS, elle a vu passer {{4 maires}}. « Les gens sont plus pauvres qu'avant, mais plus polis ». Je note.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Dijon}}. Appel du commissariat : ils cherchent un monsieur amené cette nuit, M. [[PERSONNE:Mansouri]]. La secrétaire : « je ne peux rien vous dire au téléphone ». Le policier : « je vous donne son numéro de passeport pour vérifier, [[IDENTIFIANT:19CV48213]] ». Elle refuse quand même et demande une réquisition écrite. « Ça arrive {{2-3 fois}} par semaine ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Le Creusot}}. Bornes tactiles à l'entrée : {{3 écrans}}, dont un en panne. Une dame tape son identifiant sur celui en panne pendant {{2 min}}. Le jeune en service civique vient la débloquer. Au mur, les offres de {{Framatome}}, {{Safran}}, {{Industeel}}, presque toutes en {{CDI}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Commission {{SIAO}} en audio, {{6 participants}}. {{4 dossiers}}. « Dossier 3 : M. [[PERSONNE:Abdelrahman Osman]], soudanais, né le [[DATE_NAISSANCE:1998-03-14]] d'après le titre, réfugié statutaire, titre n° [[IDENTIFIANT:2103347719]] ». Quelqu'un demande « [[PERSONNE:Osman]] c'est le prénom ou le nom ? » Personne ne sait vraiment. Orientation : résidence sociale {{Adoma}} à {{Dijon}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de {{Nevers}}. Un vieux monsieur donne son numéro alloc comme un montant : « [[N_ALLOCATAIRE:trois millions cent quatre-vingt-dix mille quatre cent douze]] ». La conseillère ([[PERSONNE:Élodie]]) ne cille pas : « [[N_ALLOCATAIRE:3190412]], c'est noté ». M. [[PERSONNE:Chevalier]], {{ALS}}, veut savoir pourquoi elle a baissé de {{9 €}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Tekle]] appelle : la pharmacie lui dit que sa {{complémentaire santé solidaire}} n'est pas à jour. La conseillère ([[PERSONNE:Anaïs]]) vérifie : tout est ok côté {{Cpam}}. Elle demande le n° d'adhérent de la mutuelle : « [[IDENTIFIANT:MF 0042 7719]] ». Elle relit : « [[IDENTIFIANT:M, F, zéro zéro quarante-deux, soixante-dix-sept dix-neuf]] ». Le blocage est côté mutuelle. {{11 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} à {{Quetigny}}, résidence autonomie, {{62 logements}}. Loto à {{15h}}, {{24 participants}}. Lots : une plante, des chocolats {{Lindt}}, un bon pour le coiffeur. La directrice tire les numéros au micro. Je gagne un ficus, je refuse, scandale.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv tel {{FT}} {{Dijon}}, demandeur syrien, interprète en trio via {{ISM Interprétariat}}. Conseillère : [[PERSONNE:Mathilde]]. Pour l'identifiant, l'interprète traduit chiffre par chiffre : « [[ID_FRANCE_TRAVAIL:huit, deux, un, zéro, quatre, quatre, sept, lettre S]] ». [[PERSONNE:Mathilde]] : « S comme {{Sophie}} ? » — « S comme {{Syrie}} » répond le monsieur en français, fier de lui. M. [[PERSONNE:Al-Hassan Ahmad]]. Formation {{FLE}} de {{200 h}} proposée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Auxerre}}. Une aide-soignante ([[PERSONNE:Fatou]]) pousse un brancard en chantant. La patiente, Mme [[PERSONNE:Thevenot]], {{93 ans}}, chante avec elle. Elles connaissent toutes les deux les paroles de « {{La Bohème}} » ({{Aznavour}}). Moment suspendu, puis l'alarme d'un scope.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Belfort}}, jeudi après-midi : accueil fermé au public, les agents rattrapent le courrier. Piles de {{400 plis}} par agent. Une agente trie en mode robot, radio allumée sur {{France Bleu}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes, {{Mâcon}}. Mme [[PERSONNE:Ouattara]] remplit avec l'éduc le dossier de cantine : « [[PERSONNE:Moussa]], [[DATE_NAISSANCE:2015]], {{CE2}} ; [[PERSONNE:Fanta]], [[DATE_NAISSANCE:2018]], grande section ». L'éduc : « [[PERSONNE:Fanta]] avec un A à la fin ? » — « oui, comme le {{Fanta}}, la boisson » 😄",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Auxerre}}. M. [[PERSONNE:Haddad]] change d'adresse. L'agent lit l'ancienne à voix haute : « [[ADRESSE:18 rue de Preuilly, 89000 Auxerre]] ». La nouvelle : « [[ADRESSE:3 allée des Peupliers, 89000 Auxerre]] ». L'agent tape « [[ADRESSE:3 allée des Peupliés]] », M. [[PERSONNE:Haddad]] suit l'écran et corrige : « E-R-S ». Ça fait rire l'agent.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère {{FT}} de {{Sens}} en télétravail le vendredi, je l'écoute en visio. Son chat miaule pendant un appel, le demandeur : « c'est votre chat ? » Ça détend tout. Après : « en télétravail c'est mieux pour les appels, moins de bruit ». Durée moyenne : {{14 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Haute-Saône}}. Un jeune appelle : « on m'appelle [[PERSONNE:Tchoupi]] » (l'écoutant sourit). Vrai nom : [[PERSONNE:Kevin Lemaire]], « né le [[DATE_NAISSANCE:trente et un décembre deux mille quatre]] ». {{19 ans}}. Il dort chez un pote à {{Lure}} qui le met dehors ce soir. Portable : [[TELEPHONE:07 81 44 09 26]], « mais j'ai presque plus de batterie ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Joigny}}. Mme [[PERSONNE:Jean-Baptiste]] déclare vivre seule. Pendant l'entretien son téléphone sonne, « [[PERSONNE:Chéri]] ❤️ » s'affiche en grand. Elle décroche et met le haut-parleur sans faire exprès : « [[PERSONNE:Manu]], tu rappelles, je suis avec la Caf ». Le contrôleur ([[PERSONNE:Philippe]]) ne dit rien. Dans son rapport : « appel d'un tiers prénommé [[PERSONNE:Manu]] ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'assistante sociale ([[PERSONNE:Amandine]]) au téléphone avec la {{Banque de France}}, surendettement. « Le dossier de Mme [[PERSONNE:Bertin]], numéro [[IDENTIFIANT:021-5-23-0487]]... » — « j'ai [[IDENTIFIANT:021523487]], sans le zéro ? » — « oui, c'est le même ». Effacement partiel accordé. [[PERSONNE:Amandine]] raccroche et tape du poing sur la table, contente.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Nevers}}. Appel d'un pharmacien de garde : il envoie un patient avec une ordonnance douteuse. L'{{IOA}} : « envoyez-le ». Le patient n'arrivera jamais. Fin de l'histoire, « {{1 fois sur 2}} » d'après l'IOA.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Machado]] veut sa {{carte européenne}} pour l'été au {{Portugal}}. Il commence en portugais : « [[NIR:um, cinquenta e oito]]... pardon : [[NIR:un, cinquante-huit, zéro deux, quatre-vingt-dix-neuf, cent trente-neuf, zéro vingt et un]], clé [[NIR:soixante-treize]] ». La conseillère ([[PERSONNE:Jessica]]) sourit. Né au {{Portugal}} en [[DATE_NAISSANCE:février 1958]], à la retraite depuis {{2020}}. Carte envoyée sous {{15 jours}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Pontarlier}}. Conseiller : [[PERSONNE:Benoît Faivre]]. Mme [[PERSONNE:Dubois-Grenier]] cherche dans la vente. Offre de vendeuse en fromagerie à {{Morteau}}, il lui donne l'adresse pour postuler : {{recrutement@fromagerie-duhaut.fr}}. Elle : « et en {{Suisse}} ça recrute ? » — « chez {{Tissot}} oui, mais il faut l'horlogerie ». Identifiant : [[ID_FRANCE_TRAVAIL:6902347H]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du dispositif « {{logement d'abord}} » à {{Belfort}} : {{8 appartements}} dans le même immeuble, les éducs passent {{2 fois}} par semaine. Aujourd'hui tout le monde est absent sauf un monsieur qui nous offre un café soluble. On parle du match, de la pluie, de rien. « C'est ça le boulot aussi », dit l'éduc.",
    ),
]

# Batch 5 (notes 141-175)
NOTES += [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Doubs}}, tel. Mme [[PERSONNE:Bourquin]], frontalière (elle bosse à {{La Chaux-de-Fonds}}), veut que l'{{ARS}} arrive sur son compte suisse. Elle lit quatre par quatre : « [[IBAN:CH52, 0076, 7000, 0051, 2884, 3]] ». La conseillère ([[PERSONNE:Lucie]]) répète d'une traite « [[IBAN:CH52 0076 7000 0051 2884 3]] » puis lui explique qu'il faut le déposer dans l'espace perso avec le justificatif. N° alloc : [[N_ALLOCATAIRE:0915528]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Chalon}}, {{17h}}. Un groupe d'étudiants infirmiers suit l'{{IOA}} comme des canetons. Elle leur explique l'échelle de tri ({{FRENCH}}) en deux phrases entre deux patients. Un étudiant note tout sur sa main.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Saône-et-Loire}}. Un homme appelle depuis le portable d'un passant. « Je m'appelle [[PERSONNE:Bogdan]]... [[PERSONNE:Bogdan Ionescu]] ». L'écoutant ([[PERSONNE:Thomas]]) : « ce numéro c'est le vôtre ? » — « non, au monsieur ». Le passant reprend le tel : « c'est le mien, [[TELEPHONE:06 58 77 20 13]], mais je vais pas rester ». [[PERSONNE:Thomas]] : « dites-lui d'aller à l'accueil de jour {{Le Pont}}, à {{Mâcon}}, ça ouvre à {{8h30}} ». Le passant répète en criant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Abdoulaye Barry]] : son dossier le dit né le [[DATE_NAISSANCE:01/01/1989]], « non, le [[DATE_NAISSANCE:10 janvier 89]], ils ont mis 01 au lieu de 10 ». La conseillère ([[PERSONNE:Sabrina]]) : « il faut une pièce d'identité, envoyez-la par la messagerie ». Identifiant : « [[ID_FRANCE_TRAVAIL:5 6 2 8 3 0 1 E]], E comme {{Eugène}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Montbéliard}}. Un couple ukrainien ; l'agente ([[PERSONNE:Karine]]) utilise {{Google Traduction}} sur son téléphone, elle parle dans le micro, le tel répond en ukrainien avec une voix de robot. Ça marche à moitié. Nom sur le passeport : [[PERSONNE:SHEVCHENKO Oleksandr]]. L'agente : « comme {{Shevchenko}}, le footballeur ? » — « yes, yes » (il sourit, il a l'habitude). N° du passeport : [[IDENTIFIANT:FX 482917]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Sens}}. Mme [[PERSONNE:Tran Thi Lan]] et son fils [[PERSONNE:Minh]] qui traduit. Elle apporte un {{RIB}} pour changer de compte. L'agent lit : « [[IBAN:FR76 2004 1010 0804 5271 9000 235]], c'est {{La Banque Postale}} ? » — le fils : « oui ». Scanné. [[PERSONNE:Minh]] me dit en aparté qu'il traduit pour sa mère depuis ses {{9 ans}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Dijon}}, {{plateforme seniors}}. Canicule : les agents appellent les {{1 200}} personnes inscrites sur le registre. Script : « bonjour, vous buvez bien ? vous avez un ventilateur ? » Une dame répond qu'elle boit surtout du vin blanc. L'agente : « de l'eau aussi, hein ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Besançon}}. Une maman appelle : son fils, amené par les pompiers depuis le lycée, est allergique à la pénicilline. « [[PERSONNE:Yanis Cherif]], [[PERSONNE:C-H-E-R-I-F]], {{16 ans}} ». Date de naissance : « [[DATE_NAISSANCE:vingt-neuf février deux mille huit]] ». La secrétaire : « [[DATE_NAISSANCE:29 février]], année bissextile, ok ». La mère laisse son numéro au travail : [[TELEPHONE:03 81 25 64 90]] poste {{212}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateau {{3646}} de {{Mâcon}}, pause de {{10h30}}. Dans la salle de pause, les conseillers comparent leurs « pires appels » de la semaine. Champion : un monsieur qui voulait se faire rembourser les croquettes de son chien. « Il était sérieux ». Rires.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} d'{{Auxerre}}. Un résident, M. [[PERSONNE:Winterstein]], demande une place de parking : l'éduc ([[PERSONNE:Nadia]]) note la plaque pour le badge, [[IMMATRICULATION:6213 ZT 89]] (vieille plaque, « c'est une voiture de collection » dit-il). [[PERSONNE:Nadia]] : « elle roule encore ? » — « comme au premier jour ». L'assurance est au nom de son frère, [[PERSONNE:Tony]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Nevers}} avec [[PERSONNE:Jean-Marc]] (contrôleur). Pour vérifier que l'aîné est scolarisé ({{AF}} + {{ARS}}), il appelle le lycée {{Raoul-Follereau}} devant l'allocataire, sur haut-parleur : « je cherche [[PERSONNE:Ilyes Amrani]], né le [[DATE_NAISSANCE:05/09/2007]] » — « oui, en 1re {{STMG}} ». Mme [[PERSONNE:Amrani]] : « je vous l'avais dit ». N° alloc : [[N_ALLOCATAIRE:6630184]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Dijon}}, espace libre accès. {{10 ordis}}, {{2 imprimantes}}. Un monsieur imprime {{40 CV}} d'un coup, l'imprimante s'enraye. L'agent : « 5 max la prochaine fois ». Le monsieur : « mais je dépose partout ». Dialogue de sourds, courtois.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Beaune}}. Mme [[PERSONNE:Girard]], {{86 ans}}, et son petit-fils [[PERSONNE:Hugo]], pour la téléassistance. L'agente : « votre adresse ? » Mme : « [[ADRESSE:12 rue Paradis]] » — [[PERSONNE:Hugo]] : « Mamie, t'as déménagé, c'est [[ADRESSE:4 rue des Vignes, 21200 Beaune]] maintenant ». « Ah oui ». Contacts en cas d'alerte : [[PERSONNE:Hugo]], [[TELEPHONE:06 29 83 14 57]], et sa mère [[PERSONNE:Sylvie Girard]], [[EMAIL:sylvie.girard21@free.fr]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérification avec [[PERSONNE:Hervé]] ({{Cpam}}) : un assuré se fait rembourser {{3 allers-retours}} par semaine en véhicule perso pour ses dialyses à {{Besançon}}. Sur le formulaire, véhicule [[IMMATRICULATION:EH 227 LR]]. Visite au domicile à {{Ornans}} : la voiture est là. M. [[PERSONNE:Bichet]] : « vous croyez que je fais ça pour le plaisir ? » [[PERSONNE:Hervé]] s'excuse presque.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admissions, urgences de {{Pontarlier}}. « Un numéro de téléphone ? » — « [[TELEPHONE:zéro six, trente, quarante-deux, dix-huit, soixante-quinze]] ». L'agente tape [[TELEPHONE:06 30 42 18 65]] — « non, soixante-QUINZE ». → [[TELEPHONE:06 30 42 18 75]]. Le patient, M. [[PERSONNE:Mercier]], tient sa main entaillée dans un torchon. Scie circulaire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, {{4h}} du matin, {{Dijon}}. Plus un appel depuis {{30 min}}. L'écoutant fait ses transmissions. « La nuit c'est ça : soit rien, soit tout en même temps ». À {{4h17}} ça sonne : erreur, quelqu'un cherchait un taxi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Jura}}, tel. Un monsieur appelle « pour sa femme » : « n° [[N_ALLOCATAIRE:5102763]] ». La conseillère ([[PERSONNE:Sabine]]) : « à quel nom ? » — « [[PERSONNE:Cuenot Laetitia]] ». « Je ne peux parler qu'à elle ». « Elle est sous la douche ». [[PERSONNE:Sabine]] attend. {{2 min}} après : « [[PERSONNE:Laetitia Cuenot]], née le [[DATE_NAISSANCE:24/09/1999]] à {{Lons}} ». Pour être sûre, [[PERSONNE:Sabine]] demande le numéro de sécu, la dame le lit : « [[NIR:2 99 09 39 300 145 30]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un jeune donne son numéro de sécu au lieu de l'identifiant : « [[NIR:1 96 01 71 270 415 59]] ». La conseillère ([[PERSONNE:Coralie]]) : « ça c'est la sécu, il me faut l'identifiant, {{7 chiffres}} et une lettre ». Il fouille ses mails : « [[ID_FRANCE_TRAVAIL:0366194 N]] ». M. [[PERSONNE:Lenny Marchand]], né à {{Mâcon}} en [[DATE_NAISSANCE:janvier 96]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Montbéliard}}, {{Petite-Hollande}}. Famille [[PERSONNE:Bouaziz]], [[ADRESSE:15 rue de Normandie, 25200 Montbéliard]], {{5 enfants}}. La machine à laver a lâché. La {{CESF}} ([[PERSONNE:Lydie]]) regarde le devis de réparation ({{Darty}}, {{340 €}}). Passage en commission la semaine pro. Le plus petit me montre son dessin : un camion de pompiers.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'{{IOA}} des urgences de {{Mâcon}} appelle l'{{EHPAD Les Charmilles}} pour un retour : « Mme [[PERSONNE:Perret Yvonne]], née le [[DATE_NAISSANCE:2 juin 1931]] » — l'aide-soignante au bout : « nous on a [[PERSONNE:Perret Yvette]] » — « ah. [[PERSONNE:Yvette]], pardon ». Retour en {{VSL}} à {{20h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Dole}}, jour de rentrée : plein de questions sur l'{{ARS}}. Affiche faite main : « L'ARS C'EST AUTOMATIQUE, PAS BESOIN DE DEMANDER 🙂 ». Les gens demandent quand même. L'agente répond « c'est automatique » en souriant, {{30 fois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Besançon}}. Jeune créatrice de contenu ({{TikTok}}, {{Instagram}}) qui veut passer en micro-entreprise. La conseillère ([[PERSONNE:Léa]]) demande son compte pour voir : « [[IDENTIFIANT:@naya.makeup25]] ». {{12 000 abonnés}}. La conseillère est impressionnée, moi aussi. [[PERSONNE:Naya Mbemba]], identifiant [[ID_FRANCE_TRAVAIL:7729015A]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ligne pros, {{Cpam}} de {{Saône-et-Loire}}. La secrétaire d'un cabinet médical appelle pour un protocole {{ALD}} bloqué. « Patient : M. [[PERSONNE:Guillot Pascal]], [[NIR:165067107608944]] ». La conseillère (« [[PERSONNE:Ghislaine]], pour vous servir ») relit « [[NIR:1 65 06 71 076 089 44]] », trouve, débloque. Le médecin : Dr [[PERSONNE:Benhamou]]. {{3 min}}, efficace.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du {{CHRS}} à {{Sens}}, parking de la zone commerciale. Un camping-car déglingué, plaque [[IMMATRICULATION:BN-337-WF]]. Dedans, M. [[PERSONNE:Fernandes]] et son chien {{Rex}}. Il bosse en intérim chez un transporteur et dort là pour économiser. Il refuse le CHRS à cause du chien. L'éduc ([[PERSONNE:Aurélien]]) lui laisse le numéro de l'accueil de jour, qui accepte les chiens.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de {{Côte-d'Or}}. Un allocataire mécontent : « donnez-moi votre nom, je vais me plaindre ». La conseillère, calme : « [[PERSONNE:Aubert]], [[PERSONNE:A-U-B-E-R-T]], [[PERSONNE:Julie]] ». Il note. « Et votre matricule ? » — « on n'a pas de matricule, monsieur ». M. [[PERSONNE:Lacroix]], dossier [[N_ALLOCATAIRE:2247019]]. Après, [[PERSONNE:Julie]] : « ils le notent, et au final ils écrivent jamais ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Lons-le-Saunier}}, dimanche midi. Plateaux-repas pour les patients en attente : purée-jambon. Un patient là depuis {{7h}} pleure en mangeant. L'aide-soignante lui pose la main sur l'épaule sans rien dire.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Vesoul}}. L'agente ([[PERSONNE:Christelle]]) appelle la {{Cpam}} pour un usager domicilié : « M. [[PERSONNE:Kurt]], domicilié chez nous, attestation n° [[IDENTIFIANT:DOM-2024-0318]] ». Le conseiller répète « [[IDENTIFIANT:D-O-M, 2024, 0318]] » — il n'a pas de champ pour ça. Ils rient. Le courrier de M. [[PERSONNE:Kurt]] arrivera donc au CCAS.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nevers}}. Mme [[PERSONNE:Moreau]], {{55 ans}}, veut comprendre un relevé de remboursements. L'agent ([[PERSONNE:Rémi]]) : « votre numéro ? » Elle le récite comme un poème : « [[NIR:deux, soixante-neuf, zéro quatre, cinquante-huit, cent quatre-vingt-quatorze, zéro soixante-treize, quatre-vingt-cinq]] ». « Je le connais par cœur », elle était infirmière. Née à {{Nevers}} le [[DATE_NAISSANCE:19 avril 1969]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Vesoul}}, conseil de la vie sociale. {{9 présents}}. Ordre du jour : le wifi (nul), les horaires de la cuisine, un chat errant que certains nourrissent. Vote à main levée pour garder le chat : unanimité. Il s'appellera {{Patate}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant, {{FT}} {{Auxerre}} : la gérante de la boulangerie {{Au Pain d'Antan}} veut des nouvelles du candidat [[PERSONNE:Ruben Lopes]]. « Rappelez-moi au magasin, {{03 86 51 40 22}}, ou sur mon portable, [[TELEPHONE:06 87 19 22 40]], demandez [[PERSONNE:Gisèle]] ». La conseillère ([[PERSONNE:Marina]]) transmet au candidat dans la foulée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Auxerre}}, {{Sainte-Geneviève}}, [[ADRESSE:bât. C, 8 avenue de la Tour, 89000 Auxerre]]. Sur l'interphone : « [[PERSONNE:DIARRA]] / [[PERSONNE:KEITA]] ». Mme [[PERSONNE:Keïta]] ouvre : « [[PERSONNE:Diarra]] c'est l'ancien locataire, il a jamais enlevé son nom ». Le contrôleur ([[PERSONNE:Yves]]) demande la date du bail et photographie l'étiquette. « Des étiquettes comme ça, j'en vois {{3 par jour}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, fin de journée. La conseillère a une liste de « mots interdits » scotchée sous l'écran : « impossible », « c'est pas moi », « calmez-vous ». Elle avoue qu'elle dit « calmez-vous » quand même, parfois.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Pontarlier}}. Appel de l'hôpital de {{Neuchâtel}} : transfert d'un patient français hospitalisé là-bas. « M. [[PERSONNE:Grosperrin Didier]], né le [[DATE_NAISSANCE:8.11.1961]] ». Le médecin suisse laisse son numéro : [[TELEPHONE:+41 32 713 45 80]]. L'{{IOA}} répète « [[TELEPHONE:plus quarante et un, trente-deux]]... » et s'arrête : « bon, je l'ai écrit ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Chalon}}, demande de {{bons alimentaires}}. Couple avec {{3 enfants}}. L'agent : « les prénoms des enfants ? » Le père : « [[PERSONNE:Lyam]], [[PERSONNE:Nolan]], [[PERSONNE:Jade]] ». La mère : « [[PERSONNE:Jade-Rose]] ! » Le père : « oui bon, [[PERSONNE:Jade-Rose]] ». N° alloc pour le quotient : [[N_ALLOCATAIRE:4825516]]. Bons de {{60 €}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{CHRS}} de {{Besançon}}, transmission téléphonique du soir entre [[PERSONNE:Sandra]] (jour) et [[PERSONNE:Wilfried]] (nuit). « [[PERSONNE:Jonathan]] est pas rentré, son tel c'est le [[TELEPHONE:07 49 81 36 22]] ». [[PERSONNE:Wilfried]] : « tu me le redis chiffre par chiffre ? » — « [[TELEPHONE:0, 7, 4, 9, 8, 1, 3, 6, 2, 2]] ». Il appelle : messagerie. Retour à {{23h50}}, rien à signaler.",
    ),
]

# Batch 6 (notes 176-208)
NOTES += [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de la {{Haute-Saône}}. M. [[PERSONNE:Gauthier]] veut vérifier que la Caf a le bon compte avant la {{prime de déménagement}}. La conseillère ([[PERSONNE:Amélie]]) ne peut pas le modifier mais peut comparer. Il lit son {{RIB}} morceau par morceau : « code banque [[IBAN:15135]], guichet [[IBAN:00500]], compte [[IBAN:08203617742]], clé [[IBAN:56]] ». [[PERSONNE:Amélie]] : « c'est bien le même que chez nous ». Il raccroche rassuré.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Joigny}}. L'agente ([[PERSONNE:Manon]]) appelle {{EDF}} Solidarité en haut-parleur, Mme [[PERSONNE:Lemoine]] assise à côté. Serveur vocal : « dites votre référence client ». [[PERSONNE:Manon]] articule : « [[IDENTIFIANT:quatre cent douze, cinquante-huit, soixante-dix, trois]] ». Le robot : « je n'ai pas compris ». Elle tape au clavier : [[IDENTIFIANT:412 587 03]]. Un humain après {{12 min}}. Coupure évitée, échéancier sur {{3 mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission au {{CHRS}} de {{Dijon}}. Famille albanaise ; le père parle italien, l'éduc ([[PERSONNE:Giulia]]) aussi, coup de chance. Nom : [[PERSONNE:Krasniqi]], prénoms [[PERSONNE:Besnik]] et [[PERSONNE:Valbona]], les enfants [[PERSONNE:Dua]] et [[PERSONNE:Arlind]]. [[PERSONNE:Giulia]] traduit, tout le monde se détend. Tél du père : [[TELEPHONE:+39 347 218 9054]] (puce italienne).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Casanova]] veut un duplicata de sa {{carte Vitale}}. Il dicte : « [[NIR:1 62 04 2B 033 052]] ». La conseillère : « 2B, B comme... ? » — « B comme {{Bastia}} ! » (fier). Clé : « [[NIR:zéro sept]] ». Né à {{Bastia}} en [[DATE_NAISSANCE:avril 62]], il vit à {{Dijon}} depuis {{1990}} et « l'accent est resté là-bas ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Beaune}}, fin des vendanges. Un saisonnier polonais, [[PERSONNE:Tomasz Zieliński]], veut s'inscrire pour la suite. Il dort dans sa voiture, plaque polonaise [[IMMATRICULATION:WPI 4521K]]. Mail : [[EMAIL:tomek.zielinski@wp.pl]]. La conseillère ([[PERSONNE:Estelle]]) : « une adresse en France ? » — « chez le vigneron, au {{Domaine Jacques Thévenot}} ». Identifiant créé : [[ID_FRANCE_TRAVAIL:9018364T]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Dijon}}, samedi {{23h}}, soir de match au stade {{Gaston-Gérard}}. {{4 supporters}} avec l'arcade ouverte, ils chantent encore. L'agent de sécurité les sépare par couleur d'écharpe. L'{{IOA}} : « on a pas assez de box pour des conneries pareilles ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Nevers}}. Une dame rappelle : « je veux parler à la dame de la dernière fois, [[PERSONNE:Sandrine]]... non, [[PERSONNE:Séverine]]... enfin une blonde ». L'agent : « [[PERSONNE:Séverine Pichon]] ? Elle est en congé jusqu'au {{22}} ». La dame : « alors je rappellerai le 22 ». Elle ne veut parler à personne d'autre.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Chalon}}. M. [[PERSONNE:Mendy]] pour son {{APL}}. L'agente lit : « vous habitez toujours au [[ADRESSE:26 rue Jean Moulin, 71100 Chalon-sur-Saône]] ? » — « non, j'ai déménagé en septembre, j'ai tout déclaré sur le site ». Elle ne voit rien. Il montre la capture d'écran de sa déclaration : [[ADRESSE:9 rue des Prés Saint-Jean, 71100 Chalon-sur-Saône]]. Bug, elle fait remonter.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Dole}}. Accueil sur rdv uniquement depuis {{2022}}. Un monsieur sans rdv se fait refouler poliment par le vigile, il repart sans discuter. L'agent me dit que « {{60 %}} des gens sans rdv repartent sans rien ». Ça me reste en travers.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Territoire de Belfort}}. L'écoutante rappelle un monsieur qui avait laissé un message. Messagerie : « vous êtes bien sur le répondeur de [[PERSONNE:M'Barek]] ». Elle rappelle {{10 min}} plus tard, il décroche : « [[PERSONNE:M'Barek Ouahbi]], [[PERSONNE:M apostrophe B-A-R-E-K]] ». Place à l'accueil de nuit de {{Belfort}}, à partir de {{19h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Dole}}, rappel. La conseillère ([[PERSONNE:Agathe]]) lit l'identifiant pour vérifier : « [[ID_FRANCE_TRAVAIL:2905471J]] ? » Le monsieur, ancien militaire : « [[ID_FRANCE_TRAVAIL:deux neuf zéro cinq quatre sept un, Juliett]] ». Elle rit. M. [[PERSONNE:Lambert]], reconversion après {{15 ans}} dans l'armée. Il vise la {{SNCF}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} à {{Lure}} avec [[PERSONNE:Nicolas]] (contrôleur). M. [[PERSONNE:Boulanger]] déclare {{0 €}} de ressources. Sur la table, les relevés : des virements réguliers de {{150 €}} venant du compte [[IBAN:FR76 1090 7000 0123 0194 5871 624]]. « C'est ma mère, elle m'aide ». [[PERSONNE:Nicolas]] note. Dans la cour, un utilitaire siglé « {{Boulanger Rénovation}} », [[IMMATRICULATION:FM-208-XC]]. « C'est à mon cousin ». Soupir du contrôleur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admissions, urgences de {{Vesoul}}. Mme [[PERSONNE:Richard]], {{84 ans}}, désorientée. L'agente appelle sa fille au numéro noté dans son sac, [[TELEPHONE:03 84 76 19 03]], haut-parleur. La fille donne tout de mémoire : adresse [[ADRESSE:2 chemin des Grands Bois, 70000 Navenne]], mutuelle {{MGEN}} n° [[IDENTIFIANT:207451883]], médecin traitant Dr [[PERSONNE:Fuchs]]. « Elle va bien ? » — « elle est là, elle vous entend ». « Maman ! »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateau {{3646}} de {{Besançon}}. Une nouvelle conseillère en binôme : elle écoute, l'ancienne parle. Au {{3e appel}} elles échangent. La nouvelle oublie de vérifier l'identité, l'ancienne lui glisse un post-it « IDENTITÉ !!! ». Elle rougit, se rattrape.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez une ancienne résidente relogée (suivi {{3 mois}}), avec l'éduc ([[PERSONNE:Jordane]]). Mme [[PERSONNE:Aubry]], [[ADRESSE:appt 12, 5 rue Gambetta, 58200 Cosne-Cours-sur-Loire]]. Elle montre fièrement le canapé trouvé sur {{Leboncoin}}. Sa fille ([[PERSONNE:Inaya]], {{6 ans}}) a sa chambre, « la première de sa vie ». [[PERSONNE:Jordane]] note : « tout va bien ». En partant elle pleure un peu, [[PERSONNE:Jordane]] aussi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec la {{CESF}} du {{CCAS}} de {{Chalon}} chez un monsieur atteint du syndrome de {{Diogène}}. On entre à peine. Journaux jusqu'au plafond, {{30 ans}} d'accumulation. Il parle de chaque pile avec tendresse. La CESF ne parle pas de tout jeter : « on commence par la cuisine, d'accord ? » Il dit d'accord. Premier pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de {{Montbéliard}}. M. [[PERSONNE:Lefranc]] donne son mail : « [[EMAIL:patrick point lefranc tiret dix-neuf cinquante arobase sfr point fr]] ». La conseillère ([[PERSONNE:Audrey]]) : « comme l'année ? » — « non, comme le prix de ma première mobylette ! » Rires. Elle tape [[EMAIL:patrick.lefranc-1950@sfr.fr]]. « Vous pouvez m'appeler [[PERSONNE:Patrick]], hein ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Chalon}}, rdv commun avec {{Cap emploi}}. M. [[PERSONNE:Thiébaut]], {{RQTH}} depuis peu, ne peut plus porter de charges. Il donne son n° de dossier {{MDPH}} : [[IDENTIFIANT:71-2023-014582]]. La conseillère Cap emploi ([[PERSONNE:Valérie]]) répète en tapant : « [[IDENTIFIANT:soixante et onze, deux mille vingt-trois, zéro quatorze, cinq cent quatre-vingt-deux]] ». Identifiant FT : [[ID_FRANCE_TRAVAIL:1093384G]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lons-le-Saunier}}, après la commission des aides. L'agente prépare le virement de l'aide au loyer directement au propriétaire privé de Mme [[PERSONNE:Mathieu]] : M. [[PERSONNE:Poulain]], {{RIB}} [[IBAN:FR76 3000 2008 4100 0007 1293 481]]. Montant : {{250 €}}. Elle vérifie le RIB {{3 fois}} : « une fois j'ai fait une erreur, l'argent est parti chez un inconnu ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Trévenans}}. M. [[PERSONNE:Aydın]], {{67 ans}} ; son petit-fils [[PERSONNE:Efe]] traduit. Carte de résident : [[IDENTIFIANT:2509871244]]. L'agente : « un téléphone ? » — [[PERSONNE:Efe]] : « le mien, [[TELEPHONE:07 62 05 38 91]], mon grand-père il répond jamais ». Le grand-père proteste en turc, tout le monde comprend quand même.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Chalon}}. L'éduc ([[PERSONNE:Hakim]]) appelle la {{Caf}} avec M. [[PERSONNE:Perrot]], haut-parleur. Conseillère Caf : « numéro allocataire ? » — M. [[PERSONNE:Perrot]] : « [[N_ALLOCATAIRE:zéro six, quatre-vingt-un, vingt-deux, neuf]] ». « Date de naissance ? » — « [[DATE_NAISSANCE:douze janvier soixante-dix]] ». Dossier {{RSA}} suspendu faute de déclaration trimestrielle. [[PERSONNE:Hakim]] la fait avec lui en direct.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Dijon}}. Des jumeaux, [[PERSONNE:Rayan]] et [[PERSONNE:Bilal Khelifi]], nés à {{Chenôve}} le [[DATE_NAISSANCE:7 mai 1993]]. Leurs dossiers sont mélangés : les remboursements de l'un arrivent chez l'autre. L'agent compare : [[NIR:1 93 05 21 166 071 40]] et [[NIR:1 93 05 21 166 072 39]]. « Y a presque rien de différent ! » Ils rient, ils ont l'habitude depuis l'école.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}}, campagne d'appels sortants « remobilisation » : des jeunes inscrits qui ne répondent plus. La conseillère en appelle {{20}}, {{3}} décrochent, {{1}} raccroche dès qu'il entend « {{France Travail}} ». Elle : « c'est normal, pour eux on est les sanctions ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Besançon}}. Mme [[PERSONNE:Abdallah]] : son nom est écrit « [[PERSONNE:Abdalla]] » sur le titre de séjour, « [[PERSONNE:Abdellah]] » sur l'acte de naissance, et « [[PERSONNE:Abdallah]] » à la Caf. Le dossier bloque. L'agente ([[PERSONNE:Fanny]]) : « lequel est le vrai ? » — « les trois » 🤷. Titre de séjour n° [[IDENTIFIANT:2503318820]]. Remonté au service juridique.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Appel via {{Rogervoice}} : une assurée sourde tape, une voix de synthèse lit. La conseillère ([[PERSONNE:Nadia]]) parle lentement (inutile, c'est transcrit). Mme [[PERSONNE:Delorme]] écrit son numéro de sécu d'un bloc et la voix le lit comme un montant : « [[NIR:deux cent soixante-quatre billions cent vingt-cinq milliards huit cent huit millions six cent onze mille neuf cent soixante-trois]] ». Fou rire de la conseillère, micro coupé. Née en [[DATE_NAISSANCE:décembre 64]] à {{Cosne}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Côte-d'Or}}. Une jeune femme, {{22 ans}}, hébergée chez une copine qui ne peut plus la garder. « Je suis au [[ADRESSE:41 boulevard Voltaire, Dijon]] jusqu'à demain ». L'écoutant ([[PERSONNE:Baptiste]]) relit : « [[ADRESSE:41 boulevard Voltaire]], c'est ça ? » — « oui ». Nom : [[PERSONNE:Manon Vidal]], née le [[DATE_NAISSANCE:3 juillet 2001]] à {{Montbéliard}}. Rappel demain {{10h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Nevers}}, salle d'attente. L'écran diffuse en boucle une vidéo sur « les métiers qui recrutent » : aide-soignant, cariste, boucher. Un monsieur, boucher de métier, regarde et dit à voix haute « ben alors pourquoi personne m'embauche ». Rires gênés.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Saint-Florentin}}. Appel de M. [[PERSONNE:Florentin]] (oui, comme la ville, il le dit lui-même en riant). Il demande l'aide au transport pour aller à sa dialyse à {{Auxerre}}. L'agente ([[PERSONNE:Corinne]]) : « vous êtes né quand ? » — « le [[DATE_NAISSANCE:4 septembre 1947]] ». « Adresse ? » — « [[ADRESSE:3 ruelle des Fossés, 89600 Saint-Florentin]] ». Elle le connaît déjà, tout le monde le connaît.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Sens}}. Une femme appelle pour son mari hospitalisé le mois dernier : « son numéro de patient c'est l'{{IPP}} [[IDENTIFIANT:890 124 577]], il revient ce soir, même problème ». La secrétaire relit « [[IDENTIFIANT:huit cent quatre-vingt-dix, cent vingt-quatre, cinq cent soixante-dix-sept]] » et retrouve M. [[PERSONNE:Dumont]]. Dossier prêt avant l'arrivée.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile au {{Creusot}} avec l'agent assermenté ([[PERSONNE:Pierre-Yves]]). Assurée présente : Mme [[PERSONNE:Da Costa]], arrêt pour dépression. [[PERSONNE:Pierre-Yves]] lit l'identité sur son listing, à voix basse : « [[NIR:2 75 10 71 153 037 26]], née le [[DATE_NAISSANCE:13 octobre 1975]] ». Elle confirme d'un signe de tête. Elle a préparé du café, on refuse, elle insiste, on accepte. {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Pontarlier}}, inscriptions au {{colis de Noël}}. Mme [[PERSONNE:Vuillet]] épelle son nom pour l'agent : « [[PERSONNE:V-U-I-deux L-E-T]] », et demande qu'on écrive à sa nièce, [[EMAIL:clara.vuillet@gmail.com]], « parce que moi l'ordinateur... ». L'agent : « et un téléphone ? » — « [[TELEPHONE:03 81 39 14 70]], mais je suis souvent chez ma sœur à {{Morteau}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Doubs}}, rappel. M. [[PERSONNE:Jeanneret]], frontalier, a donné un compte suisse qui a été rejeté. La conseillère ([[PERSONNE:Pauline]]) lit ce qui est saisi : « [[IBAN:CH79 0844 0251 8773 0122 5]] ». Il compare avec sa carte : « c'est bon... ». En fait c'est la banque qui refuse les virements sur ce compte épargne. Il doit en donner un autre. N° alloc : [[N_ALLOCATAIRE:3377042]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Pontarlier}}, {{7h}}. Un résident part bosser à la fromagerie à {{5h30}} tous les jours, l'éduc de nuit lui ouvre la porte. Ce matin il a ramené un morceau de {{comté}} pour tout le monde. « {{24 mois}} », précise-t-il.",
    ),
]

# Batch 7 (notes 209-240)
NOTES += [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de la {{Nièvre}}. Une fille appelle avec sa mère à côté, haut-parleur ; la mère donne son accord à voix haute : « oui c'est ma fille, [[PERSONNE:Sonia]], elle peut ». N° alloc [[N_ALLOCATAIRE:8804172]]. L'{{AAH}} est partie sur l'ancien compte. Le conseiller ([[PERSONNE:Grégory]]) : « le compte enregistré finit par [[IBAN:208 051]] ? » — « oui, c'est l'ancien ! Le nouveau je l'ai envoyé le mois dernier : [[IBAN:FR76 2004 1010 0503 3188 4200 244]] ». Pas reçu. Mme [[PERSONNE:Lecomte]] soupire dans le fond.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Besançon}}, rdv téléphonique avec un interprète tamoul ([[PERSONNE:Sivakumar]]) pour M. [[PERSONNE:Tharmalingam]], aide aux frais de cantine. L'interprète épelle : « [[PERSONNE:T-H-A-R-M-A-L-I-N-G-A-M]] ». L'agente : « et le prénom ? » — « [[PERSONNE:Rajeevan]] ». {{2 enfants}} à l'école {{Jean-Macé}}. Décision : exonération à {{50 %}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} d'{{Auxerre}}, accueil femmes. Mme [[PERSONNE:Morel]] arrive en urgence. Elle donne à l'éduc ([[PERSONNE:Clémence]]) la plaque de la voiture de son ex, au cas où il rôderait : « [[IMMATRICULATION:GA-671-BE]], une {{Golf}} noire ». L'ex : « [[PERSONNE:Steeve]], avec deux E ». La plaque part chez le veilleur. Elle reste {{15 jours}} minimum.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un fils appelle pour le décès de sa mère, Mme [[PERSONNE:Chauvin Odette]], née le [[DATE_NAISSANCE:22 août 1955]] à {{Auxerre}}. Il lit le numéro sur la carte : « [[NIR:2 55 08 89 024 061 66]] ». La conseillère ([[PERSONNE:Mélissa]]) présente ses condoléances, deux fois. Elle explique le {{capital décès}} (rien pour lui, elle était retraitée). Il se tait longtemps.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Dijon}}. Mme [[PERSONNE:Ortega]], coiffeuse à domicile en micro-entreprise (son {{SIRET}} : [[IDENTIFIANT:901 773 428 00015]]), veut compléter avec un mi-temps. Mail pro : [[EMAIL:carmen.coiffure21@gmail.com]]. Le conseiller, [[PERSONNE:Olivier]], a un petit {{olivier}} en pot sur son bureau (« c'est pour le prénom »). Identifiant : [[ID_FRANCE_TRAVAIL:4276019D]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Mâcon}}. Mme [[PERSONNE:Lebrun]] tend un courrier d'indu. L'agent lit : « référence [[IDENTIFIANT:IND-71-2024-88120]], votre n° alloc [[N_ALLOCATAIRE:6025873]] ». Elle : « c'est quoi la différence ? » L'agent : « l'un c'est vous, l'autre c'est la dette ». Elle : « super ». Demande de remise de dette, {{780 €}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Besançon}}, {{Planoise}}. Atelier numérique « créer son compte {{Ameli}} » : {{6 personnes}}, {{4 tablettes}}. La plupart n'ont pas accès à leur boîte mail. L'animatrice : « on fait d'abord les mails, Ameli ce sera la semaine prochaine ». Tout le monde rit, c'est la {{3e semaine}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Doubs}}, {{22h}}. Trois jeunes appellent ensemble, haut-parleur, ils parlent tous en même temps. L'écoutante ([[PERSONNE:Léonie]]) : « un par un ! » — « [[PERSONNE:Yassine]] », « [[PERSONNE:Mattéo]] », « [[PERSONNE:Ryan]] ». Pour [[PERSONNE:Mattéo]] elle demande l'année : « [[DATE_NAISSANCE:2006]] » — « non [[DATE_NAISSANCE:2005]], t'es con » dit un autre. Rires. Ils sont à la gare de {{Besançon-Viotte}}. Pas de place pour trois garçons ensemble.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} à {{Digoin}} : demande d'aide pour réparer une voiture, indispensable pour aller travailler à {{Paray}}. Mme [[PERSONNE:Charrier]] nous montre la voiture : {{Twingo}} verte, [[IMMATRICULATION:DS-150-MA]], pare-chocs scotché. Devis : {{640 €}}. Adresse : [[ADRESSE:lieu-dit La Croix Blanche, 71160 Digoin]], pas de numéro, « le facteur connaît ». Passage en commission.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, veille de versement. Une conseillère me montre ses « antisèches » : fiches plastifiées avec les dates de paiement, les plafonds, les numéros utiles ({{3230}}, {{3949}}, {{115}}). « Le 115 on le donne {{3-4 fois}} par jour ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de la pension de famille de {{Quetigny}} avec le {{SIAO}}. {{18 logements}}. M. [[PERSONNE:Garnier]], arrivé il y a {{1 an}} (dossier SIAO [[IDENTIFIANT:21-2023-01142]]), nous fait visiter son studio : [[ADRESSE:studio 7, 12 rue de la Fontaine, 21800 Quetigny]]. Tomates sur le balcon. Il précise qu'il n'y a jamais eu de {{fontaine}} dans la rue.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Louhans}}. L'agente appelle la mairie de naissance, à {{Mayotte}}, pour un acte : « [[PERSONNE:Soilihi Anfane]], née le [[DATE_NAISSANCE:1er mars 1994]] à {{Mamoudzou}} ». Mauvaise ligne, elle répète {{4 fois}} : « [[PERSONNE:S-O-I-L-I-H-I]] ». Le monsieur de la mairie : « on vous l'envoie par mail ». Elle donne l'adresse du service : {{ccas@ville-louhans.fr}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. La conseillère ([[PERSONNE:Lucille]]) vérifie l'identité de M. [[PERSONNE:Pham Van Duc]] avant de parler remboursements : « date de naissance ? » — « [[DATE_NAISSANCE:15/08/1976]] ». « Code postal ? » — « {{21000}} ». « J'ai {{21300}}, vous avez déménagé ? » — « oui, je suis au [[ADRESSE:6 rue Monge, 21000 Dijon]] maintenant ». Mise à jour faite.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Dijon}}. M. [[PERSONNE:Fofana]] veut que les {{AF}} soient versées sur le compte de sa femme. {{RIB}} tendu : titulaire « Mme [[PERSONNE:KOUYATÉ Mariam]] », [[IBAN:FR76 3000 4007 1900 0102 9886 769]]. L'agent : « c'est votre épouse ? » — « oui, nom de jeune fille ». Il faut qu'elle soit allocataire ou que ce soit un compte joint. Il repart avec la liste des pièces.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Nevers}}, bureau des éducs. M. [[PERSONNE:Girardin]] demande à l'éduc ([[PERSONNE:Maxime]]) d'appeler son fils à {{Lyon}} pour son anniversaire, il n'a plus de forfait. Haut-parleur. « Allô [[PERSONNE:Kévin]] ? C'est papa ». Silence, puis « ... salut ». Ils parlent {{4 min}}. [[PERSONNE:Maxime]] sort pour les laisser. Le numéro du fils reste sur un post-it : [[TELEPHONE:06 44 13 87 29]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Montbéliard}}. Une étudiante, [[PERSONNE:Léna Bernardi]], a perdu sa {{carte Vitale}} pour la {{3e fois}}. L'agente lit son numéro pour vérifier : « [[NIR:2 01 07 25 388 204 54]] », et ajoute « donc née en [[DATE_NAISSANCE:juillet 2001]] à {{Montbéliard}}, c'est ça ? » — « comment vous savez ? » L'agente lui explique comment se lit un numéro de sécu. Elle est fascinée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de {{Belfort}}. Appel d'une assistante sociale du département, l'allocataire assise dans son bureau (haut-parleur). « Mme [[PERSONNE:Berisha]], n° [[N_ALLOCATAIRE:2140675]] ». La conseillère Caf : « je confirme, [[N_ALLOCATAIRE:deux millions cent quarante mille six cent soixante-quinze]] ». L'AS : « je note {{RSA}} suspendu, motif ? » — « pièces manquantes ». Mme [[PERSONNE:Berisha]] en fond : « mais j'ai tout envoyé ! »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Dole}}. Un monsieur demande une aide pour des lunettes. L'agent : « votre nom ? » — « [[PERSONNE:Pasteur]] ». « Comme {{Louis Pasteur}} ? » (on est à {{Dole}}, forcément) — « pas de la famille, hélas ». Devis {{Optic 2000}} : {{210 €}}. Aide accordée : {{100 €}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Jura}}. Une mère appelle pour son fils de {{30 ans}}, à la rue à {{Dole}} : « [[PERSONNE:Jérémy Cattin]], il a plus de téléphone, rappelez-moi moi, [[TELEPHONE:06.11.47.82.30]] ». L'écoutant relit : « [[TELEPHONE:zéro six, onze, quarante-sept, quatre-vingt-deux, trente]] ». « Il passe à l'accueil de jour le matin ». L'écoutant note, ne promet rien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Autun}}. M. [[PERSONNE:Delaunay]] a un {{CDI}} à {{Étang-sur-Arroux}} mais sa voiture est en panne. Aide à la réparation : la conseillère ([[PERSONNE:Hélène]]) recopie la carte grise, [[IMMATRICULATION:CW-804-PT]], au nom de sa compagne, [[PERSONNE:Sabrina Roche]]. « Il faut que le véhicule soit à votre nom, ou qu'elle fasse une attestation ». Identifiant : [[ID_FRANCE_TRAVAIL:5530218V]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Dijon}}, rdv avec interprète {{ISM}} par téléphone (dari). M. [[PERSONNE:Stanikzai]], réfugié, ouverture de droits {{RSA}}. L'interprète ([[PERSONNE:Wahid]]) traduit les questions une par une. Date de naissance : « [[DATE_NAISSANCE:1370]] », puis l'interprète : « calendrier persan, ça fait [[DATE_NAISSANCE:1991]] ». « Sur le titre c'est le [[DATE_NAISSANCE:01/01/1991]] ». Titre n° [[IDENTIFIANT:2101773409]]. {{45 min}} pour un dossier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Montceau}}. Appel de la {{Pharmacie du Centre}} : un monsieur présente un bon du CCAS pour des médicaments. « M. [[PERSONNE:Ribeiro]], bon n° [[IDENTIFIANT:B-0457]], c'est bien vous qui l'avez fait ? » L'agente ([[PERSONNE:Stéphanie]]) vérifie : oui, {{35 €}} max. « Il en a pris pour {{52 €}} » — « alors il paie la différence ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un frontalier veut savoir s'il peut passer de la {{LAMal}} à la {{Cpam}} (droit d'option). M. [[PERSONNE:Girod]] donne son mail : « [[EMAIL:f.girod arobase bluewin point ch]] », et son portable suisse : « [[TELEPHONE:+41 79 412 63 08]] ». La conseillère ([[PERSONNE:Annabelle]]) avoue qu'elle connaît mal le dossier frontaliers, elle transfère au service international. {{15 min}} d'attente de plus.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} à {{Tournus}}, demande de téléassistance. M. et Mme [[PERSONNE:Moine]], {{89}} et {{87 ans}}, [[ADRESSE:7 quai du Nord, 71700 Tournus]]. Sur le frigo, une liste de numéros écrits en gros : « [[PERSONNE:DOMINIQUE]] [[TELEPHONE:06 72 18 44 09]] / {{POMPIERS 18}} ». Mme : « [[PERSONNE:Dominique]] c'est notre fils, il est à {{Lyon}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Belfort}}. M. [[PERSONNE:Traoré]] appelle son avocate depuis le bureau, haut-parleur, l'éduc à côté. « Maître [[PERSONNE:Benoît]] ? » — « oui, Me [[PERSONNE:Benoît]], bonjour ». Audience à la {{CNDA}} le {{14 mai}}, recours n° [[IDENTIFIANT:23045871]]. L'éduc note la date dans l'agenda collectif, en rouge.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} d'{{Auxerre}}, rdv tel pour une naissance. Mme [[PERSONNE:Bakari]] donne les infos du bébé : « [[PERSONNE:Imran]], né le [[DATE_NAISSANCE:vingt-six octobre]] ». La conseillère ([[PERSONNE:Maud]]) : « [[DATE_NAISSANCE:26/10]], et le nom ? » — « [[PERSONNE:Bakari]] aussi, comme moi, le papa l'a pas reconnu ». Deux secondes de silence. « D'accord ». {{PAJE}} ouverte.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Auxerre}}. M. [[PERSONNE:Leroy]] signale son changement de mutuelle : nouvelle carte {{Apivia}}, n° adhérent [[IDENTIFIANT:AP00731942]]. L'agent active la télétransmission (la liaison {{Noémie}}). Il laisse aussi son mail pour le suivi : [[EMAIL:leroy.bernard@neuf.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Belfort}}, pause déjeuner. Les agents mangent ensemble dans la salle du fond et parlent de tout sauf du travail. Au bout de {{20 min}}, une agente : « bon, la dame de ce matin, vous en pensez quoi ? » Et c'est reparti.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Sens}}. Famille [[PERSONNE:Lagrené]], voyageurs, vient déclarer son lieu de vie pour l'{{APL}} : caravane [[IMMATRICULATION:AR-228-WN]] sur l'[[ADRESSE:aire d'accueil de Sens, place 4]]. L'agent ne sait pas si une caravane ouvre droit à l'APL (réponse : non, mais à d'autres aides). M. [[PERSONNE:Lagrené]] le savait déjà, il voulait « l'entendre dire ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Quetigny}}. M. [[PERSONNE:Brahimi]] laisse ses coordonnées pour le rappel de l'assistante sociale : « [[TELEPHONE:zéro six, double quatre, vingt et un, triple sept]]... non, [[TELEPHONE:double sept, zéro deux]] ». L'agent réécrit : [[TELEPHONE:06 44 21 77 02]], relit, il confirme.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Saône-et-Loire}}, nuit. L'écoutant fait une conférence avec le {{15}} : un homme a appelé, a dit qu'il allait « en finir », puis ne répond plus. Dernier numéro connu : [[TELEPHONE:07 53 90 28 14]]. Nom : « [[PERSONNE:Seb]] », c'est tout ce qu'on a. Le 15 lance la géolocalisation. {{40 min}} plus tard : retrouvé, vivant, aux urgences de {{Mâcon}}. L'écoutant sort fumer.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Dernier appel de la journée, {{16h58}}. M. [[PERSONNE:Giraud]] lit sa feuille de soins : « numéro [[NIR:1 90 12]]... le reste est effacé ». La conseillère ([[PERSONNE:Samia]]) : « date de naissance ? » — « [[DATE_NAISSANCE:30 décembre 1990]] ». « Nom de naissance ? » — « [[PERSONNE:Giraud]], [[PERSONNE:G-I-R-A-U-D]], sans X ». Il voulait juste savoir si son vaccin était remboursé. {{17h01}}, elle se déconnecte.",
    ),
]


if __name__ == "__main__":
    main()
