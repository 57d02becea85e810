"""Independent evaluation corpus n° 23: observation notes written and labelled by hand.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[CODE:value]]`` marks a span to mask (CODE below), ``{{value}}`` marks a string to keep.
Running ``python holdout_author.py`` strips the marks, computes offsets, numbers the notes
``ind23-001`` ... in authoring order, splits them per (site_kind, channel) stratum and writes
``dev.jsonl`` and ``holdout.jsonl`` next to this file. Nothing is written if any check fails.
Stdlib only.
"""

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind23"
SEED = 23_2026

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

CAF = "caf"
CPAM = "cpam"
CCAS = "ccas"
URG = "urgences"
CHRS = "chrs"
FT = "france_travail"

PHY = "accueil_physique"
TEL = "accueil_telephonique"
CSP = "controle_sur_place"

# fmt: off
NOTES = [
    # ---- Caf, accueil physique (14)
    (CAF, PHY, "{{9h02}}, deja {{11 personnes}} dans la file. Ticket {{A017}} : une dame pour sa {{prime d'activité}} suspendue. L'agente ({{guichet 4}}) lui demande son num alloc, elle le lit sur un vieux courrier : [[ALLOC:2 374 106]]. Indu de {{212,40 €}}, elle comprend pas pourquoi : déclaration trimestrielle oubliée en {{janvier}}. Elle a aussi un RIB pour changer de banque, l'agente recopie [[IBAN:30004 01742 37759458079 07]] (« sans les espaces sinon ça passe pas »). Mais le compte est au nom de son fils [[P:Dylan]] → refus, il faut un compte à son nom. Elle repart avec un formulaire et un rdv {{mardi 10h}}. {{19 min}} en tout."),
    (CAF, PHY, "Ecran recopié vite fait :\nNOM : [[P:KOUASSI]]\nPrenom : [[P:Adjoua Brigitte]]\nNé(e) le : [[DN:17/02/1991]]\nN° alloc : [[ALLOC:0841273]]\nAdresse : [[ADR:14 rue Jules Ferry Bât C Esc 2 Apt 31 35200 RENNES]]\nDroits : {{RSA}} + {{APL}}\n→ vient déclarer une mise en couple"),
    (CAF, PHY, "File enorme ce matin : {{34 tickets}} avant {{10h}}. La borne affiche « attente estimée {{45 min}} ». Bcp viennent juste imprimer une {{attestation de paiement}}, l'agente dit que {{8 sur 10}} pourraient le faire sur {{caf.fr}} ou l'appli."),
    (CAF, PHY, "M. [[P:Benali]] veut les courriers par mail. Il epelle : [[MAIL:y point benali quatre-vingt-cinq arobase gmail point com]]. L'agent tape [[MAIL:ybenali85@gmial.com]] 🙄 je lui signale, il corrige en [[MAIL:ybenali85@gmail.com]]. Ticket {{B042}}, {{12 min}} au guichet."),
    (CAF, PHY, "Dame tres stressée, commandement de quitter les lieux. Elle habite [[ADR:Résidence Les Glycines, bât 3, esc B, 2e étage porte gauche, 7 allée du Morbihan, 35000 Rennes]] depuis {{2016}}. Dette {{1 870 €}}. L'agente appelle direct le {{CCAS}} pour un {{FSL}}, rdv obtenu {{jeudi 14h}}."),
    (CAF, PHY, "Jeune homme, {{19 ans}}, ouvre ses droits {{APL}} étudiant. A la question date de naissance il répond « [[DN:vingt-trois janvier deux mille six]] » en articulant trop fort, toute la file entend. Pas de carte vitale sur lui, juste sa carte étudiante {{Rennes 2}}."),
    (CAF, PHY, "Explication des tickets :\n- A = sans rdv\n- C = rdv pris en ligne\n- P = partenaires\nCe matin {{A001}} → {{A052}} et {{C001}} → {{C009}}. {{6 min}} en moyenne par personne, objectif affiché {{10 min}} max. Le {{C004}} n'est jamais venu."),
    (CAF, PHY, "Un habitué que les agents appellent « [[P:Tonton]] ». Sur le dossier : [[P:N'GUESSAN Koffi]]. L'agent épelle au tel pour le service instructeur : « [[P:N apostrophe, G, U, E, deux S, A, N]] ». Il touche l'{{AAH}} depuis {{2019}}, vient tous les mois « pour dire bonjour »."),
    (CAF, PHY, "Couple moldave, Mme [[P:Ciobanu]] et son mari [[P:Vasile]]. Titre de sejour de madame n° [[ID:3502148796]] expiré le {{12/05}}, récépissé en cours. Pas de versement des {{allocations familiales}} tant que pas de titre valide. Monsieur traduit, il parle tres bien."),
    (CAF, PHY, "Changement de RIB pour Mme [[P:Le Bihan]] : elle tend un RIB {{Crédit Agricole}}, l'agent recopie [[IBAN:FR76 1870 6002 1205 9298 1884 777]] et me montre que si un chiffre est faux, la clé bloque la saisie. Elle demande si ça arrivera {{le 5}}, réponse oui."),
    (CAF, PHY, "Dossier papier rempli par un travailleur social. Date de naissance écrite [[DN:1983-11-05]], l'agent dit que c'est la premiere fois qu'il voit ce format. Il ressaisit [[DN:05/11/1983]]. Formulaire {{cerfa 11423*05}}, {{4 pages}}, tamponné {{CDAS du Blosne}}."),
    (CAF, PHY, "M. [[P:Mendes Carvalho]], hébergé chez son cousin [[P:Joao]] : [[ADR:3 impasse des Tanneurs, 35740 Pacé]]. Pour l'{{APL}} il faut un bail à son nom, il en a pas. L'agent propose une {{attestation d'hébergement}}. Durée guichet {{18 min}}."),
    (CAF, PHY, "L'agente, [[P:Gaëlle]], renvoie {{3 personnes}} vers le {{3230}} en {{20 min}}. Elle soupire : « le tel renvoie au guichet et le guichet renvoie au tel ». Affiche à l'entrée : {{Caf d'Ille-et-Vilaine}}, {{cours des Alliés}}, ouvert {{8h30-16h}}."),
    (CAF, PHY, "L'agente s'appelle [[P:Soizic]], {{22 ans}} de maison. Son collègue [[P:Karim B.]] gère la borne. Sous l'écran un post-it : « contentieux {{poste 4412}} / {{3230}} ». Premiere personne reçue : Mme [[P:Nguyen Thi Lan]], pour la {{prime de naissance}}."),
    # ---- Caf, accueil téléphonique (14)
    (CAF, TEL, "Appel n°3. La dame dicte son n° allocataire : « [[ALLOC:un deux neuf, quatre quatre, zéro six]] », puis le code postal {{35700}} et sa date de naissance « [[DN:douze mars quatre-vingt-dix]] ». Identité vérifiée en {{40 secondes}}."),
    (CAF, TEL, "Monsieur donne son numéro : « [[ALLOC:2 5 8 1]]… non attendez, [[ALLOC:2 5 8 8 0 4 3]] ». L'agent trouve rien, il finit par donner son nom : [[P:Fofana]]. Dossier trouvé. Il demande si son RIB est le bon, le conseiller lit « [[IBAN:FR76 1558 9351 0860 0352 2675 428]] », oui. Il attendait depuis {{26 min}} dans la file d'attente tel."),
    (CAF, TEL, "Rappel demandé. Post-it du conseiller :\n« M. [[P:Guillot]] alloc [[ALLOC:18645\n20]] »\nportable [[TEL:06 71 48 20 93]], sinon fixe [[TEL:02.99.63.14.07]] (« après {{18h}} »). Rappel programmé sous {{48h}}."),
    (CAF, TEL, "Elle veut recevoir son attestation à [[MAIL:nadia.h.rennes (at) hotmail (point) fr]]. Refus poli : pas d'envoi par mail, tout est dans {{Mon Compte}}. Elle a pas d'ordi, juste un tel sans forfait data."),
    (CAF, TEL, "Pic d'appels {{11h-11h30}} : {{92 appels}} en attente sur l'écran mural. Durée moyenne {{7'40}}. Script : « {{Caf d'Ille-et-Vilaine}} bonjour, [prénom] à votre écoute ». Les conseillers ne donnent que leur prénom."),
    (CAF, TEL, "Déclaration de naissance par tel. La mère, Mme [[P:Rahmani]], dicte le NIR du pere : [[NIR:1 88 01 69 123 402 78]]. Bébé [[P:Inès]] née le [[DN:2 juin]] à l'{{Hôpital Sud}}. La {{prime de naissance}} avait été versée au {{7e mois}}."),
    (CAF, TEL, "- Caf bonjour\n- oui c pour mon fils [[P:Enzo]] il a eu {{18 ans}}\n- c'est votre numéro à vous qu'il me faut madame\n- ah. [[ALLOC:3306917]]\n- Mme [[P:Lemoine Sandrine]] ?\n- oui\n(les {{AF}} continuent jusqu'à {{20 ans}}, elle croyait que non)"),
    (CAF, TEL, "Il veut donner son IBAN au tel, l'agent refuse (procédure : uniquement via l'espace perso). Il avait déjà commencé : « [[IBAN:FR76 1027 8360 12]]… ». Agent : « stop, je note rien ». {{RGPD}} expliqué en {{2 min}}."),
    (CAF, TEL, "Pas de ligne directe pour les allocataires, seulement le {{3230}}. Mais sa collègue [[P:Myriam]] donne à une assistante sociale du {{CDAS}} son portable pro : [[TEL:07 58 12 96 40]]. « Entre partenaires ça va »."),
    (CAF, TEL, "Appel depuis Dakar, numéro affiché [[TEL:+221 77 418 52 06]]. M. [[P:Seck]], dossier [[ALLOC:6120348]], veut savoir si ses {{APL}} continuent pendant un séjour de {{3 mois}}. Réponse : oui si résidence en France {{8 mois}} par an."),
    (CAF, TEL, "Prime d'activité : le conseiller demande s'il est inscrit à {{France Travail}}. Oui, identifiant [[FT:4527813K]]. Sert à rien pour la prime mais « je note, ça aide pour le {{RSA}} »."),
    (CAF, TEL, "TOUT LE MONDE APPELLE POUR LA MEME CHOSE : VERSEMENT DU {{5 DU MOIS}} DECALE AU {{LUNDI 8}}. BUG NATIONAL. {{1 APPEL SUR 2}} C'EST CA. Message d'attente pas mis à jour avant {{14h}}."),
    (CAF, TEL, "Appel d'un bailleur pour un impayé. Le conseiller note le mail générique {{gestion.locative@archipel-habitat.fr}} et la réf locataire [[ID:LOC-0045872]] de Mme [[P:Hoarau]]. Tiers payant {{APL}} depuis {{2021}}."),
    (CAF, TEL, "Vérif identité. « Date de naissance ? » « [[DN:4 3 87]] ». L'agent tape [[DN:04/03/1987]], ça colle pas. Elle avait inversé : [[DN:3 avril 87]]. Pour lui le jour/mois inversé c'est la moitié des échecs. {{Appel 14}} de la matinée."),
    # ---- Caf, contrôle sur place (12)
    (CAF, CSP, "Visite chez Mme [[P:Traoré]], [[ADR:Les Hauts de Bréquigny, tour 12, 9e étage, porte 94, 35200 Rennes]]. Interphone HS, on attend {{10 min}} qu'un voisin ouvre. Contrôle « isolement » : elle déclare vivre seule avec {{3 enfants}}. Le contrôleur regarde sans ouvrir les placards (« on fouille pas, on constate »). Sur le frigo, une facture au nom de M. [[P:Sangaré Issa]] à la même adresse. Elle dit : « c'est le père des enfants, il se fait domicilier ici pour son courrier, il vit chez sa mère à [[ADR:Villejean, 4 rue de Bourgogne]] ». Le contrôleur note tout, il tranchera au bureau. {{55 min}} sur place, {{2 pages}} de rapport."),
    (CAF, CSP, "Dossier [[ALLOC:0937264]]. Devant la maison une {{Clio}} grise immat [[IMMAT:FG-482-TK]]. Le contrôleur note la plaque, il vérifiera la carte grise : si elle est au nom de M. [[P:Ould-Ali Ferhat]] → vie maritale possible. Madame dit que c'est la voiture de son frère."),
    (CAF, CSP, "Visite rurale : [[ADR:lieu-dit La Ville-Guérin, 35460 Maen Roch]]. GPS perdu, on demande au bar-tabac. {{25 min}} de route depuis l'antenne de {{Fougères}}. Le monsieur nous attendait devant sa porte depuis {{9h}}."),
    (CAF, CSP, "Fiche de contrôle (je recopie ce que le contrôleur remplit) :\nAllocataire : [[P:COULIBALY Awa]]\nN° : [[ALLOC:1457082]]\nNé(e) : [[DN:08.12.1979]]\nComposition : {{1 adulte}} {{4 enfants}}\nRessources déclarées : {{0 €}}\nObjet : {{RSA majoré}}"),
    (CAF, CSP, "3e rdv : personne. Avis de passage au nom de M. [[P:Chaplain]], n° [[ALLOC:2760913]] écrit au stylo en haut, laissé dans la boîte, {{8 jours}} pour se manifester sinon suspension. Le contrôleur fait {{4 visites}} par jour max, {{120 km}} aujourd'hui. Il dit que {{1 visite sur 3}} tombe dans le vide."),
    (CAF, CSP, "Terrain familial, {{2 caravanes}}. Famille [[P:Winterstein]]. Caravane immat [[IMMAT:AB-571-XR]], le 4x4 a une plaque belge [[IMMAT:1-KMT-408]]. Domiciliation au {{CCAS de Vitré}}. Contrôle des ressources, ça se passe bien, café offert ☕."),
    (CAF, CSP, "Le contrôleur demande {{3 mois}} de relevés. Compte [[IBAN:FR76 3000 3021 4062 7186 8543 186]], virement mensuel de {{450 €}} d'un certain « [[P:D. MORVAN]] ». Madame : « c'est mon ex, pour les petits ». Pension alimentaire non déclarée → rappel sur {{18 mois}}."),
    (CAF, CSP, "Le fils majeur vit plus là, il est chez sa copine Mlle [[P:Kerhervé]], [[ADR:2 bis chemin de la Lande, 35590 L'Hermitage]]. Le contrôleur note l'adresse pour sortir le jeune du foyer Caf. Sa chambre est vide, confirmé en {{5 min}}."),
    (CAF, CSP, "Tablette du contrôleur, écran identification :\n[[P:LE CORRE Gwenaëlle]]\nNIR [[NIR:2 60 10 56 260 019 11]]\nnée le [[DN:21/10/1960]]\n{{AAH}} taux {{80%}}\nVisite pour vérifier la résidence, tout conforme en {{20 min}}."),
    (CAF, CSP, "Ferme isolée au bout d'un chemin de terre. Un chien, des poules, {{un olivier}} en pot (?!). Le contrôleur dit que normalement c'est {{la MSA}} pour les agriculteurs mais cette famille est bien à la {{Caf}}. Durée {{1h10}}."),
    (CAF, CSP, "Visite chez Mme [[P:Fernandes da Silva]], née le [[DN:9 mars 1977]] à {{Braga}}. Elle montre sa carte d'identité portugaise n° [[ID:14587392 6 ZX4]]. Son fils [[P:Tiago]], {{16 ans}}, est apprenti chez {{Garage Da Costa}}. Prestations versées sur un compte portugais, [[IBAN:PT50 0035 4708 5373 9630 4645 2]] : le contrôleur dit que c'est autorisé ({{SEPA}}). RAS."),
    (CAF, CSP, "Contrôle dans un foyer jeunes travailleurs, le {{FJT Le Colombier}} : [[ADR:chambre 214, 5 rue de l'Alma, 35000 Rennes]]. Le jeune, [[P:Mathis]], pas au courant du contrôle. Il est inscrit à {{France Travail}}, identifiant [[FT:6621094w]] (en minuscule sur sa feuille). Loyer résiduel {{92 €}} après {{APL}}."),
    # ---- Cpam, accueil physique (14)
    (CPAM, PHY, "Accueil {{CPAM}}, {{8h30}}. Une dame veut sa nouvelle carte vitale. L'agent lit le NIR sur l'ancienne : [[NIR:2 81 05 44 109 256 27]]. Photo refusée (fond pas blanc). Rdv refait dans {{15 jours}}."),
    (CPAM, PHY, "NIR noté sur un post-it par le patient lui-même : [[NIR:1.95.02.33.063.071.41]]. L'agent : « on met pas de points mais c'est bon ». M. [[P:Laborde]] vient pour un remboursement de {{23,50 €}} jamais arrivé."),
    (CPAM, PHY, "Borne d'accueil en panne depuis {{lundi}}, tickets papier. {{Ticket 61}} à {{10h15}}. {{3 agents}} pour {{40 personnes}}. L'affiche dit « {{ameli.fr}}, votre compte en {{5 minutes}} »."),
    (CPAM, PHY, "Demande de {{Complémentaire santé solidaire}}. Monsieur [[P:Abdoulaye Sow]] donne sa date de naissance : « [[DN:1er juillet 83]] ». Né au Sénégal, NIR [[NIR:1 83 07 99 341 012 55]]. Revenus {{8 400 €}} sur {{12 mois}}, ça passe."),
    (CPAM, PHY, "Carte mutuelle posée sur le comptoir : {{Harmonie Mutuelle}}, adhérent n° [[ID:007845213]], Mme [[P:Bertrand-Lucas]]. L'agente explique que la {{CPAM}} et la mutuelle c'est pas pareil. Incompréhension totale, {{15 min}}."),
    (CPAM, PHY, "Dossier {{AME}}. Passeport géorgien n° [[ID:13BG45120]], M. [[P:Beridze]] + son épouse [[P:Nino]]. Justificatif : élection de domicile au {{CCAS}}. L'agent vérifie la présence en France depuis plus de {{3 mois}}."),
    (CPAM, PHY, "ENORME QUEUE. UN MONSIEUR AGE (M. [[P:GUILLOU]]) ATTEND DEPUIS {{1H20}} POUR UNE FEUILLE DE SOINS. L AGENT LE FAIT PASSER DEVANT. PERSONNE RALE 👏"),
    (CPAM, PHY, "Changement d'adresse : ancienne [[ADR:45 avenue Henri Fréville, 35200 Rennes]], nouvelle [[ADR:appt 12, 1er étage, 6 rue de la Mairie, 35520 La Chapelle-des-Fougeretz]], et nouveau mail [[MAIL:famille.guenole@free.fr]]. L'agent saisit : « confirmation sous {{10 jours}} »."),
    (CPAM, PHY, "Jeune femme, [[P:Anrafa Madi]], née à {{Mamoudzou}}. NIR [[NIR:2 93 09 97 611 027 22]]. L'agent m'explique que les {{DOM}} ont un code département à {{3 chiffres}}. Elle vient pour son congé maternité, {{16 semaines}}."),
    (CPAM, PHY, "L'agent me montre les motifs du jour : {{arrêts maladie}} ({{40%}}), {{carte vitale}}, {{CSS}}, attestations de droits. Il tape à {{60 mots/min}} sans regarder. Presque personne de plus de {{70 ans}} n'a l'appli {{Ameli}}."),
    (CPAM, PHY, "Rattachement d'un enfant : [[P:Lina]], née le [[DN:14/09/2021]]. Médecin traitant déclaré : Dr [[P:Hamidou]]. Maman : Mme [[P:Saïdi]], qui a oublié le livret de famille, revient {{demain 9h}}."),
    (CPAM, PHY, "RIB pour les {{indemnités journalières}} : [[IBAN:FR76 1450 5000 3118 7207 4396 122]] ({{Caisse d'Épargne}}). L'agent le scanne, il a pas le droit de le recopier à la main. Mme [[P:Vandamme]] attend ses IJ depuis {{6 semaines}}."),
    (CPAM, PHY, "Demande de {{carte européenne d'assurance maladie}} pour des vacances au {{Portugal}}. M. [[P:Rui Gonçalves]], n° sécu [[NIR:1 86 04 22 278 093 62]]. Carte valable {{2 ans}}, arrive en {{2 semaines}}. Il repart content."),
    (CPAM, PHY, "{{Lundi de Pentecôte}}, fermé l'aprem. Dame venue pour rien."),
    # ---- Cpam, accueil téléphonique (14)
    (CPAM, TEL, "{{3646}}, plateau de {{25 conseillers}}. Premier appel : le monsieur dicte son numéro de sécu « [[NIR:un, soixante-dix-huit, zéro six, quatre-vingt-dix-neuf, trois cent cinquante, zéro vingt et un, zéro cinq]] ». La conseillère tape au fur et à mesure sans le faire répéter 😮"),
    (CPAM, TEL, "Num de sécu dicté, la conseillère répète en groupes : « [[NIR:2 – 99 – 12 – 13 – 055 – 306]]… et la clé ? » « [[NIR:15]] ». Mme [[P:Benhamou]] confirme sa date de naissance, [[DN:24 décembre 1999]]. Elle appelle pour un dépassement d'honoraires de {{35 €}}."),
    (CPAM, TEL, "Attente moyenne affichée : {{9 min}}. En vrai le premier appelant a attendu {{23 min}} (il le dit, énervé). Consigne : pas de rappel sortant sauf {{ALD}}. Le serveur vocal dit « {{tapez 1}} pour… » et les gens tapent n'importe quoi."),
    (CPAM, TEL, "Rappel à faire. Elle donne son numéro « [[TEL:zéro six, quarante-trois, dix-huit, soixante-dix-sept, zéro deux]] ». La conseillère l'écrit sur un brouillon : [[TEL:06 43 18 77 02]]. Le brouillon finit à la broyeuse à {{17h}}."),
    (CPAM, TEL, "M. [[P:Kaya]] appelle pour ses IJ. Arrêt du {{3 au 24 mars}}, son employeur {{Transports Le Floch}} a pas envoyé l'attestation de salaire. Le conseiller : « c'est à eux de la faire sur {{net-entreprises.fr}} ». Il a son RIB sous les yeux, il lit la 1re ligne « [[IBAN:FR76 1350 7000 5021]] » puis la 2e « [[IBAN:8900 7944 006]] », le conseiller l'arrête : ça se change sur {{ameli}}."),
    (CPAM, TEL, "Le conseiller transfère un dossier à une collègue de l'accueil, mail à [[MAIL:f.marchand-kone@assurance-maladie.fr]] (vu sur l'écran). Pour le public, uniquement la messagerie du compte {{ameli}}."),
    (CPAM, TEL, "« Mon nom c'est [[P:Wiśniewski]], [[P:W-I-S]]… » la conseillère : « attendez, je prends de quoi noter », il épelle « [[P:W, I, S, N, I, E, W, S, K, I]] ». {{4 tentatives}} pour le trouver dans la base à cause de l'accent sur le s."),
    (CPAM, TEL, "Une fille appelle pour sa mère hospitalisée en {{Turquie}}, numéro de là-bas [[TEL:+90 532 418 27 63]]. Soins à l'étranger : formulaire {{S3125}}, remboursement sur factures. La mère : Mme [[P:Yıldız]]."),
    (CPAM, TEL, "M. [[P:Marty]] comprend pas pourquoi on lui demande sa date de naissance alors qu'il a donné son NIR ([[NIR:148063155520878]], tout attaché). Double vérif. Il donne « [[DN:2 juin 48]] ». {{77 ans}}, très poli."),
    (CPAM, TEL, "Appel de {{1 min 30}} : mauvais numéro, M. [[P:Raymond Tual]] voulait la {{Caf}}. Transfert impossible, on lui donne le {{3230}}."),
    (CPAM, TEL, "Une dame lit sa carte de mutuelle : {{Mutuelle Familiale}}, n° adhérent [[ID:MF-00912847]]. Problème de tiers payant à la {{Pharmacie du Mail}}. Le conseiller dit que c'est la mutuelle qui bloque, pas la caisse."),
    (CPAM, TEL, "Mail dicté : « [[MAIL:marie tiret claire point ndiaye arobase yahoo point fr]] », le conseiller répète « [[MAIL:marie-claire.ndiaye@yahoo.fr]] ? » « oui ». Il envoie le lien du formulaire {{S3704}}."),
    (CPAM, TEL, "L'appelant doit changer de médecin traitant, Dr [[P:Pham Van Duc]] part à la retraite. Il cherche dans la {{Maison de santé des Longs-Champs}}, personne prend de nouveaux patients. Le conseiller peut rien faire à part le {{médiateur}}."),
    (CPAM, TEL, "Gros des appels : {{ALD}}, {{100%}}, transports en {{VSL}}. Une conseillère : « on fait du social au {{3646}} ». Elle a pris {{47 appels}} hier, son record c'est {{61}}."),
    # ---- Cpam, contrôle sur place (12)
    (CPAM, CSP, "Contrôle d'arrêt maladie avec l'agent assermenté. Adresse sur l'arrêt : [[ADR:17 rue du Bourg, 35310 Bréal-sous-Montfort]]. Sorties autorisées {{9h-11h}} et {{14h-16h}}. Il est {{11h20}} : M. [[P:Guérin]] est là. OK."),
    (CPAM, CSP, "2e visite : personne. Voiture dans l'allée, [[IMMAT:EK 093 PL]]. L'agent sonne {{3 fois}}, laisse un avis. Assurée : Mme [[P:Joly-Mbemba]]. Elle devra justifier son absence sous {{48h}}."),
    (CPAM, CSP, "Sur l'avis d'arrêt (volet 3) : NIR [[NIR:2 84 06 62 193 118 35]], {{arrêt initial}} de {{15 jours}}, « sorties libres » cochées. L'agent dit que {{70%}} des arrêts ont des sorties autorisées."),
    (CPAM, CSP, "Hameau : [[ADR:lieu-dit Kerbastard, 29190 Pleyben]]. Pas de numéro, {{4 maisons}}, la bonne c'est « celle avec les volets verts » dit un voisin. M. [[P:Le Meur]], en arrêt pour lombalgie, fendait du bois 🪓. Il dit « c'est le kiné qui m'a dit de bouger ». L'agent reste neutre, note l'heure ({{15h40}}, sorties autorisées jusqu'à {{16h}}, donc rien à redire sur l'horaire) et l'activité. Constat rédigé, transmis au service médical qui décidera. Sur le chemin du retour il m'explique que les contrôleurs ne jugent jamais sur place. {{1h20}} de route aller-retour pour {{10 min}} de visite."),
    (CPAM, CSP, "Matinée : {{6 contrôles}} prévus, {{4 présents}}, {{1 absent}}, 1 adresse introuvable. {{87 km}}. L'agent dit que c'est ciblé (arrêts courts répétés), pas au hasard."),
    (CPAM, CSP, "[[ADR:Bât D, escalier 3, 5e sans ascenseur, porte 52, 12 square de Galicie, 35200 Rennes]]. Mme [[P:Ba]], en arrêt depuis {{3 semaines}}, nous ouvre en pyjama. Rien à signaler, {{6 min}}."),
    (CPAM, CSP, "L'agent demande une pièce d'identité : CNI n° [[ID:T7F3KQ2N9]], [[P:Océane Marchal]], née le [[DN:05.03.2002]]. {{23 ans}}, arrêt pour épuisement, elle bosse à l'{{EHPAD Les Tilleuls}}."),
    (CPAM, CSP, "L'assuré a déménagé sans prévenir, il est chez sa mère : [[ADR:La Grée, route de Plélan, 35380 Paimpont]]. L'agent note la nouvelle adresse, pas de sanction si déclaration sous {{15 jours}}. M. [[P:Bouvier]] soulagé 👍"),
    (CPAM, CSP, "Je demande qui contrôle. Réponse : des {{agents assermentés}} de la caisse, pas les médecins conseils (eux convoquent). Obligations de l'assuré : {{article L323-6}} du {{code de la sécurité sociale}}, il me le montre sur son tel."),
    (CPAM, CSP, "Visite chez M. [[P:Öztürk Mehmet]], [[ADR:3 allée de Bretagne appt 204 35000 Rennes]]. Le fils traduit. Courrier d'hôpital sur la table : IPP [[ID:P00781245]]. Tout en règle, {{12 min}}."),
    (CPAM, CSP, "Personne. La voisine dit qu'il est « au pays pour les vacances ». Dans la cour une voiture immatriculée en Serbie, [[IMMAT:BG 417-KD]]. Assuré : [[P:Dragan Petrović]], arrêt jusqu'au {{30 juin}}. Signalement au service contentieux."),
    (CPAM, CSP, "Contrôle à [[ADR:la Ville-Ès-Nouveaux, 35250 Chevaigné]] (pas de rue, juste le nom du lieu-dit sur la boîte). M. [[P:Gicquel]] présent, il nous montre ses ordonnances. {{Arrêt de 3 mois}} après chirurgie, cohérent."),
    # ---- CCAS, accueil physique (14)
    (CCAS, PHY, "Domiciliation : {{98 personnes}} domiciliées ici, adresse postale du {{CCAS, 2 place de la Mairie}}. M. [[P:Popescu Ionuț]] vient chercher son courrier, il montre son passeport roumain [[ID:058214736]]. {{3 lettres}} pour lui, dont une de la {{préfecture}}."),
    (CCAS, PHY, "Aide alimentaire : bon de {{40 €}} pour l'{{épicerie solidaire}}. Mme [[P:Da Silva]] donne son num alloc pour le calcul du reste à vivre : [[ALLOC:5 02 61 88]]. Reste à vivre : {{4,80 €/jour}}. Accordé."),
    (CCAS, PHY, "Accueil du {{CCAS}} = un bureau, {{2 chaises}}, une {{fontaine à eau}} vide. {{14 passages}} entre {{9h}} et {{12h}}. Surtout des aides énergie, transport ({{carte KorriGo}}), dossiers {{APA}}."),
    (CCAS, PHY, "Facture {{EDF}} impayée, {{612 €}}. Réf client [[ID:6004 513 872]], point de livraison [[ID:14325678901234]] (l'agente insiste pour avoir les deux). Mme [[P:Rivière]] a reçu un avis de coupure pour {{vendredi}}. Appel au service solidarité, coupure suspendue."),
    (CCAS, PHY, "Dossier {{APA}} pour M. [[P:Jean-Yves Le Gall]], né le [[DN:12 février 1939]] (lui dit « [[DN:en 39, en février]] »). Vit seul au [[ADR:Moulin de la Roche, 35470 Bain-de-Bretagne]]. Sa fille [[P:Nathalie]] l'accompagne et parle à sa place. Elle donne son propre numéro pour les rappels, [[TEL:06 31 72 08 45]], et son mail, [[MAIL:nath.legall (arobase) laposte (point) net]]. L'agente remplit la demande sur le formulaire {{cerfa 16301*01}} : {{14 pages}}. Il manque l'avis d'imposition {{2024}} et le RIB. Le monsieur regarde par la fenêtre tout le long, il dit juste à la fin : « je veux pas aller en maison ». {{50 min}}."),
    (CCAS, PHY, "Jeune homme ({{24 ans}}), adresse : foyer {{Adoma}} [[ADR:8 rue de Lorient, ch. 17, 35000 Rennes]]. Inscrit {{France Travail}} ([[FT:5 108 227 N]]). Demande une aide au {{permis B}}, {{1 200 €}} de reste à payer. Dossier à compléter, manque l'avis d'imposition."),
    (CCAS, PHY, "Elle veut la réponse par mail : « [[MAIL:kaoutar93 arobase hotmail.fr]] », l'agent note sur un post-it jaune. Je demande si c'est normal, réponse : « on a pas d'autre outil ». Aide {{cantine}} : {{3 enfants}} à {{1 €}} le repas."),
    (CCAS, PHY, "Le monsieur a perdu son tel, il se rappelle juste que son numéro finit par [[TEL:44 19]]. Impossible de le rappeler. Son dossier {{secours d'urgence}} reste en attente. M. [[P:Diakité]] repassera {{jeudi}}."),
    (CCAS, PHY, "Commission permanente {{mardi}} : {{23 dossiers}} d'aides facultatives. Plafond {{300 €}} par an et par foyer. L'agente remplit la grille pour Mme [[P:Gonçalves]] : n° alloc [[ALLOC:4419736]], quotient familial {{612}} (< {{650}}), accordé {{200 €}}. « On fait du cas par cas »."),
    (CCAS, PHY, "Mme [[P:Mbala Nsimba]] ({{RDC}}), récépissé n° [[ID:3502987641]]. Hébergée chez une compatriote, [[ADR:11 rue Guy Ropartz, 35700 Rennes]], mais elle peut pas recevoir de courrier là-bas (la compatriote veut pas). Demande de domiciliation acceptée."),
    (CCAS, PHY, "Veuve depuis {{3 mois}}, Mme [[P:Marie-Thérèse Hamon]], {{81 ans}}. Demande d'aide obsèques : facture des {{Pompes Funèbres Rolland}}, {{3 240 €}}. Elle pleure, l'agente lui tient la main. Accord de principe pour {{500 €}}."),
    (CCAS, PHY, "Logiciel (recopié ligne par ligne) :\nBénéficiaire : [[P:BOUAZIZ Samir]]\nDDN : [[DN:1969.10.07]]\nNIR : [[NIR:1 69 10 99 352 033 50]]\nN° CAF : [[ALLOC:2081553]]\nAdresse : chez M. [[P:Hadj-Ali]], [[ADR:4 rue de Dinan, 35000 Rennes]]\nAide : {{secours d'urgence}} {{150 €}}"),
    (CCAS, PHY, "Aide au dossier {{MDPH}} : n° de dossier [[ID:35-2019-004817]] pour son fils [[P:Noah]]. Renouvellement de l'{{AEEH}}. Délai annoncé {{6 mois}}. La mère : « le dossier fait {{20 pages}} et ils le perdent »."),
    (CCAS, PHY, "{{11h58}}, dernière dame reçue porte fermée. « Sinon elle revient pas »."),
    # ---- CCAS, accueil téléphonique (14)
    (CCAS, TEL, "Standard du {{CCAS}} : {{1 seule ligne}}, la secrétaire décroche aussi pour l'état civil. {{31 appels}} dans la matinée, aucun message laissé sur le répondeur (il est plein depuis {{février}})."),
    (CCAS, TEL, "Une voisine inquiète : la vieille dame du [[ADR:27 rue Saint-Hélier, 3e gauche]] ouvre plus depuis {{2 jours}}. Nom sur la boîte : Mme [[P:Le Roux]]. L'agente appelle la {{police municipale}} tout de suite."),
    (CCAS, TEL, "Elle lit son numéro allocataire sur l'appli : « [[ALLOC:sept deux zéro cinq, un huit neuf]] ». L'agente recopie [[ALLOC:7205189]] et vérifie en le relisant. Pour le {{tarif social}} de la cantine."),
    (CCAS, TEL, "Registre canicule, l'agente appelle les inscrits. Liste sur l'écran :\n- [[P:ROBIN Odette]] [[TEL:02 99 41 27 85]] ✔\n- [[P:GAUTIER René]] [[TEL:06 08 55 14 39]] répondeur\n- [[P:LY Sophal]] [[TEL:02 99 41 90 62]] ✔\n{{38 inscrits}}, {{2h}} d'appels."),
    (CCAS, TEL, "La conseillère donne à un usager l'adresse générique {{ccas@mairie-vezin.fr}} pour envoyer ses justificatifs. Il donne la sienne : [[MAIL:le_rouzic.pat@orange.fr]]. Elle répète lettre par lettre, il y a un tiret bas."),
    (CCAS, TEL, "Prise de rdv pour une {{aide à domicile}}. « Votre date de naissance ? » « Le [[DN:14 juillet]]… comme la {{fête nationale}}, en [[DN:trente-six]] ». L'agente rit. Mme [[P:Pichon]], {{89 ans}}, toute seule depuis l'hiver."),
    (CCAS, TEL, "{{Lundi}} = jour des loyers impayés. {{6 appels sur 9}} pour des dettes. L'agente oriente vers le {{FSL}} et la {{CCAPEX}}. Elle note tout dans un cahier à spirale, pas dans le logiciel."),
    (CCAS, TEL, "« Rappelez-moi au [[TEL:07 81]]… non pardon, [[TEL:07 18 44 62 90]] ». M. [[P:Nascimento]], pour une aide au {{permis B}}, identifiant France Travail obligatoire : [[FT:3318260 F]]. L'agente relit le numéro deux fois."),
    (CCAS, TEL, "Courrier d'une asso lu au tel : « contacter notre bénévole [[P:Hélène]] à [[MAIL:helene.b[at]secours-rennes.org]] ». L'agente transmet à la famille, {{épicerie sociale}} le {{mercredi}}."),
    (CCAS, TEL, "Le propriétaire (un particulier, M. [[P:Castel]]) dicte son IBAN pour recevoir l'aide directement : [[IBAN:FR76 1131 5000 0198 5898 0905 483]]. L'aide de {{350 €}} part sous {{10 jours}}."),
    (CCAS, TEL, "Appels de {{9h}} à {{9h20}} : un {{taxi}} pour une dialyse, le {{portage de repas}}, une mairie voisine. Aucun nom noté, que des questions générales."),
    (CCAS, TEL, "Dossier {{téléassistance}}. L'agente demande au fils la carte d'identité de sa mère, il lit « [[ID:0411 3520 4712]] ». Mère : Mme [[P:Yvette Chauvin]], née le [[DN:03/08/1932]]. Installation prévue {{sous 8 jours}}."),
    (CCAS, TEL, "Le monsieur donne un numéro où le joindre, celui de sa soeur : « [[TEL:zéro deux, quatre-vingt-dix-neuf, cinquante-trois, zéro zéro, dix-sept]] ». Il a pas de portable. {{Dossier RSA}} suivi par le {{CCAS}}."),
    (CCAS, TEL, "Une jeune dit qu'on peut la joindre que par Insta : [[ID:@lilou.bzh_35]]. L'agente : « on fait pas ça ». Elle finit par donner le tel de sa mère, [[TEL:06 27 90 33 18]]. Demande d'aide au {{BAFA}}."),
    # ---- CCAS, contrôle sur place / visites à domicile (12)
    (CCAS, CSP, "Visite à domicile avec l'évaluatrice : [[ADR:La Haute Bretonnière, 35150 Janzé]], ferme, {{2 km}} de chemin. M. et Mme [[P:Loisel]], {{88}} et {{85 ans}}, à la {{MSA}} (n° [[ALLOC:7 051 392]]). Ils parlent du « petit [[P:Pierrot]] » (leur fils, {{60 ans}}) et de {{la pierre}} à aiguiser du grand-père."),
    (CCAS, CSP, "Logement insalubre : moisissures dans {{2 pièces}}, {{14°C}} dans le salon. L'agent prend des photos pour l'{{ARS}}. Chauffage d'appoint au pétrole. {{45 min}} sur place."),
    (CCAS, CSP, "Sur la table un courrier du bailleur {{Néotoa}} : « Madame [[P:Camara Fatoumata]], réf. contrat [[ID:0012-4587-03]], [[ADR:Bât B, appt 008, 2 rue de Normandie, 35740 Pacé]] ». Prélèvement sur le compte [[IBAN:FR76 1660 6100 2398 6247 6047 563]] rejeté {{2 fois}}. Dette de {{740 €}}, plan d'apurement proposé."),
    (CCAS, CSP, "Couple qui vit dans un camping-car sur le parking du stade. Plaque [[IMMAT:DZ-331-FN]]. Leur adresse c'est la domiciliation au {{CCAS}}. M. [[P:Lefebvre]] ({{58 ans}}) et « [[P:Nanou]] »."),
    (CCAS, CSP, "Mme [[P:Pinto]] vit chez sa fille : [[ADR:14 lotissement Les Pommiers, 35137 Bédée]]. Elle dort dans le salon. Demande de logement social n° unique [[ID:035 24 11 00415]], en attente depuis {{2 ans}}."),
    (CCAS, CSP, "Tournée {{portage de repas}} : {{18 repas}} livrés de {{10h}} à {{12h30}}, dans le Kangoo du {{CCAS}} ({{EH-204-QW}}). Chaque repas {{7,20 €}}. La livreuse connaît tout le monde, {{5 minutes}} max par porte."),
    (CCAS, CSP, "Pilulier sur la table : « [[P:ROLLAND Gérard]], né le [[DN:19/03/1941]] ». Boîtes de {{Doliprane}} partout. L'infirmière passe {{2 fois par jour}}, l'évaluatrice propose {{4h}} d'aide à domicile par semaine."),
    (CCAS, CSP, "Courrier de sortie du {{CHU}} sur le buffet : patient [[P:Tran Van Minh]], IPP [[ID:80045123]], hospitalisé {{12 jours}}. Retour à domicile sans aide, sa femme [[P:Mai]] a {{84 ans}}. On déclenche le {{SSIAD}}."),
    (CCAS, CSP, "LOGEMENT TRES ENCOMBRE (syndrome de Diogène ?). L'AGENT DIT QUE C'EST LE {{3E CAS}} CETTE ANNEE. ON RESTE SUR LE PALIER, {{10 MIN}}. ORIENTATION {{CMP}}."),
    (CCAS, CSP, "Visite au [[ADR:Rés. Les Acacias, bât A, esc 1, RDC droite, 9 rue Pierre Martin, 35510 Cesson-Sévigné]]. Mme [[P:Kabongo]] a son NIR sur un vieux papier : [[NIR:2 58 11 35 047 016 04]]. Elle dit qu'elle est née en [[DN:novembre cinquante-huit]], donc {{66 ans}}. Elle vit seule depuis {{2019}}."),
    (CCAS, CSP, "L'évaluatrice remplit la grille {{AGGIR}} : {{GIR 4}}. Questions : se lever, s'habiller, manger. Mme [[P:Lozach]] répond à tout « oh ça va ». Sa voisine dit le contraire. {{40 min}}."),
    (CCAS, CSP, "Visite chez M. [[P:Ahmed Youssouf]] (né aux {{Comores}}), [[ADR:résidence Le Blosne, tour 3, 11e, porte 112]]. Il attend le passage de l'ascenseur réparé depuis {{5 semaines}}, il a {{71 ans}}, il sort plus."),
    # ---- Urgences, accueil physique (IOA, admissions) (14)
    (URG, PHY, "Accueil des urgences, {{14h10}}. {{31 patients}} en salle, attente {{4h}}. L'IOA ([[P:Clémence]]) trie en {{3 min}} par patient : motif, douleur, constantes, puis {{tri 3}} pour presque tout le monde."),
    (URG, PHY, "Admission, écran recopié :\nNom : [[P:BELLANCE]]\nPrénom : [[P:Marie-Louise]]\nDate naiss. : [[DN:30/08/1973]]\nNIR : [[NIR:2 73 08 97 101 145 66]]\nMutuelle : {{MGEN}}\nMédecin traitant : Dr [[P:Lavergne]]\nAdresse : [[ADR:Le Clos Mouton, 35590 Clayes]]\nTél : [[TEL:06 90 41 27 73]]\nMail : [[MAIL:mlbellance@wanadoo.fr]]\nPers. à prévenir : [[P:BELLANCE Rose]] (fille)\n→ l'agente vérifie tout à voix haute, la salle entend tout."),
    (URG, PHY, "Patient inconnu amené par les {{pompiers}}, aucun papier. Créé dans le logiciel « X Inconnu », né le {{01/01/1900}} (convention du service). IPP [[ID:P00452331]]. Identité retrouvée {{2h}} plus tard grâce à sa soeur."),
    (URG, PHY, "Touriste allemand, M. [[P:Jürgen Hoffmann]], cheville cassée à la descente du {{TGV}}. Carte européenne, n° de carte [[ID:80276 0031245678]]. L'agente admin se débrouille avec {{Google Traduction}}, {{10 min}}."),
    (URG, PHY, "Salle d'attente : {{42 chaises}}, {{3 brancards}} dans le couloir. Écran « temps d'attente estimé {{5h}} » pour les {{tri 5}}. Un vigile, un distributeur en panne. Personne lit les affiches."),
    (URG, PHY, "Formulaire personne de confiance rempli à l'accueil : « [[P:Yasmina]], nièce, [[TEL:06.62.19.48.73]] ». Patiente : Mme [[P:Hadjadj]], {{92 ans}}, chute à l'{{EHPAD Les Hortensias}}."),
    (URG, PHY, "Homme sans domicile. Adresse saisie : « {{SDF}} » + domiciliation {{CCAS de Rennes}}. Il donne juste « [[P:Ludo]] ». L'agente le crée avec une date de naissance « [[DN:vers 1975]] », c'est ce qu'il dit."),
    (URG, PHY, "M. [[P:Santoni]] tend sa carte vitale, le lecteur la lit pas. Saisie à la main : [[NIR:1 75 01 2B 033 052 01]]. L'agente : « le 2B ça plante une fois sur deux ». {{20 min}} pour une admission."),
    (URG, PHY, "Relève de {{7h}} : Dr [[P:Okafor]] passe la main au Dr [[P:Lemaître-Viala]]. {{17 patients}} dans les box. L'infirmier [[P:Théo]] me montre le tableau : {{box 1}} à {{box 12}}, {{UHCD}} pleine."),
    (URG, PHY, "Grille affichée au mur, de {{tri 1}} (urgence vitale) à {{tri 5}}. Un patient {{tri 2}} passe devant tout le monde, une dame râle. L'IOA explique calmement pendant {{4 min}}."),
    (URG, PHY, "Enfant de {{4 ans}}, [[P:Yanis]], fièvre. Carnet de santé : né le [[DN:11.06.2021]]. Le père donne son tel [[TEL:0783259140]] (tout collé). Attente pédiatrie {{1h30}}."),
    (URG, PHY, "Dame ukrainienne, protection temporaire. APS, numéro AGDREF [[ID:7501923384]]. [[P:Olena Kovalenko]], née le [[DN:1988-05-16]] (recopié du document). Interprète par tel via {{ISM}}, {{15 min}}."),
    (URG, PHY, "Adresse donnée pour le dossier : [[ADR:Bat F esc 4 appt 1403, 6 bd de Yougoslavie, 35200 Rennes]]. L'agente dit que {{1 dossier sur 5}} a une adresse pas à jour. Patient M. [[P:Diallo]], {{34 ans}}."),
    (URG, PHY, "Mme [[P:Albertini]], {{60 ans}}, en vacances. Attestation papier de sa caisse en Corse, NIR [[NIR:265022A00403754]]. L'agente recopie lettre par lettre le « A »."),
    # ---- Urgences, accueil téléphonique (standard, centre 15) (14)
    (URG, TEL, "Standard des urgences. Une mère appelle pour son fils [[P:Kevin]] amené cette nuit. L'agent a pas le droit de donner d'infos par tel, il la renvoie vers le {{cadre de santé}} à partir de {{9h}}."),
    (URG, TEL, "Régulation {{centre 15}}, j'écoute à côté de l'ARM ([[P:Sandrine]]). Appelante affolée, elle parle vite. Adresse : « [[ADR:12 hameau de la Touche, 35160 Montfort-sur-Meu]] », portail bleu, « la maison après le calvaire ». L'ARM fait répéter la commune {{2 fois}}. Tel de rappel [[TEL:06 19 84 27 53]], elle le redonne une 2e fois en se trompant « [[TEL:06 19 48]]… non, [[TEL:84 27 53]] ». Son père, {{78 ans}}, tombé dans l'escalier, conscient. Le médecin régulateur, Dr [[P:Kervella]], pose {{4 questions}}. Pas de SMUR, {{pompiers}} envoyés. Décroché→décision : {{3 min 10}}."),
    (URG, TEL, "L'{{EHPAD Les Amandiers}} appelle : résidente Mme [[P:Grall]], {{chambre 114}}, vomissements. Infirmière de l'Ehpad : [[P:Armelle]]. L'ARM demande la date de naissance : [[DN:16/11/1931]]."),
    (URG, TEL, "Entre {{2h}} et {{4h}} du matin : {{23 appels}} au {{15}}, dont {{8 conseils}} (fièvre d'enfant surtout). L'ARM tape pendant que le médecin régulateur écoute. Décroché moyen {{40 s}}."),
    (URG, TEL, "Touriste anglais, il donne son numéro en anglais « [[TEL:plus four four, seven seven zero zero, nine one two, three four five]] ». L'ARM note [[TEL:+44 7700 912345]] et passe en anglais, {{pas mal}}."),
    (URG, TEL, "Appel pour la {{pharmacie de garde}} → {{3237}}. {{30 s}}."),
    (URG, TEL, "Un fils appelle : « mon père [[P:Abdelkader Mansouri]], né le [[DN:5 mai 1944]], il est chez vous ? ». Réponse : on confirme pas la présence d'un patient sans son accord. Le fils insiste {{10 min}}."),
    (URG, TEL, "Le cadre de santé donne son mail à un médecin traitant : [[MAIL:c.rio@chu-haute-vilaine.fr]], « pas la boîte générique {{urgences.secretariat@chu-haute-vilaine.fr}}, personne la lit »."),
    (URG, TEL, "La police appelle pour un accidenté : conducteur [[P:Mickaël Tessier]], véhicule [[IMMAT:GH-907-CB]]. L'agent confirme rien, il demande à être rappelé via le {{17}}."),
    (URG, TEL, "Adresse dictée : « [[ADR:quarante-deux, rue du Général de Gaulle, bâtiment C, deuxième étage, porte de droite]] », l'ARM répète en chiffres. Commune : {{Vitré}}. Nom sur l'interphone : [[P:Lebreton-Diouf]]."),
    (URG, TEL, "APPEL POUR UNE MORSURE DE CHIEN. CONSEIL : LAVER, DESINFECTER, VOIR SON MEDECIN SOUS {{24H}}. PAS BESOIN DES URGENCES. {{2 MIN}}."),
    (URG, TEL, "Appel via le relais {{114}} (personne sourde, par SMS). Message : « ma mère [[P:Simone]] respire mal, on habite [[ADR:5 chemin des Vignes, Le Rheu]] ». SMUR déclenché en {{4 min}}."),
    (URG, TEL, "Le labo appelle un résultat critique : patient IPP [[ID:P00439982]], potassium {{6,8}}. L'interne, Dr [[P:Ngo]], rappelle le patient rentré chez lui au [[TEL:02 23 45 61 08]]."),
    (URG, TEL, "Le standard prend aussi les appels pour le {{parking}} ({{2,40 €/h}}) et les {{horaires de visite}} ({{13h-20h}}). « On est pas l'accueil principal » dit l'agent, fatigué."),
    # ---- Urgences, sorties SMUR et équipe mobile gériatrie (12)
    (URG, CSP, "Sortie SMUR {{10h42}}. Adresse transmise : [[ADR:lieu-dit Le Pont-Hus, 35230 Bourgbarré]]. Le GPS connaît pas, l'ambulancier [[P:Fred]] si. Homme {{62 ans}}, douleur thoracique. {{18 min}} de trajet."),
    (URG, CSP, "Accident sur la {{D137}}, {{2 véhicules}} : [[IMMAT:FL-204-MA]] et une voiture espagnole [[IMMAT:4821 KTB]]. Le conducteur espagnol, [[P:Sergio Ruiz]], montre son DNI [[ID:48273916Q]]. Rien de grave, {{1 transport}}."),
    (URG, CSP, "Équipe mobile gériatrie chez M. [[P:Quéméner]], {{71 ans}}, né à {{Brest}}. NIR sur l'attestation : [[NIR:1 54 03 29 019 077 93]]. Il vit [[ADR:2e sans ascenseur, 8 rue des Forges, 35510 Cesson-Sévigné]]. Il descend plus depuis {{janvier}}."),
    (URG, CSP, "Retour de SMUR : {{1h35}} de sortie, {{45 km}}, médecin + infirmière + ambulancier. Le véhicule ({{VLM 2}}) est désinfecté en {{15 min}}. Sortie suivante {{12h05}}."),
    (URG, CSP, "Patiente hébergée chez son frère [[P:Armando Lopes]], [[ADR:19 rue des Écoles, 35650 Le Rheu]]. Elle, [[P:Fernanda]], est là depuis {{2 semaines}}, arrivée de {{Porto}} en voiture ([[IMMAT:AT-27-QM]] devant la maison). Pas de carte vitale."),
    (URG, CSP, "Pas de papiers sur lui, juste une carte de mutuelle {{Malakoff Humanis}} n° [[ID:1042 8873 561]] et une carte {{KorriGo}} au nom de [[P:A. Benyahia]]. Inconscient, {{tri 1}}."),
    (URG, CSP, "Planning EMG du jour :\n{{9h30}} Mme [[P:Rouxel]] – [[ADR:4 rue du Stade, 35630 Hédé-Bazouges]]\n{{11h}} M. [[P:Tanguy]] – [[ADR:La Basse-Lande, 35630 Vignoc]]\n{{14h}} Mme [[P:Chevalier]] – {{EHPAD Les Tilleuls}}\n{{3 visites}}, {{90 km}}"),
    (URG, CSP, "Bébé de {{13 mois}}, convulsions. La mère donne la date de naissance au médecin : « le [[DN:vingt septembre]] ». [[P:Maëlys]]. Transport à l'{{Hôpital Sud}}, la mère monte devant."),
    (URG, CSP, "La fille de Mme [[P:Cadiou]] veut le compte rendu par mail : [[MAIL:sophie.cadiou29 at gmail dot com]] (écrit comme ça sur un bout de papier). Le médecin refuse, envoi au médecin traitant via {{MSSanté}}."),
    (URG, CSP, "{{Équipe mobile gériatrie}} = {{1 médecin}}, {{1 IDE}}, {{1 ergothérapeute}}. Sur place ils regardent tapis, éclairage, frigo, pilulier. Le frigo est vide, {{2 yaourts}}. « C'est ça le vrai bilan »."),
    (URG, CSP, "Malaise au volant sur le parking du {{Leclerc}}. Voiture [[IMMAT:cq-781-zd]] (écrit en minuscules par le pompier). Patient [[P:Gérald Moisan]], diabétique. Glycémie {{0,42 g/l}}."),
    (URG, CSP, "Avant de partir l'infirmière note le numéro du voisin qui a appelé, [[TEL:06 55 03 71 28]], et la date de naissance de la patiente, [[DN:2/2/40]], lue sur sa carte d'identité. Mme [[P:Josiane]] ({{85 ans}}) reste à domicile."),
    # ---- CHRS / accueil de jour, accueil physique (14)
    (CHRS, PHY, "Accueil de jour, {{8h}}. {{27 personnes}} au petit déj. Douches : {{6 cabines}}, {{15 min}} chacune. L'éducatrice [[P:Laetitia]] tient le cahier des passages, à la main."),
    (CHRS, PHY, "Nouvelle arrivée, fiche d'admission :\nNom : [[P:DOGAN]]\nPrénom : [[P:Emre]]\nNé le : [[DN:14 12 1990]]\nNIR : [[NIR:1 90 12 99 208\n061 47]]\nN° alloc : [[ALLOC:3 904 618]]\nID France Travail : [[FT:2207415 L]]\nTél : [[TEL:07 51 63 98 02]]\nOrienté par : {{SIAO}}\nRéf SIAO : [[ID:SI-2024-035-08817]]\nRessources : {{RSA}} {{635,71 €}}"),
    (CHRS, PHY, "Un homme se présente comme « [[P:Le Grand]] ». Refuse de donner son vrai nom, l'accueil l'accepte quand même, c'est inconditionnel. Il laisse son chien {{Rocky}} attaché devant avec une gamelle."),
    (CHRS, PHY, "Bagagerie : {{40 casiers}}, du {{casier 12}} au {{casier 25}} libres. Liste d'attente de {{11 personnes}} quand même (?). Un casier = {{1 mois}} renouvelable."),
    (CHRS, PHY, "M. [[P:Mamadou Bah]] (Guinée), récépissé de demande d'asile, AGDREF [[ID:7502468013]]. Rdv {{OFII}} {{le 18}}. Place en {{CADA}} en attente depuis {{4 mois}}."),
    (CHRS, PHY, "Jeune sorti de l'{{ASE}} à {{18 ans}}, [[P:Kylian]]. Sur son papier de l'{{ASE}} la date de naissance est écrite [[DN:01/03/07]], sur sa CNI [[DN:1er mars 2007]]. Il a {{12 €}} sur lui et un sac de sport."),
    (CHRS, PHY, "Il donne son tel : « [[TEL:06 98]]… attends je regarde… [[TEL:06 98 21 44 07]] ». Batterie à {{3%}}, l'accueil lui prête un chargeur. [[P:Steve]], {{37 ans}}."),
    (CHRS, PHY, "Écran {{SI-SIAO}} :\nDemande n° [[ID:2024-35-119284]]\nMénage : {{1 adulte}} + {{2 enfants}}\nDemandeur : [[P:MOUSSA Hadidja]]\nDate naiss. : [[DN:1994-02-09]]\nStatut : {{en attente}}"),
    (CHRS, PHY, "Repas : {{120 repas}} le midi. {{4 bénévoles}} du {{Secours populaire}}. Menu : hachis parmentier, {{une pomme}}. Les gens mangent vite, {{20 min}}, et repartent."),
    (CHRS, PHY, "Famille bulgare, M. [[P:Dimitrov Georgi]] et Mme [[P:Petrova]], {{3 enfants}}. CNI bulgare n° [[ID:648213957]]. Ils dorment dans leur voiture, plaque bulgare [[IMMAT:CA 4721 KP]]."),
    (CHRS, PHY, "Pour la domiciliation, l'adresse à donner c'est celle de l'accueil de jour, {{12 rue de Paris}}. M. [[P:Vannier]] l'écrit sur sa main au stylo bille."),
    (CHRS, PHY, "L'éducateur aide un monsieur à créer une adresse mail pour {{France Travail}} : [[MAIL:jeanmarc.lenoir1972@gmail.com]]. Le mot de passe est écrit sur un papier que le monsieur met dans sa chaussette 🧦 Ensuite ouverture d'un compte {{Nickel}} au {{tabac}} d'en face : IBAN imprimé sur le ticket, [[IBAN:FR76 4255 9100 0089 7921 7151 606]]. « Premier compte de ma vie » dit-il."),
    (CHRS, PHY, "{{10h30}} dispute machine à laver. Réglé en {{2 min}}."),
    (CHRS, PHY, "Une femme victime de violences arrive avec sa fille. Elle veut pas que son nom soit écrit dans le cahier, l'éducatrice note juste « [[P:K.]] ». Orientation {{3919}} et accueil {{CIDFF}}."),
    # ---- CHRS, 115 (14)
    (CHRS, TEL, "{{115}} d'Ille-et-Vilaine, {{20h}}. {{64 appels}} en attente au démarrage. L'écoutante [[P:Morgane]] dit que {{1 sur 10}} aura une place ce soir."),
    (CHRS, TEL, "Appel : M. [[P:Sacko]], {{41 ans}}, dort à la {{gare}} depuis {{3 nuits}}. Numéro affiché [[TEL:07 53 88 16 24]]. Pas de place, rappel demain {{14h}}."),
    (CHRS, TEL, "L'écoutante retrouve la fiche, n° [[ID:115-35-2023-4471]]. Dernière mise à l'abri le {{12 janvier}}. Il a un chien, ça ferme {{2 centres sur 3}}."),
    (CHRS, TEL, "Famille avec {{2 enfants}} ({{3 et 6 ans}}), Mme [[P:Diabaté]] appelle d'un tel emprunté. Mise à l'abri en hôtel, {{Ibis Budget}}, {{1 nuit}}."),
    (CHRS, TEL, "La dame donne sa date de naissance pour retrouver son dossier : « [[DN:dix-neuf, zéro quatre, quatre-vingt-sept]] ». Prénom : [[P:Gwendoline]]. Puis son num allocataire pour le {{RSA}} : « [[ALLOC:5 5 3 0 8 1 2]] ». Dossier trouvé en {{30 s}}."),
    (CHRS, TEL, "{{22h}} : plus aucune place sur le département. L'écoutante, [[P:Aïcha]], continue à décrocher pour dire non. {{37 refus}} dans la soirée, tous notés pour les stats {{DDETS}}."),
    (CHRS, TEL, "Un travailleur social appelle pour un signalement, il donne son mail pro [[MAIL:t.guillemot@asso-le-relais.org]]. Personne signalée : « [[P:Bébert]] », sous le pont de {{Saint-Martin}}, {{70 ans}} environ."),
    (CHRS, TEL, "Pour un dossier {{CSS}} il donne le début de son NIR, « [[NIR:1 01 09 93]] »… et il a oublié la suite. [[P:Wilfried]], {{24 ans}}, né à {{Saint-Denis}}."),
    (CHRS, TEL, "Une assistante sociale du {{CHU}} appelle depuis le {{poste 64218}} pour une sortie sans solution : M. [[P:Hervé Gouriou]], né le [[DN:18/02/1962]], sortie prévue {{demain 11h}}."),
    (CHRS, TEL, "Un ancien hébergé appelle pour donner des nouvelles : il a un appart, un {{T2}} ! [[ADR:3 rue de Brest, apt 7, 35000 Rennes]]. L'écoutante est émue. M. [[P:Petitjean]] 😊"),
    (CHRS, TEL, "RAPPEL CONSIGNE : ON NE DONNE JAMAIS L ADRESSE DES CENTRES PAR TEL. ON DONNE LE {{RDV 21H}} DEVANT LA {{GARE ROUTIERE}}."),
    (CHRS, TEL, "Famille géorgienne, le père parle russe. L'écoutante passe par {{ISM Interprétariat}}. Numéro du père : [[TEL:+995 599 41 27 08]]. Nom noté phonétiquement « [[P:Tchkheidze]] » puis corrigé « [[P:Chkheidze]] »."),
    (CHRS, TEL, "Un couple dort dans sa voiture sur le parking du {{Leclerc}} de {{Cesson}}. Ils donnent la plaque pour que la maraude les trouve : « [[IMMAT:deux cent douze, R, X, F, trente-cinq]] ». [[P:Kévin]] et [[P:Jessica]]."),
    (CHRS, TEL, "Rappels sur le post-it de l'écoutante :\n- [[P:Ali]] [[TEL:06 12 77 48 90]]\n- Mme [[P:Roussel]] [[TEL:07.69.02.33.15]]\n- « [[P:Papy]] » pas de tel, rappellera\n{{3 rappels}} en attente à {{23h}}"),
    # ---- CHRS, maraudes et logements diffus (12)
    (CHRS, CSP, "Maraude {{21h}}-{{0h30}}, {{2 salariés}} + {{1 bénévole}}. Camion du {{Samu social}}. {{14 personnes}} rencontrées, {{32 cafés}}, {{9 couvertures}}."),
    (CHRS, CSP, "Sous le porche de l'{{église Saint-Aubin}} : [[P:Jo]] et [[P:Marco]], des habitués. [[P:Marco]] a une plaie au pied, on propose la {{PASS}} demain matin. Il refuse, comme la semaine dernière."),
    (CHRS, CSP, "Monsieur qui vit dans sa voiture depuis {{5 mois}}, un {{Berlingo}} [[IMMAT:EB-619-VS]], garé au {{parking des Gayeulles}}. [[P:Thierry Le Bras]], {{56 ans}}, ancien routier."),
    (CHRS, CSP, "Visite d'un logement diffus du CHRS : [[ADR:18 rue Jean Guéhenno, 4e, porte C, 35700 Rennes]]. Mme [[P:Adjovi]] et ses {{2 enfants}}. Fuite sous l'évier, l'éducateur appelle le bailleur {{Aiguillon}}."),
    (CHRS, CSP, "Trousseau : {{12 logements diffus}}, clés étiquetées {{L01}} à {{L12}}. Pas d'adresse sur les étiquettes, c'est fait exprès (en cas de perte)."),
    (CHRS, CSP, "On rencontre « [[P:La Puce]] », une jeune femme. Son prénom : [[P:Jennifer]]… ou [[P:Jenifer]], elle sait plus comment c'est écrit sur ses papiers. Ses papiers sont restés chez son ex, vers {{Maurepas}}."),
    (CHRS, CSP, "Tente sous le {{pont de Nantes}}, un homme polonais, [[P:Krzysztof]]. Il montre sa carte d'identité polonaise, [[ID:ABX 482917]], pour prouver qu'il est européen. Il travaille « au noir » dans le bâtiment."),
    (CHRS, CSP, "Logement diffus {{L07}}, [[ADR:Résidence Maréchal Juin, bât 2, esc A, 3e droite, 35000 Rennes]]. M. [[P:Nzuzi]] absent. L'éducatrice l'appelle au [[TEL:07 45 18 92 06]] : messagerie."),
    (CHRS, CSP, "{{Gare}}, {{23h15}}. Une dame âgée avec {{2 valises}}, [[P:Lucienne]], dit qu'elle attend son fils. Elle donne son adresse, [[ADR:7 rue des Lilas à Bruz]], mais la clé marche plus. On appelle le {{15}} ?"),
    (CHRS, CSP, "Un jeune veut qu'on lui envoie les horaires de l'accueil de jour sur Snap, [[ID:@mehdi_rns35]]. L'éducateur lui donne plutôt la carte papier avec le {{115}}."),
    (CHRS, CSP, "Un monsieur très désorienté. Seule info : un bracelet d'hôpital au poignet, « [[P:LEBRETON Alain]] [[DN:12/06/1957]] IPP [[ID:P00412876]] ». On appelle le {{15}}."),
    (CHRS, CSP, "Logement diffus, visite de fin de prise en charge chez Mme [[P:Conceição]], [[ADR:5 allée de Finlande, 1er gauche, 35200 Rennes]]. Bail glissant, elle devient locataire en titre le {{1er juillet}}. Loyer {{412 €}}."),
    # ---- France Travail, accueil physique (14)
    (FT, PHY, "Agence {{France Travail}} {{Rennes Ouest}}. {{9h}} : {{12 personnes}} devant la porte. L'agent d'accueil [[P:Bastien]] oriente vers les ordis en libre-service ({{6 postes}}) ou vers la borne."),
    (FT, PHY, "M. [[P:Mariusz Nowak]] donne son identifiant à voix haute, chiffre par chiffre : « [[FT:4 8 1 2 0 5 6 T]] ». L'agent le retrouve, [[FT:4812056T]] : radié pour absence au rdv du {{14 mai}}. Pour la réinscription il faut un RIB, il a une photo : [[IBAN:FR76 1090 7001 4093 9219 4796 841]]."),
    (FT, PHY, "Atelier CV. L'animatrice projette un CV modèle au nom de « [[P:Camille Martin]] », né le [[DN:01/01/1990]] (sic). Identifiant bidon sur la diapo : [[FT:0012345X]]. Un participant recopie tout, même le nom et la date 😅. {{8 participants}}, {{2h}}."),
    (FT, PHY, "File : {{20 min}} d'attente. Motifs : actualisation ({{avant le 15}}), attestation employeur, {{ARE}}. L'agent dit que {{la moitié}} aurait pu passer par le {{3949}} ou l'appli."),
    (FT, PHY, "Inscription d'une jeune de {{20 ans}}, [[P:Chloé Vasseur]], née le [[DN:26/07/2005]] à {{Lille}}. NIR demandé pour le {{CEJ}} : [[NIR:2 05 07 59 350 088 02]]. Elle l'a en photo sur son tel."),
    (FT, PHY, "Adresse mail épelée : « [[MAIL:p, e, d, r, o, point, a, l, v, e, s, arobase outlook point fr]] ». L'agent : « [[MAIL:pedro.alves@outlook.fr]] ? » « oui c'est ça ». {{4 min}} pour une adresse."),
    (FT, PHY, "Un cadre en reconversion montre son profil LinkedIn, [[ID:linkedin.com/in/sebastien-roux-rh]]. Orienté vers l'{{APEC}}. M. [[P:Roux]] est vexé, il voulait un vrai rdv."),
    (FT, PHY, "CV posé sur le bureau :\n[[P:Ibrahim Touré]]\nFoyer {{Adoma}} – [[ADR:ch. 112, 23 rue de la Marbaudais, 35700 Rennes]]\n[[TEL:07 67 45\n03 21]]\n[[MAIL:ibra.toure35@gmail.com]]\n{{Permis B}} – {{CACES R489}}\nCariste {{8 ans}}"),
    (FT, PHY, "Il se rappelle juste la fin de son identifiant, « ça finit par [[FT:56 K]] ». Recherche par nom : [[P:Benoît Le Floc'h]], né le [[DN:3 octobre 1971]]. Trouvé en {{2 min}}. L'agent : « notez-le quelque part »."),
    (FT, PHY, "ACCUEIL SUR RDV L APRES-MIDI UNIQUEMENT. AFFICHE SUR LA PORTE. {{4 PERSONNES}} REPARTENT SANS RIEN ENTRE {{13H30}} ET {{14H}}."),
    (FT, PHY, "Inscription impossible : titre de séjour expiré. M. [[P:Nguyen Van Long]], titre n° [[ID:3512874096]], fin de validité {{31/03}}. Le récépissé de renouvellement est pas encore arrivé de la {{préfecture}}."),
    (FT, PHY, "Attestation employeur posée sur le bureau : salariée [[P:SOUSA Maria]], n° SS [[NIR:2 77 03 99 139 044 55]], employeur {{Nettoyage Armor Services}}, fin de {{CDD}} le {{28/02}}."),
    (FT, PHY, "Salle des ordis : {{6 postes}}, {{2 en panne}}. Un service civique, [[P:Lou-Anne]], aide les gens à s'actualiser. Mot le plus entendu ce matin : « mot de passe »."),
    (FT, PHY, "Le conseiller donne sa carte : [[P:Yannick Bourhis]], [[MAIL:yannick.bourhis@francetravail.fr]], ligne directe [[TEL:02 99 84 17 63]]. Pour le public normalement c'est le {{3949}}."),
    # ---- France Travail, 3949 (14)
    (FT, TEL, "{{3949}}. La dame dicte son identifiant à la conseillère : « [[FT:deux neuf six trois quatre un sept, B comme Bernard]] ». La conseillère répète, OK. Question sur le {{délai de carence}}."),
    (FT, TEL, "« Mon identifiant c'est [[FT:0458213]]… euh non, c'est pas zéro au début, c'est [[FT:6458213 H]] ». M. [[P:Boukhari]] avait raté son actualisation du {{mois de mars}}."),
    (FT, TEL, "Attente {{12 min}}, musique d'attente en boucle. « {{France Travail}} bonjour ». {{40%}} des appels = actualisation ratée, selon le conseiller."),
    (FT, TEL, "Un employeur, la {{Boulangerie Le Gall}}, appelle pour son offre n° {{184XKLM}} : {{0 candidat}} en {{3 semaines}}. Le patron, M. [[P:Le Gall]], s'énerve un peu."),
    (FT, TEL, "Création d'offre par tel : SIRET {{812 441 905 00021}}, poste de plongeur, {{35h}}, {{1 802 €}} brut. Contact côté employeur : Mme [[P:Riou]]."),
    (FT, TEL, "Rappel au [[TEL:0033 6 74 19 82 05]], il est en Espagne pour les vendanges. Le conseiller lui rappelle qu'il doit déclarer son séjour à l'étranger au-delà de {{7 jours}}."),
    (FT, TEL, "Vérif identité : identifiant [[FT:3 21 09 87 S]], né le [[DN:31.12.68]], code postal {{35000}}, nom [[P:Lucas Fontaine]]. Pour une attestation {{ARE}} à envoyer à la {{Caf}}."),
    (FT, TEL, "Mail donné : « [[MAIL:moussa point konate chez free point fr]] ». Le conseiller comprend pas « chez » = arobase au début. M. [[P:Konaté]] rit. Appel de {{6 min}}."),
    (FT, TEL, "Coupure au bout de {{25 min}}. Numéro masqué, impossible de rappeler."),
    (FT, TEL, "Changement de compte pour l'{{ARE}}. M. [[P:Vandenberghe]] dicte un IBAN belge, [[IBAN:BE12 0674 1504 8092]]. Le conseiller : ça passe ({{zone SEPA}}) mais à faire dans l'espace perso."),
    (FT, TEL, "« C'est le [[TEL:zéro sept, trente-trois, quatre-vingt-un, zéro quatre, vingt-deux]] », le conseiller note [[TEL:07 33 81 04 22]]. Rappel par un conseiller en agence sous {{48h}}. Mme [[P:Lefèvre-Nkoulou]]."),
    (FT, TEL, "Une dame roumaine veut être payée sur son compte en Roumanie, [[IBAN:RO28 RNCB 7867 0892 4465 5522]]. C'est SEPA, donc ok, via l'espace perso. Mme [[P:Stoica]] demande {{3 fois}} si c'est sûr."),
    (FT, TEL, "Identifiant donné : [[FT:7 204 981 J]]. Le conseiller : « c'est votre ancien numéro {{Pôle emploi}}, il est toujours valable ». Appel de {{3 min}}."),
    (FT, TEL, "Les conseillers du {{3949}} peuvent rien modifier eux-mêmes, ils transmettent à l'agence. Exemple : dossier [[FT:147 92 03 E]] bloqué depuis {{3 semaines}}. Délai annoncé {{72h}}. Frustration des deux côtés."),
    # ---- France Travail, visites d'entreprise et forums (12)
    (FT, CSP, "Visite entreprise : {{Transports Morvan & Fils}}, zone de {{Chantepie}}. Le dirigeant, M. [[P:Morvan]], cherche {{4 chauffeurs}} {{SPL}}. Il montre un camion neuf, très fier."),
    (FT, CSP, "Forum emploi, {{salle de la Cité}}, {{48 stands}}. Une candidate laisse son CV au stand : [[P:Aminata Cissé]], [[TEL:07 62 31 88 45]], [[MAIL:aminata.cisse.pro@gmail.com]]. La recruteuse de {{Lidl}} lit le CV devant elle, à voix haute : « née le [[DN:22 août 1998]], [[ADR:Bât. C, esc. 2, 5e étage, 3 square de Tchécoslovaquie, 35200 Rennes]] », puis « {{BTS MCO}}, {{2 ans}} chez {{Leclerc}} ». Entretien improvisé de {{8 min}} debout entre deux stands. Convoquée {{jeudi 9h}} pour un essai. La conseillère France Travail note son identifiant, [[FT:4 0 3 9 8 1 2 V]], pour suivre la mise en relation. Recrutée le jour même ?"),
    (FT, CSP, "Forum : {{1 200 visiteurs}} attendus, {{350}} à {{11h}}. {{QR code}} pour s'inscrire aux job datings. Les recruteurs de l'{{armée de terre}} ont la plus longue file."),
    (FT, CSP, "Visite à la {{Carrosserie Kerjean}} avec la conseillère entreprise. Elle présente un candidat, [[P:Youssef Hakimi]], identifiant [[FT:5301842R]]. Il est venu avec sa vieille 206, [[IMMAT:7482 ZK 35]]. Le patron veut le voir {{lundi 8h}}."),
    (FT, CSP, "Liste des inscrits au job dating (tablette) :\n1. [[P:LEROY Manon]] – [[FT:3987012C]]\n2. [[P:BA Ousmane]] – [[FT:3012457X]]\n3. [[P:PHAM Linh]] – [[FT:4477105M]]\n{{3 inscrits}} sur {{12 places}}"),
    (FT, CSP, "Carte du recruteur : mail {{recrutement@armor-logistique.fr}}, pas de nom dessus. Le recruteur, [[P:Stéphane]], prend {{8 CV}} en {{1h}}."),
    (FT, CSP, "Candidate {{CEJ}} au forum : « je suis née le [[DN:6 juin 2004]] » → {{21 ans}}, encore éligible. Elle s'appelle [[P:Inaya]], identifiant [[FT:6784120p]], veut faire {{aide-soignante}}."),
    (FT, CSP, "Visite d'une {{Scop}} de maraîchage : {{12 salariés}}, {{3 en insertion}}. Le gérant veut pas de {{CDI}}, que des {{CDDI}}. Serres de {{2 hectares}}, poireaux, blettes."),
    (FT, CSP, "Le chef d'équipe note le portable perso d'une candidate sur un carton, [[TEL:06 84 22 70 19]]. La conseillère lui dit de passer par la {{plateforme}}. Candidate : [[P:Zeynep]]."),
    (FT, CSP, "Pb de mobilité : le candidat habite [[ADR:hameau de la Ville-Aubin, 35190 Tinténiac]], pas de bus, pas de permis. L'employeur ({{Laiterie de Montauban}}) est à {{12 km}}. Aide au permis proposée."),
    (FT, CSP, "L'employeur veut embaucher un Malien, M. [[P:Sissoko Bakary]], titre de séjour n° [[ID:3503349012]] mention {{« salarié »}}. Autorisation de travail à demander sur l'{{ANEF}}."),
    (FT, CSP, "Stand {{France Travail}} au forum : {{2 conseillers}} ([[P:Nadège]] et [[P:Ousmane]]), café gratuit, un kakemono qui tombe {{3 fois}}. Ambiance sympa."),
]
# fmt: on

MARK_RE = re.compile(r"\[\[([A-Z]+):(.*?)\]\]|\{\{(.*?)\}\}", re.DOTALL)
STRAYS = ("[[", "]]", "{{", "}}")


class CorpusError(Exception):
    """A note that cannot be turned into a labelled record."""


def check_value(value, where):
    if not value or value != value.strip():
        raise CorpusError(f"{where}: empty or padded value {value!r}")
    for stray in STRAYS:
        if stray in value:
            raise CorpusError(f"{where}: stray {stray!r} inside {value!r}")


def parse(raw, where):
    """Strip the marks of one note; return its text, entities and keep list."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for match in MARK_RE.finditer(raw):
        literal = raw[pos : match.start()]
        for stray in STRAYS:
            if stray in literal:
                raise CorpusError(f"{where}: stray {stray!r} in {literal!r}")
        parts.append(literal)
        length += len(literal)
        code, value, kept = match.groups()
        if code is not None:
            if code not in CODES:
                raise CorpusError(f"{where}: unknown code {code!r}")
            check_value(value, where)
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        else:
            value = kept
            check_value(value, where)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    tail = raw[pos:]
    for stray in STRAYS:
        if stray in tail:
            raise CorpusError(f"{where}: stray {stray!r} in {tail!r}")
    parts.append(tail)
    text = "".join(parts)
    if not keep:
        raise CorpusError(f"{where}: no keep string")
    return text, entities, keep


def build_notes():
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        note_id = f"{ID_PREFIX}-{number:03d}"
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


def split(notes):
    """Deal each shuffled (site_kind, channel) stratum alternately to dev and holdout."""
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    rng = random.Random(SEED)
    dev, holdout = [], []
    for key in sorted(strata):
        stratum = strata[key]
        if len(stratum) % 2:
            raise CorpusError(f"stratum {key} has an odd size ({len(stratum)})")
        rng.shuffle(stratum)
        for index, note in enumerate(stratum):
            (dev if index % 2 == 0 else holdout).append(note)
    dev.sort(key=lambda note: note["id"])
    holdout.sort(key=lambda note: note["id"])
    labels = set(CODES.values())
    for name, half in (("dev", dev), ("holdout", holdout)):
        missing = labels - {ent["label"] for note in half for ent in note["entities"]}
        if missing:
            raise CorpusError(f"{name} lacks labels {sorted(missing)}")
    return dev, holdout


def dump(notes):
    return "".join(json.dumps(note, ensure_ascii=False) + "\n" for note in notes)


def main():
    try:
        dev, holdout = split(build_notes())
    except CorpusError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    contents = {"dev.jsonl": dump(dev), "holdout.jsonl": dump(holdout)}
    for name, content in contents.items():
        (HERE / name).write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {len(dev)} dev and {len(holdout)} holdout notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
