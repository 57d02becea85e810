"""Independent evaluation corpus n° 156: 240 hand-written observation notes, labelled inline.

Marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse``
strips the marks and computes the offsets; ``split`` draws dev / holdout from the ids and the
cells only; running this file writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind156"
SEED = 156

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# fmt: off
NOTES_1 = [
    ("cpam", AP, "Mme [[PERSONNE:Lemonnier]] vient pour sa carte vitale perdue. Agent ([[PERSONNE:Sandrine]]) : « votre date de naissance ? » — « le [[DATE_NAISSANCE:14 mars 1958]] ». Elle vérifie sur l'écran, ok. Attente {{25 min}} avant, ticket {{B12}}."),
    ("cpam", AT, "Appel d'un papa pour l'attestation de droits de sa fille. L'agent : « date de naissance de l'enfant ? » Lui : « le [[DATE_NAISSANCE:2]]... non pardon le [[DATE_NAISSANCE:3 juillet 2015]] ». Il était en voiture, on entendait le clignotant 😅 Durée appel {{6 min}}."),
    ("ccas", AP, "Matinée calme au {{CCAS}} de {{Caen}}. {{3 personnes}} en salle d'attente à {{9h10}}, la machine à café en panne. L'agent m'explique que le lundi c'est toujours plus chargé à cause des colis alimentaires."),
    ("caf", CSP, "Contrôle à domicile chez M. et Mme [[PERSONNE:Benali]], [[ADRESSE:12 rue Jean Lecanuet, 76000 Rouen]]. Le contrôleur vérifie la compo familiale : {{3 enfants}}. « [[PERSONNE:Yanis]] c'est quand ? » → « [[DATE_NAISSANCE:12 avril 2010]] ». « [[PERSONNE:Inès]] ? » → la maman hésite, « [[DATE_NAISSANCE:2013]]... en [[DATE_NAISSANCE:septembre]] je crois », elle va chercher le livret de famille : [[DATE_NAISSANCE:19/09/2013]]. Et le petit [[PERSONNE:Adam]], [[DATE_NAISSANCE:2019]]. Mariage en {{2008}} à {{Oran}}, arrivée en France {{2009}}."),
    ("france_travail", AP, "Jeune homme, [[PERSONNE:Kevin Lesueur]], vient s'inscrire. Identifiant donné à la fin : [[ID_FRANCE_TRAVAIL:5128473L]]. Il a {{22 ans}}, {{CAP}} maçonnerie, a bossé chez {{Bouygues}} en intérim en {{2022}}. Conseillère : [[PERSONNE:Nadia]]."),
    ("cpam", AP, "Sur l'écran de l'agent : NOM [[PERSONNE:DUVAL]] Prénom [[PERSONNE:Thérèse]] — né(e) le [[DATE_NAISSANCE:03/08/1955]] — NIR [[NIR:2 55 08 76 217 039 81]]. Elle dit « j'ai {{71 ans}} vous savez, je suis venue de {{Dieppe}} en bus ». C'est pour un remboursement de lunettes de {{2024}}."),
    ("caf", AT, "Plateforme tel {{Caf}} du {{Calvados}}. Temps d'attente affiché {{14 min}}. Beaucoup d'appels sur la {{prime d'activité}} ce matin, l'agent dit que c'est la déclaration trimestrielle. Elle enchaîne {{8 appels}} en {{45 minutes}}."),
    ("ccas", AT, "Une dame appelle pour sa mère (aide ménagère). Agent : « elle est née quand votre maman ? » « en [[DATE_NAISSANCE:trente-neuf]]... [[DATE_NAISSANCE:1939]] oui, le [[DATE_NAISSANCE:22 décembre]] ». Elle a {{86 ans}}, veuve depuis {{2011}}. Nom : Mme [[PERSONNE:Letellier Yvonne]]."),
    ("urgences", AP, "Arrivée d'un monsieur, plaie à la main (scie sauteuse). IAO demande nom + date de naissance. « [[PERSONNE:Rachid Haddad]], [[DATE_NAISSANCE:5 mai 1966]]... euh [[DATE_NAISSANCE:1968]] pardon ». L'infirmière corrige. Bracelet imprimé avec IPP [[IDENTIFIANT:P76004518]]. Attente estimée {{3h}}."),
    ("chrs", AT, "Appel au {{115}} à {{22h40}}, une jeune femme à la {{gare du Havre}} avec un bébé. Elle donne son prénom, [[PERSONNE:Aïcha]], pas de nom. Le bébé a {{4 mois}}. L'écoutante appelle {{3 hôtels}} avant de trouver."),
    ("france_travail", AT, "Appel d'un employeur qui veut déposer une offre. Le conseiller le renvoie vers le site. Offre n° {{192KLMT}} déjà en ligne depuis {{lundi}}, il ne l'avait pas vue."),
    ("cpam", CSP, "Contrôle arrêt de travail à domicile, [[ADRESSE:4 allée des Tilleuls, 14200 Hérouville-Saint-Clair]]. M. [[PERSONNE:Mendy]] ouvre en pyjama. Le contrôleur vérifie l'identité sur la CNI : né le [[DATE_NAISSANCE:17 avril 1988]] à {{Dakar}}, carte n° [[IDENTIFIANT:X7RK4P2N9]]. NIR sur l'avis d'arrêt : [[NIR:188049934122039]]. Arrêt jusqu'au {{20 décembre}}, sorties autorisées {{10h-12h}}."),
    ("ccas", AP, "Mme [[PERSONNE:Nguyen]] (prononcé « [[PERSONNE:Nouyen]] » par l'agent 🙈) vient pour l'aide aux factures d'énergie. Réf client EDF [[IDENTIFIANT:6004817253]]. Elle a {{2 enfants}}, nés en [[DATE_NAISSANCE:2012]] et [[DATE_NAISSANCE:2016]]. Son mari travaille chez {{Renault}} à {{Cléon}} depuis {{2014}}."),
    ("caf", AP, "Un monsieur âgé, M. [[PERSONNE:Kowalski]], ne comprend pas le courrier sur l'{{APL}}. Num alloc [[N_ALLOCATAIRE:2847163]]. L'agent lui explique qu'il manque l'attestation de loyer du bailleur ({{Logéal}}). {{12 min}} au guichet."),
    ("cpam", AT, "Agent : « je vais vous demander votre numéro de sécu » — la dame le dicte lentement, [[NIR:2 90 02 27 229 134 11]]. « Et votre date de naissance ? » « le [[DATE_NAISSANCE:huit février]] » « l'année ? » « [[DATE_NAISSANCE:90]] ». Elle habite {{Évreux}}, elle appelle pour la complémentaire santé solidaire ({{C2S}})."),
    ("urgences", AT, "Standard des urgences du {{CHU}} de {{Caen}} : un appel pour savoir combien d'attente, l'IOA répond qu'elle ne peut pas dire. « Si c'est grave appelez le {{15}} ». {{4 appels}} de ce genre en {{1h}}."),
    ("france_travail", AP, "Un demandeur a perdu son identifiant. Conseillère : « nom, prénom, date de naissance ». « [[PERSONNE:Özdemir Emre]], [[DATE_NAISSANCE:11/02/1997]] ». Elle retrouve le dossier : [[ID_FRANCE_TRAVAIL:6034128M]]. Il est en France depuis {{2018}}, travaille dans le {{BTP}}."),
    ("caf", CSP, "Trajet en voiture avec le contrôleur vers {{Lisieux}}, {{40 min}}. Il m'explique qu'il fait {{6 à 8 contrôles}} par semaine, surtout sur des déclarations d'isolement. Il dit que {{90 %}} se passent bien."),
    ("ccas", CSP, "Visite à domicile pour un dossier {{APA}} avec l'assistante sociale. Mme [[PERSONNE:Anquetil]], [[ADRESSE:27 rue du Bac, 76200 Dieppe]]. Elle ne se souvient plus de sa date de naissance, sa fille répond : « maman c'est le [[DATE_NAISSANCE:1er mai 1931]] ». « Ah oui, le muguet ». {{95 ans}}. La maison date de {{1952}}, elle y vit depuis son mariage en {{1953}}."),
    ("cpam", AP, "Ticket {{A47}}. Un étudiant, [[PERSONNE:Zhang Wei]], veut son attestation. L'agent : « date de naissance ? » Il répond « [[DATE_NAISSANCE:2003-06-21]] » façon ISO, l'agent rit. Arrivé à {{Rouen}} en {{septembre 2024}} pour son master."),
    ("chrs", AP, "Accueil de jour du {{CHRS}} à {{Cherbourg}}. M. [[PERSONNE:Petrović]] vient chercher son courrier (domiciliation). Pas de pièce d'identité, l'agente le connaît : « c'est bon [[PERSONNE:Dragan]] ». Il a RDV à la {{préfecture}} le {{15 janvier}}, récépissé n° [[IDENTIFIANT:5004219876]]."),
    ("france_travail", AT, "Appel sortant : le conseiller [[PERSONNE:Thomas]] rappelle Mme [[PERSONNE:Camara]] au [[TELEPHONE:07 68 22 41 90]], répondeur. Il laisse un message pour l'atelier CV du {{jeudi 10}}."),
    ("cpam", AT, "La personne ne retrouve pas sa carte vitale ; l'agent demande sa date de naissance : « [[DATE_NAISSANCE:dix-neuf cent soixante-deux]], le [[DATE_NAISSANCE:24 janvier]] ». Puis le nom : [[PERSONNE:Lefrançois]], « [[PERSONNE:L-E-F-R-A-N-C-O-I-S]] sans cédille » dit-il. Le NIR s'affiche : [[NIR:1 62 01 61 001 402 87]]. Il est né à {{Alençon}}."),
    ("ccas", AP, "Panneau au-dessus du guichet : « Les demandes d'aide facultative sont étudiées en commission le {{2e mardi}} du mois ». L'agent me dit que la commission de {{décembre}} est avancée à cause de {{Noël}}."),
    ("caf", AT, "Une allocataire veut changer son RIB par téléphone. L'agent refuse (il faut passer par l'espace perso), mais elle a déjà dicté : [[IBAN:FR76 1660 6100 2100 8254 7196 321]] 😬 Elle s'appelle [[PERSONNE:Sabrina Hébert]], dossier [[N_ALLOCATAIRE:3920571]]."),
    ("urgences", AP, "Une maman arrive avec son fils fiévreux. Agent d'accueil : « il est né quand ? » « le [[DATE_NAISSANCE:30 octobre]]... il a {{2 ans}} » « l'année ? » « [[DATE_NAISSANCE:2024]] ». Le petit s'appelle [[PERSONNE:Noé]]. Elle attend depuis {{19h}}."),
    ("france_travail", AP, "Zone d'accueil : {{5 bornes}}, {{2 en panne}}. Un service civique aide les gens à se connecter à l'espace candidat. Beaucoup de questions sur le {{CEJ}} (contrat d'engagement jeune)."),
    ("chrs", CSP, "Visite d'un appartement en diffus ({{CHRS La Boussole}}), [[ADRESSE:8 rue Gustave Flaubert, 27000 Évreux]], avec l'éducatrice [[PERSONNE:Clémence]]. Famille [[PERSONNE:Tshibangu]], {{4 enfants}}. Mme [[PERSONNE:Tshibangu]] montre la chaudière, en panne depuis {{3 semaines}}. Plaque du bailleur sur la porte : {{Eure Habitat}}."),
    ("cpam", CSP, "Contrôle de résidence ({{C2S}}) chez M. [[PERSONNE:Traoré]], [[ADRESSE:résidence Les Marronniers, bât C, apt 12, 14000 Caen]]. Titre de séjour : né le [[DATE_NAISSANCE:01/01/1984]], titre n° [[IDENTIFIANT:1402385716]]. Sa femme [[PERSONNE:Fatoumata]] : « moi c'est [[DATE_NAISSANCE:84]] aussi mais le vrai jour je sais pas ». Arrivé en {{2015}}, marié en {{2012}} au {{Mali}}."),
    ("caf", AP, "Mme [[PERSONNE:Rakotomalala]] vient déclarer une naissance : bébé [[PERSONNE:Lina]] née le [[DATE_NAISSANCE:28 novembre]] à la maternité du {{CHU}} de {{Rouen}}. L'agent scanne l'acte. Num alloc [[N_ALLOCATAIRE:4105829]]. La prime à la naissance est arrivée en {{octobre}}."),
    ("ccas", AT, "Domiciliation, formulaire rempli au tel avec M. [[PERSONNE:Vasseur]] : « date de naissance ? » « le [[DATE_NAISSANCE:15 du 6]] » « quelle année ? » « [[DATE_NAISSANCE:soixante-quinze]] ». Il dit « j'ai {{51 ans}} ». Il vit dans sa voiture, une {{Clio}} de {{2006}} immatriculée [[IMMATRICULATION:8827 QX 76]]."),
    ("urgences", AP, "Salle d'attente pleine : {{23 personnes}}, {{2 brancards}} dans le couloir. Écran : « temps d'attente moyen {{4h30}} ». Un vigile {{Securitas}} fait les cent pas."),
    ("chrs", AT, "{{115}}, un homme demande une place pour la nuit. L'écoutant : nom, date de naissance. « [[PERSONNE:Mamadou Sow]], [[DATE_NAISSANCE:1er janvier 2006]] » — il dit avoir {{20 ans}}. L'écoutant note aussi l'arrivée en France : {{mars 2023}}. Place trouvée au {{foyer Adoma, chambre 14}}."),
    ("france_travail", AP, "Inscription, la conseillère saisit. « Date de naissance ? » « [[DATE_NAISSANCE:7 septembre 79]] ». « Vous avez travaillé jusqu'à quand ? » « fin {{août 2026}} ». Licenciement éco. [[PERSONNE:Laurent Delamare]], mail [[EMAIL:laurent.delamare76@orange.fr]]."),
    ("cpam", AP, "Borne {{Ameli}} en libre-service, une seule qui marche. Un agent en gilet aide une dame à imprimer son attestation. Il me dit qu'ils ont {{180 passages}} par jour en moyenne."),
]

NOTES_2 = [
    ("cpam", AP, "Mme [[PERSONNE:Ferreira]] avec son mari. L'agent vérifie : « votre époux est né le ? » — elle : « [[DATE_NAISSANCE:12 novembre 1961]] » — lui : « non, [[DATE_NAISSANCE:1960]] ! » rires. Mariés depuis {{1985}}, arrivés du {{Portugal}} en {{1983}}. Le mari a travaillé au port du {{Havre}} jusqu'en {{2020}}."),
    ("caf", AP, "Une jeune femme, [[PERSONNE:Manon Lebas]], {{19 ans}}, première demande d'{{APL}} pour un studio à {{Caen}}. L'agent demande l'adresse : [[ADRESSE:5 rue de Geôle, 14000 Caen]]. Pas encore de numéro allocataire. Elle montre son bail sur son téléphone."),
    ("ccas", CSP, "Visite à domicile (obligation alimentaire), M. [[PERSONNE:Lecanu]], [[ADRESSE:3 hameau de la Mare, 50440 Gréville-Hague]]. L'assistante demande la date de naissance. « [[DATE_NAISSANCE:42]] » dit-il. « Le jour ? » Il sort une carte d'identité toute usée : [[DATE_NAISSANCE:6 juin 1942]] — « le jour du débarquement mais deux ans avant, j'dis toujours ça ». Un fils à {{Cherbourg}}, une fille à {{Paris}}."),
    ("chrs", AP, "Repas du midi au {{CHRS}} : {{32 couverts}}. Les résidents mettent la table à tour de rôle. L'éducateur dit que le plus dur c'est le week-end, il n'y a qu'un veilleur."),
    ("urgences", AP, "IAO, un patient connu : « Ah, M. [[PERSONNE:Lesage]], encore vous ». Il a {{67 ans}}, date de naissance vérifiée sur la fiche : [[DATE_NAISSANCE:13/05/1959]]. Chute à vélo, son vélo {{Décathlon}} est resté sur le parking."),
    ("cpam", AT, "Une dame veut savoir où en est son remboursement de kiné. Numéro de sécu : [[NIR:284111411830777]]. Mme [[PERSONNE:Vautier]]. « Vous êtes née à {{Caen}} ? » « oui, en [[DATE_NAISSANCE:novembre 84]] ». Virement parti le {{2 décembre}}."),
    ("france_travail", AP, "Atelier « Valoriser son CV », {{8 participants}}. L'animatrice projette un CV modèle au nom de [[PERSONNE:Julie Martin]], avec une fausse adresse [[ADRESSE:10 rue des Capucins, 14000 Caen]] et un faux numéro [[TELEPHONE:06 12 34 56 78]]. Les participants recopient la mise en page."),
    ("caf", CSP, "Contrôle chez Mme [[PERSONNE:Bouchareb]], déclarée isolée. Un homme dans la cuisine : « c'est mon cousin, il est de passage ». Le contrôleur note son nom, [[PERSONNE:Samir Bouchareb]], et sa date de naissance : « [[DATE_NAISSANCE:1991]] », puis « [[DATE_NAISSANCE:3 mars]] » après insistance. Une {{Peugeot 308}} garée devant, [[IMMATRICULATION:GH-217-KP]]. Ambiance tendue."),
    ("ccas", AP, "M. [[PERSONNE:Abdallah]] vient pour un secours d'urgence (bons alimentaires {{Leclerc}}). Ressources : {{RSA}}, {{635 €}}. Il montre un relevé, RIB : [[IBAN:30004 01652 00010458219 02]]. Accordé : {{80 €}} de bons."),
    ("cpam", AP, "Une mère vient rattacher ses jumeaux. « [[PERSONNE:Sofia]] et [[PERSONNE:Naël]], nés le [[DATE_NAISSANCE:4 août 2025]] ». L'agent : « les deux le même jour, ok 😄 ». Elle s'appelle [[PERSONNE:Hanane El Amrani]]. Reprise du travail le {{1er décembre}}."),
    ("chrs", AT, "Le {{SIAO}} appelle le {{CHRS}} pour une orientation : M. [[PERSONNE:Kanté]], né en [[DATE_NAISSANCE:1972]], réf SIAO [[IDENTIFIANT:SIAO76-2026-04187]]. Sortie d'hôpital prévue {{vendredi}}. L'éducatrice prend note sur un post-it."),
    ("urgences", AT, "Une fille appelle pour son père : « il est tombé, il s'appelle [[PERSONNE:Gérard Poulain]], il a {{88 ans}} ». On lui dit d'appeler le {{15}}. Elle laisse quand même son numéro, [[TELEPHONE:02 31 84 27 65]]."),
    ("france_travail", AT, "Une demandeuse n'arrive pas à se connecter. « Votre identifiant ? » « [[ID_FRANCE_TRAVAIL:471 0935K]] ». « Et votre date de naissance pour vérifier ? » « le [[DATE_NAISSANCE:9 du 9]], [[DATE_NAISSANCE:86]] ». Mot de passe réinitialisé. Elle a un entretien chez {{Lidl}} à {{Vernon}} le {{16}}."),
    ("cpam", AP, "Un homme s'énerve au guichet : « ÇA FAIT {{3 MOIS}} QUE J'ATTENDS MES INDEMNITÉS ». L'agent reste calme, explique le délai. Il repart un peu apaisé, {{20 min}} plus tard."),
    ("ccas", AT, "Mme [[PERSONNE:Levasseur]] appelle pour le repas des aînés du {{13 décembre}}. Elle et son mari. L'agent demande les années de naissance (il faut avoir {{65 ans}}) : « moi [[DATE_NAISSANCE:1950]], lui [[DATE_NAISSANCE:1947]] ». Inscrits. Salle des fêtes de {{Mont-Saint-Aignan}}, {{12h}}."),
    ("caf", AP, "Ticket {{C08}}, attente {{35 min}}. Une dame, [[PERSONNE:Ayşe Yılmaz]], avec sa fille qui traduit. Dossier [[N_ALLOCATAIRE:1756204]]. C'est pour l'{{AAH}} du fils ; l'agent dit que c'est la {{MDPH}} qui décide."),
    ("cpam", CSP, "Enquête à domicile chez les [[PERSONNE:Lemaître]], [[ADRESSE:41 avenue de la Libération, 27200 Vernon]]. L'enquêteur compare formulaire et cartes d'identité : monsieur né le [[DATE_NAISSANCE:23 octobre 1970]], sur le formulaire il avait écrit [[DATE_NAISSANCE:23/10/1907]] 😅 faute de frappe. Madame : [[DATE_NAISSANCE:2 février 1973]]. Maison achetée en {{2004}}."),
    ("chrs", CSP, "Tour des chambres avec le veilleur de nuit à {{23h}}. {{18 chambres}}, {{2 vides}}. Il vérifie les extincteurs et note tout dans un cahier. Pas de téléphone de service, il utilise le sien."),
    ("france_travail", AP, "Le conseiller [[PERSONNE:Yannick]] reçoit [[PERSONNE:Jessica Marie]] pour son projet. Elle veut devenir aide-soignante, formation à l'{{IFAS}} de {{Lisieux}}. Identifiant [[ID_FRANCE_TRAVAIL:3390217B]]. Financement {{Région Normandie}}."),
    ("cpam", AT, "« Date de naissance ? » « [[DATE_NAISSANCE:21/11/1969]] » — l'agent : « j'ai le [[DATE_NAISSANCE:21/11/1996]] ici » — « ah non c'est une erreur, j'ai pas {{27 ans}} malheureusement ». Corrigé. M. [[PERSONNE:Pham]]."),
    ("urgences", AP, "Box {{4}}, un enfant vomit. L'aide-soignante passe avec un seau. Affiche : « Les urgences ne sont pas une consultation sans rendez-vous, pensez à votre médecin traitant ou au {{116 117}} »."),
    ("ccas", AP, "Aide à la cantine. L'agent : « les enfants, prénoms et dates de naissance ? » « [[PERSONNE:Lucas]] [[DATE_NAISSANCE:2016]], [[PERSONNE:Emma]] [[DATE_NAISSANCE:2018]] » — « les dates complètes, sinon la mairie refuse » — la maman regarde son téléphone : « [[DATE_NAISSANCE:14/02/2016]] et [[DATE_NAISSANCE:30/06/2018]] ». Mme [[PERSONNE:Quesnel]], quotient familial {{512}}."),
    ("caf", AT, "Un monsieur appelle pour sa mère décédée. « Elle s'appelait [[PERSONNE:Rosa Gomes]] ». Numéro allocataire [[N_ALLOCATAIRE:0648213]]. Décédée le {{2 novembre}}. L'agent présente ses condoléances, arrêt du {{RSA}}."),
    ("chrs", AP, "Entrée d'une nouvelle résidente. Dossier : [[PERSONNE:Olga Nowak]], née le [[DATE_NAISSANCE:19 mars 1981]] à {{Gdańsk}}. Passeport n° [[IDENTIFIANT:EK4417829]]. Elle a travaillé dans une conserverie à {{Fécamp}} de {{2010}} à {{2024}}. {{Chambre 6}}."),
    ("france_travail", AT, "Plateforme {{3949}}. Le conseiller dit qu'il prend {{60 appels}} par jour, surtout l'actualisation. Aujourd'hui c'est le {{28}}, dernier jour pour s'actualiser, donc ça sonne sans arrêt."),
    ("cpam", AP, "Un jeune, [[PERSONNE:Jordan Levillain]], demande une carte européenne d'assurance maladie, départ au {{Maroc}} le {{20 décembre}}. « Date de naissance ? » « [[DATE_NAISSANCE:vingt-huit juin deux mille]] ». Délai annoncé : {{15 jours}}."),
    ("ccas", CSP, "Visite logement insalubre avec le service hygiène, [[ADRESSE:16 rue Saint-Julien, 76100 Rouen]]. Locataire : M. [[PERSONNE:Diakité]]. Moisissures partout. Le propriétaire, M. [[PERSONNE:Hamel]], [[TELEPHONE:06 71 48 93 02]], ne répond pas. Photos prises. Bail signé en {{2019}}."),
    ("urgences", AT, "Une infirmière rappelle une patiente pour un résultat. Vérif d'identité : « votre date de naissance ? » « le [[DATE_NAISSANCE:12... 12 juillet 1993]] » « Mme [[PERSONNE:Saïdi]] ? » « oui ». Résultat normal."),
    ("cpam", AT, "Pause de {{10 min}} entre deux séries d'appels. L'agent me montre le logiciel : {{4 écrans}}, {{12 onglets}}. Le plus dur, dit-elle, c'est quand les gens pleurent au téléphone."),
    ("caf", CSP, "Contrôle chez M. [[PERSONNE:Moussa Barry]], [[ADRESSE:camping Le Val Fleuri, emplacement 17, 14510 Houlgate]]. En mobil-home depuis {{2021}}. Date de naissance lue sur le titre de séjour : [[DATE_NAISSANCE:10/10/1990]]. Il travaille chez {{Lactalis}} en intérim."),
    ("chrs", AT, "Appel de l'assistante sociale de l'hôpital de {{Dieppe}}, [[PERSONNE:Claire Morin]], pour M. [[PERSONNE:Leclerc]] — « pas le magasin » précise-t-elle 😂 — qui sort {{demain}}. Son mail : [[EMAIL:c.morin@ch-dieppe.fr]]."),
    ("france_travail", AP, "Entretien de diagnostic. La conseillère remplit : date de naissance [[DATE_NAISSANCE:03/03/1964]], {{62 ans}}. « C'est pas facile de retrouver à mon âge ». Dernier emploi : cariste chez {{Leroy Merlin}} de {{1998}} à {{2025}}. M. [[PERSONNE:Patrick Hue]]."),
    ("ccas", AP, "Un homme à la rue vient juste se réchauffer et prendre un café. L'agent le sert sans rien demander. Il fait {{2°C}} dehors."),
    ("cpam", AP, "Guichet {{3}}. Mme [[PERSONNE:Sylla]] dépose une feuille de soins papier du Dr [[PERSONNE:Lebreton]]. L'agent tamponne. Mutuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:HM0047215593]]."),
    ("caf", AP, "Une grand-mère vient pour le {{CMG}} de sa petite-fille. « L'enfant est née quand ? » « en [[DATE_NAISSANCE:mars]]... [[DATE_NAISSANCE:mars 2023]] ». L'agent explique que c'est la mère qui doit faire la demande. La mère, [[PERSONNE:Laura]], travaille à l'{{hôpital de Bayeux}}."),
]

NOTES_3 = [
    ("caf", AP, "Un couple signale un déménagement. Nouvelle adresse : [[ADRESSE:9 impasse des Glycines, 61000 Alençon]]. Ancienne : [[ADRESSE:22 rue aux Sieurs, Alençon]]. Num alloc [[N_ALLOCATAIRE:5512087]]. Monsieur s'appelle [[PERSONNE:Thierry Lenormand]], madame [[PERSONNE:Karima]]. Déménagement le {{1er novembre}}."),
    ("cpam", AP, "Mme [[PERSONNE:Rivière]] a oublié sa carte vitale, elle tend sa carte d'identité. L'agent lit à voix haute : « [[PERSONNE:RIVIÈRE Monique Andrée]], née le [[DATE_NAISSANCE:15.05.1948]] à {{Bastia}} ». « Vous êtes corse ? » « mon père était gendarme ». Elle a {{78 ans}}. NIR à l'écran : [[NIR:2 48 05 2B 033 012 20]]."),
    ("ccas", AT, "Un fils appelle pour inscrire sa mère au portage de repas. « Elle est de quand ? » « [[DATE_NAISSANCE:trente-quatre]], enfin [[DATE_NAISSANCE:1934]] ». Seule depuis le décès de son mari en {{2018}}. Adresse : [[ADRESSE:11 rue Bouquet, 76000 Rouen]]. Portage à partir du {{lundi 14}}. Le fils : [[PERSONNE:Bernard Lefebvre]], [[TELEPHONE:06.42.18.77.30]]."),
    ("urgences", AP, "Arrivée en ambulance privée ({{Ambulances Normandes}}) d'une dame de l'{{EHPAD Les Tilleuls}}, Mme [[PERSONNE:Renault]]. Fiche de liaison : née le [[DATE_NAISSANCE:08/12/1936]], {{89 ans}}. « Elle aura {{90 ans}} demain », dit l'ambulancier."),
    ("france_travail", AP, "[[PERSONNE:Aleksandra Popescu]] vient avec son conjoint pour s'inscrire, parle peu français. Carte d'identité roumaine n° [[IDENTIFIANT:RX482913]]. Tel : [[TELEPHONE:+33 7 58 31 62 04]]. Mail : [[EMAIL:alex.popescu91@yahoo.fr]]. Arrivée en France : {{juillet 2025}}."),
    ("chrs", CSP, "Visite en appartement relais avec l'éducateur. M. [[PERSONNE:Hakim Zeroual]] remplit sa demande de logement social. Case date de naissance : il a écrit [[DATE_NAISSANCE:1985]] seulement. L'éducateur : « mets le jour et le mois ». Il ajoute « [[DATE_NAISSANCE:17/08]] ». Numéro unique de demande : [[IDENTIFIANT:076122502345678]]."),
    ("caf", AT, "Un appel en anglais, l'agent se débrouille avec {{Google Traduction}}. Question sur l'{{ARS}} versée en {{août}}. {{17 min}} d'appel, la personne remercie trois fois."),
    ("cpam", AT, "Une dame appelle pour son fils de {{17 ans}} qui veut sa propre carte vitale. « Il est né le ? » « le [[DATE_NAISSANCE:2 janvier]]... non, le [[DATE_NAISSANCE:3]], c'est sa sœur le [[DATE_NAISSANCE:2]] ». « L'année ? » « [[DATE_NAISSANCE:2009]] ». Il aura {{18 ans}} en {{janvier}}."),
    ("ccas", AP, "Mme [[PERSONNE:Kaya]] vient pour la domiciliation de son frère. L'agent refuse : il doit venir lui-même. Elle laisse son numéro, [[TELEPHONE:0635274819]], et repart. Ticket {{D3}}."),
    ("cpam", CSP, "Sur la route avec le délégué de l'assurance maladie vers {{Saint-Lô}} : il visite des médecins, pas des assurés. Il m'explique la différence avec les contrôles d'arrêt de travail. {{3 visites}} prévues ce matin."),
    ("france_travail", AT, "Appel d'un jeune pour le {{CEJ}}. « Tu es né quand ? » « [[DATE_NAISSANCE:2007]] » « le jour ? » « le [[DATE_NAISSANCE:31 décembre]] ». « Donc {{18 ans}}, ok ». Le conseiller, [[PERSONNE:Stéphane]], le tutoie direct. Mail du jeune : [[EMAIL:enzo.lcq2007@gmail.com]]."),
    ("urgences", AP, "L'agent administratif demande la mutuelle : {{MGEN}}, n° [[IDENTIFIANT:214856390]]. Le patient, [[PERSONNE:Jean-Baptiste Ngoma]], prof au {{lycée Corneille}}. Né le [[DATE_NAISSANCE:25/12/1980]], « un cadeau de Noël » dit-il."),
    ("chrs", AP, "Salle commune : télé allumée sur {{BFM}}, {{4 résidents}} jouent aux cartes. Affiche pour la distribution des {{Restos du Cœur}} le {{mercredi}}."),
    ("caf", AP, "Déclaration de grossesse transmise par la {{Cpam}}, mais rien reçu côté Caf. L'allocataire, [[PERSONNE:Priscilla Agbodjan]], {{28 ans}}, montre le document. Vérif d'identité : « [[DATE_NAISSANCE:14/04/98]] ». Num alloc [[N_ALLOCATAIRE:3088514]]. Terme prévu le {{22 mars}}."),
    ("ccas", CSP, "Visite pour une demande de {{téléassistance}} chez M. [[PERSONNE:Jacques Hébert]] et sa femme [[PERSONNE:Odette]], [[ADRESSE:2 chemin du Moulin, 14400 Bayeux]]. Fiche : « monsieur, date de naissance ? » « [[DATE_NAISSANCE:3 avril 1938]] ». « Madame ? » « moi je suis de [[DATE_NAISSANCE:quarante]], en [[DATE_NAISSANCE:août]] ». « Mariés en {{1961}} », dit madame fièrement. Leur {{Twingo}} de {{1998}} ne roule plus."),
    ("cpam", AP, "Mme [[PERSONNE:Bensaïd]] veut enregistrer son RIB pour les remboursements. L'agent saisit : [[IBAN:FR76 3000 3027 3000 0508 7123 805]]. Elle relit chiffre par chiffre à voix haute, l'agent sourit."),
    ("chrs", AT, "{{115}} de la {{Manche}}, {{21h}}. Un homme appelle depuis le téléphone d'un passant. Il dit s'appeler « [[PERSONNE:Fredo]] ». L'écoutante le connaît : [[PERSONNE:Frédéric Lemarchand]]. Pas de place, orienté vers la halte de nuit."),
    ("france_travail", AP, "Réunion d'info « Créer son entreprise », {{12 personnes}}. Intervenant de la {{CCI}} de {{Rouen}}. Questions sur l'{{ARCE}} et l'{{ACRE}}."),
    ("cpam", AT, "Vérif d'identité avant toute info : « nom, date de naissance et code postal ». « [[PERSONNE:Marchand]], le [[DATE_NAISSANCE:7 du 11 de 59]] » « et le code postal ? » « {{76600}} ». L'agent m'explique qu'ils ne disent rien sans ces trois infos."),
    ("caf", CSP, "Contrôle chez M. [[PERSONNE:Kouassi]] (colocation déclarée), [[ADRESSE:18 rue Paul Doumer, 14000 Caen]]. Le colocataire n'est pas là ; nom sur la boîte : [[PERSONNE:B. Lefort]]. Bail à deux noms signé chez {{Foncia}}. Le contrôleur photographie les {{2 chambres}}."),
    ("urgences", AP, "Urgences pédiatriques, un bébé de {{3 semaines}}. Secrétaire : « date de naissance ? » Le papa : « euh... le [[DATE_NAISSANCE:16]] ? » La maman : « le [[DATE_NAISSANCE:15]] ! » rires crispés. [[DATE_NAISSANCE:15 novembre 2026]] donc. La petite s'appelle [[PERSONNE:Mila]]."),
    ("ccas", AP, "Instruction d'une demande de {{RSA}} par le CCAS. Mme [[PERSONNE:Tran Thi Lan]], {{41 ans}}. Titre de séjour valable jusqu'au {{14/08/2028}}, n° [[IDENTIFIANT:7603184452]]. Arrivée en France en {{2016}}. Mail pour le suivi : [[EMAIL:tranthilan.caen@gmail.com]]."),
    ("cpam", AP, "Nouveau système de RDV en ligne depuis {{octobre}}. Résultat : salle à moitié vide à {{14h}}, mais {{6 personnes}} sans RDV refusées en {{1h}}."),
    ("france_travail", AT, "Un employeur, le {{Garage Lecoq Automobiles}}, appelle pour un candidat envoyé par l'agence : M. [[PERSONNE:Lecoq]], le patron, veut le joindre. Le conseiller ne donne pas le numéro du candidat, [[PERSONNE:Yassine]]."),
    ("caf", AP, "Changement de situation : mise en couple. L'agent demande les infos du conjoint. « Nom ? » « [[PERSONNE:Duarte]] » « prénom ? » « [[PERSONNE:Nelson]] » « date de naissance ? » Elle regarde son tel : « [[DATE_NAISSANCE:22 mai]]... [[DATE_NAISSANCE:1994]] je crois » « vous êtes sûre ? » « il va me tuer si je me trompe 😂 ». Ensemble depuis le {{1er septembre}}. Alloc [[N_ALLOCATAIRE:2290476]]."),
    ("chrs", CSP, "Visite en diffus, [[ADRESSE:rés. Le Clos Normand, 6 rue Émile Zola, 50100 Cherbourg-en-Cotentin]], chez M. [[PERSONNE:Ibrahim Cissé]]. Compteur {{Linky}}. Facture d'eau au nom du {{CHRS}}. Tout est propre, il a mis un tapis de prière près de la fenêtre."),
    ("cpam", AT, "L'agente lit son écran pendant l'appel : « [[PERSONNE:BOUAZIZ Karim]] né le [[DATE_NAISSANCE:30/07/1966]], dernier remboursement le {{12/11/2026}} ». Elle fait quand même confirmer : « [[DATE_NAISSANCE:30 juillet 66]] oui ». NIR [[NIR:1 66 07 99 352 091 91]] — né en {{Algérie}}."),
    ("ccas", AT, "Standard du {{CCAS}}, {{9h}}. Trois appels sur la {{prime de Noël}} pas encore versée. L'agent explique que ce n'est pas le CCAS mais la {{Caf}}."),
    ("urgences", AT, "Un médecin de ville adresse un patient : Dr [[PERSONNE:Aubert]], cabinet de {{Bernay}}. « M. [[PERSONNE:Ramos]], {{54 ans}}, douleur thoracique ». Il donne son portable : [[TELEPHONE:zéro six, quarante-quatre, dix-neuf, quatre-vingt-trois, cinquante-deux]]."),
    ("france_travail", AP, "Création d'un compte pour un réfugié. Date de naissance sur le document {{OFPRA}} : [[DATE_NAISSANCE:01/01/1999]], mais le monsieur dit « en vrai c'est en [[DATE_NAISSANCE:juin]], ma mère disait ». Nom : [[PERSONNE:Abdullahi Hassan]]. Arrivé à {{Caen}} en {{avril 2025}}. Identifiant créé : [[ID_FRANCE_TRAVAIL:7215560D]]."),
    ("caf", AT, "Mme [[PERSONNE:Gauthier]] veut savoir pourquoi son {{APL}} a baissé. L'agent explique : ressources {{2025}}. Elle donne son mail pour la simulation : [[EMAIL:sgauthier@laposte.net]]."),
    ("cpam", CSP, "Contrôle arrêt de travail, M. [[PERSONNE:Lebrun]], [[ADRESSE:7 rue des Forges, 61100 Flers]]. Absent. Voisine : « il est au garage ». {{Lebrun Mécanique}}, son garage, est en face. M. [[PERSONNE:Lebrun]] : « je passais juste ». Sur l'avis d'arrêt : né en [[DATE_NAISSANCE:1979]], NIR [[NIR:1 79 05 50 129 266 82]]."),
    ("chrs", AP, "Une jeune maman, [[PERSONNE:Grace]], entre au CHRS avec sa fille [[PERSONNE:Precious]], née le [[DATE_NAISSANCE:2 juin 2024]]. L'éducatrice photocopie l'acte de naissance. Arrivée à {{Rouen}} en {{2023}}."),
    ("ccas", AP, "Aide au permis. [[PERSONNE:Dylan Leroux]], {{20 ans}}. Auto-école {{ECF}} à {{Évreux}}. Il a déjà un scooter, [[IMMATRICULATION:EZ-514-RB]]. L'aide est de {{400 €}}."),
    ("cpam", AP, "Ticket {{A112}} à {{11h52}}. À midi l'accueil ferme, les gens sans RDV doivent revenir. Une dame soupire très fort."),
]

NOTES_4 = [
    ("caf", CSP, "Contrôle chez Mme [[PERSONNE:Leprévost]], [[ADRESSE:14 rue de la République, 27400 Louviers]]. Le contrôleur demande le relevé bancaire : IBAN [[IBAN:FR76 1450 5000 1208 0012 7654 427]]. Il repère des virements d'un certain [[PERSONNE:Gosselin]], {{300 €}} chaque mois depuis {{2023}}."),
    ("cpam", CSP, "Visite du service social de l'assurance maladie (prévention de la désinsertion). Mme [[PERSONNE:Kerboriou]], [[ADRESSE:5 rue Guillaume le Conquérant, 14100 Lisieux]]. « Vous êtes née en ? » « [[DATE_NAISSANCE:soixante-neuf]] » « le mois ? » « [[DATE_NAISSANCE:septembre]], le [[DATE_NAISSANCE:neuf]], à {{Saint-Lô}} ». NIR sur la fiche : [[NIR:269095050207167]]. En arrêt depuis {{février}}, {{8 mois}}. Employeur : {{Intermarché}}."),
    ("ccas", CSP, "Évaluation à domicile pour un colis alimentaire, {{Les Hauts de Rouen}}. Foyer [[PERSONNE:Mwamba]], {{5 personnes}}. L'agente lit le livret de famille : « [[PERSONNE:Grâce]] [[DATE_NAISSANCE:12/01/2011]], [[PERSONNE:Joël]] [[DATE_NAISSANCE:05/03/2014]], [[PERSONNE:Esther]] [[DATE_NAISSANCE:27/10/2019]] ». Le père : « moi c'est [[DATE_NAISSANCE:78]] ». Arrivés en {{2010}}, naturalisés en {{2021}}."),
    ("france_travail", AT, "Le conseiller [[PERSONNE:Mehdi]] rappelle un demandeur qui a raté son RDV : M. [[PERSONNE:Aurélien Guérin]], id [[ID_FRANCE_TRAVAIL:2846117F]]. Il a trouvé un CDD chez {{Safran}} au {{Havre}}. Le conseiller lui dit de déclarer la reprise."),
    ("chrs", AT, "La {{police}} appelle le {{115}} pour une femme trouvée à la {{gare de Caen}}. Identité ? « [[PERSONNE:Sandra Lemercier]], née le [[DATE_NAISSANCE:4 avril 1977]] d'après sa carte ». Mise à l'abri à l'{{hôtel B&B}}, {{chambre 208}}."),
    ("urgences", AP, "Un touriste, [[PERSONNE:Hans Müller]], passeport allemand [[IDENTIFIANT:C4J7R2K95]]. Sa voiture est garée sur le parking des urgences : [[IMMATRICULATION:HH-AB 1234]]. Chute sur les falaises d'{{Étretat}}. L'agent cherche un interprète, finalement la fille parle anglais."),
    ("cpam", AT, "Une dame âgée veut parler à « la petite [[PERSONNE:Élodie]] » qui l'a aidée la dernière fois. L'agent : « je vais déjà vous identifier, votre date de naissance ? » « Oh ma pauvre, [[DATE_NAISSANCE:1933]]... le [[DATE_NAISSANCE:11 novembre]], comme l'armistice ». « {{93 ans}} ! » dit-elle. Mme [[PERSONNE:Blanchard]]."),
    ("caf", AP, "M. [[PERSONNE:Oumarou]] vient pour l'{{AEEH}} de son fils [[PERSONNE:Ilyes]]. « Il est né le ? » « [[DATE_NAISSANCE:2011]] » « et le jour ? » Il sort son téléphone, photo du carnet de santé : [[DATE_NAISSANCE:8 juillet]]. Dossier MDPH réf [[IDENTIFIANT:MDPH14-2025-011873]], en cours depuis {{mai}}."),
    ("ccas", AT, "Une conseillère de la {{mission locale}}, Mme [[PERSONNE:Morel]], appelle pour un jeune, [[PERSONNE:Kylian Marais]], qui a besoin d'une aide alimentaire. Elle laisse sa ligne directe : [[TELEPHONE:02 35 71 40 18]]."),
    ("cpam", AP, "Un agent m'explique le circuit d'une feuille de soins papier : scan à {{Caen}}, traitement en {{48h}}, virement sous {{7 jours}}. Il dit que {{5 %}} des gens envoient encore du papier."),
    ("france_travail", AP, "Un père vient avec sa fille pour une « inscription » — la conseillère explique qu'il faut passer par la {{Mission Locale}}. « Elle a eu {{16 ans}} en [[DATE_NAISSANCE:octobre]] », dit le père. « Le [[DATE_NAISSANCE:12 octobre]] », précise la fille, [[PERSONNE:Yasmine]]."),
    ("chrs", CSP, "Visite d'un logement {{ALT}} à {{Elbeuf}}. [[PERSONNE:Nicolas Dubuc]] y vit depuis {{6 mois}}. Il nous montre sa voiture réparée, un {{Kangoo}} [[IMMATRICULATION:CT 902 LN]]. Il veut faire des livraisons."),
    ("caf", AT, "L'agent vérifie l'identité : « numéro d'allocataire ? » « [[N_ALLOCATAIRE:145 38 62]] » « date de naissance ? » « [[DATE_NAISSANCE:mille neuf cent quatre-vingt-deux]] » « le jour et le mois aussi monsieur » « [[DATE_NAISSANCE:vingt et un mars]] ». C'est pour la {{prime d'activité}}."),
    ("urgences", AT, "Le {{SAMU}} appelle l'IOA : {{2 véhicules}} dans {{10 minutes}}, accident sur l'{{A13}}. Tout le monde se met en place, on me demande de rester dans le coin."),
    ("cpam", CSP, "Contrôle d'arrêt de travail, [[ADRESSE:29 rue des Fusillés, 76500 Elbeuf]]. M. [[PERSONNE:Tiago Lopes]] est là. Carte d'identité portugaise n° [[IDENTIFIANT:15847392 4ZX8]] : né le [[DATE_NAISSANCE:14/02/1997]] à {{Braga}}. NIR [[NIR:197029913930512]]. Sa copine confirme qu'il est couché depuis {{3 jours}} (lumbago)."),
    ("ccas", AP, "Registre grand froid. Mme [[PERSONNE:Girard]] inscrit son voisin, M. [[PERSONNE:Lepetit]], {{84 ans}}, [[ADRESSE:13 rue Saint-Nicolas, 76000 Rouen]]. « Il est d'accord ? » « oui oui, il m'a dit ». Numéro du voisin : [[TELEPHONE:02 35 98 14 62]]."),
    ("france_travail", AP, "Une conseillère entreprise prépare un job dating logistique pour le {{19 décembre}} : {{40 postes}} chez {{Amazon}} et {{Geodis}}. Elle imprime {{200 flyers}}."),
    ("cpam", AP, "Dossier {{C2S}}, l'agent imprime la fiche, je lis par-dessus : « Bénéficiaire : [[PERSONNE:EL IDRISSI Salma]] — DDN [[DATE_NAISSANCE:1993-12-02]] — NIR [[NIR:2 93 12 99 350 017 96]] ». Enfant rattaché : [[PERSONNE:Adam]], [[DATE_NAISSANCE:2021-05-17]]. Elle est arrivée du {{Maroc}} en {{2019}}."),
    ("caf", CSP, "Contrôle d'un auto-entrepreneur, M. [[PERSONNE:Benoît Caron]], plombier, [[ADRESSE:2 rue des Écoles, 50400 Granville]]. SIRET perso [[IDENTIFIANT:84215937600018]]. Il déclare {{900 €}} par mois ; facture n° [[IDENTIFIANT:FC-2026-0412]] à {{2 400 €}}. Camion [[IMMATRICULATION:FP-338-XW]] devant, marqué « {{Caron Plomberie}} »."),
    ("chrs", AP, "Le veilleur aide un résident à remplir un dossier de {{CSS}}. « Ta date de naissance [[PERSONNE:Marco]] ? » « [[DATE_NAISSANCE:1er avril]] — c'est pas une blague » « l'année ? » « [[DATE_NAISSANCE:quatre-vingt-deux]] ». [[PERSONNE:Marco]] rit. Au CHRS depuis {{2024}}."),
    ("urgences", AP, "L'IAO tape le nom : « [[PERSONNE:Kerouac]]... avec un accent ? » « sans, [[PERSONNE:K-E-R-O-U-A-C]], comme {{Jack Kerouac}} ». Patiente : [[PERSONNE:Nolwenn]], {{31 ans}}, entorse."),
    ("ccas", CSP, "À pied entre deux visites dans le quartier de la {{Grâce de Dieu}} à {{Caen}}. L'agente connaît tout le monde, dit bonjour à {{10 personnes}} en {{5 min}}."),
    ("cpam", AT, "Une assurée veut l'attestation par mail : [[EMAIL:mc.vasseur [at] free.fr]]. L'agent refuse, il faut passer par {{Ameli}}. Mme [[PERSONNE:Marie-Claire Vasseur]] raccroche, pas contente."),
    ("france_travail", AT, "Problème d'indemnisation. « Identifiant ? » « [[ID_FRANCE_TRAVAIL:590 3421P]] » « date de naissance ? » « [[DATE_NAISSANCE:27 mars 1971]] ». « Vous étiez chez {{Renault Sandouville}} jusqu'au {{30 septembre}} ? » « oui ». M. [[PERSONNE:Dos Santos]]."),
    ("caf", AP, "L'agente me montre le mur des pièces les plus oubliées : avis d'imposition, RIB, attestation de loyer. {{15 ans}} d'ancienneté. Aujourd'hui {{47 tickets}} à {{11h}}."),
    ("ccas", AT, "Une infirmière libérale appelle pour une patiente isolée, Mme [[PERSONNE:Lesueur Jeannine]]. « Elle a quel âge ? » « [[DATE_NAISSANCE:1944]], le [[DATE_NAISSANCE:16 août]] », lu sur son dossier. L'infirmière : [[PERSONNE:Sophie Langlois]], [[TELEPHONE:07 81 26 59 33]]."),
    ("urgences", AP, "Un ado de {{15 ans}}, seul après un match de foot. « Tes parents ? » Numéro de sa mère : [[TELEPHONE:06 58 40 12 97]]. « Date de naissance ? » « [[DATE_NAISSANCE:2011]]... [[DATE_NAISSANCE:3 février 2011]] ». [[PERSONNE:Malik]], joue au {{FC Rouen}}."),
    ("chrs", AT, "Réunion téléphonique hebdo entre le {{115}} et les {{4 CHRS}} du département : {{0 place}} libre ce soir. L'écoutante note tout dans un tableau {{Excel}}."),
    ("cpam", AP, "Un monsieur vient pour sa femme hospitalisée. « Sa date de naissance ? » « le [[DATE_NAISSANCE:20 août]]... elle a {{60 ans}} » « donc [[DATE_NAISSANCE:66]] » dit l'agent. « voilà ». Mme [[PERSONNE:Şahin]], au {{Centre Henri-Becquerel}} depuis le {{3 novembre}}."),
    ("france_travail", AP, "Mme [[PERSONNE:Chloé Bertin]] dépose une attestation employeur. Scan à l'accueil. Elle demande si son identifiant c'est bien [[ID_FRANCE_TRAVAIL:0427193A]] — oui. {{5 min}}."),
    ("caf", CSP, "Contrôle de résidence chez M. [[PERSONNE:Ali Hamidou]], {{foyer Adoma}}, [[ADRESSE:25 rue de l'Abbaye, 50100 Cherbourg-en-Cotentin]]. Le contrôleur regarde les tampons du passeport. Né le [[DATE_NAISSANCE:17/03/1955]] aux {{Comores}}. Il part chaque hiver voir la famille, {{3 mois}}. Rappel de la règle des {{6 mois}}."),
    ("ccas", AP, "Carte de transport solidaire ({{Twisto}}). « Date de naissance ? » La dame tend sa carte d'identité : [[DATE_NAISSANCE:11.11.1952]]. « Vous avez droit au tarif senior ». Mme [[PERSONNE:Philippe]], ravie."),
    ("cpam", AT, "Un kiné, M. [[PERSONNE:Vincent Quéré]], appelle pour un rejet de facturation pour sa patiente [[PERSONNE:Léa Fontaine]]. Facture n° [[IDENTIFIANT:2026-11-0587]]. L'agent le renvoie vers la ligne des pros, {{36 08}}."),
    ("urgences", AT, "Un père appelle : son fils est-il arrivé (accident de scooter) ? « Nom et date de naissance ? » « [[PERSONNE:Théo Lecomte]], le [[DATE_NAISSANCE:5/07/2008]] » — « oui il est là ». Plaque du scooter notée par les pompiers : [[IMMATRICULATION:GA-026-TZ]]."),
    ("chrs", CSP, "Visite d'une famille en diffus, M. et Mme [[PERSONNE:Rahimi]], {{3 enfants}}. Sur les titres, toutes les dates de naissance sont au [[DATE_NAISSANCE:1er janvier]] (« c'est l'administration », dit le père). La maman donne la vraie pour [[PERSONNE:Zahra]] : [[DATE_NAISSANCE:21 mars 2015]], le jour de {{Norouz}}."),
]

NOTES_5 = [
    ("caf", CSP, "Contrôle, foyer [[PERSONNE:Lemoine]], [[ADRESSE:17 rue Racine, 76600 Le Havre]]. Le contrôleur vérifie l'âge de l'aîné : « [[PERSONNE:Maxime]] est né quand ? » « le [[DATE_NAISSANCE:30 janvier 2006]] » « donc il a eu {{20 ans}}, il n'ouvre plus droit ». La mère : « mais il est apprenti chez {{TotalEnergies}} depuis {{2024}} ». Num alloc [[N_ALLOCATAIRE:6031458]]."),
    ("cpam", CSP, "Contrôle arrêt maladie chez Mme [[PERSONNE:Ouédraogo]], [[ADRESSE:8 allée Camille Claudel, 27000 Évreux]]. « Vous êtes bien née le [[DATE_NAISSANCE:12/02/1990]] ? » « non, le [[DATE_NAISSANCE:2 février]] », erreur de saisie du médecin, le contrôleur corrige à la main."),
    ("ccas", CSP, "Visite chez M. [[PERSONNE:Roger Lecourt]], {{91 ans}}, [[ADRESSE:La Ferme du Bois, 61250 Damigny]]. Le fils, [[PERSONNE:Alain]], donne son mail pour la facturation de l'aide à domicile : [[EMAIL:alain.lecourt61@sfr.fr]]. Le chien, {{Rocky}}, aboie tout le long."),
    ("france_travail", AP, "La conseillère montre comment postuler sur l'appli. Offre {{203XWPL}} chez {{Transdev}}, conducteur de bus. M. [[PERSONNE:Salah Eddine Mansouri]], identifiant [[ID_FRANCE_TRAVAIL:8813204H]]. Permis D depuis {{2017}}."),
    ("cpam", AP, "Mme [[PERSONNE:Yıldız]] demande une carte vitale pour son mari. « Date de naissance de monsieur ? » « [[DATE_NAISSANCE:1er janvier 1970]] ». « Et vous ? » « moi [[DATE_NAISSANCE:1976]], le [[DATE_NAISSANCE:14 mai]] ». Photo d'identité à fournir, {{2 mois}} de délai. Lui est venu de {{Turquie}} en {{1998}}, elle en {{2001}} pour le mariage."),
    ("chrs", AP, "[[PERSONNE:Jean-Marc]] (les résidents l'appellent « [[PERSONNE:Jeannot]] ») aide à la cuisine. Il a fait {{20 ans}} dans la pêche à {{Port-en-Bessin}}. Il épluche {{10 kilos}} de patates en racontant ses tempêtes."),
    ("caf", AT, "Changement de RIB, l'agent explique le bon canal mais la personne dicte quand même : [[IBAN:FR16 2004 1000 0112 3498 7Z02 046]]. Nom : [[PERSONNE:Christelle Lamy]]. « Date de naissance pour vérifier ? » « [[DATE_NAISSANCE:8/8/88]], facile à retenir »."),
    ("urgences", AP, "Une dame arrive avec son mari qui a des douleurs. L'IAO : « date de naissance de monsieur ? » « le [[DATE_NAISSANCE:14 juillet]]... [[DATE_NAISSANCE:cinquante-deux]] ». « Comme la fête nationale ». M. [[PERSONNE:Fouquet]]. Ils fêtent leurs {{50 ans}} de mariage le {{mois prochain}}."),
    ("ccas", AP, "Permanence de l'écrivain public au {{CCAS}} le {{jeudi}}. {{6 personnes}} inscrites. Surtout des courriers pour les bailleurs et les impôts."),
    ("cpam", AT, "Un appelant agressif : « je veux parler à votre chef ». L'agent, [[PERSONNE:Kevin]], reste poli, transfère à la superviseure, Mme [[PERSONNE:Delacroix]]. Après l'appel il souffle {{2 minutes}}."),
    ("france_travail", AT, "Une mère appelle pour son fils ({{RQTH}}). « Il est né le ? » « [[DATE_NAISSANCE:vingt-trois, euh, vingt-quatre septembre deux mille cinq]] ». Nom : [[PERSONNE:Ethan Guillemette]]. Identifiant ? Elle ne sait pas, le conseiller retrouve avec le nom."),
    ("caf", CSP, "Contrôle chez M. [[PERSONNE:Serge Leconte]], [[ADRESSE:aire d'accueil de Petit-Quevilly, place 14]]. Caravane, voiture tractrice [[IMMATRICULATION:EH 458 QD]]. Il est sur l'aire depuis {{avril}}. Num alloc [[N_ALLOCATAIRE:7304152]]."),
    ("cpam", CSP, "Débrief dans la voiture entre deux contrôles : selon ses stats, {{1 arrêt sur 10}} est injustifié, mais la plupart des gens sont chez eux. {{14h15}}, direction {{Bolbec}}."),
    ("ccas", CSP, "Visite dans un logement d'urgence du {{CCAS}} à {{Darnétal}}. M. [[PERSONNE:Bogdan Ionescu]] et sa femme [[PERSONNE:Elena]]. Dates de naissance lues sur les passeports : lui [[DATE_NAISSANCE:03.11.1986]], elle [[DATE_NAISSANCE:19.07.1989]]. Leur fils [[PERSONNE:Luca]] est né à {{Rouen}} en [[DATE_NAISSANCE:2020]]. Voiture immatriculée [[IMMATRICULATION:CJ 07 RBN]], compte roumain [[IBAN:RO65 BTRL RONC RT01 2345 6789]]."),
    ("urgences", AT, "Changement d'équipe au standard à {{13h30}}. Transmission orale : « {{3 patients}} en attente de lit, {{1}} en déchoquage »."),
    ("france_travail", AP, "Mme [[PERSONNE:Chantal Lefèvre]] rend son dossier de formation. Vérif de l'adresse : [[ADRESSE:31 rue Jeanne d'Arc, 76000 Rouen]]. Et du mail : [[EMAIL:chantal.lefevre@hotmail.fr]]. Formation {{AFPA}} à {{Rouen}} en {{janvier}}."),
    ("cpam", AP, "Ticket {{A63}}. [[PERSONNE:Océane Letellier]] a changé de nom en se mariant. « Nom de naissance ? » « [[PERSONNE:Letellier]] » « nouveau nom ? » « [[PERSONNE:Ben Hamida]] » « date de naissance ? » « [[DATE_NAISSANCE:22/02/2000]] » « date du mariage ? » « {{14 juin 2026}} »."),
    ("chrs", AT, "Une ancienne résidente appelle pour donner des nouvelles : appart à {{Hérouville}}. Nouvelle adresse pour le courrier : [[ADRESSE:4 square du Bois, 14200 Hérouville-Saint-Clair]]. [[PERSONNE:Linda]], au standard, est toute émue."),
    ("caf", AP, "Un étudiant, [[PERSONNE:Chen Yu]], demande l'{{APL}}. Titre de séjour étudiant n° [[IDENTIFIANT:1403299871]]. Logement {{Crous}}, {{9 m²}}, {{260 €}} par mois."),
    ("cpam", AT, "Une auxiliaire de vie appelle pour la dame qu'elle aide, assise à côté. « [[PERSONNE:Germaine]], vous êtes née quand ? » — on entend « en [[DATE_NAISSANCE:29]] ! ». « {{97 ans}} », dit l'agent, impressionné. « Et le jour ? » « le [[DATE_NAISSANCE:2 mars]] ». Mme [[PERSONNE:Lelièvre]]."),
    ("ccas", AT, "Une dame veut donner des meubles. L'agent l'oriente vers {{Emmaüs}}. Elle laisse son numéro au cas où : [[TELEPHONE:02.33.57.91.08]]."),
    ("france_travail", AT, "{{25 min}} au téléphone avec un monsieur qui ne comprend pas pourquoi son allocation est suspendue. Réponse : pas actualisé en {{octobre}}. Il va régulariser."),
    ("urgences", AP, "La dame n'a qu'une attestation papier. L'agent tape le NIR à la main : [[NIR:2 75 06 2A 004 088 62]]. « Vous êtes née à {{Ajaccio}} ? » « oui, en [[DATE_NAISSANCE:juin 75]] ». Mme [[PERSONNE:Santoni]]."),
    ("caf", AT, "Un bailleur ({{Habitat 76}}) appelle pour le tiers payant de l'{{APL}} d'un locataire, M. [[PERSONNE:Diallo]], dossier [[N_ALLOCATAIRE:2657031]]. L'agent ne donne aucune info au bailleur."),
    ("chrs", CSP, "Visite de sortie : [[PERSONNE:Kevin Dumont]] quitte le CHRS pour un studio {{Logeo Seine}}, [[ADRESSE:2 rue de la Mare aux Clercs, 76600 Le Havre]]. L'éducateur vérifie le compteur et les clés. [[PERSONNE:Kevin]] a {{24 ans}}."),
    ("cpam", AP, "Affiche : « Le dépistage du cancer colorectal, c'est à partir de {{50 ans}} ». Une dame prend un kit. L'agent explique en {{2 min}}."),
    ("ccas", AP, "Aide pour des obsèques. Le fils de M. [[PERSONNE:Moreau]], décédé le {{28 novembre}}. « Date de naissance du défunt ? » « [[DATE_NAISSANCE:9 octobre 1949]] ». Devis des pompes funèbres {{Roblot}} : {{3 800 €}}. Le fils : [[PERSONNE:Didier]]."),
    ("france_travail", AP, "M. [[PERSONNE:Vittorio Russo]], {{58 ans}}, né à {{Naples}} le [[DATE_NAISSANCE:2 mai 1968]]. En France depuis {{1990}}, {{30 ans}} chez {{Renault Cléon}}. Rupture conventionnelle. Identifiant [[ID_FRANCE_TRAVAIL:6690072N]]."),
    ("caf", CSP, "Contrôle compo familiale chez Mme [[PERSONNE:Soumaré]], {{5 enfants}}. Le contrôleur coche : [[PERSONNE:Aminata]] ({{17 ans}}), [[PERSONNE:Oumar]] ({{15 ans}}), [[PERSONNE:Fanta]], [[PERSONNE:Ibrahima]], et la petite dernière née le [[DATE_NAISSANCE:3 septembre]] de l'an dernier. Le mari est au {{Mali}} depuis {{2022}}."),
    ("urgences", AP, "Un patient ivre chante du {{Johnny}} en salle d'attente. Les gens rient, puis s'agacent. La sécurité le fait sortir fumer."),
    ("cpam", CSP, "Contrôle, M. [[PERSONNE:Anthony Gosselin]], [[ADRESSE:33 rue Thiers, 76400 Fécamp]]. Il est sur le toit à réparer une gouttière 🙃. Identité vérifiée : né le [[DATE_NAISSANCE:19/06/1985]]. Le contrôleur note sans commentaire. Voiture : [[IMMATRICULATION:DV-771-HA]]."),
    ("ccas", AT, "« CCAS bonjour » — une dame veut inscrire sa fille à la crèche municipale. « Elle est née ? » « pas encore ! prévue pour le {{10 février}} » 😄 « alors on attend la naissance ». Mme [[PERSONNE:Lacroix]]."),
    ("chrs", AP, "Une bénévole, [[PERSONNE:Francine]], trie les vêtements donnés. Elle me montre un {{pull bleu marine}} : « ça c'est pour [[PERSONNE:Rachid]], il fait du M ». Bénévole depuis sa retraite en {{2015}}."),
    ("cpam", AT, "Date de naissance dite d'une traite : « [[DATE_NAISSANCE:zéro trois, zéro quatre, soixante-dix-sept]] ». Nom : [[PERSONNE:Mickaël Hauchecorne]]. Il appelle pour son arrêt de travail, employeur {{Ferrero}} à {{Villers-Écalles}}."),
    ("france_travail", AP, "Un jeune cherche des infos sur le {{CACES}}. RDV le {{mardi 15}} à {{10h}} avec Mme [[PERSONNE:Garnier]]. Le jeune : [[PERSONNE:Rayan]], {{19 ans}}, [[TELEPHONE:07 45 62 83 11]]."),
]

NOTES_6 = [
    ("ccas", AP, "Mme [[PERSONNE:Boucher]] refait sa demande de {{FSL}}. « Date de naissance ? » « [[DATE_NAISSANCE:31/12/1999]], juste avant l'an {{2000}} » « et votre fils ? » « [[PERSONNE:Nathan]], [[DATE_NAISSANCE:2021]] ». Loyer {{480 €}}, impayés depuis {{septembre}}. Bailleur {{Sodineuf}}, réf locataire [[IDENTIFIANT:SDN-0048217]]."),
    ("ccas", CSP, "Visite {{APA}} chez M. [[PERSONNE:Marcel Duhamel]], [[ADRESSE:6 rue de l'Église, 27500 Pont-Audemer]]. Sur le formulaire, la fille a écrit son année de naissance : [[DATE_NAISSANCE:1937]]. L'évaluatrice : « vous êtes né quel jour, M. [[PERSONNE:Duhamel]] ? » « le jour de la [[DATE_NAISSANCE:Saint-Marcel]] » 😅 — puis « le [[DATE_NAISSANCE:16 janvier]] ». Boulanger à {{Pont-Audemer}} de {{1955}} à {{1997}}."),
    ("ccas", AT, "L'agente du standard dit que {{80 %}} des appels relèvent d'autres services (Caf, mairie, bailleurs). Elle a une liste de {{30 numéros}} scotchée sur l'écran."),
    ("cpam", AT, "Un assuré veut son attestation. « Numéro de sécu ? » « [[NIR:1 71 09 76 351 048 87]] » « Vous êtes né au {{Havre}} en [[DATE_NAISSANCE:septembre 71]] ? » « oui ». M. [[PERSONNE:Lecœur]]. Attestation déposée sur son compte {{Ameli}}."),
    ("caf", AP, "M. [[PERSONNE:Abdelkader Mebarki]] apporte son nouveau RIB papier ({{La Banque Postale}} → {{Crédit Agricole}}). L'agent lit : [[IBAN:FR76 1660 6315 2000 4112 9876 013]]. Num alloc [[N_ALLOCATAIRE:3371590]]. « Ça prend effet le mois prochain »."),
    ("cpam", CSP, "Dans la voiture de service, une {{Zoé}}, le contrôleur peste contre l'autonomie. Deux contrôles annulés ce matin (personnes hospitalisées). Il remplit les PV sur tablette."),
    ("chrs", AP, "Admission au {{CHRS}} de {{Vire}}. [[PERSONNE:Mathieu Lecarpentier]], {{33 ans}}, ne sait plus s'il est né le [[DATE_NAISSANCE:3]] ou le [[DATE_NAISSANCE:13 mai]] — « ma mère disait l'un, les papiers l'autre ». L'éducatrice tranche avec l'extrait d'acte : [[DATE_NAISSANCE:13/05/1993]]."),
    ("france_travail", AT, "Une conseillère appelle une entreprise, {{Transports Lemarié}}, pour un candidat. Le DRH, M. [[PERSONNE:Bazin]], note le nom, [[PERSONNE:Julien Tessier]], et le mail [[EMAIL:julien.tessier.pro@gmail.com]]. Offre {{197MRHZ}}."),
    ("cpam", AP, "Ticket {{B31}}. Une maman dicte les enfants à rattacher, l'agent vérifie à l'écran : « [[PERSONNE:Inaya]], [[DATE_NAISSANCE:10/09/2017]] ; [[PERSONNE:Soan]], [[DATE_NAISSANCE:28/01/2020]] » — « j'ai le [[DATE_NAISSANCE:29]] pour [[PERSONNE:Soan]] » — « ah oui le [[DATE_NAISSANCE:29]], il est né à {{minuit}} pile ». Mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:MH7724019331]]. Mme [[PERSONNE:Benhamou]]."),
    ("urgences", AT, "L'{{EHPAD Korian Les Pommiers}} prévient de l'arrivée d'une résidente. « Nom ? » « Mme [[PERSONNE:Lemesle]], [[DATE_NAISSANCE:1930]] » « le jour ? » « attendez... [[DATE_NAISSANCE:12/10/1930]] ». Chute dans la {{chambre 112}}."),
    ("ccas", AP, "M. [[PERSONNE:Jérôme Anne]] — oui, « [[PERSONNE:Anne]] » c'est son nom de famille, il a l'habitude — vient pour une aide sur sa facture d'eau {{Veolia}}, réf. client [[IDENTIFIANT:1427539086]]. {{186 €}} à régler avant le {{20 décembre}}."),
    ("caf", AT, "Sur le tableau des agents : « Formation : réforme de la {{solidarité à la source}} ». L'agent me dit qu'ils en parlent depuis {{2023}}. Entre deux appels il relit ses notes."),
    ("chrs", CSP, "Visite chez [[PERSONNE:Nadia Kherbouche]] et ses {{2 filles}}, logement d'insertion à {{Canteleu}}. L'aînée, [[PERSONNE:Lina]], a eu {{18 ans}} la semaine dernière : née le [[DATE_NAISSANCE:4 décembre 2008]], il faut son propre titre de séjour. Récépissé n° [[IDENTIFIANT:7612094583]]."),
    ("cpam", AT, "Un pharmacien ({{Pharmacie du Centre}}, {{Yvetot}}) appelle pour un souci de tiers payant. Patient : M. [[PERSONNE:Renaud]], NIR [[NIR:101101436615393]]. Droits ouverts depuis le {{1er octobre}}, c'est réglé en {{4 min}}."),
    ("caf", CSP, "Contrôle chez une jeune mère isolée, [[PERSONNE:Léa Marchal]], [[ADRESSE:résidence du Parc, appt 304, 5 rue Pasteur, 61000 Alençon]]. Bébé [[PERSONNE:Lou]], née le [[DATE_NAISSANCE:7 août 2026]]. Acte de reconnaissance du père : [[PERSONNE:Jonathan Petit]], né le [[DATE_NAISSANCE:12/03/2002]]. Il vit chez sa mère à {{Argentan}}."),
    ("ccas", CSP, "Deuxième visite de la matinée : personne à l'interphone. L'agente laisse un avis de passage. Ça arrive {{1 fois sur 5}}, dit-elle."),
    ("france_travail", AP, "Inscription, titre de séjour : date de naissance [[DATE_NAISSANCE:00/00/1987]] — « ça veut dire jour et mois inconnus », m'explique la conseillère. M. [[PERSONNE:Abdirahman Warsame]], AGDREF [[IDENTIFIANT:1404562218]]. Autorisé à travailler depuis {{mars 2026}}."),
    ("cpam", AP, "{{11h30}}, les {{3 agents}} d'accueil n'ont pas eu de pause. La cheffe d'équipe descend aider. {{17 personnes}} attendent."),
    ("ccas", AT, "Un papa appelle pour l'aide à la cantine. « Elle a quel âge ? » « {{8 ans}}... née en [[DATE_NAISSANCE:2018]], le [[DATE_NAISSANCE:7 juin]] je crois, ou le [[DATE_NAISSANCE:17]] » 😅 « c'est ma femme qui sait ». M. [[PERSONNE:Leblond]]."),
    ("urgences", AT, "Le téléphone de l'accueil sonne {{2 minutes}} sans réponse, tout le monde est en box. Un brancardier finit par décrocher."),
    ("cpam", CSP, "Contrôle (suspicion de double affiliation) chez Mme [[PERSONNE:Carvalho]], [[ADRESSE:15 rue du Général Leclerc, 14000 Caen]]. Dans un fichier [[DATE_NAISSANCE:1958]], dans l'autre [[DATE_NAISSANCE:1959]] : deux dossiers. Carte d'identité : [[DATE_NAISSANCE:3 mars 1959]]. Mariée en {{1979}} à {{Porto}}."),
    ("chrs", AT, "Le {{115}} demande si une place s'est libérée. Oui, {{chambre 5}}. L'orienté s'appelle [[PERSONNE:Yacouba Konaté]], il arrive en taxi vers {{20h}}."),
    ("caf", AP, "Mme [[PERSONNE:Hue]] — « [[PERSONNE:H-U-E]] » épelle-t-elle — {{81 ans}}, demande si elle a droit à l'{{APL}} en {{EHPAD}}. Simulateur : « votre année ? » « [[DATE_NAISSANCE:1945]] » « le jour ? » « le [[DATE_NAISSANCE:1er]]... [[DATE_NAISSANCE:1er octobre]] »."),
    ("france_travail", AT, "Le conseiller [[PERSONNE:Romain]] appelle une jeune pour une mission chez {{Randstad}}. « Tu me redonnes ta date de naissance ? l'agence la demande » « [[DATE_NAISSANCE:13 janvier 2004]] » « et ton mail ? » « [[EMAIL:lisa.dbrt@outlook.fr]] ». [[PERSONNE:Lisa]], inscrite depuis {{juin}}, identifiant [[ID_FRANCE_TRAVAIL:3028716G]]."),
    ("ccas", AP, "Un couple âgé pour une demande de {{CSS}}. Monsieur s'embrouille, madame corrige : « non [[PERSONNE:René]], c'est [[DATE_NAISSANCE:trente-huit]] toi, pas [[DATE_NAISSANCE:trente-neuf]] ! ». Ils rient. Mme [[PERSONNE:Godefroy]], [[ADRESSE:3 rue Écuyère, 14000 Caen]]."),
    ("cpam", AT, "Un appel en arabe ; l'agente parle arabe, elle bascule. Sa collègue dit que c'est une chance, sinon c'est {{ISM Interprétariat}}, {{15 min}} d'attente."),
    ("ccas", CSP, "Famille hébergée chez un tiers, [[ADRESSE:10 rue Lemire, 50100 Cherbourg-en-Cotentin]]. L'hébergeante, Mme [[PERSONNE:Lefranc]], donne sa date de naissance pour l'attestation : « [[DATE_NAISSANCE:5 avril 1965]] », et celle de sa fille qui vit avec elle : « [[DATE_NAISSANCE:mai 90]] ». Hébergés : M. [[PERSONNE:Mohamed Ag Alhassane]] et {{2 enfants}}, arrivés du {{Niger}} en {{2024}}."),
    ("caf", AT, "Une allocataire demande pourquoi son {{RSA}} est parti sur un autre compte. L'agent voit [[IBAN:FR76 3000 4008 1700 0201 8453 621]] dans le dossier : « c'est mon ancien compte ! ». Il explique le changement en ligne. Mme [[PERSONNE:Nadège Lecomte]]."),
    ("cpam", AP, "L'agent appelle « M. [[PERSONNE:Kamel]] ! ». Le monsieur corrige : « [[PERSONNE:Ziani]], [[PERSONNE:Kamel]] c'est le prénom ». Tout le monde sourit. C'est pour une {{CEAM}}."),
    ("chrs", AP, "Atelier cuisine du {{mardi}} : {{6 résidents}}, quiche lorraine. Une résidente dit que c'est la première fois qu'elle cuisine depuis {{2 ans}}."),
    ("urgences", AP, "Un Anglais, [[PERSONNE:Oliver Bennett]], arrivé le matin à {{Ouistreham}} par le ferry de {{Portsmouth}}. Passeport n° [[IDENTIFIANT:548213976]], carte {{GHIC}}. Voiture [[IMMATRICULATION:LK19 XTP]] sur le parking."),
    ("france_travail", AP, "Atelier numérique, {{8 personnes}}, dont une dame de {{70 ans}} qui veut apprendre le mail. L'animateur lui crée une adresse : [[EMAIL:odile.gueudet1956@gmail.com]]. Mme [[PERSONNE:Gueudet]] l'écrit dans un carnet."),
    ("ccas", AP, "Colis de Noël des {{plus de 70 ans}}. Mme [[PERSONNE:Lecerf]] : « je suis née en [[DATE_NAISSANCE:1956]], j'ai {{70 ans}} » — « il faut les avoir au {{31 décembre}}, c'est bon ». Distribution le {{18 décembre}} à la {{salle Bourvil}}."),
]

NOTES_7 = [
    ("ccas", AP, "Domiciliation : [[PERSONNE:Sébastien Fleury]], sans domicile depuis {{octobre}}. Formulaire Cerfa {{15548}}. « Date de naissance ? » « [[DATE_NAISSANCE:10 décembre 1980]], j'aurai {{46 ans}} jeudi ». Tel : [[TELEPHONE:06 29 84 51 07]]."),
    ("ccas", CSP, "Visite pour une aide au chauffage chez Mme [[PERSONNE:Leroy]], [[ADRESSE:21 route de Dieppe, 76890 Tôtes]]. Son compagnon, [[PERSONNE:Gilles]], donne sa date de naissance : « [[DATE_NAISSANCE:62]] », puis « [[DATE_NAISSANCE:63]] ! elle va me tuer ». Poêle à granulés acheté en {{2019}}. IBAN pour le versement : [[IBAN:FR76 1027 8021 1400 0203 1980 712]]."),
    ("cpam", AP, "Mme [[PERSONNE:Hamon]] vient pour le capital décès de sa mère. L'agent lit à l'écran : [[PERSONNE:HAMON Jacqueline]], née le [[DATE_NAISSANCE:14/03/1958]] à {{Rouen}}, NIR [[NIR:258037654021279]]. Décédée le {{23 octobre}}. « Toutes mes condoléances »."),
    ("france_travail", AT, "Identifiant refusé : « [[ID_FRANCE_TRAVAIL:118 7452W]] ». Le conseiller : « il me faut votre date de naissance » « [[DATE_NAISSANCE:quatorze avril quatre-vingt-quinze]] ». Le bon identifiant est [[ID_FRANCE_TRAVAIL:1187425W]], il avait inversé deux chiffres. M. [[PERSONNE:Gonçalves]]."),
    ("caf", AP, "Sur une borne, l'agent aide un monsieur à créer son compte. Mail : [[EMAIL:bakary.dembele14@gmail.com]]. Mot de passe noté sur un papier, l'agent lui dit de le cacher. M. [[PERSONNE:Bakary Dembélé]]."),
    ("caf", AT, "« Caf du {{Calvados}} bonjour » — une maman veut déclarer son bébé. « Il est né quand ? » « hier ! le [[DATE_NAISSANCE:6 décembre]] » « félicitations ! » « il s'appelle [[PERSONNE:Ayoub]] ». Il faut l'acte, en ligne. Num alloc [[N_ALLOCATAIRE:4920386]]."),
    ("ccas", AT, "{{16h50}}, dernier appel : une dame cherche les horaires de la banque alimentaire. Réponse : {{mardi}} et {{vendredi}}, {{14h-17h}}."),
    ("ccas", CSP, "Visite avec la CESF chez M. [[PERSONNE:Nguyen Van Long]], [[ADRESSE:7 rue des Canadiens, 14000 Caen]]. Carte de résident : né le [[DATE_NAISSANCE:2 septembre 1954]] à {{Saïgon}}. Arrivé en France en {{1979}}, naturalisé en {{1988}}. Facture {{GRDF}} impayée, réf. [[IDENTIFIANT:GI 071 548 392]]."),
    ("cpam", AT, "Changement d'adresse : [[ADRESSE:12 bis rue de la Chaîne, 14400 Bayeux]]. Nouveau portable : [[TELEPHONE:07 52 19 64 83]]. Mme [[PERSONNE:Ribeiro]]. Mise à jour en {{3 min}}."),
    ("cpam", CSP, "Contrôle arrêt de travail chez Mme [[PERSONNE:Sandrine Lecanu]], [[ADRESSE:4 impasse du Verger, 50000 Saint-Lô]]. Présente. « Vous êtes née le ? » « [[DATE_NAISSANCE:30 avril]] » « quelle année ? » « [[DATE_NAISSANCE:1982]] ». Sur la table, la facture du garage pour sa {{Clio}}, [[IMMATRICULATION:bn-093-xs]] écrit en minuscules : au garage depuis {{2 semaines}}."),
    ("france_travail", AP, "À l'entrée : « Sans rendez-vous de {{8h30}} à {{12h30}} ». À {{12h25}} il reste {{9 personnes}}. L'agent d'accueil les prend toutes."),
    ("france_travail", AT, "Une femme appelle pour son mari qui ne parle pas français. « Date de naissance de votre mari ? » « [[DATE_NAISSANCE:01/07/1979]] ». Identifiant [[ID_FRANCE_TRAVAIL:9034517R]], M. [[PERSONNE:Sarkis]]. Cuisinier à {{Alep}} jusqu'en {{2015}}."),
    ("cpam", AP, "[[PERSONNE:Anis Belkacem]], {{18 ans}}, veut son compte {{Ameli}} à lui. « Date de naissance ? » « [[DATE_NAISSANCE:11 septembre 2008]] » — « pas facile comme date », dit-il. Job au {{McDo}} de {{Mondeville}} depuis {{septembre}}."),
    ("ccas", AP, "Aide pour un voyage scolaire. « [[PERSONNE:Kenza]], née le... » la maman compte sur ses doigts, « [[DATE_NAISSANCE:2014]]... non [[DATE_NAISSANCE:2013]], elle est en 4e » « le jour ? » « [[DATE_NAISSANCE:19 février]] ». Voyage en {{Angleterre}} en {{mars}}, {{350 €}}, le {{CCAS}} en prend {{100 €}}. Mme [[PERSONNE:Amrani]]."),
    ("chrs", AP, "Le chef de service, M. [[PERSONNE:Olivier Lesage]], reçoit un résident pour un recadrage (alcool). J'attends dans le couloir {{20 min}}. Le résident, [[PERSONNE:Toni]], sort en claquant la porte."),
    ("urgences", AT, "Un cabinet de radiologie ({{Imagerie du Cotentin}}) adresse un patient : « [[PERSONNE:Pascal Lebouteiller]], né le [[DATE_NAISSANCE:23/06/1961]], IPP chez vous [[IDENTIFIANT:50019384]] ». Fracture du poignet."),
    ("chrs", AT, "Soirée : {{3 appels}} au standard du CHRS en {{1h}}, tous pour des places. Réponse à chaque fois : « appelez le {{115}} »."),
    ("cpam", AT, "Remboursement de soins à l'étranger. « Date de naissance ? » « [[DATE_NAISSANCE:2 février 1984]]... ah non, ça c'est mon mari, moi c'est le [[DATE_NAISSANCE:20 décembre 1985]] » 😂. Mme [[PERSONNE:Tavares]]. Soins au {{Cap-Vert}} cet été, {{240 €}}."),
    ("cpam", CSP, "Réunion des contrôleurs à {{8h}} : {{27 dossiers}} à se répartir sur {{Lisieux}} et {{Pont-l'Évêque}}. Le café est offert par celui qui a fait le moins de km 😄."),
    ("caf", AP, "Mme [[PERSONNE:Mbappé]] — « aucun lien » dit-elle en riant — déclare ses jumelles, [[PERSONNE:Maya]] et [[PERSONNE:Jade]], nées le [[DATE_NAISSANCE:29 novembre]]. Num alloc [[N_ALLOCATAIRE:1089347]]. Elle a repris le bus {{3 jours}} après la césarienne."),
    ("ccas", CSP, "Aide à l'adaptation du logement, M. [[PERSONNE:Guy Lemarchand]], en fauteuil, [[ADRESSE:8 rue du Stade, 76190 Yvetot]]. Devis {{Lebas Aménagement}} : {{4 200 €}}. Remboursement sur le compte de sa fille : [[IBAN:FR76 1820 6001 9065 0124 8930 173]]."),
    ("france_travail", AP, "Un monsieur de {{60 ans}} demande ses droits à la retraite, orienté vers la {{Carsat}}. « Je suis de [[DATE_NAISSANCE:66]] » — « alors départ à {{63 ans}} minimum, à voir avec eux ». M. [[PERSONNE:Laurent Bréard]], [[ID_FRANCE_TRAVAIL:4417790C]]."),
    ("caf", AT, "Une agente enchaîne {{12 appels}} en {{1h}}, tous sur la {{prime de Noël}} : {{152,45 €}} pour une personne seule au {{RSA}}."),
    ("cpam", AP, "Un jeune couple portugais, [[PERSONNE:Rui]] et [[PERSONNE:Ana Pereira]], arrivé à {{Granville}} pour la saison. Compte bancaire : [[IBAN:PT50 0035 0097 0000 4815 2762 3]]. Tel : [[TELEPHONE:+351 936 204 817]]."),
    ("ccas", AT, "Une dame inscrit son père au voyage des aînés au {{Mont-Saint-Michel}}. « Il est de [[DATE_NAISSANCE:quarante-quatre]] » « il faut aussi le jour pour l'assurance » « [[DATE_NAISSANCE:3 avril]] ». M. [[PERSONNE:Auvray]]. Départ le {{4 juin}}."),
    ("ccas", AP, "Demande de logement social : l'agent vérifie le numéro unique, [[IDENTIFIANT:014062600871234]]. {{3 enfants}} dans un {{T2}} à {{Colombelles}}. Mme [[PERSONNE:Sissoko]]."),
    ("caf", CSP, "Contrôle chez M. [[PERSONNE:Fabrice Lepeltier]], [[ADRESSE:45 rue Gambetta, 61100 Flers]], garde alternée. Livret de famille : [[PERSONNE:Théo]] né en [[DATE_NAISSANCE:2012]], [[PERSONNE:Clara]] en [[DATE_NAISSANCE:2015]]. Jugement du {{JAF}} de {{2021}}, RG [[IDENTIFIANT:21/00847]]."),
    ("cpam", CSP, "Contrôle arrêt de travail : M. [[PERSONNE:Walid Cherif]], [[ADRESSE:19 avenue du Mont-Riboudet, 76000 Rouen]]. Titre de séjour : né le [[DATE_NAISSANCE:22/08/1991]] à {{Tunis}}, n° [[IDENTIFIANT:7609438125]]. Sa voiture de VTC, [[IMMATRICULATION:GR-604-MF]], est en bas."),
    ("chrs", CSP, "Passage de la commission de sécurité. Le directeur, M. [[PERSONNE:Philippe Auger]], fait le tour. {{2 extincteurs}} périmés, à changer sous {{1 mois}}."),
    ("france_travail", AT, "Un demandeur furieux : « J'AI ENVOYÉ MON ARRÊT MALADIE {{3 FOIS}} ». Le conseiller, [[PERSONNE:Ludovic]], retrouve le document. M. [[PERSONNE:Hervieu]], identifiant [[ID_FRANCE_TRAVAIL:5561038T]], tel [[TELEPHONE:06 83 02 47 15]]."),
    ("cpam", AP, "Mme [[PERSONNE:Blondel]], carte vitale qui ne marche plus. « Vous êtes née le [[DATE_NAISSANCE:5 janvier 1940]] ? » « non ! [[DATE_NAISSANCE:1941]] ! » L'écran dit bien [[DATE_NAISSANCE:1941]] : erreur sur la carte. Nouvelle carte en {{3 semaines}}."),
    ("caf", AT, "L'animatrice d'un {{EHPAD}}, [[PERSONNE:Pauline]], appelle pour l'{{APL}} d'un résident, M. [[PERSONNE:Lhermitte]], {{92 ans}}. Elle dicte son RIB : [[IBAN:FR65 3000 2088 1100 0047 1265 H54]]."),
]

# fmt: on

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks; return the text, the entity spans and the keep list (once each)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1):
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for i, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(cells: dict[str, tuple[str, str]]) -> tuple[set[str], set[str]]:
    """Draw dev / holdout from the ids and their cells only (never the contents)."""
    rng = random.Random(SEED)
    by_cell: dict[tuple[str, str], list[str]] = {}
    for note_id in sorted(cells):
        by_cell.setdefault(cells[note_id], []).append(note_id)
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(by_cell):
        ids = list(by_cell[cell])
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
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"dev {len(dev)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main()
