"""Independent evaluation corpus n° 113: 240 hand-written observation notes (Normandie).

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. ``parse`` strips the marks and computes the
offsets; ``split`` draws the dev / holdout halves; running this file writes ``dev.jsonl`` and
``holdout.jsonl`` next to it (standard library only, deterministic).

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind113"
SEED = 113

# Notes 001-034.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}}. Mme [[PERSONNE:Lemonnier]] vient déclarer la naissance de sa {{3e}}, [[PERSONNE:Louna]], née le [[DATE_NAISSANCE:2 février]] au {{CHU de Caen}}. L'agente ([[PERSONNE:Sabrina]]) lui explique que la {{prime à la naissance}} se demande avant, au {{7e mois}} de grossesse. Elle savait pas. Dossier [[N_ALLOCATAIRE:2847193]]. Ticket {{B27}}, attente {{35 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{10h40}} appel d'une dame de {{Lisieux}} : est-ce que les {{APL}} seront versées avant le pont du {{8 mai}} ?? Réponse : versement le {{5 du mois}} comme d'hab, les jours fériés changent rien sauf si le 5 tombe un dimanche. Elle raccroche en soupirant. Durée {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IOA box 1. Monsieur âgé, désorienté, rien sur lui. Sa fille au tel : « [[PERSONNE:Raymond Letellier]], né le [[DATE_NAISSANCE:11 novembre 1938]] ». L'infirmière ([[PERSONNE:Aurélie]]) répète : « le [[DATE_NAISSANCE:11 novembre]], comme l'{{Armistice}}, facile à retenir ». Tri {{niveau 3}}. Lui répète en boucle qu'il veut rentrer à {{Bayeux}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RDV {{14h}} avec [[PERSONNE:Kévin Anquetil]], {{24 ans}}, inscrit depuis le {{3 janvier}}. Identifiant lu à l'écran : [[ID_FRANCE_TRAVAIL:3184726B]]. Il a un entretien chez {{Renault Cléon}} le {{17}}, la conseillère ([[PERSONNE:Fatoumata]]) lui imprime l'itinéraire, il a pas le permis. « vous partez à {{6h}} et c'est bon ». Il a pas l'air convaincu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit, {{23h05}}. Appel au {{115}} d'un homme qui dort dans sa voiture sur le parking de la {{gare de Caen}}. Il donne son nom, [[PERSONNE:Sofiane Haddad]], et sa date de naissance « [[DATE_NAISSANCE:vingt-huit avril quatre-vingt-quinze]] ». Pas de place ce soir. L'écoutant ([[PERSONNE:Jérôme]]) note la plaque pour la maraude : [[IMMATRICULATION:FZ-318-KD]], une {{Clio}} grise.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ouverture {{8h30}}, déjà {{14 personnes}} dehors sous la pluie. La borne {{Ameli}} est en panne depuis le {{lundi de Pentecôte}}, le technicien « pas avant le {{2 juin}} ». Des gens repartent sans ticket, d'autres attendent quand même. L'agent d'accueil fait les tickets à la main sur des post-it 🙄",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place chez Mme [[PERSONNE:Kowalczyk]], [[ADRESSE:7 allée des Hêtres, 14200 Hérouville-Saint-Clair]]. Contrôleur M. [[PERSONNE:Vasse]]. Elle déclare vivre seule avec ses {{2 enfants}} : [[PERSONNE:Oliwia]] ([[DATE_NAISSANCE:19/09/2010]]) et [[PERSONNE:Kacper]] ([[DATE_NAISSANCE:02/12/2014]]). Il regarde la salle de bain, les brosses à dents, la penderie. Chaussures d'homme taille {{44}} dans l'entrée, elle dit que c'est son frère qui passe le {{dimanche}}. {{50 min}} en tout, moi mal à l'aise tout du long.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel, {{13h30}}-{{14h}} : {{9 appels}}. Presque tous sur l'actualisation. « c'est à partir du combien ? » → du {{28}} au {{15}} du mois d'après, répété à chaque fois. Un monsieur croyait que c'était le {{1er}} pile. Il a eu une radiation en {{mars}} pour ça.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Boukhris]], {{67 ans}}, vient pour une aide facture d'énergie. Facture {{EDF}}, réf client [[IDENTIFIANT:6004182735]], {{412,37 €}}, coupure annoncée pour le {{14/06}}. L'agente ([[PERSONNE:Nathalie Postel]]) monte un dossier {{FSL}} énergie en urgence et appelle EDF devant lui. Sa retraite tombe le {{9 du mois}}, il dit qu'entre le 9 et le 30 il mange des pâtes.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de l'{{hôpital Jacques-Monod}}. Une maman appelle : son fils a de la fièvre depuis {{dimanche}}, {{39,5}}. L'infirmière lui dit d'appeler le {{15}} ou la maison médicale de garde de {{Montivilliers}}. « le 15 répond pas » dit la mère. {{6 min}} au tel, elle finit par venir.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Rouen}} rive gauche. [[PERSONNE:Dragan Stojanović]] demande un duplicata de son attestation de domiciliation. L'agent ([[PERSONNE:Mehdi]]) cherche dans le classeur : domicilié depuis le {{12/10/2021}}, valable jusqu'au {{11/10/2024}}. Il vérifie sur le passeport serbe : né le [[DATE_NAISSANCE:05.07.1972]], passeport n° [[IDENTIFIANT:012845739]]. Photocopieuse en panne, il recopie à la main.",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet 3. L'agent ([[PERSONNE:Thomas]]) : « votre date de naissance ? » — Mme [[PERSONNE:Yilmaz]] : « [[DATE_NAISSANCE:12 mai 1990]] » — « j'ai le [[DATE_NAISSANCE:5 décembre]] dans le dossier » — « ah non ça c'est ma fille ! ». Les deux dates inversées depuis l'ouverture du dossier en {{2016}}. Correction possible mais il faut un justificatif, elle revient {{jeudi 23}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{3646}}. Monsieur [[PERSONNE:Thierry Hamel]], arrêt maladie depuis le {{3 mars}}, toujours pas d'IJ. La conseillère demande le numéro de sécu, il le lit sur sa carte : [[NIR:1 59 01 14 366 204 63]]. Elle vérifie : « né en [[DATE_NAISSANCE:janvier 59]] à {{Lisieux}} ? » oui. Il manque l'attestation de salaire de l'employeur ({{Leclerc}}). Il va « leur tomber dessus ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif, {{10h}}-{{12h}}, {{6 participants}}. Le modèle projeté au mur est au nom de « [[PERSONNE:Camille Durand]] », née le [[DATE_NAISSANCE:01/01/1990]]. La conseillère dit qu'on met plus la date de naissance sur un CV, ni la photo. Un participant de {{58 ans}} : « ah bon, ça m'aurait évité des soucis ». Rires jaunes.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile avec l'éducatrice ([[PERSONNE:Claire]]), logement diffus du {{CHRS}} : [[ADRESSE:3 rue du Docteur Postel, 76600 Le Havre]]. M. [[PERSONNE:Abdi]] et ses {{2 enfants}}. Frigo presque vide, il dit que le {{RSA}} tombe le {{5}} et on est le {{27}}. Le petit [[PERSONNE:Yusuf]] va avoir {{7 ans}} samedi, il veut un gâteau {{Pat'Patrouille}}. L'éduc note une demande de colis {{Restos du Cœur}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enregistrement admin. L'agente ([[PERSONNE:Karima]]) tape : [[PERSONNE:NGUYEN Van Long]], né le [[DATE_NAISSANCE:1957-03-08]] (à l'écran l'année d'abord, format bizarre). Le monsieur corrige : « [[PERSONNE:Nguyen]] c'est le nom, [[PERSONNE:Long]] c'est le prénom ». Mutuelle {{MGEN}}, n° adhérent [[IDENTIFIANT:140355872]]. IPP créé : [[IDENTIFIANT:P24007183]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél. Un monsieur appelle pour le colis de {{Noël}} des seniors : inscription jusqu'au {{30 novembre}}, distribution le {{16 décembre}} à la {{salle Bourvil}}. Il demande s'il peut aussi prendre celui de sa voisine qui marche plus. Oui, avec une procuration signée. Il dit « elle signe plus trop non plus ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail, {{10h20}}. On sonne chez M. [[PERSONNE:Lecanu]], [[ADRESSE:22 impasse des Pommiers, Vire Normandie]]. Il est là, en pyjama, pas ravi. Sorties autorisées {{14h-16h}} donc RAS. L'agent ([[PERSONNE:Olivier Cauchois]]) vérifie la CNI : né le [[DATE_NAISSANCE:30/06/1971]]. Arrêt du {{15 janvier}} au {{15 février}}, lombalgie. Visite {{8 min}}, chien qui aboie ({{Rocky}}).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant. La conseillère ([[PERSONNE:Inès]]) rappelle M. [[PERSONNE:Da Silva]] pour son rdv manqué du {{4 avril}}. Il dit qu'il était à l'enterrement de sa mère au {{Portugal}}. Elle note, reprogramme au {{mardi 16}} à {{9h30}}. Elle lui fait épeler son mail : [[EMAIL:r.dasilva76@orange.fr]], deux fois parce que « r point ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Diallo]] au tel, on entend un bébé derrière. Elle veut déclarer la naissance de [[PERSONNE:Aïssatou]], née le [[DATE_NAISSANCE:vingt-neuf février]]. L'agent : « [[DATE_NAISSANCE:2024]] donc, année bissextile, ok ça existe 😅 ». Num alloc : [[N_ALLOCATAIRE:0931547]]. Il lui dit de faire la démarche sur {{caf.fr}}, elle dit qu'elle a pas d'ordi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente, {{19h}}. {{31 personnes}}. Écran : « temps d'attente estimé {{4h30}} ». Une dame lit {{Ouest-France}}. Un gamin avec le bras en écharpe joue à {{Mario Kart}} sur {{Switch}}, le son à fond. Personne ne dit rien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune femme, [[PERSONNE:Mariam Konaté]], sortie de formation le {{30 juin}}. Le conseiller ([[PERSONNE:Bastien]]) saisit : née le [[DATE_NAISSANCE:14/02/2003]], « ah la {{Saint-Valentin}} ! » elle lève les yeux au ciel. Adresse : [[ADRESSE:12 résidence Lombardie, 76000 Rouen]]. Tel [[TELEPHONE:07 81 44 29 06]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} d'{{Évreux}}. [[PERSONNE:Maria Popescu]] vient chercher son courrier : une lettre de la {{préfecture}}, une de la {{CPAM}}. L'agente vérifie l'identité sur le passeport roumain, [[DATE_NAISSANCE:23.11.1984]]. [[PERSONNE:Maria]] dit que ses enfants sont nés en [[DATE_NAISSANCE:2008]], [[DATE_NAISSANCE:2011]] et [[DATE_NAISSANCE:2017]], les deux grands sont restés en {{Roumanie}} chez sa mère.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{21h40}}. Une femme appelle depuis la {{gare de Rouen}} avec {{2 enfants}}. L'écoutante prend : nom [[PERSONNE:Tshibanda]], prénom [[PERSONNE:Grâce]], enfants [[PERSONNE:Exaucé]] (« né en [[DATE_NAISSANCE:2019]]... non [[DATE_NAISSANCE:2018]] ») et [[PERSONNE:Merveille]], {{8 mois}}. Place trouvée à l'{{hôtel Première Classe}}, {{chambre 14}}, via le {{SIAO}}. Réf SIAO [[IDENTIFIANT:SIAO76-2024-08813]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h}}, pic. {{22 tickets}} en attente. Presque tout le monde vient pour l'{{ARS}} : « c'est quand ? » → le {{19 août}} cette année. L'agent d'accueil l'a dit au moins {{10 fois}} devant moi. Il a fini par l'écrire sur une feuille A4 scotchée au comptoir.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Rakotomalala]] (elle épelle : [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]]) veut sa carte {{Vitale}}. L'agent ([[PERSONNE:Benoît]]) demande l'acte de naissance malgache : née le [[DATE_NAISSANCE:15 juin 1988]] à {{Antananarivo}}. La traduction est pas d'un traducteur assermenté, à refaire. Elle avait déjà eu rdv le {{2 avril}} pour la même chose. Elle revient le {{22}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Pendant {{20 min}} : un seul appel pour une reprise d'emploi (début le {{lundi 3}}), tout le reste c'est des problèmes de connexion à l'{{appli France Travail}}. La conseillère : « elle plante tous les débuts de mois, c'est connu ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une ado, [[PERSONNE:Lilou Bréard]], {{15 ans}}, arrive avec sa prof de sport après une chute au {{collège Jean-Moulin}}. L'agent demande la date de naissance, la prof sait pas, la gamine répond « le [[DATE_NAISSANCE:4/09/2009]] » toute pâle. Mère joignable au [[TELEPHONE:06 72 18 40 95]], répondeur. La prof doit repartir à {{16h}} pour sa classe.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission. [[PERSONNE:Yonas Tesfaye]], érythréen. Date de naissance sur le titre de séjour : [[DATE_NAISSANCE:01/01/1996]]. Il explique que c'est la préfecture qui a mis le [[DATE_NAISSANCE:1er janvier]], en vrai il sait pas, sa mère disait « pendant la saison des pluies ». Titre n° [[IDENTIFIANT:7603129548]]. Arrivé à {{Caen}} le {{18 octobre 2022}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources chez M. et Mme [[PERSONNE:Sow]], [[ADRESSE:Bât C, 4 rue Camille Saint-Saëns, 27000 Évreux]]. La contrôleuse ([[PERSONNE:Valérie Lesueur]]) épluche les relevés du compte [[IBAN:FR76 3000 4018 3200 0102 7451 961]] : virement {{Caf}} le {{5}}, salaire le {{1er}}, et {{300 €}} chaque mois libellé « [[PERSONNE:MOUSSA]] ». C'est le cousin qui rembourse une dette, dit M. [[PERSONNE:Sow]]. Elle demande une attestation écrite.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : une dame veut savoir si sa cure à {{Bagnoles-de-l'Orne}} est remboursée, départ prévu le {{2 septembre}}. La conseillère explique la demande de prise en charge, délai {{3 semaines}}, et que l'hébergement c'est sous condition de ressources. Elle répète « sous condition de ressources » {{3 fois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Ahmad Ahmadi]], réfugié afghan, vient pour une formation {{FLE}}. Sur sa tazkira l'année de naissance est [[DATE_NAISSANCE:1379]] (calendrier persan), sur le titre de séjour [[DATE_NAISSANCE:01/01/2000]]. La conseillère ([[PERSONNE:Hélène Guérout]]) fait le calcul sur son tel : « ça colle à peu près ». Identifiant [[ID_FRANCE_TRAVAIL:5620193 L]]. Formation à {{Hérouville}} à partir du {{9 septembre}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent ([[PERSONNE:Laurent]]) rappelle une allocataire : prime d'activité suspendue, la trimestrielle a pas été faite avant le {{15 avril}}. Il vérifie l'identité : « vous êtes bien Mme [[PERSONNE:Hue]], née le [[DATE_NAISSANCE:3 août 1976]] ? » — « non, Mme [[PERSONNE:Huet]], avec un T ! ». Il était sur le dossier d'une homonyme. Il s'excuse, raccroche, rappelle la bonne personne.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un ambulancier appelle pour annoncer une patiente de l'{{EHPAD Les Tilleuls}} de {{Flers}} : Mme [[PERSONNE:Germaine Osmont]], {{94 ans}}, chute dans la chambre. L'IOA note « DDN [[DATE_NAISSANCE:17/05/1930]] ». Arrivée prévue {{15h45}}. Elle soupire, box 4 déjà pris.",
    ),
]

# Notes 035-068.
NOTES_2 = [
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}} ([[PERSONNE:Sandrine Deshayes]]) chez Mme [[PERSONNE:Paulette Marguerie]], [[ADRESSE:9 rue des Capucins, 61000 Alençon]]. {{88 ans}}, veuve depuis le {{2 novembre 2019}}, « le jour des morts, vous vous rendez compte ». Demande de portage de repas. Sa carte d'identité date de {{1998}} : née le [[DATE_NAISSANCE:24 juillet 1936]]. Elle nous sert du café et des {{sablés}} dans une boîte en fer {{Traou Mad}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Couple avec poussette, ils habitent la {{Grâce de Dieu}}. L'agent saisit la composition du foyer en les écoutant :\n- [[PERSONNE:Amadou Ba]], [[DATE_NAISSANCE:1985]]\n- [[PERSONNE:Khady Ba]] née [[PERSONNE:Seck]], [[DATE_NAISSANCE:3 mars 1991]]\n- [[PERSONNE:Ibrahima]], [[DATE_NAISSANCE:04/2016]]\n- [[PERSONNE:Fatou]], [[DATE_NAISSANCE:21/10/2020]]\nLe père : « moi juste l'année, au pays on notait pas le jour ». Emménagés le {{1er juillet}}, demande d'{{APL}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Ferreira]] vient avec sa carte Vitale qui passe plus. L'agent relit le numéro au dos pour le formulaire : [[NIR:176039913905843]]. « {{99}} c'est né à l'étranger, {{139}} c'est le {{Portugal}} » m'explique l'agent. Né le [[DATE_NAISSANCE:21/03/1976]] à {{Braga}}. Nouvelle carte sous {{3 semaines}}. Il bosse chez {{Ferreira & Fils Maçonnerie}}, la boîte de son oncle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{14h}}. Appel d'une conseillère de la {{Mission locale}} pour un jeune, [[PERSONNE:Enzo Lebas]], {{19 ans}}, mis dehors par sa mère le {{1er mai}} (« la fête du travail, bravo »). Né le [[DATE_NAISSANCE:7 mars 2005]]. Elle donne le portable du jeune : [[TELEPHONE:07.58.23.91.40]]. Inscrit sur liste d'attente, rappel demain {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence du {{Havre}}, {{Caucriauville}}. {{3 PC}} en libre accès, un seul marche. Le jeune en service civique aide une dame à scanner son attestation employeur avec son propre téléphone. Au mur : « JOB DATING LOGISTIQUE {{12 MARS}} {{9H-12H}} ». Le flyer dit que {{Port 2000}} recrute.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Kaya]], [[ADRESSE:Résidence Les Courlis, bât B, appt 23, 14123 Ifs]]. Déclaré isolé. La contrôleuse ([[PERSONNE:Florence]]) demande le bail, l'avis d'imposition, les relevés. Sur la boîte aux lettres : « [[PERSONNE:KAYA]] - [[PERSONNE:DEMIR]] ». Mme [[PERSONNE:Demir]] c'est son ex, dit-il, partie en {{septembre}}, il a juste pas enlevé l'étiquette. Elle prend une photo de la boîte.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sortant pour un dossier {{C2S}} incomplet. « je vous rappelle pour votre demande du {{12 février}}, il manque l'avis d'impôt ». Le monsieur, [[PERSONNE:Miloud Zeroual]], dit qu'il l'a posté le {{14}}. Elle cherche, rien. Il donne son mail pour qu'elle renvoie la liste des pièces : [[EMAIL:miloud.zeroual(at)laposte.net]]. Elle préfère qu'il passe par son compte {{Ameli}}, il en a pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme arrive à moto, casque encore sur la tête, main en sang dans un torchon. Moto garée devant l'entrée des ambulances, le vigile gueule : « c'est à qui la [[IMMATRICULATION:ES 482 LH]] ?? ». L'IOA enregistre [[PERSONNE:Julien Tostain]], {{31 ans}}, tri {{niveau 2}}. Il s'est coupé avec une disqueuse.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide alimentaire. Mme [[PERSONNE:Hasanović]] vient avec sa fille qui traduit ({{12 ans}}). L'agente demande les dates de naissance du foyer, la fille récite : « maman [[DATE_NAISSANCE:quatorze quatre quatre-vingt-deux]], papa [[DATE_NAISSANCE:deux un quatre-vingt]], moi [[DATE_NAISSANCE:20 septembre 2011]], [[PERSONNE:Emir]] [[DATE_NAISSANCE:2015]] ». Bon pour l'{{épicerie solidaire}}, {{3 semaines}}, le {{jeudi}} de {{14h}} à {{17h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur appelle le {{3949}} : courrier de radiation. La conseillère ([[PERSONNE:Morgane]]) demande l'identifiant, il le dit : « [[ID_FRANCE_TRAVAIL:quatre un deux zéro neuf huit sept, H]] ». Elle tape [[ID_FRANCE_TRAVAIL:4120987H]]. « Vous étiez convoqué le {{10 octobre}} ». Il a rien reçu. Adresse pas à jour, toujours l'ancienne : [[ADRESSE:18 rue Jean Jaurès, 50100 Cherbourg-en-Cotentin]]. Recours possible sous {{2 mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit déj du {{CHRS}}, {{7h45}}. « [[PERSONNE:Nanard]] », {{62 ans}}, ici depuis le {{15 décembre}}, fête son anniv aujourd'hui : le cuisinier ([[PERSONNE:Rachid]]) a fait un quatre-quarts avec une bougie. [[PERSONNE:Nanard]] dit qu'il a pas fêté son anniversaire depuis {{1987}}. Tout le monde chante, lui regarde son bol.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur très énervé : trop-perçu de {{1 840 €}} sur l'{{AAH}}. L'agent ([[PERSONNE:Sébastien Leconte]]) demande le numéro allocataire, il le lit chiffre par chiffre : « [[N_ALLOCATAIRE:3 1 5 0 2 7 4]] ». Le trop-perçu vient de la pension d'invalidité déclarée en retard (versée depuis le {{1er octobre}}). Remise de dette possible, formulaire à remplir. Le monsieur : « je vais vous le mettre où je pense votre formulaire ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h du matin}}. Le {{SMUR}} rentre, puis {{2 policiers}} avec un homme menotté pour un certificat de compatibilité avec la garde à vue. L'agent d'accueil me dit que c'est « toutes les nuits ou presque ». Aucun nom prononcé devant moi.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite de l'agent enquêteur chez Mme [[PERSONNE:Lefranc]], [[ADRESSE:2 chemin du Moulin, 27400 Louviers]], en {{IJ}} depuis le {{8 novembre}} mais signalée vendant des légumes au marché le {{samedi}}. Elle ouvre : c'est sa sœur jumelle qui tient le stand ! Même date de naissance évidemment, [[DATE_NAISSANCE:18/01/1979]]. L'agent photocopie les deux CNI. La sœur s'appelle [[PERSONNE:Nadège Lefranc]]. Il repart en rigolant à moitié.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère entreprise ([[PERSONNE:Audrey Lesage]]) présente une offre au jeune [[PERSONNE:Ilyes]] : cariste, {{Sotteville-lès-Rouen}}, {{CDD 6 mois}}, démarrage le {{2 septembre}}. Il a les {{CACES}} passés en {{2022}}. Offre n° {{178QJKP}}. Elle lui envoie le lien par mail : [[EMAIL:ilyes.b76@gmail.com]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme enceinte, [[PERSONNE:Chloé Vautier]], vient déclarer sa grossesse. Terme prévu le {{14 août}}. L'agent explique : prime versée au {{7e mois}}, donc vers la mi-juin. Il vérifie ses infos : née le [[DATE_NAISSANCE:12/12/2001]], mail [[EMAIL:chlo.vautier@hotmail.fr]]. Elle demande si le papa doit venir. « Pas obligé ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Matinée tel : {{3 appels}} pour la navette seniors du {{mardi}}, {{1 appel}} pour le repas des aînés du {{12 janvier}}, {{2 appels}} pour s'inscrire au {{plan canicule}} (chaleur annoncée à partir du {{10 juillet}}). L'agente note tout dans un cahier à spirale, pas de logiciel.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement relais, [[ADRESSE:45 rue de Bretagne, 76100 Rouen]], avec l'éducateur ([[PERSONNE:Ludovic]]). Famille [[PERSONNE:Grigoryan]], arméniens, recours en cours à la {{CNDA}}, audience le {{6 novembre}}. Les enfants : [[PERSONNE:Narek]], né le [[DATE_NAISSANCE:9.3.2013]], et [[PERSONNE:Ani]], née le [[DATE_NAISSANCE:17.10.2016]], dates lues sur les actes arméniens traduits. Fuite sous l'évier, l'éduc appelle {{Rouen Habitat}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle à {{17h40}} pour savoir si son père est arrivé. « Nom ? » « [[PERSONNE:Gosselin]], [[PERSONNE:Jean-Claude]] » « Date de naissance ? » « euh... [[DATE_NAISSANCE:1947]]... ou [[DATE_NAISSANCE:48]] ? ». Elle trouve quand même (un seul [[PERSONNE:Gosselin]] aujourd'hui). Aucune info médicale, juste « il est pris en charge ». Il laisse son numéro [[TELEPHONE:+33 6 31 07 82 54]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel de [[PERSONNE:Samia Gharbi]]. Fin de contrat saisie : {{31/08}}. Elle dit que c'est le {{31/07}}. La conseillère ([[PERSONNE:Manon]]) corrige, ça décale l'ouverture des droits. Identifiant : [[ID_FRANCE_TRAVAIL:0745216 Y]]. « et votre date de naissance pour vérifier ? » « [[DATE_NAISSANCE:vingt-cinq du dix, quatre-vingt-sept]] ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche à l'accueil : « FERMETURE EXCEPTIONNELLE LE {{VENDREDI 10 MAI}} (PONT DE L'{{ASCENSION}}) ». Un monsieur la lit à voix haute et dit « encore !! ». L'agent : « c'est national monsieur ». {{9h50}}, {{11 personnes}} dans la salle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Kamara]] vient pour la {{complémentaire santé solidaire}} de ses enfants. L'agent lit les actes : [[PERSONNE:Mohamed]] ([[DATE_NAISSANCE:14/07/2012]]) et [[PERSONNE:Hawa]] ([[DATE_NAISSANCE:06/06/2018]]). Il dit « ah le [[DATE_NAISSANCE:14 juillet]] et le [[DATE_NAISSANCE:6 juin]], la fête nationale et le {{Débarquement}} ! ». Elle rit pas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{18h20}}. Une dame âgée, [[PERSONNE:Jacqueline]], {{71 ans}}, son fils l'a mise dehors. L'écoutante demande le nom : « [[PERSONNE:Duval]], comme la moitié de {{Dieppe}} ». Née le [[DATE_NAISSANCE:3 juin 1953]]. Pas de place femme seule à Dieppe ce soir, on lui propose {{Rouen}}, elle refuse. Rappel à {{20h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Piotr Nowak]] (il épelle [[PERSONNE:N-O-W-A-K]]), chauffeur {{PL}}, permis polonais à échanger. Il donne sa date de naissance à la polonaise, « [[DATE_NAISSANCE:1984-11-02]] », la conseillère retape [[DATE_NAISSANCE:02/11/1984]]. Identifiant [[ID_FRANCE_TRAVAIL:2903318 M]]. Sa voiture est encore en plaques polonaises, [[IMMATRICULATION:PO 5K721]], il a peur des contrôles.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bébé de {{3 semaines}}, [[PERSONNE:Maël]], fièvre. Les parents : né le [[DATE_NAISSANCE:28 janvier]] à la {{Polyclinique du Parc}}. Pas encore de carte Vitale, rattaché à la mère, Mme [[PERSONNE:Lepetit]], {{31 ans}}. L'agente lit le numéro sur l'attestation : [[NIR:2 93 04 14 327 145 12]]. Tri rapide, direct en pédiatrie.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame a déménagé de {{Cherbourg}} à {{Granville}}. Nouvelle adresse : [[ADRESSE:5 bis rue Couraye, 50400 Granville]]. L'agent ([[PERSONNE:Maxime]]) demande la date d'emménagement : le {{15 mars}}. RIB à changer aussi, nouvelle banque : [[IBAN:FR76 1660 6100 2108 2147 3901 663]]. Elle lit les chiffres par 4, il répète derrière.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Gérard Lelièvre]] demande une aide pour les obsèques de sa femme, décédée le {{27 février}}. Il sort l'acte de décès : [[PERSONNE:Monique Lelièvre]] née [[PERSONNE:Féron]], née le [[DATE_NAISSANCE:9 avril 1944]] à {{Fécamp}}. Devis des {{Pompes funèbres Lemarchand}} : {{3 980 €}}. L'agente pose sa main sur la sienne. Silence.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Serveur vocal du {{3646}} : « tapez 1... ». Attente annoncée {{12 minutes}}, réelle {{27 min}}. La conseillère dit que le lundi c'est toujours pire, et le lendemain des jours fériés encore plus : « le {{2 janvier}}, une horreur ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil d'une nouvelle arrivante : [[PERSONNE:Awa Cissé]], née en [[DATE_NAISSANCE:99]], avec son fils [[PERSONNE:Souleymane]] (né le [[DATE_NAISSANCE:30/11/2021]]). Orientée par le {{SIAO}} du {{Calvados}} le {{4 mars}}. Règlement intérieur lu ensemble, sorties jusqu'à {{22h}}. Elle signe le contrat de séjour, dossier SIAO [[IDENTIFIANT:SIAO14-23-4471]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Steeve]] (deux e, il insiste), {{42 ans}}, ex-intérimaire chez {{Renault Sandouville}}. Il veut se mettre à son compte en menuiserie. Il montre à la conseillère son compte {{Insta}} où il poste ses meubles : [[IDENTIFIANT:@steeve_bois_76]]. Elle lui parle de l'{{ARCE}} et d'un atelier création le {{18 juin}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{20h15}}. Une dame, [[PERSONNE:Zhang Wei]], parle très peu français. Son mari tend le passeport chinois : date de naissance [[DATE_NAISSANCE:12 OCT 1989]], n° [[IDENTIFIANT:EH4827391]]. L'agente passe par {{Google Traduction}} sur son propre tel pour demander où elle a mal.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour une aide ménagère : M. [[PERSONNE:Marcel Houel]], [[ADRESSE:lieu-dit La Croix Blanche, 14400 Bayeux]]. Né en [[DATE_NAISSANCE:1931]], « l'année où papa a acheté la ferme ». Il sort une photo du {{6 juin 1944}}, il avait {{13 ans}}, des soldats américains dans la cour. L'agente ([[PERSONNE:Émilie]]) note : escalier raide, pas de barre d'appui, chauffage au bois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{14h05}}. Mme [[PERSONNE:Oliveira]] apporte l'acte de naissance de son fils né au {{Portugal}} pendant les vacances : [[PERSONNE:Tiago Oliveira Santos]], nascido em [[DATE_NAISSANCE:3 de agosto de 2023]]. L'agent lit « três de agosto » avec l'accent, ça détend tout le monde. Pas de traduction à faire, c'est le formulaire plurilingue {{européen}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur appelle ({{boulangerie Au Pain d'Antan}}, {{Bolbec}}) pour une {{POEI}}. Il parle d'un candidat : « le petit [[PERSONNE:Jordan]], [[PERSONNE:Jordan Leroux]] », né le [[DATE_NAISSANCE:2 janvier 2006]], qu'il veut former au fournil. La conseillère prend le portable du patron, M. [[PERSONNE:Quesnel]] : [[TELEPHONE:06 09 52 71 38]].",
    ),
]

# Notes 069-102.
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "Ouverture de droits {{RSA}}. Mme [[PERSONNE:Nadia Benali]], séparée depuis le {{20 janvier}}. L'agente ([[PERSONNE:Corinne]]) recopie le numéro de sécu de l'attestation : [[NIR:2 87 03 14 118 042 67]], née le [[DATE_NAISSANCE:14/03/1987]] à {{Caen}}. Nouveau numéro allocataire créé devant nous : [[N_ALLOCATAIRE:4419026]]. Premier versement « pas avant le {{5 avril}} ». Elle demande comment elle fait d'ici là.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Pereira]] appelle pour savoir si la {{prime de Noël}} tombera avant le {{25}}. L'agent ([[PERSONNE:Yannick]]) : « versement autour du {{17 décembre}} ». Pour vérifier il demande le numéro, le monsieur le dit en entier : « [[N_ALLOCATAIRE:cinq millions deux cent trente mille quatre cent dix-huit]] ». L'agent le retape sans broncher, il a l'habitude.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Sylvie Grandin]], [[ADRESSE:appt 12, 3 place du Marché, 76400 Fécamp]]. Foyer déclaré :\n• elle, [[DATE_NAISSANCE:08/08/1980]]\n• [[PERSONNE:Lucas]], [[DATE_NAISSANCE:2004]], étudiant à {{Rouen}}\n• [[PERSONNE:Manon]], [[DATE_NAISSANCE:2009]]\n[[PERSONNE:Lucas]] revient les week-ends. Le contrôleur ([[PERSONNE:Patrice Delamare]]) demande le certificat de scolarité et vérifie le RIB : [[IBAN:FR76 1830 6002 3171 2495 5038 815]]. RAS, il le dit à voix haute, elle pleure de soulagement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un ado, [[PERSONNE:Yanis]], {{16 ans}}, vient seul pour sa première carte Vitale. Il hésite sur sa date de naissance (!) : « [[DATE_NAISSANCE:2008]]... le [[DATE_NAISSANCE:19 juin]] ». L'agente crée le compte {{Ameli}} avec lui, mail [[EMAIL:yaniss_lbs@outlook.fr]], code reçu par SMS. Il repart content, {{12 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Saïda Belkacem]] appelle pour sa pension d'invalidité. La conseillère demande le numéro de sécurité sociale, elle le dicte en paquets : « [[NIR:deux, soixante-dix-neuf, zéro six, quatre-vingt-dix-neuf, trois cent cinquante-deux, zéro quatre-vingt-huit, soixante-dix]] ». Née à {{Oran}} le [[DATE_NAISSANCE:2 juin 1979]]. Dossier transmis au médecin-conseil le {{12 mars}}, pas de réponse.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne {{14 fois}} en {{1h}}. Surtout des familles qui veulent des nouvelles. Réponse toujours la même : « je ne peux rien dire par téléphone, appelez le service ». L'infirmière me dit qu'à {{Noël}} c'était pire, et le {{31 décembre}} « n'en parlons pas ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Abdoulaye Traoré]] se présente avec son attestation de demande d'asile, n° {{AGDREF}} [[IDENTIFIANT:1402751836]], né le [[DATE_NAISSANCE:31/12/1999]] (« c'est eux qui ont écrit ça »). Pas d'{{AME}}, pas encore de {{PUMa}}. L'agente fait une fiche {{PASS}}. Douleur dentaire depuis {{5 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de secours d'urgence. Mme [[PERSONNE:Lamia Tahiri]] montre la quittance {{Caen la mer Habitat}}, réf locataire [[IDENTIFIANT:0048213-01]], dette {{1 260 €}}. Commission le {{25 juin}}. Elle ajoute que sa fille [[PERSONNE:Jana]] fête ses {{10 ans}} le [[DATE_NAISSANCE:28 juin]] et qu'elle pourra rien lui offrir. L'agente lui parle du {{Secours populaire}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour inscrire son père, M. [[PERSONNE:Jean Toutain]], au {{registre canicule}}. L'agente remplit la fiche : adresse [[ADRESSE:11 rue de la Libération, 61200 Argentan]], fixe [[TELEPHONE:02 33 67 14 09]], né le [[DATE_NAISSANCE:13/02/1940]]. Personne à prévenir : sa fille [[PERSONNE:Martine]], [[TELEPHONE:06 84 27 90 13]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un monsieur parle anglais : [[PERSONNE:Abdirahman Warsame]], somalien. « Date of birth ? » « [[DATE_NAISSANCE:first of January nineteen ninety-eight]] ». L'écoutante ([[PERSONNE:Pauline]]) me dit après que la moitié des gens de la {{Corne de l'Afrique}} sont « nés le {{1er janvier}} » sur les papiers. Place à la {{halte de nuit}} de {{Caen}} à partir de {{21h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement {{ALT}} : [[ADRESSE:apt 4, 27 rue Saint-Sever, 76100 Rouen]]. Résident : [[PERSONNE:Kevin Marie]]. Il a repeint la chambre en vert. Il demande quand il aura un vrai bail, l'éducatrice répond « commission {{SIAO}} le {{3 octobre}} ». Son chat s'appelle {{Tigrou}}, il a pas le droit d'avoir un chat 🙃",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Signature {{CEJ}}. [[PERSONNE:Nathan Le Cornec]], né le [[DATE_NAISSANCE:3 octobre 2000]], {{23 ans}}. Le conseiller ([[PERSONNE:Romain]]) lit l'identifiant à voix haute en le recopiant : « [[ID_FRANCE_TRAVAIL:618 4072 T]] ». Début du parcours le {{1er février}}, {{15 à 20 heures}} d'activité par semaine. [[PERSONNE:Nathan]] demande si l'allocation tombe le {{5}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de [[PERSONNE:Agnieszka Wiśniewska]] : entretien au {{Casino Barrière}} de {{Deauville}} le {{14 mai}}, elle veut une aide pour le train. La conseillère explique l'{{aide à la mobilité}}, il faut la demander avant. Elle lui envoie le formulaire : [[EMAIL:a.wisniewska@wp.pl]], « w, p, point, p, l, c'est polonais ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'info saison estivale {{Cabourg}} / {{Houlgate}} : postes du {{1er juin}} au {{15 septembre}}, logement non fourni. {{14 personnes}}. La conseillère projette des offres ({{Campanile}}, {{Carrefour Market}}, un glacier). Question qui revient : « et on dort où ? ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente ukrainienne, [[PERSONNE:Olena Kovalenko]], protection temporaire, {{APS}} n° [[IDENTIFIANT:1403981274]]. Sur le passeport ukrainien : [[DATE_NAISSANCE:07.05.1966]]. L'agente tape d'abord [[DATE_NAISSANCE:05/07/1966]], se rend compte, corrige. « Le jour d'abord, toujours le jour d'abord » elle se répète.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un vieux monsieur attend sur un brancard dans le couloir depuis {{6h}}. Il demande l'heure toutes les {{10 minutes}}. On est le {{24 décembre}}. Les soignants ont mis une guirlande sur le chariot de soins.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie chez M. [[PERSONNE:Hakim Saidi]], [[ADRESSE:6 rue des Lilas, 27200 Vernon]]. Personne. La voisine : « il est parti au {{Maroc}} le {{12}} ». Pourtant sa voiture ([[IMMATRICULATION:DL-207-WR]] d'après le dossier) est sur le parking. L'agent laisse un avis de passage, convocation sous {{48h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Naissance de jumeaux. M. [[PERSONNE:Rodrigues]] : « [[PERSONNE:Léo]] le [[DATE_NAISSANCE:31/12/2023]] à {{23h52}}, [[PERSONNE:Lina]] le [[DATE_NAISSANCE:01/01/2024]] à {{0h07}} ». L'agent : « jumeaux mais pas la même année !! ». Le père est fier, il l'a raconté à tout le monde, visiblement.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{15h30}}. [[PERSONNE:Mathis]], {{20 ans}}, demande d'APL pour un studio à {{Caen}}, près du {{campus 1}}. Loyer {{412 €}}, bail du {{1er septembre}}. Né le [[DATE_NAISSANCE:25/12/2003]], l'agente : « un petit {{Jésus}} ». Son dossier a été créé en ligne sous le n° [[N_ALLOCATAIRE:7 714 382]] mais il manque l'attestation de loyer.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une femme qui a quitté le domicile le {{8 mars}} (« le jour des droits des femmes, exprès »). Adresse pas donnée, confidentielle. L'agente ([[PERSONNE:Bérengère]]) bascule les versements sur son compte à elle seule : [[IBAN:FR76 1659 8000 0140 0098 4325 124]], un compte {{Nickel}} ouvert au {{tabac}}. Elle veut pas que son ex voie quoi que ce soit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Rattachement d'un nouveau-né. Mme [[PERSONNE:Leïla Mansouri]] : « elle s'appelle [[PERSONNE:Sara]], sans h ». « Née le ? » « [[DATE_NAISSANCE:22 avril]], à la maternité de {{Lisieux}} » « l'année ? » « bah cette année ! ». L'agente rit, tape, imprime l'attestation.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien budget avec [[PERSONNE:Patrick Lecoq]], {{57 ans}}, sorti de détention le {{14 février}}. Dettes : une facture {{Free}} n° [[IDENTIFIANT:FA-2023-0981442]], une amende. Il voudrait récupérer sa voiture à la fourrière, vieille plaque [[IMMATRICULATION:8842 WK 76]]. L'éducatrice calcule : la fourrière c'est {{9 € par jour}} depuis {{novembre}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} à {{0h30}} : {{4 appels}} en {{20 min}}, des habitués d'après l'écoutant. Il fait {{-3°}}, {{plan grand froid}} déclenché depuis le {{6 janvier}}. Le {{gymnase Léo Lagrange}} est ouvert en renfort jusqu'au {{15 janvier}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour logement indigne chez M. [[PERSONNE:Mbemba]], [[ADRESSE:4 impasse du Val, 76200 Dieppe]], quartier {{Neuville}}. Moisissures dans la chambre des enfants. Propriétaire privé, M. [[PERSONNE:Hébert]], injoignable depuis {{mars}}. L'agent prend des photos pour le signalement.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Berisha]] fait sa demande de logement social. N° unique d'enregistrement : [[IDENTIFIANT:027062312345678]]. Composition du foyer dite de tête :\n[[PERSONNE:Arben]] [[DATE_NAISSANCE:1978]]\nelle [[DATE_NAISSANCE:1981]]\n[[PERSONNE:Drita]] [[DATE_NAISSANCE:2005]]\n[[PERSONNE:Blerim]] [[DATE_NAISSANCE:2010]]\nArrivés en {{France}} le {{2 mars 2015}}, régularisés en {{2021}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Catherine Lebrun]] veut changer le compte de ses remboursements. La conseillère dit que ça se fait pas par téléphone, il faut passer par {{Ameli}}. Elle commence quand même à lire son RIB : « [[IBAN:20041 01005 0512384K026 43]] », la conseillère l'arrête. « Madame, ne me le dites pas ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Timéo Lefebvre]], {{6 ans}}, mordu au mollet par le chien du voisin, un malinois qui s'appelle {{Rambo}}. La mère donne la date : « [[DATE_NAISSANCE:12 du 4 2018]] ». Le père arrive, pas d'accord : « non, il est né le [[DATE_NAISSANCE:11]] ! » Ils se disputent devant le guichet. L'acte de naissance dit le [[DATE_NAISSANCE:11 avril]]. Le père a gagné.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle au camping. [[PERSONNE:Kevin Lambert]] vit à l'année au [[ADRESSE:camping Le Clos Normand, emplacement 41]], à {{Houlgate}}, dans un mobil-home. Installé depuis le {{1er novembre 2021}}. Né le [[DATE_NAISSANCE:05/05/1969]]. Le contrôleur note aussi le camping-car garé à côté, [[IMMATRICULATION:BX-115-QN]]. Il fait froid dedans, chauffage d'appoint.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Emma Delaunay]] veut passer le {{BAFA}}. La conseillère vérifie : née le [[DATE_NAISSANCE:20/06/2007]], donc {{17 ans}}, ok. Stage de base du {{21 au 28 octobre}}, vacances de la {{Toussaint}}, aide de la {{Caf}} possible. Elle note tout dans ses notes de tel.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Mohamed Lahlou]] appelle, en colère : son {{ARE}} est pas arrivée. Identifiant [[ID_FRANCE_TRAVAIL:3371840C]]. La conseillère : « le paiement c'est à partir du {{3}}, on est le {{2}} ». Puis : « vous avez changé de banque ? » Oui. Nouveau RIB enregistré : [[IBAN:FR76 1142 5002 0004 4182 6373 144]]. Il se calme.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Alain Lecarpentier]], {{59 ans}}, ex-soudeur chez {{Naval Group}} à {{Cherbourg}}. Il veut savoir quand il pourra partir. Né le [[DATE_NAISSANCE:15 août 1965]] (« l'{{Assomption}}, ma mère était à la messe ! »). La conseillère le renvoie à la {{Carsat}}, rdv possible au {{1er trimestre}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une mandataire de l'{{UDAF}} appelle pour un majeur protégé, M. [[PERSONNE:Philippe Auvray]], sous curatelle depuis le {{16 mai 2022}}. Num alloc [[N_ALLOCATAIRE:1628093]]. Elle donne son mail pro pour recevoir les courriers : [[EMAIL:c.rault@udaf14.fr]] ([[PERSONNE:Céline Rault]]).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le Dr [[PERSONNE:Benhamou]] (généraliste à {{Mondeville}}) appelle pour adresser M. [[PERSONNE:Gilles Vallée]], {{78 ans}}, suspicion d'AVC, né le [[DATE_NAISSANCE:02/03/1946]]. Il laisse son portable perso pour le retour : [[TELEPHONE:06.61.03.42.87]]. L'IOA prévient le neuro.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Inscription à l'{{examen de prévention santé}}. Mme [[PERSONNE:Marie-Thérèse Jeanne]] : rdv le {{mardi 12 novembre}} à {{8h}}, à jeun. Née le [[DATE_NAISSANCE:30 septembre 1950]]. Elle demande si c'est « pour les vieux » : l'agent dit que c'est pour tout le monde à partir de {{16 ans}}.",
    ),
]

# Notes 103-136.
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Samir Aït Ouali]] vient pour l'{{ASF}}. La mère des enfants est « partie en {{Algérie}} le {{15 juillet 2022}} et jamais revenue ». Enfants : [[PERSONNE:Rayan]] (né le [[DATE_NAISSANCE:3 février 2013]]) et [[PERSONNE:Nour]] (née le [[DATE_NAISSANCE:17 juin 2017]]). L'agent lui explique qu'il faut prouver qu'il a engagé une démarche pour la pension alimentaire. Il dit « je sais même pas où elle habite ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne libre-service. Une dame essaie d'imprimer une attestation de paiement depuis {{10 minutes}}. Mot de passe refusé {{3 fois}}, compte bloqué jusqu'à demain. Elle doit la donner au bailleur avant le {{30}}. Elle part en disant « c'est pas possible ce pays ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une jeune maman, [[PERSONNE:Laura Fontaine]], qui retrouve plus son numéro allocataire. L'agent peut chercher avec le numéro de sécu, elle le lit d'une traite puis la clé : « [[NIR:2950727229064 13]] ». Née le [[DATE_NAISSANCE:9 juillet 1995]] à {{Évreux}}. Trouvé : [[N_ALLOCATAIRE:5038821]]. Il lui conseille de le noter « quelque part où vous le perdrez pas ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Tran]] et Mme [[PERSONNE:Phan]], [[ADRESSE:15 avenue du 6 Juin, 14000 Caen]]. Déclarés séparés depuis le {{1er mars}} mais toujours à la même adresse. Ils expliquent : pas les moyens d'avoir deux logements. Le contrôleur ([[PERSONNE:Franck Huet]]) visite : deux chambres, deux frigos (!), étiquettes sur les étagères. Il note « séparation sous le même toit, cohérent ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur l'[[ADRESSE:aire d'accueil du Chemin des Fondrières, emplacement 9]], à {{Elbeuf}}. Mme [[PERSONNE:Winterstein]] montre le livret de famille : enfants nés en [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2019]]. Ils partent aux {{Saintes-Maries-de-la-Mer}} pour le pèlerinage du {{24 mai}}, le contrôleur demande s'ils reviennent après. Caravane immatriculée [[IMMATRICULATION:GK-902-RB]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Didier Lemarchand]], {{61 ans}}, veut une attestation de droits pour sa mutuelle ({{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:HM8420113657]]). L'agent tape le numéro de sécu, tout collé : [[NIR:162117635121703]]. Né le [[DATE_NAISSANCE:23/11/1962]] au {{Havre}}. Imprimé en {{2 min}}, c'est le plus rapide de la matinée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Attente {{45 min}}. Panneau écrit à la main scotché sur la vitre : « LES DOSSIERS {{CSS}} DÉPOSÉS APRÈS LE {{15}} NE SERONT PAS TRAITÉS AVANT LE MOIS PROCHAIN ». Les gens le prennent en photo. L'agent me glisse que c'est pas officiel, c'est une collègue qui l'a mis.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Jean-Pierre Hamelin]] appelle pour le remboursement de ses lunettes ({{100 % santé}}), facture du {{3 janvier}}. La conseillère vérifie : « vous êtes né le [[DATE_NAISSANCE:8 mai 1958]] ? » « oui, le jour de la victoire, mais en [[DATE_NAISSANCE:58]] hein ». Il veut la réponse par mail : « [[EMAIL:jp point hamelin arobase free point fr]] ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt chez Mme [[PERSONNE:Estelle Jourdain]], [[ADRESSE:3 Le Bourg, 50490 Saint-Sauveur-Lendelin]]. Absente. On attend {{10 min}} dans la voiture, elle revient de la pharmacie avec son sac. Dans les horaires autorisés, donc RAS. Arrêt du {{2}} au {{30 avril}}. Elle nous propose un café, l'agent refuse poliment.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide à la cantine. Mme [[PERSONNE:Ndiaye]], {{3 enfants}} à l'école {{Jules-Ferry}}. L'agente calcule le {{quotient familial}} : {{487}}. Les enfants : [[PERSONNE:Moustapha]] en CE2, [[PERSONNE:Aminata]] en CP, [[PERSONNE:Khadija]] en petite section, née en [[DATE_NAISSANCE:novembre 2020]]. Tarif à {{0,90 €}} le repas à partir du {{2 septembre}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence écrivain public, {{lundi}} {{9h-12h}}. {{5 personnes}} : un courrier au bailleur, une résiliation {{SFR}}, une lettre pour la naturalisation, un recours {{MDPH}}, un CV. Le bénévole tape avec deux doigts mais il a une patience d'ange.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur a reçu une lettre de la {{Caf}} qu'il comprend pas. L'agente ([[PERSONNE:Nadia]]) lui propose de venir le {{jeudi 4}} à {{10h30}}. Il donne son nom : « [[PERSONNE:Kouassi]], prénom [[PERSONNE:Koffi]], [[PERSONNE:K-O-F-F-I]] ». Tel [[TELEPHONE:07 45 60 18 23]]. Elle l'écrit sur un post-it jaune.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement d'urgence de la ville à {{Saint-Lô}}, vide depuis le départ de la famille le {{10 avril}}. État des lieux avec l'agente : {{2 ampoules}} grillées, une poussette oubliée, le frigo à dégivrer. Prochaine famille attendue le {{15}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Anthony Dubuc]], {{33 ans}}, entorse au foot. La carte Vitale passe pas, l'agente tape le numéro à la main en le lisant à voix haute : « [[NIR:1.91.02.76.540.153.10]] ». Né le [[DATE_NAISSANCE:17/02/1991]] à {{Rouen}}. Ses potes attendent dehors en crampons.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques du {{CHU}} de {{Caen}}, {{3h}} d'attente. Dessins d'enfants au mur datés « {{Pâques 2023}} ». Distributeur de bonbons vide. Un papa dort assis, son fils dort sur lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient connu, sans domicile, que tout le monde appelle « [[PERSONNE:Tintin]] ». {{4e passage}} ce mois-ci. L'agente connaît sa date de naissance par cœur : « [[DATE_NAISSANCE:2 du 2, 72]] ». Vrai nom [[PERSONNE:Jean-Marc Delahaye]]. Il demande surtout un sandwich.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la gendarmerie de {{Coutances}} : accident sur la {{RN 174}}. Conducteur transporté par les pompiers, véhicule [[IMMATRICULATION:FR-663-AV]]. Ils cherchent à joindre la famille. Nom : [[PERSONNE:Théo Dumont]], né en [[DATE_NAISSANCE:2004]]. L'IOA confirme qu'il est arrivé, rien de plus.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Hamidullah Safi]], {{23 ans}}, réfugié. L'agent ([[PERSONNE:Walid]]) l'aide pour la {{complémentaire santé solidaire}}. NIR : [[NIR:1 01 01 99 212 406 81]], né le [[DATE_NAISSANCE:1er janvier 2001]] à {{Kaboul}} d'après l'{{OFPRA}}. Lui dit que sa vraie date c'est au printemps, « après {{Nowruz}} ». [[PERSONNE:Walid]] traduit en dari, je comprends rien.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine du {{jeudi}} : {{8 résidents}}, couscous. Budget {{40 €}} pour tout le monde. On mange à {{12h30}}. Discussion sur le {{ramadan}} qui commence le {{11 mars}} et sur les horaires du repas du soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : une mère sortie de la maternité de {{Cherbourg}} sans solution, bébé de {{10 jours}}. [[PERSONNE:Bintou Sangaré]], bébé [[PERSONNE:Moussa]] né le [[DATE_NAISSANCE:2 mars]]. L'écoutante appelle la maternité, la sage-femme ([[PERSONNE:Anne-Sophie]]) confirme. Nuitée à l'{{hôtel Ibis budget}}, {{chambre 203}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi post-{{CHRS}} chez [[PERSONNE:Ludovic Hamon]], relogé [[ADRESSE:8 rue Paul Doumer, 50000 Saint-Lô]] depuis le {{1er juin}}. Appartement nickel. Il montre son échéancier {{Manche Habitat}}, réf [[IDENTIFIANT:MH-2219870]], il a pas un jour de retard. Fin de l'accompagnement le {{31 décembre}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de [[PERSONNE:Jonathan Leroy]], {{35 ans}}, marin pêcheur, débarqué le {{15 novembre}}. Né à {{Dieppe}} le [[DATE_NAISSANCE:04/12/1988]]. La conseillère vérifie le numéro de sécu sur l'attestation : [[NIR:188127621703636]]. Il veut rester dans la pêche, mais « les bateaux ferment les uns après les autres ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Aboubacar Camara]], ancien mineur non accompagné, maintenant majeur. Sa date de naissance change selon les papiers : [[DATE_NAISSANCE:12/07/2005]] sur l'extrait guinéen, [[DATE_NAISSANCE:12/07/2006]] sur le jugement supplétif. Le conseiller prend celle du {{titre de séjour}}, [[DATE_NAISSANCE:2006]]. [[PERSONNE:Aboubacar]] veut être électricien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche à l'accueil : « agence fermée le {{lundi 20 mai}} ({{Pentecôte}}), réouverture le {{mardi 21}} à {{13h30}} ». En dessous quelqu'un a écrit au stylo « ET ON POINTE COMMENT ?? ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien avec [[PERSONNE:Mélanie Hardy]], {{46 ans}}, aide-soignante, le dos foutu. Dossier {{MDPH}} pour la {{RQTH}}, réf [[IDENTIFIANT:76-2023-015487]]. Accord du {{13 septembre 2023}}, valable {{5 ans}}. La conseillère ([[PERSONNE:Sonia]]) l'oriente vers {{Cap emploi}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Cédric Lemaître]] appelle : il a signé un CDI, début le {{2 avril}}. « mon identifiant c'est [[ID_FRANCE_TRAVAIL:1958634 Z]] ». Il veut son attestation par mail : [[EMAIL:cedric.lemaitre@sfr.fr]]. La conseillère le félicite, ça fait plaisir à entendre, c'est le seul appel joyeux de l'heure.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère rappelle [[PERSONNE:Fatima Zahra El Amrani]] pour sa formation d'aide à domicile : entrée le {{4 novembre}} au {{GRETA}} de {{Vernon}}. Numéro fixe noté : [[TELEPHONE:02.32.51.77.06]]. On entend sa fille [[PERSONNE:Yasmine]] qui crie « maman c'est mon anniversaire aujourd'hui ! ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère me montre le script : « Bonjour, {{France Travail}}, [prénom] à votre écoute ». Délai de rappel affiché : {{48h ouvrées}}. En vrai plutôt {{5 jours}} en ce moment, à cause des congés autour du {{15 août}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Marie-Antoinette Santoni]], née à {{Ajaccio}}, vit à {{Honfleur}} depuis {{40 ans}}. La conseillère lit le numéro à l'écran, « [[NIR:2 48 12 2A 004 123 88]] », et me dit « tiens, {{2A}}, la {{Corse}} ». Elle appelle pour son transport sanitaire (dialyse {{lundi}}, {{mercredi}}, {{vendredi}}). Née le [[DATE_NAISSANCE:19 décembre 1948]], {{75 ans}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Hugo Lemercier]] demande si le vaccin de sa fille [[PERSONNE:Margaux]] est remboursé. Née le [[DATE_NAISSANCE:30 mai 2023]], rappel prévu à {{18 mois}}, rdv chez le pédiatre le {{30 novembre}}. Réponse : oui, {{100 %}}. Il dit « même la pharmacie savait pas ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Claes]] d'{{Yvetot}} veut mettre les versements sur le compte belge du couple : [[IBAN:BE58 3630 6314 1279]]. « Mon mari est belge, on a tout là-bas ». L'agent hésite puis vérifie : c'est la zone {{SEPA}}, c'est possible. Num alloc : [[N_ALLOCATAIRE:2 650 871]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Nuit, {{4h10}}. Un appel pour savoir quelle pharmacie est de garde à {{Flers}}, l'IDE donne le {{3237}}. Puis un appel muet. Puis un monsieur qui veut savoir « c'est combien d'attente ce soir » : « environ {{3 heures}} ». Il rappellera.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Lahcen Ouazzani]], {{54 ans}}, demande la prime d'activité, il a repris un travail de nuit. L'agente lit le numéro sur la carte : [[NIR:1700499350112 80]], né à {{Casablanca}} le [[DATE_NAISSANCE:6 avril 1970]]. Il demande si sa femme doit déclarer aussi. Oui, le foyer entier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Aline Cardon]], {{80 ans}}, veut la {{téléassistance}}. Sa date de naissance : « le [[DATE_NAISSANCE:29 février 1944]], je fête tous les quatre ans, j'ai {{20 ans}} et des poussières ». L'agente rit et remplit la fiche. Installation par {{Présence Verte}} sous {{15 jours}}.",
    ),
]

# Notes 137-171.
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Jessica Lamy]], {{28 ans}}, avec son fils [[PERSONNE:Noa]] dans la poussette. Elle a reçu la fin de la {{PreParE}} : ça s'arrête aux {{3 ans}} de [[PERSONNE:Noa]], le [[DATE_NAISSANCE:11 septembre]]. Elle croyait que ça allait jusqu'à l'école. L'agent lui parle du {{CMG}} pour une assistante maternelle, elle dit qu'il y en a pas à {{Pont-Audemer}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un couple de retraités garde son petit-fils depuis le {{1er octobre}}, la mère est « dans la nature ». Ils demandent si la {{Caf}} peut aider. L'agent parle de délégation d'autorité parentale, de juge, d'{{ASF}}. Rdv posé avec une assistante sociale le {{14 novembre}} à {{9h}}. Le grand-père prend des notes sur un ticket de caisse.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mise à jour de la situation de M. [[PERSONNE:Ibrahim Kanté]]. L'agent relit l'écran :\n- [[PERSONNE:Ibrahim]] [[DATE_NAISSANCE:01/01/1975]]\n- [[PERSONNE:Mariama]] [[DATE_NAISSANCE:1983]]\n- [[PERSONNE:Kadiatou]] [[DATE_NAISSANCE:2006]] → « elle a eu {{18 ans}} le [[DATE_NAISSANCE:3 janvier]], elle travaille maintenant »\n- [[PERSONNE:Sékou]] [[DATE_NAISSANCE:2014]]\nIl retire [[PERSONNE:Kadiatou]] des enfants à charge. N° alloc [[N_ALLOCATAIRE:6120458]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Legros]] appelle, il veut savoir pourquoi l'{{AAH}} de mai est arrivée le {{6 juin}}. Il dit son numéro à sa façon : « [[N_ALLOCATAIRE:zéro huit cent douze, trois cent trente-sept]] ». L'agent explique le décalage, versement à terme échu. Il répond « à terme quoi ? ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle APL étudiante, [[ADRESSE:27 rue Écuyère, 14000 Caen]], 3e étage sans ascenseur. Sur la boîte : « [[PERSONNE:C. Pottier]] ». [[PERSONNE:Clémence Pottier]] déclare vivre seule. Deux brosses à dents, un sweat {{Stade Malherbe}} taille XL. « C'est à [[PERSONNE:Hugo]], il vient le week-end. » Bail signé le {{1er septembre 2023}}. Le contrôleur note, sans commentaire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Agathe Mendy]], [[ADRESSE:11 rue Guy Môquet, 76120 Le Grand-Quevilly]]. Le contrôleur ([[PERSONNE:Hervé]]) compare le RIB connu de la {{Caf}}, [[IBAN:FR76 3000 3021 4000 0509 1772 456]], et les relevés : dépôts en espèces de {{200 €}} chaque {{1er du mois}}. Elle dit que c'est sa mère qui l'aide. Il demande une attestation sur l'honneur de la mère.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le logiciel plante à {{11h02}}. {{15 minutes}} sans accès aux dossiers. L'agent dit aux gens de rappeler « après {{14h}} ». Il me dit que c'est la {{3e fois}} ce mois-ci et que les débuts de mois c'est toujours pire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Roger Lemoine]], {{69 ans}}, doit changer de médecin traitant : le Dr [[PERSONNE:Lacroix]] part à la retraite le {{30 juin}}. Numéro de sécu : [[NIR:1 55 08 50 129 031 86]], né le [[DATE_NAISSANCE:14 août 1955]] à {{Cherbourg}} (« la veille du {{15 août}}, jour de fête au pays »). Il a trouvé personne qui prend de nouveaux patients.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Rose Dubosc]], une {{rose}} tatouée sur le poignet, vient pour le capital décès. Son mari, [[PERSONNE:André Dubosc]], né le [[DATE_NAISSANCE:22/10/1947]], est décédé le {{04/01}}. L'agent demande l'acte de décès et un RIB. Elle a tout dans une pochette plastique rangée par date.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Atelier numérique {{Ameli}} : {{4 personnes}}, une tablette chacune. L'animatrice montre comment télécharger une attestation. Une dame note chaque clic dans un carnet. Prochaine séance le {{jeudi 7 mars}} à {{14h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "[[PERSONNE:Océane Calixte]] appelle depuis {{Caen}} : mutation de la caisse de {{Pointe-à-Pitre}}, arrivée en métropole le {{1er septembre}}. « Mon numéro commence par 2 99, je vous le donne : [[NIR:2 99 05 97 120 077 85]] ». Née le [[DATE_NAISSANCE:16 mai 1999]]. Le dossier est « en transit » depuis {{6 semaines}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt chez M. [[PERSONNE:Kamel Bouzid]], [[ADRESSE:Résidence du Parc, esc. 3, 14120 Mondeville]]. Il ouvre, en jogging, essoufflé. La camionnette de livraison garée en bas, [[IMMATRICULATION:GA 817 TX]], a le capot encore chaud d'après l'agent ([[PERSONNE:Nicolas]]). Il note. Arrêt jusqu'au {{12}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de carte solidarité transport. M. [[PERSONNE:Dimitar Ivanov]], {{66 ans}}, passeport bulgare : [[DATE_NAISSANCE:14.03.1958]]. Adresse : [[ADRESSE:9 rue Pierre Corneille, 76300 Sotteville-lès-Rouen]]. Carte valable à partir du {{1er du mois}} prochain. Il demande si ça marche pour le {{métro}}. Oui.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Salimata Coulibaly]] vient pour son fils [[PERSONNE:Issa]] : l'{{AEEH}} s'arrête à ses {{20 ans}}, le [[DATE_NAISSANCE:12 août]], il faut basculer sur l'{{AAH}}. Dossier {{MDPH}} n° [[IDENTIFIANT:14-2024-003391]]. L'agente l'aide à remplir le certificat médical, {{8 pages}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du {{CCAS}} de {{Cherbourg-en-Cotentin}} : {{6 chaises}}, une {{fontaine à eau}} qui fuit dans un seau. Calendrier au mur encore sur {{février}}, on est en {{avril}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une voisine inquiète : M. [[PERSONNE:Francis Leblond]], {{85 ans}}, n'ouvre plus ses volets depuis {{dimanche}}. L'agente appelle le fixe du monsieur, [[TELEPHONE:02 31 44 08 72]], ça sonne dans le vide. Elle prévient la police municipale. La voisine laisse son numéro : [[TELEPHONE:06-77-21-94-30]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{Fête des voisins}} organisée par la ville le {{vendredi 31 mai}}. Les appels : est-ce qu'on peut amener un plat, est-ce que c'est gratuit, est-ce que les chiens sont acceptés. Oui, oui, « en laisse ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation {{APA}} avec la coordinatrice ([[PERSONNE:Isabelle Gohier]]) chez Mme [[PERSONNE:Simone Lecœur]], [[ADRESSE:17 rue du Général Leclerc, 27300 Bernay]]. Grille {{AGGIR}} : {{GIR 4}}. Née le [[DATE_NAISSANCE:1er mai 1934]] : « le muguet et la fête du travail, mon père disait que j'étais née pour bosser ». Elle nous montre ses cahiers de comptes depuis {{1962}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Ousmane Diarra]], brûlure à la main (cuisine d'un restau). Attestation {{AME}} n° [[IDENTIFIANT:2014-76-0488213]]. Sur la carte consulaire malienne : né vers [[DATE_NAISSANCE:1990]]. L'agente met « [[DATE_NAISSANCE:01/01/1990]] » dans le logiciel, « sinon ça passe pas ». Tri {{niveau 3}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Jean-François Casanova]], cheminot à la {{SNCF}}, main coincée dans une portière. L'agente lit l'attestation : [[NIR:1 83 10 2B 033 271 19]], né à {{Bastia}} le [[DATE_NAISSANCE:27/10/1983]]. Elle rigole : « avec un nom pareil ». Lui : « on me la fait tous les jours ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box de tri. L'écran montre {{12 patients}} en attente : vert {{7}}, jaune {{4}}, rouge {{1}}. L'infirmière me dit que le {{samedi soir}} après un match du {{Stade Malherbe}} « c'est un festival ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Les pompiers appellent : enfant de {{4 ans}}, [[PERSONNE:Nolan Girard]], a avalé une pile bouton. La mère a donné la date de naissance au téléphone : [[DATE_NAISSANCE:16 janvier 2020]]. Arrivée dans {{10 min}}, l'IOA prévient la pédiatrie et l'endoscopie.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} fête les anniversaires du mois le dernier vendredi. Ce mois-ci : [[PERSONNE:Mickaël]] le [[DATE_NAISSANCE:3 mars]], [[PERSONNE:Souad]] le [[DATE_NAISSANCE:17 mars]] et [[PERSONNE:Christian]] le [[DATE_NAISSANCE:29]]. Gâteau acheté chez {{Lidl}}, {{6,49 €}}. [[PERSONNE:Christian]] souffle ses bougies et dit que c'est la première fois depuis {{2015}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Jennifer Boucher]], résidente, s'est fait voler son sac. L'éducatrice liste ce qu'il faut refaire : CNI (déclaration de perte le {{12 février}}), carte Vitale, carte bancaire. Ancien numéro de CNI retrouvé dans le dossier : [[IDENTIFIANT:130576201234]]. Née le [[DATE_NAISSANCE:27 avril 1992]]. [[PERSONNE:Jennifer]] pleure surtout pour les photos de ses enfants.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, femme victime de violences, [[PERSONNE:Tiphaine]], {{22 ans}}, partie cette nuit. Née le [[DATE_NAISSANCE:21 août 2002]]. Elle donne la voiture du compagnon pour que l'écoutante puisse prévenir les gendarmes s'il rôde : une {{Golf}} noire, [[IMMATRICULATION:fg-542-yt]]. Mise à l'abri en urgence, orientation vers la {{Maison des femmes}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{19h}}, un homme d'{{Évreux}} : « [[PERSONNE:Farid]], juste [[PERSONNE:Farid]] ». Né « en [[DATE_NAISSANCE:70 et quelques]] ». Il dort sous un pont près de la rocade. L'écoutant insiste doucement pour le nom de famille, il raccroche.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Débrief de l'équipe {{115}} à {{8h}} : {{47 appels}} dans la nuit, {{12 personnes}} sans solution dont {{3 familles}}. Le {{31 mars}} approche, fin de la trêve hivernale, tout le monde redoute les expulsions à partir du {{1er avril}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement partagé du {{CHRS}}, [[ADRESSE:appt 8, 14 rue de Neufchâtel, 76000 Rouen]]. Deux résidentes, [[PERSONNE:Naïma]] et [[PERSONNE:Gwendoline]], conflit sur le ménage. L'éducateur fait un planning du {{lundi}} au {{dimanche}}. [[PERSONNE:Gwendoline]] fête ses {{30 ans}} le [[DATE_NAISSANCE:26 octobre]], elle veut inviter du monde : d'accord, mais pas après {{22h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Justine Leclerc]], {{22 ans}}, postule en caisse au {{Leclerc}} de {{Saint-Lô}} (« aucun lien ! » elle précise). Inscription : [[NIR:2 02 08 50 502 091 16]], née le [[DATE_NAISSANCE:5 août 2002]] à Saint-Lô. Elle a son permis depuis {{mars}} et une {{Twingo}} de {{2008}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Bruno Lefèvre]], {{52 ans}}, chauffeur routier, permis suspendu jusqu'au {{15 juillet}}. Il demande une formation cariste en attendant. Il dicte son portable très lentement : « [[TELEPHONE:zéro six, quarante-huit, dix-neuf, soixante-douze, zéro trois]] ». La conseillère le relit, il dit « voilà » à chaque paire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum emploi au {{Parc des expositions}} de {{Caen}}, {{jeudi 10 octobre}}. {{80 recruteurs}}. Les conseillères distribuent des badges à l'entrée. Grosse file au stand {{Airbus}}, personne au stand de l'{{EHPAD Korian Les Hortensias}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Kouadio N'Guessan]], comptable en {{Côte d'Ivoire}}. Sur son extrait ivoirien : né vers [[DATE_NAISSANCE:1985]]. Demande d'équivalence {{ENIC-NARIC}} faite le {{3 mai}}, toujours pas de réponse. La conseillère lui propose un {{PMSMP}} dans un cabinet à {{Lisieux}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Yvonne Mabiala]] lit son identifiant lettre par lettre : « [[ID_FRANCE_TRAVAIL:4 8 1 2 0 3 7 P]] comme {{Paris}} ». Elle a un rdv le {{vendredi 15}} qu'elle ne peut pas honorer : c'est l'enterrement de son frère. La conseillère décale au {{22}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère appelle l'{{EHPAD Korian Les Hortensias}} pour vérifier les dates de contrat d'un demandeur, [[PERSONNE:Thomas Lebouc]] : du {{1er décembre}} au {{28 février}}. La RH confirme et donne son mail pro pour l'attestation : [[EMAIL:rh.hortensias.lebrun@korian.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Pendant une pause, la conseillère me dit que le pire mois c'est {{septembre}} (fins de saison, rentrée) et qu'au {{1er janvier}} les règles changent souvent. « On apprend les nouvelles règles en même temps que les gens. »",
    ),
]

# Notes 172-206.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Maëlys Renouf]] s'est mise auto-entrepreneuse (toilettage canin à domicile). Elle montre son SIRET perso pour la prime d'activité : [[IDENTIFIANT:912 384 559 00015]]. Début d'activité le {{15 janvier}}, déclarations {{URSSAF}} trimestrielles. L'agent lui explique qu'il faut déclarer le chiffre d'affaires, pas le bénéfice. Elle fait une tête 😬",
    ),
    (
        "caf",
        "accueil_physique",
        "File devant la {{Caf}} de {{Rouen}}, {{8h25}}, avant l'ouverture. {{17 personnes}} dont {{4 poussettes}}. Il pleut. Le vigile ouvre à {{8h30}} pile. Le premier arrivé était là depuis {{7h10}}, il me dit « sinon on y passe la matinée ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Zineb Haddou]] apporte son jugement de divorce : RG [[IDENTIFIANT:22/01873]], tribunal judiciaire de {{Caen}}, prononcé le {{7 mars 2023}}. Pension alimentaire de {{150 €}} par enfant, jamais versée. Enfants : [[PERSONNE:Adam]] ([[DATE_NAISSANCE:2015]]) et [[PERSONNE:Lyna]] ([[DATE_NAISSANCE:2018]]). L'agent lance une demande à l'{{ARIPA}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Corinne Besnard]], {{55 ans}}, au {{RSA}}, vient avec un courrier de suspension : le {{CER}} n'a pas été signé avant le {{30 avril}}. L'agente retrouve le dossier par le numéro de sécu : [[NIR:268096100101960]], née à {{Alençon}} le [[DATE_NAISSANCE:02/09/1968]]. Elle lui prend un rdv avec le référent RSA.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{16h20}}. Un jeune papa change de RIB, compte {{LCL}} : [[IBAN:FR45 3000 2063 8100 0007 2615 E23]]. L'agent remarque la lettre dans le numéro, « c'est normal chez eux ». En vérifiant l'identité : « [[PERSONNE:Valentin]], né le [[DATE_NAISSANCE:14 février]], ma mère avait pas beaucoup d'imagination ». La {{Saint-Valentin}}, oui.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel pour Mme [[PERSONNE:Pham Thi Lan]], c'est sa fille qui parle pour elle. Reprise de travail au {{1er mars}}, à déclarer. Num alloc [[N_ALLOCATAIRE:3379014]]. La fille donne son portable pour le rappel : [[TELEPHONE:+33 (0)7 66 12 58 03]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame demande si l'{{allocation de rentrée scolaire}} est versée pour son fils de {{18 ans}} en apprentissage. Non, il gagne plus de {{55 % du SMIC}}. Elle : « c'est toujours non avec vous ». {{7 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de M. [[PERSONNE:Yassine Belhadj]], qui vit dans un {{fourgon aménagé}}, domicilié au {{CCAS}} de {{Lisieux}}. Le fourgon, [[IMMATRICULATION:EK-390-MP]], est garé sur le parking près du {{lac}}. Il dit vivre comme ça depuis le {{1er juillet}}. « Je suis de [[DATE_NAISSANCE:89]], j'ai connu pire ». Le contrôleur note tout sur sa tablette, le fourgon est propre et rangé.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Briefing avant la tournée, {{8h}} : {{3 contrôles}} prévus à {{Évreux}}, {{1}} à {{Vernon}}. Le contrôleur ne prévient jamais plus de {{48h}} avant, et jamais le {{vendredi après-midi}}. Voiture de service : une {{Zoé}}, {{80 km}} d'autonomie, « faut pas traîner ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Dylan Hue]], {{19 ans}}, accident du travail le {{3 juin}} (chute d'un escabeau chez {{Intermarché}}), déclaré le {{5}}, arrêt jusqu'au {{21}}. Né le [[DATE_NAISSANCE:10/10/2004]]. Il a pas compris qu'il fallait envoyer le volet 3 à l'employeur. L'agent lui montre lequel c'est.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Nathalie Vasseur]] dépose un RIB papier. L'agent le scanne et relit l'IBAN à l'écran, sans espaces : [[IBAN:FR7630066109480001038880542]]. Elle donne aussi sa mutuelle, {{MAAF}}, n° [[IDENTIFIANT:MA-00736215]]. Délai de mise à jour {{10 jours}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame demande le formulaire de la {{CMU}}. L'agent : ça n'existe plus depuis le {{1er novembre 2019}}, c'est la {{C2S}}. « C'est pareil ? » « À peu près. » Elle repart avec le formulaire et un stylo de la {{Cpam}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Hamza Benyoucef]] réclame pour un remboursement de dentiste : facture n° [[IDENTIFIANT:F2024-03-117]] du Dr [[PERSONNE:Lemaistre]], soins du {{18 mars}}. La conseillère voit que la feuille de soins n'est jamais arrivée. Il veut une confirmation écrite : [[EMAIL:hamza.benyoucef14@gmail.com]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Serge Gohin]], [[ADRESSE:La Haute Rivière, 61100 Flers]]. En arrêt depuis le {{22 novembre}}. On le trouve dans son potager. « Le médecin m'a dit de marcher ! » Sorties libres cochées sur l'arrêt, l'agent vérifie : oui. RAS. Il nous donne des poireaux.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Youssouf Diakité]], né le [[DATE_NAISSANCE:9 septembre 1997]], demande une aide pour réparer sa voiture, [[IMMATRICULATION:CV-451-HN]], indispensable pour son CDD à {{Argentan}} qui commence le {{lundi 9}}. Devis {{Norauto}} : {{640 €}}. Passage en commission {{jeudi}}, l'agente dit qu'elle plaidera.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Madeleine Lecomte]] apporte une boîte de {{madeleines}} à l'accueil pour remercier l'agente ([[PERSONNE:Julie]]) de l'avoir aidée pour sa pension de réversion. Son mari est décédé le {{11 novembre 2023}}. « Le jour de l'armistice, il a toujours eu le sens du timing ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Affiche : « permanence {{France Services}} le {{mercredi}} de {{14h}} à {{17h}} ». Une dame demande si France Services c'est la mairie. L'agente : « c'est dans la mairie mais c'est pas la mairie ». Elle repart perplexe, moi aussi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle depuis {{Marseille}} pour sa mère, Mme [[PERSONNE:Thérèse Anquetil]], {{92 ans}}, à {{Elbeuf}}. Portage de repas. Adresse : [[ADRESSE:4 rue des Martyrs, 76500 Elbeuf]]. Née le « [[DATE_NAISSANCE:quinze octobre trente-deux]] ». Démarrage possible le {{lundi 2}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation chez la famille [[PERSONNE:Kovačević]], [[ADRESSE:21 avenue de Bourgogne, 27000 Évreux]], quartier de {{La Madeleine}}. Demande d'aide pour les fournitures scolaires. Enfants : [[PERSONNE:Luka]] ([[DATE_NAISSANCE:2011]]) et [[PERSONNE:Mia]] ([[DATE_NAISSANCE:2013]]). Le père travaille de nuit, il dort pendant la visite.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Étudiante {{Erasmus}} allemande, [[PERSONNE:Lena Schmidt]], entorse au ski nautique ({{Houlgate}}). Carte européenne n° [[IDENTIFIANT:80276001234567891234]]. Date de naissance au format allemand, [[DATE_NAISSANCE:03.11.2003]]. Portable allemand : [[TELEPHONE:+49 157 38291046]]. Elle parle mieux français que moi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Marc Levasseur]] accompagne sa femme, [[PERSONNE:Sylvie]], douleur abdominale. Il crie, il veut passer devant, le vigile s'approche. Il dit qu'ils sont déjà venus le {{2 janvier}} pour la même chose et qu'on les a renvoyés. L'IOA le calme en {{2 min}}, impressionnant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau blanc de l'accueil : « lits dispo : {{0}} » au feutre rouge, date du jour {{18/12}}. L'agent me dit que c'est comme ça depuis {{novembre}}, « la grippe a commencé tôt cette année ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale, Mme [[PERSONNE:Roussel]], appelle pour M. [[PERSONNE:Henri Lemétayer]], né le [[DATE_NAISSANCE:3/6/39]], diabétique, glycémie à {{0,45}}, confus. Le {{15}} est prévenu. Elle laisse son portable : [[TELEPHONE:06 18 33 72 90]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'accueil. [[PERSONNE:Vasyl Petrenko]], ukrainien, {{48 ans}}, arrivé en {{France}} le {{8 mars 2022}}. APS n° [[IDENTIFIANT:7604412986]]. Passeport : [[DATE_NAISSANCE:20.08.1976]]. Il était ingénieur à {{Kharkiv}}. Il demande s'il peut travailler tout de suite. Oui.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion du {{CVS}} : {{6 résidents}}, {{2 salariés}}. Sujets : le wifi, l'heure du dîner ({{19h}}, « trop tôt »), la fête de fin d'année le {{20 décembre}}. On vote pour une raclette.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. L'écoutante ([[PERSONNE:Aurore]]) rappelle [[PERSONNE:Stéphane Le Goff]] : une place s'est libérée au {{CHRS}} de {{Lisieux}}, il faut y être à {{18h}}. Portable : [[TELEPHONE:0652918437]]. Sur la fiche, né le [[DATE_NAISSANCE:31/13/1980]] — faute de frappe, elle corrige en [[DATE_NAISSANCE:31/12/1980]] en lui demandant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le logiciel {{SI-SIAO}} est en maintenance de {{20h}} à {{22h}}. L'équipe note les demandes sur papier. {{11 demandes}} en 2h, une feuille recto verso.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus à {{Vire}} : [[PERSONNE:Chantal Bazin]] et son fils [[PERSONNE:Dylan]], [[ADRESSE:5 rue du Calvados, 14500 Vire Normandie]]. [[PERSONNE:Dylan]] a eu {{18 ans}} le [[DATE_NAISSANCE:5 mars]], il doit maintenant faire sa propre demande d'hébergement. [[PERSONNE:Chantal]] pleure. L'éducatrice reste {{1h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Lucie Morin]], fin de congé maternité le {{16 septembre}}, son fils est né le [[DATE_NAISSANCE:3 juin]]. Elle se réinscrit. Identifiant [[ID_FRANCE_TRAVAIL:7702135W]]. Mail : [[EMAIL:lucie.morin.27@laposte.net]]. Mme [[PERSONNE:Morin]] demande s'il existe des crèches à horaires décalés à {{Louviers}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune, [[PERSONNE:Kylian]], {{18 ans}}. La conseillère saisit : né le [[DATE_NAISSANCE:20/12/2005]]. « Le même jour que {{Mbappé}} ! » Il sourit pour la première fois de l'entretien. Il veut être agent de sécurité, il faut la carte pro {{CNAPS}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Espace numérique, {{10h}} : {{5 postes}}, {{5 personnes}}. L'imprimante affiche « bourrage » depuis {{lundi}}. Affiche : « ateliers numériques tous les {{mardis}} à {{14h}} ». Personne n'a l'air d'y être allé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère ([[PERSONNE:Karine]]) rappelle [[PERSONNE:Gaëtan Vautier]], identifiant [[ID_FRANCE_TRAVAIL:2265917 D]]. « Vous êtes bien né le [[DATE_NAISSANCE:01/04/1990]] ? » « Oui, poisson d'avril, on me la fait à chaque fois ». Elle lui propose un atelier le {{jeudi 12}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Hadja Barry]] ne sait pas lire, elle demande à la conseillère de lui lire le courrier reçu : « vous êtes convoquée le {{mardi 8 octobre}} à {{10h15}} à l'agence de {{Rouen Saint-Sever}} ». Elle le fait répéter deux fois. Identifiant vérifié : [[ID_FRANCE_TRAVAIL:5102887 N]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur signale un SMS : « {{France Travail}} : votre dossier sera clôturé le {{30/09}}, cliquez ici ». La conseillère confirme l'arnaque, lui dit de supprimer et de ne rien payer. Il y en a eu {{4}} comme ça ce matin.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{SAMU}} : {{3 blessés}} d'un carambolage sur l'{{A13}} vers {{Pont-l'Évêque}}, arrivée dans {{20 min}}. L'accueil libère le {{box 2}} et le {{box 5}}, le brancardier court.",
    ),
]

# Notes 207-240.
NOTES_7 = [
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Élodie Lebourgeois]], n° [[N_ALLOCATAIRE:4207993]]. Son fils [[PERSONNE:Louis]] est né le [[DATE_NAISSANCE:1er avril]], elle demande quand les allocs démarrent : le mois suivant, donc versement début {{mai}}. Elle change aussi de banque, {{Crédit Mutuel}} : [[IBAN:FR76 1027 8022 1500 0205 8390 163]]. L'agent lui fait relire {{2 fois}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Mamadou Sy]] et Mme [[PERSONNE:Aïcha Sy]], [[ADRESSE:bâtiment Les Érables, 3 rue Maréchal Juin, 50130 Cherbourg-en-Cotentin]], quartier des {{Provinces}}. {{5 enfants}} déclarés, {{5 lits}}. Dates du livret de famille lues à voix haute : [[DATE_NAISSANCE:12/01/2009]], [[DATE_NAISSANCE:30/06/2011]], [[DATE_NAISSANCE:04/04/2014]], [[DATE_NAISSANCE:19/09/2017]], [[DATE_NAISSANCE:25/02/2021]]. Tout colle. N° alloc [[N_ALLOCATAIRE:7002814]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Après la tournée, le contrôleur rédige ses rapports dans la voiture, sur le parking du {{Super U}}, {{25 min}}. Il me dit que {{80 %}} de ses contrôles « se passent bien » et que le plus dur c'est les gens qui ont peur pour rien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Rui Teixeira]] veut ouvrir un compte {{Ameli}} pour sa fille [[PERSONNE:Inês]], née le [[DATE_NAISSANCE:2 octobre 2008]]. L'agent explique qu'à {{16 ans}} elle peut avoir sa propre carte. Mail de la fille : [[EMAIL:ines.teixeira08@icloud.com]]. [[PERSONNE:Inês]] est là, sur son tel, elle valide le code.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sandrine Lehodey]] appelle pour son père, [[PERSONNE:Michel Lehodey]], né le [[DATE_NAISSANCE:7 juillet 1944]], hospitalisé à {{Granville}} depuis le {{28}}. Elle veut l'attestation de droits chez lui : [[ADRESSE:22 route de Villedieu, 50400 Granville]]. La conseillère l'envoie par courrier, {{3 à 5 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Baptiste Fleury]] demande le remboursement d'un transport en ambulance du {{12 mars}}. La conseillère voit une prescription manquante. Elle promet de le rappeler, portable [[TELEPHONE:07 52 08 33 19]]. Il précise « pas avant {{17h}}, je suis au boulot ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le {{3646}} annonce : « en raison d'un fort trafic, nous ne pouvons donner suite à votre appel ». La conseillère me dit que le message se déclenche au-delà de {{200 appels}} en attente. {{9h05}}, {{lundi 2 septembre}}, jour de la rentrée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Aurélie Marais]] déclare le médecin traitant de son bébé, [[PERSONNE:Jade]]. « Date de naissance de l'enfant ? » « le [[DATE_NAISSANCE:vingt-sept]] » « de quel mois ? » « [[DATE_NAISSANCE:décembre]] ! » La conseillère soupire gentiment. Médecin : Dr [[PERSONNE:Nguyen]], à {{Ifs}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt chez Mme [[PERSONNE:Nadia Chaouch]], [[ADRESSE:14 avenue René Coty, 76600 Le Havre]]. Personne. Le voisin dit qu'elle est chez sa sœur à {{Fécamp}} depuis le {{1er}}. L'agent laisse l'avis de passage et dit qu'un changement de lieu de repos, ça se déclare.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de domiciliation. M. [[PERSONNE:Ionuț Stan]], roumain, né le [[DATE_NAISSANCE:11.11.1991]] (l'agente : « presque {{11/11/11}} ! »). Il vit dans sa voiture, plaques roumaines [[IMMATRICULATION:BV 07 KRT]], garée près du {{port}}. Il a besoin d'une adresse pour un CDD à la conserverie.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Nicole Le Bihan]] demande une aide facultative pour les cadeaux de {{Noël}}. L'agente note son num alloc, [[N_ALLOCATAIRE:2 987 554]], et le RIB pour le virement : [[IBAN:FR76 1751 5900 0008 4012 6631 713]]. Son petit-fils [[PERSONNE:Enzo]] est né le [[DATE_NAISSANCE:24 décembre]] : « un seul cadeau pour les deux, la double peine ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Patrick Vasse]] appelle pour l'aide au départ en vacances : séjour du {{6}} au {{20 juillet}} à {{Agon-Coutainville}}, {{2 enfants}}. L'agente lui envoie le dossier par mail : [[EMAIL:patrick.vasse50@orange.fr]]. Retour des pièces avant le {{31 mai}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appels pour le {{repas des aînés}} du {{dimanche 12 janvier}}, {{salle des fêtes}} : {{240 inscrits}}. Une dame demande s'il y aura de la {{choucroute}} comme l'an dernier. Non, de la {{blanquette}}. Elle hésite à venir.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'assistante sociale du département ([[PERSONNE:Gaëlle]]) appelle : famille expulsée le {{2 avril}}, pile après la trêve. Le {{CCAS}} peut ouvrir le logement d'urgence ce soir. Famille [[PERSONNE:Sissoko]], {{4 enfants}}. Portable de la mère : [[TELEPHONE:07 69 45 03 81]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide au chauffage chez M. [[PERSONNE:Joël Lerebours]], [[ADRESSE:8 hameau de la Mare, 27210 Beuzeville]]. Fioul, cuve vide depuis le {{15 décembre}}. Il a mis trois pulls. « Né en [[DATE_NAISSANCE:cinquante]], le [[DATE_NAISSANCE:2 mars]], j'ai jamais eu froid comme ça ». L'agente appelle le fournisseur depuis la cuisine.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tournée des {{colis de Noël}} à domicile : {{12 adresses}} dans la matinée, {{3}} absents. On nous offre le café partout, j'en suis à {{5 cafés}} à {{11h}}. L'agente connaît tout le monde, elle demande des nouvelles des chats.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une maman arrive à {{22h15}} avec son bébé qui respire mal, bronchiolite probable. Le papa est resté dans la voiture sur la place handicapé devant l'entrée, le vigile note la plaque, [[IMMATRICULATION:HB-204-QC]], et va le voir. La maman, [[PERSONNE:Sabrina Moreau]], donne la date de naissance : [[DATE_NAISSANCE:06/06/2024]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'{{EHPAD Les Jardins de Jumièges}} appelle pour M. [[PERSONNE:Raymond Pesquet]], né en [[DATE_NAISSANCE:1929]], chute de nuit. L'infirmière de l'{{EHPAD}} ([[PERSONNE:Fabienne]]) donne sa ligne directe : [[TELEPHONE:02 35 37 24 18]]. Transport par ambulance vers {{6h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Lamine Dieng]] ouvre un compte à {{La Banque Postale}} avec l'aide de l'éducateur. IBAN reçu : [[IBAN:FR59 2004 1000 0127 3905 8J02 093]]. Titre de séjour n° [[IDENTIFIANT:1403277619]], expire le {{14 juillet}} : « un jour férié, la préfecture sera fermée », il rit jaune.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Gérald]], résident, revient de l'agence (il dit encore « {{Pôle emploi}} »). Son identifiant noté au stylo sur le dos de la main : [[ID_FRANCE_TRAVAIL:6083412 F]]. Il fête ses {{50 ans}} le [[DATE_NAISSANCE:1er novembre]], la {{Toussaint}} : « pratique, on est déjà tous au cimetière ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Lingerie du {{CHRS}} : {{2 machines}} pour {{34 résidents}}, planning affiché, créneaux de {{45 min}}. Dispute pour le créneau du {{dimanche}} à {{10h}}, l'éducateur tranche à pile ou face.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un ami appelle pour un couple, [[PERSONNE:Kévin]] et [[PERSONNE:Laetitia]], qui dort dans sa voiture avec leur chien {{Oslo}}, sur le parking du {{Leclerc}} de {{Mondeville}}. Voiture : [[IMMATRICULATION:DX 118 FL]]. Nés en [[DATE_NAISSANCE:1994]] et [[DATE_NAISSANCE:1996]]. Pas de place avec chien, l'écoutante le dit trois fois, l'ami insiste.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : Mme [[PERSONNE:Gomes]], cap-verdienne, parle surtout créole. Son fils [[PERSONNE:Edson]] traduit au téléphone. Née en [[DATE_NAISSANCE:1979]], lui en [[DATE_NAISSANCE:2007]]. Hébergés chez une cousine jusqu'au {{30}}, après plus rien.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Formation de {{3}} nouveaux écoutants du {{115}}. La cheffe de service explique les priorités, femmes avec enfants de moins de {{3 ans}} d'abord. Elle répète : « on ne promet jamais une place avant {{21h}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : [[PERSONNE:Amine]], sorti de l'{{ASE}} le jour de ses {{18 ans}}, né le [[DATE_NAISSANCE:23 septembre 2006]]. C'est son éducateur, [[PERSONNE:Florian Deschamps]], qui appelle avec lui. Il laisse son mail pro : [[EMAIL:f.deschamps@seinemaritime.fr]]. Mise à l'abri au {{foyer Adoma}}, {{chambre 6}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus, [[ADRESSE:11 rue Clément Ader, 61000 Alençon]]. [[PERSONNE:Stéphanie Godefroy]], entrée le {{10 janvier}}, avec sa chatte {{Caramel}}. Son fils [[PERSONNE:Lenny]] est placé, droit de visite le {{mercredi}}. Elle a mis ses dessins partout sur le frigo.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez [[PERSONNE:Halima]] et [[PERSONNE:Omar Benmoussa]], relogés [[ADRESSE:17 résidence Le Bois de Bléville, 76620 Le Havre]]. Leur fille [[PERSONNE:Rania]] est née le [[DATE_NAISSANCE:13/07/2023]], « la veille du {{14 juillet}}, on a eu le feu d'artifice ». Le bail {{Alcéane}} est signé, dernière visite avant fin d'accompagnement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Florence Gilbert]] s'inscrit, identifiant [[ID_FRANCE_TRAVAIL:3307718 R]]. Elle n'a qu'un compte {{Revolut}} : [[IBAN:LT98 3250 0673 1904 2801]]. La conseillère se demande si le logiciel va accepter un IBAN lituanien, ça passe ({{SEPA}}). Première allocation le mois prochain.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Malik Ouattara]], {{26 ans}}, ancien joueur semi-pro au {{QRM}}, né le [[DATE_NAISSANCE:17 avril 1998]]. Il veut passer le {{BPJEPS}}. Il donne son mail en détachant : « [[EMAIL:malik.ouattara10 @ gmail . com]] ». La conseillère : « sans les espaces, hein ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier simulation d'entretien, {{9h30}}. La conseillère joue la recruteuse : « Vous êtes né en quelle année ? » puis explique que c'est une question qu'on n'a pas le droit de poser. [[PERSONNE:Rémi]] répond quand même « [[DATE_NAISSANCE:1971]] » par réflexe. Tout le monde rit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Dieppe}}, {{lundi}} matin : {{22 personnes}} attendent. Le directeur descend aider à l'accueil. L'écran : « prochaine info collective {{BTP}} le {{27/05}} à {{9h}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère appelle un chef de chantier, M. [[PERSONNE:Lemonnier]], pour un candidat, [[PERSONNE:Amadou Diop]], né en [[DATE_NAISSANCE:1999]]. Le chef donne son portable : [[TELEPHONE:06 40 81 27 55]], « après {{17h}}, avant j'entends rien ». Démarrage possible le {{lundi 14}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Caroline Legoupil]] entre en formation d'infirmière à l'{{IFSI}} de {{Saint-Lô}} le {{2 septembre}}, elle demande l'{{AREF}}. Identifiant [[ID_FRANCE_TRAVAIL:8845120 K]]. Nouvelle banque, {{Banque Populaire}} : [[IBAN:FR76 1380 7008 0232 1194 6752 223]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dernier appel avant la fermeture, {{16h58}}. Une dame demande si l'agence est ouverte le {{samedi}}. Non. « Et le {{14 juillet}} ? » Non plus. Elle rit : « je sais, je vous teste ».",
    ),
]

# --- end of notes ---

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

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


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """Return the notes as dicts, ids in writing order."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
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
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
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
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
