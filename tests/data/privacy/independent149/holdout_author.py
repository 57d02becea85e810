"""Independent evaluation corpus n° 149: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes offsets (Python string indices, end exclusive). Ids ``ind149-001`` …
``ind149-240`` follow the writing order. Running this file writes ``dev.jsonl`` and
``holdout.jsonl`` next to it (stdlib only, deterministic).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

NOTES_A = [
    (
        "caf",
        "accueil_physique",
        "{{9h10}}, deja {{14}} personnes devant l'agence {{Caf}} de {{Toulouse}}. L'agente s'appelle [[PERSONNE:Nadia]], elle fait le pre-accueil debout avec sa tablette.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Benhaddou]] vient pour son {{APL}} qui a baissé. Num alloc [[N_ALLOCATAIRE:3108842]]. Elle habite [[ADRESSE:27 allée de Bellefontaine, 31100 Toulouse]], au {{Mirail}} depuis {{12 ans}}. [[PERSONNE:Sylvain]] (l'agent) regarde l'ecran : 'vous avez déclaré {{1 240 €}} au trimestre, c'est ça qui joue'.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h02}}. Un monsieur qui donne direct son numéro : « [[N_ALLOCATAIRE:trois un zéro quatre cinq sept deux]] ». L'agent [[PERSONNE:Thierry Vaysse]] lui demande de répéter lentement. Il rappelle pour la {{prime d'activité}} de {{mars}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Nguyen Van Long]], [[ADRESSE:8 rue Paul Lambert, 31200 Toulouse]] (les {{Izards}}). Controleur : [[PERSONNE:Hervé Campistron]]. Verif de la composition du foyer : lui, sa femme [[PERSONNE:Thi Hoa]], {{2}} enfants nés en [[DATE_NAISSANCE:2011]] et [[DATE_NAISSANCE:2015]]. Rien d'anormal, {{40 min}} sur place.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente longue ce matin, pas de ticket qui marche, la borne affiche ERREUR 404 lol. Les gens rigolent quand meme.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Inès Kaddouri]], veut sa carte vitale. Agent lit le NIR à voix haute (!!) : [[NIR:2 92 06 34 172 405 63]]. Née à {{Montpellier}}, arrivée à {{Toulouse}} pour ses études. Je note que toute la file entend.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : plateforme, on entend les appels en double écoute. Une dame de {{Colomiers}} appelle pour un remboursement de kiné. Elle s'appelle [[PERSONNE:Josiane Carrère]], rappel au [[TELEPHONE:05 61 78 42 19]]. Agent [[PERSONNE:Mickaël]] très patient.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Purpan}}, {{23h40}}. Un homme arrive, coupure à la main. IAO : [[PERSONNE:Sandrine]]. Elle demande la date de naissance : « [[DATE_NAISSANCE:12/04/1996]] ». Son nom : [[PERSONNE:Sow]], [[PERSONNE:Abdoulaye]]. IPP créé : [[IDENTIFIANT:P31009877]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pleine, {{38}} patients, écran indique {{4h}} d'attente pour les non urgents. Un enfant pleure depuis {{20 min}}. Personne ne sait qui appeler.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} de la {{Haute-Garonne}}. Ecoutant : [[PERSONNE:Baptiste]]. Appel d'une femme avec {{3}} enfants à la gare {{Matabiau}}, elle dit s'appeler [[PERSONNE:Fatoumata Keïta]]. Pas de place ce soir, proposition {{hôtel}} à {{Blagnac}} peut-être demain.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS rue de la {{Colombette}}... non pardon c'est juste le bureau d'accueil. Mr [[PERSONNE:Dragan Petrović]] vient chercher son courrier, domiciliation. L'éduc [[PERSONNE:Céline]] lui sort {{4}} lettres dont une de la {{Caf}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Toulouse}} {{Bagatelle}}. Conseiller : [[PERSONNE:Kévin Sabatier]]. Demandeur : [[PERSONNE:Yacine Hamadi]], identifiant [[ID_FRANCE_TRAVAIL:3148207K]], radié pour absence à RDV. Il dit qu'il n'a jamais reçu le courrier. Adresse sur le dossier : [[ADRESSE:14 rue de Kiev, 31100 Toulouse]] — il a déménagé depuis.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "39 49 en panne ce matin?? Le conseiller dit que c'est fréquent le lundi. On attend.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Muret}}. Aide facultative. Mme [[PERSONNE:Pereira da Silva]] demande une aide pour facture EDF, réf client [[IDENTIFIANT:6004 512 879]]. Montant {{312,40 €}}. Agente : [[PERSONNE:Laurence Dedieu]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel : un fils appelle pour sa mère ({{86 ans}}) qui vit seule à {{Empalot}}. Il veut un portage de repas. « c'est [[PERSONNE:Rachid Benali]], mon numéro c'est le [[TELEPHONE:07 81 44 20 63]] ». La maman : Mme [[PERSONNE:Benali Khadija]], [[ADRESSE:3 place Commerce, Toulouse]].",
    ),
    (
        "caf",
        "accueil_physique",
        "bcp de monde pour le {{RSA}} aujourd'hui. l'agent me dit : fin de mois = toujours pareil",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile avec l'enquêtrice [[PERSONNE:Muriel Fabre]] pour un arrêt de travail. Assuré : M. [[PERSONNE:Ferhat Aït-Ouali]], né le [[DATE_NAISSANCE:3 novembre 1979]] en {{Algérie}}, NIR [[NIR:1791199352155 36]]. Adresse : [[ADRESSE:45 chemin de Lestang, Blagnac]]. Il était là, visiblement malade. {{15 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "« VOUS ÊTES [[PERSONNE:DUPUY]] ??? » crie l'infirmier dans la salle. Personne répond. Il réessaie : « [[PERSONNE:Dupuy Marcel]] ! » Un monsieur âgé lève la main.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV : la conseillère montre un CV modèle au nom de [[PERSONNE:Marie Martin]], {{42 ans}}, « cariste ». Une participante, [[PERSONNE:Aïcha]], demande si elle peut mettre sa photo avec voile. Silence gêné.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement diffus du CHRS avec [[PERSONNE:Jérôme]] (travailleur social). Occupant : [[PERSONNE:Oumar Diakité]], {{31 ans}}. T2 [[ADRESSE:11 rue des Chamois, 34080 Montpellier]], à la {{Paillade}}. Frigo vide, il dit qu'il attend le virement {{RSA}} du {{5}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appel de {{Montpellier}} transféré par erreur. L'agente : « ah non madame, il faut appeler la {{Caf de l'Hérault}} ». Raccroche. {{2 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier {{CSS}} (complémentaire santé solidaire). M. [[PERSONNE:Kourouma]] donne son numéro de sécu en lisant sa carte : [[NIR:1 96 04 99 341 549 94]]. Né au {{Sénégal}} en [[DATE_NAISSANCE:avril 96]]. L'agent [[PERSONNE:Pascale]] lui dit que le titre de séjour a expiré, n° [[IDENTIFIANT:3102651489]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence domiciliation, CCAS de {{Toulouse}}. Liste du jour sur le bureau :\n- [[PERSONNE:MARIN Kevin]]\n- [[PERSONNE:Zeynep Yilmaz]]\n- [[PERSONNE:Stoica Ionuț]]\n- Mme [[PERSONNE:Ba]]\nJe ne suis pas sûr de devoir voir ça.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller [[PERSONNE:Romain]] appelle une demandeuse pour un RDV. « Bonjour, je cherche à joindre Madame [[PERSONNE:Lakhdar]]... c'est bien le [[TELEPHONE:06 52 18 77 90]] ? » Messagerie. Il laisse un message de {{30 secondes}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard des urgences de {{Rangueil}} : un homme appelle pour savoir si son père est arrivé. « [[PERSONNE:Gilbert Soulé]], né le [[DATE_NAISSANCE:8 juin 1941]] ». La secrétaire [[PERSONNE:Audrey]] ne peut rien dire au tél. Il s'énerve.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit dej au CHRS, {{7h30}}. {{22}} résidents. Café, pain, confiture. Ambiance calme, une radio joue du {{Zebda}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle {{RSA}} isolement. Mme [[PERSONNE:Sarah Lopez]], [[ADRESSE:4 impasse des Tilleuls, 31770 Colomiers]]. Le contrôleur [[PERSONNE:Patrick]] regarde les brosses à dents (!!). Elle montre son bail {{Patrimoine}} ref. locataire [[IDENTIFIANT:LOC-0088147]]. Un homme passe dans le jardin, elle dit que c'est son frère.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Oui bonjour, je suis Mme [[PERSONNE:Garrigues]], j'ai un souci avec {{Ameli}} » — mot de passe perdu. L'agent lui fait épeler son mail : [[EMAIL:m.garrigues31@orange.fr]]. {{6 min}} d'appel.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune des {{Izards}}, [[PERSONNE:Anis]], {{19 ans}}, veut s'inscrire. Il n'a pas de mail. La conseillère [[PERSONNE:Marion Escande]] lui en crée un devant moi : [[EMAIL:anis.belkacem2005@gmail.com]]. Son identifiant sera [[ID_FRANCE_TRAVAIL:3150992B]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide ménagère. Mme [[PERSONNE:Simone Castex]], {{91 ans}}, vit seule. Le chat s'appelle {{Minou}}. Adresse : [[ADRESSE:19 avenue Jean Jaurès, 31600 Muret]]. Agente du CCAS : [[PERSONNE:Coralie]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Pompiers amènent une dame tombée dans le {{métro}}, station {{Jean Jaurès}}. Elle n'a pas de papiers. Elle dit « [[PERSONNE:Colette]]... [[PERSONNE:Colette Ribes]] ». Date de naissance elle sait plus. L'IOA cherche dans le logiciel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 : appel d'un homme qui dort dans sa voiture sur le parking du {{Leclerc}} de {{Blagnac}}. Plaque : [[IMMATRICULATION:EK-512-QS]]. Il s'appelle [[PERSONNE:Laurent]]. L'écoutante [[PERSONNE:Myriam]] prend ses coordonnées : [[TELEPHONE:0644102835]].",
    ),
    (
        "caf",
        "accueil_physique",
        "mdr la borne qui demande le num alloc, le monsieur tape son numéro de tel à la place : [[TELEPHONE:06 17 29 53 08]]. L'agent [[PERSONNE:Farid]] rigole et corrige : [[N_ALLOCATAIRE:2987120]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil sans RDV fermé depuis le {{1er janvier}}. Seulement sur RDV. Une dame repart en pleurant, elle avait pris le bus depuis {{Muret}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien d'inscription, {{45 min}}. Demandeuse : [[PERSONNE:Ludmila Ivanova]], arrivée d'{{Ukraine}} en {{2022}}. APS n° [[IDENTIFIANT:3199847021]]. Identifiant FT : [[ID_FRANCE_TRAVAIL:4017 365 M]]. Tel [[TELEPHONE:+33 7 66 41 09 82]]. Elle parle bien anglais, la conseillère [[PERSONNE:Julie]] un peu.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{11h}}, un couple de {{Petit-Bard}} venu au CCAS de {{Montpellier}} pour un colis alimentaire. Ils donnent leur nom : [[PERSONNE:El Amrani]]. L'agente [[PERSONNE:Soraya]] cherche dans le fichier : « [[PERSONNE:Hakim]] et [[PERSONNE:Malika]], c'est ça ? »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dame qui veut changer son RIB : [[IBAN:FR76 1313 5000 8081 8607 1415 921]]. L'agent refuse par téléphone, il faut passer par l'espace en ligne. Elle : « mais j'ai pas internet !! » 😤",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Coup de fil d'une EHPAD, {{EHPAD Les Jardins d'Occitanie}}, qui annonce un transfert. Résident : M. [[PERSONNE:Raymond Bessière]], {{94 ans}}. Infirmière coordinatrice : Mme [[PERSONNE:Olivier]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des chambres avec le veilleur [[PERSONNE:Mamadou]]. Chambre {{12}} : [[PERSONNE:Piotr]], dort. Chambre {{14}} : vide, le résident est à l'hôpital. Chambre {{15}} : [[PERSONNE:Bouchra]] et sa fille, la télé à fond.",
    ),
]

NOTES_B = [
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Estelle]] rappelle M. [[PERSONNE:Tran]] au [[TELEPHONE:05.62.48.91.07]] pour une offre de magasinier à {{Colomiers}}, offre n° {{171XKPM}}. Il accepte un entretien jeudi {{14h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papa solo, [[PERSONNE:Julien Marty]], ne comprend pas le calcul de l'{{ASF}}. L'agente imprime l'attestation, je lis en biais : allocataire [[N_ALLOCATAIRE:3102274]], [[ADRESSE:52 avenue de Reynerie, 31100 Toulouse]], enfants nés le [[DATE_NAISSANCE:14/02/2014]] et le [[DATE_NAISSANCE:30/07/2017]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Note pour moi : demander à la directrice combien d'ETP sur l'accueil. Réponse : {{6}}, dont {{2}} en arrêt.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Rosa Teixeira]], {{66 ans}}, née au {{Portugal}}, veut sa retraite (mauvais guichet mdr). L'agent [[PERSONNE:Bruno Azéma]] l'oriente vers la {{Carsat}} quand même, lui donne le {{3960}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enfant de {{4 ans}}, fièvre. Maman : [[PERSONNE:Houria]]. Elle donne sa carte vitale, l'IAO tape le nom de l'enfant : [[PERSONNE:ZAKARIA BENSALEM]], né le [[DATE_NAISSANCE:2020-03-17]]. Box {{3}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, « [[PERSONNE:Le Grand]] » qu'ils l'appellent, vient demander une avance de {{20 €}}. L'éducatrice refuse gentiment. Il rit.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel bailleur {{Toulouse Métropole Habitat}} : signalement d'un locataire en impayé, M. [[PERSONNE:Serge Alquier]], ref. [[IDENTIFIANT:TMH-2018-04417]]. L'agente note, dit qu'elle rappellera le monsieur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente. Sur l'écran d'accueil, messages : « Pensez à actualiser avant le {{15}} » et une pub pour la {{Semaine de l'industrie}}. {{9}} personnes.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête CMU-C ancienne, vérif ressources. Assurée : Mme [[PERSONNE:Yamina Cherif]], NIR [[NIR:269059935159765]], née à {{Tunis}} en [[DATE_NAISSANCE:mai 1969]]. [[ADRESSE:Bât. C, 6 rue de Tipasa, 34080 Montpellier]]. L'enquêteur [[PERSONNE:Stéphane]] demande les relevés bancaires, IBAN [[IBAN:FR7613335003017463401488466]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : « bonjour c'est pour ma fille, elle est née le [[DATE_NAISSANCE:vingt-deux août deux mille vingt-trois]], j'ai toujours pas la {{PAJE}} ». Agent [[PERSONNE:Damien]] regarde, dossier incomplet. Mère : [[PERSONNE:Claire Bonnafous]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un SDF connu du service, les soignants l'appellent par son prénom : [[PERSONNE:Momo]]. Il vient pour dormir au chaud je pense. On le laisse s'asseoir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, {{21h15}}. Un jeune, « je suis [[PERSONNE:Kader]], [[PERSONNE:K-A-D-E-R]] ». Il appelle d'une cabine ? Non d'un tel emprunté : [[TELEPHONE:07 69 02 31 45]]. Place trouvée au {{centre Riquet}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller lit l'identifiant d'un demandeur au téléphone pour vérification : « [[ID_FRANCE_TRAVAIL:zéro deux huit quatre quatre un sept, lettre W]] ». J'ai noté tel quel. Le demandeur c'est M. [[PERSONNE:Guillot]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Je demande à l'agente d'accueil [[PERSONNE:Fanny]] combien de dossiers par jour : « une trentaine, plus les appels ». Elle a {{28 ans}}, {{3 ans}} de maison.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de résidence à {{Empalot}}. Le contrôleur ([[PERSONNE:Jean-Luc Rouquette]]) sonne au [[ADRESSE:9 avenue Jean Moulin, 31400 Toulouse]] : nom sur la boîte aux lettres = [[PERSONNE:Haddad]] / [[PERSONNE:Mercier]]. Personne. Avis de passage laissé. {{10 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "36 46 — Un assuré de {{Muret}} conteste une franchise médicale de {{1 €}}. {{12 minutes}} pour 1 euro. L'agente garde son calme.",
    ),
    (
        "urgences",
        "accueil_physique",
        "accident de scooter, jeune {{17 ans}}, arrivé avec les pompiers. la police demande au jeune le numéro de plaque : [[IMMATRICULATION:AB-123-XZ]]?? non c'était [[IMMATRICULATION:FR-447-PB]]. il s'appelle [[PERSONNE:Enzo]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une demandeuse, Mme [[PERSONNE:N'Diaye]], vient avec son fils qui traduit. Conseillère : [[PERSONNE:Sophie Lacaze]]. Identifiant : [[ID_FRANCE_TRAVAIL:3162840L]]. Elle habite [[ADRESSE:17 rue Auguste Broussonnet, 34090 Montpellier]] chez sa sœur. Problème d'actualisation de {{février}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chambre avec le chef de service [[PERSONNE:Olivier Montaut]]. Punaises de lit signalées chambre {{7}}. Le résident, [[PERSONNE:Aleksander]], a tout mis dans des sacs.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Aurélie Vidal]] donne son RIB papier à scanner : [[IBAN:FR76 3000 2045 2174 4040 5346 552]]. L'agent dit qu'on ne scanne plus, c'est sur l'appli. Elle repart avec son papier. {{LCL}} en haut du RIB.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Evaluation à domicile pour l'APA avant passage au Département. M. [[PERSONNE:Joaquim Ferreira]] et sa femme, [[ADRESSE:2 chemin de la Ramée, 31170 Tournefeuille]]. Le fils tient un garage, {{Garage Ferreira Auto}}, à côté. Travailleuse sociale : [[PERSONNE:Agnès]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation ? non c'est le standard. Quelqu'un demande l'adresse des urgences pédiatriques. Réponse : {{hôpital des Enfants}}, {{Purpan}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agent [[PERSONNE:Yannick]] aide une dame à créer son compte {{Ameli}}. Mail : [[EMAIL:leila.mansouri@laposte.net]]. NIR lu sur l'attestation : [[NIR:2 84 02 31 395 097 07]]. Elle est née à {{Muret}} en [[DATE_NAISSANCE:février 84]], elle précise. Son nom : [[PERSONNE:Leïla Mansouri]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant. Demandeur énervé, 'VOUS M'AVEZ COUPÉ MES DROITS'. Le conseiller lui demande de se calmer. {{8 min}}. Aucun nom donné, il raccroche.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission. M. [[PERSONNE:Ilyes Boukhari]], né le [[DATE_NAISSANCE:02.09.1990]]. Demande SIAO n° [[IDENTIFIANT:SIAO31-2024-08812]]. Sortie de prison de {{Seysses}} il y a {{3 jours}}. L'éducateur : [[PERSONNE:Yohan]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame dit « c'est Mme [[PERSONNE:Fontaine]] » — la {{fontaine à eau}} de l'accueil fait du bruit derrière lol. Son alloc : [[N_ALLOCATAIRE:3199003]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Personne âgée qui vient pour la carte {{Tisséo}} gratuite. Elle habite la {{cité Bagatelle}} depuis les années {{60}}. Très gentille, donne des bonbons à l'agente.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{La Paillade}}, {{Montpellier}}. Contrôleuse : [[PERSONNE:Véronique Sanchez]]. Allocataire : M. [[PERSONNE:Mohamed Lahlou]], alloc [[N_ALLOCATAIRE:2845116]], [[ADRESSE:Résidence Les Tritons, 305 rue de Bari, 34080 Montpellier]]. Son véhicule dans la cour, immat [[IMMATRICULATION:DX 903 LM]], elle note (pourquoi ?).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le médecin de garde (Dr [[PERSONNE:Ghazal]]) me dit qu'il fait {{24h}} d'affilée. On discute {{5 min}} entre deux patients.",
    ),
]

NOTES_C = [
    (
        "caf",
        "accueil_physique",
        "RDV {{10h30}} : M. [[PERSONNE:Gaëtan Lemoine]], {{34 ans}}, auto-entrepreneur (livreur {{Uber Eats}}). Il donne son SIRET perso : [[IDENTIFIANT:852 417 963 00018]]. Calcul {{prime d'activité}} compliqué, l'agente [[PERSONNE:Hélène]] appelle sa collègue.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Je m'appelle [[PERSONNE:Mehmet Kaya]], mon numéro de sécu c'est [[NIR:un quatre-vingt-deux zéro six quatre-vingt-dix-neuf deux cent huit deux cent vingt quatre-vingt-sept]] » — il le dit tout en chiffres, l'agent le tape au fur et à mesure. Né en {{Turquie}}, [[DATE_NAISSANCE:juin 82]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil, borne numéro {{2}} HS. Conseiller d'accueil [[PERSONNE:Nabil]] oriente les gens vers l'espace numérique. Un monsieur ne sait pas lire. [[PERSONNE:Nabil]] l'accompagne.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente : Mme [[PERSONNE:Arnaud]]... pardon : Mme [[PERSONNE:Arnaud]], [[PERSONNE:Ginette]]. Transférée de la clinique {{Pasteur}}. Dossier hospit n° [[IDENTIFIANT:HOSP-24-0031877]]. Sa fille au tél : [[TELEPHONE:06 03 88 14 52]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un travailleur social de la {{Mission locale}} appelle pour un jeune, [[PERSONNE:Théo Rigal]], {{18 ans}}, mis dehors par ses parents à {{Colomiers}}. Mail du TS pour le suivi : [[EMAIL:a.dumas@ml-toulouse.org]] ([[PERSONNE:Arnaud Dumas]]).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél CCAS {{Blagnac}}. Une dame : « je suis la voisine de M. [[PERSONNE:Lagarde]], il a pas ouvert ses volets depuis {{3 jours}} ». Adresse : [[ADRESSE:21 rue du Pont Vieux, 31700 Blagnac]]. L'agente appelle la police municipale.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le numéro s'affiche sur l'écran de l'agent : [[TELEPHONE:+33 6 45 71 20 88]]. Appelante : [[PERSONNE:Nathalie Roux-Bertrand]]. Sujet : {{AAH}} et {{MVA}}. Dossier MDPH n° [[IDENTIFIANT:MDPH31-0452198]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jour de grève des transports, accueil presque vide. {{4}} personnes en {{1h}}. L'agente me montre les procédures, classeurs {{Ameli Pro}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Entretien téléphonique de suivi. Demandeur : [[PERSONNE:Abdelkader Touati]], ID [[ID_FRANCE_TRAVAIL:0671 459 F]], {{57 ans}}, ancien chauffeur. Le conseiller [[PERSONNE:Philippe Cazeneuve]] lui parle d'une formation {{CACES}} à {{Portet-sur-Garonne}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IOA : « votre adresse ? » — « [[ADRESSE:36 bis rue des Fontaines, 31300 Toulouse]] ». « Médecin traitant ? » — « Dr [[PERSONNE:Salvat]] ». Patient : [[PERSONNE:Vincent Bories]], douleur thoracique, passe direct.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du matin au CHRS, {{8h45}}, {{6}} travailleurs sociaux. On parle des sorties vers logement, {{3}} ce mois-ci. Pas de nom cité devant moi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Nguyen]] (pas la même que ce matin !) vient pour l'aide à l'énergie. Facture {{Engie}} n° [[IDENTIFIANT:F2024-0087712]]. Adresse : [[ADRESSE:7 allée Maurice Sarraut, 31300 Toulouse]].",
    ),
    (
        "caf",
        "accueil_physique",
        "« Vous êtes née quand madame ? » « Le [[DATE_NAISSANCE:premier mars 1987]] » « À ? » « {{Toulouse}} ». NIR à l'écran : [[NIR:2870331555332 79]]. Elle s'appelle [[PERSONNE:Émilie Sarrat]], agent [[PERSONNE:Sylvain]] encore.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère me montre le tableau de bord : {{312}} demandeurs dans son portefeuille. « Impossible de voir tout le monde. » Elle soupire.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérification d'un transport sanitaire facturé. Taxi conventionné de M. [[PERSONNE:Christophe Baylac]], plaque [[IMMATRICULATION:GT-208-HN]]. Le patient transporté, Mme [[PERSONNE:Odette Pujol]], habite [[ADRESSE:5 rue Saint-Germier, 31600 Muret]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un médecin de ville pour adresser un patient : « M. [[PERSONNE:Benoît Cathala]], je vous faxe le courrier ». La secrétaire [[PERSONNE:Nathalie]] dit qu'ils n'ont plus de fax 😂",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'appartement en bail glissant à {{Figuerolles}}, {{Montpellier}}. Locataire : [[PERSONNE:Samira Ouali]] avec ses {{2}} ados. [[ADRESSE:18 rue du Faubourg Figuerolles, 34070 Montpellier]]. TS : [[PERSONNE:Guillaume Bec]]. Tout est propre, elle a mis des photos au mur.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Attente affichée : {{22 minutes}}. Appel d'un étudiant : [[PERSONNE:Lucas Peyre]], num allocataire [[N_ALLOCATAIRE:3187 650]], son APL pour la résidence {{Crous}} {{Chapou}}, chambre {{214}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale pour une demande d'aide au loyer. M. et Mme [[PERSONNE:Rakotomalala]], [[ADRESSE:10 rue Jean Gilles, 31100 Toulouse]]. Le mari montre ses fiches de paie {{Airbus}} intérim. La TS : [[PERSONNE:Manon]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune de {{Bellefontaine}} vient avec sa convocation. Nom : [[PERSONNE:Bakary Camara]]. Identifiant : [[ID_FRANCE_TRAVAIL:3155307C]]. Il a trouvé un CDD chez {{Decathlon}} et veut se désinscrire. Bravo !! 🎉",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame vient avec sa voisine, pas de papiers. L'IOA : « Nom ? » « [[PERSONNE:Zoubida Hamdi]] ». « Date de naissance ? » « Je sais pas, [[DATE_NAISSANCE:1948]] je crois ».  Carte de séjour : [[IDENTIFIANT:3100178245]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Beaucoup de questions sur la {{C2S}}. Une affiche indique les plafonds. Une file de {{11}} personnes à {{14h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente [[PERSONNE:Christelle Marquès]] explique à M. [[PERSONNE:Sébastien Aubry]] qu'il doit rembourser un indu de {{1 870 €}}. Plan de remboursement sur {{24 mois}}. Il demande : « vous pouvez prélever sur mon compte ? » Il dicte : [[IBAN:FR76 1027 8022 1007 1182 6333 465]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 : appel d'une dame, « je suis avec mon mari [[PERSONNE:Vasile]], on dort dans la voiture, une Clio grise, [[IMMATRICULATION:BL-774-RA]] ». Elle s'appelle [[PERSONNE:Mirela Dinu]]. {{2}} enfants.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel rapide pour demander les horaires. Réponse : {{8h30}}-{{12h}}, {{13h30}}-{{17h}}. {{30 secondes}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur appelle (boulangerie {{Maison Castaing}} à {{Muret}}) pour une offre. Puis il parle d'un candidat qu'il a reçu : « le jeune [[PERSONNE:Dylan]], il est bien, mais pas de permis ». Conseiller [[PERSONNE:Fabien]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h du matin}}. Un homme ivre, agressif. La sécurité intervient. L'agent de sécu : [[PERSONNE:Bilal]]. Le patient refuse de donner son nom. Finalement il sort sa CNI : [[IDENTIFIANT:X4RTN8K21]]. [[PERSONNE:Fabrice Lagarrigue]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Blagnac}}. Je n'ai pas pu entrer, la personne a refusé l'accès à l'observateur. Je reste dans la voiture de service. {{25 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Ma mutuelle c'est la {{MGEN}}, numéro d'adhérent [[IDENTIFIANT:1 784 552 301]] » dit l'assurée, [[PERSONNE:Corinne Laffont]]. L'agent lui dit que c'est pas utile ici mais il note.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le directeur du CHRS, [[PERSONNE:Marc-Antoine Delpech]], me fait visiter. Foyer {{Adoma}}, chambre {{8}} : c'est là qu'il y a eu l'incendie. Chambre {{9}} occupée par [[PERSONNE:Saïd]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Teodora Mihai]] inscrite depuis {{14 mois}}. Sa conseillère, [[PERSONNE:Amandine]], lui propose une {{PMSMP}} dans un {{Carrefour}} à {{Purpan}}. Email pour envoyer la convention : [[EMAIL:teodora.mihai88 [at] yahoo.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un bénévole du {{Secours populaire}} accompagne un monsieur âgé, M. [[PERSONNE:Antoine Grau]]. Domicile : [[ADRESSE:4 place de la Daurade, 31000 Toulouse]]... enfin c'était, il a été expulsé il y a {{2 semaines}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "grosse coupure reseau a {{11h20}}, tous les postes plantés. Les agents sortent les fiches papier. Personne ne râle, étonnant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box {{6}} : ado, [[PERSONNE:Lina]], {{15 ans}}, crise d'angoisse. La maman arrive, donne son tél [[TELEPHONE:07 52 93 40 16]] à l'infirmière [[PERSONNE:Caroline]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agent [[PERSONNE:Karim Belaïd]] : « je vous mets le rendez-vous le {{12}} à {{9h}} ». L'assuré, [[PERSONNE:Jordi Puig]], vient de {{Perpignan}}, change de département. Ancien NIR ok : [[NIR:1 88 12 34 301 429 03]], il est de [[DATE_NAISSANCE:décembre 1988]], né à {{Sète}}.",
    ),
]

NOTES_D = [
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Hocine Ziani]] vient signaler son changement de banque. Nouveau RIB {{Banque Populaire Occitane}} : [[IBAN:FR7617807000418785814997783]]. Alloc n° [[N_ALLOCATAIRE:3065 418]]. L'agente [[PERSONNE:Nadia]] le saisit car il n'a pas de smartphone.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appelante : « mon mail c'est [[EMAIL:sonia.rami@hotmail.fr]], je reçois rien de vous ». Nom : [[PERSONNE:Sonia Rami]], de {{Colomiers}}. L'agent vérifie : le mail enregistré avait une faute.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame âgée, accent espagnol, vient pour sa carte européenne. Elle s'appelle [[PERSONNE:Pilar Gimenez]], née le [[DATE_NAISSANCE:15 juillet 1944]]. Son fils l'accompagne, [[PERSONNE:Manuel]]. {{20 min}} d'attente.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le conseiller a un casque, il tape vite. Appel {{n° 47}} de la journée. Sujet : indemnités journalières. Pas de nom entendu (l'assuré parlait trop bas).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Ayaan Warsame]], somalienne, {{3}} enfants, vient au CHRS pour un entretien. Récépissé de demande d'asile n° [[IDENTIFIANT:3402198765]]. Interprète au téléphone ({{ISM}}). Éducatrice : [[PERSONNE:Pauline Guiraud]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'IOA appelle : « Mlle [[PERSONNE:Tessier]] ? » Une étudiante se lève. Entorse au foot à {{Ramonville}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique. La conseillère crée des adresses mail pour {{3}} personnes. L'une : [[EMAIL:fofana.mariam31@gmail.com]] ([[PERSONNE:Mariam Fofana]]). L'autre refuse d'avoir un mail.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un homme vient payer la cantine de ses enfants. Mauvais guichet (c'est la mairie). L'agente l'envoie au {{Capitole}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Muret}}, quartier {{Saint-Jean}}. Mme [[PERSONNE:Laetitia Gasc]], [[ADRESSE:29 rue Clément Ader, 31600 Muret]], allocataire [[N_ALLOCATAIRE:3204 981]]. Vie maritale suspectée. Elle montre la carte grise du véhicule au nom de son ex : [[PERSONNE:Anthony Bouscatel]], immat [[IMMATRICULATION:CY-661-ZD]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La maman d'un patient appelle. « Mon fils [[PERSONNE:Rayan]] a été amené cette nuit ». Secrétaire : « nom de famille ? » « [[PERSONNE:Mebarki]], [[PERSONNE:M-E-B-A-R-K-I]] ». Elle laisse son numéro : [[TELEPHONE:zéro six, trente-deux, dix-huit, soixante-quinze, zéro quatre]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{16h55}}, dernier appel. Conseiller fatigué. Demandeur : M. [[PERSONNE:Lefebvre]], ID [[ID_FRANCE_TRAVAIL:2914553R]]. Question sur l'{{ARE}}. Réglé en {{4 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un hôtel social, hôtel {{Ibis Budget}} {{Toulouse Sud}}, chambre {{112}}. Famille [[PERSONNE:Kurtishi]], {{5}} personnes dans {{14 m²}}. TS : [[PERSONNE:Élodie]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Agent de la CPAM [[PERSONNE:Francis Combes]] contrôle la résidence d'une assurée {{PUMa}}. Mme [[PERSONNE:Hanane Zerrouki]], [[ADRESSE:Bâtiment 4, 12 rue de Vénétie, 34080 Montpellier]]. Passeport marocain n° [[IDENTIFIANT:ZK4471032]]. OK.",
    ),
    (
        "caf",
        "accueil_physique",
        "Couple de retraités, pas de soucis, juste une attestation de quotient familial pour le centre de loisirs. {{5 min}}. Ils remercient.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La mairie de {{Colomiers}} transfère un appel : M. [[PERSONNE:Gérard Anglade]], veuf, demande la téléassistance. Tél fixe : [[TELEPHONE:05 61 30 72 84]]. Né le [[DATE_NAISSANCE:24/12/1938]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Hamza El Idrissi]], ingénieur diplômé au {{Maroc}}, inscrit depuis {{2 ans}}. Conseiller [[PERSONNE:Thomas Delmas]] : « votre profil LinkedIn c'est quoi ? » [[IDENTIFIANT:@hamza.elidrissi.ing]] sur insta aussi. ID FT [[ID_FRANCE_TRAVAIL:3121984H]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux policiers amènent un gardé à vue pour certificat de compatibilité. Ils disent son nom fort : « [[PERSONNE:Kevin Laborde]], né le [[DATE_NAISSANCE:11 octobre 2001]] ». Procès-verbal, affaire [[IDENTIFIANT:PV 2024/00731]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "SIAO, coordination. On parle de {{14}} demandes en attente pour les femmes victimes de violences. Aucun nom au téléphone, juste des numéros de demande internes.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« C'est [[PERSONNE:Fatima-Zahra]]. [[PERSONNE:Fatima-Zahra Ait Benhaddou]]. » Numéro allocataire : [[N_ALLOCATAIRE:2 977 604]]. Elle vit à {{Bagatelle}}, [[ADRESSE:6 rue Jean Rieux, 31100 Toulouse]]. L'agent [[PERSONNE:Thierry]] ... pas ce [[PERSONNE:Thierry]]-là.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Tiago Gonçalves]] montre son arrêt de travail, employeur {{Airbus Helicopters}}. Il veut savoir quand il sera payé. Agent : [[PERSONNE:Laure]]. NIR tapé : [[NIR:158079913907502]] (c'est son père en fait, pas lui, il corrige).",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite logement insalubre avec le CCAS et le service hygiène. [[ADRESSE:41 avenue de Lodève, 34070 Montpellier]], rez-de-chaussée. Locataire : M. [[PERSONNE:Abdelaziz Chaouch]]. Propriétaire : M. [[PERSONNE:Roques]]. Moisissures partout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : « c'est pour ma fille [[PERSONNE:Chloé]], elle a {{16 ans}} » → orientée Mission locale. {{1 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient en fauteuil, accompagné par une aide-soignante de l'{{EHPAD Korian Les Magnolias}}. Fiche de liaison : M. [[PERSONNE:Lucien Tournier]], IPP [[IDENTIFIANT:P00712459]], né le [[DATE_NAISSANCE:1932-01-05]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éduc [[PERSONNE:Samuel]] aide [[PERSONNE:Nicolae]] à remplir le dossier de logement social. Numéro unique : [[IDENTIFIANT:031 24 0589 12345]]. Ils cherchent à {{Saint-Cyprien}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Question de l'observateur (moi) à l'agente : vous voyez combien de fraudes ? Elle rit : « presque jamais, surtout des erreurs ».  Noté.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assurée : [[PERSONNE:Valérie Crespo]]. Tel qui s'affiche : [[TELEPHONE:0033 5 62 17 09 44]]. Elle donne son mail pour recevoir le formulaire : [[EMAIL:valerie.crespo(at)free.fr]]. Agent [[PERSONNE:Olivier]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère entreprise [[PERSONNE:Magali Rouaix]] prépare un job dating {{Airbus}} / {{Safran}} à {{Blagnac}}. {{40}} candidats convoqués.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus à {{La Paillade}}. [[PERSONNE:Tariq]] nous ouvre. [[ADRESSE:Appt 42, 120 avenue de Heidelberg, 34080 Montpellier]]. Son chien {{Rocky}} aboie. La TS [[PERSONNE:Lucie Brunel]] vérifie le compteur.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources d'une famille à {{Bagatelle}}. M. [[PERSONNE:Sékou Traoré]], alloc [[N_ALLOCATAIRE:3098 227]], relevés de compte {{La Banque Postale}}, IBAN [[IBAN:FR76 2004 1010 1281 0042 1650 192]]. Femme : [[PERSONNE:Aminata]], née en [[DATE_NAISSANCE:1985]]. Adresse [[ADRESSE:3 rue Louis Braille, Toulouse]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Quelqu'un appelle pour un « renseignement médical ». L'agent renvoie vers le {{15}}. Basta.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lefort]] vient avec sa voisine, [[PERSONNE:Jacqueline]]. Elles veulent s'inscrire au repas des aînés. Agente : [[PERSONNE:Sabrina Touzani]]. {{70 ans}} et {{74 ans}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller montre l'écran : « Identifiant [[ID_FRANCE_TRAVAIL:4093 772 Z]] — [[PERSONNE:OUEDRAOGO Issouf]] — cat. {{A}} ». Rdv de suivi, {{20 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Longue file au point d'accueil de {{Toulouse}} {{Rangueil}}. {{17}} personnes à {{13h30}}. Un agent de sécurité distribue les numéros.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Agent : « pouvez-vous me confirmer votre date de naissance ? » — « [[DATE_NAISSANCE:dix-neuf cent quatre-vingt-dix-neuf]], le [[DATE_NAISSANCE:vingt octobre]] » (sic). Nom : [[PERSONNE:Maxime Cabanes]]. Il est au {{Mirail}}, étudiant à la {{fac Jean Jaurès}}.",
    ),
]

NOTES_E = [
    (
        "caf",
        "accueil_physique",
        "Étudiante en galère : [[PERSONNE:Océane Delmas]], {{20 ans}}, née le [[DATE_NAISSANCE:5 septembre 2003]]. Elle a un RIB {{Revolut}} (étranger), la Caf refuse. Elle ouvre un compte à la {{Caisse d'Épargne}} d'à côté et revient avec : [[IBAN:FR7613106005000936534621757]]... non attends, l'agent dit que c'est celui de sa mère, le sien c'est [[IBAN:FR76 1831 5100 0021 8669 6314 781]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agente lit à voix haute pour vérifier : « [[ADRESSE:Résidence Les Cèdres, bât. B, 17 avenue de Lardenne, 31100 Toulouse]], c'est bien ça ? » L'allocataire, Mme [[PERSONNE:Lucas]]... je veux dire Mme [[PERSONNE:Lucas Brigitte]], confirme.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un papa avec un nourrisson de {{3 semaines}} vient le rattacher. Bébé : [[PERSONNE:Noah Kouassi]], né le [[DATE_NAISSANCE:2 mars]]. Papa : [[PERSONNE:Yao Kouassi]], NIR [[NIR:1 90 08 34 032 375 11]], né à {{Béziers}} en [[DATE_NAISSANCE:août 90]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Brancardier [[PERSONNE:Jonathan]] m'explique le circuit. Tri, attente, box, UHCD. {{7}} box ouverts sur {{12}}, manque de personnel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} de l'{{Hérault}} ({{Montpellier}}). Écoutante : [[PERSONNE:Inès]]. Un homme appelle de {{Figuerolles}} : [[PERSONNE:Rachid]], « [[PERSONNE:Rachid Mahfoudi]] ». Portable : [[TELEPHONE:06 29 84 11 73]]. Pas de place, rappeler demain {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune femme de {{Muret}}, [[PERSONNE:Jessica Fourcade]]. Elle donne son NIR pour l'inscription : [[NIR:2 01 09 31 069 050 45]]. Née à {{Blagnac}} en [[DATE_NAISSANCE:septembre 2001]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:3170458D]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'assistante sociale du {{CHU}} pour un retour à domicile. Patient : M. [[PERSONNE:Édouard Salles]], [[ADRESSE:12 rue des Arènes Romaines, 31300 Toulouse]]. L'AS : Mme [[PERSONNE:Cazals]], poste {{42107}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un homme vient avec un courrier en {{anglais}} de son ancien employeur au {{Royaume-Uni}}. L'agente ne sait pas quoi en faire. Il repart. {{15 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Allô, bonjour, c'est [[PERSONNE:Jean-Pierre]]... [[PERSONNE:Jean-Pierre Bosc]]. J'appelle pour mon épouse, [[PERSONNE:Madeleine]], elle est née le [[DATE_NAISSANCE:9 mars 1950]] à {{Ajaccio}} ». NIR de l'épouse dicté : [[NIR:2 50 03 2A 004 520 31]]. L'agent répète chaque groupe.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Distribution des tickets service, {{10 €}} chacun. File de {{15}} résidents. L'éducatrice tient un registre, je ne regarde pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Femme enceinte, {{8 mois}}, envoyée vers la maternité {{Paule de Viguier}}. Elle s'appelle [[PERSONNE:Ornella]], son compagnon [[PERSONNE:Jordan Esteve]] gare la voiture [[IMMATRICULATION:fg-215-ml]] sur la place ambulance, se fait engueuler.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller [[PERSONNE:Antoine]] me dit qu'il doit appeler {{40}} personnes dans la journée pour le programme {{France Travail}} {{Jeunes}}. Premier appel : messagerie de [[PERSONNE:Wassim]], [[TELEPHONE:07.83.22.61.09]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Colomiers}}, [[ADRESSE:3 allée du Comminges, 31770 Colomiers]]. M. [[PERSONNE:Jean-Baptiste Soula]] déclare vivre seul. Dans l'entrée, un courrier au nom de Mme [[PERSONNE:Cécile Rivals]]. Le contrôleur [[PERSONNE:Hervé]] le note.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide alimentaire d'urgence : bon pour l'{{épicerie sociale}} de {{La Reynerie}}. Mme [[PERSONNE:Nour El Houda Saidi]], [[PERSONNE:Nour]] pour les intimes, elle rit. N° allocataire demandé pour le quotient : [[N_ALLOCATAIRE:3117 742]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite chez un infirmier libéral (fraude présumée) à {{Montpellier}}. Cabinet à [[ADRESSE:8 rue Pitot, 34000 Montpellier]] — c'est aussi son domicile. M. [[PERSONNE:Rémi Carles]]. Véhicule pro : [[IMMATRICULATION:HA-339-WE]]. L'enquêtrice [[PERSONNE:Muriel]] compte les tournées sur le carnet.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un résident appelle de l'extérieur pour prévenir qu'il rentre tard. « C'est [[PERSONNE:Dimitri]], chambre {{3}} ». Veilleur ok.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un pharmacien de {{Blagnac}} ({{Pharmacie du Ritouret}}) qui signale une ordonnance bizarre. Patient : [[PERSONNE:Alexis Mauran]]. Pharmacien : M. [[PERSONNE:Soum]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « créer son entreprise ». {{12}} participants. Intervenant de la {{CCI}}. Un participant dit qu'il veut ouvrir un food truck à {{Empalot}}. Personne ne se présente par son nom.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Cheikh Diop]] dicte son adresse : « [[ADRESSE:Appartement 23, 4 rue Edmond Rostand, 31200 Toulouse]] ». Il précise « aux {{Izards}} ». L'agent [[PERSONNE:Ludovic]] met à jour. Alloc [[N_ALLOCATAIRE:3221 096]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "« C'est pour ma belle-mère, Mme [[PERSONNE:Ourida Belhadj]], elle est née le [[DATE_NAISSANCE:18/11/1961]] aux {{Comores}} »... « aux {{Comores}} ou en {{Algérie}} ? » l'agent hésite. NIR : [[NIR:261119939744504]]. Comores, c'est bien ça.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête pour une domiciliation : le CCAS vérifie qu'il vit bien sur la commune. Campement sous le pont, {{Ramier}}. M. [[PERSONNE:Florin]] nous montre sa tente. Pas d'adresse. Il a une carte d'identité roumaine : [[IDENTIFIANT:RX 048219]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Vérification d'un emplacement à l'aire d'accueil des gens du voyage. Famille [[PERSONNE:Reinhardt]], [[ADRESSE:aire de Ginestous, emplacement 14]]. Caravane immat. [[IMMATRICULATION:4512 TY 31]] (ancien format!).",
    ),
    (
        "urgences",
        "accueil_physique",
        "« On a un [[PERSONNE:Pierre]] et un {{pierre}} au rein » — blague de l'infirmière, le patient [[PERSONNE:Pierre Cabrol]] a des coliques néphrétiques. Tout le monde rigole, même lui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère [[PERSONNE:Delphine Pradal]] reçoit M. [[PERSONNE:Ibrahim Sylla]], ID [[ID_FRANCE_TRAVAIL:3194 015 N]]. Il vit au foyer {{Adoma}}, chambre {{204}}. Carte de résident n° [[IDENTIFIANT:3101765430]]. Formation {{BTP}} à {{Colomiers}} proposée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mails mal orthographiés, l'agent doit deviner : « [[EMAIL:djamila_bouziane@outlok.fr]] » (outlook?). [[PERSONNE:Djamila Bouziane]]. Il corrige avec elle.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel court : un professionnel de santé (ligne pro) demande un numéro de facturation. Transféré. {{1 min 30}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Zhang Wei]], {{45 ans}}, demande une attestation d'hébergement pour la préfecture. Titre de séjour n° [[IDENTIFIANT:3110 487 652]]. La secrétaire [[PERSONNE:Martine]] l'imprime.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Allo le CCAS ? Je m'appelle [[PERSONNE:Ghislaine Ortega]], j'habite [[ADRESSE:15 boulevard des Minimes, 31200 Toulouse]], je voudrais le plan canicule ». Inscrite. Tél : [[TELEPHONE:05 34 40 17 62]].",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente [[PERSONNE:Christelle]] me dit tout bas : « lui, il vient tous les mardis ». Le monsieur s'assoit, attend. Il ne demande rien.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme venu d'{{Espagne}} en camping-car, immat espagnole [[IMMATRICULATION:7426 KPD]]. Il s'appelle [[PERSONNE:Javier Ruiz]]. Carte {{CEAM}} n° [[IDENTIFIANT:80724000130045218841]]. IOA : [[PERSONNE:Sandrine]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "L'agent me montre le mail d'une demandeuse : [[EMAIL:sihem.k@sfr.fr]] ([[PERSONNE:Sihem Khelifi]]), elle demande un changement de conseiller. Sa conseillère actuelle : Mme [[PERSONNE:Borie]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{3h}} du matin au {{115}}, calme. {{2}} appels en une heure. L'écoutant lit un roman.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Figuerolles}}, {{Montpellier}}. Allocataire : [[PERSONNE:Karima Benyahia]], n° [[N_ALLOCATAIRE:1987 503]] (Caf {{34}}). [[ADRESSE:22 rue Daru, 34070 Montpellier]]. Son mari [[PERSONNE:Nordine]] est en {{Algérie}} depuis {{6 mois}}, elle montre ses billets.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Le manager, [[PERSONNE:Frédéric Loubet]], fait un point avec les agents à {{12h}}. {{143}} personnes reçues le matin. Record de la semaine.",
    ),
]

NOTES_F = [
    (
        "caf",
        "accueil_physique",
        "{{8h25}}, ouverture dans {{5 min}}, une vingtaine de personnes devant le {{Caf}} de {{Montpellier}}. Il pleut. Quelqu'un distribue des parapluies {{Decathlon}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Hayat Boussaid]] (alloc [[N_ALLOCATAIRE:2 046 871]]) vient de {{Petit-Bard}} pour une {{aide au permis}}. Elle habite [[ADRESSE:9 rue des Araucarias, 34070 Montpellier]]. L'agente [[PERSONNE:Sonia]] lui donne la liste des pièces.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{11h47}}. « Je voudrais donner mon RIB » — l'agent lui explique qu'il faut le déposer en ligne. Elle le lit quand même : « [[IBAN:FR76 3000 3021 8080 7880 4961 571]] ». Mme [[PERSONNE:Guerrero Conchita]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle au {{Mirail}}, tour de {{Reynerie}}, {{14e étage}}, ascenseur en panne. Le contrôleur [[PERSONNE:Patrick Sentenac]] souffle. Allocataire : M. [[PERSONNE:Mourad Chergui]], [[ADRESSE:1 place Abbal, appt 143, 31100 Toulouse]]. NIR vérifié sur l'attestation : [[NIR:165019935066713]]. Né au {{Maroc}} le [[DATE_NAISSANCE:7 janvier 1965]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une grand-mère qui garde ses petits-enfants : « [[PERSONNE:Lisa]] et [[PERSONNE:Hugo]] ». Elle demande si elle peut toucher les allocs à la place de sa fille. Réponse : non, sauf délégation. {{9 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Nathalie Sabathé]] vient pour une pension d'invalidité. Née à {{Colomiers}} en [[DATE_NAISSANCE:décembre 73]]. NIR [[NIR:2 73 12 31 149 841 67]]. Elle dit que le dossier traîne depuis {{8 mois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La plateforme {{3646}} reçoit {{1 800}} appels par jour selon le chef d'équipe. Ce matin, {{62 %}} de décroché.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite chez une assurée en arrêt, Mme [[PERSONNE:Hakimi]]... non elle s'appelle [[PERSONNE:Hakimi Salma]], [[ADRESSE:16 rue de la Fontaine, 31600 Muret]]. Absente à {{10h15}}. L'enquêteur laisse un avis. Voisin : « elle est chez le médecin ». {{Rue de la Fontaine}}, pas de sonnette qui marche.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Kévin Alric]], {{20 ans}}, né à {{Montpellier}} en [[DATE_NAISSANCE:janvier 2003]], s'installe à {{Toulouse}} pour un contrat chez {{Capgemini}}. NIR : [[NIR:1 03 01 34 172 089 54]]. L'agent [[PERSONNE:Yannick]] lui fait la mutation.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU Lapeyronie}}, {{Montpellier}}. Stage d'un jour. Un jeune de la {{Paillade}}, [[PERSONNE:Amine Ghoul]], blessé au bras, accompagné de son cousin [[PERSONNE:Walid]]. Adresse donnée : [[ADRESSE:7 rue de Cracovie, 34080 Montpellier]]. Tél : [[TELEPHONE:06 98 14 57 32]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Liste au tableau blanc :\nBox 1 - [[PERSONNE:BERTRAND]]\nBox 2 - Mme [[PERSONNE:Koné]]\nBox 3 - vide\nBox 4 - [[PERSONNE:FAURE J.]]\nJe prends une photo mentalement, pas avec le tel.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard : appel de la gendarmerie de {{Muret}} pour savoir si M. [[PERSONNE:Laurent Cassagne]] est encore hospitalisé. Accident de la route, véhicule [[IMMATRICULATION:EZ-871-CF]]. La secrétaire transfère au cadre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une infirmière me montre comment elle code la gravité : {{CIMU}} {{1}} à {{5}}. Ce soir, beaucoup de {{4}} et {{5}}. Temps moyen {{5h30}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Blessing Okafor]], nigériane, avec un bébé de {{6 mois}}, [[PERSONNE:Precious]]. Orientée par le SIAO, réf. [[IDENTIFIANT:SIAO34-0078121]]. L'éduc [[PERSONNE:Anaïs]] lui montre la chambre {{21}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 : un homme âgé, [[PERSONNE:René]], a été expulsé à {{Colomiers}} ce matin. Il dit « j'habitais [[ADRESSE:8 rue Gilet, Colomiers]], {{30 ans}} là-dedans ». Il a un tel à clapet : [[TELEPHONE:06 11 47 28 90]]. L'écoutante pleure un peu après.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement {{ALT}} aux {{Izards}}. Occupante : [[PERSONNE:Jennifer Courtade]], [[ADRESSE:27 chemin des Izards, 31200 Toulouse]]. Son copain, [[PERSONNE:Steeve]], est là alors qu'il ne devrait pas. La TS [[PERSONNE:Nadège]] lui rappelle le règlement.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le CHRS a un jardin partagé. {{3}} tomates, des courgettes, un {{olivier}}. Les résidents en sont fiers.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Colomiers}}, accueil. M. [[PERSONNE:Arjun Ramasamy]], venu de {{Pondichéry}} il y a longtemps, demande une aide pour des lunettes. Devis {{Optic 2000}} {{420 €}}. Agente : [[PERSONNE:Marie-Claude]]. Mail : [[EMAIL:ramasamy.arjun@gmail.com]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Je suis Mme [[PERSONNE:Costes]] de l'{{UDAF}}, curatrice de M. [[PERSONNE:Henri Pagès]] ». Demande de secours pour sa facture d'eau, réf. abonné {{Veolia}} [[IDENTIFIANT:4100287365]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide à l'adaptation du logement. Mme [[PERSONNE:Yvette Mailhol]], {{88 ans}}, [[ADRESSE:5 impasse Clos Fleuri, 31700 Blagnac]]. Sa fille [[PERSONNE:Sylvie]] est là. Baignoire à remplacer par une douche.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Fin de matinée, pas de public depuis {{40 min}}. Les agents rangent. L'une parle de son week-end à {{Gruissan}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Céline Mercadier]], {{46 ans}}, née à {{Albi}} en [[DATE_NAISSANCE:septembre 77]], licenciée éco. Elle donne son numéro de sécu pour le CSP : [[NIR:2770981004039 36]]. Identifiant [[ID_FRANCE_TRAVAIL:3108 764 E]]. Conseiller [[PERSONNE:Kévin]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Youssouf Mahamoud]], {{Empalot}}, [[ADRESSE:2 rue de l'Ukraine, 31400 Toulouse]], veut une aide à la mobilité. Voiture en panne, immat [[IMMATRICULATION:DC 472 AS]]. Devis garage {{Garage Vidal & Fils}}. Conseillère : [[PERSONNE:Aurore]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le demandeur dicte son identifiant : « [[ID_FRANCE_TRAVAIL:trois, un, six, zéro, deux, deux, neuf, G]] ». M. [[PERSONNE:Petit]]. [[PERSONNE:Alain Petit]]. Il a un {{petit}} souci d'attestation employeur.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Entretien de {{30 min}} avec une demandeuse de {{Figuerolles}} ({{Montpellier}}), [[PERSONNE:Sabrina Aouadi]]. Mail : [[EMAIL:sabrina.aouadi34@icloud.com]]. Tel : [[TELEPHONE:07 45 80 26 13]]. ID : [[ID_FRANCE_TRAVAIL:3402 117 P]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "COMITÉ DE DIRECTION EN VISITE AUJOURD'HUI. Tout le monde est tendu. Les plantes ont été arrosées lol.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Dang]] et Mme [[PERSONNE:Dang]] viennent ensemble. Le monsieur parle peu français, la dame traduit. Dossier allocataire [[N_ALLOCATAIRE:3140 558]]. Agent [[PERSONNE:Ludovic]]. Ils ont un nouveau bébé, [[PERSONNE:Mai]], née le [[DATE_NAISSANCE:28 janvier]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ligne assurés. « Oui, c'est [[PERSONNE:Thomas Rey]], j'ai changé de compte » — IBAN dicté : [[IBAN:FR76 1130 6000 1206 9986 9698 080]]. L'agent demande de l'envoyer via {{Ameli}}, il insiste pour le dicter.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame donne à l'accueil sa carte mutuelle {{Harmonie Mutuelle}}, adhérent [[IDENTIFIANT:0074512298]]. Elle s'appelle [[PERSONNE:Marthe Delbosc]]. Tel du fils : [[TELEPHONE:06 72 31 05 48]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un ancien résident revient dire bonjour. Il a un CDI chez {{Veolia}}. Les éducs sont ravis. [[PERSONNE:Medhi]] qu'il s'appelle, il me serre la main.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La coordinatrice appelle un propriétaire pour une médiation. M. [[PERSONNE:Bernard Estrade]], [[TELEPHONE:05 61 86 33 21]]. Locataire concerné : [[PERSONNE:Kamel Saoudi]], [[ADRESSE:33 rue Vestrepain, 31100 Toulouse]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Rabia Azouz]], [[ADRESSE:4 allée des Causses, 34080 Montpellier]]. Relevés bancaires demandés. Compte {{CIC}} : [[IBAN:FR7610907000313525775482814]]... non attendez c'est {{Banque Populaire du Sud}}. Le contrôleur [[PERSONNE:Alain]] recopie. Allocataire [[N_ALLOCATAIRE:2 011 396]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un assuré demande à quoi sert le {{DMP}}. L'agent lui montre sur l'appli {{Mon espace santé}}. {{10 min}}. Il repart convaincu.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune fille, [[PERSONNE:Maëlys]], {{18 ans}}, de {{Muret}}, accompagnée de sa maman [[PERSONNE:Stéphanie Rouzaud]]. Inscription. Adresse : [[ADRESSE:10 rue Castelvielh, 31600 Muret]]. Son insta est [[IDENTIFIANT:@maelys.rzd]] (elle le dit pour rire quand la conseillère parle de réseau).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale appelle pour un patient : M. [[PERSONNE:Achille Nkounkou]], né le [[DATE_NAISSANCE:30 juin 1955]], diabétique. Elle laisse son mail pro : [[EMAIL:ide.carbonne@gmail.com]]. Elle s'appelle [[PERSONNE:Agathe]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel du CHRS {{Riquet}} vers la préfecture pour un rendez-vous titre de séjour : M. [[PERSONNE:Ahmad Rahimi]], AGDREF [[IDENTIFIANT:7503218846]]. L'éduc attend {{25 min}} en musique.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent me dit : « Vous voyez la dame en rose ? Elle vient pour la {{rose}} qu'on lui a offerte la semaine dernière, pour la remercier ». Pas de dossier. Juste merci. 🌹",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère [[PERSONNE:Nawel]] aide M. [[PERSONNE:Patrice Lafforgue]], {{59 ans}}, ancien VRP. Il donne son ancien numéro Pôle emploi : [[ID_FRANCE_TRAVAIL:2 547 118 J]]. Il a une voiture de fonction à rendre, [[IMMATRICULATION:GJ-934-BN]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'une {{pharmacie}} à {{Blagnac}} : RAS pour moi, c'est technique, pas de patients nommés. {{1h15}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lamia Ferchichi]] vient pour une aide à la cantine. Elle tend son attestation Caf : n° [[N_ALLOCATAIRE:3 175 209]], QF {{412}}. Elle habite [[ADRESSE:19 rue Paul Gauguin, 31100 Toulouse]]. Agente [[PERSONNE:Soraya]] (pas celle de {{Montpellier}}).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire de {{Blagnac}}, [[PERSONNE:Cédric Bonhomme]], donne son IBAN pour un remboursement d'indu : [[IBAN:FR7630004008477421451512050]]. {{BNP}}. L'agent dit qu'il ne peut rien faire au tél.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mère et fille de {{La Paillade}}. La fille, [[PERSONNE:Nour Benslimane]], {{9 ans}}, s'est cassé le poignet à la récré. Maman : [[PERSONNE:Khadidja]]. Elles donnent leur adresse : [[ADRESSE:56 rue de Tipasa, 34080 Montpellier]]. Date de naissance de la petite : [[DATE_NAISSANCE:11 avril 2015]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un studio en {{intermédiation locative}} à {{Blagnac}}. [[PERSONNE:Moussa Sangaré]], {{26 ans}}, [[ADRESSE:14 rue Pasteur, 31700 Blagnac]]. Il travaille chez {{McDonald's}}. Compte {{Nickel}} : [[IBAN:FR76 4255 9100 0058 0784 3727 067]] pour le prélèvement du loyer.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller reçoit un appel d'une employeuse, Mme [[PERSONNE:Gisèle Barthe]] (restaurant {{Chez Gisèle}} à {{Colomiers}}). Elle cherche un plongeur. « Envoyez-moi des CV à [[EMAIL:contact.gbarthe@orange.fr]] ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Kylian Ferrand]], {{24 ans}}, né à {{Toulouse}} en [[DATE_NAISSANCE:octobre 1999]], NIR [[NIR:1 99 10 31 555 060 22]]. Il vient déclarer son médecin traitant, Dr [[PERSONNE:Benhamou]]. L'agente : [[PERSONNE:Laure]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un couple âgé qui demande l'aide sociale à l'hébergement. Ils vivent [[ADRESSE:8 rue des Mûriers, 31770 Colomiers]]. M. [[PERSONNE:André Barrau]] et Mme [[PERSONNE:Paulette Barrau]]. Ils veulent aller à l'{{EHPAD Les Glycines}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un touriste allemand, [[PERSONNE:Klaus Becker]], tombé à vélo au {{Canal du Midi}}. Passeport [[IDENTIFIANT:C01X00T47]]. La secrétaire parle anglais, lui allemand. On rigole.",
    ),
    (
        "caf",
        "accueil_physique",
        "La machine à café de la salle d'attente affiche « EN PANNE DEPUIS MARDI ». Quelqu'un a écrit « et on est jeudi » au stylo.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Samia Hammoudi]], victime de violences, arrivée à {{2h}} cette nuit avec ses {{2}} enfants. Plainte déposée au commissariat de {{Blagnac}}, n° [[IDENTIFIANT:2024/031/00452]]. L'éducatrice [[PERSONNE:Amandine]] l'accompagne. Le conjoint s'appelle [[PERSONNE:Karim]] — elle ne veut plus entendre ce nom.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un demandeur, [[PERSONNE:Aurélien Pons]], {{31 ans}}, montre son attestation de formation {{AFPA}}. Identifiant [[ID_FRANCE_TRAVAIL:3109 245 V]]. Il habite [[ADRESSE:43 avenue Frédéric Estèbe, 31200 Toulouse]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "[[PERSONNE:Linda]] (agente) décroche : « Caf de la {{Haute-Garonne}}, bonjour ». Appelante : [[PERSONNE:Vanessa Pech]], alloc [[N_ALLOCATAIRE:3 088 451]], née le [[DATE_NAISSANCE:23/05/1992]]. Question sur le complément de libre choix du mode de garde.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agent [[PERSONNE:Karim Belaïd]] me fait écouter un appel : un assuré de {{Montpellier}} dont le NIR ne passe pas. L'assuré : [[PERSONNE:Oussama Dridi]], né le [[DATE_NAISSANCE:06/04/1988]]. Mail : [[EMAIL:oussama.dridi88@gmail.com]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une maman paniquée, l'agent lui dit d'appeler le {{15}} tout de suite. {{40 secondes}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« C'est [[PERSONNE:Dounia]] de l'association {{Halte Santé}}, je vous appelle pour M. [[PERSONNE:Jamal Ouazzani]] qui dort dehors au {{Grand Rond}} » — domiciliation à faire. Elle donne son portable pro : [[TELEPHONE:06 80 41 92 27]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} rappelle une famille. Numéro composé : [[TELEPHONE:+40 743 218 956]] (roumain). Ça sonne dans le vide. Famille [[PERSONNE:Stan]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Pas d'entrée : l'allocataire a annulé ce matin. Le contrôleur me fait faire le tour de {{Colomiers}} en voiture et m'explique le métier. Intéressant, {{35}} contrôles par mois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agent d'accueil, [[PERSONNE:Samir]], travaille ici depuis {{22 ans}}. Il connaît tout le monde au {{Mirail}}. Il dit bonjour à chaque personne par son prénom : « salut [[PERSONNE:Fatou]] », « bonjour Mme [[PERSONNE:Rigaud]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller lit le profil à voix haute : « [[PERSONNE:Nguyen Thi Lan]], née le [[DATE_NAISSANCE:1994-07-21]], [[ADRESSE:5 rue Henri Desbals, 31100 Toulouse]], ID [[ID_FRANCE_TRAVAIL:3187055A]] ». Elle confirme tout.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame de {{Muret}} se plaint de la lenteur : « {{3 mois}} pour mon RSA ! ». L'agente [[PERSONNE:Gaëlle Roumagnac]] s'excuse. Numéro de dossier [[N_ALLOCATAIRE:3 201 177]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le vigile m'apprend qu'il y a une carte des hôpitaux de {{Toulouse}} affichée à l'entrée. {{Purpan}}, {{Rangueil}}, {{Larrey}}, {{Joseph Ducuing}}. Personne ne la regarde.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle d'occupation dans une pension de famille à {{Muret}}. [[PERSONNE:Raphaël Andrieu]] occupe la chambre {{5}}. Il est en formation {{Emmaüs}}. Scooter devant : [[IMMATRICULATION:ED-014-KL]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Petite dame, {{82 ans}}, vient payer sa participation à la téléassistance en espèces. {{9,50 €}}. Elle compte les pièces une par une. Personne ne la presse.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Réclamation : un assuré dit qu'on lui a prélevé {{50 €}} de franchise. Nom donné : [[PERSONNE:Gaston]]... [[PERSONNE:Gaston Ricard]] (comme le {{Ricard}}, il précise 😅).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente : une affiche {{1 jeune, 1 solution}}, une autre « Métiers de l'aéronautique ». Des enfants jouent avec des Lego. {{13}} personnes.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Silvio Moretti]], italien, installé à {{Montpellier}}. Il dicte son RIB italien ? Non, IBAN français : [[IBAN:FR76 3000 4012 3431 3647 9783 972]]. Son mail : [[EMAIL:s.moretti@libero.it]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un bénéficiaire de la {{C2S}} à {{Empalot}}. M. [[PERSONNE:Ousmane Baldé]], [[ADRESSE:11 rue Saint-Roch, 31400 Toulouse]]. Il montre son titre de séjour : [[IDENTIFIANT:3102945518]]. Agent CPAM : [[PERSONNE:Francis]]. {{20 min}}, tout est en ordre.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au [[ADRESSE:camping Le Rupé, emplacement 31]], à {{Toulouse}} nord. Mme [[PERSONNE:Sandra Bouyssou]] vit dans un mobil-home depuis {{4 ans}}. Le CCAS vérifie pour la domiciliation. Son chien {{Tyson}} garde l'entrée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Bonjour, [[PERSONNE:Aïssatou]] à l'appareil, je vous appelle de la part de l'assistante sociale de {{Bagatelle}} ». Elle veut une aide pour la rentrée. Tél : [[TELEPHONE:07 58 62 19 40]]. Agente : [[PERSONNE:Fanny]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le cadre de santé m'explique qu'ils n'ont que {{2}} lignes pour le standard la nuit. Ce soir : {{31}} appels entre {{20h}} et {{minuit}}.",
    ),
]

NOTES = NOTES_A + NOTES_B + NOTES_C + NOTES_D + NOTES_E + NOTES_F


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build():
    notes = []
    for i, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"ind149-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Split on ids and cells only: returns (dev_ids, holdout_ids)."""
    rng = random.Random(149)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
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
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
