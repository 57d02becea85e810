"""Independent evaluation corpus n° 53: 240 French observation notes written by hand.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind53-001`` … ``ind53-240`` follow the
writing order. Running this module writes ``dev.jsonl`` and ``holdout.jsonl`` (120 notes each)
next to it; the output is deterministic (standard library only).

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind53"
SEED = 53

PHY = "accueil_physique"
TEL = "accueil_telephonique"
CSP = "controle_sur_place"

# Notes 1-35.
NOTES_1 = [
    (
        "caf",
        PHY,
        "{{9h12}} ticket {{B047}}. Mme [[PERSONNE:Kadiatou Sylla]] vient declarer la naissance du {{3e}}. L'agente ([[PERSONNE:Nadège]]) remplit le formulaire avec elle, ligne par ligne :\n- enfant 1 : [[PERSONNE:Mariam]], née le [[DATE_NAISSANCE:04/02/2014]]\n- enfant 2 : [[PERSONNE:Souleymane]], né le [[DATE_NAISSANCE:19/10/2017]]\n- enfant 3 : [[PERSONNE:Aïssata]], née le [[DATE_NAISSANCE:28 août]] dernier à {{Purpan}}\nLa maman a {{34 ans}}, arrivée à {{Toulouse}} en {{2012}}. Tout le monde se tait pendant que l'imprimante chauffe.",
    ),
    (
        "caf",
        TEL,
        "{{10h40}} une dame demande pourquoi son {{APL}} a baissé de {{37 €}}. L'agent explique le calcul sur les {{12 derniers mois}}, elle n'est pas convaincue 😕 Appel de {{6 min}}.",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Océane Bousquet]], carte vitale perdue. Elle dicte son numero de secu : [[NIR:2 87 03 31 555 581 24]]. [[PERSONNE:Thierry]] (l'agent) vérifie : « vous êtes bien née le [[DATE_NAISSANCE:14 mars 1987]] à {{Toulouse}} ? » - oui. Elle veut rattacher ses deux enfants, [[PERSONNE:Lenny]] ([[DATE_NAISSANCE:2010]]) et [[PERSONNE:Maëlys]] ([[DATE_NAISSANCE:2013]]). [[PERSONNE:Thierry]] : « à {{16 ans}} ils auront leur carte à eux ». Nouvelle carte dans {{3 semaines}} environ.",
    ),
    (
        "urgences",
        PHY,
        "IOA = [[PERSONNE:Karima]]. Monsieur de {{82 ans}} amené par les pompiers, chute dans sa cuisine. Elle lit la carte d'identité à voix haute : [[PERSONNE:Lucien Carrère]], né le [[DATE_NAISSANCE:02/06/1942]]. Étiquettes imprimées, IPP [[IDENTIFIANT:2400318877]]. Il répète « je suis de [[DATE_NAISSANCE:42]], pas de {{52}} hein ». {{Box 4}}, tri {{niveau 3}}.",
    ),
    (
        "chrs",
        TEL,
        "115, {{22h05}}. Un père appelle depuis la {{gare Matabiau}}. L'écoutante prend la compo familiale pour le {{SIAO}} : lui [[PERSONNE:Murat Yilmaz]], sa femme [[PERSONNE:Ayşe]], les enfants [[PERSONNE:Elif]] {{5 ans}} et [[PERSONNE:Emir]] né en [[DATE_NAISSANCE:juin 2023]]. « Il a quel âge le petit ? » « {{1 an}} et quelque ». Pas de place ce soir, rappel à {{23h}}.",
    ),
    (
        "france_travail",
        PHY,
        "Inscription avec la conseillère, Mme [[PERSONNE:Fabre]]. Le monsieur, [[PERSONNE:Rodrigo Pereira]], est né le [[DATE_NAISSANCE:17/04/1984]] à {{Braga}} ({{Portugal}}), secu [[NIR:184049913926641]]. Mail : [[EMAIL:rodrigo.pereira84@gmail.com]]. Identifiant donné à la fin : [[ID_FRANCE_TRAVAIL:5238104M]]. Il cherche dans le BTP, {{15 ans}} de maçonnerie derrière lui.",
    ),
    (
        "ccas",
        PHY,
        "Épicerie sociale : calcul du reste à vivre. Seuil à {{9 €}} par jour et par personne, la famille est à {{8,40 €}}. Accès accordé pour {{3 mois}}, renouvelable une fois. L'agente dit que c'est « le cas le plus fréquent depuis la rentrée ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle à domicile avec [[PERSONNE:Jean-Marc]] (contrôleur) chez M. [[PERSONNE:Hamidi]], [[ADRESSE:27 rue de la Faourette, 31100 Toulouse]]. N° alloc [[N_ALLOCATAIRE:4417320]]. Il coche la composition du foyer sur sa tablette : allocataire né le [[DATE_NAISSANCE:11/11/1979]], épouse [[PERSONNE:Naïma]], enfants nés en [[DATE_NAISSANCE:2005]], [[DATE_NAISSANCE:2008]] et [[DATE_NAISSANCE:2015]]. L'aîné a {{19 ans}} et bosse chez {{Airbus}} en alternance, donc plus à charge. Visite {{40 min}}.",
    ),
    (
        "cpam",
        TEL,
        "Plateforme {{3646}}. Attente affichée {{14 min}}. Questions sur les IJ surtout, une sur le {{100 %}} ALD. Le téléconseiller a {{3}} écrans ouverts en même temps.",
    ),
    (
        "ccas",
        TEL,
        "Une fille appelle pour domicilier sa mère, [[PERSONNE:Marguerite Lacombe]]. Date de naissance dite en toutes lettres : « le [[DATE_NAISSANCE:vingt-deux janvier mille neuf cent trente-huit]] ». L'agente note [[DATE_NAISSANCE:22/01/38]] et répète. Numéro de la fille pour rappel : [[TELEPHONE:06 71 38 42 90]]. RDV le {{mardi 12}} à {{14h}}.",
    ),
    (
        "urgences",
        TEL,
        "Appel d'une maman : son fils de {{4 ans}} a {{39,8}} depuis ce matin. L'infirmière pose 5 questions, conseille d'appeler le {{15}} ou {{SOS Médecins}} plutôt que de venir attendre ici. « On a {{6 heures}} d'attente madame. »",
    ),
    (
        "france_travail",
        TEL,
        "[[PERSONNE:Mehdi]] rappelle une demandeuse qui a raté son actualisation. Vérif d'identité : « votre date de naissance ? » « [[DATE_NAISSANCE:13 septembre 1991]]... ah non, [[DATE_NAISSANCE:92]], je me rajeunis pas 😂 ». Elle s'appelle [[PERSONNE:Laetitia Sentenac]], identifiant [[ID_FRANCE_TRAVAIL:6120457B]]. Réinscription faite en {{4 minutes}}.",
    ),
    (
        "chrs",
        PHY,
        "Accueil de jour. {{12}} douches ce matin, café en continu. Le lave-linge est en panne depuis {{lundi}}, un résident propose de le réparer. Ambiance calme, radio sur {{France Bleu Occitanie}}.",
    ),
    (
        "caf",
        PHY,
        "M. [[PERSONNE:Bogdan Popescu]] change de banque. Nouveau RIB tendu à l'agente ([[PERSONNE:Sophie]]) : [[IBAN:FR76 3000 4555 6193 3595 9754 044]], {{BNP}} de {{Saint-Cyprien}}. N° alloc [[N_ALLOCATAIRE:2981564]]. Elle scanne, c'est fini en {{5 min}}.",
    ),
    (
        "caf",
        TEL,
        "une mère demande si elle a droit à l'{{ARS}} pour sa fille née en [[DATE_NAISSANCE:décembre 2006]]. L'agent : « elle aura {{17 ans}} au {{15 septembre}}, donc oui, c'est jusqu'à {{18 ans}} ». num allocataire [[N_ALLOCATAIRE:3106582]]. Versement fin {{août}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail chez M. [[PERSONNE:Da Costa]], [[ADRESSE:5 impasse des Glycines, 31770 Colomiers]]. Heures de sortie autorisées {{9h-11h}} et {{14h-16h}}, on passe à {{15h30}} : il est là, en pyjama. Voiture garée devant, [[IMMATRICULATION:GH-482-TK]]. La contrôleuse ne dit rien de la voiture.",
    ),
    (
        "urgences",
        PHY,
        "Urgences pédiatriques, bureau des entrées. Un père remplit la fiche pour ses jumeaux [[PERSONNE:Noah]] et [[PERSONNE:Liam Nguyen]], nés le [[DATE_NAISSANCE:30 avril 2021]]. Mutuelle {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:0457812936]]. Les deux toussent en rythme. {{3 ans}}, même bronchiolite ?",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile pour une demande d'aide énergie. Mme [[PERSONNE:Irigoyen]] vit en mobil-home : [[ADRESSE:camping Le Moulin, emplacement 17]], à {{Portet-sur-Garonne}}. Chauffage d'appoint, facture {{Engie}} de {{312 €}}. Sa vieille {{Clio}} : [[IMMATRICULATION:7741 WX 31]], plus assurée depuis {{2022}}. Le chien s'appelle {{Rocky}}.",
    ),
    (
        "france_travail",
        PHY,
        "Atelier CV collectif. {{9}} inscrits, {{2}} absents. La conseillère explique la méthode {{STAR}}. {{3}} personnes n'ont jamais utilisé de traitement de texte. Fin à {{11h45}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite dans un appart du diffus avec [[PERSONNE:Fanny]], éducatrice. Famille [[PERSONNE:Tesfaye]], [[ADRESSE:appt 12, 3 allée de Bellefontaine, 31100 Toulouse]]. Enfants : [[PERSONNE:Selam]], {{7 ans}}, et [[PERSONNE:Dawit]], né le [[DATE_NAISSANCE:1er janvier 2019]] selon les papiers. La mère rit : « non, il est né pendant les pluies, en [[DATE_NAISSANCE:juillet]] ». [[PERSONNE:Fanny]] m'explique que le {{1er janvier}} est mis par défaut quand on ne sait pas.",
    ),
    (
        "cpam",
        PHY,
        "Ouverture de droits C2S. [[PERSONNE:Abdi Warsame]], arrivé de {{Somalie}} via l'{{Italie}}. L'agent lui crée un compte {{Ameli}} avec une adresse mail qu'ils inventent ensemble : [[EMAIL:warsame.abdi@outlook.fr]]. Mot de passe noté sur un post-it 😬",
    ),
    (
        "caf",
        PHY,
        "Long échange avec M. [[PERSONNE:Ahmad Nazari]]. Sur son titre de séjour : né le [[DATE_NAISSANCE:01/01/1985]]. « Je connais pas mon vrai jour, là-bas on notait pas. » AGDREF [[IDENTIFIANT:3101458726]]. Enfants : [[PERSONNE:Zahra]], née en [[DATE_NAISSANCE:2017]] en {{Iran}}, et [[PERSONNE:Ali]], né à {{Toulouse}} le [[DATE_NAISSANCE:9 février 2022]]. Arrivé en France en {{2019}}, titre renouvelé en {{2023}}. L'agente saisit tout, il signe à {{3}} endroits.",
    ),
    (
        "urgences",
        PHY,
        "Salle d'attente, {{15h}}. Je compte {{23}} personnes. L'écran affiche TEMPS D'ATTENTE ESTIMÉ {{4H}}. Un vigile, un distributeur de café en panne, la télé sur une chaîne d'info sans le son.",
    ),
    (
        "caf",
        TEL,
        "Mme [[PERSONNE:Benali]] veut être rappelée, elle est au travail. Elle donne son portable deux fois : [[TELEPHONE:07 52 19 84 33]]. L'agent lui dit que le rappel se fera sous {{48h}}.",
    ),
    (
        "france_travail",
        TEL,
        "[[PERSONNE:Rémi]] appelle M. [[PERSONNE:Keita]] pour une offre de livreur chez {{Chronopost}} (offre {{178QXZK}}). Permis B obligatoire. Pas de réponse, message laissé. {{2e}} appel de la matinée sans réponse.",
    ),
    (
        "ccas",
        PHY,
        "Aide facultative. La grand-mère, [[PERSONNE:Fatima Zerrouki]], {{67 ans}}, élève ses deux petits-enfants : [[PERSONNE:Yanis]], né le [[DATE_NAISSANCE:7/7/2011]], et [[PERSONNE:Inès]], née le [[DATE_NAISSANCE:15/12/2013]]. Délégation d'autorité parentale depuis {{2020}}, jugement RG [[IDENTIFIANT:20/03418]]. Elle a apporté le jugement plastifié.",
    ),
    (
        "chrs",
        PHY,
        "Repas du midi au CHRS. {{18}} couverts, lentilles-saucisses. Un bénévole fait la plonge. On parle du match de {{Stade Toulousain}} de samedi.",
    ),
    (
        "cpam",
        TEL,
        "Assurée qui veut rattacher son nouveau-né, né le [[DATE_NAISSANCE:2 octobre]]. Elle s'appelle [[PERSONNE:Jade Mercier]], elle donne son propre NIR : [[NIR:298033114981978]]. Née à {{Colomiers}} en [[DATE_NAISSANCE:98]], {{26 ans}}. Le bébé s'appelle [[PERSONNE:Lyam]], « avec un y ».",
    ),
    (
        "caf",
        PHY,
        "[[PERSONNE:Enzo]], {{20 ans}}, étudiant à l'{{IUT}} {{Paul Sabatier}}, première demande d'APL. Né le [[DATE_NAISSANCE:29/02/2004]] - l'agente : « ah un [[DATE_NAISSANCE:29 février]] ! » RIB {{Banque Postale}} : [[IBAN:FR76 2004 1516 2787 1767 1754 475]]. Loyer {{410 €}} charges comprises.",
    ),
    (
        "urgences",
        TEL,
        "Le standard transfère un appel : quelqu'un cherche un proche admis cette nuit. L'agente refuse de confirmer au téléphone (secret), propose de passer avec une pièce d'identité. {{2 min}}.",
    ),
    (
        "france_travail",
        PHY,
        "Demande d'{{AGEPI}}. La conseillère, [[PERSONNE:Claire]], remplit avec Mme [[PERSONNE:Audrey Pujol]] (identifiant [[ID_FRANCE_TRAVAIL:4873302X]]) : enfants de moins de {{10 ans}} → [[PERSONNE:Camille]] née le [[DATE_NAISSANCE:1er juin 2016]], [[PERSONNE:Jules]] né le [[DATE_NAISSANCE:12/01/2020]]. Reprise d'emploi le {{2 septembre}} chez {{Leclerc Roques}}.",
    ),
    (
        "ccas",
        TEL,
        "Appels du matin : {{7}}. Surtout pour les colis de {{Noël}} des plus de {{70 ans}} et le plan canicule. L'agente tient un cahier à spirale en plus du logiciel.",
    ),
    (
        "chrs",
        TEL,
        "115, {{23h40}}. Une jeune femme appelle avec un bébé. Elle dit s'appeler [[PERSONNE:Precious]], née en [[DATE_NAISSANCE:2004]] au {{Nigeria}}. Bébé de {{3 semaines}}. Mise à l'abri à l'{{hôtel Première Classe}} de {{Blagnac}}, {{chambre 27}}. L'écoutant soupire après avoir raccroché.",
    ),
    (
        "cpam",
        CSP,
        "Enquête de résidence (PUMa) à domicile. M. [[PERSONNE:Santoni]], né le [[DATE_NAISSANCE:9 janvier 1958]] à {{Ajaccio}}, NIR [[NIR:1 58 01 2A 004 792 64]]. Il vit [[ADRESSE:41 avenue de Lombez, 31300 Toulouse]] mais passe « l'été en {{Corse}} ». L'enquêtrice demande des factures, des relevés. {{6 mois}} de présence minimum par an.",
    ),
    (
        "caf",
        CSP,
        "Contrôle logement. La contrôleuse mesure la chambre : {{9 m²}}, fenêtre ok, détecteur de fumée absent. Décence à revoir. Elle prend {{11}} photos. Retour à la voiture à {{10h50}}.",
    ),
]

# Notes 36-70.
NOTES_2 = [
    (
        "france_travail",
        PHY,
        "[[PERSONNE:Grégory]] reçoit un monsieur qui veut se lancer en VTC. Identifiant dicté par paquets : [[ID_FRANCE_TRAVAIL:371 0829 H]]. Il a déjà créé sa micro-entreprise, SIRET perso [[IDENTIFIANT:78024010766977]]. [[PERSONNE:Grégory]] lui parle de l'{{ARCE}} et de l'{{ACRE}}, {{45 min}} d'entretien.",
    ),
    (
        "caf",
        PHY,
        "Mme [[PERSONNE:Rabemananjara]] (il a fallu {{3}} essais pour l'écrire, l'agente épelle [[PERSONNE:R-A-B-E]]...) déclare la garde de sa nièce. La nièce, [[PERSONNE:Fanja]], est née le [[DATE_NAISSANCE:premier avril deux mille dix]] - « c'est pas une blague ! » - à {{Antananarivo}}. Arrivée en France en {{2023}}.",
    ),
    (
        "cpam",
        PHY,
        "{{8h30}} ouverture. {{11}} personnes dehors. La borne est en panne, un agent distribue des tickets papier à la main. « Comme en {{1995}} » dit-il.",
    ),
    (
        "urgences",
        PHY,
        "Mme [[PERSONNE:Yvette Barthe]], un peu confuse, dit qu'elle est de [[DATE_NAISSANCE:1936]]. L'agente des entrées insère la carte vitale, l'écran affiche [[DATE_NAISSANCE:17.03.1939]]. « Ah bon ? Bon, si c'est écrit. » Elle a donc {{85 ans}}. Son fils arrive à {{16h10}}.",
    ),
    (
        "chrs",
        PHY,
        "Un résident, [[PERSONNE:Dragan Jovanović]], montre fièrement son premier RIB au travailleur social : {{Crédit Agricole}}, [[IBAN:FR76 1310 6378 2373 9107 7643 682]]. Ça va permettre le virement de la {{prime d'activité}}. Il l'a rangé dans une pochette plastique.",
    ),
    (
        "caf",
        TEL,
        "papa separé, garde alternée depuis le jugement de {{2021}}. Il demande le partage des {{AF}}. Les 2 enfants sont nés en [[DATE_NAISSANCE:mars 2015]] et [[DATE_NAISSANCE:novembre 2018]]. Il les nomme : [[PERSONNE:Lou]] et [[PERSONNE:Gabin]]. L'agent lui envoie le formulaire par mail.",
    ),
    (
        "ccas",
        PHY,
        "Domiciliation pour [[PERSONNE:Kevin Roux]], à la rue depuis {{février}}. Dernière adresse : [[ADRESSE:8 rue des Chalets, 31000 Toulouse]], expulsion. Tél : [[TELEPHONE:0658127743]]. L'agente lui explique qu'il doit passer chercher son courrier au moins une fois tous les {{3 mois}}.",
    ),
    (
        "france_travail",
        TEL,
        "Conseillère au tel avec M. [[PERSONNE:Sébastien Castaing]]. « Votre année de naissance ? » « [[DATE_NAISSANCE:quatre-vingt-deux]] ». Identifiant [[ID_FRANCE_TRAVAIL:2954410D]]. Il a un entretien chez un sous-traitant d'{{Airbus}} à {{Colomiers}} jeudi. Elle lui souhaite bonne chance 🤞",
    ),
    (
        "urgences",
        TEL,
        "L'infirmière d'orientation rappelle la fille d'un patient, Mme [[PERSONNE:Dubois]], au [[TELEPHONE:05 61 42 87 19]]. Pas de réponse, elle réessaie {{10 min}} plus tard.",
    ),
    (
        "cpam",
        TEL,
        "M. [[PERSONNE:Karim Rahmani]] épelle son adresse mail lettre par lettre : « [[EMAIL:k.rahmani31 arobase hotmail point fr]] ». Le téléconseiller la relit deux fois. Sujet : remboursement de lunettes, {{120 €}}.",
    ),
    (
        "caf",
        CSP,
        "Le livret de famille est ouvert sur la table de la cuisine, [[ADRESSE:16 chemin de Tucaut, 31100 Toulouse]]. Le contrôleur recopie : père [[PERSONNE:Joseph Mukendi]], né le [[DATE_NAISSANCE:14 juillet 1980]] à {{Kinshasa}} (« le jour du feu d'artifice ! »), mère [[PERSONNE:Gisèle Mukendi]], née le [[DATE_NAISSANCE:3/5/84]]. Enfants : [[PERSONNE:Grâce]] ([[DATE_NAISSANCE:2009]]), [[PERSONNE:Benjamin]] ([[DATE_NAISSANCE:2012]]), [[PERSONNE:Ruth]] ([[DATE_NAISSANCE:2019]]). Mariés en {{2008}} à {{Kinshasa}}.",
    ),
    (
        "chrs",
        TEL,
        "Appel SIAO / CHRS : {{4}} places libérées cette semaine, {{31}} demandes en attente. La coordinatrice lit la liste des priorités sans citer de noms devant moi.",
    ),
    (
        "france_travail",
        PHY,
        "Aide à la mobilité. M. [[PERSONNE:Youssouf Camara]] (identifiant [[ID_FRANCE_TRAVAIL:5517896L]]) a besoin de réparer sa voiture pour un CDD à {{Muret}}. Carte grise à son nom, [[IMMATRICULATION:BX-117-QE]], {{Peugeot 206}}. Devis du garage : {{640 €}}.",
    ),
    (
        "ccas",
        TEL,
        "Inscription au repas des aînés. Le monsieur au téléphone : « ma femme est de [[DATE_NAISSANCE:46]] et moi de [[DATE_NAISSANCE:43]] ». [[PERSONNE:Raymond]] et [[PERSONNE:Paulette Cazenave]]. Ils viendront à {{2}}, repas le {{18 janvier}} à la salle des fêtes.",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Adjoua Kouassi]], née le [[DATE_NAISSANCE:21 février 1981]] à {{Bouaké}}, NIR [[NIR:2 81 02 99 326 812 61]]. Elle ajoute ses enfants comme ayants droit : [[PERSONNE:Emmanuel]] ([[DATE_NAISSANCE:2011]]) et [[PERSONNE:Divine]] ([[DATE_NAISSANCE:2014]]). L'agent : « à partir de {{12 ans}} ils peuvent avoir leur carte ».",
    ),
    (
        "urgences",
        PHY,
        "Un homme arrive avec le doigt entouré d'un torchon, coupé en bricolant. Il attend debout, refuse de s'asseoir. Pris en charge au bout de {{50 min}}.",
    ),
    (
        "caf",
        PHY,
        "Mise à jour coordonnées. [[PERSONNE:Lina Haddad]], n° alloc [[N_ALLOCATAIRE:1875402]]. Nouveau portable [[TELEPHONE:+33 6 14 92 07 58]], nouveau mail [[EMAIL:lina.haddad@laposte.net]]. Elle en profite pour demander où en est sa {{prime d'activité}}.",
    ),
    (
        "chrs",
        CSP,
        "Tour des appartements relais avec le chef de service. Sur le parking, le {{Kangoo}} de M. [[PERSONNE:Stéphane Leloup]], plaque [[IMMATRICULATION:dz 904 lb]], sert de débarras. On lui demande de le vider avant {{vendredi}}.",
    ),
    (
        "france_travail",
        TEL,
        "Je passe {{20 min}} à écouter le {{3949}}. Musique d'attente, puis une conseillère très rapide. Questions : radiation, trop-perçu, attestation employeur.",
    ),
    (
        "ccas",
        PHY,
        "Tarif cantine au QF. QF de la famille : {{412}}. Enfants : [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:06.09.2016]], et [[PERSONNE:Sara]], née le [[DATE_NAISSANCE:11.04.2019]], tous les deux à l'{{école Jules Julien}}. Maman : [[PERSONNE:Hafsa Boudjemaa]]. Tarif retenu {{0,50 €}} le repas.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt maladie, personne absente à {{11h20}}. La contrôleuse dépose un avis de passage. « On reviendra pas, il aura une convocation. »",
    ),
    (
        "urgences",
        PHY,
        "Femme enceinte de {{38 SA}}, terme prévu le {{4 décembre}}, contractions. À l'accueil elle donne sa date de naissance : [[DATE_NAISSANCE:7 juin 2000]]. Nom : [[PERSONNE:Sabrina Mendy]]. Son compagnon [[PERSONNE:Olivier]] gare la voiture. Orientée vers la maternité, {{bâtiment C}}.",
    ),
    (
        "caf",
        TEL,
        "Un monsieur commence à dicter son IBAN : « [[IBAN:FR76 1313 5950 5016 3634 7178 462]] ». L'agent l'arrête à la fin : « on ne prend pas le RIB par téléphone, il faut le déposer sur {{caf.fr}} ». Il soupire.",
    ),
    (
        "chrs",
        PHY,
        "Admission. Fiche remplie par l'éducateur : Mme [[PERSONNE:Nour Al-Hassan]], née en [[DATE_NAISSANCE:1989]] à {{Alep}}. Enfants : [[PERSONNE:Omar]], né le [[DATE_NAISSANCE:2 mars 2012]], et [[PERSONNE:Rim]], née le [[DATE_NAISSANCE:20/08/2015]] au {{Liban}}. Réfugiée depuis {{2021}}, n° OFPRA [[IDENTIFIANT:1211-873406]]. Chambre famille au {{2e étage}}.",
    ),
    (
        "france_travail",
        PHY,
        "Info collective création d'entreprise. {{14}} personnes. Sujets : {{ACRE}}, {{ARCE}}, maintien de l'{{ARE}}. Une dame veut ouvrir une boulangerie à {{Villemur-sur-Tarn}}. La conseillère projette un {{PowerPoint}} de {{2019}}.",
    ),
    (
        "cpam",
        TEL,
        "Un père appelle pour mettre son fils sur sa carte. Le bébé est né le [[DATE_NAISSANCE:12 août]]. Lui : [[PERSONNE:Thomas Lefebvre]], né à {{Blagnac}} en [[DATE_NAISSANCE:octobre 88]], NIR [[NIR:1 88 10 31 069 123 43]]. Le conseiller rattache l'enfant aux {{2}} parents.",
    ),
    (
        "ccas",
        CSP,
        "Visite d'un logement signalé insalubre. Moisissures dans la salle de bain, prises arrachées, {{3}} enfants dans {{28 m²}}. Le propriétaire n'est pas là. L'agente fait un rapport pour le service hygiène de la mairie.",
    ),
    (
        "caf",
        PHY,
        "{{13h30}} réouverture. Les bornes libre-service sont prises d'assaut. Un jeune en service civique aide les gens à scanner leurs documents. Beaucoup de questions sur la prime de rentrée.",
    ),
    (
        "urgences",
        TEL,
        "L'{{EHPAD Les Tilleuls}} appelle pour annoncer un transfert : résidente [[PERSONNE:Germaine Fourcade]], née le [[DATE_NAISSANCE:4/10/1931]], chute avec suspicion de col du fémur. Ambulance partie à {{17h}}.",
    ),
    (
        "chrs",
        TEL,
        "115. Un homme qui se présente comme « [[PERSONNE:Lulu]] » appelle pour la {{3e}} fois de la soirée. L'écoutante le connaît. Il laisse un numéro pour qu'on le rappelle : [[TELEPHONE:07.81.26.53.04]].",
    ),
    (
        "caf",
        PHY,
        "{{Prime de naissance}}. [[PERSONNE:Camille Ruiz]] et son compagnon [[PERSONNE:Bastien]] viennent avec le bébé, né le [[DATE_NAISSANCE:vendredi 13 septembre]] (« il portera bonheur »). Montant : {{1 066,36 €}}. Elle allaite dans le coin enfants.",
    ),
    (
        "france_travail",
        TEL,
        "M. [[PERSONNE:Théodore Ouédraogo]] (identifiant [[ID_FRANCE_TRAVAIL:6025513F]]) ne reçoit aucun mail. Vérification : l'adresse enregistrée est fausse, il avait tapé « yaho ». Corrigée : [[EMAIL:t.ouedraogo@yahoo.fr]].",
    ),
    (
        "cpam",
        PHY,
        "Beaucoup de demandes d'aide pour {{Ameli}} ce matin. L'agent dit que {{60 %}} des gens viennent « juste pour le compte ». Affiche : « Gagnez du temps, créez votre compte ! »",
    ),
    (
        "ccas",
        TEL,
        "Appel d'un élu qui veut les chiffres des colis alimentaires : {{412}} familles en {{2023}}. L'agente raccroche en levant les yeux au ciel.",
    ),
    (
        "urgences",
        PHY,
        "Un ado seul, {{15 ans}}, tombé en skate. L'IAO : « t'es né quand ? » « [[DATE_NAISSANCE:2009]] » « le jour ? » « [[DATE_NAISSANCE:8 janvier]] ». Il s'appelle [[PERSONNE:Nathan]]. Elle appelle la mère au [[TELEPHONE:06 29 71 64 05]], ça sonne dans le vide.",
    ),
]

# Notes 71-105.
NOTES_3 = [
    (
        "caf",
        PHY,
        "Demande de {{RSA}}, rubrique « qui vit avec vous ». Mme [[PERSONNE:Sandra Lopez]], née le [[DATE_NAISSANCE:25.12.1990]] (« née à [[DATE_NAISSANCE:Noël]], j'ai jamais eu deux cadeaux »), son concubin [[PERSONNE:Miguel Fernández]], né en [[DATE_NAISSANCE:1987]], et la fille de [[PERSONNE:Miguel]], [[PERSONNE:Alba]], {{9 ans}}, un week-end sur deux. N° alloc [[N_ALLOCATAIRE:5530917]]. L'agente hésite sur la case « enfant du conjoint ».",
    ),
    (
        "caf",
        PHY,
        "M. [[PERSONNE:Ousmane Bâ]] dépose un RIB {{Société Générale}} : [[IBAN:FR76 3000 3297 1590 5229 9213 233]]. N° alloc écrit au stylo sur sa main : [[N_ALLOCATAIRE:47 08 213]]. L'agente sourit, recopie.",
    ),
    (
        "caf",
        PHY,
        "Changement de situation : séparation au {{15/03}}, déménagement le {{1er avril}}. [[PERSONNE:Mélanie Fontaine]] donne sa nouvelle adresse : [[ADRESSE:3 place du Ravelin, 31300 Toulouse]]. Pendant que l'agent saisit elle remplit un gobelet à la {{fontaine à eau}}. Attente totale {{1h10}}.",
    ),
    (
        "caf",
        TEL,
        "Déclaration de grossesse, date prévue d'accouchement le {{10/02/2025}}. Vérif identité, l'agent demande la date de naissance de la future maman, elle répond en chiffres : « [[DATE_NAISSANCE:16 05 95]] ». Elle s'appelle [[PERSONNE:Amandine Roques]]. Premier enfant. Elle pose {{12}} questions sur la {{PAJE}}.",
    ),
    (
        "caf",
        TEL,
        "M. [[PERSONNE:Gomis]] donne son numéro très lentement, en toutes lettres : « [[TELEPHONE:zéro six, soixante-douze, trente, quinze, quatre-vingt-dix-huit, zéro un]] ». L'agent tape en même temps. Demande de rappel pour l'{{AAH}} de son fils.",
    ),
    (
        "caf",
        TEL,
        "Appel tendu. Le monsieur crie « vous êtes des voleurs ». L'agente reste calme, reformule, {{8 min}}. Après elle va boire un verre d'eau et me dit : « il a pas tort sur le fond ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle RSA isolement chez Mme [[PERSONNE:Samia Cherif]], n° alloc [[N_ALLOCATAIRE:6120984]], [[ADRESSE:Résidence Les Pins, bât. B, 22 avenue de Reynerie, 31100 Toulouse]]. Un homme ouvre la porte. Le contrôleur : « vous êtes né en quelle année ? » « [[DATE_NAISSANCE:99]] ». C'est son frère, [[PERSONNE:Ilyes]], de passage « pour {{2 semaines}} ». Le contrôleur note tout.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Patrick Sanchez]], [[ADRESSE:lieu-dit Le Bourdil, 31470 Fonsorbes]]. Dans la cour, un utilitaire floqué « multi-services », plaque [[IMMATRICULATION:FK-609-WA]]. Il dit que c'est celui de son cousin. Le contrôleur photographie la plaque. {{Fonsorbes}}, {{35 min}} de route.",
    ),
    (
        "cpam",
        PHY,
        "Indemnités journalières bloquées faute de RIB. M. [[PERSONNE:Hugo Marty]] sort son téléphone et montre l'appli {{Crédit Mutuel}} : [[IBAN:FR76 1027 8737 9640 9931 5210 924]]. L'agent ne peut pas le prendre en photo, il faut un document. Il repart l'imprimer au {{Bureau Vallée}} d'à côté.",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Rosa Esposito]], née à {{Naples}}, vient parce que sa date de naissance est fausse dans son dossier : [[DATE_NAISSANCE:05/11/1949]] au lieu de [[DATE_NAISSANCE:11/05/1949]]. « Ils ont mis le mois à la place du jour, à l'américaine ! » Il faut un acte de naissance italien, elle l'a dans son sac.",
    ),
    (
        "cpam",
        TEL,
        "Assuré qui dicte son numéro de sécu par blocs : [[NIR:1 66 06 81 004 501 18]]. Le conseiller vérifie : « vous êtes né en [[DATE_NAISSANCE:juin 66]] à {{Albi}} ? » - « c'est ça ». M. [[PERSONNE:Didier Bonnet]], question sur une franchise médicale de {{50 €}}.",
    ),
    (
        "cpam",
        TEL,
        "Une mère veut la carte vitale de sa fille [[PERSONNE:Clémence]], née le [[DATE_NAISSANCE:22/11/2007]], {{16 ans}}. Le conseiller envoie le lien de création de compte à l'adresse de la fille : [[EMAIL:clemence.vidal07@gmail.com]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt. M. [[PERSONNE:Krasniqi]] absent, [[ADRESSE:12 bis rue Henri Desbals, 31100 Toulouse]]. La voisine dit qu'il « est sur un chantier ». Dans la rue, sa camionnette blanche : [[IMMATRICULATION:EE 418 RN]]. La contrôleuse note l'heure : {{10h05}}.",
    ),
    (
        "ccas",
        PHY,
        "Demande de secours d'urgence. Mme [[PERSONNE:Leïla Mansouri]] remplit le formulaire. Sur la ligne « né(e) le » de sa fille [[PERSONNE:Kenza]] elle écrit {{2016}}, puis rature : « non ça c'est l'année où on est arrivés » et corrige : [[DATE_NAISSANCE:2014]]. Facture {{EDF}}, réf client [[IDENTIFIANT:6004127783]], {{486,20 €}}.",
    ),
    (
        "ccas",
        PHY,
        "M. [[PERSONNE:Gérard Pons]], dette de loyer {{1 240 €}}. Réf. locataire {{Toulouse Métropole Habitat}} : [[IDENTIFIANT:TMH-0048213]]. L'agente appelle le bailleur devant lui pour un plan d'apurement. {{50 €}} par mois.",
    ),
    (
        "ccas",
        PHY,
        "Jeune femme, [[PERSONNE:Nina Le Goff]], veut vendre ses bijoux en perles pour s'en sortir. Elle montre son compte {{Instagram}} : [[IDENTIFIANT:@nina.bzh31]]. L'agente l'oriente vers la {{BGE}} et le micro-crédit.",
    ),
    (
        "ccas",
        TEL,
        "Inscription au registre canicule. « Je suis née le [[DATE_NAISSANCE:2 août 1940]], j'aurai {{84 ans}} la semaine prochaine. » Mme [[PERSONNE:Simone Lafargue]], [[ADRESSE:9 rue Caraman, 31000 Toulouse]], {{4e}} sans ascenseur. Fixe : [[TELEPHONE:05 62 17 48 93]]. L'agente lui dit de fermer les volets dès {{11h}}.",
    ),
    (
        "ccas",
        TEL,
        "Un monsieur demande les horaires de la navette pour le marché de {{Saint-Aubin}}. L'agente ne sait pas, elle cherche {{5 min}} sur {{Tisséo}}. Il rappellera.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile pour de l'aide ménagère. M. [[PERSONNE:Antoine Garcia]] montre sa carte d'identité : né le [[DATE_NAISSANCE:18/06/1937]] à {{Oran}}. Veuf depuis {{2019}}. [[ADRESSE:45 chemin de la Salade Ponsan, 31400 Toulouse]]. Il offre des croquants aux amandes, on accepte.",
    ),
    (
        "ccas",
        CSP,
        "Visite : frigo presque vide, {{2}} yaourts et du beurre. Chauffage coupé dans {{2}} pièces sur {{3}}. L'agente prend rendez-vous avec l'assistante sociale du secteur pour {{lundi}}.",
    ),
    (
        "urgences",
        PHY,
        "Patient sans papiers, sans AME. L'agente note « date de naissance déclarée : [[DATE_NAISSANCE:1995]] (environ) ». Prénom [[PERSONNE:Bakary]], nom de famille pas compris. Orientation {{PASS}} demain matin. Il a {{3}} côtes fêlées selon l'interne.",
    ),
    (
        "urgences",
        PHY,
        "Interphone : un taxi conventionné bloque l'entrée des ambulances, plaque [[IMMATRICULATION:GA-233-ZP]]. L'agent d'accueil sort, le chauffeur ([[PERSONNE:Marco]], ils se connaissent) déplace la voiture en râlant.",
    ),
    (
        "urgences",
        PHY,
        "Entrée de M. [[PERSONNE:Aurélien Tessier]], IPP [[IDENTIFIANT:P00872231]]. Déjà venu {{2}} fois ce mois-ci. L'agente : « on le connaît bien ». Bracelet posé à {{21h14}}.",
    ),
    (
        "urgences",
        TEL,
        "Un père au téléphone cherche son fils, il donne la date de naissance en toutes lettres : « [[PERSONNE:Rayan Belkacem]], né le [[DATE_NAISSANCE:vingt-neuf octobre deux mille six]] ». L'agente ne confirme rien, lui conseille de venir. « Il a {{17 ans}} madame ! »",
    ),
    (
        "chrs",
        PHY,
        "Entretien d'accueil CHRS. [[PERSONNE:Ionuț Dumitru]], né le [[DATE_NAISSANCE:12 décembre 1977]] à {{Craiova}}. Il a son numéro de sécu sur une vieille attestation toute pliée : [[NIR:177129925476258]]. En France depuis {{2007}}, maçon, dos cassé.",
    ),
    (
        "chrs",
        PHY,
        "Atelier CV au CHRS. [[PERSONNE:Mamadou Sow]] se crée une adresse « pro » : [[EMAIL:mamadou.sow.pro@gmail.com]]. L'éducatrice insiste : « pas de surnom dans l'adresse ». {{3}} CV imprimés.",
    ),
    (
        "chrs",
        TEL,
        "115, famille [[PERSONNE:Stoica]] qui dort dans sa voiture, une {{Zafira}} grise immatriculée en {{Espagne}} : [[IMMATRICULATION:4821 KLM]]. Garée sur le parking du {{Zénith}}. {{2}} adultes, {{3}} enfants. Maraude envoyée à {{21h30}}.",
    ),
    (
        "chrs",
        TEL,
        "115. Mme [[PERSONNE:Traoré]] : « j'ai {{3}} enfants, ils sont de [[DATE_NAISSANCE:2015]], [[DATE_NAISSANCE:2018]] et le bébé de [[DATE_NAISSANCE:janvier]] ». L'écoutant note tout sur le tableau. Hébergée chez une amie jusqu'à {{dimanche}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite dans l'appartement de la famille [[PERSONNE:Hakobyan]], [[ADRESSE:7 rue Edmond Rostand, 31200 Toulouse]]. Dossier {{SIAO}} [[IDENTIFIANT:SIAO31-2024-01877]]. L'éducateur vérifie le détecteur de fumée et le compteur. Thé arménien, très fort.",
    ),
    (
        "chrs",
        CSP,
        "Tour des chambres du CHRS avec le veilleur. {{27}} chambres, {{2}} vides ce soir. Une moisissure dans la {{chambre 14}}, signalée depuis {{octobre}}.",
    ),
    (
        "france_travail",
        PHY,
        "Inscription d'une jeune qui a eu {{18 ans}} mardi : [[PERSONNE:Lilou Fernandes]], née le [[DATE_NAISSANCE:3 septembre 2006]]. Orientée par la {{Mission Locale}}. Identifiant : [[ID_FRANCE_TRAVAIL:7204186N]]. Mail : [[EMAIL:lilou.fdes@icloud.com]]. Elle veut être auxiliaire de puériculture.",
    ),
    (
        "france_travail",
        PHY,
        "M. [[PERSONNE:Wojciech Nowak]], identifiant [[ID_FRANCE_TRAVAIL:3381472P]], apporte son RIB pour l'{{ARE}} : [[IBAN:FR76 1780 6443 5246 4904 0549 631]]. Le conseiller prononce « [[PERSONNE:Voïtchek]] » du premier coup, le monsieur est ravi.",
    ),
    (
        "france_travail",
        PHY,
        "Atelier CV. Le conseiller, [[PERSONNE:Julien]], montre un CV modèle au nom de [[PERSONNE:Marie Martin]] sur {{Canva}}. Une participante demande si elle peut garder la photo de [[PERSONNE:Marie Martin]] 😅",
    ),
    (
        "france_travail",
        TEL,
        "Confirmation de RDV. La demandeuse donne sa date de naissance : « [[DATE_NAISSANCE:05/08/1979]] ». Le conseiller : « j'ai [[DATE_NAISSANCE:08/05/1979]] à l'écran... » - inversion à la saisie. Corrigé. Mme [[PERSONNE:Nadia Kaci]], identifiant [[ID_FRANCE_TRAVAIL:1049327G]]. RDV {{jeudi 10h}}.",
    ),
    (
        "france_travail",
        TEL,
        "[[PERSONNE:Brahim]] appelle pour changer de numéro : nouveau [[TELEPHONE:07 68 40 12 39]]. Identifiant [[ID_FRANCE_TRAVAIL:4402917S]]. Le conseiller le met à jour pendant l'appel, {{3 min}}.",
    ),
]

# Notes 106-140.
NOTES_4 = [
    (
        "caf",
        PHY,
        "Déclaration trimestrielle RSA au guichet (trimestre {{juillet-septembre}}, ressources {{0 €}}). L'agente lit l'écran à voix haute : « [[PERSONNE:EKAMBI Mireille]], née le [[DATE_NAISSANCE:08/08/1988]] ». La dame : « le [[DATE_NAISSANCE:8/8/88]], facile à retenir ». Fait en {{6 min}}.",
    ),
    (
        "caf",
        PHY,
        "Une étudiante belge, [[PERSONNE:Marie-Astrid Peeters]], veut garder son compte en {{Belgique}} : [[IBAN:BE35 4979 6084 3037]], agence de {{Liège}}. L'agent vérifie : zone {{SEPA}}, ça passe. Elle est soulagée, « ma banque ici voulait {{15 €}} par mois ».",
    ),
    (
        "caf",
        PHY,
        "M. [[PERSONNE:Nordine Guerrab]] sort les carnets de santé pour les dates : [[PERSONNE:Ilyan]] [[DATE_NAISSANCE:17/09/2019]], [[PERSONNE:Assia]] [[DATE_NAISSANCE:02/02/2022]]. Allocations familiales : {{141,99 €}} par mois pour {{2}} enfants. Il pensait que c'était plus.",
    ),
    (
        "caf",
        TEL,
        "Question PreParE. « Mon fils est né le [[DATE_NAISSANCE:15 du mois dernier]], je peux m'arrêter {{6 mois}} ? » Mme [[PERSONNE:Pauline Carles]], n° alloc [[N_ALLOCATAIRE:2230418]]. L'agent explique la réduction d'activité à {{50 %}}.",
    ),
    (
        "caf",
        TEL,
        "Mme [[PERSONNE:Nguyen]] n'arrive pas à envoyer ses justificatifs. L'agent note le mail pour un renvoi du lien : [[EMAIL:famille.nguyen.tlse@free.fr]]. n° allocataire [[N_ALLOCATAIRE:7712049]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez la famille [[PERSONNE:Soumaré]], [[ADRESSE:14 rue Paul Valéry, 31200 Toulouse]], dossier [[N_ALLOCATAIRE:8841207]]. Un ado ouvre. Le contrôleur : « il a quel âge le grand ? » - « {{16 ans}}, il est de [[DATE_NAISSANCE:2008]] ». Dans la chambre, un berceau : la petite dernière, née en [[DATE_NAISSANCE:mai]], pas encore déclarée ! Le contrôleur rit : « un contrôle qui rapporte à l'allocataire ».",
    ),
    (
        "caf",
        CSP,
        "Deuxième contrôle de la matinée : personne. Avis de passage dans la boîte, {{2}} étages à pied pour rien. Retour agence {{12h15}}.",
    ),
    (
        "cpam",
        PHY,
        "Formulaire C2S, composition du foyer. Demandeur [[PERSONNE:Aliou Dia]], né en [[DATE_NAISSANCE:1973]] ; conjointe [[PERSONNE:Khady Dia]], [[DATE_NAISSANCE:1980]] ; enfants nés en [[DATE_NAISSANCE:2006]], [[DATE_NAISSANCE:2010]] et [[DATE_NAISSANCE:2013]]. Ressources des {{12 derniers mois}} : {{14 200 €}}. Foyer de {{5}}, c'est sans participation.",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Aurélie Pujade]] vient pour son fils [[PERSONNE:Timéo]], né en [[DATE_NAISSANCE:septembre 2016]] à l'hôpital {{La Grave}}. Il a son propre numéro : [[NIR:1 16 09 31 555 760 75]]. Carte vitale demandée, {{8 ans}} mais « il la perdra ».",
    ),
    (
        "cpam",
        PHY,
        "Écran d'appel : {{7}} guichets, {{3}} ouverts. Ticket {{A112}} appelé à {{10h02}}. Une dame dort sur sa chaise, on la réveille gentiment quand c'est son tour.",
    ),
    (
        "cpam",
        TEL,
        "M. [[PERSONNE:Jean-Pierre Lacoste]] dicte son adresse : « [[EMAIL:jp.lacoste(at)orange.fr]], avec des parenthèses autour du at ». Le conseiller lui explique que non. Remboursement d'un taxi, {{38 €}}.",
    ),
    (
        "cpam",
        TEL,
        "Pension d'invalidité. Mme [[PERSONNE:Bernadette Soulé]] donne sa date de naissance : « le [[DATE_NAISSANCE:trois mars soixante-quatre]] ». Le conseiller explique la bascule en retraite à {{62 ans}}. Elle : « et si on recule encore l'âge ? »",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt. Assuré présent, visiblement malade. Contrôle de {{7 minutes}}. La contrôleuse : « la plupart sont là, on ne le dit jamais ».",
    ),
    (
        "ccas",
        PHY,
        "Aide aux vacances. Fiche enfant : [[PERSONNE:Jeanne]], née le [[DATE_NAISSANCE:24/06/2013]]. Séjour du {{8}} au {{19 juillet}} en {{Ariège}}, prise en charge {{70 %}}. La mère, [[PERSONNE:Christelle Vidal]], signe.",
    ),
    (
        "ccas",
        PHY,
        "[[PERSONNE:Tarek]], domicilié ici depuis {{2022}}, vient relever son courrier : {{3}} lettres. Il laisse un nouveau numéro : [[TELEPHONE:06-33-81-27-40]].",
    ),
    (
        "ccas",
        PHY,
        "Mme [[PERSONNE:Oleksandra Ivanenko]], protection temporaire. Passeport ukrainien [[IDENTIFIANT:FX418207]], APS n° [[IDENTIFIANT:3109927541]]. Arrivée en {{mars 2022}} de {{Kharkiv}}. Demande d'aide pour la cantine.",
    ),
    (
        "ccas",
        TEL,
        "M. [[PERSONNE:Jacques Pradel]] veut le {{Pass Senior}} (à partir de {{65 ans}}). « Je suis de [[DATE_NAISSANCE:59]], le [[DATE_NAISSANCE:27 novembre]]. » L'agente compte sur ses doigts : pas avant l'an prochain.",
    ),
    (
        "ccas",
        TEL,
        "Appel pour le banquet des aînés, complet. L'agente prend les noms sur liste d'attente mais ne les écrit pas devant moi. {{80}} places, {{112}} demandes.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez Mme [[PERSONNE:Moua]], [[ADRESSE:2 impasse Louis Vestrepain, 31100 Toulouse]]. Famille hmong arrivée de {{Cacao}}, en {{Guyane}}, en {{2016}}. Le salon est rempli de broderies. Elle demande un colis, l'agente valide.",
    ),
    (
        "urgences",
        PHY,
        "Bébé de {{2 mois}}, fièvre. La mère : « né le [[DATE_NAISSANCE:14 juillet]] ». L'IAO : « un bébé feu d'artifice ! ». Bébé [[PERSONNE:Amir]], maman [[PERSONNE:Yasmina Aït Ahmed]]. Passé devant tout le monde, personne ne proteste.",
    ),
    (
        "urgences",
        PHY,
        "Une voiture est garée sur la place du SMUR, [[IMMATRICULATION:AB-921-FL]]. Annonce au micro. {{10 min}} plus tard, un monsieur arrive en courant avec un sachet de croissants.",
    ),
    (
        "urgences",
        PHY,
        "Il tend un passeport algérien : [[PERSONNE:BOUAZZA Rachid]], né le [[DATE_NAISSANCE:1er novembre 1954]] à {{Tlemcen}}, passeport n° [[IDENTIFIANT:182517093]]. En visite chez sa fille depuis le {{12}}. Douleur thoracique, pris tout de suite.",
    ),
    (
        "urgences",
        PHY,
        "{{2h du matin}}. Salle presque vide. Un homme ivre chante, un couple se dispute à voix basse, une infirmière mange un sandwich debout. Les néons font un bruit que je n'avais pas remarqué le jour.",
    ),
    (
        "urgences",
        TEL,
        "Un médecin traitant, le Dr [[PERSONNE:Mercadier]], appelle pour adresser Mme [[PERSONNE:Huguette Sarda]], née en [[DATE_NAISSANCE:1929]], {{95 ans}}, chute et confusion. L'IOA prépare un brancard.",
    ),
    (
        "chrs",
        PHY,
        "Renouvellement de titre de séjour, l'éducatrice remplit le Cerfa {{15187*02}} avec Mme [[PERSONNE:Hawa Bangoura]] : née le [[DATE_NAISSANCE:30/06/1986]] à {{Conakry}}, AGDREF [[IDENTIFIANT:3102284517]]. Enfants : [[PERSONNE:Mariama]] ([[DATE_NAISSANCE:2014]]) et [[PERSONNE:Alpha]] ([[DATE_NAISSANCE:2020]]). RDV préfecture le {{14/11}} à {{9h40}}.",
    ),
    (
        "chrs",
        PHY,
        "[[PERSONNE:Didier]], résident depuis {{8 mois}}, prête son téléphone à un autre. Il me donne son numéro « si jamais tu veux un guide » : [[TELEPHONE:06 95 02 13 77]]. Je le note, par politesse.",
    ),
    (
        "chrs",
        PHY,
        "Réunion d'équipe du matin. {{6}} éducateurs, {{1}} psychologue, {{1}} stagiaire. Ordre du jour : nuit agitée, {{2}} départs, la chaudière.",
    ),
    (
        "chrs",
        TEL,
        "115. « T'es né en quelle année ? » « [[DATE_NAISSANCE:2005]]. » « Donc {{19 ans}}. » « Non, {{18}}, je suis de [[DATE_NAISSANCE:décembre]]. » Il s'appelle [[PERSONNE:Moussa]], il appelle d'une cabine près de {{Jean Jaurès}}.",
    ),
    (
        "chrs",
        TEL,
        "Une ancienne résidente, [[PERSONNE:Annie Tshibangu]], appelle pour une attestation d'hébergement ({{2021-2023}}). À envoyer à [[EMAIL:a.tshibangu@gmail.com]]. La secrétaire la reconnaît à la voix.",
    ),
    (
        "chrs",
        CSP,
        "Visite dans le diffus chez M. [[PERSONNE:Quang Pham]], [[ADRESSE:31 avenue de Fronton, 31200 Toulouse]]. Il a acheté une moto d'occasion, [[IMMATRICULATION:FR-347-GH]], pour aller bosser à {{Fenouillet}}. L'éducateur vérifie l'assurance.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez Mme [[PERSONNE:Fatou Ndiaye]]. Elle montre l'acte de naissance de sa fille : [[PERSONNE:Nour]], née le [[DATE_NAISSANCE:6 octobre 2024]] à l'{{hôpital Paule de Viguier}}. Le lit parapluie vient d'{{Emmaüs}}.",
    ),
    (
        "france_travail",
        PHY,
        "M. [[PERSONNE:Alain Sarrail]], né le [[DATE_NAISSANCE:20 mars 1961]], licencié après {{32 ans}} chez {{Latécoère}}. Identifiant [[ID_FRANCE_TRAVAIL:5690018C]]. « Plus que {{3 ans}} avant la retraite, qui va m'embaucher ? » Le conseiller n'a pas de réponse.",
    ),
    (
        "france_travail",
        PHY,
        "[[PERSONNE:Kevin Payet]] arrive de {{La Réunion}} depuis {{3 semaines}}, toujours son numéro en 0692 : [[TELEPHONE:06 92 44 18 73]]. Il cherche dans la logistique. Il a froid, il dit qu'il fait « hiver toute l'année ici ».",
    ),
    (
        "france_travail",
        PHY,
        "Salle d'attente. {{5}} ordinateurs en libre-service, {{2}} en panne. Un service civique aide une dame à se connecter. Affiche « {{1 jeune 1 solution}} ».",
    ),
    (
        "france_travail",
        TEL,
        "Vérif identité au tel. « Date de naissance ? » « [[DATE_NAISSANCE:Avril 2000]]. » « Et le jour ? » « Le [[DATE_NAISSANCE:21]]. » Mme [[PERSONNE:Chaïma Dahmani]], identifiant [[ID_FRANCE_TRAVAIL:6938255A]]. Sujet : formation aide-soignante, {{10 mois}}.",
    ),
]

# Notes 141-175.
NOTES_5 = [
    (
        "caf",
        PHY,
        "Demande d'AAH pour un fils majeur. La mère, [[PERSONNE:Véronique Abadie]] (n° alloc [[N_ALLOCATAIRE:3349027]]), remplit la partie « personne concernée » : [[PERSONNE:Baptiste Abadie]], né le [[DATE_NAISSANCE:9 mai 2004]], {{20 ans}}. Dossier MDPH n° [[IDENTIFIANT:MDPH31-118402]], notifié en {{juin}}. L'AAH sera versée sur le compte du fils, {{Caisse d'Épargne}} : [[IBAN:FR76 1313 5382 8637 6673 6643 389]]. Elle connaît tous les numéros par cœur.",
    ),
    (
        "caf",
        PHY,
        "M. [[PERSONNE:Samuel Jean-Baptiste]] apporte un RIB {{LCL}} : [[IBAN:FR76 3000 2350 4668 0912 8627 262]]. Il a changé de banque parce que l'ancienne lui prenait {{8 €}} de frais par rejet. L'agente : « ça arrive tous les jours ».",
    ),
    (
        "caf",
        PHY,
        "Affiche à l'entrée : « Les RDV sont prioritaires ». {{4}} agents au guichet, dont {{1}} en formation. Un enfant dessine un soleil sur le tableau blanc de la salle d'attente. Personne ne l'efface.",
    ),
    (
        "caf",
        TEL,
        "Mme [[PERSONNE:Ferrand]], n° allocataire [[N_ALLOCATAIRE:0912746]], ne comprend pas la baisse. L'agent lit : enfants nés en [[DATE_NAISSANCE:2003]] et [[DATE_NAISSANCE:2007]]. « Votre aîné a eu {{21 ans}}, les {{AF}} s'arrêtent à {{20 ans}}, et le forfait aussi. » Silence au bout du fil.",
    ),
    (
        "caf",
        TEL,
        "M. [[PERSONNE:Michel Bernadou]] a reçu un mail « {{Caf}} » qui lui demande son RIB, envoyé d'une adresse bizarre en .info. L'agent confirme : arnaque. Il vérifie au passage l'adresse enregistrée au dossier : [[EMAIL:m.bernadou@sfr.fr]]. « Ne cliquez sur rien. »",
    ),
    (
        "caf",
        CSP,
        "Contrôle des ressources, [[ADRESSE:6 rue de Gascogne, 31700 Blagnac]]. Le conjoint montre sa carte d'identité roumaine : [[PERSONNE:Cristian Ionescu]], né le [[DATE_NAISSANCE:23.02.1991]]. Il travaille en intérim chez {{Adecco}} depuis {{janvier}}. L'allocataire, [[PERSONNE:Andreea]], traduit.",
    ),
    (
        "caf",
        CSP,
        "Famille [[PERSONNE:Winterstein]], en camping-car sur l'[[ADRESSE:aire d'accueil de Ginestous, place 12]]. Plaque du camping-car : [[IMMATRICULATION:ck-318-zd]] (le contrôleur l'écrit en minuscules). N° alloc [[N_ALLOCATAIRE:5067732]]. Le chien, {{Tango}}, aboie tout le long.",
    ),
    (
        "caf",
        CSP,
        "Dans la voiture entre deux contrôles. La contrôleuse : « on a {{8}} dossiers par jour, on en fait {{5}} ». {{France Inter}} en fond. Elle mange une pomme au volant.",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Inès Bouzid]] veut mettre sa fille [[PERSONNE:Lina]] sur sa carte. Elle donne son NIR : [[NIR:2 92 08 99 352 612 08]], née en [[DATE_NAISSANCE:août 1992]] à {{Sétif}}. Pour le bébé, l'agent lit l'acte de naissance : « née le [[DATE_NAISSANCE:cinq janvier deux mille vingt-quatre]] » - il lit les dates en lettres, c'est écrit comme ça.",
    ),
    (
        "cpam",
        PHY,
        "M. [[PERSONNE:Jérôme Vignaux]] change de RIB pour ses remboursements : [[IBAN:FR76 1695 8465 9115 3078 2494 879]], une banque en ligne. L'agent doit appeler un collègue : le format du RIB imprimé est « bizarre ».",
    ),
    (
        "cpam",
        PHY,
        "M. [[PERSONNE:Paolo Ricci]], italien, en mission {{6 mois}} à {{Toulouse}}. Carte européenne n° [[IDENTIFIANT:80380000120345678901]]. L'agent lui explique qu'il n'a pas besoin de s'affilier. Il repart avec une brochure en anglais.",
    ),
    (
        "cpam",
        TEL,
        "Une dame déclare le décès de son mari. [[PERSONNE:Robert Lasserre]], né le [[DATE_NAISSANCE:12/04/1945]], décédé le {{3 novembre}}. Elle s'appelle [[PERSONNE:Yvonne]]. Le conseiller parle doucement, explique le {{capital décès}}. {{11 min}}.",
    ),
    (
        "cpam",
        TEL,
        "Série d'appels sur les arrêts de travail dématérialisés. Le conseiller répète « c'est le médecin qui l'envoie » {{6}} fois en {{1 heure}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt chez M. [[PERSONNE:Nabil Hadj]], [[ADRESSE:18 rue Lafayette, 31000 Toulouse]]. Présent. Sur la table, sa carte professionnelle VTC n° [[IDENTIFIANT:VTC-031-2021-04471]]. La contrôleuse me regarde, ne dit rien, note.",
    ),
    (
        "ccas",
        PHY,
        "Demande de logement social. Grille composition familiale : Mme [[PERSONNE:Zeynep Kaya]], née le [[DATE_NAISSANCE:1/9/1983]] ; enfants [[PERSONNE:Deniz]], né en [[DATE_NAISSANCE:mars 2008]], [[PERSONNE:Melis]], [[DATE_NAISSANCE:2012]], et [[PERSONNE:Can]], [[DATE_NAISSANCE:2017]]. Numéro unique de demande : [[IDENTIFIANT:031122300918457]]. Elle demande un {{T4}}, attente moyenne « {{3 à 5 ans}} ».",
    ),
    (
        "ccas",
        PHY,
        "Incendie dans l'appartement de [[PERSONNE:Lucas Morel]], [[ADRESSE:4 allée Henri Sellier, 31400 Toulouse]], il y a {{2 jours}}. Relogé chez sa sœur. Bon alimentaire de {{80 €}} et bons vêtements. Tél : [[TELEPHONE:07 49 83 02 61]].",
    ),
    (
        "ccas",
        PHY,
        "Permanence du mardi. {{9}} personnes reçues, dont {{4}} pour la première fois. L'agente dit que l'arrivée de l'hiver se sent « dès le {{15 octobre}} ».",
    ),
    (
        "ccas",
        TEL,
        "L'aide au loyer est versée directement au propriétaire, un particulier, M. [[PERSONNE:Fabien Courtois]]. Il appelle et dicte son RIB : [[IBAN:FR76 1831 5480 4979 6193 3141 339]]. L'agente relit chaque groupe de chiffres.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez Mme [[PERSONNE:Benhamou]], {{6}} enfants. Elle donne les années de tête : [[DATE_NAISSANCE:2005]], [[DATE_NAISSANCE:2007]], [[DATE_NAISSANCE:2009]], [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2021]]. « Tous nés en [[DATE_NAISSANCE:août]] sauf le dernier ! » L'agente rit. Appartement propre, trop petit : {{T3}} pour {{8}}.",
    ),
    (
        "urgences",
        PHY,
        "Un homme amène sa femme, douleur au ventre. L'IAO demande la date de naissance, il répond pour elle : « [[DATE_NAISSANCE:10 décembre 1970]] ». Elle : « [[DATE_NAISSANCE:71]], [[PERSONNE:Gilles]] ! » [[PERSONNE:Gilles Bonnafous]] : « mariés depuis {{30 ans}} et je me trompe encore ». [[PERSONNE:Mireille Bonnafous]] rit malgré la douleur.",
    ),
    (
        "urgences",
        PHY,
        "Accident de scooter. La police accompagne : le brigadier [[PERSONNE:Lemaire]] donne à l'accueil la plaque du scooter, [[IMMATRICULATION:EZ-772-MB]], pour le constat. Le jeune, [[PERSONNE:Alexis]], a le bras en écharpe.",
    ),
    (
        "urgences",
        PHY,
        "Pas de carte vitale. Il dicte son NIR de tête : [[NIR:195078106597592]]. « Né à {{Castres}} en [[DATE_NAISSANCE:juillet 95]]. » [[PERSONNE:Florian Azéma]], entorse de la cheville au foot. L'agente : « impressionnant, personne ne le connaît par cœur ».",
    ),
    (
        "urgences",
        TEL,
        "Appel d'une pharmacie de garde pour savoir si l'{{IRM}} est disponible ce soir. L'agente transfère au radiologue. {{40 secondes}}.",
    ),
    (
        "chrs",
        PHY,
        "Dossier {{SIAO}} rempli avec [[PERSONNE:Jawad Sultani]]. Date de naissance sur ses papiers : [[DATE_NAISSANCE:31/12/2002]], « celle qu'on m'a donnée ». Arrivé mineur en {{2019}}, suivi par l'{{ASE}} jusqu'à {{21 ans}}. Il parle français, pachto, dari.",
    ),
    (
        "chrs",
        PHY,
        "L'éducateur aide M. [[PERSONNE:Kouadio]] à s'inscrire à {{France Travail}} en ligne. Identifiant obtenu : [[ID_FRANCE_TRAVAIL:7731059R]]. Ils l'écrivent au feutre sur une enveloppe. {{35 min}} pour passer le captcha.",
    ),
    (
        "chrs",
        TEL,
        "La maraude appelle le 115 : un couple sous le {{pont des Catalans}}. « Lui c'est [[PERSONNE:Bernard]], né en [[DATE_NAISSANCE:1958]], elle on l'appelle « [[PERSONNE:la Rousse]] », on sait pas son âge. » Couvertures distribuées.",
    ),
    (
        "chrs",
        TEL,
        "115. Un homme laisse son numéro roumain pour être rappelé : [[TELEPHONE:+40 742 318 605]]. Il dit s'appeler [[PERSONNE:Florin]]. Son forfait français est coupé.",
    ),
    (
        "chrs",
        CSP,
        "Visite de sécurité des chambres, annoncée la veille. Rien de particulier : {{1}} plaque électrique interdite confisquée, {{2}} multiprises. Durée {{1h30}}.",
    ),
    (
        "france_travail",
        PHY,
        "Atelier simulation d'entretien. Le conseiller joue le recruteur : « vous avez quel âge ? ». Une participante : « on n'a pas le droit de demander ça ». Applaudissements. {{8}} participants, {{3}} de plus de {{50 ans}}.",
    ),
    (
        "france_travail",
        PHY,
        "M. [[PERSONNE:Kamel Brahimi]], identifiant [[ID_FRANCE_TRAVAIL:8025563H]], RIB pour l'ARE : [[IBAN:FR76 1131 5206 4364 5193 7106 893]]. Le conseiller l'attache au dossier en {{2 min}}. « C'est tout ? » « C'est tout. »",
    ),
    (
        "france_travail",
        PHY,
        "Aide à la mobilité. M. [[PERSONNE:Enzo Marchetti]] ([[ID_FRANCE_TRAVAIL:2216803E]]) vient en moto. Le formulaire demande la plaque : [[IMMATRICULATION:CL 441 QS]]. Il a trouvé un CDI à {{Labège}}, embauche le {{4 novembre}}.",
    ),
    (
        "france_travail",
        PHY,
        "Inscription. La conseillère lit la carte d'identité : « [[PERSONNE:TOURÉ Aminata]], née le [[DATE_NAISSANCE:04 07 1997]] », puis le numéro de la carte : [[IDENTIFIANT:X4RTBPFW4]]. « {{27 ans}} ? On vous en donnait {{20}}. »",
    ),
    (
        "france_travail",
        TEL,
        "Une dame appelle pour son mari sourd : « c'est [[PERSONNE:Hervé Duclos]], né le [[DATE_NAISSANCE:17 octobre 1968]], identifiant [[ID_FRANCE_TRAVAIL:1187420T]] ». La conseillère ne peut rien faire sans lui, propose un RDV en visio avec interprète {{LSF}}.",
    ),
    (
        "france_travail",
        TEL,
        "M. [[PERSONNE:Sofiane Bouchareb]] n'a pas reçu sa convocation. Mail vérifié : [[EMAIL:sofiane.b31@hotmail.com]]. Elle était dans les spams.",
    ),
    (
        "france_travail",
        TEL,
        "Appel sortant pour une enquête de satisfaction. Le conseiller lit un script, la personne raccroche au bout de {{20 secondes}}. « {{1}} sur {{10}}, c'est normal. »",
    ),
]

# Notes 176-210.
NOTES_6 = [
    (
        "caf",
        PHY,
        "Changement de situation : mariage le {{22 juin}}. Mme [[PERSONNE:Julie Barrère]] (n° alloc [[N_ALLOCATAIRE:6604518]]) ajoute son mari au foyer : [[PERSONNE:Hichem Saadi]], né le [[DATE_NAISSANCE:07/03/1986]] à {{Annaba}}, et la fille de [[PERSONNE:Hichem]], [[PERSONNE:Nesrine]], née en [[DATE_NAISSANCE:2015]]. « Du coup on est {{4}} ? » « Oui, {{4}}. »",
    ),
    (
        "caf",
        PHY,
        "Première demande. [[PERSONNE:Emma Delmas]], {{22 ans}}, enceinte de {{5 mois}}. NIR : [[NIR:2 01 12 82 121 324 83]], née à {{Montauban}} le [[DATE_NAISSANCE:6 décembre 2001]]. Mail : [[EMAIL:emma.delmas82@gmail.com]]. RIB ouvert la semaine dernière : [[IBAN:FR76 3000 4049 3126 3500 0344 197]]. L'agente lui montre comment suivre le dossier sur l'appli.",
    ),
    (
        "caf",
        PHY,
        "Coin enfants de l'accueil : {{3}} puzzles, {{1}} peluche girafe, des feutres sans bouchon. Un papa joue aux {{Lego}} pendant que la maman est au guichet. C'est le seul moment calme de la matinée.",
    ),
    (
        "caf",
        TEL,
        "Mme [[PERSONNE:Öztürk]], n° alloc [[N_ALLOCATAIRE:9023156]], veut vérifier que son RIB est le bon. Elle lit : [[IBAN:FR76 3006 6641 3749 0605 7008 835]]. L'agent confirme seulement les {{4}} derniers chiffres, « par sécurité ».",
    ),
    (
        "caf",
        TEL,
        "Un père, M. [[PERSONNE:Loïc Teyssier]], demande quand son fils pourra avoir son APL à lui : « il est né le [[DATE_NAISSANCE:trente et un décembre deux mille six]] ». L'agent : il peut déjà faire une demande comme étudiant, sans attendre ses {{18 ans}}. Le père : « il est né pendant que tout le monde faisait la fête, il fait la fête depuis ! »",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Diego Martins]], [[ADRESSE:22 chemin de Lapujade, 31200 Toulouse]]. Voiture portugaise dans l'allée, plaque [[IMMATRICULATION:45-QT-82]]. Il dit qu'elle est à son père, en vacances ici depuis {{juillet}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle scolarité pour les AF. Le contrôleur regarde les certificats de scolarité {{2024-2025}} : [[PERSONNE:Rania]] ([[DATE_NAISSANCE:12/10/2012]]) au {{collège Bellefontaine}}, [[PERSONNE:Sami]] ([[DATE_NAISSANCE:03/03/2016]]) en {{CM1}}. La maman, [[PERSONNE:Salma Hachemi]], avait tout préparé dans une chemise rouge.",
    ),
    (
        "cpam",
        PHY,
        "Un ado vient seul pour sa carte vitale. [[PERSONNE:Maxime Caubet]], né le [[DATE_NAISSANCE:19/02/2008]]. L'agent : « t'as {{16 ans}}, tu peux faire ça tout seul maintenant ». Photo d'identité prise au photomaton de la {{gare}}.",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Françoise Duprat]], NIR [[NIR:263073201389415]], née à {{Auch}} en [[DATE_NAISSANCE:juillet 1963]]. Elle veut savoir si son mi-temps thérapeutique peut durer au-delà d'{{1 an}}. L'agent imprime une attestation de droits.",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Sylvie Roumégoux]], mutuelle {{MGEN}} n° [[IDENTIFIANT:187452903]], ne comprend pas pourquoi la télétransmission ne marche plus. L'agent refait le lien {{Noémie}}. Problème réglé en {{4 min}}.",
    ),
    (
        "cpam",
        TEL,
        "Mme [[PERSONNE:Nathalie Cazaux]] au téléphone, NIR [[NIR:2 69 10 65 440 503 39]], née à {{Tarbes}} le [[DATE_NAISSANCE:2 octobre 1969]]. Elle appelle pour la {{3e}} fois au sujet d'un remboursement de kiné, {{26,40 €}}.",
    ),
    (
        "cpam",
        TEL,
        "Panne informatique nationale de {{10h20}} à {{10h50}}. Les téléconseillers prennent les demandes sur papier. Une collègue dit : « comme au bon vieux temps ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt chez M. [[PERSONNE:Raphaël Gimenez]], [[ADRESSE:3 rue du Férétra, 31400 Toulouse]]. Pas de réponse. La contrôleuse appelle son portable, [[TELEPHONE:06 18 57 93 26]] : « je suis chez le kiné ! » Elle vérifiera.",
    ),
    (
        "ccas",
        PHY,
        "Domiciliation d'une famille. Mme [[PERSONNE:Gabriela Rusu]], née le [[DATE_NAISSANCE:13.08.1994]], et ses enfants [[PERSONNE:Ionela]], {{8 ans}}, [[PERSONNE:Marius]], {{5 ans}}, et le bébé [[PERSONNE:Sorina]], née à {{Purpan}} il y a {{10 jours}}. Dans la poussette, le bébé dort sur un sac de vêtements.",
    ),
    (
        "ccas",
        PHY,
        "Atelier numérique. Mme [[PERSONNE:Gisèle Fauré]], {{79 ans}}, crée son premier mail avec le conseiller numérique : [[EMAIL:gisele.faure31@orange.fr]]. Elle a un téléphone {{Orange}} « parce que c'est français ». Mot de passe : le nom de son chat, {{Pistache}}.",
    ),
    (
        "ccas",
        PHY,
        "Salle d'attente du CCAS. {{6}} chaises, {{11}} personnes. Une dame tricote, un homme lit {{La Dépêche}}. L'agente sort toutes les {{10 min}} avec un sourire.",
    ),
    (
        "ccas",
        TEL,
        "L'assistante sociale de l'hôpital, Mme [[PERSONNE:Lagarde]], appelle pour une patiente sans famille : Mme [[PERSONNE:Odette Marquié]], née le [[DATE_NAISSANCE:27/01/1934]], sortie prévue {{vendredi}}. Elle cherche un hébergement temporaire. L'agente note, rappelle dans l'après-midi.",
    ),
    (
        "ccas",
        TEL,
        "Vérification avant virement d'une aide : l'agente relit au téléphone l'IBAN de M. [[PERSONNE:Jordan Mouysset]] : [[IBAN:FR76 1090 7772 7125 1771 7799 920]]. « C'est bien ça ? » « Oui. » {{150 €}}, arrivée sous {{5 jours}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite d'évaluation pour le portage de repas. Escalier raide, rampe branlante. Frigo correct. Portage accepté à partir du {{lundi 4}}, {{5}} repas par semaine.",
    ),
    (
        "urgences",
        PHY,
        "Une grand-mère amène sa petite-fille, [[PERSONNE:Louna]], qui s'est ouvert l'arcade. « Elle est née en [[DATE_NAISSANCE:2018]], au printemps. » Pas mieux. Elle appelle la mère au [[TELEPHONE:0033 6 84 20 71 95]], qui donne : [[DATE_NAISSANCE:16 avril 2018]]. La grand-mère, [[PERSONNE:Josiane]], gênée : « je suis nulle avec les dates ».",
    ),
    (
        "urgences",
        PHY,
        "M. [[PERSONNE:Wissem Jaziri]], IPP [[IDENTIFIANT:31P0098812]], revient pour un pansement. Le Dr [[PERSONNE:Ong]] passe la tête : « box {{2}} ». Il est {{19h45}}.",
    ),
    (
        "urgences",
        PHY,
        "[[PERSONNE:Cheikh Faye]], né le [[DATE_NAISSANCE:01/01/1990]] à {{Thiès}}, NIR [[NIR:1 90 01 99 341 436 65]]. L'agente lit sur l'écran les droits ouverts jusqu'au {{31/03}}. Il travaille de nuit dans une boulangerie industrielle, brûlure à la main.",
    ),
    (
        "urgences",
        TEL,
        "Le standard passe un appel pour savoir si les visites sont autorisées aux urgences. Réponse : non, {{1}} accompagnant maximum. {{15 s}}.",
    ),
    (
        "urgences",
        TEL,
        "Une mère rappelle pour les résultats de son fils, [[PERSONNE:Timothée]]. L'agente demande la date de naissance : « le [[DATE_NAISSANCE:douze du douze deux mille douze]] ». « Ça s'oublie pas ! » Résultats transmis au médecin traitant.",
    ),
    (
        "chrs",
        PHY,
        "M. [[PERSONNE:Seydou Diarra]] ne sait pas écrire, l'éducateur remplit pour lui. Il montre sa carte consulaire malienne : né le [[DATE_NAISSANCE:15/03/1981]], carte n° [[IDENTIFIANT:ML-0047215]]. Il regarde le stylo avancer sans rien dire.",
    ),
    (
        "chrs",
        PHY,
        "[[PERSONNE:Rachid]], résident, a trouvé un boulot de livreur. Il a acheté un vieux {{Berlingo}}, plaque [[IMMATRICULATION:8612 YB 81]], encore à l'ancien format, carte grise pas encore changée. Tout le monde sort le voir.",
    ),
    (
        "chrs",
        PHY,
        "Soirée jeux au CHRS. Belote, {{Uno}}, un puzzle de {{1000}} pièces. Le veilleur arbitre. Extinction des feux à {{23h}}.",
    ),
    (
        "chrs",
        TEL,
        "Le SIAO transmet une orientation par téléphone : [[PERSONNE:Nassim Saïd Ali]], né à {{Moroni}} en [[DATE_NAISSANCE:novembre 2003]], NIR [[NIR:103119939721423]]. Entrée prévue le {{lundi 18}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez Mme [[PERSONNE:Rokia Sissoko]], [[ADRESSE:11 rue Louis Plana, 31500 Toulouse]]. Elle a ouvert son compte, nous montre le RIB : [[IBAN:FR76 1444 5079 3282 5950 8691 555]]. Prochaine étape : le bail glissant.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez la famille [[PERSONNE:Kanté]]. Sur les actes de naissance maliens, seulement l'année : [[PERSONNE:Oumou]], [[DATE_NAISSANCE:2011]], [[PERSONNE:Sékou]], [[DATE_NAISSANCE:2013]]. L'éducatrice explique que la préfecture demande parfois un jugement supplétif. {{2}} mois de délai.",
    ),
    (
        "france_travail",
        PHY,
        "Demande de formation. La conseillère remplit : « année du bac : {{2015}} ; année de naissance : [[DATE_NAISSANCE:1997]] ». Mme [[PERSONNE:Anaïs Gros]], identifiant [[ID_FRANCE_TRAVAIL:3306127K]]. Formation de {{9 mois}} à l'{{AFPA}} de {{Balma}}.",
    ),
    (
        "france_travail",
        PHY,
        "M. [[PERSONNE:Hamza El Amrani]] met à jour son profil : mail [[EMAIL:hamza.elamrani@proton.me]], portable [[TELEPHONE:07 55 30 68 14]]. Il vise un poste de développeur, bac+{{5}}.",
    ),
    (
        "france_travail",
        PHY,
        "Aide-soignante à domicile, voiture obligatoire. [[PERSONNE:Lucie Bernard]] montre la carte grise : [[IMMATRICULATION:BQ-209-NN]]. Identifiant [[ID_FRANCE_TRAVAIL:4690321V]]. Elle fera {{1 200 km}} par mois.",
    ),
    (
        "france_travail",
        TEL,
        "M. [[PERSONNE:Yacine Merabet]] (identifiant [[ID_FRANCE_TRAVAIL:5164208W]]) s'est trompé à l'inscription : « j'ai mis [[DATE_NAISSANCE:14/05/2019]], c'est mon fils ! Moi c'est [[DATE_NAISSANCE:14/05/1989]]. » Même jour, même mois, {{30 ans}} d'écart. La conseillère corrige.",
    ),
    (
        "france_travail",
        TEL,
        "Appel entrant d'un employeur, une boulangerie de {{Ramonville}}, pour une offre d'apprenti. Offre n° {{182LMPQ}}. Le conseiller prend les horaires : {{4h-11h}}.",
    ),
]

# Notes 211-240.
NOTES_7 = [
    (
        "caf",
        PHY,
        "M. [[PERSONNE:Abdelkader Ennaji]], n° alloc [[N_ALLOCATAIRE:1450873]]. L'agente vérifie l'identité : né le [[DATE_NAISSANCE:11 novembre 1979]] à {{Casablanca}}, NIR [[NIR:1 79 11 99 350 514 28]]. « Le [[DATE_NAISSANCE:11 novembre]], jour férié, personne n'oublie mon anniversaire. » Il vient pour la prime d'activité de sa femme.",
    ),
    (
        "caf",
        PHY,
        "Mme [[PERSONNE:Aurore Lamarque]] (n° alloc [[N_ALLOCATAIRE:3978215]]) dicte son mail en disant « tiret du 6 » : [[EMAIL:aurore-lamarque@live.fr]]. L'agent, {{25 ans}}, ne connaît pas l'expression. Elle lui explique avec un clavier imaginaire.",
    ),
    (
        "caf",
        TEL,
        "Mme [[PERSONNE:Chevalier]] déclare ses enfants « nés un [[DATE_NAISSANCE:14 février]] et un [[DATE_NAISSANCE:1er mai]], la [[DATE_NAISSANCE:Saint-Valentin]] et la [[DATE_NAISSANCE:fête du Travail]] ». L'agent lui redemande les années : [[DATE_NAISSANCE:2017]] et [[DATE_NAISSANCE:2020]]. Question sur le complément de libre choix du mode de garde, {{assistante maternelle}} à {{Cugnaux}}.",
    ),
    (
        "caf",
        TEL,
        "Le {{5}} du mois, jour de versement : pic d'appels. {{140}} appels en attente à {{9h}}. Le superviseur passe derrière les agents et dit « on tient ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez Mme [[PERSONNE:Dilnoza Karimova]], [[ADRESSE:5 rue de l'Aubisque, 31100 Toulouse]]. Un homme est hébergé. Le contrôleur lit son passeport ouzbek : [[PERSONNE:Aziz Karimov]], né le [[DATE_NAISSANCE:29/08/1996]] à {{Samarcande}}. « C'est mon frère. » Arrivé le {{2 octobre}}, visa de {{90 jours}}.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur épluche les relevés bancaires de l'allocataire et trouve un second compte non déclaré : [[IBAN:FR76 1250 6949 7169 5112 9161 490]]. {{3 200 €}} dessus. L'allocataire dit que c'est « l'argent de l'enterrement de maman ».",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Marie-Pierre Luciani]], née le [[DATE_NAISSANCE:20 mai 1975]] à {{Bastia}}. NIR [[NIR:2 75 05 2B 033 731 15]]. L'agent, ravi : « {{2B}}, la {{Haute-Corse}} ! Ma mère est de {{Corte}}. » Elle vient pour une prise en charge de cure thermale à {{Luchon}}.",
    ),
    (
        "cpam",
        PHY,
        "M. [[PERSONNE:René Bastide]] conteste une facture d'ambulance, n° [[IDENTIFIANT:F2024-11873]], des {{Ambulances du Lauragais}}. {{412 €}} restant à charge. L'agent explique la prescription de transport manquante.",
    ),
    (
        "cpam",
        TEL,
        "Une mère déclare son bébé né prématuré, à {{32 semaines}} : né le [[DATE_NAISSANCE:9 septembre]], il devait naître le {{1er novembre}}. Le bébé s'appelle [[PERSONNE:Gaspard]], la maman [[PERSONNE:Élodie Faur]]. Il sort de néonat la semaine prochaine.",
    ),
    (
        "cpam",
        TEL,
        "M. [[PERSONNE:Philippe Rouquette]] dicte son NIR : [[NIR:172090922576956]]. Le conseiller vérifie : né à {{Pamiers}} en [[DATE_NAISSANCE:septembre 72]]. Arrêt prolongé, question sur le délai de carence ({{3 jours}}).",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt dans un village du {{Lauragais}}. {{40 min}} de route, {{5 min}} de contrôle. L'assuré était là. La contrôleuse dit que c'est souvent comme ça.",
    ),
    (
        "ccas",
        PHY,
        "Aide aux fournitures scolaires. Mme [[PERSONNE:Houria Mebarki]] tend l'attestation {{Caf}} imprimée, les dates y sont au format ISO : [[PERSONNE:Yasmine]] [[DATE_NAISSANCE:2011-03-14]], [[PERSONNE:Karim]] [[DATE_NAISSANCE:2014-07-02]]. N° alloc en haut : [[N_ALLOCATAIRE:2207614]]. {{2}} enfants au collège, {{60 €}} chacun.",
    ),
    (
        "ccas",
        PHY,
        "La voiture de M. [[PERSONNE:Thierry Bouissou]] est partie à la fourrière, plaque [[IMMATRICULATION:EH-650-TC]]. Frais : {{187 €}}. Il en a besoin pour aller travailler à {{Portet}}. Aide accordée en partie. Tél : [[TELEPHONE:06 07 59 12 88]].",
    ),
    (
        "ccas",
        TEL,
        "Une dame veut inscrire son père au colis de {{Noël}} (à partir de {{70 ans}}). L'agente : « il est de quelle année ? » « [[DATE_NAISSANCE:quarante-six]]... enfin [[DATE_NAISSANCE:1946]] quoi. » M. [[PERSONNE:Émile Soula]]. Colis livré le {{20 décembre}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez M. [[PERSONNE:Ali Bensaïd]], [[ADRESSE:10 rue Jean Gilles, bât. C, appt 34, 31100 Toulouse]]. Réf. locataire chez le bailleur : [[IDENTIFIANT:LOC-2210487]]. Ascenseur en panne depuis {{3 semaines}}, il a {{74 ans}} et vit au {{6e}}.",
    ),
    (
        "urgences",
        PHY,
        "[[PERSONNE:Chloé Ramirez]], {{12 ans}}, fracture du poignet au basket. Née le [[DATE_NAISSANCE:23 mai 2012]] à {{Muret}}. Sa mère, [[PERSONNE:Sonia]], dicte le numéro de la carte vitale de sa fille : [[NIR:2 12 05 31 395 907 57]]. [[PERSONNE:Chloé]] fait la tête, match de championnat samedi.",
    ),
    (
        "urgences",
        PHY,
        "L'IAO demande l'année de naissance. Le monsieur répond très solennellement : « [[DATE_NAISSANCE:mille neuf cent cinquante-trois]] ». Elle tape, « donc {{71 ans}} ». M. [[PERSONNE:Jean Puig]], malaise à la pétanque.",
    ),
    (
        "urgences",
        PHY,
        "Changement d'équipe à {{19h}}. Transmissions debout devant l'écran, {{12}} patients en attente, {{4}} en box. Les infirmières de jour partent avec leur sac de sport.",
    ),
    (
        "urgences",
        PHY,
        "Touriste allemand, [[PERSONNE:Jonas Weber]], de {{Munich}}. Sa voiture est restée sur la dépose-minute, plaque [[IMMATRICULATION:M-KL 4821]]. L'agent d'accueil parle anglais, le patient répond en français parfait.",
    ),
    (
        "urgences",
        TEL,
        "Un foyer de l'enfance appelle : mineur fugueur ramené par la police, [[PERSONNE:Kylian]], né le [[DATE_NAISSANCE:04/04/2009]]. L'éducateur, [[PERSONNE:Sébastien]], arrive dans {{20 minutes}}.",
    ),
    (
        "chrs",
        PHY,
        "Atelier papiers. Mme [[PERSONNE:Joy Okafor]] compte sur ses doigts : « [[PERSONNE:Blessing]] est de [[DATE_NAISSANCE:2016]], [[PERSONNE:Favour]] de [[DATE_NAISSANCE:2019]] ». Arrivée en {{2020}} par {{Lampedusa}}. Elle demande si on peut « avoir la date exacte pour [[PERSONNE:Favour]] », elle ne l'a jamais su.",
    ),
    (
        "chrs",
        PHY,
        "[[PERSONNE:Marcel]], {{62 ans}}, montre son téléphone : son fils l'a retrouvé sur {{Facebook}} via son compte [[IDENTIFIANT:@marcel.gaubert]]. Ils ne s'étaient pas parlé depuis {{2011}}. Il pleure un peu.",
    ),
    (
        "chrs",
        TEL,
        "115, nuit calme. {{14}} appels entre {{20h}} et minuit, {{3}} mises à l'abri. L'écoutante fait des mots croisés entre deux.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez Mme [[PERSONNE:Mariam Koné]]. Son récépissé indique née le [[DATE_NAISSANCE:1er janvier 1999]], alors qu'elle est née le [[DATE_NAISSANCE:10 janvier]] : un zéro oublié à la préfecture. L'éducatrice écrit un mail de correction. « Encore {{3 mois}} ? »",
    ),
    (
        "france_travail",
        PHY,
        "Contrat d'engagement jeune, jusqu'à {{26 ans}}. L'écran affiche « date de naissance : [[DATE_NAISSANCE:1999-10-08]] ». [[PERSONNE:Thibault Marquès]] a {{25 ans}}, il est juste. Identifiant [[ID_FRANCE_TRAVAIL:2847715Z]]. Allocation jusqu'à {{528 €}} par mois.",
    ),
    (
        "france_travail",
        PHY,
        "Mme [[PERSONNE:Aminata Coulibaly]], identifiant [[ID_FRANCE_TRAVAIL:6651290J]], RIB de la {{Banque Postale}} : [[IBAN:FR76 2004 1496 4820 6444 4409 562]]. Premier versement de l'ARE attendu le {{15}}.",
    ),
    (
        "france_travail",
        PHY,
        "Job dating dans le hall : {{6}} entreprises, {{80}} candidats. La file dépasse la porte. Stand {{Airbus}} vide, stand {{Intermarché}} plein.",
    ),
    (
        "france_travail",
        TEL,
        "M. [[PERSONNE:Gérard Mazières]] (identifiant [[ID_FRANCE_TRAVAIL:0932186F]]) veut savoir quand il peut partir à la retraite. « Né le [[DATE_NAISSANCE:2 février 1962]]. » Le conseiller : « vous avez {{62 ans}} depuis quelques mois, voyez avec la {{Carsat}} ».",
    ),
    (
        "france_travail",
        TEL,
        "Mme [[PERSONNE:Priscilla Hoarau]] change de mail et de numéro : [[EMAIL:priscilla.hoarau974@gmail.com]], [[TELEPHONE:07 81 66 40 23]]. Elle repart à {{La Réunion}} en {{janvier}}, veut savoir si elle garde ses droits.",
    ),
    (
        "france_travail",
        TEL,
        "Une mère appelle pour son fils [[PERSONNE:Ethan]], {{17 ans}}, qui veut un CEJ. « Il aura {{18 ans}} le [[DATE_NAISSANCE:3 mars]]. » La conseillère : il faut qu'il vienne lui-même, ou passer par la {{Mission Locale}} dès {{16 ans}}.",
    ),
]

# --- end of notes ---

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Return ``(text, entities, keep)`` for a marked note."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked[:60]!r}")
    return text, entities, keep


def build():
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
    """Return ``(dev_ids, holdout_ids)``; uses only the ids and the cells."""
    rng = random.Random(SEED)
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
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
