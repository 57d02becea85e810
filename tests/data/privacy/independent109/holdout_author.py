"""Independent evaluation corpus n° 109: 240 French observation notes, written and labelled by hand.

An ordinary week of immersion half-days in Occitanie (Caf, Cpam, CCAS, urgences, CHRS / 115,
France Travail). Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline
marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive).

Usage:
    python holdout_author.py           writes dev.jsonl and holdout.jsonl next to this file
    python holdout_author.py --stats   prints the count tables of the README

Standard library only, deterministic: two runs give byte-identical files.
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind109"
SEED = 109

LABELS = (
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
)

# The notes, in writing order (ids ind109-001 ... ind109-240 follow this order).
# fmt: off
BATCH_1 = [
    ("caf", "accueil_physique", "lundi {{8h25}}, {{Caf}} de {{Toulouse}}. deja {{une trentaine}} de personnes devant la porte, il bruine. ouverture {{8h30}}. Je suis avec [[PERSONNE:Nadège]] au pré-accueil, elle me dit que le lundi c'est toujours comme ça 😅"),
    ("caf", "accueil_physique", "M. [[PERSONNE:Ferhat Belkacem]], courrier de trop-perçu {{APL}} de {{1 240 €}}. Il comprend pas, « j'ai tout déclaré madame ». [[PERSONNE:Nadège]] tape le n° alloc [[N_ALLOCATAIRE:2814473]] : trimestre de {{mars}} déclaré à 0 alors qu'il faisait de l'intérim chez {{Adecco}}. Elle lui parle de la remise de dette, il repart avec le formulaire."),
    ("caf", "accueil_physique", "ticket {{A012}} : jeune maman, poussette, bébé de {{3 semaines}}. Elle vient déposer l'acte de naissance pour la {{PAJE}}. {{4 minutes}} au guichet, c'est réglé. Elle était contente de pas avoir à tout scanner elle-même."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Rouquette]] ({{72 ans}}) vient pour sa petite-fille [[PERSONNE:Léa]] qu'elle héberge depuis {{septembre}}. Elle veut savoir si elle peut toucher les {{allocs}} à la place de la mère. [[PERSONNE:Nadège]] : « il faut un jugement ou une délégation, sinon c'est la maman qui reste allocataire ». Mme [[PERSONNE:Rouquette]] est repartie un peu sonnée."),
    ("caf", "accueil_physique", "file d'attente : {{14 personnes}} à {{9h10}}, {{3 guichets}} ouverts sur {{5}}."),
    ("caf", "accueil_physique", "Un monsieur très énervé, il parle fort : « ça fait {{3 mois}} que j'ai plus le {{RSA}} !! ». [[PERSONNE:Karim]], le conseiller, le fait asseoir au {{box 2}}. Dossier de M. [[PERSONNE:Sébastien Cabrol]], né le [[DATE_NAISSANCE:14/02/1981]] : droits suspendus, la {{DTR}} n'a jamais été renvoyée. [[PERSONNE:Karim]] la lui fait remplir sur place. Le ton redescend direct."),
    ("caf", "accueil_physique", "jeune homme, étudiant à {{Paul-Sabatier}}, {{APL}} pour un studio à {{Rangueil}}. il a peur que le proprio attende et demande si la {{Caf}} peut payer direct au bailleur. oui c'est le {{tiers payant}}. [[PERSONNE:Nadège]] lui imprime l'attestation."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Ndeye Fatou Sarr]] veut changer ses coordonnées : nouveau portable [[TELEPHONE:07 68 21 45 90]], mail [[EMAIL:ndeyefatou.sarr31@gmail.com]]. Elle a changé de numéro parce qu'elle recevait des SMS d'arnaque « soi-disant de la {{Caf}} ». [[PERSONNE:Karim]] confirme que la Caf demande jamais de code par texto."),
    ("caf", "accueil_physique", "Déménagement : M. et Mme [[PERSONNE:Gonçalves]] quittent {{Bagatelle}} pour le [[ADRESSE:27 chemin de Lestang, 31100 Toulouse]]. Nouveau bail avec {{Toulouse Métropole Habitat}}, loyer {{612 €}}, {{3 enfants}}. [[PERSONNE:Karim]] met à jour et prévient que l'{{APL}} sera recalculée le mois d'après."),
    ("caf", "accueil_physique", "Ce qui me frappe : les gens arrivent avec des pochettes plastique pleines de papiers. Une dame a sorti {{12 ans}} de fiches de paie rangées par année. [[PERSONNE:Nadège]] : « on en demande 3 maxi, mais je lui dis pas non, ça la rassure »."),
    ("caf", "accueil_physique", "Un monsieur âgé, M. [[PERSONNE:Abdelkader Mansouri]], n'a pas son n° alloc sur lui. [[PERSONNE:Karim]] le retrouve avec le numéro de sécu que le monsieur lit sur sa carte vitale : [[NIR:1 65 06 99 350 112 66]]. Né au {{Maroc}} en [[DATE_NAISSANCE:juin 1965]], ça colle. Il venait en fait pour sa retraite... c'est la {{Carsat}}, pas la {{Caf}}. Réorienté, un peu dépité."),
    ("caf", "accueil_physique", "{{10h40}} pause café des agents, {{10 min}} chrono. dehors la file continue"),
    ("caf", "accueil_telephonique", "Après-midi : plateforme téléphonique de la {{Caf}}, double écoute avec [[PERSONNE:Laetitia]]. Casque, {{2 écrans}}, les appels s'enchaînent sans pause. Temps d'attente affiché pour les usagers : {{17 min}}."),
    ("caf", "accueil_telephonique", "Appel 1 : Mme [[PERSONNE:Estelle Pujol]], de {{Colomiers}}, sa {{prime d'activité}} a baissé de {{80 €}}. [[PERSONNE:Laetitia]] demande le num allocataire, elle le lit sur un courrier : [[N_ALLOCATAIRE:3092716]]. Explication : son fils a eu {{18 ans}} et travaille, ses salaires comptent dans le foyer."),
    ("caf", "accueil_telephonique", "appel qui coupe au bout de {{20 secondes}}. [[PERSONNE:Laetitia]] : « ça arrive tout le temps, après ils rappellent et ils refont 20 min d'attente »"),
    ("caf", "accueil_telephonique", "Un monsieur appelle de {{Muret}}, il a perdu son numéro allocataire. Vérif d'identité : [[PERSONNE:Lucas Teulière]], né le [[DATE_NAISSANCE:9 novembre 1978]], numéro de sécu [[NIR:1 78 11 31 555 318 33]]. [[PERSONNE:Laetitia]] le retrouve : [[N_ALLOCATAIRE:1658204]]. Il le répète chiffre par chiffre pour l'écrire."),
    ("caf", "accueil_telephonique", "Une femme demande où envoyer ses justificatifs. [[PERSONNE:Laetitia]] : uniquement par l'espace {{Mon Compte}} sur {{caf.fr}}, pas par mail. La dame insiste et dicte quand même son adresse « [[EMAIL:sabrina.lopez81 arobase hotmail point fr]] » pour qu'on lui envoie un lien. [[PERSONNE:Laetitia]] ne peut pas, elle réexplique gentiment."),
    ("caf", "accueil_telephonique", "Appel en espagnol, [[PERSONNE:Laetitia]] se débrouille avec quelques mots. Le monsieur, [[PERSONNE:José Antonio Fernández]], arrive de {{Valence}} avec sa femme et {{2 petits}}, ils logent chez un cousin à {{Perpignan}}. Elle lui conseille de prendre rdv à l'accueil de {{Perpignan}} avec quelqu'un qui parle espagnol."),
    ("caf", "accueil_telephonique", "Changement de RIB par téléphone : pas possible, ça passe par le compte en ligne. Mme [[PERSONNE:Cécile Azéma]] commence quand même à lire son IBAN « [[IBAN:FR76 1310 6005 0030 0123 4567 892]] » avant que [[PERSONNE:Laetitia]] l'arrête 😬. Elle lui explique la démarche sur {{caf.fr}}, pas à pas."),
    ("caf", "accueil_telephonique", "{{15h30}}, {{42 appels}} en attente sur la plateforme. Le chef d'équipe passe derrière nous : « on tient ». Pas une pause depuis {{14h}}."),
    ("caf", "accueil_telephonique", "Appel d'une assistante sociale du {{CCAS}} de {{Blagnac}} ([[PERSONNE:Marion]]) pour une famille sans ressources depuis {{2 mois}} : M. [[PERSONNE:Traoré]], alloc [[N_ALLOCATAIRE:4410982]]. [[PERSONNE:Laetitia]] voit que le dossier est bloqué pour un certificat de scolarité manquant. Elle trace l'appel dans le dossier."),
    ("caf", "accueil_telephonique", "[[PERSONNE:Youssef]], l'autre conseiller, me montre son compteur : {{27 appels}} traités depuis le début de la vacation. « le record c'est {{61}}, un lundi de rentrée »"),
    ("caf", "controle_sur_place", "Mardi matin, contrôle sur place avec [[PERSONNE:Jérôme Cazals]], contrôleur assermenté de la {{Caf}} du {{Tarn-et-Garonne}}. Départ de {{Montauban}} à {{8h45}} dans la voiture de service. Il m'explique que c'est pas « pour piéger », souvent ça sert à débloquer un dossier."),
    ("caf", "controle_sur_place", "1ère visite : Mme [[PERSONNE:Amina Rahmani]], [[ADRESSE:14 rue des Mimosas, 82000 Montauban]]. Déclarée isolée avec {{2 enfants}}. [[PERSONNE:Jérôme]] demande à voir les chambres, le courrier, les factures. Sur le frigo un dessin signé « [[PERSONNE:Yanis]] {{6 ans}} ». Tout est cohérent, {{35 min}}."),
    ("caf", "controle_sur_place", "Devant la maison une voiture garée, plaque [[IMMATRICULATION:FK-238-TR]]. [[PERSONNE:Jérôme]] la note : « si c'est celle d'un conjoint, ça se verra sur la carte grise ». La dame dit que c'est celle de son frère [[PERSONNE:Nassim]], qui l'emmène faire les courses le mardi."),
    ("caf", "controle_sur_place", "Trajet vers {{Castelsarrasin}} ({{25 min}}). [[PERSONNE:Jérôme]] fait {{4 à 5 contrôles}} par jour, parfois un seul quand c'est au fond du {{Quercy}}. Il connaît toutes les routes."),
    ("caf", "controle_sur_place", "2e visite : M. [[PERSONNE:Gabriel Sarrail]], {{58 ans}}, [[ADRESSE:lieu-dit Le Bosc, 82100 Castelsarrasin]]. Vit seul dans la maison de ses parents, {{AAH}}. Il a fait du café et étalé tous ses papiers sur la toile cirée. Relevé avec l'IBAN [[IBAN:FR76 1250 6200 5656 1004 1289 756]] : [[PERSONNE:Jérôme]] vérifie que c'est bien le compte où arrive l'{{AAH}}. RAS."),
    ("caf", "controle_sur_place", "Les contrôleurs ont une tablette avec le questionnaire, chaque réponse cochée part dans le rapport le soir même. La plupart des contrôles finissent « sans incidence » d'après lui."),
    ("cpam", "accueil_physique", "Mardi aprem, {{Cpam}} de l'{{Hérault}}, accueil de {{Montpellier}} {{Antigone}}. Borne à l'entrée, ticket {{B037}}, {{11 personnes}} avant moi. Agents : [[PERSONNE:Manon]] et [[PERSONNE:Sébastien]] aux guichets, [[PERSONNE:Houria]] au point numérique."),
    ("cpam", "accueil_physique", "M. [[PERSONNE:Oumar Ndiaye]] vient pour sa {{carte Vitale}} jamais reçue. [[PERSONNE:Manon]] tape son numéro de sécu [[NIR:188049934102738]] (né au {{Sénégal}} en [[DATE_NAISSANCE:avril 88]]). Commande bloquée : photo refusée, fond pas uni. Elle lui conseille le photomaton de la {{gare Saint-Roch}}, celui qui envoie la photo direct."),
    ("cpam", "accueil_physique", "Une dame âgée ne sait pas se servir d'{{Ameli}}, son fils lui a créé le compte mais elle a pas le mot de passe. [[PERSONNE:Houria]] l'aide à le réinitialiser, le mail du compte c'est [[EMAIL:gerard.fabre34@orange.fr]] (celui du fils, [[PERSONNE:Gérard]]). Elle note le nouveau mot de passe sur un post-it 🙈"),
    ("cpam", "accueil_physique", "Question qui revient : la {{complémentaire santé solidaire}} ({{C2S}}). {{3 demandes}} en {{1 heure}}. [[PERSONNE:Sébastien]] : « depuis que c'est quasi automatique pour les gens au {{RSA}}, ça va mieux »"),
    ("cpam", "accueil_physique", "Un couple ukrainien, M. et Mme [[PERSONNE:Kovalenko]], avec leur fille [[PERSONNE:Daryna]] qui traduit. Ils ont une {{APS}}, n° [[IDENTIFIANT:3402198765]], et veulent ouvrir leurs droits à la {{PUMa}}. [[PERSONNE:Manon]] fait la demande d'immatriculation provisoire, ça prend {{20 min}}."),
    ("cpam", "accueil_physique", "Le point numérique a {{2 ordis}} et une imprimante en panne depuis {{vendredi}}. Affichette scotchée : « IMPRIMANTE HS MERCI DE VOTRE COMPRÉHENSION »."),
]

BATCH_2 = [
    ("cpam", "accueil_physique", "[[PERSONNE:Sébastien]] reçoit Mme [[PERSONNE:Yasmina Haddad]] pour un changement de RIB, elle a fermé son compte à la {{Banque Postale}}. Il scanne le nouveau RIB, IBAN [[IBAN:FR76 3000 4028 3700 0107 4521 268]], vérifie le nom du titulaire. « sous {{48h}} c'est pris en compte »."),
    ("cpam", "accueil_physique", "un ado de {{16 ans}} tout seul, il veut sa propre carte vitale. [[PERSONNE:Manon]] lui dit qu'à 16 ans c'est possible et lui fait remplir le formulaire. Il s'appelle [[PERSONNE:Enzo]], il est venu en tram depuis {{Lattes}}. Très fier."),
    ("cpam", "accueil_physique", "M. [[PERSONNE:Thierry Combes]] n'a pas touché ses indemnités journalières depuis {{6 semaines}}. Son employeur ({{Carrefour Market}} de {{Castelnau-le-Lez}}) n'aurait pas envoyé l'attestation de salaire. [[PERSONNE:Sébastien]] vérifie : rien reçu. Il lui écrit sur un papier ce qu'il doit demander aux RH."),
    ("cpam", "accueil_physique", "{{11h15}} la salle est pleine, {{22 personnes}} assises + des gens debout. Un petit pleure depuis {{10 minutes}}. Les agents lèvent pas la tête, ils enchaînent."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Lina Bouzid]], enceinte, vient déclarer sa grossesse, le médecin l'a pas fait en ligne. [[PERSONNE:Manon]] lit le formulaire papier : NIR [[NIR:2 91 03 34 172 054 27]], née le [[DATE_NAISSANCE:17/03/1991]] à {{Montpellier}}, début de grossesse en {{août}}. Conjoint : [[PERSONNE:Rayan Bouzid]]. Elle repart avec le guide maternité sous le bras."),
    ("cpam", "accueil_physique", "Un monsieur âgé vient avec une feuille de soins papier de son kiné. [[PERSONNE:Houria]] : « vous pouvez l'envoyer par la poste monsieur, c'est {{Cpam}} de l'{{Hérault}}, {{34928 Montpellier Cedex 9}}, sans timbre c'est bon aussi ». Il l'écrit au dos de sa feuille."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Chantal Garrigues]] comprend pas pourquoi sa mutuelle rembourse plus rien. [[PERSONNE:Sébastien]] voit que la télétransmission ({{Noémie}}) est coupée : elle a changé de mutuelle en {{janvier}}, {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:HM04572219]]. Il refait le lien, compter {{15 jours}}."),
    ("cpam", "accueil_physique", "Deux sœurs, [[PERSONNE:Mélissa]] et [[PERSONNE:Inès Amrani]], viennent pour leur mère hospitalisée à {{Lapeyronie}}, elles ont une procuration. [[PERSONNE:Manon]] explique le forfait hospitalier ({{20 €}} par jour) et la {{C2S}}. Elle note le tel de la mère pour un rappel : [[TELEPHONE:04 67 58 21 09]]."),
    ("cpam", "accueil_telephonique", "Mercredi matin, plateforme {{3646}} de la {{Cpam}} du {{Gard}} à {{Nîmes}}. {{18 conseillers}} sur le plateau. Je suis à côté d'[[PERSONNE:Amandine]], {{12 ans}} de maison. Premier appel à {{8h31}}."),
    ("cpam", "accueil_telephonique", "Appel : une dame veut savoir où en est le remboursement de ses lunettes. [[PERSONNE:Amandine]] demande le numéro de sécu, la dame le lit : [[NIR:2 73 12 30 189 466 45]]. Mme [[PERSONNE:Véronique Estève]], née le [[DATE_NAISSANCE:4 décembre 1973]]. Remboursement {{100 % santé}} fait depuis {{10 jours}}, c'est la mutuelle qui traîne."),
    ("cpam", "accueil_telephonique", "« allo ? allo ? » la personne parle à quelqu'un d'autre chez elle pendant {{1 min}}, [[PERSONNE:Amandine]] attend en souriant. Elle me dit que c'est tous les jours"),
    ("cpam", "accueil_telephonique", "Un monsieur de {{Bagnols-sur-Cèze}} veut une attestation de droits. Elle est sur {{Ameli}} mais il a pas internet. [[PERSONNE:Amandine]] vérifie l'adresse avec lui, [[ADRESSE:8 impasse des Cigales, 30200 Bagnols-sur-Cèze]], et lance l'envoi papier. M. [[PERSONNE:Rémi Chabert]], très poli, remercie {{3 fois}}."),
    ("cpam", "accueil_telephonique", "Appel de la {{Pharmacie du Marché}} à {{Alès}} : la carte vitale d'un patient, M. [[PERSONNE:Hakan Yilmaz]], ne passe pas. [[PERSONNE:Amandine]] voit une fin de droits au {{31/12}}, le titre de séjour n'avait pas été mis à jour. La pharmacienne lui passe le monsieur qui lit le n° du nouveau titre : [[IDENTIFIANT:3002467813]]. Mise à jour faite en direct."),
    ("cpam", "accueil_telephonique", "Au mur un écran avec la {{DMT}} (durée moyenne de traitement) : {{4 min 50}}, affichée en vert. Ambiance studieuse, on entend que des « bonjour, {{Assurance Maladie}}, je vous écoute »."),
    ("cpam", "accueil_telephonique", "Une jeune femme appelle en pleurs, son bébé a {{39,5}} de fièvre, elle veut savoir si c'est remboursé d'aller aux urgences. [[PERSONNE:Amandine]] la renvoie d'abord vers le {{15}} : « l'administratif on verra après madame »."),
    ("cpam", "accueil_telephonique", "Un monsieur au travail veut être rappelé. [[PERSONNE:Philippe]], l'autre conseiller, prend le numéro : [[TELEPHONE:06 19 42 77 08]], créneau {{12h-14h}}. C'est M. [[PERSONNE:Alain Soulier]], dossier invalidité en cours."),
    ("cpam", "accueil_telephonique", "appel en occitan ?? non juste un accent très fort des {{Cévennes}}, [[PERSONNE:Philippe]] rigole avec le monsieur. Sujet : changer de médecin traitant, le Dr [[PERSONNE:Bérard]] part à la retraite et personne le remplace au village."),
    ("cpam", "accueil_telephonique", "Mme [[PERSONNE:Nguyen Thi Lan]] appelle pour sa fille étudiante à {{Montpellier}} qui a pas de carte vitale. [[PERSONNE:Philippe]] : c'est la fille qui doit appeler ou créer son compte {{Ameli}}, « elle est majeure madame ». La fille s'appelle [[PERSONNE:Mai]], {{19 ans}}."),
    ("cpam", "accueil_telephonique", "Une dame voudrait recevoir le formulaire sur son mail perso, elle l'épelle lettre par lettre : [[EMAIL:m.ruiz.nimes@free.fr]]. [[PERSONNE:Amandine]] explique que tout passe par la messagerie du compte {{Ameli}}, elle lui dépose le document là. Mme [[PERSONNE:Ruiz]] râle un peu mais ok."),
    ("cpam", "accueil_telephonique", "pause {{10h30}}. [[PERSONNE:Amandine]] : « le plus dur c'est pas les gens énervés, c'est ceux qui pleurent et où on peut rien faire »"),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Bernard Calmels]], maçon, appelle pour ses IJ en maladie professionnelle (épaule). Il donne son numéro : [[NIR:159011220204159]]. Né à {{Rodez}} en [[DATE_NAISSANCE:janvier 59]], il a travaillé dans le {{Gard}} toute sa vie. [[PERSONNE:Philippe]] voit que le dossier attend l'avis du médecin conseil."),
    ("cpam", "accueil_telephonique", "Infirmière de l'{{EHPAD Les Oliviers}} à {{Uzès}} : une résidente, Mme [[PERSONNE:Odette Vignal]], a perdu sa carte vitale. [[PERSONNE:Amandine]] commande une nouvelle carte, envoi à l'{{EHPAD}}. Durée {{3 min}}."),
    ("cpam", "accueil_telephonique", "{{11h50}} le bandeau passe au rouge, {{35 appels}} en file. Message d'attente « en raison d'un nombre important d'appels... ». D'après le tableau certains raccrochent au bout de {{15 min}}."),
    ("cpam", "accueil_telephonique", "Un monsieur frontalier, travaille à {{Figueres}} et vit à {{Perpignan}}. [[PERSONNE:Philippe]] : formulaire {{S1}}, c'est avec la caisse espagnole qu'il faut voir d'abord. M. [[PERSONNE:Jordi Casals]] soupire, « ça fait 3 fois qu'on me renvoie »."),
    ("cpam", "controle_sur_place", "Jeudi, contrôle des arrêts de travail avec [[PERSONNE:Olivier Puech]], agent assermenté de la {{Cpam}} à {{Béziers}}. {{6 adresses}} sur la liste du jour. Heures de sortie autorisées {{9h-11h}} et {{14h-16h}}, donc il passe en dehors."),
    ("cpam", "controle_sur_place", "1er passage : [[ADRESSE:12 rue Solférino, 34500 Béziers]], M. [[PERSONNE:Kévin Lacombe]]. Il ouvre en pyjama, lombalgie. [[PERSONNE:Olivier]] vérifie l'identité (carte d'identité n° [[IDENTIFIANT:X4RT9KP27]]) et coche « présent ». {{3 minutes}}."),
    ("cpam", "controle_sur_place", "2e : personne. [[PERSONNE:Olivier]] sonne {{2 fois}}, laisse un avis de passage. Sur la boîte aux lettres : « [[PERSONNE:Benali]] - [[PERSONNE:Moreau]] ». Il note l'heure, {{10h12}}. La personne aura {{48h}} pour se justifier."),
    ("cpam", "controle_sur_place", "Dans la voiture il m'explique que la plupart du temps les gens sont là. Les absences c'est souvent un rdv médical ou la pharmacie. « je suis pas un flic hein »."),
    ("cpam", "controle_sur_place", "3e : Mme [[PERSONNE:Sandrine Bonnafous]], [[ADRESSE:résidence Les Tamaris, bât C, apt 14, 34500 Béziers]], arrêt pour dépression. Elle est là, elle nous propose un verre d'eau. [[PERSONNE:Olivier]] reste très doux, {{5 min}}, il lui souhaite bon courage."),
    ("cpam", "controle_sur_place", "À {{Sérignan}} : M. [[PERSONNE:Fabien Roques]] absent, mais sa voiture est devant ([[IMMATRICULATION:GB-417-MX]]). Un voisin dit qu'il est « parti à la pêche ». [[PERSONNE:Olivier]] note juste « absent », le voisin c'est pas une preuve."),
    ("cpam", "controle_sur_place", "Contrôle de résidence (pas un arrêt) : Mme [[PERSONNE:Paulette Sabatier]], [[ADRESSE:3 place de la Fontaine, Puisserguier]], {{C2S}}. On vérifie qu'elle vit bien en {{France}} plus de {{6 mois}} par an. Elle sort ses factures {{EDF}} (réf client [[IDENTIFIANT:1002874339]]) et son carnet de santé."),
    ("cpam", "controle_sur_place", "Retour au bureau {{12h40}}. [[PERSONNE:Olivier]] saisit ses {{6 rapports}} : {{4 présents}}, {{1 absent}}, {{1 déménagé}}. Pour lui c'est une matinée normale."),
]

BATCH_3 = [
    ("ccas", "accueil_physique", "accueil du {{CCAS}} de {{Nîmes}}, {{8h30}}. [[PERSONNE:Farida]] est à l'accueil depuis {{19 ans}}, elle connaît la moitié des gens par leur prénom. Premier monsieur : « bonjour [[PERSONNE:Farida]] ça va ma belle »"),
    ("ccas", "accueil_physique", "M. [[PERSONNE:Dragoș Stan]] vient chercher son courrier, il est domicilié au {{CCAS}}. [[PERSONNE:Farida]] sort le casier : {{2 lettres}}, dont une de la {{Caf}}. Il l'ouvre devant elle et lui demande de lire, il lit mal le français."),
    ("ccas", "accueil_physique", "Première domiciliation : Mme [[PERSONNE:Samia Khelifi]], {{34 ans}}, séparée, dort chez des amis à {{Pissevin}}. [[PERSONNE:Jean-Marc]] remplit le Cerfa {{15548}}, demande une pièce d'identité : titre de séjour n° [[IDENTIFIANT:1302115478]]. L'attestation sera prête {{lundi}}."),
    ("ccas", "accueil_physique", "Salle d'attente : affiches du {{plan canicule}}, du {{Secours populaire}}, des {{Restos du Cœur}}, un flyer pour l'atelier budget du jeudi. Une plante verte qui a soif."),
    ("ccas", "accueil_physique", "Mme [[PERSONNE:Josiane Delpech]], {{67 ans}}, facture {{EDF}} de {{386 €}} impayée, coupure annoncée. [[PERSONNE:Jean-Marc]] appelle EDF devant elle, donne la réf client [[IDENTIFIANT:3004 587 221]] et obtient un délai. Dossier {{FSL}} énergie monté dans la foulée."),
    ("ccas", "accueil_physique", "Inscription à l'épicerie sociale, famille [[PERSONNE:Ouali]] : {{5 personnes}}, reste à vivre calculé à {{4,20 €}} par jour et par personne. [[PERSONNE:Farida]] fait le calcul à la main d'abord, puis sur le logiciel. Accès accordé pour {{3 mois}}."),
    ("ccas", "accueil_physique", "[[PERSONNE:Jean-Marc]] instruit une demande de {{RSA}} pour M. [[PERSONNE:Matthieu Grégoire]], {{41 ans}}, fin de droits {{ARE}}. Le monsieur a un ancien numéro allocataire : [[N_ALLOCATAIRE:5520318]]. Le logiciel le retrouve, on met l'adresse à jour : [[ADRESSE:45 avenue Jean-Jaurès, 30900 Nîmes]]. Il est déjà inscrit à {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:6650291M]], ça évite une étape."),
    ("ccas", "accueil_physique", "Une dame demande les horaires de la {{piscine Nemausa}}. Le {{CCAS}} c'est un peu la mairie pour les gens, on répond à tout. Réponse donnée avec le sourire."),
    ("ccas", "accueil_physique", "Tarification solidaire du bus {{Tango}} : M. [[PERSONNE:Ibrahima Camara]] fait la demande. [[PERSONNE:Farida]] prend son tel, [[TELEPHONE:07 51 33 82 46]], et une photo. Avec son quotient la carte lui coûte {{10 €}} par an."),
    ("ccas", "accueil_physique", "Commission des aides demain, [[PERSONNE:Jean-Marc]] prépare {{12 dossiers}}. Il me montre celui de Mme [[PERSONNE:Zoé Marchand]] : {{150 €}} demandés pour réparer sa voiture, elle fait des ménages à {{Marguerittes}}. Sur la facture du garage la plaque [[IMMATRICULATION:DV-902-QS]]. Si c'est accordé, virement sur son compte : [[IBAN:FR7610278022000002018450347]]."),
    ("ccas", "accueil_physique", "Un monsieur âgé, M. [[PERSONNE:Marcel Bousquet]], veut s'inscrire sur le registre canicule. [[PERSONNE:Farida]] note son fixe [[TELEPHONE:04 66 21 73 05]], le portable de sa fille [[PERSONNE:Brigitte]] [[TELEPHONE:06 84 10 92 37]] et sa date de naissance, [[DATE_NAISSANCE:02/05/1938]]."),
    ("ccas", "accueil_physique", "Ce que je comprends en une matinée : le {{CCAS}} rattrape tout ce qui tombe entre les chaises. On vient pour un bon alimentaire et on repart avec un rdv {{Caf}}, une demande de {{C2S}} et le numéro de la permanence d'avocat gratuite. Aucun indicateur ne mesure ça."),
    ("ccas", "accueil_physique", "Aide à la cantine : Mme [[PERSONNE:Aïcha Mbemba]], {{2 enfants}} à l'école {{Jean-Moulin}}. [[PERSONNE:Jean-Marc]] demande son numéro allocataire pour le quotient : [[N_ALLOCATAIRE:6032714]], QF {{410}}, donc tarif à {{0,80 €}} le repas."),
    ("ccas", "accueil_physique", "Un jeune, [[PERSONNE:Théo Marin]], {{22 ans}}, vient pour l'aide au permis. [[PERSONNE:Farida]] lui donne le dossier et note son mail [[EMAIL:theo.marin30@gmail.com]] pour lui envoyer la liste des auto-écoles partenaires."),
    ("ccas", "accueil_physique", "Une dame est là « juste pour parler » : veuve depuis {{mars}}, ses enfants sont à {{Lyon}}. [[PERSONNE:Farida]] prend {{10 minutes}} avec elle et lui parle du club du {{mercredi}} à la résidence autonomie."),
    ("ccas", "accueil_physique", "Dossier d'aide sociale à l'hébergement pour M. [[PERSONNE:Raymond Pélissier]] qui entre à l'{{EHPAD Les Glycines}}. Son fils [[PERSONNE:Didier]] apporte les papiers : avis d'imposition, relevés {{Crédit Agricole}} avec l'IBAN [[IBAN:FR76 1350 6100 0074 5283 1620 039]], livret de famille. Il a l'air épuisé."),
    ("ccas", "accueil_physique", "{{11h}} pic d'affluence, {{9 personnes}} qui attendent, {{2 agents}}."),
    ("ccas", "accueil_physique", "Mme [[PERSONNE:Fatima Zahra El Amrani]] cherche une aide pour la caution d'un appart. [[PERSONNE:Jean-Marc]] l'oriente vers le {{FSL}} et {{Action Logement}} ({{Visale}}), elle a un CDD chez {{Lidl}} donc elle y a droit."),
    ("ccas", "accueil_telephonique", "Vendredi : standard du {{CCAS}} avec [[PERSONNE:Sophie]]. Le téléphone sonne avant même qu'elle ait allumé l'ordi, {{8h29}}."),
    ("ccas", "accueil_telephonique", "Appel d'une voisine inquiète : M. [[PERSONNE:Lucien Aubert]], [[ADRESSE:6 rue Porte de France, 30000 Nîmes]], n'a pas ouvert ses volets depuis {{2 jours}}. [[PERSONNE:Sophie]] vérifie, il est sur le registre, elle appelle son fixe [[TELEPHONE:04 66 67 12 80]]... pas de réponse. Elle déclenche le passage de l'équipe."),
    ("ccas", "accueil_telephonique", "(suite) {{40 min}} plus tard : M. [[PERSONNE:Aubert]] allait bien, il était chez sa sœur à {{Beaucaire}}. [[PERSONNE:Sophie]] soulagée, elle me dit que sur 10 alertes, 9 c'est ça."),
    ("ccas", "accueil_telephonique", "Appel : « c'est ici pour les {{colis de Noël}} ? » → oui mais les inscriptions c'est en {{octobre}}. La dame raccroche avant la fin de la phrase."),
    ("ccas", "accueil_telephonique", "Un fils appelle de {{Paris}} pour sa mère, Mme [[PERSONNE:Simone Laurent]], qui mange plus correctement. [[PERSONNE:Sophie]] explique le portage de repas ({{7,90 €}} le repas) et prend son mail pour le formulaire : [[EMAIL:p.laurent.75011 (at) outlook.fr]]. Lui c'est [[PERSONNE:Pascal]]."),
    ("ccas", "accueil_telephonique", "Un bailleur, {{Habitat du Gard}}, appelle pour une locataire en dette de loyer, Mme [[PERSONNE:Karima Saïdi]], réf locataire [[IDENTIFIANT:HG-0048213]]. [[PERSONNE:Sophie]] prend le message pour la travailleuse sociale, [[PERSONNE:Céline]]."),
    ("ccas", "accueil_telephonique", "Une dame veut « parler au maire ». [[PERSONNE:Sophie]] : « je vais noter votre message madame ». Clin d'œil vers moi 😄"),
    ("ccas", "accueil_telephonique", "M. [[PERSONNE:Serge Fontanel]] rappelle pour la {{4e fois}} cette semaine pour son aide ménagère. Son numéro s'affiche, [[TELEPHONE:06 27 58 91 14]], [[PERSONNE:Sophie]] le reconnaît avant de décrocher. Le dossier est au {{Département}}, elle peut rien accélérer."),
    ("ccas", "accueil_telephonique", "Une dame demande un rdv pour l'{{APA}} de son mari, [[PERSONNE:Joseph Ferrandez]], né en [[DATE_NAISSANCE:1936]]. [[PERSONNE:Sophie]] lui donne {{mardi 14h}} avec [[PERSONNE:Céline]], visite au domicile : [[ADRESSE:21 chemin du Mas de Cheylon, 30900 Nîmes]]."),
    ("ccas", "accueil_telephonique", "{{12h}}, [[PERSONNE:Sophie]] bascule le standard sur répondeur. {{47 appels}} ce matin d'après le compteur. Elle a mal à l'oreille."),
    ("ccas", "controle_sur_place", "Vendredi aprem : visite à domicile avec [[PERSONNE:Céline Roux]], travailleuse sociale du {{CCAS}}. Elle dit « évaluation », pas contrôle. On y va à pied, c'est dans l'{{Écusson}}."),
    ("ccas", "controle_sur_place", "Chez Mme [[PERSONNE:Germaine Vidal]], {{89 ans}}, [[ADRESSE:4 rue de l'Aspic, 30000 Nîmes]], 2e étage sans ascenseur. Elle ne sort plus. Frigo presque vide, {{3 yaourts}}. [[PERSONNE:Céline]] propose le portage de repas et une aide à domicile : oui pour les repas, non pour « une étrangère dans ma cuisine »."),
    ("ccas", "controle_sur_place", "Elle a un chat, {{Pompon}}, qui nous suit partout. Mme [[PERSONNE:Vidal]] lui parle plus qu'à nous 🐈"),
    ("ccas", "controle_sur_place", "Dans le salon, photos de famille, un calendrier de {{La Poste}} de {{2019}}. Elle nous montre son fils [[PERSONNE:Jean-Pierre]], à {{Marseille}}, qui appelle le dimanche. [[PERSONNE:Céline]] recopie son numéro dans son carnet : [[TELEPHONE:06 12 88 40 71]]."),
    ("ccas", "controle_sur_place", "2e visite à {{Valdegour}} : famille [[PERSONNE:Diarra]], {{4 enfants}}, appartement très humide, moisissures dans la chambre des petits. [[PERSONNE:Céline]] prend des photos pour le signalement. Adresse : [[ADRESSE:bât. Les Tilleuls, esc. 3, 8 allée de l'Aubépine, 30900 Nîmes]]."),
    ("ccas", "controle_sur_place", "Le père, M. [[PERSONNE:Seydou Diarra]], montre le courrier du bailleur qui parle d'un « défaut d'aération imputable aux occupants ». [[PERSONNE:Céline]] soupire. Elle va écrire au service hygiène de la ville."),
    ("ccas", "controle_sur_place", "Retour à pied. {{2 visites}} en {{2h30}} avec le trajet. Elle suit {{63 situations}} en ce moment. Je lui demande comment elle tient, elle rit."),
    ("ccas", "controle_sur_place", "Le compte rendu sera saisi lundi. Pour Mme [[PERSONNE:Vidal]] elle demande le portage de repas en urgence, délai normal {{10 jours}}."),
]

BATCH_4 = [
    ("urgences", "accueil_physique", "Samedi {{9h}}, urgences adultes de {{Purpan}}. Je suis à l'accueil administratif avec [[PERSONNE:Mickaël]], à côté de l'IOA, [[PERSONNE:Claire]]. Salle d'attente : {{26 patients}}, attente annoncée {{4h}} pour les non urgents."),
    ("urgences", "accueil_physique", "Jeune homme, entorse au foot hier soir. [[PERSONNE:Mickaël]] : carte vitale ? non. Carte d'identité ? oui. [[PERSONNE:Hugo Barthe]], né le [[DATE_NAISSANCE:03/06/2001]], [[ADRESSE:18 rue des Fleurs, 31770 Colomiers]]. Dossier créé, IPP [[IDENTIFIANT:310045872]], bracelet imprimé. {{2 min 30}}."),
    ("urgences", "accueil_physique", "Dame âgée amenée par les pompiers ({{SDIS 31}}), chute à domicile. Elle donne son nom : « [[PERSONNE:Marty]], [[PERSONNE:M-A-R-T-Y]], [[PERSONNE:Yvette]] ». [[PERSONNE:Mickaël]] retrouve un ancien séjour, elle est connue. Personne à prévenir : sa nièce, [[TELEPHONE:06 45 12 09 83]]."),
    ("urgences", "accueil_physique", "Écran au-dessus du comptoir : « Temps d'attente estimé : {{3h45}} ». Sur l'affiche à côté quelqu'un a écrit au stylo MERCI LES SOIGNANTS ❤️"),
    ("urgences", "accueil_physique", "[[PERSONNE:Claire]] (IOA) trie : douleur thoracique → box direct, pas d'attente. Le monsieur, M. [[PERSONNE:Antonio Pereira]], {{62 ans}}, passe devant {{20 personnes}} et personne ne râle."),
    ("urgences", "accueil_physique", "Une maman avec un bébé de {{8 mois}} qui vomit, mauvaise porte : la pédiatrie c'est à l'{{hôpital des Enfants}}. [[PERSONNE:Mickaël]] explique le chemin, {{5 min}} à pied. La maman, [[PERSONNE:Jessica]], part en courant avec la poussette."),
    ("urgences", "accueil_physique", "M. [[PERSONNE:Christophe Lafforgue]], coupure à la main (bricolage). Il tend sa carte vitale et sa carte mutuelle {{MGEN}} n° [[IDENTIFIANT:187046512]]. [[PERSONNE:Mickaël]] lit le NIR à voix haute pour vérifier : « [[NIR:1 76 03 46 042 215 56]], c'est bien vous ? » « oui, né à {{Cahors}} ». OK."),
    ("urgences", "accueil_physique", "Les patients sans rien sur eux : dossier créé avec ce qu'ils disent. Un monsieur connaît pas sa date exacte, il dit « [[DATE_NAISSANCE:1er janvier 1990]], comme tout le monde chez nous ». [[PERSONNE:Mickaël]] saisit ça. Il s'appelle [[PERSONNE:Abdoulaye Sow]]."),
    ("urgences", "accueil_physique", "{{10h20}}, {{3 ambulances}} en même temps. Les brancards s'alignent dans le couloir, l'agent de sécurité fait reculer les accompagnants. Bruit, sonneries, une dame qui crie « j'ai mal » en boucle. Personne lui répond tout de suite, pas par méchanceté, il y a juste personne de libre. Par-dessus, au micro : « le propriétaire du véhicule [[IMMATRICULATION:FN-190-KE]] est prié de libérer l'aire des ambulances »."),
    ("urgences", "accueil_physique", "Accident sur la rocade : M. [[PERSONNE:Julien Carrère]] arrive avec le {{SMUR}}. Son frère [[PERSONNE:Damien]] débarque {{30 min}} après et veut donner la plaque de la voiture pour l'assurance, [[IMMATRICULATION:EQ-551-LP]]. [[PERSONNE:Mickaël]] lui dit gentiment que c'est pas l'hôpital qui gère ça."),
    ("urgences", "accueil_physique", "Une étudiante {{Erasmus}}, [[PERSONNE:Giulia Rossi]], douleur au ventre. [[PERSONNE:Mickaël]] scanne sa carte européenne et lui rend. Elle donne son portable italien pour la joindre, [[TELEPHONE:+39 347 812 5530]]. Elle parle super bien français."),
    ("urgences", "accueil_physique", "[[PERSONNE:Claire]] me dit qu'elle fait {{60 à 80 tris}} par garde. Elle a une grille ({{FRENCH}}), « mais le feeling ça compte »."),
    ("urgences", "accueil_physique", "Un habitué, que tout le monde appelle « [[PERSONNE:Jeannot]] ». Il vient presque tous les samedis, il dort dehors vers {{Matabiau}}. [[PERSONNE:Claire]] lui donne un café et un sandwich avant même de le trier."),
    ("urgences", "accueil_physique", "Je lis l'écran de [[PERSONNE:Mickaël]] : « [[PERSONNE:BENHAMOU Sarah]] — DDN [[DATE_NAISSANCE:1994-11-27]] — motif : céphalées — tri {{3}} ». Nom en majuscules avant le prénom, comme dans tous les logiciels."),
    ("urgences", "accueil_physique", "Une dame cherche son mari arrivé en ambulance il y a {{2h}}. [[PERSONNE:Mickaël]] trouve : M. [[PERSONNE:Gérard Pons]], {{box 12}}. Elle peut pas y aller pour l'instant. Il note son numéro pour que le médecin la rappelle : [[TELEPHONE:05 61 49 27 33]]."),
    ("urgences", "accueil_physique", "Un jeune sans domicile, [[PERSONNE:Kevin]], {{20 ans}}, donne comme adresse « le 115 ». [[PERSONNE:Mickaël]] met celle du {{CCAS}} de {{Toulouse}} où il est domicilié. Pas de carte vitale mais il connaît son numéro de sécu par cœur : [[NIR:1 04 12 31 555 610 85]]."),
    ("urgences", "accueil_physique", "Fin de matinée, [[PERSONNE:Samir]] le brancardier m'emmène voir la zone couchée. {{18 box}}, tous pleins, {{6 patients}} sur des brancards dans le couloir en attente d'un lit. Certains depuis la veille."),
    ("urgences", "accueil_physique", "Un papy refuse de donner son nom à l'accueil, « je veux voir un docteur, pas remplir des papiers ». Il finit par tendre sa carte vitale. {{10 minutes}} de diplomatie."),
    ("urgences", "accueil_physique", "Une interne, Dr [[PERSONNE:Léna Ferrer]], vient chercher un patient : « Monsieur [[PERSONNE:Ortiz]] ? ». Trois têtes se lèvent. C'était le bon du premier coup."),
    ("urgences", "accueil_physique", "Pour les étrangers sans couverture, [[PERSONNE:Mickaël]] remplit une fiche pour l'assistante sociale de la {{PASS}}. Aujourd'hui M. [[PERSONNE:Mohammad Rahimi]], afghan, arrivé il y a {{3 semaines}}, récépissé de demande d'asile n° [[IDENTIFIANT:3103456789]]."),
    ("urgences", "accueil_physique", "Une patiente veut son compte rendu par mail, « je suis infirmière libérale, j'en ai besoin pour mon arrêt ». [[PERSONNE:Mickaël]] : ça passe par le portail patient. Elle laisse quand même son mail sur la fiche, [[EMAIL:celia.bonnet@laposte.net]]. Mme [[PERSONNE:Célia Bonnet]], {{Saint-Cyprien}}."),
    ("urgences", "accueil_physique", "{{12h30}}, relève. {{41 dossiers}} créés depuis {{8h}}. La salle d'attente a pas désempli."),
    ("urgences", "accueil_telephonique", "Dimanche matin au téléphone des urgences avec [[PERSONNE:Valérie]], secrétaire. Elle prend les appels des familles, des médecins, parfois de la police. Règle : aucune info médicale au téléphone."),
    ("urgences", "accueil_telephonique", "« Bonjour, je cherche ma mère, [[PERSONNE:Hélène Garcia]], née le [[DATE_NAISSANCE:12 août 1947]], on m'a dit qu'elle était chez vous ». [[PERSONNE:Valérie]] vérifie : oui, en {{UHCD}}. Elle dit juste qu'elle est là et que le médecin rappellera."),
    ("urgences", "accueil_telephonique", "Un {{EHPAD}} de {{Tournefeuille}} annonce le transfert d'une résidente, Mme [[PERSONNE:Suzanne Dupuy]], dossier de liaison envoyé par messagerie sécurisée. [[PERSONNE:Valérie]] note le numéro de l'infirmière de nuit : [[TELEPHONE:05 62 13 44 90]]."),
    ("urgences", "accueil_telephonique", "Un monsieur appelle pour savoir si une piqûre de guêpe « c'est grave ». Réponse : pas de conseil médical au téléphone, appelez le {{15}}. Il insiste {{3 fois}}, puis raccroche."),
    ("urgences", "accueil_telephonique", "Le commissariat appelle pour savoir si M. [[PERSONNE:Yassine Cherif]] est toujours hospitalisé, ils ont une réquisition. [[PERSONNE:Valérie]] demande la réquisition écrite avant de répondre quoi que ce soit."),
    ("urgences", "accueil_telephonique", "Un fils appelle d'{{Espagne}}, son père, [[PERSONNE:Manuel Gimenez]], aurait été amené cette nuit. [[PERSONNE:Valérie]] lui demande la date de naissance du père : [[DATE_NAISSANCE:21/09/1949]]. Ça correspond, il est au {{box 4}}. Elle transfère à l'infirmière."),
    ("urgences", "accueil_telephonique", "Un médecin de ville, le Dr [[PERSONNE:Kessler]], annonce un patient qu'il envoie, M. [[PERSONNE:Paul Andrieu]], suspicion d'appendicite. Son portable pour le rappel : [[TELEPHONE:06.72.18.35.04]]. [[PERSONNE:Valérie]] prévient l'IOA."),
    ("urgences", "accueil_telephonique", "Une dame appelle pour la carte bleue oubliée par son fils hier soir. [[PERSONNE:Valérie]] va voir aux objets trouvés : elle y est, au nom de [[PERSONNE:T. MAUREL]]. « Il peut passer la chercher avec sa pièce d'identité »."),
    ("urgences", "accueil_telephonique", "Entre {{9h}} et {{11h}} : {{23 appels}}, dont {{9 familles}}, {{4 médecins}}, {{3 EHPAD}}, le reste divers (objets perdus, parking, horaires de visite)."),
    ("urgences", "accueil_telephonique", "M. [[PERSONNE:Nicolas Fabre]], sorti hier, n'a pas eu son arrêt de travail. [[PERSONNE:Valérie]] retrouve son dossier avec l'IPP [[IDENTIFIANT:310392741]] : arrêt fait mais jamais imprimé. Elle l'envoie à l'adresse mail du dossier, [[EMAIL:nico.fabre31@sfr.fr]]."),
]

BATCH_5 = [
    ("france_travail", "accueil_physique", "agence {{France Travail}} d'{{Albi}}, {{13h30}}. Accueil en flux : une borne, {{2 conseillers}} debout ([[PERSONNE:Aurélie]] et [[PERSONNE:Nordine]]), {{6 postes}} en libre-service."),
    ("france_travail", "accueil_physique", "Mme [[PERSONNE:Clémence Galinier]] vient s'inscrire, licenciement éco d'une imprimerie de {{Carmaux}}. [[PERSONNE:Aurélie]] l'aide sur le poste, inscription en ligne, {{25 min}}. À la fin l'écran affiche son identifiant : [[ID_FRANCE_TRAVAIL:4127653K]]. Elle le prend en photo avec son tel."),
    ("france_travail", "accueil_physique", "Un monsieur demande pourquoi il a été radié : absence à un rdv le {{3}}. [[PERSONNE:Nordine]] regarde avec son identifiant ([[ID_FRANCE_TRAVAIL:3986124 B]]) : la convocation est partie dans son espace perso, qu'il ouvre jamais. M. [[PERSONNE:Loïc Teyssier]] : « j'ai pas d'ordinateur moi ». Recours possible, il l'aide à l'écrire."),
    ("france_travail", "accueil_physique", "Sur le panneau : cariste {{CACES}}, aide-soignant en {{EHPAD}}, serveur saisonnier à {{Cordes-sur-Ciel}}, agent de production chez {{Pierre Fabre}}, maçon VRD. Beaucoup de {{CDD}}."),
    ("france_travail", "accueil_physique", "Changement de RIB pour l'{{ARE}} : M. [[PERSONNE:Adrien Maffre]] a ouvert un compte en ligne. [[PERSONNE:Nordine]] lui montre où le modifier dans son espace, le monsieur lit son IBAN à voix haute en le tapant, [[IBAN:FR76 4061 8802 1100 0401 2398 712]]. Validé, prise en compte au prochain paiement."),
    ("france_travail", "accueil_physique", "Une jeune femme, [[PERSONNE:Océane Rigal]], {{23 ans}}, cherche un contrat d'apprentissage en coiffure. [[PERSONNE:Aurélie]] lui montre {{La bonne alternance}} et prend son mail pour lui envoyer des offres : [[EMAIL:oceane.rigal81@gmail.com]]."),
    ("france_travail", "accueil_physique", "Atelier CV dans la salle d'à côté, {{8 participants}}. Le CV modèle projeté au mur est au nom de « [[PERSONNE:Julie Martin]] », assistante commerciale. L'animatrice insiste : pas de photo obligatoire, pas de date de naissance."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Rachid Ait Ahmed]], {{52 ans}}, chauffeur poids lourd, doit refaire sa {{FCO}}. [[PERSONNE:Nordine]] regarde son dossier, identifiant [[ID_FRANCE_TRAVAIL:2204518W]] : il a {{1 800 €}} sur son {{CPF}}. Ça peut passer."),
    ("france_travail", "accueil_physique", "{{14h40}} : {{9 personnes}} dans l'espace, la moitié sur les ordis, l'autre moitié attend un conseiller. Une imprimante qui marche (!)"),
    ("france_travail", "accueil_physique", "Aide à la mobilité : Mme [[PERSONNE:Sonia Benyahia]] a trouvé un CDD à {{Gaillac}}, {{25 km}}. Pour l'aide aux frais de déplacement il faut la carte grise : véhicule [[IMMATRICULATION:CW-163-ZN]], à son nom. [[PERSONNE:Aurélie]] fait la demande en ligne avec elle."),
    ("france_travail", "accueil_physique", "Un monsieur vient pour une attestation employeur manquante. [[PERSONNE:Nordine]] le retrouve par nom et date de naissance : [[PERSONNE:Patrick Granier]], [[DATE_NAISSANCE:19/07/1968]], identifiant [[ID_FRANCE_TRAVAIL:1876530J]]. Il manque celle de {{Leclerc}}, il lui dit de la réclamer par écrit."),
    ("france_travail", "accueil_physique", "Une conseillère me dit que depuis {{janvier}}, avec la loi plein emploi, tous les allocataires du {{RSA}} sont inscrits automatiquement. « On voit arriver des gens qui savent même pas pourquoi ils sont là »."),
    ("france_travail", "accueil_physique", "Une dame de {{63 ans}} comprend pas le courrier « inscription {{France Travail}} » alors qu'elle attend sa retraite. [[PERSONNE:Aurélie]] lui explique. Mme [[PERSONNE:Rosa Martins]] a fait des ménages à {{Albi}} pendant {{30 ans}}, une partie pas déclarée, et ça se paie maintenant."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Ahmad Al Hassan]], syrien, ingénieur en génie civil, cherche une équivalence de diplôme. [[PERSONNE:Nordine]] l'oriente vers {{ENIC-NARIC}} et note le numéro de son titre de séjour pour le dossier : [[IDENTIFIANT:8102357946]]."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Kevin Lopez]], {{27 ans}}, change de numéro, l'ancien est coupé. Nouveau : [[TELEPHONE:07 83 42 16 59]]. [[PERSONNE:Aurélie]] le modifie, il vérifie {{2 fois}} sur l'écran."),
    ("france_travail", "accueil_physique", "Un boulanger de {{Lescure-d'Albigeois}} vient déposer une offre en direct, vendeuse {{35h}}. Il pose son papier sur le comptoir, un conseiller la saisit devant lui."),
    ("france_travail", "accueil_physique", "Entretien de suivi, j'ai le droit d'assister. M. [[PERSONNE:Yanis Boukhari]], {{31 ans}}, {{18 mois}} sans emploi, ancien cuisinier. Conseiller : [[PERSONNE:Stéphane Vidal]]. Il parle de son projet de food truck, [[PERSONNE:Stéphane]] propose une prestation création d'entreprise avec la {{BGE}}. Le monsieur ose pas dire qu'il a pas le permis. Au bout de {{20 min}} il le dit. [[PERSONNE:Stéphane]] bronche pas, il note « permis B » dans les freins. Identifiant sur le dossier : [[ID_FRANCE_TRAVAIL:4561209 R]]."),
    ("france_travail", "accueil_physique", "Un auto-entrepreneur paysagiste, M. [[PERSONNE:Florian Sicard]], cumule {{ARE}} et micro-entreprise. [[PERSONNE:Stéphane]] vérifie ses déclarations : SIRET perso [[IDENTIFIANT:912 458 338 00015]], chiffre d'affaires déclaré chaque mois sur l'{{Urssaf}}. Paiements sur son compte {{Qonto}}, [[IBAN:FR76 1695 8000 0149 6182 5493 720]]."),
    ("france_travail", "accueil_physique", "Une jeune maman, [[PERSONNE:Manon Costes]], cherche une garde pour reprendre un emploi. [[PERSONNE:Aurélie]] lui parle de l'{{AGEPI}} et lui montre {{monenfant.fr}}."),
    ("france_travail", "accueil_physique", "Fermeture {{16h30}}. Il reste {{2 personnes}} sur les ordis, on les laisse finir."),
    ("france_travail", "accueil_telephonique", "Plateforme {{3949}}, {{France Travail}} à {{Tarbes}}. [[PERSONNE:Julie]] a un écran avec la file et un autre avec le dossier. Chaque appel commence par « votre identifiant s'il vous plaît »."),
    ("france_travail", "accueil_telephonique", "1er appel : « [[ID_FRANCE_TRAVAIL:5012384N]] ». M. [[PERSONNE:Jean-Luc Dufau]], de {{Lourdes}}, veut savoir pourquoi son paiement est plus bas ce mois-ci. [[PERSONNE:Julie]] : {{3 jours}} de différé à cause des congés payés de l'ancien employeur. Il grogne mais comprend."),
    ("france_travail", "accueil_telephonique", "Une dame donne son identifiant en toutes lettres : « [[ID_FRANCE_TRAVAIL:trois six un deux zéro neuf huit, P]] ». [[PERSONNE:Julie]] tape en même temps. Mme [[PERSONNE:Nathalie Abadie]], actualisation ratée, elle était en arrêt maladie le jour J."),
    ("france_travail", "accueil_telephonique", "{{9h45}} : {{17 appels}} en attente. Objectif de décroché affiché : {{85 %}}. On est à {{71 %}}."),
    ("france_travail", "accueil_telephonique", "Un employeur, la {{Boulangerie Fourcade}} à {{Bagnères-de-Bigorre}}, veut savoir si une candidate est bien inscrite pour un contrat aidé. [[PERSONNE:Julie]] ne peut rien dire sans l'accord de la personne et donne le numéro du service entreprises. La patronne, Mme [[PERSONNE:Fourcade]], insiste un peu puis lâche."),
    ("france_travail", "accueil_telephonique", "Un père appelle pour son fils [[PERSONNE:Maxime]], {{19 ans}}, qui « fait rien de ses journées ». [[PERSONNE:Julie]] explique que c'est au fils de s'inscrire et parle de la {{Mission locale}} de {{Tarbes}}. Le père laisse son numéro quand même : [[TELEPHONE:05 62 34 78 12]]."),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Hélène Cazaux]] arrive pas à se connecter, mot de passe bloqué. [[PERSONNE:Marc]] vérifie le mail du dossier, [[EMAIL:helene.cazaux65@wanadoo.fr]], c'est une vieille adresse qu'elle utilise plus. Il la remplace par [[EMAIL:h.cazaux@laposte.net]]."),
    ("france_travail", "accueil_telephonique", "Appel très long ({{22 min}}) : M. [[PERSONNE:Mustafa Demir]], identifiant [[ID_FRANCE_TRAVAIL:2745116F]], trop-perçu de {{2 340 €}}, il a déclaré ses heures en retard. [[PERSONNE:Marc]] propose un échéancier à {{60 €}} par mois. Le monsieur répète « je suis pas un voleur ». [[PERSONNE:Marc]] : « personne a dit ça monsieur »."),
    ("france_travail", "accueil_telephonique", "On me montre les motifs d'appel à cocher : actualisation, paiement, radiation, rdv, formation, autre. Ici {{80 %}} c'est paiement."),
    ("france_travail", "accueil_telephonique", "Une dame a perdu son identifiant. Vérif : [[PERSONNE:Lucie Mercadier]], née le [[DATE_NAISSANCE:14 février 1994]] à {{Foix}}, numéro de sécu [[NIR:294020912208172]]. [[PERSONNE:Julie]] retrouve le dossier et lui redonne l'identifiant, [[ID_FRANCE_TRAVAIL:6209451L]]."),
    ("france_travail", "accueil_telephonique", "Une dame raccroche en disant « de toute façon vous servez à rien ». Silence de {{2 secondes}}. Appel suivant."),
    ("france_travail", "accueil_telephonique", "Un jeune, [[PERSONNE:Bilal]], demande l'aide au permis. [[PERSONNE:Julie]] déroule les conditions, {{18 ans}}, inscrit depuis {{6 mois}}, un projet pro... il a tout. Rdv en agence à {{Tarbes}} {{jeudi 10h}}."),
    ("france_travail", "accueil_telephonique", "Changement d'adresse : M. [[PERSONNE:Laurent Capdevielle]], identifiant [[ID_FRANCE_TRAVAIL:4098732 T]], nouvelle adresse [[ADRESSE:7 rue du Pradeau, 65100 Lourdes]]. [[PERSONNE:Marc]] modifie et prévient que l'agence de rattachement va changer."),
    ("france_travail", "accueil_telephonique", "Un saisonnier de {{La Mongie}}, M. [[PERSONNE:Tiago Ferreira]], fin de contrat dimanche. [[PERSONNE:Julie]] : s'inscrire dès lundi avec l'attestation employeur. Il demande si ses {{4 mois}} suffisent pour le chômage : non, il en faut {{6}}."),
    ("france_travail", "accueil_telephonique", "{{11h15}} panne du logiciel, {{4 minutes}} sans dossier. Les conseillers s'excusent : « mon écran a planté, vous pouvez patienter ? »."),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Rokia Konaté]] appelle pour confirmer son rdv de demain avec sa conseillère, Mme [[PERSONNE:Lagarde]]. [[PERSONNE:Julie]] confirme, {{9h30}}, agence de {{Tarbes}}."),
    ("france_travail", "accueil_telephonique", "Un monsieur veut faire supprimer son dossier, « je suis à la retraite depuis hier ! ». [[PERSONNE:Marc]] explique la cessation d'inscription, il donne son identifiant [[ID_FRANCE_TRAVAIL:1133847 D]] et sa date de naissance, [[DATE_NAISSANCE:5 octobre 1962]]. M. [[PERSONNE:Gilbert Lacoste]]. Félicitations de [[PERSONNE:Marc]] 🎉"),
    ("france_travail", "accueil_telephonique", "Fin de vacation, [[PERSONNE:Julie]] a pris {{38 appels}}. Elle préfère le téléphone à l'accueil, « au moins les gens me voient pas quand c'est dur »."),
]

BATCH_6 = [
    ("chrs", "accueil_physique", "Mercredi {{9h}}, {{CHRS Saint-Vincent}} à {{Perpignan}}. À l'accueil [[PERSONNE:Mathilde]], travailleuse sociale, et [[PERSONNE:Thierry]], éducateur. {{42 places}}, toutes occupées. Le veilleur de nuit, [[PERSONNE:Ahmed]], fait ses transmissions avant de partir."),
    ("chrs", "accueil_physique", "Cahier de transmissions de la nuit : « {{ch. 8}} : M. [[PERSONNE:Castillo]] rentré à {{1h}}, alcoolisé, calme. {{ch. 14}} : Mme [[PERSONNE:Diop]] demande rdv infirmière. RAS sinon. » signé [[PERSONNE:Ahmed]]"),
    ("chrs", "accueil_physique", "Entrée ce matin, orientée par le {{SIAO}} : Mme [[PERSONNE:Nadia Benkirane]] et son fils [[PERSONNE:Adam]], {{7 ans}}. Référence SIAO [[IDENTIFIANT:SIAO66-24-01873]]. [[PERSONNE:Mathilde]] fait l'état des lieux de la chambre avec elle, lui donne les clés et le règlement."),
    ("chrs", "accueil_physique", "Même entrée : [[PERSONNE:Mathilde]] demande les papiers. Mme [[PERSONNE:Benkirane]] a tout dans un sac {{Lidl}} : passeport marocain n° [[IDENTIFIANT:WK4827153]], attestation {{Caf}} avec son n° allocataire [[N_ALLOCATAIRE:7204518]], carnet de santé du petit."),
    ("chrs", "accueil_physique", "Petit-déj servi jusqu'à {{9h30}}. Café, pain, confiture, des yaourts donnés par la {{Banque alimentaire}}. Une quinzaine de personnes, très peu parlent."),
    ("chrs", "accueil_physique", "[[PERSONNE:Thierry]] accompagne M. [[PERSONNE:Stéphane Roig]], {{48 ans}}, pour ouvrir un compte. Droit au compte via la {{Banque de France}}, à la {{Banque Postale}}. Nouvel IBAN : [[IBAN:FR02 2004 1010 1611 8200 4L02 769]]. Ils l'envoient direct à la {{Caf}} pour le {{RSA}}."),
    ("chrs", "accueil_physique", "M. [[PERSONNE:Castillo]] passe au bureau pour son rdv {{France Travail}}. [[PERSONNE:Thierry]] retrouve son identifiant sur un vieux courrier tout froissé : [[ID_FRANCE_TRAVAIL:7315802 H]]. Rdv {{jeudi 14h}}, [[PERSONNE:Thierry]] l'accompagnera."),
    ("chrs", "accueil_physique", "Une dame vient sans rdv « voir s'il y a de la place ». [[PERSONNE:Mathilde]] lui explique que tout passe par le {{115}} et le {{SIAO}}. La dame : « j'ai appelé {{10 fois}}, ça sonne dans le vide ». [[PERSONNE:Mathilde]] lui sert un café et fait le signalement au SIAO elle-même."),
    ("chrs", "accueil_physique", "Demande de {{C2S}} pour un résident, M. [[PERSONNE:Florin Dobre]], né le [[DATE_NAISSANCE:11/10/1984]] en {{Roumanie}}. [[PERSONNE:Mathilde]] recopie son NIR sur le formulaire : [[NIR:1 84 10 99 114 036 50]]. Il travaille au noir dans les vignes, ils en parlent franchement."),
    ("chrs", "accueil_physique", "Réunion d'équipe {{10h30}} : {{3 sorties}} prévues cette semaine (logements {{Office 66}}), une exclusion discutée pour violence, une situation de santé mentale qui inquiète tout le monde. On m'a demandé de pas noter les noms, je les note pas."),
    ("chrs", "accueil_physique", "M. [[PERSONNE:Jean-Claude Mas]], {{61 ans}}, sorti de prison la semaine dernière, aucun papier sauf le billet de sortie. [[PERSONNE:Thierry]] fait la demande de carte d'identité, rdv en mairie pris sur internet. Il faut une adresse : domiciliation au {{CHRS}}."),
    ("chrs", "accueil_physique", "[[PERSONNE:Mathilde]] aide une jeune femme, [[PERSONNE:Laura Sánchez]], {{24 ans}}, à créer une adresse mail pour ses démarches : [[EMAIL:laurasanchez66.perpi@gmail.com]]. Elle note le mot de passe dans son carnet avec son numéro [[TELEPHONE:07 69 12 50 83]], « au cas où je perds encore le téléphone »."),
    ("chrs", "accueil_physique", "Du bureau, appel au {{3230}} pour M. [[PERSONNE:Alexandre Pujol]], {{RSA}} suspendu. [[PERSONNE:Thierry]] donne le n° alloc [[N_ALLOCATAIRE:0623891]]. La {{Caf}} attendait un justificatif de domicile, le CHRS l'envoie le jour même."),
    ("chrs", "accueil_physique", "Midi, repas en commun, lentilles-saucisses. Un résident fait la vaisselle sans qu'on lui demande, il dit que ça l'occupe."),
    ("chrs", "accueil_physique", "Dans la cour un résident bricole sa vieille {{Clio}} immatriculée [[IMMATRICULATION:4127 TX 66]]. M. [[PERSONNE:Kader Zerrouki]] dormait dedans avant, {{6 mois}} sur le parking d'{{Auchan}} {{Porte d'Espagne}}. Il veut la garder « au cas où »."),
    ("chrs", "accueil_physique", "[[PERSONNE:Mathilde]] me montre le tableau des {{42 résidents}}, durée moyenne de séjour {{11 mois}}. « Le problème c'est pas d'entrer, c'est de sortir : y a pas de logements »."),
    ("chrs", "accueil_telephonique", "Jeudi soir ({{17h-21h}}), {{115}} des {{Pyrénées-Orientales}}. Deux écoutants, [[PERSONNE:Rachid]] et [[PERSONNE:Océane]]. Tableau des places : {{3 places}} hommes, aucune pour les femmes seules, {{1 chambre}} famille à l'hôtel."),
    ("chrs", "accueil_telephonique", "Appel : M. [[PERSONNE:Grégory Vial]], dort dans sa voiture à {{Canet-en-Roussillon}} depuis {{3 semaines}}, un {{Berlingo}} [[IMMATRICULATION:DR-552-PL]]. [[PERSONNE:Rachid]] note tout : date de naissance [[DATE_NAISSANCE:07/01/1979]], tel [[TELEPHONE:06 31 77 20 48]]. Place proposée ce soir au foyer, il refuse, il veut pas laisser la voiture."),
    ("chrs", "accueil_telephonique", "Mme [[PERSONNE:Oksana Melnyk]] appelle avec ses {{2 enfants}} qui pleurent derrière, expulsée ce matin. [[PERSONNE:Océane]] lui donne la chambre famille : {{hôtel Ibis Budget}}, {{chambre 12}}, {{3 nuits}}. Elle répète le nom de l'hôtel {{2 fois}}, lentement."),
    ("chrs", "accueil_telephonique", "De {{17h}} à {{19h}} : {{31 appels}}, {{12 demandes}} d'hébergement, {{2 places}} attribuées. Pour les autres : « rappelez demain à partir de {{9h}} »."),
    ("chrs", "accueil_telephonique", "Un habitué, « [[PERSONNE:Tonton]] », appelle juste pour dire bonsoir. [[PERSONNE:Rachid]] lui parle {{5 min}}, lui demande s'il a mangé. Il dort sous un pont de la {{Basse}}."),
    ("chrs", "accueil_telephonique", "L'assistante sociale de l'hôpital {{Saint-Jean}} appelle : M. [[PERSONNE:Moussa Coulibaly]] sort demain, pas de solution. [[PERSONNE:Océane]] prend ses infos, né le [[DATE_NAISSANCE:2 mars 1991]], dossier {{SIAO}} déjà ouvert, réf [[IDENTIFIANT:SI-66-008741]], et l'inscrit sur la liste d'attente."),
    ("chrs", "accueil_telephonique", "Une jeune femme chuchote, elle appelle depuis les toilettes d'un bar. Violences conjugales. [[PERSONNE:Océane]] reste très calme, lui donne le {{3919}}, lui demande si elle est en sécurité ce soir. Pour la rappeler elle donne son numéro : [[TELEPHONE:07 45 98 63 10]]. Prénom : [[PERSONNE:Sarah]]."),
    ("chrs", "accueil_telephonique", "La police municipale de {{Perpignan}} : un homme âgé désorienté devant la gare. Ils lisent sa carte d'identité : [[PERSONNE:Henri Soler]], né le [[DATE_NAISSANCE:30 juin 1944]]. [[PERSONNE:Rachid]] : c'est les urgences d'abord, pas le 115."),
    ("chrs", "accueil_telephonique", "Les écoutants ont une fiche par appelant dans le logiciel {{SI-SIAO}}. Quand ça plante ils notent sur papier. Ce soir ça a planté {{1 fois}}."),
    ("chrs", "accueil_telephonique", "M. [[PERSONNE:Vasile Popescu]] rappelle pour la {{3e fois}} de la soirée, il parle peu français. [[PERSONNE:Rachid]] passe par l'interprétariat téléphonique en roumain, {{8 min}} d'attente. Pas de place, il dormira à la gare."),
    ("chrs", "accueil_telephonique", "Une famille au camping : M. [[PERSONNE:Mehdi Larbi]], sa femme et {{3 enfants}} dans un mobil-home, [[ADRESSE:camping Les Pins, emplacement 47, Argelès-sur-Mer]]. Le camping ferme le {{30 septembre}}, ils seront dehors. [[PERSONNE:Océane]] fait la fiche SIAO. Tel : [[TELEPHONE:06 22 49 18 75]]."),
    ("chrs", "accueil_telephonique", "{{20h40}} ça se calme. On mange un bout de pizza froide devant l'écran."),
    ("chrs", "accueil_telephonique", "Un monsieur signale quelqu'un qui dort devant chez lui, [[ADRESSE:12 avenue du Maréchal Joffre, Perpignan]]. [[PERSONNE:Rachid]] transmet à la maraude du {{Samu social}}. Le monsieur laisse son nom, [[PERSONNE:Bernard Py]], au cas où."),
    ("chrs", "accueil_telephonique", "Fin de soirée. [[PERSONNE:Rachid]] : « le {{115}}, c'est le seul numéro où on dit non {{90 %}} du temps ». Il fait ça depuis {{8 ans}}."),
    ("chrs", "controle_sur_place", "Vendredi matin, visites en diffus avec [[PERSONNE:Thierry]] : le {{CHRS}} loue {{12 appartements}} en ville pour des familles. Il passe voir comment ça va, l'état du logement, les compteurs."),
    ("chrs", "controle_sur_place", "Appart de Mme [[PERSONNE:Aminata Keita]], [[ADRESSE:9 rue Fontfroide, 66000 Perpignan]], 3e étage. Propre, les enfants à l'école. Elle a trouvé {{20h}} par semaine à la cantine de {{Cabestany}}. [[PERSONNE:Thierry]] relève le compteur {{EDF}} : {{4 512 kWh}}."),
    ("chrs", "controle_sur_place", "Elle montre son contrat et sa fiche de paie. [[PERSONNE:Thierry]] : il faut prévenir la {{Caf}}, n° alloc [[N_ALLOCATAIRE:8841076]], pour la {{prime d'activité}}. Ils le font ensemble sur son téléphone, {{15 min}}, et vérifient au passage le RIB enregistré, [[IBAN:FR47 2004 1010 1605 1234 5K03 143]] : c'est bien le sien."),
    ("chrs", "controle_sur_place", "2e appart, famille [[PERSONNE:Reyes]], quartier {{Saint-Jacques}}, pour une fuite signalée. Le plombier de l'agence ({{Plomberie Vilarrasa}}) arrive en même temps. Le fils, [[PERSONNE:Manolo]], fait l'intermédiaire avec son père. [[PERSONNE:Thierry]] reste jusqu'à ce que ce soit réparé."),
    ("chrs", "controle_sur_place", "Entre deux apparts : {{12 minutes}} pour trouver une place. Se garer dans le centre de {{Perpignan}}, l'enfer."),
    ("chrs", "controle_sur_place", "Passage à l'aire d'accueil pour une famille suivie : Mme [[PERSONNE:Dolores Gimenez]], [[ADRESSE:aire d'accueil du Mas Llaro, place 9]]. Caravane et camion [[IMMATRICULATION:BX-084-RF]]. Elle veut déposer une demande de logement social, [[PERSONNE:Thierry]] prend rdv pour la semaine prochaine."),
    ("chrs", "controle_sur_place", "Dernière visite : M. [[PERSONNE:Patrice Oliveres]], en bail glissant depuis {{8 mois}}. Tout va bien, il signera le bail à son nom le mois prochain avec {{Office 66}}. Son adresse officielle sera donc [[ADRESSE:22 rue Llucia, 66000 Perpignan]]. Il nous offre un café, il est fier."),
    ("chrs", "controle_sur_place", "Retour au CHRS {{12h15}}. {{4 visites}}, une fuite, un dossier logement à monter. Saisie des comptes rendus dans le dossier usager, {{20 min}}."),
]

BATCH_7 = [
    ("caf", "accueil_physique", "{{Caf}} de l'{{Aude}} à {{Carcassonne}}, accueil sur rendez-vous l'après-midi. [[PERSONNE:Sandrine]] a {{8 rdv}} de {{20 min}}. Les gens ont été rappelés la veille pour confirmer."),
    ("caf", "accueil_physique", "Rdv 1 : Mme [[PERSONNE:Émilie Barrau]], séparation, veut devenir allocataire seule. [[PERSONNE:Sandrine]] ouvre le dossier [[N_ALLOCATAIRE:2357718]] : l'ex-conjoint, M. [[PERSONNE:Cédric Barrau]], est toujours l'allocataire. Déclaration de séparation + nouveau RIB à son nom à elle, [[IBAN:FR76 1313 5000 8004 0876 5231 149]]. Bouclé en {{20 min}}."),
    ("caf", "accueil_physique", "Rdv 2 : M. [[PERSONNE:Mohamed Ouazzani]], {{AAH}} + {{APL}}, dossier [[N_ALLOCATAIRE:3368150]]. Il veut savoir combien il touchera s'il travaille en {{ESAT}}. [[PERSONNE:Sandrine]] fait la simulation sur {{caf.fr}} avec lui, c'est plus rassurant que ce qu'il croyait."),
    ("caf", "accueil_physique", "Un rdv pas venu, {{20 min}} de trou. L'agente en profite pour traiter des pièces en retard."),
    ("caf", "accueil_physique", "Rdv 3 : jeune couple, premier bébé attendu. Mme [[PERSONNE:Camille Roussel]], née le [[DATE_NAISSANCE:24/07/1996]] à {{Albi}}, NIR [[NIR:2 96 07 81 004 133 46]], et M. [[PERSONNE:Anthony Nguyen]]. Ils créent le dossier ensemble, numéro allocataire attribué en direct : [[N_ALLOCATAIRE:4079325]]."),
    ("caf", "accueil_physique", "Rdv 4 : Mme [[PERSONNE:Ghislaine Bertrand]], {{58 ans}}, au {{RSA}}, inscrite d'office à {{France Travail}}. Elle comprend pas l'histoire des {{15 heures}} d'activité. [[PERSONNE:Sandrine]] appelle sa conseillère devant elle et donne l'identifiant, [[ID_FRANCE_TRAVAIL:8820476 C]]. Rdv fixé {{mardi}}."),
    ("caf", "accueil_physique", "Rdv 5 : M. [[PERSONNE:Sofiane Meziane]] veut que la Caf utilise son nouveau mail, [[EMAIL:sofiane.meziane@outlook.fr]], et son nouveau portable, [[TELEPHONE:06 58 03 21 97]]. [[PERSONNE:Sandrine]] lui fait confirmer le code reçu par SMS, ok."),
    ("caf", "accueil_physique", "Ce qui marche ici : le rdv. Les gens arrivent avec les bons papiers, l'agente a préparé le dossier avant. Rien à voir avec le flux de {{Toulouse}} lundi matin."),
    ("caf", "accueil_physique", "Rdv 6 : Mme [[PERSONNE:Carmen Vidal-Ortega]], grand-mère, a la garde de ses {{2 petits-enfants}} par jugement du juge des enfants de {{Carcassonne}}, RG [[IDENTIFIANT:24/00318]]. Elle demande l'{{ASF}}. Jamais été allocataire : [[PERSONNE:Sandrine]] crée le dossier, NIR [[NIR:2 67 08 11 069 058 43]], née en [[DATE_NAISSANCE:août 1967]] à {{Carcassonne}}."),
    ("caf", "accueil_physique", "Rdv 7 : M. [[PERSONNE:Alexis Fournier]], étudiant à l'IUT, déclare sa coloc [[ADRESSE:5 rue de Verdun, 11000 Carcassonne]]. Mail [[EMAIL:alexis.fournier@etudiant.univ-perp.fr]], RIB [[IBAN:FR76 3000 4006 3100 0102 2098 795]]. [[PERSONNE:Sandrine]] lui explique que chaque colocataire fait sa propre demande d'{{APL}}."),
    ("caf", "accueil_telephonique", "2e après-midi sur la plateforme, avec un autre conseiller cette fois. Il a une technique : il reformule toujours le problème avec ses mots avant de répondre. Les gens se calment tout de suite."),
    ("caf", "accueil_telephonique", "Mme [[PERSONNE:Agnès Ricard]] : son {{APL}} est suspendue, elle a {{2 mois}} de retard de loyer. [[PERSONNE:Youssef]] : c'est le bailleur qui a signalé l'impayé, il faut un plan d'apurement. N° allocataire [[N_ALLOCATAIRE:5917042]], il trace tout dans le dossier."),
    ("caf", "accueil_telephonique", "Un monsieur veut juste les horaires de l'accueil de {{Toulouse}}. {{40 secondes}}. « Les meilleurs appels », dit mon voisin."),
    ("caf", "accueil_telephonique", "Une dame a pas reçu son paiement du {{5}}. [[PERSONNE:Youssef]] vérifie, n° alloc [[N_ALLOCATAIRE:2046631]] : versé sur l'ancien compte, [[IBAN:FR76 3000 3041 5500 0504 3779 126]], clôturé. Le virement va revenir, compter {{10 jours}}. Mme [[PERSONNE:Faustine Moulis]] pleure, le frigo est vide. [[PERSONNE:Youssef]] lui donne le numéro du {{CCAS}} de sa commune."),
    ("caf", "accueil_telephonique", "Un jeune papa déclare la naissance de sa fille. [[PERSONNE:Youssef]] vérifie son identité : M. [[PERSONNE:Dylan Sarda]], n° de sécu [[NIR:199058212137419]], né à {{Montauban}} en [[DATE_NAISSANCE:mai 1999]]. La petite s'appelle [[PERSONNE:Jade]], née le [[DATE_NAISSANCE:3 avril]]. [[PERSONNE:Youssef]] le félicite, le papa rigole nerveusement."),
    ("caf", "accueil_telephonique", "{{16h55}}, dernier appel : un monsieur veut être sûr que son nouveau RIB est enregistré. [[PERSONNE:Youssef]] lui relit l'IBAN du dossier, « [[IBAN:FR76 1780 7000 6132 1198 7440 084]] », le monsieur compare avec son papier : c'est bon. {{17h}}, casque enlevé, {{34 appels}} pour lui."),
    ("caf", "controle_sur_place", "2e matinée de contrôle, avec [[PERSONNE:Fatoumata Sissoko]], contrôleuse de la {{Caf}} de l'{{Ariège}}, secteur {{Pamiers}} - {{Foix}}. Elle prévient toujours par courrier {{8 jours}} avant, sauf exception."),
    ("caf", "controle_sur_place", "Chez M. [[PERSONNE:Frédéric Soula]], [[ADRESSE:3 chemin de la Fount, 09100 Pamiers]]. Contrôle {{RSA}}. Identité vérifiée sur l'{{attestation Vitale}}, NIR [[NIR:1 70 02 2A 004 089 01]] (né à {{Ajaccio}}, « mon père était gendarme »). Il déclare zéro revenu mais vend du bois : sur les relevés, compte [[IBAN:FR76 1310 6000 1770 0219 8364 512]], des virements de {{200 à 300 €}} tous les mois. Il reconnaît. Inscrit à {{France Travail}} sous [[ID_FRANCE_TRAVAIL:0942617 S]], plus de rdv depuis l'été."),
    ("caf", "controle_sur_place", "Devant chez lui un tracteur, un vieux {{Jumpy}} immatriculé [[IMMATRICULATION:AZ-307-HB]] et une remorque avec une plaque peinte à la main, [[IMMATRICULATION:1593 QJ 09]]. [[PERSONNE:Fatoumata]] note les deux pour le rapport."),
    ("caf", "controle_sur_place", "Sur la route de {{Foix}} elle me dit que les contrôles {{RSA}} c'est le plus dur humainement : « on arrive chez des gens qui ont rien, et on vient compter »."),
    ("caf", "controle_sur_place", "À {{Varilhes}}, Mme [[PERSONNE:Nathalie Bénazet]], n° alloc [[N_ALLOCATAIRE:1194680]], déclarée seule. Deux brosses à dents, des chaussures d'homme. Elle dit que c'est son fils [[PERSONNE:Quentin]], {{20 ans}}, qui vit là la semaine. [[PERSONNE:Fatoumata]] demande un justificatif et regarde les relevés du compte [[IBAN:FR14 3000 2004 1200 0007 8214 P55]] : rien d'anormal."),
    ("caf", "controle_sur_place", "Dernière visite : Mme [[PERSONNE:Anaïs Roca]], [[ADRESSE:résidence du Castella, apt 6, 09000 Foix]], {{PAJE}} + {{APL}}. Vérif d'identité sur la carte vitale : [[NIR:2 02 09 66 136 287 05]], née à {{Perpignan}} en [[DATE_NAISSANCE:septembre 2002]]. Elle a l'air terrifiée. [[PERSONNE:Fatoumata]] : « c'est un contrôle de routine madame, tout le monde y passe ». Le bébé dort pendant tout le contrôle."),
    ("caf", "controle_sur_place", "Bilan : {{4 visites}}, deux « sans incidence », un indu probable, une pièce à fournir. Le rapport est saisi le soir même."),
    ("caf", "controle_sur_place", "Le rapport type : identité, composition du foyer, ressources, logement, observations. [[PERSONNE:Fatoumata]] écrit « Madame nous a reçus avec courtoisie » dans presque tous."),
    ("cpam", "accueil_physique", "{{Cpam}} de l'{{Aveyron}}, accueil de {{Rodez}}, {{9h}}. Calme comparé à {{Montpellier}} : {{4 personnes}}. [[PERSONNE:Corinne]] est à l'accueil, {{27 ans}} de maison. Dehors un monsieur s'est garé sur la place handicapé, elle lit la plaque par la fenêtre, [[IMMATRICULATION:EL-664-DA]], et va le voir elle-même."),
    ("cpam", "accueil_physique", "M. [[PERSONNE:Jean Bouloc]], agriculteur à la retraite. [[PERSONNE:Corinne]] le renvoie gentiment vers la {{MSA}} : « vous êtes agricole monsieur ». Il rit, « ça fait {{40 ans}} que je me trompe de porte »."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Martine Cazes]] veut ses remboursements sur le compte joint. [[PERSONNE:Corinne]] saisit l'IBAN [[IBAN:FR76 1027 8022 1500 0612 3744 456]] et vérifie le NIR, [[NIR:2 79 05 32 013 170 20]] : née à {{Auch}}, dans le {{Gers}}, en [[DATE_NAISSANCE:mai 79]]. OK."),
    ("cpam", "accueil_physique", "Sur le comptoir un présentoir : « {{M'T dents}} », dépistage du cancer colorectal, « {{Mon soutien psy}} ». Personne se sert."),
    ("cpam", "accueil_physique", "Un jeune, [[PERSONNE:Nathan Viguier]], a besoin d'une attestation de droits pour son job d'été à {{Laguiole}}. [[PERSONNE:Corinne]] vérifie le NIR, [[NIR:1 05 08 12 202 047 95]], l'imprime et l'envoie aussi sur son mail, [[EMAIL:nathan.viguier12@icloud.com]]. {{3 min}}."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Annie Lacan]] demande le remboursement de ses trajets en voiture pour ses rayons à {{Toulouse}}, {{150 km}} aller. Il faut la carte grise : [[IMMATRICULATION:GH-728-WC]]. [[PERSONNE:Corinne]] lui explique la prescription de transport et le calcul des kilomètres."),
]

# fmt: on

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(raw):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(raw):
        before = raw[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        value = kept if kept is not None else value
        if value != value.strip():
            raise ValueError(f"value with surrounding spaces: {value!r} in {raw!r}")
        if kept is None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {raw!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        elif value not in keep:
            keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {raw!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        text, entities, keep = parse(raw)
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
    """Return (dev_ids, holdout_ids): depends only on the ids and the cells."""
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
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def stats(notes, dev, holdout):
    groups = {
        "all": notes,
        "dev": [n for n in notes if n["id"] in dev],
        "holdout": [n for n in notes if n["id"] in holdout],
    }
    cells = sorted({(n["site_kind"], n["channel"]) for n in notes})
    print("| site kind | channel | all | dev | holdout |")
    print("|---|---|---|---|---|")
    for site_kind, channel in cells:
        row = [
            sum(1 for n in group if (n["site_kind"], n["channel"]) == (site_kind, channel))
            for group in groups.values()
        ]
        print(f"| {site_kind} | {channel} | " + " | ".join(map(str, row)) + " |")
    print("| total | | " + " | ".join(str(len(g)) for g in groups.values()) + " |")
    print()
    counts = {
        name: Counter(e["label"] for n in group for e in n["entities"])
        for name, group in groups.items()
    }
    print("| label | all | dev | holdout |")
    print("|---|---|---|---|")
    for label in LABELS:
        print(f"| {label} | " + " | ".join(str(counts[g][label]) for g in groups) + " |")
    total = " | ".join(str(sum(counts[g].values())) for g in groups)
    print(f"| total | {total} |")
    print()
    print("| | all | dev | holdout |")
    print("|---|---|---|---|")
    keep = " | ".join(str(sum(len(n["keep"]) for n in g)) for g in groups.values())
    print(f"| keep entries | {keep} |")
    empty = " | ".join(str(sum(1 for n in g if not n["entities"])) for g in groups.values())
    print(f"| notes without any entity | {empty} |")


def main(argv):
    notes = build()
    dev, holdout = split(notes)
    if "--stats" in argv:
        stats(notes, dev, holdout)
        return 0
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
