"""Independent evaluation corpus n° 77: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple typed by hand below. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. Running this module
strips the marks, computes the offsets (Python string indices, end exclusive), numbers the notes
``ind77-001`` ... ``ind77-240`` in writing order, draws the dev / holdout split and writes
``dev.jsonl`` and ``holdout.jsonl`` next to this file (standard library only, deterministic).

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind77"
SEED = 77

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

NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}} premiere personne au {{guichet 3}}. Mme [[PERSONNE:Bensaïd]] vient pour sa {{prime d'activité}}, elle a pas reçu le virement de mars. L'agente ([[PERSONNE:Laetitia]]) tape son n° alloc [[N_ALLOCATAIRE:2418 753]], il y a un indu de {{186,40 €}} repris sur la {{PA}}. Mme explique qu'elle a signalé la reprise de travail chez {{Lidl}} en janvier.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h41}}, monsieur appelle pour son dossier, il donne son numéro tout de suite « alors c'est le [[N_ALLOCATAIRE:3 0 5 7 7 2 1]] »… l'agent [[PERSONNE:Yannick]] lui fait répéter, c'était en fait [[N_ALLOCATAIRE:3057712]]. Il s'appelle [[PERSONNE:Florin Popescu]], a déménagé de {{Dole}} à {{Champagnole}}, veut savoir si l'{{APL}} suit. Réponse : faut faire le changement d'adresse en ligne, pas par tél. Durée {{7 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam du Doubs}}. Une dame avec sa {{carte vitale}} qui marche plus. L'agent lit l'écran à voix haute pour vérifier : « [[NIR:2 86 03 25 056 143 26]], c'est bien vous madame [[PERSONNE:Morel]], née à {{Besançon}} ? » oui. Nouvelle carte commandée, délai {{2 à 3 semaines}}. Elle repart avec une attestation de droits.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{URGENCES MINJOZ}} {{14h}} — salle d'attente pleine, {{23 personnes}} comptées. L'{{IOA}} appelle « monsieur [[PERSONNE:Kabongo]] ? » personne répond. Rappelle {{2 fois}}. Ensuite Mme [[PERSONNE:Da Costa]], {{box 4}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Planoise}}. Jeune de {{19 ans}}, connait pas son identifiant, il a juste un papier froissé avec écrit dessus « [[ID_FRANCE_TRAVAIL:4582 13 0N]] »… la conseillère ([[PERSONNE:Sandrine F.]]) dit que c'est bien le format, {{7 chiffres + 1 lettre}}. Inscrit en {{2019}}, radié depuis. Réinscription ce matin, RDV le 14 à {{9h30}} avec M. [[PERSONNE:Girardot]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Permanence {{115 du Doubs}}, nuit. {{22h50}} appel d'une femme avec {{2 enfants}}, dehors devant la {{gare Viotte}}. Elle donne son nom en épelant : [[PERSONNE:K-O-U-Y-A-T-E]]. L'écoutante retrouve la fiche {{SIAO}} [[IDENTIFIANT:SI-25-2023-004817]], place trouvée à l'{{Ibis Budget Besançon Ouest}}, {{chambre 207}} pour {{3 nuits}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS Belfort}}, {{8h30}} ouverture, déjà {{6 personnes}} dehors. Ticket n°{{A012}} pour moi (observateur lol). Aide alimentaire, dossiers {{FSL}}, domiciliation. L'agent me dit {{40 %}} des demandes = domiciliation depuis la fermeture du point d'accueil de {{Bellevue}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateau tel. Assuré appelle pour {{IJ}} pas versées depuis {{5 semaines}}. Agent demande le num de sécu, le monsieur le lit par paquets : « [[NIR:un, soixante-et-onze, zéro sept, vingt-cinq, trois cent quatre-vingt-huit, zéro quatre-vingt-sept, clé quatre-vingt-neuf]] ». Elle tape [[NIR:1 71 07 25 388 087 89]]. L'arrêt n'a jamais été reçu de l'employeur ({{Stellantis Sochaux}}). Elle envoie un mail au service IJ.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Hervé]] (contrôleur assermenté) chez Mme [[PERSONNE:Nguyen Thi Lan]], [[ADRESSE:14 rue de Cologne, 25000 Besançon]], {{4e étage}} sans ascenseur. Déclare vivre seule avec {{3 enfants}}. [[PERSONNE:Hervé]] regarde les boîtes aux lettres : une seule étiquette. Il note le n° allocataire sur sa tablette [[N_ALLOCATAIRE:1 907 446]], regarde la salle de bain : {{2 brosses à dents}}... il ne dit rien.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{HNFC}} {{Trévenans}}. Une mère appelle pour savoir si son fils est arrivé. Secrétaire : « nom ? » « [[PERSONNE:Lucas Schmitt]], né le [[DATE_NAISSANCE:12/02/2007]] » — elle trouve l'IPP [[IDENTIFIANT:902 331 457]] mais ne donne aucune info par tel, demande de venir sur place. Mère pas contente.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} — appel transféré à l'agence de {{Lons}}. Demandeur veut s'actualiser mais « l'appli me dit identifiant incorrect ». Il lit : [[ID_FRANCE_TRAVAIL:0 1 8 7 2 4 5 9 J]]. La conseillère voit qu'il met un zéro devant, en vrai c'est [[ID_FRANCE_TRAVAIL:1872459J]]. Problème réglé en {{4 minutes}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile avec l'éducatrice du {{CHRS}} (logement diffus). Appart {{T2}} [[ADRESSE:3 allée des Mésanges, Audincourt]], loué par l'asso. M. [[PERSONNE:Berisha]] et sa femme [[PERSONNE:Drita]]. Frigo presque vide, l'éduc note pour colis {{Restos du Coeur}}. Voiture du fils garée sur la pelouse, [[IMMATRICULATION:GH-418-TZ]], elle note la plaque car le bailleur se plaint du stationnement.",
    ),
    (
        "caf",
        "accueil_physique",
        "Liste des pièces demandées à Mme [[PERSONNE:Ouedraogo]] pour la demande de {{RSA}} :\n- titre de séjour (n° [[IDENTIFIANT:2504187362]])\n- {{RIB}}\n- avis d'impot {{2023}}\n- formulaire {{cerfa 15481*01}}\nElle a tout sauf le RIB. L'agente lui dit de revenir avant {{16h}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle des arrêts de travail avec Mme [[PERSONNE:Cuenot]], agente assermentée. On sonne chez M. [[PERSONNE:Yilmaz]] à {{Valentigney}}, [[ADRESSE:27 rue des Combes]], {{10h50}} = hors heures de sortie autorisées ({{9h-11h}} et {{14h-16h}}). Absent. Avis de passage déposé. Sur la boîte : « [[PERSONNE:YILMAZ Mehmet]] - [[PERSONNE:KAYA Elif]] ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète pour la dame du dessus « c'est madame [[PERSONNE:Rossignol]], elle a {{88 ans}}, on la voit plus depuis lundi ». L'agent note l'adresse : [[ADRESSE:6 rue du Petit Charmont, 25000 Besançon]]. Il appelle direct le service de portage de repas pour savoir si les plateaux sont pris.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Attente affichée sur l'écran : {{4h30}}. Les gens rigolent jaune. Un papi dort sur {{3 chaises}}. Distributeur en panne, {{2 €}} avalés. Personne pour le signaler.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Tableau que la conseillère remplit pour l'atelier CV (je recopie vite) :\nnom | id {{FT}} | tel\n[[PERSONNE:Amadou Sissoko]] | [[ID_FRANCE_TRAVAIL:5521307B]] | [[TELEPHONE:07 51 22 84 09]]\n[[PERSONNE:Chloé Vuillemin]] | [[ID_FRANCE_TRAVAIL:5518 842 H]] | [[TELEPHONE:06.33.70.15.48]]\n[[PERSONNE:Rachid Haddad]] | [[ID_FRANCE_TRAVAIL:552O961F]] ← o au lieu du zéro lol | ?\n{{3 inscrits}} sur {{8 places}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Besançon}}. Un habitué que tout le monde appelle « [[PERSONNE:Tonton]] », la soixantaine, vient chercher son courrier (domiciliation). L'agent lui donne {{3 lettres}} dont une de la {{CPAM}} et une d'{{Orange}}. Son chien {{Rocky}} attend dehors attaché au vélo.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Attente au {{3230}} annoncée {{12 min}}, réel {{19 min}}. Musique insupportable. L'agent dit qu'il traite {{~45 appels}} par demi-journée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Monsieur âgé, dossier {{C2S}}. Agent relit les ressources : retraite {{987,30 €/mois}}, pension de réversion {{212 €}}. Il faut l'avis d'imposition : le num fiscal est [[IDENTIFIANT:30 12 458 796 341]] et ref de l'avis [[IDENTIFIANT:24 25A 047381 65]]. Il s'appelle [[PERSONNE:Roger Pourcelot]], né en [[DATE_NAISSANCE:1946]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide facultative (facture {{EDF}} impayée {{643 €}}). Famille [[PERSONNE:Traoré]], [[ADRESSE:11 rue de Vesoul, 70200 Lure]]. La mère montre la facture : réf client [[IDENTIFIANT:6004 183 925]], facture n° [[IDENTIFIANT:10187736541]]. L'assistante sociale ([[PERSONNE:Audrey]]) prend tout en photo.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115 Jura}} ({{Lons}}). Appel d'un homme de {{Saint-Claude}}, a dormi dans sa voiture {{3 nuits}}, plaque suisse ? non, française [[IMMATRICULATION:EK 559 PL]]. L'écoutant note la plaque pour prévenir la police municipale qu'il est sur le parking de la gare. Prénom donné : [[PERSONNE:Dylan]]. Pas de place avant demain {{18h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bracelet patient (je le vois au poignet) : [[PERSONNE:BOUZID Karim]] / IPP [[IDENTIFIANT:801 447 206]] / né [[DATE_NAISSANCE:03.09.1979]] / {{UF 2104}}. Il attend depuis {{2h10}} sur un brancard dans le {{couloir C}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant de la conseillère, Mme [[PERSONNE:Jeunet]], pour une offre de cariste chez {{Alstom Belfort}} (offre n° {{178QKJW}}). Le candidat, M. [[PERSONNE:Mbemba]], ne décroche pas. Message laissé sur le [[TELEPHONE:06 84 31 07 62]]. Puis elle envoie l'offre à [[EMAIL:mbemba.jp25@gmail.com]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources, commerçante ambulante. Son SIRET perso [[IDENTIFIANT:852 417 309 00018]], le contrôleur compare avec les déclarations trimestrielles {{RSA}}. Le camion est garé devant : immat [[IMMATRICULATION:DX-071-KC]]. Elle s'appelle [[PERSONNE:Sabrina Lorenzi]], vend des fromages sur les marchés ({{Comté}}, {{Morbier}}).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un appel qui dure {{26 min}} pour un remboursement de {{4,60 €}}. Le monsieur veut comprendre la franchise médicale de {{1 €}} + participation {{2 €}}. L'agent explique {{3 fois}}, calmement.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : la dame tend son attestation, n° de domiciliation [[IDENTIFIANT:DOM-90-0318]], elle s'appelle [[PERSONNE:Natalia Bondarenko]], arrivée d'{{Ukraine}} en {{2022}}. L'agent, [[PERSONNE:Kévin]], lui explique la carte de bus {{Optymo}} à tarif social.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil des urgences pédiatriques. Un père appelle : sa fille [[PERSONNE:Inès]], née le [[DATE_NAISSANCE:4 juin 2019]], a {{39,8}} de fièvre. L'infirmière lui dit d'appeler le {{15}} ou {{SOS Médecins}}. Elle ne prend pas le nom du père.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission {{CHRS}}. L'éducateur remplit la fiche :\nNom : [[PERSONNE:Hakobyan]]\nPrénom : [[PERSONNE:Armen]]\nDDN : [[DATE_NAISSANCE:17/11/1985]]\nN° AGDREF : [[IDENTIFIANT:2502318847]]\nRécépissé valable jusqu'au {{30/06}}\nCaf : [[N_ALLOCATAIRE:2977104]]\nMutuelle : aucune ({{C2S}} en cours)\nIl parle bien français, était prof de maths à {{Erevan}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur de {{58 ans}}, licencié de {{GE}} à {{Belfort}} après {{31 ans}}. Il sait pas se servir de l'espace perso. La conseillère lui crée un mot de passe et note son identifiant sur un post-it : [[ID_FRANCE_TRAVAIL:3 921 447 Z]]. Il pleure un peu quand il parle de l'usine.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne d'accueil en panne depuis {{10h}}. {{2 agents}} en moins (formation). File de {{14 personnes}} à {{11h05}}. Une affiche « {{Caf.fr}}, votre espace {{Mon Compte}} » à moitié décollée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ouverture de droits {{PUMa}} pour une étudiante colombienne. Passeport n° [[IDENTIFIANT:AT218457]], visa étudiant, certificat de scolarité de l'{{UFC}} ({{Université de Franche-Comté}}). Elle s'appelle [[PERSONNE:Valentina Ríos Castaño]]. Adresse : {{cité U de la Bouloie}}, {{bât. C}}, {{ch. 214}}. Agent lui dit {{3 semaines}} minimum pour le numéro définitif.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée avec l'équipe mobile (maraude), sous le {{pont de la Républque}}. {{4 personnes}}, dont une dame qu'ils appellent « [[PERSONNE:Mamie Jo]] ». Café, couvertures. Aucun ne veut aller au foyer ce soir, {{-3°C}} annoncé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame rappelle pour son dossier d'aide au chauffage. Elle donne la réf du dossier {{CCAS}} « [[IDENTIFIANT:2024 barre 0 4 1 7]] » → l'agent tape [[IDENTIFIANT:2024/0417]]. Pas encore passé en commission (commission le jeudi, {{14h}}). Montant demandé {{300 €}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire veut changer son mail, elle l'épelle : « [[EMAIL:b.ndiaye tiret 90 arobase hotmail point fr]] ». L'agent refuse par tel, faut passer par l'espace perso. Elle se fâche. N° alloc donné : [[N_ALLOCATAIRE:0836551]].",
    ),
]

NOTES_2 = [
    (
        "caf",
        "accueil_physique",
        "Changement de RIB au guichet. M. [[PERSONNE:Pereira]] a changé de banque, il tend le nouveau RIB : [[IBAN:FR76 1250 6000 4171 0254 8891 351]]. L'agente le recopie et relit à voix haute par blocs de 4, il manque un chiffre au 1er essai, elle recommence. {{5 min}} pour ça. Elle rappelle que le RIB doit être au nom de l'allocataire, pas du fils.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Frontalier qui bosse à {{Neuchâtel}}, habite {{Morteau}}. Question : droit d'option {{LAMal}} / {{CMU}} frontalier. Il donne son num : [[NIR:183092546207739]] (d'un coup, sans respirer). Né à {{Pontarlier}} d'après l'écran. Elle lui dit d'envoyer l'attestation de l'employeur suisse + le formulaire {{S1}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une jeune femme arrive avec sa copine, cheville tordue au foot. L'agent d'accueil ([[PERSONNE:Jonathan]]) tape : nom [[PERSONNE:Meyer]], prénom [[PERSONNE:Léa]], ddn [[DATE_NAISSANCE:21 03 2003]], mutuelle {{MGEN}} [[IDENTIFIANT:184559302]]. Elle attend en {{zone 2}}. La copine reste {{10 min}} puis repart (parking {{1h}} max).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{23h15}}. Un gendarme appelle (brigade de {{Gray}}) pour un monsieur trouvé au bord de la route, {{-2°}}. Nom du monsieur : [[PERSONNE:Jean-Marc Vuillet]], pas de tel. Le gendarme lit sa vieille carte d'identité : n° [[IDENTIFIANT:0703 070 20413]]. Place au {{CHRS}} de {{Vesoul}}, les gendarmes l'emmènent.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « {{Mon projet pro}} » {{10h-12h}}, {{6 participants}} sur {{12 inscrits}}. L'animatrice fait un tour de table, je ne note pas les prénoms. Beaucoup parlent de l'intérim chez {{Adecco}} et {{Randstad}} à {{Montbéliard}}, et de la formation cariste {{CACES}} {{R489}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez un couple soupçonné de vie maritale non déclarée. Devant la maison [[ADRESSE:2 impasse des Vergers, 39100 Dole]] : {{2 voitures}}, une immatriculée au Portugal [[IMMATRICULATION:45-QX-17]] et une {{Clio}} [[IMMATRICULATION:FM 382 VA]]. Mme [[PERSONNE:Carvalho]] dit que c'est la voiture de son frère. Le contrôleur (M. [[PERSONNE:Jacquot]]) note les {{2 plaques}} sans commenter.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un papa vient rattacher son bébé à sa carte vitale. Livret de famille : bébé [[PERSONNE:Youssef]], né le [[DATE_NAISSANCE:2 janvier]]. Papa : [[PERSONNE:Abdelkader Messaoudi]], l'agente vérifie son NIR à l'écran [[NIR:1 90 05 99 352 044 94]] « vous êtes né en {{Algérie}} c'est ça ? » oui, à {{Oran}}. Rattachement fait en {{3 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le CCAS de {{Vesoul}} gère aussi les inscriptions au repas des aînés ({{12 €}} au lieu de {{24 €}}). File de petites mamies avec leur chéquier. Une demande si le repas est au {{Parc des expos}} ou pas. Ambiance sympa.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Au comptoir des admissions, écran tourné vers moi (oups) :\n[[PERSONNE:PHAM Van Duc]]  ° [[DATE_NAISSANCE:1961-04-30]]\nIPP [[IDENTIFIANT:P001 882 415]]\nSéjour n° [[IDENTIFIANT:2024U00318]]\nMédecin traitant Dr [[PERSONNE:Grosjean]] ({{Ornans}})\nL'agent tourne l'écran quand il voit que je lis.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeuse d'emploi appelle, a reçu un courrier de radiation. La conseillère : « votre identifiant ? » « alors [[ID_FRANCE_TRAVAIL:6, 0, 4, 1, 9, 8, 8, Q]] comme {{Quintal}} ». Dossier de Mme [[PERSONNE:Gashi]] : absence au RDV du 3. Elle dit qu'elle était hospitalisée à {{Minjoz}}. Il faut un justificatif, à déposer dans l'espace perso.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Rdv avec l'assistante sociale du {{CHRS}} pour un dossier {{MDPH}}. M. [[PERSONNE:Ilunga]] a déjà un n° de dossier : [[IDENTIFIANT:MDPH25-2023-11874]]. Il demande l'{{AAH}} (taux {{80 %}} ?). Le formulaire {{cerfa 15692*01}} fait {{20 pages}}, ils en remplissent {{6 pages}} aujourd'hui. Certificat médical à faire remplir par Dr [[PERSONNE:Ahmadi]], {{maison de santé des Vaîtes}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame de {{Beaucourt}} : elle a reçu un mail bizarre « votre Caf vous rembourse {{312 €}} cliquez ici ». L'agent confirme : hameçonnage. Elle lit l'adresse de l'expéditeur : « {{caf-remboursement@secure-info.co}} ». L'agent lui dit de ne jamais envoyer son RIB par mail et de faire un signalement sur {{Pharos}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} sur place avec l'enquêtrice Mme [[PERSONNE:Riedinger]], chez un assuré en invalidité soupçonné de travailler au noir (garage). Adresse [[ADRESSE:18 chemin de la Côte, 70300 Luxeuil-les-Bains]]. Dans la cour : {{3 voitures}} en réparation, plaques [[IMMATRICULATION:AB-672-RR]], [[IMMATRICULATION:7415 TV 70]] (vieille plaque) et une allemande [[IMMATRICULATION:LÖ-KH 482]]. M. [[PERSONNE:Santoni]] n'ouvre pas. Rapport à faire.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS, en {{1h}} : {{11 appels}}. Colis de Noël (x4), bons de chauffage (x3), une personne qui cherchait en fait la mairie ; l'agent lui donne le standard, le {{03 81 61 50 50}}. Le reste : {{RSA}}, mal orienté, renvoyé vers la {{Caf}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un ressortissant roumain. La conseillère demande :\n- pièce d'identité : carte d'identité roumaine n° [[IDENTIFIANT:RX 418227]]\n- {{RIB}}\n- adresse : hébergé chez un ami, [[ADRESSE:9 rue Mégevand, 25000 Besançon]]\nIdentifiant FT créé : [[ID_FRANCE_TRAVAIL:7730162M]]. Lui : [[PERSONNE:Ionuț Stoica]], maçon, cherche dans le {{BTP}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle depuis la {{Suisse}} ({{+41}}) : sa mère a été amenée par les pompiers. « [[PERSONNE:Marguerite Cuenin]], née en [[DATE_NAISSANCE:1936]] ». La secrétaire trouve : elle est en {{UHCD}}. Il laisse son numéro [[TELEPHONE:+41 79 418 52 06]] pour être rappelé par le médecin.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart relais. Personne ne répond, l'éducateur laisse un mot sous la porte « passé à {{14h20}}, rappelez [[PERSONNE:Loïc]] au service ». Dans la boîte aux lettres : une lettre de la {{Caf}} et une de {{Néolia}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une agricultrice du {{Haut-Doubs}} se trompe de guichet, elle devait aller à la {{MSA}} pas à la {{Caf}}. L'agent regarde quand même : son n° MSA [[N_ALLOCATAIRE:25 118 907]], il lui imprime une attestation. Elle s'appelle [[PERSONNE:Odile Bourgeois]], GAEC à {{Frasne}}, {{45 vaches}} ({{montbéliardes}}).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Réclamation : l'assurée dit que son remboursement de lunettes ({{315 €}}) a été versé sur un ancien compte. Ancien : [[IBAN:FR76 3000 4008 6200 0107 3821 550]], nouveau : [[IBAN:FR41 2004 1010 0911 8745 2W02 560]]. L'agent voit que le nouveau RIB a été saisi le 12, après le paiement. Réf de la réclamation : [[IDENTIFIANT:RCL-25-0884127]]. Elle s'appelle Mme [[PERSONNE:Benyahia]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour l'{{APA}} avec l'infirmière du CCAS. Mr [[PERSONNE:Ferreira]], {{91 ans}}, vit seul dans sa maison de {{Bavilliers}}, [[ADRESSE:4 rue des Prés]]. Son aide à domicile [[PERSONNE:Fatou]] passe {{2 fois/j}}. Sur le frigo, les numéros : fils [[PERSONNE:Antonio]] [[TELEPHONE:06 12 88 40 73]], {{SAMU 15}}, médecin. Il a fait toute sa carrière aux {{Cycles Peugeot}} à {{Beaulieu}}, il me montre une photo.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Agent de sécurité au sas d'entrée, fouille des sacs. {{3 brancards}} alignés dans le couloir. Une pancarte : « délai d'attente moyen : {{5h}} ». Une infirmière me dit qu'il manque {{2 IDE}} cette nuit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel FT {{Belfort}}, {{13h30-16h30}}. {{38 appels}}. Motifs : actualisation, attestation employeur, trop-perçu {{ARE}}. La conseillère a un tableau Excel avec les délais : {{7 jours}} pour une attestation, {{30 jours}} pour un recours.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{SIAO}} de {{Belfort}} appelle le {{CHRS}} pour une orientation. Infos dictées : « madame [[PERSONNE:DIAKITÉ Aminata]], [[DATE_NAISSANCE:quatorze mars quatre-vingt-dix-neuf]], demande SIAO numéro [[IDENTIFIANT:90-2024-00317]], enceinte de {{6 mois}}, actuellement hôtel {{Formule 1}} {{Andelnans}} ». L'éducatrice dit OK pour une visite demain {{10h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un jeune couple pour la prime de naissance. Écho du {{3e mois}} faite, déclaration de grossesse envoyée. Madame s'appelle [[PERSONNE:Manon]], monsieur [[PERSONNE:Théo Guyon]]. Ils veulent aussi savoir pour le congé paternité ({{28 jours}}). L'agent renvoie vers la {{Cpam}} pour ça.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dépôt d'un dossier Complémentaire santé solidaire. L'agente colle un post-it sur la pochette : « [[PERSONNE:ÖZTÜRK Zeynep]] – [[NIR:2 98 04 99 208 015 08]] – {{4 pers au foyer}} – {{0 €}} ». Elle dit que le dossier partira au service {{C2S}} ce soir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide {{FSL}} maintien : dette de loyer {{1 240 €}} chez {{Habitat 25}}. Monsieur a son avis d'échéance, réf locataire [[IDENTIFIANT:0047 8815 02]], logement [[ADRESSE:12 rue du Luxembourg, appt 54, 25000 Besançon]]. Il s'appelle M. [[PERSONNE:Demir]]. L'agente (Mme [[PERSONNE:Vuillemin]]) monte le dossier pour la commission de mardi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dame âgée amenée par sa fille. La fille donne la carte vitale + la carte {{Harmonie Mutuelle}} : adhérent n° [[IDENTIFIANT:58 721 004 3]]. Mère : [[PERSONNE:Yvette Cretin]], née en [[DATE_NAISSANCE:31]], {{93 ans}}, chute dans la salle de bain.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{11h}}. Un monsieur syrien, ingénieur, diplôme pas reconnu. La conseillère [[PERSONNE:Nadège]] lui parle d'{{ENIC-NARIC}}. Il donne son identifiant : « [[ID_FRANCE_TRAVAIL:2 6 1 0 8 8 4 A]] ». Nom : [[PERSONNE:Khalil Al-Hassan]]. Carte de résident réfugié {{10 ans}}, n° [[IDENTIFIANT:9000214573]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Débrief dans la voiture entre {{2 contrôles}} : le contrôleur fait {{4 à 5}} visites par jour, {{60 %}} concernent le {{RSA}}, souvent la question de la vie maritale. Il dit qu'il prévient toujours par courrier {{8 jours}} avant, sauf suspicion de fraude.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}}, {{32 couverts}}. Un résident, [[PERSONNE:Sékou]], aide en cuisine. Il me dit qu'il attend sa réponse {{OFPRA}} depuis {{14 mois}}. Son numéro OFPRA, il le connaît par coeur et me le récite fièrement : [[IDENTIFIANT:2301-884-7725]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un médecin appelle (ligne pro) pour un patient en {{ALD}} : « c'est pour M. [[PERSONNE:Bonfanti]], [[PERSONNE:Giuseppe]], son numéro [[NIR:1550575113480 73]] ». L'agent trouve. Protocole de soins reçu le 8, en cours de validation par le médecin-conseil.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une travailleuse sociale de la {{MDS}} appelle pour une aide d'urgence : famille de {{5 personnes}}, plus de gaz. Elle donne : Mme [[PERSONNE:Lahlou]], [[TELEPHONE:07 68 21 93 40]], réf client {{Engie}} [[IDENTIFIANT:2 100 448 719 6]] (« attends je retrouve… »). Bon d'urgence de {{150 €}} accordé par l'élue de permanence.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Les appels au standard des urgences : l'agent répond vite et renvoie quasi systématiquement vers le {{15}}. « On n'a pas le droit de donner des conseils médicaux par téléphone ». {{9 appels}} en {{40 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère envoie un mail à un candidat, elle me montre l'adresse qu'il a donnée à l'inscription : [[EMAIL:thomas.mougin39@laposte.net]] — le mail revient (adresse erronée). Elle appelle : il avait tapé 39 au lieu de 93 ! Correction : [[EMAIL:thomas.mougin93@laposte.net]]. Lui : [[PERSONNE:Thomas Mougin]], {{23 ans}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur appelle : pas reçu son {{APL}}. Agent : « vous avez bien changé de banque ? le compte que j'ai se termine par [[IBAN:3278 131]] ». « Non c'est l'ancien ! » Il n'a jamais envoyé le nouveau RIB. L'agent lui dit de le déposer sur {{caf.fr}}. N° alloc dit en « [[N_ALLOCATAIRE:seize, soixante-quatre, deux cent neuf]] », l'agent tape [[N_ALLOCATAIRE:1664209]].",
    ),
]

NOTES_3 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Tkachenko]] à {{Héricourt}}. Sur ses relevés, un virement tous les mois depuis un compte belge [[IBAN:BE36 0630 4125 8781]], {{450 €}}. Explication : c'est sa soeur [[PERSONNE:Oksana]], qui vit à {{Liège}}, qui l'aide. À déclarer quand même comme ressource ? Le contrôleur dit que oui si c'est régulier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{Ameli}} en libre service : une dame n'arrive pas à imprimer son attestation, papier coincé. C'est le vigile (!) qui l'aide. Personne au pré-accueil pendant {{15 min}}. Sur le mur : « {{Mon espace santé}}, activez-le ! »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame vient pour l'aide à la cantine de sa fille (collège {{Victor Hugo}}). Quotient familial {{412}} → tarif {{1 €}} le repas. L'agent demande l'attestation Caf, dessus : n° allocataire [[N_ALLOCATAIRE:2 33 41 08]], QF 412. Nom : [[PERSONNE:Aïcha Benali]]. La fille : [[PERSONNE:Lina]], {{12 ans}}, en 5e.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ambulance privée qui bloque l'entrée, le vigile demande au chauffeur de bouger. Un peu après, une voiture suisse garée sur la dépose minute ([[IMMATRICULATION:NE 81 447]]), la dame est à l'intérieur avec son fils qui s'est ouvert l'arcade. Le vigile note la plaque sur son carnet. {{20 min}} après elle ressort, il lui dit rien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller aide un monsieur à remplir une demande d'aide au permis. Il faut le n° de dossier {{ANTS}} du permis : [[IDENTIFIANT:25-0318-4471-AB]]. Monsieur : [[PERSONNE:Sofiane Cherif]], id FT [[ID_FRANCE_TRAVAIL:4470 219 C]]. Aide accordée : {{300 €}}, reste {{1 100 €}} à sa charge. Auto-école {{ECF}} {{Montbéliard}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit calme au {{115}} : {{17 appels}} entre {{20h}} et minuit, dont {{3 familles}}. Plus aucune place en hôtel sur {{Besançon}} après {{21h30}}. L'écoutante soupire : « pareil que l'an dernier ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiant de {{20 ans}} qui s'installe à {{Besançon}} pour la fac. Demande d'APL en ligne bloquée, il vient avec son bail : [[ADRESSE:42 avenue de Montrapon, 25000 Besançon]], loyer {{390 €}} charges comprises. Il s'appelle [[PERSONNE:Enzo Da Silva]]. L'agente lui fait créer son compte sur place, le mail de la fac [[EMAIL:enzo.dasilva@edu.univ-fcomte.fr]] est refusé, il met son gmail [[EMAIL:enzods70@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assistante sociale de l'hôpital de {{Dole}} appelle pour une patiente sans droits ouverts. Elle dicte vite :\n[[PERSONNE:LOPES Maria do Céu]]\nnée le [[DATE_NAISSANCE:11/12/1957]] à {{Braga}} ({{Portugal}})\nNIR [[NIR:2 57 12 99 139 063 93]]\nadresse [[ADRESSE:7 rue Pasteur, 39100 Dole]]\nL'agent retrouve : droits fermés depuis {{2021}} faute de renouvellement.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite dans un logement insalubre avec l'agent du CCAS et l'inspecteur salubrité de la ville. Moisissures partout, {{72 %}} d'humidité sur l'appareil. L'agent prend des photos pour le rapport. Le locataire ne veut pas qu'on écrive son nom.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un EHPAD appelle pour prévenir de l'arrivée d'un résident : « M. [[PERSONNE:Kieffer Paul]], {{chambre 12}} à l'{{EHPAD Les Tilleuls}}, IPP chez vous [[IDENTIFIANT:80 1129 774]], on vous faxe le {{DLU}} ». L'IDE d'accueil répète l'IPP pour vérifier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur appelle (boulangerie à {{Lure}}) pour une offre : veut embaucher un apprenti. La conseillère prend les infos : contact Mme [[PERSONNE:Jobard]], [[TELEPHONE:03 84 30 21 67]], SIRET {{412 886 054 00027}}. Offre créée n° {{179BQRT}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement d'un couple suivi en {{CHRS}} hors les murs, [[ADRESSE:15 rue de Mulhouse, apt 31, 90000 Belfort]]. M. [[PERSONNE:Camara]] montre son titre de séjour, n° [[IDENTIFIANT:9004 41 2276]], qui expire dans {{3 semaines}}. RDV préfecture pris pour le {{4 décembre}}. Mme [[PERSONNE:Camara]] est enceinte, suivi à la {{PMI}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un papa solo en larmes, la Caf a coupé l'{{ASF}} parce que la mère ne paie pas la pension → en fait ça doit continuer. L'agente (super) lui explique l'{{ARIPA}}. {{18 min}} d'appel. Il finit par « merci madame [[PERSONNE:Cécile]] ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame avec une pochette pleine de papiers en désordre. L'agent trie : arrêt maladie, certificat, et un courrier de la mutuelle {{Malakoff Humanis}} n° adhérent [[IDENTIFIANT:00 4417 8820 C]]. NIR écrit à la main sur le courrier : [[NIR:2-65-01-39-198-402-06]]. Elle est née à {{Dole}}, s'appelle [[PERSONNE:Françoise Petitjean]], bientôt {{60 ans}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le CCAS reçoit les appels pour le registre des personnes vulnérables (grand froid). {{6 inscriptions}} ce matin. Le numéro vert départemental {{0 800 25 25 00}} est affiché au mur, l'agent le donne {{3 fois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune homme en tenue de chantier, main en sang dans un torchon. Il parle peu français, son collègue traduit (turc). Nom [[PERSONNE:Arslan]], prénom [[PERSONNE:Emre]]. Pas de carte vitale sur lui. L'IOA le fait passer direct, {{tri 2}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente {{FT}} {{Montbéliard}}, {{10 chaises}}, {{2 bornes}}. Une affiche « Salon de l'emploi {{Stellantis}} le {{15/10}} à l'{{Axone}} ». Les gens attendent {{25 min}} en moyenne d'après l'agent d'accueil.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le résident [[PERSONNE:Mustapha]] veut récupérer son passeport marocain, gardé au coffre du CHRS. L'éducatrice vérifie le registre : passeport n° [[IDENTIFIANT:UZ7408125]], déposé le {{02/09}}. Il signe. Il part au consulat à {{Strasbourg}} demain, train de {{6h42}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Madame au guichet veut savoir si son ex a déclaré la garde alternée. Agent : impossible, secret. Elle insiste en donnant le n° alloc de l'ex : « c'est le [[N_ALLOCATAIRE:2 700 318]], [[PERSONNE:Julien Roy]] ». L'agent refuse poliment. {{3e fois}} qu'elle vient d'après lui.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt chez Mme [[PERSONNE:Hoarau]], {{Valdoie}}. Elle est là, en pyjama, gentille, elle nous fait entrer. Son chat {{Mistigri}} sur le canapé. L'agente vérifie juste la présence, {{5 min}}. Elle me dit qu'elle fait {{25 contrôles}} par semaine, dont {{1 sur 3}} absents.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de logement social via le CCAS ({{Dole}}). Numéro unique : [[IDENTIFIANT:039 24 0412 8871]]. L'agente le lit à voix haute, saute un chiffre, corrige. Ancienneté : {{19 mois}}. Monsieur [[PERSONNE:Mukendi]] vit avec {{4 enfants}} dans un {{T2}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un CCAS vers le {{115}} pour une femme victime de violences. Infos données : prénom [[PERSONNE:Stéphanie]], {{38 ans}}, {{2 enfants}}, tel [[TELEPHONE:zéro sept, quatre-vingt-un, trente, douze, cinquante-cinq]]. Mise à l'abri ce soir, lieu tenu secret. Le {{3919}} a aussi été prévenu.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le labo appelle les urgences pour un résultat critique : « patient [[PERSONNE:Nowak]], IPP [[IDENTIFIANT:901 558 023]], potassium à {{6,8}} ». L'infirmière note sur un bout de papier et court voir le médecin.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Liste d'appels de la conseillère (elle me la montre) :\n1. [[PERSONNE:TRAN]] [[ID_FRANCE_TRAVAIL:3377081T]] — pas de réponse\n2. [[PERSONNE:Guillaume Perrot]] [[ID_FRANCE_TRAVAIL:3378 526 P]] — ok RDV jeudi\n3. [[PERSONNE:Zerrouki]] [[ID_FRANCE_TRAVAIL:3380114S]] — messagerie pleine, SMS envoyé au [[TELEPHONE:0762458813]]\n{{3 appels}} en {{20 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une assistante maternelle agréée qui déclare peu de revenus. Elle montre ses relevés {{Pajemploi}}, n° de salariée [[IDENTIFIANT:1720 4471 B]]. Adresse [[ADRESSE:8 rue des Jonquilles, 39000 Lons-le-Saunier]]. Elle garde {{3 enfants}} : [[PERSONNE:Nolan]], [[PERSONNE:Jade]] et [[PERSONNE:Rose]]. Le contrôleur recompte les heures : {{612 h}} sur le trimestre.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur vient râler pour un remboursement de kiné, {{16 séances}}, rien reçu. L'agente trouve : le kiné a envoyé les feuilles à la mauvaise caisse (celle du {{Jura}}). Transfert demandé. Monsieur [[PERSONNE:Lefèvre]] repart rassuré, mais dit « c'est pas normal quand même ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une dame de {{84 ans}} pour la téléassistance. L'agent remplit le contrat : abonnée [[PERSONNE:Jeanne Mairot]], [[ADRESSE:21 Grande Rue, 25500 Morteau]], née le [[DATE_NAISSANCE:8 avril 1940]], contacts : neveu [[PERSONNE:Bruno]] [[TELEPHONE:06 79 03 58 21]], voisine Mme [[PERSONNE:Lopez]] [[TELEPHONE:03 81 67 44 09]]. Boîtier {{Présence Verte}}, {{25 €/mois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Maman avec un bébé de {{4 mois}} qui tousse, passée en {{15 min}} (pédiatrie prioritaire). À côté, un monsieur râle qu'il est là depuis {{6h}}. L'agent : « c'est pas l'ordre d'arrivée monsieur, c'est la gravité ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement {{ALT}} que le CHRS vient de récupérer après le départ d'un résident. État des lieux : {{2 chaises}} cassées, frigo sale, {{1 clé}} manquante. Coût estimé {{180 €}}. L'éducateur râle contre le bailleur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une jeune femme en reconversion, ex-aide-soignante, veut faire une formation de secrétaire médicale. Conseiller : « votre {{CPF}} c'est combien ? » elle regarde sur {{Mon Compte Formation}} : {{1 840 €}}. Il lui parle de l'{{AIF}}. Elle s'appelle [[PERSONNE:Priscilla Grondin]], vient de {{La Réunion}}, ici depuis {{2016}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Quelqu'un appelle pour sa mère qui ne parle pas français : « elle s'appelle [[PERSONNE:Fatma Aydın]], son numéro c'est le [[N_ALLOCATAIRE:neuf, un, quatre, huit, huit, six, deux]] ». L'agent ne donne pas le détail sans la mère, sauf procuration. Il propose un RDV en visio avec interprète, {{mardi 14h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le {{3646}} ferme à {{17h}}, à {{16h58}} l'agent prend encore un appel. Il me dit qu'il en fait {{60 par jour}} en moyenne. Objectif du plateau : décrocher {{80 %}} des appels en moins de {{5 minutes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Élection de domicile pour une famille du voyage installée sur l'aire d'accueil. Adresse de stationnement : [[ADRESSE:aire d'accueil de Danjoutin, emplacement 14]]. Monsieur [[PERSONNE:Winterstein]] donne la plaque de sa caravane [[IMMATRICULATION:CY-604-QH]] et celle du fourgon [[IMMATRICULATION:EP 917 XB]]. L'agente note tout à la main.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière essaie de joindre la famille d'un patient, le numéro sur le dossier est faux : [[TELEPHONE:06 45 70 18]] (il manque {{2 chiffres}}). Elle cherche dans le dossier du passage précédent, trouve [[TELEPHONE:06 45 70 18 33]]. Ça sonne. C'est la fille de M. [[PERSONNE:Lacroix]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Lessive du jeudi au CHRS : {{2 machines}} pour {{40 résidents}}, planning au tableau avec des prénoms : [[PERSONNE:Ali]], [[PERSONNE:Josiane]], [[PERSONNE:Kevin B.]], [[PERSONNE:Kevin T.]], [[PERSONNE:Moussa]]. Le lave-linge de gauche fuit depuis {{3 semaines}}.",
    ),
]

NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "Mon petit tableau des {{5 premiers passages}} (num alloc lus à voix haute par l'agente) :\n{{9h02}} – [[N_ALLOCATAIRE:1 442 960]] – changement de situation\n{{9h10}} – [[N_ALLOCATAIRE:0 588 217]] – {{RSA}}\n{{9h21}} – pas de num (1ère demande)\n{{9h33}} – [[N_ALLOCATAIRE:2241O37]] (lettre O au lieu du 0 sur son papier) – {{APL}}\n{{9h40}} – [[N_ALLOCATAIRE:3.018.455]] – prime de naissance",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'assurée veut recevoir ses décomptes par mail. Elle dicte : « [[EMAIL:sylvie point jacquemin arobase orange point fr]] ». L'agent : « on peut pas modifier par tel, faut aller sur {{ameli}} ». Elle n'a pas de compte, alors création avec un code provisoire envoyé par courrier ({{5 jours}}).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un SDF connu des urgences, l'agent l'appelle par son prénom : « [[PERSONNE:Didier]], tu viens encore pour dormir ? ». Il a une plaie au pied infectée, il est vu quand même. L'agent me dit qu'il passe {{3 ou 4 fois}} par mois l'hiver.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame vient déclarer son déménagement de {{Gray}} à {{Vesoul}}. Nouvelle adresse : [[ADRESSE:3 rue Paul Morel, 70000 Vesoul]]. Identifiant sur sa convocation : [[ID_FRANCE_TRAVAIL:5 004 882 R]]. La conseillère lui dit que le dossier sera transféré à l'agence de {{Vesoul}} sous {{48h}}. C'est Mme [[PERSONNE:Chevalier]], très pressée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'un homme, accent fort, je crois qu'il dit s'appeler « [[PERSONNE:Ibrahima Baldé]] ». L'écoutante cherche dans le logiciel : {{2 fiches}} à ce nom ! Elle demande la date de naissance : « [[DATE_NAISSANCE:premier janvier 2000]] » (les deux fiches ont la même). Elle demande son numéro pour différencier : [[TELEPHONE:07 53 18 90 26]]. C'est la deuxième fiche.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur m'explique sa tablette : accès au dossier, photos, signature électronique. Il ne part jamais sans son ordre de mission et sa carte professionnelle. Aujourd'hui {{4 visites}} prévues, à {{Pontarlier}} et à {{Doubs}} (la commune, pas le département !).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accident du travail : monsieur vient avec la déclaration ({{cerfa 14463*03}}) remplie par l'employeur. N° de l'AT sur le courrier Cpam : [[IDENTIFIANT:251104 887 21]]. Employeur : {{Lapierre Menuiserie}} à {{Ornans}}, c'est son oncle M. [[PERSONNE:Lapierre]] le patron. Le salarié s'appelle [[PERSONNE:Mathis Jeandel]], {{19 ans}}, apprenti, {{3 doigts}} abîmés.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour une facture d'eau impayée ({{Grand Besançon Métropole}}, {{287,56 €}}). Réf abonné [[IDENTIFIANT:0 25 1884 0037]], il la lit en se trompant deux fois. Il s'appelle [[PERSONNE:Lucien Cattin]], {{72 ans}}, [[ADRESSE:17 chemin des Torcols, 25000 Besançon]]. Agent : envoyez la facture à {{ccas@besancon.fr}} ou passez au guichet.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Rappel d'une patiente sortie hier, elle veut ses résultats de radio. L'agent ne donne rien, il transmet au médecin qui rappellera « dans la journée ». {{3e appel}} de ce genre depuis {{8h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Sortie avec le travailleur social pour voir un monsieur qui vit dans son camping-car sur le parking du {{lac de Vaivre}}. Camping-car immatriculé en Belgique : [[IMMATRICULATION:1-HBX-472]]. M. [[PERSONNE:Van den Berghe]] refuse le CHRS mais accepte une domiciliation. Il a un chien, {{Filou}}, et {{2 chats}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle car son {{ARE}} n'est pas arrivée. La conseillère voit que le RIB saisi est suisse, rejeté : [[IBAN:CH51 0076 6000 1037 1942 0]]. Il travaillait en {{Suisse}} et a gardé le compte. La Suisse est en zone {{SEPA}} mais le logiciel bloque quand même. Elle fait remonter. Monsieur [[PERSONNE:Droz]], de {{Villers-le-Lac}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent m'explique : quand les gens appellent avec le NIR au lieu du n° allocataire, ça marche aussi, il peut chercher par NIR. Mais beaucoup donnent leur numéro de portable en croyant que c'est le numéro alloc (!!). Déjà {{2 fois}} aujourd'hui.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôles arrêts de travail, {{Dole}}, quartier des {{Mesnils Pasteur}}. Sur la liste de l'agente :\n- [[PERSONNE:BERTIN Sylvain]] [[ADRESSE:4 rue Jean Jaurès, apt 12]] → présent\n- [[PERSONNE:M'BAYE Ousmane]] [[ADRESSE:10 avenue de Lahr, bât C]] → absent, avis déposé\n- [[PERSONNE:GAUTHIER Nadia]] [[ADRESSE:2 place Barberousse]] → présente, {{10h35}}\n{{2 sur 3}} vus en {{1h}}. Elle ne me montre pas les motifs d'arrêt.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une aide ménagère, dame de {{79 ans}}, sortie d'hôpital. Appartement impeccable, elle nous offre café et biscuits. Sa fille [[PERSONNE:Corinne]] est là. L'agente évalue le {{GIR}} : {{GIR 5}}, donc pas d'APA, mais aide du CCAS possible.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste allemand, chute à vélo sur l'{{EuroVelo 6}}. Carte européenne d'assurance maladie n° [[IDENTIFIANT:80276 00012 48817 5520]], passeport [[IDENTIFIANT:C4J7RT8L2]]. Il s'appelle [[PERSONNE:Jürgen Hoffmann]], né le [[DATE_NAISSANCE:28.06.1958]]. Sa femme [[PERSONNE:Birgit]] parle un peu français et traduit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe {{9h-10h}} : {{38 places}} occupées sur {{40}}, {{4 sorties}} prévues ce mois, liste d'attente {{SIAO}} : {{23 personnes}}. Pas de prénoms au tableau, juste des numéros de chambre.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Pour l'{{AGEPI}} (garde d'enfants pendant une formation de {{6 mois}}), la conseillère demande l'avis d'imposition. Numéro fiscal lu : [[IDENTIFIANT:1 49 8823 106 554]]. Enfants : [[PERSONNE:Nour]] (née en [[DATE_NAISSANCE:2020]]) et [[PERSONNE:Adam]] (né en [[DATE_NAISSANCE:2022]]). Maman : [[PERSONNE:Imane El Amrani]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Guichet 2}} fermé toute la matinée (agent malade). Temps d'attente moyen {{42 min}}. Une dame s'est endormie sur sa chaise avec son ticket {{B117}} à la main.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur veut sa carte européenne pour aller voir sa famille au {{Portugal}}. L'agent vérifie l'identité : « monsieur [[PERSONNE:Costa Joaquim]], vous êtes bien le [[NIR:1 62 10 70 310 231 07]] ? » oui, né à {{Lure}}. Carte envoyée sous {{15 jours}}, valable {{2 ans}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour un abonnement {{Ginko}} (bus de Besançon) : la dame montre sa carte, n° [[IDENTIFIANT:GK 0044 1871 22]], tarif solidaire {{10 €/mois}}. Elle s'appelle [[PERSONNE:Vo Thi Ngoc Anh]]. Agent : « il faut aussi votre attestation de {{QF}} ». Elle l'a sur son téléphone, ouf.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux policiers amènent un homme menotté pour un certificat de compatibilité avec la garde à vue. Ils passent devant tout le monde. Les gens regardent. Le gars s'appelle [[PERSONNE:Kévin]] d'après ce que dit un des policiers.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une bénévole des {{Restos}} appelle le CHRS pour une femme qu'elle héberge depuis {{2 nuits}}. Infos : [[PERSONNE:Sarah Nsimba]], née en [[DATE_NAISSANCE:96]], n° SIAO « je crois que c'est [[IDENTIFIANT:25-24-01122]] », tel de la bénévole [[TELEPHONE:06 87 15 42 30]]. L'éducateur dit de passer par le {{115}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère appelle une entreprise pour le suivi d'une {{PMSMP}} (immersion de {{2 semaines}}). Le tuteur dit que le stagiaire « est top ». Elle note « RAS » dans le dossier. Pas un nom prononcé.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Santucci]], [[ADRESSE:6 rue du Docteur Grenier, 39200 Saint-Claude]]. Née en {{Corse}} ({{Ajaccio}}), venue dans le {{Jura}} pour la lunetterie à {{Morez}}. Le contrôleur vérifie son NIR sur l'attestation Cpam : [[NIR:2 80 02 2A 004 311 15]]. Ses {{2 ados}} : [[PERSONNE:Lisandru]] et [[PERSONNE:Maria]]. Rien d'anormal, {{25 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré appelle du {{Maroc}} ({{+212}}), en vacances, il a perdu sa carte vitale. L'agent note le numéro pour rappeler si ça coupe : [[TELEPHONE:+212 6 61 48 27 09]]. NIR donné : [[NIR:1590299350021 96]], né à {{Casablanca}}. Nouvelle carte commandée, envoyée à l'adresse en France.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'une famille hébergée en urgence dans un gîte communal à {{Beaucourt}}. La mère, [[PERSONNE:Leila Mansouri]], montre son récépissé de demande de titre : n° [[IDENTIFIANT:9001 872 334]]. RDV à la préfecture de {{Belfort}} la semaine prochaine. Les enfants : [[PERSONNE:Yanis]] {{9 ans}}, [[PERSONNE:Rayan]] {{6 ans}}. L'agent laisse un colis et des tickets de bus.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une pharmacie appelle : une ordonnance des urgences semble falsifiée. « C'est au nom de [[PERSONNE:Baptiste Rougemont]], prescrite par Dr [[PERSONNE:Villeneuve]] » — l'agent vérifie : pas de Dr [[PERSONNE:Villeneuve]] aux urgences ! Il rappelle la {{Pharmacie du Centre}} ({{Pontarlier}}) pour confirmer.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "J'accompagne un résident dans son nouvel appart (sortie du CHRS !). Il est ému. L'éducatrice l'aide pour le compteur {{Linky}} : n° PDL [[IDENTIFIANT:1451 2287 0042 19]] à donner au fournisseur. Le résident, [[PERSONNE:Bakary]], me dit « enfin chez moi » après {{18 mois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier réseaux sociaux et recherche d'emploi : la conseillère montre comment faire un profil {{LinkedIn}}. Un participant donne son pseudo Insta [[IDENTIFIANT:@dydy_du25]], elle lui conseille de le passer en privé lol. Une autre, [[PERSONNE:Amélie]], se crée une adresse pro : [[EMAIL:amelie.faivre.pro@gmail.com]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Nouvel allocataire au tel, il veut donner son {{RIB}} par téléphone. Il commence quand même « [[IBAN:F R 7 6, 1 0 2 7, 8 0 8 5, 6 1 0 0]]… » et l'agent le coupe : « non monsieur, on ne prend pas les RIB par téléphone ! ». Il donne son n° alloc à la place : [[N_ALLOCATAIRE:4018 226]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Retour au bureau après la tournée : {{7 contrôles}}, {{2 absents}}, une personne qui a refusé d'ouvrir. L'agente saisit tout dans l'outil, {{40 min}} de saisie. Ce sont les médecins-conseils qui décident ensuite de suspendre ou non les {{IJ}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour savoir si le CCAS peut aider à payer les obsèques de sa femme ({{3 200 €}}). L'agent explique les aides possibles, le capital décès de la {{Cpam}}. Il pleure. L'agent reste {{25 min}} avec lui. C'est M. [[PERSONNE:Guillemin]], il dit plusieurs fois le prénom de sa femme, [[PERSONNE:Simone]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une étiquette patient tombée par terre dans la salle d'attente, je la ramasse et la rends à l'accueil :\n[[PERSONNE:MAGOMEDOV Rustam]]\nNé(e) le [[DATE_NAISSANCE:05/10/1992]] M\nIPP: [[IDENTIFIANT:802 004 196]] NDA: [[IDENTIFIANT:24 118 5573]]\n{{UF 2110}} {{URG ADULTES}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une résidente, [[PERSONNE:Maëlys]], {{22 ans}}, vient voir l'éducatrice pour son {{CEJ}} à la {{Mission locale}}. Il faut son identifiant {{France Travail}}, elle ne l'a pas. L'éducatrice appelle la Mission locale qui le retrouve : [[ID_FRANCE_TRAVAIL:6 118 440 K]]. Elle l'écrit au feutre sur la main de [[PERSONNE:Maëlys]] 😅",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur appelle pour une attestation employeur manquante. Pour vérifier l'identité, la conseillère demande : date de naissance « le [[DATE_NAISSANCE:vingt-deux novembre soixante-treize]] », code postal « {{70400}} ». OK. Nom : [[PERSONNE:Marchal]]. L'employeur ({{Intermarché Héricourt}}) n'a rien transmis, elle le relance par mail.",
    ),
]

NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Kouassi]] apporte un RIB de la {{Banque Postale}}, le scan est flou, l'agente recopie à la main : [[IBAN:20041 01007 0452187P031 20]], puis vérifie avec l'IBAN imprimé dessous [[IBAN:FR18 2004 1010 0704 5218 7P03 120]]. « Le P c'est normal ? » oui, à la Banque Postale il y a une lettre dans le numéro de compte.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Pré-accueil : l'agent oriente en {{30 secondes}} : borne, RDV ou guichet. {{70 %}} repartent avec juste une info. Le jeudi matin c'est fermé au public (formation). Panneau : « Accueil sur RDV uniquement le mardi après-midi ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame demande une aide pour sa facture {{SFR}} (box + portable, {{94,99 €}}). Sur la facture : n° client [[IDENTIFIANT:1-4R8K2LQ]], ligne [[TELEPHONE:06 03 92 17 45]]. L'agent explique que le CCAS ne paie pas le téléphone, seulement énergie et eau. Elle s'appelle [[PERSONNE:Dolores Gimenez]], elle repart déçue.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une femme enceinte arrive aux urgences générales, l'agent la redirige vers la maternité ({{bâtiment B}}, {{2e étage}}). Elle pleure, son mari [[PERSONNE:Rachid]] la porte presque. L'agent appelle un brancardier, {{4 min}} plus tard il est là.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un travailleur social de l'hôpital de {{Lons}} appelle le {{115 Jura}} pour une sortie d'hospit sans solution. Il dicte : « monsieur [[PERSONNE:Lucas Berthet]], [[DATE_NAISSANCE:15/08/1987]], pas de SIAO, il a une {{Kangoo}} blanche [[IMMATRICULATION:BQ-356-FD]], il dort dedans ». L'écoutante crée la fiche {{SIAO}} en direct : [[IDENTIFIANT:39-2024-00951]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une demandeuse vient changer ses coordonnées bancaires. Nouveau RIB ({{Nickel}}, compte ouvert au bureau de tabac) : [[IBAN:FR76 1659 8000 0100 0129 6304 581]]. Identifiant : [[ID_FRANCE_TRAVAIL:4 882 913 W]]. Le conseiller prévient : changement effectif au prochain paiement, pas celui de ce mois. Elle s'appelle [[PERSONNE:Jessica Marguet]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'un monsieur qui déclare vivre seul, [[ADRESSE:22 rue de Belfort, 25200 Montbéliard]]. Sur la boîte : « M. et Mme [[PERSONNE:KAYA]] ». M. [[PERSONNE:Kaya]] explique que c'est une vieille étiquette. Le bail : un seul nom. Le contrôleur demande quand même les coordonnées de la compagne, [[PERSONNE:Melek]], pour la convoquer : [[EMAIL:melek.k@hotmail.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une maman qui veut rattacher son fils de {{20 ans}}, étudiant. L'agent explique qu'à {{18 ans}} il a son propre compte. Elle insiste et donne son numéro à lui : « [[NIR:1.04.03.90.010.512.52]] », né à {{Belfort}} le [[DATE_NAISSANCE:9 mars 2004]]. L'agent confirme : il est déjà assuré à titre personnel.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale pour une demande de secours : Mme [[PERSONNE:Houria Saïdi]], [[ADRESSE:5 rue des Glacis, 3e gauche, 90000 Belfort]]. Revenus : {{RSA}} {{635,71 €}}, {{APL}} {{312 €}}. L'agent photographie la quittance de loyer : locataire n° [[IDENTIFIANT:TH-0091447]] ({{Territoire Habitat}}).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de garde appelle pour annoncer une patiente : « je vous envoie Mme [[PERSONNE:Bailly]], {{56 ans}}, suspicion d'embolie, je vous faxe le courrier, son NIR c'est [[NIR:2 68 03 68 224 336 43]] ». La secrétaire pré-enregistre pendant l'appel.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dans le hall du CHRS, un panneau « Règlement : pas d'alcool, retour avant {{23h}}, visites {{14h-18h}} ». Un résident joue de la guitare, trois autres chantent. Plus détendu que je pensais.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une demandeuse appelle pour annuler son RDV, son fils est malade. La conseillère décale à lundi {{9h}}. « Ça va pas me faire radier ? » « Non madame, vous avez prévenu. » {{2 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une grand-mère appelle pour sa petite-fille [[PERSONNE:Clémence]] ({{19 ans}}) qui a fait une demande d'APL. Elle ne connaît pas le numéro mais a la date de naissance : « le [[DATE_NAISSANCE:trois février deux mille cinq]] ». L'agent : « sans la personne je ne peux rien, désolé ». La grand-mère : « mais c'est moi qui paie le loyer ! »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt à {{Champagnole}}, [[ADRESSE:36 rue du Général Leclerc, 39300 Champagnole]]. M. [[PERSONNE:Bourgeon]] est absent. La voisine dit qu'il est « au boulot, à la scierie » ! L'agente note la remarque, sans plus. {{11h20}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier d'aide facultative, l'agente coche sa liste :\n☑ CNI [[IDENTIFIANT:X4RT8PFW2]]\n☑ attestation Caf n° [[N_ALLOCATAIRE:1 088 214]]\n☑ avis d'impôt, n° fiscal [[IDENTIFIANT:2 08 77 4413 9925]]\n☐ facture {{EDF}}\n☑ RIB [[IBAN:FR76 1080 7000 6302 1198 4351 790]]\nDemandeur : [[PERSONNE:Moussa Coulibaly]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le gars avant moi n'a pas sa carte vitale mais l'attestation sur son téléphone. L'agent lit : « [[PERSONNE:Hamza Ouali]], [[NIR:1 96 06 25 056 629 21]] », né à {{Besançon}}. Droits à jour, mutuelle {{Alan}} [[IDENTIFIANT:AL-77310452]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel du commissariat de {{Montbéliard}} au {{115}} : une femme avec un bébé à la gare. « [[PERSONNE:Awa Mbaye]], bébé [[PERSONNE:Moussa]] de {{3 mois}}, elle a un passeport sénégalais [[IDENTIFIANT:A01872394]] ». Place trouvée au {{B&B Montbéliard}}, {{chambre 14}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur, chauffeur {{VTC}} au chômage, doit justifier qu'il a vendu son véhicule de travail. Il montre le certificat de cession, immatriculation [[IMMATRICULATION:FZ-029-LE]], et la carte grise de sa nouvelle voiture perso [[IMMATRICULATION:GA 751 NT]]. Le conseiller scanne tout. Monsieur [[PERSONNE:Touré]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Une famille de {{6 personnes}} au guichet, les enfants courent partout. L'agent garde son calme. Le papa explique qu'ils ont reçu {{2 courriers}} contradictoires. L'agent regarde : c'est l'{{ARS}} et un rappel. Tout va bien. Il s'appelle M. [[PERSONNE:Nsengiyumva]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame ukrainienne, protection temporaire. L'agent saisit : APS n° [[IDENTIFIANT:2599 00 41 77]], NIR provisoire en cours. Nom : [[PERSONNE:Kovalenko Iryna]], née le [[DATE_NAISSANCE:19.07.1979]] à {{Kharkiv}}. Adresse chez l'hébergeur : [[ADRESSE:9 rue des Vosges, 70200 Lure]]. Son interprète : [[PERSONNE:Olena]], bénévole.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un propriétaire qui veut savoir si son locataire touche des aides (!). L'agent refuse. Il insiste : « M. [[PERSONNE:Lombardi]], [[ADRESSE:2 bis rue de la Liberté, 25400 Audincourt]], il me doit {{3 mois}} ! ». L'agent lui donne le numéro de l'{{ADIL}} : {{03 81 61 92 41}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{19h}} : relève des équipes. Transmissions à voix haute dans le couloir, je comprends « le {{box 7}} sort », « le {{box 3}} attend le scanner ». Pas de noms, que des numéros de box.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile d'une famille en logement accompagné. Mme [[PERSONNE:Jovanović]] montre un mail de son bailleur, envoyé à [[EMAIL:jovanovic.mila@yahoo.fr]], qui réclame {{420 €}} de charges. L'éducatrice prend une photo et écrira au bailleur (adresse générique {{relation.client@neolia.fr}}).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "L'agent du {{3949}} transfère un appel à la conseillère : « c'est M. [[PERSONNE:Guerrero]], identifiant [[ID_FRANCE_TRAVAIL:5330172D]], D majuscule, il conteste un trop-perçu de {{1 212 €}} ». Elle prend l'appel en soupirant.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur me montre ses stats du mois : {{38 contrôles}}, {{11 indus}} détectés, {{2 rappels}} en faveur de l'allocataire. « On oublie toujours qu'on trouve aussi des droits non versés. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée donne son IBAN par téléphone malgré la consigne, trop vite pour qu'on l'arrête : « [[IBAN:FR76 1213 5003 0008 0917 7456 249]] ». L'agent : « je ne l'ai pas noté madame, déposez-le sur votre compte {{ameli}} ». Elle : « mais j'ai pas ameli ! ». Dialogue de sourds, {{10 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence de l'écrivain public (bénévole, M. [[PERSONNE:Jacquin]], retraité de {{La Poste}}). Il aide une dame à écrire une lettre de recours. {{45 min}}. Il me dit que la demande a doublé depuis {{2020}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{CH de Pontarlier}} pour un transfert : pas de lit en réa là-bas. L'infirmière d'accueil note « transfert {{SMUR}} prévu {{15h30}} ». Les noms sont échangés entre médecins, pas devant moi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident portugais veut faire virer sa pension sur un compte français. L'AS regarde le courrier de la {{Segurança Social}} : son IBAN portugais [[IBAN:PT50 0035 0247 0041 2398 5012 8]]. Il s'appelle [[PERSONNE:Manuel Gonçalves]], {{67 ans}}. Son vieux camion est encore immatriculé au Portugal, [[IMMATRICULATION:31-EF-92]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Borne d'accueil : {{3 personnes}} cherchent à imprimer un CV, l'imprimante ne marche qu'avec une clé USB. Le service civique (jeune, gentil) aide tout le monde. {{14h10}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame vient déclarer la naissance : bébé [[PERSONNE:Ayden]] né le [[DATE_NAISSANCE:27/10]], à {{Minjoz}}. Elle lit son numéro d'allocataire sur l'appli : « [[N_ALLOCATAIRE:2 9 3 6 1 1 0]] ». La {{PAJE}} démarrera le mois suivant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un frontalier vient faire sa carte vitale : formulaire {{S1}} et certificat de son assurance suisse ({{Groupe Mutuel}}, n° d'assuré [[IDENTIFIANT:756.4417.2290.18]]). Né à {{Saint-Claude}} en [[DATE_NAISSANCE:janvier 88]] → NIR [[NIR:1 88 01 39 478 099 47]]. Il s'appelle [[PERSONNE:Loïc Bonnefoy]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tournée de livraison des colis de Noël avec l'agent : {{12 colis}} dans le coffre, {{4 adresses}} ce matin. Il connaît tout le monde, fait la bise. Il me dit que pour certains c'est la seule visite de l'année.",
    ),
    (
        "urgences",
        "accueil_physique",
        "À l'accueil, une jeune femme sans carte vitale. L'agent : « vous avez l'{{AME}} ? » elle sort sa carte, n° [[IDENTIFIANT:25 0182 447]]. Nom sur la carte : [[PERSONNE:Grace Mbuyi]]. Elle est vue dans l'heure.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} rappelle une personne pour confirmer une place : messagerie, « vous êtes bien sur le répondeur de [[PERSONNE:Jordan]] ». L'écoutante laisse un message et envoie un SMS au [[TELEPHONE:06 28 74 11 90]]. Place gardée jusqu'à {{20h}}.",
    ),
]

NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Au guichet, une dame ne reçoit plus les mails de la Caf. L'agent vérifie l'adresse enregistrée : [[EMAIL:nathalie.grosperrin@free.fr]] — elle : « non c'est grosperin avec un seul r ! ». Correction : [[EMAIL:nathalie.grosperin@free.fr]]. N° alloc [[N_ALLOCATAIRE:1527 083]], au passage elle en profite pour demander où en est sa {{prime d'activité}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale du CCAS : {{38 foyers}} inscrits, panier à {{10 %}} du prix. Aujourd'hui arrivage de yaourts {{Danone}} en date courte et de pots de {{cancoillotte}} offerts par la {{fromagerie Marcel Petite}}. Les gens repartent avec {{2 sacs}} en moyenne.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme appelle le {{115}} avec le portable d'un passant. Il donne son nom : « [[PERSONNE:Krasniqi]], [[PERSONNE:K R A S N I Q I]] ». Prénom [[PERSONNE:Arben]]. L'écoutante note le numéro du passant, faute de mieux : [[TELEPHONE:07 81 62 35 04]]. Place à l'{{Abri de nuit de la Boucle}} à partir de {{19h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dossier d'aide au déplacement : remboursement {{0,20 €/km}}, formation à {{Dijon}}, {{90 km}}. La conseillère recopie : identifiant [[ID_FRANCE_TRAVAIL:61 02 937 V]], RIB [[IBAN:FR76 1027 8080 0000 0206 1743 008]]. Lui, [[PERSONNE:Kenji Marchand]], {{27 ans}}, a l'air soulagé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une mère vient pour son fils né prématuré à {{Minjoz}} il y a {{2 semaines}}. Bébé : [[PERSONNE:Naël]], né le [[DATE_NAISSANCE:4 novembre]]. Mère : [[PERSONNE:Aurélie Jeannin]], NIR [[NIR:2 94 11 39 300 212 46]] (née à {{Lons}}). Rattachement fait, l'agente la félicite.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Vendredi soir, {{22h}} : {{5 jeunes}} ramènent un copain alcoolisé. L'agent de sécurité les calme. Un des copains donne le prénom : [[PERSONNE:Mathéo]]. Les autres filment avec leur téléphone, l'agent leur demande d'arrêter.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Changement d'adresse par tel (exceptionnellement, personne âgée sans internet) : « j'habite maintenant au [[ADRESSE:douze bis rue de Dole, vingt-cinq mille Besançon]] ». Tout en lettres, l'agent tape [[ADRESSE:12 bis rue de Dole, 25000 Besançon]]. Monsieur [[PERSONNE:Pourchet]], n° alloc [[N_ALLOCATAIRE:0447128]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un couple âgé qui vit dans une caravane sur le terrain de leur fils, [[ADRESSE:chemin des Grands Champs, 70190 Rioz]]. La caravane : [[IMMATRICULATION:AF-193-GP]]. Le fils, M. [[PERSONNE:Reinhardt]], laisse son numéro [[TELEPHONE:06 70 52 88 14]]. Dossier {{APA}} à lancer.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice photocopie les papiers de M. [[PERSONNE:Rahimi]] pour son recours {{CNDA}} :\n- récépissé n° [[IDENTIFIANT:2502 771 904]]\n- lettre {{OFPRA}} réf. [[IDENTIFIANT:23-09-08841]]\n- recours CNDA n° [[IDENTIFIANT:24018877]]\n{{3 copies}} de chaque. Il a {{24 ans}}, arrivé d'{{Afghanistan}} par la Turquie.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une pharmacienne appelle pour un problème de tiers payant. L'agent lui donne le numéro de la plateforme des pros ({{36 08}}) et raccroche. Il me dit : « les pros ont leur ligne, ils se trompent souvent ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère dicte son mail pro à un demandeur (« {{prenom.nom@francetravail.fr}}, c'est le format »), puis lui demande le sien : « [[EMAIL:kouame point yao at gmail point com]] ». Elle relit ce qu'elle a tapé : [[EMAIL:kouame.yao@gmail.com]]. M. [[PERSONNE:Yao]] envoie son CV dans la foulée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Gray}}, chez Mme [[PERSONNE:Laurent]], [[ADRESSE:7 rue du Marché, 70100 Gray]]. Le contrôleur vérifie que le conjoint est bien parti : un vieux courrier Cpam traîne, « [[PERSONNE:Christophe Laurent]] [[NIR:1 78 12 70 550 118 25]] ». Le courrier date de {{2022}}, donc ok, il ne reçoit plus rien ici.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle, elle a oublié le carnet de santé de son fils aux urgences hier soir. L'agent retrouve : « au nom de [[PERSONNE:Ethan Mougenot]] ? né le [[DATE_NAISSANCE:30 septembre 2016]] ? » oui. Il est à l'accueil, à récupérer avec une pièce d'identité.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de contrôle des logements diffus : {{6 appartements}} en {{2h}}. L'éducateur vérifie les détecteurs de fumée, deux sans pile. Il note tout sur une grille papier, « l'informatique ça marche pas dans les escaliers ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une agente de la {{Caf}} appelle le CCAS pour une situation commune. Elle donne : n° allocataire [[N_ALLOCATAIRE:2 556 907]], famille [[PERSONNE:Haddad]], {{3 enfants}}, expulsion prévue le {{15 mars}}. L'agente du CCAS rappellera la famille sur le [[TELEPHONE:06 19 44 27 83]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt à {{Lons-le-Saunier}}, quartier de la {{Marjorie}}. Sur la porte, un mot : « Je suis chez le kiné jusqu'à {{11h}}, appelez-moi [[TELEPHONE:06.52.81.33.07]] [[PERSONNE:Nadia]] ». L'agente appelle, la dame revient {{10 min}} après avec son ordonnance de kiné.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Les conseillers ont un portefeuille de {{150 à 200}} demandeurs chacun, {{70 max}} en accompagnement intensif. La conseillère que je suis voit {{8 personnes}} dans la matinée, {{30 min}} chacune.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une maman sénégalaise pour ouvrir ses droits aux {{PF}}. L'agente vérifie : titre de séjour [[IDENTIFIANT:2503 118 462]], valable jusqu'en {{2027}}. Enfants : [[PERSONNE:Aminata]] née le [[DATE_NAISSANCE:12/12/2015]], [[PERSONNE:Ibrahima]] né le [[DATE_NAISSANCE:03/05/2018]]. Il manque le certificat médical {{OFII}} pour [[PERSONNE:Ibrahima]], arrivé hors regroupement familial.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit déjeuner au CHRS de {{7h30}} à {{9h}}. Pain, café, confiture. Une résidente a fait un gâteau pour ses {{50 ans}}, tout le monde chante. Pas de prénom, juste « bon anniversaire » 🎂",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agente recopie les infos d'un jeune sur un dossier papier (panne informatique depuis {{16h}} !!) :\nNOM [[PERSONNE:DUPUIS-NKEMBA]] PRÉNOM [[PERSONNE:Jordy]]\nDDN [[DATE_NAISSANCE:11/01/04]]\nTEL [[TELEPHONE:0633481190]]\nPERS. À PRÉVENIR : mère [[TELEPHONE:0633 48 11 92]]\nMotif : chute scooter\nEn mode dégradé, {{1 dossier}} toutes les {{5 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agente accueille un monsieur sourd avec la tablette d'interprétation {{LSF}} en visio ({{Elioz}}). Ça marche bien, {{12 min}}. Il voulait juste un relevé d'IJ. Il s'appelle [[PERSONNE:Jérôme]], il me fait un signe en partant.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une maman inscrit ses {{2 ados}} pour la carte {{Avantages Jeunes}} à tarif réduit ({{3 €}} au lieu de {{9 €}}). L'agent note : [[PERSONNE:Océane]] et [[PERSONNE:Tom Bouveret]], adresse [[ADRESSE:4 impasse des Lilas, 25770 Franois]], tel de la mère [[TELEPHONE:03 81 59 27 40]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller rappelle une entreprise de transport pour un candidat : « Monsieur [[PERSONNE:Marcelin]] a bien son permis {{C}} et sa {{FIMO}} ». Le patron demande son numéro : le conseiller donne [[TELEPHONE:06 47 90 36 12]], avec l'accord du candidat (noté dans le dossier). Offre {{180XMPL}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fin de soirée au {{115}} : l'écoutant fait le point avec l'astreinte. « {{12 refus}} faute de place ce soir, dont deux familles avec enfants. » Il raccroche et reste silencieux un moment.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle en criant, son {{RSA}} a été suspendu. L'agent garde son calme. « Votre numéro ? » « [[N_ALLOCATAIRE:3 1 0 4 7 7 9]] ! et je m'appelle [[PERSONNE:Traoré Seydou]] ». Motif : {{DTR}} pas renvoyée. L'agent lui explique comment la faire en ligne, {{15 min}}, il finit par dire merci.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un véhicule sanitaire bloque l'accès pompiers. L'agent de sécurité écrit dans la main courante : « {{VSL}} [[IMMATRICULATION:ET-448-MA]] stationné sur place pompiers {{13h40}} ». Le chauffeur revient en courant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une jeune femme appelle, elle a changé de nom en se mariant. Elle donne son NIR : « [[NIR:2001099351027 22]] ». Ancien nom : [[PERSONNE:Ben Salah]], nouveau : [[PERSONNE:Mathieu]]. Née en {{Tunisie}}, ça se voit dans le numéro dit l'agent, « {{le 99}} ». Il faut l'acte de mariage.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide énergie : facture {{TotalEnergies}} de {{512 €}}. Réf client [[IDENTIFIANT:TE-25-00418736]], point de livraison [[IDENTIFIANT:0122 4471 8830 52]]. Monsieur [[PERSONNE:Hoang]], {{Planoise}}. L'agente monte un dossier {{FSL}} énergie.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au {{FJT Les Oiseaux}}, {{chambre 23}}, d'un jeune suivi par le CHRS. [[PERSONNE:Nolann]] montre sa fiche de paie ({{Lidl}}, {{1 180 €}}). Il va demander l'APL, son n° alloc provisoire est écrit au dos : [[N_ALLOCATAIRE:4 227 018]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demande d'{{ASS}}, dossier papier. Le conseiller vérifie : NIR [[NIR:1 73 11 70 285 204 67]], date de naissance [[DATE_NAISSANCE:22/11/1973]], né à {{Héricourt}}. M. [[PERSONNE:Marchal]] arrive en fin de droits {{ARE}} le mois prochain. Identifiant [[ID_FRANCE_TRAVAIL:2 774 190 F]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame vient avec un courrier qu'elle ne comprend pas (indu de {{1 480 €}}). L'agente, [[PERSONNE:Mélissa]], lui explique ligne par ligne, propose un échéancier à {{50 €/mois}}. La dame : « j'ai jamais triché moi ». [[PERSONNE:Mélissa]] : « je sais madame, c'est une erreur de déclaration ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture de service entre deux contrôles, l'agente m'explique le {{PV}} de contrôle : {{3 cases}} (présent, absent, refus). « Je ne suis pas la police, je constate. » Certains jours elle roule {{180 km}} dans le {{Haut-Jura}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente à {{11h}} : {{17 personnes}}, un écran qui passe {{BFM}} sans le son. Un panneau « Durée d'attente estimée : {{3h}} » écrit au feutre.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un ancien résident repasse dire bonjour, il a signé un CDI chez {{Stellantis}} à {{Sochaux}} ! Il donne son nouveau numéro à l'éducateur « pour les nouvelles » : [[TELEPHONE:07 49 20 63 18]]. Tout le monde l'appelle « [[PERSONNE:Bébert]] ». Il a {{41 ans}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente crée un compte {{FranceConnect}} pour un monsieur de {{76 ans}}. Il faut une adresse mail, il n'en a pas : elle en crée une avec lui, [[EMAIL:gerard.monnier1948@orange.fr]]. Il note le mot de passe dans un carnet. Il s'appelle [[PERSONNE:Gérard Monnier]], né en [[DATE_NAISSANCE:48]].",
    ),
]

NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "L'agent d'accueil s'appelle [[PERSONNE:Claude]], {{30 ans}} de maison, il a commencé à l'antenne de {{Saint-Claude}}. Une dame arrive : Mme [[PERSONNE:Rigoulot]], n° alloc [[N_ALLOCATAIRE:2046 119]], changement de RIB, nouveau compte [[IBAN:FR76 3000 3013 8000 0502 9184 712]]. [[PERSONNE:Claude]] scanne, c'est fini en {{4 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Panneau à l'entrée : « La {{Caf du Doubs}} ne reçoit plus sans RDV le vendredi ». {{8 personnes}} font demi-tour en {{20 min}}. L'agent de sécurité répète la même phrase à chacun.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une frontalière de {{Pontarlier}} déclare ses revenus suisses pour la {{prime d'activité}}. L'agente vérifie la fiche de salaire ({{4 850 CHF}}) et le compte où tombe le salaire : [[IBAN:CH33 0076 7000 U057 3821 9]]. Elle s'appelle [[PERSONNE:Émilie Vuillemot]], n° alloc [[N_ALLOCATAIRE:2 881 340]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Déclaration de situation : Mme [[PERSONNE:Bamba]] a {{4 enfants}}, nés en [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2013]], [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2020]]. L'aîné va avoir {{14 ans}}, l'agente lui explique la majoration des {{AF}}. Mme repart avec un RDV pour la semaine prochaine.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un travailleur social du {{Département}} pour un allocataire sous curatelle : « [[N_ALLOCATAIRE:0197542]], M. [[PERSONNE:Guyot]], curatelle renforcée, c'est l'{{UDAF}} qui gère ». L'agent envoie les pièces à la mandataire : [[EMAIL:j.perrin@udaf25.fr]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{16h25}} : l'agent a enchaîné {{31 appels}}. Il enlève son casque, me dit que le plus dur c'est les gens qui ne comprennent rien à la réforme de la {{solidarité à la source}}. Il se ressert un café.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle pour dire qu'elle a déménagé chez sa soeur en {{Haute-Saône}} : « [[ADRESSE:14 rue Saint-Nicolas, 70110 Villersexel]] », tel [[TELEPHONE:06 38 20 91 57]]. L'agent lui dit de faire la mise à jour en ligne, elle n'a pas internet... il fait une demande de rappel. Mme [[PERSONNE:Zanetti]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez un allocataire qui loue une chambre chez l'habitant à {{Battant}}, [[ADRESSE:31 rue Battant, 25000 Besançon]]. La propriétaire, Mme [[PERSONNE:Grandjean]], montre le bail. Locataire : [[PERSONNE:Ousmane Diop]], étudiant à l'{{ISBA}}. Loyer {{320 €}}, conforme. La voiture de la proprio dans la cour : [[IMMATRICULATION:GK-227-SB]], le contrôleur ne note pas la plaque, moi si (oups).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : la personne a appelé le matin, hospitalisée. Le contrôleur reprogramme dans {{3 semaines}}. On en profite pour faire deux visites de la liste suivante, à {{Baume-les-Dames}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune femme qui vient pour sa carte vitale, première demande à son nom (avant elle était sur celle de sa mère). {{23 ans}}, née à {{Belfort}} en [[DATE_NAISSANCE:août 2001]]. Elle donne son NIR : « [[NIR:2 01 08 90 010 356 94]] ». Photo faite au photomaton du hall. Elle s'appelle [[PERSONNE:Anaïs Perrin]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un vigile, un agent d'accueil, {{2 guichets}} ouverts sur six. Attente {{35 min}}. Affiche : « Votre carte Vitale sur smartphone : l'appli {{carte Vitale}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur né en {{Corse}}, installé à {{Vesoul}}, appelle pour une attestation. L'agent ne le trouve pas : il dit « [[NIR:1 69 08 20]]… » au lieu de 2B. L'agent : « la Corse, c'est 2A ou 2B ». Trouvé : [[NIR:1 69 08 2B 033 125 43]], né à {{Bastia}}. M. [[PERSONNE:Pieri]] rigole.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Audincourt}}, chez M. [[PERSONNE:Wiśniewski]], [[ADRESSE:8 rue de la Paix, 25400 Audincourt]]. Présent. Devant chez lui, une voiture immatriculée en Pologne [[IMMATRICULATION:WPI 58K21]], il dit que c'est son cousin qui vient l'aider. L'agente note juste « présent {{9h50}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de domiciliation, l'agent remplit le {{cerfa 15548*03}}. Nom [[PERSONNE:Sivakumar]], prénom [[PERSONNE:Tharshan]], né le [[DATE_NAISSANCE:02/02/1990]] à {{Jaffna}}. Titre de séjour n° [[IDENTIFIANT:2501 334 870]]. Domicilié au CCAS, donc pas d'adresse perso. Il a un mail : [[EMAIL:tharshan.s90@outlook.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le CCAS de {{Pontarlier}} : accueil tout petit, {{1 agent}}, un bureau fermé pour les entretiens. Entre deux personnes elle répond au téléphone. Une plante verte immense dans un coin, « elle s'appelle {{Gérard}}, elle a {{12 ans}} » dit l'agente.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour la domiciliation de son fils, elle lit le courrier de refus : « réf. [[IDENTIFIANT:DOM/2024/0883]], au nom de [[PERSONNE:Kevin Lhomme]] ». L'agent explique : il doit venir lui-même, avec une pièce d'identité. Horaires : {{8h30-12h}}, {{13h30-17h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La mairie de {{Marnay}} appelle le CCAS de {{Besançon}} pour un habitant sans solution. L'agent explique que ça relève du CCAS de la commune ou du {{Département}}, donne le numéro du {{115}}. Conversation un peu tendue, {{8 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'agent du CCAS dans un squat signalé à {{Fontaine-Écu}}. {{3 familles}} roumaines. L'agent note pour l'orientation : [[PERSONNE:Florica Dinu]], [[TELEPHONE:+40 742 118 905]], voiture [[IMMATRICULATION:B 118 XRT]]. Un enfant, [[PERSONNE:Ionela]], n'est pas scolarisé, l'agent va le signaler.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien budget avec une résidente. L'éducatrice fait le tableau sur une feuille :\nEntrées : {{RSA}} {{635,71 €}}\nSorties : participation CHRS {{10 %}}, forfait {{Free}} {{19,99 €}}, crédit {{Cofidis}} {{87 €}}/mois (contrat n° [[IDENTIFIANT:CF 2207 44819]])\nReste à vivre : ~{{400 €}}\nLa résidente, [[PERSONNE:Samia]], veut solder le crédit. Dossier {{Banque de France}} à envisager.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine du mercredi : {{6 résidents}}, couscous pour trente. L'éducateur a fait les courses pour {{45 €}} au {{Leclerc}} de {{Chalezeule}}. Ça sent bon dans tout le bâtiment.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident belge veut clôturer son compte chez {{ING Belgique}} : IBAN [[IBAN:BE03 3101 8745 2384]]. L'AS l'aide à écrire à la banque depuis sa boîte mail à lui, [[EMAIL:jm.dewael@skynet.be]]. Il s'appelle [[PERSONNE:Jean-Michel De Wael]], {{63 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Conflit entre deux résidents pour la télé (foot contre série). [[PERSONNE:Farid]] et [[PERSONNE:Steeve]] crient. Le veilleur, [[PERSONNE:Patrice]], règle ça avec un tirage au sort. Tout le monde rigole au final.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme appelle le {{115}} depuis {{Delle}}, elle a quitté le domicile conjugal. L'écoutante prend : [[PERSONNE:Céline Rapp]], {{40 ans}}, née à Delle. Elle donne aussi son numéro de sécu « au cas où » : [[NIR:284099003304727]]. Son tel : [[TELEPHONE:06 91 33 08 52]]. Mise à l'abri à {{Belfort}} ce soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} reçoit l'appel d'un homme qui dort dans sa voiture à {{Montbéliard}}, plaques vaudoises ([[IMMATRICULATION:VD 412 883]]), il bossait à {{Lausanne}}. Prénom [[PERSONNE:Sébastien]]. Il dit qu'il est inscrit à {{France Travail}}, « [[ID_FRANCE_TRAVAIL:7 0 4 4 1 8 2 H]] », comme si ça pouvait aider.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune femme guinéenne, réfugiée. La conseillère scanne : titre de séjour [[IDENTIFIANT:9002 774 106]], RIB [[IBAN:FR76 1080 7004 1504 2190 7533 897]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:8120447L]]. Elle s'appelle [[PERSONNE:Fanta Camara]], veut être aide-soignante. Orientation vers l'{{IFAS}} de {{Montbéliard}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère me montre le tableau de bord : {{1 245 DE}} dans le portefeuille de l'agence, {{12 conseillers}}. Objectif : {{100 %}} des nouveaux inscrits vus sous {{15 jours}}. Elle rit jaune.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame de {{49 ans}} a perdu ses codes. Le conseiller vérifie l'identité : date de naissance le [[DATE_NAISSANCE:3 juin 75]], NIR [[NIR:2750625031190 55]], née à {{Audincourt}}. Identifiant retrouvé : [[ID_FRANCE_TRAVAIL:3309 218 N]]. Mme [[PERSONNE:Kuhn]] note tout sur un papier cette fois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Création d'entreprise (micro) : le conseiller parle de l'{{ARCE}}. Le monsieur a déjà son SIRET : [[IDENTIFIANT:921 447 058 00014]], paysagiste. Son mail pro : [[EMAIL:contact@jardins-ozkan.fr]]. Lui : [[PERSONNE:Hakan Özkan]], ancien de chez {{Peugeot}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une demandeuse appelle : elle a reçu un SMS « votre dossier est bloqué, cliquez ». La conseillère : arnaque, le lien {{francetravail-dossier.info}} n'est pas officiel. Mme [[PERSONNE:Renaud]] avait déjà tapé son identifiant dessus : [[ID_FRANCE_TRAVAIL:5067 331 X]]. Changement de mot de passe tout de suite.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un intérimaire : son agence ({{Manpower}} {{Dole}}) lui demande un RIB, il veut savoir si {{France Travail}} a le bon. La conseillère lit la fin : « ... [[IBAN:2051 911]] » « oui c'est ça ». Il s'appelle [[PERSONNE:Yohann Bernardin]], il livre aussi en scooter pour {{Uber Eats}}, plaque [[IMMATRICULATION:FB-713-HW]] (je ne sais pas pourquoi il la donne).",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return its text, its entities and its keep list."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            length += len(kept)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build_notes():
    """All notes as dicts, with ids in writing order."""
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
    """Ids of the dev and holdout halves; depends only on the ids and the cells."""
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
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def main():
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
