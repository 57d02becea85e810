"""Independent evaluation corpus n° 168: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids ``ind168-001``
to ``ind168-240`` follow the writing order below. ``split`` draws dev / holdout from the ids
and the cells only (site kind x channel), with ``random.Random(168)``.

Usage: python holdout_author.py           (writes dev.jsonl and holdout.jsonl next to this file)
       python holdout_author.py --stats   (also prints the counts used in README.md)
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind168"
SEED = 168

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

# fmt: off
# ---------------------------------------------------------------- notes, in writing order

BATCH_1 = [
    ("caf", "accueil_physique", "{{9h02}} ouverture Caf de {{Rennes}}, {{cours des Alliés}}. Deja {{23}} personnes sur le trottoir, la file va jusqu'a l'arret du {{C4}}. Ticket {{A047}}, l'ecran affiche {{A031}}. Attente estimee {{45 min}} 😬"),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Kerbrat]] vient pour sa prime d'activité, {{3 mois}} pas versée. L'agent ([[PERSONNE:Yannick]]) tape le num alloc qu'elle lit sur son courrier : [[N_ALLOCATAIRE:2418736]]. Ecran : derniere DTR recue le {{12/02}}. Il manque celle de {{janvier}}. Elle : « mais je l'ai faite sur l'appli ! » Lui : « pas validée madame, ca arrive souvent ». {{8 min}} au guichet."),
    ("caf", "accueil_physique", "Monsieur tres enervé, crie « ça fait {{4 fois}} que je viens !!! ». L'agent reste calme, le vigile s'approche sans rien dire. Ca retombe en {{2 min}}."),
    ("caf", "accueil_physique", "dossier APL d'un etudiant, [[PERSONNE:Théo Guillerm]], {{19 ans}}, studio a {{Villejean}}, {{412 €}} de loyer, APL estimée {{187 €}}. Il donne sa nouvelle adresse : [[ADRESSE:14 rue de Dinan, app. 23, 35000 Rennes]]. Pas de banque classique, un compte en ligne : [[IBAN:FR76 3000 4243 7849 1842 4478 395]]. L'agent verifie la clé, ok."),
    ("caf", "accueil_physique", "File : {{17}} personnes a {{10h15}}, {{2}} guichets ouverts sur {{5}}. Une maman avec poussette + {{3 enfants}} attend debout, pas de chaise libre. Numero {{B112}} appelé au guichet {{4}}."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Echati Soilihi]] vient avec son fils [[PERSONNE:Nassim]] ({{14 ans}}) qui traduit du comorien. Séparation depuis {{mars}}, il faut déclarer. L'agent imprime le formulaire {{cerfa 10840*07}}, {{4 pages}}. [[PERSONNE:Nassim]] traduit chaque ligne, tres serieux. Rdv dans {{15 jours}} pour le rendre."),
    ("caf", "accueil_physique", "Un monsieur demande juste une attestation de paiement pour la mairie. Imprimée en {{30 secondes}} à la borne. Il repart content. Le plus rapide de la matinée."),
    ("caf", "accueil_physique", "[[PERSONNE:Fatoumata Konaté]] née le [[DATE_NAISSANCE:14/08/1990]], RSA, {{2 enfants}} de {{6}} et {{9 ans}}. Elle a déménagé a {{Maurepas}} : [[ADRESSE:3 square de Tournemine, 35700 Rennes]]. Nouveau tel : [[TELEPHONE:07 62 18 40 93]]. L'agent ([[PERSONNE:Sandrine]]) dit que le RSA sera recalculé au {{1er du mois}}."),
    ("caf", "accueil_physique", "L'agent me montre l'ecran de pilotage : {{1 247}} dossiers en attente sur l'antenne, délai moyen {{21 jours}}. « On était à {{35 jours}} en {{2023}} ». Objectif national {{15 jours}}."),
    ("caf", "accueil_physique", "couple [[PERSONNE:Nguyen]], bébé né il y a {{3 semaines}}. Prime de naissance deja versée, ils viennent pour la PAJE. Le papa donne son mail : [[EMAIL:bao.nguyen.35@gmail.com]]. Num alloc [[N_ALLOCATAIRE:3057142]]. Ils habitent {{Cesson}}, bus {{ligne 67}}, {{40 min}} pour venir."),
    ("caf", "accueil_physique", "Grosse affluence apres la mise en paiement du {{5}}. L'agent : « le {{5}} et le {{6}} c'est toujours la folie ». {{62}} tickets distribués avant {{11h}}."),
    ("caf", "accueil_physique", "Monsieur [[PERSONNE:Abdelkader Benmansour]], retraité, {{71 ans}}, veuf depuis {{2022}}, vient faire passer l'APL a son nom. Il sort un vieux RIB papier plié en {{4}} : [[IBAN:FR76 2004 1150 7805 2019 9714 556]]. « {{La Banque Postale}}, c'est toujours la Poste ». L'agent rigole."),
    ("caf", "accueil_physique", "Le vigile [[PERSONNE:Steeve]] connait tout le monde. Il me glisse « la dame en rouge c'est [[PERSONNE:Marie-Thé]], elle vient tous les mardis depuis {{2019}} »."),
    ("caf", "accueil_physique", "Ecran guichet lu par dessus l'epaule (oups) : [[PERSONNE:LE BIHAN Corentin]] / alloc [[N_ALLOCATAIRE:1873305]] / né [[DATE_NAISSANCE:02.11.1988]] / {{AAH}} {{971,37 €}} / taux {{80 %}}. Il vient pour un rappel de {{1 900 €}} qu'il ne comprend pas."),
    ("caf", "accueil_physique", "Tres long echange avec une dame qui ne parle que roumain. Pas d'interprete, l'agent utilise {{google traduction}} sur son tel. {{25 min}}. A la fin elle pleure un peu, l'agent aussi je crois. Rdv avec l'assistante sociale {{jeudi 14}} a {{14h30}}, bureau {{B2}}."),
    ("caf", "accueil_telephonique", "Plateforme {{3230}}, casque sur les oreilles. {{9h}} : {{38}} appels en attente, temps moyen affiché {{12 min 40}}. L'agent [[PERSONNE:Nadia]] decroche, premier appel = la prime de Noël."),
    ("caf", "accueil_telephonique", "Un monsieur epelle son nom : « [[PERSONNE:K-O-W-A-L-S-K-I]], comme ça se prononce ». Num allocataire [[N_ALLOCATAIRE:4402961]]. Ses APL ont baissé de {{34 €}}, il veut savoir pourquoi. Réponse : ressources de {{2023}} plus elevées."),
    ("caf", "accueil_telephonique", "appel court : une dame veut l'adresse de la Caf de {{Brest}}. L'agent donne {{1 rue de Portzmoguer}}, ouvert {{8h30-12h}}, et le {{3230}}. {{40 secondes}}."),
    ("caf", "accueil_telephonique", "Mme [[PERSONNE:Tanguy]] au tel, très stressée : l'huissier passe demain. Elle donne un numero pour etre rappelée par une travailleuse sociale : [[TELEPHONE:06 48 27 91 05]]. L'agent note « urgence expulsion ». Délai de rappel annoncé {{48h}}."),
    ("caf", "accueil_telephonique", "Appels en attente : {{52}} a {{10h40}}. {{17 %}} d'appels abandonnés hier d'apres le tableau mural. « Le lundi c'est pire ». Pas de pause pendant {{1h50}}."),
    ("caf", "accueil_telephonique", "Un papa, M. [[PERSONNE:Oumarou]], appelle depuis un chantier (marteau piqueur derriere). Il dit son numero alloc chiffre par chiffre : « [[N_ALLOCATAIRE:six, un, zéro, deux, huit, huit, quatre]] ». Il veut changer de RIB, l'agent dit que ca se fait sur {{caf.fr}}, pas par tel."),
    ("caf", "accueil_telephonique", "Dame qui appelle de {{Vannes}} : son ex touche les allocs familiales a sa place depuis {{2 ans}}. Elle donne le nom de l'ex : [[PERSONNE:Jérôme Le Floch]]. L'agent ne peut rien dire sur le dossier de monsieur (secret). Elle raccroche fâchée."),
    ("caf", "accueil_telephonique", "Mme [[PERSONNE:Roux-Diallo]], née en [[DATE_NAISSANCE:mars 87]] à {{Rennes}}, n'a pas son num alloc sous la main. L'agent cherche avec le NIR qu'elle lit sur sa carte vitale : [[NIR:2 87 03 35 238 412 89]]. Trouvé. Dossier ASF, tout est ok."),
    ("caf", "accueil_telephonique", "{{11h20}} pause de {{10 min}}. Elle me dit qu'elle prend {{60 à 70}} appels par jour. « Au début je rêvais des bips »."),
    ("caf", "accueil_telephonique", "Appel en anglais d'un etudiant ghanéen, [[PERSONNE:Kwame Mensah]], Erasmus a {{Angers}}. APL pour son logement CROUS. L'agent veut lui envoyer la liste des pieces, il dicte : [[EMAIL:kwame.mensah (at) outlook.fr]]. Elle l'ecrit {{2 fois}} pour etre sure."),
    ("caf", "accueil_telephonique", "Un monsieur appelle pour dire qu'il a trouvé du travail, il ne veut plus du RSA. L'agent : « on va faire la déclaration ensemble ». Salaire {{1 480 €}} net, CDD {{6 mois}} chez {{Airbus}} a {{Saint-Nazaire}}."),
    ("caf", "accueil_telephonique", "Mme [[PERSONNE:Hamidou]] lit son IBAN lentement, l'agent repete a voix haute : « [[IBAN:FR76 1027 8786 2854 1293 4065 449]] ». {{Crédit Mutuel de Bretagne}}. Changement enregistré, effet au paiement du {{5}}."),
    ("caf", "accueil_telephonique", "Appel d'une assistante sociale du CCAS de {{Quimper}}, [[PERSONNE:Maïwenn Le Gall]], pour un dossier commun. Ligne partenaires, pas d'attente. Elle laisse sa ligne directe [[TELEPHONE:02 98 64 17 30]]."),
    ("caf", "accueil_telephonique", "le logiciel plante ({{3e fois}} aujourd'hui). {{4 min}} d'ecran bleu. L'agent s'excuse : « je vous entends, mais je ne vois plus rien »."),
    ("caf", "accueil_telephonique", "Une grand-mère appelle pour sa petite-fille [[PERSONNE:Lina]], {{17 ans}}, enceinte. L'agent explique qu'a {{17 ans}} elle peut avoir son propre dossier. Pour verifier son identité a elle, la mamie donne sa date de naissance : « le [[DATE_NAISSANCE:douze juin cinquante-neuf]] »."),
]

BATCH_2 = [
    ("caf", "controle_sur_place", "{{8h45}} départ en voiture de service de {{Nantes}}, direction {{Rezé}} par le {{périph}}. {{3}} contrôles prévus ce matin, {{1}} l'aprem. Le contrôleur ([[PERSONNE:Hervé]]) a {{22 ans}} de maison."),
    ("caf", "controle_sur_place", "1er contrôle : Mme [[PERSONNE:Da Silva]], [[ADRESSE:27 rue des Pavillons, 44400 Rezé]]. Soupçon de vie maritale. Dans l'allée une voiture immatriculée [[IMMATRICULATION:FG-418-KT]], elle dit que c'est celle de son frère. Le contrôleur note tout, ne commente pas."),
    ("caf", "controle_sur_place", "Chez M. [[PERSONNE:Youssouf Camara]], {{Bellevue}}, {{4e étage}} sans ascenseur. Il montre son bail : bailleur {{Nantes Métropole Habitat}}, réf locataire [[IDENTIFIANT:NMH-0048213]]. Loyer {{389 €}}, APL {{276 €}}. Tout colle."),
    ("caf", "controle_sur_place", "Le contrôleur m'explique : {{1 contrôle}} sur place = {{2h}} de rapport en moyenne. Il en fait {{6 à 8}} par semaine. {{Loi de 2018}}, droit a l'erreur, il le cite {{3 fois}}."),
    ("caf", "controle_sur_place", "Sur la table, une facture EDF, réf client [[IDENTIFIANT:6004 187 592]], au nom de [[PERSONNE:Samia Ouali]], [[ADRESSE:9 allée des Tilleuls, 44800 Saint-Herblain]]. Conso {{1 850 kWh}} sur l'année : cohérent avec {{1}} personne seule d'apres le contrôleur."),
    ("caf", "controle_sur_place", "Dans la voiture entre 2 rdv : pas de clim, {{31 °C}}, bouchon sur la {{N844}}. Sa collègue [[PERSONNE:Soizic]] appelle pour un dossier. Il me montre l'appli sur tablette : {{14}} champs obligatoires par contrôle."),
    ("caf", "controle_sur_place", "Contrôle a {{Douarnenez}} : M. [[PERSONNE:Loïc Guivarc'h]] absent. La voisine : « il est en mer jusqu'a vendredi ». Avis de passage dans la boite, {{2e}} passage. Heure notée {{10h52}}."),
    ("caf", "controle_sur_place", "Colocation a {{Angers}}, quartier {{La Doutre}}. {{3}} étudiants : [[PERSONNE:Manon]], [[PERSONNE:Ilyes]] et [[PERSONNE:Aurélien Chaput]]. Seul [[PERSONNE:Aurélien]] touche l'APL. Bail collectif, {{1 150 €}} a {{3}}. OK."),
    ("caf", "controle_sur_place", "Mme [[PERSONNE:Bouvier]], née le [[DATE_NAISSANCE:23 septembre 1958]], veuve, APL seule. Elle ouvre avec son chien {{Pistache}} qui aboie sans arrêt. Le contrôleur vérifie le RIB, un seul titulaire : [[IBAN:FR76 1380 7532 0982 0040 7773 770]]. RAS."),
    ("caf", "controle_sur_place", "contrôle sur l'aire d'accueil des gens du voyage, {{Le Mans}}. Famille [[PERSONNE:Winterstein]], [[ADRESSE:aire des Fontenelles, emplacement 14]]. Caravane + camion [[IMMATRICULATION:DK 552 PL]]. {{5 enfants}}, tous scolarisés, certificats montrés."),
    ("caf", "controle_sur_place", "Conversation dans la voiture. Il dit que {{10 %}} des contrôles trouvent une erreur en faveur de l'allocataire. « Les gens croient qu'on vient les piéger ». {{A11}} jusqu'a {{Angers}}, {{1h05}}."),
    ("caf", "controle_sur_place", "chez [[PERSONNE:Kadiatou Sylla]] et ses {{4 enfants}} a {{Saint-Nazaire}}, quartier {{La Trébale}}. Elle montre sa carte de séjour, n° [[IDENTIFIANT:4400127853]]. Le contrôleur vérifie la validité ({{2027}}). Num alloc sur le dossier : [[N_ALLOCATAIRE:5138820]]."),
    ("caf", "controle_sur_place", "Personne ne répond, interphone cassé. Le contrôleur appelle le num du dossier : [[TELEPHONE:+33 7 81 04 66 29]], messagerie. {{3e}} tentative. Au bout de {{3}}, suspension des droits."),
    ("caf", "controle_sur_place", "M. [[PERSONNE:Pérez]] est auto-entrepreneur (jardinage). Il sort son attestation URSSAF avec son SIRET perso : [[IDENTIFIANT:842 317 905 00018]]. CA du trimestre : {{2 340 €}}. Le contrôleur recalcule la prime d'activité devant lui."),
    ("caf", "controle_sur_place", "Petite maison a {{Plougastel-Daoulas}}, des fraises partout dans le jardin 🍓. Mme [[PERSONNE:Cadiou]] nous offre le café. {{40 min}} de contrôle, dossier RSA conforme."),
    ("cpam", "accueil_physique", "Cpam de {{Brest}}, accueil {{9h}}. {{11}} personnes, {{3}} agents. Bornes {{ameli}} : {{2}} sur {{4}} HS. Affiche : « Pensez au compte ameli ! »"),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Quéré]], {{66 ans}}, née a {{Angers}} mais a {{Brest}} depuis {{40 ans}}, a perdu sa carte vitale au marché de {{Saint-Louis}}. L'agent lit le NIR sur l'attestation : [[NIR:2 58 09 49 007 219 09]]. Photo a fournir, délai {{3 semaines}}."),
    ("cpam", "accueil_physique", "M. [[PERSONNE:Ahmadi]], afghan, arrivé en {{2021}}, demande la C2S. Il a un récépissé n° [[IDENTIFIANT:2905184417]]. L'agent dit qu'il faut aussi l'avis d'impot. Un ami, [[PERSONNE:Farid]], traduit en dari."),
    ("cpam", "accueil_physique", "IJ pas versées depuis {{5 semaines}}. Le monsieur ([[PERSONNE:Jean-Yves Morvan]], maçon) a l'arrêt sur son tel, photo floue. L'agent scanne. Enervé mais poli. « J'ai {{1 200 €}} de traite le {{10}} »."),
    ("cpam", "accueil_physique", "Ticket {{C14}}, attente {{22 min}}. Un gamin joue avec la borne, sa maman l'engueule. Ecran TV : spot vaccination grippe, {{65 ans}} et plus, gratuit."),
    ("cpam", "accueil_physique", "Une jeune femme, [[PERSONNE:Océane]], veut rattacher son bébé. Bébé [[PERSONNE:Maël]], né le [[DATE_NAISSANCE:4 janvier]], dort dans le porte-bébé. Rattachement aux {{2}} parents, {{5 min}}."),
    ("cpam", "accueil_physique", "Un monsieur veut déposer une feuille de soins papier. L'agent : « boîte aux lettres dehors monsieur, à gauche ». Il repart. {{15 secondes}}."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Rakotomalala]] ne comprend pas son reste a charge de {{23,40 €}} chez le dentiste. L'agent explique le ticket modérateur, les {{70 %}}, la mutuelle. Sa mutuelle : {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:0172458391]]. Elle doit les appeler."),
    ("cpam", "accueil_physique", "L'agent ([[PERSONNE:Gaëlle]]) : {{4 000}} passages par mois sur ce site. Depuis {{2020}}, uniquement sur rdv l'aprem. Ce matin, {{14}} personnes en {{1h}}."),
    ("cpam", "accueil_physique", "Monsieur [[PERSONNE:Serge Le Roux]] change d'adresse : [[ADRESSE:5 impasse du Moulin Blanc, 29490 Guipavas]]. Né le [[DATE_NAISSANCE:17/05/1949]]. Pas de compte ameli, « je n'ai pas d'ordinateur et je n'en veux pas »."),
    ("cpam", "accueil_physique", "Dame qui parle turc, Mme [[PERSONNE:Yıldız]], avec sa fille [[PERSONNE:Elif]] qui traduit. Demande de pension d'invalidité. L'agent donne le formulaire {{S4150}} et un rdv au service social {{mardi 9h30}}."),
    ("cpam", "accueil_physique", "Un homme attend {{50 min}} puis part en lâchant « le {{3646}} ça marche pas non plus ». Personne ne réagit."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Thépaut]] vient pour son fils [[PERSONNE:Kylian]], {{16 ans}}, né a {{Brest}}, qui veut sa propre carte vitale. NIR du fils a l'écran : [[NIR:1 08 10 29 019 538 58]]. Formulaire rempli sur place."),
    ("cpam", "accueil_physique", "Ecran borne : file 1 : {{6}} personnes, file 2 (rdv) : {{2}}. Salle pleine de plantes vertes, {{un olivier}} en pot a l'entrée 🌿."),
    ("cpam", "accueil_physique", "Un jeune de {{Recouvrance}}, [[PERSONNE:Dylan]], {{20 ans}}, premier job, veut son attestation de droits pour l'employeur. L'agent l'imprime et lui crée son compte ameli avec son mail : [[EMAIL:dylan.lhostis29@laposte.net]]."),
]

BATCH_3 = [
    ("cpam", "accueil_telephonique", "Plateforme tel de la Cpam de la {{Sarthe}}, au {{Mans}}. {{8h30}} : {{112}} appels dans la file, {{9 agents}} connectés. Temps d'attente moyen : {{7 min}}."),
    ("cpam", "accueil_telephonique", "Appel : M. [[PERSONNE:Boulanger]] (oui, et il est {{boulanger}} a {{Allonnes}} 😄), né a {{Vannes}}, dans la Sarthe depuis {{30 ans}}. Il appelle pour ses IJ, donne son NIR a voix haute : [[NIR:1 65 01 56 260 054 25]]. Versement prévu {{jeudi}}."),
    ("cpam", "accueil_telephonique", "Une dame demande le numéro du centre de santé de {{Coulaines}}. L'agent : « je ne peux pas vous le donner, mais sur {{ameli.fr}} il y a l'annuaire santé ». {{1 min 30}}."),
    ("cpam", "accueil_telephonique", "Mme [[PERSONNE:Ngo Bissek]] appelle pour ses lunettes, {{100 % santé}}. Elle dicte son mail pour recevoir le décompte : [[EMAIL:ngobissek.c@free.fr]]. L'agent : « vous le trouverez aussi sur votre compte »."),
    ("cpam", "accueil_telephonique", "Appel difficile : un homme sous chimio, IJ suspendues. Il pleure. L'agent ([[PERSONNE:Mickaël]]) le garde {{18 min}}, fait un signalement au service social. Après, il retire son casque {{2 min}}, ne dit rien."),
    ("cpam", "accueil_telephonique", "[[PERSONNE:Aurore]], l'agent a coté, me montre les motifs d'appel du mois : {{32 %}} IJ, {{21 %}} carte vitale, {{14 %}} remboursements, {{9 %}} C2S. Le reste divers."),
    ("cpam", "accueil_telephonique", "Une maman, [[PERSONNE:Amandine Lelièvre]], appelle pour sa fille [[PERSONNE:Jade]] née le [[DATE_NAISSANCE:30/09/2019]] : l'orthophoniste veut un papier. L'agent explique qu'il faut juste la prescription du médecin."),
    ("cpam", "accueil_telephonique", "Numero masqué, un monsieur qui ne veut pas donner son nom veut savoir « si la sécu voit ses médicaments ». L'agent explique {{Mon espace santé}}. Il raccroche."),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Tran Van Long]] veut changer le RIB des remboursements. Il lit : « [[IBAN:FR 76 1558 9189 1827 2278 8184 570]] ». L'agent : « par téléphone on ne peut pas, c'est pour la sécurité, passez par votre compte »."),
    ("cpam", "accueil_telephonique", "Appel d'une pharmacie de {{Sablé-sur-Sarthe}} pour un patient, [[PERSONNE:Marcel Gohier]], {{84 ans}} : droits fermés ? L'agent voit des droits ouverts jusqu'au {{31/12}}, la carte n'était pas mise a jour. Pharmacienne rassurée."),
    ("cpam", "accueil_telephonique", "{{10h55}} : {{147}} appels traités par l'équipe depuis {{8h30}}. Objectif {{85 %}} de décroché, tableau au mur : {{79 %}}. Le chef d'équipe soupire."),
    ("cpam", "accueil_telephonique", "Une dame appelle du Portugal pour la carte européenne. Mme [[PERSONNE:Ferreira]], habite {{Laval}} ({{53000}}). Elle laisse un num portugais pour etre rappelée : [[TELEPHONE:+351 912 447 803]]."),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Delahaye]] a reçu un SMS « votre carte vitale expire » avec un lien. L'agent : arnaque, ne cliquez pas, transférez au {{33700}}. {{3e appel}} de ce type ce matin."),
    ("cpam", "accueil_telephonique", "Arrêt de travail envoyé par courrier, pas reçu. Assuré : [[PERSONNE:Goulven Le Meur]], né le [[DATE_NAISSANCE:8 juillet 1984]] a {{Quimper}}, NIR [[NIR:184072923214586]]. L'agent retrouve le scan, il était classé sous un autre employeur."),
    ("cpam", "accueil_telephonique", "L'agent me dit qu'elle tient {{4h}} max au tel par jour, ensuite back-office. Entre deux appels elle boit son thé, {{30 secondes}} de silence. Sa voisine [[PERSONNE:Béatrice]] lui passe des gâteaux."),
    ("cpam", "controle_sur_place", "Départ {{13h30}} avec l'enquêtrice ([[PERSONNE:Nathalie]]) de la Cpam de {{Loire-Atlantique}}. Contrôle des arrêts de travail : sorties autorisées sauf {{9h-11h}} et {{14h-16h}}."),
    ("cpam", "controle_sur_place", "1er assuré : M. [[PERSONNE:Benoît Rialland]], [[ADRESSE:18 rue de la Ville-en-Bois, 44100 Nantes]]. Présent, en pyjama, arrêt pour lombalgie. {{5 min}}. Il demande si on va « le dénoncer a son patron »."),
    ("cpam", "controle_sur_place", "Absent a {{14h25}}. Voiture de l'assuré pas sur le parking (l'enquêtrice a la plaque sur la fiche : [[IMMATRICULATION:EH-207-RZ]]). Avis de passage, il aura {{8 jours}} pour justifier."),
    ("cpam", "controle_sur_place", "En route. L'enquêtrice : environ {{40}} contrôles par mois, {{12 %}} d'absences injustifiées. Tram {{ligne 2}} bloqué, on fait le tour par {{Rezé}}."),
    ("cpam", "controle_sur_place", "Mme [[PERSONNE:Ouedraogo]] ouvre avec son bébé dans les bras. Congé maternité, pas un arrêt : erreur de fiche. On s'excuse, {{2 min}}."),
    ("cpam", "controle_sur_place", "Contrôle de résidence C2S a {{Saint-Nazaire}} : M. [[PERSONNE:Ionescu]] dit habiter [[ADRESSE:42 boulevard Leferme, 44600 Saint-Nazaire]] chez un cousin. Sur la boite : [[PERSONNE:Popa]], pas d'étiquette [[PERSONNE:Ionescu]]. L'enquêtrice demande une attestation d'hébergement."),
    ("cpam", "controle_sur_place", "Contrôle transport : Mme [[PERSONNE:Guérin]], {{72 ans}}, dialysée {{3 fois}} par semaine au CHU. Elle montre son bon de transport, n° patient [[IDENTIFIANT:P00731928]]. Le taxi conventionné ({{Taxi Bleu Nazairien}}) fait {{42 km}} aller."),
    ("cpam", "controle_sur_place", "Pause café. L'enquêtrice raconte un assuré en arrêt, un certain [[PERSONNE:Bodin]], vu sur un toit en train de poser des tuiles. « Je l'ai vu depuis la rue ». Rires."),
    ("cpam", "controle_sur_place", "M. [[PERSONNE:Haddad]] absent, sa femme dit qu'il est chez le kiné, {{rue Crébillon}}. Elle montre l'ordonnance. Justifié. Numéro de madame pour rappel : [[TELEPHONE:06.71.35.09.82]]."),
    ("cpam", "controle_sur_place", "A {{Angers}} avec une autre enquêtrice, [[PERSONNE:Céline Marchais]]. Assuré : [[PERSONNE:Rémi Gautreau]], arrêt de {{3 mois}}, burn-out. Présent, très fatigué. {{10 min}}. « Je peux même pas aller chercher le pain »."),
    ("cpam", "controle_sur_place", "Fiche de contrôle lue : Assurée [[PERSONNE:DIOP Mariama]] / NIR [[NIR:2 92 06 44 109 733 94]] / arrêt du {{03/03}} au {{31/03}} / employeur {{Lidl}}. Présente. RAS."),
    ("cpam", "controle_sur_place", "Il pleut des cordes. Personne. Le voisin : « ils sont partis en vacances a {{Pornic}} ». L'enquêtrice : « pendant un arrêt... ». Elle note {{16h10}}."),
    ("cpam", "controle_sur_place", "M. [[PERSONNE:Kervella]], docker au port de {{Montoir}}, accident du travail. Son chien {{Rocky}} nous suit partout. Présent, béquilles, {{4 min}}."),
    ("cpam", "controle_sur_place", "Retour au bureau {{17h05}}. Bilan : {{7}} contrôles, {{5}} présents, {{1}} absent justifié, {{1}} absent non justifié. {{96 km}} au compteur."),
    ("cpam", "controle_sur_place", "Mme [[PERSONNE:Le Corre]], en arrêt, n'ouvre pas mais répond a l'interphone. Pour prouver que c'est elle, elle donne sa date de naissance : « [[DATE_NAISSANCE:vingt-sept janvier soixante-quinze]] »."),
]

BATCH_4 = [
    ("ccas", "accueil_physique", "CCAS d'{{Angers}}, permanence a {{Monplaisir}}, {{9h}}. {{6}} personnes deja assises. Au mur : horaires, {{115}}, {{3919}}, {{119}}. L'agent, [[PERSONNE:Sylvie]], remonte le rideau."),
    ("ccas", "accueil_physique", "M. [[PERSONNE:Saïd Boukhris]], {{58 ans}}, demande une aide pour sa facture d'électricité : {{347,80 €}}. Réf client EDF [[IDENTIFIANT:6003 921 447]]. Commission le {{18}}, réponse sous {{10 jours}} par mail ([[EMAIL:saidboukhris49 (arobase) gmail.com]]), max {{300 €}} par an."),
    ("ccas", "accueil_physique", "Domiciliation : un jeune homme, [[PERSONNE:Aliou]], sans adresse, dort dans sa voiture ([[IMMATRICULATION:BX-771-QM]], une {{Clio}} grise). L'agent ouvre la domiciliation au CCAS pour {{1 an}}, il recevra son courrier ici."),
    ("ccas", "accueil_physique", "Carte de bus solidaire {{Irigo}} : {{3,50 €}} par mois au lieu de {{38 €}}. {{4}} demandes dans l'heure. L'agent ([[PERSONNE:Gaétan]]) a un tableau plastifié avec les plafonds : QF < {{600 €}}."),
    ("ccas", "accueil_physique", "Mme [[PERSONNE:Blanchard]] et son fils [[PERSONNE:Enzo]] ({{8 ans}}), demande d'aide cantine. Elle donne son num alloc pour le QF : [[N_ALLOCATAIRE:7731046]]. QF {{412}}, tarif cantine a {{1 €}} le repas."),
    ("ccas", "accueil_physique", "Dame tres agée, perdue, cherche « la dame du CCAS qui m'aide pour mes papiers, [[PERSONNE:Josiane]] ». [[PERSONNE:Josiane]] est en congé, une collègue la reçoit quand même. {{20 min}}."),
    ("ccas", "accueil_physique", "Épicerie solidaire : orientation de M. [[PERSONNE:Petrossian]], {{3 enfants}}. Reste a vivre calculé : {{4,20 €}} par jour et par personne. Accès accordé pour {{3 mois}}."),
    ("ccas", "accueil_physique", "Une mère de famille demande ou déposer un dossier de surendettement. L'agent imprime le dossier {{Banque de France}}, {{14 pages}}, et l'oriente vers la permanence {{Crésus}} du {{jeudi}}."),
    ("ccas", "accueil_physique", "[[PERSONNE:Dmytro Kovalenko]], ukrainien, arrivé de {{Kharkiv}} en {{2022}}. APS n° [[IDENTIFIANT:4903218765]]. Aide pour les lunettes de sa fille [[PERSONNE:Sofiia]] : {{120 €}} accordés en urgence."),
    ("ccas", "accueil_physique", "L'accueil ferme de {{12h30}} a {{13h30}}. {{2}} personnes frappent a la vitre a {{12h40}}. L'agent ([[PERSONNE:Malika]]) ouvre quand même."),
    ("ccas", "accueil_physique", "Mme [[PERSONNE:Le Hir]] vient pour l'APA. C'est le Département, pas le CCAS. Elle repart avec le numéro du {{CLIC}} : {{02 41 81 14 50}}."),
    ("ccas", "accueil_physique", "M. [[PERSONNE:Mbuyi]] inscrit sa mère au repas des aînés du {{15 décembre}} : [[PERSONNE:Véronique Mbuyi Kalala]], née le [[DATE_NAISSANCE:11/03/1944]]. {{180}} inscrits cette année."),
    ("ccas", "accueil_physique", "Aide pour frais d'obsèques. M. [[PERSONNE:Robin Lesage]] enterre son père. Devis pompes funèbres {{2 870 €}}, le CCAS peut aller jusqu'a {{800 €}}. Il donne son RIB : [[IBAN:FR76 3000 3329 9658 4800 1575 783]]."),
    ("ccas", "accueil_physique", "Dispute entre {{2}} usagers pour une chaise. L'agent sépare calmement. « C'est la fin du mois, les gens sont tendus »."),
    ("ccas", "accueil_physique", "Un étudiant, [[PERSONNE:Wassim]], demande une aide ponctuelle : {{11 €}} sur son compte le {{20}}. Orienté vers le CROUS et l'épicerie {{AGORAé}}. Mail pour le rdv : [[EMAIL:wassim.belkacem@etud.univ-angers.fr]]."),
    ("ccas", "accueil_telephonique", "Standard du CCAS de {{Quimper}}, {{9h05}}, ça sonne déjà. L'agent : [[PERSONNE:Anne-Sophie]]. Premier appel : les horaires de la piscine ?! Renvoi vers la mairie."),
    ("ccas", "accueil_telephonique", "M. [[PERSONNE:Pierre Kerhervé]] appelle pour le portage de repas pour sa mère a {{Ergué-Gabéric}}. L'agent prend l'adresse : [[ADRESSE:6 hent Kerampensal, 29500 Ergué-Gabéric]]. {{8,90 €}} le repas, livraison {{lundi}}."),
    ("ccas", "accueil_telephonique", "Appel pour un logement d'urgence. L'agent renvoie vers le {{115}}. La dame : « le 115 répond pas depuis {{2h}} ». L'agent appelle lui-même le SIAO."),
    ("ccas", "accueil_telephonique", "Mme [[PERSONNE:Pichon]] rappelle pour son aide au chauffage : elle avait oublié de laisser son tel. L'agent note : « [[TELEPHONE:zéro deux, quatre-vingt-dix-huit, cinquante-cinq, douze, soixante-treize]] ». Rappel promis demain."),
    ("ccas", "accueil_telephonique", "Tableau blanc du standard : lundi {{94}} appels, mardi {{71}}, mercredi {{58}}. « Le lundi c'est toujours le rush »."),
    ("ccas", "accueil_telephonique", "Un homme dit qu'il va se faire du mal. L'agent garde son calme, lui demande ou il est ({{Penhars}}), fait signe a sa collègue qui appelle le {{15}}. {{12 min}} au tel avec lui. Elle a les mains qui tremblent après."),
    ("ccas", "accueil_telephonique", "[[PERSONNE:Gwenola Riou]], auxiliaire de vie, appelle pour M. [[PERSONNE:Le Berre]], {{91 ans}}, qui n'a plus de chauffage. L'agent déclenche une visite dans la journée."),
    ("ccas", "accueil_telephonique", "Appel du bailleur ({{Quimper Habitat}}) pour un locataire en impayés : M. [[PERSONNE:Sanogo]], {{4 mois}} de retard, {{1 640 €}}. Réf du bail [[IDENTIFIANT:QH-2017-3381]]. L'agent propose un rdv a trois."),
    ("ccas", "accueil_telephonique", "La ligne coupe {{2 fois}}. « C'est le standard de la mairie qui bascule ». L'agent rappelle le portable affiché : [[TELEPHONE:06 29 83 47 11]]. La dame décroche : « ah c'est vous ! »."),
    ("ccas", "accueil_telephonique", "Une dame veut savoir si elle a droit au chèque énergie. L'agent : « c'est l'État, pas nous », et donne le {{0 805 204 805}}. {{1 min}}."),
    ("ccas", "accueil_telephonique", "M. [[PERSONNE:Demir]], veuf, {{3 enfants}}, demande une aide pour la rentrée. Il donne son identifiant France Travail pour prouver sa situation : [[ID_FRANCE_TRAVAIL:3918274T]]. Max {{150 €}} par enfant."),
    ("ccas", "accueil_telephonique", "[[PERSONNE:Anne-Sophie]] me montre le logiciel : {{2 312}} usagers suivis, dont {{640}} domiciliés. Elle tape vite, {{4}} fenêtres ouvertes."),
    ("ccas", "accueil_telephonique", "Une fille appelle pour sa mère hospitalisée a {{Laënnec}}, [[PERSONNE:Maryvonne Cloarec]]. Elle demande la téléassistance. L'agent prend le fixe de la maman : [[TELEPHONE:02 98 90 41 26]]."),
    ("ccas", "accueil_telephonique", "Un monsieur veut « parler a la dame de la dernière fois, une blonde ». L'agent cherche dans le logiciel par date : c'était [[PERSONNE:Katell]]."),
    ("ccas", "accueil_telephonique", "M. [[PERSONNE:Bangoura]], domicilié au CCAS, attend un courrier de la préfecture, titre de séjour en renouvellement, AGDREF [[IDENTIFIANT:2904471836]]. L'agent confirme qu'une lettre est arrivée hier, a retirer avant {{17h}}."),
]

BATCH_5 = [
    ("ccas", "controle_sur_place", "Visite a domicile avec la travailleuse sociale du CCAS de {{Saint-Nazaire}}, [[PERSONNE:Léa Baudry]]. {{14h}}, bus {{hélYce}} jusqu'a {{Méan}} puis {{800 m}} a pied."),
    ("ccas", "controle_sur_place", "Chez M. [[PERSONNE:Fernand Orain]], {{88 ans}}, né ici même a {{Saint-Nazaire}}, [[ADRESSE:3 rue des Ajoncs, 44600 Saint-Nazaire]]. Maison humide, moisissures au plafond. La TS recopie le NIR de sa carte vitale : [[NIR:1 37 02 44 184 096 95]]. Signalement a l'ARS."),
    ("ccas", "controle_sur_place", "Evaluation pour une aide ménagère. Mme [[PERSONNE:Boutin]] vit seule avec {{2}} chats, {{Minou}} et {{Réglisse}}. {{47 m²}}, {{2e étage}}. Elle refuse l'aide : « je me débrouille »."),
    ("ccas", "controle_sur_place", "Sur le trajet la TS me dit : {{120}} visites par an pour elle, {{1 sur 3}} chez des plus de {{80 ans}}. Voiture de service pas dispo, elle prend la sienne."),
    ("ccas", "controle_sur_place", "Famille [[PERSONNE:Osmani]], {{6}} personnes dans un T2 de {{38 m²}}. Signalement insalubrité, la TS prend des photos. Le père donne son mail pour le rapport : [[EMAIL:osmani.fatmir@yahoo.fr]]."),
    ("ccas", "controle_sur_place", "Visite annulée, la personne a appelé a {{13h50}}. On en profite avec [[PERSONNE:Léa]] pour prendre un café au {{Ruban Bleu}}."),
    ("ccas", "controle_sur_place", "Chez Mme [[PERSONNE:Nadège Lemoine]], mère isolée, {{3 enfants}}. Frigo quasi vide. La TS valide un bon alimentaire de {{80 €}} et une aide de {{200 €}} sur son compte : [[IBAN:FR76 1444 5390 5437 9511 6670 034]]. Virement sous {{5 jours}}."),
    ("ccas", "controle_sur_place", "M. [[PERSONNE:Joseph Moal]] vit a l'année dans un mobil-home a {{Pornichet}}, [[ADRESSE:camping du Bois Joli, emplacement 31]]. {{410 €}} par mois. Eau coupée l'hiver."),
    ("ccas", "controle_sur_place", "Dans l'entrée, un vélo d'enfant et une pile de courriers pas ouverts. La TS les ouvre avec Mme [[PERSONNE:Trémeur]] : {{3}} relances d'impayés dont une {{Orange}}, n° client [[IDENTIFIANT:CL-0882-45190]]. Plan d'apurement a faire."),
    ("ccas", "controle_sur_place", "Retour par la {{D213}}, {{25 min}}. La TS tape son compte-rendu au feu rouge (!). « Sinon je le fais a {{20h}} chez moi »."),
    ("ccas", "controle_sur_place", "Chez M. [[PERSONNE:Kouassi]] : demande d'aide au permis, promesse d'embauche aux {{Chantiers de l'Atlantique}}. Son identifiant FT : [[ID_FRANCE_TRAVAIL:5502871B]]. Aide possible {{500 €}}."),
    ("ccas", "controle_sur_place", "Signalement d'une voisine : monsieur pas vu depuis {{4 jours}}. On sonne chez M. [[PERSONNE:Rouxel]]. Il ouvre en robe de chambre, étonné : « j'étais chez ma fille a {{Guérande}} »."),
    ("ccas", "controle_sur_place", "Le fils de Mme [[PERSONNE:Ly]] est là, c'est lui qui gère tout : [[PERSONNE:Kevin Ly]]. Il laisse son numéro : [[TELEPHONE:07 58 14 26 90]]. Téléassistance, {{25 €}} par mois."),
    ("ccas", "controle_sur_place", "M. [[PERSONNE:Guillou]] demande une aide pour réparer sa voiture (il fait {{35 km}} pour aller bosser). La TS note le véhicule : {{Peugeot 206}}, [[IMMATRICULATION:7382 VZ 44]] (ancienne plaque !). Devis {{Norauto}} : {{640 €}}."),
    ("ccas", "controle_sur_place", "Chez Mme [[PERSONNE:Zhang]], {{Penhoët}}, demande de FSL. Son fils traduit. Quittance : {{612 €}}, APL {{248 €}}. Le num alloc est écrit au stylo sur le frigo : [[N_ALLOCATAIRE:2290417]]."),
    ("urgences", "accueil_physique", "Urgences du CHU de {{Rennes}}, {{Pontchaillou}}. {{22h10}}. Salle d'attente : {{34}} personnes. Ecran : « temps d'attente estimé {{4h}} » 😳. L'IOA s'appelle [[PERSONNE:Claire]]."),
    ("urgences", "accueil_physique", "Arrive un monsieur la main en sang, scie circulaire. Tri : priorité {{2}}. Il donne son nom en grimaçant : [[PERSONNE:Stéphane Pinault]]. Box {{7}} direct."),
    ("urgences", "accueil_physique", "Une maman, [[PERSONNE:Aïcha]], avec un bébé de {{8 mois}} a {{39,8 °C}}. L'IOA donne du {{Doliprane}} et l'envoie aux urgences pédiatriques, {{Hôpital Sud}}, bus {{C5}}? non, taxi."),
    ("urgences", "accueil_physique", "Bracelet imprimé pour Mme [[PERSONNE:Guéguen]], IPP [[IDENTIFIANT:80451127]], née le [[DATE_NAISSANCE:19/10/1937]]. Chute a domicile, elle vit seule a {{Bréquigny}}."),
    ("urgences", "accueil_physique", "{{23h30}} : un groupe de {{5}} jeunes accompagne un copain alcoolisé. Le vigile en fait sortir {{3}}. {{2}} accompagnants max."),
    ("urgences", "accueil_physique", "L'agent administrative ([[PERSONNE:Yasmina]]) enregistre un homme sans papiers ni carte vitale. Il dit s'appeler [[PERSONNE:Mohamed Ali Traoré]], né en [[DATE_NAISSANCE:1996]]. Pas d'AME. Elle l'inscrit quand même : « on soigne d'abord »."),
    ("urgences", "accueil_physique", "Ecran de la salle : {{4h12}} d'attente moyenne pour les non urgents. Distributeur de boissons vide. Une dame dort sur {{3}} chaises."),
    ("urgences", "accueil_physique", "Le mari d'une patiente donne la mutuelle : {{MGEN}}, n° [[IDENTIFIANT:203 447 918]]. Patiente : [[PERSONNE:Hélène Corbel]], box {{12}}, suspicion d'AVC, filière neuro."),
    ("urgences", "accueil_physique", "Un SDF connu du service, « [[PERSONNE:Jojo]] », arrive a pied avec sa chienne {{Lady}}. Les soignants le saluent par son surnom. Pansement a refaire. La chienne attend dehors, attachée au panneau {{Urgences adultes}}."),
    ("urgences", "accueil_physique", "Un homme arrive avec une lettre du Dr [[PERSONNE:Nzé]] pour [[PERSONNE:Julien Carré]], douleur thoracique. ECG fait en {{8 min}}."),
    ("urgences", "accueil_physique", "Accident sur la {{N136}}, les pompiers amènent un jeune. Le policier donne la plaque de la voiture pour le dossier : [[IMMATRICULATION:GK-093-SW]]. Le jeune : [[PERSONNE:Arthur Lemaître]], {{19 ans}}."),
    ("urgences", "accueil_physique", "La secrétaire me montre : {{180}} passages en {{24h}} hier, record = {{243}} en juillet. {{11}} patients sur brancard dans le couloir ce soir."),
    ("urgences", "accueil_physique", "Dame âgée amenée par sa voisine, qui donne l'adresse de la dame : [[ADRESSE:27 avenue Gros-Malhon, 35000 Rennes]], et son propre tel : [[TELEPHONE:06 14 55 82 37]]. La patiente : [[PERSONNE:Odette Hamon]]."),
    ("urgences", "accueil_physique", "Un touriste allemand, [[PERSONNE:Lukas Becker]], entorse en courant au {{Thabor}}. Carte européenne n° [[IDENTIFIANT:80276001234567891234]]. Il parle tres bien français."),
    ("urgences", "accueil_physique", "{{3h}} du matin. L'IOA de nuit, [[PERSONNE:Morgane]], fait son {{60e}} tri. « La salle n'est jamais vide, jamais »."),
]

BATCH_6 = [
    ("urgences", "accueil_telephonique", "Standard des urgences du CH du {{Mans}}. Une fille cherche sa mère amenée par les pompiers : « [[PERSONNE:Monique Fouquet]], elle est née le [[DATE_NAISSANCE:3 avril 1946]] ». La secrétaire confirme qu'elle est en box, sans plus."),
    ("urgences", "accueil_telephonique", "Appel d'un EHPAD ({{EHPAD Les Glycines}}) : arrivée d'un résident, M. [[PERSONNE:Lucien Braud]], {{92 ans}}, chute. Ambulance {{Jussieu Secours}} partie a {{14h05}}."),
    ("urgences", "accueil_telephonique", "{{14h20}} : {{7}} appels en {{10 min}}. La secrétaire jongle avec {{2}} combinés. Poste {{4512}} pour la régulation."),
    ("urgences", "accueil_telephonique", "Une dame veut savoir « combien de temps d'attente en ce moment ». La secrétaire ([[PERSONNE:Fabienne]]) : « je ne peux pas vous dire, venez si c'est urgent, sinon appelez le {{116 117}} »."),
    ("urgences", "accueil_telephonique", "Un homme veut récupérer les affaires de son frère, [[PERSONNE:Abdoulaye Sow]], transféré en cardio. La secrétaire demande la date de naissance pour vérifier : « le [[DATE_NAISSANCE:2 février 81]] ». Ok, sac au vestiaire."),
    ("urgences", "accueil_telephonique", "Un labo de ville a un résultat critique pour une patiente passée hier : [[PERSONNE:Isabelle Lefeuvre]], IPP [[IDENTIFIANT:72019385]]. Potassium a {{6,8}}. Transmis au senior, Dr [[PERSONNE:Faure]]."),
    ("urgences", "accueil_telephonique", "La police appelle : un homme interpellé a besoin d'un certificat de compatibilité avec la garde a vue. Arrivée prévue {{16h}}. Pas de nom au tel."),
    ("urgences", "accueil_telephonique", "Un père affolé : son fils [[PERSONNE:Nolan]], {{4 ans}}, a avalé une pile. La secrétaire bascule direct sur le {{15}}. {{20 secondes}}."),
    ("urgences", "accueil_telephonique", "Mme [[PERSONNE:Pasquier]] veut qu'on l'appelle a la sortie de son mari. Elle laisse son portable : [[TELEPHONE:07 49 61 03 88]]. Post-it collé sur l'écran (!)."),
    ("urgences", "accueil_telephonique", "Un taxi a ramené un patient et ne trouve plus la sortie du parking. [[PERSONNE:Nicole]], a l'accueil : « barrière {{P3}}, vous tapez {{1945}} »."),
    ("urgences", "accueil_telephonique", "Le {{CH de Laval}} appelle pour un transfert : patient [[PERSONNE:Grégory Moreau]], NIR [[NIR:1 77 05 35 238 671 14]]. Lit de réa demandé. Réponse dans {{30 min}}."),
    ("urgences", "accueil_telephonique", "Une journaliste de {{Ouest-France}} veut des chiffres sur l'attente. Renvoyée vers la com' du CH. « On n'a pas le droit »."),
    ("urgences", "accueil_telephonique", "Une femme veut se plaindre : sa mère a attendu {{9h}} sur un brancard. Elle s'appelle [[PERSONNE:Sabrina Rabier]] et donne son mail : [[EMAIL:s.rabier[arobase]orange.fr]]. Transmis aux relations usagers."),
    ("urgences", "accueil_telephonique", "Un patient sorti hier a oublié ses lunettes : M. [[PERSONNE:Legrand]], box {{9}}. Retrouvées. « Passez au guichet avant {{20h}} »."),
    ("urgences", "accueil_telephonique", "Numéro étranger (+44) : une Anglaise dont la fille, [[PERSONNE:Emily Parker]], étudiante, a fait un malaise a la gare. La secrétaire note le numéro de la mère : [[TELEPHONE:+44 7700 914362]]."),
    ("chrs", "accueil_physique", "CHRS a {{Brest}}, accueil de jour, {{8h30}}. {{12}} personnes au petit déj. Café, pain, {{2}} douches, machine a laver. L'éducatrice [[PERSONNE:Anaïs]] gère les tours de douche : {{15 min}} chacun."),
    ("chrs", "accueil_physique", "M. [[PERSONNE:Mamadou Baldé]] arrive de {{Lorient}}, orienté par le SIAO, réf [[IDENTIFIANT:SIAO29-2024-01873]]. Chambre {{12}}, {{2e étage}}. {{1}} sac pour tout bagage."),
    ("chrs", "accueil_physique", "Règlement intérieur lu a voix haute : couvre-feu {{23h}}, pas d'alcool, visites {{14h-18h}}. {{8 pages}} a signer."),
    ("chrs", "accueil_physique", "Un résident, [[PERSONNE:Tony]], montre sa fiche de paie : intérim chez {{Manpower}}, {{1 120 €}}. L'éducateur ([[PERSONNE:Yohann]]) l'aide a ouvrir un compte : [[IBAN:FR76 1254 8019 3714 0030 5219 970]]. Premier compte a {{34 ans}}."),
    ("chrs", "accueil_physique", "Une femme avec {{2}} enfants, violences conjugales. Elle donne juste son prénom : [[PERSONNE:Sabah]]. Mise a l'abri immédiate, chambre famille {{F3}}. Les enfants dessinent pendant l'entretien."),
    ("chrs", "accueil_physique", "Planning des ateliers au mur : lundi cuisine, mardi CV, jeudi sport au {{gymnase de Kérichen}} avec [[PERSONNE:Mehdi]]."),
    ("chrs", "accueil_physique", "M. [[PERSONNE:Ivanov]] (bulgare) perd ses papiers tous les mois. Photocopie de son passeport dans le casier : n° [[IDENTIFIANT:382710945]]. L'éducatrice en garde une copie « pour la prochaine fois »."),
    ("chrs", "accueil_physique", "Discussion avec [[PERSONNE:Gérard]], {{61 ans}}, {{14 ans}} de rue. Quand il n'y a pas de place il dort dans son fourgon, [[IMMATRICULATION:AZ-512-BN]]. Il connait tous les bénévoles du {{Secours Populaire}}."),
    ("chrs", "accueil_physique", "Le {{115}} du {{Finistère}} appelle pour une place : {{0}} lit dispo ce soir. [[PERSONNE:Anaïs]] raccroche : « {{4e}} refus aujourd'hui »."),
    ("chrs", "accueil_physique", "Entretien d'admission : Mme [[PERSONNE:Salma El Idrissi]], née le [[DATE_NAISSANCE:21/12/1999]] a {{Casablanca}}, NIR [[NIR:2 99 12 99 350 028 82]]. RSA en cours. Chambre {{5}}."),
    ("chrs", "accueil_physique", "Repas de midi : {{32}} couverts. Cuisine faite par [[PERSONNE:Rozenn]] et {{2}} résidents. Au menu : kig ha farz 😋, spécialité du {{Léon}}."),
    ("chrs", "accueil_physique", "M. [[PERSONNE:Le Dantec]] demande a l'éducateur d'appeler sa fille [[PERSONNE:Laura]] a {{Morlaix}} : [[TELEPHONE:06 82 30 71 45]]. Pas parlé depuis {{3 ans}}. Ça sonne, messagerie."),
    ("chrs", "accueil_physique", "Admission d'un jeune de {{19 ans}}, sortie ASE : [[PERSONNE:Kenzo Martineau]]. Il a déjà un identifiant France Travail : [[ID_FRANCE_TRAVAIL:6120475L]]. Mission Locale dans la foulée."),
    ("chrs", "accueil_physique", "Une résidente, [[PERSONNE:Nathalie Bréhier]], montre un mail de sa banque qu'elle ne comprend pas. L'éducatrice lit : « prélèvement rejeté, frais {{20 €}} ». En haut, l'adresse de la dame : [[EMAIL:nath.brehier29@gmail.com]]."),
    ("chrs", "accueil_physique", "Fin de matinée. {{3}} départs vers un logement autonome ce mois-ci, record. L'équipe applaudit quand la cheffe l'annonce."),
]

BATCH_7 = [
    ("chrs", "accueil_telephonique", "Écoute au {{115}} de {{Loire-Atlantique}}, a {{Nantes}}. {{19h}}. {{86}} appels en attente (!), {{4}} écoutants. [[PERSONNE:Bastien]] décroche : un homme a la gare, {{2e}} nuit dehors."),
    ("chrs", "accueil_telephonique", "Mme [[PERSONNE:Traoré]], {{3 enfants}} dont un de {{6 mois}}, a la rue depuis ce matin. L'écoutante saisit la demande, n° [[IDENTIFIANT:DEM-44-2025-007712]]. Hôtel trouvé : {{Première Classe}} de {{Saint-Herblain}}, chambre {{214}}."),
    ("chrs", "accueil_telephonique", "Un monsieur rappelle pour la {{5e}} fois de la soirée : « c'est [[PERSONNE:Pascal]], vous me reconnaissez ? ». Oui. Toujours pas de place."),
    ("chrs", "accueil_telephonique", "Stats du jour a l'écran : {{312}} demandes, {{41}} attributions, {{13 %}}. L'écoutante : « on dit non toute la soirée »."),
    ("chrs", "accueil_telephonique", "Un jeune, [[PERSONNE:Ousmane]], {{17 ans}} (dit-il), mineur non accompagné. Le 115 ne peut pas l'héberger, orientation vers l'ASE. Son numéro est noté : [[TELEPHONE:07 53 92 10 64]]."),
    ("chrs", "accueil_telephonique", "Une assistante sociale du {{CHU de Nantes}} appelle pour une sortie d'hospit sans domicile : M. [[PERSONNE:Lebreton]], NIR [[NIR:1 53 08 99 352 013 46]], né en [[DATE_NAISSANCE:août 1953]] en Algérie. {{LHSS}} complets."),
    ("chrs", "accueil_telephonique", "L'écoutante me montre la carte des hôtels : {{Rezé}}, {{Orvault}}, {{Saint-Sébastien}}... {{220}} nuitées d'hôtel par nuit sur le département."),
    ("chrs", "accueil_telephonique", "Un homme dort dans sa voiture avec sa femme a {{Carquefou}}, parking du {{Leclerc}}. Il donne la plaque pour que la maraude les trouve : « [[IMMATRICULATION:ER 384 TD]] ». Prénom : [[PERSONNE:Didier]]."),
    ("chrs", "accueil_telephonique", "Une femme chuchote, son conjoint est dans la pièce a côté. L'écoutante passe en questions oui/non. Elle donne juste son adresse : [[ADRESSE:11 rue du Gué-Robert, Saint-Nazaire]]. Taxi dans {{20 min}}."),
    ("chrs", "accueil_telephonique", "Pause {{22h}}, thermos de café. [[PERSONNE:Bastien]] a {{26 ans}}, éducateur de formation, {{3 ans}} au 115."),
    ("chrs", "accueil_telephonique", "Un appelant en espagnol : [[PERSONNE:Carlos Mendoza Quispe]], péruvien, demandeur d'asile. Il lit son attestation de demande d'asile, n° [[IDENTIFIANT:4401230987]]. Orienté vers le {{GUDA}}."),
    ("chrs", "accueil_telephonique", "Un habitué, le « [[PERSONNE:Grand Momo]] » comme disent les écoutants, appelle juste pour dire bonsoir. {{2 min}}."),
    ("chrs", "accueil_telephonique", "Une bénévole de la {{Croix-Rouge}} (maraude) : {{4}} personnes sous le pont de {{Pirmil}}, dont une femme. Pas de noms."),
    ("chrs", "accueil_telephonique", "Mme [[PERSONNE:Hoarau]], réunionnaise, {{52 ans}}, expulsée de son logement a {{Saint-Herblain}}, [[ADRESSE:8 place de la Bourgogne, 44800 Saint-Herblain]]. Num alloc pour suspendre l'APL : [[N_ALLOCATAIRE:6183592]]."),
    ("chrs", "accueil_telephonique", "Fin de service {{23h}}. {{214}} appels décrochés. L'écoutante ([[PERSONNE:Inès]]) : « demain pareil »."),
    ("chrs", "controle_sur_place", "Visite des logements diffus du CHRS de {{Rennes}} avec le TS, [[PERSONNE:Matthieu]]. {{6}} appartements au {{Blosne}}, métro {{Triangle}}."),
    ("chrs", "controle_sur_place", "Appart {{1}} : M. et Mme [[PERSONNE:Hakimi]], {{2 enfants}}, [[ADRESSE:4 rue de Suède, apt 52, 35200 Rennes]]. Tout est propre. Mme [[PERSONNE:Hakimi]] montre le planning de ménage."),
    ("chrs", "controle_sur_place", "Chez [[PERSONNE:Franck]], {{52 ans}}, ancien marin : lit superposé mal monté. Le TS le répare en {{10 min}} avec une clé de {{13}}."),
    ("chrs", "controle_sur_place", "Hôtel {{Ibis Budget}}, chambre {{108}}, famille [[PERSONNE:Gashi]]. {{5}} dans {{14 m²}}, micro-ondes sur le lit. Le TS note pour le rapport au SIAO."),
    ("chrs", "controle_sur_place", "Contrôle de présence : Mme [[PERSONNE:Florence Garnier]], [[ADRESSE:12 boulevard de Yougoslavie, 35200 Rennes]]. Absente depuis {{3 jours}}. Le TS appelle : [[TELEPHONE:06 40 17 93 52]]. Elle est chez sa soeur a {{Vitré}}."),
    ("chrs", "controle_sur_place", "Entre {{2}} visites, bus {{C3}}. Durée moyenne d'accompagnement : {{18 mois}}, sorties vers un logement : {{62 %}}."),
    ("chrs", "controle_sur_place", "Chez M. [[PERSONNE:Jean-Baptiste Kabeya]] : fuite sous l'évier. Le TS appelle le bailleur {{Archipel Habitat}}, réf logement [[IDENTIFIANT:AH-35-118742]]. Plombier sous {{48h}}."),
    ("chrs", "controle_sur_place", "M. [[PERSONNE:Nicolas Perrot]] a eu son premier salaire d'aide-soignant a l'{{EHPAD Korian Le Gué}}. Le TS l'aide a faire sa DTR sur son tel, num alloc [[N_ALLOCATAIRE:8820316]]."),
    ("chrs", "controle_sur_place", "Famille [[PERSONNE:Reinhardt]], hébergée par le CHRS en caravane, [[ADRESSE:aire de la Prévalaye, place 7]]. Plaque du camion : [[IMMATRICULATION:CL-660-AF]]. Les enfants vont a l'école {{Jean Moulin}}."),
    ("chrs", "controle_sur_place", "Le TS montre le tableau des budgets : participation {{10 %}} des ressources, soit {{54 €}} pour [[PERSONNE:Franck]], prélevés sur son compte : [[IBAN:FR76 1600 6779 4908 0738 2632 723]]."),
    ("chrs", "controle_sur_place", "Chez Mme [[PERSONNE:Nguyen Thi Hoa]], {{68 ans}}, née au Vietnam. Thé au jasmin. Dossier retraite : le TS photographie son relevé de carrière, NIR [[NIR:2 57 03 99 243 041 52]]."),
    ("chrs", "controle_sur_place", "Personne. Un mot sur la porte : « parti au {{Secours Catholique}} ». Le TS rit."),
    ("chrs", "controle_sur_place", "M. [[PERSONNE:Yannick Salaün]] veut passer le permis. Le TS l'aide a créer son compte {{ANTS}} avec son mail [[EMAIL:yannick.salaun35@hotmail.fr]]. Numéro NEPH : [[IDENTIFIANT:230435100879]]."),
    ("chrs", "controle_sur_place", "Retour au CHRS {{12h15}}, {{0 km}} en voiture, tout a pied et en métro. [[PERSONNE:Matthieu]] : « a {{Brest}} j'en faisais {{40}} par jour »."),
    ("chrs", "controle_sur_place", "Mme [[PERSONNE:Aminata Keïta]] montre son titre de séjour, n° [[IDENTIFIANT:3501247785]], qui expire dans {{2 mois}}. Rdv préfecture pris sur l'{{ANEF}} : {{15/07}} a {{9h40}}."),
]

BATCH_8 = [
    ("france_travail", "accueil_physique", "Agence France Travail {{Le Mans Gare}} ({{72000}}), {{8h30}}. Zone d'accueil : {{2}} conseillers, {{9}} bornes. {{24}} personnes avant {{9h}}, la moitié viennent juste imprimer."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Hugo Lemercier]], inscrit depuis {{14 mois}}, identifiant [[ID_FRANCE_TRAVAIL:4127593K]]. Il ne reçoit plus les sms depuis qu'il a changé de tel. Le conseiller ([[PERSONNE:Rachid]]) met a jour : [[TELEPHONE:06 33 71 58 20]], et le mail : [[EMAIL:hugo.lemercier72@gmail.com]]."),
    ("france_travail", "accueil_physique", "Mme [[PERSONNE:Cottereau]], {{57 ans}}, montre son CV papier, rédigé en {{1998}}. Le conseiller retrouve son dossier avec le NIR : [[NIR:267047218148871]]. « On va le refaire ensemble, atelier {{mardi 14h}}, salle {{Loire}} »."),
    ("france_travail", "accueil_physique", "Borne {{3}} en panne. La jeune en service civique ([[PERSONNE:Lou]], {{20 ans}}) aide les gens a se connecter. Mots de passe oubliés : {{5}} en {{20 min}}."),
    ("france_travail", "accueil_physique", "Un jeune, [[PERSONNE:Samir Belhadj]], né le [[DATE_NAISSANCE:17/04/2002]] au {{Mans}}, s'inscrit. Le conseiller recopie le NIR de la carte vitale : [[NIR:1 02 04 72 181 611 79]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:6240318R]]."),
    ("france_travail", "accueil_physique", "Affiche : « {{1 000}} offres dans la {{Sarthe}} en logistique ». Un monsieur photographie l'affiche. Offre n° {{189XKLM}} notée au stylo sur sa main."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Erwan Le Duff]] ([[ID_FRANCE_TRAVAIL:4409127C]]) doit justifier un refus d'offre : pas de voiture, le job est a {{Changé}}, plus de bus après {{21h}}. Le conseiller : « je note, c'est un motif légitime »."),
    ("france_travail", "accueil_physique", "Mme [[PERSONNE:Diakité]] vient avec son bébé. Elle cherche une garde pour reprendre un {{CAP AEPE}}. Le conseiller lui montre {{monenfant.fr}} et note son num alloc : [[N_ALLOCATAIRE:4729510]]."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Oliveira]], {{62 ans}}, maçon, {{44 ans}} de cotisations, ID [[ID_FRANCE_TRAVAIL:5821730N]]. Venu avec sa vieille camionnette, [[IMMATRICULATION:4821 TK 72]], « elle a plus de kilomètres que moi ». « Mon dos, il sait pas qu'il y a eu une réforme en {{2023}} »."),
    ("france_travail", "accueil_physique", "Radiation contestée : M. [[PERSONNE:Ludovic Charrier]], ID [[ID_FRANCE_TRAVAIL:5038127 W]], absent a un rdv du {{12/03}}. La convocation est partie sur son ancien mail, [[EMAIL:ludo.charrier@sfr.fr]]. Le conseiller annule la radiation."),
    ("france_travail", "accueil_physique", "{{10h30}}, pic d'affluence. L'accueil gère la file sur tablette : {{17}} personnes, {{3}} rdv en retard. Le {{3949}} affiché partout."),
    ("france_travail", "accueil_physique", "Un Belge, [[PERSONNE:Maxime Vandenbroucke]], travaillait a {{Mons}}. Formulaire {{U1}} pour ses droits. Il donne son compte belge : [[IBAN:BE30 0631 8452 0711]]. Sa voiture est encore en plaque belge, [[IMMATRICULATION:1-KLM-482]]."),
    ("france_travail", "accueil_physique", "Mme [[PERSONNE:Adaeze Okafor]], ingénieure au Nigeria, diplôme pas reconnu. Orientée vers {{ENIC-NARIC}}. Mail : [[EMAIL:adaeze.okafor@gmail.com]], ID FT [[ID_FRANCE_TRAVAIL:7364025F]]."),
    ("france_travail", "accueil_physique", "Un livreur {{Uber Eats}}, [[PERSONNE:Karim]], demande si son statut d'auto-entrepreneur est compatible avec l'ARE. Son SIRET perso : [[IDENTIFIANT:912 486 330 00014]]. Réponse : oui, cumul possible."),
    ("france_travail", "accueil_physique", "[[PERSONNE:Thierry Bourdais]], ID [[ID_FRANCE_TRAVAIL:2917346M]], a un job a {{Sablé}} : {{45 km}} par jour. Aide a la mobilité {{0,20 €}}/km. Carte grise a fournir, voiture [[IMMATRICULATION:FS-239-LB]]. Versement sur [[IBAN:FR76 3000 2530 4531 2636 6894 434]]."),
    ("france_travail", "accueil_telephonique", "Plateforme {{3949}}, agence de {{Vannes}}, {{13h30}}. {{23}} appels en attente, {{6 min}} en moyenne. Conseillère : [[PERSONNE:Bleuenn]]."),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Jaouen]] a un trop-perçu de {{1 842 €}}. Identifiant : [[ID_FRANCE_TRAVAIL:0582746H]]. Échelonnement sur {{12 mois}}, prélèvement sur [[IBAN:FR76 1131 5801 5146 8922 5311 420]]."),
    ("france_travail", "accueil_telephonique", "{{14h}} : le logiciel affiche {{47 %}} de décroché. La conseillère : « les mardis on est a {{60 %}} »."),
    ("france_travail", "accueil_telephonique", "M. [[PERSONNE:Jacques-Henri Daoudal]], fin de droits le {{30/06}}. Il donne sa date de naissance, [[DATE_NAISSANCE:14 novembre 1979]], et son NIR : [[NIR:179112901908753]], né a {{Brest}}. {{45 ans}}, ASS possible."),
    ("france_travail", "accueil_telephonique", "Une boulangerie d'{{Auray}}, {{Au Pain d'Antan}}, dépose une offre : vendeuse CDI {{35h}}, {{1 850 €}} brut. La gérante, Mme [[PERSONNE:Le Floc'h]], veut des candidats « motivés ». Offre n° {{192QWXT}}."),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Pham]] a changé de RIB. Elle dicte : [[IBAN:FR76 1870 7820 1041 7726 2881 619]]. ID [[ID_FRANCE_TRAVAIL:3390581D]]. Elle donne aussi son n° Caf, [[N_ALLOCATAIRE:5602184]], « au cas où »."),
    ("france_travail", "accueil_telephonique", "Un monsieur en colère : « vous m'avez radié, je vais venir avec mon fusil ». La conseillère reste calme, fiche incident. {{3e}} menace ce mois."),
    ("france_travail", "accueil_telephonique", "Un intérimaire, [[PERSONNE:Alexis Guého]], actualise par tel (site en panne). {{112 h}} chez {{Adecco}}, {{1 390 €}}. ID [[ID_FRANCE_TRAVAIL:6620941P]], IBAN vérifié : [[IBAN:FR7613606322390415845079740]]."),
    ("france_travail", "accueil_telephonique", "[[PERSONNE:Laetitia Morin]], née a {{Rennes}}, demande si sa prime d'activité compte pour l'ARE. La conseillère vérifie l'identité avec le NIR : [[NIR:2 80 05 35 238 902 71]]. Elle lit aussi son num alloc : [[N_ALLOCATAIRE:0917463]]. Réponse : non."),
    ("france_travail", "accueil_telephonique", "Appel transféré de {{Lorient}} : M. [[PERSONNE:Kerjean]] cherche une formation cariste, CACES {{R489}}, {{5 jours}}, financée. Mail récap : [[EMAIL:kerjean.pat@orange.fr]]. ID [[ID_FRANCE_TRAVAIL:1734908S]]."),
    ("france_travail", "accueil_telephonique", "La conseillère : {{80 %}} des appels = actualisation, paiement, attestation. Le reste : « des vies entières »."),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Lenormand]] appelle pour son fils [[PERSONNE:Tom]], {{18 ans}}, qui ne veut pas appeler. « Je dois lui parler a lui ». [[PERSONNE:Tom]] prend le tel en grognant. Inscription CEJ : [[ID_FRANCE_TRAVAIL:7102583A]], tel [[TELEPHONE:07 81 46 29 05]], mail [[EMAIL:tom.lenormand56@gmail.com]]."),
    ("france_travail", "accueil_telephonique", "M. [[PERSONNE:Benali]], contrat saisonnier a {{Quiberon}}. Attestation employeur manquante. NIR pour retrouver le dossier : [[NIR:1 90 03 56 121 206 37]], né a {{Lorient}}."),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Roué]] a trouvé un CDD de livreuse, loue une voiture au garage solidaire {{Mob'Emploi}} a {{1 €}} par jour. Plaque du véhicule pour l'aide : [[IMMATRICULATION:GN-507-HC]]."),
    ("france_travail", "accueil_telephonique", "Dernier appel {{16h55}} : un jeune de {{Séné}}, [[PERSONNE:Bilal Ouattara]], entretien demain chez {{Michelin}}. La conseillère envoie la fiche de poste sur [[EMAIL:bilal.ouattara@icloud.com]]. « Mettez une chemise ! » 😊"),
]

# ---------------------------------------------------------------- end of notes
# fmt: on

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7 + BATCH_8

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
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
            raise ValueError(f"stray mark {token!r} in {marked!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
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
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def stats(notes, dev, holdout):
    parts = {"all": notes}
    parts["dev"] = [n for n in notes if n["id"] in dev]
    parts["holdout"] = [n for n in notes if n["id"] in holdout]
    cells = sorted({(n["site_kind"], n["channel"]) for n in notes})
    print("| site kind | channel | all | dev | holdout |")
    for cell in cells:
        row = [sum((n["site_kind"], n["channel"]) == cell for n in p) for p in parts.values()]
        print(f"| {cell[0]} | {cell[1]} | " + " | ".join(map(str, row)) + " |")
    counts = {k: Counter(e["label"] for n in p for e in n["entities"]) for k, p in parts.items()}
    print("| label | all | dev | holdout |")
    for label in sorted(LABELS):
        print(f"| {label} | " + " | ".join(str(counts[k][label]) for k in parts) + " |")
    for what, fn in (
        ("entities", lambda p: sum(len(n["entities"]) for n in p)),
        ("keep entries", lambda p: sum(len(n["keep"]) for n in p)),
        ("notes without any entity", lambda p: sum(not n["entities"] for n in p)),
    ):
        print(f"| {what} | " + " | ".join(str(fn(p)) for p in parts.values()) + " |")


def main(argv):
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    if "--stats" in argv:
        stats(notes, dev, holdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
