"""Independent evaluation corpus n° 91: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind91-001`` …
``ind91-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells (site kind × channel) only, never from the contents.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind91"
SEED = 91

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

# Shorthands for the cells, to keep the note lists readable.
AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"value {value!r} has outer whitespace")
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
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build(notes):
    """Turn the marked tuples into note dicts with ids in writing order."""
    out = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
        text, entities, keep = parse(marked)
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
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
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
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------------------------
# The notes, in writing order.
# ---------------------------------------------------------------------------------------------

BLOCK_1 = [
    (
        "caf",
        AP,
        "lundi {{9h05}} {{Caf}} {{Clermont}}, déjà {{14 personnes}} dehors sous la pluie. L'agente d'accueil ([[PERSONNE:Sandrine]]) distribue les tickets, je suis au {{poste 3}} avec [[PERSONNE:Hakim Bensaïd]]. 1ère pers : Mme [[PERSONNE:Gonçalves]], sa {{prime d'activité}} a baissé de {{112 €}} et elle comprend pas. [[PERSONNE:Hakim]] lui montre les ressources du trimestre à l'écran, elle avait déclaré les heures sup de décembre. « c'est normal madame, c'est lissé sur {{3 mois}} ». Elle repart pas convaincue.",
    ),
    (
        "caf",
        AP,
        "Attente {{35 min}}. La borne à tickets plante, un monsieur tape dessus. L'agent : « elle fait ça depuis {{jeudi}}, on a appelé la maintenance ». Personne n'a l'air surpris.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Aïcha Tahiri]], née le [[DATE_NAISSANCE:12/03/1987]] à {{Clermont}}, vient déclarer la naissance de son 3e. L'agent ([[PERSONNE:Bruno]]) demande le n° alloc, elle l'a sur un post-it : [[N_ALLOCATAIRE:8832117]]. Le bébé n'a pas encore de n° de sécu donc il prend le sien : [[NIR:2 87 03 63 113 394 94]]. {{Prime de naissance}} versée sous {{15 jours}} « si tout est bon ».",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Lopes]] change de banque (passé à la {{Banque Postale}}). L'agent tape l'IBAN que le monsieur lit sur son téléphone, se trompe deux fois : [[IBAN:FR76 2004 1698 2081 7522 7788 931]]. Le logiciel refuse tant que la clé est fausse, pratique. Durée totale {{12 min}}.",
    ),
    (
        "caf",
        AP,
        "étudiante {{UCA}}, [[PERSONNE:Lina Moreau-Keita]], {{APL}} refusée : le bail est au nom de sa coloc, [[PERSONNE:Chloé Vernet]]. T2 à {{Aubière}} vers les {{Cézeaux}}. L'agent explique qu'il faut un avenant avec les deux noms « sinon c'est elle qui touche tout ».",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Montluçon}}, mardi. Couple turc, M. et Mme [[PERSONNE:Yilmaz]], avec leur fils qui traduit ([[PERSONNE:Emre]], {{16 ans}}). Dossier {{RSA}} + {{APL}}. L'agente, Mme [[PERSONNE:Brunel]], parle très lentement, le fils traduit tout. Adresse à mettre à jour : [[ADRESSE:17 rue de la Presle, 03100 Montluçon]]. Ils ont déménagé en {{août}}, la Caf l'apprend maintenant → indu probable.",
    ),
    (
        "caf",
        AP,
        "— vous avez votre numéro allocataire ?\n— non je l'ai pas\n— votre date de naissance alors\n— le [[DATE_NAISSANCE:4 juillet 1961]]\n— et votre nom\n— [[PERSONNE:Mazeyrat]], [[PERSONNE:Josiane]]\nelle trouve le dossier en {{10 sec}}. Toute la matinée comme ça.",
    ),
    (
        "caf",
        AP,
        "Petite fille qui dessine sur le ticket pendant que sa mère ([[PERSONNE:Fatoumata Camara]]) explique que l'{{ASF}} s'est arrêtée 😢. Le père ne verse plus la pension depuis {{mars}}. Agent [[PERSONNE:Julien]] : « on peut demander à l'{{ARIPA}} de récupérer ». Elle connaît pas. Il imprime le formulaire et surligne les cases.",
    ),
    (
        "caf",
        AP,
        "Constat : sur {{11 visiteurs}} en {{1h}}, {{7}} venaient pour un mot de passe perdu ou un souci {{FranceConnect}}. Aucun pour une vraie question de droits.",
    ),
    (
        "caf",
        AP,
        "Antenne {{Caf}} de {{Vichy}}, mercredi matin calme. Monsieur âgé, [[PERSONNE:René Chabrol]], {{82 ans}}, accompagné de sa voisine, Mme [[PERSONNE:Faure]]. Il touche l'{{ALS}}, a reçu un courrier « contrôle de situation » qui l'a paniqué. Rien de grave, un formulaire. L'agente [[PERSONNE:Nathalie]] le remplit avec lui, il dicte : [[ADRESSE:8 rue du Bourbonnais, 03200 Vichy]], rez-de-chaussée.",
    ),
    (
        "caf",
        AP,
        "ENCORE une dame renvoyée chez elle pour un avis d'imposition manquant. C'EST LA {{3E FOIS}} QU'ELLE VIENT (Mme [[PERSONNE:Benkirane]], elle habite {{Croix-de-Neyrat}}, {{2 bus}} pour venir). L'agent s'excuse mais ne peut rien faire sans.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Thibault Roche]], en fauteuil. La porte automatique est HS, c'est l'agent de sécurité [[PERSONNE:Moussa]] qui lui ouvre. Il vient pour l'{{AAH}} : la {{MDPH}} a prolongé jusqu'en {{2029}} mais la {{Caf}} n'a pas la notif. Il a la décision en photo, dossier MDPH n° [[IDENTIFIANT:630041729]]. Scanné en {{5 min}}.",
    ),
    (
        "caf",
        AP,
        "{{10h40}} pause café des agents décalée, trop de monde.",
    ),
    (
        "caf",
        AP,
        "Famille ukrainienne hébergée à {{Riom}} chez un particulier. Mme [[PERSONNE:Oksana Kovalenko]] + {{2 enfants}}. Protection temporaire, titre n° [[IDENTIFIANT:6311895450]]. Elle parle anglais, l'agent un peu, ça passe. {{APL}} impossible sans bail, juste une attestation d'hébergement. Elle me montre une photo de son appart à {{Kharkiv}} 🥲",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Ibrahima Sow]] vient pour son fils [[PERSONNE:Ousmane]], apprenti chez {{Michelin}} aux {{Carmes}}. Question : le salaire d'apprenti fait-il baisser les {{APL}} ? L'agent n'est pas sûr du seuil, va demander à [[PERSONNE:Céline]] au back office. Revient {{8 min}} après avec la réponse.",
    ),
    (
        "caf",
        AP,
        "Détail : l'agente note le n° allocataire de chaque personne sur un bout de papier pour pas se tromper, puis le jette dans la poubelle normale. Celui de la dame d'avant traîne encore au {{guichet 2}} : [[N_ALLOCATAIRE:7137679]].",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Tran Ngoc Anh]] veut ses courriers par mail. L'agent crée l'adresse avec elle : [[EMAIL:ngocanh.tran63@gmail.com]]. Elle avait une adresse {{Orange}} mais a perdu le mdp. {{25 min}} en tout, dont {{15}} à attendre le code par SMS sur le [[TELEPHONE:07 25 88 73 95]].",
    ),
    (
        "caf",
        AP,
        "Les chaises de la salle d'attente sont à 2 m du guichet : tout le monde entend tout, montants, séparations, dettes... Un monsieur a entendu le {{RSA}} de sa voisine ({{607 €}}) et a fait un commentaire.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Moulins}}, jeudi, sur rdv. M. [[PERSONNE:Manuel Da Costa]] et Mme [[PERSONNE:Isabel Da Costa]] ont la garde de leur petit-fils depuis {{janvier}} (jugement, RG [[IDENTIFIANT:24/00318]]). Ils veulent les allocs. L'agente, Mme [[PERSONNE:Petit]], vérifie que le jugement est bien au dossier, il y est.",
    ),
    (
        "caf",
        AP,
        "Jeune homme, [[PERSONNE:Yanis]], {{19 ans}}, vient demander le {{RSA}}. Refus direct, moins de 25 ans. L'agent l'oriente vers la {{Mission locale}} de {{Cournon}} pour le {{CEJ}}. Lui : « on m'a déjà baladé partout ». Ticket {{B047}}.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Kevin Vandenbroucke]], belge, à {{Domérat}} depuis {{2 ans}}, son compte est toujours en {{Belgique}} : [[IBAN:BE38 3039 4565 6372]]. La {{Caf}} peut payer sur un compte SEPA étranger ? Oui, mais il faut le RIB papier avec le BIC. Il l'a pas sur lui.",
    ),
    (
        "caf",
        AP,
        "fin de matinée : {{62 tickets}}, {{4 agents}} au front. [[PERSONNE:Hakim]] me dit qu'avant la fermeture de l'antenne de {{Thiers}} c'était moitié moins.",
    ),
    (
        "caf",
        AT,
        "Plateforme téléphonique (on est à {{Clermont}} mais les appels viennent de tout le {{63}} et du {{03}}). {{8h31}} : Mme [[PERSONNE:Delphine Tixier]] appelle pour un indu de {{1 240 €}}. N° alloc dicté chiffre par chiffre : « [[N_ALLOCATAIRE:4 8 6 0 1 7 9]] ». L'agent ([[PERSONNE:Romain]]) propose un échéancier à {{50 €}}/mois, elle accepte.",
    ),
    (
        "caf",
        AT,
        "Monsieur de {{Gannat}} qui veut être rappelé. Il dicte son numéro en toutes lettres et l'agente répète : « [[TELEPHONE:zéro six, vingt et un, quarante-sept, soixante-douze, zéro un]] ». M. [[PERSONNE:Abdelkader Mansouri]], il demande pour la {{prime de Noël}}... en {{octobre}}.",
    ),
    (
        "caf",
        AT,
        "Serveur vocal : « votre temps d'attente est estimé à {{moins de 5 minutes}} ». Réel pour l'appel suivant : {{23 min}}. L'agent : « c'est une estimation optimiste » 🙃",
    ),
    (
        "caf",
        AT,
        "Appel d'une AS du {{CCAS de Cusset}}, Mme [[PERSONNE:Girardot]], pour une dame qu'elle accompagne, Mme [[PERSONNE:Nour El Houda Saidi]]. L'agent refuse de donner le détail du dossier sans l'accord de l'allocataire. L'AS s'agace, finit par rappeler avec la dame à côté d'elle, haut-parleur.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Stéphane Bouchet]] veut son attestation de paiement par mail. Il épelle : « [[EMAIL:steph.bouchet03 arobase orange point fr]] ». L'agente ne peut pas envoyer de pièce par mail, il faut passer par l'espace perso sur {{caf.fr}}. Il raccroche sans dire au revoir.",
    ),
    (
        "caf",
        AT,
        "Appel en anglais d'un étudiant nigérian de {{Clermont School of Business}}, [[PERSONNE:Chinedu Okafor]]. L'agente ([[PERSONNE:Laetitia]]) se débrouille : sans titre de séjour valide, pas d'{{APL}}. Il a le récépissé, n° [[IDENTIFIANT:6340738230]]. Elle le note et dit que ça devrait suffire.",
    ),
    (
        "caf",
        AT,
        "appel coupé au bout de {{40 min}} d'attente (la dame rappelle et le dit direct, furieuse).",
    ),
    (
        "caf",
        AT,
        "Vérif d'identité au tel : nom, prénom, date de naissance. La dame : « [[PERSONNE:Marie-Claude Boudon]], née le [[DATE_NAISSANCE:vingt-trois septembre cinquante-huit]] ». L'agent : « et votre code postal ? » « {{63500}} ». Ok, on continue.",
    ),
    (
        "caf",
        AT,
        "Un agriculteur de {{Saint-Pourçain-sur-Sioule}}, M. [[PERSONNE:Gilles Aubignat]], s'est trompé de guichet : il dépend de la {{MSA}}, pas de la {{Caf}}. L'agent lui donne le {{3646}}... non, erreur, ça c'est la {{Cpam}}. Il cherche le bon numéro sur internet.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Ramona Stoica]] veut changer de RIB par téléphone et dicte tout d'un coup, avant que l'agente l'arrête : « [[IBAN:FR76 1380 7464 1759 6022 2028 418]] ». Impossible par tél, il faut l'espace en ligne. Elle n'a pas d'ordinateur. Rdv proposé à l'agence de {{Riom}} le {{14}}.",
    ),
    (
        "caf",
        AT,
        "Un homme qui pleure au téléphone. Séparation, il ne sait pas quoi déclarer. L'agent ([[PERSONNE:Romain]] encore) reste {{18 min}} avec lui. Après il me dit : « ça, ça rentre dans aucune stat ».",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Sylvie Lefèvre-Abbas]] (num alloc [[N_ALLOCATAIRE:2025624]]) : son ex, M. [[PERSONNE:Abbas]], vit à {{Montluçon}}, [[ADRESSE:43 avenue de la République, 03100 Montluçon]], et ne paie pas la pension. Elle donne l'adresse pour la procédure de recouvrement.",
    ),
    (
        "caf",
        AT,
        "Un monsieur appelle du {{Portugal}} (vacances) : son père, [[PERSONNE:Joaquim Pereira]], est hospitalisé à {{Porto}} et les courriers s'accumulent à {{Cournon}}. Il laisse son numéro portugais, [[TELEPHONE:+351 913 428 067]], l'agente le met dans les notes du dossier.",
    ),
    (
        "caf",
        AT,
        "{{11h50}}. Chaque agent du plateau a un casque et 2 écrans. Sur celui de [[PERSONNE:Laetitia]], en rouge : « {{APPELS EN ATTENTE : 37}} ».",
    ),
]

BLOCK_2 = [
    (
        "caf",
        CSP,
        "Contrôle sur place avec [[PERSONNE:Jean-Marc]], contrôleur {{Caf}} depuis {{22 ans}}. Départ {{8h15}} de {{Clermont}} en voiture de service. 1er rdv à {{Pont-du-Château}} : Mme [[PERSONNE:Samia Ouali]], déclarée isolée, {{3 enfants}}, [[ADRESSE:5 impasse des Vignerons, 63430 Pont-du-Château]]. [[PERSONNE:Jean-Marc]] fait le tour des chambres, de la salle de bain (« je regarde les brosses à dents, jamais les tiroirs »). Dans la cour, une voiture [[IMMATRICULATION:FC-423-HA]] qui serait celle d'un « cousin ». Il note sans commenter.",
    ),
    (
        "caf",
        CSP,
        "Sur la route entre deux visites, [[PERSONNE:Jean-Marc]] : sur {{10 contrôles}}, « {{6 ou 7}} c'est des gens qui ont pas compris quoi déclarer ». Il déteste le mot fraude.",
    ),
    (
        "caf",
        CSP,
        "Personne à l'interphone. Avis de passage dans la boîte aux lettres. Le contrôleur : ça arrive {{1 fois sur 4}}, on repassera {{mardi}}.",
    ),
    (
        "caf",
        CSP,
        "{{Thiers}}, haut de la ville, que des escaliers. M. [[PERSONNE:Kamel Rahmouni]], {{RSA}}, seul d'après le dossier [[N_ALLOCATAIRE:9562529]]. Le contrôleur ([[PERSONNE:Pascal Fayolle]]) demande les relevés des {{3 derniers mois}}, M. [[PERSONNE:Rahmouni]] les sort d'une boîte à chaussures. Virements réguliers d'une « [[PERSONNE:Nadia R.]] » : sa soeur, dit-il, qui l'aide pour le loyer.",
    ),
    (
        "caf",
        CSP,
        "Chez Mme [[PERSONNE:Hélène Vialatte]], [[ADRESSE:lieu-dit Les Fougères, 63880 Olliergues]]. Ferme isolée, {{20 min}} à trouver, le GPS nous envoyait dans un champ. Café offert. Ressources : elle vend des oeufs au marché d'{{Ambert}}, jamais déclarés, « {{30 €}} la semaine les bonnes semaines ». Régularisation simple, le contrôleur lui explique comment faire.",
    ),
    (
        "caf",
        CSP,
        "{{Lezoux}}. Devant la maison une vieille {{Clio}} grise, [[IMMATRICULATION:4955 TP 63]]. Le contrôleur relève la plaque pour voir si elle est au nom du conjoint supposé, M. [[PERSONNE:Damien Cohadon]]. Mme [[PERSONNE:Laura Chassaing]] : « il est juste passé ce matin ». Ses chaussures de chantier sont dans l'entrée. Noté « vie maritale probable », mais il lui laisse s'expliquer par écrit.",
    ),
    (
        "caf",
        CSP,
        "{{Vichy}}, quartier des {{Ailes}}. Vérif décence du logement pour l'{{APL}} chez Mme [[PERSONNE:Bintou Traoré]], [[ADRESSE:21 rue des Bartins, 03200 Vichy]]. Moisissures dans la chambre des petits, la fenêtre ferme mal, chambre de {{8,5 m²}}. Le propriétaire privé, M. [[PERSONNE:Lacroix]], ne répond plus depuis {{6 mois}}. Le contrôleur va faire un signalement, l'APL pourra être consignée.",
    ),
    (
        "caf",
        CSP,
        "Chez les [[PERSONNE:Dumitru]] à {{Cournon}}, la camionnette est roumaine : [[IMMATRICULATION:B 417 XKD]]. M. [[PERSONNE:Florin Dumitru]] bosse en intérim chez {{Adecco}}. Contrôle ressources, fiches de paie rangées dans une pochette nickel. RAS, {{25 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle de résidence des enfants (signalement : ils vivraient chez le père à {{Moulins}}). Mme [[PERSONNE:Céline Bardot]] sort les cahiers de liaison de l'{{école Jules-Ferry}} d'{{Yzeure}}, enfants nés en [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]]. Le contrôleur, M. [[PERSONNE:Auclair]], est convaincu en {{5 min}}. Dans la voiture : « les signalements anonymes, c'est souvent l'ex ».",
    ),
    (
        "caf",
        CSP,
        "Fin de tournée : {{4 contrôles}}, {{112 km}}, 1 absent. [[PERSONNE:Jean-Marc]] tape ses rapports dans la voiture sur un portable qui rame, parking du {{Leclerc}} de {{Riom}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Clermont}}, mardi {{8h30}}, la file est déjà sur le trottoir. Au pré-accueil [[PERSONNE:Virginie]] trie avec une tablette : {{carte Vitale}} perdue x3, {{CSS}} x2, arrêt de travail x1, « je sais pas » x2.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Mehmet Aydın]], né en {{Turquie}} en [[DATE_NAISSANCE:septembre 1985]], a perdu sa {{carte Vitale}}. Il récite son numéro de sécu : [[NIR:1 85 09 99 208 759 31]]. Nouvelle carte commandée, il faut une photo et une pièce d'identité. Délai {{3 semaines}}. Attestation de droits imprimée en attendant.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Marcelle Pouzadoux]], {{77 ans}}, {{ASPA}}, renouvellement de la {{CSS}}. Tout est dans une chemise verte, trié. L'agent ([[PERSONNE:Olivier]]) scanne, c'est fini en {{7 min}}. Elle : « c'est tout ? l'an dernier j'ai attendu {{deux heures}} ».",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Mamadou Bah]], guinéen, sans titre de séjour, demande d'{{AME}}. Il faut prouver {{3 mois}} de présence : une ordonnance du {{CHU Estaing}}, une facture de téléphone. Domicilié au {{CCAS de Clermont-Ferrand}}. Passeport guinéen n° [[IDENTIFIANT:R0489217]], photocopié recto verso.",
    ),
    (
        "cpam",
        AP,
        "{{IJ}} pas reçues depuis {{45 jours}} : Mme [[PERSONNE:Sandra Malleret]], aide-soignante à l'{{EHPAD Les Jardins d'Ennezat}}. L'agent voit que l'attestation de salaire n'est jamais arrivée de l'employeur. Il lui imprime un mot pour les RH. Elle pleure un peu, de fatigue je crois.",
    ),
    (
        "cpam",
        AP,
        "Sur l'écran de la salle : « {{Ameli}}, c'est plus simple en ligne ! ». En dessous, {{20 personnes}} qui attendent, dont au moins {{5}} sans smartphone (j'ai demandé autour de moi).",
    ),
    (
        "cpam",
        AP,
        "Une dame crie « JE VEUX PARLER À UN CHEF » 😬 pour un remboursement de kiné refusé. L'agent [[PERSONNE:Karim]] reste calme, va chercher sa responsable, Mme [[PERSONNE:Dubreuil]]. Ça retombe en {{5 min}}. [[PERSONNE:Karim]] après : « {{2 fois par semaine}}, à peu près ».",
    ),
    (
        "cpam",
        AP,
        "Étudiant chinois, [[PERSONNE:Liu Wei]], inscription à la sécu étudiante, il s'est perdu sur le site. L'agente note son tel [[TELEPHONE:06 45 39 34 64]] et son mail [[EMAIL:liuwei.uca@outlook.fr]] pour qu'on le recontacte, et lui montre {{etudiant-etranger.ameli.fr}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Josette Brugière]] ne comprend pas pourquoi sa mutuelle ne rembourse plus rien : la télétransmission n'est pas active. Carte {{Harmonie Mutuelle}}, adhérente n° [[IDENTIFIANT:100458732]]. L'agent active la liaison, {{48h}} pour que ça marche.",
    ),
    (
        "cpam",
        AP,
        "Salle d'attente : un bébé hurle, sa maman ([[PERSONNE:Aminata]]) s'excuse toutes les {{30 secondes}}. L'agent de sécurité lui trouve une chaise près de la fenêtre, à l'écart. Petit geste qui change tout.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Jean-Luc Cohendy]], ancien de {{Michelin}}, pension d'invalidité. Convoqué au contrôle médical le {{12 novembre}} à {{14h}}, il n'a plus le permis. L'agent : transport remboursé avec une prescription, il faut la demander au médecin traitant avant.",
    ),
    (
        "cpam",
        AP,
        "L'agente du {{guichet 5}} a oublié de tourner son écran, je lis : NOM [[PERSONNE:BENHAMOU]] PRENOM [[PERSONNE:LEILA]] DDN [[DATE_NAISSANCE:1992-06-17]] NIR [[NIR:292069935043024]]. Elle s'en rend compte et le pivote. La dame n'a rien vu.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Priscilla Nkounkou]], enceinte de {{7 mois}}, la grossesse n'a jamais été déclarée : le Dr [[PERSONNE:Vasseur]] pensait que la sage-femme l'avait fait. L'agent le fait sur formulaire papier. Adresse vérifiée : [[ADRESSE:12 allée des Tilleuls, 63800 Cournon-d'Auvergne]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam de l'Allier}}, accueil de {{Montluçon}}. [[PERSONNE:Sébastien]], {{26 ans}} de maison. Couple de retraités, M. et Mme [[PERSONNE:Jarrige]] : plus de médecin traitant depuis que le Dr [[PERSONNE:Lamoureux]] est parti de {{Commentry}}. Liste des médecins qui prennent de nouveaux patients… vide. Il leur parle de la {{téléconsultation}} en pharmacie. Ils font la grimace.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Antoine Santoni]], né à {{Bastia}}, vit à {{Chamalières}}. NIR lu sur l'attestation : [[NIR:1 72 06 2B 033 299 78]]. L'agent me dit que les 2A/2B « plantaient » un vieux logiciel, plus maintenant.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Dragan Petrović]] demande si son fils [[PERSONNE:Luka]], né le [[DATE_NAISSANCE:3 février 2011]], peut avoir sa propre {{carte Vitale}}. Réponse : à {{16 ans}} il l'a d'office, avant c'est sur demande. Il repart avec le formulaire.",
    ),
    (
        "cpam",
        AP,
        "Bilan matinée : {{97 personnes}} reçues, {{2 agents}} absents (gastro). Le chef d'équipe, [[PERSONNE:Franck Rigaud]], a tenu un guichet lui-même.",
    ),
    (
        "cpam",
        CSP,
        "Sortie avec [[PERSONNE:Isabelle Ferrand]], enquêtrice {{Cpam}} : contrôle d'arrêts de travail à domicile. {{10h20}}, chez M. [[PERSONNE:Sofiane Belhadj]], [[ADRESSE:3 rue des Tanneries, 63300 Thiers]]. Absent, hors horaires de sortie. Sa voiture ([[IMMATRICULATION:YN-496-BM]] dans le dossier) n'est pas là non plus. Avis laissé. Elle : « il est peut-être juste à la pharmacie ».",
    ),
    (
        "cpam",
        CSP,
        "Chez Mme [[PERSONNE:Gülsen Demir]] à {{Yzeure}} : elle est là, en pyjama, attelle au poignet. L'enquêtrice ([[PERSONNE:Isabelle]]) reste {{4 min}}. Dans la voiture : « {{90 %}} du temps la personne est chez elle ».",
    ),
    (
        "cpam",
        CSP,
        "On a fait {{67 km}} pour {{3 visites}}. Essence, temps, rapport… personne ne calcule ce que coûte un contrôle, dit l'enquêtrice.",
    ),
    (
        "cpam",
        CSP,
        "Vérification d'adresse (courriers revenus NPAI) : M. [[PERSONNE:Arnaud Pradier]] déclare vivre au [[ADRESSE:14 chemin de la Croix-Blanche, 63190 Lezoux]]. Sur place la maison est à vendre, panneau {{Orpi}}. Un voisin : « il est parti chez sa copine à {{Billom}} ». Noté.",
    ),
    (
        "cpam",
        CSP,
        "Famille [[PERSONNE:Ahmadzai]], afghane, à {{Montferrand}}. Vérif de résidence stable pour la {{CSS}}. M. [[PERSONNE:Najib Ahmadzai]] parle peu français, son fils [[PERSONNE:Farid]] traduit. Titre de séjour réfugié ({{10 ans}}) n° [[IDENTIFIANT:6385177278]]. Tout est en ordre, thé à la cardamome en prime ☕",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{3646}}, site de {{Clermont}}. Mme [[PERSONNE:Rosa Teixeira]] demande où en est son remboursement de lunettes. L'agent ([[PERSONNE:Mickaël]]) lui demande son numéro, elle le lit sur sa carte : [[NIR:2 74 12 03 185 172 72]]. Remboursement parti {{hier}}.",
    ),
    (
        "cpam",
        AT,
        "Appel de la {{Pharmacie des Arches}} d'{{Issoire}} : le pharmacien, M. [[PERSONNE:Gaillard]], a un patient, M. [[PERSONNE:Ludovic Bonnet]], dont la carte renvoie « droits fermés ». L'agente voit que la {{CSS}} a expiré le {{31 août}}. Le patient doit refaire la demande, le pharmacien soupire.",
    ),
    (
        "cpam",
        AT,
        "Sous l'écran de l'agent, scotchée : la fiche réflexe « usager agressif », {{3 étapes}}. La 3e c'est raccrocher.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Madeleine Tournadre]], en larmes : son mari, [[PERSONNE:Roger Tournadre]], est décédé {{la semaine dernière}}. Capital décès ? Elle donne le numéro de sécu de son mari : [[NIR:1 47 02 03 095 692 70]], né à {{Cusset}} en [[DATE_NAISSANCE:février 1947]]. L'agent explique avec beaucoup de douceur, elle remercie 3 fois.",
    ),
    (
        "cpam",
        AT,
        "[[PERSONNE:Enzo Marques]], {{21 ans}}, a reçu un SMS « activez {{Mon espace santé}} » et croit que c'est une arnaque. L'agente : « non c'est vrai, mais méfiez-vous des liens quand même ». Il donne son mail pour le lien officiel : [[EMAIL:enzo.marques[at]laposte.net]].",
    ),
]

BLOCK_3 = [
    (
        "cpam",
        AP,
        "Tickets A = prestations, B = {{carte Vitale}}, C = rdv. Les C passent beaucoup plus vite : le {{C012}} est appelé {{4 min}} après être sorti de la borne. Les A attendent {{50 min}}.",
    ),
    (
        "cpam",
        AT,
        "Appel en espagnol : Mme [[PERSONNE:Carmen Ruiz Ortega]], en vacances chez sa fille à {{Royat}}, s'est cassé le poignet. Coup de chance, l'agent ([[PERSONNE:David]]) parle espagnol, sa mère est de {{Valence}}. Il explique la {{carte européenne}}, elle l'a oubliée en {{Espagne}}…",
    ),
    (
        "cpam",
        AT,
        "Un médecin du {{CHU Gabriel-Montpied}}, le Dr [[PERSONNE:Okonkwo]], appelle pour un patient sans droits ouverts, M. [[PERSONNE:Valentin Popa]], IPP [[IDENTIFIANT:462085176]]. Il demande une ouverture en urgence. L'agent transmet au service concerné, « réponse sous {{48h}} ».",
    ),
    (
        "cpam",
        AT,
        "De {{9h à 12h}} : {{41 appels}} pour l'agent que je suis. Moyenne affichée {{4 min 10}}. L'objectif c'est {{4 min}}. Il dit qu'il « triche » en restant plus longtemps avec les personnes âgées.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Khadija El Amrani]] veut être rappelée par le service des {{IJ}}. Elle donne le [[TELEPHONE:07.66.27.34.46]], l'agent relit : « [[TELEPHONE:zéro sept, soixante-six, vingt-sept, trente-quatre, quarante-six]] », c'est bon.",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:Théo Chomette]] n'a jamais reçu sa {{carte Vitale}}. Il vit chez ses parents à {{Riom}}. Identification : « né le [[DATE_NAISSANCE:8 août 2003]] à {{Clermont}} », puis son numéro, [[NIR:103086311370057]], qu'il lit sur une vieille attestation. La carte a été envoyée à une ancienne adresse. Renvoi.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une assistante sociale de l'{{hôpital de Vichy}}, Mme [[PERSONNE:Rousset]], pour un patient sans mutuelle, M. [[PERSONNE:Abdoulaye Keita]]. Elle laisse sa ligne directe, [[TELEPHONE:04 70 44 01 84]], pour le dossier {{CSS}}.",
    ),
    (
        "cpam",
        AT,
        "« 😤 ça fait {{3 fois}} que j'appelle » — 3e appel de la matinée qui commence pareil.",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:Hugo Lambert-Diop]] dicte son adresse mail : « [[EMAIL:hugo point lambert tiret diop chez free point fr]] ». L'agente tape [[EMAIL:hugo.lambert-diop@free.fr]] et relit lettre par lettre. Elle envoie le lien vers {{ameli.fr}}.",
    ),
    (
        "cpam",
        AT,
        "Une fille appelle de {{Lyon}} pour sa mère à {{Ambert}}, Mme [[PERSONNE:Yvette Roddier]], née en [[DATE_NAISSANCE:1938]], dialysée 3 fois par semaine à {{Clermont}} : qui paie le taxi ? La fille ([[PERSONNE:Corinne]]) a déjà appelé {{2 fois}}. L'agent lui explique le {{taxi conventionné}} et le bon de transport.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Clermont-Ferrand}}, mercredi {{9h}}. File pour le courrier des domiciliés. M. [[PERSONNE:Abdallah Ismaël]] récupère {{3 lettres}}, dont une de la {{préfecture}}. Il demande à l'agente ([[PERSONNE:Yasmina]]) de la lire avec lui, il a peur de l'ouvrir.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Sabrina Fernandes]], facture {{EDF}} de {{486 €}} avec menace de coupure. Réf. client EDF [[IDENTIFIANT:3 002 458 719]]. Elle vit au [[ADRESSE:4 rue Fontgiève, 63000 Clermont-Ferrand]] avec {{2 ados}}. L'agente monte une demande {{FSL}} énergie et appelle EDF pour suspendre, {{20 min}} d'attente au téléphone.",
    ),
    (
        "ccas",
        AP,
        "Inscription à l'{{épicerie sociale}} : M. [[PERSONNE:Gérard Maisonneuve]], {{58 ans}}, fin de droits chômage. Pour vérifier, l'agent lui demande son identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:4559393C]]. Reste à vivre calculé : {{5,80 €}} par jour. Il a droit à {{3 mois}}.",
    ),
    (
        "ccas",
        AP,
        "Accueil du {{CCAS}} au rez-de-chaussée, pas d'hygiaphone, une plante verte, des flyers {{Restos du Cœur}}, {{Secours populaire}}, {{Croix-Rouge}}. Plus doux qu'à la {{Caf}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Vichy}}. Mme [[PERSONNE:Ghislaine Perrot]], {{71 ans}}, s'inscrit au colis de Noël des aînés. Date de naissance : « [[DATE_NAISSANCE:14 mai 53]] », adresse : [[ADRESSE:22 boulevard Gambetta, Vichy]]. Elle demande si on peut lui livrer, elle ne marche plus bien. Oui, par les bénévoles.",
    ),
    (
        "ccas",
        AP,
        "Aide d'urgence, l'agente coche les pièces :\n- pièce d'identité ✔\n- justificatif de domicile ✔\n- relevés de compte ✘\n- avis d'imposition ✘\nM. [[PERSONNE:Nabil Haddad]] repart chercher les relevés, revient à {{14h}}.",
    ),
    (
        "ccas",
        AP,
        "Famille rom roumaine, M. et Mme [[PERSONNE:Lăcătuș]], installée sur un terrain vers {{le Brézet}}. Ils veulent une domiciliation pour inscrire les {{3 enfants}} à l'école. L'agent ([[PERSONNE:Thomas]]) ouvre le dossier, la fille aînée, [[PERSONNE:Ionela]], {{12 ans}}, traduit tout, parfaitement.",
    ),
    (
        "ccas",
        AP,
        "Bons alimentaires {{Carrefour}} de {{40 €}} pour M. [[PERSONNE:Ayoub Benslimane]], en attente de son premier salaire (embauché chez {{Limagrain}} à {{Riom}}? il dit « à côté de Riom »). Il a honte, parle très bas.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Jovana Nikolić]] veut être prévenue dès qu'un logement passerelle se libère. Tel [[TELEPHONE:0709838707]], mail [[EMAIL:jovana.nikolic@yahoo.fr]]. L'agente : « ça peut être dans {{un mois}} comme dans {{six}} ».",
    ),
    (
        "ccas",
        AP,
        "{{10h}}, un homme très alcoolisé entre en criant. L'agent de sécurité, [[PERSONNE:Didier]], le connaît par son prénom et l'emmène dehors en lui parlant doucement. Personne ne lève les yeux dans la salle.",
    ),
    (
        "ccas",
        AP,
        "Cantine impayée : Mme [[PERSONNE:Leïla Bouzid]] donne son n° {{Caf}} pour le quotient familial, [[N_ALLOCATAIRE:8419835]]. QF {{412}}, donc tranche {{1,20 €}} le repas. La dette de {{96 €}} peut être prise en charge.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Serge Mbemba]], locataire {{OPHIS}} à {{la Gauthière}}, dette de loyer {{1 870 €}}. N° locataire [[IDENTIFIANT:L-0458217]]. L'AS, Mme [[PERSONNE:Ravel]], monte un dossier {{FSL}} maintien. Il dit qu'il a perdu son boulot au {{Marché Saint-Pierre}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Moulins}}. M. [[PERSONNE:Steeve Winterstein]], voyageur, domicilié ici, vit sur l'[[ADRESSE:aire d'accueil de la Motte, place 6]]. Il lui faut une attestation de domiciliation pour la carte grise de sa caravane, immatriculée [[IMMATRICULATION:TY-865-TF]]. Fait en {{5 min}}.",
    ),
    (
        "ccas",
        AP,
        "{{11h15}}, {{3 agents}}, {{9 personnes}} qui attendent. La machine à café pour les usagers est vide depuis {{lundi}}, personne ne sait qui doit la remplir.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Montluçon}}, quartier {{Fontbouillant}}. Mme [[PERSONNE:Fatima-Zahra Lahlou]] demande une aide pour le permis de son fils [[PERSONNE:Ilyes]] qui a une promesse d'embauche chez {{Dunlop}}. L'agente ([[PERSONNE:Nadège]]) l'oriente vers la {{Mission locale}} : aide au permis pour les moins de {{26 ans}}.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Vo Van Long]], {{84 ans}}, arrivé en France en {{1979}}, né le [[DATE_NAISSANCE:02/01/1940]] à {{Huế}}. Il veut de l'aide pour un dossier {{APA}}. L'agent remplit avec lui, il a une écriture magnifique et refuse qu'on écrive à sa place.",
    ),
    (
        "ccas",
        AP,
        "CCAS d'{{Issoire}}. [[PERSONNE:Manon]], {{22 ans}}, enceinte, dort dans sa voiture ([[IMMATRICULATION:jg-455-sl]], je la vois par la fenêtre) sur le parking de l'{{Intermarché}}. L'agente appelle le {{115}} devant elle : rien à Issoire, une place à {{Clermont}} ce soir. Elle hésite, elle a peur de laisser la voiture.",
    ),
    (
        "ccas",
        AP,
        "Vendredi, {{CCAS de Cournon}}, calme. L'agent ([[PERSONNE:Bastien]]) m'explique les aides facultatives : secours d'urgence {{150 €}} maxi par an, bons alimentaires, aide cantine. « On bricole avec ce qu'on a ».",
    ),
    (
        "ccas",
        AT,
        "Une voisine appelle : son voisin âgé ne répond plus depuis {{2 jours}}, M. [[PERSONNE:Armand Delorme]], [[ADRESSE:9 rue des Chaussetiers, 63000 Clermont-Ferrand]]. L'agente déclenche une visite du service seniors. La voisine laisse son numéro : [[TELEPHONE:06 01 33 05 02]].",
    ),
    (
        "ccas",
        AT,
        "Le standard sonne sans arrêt entre {{13h30}} et {{14h}}, l'heure où les gens sortent du boulot. {{1 seule}} personne au standard.",
    ),
    (
        "ccas",
        AT,
        "L'agente donne son adresse pro à un partenaire de la {{Banque alimentaire}} : [[EMAIL:m.dufresne@ccas-moulins.fr]]. Elle épelle « [[PERSONNE:D-U-F-R-E-S-N-E]] ». Ensuite elle me dit son prénom, [[PERSONNE:Mélanie]], et que tout le monde l'appelle « [[PERSONNE:Mél]] ».",
    ),
    (
        "ccas",
        AT,
        "— vous êtes de quelle année ?\n— de [[DATE_NAISSANCE:66]]\n— et vous êtes en invalidité, c'est ça ?\n— oui\nM. [[PERSONNE:Patrick Vernière]] s'inscrit sur le registre {{canicule}}. L'agente note son numéro fixe, [[TELEPHONE:04 73 46 82 74]].",
    ),
    (
        "ccas",
        AT,
        "Appel en turc, l'agent met le haut-parleur et sa collègue [[PERSONNE:Elif]] traduit. Mme [[PERSONNE:Hatice Şahin]] demande l'aide aux fournitures scolaires, {{2 enfants}} en {{6e}} et en {{CM1}}.",
    ),
    (
        "ccas",
        AT,
        "M. [[PERSONNE:Ahmed Zerrouki]] appelle de l'{{hôtel Ibis Budget}}, {{chambre 214}}, pour dire qu'il ne viendra pas au rdv de {{15h}} : pas de ticket {{T2C}}. L'agente lui dit qu'elle en a, il peut passer les prendre… à pied.",
    ),
    (
        "ccas",
        AT,
        "Une dame qui ne veut pas donner son nom (« appelez-moi [[PERSONNE:Odile]] ») demande les horaires de l'épicerie sociale : {{lundi, mardi, jeudi}}, {{9h-12h}}.",
    ),
    (
        "ccas",
        AT,
        "Le bailleur {{Évoléa}} appelle : impayés d'une locataire, Mme [[PERSONNE:Coralie Marchadier]], [[ADRESSE:7 rue Paul-Constans, 03100 Montluçon]]. Dossier locataire [[IDENTIFIANT:EV-2231047]]. L'agent propose une rencontre à trois avant la procédure.",
    ),
    (
        "ccas",
        AT,
        "Appel raccroché au nez. L'agent hausse les épaules : « c'est {{lundi}} ».",
    ),
    (
        "ccas",
        AT,
        "Un monsieur de {{Chamalières}} cherche sa fille, [[PERSONNE:Jessica]], qu'il croit à la rue. L'agent ne peut rien dire, prend son numéro, [[TELEPHONE:06 99 34 63 98]], et transmet à la {{maraude}}.",
    ),
]

BLOCK_4 = [
    (
        "ccas",
        CSP,
        "Visite à domicile avec [[PERSONNE:Agnès]], travailleuse sociale du {{CCAS de Riom}}, chez M. [[PERSONNE:Lucien Faucher]], {{91 ans}}, [[ADRESSE:11 rue du Commerce, 63200 Riom]], 3e sans ascenseur. Évaluation pour le {{portage de repas}}. Frigo vide à part un yaourt. [[PERSONNE:Agnès]] ne dit rien, note tout, et lui fait promettre de manger la soupe qu'elle a trouvée dans le placard.",
    ),
    (
        "ccas",
        CSP,
        "Chez Mme [[PERSONNE:Nadia Boukhris]] à {{Cusset}}, aide financière exceptionnelle (chaudière en panne, {{2 enfants}}). Versement direct sur son compte, l'AS photographie le RIB : [[IBAN:FR76 1380 7281 3539 9340 7250 944]]. Commission {{jeudi}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite annulée : la personne est hospitalisée depuis {{dimanche}}, on l'apprend par la voisine sur le palier. {{45 min}} de route pour rien.",
    ),
    (
        "ccas",
        CSP,
        "Syndrome de Diogène chez M. [[PERSONNE:Bernard Tissandier]], aux {{Vergnes}}. L'odeur dès l'escalier. L'AS, Mme [[PERSONNE:Kaci]], commence par lui parler de ses chats, {{Minou}} et {{Filou}}, avant d'aborder le ménage. Il accepte une intervention « mais pas tout jeter ».",
    ),
    (
        "ccas",
        CSP,
        "Famille [[PERSONNE:Ndiaye]], tour à {{Saint-Jacques}}, {{4 enfants}} dans un T3. L'AS vérifie les conditions pour appuyer une demande de mutation chez {{Logidôme}}. N° alloc noté pour le dossier : [[N_ALLOCATAIRE:3748392]]. M. [[PERSONNE:Cheikh Ndiaye]] travaille de nuit chez {{Michelin}}, il dort dans la chambre des garçons pendant qu'on parle à voix basse.",
    ),
    (
        "ccas",
        CSP,
        "Mme [[PERSONNE:Anne-Marie Rougier]], {{Désertines}}, évaluation aide à domicile. Elle nous montre les photos de son mari, [[PERSONNE:Henri]], mort en {{2019}}, et du jardin « quand il était entretenu ». On reste {{1h10}}, l'évaluation en prend 20.",
    ),
    (
        "ccas",
        CSP,
        "[[PERSONNE:Kylian Brun]], {{18 ans}}, sorti de l'{{ASE}} il y a un mois, studio [[ADRESSE:5 bis rue de la Glacière, 03100 Montluçon]]. Pas de meubles, un matelas par terre, une {{PlayStation}}. Le {{CCAS}} finance un lit et une table via {{Emmaüs}}.",
    ),
    (
        "ccas",
        CSP,
        "Retour au bureau à {{16h40}} 🚗 : {{3 visites}}, {{2 h}} de route en tout. L'AS tape ses comptes rendus jusqu'à {{18h}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHU Gabriel-Montpied}}, mardi {{20h}}. Je suis à l'admission avec [[PERSONNE:Cindy]], agente administrative. {{34 patients}} en salle. M. [[PERSONNE:Jordan Lemaire]], coupure à la main (cutter, au boulot) : {{carte Vitale}}, mutuelle, adresse confirmée, [[ADRESSE:18 rue de l'Oradou, 63000 Clermont-Ferrand]]. {{3 min}} chrono.",
    ),
    (
        "urgences",
        AP,
        "Dame âgée amenée par les pompiers, Mme [[PERSONNE:Simone Chabrier]], confuse. Sa fille arrive ensuite et donne tout : née le [[DATE_NAISSANCE:3 mars 1951]] à {{Yzeure}}, n° de sécu [[NIR:2 51 03 03 321 786 47]]. L'agente crée l'IPP [[IDENTIFIANT:709898064]] et imprime les étiquettes.",
    ),
    (
        "urgences",
        AP,
        "Écran en salle : « TEMPS D'ATTENTE ESTIMÉ : {{4H}} ». Personne ne le regarde, tout le monde le sait.",
    ),
    (
        "urgences",
        AP,
        "[[PERSONNE:Mathis]], {{17 ans}}, entorse au rugby (cadets de l'{{ASM}}). Mineur : il faut un parent. Il donne le portable de sa mère, [[TELEPHONE:07 69 15 61 15]]. Elle arrive {{40 min}} après, encore en tenue de boulot.",
    ),
    (
        "urgences",
        AP,
        "Sur le récépissé {{OFII}} du patient : nom [[PERSONNE:RAHIMI]], prénom [[PERSONNE:Rahmatullah]], né le [[DATE_NAISSANCE:01/01/2004]]. L'agente : « date administrative, beaucoup d'Afghans ont le {{1er janvier}} ». Il a mal au ventre depuis {{3 jours}}.",
    ),
    (
        "urgences",
        AP,
        "{{23h}}, un monsieur ivre chante du {{Johnny}} dans le couloir. L'IOA ([[PERSONNE:Fabienne]]) lui demande de baisser le son. Il baisse d'un demi-ton.",
    ),
    (
        "urgences",
        AP,
        "Soir de match au {{Marcel-Michelin}} : {{3 supporters}} qui se sont battus, dont un Anglais, M. [[PERSONNE:Oliver Hughes]], passeport n° [[IDENTIFIANT:539817264]]. L'agente galère avec « [[PERSONNE:Hughes]] », il épelle, elle tape « [[PERSONNE:Hugues]] », il rigole.",
    ),
    (
        "urgences",
        AP,
        "Le frère d'un patient s'est garé sur la place ambulance. L'agent de sécurité, [[PERSONNE:Lionel]], au micro, à {{22h10}} : « le véhicule [[IMMATRICULATION:PV-725-EM]] est prié de se déplacer immédiatement ».",
    ),
    (
        "urgences",
        AP,
        "Urgences pédiatriques d'{{Estaing}} : bébé [[PERSONNE:Inaya Belkacem]], {{4 mois}}, fièvre. Sa mère ([[PERSONNE:Sonia]]) donne la date de naissance, le [[DATE_NAISSANCE:2 juin]], et le nom du pédiatre, Dr [[PERSONNE:Maurin]] à {{Beaumont}}.",
    ),
    (
        "urgences",
        AP,
        "Bracelet du patient sur le brancard : [[PERSONNE:DA SILVA Nelson]] / IPP [[IDENTIFIANT:554606544]] / DDN [[DATE_NAISSANCE:14/09/1976]]. Posé sur le comptoir depuis {{20 min}}, lisible par tous.",
    ),
    (
        "urgences",
        AP,
        "CH de {{Vichy}}, samedi matin. Curiste venue de {{Lille}}, Mme [[PERSONNE:Jacqueline Morel]], glissade aux thermes. Logée à l'{{hôtel Aletti}}, {{chambre 305}}. Elle s'inquiète surtout de rater ses soins de l'après-midi.",
    ),
    (
        "urgences",
        AP,
        "— vous avez une mutuelle ?\n— {{Malakoff Humanis}}\n— le numéro c'est ?\n— attendez… [[IDENTIFIANT:M0045871236]]\n— merci monsieur [[PERSONNE:Guillot]]",
    ),
    (
        "urgences",
        AP,
        "{{2h du matin}}, {{11 brancards}} dans le couloir. L'agente : « le record c'est {{27}} ».",
    ),
    (
        "urgences",
        AP,
        "[[PERSONNE:Christophe]], dit « [[PERSONNE:Kiki]] », à la rue, bien connu du service, vient surtout pour dormir au chaud. L'IOA le laisse s'asseoir au fond. Adresse déclarée : « le {{115}} ».",
    ),
    (
        "urgences",
        AP,
        "M. [[PERSONNE:Quentin Tarrerias]], de {{Thiers}}, dicte son numéro de sécu par coeur, presque en chantant : « [[NIR:un, quatre-vingt-seize, zéro sept, soixante-trois, quatre cent trente, trois cent cinquante-trois, quatre-vingt-quinze]] ». L'agente tape au fur et à mesure, bon du premier coup.",
    ),
    (
        "urgences",
        AP,
        "La fille du patient remplit la fiche personne de confiance : [[PERSONNE:Gisèle Ollier]], [[TELEPHONE:04 73 83 44 00]]. Son père, M. [[PERSONNE:Ollier]], {{89 ans}}, attend depuis {{6h}}.",
    ),
    (
        "urgences",
        AP,
        "CH de {{Montluçon}}, nuit. Un seul urgentiste, le Dr [[PERSONNE:Abidi]], arrivé de {{Sfax}} il y a {{2 ans}}. L'agente d'accueil : « sans les médecins étrangers on fermerait ».",
    ),
    (
        "urgences",
        AP,
        "Une patiente ne veut pas donner son adresse (violences conjugales, elle le dit à voix basse). Elle ne donne que son prénom, [[PERSONNE:Sarah]]. L'agente met l'adresse de l'hôpital et appelle l'assistante sociale de garde ({{poste 4512}}).",
    ),
    (
        "urgences",
        AP,
        "Livreur {{Uber Eats}}, [[PERSONNE:Souleymane Diakité]], renversé à scooter place des {{Salins}}. La police passe pour le constat et lit la plaque du scooter à l'agente : [[IMMATRICULATION:ME-737-ZX]]. Lui s'inquiète pour la commande.",
    ),
    (
        "urgences",
        AP,
        "Randonneuse allemande, Mme [[PERSONNE:Ute Schneider]], cheville tordue en descendant du {{puy de Dôme}}. Carte européenne n° [[IDENTIFIANT:80276 00123 4567 8901]]. L'agente ne sait pas où saisir ça, appelle une collègue.",
    ),
    (
        "urgences",
        AP,
        "Un interne demande le numéro de la fille de M. [[PERSONNE:Marcel Bonnefoy]]. L'agente le lit à voix haute dans le couloir : « [[TELEPHONE:06 36 32 05 55]] ». Tout le monde entend, tout le {{couloir B}}.",
    ),
    (
        "urgences",
        AP,
        "M. [[PERSONNE:Vasile Rusu]] vit au {{CHRS L'Étape}}, [[ADRESSE:3 rue Gaultier-de-Biauzat, 63000 Clermont-Ferrand]]. L'agente hésite à mettre cette adresse, puis la met. Il a une plaie infectée au pied.",
    ),
    (
        "urgences",
        AP,
        "🤕 [[PERSONNE:Noah]], {{6 ans}}, tombé de trottinette, très fier de son pansement {{Pat' Patrouille}}.",
    ),
    (
        "urgences",
        AP,
        "Affiche à l'entrée des urgences de {{Riom}} : « La nuit, appelez le {{15}} avant de venir ». Régulation depuis l'été. Un couple la lit, fait demi-tour.",
    ),
]

BLOCK_5 = [
    (
        "urgences",
        AT,
        "Standard des urgences de {{Gabriel-Montpied}}. Une femme appelle pour son mari, M. [[PERSONNE:Farid Meziane]], arrivé en ambulance ce matin. Vérif d'identité : « sa date de naissance ? » « le [[DATE_NAISSANCE:30 novembre 1968]] ». L'agente peut juste dire qu'il est pris en charge, rien de plus. La dame insiste, elle répète.",
    ),
    (
        "urgences",
        AT,
        "Règle : aucune info médicale au téléphone. L'agente dit la phrase « je ne peux pas vous en dire plus par téléphone » {{12 fois}} en {{2h}}, j'ai compté.",
    ),
    (
        "urgences",
        AT,
        "L'{{EHPAD La Roseraie}} de {{Chamalières}} prévient d'un transfert : Mme [[PERSONNE:Lucienne Barthomeuf]], née en [[DATE_NAISSANCE:1931]], chute, déjà connue, IPP [[IDENTIFIANT:886244101]]. L'agente prépare le dossier avant que l'ambulance arrive, gain de temps.",
    ),
    (
        "urgences",
        AT,
        "Un père cherche son fils, [[PERSONNE:Dylan Marchand]], {{19 ans}}, pas rentré depuis hier soir. L'agente ne peut ni confirmer ni infirmer. Elle prend le numéro, [[TELEPHONE:07 51 25 16 28]], et promet de faire passer le message « si la personne est chez nous ».",
    ),
    (
        "urgences",
        AT,
        "{{10h15}}, un policier appelle pour un blessé de la nuit, M. [[PERSONNE:Yassine Amrani]]. Il lit sa fiche à voix haute, y compris la plaque de la voiture impliquée, [[IMMATRICULATION:KY-741-GQ]]. L'agente l'arrête : réquisition écrite obligatoire. « Je vous l'envoie par mail ».",
    ),
    (
        "urgences",
        AT,
        "Mme [[PERSONNE:Wassila Touati]] a oublié son sac aux urgences hier soir vers {{23h}}. L'agente va voir au vestiaire, il y est. « Vous pouvez venir le chercher avec une pièce d'identité » — « mais elle est DANS le sac 😅 ». Fou rire des deux côtés.",
    ),
    (
        "urgences",
        AT,
        "Une infirmière libérale de {{Billom}}, Mme [[PERSONNE:Castagné]], envoie un patient : M. [[PERSONNE:Raymond Bost]], {{87 ans}}, [[ADRESSE:2 place de la Halle, 63160 Billom]], déshydraté. Elle veut qu'on la rappelle au retour du patient, ce qui n'arrive jamais, dit l'agente.",
    ),
    (
        "urgences",
        AT,
        "Interprétariat téléphonique en tigrinya pour un patient érythréen, M. [[PERSONNE:Tesfaye Ghebremedhin]] : {{15 min}} d'attente pour avoir l'interprète, {{4 min}} de conversation. L'agente trouve ça « quand même génial ».",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour {{La Passerelle}}, {{Clermont}}, lundi {{8h}}. Café, douches, bagagerie. [[PERSONNE:Marco]], éducateur, connaît tout le monde par son prénom. À {{8h20}}, déjà {{14 noms}} sur la liste des douches.",
    ),
    (
        "chrs",
        AP,
        "Entrée au {{CHRS}} : Mme [[PERSONNE:Mariam Diarra]] et son fils [[PERSONNE:Issa]], {{5 ans}}, orientés par le {{SIAO}}, réf. [[IDENTIFIANT:SIAO63-2024-01187]]. {{Chambre 4}}. L'éducatrice ([[PERSONNE:Claire]]) fait le tour du règlement, [[PERSONNE:Issa]] fait le tour des jouets.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Jean-Pierre Morin]], {{54 ans}}, {{2 ans}} de rue, a ouvert un compte via le droit au compte à la {{Banque Postale}}. Il me montre fièrement son RIB : [[IBAN:FR76 2004 1902 2514 2324 1125 293]]. « Le premier depuis {{2016}} ».",
    ),
    (
        "chrs",
        AP,
        "{{RSA}} suspendu pour M. [[PERSONNE:Karim Djebbar]], n° alloc [[N_ALLOCATAIRE:4500002]] : déclaration trimestrielle jamais faite. L'éduc la fait avec lui sur le PC de la salle commune. {{35 min}}, dont 20 pour retrouver le mot de passe.",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe à {{9h30}} : {{22 places}}, {{22 occupées}}, {{6 personnes}} sur liste d'attente {{SIAO}}. Une sortie prévue {{vendredi}}.",
    ),
    (
        "chrs",
        AP,
        "M. [[PERSONNE:Armen Petrosyan]], arménien, débouté, recours {{CNDA}} en cours, n° [[IDENTIFIANT:24012345]]. Il garde ses papiers dans une pochette plastique, dont son récépissé, {{AGDREF}} [[IDENTIFIANT:6386297595]]. Il fait du bénévolat aux {{Restos du Cœur}} le mardi.",
    ),
    (
        "chrs",
        AP,
        "— t'as vu mon sac ?\n— lequel\n— le {{Décathlon}} noir\n— ah [[PERSONNE:Nico]] l'a mis à la bagagerie 👍",
    ),
    (
        "chrs",
        AP,
        "Sortant de la maison d'arrêt de {{Riom}}, M. [[PERSONNE:Brandon Lefort]], né le [[DATE_NAISSANCE:21/12/1997]]. Plus aucun papier, juste son billet de sortie avec le numéro d'écrou, [[IDENTIFIANT:25871]]. L'éduc commence par la {{CNI}} : rdv en mairie dans {{5 semaines}}.",
    ),
    (
        "chrs",
        AP,
        "Affiché dans le bureau des éducs : {{115}}, {{15}}, {{17}}, et le portable de la cheffe de service, Mme [[PERSONNE:Roussel]] : [[TELEPHONE:06 50 94 96 18]]. Visible depuis le couloir par la porte vitrée.",
    ),
    (
        "chrs",
        AP,
        "Mme [[PERSONNE:Lucie Carvalho]], mise à l'abri après des violences. Son ex ne doit pas savoir où elle est. L'éducatrice vérifie que l'adresse du {{CHRS}} n'apparaît nulle part sur le dossier {{Caf}} (n° alloc [[N_ALLOCATAIRE:1596866]]), elle met une adresse de domiciliation au {{CCAS}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Yzeure}} (on dit « de {{Moulins}} »). Un couple arrive avec un chien, {{Rocky}}, refusé partout ailleurs à cause de lui. Ici c'est ok. [[PERSONNE:Jérémy]] et [[PERSONNE:Aurélie]] pleurent presque.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Mehdi]], {{20 ans}}, passe ses journées sur {{TikTok}}. Il me montre son compte, [[IDENTIFIANT:@mehdi_du_63]] : il filme la vie au foyer, {{3 000 abonnés}}. L'équipe n'est pas fan.",
    ),
    (
        "chrs",
        AP,
        "Atelier CV : M. [[PERSONNE:Olivier Dassaud]] se connecte à son espace {{France Travail}} avec l'éduc. Identifiant [[ID_FRANCE_TRAVAIL:4334483R]], mot de passe oublié, évidemment. Réinitialisation par mail… qu'il n'ouvre jamais.",
    ),
    (
        "chrs",
        AP,
        "Accueil de nuit de {{Vichy}}, ouverture à {{19h}}, {{8 lits}}. M. [[PERSONNE:Piotr Nowak]], polonais, saisonnier aux vendanges vers {{Saint-Pourçain}}, dormait dans sa voiture, [[IMMATRICULATION:WE 4K512]]. Il a été volé, plus de papiers.",
    ),
    (
        "chrs",
        AP,
        "Petit-déj à {{7h30}} : pain donné par la boulangerie d'en face, {{Nutella}}, café en thermos. Un résident fait le service depuis {{3 semaines}}, il ne veut pas qu'on l'aide.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Dieynaba]], jeune Sénégalaise de {{Thiès}}, ne connaît pas sa date de naissance exacte : « [[DATE_NAISSANCE:1999]] je crois, ma mère dit pendant la saison des pluies ». L'éduc écrit [[DATE_NAISSANCE:1999]] sur la fiche.",
    ),
    (
        "chrs",
        AP,
        "Famille géorgienne : M. [[PERSONNE:Giorgi Beridze]], Mme [[PERSONNE:Nino Beridze]], {{3 enfants}}. Demande de titre de séjour déposée sur l'{{ANEF}}, n° de dossier [[IDENTIFIANT:6340780805]]. Attente « {{8 mois}} minimum » selon la {{préfecture}}.",
    ),
    (
        "chrs",
        AP,
        "Sortie positive ! Mme [[PERSONNE:Aïssatou Barry]] a signé son bail {{Auvergne Habitat}} : [[ADRESSE:6 allée des Érables, 63118 Cébazat]]. Toute l'équipe applaudit 👏 et [[PERSONNE:Marco]] sort les gâteaux.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus avec [[PERSONNE:Julie]], éduc : {{T2}} du {{CHRS}}, [[ADRESSE:27 rue Bonnabaud, 63000 Clermont-Ferrand]], occupé par M. [[PERSONNE:Hamid Ouazzani]]. Vérif du logement + budget. Il note tout dans un cahier {{Clairefontaine}}, au centime près.",
    ),
    (
        "chrs",
        CSP,
        "Appart de {{Cournon}} : personne. [[PERSONNE:Julie]] appelle la résidente : « je suis au boulot, chez {{Carrefour}} ! ». Elle raccroche ravie.",
    ),
    (
        "chrs",
        CSP,
        "Chez Mme [[PERSONNE:Svetlana Ivanova]], {{Chamalières}}, bail glissant. L'éduc vérifie que le prélèvement du loyer est en place sur son compte, [[IBAN:FR76 1680 6520 4916 3852 9229 003]]. C'est le cas depuis {{septembre}}.",
    ),
    (
        "chrs",
        CSP,
        "Frigo plein, linge étendu, dessins d'enfants au mur. L'éduc : « ça, c'est un appart qui va bien ». {{12 min}} de visite.",
    ),
    (
        "chrs",
        CSP,
        "Aux {{Landais}} : M. [[PERSONNE:Rachid Belaïd]] a acheté une voiture {{500 €}}, [[IMMATRICULATION:5741 YR 15]], sans assurance. L'éduc lui fait la morale, gentiment, et lui montre des assurances au tiers pas chères.",
    ),
    (
        "chrs",
        CSP,
        "Appart en diffus à {{Cusset}} : M. [[PERSONNE:Bekim Ismaïli]] et Mme [[PERSONNE:Drita Ismaïli]], kosovars. Leur aîné, [[PERSONNE:Arben]], a eu son bac, veut faire l'{{IUT}} de {{Vichy}}. Le père montre le relevé de notes à tout le monde, moi compris.",
    ),
    (
        "chrs",
        CSP,
        "Plainte de voisinage pour bruit. Visite à {{22h}} avec l'éduc d'astreinte, [[PERSONNE:Samuel]]. Chez M. [[PERSONNE:Cédric Bourdier]], [[ADRESSE:14 rue Anatole-France, 63000 Clermont-Ferrand]] : 3 copains, de la musique. Il baisse, s'excuse auprès des voisins.",
    ),
    (
        "chrs",
        CSP,
        "Tournée finie : {{5 apparts}}, {{tram A}} + {{bus 20}}, pas de voiture de service. {{3h40}} en tout.",
    ),
]

BLOCK_6 = [
    (
        "chrs",
        AT,
        "Plateforme {{115}} du {{Puy-de-Dôme}}, {{18h}}. Écoutante : [[PERSONNE:Myriam]]. 1er appel : [[PERSONNE:Alain]], un habitué, demande une place pour la nuit. Rien, comme hier. Il le savait, il appelle quand même « pour être compté ».",
    ),
    (
        "chrs",
        AT,
        "{{19h05}} : {{31 appels}} en attente, {{2 écoutants}}. La plupart raccrochent avant d'avoir quelqu'un.",
    ),
    (
        "chrs",
        AT,
        "Mme [[PERSONNE:Nadège Mercier]] appelle de sa voiture, sur le parking du {{CHU Estaing}}, avec ses {{2 enfants}}. Elle donne la plaque pour que la maraude la trouve : [[IMMATRICULATION:LZ-270-CP]]. Mise à l'abri à l'{{hôtel B&B de Cournon}}, {{chambre 12}}, à {{21h40}}.",
    ),
    (
        "chrs",
        AT,
        "M. [[PERSONNE:Sylvain Roux]] et sa compagne [[PERSONNE:Cathy]] vivent au [[ADRESSE:camping municipal des Acacias, emplacement 31]] à {{Bellerive-sur-Allier}}. Le camping ferme le {{31 octobre}}. « Après on est dehors, avec le mobil-home qui tient plus debout ». Inscription {{SIAO}}.",
    ),
    (
        "chrs",
        AT,
        "Appel coupé. L'écoutant rappelle le numéro qui s'affiche : [[TELEPHONE:07 72 94 68 15]]. Une jeune femme, [[PERSONNE:Kenza]], {{19 ans}}, mise dehors par ses parents à {{Riom}} ce soir.",
    ),
    (
        "chrs",
        AT,
        "Une AS de secteur, Mme [[PERSONNE:Vidal]], relance pour M. [[PERSONNE:Mohamed Lamine Sylla]], demande {{SIAO}} réf. [[IDENTIFIANT:SIAO63-2023-04412]], en attente depuis {{7 mois}}. L'écoutant ne peut que dire qu'il est « bien positionné ».",
    ),
    (
        "chrs",
        AT,
        "« VOUS SERVEZ À RIEN » 😞 et clic, à {{20h47}}. [[PERSONNE:Myriam]] souffle, boit une gorgée d'eau, décroche le suivant.",
    ),
    (
        "chrs",
        AT,
        "Un monsieur de {{Montluçon}} appelle d'un téléphone emprunté et laisse le numéro d'une amie : « [[TELEPHONE:zéro six, quatre-vingt-un, soixante-dix-huit, trente-trois, quatre-vingt-un]], c'est [[PERSONNE:Gaby]] qui répondra ». L'écoutant lit le numéro à voix haute pour vérifier.",
    ),
    (
        "chrs",
        AT,
        "Fiche remplie par l'écoutant pendant l'appel :\nnom : [[PERSONNE:OUEDRAOGO]]\nprénom : [[PERSONNE:Salif]]\nné le : [[DATE_NAISSANCE:15/08/1991]] à {{Ouagadougou}}\nseul, pas de titre, dort gare routière depuis {{4 nuits}}",
    ),
    (
        "chrs",
        AT,
        "Une des écoutantes tricote entre deux appels. Elle dit que ça l'empêche de ruminer ceux d'avant. Elle est au {{115}} depuis {{9 ans}}.",
    ),
    (
        "chrs",
        AT,
        "La maternité de l'{{Hôpital Estaing}} appelle : sortie prévue demain pour Mme [[PERSONNE:Grace Mbuyi]] et sa fille [[PERSONNE:Joy]], {{3 jours}}, sans aucun logement. L'écoutante passe la demande en priorité, « on ne remet pas un nouveau-né à la rue ».",
    ),
    (
        "chrs",
        AT,
        "Un homme appelle juste pour parler. {{11 min}}. Il dit merci, bonne soirée, et raccroche. Aucune demande.",
    ),
    (
        "chrs",
        AT,
        "[[PERSONNE:Lucas Pereira-Gomes]], étudiant, à la rue depuis {{une semaine}}, veut la liste des accueils de jour par mail : [[EMAIL:lucas.pg2004@hotmail.fr]]. Pas de mail possible depuis le poste, l'écoutant lui dicte les adresses, lui les note sur sa main.",
    ),
    (
        "chrs",
        AT,
        "Mme [[PERSONNE:Naïma Boudjemaa]] veut savoir si être hébergée va faire sauter ses {{APL}}. Elle donne son n° Caf, [[N_ALLOCATAIRE:5274759]], « si ça peut aider ». L'écoutant ne sait pas, lui conseille d'appeler la {{Caf}}.",
    ),
    (
        "chrs",
        AT,
        "Un passant signale une dame âgée qui dort dans une {{Twingo}} bleue, [[IMMATRICULATION:HJ-573-KD]], garée {{rue Lamartine}} près de la {{gare}}, depuis plusieurs nuits. La maraude de la {{Croix-Rouge}} ira voir vers {{22h}}.",
    ),
    (
        "chrs",
        AT,
        "{{23h}}, fin de ma soirée au {{115}} : {{87 appels}} décrochés, {{4 mises à l'abri}}. L'écoutante : « une bonne soirée ».",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, plateforme de {{Clermont}}. Conseiller : [[PERSONNE:Anthony]]. 1er appel, M. [[PERSONNE:Cyril Jouve]], pas reçu son {{ARE}} ce mois-ci. Identifiant dicté : [[ID_FRANCE_TRAVAIL:6375957Y]]. Il manque une attestation employeur, [[PERSONNE:Anthony]] relance l'employeur par mail pendant l'appel.",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Ewa Kowalczyk]] a changé de banque ({{Crédit Mutuel}}) et dicte son nouveau RIB : [[IBAN:FR76 1027 8793 6695 8372 3462 432]]. Le conseiller : « il faut le saisir dans votre espace », mais il reste en ligne pour vérifier qu'elle le tape bien.",
    ),
    (
        "france_travail",
        AT,
        "Musique d'attente du 3949 : la même boucle de {{40 secondes}}. Au bout de {{10 min}} je la connais par coeur.",
    ),
    (
        "france_travail",
        AT,
        "Vérif d'identité : M. [[PERSONNE:Nicolas Breuil]], « né le [[DATE_NAISSANCE:17 mai 1999]] à {{Montluçon}} », numéro de sécu [[NIR:199050318580889]]. Tout colle, le conseiller débloque son accès.",
    ),
    (
        "france_travail",
        AT,
        "[[PERSONNE:Maëlys Chabanne]] ne reçoit aucun mail : dans son dossier l'adresse est [[EMAIL:maelys.chabanne@gmial.com]] (gmial !). Le conseiller corrige en [[EMAIL:maelys.chabanne@gmail.com]]. {{3 mois}} de convocations perdues.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un employeur de {{Vichy}}, la {{Boulangerie Chez Joseph}}, offre n° {{182QXPL}} (vendeur·se). Le patron, M. [[PERSONNE:Joseph Lamy]], se plaint : {{3 candidats}} envoyés, aucun venu à l'entretien. Le conseiller note.",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Thierry Pignol]], radié pour absence au rdv du {{3 octobre}}. Il jure n'avoir jamais reçu la convocation. Identifiant : [[ID_FRANCE_TRAVAIL:6339425 P]]. Le conseiller voit que le courrier est parti à une ancienne adresse. Radiation annulée.",
    ),
    (
        "france_travail",
        AT,
        "Rappel programmé : la conseillère note le numéro de Mme [[PERSONNE:Aurore Delmas]], [[TELEPHONE:06 85 72 81 87]], créneau {{14h-15h}}.",
    ),
    (
        "france_travail",
        AT,
        "En {{1h}} : {{9 appels}}, {{6}} pour l'actualisation, {{2}} pour des paiements, {{1}} erreur (quelqu'un qui voulait la {{Caf}}).",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Lounès Hamidi]], au {{RSA}}, orienté vers {{France Travail}}. Le conseiller demande son n° alloc, [[N_ALLOCATAIRE:1050486]], pour faire le lien avec le {{Département}}. Il lui explique les {{15 heures}} d'activité, M. [[PERSONNE:Hamidi]] : « 15 heures de quoi ? ».",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Lourdes Monteiro]] donne son IBAN {{Caisse d'Épargne}} par paquets de 4, avec un accent portugais chantant : [[IBAN:FR76 1871 5652 9542 3604 3268 844]]. Le conseiller répète chaque paquet.",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Sokhna Mbaye]] a trouvé un CDI chez {{Aubert & Duval}} aux {{Ancizes}} et veut se désinscrire. Identifiant [[ID_FRANCE_TRAVAIL:8166166S]]. Le conseiller la félicite, elle rit.",
    ),
    (
        "france_travail",
        AT,
        "« je suis né le [[DATE_NAISSANCE:premier avril quatre-vingt-deux]], c'est pas une blague » — M. [[PERSONNE:Fabrice Dauzat]], qui a visiblement l'habitude, {{42 ans}} de blagues.",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Youssef Tahar]] déménage : [[ADRESSE:31 avenue de Royat, 63400 Chamalières]]. Le conseiller met à jour et ajoute « pensez à prévenir la {{Caf}} aussi ».",
    ),
    (
        "france_travail",
        AT,
        "Explication de l'actualisation pour la {{4e fois}} de la matinée : entre le {{28}} et le {{15}}, sinon pas de paiement. Le conseiller a un post-it avec les dates du mois collé sur l'écran.",
    ),
    (
        "france_travail",
        AT,
        "Quelqu'un appelle pour avoir l'adresse de l'agence de {{Thiers}}. {{30 secondes}}. Le plus court appel de la matinée.",
    ),
]

BLOCK_7 = [
    (
        "france_travail",
        AT,
        "L'agence {{Randstad}} de {{Riom}} appelle pour un candidat, M. [[PERSONNE:Jordan Vigier]] : a-t-il bien le {{CACES}} ? Le conseiller refuse de répondre sans l'accord du candidat. La recruteuse, [[PERSONNE:Pauline]], laisse sa ligne directe : [[TELEPHONE:04 73 52 30 51]].",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Raphaël Cournil]] dicte son mail pour son espace {{France Travail}} : « [[EMAIL:raph point cournil at sfr point fr]] », puis son identifiant, [[ID_FRANCE_TRAVAIL:3569394G]]. Le conseiller relit les deux, deux erreurs corrigées.",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Luis Gomes]] demande l'aide au carburant pour sa formation {{FIMO}} à {{Gerzat}}, {{35 km}} aller. Il lit la plaque sur sa carte grise, [[IMMATRICULATION:CV-956-KS]], et son identifiant, [[ID_FRANCE_TRAVAIL:7908705M]]. Accordé sous réserve du justificatif.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} de {{Montferrand}}, jeudi {{8h30}}. {{2 agents}} à l'accueil, {{12 personnes}} devant la porte avant l'ouverture. Espace numérique : {{6 postes}}, dont {{2}} en panne.",
    ),
    (
        "france_travail",
        AP,
        "Inscription de M. [[PERSONNE:Frédéric Lavergne]], licencié de chez {{Constellium}} à {{Issoire}}. Né à {{Moulins}} en [[DATE_NAISSANCE:novembre 79]], NIR [[NIR:1 79 11 03 190 316 52]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:3264648R]]. Il le prend en photo « parce que je vais l'oublier ».",
    ),
    (
        "france_travail",
        AP,
        "Affiche : « Vous avez un rendez-vous ? Présentez-vous à la borne ». La borne demande l'identifiant. La moitié des gens ne le connaissent pas, l'agent d'accueil le retrouve pour eux. {{1 sur 2}}, à la louche.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Océane Brugerolle]], {{23 ans}}, née à {{Riom}}, fin de CDD chez {{Lidl}}. NIR [[NIR:2 01 09 63 300 983 48]], RIB pour l'{{ARE}} [[IBAN:FR76 1680 6771 7365 8504 4044 009]], mail [[EMAIL:oceane.brug@gmail.com]]. Identifiant attribué [[ID_FRANCE_TRAVAIL:9580007Z]]. {{22 min}} en tout, elle avait tout préparé dans son téléphone.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Sébastien Coudert]] lance sa micro-entreprise de paysagiste, demande l'{{ARCE}}. Il donne son SIRET perso, [[IDENTIFIANT:513 133 309 26812]], et son identifiant [[ID_FRANCE_TRAVAIL:1414696X]]. Le conseiller ([[PERSONNE:Abdel]]) vérifie l'immatriculation sur le site de l'{{INSEE}}.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV : la conseillère projette un CV modèle au nom de « [[PERSONNE:Marie Durand]] », {{35 ans}}, assistante de direction. Une participante : « c'est qui, [[PERSONNE:Marie Durand]] ? ». Rires.",
    ),
    (
        "france_travail",
        AP,
        "Espace numérique : un jeune aide une dame âgée à scanner son attestation, personne ne lui a rien demandé. {{10 min}}. Elle lui donne un bonbon.",
    ),
    (
        "france_travail",
        AP,
        "RDV À {{9H}}, REÇU À {{10H20}} 😡 — M. [[PERSONNE:Hervé Chassagne]] le dit à toute la salle. Le conseiller s'excuse : {{2 collègues}} en formation.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Walid Bouaziz]], né à {{Oran}} le [[DATE_NAISSANCE:11/02/1990]], NIR [[NIR:1 90 02 99 352 327 54]]. Il habite [[ADRESSE:9 rue de la Gantière, 63000 Clermont-Ferrand]]. RIB : [[IBAN:FR76 1380 7952 9223 2368 9701 292]]. Le conseiller m'explique le « 99 » au milieu du NIR : né à l'étranger.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Mustafa Öztürk]], coffreur, cherche sur les chantiers {{InspiRe}}. Mail [[EMAIL:m.ozturk63@hotmail.com]], identifiant [[ID_FRANCE_TRAVAIL:3949206D]]. Il parle des chantiers comme d'autres parlent de foot.",
    ),
    (
        "france_travail",
        AP,
        "Aide à la réparation du véhicule pour [[PERSONNE:Killian Faure]], livreur : devis du {{Garage Roche Auto}} de {{Lempdes}}, {{640 €}}, pour la voiture [[IMMATRICULATION:PW-186-NE]]. Le conseiller valide {{400 €}}.",
    ),
    (
        "france_travail",
        AP,
        "Offres du jour sur {{Clermont}} : {{312 offres}}, dont {{87}} en intérim. Une dame : « et {{Michelin}}, ils recrutent ? » — « pas en ce moment ».",
    ),
    (
        "france_travail",
        AP,
        "Agence de {{Moulins}}. Mme [[PERSONNE:Yodit Tesfamariam]], érythréenne, réfugiée, titre de séjour n° [[IDENTIFIANT:0383955466]]. Cours de {{FLE}} avec le {{GRETA}}. Identifiant [[ID_FRANCE_TRAVAIL:4201743D]], n° alloc [[N_ALLOCATAIRE:9820572]] ({{RSA}}), RIB [[IBAN:FR76 1380 7358 7805 9240 0282 244]]. La conseillère parle lentement, Mme [[PERSONNE:Tesfamariam]] répond en anglais.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Daniel Mourgues]], {{RSA}} depuis {{6 ans}}, contrat d'engagement. Le conseiller lit le n° allocataire sur le courrier du {{Département}} : [[N_ALLOCATAIRE:5666024]]. Identifiant [[ID_FRANCE_TRAVAIL:8830649C]]. RIB sur papier, format ancien : [[IBAN:16806 68740 17333530115 88]].",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Jade]] change de numéro : nouveau [[TELEPHONE:07 32 00 40 40]]. L'ancien, [[TELEPHONE:06 60 90 52 22]], « c'était celui de mon ex ». Identifiant [[ID_FRANCE_TRAVAIL:6619925 B]]. Ça prend {{1 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Marie-Dominique Leca]], née à {{Ajaccio}}, a suivi son mari à {{Clermont}}. NIR [[NIR:2 83 10 2A 004 353 51]], que le logiciel accepte sans broncher. Adresse : [[ADRESSE:40 avenue Jean-Jaurès, 63400 Chamalières]]. Elle cherche dans la restauration.",
    ),
    (
        "france_travail",
        AP,
        "{{11h}}, pause des conseillers, {{10 minutes}}. On parle des objectifs chiffrés. Personne n'en dit du bien.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Mathieu Gourbeyre]], fin de CDD chez {{Limagrain}}, ouverture de droits. RIB [[IBAN:FR76 3000 4210 8810 5648 4330 446]], identifiant [[ID_FRANCE_TRAVAIL:6990329F]]. Le conseiller lui dit « premier paiement dans {{un mois}} environ ». Il fait la grimace.",
    ),
    (
        "france_travail",
        AP,
        "Agence de {{Vichy}}, fin de saison thermale. Mme [[PERSONNE:Chantal Raynaud]], {{59 ans}}, femme de chambre dans un hôtel du {{parc des Sources}}, contrat fini le {{30 septembre}}. Identifiant [[ID_FRANCE_TRAVAIL:6077117Q]], mail [[EMAIL:chantal.raynaud03@orange.fr]]. « Comme chaque année, je reviens en {{avril}} ».",
    ),
    (
        "france_travail",
        AP,
        "Un monsieur cherche « le {{Pôle emploi}} » : il ne trouvait pas l'ancien panneau. Le conseiller : « on a changé de nom, pas de métier ».",
    ),
    (
        "france_travail",
        AP,
        "Inscription papier (pas d'ordinateur chez elle) : Mme [[PERSONNE:Huguette Pradal]], née le [[DATE_NAISSANCE:9 juin 1962]], [[ADRESSE:lieu-dit Les Rivaux, 03160 Bourbon-l'Archambault]], fixe [[TELEPHONE:04 70 13 44 71]], n° alloc [[N_ALLOCATAIRE:2980015]]. RIB [[IBAN:FR76 1871 5018 5666 1400 1658 330]]. Le conseiller recopie tout à la main puis ressaisit, {{40 min}}.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Théo]], {{24 ans}}, graphiste, donne son compte {{Instagram}} comme portfolio : [[IDENTIFIANT:@theo.draws.clf]]. Le conseiller l'ajoute à son profil en ligne, un peu sceptique.",
    ),
    (
        "france_travail",
        AP,
        "Borne d'accueil de l'agence de {{Riom}} : « Vous êtes : demandeur d'emploi / employeur / autre ». Un monsieur appuie sur « autre » et attend. Rien ne se passe.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Nassim Kherbouche]], né à {{Lyon}} en [[DATE_NAISSANCE:avril 94]], NIR [[NIR:1 94 04 69 383 129 65]]. Il dort dans sa voiture ([[IMMATRICULATION:tm-256-qg]]) depuis sa séparation mais vient à tous ses rdv, rasé de près.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Samira Lakhdar]] demande pour la {{prime d'activité}}. Pas ici, c'est la {{Caf}}. Par réflexe elle donne quand même son n° allocataire, [[N_ALLOCATAIRE:8752482]], et son identifiant, [[ID_FRANCE_TRAVAIL:2787009J]].",
    ),
    (
        "france_travail",
        AP,
        "Atelier « entretien d'embauche » : {{8 inscrits}}, {{3 présents}}. La conseillère fait quand même tout le déroulé, jeux de rôle compris.",
    ),
    (
        "france_travail",
        AP,
        "À {{12h}}, fin de l'accueil libre. Ceux qui n'ont pas de rdv repartent. Un jeune fait demi-tour devant la porte vitrée, sans même essayer.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Nadia Oukaci]], née à {{Clermont}} en [[DATE_NAISSANCE:décembre 1988]], {{AREF}} pour sa formation d'aide-soignante à la {{Croix-Rouge}}. NIR [[NIR:2 88 12 63 113 568 15]], RIB [[IBAN:FR76 1250 6542 2513 3662 7695 131]], mail [[EMAIL:nadia.oukaci@laposte.net]]. Elle repart en courant, cours à {{14h}}.",
    ),
]

# BLOCKS-END

NOTES = BLOCK_1 + BLOCK_2 + BLOCK_3 + BLOCK_4 + BLOCK_5 + BLOCK_6 + BLOCK_7


def main():
    notes = build(NOTES)
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev_ids, holdout_ids = split(notes)
    if len(dev_ids) != 120 or len(holdout_ids) != 120 or dev_ids & holdout_ids:
        raise SystemExit("the split must give 120 + 120 distinct notes")
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])


if __name__ == "__main__":
    main()
