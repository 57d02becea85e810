"""Author the independent20 evaluation corpus (an ordinary seminar day), stdlib only.

Each note below is typed by hand as ``(site_kind, channel, text)`` with inline marks:
``[[CODE:value]]`` for a span to mask and ``{{value}}`` for a string to keep. Running this
script strips the marks, computes the offsets (Python str indices, end exclusive), builds each
note's ``keep`` list, numbers the notes ``ind20-001``... in authoring order, splits them into
two halves stratified by (site_kind, channel) and writes ``dev.jsonl`` and ``holdout.jsonl``
next to this file. It refuses to run on a malformed note. Two runs give identical files.

Usage: python holdout_author.py
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind20"
SEED = 20_2026

CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = ("accueil_physique", "accueil_telephonique", "controle_sur_place")
MARK_RE = re.compile(r"\[\[([A-Z]+):(.*?)\]\]|\{\{(.*?)\}\}")
STRAY = ("[[", "]]", "{{", "}}")

CAF, CPAM, CCAS, URG, CHRS, FT = SITE_KINDS
AP, AT, CSP = CHANNELS

# fmt: off
NOTES = [
    # --- caf, accueil_physique (14) ---
    (CAF, AP, "{{8h25}} deja {{14 personnes}} devant la porte de la {{Caf}} de {{Rennes}}, ouverture a {{8h30}}. L'agente d'accueil [[P:Gwenaelle]] distribue les tickets, on commence au {{A012}}. Bcp de poussettes."),
    (CAF, AP, "Mme [[P:Kerbrat]] vient pr la {{prime d'activité}}, elle comprend pas pourquoi {{0 €}} ce mois ci. [[P:Gwenaelle]] regarde : declaration trimestrielle pas faite. N° alloc [[ALLOC:2794613]]. Elle repart avec un rdv {{jeudi 10h}}."),
    (CAF, AP, "File calme. Beaucoup de gens viennent juste pour scanner des papiers a la {{borne}}. Personne leur explique le {{QR code}}, ils se debrouillent entre eux, une dame aide un monsieur qui aide une autre dame."),
    (CAF, AP, "{{Roubaix}}, accueil Caf. Un monsieur tend sa carte d'identité au lieu du n° allocataire. L'agent ([[P:Farid]]) retrouve le dossier avec nom + date de naissance : [[P:Boukhris Mohamed]], né le [[DN:14/02/1971]]. Dossier {{APL}} bloqué depuis {{3 mois}}, attestation de loyer manquante du bailleur {{Vilogia}}."),
    (CAF, AP, "ticket {{B047}}, attente {{52 min}} 😩"),
    (CAF, AP, "{{Montpellier}} - Mme [[P:Sanchez]] (3 enfants, seule) : {{RSA}} suspendu. Elle a reçu un courrier qu'elle n'a jamais ouvert, l'agent le lui lit à voix haute. Il manque un justificatif de ressources de son ex, M. [[P:Olivier Sanchez]]... elle ne l'a plus vu depuis {{2021}}. Agent : on va faire une attestation sur l'honneur."),
    (CAF, AP, "{{Saint-Denis}} (93). Un jeune, [[P:Moussa]], {{19 ans}}, veut ouvrir ses droits {{APL}} pour un studio à {{Aubervilliers}}. Il donne son mail à voix haute : [[MAIL:moussa.kone93@gmail.com]]. L'agente épelle [[P:K O N E]] pour vérifier."),
    (CAF, AP, "{{Strasbourg}}, {{10h40}}. Couple avec bébé, la dame parle peu français, l'agente ([[P:Céline]]) passe par {{Google Traduction}} (turc). Demande de {{PAJE}} / prime de naissance. Le papa montre son titre de séjour : n° [[ID:6701234589]]. [[P:Céline]] note tout sur un post-it 🙄"),
    (CAF, AP, "{{Saint-Denis de la Réunion}}, clim en panne, il fait {{31°}} dans la salle. Mme [[P:Payet]] vient pour l'{{AAH}} de son fils [[P:Johan]] : la {{MDPH}} a accordé mais la {{Caf}} n'a rien versé. N° allocataire [[ALLOC:0487215]]. Réponse : délai de traitement {{6 semaines}}."),
    (CAF, AP, "Agent [[P:Thomas]] m'explique : le {{lundi}} c'est toujours l'enfer, les gens ont eu le week end pour paniquer sur {{caf.fr}}"),
    (CAF, AP, "{{11h15}} une dame pleure au {{guichet 3}}. Son {{RSA}} a baissé de {{212 €}} sans explication. L'agent prend le temps, {{25 min}}. Personne derrière ne râle, c'est ça qui m'a surpris."),
    (CAF, AP, "{{Amiens}}. M. et Mme [[P:Lefebvre]] viennent changer leur RIB, ils sont passés du {{Crédit Agricole}} à la {{BNP}}. Dossier [[ALLOC:3057718]]. L'agente recopie le nouvel IBAN : [[IBAN:FR76 3000 4008 2141 5387 1186 382]] et me dit tout bas que normalement ça se fait sur l'espace perso."),
    (CAF, AP, "Je suis journaliste à {{Ouest-France}}, je découvre : une personne sur deux vient parce qu'elle n'arrive pas à se connecter. [[P:Yann]] (agent, {{22 ans}} de maison) : le numérique a rajouté du monde au guichet au lieu d'en enlever. Exemples vus en {{1h}} : une dame qui a trois comptes différents parce qu'elle a oublié deux fois son mot de passe, un jeune qui a tout fait sur son téléphone mais dont le justificatif est parti en photo floue, un couple qui ne savait pas que la déclaration trimestrielle existait, un monsieur qui vient vérifier que ce qu'il a envoyé hier est bien arrivé. Chaque fois [[P:Yann]] ouvre l'écran, montre, explique, et conclut par : la prochaine fois vous pourrez le faire de chez vous. Il m'avoue qu'il n'y croit qu'à moitié."),
    (CAF, AP, "{{Pointe-à-Pitre}}. Dame âgée, Mme [[P:Jean-Baptiste]], née le [[DN:3 août 1952]], vient pour sa fille qui touche le {{RSA}} et qui a déménagé : nouvelle adresse [[ADR:8 lotissement Bel Air, 97139 Les Abymes]]. L'agent refuse, la fille doit venir elle-même ou le faire en ligne."),
    # --- caf, accueil_telephonique (14) ---
    (CAF, AT, "Plateforme tel Caf {{Lille}}, {{3230}}. 1er appel {{8h31}} : un monsieur veut savoir quand tombe la {{prime d'activité}}. [[P:Ludovic]] (agent) : le 5. Appel de {{1 min 40}}."),
    (CAF, AT, "Appelante donne son numéro alloc à voix haute, se trompe, recommence : [[ALLOC:2 531 884]]. Mme [[P:Ricard]], {{RSA}}, veut savoir pourquoi la Caf lui réclame un trop-perçu de {{1 340 €}}. L'agent explique l'échéancier, {{50 €}} par mois."),
    (CAF, AT, "Mr [[P:Da Silva]] appelle pour la {{4e fois}} cette semaine (il le dit lui-même). Conseillère [[P:Sandrine]] reste polie. Dossier {{APL}} : le bailleur {{Toulouse Métropole Habitat}} n'a pas envoyé l'attestation."),
    (CAF, AT, "Appel de {{Metz}}. La dame ne connait pas son n° alloc, l'agente demande le n° de sécu : [[NIR:2 55 09 67 482 940 25]]. Trouvé. Mme [[P:Schmitt Marie-Thérèse]], {{70 ans}}, veut savoir si elle a droit à l'{{ALS}}. Oui, simulation faite au tel : {{187 €}}."),
    (CAF, AT, "bcp de bruit sur la ligne, il appelle d'un chantier. Le monsieur demande qu'on le rappelle apres {{14h}} au [[TEL:07 82 44 19 03]]. [[P:Karim]] (agent) : on ne rappelle pas monsieur desole. Ca m'a choquée."),
    (CAF, AT, "Tps d'attente annonce aux appelants : {{18 minutes}}. L'agente me dit que certains jours c'est {{45 minutes}}. Musique d'attente = {{Vivaldi}}, les 4 saisons en boucle 😅"),
    (CAF, AT, "Changement de coordonnées bancaires par tel impossible -> l'agent renvoie vers {{Mon Compte}} sur {{caf.fr}}. Mais la dame insiste et dicte quand même son IBAN : [[IBAN:FR76 1027 8360 1591 9856 4958 002]]. L'agent ne le note pas."),
    (CAF, AT, "{{Quimper}}. Appel d'une assistante sociale du {{CDAS}} pour une famille en difficulté, famille [[P:Le Bihan]], 4 enfants. Elle donne le n° alloc [[ALLOC:1029384]] et l'adresse [[ADR:5 impasse des Mouettes, 29000 Quimper]]. Demande d'aide exceptionnelle : ça passe en commission, délai {{15 jours}}."),
    (CAF, AT, "Agent : votre date de naissance ? - le [[DN:vingt-neuf février quatre-vingt-huit]]. L'agent rigole : vous fêtez tous les {{4 ans}} alors ! Dossier [[ALLOC:4170326]], M. [[P:Brunet]], question sur la {{prime d'activité}}."),
    (CAF, AT, "{{Calais}}. Appel en anglais d'un monsieur réfugié statutaire, demande de {{RSA}}. L'agent parle un peu anglais. Il épelle son nom : [[P:A-H-M-E-D-I]], prénom [[P:Abdullah]]. N° titre de séjour [[ID:6200815527]]."),
    (CAF, AT, "{{16h30}} ligne fermée, le serveur vocal coupe les derniers appelants."),
    (CAF, AT, "La dame ne reçoit pas le mail de réinitialisation. L'agente vérifie l'adresse au dossier : [[MAIL:nathalie.vasseur59@orange.fr]]. Elle n'utilise plus {{Orange}}, nouvelle adresse [[MAIL:n.vasseur@laposte.net]]. Mme [[P:Vasseur]] soulagée. {{12 min}} d'appel."),
    (CAF, AT, "{{Fort-de-France}}. Un papa appelle : l'{{ARS}} (allocation de rentrée) pas versée pour sa fille [[P:Maëlys]], née le [[DN:17/11/2009]]. Agent : après {{16 ans}} il faut le certificat de scolarité."),
    (CAF, AT, "{{Perpignan}}, plateforme. [[P:Laetitia]] me montre ses indicateurs : objectif {{80 appels}} par jour, durée moyenne {{6 min}}. Elle dit qu'elle en fait plutôt {{60}} parce que les gens ont besoin de parler."),
    # --- caf, controle_sur_place (12) ---
    (CAF, CSP, "Contrôle sur place avec [[P:Hervé]], contrôleur {{Caf}} depuis {{18 ans}}. Direction [[ADR:14 rue des Tanneurs, 59100 Roubaix]], M. [[P:Benali]], dossier [[ALLOC:6639021]], soupçon de vie maritale. On sonne {{3 fois}}."),
    (CAF, CSP, "Chez M. [[P:Benali]] : {{2 brosses à dents}}, des vêtements de femme, il dit que c'est sa soeur qui passe. [[P:Hervé]] note tout sans commenter. Voiture garée devant, immat belge [[IMMAT:1-HKT-452]], il vérifiera à qui elle est."),
    (CAF, CSP, "{{Brest}}, quartier {{Bellevue}}. Visite {{APL}} chez Mme [[P:Guivarc'h]], [[ADR:22 rue Anatole France, appt 31]]. Logement humide, moisissures partout. La contrôleuse ([[P:Annaïg]]) va signaler la non-décence : l'APL peut être conservée par la {{CAF}} le temps des travaux. Je savais pas."),
    (CAF, CSP, "Trajet en voiture de servcie {{40 min}} entre deux contrôles. La contrôleuse fait {{6 à 8 visites}} par jour max, et la moitié du temps les gens ne sont pas là."),
    (CAF, CSP, "{{Nancy}}, {{Haussonville}}. Mme [[P:Muller]] ouvre en robe de chambre, très méfiante. Le contrôleur montre sa carte, vérifie son identité (NIR [[NIR:2 58 11 54 395 601 09]]). Elle sort le bail : loyer {{480 €}}, mais elle sous-loue une chambre à un étudiant, [[P:Lucas]]. Contrôleur : ça change le calcul, madame."),
    (CAF, CSP, "Dans la cuisine de Mme [[P:Muller]], calendrier du {{Secours populaire}}, photos des petits-enfants. Elle nous offre un café. Le contrôle dure {{1h10}}."),
    (CAF, CSP, "Contrôle ressources à {{Toulouse}} ({{Empalot}}). M. [[P:Ortiz Ramon]], auto-entrepreneur livreur {{Uber Eats}}. Il montre ses relevés sur son tel, IBAN visible : [[IBAN:FR76 1333 5000 4030 4215 5185 095]]. Le contrôleur photographie les relevés (avec son accord)."),
    (CAF, CSP, "{{Scooter}} devant la porte : [[IMMAT:FX-108-ZB]], pour son taf. Contrôleur pose ttes les questions : combien de personnes vivent la ? enfants ? pension ? Réponses notées sur la {{tablette}}."),
    (CAF, CSP, "{{Créteil}}. Rdv à [[ADR:3 allée du Commerce, 94000 Créteil]] chez Mme [[P:Diop Awa]]. Personne. Le voisin dit qu'elle est partie au pays depuis {{2 mois}}. Contrôleur note absence. Risque suspension {{RSA}}."),
    (CAF, CSP, "{{Cayenne}}, contrôle {{RSA}}. Maison en tôle au bout d'une piste à {{Matoury}}, pas de numéro, le contrôleur se repère au {{GPS}}. Mme [[P:Pinas]] et 5 enfants. Elle montre l'acte de naissance du dernier, né le [[DN:02/06/2023]]."),
    (CAF, CSP, "Le contrôleur m'a dit un truc marquant : on est là pour vérifier, pas pour punir, souvent on trouve des droits qu'ils n'ont pas demandés. Ce matin : {{1 rappel}} de {{prime d'activité}} sur {{3 visites}}."),
    (CAF, CSP, "{{Montpellier}}, {{La Paillade}}. Le contrôleur demande le n° de dossier sur le courrier : [[ALLOC:3318027]]. M. [[P:Haddad]] a tout préparé dans une pochette {{Carrefour}}. Très digne."),
    # --- cpam, accueil_physique (14) ---
    (CPAM, AP, "{{CPAM}} de {{Lens}}, {{8h45}}. Accueil sur rdv uniquement depuis le covid. Ceux qui viennent sans rdv sont renvoyés vers la borne {{Ameli}}. Un monsieur : je sais pas lire, madame."),
    (CPAM, AP, "{{Abbeville}}. Mme [[P:Dubois]] vient pour sa {{carte Vitale}} perdue. L'agente ([[P:Sophie]]) demande le NIR : [[NIR:2 66 04 80 021 109 39]]. Nouvelle carte dans {{3 semaines}}, en attendant attestation papier."),
    (CPAM, AP, "Jeune étudiant, [[P:Théo Marchand]], né le [[DN:2003-02-11]] (lu sur l'écran), pas de complémentaire. L'agent lui parle de la {{C2S}}. Il ne savait pas que ça existait. Dossier rempli en {{15 min}}."),
    (CPAM, AP, "{{Lille}} {{Fives}}. Mme [[P:Wallart]], béquilles, arrêt de travail, {{IJ}} pas versées depuis {{5 semaines}}. L'employeur ({{Auchan}}) n'a pas envoyé l'attestation de salaire. L'agent appelle direct le service RH devant elle. 👍"),
    (CPAM, AP, "{{Nîmes}}. M. [[P:Garcia]] ({{70 ans}}) avec sa fille. Veut changer de {{médecin traitant}}, le Dr [[P:Fabre]] part à la retraite. Agent : ça se fait chez le nouveau médecin, pas ici. Ils repartent un peu déçus."),
    (CPAM, AP, "{{Béziers}}, écran de l'agent recopié :\nNom : [[P:N'DIAYE]]\nPrénom : [[P:FATOU]]\nNé(e) le : [[DN:23/06/1983]]\nNIR : [[NIR:2 83 06 34 172 546 72]]\nRégime : {{Général}}\nMédecin traitant : Dr [[P:ROUSSEL]]\nDroits ouverts jusqu'au {{31/12/2026}}"),
    (CPAM, AP, "Délai moyen pour avoir un rdv ici : {{10 jours}}. L'agent ([[P:Franck]]) : avant on recevait tout le monde, maintenant on trie au téléphone."),
    (CPAM, AP, "{{Bobigny}}. Monsieur sans papiers qui vient pour l'{{AME}}. Il a un récépissé de demande : n° [[ID:9300547812]]. Il donne son tel [[TEL:06 51 22 87 40]] pour être rappelé. L'agent [[P:Malik]] lui dit de revenir avec une preuve de présence de plus de {{3 mois}}."),
    (CPAM, AP, "{{Mulhouse}}. Mme [[P:Koenig]] demande pourquoi elle est remboursée à {{90 %}} : {{régime local Alsace-Moselle}}, l'agent explique. Elle est ravie 😊. Sa mutuelle {{Harmonie Mutuelle}}, n° adhérent [[ID:HM20418837]]."),
    (CPAM, AP, "{{11H}} : {{3 AGENTS}} SUR 5 A L'ACCUEIL (1 arret maladie + 1 formation). File jusqu'a la porte, le vigile filtre."),
    (CPAM, AP, "{{Saint-Pierre}} ({{La Réunion}}), à la {{CGSS}}. Mme [[P:Hoarau]] vient pour la {{CSS}} de toute la famille : elle, son mari [[P:Jean-Claude]], {{3 enfants}}. Elle dicte son NIR : [[NIR:2 91 10 974 11 401 39]]. L'agente connait déjà la famille."),
    (CPAM, AP, "{{Rennes}}, {{Cleunay}}. M. [[P:Le Gall]] dépose un arrêt papier, l'agente dit que le médecin aurait dû le faire en ligne. Accident du travail, déclaration employeur pas faite. Réf dossier AT : [[ID:AT-2025-0418873]]."),
    (CPAM, AP, "En tant que députée je croyais connaître... Une dame de {{82 ans}}, Mme [[P:Morvan]], est venue en car ({{1h}} de trajet depuis {{Landerneau}}) parce qu'elle ne reçoit plus ses remboursements. Cause : changement de banque, nouveau RIB jamais enregistré. L'agent saisit le RIB : [[IBAN:30003 02290 93349072861 67]]. Total bloqué : {{412,60 €}}. Elle a dit merci au moins dix fois."),
    (CPAM, AP, "{{Basse-Terre}}, pas de Cpam ici c'est la {{CGSS}}. Jeune maman, [[P:Océane Lubin]], tel [[TEL:0690 41 27 83]], vient pour l'attestation de droits de son bébé. Rattachement fait en {{5 min}}."),
    # --- cpam, accueil_telephonique (12) ---
    (CPAM, AT, "{{3646}}, plateforme d'{{Amiens}}. Premier appel : une dame qui ne comprend pas le serveur vocal. L'agent lui répète {{3 fois}} le même menu, gentiment."),
    (CPAM, AT, "Appelant : M. [[P:Dupuis]], veut son relevé d'{{IJ}} pour {{Pôle emploi}} (il dit encore Pôle emploi). L'agente : je vous l'envoie sur votre compte {{Ameli}}. Il n'a pas de compte. Envoi par courrier au [[ADR:7 rue Victor Hugo, 80000 Amiens]]."),
    (CPAM, AT, "Le monsieur dicte son numéro de sécu : [[NIR:un, soixante-deux, onze, cinquante-neuf, trois cent cinquante, cent quarante-trois, clé quatre-vingt-un]]. L'agent tape en même temps, {{2 erreurs}} de frappe, on recommence."),
    (CPAM, AT, "Dame appelle pour un remboursement de lunettes, le reste à charge c'est sa mutuelle {{MGEN}}, n° [[ID:178452336]]. Agent : pour ça il faut appeler la MGEN, nous on a payé notre part ({{0,09 €}}). Elle rit jaune."),
    (CPAM, AT, "M. [[P:Fontaine]] ne reçoit plus les mails {{Ameli}}. Adresse au dossier : [[MAIL:pfontaine62@hotmail.fr]], il a une faute dedans depuis {{2019}}. L'agente corrige."),
    (CPAM, AT, "Pic d'appels à {{9h}} : {{240 appelants}} en attente sur la région. Les agents ont un écran avec le compteur en rouge. Stress visible, personne ne parle."),
    (CPAM, AT, "{{Reims}}. Appel de la {{Pharmacie de la Place}} qui n'arrive pas à lire la {{carte Vitale}} de Mme [[P:Lambert]]. L'agent vérifie : droits fermés depuis le {{31/12}}, Mme [[P:Lambert]] n'a pas renvoyé sa déclaration de ressources."),
    (CPAM, AT, "Rappel programmé : l'agent rappelle M. [[P:Traoré Ibrahim]] au [[TEL:01 48 36 72 15]], pas de réponse, il laisse un message. On ne rappelle que {{2 fois}}, après on clôture."),
    (CPAM, AT, "Appel d'une assistante sociale de l'hôpital de {{Montauban}} pour un patient sans droits ouverts : [[P:Rachid Amrani]], né le [[DN:4 juillet 1968]]. L'agent ouvre une {{PUMa}} en urgence. Impressionnée par la rapidité : {{20 min}}."),
    (CPAM, AT, "Musique d'attente {{Ameli}} = pire que la {{Caf}} 🙃"),
    (CPAM, AT, "{{Paris}}. Changement de RIB : l'assurée dicte [[IBAN:FR76 1751 5900 0039 7196 2774 966]], la conseillère relit chiffre par chiffre, ça prend {{4 min}}. Puis : ah non en fait il faut envoyer le RIB par {{Ameli}}. 🤦"),
    (CPAM, AT, "{{Fort-de-France}} ({{CGSS}}). Appel en créole, l'agente [[P:Sylvie]] bascule naturellement. M. [[P:Rosine]], NIR [[NIR:1 85 03 972 09 838 74]], demande son attestation {{ALD}}. Elle l'envoie à [[MAIL:rosine.fdf@wanadoo.fr]]."),
    # --- cpam, controle_sur_place (14) ---
    (CPAM, CSP, "Sortie avec [[P:Nicolas]], agent assermenté de la {{CPAM}} du {{Nord}}. Contrôle d'arrêts de travail à domicile entre {{14h}} et {{16h}} (heures de présence obligatoires). Premier : M. [[P:Delattre]], [[ADR:41 rue de Lannoy, 59800 Lille]]. Présent, en survêtement, il nous montre son plâtre."),
    (CPAM, CSP, "2e visite : personne. [[P:Nicolas]] laisse un avis de passage. Il me dit qu'environ {{1 sur 3}} est absent et que ça entraîne souvent la suspension des {{IJ}}."),
    (CPAM, CSP, "Dans la voiture : discussion sur les arrêts de complaisance. Il dit qu'il en voit très peu. Surtout des gens épuisés, {{burn-out}} est le mot qui revient."),
    (CPAM, CSP, "{{Toulouse}}, {{Bagatelle}}. Visite {{PRADO}} après une sortie d'hôpital chez Mme [[P:Rouquette]], {{79 ans}}. Elle vit seule au 4e sans ascenseur, [[ADR:12 chemin du Mirail, bât B]]. La conseillère appelle le {{CCAS}} pour le portage de repas."),
    (CPAM, CSP, "Contrôle sur place dans une pharmacie de {{Sarcelles}} ({{Pharmacie du Marché}}). Vérification des facturations sur {{6 mois}}. Le titulaire, M. [[P:Benhamou]], pas ravi. On reste {{2h30}}."),
    (CPAM, CSP, "{{Vannes}}. Visite chez {{Taxis Ambulances Le Goff}} pour vérifier les véhicules agréés. Plaques relevées : [[IMMAT:EK-553-RP]], [[IMMAT:FN-019-LT]]. Le gérant, M. [[P:Le Goff]], nous montre les carnets de bord."),
    (CPAM, CSP, "{{Metz}}-{{Borny}}. Contrôle arrêt : Mme [[P:Bertrand]], présente. Son fils ouvre. Vérif identité : CNI n° [[ID:X4RT2B7K9]]. Rien à signaler. {{8 min}} sur place, {{35 min}} de route."),
    (CPAM, CSP, "[[P:Nicolas]] remplit son rapport sur une tablette, {{12 champs}} obligatoires. Il dit que le logiciel plante {{une fois sur deux}} en zone blanche."),
    (CPAM, CSP, "{{Perpignan}}. Visite d'une assurée soupçonnée de travailler pendant son arrêt (signalement anonyme, une buvette sur la plage de {{Canet}}). Mme [[P:Ferrer]], NIR [[NIR:2 94 07 31 555 265 61]], est chez elle à {{15h10}}. Bras en écharpe. Fin de l'histoire."),
    (CPAM, CSP, "{{Mamoudzou}}. Visite avec l'agent de la {{CSSM}} (sécu de Mayotte), foyer de {{9 personnes}} à {{Cavani}}. M. [[P:Attoumani]] doit prouver sa résidence : facture {{EDM}} + titre de séjour [[ID:9760123458]]. Son tel [[TEL:0639 21 44 70]]."),
    (CPAM, CSP, "{{Arras}}. Chez M. [[P:Caron]], arrêt longue durée, dépression. Il a mis {{5 min}} à ouvrir. L'agent parle doucement. Sur le frigo, post-it avec son tel perso [[TEL:06 14 92 35 08]] et celui de sa soeur [[P:Audrey]] [[TEL:06 77 03 51 62]]."),
    (CPAM, CSP, "Contrôle d'un transporteur sanitaire à {{Montpellier}} : on compare les trajets facturés et les relevés GPS. Un VSL, plaque [[IMMAT:FR-337-AW]], a facturé {{212 km}} pour un trajet de {{40 km}}. L'agente note calmement."),
    (CPAM, CSP, "{{Les Abymes}}. Visite à domicile d'une patiente diabétique inscrite au programme {{Sophia}}. Mme [[P:Ramassamy]], [[ADR:14 rue des Hibiscus, lotissement Petit-Pérou]]. Elle nous montre ses carnets de glycémie. Rdv ophtalmo dans {{8 mois}} 😳"),
    (CPAM, CSP, "Bilan de l'après-midi : {{6 visites}}, {{4 présents}}, {{1 absent}}, {{1 refus d'ouvrir}}. L'agent dit que c'est une journée normale."),
    # --- ccas, accueil_physique (12) ---
    (CCAS, AP, "{{CCAS}} de {{Roubaix}}, accueil {{9h}}. Colis alimentaires le {{mardi}}. Mme [[P:Vandenberghe]] vient pour un bon d'{{épicerie sociale}}. L'agente ([[P:Nathalie]]) : vous avez votre quotient ? Elle a sa dernière attestation Caf, n° alloc [[ALLOC:4412097]]."),
    (CCAS, AP, "Salle d'attente : {{7 personnes}}, dont 2 avec des enfants. La {{fontaine à eau}} est vide depuis ce matin, une affiche {{Restos du Coeur}} à moitié décollée. Calme."),
    (CCAS, AP, "{{Toulouse}}. Domiciliation : M. [[P:Petrescu]] vient chercher son courrier, il n'a pas d'autre adresse que celle du {{CCAS}}. L'agent vérifie son attestation d'élection de domicile n° [[ID:DOM-2024-0387]]. {{3 lettres}} pour lui, dont une de la {{Préfecture}}."),
    (CCAS, AP, "{{Saint-Brieuc}}. Dame de {{68 ans}} avec une facture {{EDF}} impayée de {{623 €}}. Réf. client EDF [[ID:5012338740]]. L'agent monte un dossier {{FSL}} énergie. Mme [[P:Ollivier]] s'excuse tout le temps d'être là."),
    (CCAS, AP, "un mr demande juste un stylo. {{30 secondes}}."),
    (CCAS, AP, "{{Metz}}. M. [[P:Weber]] vient pour la carte de transport gratuite {{LE MET'}}. Il faut le dernier avis d'imposition, il l'a sur son tel, l'agent le photographie. Né le [[DN:12.09.1950]]. Carte éditée sur place."),
    (CCAS, AP, "{{Montreuil}}. Une maman demande une aide pour la cantine de ses enfants ([[P:Inès]] et [[P:Adam]]). Tarif actuel {{4,20 €}} le repas, elle passe à {{0,80 €}} avec le quotient. Tel pour la rappeler [[TEL:07 59 83 11 26]]."),
    (CCAS, AP, "{{Béziers}}, {{14h}}. Un homme de {{50 ans}} environ, M. [[P:Roux]], s'assoit et dit : je sais pas par où commencer. Expulsion dans {{15 jours}}, dettes, plus de mutuelle. L'agente ([[P:Fabienne]]) prend une feuille et fait une liste :\n1/ {{FSL}}\n2/ rdv assistante sociale\n3/ {{CSS}}\n4/ {{Banque de France}}\nIl repart avec la liste pliée dans sa poche. {{45 min}}."),
    (CCAS, AP, "{{Le Port}} (Réunion). Une dame demande une aide pour une bouteille de gaz. L'agente la connait (bonjour tatie). Mme [[P:Grondin]], [[TEL:0692 45 18 30]]. Aide de {{30 €}} accordée, virée sur son compte [[IBAN:FR76 1910 6000 0849 4442 8647 226]]."),
    (CCAS, AP, "{{Lorient}}. Beaucoup de retraités ce matin, ils viennent s'inscrire au repas des anciens du {{12 décembre}}. Ambiance détendue, on rigole, un monsieur, M. [[P:Le Berre]], drague la secrétaire 😂"),
    (CCAS, AP, "{{Lens}}. Un jeune, [[P:Kevin]], {{19 ans}}, sort de l'{{ASE}}, sans ressources. L'agent appelle la {{Mission locale}} devant lui pour le {{CEJ}}. Il dit : j'ai jamais eu quelqu'un qui décroche le tel pour moi."),
    (CCAS, AP, "{{Saint-Laurent-du-Maroni}}. Une mère avec {{4 enfants}}, Mme [[P:Abienso]], demande un {{colis alimentaire}}. Pas de compte bancaire. L'agente note son tel [[TEL:0694 32 70 18]] et son passeport surinamais n° [[ID:SR4418265]]."),
    # --- ccas, accueil_telephonique (14) ---
    (CCAS, AT, "{{Plan canicule}} : l'agente appelle les personnes inscrites au registre. Mme [[P:Castagné]], {{91 ans}}, répond au bout de {{8 sonneries}}. Elle va bien, volets fermés, elle boit."),
    (CCAS, AT, "Appel suivant : pas de réponse chez M. [[P:Raynaud]], [[TEL:05 61 42 77 09]]. Procédure : on rappelle dans {{1h}}, puis on envoie quelqu'un sur place."),
    (CCAS, AT, "Sur {{42 inscrits}} au registre canicule, l'agente en appelle une quinzaine par matinée. Elle connait les voix, elle demande des nouvelles du chat, du jardin."),
    (CCAS, AT, "Une fille appelle pour sa mère : elle a plus de chauffage depuis hier. La mère : Mme [[P:Lemaire]], [[ADR:27 rue Pasteur, 62300 Lens]]. L'agent déclenche une visite et appelle le bailleur {{Maisons & Cités}}."),
    (CCAS, AT, "{{Nancy}}. Demande de {{téléassistance}} pour un monsieur de {{87 ans}} tombé {{2 fois}} ce mois-ci. Le fils donne son mail : [[MAIL:f.gauthier.pro@free.fr]] et le fixe du père [[TEL:03 83 27 54 61]]. Coût {{8 €}} par mois après aide."),
    (CCAS, AT, "URGENT a transmettre : voisine inquiete, elle a pas vu Mme [[P:Rolland]] depuis {{3 jours}}, journaux devant la porte. L'agent appelle la {{police municipale}}."),
    (CCAS, AT, "rappel du mr de {{9h}} : voulait juste les horaires. {{8h30-12h}} / {{13h30-17h}}. lol"),
    (CCAS, AT, "{{Saint-Denis}}. Appel en colère : M. [[P:Pereira]] veut savoir pourquoi sa demande de logement social n'avance pas. Numéro unique : [[ID:093121901834711]]. L'agent explique que ce n'est pas le {{CCAS}} qui attribue. Il raccroche."),
    (CCAS, AT, "{{Sainte-Anne}} (Guadeloupe). L'agente appelle les bénéficiaires du {{portage de repas}} : coupure d'eau prévue demain. Mme [[P:Bélair]] [[TEL:0590 88 14 27]] ok ; M. [[P:Aristide]] ne répond pas, on réessaie à {{11h}}."),
    (CCAS, AT, "Le standard du {{CCAS}} c'est {{1 personne}} ([[P:Josiane]]), plus un stagiaire le vendredi. Quand elle est en ligne, ça sonne dans le vide."),
    (CCAS, AT, "Une dame dicte sa date de naissance pour l'inscription au {{colis de Noël}} des seniors : [[DN:2 mai 41]]. Mme [[P:Hubert]] est contente de parler à quelqu'un, l'appel dure {{17 min}} pour une inscription."),
    (CCAS, AT, "{{Arras}}. Un assistant social du département demande qu'on lui envoie le dossier d'{{aide sociale}} de M. [[P:Dufour]] par mail sécurisé : [[MAIL:s.lemaitre [at] pasdecalais . fr]]. L'agente refuse tant qu'il n'y a pas l'accord écrit de M. [[P:Dufour]]."),
    (CCAS, AT, "{{Saint-Malo}}. Appel pour l'{{épicerie solidaire}} : la dame veut savoir si elle y a droit. Questions : nb de personnes, ressources, loyer. {{Reste à vivre}} calculé au tel : {{6 €}} par jour et par personne, elle y a droit."),
    (CCAS, AT, "{{Strasbourg}}. M. [[P:Lévêque]] appelle pour annuler son {{aide ménagère}} : ma fille [[P:Christelle]] va venir s'installer. L'agent demande le n° de dossier : [[ID:CCAS-24-1187]]."),
    # --- ccas, controle_sur_place (14) ---
    (CCAS, CSP, "Visite à domicile avec [[P:Maryvonne]], travailleuse sociale du {{CCAS}} de {{Brest}}. Mme [[P:Le Roux]], {{84 ans}}, [[ADR:9 rue Kerfautras]]. Évaluation pour l'{{APA}}."),
    (CCAS, CSP, "Chez Mme [[P:Le Roux]] : tapis partout (risque de chute), pas de barre dans la douche. Un chat, {{Mistigri}}, sur chaque chaise. Elle refuse le déambulateur."),
    (CCAS, CSP, "{{GIR}} estimé : 4. Plan d'aide : {{10h}} par mois d'aide à domicile. Mme [[P:Le Roux]] dit : je veux pas qu'on m'envoie en maison."),
    (CCAS, CSP, "Visite d'un logement signalé insalubre, [[ADR:63 rue de l'Épeule, Roubaix]]. Famille [[P:Kaddouri]], {{5 enfants}}, {{2 pièces}}. Propriétaire privé, M. [[P:Deconinck]], injoignable. L'agent va saisir l'{{ARS}}."),
    (CCAS, CSP, "{{Albi}}. Visite pour une demande d'aide financière. M. [[P:Cabrol]] a besoin de sa voiture pour aller bosser à {{Carmaux}} : {{Clio}} immatriculée [[IMMAT:CV-218-NS]], devis du {{Garage Ferrand}} {{860 €}}. Aide accordée en commission la semaine prochaine, sûrement."),
    (CCAS, CSP, "{{Nanterre}}. Visite chez une dame isolée signalée par sa pharmacienne. Mme [[P:Lopes]], [[ADR:14 avenue Pablo Picasso, 92000 Nanterre]]. Frigo vide. L'agent commande le {{portage de repas}} pour le lendemain."),
    (CCAS, CSP, "Elle nous montre sa boîte de médicaments, ordonnance du Dr [[P:Hamon]]. Elle prend {{11 comprimés}} par jour et ne sait pas à quoi ils servent."),
    (CCAS, CSP, "{{Le Lamentin}} (Martinique). Visite pour une aide à l'amélioration de l'habitat : toit abîmé depuis le cyclone. M. [[P:Célestine]], {{76 ans}}, tel [[TEL:0596 51 33 82]]. Bâche bleue sur le toit depuis {{2 ans}}."),
    (CCAS, CSP, "Dans la voiture, l'agente me dit qu'elle fait {{3 visites}} par semaine max, le reste c'est de la paperasse. Le {{terrain}} c'est ce qui me tient."),
    (CCAS, CSP, "{{Strasbourg}}, {{Neuhof}}. Visite pour le {{RSA}} (le CCAS instruit). Mme [[P:Yilmaz]] nous reçoit avec thé et gâteaux. Son mari est en intérim chez {{Adecco}}. L'agent relève le n° alloc [[ALLOC:6027184]] et le RIB pour l'aide : [[IBAN:FR76 1250 6200 5178 5406 5919 047]]."),
    (CCAS, CSP, "{{Thionville}}. Contrôle de domiciliation (il doit prouver son lien avec la commune) : M. [[P:Gashi]] dort chez un ami, [[ADR:5 place du Marché]]. L'ami, [[P:Fatmir]], confirme."),
    (CCAS, CSP, "Visite chez Mme [[P:Lecomte]] pour une demande d'aide pour les lunettes de son fils [[P:Enzo]] ({{9 ans}}). Reste à charge {{180 €}} chez {{Optical Center}}. Accordé : {{120 €}}."),
    (CCAS, CSP, "{{Saint-Paul}} (Réunion). Visite chez une {{gramoune}}, Mme [[P:Técher]], à {{Bois-de-Nèfles}}. Elle vit avec son petit-fils [[P:Dylan]] qui dort sur le canapé. Case en bois, très propre, un pied de {{letchis}} devant."),
    (CCAS, CSP, "Retour au bureau {{16h40}}. Saisie des CR : {{50 min}}. L'agente dit qu'elle reste {{1h}} de plus le soir, sinon j'y arrive pas."),
    # --- urgences, accueil_physique (14) ---
    (URG, AP, "Urgences du {{CHU de Rennes}} ({{Pontchaillou}}), {{20h}}. IOA = infirmière organisatrice de l'accueil, ce soir c'est [[P:Morgane]]. {{38 patients}} en attente. Elle trie, {{5 minutes}} par personne max."),
    (URG, AP, "Douleur thoracique, {{67 ans}}, il passe devant tout le monde. Bracelet imprimé :\n[[P:GUILLOU YVES]]\nIPP [[ID:P00827461]]\nné le [[DN:11/03/1958]]\n{{UHCD}}"),
    (URG, AP, "Une maman avec un bébé qui a de la fièvre attend depuis {{3h}}. Elle dit : j'ai appelé le {{15}}, ils m'ont dit de venir. Le {{SAMU}} renvoie vers des urgences qui débordent 😕"),
    (URG, AP, "{{CHU de Lille}}, urgences adultes. Un homme à la rue, [[P:Jeannot]] (tout le monde le connaît ici), vient pour la {{3e fois}} cette semaine. L'IOA l'appelle par son prénom et lui garde un sandwich."),
    (URG, AP, "{{Hôpital de Mercy}}, {{Metz}}. Admission : la secrétaire demande carte Vitale + mutuelle. Le patient n'a que sa carte {{Malakoff Humanis}}, n° [[ID:0451887203]]. Elle retrouve le NIR avec {{CDRi}} : [[NIR:1 46 02 57 463 543 89]]. Patient : [[P:André Klein]], {{80 ans}}."),
    (URG, AP, "{{Purpan}}, {{23h15}}. Étudiant alcoolisé amené par ses potes. Prénom donné : [[P:Baptiste]]. Pas de papiers. Les potes donnent le tel de sa mère : [[TEL:06 42 18 73 90]]."),
    (URG, AP, "Box 4 : une dame agee sur un brancard depuis {{14h}}, donc {{9h}} d'attente. Aucun lit. L'aide soignante lui apporte une compote et une couverture."),
    (URG, AP, "Hôpital {{Avicenne}}, {{Bobigny}}. Interprète par téléphone ({{ISM}}) pour un patient afghan, M. [[P:Ahmadzai]]. Récépissé de demande d'asile n° [[ID:7503891246]]. Pas de couverture maladie, orientation {{PASS}}."),
    (URG, AP, "IOA : ici la nuit c'est {{1 médecin}} pour {{40 patients}}."),
    (URG, AP, "Urgences de l'hôpital {{Pierre Zobda-Quitman}}, {{Fort-de-France}}. ATTENTE AFFICHEE {{6H}}. Un jeune, [[P:Kenzo]], accident de scooter, fracture du poignet. Sa copine donne sa date de naissance : [[DN:07/09/2005]]."),
    (URG, AP, "{{La Cavale Blanche}} ({{Brest}}). Agent d'accueil administratif [[P:Loïc]] : la moitié ont pas leur carte Vitale, on crée des dossiers provisoires. Patient sans rien : dossier provisoire n° [[ID:PROV-118374]]."),
    (URG, AP, "Je suis directeur dans une {{ARS}}, je pensais connaître les urgences. Ce soir à {{Amiens}} ({{CHU Amiens-Picardie}}) : {{64 passages}} depuis {{8h}}, {{12 patients}} sur des brancards dans le couloir, un seul interne en traumato. Une patiente de {{92 ans}} venue de l'{{EHPAD Les Hortensias}} est là depuis la veille, personne de l'EHPAD n'a rappelé. L'infirmière, [[P:Camille]], fait tout avec le sourire : elle pose une perfusion, répond au téléphone, rassure une famille, cherche un brancard, revient à la perfusion. Vers {{22h}} elle mange un yaourt debout dans la salle de soins en {{3 minutes}}. Elle me dit que ce soir c'est plutôt calme. Dans ma vie de bureau je parle de tension hospitalière avec des tableaux, ici la tension a un visage, celui de cette dame qui demande toutes les dix minutes si quelqu'un a prévenu son fils. Je ne sais pas comment l'équipe tient."),
    (URG, AP, "{{Lapeyronie}}, urgences. Mme [[P:Bonnet]], chute à vélo. Elle donne son adresse pour le dossier : [[ADR:18 rue du Faubourg Boutonnet, 34090 Montpellier]], et son mail pour les résultats : [[MAIL:claire.bonnet34@gmail.com]]."),
    (URG, AP, "CHU {{Félix Guyon}}, {{Saint-Denis}} (Réunion). Épidémie de {{dengue}} : la moitié des patients ont de la fièvre. L'IOA trie en {{2 minutes}}, moustiquaires improvisées dans le couloir."),
    # --- urgences, accueil_telephonique (14) ---
    (URG, AT, "Standard des urgences du {{CH de Lens}}. Une femme appelle pour savoir si son mari est arrivé : M. [[P:Delcourt Bruno]]. L'agent vérifie : oui, arrivé à {{16h20}}, en box."),
    (URG, AT, "Appel de l'{{EHPAD Korian Les Amandiers}} : ils envoient une résidente, Mme [[P:Vidal]], née le [[DN:30/01/1936]]. L'infirmière de l'EHPAD dicte tout le traitement. Appel de {{6 min}}."),
    (URG, AT, "tel sonne en continu. l'agente decroche plus qd elle a qqn devant elle : priorite au physique. {{11 appels}} manqués en {{20 min}}"),
    (URG, AT, "Un fils appelle du {{Canada}} pour sa mère, Mme [[P:Marty]]. On ne peut rien dire au tel (secret médical). Il laisse son numéro pour que le médecin rappelle : [[TEL:+1 514 387 2290]]."),
    (URG, AT, "Appel du {{SAMU}} : arrivée d'un polytraumatisé dans {{10 min}}. Pas de nom, on le crée en X homme. Toute l'équipe se prépare en {{2 min}}."),
    (URG, AT, "Appel de la {{Pharmacie des Halles}} : ordonnance illisible pour un patient sorti cette nuit, M. [[P:Lemoine]]. L'agente retrouve le dossier, IPP [[ID:2024118836]], médecin Dr [[P:Nguyen]]."),
    (URG, AT, "CH de {{Cayenne}}. Appel du centre de santé de {{Maripasoula}} pour une évacuation en hélico. Patiente : [[P:Aïssatou]], enceinte de {{7 mois}}. Tout se règle en {{4 min}} au téléphone."),
    (URG, AT, "Un monsieur appelle pour récupérer les affaires de son frère décédé hier. L'agente est très douce. Le frère : [[P:Philippe Garnier]]. Rdv au bureau des admissions demain {{9h}}."),
    (URG, AT, "{{22h}}, appel : c'est combien d'attente la ? - on ne donne pas de délai au téléphone madame. Elle raccroche."),
    (URG, AT, "{{Hautepierre}}, {{Strasbourg}}. Une maman appelle, son fils de {{4 ans}} a avalé une pile bouton. L'agent bascule direct vers le {{15}}. Elle avait donné son numéro : [[TEL:03 88 61 29 47]]."),
    (URG, AT, "Patiente sortie hier qui appelle pour son compte rendu. L'agente peut l'envoyer sur {{Mon espace santé}} ou par mail : [[MAIL:lea.perrin.92@outlook.fr]]. Mme [[P:Perrin]] choisit le mail."),
    (URG, AT, "Bureau des entrées. Appel de la mutuelle {{Groupama}} pour une prise en charge. Assuré : M. [[P:Mercier]], NIR [[NIR:1880875119585 62]]. L'agente épelle le nom du service pour la facture."),
    (URG, AT, "CHM de {{Mamoudzou}}. Appel en shimaoré, l'agente traduit pour le médecin. Un grand-père, [[P:Madi]], inquiet pour son petit-fils [[P:Anli]]. {{40 minutes}} au téléphone au total."),
    (URG, AT, "Appel de la gendarmerie de {{Landivisiau}} : accident sur la {{N12}}, {{2 blessés}}. Le véhicule : [[IMMAT:EY-604-HM]]. Le gendarme demande les noms, l'agente refuse sans réquisition."),
    # --- urgences, controle_sur_place (12) ---
    (URG, CSP, "Sortie {{SMUR}} avec l'équipe de {{Quimper}} : malaise chez une dame, [[ADR:8 hent Kerlouarn, 29170 Fouesnant]]. Mme [[P:Le Floch]], {{72 ans}}. Le mari, [[P:Jos]], nous attend sur le pas de la porte."),
    (URG, CSP, "Dans l'ambulance de réa : un médecin, une infirmière, un ambulancier. Intervention de {{45 min}}, retour aux urgences avec la patiente. Moi dans un coin, je ne touche à rien."),
    (URG, CSP, "Équipe mobile psychiatrie précarité ({{EMPP}}), {{Lille}}. On va voir M. [[P:Dumont]] qui vit sous une tente près du {{périph}}. Il refuse de venir aux urgences. L'infirmier, [[P:Raphaël]], lui laisse des chaussettes et son numéro pro."),
    (URG, CSP, "Permanence {{PASS}} mobile au {{Mirail}}. Un jeune homme guinéen montre son passeport : [[ID:12FB45871]]. Il s'appelle [[P:Mamadou Bah]]. Ordonnance faite sur place, médicaments donnés."),
    (URG, CSP, "Visite à domicile de l'assistante sociale des urgences après le passage d'une femme victime de violences, [[ADR:2 rue des Lilas, 93270 Sevran]]. Mme [[P:Belkacem]]. On vérifie qu'elle a bien le {{3919}}. Elle l'a enregistré dans son tel sous le nom {{Coiffeur}}."),
    (URG, CSP, "SMUR de {{Reims}}, accident domestique. On arrive chez M. [[P:Gérard Collin]], [[ADR:4 rue des Vignes, 51100 Reims]]. Une voiture bloque l'entrée, [[IMMAT:DL-881-VC]], le voisin vient la déplacer."),
    (URG, CSP, "Dr [[P:Morel]] (SMUR) : {{60 %}} de nos sorties = des vieux seuls qui sont tombés."),
    (URG, CSP, "Avec l'{{EMPP}} de {{Montpellier}} dans un squat près de la {{gare}}. {{8 personnes}}. Une femme, [[P:Ramona]], montre une ordonnance périmée. L'infirmière note son tel [[TEL:07 45 19 62 33]] pour un rdv au {{CMP}}."),
    (URG, CSP, "SMUR de {{Pointe-à-Pitre}}, malaise au {{Gosier}}. Arrivée en {{14 min}}. M. [[P:Zénon]], {{25 ans}}, diabétique, hypoglycémie. Sa mère lit le NIR sur la carte Vitale : [[NIR:1 01 05 971 20 329 29]]."),
    (URG, CSP, "Retour à domicile d'une patiente passée par les urgences, suivi par l'IDE de coordination. Mme [[P:Chevalier]], {{Amiens}} nord. Il lui faut un lit médicalisé, commandé chez {{Bastide Le Confort Médical}}."),
    (URG, CSP, "Maraude médicale avec l'équipe de {{Lariboisière}}, {{gare du Nord}}. Un homme, [[P:Sergueï]], dort sur une bouche de chaleur. Il garde son titre de séjour dans une pochette plastique : [[ID:7501238845]]."),
    (URG, CSP, "Bilan SMUR de nuit : {{4 sorties}}, {{1 décès}}, {{3 transports}}. L'urgentiste mange un sandwich dans la voiture à {{2h}} du matin."),
    # --- chrs, accueil_physique (14) ---
    (CHRS, AP, "{{CHRS}} {{La Rose des Vents}}, {{Rennes}}. Accueil {{9h}}. [[P:Bertrand]] (éducateur) ouvre les casiers. {{22 personnes}} hébergées dont {{6 femmes}}."),
    (CHRS, AP, "Nouvelle arrivée orientée par le {{SIAO}} : Mme [[P:Kouassi Aya]], {{34 ans}}, avec sa fille [[P:Grâce]]. Réf SIAO [[ID:2025-04417]]. {{Chambre 12}}, au premier."),
    (CHRS, AP, "Petit déj : café, pain, confiture {{Bonne Maman}}. Les résidents se servent eux-mêmes. Ambiance calme, radio allumée sur {{France Bleu}}."),
    (CHRS, AP, "M. [[P:Lebrun]] vient récupérer son courrier : une lettre de la {{CPAM}} et une de la {{Caf}} avec son n° alloc [[ALLOC:5563902]] dessus. L'éduc l'aide à lire. Il a enfin un livret {{La Banque Postale}}, l'éduc photocopie le RIB pour la Caf : [[IBAN:20041 01005 7436652K698 09]]."),
    (CHRS, AP, "CHRS à {{Calais}}. Un jeune érythréen, [[P:Yonas]], ne parle que tigrigna. Traduction par un autre résident. Il a un {{APS}}, n° [[ID:6209974130]]."),
    (CHRS, AP, "{{14h}} : réunion des résidents. Sujet : l'heure de retour le soir ({{22h}}). [[P:Sabrina]] (résidente) prend la parole : on est pas des enfants. Applaudissements."),
    (CHRS, AP, "{{Ivry-sur-Seine}}. Entretien d'admission : M. [[P:Camara]], sort de {{Fresnes}}. Date de naissance [[DN:17/01/1979]], NIR [[NIR:179019306639734]], n° d'écrou [[ID:458712]] pour le dossier {{SPIP}}. {{1h15}} d'entretien."),
    (CHRS, AP, "CHRS femmes, {{Nîmes}}. Adresse confidentielle, je ne la note pas. Une résidente, [[P:Samia]], montre les photos de ses enfants placés. Visite médiatisée {{samedi}}."),
    (CHRS, AP, "Le chien d'un résident dort sous la table de l'accueil. Il s'appelle {{Tyson}}. Tout le monde le caresse en passant."),
    (CHRS, AP, "{{Mulhouse}}. L'intervenante sociale, [[P:Élodie]], aide M. [[P:Schneider]] pour sa demande de logement. Il faut un mail, ils en créent un ensemble : [[MAIL:marc.schneider68@gmail.com]]. Mot de passe écrit sur un bout de papier 🙈 Puis actualisation France Travail avec son identifiant [[FT:5920374H]]."),
    (CHRS, AP, "CHRS à {{Saint-Pierre}} ({{La Réunion}}). Un homme de {{55 ans}}, M. [[P:Fontaine]], ancien pêcheur. Il dit qu'il dort mieux ici que chez sa soeur."),
    (CHRS, AP, "Résidente, Mme [[P:Bouvier]], demande de l'aide pour son dossier {{AAH}}. Dossier {{MDPH}} n° [[ID:2024-067-001928]], en cours depuis {{8 mois}}."),
    (CHRS, AP, "Discussion avec le chef de service, [[P:Olivier]]. Le CHRS a {{40 places}}, {{1,5 ETP}} de travailleur social (!) et une liste d'attente {{SIAO}} de {{120 personnes}} pour le département. Les sorties vers le logement prennent en moyenne {{18 mois}}. Ce qui bloque : pas de petits logements, les {{T1}} n'existent pas. Il me parle aussi des ressources : la moitié des résidents ont le {{RSA}}, un quart travaillent, souvent en intérim, et les bailleurs demandent des garanties que personne ici ne peut donner. Le dispositif {{Visale}} aide, mais il faut le connaître. Autre chose : les résidents vieillissent, le plus âgé a {{71 ans}} et aurait sa place en EHPAD mais aucun ne le prend avec son parcours. Il conclut en riant jaune : on est un CHRS, un foyer de jeunes travailleurs, une maison de retraite et un hôpital de jour, avec le budget d'un seul des quatre."),
    (CHRS, AP, "{{Lorient}}. M. [[P:Jaouen]] rend sa clé, il part dans un logement {{Bretagne Sud Habitat}}. Nouvelle adresse : [[ADR:3 rue de Kerjulaude, 56100 Lorient]]. Tout le monde l'applaudit 👏"),
    # --- chrs, accueil_telephonique (12) ---
    (CHRS, AT, "{{115}} du {{Nord}}, {{19h}}. {{0 place}} disponible ce soir sur {{Lille}}. L'écoutante, [[P:Aurélie]], doit dire non à chaque appel. Elle note tout quand même."),
    (CHRS, AT, "Appel : M. [[P:Dhaussy]], {{52 ans}}, tel [[TEL:06 03 84 71 29]]. Il dort dans sa voiture, une {{Clio}} grise [[IMMAT:BR-145-KL]], sur le parking de {{Leroy Merlin}}."),
    (CHRS, AT, "Le logiciel du 115 affiche les appels en attente : {{17}}. Durée moyenne d'un appel {{7 min}}. Un appelant sur deux rappelle tous les soirs."),
    (CHRS, AT, "Une femme avec {{2 enfants}} appelle en pleurs. Elle donne son nom, Mme [[P:Tshibangu]], l'écoutante demande d'épeler : [[P:T-S-H-I-B-A-N-G-U]]. Mise à l'abri à l'hôtel ({{Première Classe}})."),
    (CHRS, AT, "{{115}} {{Toulouse}}. Appel d'un maraudeur de la {{Croix-Rouge}} qui signale un homme au bord du {{canal du Midi}} : il s'appelle '[[P:Pépé]]', on le connaît."),
    (CHRS, AT, "Rappel d'une dame qui avait appelé hier. Fiche à l'écran :\nNom : [[P:RAKOTOMALALA]]\nPrénom : [[P:Hanta]]\nN° SIAO : [[ID:31-0047892]]\nComposition : {{1 adulte}}\nDemandes : {{3}}\nOrientation : aucune\n{{3e soir}} sans solution."),
    (CHRS, AT, "{{21h40}} appel muet, juste du vent. [[P:Aurélie]] attend {{1 minute}} et raccroche."),
    (CHRS, AT, "{{115 de Paris}}. Un homme appelle pour la première fois de sa vie. Il a perdu son boulot chez {{Amazon}} puis son appart. Né le [[DN:5 décembre 1979]]. Son nom, il le dit comme s'il n'y croyait pas : [[P:Stéphane Roger]]."),
    (CHRS, AT, "{{Metz}}. Un travailleur social d'un {{CADA}} appelle pour une famille qui sort du dispositif. Il envoie la fiche à l'écoutante ; contact de la famille : [[MAIL:famille.osmani.2019@gmail.com]]."),
    (CHRS, AT, "Le 115 de {{Guadeloupe}} c'est {{1 écoutant}} la nuit. Appel d'une jeune femme, [[P:Shana]], {{19 ans}}, mise dehors par sa mère. Tel [[TEL:0690 72 41 56]]."),
    (CHRS, AT, "Appel d'un commerçant de {{Béziers}} : un homme dort devant sa boutique ({{Marie Blachère}}). Il donne le prénom que le monsieur lui a dit : [[P:Francis]]. Maraude envoyée vers {{22h}}."),
    (CHRS, AT, "Appel de l'hôpital : sortie de M. [[P:Legrand]] ce soir, sans domicile. L'écoutante : on n'a rien, vous pouvez le garder cette nuit ? Négociation de {{10 min}}."),
    # --- chrs, controle_sur_place (14) ---
    (CHRS, CSP, "Maraude avec le {{Samu social}} de {{Lille}}, {{21h}}. Premier arrêt : {{gare Lille-Flandres}}. [[P:Didier]], {{60 ans}}, ça fait {{12 ans}} que je suis dehors. Soupe et duvet."),
    (CHRS, CSP, "Arrêt 2 : un couple sous le pont, [[P:Marius]] et [[P:Vanessa]]. Elle est enceinte. Le maraudeur appelle le {{115}} : pas de place pour un couple."),
    (CHRS, CSP, "camion maraude : {{40 litres}} de soupe, {{60 sandwichs}}, {{25 duvets}}. a {{23h}} plus rien"),
    (CHRS, CSP, "{{Rennes}}, {{Maurepas}}. Visite d'un appartement du CHRS en diffus, [[ADR:17 square de Nimègue]]. Résident : M. [[P:Ruellan]]. L'éduc vérifie l'état, le frigo, les factures {{EDF}}."),
    (CHRS, CSP, "Chez M. [[P:Ruellan]] : tout est rangé au cordeau. Il nous montre fièrement son contrat chez {{Lidl}}, CDD de {{6 mois}}."),
    (CHRS, CSP, "Maraude à {{Metz}}, secteur {{gare}}. Un jeune, il dit s'appeler '[[P:Nono]]'. Il a {{18 ans}} pile, sorti de l'{{ASE}} hier. L'éduc note son numéro [[TEL:07 68 20 94 15]] et promet de rappeler le {{115}} demain."),
    (CHRS, CSP, "Visite de contrôle d'une chambre au CHRS de {{Montpellier}} (recherche d'alcool, c'est le règlement). Résident : [[P:Jean-Marc]]. Rien trouvé. Il le prend mal."),
    (CHRS, CSP, "L'éducatrice, [[P:Nadège]] : le plus dur c'est pas la rue, c'est l'hiver qui finit le {{31 mars}}. Fin de la trêve, fin des places."),
    (CHRS, CSP, "Maraude à {{Fort-de-France}}, {{Terres-Sainville}}. Un homme âgé, M. [[P:Louis-Joseph]], dort dans une voiture abandonnée, vieille plaque [[IMMAT:9471 SH 972]]. Il refuse de venir, il garde la voiture."),
    (CHRS, CSP, "Maraude {{Saint-Denis}}, sous le pont de l'{{A1}}. Famille roumaine, la mère, [[P:Florentina]], montre sa carte d'identité n° [[ID:RX482913]]. Enfants pas scolarisés."),
    (CHRS, CSP, "Suivi post-hébergement à {{Nancy}}. Mme [[P:Marchal]], relogée au [[ADR:6 rue des Jardiniers, 54000 Nancy]]. Elle a installé des rideaux. Elle a pleuré en nous voyant."),
    (CHRS, CSP, "Maraude {{Saint-Brieuc}}. Un homme avec un chien refuse l'hebergement pasque les chiens sont interdits. Le maraudeur : sur {{12 places}}, zéro accepte les chiens."),
    (CHRS, CSP, "Tour des chambres. {{Chambre 7}} : M. [[P:Hamidi]] a une trottinette {{Xiaomi}} en charge, risque incendie. L'éduc lui demande de la recharger à l'accueil."),
    (CHRS, CSP, "{{Perpignan}}. Maraude vers la {{gare}}. Femme seule, [[P:Yolande]], {{63 ans}}, elle touche le {{RSA}} mais tout part dans les dettes. L'éduc prend son n° alloc pour vérifier : [[ALLOC:0917335]]."),
    # --- france_travail, accueil_physique (12) ---
    (FT, AP, "{{France Travail}} {{Lens}}, {{8h30}}. File de {{15 personnes}} dehors. Le conseiller d'accueil, [[P:Jérémy]], demande à chacun : vous avez rdv ?"),
    (FT, AP, "M. [[P:Ducrocq]] ne comprend pas sa radiation d'{{1 mois}}. Il n'a pas son identifiant, [[P:Jérémy]] le retrouve avec le n° de sécu [[NIR:1 98 04 62 041 132 33]] : [[FT:4528713K]]. Motif : absence à un rdv. Il dit n'avoir jamais reçu la convocation (envoyée sur l'espace perso)."),
    (FT, AP, "Espace numérique : {{8 ordis}}, 2 en panne. Un jeune en {{service civique}}, [[P:Yanis]], aide les gens à s'actualiser. Il a {{20 ans}} et une patience d'ange."),
    (FT, AP, "{{Rennes}} {{Villejean}}. Jeune femme, [[P:Clémence]], veut l'aide au permis ({{1 200 €}}). Le conseiller vérifie l'identifiant [[FT:0293847L]] et son projet. Réponse sous {{15 jours}}."),
    (FT, AP, "Un monsieur arrive avec un CV imprimé au nom de [[P:Jean Dupont]] : c'est le modèle de l'{{atelier CV}} qu'il n'a pas modifié 😅. Le conseiller l'aide à le refaire, sans rire."),
    (FT, AP, "{{Toulouse}} {{Bellefontaine}}. M. [[P:Mendy]] vient pour son {{ARE}} : versement incomplet. La conseillère : il manque l'attestation employeur de {{Carrefour Market}}. Elle vérifie aussi le RIB à l'écran : [[IBAN:FR76 1444 5004 0071 6556 0553 983]]."),
    (FT, AP, "{{Strasbourg}}. Frontalier qui a bossé en Allemagne chez {{Bosch}}. Il faut le formulaire {{U1}}, le conseiller : ça prend {{3 mois}} minimum. M. [[P:Wagner]] soupire. Il est garé devant avec sa voiture allemande [[IMMAT:OG-MR 417]], le vigile lui demande de la bouger."),
    (FT, AP, "{{Argenteuil}}. Inscription d'une dame de {{57 ans}}, Mme [[P:Lopes Da Costa]], licenciement économique. Elle dicte son mail : [[MAIL:mariadacosta95 arobase yahoo point fr]]. Le conseiller répète pour être sûr."),
    (FT, AP, "{{Le Lamentin}}. Un jeune, [[P:Jordan]], veut partir en formation dans l'Hexagone avec {{LADOM}}. Identifiant [[FT:2084716R]]. Le conseiller dit que le dossier prend {{2 mois}}."),
    (FT, AP, "A la {{borne}} : une dame âgée appuie sur tous les boutons. Le conseiller arrive : mettez votre identifiant. Elle le dit tout fort devant tout le monde : [[FT:3316702P]]."),
    (FT, AP, "Je suis DRH d'un groupe de {{2 000 salariés}}, je découvre l'autre côté. Le conseiller, [[P:Mehdi]], suit {{320 demandeurs}}. Il voit chaque personne {{20 min}}. Ce matin : un soudeur de {{58 ans}} qui cherche depuis {{2 ans}}, une jeune diplômée de {{BTS}} compta qui n'a jamais eu une réponse, un monsieur qui veut juste qu'on lui imprime une attestation. [[P:Mehdi]] garde le même calme avec tous. Entre deux rdv il répond à {{14 mails}}, dont trois d'employeurs qui veulent un candidat pour hier. Il me montre l'outil de rapprochement des offres : il met {{4 clics}} pour proposer une offre, et la personne la reçoit dans son espace, qu'elle ne consulte pas toujours. Ce qui m'a frappé : personne ne lui demande jamais comment il va. Lui demande à chaque demandeur, au début, comment ça va depuis la dernière fois, et il écoute vraiment la réponse. Dans mon entreprise on appellerait ça de l'entretien annuel, ici c'est toutes les {{20 min}}."),
    (FT, AP, "{{Reims}}. M. [[P:Mathieu]] arrive en fin de droits. La conseillère lui explique l'{{ASS}} et, sinon, le {{RSA}}. Il dit : c'est la dégringolade."),
    # --- france_travail, accueil_telephonique (14) ---
    (FT, AT, "{{3949}}, plateforme d'{{Amiens}}. Conseillère [[P:Julie]], casque et double écran. Premier appel à {{8h32}} : mot de passe oublié."),
    (FT, AT, "{{2e appel}}. M. [[P:Bailly]] donne son identifiant à voix haute : [[FT:quatre cinq zéro deux huit un neuf, lettre M]]. La conseillère le répète, il dit non, c'est neuf à la fin."),
    (FT, AT, "ecran : {{23 appels}} en attente, tps moyen {{12 min}}"),
    (FT, AT, "Appel de Mme [[P:Guerin]], elle a déménagé de {{Montauban}} au [[ADR:15 rue Jean Moulin, 31200 Toulouse]] et ne reçoit plus rien. Identifiant [[FT:6601832D]]. La conseillère met à jour. Tel fixe [[TEL:05 34 40 92 18]]."),
    (FT, AT, "Un employeur appelle ({{Auto Services 59}}, garage) pour une offre de mécanicien. Il donne le nom d'un candidat qu'il veut prendre : [[P:Dylan Vermeersch]], identifiant [[FT:6120583T]]. La conseillère propose une {{AFPR}}."),
    (FT, AT, "Le monsieur donne son mail pour recevoir l'attestation : [[MAIL:k.mansouri@hotmail.com]]. Il le répète {{3 fois}}, la conseillère l'épelle en retour."),
    (FT, AT, "appel coupé au bout de {{25 min}} d'attente pr le monsieur. il rappelle, re {{25 min}}. il commence par : vous savez cmb de temps j'attends ???"),
    (FT, AT, "Appel depuis {{Kourou}} ({{Guyane}}). Un homme veut travailler au {{Centre spatial}}. Identifiant [[FT:5502719C]], tel [[TEL:0694 20 38 57]]. La conseillère lui parle des formations de l'{{AFPA}}."),
    (FT, AT, "{{Vannes}}. Une saisonnière, [[P:Manon]], appelle pour savoir si ses heures au {{camping Les Pins}} comptent. La conseillère : oui, il faut {{6 mois}} travaillés sur les {{24}} derniers."),
    (FT, AT, "Changement de RIB au tel pour l'{{ARE}} : M. [[P:Coulibaly]] dicte [[IBAN:FR76 3002 7172 1493 8479 8846 435]]. La conseillère : je ne peux pas, faites-le en ligne. Comme à la {{Caf}} 🙃"),
    (FT, AT, "Mme [[P:Quéré]], de {{Brest}}, a oublié son identifiant. La conseillère demande NIR + date de naissance : [[NIR:2 70 12 29 019 320 33]], née le [[DN:18/12/1970]]. Identifiant retrouvé : [[FT:7730912B]]."),
    (FT, AT, "Appel d'une conseillère {{Cap emploi}} pour un demandeur en situation de handicap, M. [[P:Robin]]. Dossier {{RQTH}} en cours. Elle donne le n° de dossier MDPH : [[ID:MDPH80-118273]]."),
    (FT, AT, "[[P:Julie]], entre deux appels : on nous demande de contrôler, d'accompagner, de conseiller, de prospecter, et tout ça en {{35h}}."),
    (FT, AT, "Appel en arabe, la conseillère, [[P:Nora]], répond en darija. M. [[P:Benyahia]], {{62 ans}}, veut savoir s'il doit continuer à s'actualiser en attendant la {{Carsat}}. Réponse : oui."),
    # --- france_travail, controle_sur_place (14) ---
    (FT, CSP, "Visite entreprise avec [[P:Stéphanie]], conseillère entreprise {{France Travail}} {{Roubaix}}. On va chez {{Transports Vandamme}} (logistique) qui cherche {{12 caristes}}."),
    (FT, CSP, "Le responsable RH, M. [[P:Vandamme]], fils du fondateur, nous fait visiter l'entrepôt ({{15 000 m²}}). Il veut des gens motivés, pas forcément diplômés."),
    (FT, CSP, "Forum emploi au gymnase d'{{Hénin-Beaumont}} : {{35 entreprises}}, {{400 visiteurs}} attendus. Les conseillers ont un stand avec un {{roll-up}} qui tombe tout le temps."),
    (FT, CSP, "Sur le forum, un candidat, [[P:Anthony]], donne son identifiant pour être positionné sur une offre {{Intermarché}} : [[FT:3894021N]]. La conseillère le note sur son téléphone pro."),
    (FT, CSP, "Visite d'un domaine viticole près de {{Béziers}} ({{Domaine de la Croix}}) pour les vendanges. Le viticulteur, M. [[P:Bousquet]], cherche {{20 saisonniers}}. Il donne son portable pour les candidatures : [[TEL:06 72 15 48 03]]."),
    (FT, CSP, "{{Gennevilliers}}, entreprise de nettoyage ({{Onet}}). La manager, Mme [[P:Ferreira]], reçoit les candidats en {{job dating}}. La conseillère a amené {{8 personnes}}, {{5}} sont venues."),
    (FT, CSP, "Dans le {{tram}}, la conseillère me dit que les entreprises l'appellent de plus en plus pour des gens qui ne viennent pas aux entretiens. Le problème c'est souvent la garde d'enfants ou la voiture."),
    (FT, CSP, "Suivi d'une {{PMSMP}} (immersion) dans un {{EHPAD}} de {{Quimperlé}}. La candidate, [[P:Solenn]], identifiant [[FT:1257390G]], y fait {{2 semaines}} comme ASH. La directrice est ravie."),
    (FT, CSP, "Contrôle de présence sur une formation financée, centre {{AFPA}} de {{Metz}}. Liste d'émargement : [[P:Lorenzo]], [[P:Kevin Becker]], [[P:Amina Ouali]]. Un absent depuis {{3 jours}}."),
    (FT, CSP, "{{Saint-André}} (Réunion). Visite d'un chantier d'insertion ({{ACI}}) qui entretient les ravines. {{14 salariés}} en {{PEC}}. L'encadrant, [[P:Fabrice]], me montre les débroussailleuses."),
    (FT, CSP, "Garage solidaire à {{Amiens}}, France Travail y oriente les demandeurs. Voiture de M. [[P:Lecocq]], [[IMMAT:CP-604-FA]] : {{1 500 €}} de réparations, {{aide à la mobilité}} de {{500 €}}."),
    (FT, CSP, "Visite chez {{Eiffage}} à {{Toulouse}} pour un recrutement de {{coffreurs}}. Le chef de chantier donne les candidats retenus : [[P:Diallo Oumar]] et [[P:Silva Tiago]]."),
    (FT, CSP, "{{Jarry}} (Guadeloupe), zone industrielle. Visite d'un grossiste qui recrute des préparateurs de commandes. Problème : les candidats n'ont pas de voiture et il n'y a plus de bus après {{18h}}."),
    (FT, CSP, "Retour au bureau. La conseillère envoie {{6 profils}} à l'entreprise par mail : [[MAIL:j.vandamme@transports-vandamme.fr]]. Réponse attendue sous {{48h}}."),
]
# fmt: on


class NoteError(ValueError):
    """A note that breaks the authoring rules."""


def parse(raw: str, where: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep list."""
    pieces: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = 0
    last = 0
    for match in MARK_RE.finditer(raw):
        plain = raw[last : match.start()]
        pieces.append(plain)
        length += len(plain)
        code, value, kept = match.group(1), match.group(2), match.group(3)
        if code is not None:
            if code not in CODES:
                raise NoteError(f"{where}: unknown code {code!r}")
            if not value or value != value.strip():
                raise NoteError(f"{where}: empty or padded span {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
            pieces.append(value)
            length += len(value)
        else:
            if not kept or kept != kept.strip():
                raise NoteError(f"{where}: empty or padded keep string {kept!r}")
            if kept not in keep:
                keep.append(kept)
            pieces.append(kept)
            length += len(kept)
        last = match.end()
    pieces.append(raw[last:])
    text = "".join(pieces)
    if any(mark in text for mark in STRAY):
        raise NoteError(f"{where}: stray mark left in {text!r}")
    if not keep:
        raise NoteError(f"{where}: no keep string")
    covered = [False] * len(text)
    for ent in entities:
        for i in range(ent["start"], ent["end"]):
            covered[i] = True
    for kept in keep:
        starts = [m.start() for m in re.finditer(re.escape(kept), text)]
        if all(any(covered[s : s + len(kept)]) for s in starts):
            raise NoteError(f"{where}: keep string {kept!r} only inside a masked span")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        note_id = f"{ID_PREFIX}-{number:03d}"
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise NoteError(f"{note_id}: bad site kind or channel")
        text, entities, keep = parse(raw, note_id)
        notes.append(
            {
                "id": note_id,
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Deal each (site_kind, channel) stratum alternately to dev and holdout."""
    rng = random.Random(SEED)
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    dev: list[dict] = []
    holdout: list[dict] = []
    for key in sorted(strata):
        group = strata[key]
        if len(group) % 2:
            raise NoteError(f"stratum {key} has an odd size ({len(group)})")
        rng.shuffle(group)
        for i, note in enumerate(group):
            (dev if i % 2 == 0 else holdout).append(note)
    for half, name in ((dev, "dev"), (holdout, "holdout")):
        half.sort(key=lambda note: note["id"])
        labels = Counter(ent["label"] for note in half for ent in note["entities"])
        missing = sorted(set(CODES.values()) - set(labels))
        if missing:
            raise NoteError(f"{name}: labels missing {missing}")
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main() -> int:
    try:
        dev, holdout = split(build())
    except NoteError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"wrote {len(dev)} dev notes and {len(holdout)} holdout notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
