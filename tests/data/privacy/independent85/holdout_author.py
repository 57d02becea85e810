"""Independent evaluation corpus n° 85: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. Inside ``text``:

- ``[[LABEL:value]]`` marks a value to mask (``LABEL`` is one of the guide's labels);
- ``{{value}}`` marks a string to keep (it goes, once, in the note's ``keep`` list).

Running this file strips the marks, computes the offsets (Python string indices, end
exclusive), numbers the notes ``ind85-001`` … ``ind85-240`` in writing order, splits them
into dev and holdout, and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.
Standard library only; deterministic.

    python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind85"
SEED = 85
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
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build(notes):
    """Number the notes in writing order and parse them."""
    built = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
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


def split(cells):
    """Split ids into (dev, holdout); ``cells`` maps (site_kind, channel) to its ids.

    Only the ids and their cells are used, never the contents of the notes.
    """
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.extend(ids[:half])
        holdout.extend(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build(NOTES)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout = split(cells)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


# Notes 1-35.
PART_1 = [
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}} {{Gironde}}, {{10h12}}. Une dame, accent portugais : « bonjour, c'est pour l'{{APL}}, elle est bloquée ». [[PERSONNE:Sandrine]] : « votre numéro allocataire madame ? » « [[N_ALLOCATAIRE:Deux quatre huit]]... attendez... [[N_ALLOCATAIRE:deux, quatre, huit, un, zéro, neuf, six]] » « six à la fin ? » « oui six ». [[PERSONNE:Sandrine]] retape [[N_ALLOCATAIRE:2481096]], dossier au nom de [[PERSONNE:Maria Fernanda Teixeira]], {{Lormont}}. Il manque l'attestation de loyer depuis {{mars}}. Durée appel {{11 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{8h25}} devant la {{Cpam}} de {{Mérignac}}, déjà {{14 personnes}} dehors sous la pluie. La borne à tickets est en panne, l'agent d'accueil distribue des tickets papier à la main. Premier ticket {{A001}} 😅",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} – {{21h47}}\n« Allo bonsoir c'est pour dormir, je suis à la {{gare Saint-Jean}} »\nÉcoutant ([[PERSONNE:Yanis]]) : vous vous appelez comment ?\n« [[PERSONNE:Abdoulaye]]. [[PERSONNE:Abdoulaye Sow]]. [[PERSONNE:S-O-W]] »\nné le ? « [[DATE_NAISSANCE:4 janvier 91]] »\n[[PERSONNE:Yanis]] tape dans {{SI-SIAO}} : déjà connu, dernière nuit il y a {{8 jours}}. Rien sur {{Bordeaux}} ce soir, il propose {{Libourne}} mais plus de train après {{22h}}. « Laisse tomber frère, merci quand même. » Il raccroche. [[PERSONNE:Yanis]] soupire, note « refus orientation ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Pessac}}. Conseillère Mme [[PERSONNE:Nguyen]] reçoit un jeune de {{19 ans}} ([[PERSONNE:Kylian]]), inscrit en {{CEJ}}. Il a perdu son mot de passe. Elle lit l'écran : identifiant [[ID_FRANCE_TRAVAIL:5173846R]]. Le code de réinitialisation part par SMS au [[TELEPHONE:07 81 24 56 93]] « c'est plus mon numéro madame, j'ai changé » → nouveau n° [[TELEPHONE:06 52 18 07 44]]. Elle le note sur un {{post-it}} jaune. {{12 min}} pour un mot de passe.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IOA, {{CHU Pellegrin}}, {{14h05}}. Un monsieur âgé, accent du coin : « j'ai mal au bentre dépuis hier, macarel ». Nom prénom ? « [[PERSONNE:LALANNE Jean-Pierre]] ». Date de naissance ? « [[DATE_NAISSANCE:dix-sept août quarante-deux]] ». Pas de {{carte Vitale}}, sa fille [[PERSONNE:Corinne]] doit l'apporter. Bracelet imprimé, je lis IPP [[IDENTIFIANT:330045871]]. Attente annoncée : {{4h}}. Il dit « bon ben j'ai le temps, j'ai {{82 ans}} ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[PERSONNE:Hervé]] (contrôleur {{Caf}}), [[ADRESSE:14 rue Camille Pelletan, 33150 Cenon]], 3e étage sans ascenseur. Mme [[PERSONNE:Rakotomalala]] ouvre avec le bébé sur la hanche. [[PERSONNE:Hervé]] : « vous vivez seule madame ? » « Oui ! enfin... [[PERSONNE:Haja]] il vient le week-end, c'est le papa ». [[PERSONNE:Hervé]] regarde la salle de bain, deux brosses à dents, des rasoirs. Il ne dit rien. Dans la voiture après : « ça c'est le genre de dossier où je déteste mon boulot ». {{45 min}} sur place.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Saintes}}. Personne ne vient entre {{11h}} et {{11h40}}. L'agente en profite pour trier les demandes d'{{aide alimentaire}}. Pile de {{30 dossiers}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateau {{3646}}, casque double écoute. Un homme très énervé : « ça fait trois semaines que j'attends mes {{IJ}} ! » Téléconseiller [[PERSONNE:Mathieu]] : « je vais avoir besoin de votre numéro de sécu monsieur ». « [[NIR:1 69 12 17 415 102 46]] ». [[PERSONNE:Mathieu]] répète chiffre par chiffre, se trompe sur la fin, le monsieur reprend : « [[NIR:cent deux, quarante-six]] ! ». Dossier : M. [[PERSONNE:Guérin]], arrêt depuis le {{2 septembre}}, l'employeur n'a pas envoyé l'attestation de salaire. [[PERSONNE:Mathieu]] : « c'est votre employeur qu'il faut relancer ». « Ah bah voilà, c'est toujours la faute des autres ». Bip, raccroché.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, {{9h03}}, premier appel. Une femme qui chuchote (elle est au travail) : « je voulais signaler que j'ai repris un CDD ». Conseiller : « identifiant ? » « [[ID_FRANCE_TRAVAIL:2904715S]], S comme {{Sophie}} ». Le conseiller ([[PERSONNE:Karim]]) déclare la reprise, CDD chez {{Leclerc}} {{Langon}} jusqu'au {{31 janvier}}. Elle demande si elle garde l'{{ARE}} : « ça dépend des heures madame ». Elle doit raccrocher, son chef arrive. {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète : « c'est pour Mme [[PERSONNE:Dubreuil]], au [[ADRESSE:8 impasse des Tilleuls]], elle ouvre plus les volets depuis deux jours ». L'agente ([[PERSONNE:Nadège]]) connaît : dame de {{91 ans}}, suivie pour le portage de repas. Elle appelle tout de suite le fils, [[PERSONNE:Gilles]], au [[TELEPHONE:06 08 41 77 29]] : messagerie. Puis la {{police municipale}} de {{Royan}}. Je reste avec l'angoisse jusqu'au rappel à {{15h20}} : la dame était chez sa sœur à {{Saujon}}. Elle avait oublié de prévenir 🙄",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Saintes}}, appel du {{SAMU}} ({{Centre 15}}) : « on vous envoie un monsieur de {{Pons}}, chute dans l'escalier, [[PERSONNE:Bouzid]], [[PERSONNE:B-O-U-Z-I-D]], prénom [[PERSONNE:Rachid]], né le [[DATE_NAISSANCE:03/05/1957]] ». La secrétaire ([[PERSONNE:Élodie]]) crée la pré-admission. Arrivée prévue {{16h}}. La régulatrice a un accent du nord, [[PERSONNE:Élodie]] me dit « c'est [[PERSONNE:Gwenaëlle]], elle est de {{Lille}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{La Rochelle}}. Un homme arrive avec son chien ({{Kaïser}}), demande une douche et un café. Il donne son prénom : « [[PERSONNE:Teddy]] ». Pas de nom. L'éduc ([[PERSONNE:Morgane]]) ne le force pas. Casier {{n°17}}. Il repart à {{10h}} vers le {{Vieux-Port}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : conseiller [[PERSONNE:Julien]] rappelle un demandeur pour un atelier CV. Il vérifie l'adresse mail : « c'est bien [[EMAIL:kevin.ducasse33@gmail.com]] ? » « Non, sans point : [[EMAIL:kevinducasse33 arobase gmail point com]], tout attaché ». [[PERSONNE:Julien]] : « ah ok, j'avais mis un point ». « Et [[PERSONNE:Kevin]] avec un K ? » « Oui ». Atelier le {{12}} à {{9h30}}, agence {{Bordeaux Bastide}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket {{C47}}. Attente {{52 min}}. La dame devant moi lit le panneau « {{prime de Noël}} : versée automatiquement, inutile de vous déplacer » et... elle reste quand même 😂",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec l'agent assermenté de la {{Cpam}} de la {{Charente}}, contrôle d'arrêt de travail à {{Soyaux}}. Sonnette : « [[PERSONNE:KOVALENKO Oleksandr]] ». Personne. On repasse à {{14h15}} (sorties autorisées jusqu'à {{14h}}). La femme ouvre, ukrainien + anglais : « he is at pharmacy, two minutes ». Il revient effectivement avec un sac {{Pharmacie du Centre}}. L'agent ([[PERSONNE:Patrick]]) coche « présent ». Il me dit que {{80 %}} des contrôles se passent comme ça.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide facultative, [[ADRESSE:27 rue Jean Lurçat, bât. C, 33300 Bordeaux]]. Mme [[PERSONNE:Kamara]], {{4 enfants}}, frigo presque vide. Elle montre la facture {{EDF}} : réf. client [[IDENTIFIANT:6002481573]]. L'assistante sociale ([[PERSONNE:Claire Vidal-Ortiz]]) note tout. Les enfants regardent {{Tiji}} sur la télé 📺. On repart avec un bon de {{150 €}} pour l'épicerie du {{Secours populaire}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pleine, {{38 patients}} à {{22h}}. Un écran affiche « temps d'attente estimé : {{5h}} ». Personne ne le regarde.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« Bonjour, ze veux m'inscrire », un monsieur géorgien, [[PERSONNE:Giorgi]]. Conseiller : « nom de famille ? » « [[PERSONNE:Beridze]]. [[PERSONNE:B, E, R, I, D, Z, E]] ». « Vous avez un titre de séjour ? » Il sort sa carte, le conseiller recopie le n° AGDREF [[IDENTIFIANT:3303218746]]. « Numéro de téléphone ? » « [[TELEPHONE:Zéro six, quarante-trois, zéro neuf, quatre-vingt-dix-huit, douze]] », le conseiller répète en chiffres [[TELEPHONE:06 43 09 98 12]], ok. Inscription faite en {{35 min}}, rdv le {{18}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{19h10}}. Une femme, bébé qui pleure derrière. « On m'a mis dehors, je suis avec mes deux enfants devant le {{Auchan}} de {{Bouliac}} ». Écoutante [[PERSONNE:Fatou]] : « comment vous vous appelez ? » « [[PERSONNE:Hanane]] » « et votre nom ? » « [[PERSONNE:El Idrissi]] ». Les enfants : [[PERSONNE:Ilyes]], {{4 ans}}, et [[PERSONNE:Sarah]], {{8 mois}}. [[PERSONNE:Fatou]] trouve une mise à l'abri : hôtel {{B&B}} de {{Mérignac}}, {{chambre 214}}, pour {{3 nuits}}. Taxi commandé. [[PERSONNE:Fatou]] me dit « les familles on trouve toujours, c'est les hommes seuls qui restent dehors ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel, ligne qui grésille. Monsieur : « c'est M. [[PERSONNE:Ouedraogo]], je demande la {{prime d'activité}} ». Agent : « vous pouvez épeler ? » « [[PERSONNE:O-U-E-D-R-A-O-G-O]] ». « Numéro d'allocataire ? » « [[N_ALLOCATAIRE:sept cent quatre-vingt-un, quatre... vingt-d]] » et plus rien. L'agente ([[PERSONNE:Christelle]]) : « j'ai pas compris la fin ». Elle tente avec le nom + la date de naissance : « [[DATE_NAISSANCE:12 février 1980]] » → trouvé, dossier [[N_ALLOCATAIRE:7814224]]. Ouf.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Guichet {{3}}. Étudiante espagnole, [[PERSONNE:Lucía Fernández Ruiz]], veut sa {{carte Vitale}}. Elle a sa {{carte européenne}} ({{CEAM}}) et son passeport n° [[IDENTIFIANT:PAA184572]]. L'agent : « il faut d'abord l'attestation de droits ». Elle ne comprend pas, on passe à l'anglais. Au final : formulaire {{S1106}} + rdv. {{18 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation. L'agent ([[PERSONNE:Sébastien]]) remplit le {{Cerfa}} avec un monsieur âgé, [[PERSONNE:Mohamed Ait Ouarab]]. « Vous dormez où en ce moment ? » « Chez un copain, [[ADRESSE:21 rue Achard]], à {{Bacalan}}, mais il veut plus ». « Date de naissance ? » « [[DATE_NAISSANCE:1951]] » « le jour ? » « Je sais pas, sur les papiers c'est le [[DATE_NAISSANCE:1er janvier]] ». [[PERSONNE:Sébastien]] sourit : « comme beaucoup ». Attestation d'élection de domicile au {{CCAS}}, valable {{1 an}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart en diffus du {{CHRS}} à {{Rochefort}}, [[ADRESSE:5 rue Pierre Loti, 17300 Rochefort]]. Deux femmes y vivent, [[PERSONNE:Natacha]] et [[PERSONNE:Élise]]. Le travailleur social ([[PERSONNE:Damien]]) vérifie la chaudière, relève le compteur. [[PERSONNE:Élise]] montre son contrat d'intérim chez {{Adecco}}. [[PERSONNE:Natacha]] est en formation aide-soignante à l'{{IFSI}}. [[PERSONNE:Damien]] : « ça roule ici, c'est l'appart qui marche le mieux ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil admin. Un couple roumain, la dame parle pour son mari : « il s'appelle [[PERSONNE:Ionuț Popescu]], [[PERSONNE:Popescu]] avec un C, pas K ». Secrétaire : « date de naissance ? » « [[DATE_NAISSANCE:11 noiembrie 1986]]... pardon, [[DATE_NAISSANCE:onze novembre]] ». Pas de {{carte Vitale}}, pas d'{{AME}}. Elle imprime quand même l'étiquette : IPP [[IDENTIFIANT:P00712846]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Rdv {{RSA}}. Monsieur [[PERSONNE:Lacoste]] ({{58 ans}}, ancien chauffeur routier) : « on m'a coupé en {{octobre}} je sais même pas pourquoi ». L'agente ([[PERSONNE:Aurélie]]) trouve : déclaration trimestrielle pas faite. Elle la fait avec lui sur le poste en libre-service. Il tape avec un doigt. Pas d'adresse mail : elle lui en crée une, [[EMAIL:lacoste.bernard58@laposte.net]]. Mot de passe noté sur un papier dans son portefeuille 😬",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier collectif « {{Mon CV en 1h}} », {{6 participants}}. La conseillère projette un CV modèle... au nom de « {{Prénom NOM}} » 😅 Deux participants n'ont jamais utilisé de souris.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un monsieur à l'accent antillais très chantant (« né à {{Rochefort}} pourtant ! » il rit) veut savoir pourquoi sa mutuelle ne rembourse plus. « C'est M. [[PERSONNE:Jean-Baptiste]], [[PERSONNE:Fritz Jean-Baptiste]] ». Téléconseillère ([[PERSONNE:Isabelle]]) : « votre numéro de sécurité sociale ? » « [[NIR:1 75 08 17 299 148 18]] ». « Et votre mutuelle ? » « {{Harmonie Mutuelle}}, numéro adhérent [[IDENTIFIANT:00841 27 593]] ». [[PERSONNE:Isabelle]] voit que le lien {{Noémie}} (la télétransmission) est coupé, elle le relance. « Merci ma chérie ! »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission en {{CHRS}}. [[PERSONNE:Samir]], {{34 ans}}, sortant de la {{maison d'arrêt de Gradignan}}. Éduc : « vous avez encore des contacts dehors ? » « Ma mère, à {{Floirac}}, mais elle veut plus ». « Un numéro pour la joindre ? » « [[TELEPHONE:05 56 86 12 40]], mais elle répond pas ». [[PERSONNE:Samir]] a son {{RSA}} à rouvrir et un rdv {{SPIP}} jeudi. L'éduc, [[PERSONNE:Laurent Fofana]], lui donne la {{chambre 6}}, il arrive lundi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame âgée appelle pour le {{colis de Noël}}. « C'est Mme [[PERSONNE:Chauvet]] ! [[PERSONNE:CHAUVET]] ! » L'agente : « votre adresse madame ? » « [[ADRESSE:11 rue du Minage]], à {{Jarnac}} ». « Et votre date de naissance pour vérifier ? » « Oh ma pauvre, je suis de [[DATE_NAISSANCE:36]], le [[DATE_NAISSANCE:14 juillet]], comme la fête ». Elle est bien sur la liste, colis distribué le {{18 décembre}} à la {{salle des fêtes}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil des urgences de {{Libourne}} sonne toutes les {{2 minutes}} : des familles qui demandent « il est toujours là ? ». L'agente répond presque à chaque fois « je ne peux pas donner d'information par téléphone ». {{17 appels}} en une heure.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources, [[ADRESSE:lieu-dit Chez Bernard, 16300 Barbezieux-Saint-Hilaire]]. Agriculteur retraité, M. [[PERSONNE:Texier]], et son fils [[PERSONNE:Bastien]] qui vit avec lui. Le contrôleur : « votre fils il a des revenus ? » « Ben il fait des extras aux vendanges, au noir hein » (rires gênés). Le fils se tait. Contrôleur note « revenus non déclarés à vérifier ». Dans la cour, un chien qui s'appelle {{Cognac}} 🐕 et une vieille 205 immatriculée [[IMMATRICULATION:4512 RF 16]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant. Jeune femme, accent du sud-ouest à couper au couteau : « bonjourg, c'est pour mon rendez-bous de demaing ». Identifiant : « [[ID_FRANCE_TRAVAIL:quatre, zéro, zéro, huit, un, six, deux, J]] ». La conseillère, Mme [[PERSONNE:Audebert]], retrouve le dossier : [[PERSONNE:Laetitia Darrigrand]], {{Arcachon}}. Rdv décalé à {{14h}}. « Merci bieng ! »",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Angoulême}}. Une maman avec poussette vient déclarer le médecin traitant de son fils. L'agent lit l'écran à voix haute : « [[PERSONNE:Noah Ferreira-Lopes]], né le [[DATE_NAISSANCE:2019-06-14]], rattaché à maman, NIR [[NIR:2 94 07 16 015 088 62]], c'est bien ça ? » « Oui ». Attestation imprimée. {{6 min}}, le plus rapide de la matinée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme déboule : « ma femme accouche dans la voiture ! elle est garée devant, la {{Clio}} grise ! » Le brancardier court. L'agent de sécurité me dit après qu'il s'est garé sur la place du {{SMUR}}, il a noté la plaque pour la main courante : [[IMMATRICULATION:FG-218-KL]]. Le bébé est né dans le sas. Prénom annoncé par le papa, tout fier : « [[PERSONNE:Inaya]] ! »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{23h30}}, appel du veilleur de l'accueil de nuit de {{Saintes}} : « j'ai un monsieur, « [[PERSONNE:Dédé]] », enfin [[PERSONNE:André Hoarau]], il est alcoolisé, je peux pas le garder ». Écoutante : « il a vu un médecin ? » « non ». Discussion sur les {{LHSS}}. On décide de le laisser ce soir avec surveillance. Le veilleur : « ok, je note, [[PERSONNE:Hoarau]], {{ch. 4}} ».",
    ),
]

# Notes 36-70.
PART_2 = [
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur veut changer de RIB par téléphone. La conseillère ([[PERSONNE:Linda]]) : « je ne peux pas le saisir par téléphone, mais dites-moi, je regarde ce qu'on a ». Il lit quand même son nouveau RIB, très lentement : « [[IBAN:FR76, 1330, 6002, 4171, 0529, 8341, 030]] ». [[PERSONNE:Linda]] : « il faut le déposer dans votre espace {{Mon Compte}} ou nous l'envoyer ». « Mais j'ai pas internet moi ! J'ai {{76 ans}} ! » Allocataire : [[PERSONNE:Roger Mercier]], {{Libourne}}, n° alloc [[N_ALLOCATAIRE:0936417]]. Elle lui propose de passer à l'accueil de {{Libourne}} le {{mardi}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Changement de RIB au guichet. Mme [[PERSONNE:Sylvie Marchand]] tend un RIB {{Banque Postale}}. L'agent tape l'IBAN [[IBAN:FR76 2004 1010 1101 2345 6789 045]] et demande une pièce d'identité (CNI n° [[IDENTIFIANT:X4RTBPFW4]]). Elle demande si ses remboursements arriveront sur le nouveau compte « avant les fêtes ». « Comptez {{15 jours}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur de {{62 ans}}, ex-cariste chez {{Cdiscount}} à {{Cestas}}, veut savoir s'il peut partir à la retraite ou rester indemnisé. La conseillère : « ça c'est la {{Carsat}} qui vous dira ». Il repart avec un numéro de téléphone imprimé et l'air perdu. {{7 minutes}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune Afghan, {{17 ans}} dit-il, pied gonflé. Interprète par téléphone ({{ISM Interprétariat}}). « Nom ? » — l'interprète : « il dit [[PERSONNE:Ahmadzai]], [[PERSONNE:Rahmatullah Ahmadzai]] ». « Date de naissance ? » « il dit [[DATE_NAISSANCE:01/01/2008]], mais il n'est pas sûr ». La secrétaire ([[PERSONNE:Fanny]]) m'explique que le {{1er janvier}} c'est la date par défaut sur beaucoup de papiers. Il est suivi par l'{{ASE}}, son éducateur arrive : [[PERSONNE:Thomas]], de la {{MECS}} d'{{Eysines}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{20h05}}. Monsieur malien, voix très calme. « Je m'appelle [[PERSONNE:Diakité]]. [[PERSONNE:D comme Daniel, I, A, K, I, T, E accent]] ». Prénom : « [[PERSONNE:Seydou]] ». Il est à {{Bègles}}, près de la {{gare}}. L'écoutant ([[PERSONNE:Maxime]]) : « vous avez dormi où hier ? » « Dans le hall de la {{Poste}} ». Orientation : halte de nuit, {{cours de la Marne}}, il y va à pied. {{35 minutes}} de marche.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour un impayé d'eau. Monsieur [[PERSONNE:Tran Van Minh]] amène sa facture {{SUEZ}}, n° client [[IDENTIFIANT:7104 2259 8831]], {{312,40 €}}. L'agente ([[PERSONNE:Véronique]]) monte le dossier pour la commission du {{jeudi}}. « Vous avez d'autres dettes ? » « Le loyer un peu, chez {{Domofrance}} ». Elle note aussi sa réf. locataire [[IDENTIFIANT:DF-0418837]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet {{2}}. Jeune maman comorienne, [[PERSONNE:Anziza Mmadi]], vient pour la {{PAJE}}. L'agent ([[PERSONNE:Rémi]]) : « on va vous envoyer le lien par mail, c'est quoi votre mail ? » « [[EMAIL:anziza, a-n-z-i-z-a, point m-m-a-d-i, arobase, hotmail point fr]] ». [[PERSONNE:Rémi]] tape [[EMAIL:anziza.mmadi@hotmail.fr]] et tourne l'écran vers elle : « c'est bon ? » « oui ». Bébé prévu en {{avril}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{La Couronne}}. Personne. L'agent note la voiture dans l'allée, [[IMMATRICULATION:EK 457 PT]] : « elle était là aussi la dernière fois ». Le voisin par-dessus la haie : « [[PERSONNE:Régis]] ? il est au bar-tabac, au {{Narval}} ». L'agent ne va pas au bar. Il laisse un avis de passage au nom de M. [[PERSONNE:Régis Boutin]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{SAMU 17}} vers l'accueil des urgences de {{La Rochelle}} : « on vous amène une dame d'{{Aytré}}, Mme [[PERSONNE:Tessier]], [[PERSONNE:Monique]], née [[PERSONNE:Guillon]], le [[DATE_NAISSANCE:9 mars 1940]], chute, col du fémur probable. Le fils c'est le [[TELEPHONE:06 71 42]]... pardon, [[TELEPHONE:06 71 44 18 30]] ». La secrétaire écrit tout sur un bout de papier avant de le taper. Arrivée dans {{20 minutes}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Sur {{1h}} de double écoute au {{3949}} : {{9 appels}}. Cinq pour des soucis de connexion à l'espace perso, deux pour l'actualisation, un pour une attestation employeur, un qui raccroche avant de parler. La conseillère garde son calme à chaque fois. Moi je fatigue.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Angoulême}}, repas du midi, {{22 résidents}}. Un résident, [[PERSONNE:Kévin]] (dit « [[PERSONNE:Kéké]] »), fait le service. Il me raconte qu'il a dormi {{3 ans}} dans sa {{Twingo}} sur le parking du {{Leclerc}} de {{Ma Campagne}}. « Vous aimez {{Johnny}} ? » Il met {{Johnny Hallyday}} sur son téléphone, tout le monde chante.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'agente du {{CCAS}} de {{Cognac}}, chez M. [[PERSONNE:Rousseau]], [[ADRESSE:32 rue de Pons]]. « Entrez donc, vous prendrez bien une goutte de {{pineau}} ? » à {{10h}} du matin 😅. Il parle de sa défunte, « ma [[PERSONNE:Ginette]] ». L'agente vérifie sa carte de mutuelle, {{Groupama}}, n° adhérent [[IDENTIFIANT:GR 45 712 986]], pour le dossier de téléassistance.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur l'aire d'accueil des gens du voyage de {{Saint-Jean-d'Angély}}, famille [[PERSONNE:Winterstein]], [[ADRESSE:aire de la Grande Prairie, emplacement 12]]. Caravane + camion [[IMMATRICULATION:DL-903-QS]]. Le contrôleur ([[PERSONNE:Franck]]) vérifie la composition du foyer : {{5 enfants}}, dont [[PERSONNE:Django]], {{11 ans}}, qui nous suit partout. Le père, [[PERSONNE:Tony Winterstein]], sort le livret de famille d'une boîte en fer.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame sénégalaise : « mon numéro c'est [[NIR:deux, quatre-vingt-cinq, zéro quatre, quatre-vingt-dix-neuf, trois cent quarante et un, zéro dix-neuf, quarante-six]] ». Le conseiller ([[PERSONNE:Olivier]]) : « vous êtes née en [[DATE_NAISSANCE:avril 85]] au {{Sénégal}}, c'est ça ? » « Oui ». « Madame [[PERSONNE:Aminata Ndiaye]] ? » « C'est moi ». Sa {{CSS}} expire le {{30 novembre}}, il lance le renouvellement en direct. Elle bénit [[PERSONNE:Olivier]] trois fois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du matin}}. Un agent de sécurité, deux policiers, un monsieur menotté pour une plaie à la main. Tout le monde attend le médecin. La télé de la salle passe {{BFM}} sans le son.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{France Travail}} {{Cenon}}. Une dame kosovare, [[PERSONNE:Arta Krasniqi]], avec son mari qui traduit. Elle montre une lettre de convocation, l'agente lit l'identifiant à voix haute : « [[ID_FRANCE_TRAVAIL:612 0394L]] ». Le mari : « c'est pour le cours de français ? » L'agente ([[PERSONNE:Yasmine]]) : « oui, atelier {{FLE}} lundi {{9h}}, au {{centre social}} ». Le mari, [[PERSONNE:Besnik]], demande aussi pour lui.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de la maison relais de {{Lormont}} avec la cheffe de service. {{14 logements}}. Dans la cuisine commune, un monsieur, [[PERSONNE:Claude]], épluche des pommes de terre pour tout le monde. Il est là depuis {{7 ans}}. Sur la porte du frigo, le planning ménage : [[PERSONNE:Nordine]], [[PERSONNE:Josiane]], [[PERSONNE:Claude]], [[PERSONNE:Youssouf]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour la carte de bus solidaire {{TBM}}. Monsieur : « vous pouvez me rappeler au [[TELEPHONE:zéro cinq, cinquante-six, trente et un]]... non attendez c'est le fixe, plutôt le portable : [[TELEPHONE:sept, soixante-dix-sept, quatre-vingts, zéro deux, treize]]... zéro sept hein ». L'agente ([[PERSONNE:Pascale]]) relit : « [[TELEPHONE:07 77 80 02 13]] ». « C'est ça. Et c'est [[PERSONNE:Lucien]], [[PERSONNE:Lucien Darriet]] ». Rappel quand la carte sera prête.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une étudiante appelle pour l'{{APL}} de sa chambre {{Crous}} à {{Talence}}. L'agent lui explique qu'il manque le bail. Elle : « mais je l'ai mis sur l'appli ! » Ils cherchent ensemble : elle l'a mis dans « autres documents ». {{9 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une femme appelle de {{Montréal}}, accent québécois : « mon père a été amené chez vous cette nuit, [[PERSONNE:Gérard Boisvert]] ». « Sa date de naissance ? » « [[DATE_NAISSANCE:le vingt-deux mai mil neuf cent cinquante]] ». L'agente ([[PERSONNE:Karine]]) ne peut rien dire au téléphone mais propose de laisser un numéro pour le médecin : « [[TELEPHONE:+1 514 555 0187]] » et un mail, « [[EMAIL:c.boisvert@videotron.ca]] ». « Merci ben gros ! »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Charente}}, soirée calme : {{11 appels}} entre {{18h}} et {{20h}}, quatre mises à l'abri, le reste sans solution. Le tableau blanc affiche « {{0 place}} » en rouge. Une écoutante a dessiné un soleil à côté 🌞.",
    ),
    (
        "cpam",
        "accueil_physique",
        "« Bonjour, je viens pour... euh... ma fille elle est née et... » Un jeune papa, [[PERSONNE:Lucas Moreau]], veut rattacher [[PERSONNE:Jade]], née le [[DATE_NAISSANCE:2 octobre]]. L'agente : « votre numéro de sécu ? » Il lit sur sa carte : « [[NIR:1 99 10 33 281 065 35]] ». « Et la maman ? » « Euh elle est pas là, elle est à la maison avec [[PERSONNE:Jade]] ». L'agente sourit : « pas grave, on fait avec vous ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur appelle, radié parce qu'il n'est pas venu à son rdv. « J'étais hospitalisé à {{Robert-Picqué}} ! » Le conseiller ([[PERSONNE:Benoît]]) : « vous avez un bulletin d'hospitalisation ? » « Oui » « Envoyez-le par la messagerie ». Identifiant [[ID_FRANCE_TRAVAIL:3371902D]], M. [[PERSONNE:Ahmed Cherkaoui]]. Réinscription possible sous {{72h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Affiche au mur du {{CCAS}} de {{Bègles}} : « {{Noël solidaire}}, inscriptions jusqu'au {{15 novembre}} ». {{3 agents}} à l'accueil, deux en arrêt. File de {{9 personnes}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "« Bonjour madame, c'est pour mon fils, il a {{20 ans}}, ils ont arrêté les {{allocs}} ». Mme [[PERSONNE:Yılmaz]], [[PERSONNE:Ayşe Yılmaz]], numéro allocataire [[N_ALLOCATAIRE:53071 46]]. L'agent : « votre fils n'est plus à charge à {{20 ans}} madame ». Elle : « mais il est à la maison ! Il cherche le travail ! » L'agent ([[PERSONNE:Guillaume]]) lui parle de la {{Mission locale}} de {{Cenon}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un artisan veut mettre à jour son RIB pour ses remboursements. Il dicte, je note en même temps que la conseillère : « [[IBAN:FR76 1090 7002 3731 0219 4765 873]] ». Elle lui dit de passer par son compte {{Ameli}}, rubrique « mes informations ». Il soupire : « à quoi ça sert que je vous le donne alors ? ». C'est [[PERSONNE:Bruno Etcheverry]], plombier à {{Gujan-Mestras}}, il donne même son SIRET perso, [[IDENTIFIANT:842 153 769 00018]], « au cas où ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Vendredi {{23h50}}. Un étudiant bien alcoolisé, amené par des potes. « Il s'appelle comment ? » « [[PERSONNE:Hugo]]... [[PERSONNE:Hugo Lafargue]], avec un G... » l'autre : « nan c'est [[PERSONNE:Lafarge]], comme le {{ciment}} ! » La secrétaire finit par prendre sa carte d'étudiant : [[PERSONNE:LAFARGUE Hugo]], né le [[DATE_NAISSANCE:21/03/2004]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Bordeaux}}, quartier {{Saint-Michel}}. Une bénévole, [[PERSONNE:Mireille]], fait les coupes de cheveux le mardi. Un monsieur polonais, [[PERSONNE:Piotr]], lui montre une photo de lui jeune, il veut « pareil ». Rires. Sur le registre, je lis « [[PERSONNE:Piotr K.]] ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Pessac}}, soupçon de colocation non déclarée, [[ADRESSE:3 allée des Mimosas, 33600 Pessac]]. Le contrôleur ([[PERSONNE:Hervé]]) sonne. Un jeune homme ouvre : « [[PERSONNE:Mounir]] est pas là ». « Et vous êtes ? » « Son cousin... enfin, [[PERSONNE:Walid]], je dors là des fois ». Sur la boîte aux lettres, deux noms scotchés : M. [[PERSONNE:BENSALEM]] et [[PERSONNE:W. HADDAD]]. [[PERSONNE:Hervé]] prend une photo. Dans la voiture : « bon, là c'est clair ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{10h15}}, une dame vient déposer un arrêt maladie papier. L'agent d'accueil lui explique qu'il faut l'envoyer à la {{Cpam}}, pas ici. Elle repart. {{2 min}}. Juste après, un monsieur veut imprimer son attestation {{Pôle emploi}} « pour la {{CAF}} » : imprimante en panne.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Syndrome de Diogène}}, {{La Teste-de-Buch}}. M. [[PERSONNE:Pujol]], {{79 ans}}. Impossible d'aller plus loin que le couloir. Il est charmant, parle de sa carrière à la {{SNCF}}. L'agente appelle sa nièce [[PERSONNE:Nathalie]] au [[TELEPHONE:05 57 52 19 84]]. Signalement au {{CLIC}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un EHPAD : l'infirmière prévient qu'elle envoie une résidente de l'{{EHPAD Les Jardins d'Aliénor}}. Elle ne donne pas le nom au téléphone, elle faxe la fiche de liaison. Un {{fax}} 😄",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{22h15}}. Un jeune homme soudanais, peu de français. « Name ? » « [[PERSONNE:Abakar]]... [[PERSONNE:Mahamat Abakar]] ». « Date of birth ? » « [[DATE_NAISSANCE:2002]]... no, [[DATE_NAISSANCE:2001]] ». Il donne le numéro de son récépissé de demande d'asile : [[IDENTIFIANT:3304172659]]. L'écoutante ([[PERSONNE:Hélène]]) appelle l'{{OFII}} : {{HUDA}} complet. Nuit au gymnase du plan grand froid, à {{Lormont}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de l'arrêt d'un intérimaire à {{Jonzac}}. L'adresse déclarée est celle du {{Garage Renaud Frères}}. Le gérant rigole : « ah lui il habite pas là, il est chez sa copine à {{Montendre}} ». L'agente repart bredouille, elle fera un courrier.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame veut recevoir ses attestations par mail. « Alors c'est [[EMAIL:nadia point h, a, m, i, d, i, dix-sept, at, free point fr]] ». L'agente ([[PERSONNE:Sandrine]]) : « donc [[EMAIL:nadia.hamidi17@free.fr]] ? » « Voilà ». « Et c'est bien Mme [[PERSONNE:Hamidi]], [[PERSONNE:Nadia]] ? » « Oui oui ». Enregistré en {{3 min}}.",
    ),
]

# Notes 71-105.
PART_3 = [
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. « Mon identifiant c'est [[ID_FRANCE_TRAVAIL:zéro huit cinq deux sept un quatre]]... et après y a une lettre, je sais jamais ». Le conseiller ([[PERSONNE:Sofiane]]) : « [[ID_FRANCE_TRAVAIL:0852714T]], T comme {{Toulouse}} ? » « Voilà ». Le monsieur, [[PERSONNE:Gaëtan Roux]], de {{Blaye}}, ne comprend pas son trop-perçu de {{842 €}}. [[PERSONNE:Sofiane]] explique : vendanges en {{septembre}} au {{Château Margaux}}, pas déclarées. « Ah... »",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement d'adresse. Monsieur [[PERSONNE:Sivakumar]] parle vite : « nouvelle adresse c'est [[ADRESSE:quarante-sept, avenue Thiers]] ». L'agente : « quarante-sept ou quarante-sept bis ? » « Bis, bis ! [[ADRESSE:47 bis avenue Thiers, 33100 Bordeaux]] ». « Et le bailleur ? » « {{Aquitanis}} », référence du bail [[IDENTIFIANT:AQ-2024-118427]]. L'agente ([[PERSONNE:Mélanie]]) met à jour, l'{{APL}} sera recalculée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une maman avec son bébé de {{3 semaines}} qui a de la fièvre, passée en priorité. L'IAO me dit : « avant {{3 mois}}, fièvre = on voit tout de suite ». Le papa remplit la fiche au comptoir : nom [[PERSONNE:Pham]], bébé [[PERSONNE:Léo Pham]], né le [[DATE_NAISSANCE:28/10]], mutuelle {{MGEN}} n° [[IDENTIFIANT:218 664 903]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Je note les motifs d'appel au {{3646}} pendant {{45 min}} : {{carte Vitale}} perdue ×3, remboursement ×4, arrêt de travail ×2, {{C2S}} ×1, un monsieur qui voulait la {{Caf}} ☎️. Temps moyen : {{6 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement {{ALT}} à {{Royan}}, [[ADRESSE:18 rue Gambetta, appt 4]]. Famille syrienne, les [[PERSONNE:Alkhatib]]. Le père : « bienvenue, bienvenue, thé ? » La mère montre le courrier de la {{préfecture}} : titre de séjour de {{10 ans}}, n° [[IDENTIFIANT:1705218493]]. Les enfants, [[PERSONNE:Rama]] et [[PERSONNE:Omar]], vont à l'école {{Jean Jaurès}}. L'éduc ([[PERSONNE:Céline]]) parle de la sortie du dispositif : proposition {{Habitat 17}} à {{Saujon}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une mamie appelle pour sa petite-fille. « Elle s'appelle [[PERSONNE:Léa]], [[PERSONNE:Léa Barbotin]], elle a {{19 ans}}, elle est à {{Poitiers}} pour ses études ». L'agent ([[PERSONNE:Yohan]]) : « je ne peux parler qu'à l'allocataire, madame ». « Mais c'est moi qui paie son loyer ! » « Qu'elle appelle elle-même ». « Attendez, je vous donne son numéro, [[TELEPHONE:zéro six, vingt-neuf, quatorze]]... » L'agent ne note pas. Elle s'énerve : « vous êtes bien comme à la télé vous ». Raccroche.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame apporte des {{roses}} de son jardin « pour vous remercier de l'an dernier ». L'agente ([[PERSONNE:Nadine]]) est émue. Le bouquet finit dans une carafe à côté de la borne. C'est ça aussi le {{CCAS}} de {{Ruelle-sur-Touvre}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv d'accompagnement. [[PERSONNE:Marine]] (conseillère) aide [[PERSONNE:Dylan Rivière]], {{23 ans}}, à compléter son profil. « Ton mail ? » « [[EMAIL:dylan.riviere.pro@outlook.fr]] » « rivière avec accent ? » « Non, on peut pas les accents dans les mails ». Son CV : « [[PERSONNE:Dylan RIVIERE]], [[ADRESSE:6 chemin de Labarde, 33460 Macau]], permis B, véhiculé ». Il vise les vignes, {{Château Cantemerle}}. [[PERSONNE:Marine]] note : {{CACES}} à financer.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Kaci Mebarki]], retraité, vient pour sa {{carte Vitale}} avec photo. L'agent ([[PERSONNE:Anthony]]) vérifie le NIR à l'écran, [[NIR:1 62 11 99 352 027 27]], ok. Mais la photo est floue : à refaire, cabine {{Photomaton}} à {{Mériadeck}}. Il soupire : « {{8 €}} encore ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Rochefort}}. « C'est pour mon fils, [[PERSONNE:Jérémy]]... [[PERSONNE:Jérémy Duprat]], avec un T à la fin ». « Il a quel âge ? » « {{32 ans}}, il est né le [[DATE_NAISSANCE:15 juin 92]] ». L'agente : « il est bien chez nous madame, il va bien, le médecin va vous rappeler, quel numéro ? » « [[TELEPHONE:zéro cinq, quarante-six, quatre-vingt-treize, vingt et un, zéro zéro]] ». Elle relit deux fois.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien avec [[PERSONNE:Nadia]] ({{CHRS}} de {{Saintes}}), victime de violences. Elle attend l'audience {{JAF}}. Son avocate, Me [[PERSONNE:Lambert-Dufour]], lui a donné le n° RG [[IDENTIFIANT:24/03817]]. L'éduc ([[PERSONNE:Sophie]]) note la date : {{12 février}}, {{tribunal judiciaire}}. Le conjoint, [[PERSONNE:Yannick]], a une ordonnance de protection contre lui. Elle garde le numéro de {{France Victimes}} dans sa coque de téléphone.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{AAH}} chez M. [[PERSONNE:Manuel Carvalho]], [[ADRESSE:72 rue Carnot, 33130 Bègles]]. Il parle moitié portugais moitié français : « ma pension portugaise c'est pas beaucoup, {{cent vingt euros}} ». Le contrôleur : « vous avez un compte au {{Portugal}} ? » « Oui, à la {{Caixa Geral}} ». Il sort le relevé : [[IBAN:PT50 0035 0712 0003 1548 7622 8]]. La pension n'était pas déclarée. « Mais c'est rien {{120 €}} ! »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une dame qui parle pour son mari sourd. « Son identifiant c'est [[ID_FRANCE_TRAVAIL:7 4 1 0 6 2 8 B]] ». « B comme ? » « B comme {{Bordeaux}} ! ». La conseillère : « et c'est M. [[PERSONNE:Guillaume Le Goff]] ? » « Oui, mon mari ». « Il faut qu'il confirme lui-même, par SMS ou en visio {{LSF}} ». Elle ne savait pas que la visio en {{LSF}} existait.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Deuxième visite de la matinée : une maison à {{Floirac}} sans chauffage depuis {{octobre}}. Deux radiateurs électriques d'appoint pour {{4 pièces}}. L'agente mesure {{14 °C}} dans le salon. Dossier {{FSL}} énergie à monter.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. « Mon numéro c'est le [[NIR:2 72 05 99 350 412]]... euh il manque la fin... [[NIR:36]] ». La conseillère ([[PERSONNE:Naïma]]) : « Madame [[PERSONNE:Bennani]] ? née en [[DATE_NAISSANCE:mai 72]] ? » « Oui, à {{Casablanca}} ». Elle appelle pour ses lunettes, achetées chez {{Optic 2000}}, pas remboursées.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame réunionnaise, {{67 ans}}, malaise. Son mari parle pour elle : « li lé fatiguée depuis ce matin ». IOA : « son nom ? » « [[PERSONNE:Payet]], [[PERSONNE:Marie-Josée Payet]], née [[PERSONNE:Grondin]] ». « Sa date de naissance ? » « [[DATE_NAISSANCE:3 décembre 1957]] ». « Et vous monsieur ? » « [[PERSONNE:Jean-Claude]] ». Il reste debout à côté du brancard tout le temps.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur veut savoir la date de versement du {{RSA}}. Réponse : le {{5 du mois}}. Il remercie. {{40 secondes}}. Le plus court de la journée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{1h10}}. Voix de femme, beaucoup de bruit, des voitures. « ... [[PERSONNE:Jess]]... [[PERSONNE:Jessica]]... je suis à la... » L'écoutant : « madame vous êtes où exactement ? » « {{place de la Victoire}}... avec mon copain [[PERSONNE:Lucas]] ». La ligne coupe. Il rappelle le numéro affiché, [[TELEPHONE:07 68 31 25 09]] : messagerie. Il signale à la {{maraude}} du {{Samu social}} : « une femme, la {{Victoire}}, maintenant ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un cabinet infirmier à {{Libourne}} (facturation). Deux infirmières, [[PERSONNE:Amandine]] et [[PERSONNE:Sabrina]]. L'agent de la {{Cpam}} compare les tournées et les ordonnances. Une patiente revient souvent : Mme [[PERSONNE:Labat]], [[ADRESSE:9 chemin du Moulin, 33500 Libourne]]. Rien d'anormal finalement. {{2h}} de contrôle.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la mobilité : un monsieur doit réparer sa voiture pour un CDI à {{Bassens}}. Il amène le devis du {{Garage Da Costa Auto}}, {{1 240 €}}, et la carte grise : [[IMMATRICULATION:CW-612-MB]]. Le conseiller ([[PERSONNE:Arnaud]]) monte la demande d'aide pour M. [[PERSONNE:Serge Kouassi]]. Réponse sous {{10 jours}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur inscrit sa mère au repas des aînés. « Ella se llama... pardon, elle s'appelle [[PERSONNE:Carmen Gutiérrez]], veuve [[PERSONNE:Lopez]] ». « Née le ? » « [[DATE_NAISSANCE:el cinco de agosto del treinta y ocho]]... le [[DATE_NAISSANCE:5 août 38]] ». L'agente rit, elle parle espagnol elle aussi. Inscription faite pour le {{dimanche 12}}, {{salle Bellegrave}}, {{Pessac}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le panneau « {{urgences pédiatriques}} → » est caché par un {{sapin de Noël}} décoré. Trois familles se trompent d'entrée en {{20 minutes}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un jeune homme montre son appli {{Boursorama}} pour donner son RIB. L'agent recopie en lisant à voix haute : « [[IBAN:FR76 4061 8802 1500 0403 8172 619]] ». Le jeune : « c'est bien [[IBAN:8172]] au milieu ? » Ils vérifient, oui. Allocataire [[PERSONNE:Enzo Bertrand]], n° [[N_ALLOCATAIRE:2190473]], {{prime d'activité}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le midi, la famille [[PERSONNE:Camara]] mange à part, la maman ne veut pas que les enfants voient les hommes bourrés. Le plus petit, [[PERSONNE:Moussa]], m'appelle « tonton ». L'éducatrice [[PERSONNE:Julie]] me dit que ça fait {{11 mois}} qu'ils sont là, en attente d'un logement {{Gironde Habitat}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur demande pourquoi sa {{carte Vitale}} ne marche plus chez le pharmacien. L'agente la met dans le lecteur : pas mise à jour depuis {{2019}}. Mise à jour sur la borne, {{1 minute}}. Il repart content.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une demandeuse pour un entretien d'embauche chez {{Dassault}} à {{Mérignac}} ({{POEI}}). Le conseiller vérifie l'identifiant, [[ID_FRANCE_TRAVAIL:1928374H]], et le mail, [[EMAIL:amelie.dasilva@orange.fr]]. Mme [[PERSONNE:Da Silva]] a la voix qui tremble, c'est son premier entretien depuis {{2 ans}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "« Vous êtes ? » « Hein ? » « VOTRE NOM MONSIEUR » « [[PERSONNE:BOUYSSOU]] ! [[PERSONNE:ROBERT BOUYSSOU]] ! » « VOUS ÊTES NÉ QUAND ? » « EN [[DATE_NAISSANCE:TRENTE-NEUF]] ! » Toute la salle est au courant maintenant. Il vient pour l'{{aide ménagère}}. L'agente ([[PERSONNE:Coralie]]) finit par lui écrire les questions sur un papier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur m'explique le planning : {{6 visites}} prévues, deux seulement réalisées (absents). Entre deux, sandwich dans la voiture sur le parking de {{Carrefour}} {{Lormont}}. Il me parle de la {{solidarité à la source}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la régulation {{SAMU 33}} : « un monsieur [[PERSONNE:Öztürk]], O tréma, [[PERSONNE:Ö-Z-T-Ü-R-K]], prénom [[PERSONNE:Mehmet]], chute d'échafaudage sur un chantier à {{Libourne}}, né en [[DATE_NAISSANCE:88]], on a son numéro de sécu : [[NIR:1 88 01 99 208 093 34]] ». La secrétaire ([[PERSONNE:Audrey]]) crée le dossier avant même qu'il arrive.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel {{Formule 1}} de {{Bordeaux-Lac}}, {{chambre 27}}, où vivent Mme [[PERSONNE:Zhang]] et sa fille [[PERSONNE:Lili]]. « Ici pas de cuisine, micro-ondes seulement ». Elle montre son récépissé ({{APS}}) n° [[IDENTIFIANT:3309874512]]. L'éducateur ([[PERSONNE:Romain]]) l'aide à remplir la demande {{SIAO}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La téléconseillère ([[PERSONNE:Stéphanie]]) me montre son écran : {{127 appels}} en attente à {{10h}}. Objectif : {{3 min 30}} par appel. Elle dit qu'elle ne le tient jamais.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur sénégalais, [[PERSONNE:Cheikh Ba]], veut mettre à jour son numéro : il en a un sénégalais, [[TELEPHONE:+221 77 451 28 93]], et un français, [[TELEPHONE:07 53 88 14 02]]. L'agent : « on ne peut mettre qu'un numéro français ». Identifiant [[ID_FRANCE_TRAVAIL:5502318 N]]. Fait.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : une femme, son conjoint parle derrière. « Le numéro allocataire c'est... [[PERSONNE:Kevin]] c'est quoi le numéro ? » « Sur la lettre ! » « [[N_ALLOCATAIRE:un, un, quatre, zéro, huit, huit, sept]] ». L'agente : « [[N_ALLOCATAIRE:1140887]], Mme [[PERSONNE:Vasseur]] ? » « [[PERSONNE:Vasseur]] c'est lui, moi c'est [[PERSONNE:Morel]] ». « Vous vivez ensemble ? » Silence 😶.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'une famille qui vit à l'année au [[ADRESSE:camping Les Ormes, emplacement 41]], à {{Andernos-les-Bains}}. M. [[PERSONNE:Grosjean]] et Mme [[PERSONNE:Baudry]], {{3 enfants}}. Le gérant veut les faire partir pour la saison. Leur voiture, [[IMMATRICULATION:BX-451-TN]], est en panne depuis {{septembre}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une jeune fille filme la salle d'attente pour {{TikTok}}. L'agent de sécurité : « on ne filme pas ici ». Elle : « c'est pour mon compte, [[IDENTIFIANT:@lina.bdx33]], j'ai {{12k abonnés}} ». Son amie l'appelle : « [[PERSONNE:Lina]], range ça ». Elle range son téléphone en râlant.",
    ),
]

# Notes 106-140.
PART_4 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Nguyễn Thị Hoa]] vient avec sa petite-fille [[PERSONNE:Émilie]] qui traduit. « Mamie dit qu'elle a plus reçu l'{{ALS}} ». L'agent : « numéro d'allocataire ? » [[PERSONNE:Émilie]] lit sur la lettre : « [[N_ALLOCATAIRE:3 6 2 7 5 1 8]] ». « Date de naissance de madame ? » « Euh... [[DATE_NAISSANCE:1949]] je crois... Mamie, c'est quand ton anniversaire ? » « [[DATE_NAISSANCE:mười tháng ba]] » « le [[DATE_NAISSANCE:10 mars]] ». Trouvé : le contrôle de ressources n'a pas été retourné.",
    ),
    (
        "caf",
        "accueil_physique",
        "Espace libre-service : {{4 ordinateurs}}, dont un en panne depuis {{3 semaines}} (post-it « HS »). Une volontaire en {{service civique}} aide les gens. Elle me dit qu'elle fait surtout des scans de fiches de paie.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un couple belge installé à {{Royan}} veut que les {{allocations familiales}} soient versées sur leur compte belge : [[IBAN:BE49 0635 1874 0271]]. L'agente ([[PERSONNE:Pauline]]) : « il faut un compte en zone {{SEPA}}, la {{Belgique}} ça passe ». M. [[PERSONNE:Vandenberghe]] est rassuré. Il a encore l'accent de {{Liège}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel sortant : l'agente ([[PERSONNE:Christelle]]) rappelle une allocataire pour une pièce manquante. « Madame [[PERSONNE:Ngo Bissek]] ? » « Oui, c'est [[PERSONNE:Ngo Bissek]], mais on dit [[PERSONNE:Bissèk]] ». « Il me manque votre avis d'imposition, je vous envoie le lien à [[EMAIL:ngobissek.r@yahoo.fr]] ? » « Non, c'est plus celui-là, c'est [[EMAIL:rose.ngobissek@gmail.com]] ». Corrigé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pendant la pause, l'agent me montre le message d'attente du {{3230}} : « temps d'attente estimé supérieur à {{20 minutes}} ». Au mur, un poster « {{Caf.fr}} : votre compte en 3 clics » et une carte de la {{Gironde}} avec les points d'accueil.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saintes}}, quartier {{Bellevue}}, [[ADRESSE:10 rue Gauguin, 17100 Saintes]]. Mme [[PERSONNE:Bernier]], seule avec {{2 enfants}}. Pendant l'entretien, une voiture se gare devant, [[IMMATRICULATION:GH-774-RA]]. Un homme entre avec les courses. « C'est mon frère ! » « Bonjour monsieur, votre nom ? » « Euh... [[PERSONNE:Fabrice]]... [[PERSONNE:Fabrice Bernier]] ». Le contrôleur note sans commentaire. « Même nom, ça ne prouve rien », me dit-il après.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle en résidence étudiante à {{Talence}} : vérifier qu'une étudiante habite bien sa chambre ({{APL}}). La gardienne : « [[PERSONNE:Chloé]] ? elle est en stage à {{Toulouse}} depuis {{septembre}} ». Résidence {{Crous}} {{Village 3}}, {{chambre 312}} : personne. Le contrôleur laisse un avis.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Lesparre-Médoc}} chez M. [[PERSONNE:Iñaki Goñi]], saisonnier agricole. Devant, une camionnette aménagée immatriculée en {{Espagne}}, [[IMMATRICULATION:4821 KJT]]. « Vous habitez ici ou en {{Espagne}} ? » « Ici ! Mi casa, [[ADRESSE:15 route de Soulac]] ». Le contrôleur vérifie le dossier [[N_ALLOCATAIRE:6610385]]. « La camionnette c'est pour le travail ». Il rit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "« Votre nom ? » « [[PERSONNE:Oyelaran]] ». « Pardon ? » « [[PERSONNE:O, Y comme yaourt, E, L, A, R, A, N]] ». L'agente tape. « Prénom ? » « [[PERSONNE:Adebayo]] ». Il est nigérian, étudiant à {{Kedge}}, veut sa {{carte Vitale}}. Passeport n° [[IDENTIFIANT:A09412378]]. « Un numéro de téléphone ? » « [[TELEPHONE:07 45 12 86 30]] ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne d'accueil : la dame devant moi tape son numéro de sécu avec ses ongles longs, trois essais. L'agent vient l'aider. Ticket {{B14}}. Attente affichée {{25 min}}, réelle {{40 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un papi de {{Cognac}} : « mon numéro de sécurité sociale... attendez que je mette mes lunettes... [[NIR:un, cinquante-huit, zéro cinq, seize, cent deux, zéro trente-quatre]], et la clé [[NIR:soixante-quatre]] ». Le conseiller ([[PERSONNE:Thibault]]) : « monsieur [[PERSONNE:Gaboriaud]] ? » « Lui-même, [[PERSONNE:Marcel]] ». Il veut savoir si sa prothèse auditive est remboursée « à {{100 %}} ». « Ma femme elle dit que j'entends rien, c'est pas vrai hein ? »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause café des téléconseillers. Ils parlent de la nouvelle appli {{Ameli}} et d'une collègue partie à la {{Carsat}}. L'un d'eux, [[PERSONNE:Jordan]], me dit : « le pire c'est les appels pour les arnaques, des gens qui ont donné leur numéro de sécu à un faux conseiller ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Lormont}}, {{Génicart}}, [[ADRESSE:2 rue Lavoisier, tour 3, 33310 Lormont]]. Interphone : « Qui ? » « {{Assurance maladie}}, contrôle de l'arrêt ». « [[PERSONNE:Ramzan]] pas là, moi c'est sa femme ». L'agente : « il est où ? » « Kiné ». Elle montre par la fenêtre l'ordonnance du cabinet {{Kiné Santé Génicart}}. Sur la boîte aux lettres : [[PERSONNE:MAGOMEDOV R.]]. L'agente note « absent, motif médical déclaré ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sur la route entre {{Angoulême}} et {{Confolens}} ({{1h}} de voiture), l'agente me raconte qu'elle fait {{400 km}} par semaine. Le véhicule de service est une {{Zoé}} 🔋, il faut recharger à mi-chemin.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame rom, [[PERSONNE:Florica]], vient chercher son courrier (domiciliation). L'agente : « nom ? » « [[PERSONNE:Stoica]]. [[PERSONNE:S-T-O-I-C-A]] ». Il y a trois lettres, dont une de la {{CAF}} et une du {{tribunal}}. Elle demande qu'on lui lise celle du tribunal. L'agente lit à voix basse : audience le {{4 mars}} pour le terrain de {{Cenon}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "File d'attente du lundi : surtout des demandes de {{colis alimentaire}}. L'agent distribue des bons pour l'{{épicerie solidaire}} de {{Mireuil}}. Une dame me dit « avant je donnais, maintenant je prends ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de {{logement social}} : l'agente ([[PERSONNE:Samia]]) saisit le formulaire en ligne pour M. [[PERSONNE:Lefèvre]]. Mail [[EMAIL:jp.lefevre17@sfr.fr]], tél [[TELEPHONE:06 14 72 38 90]], né le [[DATE_NAISSANCE:22/07/1969]]. Numéro unique de demande : [[IDENTIFIANT:017-2024-11-01834]]. Il le photographie avec son téléphone.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour un portage de repas. « C'est pour ma belle-mère, elle habite [[ADRESSE:3 rue des Écoles]]... à {{Lagord}} ». « Le 3 ou le 13 ? » « LE TROIS. [[ADRESSE:Trois, rue des Écoles]] ». « Et son nom ? » « [[PERSONNE:Paulette Giraud]] ». « Et vous êtes ? » « [[PERSONNE:Christophe]], son beau-fils ». Premier repas livré {{lundi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente me fait écouter le répondeur du week-end : {{7 messages}}, dont un monsieur qui chante « joyeux anniversaire » à la mauvaise personne, et une dame qui veut savoir si le {{CCAS}} ouvre le {{1er mai}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Marguerite Delmas]], {{88 ans}}, [[ADRESSE:4 rue de la Fontaine, 16000 Angoulême]]. Sa chatte, {{Mimi}}, nous suit partout. Sur la table, un bouquet de {{marguerites}} en plastique. « Vous savez ma petite, j'ai fait {{40 ans}} chez {{Leroy-Somer}} ». L'agente ([[PERSONNE:Gaëlle]]) revoit le plan d'aide {{APA}} avec elle.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement signalé insalubre, [[ADRESSE:58 cours de la Somme, 33800 Bordeaux]]. Locataire : [[PERSONNE:Mamadou Traoré]] ; propriétaire : M. [[PERSONNE:Vidal]], injoignable. Moisissures partout, le petit tousse. L'agente fait des photos pour le signalement à l'{{ARS}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame ukrainienne avec son fils ; l'IOA utilise {{Google Traduction}}. Elle répond « [[PERSONNE:Shevchuk]]... [[PERSONNE:Olena Shevchuk]] ». Date de naissance : elle écrit sur un papier « [[DATE_NAISSANCE:07.09.1983]] ». L'IOA hésite, juillet ou septembre ? Le fils : « [[DATE_NAISSANCE:septembre]] ! ». Lui, c'est [[PERSONNE:Artem]], {{12 ans}}, il traduit mieux que l'appli.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le distributeur de boissons est vide. Un papi me demande si j'ai de la monnaie pour le parking : {{2,50 €}}. Je donne. L'agente me regarde avec un sourire : « bienvenue aux urgences ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un généraliste appelle pour adresser un patient : Dr [[PERSONNE:Lacombe]], cabinet de {{Cestas}}. Patient : [[PERSONNE:Thierry Mazeau]], {{56 ans}}, douleur thoracique. « Je vous l'envoie avec les {{Ambulances du Bassin}} ». L'agent note la ligne directe du Dr [[PERSONNE:Lacombe]] : [[TELEPHONE:05 56 78 21 64]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission : un jeune Érythréen. « Your name ? » « [[PERSONNE:Tesfay]] ». « First name or family ? » « [[PERSONNE:Tesfay]] is me, [[PERSONNE:Kidane]] is father ». L'éduc ([[PERSONNE:Antoine]]) écrit [[PERSONNE:TESFAY Kidane]] sur la fiche. Attestation de demande d'asile n° [[IDENTIFIANT:3301956274]]. {{Chambre 12}}, lit du haut.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}} de {{Cognac}} : tarte aux pommes, {{6 résidents}}. L'animatrice ([[PERSONNE:Béatrice]]) a apporté les pommes de son verger. Un résident, [[PERSONNE:Francis]], explique comment sa grand-mère faisait le {{pineau}}. Rires.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{19h40}}. « Allô ? Allô ? C'est [[PERSONNE:Momo]]... [[PERSONNE:Mohamed]], [[PERSONNE:Mohamed Benyahia]], vous me connaissez, je suis dans le fichier ». L'écoutante ([[PERSONNE:Fatou]]) rit : « ah [[PERSONNE:Momo]] ! ça va ? » Il appelle du téléphone d'un copain, [[TELEPHONE:06 32 70 11 58]], « le mien on me l'a volé à la {{gare}} ». Place à l'accueil de nuit du {{Lac}} à {{20h30}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Charente-Maritime}} : depuis {{18h}}, {{23 appels}}, quinze demandes d'hébergement, zéro place à {{La Rochelle}}. L'écoutant, [[PERSONNE:Jordi]], me dit que l'été c'est pire, avec les saisonniers.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{16h}}. L'assistante sociale de l'hôpital de {{Girac}} : « j'ai un patient sortant, M. [[PERSONNE:Laurent]], [[PERSONNE:L-A-U-R-E-N-T]], oui comme le prénom, prénom [[PERSONNE:Didier]], né le [[DATE_NAISSANCE:11/11/1971]], il n'a nulle part où aller ». L'écoutant : « il est connu du {{SIAO}}, dossier [[IDENTIFIANT:SIAO16-2023-04418]] ». Orientation {{LHSS}}, en attente.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile d'un ancien résident du {{CHRS}}, [[PERSONNE:Stéphane]], dans son nouveau {{T1}} {{Domofrance}}, [[ADRESSE:12 avenue Jean Jaurès, 33150 Cenon]]. Il a acheté un canapé chez {{Emmaüs}}. Il a les larmes aux yeux en montrant la clé.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "État des lieux de sortie d'un appartement du diffus à {{Bègles}} : murs propres, frigo vidé, une plante laissée « pour le suivant ». L'éduc prend des photos pour le bailleur. {{25 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« Bonjour, je viens m'actualiser, ça marche pas sur le site ». Jeune femme, [[PERSONNE:Gwendoline Le Bihan]]. L'agent : « identifiant ? » « [[ID_FRANCE_TRAVAIL:8 0 3 4 1 5 6]]... et un W à la fin ». Il tape [[ID_FRANCE_TRAVAIL:8034156W]]. Mail : [[EMAIL:gwen.lebihan@laposte.net]], « [[PERSONNE:Le Bihan]] en un mot ». Actualisation faite ensemble en {{5 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dans le hall : une affiche « {{Salon de l'emploi}} – {{Hangar 14}} – {{jeudi 9h-17h}} », un présentoir de flyers {{Engagés pour l'emploi}}. Une maman allaite sur une chaise au fond, personne ne dit rien, c'est bien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un chauffeur VTC ({{Uber}}) en fin de droits. Il a sa carte VTC et sa voiture, une {{Toyota}} [[IMMATRICULATION:FX-093-HD]]. Il demande si la création d'entreprise peut être aidée ({{ARCE}}). La conseillère ([[PERSONNE:Émilie]]) : oui, rdv avec un conseiller création. M. [[PERSONNE:Belkacem]], {{41 ans}}, donne son SIRET perso : [[IDENTIFIANT:90348127300014]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Une dame cap-verdienne, [[PERSONNE:Djamila Semedo]] : « je veux changer mon numéro, le nouveau c'est [[TELEPHONE:07 51]]... non attendez, [[TELEPHONE:07 61 93 40 27]] ». Le conseiller relit : « [[TELEPHONE:zéro sept, soixante et un, quatre-vingt-treize, quarante, vingt-sept]] ? » « C'est ça ». Identifiant vérifié : [[ID_FRANCE_TRAVAIL:4417062C]].",
    ),
]

# Notes 141-175.
PART_5 = [
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Albert Chaigneau]], de {{Rochefort}}, change de banque. L'agente lit le RIB à voix haute pour vérifier : « [[IBAN:FR76 1170 6000 3042 1850 6732 106]] ». Il l'arrête : « non, la fin c'est [[IBAN:cent six]] ». « C'est ce que j'ai dit monsieur ». « Ah bon ». Numéro d'allocataire [[N_ALLOCATAIRE:4029561]], changement enregistré.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{13h30}}, ouverture de l'après-midi. Le vigile ouvre la porte, {{11 personnes}} entrent d'un coup. Une dame râle : « j'étais là avant lui ! » L'après-midi c'est que sur rendez-vous, il n'y a pas de tickets. Grosse confusion.",
    ),
    (
        "caf",
        "accueil_physique",
        "Naissance de jumeaux ! Le papa, [[PERSONNE:Youssef Amrani]], apporte les actes : [[PERSONNE:Adam]] et [[PERSONNE:Lina]], nés le [[DATE_NAISSANCE:2024-09-30]]. L'agente ([[PERSONNE:Corinne]]) : « félicitations ! » Il a les yeux cernés 😴. {{Prime à la naissance}} ×2.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une assistante sociale de la {{MDS}} de {{Blaye}} pour une allocataire : « Mme [[PERSONNE:Pinaud]], [[PERSONNE:Sandra]], allocataire n° [[N_ALLOCATAIRE:1885203]], attendez je vous le redis, [[N_ALLOCATAIRE:un, huit, huit, cinq, deux, zéro, trois]] ». Elle signale des violences et demande une {{aide d'urgence}}. L'agent ([[PERSONNE:Mickaël]]) crée un signalement prioritaire. Ligne directe de l'AS pour le rappel : [[TELEPHONE:05 57 42 61 18]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute : une dame demande si le {{RSA}} est compatible avec un petit boulot au {{McDo}}. L'agent explique la {{prime d'activité}}, la déclaration trimestrielle. Elle note tout. {{14 min}}. Elle dit : « merci, vous êtes la première personne qui m'explique ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources à {{Marennes}}, Mme [[PERSONNE:Bouchet]], [[ADRESSE:7 rue du Port, 17320 Marennes]]. « Entrez, entrez, faites pas attention au bazar, o l'est les huîtres qui m'ont occupée ». Le contrôleur demande les relevés : compte au {{Crédit Agricole}}, [[IBAN:FR76 1170 6410 2890 1345 1287 622]]. Chaque mois, un virement de « [[PERSONNE:J. MOREAU]] ». « C'est mon fils qui m'aide ! » « Votre fils s'appelle [[PERSONNE:Moreau]] ? » « C'est le nom de son père... »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur a un classeur avec les fiches du jour, un code couleur en haut de chaque fiche. Il me montre comment il prépare une visite : historique des versements, pièces, courriers. « Je ne regarde jamais {{Facebook}}, c'est interdit ». Il le dit deux fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "« Mail ? » « [[EMAIL:mamadou-tiret-du-six-keita, arobase, icloud, point com]] ». L'agent rigole : « le tiret du six ! » Il écrit [[EMAIL:mamadou-keita@icloud.com]]. M. [[PERSONNE:Keita]] demande la {{C2S}}. Né le [[DATE_NAISSANCE:30 avril 1998]] à {{Bamako}}. {{12 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Déclaration de perte de {{carte Vitale}}. Mme [[PERSONNE:Isabelle Faure]] a son numéro noté sur un papier dans son agenda : [[NIR:2 87 03 33 063 145 34]]. L'agent lui conseille de ne pas garder ça dans son sac. Nouvelle carte commandée sur {{Ameli}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. « Allô, c'est pour mon attestation de droits ». « Votre date de naissance ? » « Le [[DATE_NAISSANCE:dix-huit juin quatre-vingt-trois]] ». « Et votre nom ? » « [[PERSONNE:Renaud]], comme le {{chanteur}} ». « Prénom ? » « [[PERSONNE:Maxime]] ». Le NIR s'affiche, [[NIR:1 83 06 75 111 318 06]] (né à {{Paris}}). Attestation envoyée à [[EMAIL:max.renaud83@free.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Panne du logiciel à {{11h02}} : les conseillers ne voient plus les dossiers. Ils continuent à répondre « je vais devoir vous rappeler ». Retour à {{11h40}}. Le chef d'équipe passe dans les rangs avec des chouquettes 🥐.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le conseiller ([[PERSONNE:Hugo]]) rappelle un assuré, M. [[PERSONNE:Lemaire]], pour lui dire que son dossier {{ALD}} est accepté. Le monsieur pleure presque au téléphone. [[PERSONNE:Hugo]] me dit « c'est les appels que je préfère ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Villenave-d'Ornon}}. Un ado ouvre : « ma mère elle dort ». L'agente : « tu peux la réveiller ? C'est l'{{Assurance maladie}} ». « MAMAN ! C'EST LA SÉCU ! » Mme [[PERSONNE:Hoareau]] arrive en peignoir, très pâle. L'agente s'excuse, vérifie, repart. Elle laisse un numéro pour le médecin-conseil : [[TELEPHONE:06 87 23 45 10]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un {{taxi conventionné}} à {{Langon}} : l'agente compare les trajets facturés et le relevé du compteur. Taxi [[IMMATRICULATION:GB-330-XE]], chauffeur M. [[PERSONNE:Dos Santos]]. Deux trajets facturés à la même heure, {{14h}}. « Une erreur de saisie », dit-il.",
    ),
    (
        "ccas",
        "accueil_physique",
        "« Je viens pour ma femme, elle est malade ». « Son nom ? » « [[PERSONNE:Hadjer]], [[PERSONNE:Hadjer Boumediene]] ». L'agente écrit « [[PERSONNE:Boumedienne]] », il épelle : « [[PERSONNE:B-O-U-M-E-D-I-E-N-E]], un seul N à la fin ». C'est pour une facture de pharmacie. Il donne la carte d'identité de sa femme, ancienne CNI n° [[IDENTIFIANT:160533301872]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil du {{CCAS}} de {{Soyaux}}. Le mur est couvert de dessins d'enfants « merci pour les jouets de {{Noël}} ». L'agent d'accueil a {{22 ans}} de maison, il connaît « tout le monde, trois générations ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Rochefort}}. Une dame appelle, inquiète pour son voisin : « un monsieur âgé, M. [[PERSONNE:Fort]]... [[PERSONNE:Forthomme]] je crois, au [[ADRESSE:22 rue des Écluses]], depuis trois jours y a une voiture blanche garée devant qui bouge pas, [[IMMATRICULATION:AP 312 YV]] ». L'agente ([[PERSONNE:Nadège]]) : « vous avez son numéro ? » « Non ». Elle transmet au service seniors et à la police municipale. La voisine laisse ses coordonnées : « [[PERSONNE:Yvette]], au [[TELEPHONE:05 46 41 09 77]] ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle pour l'inhumation de son père, sans ressources. L'agente explique la prise en charge des obsèques par la commune. « Il s'appelait [[PERSONNE:René]], [[PERSONNE:René Lucas]] ». L'agente note. Silence au téléphone, puis « merci ». {{6 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{aide énergie}}, famille [[PERSONNE:Demir]], [[ADRESSE:9 allée des Pins, 33270 Floirac]]. Le fils, [[PERSONNE:Emre]], {{15 ans}}, traduit : « ma mère elle dit que la facture c'est trop ». Facture {{TotalEnergies}}, réf. client [[IDENTIFIANT:TE-3320918475]]. L'agente : « et ta maman, elle est née quand ? » « [[DATE_NAISSANCE:1980]]... non, [[DATE_NAISSANCE:1981]] ». [[PERSONNE:Emre]] vérifie en turc avec sa mère, elle rit.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de l'{{épicerie sociale}} avec la responsable du {{CCAS}} de {{Libourne}} : rayonnages, frigo, produits de la {{Banque alimentaire}}. Prix à {{10 %}} du prix magasin. Une bénévole, retraitée de {{La Poste}}, tient la caisse.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur crie dans le couloir : « [[PERSONNE:SAMIRA]] ! [[PERSONNE:SAMIRA]] ! » Il cherche sa femme, emmenée en box. L'aide-soignante ([[PERSONNE:Marie-Laure]]) le calme : « Mme [[PERSONNE:Haddad]] est au {{box 4}}, elle va bien ». Il s'assoit, il tremble. « On est mariés depuis {{30 ans}}, jamais on s'est quittés ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Message au micro : « le propriétaire du véhicule immatriculé [[IMMATRICULATION:ES-509-FQ]] est prié de le déplacer immédiatement ». Trois fois. Puis la fourrière. L'agent de sécurité : « ça arrive tous les soirs ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{Centre 15}} vers les urgences de {{Libourne}} : accident sur la {{N89}}, deux blessés. « Le conducteur, [[PERSONNE:Maxence]]... [[PERSONNE:Maxence Dupuy]], {{24 ans}} ; la passagère, on a que le prénom, [[PERSONNE:Océane]]. Véhicule [[IMMATRICULATION:FK-884-ZD]], pour la gendarmerie ». La secrétaire fait répéter : « [[PERSONNE:Dupuy]] avec un Y ? » « Oui, [[PERSONNE:D-U-P-U-Y]] ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La cadre de santé cherche des lits au téléphone : {{Bergonié}}, {{Haut-Lévêque}}, {{Robert-Picqué}}, la clinique {{Tivoli}}. Rien. {{19 patients}} sur brancard.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'une nouvelle résidente, [[PERSONNE:Khadija]]. « Vous avez quelqu'un à prévenir en cas de besoin ? » « Ma sœur, [[PERSONNE:Fatima Zahra]], au {{Maroc}} : [[TELEPHONE:+212 6 61 24 83 70]] ». L'éduc ([[PERSONNE:Ludivine]]) répète : « [[TELEPHONE:deux cent douze, six, soixante et un, vingt-quatre, quatre-vingt-trois, soixante-dix]] ? » « Oui ». Elle est née le [[DATE_NAISSANCE:14/02/1990]], « le jour des amoureux, c'est pas de chance hein ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le jardin partagé derrière le {{CHRS}} : tomates, courgettes, un {{olivier}} planté par un ancien résident. Un résident, [[PERSONNE:Gérard]], arrose. « C'est le seul endroit où je suis tranquille ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{21h}}. « Ouais c'est [[PERSONNE:Kévin]], [[PERSONNE:Kévin Dumas]], j'suis avec mon chien, {{Rocky}}, vous prenez les chiens ? » L'écoutant ([[PERSONNE:Yanis]]) : « ce soir non, désolé ». « Alors j'dors dehors, comme d'hab ». « Je vous rappelle demain, votre numéro ? » « [[TELEPHONE:zéro six, dix-neuf, zéro zéro, cinquante-cinq, trente-deux]] ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Formation entre deux appels : un écoutant explique à une nouvelle comment remplir la grille du {{SI-SIAO}}. « Toujours noter l'heure, toujours ». Il est {{0h15}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus à {{Saintes}}, [[ADRESSE:14 cours Reverseaux, 17100 Saintes]]. [[PERSONNE:Ahmad Noori]], afghan, vient d'obtenir le statut de réfugié. Il montre tout fier son premier relevé bancaire, {{Crédit Mutuel}}, [[IBAN:FR76 1027 8022 5000 0204 8731 542]]. L'éduc ([[PERSONNE:Damien]]) : « maintenant on fait la {{Caf}} ». Son titre de séjour : [[IDENTIFIANT:1705398246]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage au local vélos du {{CHRS}} : {{8 vélos}} donnés par l'association {{Vélo-Cité}}. Un résident répare une chambre à air. Il a été mécanicien chez {{Peugeot}} à {{Sochaux}}, il y a longtemps.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« Nom ? » « [[PERSONNE:De Oliveira Santos]], attaché ou pas, comme vous voulez ». « Prénom ? » « [[PERSONNE:Wellington]] ». Brésilien, arrivé en {{2021}}, cherche dans le BTP. L'agent ([[PERSONNE:Nicolas]]) : « et votre identifiant ? » Il ne sait pas ; retrouvé par le nom : [[ID_FRANCE_TRAVAIL:6093218P]]. Mail : « [[EMAIL:wellington.santos.bx@gmail.com]] ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{11h}} : l'agente d'accueil a vu {{34 personnes}} depuis {{8h30}}. Elle boit son café froid. « Le lundi c'est toujours comme ça ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien : la conseillère ([[PERSONNE:Agnès]]) propose à [[PERSONNE:Jonathan]] une offre d'apprentissage à la {{Menuiserie Garnier & Fils}}, à {{Talence}}. « M. [[PERSONNE:Garnier]] est très exigeant mais il forme bien ». [[PERSONNE:Jonathan]] hésite : {{45 minutes}} de bus.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. « Mon identifiant c'est [[N_ALLOCATAIRE:2 7 6 0 4 1 9]] ». Le conseiller : « ça c'est pas un identifiant {{France Travail}}, c'est votre numéro {{Caf}} ! » Rires. Elle cherche un autre papier : « [[ID_FRANCE_TRAVAIL:3 8 0 5 5 2 1 R]] ». « Voilà ! » Mme [[PERSONNE:Roche]], de {{Barbezieux}}, voulait juste son attestation.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur, l'{{Intermarché}} de {{Jonzac}}, qui veut recruter. Le conseiller ([[PERSONNE:Karim]]) lui présente {{La Bonne Boîte}}. « Et vous avez des jeunes motivés ? » « On en a plein ». {{10 min}}.",
    ),
]

# Notes 176-210.
PART_6 = [
    (
        "caf",
        "accueil_physique",
        "Une dame tend un RIB {{Société Générale}} recopié à la main sur un papier froissé : « [[IBAN:30003 02180 00050264418 71]] ». L'agent : « ça c'est le RIB, il me faut l'IBAN ». Il le retrouve quand même à partir des chiffres : [[IBAN:FR76 3000 3021 8000 0502 6441 871]], elle compare, c'est bon. Allocataire : Mme [[PERSONNE:Lemoine]], n° [[N_ALLOCATAIRE:0557342]].",
    ),
    (
        "caf",
        "accueil_physique",
        "La salle d'attente de la {{Caf}} d'{{Angoulême}} : chaises bleues vissées au sol, coin enfants avec une ferme {{Playmobil}}. Un petit garçon joue pendant que sa mère pleure doucement au guichet.",
    ),
    (
        "caf",
        "accueil_physique",
        "Demande d'{{AAH}} : [[PERSONNE:Clara Mendes]], {{23 ans}}, en fauteuil, accompagnée de sa mère. Dossier {{MDPH}} n° [[IDENTIFIANT:MDPH33-24-118562]]. L'agente lit le NIR à voix haute pour vérifier : « [[NIR:2 01 09 17 300 211 25]], née à {{La Rochelle}} ? » « Oui ». Elle repart avec la liste des pièces.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Allô, c'est la {{Caf}} ? Je veux qu'on m'écrive par mail, j'ai plus de boîte aux lettres ». L'agent ([[PERSONNE:Mickaël]]) : « votre adresse mail ? » « [[EMAIL:fred, f-r-e-d, point, gauthier]]... non, pas de point... [[EMAIL:fredgauthier, cinquante-deux, arobase, gmail]] ». « Point com ? » « Point com ». Le monsieur, [[PERSONNE:Frédéric Gauthier]], allocataire [[N_ALLOCATAIRE:7302618]], dort chez des amis.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le superviseur me montre le tableau en temps réel : {{42 appels}} en file, {{18 conseillers}} connectés, attente moyenne {{16 min}}. À {{12h}} tout le monde part manger en même temps, la file monte à {{70}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Mérignac}}, [[ADRESSE:5 rue Émile Zola, 33700 Mérignac]]. M. [[PERSONNE:Lopes]], {{RSA}} personne seule. La contrôleuse ([[PERSONNE:Sabine]]) demande à qui est la {{Polo}} garée devant, [[IMMATRICULATION:GD-125-SV]]. « C'est à [[PERSONNE:Jess]]... ma copine, elle passe des fois ». « Elle a les clés ? » « Ben... oui ». Ses affaires sont dans la salle de bain.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour au bureau après {{4 visites}} : le contrôleur tape ses rapports. « Une visite, c'est une heure de rapport ». Il a été agent d'accueil pendant {{12 ans}} avant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Santoni]], accent corse, installée à {{Arcachon}} : « je suis née à {{Bastia}} moi, en [[DATE_NAISSANCE:soixante-six]], vous voulez mon numéro ? [[NIR:2 66 11 2B 033 021 01]] ». L'agent : « avec le B, d'accord ». Elle veut un duplicata de sa {{carte Vitale}}. Elle l'appelle « mon petit » tout le temps.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Le vigile de la {{Cpam}}, [[PERSONNE:Moussa]], connaît tout le monde. Il aide une dame à remplir le formulaire de {{C2S}}. Il me dit qu'il fait ça « en plus », que personne ne lui a demandé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Remboursement de soins à l'étranger (vacances en {{Espagne}}). M. [[PERSONNE:Jean-Marc Roy]] donne les factures d'une clinique de {{Barcelone}} et son RIB {{Caisse d'Épargne}} : [[IBAN:FR76 1333 5000 4008 0041 2756 941]]. L'agent remplit le formulaire {{S3125}}. Délai : {{8 semaines}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame très polie : « Bonjour, je suis Mme [[PERSONNE:Célestine]], [[PERSONNE:Marie-Line Célestine]], née le [[DATE_NAISSANCE:neuf septembre cinquante-six]] à {{Pointe-à-Pitre}} ». Le conseiller trouve le dossier, NIR [[NIR:2 56 09 971 20 007 95]]. Sa pension d'invalidité est passée en retraite : « ah, c'est la {{Carsat}} maintenant ? » « Oui madame ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré a reçu un SMS « {{Ameli}} : votre {{carte Vitale}} expire, cliquez ici ». Le conseiller : « c'est une arnaque, ne cliquez pas ». Le monsieur avait déjà cliqué et rempli ses coordonnées bancaires. Il doit appeler sa banque tout de suite 😬",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Cognac}}, quartier {{Crouin}}, M. [[PERSONNE:Hamon]]. Sa femme crie depuis la cuisine : « [[PERSONNE:DIDIER]] ! C'EST POUR TOI ! » Il descend, attelle au poignet. Tout va bien. En partant, l'agente note la camionnette garée devant, lettrage {{SARL Hamon Couverture}}, [[IMMATRICULATION:DY-772-CN]] : « il travaille pendant son arrêt ? » On ne saura pas.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle dans une pharmacie de {{Royan}} (délivrance de médicaments coûteux). Le pharmacien, M. [[PERSONNE:Gautreau]], sort les ordonnances. Tout est en ordre. Il nous offre un café. {{1h15}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une jeune femme haïtienne, [[PERSONNE:Widline]], {{20 ans}}, avec un bébé. « Vous êtes née le ? » « [[DATE_NAISSANCE:vingt-huit... février deux mille quatre]] ». « Nom de famille ? » « [[PERSONNE:Pierre-Louis]] ». « Un mail ? » « [[EMAIL:widlinepierrelouis509@gmail.com]], {{509}} c'est l'indicatif d'{{Haïti}} ». L'agente ([[PERSONNE:Samia]]) ouvre un dossier de {{secours d'urgence}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence de l'écrivain public au {{CCAS}} de {{La Rochelle}} : {{4 rdv}} le matin. Des lettres pour la {{Caf}}, une réclamation {{SFR}}, un courrier au {{juge des tutelles}}. Le bénévole tape avec deux doigts, mais vite.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide facultative : l'agente demande le dernier relevé {{Caf}}. M. [[PERSONNE:Boyer]] le montre sur son téléphone : allocataire n° [[N_ALLOCATAIRE:9012774]], {{RSA}} {{607 €}}. Elle calcule le reste à vivre : {{4 €}} par jour. Demande de {{chèques services}} faite.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Allô ? Oui, c'est [[PERSONNE:Bonnin]]... [[PERSONNE:BONNIN]], avec deux N, [[PERSONNE:Raymond]] ». On entend siffler son appareil auditif. Il veut une aide à domicile pour sa femme qui sort de l'hôpital. « Rappelez-moi au [[TELEPHONE:05 45]]... [[TELEPHONE:05 45 82 17 39]] ». L'agente ([[PERSONNE:Valérie]]) répète : « [[TELEPHONE:05 45 82 17 39]] ? » « OUI ». Il habite {{Ruelle}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du {{Secours catholique}} : une bénévole, [[PERSONNE:Annick]], veut coordonner les {{colis de Noël}} pour éviter les doublons. L'agente lui enverra la liste par mail, anonymisée. {{10 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Libourne}} chez les [[PERSONNE:Castaing]], [[ADRESSE:16 rue Montesquieu, 33500 Libourne]]. Monsieur, ancien marinier sur la {{Dordogne}}, raconte. Madame, [[PERSONNE:Odette]], née ici en [[DATE_NAISSANCE:48]], sort les papiers : attestation {{Carsat}} avec son NIR, [[NIR:2 48 01 33 243 037 16]], et un RIB {{LCL}}, [[IBAN:FR76 3000 2044 1700 0007 3195 264]]. L'agente ([[PERSONNE:Gaëlle]]) scanne sur place.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans la voiture de service du {{CCAS}} : un carton de couches, des tickets de bus, un parapluie. L'agente : « on dépanne avec ce qu'on a ». On passe devant la {{gare de Libourne}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un touriste anglais, coupure au pied (huîtres 🦪 au {{Cap Ferret}}). « Name ? » « [[PERSONNE:Oliver Hughes]], [[PERSONNE:H-U-G-H-E-S]] ». « Date of birth ? » « [[DATE_NAISSANCE:twelfth of March, seventy-nine]] ». Passeport n° [[IDENTIFIANT:533918246]]. La secrétaire ([[PERSONNE:Élodie]]) ressort son anglais du lycée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{SMUR}} appelle : « on arrive avec un arrêt cardio-respiratoire récupéré, {{7 min}} ». Tout le monde bouge. Je me colle au mur.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Djibril]], demande à l'éduc de lire avec lui une lettre de la {{préfecture}}. « Monsieur [[PERSONNE:DIOP Djibril]], votre demande de titre de séjour n° [[IDENTIFIANT:3305512837]] est... » l'éduc ([[PERSONNE:Antoine]]) ralentit... « ...accordée ». [[PERSONNE:Djibril]] crie, tout le hall applaudit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du lundi : {{9 personnes}} autour de la table. Les sorties, les impayés de participation, un résident hospitalisé. Personne ne dit de nom devant moi, ils disent « monsieur de la 8 ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{22h40}}. « Boa noite... bonsoir, je dors dans ma voiture au {{parking du Lac}}, il fait trop froid ». « Votre nom ? » « [[PERSONNE:Paulo]]... [[PERSONNE:Paulo Rodrigues]] ». « Vous êtes né quand ? » « [[DATE_NAISSANCE:fevereiro setenta e nove]]... [[DATE_NAISSANCE:février 79]] ». L'écoutant note la voiture pour la maraude : une {{Mégane}} grise, [[IMMATRICULATION:BN-667-JX]]. Passage prévu vers {{23h30}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Vers {{2h}}, plus d'appels. L'écoutant de nuit range le bureau, se fait un café, relit les {{consignes grand froid}}. Il me parle de son autre boulot, dans la sécurité.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus à {{Basseau}}, [[ADRESSE:3 place Henri Dunant, 16000 Angoulême]]. [[PERSONNE:Jessica Martineau]] et ses deux enfants. Elle a mis en place le virement de sa participation, on le voit sur l'appli : [[IBAN:FR76 1240 6000 7185 2304 1690 867]]. L'éduc ([[PERSONNE:Céline]]) la félicite. Les enfants montrent leurs dessins.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« Mon identifiant, c'est [[ID_FRANCE_TRAVAIL:quarante-deux, zéro cinq, huit, trente et un, E]] ». L'agent tape : « ça marche pas ». « Ah pardon, [[ID_FRANCE_TRAVAIL:quarante-deux, zéro cinq, huit, trente-trois]] ». « [[ID_FRANCE_TRAVAIL:4205833E]], c'est bon ». M. [[PERSONNE:Kouamé Yao]], ivoirien, a rdv pour une formation cariste à {{Bruges}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Borne interactive : un monsieur de {{59 ans}} cherche « les offres pour gardien ». L'agent lui montre l'appli, il ne voit pas bien. Ils impriment {{3 offres}}. Il repart en les pliant soigneusement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier {{LinkedIn}} : la conseillère ([[PERSONNE:Hélène Rakoto]]) montre son propre profil en exemple, puis celui d'un participant, [[PERSONNE:Bastien Morin]] : « ton titre c'est « étudiant », faut mettre ce que tu cherches ». Sur son CV, son pseudo {{Insta}}, [[IDENTIFIANT:@bastien_mrn]] 😂 : elle lui conseille de l'enlever.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une jeune femme avec une poussette double n'arrive pas à passer le tourniquet. L'agent ouvre la porte de service. {{9h40}}. Personne n'avait prévu ça, apparemment.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Derrière, des enfants qui crient. « [[PERSONNE:INES]] ARRÊTE ! Pardon madame. Mon identifiant c'est [[ID_FRANCE_TRAVAIL:9 1 0 2 6 4 7 K]] ». La conseillère ([[PERSONNE:Sylvie]]) : « M. [[PERSONNE:Benhamou]] ? » « Oui ». « Vous avez rdv demain à {{10h}} ». « Je peux pas, j'ai pas de garde pour les petits ». Elle le passe en rdv téléphonique, au [[TELEPHONE:06 44 19 72 85]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller ([[PERSONNE:Benoît]]) appelle un château de {{Saint-Émilion}} pour un candidat. Répondeur : « vous êtes bien au {{Château Figeac}}... ». Il laisse un message, rappellera à {{14h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. « J'ai déménagé, nouvelle adresse : [[ADRESSE:neuf, rue du Palais, appartement douze, dix-sept mille La Rochelle]], juste à côté de la {{Grosse Horloge}} ». La conseillère répète : « [[ADRESSE:9 rue du Palais, 17000 La Rochelle]] ». Mme [[PERSONNE:Guerrero]], identifiant [[ID_FRANCE_TRAVAIL:2281605V]]. Modifié.",
    ),
]

# Notes 211-240.
PART_7 = [
    (
        "caf",
        "accueil_physique",
        "« Je viens déclarer ma fille ». L'agente ([[PERSONNE:Rachida]]) : « prénom ? » « [[PERSONNE:Sokha]] ». « Ça s'écrit ? » « [[PERSONNE:S-O-K-H-A]], avec un H ». La mère, Mme [[PERSONNE:Chhun]], allocataire [[N_ALLOCATAIRE:3358102]]. Bébé née le [[DATE_NAISSANCE:12 novembre]] à la maternité de {{Pellegrin}}. « Et le papa ? » « Il est au travail, [[PERSONNE:Vuthy]] ». Naissance enregistrée.",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiant de {{21 ans}}, [[PERSONNE:Théo Lalande]], premier logement à {{Pessac}}, demande d'{{APL}}. L'agente vérifie son NIR, [[NIR:1 03 04 33 318 259 41]], et saisit le RIB {{BNP}} : [[IBAN:FR76 3000 4019 3600 0109 4418 328]]. Il demande si ses parents vont perdre les {{allocations familiales}}. « Non, pas pour ça ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur de {{Bazas}}, accent gascon : « je bous appelle pour l'adresse, j'ai déménagé au [[ADRESSE:lieu-dit Pinot, 33430 Cudos]] ». L'agent ([[PERSONNE:Yohan]]) : « [[ADRESSE:Pinot]] comme le {{vin}} ? » « Comme le bin, oui ! » (rires). « Votre téléphone ? » « [[TELEPHONE:Zéro cinq, cinquante-six, soixante-cinq, quatre-bingt-onze, douze]] ». M. [[PERSONNE:Dupouy]], allocataire [[N_ALLOCATAIRE:8241907]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel pour une attestation de paiement. L'agente l'envoie dans l'espace {{Mon Compte}}. La dame : « je l'ai pas, je regarde... ah si, elle est là ! » {{2 min}}. Elle s'excuse trois fois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Eysines}}, [[ADRESSE:41 avenue du Médoc, 33320 Eysines]]. M. [[PERSONNE:Nuno Ferreira]], maçon, séparé : « je vis seul, seul ! » Le contrôleur ([[PERSONNE:Franck]]) vérifie l'identité sur la {{carte Vitale}}, NIR [[NIR:1 79 02 99 139 056 76]]. Dans la cour, un camion benne [[IMMATRICULATION:CR-219-LM]], lettrage {{Ferreira Maçonnerie}}. « C'est votre entreprise ? » « C'est mon cousin ! »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur m'explique le droit de communication : il peut demander des relevés directement aux banques. Il le fait rarement. Aujourd'hui, {{2 dossiers}} avec une demande à la {{Banque Postale}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "« Mon numéro, c'est [[NIR:deux, quatre-vingt-dix, zéro six, deux A, zéro zéro quatre, zéro soixante-treize, vingt et un]] ». L'agent tape un 4 au lieu du A, erreur. « Non, A ! Comme {{Ajaccio}} ! » Mme [[PERSONNE:Leca]], [[PERSONNE:Paola Leca]], rit : « à chaque fois ». Duplicata de {{carte Vitale}} commandé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un jeune apprenti, [[PERSONNE:Nolan]], {{17 ans}}, vient pour avoir sa propre {{carte Vitale}}. Il a sa carte de mutuelle {{Alan}}, n° [[IDENTIFIANT:ALN-7731-0924]], et une attestation de l'employeur. Né le [[DATE_NAISSANCE:3 août 2007]]. Sa mère attend dans la voiture.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. « Bonjour, [[PERSONNE:Mathis Rouvreau]], numéro [[NIR:1 91 03 17 306 044 18]] ». Le conseiller ([[PERSONNE:Thibault]]) : « je vous envoie le formulaire par mail ». « C'est [[EMAIL:mathis.rouvreau a rond hotmail point com]] ». « A rond ? » « Ben arobase quoi ! » Rires des deux côtés. Il travaille sur le port de {{Royan}}, il appelle depuis le bateau.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une conseillère, [[PERSONNE:Nathalie]], a un papier scotché sur son écran : « sourire, ça s'entend ». Elle a été agent d'accueil à la {{Cpam}} de {{Périgueux}} pendant {{10 ans}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Cenon}}, {{Palmer}}. Mme [[PERSONNE:Kanté]] ouvre, bébé dans les bras : « je suis en congé maternité, pas en arrêt ! » L'agente vérifie sur sa tablette, NIR [[NIR:2 97 12 33 119 156 34]] : erreur de saisie de l'employeur. Elle s'excuse. « Vous pouvez noter mon numéro pour le dossier ? [[TELEPHONE:07 82 40 56 13]] ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "« C'est pour mon attestation de domiciliation, je suis [[PERSONNE:Johnny Bordas]] ». L'agente : « comme {{Johnny}} ! » « Ouais, ma mère était fan ». Il demande qu'une copie parte chez sa sœur : « [[EMAIL:sandrine.bordas16@orange.fr]], c'est elle qui gère mes papiers ». Son chien, {{Kiki}}, attend dehors, attaché au vélo.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Affiché à côté du guichet : « Permanence {{UDAF}} – {{mardi 14h-16h}} », « {{Restos du Cœur}} : inscriptions campagne d'hiver ». L'agente me dit que la moitié des gens viennent pour savoir où aller, pas pour le {{CCAS}} lui-même.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un jeune livreur {{Deliveroo}} demande une aide pour réparer son scooter. « C'est [[PERSONNE:Rayan]], [[PERSONNE:Rayan Boukhari]] ». L'agente : « vous êtes auto-entrepreneur, vous avez un SIRET ? » « Oui attendez... [[IDENTIFIANT:516 720 943 00013]] ». Le scooter : [[IMMATRICULATION:GA-058-BT]]. Rdv jeudi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le message d'attente du {{CCAS}} de {{Lormont}}, c'est du {{Vivaldi}}. L'agente : « au bout de la cinquième fois, tu l'entends dans tes rêves » 😅. Appel suivant : Mme [[PERSONNE:Pereira]], pour la cantine de ses enfants.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Talence}} chez M. [[PERSONNE:Lê Văn Thành]], {{84 ans}}. Sa fille [[PERSONNE:Mai]] est sur haut-parleur depuis {{Paris}} : « Papa est né le [[DATE_NAISSANCE:2 septembre 1940]], le jour de la fête nationale vietnamienne ! » Dossier d'{{aide sociale}} pour l'EHPAD, RIB {{BNP}} : [[IBAN:FR76 3000 4008 2300 0105 8726 413]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "« Salut [[PERSONNE:Bébert]] ! » L'agente d'accueil connaît ce monsieur, un habitué de {{Saint-André}}. Sur l'écran : [[PERSONNE:ROBERT Albert]], sans domicile, attestation {{AME}} n° [[IDENTIFIANT:338214765102]]. « Tu sais ta date de naissance, [[PERSONNE:Bébert]] ? » « [[DATE_NAISSANCE:Vingt-neuf février]] ! J'ai que {{16 ans}} en vrai ! » (rires).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle depuis l'aéroport de {{Mérignac}} : sa fille [[PERSONNE:Chiara]], {{14 ans}}, a été amenée en ambulance depuis le collège. « Je suis [[PERSONNE:Francesca Bianchi]], sa mère, je peux parler au médecin ? » L'agente prend son numéro, [[TELEPHONE:+39 347 218 5590]], et celui du père, M. [[PERSONNE:Martin]], [[TELEPHONE:06 23 57 81 04]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au bureau des éducs, [[PERSONNE:Ousmane]] dicte ses infos pour {{France Travail}} : « mon mail, c'est [[EMAIL:ousmane.drame, o-u-s-m-a-n-e, point d-r-a-m-é, sans accent, arobase yahoo point fr]] ». L'éduc ([[PERSONNE:Laurent Fofana]]) : « et ton identifiant ? » « [[ID_FRANCE_TRAVAIL:5 3 6 6 0 1 9 G]] ». Ok.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Soirée jeux au {{CHRS}} : un {{Uno}}, un {{Monopoly}} sans billets de {{500}}. [[PERSONNE:Marcel]], {{71 ans}}, gagne tout. Les jeunes le surnomment « le banquier ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{18h05}}. « Je suis Mme [[PERSONNE:Faye]], [[PERSONNE:Ndèye Faye]], avec mes trois enfants, nés en [[DATE_NAISSANCE:2016]], [[DATE_NAISSANCE:2019]] et [[DATE_NAISSANCE:2022]] ». L'écoutante ([[PERSONNE:Hélène]]) : « vous êtes où ? » « Au commissariat, à {{Castéja}} ». « Un numéro ? » « [[TELEPHONE:06 58 02 73 41]] ». Hôtel {{Première Classe}} à {{Bègles}}, {{chambre 9}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Entre deux appels, l'écoutant [[PERSONNE:Maxime]] me montre la carte des hébergements de la {{Gironde}} punaisée au mur : des épingles rouges partout à {{Bordeaux}}, presque rien dans le {{Médoc}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'une famille hébergée en mobil-home, [[ADRESSE:camping municipal du Pré Vert, emplacement 18, Cognac]]. M. [[PERSONNE:Kervella]] et ses filles : « on voudrait un vrai logement avant l'hiver ». L'éduc relève la plaque de la caravane pour l'assurance : [[IMMATRICULATION:AB-492-WC]]. Il pleut sur le toit, ça résonne.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame chinoise, avec sa fille qui traduit : « nom [[PERSONNE:CHEN]], prénom [[PERSONNE:Meiling]] ; en {{Chine}} on dit le nom d'abord ». Date de naissance sur le passeport : [[DATE_NAISSANCE:1976.04.21]]. L'agent ([[PERSONNE:Nicolas]]) crée son identifiant : [[ID_FRANCE_TRAVAIL:7720451F]]. Elle cherche dans la restauration, vers {{Saint-Jean}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Reconversion après {{15 ans}} dans l'armée de l'air, {{base de Mérignac}}. Il veut devenir ambulancier. La conseillère ([[PERSONNE:Agnès]]) note son mail, [[EMAIL:s.leroux.bam@protonmail.com]], et lui parle du {{CPF}}. M. [[PERSONNE:Leroux]] a tout préparé dans une pochette plastique.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune homme sourd écrit sur son téléphone et le tourne vers l'agent : « Bonjour je m'appelle [[PERSONNE:Lucas Aubineau]], identifiant [[ID_FRANCE_TRAVAIL:6638104M]], je veux un interprète {{LSF}} pour mon rdv ». L'agent répond en écrivant. Rdv fixé avec interprète, {{mardi 10h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. « [[PERSONNE:Nkoulou]]. [[PERSONNE:N comme Nicolas, K comme kilo, O, U, L comme Louis, O, U]] ». Le conseiller ([[PERSONNE:Sofiane]]) : « et le prénom ? » « [[PERSONNE:Serge-Alain]] ». Il appelle pour une attestation employeur manquante, {{Lidl}} de {{Cenon}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Une créatrice d'entreprise veut que l'{{ARCE}} soit versée sur son compte pro : [[IBAN:FR76 1695 8000 0132 0468 7195 277]]. La conseillère : « il faut un compte à votre nom, pas à celui d'une société ». Mme [[PERSONNE:Aubert]] : « mais c'est à mon nom ! je suis {{micro-entrepreneuse}} ». Ça passe.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant. La conseillère ([[PERSONNE:Marine]]) compose le [[TELEPHONE:06 91 37 22 58]] : « Allô, Mme [[PERSONNE:Rigaud]] ? » « Non, c'est sa fille, [[PERSONNE:Manon]]. Maman elle est au boulot ». « Vous pouvez lui dire de rappeler le {{3949}} ? » « Ouais... c'est quoi votre nom ? » « [[PERSONNE:Marine]], de {{France Travail}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur appelle : son allocation est partie sur son ancien compte, clôturé, [[IBAN:FR76 1333 5003 0104 8632 7510 208]]. Le conseiller ([[PERSONNE:Karim]]) : « le virement va revenir, comptez {{10 jours}} ». Il doit déclarer le nouveau dans son espace. « J'ai {{12 €}} sur le compte, moi ».",
    ),
]

NOTES = PART_1 + PART_2 + PART_3 + PART_4 + PART_5 + PART_6 + PART_7

if __name__ == "__main__":
    main()
