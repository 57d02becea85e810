"""Independent evaluation corpus n° 71: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind71-001`` …
``ind71-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells (site kind x channel) only, with ``random.Random(71)``. Running this file writes
``dev.jsonl`` and ``holdout.jsonl`` (120 notes each) next to it, byte-identical on every run.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind71"
SEED = 71

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray mark {stray!r} in {text[:60]!r}")
    return text, entities, keep


def build(notes):
    """Turn the tuples into note dicts with ids in writing order."""
    out = []
    for i, (site_kind, channel, marked) in enumerate(notes, start=1):
        text, entities, keep = parse(marked)
        out.append(
            {
                "id": f"{PREFIX}-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return out


def split(cells_by_id):
    """Draw (dev_ids, holdout_ids) from {id: (site_kind, channel)} only."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(set(cells_by_id.values())):
        ids = sorted(i for i, c in cells_by_id.items() if c == cell)
        rng.shuffle(ids)
        half = len(ids) // 2
        dev += ids[:half]
        holdout += ids[half : 2 * half]
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return sorted(dev), sorted(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build(NOTES)
    by_id = {n["id"]: n for n in notes}
    dev_ids, holdout_ids = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    write(HERE / "dev.jsonl", [by_id[i] for i in dev_ids])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


# ---------------------------------------------------------------------------------------------
# The notes, in writing order (ind71-001 first). Each batch is a plain list.
# ---------------------------------------------------------------------------------------------

NOTES_A = [
    (
        "caf",
        "accueil_physique",
        "Bus {{France Services}} garé sur la place de {{Bénévent-l'Abbaye}}, {{9h30}}. Premier "
        "monsieur, [[PERSONNE:Roger Chabrat]], {{81 ans}}, vient pour l'{{APL}} de sa petite-fille "
        "qu'il héberge depuis l'été. Il a tout dans une pochette {{Leclerc}}. L'agente "
        "([[PERSONNE:Nadège]]) cherche avec lui le n° alloc : [[N_ALLOCATAIRE:2871543]]. Il dit "
        "\"moi l'ordinateur je connais pas, c'est ma voisine qui fait\".",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme tel {{Cpam}} {{Vichy}}. Sur l'écran mural : {{23 appels}} en attente, temps "
        "moyen {{11 min}}. Le conseiller enchaine sans pause. Bcp d'appels pour {{Ameli}} (mot de "
        "passe perdu, code par SMS qui n'arrive pas). Il me dit que le lundi c'est tjrs comme ça.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile avec [[PERSONNE:Sylvie]] ({{CCAS}}) chez Mme [[PERSONNE:Vergnaud]], "
        "{{87 ans}}, ferme isolée [[ADRESSE:lieu-dit Le Theil, 23400 Saint-Pierre-Chérignat]]. Pas "
        "de numéro, le GPS nous envoie dans un chemin de terre 🙄. Elle est seule depuis le décès "
        "de son mari [[PERSONNE:Marcel]]. Le voisin, M. [[PERSONNE:Ribière]], passe tous les "
        "jours avec le pain. Dossier {{APA}} à refaire. Plus de téléphone fixe depuis la fin du "
        "cuivre, elle a un portable à clapet qu'elle ne sait pas recharger.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Montluçon}}, accueil. Jeune homme {{22 ans}}, son actualisation a "
        "planté. La conseillère, Mme [[PERSONNE:Boukhalfa]], lui demande son identifiant : "
        "[[ID_FRANCE_TRAVAIL:4829175L]]. Il l'avait noté dans les notes de son tel. \"Vous êtes "
        'bien [[PERSONNE:Kevin Dumas]] ?" - "oui". Elle refait l\'actu avec lui sur le poste en '
        "libre service. {{6 minutes}} en tout.",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES {{Aurillac}} ({{CH Henri Mondor}}). {{14h10}}. Agriculteur amené par son fils, "
        'main entaillée avec une tronçonneuse 😬. {{IAO}} : "nom ?" - "[[PERSONNE:Bouscarat '
        'Jean-Louis]]". Né le [[DATE_NAISSANCE:04/09/1961]]. Ils ont fait {{45 min}} de route '
        "depuis {{Salers}}, le fils a conduit la [[IMMATRICULATION:DX-418-QF]] pied au plancher. "
        "Bracelet imprimé avec IPP [[IDENTIFIANT:0015428836]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Ecoute {{115}} du {{Puy-de-Dôme}}, {{20h}}. Appel d'une femme avec {{2 enfants}}, dans sa "
        "voiture sur le parking de l'{{Intermarché}}. L'écoutante ([[PERSONNE:Aïcha]]) prend le "
        "nom : [[PERSONNE:Oksana Melnyk]], née en [[DATE_NAISSANCE:1991]]. Plus de place sur "
        "{{Clermont}} ce soir. On lui propose un hôtel à {{Riom}} mais elle n'a plus d'essence. "
        "Long silence au tel. [[PERSONNE:Aïcha]] reste en ligne {{20 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle sur place {{Caf}} {{Cantal}} avec le contrôleur [[PERSONNE:Thierry]]. {{1h10}} "
        "de route aller. Maison de bourg [[ADRESSE:7 rue de la Gare, 15400 Riom-ès-Montagnes]]. "
        "Allocataire Mme [[PERSONNE:Lavigne]], {{RSA}} majoré. Le contrôleur regarde qui vit là : "
        "une 2e brosse à dents, des chaussures d'homme {{taille 44}}. Elle dit que c'est son frère "
        "[[PERSONNE:Didier]] qui passe le week-end. [[PERSONNE:Thierry]] note tout dans le "
        "formulaire sans commenter. N° alloc [[N_ALLOCATAIRE:1537842]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Moulins}}. Borne à l'entrée, ticket {{B027}}. {{12 personnes}} "
        'assises. Une dame demande à voix haute si on peut avoir une carte vitale "pour le chien" '
        "(elle plaisante je crois). Rires dans la salle. Agent très calme, il lui répond qu'il "
        "faudrait d'abord que le chien cotise.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél {{France Travail}} {{Mende}}. Appel d'un homme de {{Marvejols}}, ex salarié agricole, "
        "qui n'a pas reçu son paiement. Le conseiller [[PERSONNE:Julien Rouvière]] demande "
        "l'identifiant, l'homme lit lentement : \"[[ID_FRANCE_TRAVAIL:4510882 F]]\". C'est M. "
        "[[PERSONNE:Pagès]]. Il manque l'attestation employeur, c'est la {{MSA}} qui devait... "
        "Il n'a pas internet, la fibre arrive pas à son hameau. [[PERSONNE:Julien]] lui envoie "
        "le formulaire par courrier. Courrier !",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Cosne-Cours-sur-Loire}}, {{10h}}. Demande d'aide pour une facture de fioul. Mme "
        "[[PERSONNE:Da Costa]] a reçu {{1 180 €}} à payer pour remplir la cuve. {{Chèque énergie}} "
        "déjà utilisé. L'agente [[PERSONNE:Fanny]] monte un dossier de secours, demande le RIB : "
        "[[IBAN:FR76 1950 6000 1940 1692 6862 755]]. Passage en commission sous {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, à côté de la secrétaire médicale. Une personne appelle pour savoir "
        '"combien de temps d\'attente" : réponse "on ne peut pas dire madame". {{4h}} affichées '
        "sur l'écran interne. Appels de familles toutes les {{5 min}} environ.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Guéret}}, fin du petit-déj. Entretien d'accueil d'un homme arrivé hier soir par "
        "le {{115}}, orienté par le {{SIAO}}. Il s'appelle [[PERSONNE:Vasile Popescu]], roumain, "
        "travaillait dans les bois vers {{Bourganeuf}} (bûcheronnage pas déclaré). Réf {{SIAO}} "
        "[[IDENTIFIANT:SI-23-000871]]. La travailleuse sociale ([[PERSONNE:Claire Dumontet]]) lui "
        "explique le règlement, il signe. Sa question à lui : où laver ses vêtements.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{3230}}, je suis en double écoute. Appelante : \"bonjour je m'appelle "
        "[[PERSONNE:Yasmina Haddad]] mon numéro d'allocataire c'est [[N_ALLOCATAIRE:0648231]]\". "
        "Question sur l'{{ASF}}. Le conseiller voit sur {{CRISTAL}} qu'il manque le jugement. Elle "
        "donne son mail pour qu'on lui renvoie la liste des pièces : "
        "[[EMAIL:yasmina.h69@gmail.com]]. Appel {{9 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec l'enquêteur {{Cpam}} de l'{{Aveyron}}, contrôle d'un arrêt de travail à domicile à "
        "{{Decazeville}}. On sonne à {{10h40}} au [[ADRESSE:14 avenue Paul Ramadier]]. Personne. "
        "La voisine : \"il est parti aux champignons\" 🍄. L'enquêteur note l'absence, l'heure, "
        "laisse un avis de passage au nom de M. [[PERSONNE:Teyssèdre]]. Il me dit que c'est "
        "{{1 contrôle sur 3}} où la personne n'est pas là, et que souvent c'est juste qu'elle est "
        "chez le médecin.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif : {{8 inscrits}}, {{5 venus}}. La conseillère projette un CV modèle "
        'au nom de [[PERSONNE:Léa Martin]], "assistante administrative". Un participant de '
        '{{55 ans}} demande s\'il faut mettre une photo. Débat. Réponse : "pas obligatoire".',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} {{Ussel}}. Une fille appelle de {{Lyon}} pour sa mère, [[PERSONNE:Germaine "
        "Peyrat]], {{91 ans}}, qui ne répond plus au téléphone depuis {{2 jours}}. L'agent appelle "
        "le voisin (ancien conseiller municipal) sur son portable, [[TELEPHONE:06 81 27 44 09]]. "
        "Il y va. Rappel {{20 min}} après : elle va bien, le combiné était mal raccroché 😅.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente urgences {{Clermont-Ferrand}}, {{17h}}. J'ai compté : {{31 personnes}} "
        'dont {{6 enfants}}. Écran : "temps d\'attente estimé {{3h45}}". Un monsieur dort sur '
        "deux chaises. L'agent d'accueil : \"le vendredi soir c'est pire\".",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus du {{CHRS}} à {{Aurillac}} avec l'éducateur [[PERSONNE:Samir]]. "
        "Locataire : [[PERSONNE:Fatoumata Keïta]] et ses {{3 enfants}}, [[ADRESSE:24 rue des "
        "Carmes, appt 12]]. Frigo presque vide, on repart avec une liste pour l'{{épicerie "
        "solidaire}}. [[PERSONNE:Samir]] teste les détecteurs de fumée. Enfants nés en "
        "[[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2017]] et [[DATE_NAISSANCE:2020]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} en mairie de {{Commentry}}, un mardi sur deux, dans la {{salle des "
        "mariages}} !! Une seule agente ([[PERSONNE:Corinne]]), un portable, la 4G qui rame. "
        "{{5 rdv}} dans la matinée. M. [[PERSONNE:Aït Ouarab]] pour le {{RSA}} : il comprend pas "
        "pourquoi ça a baissé. [[PERSONNE:Corinne]] lui montre le détail : ressources du "
        'trimestre, {{612 €}} de pension d\'invalidité. Lui : "je savais pas que ça comptait".',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}} à {{Aurillac}}. Appel d'un monsieur de {{Pleaux}}, {{68 ans}}, né à "
        "{{Saint-Flour}}, qui veut savoir si son transport est remboursé pour aller à "
        "{{Clermont}} (chimio). Numéro de sécu : [[NIR:1 56 11 15 187 024 73]]. La conseillère "
        "explique l'accord préalable au-delà de {{150 km}}. Il répète tout pour noter. Elle lui "
        'épelle son nom à elle : "[[PERSONNE:Murat]], comme la ville".',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tél {{France Travail}}. Le {{39 49}} est saturé ce matin. Les conseillers "
        'passent en mode "rappel". Une conseillère me montre sa liste : {{47 rappels}} à faire '
        "avant {{midi}}. Impossible. Elle en fait {{18}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} d'{{Issoudun}} pour évaluer l'aide ménagère. M. "
        '[[PERSONNE:Kowalczyk]] ([[PERSONNE:Stanislas]], dit "[[PERSONNE:Stan]]"), {{79 ans}}, '
        "ancien mécano chez {{Renault}}, maison pleine de plantes vertes. Sa fille a scotché son "
        "numéro sur le frigo : [[TELEPHONE:07 68 12 90 33]]. Il nous présente son chat "
        '{{Moustache}}, qui a {{16 ans}} lui aussi "un ancien".',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Lozère}}, il fait {{-6°C}} cette nuit vers {{Langogne}}. Appel de la "
        "gendarmerie (adjudant [[PERSONNE:Trébuchon]]) pour un homme qui dort dans sa voiture, "
        "une vieille Clio immatriculée [[IMMATRICULATION:8472 RK 48]]. Pas de place à {{Mende}} "
        "avant demain. L'écoutant ([[PERSONNE:Benoît]]) appelle l'{{hôtel de la Gare}}, qui a "
        "{{1 chambre}}. Ouf.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Mende}} : une femme de {{Nasbinals}} appelle pour son père qui est "
        "tombé dans la grange. L'infirmière la bascule vers le {{15}}. Avant, elle note quand "
        "même : [[PERSONNE:Henri Boyer]], né en [[DATE_NAISSANCE:1938]], tél de la fille "
        '[[TELEPHONE:04 66 32 57 18]]. "Au cas où ça coupe". Ça coupe souvent là-haut.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Vichy}}, suite à une déclaration de séparation. Mme [[PERSONNE:Nguyen "
        "Thi Lan]] déclare vivre seule depuis mars. Le contrôleur demande les relevés. Elle ouvre "
        "l'appli {{Crédit Agricole}} sur son téléphone : compte joint encore ouvert, "
        "[[IBAN:FR76 1680 6001 0070 3000 9369 276]]. Le contrôleur : \"c'est pas grave mais il "
        'faudra le fermer, sinon ça pose question".',
    ),
    (
        "cpam",
        "accueil_physique",
        "Point d'accueil {{Cpam}} de {{La Souterraine}}, ouvert que le jeudi matin. File dehors à "
        "{{8h50}} sous la pluie ☔. {{9 personnes}}, la plupart âgées. Une dame a fait {{30 km}} "
        "en taxi pour une attestation de droits. L'agent l'imprime en {{2 min}}. Elle : \"on "
        "m'avait dit de venir\".",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} d'{{Aubusson}} (petite, {{4 conseillers}}). Inscription d'une "
        "femme arrivée des {{Pays-Bas}} il y a {{2 ans}} avec son mari, ils retapent une ferme "
        "vers {{Felletin}}. [[PERSONNE:Anneke van der Meer]]. Elle parle bien français mais les "
        "formulaires... Passeport néerlandais n° [[IDENTIFIANT:NX4K71D29]]. Le conseiller "
        "([[PERSONNE:Laurent]]) crée son identifiant : [[ID_FRANCE_TRAVAIL:5120374P]]. Elle "
        'voudrait travailler dans la tapisserie. [[PERSONNE:Laurent]] rit : "la {{Cité de la '
        'tapisserie}} recrute pas tous les jours".',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} : {{14 appels}} en {{1h}}. Colis alimentaire (5), domiciliation (3), repas "
        "des anciens (4, c'est la saison), et 2 \"je sais pas trop à qui m'adresser\". L'agente "
        "tient un petit tableau papier avec des bâtons.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Montluçon}} (rattaché au {{CHRS}}). Un homme vient recharger son tel et "
        "récupérer son courrier. Domiciliation au nom de [[PERSONNE:Mickaël Thévenet]], mais ici "
        'tout le monde l\'appelle "[[PERSONNE:Mika]]". Son chien {{Rocky}} boit dans une gamelle '
        "de l'accueil. Il attend l'{{AAH}} depuis {{8 mois}}, dossier {{MDPH}} n° "
        "[[IDENTIFIANT:03-2023-114782]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Flour}}, petite salle, {{1 médecin}} de garde pour tout le secteur. "
        "{{11h}}. Une femme amène son mari [[PERSONNE:Abdelkader]], douleur thoracique, ils "
        'arrivent de {{Chaudes-Aigues}} ({{35 min}}). Secrétaire : "carte vitale ?" oubliée. '
        "Elle tape nom + date : [[PERSONNE:Benmoussa]], [[DATE_NAISSANCE:12 février 1957]]. "
        "Trouvé. Le {{SMUR}} était parti sur un accident sur l'{{A75}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Clermont}}, accueil sur rdv seulement. Un jeune sans rdv est renvoyé vers la "
        "borne. Il repart sans rien dire. Ça m'a serré le cœur. L'agent me dit qu'ils ont "
        '{{2 jours}} de délai pour un rdv, "c\'est pas si mal".',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une conseillère {{France Travail}} {{Decazeville}} vers un demandeur qui a raté "
        '{{2 convocations}}. Il répond depuis son tracteur (bruit de moteur). "Je suis chez mon '
        "cousin à {{Aubin}}, je l'aide pour les foins\". Identifiant "
        "[[ID_FRANCE_TRAVAIL:3902617 W]]. Elle : c'est une activité, ça se déclare. Il s'appelle "
        '[[PERSONNE:Florian Couderc]]. "Bon monsieur [[PERSONNE:Couderc]], on se voit jeudi '
        '{{14h}}".',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel entrant : une dame veut changer son adresse mail sur {{ameli}}. Ancienne "
        "[[EMAIL:martine.rolland58@orange.fr]], nouvelle [[EMAIL:rolland.martine@laposte.net]]. "
        "Vérification d'identité : [[PERSONNE:Martine Rolland]], née à {{Clamecy}}, NIR "
        "[[NIR:258105807951146]]. Tout concorde, changement fait en {{3 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Creuse}}, nuit calme : {{3 appels}} entre {{21h}} et {{23h}}. Un habitué "
        "qui appelle juste pour parler. L'écoutante le laisse raconter la pêche à la truite "
        "pendant {{10 min}}. Elle me dit : \"ici l'hiver, l'isolement c'est pire que le froid\".",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Yssingeaux}}, demande de domiciliation d'une famille venue d'{{Arménie}}. M. "
        "[[PERSONNE:Hovhannisyan]], sa femme, {{3 enfants}}. Attestation de demande d'asile n° "
        "[[IDENTIFIANT:4301287465]]. L'agente ([[PERSONNE:Martine]]) ne parle pas arménien, ils "
        "parlent un peu russe, elle non plus. {{Google Traduction}} sur le tel. Ça marche à "
        "moitié.",
    ),
]

NOTES_B = [
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Guéret}}, guichet 2. Mme [[PERSONNE:Lathière]], {{76 ans}}, veuve depuis "
        "l'automne, vient pour la {{C2S}} : elle ne savait pas qu'elle y avait droit, elle croyait "
        "que c'était la {{Carsat}} qui s'occupait de tout. L'agente ([[PERSONNE:Gaëlle]]) tape le "
        'NIR lu sur la carte : [[NIR:2 48 03 23 096 302 01]]. "Née en [[DATE_NAISSANCE:mars '
        '48]], à la maternité de {{Guéret}} ?" - "à la maison, la sage-femme était venue en '
        'vélo".',
    ),
    (
        "france_travail",
        "accueil_physique",
        'Je remarque : l\'affiche "Nous ne tolérons aucune violence" juste à côté de '
        '"Bienvenue". {{2 agents}} à l\'accueil, {{1 vigile}}. Personne ne se parle dans la file. '
        "{{9h12}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire appelle de {{Saint-Chély-d'Apcher}} pour l'{{AEEH}} de son fils "
        '[[PERSONNE:Théo]]. Elle : "[[PERSONNE:Sandrine Aubert]], numéro '
        "[[N_ALLOCATAIRE:4417260]]\". Le conseiller voit que la {{MDPH}} n'a pas encore transmis. "
        "Elle laisse son numéro pour un rappel, le dit en toutes lettres comme on dicte : "
        '"[[TELEPHONE:zéro six, soixante-quatorze, vingt-deux, zéro huit, quatre-vingt-onze]]".',
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Nevers}}, rdv d'un résident avec la {{CESF}}, [[PERSONNE:Inès Ferhat]], pour son "
        "titre de séjour. [[PERSONNE:Moussa Diakité]], né le [[DATE_NAISSANCE:1er janvier 1990]] "
        '("comme beaucoup" me dit-elle après). N° AGDREF [[IDENTIFIANT:5803127744]]. Prise de '
        "rdv sur l'{{ANEF}} : aucun créneau. Elle rafraîchit la page {{5 fois}}. Rien.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Ussel}}, {{16h}}. Dame de {{85 ans}} amenée par les pompiers de {{Meymac}}, "
        "chute chez elle, restée au sol depuis la veille. Elle donne tout de tête à l'accueil : "
        '[[PERSONNE:Odette Chastagnol]], n° de sécu [[NIR:239051927566092]], "née ici, à '
        "l'ancienne maternité\". Elle demande surtout qu'on prévienne pour ses poules. Voisin à "
        "appeler : M. [[PERSONNE:Lacombe]], [[TELEPHONE:05 55 72 18 64]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un monsieur pour inscrire sa femme, [[PERSONNE:Paulette]], au repas des aînés. Il "
        "demande s'il y aura \"de la tête de veau cette année\". L'agente ne sait pas. Il "
        "rappellera. {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère [[PERSONNE:Nathalie Giraud]] appelle un jeune pour une "
        "offre de cariste à {{Vierzon}}. Pas de réponse, messagerie. Elle envoie un mail à "
        "[[EMAIL:dylan.moreau.18@hotmail.fr]] avec l'offre n° {{178QKWT}}. Dossier "
        "[[ID_FRANCE_TRAVAIL:6031854R]]. D'après elle, {{1 sur 4}} répond.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} en {{Margeride}} ({{Lozère}}). Ferme sans numéro : [[ADRESSE:La Vialle "
        "Haute, 48200 Albaret-Sainte-Marie]]. Le couple, [[PERSONNE:Gaëtan]] et "
        "[[PERSONNE:Jessica Rieutort]], {{4 enfants}}, éleveurs de brebis. Sujet : les revenus "
        "agricoles pour la {{prime d'activité}}. Le contrôleur, M. [[PERSONNE:Fabre]], demande le "
        "relevé {{MSA}}. Ils ont changé de banque, nouveau RIB [[IBAN:FR76 1450 5000 0272 5216 "
        "4286 867]]. Café, gâteau, le chien {{Pastis}} couché sur mes pieds. {{2h}} sur place.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée avec une déléguée {{Cpam}} pour des contrôles d'arrêts maladie : {{6 adresses}} "
        "prévues, {{4}} visitées, {{3}} personnes présentes. Elle remplit tout sur tablette. Ce "
        "qu'elle contrôle surtout, dit-elle, c'est \"que l'adresse déclarée est la bonne\".",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Allier}}. Une femme appelle depuis une aire de la {{RCEA}} vers "
        "{{Montmarault}}. Elle est partie de chez elle avec sa 206, [[IMMATRICULATION:BV-903-NM]], "
        "et ses affaires dans des sacs. [[PERSONNE:Samantha Lelièvre]], {{34 ans}}. Violences du "
        "conjoint. L'écoutante ([[PERSONNE:Héloïse]]) prévient les gendarmes, mise à l'abri à "
        "{{Moulins}} sur une place {{VIF}}. Voix très calme, tout le long.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{10h}}, un fils appelle pour savoir si son père est encore aux urgences. La secrétaire demande nom "
        'et date de naissance avant de dire quoi que ce soit : "[[PERSONNE:Ferreira Manuel]], '
        '[[DATE_NAISSANCE:3 juin 49]]". Transféré en cardio, n° de séjour '
        "[[IDENTIFIANT:24018837]]. Elle donne le numéro du service, pas plus.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec [[PERSONNE:Mireille]] du {{CCAS}} chez un couple âgé, [[ADRESSE:hameau de "
        "Chaumargeais, 43400 Le Chambon-sur-Lignon]]. Neige ❄️, on a mis les chaînes. Le mari, "
        "[[PERSONNE:Paul Tavernier]], {{88 ans}}, aidant de sa femme qui a Alzheimer. Demande de "
        "portage de repas. D'abord il refuse : \"on s'est toujours débrouillés\". Puis il accepte "
        "pour {{3 jours}} par semaine.",
    ),
    (
        "caf",
        "accueil_physique",
        'Accueil {{Caf}} : l\'écran affiche "{{A112}} → guichet {{4}}". Personne ne se lève. '
        "Rappel. Un homme arrive en courant des toilettes. Tout le monde sourit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Villefranche-de-Rouergue}}. Saisonnier portugais (pommes, vergers vers "
        "{{Najac}}), [[PERSONNE:João Pereira]], veut savoir pour ses droits. Il donne un IBAN "
        "portugais pour les paiements : [[IBAN:PT50 0035 0651 6159 8635 4054 1]]. La conseillère "
        '[[PERSONNE:Hélène Bessière]] : "ça passe, c\'est SEPA". Identifiant '
        "[[ID_FRANCE_TRAVAIL:2716483T]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une femme pour la carte vitale de son bébé. Elle lit son propre numéro : "
        '[[NIR:2 87 07 99 350 577 41]]. Le conseiller : "vous êtes née au {{Maroc}} ?" - oui, '
        "à {{Oujda}}. Bébé né à {{Montluçon}} il y a {{3 semaines}}. Elle s'appelle "
        "[[PERSONNE:Imane El Idrissi]]. Rattachement fait pendant l'appel.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{CHRS}} du {{Puy-en-Velay}}, visite d'un logement en diffus, [[ADRESSE:5 rue Raphaël, 43000 "
        "Le Puy-en-Velay]]. Résident : [[PERSONNE:Dragan Petrović]], {{52 ans}}, sorti de "
        "détention en mars. L'éduc ([[PERSONNE:Margaux]]) regarde la facture {{EDF}} avec lui : "
        "réf client [[IDENTIFIANT:6004 118 273]], impayé de {{214 €}}. Plan d'apurement à "
        "négocier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Moulins}}. Voiture garée devant l'entrée ambulances, warnings allumés. Annonce "
        'au micro : "le propriétaire du véhicule [[IMMATRICULATION:FK-227-XD]] est prié de...". '
        "Rien. C'est un papi venu déposer sa femme, il était au guichet. M. "
        "[[PERSONNE:Dutheil]] s'excuse {{10 fois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente {{CCAS}} : {{4 chaises}}, une plante en plastique, affiche \"Plan grand "
        'froid". Une femme avec poussette attend depuis {{40 min}} pour une aide alimentaire. '
        "Elle repart avec un bon pour l'{{épicerie sociale}}. Elle dit merci trois fois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute plateforme {{Caf}} de l'{{Indre}}. Un agriculteur retraité de "
        "{{Sainte-Sévère-sur-Indre}} appelle pour l'{{APL}} de son petit-fils étudiant à "
        "{{Tours}}. Il n'est pas allocataire lui-même : le conseiller ne peut rien dire. Le papi "
        "donne quand même le nom et le numéro, [[PERSONNE:Enzo Pinaud]], "
        "[[N_ALLOCATAIRE:3385071]], et le mail du petit : [[EMAIL:enzo.pinaud36@gmail.com]]. "
        '"De mon temps on se parlait".',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Écoute de {{3 appels}} : une question sur le {{CEJ}}, une radiation contestée, un "
        "monsieur qui veut juste qu'on lui confirme son rdv de lundi. Temps moyen {{7 min}}. Les "
        "conseillers ont un script à l'écran mais ne le lisent pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Permanence {{Cpam}} à la {{France Services}} de {{Decazeville}}. Ancien mineur, "
        "[[PERSONNE:Antonio Gonçalves]], {{82 ans}}, venu avec son petit-fils pour sa "
        "complémentaire. Mutuelle actuelle {{Harmonie Mutuelle}}, n° adhérent "
        "[[IDENTIFIANT:HM 40 271 589]]. L'agent explique la {{C2S}} participative, {{1 €}} par "
        "jour max. Il refait le calcul à voix haute en portugais.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas de midi au {{CHRS}}, {{22 couverts}}. J'ai mangé avec les résidents. Un ancien "
        "cuisinier a fait la sauce. Discussions : foot, loyers, la préfecture. Personne ne m'a "
        "demandé qui j'étais.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Montluçon}}, jeune mère isolée, [[PERSONNE:Océane Bardet]], "
        "{{22 ans}}. Appartement [[ADRESSE:18 rue de la Pépinière, 03100 Montluçon]]. Le "
        "contrôleur vérifie l'identité sur la carte vitale : [[NIR:2 01 12 03 185 583 37]]. RAS, "
        'le bébé dort, elle a préparé tous les papiers dans une chemise rose. Contrôle "ciblé '
        'datamining", me dit-il dans la voiture.',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Mende}}. Appel de l'infirmière libérale, [[PERSONNE:Agnès Pradel]] : un patient "
        'diabétique à {{Chanac}}, seul, "il mange que du pain et du saucisson". Elle demande le '
        "portage de repas. M. [[PERSONNE:Rouquette]], tél [[TELEPHONE:04.66.48.21.07]], "
        "[[ADRESSE:2 chemin des Aires, 48230 Chanac]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard du centre hospitalier de {{Vichy}} : les appels transférés aux urgences sonnent "
        "dans le vide, l'{{IAO}} est débordée. La standardiste me montre : {{12 appels}} perdus en "
        "{{1 h}}. Elle note les rappels sur un post-it jaune.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Brive}}. La conseillère cherche un monsieur dans le logiciel, tape "
        '"[[PERSONNE:Yildiz]]" : rien. Il épelle : "[[PERSONNE:Y, I, L, D, I, Z]]", puis '
        'précise "le i sans point". Trouvé sous [[PERSONNE:YILDIZ Mehmet]]. Identifiant '
        '[[ID_FRANCE_TRAVAIL:0941725 K]]. Il rit : "à chaque fois".',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une dame de {{Saint-Alban-sur-Limagnole}} : elle n'arrive pas à créer son compte "
        "{{ameli}}, pas d'adresse mail. Le conseiller propose l'envoi du code par courrier. Elle "
        'donne sa date de naissance comme une dictée : "le [[DATE_NAISSANCE:vingt-deux août '
        'cinquante-deux]]", née à {{Rodez}}. NIR [[NIR:2 52 08 12 202 166 48]]. Mme '
        "[[PERSONNE:Fraysse]], très polie, {{4 mercis}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Tulle}}. Couple d'Anglais installés près d'{{Argentat}}, [[PERSONNE:Gareth]] "
        "et [[PERSONNE:Emma Hughes]], pour l'{{allocation de rentrée scolaire}}. Titre de séjour "
        '"Accord de retrait" n° [[IDENTIFIANT:1903648217]]. L\'agente ([[PERSONNE:Sabrina]]) '
        'parle anglais "un peu", eux français "un peu" : franglais assez efficace 🙂.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un jeune de {{19 ans}}, [[PERSONNE:Nassim]], mis dehors par son beau-père. "
        "L'écoutant demande un numéro pour le rappeler : [[TELEPHONE:+33 7 51 48 26 90]]. Pas de "
        'place ce soir, il doit rappeler demain à {{17h}}. "C\'est bon je vais chez un pote".',
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile ratée : la personne n'ouvre pas. On reste {{10 min}} devant la porte. "
        "La conseillère glisse un mot sous la porte avec le numéro du {{CCAS}}. Retour au bureau, elle "
        "soupire.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire veut changer son RIB par tel. Le conseiller : impossible par tel, il faut "
        "passer par l'espace {{Mon Compte}}. Elle lit quand même son IBAN, \"[[IBAN:FR76 2004 1010 "
        '0558 7064 3962 817]]", il lui fait répéter par réflexe avant de dire que ça ne sert à '
        "rien 😶. Mme [[PERSONNE:Leroux]] raccroche fâchée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel sortant de la conseillère [[PERSONNE:Bérengère]] (agence d'{{Yssingeaux}}) vers "
        "une demandeuse qui vit à {{Tence}} : pas de voiture, {{0 bus}} le samedi. Elle lui "
        "parle de la plateforme mobilité {{Wimoov}}. Confirme le mail : "
        "[[EMAIL:c.souvignet@free.fr]]. [[PERSONNE:Céline Souvignet]], identifiant "
        "[[ID_FRANCE_TRAVAIL:7728401M]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU}} de {{Limoges}}, accueil administratif. Touriste allemand, chute à "
        "vélo. Pas de carte européenne. Passeport [[IDENTIFIANT:C4FRM82LT]]. L'agent "
        '([[PERSONNE:Youssef]]) ouvre un dossier "étranger" au nom de [[PERSONNE:Jürgen '
        "Albrecht]]. Ils parlent anglais. Adresse en France : {{Ibis}} du centre, {{chambre 214}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} à domicile ({{Cantal}}), vérification de résidence pour une pension "
        "d'invalidité. Adresse : [[ADRESSE:Le Bouyssou, 15230 Pierrefort]], ferme à {{20 min}} de "
        "la route goudronnée. M. [[PERSONNE:Chassang]] est là, avec son frère. Né en "
        "[[DATE_NAISSANCE:avril 71]]. Vaches {{salers}} 🐄. Dans la cour un vieux Berlingo "
        "[[IMMATRICULATION:AF-551-PL]]. L'enquêtrice, Mme [[PERSONNE:Roux]], vérifie les pièces "
        "et une facture d'électricité. RAS.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Clamecy}}, jour de marché. Un monsieur pour l'aide au chauffage, dossier préparé "
        "par sa fille qui vit à {{Auxerre}}. [[PERSONNE:Guy Ménétrier]], {{83 ans}}, ancien de "
        "l'usine {{Rhodia}}. Sa fille [[PERSONNE:Valérie]] a mis son mail à elle sur le "
        "formulaire : [[EMAIL:valerie.menetrier@wanadoo.fr]].",
    ),
]

NOTES_C = [
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} à la {{France Services}} de {{La Châtre}}. [[PERSONNE:Ginette "
        "Aufrère]], {{72 ans}}, garde son petit-fils [[PERSONNE:Lucas]] ({{9 ans}}) depuis que sa "
        "fille est en cure. Elle voudrait toucher les allocs à la place de sa fille. L'agente "
        "explique le changement d'allocataire. N° alloc de la fille : [[N_ALLOCATAIRE:6120458]]. "
        "Elle a apporté un RIB à son nom à elle, [[IBAN:FR76 3000 3017 8557 1528 4781 354]], "
        "plié en quatre dans son porte-monnaie.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La conseillère a {{3 écrans}} : la téléphonie, le dossier de l'assuré, la base de "
        "connaissances. Elle passe de l'un à l'autre sans regarder le clavier. Appel sur le "
        "remboursement de lunettes {{100 % santé}}, {{4 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil {{CHRS}} {{Aurillac}}. Couple qui vit dans un camion aménagé depuis {{2 ans}}, garé "
        "près de la {{gare}}. Trafic blanc immatriculé [[IMMATRICULATION:CK-904-BE]]. Lui "
        '[[PERSONNE:Yannick]], elle [[PERSONNE:Morgane Le Bihan]], bretonne, "montée pour la '
        'saison au {{Lioran}}". Demande de domiciliation et de {{RSA}}. Le travailleur social '
        "([[PERSONNE:Franck]]) explique qu'il faut un lien avec la commune.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune homme arrivé d'{{Algérie}} il y a {{3 ans}}, titre étudiant passé "
        "en salarié. [[PERSONNE:Walid Bensalem]]. La conseillère saisit son NIR définitif, reçu "
        "le mois dernier : [[NIR:1 99 03 99 352 432 09]]. Titre de séjour n° "
        "[[IDENTIFIANT:6302841597]]. Master de génie civil. Elle lui montre des offres chez "
        "{{Michelin}}. Identifiant créé : [[ID_FRANCE_TRAVAIL:8450127J]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Villefranche-de-Rouergue}}, dimanche, saison de chasse. Un chasseur avec du "
        "plomb dans la jambe, amené par les copains dans le 4x4 [[IMMATRICULATION:EL-372-HV]]. "
        "[[PERSONNE:Régis Puech]], né le [[DATE_NAISSANCE:17/11/1974]]. Les copains restent en "
        "gilet orange dans la salle d'attente, ça fait sourire l'agente d'accueil, "
        "[[PERSONNE:Josiane]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La secrétaire du {{CCAS}} donne à une dame l'adresse du service pour envoyer ses "
        "justificatifs, {{ccas@ville-montlucon.fr}}, et note la sienne pour la réponse : "
        '[[EMAIL:mireille.bouchet03@orange.fr]]. Elle épelle "[[PERSONNE:bouchet]], comme la boucherie, avec '
        'un t". Mme [[PERSONNE:Bouchet]] a {{80 ans}} et un {{iPad}} offert par ses enfants.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} sur le plateau de {{Millevaches}}, commune de {{Peyrelevade}}. "
        "Allocataire [[PERSONNE:Baptiste Lemoine]], {{31 ans}}, vit dans une yourte sur le terrain "
        "d'un ami, [[ADRESSE:lieu-dit Le Mazeau, 19290 Peyrelevade]]. Est-ce un logement pour "
        "l'{{APL}} ? Le contrôleur ([[PERSONNE:Serge]]) : non. Le {{RSA}}, oui. Num alloc "
        "[[N_ALLOCATAIRE:2290746]]. L'ami, [[PERSONNE:Romain]], fait du pain au feu de bois, on "
        "repart avec une miche.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{14h}}, réouverture. La file s'est reformée avant l'ouverture des portes. Un agent "
        'distribue les tickets à la main, la borne est en panne ("ça arrive {{1 fois}} par '
        'semaine"). Les gens échangent leurs tickets entre eux, petite négociation.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Cantal}}. Appel du maire de {{Marcolès}} : un homme dort dans l'abri bus depuis "
        "{{2 nuits}}. Le maire laisse son portable, [[TELEPHONE:06 72 40 15 83]]. Il connaît le "
        "monsieur de vue, \"il s'appelle [[PERSONNE:Jacky]], je crois\". L'écoutante appelle la "
        "gendarmerie de {{Maurs}} pour un transport vers {{Aurillac}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Un demandeur dicte son mail au conseiller : "[[EMAIL:kader point benyahia arobase gmail '
        'point com]]". Le conseiller écrit, relit, se trompe sur le y, recommence. '
        "[[PERSONNE:Kader Benyahia]], identifiant [[ID_FRANCE_TRAVAIL:3058812 D]]. {{4 minutes}} "
        "pour une adresse mail.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile ({{CCAS}} de {{Bourbon-l'Archambault}}) chez Mme [[PERSONNE:Martinat]], "
        "{{90 ans}}, [[ADRESSE:Les Gouttes, 03160 Ygrande]]. Installation de la téléassistance "
        "{{Présence Verte}}. Elle donne les gens à appeler en cas d'alarme : sa nièce "
        "[[PERSONNE:Nicole]], [[TELEPHONE:04 70 66 31 92]], et le voisin [[PERSONNE:Jeannot]] "
        '("il a pas de portable, faut crier").',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{16h20}}. Un médecin de ville appelle pour annoncer un patient qu'il envoie. L'{{IAO}} prend "
        "les infos sur un coin de feuille. Le médecin raccroche avant qu'elle ait fini. Elle lève "
        "les yeux au ciel.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel à la {{Caf}} d'un éleveur de {{Laguiole}} qui dépend en fait de la {{MSA}} pour ses "
        "prestations familiales. Le conseiller le réoriente vers la {{MSA Midi-Pyrénées Nord}}. "
        'Il insiste : "mais vous avez mon dossier, numéro [[N_ALLOCATAIRE:00891432]]" (c\'est '
        "son numéro {{MSA}}). [[PERSONNE:Thierry Bras]] finit par noter le bon numéro sur son "
        "calendrier des postes.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'un agent {{Cpam}} chez une assurée en arrêt longue maladie, [[PERSONNE:Nadia "
        "Cherif]], [[ADRESSE:9 allée des Tilleuls, 63100 Clermont-Ferrand]]. Elle est là, en "
        "peignoir, inquiète. Tout va bien. L'agent me dit après que le contrôle avait été demandé "
        "par l'employeur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Saint-Flour}}, agence {{France Travail}}. Un homme de {{58 ans}}, licencié à la "
        "fermeture d'une scierie vers {{Neuvéglise}}. [[PERSONNE:Bernard Vidal]], né le "
        "[[DATE_NAISSANCE:2 mai 1966]]. Il parle de préretraite, on lui parle du {{CSP}}. Le "
        "conseiller, [[PERSONNE:Nicolas]], reste patient. Identifiant "
        "[[ID_FRANCE_TRAVAIL:1184027 C]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{11h30}}, visite d'un studio du {{CHRS}} : tout est propre, le lit fait au carré. "
        "L'éducatrice me dit que c'est \"parce qu'il sait qu'on vient\". Puis elle ajoute qu'en "
        "vrai elle n'en sait rien.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vichy}}. Mme [[PERSONNE:Hanta Rakotomalala]] demande une aide pour la cantine "
        "de ses enfants. Facture de {{186 €}}, n° [[IDENTIFIANT:CANT-2024-03318]]. L'agent "
        "calcule le quotient familial : {{412}}. Aide partielle accordée, elle paiera le reste en "
        "{{3 fois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, guichet. [[PERSONNE:Kévin Auclair]] vient déclarer qu'il s'est mis en couple. La "
        "conseillère ([[PERSONNE:Laetitia]]) met à jour le dossier [[N_ALLOCATAIRE:5512063]]. "
        "Nouvelle adresse : [[ADRESSE:31 rue Jean Jaurès, 03100 Montluçon]]. Tél de la compagne : "
        "[[TELEPHONE:0677218430]]. Elle lui explique que l'{{APL}} va être recalculée, il fait la "
        "grimace.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Aurillac}}, fin d'après-midi. Maman avec un bébé fiévreux, venue de "
        "{{Mauriac}} ({{1h15}} de route). Bébé [[PERSONNE:Louna]], née le "
        "[[DATE_NAISSANCE:14 janvier]] (\"de cette année\"). L'infirmière d'accueil, "
        "[[PERSONNE:Stéphanie]], la fait passer vite. La maman : \"à Mauriac y'a plus de "
        'pédiatre".',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un homme de {{Dun-le-Palestel}} : son médecin part à la retraite \"et y en a pas "
        "d'autre\". NIR [[NIR:179022317605846]], [[PERSONNE:Cédric Auroux]]. La conseillère "
        "parle de la liste d'attente à la {{maison de santé}} de {{La Souterraine}}. Silence au "
        'bout du fil. Puis : "bon".',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller indemnisation, agence de {{Cosne}}. Une demandeuse a changé de banque et "
        "veut vérifier que le nouveau RIB est pris. Il lit l'IBAN à l'écran, [[IBAN:FR76 1027 8372 "
        "1068 8388 5760 539]], elle compare avec son papier. C'est bon. [[PERSONNE:Aurélie "
        "Guillemot]], identifiant [[ID_FRANCE_TRAVAIL:2063375N]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil {{CHRS}} : arrivée de [[PERSONNE:Ahmad Rahimi]], afghan, {{24 ans}}, réfugié. Carte "
        "de résident n° [[IDENTIFIANT:0709154488]]. Il parle très bien anglais, un peu français. "
        "Il a déjà un CV, fait avec un bénévole de la {{Cimade}}. La référente, "
        "[[PERSONNE:Élodie]], est impressionnée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} : allocataire [[PERSONNE:Agnieszka Nowak]], déclare vivre seule avec "
        "{{2 enfants}}. Dans la rue, la voiture de l'ex, plaque polonaise "
        "[[IMMATRICULATION:WPR 4K217]], garée juste devant. Elle dit qu'il vient voir les enfants "
        'le mercredi. Le contrôleur note sans conclure : "une voiture, ça prouve rien".',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Tulle}}, ça sonne peu ce matin : {{6 appels}} en {{2h}}. L'agente en profite "
        'pour appeler les personnes du registre canicule, {{48 noms}} sur sa liste. "Vous avez '
        'bien de l\'eau ?" "Les volets sont fermés ?". Toujours avec le sourire.',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences du {{Puy}}. Les {{Ambulances Fargier}} appellent pour annoncer un blessé : "
        "[[PERSONNE:Sébastien Marcon]], NIR [[NIR:1 83 06 43 157 639 42]], accident de scierie à "
        "{{Craponne-sur-Arzon}}, arrivée dans {{40 min}}. La secrétaire crée le dossier avant "
        "même qu'il soit là.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Nevers}}. Une femme arrive de {{Paris}}, mutation. [[PERSONNE:Sophie "
        "Lacroix-Benhamou]], NIR [[NIR:2 77 01 75 114 530 62]]. L'agent vérifie que le "
        "transfert de caisse est fait : oui. Elle demande une liste de médecins traitants. L'agent "
        "rit jaune.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Une conseillère me montre son portefeuille : {{312 demandeurs}}. "Je vois chacun '
        "{{1 fois}} tous les {{4 mois}}, et encore\". Des post-its partout sur l'écran.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, l'écoutant consulte le {{SI-SIAO}} pendant l'appel : [[PERSONNE:Ibrahima Sow]], "
        "né le [[DATE_NAISSANCE:05/05/2004]], a déjà une demande en cours, n° "
        "[[IDENTIFIANT:D-2024-118422]]. Refusé hier faute de place. Ce soir il y a une place au "
        "{{foyer Althéa}}, {{chambre 3}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un père appelle pour l'{{AEEH}} de sa fille. Le conseiller lui demande de confirmer son "
        "portable : [[TELEPHONE:07.82.55.19.04]]. M. [[PERSONNE:Lopes]] s'énerve : \"ça fait "
        '{{3 fois}} que je vous le donne".',
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Montluçon}}, {{13h30}}. Une femme très âgée attend sur un brancard dans le couloir "
        "depuis ce matin. Sa petite-fille lui tient la main. L'agent d'accueil : il manque des "
        "lits dans les services, pas du monde à l'accueil.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Marvejols}} chez un monsieur signalé par la boulangère : "
        "[[PERSONNE:Émile Boissonnade]], {{77 ans}}, [[ADRESSE:4 rue du Barry, 48100 "
        "Marvejols]]. Maison froide, poêle éteint, {{2 stères}} de bois qui prennent la pluie. La "
        "conseillère ([[PERSONNE:Anaïs]]) appelle son neveu à {{Montpellier}} : "
        "[[TELEPHONE:06 19 83 52 77]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée demande pourquoi sa mutuelle n'a pas remboursé. Le conseiller vérifie la "
        "télétransmission : mutuelle {{Mutualia}} n° [[IDENTIFIANT:MU0041872]], liaison coupée "
        "depuis janvier. Il envoie l'attestation à [[EMAIL:g.tixier@sfr.fr]]. "
        '[[PERSONNE:Gisèle Tixier]] : "ah bon, c\'est tout ?".',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur de {{Retournac}} appelle pour s'inscrire, {{61 ans}}. La conseillère prend "
        "les infos : [[PERSONNE:Alain Chapuis]], né le [[DATE_NAISSANCE:28/09/1963]]. Il demande "
        'si ça vaut le coup à son âge. Elle : "bien sûr". Il rit.',
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de l'{{Aveyron}}, permanence à {{Capdenac}}. Jeune couple, [[PERSONNE:Léna]] et "
        "[[PERSONNE:Axel Malaval]], premier bébé. L'agente leur fait créer leur espace, n° "
        "[[N_ALLOCATAIRE:7036581]]. RIB {{Banque Populaire}} : [[IBAN:FR76 1080 7004 1279 7882 "
        "0192 247]]. Ils se tiennent la main tout du long.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement du {{CHRS}} à {{Yzeure}} : chauffe-eau en panne depuis {{10 jours}}, le "
        "bailleur ne répond pas. L'éducateur appelle {{Évoléa}} devant moi : {{25 min}} "
        "d'attente, musique d'attente en boucle.",
    ),
]

NOTES_D = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} dans le {{Morvan}} nivernais, {{55 min}} depuis {{Nevers}}. Vieille ferme, "
        "[[ADRESSE:Le Creux Fondu, 58230 Montsauche-les-Settons]]. Allocataire "
        "[[PERSONNE:Marion Ducreux]], maraîchère bio, {{2 enfants}} nés en [[DATE_NAISSANCE:2016]] "
        "et [[DATE_NAISSANCE:2019]]. Contrôle sur les ressources. Elle sort un classeur parfait, "
        'intercalaires de couleur. Le contrôleur ([[PERSONNE:Patrice]]) : "c\'est rare". N° '
        "[[N_ALLOCATAIRE:3941207]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}}. Un monsieur déclare la perte de sa carte vitale et de sa carte "
        "d'identité (sac volé au marché). Il a une photocopie de la CNI : n° "
        "[[IDENTIFIANT:190763201458]]. L'agente ([[PERSONNE:Malika]]) lance la demande de carte, "
        "il faut une photo. Tél : [[TELEPHONE:06-45-92-13-70]]. M. [[PERSONNE:Dos Santos]] repart "
        "chercher un photomaton.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Bus {{France Services}} de la {{Creuse}}, arrêt à {{Chénérailles}}, {{10h}}. "
        "{{2 agents}} polyvalents, pas de conseiller {{France Travail}} mais une visio possible. Une "
        "femme de {{45 ans}} veut se réinscrire. L'agente ([[PERSONNE:Karine]]) l'aide sur le "
        "site : [[PERSONNE:Delphine Lagrange]], mail [[EMAIL:delphine.lagrange23@gmail.com]], "
        "identifiant retrouvé [[ID_FRANCE_TRAVAIL:4603918E]]. La connexion du bus passe par une "
        "antenne satellite sur le toit 📡.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Guéret}}. Un éleveur amené par son voisin après un coup de pied de vache. Le "
        "voisin, [[PERSONNE:Patrick Desforges]], a laissé sa voiture de travers devant, "
        "[[IMMATRICULATION:GA-119-RZ]]. Le blessé : [[PERSONNE:Lucien Aumasson]], {{67 ans}}. "
        "L'agent demande une personne à prévenir : c'est le voisin, [[TELEPHONE:06 33 81 05 26]]. "
        '"Sa femme est morte, y\'a que moi".',
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, salle commune, {{15h}}. Un résident joue sur un piano désaccordé. Les autres "
        "regardent {{BFM}} en même temps. L'animatrice me dit que le piano a été donné par une "
        "paroisse. Ambiance étrange mais douce.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute : [[PERSONNE:Karim Ouali]] veut déclarer la naissance de son {{3e enfant}}, "
        "[[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:2 mars]]. Le conseiller le guide sur le site "
        "en même temps. Num alloc [[N_ALLOCATAIRE:1098346]]. Rappel possible au "
        "[[TELEPHONE:07 49 62 31 18]]. On entend le bébé pleurer derrière.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Moulins}}. [[PERSONNE:Jean-Marc Payet]], réunionnais, {{49 ans}}, arrivé dans "
        'l\'{{Allier}} pour suivre sa compagne. Il a froid, "ici il fait nuit à {{17h}}". Aide '
        "pour un dossier {{MDPH}}, réf [[IDENTIFIANT:MDPH03-24-007719]]. L'agent "
        '([[PERSONNE:Olivier]]) l\'aide à remplir "projet de vie". Lui : "mon projet de vie '
        "c'est le soleil\".",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une dame qui déménage de {{Lyon}} à {{Yssingeaux}} pour se rapprocher de sa mère. "
        "Nouvelle adresse : [[ADRESSE:12 chemin de Choumouroux, 43200 Yssingeaux]]. Tél "
        "[[TELEPHONE:06 07 29 84 15]]. [[PERSONNE:Laure Exbrayat]]. Le conseiller lui explique "
        "qu'elle dépendra de la {{Cpam de la Haute-Loire}}, rien à faire de son côté.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Une conseillère raccroche et me dit : "celui-là il appelle tous les jours, il a besoin '
        'de parler". Elle ne le dit pas méchamment. {{9h40}}.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Indre}}. Un homme appelle de la gare d'{{Issoudun}}, il a raté le dernier "
        "train pour {{Châteauroux}}, pas de quoi payer un hôtel. L'écoutante prend : "
        "[[PERSONNE:Christophe Renaud]], né en [[DATE_NAISSANCE:octobre 1970]], portable "
        "[[TELEPHONE:06 58 03 77 24]], batterie à {{4 %}}. Elle fait vite.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences de {{Saint-Flour}} : une pharmacie de garde de {{Murat}} cherche un "
        "médecin de garde pour une ordonnance. Personne. L'infirmière donne le numéro de la "
        "régulation. Tout le monde a l'air habitué.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Vichy}}. Mme [[PERSONNE:Elif Kaya]], {{3 enfants}}, ses allocs n'arrivent "
        "plus : compte clôturé, virements rejetés. Nouveau RIB à la {{Banque Postale}} : "
        "[[IBAN:FR76 2004 1000 0114 9418 3858 848]]. L'agent saisit, rappel de {{2 mois}} à "
        'venir. Elle demande "quand ?", il ne peut pas dire exactement.',
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile à {{Neuvy-Saint-Sépulchre}} ({{CCAS}} + assistante sociale du "
        "{{Département}}). Mme [[PERSONNE:Simone Berthon]], {{93 ans}}, [[ADRESSE:6 rue des "
        "Fossés, 36230 Neuvy-Saint-Sépulchre]]. Sa voisine [[PERSONNE:Lucienne]] fait ses courses "
        "depuis {{10 ans}}, elle en a {{84}} elle-même. Elles se tutoient. On parle de l'{{EHPAD "
        "de Cluis}} : non, c'est non.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{France Travail}} {{Bourges}}. [[PERSONNE:Aminata Ndiaye]] vient pour un atelier "
        ": mauvais jour, c'était hier. Identifiant [[ID_FRANCE_TRAVAIL:5529304X]]. Elle n'a pas "
        "eu le SMS : le numéro enregistré était [[TELEPHONE:06 12 98 40 37]], le bon c'est "
        "[[TELEPHONE:06 12 89 40 37]]. Deux chiffres inversés, {{3 rdv}} ratés.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} prévu à {{Bort-les-Orgues}}, {{1h10}} depuis {{Tulle}}. La personne a été "
        "hospitalisée la veille. On repart. {{2h20}} de voiture pour rien. L'enquêtrice : \"ça "
        'fait partie du métier".',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Clermont-Ferrand}}, quartier de {{La Gauthière}}. "
        "[[PERSONNE:Rafaela Souza]], brésilienne, {{2 enfants}}, fait du ménage comme "
        "auto-entrepreneuse. SIRET perso [[IDENTIFIANT:64902435300017]]. Le contrôleur regarde ses "
        "déclarations de chiffre d'affaires sur son tel. Tout est en ordre. Le rapport partira à "
        "[[EMAIL:rafaela.souza.br@outlook.fr]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement du {{CHRS}} à {{Decazeville}} avec l'éducatrice "
        "[[PERSONNE:Sandrine]]. Le résident, [[PERSONNE:Kevin]], {{27 ans}}, a repeint la cuisine "
        "lui-même, en jaune. Fierté. Il nous montre des photos de son fils [[PERSONNE:Nolan]] sur "
        "son tel.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{CHU Estaing}}. Un père avec sa fille, poignet cassé au roller. "
        "L'agent crée le dossier : [[PERSONNE:Zoé Marchand]], née le [[DATE_NAISSANCE:30 juillet "
        '2012]], IPP [[IDENTIFIANT:P02219876]]. Le papa : "elle voulait faire comme sur '
        '{{TikTok}}".',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du bailleur {{Ophis}} au {{CCAS}} : locataire en impayé, Mme [[PERSONNE:Koné]], "
        "[[ADRESSE:résidence Les Bleuets, bâtiment C, 63100 Clermont-Ferrand]]. Dette de "
        "{{1 320 €}}. Le {{CCAS}} propose un rdv avant la commission {{FSL}}. La chargée de "
        "recouvrement donne son nom, [[PERSONNE:Perrin]], et sa ligne directe, "
        "[[TELEPHONE:04 73 42 80 16]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : un jeune agriculteur qui s'installe à {{Rieupeyroux}} demande s'il garde "
        "l'{{ARE}} pendant la création. La conseillère explique l'{{ARCE}}, il note. "
        "[[PERSONNE:Quentin Lacombe]], mail [[EMAIL:q.lacombe@laposte.net]]. Il appelle de la "
        "stabulation, on entend les veaux.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} du {{Cantal}} : {{8 conseillers}} sur {{13}} ce matin, la grippe. Les "
        "appels débordent vers la plateforme de {{Rodez}}. Entraide entre caisses, je découvre.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Aurillac}}. Un monsieur, né à {{Mende}} précise-t-il, vient pour sa pension "
        "d'invalidité qui n'arrive plus. NIR [[NIR:1 61 01 48 095 505 86]], [[PERSONNE:Gérard "
        "Bonnal]], {{63 ans}}. C'est normal : à {{62 ans}} l'invalidité bascule en retraite, "
        "courrier envoyé {{6 mois}} avant. Il ne l'a jamais ouvert. Direction la {{Carsat}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : {{143 personnes}} domiciliées au {{CCAS}}. Le courrier arrive dans des "
        'casiers en bois par ordre alphabétique. Un homme passe chaque jour à {{11h}}, "même '
        "quand y'a rien\".",
    ),
    (
        "urgences",
        "accueil_physique",
        "Été, urgences de {{Mende}}. Famille belge en camping-car, la petite a une otite. Plaque "
        "[[IMMATRICULATION:1-KVB-482]]. Carte européenne ok. Nom : [[PERSONNE:Wouters]], "
        "l'enfant [[PERSONNE:Fien]], {{6 ans}}. Ils sont au {{camping du Tivoli}} pour la semaine.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} d'{{Ussel}}, {{12 places}}. Arrivée d'un homme de {{60 ans}} dont la maison a brûlé. "
        "Il a tout perdu, papiers compris. Récépissé de déclaration de perte n° "
        "[[IDENTIFIANT:2024/019/0452]]. [[PERSONNE:Raymond Gioux]]. Ancienne adresse : "
        '[[ADRESSE:Le Bourg, 19250 Meymac]]. Il répète "{{40 ans}} que j\'y vivais".',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'info collective sur les métiers du grand âge : {{14 personnes}}, "
        "{{2 hommes}}. L'intervenante de l'{{EHPAD Les Bruyères}} parle vrai. Questions surtout "
        "sur les horaires et le salaire ({{1 450 €}} net).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré signale une usurpation : quelqu'un a changé le RIB sur son compte {{ameli}}. Le "
        "conseiller bascule vers la cellule fraude. Mail piraté : "
        "[[EMAIL:fabien.gauthier@yahoo.fr]]. IBAN frauduleux à l'écran : [[IBAN:BE41 8614 9712 "
        "0210]]. [[PERSONNE:Fabien Gauthier]] est très inquiet, il parle vite.",
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} en mairie de {{Corbigny}}, {{1 fois}} par mois. L'agente vient de "
        "{{Nevers}} ({{45 min}}). {{4 personnes}} dans le couloir. M. [[PERSONNE:Gagnepain]] pour "
        "l'aide au logement de son fils handicapé, [[PERSONNE:Jérôme]], qu'il loge. Num "
        "allocataire du fils [[N_ALLOCATAIRE:2017598]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec la {{CESF}} du {{CCAS}} chez Mme [[PERSONNE:Soilihi]], [[ADRESSE:3 rue Gabriel Péri, "
        "appt 41, 03200 Vichy]]. Budget : factures {{Engie}} en retard, réf client "
        "[[IDENTIFIANT:004 128 559 307]]. Le tableau de budget est fait sur un cahier d'écolier.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une femme appelle : recoudre le doigt de son mari, elle vient ou elle attend {{SOS "
        "Médecins}} ? L'infirmière : \"venez\". Elle note le nom pour prévenir l'accueil, "
        "[[PERSONNE:Xavier Lemaire]], et un numéro de rappel, [[TELEPHONE:04 73 91 28 65]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Aveyron}}, {{18h}}. Zéro place d'urgence à {{Rodez}} ce soir. L'écoutante "
        'fait le tour : {{Millau}}, {{Villefranche}}... rien. Elle note chaque refus. "On fait '
        'des statistiques de notre impuissance".',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur de {{Langeac}} appelle pour son rdv de suivi en visio (pas de voiture, {{1h}} "
        "de route pour {{Brioude}}). Identifiant [[ID_FRANCE_TRAVAIL:7130542 S]]. Le conseiller "
        "vérifie l'identité : né le [[DATE_NAISSANCE:11/03/1988]]. [[PERSONNE:Yohann Brunel]]. La "
        "visio marche, miracle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus : la famille [[PERSONNE:Al-Hassan]], {{5 personnes}} dans un T3. "
        "L'aîné, [[PERSONNE:Omar]], {{17 ans}}, traduit tout. Le travailleur social "
        "([[PERSONNE:Hugo]]) vérifie le contrat d'énergie. Numéro du père pour l'école : "
        "[[TELEPHONE:07 66 04 91 38]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête sur un taxi conventionné à {{Bourganeuf}} : la {{Cpam}} vérifie des trajets "
        "facturés. L'enquêteur relève la plaque sur le parking, [[IMMATRICULATION:FZ-604-CT]], et "
        "compare avec les factures. Le patron de {{Taxi Delage Bourganeuf}}, M. "
        "[[PERSONNE:Delage]], arrive, pas content. Discussion tendue mais polie.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Massiac}} : couple de retraités qui héberge leur fils "
        "[[PERSONNE:Jérémy]] ({{AAH}}), né en [[DATE_NAISSANCE:1992]]. Le contrôleur vérifie le "
        "loyer déclaré, {{250 €}} versés aux parents. Quittances écrites à la main. Le père, "
        "[[PERSONNE:René Castanier]], sort le RIB pour prouver les virements : [[IBAN:FR76 1780 "
        "6005 6097 8007 2717 980]].",
    ),
]

NOTES_E = [
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} en mairie d'{{Évaux-les-Bains}}. L'agente, [[PERSONNE:Nadia]], vient "
        "de {{Guéret}}. Un éleveur, [[PERSONNE:Didier Lafaye]], pour sa {{prime d'activité}} : "
        'revenus agricoles "au forfait", il n\'a jamais fait la déclaration trimestrielle en '
        "ligne. Elle la fait avec lui, ligne par ligne. N° alloc [[N_ALLOCATAIRE:4470912]], "
        "{{3 enfants}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{C045}}, {{35 min}} d'attente. Une mère avec {{3 enfants}} qui courent partout. "
        "L'agent de sécurité leur donne des feuilles et des crayons. Silence immédiat. Magique.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Aubusson}}. [[PERSONNE:Zozan Demir]] et son mari tiennent le {{Kebab Le "
        "Bosphore}} en bas de la ville. Ils viennent pour une aide énergie, appartement "
        "[[ADRESSE:9 rue Vieille, 23200 Aubusson]], mal isolé, {{380 €}} d'électricité en "
        "janvier. Portable : [[TELEPHONE:06 70 38 15 92]]. Elle parle pour deux, lui hoche la tête.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Une demandeuse a reçu un mail "{{France Travail}}" qui lui demande son RIB. Elle lit '
        "l'expéditeur au conseiller : {{contact@francetravail-remboursement.com}}. Phishing. Il "
        "lui dit de supprimer et de ne rien cliquer. [[PERSONNE:Priscilla Hoarau]], identifiant "
        "[[ID_FRANCE_TRAVAIL:6681240B]]. Elle avait déjà cliqué.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{Puy-en-Velay}}. Vieux monsieur amené par l'ambulance, désorienté, retrouvé "
        "sur la route de {{Saint-Julien-Chapteuil}}. Dans sa poche : une ordonnance au nom de "
        "[[PERSONNE:Marius Chabanel]] et un carnet avec un numéro, [[TELEPHONE:04 71 08 62 54]]. "
        "La secrétaire appelle : c'est la voisine, Mme [[PERSONNE:Faure]]. Elle donne sa date de "
        "naissance, [[DATE_NAISSANCE:6 août 1936]]. IPP créé : [[IDENTIFIANT:430077120]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} : [[PERSONNE:Olena Kravchenko]], ukrainienne, protection temporaire, {{2 enfants}}. "
        "APS n° [[IDENTIFIANT:7502498311]], expire le mois prochain. La travailleuse sociale, "
        "[[PERSONNE:Noémie]], prépare le renouvellement, rdv préfecture à {{Clermont}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} près de {{Lurcy-Lévis}}, {{RSA}}. M. [[PERSONNE:Sébastien "
        "Guillaumin]] déclare {{0 €}} de revenus. Dans la cour, une dizaine de voitures en pièces, "
        "dont une Golf [[IMMATRICULATION:CS-781-KA]]. Il dit qu'il bricole pour les copains, "
        "gratuit. Le contrôleur, [[PERSONNE:Hervé]], reste neutre, note, repose la question "
        "autrement. Num [[N_ALLOCATAIRE:3617054]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un assuré de {{Tulle}} né en {{Corse}} : carte vitale refusée à la pharmacie. "
        "NIR donné : [[NIR:1 68 04 2A 004 063 60]]. Le conseiller voit que les droits ont été "
        'fermés par erreur après un changement d\'employeur. "Je vous les rouvre". '
        "[[PERSONNE:Ange-Marie Santoni]], soulagé. {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le {{CCAS}} reçoit {{3 appels}} coup sur coup pour la même chose : la coupure d'eau annoncée "
        "dans le quartier. Ce n'est pas le {{CCAS}}. L'agente redirige vers le syndicat des eaux, "
        "patiente, {{3 fois}} la même phrase.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Vichy}}. Une étudiante chinoise du {{CAVILAM}}, [[PERSONNE:Wang Xiaoyu]], "
        "brûlure à la main en cuisinant. Une copine traduit. Passeport [[IDENTIFIANT:EK5528391]]. "
        "L'écran affiche sa date de naissance au format ISO, [[DATE_NAISSANCE:2003-04-17]], "
        "l'agent la corrige à la main dans le champ.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Creuse}}, {{22h}}. Une aide à domicile appelle : en rentrant de sa tournée, elle "
        "a vu un homme dormir dans une Kangoo près du lavoir de {{Mainsat}}. Elle a noté la "
        "plaque, [[IMMATRICULATION:CL 118 WV]]. Elle laisse son numéro : [[TELEPHONE:06 24 71 30 "
        "88]]. L'écoutant appelle les gendarmes, qui connaissent déjà le monsieur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Tulle}}. Un ancien de la {{Manu}}, [[PERSONNE:Pascal Lestrade]], {{57 ans}}, "
        "licencié économique. Conseiller : [[PERSONNE:Mehdi Ouahrani]]. Identifiant "
        "[[ID_FRANCE_TRAVAIL:1947263 G]]. Il veut passer le permis D, chauffeur de car. "
        '[[PERSONNE:Mehdi]] : "ça recrute partout en {{Corrèze}}".',
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, permanence de {{Decazeville}}. [[PERSONNE:Lionel Mazars]], né ici en "
        "[[DATE_NAISSANCE:septembre 72]], NIR [[NIR:1 72 09 12 089 325 37]]. Il veut une "
        "attestation de droits pour son nouvel employeur. L'agent imprime. {{1 min 30}}. Le plus "
        "court de la matinée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire appelle : un versement est parti sur son ancien compte. Le conseiller lit "
        "le RIB enregistré, \"[[IBAN:12506 20013 67491235283 36]]\", c'est bien l'ancien. "
        "[[PERSONNE:Thibault Bertrand]] avait pourtant envoyé le nouveau. Réclamation, "
        "{{15 jours}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} + {{ADMR}} chez un couple isolé l'hiver, [[ADRESSE:La Fage, 48100 "
        "Montrodat]]. M. et Mme [[PERSONNE:Chaptal]]. Le voisin agriculteur, [[PERSONNE:Fabien]], "
        "déneige le chemin avec son tracteur. Son numéro est noté dans le dossier : "
        "[[TELEPHONE:06 89 14 57 03]]. Sans lui, rien ne marche ici.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne des urgences d'{{Aurillac}}. Une dame appelle pour dire qu'elle ne viendra pas "
        'finalement, "ça va mieux". L\'infirmière sourit : "c\'est rare qu\'on nous prévienne".',
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Guéret}}, réunion d'équipe de {{8h45}}. Tour des {{18 résidents}}, {{2 min}} "
        "chacun. Les prénoms défilent, je n'en retiens aucun. Point sur le radiateur du bâtiment "
        "B qui fuit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Clermont}} {{Croix-de-Neyrat}}. Atelier numérique : "
        "[[PERSONNE:Fatima Ahamada]] crée sa première adresse mail avec un service civique, "
        "[[PERSONNE:Jordan]]. Ils choisissent [[EMAIL:fatima.ahamada63@gmail.com]]. Elle l'écrit "
        "sur un papier qu'elle range dans son portefeuille.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de résidence {{C2S}} : l'assuré déclare vivre [[ADRESSE:22 avenue de Lattre de "
        "Tassigny, 03000 Moulins]]. Boîte aux lettres : {{3 noms}}, dont le sien, "
        '[[PERSONNE:Sadek]]. Il est là. Tout va bien. {{70 %}} de ses contrôles "tombent juste", '
        "dit l'enquêtrice.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} : aide au permis pour [[PERSONNE:Lilian Marquet]], {{19 ans}}, apprenti boulanger "
        "à {{Riom}}. Une partie est versée directement à l'auto-école {{ECF}}, le reste sur son "
        "compte : [[IBAN:FR76 1131 5000 0105 6845 3167 505]]. Passage en commission mardi.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} aux {{Vergnes}}, {{Clermont-Ferrand}}. Mme [[PERSONNE:Aïssatou Baldé]], "
        "née à {{Saint-Denis}}, {{40 ans}}, NIR sur son attestation : [[NIR:283119306666370]]. "
        "Contrôle de l'{{ASF}} : le père ne paie pas la pension. Elle montre le jugement, RG "
        "[[IDENTIFIANT:22/03187]]. Le contrôleur photographie les pages.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi après la sortie du {{CHRS}} ({{6 mois}}), à {{Espaly-Saint-Marcel}}. "
        "[[PERSONNE:Nicolas Roche]] dans son nouvel appart, [[ADRESSE:11 rue des Orgues, 43000 "
        "Espaly-Saint-Marcel]]. Il travaille à l'{{ESAT}}. L'éduc, [[PERSONNE:Margaux]], lui "
        "apporte des cintres.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Inscription par rdv téléphonique : un homme d'{{Issoudun}}, [[PERSONNE:Anthony "
        "Mercier]], né le [[DATE_NAISSANCE:19 août 1990]], NIR [[NIR:190083608839701]]. La "
        "conseillère vérifie, ça colle. Il travaillait chez un sous-traitant de {{Safran}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause café des conseillers, {{10h30}}. Ils parlent de l'appel le plus long du matin : "
        '{{42 min}}, une dame qui voulait comprendre le parcours de soins. "On a fini par y '
        'arriver".',
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Issoudun}}, {{19h}}. Un jeune de {{16 ans}} tombé de scooter. Sa mère "
        "arrive de {{Reuilly}} en chaussons. Dossier : [[PERSONNE:Mathis Gaudin]], né le "
        "[[DATE_NAISSANCE:08/02/2008]]. Les gendarmes passent pour le constat et lisent la plaque "
        "du scooter, [[IMMATRICULATION:FP-093-WJ]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil {{CHRS}}, [[PERSONNE:Abdelrahman Yousif]], soudanais, vient chercher son courrier : "
        "lettre de l'{{OFPRA}}. Il me la montre, fier : protection accordée, n° "
        "[[IDENTIFIANT:2301-98445]]. Tout le monde l'applaudit dans le hall.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Clamecy}}, appel de {{La Poste}} ({{Veiller sur mes parents}}) : le facteur "
        "signale qu'une dame n'ouvre plus depuis {{2 jours}}. Mme [[PERSONNE:Courtois]], "
        "[[ADRESSE:14 rue de la Monnaie, 58500 Clamecy]]. L'agente appelle la fille, "
        "[[TELEPHONE:03 86 27 45 10]]. Elle était à l'hôpital d'{{Auxerre}}, personne n'avait "
        "prévenu.",
    ),
    (
        "caf",
        "accueil_physique",
        "Bus {{France Services}} de l'{{Indre}} à {{Aigurande}}. Jeune maman, [[PERSONNE:Clara "
        "Moreau]], pour la {{PAJE}} : bébé [[PERSONNE:Maël]], né le [[DATE_NAISSANCE:12 "
        "septembre]]. L'agent {{France Services}} ([[PERSONNE:Kader]]) fait la démarche sur le site "
        "de la {{Caf}} avec elle. Num alloc [[N_ALLOCATAIRE:5063419]]. Il a {{7 pochettes}} de "
        "formulaires prêts sous le siège.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{11h}} : alerte incendie (exercice). Tout le monde sort sur le parking en {{4 min}}. Un "
        "demandeur en profite pour fumer avec son conseiller. Discussion plus détendue dehors que "
        "dedans.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, demande d'{{AME}}. [[PERSONNE:Mamadou Bah]], guinéen, {{19 ans}}. Passeport "
        "[[IDENTIFIANT:R0481273]]. Justificatif de résidence : attestation d'hébergement d'un "
        "compatriote, [[PERSONNE:Alpha Diallo]], [[ADRESSE:7 rue du Pont Vert, 03100 "
        "Montluçon]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jour de foire à {{Saint-Flour}}. Aux urgences : {{3 entorses}}, {{1 coup de corne}}, "
        "{{2 malaises}}. Les éleveurs attendent debout, la casquette à la main.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Decazeville}}. Mme [[PERSONNE:Carmen Sánchez]], {{78 ans}}, fille de mineurs "
        "espagnols, s'inscrit au voyage des aînés à {{Conques}}. \"J'y suis jamais allée, c'est à "
        "{{30 km}} !\" L'agent note son portable : [[TELEPHONE:06 52 07 33 41]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller de {{Moulins}} au tel avec un intérimaire de {{Dompierre-sur-Besbre}} : "
        "trop-perçu de {{640 €}}. Identifiant [[ID_FRANCE_TRAVAIL:2395178H]]. Échéancier proposé, "
        "{{40 €}} par mois. [[PERSONNE:Dylan Pichon]] accepte, soulagé que ce ne soit pas tout "
        "d'un coup.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : une mère appelle pour son fils majeur, schizophrène, à la rue depuis "
        "{{3 jours}}. L'écoutante ne peut rien faire sans lui. Elle note quand même : "
        "[[PERSONNE:Loïc Perret]], né en [[DATE_NAISSANCE:1998]], et le tel de la mère, "
        "[[TELEPHONE:07 81 60 24 95]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} de la {{Haute-Loire}}. Une étudiante de {{Brives-Charensac}} pour son "
        "{{APL}} : [[PERSONNE:Chloé Vialatte]], n° [[N_ALLOCATAIRE:8102467]], mail "
        "[[EMAIL:chloe.vialatte@etu.uca.fr]]. Le conseiller l'aide à mettre à jour le montant du "
        "loyer.",
    ),
]

NOTES_F = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Guéret}}, accueil, noté en vrac :\n"
        "- {{9h}} ouverture, {{7 personnes}} dehors\n"
        "- 1ere : Mme [[PERSONNE:Fernandes]], changement de RIB -> [[IBAN:FR62 3000 4008 2400 "
        "110K 0410 670]]\n"
        '- 2e : un monsieur qui veut "parler à quelqu\'un" pour son {{RSA}}, repart avec un rdv\n'
        "- 3e : étudiante, {{APL}}\n"
        "L'AGENTE NE S'EST PAS ASSISE UNE SEULE FOIS EN {{1H}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Clermont-Ferrand}}. Un monsieur de {{78 ans}}, ancien de chez {{Michelin}}, "
        "[[PERSONNE:Roger Fontanille]], NIR [[NIR:1 45 12 63 113 337 75]]. Il veut savoir pour "
        "son dentier : le devis du Dr [[PERSONNE:Lecomte]] dépasse le {{100 % santé}}. L'agent "
        "lui explique les paniers, il sort ses lunettes pour relire le devis.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Mende}}, {{10h15}}. Saisonnier de la station du {{Bleymard}}, "
        "[[PERSONNE:Jonathan Rieu]], pour son actualisation : identifiant "
        "[[ID_FRANCE_TRAVAIL:8836012 R]]. La neige est arrivée tard, {{3 semaines}} de contrat "
        "au lieu de {{3 mois}}. Portable pour les SMS : [[TELEPHONE:06 47 20 58 13]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, accueil. Mme [[PERSONNE:Rose Lemercier]], {{86 ans}}, vient offrir un {{olivier}} "
        'en pot pour le hall, "parce que vous êtes gentils". L\'agente ([[PERSONNE:Céline]]) ne '
        "sait pas si elle a le droit d'accepter. Elle accepte. L'olivier est maintenant à côté de "
        "la {{fontaine à eau}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Clermont}} : un détenu arrive escorté par {{2 policiers}}, menotté. Les gens "
        "regardent ailleurs. Dossier ouvert au nom de [[PERSONNE:Kamel Zeroual]], n° d'écrou "
        "[[IDENTIFIANT:48213]]. Il passe directement en box, pas par la salle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Villefranche-de-Rouergue}}. [[PERSONNE:Ludovic Cayla]], {{44 ans}}, sorti "
        "d'hospitalisation à {{Rodez}}. Sa nouvelle carte d'identité est arrivée, n° "
        "[[IDENTIFIANT:X4RT7KC92]]. Il la regarde longtemps. Le moniteur-éducateur, "
        '[[PERSONNE:Jérôme]], lui dit "vous êtes beau dessus".',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute {{Caf}}. [[PERSONNE:Ana Rodrigues]], née au {{Portugal}}, {{30 ans}}, n'a "
        "pas son numéro d'allocataire sous la main : le conseiller la retrouve par le NIR, "
        "[[NIR:294029913969906]]. {{AL}} suspendue, attestation de loyer manquante. Son "
        "propriétaire, M. [[PERSONNE:Bonhomme]], ne répond pas aux courriers.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un agriculteur appelle la {{Cpam}} alors qu'il dépend de la {{MSA}}. Le conseiller : "
        '"c\'est pas chez nous monsieur". Le monsieur : "mais c\'est la sécu !". Dialogue de '
        "sourds pendant {{3 min}}, puis le numéro de la {{MSA}}. Ça arrive souvent ici, me dit-il.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Royère-de-Vassivière}}, {{1h}} de route, lac gelé. Allocataire "
        "[[PERSONNE:Mélanie Peyroux]], {{AAH}} + {{APL}}, loue une maison à un couple d'Anglais, "
        "les [[PERSONNE:Thompson]]. Adresse : [[ADRESSE:Villemonteix, 23460 "
        "Royère-de-Vassivière]]. Le bail est en anglais et en français. Loyer {{380 €}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}}, espace libre accès : {{6 ordinateurs}}, {{2 en panne}}. Un monsieur "
        'tape son CV avec un doigt. {{25 min}} pour le paragraphe "expériences". PERSONNE NE '
        "L'AIDE, tout le monde est en rdv.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement relais du {{CHRS}} à {{La Châtre}} : [[PERSONNE:Yvette]], {{63 ans}}, "
        "et son chien {{Filou}}. Le problème c'est le chien, le propriétaire n'en voulait pas. "
        "L'éducatrice négocie au téléphone avec l'agence {{Century 21}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}}, suspicion de double affiliation. Adresse déclarée : [[ADRESSE:5 impasse "
        "des Vignes, 63170 Aubière]]. L'assurée, [[PERSONNE:Samia Touati]], née le "
        "[[DATE_NAISSANCE:21/12/1979]], est là. Elle était affiliée en {{Belgique}} avant. Tout se "
        "tient, l'enquêteur classe.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} du {{Puy-en-Velay}}. L'assistante sociale de l'hôpital, [[PERSONNE:Anne Brioude]], "
        "appelle pour une sortie d'hospitalisation : M. [[PERSONNE:Arnaud Jouve]], sans domicile, "
        "sort demain. Elle laisse son mail pro, [[EMAIL:a.brioude@ch-lepuy.fr]]. L'agente "
        "cherche une solution pour le soir même.",
    ),
    (
        "caf",
        "accueil_physique",
        '{{Caf}}. [[PERSONNE:Nino Beridze]], géorgienne, titre de séjour "vie privée et familiale" n° '
        "[[IDENTIFIANT:6399401257]], ouvre ses droits aux {{allocations familiales}}. La "
        "conseillère, [[PERSONNE:Stéphanie]], photographie chaque page avec la tablette. "
        "{{45 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'{{EHPAD Les Genêts}} appelle pour annoncer le transfert d'une résidente, Mme "
        "[[PERSONNE:Bonnefoy]], {{94 ans}}, née le [[DATE_NAISSANCE:15/03/1930]]. L'infirmière de "
        "l'{{EHPAD}} donne son prénom, [[PERSONNE:Samia]], et son portable : "
        "[[TELEPHONE:07 58 31 64 20]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : {{2h}} d'écoute, {{19 appels}}, {{4 mises à l'abri}}. Le reste : \"rappelez "
        "demain\". L'écoutant dit que la phrase qu'il prononce le plus, c'est \"je suis désolé\".",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Aurillac}}. Une femme de {{Vic-sur-Cère}} qui a ouvert un gîte vient "
        "pour l'{{ARCE}} : [[PERSONNE:Sylvie Marty]], identifiant [[ID_FRANCE_TRAVAIL:3371096V]]. "
        "Versement sur le compte du {{Gîte de la Jordanne}}, RIB [[IBAN:FR76 1333 5003 0131 8434 "
        "0474 676]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "À l'accueil {{Cpam}}, l'écran de la salle passe en boucle une vidéo sur le dépistage du "
        "cancer colorectal. Tout le monde la regarde faute de mieux. Un monsieur : \"je l'ai vue "
        '{{4 fois}}".',
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Cosne}} chez M. [[PERSONNE:Brossard]], [[ADRESSE:Les Perrières, 58200 "
        "Saint-Loup]], ancien vigneron ({{Pouilly}} n'est pas loin). Il vit dans {{2 pièces}}, le "
        "reste est fermé. Sa {{R5}} n'a plus de contrôle technique depuis longtemps, plaque "
        "[[IMMATRICULATION:4418 VL 58]]. Il conduit quand même pour le pain.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, dialogue noté presque mot à mot :\n"
        "- Vous vivez seule ?\n"
        "- Oui.\n"
        "- Et le monsieur sur la photo ?\n"
        "- Mon frère.\n"
        "- D'accord.\n"
        "Le contrôleur n'insiste pas. Allocataire [[PERSONNE:Jennifer Lallemand]], "
        "[[N_ALLOCATAIRE:6604218]]. Il prend son tel pour la suite : [[TELEPHONE:06 35 92 07 61]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}}, rdv {{CEJ}}. [[PERSONNE:Enzo Guerrero]], {{18 ans}}, casquette, "
        "écouteurs. La conseillère ([[PERSONNE:Amandine]]) lui demande d'en enlever un, il enlève "
        "les deux. Nouveau mail dans le dossier, [[EMAIL:enzo.guerrero2006@icloud.com]] : "
        "\"l'autre j'ai plus le mot de passe\".",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une dame de {{Bonnat}} : elle a résilié sa mutuelle {{Groupama}}, n° adhérent "
        "[[IDENTIFIANT:GR-23-0184471]], mais la télétransmission continue. Le conseiller supprime "
        "le lien. [[PERSONNE:Jacqueline Parot]] : \"c'est tout ? j'ai attendu {{20 minutes}} pour "
        'ça".',
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vichy}}, registre canicule. Mme [[PERSONNE:Dussap]], née le "
        "[[DATE_NAISSANCE:4 juin 1941]], vit seule au {{4e étage}} sans ascenseur. Contact : son "
        "fils à {{Lyon}}, [[TELEPHONE:06 91 26 48 02]]. L'agente, [[PERSONNE:Vanessa]], lui "
        "conseille de fermer les volets dès {{10h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Decazeville}} : {{2 box}} ouverts sur {{4}}, faute de médecin. Sur la porte "
        ': "en cas d\'urgence vitale, appelez le {{15}}". Dans la salle on parle de la fermeture '
        "de nuit, les gens sont en colère.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour. Une famille de voyageurs, la famille [[PERSONNE:Winterstein]], vient "
        "pour une domiciliation. Ils sont sur l'[[ADRESSE:aire d'accueil de Domérat, emplacement "
        "14]]. Le fils, [[PERSONNE:Django]], remplit le formulaire de {{4 pages}} pour ses parents. Caravane "
        "immatriculée [[IMMATRICULATION:EV-225-SH]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} de l'{{Indre}}. Coupure réseau de {{12 min}} : les conseillers ne "
        "voient plus rien. Ils prennent les appels quand même, notent à la main, rappelleront. "
        'Une conseillère : "comme en {{1995}}".',
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, permanence de {{La Souterraine}}. Jeune couple qui reprend la boulangerie {{Au "
        "Fournil du Puy}} : [[PERSONNE:Kenza]] et [[PERSONNE:Thomas Berger]]. Ils logent "
        "au-dessus, [[ADRESSE:3 place du Marché, 23300 La Souterraine]]. Num alloc "
        "[[N_ALLOCATAIRE:7295130]]. Ils repartent avec des chouquettes pour l'agente. Non, "
        "l'inverse : ils en avaient apporté.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} en {{Aubrac}}. {{1h20}} de route depuis {{Mende}}, dont {{20 min}} "
        "derrière un troupeau. L'assuré est là. {{8 min}} de contrôle. Retour. L'enquêteur : \"le "
        "plus long c'est la route, toujours\".",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle un demandeur pour un job dating logistique à {{Gerzat}} : "
        '[[PERSONNE:Steven Moulin]], identifiant [[ID_FRANCE_TRAVAIL:4092715A]]. "Vous êtes né en '
        "[[DATE_NAISSANCE:2001]], c'est ça ?\", pour vérifier que c'est le bon. Oui. Il viendra.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus avec l'éducatrice : on aide [[PERSONNE:Khadija Amrani]] à activer son "
        "nouveau compte {{Caisse d'Épargne}}. L'IBAN s'affiche dans l'appli, [[IBAN:FR76 1871 5002 "
        "0087 4573 3308 003]]. On l'envoie à la {{Caf}} ensemble depuis son téléphone.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} : un jeune homme demande une aide. Il vend des bijoux sur {{Instagram}} sous "
        "[[IDENTIFIANT:@perles_de_lou]]. L'agente sourit et lui dit que ça compte comme revenu. "
        "[[PERSONNE:Louis Carrier]] fait la grimace.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Guéret}}. [[PERSONNE:Sarah Whitfield]], anglaise, installée à {{Crozant}} "
        "depuis {{6 ans}}, veut travailler dans le tourisme. Diplôme de guide obtenu en "
        "{{Écosse}}. Identifiant [[ID_FRANCE_TRAVAIL:5907641 T]]. Le conseiller appelle devant "
        "nous l'{{office de tourisme}} : \"on cherche quelqu'un qui parle anglais !\".",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, antenne de {{Moulins}}. [[PERSONNE:Ousmane Camara]], {{20 ans}}, apprenti cuisinier, "
        "vient chercher son attestation : NIR enfin attribué, [[NIR:1 04 05 99 330 297 59]]. Son "
        "patron, M. [[PERSONNE:Auclair]], l'a accompagné. Ils repartent en se tapant dans la "
        "main.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Nevers}}. Accident sur la {{N7}}. Le conducteur de l'autre voiture arrive "
        "avec le constat, plaque [[IMMATRICULATION:GH-308-LN]]. L'agent refuse de donner des "
        "nouvelles. Il laisse son numéro au cas où : [[TELEPHONE:06 15 44 27 90]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'une commune de {{1 800 habitants}} dans l'{{Allier}} : c'est la secrétaire de "
        "mairie qui fait tout. Le téléphone sonne {{5 fois}} pendant que je suis là : état civil, "
        'cantine, une vache échappée sur la route, un colis, le {{CCAS}}. "Ici on est polyvalents".',
    ),
]

NOTES_G = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, permanence d'{{Ussel}} à la {{France Services}}. Mme [[PERSONNE:Mesnier]] arrive "
        'avec un courrier de la {{Caf}} adressé à "Mme [[PERSONNE:Meynier]]". "Ça fait {{20 ans}} '
        "qu'ils l'écorchent\". L'agente corrige dans le dossier, n° alloc "
        "[[N_ALLOCATAIRE:1844736]]. Pension de réversion {{MSA}} + {{APL}}, tout est juste à part "
        "le nom.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, accueil sur rdv. Un accidenté du travail vient avec son avocate, Me "
        "[[PERSONNE:Delcourt]]. Ils veulent le dossier médical complet. L'agent explique : "
        "formulaire, délai de {{8 jours}}. L'avocate note tout. Le monsieur, [[PERSONNE:Farid "
        "Meziane]], ne dit pas un mot.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} d'{{Yssingeaux}} chez Mme [[PERSONNE:Mounier]], [[ADRESSE:Le Mas de Bonnas, "
        "43200 Yssingeaux]], ferme où elle vit avec son fils [[PERSONNE:Rémi]], {{52 ans}}, "
        'handicapé. Elle a {{81 ans}}. "Quand je serai plus là, qui ?". La conseillère parle '
        "d'un habitat inclusif à {{Monistrol}}. Long silence, la pendule.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, bureau de la {{CESF}}. [[PERSONNE:Grégory Lamy]] prépare sa sortie en logement. Numéro "
        "unique de demande de logement social : [[IDENTIFIANT:0630324001873]]. Le bailleur veut un "
        "mail, il dicte \"[[EMAIL:greg.lamy [at] laposte.net]]\", il a lu qu'il fallait l'écrire "
        'comme ça "contre les robots". La {{CESF}} rectifie gentiment.',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Aurillac}}, plateforme : un appel sur {{2}} concerne l'appli qui "
        "demande une mise à jour. Le conseiller fait désinstaller / réinstaller à chaque fois. "
        '{{6 fois}} ce matin. "Je suis devenu informaticien".',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} près de {{Villefranche-de-Rouergue}}. Couple d'agriculteurs, "
        "[[PERSONNE:Marie-Hélène]] et [[PERSONNE:Didier Carrié]], ferme [[ADRESSE:Le Bousquet, "
        "12200 Savignac]]. Contrôle de la {{prime d'activité}} sur les bénéfices agricoles. RIB "
        "du compte de l'exploitation : [[IBAN:FR34 1680 6042 0000 801K 9984 417]]. Le contrôleur "
        "s'y perd entre compte perso et compte pro, eux aussi.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Une assurée lit son numéro de sécu en le découpant : "[[NIR:2 65 06 2B 033 473 03]]". '
        'Le conseiller : "2B, vous êtes née en {{Haute-Corse}} ?" - "à {{Bastia}}, en '
        '[[DATE_NAISSANCE:mille neuf cent soixante-cinq]]". [[PERSONNE:Dominique Paoli]] appelle '
        "pour un remboursement de kiné.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Aurillac}}, distribution des colis des aînés : {{230 colis}}. File dans le "
        "couloir, moyenne d'âge {{80 ans}}, les bénévoles du {{Secours populaire}} aident à "
        "porter. Foie gras, une bouteille, des chocolats {{Lindt}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Nièvre}}. Un homme appelle de sa camionnette, parking de la gare de {{Cosne}}. "
        "Il donne sa plaque \"pour que les gendarmes l'embêtent pas\", l'écoutante la tape en "
        'minuscules : [[IMMATRICULATION:dk-562-tp]]. [[PERSONNE:Stéphane Lebrun]], "je suis de '
        '[[DATE_NAISSANCE:75]]". Rappel au [[TELEPHONE:0033 6 81 42 97 05]].',
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, plateforme. Une allocataire ne reçoit jamais les mails : adresse enregistrée "
        "[[EMAIL:laura.bonnet@gmial.com]] (gmial !). Le conseiller corrige en "
        "[[EMAIL:laura.bonnet@gmail.com]]. N° [[N_ALLOCATAIRE:4158802]]. [[PERSONNE:Laura "
        'Bonnet]] : "ça fait {{1 an}} que j\'attends vos mails".',
    ),
    (
        "caf",
        "controle_sur_place",
        'Débrief du contrôleur dans la voiture après {{3 contrôles}} : "aucun fraudeur '
        "aujourd'hui, que des gens perdus dans les papiers\". D'après lui c'est la majorité. Il "
        "tient ses stats dans un carnet à spirale.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, impayé de loyer. Mme [[PERSONNE:Benhaddou]], locataire {{Auvergne "
        "Habitat}}, réf. locataire [[IDENTIFIANT:AH-0417-22865]]. {{4 enfants}}, le mari est "
        "reparti au {{Maroc}}. L'assistante note le tel de sa sœur qui aide pour les papiers, "
        "[[TELEPHONE:06 84 09 12 53]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Decazeville}}. Un ancien de la {{SAM}}, la fonderie fermée en {{2021}}, "
        '[[PERSONNE:Philippe Garrigues]]. La conseillère : "vous êtes de '
        '[[DATE_NAISSANCE:66]] ?" - "[[DATE_NAISSANCE:65]], en décembre". Il change de banque, '
        "RIB [[IBAN:FR76 1027 8372 9018 0181 7946 282]]. Il parle de la lutte, des {{333}} "
        "salariés, il a encore le tee-shirt.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Mende}}. [[PERSONNE:Hendrik]] et [[PERSONNE:Marijke de Vries]], retraités "
        "néerlandais, formulaire {{S1}} pour être couverts en France. Adresse : [[ADRESSE:Le "
        "Villaret, 48150 Meyrueis]]. L'agent photocopie. [[PERSONNE:Hendrik]] me parle du {{Causse "
        "Méjean}} pendant ce temps, il a l'air heureux.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Mende}}, {{14 places}}. Nouvel arrivant : [[PERSONNE:Cyril]], {{38 ans}}, "
        "parti de chez lui à {{Florac}} après une séparation, dort dans sa voiture depuis "
        "{{1 mois}}. Il a gardé son travail à la scierie. En cas de besoin, le portable de son "
        "patron, M. [[PERSONNE:Vidal]] : [[TELEPHONE:06 30 57 18 42]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus, relevé du compteur {{Linky}} avec le résident, "
        "[[PERSONNE:Bilal Haddou]]. Point de livraison [[IDENTIFIANT:14523687901246]] pour ouvrir "
        "le contrat à son nom, [[ADRESSE:16 rue Denis Papin, 03200 Vichy]]. Il photographie le "
        'compteur "pour une fois que c\'est à mon nom".',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au {{115}}. À {{23h50}}, un appel : personne ne parle, on entend une télé. "
        'L\'écoutante attend {{1 min}}, dit "si vous avez besoin, rappelez", raccroche. Ça arrive '
        "souvent, me dit-elle, et parfois ils rappellent.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Montluçon}}. [[PERSONNE:Jean-Pierre Laurent]], {{66 ans}} : sa retraite "
        "{{Carsat}} est en retard, il n'a plus rien. Aide d'urgence de {{150 €}} virée sur "
        "[[IBAN:FR22 1558 9511 0071 494K 3086 141]]. Il demande s'il peut avoir un colis en "
        "attendant. Oui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{9h05}}, une demandeuse n'arrive plus à se connecter, elle a changé de mail. Le conseiller vérifie "
        "l'identité : identifiant [[ID_FRANCE_TRAVAIL:6250938M]], née le [[DATE_NAISSANCE:9 "
        "octobre 1985]]. Nouveau mail : [[EMAIL:soraya.benali@proton.me]]. [[PERSONNE:Soraya "
        'Benali]] remercie, "enfin quelqu\'un".',
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Aubusson}}, un dimanche. Une randonneuse, entorse sur un sentier au bord de "
        "la {{Creuse}}. [[PERSONNE:Hélène Marchetti]], née le [[DATE_NAISSANCE:27 novembre "
        "1969]], carte {{Malakoff Humanis}} n° [[IDENTIFIANT:MH7730418825]]. Son compagnon a "
        "conduit depuis le gîte, il fait les cent pas.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{Cpam}} de l'{{Indre}}, {{16h}}. Les appels de fin de journée sont plus longs, me "
        'dit la conseillère : "les gens ont attendu toute la journée pour oser appeler". Un '
        "monsieur s'excuse {{3 fois}} de déranger.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Vichy}}. [[PERSONNE:Marine Dufour]] a quitté le domicile conjugal, elle change "
        "d'adresse : [[ADRESSE:2 bis rue de Paris, 03200 Vichy]]. Tél [[TELEPHONE:07 62 18 55 "
        "04]]. L'agente lui parle de l'aide à la séparation. Elle pleure un peu, puis ça va.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Saugues}}, la {{Margeride}} côté {{Haute-Loire}}. La famille "
        "[[PERSONNE:Rouchon]], {{5 enfants}}, le dernier né en [[DATE_NAISSANCE:juin 2023]]. Le "
        "contrôleur vérifie la scolarité des grands. Num alloc [[N_ALLOCATAIRE:2650147]]. On "
        "repart avec des lentilles vertes du {{Puy}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} d'un arrêt maladie à {{Montluçon}}. M. [[PERSONNE:Kessler]] ouvre en "
        "bleu de travail : il répare la voiture de sa mère. Dehors, la voiture en question, "
        '[[IMMATRICULATION:BR-474-JC]]. L\'enquêteur note "présent" : "présent, c\'est '
        'présent".',
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Vierzon}}. Une conseillère fête son départ à la retraite : "
        "{{37 ans}} de maison ({{ANPE}}, {{Assedic}}, {{Pôle emploi}}, puis {{France Travail}}). Les "
        "collègues ont fait un gâteau. [[PERSONNE:Brigitte]] pleure un peu. En salle d'attente, "
        "les demandeurs applaudissent aussi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Guéret}} : une dame de {{Saint-Vaury}}, Mme [[PERSONNE:Dubreuil]], "
        "cherche quelqu'un pour l'emmener à sa chimio à {{Limoges}}, {{2 fois}} par semaine. "
        "L'agente donne le contact du {{transport solidaire}} : [[PERSONNE:Gilbert]], chauffeur "
        "bénévole, [[TELEPHONE:06 43 77 20 18]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Châteauroux}}, accueil. [[PERSONNE:Tahir Mahamat]], tchadien, {{33 ans}}. "
        "Récépissé de demande de titre n° [[IDENTIFIANT:3602115874]]. Né le "
        "[[DATE_NAISSANCE:31/12/1991]] d'après ses papiers, \"mais ma mère dit que c'était à la "
        'saison des pluies".',
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} à {{Clamecy}}, mairie, {{salle du conseil}}. [[PERSONNE:Aurore "
        "Sarrazin]], {{28 ans}}, {{RSA}}, donne son mail écrit sur un post-it : "
        '"[[EMAIL:aurore.sarrazin(at)orange.fr]]". Num [[N_ALLOCATAIRE:3302964]]. L\'agente le '
        "recopie dans le bon format.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle la {{Caf}} pour sa mère décédée : il faut arrêter l'{{APL}}. Le "
        "conseiller présente ses condoléances, demande le numéro : [[N_ALLOCATAIRE:0921573]], Mme "
        '[[PERSONNE:Lagarde]], décédée le {{3 mars}}. Trop-perçu probable. Le fils : "vous pouvez '
        'pas attendre un peu ?".',
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Flour}}, fin de matinée. Un monsieur vient juste dire que sa voisine, Mme "
        "[[PERSONNE:Rigal]], {{92 ans}}, n'a plus de chauffage et qu'elle ne demandera jamais rien "
        'elle-même. Il laisse son numéro, [[TELEPHONE:04 71 60 38 27]] : "je suis '
        "[[PERSONNE:Roux]], son voisin d'en face depuis {{40 ans}}\". Visite prévue demain. "
        "Dernière note de ma semaine : ici, ce sont les voisins qui font le service public.",
    ),
]

NOTES = NOTES_A + NOTES_B + NOTES_C + NOTES_D + NOTES_E + NOTES_F + NOTES_G

if __name__ == "__main__":
    main()
