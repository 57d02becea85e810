"""Independent evaluation corpus n° 51 for the anonymiser, written by hand.

Each note is a (site_kind, channel, text) tuple with inline marks:
``[[LABEL:value]]`` for a value to mask, ``{{value}}`` for a string to keep.
Running this script strips the marks, computes the offsets, builds the keep lists,
assigns ids ind51-001 ... ind51-240 in writing order, draws the dev / holdout split
(stratified by site kind x channel, random.Random(51)) and writes dev.jsonl and
holdout.jsonl next to this file. Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind51"
SEED = 51
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for marker in ("[[", "]]", "{{", "}}"):
        if marker in text:
            raise ValueError(f"unbalanced mark in: {marked[:60]!r}")
    return text, entities, keep


def build():
    notes = []
    for i, (site, channel, marked) in enumerate(ALL_NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{i:03d}",
                "site_kind": site,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Stratified 50/50 split by site kind x channel with random.Random(SEED)."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = list(cells[cell])
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


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


CAF = [
    (
        "caf",
        AP,
        "{{9h12}} jeune fille {{19 ans}}, etudiante en BTS à {{Lycée Bréquigny}}, vient pour sa 1ere demande d'{{APL}}. Elle s'appelle [[PERSONNE:Inès]], logement en colocation rue de Brest mais pas encore de bail à son nom. L'agente ([[PERSONNE:Sabrina]]) lui explique qu'il faut un bail individuel. Elle sort son tel pour appeler sa mère, \"maman tu peux m'envoyer la photo du bail\" 😅",
    ),
    (
        "caf",
        AP,
        "file d'attente longue, {{14 personnes}} à l'ouverture. {{Ticket B27}}. Bcp de questions sur la {{prime d'activité}} depuis le changement de trimestre. Personne ne lit les affiches.",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Kouadio]] vient avec son fils [[PERSONNE:Junior]] ({{17 ans}}) qui traduit. Probleme d'indu de {{1 240 €}} sur l'{{ALF}}. L'agent [[PERSONNE:Thierry Le Bihan]] regarde le dossier n° alloc [[N_ALLOCATAIRE:2184736]] : une declaration de ressources oubliée en {{2023}}. Propose un échéancier à {{50 €/mois}}. Le fils dit \"c'est bon papa c'est pas grave\" mais le père a l'air très inquiet.",
    ),
    (
        "caf",
        AP,
        "rdv {{10h30}} : jeune homme sorti de l'{{ASE}} il y a {{3 mois}}, accompagné de son éducatrice Mme [[PERSONNE:Roussel]]. Il a {{18 ans et demi}}. Veut savoir s'il a droit au {{RSA}} → non (moins de {{25 ans}}), orientation {{Mission locale}} pour le {{CEJ}}. Il ne dit presque rien, regarde son tel. L'éducatrice donne son numero perso au cas où : [[TELEPHONE:06 71 38 52 90]].",
    ),
    (
        "caf",
        AP,
        'Borne en panne ce matin, {{3 borne}} sur {{4}} HS. Les gens font la queue devant la seule qui marche. Une dame âgée abandonne. Le vigile dit que c\'est "tous les lundis pareil".',
    ),
    (
        "caf",
        AP,
        "Étudiant étranger, [[PERSONNE:Yuki Tanaka]], {{Université Rennes 2}}, veut l'{{ALS}} pour sa chambre {{Crous}} résidence {{Patton}}. Pb : son titre de séjour [[IDENTIFIANT:3501298734]] expire dans {{2 mois}}. Agent lui dit de revenir avec le récépissé. Il note tout dans son tel en japonais.",
    ),
    (
        "caf",
        AP,
        "Femme enceinte {{6 mois}}, vient déclarer sa grossesse car \"l'appli bug\". L'agente [[PERSONNE:Nadia]] fait tout sur son poste. date de naissance lue à voix haute : [[DATE_NAISSANCE:14/02/1998]]. N° allocataire [[N_ALLOCATAIRE:0937215]]. {{Prime à la naissance}} expliquée, elle ne savait pas qu'elle existait.",
    ),
    (
        "caf",
        AP,
        "Ce qui me frappe : les agents tutoient presque les jeunes. Un gars de {{20 ans}} casquette {{Lacoste}} dit \"wesh madame c'est pour l'APL de ma meuf\" et l'agente rigole, lui répond tranquille. Sa meuf c'est [[PERSONNE:Shana]], il montre même son snap à elle sur son tel : [[IDENTIFIANT:@shana.bzh22]]. Apparemment ça détend.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Gwenaëlle Tanguy]] vient changer de RIB suite séparation. Nouveau compte à son nom seul : [[IBAN:FR76 3000 4018 2300 0104 5821 374]]. L'agent vérifie le nom sur le RIB papier. Elle habite maintenant [[ADRESSE:8 rue Jules Vallès, 35200 Rennes]], quartier {{Le Blosne}}. Durée {{12 min}}.",
    ),
    (
        "caf",
        AP,
        "apprenti cuisinier en {{CAP}} au {{CFA de la Chambre des métiers}}, {{1re année}}, payé {{53%}} du SMIC. Il croit que son salaire d'apprenti va faire sauter les {{APL}} de sa mère. Agent explique l'abattement. Il s'appelle [[PERSONNE:Lenny]], ça se voit qu'il est soulagé. Son patron c'est M. [[PERSONNE:Guillou]] du restaurant {{Le Bistrot du Port}}.",
    ),
    (
        "caf",
        AP,
        "11h. Couple avec bébé en poussette. Question sur la {{PAJE}} et le mode de garde ({{assistante maternelle}}). L'agente sort une simulation sur {{caf.fr}}. {{15 min}}. Rien de spécial mais très pédagogique.",
    ),
    (
        "caf",
        AP,
        "un ado ({{16 ans}}) vient SEUL pour sa mère qui \"travaille\". Demande pourquoi l'{{ARS}} n'a pas été versée. L'agent ne peut rien lui dire sans procuration. Il repart en disant qu'il reviendra avec elle samedi... mais la {{Caf}} est fermée le samedi. Il avait quand même noté le n° alloc de sa mère sur sa main : [[N_ALLOCATAIRE:1290467]].",
    ),
    (
        "caf",
        AP,
        "[[PERSONNE:Mélissa B.]] {{22 ans}}, en service civique à {{Unis-Cité}}, demande si l'indemnité ({{~600€}}) compte dans les ressources. Non pour la {{prime d'activité}} apparemment? L'agent hésite, appelle son N+1 ([[PERSONNE:Franck]]), confirme. Mail de [[PERSONNE:Mélissa]] pour lui envoyer la fiche : [[EMAIL:meli.b.unicite@gmail.com]]",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Ferhat Benali]] né le [[DATE_NAISSANCE:3 juillet 1961]] vient pour son {{AAH}} qui a été suspendue. Il a un courrier de la {{MDPH}}, n° dossier MDPH [[IDENTIFIANT:35-2022-018447]]. L'agente appelle la MDPH sur une ligne pro, attend {{11 minutes}}.",
    ),
    (
        "caf",
        AP,
        'Jeune papa, {{23 ans}}, intérimaire chez {{Adecco}}, vient déclarer la naissance de sa fille. Il dit fièrement son prénom : "[[PERSONNE:Aylin]]". Tout le guichet sourit. N° alloc [[N_ALLOCATAIRE:3382019]]. Il demande s\'il peut avoir un rdv le soir après le boulot → non.',
    ),
    (
        "caf",
        AP,
        "Affichage écran d'accueil : \"temps d'attente estimé {{45 min}}\". Réel : {{1h10}}. {{2 agents}} en moins (formation {{Nims}}). Les gens s'assoient par terre.",
    ),
]
CAF_TEL = [
    (
        "caf",
        AT,
        'Plateforme tel, casque double. 1er appel {{8h31}} : une mère qui appelle pour son fils étudiant à {{Brest}}, [[PERSONNE:Kylian]], qui ne répond jamais à ses mails. Le conseiller refuse de donner des infos sur le dossier du fils (majeur). La mère : "mais c\'est moi qui paie son loyer !!"',
    ),
    (
        "caf",
        AT,
        "appel {{4 min}} : changement de situation, la dame a repris un CDD chez {{Lidl}}. Conseiller lui dit de le déclarer sur l'espace perso. Elle en profite pour dicter son nouveau RIB : [[IBAN:FR76 1751 5900 0004 3218 7651 213]]. Raccroche.",
    ),
    (
        "caf",
        AT,
        'Jeune de {{21 ans}} appelle, très stressé, trop-perçu {{APL}} de {{890 €}}. Donne son numéro allocataire "[[N_ALLOCATAIRE:4 471 208]]" puis son téléphone [[TELEPHONE:07 58 21 14 93]] pour être rappelé. Conseillère ([[PERSONNE:Aurélie]]) lui explique le recours amiable. Il dit "jsuis étudiant j\'ai pas 900 balles".',
    ),
    (
        "caf",
        AT,
        "Sur {{1h}} d'écoute : {{9 appels}}, dont {{5}} pour la {{prime d'activité}}, {{2}} pour des attestations de paiement, {{1}} erreur (voulait la {{Cpam}}), {{1}} raccroché avant la fin. Temps d'attente affiché au serveur vocal : {{17 min}}.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Plouzennec]] (épelé P-L-O-U-Z-E-N-N-E-C) appelle pour son {{RIB}} : le virement est parti sur l'ancien compte. Nouveau IBAN lu au tel : [[IBAN:FR76 1027 8360 2100 0205 8740 165]]. Le conseiller [[PERSONNE:Stéphane]] relit chiffre par chiffre, ça prend {{3 minutes}}.",
    ),
    (
        "caf",
        AT,
        "Appel d'une travailleuse sociale du {{CDAS}} de {{Maurepas}} pour un jeune majeur ({{18 ans}}) sorti de foyer : [[PERSONNE:Enzo Marchand]], né le [[DATE_NAISSANCE:02/09/2006]]. Elle veut savoir si le dossier {{APL}} est complet. Conseiller dit qu'il faut l'accord du jeune. Elle soupire : \"il a pas de forfait, il capte que le wifi du McDo\".",
    ),
    (
        "caf",
        AT,
        "Appel en anglais d'un étudiant Erasmus ({{Université de Bologne}} → {{IUT de Lannion}}). Veut savoir s'il a droit à l'{{ALS}}. Le conseiller parle un peu anglais, ça passe. Il donne son IBAN italien pour le versement : [[IBAN:IT24 X030 6909 6061 0000 0063 742]]. Conseiller: \"on ne peut pas verser sur un compte hors zone SEPA... ah si l'Italie c'est bon\" 😂",
    ),
    (
        "caf",
        AT,
        "Monsieur très en colère, insulte le conseiller. Le conseiller reste calme, finit par dire qu'il va mettre fin à l'appel. Après : \"ça arrive {{2-3 fois}} par jour\". Pause {{5 min}} autorisée après ce genre d'appel.",
    ),
    (
        "caf",
        AT,
        "Une jeune maman ({{20 ans}}) appelle pour le {{RSA majoré}}. Vit chez ses parents à {{Fougères}}. Son mail pour recevoir le formulaire : [[EMAIL:lou.lou.35@hotmail.fr]]. Conseiller lui épelle {{caf.fr}} deux fois. Prénom de la petite : [[PERSONNE:Maëlys]].",
    ),
    (
        "caf",
        AT,
        "Rappel programmé {{14h}} : M. [[PERSONNE:Da Silva]] ne décroche pas. 2e tentative au [[TELEPHONE:02 99 63 18 47]] → messagerie. Le conseiller laisse un message sans donner de détails (confidentialité).",
    ),
    (
        "caf",
        AT,
        "Etudiante en alternance ({{BTS MCO}} chez {{Decathlon}} + école {{IFPASS}}), veut savoir si elle peut toucher la {{prime d'activité}}. Oui si salaire > {{78% du SMIC}}. Donne son n° alloc [[N_ALLOCATAIRE:5610942]]. S'appelle [[PERSONNE:Chloé Hamon]]. Le conseiller simule en direct : {{112 €}}. Elle crie \"trop bieeen\".",
    ),
    (
        "caf",
        AT,
        "Serveur vocal : {{3}} menus successifs avant d'avoir un humain. J'ai testé moi-même avec mon tel perso, {{6 minutes}} avant d'avoir le choix \"autre demande\".",
    ),
    (
        "caf",
        AT,
        "Papa solo appelle pour l'{{ASF}}, la mère de l'enfant a disparu des radars. Il donne le nom de l'ex : \"[[PERSONNE:Jessica Morvan]]\" et sa date de naissance \"le [[DATE_NAISSANCE:vingt-et-un mars quatre-vingt-quinze]]\". Conseiller explique la procédure de recouvrement via l'{{ARIPA}}.",
    ),
    (
        "caf",
        AT,
        "Appel d'une dame de {{Vitré}} qui voulait parler à \"madame [[PERSONNE:Lemoine]], la gentille de la dernière fois\". Impossible, plateforme mutualisée, pas d'agent attitré. La dame est déçue.",
    ),
]
CAF_CTRL = [
    (
        "caf",
        CSP,
        "Contrôle à domicile avec le contrôleur [[PERSONNE:Pascal Rio]]. Objet : vie maritale supposée. Adresse : [[ADRESSE:14 allée de la Bourgogne, 35700 Rennes]], 3e étage sans ascenseur. Mme [[PERSONNE:Diarra]] ouvre, {{2 enfants}}. Le contrôleur regarde les brosses à dents dans la salle de bain. Malaise de ma part.",
    ),
    (
        "caf",
        CSP,
        "Visite chez un étudiant qui touche l'{{APL}} pour un studio de {{18 m²}}. Déclaré seul mais {{2 matelas}} par terre. Il explique que c'est son pote [[PERSONNE:Bilal]] qui dort là \"le temps qu'il trouve\". Contrôleur note. Etudiant en {{L2 STAPS}} à {{Rennes 2}}, boulot le soir chez {{Burger King}}.",
    ),
    (
        "caf",
        CSP,
        "Trajet en voiture de service ({{Clio}} blanche) {{40 min}} jusqu'à {{Bain-de-Bretagne}}. La contrôleuse m'explique qu'elle fait {{4 à 5}} visites par jour max, rapport à saisir le soir. Pas de contrôle ce matin, la personne était absente, avis de passage laissé.",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources d'un auto-entrepreneur. Camion garé devant, plaque [[IMMATRICULATION:FG-217-KP]], logo \"{{Pizza Nico}}\" dessus. M. [[PERSONNE:Nicolas Perrot]] dit que le camion appartient à son frère. Chiffre d'affaires déclaré : {{0 €}} depuis {{6 mois}}. Le contrôleur demande les relevés bancaires.",
    ),
    (
        "caf",
        CSP,
        "Mobil-home, [[ADRESSE:camping Le Bois Fleuri, emplacement 41, Saint-Malo]]. Jeune couple ({{19}} et {{20 ans}}) avec un bébé. Ils vivent là à l'année faute de mieux. Contrôleuse vérifie que c'est bien la résidence principale pour l'{{ALF}}. Le gars bosse en saison au {{Casino Barrière}}. Il nous montre son insta pour prouver qu'il habite là 😳 : [[IDENTIFIANT:@tom_malouin_35]]",
    ),
    (
        "caf",
        CSP,
        "Domicile de Mme [[PERSONNE:Claudine Hervé]], [[ADRESSE:27 rue du Général de Gaulle, 22100 Dinan]]. {{RSA}} + {{APL}}. Signalement anonyme : elle travaillerait au noir comme femme de ménage. Elle montre ses relevés, rien d'anormal. Elle pleure à la fin. Le contrôleur ([[PERSONNE:Éric]]) reste doux.",
    ),
    (
        "caf",
        CSP,
        "Briefing avant départ : la contrôleuse dit qu'elle n'a pas le droit d'ouvrir les placards, seulement de regarder ce qu'on lui montre. {{Charte du contrôle}} remise à chaque personne. Pas de tournée l'après-midi (réunion d'équipe).",
    ),
    (
        "caf",
        CSP,
        "Contrôle d'un jeune de {{24 ans}} en {{CEJ}} qui touche aussi l'{{APL}}. Il vit chez [[ADRESSE:3 impasse des Mouettes, Cancale]] avec sa copine [[PERSONNE:Lou-Anne]]. N° alloc [[N_ALLOCATAIRE:6027381]]. Tout est déclaré, contrôle clôturé en {{20 min}}. Il nous propose un café, la contrôleuse refuse poliment (règle).",
    ),
    (
        "caf",
        CSP,
        'vérif sur place pour un {{AAH}} + vie en couple. Le compagnon arrive en cours de visite avec sa voiture, immat [[IMMATRICULATION:BX 419 LM]]. Contrôleur: "vous habitez ici monsieur ?" "Non je passe juste". Ses chaussures sont dans l\'entrée... Rapport neutre, le contrôleur dit qu\'il ne conclut jamais sur une impression.',
    ),
    (
        "caf",
        CSP,
        "Maison de {{Melesse}}, famille [[PERSONNE:Le Goff]]. Enfants {{8}} et {{12 ans}}. Le chien {{Rocky}} aboie tout le long. Objet : vérifier la garde alternée déclarée. Le père montre le planning sur le frigo. RAS.",
    ),
    (
        "caf",
        CSP,
        "Ce que j'ai retenu : le contrôleur dit que {{80 %}} de ses contrôles se terminent sans rappel d'indu, et que souvent il détecte des droits non ouverts (ex : {{prime d'activité}} jamais demandée). Image très différente de ce que j'imaginais.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Rachid Ouali]], {{26 ans}}, né le [[DATE_NAISSANCE:19.07.1998]] au {{Maroc}}. Le contrôleur relit son NIR sur l'attestation {{Ameli}} pour vérifier l'identité : [[NIR:1 98 07 99 350 087 42]]. Il vit en coloc avec deux potes du {{BTP}}, chacun son bail. Visite {{25 min}}. RAS, mais il a eu peur, il croyait que c'était \"la police\".",
    ),
]
CPAM = [
    (
        "cpam",
        AP,
        "Étudiant de {{19 ans}}, [[PERSONNE:Mathéo]], vient car il n'a toujours pas sa carte vitale. Il était encore rattaché à ses parents. L'agente lit son NIR sur l'écran : [[NIR:1 04 03 35 238 045 14]] (né à {{Rennes}} en mars {{2004}}, ça colle). Elle lui imprime une attestation et lui montre l'appli {{Ameli}}. Il découvre qu'il doit choisir un médecin traitant. \"C'est obligé ?\"",
    ),
    (
        "cpam",
        AP,
        "accueil sur rdv uniquement depuis {{2022}}, sauf urgence. {{6 rdv}} dans la matinée. Entre deux, l'agente répond aux mails de la boite {{Ameli}}. Calme plat à {{11h}}.",
    ),
    (
        "cpam",
        AP,
        'Mme [[PERSONNE:Josiane Le Floch]], {{74 ans}}, vient avec une pochette pleine de feuilles de soins papier. Elle ne sait pas faire sur internet. L\'agent ([[PERSONNE:Yannick]]) les trie avec elle une par une. Une date de {{2021}} → trop tard, plus remboursable. Elle dit "tant pis pour moi".',
    ),
    (
        "cpam",
        AP,
        "{{C2S}} pour une jeune femme de {{23 ans}} en {{Garantie jeunes}}... pardon, en {{CEJ}} (elle corrige l'agente). Allocation CEJ {{528 €}}. L'agente remplit le formulaire avec elle. Adresse donnée : [[ADRESSE:5 square de Tregain, 35000 Rennes]]. Téléphone [[TELEPHONE:06.45.80.12.77]]. Nom [[PERSONNE:Sirine Haddad]].",
    ),
    (
        "cpam",
        AP,
        "Un jeune en scooter arrive casque à la main, accident du travail chez {{Uber Eats}} (livreur auto-entrepreneur). L'agent explique qu'il n'est pas couvert AT comme un salarié. Il ne comprend pas. \"Mais c'est pour eux que je bosse frère\". Silence. L'agent ouvre quand même son dossier, NIR [[NIR:1 03 09 69 123 401 07]] (né à {{Lyon}} en {{2003}}), pour vérifier ses droits maladie.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Antoine Casanova]] (né à {{Ajaccio}}, {{janvier 1987}}) vient corriger une erreur sur son NIR : la {{Cpam}} avait mis 20 au lieu de 2A. Numéro correct : [[NIR:1 87 01 2A 004 021 93]]. L'agent dit que c'est fréquent avec les Corses, et aussi pour ceux nés à l'étranger.",
    ),
    (
        "cpam",
        AP,
        "Queue de {{8 personnes}}. Beaucoup viennent juste pour une attestation de droits, que la borne peut faire. L'agent d'orientation ([[PERSONNE:Kévin]], {{25 ans}}, ancien service civique) les emmène à la borne un par un. Efficace.",
    ),
    (
        "cpam",
        AP,
        "Une maman avec sa fille de {{16 ans}}, [[PERSONNE:Lina]], qui veut sa propre carte vitale pour aller seule chez la gynéco sans que ses parents voient les remboursements. L'agente explique le rattachement à part à partir de {{16 ans}}. La mère est d'accord, bonne ambiance.",
    ),
    (
        "cpam",
        AP,
        "Jeune sortant de l'{{ASE}} (protection de l'enfance), {{18 ans}}, pas de mutuelle. L'agente ouvre la {{C2S}} direct. Mail : [[EMAIL:djibril.k2006@gmail.com]]. Il s'appelle [[PERSONNE:Djibril Keita]]. Elle lui dit d'aller au {{Point Info Jeunesse}} pour la suite. Je trouve le parcours très fragmenté.",
    ),
    (
        "cpam",
        AP,
        "Femme arrive avec une lettre de relance pour des {{IJ}} trop perçues. Mme [[PERSONNE:Rosa Ferreira]] née le [[DATE_NAISSANCE:30 août 1978]]. Montant {{2 300 €}}. Elle travaille chez {{Ferreira Nettoyage}}, l'entreprise de son mari.",
    ),
    (
        "cpam",
        AP,
        "Pas d'interprète disponible. Un monsieur ne parle que pachto. L'agente utilise {{Google Traduction}} sur son tel perso. Échange de {{20 min}} pour une simple demande d'{{AME}}. Elle dit qu'elle n'a pas de service d'interprétariat téléphonique.",
    ),
    (
        "cpam",
        AP,
        "Lycéenne, {{bac pro}} au {{lycée Coëtlogon}}, stage en {{EHPAD}}, vient demander si elle est couverte en cas d'accident pendant le stage. Oui, c'est le lycée qui déclare. L'agent lui note tout sur un post-it. Elle s'appelle [[PERSONNE:Romane]], elle laisse son {{06}} au cas où : [[TELEPHONE:06 21 84 33 90]].",
    ),
    (
        "cpam",
        AP,
        "Étudiante espagnole, {{Erasmus}} à {{Sciences Po Rennes}}, a perdu sa carte européenne (CEAM). Agent lui explique de contacter sa caisse en {{Espagne}}. Son nom : [[PERSONNE:Lucía Ortega Ruiz]]. Elle a un compte en Espagne pour les remboursements : [[IBAN:ES60 0049 1500 0512 3456 7892]].",
    ),
    (
        "cpam",
        AP,
        "{{10h50}}. Agente me dit : \"les jeunes ils viennent pas, ils savent pas qu'on existe\". Les jeunes qu'on voit sont ceux qu'une asso ou un éducateur envoie. Sinon ils renoncent aux soins. Ce matin une seule : [[PERSONNE:Lison]], née à {{Nantes}} en avril {{2004}}, NIR [[NIR:2 04 04 44 109 076 84]], jamais déclaré de médecin traitant.",
    ),
]
CPAM_TEL = [
    (
        "cpam",
        AT,
        "Plateforme {{3646}}. {{1er appel}} : un monsieur qui veut connaître la date de son prochain versement d'{{IJ}}. L'agent voit qu'il manque l'attestation de salaire de l'employeur ({{Intermarché}}). Lui conseille d'appeler son employeur. Appel 2 : une dame née à {{Marseille}} en {{1990}} dicte son NIR [[NIR:2 90 10 13 055 412 27]] pour une attestation de droits.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une étudiante qui a eu un accident de ski, veut savoir si elle doit avancer les frais. Donne son NIR : \"[[NIR:deux zéro cinq onze soixante-quinze cent douze trois cent dix-huit quarante-cinq]]\". Elle est née à {{Paris}} en novembre {{2005}}. Conseiller tape en même temps. Elle s'appelle [[PERSONNE:Zoé]].",
    ),
    (
        "cpam",
        AT,
        "Conseillère ([[PERSONNE:Hélène Guérin]]) me dit que la majorité des appels du lundi sont des arrêts de travail envoyés en retard. {{48h}} pour envoyer. Sinon réduction.",
    ),
    (
        "cpam",
        AT,
        "Appel : Mme [[PERSONNE:Nathalie Bouvier]], NIR [[NIR:2 79 08 59 350 144 22]], née à {{Lille}}. Remboursement de lunettes bloqué. Sa mutuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:HM-00874512]]. La conseillère voit que la télétransmission n'est pas activée. Elle l'active. Fin.",
    ),
    (
        "cpam",
        AT,
        "Jeune gars {{20 ans}}, apprenti chez {{Leroy Merlin}}, appelle pour un arrêt maladie. Il ne sait pas qu'il doit envoyer le volet 3 à l'employeur. Il dit \"je l'ai pris en photo et mis sur snap à mon chef\" 😂 Conseiller lui explique gentiment.",
    ),
    (
        "cpam",
        AT,
        "Le serveur vocal propose le rappel. On rappelle une dame au [[TELEPHONE:+33 6 12 98 40 31]]. Elle est à la caisse d'un supermarché, ne peut pas parler. Rappel reprogrammé à {{17h}}.",
    ),
    (
        "cpam",
        AT,
        "Appel de {{4 min}}. Demande de duplicata de carte vitale. Tout se fait sur le compte {{Ameli}}. Le conseiller guide la personne pas à pas. Elle donne quand même son numéro sécu par réflexe, Mme [[PERSONNE:Fabienne Kerhervé]], [[NIR:2 65 02 29 019 233 11]] (née à {{Brest}}, {{1965}}).",
    ),
    (
        "cpam",
        AT,
        "Père appelle pour sa fille de {{17 ans}} en {{CAP coiffure}} au {{CFA Bâtiment}}... non, au {{CFA de la CMA}}. Elle a besoin d'une {{complémentaire santé solidaire}} à part? Conseiller dit non, elle reste sur le foyer. Fille s'appelle [[PERSONNE:Jade Lefèvre]], date de naissance [[DATE_NAISSANCE:2008-05-17]].",
    ),
    (
        "cpam",
        AT,
        "Appel difficile : une femme veut qu'on bloque les remboursements visibles par son ex-conjoint, M. [[PERSONNE:Laurent Gicquel]]. Violences. La conseillère (très pro) passe à sa cheffe Mme [[PERSONNE:Caroff]] pour la procédure de rattachement séparé.",
    ),
    (
        "cpam",
        AT,
        'Rappel sortant vers un jeune en rupture de droits depuis {{3 mois}}. Tel [[TELEPHONE:07 81 44 09 26]]. Répondeur : "yo c\'est [[PERSONNE:Nono]] laisse un msg". La conseillère laisse un msg très formel, contraste drôle.',
    ),
    (
        "cpam",
        AT,
        "RIB à changer pour un assuré, M. [[PERSONNE:Gaëtan Morin]]. Il dicte : \"[[IBAN:FR76 3000 3023 9000 0507 1926 483]]\". La conseillère explique qu'il faut quand même l'envoyer sur le compte Ameli pour la vérif. Procédure anti-fraude.",
    ),
    (
        "cpam",
        AT,
        "Statistiques du jour au tableau : {{312 appels}} entrants, {{87 %}} décrochés, durée moy {{6 min 40}}. Objectif national affiché {{80 %}}. Applaudissements ironiques dans l'open space.",
    ),
    (
        "cpam",
        AT,
        "Étudiante en {{IFSI}} ({{infirmière}}), {{2e année}}, appelle pour savoir si elle a droit à la {{C2S}}. Bourse échelon {{5}}. Oui probablement. La conseillère lui envoie le lien par mail à [[EMAIL:camille_r.ifsi@laposte.net]]. Elle dit qu'elle bosse aussi en {{McDo}} le week-end.",
    ),
    (
        "cpam",
        AT,
        'Un assuré donne son numéro sécu trop vite, le conseiller fait répéter trois fois. "Vous êtes né en {{1958}} c\'est ça ? à {{Quimper}} ?" Le numéro : [[NIR:158052923211005]]. Enfin bon, il a son dossier.',
    ),
]
CPAM_CTRL = [
    (
        "cpam",
        CSP,
        'Contrôle d\'arrêt maladie avec le délégué [[PERSONNE:Jean-Marc Audren]]. Assuré absent du domicile à {{10h15}} alors que sorties non autorisées. Adresse [[ADRESSE:9 rue de la Poterie, 35200 Rennes]]. Avis de passage dans la boîte. Le délégué : "il est peut-être juste chez le médecin".',
    ),
    (
        "cpam",
        CSP,
        "Visite chez [[PERSONNE:Enora Le Bris]], {{22 ans}}, [[ADRESSE:31 rue de Dinan, 35000 Rennes]], en arrêt depuis {{4 mois}} (dépression, boulot en call center chez {{Webhelp}}). Elle ouvre en pyjama, appart très sombre. Le contrôleur vérifie juste la présence, pas le motif médical. Il me dit après qu'il signale parfois au service social de la {{Cpam}} quand il sent que ça va pas.",
    ),
    (
        "cpam",
        CSP,
        'Matinée de route : {{3}} contrôles prévus, {{2}} faits. Le 3e à {{Saint-Aubin-du-Cormier}} : personne, voisin dit qu\'il est "au boulot" (!). Le contrôleur note seulement "absent". Pas d\'interprétation.',
    ),
    (
        "cpam",
        CSP,
        'Assuré M. [[PERSONNE:Serge Lucas]], artisan maçon en arrêt, on le trouve sur un échafaudage devant chez lui, [[ADRESSE:2 chemin des Landes, Pacé]]. Camionnette [[IMMATRICULATION:DZ-504-QR]] avec "{{Lucas Bâtiment}}" dessus. Il dit qu\'il "regardait juste". Le contrôleur prend des notes, pas de photos (interdit).',
    ),
    (
        "cpam",
        CSP,
        "Ce matin briefing : les contrôles sont ciblés par un algorithme de la caisse + signalements employeurs. Le contrôleur n'aime pas trop les signalements d'employeurs (\"souvent des règlements de compte\"). Pas de visite finalement, voiture en panne au garage.",
    ),
    (
        "cpam",
        CSP,
        "Chez Mme [[PERSONNE:Océane Prigent]], {{25 ans}}, vendeuse chez {{Zara}}, arrêt après une entorse. Elle est là, béquilles. Son petit frère [[PERSONNE:Timéo]] joue à la {{PS5}} dans le salon. Contrôle {{5 min}}. Elle demande si ça va jouer sur son contrat. Contrôleur: non.",
    ),
    (
        "cpam",
        CSP,
        "{{Ehpad Les Jardins d'Arcadie}}, contrôle de facturation infirmière pour un patient, M. [[PERSONNE:Roger Kerbrat]], dossier [[IDENTIFIANT:CTL-2024-00912]]. On compare les actes facturés et le cahier de soins. Écart de {{14}} actes. L'infirmière libérale (Mme [[PERSONNE:Sévellec]]) sera convoquée.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle sur place chez un jeune chauffeur {{VTC}} en arrêt. Il a garé sa voiture (plaque [[IMMATRICULATION:gk-731-bn]]) devant l'immeuble, moteur encore chaud selon le délégué 🤔. Lui dit qu'il revient de la pharmacie. Ordonnance à l'appui, ok.",
    ),
    (
        "cpam",
        CSP,
        "Domicile à {{Redon}}, un monsieur de {{58 ans}}, arrêt long pour le dos, travaille chez {{Yves Rocher}} (usine de {{La Gacilly}}). Il nous montre sa chambre médicalisée. Rien à redire. Trajet retour, le délégué me parle de sa fille [[PERSONNE:Clémence]] qui fait un {{BUT}} à {{Vannes}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle assuré M. [[PERSONNE:Yohann Le Du]] au [[ADRESSE:17 bis route de Vannes, 56000 Vannes]]. Présent. Il a {{33 ans}}, papa de {{trois}} enfants. Femme s'appelle [[PERSONNE:Sandrine]]. {{3 min}} sur place.",
    ),
]
CCAS = [
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Saint-Brieuc}}. Première personne : jeune de {{20 ans}}, [[PERSONNE:Rayan]], demande une aide alimentaire d'urgence. Il a perdu son job de plongeur chez {{Flunch}}. L'agente lui donne un bon pour l'{{épicerie sociale}} ({{3 semaines}}). Il demande timidement s'il y a aussi des tickets de bus.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation : {{47}} personnes domiciliées au {{CCAS}}, courrier à retirer au guichet {{2}}. Un monsieur passe chercher son courrier tous les jours à {{9h}} pile, même quand il n'y a rien. L'agent le connaît, ils parlent foot ({{Stade Rennais}}).",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Huguette Lemaître]], {{81 ans}}, vient pour le dossier {{APA}}. Elle ne voit plus bien. L'agent remplit pour elle, lit à haute voix : \"née le [[DATE_NAISSANCE:12 décembre 1943]]\". Son fils [[PERSONNE:Philippe]] l'aide un peu, il vit à {{Nantes}}. Tél du fils : [[TELEPHONE:06 08 77 31 25]].",
    ),
    (
        "ccas",
        AP,
        "Jeune maman {{19 ans}} avec un bébé de {{4 mois}}. Demande d'aide pour les couches et le lait. Le {{CCAS}} lui donne un colis + oriente vers la {{PMI}} et les {{Restos du Cœur}} (section bébé). Elle s'appelle [[PERSONNE:Maëva]], le papa \"[[PERSONNE:Dylan]]\" est parti. Elle veut reprendre son {{CAP petite enfance}}.",
    ),
    (
        "ccas",
        AP,
        "Rdv {{14h}} : facture EDF impayée, {{640 €}}. M. [[PERSONNE:Joël Texier]] montre la facture, réf client [[IDENTIFIANT:6002 418 337]]. L'agente fait une demande au {{FSL}} énergie. Il a {{62 ans}}, en invalidité.",
    ),
    (
        "ccas",
        AP,
        'Salle d\'attente : une télé qui passe {{BFM}} en boucle, un distributeur de café cassé, un panneau "{{Plan grand froid}}". {{5}} personnes. Pas de bruit. Une dame tricote.',
    ),
    (
        "ccas",
        AP,
        "Étudiant en {{L1 droit}}, boursier, vient pour l'aide au permis de conduire que la ville propose aux {{18-25 ans}} ({{500 €}} contre {{35h}} de bénévolat). Il veut faire son bénévolat à la {{Banque alimentaire}}. Nom : [[PERSONNE:Hugo Tessier]]. Mail : [[EMAIL:hugo.tessier.l1@etudiant.univ-rennes.fr]]. Agente ravie.",
    ),
    (
        "ccas",
        AP,
        "Un monsieur arrive avec un dossier de surendettement ({{Banque de France}}). Ne veut pas dire son nom devant moi. L'agent me demande de sortir {{10 min}}. Je sors. Normal.",
    ),
    (
        "ccas",
        AP,
        "Aide au paiement de la cantine. Mme [[PERSONNE:Aïcha Benhamou]] donne son numéro Caf [[N_ALLOCATAIRE:7712046]] pour qu'on calcule son quotient familial. QF {{412}}. Tarif cantine à {{0,90 €}}. Elle habite [[ADRESSE:21 avenue Pierre Mendès France, 22000 Saint-Brieuc]].",
    ),
    (
        "ccas",
        AP,
        "Le {{CCAS}} partage l'accueil avec la {{Maison France Services}}. Une conseillère numérique ([[PERSONNE:Léa]], {{24 ans}}, en service civique) aide un jeune à créer son compte {{France Travail}}. Il a pas d'adresse mail. Ils en créent une : [[EMAIL:sofiane.b2005@gmail.com]]. Mot de passe noté sur un papier (!).",
    ),
    (
        "ccas",
        AP,
        "Un papa demande une aide pour le voyage scolaire de son fils au {{collège Les Gayeulles}} ({{220 €}}, séjour au ski). Aide accordée {{80 €}}. Il repart content. Nom non noté.",
    ),
    (
        "ccas",
        AP,
        "Jeune femme {{23 ans}}, [[PERSONNE:Kenza Mouline]], sortie de foyer ({{ASE}}) à {{21 ans}} (contrat jeune majeur terminé). Aucune ressource. L'agente l'oriente vers la {{Mission locale}} de {{Lannion}} pour le {{CEJ}} et appelle direct sa conseillère là-bas, [[PERSONNE:Marion]]. Rdv obtenu pour jeudi. Ça marche quand il y a du réseau.",
    ),
    (
        "ccas",
        AP,
        "Demande d'élection de domicile d'un homme sans papiers. Titre de séjour expiré, récépissé n° [[IDENTIFIANT:7502019384]] aussi expiré. L'agente accepte la domiciliation quand même (droit). Il s'appelle [[PERSONNE:Mamadou]], vit \"vers la {{gare}}\".",
    ),
    (
        "ccas",
        AP,
        "{{16h30}} fermeture. Agente me dit qu'elle a fait {{23}} entretiens aujourd'hui, record. Elle ne prend pas de pause déjeuner le mardi. Jour de marché, tout le monde passe.",
    ),
]
CCAS_TEL = [
    (
        "ccas",
        AT,
        "Ligne du {{CCAS}}, une seule agente au standard. Appel d'une voisine inquiète pour une dame âgée qu'elle ne voit plus sortir, Mme [[PERSONNE:Jacqueline Morel]], au [[ADRESSE:6 rue des Tilleuls, Plérin]]. L'agente déclenche une visite du service seniors.",
    ),
    (
        "ccas",
        AT,
        "Appel : jeune homme demande s'il peut avoir les {{chèques énergie}} en avance. Non, c'est l'État. L'agente lui donne le {{0 805 204 805}} (numéro vert chèque énergie). Il laisse quand même son numéro, [[TELEPHONE:06 38 72 15 09]], \"si jamais\".",
    ),
    (
        "ccas",
        AT,
        "Mère appelle pour son fils [[PERSONNE:Matthis]], {{17 ans}}, déscolarisé, \"il reste dans sa chambre sur {{Fortnite}}\". L'agente l'oriente vers le {{PAEJ}} (point accueil écoute jeunes) et la {{Mission locale}} dès ses {{16 ans}}... il les a. Donne le numéro de la {{ML}}.",
    ),
    (
        "ccas",
        AT,
        "Appel de {{2 min}}, horaires d'ouverture. {{Lundi au vendredi 8h30-12h / 13h30-17h}}. Suivant.",
    ),
    (
        "ccas",
        AT,
        "Un bailleur ({{Néotoa}}) appelle pour un locataire en dette, M. [[PERSONNE:Franck Gautier]], référence locataire [[IDENTIFIANT:NEO-0045127]], [[ADRESSE:3 place de la Poterie, 35135 Chantepie]]. L'agente refuse d'en parler sans accord du locataire. Le bailleur insiste. Elle tient bon.",
    ),
    (
        "ccas",
        AT,
        "Appel d'un étudiant étranger de l'{{INSA}} qui n'a plus rien à manger. L'agente lui dit de passer au {{CCAS}} demain et lui donne l'adresse de l'{{AGORAé}} (épicerie solidaire étudiante). Tel de l'étudiant : [[TELEPHONE:07 49 22 16 83]]. Prénom [[PERSONNE:Ousmane]].",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Odette Riou]] rappelle pour la {{5e fois}} de la semaine pour savoir où en est son dossier de logement social. L'agente m'explique que ce n'est pas eux (c'est le {{Fichier commun}}), mais qu'elle prend l'appel quand même \"parce qu'elle est seule\".",
    ),
    (
        "ccas",
        AT,
        "Ligne {{canicule}} : appels sortants aux personnes inscrites sur le registre. {{12}} appels. M. [[PERSONNE:André]] ne répond pas au [[TELEPHONE:02 96 33 41 07]] → on appelle sa fille, personne de contact, [[PERSONNE:Corinne Le Roux]] au [[TELEPHONE:06 62 18 90 54]]. Elle va passer.",
    ),
    (
        "ccas",
        AT,
        "Un éducateur de la {{PJJ}} appelle pour un jeune de {{17 ans}} qui sort de détention, [[PERSONNE:Nathan Guyot]], né le [[DATE_NAISSANCE:8 octobre 2007]]. Besoin d'un hébergement + aide alimentaire. L'agente cherche, rien ce soir pour un mineur. Renvoie vers le {{Conseil départemental}}.",
    ),
    (
        "ccas",
        AT,
        "Appels de l'après-midi: {{7}}. {{3}} pour les colis de Noël des seniors, {{2}} pour le {{bus gratuit}} des {{+65 ans}}, {{1}} faux numéro, {{1}} pour le {{pass'sport}}. Rien d'urgent.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Samia]] (pas de nom donné) appelle pour un secours exceptionnel : sa voiture ([[IMMATRICULATION:AF-882-YT]]) est à la fourrière, elle en a besoin pour aller bosser à l'{{hôpital Yves Le Foll}}. Fourrière {{180 €}}. L'agente prend le dossier pour la commission de jeudi.",
    ),
    (
        "ccas",
        AT,
        'Un monsieur veut qu\'on lui "trouve un travail". L\'agente explique gentiment que le {{CCAS}} ne fait pas ça, donne les coordonnées de {{France Travail}} {{39 49}}. Il dit "vous êtes tous pareils" et raccroche.',
    ),
]
CCAS_CTRL = [
    (
        "ccas",
        CSP,
        "Visite à domicile avec l'assistante sociale du {{CCAS}}, [[PERSONNE:Armelle Jégou]]. Chez M. [[PERSONNE:Bernard Collet]], {{79 ans}}, [[ADRESSE:11 rue Saint-Guillaume, 22000 Saint-Brieuc]]. Logement très encombré (syndrome de Diogène?). Son chat {{Minou}} partout. Elle évalue le besoin d'aide ménagère. Il refuse poliment, puis accepte {{2h}} par semaine.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez une jeune famille : lui {{22 ans}} apprenti boulanger chez {{Ange}}, elle {{20 ans}} sans emploi, bébé de {{6 mois}}. Appart {{T2}} humide, moisissures dans la chambre du bébé. L'AS prend des photos pour le signalement au {{service hygiène}} de la ville. Le bailleur est un privé, M. [[PERSONNE:Guillemot]].",
    ),
    (
        "ccas",
        CSP,
        "Pas de visite ce matin : la personne a annulé par SMS à {{8h02}}. L'AS me dit que c'est fréquent, \"les gens ont honte qu'on voie chez eux\". On fait de l'admin à la place.",
    ),
    (
        "ccas",
        CSP,
        "Dans un mobil-home à l'[[ADRESSE:aire des gens du voyage de la Croix-Rouge, place 12]]. Famille [[PERSONNE:Lagrené]]. Demande d'aide pour le raccordement électrique. Le fils aîné [[PERSONNE:Kendji]], {{18 ans}}, fait l'interprète administratif de toute la famille. Il veut passer son permis poids lourd.",
    ),
    (
        "ccas",
        CSP,
        "Visite à {{Ploufragan}}, Mme [[PERSONNE:Lucienne Daniel]] (oui, [[PERSONNE:Daniel]] c'est son nom de famille), {{88 ans}}. Vérif du portage de repas. Elle nous montre son frigo, les barquettes sont là, pas mangées. L'AS s'inquiète. Elle appelle la fille au [[TELEPHONE:06 30 47 58 12]].",
    ),
    (
        "ccas",
        CSP,
        "Visite ({{30 min}}) chez un jeune homme de {{19 ans}} suivi par le {{CCAS}} depuis sa sortie d'{{ASE}}. Studio meublé {{Habitat 35}}. Propre, rangé. Il montre fièrement son contrat d'apprentissage chez {{Norauto}}. L'AS lui dit \"t'as fait du chemin [[PERSONNE:Yanis]]\". Il rougit.",
    ),
    (
        "ccas",
        CSP,
        "Évaluation sociale au domicile : Mme [[PERSONNE:Fatoumata Sylla]], [[ADRESSE:45 bd Clemenceau, appt 112, 22000 Saint-Brieuc]], {{4}} enfants dont une ado, [[PERSONNE:Awa]], {{15 ans}}, qui fait les papiers pour sa mère. L'AS dit qu'il faut \"protéger [[PERSONNE:Awa]] de ce rôle\".",
    ),
    (
        "ccas",
        CSP,
        "L'AS me raconte sur le trajet : la moitié de ses visites sont pour des +{{75 ans}} isolés, l'autre pour des jeunes familles. Presque rien entre les deux. Pas de visite faite aujourd'hui (neige).",
    ),
    (
        "ccas",
        CSP,
        'Chez un couple de retraités, M. et Mme [[PERSONNE:Bothorel]], demande de téléassistance. L\'AS remplit le formulaire {{Présence Verte}}. Mme [[PERSONNE:B.]] donne la date de naissance de son mari : "le [[DATE_NAISSANCE:4 du 4 46]]". Rires.',
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile pour une aide au loyer, [[ADRESSE:Résidence Les Hortensias, bât C, 2 rue Lamartine, 22190 Plérin]]. Mme [[PERSONNE:Rose]] (prénom) vit seule avec son petit-fils [[PERSONNE:Lucas]], {{16 ans}}, qui est en {{2nde}} au {{lycée Renan}}. Elle donne le numéro allocataire de sa fille par erreur, l'AS corrige.",
    ),
]
URG = [
    (
        "urgences",
        AP,
        "{{Urgences}} du {{CHU Pontchaillou}}, accueil avec l'IAO ([[PERSONNE:Céline]]). {{2h du matin}}... non, je suis là de {{14h}} à {{20h}}. {{31}} patients en salle. Un jeune de {{17 ans}} arrive avec ses potes, main ouverte (bouteille cassée en soirée). Il donne son nom : [[PERSONNE:Evan Le Corre]]. Mineur → on appelle la mère au [[TELEPHONE:06 27 91 40 58]].",
    ),
    (
        "urgences",
        AP,
        "Temps d'attente affiché : {{4h}}. Une dame âgée sur un brancard dans le couloir depuis la veille. L'aide-soignant lui apporte un plateau. Personne ne se plaint, c'est ça le plus dur à voir.",
    ),
    (
        "urgences",
        AP,
        "Étudiante en médecine ({{externe}}, {{4e année}}) m'explique le tri {{CIMU}} de {{1}} à {{5}}. Elle s'appelle [[PERSONNE:Margaux]], elle fait {{12h}} de garde pour {{~40 €}}. Je suis choquée.",
    ),
    (
        "urgences",
        AP,
        "Patient IPP [[IDENTIFIANT:P00781245]], M. [[PERSONNE:Jean-Claude Renault]], {{67 ans}}, douleur thoracique. Passé direct en {{SAUV}}. L'agent administratif récupère la carte vitale et la mutuelle ({{MGEN}} n° [[IDENTIFIANT:1 23456 789]]) auprès de l'épouse qui tremble.",
    ),
    (
        "urgences",
        AP,
        "Jeune homme {{20 ans}} ramené par les pompiers, alcoolisation aiguë après une soirée d'intégration ({{école de commerce}}, {{Rennes School of Business}}). Ses amis donnent son nom, \"[[PERSONNE:Arthur]]... [[PERSONNE:Arthur de Kersauson]]\". Date de naissance trouvée dans son portefeuille (carte d'étudiant) : [[DATE_NAISSANCE:23/06/2004]].",
    ),
    (
        "urgences",
        AP,
        "L'agente d'accueil administratif, Mme [[PERSONNE:Lebreton]]... hmm je veux dire [[PERSONNE:Sylvie]], me dit qu'elle fait les entrées pour {{120 à 150}} patients par jour. {{3}} postes, {{1}} en panne.",
    ),
    (
        "urgences",
        AP,
        "Un enfant de {{6 ans}} qui s'est coincé un {{Lego}} dans le nez. La maman est morte de honte, le papa rigole. Passé en {{20 min}}, filière pédiatrique. Tout le monde sourit dans la salle.",
    ),
    (
        "urgences",
        AP,
        "Jeune femme {{24 ans}}, sans couverture sociale (étudiante étrangère pas encore affiliée). L'accueil l'enregistre quand même. Passeport n° [[IDENTIFIANT:18AB34567]]. La {{PASS}} (permanence d'accès aux soins) sera prévenue. Nom : [[PERSONNE:Ngozi Okafor]]. Tel [[TELEPHONE:+234 803 555 0142]] ... \"c'est mon numéro au Nigeria\", et un français [[TELEPHONE:07 66 10 38 21]].",
    ),
    (
        "urgences",
        AP,
        "Violence verbale d'un accompagnant à {{19h}}. L'agent de sécurité intervient. L'infirmier ([[PERSONNE:Loïc]]) me dit : \"un soir sur deux\". Affiche \"{{la violence n'est pas une réponse}}\" juste au-dessus.",
    ),
    (
        "urgences",
        AP,
        "{{15h40}}. Ado ({{15 ans}}) arrive avec le {{SAMU}} après une TS (médicaments). Accompagnée par sa CPE, Mme [[PERSONNE:Duval]], du {{collège Anne de Bretagne}}. Les parents injoignables. Pédopsy appelée. Je n'ai plus envie de noter.",
    ),
    (
        "urgences",
        AP,
        "Accueil : {{23}} personnes assises, {{6}} debout. Distributeur {{Selecta}} vide. Prise électrique convoitée pour recharger les tels. Un jeune dort par terre sur sa veste {{North Face}}.",
    ),
    (
        "urgences",
        AP,
        'Livreur {{Deliveroo}}, {{19 ans}}, chute à vélo. L\'agent demande la carte vitale : il ne l\'a pas. Donne son NIR de tête, direct : [[NIR:1 06 12 2B 033 009 12]] (né à {{Bastia}}). L\'agent tape, "ah oui, 2B". Le jeune : "tout le monde me demande ça".',
    ),
    (
        "urgences",
        AP,
        "Nuit... non, fin de journée. M. [[PERSONNE:Pierre]] ({{SDF}}, connu du service), vient \"pour se réchauffer\" dit l'infirmière. On le laisse s'asseoir. Il a un chien, {{Gamin}}, qui n'a pas le droit d'entrer. Le vigile le garde dehors.",
    ),
    (
        "urgences",
        AP,
        "IAO montre l'écran : dossier de Mme [[PERSONNE:Bénédicte Joly]], adresse [[ADRESSE:54 rue de Fougères, 35700 Rennes]], médecin traitant Dr [[PERSONNE:Hamel]]. Personne de confiance : sa sœur, [[TELEPHONE:02 99 38 64 12]].",
    ),
    (
        "urgences",
        AP,
        "J'observe : les ados arrivent avec leurs tels en charge, ils filment parfois. Affiche \"interdit de filmer\" ajoutée en {{2023}} après une vidéo {{TikTok}} d'un patient. Le cadre de santé en parle encore.",
    ),
    (
        "urgences",
        AP,
        "Jeune apprenti couvreur, {{17 ans}}, chute d'un toit (petite hauteur). Son maître d'apprentissage, M. [[PERSONNE:Rozenn Le Meur]]... non une femme, Mme [[PERSONNE:Le Meur]], l'accompagne, gérante de {{Le Meur Couverture}}. Elle remplit la déclaration d'accident du travail sur place.",
    ),
    (
        "urgences",
        AP,
        "Beaucoup de personnes âgées viennent d'{{EHPAD}} la nuit faute de médecin sur place. Le cadre (M. [[PERSONNE:Rault]]) dit que c'est \"la moitié des hospitalisations évitables\".",
    ),
    (
        "urgences",
        AP,
        "{{18h}}. Une maman et son fils de {{3 ans}}, fièvre à {{40}}. Attente {{2h30}}. Elle me dit qu'elle a appelé le {{15}} et on lui a dit de venir. Pas de pédiatre de ville dispo. Elle est venue en bus, ligne {{C1}}. Le petit [[PERSONNE:Gabin]] dort sur elle.",
    ),
]
URG_TEL = [
    (
        "urgences",
        AT,
        'Standard des urgences. Une maman appelle : son fils [[PERSONNE:Noah]], {{14 ans}}, a été amené par les pompiers depuis le {{collège}}. L\'agente vérifie son identité avant de donner des infos : date de naissance du fils ? "le [[DATE_NAISSANCE:9 janvier 2011]]"... pardon : "[[DATE_NAISSANCE:9/01/2011]]". OK.',
    ),
    (
        "urgences",
        AT,
        'Appels au standard : beaucoup de gens demandent "combien de temps d\'attente". L\'agente répond toujours "je ne peux pas vous dire, si c\'est grave appelez le {{15}}". {{10}} fois en une heure.',
    ),
    (
        "urgences",
        AT,
        "Appel d'un copain d'un patient : \"c'est pour [[PERSONNE:Mehdi]], il est là ? on était ensemble en soirée\". L'agente ne confirme rien (secret). Le copain laisse son {{snap}} \"au cas où\" : [[IDENTIFIANT:@mehdi.lafouine]]... non c'est celui de [[PERSONNE:Mehdi]]. L'agente ne le note pas.",
    ),
    (
        "urgences",
        AT,
        "Un {{EHPAD}} ({{Les Glycines}}) appelle pour annoncer un transfert : Mme [[PERSONNE:Marcelle Guillard]], {{93 ans}}, chute. Fiche de liaison faxée (oui, fax 📠). Numéro de dossier {{EHPAD}} [[IDENTIFIANT:GLY-2211]].",
    ),
    (
        "urgences",
        AT,
        "Pendant {{20 min}} le standard n'arrête pas de sonner pour une fuite d'eau dans le parking. Rien à voir avec les patients. L'agente transfère aux services techniques, poste {{4412}}.",
    ),
    (
        "urgences",
        AT,
        "Appel de la police : un jeune de {{16 ans}} en fugue d'un foyer {{ASE}} serait passé aux urgences cette nuit. Nom donné : [[PERSONNE:Ilyes Bensalah]], né le [[DATE_NAISSANCE:17 février 2009]]. L'agente doit passer au cadre, elle ne peut pas répondre directement.",
    ),
    (
        "urgences",
        AT,
        "Une femme appelle pour récupérer les affaires de son mari décédé hier soir. Voix très calme. L'agente est très douce, lui donne les horaires de la chambre mortuaire. Nom du mari : M. [[PERSONNE:Gérard Le Page]]. Je reste silencieuse.",
    ),
    (
        "urgences",
        AT,
        "Un étudiant appelle pour une attestation de passage aux urgences pour justifier une absence à un partiel ({{IUT}}). L'agente lui dit de passer ou de la demander par mail au secrétariat : {{secretariat.urgences@chu-exemple.fr}}. Il donne son mail à lui : [[EMAIL:tom.le.bg_22@outlook.fr]] 😅",
    ),
    (
        "urgences",
        AT,
        'Rappel d\'un patient parti sans attendre ({{PSA}}, "parti sans attendre"). Tel [[TELEPHONE:06 84 12 73 95]]. Il décroche : "ouais c\'est bon j\'suis allé à {{SOS Médecins}}".',
    ),
    (
        "urgences",
        AT,
        "Entre deux appels, l'agente me montre la liste des numéros internes collés sur l'écran : {{réa}} {{5210}}, {{radio}} {{5344}}, {{bloc}} {{5400}}. Plus personne ne sait qui est de garde en radio la nuit.",
    ),
]
CHRS = [
    (
        "chrs",
        AP,
        "{{CHRS}} {{Le Relais}}, accueil de jour. {{9h}} : une vingtaine de personnes pour le petit-déj. Douches : {{4}}, liste d'attente sur un tableau blanc avec les prénoms (je ne les note pas). Le travailleur social me dit que les plus jeunes ont {{18 ans}}.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission : [[PERSONNE:Anthony]], {{19 ans}}, sorti de l'{{ASE}} le jour de ses {{18 ans}}, a dormi dans sa voiture (une {{206}} grise, [[IMMATRICULATION:CQ-116-HS]]) pendant {{3 mois}}. Il bosse en intérim chez {{Manpower}} (nuit, entrepôt {{Lidl}}). L'éducatrice [[PERSONNE:Fanny Roche]] lui propose une place en {{FJT}}... liste d'attente.",
    ),
    (
        "chrs",
        AP,
        "Une femme avec {{2}} enfants, orientée par le {{SIAO}}, dossier SIAO [[IDENTIFIANT:SI-35-2024-07731]]. Elle s'appelle Mme [[PERSONNE:Traoré]], fuit des violences. Chambre {{14}} au {{CHRS}}. Les enfants ({{5}} et {{8 ans}}) jouent avec des {{Kapla}}. Calme apparent.",
    ),
    (
        "chrs",
        AP,
        "J'aide à servir le repas. Un jeune me demande si je suis \"nouvelle éduc\". Je dis non. Il me parle de son {{BTS}} qu'il a lâché, de {{Booba}}, de son chien {{Nala}} qui dort dehors parce que pas autorisé. Pas de nom donné.",
    ),
    (
        "chrs",
        AP,
        'Réunion de résidents. Sujet : le wifi qui ne marche pas au {{2e étage}}. Les jeunes sont les plus remontés ("on peut pas chercher du taf sans wifi"). Le directeur, M. [[PERSONNE:Hervé Garnier]], promet un répéteur {{Orange}}.',
    ),
    (
        "chrs",
        AP,
        "Résident, [[PERSONNE:Kevin \"Kéké\" Lambert]], {{23 ans}}, me montre son CV fait à l'atelier. Dessus : son mail [[EMAIL:keke.lambert35@gmail.com]], son tel [[TELEPHONE:07 69 03 44 18]], et son adresse = celle du {{CHRS}}. Il a fait un {{CAP peintre}}. Cherche chez {{Point.P}} ou n'importe où.",
    ),
    (
        "chrs",
        AP,
        "Permanence santé : l'infirmière de l'{{EMPP}} (équipe mobile psy) passe le mardi. {{3}} personnes vues. Un monsieur refuse de lui parler, elle n'insiste pas.",
    ),
    (
        "chrs",
        AP,
        'Accueil d\'une jeune femme, {{20 ans}}, enceinte, mise à la porte par ses parents. Elle donne son nom [[PERSONNE:Clara Nguyen]] et le tél de sa tante [[TELEPHONE:06 93 25 70 41]] qui "peut peut-être aider". Orientation vers un {{centre maternel}}. Elle est en {{terminale}} au {{lycée Jean Macé}} et veut passer son bac.',
    ),
    (
        "chrs",
        AP,
        "Le chef de service m'explique : durée moyenne de séjour {{14 mois}}, {{42 places}}, taux d'occupation {{100 %}} toute l'année. {{1}} place = {{8}} demandes au {{SIAO}}.",
    ),
    (
        "chrs",
        AP,
        "Un résident, M. [[PERSONNE:Dimitri Popescu]], apporte son titre de séjour pour la demande de logement. N° étranger AGDREF [[IDENTIFIANT:7503112846]]. L'éducateur photocopie. Il a un compte roumain, l'éduc hésite : IBAN [[IBAN:RO56 BTRL 0130 1205 1234 5601]], il faudrait un compte français pour les {{APL}}.",
    ),
    (
        "chrs",
        AP,
        'Goûter. Deux jeunes parlent de leur conseillère {{Mission locale}} : "[[PERSONNE:Sandra]] elle est trop cool, elle m\'a trouvé un stage chez {{Carglass}}". L\'autre : "moi ma CIP elle me répond jamais".',
    ),
    (
        "chrs",
        AP,
        "Bureau des éducs : tableau des rdv de la semaine, {{CAF}}, {{CPAM}}, {{France Travail}}, {{préfecture}}. {{11}} rdv pour {{42}} résidents. Je note juste que la préfecture c'est {{6 mois}} d'attente.",
    ),
    (
        "chrs",
        AP,
        "Admission d'un homme de {{55 ans}}, M. [[PERSONNE:Patrick Leroux]], né le [[DATE_NAISSANCE:1er mai 1969]], après {{10 ans}} à la rue. Il a tout dans un sac {{Carrefour}}. Il demande si son chien peut venir : non. Il hésite longtemps. Finalement il reste, le chien ({{Tyson}}) va chez un copain.",
    ),
    (
        "chrs",
        AP,
        'Jeune couple ({{21}} et {{22 ans}}) accueilli au {{CHRS}} famille. Lui : [[PERSONNE:Jordan]], apprenti carreleur. Elle : [[PERSONNE:Laura]], en {{CEJ}}. Ils se sont rencontrés au {{FJT}}. Quand je demande comment ils voient la suite : "un appart, un chat, c\'est tout".',
    ),
]
CHRS_TEL = [
    (
        "chrs",
        AT,
        "{{115}} d'{{Ille-et-Vilaine}}, soirée. {{1er appel}} {{18h02}} : jeune homme, {{18 ans}}, vient d'arriver à {{Rennes}} en train depuis {{Laval}}, dort nulle part. Prénom [[PERSONNE:Samy]]. L'écoutante ([[PERSONNE:Justine]]) trouve une place à l'{{abri de nuit}} {{Puzzle}}. Il demande \"c'est où ?\" → près de la {{gare}}.",
    ),
    (
        "chrs",
        AT,
        "Le {{115}} sature : {{143 appels}} en attente à {{19h}}. Seulement {{3}} écoutants. Beaucoup raccrochent avant. Pas de place ce soir pour les hommes seuls, sauf {{2}} lits {{Grand Froid}}.",
    ),
    (
        "chrs",
        AT,
        'Appel d\'une mère avec {{3}} enfants à la rue, Mme [[PERSONNE:Sow]] (elle épelle : "[[PERSONNE:S-O-W]]"). Hôtel trouvé : {{hôtel Première Classe}}, {{chambre 23}}, {{Cesson-Sévigné}}. Tel de la dame [[TELEPHONE:07 53 88 20 61]].',
    ),
    (
        "chrs",
        AT,
        "Un ado ({{16 ans}}) appelle le {{115}} en chuchotant, viré de chez lui. Mineur → l'écoutante appelle le {{119}} et la permanence {{ASE}}. Elle le garde au tel le temps que la police arrive. Il donne seulement son prénom, [[PERSONNE:Kenzo]], et l'adresse où il est : [[ADRESSE:12 rue Papu, 35000 Rennes]] (c'est chez un pote).",
    ),
    (
        "chrs",
        AT,
        'L\'écoutante tape dans le logiciel {{SI-SIAO}} : nom, prénom, date de naissance. "[[PERSONNE:Dubois Jérémy]], [[DATE_NAISSANCE:03 03 01]]". Il est déjà connu, numéro SIAO [[IDENTIFIANT:SIAO35-118274]]. Dernier hébergement il y a {{2 semaines}}.',
    ),
    (
        "chrs",
        AT,
        'Appel de maraude ({{Samu social}}) : ils ont trouvé un homme dans un parking souterrain, rue de {{Brest}}. Veut pas bouger. L\'écoutante note "refus", propose un passage demain. Nom non communiqué.',
    ),
    (
        "chrs",
        AT,
        "Une étudiante appelle : sa coloc l'a mise dehors, elle dort dans la voiture de sa sœur. \"[[PERSONNE:Manon]]\", {{21 ans}}, {{L3 psycho}}. Plaque de la voiture donnée pour que la maraude la trouve : [[IMMATRICULATION:EL-390-WD]], garée parking {{Villejean-Université}}. L'écoutante propose le {{CROUS}} pour demain.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un habitué, [[PERSONNE:Jo]], qui appelle tous les soirs \"pour parler\". L'écoutante lui accorde {{5 min}}. Il parle du match du {{Stade Rennais}}. Elle me dit que c'est aussi son rôle.",
    ),
    (
        "chrs",
        AT,
        "{{21h}}. Plus aucune place. Les écoutants disent \"je note votre demande\" et c'est tout. {{37}} demandes non pourvues ce soir. Une écoutante pleure en pause, elle a {{24 ans}}, c'est son 1er poste après son {{DEES}}.",
    ),
    (
        "chrs",
        AT,
        "Un jeune appelle depuis le tel d'un passant. Donne ce numéro pour être rappelé : [[TELEPHONE:zéro six, trente-trois, dix-huit, quarante-neuf, zéro deux]]. Prénom [[PERSONNE:Wassim]], {{19 ans}}, sorti de prison ce matin (maison d'arrêt de {{Vezin}}). Le {{SPIP}} lui avait dit d'appeler le {{115}}.",
    ),
    (
        "chrs",
        AT,
        "Famille de demandeurs d'asile, {{4}} personnes. Récépissé de demande d'asile n° [[IDENTIFIANT:3512-7748-19]]. L'écoutante les oriente vers {{Coallia}} ({{HUDA}}). Parle en anglais avec le père, M. [[PERSONNE:Abdullahi]].",
    ),
    (
        "chrs",
        AT,
        "Appel d'une assistante sociale de l'hôpital {{Guillaume Régnier}} : sortie d'hospitalisation psy demain pour [[PERSONNE:Thomas Bellec]], {{26 ans}}, sans domicile. Elle demande une place {{LHSS}}. Dossier SIAO déjà ouvert. Mail de l'AS pour la suite : [[EMAIL:m.kerneis@ch-gr.fr]].",
    ),
    (
        "chrs",
        AT,
        "Entre {{22h}} et {{23h}} : appels plus rares, plus longs. Une femme âgée qui a peur dans sa maison (pas SDF). L'écoutant la rassure et l'oriente vers le {{3977}}. {{15 min}}.",
    ),
    (
        "chrs",
        AT,
        "Appel : \"allô le 115 ? c'est [[PERSONNE:Mégane]], ma pote [[PERSONNE:Inaya]] elle dort à la gare depuis hier\". L'écoutante demande à parler à [[PERSONNE:Inaya]] directement. [[PERSONNE:Inaya]] a {{18 ans}}, vient de {{Saint-Malo}}. Place trouvée au {{CHRS}} {{Brocéliande}} (quartier femmes).",
    ),
    (
        "chrs",
        AT,
        "L'écoutante me montre le logiciel : chaque appel = une fiche. Fiche du jour : {{212}}. Durée moy {{4 min}}. Elle dit que l'outil plante {{1 fois}} par soir en moyenne.",
    ),
    (
        "chrs",
        AT,
        "Appel du commissariat : homme alcoolisé, {{50 ans}}, ne peut pas rester en cellule de dégrisement. Nom : [[PERSONNE:Alain Corbel]]. Il a une voiture immatriculée [[IMMATRICULATION:4127 TX 35]] (vieille plaque) qui est sa seule \"maison\". L'écoutante propose l'{{accueil de nuit}} {{Saint-Benoît Labre}}.",
    ),
]
CHRS_CTRL = [
    (
        "chrs",
        CSP,
        "Tour des chambres avec l'éducateur [[PERSONNE:Romain]] (vérif sécurité mensuelle). {{Chambre 3}} : rien. {{Chambre 7}} : une plaque électrique interdite. Le résident, [[PERSONNE:Sofiane]], {{20 ans}}, dit qu'il fait juste des pâtes. [[PERSONNE:Romain]] la confisque \"jusqu'à vendredi\".",
    ),
    (
        "chrs",
        CSP,
        "Visite des appartements diffus du {{CHRS}} en ville. Appart de Mme [[PERSONNE:Nadège Poirier]] au [[ADRESSE:22 rue de Châteaugiron, 35000 Rennes]] : propre, enfants à l'école. Elle montre le courrier de {{Néotoa}} : proposition de logement ! Tout le monde est content.",
    ),
    (
        "chrs",
        CSP,
        "Ronde de nuit ({{22h30}}) avec le veilleur. Couloir calme. Une porte ouverte : {{2}} jeunes jouent à {{FIFA}} sur une {{Switch}}. Le veilleur ([[PERSONNE:Didier]]) leur dit de baisser le son. Aucun incident.",
    ),
    (
        "chrs",
        CSP,
        "Chambre {{12}} du {{CHRS}} {{Les Amarres}} : jeune homme, [[PERSONNE:Yacine Brahimi]], {{22 ans}}, en {{CEJ}}. Sur le mur, son planning {{Mission locale}} et une photo de sa petite sœur. Il nous montre sa fiche de paie de {{McDonald's}} (contrat {{24h}}). Éduc lui dit qu'il peut commencer à épargner.",
    ),
    (
        "chrs",
        CSP,
        "Visite du studio d'un résident en ALT ({{allocation logement temporaire}}), M. [[PERSONNE:Marcel Hénaff]], [[ADRESSE:4 allée Kerguelen, 35136 Saint-Jacques-de-la-Lande]]. Il a {{71 ans}}. Frigo vide. L'éducatrice appelle l'{{ADMR}} pour un portage de repas. Il ne voulait pas \"déranger\".",
    ),
    (
        "chrs",
        CSP,
        "État des lieux de sortie d'une chambre. {{Chambre 5}}, résident parti sans prévenir ([[PERSONNE:Steve]], {{30 ans}}). Restent : un sac de sport {{Nike}}, un chargeur, des cours de {{code de la route}}. L'éduc garde le sac {{1 mois}}.",
    ),
    (
        "chrs",
        CSP,
        "Passage dans la chambre de [[PERSONNE:Lilou]], {{18 ans}}, sortie d'{{ASE}}. Elle a accroché des photos de ses copines du foyer. Elle bosse chez {{Action}} en mi-temps. Son insta c'est [[IDENTIFIANT:@lilou.pcq]] (elle le dit fièrement, elle fait des vidéos de maquillage). L'éducatrice lui rappelle le rdv {{CAF}} de jeudi.",
    ),
    (
        "chrs",
        CSP,
        "Contrôle des extincteurs et des détecteurs de fumée dans les {{16}} chambres avec l'agent de maintenance. {{2}} détecteurs sans pile. Rien d'autre à noter.",
    ),
    (
        "chrs",
        CSP,
        "Visite appartement relais, famille [[PERSONNE:Mensah]], au [[ADRESSE:7 square du Morbihan, Rennes]]. La fille aînée, [[PERSONNE:Grâce]], {{17 ans}}, prépare son {{BEP}}. Le père montre fièrement son nouveau contrat CDI chez {{Veolia}}. L'éducatrice regarde les factures : une facture {{Engie}} n° [[IDENTIFIANT:F-884120937]] impayée.",
    ),
    (
        "chrs",
        CSP,
        'Tour de chambres en binôme avec la cheffe de service, Mme [[PERSONNE:Karine Lesage]]. On remarque qu\'un résident stocke {{15}} paquets de pâtes sous son lit. Elle sourit : "la peur de manquer". Pas de remarque au résident.',
    ),
]
FT = [
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} {{Rennes Sud}}. {{8h30}}, ouverture, {{12}} personnes déjà dehors. Accueil par [[PERSONNE:Valérie]] qui fait le tri : rdv / sans rdv / borne. Un jeune avec écouteurs ne l'entend pas, elle lui tape sur l'épaule.",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'un jeune de {{18 ans}}, [[PERSONNE:Nolan Besnard]], sorti du {{lycée Chateaubriand}} sans diplôme (a raté le {{bac pro}}). Identifiant attribué : [[ID_FRANCE_TRAVAIL:4127803K]]. Mail : [[EMAIL:nolan.bsnrd@gmail.com]]. La conseillère l'oriente vers le {{CEJ}} et l'{{EPIDE}}. Il veut \"faire militaire\".",
    ),
    (
        "france_travail",
        AP,
        'Atelier CV collectif. {{7}} participants dont {{4}} jeunes. Le CV modèle affiché au tableau est au nom de "[[PERSONNE:Julie Martin]]". Une jeune demande si elle peut mettre son TikTok dans le CV. Réponse de la conseillère : "seulement si c\'est pro".',
    ),
    (
        "france_travail",
        AP,
        'M. [[PERSONNE:Christophe Allain]], {{52 ans}}, licencié de {{Doux}} il y a longtemps, vient pour une formation {{CACES}}. La conseillère ([[PERSONNE:Isabelle]]) voit que le financement {{AIF}} est possible. Identifiant FT [[ID_FRANCE_TRAVAIL:3380196 B]]. Il est content mais demande "à mon âge ça sert encore ?".',
    ),
    (
        "france_travail",
        AP,
        'Salle d\'attente : écran qui tourne avec des offres ("{{Recrute : préparateur de commandes}} {{Amazon}}"). Un jeune en survêt lit à voix haute à son pote : "{{13,50 €}} de l\'heure frérot". Pote : "ouais mais c\'est de nuit".',
    ),
    (
        "france_travail",
        AP,
        "Rdv {{CEJ}} : [[PERSONNE:Aya]], {{20 ans}}, {{6e mois}} de contrat. Elle fait un stage chez {{Sephora}} ({{centre Alma}}). Sa conseillère référente Mme [[PERSONNE:Dorval]]... pardon, [[PERSONNE:Julie]] (elle veut qu'on l'appelle [[PERSONNE:Julie]]) la félicite. Allocation CEJ versée le 5 : {{528 €}}. Tel [[TELEPHONE:06 50 19 82 74]].",
    ),
    (
        "france_travail",
        AP,
        "Un monsieur arrive en criant que son allocation a été suspendue. Il n'a pas répondu à la convocation. Il dit qu'il n'a jamais reçu le courrier. L'agente vérifie : convocation envoyée par mail seulement. Elle débloque. Il se calme en {{3 min}}. Sur l'écran : M. [[PERSONNE:Karim Benyahia]], identifiant [[ID_FRANCE_TRAVAIL:4418260N]].",
    ),
    (
        "france_travail",
        AP,
        "Jeune apprentie en {{BTS NDRC}} dont le contrat vient d'être rompu par l'employeur ({{Orange}} boutique). Elle s'inscrit pour ne pas perdre son statut. [[PERSONNE:Emma Le Gall]], née le [[DATE_NAISSANCE:28/11/2003]]. Le {{CFA}} ({{IFC}}) lui laisse {{6 mois}} pour trouver un autre employeur.",
    ),
    (
        "france_travail",
        AP,
        "Conseillère me dit : \"les {{16-18 ans}} c'est l'{{obligation de formation}}, on les envoie à la {{Mission locale}}\". Partenariat renforcé depuis {{France Travail}} (loi plein emploi). Je n'ai vu aucun jeune de moins de {{18 ans}} ce matin.",
    ),
    (
        "france_travail",
        AP,
        'Entretien avec un jeune, [[PERSONNE:Bryan]], {{22 ans}}, qui a quitté son job de serveur au {{Café des Lices}} (patron M. [[PERSONNE:Jaouen]] "qui criait tout le temps"). Démission → pas d\'{{ARE}}. Il le découvre. Long silence. La conseillère parle de la démission légitime, de la reconversion. Il repart avec un rdv.',
    ),
    (
        "france_travail",
        AP,
        "Borne en libre service : un papi demande de l'aide pour imprimer une attestation. Un jeune ({{service civique}} {{France Services}}) l'aide en {{2 min}}. Beau moment intergénérationnel.",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'une réfugiée syrienne, Mme [[PERSONNE:Rania Al-Hassan]], carte de résident n° [[IDENTIFIANT:9900147263]]. Elle était pharmacienne à {{Alep}}. La conseillère l'oriente vers un {{DU}} de reconnaissance de diplôme. Elle a un identifiant [[ID_FRANCE_TRAVAIL:5512938T]].",
    ),
    (
        "france_travail",
        AP,
        "Entretien {{CEJ}} (avec l'accord du jeune). [[PERSONNE:Kaïs]], {{19 ans}}, veut devenir youtubeur. Conseiller ne rigole pas, lui propose un atelier {{audiovisuel}} à la {{Maison des jeunes}} + stage court chez {{TVR}}. [[PERSONNE:Kaïs]] donne sa chaîne : [[IDENTIFIANT:@kaisoff_tv]]. {{1 200 abonnés}}.",
    ),
    (
        "france_travail",
        AP,
        "{{11h15}}, l'accueil est plein. {{2}} conseillers en arrêt maladie. La responsable d'équipe vient renforcer l'accueil elle-même. Temps d'attente : {{40 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Un jeune de {{24 ans}}, [[PERSONNE:Quentin Rolland]], ancien {{étudiant en master}}, a lâché à la fin du M1. Inscrit depuis {{8 mois}}. ID [[ID_FRANCE_TRAVAIL:6029471 L]]. Il bosse en extra chez {{Le Petit Bouchon}} le week-end et déclare ses heures. Conseillère propose la {{POEI}} chez {{Capgemini}}.",
    ),
    (
        "france_travail",
        AP,
        "Job dating {{restauration}} dans la salle du fond : {{6}} employeurs, {{40}} candidats. Un chef du {{Novotel}} embauche {{2}} commis sur place. Une jeune dit qu'elle est venue grâce à une story Insta de l'agence.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Nicole Bertrand]] demande pourquoi son allocation a baissé. La conseillère ([[PERSONNE:Agathe]]) explique : dégressivité. Mme [[PERSONNE:Bertrand]] dit \"on ne m'a jamais prévenue\". Elle a {{57 ans}}. Son fils [[PERSONNE:Florian]] l'accompagne, il tape tout sur son tel.",
    ),
    (
        "france_travail",
        AP,
        'Atelier "réseaux sociaux et recherche d\'emploi" pour les {{CEJ}}. La conseillère montre {{LinkedIn}}. Les jeunes sont plus sur {{Snapchat}}. Un jeune : "LinkedIn c\'est pour les vieux". Rires. {{9}} présents sur {{12}} inscrits. [[PERSONNE:Naël]] donne son snap à la conseillère en rigolant : [[IDENTIFIANT:@nael.off]].',
    ),
]
FT_2 = [
    (
        "france_travail",
        AP,
        "Jeune femme, {{25 ans}}, ancienne {{AESH}}, veut devenir {{auxiliaire de puériculture}}. La conseillère regarde les écoles : {{IFAP}} de {{Rennes}}, concours en mars. Elle donne son mail pour la fiche métier : [[EMAIL:cindy.p.aesh@yahoo.fr]]. Prénom [[PERSONNE:Cindy]].",
    ),
    (
        "france_travail",
        AP,
        'Je remarque l\'affiche "{{1 jeune 1 solution}}" partout. Aucun jeune ne la regarde. Les conseillers disent que les jeunes arrivent surtout par le bouche-à-oreille ou envoyés par les parents.',
    ),
    (
        "france_travail",
        AP,
        "Le père d'un jeune vient à sa place : \"mon fils [[PERSONNE:Jérémy]] il dort jusqu'à midi, faut lui trouver un truc\". La conseillère explique qu'elle ne peut rien faire sans le jeune. Le père donne quand même le tel du fils : [[TELEPHONE:07 72 41 05 63]] et son identifiant [[ID_FRANCE_TRAVAIL:4903318M]]. Elle l'appellera.",
    ),
    (
        "france_travail",
        AP,
        "Conseillère entreprise ([[PERSONNE:Morgane Tual]]) m'explique les {{MRS}} (méthode de recrutement par simulation). Exemple : {{Transdev}} recrute des conducteurs de bus, pas besoin d'expérience. {{15}} jeunes passés en MRS ce mois-ci.",
    ),
    (
        "france_travail",
        AP,
        "Un homme sourd vient avec un interprète LSF. La conseillère ne sait pas à qui regarder. Finalement ça se passe bien. Demande d'aide pour un contrat chez {{Ikea}}. Pas de nom donné devant moi.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Théo]], {{18 ans}}, vient avec sa mère pour signer un contrat d'apprentissage en {{CAP boulanger}} chez \"{{Boulangerie Hamon}}\" à {{Betton}}. Le patron, M. [[PERSONNE:Hamon]], a déjà envoyé la promesse d'embauche. Aide à l'embauche {{6 000 €}} pour l'employeur. [[PERSONNE:Théo]] : \"et moi j'ai quoi ?\". Rires.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Gilles Perrin]], en situation de handicap, {{RQTH}}, identifiant [[ID_FRANCE_TRAVAIL:2760341H]]. Orientation {{Cap emploi}}. L'agente appelle Cap emploi directement, {{poste 21}}. Rdv dans {{15 jours}}.",
    ),
    (
        "france_travail",
        AP,
        "Mlle [[PERSONNE:Anaïs Robin]], {{23 ans}}, {{licence pro}}, cherche un poste en communication. Conseillère lui propose un {{PMSMP}} chez {{Ouest-France}}. Elle demande si elle peut garder son job chez {{Starbucks}} en même temps. Oui.",
    ),
    (
        "france_travail",
        AP,
        "{{14h}} : une dame veut changer son RIB pour l'{{ARE}}. Nouvelle banque en ligne. IBAN donné : [[IBAN:FR76 1660 6100 2113 4520 8710 097]]. Conseiller : \"on ne peut plus le faire ici, c'est sur l'espace personnel\". Elle : \"j'ai pas de mot de passe\". On y passe {{20 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Réunion d'info collective sur le {{CEJ}} : {{14}} jeunes. L'animatrice [[PERSONNE:Priscilla]] projette des slides. {{3}} jeunes dorment, {{2}} écoutent vraiment. Un jeune demande \"les {{528 balles}} c'est direct ?\". Réponse : non, après signature.",
    ),
    (
        "france_travail",
        AP,
        "Entretien de suivi. M. [[PERSONNE:Steven Hardy]], {{28 ans}}, sorti de prison il y a {{2 mois}}. Bracelet électronique visible. Il cherche dans le {{BTP}}. La conseillère appelle un chantier d'insertion ({{Emmaüs}}). Sa voiture est en fourrière, plaque [[IMMATRICULATION:ER-215-LN]]. Un problème à la fois.",
    ),
    (
        "france_travail",
        AP,
        "Étudiant en {{BUT GEA}} qui cherche un job d'été. La conseillère lui montre l'appli {{France Travail}} et le site {{Jobirl}}. Il s'inscrit en {{10 min}}. Il dit que son grand frère [[PERSONNE:Ryan]] a trouvé comme ça chez {{Super U}}.",
    ),
    (
        "france_travail",
        AP,
        "Accueil d'un monsieur portugais, {{45 ans}}, qui vient d'arriver. Pas encore de compte français. Il donne son IBAN portugais pour l'allocation : [[IBAN:PT70 0033 0000 4531 2938 4716 2]]. Nom : [[PERSONNE:Nuno Carvalho]]. La conseillère accepte (zone SEPA).",
    ),
    (
        "france_travail",
        AP,
        "Jeune en {{CEJ}}, {{21 ans}}, me montre son {{Pass CEJ}} sur l'appli. Il dit que sa conseillère c'est \"la meilleure\". Il a eu son {{permis B}} grâce à l'aide (\"{{500 €}} c'est pas rien\"). Il s'appelle [[PERSONNE:Ilan]], sa conseillère c'est Mme [[PERSONNE:Provost]].",
    ),
    (
        "france_travail",
        AP,
        "Demande d'aide à la mobilité pour un entretien à {{Paris}} : billet {{TGV}}. Mme [[PERSONNE:Mélanie Roux]], ID [[ID_FRANCE_TRAVAIL:7748205 F]]. Entretien chez {{BNP Paribas}}. Remboursement sur justificatif. Elle donne son tel [[TELEPHONE:06 14 59 37 80]] pour la confirmation.",
    ),
    (
        "france_travail",
        AP,
        'Fin de matinée, la conseillère me dit : "on a {{250}} demandeurs par portefeuille, je vois chacun {{2 fois}} par an". Pour le {{CEJ}} c\'est {{30}}. La différence se voit.',
    ),
]
FT_TEL = [
    (
        "france_travail",
        AT,
        "Plateforme {{3949}}. Appel 1 : une dame veut savoir pourquoi son paiement n'est pas arrivé le {{1er}}. Conseiller : actualisation faite en retard. Paiement le {{5}}. Elle raccroche sans dire au revoir. Son identifiant était [[ID_FRANCE_TRAVAIL:3057712 D]].",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant vers un jeune inscrit qui n'a pas répondu à {{2}} convocations : [[PERSONNE:Ibrahim Coulibaly]], tel [[TELEPHONE:06 79 52 13 40]], identifiant [[ID_FRANCE_TRAVAIL:2291764 R]]. Il décroche : \"jsuis en Espagne chez mon oncle\". Le conseiller explique qu'il doit déclarer son absence. Radiation évitée de justesse.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une {{Mission locale}} partenaire (la conseillère [[PERSONNE:Élodie Morvan]]) pour coordonner le suivi d'un jeune en {{CEJ}}, [[PERSONNE:Louka]], {{19 ans}}. Elles se partagent le dossier. Elle donne son mail pro : [[EMAIL:e.morvan@mlrennes.fr]].",
    ),
    (
        "france_travail",
        AT,
        '{{12}} appels en {{1h}}. Thèmes : actualisation ({{5}}), attestation employeur manquante ({{3}}), mot de passe oublié ({{3}}), formation ({{1}}). Le conseiller dit que c\'est une heure "calme".',
    ),
    (
        "france_travail",
        AT,
        'Un employeur appelle : {{Garage Ferreira Automobiles}} à {{Vitré}} cherche un apprenti mécanicien. Le patron, M. [[PERSONNE:Ferreira]], veut "un jeune motivé qui a pas peur de se salir". Le conseiller enregistre l\'offre n° {{185PQRW}}. Tel du garage donné aussi.',
    ),
    (
        "france_travail",
        AT,
        "Jeune femme appelle en pleurs : son contrat d'apprentissage chez un coiffeur s'est arrêté, elle a {{17 ans}}. Le conseiller explique qu'à {{17 ans}} c'est la {{Mission locale}} qui suit. Donne le numéro de la ML. Elle ne donne pas son nom.",
    ),
    (
        "france_travail",
        AT,
        "Appel : \"bonjour c'est pour mon actualisation, mon identifiant c'est [[ID_FRANCE_TRAVAIL:5 8 1 0 3 2 7 Z]]\". Conseiller relit. M. [[PERSONNE:Dominique Pasquier]]. Problème : il a travaillé {{35h}} chez {{Randstad}} et ne sait pas où les mettre. Conseiller le guide.",
    ),
    (
        "france_travail",
        AT,
        'Une mère appelle pour sa fille étudiante, [[PERSONNE:Sarah]], qui veut un job étudiant. Le conseiller explique que la fille peut s\'inscrire elle-même sur le site, pas besoin de passer par la mère. La mère : "elle est timide".',
    ),
    (
        "france_travail",
        AT,
        "Appel d'un organisme de formation ({{AFPA}}) pour confirmer l'entrée en formation d'un stagiaire, [[PERSONNE:Maxime Lebon]], né le [[DATE_NAISSANCE:14 avril 2001]], identifiant [[ID_FRANCE_TRAVAIL:6613049P]]. Formation {{TP Agent de restauration}}, début lundi.",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller a un casque qui grésille depuis {{3 semaines}}, ticket ouvert au support. Il dit que ça fait partie du métier. Appels courts, pas d'infos perso ce créneau.",
    ),
    (
        "france_travail",
        AT,
        "Un jeune appelle pour contester une radiation. Il était en stage chez {{Norauto}} et n'a pas pu aller à l'atelier. Nom : [[PERSONNE:Dylan Hervé]]. Mail : [[EMAIL:dylanherve.pro@gmail.com]] (\"j'ai fait une adresse pro comme vous m'avez dit\"). Conseiller annule la radiation.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une conseillère {{ASE}} du département : un jeune de {{18 ans}} qui sort du dispositif a besoin d'être inscrit vite pour l'{{AIS}}. Jeune : [[PERSONNE:Moussa Diakité]], né le [[DATE_NAISSANCE:05.01.2007]], tel [[TELEPHONE:07 45 63 29 18]]. Rdv fixé pour lundi {{9h}}.",
    ),
    (
        "france_travail",
        AT,
        "Échange avec le conseiller entre deux appels : il dit que le plus dur c'est les gens âgés ({{58-62 ans}}) en fin de droits, \"on n'a rien pour eux\". Les jeunes au moins il y a le {{CEJ}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un intérimaire qui doit changer son RIB, compte {{Revolut}} (IBAN lituanien LT...) → refusé ? Le conseiller dit que si c'est SEPA c'est ok. Finalement il donne un compte {{Crédit Agricole}} : [[IBAN:FR76 1820 6001 0060 4812 3770 559]]. Nom [[PERSONNE:Alexis Marchal]].",
    ),
    (
        "france_travail",
        AT,
        "Appel : \"allo c'est [[PERSONNE:Lou]], j'ai rdv avec Mme [[PERSONNE:Brient]] demain mais j'ai un entretien chez {{Kiabi}}\". Le conseiller déplace le rdv. \"Bonne chance pour l'entretien !\"",
    ),
    (
        "france_travail",
        AT,
        "Le temps d'attente au {{3949}} affiché sur le tableau : {{8 min}}. Objectif {{5 min}}. La superviseure vient dire à tout le monde d'enchaîner. Ambiance tendue.",
    ),
    (
        "france_travail",
        AT,
        "Demandeur d'emploi, M. [[PERSONNE:Laurent Chevalier]], appelle : sa carte de transport a expiré, il veut savoir s'il a droit à la gratuité {{STAR}}. Conseiller oriente vers la {{Maison de la mobilité}}. Tel de rappel : [[TELEPHONE:02 23 45 81 96]].",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une lycéenne ({{terminale}} {{STMG}}) qui veut un contrat d'apprentissage pour septembre en {{BTS}}. Le conseiller lui parle de {{Parcoursup}} (section apprentissage) et de la {{Bourse de l'alternance}}. Elle demande s'il faut un CV \"avec photo\". Oui si possible. Son mail : [[EMAIL:ambre.stmg2007@gmail.com]].",
    ),
    (
        "france_travail",
        AT,
        'Appel d\'une dame, voix âgée, qui croit encore appeler "{{Pôle emploi}}". Elle cherche pour son petit-fils [[PERSONNE:Killian]] ({{20 ans}}). Conseiller: "il faut qu\'il appelle lui-même madame". Elle: "il a pas de crédit".',
    ),
    (
        "france_travail",
        AT,
        "Conseiller rappelle un jeune au [[TELEPHONE:0699410275]] pour une offre d'apprentissage chez {{Enedis}}. Le jeune : \"ah ouais grave chaud\". [[PERSONNE:Enzo]], {{18 ans}}. Rdv pour l'entretien jeudi à {{14h}} à {{Cesson}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un employeur qui se plaint d'un jeune en {{PMSMP}} qui ne vient pas. L'employeur : {{Carrefour Market}} {{Bruz}}. Le jeune : [[PERSONNE:Yanis Boucher]]. Conseiller promet de l'appeler. Il n'arrive pas à le joindre, laisse un SMS.",
    ),
    (
        "france_travail",
        AT,
        'Pause café du plateau : les conseillers parlent d\'un collègue, [[PERSONNE:Fabrice]], parti en reconversion... comme boulanger. Tout le monde rit. "Il a fait une formation via nous !"',
    ),
]
ALL_NOTES = (
    CAF
    + CAF_TEL
    + CAF_CTRL
    + CPAM
    + CPAM_TEL
    + CPAM_CTRL
    + CCAS
    + CCAS_TEL
    + CCAS_CTRL
    + URG
    + URG_TEL
    + CHRS
    + CHRS_TEL
    + CHRS_CTRL
    + FT
    + FT_2
    + FT_TEL
)


if __name__ == "__main__":
    main()
