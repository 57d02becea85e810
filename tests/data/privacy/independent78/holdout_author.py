"""Independent evaluation corpus n° 78: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inside ``text``,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids ``ind78-001`` …
``ind78-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells (site kind x channel) only. Running this file writes ``dev.jsonl`` and ``holdout.jsonl``
next to it (standard library only, deterministic).

Usage: python holdout_author.py [--counts]
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind78"
SEED = 78

NOTES: list[tuple[str, str, str]] = []

# --- notes 001-035 ---------------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "{{9h12}}, 1ere personne : Mme [[PERSONNE:Belkacem]], vient pour la {{prime d'activité}}. "
        "L'agente ([[PERSONNE:Corinne]]) lui demande sa date de naissance pour retrouver le "
        "dossier, elle répond « le [[DATE_NAISSANCE:quatorze février soixante-dix-neuf]] » et "
        "rigole « la {{Saint-Valentin}}, facile ». Dossier retrouvé, n° alloc "
        "[[N_ALLOCATAIRE:2417853]]. Déclaration trimestrielle pas faite depuis le "
        "{{1er décembre}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h05}}. Monsieur appelle pour son {{APL}}, il donne son num allocataire trop "
        "vite, l'agent lui fait répéter : [[N_ALLOCATAIRE:0 8 7 3 2 1 5]]... il donne son nom, "
        "[[PERSONNE:Joaquim Pereira]], né le [[DATE_NAISSANCE:3/11/68]]. Pb : le bailleur "
        "({{Limoges Habitat}}) a signalé un impayé le {{15 janvier}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences {{CHU Dupuytren}}, l'{{IOA}} tape l'identité. Écran : NOM "
        "[[PERSONNE:MAZEAUD]] / PRENOM [[PERSONNE:THIERRY]] / DDN [[DATE_NAISSANCE:17.03.1957]] "
        "/ IPP [[IDENTIFIANT:870045512]]. Il a {{67 ans}} mais elle lui en donnait {{80}} tellement il "
        "est essoufflé. Arrivé par les pompiers à {{14h20}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller [[PERSONNE:Hugo]] reçoit un jeune, [[PERSONNE:Dylan]], {{21 ans}}, inscrit "
        "depuis {{mars}}. Identifiant FT : [[ID_FRANCE_TRAVAIL:5123874M]]. Le jeune a un rdv chez "
        "{{Intermarché}} {{Ussel}} {{le 12}} au matin, entretien pour mise en rayon. "
        "[[PERSONNE:Hugo]] lui imprime son CV. Date de naissance sur le CV : "
        "[[DATE_NAISSANCE:23/05/2003]] ([[PERSONNE:Hugo]] lui dit de l'enlever, « c'est plus "
        "obligatoire »).",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente {{CCAS}} de {{Brive}} : {{6 personnes}} à {{8h45}}, ouverture à {{9h}}. "
        "Une dame demande si l'aide pour la cantine c'est ici ou à la {{mairie}}. Réponse : ici, "
        "mais dossier complet avant le {{30 septembre}}. Elle repart chercher "
        "l'{{avis d'imposition 2023}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, téléconseillère [[PERSONNE:Samia]]. Appel de Mme "
        "[[PERSONNE:Bouyssou]] pour sa {{carte Vitale}} perdue. Vérif identité : « votre numéro "
        "de sécu ? » → [[NIR:2 83 12 24 322 087 83]]. « et votre date de naissance ? » "
        "« [[DATE_NAISSANCE:premier décembre quatre-vingt-trois]] ». [[PERSONNE:Samia]] me montre "
        "que le début du numéro colle avec l'année et le mois. Nouvelle carte commandée, délai "
        "{{3 semaines}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Haute-Vienne}}, {{22h40}}. Un homme appelle d'un portable emprunté. Il "
        "dit s'appeler [[PERSONNE:Momo]], pas d'autre nom. L'écoutante ([[PERSONNE:Anaïs]]) "
        "demande l'âge : « {{45 ans}}, né en [[DATE_NAISSANCE:78]] » (ça fait {{46}}, elle "
        "corrige pas). Plus de place à {{Limoges}} ce soir, proposition d'une place à l'accueil "
        "de nuit de {{Saint-Junien}} demain.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place chez Mme [[PERSONNE:Vergnaud]], "
        "[[ADRESSE:7 rue des Coutures, 87200 Saint-Junien]]. Le contrôleur, "
        "[[PERSONNE:Patrice Lachaud]], reprend la composition du foyer sur sa tablette :\n"
        "- [[PERSONNE:Chloé Vergnaud]], [[DATE_NAISSANCE:19/03/1998]]\n"
        "- [[PERSONNE:Nolan]], [[DATE_NAISSANCE:02/09/2019]]\n"
        "- [[PERSONNE:Maëlys]], [[DATE_NAISSANCE:14/01/2022]]\n"
        "Question sur un éventuel concubin : elle dit que le père de [[PERSONNE:Maëlys]] est "
        "reparti en {{Guadeloupe}} en {{juin 2023}}. Fin de l'{{ASF}} à vérifier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{39 49}}. Une dame veut décaler son rdv du {{18 avril}}, elle a une "
        "formation {{CACES}} ce jour-là. Conseillère : « votre identifiant ? » "
        "« [[ID_FRANCE_TRAVAIL:4 6 0 9 1 3 7 B]] » « et votre date de naissance pour vérifier ? » "
        "« [[DATE_NAISSANCE:6 avril 87]] ». Rdv décalé au {{25 avril 14h}}, agence de {{Brive}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Guéret}} : une mère, fils à {{39,5}} depuis {{hier soir}} → "
        "transférée au {{15}}, {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Périgueux}}, accueil sur rdv. M. [[PERSONNE:Dumas]] vient pour une "
        "{{pension d'invalidité}}. Agent : « date de naissance ? » Lui : « le "
        "[[DATE_NAISSANCE:4 sept]]... non, le [[DATE_NAISSANCE:14 septembre 59]], j'ai "
        "{{65 ans}} en septembre ». L'agent tape [[DATE_NAISSANCE:14/09/1959]]. Courrier de la "
        "{{Carsat}} du {{2 mai 2024}} sur la table : départ en retraite au {{1er octobre}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Périgueux}}, accueil de jour. Petit-déj. [[PERSONNE:Seydou]] demande à "
        "l'éduc ([[PERSONNE:Marion]]) de l'aider pour son titre de séjour, récépissé qui expire "
        "{{le 28 du mois}}. N° étranger sur le récépissé : [[IDENTIFIANT:2401567823]]. "
        "[[PERSONNE:Marion]] note de rappeler la {{préfecture de la Dordogne}} {{lundi}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle parce qu'il n'a pas reçu le {{RSA}} {{le 5}}. L'agent explique : "
        "versement le 5 du mois, mais la déclaration du 3e trimestre n'a pas été faite (échéance "
        "{{30 juin}}). Il l'a faite le {{8 juillet}}, donc paiement décalé au {{15 juillet}} "
        "environ. Il raccroche sans dire au revoir 😬",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV à l'agence de {{Tulle}}. Une participante, [[PERSONNE:Nadia Benhamou]], "
        "demande s'il faut mettre son âge. La conseillère, Mme [[PERSONNE:Roux]], dit non, ni la "
        "date de naissance. [[PERSONNE:Nadia]] avait écrit « née le "
        "[[DATE_NAISSANCE:12/12/1972]] à Tulle » en haut, elle barre. Sur le CV modèle projeté au "
        "mur : « [[PERSONNE:Julie Martin]], {{28 ans}} ». Disponibilité : « immédiate », "
        "{{permis B}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Ligne du {{CCAS}} de {{Limoges}}. Une fille appelle pour sa mère, Mme "
        "[[PERSONNE:Lavergne]], {{75 ans}}, qui vit seule "
        "[[ADRESSE:14 avenue Émile Labussière, Limoges]]. Elle veut le {{portage de repas}}. "
        "L'agente prend les coordonnées : fille = [[PERSONNE:Sandrine]], "
        "[[TELEPHONE:06 71 28 44 09]]. Visite d'évaluation prévue le {{mardi 9}} à {{10h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Maman avec un bébé de {{3 semaines}}, fièvre. {{IOA}} : « il est né quand exactement ? » "
        "« le [[DATE_NAISSANCE:2 janvier]]... non le [[DATE_NAISSANCE:3]], à {{Mère-Enfant}} ». "
        "Bébé [[PERSONNE:Elyas]]. Passe en priorité, {{11h10}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Lucas Monteil]], {{24 ans}}, vient avec un courrier {{Caf}} daté du "
        "{{3 mars}} : indu d'{{APL}} de {{412 €}}, période du {{1er octobre}} au {{31 décembre}}. "
        "Il a déménagé le {{15 septembre}} de {{Guéret}} à {{Limoges}} (nouveau logement "
        "[[ADRESSE:3 impasse du Mas Loubier, 87100 Limoges]]). L'agente [[PERSONNE:Fabienne]] "
        "fait une demande de remise de dette. Réponse sous {{2 mois}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail, visite à domicile avec l'agente enquêtrice. M. "
        "[[PERSONNE:Yildiz]] pas là à {{15h}} (sorties autorisées {{9h-11h}} / {{14h-16h}}). "
        "La voisine dit qu'il est chez le {{kiné}}. Avis de passage laissé dans la boîte, "
        "[[ADRESSE:22 rue Jules Noriac, 87000 Limoges]]. La {{Fiat}} grise garée devant, plaque "
        "[[IMMATRICULATION:FK-318-PD]], l'agente la note « pour info ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appart en diffus du {{CHRS}}, {{Bergerac}}, quartier de {{La Catte}}. "
        "La résidente, [[PERSONNE:Oksana]], vit là avec ses {{2 enfants}} depuis {{octobre}}. "
        "Dossier : [[PERSONNE:Oksana MELNYK]], née le [[DATE_NAISSANCE:06/04/1987]] à "
        "{{Kharkiv}}, enfants [[PERSONNE:Sofiia]] ([[DATE_NAISSANCE:2012]]) et "
        "[[PERSONNE:Artem]] ([[DATE_NAISSANCE:2016]]). Fuite sous l'évier depuis "
        "{{3 semaines}}, l'éduc appelle le bailleur devant nous.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{14h-16h}} : {{23 appels}}, dont {{9}} sur l'avis de situation 🙄",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec la travailleuse sociale du {{CCAS}} de {{Sarlat}} (dossier aide "
        "ménagère). Monsieur [[PERSONNE:Fernand Delpech]], {{92 ans}}, « né en "
        "[[DATE_NAISSANCE:dix-neuf cent trente-trois]] » dit-il fièrement. Sa fille est là, elle "
        "corrige : « papa, [[DATE_NAISSANCE:trente-deux]] ». Il est né le "
        "[[DATE_NAISSANCE:29 février 1932]] d'après la carte d'identité, « il fête tous les "
        "{{4 ans}} ». Poêle à bois, pas de salle de bain au {{RDC}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "File d'attente {{10 personnes}}. Borne : « prenez un ticket ». Ticket {{B047}}. Une "
        "dame qui ne parle pas français, son fils traduit en {{turc}}. Elle veut sa {{C2S}}. "
        "L'agent demande l'{{avis d'imposition}} et les {{3 derniers relevés}}. Revenir "
        "{{mardi}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame âgée appelle pour l'{{allocation logement}}. « Je suis de "
        "[[DATE_NAISSANCE:quarante-six]], mademoiselle, j'y comprends rien à internet ». L'agent "
        "([[PERSONNE:Jérémy]]) lui propose un rdv physique à {{Guéret}} {{jeudi 14h30}}. Elle "
        "demande s'il faut apporter le bail de {{1998}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Corrèze}}. Appel d'un travailleur social de l'hôpital de {{Brive}} pour une "
        "sortie d'hospit : M. [[PERSONNE:Ouali]], [[DATE_NAISSANCE:27/06/86]], sans domicile "
        "depuis la fin de son bail en {{mars}}. Numéro {{SIAO}} "
        "[[IDENTIFIANT:SIAO-19-2024-00873]]. Place en {{CHRS}} à {{Tulle}} dispo à partir de "
        "{{lundi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune homme arrive avec la main en sang (scie circulaire). Sa copine donne l'identité "
        "à l'accueil : [[PERSONNE:Kevin Lagarde]], « il a {{30 ans}}... non {{29}} ». "
        "{{Carte Vitale}} dans la voiture, l'agent administratif lui dit de la ramener après. Le "
        "jeune crie « [[PERSONNE:Lisa]] tu m'avais dit que t'avais pris ma carte 😡 ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un réfugié afghan, [[PERSONNE:Abdul Wahid Noori]]. Sur le titre de séjour "
        ": n° [[IDENTIFIANT:8703456712]], né le [[DATE_NAISSANCE:01/01/1995]] (« tout le monde "
        "chez nous est né le {{1er janvier}} », traduit son ami). Carte de résident valable "
        "jusqu'au {{11/03/2034}}. La conseillère crée l'identifiant : "
        "[[ID_FRANCE_TRAVAIL:6034521R]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un {{kiné}} libéral pour un problème de télétransmission, l'agent le bascule "
        "sur la ligne {{PS}}. Pas de données patient échangées. Durée {{2 min 40}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources chez M. [[PERSONNE:Santoni]], "
        "[[ADRESSE:lieu-dit Le Pouget, 19400 Argentat-sur-Dordogne]]. Le contrôleur vérifie le "
        "{{RIB}} : [[IBAN:FR76 1680 6022 0066 5432 1098 181]]. NIR sur l'attestation : "
        "[[NIR:1 66 01 2A 004 091 82]] — il explique qu'il est né à {{Ajaccio}}, « en "
        "[[DATE_NAISSANCE:janvier 66]] ». Bail verbal avec un cousin, pas de quittance.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier domiciliation. L'agente remplit le {{Cerfa 15548}} : nom "
        "[[PERSONNE:Guillaume Faure]], date et lieu de naissance : "
        "[[DATE_NAISSANCE:8 octobre 1980]], {{Nontron}}. Il dort dans sa voiture, un "
        "{{Kangoo}} blanc [[IMMATRICULATION:BX 427 QH]], sur le parking d'{{Intermarché}}. "
        "Domiciliation valable {{1 an}} à compter du {{12/02}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran de l'accueil, la fiche s'affiche en grand, je lis sans le vouloir : "
        "« [[PERSONNE:FAUCHER Léa]] — F — [[DATE_NAISSANCE:11/10/2001]] ({{23 a}}) — Motif : "
        "chute trottinette ». L'agent tourne l'écran quand il voit que je regarde 😅",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du matin, {{9h}}. {{38 hébergés}}, {{2 départs}} prévus {{vendredi}}, "
        "{{1 exclusion temporaire}} pour violence. L'équipe discute de la coupure du chauffage "
        "annoncée par le bailleur pour le {{4 novembre}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une étudiante, [[PERSONNE:Manon]], veut créer son compte sur {{caf.fr}} mais le site "
        "refuse sa date de naissance. Elle tape [[DATE_NAISSANCE:31/04/02]]. L'agente : « avril "
        "il y a {{30 jours}} ». C'était le [[DATE_NAISSANCE:31/05/02]]. Mail pour le compte : "
        "[[EMAIL:manon.teyssier02@gmail.com]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'un demandeur radié le {{2 février}} pour absence au rdv du {{24 janvier}}. Il "
        "dit qu'il n'a jamais reçu la convocation (envoyée le {{10 janvier}}). La conseillère "
        "[[PERSONNE:Emma]] regarde l'historique : courrier + SMS {{le 22}}. Recours possible sous "
        "{{2 mois}}, elle lui explique comment faire sur l'espace perso.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Aïssatou Diallo]] vient changer son {{RIB}} pour les {{IJ}} maternité. "
        "Nouveau RIB : [[IBAN:FR76 3000 4008 7700 0105 6321 458]]. L'agent ressaisit son NIR "
        "[[NIR:290099933002115]] (elle est née en {{Guinée}}). Elle accouche {{fin mars}}, terme "
        "prévu le {{27/03}}. L'agent dit que le congé maternité a commencé le {{13 février}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour l'{{épicerie sociale}}. Un homme : « Je m'appelle [[PERSONNE:Brousse]], "
        "[[PERSONNE:B.R.O.U.S.S.E]] ». Il demande si son dossier est passé en "
        "{{commission du 14}}. Oui, accord {{3 mois}}. Rdv le {{lundi}} pour la carte.",
    ),
]

# --- notes 036-070 ---------------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "L'agent relit le formulaire avec M. [[PERSONNE:Rémi Tessier]] : case date de naissance "
        "« [[DATE_NAISSANCE:05 08 1990]] », case date d'entrée dans le logement "
        "« {{01 06 2022}} », date de fin de contrat « {{31 01 2024}} ». Il avait inversé deux "
        "cases, l'agent corrige au stylo. Demande {{RSA}} déposée à {{11h02}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente urgences {{Brive}}, {{16h}} : {{14 personnes}}, la télé passe "
        "{{Les Feux de l'amour}}. Affiché : « temps d'attente estimé {{4h}} ». Un monsieur "
        "demande au vigile si {{Doctolib}} marche pour les urgences 🙃",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel d'une assurée qui a laissé un message. Fiche : [[PERSONNE:CHASTAGNOL Sylvie]], "
        "ddn [[DATE_NAISSANCE:1961-07-22]], tel [[TELEPHONE:05 55 26 41 87]]. Elle demande "
        "pourquoi son remboursement du {{12/06}} est à {{0 €}}. C'est le médecin traitant pas "
        "redéclaré depuis le départ en retraite du Dr [[PERSONNE:Bordas]] en {{mars}}. L'agente "
        "lui explique la déclaration sur {{Ameli}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Kouassi]] arrive en retard à son rdv de {{9h30}}, il a dû trouver un "
        "covoit depuis {{Bourganeuf}}. Identifiant [[ID_FRANCE_TRAVAIL:3318604L]]. Il veut "
        "l'{{aide au permis}}. La conseillère vérifie : inscrit depuis le {{4/09/2023}}, "
        "{{18 mois}} d'inscription au total. Mail pour recevoir le formulaire : "
        "[[EMAIL:kouassi.yao.pro@outlook.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide facultative (facture {{EDF}}). Mme [[PERSONNE:Rabiatou Camara]] arrive "
        "avec une pochette plastique pleine de papiers, bien rangés. Elle énumère : « moi j'ai "
        "{{34 ans}}, mes enfants {{12, 9 et 3 ans}} ». L'agente demande les dates exactes pour "
        "le dossier, elle les lit sur le livret de famille : [[DATE_NAISSANCE:04/07/2012]], "
        "[[DATE_NAISSANCE:19/11/2014]], [[DATE_NAISSANCE:27/02/2021]]. Facture de "
        "{{287,40 €}} à payer avant le {{20/11}}, lettre de relance du {{2 novembre}}, coupure "
        "annoncée pour {{le 25}}. Réf client EDF [[IDENTIFIANT:6004 812 357]]. L'agente appelle "
        "le service solidarité d'EDF devant elle, {{12 minutes}} de musique d'attente, puis "
        "obtient un report de {{30 jours}}. Mme [[PERSONNE:Camara]] dit merci trois fois. Le "
        "dossier passera en {{commission du 28}}. Moi je note : tout ça pour {{287 €}}, une "
        "matinée entière.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme appelle le {{115}} de la {{Creuse}} depuis {{Guéret}}, avec {{2 enfants}}, "
        "elle a quitté le domicile {{ce soir}}. L'écoutant lui demande un numéro pour la "
        "rappeler : « [[TELEPHONE:zéro sept, quarante-deux, dix-huit, soixante, zéro trois]] ». "
        "Prénom : [[PERSONNE:Jessica]]. Mise à l'abri à l'hôtel {{Ibis Budget}}, "
        "{{chambre 14}}, prise en charge {{3 nuits}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. et Mme [[PERSONNE:Nguyen]], "
        "[[ADRESSE:18 allée des Tilleuls, 24750 Boulazac]]. Le contrôleur reprend les dates une "
        "par une : entrée dans le logement le {{1er mars 2021}}, mariage le {{12 août 2022}}, "
        "naissance de [[PERSONNE:Bảo]] le [[DATE_NAISSANCE:9 avril 2023]], reprise d'emploi de "
        "Monsieur le {{2 janvier 2024}}. Tout colle avec le dossier, sauf la date de fin du "
        "{{congé parental}} ({{30 juin}} pas {{30 avril}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Gérard]], retraité, veut comprendre pourquoi sa mutuelle ne rembourse plus. "
        "Carte {{Harmonie Mutuelle}} n° [[IDENTIFIANT:100452873]]. L'agent lui explique que la "
        "{{Cpam}} n'y peut rien, il faut appeler la mutuelle. Il repart avec le numéro écrit sur "
        "un post-it.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un jeune appelle, il n'arrive pas à se connecter, mot de passe bloqué. Le conseiller "
        "demande identifiant + date de naissance. « [[ID_FRANCE_TRAVAIL:2298315 J]] » et "
        "« [[DATE_NAISSANCE:02.11.04]] ». Réinitialisation envoyée par SMS. Ça a pris "
        "{{6 min}}, le jeune était en scooter 🛵 on entendait le vent.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dame de {{88 ans}} amenée en ambulance. L'aide-soignante de l'{{EHPAD Les Cèdres}} de "
        "{{Terrasson}} a apporté le dossier de liaison. L'agent d'accueil cherche la date de "
        "naissance, pas écrite, seulement « 88 ans ». Il appelle l'EHPAD : « elle est de "
        "[[DATE_NAISSANCE:36]] ? » « non, [[DATE_NAISSANCE:décembre 35]] ». Patiente : Mme "
        "[[PERSONNE:Marcelle Bonnet]]. Médecin traitant Dr [[PERSONNE:Saïd Haddad]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Périgueux}}. {{3 appels}} en {{20 min}} : horaires de la "
        "{{Banque alimentaire}}, une question sur le {{chèque énergie}} (« c'est pas nous, c'est "
        "{{l'État}} »), un monsieur qui voulait la {{mairie annexe}} de {{Chamiers}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission au {{CHRS}} de {{Guéret}}. [[PERSONNE:Mickaël]], « né le "
        "[[DATE_NAISSANCE:1er mai]], jour de la {{fête du travail}}, ça s'invente pas ». L'éduc "
        "[[PERSONNE:Valérie Peyroux]] note l'année : [[DATE_NAISSANCE:1988]]. Sorti de prison "
        "{{le 3 du mois}} ({{maison d'arrêt de Limoges}}). Référent {{SPIP}} : M. "
        "[[PERSONNE:Hamdi]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{11h47}}. Madame veut savoir si son changement de {{RIB}} est pris en compte. "
        "N° alloc [[N_ALLOCATAIRE:1985402]]. L'agente voit le nouveau RIB enregistré {{le 8}}. "
        "Prochain versement {{le 5}} sur le nouveau compte. Madame demande aussi à changer son "
        "mail : [[EMAIL:sabine.leyssenne [at] orange.fr]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête à domicile pour une suspicion de fausse adresse ({{C2S}}). "
        "[[ADRESSE:5 rue Pierre Brossolette, appt 12, 24100 Bergerac]]. Sur la boîte aux "
        "lettres, trois noms : [[PERSONNE:Traoré]], [[PERSONNE:Lemaire]], "
        "[[PERSONNE:Nkounkou]]. L'assurée, Mme [[PERSONNE:Lemaire]], ouvre en robe de chambre, "
        "dit que M. [[PERSONNE:Traoré]] est un ancien locataire. L'enquêtrice prend une photo de "
        "la boîte.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Périgueux}} {{13h30}}, borne en panne, {{7 personnes}} dans la file.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Fatima Zahra El Idrissi]] conteste la décision du {{14 octobre}} "
        "(suspension de l'{{AAH}}). L'agent lit la décision : « suspension à compter du "
        "{{1er novembre}}, faute de justificatif ». Sur la lettre, date de naissance erronée : "
        "[[DATE_NAISSANCE:12/08/1975]] au lieu du [[DATE_NAISSANCE:21/08/1975]]. « Ils ont "
        "inversé les chiffres ! » L'agent fait un signalement, délai de traitement "
        "{{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle pour savoir si sa mère est aux urgences. L'agente : « nom, prénom, date "
        "de naissance ? » « [[PERSONNE:Ginette Lacoste]], le [[DATE_NAISSANCE:8 juin 1940]] ». "
        "Elle confirme qu'elle est en {{box 6}}, en attente de {{scanner}}, pas plus d'infos au "
        "tel. Le fils laisse son numéro : [[TELEPHONE:+33 6 84 12 07 55]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi en logement {{ALT}} à {{Ussel}} avec l'éducatrice. [[PERSONNE:Jordan]] "
        "et [[PERSONNE:Cindy]], couple, + un chien, {{Rocky}}. Le frigo est vide, l'éducatrice "
        "appelle le {{Secours populaire}} pour un colis. [[PERSONNE:Cindy]] montre un courrier "
        "d'huissier daté du {{17/01}} : dossier [[IDENTIFIANT:2023/0458-KT]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription au repas des aînés ({{plus de 70 ans}}). Les bénévoles notent nom + date de "
        "naissance sur un cahier. Je vois passer : [[PERSONNE:Raymonde Chaumeil]] "
        "[[DATE_NAISSANCE:2/2/1939]] ({{85 ans}}), [[PERSONNE:Lucien Theillaud]] "
        "[[DATE_NAISSANCE:1/10/1944]] ({{80}}), [[PERSONNE:Dolorès Garcia]] "
        "[[DATE_NAISSANCE:15/5/1950]] (« j'ai le droit, j'ai {{74}} ! »). Repas le "
        "{{dimanche 15 décembre}}, {{salle des fêtes}} de {{Panazol}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un monsieur pour une attestation de droits. Il lit son numéro de sécu : "
        "« [[NIR:un, soixante-quinze, zéro huit, quatre-vingt-dix-neuf, deux cent huit, "
        "zéro soixante-trois, trente-sept]] ». Né en {{Turquie}} en "
        "[[DATE_NAISSANCE:août 75]]. L'agent envoie l'attestation dans son compte {{Ameli}}, "
        "{{1 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une jeune femme appelle : elle a eu {{26 ans}} le [[DATE_NAISSANCE:3 mars]], elle se "
        "demande si elle garde le {{Contrat d'engagement jeune}}. Le conseiller "
        "[[PERSONNE:Yanis]] confirme : sortie du dispositif à {{la fin du mois}}. Elle demande si "
        "l'allocation du mois de {{mars}} sera versée entière. Réponse : oui, versée "
        "{{début avril}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle isolement à {{Saint-Yrieix-la-Perche}}. Mme [[PERSONNE:Hortense Mabiala]] "
        "déclare vivre seule. Dans la cour, {{2 voitures}} : sa {{Clio}} "
        "[[IMMATRICULATION:EZ-904-KL]] et un utilitaire [[IMMATRICULATION:DT-551-AX]] au nom "
        "d'un certain [[PERSONNE:Steve]], « un ami qui passe ». Le contrôleur relève tout et "
        "note « à approfondir ». Deux brosses à dents 🪥 dans la salle de bain.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Rattachement d'un nouveau-né sur la {{carte Vitale}} des {{2 parents}}. Le papa, "
        "[[PERSONNE:Anthony]], a l'acte de naissance : [[PERSONNE:Jade]], née le "
        "[[DATE_NAISSANCE:vingt-deux septembre deux mille vingt-quatre]] à {{Brive}} (en toutes "
        "lettres sur l'acte, l'agent recopie en chiffres [[DATE_NAISSANCE:22/09/2024]]). "
        "Sortie de maternité {{le 25}}, déclaration faite à la {{mairie}} {{le 24}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, appel d'une maraude de la {{Croix-Rouge}} à {{Périgueux}} : un homme dort sous "
        "le {{pont des Barris}}, il ne veut pas venir. Ils donnent ce qu'ils savent : "
        "« [[PERSONNE:Sacha]], {{polonais}}, {{la cinquantaine}}, né en "
        "[[DATE_NAISSANCE:avril 72]] d'après un vieux papier ». L'écoutante crée une fiche sans "
        "nom de famille. Température prévue {{-3}} {{cette nuit}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide au chauffage, "
        "[[ADRESSE:4 route de la Grange, La Borne, 23200 Saint-Alpinien]]. M. "
        "[[PERSONNE:Marcel Lépinat]] vit seul, chauffage au {{fioul}}, cuve vide depuis le "
        "{{2 janvier}}. La TS (Mme [[PERSONNE:Coudert]]) appelle {{Dyneff}} devant lui pour une "
        "livraison de {{500 L}}. Facture Dyneff n° [[IDENTIFIANT:FA-240117-0093]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste néerlandais à {{Sarlat}}, entorse. Pas de {{carte Vitale}}, passeport : "
        "[[IDENTIFIANT:NX7K42L19]], [[PERSONNE:Daan van der Berg]], date de naissance "
        "[[DATE_NAISSANCE:14-06-1999]]. {{Carte européenne d'assurance maladie}} oubliée au "
        "{{camping}}. L'agent lui fait signer un engagement de paiement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la garde d'enfants ({{AGEPI}}). Mme [[PERSONNE:Sonia Ferreira]] reprend un "
        "{{CDD}} le {{3 février}} chez {{Legrand}} à {{Limoges}}. Enfants : [[PERSONNE:Tiago]], "
        "né le [[DATE_NAISSANCE:11/11/2016]], [[PERSONNE:Lara]] le [[DATE_NAISSANCE:6/03/2019]]. "
        "La conseillère dit que l'AGEPI c'est pour les enfants de {{moins de 10 ans}}. "
        "[[PERSONNE:Tiago]] a {{8 ans}}, ok. Id : [[ID_FRANCE_TRAVAIL:4770129P]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Série d'appels sur l'{{allocation de rentrée scolaire}}. Date de versement : "
        "{{20 août}} pour tout le monde, l'agent le répète {{5 fois}} dans l'heure. Une dame "
        "demande si c'est pareil pour les enfants de {{18 ans}} en apprentissage : non, il faut "
        "déclarer avant le {{31 juillet}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Ioan Popescu]], routier roumain, demande la {{carte européenne}}. L'agent "
        "vérifie son adresse : [[ADRESSE:12 rue du Puy Las Rodas, 87000 Limoges]] et lui fait "
        "noter son tel sur le formulaire : [[TELEPHONE:07 53 18 90 26]]. Envoi sous "
        "{{15 jours}}. Il part en {{Roumanie}} {{le 20}}, l'agent lui imprime un "
        "{{certificat provisoire}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame dicte son mail au conseiller : « [[EMAIL:b point mazaud arobase laposte point "
        "net]] », il répète, elle dit « non, [[PERSONNE:M A Z A U D]], avec un Z ». Corrigé. Elle "
        "attend une offre d'{{aide-soignante}} à l'hôpital de {{Saint-Yrieix}}, offre n° "
        "{{182QKTW}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du mat}} (je suis restée tard). Un homme alcoolisé arrive avec la {{police}}. "
        "L'agent de sécurité reste à côté. {{Box 2}} libéré à {{3h25}}. Le calme revient. Une "
        "infirmière me dit « {{le vendredi soir}} c'est toujours comme ça ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur tend sa vieille carte d'identité cartonnée (faite en {{1996}}). Nom : "
        "[[PERSONNE:Bernard Peyrichou]], né le [[DATE_NAISSANCE:03.04.1961]]. Sur la demande de "
        "{{domiciliation}} il a écrit à la main « [[DATE_NAISSANCE:3 IV 61]] », comme à "
        "l'armée. La carte est périmée depuis {{2006}} mais l'agente l'accepte.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le « [[PERSONNE:Grand Sam]] » (surnom, personne ne connaît son vrai nom) vient "
        "récupérer son courrier. Il a un chat, {{Mistigri}}, dans son sac. L'agent d'accueil lui "
        "donne {{2 lettres}}, dont une de la {{CPAM}}. [[PERSONNE:Sam]] rigole : « encore eux ! "
        "».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'appelante donne son NIR trop vite, le logiciel dit incohérent. Le téléconseiller "
        "relit : [[NIR:2 98 03 87 154 041 67]]. « Vous êtes bien née en "
        "[[DATE_NAISSANCE:mars 98]] à {{Saint-Junien}} ? » « Oui ». C'était une erreur de "
        "saisie, un 4 à la place d'un 1. Demande : relevé d'{{IJ}} pour la banque.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papa vient déclarer la garde alternée. [[PERSONNE:Romain Chabrol]] ; ex-compagne "
        "Mme [[PERSONNE:Ndiaye]]. Enfant [[PERSONNE:Inaya]], « elle est née le... attendez... "
        "le [[DATE_NAISSANCE:17 du 10, 2017]] ». Jugement du {{JAF}} du {{5 septembre}}, garde "
        "alternée depuis le {{15 septembre}}. L'agente explique le partage des "
        "{{allocations familiales}}. Alloc : [[N_ALLOCATAIRE:3056721]].",
    ),
]

# --- notes 071-105 ---------------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "Changement de situation : Mme [[PERSONNE:Pauline Marty]] se met en couple. Conjoint : "
        "[[PERSONNE:Karim Saidi]], « né en [[DATE_NAISSANCE:1985]], il travaille chez "
        "{{Madrange}} ». Vie commune depuis le {{1er septembre}}. Elle donne aussi le {{RIB}} du "
        "compte joint ouvert le {{10 septembre}} : [[IBAN:FR76 1090 7000 0171 0214 5896 345]]. "
        "L'agente prévient : le {{RSA}} va baisser.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Questions en série sur la campagne de vaccination grippe : du {{15 octobre}} au "
        "{{31 janvier}}. Une dame demande si le bon envoyé le {{2 octobre}} est encore valable "
        "{{l'an prochain}}. Non.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Logiciel du {{CCAS}}, fiche usager ouverte : « [[PERSONNE:RIBEIRO Maria do Céu]] — née "
        "le [[DATE_NAISSANCE:30/06/1958]] — {{66 ans}} — veuve depuis le {{12/03/2019}} ». "
        "L'agente me dit que la date de veuvage sert pour la {{pension de réversion}}. Aide "
        "accordée : {{80 €}} de bons alimentaires.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien de suivi, [[PERSONNE:Thibault Roche]], {{32 ans}}, ex-boucher chez "
        "{{Leclerc}} {{Trélissac}}. Veut se reconvertir en conducteur de bus. La conseillère, "
        "[[PERSONNE:Samira Aït Ali]], propose un {{Titre pro}} à l'{{AFPA}} de {{Brive}}, entrée "
        "le {{6 janvier}}. Il demande si on peut lui payer le {{permis D}}. Id FT "
        "[[ID_FRANCE_TRAVAIL:5560912A]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune dit « [[DATE_NAISSANCE:15 août 2006]] », mais dans son ancien dossier il y a "
        "[[DATE_NAISSANCE:15/08/2007]]. L'agente demande lequel est le bon : "
        "« [[DATE_NAISSANCE:2006]], je suis majeur ! ». Il est venu avec un pote, "
        "[[PERSONNE:Enzo]]. Nom du patient : [[PERSONNE:Baptiste Lamy]]. Fusion de dossiers "
        "demandée au {{service des admissions}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier numérique au {{CHRS}}. [[PERSONNE:Dragan]] crée son adresse mail avec le "
        "bénévole : [[EMAIL:dragan.petrovic1979@gmail.com]] (« le chiffre c'est mon année de "
        "naissance »). Le bénévole note le mot de passe sur un papier 😬. Ensuite il enregistre "
        "son numéro : [[TELEPHONE:06.45.90.12.38]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une maman demande pourquoi les allocs baissent. Le conseiller regarde : le grand, "
        "[[PERSONNE:Ilyes]], a eu {{20 ans}} le [[DATE_NAISSANCE:17 octobre]], il sort du "
        "calcul. Dossier [[N_ALLOCATAIRE:2268190]]. La baisse est de {{152 €}} à partir de "
        "{{novembre}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier {{AME}} pour une famille {{géorgienne}}. L'agente recopie les passeports :\n"
        "- [[PERSONNE:Giorgi Beridze]], [[DATE_NAISSANCE:03.02.1984]]\n"
        "- [[PERSONNE:Nino Beridze]], [[DATE_NAISSANCE:17.09.1986]]\n"
        "- [[PERSONNE:Luka]], [[DATE_NAISSANCE:25.12.2015]]\n"
        "Passeport de [[PERSONNE:Giorgi]] : [[IDENTIFIANT:13AB45821]]. Entrée en France le "
        "{{14 juin}}, il faut {{3 mois}} de résidence. Dépôt possible à partir du "
        "{{14 septembre}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile à {{Felletin}}, la TS évalue l'état du logement : moisissures dans la "
        "chambre des enfants, fenêtre cassée depuis {{l'hiver}}. Loyer {{390 €}} à un bailleur "
        "privé. Elle fera un signalement à l'{{ARS}} et à la {{mairie}} pour logement indigne. "
        "Durée de la visite {{1h15}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel, identification sans identifiant : nom [[PERSONNE:Koné]], prénom "
        "[[PERSONNE:Awa]], date de naissance « le [[DATE_NAISSANCE:premier janvier "
        "quatre-vingt-douze]] ». Le conseiller tape, rien. Il essaie « [[PERSONNE:Kone]] » sans "
        "accent : 2 dossiers ! Un à {{Bergerac}}, ouvert en {{2019}}, un à {{Paris 18e}}, ouvert "
        "en {{2021}}, avec la même date de naissance. Elle explique qu'elle a habité chez sa "
        "sœur à Paris « juste quelques mois » puis qu'elle est revenue. Le conseiller : « il "
        "faut qu'on fusionne, sinon vos droits sont coupés en deux ». Il remplit la demande de "
        "fusion, délai « {{une à deux semaines}} ». Elle demande si son rdv du {{jeudi 7}} est "
        "maintenu : oui. Elle épelle son mail pour la confirmation : "
        "[[EMAIL:awa.kone92@yahoo.fr]]. Durée totale {{11 min}}, le conseiller souffle en "
        "raccrochant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une ado pleure dans la salle d'attente, sa mère lui tient la main. Le vigile lui apporte "
        "un verre d'eau. Personne ne dit rien pendant {{20 minutes}}. Écran « prochain patient : "
        "{{47}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite de l'agent de la {{Cpam}} chez une assurée en arrêt longue maladie à {{Boussac}} "
        "(à sa demande, elle ne peut pas se déplacer). Il vérifie la {{carte Vitale}} : "
        "[[NIR:2 49 04 23 008 005 92]], Mme [[PERSONNE:Yvette Laroudie]], née en "
        "[[DATE_NAISSANCE:avril 1949]] à {{Aubusson}}. Elle montre ses ordonnances, "
        "{{11 médicaments}}. Adresse : [[ADRESSE:2 place de l'Église, 23600 Boussac]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Bergerac}} chez M. [[PERSONNE:Amadou Sow]], auto-entrepreneur (livreur "
        "{{Uber Eats}}). SIRET perso : [[IDENTIFIANT:912 345 678 00017]]. Le contrôleur "
        "recalcule le chiffre d'affaires du {{1er trimestre}} : {{2 340 €}}. Il vérifie que le "
        "{{RIB}} du dossier est bien le sien : [[IBAN:FR76 1333 5000 4008 0012 3456 769]]. "
        "Déclaration {{URSSAF}} du {{30 avril}}, ok.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Dordogne}}, {{fin de soirée}} : plus de places jusqu'au {{2 décembre}} "
        "(ouverture du {{plan grand froid}}). L'écoutante fait une liste d'attente de "
        "{{6 personnes}}, sans noms au téléphone, juste des numéros de fiche.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Hakim Boudjema]] demande le {{complément familial}}. L'agente : « vos "
        "enfants ? » « 3, nés en [[DATE_NAISSANCE:2015]], [[DATE_NAISSANCE:2018]] et "
        "[[DATE_NAISSANCE:2021]] ». Le dernier a {{3 ans}} donc ok. Plafond de ressources "
        "dépassé de {{200 €}}, dommage. Il repart avec la fiche.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La {{pharmacie de garde}} appelle les urgences pour une ordonnance illisible, patient "
        "M. [[PERSONNE:Peyrat]], passé {{cette nuit}}. L'agente donne le nom du médecin de "
        "garde, Dr [[PERSONNE:Ferhat]], et transfère.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un {{Américain}} (marié à une {{Française}}) s'inscrit. Sur son passeport {{US}} : date "
        "of birth [[DATE_NAISSANCE:14 JUL 1983]]. Sur le formulaire il a écrit "
        "[[DATE_NAISSANCE:07/14/83]], mois d'abord, la conseillère croit à une erreur. Nom "
        "[[PERSONNE:Brandon Miller]]. Titre de séjour vie privée et familiale, n° "
        "[[IDENTIFIANT:2304891765]]. Inscription validée à {{10h50}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour la {{téléassistance}} de sa mère. « Elle a {{94 ans}}, elle "
        "est née le même jour que la {{reine d'Angleterre}} » 😄. L'agente "
        "([[PERSONNE:Laetitia]]) prend le nom, Mme [[PERSONNE:Rougerie]], et le tel : "
        "[[TELEPHONE:05 55 31 62 04]]. Installation prévue sous {{10 jours}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne multiservice : une dame n'arrive pas à imprimer son attestation, écran bloqué sur "
        "« insérez votre carte ». Le jeune en {{service civique}} l'aide, {{3 minutes}}. Elle "
        "repart contente.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus à {{Brive}}, quartier {{Tujac}}. Famille "
        "[[PERSONNE:Hasani]] : Monsieur, Madame et {{4 enfants}}. L'éducateur met à jour la "
        "fiche : enfants nés le [[DATE_NAISSANCE:5/5/2010]], [[DATE_NAISSANCE:12/1/2013]], "
        "[[DATE_NAISSANCE:30/8/2017]] et [[DATE_NAISSANCE:9/9/2023]]. Le dernier est né à Brive, "
        "les autres au {{Kosovo}}. Demande d'asile rejetée le {{18 juillet}}, recours {{CNDA}} "
        "en cours.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Madame rappelle pour la {{3e fois}} {{cette semaine}}. Allocataire n° "
        "[[N_ALLOCATAIRE:4402176]], {{prime d'activité}} non versée. L'agent voit une pièce "
        "manquante (bulletin de salaire de {{mai}}). Elle dit qu'elle l'a envoyée le "
        "{{12 juin}}. Il demande un numéro pour un rappel par un gestionnaire : "
        "[[TELEPHONE:06 20 74 35 91]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient désorienté. L'{{IOA}} : « votre date de naissance monsieur ? » « ... "
        "[[DATE_NAISSANCE:dix-neuf]]... [[DATE_NAISSANCE:dix-neuf novembre]]... » il s'arrête. "
        "Sa femme arrive : « [[DATE_NAISSANCE:19 novembre 1950]], il s'appelle "
        "[[PERSONNE:Alain]] ». Bracelet posé à {{15h05}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Maxime Dubreuil]] appelle pour une attestation {{France Travail}} à donner à "
        "la {{Caf}}. Identifiant [[ID_FRANCE_TRAVAIL:6210487 T]]. Le conseiller l'envoie par "
        "mail : [[EMAIL:max.dubreuil87@free.fr]]. En {{40 secondes}} c'est fait.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence des écrivains publics (bénévoles) au {{CCAS}} de {{Guéret}} le "
        "{{mardi matin}}. {{4 personnes}}, surtout pour des courriers à la {{préfecture}}. Un "
        "monsieur veut écrire au {{maire}} pour un trou dans la route.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une maman appelle pour le rattachement de ses jumeaux, nés le [[DATE_NAISSANCE:7/02]]. "
        "Elle donne son numéro de sécu pour retrouver le dossier : [[NIR:292019933500741]] "
        "(elle est née au {{Mali}}). Les jumeaux sont nés à {{Limoges}}, maternité du {{CHU}}. "
        "Demande traitée en {{48 h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Ahmed]] apporte son attestation d'élection de domicile du {{CCAS}} de "
        "{{Tulle}}, faite le {{03/05/2024}}, valable jusqu'au {{02/05/2025}}. La date de "
        "naissance y est fausse ([[DATE_NAISSANCE:1/1/1970]]) : « moi c'est "
        "[[DATE_NAISSANCE:1971]], mais mon père a dit [[DATE_NAISSANCE:70]] pour l'école ». "
        "L'éduc rigole, elle dit que c'est fréquent.",
    ),
    (
        "caf",
        "accueil_physique",
        "Déménagement déclaré au guichet par [[PERSONNE:Kelly Desmoulins]] : nouvelle adresse "
        "[[ADRESSE:9 cité des Coquelicots, 23300 La Souterraine]] (logement {{Creusalis}}). "
        "L'agente lui dit de le faire aussi en ligne. Mail : [[EMAIL:kelly.dsm23@hotmail.com]]. "
        "Date d'entrée {{1er juillet}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'info collective « {{Créer son entreprise}} » : {{11 inscrits}}, "
        "{{6 présents}}. La conseillère donne les dates des ateliers : {{14 mars}}, "
        "{{21 mars}}, {{4 avril}}. Un participant demande si l'{{ARCE}} est versée en "
        "{{2 fois}} : oui, {{45 %}} puis le reste {{6 mois}} après.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Nicolas Lemasson]], charpentier, accident du travail le {{3 juin}}. Il "
        "apporte son {{RIB}} parce que les {{IJ}} ne tombent pas : "
        "[[IBAN:FR76 1027 8364 1000 0203 9874 523]]. L'agent voit que l'employeur n'a pas "
        "envoyé l'attestation de salaire. Il appelle l'employeur ({{Charpente Delmas SARL}}) "
        "devant lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient transféré de l'hôpital d'{{Ussel}}, le courrier indique : « "
        "[[PERSONNE:GOMES Tiago]], né le [[DATE_NAISSANCE:19850412]] » (format bizarre, sans "
        "séparateurs). L'agent le relit à voix haute : « [[DATE_NAISSANCE:12 avril 85]] ». "
        "Transfert pour avis {{neurochir}} au {{CHU}} de {{Limoges}}, arrivé à {{18h30}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale pour une demande de logement d'urgence à {{Nontron}}. La famille "
        "[[PERSONNE:Dubois]] est expulsée le {{15 mai}} (jugement du {{2 février}}, commandement "
        "de quitter les lieux du {{20 mars}}). {{Trêve hivernale}} finie le {{31 mars}}. Le "
        "{{CCAS}} propose un logement temporaire à partir du {{10 mai}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Vérif identité : « date de naissance ? » « [[DATE_NAISSANCE:4/7]]… pardon, "
        "[[DATE_NAISSANCE:7 avril 1969]], je confonds toujours avec ma femme ». Le conseiller "
        "rit. Dossier [[N_ALLOCATAIRE:0917733]], question sur l'{{APL}} après la revalorisation "
        "d'{{octobre}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Lorenzo]] dort dans sa voiture sur le parking du {{CHRS}} (il n'a pas voulu "
        "de place, à cause du chien). {{Peugeot 206}} immatriculée "
        "[[IMMATRICULATION:6254 TZ 24]] (vieille plaque). Le chef de service l'autorise jusqu'à "
        "{{vendredi}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée veut recevoir ses décomptes par mail, elle donne : "
        "« [[EMAIL:fleur-de-lys24@laposte.net]] ». Le conseiller lui explique que tout passe "
        "par {{Ameli}} maintenant. Elle n'a pas de smartphone, il lui envoie un courrier avec "
        "les codes.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un senior appelle : « je suis né en [[DATE_NAISSANCE:63]], j'ai {{61 ans}}, j'ai droit "
        "à quoi ? ». Le conseiller le renvoie vers la {{Carsat}} et lui donne le {{3960}}. "
        "Identifiant lu sur son courrier : [[ID_FRANCE_TRAVAIL:1190275C]].",
    ),
]

# --- notes 106-140 ---------------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Odette Vialle]] (« {{74 ans}}, née le [[DATE_NAISSANCE:9 mai 50]] ») "
        "voudrait que son {{APL}} soit versée sur le compte de sa fille. L'agent refuse : le "
        "compte doit être au nom de l'allocataire. Elle sort son propre {{RIB}} : "
        "[[IBAN:20041 01011 0456123A027 67]]. Modification faite, effet au "
        "{{5 du mois prochain}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme gare sa voiture devant l'entrée, sur la {{zone ambulances}}, et part en "
        "courant avec sa femme enceinte. Le vigile note la plaque [[IMMATRICULATION:GA-771-RB]] "
        "et appelle la {{maternité}}. La femme, [[PERSONNE:Samantha]] : « on a pas le temps ». "
        "Naissance {{40 minutes}} plus tard d'après la sage-femme 👶",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Feuille d'émargement de l'atelier « {{Réussir son entretien}} », colonnes nom / date de "
        "naissance / signature. J'y lis : [[PERSONNE:Ludivine Maury]] "
        "[[DATE_NAISSANCE:11-02-1991]], [[PERSONNE:Oumar Ba]] [[DATE_NAISSANCE:1998-07-30]], "
        "[[PERSONNE:J. Chevalier]] (pas de date). L'animatrice, [[PERSONNE:Christelle]], dit que "
        "la colonne date de naissance sert à rien mais que c'est le modèle national.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur appelle pour sa {{complémentaire santé solidaire}}. Il donne son NIR : "
        "[[NIR:1 94 05 19 031 304 79]], « je suis de [[DATE_NAISSANCE:mai 94]], né à "
        "{{Brive}} ». Demande reçue le {{12/09}}, en cours, délai {{2 mois}}. Il s'énerve : "
        "« j'ai envoyé ça en {{juillet}} ! ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Colis de Noël}} des {{plus de 75 ans}} : {{180}} distribués avant {{midi}}, file dès "
        "{{8h30}} sous la pluie ☔",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'une travailleuse sociale de l'hôpital {{Esquirol}} : un patient sort "
        "{{demain}}, sans solution. M. [[PERSONNE:Benali]], {{52 ans}}. Elle laisse sa ligne "
        "directe : [[TELEPHONE:05.55.43.10.96]]. L'écoutant ([[PERSONNE:Franck]]) dit qu'il "
        "rappelle après le point {{SIAO}} de {{10h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Terrasson}}. Foyer déclaré : Mme [[PERSONNE:Priscilla Jouve]], née en "
        "[[DATE_NAISSANCE:1996]], et ses {{2 enfants}}. Le contrôleur note une moto devant, "
        "plaque [[IMMATRICULATION:FT-203-NC]], qui serait à son frère [[PERSONNE:Dimitri]]. "
        "Elle montre le bail signé le {{3 avril 2023}} et la dernière quittance ({{octobre}}).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur ({{boulangerie}} à {{Eymoutiers}}) appelle pour une offre d'apprenti, n° "
        "{{176RFHZ}}. Il veut le CV d'un candidat vu au {{salon}} : [[PERSONNE:Kylian Besse]]. "
        "La conseillère demande d'abord l'accord du candidat, elle lui écrira (je vois son mail à "
        "l'écran : [[EMAIL:kylian.besse@icloud.com]]).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Ginette Vaury]] vient déclarer le décès de son mari, "
        "[[PERSONNE:René Vaury]], le {{28 octobre}}. L'agent demande l'acte de décès et le "
        "numéro de sécu du défunt, elle l'a sur la vieille carte : "
        "[[NIR:1 57 03 23 096 012 94]]. Né à {{Guéret}} en [[DATE_NAISSANCE:mars 1957]], « il "
        "avait {{67 ans}} ». L'agent lui donne le formulaire du {{capital décès}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Affiche à l'accueil : « Fermeture de la ligne {{SMUR}} de {{Bourganeuf}} "
        "{{du 1er au 15 août}} ». Un couple demande où aller {{la nuit}} : {{Guéret}}, "
        "{{35 km}}. L'agent soupire.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile chez M. [[PERSONNE:Roger Villoutreix]], "
        "[[ADRESSE:6 chemin de la Vallade, 87700 Aixe-sur-Vienne]], demande de place en "
        "{{résidence autonomie}}. Il dit « je suis né un [[DATE_NAISSANCE:14 juillet]], les "
        "pétards c'était pour moi ». La TS vérifie le livret de famille : "
        "[[DATE_NAISSANCE:14/07/1938]]. Escalier raide, il est tombé le {{2 mars}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un {{taxi conventionné}} à {{Ribérac}} : l'agent compare les trajets "
        "facturés et le carnet de bord. {{3 trajets}} facturés le {{14 juin}} alors que le taxi "
        "était en révision au {{garage Renault}}. Rien de nominatif, je note juste le principe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Numéro d'allocataire ? » « je l'ai pas sous la main » « nom et date de naissance "
        "alors » « [[PERSONNE:Grégory Maze]], le [[DATE_NAISSANCE:vingt-neuf du six, "
        "quatre-vingt-un]] ». L'agent le retrouve. Il veut savoir si {{juin}} est payé : oui, "
        "{{312 €}} le {{5 juillet}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au {{foyer Adoma}} de {{Limoges}}, {{chambre 208}} ([[PERSONNE:Mamadou Keita]] "
        "vit là depuis {{2019}}). L'éduc vérifie sa demande de logement social : n° unique "
        "[[IDENTIFIANT:087122400458931]]. Il a rdv chez {{Limoges Habitat}} le {{11/12}} à "
        "{{9h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète : « la vieille dame du {{3e}}, elle a bien {{90 ans}}, "
        "elle répond plus, ses volets sont fermés depuis {{samedi}} ». L'agente garde son calme "
        "et pose les questions une par une. « Vous êtes qui ? » → [[PERSONNE:Nadège Brunet]], "
        "voisine de palier. « L'adresse exacte ? » → "
        "[[ADRESSE:31 avenue Georges Dumas, 87000 Limoges]]. « Le nom de la dame ? » → Mme "
        "[[PERSONNE:Lachaise]], « [[PERSONNE:Jeanne]] je crois ». L'agente regarde le fichier "
        "des personnes isolées du {{CCAS}} : elle y est, inscrite depuis le plan canicule de "
        "{{2019}}, née en [[DATE_NAISSANCE:1934]]. Elle appelle les {{pompiers}} sur l'autre "
        "ligne. Rappel de la voisine {{20 min}} après : la dame est à l'hôpital depuis "
        "{{hier}}, sa fille est passée prendre ses affaires. Tout le monde soupire. L'agente "
        "note quand même sur la fiche « prévenir la fille en cas d'hospitalisation ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Serge Lagrange]] vient parce que son dossier lui donne {{58 ans}} alors "
        "qu'il en a {{62}} : date de naissance saisie [[DATE_NAISSANCE:12/03/1966]] au lieu de "
        "[[DATE_NAISSANCE:12/03/1962]]. Ça change sa durée d'indemnisation. La conseillère fait "
        "la demande de correction, il doit apporter sa CNI : [[IDENTIFIANT:870392114567]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Guichet « {{dossiers complexes}} » : {{1 agent}} pour tout {{l'après-midi}}. Attente "
        "{{1h10}} pour la personne devant moi. Elle venait pour une "
        "{{pension d'invalidité}} {{catégorie 2}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La {{clinique Saint-Germain}} appelle pour un transfert : « Mme "
        "[[PERSONNE:Colette Soulier]], [[DATE_NAISSANCE:04/12/1944]], {{79 ans}}, fracture du "
        "col ». L'agente note sur un post-it le nom du médecin, Dr [[PERSONNE:Arnaud Pradel]], "
        "et le numéro du service : {{poste 4312}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche dans l'accueil : « Accueil sur rendez-vous uniquement {{les mardis et "
        "jeudis}}. Fermé le {{lundi 11 novembre}} ». Une dame venue sans rdv à {{14h}} est quand "
        "même reçue, c'est calme {{aujourd'hui}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Rosa]] a enfin ouvert un compte à {{La Banque Postale}} (après "
        "{{3 refus}}). Elle montre fièrement son {{RIB}} à l'éduc : "
        "[[IBAN:FR90 2004 1010 0709 8765 4K02 259]]. Elle va pouvoir recevoir l'{{AAH}} dessus "
        "à partir du {{mois prochain}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère du contrôle de la recherche d'emploi appelle M. "
        "[[PERSONNE:Jonathan Ribière]], identifiant [[ID_FRANCE_TRAVAIL:7012466 H]]. Elle "
        "vérifie l'identité avec la date de naissance, il répond « le "
        "[[DATE_NAISSANCE:2 du 2 de 2002]], comme ça je l'oublie pas ». Elle lui demande ses "
        "démarches du {{dernier mois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Musique d'attente : {{4 fois}} la même boucle de {{Vivaldi}} avant que l'agente "
        "décroche (je suis en double écoute). Premier appel : un monsieur ne comprend pas le mot "
        "« {{franchise médicale}} ». {{50 centimes}} par boîte, elle explique bien.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Yasmine Cherif]], CNI avec « né(e) le "
        "[[DATE_NAISSANCE:31.12.1999]] ». Elle rigole : « à {{2 heures}} près j'étais de "
        "{{l'an 2000}} ». Demande de {{domiciliation}} + carte pour l'{{épicerie sociale}}. "
        "L'agent lui donne rdv le {{8 janvier à 9h15}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Manuel Da Costa]], "
        "[[ADRESSE:15 rue Lamartine, 24000 Périgueux]]. Le dossier dit qu'il paie {{450 €}} de "
        "loyer à sa tante, Mme [[PERSONNE:Da Costa]]. Le contrôleur demande les relevés : les "
        "virements partent de [[IBAN:FR76 1444 5004 0008 1024 5781 080]] vers le compte de la "
        "tante, [[IBAN:BE35 3101 2345 6737]], elle vit à {{Liège}} en fait 🤔",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un petit de {{4 ans}} a avalé une pièce. La maman donne le carnet de santé : "
        "[[PERSONNE:Nathan Lefort]], né le [[DATE_NAISSANCE:08/08/2020]] (« le "
        "[[DATE_NAISSANCE:8/8]], facile à retenir »). Pièce de {{1 €}} visible à la {{radio}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, une jeune femme avec un bébé de {{2 mois}}, [[PERSONNE:Chaïma]], « j'ai "
        "{{23 ans}}, née en [[DATE_NAISSANCE:2001]] », le bébé né le "
        "[[DATE_NAISSANCE:15 août]]. Elle est à la {{gare de Brive}}. L'écoutante lui trouve une "
        "place au {{centre maternel}} pour {{ce soir}}, taxi pris en charge.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur vient mettre à jour ses coordonnées : nouveau tel "
        "[[TELEPHONE:07 81 06 33 72]], nouveau mail [[EMAIL:p.lavaud.19@gmail.com]]. L'ancien "
        "mail est bloqué par des spams. La conseillère ([[PERSONNE:Inès]]) met à jour en "
        "{{2 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman demande une {{carte Vitale}} pour son fils qui aura {{16 ans}} le "
        "[[DATE_NAISSANCE:3 novembre]] : « il sera autonome ». L'agent explique que la carte "
        "est envoyée automatiquement. Fils : [[PERSONNE:Matéo]]. Envoi prévu {{fin octobre}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel sur la date de paiement de la {{prime de Noël}} : le {{17 décembre}} "
        "{{cette année}}. L'appelante, allocataire [[N_ALLOCATAIRE:1540288]], demande aussi si "
        "la déclaration du {{15 novembre}} est bien arrivée. Oui, traitée {{le 20}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation avec la conseillère du {{CCAS}} de {{Coulounieix-Chamiers}}, chez "
        "une famille qui vit en {{caravane}} : [[ADRESSE:aire d'accueil de Chamiers, "
        "emplacement 7]]. Le père, [[PERSONNE:Tony Reinhardt]], montre la carte grise du camion "
        "[[IMMATRICULATION:CQ-640-EV]] et demande une aide pour la cantine des "
        "{{3 enfants}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dialogue entre deux agents d'accueil :\n— t'as vu l'heure ?\n— {{12h40}}, j'ai pas "
        "mangé\n— vas-y je tiens\nLa file : {{5 personnes}}. Le téléphone sonne {{3 fois}} sans "
        "réponse.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le cahier de liaison du {{CHRS}}, page du jour : « {{Ch. 3}} : M. [[PERSONNE:Costa]] "
        "([[DATE_NAISSANCE:62]]) — {{Ch. 4}} : [[PERSONNE:Lina B.]] ([[DATE_NAISSANCE:2004]]) — "
        "{{Ch. 5}} : vide ». Les années de naissance servent à repérer les plus âgés pour le "
        "médecin.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un étudiant chinois, [[PERSONNE:Wei Zhang]], vient pour son {{APL}} en résidence "
        "{{CROUS}} : [[ADRESSE:185 avenue Albert Thomas, bât. C, ch. 114, 87100 Limoges]]. "
        "Numéro allocataire tout neuf : [[N_ALLOCATAIRE:7734019]]. Il manque l'attestation de "
        "loyer du CROUS.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{2e visite}} de contrôle d'arrêt maladie, à {{Malemort}}. Assurée présente cette "
        "fois, Mme [[PERSONNE:Elodie Terrade]]. Elle montre son arrêt jusqu'au {{30/11}}. La "
        "contrôleuse note qu'une voiture de société [[IMMATRICULATION:GK 118 WP]] est garée "
        "devant, « c'est celle de mon mari ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« c'est {{le 12}} ou {{le 21}} mon rdv ? » → {{mardi 21}}, {{10h15}}, {{Guéret}} 😅",
    ),
]

# --- notes 141-175 ---------------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Aurélie Mouret]] vient déclarer la naissance de son {{3e}} : "
        "[[PERSONNE:Timéo]], né le [[DATE_NAISSANCE:1er février]] à la "
        "{{maternité de Brive}}. Elle a oublié l'acte de naissance, l'agente prend quand même la "
        "déclaration. Alloc [[N_ALLOCATAIRE:2093376]]. La {{prime de naissance}} avait été "
        "versée en {{décembre}}, au {{7e mois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h}}, rush : {{9 personnes}} en attente, {{2 agents}}. La responsable ouvre un "
        "{{3e guichet}}. Un monsieur râle : « à {{Limoges}} ça va plus vite ». Elle répond "
        "gentiment que non 😂",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame veut que la {{Caf}} arrête de lui écrire sur son ancienne adresse mail "
        "([[EMAIL:nathalie.bouchaud@wanadoo.fr]]), elle en a une nouvelle : "
        "[[EMAIL:nath.bouchaud87@gmail.com]]. Elle en profite pour changer de banque : "
        "[[IBAN:FR76 1558 9871 0104 7852 1003 676]] ({{Crédit Mutuel}}). Tout fait en "
        "{{8 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Vérif identité. L'appelante donne « [[DATE_NAISSANCE:12 janvier 2010]] » puis « ah non "
        "ça c'est ma fille, moi c'est le [[DATE_NAISSANCE:3 mars 1986]] ». Allocataire "
        "[[N_ALLOCATAIRE:3318207]]. Question : l'{{AEEH}} pour sa fille (dossier {{MDPH}} déposé "
        "le {{4 avril}}, n° [[IDENTIFIANT:MDPH87-24-01733]]).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent m'explique les dates : les prestations du mois M sont versées "
        "{{le 5 du mois M+1}}. Quelqu'un qui appelle {{le 3}} pour « son virement » est souvent "
        "en avance. {{Aujourd'hui}} c'est {{le 4}}, ça sonne sans arrêt ☎️",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur donne son numéro pour un rappel : « [[TELEPHONE:zéro six, quinze, double "
        "zéro, quarante-huit, soixante-dix-sept]] ». L'agent écrit "
        "[[TELEPHONE:06 15 00 48 77]]. Rappel par un technicien sous {{48h}} pour son dossier "
        "d'{{APL}}, allocataire n° [[N_ALLOCATAIRE:5501824]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de composition du foyer à {{Ussel}}, chez M. [[PERSONNE:Ahmet Demir]]. Vivent "
        "là : lui, sa femme [[PERSONNE:Elif]], {{3 enfants}} et sa mère, « née en "
        "[[DATE_NAISSANCE:42]] à {{Konya}} ». Le contrôleur demande si la mère a des revenus : "
        "une petite pension turque, {{120 €}} par mois. Relevé à fournir avant {{le 15}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Montpon-Ménestérol}}. Mme [[PERSONNE:Jocelyne Reix]], NIR lu sur son "
        "attestation : [[NIR:2 54 03 24 037 066 37]], née à {{Bergerac}}. Un camping-car dans "
        "le jardin, plaque [[IMMATRICULATION:EP-862-SJ]] : elle le loue {{l'été}} sur "
        "{{Leboncoin}}. Revenus non déclarés, le contrôleur explique le risque d'indu.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Sébastien Peyronnet]] demande un duplicata d'attestation. L'agent "
        "demande la date de naissance : « [[DATE_NAISSANCE:28/02/1990]] ». NIR à l'écran : "
        "[[NIR:1 90 02 24 322 044 61]], il est né à {{Périgueux}}. Attestation imprimée, "
        "{{3 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne rdv : rien avant {{le 18}}. Créneau trouvé {{jeudi 15h40}} (désistement).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une mère appelle pour l'inscription à titre personnel de son fils de {{18 ans}}, "
        "[[PERSONNE:Kenzo Lavaud]], né le [[DATE_NAISSANCE:9 octobre 2006]], fêté il y a "
        "{{3 semaines}}. Elle donne le mail du fils pour {{Ameli}} : "
        "[[EMAIL:kenzo.lvd@gmail.com]]. Le conseiller dit que c'est à lui de créer le compte.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel programmé à {{14h30}} : la conseillère appelle Mme [[PERSONNE:Nguyen Thi Lan]] "
        "au [[TELEPHONE:06 33 57 82 10]]. Pas de réponse, message laissé. {{2e essai}} à "
        "{{14h45}}, elle décroche. Sujet : remboursement de lunettes, {{100 % santé}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail à {{Uzerche}}. M. [[PERSONNE:Florian Chassagne]], "
        "[[ADRESSE:8 rue Pierre Chalmette, 19140 Uzerche]]. Absent. Son pick-up "
        "[[IMMATRICULATION:HB-409-ZL]] n'est pas là non plus. L'agente laisse un avis, il a "
        "{{48 h}} pour justifier son absence.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier « {{Vacances enfants}} » (séjour à {{Meymac}} en {{juillet}}). La maman, "
        "[[PERSONNE:Rachida Amrani]], remplit les fiches : [[PERSONNE:Sami]], "
        "[[DATE_NAISSANCE:13/06/2014]] ; [[PERSONNE:Lina]], [[DATE_NAISSANCE:01/12/2016]]. "
        "L'agente vérifie le quotient familial : {{410}}. Départ le {{8 juillet}}, retour "
        "{{le 19}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour le loyer ({{FSL}}). M. [[PERSONNE:Olivier Coulaud]], "
        "[[ADRESSE:2 bis rue de la Mauvendière, 87000 Limoges]], {{3 mois}} de retard. L'agent "
        "appelle le bailleur privé, M. [[PERSONNE:Vignaud]], au "
        "[[TELEPHONE:06 09 41 58 22]] : accord pour un échéancier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Inscription sur le {{registre canicule}}. « Votre année de naissance ? » "
        "« [[DATE_NAISSANCE:mille neuf cent quarante et un]] » « et le jour ? » « le "
        "[[DATE_NAISSANCE:6 juin]], comme le {{débarquement}} ! ». Nom : "
        "[[PERSONNE:Paulette Mérigot]]. L'agente lui rappelle de boire {{1,5 L par jour}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une assistante sociale du {{Département}} ({{MDS}} de {{Saint-Junien}}) pour "
        "coordonner une aide : elle ne donne pas le nom au téléphone, elle envoie la fiche par "
        "mail sécurisé. {{4 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de fin de droits pour l'{{aide ménagère}}, chez Mme [[PERSONNE:Simone Tronche]] à "
        "{{Eymoutiers}}. Elle a tout : carte d'identité « née le "
        "[[DATE_NAISSANCE:27 novembre 1929]] », {{95 ans}} {{le mois prochain}}. Elle montre la "
        "photo de son mariage du {{14 avril 1951}}. L'aide ménagère, [[PERSONNE:Vanessa]], vient "
        "{{3 fois par semaine}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent d'admission scanne la {{carte Vitale}}, ça ne passe pas. Il tape le NIR à la "
        "main : [[NIR:1 86 06 99 352 178 75]] — « né en {{Algérie}} ? » « oui, {{Oran}}, "
        "[[DATE_NAISSANCE:juin 86]] ». Patient : [[PERSONNE:Nabil Hamidou]]. Motif : douleur "
        "thoracique, vu en {{12 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un gendarme appelle ({{brigade de Bellac}}) pour savoir si un homme est passé "
        "{{cette nuit}} : « [[PERSONNE:Brousse]], [[PERSONNE:Stéphane]], né le "
        "[[DATE_NAISSANCE:30/12/1971]] ». L'agente demande une réquisition écrite avant de "
        "répondre quoi que ce soit. Le gendarme insiste un peu : « c'est pour une disparition "
        "inquiétante, sa femme a appelé à {{6h}} ». L'agente ne cède pas mais le transfère au "
        "cadre de santé, M. [[PERSONNE:Ribeyrolles]], qui dit la même chose, gentiment. Le "
        "gendarme envoie la réquisition par {{fax}} (!). {{Dix minutes}} après, le fax crache "
        "une feuille. Le cadre vérifie et confirme : le patient est bien là, en {{box 4}}, il va "
        "bien. L'agente me dit que c'est la {{2e fois}} ce mois-ci qu'un gendarme appelle sans "
        "papier.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un {{EHPAD}} pour prévenir de l'arrivée d'un résident en ambulance. Le nom est "
        "donné mais l'agente raccroche vite, je n'ai pas noté. Durée {{1 min 10}}. Ensuite "
        "{{3 appels}} de familles, tous redirigés vers le standard.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle : son fils de {{15 ans}} est parti en ambulance depuis le "
        "{{collège de Felletin}}. « [[PERSONNE:Evan Dupuy]], né le "
        "[[DATE_NAISSANCE:2 avril 2009]] ». L'agente confirme qu'il est arrivé. Elle laisse son "
        "numéro : [[TELEPHONE:07 69 23 41 05]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Renouvellement de titre de séjour en ligne ({{ANEF}}). L'éduc [[PERSONNE:Jérôme]] "
        "remplit avec [[PERSONNE:Mariam Touré]] : n° AGDREF [[IDENTIFIANT:8700219845]], date de "
        "naissance [[DATE_NAISSANCE:1990-03-08]] (format imposé par le site, {{AAAA-MM-JJ}}). Le "
        "site plante à la {{5e étape}}. On recommence.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}} : {{24 couverts}}, lasagnes. Un résident a fait un gâteau "
        "pour l'anniversaire d'un autre ({{18 bougies}}). Ambiance sympa, l'éduc me dit que "
        "c'est rare.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, fiche remplie en direct, je lis par-dessus l'épaule : NOM "
        "[[PERSONNE:DIALLO]] PRÉNOM [[PERSONNE:Ousmane]] DDN [[DATE_NAISSANCE:??/??/2007]] (il "
        "dit qu'il a {{17 ans}}, mineur → {{ASE}}). L'écoutante appelle le dispositif {{MNA}} du "
        "{{Département}}. Tel du jeune : [[TELEPHONE:07 44 19 80 36]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Point hebdo du {{SIAO 87}} au téléphone : {{14 demandes}} en attente, "
        "{{3 orientations}} en {{CHRS}} validées pour {{le 2 et le 9 du mois prochain}}. La "
        "prochaine commission est le {{jeudi 16}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme rappelle le {{115}} pour la {{3e nuit}}. « Toujours [[PERSONNE:Ludovic]], "
        "[[DATE_NAISSANCE:7/7/77]], vous me connaissez ». L'écoutante : « oui monsieur "
        "[[PERSONNE:Ludo]] ». Place trouvée à {{Tulle}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez une ancienne résidente relogée : [[PERSONNE:Fanny Lachèze]], "
        "[[ADRESSE:3 allée Fabre d'Églantine, 24000 Périgueux]]. Tout va bien, elle a trouvé un "
        "{{CDI}} chez {{Biocoop}}. Elle veut rester en contact : "
        "[[EMAIL:fanny.lacheze@laposte.net]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en {{appartement relais}} à {{Guéret}} chez [[PERSONNE:Adama]] et "
        "[[PERSONNE:Fatou]] : leur bébé est né {{avant-hier}}, le [[DATE_NAISSANCE:21]]. "
        "L'éducatrice apporte un lit parapluie. Prénom du bébé : [[PERSONNE:Aminata]]. "
        "Déclaration à la {{mairie}} faite {{hier}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription : [[PERSONNE:Clément Faure-Laroche]], né le "
        "[[DATE_NAISSANCE:5 décembre 2002]] à {{Limoges}}. Fin de {{CDD}} le {{30 septembre}} "
        "chez {{Legrand}}. Inscription datée du {{1er octobre}}, premier paiement {{ARE}} prévu "
        "{{début novembre}}. Identifiant : [[ID_FRANCE_TRAVAIL:8823107D]]. NIR : "
        "[[NIR:1 02 12 87 085 517 60]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Aide à la mobilité}} : [[PERSONNE:Jessy Marcoux]] a acheté une voiture d'occasion "
        "pour aller bosser à l'usine de {{Saint-Junien}}. Il montre la carte grise : "
        "[[IMMATRICULATION:DV-327-HQ]]. La conseillère dit que l'aide ne finance pas l'achat, "
        "seulement les frais de déplacement. Id [[ID_FRANCE_TRAVAIL:5019846X]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Salon de l'emploi saisonnier}}, {{Sarlat}} : {{40 employeurs}} ({{campings}}, "
        "restos, {{Lascaux IV}}). Files d'attente devant les stands des campings. La conseillère "
        "me dit que {{300 postes}} sont à pourvoir d'ici {{juin}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Gaëlle Roussarie]], {{RQTH}} depuis {{2022}} (n° MDPH "
        "[[IDENTIFIANT:19-2022-004518]]). Elle veut un accompagnement {{Cap emploi}}. La "
        "conseillère lui envoie le lien par mail : [[EMAIL:gaelle.roussarie@sfr.fr]]. Rdv Cap "
        "emploi {{Tulle}} {{le 17}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur appelle : « j'ai fêté mes {{50 ans}} le [[DATE_NAISSANCE:2 mai]], on m'a "
        "dit que ça change mes droits ». Le conseiller explique que la durée d'indemnisation "
        "change à partir de {{55 ans}}, pas 50. Id [[ID_FRANCE_TRAVAIL:3407718N]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une jeune, [[PERSONNE:Léna]], qui a raté la visio de {{9h}}. La conseillère "
        "reprogramme pour {{vendredi 11h}} et note son portable : "
        "[[TELEPHONE:06 52 88 19 40]]. « Et n'oublie pas, c'est avec ta caméra ! »",
    ),
]

# --- notes 176-208 ---------------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "Une jeune maman, [[PERSONNE:Jennifer Lasvergnas]], {{19 ans}} (« née en "
        "[[DATE_NAISSANCE:2005]] »), demande le {{RSA majoré}}. L'agente vérifie : enceinte, "
        "terme au {{12 mars}}, éligible depuis la déclaration de grossesse faite le "
        "{{20 octobre}}. {{RIB}} donné : [[IBAN:FR76 1250 6200 1456 7003 3147 815]].",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente [[PERSONNE:Hélène]] me montre l'historique d'un dossier (je ne vois pas le "
        "nom) : courrier du {{4 janvier}}, relance le {{4 février}}, suspension le "
        "{{1er mars}}, reprise le {{18 mars}}. « Tout ça pour une attestation de scolarité » 🙄",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur demande où envoyer un courrier : l'agent lui écrit « "
        "{{Caf de la Dordogne, 50 rue Claude Bernard, 24000 Périgueux}} » sur un papier. Il lui "
        "redonne aussi son numéro d'allocataire, oublié : [[N_ALLOCATAIRE:6021947]]. Nom sur le "
        "dossier : [[PERSONNE:Yvon Pouget]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame qui ne retrouve plus son n° allocataire. L'agent l'identifie avec le "
        "NIR : « [[NIR:2 79 02 87 085 233 47]] » et la date : « [[DATE_NAISSANCE:14/02/79]], à "
        "{{Limoges}} ». Numéro retrouvé : [[N_ALLOCATAIRE:1120458]], il le lui envoie par "
        "{{SMS}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de la {{Caf de la Creuse}}, transfert de dossier au {{1er du mois}}, que des "
        "numéros, je note rien.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle pour signaler le décès de son mari le {{9 août}}. L'agent demande la "
        "date de naissance du défunt pour retrouver le foyer : « "
        "[[DATE_NAISSANCE:11 novembre 55]], le jour de {{l'armistice}} ». Allocataire "
        "[[N_ALLOCATAIRE:3892016]]. L'agent présente ses condoléances, explique que l'{{APL}} "
        "sera recalculée à partir de {{septembre}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Nontron}} chez M. [[PERSONNE:Jean-Marc Bouty]], né en "
        "[[DATE_NAISSANCE:octobre 80]] (il a {{44 ans}}). NIR [[NIR:1 80 10 24 311 009 74]] — il "
        "est né à Nontron même, « jamais bougé ». RIB sur le dossier : "
        "[[IBAN:FR76 1871 5002 0008 7112 3450 957]]. Il touche l'{{AAH}} et travaille en "
        "{{ESAT}}, tout est déclaré.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Renouvellement {{C2S}} pour la famille [[PERSONNE:Mendy]]. L'agent relit la "
        "composition à l'écran :\n"
        "1. [[PERSONNE:Pascal Mendy]] [[DATE_NAISSANCE:1979]]\n"
        "2. [[PERSONNE:Odile Mendy]] [[DATE_NAISSANCE:1981]]\n"
        "3. [[PERSONNE:Yann]] [[DATE_NAISSANCE:2008]]\n"
        "4. [[PERSONNE:Léo]] [[DATE_NAISSANCE:2012]]\n"
        "(seules les années s'affichent dans cet écran). Droits prolongés jusqu'au {{31/10}} de "
        "{{l'an prochain}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Yasmina Haddouche]] veut ses remboursements sur son nouveau compte en ligne : "
        "[[IBAN:FR76 1910 6008 3263 2458 7190 318]]. L'agent scanne le {{RIB}}. Elle demande "
        "aussi pourquoi sa {{carte Vitale}} porte encore son nom de jeune fille, "
        "[[PERSONNE:Benhamza]]. Il faut envoyer l'acte de mariage.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle pour sa {{pension d'invalidité}} qui passe en retraite. Le "
        "conseiller : « votre NIR ? » « [[NIR:261071927211866]] » « vous êtes née à {{Tulle}} en "
        "[[DATE_NAISSANCE:juillet 1961]] ? » « le [[DATE_NAISSANCE:22]], oui ». Retraite au "
        "{{1er août}}, dossier transmis à la {{Carsat}} le {{3 juin}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile d'un assuré en arrêt pour lombalgie, [[PERSONNE:Steeve Marsaud]], "
        "[[ADRESSE:Le Bourg, 87250 Bessines-sur-Gartempe]]. Présent. Il a une voiture de sport, "
        "[[IMMATRICULATION:GZ-007-YT]], l'agente lève les yeux au ciel mais rien à dire. Arrêt "
        "{{jusqu'au 15}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle dans une {{pharmacie}} de {{Brive}} (facturation en {{tiers payant}}) : "
        "l'agent vérifie {{20 ordonnances}} au hasard. {{2 anomalies}} de date. Aucun patient "
        "nommé devant moi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier pour la {{mutuelle communale}}. Monsieur dicte sa date de naissance chiffre par "
        "chiffre : « [[DATE_NAISSANCE:trois, un, un, deux, six, zéro]] », l'agente écrit "
        "[[DATE_NAISSANCE:31/12/60]], il confirme. Nom [[PERSONNE:Hamid Zerrouki]]. Tarif "
        "seniors à {{64 € par mois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Calendrier affiché derrière l'accueil : « {{Commission d'aide sociale}} : "
        "{{7 janvier}}, {{4 février}}, {{4 mars}}. Dépôt des dossiers {{10 jours avant}} ». Une "
        "dame vient déposer le {{27 janvier}}, pile à temps ✔️",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une bénévole des {{Restos du cœur}} appelle pour orienter une famille. Elle laisse ses "
        "coordonnées : [[PERSONNE:Martine Lagorce]], [[TELEPHONE:05 53 09 27 64]], "
        "[[EMAIL:m.lagorce.restos24@orange.fr]]. La famille sera reçue {{mercredi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour le transport gratuit des seniors (à partir de {{65 ans}}). « Je "
        "suis née le [[DATE_NAISSANCE:18 mars 1959]], j'ai 65 ans depuis {{mars}}, j'ai le "
        "droit ? » Oui. L'agente lui dit de passer avec un justificatif de domicile de moins de "
        "{{3 mois}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Ambazac}} pour une aide au maintien à domicile. Mme "
        "[[PERSONNE:Georgette Desbordes]] ne se souvient plus de son âge : « {{85 ? 87 ?}} ». "
        "Carnet de pension : née le [[DATE_NAISSANCE:2 décembre 1937]]. La TS calcule : "
        "{{86 ans}}. Son fils [[PERSONNE:Didier]] passe {{tous les dimanches}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez la famille de M. [[PERSONNE:Kader Bensalem]], décédé le {{2 octobre}}, pour "
        "l'{{aide aux frais d'obsèques}}. Adresse : [[ADRESSE:Résidence du Val, bât. B, 11 rue "
        "Camille Pissarro, 19100 Brive-la-Gaillarde]]. Le devis des pompes funèbres "
        "{{Roc-Eclerc}} est de {{3 450 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau des patients au poste {{IOA}} (je vois en passant) : « {{Box 1}} : "
        "[[PERSONNE:LEYMARIE]] {{87a}} — {{Box 2}} : [[PERSONNE:N'DIAYE]] {{34a}} — {{Box 3}} : "
        "[[PERSONNE:PETIT]] {{6a}} ». Juste les noms et les âges, pas de dates de naissance. Le "
        "médecin arrive à {{9h}} pile.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Panneau : « {{Urgences pédiatriques}} : au {{1er étage}}, {{hôpital Mère-Enfant}} ». "
        "Le papa d'un petit de {{2 ans}} s'est trompé de bâtiment, l'agent l'accompagne jusqu'à "
        "l'ascenseur.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une voisine appelle pour savoir si M. [[PERSONNE:Maurice Lafarge]] a été admis. Elle ne "
        "connaît pas sa date de naissance : « il est de [[DATE_NAISSANCE:1946]] ou "
        "[[DATE_NAISSANCE:1947]], je sais plus ». L'agente ne dit rien, elle n'est pas de la "
        "famille. « Appelez sa fille ». {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{SAMU}} appelle pour annoncer un {{polytrauma}} de la {{RN 141}}, arrivée dans "
        "{{15 min}}. Aucun nom (patient inconnu, {{« X »}}). Le médecin régulateur, Dr "
        "[[PERSONNE:Castagné]], laisse son portable : [[TELEPHONE:06 87 43 12 59]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier CV au {{CHRS}} avec la {{CIP}}. [[PERSONNE:Ivan]] veut écrire « {{45 ans}} » "
        "plutôt que sa date de naissance ([[DATE_NAISSANCE:17/09/1979]]). La CIP "
        "([[PERSONNE:Karine]]) dit : ni l'un ni l'autre. Il met ses permis : B, C, {{FIMO}} "
        "valide jusqu'en {{2026}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Naïma]], résidente, reçoit son premier virement de la {{Caf}}. L'éduc vérifie "
        "sur le relevé : {{APL}} versée sur [[IBAN:FR76 1240 6000 1231 4578 9601 238]], dossier "
        "Caf [[N_ALLOCATAIRE:2750913]]. Participation aux frais d'hébergement : {{10 %}} des "
        "ressources, {{62 €}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Places hivernales {{115}} : du {{1er novembre}} au {{31 mars}} + {{gymnase de Bergerac}} "
        "du {{15 décembre}} au {{15 février}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une femme victime de violences, [[PERSONNE:Sandra]], « {{38 ans}}, née le "
        "[[DATE_NAISSANCE:24 décembre]], {{le soir de Noël}} il m'a frappée ». L'écoutante lui "
        "donne le {{3919}} et lui trouve une place en urgence à {{Ussel}}. Plainte déposée "
        "{{le 26}} à la {{gendarmerie d'Égletons}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un couple dort dans sa voiture sur l'{{aire de covoiturage}} de l'{{A20}} à "
        "{{Pierre-Buffière}}. Ils donnent la plaque pour que la maraude les trouve : "
        "[[IMMATRICULATION:fd-584-rt]] ({{Berlingo}} gris). Monsieur : "
        "[[PERSONNE:Kévin Bardet]]. Maraude prévue vers {{21h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en {{appartement de stabilisation}} à {{Sarlat}} : [[PERSONNE:Gheorghe Lungu]], "
        "[[DATE_NAISSANCE:9.3.1966]], {{moldave}}. L'éduc vérifie sa carte de séjour : n° "
        "[[IDENTIFIANT:2404127733]], expire le {{8/08}}. Rdv {{préfecture}} pris pour le "
        "{{12 juillet}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune de {{17 ans}}, [[PERSONNE:Anaëlle Puydebois]], née le "
        "[[DATE_NAISSANCE:30 mai 2007]], veut s'inscrire pour un job d'été. La conseillère : "
        "inscription possible dès {{16 ans}}, ok. Bac le {{17 juin}}, dispo à partir du "
        "{{5 juillet}}. Elle repart avec les offres du {{zoo du Reynou}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Farid Zeghdoudi]] a changé de banque, ses {{ARE}} sont parties sur "
        "l'ancien compte clôturé. La conseillère met à jour : "
        "[[IBAN:FR76 3002 7172 5000 0205 1980 188]]. Identifiant "
        "[[ID_FRANCE_TRAVAIL:2456103W]]. Le virement rejeté sera refait sous {{10 jours}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Pendant que j'attends, une conseillère entreprise au téléphone cherche "
        "{{12 caristes}} pour une plateforme logistique à {{Brive}}. « Ils veulent le "
        "{{CACES 3 et 5}} ». Elle soupire, personne dans le vivier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : « sur mon attestation {{France Travail}} c'est écrit "
        "[[DATE_NAISSANCE:01/08/1993]] mais je suis du [[DATE_NAISSANCE:8 janvier 93]] ! » "
        "(jour et mois inversés). Le conseiller corrige. Id [[ID_FRANCE_TRAVAIL:6650238G]], nom "
        "[[PERSONNE:Morgane Dessalles]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame appelle pour savoir si l'agence est ouverte le {{1er mai}} (non) et si son "
        "paiement du {{2 mai}} sera décalé (non plus). {{45 secondes}}.",
    ),
]

# --- notes 209-240 ---------------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Lucie Bordessoule]] vient pour sa fille [[PERSONNE:Romane]], « née le "
        "[[DATE_NAISSANCE:29 février 2020]], elle a eu son vrai anniversaire {{cette année}} ». "
        "La {{Caf}} avait enregistré le [[DATE_NAISSANCE:1er mars 2020]] 🤷. L'agente corrige. "
        "Rdv {{PMI}} le {{3 avril}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Patrick Lansade]] vit à l'année dans un mobil-home : "
        "[[ADRESSE:camping Le Moulin du Roch, emplacement 41]], près de {{Sarlat}}. Il demande "
        "l'{{ALS}}. L'agente : possible avec bail + quittances, le camping doit fournir une "
        "attestation. Il paie {{380 € par mois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire, n° [[N_ALLOCATAIRE:4087652]], ne reçoit plus les mails de la "
        "{{Caf}}. L'agent vérifie l'adresse enregistrée : [[EMAIL:sev.marchadier@gmail.con]] — "
        "« {{.con}} » au lieu de « {{.com}} » 😂. Corrigé : "
        "[[EMAIL:sev.marchadier@gmail.com]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pic d'appels après les courriers de fin de droits {{AAH}} du {{28 mai}}. L'agent répond "
        "la même chose {{6 fois}} : « votre dossier {{MDPH}} doit être renouvelé avant le "
        "{{30 juin}} ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Ana Ribeiro Santos]], "
        "[[ADRESSE:27 route de Limoges, 87400 Saint-Léonard-de-Noblat]]. Voiture immatriculée au "
        "{{Portugal}}, [[IMMATRICULATION:AB-12-QZ]], « c'est celle de mon père qui vient "
        "{{l'été}} ». Composition : elle, née en [[DATE_NAISSANCE:1988]], et son fils "
        "[[PERSONNE:Rafael]], [[DATE_NAISSANCE:2014]]. Tout est conforme.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : personne au domicile à {{Ussel}}, {{2e passage}}. Le contrôleur "
        "laisse un avis et note l'heure : {{10h20}}. Retour à l'agence, {{45 km}}. « Ça arrive "
        "{{une fois sur quatre}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Première {{carte Vitale}} pour une {{Ukrainienne}}, [[PERSONNE:Iryna Bondarenko]]. NIR "
        "définitif enfin attribué : [[NIR:2 87 04 99 155 012 06]], née le "
        "[[DATE_NAISSANCE:6 avril 1987]] à {{Kyiv}}. Elle avait un {{NIA}} provisoire depuis son "
        "arrivée le {{12 mars 2022}}. Photo + signature, envoi sous {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur, [[PERSONNE:Didier Mathieu]], conteste une facture d'ambulance, n° "
        "[[IDENTIFIANT:AMB-2024-11873]]. L'agent lui dit que c'est à voir avec la société "
        "({{Ambulances du Limousin}}) et note son tel : [[TELEPHONE:06 14 72 90 33]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'assuré ne connaît pas son NIR. Identification par nom + DDN + commune : "
        "[[PERSONNE:Christian Faucher]], « né le [[DATE_NAISSANCE:quatorze septembre "
        "cinquante-neuf]] à {{Sarlat}} ». Le conseiller le retrouve et lui lit le NIR : "
        "[[NIR:1 59 09 24 520 063 01]]. Il le note sur sa main 🖊️",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Formation interne pendant ma présence : la superviseuse rappelle de ne jamais demander "
        "le code secret {{Ameli}}. {{3 appels}} reçus en {{15 min}}, dont un faux (démarchage "
        "pour une {{mutuelle}}).",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile à {{Thiviers}}, Mme [[PERSONNE:Sabrina Cluzeau]], "
        "[[ADRESSE:14 rue Lamartine, 24800 Thiviers]]. Absente ; la voisine dit qu'elle fait "
        "les {{marchés}}, le stand de fromages, camion [[IMMATRICULATION:ER 451 TX]]. L'agente "
        "note et repart.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame apporte l'acte de naissance de son petit-fils pour la "
        "{{crèche municipale}} : « [[PERSONNE:Noah Lacroix]], né le "
        "[[DATE_NAISSANCE:mardi 4 juin 2024]] ». Entrée souhaitée le {{2 septembre}}. Liste "
        "d'attente : {{14 enfants}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Chèque énergie}} : {{3 personnes}} viennent parce qu'elles l'ont reçu sans savoir "
        "l'utiliser. L'agente explique : valable jusqu'au {{31 mars}} de {{l'année suivante}}, "
        "montant {{194 €}} pour une dame.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un jeune ({{22 ans}}) demande une aide pour passer le permis. L'agente lui demande "
        "comment le joindre, il dit « sur {{Insta}} c'est plus simple, "
        "[[IDENTIFIANT:@yanis_87_off]] ». Elle prend quand même son numéro : "
        "[[TELEPHONE:07 58 31 66 14]]. Nom : [[PERSONNE:Yanis Bouzid]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour inscrire son père, M. [[PERSONNE:Antoine Mazaudier]], au "
        "{{repas des aînés}}. « Il est de [[DATE_NAISSANCE:48]]... non "
        "[[DATE_NAISSANCE:49]], attendez je demande ». On l'entend crier « papa t'es de quand ? "
        "» « [[DATE_NAISSANCE:49]] ! » 😄",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de la {{mairie de Feytiat}} : le {{CCAS}} de {{Limoges}} peut-il prendre la "
        "{{domiciliation}} d'une personne hébergée chez eux ? Réponse : non, il faut un lien "
        "avec la commune. {{5 min}} de discussion entre agents.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide à l'achat d'un frigo, chez Mme [[PERSONNE:Khadija Ouahbi]], née en "
        "[[DATE_NAISSANCE:juin 1968]] au {{Maroc}}. NIR vérifié sur l'attestation : "
        "[[NIR:2 68 06 99 350 112 63]]. L'aide de {{250 €}} sera versée directement au magasin "
        "({{Boulanger}} de {{Boulazac}}), pas sur son compte "
        "[[IBAN:FR86 3000 2004 5000 0076 3258 Y37]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux patients au nom presque identique à la même heure : [[PERSONNE:Martin Dupuy]] né "
        "le [[DATE_NAISSANCE:03/05/1948]] et [[PERSONNE:Martine Dupuy]] née le "
        "[[DATE_NAISSANCE:05/03/1948]] 😳. L'agent vérifie {{3 fois}}, crée le {{2e dossier}}, "
        "IPP [[IDENTIFIANT:870098123]]. « C'est mon cauchemar ce genre de cas ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale appelle pour un patient qu'elle envoie : « M. "
        "[[PERSONNE:Lucien Aupetit]], [[DATE_NAISSANCE:12-10-1933]], {{91 ans}}, chute, sous "
        "{{anticoagulants}} ». Elle donne son propre numéro : [[TELEPHONE:06 71 93 04 28]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Panne du standard {{de 10h05 à 10h25}} : les appels basculent sur le "
        "{{portable de garde}}. L'agente me dit que c'est la {{2e fois}} {{ce mois-ci}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Céline Audoin]] montre son jugement de divorce pour la demande de logement : "
        "RG [[IDENTIFIANT:22/01847]], {{tribunal judiciaire de Brive}}. Jugement du "
        "{{14 septembre 2023}}, ordonnance de protection du {{2 mai 2023}}. Enfants : "
        "[[PERSONNE:Maël]] ([[DATE_NAISSANCE:18/04/2015]]) et [[PERSONNE:Clara]] "
        "([[DATE_NAISSANCE:07/10/2018]]).",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Mohamed Lamine Sylla]] prépare son rdv {{France Travail}} avec l'éduc. Il "
        "montre son identifiant [[ID_FRANCE_TRAVAIL:4411872F]] et le mail de son conseiller, "
        "[[EMAIL:thomas.barrat@francetravail.fr]]. L'entretien est {{le 23 à 14h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : une femme âgée appelle pour son fils qui dort dehors à {{Limoges}}. "
        "« [[PERSONNE:Kévin]], il a {{35 ans}}, il est né le [[DATE_NAISSANCE:14 juillet 89]] ». "
        "L'écoutante explique qu'il doit appeler lui-même. La mère pleure.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un homme {{espagnol}} avec sa fourgonnette, [[IMMATRICULATION:4721 KLM]], "
        "bloqué à {{Brive}} (embrayage cassé). Nom : [[PERSONNE:Javier Morales Ruiz]]. "
        "L'écoutant l'oriente vers le {{Secours catholique}} pour le garage et lui propose un lit "
        "à l'{{accueil de nuit}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement vide avant l'entrée d'une famille le {{1er du mois}} : l'éduc "
        "vérifie les meubles, le chauffe-eau, les clés ({{3 jeux}}). Il manque un matelas, "
        "commande chez {{Emmaüs}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Valentin Chabrerie]], {{26 ans}}, a un entretien d'embauche le jour de la "
        "{{Saint-Valentin}}, chez {{Madrange}}. Sa conseillère, Mme [[PERSONNE:Lebon]], le "
        "prépare : simulation d'entretien, {{30 min}}. Elle lui rappelle que sa date de "
        "naissance ([[DATE_NAISSANCE:11/02/1998]]) n'a rien à faire sur le CV.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{place Jean Jaurès}}. Le conseiller [[PERSONNE:Jean]] reçoit "
        "[[PERSONNE:Mélissa Fraysse]], identifiant [[ID_FRANCE_TRAVAIL:7735104K]], qui voudrait "
        "que son {{ARE}} soit versée sur le compte de son compagnon : impossible. Elle donne donc "
        "son RIB à elle : [[IBAN:FR76 3000 3018 3000 0501 4785 296]]. [[PERSONNE:Jean]] me dit "
        "que ça arrive souvent.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « numérique » : {{5 demandeurs}}, {{1 ordi}} en panne. La conseillère montre "
        "comment télécharger une attestation sur l'appli. Une dame n'a pas de smartphone, elle "
        "repart avec une fiche papier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Profil à l'écran pendant l'entretien : « [[PERSONNE:TESSIER Noémie]] — "
        "[[DATE_NAISSANCE:22 11 1985]] — {{39 ans}} — [[ADRESSE:4 rue des Écoles, 23000 Guéret]] "
        "— inscrite depuis le {{03 06 2024}} ». La conseillère me dit que la date d'inscription "
        "compte pour tout, la date de naissance presque pour rien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Souleymane Cissé]], réfugié, s'inscrit avec son récépissé : n° "
        "[[IDENTIFIANT:8704512398]]. La conseillère l'inscrit à un cours de {{FLE}} à "
        "l'{{AFPA}} de {{Limoges}}, début le {{9 septembre}}. Elle note son numéro : "
        "[[TELEPHONE:07 53 66 21 09]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un père appelle pour son fils de {{16 ans}} déscolarisé. Le conseiller ne peut pas "
        "l'inscrire par téléphone. « Il est né le [[DATE_NAISSANCE:2 janvier 2008]], il "
        "s'appelle [[PERSONNE:Nolan Brégeras]] ». Le conseiller lui donne le numéro de la "
        "{{Mission locale}} et un rdv le {{lundi 14 à 9h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dernier appel de ma demi-journée. Une dame donne son identifiant : "
        "« [[ID_FRANCE_TRAVAIL:1 2 3 0 8 7 4 S]] comme {{Sophie}} ». Question : peut-elle "
        "cumuler l'{{ARE}} et un petit job de {{10 h par semaine}} chez un particulier (ménage, "
        "payé en {{CESU}}) ? Le conseiller : oui, en le déclarant {{chaque mois}} à "
        "l'actualisation, entre {{le 28}} et {{le 15}}. Elle a peur de « tout perdre » comme sa "
        "voisine. Il lui fait le calcul avec un exemple : {{300 €}} de salaire, l'allocation "
        "baisse mais ne disparaît pas. Elle demande aussi si elle doit prévenir "
        "{{France Travail}} de son déménagement du {{1er mars}} : oui, dans l'espace perso. Il "
        "vérifie l'adresse actuelle à l'écran, je ne la vois pas. Fin à {{12h30}}, je rends mon "
        "casque 🎧 Bilan : {{31 appels}} dans la matinée, {{4}} sans réponse possible.",
    ),
]

# --- end of notes ----------------------------------------------------------------------------

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


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks; return the clean text, its entities and its keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build() -> list[dict]:
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


def split(notes: list[dict]) -> tuple[set[str], set[str]]:
    """Dev / holdout ids, drawn from the ids and the cells only (never the contents)."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev: list[str] = []
    holdout: list[str] = []
    leftovers: list[str] = []
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


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def counts(notes: list[dict], dev: set[str], holdout: set[str]) -> None:
    """Print the tables of the README (all / dev / holdout)."""
    parts = {"all": notes}
    parts["dev"] = [n for n in notes if n["id"] in dev]
    parts["holdout"] = [n for n in notes if n["id"] in holdout]
    cells = Counter((n["site_kind"], n["channel"]) for n in notes)
    print("cell | all | dev | holdout")
    for cell in sorted(cells):
        row = [sum((n["site_kind"], n["channel"]) == cell for n in part) for part in parts.values()]
        print(f"{cell[0]} / {cell[1]} | " + " | ".join(map(str, row)))
    print("label | all | dev | holdout")
    for label in sorted(LABELS):
        row = [
            sum(e["label"] == label for n in part for e in n["entities"]) for part in parts.values()
        ]
        print(f"{label} | " + " | ".join(map(str, row)))
    for name, part in parts.items():
        keep = sum(len(n["keep"]) for n in part)
        empty = sum(not n["entities"] for n in part)
        print(f"{name}: {len(part)} notes, {keep} keep entries, {empty} without any entity")


def main() -> None:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    if "--counts" in sys.argv[1:]:
        counts(notes, dev, holdout)


if __name__ == "__main__":
    main()
