"""Independent evaluation corpus n° 86: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind86-001`` … ``ind86-240`` follow the
writing order. ``split`` draws dev / holdout from the ids and the cells only (seed 86), and
running this file writes ``dev.jsonl`` and ``holdout.jsonl`` next to it (stdlib only,
deterministic).

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind86"
SEED = 86

# Batch 1 (notes 1-36).
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "Composition du foyer lue sur l'ecran, dossier Mme [[PERSONNE:Vandenbussche]] (n° alloc [[N_ALLOCATAIRE:4417823]]) :\n"
        "- [[PERSONNE:Ludivine Vandenbussche]], allocataire, née le [[DATE_NAISSANCE:14/03/1987]], NIR [[NIR:2 87 03 62 193 045 10]]\n"
        "- [[PERSONNE:Kevin Delattre]], conjoint, né le [[DATE_NAISSANCE:02/08/1984]]\n"
        "- [[PERSONNE:Enzo]], {{9 ans}}\n"
        "- [[PERSONNE:Maëlys]], {{4 ans}}\n"
        "- [[PERSONNE:Lenny]], né le [[DATE_NAISSANCE:21 janvier 2023]]\n"
        "{{5 personnes}}, un {{T4}} {{Pas-de-Calais Habitat}} au {{Beau-Marais}}. L'agente ([[PERSONNE:Maryse]]) me montre que le loyer ({{612 €}}) est bien a jour.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Planning de [[PERSONNE:Stéphane]] (conseiller) ce matin, recopié sur son écran :\n"
        "{{8h30}} M. [[PERSONNE:Benali]] – entretien de suivi\n"
        "{{9h00}} Mme [[PERSONNE:Kowalczyk]] – inscription\n"
        "{{9h30}} ANNULÉ\n"
        "{{10h00}} [[PERSONNE:Dylan Hennebelle]] ({{CEJ}})\n"
        "{{10h45}} atelier CV {{salle 3}} ({{8 inscrits}})\n"
        "{{11h30}} M. [[PERSONNE:Traoré]]\n"
        "Sur les {{5 rdv}} il en attend 2 max, « c'est toujours comme ça le lundi ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CH de Lens}}, {{22h10}}. Liste sur l'écran de l'IOA (infirmière d'accueil, [[PERSONNE:Aurélie]]) :\n"
        "{{BOX 1}} [[PERSONNE:CARON Ginette]] {{87 ans}} chute domicile\n"
        "{{BOX 2}} [[PERSONNE:MEBARKI Sofiane]] {{19 ans}} main ouverte (cutter)\n"
        "{{BOX 4}} [[PERSONNE:NOWAK Zofia]] {{2 ans}} fièvre\n"
        "Couloir : [[PERSONNE:DEWAELE J.]] {{54 ans}} douleur thoracique → passé devant tout le monde\n"
        "Attente affichée {{4h}}. Personne ne râle, bizarrement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame qui veut savoir pourquoi sa {{prime d'activité}} a baissé de {{40 €}}. Le conseiller explique la declaration trimestrielle, elle comprend pas, il reexplique 3 fois. {{11 minutes}}. Elle finit par dire 'bon ben je verrai sur le site' 😅",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel, un homme de {{62 ans}} de {{Lens}}, veut savoir si sa pension d'invalidité continue après la retraite. Le conseiller demande le numéro de sécu, il le dicte : « [[NIR:1 62 11 62 498 112 53]] ». Puis son nom, « [[PERSONNE:Jean-Marc Wojciechowski]] », et il épelle tout seul « [[PERSONNE:W-O-J-C-I-E-C-H-O-W-S-K-I]] » (le conseiller sourit, il a l'habitude dans le bassin minier). Réponse : bascule en retraite pour inaptitude le {{1er du mois}} qui suit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Checklist domiciliation (feuille plastifiée au guichet, l'agente coche devant lui) :\n"
        "☑ pièce d'identité\n"
        "☑ justificatif de lien avec la commune\n"
        "☐ attestation {{CAF}}\n"
        "☐ RIB\n"
        "Le monsieur ([[PERSONNE:Grzegorz]], polonais, {{41 ans}}) a tout dans un sac {{Lidl}}. Manque l'attestation, il repasse {{jeudi}}. La domiciliation au {{CCAS}} de {{Béthune}} = une adresse pour le courrier, pas un logement, elle insiste.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} – {{23h40}}. Appel d'un jeune de {{Grande-Synthe}}, dit s'appeler [[PERSONNE:Yonas]], érythréen, {{17 ans}} d'après lui. L'écoutante ([[PERSONNE:Nadège]]) demande un numéro pour le rappeler : [[TELEPHONE:+44 7700 184 392]] (anglais, « for the crossing »). Pas de place mineur ce soir, elle appelle l'astreinte {{ASE}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}. Une dame appelle pour son fils « radié ». Le conseiller ne peut rien dire sans le fils. Elle dicte quand même l'identifiant : [[ID_FRANCE_TRAVAIL:3 184 627 M]]... il refuse poliment, « qu'il appelle lui-même madame ». {{6 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[PERSONNE:Hakim]] (contrôleur), {{14h}}, [[ADRESSE:27 rue Émile Basly, 62300 Lens]]. Allocataire : Mme [[PERSONNE:Lecomte]], déclarée isolée. Dans l'entrée deux paires de chaussures de sécu {{taille 44}} et un courrier au nom de [[PERSONNE:Jordan Pruvost]] sur le buffet. Elle dit que c'est son frère qui « passe de temps en temps ». [[PERSONNE:Hakim]] note tout sans commenter. {{45 minutes}} sur place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran 'Dossier DE' recopié vite fait :\n"
        "Nom : [[PERSONNE:HADDAD]]\n"
        "Prénom : [[PERSONNE:Samira]]\n"
        "Identifiant : [[ID_FRANCE_TRAVAIL:5027381F]]\n"
        "Né(e) le : [[DATE_NAISSANCE:09/11/1991]]\n"
        "Catégorie : A\n"
        "Agence : {{Hénin-Beaumont}}\n"
        "Conseiller réf. : [[PERSONNE:DUHAMEL P.]]\n"
        "ROME : {{K1304}}\n"
        "Date d'inscription : {{12/02/2024}}\n"
        "Elle veut passer aide-soignante, la conseillère parle de la {{POEC}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences à {{Boulogne}}, une femme appelle pour savoir si son mari est « arrivé ». L'agent demande nom + date de naissance, elle les donne (je ne les note pas). Oui il est en box, elle ne pourra pas le voir avant {{7h}}. Elle pleure un peu, l'agent reste au tel avec elle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Calais}}, {{9h}} pile. File devant la porte, l'agent note les prénoms pour les douches :\n"
        "1 [[PERSONNE:Abdelrahman]]\n"
        "2 [[PERSONNE:Mohammed Adam]]\n"
        "3 [[PERSONNE:Tesfaye]]\n"
        "4 '[[PERSONNE:Papi]]' (un Français, {{70 ans}} passés)\n"
        "5 [[PERSONNE:Habibullah]]\n"
        "6 [[PERSONNE:Yonas]]\n"
        "{{6 douches}} pour {{40 personnes}} à peu près. Les autres reviennent à {{11h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Guichet {{CPAM}} {{Dunkerque}}. Une jeune femme veut créer son compte {{ameli}} mais n'a plus accès à sa boîte ([[EMAIL:oceane.vanhove59@hotmail.fr]]). L'agent ([[PERSONNE:Christophe]]) la fait changer sur place pour [[EMAIL:o.vanhove.pro@gmail.com]]. Code reçu par SMS au bout de {{3 essais}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète : M. [[PERSONNE:Lemaire]] n'ouvre plus ses volets depuis {{3 jours}}, il habite au [[ADRESSE:14 rue de Touraine]] à {{Loos-en-Gohelle}}. L'agente ([[PERSONNE:Véronique]]) appelle la {{police municipale}} puis le fils, numéro trouvé dans le {{fichier canicule}} : [[TELEPHONE:06 72 18 40 93]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel entrant, un jeune demande si on peut « faire le permis » avec {{France Travail}}. conseillère : aide au permis jusqu'a {{500 €}} si projet pro validé, voir avec ton conseiller. il raccroche avant la fin. duree {{2 min 40}}",
    ),
    (
        "caf",
        "accueil_physique",
        "File à l'accueil Caf de {{Boulogne-sur-Mer}}, {{13h35}}, tickets de la borne :\n"
        "{{A012}} – Mme [[PERSONNE:Pereira]] ({{APL}})\n"
        "{{A013}} – un couple, [[PERSONNE:Dylan]] et [[PERSONNE:Jessica]] (naissance, {{PAJE}})\n"
        "{{B004}} – M. [[PERSONNE:N'Diaye]] ({{RSA}}, sur rdv)\n"
        "{{A014}} – personne n'a répondu à l'appel\n"
        "{{A015}} – Mme [[PERSONNE:Teixeira Gonçalves]]\n"
        "L'écran affiche « attente estimée {{25 min}} », en vrai 50.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un père arrive avec son fils qui s'est ouvert l'arcade au foot. L'agente admin remplit :\n"
        "patient : [[PERSONNE:Nathéo]], {{6 ans}}\n"
        "responsable : [[PERSONNE:Sébastien Leroy]], père\n"
        "{{carte Vitale}} : ok\n"
        "mutuelle : {{Harmonie Mutuelle}}, adhérent [[IDENTIFIANT:2617 0453 9]]\n"
        "Le père bosse chez {{ArcelorMittal}}, il a quitté son poste en catastrophe. Bracelet imprimé au nom du petit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel avec l'éducatrice ([[PERSONNE:Capucine]]) : famille [[PERSONNE:Stoica]], {{hôtel Formule 1}} de {{Coquelles}}, {{chambre 214}}. Composition :\n"
        "- [[PERSONNE:Ionut]] (père, {{34 ans}})\n"
        "- [[PERSONNE:Florentina]] (mère, {{29 ans}})\n"
        "- [[PERSONNE:Daria]] {{7 ans}}, [[PERSONNE:Andrei]] {{5 ans}}\n"
        "- bébé [[PERSONNE:Maria]], {{8 mois}}\n"
        "Une seule chambre, 3 lits. Micro-ondes posé sur la valise. La grande va à l'école à {{Coquelles}} en bus.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite de contrôle d'un arrêt de travail avec [[PERSONNE:Thierry]], agent assermenté, {{10h20}}. Adresse : [[ADRESSE:8 résidence Les Glycines, 62400 Béthune]]. Heures de présence obligatoires {{9h-11h}} et {{14h-16h}}. Personne ne répond. Il glisse un {{avis de passage}}. Le voisin de palier dit que M. [[PERSONNE:Bouquet]] est « chez le kiné ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Liste des pièces pour l'inscription, la conseillère la lit à voix haute à Mme [[PERSONNE:Yilmaz]] :\n"
        "1. pièce d'identité ou titre de séjour → elle tend son titre, n° [[IDENTIFIANT:6202473815]]\n"
        "2. attestation employeur ({{Intermarché}} de {{Liévin}})\n"
        "3. RIB → [[IBAN:FR76 1670 6050 1253 1896 4021 184]]\n"
        "4. CV si vous en avez un → non\n"
        "Tout est là sauf le CV. « On le fera ensemble à l'atelier de {{jeudi 14h}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide ménagère. Appart au {{4e sans ascenseur}}, la dame a {{81 ans}}, elle monte ses courses en {{3 fois}}. Le frigo est presque vide sauf des yaourts {{Danone}} périmés. L'agente note « isolement ++ ». Je sais pas quoi dire.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél : un monsieur dicte son num allocataire en chiffres parlés, « [[N_ALLOCATAIRE:deux trois quatre, quinze, zéro six]] », le conseiller fait répéter chiffre par chiffre : [[N_ALLOCATAIRE:2341506]]. Il veut savoir pourquoi l'{{APL}} part au bailleur ({{Maisons & Cités}}) et plus sur son compte. Tiers payant obligatoire en logement conventionné. Il demande qu'on le rappelle au [[TELEPHONE:zéro six, quarante-quatre, dix-neuf, quatre-vingt-deux, zéro trois]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fiche admission à l'écran (je recopie ligne par ligne, l'agente dit ok si c'est anonymisé après) :\n"
        "IPP : [[IDENTIFIANT:620081734]]\n"
        "NOM : [[PERSONNE:AIT OUALI]]\n"
        "PRÉNOM : [[PERSONNE:Karima]]\n"
        "DDN : [[DATE_NAISSANCE:1975-06-30]]\n"
        "ADRESSE : [[ADRESSE:3 allée des Mésanges 62110 Hénin-Beaumont]]\n"
        "TEL : [[TELEPHONE:0321408817]]\n"
        "MÉDECIN TRAITANT : Dr [[PERSONNE:Vasseur]]\n"
        "MOTIF : douleur abdo\n"
        "ARRIVÉE : {{02:14}}, moyens propres",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appels {{115}} entre {{20h}} et {{21h}}, l'écoutante les note sur une feuille :\n"
        "{{20h02}} [[PERSONNE:Stéphanie]] + 2 enfants, {{Liévin}}, déjà connue → pas de place\n"
        "{{20h09}} homme, pas de prénom, gare de {{Lens}}, alcoolisé → maraude\n"
        "{{20h17}} M. [[PERSONNE:Szymanski]], {{Bruay}}, sort de l'hôpital → place au {{foyer de Noeux}}\n"
        "{{20h31}} raccroché\n"
        "{{20h44}} [[PERSONNE:Aïcha]], violences conjugales, {{Béthune}} → mise à l'abri à l'hôtel\n"
        "{{5 appels}}, {{1 place}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « mon CV en {{1h}} ». Un participant, [[PERSONNE:Rachid]], a mis sur son CV : mail [[EMAIL:rachid.bouzid62 [at] gmail [point] com]] — la conseillère lui dit que c'est pas la peine de le cacher, il répond « c'est contre les robots ». Tél [[TELEPHONE:07.81.26.40.55]]. {{22 ans}} de cariste à {{Douvrin}}, à la {{Française de Mécanique}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence CCAS {{Grande-Synthe}}, mardi {{9h-12h}}. Ordre de passage (cahier à l'entrée) :\n"
        "– Mme [[PERSONNE:Kaya]] : aide pour une facture d'eau {{Veolia}}\n"
        "– [[PERSONNE:Fatoumata Camara]] : colis alimentaire\n"
        "– M. et Mme [[PERSONNE:Declercq]] : dossier {{APA}}\n"
        "– [[PERSONNE:Brandon]] ({{19 ans}}) : aide au permis\n"
        "– Mme [[PERSONNE:Kaya]] revient (papier oublié)\n"
        "{{4 personnes}} en {{3h}}, « c'est calme » selon [[PERSONNE:Nathalie]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Outreau}}. [[PERSONNE:Corinne]] (contrôleuse) compare le déclaré et le constaté :\n"
        "DÉCLARÉ : Mme [[PERSONNE:Delpierre Audrey]] + 3 enfants\n"
        "CONSTATÉ : Mme [[PERSONNE:Delpierre]] + [[PERSONNE:Tom]] ({{12 ans}}), [[PERSONNE:Lou]] ({{10 ans}}), [[PERSONNE:Maé]] ({{3 ans}}) + la grand-mère, Mme [[PERSONNE:Fourny]], {{74 ans}}, là « provisoirement » depuis {{mars}}\n"
        "La grand-mère touche l'{{ASPA}} → à déclarer, impact {{RSA}}. Logement propre, {{F4}} {{Habitat du Littoral}}, réf. locataire [[IDENTIFIANT:HDL-0048213]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} en panne depuis {{lundi}}, une feuille {{A4}} scotchée dessus. Les gens font la queue au guichet juste pour une attestation de droits. [[PERSONNE:Sylvie]] en imprime 14 en {{une heure}}. Selon elle « la moitié pourrait le faire sur le téléphone mais ils ont pas de forfait ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère ([[PERSONNE:Laetitia]]) rappelle un DE pour un poste de préparateur de commandes chez {{Amazon}} à {{Lauwin-Planque}}. Vérif d'identité : « votre identifiant ? » « [[ID_FRANCE_TRAVAIL:4 8 2 1 9 3 7 K]] » « et votre date de naissance ? » « le [[DATE_NAISSANCE:douze avril quatre-vingt-dix-huit]] ». M. [[PERSONNE:Debuire]] dit oui pour l'info coll de {{mercredi 9h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du matin}}. Un SDF que toute l'équipe connaît arrive pour « dormir au chaud ». L'agente lui donne un café et une couverture, le laisse sur une chaise près de l'entrée. « On fait pas ça officiellement hein ». Il repart à {{6h}}, avant la relève.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Logiciel {{SI-SIAO}}, fiche ouverte à l'écran :\n"
        "N° demande : [[IDENTIFIANT:SIAO62-2024-018834]]\n"
        "Demandeur : [[PERSONNE:RAKOTOMALALA Hery]]\n"
        "Né le : [[DATE_NAISSANCE:17/05/1969]]\n"
        "Situation : isolé, sortie de détention ({{Vendin-le-Vieil}})\n"
        "Ressources : {{0 €}}\n"
        "Demande : {{CHRS}} insertion\n"
        "Travailleur social : [[PERSONNE:G. Mercier]]\n"
        "En attente depuis {{47 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, écran au mur à {{14h05}} :\n"
        "EN ATTENTE : {{38 appels}}\n"
        "ATTENTE MAX : {{17:42}}\n"
        "CONSEILLERS EN LIGNE : {{22}}/{{31}}\n"
        "DMT : {{6 min 12}}\n"
        "Le superviseur dit que le record c'était {{212}} en attente, en janvier.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Mazurek]] change de banque pour ses prestations. Nouveau RIB imprimé : [[IBAN:FR76 3007 6027 8100 0521 4781 347]] ({{Crédit du Nord}}). L'agent ([[PERSONNE:Jean-Philippe]]) saisit et relit chaque groupe de 4 à voix haute. Délai annoncé : {{un mois}} avant le premier versement sur le nouveau compte.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour une aide facultative, [[ADRESSE:52 rue Jean Jaurès, 62700 Bruay-la-Buissière]] (la {{cité des Électriciens}} juste à côté). Le foyer :\n"
        "– M. [[PERSONNE:Grabowski]], {{58 ans}}, ex-intérimaire, pension d'invalidité\n"
        "– son fils [[PERSONNE:Mickaël]], {{31 ans}}, sans emploi\n"
        "– le chien, {{Rocky}}\n"
        "Chauffage au poêle, {{1 pièce}} chauffée sur 4. Demande : aide énergie {{250 €}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart en diffus (CHRS éclaté) à {{Saint-Pol-sur-Mer}}. {{2 jeunes}} en coloc, frigo plein, vaisselle pas faite. L'éduc vérifie le détecteur de fumée, la chasse d'eau qui fuit. RAS selon elle. {{20 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Calais}} (tout le monde dit encore « {{Pôle emploi}} »). Liste d'attente sur la tablette de l'accueil :\n"
        "[[PERSONNE:Kouassi]] {{10:02}} RDV\n"
        "[[PERSONNE:Vermeersch]] {{10:05}} sans RDV\n"
        "[[PERSONNE:Amrani]] {{10:06}} sans RDV\n"
        "[[PERSONNE:Lefebvre]] {{10:11}} RDV\n"
        "[[PERSONNE:Da Silva]] {{10:15}} sans RDV\n"
        "Les « sans RDV » passent d'abord sur un poste en libre-service. 3 sur 5 repartent direct.",
    ),
]

# Batch 2 (notes 37-72).
NOTES_2 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Coudekerque-Branche}}, {{9h15}}. Devant le pavillon, une {{Clio}} grise immatriculée [[IMMATRICULATION:FV-318-LM]] et un utilitaire blanc [[IMMATRICULATION:EK 947 TR]]. Mme [[PERSONNE:Verhaeghe]] dit que le fourgon est « à un copain du boulot ». Le contrôleur, [[PERSONNE:Patrice]], demande à voir la carte grise : au nom de [[PERSONNE:Anthony Dehaene]], même adresse qu'elle. Silence.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Lens}}, ouverture {{8h30}}, déjà {{17 personnes}} dehors. La liste de l'agent d'accueil ([[PERSONNE:Farid]]) :\n"
        "1 – Mme [[PERSONNE:Bernard]] {{CSS}}\n"
        "2 – M. [[PERSONNE:Hovhannisyan]] {{AME}}, son fils traduit\n"
        "3 – [[PERSONNE:Mégane]] {{carte vitale}} perdue\n"
        "4 – M. [[PERSONNE:Duquesnoy]] {{IJ}} pas payées depuis {{6 semaines}}\n"
        "5 – Mme [[PERSONNE:Sissoko]] + bébé, rattachement\n"
        "… il arrête d'écrire au 12ème.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien d'inscription avec [[PERSONNE:Olivier]], l'écran se remplit :\n"
        "Nom : [[PERSONNE:NGUYEN VAN Thanh]]\n"
        "Âge : {{44 ans}}\n"
        "Dernier emploi : intérim (avant : {{Bridgestone}}, licencié en {{2021}})\n"
        "Identifiant : [[ID_FRANCE_TRAVAIL:6 093 215 B]] (généré à l'instant)\n"
        "Mail : [[EMAIL:thanh.nguyen.bethune@orange.fr]]\n"
        "« Vous allez recevoir un mail, regardez dans les spams. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Grosse affluence vers {{19h}} : {{3 ambulances}} en même temps + les pompiers. L'agente d'accueil fait les entrées à la chaîne, {{1 min 30}} par patient. Elle me dit qu'elle a fait {{11 ans}} de nuit avant. Les familles attendent dehors sous la pluie, {{Béthune}} en novembre 🥶",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{19h55}}. Une femme, [[PERSONNE:Nadia]], avec son fils de {{4 ans}}, dehors à la gare de {{Dunkerque}}. L'écoutante demande sa date de naissance pour la retrouver dans le logiciel : « [[DATE_NAISSANCE:le 3 du 9, 86]] ». Trouvée. Rappel au [[TELEPHONE:07 58 33 21 90]] dès qu'une place se libère. Elle a {{12 %}} de batterie 🔋",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce que l'agent a à l'écran (onglet Identité) pendant que la dame fouille son sac :\n"
        "Allocataire : [[PERSONNE:KACZMAREK Sandrine]]\n"
        "N° : [[N_ALLOCATAIRE:0952618]]\n"
        "NIR : [[NIR:2 68 05 62 178 241 63]]\n"
        "Née le : [[DATE_NAISSANCE:11/05/1968]] à {{Bruay-la-Buissière}}\n"
        "Situation : veuve\n"
        "RIB : [[IBAN:FR76 1627 5004 1008 7732 1549 031]]\n"
        "Prestations : {{AAH}} ({{1016,05 €}}), {{APL}} ({{287 €}})\n"
        "Elle vient pour la carte mobilité inclusion → pas la Caf, c'est la {{MDPH}}. Redirigée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour les colis de Noël des seniors. Inscriptions closes depuis le {{15 novembre}}. L'agent la met quand même sur liste d'attente « au cas où ». {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un frontalier qui a bossé en {{Belgique}} ({{Courtrai}}), il veut ses allocs sur son compte belge. Il dicte : « [[IBAN:BE89 0634 7821 5085]] ». La conseillère ([[PERSONNE:Amandine]]) dit que c'est possible, zone {{SEPA}}. Il demande aussi le formulaire {{U1}} (ex-{{E301}}). Son identifiant : [[ID_FRANCE_TRAVAIL:2875540P]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Charmilles}} d'{{Avion}} : ils envoient Mme [[PERSONNE:Dudek]], {{92 ans}}, chute cette nuit. L'infirmière au tel donne l'IPP de son dernier passage en août : [[IDENTIFIANT:620044518]]. L'agente prépare le dossier avant l'arrivée des {{Ambulances Lefranc}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission en {{CHRS}} à {{Boulogne}}, famille [[PERSONNE:Al-Hassan]] (syriens, arrivés par la {{Belgique}}). L'éducateur remplit la fiche :\n"
        "[[PERSONNE:Al-Hassan Omar]], père, né le [[DATE_NAISSANCE:01/01/1981]] (« on met toujours {{1er janvier}} » me glisse-t-il)\n"
        "[[PERSONNE:Rania]], mère, née en [[DATE_NAISSANCE:1985]]\n"
        "[[PERSONNE:Yasmine]], {{14 ans}}\n"
        "[[PERSONNE:Karam]], {{11 ans}}\n"
        "[[PERSONNE:Lana]], {{6 ans}}\n"
        "APS n° [[IDENTIFIANT:6203119427]] pour le père, récépissé pour la mère.\n"
        "{{chambre 12}} et {{chambre 13}} réunies, 2e étage.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite pour vérifier la résidence ({{CSS}}). Personne. L'agent prend une photo de la boîte aux lettres : {{3 noms}} dessus, aucun ne correspond. Il repassera après un {{recommandé}}. On a fait {{34 km}} pour ça 😬",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : une jeune maman ne reçoit pas les mails de la Caf. Le conseiller lit l'adresse enregistrée : [[EMAIL:melodie.lrx@laposte.net]]. Elle : « non c'est [[PERSONNE:l-e-r-o-u-x]], pas [[PERSONNE:l-r-x]] ». Corrigé en [[EMAIL:melodie.leroux@laposte.net]]. Elle a {{19 ans}}, son bébé [[PERSONNE:Kenzo]] a {{3 semaines}}, elle appelle de la maternité de {{Calais}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Agenda papier de l'assistante sociale, Mme [[PERSONNE:Lheureux]], vendredi :\n"
        "{{9h}} M. [[PERSONNE:Hamidou]] — dossier {{FSL}}\n"
        "{{9h45}} Mme [[PERSONNE:Wimez]] — impayé {{EDF}}, réf client [[IDENTIFIANT:6003 418 257]]\n"
        "{{10h30}} VAD {{Mont-Liébaut}} (annulée)\n"
        "{{11h15}} couple [[PERSONNE:Leclercq]]/[[PERSONNE:Benaïssa]] — aide alimentaire\n"
        "{{14h}} commission {{aide facultative}}\n"
        "{{16h}} [[PERSONNE:Bryan]] (jeune majeur sorti de l'{{ASE}})\n"
        "Elle dit qu'elle déborde toujours de {{30 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le monsieur donne son nom, « [[PERSONNE:Szczepaniak]] », l'agente tape [[PERSONNE:Sczepaniak]], il corrige, elle retape, encore faux : [[PERSONNE:Szczepanak]]. Au final il l'écrit lui-même sur un papier. « Mon grand-père était mineur à {{Liévin}}, il a toujours eu ce problème. » {{4 min}} pour un nom.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Béthune}}, {{13h30}}, [[PERSONNE:Yannick]] appelle au micro :\n"
        "« Madame [[PERSONNE:Vanhoutte]] » (pas là)\n"
        "« Monsieur [[PERSONNE:Ouedraogo]] »\n"
        "« [[PERSONNE:Jordan]] ? [[PERSONNE:Jordan D.]] ? » (il arrive en courant)\n"
        "« Madame [[PERSONNE:Pawlak]] »\n"
        "{{4 appels}} en {{10 minutes}}, bureaux {{B2}} et {{B5}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'une famille en {{ALT}}, [[ADRESSE:5 rue du Cap Blanc-Nez, appt 3, 62100 Calais]]. Mme [[PERSONNE:Tshibanda]] et ses {{4 enfants}}. Humidité dans la chambre des petits, moisissure noire au plafond. L'intervenante ([[PERSONNE:Élodie]]) prend des photos pour le bailleur. Un des gamins me montre son dessin de {{Mbappé}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un DE appelle, actualisation bloquée. « Votre identifiant ? » « [[ID_FRANCE_TRAVAIL:huit un deux deux trois zéro quatre J]] » « Votre nom ? » « [[PERSONNE:Boulanger]] » « Et vous cherchez quoi comme métier ? » « {{boulanger}} ». Fou rire sur le plateau. Réglé en {{4 min}}, bug connu depuis le {{28}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame arrive avec {{3 sacs}} de papiers, « tout ce que j'ai reçu depuis {{2019}} ». L'agente trie avec elle sur le comptoir, garde {{6 feuilles}}, rend le reste. {{25 min}}, la file derrière s'impatiente. Personne ne dit rien à voix haute.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Passage sur l'{{aire d'accueil}} des gens du voyage avec l'agent du CCAS pour une domiciliation. Famille [[PERSONNE:Winterstein]], [[ADRESSE:aire de la Plaine, emplacement 7]] à {{Lillers}}. Caravane + fourgon [[IMMATRICULATION:DX-552-QC]]. Le grand-père, [[PERSONNE:Django]] (oui, comme {{Reinhardt}}), me parle surtout de chevaux. La mère signe les papiers pour {{3 enfants}} scolarisés à {{Lillers}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran de la salle d'attente, {{CH de Calais}} (des numéros, pas de noms, bien) :\n"
        "{{P-041}} → {{box 3}}\n"
        "{{P-042}} → attente\n"
        "{{P-043}} → attente\n"
        "{{P-044}} → imagerie\n"
        "Mais l'agente appelle quand même à voix haute « M. [[PERSONNE:Lefranc]] ! » pour le {{P-042}} 🙃",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : {{carte Vitale}} perdue au marché d'{{Hénin}} {{samedi}}. Le conseiller vérifie :\n"
        "NIR : [[NIR:1 85 04 62 427 156 27]] ok\n"
        "ddn : [[DATE_NAISSANCE:17/04/1985]] ok\n"
        "adresse : [[ADRESSE:112 rue Élie Gruyelle, 62110 Hénin-Beaumont]] ok\n"
        "Nouvelle carte sous {{15 jours}}, attestation sur {{ameli}} en attendant. M. [[PERSONNE:Mortier]] dit merci 3 fois.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Places dispo ce soir, tableau blanc au-dessus des postes du {{115}} :\n"
        "abri de nuit {{Calais}} – 0\n"
        "{{CHRS Le Cap}} ({{Boulogne}}) – 2 hommes\n"
        "accueil de nuit {{Lens}} – 1 femme\n"
        "hôtel {{Campanile}} {{Béthune}} – 3 chambres familles\n"
        "plan grand froid déclenché à {{18h}}, gymnase de {{Liévin}} ouvert ({{40 lits}}).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Mbemba]] a trouvé un CDI de livreur chez {{Transports Delannoy}} à {{Gravelines}}, il lui faut une voiture. Il a acheté une {{Twingo}} {{1 800 €}} sur {{Leboncoin}}, plaque [[IMMATRICULATION:CW-804-HN]]. La conseillère monte l'aide à la mobilité. Il faut la carte grise à son nom, là elle est encore à celui de l'ancien proprio, un certain [[PERSONNE:Van Hecke]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Changement de situation par tél (nouvelle compagne). Le conseiller tape pendant que le monsieur dicte :\n"
        "« moi [[PERSONNE:Cherif Mourad]], [[DATE_NAISSANCE:12 juillet 79]]\n"
        "ma compagne [[PERSONNE:Laura Decroix]], [[DATE_NAISSANCE:23 février 92]]\n"
        "sa fille [[PERSONNE:Inaya]], {{5 ans}}\n"
        "mes fils [[PERSONNE:Ilyes]] et [[PERSONNE:Rayan]], {{13}} et {{15 ans}}, une semaine sur deux »\n"
        "Vie commune depuis le {{1er septembre}}. Il redonne son NIR pour vérif : [[NIR:1 79 07 99 350 021 69]]. Le conseiller prévient : recalcul {{RSA}} + {{APL}}, indu possible.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un pharmacien de garde de {{Marck}} appelle pour savoir si les urgences ont de la {{Ventoline}} pour un gamin. L'agent transfère à l'IDE. Je comprends pas tout. {{1 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Fiche d'admission imprimée (je recopie les champs) :\n"
        "NOM PRÉNOM : [[PERSONNE:DUMITRU Vasile]]\n"
        "DATE NAISS. : [[DATE_NAISSANCE:30.10.1977]]\n"
        "NATIONALITÉ : roumaine\n"
        "PIÈCE : passeport n° [[IDENTIFIANT:058214763]]\n"
        "ORIENTATION : {{SIAO}} du {{Pas-de-Calais}}, le {{04/03}}\n"
        "CHAMBRE : {{n°6}}\n"
        "RÉFÉRENTE : Mme [[PERSONNE:Lambin]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "Formulaire téléassistance rempli par [[PERSONNE:Sabrina]] avec M. [[PERSONNE:Lefèvre]] :\n"
        "âge : {{86 ans}}\n"
        "vit seul : oui\n"
        "fixe : [[TELEPHONE:03.21.65.48.07]] (il le lit, écrit au feutre sur sa main)\n"
        "contact 1 : sa voisine\n"
        "Coût {{9,50 € par mois}} après l'aide du {{Département}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une famille ukrainienne arrivée en {{2022}} (protection temporaire) veut savoir si la {{CSS}} continue. L'agent explique en anglais puis avec {{Google Traduction}} sur son téléphone. Oui, jusqu'en {{mars}}. Ils repartent avec {{2 formulaires}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Pièces demandées par le contrôleur ([[PERSONNE:Ludovic]]) chez M. [[PERSONNE:Bouzidi]], {{Sallaumines}} :\n"
        "✔ bail {{Maisons & Cités}}, réf. [[IDENTIFIANT:MC-2019-77412]]\n"
        "✔ {{3 derniers}} relevés de compte\n"
        "✘ avis d'imposition {{2023}}\n"
        "✔ contrat d'intérim ({{Adecco}})\n"
        "✘ justificatif de la garde alternée\n"
        "Il a {{15 jours}} pour envoyer ce qui manque.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappels de [[PERSONNE:Marine]] pour l'après-midi, sur un {{post-it}} jaune :\n"
        "- [[PERSONNE:Kaddouri]] [[TELEPHONE:06 31 09 77 42]] (formation cariste)\n"
        "- [[PERSONNE:Pruvost]] [[TELEPHONE:07 69 55 20 18]] (radiation)\n"
        "- Mme [[PERSONNE:Kebe]] [[TELEPHONE:+33 6 12 80 74 51]] (garde d'enfants)\n"
        "- M. [[PERSONNE:Rousseau]] pas de num, par mail [[EMAIL:rousseau.franck@free.fr]]\n"
        "Elle en fera {{2 sur 4}}, le reste demain.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Ronde de nuit au CHRS, {{23h}}, avec le veilleur. Il frappe à chaque porte du {{1er étage}}, vérifie que {{14 résidents}} sur {{16}} sont rentrés. Les {{2 absents}} ont prévenu. Odeur de tabac dans le couloir malgré l'interdiction.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une voiture belge sur la dépose-minute depuis {{40 minutes}}, plaque [[IMMATRICULATION:1-KTR-358]]. L'agent de sécurité veut la faire enlever. C'est la fille de la patiente du {{box 7}}, Mme [[PERSONNE:Vandamme]], venue d'{{Ypres}} en urgence. On la laisse. « C'est la frontière ici, on a l'habitude. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré veut changer son RIB pour les remboursements. Le conseiller refuse par tel (passer par le compte {{ameli}} ou par courrier). Le monsieur insiste et lit quand même : « [[IBAN:FR76 3000 4008 7400 0102 9384 797]] ». « Je ne peux pas le saisir monsieur. » {{7 minutes}} de négociation 😤",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une assistante sociale de l'hôpital de {{Boulogne}} : sortie prévue {{vendredi}} pour une dame qui n'a plus de logement. Le CCAS n'a rien avant {{lundi}}. Elles se renvoient la balle poliment pendant {{8 minutes}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demande d'{{AGEPI}} (garde d'enfants pour une reprise d'emploi). La conseillère remplit avec Mme [[PERSONNE:Delcroix]] :\n"
        "Enfants de moins de {{10 ans}} :\n"
        "• [[PERSONNE:Lyna]], née le [[DATE_NAISSANCE:6 juin 2016]]\n"
        "• [[PERSONNE:Timéo]], né le [[DATE_NAISSANCE:19/12/2019]]\n"
        "Garde : assistante maternelle, Mme [[PERSONNE:Becquart]], {{Carvin}}\n"
        "Emploi : CDD {{6 mois}} à {{La Poste}} de {{Libercourt}}, horaires {{5h30-12h}}\n"
        "Montant : {{400 €}} environ.",
    ),
    (
        "caf",
        "accueil_physique",
        "« [[PERSONNE:Ngalula]], [[PERSONNE:N-G-A-L-U-L-A]] » épelle la dame. L'agent tape « [[PERSONNE:Ngalola]] ». Deux fois. Et sur le courrier Caf qu'elle tient c'est encore autre chose : [[PERSONNE:Ngaloula]]. {{3 orthographes}} pour une seule personne.",
    ),
]

# Batch 3 (notes 73-108).
NOTES_3 = [
    (
        "caf",
        "controle_sur_place",
        "Tablette du contrôleur, fiche de mission :\n"
        "Allocataire : M. [[PERSONNE:EL IDRISSI Youssef]]\n"
        "N° alloc : [[N_ALLOCATAIRE:3 108 442]]\n"
        "Adresse : [[ADRESSE:Résidence du Parc, bât. C, appt 21, 59760 Grande-Synthe]]\n"
        "Motif : ressources non déclarées (signalement)\n"
        "Date mission : {{18/06}}\n"
        "Résultat après {{1h10}} sur place : il fait les marchés le week-end ({{Gravelines}}, {{Bourbourg}}), {{200 €}}/mois à peu près. Il ne voyait pas ça comme un revenu.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un jeune, [[PERSONNE:Théo]], {{23 ans}}, veut sa propre {{carte Vitale}}, il est encore rattaché à sa mère. L'agente demande son numéro : il l'a en photo sur son tel, [[NIR:1 01 09 62 160 304 57]]. Il est bien né à {{Boulogne}}, ça colle. Formulaire rempli en {{5 min}}, photo faite au {{Photomaton}} de l'{{Auchan}} d'à côté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier collectif « rebondir après {{50 ans}} », {{9 participants}}. Le formateur demande à chacun son dernier métier : docker, caissière, soudeur, aide à domicile, cariste... Une dame : « moi {{32 ans}} chez {{Arc}} ». Les autres hochent la tête, tout le monde connaît quelqu'un qui y a bossé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tri IOA, tablette de [[PERSONNE:Julien]] (infirmier), {{14h}}-{{15h}} :\n"
        "{{14h03}} [[PERSONNE:Dorian]], {{16 ans}}, entorse – {{tri 4}}\n"
        "{{14h11}} Mme [[PERSONNE:Boukhalfa]], {{45 ans}}, migraine – {{tri 4}}\n"
        "{{14h20}} M. [[PERSONNE:Legrand]], {{78 ans}}, dyspnée – {{tri 2}}\n"
        "{{14h38}} bébé [[PERSONNE:Alicia]], {{10 mois}}, fièvre {{39,5}} – {{tri 3}}\n"
        "{{14h52}} [[PERSONNE:Kamel]], {{31 ans}}, plaie main – {{tri 4}}\n"
        "{{5 entrées}} en une heure, « calme ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Le monsieur appelle pour la 4e fois de la semaine. « [[PERSONNE:Kevin]], [[PERSONNE:K-E-V-I-N]], [[PERSONNE:Hochart]] ». Il dort dans sa voiture, une {{Peugeot 206}} immatriculée [[IMMATRICULATION:BV-221-XS]], sur le parking du {{Leclerc}} de {{Bully-les-Mines}}. Pas de place. Il dit « c'est pas grave je suis habitué » et raccroche.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause entre deux appels, la conseillère me montre ses stats d'hier :\n"
        "appels traités {{47}}\n"
        "{{DMT}} {{5 min 48}} (objectif {{6 min}})\n"
        "transferts {{3}}\n"
        "rappels programmés {{5}}\n"
        "« Si je dépasse trop, on me le dit. » Elle a {{2 ans}} de maison.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Distribution du courrier des domiciliés, {{10h}}-{{11h}}, {{CCAS}} de {{Calais}}. L'agent a une boîte d'enveloppes classées par ordre alpha :\n"
        "[[PERSONNE:AHMADZAI]] – 2 lettres (préfecture)\n"
        "[[PERSONNE:BELKACEM]] – rien\n"
        "[[PERSONNE:DUCROCQ]] – 1 lettre {{Caf}}\n"
        "[[PERSONNE:HABTE]] – rien\n"
        "[[PERSONNE:MARTEL]] – 3 lettres dont un recommandé\n"
        "Chacun signe le registre. {{31 domiciliés}} passent par jour en moyenne.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame veut que sa mutuelle soit reliée à ses remboursements (télétransmission {{Noémie}}). Elle donne son numéro d'adhérente {{MGEN}} : [[IDENTIFIANT:1 90 348 271]]. Le conseiller explique que c'est la mutuelle qui fait la demande. Elle veut une confirmation par mail, à [[EMAIL:c.lemoine62@sfr.fr]]. Ok.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une patronne de boulangerie de {{Wimereux}} appelle pour déposer une offre (vendeuse, {{24h/semaine}}). Le conseiller saisit en direct, offre n° {{178QKDW}}. Elle précise « pas besoin de CV, juste qu'elle soit souriante ». Le conseiller tique.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ouverture de droits {{RSA}}, checklist de l'agent (recopiée) :\n"
        "[x] identité : CNI n° [[IDENTIFIANT:T7XK2M9P4]]\n"
        "[x] RIB : [[IBAN:FR76 1350 7000 6131 2098 7745 174]]\n"
        "[ ] avis d'imposition\n"
        "[x] attestation {{France Travail}} (inscrite, id [[ID_FRANCE_TRAVAIL:7150228H]])\n"
        "[x] bail / quittance\n"
        "[ ] ressources des {{3 derniers mois}}\n"
        "Mme [[PERSONNE:Bouchez]], {{27 ans}}, seule, enceinte de {{5 mois}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La police de {{Calais}} appelle : ils amènent un homme interpellé, « [[PERSONNE:Ahmed]] », pas de nom de famille, pour un certificat de compatibilité avec la garde à vue. Arrivée dans {{20 min}}. L'agente ouvre un dossier au nom de « X [[PERSONNE:Ahmed]] ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement d'insertion, {{Hénin-Beaumont}}, {{cité Darcy}}. L'éduc vérifie qui vit là pour de vrai :\n"
        "– Mme [[PERSONNE:Benhamou Linda]], titulaire, {{38 ans}}\n"
        "– [[PERSONNE:Nolan]], {{17 ans}}\n"
        "– [[PERSONNE:Chloé]], {{15 ans}}\n"
        "– un monsieur dans le canapé, « un ami », [[PERSONNE:Steve]]\n"
        "Le règlement interdit d'héberger des tiers. L'éduc ([[PERSONNE:Malika]]) en reparlera au {{point de suivi}} mardi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "PPAE affiché à l'écran :\n"
        "DE : [[PERSONNE:Hennequin Mathis]]\n"
        "ID : [[ID_FRANCE_TRAVAIL:4406917C]]\n"
        "Âge : {{20 ans}}\n"
        "Niveau : CAP maçon\n"
        "Métiers : {{F1703}} maçon, {{F1608}} carreleur\n"
        "Zone : {{30 km}} autour de {{Bruay}}\n"
        "Mobilité : permis B en cours, scooter\n"
        "Salaire : {{SMIC}}\n"
        "Il dit « n'importe quoi du moment que c'est pas de l'intérim ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD pour une demande d'aide sociale à l'hébergement : Mme [[PERSONNE:Deprez]], {{88 ans}}, [[ADRESSE:6 impasse des Houblons, 62290 Noeux-les-Mines]]. Elle veut entrer en {{EHPAD}}, les enfants sont obligés alimentaires. Une fille à {{Lille}}, un fils « en {{Bretagne}}, il répond jamais » : [[TELEPHONE:02 97 41 28 63]]. L'agente note tout. Madame me demande si je suis « la nouvelle assistante sociale ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un homme appelle pour sa mère qui est sourde. « Son numéro c'est le [[N_ALLOCATAIRE:66 31 207]]. » Le conseiller ne peut pas traiter sans elle, il propose le service de relais téléphonique pour sourds. Le fils s'énerve puis se calme. {{9 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un gamin est venu avec sa grand-mère, il a avalé une pièce de {{2 €}}. Radio : la pièce est dans l'estomac. L'interne : « elle ressortira ». La grand-mère demande si elle « peut la récupérer ». Tout le monde rit. {{45 min}} en tout.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Feuille des repas du soir, {{CHRS}} de {{Béthune}} :\n"
        "{{ch. 1}} [[PERSONNE:Marcel]] ✔\n"
        "{{ch. 2}} [[PERSONNE:Sofiane B.]] ✘ (travaille)\n"
        "{{ch. 3}} [[PERSONNE:Bogdan]] ✔\n"
        "{{ch. 4}} vide\n"
        "{{ch. 5}} « [[PERSONNE:Dédé]] » ✔ (sans sel)\n"
        "{{ch. 6}} [[PERSONNE:Issa]] ✔\n"
        "{{4 repas}} + {{1 plateau}} pour le veilleur, livrés par {{Api Restauration}} à {{17h30}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un assuré en arrêt pour lombalgie, signalé par l'employeur. L'agent et moi attendons dans la voiture, {{10h40}}. M. [[PERSONNE:Carpentier]] sort de chez lui avec une tondeuse et la charge sur sa remorque, plaque [[IMMATRICULATION:GR-706-ZB]]. L'agent note l'heure, ne descend pas. « Je rapporte, c'est le médecin-conseil qui décide. »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame dicte son adresse mail pour recevoir les offres : « [[EMAIL:jessica point dhainaut arobase yahoo point fr]] », [[PERSONNE:dhainaut]] avec un h après le d. Le conseiller écrit [[EMAIL:jessica.dhainaut@yahoo.fr]] et relit. Ok. Elle cherche du ménage en {{Ehpad}} secteur {{Auchel}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Rendez-vous des droits de [[PERSONNE:Agnès]], jeudi :\n"
        "{{9h00}} M. et Mme [[PERSONNE:Lamotte]] — séparation\n"
        "{{10h00}} [[PERSONNE:Nour Saïdi]] — 1re demande {{APL}}, étudiante\n"
        "{{11h00}} Mme [[PERSONNE:Fontaine]] — décès du conjoint\n"
        "{{14h00}} M. [[PERSONNE:Kabongo]] — {{prime d'activité}}\n"
        "{{15h00}} (libre)\n"
        "{{16h00}} Mme [[PERSONNE:Rosier]] — {{AAH}}\n"
        "{{1h}} par rdv, « on dépasse toujours pour les décès ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit calme au {{115}} du {{Pas-de-Calais}}, bilan noté par l'écoutant entre {{22h}} et {{2h}} :\n"
        "appels {{38}}\n"
        "raccrochés {{11}}\n"
        "demandes d'hébergement {{19}}\n"
        "places trouvées {{4}}\n"
        "« juste parler » {{1}} ({{14 min}})\n"
        "Il dit que c'est aussi ça, le boulot.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Journal d'appels du standard, CCAS de {{Liévin}}, matinée :\n"
        "{{8h32}} Mme [[PERSONNE:Hanquez]] – bons alimentaires\n"
        "{{8h50}} inconnu – raccroche\n"
        "{{9h14}} M. [[PERSONNE:Rabhi]] – rdv AS, [[TELEPHONE:06 08 47 92 33]]\n"
        "{{9h40}} [[PERSONNE:Émilie]] de la {{Mission locale}} – dossier jeune\n"
        "{{10h05}} Mme [[PERSONNE:Szewczyk]] – colis de Noël\n"
        "{{10h30}} pause\n"
        "{{6 appels}}, {{1 rappel}} à faire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Fiolet]], sans domicile, donne comme adresse celle du {{CCAS de Lens}} (il y est domicilié). L'agente hésite puis la saisit. Date de naissance ? « [[DATE_NAISSANCE:soixante-quatre]] », il ne se souvient plus du jour. Elle met le {{1er janvier}} par défaut, comme d'habitude.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier {{AME}} en cours, écran :\n"
        "Demandeur : [[PERSONNE:TESFAMARIAM Selam]]\n"
        "Née le : [[DATE_NAISSANCE:00/00/1996]]\n"
        "Pays : {{Érythrée}}\n"
        "Adresse : domiciliation {{Secours Catholique}} {{Calais}}\n"
        "N° dossier : [[IDENTIFIANT:AME-62-2024-03318]]\n"
        "Pièces : attestation de domiciliation ✔, présence > {{3 mois}} ✔\n"
        "Délai annoncé : {{2 mois}}. Un bénévole traduit en tigrinya.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil de {{Boulogne-sur-Mer}}, lundi matin. [[PERSONNE:Nathalie]] note le motif de chacun sur son écran :\n"
        "[[PERSONNE:Lebas]] – actualisation\n"
        "[[PERSONNE:Ferreira]] – attestation employeur ({{Capécure}}, marée)\n"
        "[[PERSONNE:Diakité]] – rdv {{10h15}}\n"
        "[[PERSONNE:Hénon]] – imprimer un CV\n"
        "[[PERSONNE:Benyahia]] – « je veux parler à quelqu'un »\n"
        "{{5 personnes}} en {{12 minutes}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une allocataire qui déclare ne plus vivre avec son mari, {{Saint-Pol-sur-Mer}}. Mme [[PERSONNE:Benamar]], née en {{Algérie}} en [[DATE_NAISSANCE:décembre 71]]. Le contrôleur vérifie le NIR au dossier : [[NIR:2 71 12 99 352 017 47]]. Dans la salle de bain une seule brosse à dents, dans l'armoire que des affaires de femme. Séparation réelle. Le contrôleur ([[PERSONNE:Régis]]) : « souvent c'est ça, les gens croient qu'on vient les piéger ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi d'un couple hébergé en caravane, [[ADRESSE:camping des Dunes, emplacement 41, Berck]]. Couple [[PERSONNE:Lhomme]]/[[PERSONNE:Dacquin]]. Leur voiture (vieille plaque, [[IMMATRICULATION:4712 XR 62]]) ne démarre plus. Le camping ferme le {{31 octobre}}, après c'est la rue.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le plateau téléphonique est en open space, {{12 conseillers}}, casques sans fil. Un écran affiche en rouge les appels en attente : {{23}}. Au-dessus de {{30}} une sonnerie retentit. Personne ne lève la tête.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rattachement des enfants sur la carte de la mère. Elle dicte :\n"
        "« [[PERSONNE:Awa]], née le [[DATE_NAISSANCE:2 mai 2015]]\n"
        "[[PERSONNE:Moussa]], [[DATE_NAISSANCE:14 août 2018]]\n"
        "et la petite [[PERSONNE:Mariam]], le [[DATE_NAISSANCE:30 novembre 2021]] »\n"
        "Son NIR à elle : [[NIR:2 82 10 99 341 033 81]]. Le conseiller dit qu'il faut l'acte de naissance pour [[PERSONNE:Mariam]], née au {{Sénégal}}. Mme [[PERSONNE:Diop]] soupire. {{11 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme demande le temps d'attente « pour savoir si ça vaut le coup de venir ». L'agent : « je peux pas vous dire, si c'est grave appelez le {{15}} ». Il raccroche. Ça arrive « {{10 fois}} par nuit ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour payer la cantine, le calcul de l'agente ([[PERSONNE:Ophélie]]) :\n"
        "{{3,20 €}} × {{4 repas}} × {{2 enfants}} = {{25,60 €}}/semaine\n"
        "prise en charge {{50 %}}\n"
        "Mme [[PERSONNE:Lenoir]] tend un RIB {{Banque Postale}} : [[IBAN:FR57 2004 1010 0504 8721 3K02 678]]. L'agente explique que l'aide ira directement à la mairie, pas sur son compte. Elle reprend son RIB, un peu vexée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Changement d'adresse par tel, le monsieur déménage de {{Lens}} à {{Calais}}. Nouvelle adresse : « [[ADRESSE:9 rue des Quatre Coins, 62100 Calais]] ». Le logiciel ne la reconnaît pas, le conseiller essaie « [[ADRESSE:9 rue des 4 Coins]] », ça passe. M. [[PERSONNE:Saïd Ali]] (comorien, très poli) demande si l'{{APL}} suit. Non : nouvelle demande.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère montre un CV modèle imprimé au nom de « [[PERSONNE:Marie Durand]] » pour expliquer la mise en page. M. [[PERSONNE:Osmani]] : « c'est qui [[PERSONNE:Marie Durand]] ? » « {{Personne}}, c'est un exemple. » Il veut quand même le même.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Mustapha]], agent d'accueil depuis {{15 ans}}, connaît tout le monde par son prénom. « Ici on appelle pas les gens par un numéro. » Un résident lui apporte un café et un croissant de chez {{Marie Blachère}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur pour un remboursement de lunettes. L'agent reprend la facture ({{Optic 2000}} de {{Liévin}}, n° [[IDENTIFIANT:F-2024-11873]]) ligne par ligne :\n"
        "monture {{189 €}} (hors {{100 % Santé}})\n"
        "verres {{220 €}}\n"
        "remboursé Sécu + mutuelle {{269 €}}\n"
        "reste à charge {{140 €}}\n"
        "« Ah bon. »",
    ),
    (
        "caf",
        "accueil_physique",
        "DÉMÉNAGEMENT PAS DÉCLARÉ = {{3 MOIS}} D'APL À REMBOURSER. LA DAME PLEURE. L'AGENT ([[PERSONNE:BRUNO]]) PROPOSE UN ÉCHÉANCIER À {{30 €}}/MOIS.",
    ),
]

# Batch 4 (notes 109-144).
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "Caf de {{Lens}}, {{8h45}}, file avant l'ouverture, je compte {{23 personnes}}. L'agent de sécurité distribue des numéros à la main :\n"
        "{{n°1}} une dame avec poussette\n"
        "{{n°2}} M. [[PERSONNE:Pietrzak]], venu de {{Carvin}} en bus\n"
        "{{n°3}} [[PERSONNE:Océane]] et sa mère\n"
        "{{n°4}} un monsieur qui veut pas donner son nom\n"
        "...\n"
        "{{n°23}} [[PERSONNE:Kader]], « comme d'hab le dernier »\n"
        "Ouverture {{9h00}} pile.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Journée type du contrôleur, il me la dicte dans la voiture :\n"
        "{{8h}} préparation des dossiers au bureau\n"
        "{{9h30}} contrôle n°1\n"
        "{{11h}} contrôle n°2\n"
        "{{14h}} contrôle n°3 (souvent personne)\n"
        "{{16h}} rapports\n"
        "{{180 km}} au compteur ce mois-ci, voiture de service {{Peugeot 208}}. Le plus dur selon lui c'est pas la fraude, c'est « les gens qui ont rien et qui s'excusent ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une étudiante appelle pour la {{complémentaire santé solidaire}}. Elle lit son numéro lentement : « [[NIR:deux, quatre-vingt-dix-neuf, zéro deux, soixante-deux, cinq cent dix, zéro quatre-vingt-neuf, trente-sept]] ». Le conseiller répète en chiffres. Elle s'appelle [[PERSONNE:Lisa Mahieu]], {{25 ans}}, alternante, elle dépasse le plafond de {{12 €}}. Refus 😕",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription à l'{{épicerie sociale}}, fiche famille remplie par l'agente :\n"
        "Référent : [[PERSONNE:GUERROUDJ Malik]], né le [[DATE_NAISSANCE:03/02/1983]]\n"
        "Conjointe : [[PERSONNE:Céline]], née le [[DATE_NAISSANCE:27/09/1986]]\n"
        "Enfants : [[PERSONNE:Adam]] ({{10 ans}}), [[PERSONNE:Lina]] ({{7 ans}}), [[PERSONNE:Sami]] ({{2 ans}})\n"
        "Ressources : {{1 480 €}} ({{RSA}} + alloc)\n"
        "Charges : loyer {{520 €}}, énergie {{140 €}}\n"
        "Reste à vivre : {{4,10 €/jour/pers}} → éligible (seuil {{7 €}})\n"
        "Accès {{3 mois}}, renouvelable.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Fiche d'appel remplie par l'agent :\n"
        "Appelante : la fille, vit à {{Lyon}}, mail [[EMAIL:isabelle.vasseur-martin@outlook.fr]]\n"
        "Pour : Mme [[PERSONNE:Vasseur]], {{80 ans}}, seule\n"
        "Adresse : [[ADRESSE:21 rue Arthur Lamendin, 62700 Bruay-la-Buissière]]\n"
        "Demande : portage de repas ({{7,80 €}} le repas)\n"
        "Suite : dossier envoyé par mail",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{21h12}}. Un Soudanais, [[PERSONNE:Abdallah Ismail]], qui parle un peu français. Date de naissance : « [[DATE_NAISSANCE:1/1/2000]] ». L'écoutant me regarde : la moitié des dates soudanaises sont au {{1er janvier}}. Place à l'{{accueil de nuit}} de {{Calais}}, rdv à {{22h}} devant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Delannoy]] veut monter sa boîte de nettoyage de vitres. La conseillère parle de l'{{ARCE}} et de l'{{ACRE}}. Il a déjà son SIRET perso d'auto-entrepreneur, il le montre : [[IDENTIFIANT:912 847 308 00018]]. « Je l'ai fait tout seul sur internet. » Démarrage le {{1er avril}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fiche d'identitovigilance à l'accueil (on me la montre pour m'expliquer) :\n"
        "Nom de naissance : [[PERSONNE:BOUAZZA]]\n"
        "Nom d'usage : [[PERSONNE:LEFEBVRE]]\n"
        "Prénom(s) : [[PERSONNE:Nadia Fatima]]\n"
        "Date de naissance : [[DATE_NAISSANCE:22/12/1979]]\n"
        "Lieu de naissance : {{Oran}}\n"
        "Sexe : F\n"
        "Pièce : titre de séjour [[IDENTIFIANT:5904187230]] ✔\n"
        "L'agente : une lettre de travers et c'est un autre dossier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un jeune résident, [[PERSONNE:Wassim]], montre sa chaîne {{TikTok}} à l'animateur : [[IDENTIFIANT:@wass_dk59]], {{12 000 abonnés}}. Il filme le foyer ; l'animateur lui rappelle qu'il ne filme pas les autres résidents. « Je floute ! »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Je fais la queue comme tout le monde pour voir (ticket {{C027}}). Devant moi :\n"
        "{{C020}} – une mamie, carte perdue\n"
        "{{C021}} – [[PERSONNE:Jonathan]] et sa copine, changement d'adresse\n"
        "{{C022}} – M. [[PERSONNE:Idrissou]], arrêt de travail\n"
        "{{C023}} – Mme [[PERSONNE:Verbeke]], invalidité\n"
        "{{C024}} à {{C026}} partis\n"
        "Mon tour à {{10h41}}, {{39 min}} d'attente.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur a changé de banque et veut dicter son RIB : « [[IBAN:FR76 1670 6053 0080 1214 0551 244]] ». Le conseiller l'écoute jusqu'au bout puis explique qu'il faut le déposer dans l'espace perso, pas par tel. Num alloc pour la trace de l'appel : [[N_ALLOCATAIRE:5182903]]. Le monsieur : « j'ai pas internet ». On repart pour {{10 minutes}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame inquiète : « on m'a dit que {{France Travail}} allait me supprimer mon {{RSA}} si je fais pas {{15 heures}} ». La conseillère explique la réforme, les {{15h}} d'activités, « c'est pas que du travail ». La dame : « et le jardin ça compte ? ». Silence. {{8 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une demande de logement d'urgence, famille hébergée chez un cousin à {{Avion}}. L'agente note la composition :\n"
        "- [[PERSONNE:Dogan Mehmet]], {{36 ans}}\n"
        "- [[PERSONNE:Dogan Elif]], {{33 ans}}\n"
        "- [[PERSONNE:Emir]], né en [[DATE_NAISSANCE:2014]]\n"
        "- [[PERSONNE:Zeynep]], née en [[DATE_NAISSANCE:2017]]\n"
        "- [[PERSONNE:Deniz]], né en [[DATE_NAISSANCE:2022]]\n"
        "{{5 personnes}} dans une chambre de {{12 m²}}. Le cousin ({{4 personnes}} aussi) veut qu'ils partent avant {{Noël}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une agente me dit qu'elle a été insultée {{3 fois}} depuis lundi. Hier un monsieur a jeté une chaise. Il y a un bouton d'alarme sous le comptoir, elle me le montre. Vitre en plexi depuis {{2023}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel {{Première Classe}} de {{Liévin}}, {{chambre 27}}. Mme [[PERSONNE:Mukendi]] et ses 2 enfants. L'éducateur vérifie que la {{Caf}} verse bien, il appelle avec le num allocataire [[N_ALLOCATAIRE:7720416]]. Oui, versement le 5. Elle a fait des crêpes sur une plaque électrique, on en mange une 🥞",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Duhamel]] a créé son espace Caf avec [[EMAIL:nanou.du62@gmail.com]] mais a oublié le mot de passe. [[PERSONNE:Yasmina]] à l'accueil lance une réinitialisation. Le mail n'arrive pas. Spam ? Non. Boîte pleine ({{15 Go}}). On supprime des photos de vacances ensemble.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Deuxième contrôle de la matinée : l'assuré est là, en pyjama, arrêt pour dépression. L'agent reste {{5 minutes}}, vérifie l'identité, s'excuse presque. En repartant : « celui-là je le sentais, il a rien à se reprocher ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ateliers de la semaine (affiche dans le hall) :\n"
        "LUN {{9h}} – « Mon espace en ligne » – {{salle Opale}}\n"
        "MAR {{14h}} – job dating {{Aluminium Dunkerque}} – {{salle 2}}\n"
        "MER {{10h}} – simulation d'entretien avec [[PERSONNE:Céline]]\n"
        "JEU {{9h30}} – info coll {{CEJ}} – {{salle 1}}\n"
        "VEN – fermé l'après-midi\n"
        "Animateur référent : M. [[PERSONNE:Ducatez]]",
    ),
    (
        "chrs",
        "accueil_physique",
        "Vestiaire solidaire de l'accueil de jour, {{Boulogne}}. Liste au feutre sur le tableau :\n"
        "[[PERSONNE:Jean-Luc]] – chaussures {{43}}\n"
        "[[PERSONNE:Saïd]] – manteau\n"
        "[[PERSONNE:Mireille]] – pantalon femme {{40}}\n"
        "[[PERSONNE:Aziz]] – sac de couchage\n"
        "« PLUS DE SACS DE COUCHAGE » en rouge. Bénévole : [[PERSONNE:Françoise]], {{72 ans}}, là depuis {{1998}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Déclaration de naissance par tél, le père dicte :\n"
        "- bébé : [[PERSONNE:Ayden]], né le [[DATE_NAISSANCE:4/03/2025]] à {{Dunkerque}}\n"
        "- mère : [[PERSONNE:Manon Leleu]]\n"
        "- grand frère : [[PERSONNE:Noah]], {{3 ans}}\n"
        "Num alloc : [[N_ALLOCATAIRE:804 6129]]\n"
        "Le conseiller lui dit de déclarer en ligne avec l'acte de naissance, « ce sera plus rapide ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le CCAS a installé un distributeur de protections périodiques gratuites dans les toilettes. L'agente me dit que le stock part en {{2 jours}}. Elle trouve ça « honteux qu'on en soit là ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle : sa mère a été amenée par les pompiers. « Mme [[PERSONNE:Kowalski]], [[PERSONNE:Stanisława]], née le [[DATE_NAISSANCE:8 octobre 1940]] ». L'agente confirme qu'elle est là et donne le numéro du service, poste {{42215}}. Il laisse le sien : [[TELEPHONE:06 22 71 58 04]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une jeune inscrite ne reçoit pas ses convocations. La conseillère relit le dossier à voix haute :\n"
        "identifiant [[ID_FRANCE_TRAVAIL:5 319 804 L]]\n"
        "mail [[EMAIL:ines.boutaleb@hotmail.com]] → c'est .fr, pas .com\n"
        "dernière convocation : {{12/09}}, non lue\n"
        "Corrigé. [[PERSONNE:Inès]] rit : « ça fait {{3 mois}} que j'attends un mail ! »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Gomes]] vient pour des {{IJ}} pas versées. L'agent voit que le RIB au dossier est celui de son ex-mari ([[IBAN:FR76 3000 3021 6000 0504 1882 631]]). Elle devient toute pâle. Nouveau RIB + pièce d'identité, et ce qui est parti est parti. {{3 mois}} d'IJ 😶",
    ),
    (
        "caf",
        "controle_sur_place",
        "Grille de contrôle cochée par [[PERSONNE:Sylvain]] chez Mme [[PERSONNE:Lagache]], {{Calais}} ({{Fort-Nieulay}}) :\n"
        "Logement décent : OUI\n"
        "Surface : {{48 m²}}\n"
        "Nb pièces : {{3}}\n"
        "Occupants constatés : 3 (elle + [[PERSONNE:Zoé]] {{8 ans}} + [[PERSONNE:Ethan]] {{5 ans}})\n"
        "Ressources déclarées : {{892 €}}\n"
        "Ressources constatées : idem\n"
        "Conclusion : conforme. Temps : {{35 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un bénévole de la {{Croix-Rouge}}, maraude à {{Dunkerque}} : {{6 personnes}} sous le pont près de la {{gare}}, dont une femme. Demande {{2 places}}. L'écoutante : zéro. Ils distribuent des duvets.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Belhadj]] met à jour ses coordonnées, la conseillère ([[PERSONNE:Sonia]]) tape :\n"
        "adresse → [[ADRESSE:31 avenue de Rosendaël, 59240 Dunkerque]]\n"
        "tel → [[TELEPHONE:06-47-93-12-08]]\n"
        "mail → inchangé\n"
        "Elle lui rappelle de prévenir la {{Caf}} aussi. « Vous vous parlez pas entre vous ? » Non.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{dimanche 17h}}. Bracelets pour les parents et les enfants. Dans la salle :\n"
        "- [[PERSONNE:Louna]] ({{4 ans}}), otite, avec papa\n"
        "- [[PERSONNE:Mathéo]] ({{9 ans}}), bras (trampoline 😬)\n"
        "- les jumeaux [[PERSONNE:Lyam]] et [[PERSONNE:Léo]] ({{18 mois}}), gastro\n"
        "- [[PERSONNE:Aya]] ({{12 ans}}), mal au ventre\n"
        "Attente affichée : {{2h40}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD chez un monsieur qui demande une aide pour réparer sa voiture (il en a besoin pour aller bosser à {{Aluminium Dunkerque}}). La {{Clio 3}} ([[IMMATRICULATION:CF-189-AK]]) est devant, pneu crevé. M. [[PERSONNE:Bensalem]] montre le devis du {{Garage Deschodt}} : {{740 €}}. Dossier en commission jeudi.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur appelle pour dire merci (!) parce qu'on l'a aidé pour son dossier d'invalidité. Le conseiller est ému. « Ça arrive {{une fois par an}}. » {{2 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Historique des paiements, dossier [[N_ALLOCATAIRE:2903317]] (M. [[PERSONNE:Ramdane]]) :\n"
        "{{05/01}} {{AL}} {{243,11 €}}\n"
        "{{05/02}} AL 243,11 €\n"
        "{{05/03}} AL {{0,00 €}} ← suspendu\n"
        "{{05/04}} rappel {{486,22 €}}\n"
        "Suspension : attestation de loyer manquante (bailleur {{Partenord}}). Régularisé depuis.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Kubiak]], {{70 ans}}, à la rue après le décès de sa sœur chez qui il vivait. Né à {{Bruay}}, fils de mineur polonais. L'éducatrice ouvre ses droits {{ASPA}} ; il a une feuille pliée avec son numéro : [[NIR:1 54 10 62 178 006 47]]. Il dit « je veux pas embêter ». On lui trouve une place en {{pension de famille}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une ancienne intérimaire appelle, son {{ARE}} n'est pas arrivée. La conseillère voit que le RIB saisi a une faute et fait lire à la dame le sien : « [[IBAN:FR76 1027 8026 3000 0207 6540 107]] ». L'autre avait un 1 au lieu d'un 7. Identifiant de la dame : [[ID_FRANCE_TRAVAIL:3067712S]]. Paiement relancé, {{48h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Après {{20h}} le standard des urgences prend aussi les appels pour la maternité. L'agent transfère : {{9 transferts}} en {{1h}}. Il soupire à chaque fois.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Labbé]] vient pour sa demande {{MDPH}} qui traîne. Elle a son n° de dossier : [[IDENTIFIANT:MDPH62-0188452]]. Le CCAS n'a pas accès ; l'agent appelle la MDPH devant elle, {{25 min}} d'attente au tel. Réponse : « en cours d'instruction ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au logement-relais, [[ADRESSE:17 rue Voltaire, 59430 Saint-Pol-sur-Mer]]. Mme [[PERSONNE:Kamara Binta]] et ses enfants [[PERSONNE:Sekou]] ({{13 ans}}) et [[PERSONNE:Hawa]] ({{9 ans}}). L'éducatrice regarde le compteur {{Linky}} : {{1 200 kWh}} en deux mois, radiateurs électriques à fond. Elle propose un rdv avec le conseiller énergie.",
    ),
]

# Batch 5 (notes 145-180).
NOTES_5 = [
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire appelle pour une attestation de paiement (pour son bailleur). Vérif d'identité, le conseiller coche :\n"
        "nom ✔ [[PERSONNE:Marchand]]\n"
        "prénom ✔ [[PERSONNE:Virginie]]\n"
        "née le ✔ [[DATE_NAISSANCE:15/09/1976]] à {{Lille}}\n"
        "NIR ✔ [[NIR:2 76 09 59 350 512 11]]\n"
        "Attestation envoyée par mail à l'adresse du dossier. {{4 min}}, record de la matinée 👍",
    ),
    (
        "caf",
        "accueil_physique",
        "Bâtons sur un post-it à côté du clavier de l'agent d'accueil, motifs de la matinée :\n"
        "{{APL}} ||||| ||||\n"
        "{{RSA}} ||||| ||\n"
        "{{prime d'activité}} |||\n"
        "{{AAH}} ||\n"
        "déménagement ||||\n"
        "autre ||\n"
        "Total {{27 personnes}} entre {{8h30}} et {{12h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence CCAS {{Hénin-Beaumont}}, l'agente note au fur et à mesure :\n"
        "{{8h40}} M. [[PERSONNE:Carlier]] — aide chauffage, tél [[TELEPHONE:03 21 49 07 66]]\n"
        "{{8h55}} Mme [[PERSONNE:Ait Said]] — rdv AS\n"
        "{{9h10}} [[PERSONNE:Tiffany]] — bons alimentaires, {{3 enfants}}\n"
        "{{9h25}} M. [[PERSONNE:Sow]] — domiciliation\n"
        "{{9h50}} Mme [[PERSONNE:Carlier]] (la femme du premier !) — même demande\n"
        "L'agente : « ils se parlent pas » 🙄",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ouverture d'un compte bancaire pour un résident, M. [[PERSONNE:Lahcen Ouardi]], {{34 ans}}. L'éducateur l'accompagne au {{Crédit Agricole}} de {{Grande-Synthe}} demain (droit au compte). Papiers : attestation d'hébergement du {{CHRS}}, CNI, attestation de droits avec le NIR [[NIR:1 90 08 59 271 067 40]]. Il est né à Grande-Synthe justement, « je rentre au pays » dit-il en riant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur veut ses relevés de remboursements en papier, « j'ai pas d'ordi ». Le conseiller lit le dossier :\n"
        "adresse : [[ADRESSE:4 rue du Dr Schweitzer, 62160 Bully-les-Mines]]\n"
        "mail : [[EMAIL:jp.dhelin@wanadoo.fr]]\n"
        "relevés : dématérialisés depuis {{2019}}\n"
        "C'est son fils qui avait mis le mail. M. [[PERSONNE:Dhelin]] : « ah bon ? »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Coin numérique de la CPAM : {{2 ordinateurs}}, {{1 imprimante}} et un service civique de {{20 ans}} pour aider. Il passe son temps à retrouver des mots de passe {{FranceConnect}}. Il a aidé {{14 personnes}} ce matin.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dossier de formation CACES, checklist de la conseillère :\n"
        "☑ devis de l'organisme ({{AFPA}} {{Liévin}}) : {{1 950 €}}\n"
        "☑ attestation d'inscription, id DE [[ID_FRANCE_TRAVAIL:6610254W]]\n"
        "☑ RIB : [[IBAN:FR76 3007 6029 5210 3184 7020 065]]\n"
        "☐ certificat médical d'aptitude\n"
        "☐ CV à jour\n"
        "Démarrage le {{14/10}}, {{3 semaines}}. M. [[PERSONNE:Tavernier]] est pressé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un habitué que l'équipe surnomme « [[PERSONNE:Rambo]] » (rien à voir, il est tout petit) revient pour la {{3e fois du mois}}. Alcool. L'agente l'appelle par son vrai prénom, [[PERSONNE:Gérard]]. « Faut garder un minimum de respect. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran de gestion des lits, {{23h}} :\n"
        "MÉDECINE .... 0\n"
        "CHIRURGIE ... 2\n"
        "{{UHCD}} ........ 1\n"
        "PÉDIATRIE ... 4\n"
        "{{11 patients}} sur brancard dans le couloir. Le cadre appelle {{Arras}} et {{Lens}} pour des transferts.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Liste « à rappeler demain » laissée par l'équipe de nuit du {{115}} :\n"
        "- Mme [[PERSONNE:Fasquel]] + 1 enfant, [[TELEPHONE:07 83 40 16 29]], {{Berck}}\n"
        "- [[PERSONNE:Yassine]], [[TELEPHONE:06 11 94 37 80]], {{Boulogne}}\n"
        "- [[PERSONNE:Ahmed K.]], pas de tél, repassera à l'accueil de jour\n"
        "- couple [[PERSONNE:Lemaire]]/[[PERSONNE:Wallart]], [[TELEPHONE:+32 470 18 92 55]] (belge)\n"
        "4 situations, {{0 place}} pour l'instant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un sous-traitant d'{{Eurotunnel}} à {{Calais}} appelle, il cherche {{5 agents de sûreté}} avec CQP. La conseillère dit qu'elle a « des profils ». Le recruteur veut « du monde dispo lundi ». Elle sourit : c'est toujours lundi.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de résidence, {{Marck}}. M. [[PERSONNE:Leprêtre]] déclare vivre seul au [[ADRESSE:3 allée des Peupliers, 62730 Marck]]. Sur place : personne. Sur la boîte aux lettres {{2 noms}}, le sien et « [[PERSONNE:C. Noël]] ». La voisine : « la dame est là tous les soirs, la voiture rouge » → [[IMMATRICULATION:GK-615-PD]]. Le contrôleur ([[PERSONNE:Franck]]) note sans conclure.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur demande si son aide de {{150 €}} est versée. L'agente vérifie : virement fait le {{12}} sur [[IBAN:FR76 1627 5002 0008 1220 9911 756]]. « C'est plus mon compte ça, il est fermé. » L'argent va revenir au {{Trésor public}}, {{3 semaines}}. M. [[PERSONNE:Fernandes]] est dépité.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Passage avec l'agente du CCAS chez un couple âgé, plan canicule. {{32°}} dans l'appart à {{15h}}, volets grands ouverts. Elle ferme, remplit des bouteilles, note « rappeler tous les jours ». Le monsieur nous offre du {{Coca}} tiède.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Delforge]], {{76 ans}}, [[ADRESSE:11 rue Casimir Beugnet, 62260 Auchel]], pour vérifier les passages de l'infirmière (facturés {{3 fois par jour}}). Il dit qu'elle vient « une fois, le matin ». L'agent lui fait relire et signer sa déclaration. NIR vérifié : [[NIR:1 48 02 62 048 132 10]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame montre un commandement de quitter les lieux. Son bailleur ({{Flandre Opale Habitat}}) réclame {{3 200 €}}, réf. locataire [[IDENTIFIANT:FOH/045/118932]]. L'agente Caf ([[PERSONNE:Christelle]]) fait un signalement {{CCAPEX}}. Mme [[PERSONNE:Lecat]] ne savait pas que l'{{APL}} pouvait être maintenue avec un plan d'apurement.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée au {{CHU}} de {{Lens}} (hébergement d'urgence), famille [[PERSONNE:Berisha]] (kosovars) :\n"
        "• [[PERSONNE:Arben]], [[DATE_NAISSANCE:14.02.1988]]\n"
        "• [[PERSONNE:Valbona]], [[DATE_NAISSANCE:09.07.1990]]\n"
        "• [[PERSONNE:Dren]], [[DATE_NAISSANCE:21.11.2012]]\n"
        "• [[PERSONNE:Elsa]], [[DATE_NAISSANCE:03.05.2016]]\n"
        "Attestation de demande d'asile n° [[IDENTIFIANT:6204589133]]\n"
        "{{chambre 4}} (familles), {{2 lits superposés}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un généraliste appelle pour adresser un patient : « M. [[PERSONNE:Pinchon]], P comme {{Pierre}}, I comme {{Irma}}, N comme {{Nicolas}}... » L'agente coupe : « c'est bon docteur, j'ai ». Le Dr [[PERSONNE:Hazebrouck]] (oui, comme la ville) rit au bout du fil.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier {{LinkedIn}}. [[PERSONNE:Kelly]], {{29 ans}}, ex-hôtesse chez {{P&O Ferries}} (licenciée en {{2022}} avec les {{800}} autres). Son profil : [[IDENTIFIANT:linkedin.com/in/kelly-fournier-calais]]. La conseillère lui conseille de changer la photo en maillot de bain. Rires.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un conseiller de la {{Mission locale}} appelle pour un jeune qu'il suit, il donne tout d'un coup :\n"
        "« [[PERSONNE:Bilal Hamdi]]\n"
        "né le [[DATE_NAISSANCE:2005-03-18]]\n"
        "id FT [[ID_FRANCE_TRAVAIL:7 784 120 R]] »\n"
        "Il veut savoir si le {{CEJ}} est bien enregistré. Oui, depuis le {{2 septembre}}. Entre pros ça va vite : {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un appel en néerlandais ! Un routier belge accidenté sur l'{{A16}}. Le conseiller passe à l'anglais puis transfère au service international. {{12 minutes}} en tout. « Ici on a de tout, des Anglais, des Belges, des Polonais. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une grand-mère appelle : elle a la garde de ses petits-enfants depuis le placement. Elle dicte :\n"
        "[[PERSONNE:Kylian]] [[DATE_NAISSANCE:12/06/2013]]\n"
        "[[PERSONNE:Jade]] [[DATE_NAISSANCE:01/10/2015]]\n"
        "[[PERSONNE:Lenzo]] [[DATE_NAISSANCE:28/02/2020]]\n"
        "Elle-même : Mme [[PERSONNE:Ghesquière]], {{61 ans}}, retraitée de {{Cofidis}}. Le conseiller ouvre les {{allocations familiales}} comme tiers digne de confiance. Il faut le jugement du juge des enfants, RG [[IDENTIFIANT:24/00387]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart du CHRS éclaté, {{Calais}}, quartier {{Saint-Pierre}}. M. [[PERSONNE:Ghebremedhin]] (érythréen, réfugié depuis {{juin}}). Sur le frigo, un post-it avec le numéro de son frère en {{Angleterre}} : [[TELEPHONE:+44 7911 302 648]]. L'éducateur ([[PERSONNE:Baptiste]]) vérifie le chauffe-eau, tout marche. Café éthiopien, cérémonie complète, {{40 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide à la prédemande de carte d'identité pour Mme [[PERSONNE:Jankowski]], l'agente tape :\n"
        "motif : renouvellement\n"
        "ancienne CNI : [[IDENTIFIANT:050162301457]] (vieux format, {{12 chiffres}})\n"
        "prédemande n° [[IDENTIFIANT:2X7Q4M8T]]\n"
        "rdv : mairie de {{Lens}}, dans {{6 semaines}}\n"
        "« Six semaines ?! »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Inventaire des affaires d'un patient arrivé inconscient (l'agente remplit, je lis par-dessus son épaule) :\n"
        "- portefeuille marron\n"
        "- {{35 €}} en billets\n"
        "- carte bancaire au nom de [[PERSONNE:Dimitri Bakalov]]\n"
        "- permis bulgare\n"
        "- téléphone {{Samsung}}, écran cassé\n"
        "- clés de voiture {{Ford}}\n"
        "- ticket {{Lidl}} de {{Bruay}}\n"
        "Dossier ouvert sous X en attendant l'identification.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture entre 2 contrôles, le contrôleur mange un sandwich. Il a grandi à {{Sallaumines}}, son père était au fond. « Je connais ces maisons, je sais où on cache le deuxième frigo. » Il rigole. {{12h40}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Compteur de la borne, agence de {{Lens}} :\n"
        "{{8h30-9h}} : {{21}}\n"
        "{{9h-10h}} : {{26}}\n"
        "{{10h-11h}} : {{17}}\n"
        "= {{64 tickets}} avant {{11h}}. À l'accueil, [[PERSONNE:Rémi]] dit que c'est « moyen ». Le record : {{140}}, le jour où l'appli était en panne.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Écran « droits » d'un assuré, recopié :\n"
        "Bénéficiaire : [[PERSONNE:MOREL Gaëtan]]\n"
        "NIR : [[NIR:1 96 06 62 193 421 67]]\n"
        "Régime : général\n"
        "Droits ouverts jusqu'au : {{31/12}}\n"
        "CSS : non\n"
        "Médecin traitant : Dr [[PERSONNE:Khelifi]] ({{Calais}})\n"
        "ALD : non\n"
        "Il vient parce que la pharmacie lui a dit « vos droits sont fermés ». Mise à jour de la {{carte Vitale}} à la borne, ça repart.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante du {{115}} me montre son outil : une carte des places par commune, avec des couleurs. Tout est rouge sauf {{Étaples}} ({{1 place}}, femme seule). « On envoie pas quelqu'un de {{Lens}} à Étaples sans voiture. » {{80 km}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour s'inscrire au repas des aînés (à partir de {{65 ans}}). « Je suis née en [[DATE_NAISSANCE:cinquante-neuf]]. » L'agent compte sur ses doigts : « ah, pas encore madame ». Elle insiste, il l'inscrit en liste d'attente, Mme [[PERSONNE:Pollet]]. Le repas c'est le {{dimanche 19}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un taxi conventionné appelle : il est devant l'entrée pour récupérer M. [[PERSONNE:Lebrun]] (dialyse) et on ne le laisse pas stationner plus de {{5 minutes}}. Sa plaque : [[IMMATRICULATION:FH-027-TW]]. L'agent prévient la sécurité.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Boussemart]] veut être rappelée par sa référente {{RSA}}. L'agent note le numéro qu'elle dit : « [[TELEPHONE:zéro sept, cinquante-deux, trente, quatorze, soixante-dix-sept]] ». Il relit deux fois. Elle : « oui c'est ça, mais après {{16h}}, avant je suis au travail ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Planning des tâches au mur du {{CHRS}} (semaine {{46}}) :\n"
        "Cuisine : [[PERSONNE:Rachid]] / [[PERSONNE:Tony]]\n"
        "Sanitaires 1er : [[PERSONNE:Mamadou]]\n"
        "Sanitaires 2e : [[PERSONNE:Piotr]]\n"
        "Poubelles : [[PERSONNE:Jeannot]] (« comme toujours »)\n"
        "Salle TV : personne\n"
        "L'éduc dit que ça tient « à moitié ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Feuille de route de l'agent enquêteur, {{4 visites}} :\n"
        "{{9h30}} {{Béthune}}\n"
        "{{10h45}} {{Beuvry}}\n"
        "{{13h30}} {{Annezin}}\n"
        "{{15h}} {{Lillers}}\n"
        "Entre chaque il appelle le médecin-conseil. Selon lui {{80 %}} des arrêts contrôlés sont justifiés.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un restaurateur de {{Malo-les-Bains}} ({{Le Cabestan}}) veut savoir pourquoi la candidate envoyée n'est pas venue. La conseillère ne peut pas dire grand-chose. M. [[PERSONNE:Verschaeve]] laisse son mail pour les prochains profils : [[EMAIL:f.verschaeve@lecabestan-malo.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dans la salle d'attente, une affiche : « Bourse au permis : {{500 €}} contre {{35 heures}} de bénévolat ». Deux jeunes la prennent en photo. L'agente dit que ça marche bien, {{40 dossiers}} par an.",
    ),
]

# Batch 6 (notes 181-210).
NOTES_6 = [
    (
        "caf",
        "accueil_telephonique",
        "« J'ai reçu un mail bizarre de la Caf qui me demande mon RIB. » Le conseiller : hameçonnage. La dame lit l'expéditeur : {{caf-remboursement@secure-info.com}}. Num alloc [[N_ALLOCATAIRE:1450972]] : rien d'anormal sur le dossier. Mme [[PERSONNE:Dujardin]] a failli cliquer, elle remercie {{10 fois}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Liévin}}, fiche :\n"
        "Dossier [[N_ALLOCATAIRE:6274581]]\n"
        "Adresse : [[ADRESSE:40 rue de la Fosse 3, 62800 Liévin]]\n"
        "Composition déclarée : Mme [[PERSONNE:Hadji Sonia]] + [[PERSONNE:Rayane]] ({{16 ans}}) + [[PERSONNE:Kenza]] ({{11 ans}})\n"
        "[[PERSONNE:Rayane]] est apprenti chez {{Paul}} : {{820 €}} par mois → au-delà de {{55 % du SMIC}}, il n'est plus à charge pour les AF.\n"
        "Annoncé à la mère, elle ne savait pas.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un jeune appelle, il a déménagé de {{Roubaix}} à {{Dunkerque}} pour un contrat chez {{Dunkerque LNG}}. Il veut changer de caisse. NIR : [[NIR:1 03 12 59 512 199 12]]. Le conseiller : « c'est automatique quand vous changez l'adresse sur {{ameli}} ». [[PERSONNE:Yanis]] : « ah ok ». {{90 secondes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscriptions séjour seniors {{ANCV}} ({{Berck}}, {{5 jours}}, {{185 €}} après aide), la liste de l'agente :\n"
        "1. Mme [[PERSONNE:Delobel]] – [[ADRESSE:2 rue Paul Bert, 62400 Béthune]]\n"
        "2. Mme [[PERSONNE:Hocquet]] – [[ADRESSE:15 rue Paul Bert, 62400 Béthune]]\n"
        "Voisines et amies, elles s'inscrivent ensemble et veulent la même chambre.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Cissé]] postule comme chauffeur {{SPL}} chez {{Transports Gruson}}. La conseillère vérifie le permis (n° [[IDENTIFIANT:190862400317]]) et la {{FIMO}}, valable jusqu'en {{2027}}. Sa voiture perso, une {{Mégane}} [[IMMATRICULATION:EZ-340-RN]], est garée devant : il en a besoin pour le dépôt d'{{Arques}}. Il part direct en entretien ✅",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Actualisation par tél avec un monsieur de {{61 ans}} qui ne s'en sort pas avec internet. Identifiant : « [[ID_FRANCE_TRAVAIL:un neuf quatre cinq, zéro six deux, T]] ». Nom : [[PERSONNE:Lecocq]]. La conseillère fait l'actualisation avec lui, question par question, {{6 min}}. Il laisse son portable au cas où : [[TELEPHONE:06 58 12 03 47]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit de samedi, entrées entre {{1h}} et {{3h}} (cahier de l'accueil) :\n"
        "{{01:05}} [[PERSONNE:Lucas V.]] {{22 ans}} rixe sortie de boîte ({{Béthune}})\n"
        "{{01:20}} [[PERSONNE:Anthony V.]] {{24 ans}} même rixe\n"
        "{{01:48}} Mme [[PERSONNE:Sauvage]] {{67 ans}} malaise\n"
        "{{02:10}} [[PERSONNE:Maxime]] {{19 ans}} alcoolisation, amené par ses potes\n"
        "{{02:35}} M. [[PERSONNE:Diouf]] {{41 ans}} accident du travail (équipe de nuit)\n"
        "{{02:58}} bébé [[PERSONNE:Nolhan]] {{4 mois}}, pleurs\n"
        "Les 2 de la rixe se recroisent dans le couloir, la sécurité intervient.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne {{toutes les 3 minutes}}. L'agent met le haut-parleur pour continuer à taper. Je compte {{19 appels}} en {{1h}}. « Et encore, c'est mardi. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Vandewalle]], belge, {{58 ans}}, arrivé au CHRS après une séparation à {{Poperinge}}. L'éducateur ([[PERSONNE:Kévin]]) calcule la participation aux frais sur un coin de feuille :\n"
        "pension invalidité belge : {{1 240 €}}\n"
        "versée sur [[IBAN:BE36 0016 2340 9881]]\n"
        "participation {{10 %}} = {{124 €}}/mois\n"
        "Il paiera en liquide à l'accueil.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un couple dort dans son fourgon à {{Wimereux}}, parking de la plage. La police municipale les a contrôlés, plaque [[IMMATRICULATION:DM-763-HB]]. Madame, [[PERSONNE:Cindy]], est enceinte de {{7 mois}}. Procédure femme enceinte : mise à l'abri à l'{{Ibis Budget}} de {{Boulogne}}, {{chambre 105}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Hamadi]] ne reçoit pas les messages {{ameli}}. L'agente regarde : mail enregistré [[EMAIL:hamadi.sarah@gmial.com]] (« gmial »). Corrigé en [[EMAIL:hamadi.sarah@gmail.com]]. Elle a raté {{2 convocations}} au centre d'examens de santé à cause de ça. Elle rit jaune.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation pour une aide au loyer, Mme [[PERSONNE:Bertin]], à {{Calonne-Ricouart}}, [[ADRESSE:7 rue Louis Pasteur, 62470 Calonne-Ricouart]]. Elle montre son RIB pour l'aide : [[IBAN:FR52 2004 1010 0612 9844 6W02 097]]. Le bail est au nom de son ex. L'agente explique qu'il faut un bail à son nom. « Il veut pas signer. » Impasse.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'accueil Caf de {{Dunkerque}} a des box « fermés » pour la confidentialité. Sauf que les cloisons s'arrêtent à {{1m80}} : on entend tout. À côté une dame raconte ses dettes, je l'entends parfaitement. L'agente : « on a demandé des plafonds, on attend ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée appelle pour un accident du travail : l'employeur n'a pas fait la déclaration. Le conseiller lui donne le numéro du dossier AT ouvert à partir de son certificat : [[IDENTIFIANT:AT-62-2410-08843]]. Mme [[PERSONNE:Quénu]] travaille dans une conserverie de {{Boulogne}}. Instruction : {{30 jours}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Émargement de l'info coll « métiers du port » ({{Port de Calais}}), {{14h}} :\n"
        "1. [[PERSONNE:BOUTIN Dylan]] ✔\n"
        "2. [[PERSONNE:AZZOUZ Nabil]] ✔\n"
        "3. [[PERSONNE:LEMOINE Cassandra]] absente\n"
        "4. [[PERSONNE:DUQUESNE Arnaud]] ✔\n"
        "5. [[PERSONNE:MENDY Jean-Pierre]] ✔\n"
        "6. [[PERSONNE:PLAYE Mathilde]] ✔ (arrivée {{14h25}})\n"
        "{{5 présents}} sur 6. L'intervenant de {{DFDS}} annonce {{30 postes}} de matelot.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller raccroche : « celui-là il m'appelle tous les jeudis, juste pour savoir s'il y a du nouveau ». Il le suit depuis {{2017}}. {{59 ans}}, il attend la retraite. « Je lui dis toujours la même chose, mais il est content que je décroche. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une mère appelle : la pension alimentaire versée par l'{{ARIPA}} n'arrive pas. Le conseiller vérifie le dossier [[N_ALLOCATAIRE:3958120]] : versement fait le {{25}} sur [[IBAN:FR76 1470 7000 4103 0192 8836 411]]. « Ah c'est le compte joint, mon ex l'a vidé. » Le conseiller : « ça, on n'y peut rien ». {{12 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en résidence sociale ({{Adoma}}, {{Lens}}, {{chambre 310}}). M. [[PERSONNE:Benmoussa]], {{67 ans}}, chibani, ancien de la {{fosse 9}}. Il montre une lettre de la {{Caf}} qu'il ne comprend pas, n° allocataire [[N_ALLOCATAIRE:0415886]] : contrôle de résidence ({{6 mois}} par an en {{France}} pour l'{{APL}}). Il passe l'hiver au {{Maroc}}. L'éducateur explique, il hoche la tête.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une élue appelle, elle veut « un point sur les demandes d'aide du mois » pour le conseil d'administration. L'agente lit son tableau :\n"
        "demandes : {{84}}\n"
        "accordées : {{61}}\n"
        "refusées : {{15}}\n"
        "en attente : {{8}}\n"
        "montant : {{12 300 €}}\n"
        "L'élue : « c'est plus que l'an dernier ». {{5 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran « Situation familiale » :\n"
        "Allocataire : Mme [[PERSONNE:FLAMENT Brigitte]]\n"
        "Née le : [[DATE_NAISSANCE:07/01/1965]]\n"
        "NIR : [[NIR:2 65 01 62 041 150 79]]\n"
        "Conjoint : —\n"
        "Enfants à charge : 0\n"
        "Petit-fils hébergé : [[PERSONNE:Mattéo]] ({{17 ans}}), pas à charge\n"
        "Elle veut savoir si elle peut « le mettre sur son dossier ». L'agent : il faut une délégation d'autorité parentale.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un touriste anglais, cheville cassée sur la digue de {{Wimereux}}. Ce que l'agente saisit :\n"
        "NOM : [[PERSONNE:BENNETT Oliver]]\n"
        "ADRESSE : [[ADRESSE:14 Church Lane, Folkestone CT20 1AB]]\n"
        "PASSEPORT : [[IDENTIFIANT:553018274]]\n"
        "COUVERTURE : {{GHIC}} ✔\n"
        "Sa femme demande en anglais si le parking est payant. Oui, {{2,50 €}} l'heure.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt de travail à {{Harnes}}, {{15h10}}. La dame ouvre en blouse de coiffeuse, une cliente sous le casque dans la cuisine. L'agent ne dit rien, note. Devant, la voiture de la cliente, [[IMMATRICULATION:HB-402-XV]] ; il la note aussi, « pour situer ». Mme [[PERSONNE:Carré]] dit que c'est « une copine ». En sortant : « 3e fois ce mois-ci, une coiffeuse au noir ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour une facture d'électricité, checklist de l'agente avec Mme [[PERSONNE:Dupuis]] :\n"
        "☑ facture {{TotalEnergies}}, réf client [[IDENTIFIANT:CL-000728415]]\n"
        "☑ numéro Caf (retrouvé dans ses SMS) : [[N_ALLOCATAIRE:7103264]]\n"
        "☑ QF via {{CDAP}} : {{412}}\n"
        "☐ justificatif de domicile\n"
        "Éligible.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas de Noël au CHRS, {{40 couverts}}. Un ancien résident revient en bénévole, il a un appart à {{Auchel}} maintenant. Les éducs sont émus. Quelqu'un met du {{Johnny}} à fond ❤️",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller regarde le dossier de M. [[PERSONNE:Vermeulen]] : « vous êtes de [[DATE_NAISSANCE:66]] ? Alors à {{58 ans}} vous avez droit à {{36 mois}}... non, {{27}} depuis la réforme ». Le monsieur ne comprend plus rien. Identifiant noté sur son carnet : [[ID_FRANCE_TRAVAIL:2419076N]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une allocataire de {{22 ans}} qui touche l'{{APL}} pour un studio au [[ADRESSE:5 place Carnot]] à {{Hénin-Beaumont}}. Le contrôleur veut savoir si elle vit vraiment là ou chez ses parents. Studio meublé, frigo vide, lit pas défait. Elle arrive en retard, [[PERSONNE:Kimberley]], « je dors chez mon copain des fois ». NIR au dossier : [[NIR:2 02 07 62 427 318 50]], née à {{Hénin}}. Il demande les factures d'électricité.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Rodrigues Pinto]], portugais, {{51 ans}}, maçon, vient chercher une attestation d'{{IJ}}. L'agent me montre son numéro, [[NIR:1 73 03 99 139 044 10]], et m'explique : le 99 veut dire né à l'étranger, le 139 c'est le {{Portugal}}. Je ne savais pas.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD chez un monsieur signalé par le bailleur (syndrome de {{Diogène}}). On ne dépasse pas le couloir. L'agente reste calme, parle de son chat, {{Minou}}. Elle propose une aide ménagère, il dit « peut-être ». C'est déjà bien, selon elle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fiche {{115}} remplie pendant l'appel d'une assistante sociale du {{CH de Dunkerque}} :\n"
        "appelante : [[PERSONNE:Agathe]], portable pro [[TELEPHONE:06 45 90 11 38]]\n"
        "personne : M. [[PERSONNE:Lagrou]], né le [[DATE_NAISSANCE:1959-11-04]]\n"
        "sortie : demain {{10h}}, sans domicile, fauteuil roulant\n"
        "besoin : place adaptée\n"
        "L'écoutante : « adapté, on a rien, je regarde la pension de famille de {{Coudekerque}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame rappelle pour la {{3e fois}} : elle veut parler « à la même personne que tout à l'heure, [[PERSONNE:Julie]] ». Impossible, c'est une plateforme. Le conseiller ([[PERSONNE:Arnaud]]) reprend tout depuis le début. À la fin elle dit merci 😮‍💨",
    ),
]

# Batch 7 (notes 211-240).
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Ouali]] a un RIB {{LCL}} un peu bizarre, il y a une lettre dans le numéro de compte : [[IBAN:FR29 3000 2089 7000 0007 1233 Y20]]. L'agent croit à une erreur, vérifie : non, c'est normal chez eux. Enregistré. « On en apprend tous les jours » 😄",
    ),
    (
        "caf",
        "accueil_physique",
        "Demande de {{RSA}} pour un couple, la feuille que remplit l'agent :\n"
        "Demandeur : [[PERSONNE:Rousseau Jérémy]], né le [[DATE_NAISSANCE:30/04/1990]], inscrit FT [[ID_FRANCE_TRAVAIL:5588031D]]\n"
        "Conjointe : [[PERSONNE:Amandine Lefort]], née le [[DATE_NAISSANCE:18/08/1993]]\n"
        "Enfants : [[PERSONNE:Louise]] ({{6 ans}}), [[PERSONNE:Arthur]] ({{3 ans}})\n"
        "Logement : {{T3}} privé, loyer {{590 €}}\n"
        "Ressources : rien depuis la fin des droits {{ARE}}\n"
        "Montant estimé : {{1 089 €}}, à confirmer.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un étudiant de l'{{ULCO}} à {{Boulogne}} appelle pour son {{APL}}, jamais reçu le mail de confirmation. Le conseiller note :\n"
        "n° alloc : [[N_ALLOCATAIRE:9026153]]\n"
        "ancien mail : [[EMAIL:tom.caudron@etu.univ-littoral.fr]] (la fac bloque parfois)\n"
        "nouveau mail : [[EMAIL:tomcaudron.62@gmail.com]]\n"
        "Renvoi du mail : ok.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un nouveau conseiller en double écoute. La tutrice lui fait des signes pendant l'appel, écrit « {{RSA}} ≠ prime » sur un papier. Il transpire. Après : « c'est toujours comme ça les {{3 premières semaines}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur de {{Fouquières-lès-Lens}} ne reçoit plus de courrier depuis son déménagement. Adresse saisie : [[ADRESSE:18 rue Ampère, 62740 Fouquières-lès-Lens]] ; lui dit qu'il habite au [[ADRESSE:18 rue André-Marie Ampère]]. C'est la même. Le problème c'est la boîte aux lettres sans nom. « Mettez votre nom dessus monsieur. » M. [[PERSONNE:Hurtrel]] : « ah ». Rappel au [[TELEPHONE:03 21 20 76 54]] si ça continue.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle des ressources d'un auto-entrepreneur à {{Noyelles-Godault}}. {{3 voitures}} dans la cour avec des pancartes « à vendre » : [[IMMATRICULATION:DH-918-VE]], [[IMMATRICULATION:FN-271-QA]] et une allemande, [[IMMATRICULATION:BOT-KL 482]]. M. [[PERSONNE:Meziani]] dit que c'est « pour des potes ». Le contrôleur demande les relevés de compte sur {{12 mois}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Fin de journée, le contrôleur rédige ses rapports dans la voiture, sur la tablette : {{1h}} pour {{3 rapports}}. Il lit une phrase à voix haute : « allocataire coopérante, logement conforme, situation déclarée confirmée ». « Celle-là j'aime bien l'écrire. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande de {{CSS}} avec Mme [[PERSONNE:Zerrouki]], elle a tout dans un classeur avec des intercalaires de couleur :\n"
        "- ressources des {{12 derniers mois}} ✔\n"
        "- avis d'impôt ✔\n"
        "- adresse : [[ADRESSE:9 cité des Cheminots, 62110 Hénin-Beaumont]]\n"
        "- portable : [[TELEPHONE:07 62 18 95 30]]\n"
        "L'agent : « le dossier le mieux rangé de l'année ». Elle est fière.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Checklist pension d'invalidité, affichée au mur du box :\n"
        "1. formulaire {{S4150}}\n"
        "2. les {{4 derniers}} bulletins de salaire\n"
        "3. RIB\n"
        "4. avis du médecin-conseil\n"
        "Délai moyen {{2 mois}}. M. [[PERSONNE:Ghazi]] a tout sauf le 2 : son employeur, une papeterie de {{Wizernes}}, a fermé. L'agent lui dit d'écrire au mandataire liquidateur.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame veut un rdv au {{centre d'examens de santé}}. Elle épelle son mail : « [[EMAIL:annie tiret bas lefebvre soixante-deux at orange point fr]] ». Le conseiller tape [[EMAIL:annie_lefebvre62@orange.fr]]. Mme [[PERSONNE:Lefebvre]] : « vous le relisez ? » Il relit. Rdv le {{14}} à {{8h}}, à jeun.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur veut savoir pourquoi sa mutuelle ne rembourse plus. Le conseiller voit que le lien {{Noémie}} est coupé depuis le changement d'organisme ({{Malakoff Humanis}}, adhérent [[IDENTIFIANT:MH 40187723]]). Il ne peut pas le rétablir lui-même. M. [[PERSONNE:Baert]] soupire. {{7 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Grève des bus à {{Calais}}, {{40 %}} des conseillers du plateau sont en retard. Le superviseur bascule les appels sur {{Arras}}. Attente : {{18 min}}. Les gens commencent l'appel en criant.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'une assurée en arrêt, signalée parce qu'elle ferait les marchés. [[ADRESSE:26 rue de Verdun, 62930 Wimereux]] : personne. Le mercredi au marché de {{Boulogne}}, l'agent passe « par hasard » : le camion [[IMMATRICULATION:EL-583-SJ]] est là, la dame vend des fleurs. Il prend des notes, pas de photo. Mme [[PERSONNE:Fourmaux]] ne le reconnaît pas.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Attestation d'élection de domicile qui sort de l'imprimante :\n"
        "Nom : [[PERSONNE:KOUYATÉ Souleymane]]\n"
        "Né le : [[DATE_NAISSANCE:5 mars 1992]] à {{Bamako}}\n"
        "N° : [[IDENTIFIANT:DOM-62193-2025-0412]]\n"
        "Validité : {{1 an}}\n"
        "L'agent explique qu'il doit passer au moins {{une fois tous les 3 mois}}, sinon radiation. Il plie la feuille en 4 et la glisse dans sa chaussure.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Atelier numérique du CCAS, {{14h}}-{{16h}}, {{6 postes}}. Tableau de la médiatrice :\n"
        "{{poste 1}} – [[PERSONNE:Josiane]], {{72 ans}}, photos des petits-enfants\n"
        "{{poste 2}} – [[PERSONNE:Mehdi]], inscription {{France Travail}}, identifiant reçu [[ID_FRANCE_TRAVAIL:8043315V]]\n"
        "{{poste 3}} – [[PERSONNE:Gisèle]], déclaration d'impôts\n"
        "{{poste 4}} – vide\n"
        "{{poste 5}} – [[PERSONNE:Ryan]], CV\n"
        "{{poste 6}} – en panne depuis {{mars}}\n"
        "Médiatrice : [[PERSONNE:Leïla]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame dépose une lettre manuscrite de réclamation contre le maire, « à remettre en main propre ». L'agente la tamponne, {{10h17}}. La lettre finit par un numéro, [[TELEPHONE:06.29.84.17.53]], et « Mme [[PERSONNE:Dacheville]], {{81 ans}}, toute ma tête ». L'agente sourit.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS de {{Boulogne}} pendant une coupure d'eau au {{Chemin Vert}} : {{27 appels}} en une heure. L'agent répète « ce n'est pas nous, c'est l'agglo ». Il me donne le numéro de la {{CAB}} pour les suivants.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une infirmière libérale appelle pour un patient isolé. L'agent note sur son bloc :\n"
        "M. [[PERSONNE:Roussel]] {{84 ans}}\n"
        "[[ADRESSE:3 chemin du Halage, 62840 Sailly-sur-la-Lys]]\n"
        "portage repas dès lundi ?\n"
        "IDE : [[TELEPHONE:06 70 25 88 14]]\n"
        "Il ouvre la demande, {{4 jours}} de délai.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils qui vit à {{Paris}} appelle pour l'aide ménagère de son père. Il veut tout par mail : [[EMAIL:christophe.dewaele@protonmail.com]]. L'agent note, mais les courriers officiels partiront par la poste chez M. [[PERSONNE:Dewaele]] père. {{6 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD pour aider à monter un dossier de surendettement. Foyer de Mme [[PERSONNE:Pauchet]], {{Bully-les-Mines}} :\n"
        "- [[PERSONNE:Nathalie Pauchet]], [[DATE_NAISSANCE:21/06/1974]], aide-soignante à mi-temps\n"
        "- [[PERSONNE:Dimitri]], [[DATE_NAISSANCE:11/11/2004]], étudiant\n"
        "- [[PERSONNE:Clara]], [[DATE_NAISSANCE:08/01/2009]], collégienne\n"
        "Dettes : {{7 crédits}} conso, {{23 400 €}}. L'agente empile les contrats sur la table ({{Cofidis}}, {{Sofinco}}, {{Cetelem}}...).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une résidente, [[PERSONNE:Sophie]], a enfin un CDI à {{Calais}} ({{Auchan}} {{Cité Europe}}). L'éducatrice l'aide pour la demande de logement social ({{SNE}}), numéro unique [[IDENTIFIANT:062 1024 00918 A]]. Elle a pleuré en signant son contrat. Sortie prévue dans {{2 mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dossier d'entrée, les {{8 documents}} demandés par la maîtresse de maison :\n"
        "✔ pièce d'identité\n"
        "✔ attestation {{Caf}} (n° [[N_ALLOCATAIRE:4381209]])\n"
        "✔ inscription FT ([[ID_FRANCE_TRAVAIL:3905148E]])\n"
        "✘ mutuelle\n"
        "✔ règlement intérieur signé\n"
        "✔ numéro d'un proche : sa sœur, [[TELEPHONE:07 49 61 02 83]]\n"
        "✘ certificat médical\n"
        "✔ photo\n"
        "Résident : M. [[PERSONNE:Hennebique]], {{44 ans}}, {{chambre 7}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{0h20}}. Un homme signale une femme qui dort dans le sas d'une banque à {{Béthune}}, {{place Lamartine}}. L'écoutant envoie la maraude du {{Samu social}}. L'homme laisse son prénom, [[PERSONNE:Fabrice]], et son numéro « si besoin » : [[TELEPHONE:06 39 57 24 10]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au studio de M. [[PERSONNE:Claeys]] à {{Hondschoote}}. Il travaille en {{Belgique}} ({{Furnes}}), salaire versé sur [[IBAN:BE90 7350 4127 7932]]. L'éducateur vérifie les fiches de paie pour la participation. Tout est propre, il repeint la cuisine lui-même. Sortie du dispositif envisagée en {{juin}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agenda de [[PERSONNE:Hélène]], conseillère entreprises, mardi :\n"
        "{{9h}} visite d'une PME de {{Loon-Plage}}\n"
        "{{11h}} appel M. [[PERSONNE:Delattre]] ({{Intérim 59}}), [[TELEPHONE:03 28 65 14 02]]\n"
        "{{14h}} job dating {{Leroy Merlin}} {{Coquelles}}\n"
        "{{16h30}} point avec [[PERSONNE:Karim]] (conseiller DE)\n"
        "Entre chaque, des mails. Elle fait {{120 km}} par semaine.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran « Coordonnées » mis à jour avec M. [[PERSONNE:Ndiaye Cheikh]] :\n"
        "Adresse : foyer {{Adoma}}, [[ADRESSE:12 rue de l'Abbé Lemire, 59140 Dunkerque]]\n"
        "Tél : [[TELEPHONE:07 51 36 92 08]]\n"
        "Mail : [[EMAIL:cheikh.ndiaye.dk@gmail.com]]\n"
        "Né le : [[DATE_NAISSANCE:12/12/1987]]\n"
        "Permis : non\n"
        "La conseillère : « vous êtes sûr pour le mail ? » Il vérifie sur son tel. Oui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : « M. [[PERSONNE:Kaminski]] ? Je vous appelle pour votre rdv de {{jeudi 10h}}. Vous me confirmez votre identifiant ? » « [[ID_FRANCE_TRAVAIL:6 725 904 G]]. » « Parfait. » Il ne viendra pas, il a trouvé une mission chez {{Randstad}}. Pas de radiation, changement de situation. {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une jeune femme ne veut pas donner son nom à l'accueil : « je suis la copine de [[PERSONNE:Jordan]], {{box 5}} ». L'agente : il faut un nom pour le badge visiteur. « [[PERSONNE:Laura]]. » « [[PERSONNE:Laura]] comment ? » « [[PERSONNE:Laura]] tout court. » Badge imprimé : « [[PERSONNE:LAURA]] – VISITEUR ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un patient sort contre avis médical, l'agente lui fait signer la décharge. IPP [[IDENTIFIANT:620117405]]. Il repart sur sa moto garée sur l'{{emplacement ambulance}} ([[IMMATRICULATION:GA-184-CZ]]), casque à la main. M. [[PERSONNE:Dumont]] n'attend même pas son ordonnance.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Fin de garde, {{6h45}}. L'agent de nuit me dit que le pire c'est pas les appels, c'est le silence entre {{4h}} et {{5h}}. « Là tu réfléchis trop. » Il rentre à {{Lens}} en voiture, {{25 min}}.",
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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
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


def build(notes):
    out = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
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
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
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
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build(NOTES)
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
