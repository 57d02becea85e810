"""Author the independent16 evaluation notes (stdlib only) and write dev.jsonl / holdout.jsonl.

Every note below was typed by hand, one situation per note, as a ``(site_kind, channel, text)``
tuple. Inline marks: ``[[CODE:value]]`` is a span to mask, ``{{value}}`` a string to keep.
Running this script strips the marks, computes the offsets (Python str indices, end exclusive),
builds each note's ``keep`` list, numbers the notes ``ind16-001``... in authoring order, splits
them (seeded, stratified by site kind x channel, exactly half / half) and writes both files.
Deterministic: two runs give byte-identical files.

Corpus n° 16: observers in six regions at once (Lille and the mining basin, Marseille, Lyon and
Villeurbanne, Toulouse, Strasbourg and Mulhouse, overseas: Réunion, Guadeloupe, Mayotte, Guyane).
"""

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 16_2024
PREFIX = "ind16"

CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
MARK_RE = re.compile(r"\[\[(" + "|".join(CODES) + r"):(.+?)\]\]|\{\{(.+?)\}\}")

AP = "accueil_physique"
AT = "accueil_telephonique"
CS = "controle_sur_place"


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            value = m.group(2)
            if value != value.strip():
                raise ValueError(f"span with outer whitespace: {value!r}")
            entities.append(
                {"start": length, "end": length + len(value), "label": CODES[m.group(1)]}
            )
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in: {text[:60]!r}")
    for ent in entities:
        assert text[ent["start"] : ent["end"]].strip()
    return text, entities, keep


def build(notes):
    """Number, parse and split the notes; return (dev, holdout) lists of dicts."""
    records = []
    for i, (site_kind, channel, marked) in enumerate(notes, start=1):
        text, entities, keep = parse(marked)
        if not keep:
            raise ValueError(f"note {i} has no keep string")
        records.append(
            {
                "id": f"{PREFIX}-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    strata = defaultdict(list)
    for rec in records:
        strata[(rec["site_kind"], rec["channel"])].append(rec)
    rng = random.Random(SEED)
    dev, holdout = [], []
    for key in sorted(strata):
        group = list(strata[key])
        if len(group) % 2:
            raise ValueError(f"stratum {key} has an odd size ({len(group)})")
        rng.shuffle(group)
        for j, rec in enumerate(group):
            (dev if j % 2 == 0 else holdout).append(rec)
    labels = set(CODES.values())
    for name, half in (("dev", dev), ("holdout", holdout)):
        present = {e["label"] for rec in half for e in rec["entities"]}
        if present != labels:
            raise ValueError(f"{name} lacks labels {sorted(labels - present)}")
    dev.sort(key=lambda r: r["id"])
    holdout.sort(key=lambda r: r["id"])
    return dev, holdout


def write(path, records):
    lines = [json.dumps(rec, ensure_ascii=False) + "\n" for rec in records]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(lines))


# --------------------------------------------------------------------------------------------
# The notes, typed by hand, grouped by site kind (authoring order = numbering order).
# --------------------------------------------------------------------------------------------

CAF = [
    (
        "caf",
        AP,
        "{{9h02}}, agence {{Caf}} de {{Roubaix}}. File jusqu'au trottoir malgré la {{drache}}. 1ere dame reçue par [[P:Nadège]] (l'agente, {{22 ans}} de maison) : Mme [[P:Vandenbussche]], {{3 enfants}}, {{RSA}} suspendu depuis {{mars}} parce que la DTR a pas été renvoyée. Num alloc lu à l'écran : [[ALLOC:2034517]]. [[P:Nadège]] refait la déclaration avec elle sur la borne, {{12 min}}. Elle repart avec un récépissé et un grand sourire.",
    ),
    (
        "caf",
        AP,
        "Caf des {{Quartiers Nord}}, antenne {{Saint-Antoine}} ({{13015}}). Ticket {{B047}} à {{13h40}}, reçu à {{14h55}}. Le monsieur venait juste pour une attestation de paiement {{APL}} pour son bailleur, {{Logirem}}. La borne était en panne « depuis l'été » d'après le vigile. {{1h15}} d'attente pour une feuille A4. Personne ne râle, ils ont l'habitude : « ici, {{dégun}} s'étonne ».",
    ),
    (
        "caf",
        AP,
        "Agence {{Caf du Bas-Rhin}}, {{Strasbourg}} {{Hautepierre}}. Couple turc, le mari traduit pour sa femme. L'agent ([[P:Thierry]]) lit l'écran à voix haute : « Madame [[P:Yıldız Elif]], née le [[DN:14/09/1987]], allocataire [[ALLOC:1187342]] ». Pb : le {{complément familial}} a été calculé sans le salaire du mari (intérimaire chez un sous-traitant de {{Stellantis}} à {{Mulhouse}}), donc indu probable. [[P:Thierry]] le dit franchement, la dame se décompose. {{25 min}} d'entretien.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Toulouse}}, {{10h}} : un jeune de {{19 ans}} demande si il a droit à l'{{APL}} pour une coloc à {{Empalot}}. Réponse : oui mais faire la simulation sur {{caf.fr}} d'abord. {{3 min}} chrono 👍",
    ),
    (
        "caf",
        AP,
        "Accueil Caf de {{La Réunion}}, {{Saint-Denis}}. Un gramoun (~{{70 ans}}) est venu en car jaune depuis {{Sainte-Suzanne}} pour demander pourquoi il n'a pas eu la {{prime de Noël}} pour sa petite-fille qu'il élève. Il donne son numéro à l'oral, en créole, l'agente (Mme [[P:Grondin]]) le tape : « [[ALLOC:sept zéro un, quatre quatre neuf, deux]] ». Réponse : la {{marmaille}} n'est pas à sa charge sur le dossier, il faut faire une demande de {{tiers digne de confiance}}. Il repartira avec un formulaire et {{2 h}} de car.",
    ),
    (
        "caf",
        AP,
        "Copie écran agent (vite fait) :\nNOM : [[P:DUQUESNOY]]   PRENOM : [[P:KEVIN]]\nN° ALLOC : [[ALLOC:5512 903]]\nADRESSE : [[ADR:14 RUE EMILE ZOLA 62300 LENS]]\nSITUATION : {{RSA}} socle + {{APL}}\n-> vient déclarer que sa compagne s'installe chez lui. L'agent explique que ça va baisser le {{RSA}}. Il hésite, demande « et si je le dis pas ? ». Silence. {{Lens}}, {{11h20}}.",
    ),
    (
        "caf",
        AP,
        "{{Vaulx-en-Velin}}, point d'accueil Caf près du {{Mas du Taureau}}. Jeune maman avec bébé né prématuré à {{HFME}}, elle n'a jamais reçu la {{prime à la naissance}}. [[P:Samia]] (conseillère) retrouve le dossier : Mme [[P:Ben Hamouda]], la naissance n'a jamais été déclarée. Déclaration faite sur place, la {{PAJE}} suivra « sous {{15 jours}} ». On lui note un n° de rappel : [[TEL:07 81 44 20 93]]. Le bébé a dormi tout du long.",
    ),
    (
        "caf",
        AP,
        "{{Mamoudzou}}, accueil de la {{CSSM}} (ici c'est elle qui fait la Caf). Queue depuis {{5h}} du matin, gens assis sur des pagnes. Dame venue pour les {{allocations familiales}}, dossier bloqué car titre de séjour expiré. L'agent note le nouveau récépissé : [[ID:9760418273]]. Elle s'appelle [[P:Zaounia Anli]], {{4 enfants}} dont {{2}} nés à {{Kawéni}}. On lui dit de revenir avec la carte. Elle : « encore ? ».",
    ),
    (
        "caf",
        AP,
        "Caf de Guadeloupe, {{Les Abymes}}. Jeune femme, son fils a eu sa reconnaissance {{MDPH}}, elle vient pour l'{{AEEH}}. L'agent, Mme [[P:Lollia]], lui demande un mail pour le suivi : « [[MAIL:stephanie.marcelin971@hotmail.fr]] ». Et un tél : [[TEL:0690 41 27 83]]. L'enfant s'appelle [[P:Noah]], il joue avec le présentoir de dépliants. L'agente lui dit « sa ou fè ti moun ? » et il rigole.",
    ),
    (
        "caf",
        AP,
        "Agence {{Mulhouse}}. M. [[P:Fernand Ehrhart]], {{81 ans}}, parle alsacien avec l'agente (« Hopla, setz di ») pour un courrier d'indu de {{1 240 €}} sur son {{APL}} (« Nous vous informons que vous êtes redevable de la somme de {{1 240,00 €}}… »). Il a déjà remboursé par chèque mais la Caf veut un RIB pour le trop-perçu inverse (!). Il sort son carnet du {{Crédit Mutuel}} : [[IBAN:FR76 1027 8089 1200 0214 5670 121]]. L'agente recopie, on vérifie {{2}} fois. Grosse confusion mais il part content, il dit « merci Fraülein ».",
    ),
    (
        "caf",
        AP,
        "— Vous avez votre numéro allocataire ?\n— Non mais j'ai {{FranceConnect}} sur le tél\n— Ça marche pas ici. Nom, prénom ?\n— [[P:Cazeneuve]] [[P:Lucas]]\n— Date de naissance ?\n— [[DN:3 février 1998]]\n(agence {{Toulouse}} {{Rangueil}}, {{14h30}}, l'agente [[P:Coralie]] retrouve le dossier en {{30 s}}, il vient pour la {{prime d'activité}} qui a sauté)",
    ),
    (
        "caf",
        AP,
        "Ce qui me frappe à {{Wazemmes}} : personne ne vient pour « une allocation », tout le monde vient pour un papier. Attestation, relevé, justificatif. {{20 minutes}} de queue pour un PDF qu'on pourrait télécharger, sauf que sans imprimante ni data illimitée, le PDF n'existe pas. L'agent de la {{Caf}} le sait, il imprime sans discuter.",
    ),
    (
        "caf",
        AP,
        "{{Saint-Laurent-du-Maroni}}, permanence Caf. Mme [[P:Adjako]] ne parle que le nenge tongo, c'est [[P:Ruth]], médiatrice, qui traduit. Elle vit sur l'autre rive une partie de l'année ({{Albina}}), donc question de résidence pour le {{RSA}}. L'agent est gêné, explique les {{9 mois}} de présence. Derrière, {{6 personnes}} attendent sous le auvent, {{32°}}.",
    ),
    (
        "caf",
        AP,
        "Lille Sud, rdv {{9h45}}. Monsieur [[P:Bouzid]] apporte un avis d'imposition pour débloquer son {{APL}}. Il loge au [[ADR:8 rue Jean Jaurès, 59000 Lille]] depuis {{2019}}. L'agente me dit après « lui c'est un habitué, il est gentil, il vient tous les mois ».",
    ),
    (
        "caf",
        AT,
        "Plateforme tél {{Caf du Nord}} ({{3230}}). {{10h12}} appel : Mme [[P:Delattre]], allocataire [[ALLOC:3391028]], ne comprend pas la baisse de son {{APL}} ({{-47 €}}). Agent explique la contemporanéité des ressources, elle raccroche pas mais soupire beaucoup. Demande qu'on la rappelle au [[TEL:06 72 18 90 44]] quand son fils sera là.",
    ),
    (
        "caf",
        AT,
        "appel {{14h05}}, question sur la {{prime d'activité}} trimestrielle, dossier [[ALLOC:4 40 71 86]], {{8 minutes}} dont {{5}} de musique d'attente. agent calme. Marseille, plateforme de {{La Valentine}}.",
    ),
    (
        "caf",
        AT,
        "Frontalier qui appelle depuis {{Kehl}} au [[TEL:+49 7851 4833 20]] : il travaille en {{Allemagne}}, sa femme est à {{Strasbourg}} avec les enfants. {{Allocation différentielle}}, {{Kindergeld}}, formulaire E411… l'agent (M. [[P:Stoeckel]]) connaît par cœur. {{22 min}}. Impressionnant.",
    ),
    (
        "caf",
        AT,
        "Caf {{Réunion}}, appel entrant d'un [[TEL:0692 55 14 07]]. La dame parle créole, l'agente bascule direct. Elle a déménagé au [[ADR:12 rue Marius et Ary Leblond, 97410 Saint-Pierre]] et son courrier part encore à {{Ravine Blanche}}. Mise à jour faite en ligne pendant l'appel. « Mersi bonpé ».",
    ),
    (
        "caf",
        AT,
        "Lyon, double écoute. Un père (num alloc [[ALLOC:6120934]]) demande si l'{{ARS}} ({{allocation de rentrée scolaire}}) tombe le {{18 ou le 19 août}}. Réponse : « vers le {{20}} ». Il raccroche. {{45 secondes}}.",
    ),
    (
        "caf",
        AT,
        "Toulouse. La dame finit par « rappelez-moi au [[TEL:zéro six, quarante-cinq, douze, zéro trois, quatre-vingt-huit]] » en articulant chaque chiffre. Elle s'appelle [[P:Bernadette]], veuve, {{68 ans}}, demande d'{{ALS}} pour un T2 aux {{Minimes}}. L'agent lui dit que c'est sur internet, elle : « mais j'ai pas l'internet, mon petit ».",
    ),
    (
        "caf",
        AT,
        "{{Baie-Mahault}} : M. [[P:Bélénus]] appelle du fixe [[TEL:0590 82 14 66]], il attend son {{RSA}} depuis {{2 mois}}, il a cru que c'était la grève ({{LKP}} ironise l'agent). En fait pièce manquante. Il dit « an ké vin demen ».",
    ),
    (
        "caf",
        AT,
        "Appel d'une jeune femme de {{Liévin}}. L'agente lui demande son numéro de sécu pour retrouver le dossier (pas d'alloc sous la main) : [[NIR:2 93 05 62 498 240 06]]. Elle l'a récité par cœur, vite. Demande de {{RSA}} jeune parent, {{24 ans}}, {{1 enfant}}. Agente : « on vous envoie un rdv à {{Lens}} ».",
    ),
    (
        "caf",
        AT,
        "Mayotte. {{3}} appels coupés d'affilée, réseau. Le 4e tient : M. [[P:Soilihi]] veut savoir si le {{RSA}} de {{Mayotte}} est le même qu'en métropole. Non. Il dit « c'est pas juste », l'agent dit « je sais ». Fin.",
    ),
    (
        "caf",
        AT,
        "Un homme furieux pour un indu. Il donne son mail « [[MAIL:k.benali13 arobase gmail point com]] » pour recevoir le détail, l'agent répète lettre par lettre. [[P:Karim Benali]], {{13e}}, {{Château-Gombert}}. Ton qui monte puis qui redescend quand l'agent propose un échéancier à {{50 €}}/mois.",
    ),
    (
        "caf",
        AT,
        "Mulhouse, fin de journée. Les appels s'enchaînent sur la même question : {{revalorisation}} du {{1er avril}}. Agent : « c'est automatique, vous n'avez rien à faire ». {{Onze}} fois la même phrase en {{40 min}}.",
    ),
    (
        "caf",
        AT,
        "{{Villeurbanne}}. L'appelante veut changer de compte et lit son IBAN au téléphone avant qu'on puisse l'arrêter : « [[IBAN:FR76 3000 4008 4500 0102 9773 329]] ». L'agent explique poliment que ça ne se fait que dans l'espace {{Mon Compte}}. Elle : « mais je viens de vous le donner ! ».",
    ),
    (
        "caf",
        CS,
        "Contrôle isolement à {{Roubaix}}, [[ADR:47 rue de l'Epeule]]. Contrôleur : [[P:Franck]], assermenté, très courtois. Allocataire : Mme [[P:Bouchra Ait Ouali]], déclarée seule avec {{2 enfants}}. Devant la maison une Clio immatriculée [[IMMAT:FG-418-KT]], elle dit « c'est à mon frère ». [[P:Franck]] note tout sans commentaire. Dans la salle de bain, un seul rasoir. {{45 min}}.",
    ),
    (
        "caf",
        CS,
        "{{Frais-Vallon}}, bailleur {{13 Habitat}}. Contrôle surface + occupation pour l'{{APL}}. Adresse du dossier : [[ADR:bât. H, appt 112, Frais-Vallon, 13013 Marseille]]. Ascenseur en panne, {{9 étages}} à pied. La dame (Mme [[P:Ferhat]]) nous offre un café et des cornes de gazelle. Le contrôleur mesure le séjour au laser : {{14 m²}}.",
    ),
    (
        "caf",
        CS,
        "Avant de partir, le contrôleur de la Caf de {{Lyon}} m'explique : {{80 %}} des contrôles se passent bien, on vient surtout vérifier qu'on a bien compris la situation. Le contrôle « hostile », il en fait {{1 ou 2}} par mois. On part en {{C3}} de service vers {{Vénissieux}}.",
    ),
    (
        "caf",
        CS,
        "Maison de ville aux {{Izards}}. Famille [[P:Fernandes]], le père est maçon, la mère fait des ménages. Dans la cour, une voiture portugaise [[IMMAT:27-PH-83]] : « c'est au cousin qui est de passage ». Le contrôleur ([[P:Bruno]]) vérifie la présence des {{3 enfants}} (bulletins scolaires). Odeur de bacalhau. {{35 minutes}}.",
    ),
    (
        "caf",
        CS,
        "{{Neuhof}}. Contrôle ressources, Mme [[P:Halilović]] montre ses relevés sur son téléphone. Le contrôleur recopie l'IBAN du compte où tombe le salaire non déclaré : [[IBAN:FR76 1600 6213 1175 4123 0089 464]]. Elle pleure. Il dit « on va regarder ensemble, c'est pas une sanction pour l'instant ». {{Strasbourg}}, {{10h}}.",
    ),
    (
        "caf",
        CS,
        "{{Le Port}}, contrôle sur place. Kaz en tôle peinte, un {{bougainvillier}} énorme dans la cour. Adresse : [[ADR:5 impasse des Goyaviers, 97420 Le Port]]. Monsieur [[P:Técher]] dit vivre seul, la voisine crie depuis la barrière que « non, la madame i rest là ». Le contrôleur reste neutre. Ambiance.",
    ),
    (
        "caf",
        CS,
        "{{Kourou}}, résidence {{Simarouba}}. Deux voitures au nom de l'allocataire selon le fichier : [[IMMAT:GK-553-ZD]] et une vieille en [[IMMAT:4417 TX 973]] qui ne roule plus (pneus à plat, herbes). Allocataire : [[P:Jocelyne Auguste-Bellony]]. Contrôle de résidence ({{RSA}}). RAS au final.",
    ),
    (
        "caf",
        CS,
        "{{Mulhouse}}, les {{Coteaux}}. Contrôle {{AAH}} + {{APL}} chez un monsieur de {{56 ans}}, M. [[P:Gaessler]], qui vit avec sa mère. Il a peur qu'on lui supprime tout. Le contrôleur le rassure, {{1 heure}} de discussion dont {{20 minutes}} sur le {{Racing}}.",
    ),
    (
        "caf",
        CS,
        "{{Lille-Sud}}. Personne à la porte. Voisine : « la petite [[P:Jessica]] ? elle est chez sa mère à {{Hellemmes}} ». Le contrôleur laisse un avis de passage. On retourne à la voiture sous la pluie.",
    ),
    (
        "caf",
        CS,
        "{{Koungou}}, quartier {{Majicavo}}. Pas d'adresse, des bangas sur la pente. Le contrôleur de la {{CSSM}} se repère à la mosquée. Allocataire n° [[ALLOC:0284716]], M. [[P:Ahamada Boinali]], {{6 enfants}} à charge déclarés ; on en voit {{4}}, les autres « sont à l'école coranique ». Le contrôleur me dit que c'est toujours compliqué ici.",
    ),
    (
        "caf",
        CS,
        "{{Lens}}, cité minière. {{Corons}} tous pareils, briques rouges. Contrôle d'une déclaration de séparation : M. [[P:Dufour]] est parti mais ses chaussures de sécu sont encore dans l'entrée. Madame : « il vient voir les gosses ». Contrôleur note « visites régulières ». Terril au fond.",
    ),
    (
        "caf",
        CS,
        "{{Villeurbanne}}, rue proche des {{Gratte-Ciel}}. Étudiante en coloc, contrôle {{APL}}. Le bail mentionne [[P:Chloé Marchand]] et [[P:Inès Boudjema]], on trouve aussi un {{3e}} prénom sur la boîte aux lettres : « [[P:Théo]] ». Explications confuses. Le contrôleur : « faut déclarer la coloc complète, sinon ça fait un indu ».",
    ),
    (
        "caf",
        CS,
        "{{Pointe-à-Pitre}}. Contrôle {{APL}}, logement privé. Adresse : [[ADR:Résidence Les Flamboyants, bât B, 97110 Pointe-à-Pitre]]. Le bail est signé par le propriétaire M. [[P:Nelson Gène]], qui passe pendant le contrôle « pour voir ». Le contrôleur lui demande de sortir. Chaleur, ventilo, {{flamboyant}} en fleur devant la fenêtre.",
    ),
    (
        "caf",
        CS,
        "Toulouse, {{16h}}. Dernier contrôle annulé, personne. On rentre par la {{rocade}}, {{40 min}} de bouchon. Le contrôleur : « la moitié de mon métier c'est la voiture ».",
    ),
]

CPAM = [
    (
        "cpam",
        AP,
        "Cpam {{Lille}}, accueil {{9h30}}. M. [[P:Gérard Lemaire]] a perdu sa {{carte Vitale}} dans le {{métro}} (ligne {{2}}, il précise). L'agente retrouve son dossier avec le NIR qu'il a noté sur un bout de papier : [[NIR:1 58 12 67 482 205 32]]. Né le [[DN:07/12/1958]] à {{Strasbourg}}, « mais ça fait {{40 ans}} que je suis ch'ti ». Nouvelle carte commandée, {{3 semaines}}. Il demande si il peut se faire rembourser en attendant : oui, feuille de soins papier.",
    ),
    (
        "cpam",
        AP,
        "Accueil Cpam des {{Bouches-du-Rhône}}, {{Belle de Mai}}. Sur {{1h}} j'ai vu {{9}} personnes, {{6}} pour la {{Complémentaire santé solidaire}}. Les gens ne savent pas que ça existe avant qu'on leur en parle, puis ils repartent avec un dossier de {{4 pages}} à remplir. L'agente dit que le formulaire en ligne sur {{Ameli}} bugge pour les gens sans mail.",
    ),
    (
        "cpam",
        AP,
        "{{Strasbourg}}. Retraitée arrivée de {{Lyon}}, Mme [[P:Schaeffer]] (nom alsacien mais « jamais vécu ici »), elle découvre le {{régime local}} d'Alsace-Moselle : {{90 %}} au lieu de {{70 %}}. Elle demande si elle peut résilier sa mutuelle, {{MGEN}} n° adhérent [[ID:0471229018]]. L'agent lui explique que non, pas entièrement. Elle note tout dans un carnet.",
    ),
    (
        "cpam",
        AP,
        "— C'est pour l'{{AME}}, le renouvellement\n— Vous avez l'ancienne carte ?\n— Oui (elle la tend)\nN° sur la carte : AME [[ID:31 2207 4519]]\nElle s'appelle [[P:Fatiha]], vit à {{Bagatelle}} chez sa sœur. L'agent vérifie la condition des {{3 mois}}, ok. {{Toulouse}}, {{11h05}}.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} de {{La Réunion}}, agence de {{Saint-Denis}} ({{Sainte-Clotilde}}). Mme [[P:Marie-Josée Hoarau]] vient mettre à jour sa {{carte Vitale}}. Quand l'agent demande la date de naissance elle répond lentement « [[DN:vingt-huit août soixante-deux]] ». Ça prend {{2 minutes}}. Elle reste {{10 min}} de plus à parler de son {{diabète}} et du {{cari}} qu'elle ne doit plus manger. L'agent écoute.",
    ),
    (
        "cpam",
        AP,
        "{{Lens}} : borne {{Ameli}} HS, {{2}} agents sur {{4}} présents (gastro). {{35 min}} d'attente moyenne.",
    ),
    (
        "cpam",
        AP,
        "Cpam du Rhône, {{Part-Dieu}}. Infirmière en {{ALD}} pour un cancer du sein, ses {{indemnités journalières}} ne tombent plus depuis {{6 semaines}}. L'attestation de salaire de l'employeur ({{Hospices Civils de Lyon}}) n'est jamais arrivée. Agent lui donne une ligne directe et prend son portable : [[TEL:06 09 57 31 12]]. Elle s'appelle [[P:Laetitia Garnier]]. Elle dit « je me bats contre le cancer et contre vous ». L'agent ne répond rien, il relance l'employeur en direct devant elle.",
    ),
    (
        "cpam",
        AP,
        "{{Mamoudzou}}. Jeune homme né aux {{Comores}}, titre de séjour récent, il vient pour son immatriculation définitive. Le numéro provisoire est remplacé par [[NIR:1 99 03 99 397 042 19]] (l'agent me montre : le {{99}} c'est né à l'étranger, {{397}} les {{Comores}}). Il s'appelle [[P:Said Attoumani]], né le [[DN:12 mars 1999]] à {{Mutsamudu}}. Premier papier « normal » de sa vie, dit-il.",
    ),
    (
        "cpam",
        AP,
        "{{Cayenne}}, {{7h30}}. Déjà {{60}} personnes devant la {{CGSS}}, beaucoup de Brésiliens et d'Haïtiens. Un agent de sécurité distribue des tickets jusqu'à {{80}}, après c'est « revenez demain ». Personne ne proteste, il pleut.",
    ),
    (
        "cpam",
        AP,
        "Mulhouse. M. [[P:Zimmermann]], {{74 ans}}, apporte un devis de lunettes {{100 % Santé}}. Il ne croit pas que c'est gratuit. L'agente lui montre le tableau, il répète « gratuit, gratuit » et rit. {{Krys}} avait pourtant bien expliqué, mais il a voulu vérifier « chez l'État ».",
    ),
    (
        "cpam",
        AP,
        "Écran de l'agent (Marseille {{15e}}) :\nASSURÉ : [[P:MAROUANI NADIA]]\nNIR : [[NIR:2770113201356 76]]\nNÉE LE : [[DN:19/01/1977]]\nMT : Dr [[P:Santoni]]\nALD : oui (n°{{30}})\nDemande : elle a changé de médecin traitant sans déclarer, remboursements à {{30 %}}. Formulaire rempli sur place.",
    ),
    (
        "cpam",
        AP,
        "Guadeloupe, {{CGSS}} {{Pointe-à-Pitre}}. Monsieur de {{61 ans}}, ancien docker, veut savoir où en est sa pension d'{{invalidité}}. Pour les notifications il dicte son mail : « [[MAIL:rodrigue.lacrosse@orange.fr]] ». C'est M. [[P:Lacrosse]], « comme le sport », plaisante-t-il. Il dit à l'agente « ou sé on bon moun ».",
    ),
    (
        "cpam",
        AP,
        "{{Mirail}}. Formulaire rempli à la main par un monsieur, je vois le tél écrit en gros : [[TEL:0 5 61 40 27 93]]. L'agent lui demande de réécrire son nom en majuscules : [[P:OUEDRAOGO]]. C'est pour une demande de {{CSS}}. {{15 minutes}}, dont {{10}} à chercher un avis d'impôt dans un sac plastique.",
    ),
    (
        "cpam",
        AP,
        "{{Wazemmes}}. Mme [[P:Maria da Conceição Rodrigues]] part {{3 mois}} au {{Portugal}} voir sa mère, elle demande la {{carte européenne}}. Et pour le remboursement d'une consultation à {{Braga}} l'an dernier, elle veut donner son compte portugais : [[IBAN:PT50 0035 0651 0001 2345 696]]. L'agent : « on ne rembourse pas sur un compte étranger… enfin, si, mais c'est compliqué ». Ils finissent par y arriver.",
    ),
    (
        "cpam",
        AP,
        "{{Villeurbanne}}, {{Campus de la Doua}} (permanence étudiants). Questions en boucle : « comment j'ai ma {{carte Vitale}} ? », « c'est quoi un {{médecin traitant}} ? ». L'agente a un discours rodé de {{2 minutes}}. Tout le monde repart avec l'appli {{Ameli}} installée.",
    ),
    (
        "cpam",
        AP,
        "Saint-Louis (68), permanence. Frontalier qui travaille à {{Bâle}} dans la pharma, il a choisi la {{LAMal}} suisse il y a {{10 ans}} et regrette. Il veut revenir à la Cpam. L'agent [[P:Jérôme]] dit que c'est irréversible. Le monsieur laisse son portable suisse : [[TEL:+41 79 512 48 06]], au cas où. Journaliste des {{DNA}} à côté de moi prend des notes frénétiquement.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, plateau de {{Lille}}. L'assuré donne son numéro de sécu en mots, l'agent tape : « [[NIR:un, soixante-dix, zéro neuf, quatre-vingt-dix-neuf, cent trente-neuf, zéro soixante-quatre, clé trente-neuf]] ». Il s'appelle [[P:José Pereira]], né au {{Portugal}}, veut sa retraite portugaise prise en compte pour la {{CSS}}. Renvoyé vers la {{Carsat}}.",
    ),
    (
        "cpam",
        AT,
        "Marseille, appel sur les {{IJ}} : {{3}} semaines de retard, le monsieur est en colère mais poli. L'agent voit le dossier « en attente de pièce employeur ». {{6 min}}.",
    ),
    (
        "cpam",
        AT,
        "{{Lyon}}. Appelante qui veut recevoir un relevé par mail : « c'est [[MAIL:nathalie point girard at laposte point net]] ». L'agent : « pas de mail, madame, c'est sur votre compte {{Ameli}} ». Elle : « j'ai pas de compte Ameli ». On crée le compte ensemble, {{17 minutes}}.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} Réunion. Appel d'un fixe [[TEL:0262 41 88 09]]. Mme [[P:Nativel]] demande un transport pour sa dialyse à {{Saint-Benoît}}. L'agent lui explique le bon de transport. Elle parle de son fils qui l'emmenait « avant l'accident ». L'agent prend le temps.",
    ),
    (
        "cpam",
        AT,
        "Toulouse. Jeune femme, congé maternité. Vérif identité : NIR [[NIR:295093155508728]], DDN [[DN:1995-09-22]]. Elle s'appelle [[P:Manon Sentenac]]. Question : pourquoi {{16 semaines}} et pas {{26}} ? Réponse : {{3e}} enfant seulement. Elle rit jaune.",
    ),
    (
        "cpam",
        AT,
        "Appel depuis {{Haguenau}}, un monsieur veut savoir si le {{régime local}} couvre la cure thermale à {{Niederbronn}}. Oui en partie. {{4 min}}.",
    ),
    (
        "cpam",
        AT,
        "Guadeloupe. L'assuré, M. [[P:Théodore]], né à {{Pointe-à-Pitre}}, NIR [[NIR:1 65 08 97 120 093 87]]. Il rappelle pour la {{3e}} fois au sujet d'un remboursement de kiné. Son portable : [[TEL:06 90 35 71 12]]. L'agente : « mi ka fè sa kounye-a ». Résolu.",
    ),
    (
        "cpam",
        AT,
        "Mayotte, {{CSSM}}. Appel d'un [[TEL:0639 22 17 45]]. La dame parle shimaoré, collègue appelée en renfort. Question : son bébé né à {{Mamoudzou}} n'a pas de {{carte Vitale}}. Réponse : les enfants sont sur la carte des parents. Elle : « mais moi je n'ai pas de carte ».",
    ),
    (
        "cpam",
        AT,
        "{{Liévin}}. Monsieur qui veut changer son compte de remboursement, l'agent prend le RIB au téléphone après vérif d'identité : [[IBAN:FR76 1131 5000 0108 1546 2301 745]]. Je ne savais pas que c'était possible par téléphone (à la Caf non, m'a-t-on dit hier). Le monsieur : M. [[P:Kaczmarek]], ancien mineur, relevant de la {{Carmi}}, « c'est pour ma femme qui est au régime général ».",
    ),
    (
        "cpam",
        AT,
        "Mulhouse, appel de M. [[P:Fritsch]] : « mon médecin est parti à la retraite, j'ai plus de médecin traitant, personne veut de moi ». L'agent cherche dans l'annuaire, propose une {{maison de santé}} à {{Wittenheim}}. Le monsieur dit « hopla, merci ».",
    ),
    (
        "cpam",
        AT,
        "Cayenne, appel en portugais d'une dame de {{Saint-Georges-de-l'Oyapock}} ([[TEL:0594 37 02 58]], cabine de l'épicerie d'après elle). Elle demande l'{{AME}} pour son fils. L'agent ne parle pas portugais ; il utilise un traducteur sur son téléphone. {{20 minutes}}.",
    ),
    (
        "cpam",
        AT,
        "{{Marseille}}. Un jeune appelle pour savoir si ses lunettes sont remboursées. Il s'appelle [[P:Yanis]], il dit « wesh » à l'agent puis s'excuse. L'agent rigole. {{2 min}}.",
    ),
    (
        "cpam",
        AT,
        "Villeurbanne. Appel pour la {{CSS}}, la dame lit son n° de mutuelle actuelle (qu'elle veut résilier) : {{Harmonie Mutuelle}} n° adhérent [[ID:883422105]]. L'agent lui explique qu'il faut attendre l'échéance. Agente du jour : [[P:Mireille]].",
    ),
    (
        "cpam",
        AT,
        "Toulouse, {{16h40}}. Salarié de chez {{Airbus}}, arrêt de travail transmis en retard. L'agent [[P:Olivier]] lui explique la sanction possible. Le monsieur : « mais j'avais {{40°}} ». Tolérance appliquée.",
    ),
    (
        "cpam",
        CS,
        "Contrôle arrêt de travail à domicile avec un agent de la Cpam, {{Marseille}} {{14e}}. Adresse : [[ADR:27 chemin de Sainte-Marthe, 13014 Marseille]]. Heures de sortie autorisées : {{10h-12h}} / {{16h-18h}}. On sonne à {{14h20}} : personne. Voisin : « [[P:Momo]] ? il est au {{PMU}} ». L'agent note l'absence, avis de passage dans la boîte. Il soupire, dit que ça finira en commission.",
    ),
    (
        "cpam",
        CS,
        "Visite {{Mission accompagnement santé}} chez une dame âgée de {{Lille}} {{Fives}}, [[ADR:3 rue Pierre Legrand]]. Elle renonçait aux soins dentaires depuis {{4 ans}}. La conseillère ([[P:Amandine]]) lui trouve un dentiste qui accepte la {{CSS}} à {{Hellemmes}} et note son fixe : [[TEL:03 20 56 71 84]]. Mme [[P:Wattebled]] nous montre les photos de son mari mineur.",
    ),
    (
        "cpam",
        CS,
        "Réunion, visite de vérification de résidence pour la {{CSS}} à {{Saint-André}}. Adresse : [[ADR:18 chemin Champ-Borne, 97440 Saint-André]]. Case créole avec varangue, un {{letchi}} dans la cour. L'assurée, Mme [[P:Virapin]], tamoule, nous offre des samoussas. Résidence confirmée.",
    ),
    (
        "cpam",
        CS,
        "Toulouse, contrôle des {{taxis conventionnés}} devant le {{CHU Purpan}}. L'inspecteur relève les plaques et compare avec les factures : [[IMMAT:EX-207-MB]], [[IMMAT:GH 931 PL]], et un vieux [[IMMAT:4521 ZL 31]] qui n'est plus conventionné depuis {{2021}}. Le chauffeur, M. [[P:Bousquet]], dit qu'il ne savait pas. {{1h30}} sur le parking.",
    ),
    (
        "cpam",
        CS,
        "Mayotte, aller-vers avec le bus de la {{CSSM}} à {{Sada}}. Tente, chaises en plastique, {{70}} personnes en {{3 h}}. Les agents ouvrent des droits à la chaîne, photocopient des actes de naissance. Un enfant distribue des mangues. Incroyable énergie.",
    ),
    (
        "cpam",
        CS,
        "{{Vénissieux}}, {{Minguettes}}. Visite à domicile pour une demande de pension d'{{invalidité}}. M. [[P:Bensalem]], {{52 ans}}, ancien cariste, dos cassé. Il montre les radios sur la table de la cuisine. L'agente prend des notes et ne promet rien. En partant il dit « vous direz au {{Président}} que le dos d'un cariste c'est pas du verre ».",
    ),
    (
        "cpam",
        CS,
        "{{Les Abymes}}, {{EHPAD Les Alizés}} : contrôle des facturations de soins infirmiers. Chambre par chambre avec l'infirmière coordinatrice, Mme [[P:Bazile]]. Un résident, M. [[P:Edmond]], nous chante une biguine. Deux actes facturés pour une résidente décédée en {{mars}} : erreur de saisie selon la direction.",
    ),
    (
        "cpam",
        CS,
        "Contrôle d'une société d'ambulances à {{Mulhouse}} ({{Ambulances Schwartz & Fils}}). VSL en cour : [[IMMAT:GA-118-RS]], et une ambulance immatriculée en Allemagne [[IMMAT:LÖ-KT 482]] (« on l'a achetée à {{Lörrach}}, les papiers sont en cours »). Le gérant, M. [[P:Schwartz]], est tendu. L'inspectrice reste {{2 h}}.",
    ),
    (
        "cpam",
        CS,
        "{{Hénin-Beaumont}}, visite à une veuve de mineur (Mme [[P:Nowak]]) : elle dépend de la {{Carmi}} mais a reçu un courrier de la Cpam qui l'a paniquée. En fait simple info. Café, gaufres fourrées de chez {{Meert}} « pour les grandes occasions ». Elle montre le terril depuis la fenêtre.",
    ),
    (
        "cpam",
        CS,
        "{{Saint-Georges}}, Guyane. Permanence avancée de la {{CGSS}} au bord de l'{{Oyapock}}, arrivée en pirogue. Les gens viennent de loin, certains du {{Brésil}} d'en face. {{30}} dossiers en une matinée, connexion satellite qui lâche {{2}} fois.",
    ),
]

CCAS = [
    (
        "ccas",
        AP,
        "CCAS de {{Lille}}, service domiciliation. M. [[P:Grégory Lefebvre]], {{43 ans}}, à la rue depuis l'hiver, vient renouveler son {{élection de domicile}}. L'agente retrouve la fiche : né le [[DN:02.11.1980]], dernière adresse connue [[ADR:21 rue de Wazemmes, Lille]]. Il récupère {{3}} courriers dont un de {{France Travail}}. Il les ouvre devant nous, « encore une convocation » : « Vous êtes convoqué le {{12/03}} à {{10h15}} à l'agence de {{Lille Vauban}}, votre présence est obligatoire ». Durée {{10 min}}.",
    ),
    (
        "ccas",
        AP,
        "Marseille, CCAS mairie de secteur ({{11e}}/{{12e}}). Mme [[P:Kaloustian]], {{77 ans}}, facture d'eau impayée de {{312 €}}. Réf. client {{Eau de Marseille Métropole}} : [[ID:7700193845]]. Elle parle de sa famille arrivée à {{Saint-Antoine}} en {{1923}}, « on n'a jamais rien demandé à personne ». L'agent monte un dossier d'aide facultative. Elle pleure un peu en signant.",
    ),
    (
        "ccas",
        AP,
        "Lyon {{8e}}, inscription à l'{{épicerie sociale}}. L'agente recopie le n° allocataire de l'attestation Caf ([[ALLOC:0917355]]). Reste à vivre calculé sur une feuille Excel : {{6,20 €}} par jour et par personne. Seuil d'accès {{8 €}}. Accordé pour {{3 mois}}. L'agente m'explique qu'elle fait ce calcul {{15}} fois par jour.",
    ),
    (
        "ccas",
        AP,
        "Toulouse, CCAS rue de {{Belfort}}. Mère seule, {{3 enfants}}, demande d'aide pour la cantine. L'agente, [[P:Nathalie]], lui dit qu'elle la rappellera au [[TEL:07 68 02 55 19]] quand la commission aura statué. La dame, Mme [[P:Diallo]], demande « c'est quand la commission ? » - « jeudi ». Elle fait la grimace : jeudi c'est loin.",
    ),
    (
        "ccas",
        AP,
        "CCAS de {{Strasbourg}}, permanence {{Neudorf}}. Facture {{ÉS}} (électricité de Strasbourg) de {{890 €}}, coupure annoncée. Réf. client ÉS [[ID:300 458 712 96]]. Monsieur [[P:Schott]], {{59 ans}}, invalide, vit au [[ADR:6 rue de Soultz, 67100 Strasbourg]]. L'agent appelle l'{{ÉS}} en direct, obtient un report de {{15 jours}} et lance un {{FSL}}.",
    ),
    (
        "ccas",
        AP,
        "{{Mulhouse}}. Une dame âgée demande comment avoir la {{téléassistance}}. L'agente lui remet la plaquette, le tarif ({{9,90 €}}/mois) et prend rdv pour l'installation. {{Cinq}} minutes, la dame a l'air soulagée.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Saint-Paul}} (Réunion), {{3 jours}} après le cyclone {{Belal}}. File de gens qui viennent pour un secours d'urgence : tôles envolées, congélateurs perdus. M. [[P:Jean-Hugues Dijoux]] montre des photos de sa kaz sans toit à {{Bois-de-Nèfles}}. L'agente lui donne un bon de {{150 €}} pour {{Leclerc}}. Elle me dit « on fait avec ce qu'on a ».",
    ),
    (
        "ccas",
        AP,
        "{{Pointe-à-Pitre}}, CCAS. Encore une coupure d'eau ({{SMGEAG}}). Distribution de packs d'eau aux personnes âgées inscrites. Mme [[P:Séraphin]] vient avec un diable, elle a {{84 ans}}. Elle râle contre « ces messieurs de l'eau » mais repart en plaisantant avec l'agent.",
    ),
    (
        "ccas",
        AP,
        "{{Mamoudzou}}, CCAS. Pendant la crise de l'eau, {{tours d'eau}} un jour sur trois. Les familles viennent chercher des bouteilles, {{6 L}} par personne et par jour. L'agente connaît presque tout le monde. Elle dit à une dame âgée : « koko, tu veux que mon neveu te porte ? ».",
    ),
    (
        "ccas",
        AP,
        "{{Matoury}}. Famille haïtienne, demande d'aide alimentaire. Le père présente son passeport haïtien n° [[ID:HA4417203]] et un récépissé de demande d'asile. Il s'appelle [[P:Wilner Jean-Baptiste]]. L'agente lui explique les horaires du colis. Le petit garçon regarde un perroquet sur le poteau électrique.",
    ),
    (
        "ccas",
        AP,
        "{{Lens}}, CCAS. Tableau tarification cantine (copie de l'écran) :\n- [[P:LEROY Enzo]] CM1 tranche A {{0,50 €}}\n- [[P:LEROY Lina]] CE1 tranche A {{0,50 €}}\n- [[P:LEROY Maël]] mat. tranche A {{0,50 €}}\nMaman reçue pour le renouvellement ({{quotient familial}} {{410}}). Agente : « vous êtes dans la plus basse, c'est bon ».",
    ),
    (
        "ccas",
        AP,
        "— Bonjour, c'est pour la domiciliation\n— Vous habitez où actuellement ?\n— Sur le terrain derrière le {{périph}}, la caravane\n(famille rom, {{Villeurbanne}}. Le père donne son portable roumain : [[TEL:+40 742 318 559]]. Nom : [[P:Stoica]]. L'agente demande si les enfants sont scolarisés : « le grand oui, à {{Jules Ferry}} »)",
    ),
    (
        "ccas",
        AP,
        "Marseille {{3e}}. Ce que je retiens : au CCAS, tout le monde s'excuse d'être là. « Désolé de vous déranger », « je sais que vous avez du monde ». L'agent répond à chaque fois « vous ne dérangez pas, c'est notre métier ». Je compte {{11}} « désolé » en {{1h}}.",
    ),
    (
        "ccas",
        AP,
        "Toulouse, dossier d'{{aide sociale}} à l'hébergement pour une entrée à l'{{EHPAD Les Tilleuls}} de {{Colomiers}}. C'est la fille qui vient, [[P:Sophie Marty]], sa mère a {{91 ans}}. Obligés alimentaires : {{3 enfants}}. Elle laisse son mail pour les pièces : [[MAIL:sophie.marty31@free.fr]]. Elle dit « je ne savais pas que j'allais devoir payer pour ma mère ». Long silence.",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Lille}}, appels du registre canicule. Mme [[P:Delebarre]], {{88 ans}}, [[ADR:12 rue du Long Pot]], {{Fives}}. Elle répond au {{4e}} appel, elle était aux toilettes. « Oui biloute, j'ai bu mon eau ». L'agent vérifie qu'elle a un ventilateur, note son fixe au cas où : [[TEL:03.20.47.61.03]].",
    ),
    (
        "ccas",
        AT,
        "Marseille, plan canicule : {{47}} personnes à appeler avant {{midi}}. Deux agents, un seul casque qui marche. Ils appellent avec leurs portables perso en masquant le numéro.",
    ),
    (
        "ccas",
        AT,
        "{{Lyon}}. Un monsieur appelle pour un rdv avec l'assistante sociale, il donne son numéro en format international, habitude de son ancien boulot : « [[TEL:+33 6 51 20 88 47]] ». Il s'appelle [[P:Pascal Vincent]], il vient d'être expulsé de son logement à la {{Croix-Rousse}}. Rdv dans {{10 jours}}, il dit « c'est long quand on dort dans sa voiture ».",
    ),
    (
        "ccas",
        AT,
        "Strasbourg, plan grand froid. Appel d'une habitante de la {{Meinau}} qui signale un monsieur qui dort sous le pont, « il s'appelle [[P:Dédé]], tout le monde le connaît ». L'agent transmet au {{115}} et à l'équipe de maraude. {{-6°}} prévus la nuit.",
    ),
    (
        "ccas",
        AT,
        "Réunion, CCAS du {{Tampon}}. Appel d'un [[TEL:0693 40 12 86]] : la kaz de Mme [[P:Payet]] a été inondée par la ravine, matelas trempés. L'agente lui dit de venir avec des photos. La dame : « mi na poin voiture ». L'agente : « bon, nous va vient ».",
    ),
    (
        "ccas",
        AT,
        "{{Baie-Mahault}}. Demande de {{portage de repas}} pour M. [[P:Alexis Corbin]], né le [[DN:30 avril 1936]], appel de sa nièce depuis le fixe [[TEL:0590 26 84 13]]. Il vit seul à {{Jarry}}, ne cuisine plus. L'agente programme le premier passage pour lundi.",
    ),
    (
        "ccas",
        AT,
        "Toulouse. Une voisine signale un vieux monsieur qu'elle ne voit plus depuis {{une semaine}}, volets fermés. Adresse : [[ADR:34 avenue de Muret, Toulouse]], {{3e}} étage. L'agent appelle la police municipale pour une vérif. On apprendra à {{17h}} qu'il était hospitalisé à {{Purpan}}. Soulagement.",
    ),
    (
        "ccas",
        AT,
        "{{Mulhouse}}, {{14h}}-{{15h}} : {{9}} appels, {{7}} pour les colis de Noël des aînés. « Je suis sur la liste ? » Oui. Oui. Non (il faut avoir {{70 ans}}).",
    ),
    (
        "ccas",
        AT,
        "Mayotte. Appel au CCAS de {{Koungou}} depuis le fixe [[TEL:02 69 61 37 90]] d'une association : une femme veut se domicilier pour faire ses papiers, [[P:M'Madi]]… (nom coupé par la ligne). L'agent donne rdv mardi. Il m'explique que sans domiciliation, pas de {{CSSM}}, pas d'école, rien.",
    ),
    (
        "ccas",
        AT,
        "{{Lens}}, standard du CCAS. Agente : [[P:Séverine]]. « Les bons alimentaires c'est le mardi et le jeudi, madame, au {{Secours populaire}} à côté ». Répété {{3}} fois dans l'heure.",
    ),
    (
        "ccas",
        AT,
        "Saint-Laurent-du-Maroni. Un appel d'un [[TEL:0694 21 58 03]], une jeune femme de {{17 ans}} enceinte, seule. Elle ne sait pas où dormir ce soir. L'agent lui donne l'adresse de l'accueil de jour et appelle le {{115}} de Guyane devant moi. Elle dit s'appeler [[P:Naïka]].",
    ),
    (
        "ccas",
        AT,
        "{{Marseille}}. L'homme épelle son nom : « [[P:H, A, M, M, A, D, I]], avec deux M, deux M je vous dis ». Il appelle depuis le [[TEL:06 14 93 20 71]] pour savoir si sa demande d'aide au permis de conduire est passée. Pas encore. Il dit « le permis c'est le travail, sans permis je suis foutu ».",
    ),
    (
        "ccas",
        CS,
        "{{Roubaix}}, visite d'un logement signalé insalubre avec le service hygiène. [[ADR:112 rue de Lannoy, 59100 Roubaix]]. {{3}} familles dans une maison de courée prévue pour une. Moisissure noire au plafond de la chambre des enfants. Le proprio, M. [[P:Verbeke]], « ne répond plus ». La locataire, Mme [[P:Sow]], a tout filmé. Arrêté d'insalubrité probable.",
    ),
    (
        "ccas",
        CS,
        "{{Noailles}}. L'agent du CCAS me montre la {{rue d'Aubagne}} : « depuis {{2018}}, on ne visite plus un immeuble comme avant ». Visite chez M. [[P:Mezouar]], [[ADR:14 rue Curiol, 13001 Marseille]]. Fissure dans la cage d'escalier, on voit le jour. L'agent appelle le service des périls depuis le palier.",
    ),
    (
        "ccas",
        CS,
        "Tournée portage de repas, {{Lyon}} {{9e}}. Camionnette frigorifique [[IMMAT:FL-902-HB]]. {{22}} repas. Chez Mme [[P:Giraud]], {{93 ans}}, le livreur reste {{5 min}} de plus : « c'est la seule personne qu'elle voit ». Chez M. [[P:Guillot]] il remplit le frigo et jette les barquettes périmées.",
    ),
    (
        "ccas",
        CS,
        "Visite canicule, {{Toulouse}} {{Saint-Cyprien}}. {{38°}} dehors, {{31°}} dans l'appartement du {{4e}} sans ascenseur. Le monsieur a {{90 ans}}, il refuse d'aller en salle rafraîchie. On lui laisse {{un brumisateur}} et l'agente repassera demain.",
    ),
    (
        "ccas",
        CS,
        "{{Cronenbourg}}, évaluation pour une aide ménagère. Mme [[P:Heinrich]], née le [[DN:17/06/1939]] à {{Sélestat}}, vit seule depuis {{2019}}. Elle sert un kouglof. L'évaluatrice coche les cases de la grille AGGIR discrètement pendant que la dame parle. {{GIR 5}}, pas d'{{APA}}, mais aide ménagère du CCAS possible.",
    ),
    (
        "ccas",
        CS,
        "Les Hauts de {{Saint-Pierre}}, visite à domicile. Chemin de terre, un chien jaune. Adresse : [[ADR:chemin Bœuf Mort, n° 47, Grand Bois]]. Gramoun de {{89 ans}}, M. [[P:Rivière]], vit seul au milieu des {{chouchous}} et des bananiers. Il ne veut pas partir en {{EHPAD}}. L'agente négocie {{2}} passages d'aide à domicile par semaine.",
    ),
    (
        "ccas",
        CS,
        "Guadeloupe, {{Sainte-Rose}}. Visite chez une famille privée d'eau depuis {{5 jours}}. Mme [[P:Gustave]] et ses {{4}} enfants remplissent des bidons à la source. Le CCAS livre {{10 packs}}. La grande sœur, [[P:Océane]], me demande si je suis de la télé. Non.",
    ),
    (
        "ccas",
        CS,
        "Mayotte, après les pluies. Visite des bangas sur les hauteurs de {{Kawéni}}. Boue partout, tôles tordues, une maman cuisine dehors. L'agente du CCAS liste les besoins sur un cahier : bâches, riz, lait infantile. Pas de nom, pas d'adresse, « on reviendra ».",
    ),
    (
        "ccas",
        CS,
        "{{Cayenne}}, quartier {{Chicago}}. Visite avec l'assistante sociale du CCAS chez une famille surinamaise. Cabane en bois sur pilotis, {{7}} personnes. La mère, [[P:Sharmila]], montre un certificat de scolarité pour obtenir les bons cantine. On repart avec {{4}} dossiers à compléter.",
    ),
    (
        "ccas",
        CS,
        "Distribution des colis de Noël aux aînés, {{Mulhouse}} {{Drouot}}. Liste du jour : Mme [[P:Kieffer]] absente, M. [[P:Bauer]] ok, M. et Mme [[P:Ruch]] ok, M. [[P:Gangloff]] « repasser ». Dans chaque colis : {{foie gras}}, {{bredele}}, {{crémant}}. Les élus posent pour la photo.",
    ),
    (
        "ccas",
        CS,
        "{{Liévin}}, visite au coron 🏚️. M. [[P:Dziedzic]], ancien mineur polonais d'origine, facture de gaz énorme. Réf. client {{Engie}} : [[ID:8 204 315 772]]. Il a {{2}} couvertures sur le lit en plein mois de {{mars}}. L'agent va demander le {{chèque énergie}} majoré.",
    ),
    (
        "ccas",
        CS,
        "{{Villeurbanne}}, vérification d'une domiciliation : le monsieur, M. [[P:Lounis]], dit dormir chez un ami {{cours Émile-Zola}}. Personne ne répond. L'agent laisse un mot. Rien de plus.",
    ),
    (
        "ccas",
        CS,
        "{{La Castellane}}, visite d'une famille pour une aide financière exceptionnelle ({{300 €}}, frigo tombé en panne). Mme [[P:Benyahia]] donne son RIB pour le virement, l'agent photographie : [[IBAN:FR76 1380 7007 3431 0219 8756 096]]. Vue sur le {{Stade Vélodrome}} au loin, enfin presque. Les enfants jouent au foot sur le parking.",
    ),
    (
        "ccas",
        CS,
        "{{Reynerie}}, {{11h}}, l'agente [[P:Émilie]] fait le tour du {{lac}} avec moi pour repérer les personnes âgées isolées. On ne frappe chez personne aujourd'hui, c'est du repérage.",
    ),
]

URGENCES = [
    (
        "urgences",
        AP,
        "Urgences de {{Roger Salengro}} ({{CHU de Lille}}), poste IAO, {{20h15}}. Patient amené par les pompiers, chute de scooter. L'infirmière tape : [[P:Dylan Vermeersch]], né le [[DN:25/10/2004]], IPP [[ID:800 412 337]]. Tri {{3}}. Il demande surtout qu'on prévienne pas sa mère. L'infirmière : « t'as {{19 ans}}, c'est toi qui vois ».",
    ),
    (
        "urgences",
        AP,
        "{{Hôpital Nord}}, {{23h40}}. Jeune homme plaie par arme blanche à la cuisse, {{2}} policiers dans le couloir. Il donne un faux nom d'abord (« [[P:Zizou]] »), puis le vrai quand on lui dit que sinon pas de dossier : [[P:Rayane Bouabdallah]], {{17 ans}}. L'interne recoud. Personne ne pose de question sur l'origine de la plaie, « c'est pas notre job ».",
    ),
    (
        "urgences",
        AP,
        "{{Édouard Herriot}}, pavillon N. Dame de {{89 ans}} tombée chez elle, col du fémur probable. Sa fille donne son portable à l'accueil : [[TEL:06 62 19 40 85]] et précise « si je réponds pas, appelez mon mari au [[TEL:04 78 60 13 27]] ». La patiente, Mme [[P:Chambon]], répète qu'elle veut rentrer nourrir son chat.",
    ),
    (
        "urgences",
        AP,
        "{{Purpan}}. Famille espagnole en vacances, le fils de {{8 ans}} a une fracture du poignet (trampoline). L'agente d'accueil photocopie le passeport du père, [[ID:PAF482913]], et la {{carte européenne}}. Leur voiture est garée devant l'entrée des ambulances : [[IMMAT:4821 KLM]], l'agent de sécurité leur demande de la bouger. Le père s'appelle [[P:Javier Ortega]]. Tout le monde parle avec les mains.",
    ),
    (
        "urgences",
        AP,
        "{{Hautepierre}}, salle d'attente adultes, {{22h}}. {{34}} personnes. Écran : « temps d'attente estimé : {{6 h}} ». Un homme dort par terre sur sa veste. Une ado vomit dans un sac. Personne ne vient pendant {{40 minutes}}, puis une infirmière passe avec une liste et appelle {{3}} noms. 😔",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Émile Muller}}, {{Mulhouse}}. Un Suisse de {{Bâle}} fait un malaise en faisant ses courses à {{Saint-Louis}}. Sa femme arrive avec la voiture [[IMMAT:BS 482 17]] et ne comprend pas pourquoi on lui demande une carte. L'agente administrative parle suisse-allemand (!). Patient : [[P:Urs Brändli]], {{66 ans}}. Facturation compliquée à prévoir.",
    ),
    (
        "urgences",
        AP,
        "{{CHU Félix Guyon}}, {{Saint-Denis}}. Saison du {{chik}}, salle pleine de fièvres. Petite fille de {{4 ans}}, [[P:Léa-Maëlys Boyer]], née le [[DN:deux mars deux mille vingt]], {{39,8°}}. La maman laisse son portable : [[TEL:06 92 87 33 50]]. L'infirmière dit « encore une marmaille », pas méchamment, fatiguée.",
    ),
    (
        "urgences",
        AP,
        "{{CHU de Pointe-à-Pitre}}, urgences en bâtiment modulaire depuis l'incendie. Homme de {{58 ans}}, douleur thoracique. L'agent d'accueil relève le NIR sur la carte : [[NIR:1 66 04 97 101 248 01]]. M. [[P:Jean-Marc Zébina]]. Passé en salle en {{8 minutes}}, je suis surpris de la vitesse. « Le thorax, ça passe devant ».",
    ),
    (
        "urgences",
        AP,
        "{{CHM}}, {{Mamoudzou}}. Les urgences débordent jusque dans le couloir de la maternité. Une sage-femme me dit qu'ils font « la plus grosse maternité de France » ici. Une dame accouche presque dans le hall. L'agent d'accueil ne lève pas les yeux, il enregistre, il enregistre.",
    ),
    (
        "urgences",
        AP,
        "{{Cayenne}}, {{hôpital Andrée Rosemon}}. Garimpeiro brésilien arrivé de la forêt avec un palu, amené par un collègue qui repart aussitôt. Pas de papiers. Il dit qu'on l'appelle « [[P:Baixinho]] ». L'infirmière écrit « X [[P:Baixinho]] » dans le champ nom. Pas de couverture, orienté vers la {{PASS}}. Il tremble sous {{3}} couvertures.",
    ),
    (
        "urgences",
        AP,
        "Copie écran IAO, CH de {{Lens}} :\nMOTIF : douleur abdo\nTRI : {{4}}\nIPP : [[ID:62 0071 4482]]\nNOM : [[P:CARPENTIER]] Prénom : [[P:Mélanie]]\nDDN : [[DN:14-03-91]]\nPers. à prévenir : conjoint [[TEL:07 52 88 14 06]]\nArrivée {{13h52}}, vue {{17h10}}.",
    ),
    (
        "urgences",
        AP,
        "{{La Timone}} enfants, {{19h}}. Un bébé de {{3 mois}} qui ne boit plus, la maman est seule, le papa est « sur un chantier à {{Fos}} ». L'infirmière l'appelle « maman » tout le temps, jamais par son nom. Je comprends après : trop de monde pour retenir les noms. Bébé : [[P:Ilyes]].",
    ),
    (
        "urgences",
        AP,
        "{{Croix-Rousse}}. Un habitué, « [[P:Jojo]] », SDF, connu de tout le service. Il vient parce qu'il a froid, pas parce qu'il est malade. L'aide-soignante lui donne un café et un sandwich, le laisse dormir {{2 h}} sur un brancard dans le couloir. « On n'a pas le droit, mais bon ».",
    ),
    (
        "urgences",
        AP,
        "{{Rangueil}}. Rugbyman amateur de {{Colomiers}}, épaule luxée en match. Il arrive en maillot. M. [[P:Thibault Lafforgue]], mutuelle {{Harmonie}} n° [[ID:17 284 395]]. Il parle du {{Stade Toulousain}} et d'{{Antoine Dupont}} avec le brancardier pendant {{20 minutes}}. Radio, réduction, au revoir.",
    ),
    (
        "urgences",
        AP,
        "Strasbourg, {{NHC}}. Femme ukrainienne, {{protection temporaire}}. Elle tend son récépissé APS n° [[ID:6709 2231 45]] et une carte {{CSS}}. Elle s'appelle [[P:Olena Kovalenko]]. Traduction par une appli. Elle dit « spassiba » puis se corrige « merci ».",
    ),
    (
        "urgences",
        AP,
        "Lille, {{3h}} du matin. Ce que les chiffres ne disent pas : l'attente n'est pas vide. Les gens se parlent, se prêtent des chargeurs, une dame tient la main d'un inconnu. L'agent d'accueil connaît la machine à café mieux que personne : « {{50 centimes}}, tapez fort ». Vers {{4h}} arrive un groupe d'étudiants sortis d'une soirée à {{Solférino}}, l'un d'eux s'est ouvert la main sur une bouteille ; ils chantent, la salle les regarde, puis une grand-mère leur dit de se taire et ils se taisent. À {{4h30}} le médecin de garde passe dans la salle d'attente pour « faire du tri debout », il renvoie {{3}} personnes vers {{SOS Médecins}} pour le lendemain matin. Personne ne proteste. Je réalise que je suis là depuis {{7 heures}} et que je n'ai pas vu une seule fois le tableau d'affichage changer. L'agent me dit en riant : « il est bloqué depuis {{2019}} ».",
    ),
    (
        "urgences",
        AP,
        "Mulhouse, accueil administratif. La patiente n'a pas sa carte Vitale, l'agent lui demande le numéro : elle le sait par cœur, [[NIR:2 80 01 68 224 318 23]], née le [[DN:11 janvier 1980]] « ici, à {{Mulhouse}}, au {{Hasenrain}} ». Mme [[P:Sandrine Meyer]]. {{2 min}}.",
    ),
    (
        "urgences",
        AP,
        "{{CHU Sud}}, {{Saint-Pierre}}. Accident de scooter sur la {{route des Tamarins}}. Brancard, casque fendu, minerve. Le régulateur crie un chiffre, l'infirmière répond un autre. {{6}} minutes jusqu'au scanner.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences, {{Lille}}. Une femme appelle pour avoir des nouvelles de son frère, [[P:Anthony Dhondt]], « amené cette nuit ». L'agent ne peut rien dire au téléphone, secret. Elle insiste, donne son numéro : [[TEL:06 31 77 02 48]]. L'agent transmet au médecin qui rappellera. Elle dit « vous êtes tous pareils ».",
    ),
    (
        "urgences",
        AT,
        "Hôpital Nord, appel depuis {{Ajaccio}} : la sœur d'une patiente hospitalisée la nuit dernière. Pour l'admin, elle dicte le numéro de sécu de sa sœur : [[NIR:2 73 06 2A 004 219 29]]. Patiente : [[P:Marie-Dominique Santucci]], née le [[DN:09/06/1973]]. L'agente fait répéter « deux A ? comme la lettre ? » - « oui, la {{Corse}}, madame ».",
    ),
    (
        "urgences",
        AT,
        "Lyon. Une société d'ambulances appelle pour prévenir qu'elle amène un patient dialysé. L'IAO : « on est saturés ». L'ambulancier : « nous aussi ». Ils rigolent. {{1 min}}.",
    ),
    (
        "urgences",
        AT,
        "Toulouse, {{Purpan}}. Une pharmacienne d'officine appelle pour vérifier une ordonnance de sortie : dosage de morphine illisible. L'agent transfère au Dr [[P:Escudier]], l'urgentiste de garde. {{4 min}}.",
    ),
    (
        "urgences",
        AT,
        "Saint-Denis (Réunion). Appel du fixe [[TEL:0262 30 71 92]], un fils qui cherche son père : « il est parti ce matin de {{Sainte-Marie}} en ambulance, personne sait où il est ». Il s'appelle [[P:Henri Maillot]], {{79 ans}}. L'agente le retrouve en {{UHCD}}. « Bon, i lé là, i lé bien ».",
    ),
    (
        "urgences",
        AT,
        "{{Marie-Galante}} appelle le {{CHU}} : un patient évacué par l'hélico ce matin, M. [[P:Lucien Cocoyer]], né le [[DN:05-07-1948]]. La femme appelle depuis [[TEL:0590 97 85 21]]. Elle ne peut pas venir avant demain (bateau). L'agent note et dit « il va bien, il mange ».",
    ),
    (
        "urgences",
        AT,
        "Mayotte, {{CHM}}. Un homme appelle depuis un [[TEL:06 39 65 08 14]] : sa femme a été évacuée de {{Dzaoudzi}} par la barge, il ne la trouve pas. Nom : [[P:Fatima Abdallah]]. Il y a {{4}} [[P:Fatima Abdallah]] dans le système aujourd'hui. L'agent demande la date de naissance : « [[DN:1er janvier 1990]] ». L'agent soupire : « ici, la moitié des gens sont nés un {{1er janvier}} ».",
    ),
    (
        "urgences",
        AT,
        "{{Kourou}}. Un ingénieur du {{CSG}} appelle pour un collègue tombé d'une échelle, il demande s'il faut venir au {{CHK}} ou aller direct à {{Cayenne}}. L'agent : « appelez le {{15}} ». Le monsieur rappelle {{5 min}} après pour remercier.",
    ),
    (
        "urgences",
        AT,
        "Strasbourg. Appel d'Allemagne, [[TEL:+49 781 93 44 17]] ({{Offenburg}}). Frau [[P:Gisela Hertweck]] cherche son mari admis aux urgences après un accident sur le pont de l'{{Europe}}. L'agent répond en allemand sans problème. « Ja, er ist hier ».",
    ),
    (
        "urgences",
        AT,
        "Mulhouse, nuit. {{12}} appels entre {{0h}} et {{2h}}, la moitié pour demander « combien de temps d'attente ». Réponse toujours la même : « on ne peut pas savoir ».",
    ),
    (
        "urgences",
        AT,
        "CH {{Lens}}. La fille d'un patient veut recevoir le compte-rendu par mail, elle épelle : « [[MAIL:aurelie(point)vasseur(arobase)yahoo(point)fr]] ». L'agente dit que ça ne se fait pas, courrier ou {{Mon espace santé}}. Le patient : M. [[P:Vasseur]], père de la dame. Elle raccroche agacée.",
    ),
    (
        "urgences",
        AT,
        "{{Marseille}}, appel de l'{{EHPAD Résidence Saint-Barnabé}} : une résidente va être transférée. L'infirmière de l'EHPAD dicte : Mme [[P:Antoinette Orsini]], née à {{Bastia}}, NIR [[NIR:2 49 03 2B 033 051 94]]. L'agent : « 2B, d'accord ». Elle ajoute que la dame ne parle plus que corse quand elle a peur.",
    ),
    (
        "urgences",
        CS,
        "Avec l'équipe {{PASS}} de l'{{Hôpital Nord}} dans la salle d'attente. On passe voir les personnes sans droits repérées par l'IAO. M. [[P:Abdelkader]], {{64 ans}}, algérien, visa expiré. Mme [[P:Rosa Esposito]], italienne, {{carte européenne}} pas à jour. L'assistante sociale ouvre {{2}} dossiers {{AME}} en {{40 min}}.",
    ),
    (
        "urgences",
        CS,
        "{{Lyon}}, {{EMPP}} (équipe mobile psy précarité) autour de {{Perrache}}. On retrouve un jeune homme sorti des urgences hier contre avis médical, il dort sous le pont. Il dit s'appeler [[P:Nico]], l'infirmier le connaît sous un autre prénom. On lui laisse un rdv écrit.",
    ),
    (
        "urgences",
        CS,
        "Sas ambulances de {{Roger Salengro}}. Je note les véhicules qui attendent pour débarquer leurs patients : {{VSAV}} des pompiers, {{2}} ambulances privées ([[IMMAT:FX-533-PN]], [[IMMAT:GC-076-WE]]), une belge [[IMMAT:1-HKT-782]] venue de {{Tournai}}. Attente moyenne au sas : {{45 min}}. Les ambulanciers jouent aux cartes.",
    ),
    (
        "urgences",
        CS,
        "{{Rangueil}}, box {{12}}. L'assistante sociale des urgences voit une dame de {{87 ans}} qui ne peut pas rentrer seule. Sa fille habite [[ADR:9 allée des Demoiselles, 31400 Toulouse]], mais « c'est au {{3e}} sans ascenseur ». Solution trouvée : hébergement temporaire en EHPAD {{15 jours}}. La dame : « je veux mon chat ».",
    ),
    (
        "urgences",
        CS,
        "Strasbourg, avec l'équipe mobile de gériatrie aux urgences. M. [[P:Albert Kuhn]], né le [[DN:3/8/1932]], {{92 ans}}, chute. L'équipe fait le bilan dans le box : marche, mémoire, entourage. Sa voisine, Mme [[P:Wendling]], « passe tous les jours ». Retour à domicile validé avec aide.",
    ),
    (
        "urgences",
        CS,
        "Sortie {{SMUR}} avec l'équipe de {{Saint-Denis}}, je suis à l'arrière. Malaise d'un monsieur chez lui, [[ADR:27 rue du Bois de Nèfles, 97490 Sainte-Clotilde]]. Famille partout dans la kaz, {{12}} personnes. Le médecin garde un calme incroyable. Retour au {{CHU}} avec le patient stable.",
    ),
    (
        "urgences",
        CS,
        "{{Saint-Laurent-du-Maroni}}, le {{CHOG}} fait une consultation avancée en pirogue sur le fleuve. On s'arrête à {{Apatou}}. Beaucoup d'enfants, des fièvres, une plaie infectée. L'infirmière pique, panse, rassure, en {{sranan tongo}}.",
    ),
    (
        "urgences",
        CS,
        "Mayotte, dispensaire de {{Dzoumogné}} (antenne du {{CHM}}). Une maman montre le {{carnet de santé}} de son fils, [[P:Anrifa Said]], né le [[DN:17/12/2022]] : vaccins pas à jour. L'infirmière rattrape {{2}} vaccins sur place. Dehors, {{40}} personnes sous les manguiers.",
    ),
    (
        "urgences",
        CS,
        "{{CHU}} Guadeloupe, avec l'assistante sociale au lit d'une patiente diabétique amputée. Mme [[P:Marie-Line Jeanne-Rose]], {{67 ans}}. Elle a besoin d'un fauteuil, sa mutuelle {{MGEN}} n° [[ID:2105583074]] en prend une partie. Son fils [[P:Jérémy]] arrive de {{Lamentin}} en retard, il s'excuse.",
    ),
    (
        "urgences",
        CS,
        "Parking des urgences, {{Mulhouse}}. Une voiture bloque l'entrée des ambulances. L'agent de sécurité relève la plaque : [[IMMAT:ge-417-ad]]. Annonce au micro. Le propriétaire arrive en courant : « ma femme accouchait ! ». Tout le monde rit, on lui montre où se garer.",
    ),
]

CHRS = [
    (
        "chrs",
        AP,
        "CHRS à {{Lille}} {{Fives}}, entretien d'admission. M. [[P:Steeve Lecomte]], né le [[DN:30/04/1986]], orienté par le {{SIAO}} (réf. [[ID:SIAO59-2024-08812]]). {{8 ans}} de rue, dont {{2}} dans une tente sur la {{Citadelle}}. Il pose ses conditions : garder son chien, [[P:Tyson]]. La cheffe de service dit oui. Il ne dit pas merci, il dit « on verra ».",
    ),
    (
        "chrs",
        AP,
        "Marseille, unité d'hébergement d'urgence de la {{Madrague-Ville}}, {{18h30}}. Les bus arrivent, les hommes descendent, file, fouille des sacs, douche, repas. {{300}} lits. Le veilleur connaît tout le monde par son surnom. Odeur de javel et de soupe.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour, {{Lyon}} {{7e}}. Une mère arrive avec {{2}} gones en poussette double. Elle dort dans le hall de l'{{hôpital Femme Mère Enfant}} depuis {{3 nuits}}. Elle s'appelle [[P:Aminata Koné]], elle laisse son numéro au travailleur social : [[TEL:07 53 41 96 20]]. Il appelle le {{115}} devant elle, sans résultat. On lui donne des couches et un repas chaud.",
    ),
    (
        "chrs",
        AP,
        "{{Toulouse}}, CHRS jeunes ({{18-25}}). [[P:Kylian]], sorti de l'{{ASE}} le jour de ses {{18 ans}} (« né le [[DN:dix-sept juillet deux mille six]], le {{17}} à minuit j'étais dehors »). Il rit en le disant. L'éducatrice lui montre sa chambre : {{9 m²}}, un lit, un bureau, une fenêtre sur la {{Garonne}}.",
    ),
    (
        "chrs",
        AP,
        "{{Strasbourg}}, {{Koenigshoffen}}. Famille géorgienne déboutée, {{2}} enfants scolarisés à l'école {{Camille Claus}}. Le père donne son passeport : [[ID:13AB58219]]. Ils s'appellent [[P:Giorgi]] et [[P:Nino Beridze]]. L'intervenante explique que la place est pour {{1 mois}}, « ensuite on verra avec la préfecture ». La mère sert du thé à tout le monde.",
    ),
    (
        "chrs",
        AP,
        "Mulhouse. M. [[P:Patrick Grunenwald]] sort de la maison centrale d'{{Ensisheim}} après {{11 ans}}. Il a un sac de sport et un téléphone à clapet. Il ne sait pas utiliser l'écran tactile de la borne de la gare, il l'a dit en arrivant. L'éducateur lui donne un plan de la ville et un ticket de {{tram}}.",
    ),
    (
        "chrs",
        AP,
        "{{Saint-Denis}} (Réunion), CHRS femmes victimes de violences. Mme [[P:Cindy Lauret]], {{29 ans}}, {{3}} enfants, arrivée cette nuit. L'ex-conjoint habite [[ADR:44 rue du Moufia, 97490 Sainte-Clotilde]] : l'équipe note l'adresse pour la gendarmerie. Portable de la dame : [[TEL:0693 17 62 40]]. Elle demande seulement « i pé dormir ? ».",
    ),
    (
        "chrs",
        AP,
        "{{Pointe-à-Pitre}}. Au CHRS, {{40}} places, {{38}} occupées par des hommes de plus de {{50 ans}}. Beaucoup de crack, dit l'éducateur, et l'alcool. Le jardin créole derrière est tenu par les résidents : {{giraumon}}, {{christophine}}, {{piment}}. C'est ce qui tient le lieu, selon lui.",
    ),
    (
        "chrs",
        AP,
        "{{Mamoudzou}}, accueil de jour. Des mineurs isolés venus d'{{Anjouan}} en kwassa. Un garçon de {{14 ans}} dit s'appeler [[P:Nourdine]], il dort dans une voiture abandonnée. L'éducatrice ne peut pas l'héberger (mineur, compétence {{ASE}}), elle fait un signalement. Il mange {{3}} assiettes de riz.",
    ),
    (
        "chrs",
        AP,
        "{{Cayenne}}, centre d'hébergement. Famille vénézuélienne arrivée par le {{Brésil}}. La mère montre un passeport vénézuélien très abîmé : [[ID:147829306]]. [[P:Yusmary Pérez]], {{3}} enfants. L'intervenant parle espagnol. Ils ont marché une partie du trajet.",
    ),
    (
        "chrs",
        AP,
        "{{Lens}}, {{8h}}. Petit-déj au CHRS, {{14}} résidents, une seule femme. Radio sur {{France Bleu Nord}}. Ça parle du {{Racing Club de Lens}}, de {{Bollaert}}, rien d'autre.",
    ),
    (
        "chrs",
        AP,
        "Marseille {{1er}}, CHRS femmes. Jeune femme sortie d'un réseau de prostitution, accompagnée par une asso. Elle donne une adresse mail à l'éducatrice pour ses démarches : [[MAIL:joy.okafor.2003@gmail.com]]. Elle s'appelle [[P:Joy]]. La chambre a une serrure, elle la teste {{5}} fois.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du Nord, {{21h50}}. M. [[P:Jérôme Delporte]] appelle du [[TEL:06 27 85 10 33]]. Il est sous le pont de la {{gare Lille-Flandres}}, il pleut. L'écoutante a une place à {{Tourcoing}}, il refuse : « je connais personne là-bas ». Elle garde la place {{30 min}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Marseille}}, {{22h}}. {{312}} appels depuis ce matin, {{41}} décrochés. Zéro place. Les écoutants disent « rappelez demain à {{8h}} ». L'un d'eux dit « je dis ça toute la journée ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} du Rhône. Famille avec {{3}} enfants qui dort dans sa voiture sur le parking d'{{Auchan}} de {{Vénissieux}}. Le père, M. [[P:Mehdi Rahmani]], donne la plaque pour que la maraude les trouve : [[IMMAT:DH-772-QN]]. Son numéro : [[TEL:07 85 30 91 64]]. Aucune place. La maraude passera à {{23h}}.",
    ),
    (
        "chrs",
        AT,
        "{{Toulouse}}, {{115}}. Une femme rappelle, déjà connue, dossier {{SIAO}} n° [[ID:31-HU-77403]]. Elle s'appelle [[P:Samira]], elle a une place au {{Hameau}} mais elle a raté l'heure d'entrée. L'écoutante négocie avec la structure. Ça passe. La dame dit « je vous aime ».",
    ),
    (
        "chrs",
        AT,
        "Strasbourg, {{115}}, grand froid. Un Polonais appelle depuis son portable, [[TEL:+48 512 440 827]], il travaille au noir sur un chantier et dort dans une cabane de jardin à {{Illkirch}}. Il s'appelle [[P:Tomasz]]. L'écoutant trouve une place d'urgence au gymnase ouvert pour l'hiver.",
    ),
    (
        "chrs",
        AT,
        "{{115}} Réunion. Appel d'un [[TEL:06 92 70 43 18]] : un jeune homme mis dehors par sa mère à {{Saint-Louis}}. L'écoutant : « ou sa où ? ». Place trouvée au {{Port}} pour la nuit, {{1h}} de route en bus.",
    ),
    (
        "chrs",
        AT,
        "{{115}} Guadeloupe, soirée calme. Le écoutant ([[P:Max]]) me montre la liste des habitués qui appellent tous les soirs juste pour parler. « Ça fait partie du job ». {{9}} appels en {{2h}}.",
    ),
    (
        "chrs",
        AT,
        "Mayotte, {{115}}. Une femme appelle depuis le [[TEL:0639 41 70 25]], sa case a été détruite lors d'une opération de décasage à {{Koungou}}. Elle s'appelle [[P:Mariama Ahmed]], {{5}} enfants. L'écoutant n'a que {{2}} places d'hôtel pour toute l'île ce soir.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de Guyane. Un homme appelle d'un [[TEL:0694 45 23 91]], il sort du centre pénitentiaire de {{Rémire-Montjoly}}, il n'a nulle part où dormir. Il donne son nom : [[P:Jonathan Alexis]]. L'écoutante trouve une place à {{Cayenne}}.",
    ),
    (
        "chrs",
        AT,
        "Mulhouse, {{115}}, {{1h}} du matin. Un monsieur alcoolisé appelle, il dit qu'on l'appelle « le [[P:Grand Schtroumpf]] ». Il veut juste parler. L'écoutant reste {{12 minutes}} avec lui. Pas de demande d'hébergement.",
    ),
    (
        "chrs",
        AT,
        "{{Hénin-Beaumont}}. Appel au {{115}} d'une dame de {{63 ans}} expulsée ce matin. L'écoutante demande la date de naissance pour le fichier : « le [[DN:4 du 10 61]] ». Mme [[P:Lemaire]], elle est à la gare avec {{2}} valises. Place trouvée à {{Arras}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une assistante sociale de l'{{hôpital Édouard Herriot}} au {{115}} : un patient sort demain, pas de logement. M. [[P:Raymond Besson]], {{71 ans}}, dossier hospitalier [[ID:HEH-2024-118734]]. L'écoutante l'inscrit en prioritaire, mais « prioritaire, ça veut plus rien dire ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} Marseille. Une femme avec {{3}} enfants à la gare {{Saint-Charles}}. Elle dicte son numéro en mots parce que l'écran de son tél est cassé : « [[TEL:zéro sept, soixante-trois, dix-huit, quatre-vingt-deux, cinquante]] ». Elle s'appelle [[P:Houda]]. Hôtel trouvé à {{Vitrolles}} pour {{2 nuits}}.",
    ),
    (
        "chrs",
        AT,
        "{{Toulouse}}, {{115}}, bilan de fin de soirée affiché au tableau : {{187}} demandes, {{23}} hébergés, {{164}} non pourvues 📉 Les écoutants n'en parlent même plus.",
    ),
    (
        "chrs",
        CS,
        "Maraude de l'{{Abej}}, {{Lille}} centre. On s'arrête à {{République Beaux-Arts}} : [[P:Fred]] et [[P:Sylvie]], couple, {{6 ans}} de rue, un chien. Puis devant le {{Furet du Nord}} : « [[P:Le Belge]] », qui ne veut rien sauf un café. Soupe, café, {{2}} duvets distribués.",
    ),
    (
        "chrs",
        CS,
        "Maraude au {{Vieux-Port}}, Marseille. M. [[P:Antoine Giacomini]], {{70 ans}}, ancien pêcheur, dort devant l'{{Ombrière}}. Il refuse l'hébergement depuis {{3 ans}}. La bénévole lui apporte des mots fléchés. Il parle de la {{Bonne Mère}} qui le protège.",
    ),
    (
        "chrs",
        CS,
        "{{Lyon}}, bidonville sous le périph {{Nord}}. {{40}} personnes, familles roms. Voitures roumaines : [[IMMAT:B 87 KTR]], [[IMMAT:CJ 07 XZP]]. La médiatrice connaît tout le monde, elle appelle les enfants par leurs prénoms : [[P:Florin]], [[P:Ana-Maria]], [[P:Ionuț]]. On vérifie la scolarisation.",
    ),
    (
        "chrs",
        CS,
        "Toulouse, squat de l'avenue de {{Lespinet}}. {{25}} personnes, beaucoup de Géorgiens et d'Albanais. Le référent du squat, [[P:Besnik]], fait visiter. Électricité bricolée. La travailleuse sociale note les besoins : médicaments, couches, lait.",
    ),
    (
        "chrs",
        CS,
        "Maraude {{Strasbourg}}, {{-4°}}. {{17}} personnes rencontrées entre la {{gare}} et {{Homme de Fer}}. {{3}} acceptent le gymnase. Les autres refusent (chiens, vols, promiscuité). Les bénévoles ont des thermos de {{Glühwein}} sans alcool. Sous les arcades près de la {{place Kléber}}, un groupe de jeunes Afghans refuse poliment de nous parler, ils ont peur de la police. Plus loin, devant le {{Printemps}}, une dame âgée dort assise dans un fauteuil roulant sous trois couvertures ; la coordinatrice appelle le {{115}}, qui n'a plus de place adaptée PMR. On reste {{25 minutes}} avec elle à attendre une ambulance qui ne viendra pas, finalement c'est la police municipale qui l'emmène aux urgences. Retour au local à {{1h40}}, débrief dans la cuisine, café froid, tout le monde note ses chiffres sur un tableau blanc.",
    ),
    (
        "chrs",
        CS,
        "{{Mulhouse}}, visite d'un logement du CHRS en diffus, [[ADR:19 rue de Bâle, 68100 Mulhouse]], {{2e}} étage. M. [[P:Karim]] et M. [[P:Eddy Fuchs]] cohabitent. Tension : la vaisselle. L'éducateur fait une médiation, ça finit en rires. Frigo plein de bière.",
    ),
    (
        "chrs",
        CS,
        "Maraude au {{Barachois}}, {{Saint-Denis}}. Les gens dorment face à la mer, sous les canons. [[P:Ti Jean]], ancien pêcheur lui aussi, {{60 ans}}, connu de tous. Une dame, [[P:Marie-Claude]], vit là depuis {{4 ans}} avec ses chats. On distribue des {{bouchons}} et du café.",
    ),
    (
        "chrs",
        CS,
        "{{Pointe-à-Pitre}}, maraude autour de la {{place de la Victoire}}. M. [[P:Gilbert]] dort sur un banc, il récite des poèmes de {{Saint-John Perse}}. [[P:Manuella]], {{35 ans}}, demande un rdv médical. L'infirmière note, promet le dispensaire demain.",
    ),
    (
        "chrs",
        CS,
        "Mayotte, {{Cavani}}. Campement de demandeurs d'asile autour du stade : Somaliens, Congolais, Rwandais. Tentes de fortune. L'équipe distribue des kits d'hygiène. Un jeune homme montre son attestation de demande d'asile n° [[ID:9760240318]], il s'appelle [[P:Abdi Hassan]]. Chaleur écrasante.",
    ),
    (
        "chrs",
        CS,
        "Guyane, maraude vers le quartier de la {{Crique}}, {{Cayenne}}. Mme [[P:Rosita]], {{51 ans}}, guyanienne (Guyana), vit dans une cabane en tôle. Elle parle anglais et créole. La travailleuse sociale prend son numéro : [[TEL:06 94 28 15 77]]. Il se met à pleuvoir d'un coup.",
    ),
    (
        "chrs",
        CS,
        "{{Liévin}}, visite d'un appartement CHRS. Mme [[P:Audrey Lefort]] et sa fille, [[ADR:7 rue Jean-Baptiste Defernez, 62800 Liévin]]. Sa voiture (en panne) : [[IMMAT:BV-531-LX]]. Elle doit la faire réparer pour aller travailler chez {{Auchan}} à {{Noyelles-Godault}}. L'éducatrice cherche un garage solidaire.",
    ),
    (
        "chrs",
        CS,
        "{{Villeurbanne}}, visite des familles hébergées à l'hôtel ({{Hôtel Première Classe}}, chambre {{214}}). Mme [[P:Thérèse Mbala]] et ses {{4}} enfants dans {{12 m²}}. Pas de cuisine, un micro-ondes. La petite [[P:Grâce]] fait ses devoirs sur le lit. L'intervenante note « urgence relogement ».",
    ),
    (
        "chrs",
        CS,
        "{{Neuhof}}, camping-car stationné depuis {{2 mois}} près du {{Rhin}}, plaque allemande [[IMMAT:OG-PK 215]]. Un couple de sexagénaires, [[P:Heinz]] et [[P:Brigitte]]. Ils ont perdu leur appartement à {{Offenburg}}, ils disent préférer la France « parce qu'on nous laisse tranquilles ».",
    ),
    (
        "chrs",
        CS,
        "Maraude de nuit, {{Marseille}}, {{Belsunce}}. La bénévole, [[P:Fanny]], connaît les lieux comme sa poche. {{23}} personnes rencontrées, {{19}} soupes servies. Un homme nous dit « vous êtes les seuls qui me parlent ».",
    ),
]

FRANCE_TRAVAIL = [
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Lille Vauban}}, {{9h}}. Inscription d'un jeune diplômé en logistique, [[P:Maxime Devos]]. Le conseiller lui imprime son identifiant : [[FT:4418203K]]. Il demande si {{Décathlon}} recrute à {{Villeneuve-d'Ascq}}. Oui, il y a {{12}} offres. Il repart avec {{3}} candidatures à faire avant ce soir.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{Marseille}} {{Saint-Lazare}}. Ouverture des droits {{ARE}} pour une ex-caissière de {{Carrefour Grand Littoral}}, Mme [[P:Nadia Haddad]]. Elle donne son RIB pour le versement : [[IBAN:FR76 1200 6000 3480 0192 7445 368]]. Le conseiller vérifie l'attestation employeur, il manque le solde de tout compte. Revenir lundi.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV à {{Villeurbanne}}. La conseillère distribue un CV modèle au nom de « [[P:Julie Moreau]], assistante administrative ». Une participante demande si elle peut garder le modèle et « juste changer le nom ». Rires. {{8}} participants, {{2 h}}. Tout le monde repart avec un CV sur clé {{USB}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Toulouse}} {{Blagnac}}. Ingénieur de {{54 ans}} licencié par un sous-traitant d'{{Airbus}}. Il parle de « plan social » sans amertume. Identifiant [[FT:3920475B]]. Mail : [[MAIL:f.sabatier.aero@outlook.fr]]. La conseillère lui propose une {{POEI}}, il hésite : « à mon âge, réapprendre ? ». M. [[P:Sabatier]] repart avec un rdv {{APEC}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Strasbourg}}. {{4}} demandeurs sur {{10}} ce matin cherchent en {{Allemagne}} : {{Kehl}}, {{Offenburg}}, {{Baden-Baden}}. Le conseiller transfrontalier explique le {{Minijob}}, les cotisations, l'allemand obligatoire. Il dit que c'est sa spécialité depuis {{15 ans}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Mulhouse}}. Intérimaire chez {{Stellantis}} à {{Sausheim}}, fin de mission. M. [[P:Ricardo Teixeira]], identifiant dit à voix haute « [[FT:trois cinq sept zéro deux neuf un T]] ». Le conseiller note son portable : [[TEL:06 43 02 71 99]]. Il veut du travail « n'importe quoi, même de nuit ».",
    ),
    (
        "france_travail",
        AP,
        "{{Le Port}} (Réunion). Jeune de {{19 ans}}, [[P:Dylan Grondin]], né le [[DN:21/03/2005]], signe son {{Contrat d'engagement jeune}}. {{15 h}} d'activité par semaine, {{528 €}} max. Il demande si ça compte s'il aide son oncle à la pêche. Conseillère : « non, mon gaté ». Rires.",
    ),
    (
        "france_travail",
        AP,
        "Copie écran, {{Jarry}} (Guadeloupe) :\nDE : [[P:ROMANA Cédric]]\nID : [[FT:5507318C]]\nADR : [[ADR:Lot. Belle-Plaine, 97122 Baie-Mahault]]\nTEL : [[TEL:0690 58 12 74]]\nCAT : {{1}} - {{ARE}} : non\nMétier recherché : mécanicien poids lourds. Conseillère : {{Cariforef}}, formation à {{Baie-Mahault}} en {{septembre}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Mamoudzou}}, {{France Travail}}. File devant à {{6h30}}. Beaucoup de jeunes mahorais diplômés qui ne trouvent rien. Un conseiller me dit que le taux de chômage est autour de {{34 %}}. Le bureau ouvre à {{7h30}}, il y a déjà une bagarre pour les places.",
    ),
    (
        "france_travail",
        AP,
        "{{Kourou}}. Candidature pour un poste de technicien au {{CSG}}. Le candidat épelle son identifiant « [[FT:6 1 0 4 2 8 3 - D comme Daniel]] ». Hmm, l'agent le répète, c'est bon. M. [[P:Yannick Horth]], {{31 ans}}, ancien militaire du {{3e REI}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Lens}}. Ancienne employée d'{{Auchan}} {{Noyelles-Godault}}, {{57 ans}}, licenciée après {{32 ans}}. Mme [[P:Brigitte Caron]]. Elle n'a jamais fait de CV de sa vie. Le conseiller l'aide, ligne par ligne. Elle dit « j'ai fait que ça, la caisse ».",
    ),
    (
        "france_travail",
        AP,
        "Marseille {{13e}}. Réunion d'information « {{RSA}} et {{15 heures}} d'activité ». {{22}} convoqués, {{9}} présents. Les questions : « et si j'ai des enfants ? », « et si je suis malade ? ». Le conseiller répond honnêtement qu'on ne sait pas encore tout.",
    ),
    (
        "france_travail",
        AP,
        "— Vous êtes radié depuis le {{2}}\n— Mais j'ai jamais reçu la convocation !\n— Elle a été envoyée sur votre espace\n— J'ai pas d'espace\nIdentifiant à l'écran : [[FT:2291640 X]]. M. [[P:Bilal Amrani]], {{Vaulx-en-Velin}}. Le conseiller annule la radiation en {{10 min}} « pour cette fois ».",
    ),
    (
        "france_travail",
        AP,
        "{{Toulouse}} {{Bellefontaine}}. La conseillère, [[P:Aurore]], enchaîne {{7}} rdv de {{20 minutes}}. Entre deux, elle mange une {{chocolatine}} 🥐 debout. Elle me dit « c'est pas une vie, mais j'aime bien ».",
    ),
    (
        "france_travail",
        AP,
        "{{Roubaix}}. Ancien ouvrier du textile, {{61 ans}}, M. [[P:Van de Velde]], il lit son identifiant à voix haute sur sa lettre : « [[FT:deux six huit quatre un neuf trois, H]] ». Il ne veut pas de formation, il veut sa retraite. Le conseiller calcule avec lui : {{14 mois}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Strasbourg}}, {{Esplanade}}. Réfugié afghan, statut obtenu en {{2023}}, titre de séjour n° [[ID:6702318745]]. Il s'appelle [[P:Ahmad Rahimi]]. Il était ingénieur à {{Kaboul}}. La conseillère lui propose un parcours {{langue}} + reconnaissance de diplôme. Il sourit poliment.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, plateforme {{Hauts-de-France}}. Un demandeur appelle pour son actualisation ratée. Identifiant [[FT:1905527P]], date de naissance [[DN:06/06/1979]]. M. [[P:Sébastien Lamarre]]. Le conseiller débloque, « c'est la dernière fois », comme chaque mois apparemment.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}} {{Marseille}} : un appel sur {{3}} est pour un problème de mot de passe. Le conseiller a un post-it « réinitialiser = {{3}} clics » collé sur l'écran.",
    ),
    (
        "france_travail",
        AT,
        "{{Lyon}}. Une demandeuse veut transmettre un justificatif, elle donne son adresse : « [[MAIL:c point ferrand 69 at gmail point com]] ». Le conseiller lui explique qu'il faut passer par l'espace personnel. Mme [[P:Ferrand]] dit qu'elle a {{72 ans}}. Pourquoi elle est inscrite ? Elle cherche un complément de retraite.",
    ),
    (
        "france_travail",
        AT,
        "{{Toulouse}}. Le conseiller rappelle un demandeur au [[TEL:+33 7 66 14 28 30]] pour un entretien d'embauche chez {{Latécoère}}. M. [[P:Rémi Fabre]] décroche en courant, il est au stade. « Demain {{10h}} ? Oui oui oui ».",
    ),
    (
        "france_travail",
        AT,
        "Strasbourg. Une femme appelle pour déclarer une reprise d'activité en Allemagne. Son identifiant avec des espaces : [[FT:74 03 218 R]]. Elle s'appelle [[P:Anne-Sophie Ritter]]. Questions sur le formulaire {{U1}} / {{PD U1}}. {{15 min}}.",
    ),
    (
        "france_travail",
        AT,
        "{{Mulhouse}}. Une entreprise d'intérim appelle pour {{20}} postes de cariste chez {{Peugeot}}. La conseillère entreprise, Mme [[P:Sutter]], cherche dans les profils pendant l'appel. {{6}} candidats présélectionnés.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} Réunion. Appel d'une dame depuis un fixe [[TEL:02 62 45 30 81]], elle demande qu'on rappelle plutôt son fils sur le [[TEL:0692 14 88 36]]. C'est lui le demandeur, [[P:Kevin Payet]], {{22 ans}}. Il a trouvé une saison à la coupe de canne à {{Sainte-Rose}}.",
    ),
    (
        "france_travail",
        AT,
        "Guadeloupe. M. [[P:Jean-Philippe Sainte-Luce]] appelle pour savoir si sa formation de {{BTS}} est financée. Identifiant [[FT:8823011F]]. Il est à {{Basse-Terre}}, la formation à {{Jarry}}, {{1h30}} de route. Le conseiller lui parle de l'aide à la mobilité.",
    ),
    (
        "france_travail",
        AT,
        "Mayotte. Appel d'un employeur de {{Longoni}} (port) depuis son fixe [[TEL:0269 62 51 47]]. Il cherche {{3}} dockers. Il s'appelle M. [[P:Ousseni]]. Le conseiller lui dit « je vous envoie des profils ce soir ».",
    ),
    (
        "france_travail",
        AT,
        "{{Saint-Laurent-du-Maroni}}. Appel depuis [[TEL:0594 34 17 62]] : une jeune femme, [[P:Yvonne]], qui demande s'il y a des formations en {{aide-soignante}} à {{Saint-Laurent}}. Oui, à l'{{IFSI}}. Elle dit qu'elle viendra en pirogue, « c'est plus court ».",
    ),
    (
        "france_travail",
        AT,
        "{{Lens}}. Demandeur furieux, il a reçu un avertissement pour absence à un atelier. Il dit qu'il était à l'hôpital. Le conseiller lui demande un justificatif. M. [[P:Kevin Dubois]], {{28 ans}}. Ça finit en « bon, je vous envoie la photo ».",
    ),
    (
        "france_travail",
        AT,
        "Marseille. Une patronne de salon de coiffure au {{Panier}} appelle pour une candidate trouvée sur Instagram : « elle s'appelle [[P:Nadia]], son compte c'est [[ID:@nadia_coiffure13]] ». Le conseiller dit qu'il ne peut pas l'aider à la retrouver. Il propose de publier une offre.",
    ),
    (
        "france_travail",
        AT,
        "{{Villeurbanne}}. Inscription par téléphone, le conseiller demande le numéro de sécurité sociale : « [[NIR:1 94 03 69 266 095 04]] ». M. [[P:Anthony Berthet]], né à {{Villeurbanne}} (« d'où le {{69}} {{266}} », explique le conseiller). Il a été licencié de chez {{Boiron}}.",
    ),
    (
        "france_travail",
        AT,
        "{{Toulouse}}, {{3949}}. Appel en occitan pour plaisanter (« adieu ! ») d'un agriculteur du {{Gers}}, M. [[P:Dupouy]], qui cherche un saisonnier pour les vendanges. Le conseiller répond « adieu » lui aussi. {{5 min}}.",
    ),
    (
        "france_travail",
        CS,
        "Forum emploi au {{Lille Grand Palais}}. {{120}} stands. Je suis une candidate, [[P:Fatou Ndiaye]], qui passe {{6}} entretiens en {{2 h}}. Elle note les noms des recruteurs sur sa main : Mme [[P:Lecerf]] ({{Leroy Merlin}}), [[P:Aurélien]] ({{Transpole}}). Elle laisse son mail partout : [[MAIL:fatou.ndiaye59@gmail.com]].",
    ),
    (
        "france_travail",
        CS,
        "Visite entreprise avec la conseillère, {{Pizzeria Da Salvatore}} à {{Marseille}} {{L'Estaque}}. Le patron, [[P:Salvatore]], cherche un pizzaïolo depuis {{6 mois}}. Il dit « les jeunes veulent pas travailler le soir ». La conseillère lui parle d'une immersion {{PMSMP}}. Il offre des panisses.",
    ),
    (
        "france_travail",
        CS,
        "{{Vaulx-en-Velin}}, bus de l'emploi garé au {{Mas du Taureau}}. La conseillère inscrit {{9}} personnes en {{2 h}}. Une jeune femme, [[P:Inès Belkacem]], laisse son portable : [[TEL:07 49 51 86 23]]. Un jeune demande un job chez {{Amazon}} à {{Saint-Priest}}.",
    ),
    (
        "france_travail",
        CS,
        "{{Blagnac}}, visite d'un sous-traitant aéronautique. La RH, Mme [[P:Vidal]], cherche {{15}} chaudronniers. La conseillère propose une formation {{AFPR}}. Les ateliers sont immenses, on voit un fuselage d'{{A320}} en préparation.",
    ),
    (
        "france_travail",
        CS,
        "{{Port du Rhin}}, {{Strasbourg}}. Visite d'un entrepôt logistique qui recrute {{40}} préparateurs de commandes. Le directeur parle de turnover à {{60 %}}. La conseillère propose une réunion d'info collective. Je vois des péniches passer.",
    ),
    (
        "france_travail",
        CS,
        "{{Sausheim}}, site {{Stellantis}}. Réunion avec les RH sur {{200}} recrutements. Sur le parking, la conseillère me montre la voiture d'un demandeur qu'elle suit, « il dort dedans parfois » : [[IMMAT:CZ-814-TE]]. On n'en dira pas plus.",
    ),
    (
        "france_travail",
        CS,
        "Chantier d'insertion à {{Saint-Paul}} (Réunion), entretien des sentiers de la {{Roche Écrite}}. Encadrant : [[P:Fabrice Hoarau]]. La conseillère évalue {{8}} salariés en insertion. Le camion du chantier : [[IMMAT:EF-306-RN]]. Pause samoussa.",
    ),
    (
        "france_travail",
        CS,
        "{{Capesterre-Belle-Eau}}, plantation de bananes. Le planteur, M. [[P:Marc-Antoine Dormoy]], recrute {{5}} ouvriers. La conseillère rappelle les règles sur le chlordécone. On mange une banane sur place, elle est délicieuse.",
    ),
    (
        "france_travail",
        CS,
        "Mayotte, salon de l'emploi à {{Dembéni}}. {{800}} personnes pour {{150}} offres. Une jeune femme, [[P:Echati Mdallah]], présente son {{BTS}} à un recruteur de {{Total}}. Un jeune homme dit « ici c'est le fonctionnariat ou rien ».",
    ),
    (
        "france_travail",
        CS,
        "Aller-vers à {{Kourou}}, quartier {{Savane}}. La conseillère, [[P:Nadège]], fait du porte-à-porte pour les jeunes « invisibles ». {{3}} jeunes rencontrés, {{1}} accepte un rdv. Elle dit que c'est déjà bien.",
    ),
]

NOTES = CAF + CPAM + CCAS + URGENCES + CHRS + FRANCE_TRAVAIL


def main():
    if len(NOTES) != 240:
        raise ValueError(f"expected 240 notes, got {len(NOTES)}")
    dev, holdout = build(NOTES)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"wrote {len(dev)} dev and {len(holdout)} holdout notes", file=sys.stderr)


if __name__ == "__main__":
    main()
