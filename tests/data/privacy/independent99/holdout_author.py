"""Independent evaluation corpus n° 99: 240 hand-written observation notes (Grand Est).

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind99-001`` ... ``ind99-240`` follow the
writing order. ``split`` draws dev / holdout from the ids and the cells only.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; running it twice gives byte-identical files.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind99"
SEED = 99

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
NO_VISIT = {"urgences", "france_travail"}

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Return (text, entities, keep) from a marked note."""
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
            if value != value.strip():
                raise ValueError(f"span with outer whitespace {value!r}")
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build(notes):
    out = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
        if site_kind in NO_VISIT and channel == "controle_sur_place":
            raise ValueError(f"no home visit at {site_kind}")
        text, entities, keep = parse(marked)
        if not keep:
            raise ValueError(f"note {number} has an empty keep list")
        out.append(
            {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return out


def split(notes):
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
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
    by_id = {note["id"]: note for note in notes}
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [by_id[i] for i in dev])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


# ---------------------------------------------------------------------------------------------
# The notes, in writing order.
# ---------------------------------------------------------------------------------------------

BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "9h12, ticket {{A047}}. Mme [[PERSONNE:Demir]] vient pour un trop-perçu d'{{APL}} de {{312,40 €}}. L'agente ([[PERSONNE:Sabrina]]) tape le n° alloc qu'elle lui dicte : [[N_ALLOCATAIRE:48 21 907]], puis vérifie le NIR sur l'attestation : [[NIR:2 91 02 67 482 137 19]]. Née à {{Strasbourg}}, ça colle. Le courrier du {{12 mars}} elle l'a jamais reçu, elle a déménagé au [[ADRESSE:7 rue de Mundolsheim, 67300 Schiltigheim]].",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente jusqu'à la porte à l'ouverture ({{8h30}}). {{23 personnes}} devant nous. Bcp de questions sur la {{prime d'activité}} de ce mois, le versement a pas eu lieu {{le 5}}. Agent d'accueil : « c'est national, c'est pas vous, c'est le système »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h04}}. Monsieur donne son num allocataire en deux fois « zéro… attendez… [[N_ALLOCATAIRE:0673 415]] ». Il appelle depuis le portable de sa soeur, [[TELEPHONE:07 68 12 40 93]], veut qu'on le rappelle là. L'agent note aussi son mail [[EMAIL:k.haddad67 arobase gmail point com]]. Nom : [[PERSONNE:Karim Haddad]]. Question : {{RSA}} suspendu depuis {{janvier}}, {{DTR}} pas renvoyée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile, {{Mulhouse}} {{Bourtzwiller}}. Contrôleur : M. [[PERSONNE:Wendling]]. Chez Mme [[PERSONNE:Fatoumata Camara]] (née en {{Guinée}}, [[DATE_NAISSANCE:octobre 85]]), [[ADRESSE:22 rue de Kingersheim, 68200 Mulhouse]], 3e étage sans ascenseur. Il vérifie : bail (bailleur {{m2A Habitat}}, réf locataire [[IDENTIFIANT:LOC-0045127]]), titre de séjour n° [[IDENTIFIANT:6802145873]] valable jusqu'en {{2027}}, relevé avec l'IBAN [[IBAN:FR76 1027 8010 1200 0214 5670 184]]. Il recopie le NIR à la main : [[NIR:2851099330021 82]]. {{2 enfants}}, {{6 et 9 ans}}. Durée {{1h10}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune homme, {{19 ans}}, a perdu sa carte Vitale dans le {{tram}}. Agent : « votre numéro de sécu ? » Il le lit sur son tel en le coupant bizarrement : « [[NIR:105 115 746 308 8]]… et la clé c'est [[NIR:78]] ». Elle retape tout. Nom [[PERSONNE:Théo Kowalski]], né à {{Metz}}. Nouvelle carte commandée, {{2 à 3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Appelante : Mme [[PERSONNE:Nguyen Thi Lan]], mutuelle {{Harmonie}} n° adhérent [[IDENTIFIANT:7 184 552 09]], demande pq son remboursement de lunettes ({{289 €}}) est bloqué. L'agent (« [[PERSONNE:Jérôme]], poste {{4417}} ») voit que la {{CSS}} a expiré le {{31/01}}. Il lui dit de refaire le formulaire {{Cerfa 12504*03}}, elle note en répétant chaque chiffre.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, passage à {{10h30}} chez M. [[PERSONNE:Piotr Nowakowski]], [[ADRESSE:3 impasse des Mineurs, 57500 Saint-Avold]]. Personne. Heures de présence obligatoires {{9h-11h}} et {{14h-16h}}. L'agente laisse un avis de passage et note la plaque de la voiture garée devant, [[IMMATRICULATION:FK-318-ZD]] (« c'est la sienne » d'après la voisine). Retour au bureau, rapport à faire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Colmar}} : salle d'attente petite, {{6 chaises}}, affiches {{Restos du Cœur}} + {{banque alimentaire}}. Une dame âgée attend depuis {{40 min}} pour une aide au chauffage. L'agente s'excuse trois fois. Personne ne se plaint. ça m'a frappé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{Thionville}}. Appel d'un fils pour sa mère, Mme [[PERSONNE:Rosa Lombardi]], née le [[DATE_NAISSANCE:03/09/1938]]. Elle a reçu une facture {{EDF}} de {{614 €}}, réf client [[IDENTIFIANT:6003 114 872]], et un courrier de {{Batigère}} (loc. n° [[IDENTIFIANT:B57-220918]]). Il laisse son numéro : « c'est le [[TELEPHONE:zéro six, quarante-quatre, dix-huit, vingt-deux, zéro sept]] ». Agente : rdv jeudi {{14h}} avec l'assistante sociale.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Mélanie]] (CCAS {{Épinal}}) chez M. [[PERSONNE:Bernard Colin]], {{82 ans}}, seul depuis le décès de sa femme, [[ADRESSE:9 rue Abel Ferry, 88000 Épinal]]. Frigo presque vide. Il sort ses papiers d'une boîte à chaussures : notif {{APA}}, carte {{MGEN}} n° [[IDENTIFIANT:188456702]]. [[PERSONNE:Mélanie]] note le tel du neveu à {{Nancy}} : [[TELEPHONE:03.83.57.21.46]]. Portage de repas lancé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences {{Hautepierre}}, {{23h40}}. L'IOA tape : patient [[PERSONNE:Yusuf Kaya]], DDN [[DATE_NAISSANCE:1996-07-21]], IPP [[IDENTIFIANT:8001245713]], n° séjour [[IDENTIFIANT:25-0412876]]. Pas de carte vitale, elle prend les infos sur l'appli {{Ameli}} de son tel. {{Box 7}}. {{Tri 4}}, douleur poignet après chute de vélo.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pleine, {{31 personnes}} comptées. Une maman avec un bébé qui tousse, là depuis {{3h}}. Écran : « temps d'attente estimé {{4h30}} ». L'agent de sécu très calme. Qqn crie que c'est une honte, l'agente d'accueil répond doucement « je sais monsieur ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le Dr [[PERSONNE:Okafor]] passe à l'accueil demander si la famille de « la dame du {{box 12}} » est arrivée. Secrétaire : « la fille, Mme [[PERSONNE:Schmitt-Ouali]], a appelé, elle vient de {{Colmar}} ». Appel reçu à {{15h20}}, elle a laissé le [[TELEPHONE:06 52 84 39 10]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Mercy}}. Un homme cherche son père « [[PERSONNE:Antoine Marchal]], né le [[DATE_NAISSANCE:2 février 1947]] ». La secrétaire confirme juste qu'il est hospitalisé, ne donne pas le service au tél (« secret médical »). Elle prend un n° de rappel : [[TELEPHONE:+352 621 478 305]], il bosse au {{Luxembourg}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tel de l'accueil sonne toutes les {{2-3 min}}. La plupart : « c'est combien l'attente ? ». Réponse toujours la même : « on peut pas vous dire, faites le {{15}} si c'est grave ». 😬",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du CHRS, {{Metz}}. M. [[PERSONNE:Giorgi Beridze]] arrive avec son récépissé APS n° [[IDENTIFIANT:5702318846]] et son passeport géorgien [[IDENTIFIANT:16AB04417]]. L'éducatrice, [[PERSONNE:Léa]], retrouve la réf SIAO : [[IDENTIFIANT:SIAO57-2025-01873]]. Place en {{chambre 14}} à partir de ce soir. Il dit « merci » en français, en russe, en géorgien.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas de midi au CHRS, {{42 couverts}}. Un résident, « [[PERSONNE:Tonton]] » comme ils disent, fait la vaisselle tous les jours. L'éduc me dit qu'il est là depuis {{4 ans}}. Il veut pas parler de lui.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Moselle}}, {{21h15}}. Femme avec 2 enfants, appelle d'un tel prêté : [[TELEPHONE:07.53.19.84.26]]. L'écoutante tape : nom [[PERSONNE:MUKENDI]], prénom [[PERSONNE:Grâce]] (« G R A C E, avec l'accent »), née le [[DATE_NAISSANCE:11/04/1990]], enfants nés en [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2019]]. Réf SIAO déjà existante : [[IDENTIFIANT:2301 4478]]. Pas de place ce soir, orientation hôtel {{Première Classe}} {{Metz Nord}}, {{chambre 208}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} ne décroche pas assez vite : {{148 appels}} en attente à un moment sur l'écran. Une écoutante me dit qu'il y a {{4 postes}} ce soir. Beaucoup raccrochent avant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un monsieur qui dort dans sa voiture, parking {{Auchan}} {{Tomblaine}}. {{Clio}} grise, il épelle la plaque : [[IMMATRICULATION:ee 412 pt]]. Prénom [[PERSONNE:Sébastien]], {{47 ans}}. Demande si la maraude peut passer. L'écoutante transmet à la {{Croix-Rouge}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus avec l'éducateur [[PERSONNE:Romain Gashi]]. Appart du CHRS, [[ADRESSE:4 allée des Peupliers, 54500 Vandœuvre-lès-Nancy]]. Mme [[PERSONNE:Ilona Kowalczyk]] y vit avec sa fille. Relevé du compteur {{Linky}}, n° PDL [[IDENTIFIANT:14 221 087 456 309]] pour le dossier {{FSL}}. Tout est propre, elle a peint une {{rose}} sur la porte de la chambre de la petite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Reims Croix-Rouge}}. M. [[PERSONNE:Abdoulaye Sow]] donne son identifiant : « [[ID_FRANCE_TRAVAIL:305 8841 T]] ». Le conseiller ([[PERSONNE:Duval]]) cherche l'offre n° {{189QKLM}} (cariste) : close depuis hier. Il est venu en bus, {{ligne 4}}, {{50 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, {{8 participants}}. Le modèle projeté au mur est au nom de « [[PERSONNE:Julie Martin]] », [[EMAIL:julie.martin@email.fr]], [[TELEPHONE:06 00 00 00 00]]. La conseillère, [[PERSONNE:Nadia Bensalem]], insiste : pas de photo, pas de date de naissance, « ça sert à rien et ça discrimine ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Borne d'accueil en panne → tout le monde passe par l'agent. Attente {{25 min}}. La {{TV}} passe des offres : « {{aide-soignant}} {{H/F}} {{Épinal}} {{CDI}} {{1 850 € brut}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription. Mme [[PERSONNE:Olena Shevchenko]], arrivée d'{{Ukraine}} en {{2022}}, titre de séjour protection temporaire n° [[IDENTIFIANT:5403127768]]. Le conseiller, [[PERSONNE:Kévin]], crée l'identifiant et le lit lentement : « [[ID_FRANCE_TRAVAIL:4 1 7 2 0 9 5 H]] ». Mail : [[EMAIL:olena.shev@ukr.net]]. Prochain rdv le {{12/06}} à {{9h30}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Appelant : « [[ID_FRANCE_TRAVAIL:2218430W]], [[PERSONNE:Lucas Heitz]] ». Question sur l'{{ARE}} : paiement pas reçu ce mois. Le conseiller voit un contrôle de la recherche d'emploi en cours. [[PERSONNE:Lucas]] s'énerve : « j'ai envoyé {{40 candidatures}} ». Rappel prévu au [[TELEPHONE:0689451273]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle un employeur (boulangerie {{Kieffer & Fils}}, {{Haguenau}}) pour un candidat, M. [[PERSONNE:Amine Bouzid]]. Le patron, M. [[PERSONNE:Kieffer]], veut le CV par mail à {{recrutement@boulangerie-kieffer.fr}}. Essai {{samedi}} {{5h}} du matin. Le conseiller rappelle [[PERSONNE:Amine]] direct : [[TELEPHONE:07 81 22 63 19]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Santoni]], retraité, né à {{Ajaccio}} en [[DATE_NAISSANCE:août 1952]]. Sa carte Vitale est passée à la machine à laver. L'agent me montre le {{2A}} au milieu du numéro à l'écran, [[NIR:1 52 08 2A 004 117 78]] : « c'est la Corse, ça plante parfois les logiciels ». Attestation papier imprimée en attendant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Temps d'attente affiché au {{3646}} ce matin : {{18 min}}. L'agent enchaîne {{11 appels}} en {{1h}}. Beaucoup de questions sur les {{indemnités journalières}} et l'attestation de salaire que l'employeur n'envoie pas.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation. M. [[PERSONNE:Dragan Petrović]] vient chercher son courrier. L'agent cherche dans le classeur. Une lettre de la {{préfecture}}, une de la {{Caf}}. Il signe le registre. {{2 min}} en tout, il repart sans ouvrir les enveloppes.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS de {{Nancy}}. Une dame demande les horaires de l'épicerie sociale. Réponse : {{mardi}} et {{jeudi}}, {{13h30-16h30}}. Puis une autre pour les colis de {{Noël}}. Puis une troisième qui veut juste parler.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Les appels du {{3230}} arrivent sur le plateau de {{Metz}}, mais c'est des gens de toute la {{France}}. L'agente : « tout à l'heure j'avais qqn de {{Marseille}} ». Je savais pas.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}}, vie maritale soupçonnée. Contrôleuse : Mme [[PERSONNE:Hakimi]]. Chez Mlle [[PERSONNE:Céline Muller]], {{Colmar}}, quartier {{Europe}}. Deux brosses à dents, une veste d'homme. [[PERSONNE:Céline]] dit que c'est son frère [[PERSONNE:Dylan]] qui passe souvent. La contrôleuse ne dit rien, note tout. Je me suis senti mal à l'aise.",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de RIB. M. [[PERSONNE:Mehmet Yıldız]] a ouvert un compte à la {{Banque Postale}}. L'agent recopie l'IBAN sur deux lignes de son brouillon :\n[[IBAN:FR02 2004 1010 1606\n4821 3K02 762]]\nIl demande si l'{{AAH}} arrivera quand même {{le 6}}. « Normalement oui. » N° alloc [[N_ALLOCATAIRE:2 143 878]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel sortant. La conseillère appelle Mme [[PERSONNE:Samia El Amrani]] au fixe [[TELEPHONE:03 87 65 44 12]], rien, puis au portable [[TELEPHONE:+33 (0)6 11 47 98 50]]. Messagerie : « c'est [[PERSONNE:Catherine]] de {{France Travail}} {{Thionville}}, rappelez-moi au {{3949}} ». Elle soupire, « elle rappellera pas ».",
    ),
]

BATCH_2 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Aïcha Belkacem]] tend un post-it : « dossier [[N_ALLOCATAIRE:3519842]] ». L'agente tape, tombe sur qqn d'autre. Un chiffre inversé, c'était [[N_ALLOCATAIRE:3519824]]. Demande d'{{ASF}} n° [[IDENTIFIANT:ASF-2025-118742]] en instruction depuis {{7 semaines}}. Elle montre aussi son titre de séjour, [[IDENTIFIANT:6701984432]], « il expire en {{décembre}}, ça bloque pas ? »",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papa avec {{3 enfants}} qui courent partout. L'agente sort une boîte de {{Lego}} de sous le comptoir. Il vient pour l'{{ARS}} (rentrée scolaire). {{8 min}}. Le petit repart avec un {{playmobil}} qu'elle lui laisse.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Kevin Hoffmann]], né à {{Mulhouse}} le [[DATE_NAISSANCE:17.12.88]]. Écran Caf : NIR [[NIR:1 88 12 68 224 301]], la clé manque. Il la dit de tête : « [[NIR:68]] ». Il vient déclarer son bébé, [[PERSONNE:Noah]], né le [[DATE_NAISSANCE:2 avril]], « j'ai cru que la maternité le faisait ». Non.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Bonjour c'est Madame [[PERSONNE:Rivière]] ». N° d'allocataire dit en entier, à l'ancienne : « [[N_ALLOCATAIRE:un million deux cent quatre mille trois cent dix]] ». L'agente tape en même temps, vérifie la date de naissance, « le [[DATE_NAISSANCE:9 novembre 1972]] ». {{Prime d'activité}} recalculée à {{187 €}}, elle trouve ça injuste.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Coupure réseau {{11h20-11h35}}. Les agents au tél voient plus rien, ils notent sur papier et promettent de rappeler. Une agente : « ça arrive {{2 fois par semaine}} ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources chez M. [[PERSONNE:Florian Bauer]], [[ADRESSE:31 rue du Président Poincaré, Sélestat]]. Contrôleur : [[PERSONNE:Ahmed]] (« 22 ans de maison »). Déclaré sans véhicule, mais une {{Peugeot 308}} devant, plaque [[IMMATRICULATION:GH 771 RA]], et une moto allemande [[IMMATRICULATION:OG-FB 482]]. Il bosse à {{Offenbourg}}, salaire sur un compte allemand : [[IBAN:DE31 6605 0101 0108 4512 37]]. « Frontalier, faut déclarer quand même » dit [[PERSONNE:Ahmed]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Hoarau]] (famille monoparentale, {{Reims}}, quartier {{Orgeval}}). Visite annoncée, elle a tout mis dans une pochette : quittances {{Plurial Novilia}}, bulletins de salaire, attestation {{PMI}}. Le contrôleur : « c'est rare que ce soit aussi carré ». {{35 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Marie-Thérèse Humbert]], {{68 ans}}, veut sa {{carte européenne}} pour aller voir sa fille à {{Lisbonne}}. Elle a le numéro sur un papier plié en quatre : [[NIR:2 57 01 54 395 089 22]]. L'agent : « née en [[DATE_NAISSANCE:janvier 57]] à {{Nancy}} ? » Oui. Carte envoyée sous {{15 jours}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{2 bornes}} {{Ameli}} dans le hall, une hors service. Un monsieur n'arrive pas avec l'écran tactile, l'agente vient l'aider, il imprime une attestation de droits. {{3 min}}. Il repart content.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel entrant, Mme [[PERSONNE:Zeynep Öztürk]], {{Mulhouse}}. Réclamation n° [[IDENTIFIANT:RC-68-0077215]] ouverte en {{février}}, IJ pas payées. L'agent lit l'historique à voix haute. Elle donne son mail pour le récap : « [[EMAIL:zeynep point ozturk at hotmail point fr]] ». Transmis au service {{IJ}}, délai {{10 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un pharmacien appelle (pharmacie du {{Sablon}}, {{Metz}}) : le tiers payant passe pas pour un patient, M. [[PERSONNE:Lefèvre]]. L'agent vérifie : droits ouverts jusqu'au {{30/09}}. « Parfait merci bonne journée ». {{1 min 30}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête administrative à domicile (agent assermenté), vérif de résidence pour la {{C2S}}. M. [[PERSONNE:Haroun Mahamat]], [[ADRESSE:18 rue de Bitche, 67000 Strasbourg]]. Boîte aux lettres avec 3 noms scotchés : [[PERSONNE:MAHAMAT]], [[PERSONNE:ABAKAR]], [[PERSONNE:DJIBRINE]]. L'agent prend une photo. Monsieur ouvre, montre son passeport tchadien [[IDENTIFIANT:A0047812]] et son bail.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Nathalie Kientz]] avec son fils [[PERSONNE:Enzo]] en fauteuil. Dossier MDPH bloqué, n° [[IDENTIFIANT:068-2024-004512]]. L'agente imprime le {{Cerfa 15692*01}} vierge pour le renouvellement et le certificat médical {{Cerfa 15695*01}}. Elle surligne les cases en jaune. {{40 min}}, beaucoup de larmes.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide alimentaire : bons pour l'épicerie solidaire, {{15 € par personne}} et par semaine. L'agente calcule le reste à vivre avec une calculatrice de poche : {{4,20 €}} par jour. Le monsieur dit merci quand même.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Mulhouse}}, demande d'aide facultative. Monsieur [[PERSONNE:Ionuț Popescu]], parle bien français, vient de {{Roumanie}} il y a {{10 ans}}. Portable [[TELEPHONE:06-31-28-00-95]], fixe chez sa belle-mère [[TELEPHONE:0389452217]]. L'agente répète les deux, il corrige le dernier chiffre du fixe. Non, c'était bon.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente appelle le bailleur ({{Vosgelis}}) pour l'impayé de Mme [[PERSONNE:Claudine Mangin]]. Réf. locataire [[IDENTIFIANT:0048-112-07]]. Dette : {{1 243,18 €}}. Plan d'apurement proposé à {{50 €/mois}}. Le bailleur suspend la procédure le temps du {{FSL}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale à domicile pour une aide au loyer, {{Thionville}}, {{Côte des Roses}}. M. et Mme [[PERSONNE:Da Silva]], {{3 enfants}}. Dans l'entrée, un calendrier du {{Garage Da Silva Autos}} (le cousin). Lui est frontalier, intérim au {{Luxembourg}}, payé sur un compte lux : [[IBAN:LU81 0034 5188 0721 2300]]. Elle fait des ménages, non déclarés je crois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission urgences {{Émile Muller}}, {{Mulhouse}}. L'agent tape : [[PERSONNE:BERISHA Arben]]. « Né le ? » « [[DATE_NAISSANCE:vingt-trois mai quatre-vingt-un]] ». IPP créé : [[IDENTIFIANT:680 0571 229]]. Bracelet imprimé. Pas de mutuelle, passeport kosovar [[IDENTIFIANT:P01457823]] photocopié.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un ado arrive seul, {{16 ans}}, main ouverte (verre). L'accueil doit joindre un parent. Il donne le numéro de sa mère en hésitant : [[TELEPHONE:07 66 40 19 58]]. Elle s'appelle [[PERSONNE:Sandrine]]. Il a peur qu'elle crie.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les pompiers déposent une dame âgée de l'{{EHPAD Les Tilleuls}} ({{Épinal}}). Fiche de liaison : Mme [[PERSONNE:Marguerite Thomas]], née en [[DATE_NAISSANCE:1931]], {{GIR 2}}, {{chambre 18}}. Une aide-soignante a dessiné une {{marguerite}} au feutre dans le coin de la fiche 🌼",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin traitant appelle pour adresser un patient : « M. [[PERSONNE:RAHIMI Nasir]], IPP chez vous [[IDENTIFIANT:00912 4475]], il arrive dans {{20 min}} en {{VSL}} ». La secrétaire note le nom du Dr [[PERSONNE:Weiss]] et le tél du cabinet, [[TELEPHONE:03 88 41 27 90]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{2h du matin}}. {{4 appels}} en {{20 min}} : une pharmacie de garde, un taxi, qqn qui cherche son chat, un monsieur qui veut savoir si {{Hautepierre}} ou le {{NHC}} c'est plus rapide.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission, CHRS à {{Reims}}. Mme [[PERSONNE:Mariam Traoré]], {{27 ans}}, sort de la maternité avec le bébé. Pièces : récépissé de demande de titre [[IDENTIFIANT:R5101234587]], attestation {{OFII}} n° [[IDENTIFIANT:51-2025-00831]]. L'éduc crée le dossier interne [[IDENTIFIANT:CHRS-0412]]. Bébé : [[PERSONNE:Awa]], née le [[DATE_NAISSANCE:28/02/2025]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ça sent le café et la javel. Planning des tâches au mur avec des prénoms : [[PERSONNE:Momo]], [[PERSONNE:Jacky]], [[PERSONNE:Sveta]], [[PERSONNE:Ibrahima]]. Réunion des résidents {{jeudi 17h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Bas-Rhin}}. Un couple avec un camping-car belge, plaque [[IMMATRICULATION:1-KTR-447]], garé au parking du {{Baggersee}}. Madame : [[PERSONNE:Jessica Lambert]], monsieur : [[PERSONNE:Steve]]. Pas de solution camping-car au {{115}}, l'écoutante les renvoie vers le {{CCAS}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant rappelle un monsieur qui avait laissé son n° hier, [[TELEPHONE:+33767184302]] : « le numéro n'est plus attribué ». Il note {{injoignable}} dans le logiciel. Ça arrive tout le temps, les gens changent de puce.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi en appartement relais, {{Mulhouse}} {{Drouot}}, [[ADRESSE:12 rue de Soultz, apt 31, 68100 Mulhouse]]. [[PERSONNE:Hasan]] et [[PERSONNE:Layla Al Hassan]], syriens, {{4 enfants}}. Le travailleur social, [[PERSONNE:Benoît]], relève le compteur d'eau n° [[IDENTIFIANT:D12FA034718]] pour la régul avec le bailleur. Thé à la cardamome obligatoire ☕",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite annulée : personne, volets fermés. L'éducatrice glisse un mot sous la porte. On reste {{10 min}} dans la voiture. Elle dit que la moitié des visites tombent à l'eau en {{été}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère : Mme [[PERSONNE:Kessler]]. M. [[PERSONNE:Tran Van Minh]] lit son identifiant sur le courrier : [[ID_FRANCE_TRAVAIL:0712 458 B]]. Il veut le {{CACES R489}}, session {{25-GE-1187}} financée par la {{Région Grand Est}}. Code {{ROME N1101}} ajouté au profil. Démarrage le {{3 novembre}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ce qui m'a marqué : la conseillère a {{340 demandeurs}} dans son portefeuille. Elle en voit {{8}} aujourd'hui. « Les autres, je les connais pas tous. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "MAJ coordonnées. Ancien mail [[EMAIL:gaby.wagner68@free.fr]], nouveau [[EMAIL:g.wagner.pro@gmail.com]]. Tél [[TELEPHONE:06 27 94 01 55]] → [[TELEPHONE:06 27 94 01 56]] (« j'ai juste changé d'opérateur, c'est presque pareil »). Nom : [[PERSONNE:Gabrielle Wagner]]. Elle vient du {{Sundgau}}, {{40 km}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Yannick Grondin]], réunionnais, arrivé à {{Metz}} avec l'armée, cherche en sécurité. Carte pro {{CNAPS}} : [[IDENTIFIANT:CAR-057-2029-03-12-20190412345]]. Le conseiller, [[PERSONNE:Hugo]], lui montre l'offre {{192WXRT}}, agent de sûreté à {{Metz-Borny}}, {{nuit}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame a reçu un SMS « France Travail : votre dossier est suspendu, cliquez ici ». Elle a cliqué, donné son identifiant [[ID_FRANCE_TRAVAIL:6034517N]] et son mot de passe. La conseillère : changer le mdp tout de suite, signaler le SMS au {{33700}}. Mme [[PERSONNE:Odile Frantz]], {{71 ans}}? non, {{61}}, elle rit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller au tél jongle entre {{2 écrans}} et {{3 applis}}. Il dit « pardon je vous mets en attente » {{6 fois}} en {{45 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur dicte son RIB pour l'{{ARE}} : « c'est le [[IBAN:16705 09017 08001234567 44]] ». La conseillère voulait l'IBAN complet, il l'a pas sous la main. [[PERSONNE:Julien Simon]], {{Épinal}}. Elle lui dit de le déposer dans son espace.",
    ),
]

BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "{{10h47}}, ticket {{B112}}. M. [[PERSONNE:Mustafa Aydın]] apporte son jugement de divorce pour mettre à jour sa situation : RG [[IDENTIFIANT:24/01873]], tribunal judiciaire de {{Mulhouse}}. N° alloc sur sa carte : [[N_ALLOCATAIRE:123 45 67]]. L'agent : « la pension alimentaire de {{150 €}} par enfant, vous la recevez ? » « Jamais. » Orientation {{ARIPA}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Chloé Marchetti]], {{32 ans}}, en reprise d'études, demande les {{APL}} pour un studio {{Crous}} à {{Nancy}}. Elle donne son NIR d'une traite : « [[NIR:293092B03321405]] ». L'agente : « B comme Bastia ? » « Oui, née à {{Bastia}}, mais j'ai grandi ici. » Résidence {{Boudonville}}, {{chambre 117}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur lit tout haut le courrier reçu : « article {{L. 553-2}} du code de la sécurité sociale… ». Il comprend rien. L'agente reformule : « ils vous retiennent {{45 €}} par mois sur vos {{APL}} pendant {{8 mois}} ». Ah. Silence.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel d'une allocataire qui a laissé un message. Numéro du dossier : [[TELEPHONE:06 59 30 12 84]], elle décroche, elle est à la caisse du {{Leclerc}} 😅. Dossier [[N_ALLOCATAIRE:220 48 53]], Mme [[PERSONNE:Souad Mansouri]]. Question sur le {{complément familial}}. On rappelle à {{17h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent explique où trouver le numéro d'allocataire : « en haut à droite des courriers, {{7 chiffres}} ». La dame lit : « [[N_ALLOCATAIRE:0045712]] », elle demande si c'est normal qu'il commence par deux zéros. Oui. Mme [[PERSONNE:Pascale Guérin]]. Elle veut aussi changer de banque, dicte l'IBAN groupe par groupe : [[IBAN:FR76 3008 7330 8000 0123 4560 122]]. Elle se trompe une fois, recommence.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle suite à signalement, {{Épinal}}, quartier {{Bitola}}. Contrôleur : [[PERSONNE:Thierry]]. M. [[PERSONNE:Serge Didier]], né le [[DATE_NAISSANCE:14 mai 1961]] à {{Reims}}, [[ADRESSE:5 avenue de Provence, 88000 Épinal]]. NIR relu sur sa carte Vitale : [[NIR:1 61 05 51 454 176 07]]. Pension d'invalidité + {{AAH}} différentielle. Relevé {{Crédit Mutuel}} : [[IBAN:FR76 1027 8059 0000 0203 4750 114]]. Il nous propose un café 3 fois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e contrôle de la matinée, {{Strasbourg}} {{Neuhof}}. Pas de réponse à l'interphone. Un voisin : « elle est au boulot, elle fait les ménages à l'{{hôpital}} ». Avis de passage dans la boîte. « On revient jeudi. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Colmar}}. M. [[PERSONNE:Luca Bianchi]] veut que ses remboursements passent direct à la mutuelle ({{Noémie}}). Carte de tiers payant {{Mutuelle Bleue}}, n° adhérent [[IDENTIFIANT:000 458 771 2]], organisme {{AMC 775678584}}. Liaison faite en {{5 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un couple âgé dépose une feuille de soins papier ({{Cerfa 12541*02}}). L'agent leur montre la boîte aux lettres dehors, {{24h/24}}. Ils préfèrent la donner en main propre. Elle la prend, sourit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Hüseyin Çelik]], né en {{Turquie}}. Il dicte son numéro de sécu par paires : « [[NIR:17 40 39 92 08 05 11 8]] ». L'agent : « vous êtes né en [[DATE_NAISSANCE:mars 74]] ? » « Oui. » Il veut savoir si son arrêt est bien arrivé, employeur {{Stellantis}} {{Mulhouse}}. Oui, reçu le {{14}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Formation des nouveaux : {{2 agents}} en double écoute. La tutrice leur montre comment dire non poliment. « Jamais 'c'est pas possible', toujours 'voilà ce qu'on peut faire' ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt maladie, {{Forbach}}. M. [[PERSONNE:Nicolas Weber]] est là, en pyjama, l'air vraiment malade. L'agente s'excuse presque. Dans l'allée, camionnette [[IMMATRICULATION:ER-094-QX]] avec écrit {{Weber Rénovation}} et le SIRET perso : [[IDENTIFIANT:842 117 395 00018]]. Elle note : « activité pendant l'arrêt ? à vérifier ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Évelyne Klein]] vient pour la {{téléassistance}}. Voisins référents : M. [[PERSONNE:Roth]] [[TELEPHONE:03 89 23 61 07]] et Mme [[PERSONNE:Belhadj]] [[TELEPHONE:06 77 48 90 13]]. L'agente écrit tout au stylo bleu. {{Présence Verte}}, {{22 €/mois}}, le CCAS en prend la moitié.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Renouvellement de domiciliation. Attestation n° [[IDENTIFIANT:DOM-2025-0317]] au nom de [[PERSONNE:Sami Ben Youssef]], valable {{1 an}}. Son adresse postale devient celle du CCAS, {{9 place du Forum}}, {{51100 Reims}}. Il demande s'il peut la donner à un employeur. « Oui. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour sa voisine qui ne sort plus : « Mme [[PERSONNE:Zimmermann]], au 3e, elle répond plus ». Adresse : [[ADRESSE:27 rue des Jardiniers, Metz]]. L'appelante : [[PERSONNE:Fatima]], [[TELEPHONE:07 45 38 22 61]]. L'agente déclenche une visite {{cet après-midi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{Canicule}} : plan activé, l'agente appelle les inscrits du registre un par un. {{214 personnes}}. Elle en est à la {{57e}}. « Vous buvez bien ? Vous avez un ventilateur ? »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide énergie, {{Reims}}, quartier {{Wilson}}. Chez M. [[PERSONNE:Kamel Zerrouki]], [[ADRESSE:6 rue Pierre Taittinger, 51100 Reims]]. Factures {{Engie}}, réf. client [[IDENTIFIANT:2 050 771 384]]. Chauffage électrique, {{189 € par mois}}. Dans la cour, sa voiture en panne depuis {{2 ans}}, plaque [[IMMATRICULATION:CX 602 LN]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Central}}, {{Nancy}}. Patient : [[PERSONNE:Joseph Nkemba]], DDN [[DATE_NAISSANCE:01/01/1980]] (« on met le 1er janvier quand on sait pas »). IPP [[IDENTIFIANT:54E0098812]]. Carte {{AME}} n° [[IDENTIFIANT:AME 54 2025 003371]]. {{Tri 3}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{14h}}. Calme plat, {{3 personnes}} en salle. L'agente range les fauteuils roulants, {{12}} au total, il en manque {{2}}. « Ils partent dans les services et reviennent jamais ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur très agité cherche sa femme : « [[PERSONNE:Yasmina]] ! [[PERSONNE:Yasmina Haddouche]] ! » L'agente vérifie, elle est en {{box 3}}. Elle l'accompagne. Avant, elle me glisse : « celui-là il vient tous les mois » 😕",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la {{clinique Saint-Vincent}} pour un transfert. Patiente Mme [[PERSONNE:Gonçalves]], n° de séjour chez eux [[IDENTIFIANT:SV-250318-044]]. Ils envoient le dossier par messagerie sécurisée à l'adresse du service, {{accueil.sau@chr-metz-thionville.fr}}. Arrivée prévue {{16h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle : son fils [[PERSONNE:Louis]] a avalé une pièce de {{2 €}}. La secrétaire lui passe l'infirmière. Après, elle me dit : « faut appeler le {{15}}, pas nous, mais bon ». Mère rappelable au [[TELEPHONE:06.14.72.88.39]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission en urgence. M. [[PERSONNE:Patrick Wolff]], {{58 ans}}, sorti hier du centre de détention d'{{Oermingen}}. Papiers : CNI périmée n° [[IDENTIFIANT:120506700381]], levée d'écrou n° [[IDENTIFIANT:2025/0412]]. Le {{SPIP}} a appelé le {{115}} pour lui. {{Chambre 3}}, lit du bas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine : {{6 résidents}}, tarte aux quetsches. [[PERSONNE:Marco]] épluche, Mme [[PERSONNE:Diarra]] dirige. Qqn a mis {{Jul}} sur l'enceinte. L'éducatrice coupe le son à {{11h}} pile.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Haut-Rhin}}. M. [[PERSONNE:Viktor Bondarenko]] appelle d'un numéro ukrainien : [[TELEPHONE:+380 67 412 5839]]. Né le [[DATE_NAISSANCE:30/06/1985]]. L'écoutante retrouve sa fiche SIAO [[IDENTIFIANT:68-SI-004471]]. Orientation {{Le Phare}}, {{chambre 22}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fin de service, {{23h}}. Bilan à l'écran : {{312 appels}}, {{41}} décrochés, {{9}} mises à l'abri. L'écoutante éteint l'écran et reste assise {{2 min}} sans rien dire.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au {{foyer Adoma}}, [[ADRESSE:8 rue de la Hardt, 68100 Mulhouse]]. M. [[PERSONNE:Abdelkader Ouali]], {{74 ans}}, ancien de chez {{Peugeot}}. Sa vieille {{Mercedes}} immatriculée au {{Maroc}}, [[IMMATRICULATION:38291 ب 1]], dort sur le parking. Il passe {{6 mois}} là-bas, ça pose problème pour l'{{ASPA}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune, {{22 ans}}, en {{CEJ}}. [[PERSONNE:Anaïs Lemaire]], conseillère [[PERSONNE:Sonia]]. Identifiant [[ID_FRANCE_TRAVAIL:521 7764 R]]. Allocation CEJ jusqu'à {{528 €}}, RIB transmis : [[IBAN:FR76 3000 3023 6000 0502 6184 837]]. Elle a une {{Twingo}} mais pas le permis 😅, c'est sa mère qui conduit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente : {{12 chaises}}, une {{plante verte}} en plastique, une affiche « {{1 jeune 1 solution}} ». Un monsieur lit {{L'Est Républicain}}. La conseillère appelle « Monsieur [[PERSONNE:Laurent]] ? » deux fois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier réseaux sociaux. Le formateur, [[PERSONNE:Frédéric Kuntz]], montre un profil {{LinkedIn}}, puis note les pseudos des participants : [[IDENTIFIANT:@bilal.dev68]], [[IDENTIFIANT:@amelie_rh]]. Il écrit son mail au tableau « [[EMAIL:f.kuntz [at] formation-ge.fr]] ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Thionville}}. Grosse file de {{frontaliers}} qui reviennent du {{Luxembourg}}, il leur faut le {{U1}}. La conseillère : « le {{U1}} c'est la galère, {{3 mois}} parfois ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un commercial intérim ({{Adecco}} {{Colmar}}) qui veut vérifier l'inscription d'un candidat, [[PERSONNE:Ibrahim Koné]]. La conseillère refuse de donner quoi que ce soit au tél. Il laisse son numéro, [[TELEPHONE:03 89 20 47 75]] {{poste 212}}, et son prénom, [[PERSONNE:Mathieu]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel planifié. « Bonjour, M. [[PERSONNE:Oumarou Issa]] ? C'est pour votre actualisation, vous avez oublié {{juin}}. » Il donne son identifiant pour vérifier : « [[ID_FRANCE_TRAVAIL:0 9 8 4 5 1 2 K]] », puis sa date de naissance : « [[DATE_NAISSANCE:premier juillet 92]] ». Réglé en {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, musique d'attente = les {{Quatre Saisons}}. En boucle. La conseillère : « je l'entends même la nuit ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Dimitri Lambrechts]] a travaillé à {{Charleroi}}, il veut son ARE sur son compte belge : [[IBAN:BE14 0631 2345 6783]]. La conseillère vérifie : ok si zone {{SEPA}}. Identifiant [[ID_FRANCE_TRAVAIL:1147203J]]. Il habite {{Charleville}}, dépend de l'agence de {{Reims}} pour la formation.",
    ),
]

BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Khadija Aït Ouarab]], {{58 ans}}, née en {{Algérie}}, parle peu français, sa fille [[PERSONNE:Sarah]] traduit. L'agente recopie le NIR sur un post-it, coupé en deux lignes :\n[[NIR:2 66 11 99 352\n097 02]]\npuis le n° alloc, [[N_ALLOCATAIRE:71 84 233]]. Elles viennent pour la déclaration trimestrielle {{RSA}}, pas faite depuis {{avril}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche sur le comptoir : « Votre conseiller ne vous demandera {{JAMAIS}} vos codes bancaires par téléphone ». Un monsieur la lit tout haut et rit, « encore heureux ». Attente {{15 min}}, il est {{9h50}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : une dame a fait une réclamation en ligne, « ticket n° [[IDENTIFIANT:R-2025-06-114587]] », pas de réponse depuis {{1 mois}}. L'agente cherche par le numéro, trouve. Dossier allocataire [[N_ALLOCATAIRE:5573109]], Mme [[PERSONNE:Cindy Schwartz]]. Réponse déposée le {{2 juin}} dans son espace, « vous l'avez pas vue ? » Non.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur appelle la Caf alors qu'il dépend de la {{MSA}}, agriculteur dans les {{Vosges}}. Il donne quand même son n° MSA : [[N_ALLOCATAIRE:88 057 442]]. L'agente lui donne le numéro de la {{MSA Lorraine}}, {{03 83 50 12 00}}, et lui souhaite bon courage. M. [[PERSONNE:Jacques Perrin]], {{2 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agente, [[PERSONNE:Laetitia]], avec une jeune maman qui pleure : plus de {{PAJE}} depuis {{3 mois}}. [[PERSONNE:Laetitia]] parle doucement, cherche, trouve : un justificatif manquant. Elle l'envoie par mail. Après l'appel elle coupe le casque {{30 secondes}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} au camping, {{Saint-Dié}}. M. [[PERSONNE:Steeve Hurstel]] vit en caravane depuis {{2 ans}}, [[ADRESSE:camping de la Vologne, emplacement 14]]. Voiture tractrice [[IMMATRICULATION:7493 ZH 88]], ancienne plaque des {{Vosges}}. Contrôleuse : Mme [[PERSONNE:Lopez]]. Le froid l'hiver, le groupe électrogène, il raconte tout sans qu'on demande.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Louis}} ({{68}}). Mme [[PERSONNE:Julie Brand]] déclare zéro ressource, mais le relevé montre des virements mensuels depuis un compte suisse, [[IBAN:CH57 0023 5345 6123 4567 8]]. « C'est le père des enfants, [[PERSONNE:Reto Baumgartner]], il bosse à {{Bâle}}. » Pension alimentaire non déclarée. Le contrôleur, calme : « c'est une ressource, madame ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Pierre Schaeffer]], {{76 ans}}, veuf depuis {{3 semaines}}, vient déclarer le décès de sa femme, [[PERSONNE:Monique]]. Il donne son propre NIR, [[NIR:1 49 02 68 066 233 31]], né à {{Colmar}} en [[DATE_NAISSANCE:février 1949]]. Il pensait toucher un capital décès : pas possible, madame était retraitée. Il hoche la tête.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil sur RDV uniquement depuis {{2023}}. Une dame sans RDV est renvoyée vers la borne ou le {{3646}}. « J'ai pas internet. » Le vigile la laisse passer finalement. {{12h05}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré conteste une facture du {{CHU de Reims}} : facture n° [[IDENTIFIANT:F2025-0081744]], {{19,61 €}}. M. [[PERSONNE:Rachid Bennani]]. L'agent explique le {{forfait patient urgences}}. Il paiera. Mail pour l'accusé de réception : [[EMAIL:rachid.bennani51@yahoo.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel d'une assurée qui a laissé {{3 numéros}} dans le formulaire de contact : [[TELEPHONE:0033 6 48 12 90 77]], [[TELEPHONE:6 48 12 90 77]] et [[TELEPHONE:06481290777]] (un chiffre en trop). L'agent essaie le premier. Mme [[PERSONNE:Pham]] décroche.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt, {{Sarreguemines}}. M. [[PERSONNE:Cédric Gross]] est présent. Avis d'arrêt n° [[IDENTIFIANT:AAT-57-0194553]]. L'agente note son tél pour la convocation, [[TELEPHONE:03 87 98 14 52]] : médecin-conseil le {{18}} à {{10h15}}, {{salle 4}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite chez un assuré en {{ALD}}, {{Reims}} {{Croix-Rouge}}. L'agente m'explique que c'est de l'accompagnement, pas un contrôle. Elle apporte une liste de médecins traitants qui prennent encore des patients : {{4 noms}}, tous à plus de {{20 min}} de bus.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de logement social. L'agente remplit le {{Cerfa 14069*04}} avec M. [[PERSONNE:Alassane Ba]]. N° unique de sa demande : [[IDENTIFIANT:054 01 25 00417 8]]. Mail : [[EMAIL:alassane.ba@laposte.net]]. Son ancienne demande de {{2021}} avait expiré, personne ne l'avait prévenu.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence écrivain public, {{jeudi matin}}. Une dame dicte une lettre pour sa fille restée à {{Dakar}}. L'écrivain public, un bénévole, M. [[PERSONNE:André]], écrit à la main avec un beau stylo. Elle lui fait relire {{2 fois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Joséphine Mbala]] montre sa notif MDPH : dossier [[IDENTIFIANT:88-0047125]], {{AAH}} accordée {{5 ans}}, taux {{80 %}}, carte mobilité inclusion n° [[IDENTIFIANT:CMI-2025-88-014572]]. Elle veut l'abonnement bus {{Imagine}} gratuit. Aide de {{100 €}} aussi, virée sur son compte [[IBAN:FR76 1470 7000 4004 0123 4567 845]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le service social de {{Mercy}} appelle pour un monsieur qui sort demain sans logement : M. [[PERSONNE:Lucien Schmitt]], né le [[DATE_NAISSANCE:4/4/1960]]. L'assistante sociale, Mme [[PERSONNE:Faye]], laisse sa ligne directe : [[TELEPHONE:03 87 55 31 64]]. L'agente cherche une place en {{résidence autonomie}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{Nancy}} {{Haut-du-Lièvre}}, bâtiment {{Le Cèdre}}. Mme [[PERSONNE:Odette Jacquemin]], {{91 ans}}, [[ADRESSE:2 allée de Bretagne, 54000 Nancy]], 11e étage. Ascenseur en panne depuis {{9 jours}}. Le bailleur ({{mmH}}) a ouvert un ticket à son nom, n° [[IDENTIFIANT:MMH-INC-558120]]. Elle n'est pas descendue depuis.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un couple âgé qui refuse l'aide ménagère. « On s'est toujours débrouillés. » Le monsieur montre son potager, les tomates, un {{olivier}} en pot qu'il rentre l'hiver. L'agente ne force pas, elle reviendra en {{octobre}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste allemand, accident de moto sur la {{route des Crêtes}}. [[PERSONNE:Jonas Becker]], Reisepass [[IDENTIFIANT:C01X00T47]], moto [[IMMATRICULATION:FR-JB 77]] ({{Freiburg}}). Carte {{CEAM}} allemande, Versichertennummer [[IDENTIFIANT:A123456789]]. L'infirmière parle alsacien, ça marche à moitié 😄",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{19h}}, changement d'équipe. Transmissions debout derrière l'accueil. J'entends « {{le 7}} attend l'ortho », « {{le 12}} on attend la bio ». Personne n'a de nom, que des numéros de box.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Élodie Thill]], {{23 ans}}, douleurs au ventre, enceinte de {{5 mois}}. Admission : NIR [[NIR:201075767204841]], née à {{Thionville}}. Mutuelle {{Apréva}}, n° [[IDENTIFIANT:AP 0071 4528 63]]. Elle donne le tél de son copain, [[PERSONNE:Kylian]] : [[TELEPHONE:07 50 12 88 63]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La gendarmerie appelle : accident sur l'{{A4}}, véhicule [[IMMATRICULATION:GB-215-TK]], le conducteur a été amené chez nous, M. [[PERSONNE:Laurent Petitjean]]. La secrétaire vérifie : arrivé à {{4h12}}, en {{déchoc}}. Elle note le nom de l'adjudant, [[PERSONNE:Morel]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle pour une rage de dents. Secrétaire : « pas de dentiste aux urgences monsieur, c'est la garde dentaire, le {{dimanche}} c'est sur {{Doctolib}} ». Il raccroche sans dire au revoir.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dossier d'entrée, CHRS d'{{Épinal}}. M. [[PERSONNE:Mamadou Keïta]], {{35 ans}}, né au {{Mali}} en [[DATE_NAISSANCE:janvier 1990]]. NIR [[NIR:1 90 01 99 335 312 78]]. Inscrit FT : [[ID_FRANCE_TRAVAIL:6621 087 P]]. Caf : « j'ai un numéro mais je sais plus », l'éduc retrouve un vieux courrier, [[N_ALLOCATAIRE:1 402 677]]. RIB {{Banque Postale}} ouvert la semaine dernière : [[IBAN:FR17 2004 1010 1001 2345 6M03 388]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Rose Bertrand]], {{78 ans}} (!), la doyenne du CHRS. Elle arrose les {{géraniums}} du rebord. Qqn a mis une {{rose}} dans un verre sur la table de l'accueil, elle dit que c'est pour elle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le jeune [[PERSONNE:Kenzo]], {{19 ans}}, sortie {{ASE}}, veut qu'on le contacte sur Insta, pas par tél : [[IDENTIFIANT:@kenzo.vsg88]]. L'éducateur refuse, prend quand même le portable : [[TELEPHONE:07 82 46 91 30]]. Sa référente ASE, Mme [[PERSONNE:Garnier]], passe {{vendredi}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Marne}}. Une femme victime de violences appelle en chuchotant. L'écoutante ne demande que le prénom, « [[PERSONNE:Nadia]] ». Elle note la plaque de la voiture du conjoint pour la police : [[IMMATRICULATION:FW-803-BC]]. Rappel du {{17}} et du {{3919}}. Mise à l'abri {{Ibis Budget}} {{Reims Centre}}, {{chambre 109}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un monsieur qui appelle tous les soirs juste pour parler. L'écoutant le connaît par son prénom, « [[PERSONNE:Roger]] ». {{5 min}} : la météo, le foot (le {{Racing}} a gagné). Puis il raccroche.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'installation en {{intermédiation locative}}, [[ADRESSE:41 rue de Thann, 68200 Mulhouse]]. M. [[PERSONNE:Ali Reza Ahmadi]], réfugié, n° {{OFPRA}} [[IDENTIFIANT:2304 1178]], carte pluriannuelle [[IDENTIFIANT:6801457736]]. Le travailleur social, [[PERSONNE:Nicolas]], vérifie l'état des lieux pièce par pièce.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Colmar}}. Mme [[PERSONNE:Aurélie Hirtz]] vient avec un courrier de radiation, identifiant [[ID_FRANCE_TRAVAIL:0453621 C]]. Motif : absence à la convocation du {{15/05}}. Jamais reçue : dans le dossier, [[ADRESSE:13 rue des Tanneurs]] au lieu de [[ADRESSE:31 rue des Tanneurs, 68000 Colmar]]. Le conseiller annule la radiation.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur de {{60 ans}} passe son premier entretien en visio dans une cabine de l'agence. Le conseiller règle la caméra, lui montre le bouton {{micro}}. Il ressort au bout de {{20 min}} : « ils ont dit qu'ils rappellent ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Création d'entreprise : M. [[PERSONNE:Mehdi Lahlou]] lance sa micro-entreprise de VTC. SIRET perso tout neuf : [[IDENTIFIANT:912 448 031 00012]], carte VTC [[IDENTIFIANT:VTC067240057]]. Compte pro {{Crédit Agricole}} [[IBAN:FR76 1610 6320 1587 0102 3458 065]]. Il roulera pour {{Uber}} et une société de {{Strasbourg}} (SIRET {{429 871 553 00027}}). {{ARCE}} : {{60 %}} des droits restants.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame appelle pour son mari hospitalisé, « il peut pas s'actualiser ». Identifiant du mari : [[ID_FRANCE_TRAVAIL:3091487 s]]. M. [[PERSONNE:Giovanni Rizzo]]. Elle s'appelle [[PERSONNE:Maria]]. Le conseiller demande le bulletin de situation de l'{{hôpital}}, n° d'entrée [[IDENTIFIANT:571240088]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle {{5}} demandeurs pour un job dating {{Amazon}} à {{Augny}}. {{2}} répondent, {{1}} intéressé. « Le travail de nuit ça fait peur ».",
    ),
]

BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Svetlana Ivanova]] conteste un indu. L'agente lui montre l'article {{L. 845-3}} cité dans le courrier, « c'est ce qui permet la retenue ». N° alloc [[N_ALLOCATAIRE:66 01 458]]. Elle veut une réponse écrite et épelle son mail : « [[EMAIL:s v e t a point i arobase yandex point ru]] ». Recours amiable ({{CRA}}) dans les {{2 mois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Bastien Koenig]], {{26 ans}}, premier dossier {{APL}}, logement {{Ophéa}} à {{Cronenbourg}}. L'agent recopie le RIB imprimé, sur deux lignes :\n[[IBAN:10278 01200\n00034567102 46]]\nNIR sur la Vitale : [[NIR:199036748231104]]. N° alloc créé : [[N_ALLOCATAIRE:8840127]]. Entrée dans le logement le {{01/09}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur avec l'accent du {{Sud}}, il a déménagé à {{Reims}}. N° alloc de l'ancienne Caf : « [[N_ALLOCATAIRE:0 3 4 5 6 7 1]] ». Nouveau tél : « [[TELEPHONE:zéro sept, 12, 45, quatre-vingt-dix-neuf, 03]] ». Nom : [[PERSONNE:Frédéric Espinasse]]. Transfert du dossier : {{6 semaines}} en moyenne.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "En {{1h}} : {{14 appels}}, dont {{9}} sur la {{prime d'activité}}. Un seul sur les {{APL}}. L'agente : « c'est toujours comme ça le {{lundi}} après le versement ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. et Mme [[PERSONNE:Yılmaz]], [[ADRESSE:19 rue de l'Ill, 67400 Illkirch-Graffenstaden]]. Le contrôleur relève : bail {{Habitat de l'Ill}}, contrat n° [[IDENTIFIANT:HI-2019-07781]] ; avis d'impôt, n° fiscal [[IDENTIFIANT:30 12 456 789 123]] ; carte grise de la {{Dacia}}, [[IMMATRICULATION:FA-557-EJ]]. Le fils, [[PERSONNE:Emre]], traduit pour sa mère.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de résidence, {{Lunéville}}. M. [[PERSONNE:Gérard Parisot]], dossier n° [[N_ALLOCATAIRE:5 512 904]], dit qu'il vit seul. Dans la cuisine, un calendrier : « anniv [[PERSONNE:Jenny]] », « rdv Dr [[PERSONNE:Malik]] ». Le contrôleur regarde, ne dit rien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Josiane Payet]], née à {{Saint-Pierre}} ({{La Réunion}}) le [[DATE_NAISSANCE:vingt-six décembre cinquante-huit]], comme elle dit. L'agent m'explique que dans le NIR les {{DOM}} ont un code département à 3 chiffres. Carte Vitale refaite, NIR relu deux fois : [[NIR:2 58 12 97 416 027 69]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Marc-Antoine Lejeune]] conteste un reste à charge, hospit aux {{Hôpitaux Civils de Colmar}}. Facture n° [[IDENTIFIANT:HCC-2025-0114782]], n° séjour [[IDENTIFIANT:2500398811]]. Mutuelle {{Malakoff Humanis}}, contrat n° [[IDENTIFIANT:MH-8831-4471-02]]. L'agent : « le forfait hospitalier {{20 €}} par jour, c'est la mutuelle ». Remboursement de la part Sécu sur [[IBAN:FR76 3000 4008 2000 0102 3456 773]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Queue devant la Cpam à {{8h}}, avant l'ouverture : {{11 personnes}} sous la pluie. À {{8h30}} la porte s'ouvre, l'agent d'accueil dit bonjour à chacun. Il en connaît trois par leur prénom : [[PERSONNE:Fernande]], [[PERSONNE:Zoltan]], [[PERSONNE:Mounir]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assuré frontalier qui travaille à {{Kehl}}, formulaire {{S1}}. M. [[PERSONNE:Thomas Kuhn]], tél allemand [[TELEPHONE:+49 (0) 7851 48 21 09]], mail [[EMAIL:thomas.kuhn@web.de]]. Il voudrait les remboursements sur son compte allemand, [[IBAN:DE63 6645 1862 0004 4672 01]]. L'agent : c'est la {{Krankenkasse}} qui doit envoyer le {{S1}}. Il soupire, ça fait {{4 mois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause de {{10h30}} : les téléconseillers ([[PERSONNE:Inès]], [[PERSONNE:Bruno]], [[PERSONNE:Chantal]]) parlent des appels difficiles. [[PERSONNE:Chantal]] : « une dame m'a dit merci {{4 fois}}, ça m'a fait du bien ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Retour à domicile après hospit ({{PRADO}}), chez Mme [[PERSONNE:Geneviève Bour]], {{84 ans}}, [[ADRESSE:7 rue du Moulin, 57100 Thionville]]. La conseillère, [[PERSONNE:Aurélie]], organise infirmière et kiné. Elle note le tél de la fille au {{Luxembourg}} : [[TELEPHONE:00352 691 204 877]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour un billet retour. M. [[PERSONNE:Nguyễn Văn Hùng]], passeport vietnamien [[IDENTIFIANT:C4512078]], expire dans {{2 mois}}. Il veut rentrer à {{Hanoï}} voir sa mère malade. Aide refusée (pas dans les critères), l'agente l'oriente vers le {{Secours populaire}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Distribution des colis de {{Noël}} : {{120 colis}}, bénévoles en bonnet rouge. Une dame demande s'il y a du {{foie gras}} cette année. Oui, un petit pot.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente écrit au service logement de la ville, {{logement@mairie-metz.fr}}, copie à sa collègue [[EMAIL:sylvie.rauch@ccas-metz.fr]] et à sa cheffe, Mme [[PERSONNE:Jacob]]. Objet : situation de M. [[PERSONNE:Abdallah Saïd]], demande de logement n° [[IDENTIFIANT:057 2023 01145 4]]. Puis elle l'appelle pour le prévenir.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame inscrit son père au repas des aînés. Fixe : « [[TELEPHONE:03-29-34-18-72]] », portable : [[TELEPHONE:06.845.231.90]]. M. [[PERSONNE:Raymond Vautrin]], né en [[DATE_NAISSANCE:1937]]. Repas le {{14 décembre}}, {{salle des fêtes}}, {{12h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour une aide au transport, {{Mulhouse}}, les {{Coteaux}}. M. [[PERSONNE:Jean-Marc Bohrer]], [[ADRESSE:10 rue Pierre Loti, 68200 Mulhouse]], 8e étage. Voiture aménagée [[IMMATRICULATION:DK-244-HW]], carte {{CMI}} stationnement n° [[IDENTIFIANT:CMI-S-68-0099412]]. L'assurance lui coûte trop cher.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une dame très isolée. Télé allumée sur {{TF1}}, le chat {{Caramel}} sur les genoux. Elle parle de son mari, mort en {{2009}}. On reste {{1h}}, l'agente ne regarde pas sa montre une seule fois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Robert Debré}}, {{Reims}}. Mme [[PERSONNE:Irina Volkova]], née en {{Russie}} en [[DATE_NAISSANCE:août 1982]]. Son mari, [[PERSONNE:Oleg]], lit le NIR en deux bouts : « [[NIR:2820899123054]] », puis « clé [[NIR:69]] ». IPP [[IDENTIFIANT:P00788145]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme se gare n'importe comment devant l'{{entrée des ambulances}}. Le vigile relève la plaque, [[IMMATRICULATION:GJ-690-MT]], et va le chercher : c'est pour sa femme qui accouche. Le vigile, [[PERSONNE:Yannick]], déplace la voiture lui-même 😅",
    ),
    (
        "urgences",
        "accueil_physique",
        "Affiche : « Agresser un soignant = jusqu'à {{5 ans}} de prison et {{75 000 €}} d'amende » ({{article 222-13}} du code pénal). L'agente : « ça sert à rien mais ça rassure ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Anne-Sophie Rey]], cadre de santé, passe toutes les heures à l'accueil. « Combien en salle ? » « {{27}}. » Elle repart, revient : « et les {{brancards}} ? »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'{{EHPAD Les Glycines}} ({{Vandœuvre}}) prévient : une résidente arrive, Mme [[PERSONNE:Lucienne Thiébaut]], née le [[DATE_NAISSANCE:12/10/1929]], {{chambre 21}}, IPP chez nous [[IDENTIFIANT:00451 877 2]]. L'infirmière de l'EHPAD, Mme [[PERSONNE:Haas]], est joignable au {{poste 31}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Fiche d'accueil remplie devant moi :\n- Nom : [[PERSONNE:DOS SANTOS]]\n- Prénom : [[PERSONNE:Wellington]]\n- DDN : [[DATE_NAISSANCE:05-11-1977]]\n- Tél : [[TELEPHONE:07 49 63 20 18]]\n- N° FT : [[ID_FRANCE_TRAVAIL:7 120 445 Y]]\n- Caf : [[N_ALLOCATAIRE:0982216]]\n- Orienté par : {{SIAO 54}}\n{{Chambre 5}}, {{lit 2}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Marcel]], me montre ses dessins. Des paysages des {{Vosges}}, le {{Donon}}, le {{lac de Gérardmer}}. Il dit qu'il exposait avant, à {{Saint-Dié}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Meurthe-et-Moselle}}. Jeune couple, [[PERSONNE:Dylan Mercier]] et [[PERSONNE:Océane]], {{20 ans}} et {{19 ans}}, à la gare de {{Nancy}}. Il donne son identifiant SIAO, [[IDENTIFIANT:SI54-0071238]]. Son tél, [[TELEPHONE:07 56 01 44 92]], batterie à {{3 %}}. L'écoutant fait vite.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante envoie le compte rendu au {{SIAO}} et ajoute l'assistante sociale de secteur, [[EMAIL:m.lefranc@bas-rhin.fr]] ([[PERSONNE:Mathilde Lefranc]], {{CMS}} de {{Schiltigheim}}). C'est pour M. [[PERSONNE:Karim]], dont la demande n° [[IDENTIFIANT:2025-0678-115]] traîne depuis {{mars}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une écoutante me dit qu'elle fait ça depuis {{11 ans}}. « Au début je pleurais après chaque service. Maintenant le {{mercredi}} seulement. » Elle rit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans le logement {{ALT}} de {{Forbach}}, [[ADRESSE:2 cité Bellevue, 57600 Forbach]]. M. [[PERSONNE:Hakan Arslan]] absent, sa voiture aussi ([[IMMATRICULATION:HA 220 KN]]). La voisine dit qu'il est parti en {{Turquie}} pour un enterrement. La TS, [[PERSONNE:Laure]], laisse un mot.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Théo Maillard]], identifiant [[ID_FRANCE_TRAVAIL:285 5103 A]]. Il veut une formation via {{Mon Compte Formation}}, dossier [[IDENTIFIANT:CPF-25-4478915]]. Mail : [[EMAIL:theo.maillard@outlook.fr]]. La formation coûte {{2 490 €}}, il a {{1 800 €}} sur son {{CPF}}. Abondement possible.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère, Mme [[PERSONNE:Ramos]], reçoit un jeune qui a décroché de la fac. Elle lui parle de l'{{EPIDE}}, de l'{{armée}}, de la {{Garantie Jeunes}} (« enfin le {{CEJ}} maintenant »). Il dit « ok » à tout. {{25 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription, Mme [[PERSONNE:Béatrice Renard]], {{Reims}}. Elle épelle : « [[PERSONNE:R E N A R D]], comme le {{renard}} ». Identifiant créé : [[ID_FRANCE_TRAVAIL:8 800 134 F]]. DDN [[DATE_NAISSANCE:22/03/1971]]. Dernier job : {{vendanges}} chez {{Taittinger}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Actualisation impossible, M. [[PERSONNE:Samir Hadj-Ali]] appelle du [[TELEPHONE:06 24 33 07 85]]. Identifiant : « [[ID_FRANCE_TRAVAIL:quatre quatre un zéro deux six sept D]] ». La conseillère fait l'actualisation avec lui au tél. {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de {{Transports Muller}}, qui a déposé l'offre {{201BNKM}}. Le recruteur, M. [[PERSONNE:Stéphane Muller]], demande si le candidat [[PERSONNE:Ousmane Diop]] est bien inscrit. La conseillère confirme, rien de plus. Recruteur joignable au [[TELEPHONE:03 89 41 22 80]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le serveur plante à {{14h07}}. Message à l'écran : « Erreur {{503}} ». Les conseillers au tél disent « je vous rappelle » à tout le monde. Retour à {{14h40}}.",
    ),
]

BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Léa Durand]], {{22 ans}}, étudiante à {{Reims}}, première demande d'{{APL}}. Tout est sur son tél : IBAN collé sans espace [[IBAN:FR7640618802340004012345696]], mail [[EMAIL:lea.durand03@gmail.com]], NIR [[NIR:2 03 02 51 454 402 03]]. L'agente : « née en [[DATE_NAISSANCE:février 2003]] ? » « Oui. » N° alloc attribué : [[N_ALLOCATAIRE:9 017 334]]. {{12 min}}, record du matin.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papi arrive avec un cabas plein de papiers, {{15 ans}} de courriers Caf. L'agente trie avec lui, un par un. Elle garde {{3 feuilles}}, lui rend le reste. Il repart avec le cabas plus léger.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket {{C019}}, {{11h02}}. M. [[PERSONNE:Kofi Mensah]], né au {{Ghana}}, pour la {{prime d'activité}}. L'agent vérifie l'identité : titre de séjour [[IDENTIFIANT:6702287154]], NIR [[NIR:1 87 05 99 329 144 55]]. Nouveau numéro : [[TELEPHONE:07 51 88 20 34]]. Dossier [[N_ALLOCATAIRE:4417 028]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire épelle son mail pour recevoir une attestation : « [[EMAIL:jm-hirschler(at)orange(point)fr]] ». L'agente redemande deux fois « tiret du 6 ? ». N° [[N_ALLOCATAIRE:2603 117]], M. [[PERSONNE:Jean-Marie Hirschler]]. Attestation de paiement partie à {{10h41}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agente, [[PERSONNE:Mélissa]], a un post-it collé sur son écran : « {{RESPIRE}} ». C'est sa collègue [[PERSONNE:Nora]] qui l'a mis, le jour où un monsieur l'a insultée pendant {{10 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{AAH}} / vie en couple, {{Metz}} {{Bellecroix}}. Mme [[PERSONNE:Sabine Thiry]], [[ADRESSE:24 rue de Toul, 57070 Metz]]. Contrôleur : M. [[PERSONNE:Benabdallah]]. Relevé {{Caisse d'Épargne}} au nom de Mme [[PERSONNE:Thiry]] et de M. [[PERSONNE:Patrice Lang]] : [[IBAN:FR76 1670 5090 0108 0076 5432 181]]. La voiture de monsieur est sur le parking, [[IMMATRICULATION:EH-062-WS]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jérôme Haag]], {{Haguenau}}, demande de {{C2S}}. Nouvelle CNI n° [[IDENTIFIANT:XK7R2M9P4]]. NIR recopié avec des points : [[NIR:1.75.10.67.180.059.31]]. DDN sur le formulaire : [[DATE_NAISSANCE:1975-10-08]]. Sous le plafond, C2S sans participation. {{15 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un agent me montre l'écran des files : {{48 personnes}} en attente au {{3646}} pour tout le département. L'accueil physique, lui, a {{6 tickets}} en attente. « Ici au moins ils nous voient. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une infirmière libérale appelle, Mme [[PERSONNE:Claire Muckensturm]], n° {{RPPS}} [[IDENTIFIANT:10101234567]]. Ses factures sont rejetées. Tél du cabinet [[TELEPHONE:03.88.93.41.27]]. L'agent : « c'est {{AMI 4}}, pas {{AMI 4,1}} ». Elle rit jaune.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une maman veut rattacher son bébé, [[PERSONNE:Maëlys]], née le [[DATE_NAISSANCE:3 mars]]. Mme [[PERSONNE:Priscilla Kouadio]], née en {{Côte d'Ivoire}}, donne son NIR : [[NIR:2 94 06 99 326 071 35]]. Mail pour l'attestation : [[EMAIL:priscilla.k@icloud.com]]. L'agent fait le rattachement pendant l'appel.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt, {{Épinal}}. M. [[PERSONNE:Adrien Cuny]], [[ADRESSE:18 rue Léopold Bourg, 88000 Épinal]]. Absent. La voisine du dessous, Mme [[PERSONNE:Ferry]], dit qu'il est « à la pêche au {{lac de Bouzey}} ». Plaque de la remorque dans la cour : [[IMMATRICULATION:CZ-731-PB]]. L'agente soupire.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Entre deux visites, sandwich dans la voiture de service, une {{Clio}} blanche avec le logo. L'agente fait {{180 km}} par semaine. Elle me raconte la fois où un chien l'a mordue, en {{2019}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide facture énergie. Mme [[PERSONNE:Hayat Amrani]] montre : facture {{EDF}}, réf. client [[IDENTIFIANT:6004 571 238]], n° PDL [[IDENTIFIANT:24 117 889 003 452]] ; eau {{Veolia}}, contrat [[IDENTIFIANT:V0338812]]. Dette totale {{847,55 €}}. Commission {{mardi}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agent d'accueil, [[PERSONNE:Bertrand]], connaît tout le monde. « Bonjour Mme [[PERSONNE:Fischer]], ça va le genou ? » « Salut [[PERSONNE:Djamel]] ! » Il m'explique que {{80 %}} des gens reviennent au moins {{1 fois par mois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Oksana Melnyk]], ukrainienne, demande une aide pour la cantine. Autorisation provisoire de séjour n° [[IDENTIFIANT:5402298113]], passeport [[IDENTIFIANT:FX418227]]. Tél [[TELEPHONE:+33 7 44 19 02 85]]. Tarif social : {{1 €}} le repas.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur veut le dossier d'aide par la {{poste}}. L'agente prend l'adresse sous la dictée : « [[ADRESSE:cinq bis rue du Général Leclerc, 88000 Épinal]] ». M. [[PERSONNE:Christian Aubry]]. Pas de mail : « l'internet c'est pas pour moi ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation pour une aide ménagère, {{Strasbourg}} {{Hautepierre}}, [[ADRESSE:4 place Erasme, 67200 Strasbourg]]. Mme [[PERSONNE:Halima Benchekroun]], {{79 ans}}, diabétique. Son fils [[PERSONNE:Youssef]] passe le soir. Elle garde sa {{carte Vitale}} dans un sachet congélation avec l'ordonnance.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un monsieur qui a {{17 chats}}. Odeur. L'agente garde le sourire. On parle de la {{SPA}}, il refuse. Elle note « syndrome de {{Diogène}} ? » et on repart au bout de {{25 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste italienne, chute au marché de Noël de {{Colmar}}. [[PERSONNE:Giulia Ferraro]], carta d'identità [[IDENTIFIANT:CA12345BX]], tessera sanitaria [[IDENTIFIANT:80380000500012345678]]. Son compagnon, [[PERSONNE:Matteo]], parle anglais. IPP créé : [[IDENTIFIANT:68P2500417]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'interne, Dr [[PERSONNE:Benhamou]], demande d'appeler la famille de M. [[PERSONNE:Gilbert]], {{box 9}}. L'agente trouve un numéro dans le dossier, [[TELEPHONE:03 26 47 81 05]], tombe sur un répondeur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un enfant dessine avec son doigt sur la buée de la vitre de l'accueil. L'agente lui passe une feuille et des feutres. Sa mère dort sur la chaise d'à côté. {{1h du matin}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La police demande si un certain [[PERSONNE:Jordan Sittler]], né le [[DATE_NAISSANCE:07/07/2000]], est aux urgences. La secrétaire exige une réquisition écrite. Le policier donne son {{RIO}}, [[IDENTIFIANT:0871245]], et la plaque de la moto accidentée, [[IMMATRICULATION:ES-452-LF]]. Elle note et ne confirme rien.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La régulation ({{15}}) : « on vous envoie {{3 patients}} dans l'heure ». La secrétaire crie vers le fond « trois ! ». Qqn répond « on a plus de place !! ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Florent Grandjean]], {{41 ans}}, résident depuis {{3 mois}}. Avec l'éducatrice il crée un mail pour ses démarches : [[EMAIL:florent.grandjean88@gmail.com]]. Il relie son espace {{France Travail}} (identifiant [[ID_FRANCE_TRAVAIL:5530 219 L]]) et son compte {{Ameli}}, et y entre son IBAN {{Crédit Mutuel}}, [[IBAN:FR76 1027 8035 0000 0456 1230 169]]. Mot de passe noté dans un carnet, l'éduc tique.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Aminata]] coiffe les autres résidentes le {{dimanche}}. Aujourd'hui c'est [[PERSONNE:Lily]], des tresses. La salle commune sent l'huile de coco. {{3h}} de boulot, gratuitement.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Synthèse pour la commission SIAO : M. [[PERSONNE:Dominique Hennequin]], dossier SIAO [[IDENTIFIANT:SIAO88-2024-00977]], MDPH [[IDENTIFIANT:088 2024 00 3351]], suivi au {{CMP}} d'{{Épinal}}, n° patient [[IDENTIFIANT:R-0045128]]. L'éducatrice écrit d'abord tout à la main.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 des {{Vosges}}. Un jeune, [[PERSONNE:Jules Petitdemange]], {{18 ans}} depuis hier, né le [[DATE_NAISSANCE:14.09.2007]], fin de prise en charge {{ASE}}. Tél : [[TELEPHONE:06 – 42 – 71 – 08 – 36]]. Orientation {{FJT}} demain matin.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Ce soir {{-4°}}, plan grand froid. Le 115 ouvre un gymnase de plus ({{gymnase Pasteur}}), {{60 lits}} de camp. L'écoutante rappelle la liste d'attente un par un.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite après la sortie du CHRS vers un logement autonome, [[ADRESSE:6 rue de Dunkerque, 51100 Reims]]. Mme [[PERSONNE:Naïma Belaïd]] et ses {{2 garçons}}. On vérifie les compteurs : contrat {{TotalEnergies}} n° [[IDENTIFIANT:TE 0071 4488 129]], assurance habitation {{MAIF}} n° [[IDENTIFIANT:4518822 D]]. Elle est fière, elle me montre les rideaux.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Signature d'un {{PEC}} à la mairie de {{Thionville}}. M. [[PERSONNE:Bruno Lorenzi]], identifiant [[ID_FRANCE_TRAVAIL:6 218 004 G]]. {{Cerfa 14818*02}}, {{20 h}} par semaine sur {{11 mois}}. Il donne son RIB pour la paie : [[IBAN:FR76 1720 6003 0012 3456 7890 101]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère relit le CV de Mme [[PERSONNE:Nawel Chaouch]] : « [[EMAIL:nawel.chaouch@hotmail.com]], c'est bien ça ? » « Oui. » « Et le [[TELEPHONE:06 98 32 14 07]] ? » « Non, c'est l'ancien, maintenant c'est le [[TELEPHONE:07 68 40 91 22]]. » Correction au stylo rouge. {{Bac pro}} commerce, {{2019}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Metz Sablon}} : l'espace numérique a {{6 ordis}}, {{2}} marchent. Un service civique aide les gens à se connecter. Une dame de {{70 ans}} crée son premier mail avec lui, elle est ravie.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Saliou Ndiaye]], sénégalais, titre de séjour salarié n° [[IDENTIFIANT:6802477390]], passeport [[IDENTIFIANT:A02788541]]. Inscription : identifiant [[ID_FRANCE_TRAVAIL:1098 336 N]]. Métier en tension ({{maçon}}), la conseillère sourit : « des offres, y en a ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : « [[ID_FRANCE_TRAVAIL:4-4-8-9-0-1-2-V]] », dicté avec des tirets. Mme [[PERSONNE:Mireille Bernard]] veut changer son mail : [[EMAIL:mireille.bernard57 @ sfr.fr]] (elle met un espace avant l'arobase, la conseillère corrige). {{2 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme téléphonique de {{Nancy}} : {{22 conseillers}}, casques, cloisons basses. Un compteur au mur des appels en attente, rouge au-dessus de {{30}}. Il est rouge depuis {{9h}}.",
    ),
]

BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Amandine Fuchs]] a pris le {{bus 15}} puis le tram {{ligne 2}}, {{45 min}}, juste pour un changement de RIB. L'agente recopie le nouvel IBAN sur deux lignes :\n[[IBAN:FR41 2004 1010 0505 1234\n5X02 276]]\nN° alloc [[N_ALLOCATAIRE:68 344 17]]. NIR vérifié, [[NIR:2 84 04 68 224 163 30]] : née à {{Mulhouse}} en [[DATE_NAISSANCE:avril 84]], ça colle.",
    ),
    (
        "caf",
        "accueil_physique",
        "Panneau à l'entrée : « Accueil sans RDV {{8h30-12h}}, avec RDV {{13h30-16h}}. {{Tram A et D}}, arrêt {{Étoile Bourse}}. Caf, {{18 rue de Berne}}, {{67000 Strasbourg}}. » Présentoir avec la déclaration de situation, {{Cerfa 12100*03}}. Une dame me demande si le {{3230}} est gratuit. Je sais pas. L'agent dit oui.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Au tél : « mon numéro c'est [[N_ALLOCATAIRE:3-9-8-1-0-7-5]] ». L'agente : « 7-5 à la fin ? » « Non, 5-7 ! » Donc [[N_ALLOCATAIRE:3981057]]. Mme [[PERSONNE:Ginette Lallement]], {{Épinal}}. Elle appelle pour la {{prime de Noël}} : « elle tombe le {{16 décembre}} ? »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un travailleur social du {{Département}} appelle pour un allocataire suivi en commun, M. [[PERSONNE:Ilir Krasniqi]], n° alloc [[N_ALLOCATAIRE:6021 884]]. Il laisse son mail pro, [[EMAIL:t.gaspard@moselle.fr]] ([[PERSONNE:Thibault Gaspard]], {{MDS}} de {{Thionville}}). L'agente veut l'accord écrit de monsieur avant de dire quoi que ce soit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Bekim Hoxha]], né au {{Kosovo}} en [[DATE_NAISSANCE:septembre 1979]], [[ADRESSE:11 rue des Vosges, 57100 Thionville]]. Carte de résident n° [[IDENTIFIANT:5701122480]]. NIR de l'attestation : [[NIR:1 79 09 99 157 018 74]]. Camionnette luxembourgeoise devant la maison, [[IMMATRICULATION:TK 4471]]. « C'est celle du patron », dit-il.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{P07}}. M. [[PERSONNE:Rémi Gérard]], né à {{Metz}} le [[DATE_NAISSANCE:19/11/1992]], NIR [[NIR:1 92 11 57 463 522 37]]. Il déclare son médecin traitant, le Dr [[PERSONNE:Lemoine]], cabinet à {{Montigny-lès-Metz}}. Formulaire {{S3704}}. Il est venu en {{Mettis A}}, arrêt {{République}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame sort un classeur rouge, chaque remboursement surligné depuis {{2015}}. L'agente, [[PERSONNE:Fabienne]], admire : « vous êtes mieux organisée que nous ». Question : un dépassement d'honoraires de {{45 €}} chez un spécialiste à {{Nancy}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel pour une réclamation, Mme [[PERSONNE:Ana Pereira]], n° [[IDENTIFIANT:RC-57-0091306]]. Portable [[TELEPHONE:+351 912 447 081]] (elle est au {{Portugal}} pour l'été), mail [[EMAIL:ana.pereira.mtz@gmail.com]]. Elle demande la {{CEAM}}, l'agent l'envoie à son adresse de {{Metz}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un employeur appelle : {{Sodexo}} {{Reims}}, SIRET {{398 117 553 00412}}, n'arrive pas à transmettre l'attestation de salaire de Mme [[PERSONNE:Corinne Lebeau]]. Le gestionnaire RH, M. [[PERSONNE:Yanis Ferhat]], ligne directe [[TELEPHONE:03 26 85 40 11]]. L'agent : passer par {{net-entreprises.fr}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt, {{Mulhouse}}. Mme [[PERSONNE:Sevda Kılıç]], [[ADRESSE:33 rue de Bâle, 68100 Mulhouse]]. En arrêt pour dépression, l'agente est très douce. Arrêt n° [[IDENTIFIANT:AAT-68-0225841]]. Elle montre son rdv au {{CMP}}, {{jeudi 9h}}. {{7 min}} et on repart.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente explique à M. [[PERSONNE:Christophe Simonin]] où est l'épicerie sociale : « {{bus 12}}, arrêt {{Rives de Meurthe}}, {{bureau 3}} au 1er ». Il note sur sa main. Pour ses courriers, adresse de domiciliation : CCAS, {{2 rue de l'Hôtel de Ville}}, {{54000 Nancy}}, attestation n° [[IDENTIFIANT:DOM-54-07719]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier d'aide sociale à l'hébergement ({{ASH}}) pour la mère de M. [[PERSONNE:Patrick Gauthier]] : Mme [[PERSONNE:Yvonne Gauthier]], née en [[DATE_NAISSANCE:34]], {{EHPAD Les Jardins d'Adèle}}. Dossier départemental n° [[IDENTIFIANT:ASH-57-2025-00318]]. {{Obligés alimentaires}} : {{3 enfants}}, dont un qu'il n'a pas vu depuis {{20 ans}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente appelle le {{SIAO}} pour M. [[PERSONNE:Hocine Merabet]], réf [[IDENTIFIANT:SIAO-51-2023-04471]]. Elle donne le tél du monsieur : « [[TELEPHONE:07 . 58 . 22 . 90 . 14]] ». Le SIAO : « on vous rappelle ». Elle lève les yeux au ciel.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation pour un {{FSL énergie}}, [[ADRESSE:12 bis chemin de la Sablière, 57050 Metz]]. M. et Mme [[PERSONNE:Rahmani]], {{5 enfants}}. Compteur gaz {{GRDF}}, PCE [[IDENTIFIANT:GI158447]]. Il fait {{15°}} dans le salon, les petits en doudoune.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je lis le bracelet d'un patient sur un brancard dans le couloir : « [[PERSONNE:STEINMETZ Paul]] — né le [[DATE_NAISSANCE:03/08/1958]] — IPP [[IDENTIFIANT:670058812]] — UF {{4102}} ». L'agente me dit que tout le monde peut le lire. Elle a l'air gênée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame demande « Mr [[PERSONNE:Abdelaziz]] ? il est où ? » L'agente cherche « [[PERSONNE:Abdel Aziz]] », « [[PERSONNE:Abdelazis]] »… Trouvé sous [[PERSONNE:ABDELLAZIZ]], avec deux L. {{Box 14}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit. Un homme sans papiers, dit s'appeler « [[PERSONNE:Ali]] », pas de nom. L'agent crée une identité provisoire « [[PERSONNE:ALI X]] », IPP provisoire [[IDENTIFIANT:IPP-TMP-0047]]. {{Box 2}}. Il s'endort assis.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une fille appelle de {{Montréal}} : sa mère, Mme [[PERSONNE:Jeannine Ruhlmann]], a été amenée hier soir. Elle laisse son numéro canadien, [[TELEPHONE:+1 514 555 0182]], et son mail, [[EMAIL:c.ruhlmann@videotron.ca]]. La secrétaire transmet au service, {{UHCD}} {{lit 6}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Point administratif avec M. [[PERSONNE:Cyril Jeanmaire]] : FT [[ID_FRANCE_TRAVAIL:0377 512 E]], Caf [[N_ALLOCATAIRE:1 988 204]], Ameli ok. Rdv à la Caf {{mardi 10h}}, {{ligne 4}}. L'éduc lui écrit tout sur un papier qu'il plie en huit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Anniversaire de [[PERSONNE:Bogdan]], {{50 ans}}. Gâteau du {{Lidl}}, {{7 bougies}} (« on avait que ça »). [[PERSONNE:Bogdan]] pleure un peu. [[PERSONNE:Samia]], l'éduc, filme avec son tél.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 du {{Haut-Rhin}}, {{22h40}}. Un homme dort dans sa voiture avec son chien {{Rocky}}, parking du {{Carrefour Île Napoléon}}. Voiture [[IMMATRICULATION:BT-119-XG]]. M. [[PERSONNE:Jérémy Freyburger]], tél [[TELEPHONE:06 63 02 48 71]]. Pas d'hébergement avec chien ce soir, la maraude passera.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Femme enceinte de {{8 mois}}, Mme [[PERSONNE:Esther Mbuyi]], née le [[DATE_NAISSANCE:vingt juin quatre-vingt-dix-sept]]. Elle lit le n° de sa carte de séjour : [[IDENTIFIANT:5102984467]]. L'écoutante trouve une place, {{chambre 6}}. « Je peux venir en tram ? » Oui, {{tram B}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi post-CHRS, [[ADRESSE:8 rue du Maréchal Lyautey, 54500 Vandœuvre-lès-Nancy]]. M. [[PERSONNE:Laurent Hachemi]]. Courrier d'huissier sur la table : dossier n° [[IDENTIFIANT:HJ-2025-0448]], dette {{Free}} de {{312 €}}. La TS, [[PERSONNE:Coralie]], l'aide à appeler l'huissier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Perrine Lhuillier]], [[ADRESSE:3 impasse des Glaïeuls, 51100 Reims]]. Elle a récupéré la voiture de son père, [[IMMATRICULATION:BX-448-QR]], pas assurée. L'éducateur, [[PERSONNE:Hamid]], explique les risques. Elle promet de faire {{3 devis}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Aurélien Marchand]] donne son NIR au lieu de son identifiant : « [[NIR:1 96 05 88 160 208 67]] ». La conseillère : « ça c'est la Sécu ». Elle retrouve l'identifiant, [[ID_FRANCE_TRAVAIL:4401 227 M]]. Il rit, « tous ces numéros ». Le {{marchand}} de journaux d'en face lui a gardé une offre découpée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'info collective {{CEJ}} : {{14 jeunes}}, {{3}} avec le tél à la main tout du long. L'animatrice, [[PERSONNE:Jessica]], ne s'énerve pas. Pause à {{10h15}}, {{machine à café}} en panne.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère envoie une offre à trois personnes d'un coup, je vois les adresses : [[EMAIL:k.benyahia@gmail.com]], [[EMAIL:yohann.dietrich@laposte.net]], [[EMAIL:mlle.sophie.noel@free.fr]]. Offre {{204PQWS}}, {{préparateur de commandes}}, {{Entzheim}}, {{11,88 €}} brut de l'heure.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Nordine Saadi]], identifiant [[ID_FRANCE_TRAVAIL:7789 120 K]], veut changer de banque pour l'{{ARE}}. Il lit l'IBAN : « [[IBAN:FR76 1470 7500 3330 0123 4567 824]] ». La conseillère : « faut le faire vous-même dans l'espace, moi je peux pas ». Il râle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Émilie Bastien]] appelle pour son compagnon, sourd : M. [[PERSONNE:Kevin Maurer]], identifiant [[ID_FRANCE_TRAVAIL:2 0 1 6 6 4 8 X]], né le [[DATE_NAISSANCE:11/02/1990]]. Rdv avec interprète {{LSF}} proposé {{jeudi 14h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Frontalier qui vient de perdre son emploi au {{Luxembourg}} : M. [[PERSONNE:Ricardo Fernandes]], tél lux [[TELEPHONE:+352 661 90 47 12]]. Compte lux [[IBAN:LU66 0019 1550 1234 5000]] et compte français [[IBAN:FR76 1027 8060 1100 0678 9120 126]]. La conseillère : l'ARE ira sur le français. {{U1}} à demander à l'{{ADEM}}.",
    ),
]

# -- end of notes --

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

if __name__ == "__main__":
    main()
