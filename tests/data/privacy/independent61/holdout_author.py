"""Independent evaluation corpus n° 61: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind61-001`` to
``ind61-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the cells
(site kind x channel) only, with ``random.Random(61)``.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind61"
SEED = 61

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        before = marked[last : m.start()]
        parts.append(before)
        pos += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"value with outer spaces {value!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
            parts.append(value)
            pos += len(value)
        else:
            if kept != kept.strip():
                raise ValueError(f"keep with outer spaces {kept!r}")
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            pos += len(kept)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


# --------------------------------------------------------------------------------------------
# The notes, in writing order.
# --------------------------------------------------------------------------------------------

PART_1 = [
    (
        CAF,
        AP,
        "{{Caf}} {{Ajaccio}}, {{8h40}}. Déjà {{12 personnes}} dehors avant l'ouverture. Premiere dame, Mme [[PERSONNE:Santoni]], vient pour sa {{prime d'activité}} qui a sauté en {{mars}}. L'agente ([[PERSONNE:Marie-Dominique]]) regarde l'écran : « vous avez déclaré {{0 €}} de salaire au trimestre, c'est pour ça ». Mme [[PERSONNE:Santoni]] : « mais j'ai travaillé à la paillote tout l'été ! » → déclaration trimestrielle refaite ensemble, {{15 min}}.",
    ),
    (
        CAF,
        AT,
        "Plateforme tel {{Caf}} {{La Réunion}}, casque double. Appel d'un monsieur de {{Cilaos}}, le réseau coupe {{3 fois}}. Il donne son num alloc : [[N_ALLOCATAIRE:2764518]]. Il parle créole, l'agent ([[PERSONNE:Jocelyn]]) répond en créole direct : « ou lé pa obligé rod papier la, nou sa fé pou ou ». Le monsieur rit. Objet : {{APL}} coupée depuis que sa fille [[PERSONNE:Cindy]] est partie faire ses études à {{Montpellier}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{CH de Bastia}}, samedi {{22h15}}. Salle d'attente pleine : touristes en tongs, un berger de la {{Castagniccia}} avec la main entaillée (« la clôture des {{brebis}} »), un ado tombé en scooter sur le {{Vieux-Port}}. L'IAO, [[PERSONNE:Ghjulia]], trie à voix basse, note tout sur l'ordi. Attente affichée : {{3h}}. Le berger repart au bout d'{{1h}} « j'ai les bêtes à traire demain à {{5h}} ».",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Chambéry}} {{Bissy}}. Jeune saisonnier, [[PERSONNE:Théo Jacquemoud]], {{23 ans}}, fin de saison à {{Val Thorens}}. Il veut s'inscrire pour l'{{ARE}} entre deux saisons. Conseillère : « votre identifiant c'est [[ID_FRANCE_TRAVAIL:4518207K]], notez-le ». Il le prend en photo. Il demande si ses heures de perchman en {{Suisse}} comptent → non, {{formulaire U1}} à demander à la caisse suisse. Il soupire.",
    ),
    (
        CPAM,
        AT,
        "{{Cpam}}, plateau tél. {{14h}}-{{15h}} : {{19 appels}}. Principalement cartes {{Vitale}} pas reçues et remboursements de lunettes. Une dame pleure parce qu'elle ne comprend pas le {{100 % santé}}. L'agent prend {{11 minutes}} à lui expliquer. Temps moyen visé : {{5 min}} 😬",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec l'AS du {{CCAS}} d'{{Annecy}} chez M. [[PERSONNE:Bibollet]], {{81 ans}}, [[ADRESSE:14 chemin des Fins, 74000 Annecy]]. Demande d'aide pour le chauffage (facture fioul {{1 240 €}}). Maison froide, il porte {{2 pulls}}. Il montre la photo de sa femme ([[PERSONNE:Jeanne]], décédée en {{2019}}). L'AS remplit le dossier sur la table de la cuisine. Il insiste pour nous offrir un {{génépi}} 😅",
    ),
    (
        CHRS,
        AT,
        "{{115}} de l'{{Isère}}, {{23h}}. {{47 appels}} en attente. Écoutant : [[PERSONNE:Karim]]. Appel d'une femme avec {{2 enfants}} à la {{gare}} de {{Grenoble}}, « il fait {{-4}} ». Plus de place en hébergement d'urgence. [[PERSONNE:Karim]] appelle l'astreinte, trouve {{1 nuit}} d'hôtel à {{Échirolles}}. Il raccroche, souffle, reprend le suivant.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} avec M. [[PERSONNE:Pietri]] (contrôleur). Route de montagne {{45 min}} depuis {{Corte}}, village de {{80 habitants}}. Allocataire : Mme [[PERSONNE:Graziani Letizia]], {{RSA}} isolement, [[ADRESSE:lieu-dit Casanova, 20218 Morosaglia]]. Question : vit-elle seule ? Une veste d'homme sur la chaise. Elle : « c'est à mon frère [[PERSONNE:Orsu]], il vient pour les {{châtaignes}} ». Le contrôleur note, ne juge pas. {{2h}} au total pour {{1 dossier}}.",
    ),
    (
        URG,
        AT,
        "Accueil téléphonique des urgences {{CHU Grenoble Alpes}} (site {{Michallon}}). Une fille appelle pour sa mère amenée par les pompiers depuis {{Villard-de-Lans}}. Secrétaire : « nom de naissance ? » – « [[PERSONNE:Arnaud]], [[PERSONNE:A-R-N-A-U-D]], épouse [[PERSONNE:Chabert]] » – « date de naissance ? » – « [[DATE_NAISSANCE:12/04/1949]] ». Elle ne peut rien dire au tel sauf « elle est prise en charge ». La fille laisse son portable : [[TELEPHONE:06 71 48 23 95]].",
    ),
    (
        FT,
        AT,
        "{{3949}} : le conseiller prend un appel toutes les {{4 min}}. Beaucoup de « j'ai pas reçu mon paiement ». Il dit que le lundi c'est pire. Affichage mural : {{132 appels}} en file pour la région. 😶",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} à {{Saint-Denis}} ({{Le Chaudron}}). Entretien d'accueil d'un {{gramoun}}, M. [[PERSONNE:Hoarau]] dit « [[PERSONNE:Ti Jean]] », {{67 ans}}, qui dormait sous le pont de la {{rivière Saint-Denis}}. Il a sa carte d'identité (n° [[IDENTIFIANT:120497301452]]) mais plus de carte {{Vitale}}. Éducatrice [[PERSONNE:Sabrina]] : « zot i connaît [[PERSONNE:Ti Jean]] dan tout le quartier ».",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Haute-Corse}}, {{Bastia}}. M. [[PERSONNE:Franceschi]] vient pour sa {{CSS}}. L'agente lit le NIR à voix haute pour vérifier : « [[NIR:1 58 06 20 033 245 85]], c'est bien vous ? né à Bastia en [[DATE_NAISSANCE:juin 58]] ? » – « oui oui ». Il raconte que de son temps c'était écrit {{20}} et pas {{2B}}, « la Corse était un seul département ».",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Tours}}, accueil. File de {{6 personnes}}. Affiche « domiciliation : mardi et jeudi matin uniquement ». Un monsieur arrive un mercredi. L'agente le prend quand même, {{10 min}}. Odeur de café, plante verte en plastique 🙃",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Saint-Pierre}}, agence de {{Ravine Blanche}}. Mme [[PERSONNE:Moutoussamy]] ([[PERSONNE:Priya]]), {{29 ans}}, sort de la campagne sucrière à l'usine du {{Gol}} ({{juillet}} → {{décembre}}). Elle veut une formation cariste. Conseiller : « votre identifiant [[ID_FRANCE_TRAVAIL:3127754R]], et votre mail ? » – « [[EMAIL:priya.mtsamy974@gmail.com]] ». Il l'inscrit à l'info collective de jeudi.",
    ),
    (
        URG,
        AP,
        "Urgences, {{box 4}}. Un papy a attendu {{6h}} sur un brancard. L'aide-soignante lui apporte un yaourt et une compote, il dit merci {{5 fois}}. Personne n'a eu le temps de lui expliquer pourquoi il attend.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Grenoble}}, accueil sur {{RDV}}. M. [[PERSONNE:Belkacem]] + sa fille [[PERSONNE:Inès]] qui traduit. Problème : indu de {{2 300 €}} d'{{APL}}. Le courrier est parti à l'ancienne adresse ([[ADRESSE:37 galerie de l'Arlequin]]), il a déménagé à {{Saint-Martin-d'Hères}} en {{2022}}. L'agent ([[PERSONNE:Franck]]) : « le changement d'adresse n'a jamais été fait ». Plan de remboursement : {{50 €}}/mois.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle arrêt de travail avec l'agent assermenté {{Cpam}}. {{10h30}}, [[ADRESSE:5 rue des Tanneurs, 37000 Tours]], {{3e étage}} sans ascenseur. Personne. Voisine : « [[PERSONNE:Nathalie]] ? elle est chez le kiné ». Heures de sortie autorisées : {{10h-12h}}. Donc c'est ok. L'agent laisse un avis de passage quand même.",
    ),
    (
        CHRS,
        CSP,
        "Visite du {{CHRS}} dans un appart en diffus, {{Chambéry-le-Haut}}. Famille [[PERSONNE:Ismaili]], {{4 enfants}}. {{T3}} propre mais moisissure salle de bain. Le bailleur ({{Cristal Habitat}}) ne répond pas. Réf. demande d'intervention : [[IDENTIFIANT:CH-2024-118734]]. La mère sert du thé à la menthe. L'éducateur prend la fuite en photo.",
    ),
    (
        FT,
        AT,
        "Appel sortant : conseillère [[PERSONNE:Sylvie Rey]] rappelle un demandeur pour un {{RDV}} manqué. « Bonjour M. [[PERSONNE:Perrier]], je vous appelle bien au [[TELEPHONE:04 79 62 18 07]] ? » Il est en alpage jusqu'à fin {{septembre}}, pas de réseau sauf au col. Elle décale le RDV à {{octobre}}, pas de radiation.",
    ),
    (
        CCAS,
        AT,
        "Standard {{CCAS}} {{Porto-Vecchio}} : en {{juillet}} le tel sonne surtout pour des saisonniers sans logement. Agente : « on n'a rien, même les campings sont pleins ». {{8 appels}} comme ça en {{1 h}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{GHSR}} {{Saint-Pierre}}. Un jeune ramené de {{Cilaos}}, chute en canyoning. Sa mère au guichet : « [[PERSONNE:Dylan Técher]], né le [[DATE_NAISSANCE:3 novembre 2006]] ». L'agente d'accueil tape, demande la carte {{Vitale}} : « lé dan le sac, le sac lé resté dan l'oto ». Elle recopie l'IPP sur l'étiquette : [[IDENTIFIANT:P974003215]]. Puis : « ou na in mutuelle ? »",
    ),
    (
        CAF,
        AT,
        "Plateau {{Caf}} {{Corse-du-Sud}}. Dame au tel, veut être rappelée : « [[TELEPHONE:zéro six, vingt-deux, quarante et un, zéro trois, quatre-vingt-dix-sept]] ». Son nom : [[PERSONNE:Mattei]] épouse [[PERSONNE:Ceccaldi]], prénom [[PERSONNE:Anghjula]]. L'agent demande d'épeler : « [[PERSONNE:A-N-G-H-J-U-L-A]], c'est corse » 😄",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}}, petit-déj. {{18 hébergés}}, {{2 éducs}}. Tableau blanc : « ménage : {{chambres 3, 5, 7}} ». Quelqu'un a dessiné une fleur. {{Radio Nostalgie}} en fond.",
    ),
    (
        CPAM,
        AP,
        "{{CGSS}} {{Saint-Denis}} (= la {{Cpam}} ici). Ticket {{B027}}, attente {{1h10}}. Mme [[PERSONNE:Ramassamy]] veut la {{C2S}} pour elle et sa fille née le [[DATE_NAISSANCE:14 février 2019]]. L'agent lit son NIR : [[NIR:2 84 04 97 416 076 73]]. Elle est née à {{Saint-Pierre}} mais habite au {{Moufia}}. Dossier complet du premier coup, l'agent dit que c'est rare.",
    ),
    (
        FT,
        AP,
        "Agence {{FT}} {{Lille Fives}}. Atelier CV. Le modèle affiché au mur est au nom de « [[PERSONNE:Julie Martin]], assistante commerciale ». Un participant, [[PERSONNE:Oumar]], demande s'il doit mettre sa photo. Conseiller : « pas obligé ». {{9 inscrits}}, {{5 venus}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Salazie}} ({{Hell-Bourg}}), avec Mme [[PERSONNE:Nativel]], contrôleuse. {{Kaz}} en tôle, bien tenue, jardin de {{chouchous}}. Allocataire M. [[PERSONNE:Grondin Jean-Max]], déclare vivre seul. La contrôleuse compte les brosses à dents 🙄 ({{2}}). Il explique : son fils [[PERSONNE:Kévin]] passe les week-ends. Adresse vérifiée : [[ADRESSE:18 chemin Camp Pierrot, 97433 Salazie]].",
    ),
    (
        URG,
        AT,
        "Ligne de l'accueil des urgences : {{16h}}-{{17h}} = {{9 appels}} de familles. Réponse type : « on ne donne pas d'infos par téléphone, venez ou attendez que le médecin vous appelle ». Certaines raccrochent en colère.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Bastia}}, quartier {{Lupino}}. Aide alimentaire. Mme [[PERSONNE:Aït Ouarab]] présente son titre de séjour, {{AGDREF}} [[IDENTIFIANT:2B00418837]]. L'agente ([[PERSONNE:Sandrine]]) photocopie. Colis du mardi. Elle repart avec {{2 sacs}} et des {{clémentines}} de la {{plaine orientale}}.",
    ),
    (
        FT,
        AT,
        "Appel d'un frontalier, bosse à {{Genève}}, licencié. Il demande si c'est {{FT}} ou la {{Suisse}} qui paie. Conseiller : « c'est nous, il faut le {{U1}} ». M. [[PERSONNE:Dunand]], identifiant [[ID_FRANCE_TRAVAIL:0957312W]], mail [[EMAIL:l.dunand74 [at] bluewin.ch]]. Conseiller : « {{bluewin}}, c'est suisse ça ? »",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Haute-Corse}}, nuit calme. {{2 appels}} en {{1h}} : un couple à {{Calvi}} qui dort dans sa voiture. Immat relevée pour la maraude : [[IMMATRICULATION:FG-482-KL]]. L'écoutante ([[PERSONNE:Dumenica]]) appelle la maraude de la {{Croix-Rouge}}.",
    ),
    (
        CPAM,
        AT,
        "{{Cpam}} tel : M. [[PERSONNE:Da Silva]] ([[PERSONNE:José]]), saisonnier à {{Tignes}}, poignet cassé au boulot, rentre au {{Portugal}} en mai : qui rembourse les soins là-bas ? Il épelle son mail : [[EMAIL:jose.dasilva.tignes@sapo.pt]]. Téléconseiller [[PERSONNE:Mehdi]] : « je vous envoie le formulaire par mail ».",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Nîmes}}, {{13h25}}. Clim en panne, {{31°}}. Tout le monde s'évente avec les tickets. Le vigile distribue des bouteilles d'eau. L'agent dit que ça dure depuis {{3 semaines}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{Lyon Sud}}. Une femme arrive avec son mari, [[PERSONNE:Vasile Popescu]], il ne parle pas français. « Il est de [[DATE_NAISSANCE:71]] », dit-elle. L'IOA cherche un interprète roumain au téléphone, {{20 min}}.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Ajaccio}} ({{Les Salines}}). M. [[PERSONNE:El Idrissi]], ouvrier agricole (clémentines) à {{Ghisonaccia}}, vient pour une attestation employeur manquante. Employeur : {{EARL Agrumes du Fium'Orbu}}. Il demande aussi l'{{aide à la mobilité}} pour sa voiture, plaque [[IMMATRICULATION:EK 517 RD]]. Conseillère [[PERSONNE:Paula]] : « il me faut la carte grise ».",
    ),
    (
        CCAS,
        CSP,
        "Enquête sociale à domicile pour une aide {{CCAS}}, {{Villeneuve}} de {{Grenoble}}. Mme [[PERSONNE:Nguyen Thi Lan]], [[ADRESSE:110 galerie de l'Arlequin]], {{8e}}. Ascenseur en panne depuis {{2 semaines}}. Elle montre l'avis {{EDF}} : réf client [[IDENTIFIANT:6012 843 901]]. Dette {{412 €}}. L'AS ([[PERSONNE:Camille]]) promet un {{FSL}} énergie.",
    ),
]

PART_2 = [
    (
        CAF,
        AP,
        "{{Caf}} {{Toulouse}}, {{Le Mirail}}. Changement de RIB. Mme [[PERSONNE:Ouedraogo]] est passée de {{Nickel}} à {{La Banque Postale}}, elle tend le papier, l'agent saisit en lisant tout haut : [[IBAN:FR76 3000 4008 2800 0123 4987 172]]. Num alloc [[N_ALLOCATAIRE:0418823]]. « Vous verrez le virement le {{5}} ». Elle : « le 5 ou le 6 ? » – « le 5 ».",
    ),
    (
        CAF,
        AT,
        "Tel {{Caf}} {{Haute-Savoie}}. Monsieur énervé, M. [[PERSONNE:Cusin]] : sa {{prime de naissance}} est partie sur un vieux compte. Il dicte le nouvel IBAN chiffre par chiffre, l'agent répète : « [[IBAN:FR76 1027 8073 0200 0204 8761 589]] ». Puis : « désolé je ne peux pas le modifier par tel, il faut passer par votre espace ». Silence. « Vous vous foutez de moi ? » L'agent garde son calme, explique {{2 fois}}.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Guéret}}, la borne à tickets est en panne. Les gens font la queue pour... rien. Un agent arrive à {{9h15}} : « c'est la borne, elle fait ça les lundis ». Tout le monde rigole. Ambiance village, tout le monde se connait.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile {{CCAS}} {{Saint-Pierre}}, quartier {{Bois d'Olives}}. Mme [[PERSONNE:Lauret]], {{gramoun}} de {{88 ans}}, vit seule dans sa {{kaz}} créole. Demande de portage de repas. Sa voisine [[PERSONNE:Marie-Claire]] passe tous les jours. Le fils, à {{Paris}}, a laissé son numéro sur le frigo : [[TELEPHONE:+33 6 12 70 44 86]]. L'agente note l'adresse exacte pour le livreur : [[ADRESSE:27 rue des Bougainvilliers, 97410 Saint-Pierre]]. {{Cari}} poulet sur le feu, elle nous en propose 😋",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{La Réunion}}, {{21h}}. Appel d'un jeune, [[PERSONNE:Yannis]], mis dehors par son beau-père à {{Saint-André}}. Plus de place dans l'{{Est}}. L'écoutante, [[PERSONNE:Nadège]], trouve un lit à {{Saint-Denis}}, lui dit de prendre le {{Car Jaune}}. Il a {{3 €}} sur lui. « Di ke lé [[PERSONNE:Nadège]] du 115 ki envoie aou. »",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Nantes}} {{Malakoff}}. M. [[PERSONNE:Okafor]] ([[PERSONNE:Chinedu]]), ingénieur nigérian, diplômes pas reconnus. La conseillère, [[PERSONNE:Hélène Faure]], cherche {{ENIC-NARIC}} sur l'écran. Identifiant lu à voix haute : « [[ID_FRANCE_TRAVAIL:6 203 118 L]] ». Il a un profil {{LinkedIn}} : [[IDENTIFIANT:linkedin.com/in/chinedu-okafor-eng]], elle le met dans le dossier.",
    ),
    (
        URG,
        AP,
        "Urgences {{CH Métropole Savoie}}, {{Chambéry}}, février. Vacances scolaires = ski. {{3 genoux}} et {{1 poignet}} en {{40 min}}, tous de {{Courchevel}} ou {{Méribel}}. Un Anglais, [[PERSONNE:Oliver Hughes]], tend son passeport à l'accueil : [[IDENTIFIANT:533718204]]. Pas de carte européenne. L'agente soupire : « facture, alors ».",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}}, {{10h}}. Un jeune veut sa carte {{Vitale}} « en appli ». L'agent lui montre l'appli {{France Identité}}. Il repart en {{4 min}}, ravi. Record de la matinée.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}}, {{Fontaine}} ({{38}}). Soupçon de vie maritale. Contrôleur : M. [[PERSONNE:Girod]]. Mme [[PERSONNE:Benali]] ouvre. Sur la boîte aux lettres : « [[PERSONNE:Benali]] – [[PERSONNE:Ferraris]] ». Elle : « c'est l'ancien locataire ». Le contrôleur demande les relevés des {{3 derniers mois}} du compte [[IBAN:FR7613335003010814237965146]]. Rien de concluant sur place. Rapport à faire.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} d'{{Annecy}}, entretien d'admission. [[PERSONNE:Mariam Koné]], {{34 ans}}, {{2 enfants}}, arrivée de {{Lyon}} via le {{SIAO}}. Réf SIAO : [[IDENTIFIANT:SIAO74-2024-00781]]. Elle bosse en cuisine à {{La Clusaz}} l'hiver. Problème du transport : pas de bus à {{6h}}. L'éduc ([[PERSONNE:Baptiste]]) note « besoin permis ».",
    ),
    (
        FT,
        AT,
        "Plateforme {{FT}} {{La Réunion}}. Les appels arrivent par vagues : après {{17h}} les gens sortent du travail. Le conseiller garde un dico créole-français sur le bureau « pour les collègues de {{métropole}} » 😂",
    ),
    (
        URG,
        AT,
        "Standard urgences {{Ajaccio}} ({{Notre-Dame de la Miséricorde}}). Appel du {{Sofitel}} de {{Porticcio}} : un client allemand, M. [[PERSONNE:Krüger]], parti en ambulance, sa femme veut des nouvelles. La secrétaire prend la chambre ({{chambre 214}}) et le portable allemand : [[TELEPHONE:+49 151 2387 4410]]. « Le médecin rappellera. »",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Chambéry}}. Domiciliation pour un saisonnier, [[PERSONNE:Kevin Mollard]], qui enchaîne {{Les Arcs}} l'hiver et {{Aix-les-Bains}} l'été (plonge). Pas d'adresse fixe depuis {{2 ans}}, dort chez des potes ou dans son van ([[IMMATRICULATION:GH-209-NT]]). L'agente : « avec la domiciliation vous recevrez votre courrier ici ». Il dit merci {{3 fois}}.",
    ),
    (
        CAF,
        AT,
        "Appel : « j'ai pas mon numéro d'allocataire... ah si attendez, c'est le [[N_ALLOCATAIRE:58 02 147]] ». La dame, [[PERSONNE:Sandrine Vandamme]], de {{Roubaix}}. Question : pourquoi l'{{AAH}} a baissé ? Réponse : revenus du conjoint en {{2023}}. Elle ne savait pas que ça comptait encore.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle {{Cpam}} à {{Seynod}}, arrêt maladie. L'agent sonne au [[ADRESSE:3 impasse des Edelweiss, 74600 Annecy]]. Madame [[PERSONNE:Pellissier]] est là, en pyjama, minerve. Tout est conforme. Elle propose un café, refus poli. {{7 min}}. Trajet retour : {{25 min}} de bouchons.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Bastia}}. [[PERSONNE:Lisandru]], {{19 ans}}, veut devenir pompier volontaire + bosser à la saison. Sa mère l'accompagne et répond à sa place 😅. Le conseiller, M. [[PERSONNE:Acquaviva]], s'adresse ostensiblement au fils. Inscription faite : [[ID_FRANCE_TRAVAIL:2274591C]], mail [[EMAIL:lisandru.orsini2b@laposte.net]].",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un logement {{ALT}} vide entre deux familles. Éduc + technicien. Liste : chauffe-eau HS, {{2 prises}} arrachées, sommier cassé. {{3 semaines}} de travaux estimées. Le bailleur ({{OPAC 38}}) devrait payer, « devrait ».",
    ),
    (
        URG,
        AP,
        "Urgences {{CH Annecy Genevois}}. Une patiente frontalière a sa carte d'assurance suisse ({{LAMal}}) et pas de {{Vitale}}. L'agente d'accueil hésite. La patiente : « [[PERSONNE:Dupraz Céline]], née le [[DATE_NAISSANCE:22.09.1986]] ». Numéro AVS sur la carte : [[IDENTIFIANT:756.4821.3307.52]]. Au final dossier créé en « assurée étrangère ».",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Saint-Pierre}}. Un papa, M. [[PERSONNE:Ah-Kiem]], vient pour l'{{ARS}} (rentrée). {{3 marmay}}. Il a les certificats de scolarité de {{Terre-Sainte}}. N° allocataire [[N_ALLOCATAIRE:3019654]]. L'agente ([[PERSONNE:Josiane]]) : « ou la pa besoin, l'ARS i tomb automatik pou zot ». Il repart rassuré.",
    ),
    (
        FT,
        AT,
        "Conseiller en télétravail (casque + {{Teams}}). Appel d'une dame de {{Nantes}}, [[PERSONNE:Gwenaëlle]], qui a reçu un SMS d'arnaque « votre compte FT est suspendu, cliquez ici ». Le conseiller : « ne cliquez jamais ». Elle avait déjà donné son identifiant [[ID_FRANCE_TRAVAIL:7730145X]] 😬. Procédure de changement de mot de passe.",
    ),
    (
        CCAS,
        AT,
        "{{CCAS}} {{Béziers}}, tel. Un élu appelle pour « une administrée ». L'agente répond poliment qu'elle ne peut rien dire. Elle raccroche : « ça arrive toutes les semaines ». 🙄",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour adossé au {{CHRS}}, {{Grenoble}}. {{40 passages}} le matin. [[PERSONNE:Dédé]], habitué, raconte qu'il était moniteur de ski à {{Chamrousse}} « dans les {{années 80}} ». Il montre son chien, {{Rocky}}. L'éducatrice, [[PERSONNE:Léa]], lui rappelle son RDV à la {{PASS}}.",
    ),
    (
        CPAM,
        AT,
        "Téléconseillère {{CGSS}}, [[PERSONNE:Laetitia]]. Un monsieur de {{Saint-Joseph}}, M. [[PERSONNE:Dijoux]], carte {{Vitale}} perdue. « Mon numéro c'est [[NIR:1 68 09 97 411 352 85]]. » Elle vérifie : né en [[DATE_NAISSANCE:septembre 1968]] à {{Saint-Denis}}, oui. « Ou lé né Saint-Denis mais ou rest Saint-Joseph ? » – « oui, mi la marié la-ba ». Nouvelle carte commandée.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Porto-Vecchio}} en {{avril}} : salle pleine de saisonniers qui signent des contrats. Un restaurateur débarque directement à l'agence chercher un plongeur. Le conseiller rit : « c'est tous les ans pareil ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Saint-Julien-en-Genevois}}. Couple frontalier, la Caf verse des allocs familiales différentielles. Le contrôleur ([[PERSONNE:Rémi]]) vérifie les fiches de paie suisses et le compte : [[IBAN:CH32 0076 2011 6238 1234 5]]. Mme [[PERSONNE:Ducrettet]] : « on a tout déclaré ». Enfants : [[PERSONNE:Noé]] et [[PERSONNE:Lou]], nés en [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2018]].",
    ),
    (
        URG,
        AP,
        "Urgences {{CHU}} {{Nantes}}, {{2h du matin}}. {{14 patients}} en attente. Un homme ivre chante du {{Johnny}}. L'agent de sécurité le calme avec une blague. Tout le monde rit un peu.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Savoie}}, {{Chambéry}}. Mme [[PERSONNE:Tissot]] vient pour son fils, saisonnier à {{Val-d'Isère}}, accident du travail. Elle a la déclaration de l'employeur ({{SAS Neige et Soleil}}). L'agent demande le NIR du fils : [[NIR:195027306501920]]. « Né à Chambéry en [[DATE_NAISSANCE:février 95]] ? » – « oui, [[PERSONNE:Florian]], c'est mon deuxième ».",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Savoie}}, {{22h40}}. Un gendarme de {{Modane}} appelle : mineur probable trouvé à la {{gare}}, venu d'{{Italie}} par le col. Il dit s'appeler [[PERSONNE:Abdoulaye]], {{16 ans}}. L'écoutant ([[PERSONNE:Yves]]) explique que c'est l'{{ASE}}, pas le 115. Transfert. Le gendarme : « je reste avec lui en attendant ».",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Saint-Denis}}, {{Bellepierre}}. Madame [[PERSONNE:Hoareau]] ([[PERSONNE:Marie-Josée]]) demande une aide pour les obsèques de son mari. Livret de famille sur le bureau. L'agent : « mi comprend, nou sa fé le maximum ». Aide accordée : {{600 €}}. Elle donne son RIB : [[IBAN:FR76 1990 6009 7420 3145 6891 749]].",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Annecy}}. Job dating saisonniers pour {{Megève}}, {{Chamonix}}, {{Morzine}}. {{60 candidats}}. Un recruteur ({{Hôtel du Mont-Blanc}}) cherche des « femmes de chambre » (sic). Un candidat, [[PERSONNE:Tiago Ferreira]], laisse son CV : mail [[EMAIL:tiago.ferreira.pt@outlook.fr]], tel [[TELEPHONE:07 68 31 92 04]].",
    ),
    (
        URG,
        AP,
        "Urgences {{Félix Guyon}}, {{Saint-Denis}}. Une famille de {{Mayotte}} arrive avec un bébé fiévreux. Maman : [[PERSONNE:Zaïnaba Madi]], parle shimaoré. Interprète : le cousin, [[PERSONNE:Anli]]. Bébé [[PERSONNE:Nasser]], né le [[DATE_NAISSANCE:2 janvier 2024]]. Pas d'{{AME}} ouverte. L'agente crée un dossier « sans droits ».",
    ),
    (
        CAF,
        AT,
        "{{Caf}} de l'{{Aisne}}, tel. Jeudi. {{38 appels}} avant midi. Thème du jour : le {{RSA}} et les {{15 heures}} d'activité. Les gens ne comprennent pas. L'agent : « moi non plus au début » 🤷",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec la secrétaire de mairie qui fait le {{CCAS}} à {{Zonza}}. M. [[PERSONNE:Peretti Ghjuvan Battista]], {{92 ans}}, seul, la route est coupée l'hiver. Il demande la {{téléassistance}}. Sa nièce, [[PERSONNE:Maria-Francesca]], a rempli le formulaire. Adresse : [[ADRESSE:route de Levie, lieu-dit Funtana, 20124 Zonza]]. Il nous montre ses fusils de chasse accrochés au mur, fierté.",
    ),
    (
        FT,
        AT,
        "Appel : une dame de {{Fontaine}} pour son mari, [[PERSONNE:Reynaud Gilles]], « il est hospitalisé, il peut pas venir au RDV du {{12}} ». Conseiller : « je ne peux pas parler de son dossier sans lui ». Elle donne quand même l'identifiant [[ID_FRANCE_TRAVAIL:1164820D]] et son propre numéro [[TELEPHONE:04.76.27.53.18]]. Il note « rappel à faire ».",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Valence}}, {{14h}}. Réunion des hébergés. [[PERSONNE:Antoine]] ({{52 ans}}) râle contre le couvre-feu de {{22h}}. [[PERSONNE:Fatima]] veut des plaques électriques dans les chambres. L'éducateur chef, M. [[PERSONNE:Luciani]], note tout au tableau. Vote à main levée. Ça marche mieux que je pensais.",
    ),
]

PART_3 = [
    (
        CPAM,
        AT,
        "{{Cpam}} {{Bouches-du-Rhône}}, plateforme. Mme [[PERSONNE:Grimaldi]] ([[PERSONNE:Yvette]]), {{68 ans}}, veut savoir si sa cure à {{Aix}} est prise en charge. Elle dicte son numéro de sécu : « [[NIR:deux, cinquante-six, zéro deux, treize, zéro cinquante-cinq, trois cent sept, vingt et un]] ». Née à {{Marseille}} le [[DATE_NAISSANCE:9 février 1956]]. L'agent : « c'est bon je vous ai ».",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Reims}}, {{11h}}. Une mère avec poussette double, jumeaux qui hurlent. L'agente la fait passer devant, personne ne proteste. Dossier {{PAJE}} bouclé en {{12 min}}. Les jumeaux se calment pile quand elle part 😂",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Strasbourg}}, {{Hautepierre}}. M. [[PERSONNE:Yilmaz]] demande un bon pour la cantine de ses filles ([[PERSONNE:Elif]] et [[PERSONNE:Zeynep]]). L'agent tape son adresse : [[ADRESSE:8 rue de Wattwiller, 67200 Strasbourg]]. Il a une quittance {{Habitation Moderne}}, réf locataire [[IDENTIFIANT:004571829]].",
    ),
    (
        URG,
        AP,
        "Urgences {{Niort}}. Un type se gare sur l'emplacement des ambulances, rentre en courant avec sa femme enceinte. L'agent de sécurité note la plaque pour la faire bouger plus tard : [[IMMATRICULATION:DX-731-PB]]. Mme [[PERSONNE:Favre]] part directement en maternité. Le mari revient {{20 min}} après déplacer la voiture, penaud.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Paris}}. Écoutante ([[PERSONNE:Aminata]]) depuis {{7 ans}}. Elle dit : « avant on avait des places à {{minuit}}, maintenant à {{19h}} c'est fini ». {{9 appels}} refusés en une heure. Elle note chaque refus dans le logiciel.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Saint-Denis}} ({{Sainte-Clotilde}}). [[PERSONNE:Jean-Hugues Robert]], {{45 ans}}, ancien docker au {{Port}}, veut une formation. Il montre un mail de son ancien patron envoyé à [[EMAIL:jh.robert974@orange.fr]]. Identifiant [[ID_FRANCE_TRAVAIL:5021786M]]. Conseillère, Mme [[PERSONNE:Boyer]], lui parle du {{CACES}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle {{Cpam}}, arrêt de travail, {{Roubaix}}. [[ADRESSE:41 rue de l'Épeule, 59100 Roubaix]]. Pas de réponse à {{14h20}}. Le nom sur la sonnette : « [[PERSONNE:Kaczmarek]] ». Avis de passage. L'agent : « {{1 fois sur 3}} ils sont chez le médecin ».",
    ),
    (
        CAF,
        AT,
        "{{Caf}} du {{Loiret}}, tel. Panne informatique de {{9h}} à {{10h30}}. Les agents prennent les appels sur papier. « Rappel à faire » x {{23}}. Le chef passe avec des bonbons.",
    ),
    (
        CCAS,
        CSP,
        "Visite {{CCAS}} {{Bastia}} chez Mme [[PERSONNE:Bartoli]], [[ADRESSE:9 rue Saint-Jean, 20200 Bastia]], {{4e}} sans ascenseur dans la vieille ville. Elle ne sort plus depuis {{2021}}. La chatte, {{Pepita}}, dort sur les factures. L'AS ([[PERSONNE:Chjara]]) repère des factures {{EDF}} impayées, contrat [[IDENTIFIANT:1002 784 315 62]]. Il faut du courage pour monter ces marches.",
    ),
    (
        URG,
        AT,
        "Urgences, tel : une dame demande si elle peut venir « pour un rhume ». La secrétaire lui conseille le {{15}} ou son médecin. « Mais j'ai pas de médecin. » Silence. Ça arrive {{5-6 fois}} par jour.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Saint-Pierre}}, entretien. [[PERSONNE:Sully]] ({{41 ans}}), sortant de prison ({{Domenjod}}). Il a sa CNI : [[IDENTIFIANT:X4RT9K2L7]]. L'éduc (Mme [[PERSONNE:Latchimy]]) : « nou sa rod in travail ensemb ». Il veut faire la coupe de canne. Il sourit pour la première fois.",
    ),
    (
        FT,
        AT,
        "Plateforme {{FT}} {{Savoie}}. Appel d'une saisonnière, [[PERSONNE:Anaïs Premat]], logée par son employeur à {{Tignes}} qui la vire et la met dehors le même jour. Elle demande l'{{ARE}}. Le conseiller ([[PERSONNE:Stéphane]]) prend son mail pour envoyer la liste des pièces : [[EMAIL:anais.premat@hotmail.com]]. Il lui dit aussi d'appeler le {{115}} si besoin.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} du {{Rhône}}, {{Vénissieux}}. M. [[PERSONNE:Haddad]] ([[PERSONNE:Youssef]]), né au {{Maroc}} en [[DATE_NAISSANCE:octobre 1975]], carte bloquée. L'agente relit le NIR sur l'attestation : [[NIR:1 75 10 99 350 128 12]]. « Le {{99}} c'est pour l'étranger », m'explique-t-elle. Réglé en {{5 min}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}}, {{Limoges}}, logement décent pour l'{{APL}}. Propriétaire absent. Locataire : M. [[PERSONNE:Bouchard]]. Pas de chauffage dans la chambre, fenêtre fêlée. Le contrôleur mesure la pièce : {{8,5 m²}}. « Ça passe tout juste. » Photos. Logement : [[ADRESSE:16 rue des Coopérateurs, 87000 Limoges]].",
    ),
    (
        URG,
        AP,
        "Urgences de {{Saint-Nazaire}}. Un pêcheur arrive avec un hameçon dans le pouce. Il a coupé la ligne, il reste {{15 cm}} de fil. L'IAO éclate de rire, lui aussi. Priorité basse, {{2h}} d'attente.",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile avec l'éduc du {{CHRS}} (logement diffus, {{Échirolles}}). Famille [[PERSONNE:Dimitrov]] (bulgare), {{5 personnes}} dans un {{T2}}. Le père, [[PERSONNE:Georgi]], travaille au noir sur les chantiers. La mère montre la demande de logement social, {{NUR}} [[IDENTIFIANT:038241231120587]]. L'éduc : « c'est long, {{3 ans}} minimum à Échirolles ».",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Marseille}} {{Belsunce}}. {{11h}}, {{28 personnes}} en salle. Un écran affiche des offres : « serveur H/F », « agent de sécurité H/F ». Un jeune me demande si je suis conseiller. Je dis non, observatrice. Lui : « ah donc vous servez à rien » 😅",
    ),
    (
        CCAS,
        AT,
        "Standard {{CCAS}} {{Le Tampon}}. Appel d'une dame des hauts ({{Plaine des Cafres}}) : « mon gaz lé fini, na point d'argent ». L'agente ([[PERSONNE:Mylène]]) prend les coordonnées : Mme [[PERSONNE:Fontaine]] ([[PERSONNE:Lucette]]), tel [[TELEPHONE:0692 41 87 30]]. RDV {{jeudi}}. Sur le bureau de [[PERSONNE:Mylène]], une petite {{fontaine}} à eau décorative qui glougloute.",
    ),
    (
        FT,
        AT,
        "{{FT}} {{Corse}}, tel. D'abord un patron de paillote de {{Calvi}} qui cherche {{2 serveurs}}. Puis M. [[PERSONNE:Vincentelli]], inquiet : radié. Identifiant [[ID_FRANCE_TRAVAIL:8810234F]]. Il était en mer (marin-pêcheur) et n'a pas actualisé. Conseiller : « je vous réinscris, mais actualisez ! »",
    ),
    (
        CPAM,
        AT,
        "Plateforme {{3646}}. Mardi, {{16h}}. Un conseiller de {{24 ans}} enchaîne, très zen. Il dit qu'il a appris à ne pas prendre les cris pour lui. Sur son écran, un post-it « respire ».",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Dunkerque}}, {{Petite-Synthe}}. Mme [[PERSONNE:Bouvier]], mère solo, demande l'{{ASF}} : le père, M. [[PERSONNE:Sallaz]], ne paie plus la pension. Num allocataire : [[N_ALLOCATAIRE:7431062]]. L'agent lui parle de l'{{ARIPA}}. Elle laisse son mail pour recevoir le récap : [[EMAIL:c.bouvier59@free.fr]].",
    ),
    (
        URG,
        AP,
        "Urgences {{Saint-Pierre}}. Un papa de {{Saint-Louis}} amène son fils, [[PERSONNE:Lucas Maillot]], mordu par un chien errant. L'agente demande un tel : « [[TELEPHONE:zéro six cent quatre-vingt-treize, vingt-deux, dix-huit, cinquante]] ». Elle demande aussi s'il est à jour du tétanos. Le papa sait pas, le carnet est resté à la {{kaz}}.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Vaulx-en-Velin}}. M. [[PERSONNE:Ferhat]] veut l'aide au permis B. Conseiller : « vous avez déjà une voiture ? » – « celle de mon frère », immat [[IMMATRICULATION:bc-214-zr]] (il la lit sur le porte-clé). Le conseiller : « ça ne sert à rien pour le dossier mais bon ». Les gens donnent plein d'infos inutiles par peur d'en oublier une.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Corse-du-Sud}} : {{2 écoutants}} pour tout le département la nuit. Ce soir {{4 appels}}. Un seul lit dispo à {{Ajaccio}}. L'écoutant : « l'hiver, c'est les gens de la montagne qui descendent ».",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Tourcoing}}, aide facultative. Mme [[PERSONNE:Chevallier]] ([[PERSONNE:Odile]]), {{70 ans}}, retraite {{890 €}}. Demande d'aide pour une facture d'eau. L'agent va verser sur son compte : [[IBAN:FR76 1790 6000 3272 0154 9382 661]]. Elle s'inquiète : « vous allez pas me prélever hein ? »",
    ),
    (
        CPAM,
        AP,
        "{{CGSS}} {{Saint-Pierre}}. M. [[PERSONNE:Rakotondrabe]] ([[PERSONNE:Hery]]), né à {{Madagascar}} en [[DATE_NAISSANCE:août 83]], ouverture de droits. Titre de séjour n° [[IDENTIFIANT:9740035182]]. NIR attribué, lu sur l'écran : [[NIR:183089933301715]]. Il prend une photo de l'écran avec son tel, l'agent le laisse faire.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Toulon}}, quartier {{Sainte-Musse}}. Mme [[PERSONNE:Albertini]], déclarée seule avec {{3 enfants}}. Dans la cour, un 4x4 immatriculé [[IMMATRICULATION:FP-077-AJ]]. La contrôleuse (Mme [[PERSONNE:Susini]]) demande à qui il est. « À mon cousin. » Elle note la plaque pour vérif. Ambiance tendue, {{35 min}}.",
    ),
    (
        FT,
        AT,
        "Conseillère à {{Limoges}} qui rappelle des inscrits depuis plus de {{2 ans}}. Sur {{10 appels}}, {{4 répondent}}. Une dame pleure de soulagement qu'on l'appelle, tout simplement.",
    ),
    (
        URG,
        AP,
        "Urgences {{Bourg-Saint-Maurice}}. Un saisonnier argentin, [[PERSONNE:Facundo Giménez]], VTT, clavicule. Pas de {{Vitale}}, juste un passeport argentin : [[IDENTIFIANT:AAF482915]]. Il est logé au « {{Chalet Bellevue}}, {{chambre 6}} ». L'agente : « l'hôtel c'est pas une adresse, vous avez une adresse en {{France}} ? » – « non ». Elle met l'adresse de l'employeur.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Angers}}, permanence infirmière. [[PERSONNE:Jordan]], {{22 ans}}, veut voir l'infirmière ([[PERSONNE:Véronique]]). Il laisse son numéro pour être rappelé : [[TELEPHONE:07 52 18 66 03]]. [[PERSONNE:Véronique]] me dit que la moitié des jeunes changent de numéro tous les {{2 mois}}.",
    ),
    (
        CPAM,
        AT,
        "Tel {{Cpam}} de la {{Sarthe}}. Mme [[PERSONNE:Marullaz]] : sa mutuelle ({{Harmonie Mutuelle}}) ne reçoit pas les remboursements. Elle donne son numéro d'adhérente : [[IDENTIFIANT:HM 0074 5512 39]]. Le conseiller ([[PERSONNE:Pascal]]) relance la télétransmission. « Ça prend {{48h}} ».",
    ),
    (
        CCAS,
        CSP,
        "Visite {{CCAS}} {{Saint-Denis}} au {{Butor}}, {{10h}}. M. [[PERSONNE:Patel]] ([[PERSONNE:Yacoub]]), {{74 ans}}, tient encore sa petite boutik. Demande d'aide ménagère. Adresse : [[ADRESSE:3 ruelle Mazagran, 97400 Saint-Denis]]. Il offre des {{samoussas}}. Son fils, [[PERSONNE:Irfan]], traduit en gujarati quand il faut.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Chambéry}}, atelier « saisonnalité ». La conseillère explique le cumul ARE / saison. {{12 saisonniers}}, dont {{3}} qui font {{La Plagne}} l'hiver et {{Calvi}} l'été. Quelqu'un dit « on est les nomades des {{Alpes}} et de la {{Corse}} » 😄",
    ),
    (
        CAF,
        AT,
        "Appel {{Caf}} {{Nord}}. M. [[PERSONNE:Lefebvre]] : « ma fille [[PERSONNE:Manon]] a eu {{20 ans}}, pourquoi on touche plus rien ? » L'agent explique la limite d'âge. Le monsieur donne son numéro de dossier : [[N_ALLOCATAIRE:1187340]]. Fin d'appel sèche.",
    ),
    (
        URG,
        AT,
        "Urgences {{Félix Guyon}}, tel. Une infirmière libérale de {{Sainte-Marie}} prévient qu'elle envoie un patient : « M. [[PERSONNE:Vellayoudom]], diabétique, plaie au pied ». Elle laisse son portable pro : [[TELEPHONE:+262 692 55 07 14]]. La secrétaire note « IDE » sur un post-it jaune.",
    ),
]

PART_4 = [
    (
        CAF,
        AT,
        "Tel {{Caf}} {{Haute-Corse}}. Jeune homme, [[PERSONNE:Ange-Mathieu Poli]], {{32 ans}}, première demande de {{prime d'activité}}. L'agent demande le numéro de sécu pour vérifier : « [[NIR:1 92 07 2B 033 087 05]] ». Il ajoute : « né à {{Bastia}} le [[DATE_NAISSANCE:14 juillet]], comme la fête nationale » 😄. L'agent lui dit de faire la demande en ligne. Lui : « j'ai pas d'ordi, j'ai juste le tel ».",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Caen}}, atelier budget. [[PERSONNE:Samir]] vient d'ouvrir un compte à la {{Société Générale}} avec l'aide de l'éduc. Il montre fièrement son RIB : [[IBAN:30003 01920 00050271346 65]]. Il veut le photocopier pour l'afficher au mur 😂. [[PERSONNE:Samir]], {{27 ans}}, dit que c'est son premier compte.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Ajaccio}}, {{9h}}. {{Corsica Linea}} recrute pour l'été : hôtesses, stewards, cuisiniers à bord. La conseillère affiche l'offre, {{14 inscrits}} en une matinée.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Annecy}}. [[PERSONNE:Léna Burnier]], {{23 ans}}, étudiante, veut son propre compte. L'agent saisit son NIR : [[NIR:2 01 05 74 010 208 44]]. Elle rectifie sa date : « [[DATE_NAISSANCE:3 mai 2001]], pas le 5 ». Mail : [[EMAIL:lena.burnier@etu.univ-smb.fr]]. Elle repart avec un code {{Ameli}} provisoire.",
    ),
    (
        URG,
        AP,
        "Urgences {{Ajaccio}}, {{août}}. Un camping-car allemand garé devant l'entrée des urgences, plaque [[IMMATRICULATION:M-KL 4821]]. Le conducteur, Herr [[PERSONNE:Schneider]], est en salle avec sa femme, insolation. L'agent de sécurité tourne autour du camping-car, hésite, le laisse.",
    ),
    (
        CCAS,
        AT,
        "{{CCAS}} {{Saint-Jean-de-Maurienne}}, tel. Une dame âgée de {{Valloire}}, Mme [[PERSONNE:Rochaix]] : neige, elle ne peut plus descendre au village pour les courses. L'agente ([[PERSONNE:Nadine]]) appelle le voisin qui a un tracteur, M. [[PERSONNE:Jacquier]], au [[TELEPHONE:06 84 20 71 59]]. « On fait comme ça ici. »",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Saint-Denis}}. Mme [[PERSONNE:Omarjee]] ([[PERSONNE:Naïma]]) veut que l'{{AEEH}} de son fils passe sur son nouveau compte au {{Crédit Agricole}}. RIB : [[IBAN:FR76 1810 6000 3896 1120 4785 391]]. N° alloc [[N_ALLOCATAIRE:6602918]]. L'agent scanne. {{6 min}}. « Si tout lé kom i fo, ce sera le mois prochain. »",
    ),
    (
        FT,
        AT,
        "{{FT}} tel, {{15h40}}. Un monsieur appelle juste pour dire merci à la conseillère qui l'a aidé l'an dernier : il a un CDI. Elle n'est plus là (mutée). Le conseiller transmet. Sourires dans l'open space.",
    ),
    (
        CHRS,
        CSP,
        "Visite {{CHRS}} en diffus, {{Saint-Pierre}}, {{Ligne Paradis}}. Mme [[PERSONNE:Clain]] ([[PERSONNE:Jessica]]) et ses {{3 enfants}}, [[ADRESSE:12 chemin Badamier, 97410 Saint-Pierre]]. Le bail glissant passe à son nom en {{juin}}. L'éducatrice (Mme [[PERSONNE:Ethève]]) vérifie les quittances et le compteur. Les enfants jouent au {{carrom}} sur la varangue.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle {{Cpam}} (arrêt de travail) à {{Porto-Vecchio}}, {{15h}}. M. [[PERSONNE:Colonna]], arrêt pour lombalgie. Absent : il est sur son bateau au port 🙃. Sa femme l'appelle, il revient {{10 min}} après. Sorties autorisées, donc rien à dire. Le bateau s'appelle « {{Marie-Ange}} ». L'agent : « au moins il est pas à la chasse ».",
    ),
    (
        URG,
        AT,
        "Urgences {{Chamonix}}, tel. Le {{PGHM}} prévient : hélico en route avec un alpiniste, chute dans la {{Vallée Blanche}}. La secrétaire prépare le dossier : « [[PERSONNE:Tomasz Kowalski]], polonais, né en [[DATE_NAISSANCE:1990]] ». Le gendarme dicte le passeport : [[IDENTIFIANT:EK4129803]]. Arrivée prévue dans {{12 min}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Bourg-d'Oisans}}. Allocataire {{RSA}}, M. [[PERSONNE:Eymard]], déclare une activité de guide indépendant sans revenus. Le contrôleur demande son SIRET perso : [[IDENTIFIANT:812 456 730 00181]]. CA {{2023}} : {{3 400 €}}. « L'hiver c'est mort. » Chalet au [[ADRESSE:hameau de la Paute, 38520 Le Bourg-d'Oisans]], froid, poêle à bois.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Bordeaux}} {{Mériadeck}}. [[PERSONNE:Kenza Amrani]], {{31 ans}}, reconversion aide-soignante, dossier {{Transitions Pro}}. La conseillère vérifie l'identifiant, [[ID_FRANCE_TRAVAIL:4409127T]], et le mail, [[EMAIL:kenza.amrani33@gmail.com]]. Le formulaire plante {{2 fois}}. Conseillère : « c'est pas vous, c'est le site ».",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Saint-Paul}}, {{8h}}. File sous les {{badamiers}} devant l'entrée (pas de vraie salle d'attente). Un agent sort distribuer les tickets. Pluie à {{9h}} → tout le monde se serre sous l'auvent. Personne ne râle.",
    ),
    (
        CPAM,
        AT,
        "Conseillère {{Cpam}} {{Lyon}} : appel d'un jeune, [[PERSONNE:Enzo Moulin]], qui conteste un refus d'indemnités journalières. Elle lit son numéro de sécu : [[NIR:1980369123514 90]]. Vérif de la date : « [[DATE_NAISSANCE:17 mars 98]] ». Elle lui explique la {{CRA}} (commission de recours amiable), {{2 mois}} pour écrire.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Haute-Savoie}}, {{20h}}. Appel d'un saisonnier qui dort dans sa voiture à {{Cluses}}, [[PERSONNE:Florent]]. Il donne la plaque pour que la maraude le trouve : [[IMMATRICULATION:EZ-908-TH]]. Il bosse à l'usine de décolletage le jour. « Je dors dans la {{Clio}} depuis {{octobre}}. »",
    ),
    (
        URG,
        AP,
        "Urgences pédiatriques, {{Toulouse}} {{Purpan}}. Mur couvert de dessins d'enfants. Un clown hospitalier passe. Une maman dit que c'est la {{3e fois}} ce mois-ci pour l'asthme de sa fille. Attente : {{45 min}}, correct.",
    ),
    (
        CAF,
        AT,
        "Tel {{Caf}} {{Nord}}. Un frontalier qui travaille à {{Tournai}}, M. [[PERSONNE:Desmet]], veut ses allocs sur son compte belge : [[IBAN:BE14 0631 2345 6783]]. L'agent : « on ne verse que sur un compte SEPA... ah la {{Belgique}} c'est {{SEPA}}, ok ». Num alloc [[N_ALLOCATAIRE:2290475]].",
    ),
    (
        CCAS,
        CSP,
        "Visite {{CCAS}} {{Ajaccio}}, quartier {{Les Cannes}}. Mme [[PERSONNE:Tomasi]] ([[PERSONNE:Ghjuvanna]]), veuve, {{3 petits-enfants}} à charge, [[ADRESSE:bât. B4, résidence Les Cannes, 20090 Ajaccio]]. Le frigo est vide. L'AS donne un bon {{Leclerc}} de {{100 €}} + RDV à l'épicerie sociale.",
    ),
    (
        FT,
        AT,
        "{{FT}} {{La Réunion}}, tel. M. [[PERSONNE:Ah-Hot]] appelle depuis {{Mafate}} (le seul coin avec réseau : près de l'école à {{Marla}}). Il dicte son identifiant : « [[ID_FRANCE_TRAVAIL:six, deux, zéro, quatre, quatre, un, huit, J comme Jacques]] ». Le conseiller : « vous pouvez pas venir à l'agence ? » – « {{5h}} de marche » 😅. RDV par tel accordé.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Ajaccio}}. Mme [[PERSONNE:Leca]] ([[PERSONNE:Marie-Laure]]), {{37 ans}}, congé maternité, question sur les IJ. Attestation tendue, l'agente lit : « [[NIR:2 87 03 2A 004 112 81]] ». « Vous êtes d'Ajaccio ? » – « Oui, née à la {{Miséricorde}} ». Dossier ok.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Metz}}, repas du soir, {{19h}}. {{32 couverts}}. Un bénévole fait la vaisselle ici depuis {{12 ans}}. Pâtes bolo, compote. Deux hébergés se disputent la télécommande (foot vs série).",
    ),
    (
        URG,
        AP,
        "Urgences {{Saint-Paul}} ({{CHOR}}). Scooter renversé sur la {{route des Tamarins}}. Le conducteur, [[PERSONNE:Kévin Turpin]], {{19 ans}}, arrive avec le casque encore sur la tête. Les gendarmes passent pour le constat, immat du scooter : [[IMMATRICULATION:FK-312-RN]]. Sa mère arrive en pleurs : « mon marmay ! ».",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Annemasse}}. M. [[PERSONNE:Mendes]] ([[PERSONNE:Rui]]), maçon, licencié par une boîte suisse. Permis C, il demande des offres de chauffeur PL. Son tel : [[TELEPHONE:+41 79 482 16 30]] (suisse, il n'en a pas d'autre). Identifiant [[ID_FRANCE_TRAVAIL:3392048H]].",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Nantes}}. L'écran d'attente diffuse en boucle « Pensez à {{caf.fr}} ». Un monsieur à côté de moi : « si j'avais internet je serais pas là ». Rires dans la salle.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Mulhouse}}, {{Bourtzwiller}}. [[PERSONNE:Abdelkader Zeroual]], {{63 ans}}, veut une aide pour un billet vers l'{{Algérie}} (décès de sa sœur). Hors critères. L'agente ([[PERSONNE:Clémence]]) cherche quand même : fonds de secours. Elle prend son RIB : [[IBAN:FR7611006000213105286740450]]. Il a les larmes aux yeux.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Montpellier}}. Une étudiante chinoise, [[PERSONNE:Wang Jiayi]], demande son affiliation. Passeport : [[IDENTIFIANT:EH2931476]]. L'agente galère avec l'ordre nom/prénom. Au final : nom [[PERSONNE:Wang]], prénom [[PERSONNE:Jiayi]]. Mail : [[EMAIL:jiayi.w@etu.umontpellier.fr]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Saint-Joseph}}, {{Vincendo}}. Allocataire : [[PERSONNE:Sautron Marie-Annick]], n° [[N_ALLOCATAIRE:4106537]]. Déclare héberger sa mère. La mère, {{gramoun}}, est bien là, dans son fauteuil devant {{Antenne Réunion}}. Le contrôleur valide. {{20 min}}.",
    ),
    (
        FT,
        AT,
        "{{FT}} {{Bastia}}, tel, {{mi-septembre}}. Les saisonniers finissent, les appels doublent. Les conseillers appellent ça « la vague de septembre ». {{56 appels}} dans la journée pour {{3 conseillers}}.",
    ),
    (
        URG,
        AT,
        "Standard urgences {{Rouen}}. Un pharmacien appelle pour une ordonnance illisible d'un médecin des urgences, le Dr [[PERSONNE:Lemaire]]. La secrétaire va chercher le Dr [[PERSONNE:Lemaire]] en salle. Retour au pharmacien. {{7 min}} pour une ordonnance.",
    ),
    (
        CHRS,
        AT,
        "{{115}} de l'{{Isère}}, {{18h30}}. Une AS d'hôpital appelle pour une sortie d'hospit sans domicile : M. [[PERSONNE:Benhamou]], {{58 ans}}. Elle envoie la fiche, et donne son mail pour le retour : [[EMAIL:m.arnaud-cochet@chu-grenoble.fr]] (Mme [[PERSONNE:Arnaud-Cochet]]). Place trouvée pour demain seulement.",
    ),
    (
        CPAM,
        AT,
        "{{CGSS}}, tel. Un jeune du {{Tampon}}, [[PERSONNE:Dorian]], {{21 ans}}, veut sa carte {{Vitale}} avant de partir en métropole ({{Bordeaux}}, études). Il lit son numéro sur l'attestation : « [[NIR:1 03 09 97 422 161 27]] ». La conseillère : « ou lé né le combien ? » – « [[DATE_NAISSANCE:28 septembre]] ». Ok.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Metz}}, accueil. Une agente parle italien avec une dame âgée d'origine sicilienne. Elle m'explique : « ma grand-mère était de {{Catane}} aussi ». La dame repart avec des fiches traduites à la main.",
    ),
    (
        CCAS,
        AT,
        "{{CCAS}} {{Laval}}, tel. Une fille appelle pour sa mère, Mme [[PERSONNE:Vulliet]], {{84 ans}}, à {{Saint-Berthevin}} : dossier {{APA}}. L'agent demande un mail pour les documents : [[EMAIL:sophie.vulliet@gmail.com]] (c'est celui de la fille, [[PERSONNE:Sophie]]). « Maman n'a pas d'ordinateur. » Dossier envoyé le jour même.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Saint-Pierre}}. Atelier « CV en {{30 min}} ». Un participant, [[PERSONNE:Teddy Lebon]], a mis « permis B + voiture » et « {{créole}}, français, anglais scolaire ». La conseillère valide le créole comme langue. Il est fier. Il donne son insta pour qu'elle voie ses photos de chantier : [[IDENTIFIANT:@teddy_kaz974]].",
    ),
]

PART_5 = [
    (
        CAF,
        AP,
        "{{Caf}} {{Chambéry}}. M. [[PERSONNE:Dos Santos]] ([[PERSONNE:Nelson]]), saisonnier aux remontées mécaniques à {{Valmorel}}, vient déclarer qu'il a acheté une voiture pour la navette, on lui a dit que ça comptait (non). Il tend la carte grise quand même, [[IMMATRICULATION:GA-551-VS]]. Num alloc [[N_ALLOCATAIRE:9034417]]. L'agente sourit : « la voiture on s'en fiche, c'est vos revenus qui comptent ».",
    ),
    (
        CPAM,
        AT,
        "Tel {{Cpam}} {{Haute-Corse}}. Mme [[PERSONNE:Marcaggi]], de {{Corte}}, pour son {{ALD}}. Numéro dicté un peu vite : « [[NIR:2 80 11 2B 096 023 42]] ». Le conseiller ([[PERSONNE:Xavier]]) : « {{2B}} c'est B comme {{Bastia}} ? » – « oui, je suis née à Corte mais c'est 2B pareil ». Il rit, elle aussi.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Bordeaux}}, {{La Bastide}}. Le distributeur de café mange les pièces. Un monsieur tape dessus. L'agente sort {{50 centimes}} de son porte-monnaie pour lui. Petit geste, grand effet.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{La Réunion}}, {{2h}}. Une femme appelle depuis le parking du {{Jumbo}} de {{Sainte-Clotilde}} : elle a fui son conjoint avec sa fille de {{4 ans}}, elles sont dans la voiture, [[IMMATRICULATION:FH-660-RE]]. L'écoutante ([[PERSONNE:Valérie]]) appelle la police, puis trouve une place en urgence {{VIF}}. Elle reste en ligne jusqu'à l'arrivée de la patrouille, {{25 min}}.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Grenoble}} {{Teisseire}}. [[PERSONNE:Aurélien Pellet]], {{38 ans}}, ex-opérateur chez {{STMicro}} à {{Crolles}}, rupture conventionnelle. Il veut monter une micro-brasserie dans le {{Vercors}}. Conseiller : « {{ARCE}} ou maintien de l'ARE ? » Il ne sait pas. Mail pour le webinaire créateurs : [[EMAIL:aurelien.pellet@protonmail.com]]. Identifiant : [[ID_FRANCE_TRAVAIL:2018764P]].",
    ),
    (
        URG,
        AP,
        "Urgences {{Vichy}}, {{18h}}. Une dame de {{Cusset}}, [[PERSONNE:Odette Blanc]], {{89 ans}}, chute dans l'escalier. Sa fille donne la carte {{MGEN}} n° [[IDENTIFIANT:174388219]]. L'agente demande : « elle a des directives anticipées ? » Silence. La fille ne sait pas ce que c'est.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Saint-Louis}}, {{Les Makes}}. Vérif de résidence : l'allocataire, [[PERSONNE:Vellin]] ([[PERSONNE:Georges]]), est-il bien à {{La Réunion}} ? Les voisins disent qu'il est en métropole depuis {{6 mois}}. Volets clos, boîte aux lettres qui déborde. Le contrôleur relève l'adresse exacte pour le rapport : [[ADRESSE:45 chemin de la Source, Les Makes, 97421 Saint-Louis]]. Suspension probable.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Perpignan}}. M. [[PERSONNE:Puig]], {{71 ans}}, sous curatelle ({{UDAF}}), veut que ses remboursements arrivent chez sa fille. L'agent refuse, garde le compte géré par la curatelle : [[IBAN:FR76 1200 6000 1351 2430 9710 246]]. Le monsieur : « on me prend pour un gamin ».",
    ),
    (
        CCAS,
        CSP,
        "Visite {{CCAS}} {{Modane}} chez M. [[PERSONNE:Ruffier]], ancien cheminot, {{78 ans}}, [[ADRESSE:6 rue de la Fraternité, 73500 Modane]]. Colis + aide au chauffage. Il parle de la gare internationale, du tunnel du {{Fréjus}}, des {{Italiens}} d'avant. Un vieux {{berger allemand}}, {{Lupo}}, dort sous la table. Dossier rempli en {{40 min}}.",
    ),
    (
        FT,
        AT,
        "Appel entrant {{FT}} {{Strasbourg}} : M. [[PERSONNE:Schaeffer]] veut savoir pourquoi on lui réclame un trop-perçu de {{1 120 €}}. La conseillère regarde : déclaration d'une agence d'intérim ({{Adecco}}). Elle redemande l'identifiant pour être sûre, [[ID_FRANCE_TRAVAIL:6640238S]]. Il s'énerve, elle garde un ton égal.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Avignon}}, cour intérieure. Un {{olivier}} au milieu, des chaises en plastique. {{3 hébergés}} jouent à la belote. L'éducateur dit que c'est là que les vraies discussions ont lieu, pas dans le bureau.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle {{CGSS}}, arrêt maladie à {{Saint-André}}. M. [[PERSONNE:Mardaye]] est bien là, il répare le toit de sa case… alors qu'il est en arrêt pour le dos 😬. L'agent note « présent » sans commentaire. Au mur : calendrier du temple tamoul, image de {{Shiva}}. Adresse : [[ADRESSE:7 allée des Letchis, 97440 Saint-André]].",
    ),
    (
        CAF,
        AT,
        "{{Caf}} de la {{Gironde}}, plateau. Le chef d'équipe me montre le tableau : {{82 %}} de décroché ce matin. « Le lundi de la rentrée, on plafonne à {{60}}. » Les agents tournent à {{45 appels}} chacun.",
    ),
    (
        URG,
        AT,
        "Urgences {{Bastia}}, tel. Une touriste italienne appelle pour son mari, [[PERSONNE:Marco Bellini]], admis dans la nuit. Elle parle italien, l'infirmière ([[PERSONNE:Santa]]) répond en corse, elles se comprennent 😊. Elle laisse son numéro : [[TELEPHONE:+39 347 218 5590]].",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Le Port}}. Forum emploi du {{Grand Port Maritime}}. Grutier, cariste, docker. Un jeune demande si ça paie bien. Le recruteur rit : « mieux que l'intérim ». {{120 visiteurs}} à midi.",
    ),
    (
        CCAS,
        AT,
        "{{CCAS}} {{Saint-Martin-d'Hères}}, tel. Le bailleur ({{Actis}}) signale un locataire âgé qui ne répond plus : M. [[PERSONNE:Cavallaro]], [[ADRESSE:22 avenue Ambroise Croizat, 38400 Saint-Martin-d'Hères]]. L'agente lance une visite de la police municipale. Rappel {{1h}} après : il était chez sa fille à {{Voiron}}. Ouf.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Calais}}, {{Beau-Marais}}. Mme [[PERSONNE:Antonetti]] arrive avec une pochette pleine de courriers pas ouverts. L'agente les ouvre un par un : un indu, deux attestations, un rappel de {{RSA}}. N° alloc lu sur le courrier : [[N_ALLOCATAIRE:0187652]]. Elle pleure, l'agente lui tend un mouchoir et continue. {{35 min}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Lille}}, {{22h}}. L'écoutant reconnaît la voix : « c'est M. [[PERSONNE:Traoré]] ? » – « oui, c'est [[PERSONNE:Seydou]] ». Il appelle tous les soirs depuis {{3 semaines}}. Ce soir, place trouvée au {{Samu social}}. L'écoutant lève le poing.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Savoie}}, antenne de {{Saint-Jean-de-Maurienne}}. M. [[PERSONNE:Mugnier]] ([[PERSONNE:Cédric]]), {{35 ans}}, ouvrier à l'usine d'alu. Accident du travail. L'agente tape le NIR : [[NIR:1 89 04 73 248 038 75]]. « Vous êtes né ici ? » – « à la maternité d'ici, elle a fermé depuis ». Feuille d'AT imprimée.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Corte}}, permanence à la mairie (pas d'agence). [[PERSONNE:Saveriu Cristofari]], {{26 ans}}, berger, veut une formation de fromager. La conseillère vient d'{{Ajaccio}} {{1 jour}} par semaine. Identifiant [[ID_FRANCE_TRAVAIL:0712336A]], mail [[EMAIL:saveriu.cristofari@corsica.net]]. Il parle surtout de ses {{200 chèvres}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{Lariboisière}}, {{minuit}}. Salle bondée. Un SDF dort sur une chaise, l'agent de sécurité le laisse. « Il vient tous les soirs quand il fait froid. » L'interne passe en courant.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} {{Besançon}}, quartier de {{Planoise}}. Mme [[PERSONNE:Kaya]] ([[PERSONNE:Esra]]) déclare un loyer de {{780 €}}. Le contrôleur demande quittances et relevés : virements mensuels depuis le compte [[IBAN:FR7616807000123061472958067]]. Tout colle. Le bailleur est son oncle, M. [[PERSONNE:Kaya]] lui aussi. {{25 min}}.",
    ),
    (
        CPAM,
        AT,
        "{{Cpam}}, plateforme, {{11h05}}. Une dame veut envoyer son arrêt de travail par mail. Le conseiller : « non madame, par courrier ou via le médecin ». Elle insiste et donne son mail « au cas où » : [[EMAIL:brigitte.roux1962 (arobase) wanadoo.fr]]. Il ne le note pas. Moi si, réflexe 😅",
    ),
    (
        CHRS,
        CSP,
        "Visite {{CHRS}} en diffus à {{Albertville}}. Jeune couple, [[PERSONNE:Dylan]] et [[PERSONNE:Marina]], {{20 ans}} tous les deux, bébé de {{3 mois}}. Appart nickel. Contrat saison à {{Courchevel}} cet hiver (plonge + ménage). Leur projet : un logement à eux avant l'hiver. L'éduc dépose la demande, {{NUR}} [[IDENTIFIANT:073231000418265]].",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Saint-Pierre}}. Une dame de {{Mayotte}}, [[PERSONNE:Mariama Soilihi]], demande une domiciliation pour le courrier de la préfecture. Récépissé de demande de titre : [[IDENTIFIANT:9740062417]]. L'agent connaît trois mots de shimaoré, « {{karibu}} ». Elle rit.",
    ),
    (
        FT,
        AT,
        "{{FT}} {{Haute-Savoie}}, tel, {{novembre}}. Tous les appels parlent de la saison qui démarre : « est-ce que je perds mes droits si je prends un contrat de {{4 mois}} ? ». La conseillère répète la même réponse {{10 fois}}. Elle a une fiche plastifiée exprès.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Marseille}}, {{Saint-Mauront}}. M. [[PERSONNE:Benslimane]] a un indu de {{640 €}} et veut changer de banque en même temps. Nouveau RIB : [[IBAN:FR76 1440 6000 5181 7302 9461 565]]. Num alloc [[N_ALLOCATAIRE:5529018]]. Échéancier à {{40 €}} par mois, il signe.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle {{Cpam}} à {{Cargèse}}, {{17h}}. Personne, volets fermés. La voisine : « ils sont à la plage, comme tout le monde ». Avis de passage. L'agent soupire : {{1h10}} de route pour ça.",
    ),
    (
        URG,
        AP,
        "Urgences {{CHOR}} {{Saint-Paul}}. Jeune femme enceinte, [[PERSONNE:Océane Payet]], contractions. L'agente prend la carte {{Vitale}} : NIR [[NIR:297109741508835]]. « Née en [[DATE_NAISSANCE:octobre 97]] ? » – « oui ». Transfert direct en maternité. Dans la salle, la télé passe un vieux but de {{Dimitri Payet}}, un papy commente.",
    ),
    (
        CCAS,
        AT,
        "Tel {{CCAS}} {{Lyon}} {{9e}}. Journée « plan canicule » : l'agente appelle les {{42 personnes}} du registre. {{38}} décrochent. Pour les {{4 autres}}, visite. Elle coche au feutre vert.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Saint-Denis}}, admission. [[PERSONNE:Jean-Claude Lebreton]], {{59 ans}}, ex-marin. Il ne connaît pas sa date exacte : « mi koné juste lané, [[DATE_NAISSANCE:soixante-cinq]] ». L'éduc vérifie sur l'acte : [[DATE_NAISSANCE:5 avril 1965]]. Ils rient tous les deux.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Clermont-Ferrand}}. M. [[PERSONNE:Ribeiro]] demande l'aide au carburant pour une formation à {{Vichy}}. La conseillère demande la carte grise : [[IMMATRICULATION:DK-442-HF]], au nom de sa femme. « Ça marche quand même ? » – « oui si vous êtes mariés ». {{0,22 €}}/km.",
    ),
    (
        URG,
        AT,
        "Urgences {{Annecy}}, tel, {{4h}}. Le {{SAMU 74}} annonce un accident de car de saisonniers sur la route des {{Aravis}}. {{9 blessés}} légers. La secrétaire libère des box. Le cadre arrive en jogging 😅",
    ),
    (
        CPAM,
        AP,
        "{{CGSS}} {{Saint-Denis}}, {{Le Chaudron}}. Mme [[PERSONNE:Saïd Ali]] ([[PERSONNE:Fatima]]), née aux {{Comores}} en [[DATE_NAISSANCE:juin 1972]], demande la {{C2S}}. L'agent lit son NIR : [[NIR:2 72 06 99 397 009 15]]. Pas de justificatif de domicile : elle vit chez sa sœur, [[ADRESSE:14 rue Jules Ferry, 97490 Sainte-Clotilde]]. Attestation d'hébergement à faire.",
    ),
    (
        CAF,
        AT,
        "Plateforme {{Caf}} {{La Réunion}}. M. [[PERSONNE:Técher]], de {{Saint-Leu}}, demande si la {{prime de Noël}} sera versée. « Oui, vers le {{15 décembre}}. » Il donne son numéro allocataire pour vérifier : [[N_ALLOCATAIRE:2178493]]. L'agent : « zot i gaingn ». Il raccroche content.",
    ),
]

PART_6 = [
    (
        CAF,
        AP,
        "{{Caf}} {{Chartres}}. Mme [[PERSONNE:Rosset]], {{42 ans}}, vient de divorcer, veut les allocs sur son compte à elle. Nouveau RIB : [[IBAN:FR76 1090 7002 1152 0193 8471 691]]. L'agente explique qu'il faut aussi changer d'allocataire sur le dossier. L'allocataire actuel, c'est l'ex-mari, M. [[PERSONNE:Decroux]]. Elle lève les yeux au ciel.",
    ),
    (
        CAF,
        AT,
        "Tel {{Caf}} du {{Var}}. Un monsieur de {{Brignoles}}, M. [[PERSONNE:Raffalli]], ne reçoit jamais les mails de la Caf. L'agent vérifie l'adresse enregistrée : « [[EMAIL:raffali.jp@orange.fr]] » — il manquait un L. Corrigé en [[EMAIL:raffalli.jp@orange.fr]]. {{4 min}}, problème de {{2 ans}} réglé.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} {{Amiens}}, {{Étouvie}}. Allocataire n° [[N_ALLOCATAIRE:3310486]], Mme [[PERSONNE:Dupuis]], {{RSA}} + {{AL}}. Un utilitaire garé devant, lettrage « {{Dupuis Rénovation}} ». Le contrôleur relève la plaque, [[IMMATRICULATION:EF-127-QW]]. Elle : « c'est à mon frère, il a sa boîte ». Le contrôleur note, vérifiera au registre.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Dijon}}, {{14h}}. Atelier « créer son compte {{Ameli}} » : {{6 personnes}}, dont {{2}} sans adresse mail. L'animatrice crée les mails avec eux sur place. Une dame de {{80 ans}} réussit du premier coup et s'applaudit elle-même 👏",
    ),
    (
        CPAM,
        AT,
        "{{CGSS}}, tel. Mme [[PERSONNE:Grondin]] de {{Bras-Panon}} rappelle pour la {{3e fois}} : remboursement du {{VSL}} jusqu'à {{Saint-Denis}} pour la dialyse. Le conseiller ([[PERSONNE:Eddy]]) : « mi note out numéro, in collègue i rappel aou ». Numéro : [[TELEPHONE:02 62 51 33 08]].",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Annecy}}, fin de matinée. {{4 demandes}} de domiciliation en {{1h}}, toutes de saisonniers. L'agente : « en {{décembre}} c'est la folie, les stations recrutent et personne n'a de logement ». Sur son bureau, une boule à neige du {{Semnoz}}.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Ajaccio}}. M. [[PERSONNE:Battesti]] accompagne son fils, [[PERSONNE:Petru]], {{17 ans}}, autiste, pour un dossier {{MDPH}} en retard. Numéro de dossier MDPH : [[IDENTIFIANT:2A-2023-004871]]. L'agente ([[PERSONNE:Marie-Pierre]]) appelle la MDPH devant eux. Réponse : « en cours ». Le père : « ça fait {{8 mois}} ».",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Roubaix}}. Inscription au registre des personnes vulnérables. Mme [[PERSONNE:Dewulf]] ([[PERSONNE:Germaine]]), née le [[DATE_NAISSANCE:11/11/1938]], {{86 ans}}, venue seule à pied. Elle laisse le numéro de sa voisine au cas où : [[TELEPHONE:03 20 73 41 92]].",
    ),
    (
        CCAS,
        AT,
        "{{CCAS}} {{Saint-Denis}}, tel, alerte cyclonique jaune. Pic d'appels : « est-ce que le gymnase est ouvert ? ». Les agents ont la liste des centres d'hébergement d'urgence sous les yeux. L'un d'eux : « l'an dernier avec {{Belal}} on a ouvert {{12 centres}} ».",
    ),
    (
        CCAS,
        AT,
        "{{CCAS}} {{Creil}}, tel. Une AS de la {{Maison départementale de la solidarité}} appelle pour une famille expulsée demain, famille [[PERSONNE:Kouassi]], jugement RG [[IDENTIFIANT:22/03418]]. L'agente cherche un hôtel pour {{5 personnes}}. Elle note le portable de la mère : [[TELEPHONE:07 81 62 05 49]].",
    ),
    (
        CCAS,
        AT,
        "Tel {{CCAS}} {{Nîmes}}. M. [[PERSONNE:Garcia]] signale que sa voisine, Mme [[PERSONNE:Soler]], ne sort plus : « elle habite au [[ADRESSE:4 impasse des Micocouliers]], juste en face ». L'agente note, transmet à l'équipe de visite. « Merci de nous avoir appelés, vraiment. »",
    ),
    (
        CCAS,
        CSP,
        "Visite {{CCAS}} à {{Thônes}} chez un couple d'agriculteurs retraités, M. et Mme [[PERSONNE:Bochet]]. Ferme au [[ADRESSE:lieu-dit La Cour, 74230 Les Villards-sur-Thônes]]. Demande d'aide pour adapter la salle de bain. {{Reblochon}} fermier offert à la fin 🧀, l'AS n'a pas pu refuser.",
    ),
    (
        CCAS,
        CSP,
        "Visite {{CCAS}}, {{Villeurbanne}}, personne âgée isolée. Appartement nickel, photos de mariage partout, télé allumée sur {{France 3}}. Elle nous retient {{1h}} pour parler. L'AS dit que c'est ça aussi le boulot.",
    ),
    (
        URG,
        AP,
        "Urgences {{Chambéry}}, samedi. Un groupe d'Anglais de {{Val Thorens}}, l'un a le genou en vrac. Plus de carte européenne depuis le {{Brexit}} : {{GHIC}} n° [[IDENTIFIANT:820355741]]. [[PERSONNE:Harry Whitmore]], né le [[DATE_NAISSANCE:1999-06-14]] (il montre l'appli du {{NHS}}). L'agente recopie tout à la main.",
    ),
    (
        URG,
        AP,
        "Urgences {{GHSR}}, {{Saint-Pierre}}, {{2h}}. Une dame amène son mari, M. [[PERSONNE:Payet]] ([[PERSONNE:Gérard]]), piqûre de guêpe, allergique. Elle lit le numéro d'adhérent sur la carte {{Harmonie}} : [[IDENTIFIANT:974 0183 2256]]. « Il a pas pris son stylo d'adrénaline, il l'a laissé dans l'oto. »",
    ),
    (
        URG,
        AT,
        "Urgences {{Besançon}}, tel. Un père appelle du {{Portugal}} : son fils [[PERSONNE:Rafael]], {{19 ans}}, {{Erasmus}}, serait arrivé cette nuit. La secrétaire ne confirme rien, prend le numéro : [[TELEPHONE:+351 912 408 377]]. « Un médecin vous rappellera. »",
    ),
    (
        URG,
        AT,
        "Urgences {{Ajaccio}}, tel. Le {{SAMU 2A}} annonce un hélico depuis {{Bonifacio}} : M. [[PERSONNE:Giacomoni]], {{67 ans}}, AVC suspect. La secrétaire crée le dossier avec la date donnée par le régulateur : [[DATE_NAISSANCE:02/08/1957]]. Tout le monde se met en place.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Chambéry}}, bureau de l'éduc. [[PERSONNE:Yanis Belhadj]], {{24 ans}}, prépare son entretien pour un poste de perchman à {{La Plagne}}. L'éduc l'aide à se connecter à son espace {{France Travail}} : identifiant [[ID_FRANCE_TRAVAIL:1087652V]]. Le mail de la station est arrivé sur [[EMAIL:yanis.bhj73@gmail.com]] : entretien mardi.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Saint-Pierre}}, {{10h}}. Atelier cuisine : {{rougail saucisses}} pour {{15}}. [[PERSONNE:Ginette]], {{63 ans}}, hébergée, dirige tout le monde. L'éduc me glisse : « elle était cuisinière dans un hôtel à {{Grande Anse}} ».",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Nancy}}. Un résident, [[PERSONNE:Kamel]], reçoit une lettre de la préfecture : {{OQTF}}. Il la tend à l'éduc, les mains tremblent. Numéro étranger sur la lettre : [[IDENTIFIANT:5403218867]]. L'éduc appelle la {{Cimade}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Haute-Corse}}, {{23h10}}. La gendarmerie de {{Ponte-Leccia}} signale une famille dans un camping-car en panne, plaque italienne [[IMMATRICULATION:GF 318 KM]]. {{4 personnes}} dont un bébé. L'écoutant ([[PERSONNE:Ghjuvan Petru]]) trouve une chambre d'hôtel à {{Bastia}} pour la nuit.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Savoie}}, {{21h}}. Une saisonnière de {{Méribel}}, [[PERSONNE:Chloé]], a perdu son logement de fonction après une dispute avec le patron. Elle appelle du portable d'une collègue : [[TELEPHONE:06 45 90 12 38]]. Pas de place en haute vallée, navette pour {{Moûtiers}} demain matin.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Toulouse}}. L'écoutant me montre le logiciel {{SI-SIAO}}. À l'écran : « M. [[PERSONNE:Fernandes Carlos]] – né le [[DATE_NAISSANCE:04/07/1981]] – {{3 nuits}} ce mois ». Il fait défiler vite, je n'ai pas le temps de tout lire.",
    ),
    (
        CHRS,
        CSP,
        "Visite {{CHRS}} en diffus, {{Bastia}}, {{Paese Novu}}. Mme [[PERSONNE:Benaïssa]] ([[PERSONNE:Leïla]]) et son fils. L'appart est dans une tour avec vue sur la mer 😍. Elle montre la facture d'eau, réf abonné [[IDENTIFIANT:0045217893]]. L'éduc la félicite, tout est payé.",
    ),
    (
        CHRS,
        CSP,
        "Visite {{CHRS}} (logement passerelle) à {{Poitiers}}. M. [[PERSONNE:Lambert]] ([[PERSONNE:Kevin]]) attend toujours ses {{APL}}. L'éduc regarde son espace {{Caf}} avec lui : n° [[N_ALLOCATAIRE:6127390]]. Bloqué pour une pièce manquante. Envoyée sur place depuis le tel.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Isère}}, {{Grenoble}}. Mme [[PERSONNE:Giordano]] ([[PERSONNE:Sandra]]), {{44 ans}}, pension d'invalidité. Elle récite son numéro par cœur : « [[NIR:2791238185431 78]] ». L'agente : « vous le connaissez mieux que moi ». {{25 min}}, l'invalidité c'est compliqué.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Orléans}}. Un jeune, [[PERSONNE:Maxime Leroy]], première fois ici. Il veut ses remboursements sur son compte et plus sur celui de ses parents. RIB de sa néobanque : [[IBAN:FR76 3000 4024 1700 0103 9625 416]]. Fait en {{3 min}}. Il demande « c'est tout ? ».",
    ),
    (
        CPAM,
        AT,
        "Tel {{Cpam}} {{Corse-du-Sud}}. M. [[PERSONNE:Agostini]] ([[PERSONNE:Dumè]]), agriculteur retraité, pour le transport vers {{Marseille}} (chimio à la {{Timone}}). L'avion est pris en charge avec accord préalable. Le conseiller prend son numéro : [[TELEPHONE:04 95 78 12 60]].",
    ),
    (
        CPAM,
        AT,
        "Tel {{Cpam}}, {{15h12}}. Un monsieur pressé, M. [[PERSONNE:Le Bihan]] : « mon numéro c'est le [[NIR:1770135238402 25]], je suis né à {{Rennes}} en [[DATE_NAISSANCE:janvier 77]], allez-y ». Le conseiller rit : « on va y aller doucement ».",
    ),
    (
        CPAM,
        AT,
        "{{CGSS}} tel, {{8h}}. Premier appel de la journée en créole, le deuxième aussi. La conseillère passe du français au créole selon l'interlocuteur, sans y penser. Elle dit que les collègues de {{métropole}} en formation sont bluffés.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle {{Cpam}} arrêt maladie à {{Décines-Charpieu}}, {{9h40}}. [[ADRESSE:15 rue Paul Bert, 69150 Décines-Charpieu]]. M. [[PERSONNE:Ait Said]] ouvre en jogging, béquilles. Tout est normal. « Vous voulez un café ? » L'agent refuse, comme toujours. {{6 min}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{Lens}}. Une ado, [[PERSONNE:Lilou]], {{15 ans}}, arrive avec sa CPE, Mme [[PERSONNE:Duhamel]]. Entorse en sport. Parents injoignables. La CPE laisse son portable perso : [[TELEPHONE:06 29 14 77 83]].",
    ),
    (
        URG,
        AT,
        "Urgences {{Grenoble}}, tel, dimanche. Le {{PGHM}} de l'{{Isère}} appelle {{3 fois}} dans l'après-midi (randos en {{Chartreuse}}). La secrétaire les reconnaît à la voix. « C'est toujours les mêmes gendarmes le dimanche. »",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Ajaccio}}. M. [[PERSONNE:Orsini]] ([[PERSONNE:Francescu]]), {{45 ans}}, chauffeur de car scolaire, contrat pas renouvelé par la {{Collectivité de Corse}}. Identifiant [[ID_FRANCE_TRAVAIL:5530112N]]. Il veut savoir s'il peut faire taxi l'été. La conseillère lui parle de la formation {{VTC}}.",
    ),
    (
        FT,
        AT,
        "{{FT}} tel, {{Brest}}. Une dame, [[PERSONNE:Nolwenn Le Floc'h]], n'arrive pas à déposer son CV en ligne. Le conseiller propose qu'elle l'envoie par mail, elle épelle : « [[EMAIL:nolwenn.lefloch29@gmail.com]], floc'h sans l'apostrophe » 😄",
    ),
]

PART_7 = [
    (
        CAF,
        AP,
        "{{Caf}} {{Saint-Pierre}}, lendemain de cyclone. Mme [[PERSONNE:Hoarau]] ([[PERSONNE:Nathalie]]), {{36 ans}}, {{4 enfants}}, le toit de sa {{kaz}} est parti. Elle demande une aide exceptionnelle. L'agente ouvre le dossier n° [[N_ALLOCATAIRE:4820163]] : « nou lé là pou ou ». Aide d'urgence versée sur le compte [[IBAN:FR7615135009500821357469014]] sous {{48h}}.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Albertville}}, permanence du mardi. Personne pendant {{40 min}}. Puis {{5 personnes}} d'un coup. L'agente : « c'est toujours comme ça, ils descendent de la vallée par la même navette ».",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Lille}}, {{Moulins}}. Mme [[PERSONNE:Boulanger]], {{55 ans}}, demande le {{RSA}} : elle bossait chez un {{boulanger}} de {{Wazemmes}} qui a fermé. L'agente lit le NIR sur sa carte : « [[NIR:2 69 07 59 350 611 29]] ». « Née à Lille ? » – « toujours vécu ici ». Dossier ouvert en {{20 min}}.",
    ),
    (
        CAF,
        AT,
        "Tel {{Caf}} {{Savoie}}. Un saisonnier de {{Tignes}}, [[PERSONNE:Lucas Jacquemet]], veut savoir si sa {{prime d'activité}} continue pendant la saison. Num alloc : [[N_ALLOCATAIRE:8851206]]. Il appelle depuis un télésiège, on entend le vent 😂. L'agent lui dit de bien déclarer chaque trimestre.",
    ),
    (
        CAF,
        AT,
        "{{Caf}}, plateau du {{Val-de-Marne}}. Un agent me montre ses « phrases magiques » sur un post-it : « je comprends », « je regarde avec vous », « je vous rappelle avant {{17h}} ». Il les tient d'une collègue partie à la retraite.",
    ),
    (
        CAF,
        AT,
        "Tel {{Caf}} {{Haute-Corse}}. Mme [[PERSONNE:Mariani]] dicte son nouvel IBAN, l'agent répète par groupes de quatre : « [[IBAN:FR76 1751 5900 0004 5217 8369 282]] ». Il lui conseille de passer par {{caf.fr}} la prochaine fois. Elle : « je suis à {{Calenzana}}, internet ça dépend du vent ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Moûtiers}}, {{10h}}. Mme [[PERSONNE:Martinetti]], isolée, {{2 enfants}}. Le contrôleur remarque une voiture immatriculée en {{Italie}} devant le chalet, [[IMMATRICULATION:FX 902 LT]]. « C'est à mon père, il vient de {{Turin}} garder les petits. » Carte d'identité italienne du père montrée, n° [[IDENTIFIANT:CA48127KB]]. Ok.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Saint-Paul}}, {{La Saline}}. Allocataire : [[PERSONNE:Boyer Jean-Noël]], dossier [[N_ALLOCATAIRE:3367024]], [[ADRESSE:89 rue du Général de Gaulle, 97422 La Saline]]. Déclare {{10 h}} par semaine dans un restaurant de {{L'Hermitage}}. Fiches de paie vérifiées, {{30 min}}. Le coq du voisin chante sans arrêt.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}}, {{Saint-Étienne}}, {{11h}}. Le contrôleur m'explique avant d'entrer : « on n'est pas la police, on vérifie une situation ». Dans l'appart, la dame a préparé une pochette avec TOUT, classé par année. Il dit que ça arrive {{1 fois sur 10}}.",
    ),
    (
        CPAM,
        AT,
        "Tel {{Cpam}} {{Isère}}. Mme [[PERSONNE:Boukhari]] ([[PERSONNE:Sabrina]]), enceinte, veut déclarer sa grossesse. Elle donne son NIR : [[NIR:2 93 08 38 151 276 18]]. Le conseiller : « née en [[DATE_NAISSANCE:août 93]] à {{Échirolles}} ? » – « oui ». La sage-femme a déjà fait la déclaration en ligne, tout est là.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Chamonix}}. Un ancien guide de haute montagne, M. [[PERSONNE:Ravanel]], demande une aide pour sa femme en EHPAD à {{Passy}} ({{EHPAD Le Balcon du Mont-Blanc}}). Reste à charge : {{2 300 €}}/mois. L'agente parle de l'{{ASH}}. Lui : « j'ai jamais rien demandé à personne ».",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Maubeuge}}. Mme [[PERSONNE:Vandenberghe]], belge, en {{France}} depuis {{20 ans}}, a gardé son compte en {{Belgique}}. Aide de {{150 €}} pour la cantine. L'agente saisit l'IBAN belge : [[IBAN:BE29 3101 9852 7764]]. « Ça passe ? » – « normalement ».",
    ),
    (
        CCAS,
        AT,
        "{{CCAS}} {{Ajaccio}}, tel. Un médecin traitant, le Dr [[PERSONNE:Ceccaldi]], signale une patiente âgée seule, Mme [[PERSONNE:Cesari]], [[ADRESSE:7 rue Fesch, 20000 Ajaccio]]. Il laisse sa ligne directe : [[TELEPHONE:04 95 21 63 40]]. Visite programmée demain.",
    ),
    (
        CCAS,
        AT,
        "Tel {{CCAS}} {{Saint-Benoît}}. M. [[PERSONNE:Pounoussamy]] demande une aide pour une bouteille de gaz. L'agente lui donne RDV {{lundi}} {{8h30}}. Lui : « mi pé vien avek mon gramoune ? » – « bien sûr ».",
    ),
    (
        CCAS,
        CSP,
        "Visite {{CCAS}} {{Le Havre}}, quartier {{Caucriauville}}. M. [[PERSONNE:Lecoq]], {{68 ans}}, [[ADRESSE:21 rue Jules Vallès, 76610 Le Havre]], {{11e étage}}. Demande d'aide pour une télé (la sienne a grillé), pas dans les critères. L'AS trouve une asso. Il a un perroquet, {{Coco}}, qui dit « bonjour madame ».",
    ),
    (
        URG,
        AT,
        "Urgences {{Félix Guyon}}, tel. Un médecin de {{Cilaos}} annonce l'évacuation d'un randonneur par l'hélico {{Dragon 974}} : [[PERSONNE:Mathis Rivière]], {{27 ans}}, de {{Lyon}}, en vacances. Entorse grave + hypothermie. « Il y a trop de {{rivières}} à traverser là-haut pour les baskets », dit le médecin.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Bastia}}, entretien. [[PERSONNE:Hamid]], {{33 ans}}, ouvrier agricole, sans logement après la saison des clémentines. Titre de séjour saisonnier n° [[IDENTIFIANT:2B00523714]]. Né le [[DATE_NAISSANCE:21 mars 1991]] à {{Taroudant}}. L'éduc : « on en a {{6}} comme lui cet hiver ».",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Dijon}}. [[PERSONNE:Sofiane]] crée son premier mail avec l'éduc, pour candidater chez {{Lidl}}. Adresse : [[EMAIL:sofiane.benamar21@gmail.com]]. Il rit en choisissant le mot de passe, « c'est le prénom de ma fille » (l'éduc lui dit de ne pas me le dire 😅).",
    ),
    (
        CHRS,
        AT,
        "{{115}} de la {{Loire}}, {{0h20}}. La police municipale de {{Roanne}} signale un couple avec un chien qui dort dans un {{Kangoo}}, [[IMMATRICULATION:CW-615-LP]]. Ils refusent l'hébergement sans le chien, {{Oslo}}. L'écoutante ([[PERSONNE:Fanny]]) cherche une structure qui accepte les animaux. Aucune ce soir.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{La Réunion}}. Une mère appelle pour son fils, [[PERSONNE:Jordan]], qui dort dans les ravines à {{Saint-Benoît}} depuis {{2 semaines}}. Elle donne le numéro du fils : [[TELEPHONE:0693 08 52 17]]. L'écoutant promet que la maraude passera. Elle dit « mersi », puis « mi pé pa nouri li tout le temps ».",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Montpellier}}. L'écoutant retrouve la demande de Mme [[PERSONNE:Diop]] ([[PERSONNE:Awa]]) dans le {{SI-SIAO}}, réf. [[IDENTIFIANT:SIAO34-24-118920]]. Sur liste d'attente pour un {{CHRS}} depuis {{4 mois}}. Il lui dit la vérité, elle remercie quand même.",
    ),
    (
        CHRS,
        CSP,
        "Visite {{CHRS}} en diffus, {{Annecy}}, {{Novel}}. [[PERSONNE:Tsering]], tibétain, {{38 ans}}, plongeur à {{Annecy-le-Vieux}}. Appart partagé avec {{2 autres}} hommes. Drapeaux de prière au balcon. Il montre son récépissé, n° {{OFPRA}} [[IDENTIFIANT:22-11-04518]]. Tout est en ordre.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Saint-Benoît}}. M. [[PERSONNE:Latchoumanin]] ([[PERSONNE:Willy]]), {{50 ans}}, planteur, la coupe est finie. Il veut passer le permis poids lourd. Identifiant : [[ID_FRANCE_TRAVAIL:4602317B]]. La conseillère : « la canne ou le camion, faut choisir ». Rires.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Annemasse}}. Mme [[PERSONNE:Duret]], frontalière licenciée à {{Genève}}, veut l'ARE sur son compte suisse : [[IBAN:CH33 0023 5234 5198 7600 1]]. La conseillère : « il nous faut un compte {{SEPA}}... la {{Suisse}} c'est SEPA ». Identifiant [[ID_FRANCE_TRAVAIL:2096531E]].",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Nice}}, salle d'attente. Une affiche « Recrutement saisonnier : {{Monaco}} ». {{3 personnes}} la prennent en photo. L'agent d'accueil répète « l'inscription c'est sur le site » toutes les {{5 minutes}}.",
    ),
    (
        FT,
        AP,
        "{{FT}} {{Porto-Vecchio}}. [[PERSONNE:Julien Marchetti]], {{29 ans}}, veut l'aide au déménagement pour un CDI à {{Bastia}}. Il a loué un utilitaire {{Super U}}, plaque [[IMMATRICULATION:GB-228-XF]] sur le devis. La conseillère : « il me faut le contrat et le devis, pas la plaque » 😄",
    ),
    (
        FT,
        AT,
        "{{FT}} tel, {{Grenoble}}. Un chercheur, Dr [[PERSONNE:Anand Krishnan]], fin de contrat au {{CNRS}}, demande ses droits. Il dicte son mail pro, « [[EMAIL:anand.krishnan@univ-grenoble-alpes.fr]] », puis se ravise : « non, mettez le perso, je perds l'autre le {{31}} » : [[EMAIL:anand.k.phys@gmail.com]].",
    ),
    (
        FT,
        AT,
        "{{FT}} {{La Réunion}}, appel sortant. La conseillère, Mme [[PERSONNE:Lauret]], rappelle [[PERSONNE:Kelly]], {{22 ans}}, pour une offre de vendeuse à {{Saint-Gilles}}. Elle compose en lisant tout haut : « [[TELEPHONE:zéro six neuf deux, trente, quarante-quatre, dix-neuf]] ». Messagerie. Message en créole puis en français.",
    ),
    (
        FT,
        AT,
        "{{FT}} tel, {{Limoges}}. M. [[PERSONNE:Lacombe]] signale un changement d'adresse : [[ADRESSE:9 allée des Tilleuls, 87100 Limoges]]. Le conseiller demande l'identifiant, [[ID_FRANCE_TRAVAIL:3315079G]]. Le monsieur : « c'est écrit sur quoi déjà ? » {{3 min}} pour le trouver.",
    ),
    (
        FT,
        AT,
        "{{FT}} {{Corse}}, tel. Une mère appelle pour son fils, [[PERSONNE:Paul-Antoine]], {{18 ans}}, qui veut un apprentissage aux {{Chemins de fer de la Corse}}. Le conseiller demande le numéro du fils pour le joindre directement : [[TELEPHONE:06 12 89 40 33]]. « Il dort, il est midi », dit la mère 😂",
    ),
]

NOTES = PART_1 + PART_2 + PART_3 + PART_4 + PART_5 + PART_6 + PART_7


def build_notes():
    """Parse every note; ids follow the writing order."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
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


def split(notes):
    """Return (dev ids, holdout ids); uses only the ids and the cells, never the texts."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
