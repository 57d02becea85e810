"""Independent evaluation corpus n° 21 for the anonymiser: professionals, partners and places
around the user (written by hand, labelled by hand; see README.md).

Each note is typed below as ``(site_kind, channel, text)`` with inline marks:
``[[CODE:value]]`` for a span to mask and ``{{value}}`` for a string to keep. Running this script
strips the marks, computes the offsets, numbers the notes ``ind21-001``... in authoring order,
splits them into two halves and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.

Usage: python holdout_author.py
"""

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind21"
SEED = 21_2026
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
LABELS = set(CODES.values())
MARK_RE = re.compile(r"\[\[([^:\]]*):(.*?)\]\]|\{\{(.*?)\}\}")
STRAYS = ("[[", "]]", "{{", "}}")

# fmt: off
NOTES = [
    ("caf", "accueil_physique", "{{8h50}}, ouverture dans {{10 min}} et deja une file jusqu'au parking. Le vigile ({{Securitas}} sur la veste) dit que c'est tous les {{lundis}} pareil, surtout en debut de mois."),
    ("caf", "accueil_physique", "Mme [[P:Ouedraogo]], {{34 ans}}, {{2 enfants}}. Son proprio M. [[P:Lemarchand]] lui a envoyé un recommandé : il touche plus l'{{APL}} depuis {{mars}}. L'agent ([[P:Karim]] sur le badge) ouvre le dossier alloc [[ALLOC:2718453]] : l'aide est bien versée au bailleur mais sur l'ancien compte, le proprio a changé de banque sans prévenir. Il faut le nouveau RIB du bailleur + une attestation de loyer signée. Elle sort le RIB de son sac, l'agent le saisit devant moi : [[IBAN:FR76 3000 4574 1158 5621 3189 990]]. Logement : [[ADR:14 rue des Glénan, 35200 Rennes]] ({{Le Blosne}}). {{25 min}} en tout, elle repart rassurée mais l'agent me dit tout bas que le rappel prendra {{6 semaines}} minimum."),
    ("caf", "accueil_physique", "copie ecran (l'agent me laisse regarder) :\nAllocataire : [[P:BERTHELOT Maëlle]]\nDate naiss. [[DN:17/11/1992]]\nN° [[ALLOC:0493817]]\nSituation : isolée, {{1 enfant}}\nDroits : {{RSA}} {{607,75 €}} / {{APL}} {{312 €}} / {{prime d'activité}} suspendue\nMotif blocage : {{DTR}} non reçue"),
    ("caf", "accueil_physique", "pas de wifi pour les usagers, la borne {{caf.fr}} plante depuis {{ce matin}}. Du coup l'agente ([[P:Nadège]]) fait les démarches à la place des gens sur son propre poste, ça rallonge tout"),
    ("caf", "accueil_physique", "Un monsieur arrive avec son AS du {{CDAS}} de {{Villejean}}, Mme [[P:Tanguy]], qui a tout préparé (dossier {{AAH}} + {{APL}}). Elle laisse sa carte à l'agent : ligne directe [[TEL:02 99 27 48 13]], [[MAIL:a.tanguy@cdas-villejean.fr]]. Le monsieur, M. [[P:Kervella]], est sous curatelle renforcée, c'est l'{{UDAF}} qui gère. La Caf demande le jugement de curatelle ; l'agent note le standard de l'{{UDAF}} sur un post-it : {{02 99 51 60 00}}. Franchement sans l'AS il serait reparti sans rien."),
    ("caf", "accueil_physique", "dame afghane, ne parle pas francais. Un interprete benevole de l'asso {{Utopia 56}} est venu avec elle ([[P:Farid]]), traduit en {{dari}}. Elle a un recepisse, AGDREF [[ID:7503187264]], mais la Caf veut le titre valide pour ouvrir les {{allocations familiales}}. L'agent cree quand meme le dossier (numero attribue [[ALLOC:9051736]]) et photocopie pour \"bloquer la date\". {{40 min}}."),
    ("caf", "accueil_physique", "- votre numéro d'allocataire ?\n- [[ALLOC:4408126]]\n- vous avez fait la DTR ?\n- la quoi ?\n- la declaration trimestrielle\n- ah non personne m'a dit\nL'agent soupire, explique en {{3 min}} chrono. Le {{RSA}} est suspendu depuis {{le 5}}."),
    ("caf", "accueil_physique", "Jeune homme, [[P:Yanis Belkacem]], {{22 ans}}, CDD chez {{Biocoop}} à {{Cesson-Sévigné}}. Son employeur (le gérant, M. [[P:Hamon]]) n'a jamais renvoyé l'attestation, du coup {{prime d'activité}} calculée sur 0. L'agent lui dit de réclamer les fiches de paie à son patron. Il laisse son tel pour être rappelé : [[TEL:07 68 21 40 93]]."),
    ("caf", "accueil_physique", "TROP DE MONDE. {{2H10}} D'ATTENTE POUR UNE DAME AVEC UN BEBE DE {{3 MOIS}}. PERSONNE NE LUI A PROPOSE DE S'ASSEOIR 😡"),
    ("caf", "accueil_physique", "Mr [[P:Da Silva]] vient avec un commandement de payer de l'étude d'huissiers {{SCP Morvan & Le Bihan}} ({{Saint-Malo}}). Dette de loyer {{1 840 €}}. L'huissier, Me [[P:Le Bihan]], l'a appelé ce matin même. Num alloc qu'il dicte chiffre par chiffre : [[ALLOC:3 8 1 2 4 4 7]]. Logement [[ADR:5 impasse des Mouettes, Saint-Malo]]. L'agent lui parle du {{FSL}} et de la commission de surendettement de la {{Banque de France}}, lui imprime la liste des permanences."),
    ("caf", "accueil_physique", "enfant qui pleure dans la file, l'agente ([[P:Nadège]] encore) lui donne des feutres et une feuille. Le petit coin jeux est fermé depuis le {{Covid}}, jamais rouvert"),
    ("caf", "accueil_physique", "Mère de {{3 enfants}}. La directrice de l'{{école Paul Bert}}, Mme [[P:Quéré]], a fait un certificat de scolarité pour l'{{ARS}} de l'aîné [[P:Enzo]] ({{16 ans}}, {{lycée Chaptal}}). Elle est hébergée chez sa soeur : [[ADR:bât. C, appt 42, résidence Les Tilleuls, 22000 Saint-Brieuc]]. L'agent dit que l'hébergement doit être déclaré, sinon trop perçu."),
    ("caf", "accueil_physique", "Usager montre sur son tel un mail de l'{{ADIL}} :\n« Bonjour M. [[P:Rocher]], suite à notre rendez-vous... Bien cordialement, [[P:Soizic Le Duff]], juriste {{ADIL 29}} - tél direct [[TEL:02 98 46 37 21]] - accueil {{02 98 46 37 38}} - [[MAIL:s.leduff@adil29.org]] »\nL'agent Caf ne peut rien de plus, renvoie vers l'{{ADIL}}."),
    ("caf", "accueil_physique", "Affiche au mur : « Permanence {{Point conseil budget}} le {{mardi 14h-17h}}, {{salle 2}}, avec [[P:Claire Jaouen]], {{CESF}} ». Personne ne la lit."),
    ("caf", "accueil_telephonique", "appel {{10h12}}, une dame appelle pour sa mere hospitalisee au {{CHU}} de {{Brest}}. Donne le num alloc de la mere [[ALLOC:5120986]] puis sa date de naissance, [[DN:2 juillet 1951]]. L'agent refuse d'aller plus loin sans procuration, poliment mais ferme."),
    ("caf", "accueil_telephonique", "attente annoncée au {{3230}} : {{17 minutes}}. le monsieur avait raccroché {{2 fois}} avant de tomber sur nous. Il donne son num alloc, [[ALLOC:6239051]], et le code postal, {{29600}}."),
    ("caf", "accueil_telephonique", "Le monsieur veut être rappelé, il dit son numéro lentement : « [[TEL:zéro six, quarante-sept, douze, quatre-vingt-huit, zéro trois]] ». L'agent relit. Il s'appelle [[P:Fabrice]], il appelle de sa voiture sur le parking de {{Leclerc}}."),
    ("caf", "accueil_telephonique", "Appel de [[P:Gwenaëlle Riou]], assistante sociale au {{CHU Pontchaillou}}, pour un patient sorti hier, M. [[P:Ferhat Oussedik]], né le [[DN:14/05/1967]]. Elle veut savoir si la demande d'{{AAH}} est arrivée de la {{MDPH}}. L'agent ne peut rien confirmer au tel, demande d'écrire sur la boîte partenaires {{partenaires.rennes@caf35.fr}}. L'AS laisse quand même son direct : [[TEL:02 99 28 43 17]]."),
    ("caf", "accueil_telephonique", "« je vous passe ma collègue [[P:Awa]] au {{service contentieux}}, ne quittez pas » → {{4 min}} de musique, l'usager raccroche"),
    ("caf", "accueil_telephonique", "M. [[P:Le Gall]] a changé de banque, il dicte son nouvel IBAN : [[IBAN:FR76 1027 8136 3774 0025 2995 404]]. L'agent : « par téléphone je ne peux pas, il faut le déposer dans votre espace sur {{caf.fr}} ». Il n'a pas d'ordi. RDV proposé {{jeudi 9h}}."),
    ("caf", "accueil_telephonique", "musique d'attente = {{Vivaldi}}, les {{Quatre Saisons}} en boucle 🙃 l'agent dit qu'elle l'entend dans ses reves"),
    ("caf", "accueil_telephonique", "Le gérant d'une crêperie ({{La Crêperie du Port}}, {{Concarneau}}) appelle pour une attestation concernant un serveur, [[P:Dylan]]. L'agent refuse : la Caf ne parle pas aux employeurs des dossiers des salariés. Le gérant insiste {{5 min}}."),
    ("caf", "accueil_telephonique", "Fiche contact à l'écran :\nAppelant : Mme [[P:PRIGENT Anne-Sophie]]\nN° all. [[ALLOC:1067342]]\nTél [[TEL:0688124507]]\nObjet : changement de situation (séparation)\nNouvelle adresse : [[ADR:3 allée Jacques Brel, 56100 Lorient]]\nSuite : envoi formulaire {{Cerfa}}"),
    ("caf", "accueil_telephonique", "Appel du {{CCAS}} de {{Lanester}} : [[P:Sébastien]], agent d'accueil de la mairie, appelle pour une usagère sans téléphone qui est à côté de lui, Mme [[P:Nguyen Thi Lan]]. Il passe le combiné à la dame, l'agent Caf accepte de lui parler directement. Bonne pratique."),
    ("caf", "accueil_telephonique", "script collé à côté de l'écran de [[P:Rozenn]] : saluer / identifier (n° alloc + date de naissance) / reformuler / conclure. Durée moyenne visée {{6 min}}. Elle rigole : « on tient jamais les {{6 min}} »"),
    ("caf", "accueil_telephonique", "un pere crie que sa fille [[P:Inès]], {{20 ans}}, a été retirée du dossier [[ALLOC:3370158]] et qu'il perd le {{complément familial}}. L'agent explique la règle de l'âge, il raccroche au nez. {{11h05}}."),
    ("caf", "accueil_telephonique", "Appel d'une bénévole du {{Secours Catholique}} de {{Quimperlé}}, [[P:Marie-Thérèse]], qui accompagne une famille ukrainienne. Elle donne son portable perso [[TEL:06 71 33 82 90]] et son mail [[MAIL:mth.guillou56@orange.fr]] pour les suites, l'agent note dans le dossier. Le mail générique de l'asso ({{quimperle@secours-catholique.org}}) aurait été mieux, me dit l'agent après."),
    ("caf", "accueil_telephonique", "{{11h40}} usager donne son mail en épelant : « [[MAIL:kevin point morvan arobase gmail point com]] », l'agent tape kevinmorvan, il faut tout recommencer 😅"),
    ("caf", "controle_sur_place", "Contrôle à domicile {{9h30}}, [[ADR:27 rue de la Marne, 29200 Brest]]. Contrôleur : [[P:Thierry]], {{25 ans}} de maison. Motif : soupçon de vie maritale. Sur la boîte aux lettres {{2 noms}}, [[P:LE ROUX]] et [[P:MADEC]]. Il prend une photo."),
    ("caf", "controle_sur_place", "Dans la cour, une {{Clio}} grise [[IMMAT:GH-482-KT]]. Le contrôleur note la plaque, il vérifiera au fichier {{SIV}} à qui elle est. Madame dit que c'est la voiture de son cousin."),
    ("caf", "controle_sur_place", "Le contrôleur me dit qu'il fait {{4 visites}} par jour max, {{1h30}} chacune avec la route. Secteur : tout le {{pays de Morlaix}}. Pas de voiture de service dispo, il prend la sienne."),
    ("caf", "controle_sur_place", "Le propriétaire est là, M. [[P:Jégou]], il habite au-dessus. Il sort le bail : loyer {{480 €}} cc, {{T2}}. Il dit au contrôleur « elle est seule ici, je le vois bien ». Le contrôleur le remercie mais lui demande de sortir pendant l'entretien."),
    ("caf", "controle_sur_place", "Famille [[P:Traoré]], {{5 enfants}}, appart au {{Bois-Perrin}}. Le contrôleur vérifie les certificats de scolarité : {{collège Max Jacob}}, {{école Jean Moulin}}. Madame montre sa carte d'identité (n° [[ID:150435201873]]) et celle de monsieur. Les {{allocations familiales}} sont justes, le {{complément familial}} aussi. Le contrôleur dit « dossier nickel », on repart au bout de {{50 min}}. Madame nous offre le thé, il refuse gentiment (règle)."),
    ("caf", "controle_sur_place", "Interprète par téléphone via {{ISM Interprétariat}}, en tamoul. Monsieur [[P:Sivakumar]] explique qu'il dort chez un ami, [[P:Ravi]], depuis l'expulsion. Haut-parleur, ça coupe tout le temps."),
    ("caf", "controle_sur_place", "Appartement de Mme [[P:Kone]] très propre, {{3 pièces}}, {{62 m2}}, le contrôleur ne mesure rien mais regarde les chambres, la fiche du dossier [[ALLOC:1798204]] ouverte sur sa tablette. Il me dit que {{80 %}} de ses contrôles confirment la situation déclarée."),
    ("caf", "controle_sur_place", "Le contrôleur demande un RIB, madame sort un RIB {{Crédit Agricole}} du tiroir : [[IBAN:FR76 1130 6961 6714 3768 2762 007]]. Ce n'est pas le compte connu de la Caf → explication : compte joint ouvert avec son fils."),
    ("caf", "controle_sur_place", "la voisine de palier, Mme [[P:Bouvier]], ouvre sa porte et dit « elle vit seule depuis {{2 ans}}, son mari est parti à {{Nantes}} ». Le contrôleur ne note pas, témoignage pas recevable."),
    ("caf", "controle_sur_place", "Monsieur bosse chez {{Transports Guivarc'h}} à {{Landivisiau}}, il montre {{3 fiches}} de paie, salaire {{1 420 €}} net. Le contrôleur les compare au dossier [[ALLOC:2985613]]. La {{prime d'activité}} avait été calculée sur un mi-temps."),
    ("caf", "controle_sur_place", "voiture belge garée devant, plaque [[IMMAT:1-KLM-482]], c'est celle du frère de madame, [[P:Rachid]], qui vit à {{Charleroi}} et \"passe de temps en temps\". Le contrôleur demande la carte grise."),
    ("caf", "controle_sur_place", "rapport tapé sur la tablette dans la voiture, {{20 min}}. Réseau {{4G}} nul à {{Plouguerneau}}, il finira au bureau."),
    ("cpam", "accueil_physique", "Ticket {{B12}} appelé à {{9h47}}. Monsieur a perdu sa carte Vitale dans le bus. L'agent ([[P:Laurence]]) lui imprime une attestation de droits avec le NIR [[NIR:1 67 05 33 058 957 46]], vérifie l'état civil : né le [[DN:21 mai 1967]] à {{Bordeaux}}. Nouvelle carte commandée, délai {{3 semaines}}."),
    ("cpam", "accueil_physique", "Borne {{Ameli}} en libre-service : {{2 postes}}, un seul marche. Le jeune en service civique aide une mamie à imprimer son attestation. {{12 min}} pour une feuille."),
    ("cpam", "accueil_physique", "Mme [[P:Benali]] vient pour la {{Complémentaire santé solidaire}}. Refus : ressources au-dessus du plafond de {{14 €}}. Elle est accompagnée par [[P:Julien]], conseiller numérique à la {{médiathèque}} de {{Cleunay}}, qui a fait la demande en ligne avec elle. Il donne son mail pro à l'agent : [[MAIL:j.carre@mediatheques-rennes.fr]]. L'agent lui conseille de refaire la demande en {{janvier}}."),
    ("cpam", "accueil_physique", "La {{Pharmacie du Marché}} a refusé le tiers payant à la dame parce que sa carte Vitale n'est pas à jour. Le pharmacien, M. [[P:Nicolas]], lui a écrit un mot pour l'accueil. L'agent met à jour la carte sur la borne, {{2 min}}. La dame : « c'est tout ? j'ai pris le bus pour ça »."),
    ("cpam", "accueil_physique", "Monsieur retraité, sa mutuelle {{Harmonie Mutuelle}} ne reçoit plus les décomptes. N° adhérent [[ID:204587331]]. L'agent relance la télétransmission {{Noémie}}. {{7 min}}."),
    ("cpam", "accueil_physique", "Monsieur géorgien, demande d'{{AME}}, accompagné d'une bénévole de la {{Cimade}} ([[P:Odile]]). Passeport n° [[ID:13AR07765]]. Domiciliation : {{CCAS}}, {{6 rue Hoche}}. Il manque la preuve de {{3 mois}} de présence en France, la bénévole sort une facture de téléphone et une ordonnance de la {{PASS}} de l'hôpital. L'agent accepte."),
    ("cpam", "accueil_physique", "IJ pas versées depuis {{6 semaines}}. L'employeur ({{Carrefour Market}} de {{Cesson}}) n'a pas transmis l'attestation de salaire. Monsieur dit que c'est la gérante, Mme [[P:Pichon]], qui « oublie tout le temps ». L'agent lui donne le numéro réservé aux employeurs pour qu'elle appelle : {{3679}}."),
    ("cpam", "accueil_physique", "{{10H20}} QUESTION D'UN USAGER : « POURQUOI ON PEUT PLUS VENIR SANS {{RDV}} ? »\nREPONSE DE L'AGENT : « C'EST NATIONAL, MONSIEUR »\nle monsieur : « NATIONAL MON OEIL »"),
    ("cpam", "accueil_physique", "Écran {{Ameli}} côté agent :\n[[P:GUILLOU Yvonne]]\n[[NIR:2 51 07 29 385 577 26]]\nDDN [[DN:09.07.1951]]\nMédecin traitant : Dr [[P:ABGRALL]] ({{maison de santé de Plabennec}})\nALD : oui\nComplémentaire : {{CSS}} jusqu'au {{31/08}}"),
    ("cpam", "accueil_physique", "Infirmière libérale du {{cabinet infirmier des Lices}} vient déposer des feuilles de soins papier pour un patient grabataire, M. [[P:Lucas]], {{92 ans}}. Elle s'appelle [[P:Morgane]] et laisse son portable pro [[TEL:06 45 90 12 38]] pour qu'on la rappelle sur un rejet de paiement. L'agent la connaît, elle passe toutes les semaines."),
    ("cpam", "accueil_physique", "dans l'accueil il y a une {{fontaine à eau}}, vide. Une avocate, Me [[P:Fontaine]], vient pour un client en accident du travail (chute d'échafaudage chez {{Eiffage}}), elle veut le dossier complet. L'agent la renvoie vers le service AT par courrier, {{rue de Brest}}."),
    ("cpam", "accueil_physique", "- c'est quoi votre numéro de sécu ?\n- [[NIR:102024421216924]]\n- et votre date de naissance ?\n- le [[DN:8 février 2002]]\n- vous êtes toujours chez vos parents ?\n- non j'suis au {{foyer des jeunes travailleurs}} de {{Saint-Nazaire}}"),
    ("cpam", "accueil_physique", "Le vigile fait aussi l'orientation, il connaît tout : « carte vitale c'est à gauche, {{CSS}} à droite, le reste vous prenez un ticket ». Il est là depuis {{2009}}."),
    ("cpam", "accueil_physique", "Femme sourde, [[P:Aurélie]], venue avec une interprète LSF de l'asso {{Interpretis}}. Congé maternité mal calculé : {{58 €}} de moins par jour qu'annoncé. L'agent parle à l'interprète au lieu de parler à la dame, l'interprète le reprend gentiment."),
    ("cpam", "accueil_telephonique", "Plateforme {{3646}}, {{40 conseillers}} sur le plateau, casques, double écran. Délai moyen de décroché affiché au mur : {{8 min 30}}."),
    ("cpam", "accueil_telephonique", "Mme [[P:Lemaître]] appelle pour ses lunettes achetées chez {{Optic 2000}}, remboursement {{0 €}} sur les verres. NIR donné : [[NIR:2 69 04 76 271 888 63]]. Explication : {{100 % Santé}} pas choisi par l'opticien. Elle va y retourner."),
    ("cpam", "accueil_telephonique", "Le secrétariat du Dr [[P:Hervé Cadiou]] ({{cabinet médical de la Gare}}, {{Vannes}}) appelle pour un patient dont la carte Vitale ne passe pas. La secrétaire, [[P:Laëtitia]], donne le standard du cabinet, {{02 97 47 10 10}}, et son portable au cas où : [[TEL:06 30 54 18 77]]."),
    ("cpam", "accueil_telephonique", "Le monsieur donne son numéro de sécu à voix haute, très lentement : « [[NIR:un, cinquante-cinq, zéro six, quarante-quatre, zéro quarante, neuf cent quatre-vingt-huit, quatre-vingt-six]] ». La conseillère tape au fur et à mesure, ça passe du premier coup. Appel de {{6 min}}."),
    ("cpam", "accueil_telephonique", "[[P:Mathilde]] : {{23 appels}} en attente, {{14h15}}, café froid."),
    ("cpam", "accueil_telephonique", "Il veut savoir si sa mutuelle reçoit les décomptes. Mutuelle {{MGEN}} n° [[ID:176034552]]. La conseillère voit que le lien est coupé depuis le changement de caisse (il vient de {{Paris}}). Il veut aussi être remboursé sur son compte belge, il travaille à {{Mons}} : [[IBAN:BE41 7350 6281 9410]]."),
    ("cpam", "accueil_telephonique", "{{52 min}} au tel avec une dame âgée qui ne comprend pas le passage de sa {{mutuelle}} à la {{CSS}}. Elle relit son numéro de sécu {{3 fois}} : [[NIR:256052911689235]]. La conseillère reste calme du début à la fin, impressionnant."),
    ("cpam", "accueil_telephonique", "La RH de la {{Menuiserie Baudet}} appelle pour un salarié en arrêt, M. [[P:Pierre Guéguen]]. Elle veut savoir si l'arrêt est « justifié ». La conseillère refuse net, secret médical. La RH laisse quand même ses coordonnées : [[P:Sophie Baudet]], [[TEL:02 97 63 22 15]] (ligne directe), [[MAIL:sophie.baudet@menuiserie-baudet.fr]]."),
    ("cpam", "accueil_telephonique", "elle donne son mail pour recevoir l'attestation {{CSS}} : « [[MAIL:christine.lhuillier (at) laposte.net]] », la conseillère demande « at comme arobase ? »"),
    ("cpam", "accueil_telephonique", "Secrétaire de la {{Clinique Saint-Yves}} pour une prise en charge en urgence. Patient : M. [[P:Rouxel]], IPP [[ID:P00782315]]. La conseillère dit que ce n'est pas par ce canal, donne la ligne des établissements."),
    ("cpam", "accueil_telephonique", "Appel à trois avec un interprète en arabe de l'{{ISM}}, [[P:Youssef]]. L'appelant, M. [[P:Haddad]], veut son attestation {{AME}}. N° de dossier AME : [[ID:AME-35-2024-018734]]. Envoyée par courrier, il n'a pas de mail."),
    ("cpam", "accueil_telephonique", "Elle me montre la base de connaissances : {{1 200}} fiches. Elle cherche \"congé paternité\" : {{3 fiches}} qui se contredisent 🙄"),
    ("cpam", "accueil_telephonique", "- vous pouvez me rappeler ?\n- oui, à quel numéro ?\n- le [[TEL:07.52.18.63.40]]\n- et votre nom ?\n- [[P:Tessier]]. [[P:T-E-S-S-I-E-R]]\n- très bien, rappel sous {{48h}}"),
    ("cpam", "accueil_telephonique", "Appel d'un kiné, M. [[P:Salaün]], pas payé depuis {{3 mois}} pour ses actes à domicile. La conseillère le renvoie vers la ligne des professionnels de santé, {{3608}}. Il râle : « je suis déjà passé par là ! »"),
    ("cpam", "controle_sur_place", "Contrôle d'arrêt de travail, {{14h05}}. Sorties autorisées {{9h-11h}} et {{14h-16h}}. [[ADR:8 rue Paul Féval, 35000 Rennes]], {{3e}} étage sans ascenseur. Personne ne répond. L'agent ([[P:Patrice]]) laisse un avis de passage dans la boîte."),
    ("cpam", "controle_sur_place", "M. [[P:Rivoallan]] ouvre en pyjama, arrêt pour lombalgie depuis {{3 semaines}}. Il montre l'ordonnance du Dr [[P:Kerbrat]] et la convocation chez le kiné. Rien à signaler, {{10 min}}. Il propose un café."),
    ("cpam", "controle_sur_place", "L'agent fait {{6 contrôles}} dans l'après-midi entre {{Saint-Jacques-de-la-Lande}} et {{Bruz}}. Il me dit que {{1 sur 5}} n'est pas chez lui, la plupart chez le médecin ou à la pharmacie."),
    ("cpam", "controle_sur_place", "{{15h10}}, personne ? La voiture de l'assuré n'est pas dans la cour (plaque [[IMMAT:FB-731-PZ]] sur la fiche). La voisine dit qu'il est parti « à la mer ». L'agent note \"absent\" sans commentaire."),
    ("cpam", "controle_sur_place", "La patronne de la boulangerie {{Le Fournil de Léa}}, [[P:Léa]], a demandé une contre-visite pour son vendeur en arrêt. L'agent trouve ça \"fréquent dans les petites boîtes\". Le vendeur est là, fièvre, mouchoirs partout."),
    ("cpam", "controle_sur_place", "fiche mission sur la tablette :\nAssuré : [[P:MOAL Jean-Yves]]\nNIR : [[NIR:1580767367026 89]]\nAdresse : [[ADR:La Ville Hervé, 22400 Lamballe]]\nArrêt du {{02/04}} au {{30/04}}\nMotif contrôle : arrêts répétitifs"),
    ("cpam", "controle_sur_place", "Sa femme ouvre, il est chez le kiné. Elle donne le portable du kiné, [[P:Stéphane]], pour vérifier : [[TEL:06 62 81 39 05]]. L'agent appelle devant nous, confirmé. {{4 min}}."),
    ("cpam", "controle_sur_place", "il pleut, on attend {{10 min}} dans la voiture de service ({{Kangoo}} blanche, logo {{Assurance Maladie}} sur les portières). L'agent trouve ça un peu humiliant pour les assurés, le logo devant chez eux."),
    ("cpam", "controle_sur_place", "Assurée présente, Mme [[P:Lopes]], accident du travail à l'entrepôt {{Lidl}} de {{Vern-sur-Seiche}}. Elle montre sa carte mutuelle {{Malakoff Humanis}}, n° [[ID:MH004522917]], et son attestation de salaire. Elle a peur de perdre son poste."),
    ("cpam", "controle_sur_place", "Contrôle annulé : l'assuré est hospitalisé à la {{clinique Pasteur}} depuis hier, dit sa fille [[P:Clémence]] sur le pas de la porte. L'agent appelle le {{standard de la clinique}} pour vérifier."),
    ("cpam", "controle_sur_place", "Le monsieur parle mal français, son fils traduit. L'agent vérifie l'identité sur la fiche : né le [[DN:1955-06-12]], arrêt prolongé par le {{CHU}}. L'agent explique les horaires de sortie, le fils écrit tout sur un papier."),
    ("cpam", "controle_sur_place", "Entre deux visites l'agent me parle du métier : {{18 ans}} à la {{Cpam}}, avant il était à {{La Poste}}. Il dit que le plus dur c'est les chiens 🐕"),
    ("ccas", "accueil_physique", "Monsieur à la rue vient chercher son courrier (domiciliation). {{3 lettres}} dont une de la {{Caf}}. L'agente ([[P:Brigitte]]) lui fait signer le registre, tout le monde l'appelle \"[[P:Dédé]]\", il rigole. {{2 min}}."),
    ("ccas", "accueil_physique", "Mme [[P:Lebreton]], facture {{EDF}} impayée {{612 €}}, coupure annoncée pour {{vendredi}}. Réf client EDF [[ID:6001 284 517]]. L'agent appelle la ligne solidarité {{EDF}} réservée aux travailleurs sociaux, obtient un report de {{15 jours}} le temps de monter un {{FSL}} énergie. Pour le FSL il note aussi son n° allocataire : [[ALLOC:5563019]]."),
    ("ccas", "accueil_physique", "Épicerie sociale {{La Passerelle}} juste à côté, ouverte le {{mardi}} et le {{vendredi}}. L'agent donne des bons d'accès valables {{3 mois}}. Les gens ressortent avec des sacs {{Lidl}} pleins."),
    ("ccas", "accueil_physique", "Locataire d'{{Archipel Habitat}} à {{Maurepas}}, dette de loyer {{2 300 €}}. La chargée de recouvrement du bailleur, Mme [[P:Corre]], a appelé l'agent CCAS ce matin même. Réf locataire [[ID:0345678/02]]. Adresse [[ADR:12 square de Guyenne, appt 104, 35000 Rennes]]. Plan d'apurement proposé : {{50 €}}/mois."),
    ("ccas", "accueil_physique", "Mme [[P:Cariou]], {{87 ans}}, veut la téléassistance. Sa fille [[P:Nathalie]] a rempli le dossier. Prestataire : {{Présence Verte}}, {{28 €}}/mois moins l'aide du CCAS. Le médecin, Dr [[P:Lamour]], a fait le certificat."),
    ("ccas", "accueil_physique", "L'adjointe aux solidarités, Mme [[P:Josiane Le Meur]], passe dire bonjour aux agents, les épaules se raidissent un peu. Elle repart au bout de {{5 min}}, demande juste combien de passages ce matin : {{34}}."),
    ("ccas", "accueil_physique", "{{11h}} : file de {{8 personnes}} pour les colis de Noël. La {{banque alimentaire}} a livré avec {{2h}} de retard, les bénévoles courent partout."),
    ("ccas", "accueil_physique", "Usager sous tutelle. Pendant le RDV sa mandataire de l'{{ATI 29}}, [[P:Ronan]]... non c'est un monsieur, [[P:Ronan Guivarch]], appelle sur le portable de l'usager. L'agent lui parle directement, ça débloque l'aide cantine en {{5 min}}, virement sur le compte géré par l'ATI, l'agent recopie l'IBAN : [[IBAN:FR76 1380 7779 9231 4109 8112 409]]."),
    ("ccas", "accueil_physique", "Écran logiciel d'aide sociale :\nBénéficiaire : [[P:DIALLO Mamadou]]\nNé le [[DN:01/01/1980]]\nAdresse : [[ADR:foyer Adoma, chambre 212, 4 rue de l'Alma, 35000 Rennes]]\nAides 2024 : bon alimentaire {{50 €}} x 2 ; aide transport {{STAR}} {{30 €}}"),
    ("ccas", "accueil_physique", "Une bénévole des {{Restos du Cœur}} (antenne de {{Pontanézen}}), [[P:Jacqueline]], accompagne une jeune femme enceinte. Elle laisse son portable à l'agent : [[TEL:06 08 44 17 92]], l'antenne n'a pas de fixe."),
    ("ccas", "accueil_physique", "Le service état civil de la mairie ({{2e étage}}) envoie des gens ici par erreur. L'agent d'accueil de la mairie, [[P:Mickaël]], descend chercher une dame qui attendait au mauvais guichet depuis {{40 min}}."),
    ("ccas", "accueil_physique", "AIDE AU PERMIS REFUSÉE, LE JEUNE ({{19 ANS}}) PLEURE. IL AVAIT UNE PROMESSE D'EMBAUCHE CHEZ {{INTERMARCHÉ}} 😢"),
    ("ccas", "accueil_physique", "Famille syrienne arrivée il y a {{2 mois}}. L'interprète, c'est l'institutrice du petit, Mme [[P:Khoury]], de l'{{école Jacques Prévert}}, qui parle arabe et vient sur son temps libre. Demande d'aide cantine + inscription au centre de loisirs {{Les Petits Loups}}. Titre de séjour du père : n° [[ID:3502198745]]. Les enfants s'appellent [[P:Rami]] et [[P:Lina]], {{6 ans}} et {{9 ans}}. L'agent met {{1h}}, personne ne s'impatiente."),
    ("ccas", "accueil_physique", "Boîte mail générique de l'accueil affichée sur la vitre : {{accueil.ccas@ville-lorient.fr}}. L'agente ([[P:Fanny]]) me dit que c'est elle qui la relève, {{200 mails}} par semaine."),
    ("ccas", "accueil_telephonique", "appel d'un propriétaire privé, M. [[P:Grall]], qui veut qu'on « fasse partir » sa locataire. L'agent explique que le CCAS ne fait pas ça, renvoie vers l'{{ADIL}}. Ton qui monte."),
    ("ccas", "accueil_telephonique", "standard du {{CCAS}} : {{1 seule}} agente pour les appels ET l'accueil physique. Elle dit « ne quittez pas » {{9 fois}} en {{20 min}}, j'ai compté."),
    ("ccas", "accueil_telephonique", "Mme [[P:Pasquier]], {{91 ans}}, appelle pour le portage de repas. Elle donne son adresse : [[ADR:42 avenue de la Libération, 44600 Saint-Nazaire]] et son fixe [[TEL:02 40 66 13 58]]. Premier repas livré {{lundi}}, {{6,20 €}} le repas."),
    ("ccas", "accueil_telephonique", "L'agent appelle le {{SIAO}} pour une famille hébergée au CCAS depuis {{3 nuits}}. Réf SIAO [[ID:SI-2024-04417]]. Réponse : « pas de place avant {{fin du mois}} »."),
    ("ccas", "accueil_telephonique", "L'agent me lit la signature d'un mail du département :\n« [[P:Élodie Guillemot]]\nRéférente RSA - Espace départemental des solidarités de {{Quimper}}\n[[TEL:02 98 76 24 61]]\n[[MAIL:elodie.guillemot@cd29-solidarites.fr]] »\nElle dit que c'est rare d'avoir une ligne directe, d'habitude on tombe sur le {{standard du département}}."),
    ("ccas", "accueil_telephonique", "[[P:Yvette]] de l'{{ADMR}} appelle pour signaler que le monsieur du {{3e}} n'ouvre plus depuis {{2 jours}}."),
    ("ccas", "accueil_telephonique", "Beaucoup d'appels sur le {{chèque énergie}} ce matin, le courrier officiel est arrivé {{hier}}. L'agent a une réponse toute prête qu'elle récite. Un monsieur donne même son numéro Caf « au cas où » : [[ALLOC:7702418]]."),
    ("ccas", "accueil_telephonique", "Dame avec une coupure d'eau, fournisseur {{Eau du Ponant}}, n° de contrat [[ID:10077345]]. L'agent appelle le service clients d'{{Eau du Ponant}} en conférence, réouverture dans la journée."),
    ("ccas", "accueil_telephonique", "Le monsieur dicte son numéro : « [[TEL:zéro sept, vingt et un, quatre-vingt-quinze, quarante, zéro huit]] ». L'agent lui rappelle le RDV de {{jeudi 10h}}."),
    ("ccas", "accueil_telephonique", "Les {{Pompes funèbres Guillard}} appellent pour des obsèques prises en charge par la commune : M. [[P:André Morvan]], décédé seul à son domicile, [[ADR:9 rue Kerfautras, 29200 Brest]]. Pas de famille connue. L'agent dit que c'est le {{4e}} de l'année."),
    ("ccas", "accueil_telephonique", "Aide financière de {{150 €}} accordée, versement par virement. La dame donne son RIB au tel, l'agent répète : banque [[IBAN:30002 guichet 84087 compte 98496520806 clé 59]]. Il relit {{2 fois}}."),
    ("ccas", "accueil_telephonique", "{{lundi}} = l'enfer, tout le {{week-end}} arrive d'un coup"),
    ("ccas", "accueil_telephonique", "- CCAS bonjour\n- oui c'est pour le colis\n- vous êtes inscrit ?\n- oui au nom de [[P:Benhamou]]\n- prénom ?\n- [[P:Salim]]\n- c'est bon, {{jeudi}} {{14h}}, salle {{Jean Vilar}}"),
    ("ccas", "accueil_telephonique", "Appel de la {{Mission locale}} : la conseillère, [[P:Amandine]], veut une aide d'urgence pour un jeune qui commence une formation {{GRETA}} lundi. Elle donne son mail perso faute de mieux : [[MAIL:amandine.r35@gmail.com]], l'agent tique."),
    ("ccas", "controle_sur_place", "Visite à domicile chez M. [[P:Tual]], {{78 ans}}, signalé par son médecin. Logement très dégradé, [[ADR:17 rue de la Corderie, 56100 Lorient]]. Le {{service hygiène}} de la ville est avec nous ([[P:Romain]]), il mesure l'humidité : {{85 %}}."),
    ("ccas", "controle_sur_place", "Le propriétaire débarque pendant la visite, M. [[P:Quillévéré]], il dit que le locataire « a tout cassé ». La TS lui rappelle ses obligations, il tourne les talons. Son agence ({{Immobilière de l'Odet}}) n'était pas au courant."),
    ("ccas", "controle_sur_place", "{{45 min}} de visite, la travailleuse sociale remplit une grille papier de {{6 pages}}. Rubrique logement : [[ADR:6 rue Lamartine, 56100 Lorient]], {{T3}}, {{2e}} sans ascenseur. Tout sera ressaisi au bureau demain."),
    ("ccas", "controle_sur_place", "Devant la maison un camping-car immatriculé [[IMMAT:3456 TR 29]], vieux format. C'est là que dort le fils depuis {{l'été}}."),
    ("ccas", "controle_sur_place", "La voisine, Mme [[P:Le Bras]], nous voit sonner et vient dire qu'elle fait les courses du monsieur {{2 fois}} par semaine au {{Carrefour Contact}}. La TS prend son tel : [[TEL:02 97 35 60 27]]."),
    ("ccas", "controle_sur_place", "Sur le frigo : le portable de l'aide à domicile ([[P:Nadia]], [[TEL:06 17 42 88 30]]), le standard du {{SSIAD}} ({{02 97 21 55 00}}) et le nom du médecin, Dr [[P:Le Pape]]. Tout est écrit en gros au feutre."),
    ("ccas", "controle_sur_place", "Visite conjointe avec {{Brest Métropole Habitat}}. La gardienne, [[P:Christiane]], nous ouvre. Locataire : Mme [[P:Hascoët]], {{66 ans}}, accumulation d'objets jusqu'au plafond. Réf locataire BMH [[ID:0078412]]. Le bailleur parle de procédure, la TS demande {{3 mois}} pour mettre en place un accompagnement."),
    ("ccas", "controle_sur_place", "La TS vérifie la carte d'identité de la dame pour le dossier aide ménagère : née le [[DN:3 mars 1938]] à {{Douarnenez}}."),
    ("ccas", "controle_sur_place", "Le chien aboie sans arrêt. La TS garde son manteau, il fait {{14°}} dans le salon. Chauffage au {{fioul}}, cuve vide depuis {{novembre}}."),
    ("ccas", "controle_sur_place", "Le fils, [[P:Cédric]], travaille chez {{Airbus}} à {{Saint-Nazaire}}, il passe tous les soirs. Il demande si sa mère a droit à l'{{APA}}, la TS explique que c'est le département."),
    ("ccas", "controle_sur_place", "Succession bloquée : le notaire, Me [[P:Bellec]], de l'{{Office notarial du Port}} à {{Douarnenez}}, ne répond plus. La TS note de l'appeler au {{standard de l'office}}."),
    ("ccas", "controle_sur_place", "Pour l'aide au chauffage, la dame sort son relevé de compte, la TS recopie l'IBAN sur le formulaire : [[IBAN:FR76 3000 2569 4037 5312 4407 811]]. Versement sous {{10 jours}}."),
    ("urgences", "accueil_physique", "{{3h12}} du matin, salle d'attente pleine ({{27 personnes}}). L'IAO ([[P:Sabrina]]) trie : {{tri 5}} pour une entorse, attente estimée {{6h}}. Le monsieur à l'entorse repart."),
    ("urgences", "accueil_physique", "Bureau des entrées, écran :\nPatient : [[P:HAMONIC Lucie]]\nIPP [[ID:P00451987]]\nNIR [[NIR:2 97 04 33 210 577 53]]\nDN [[DN:23/04/1997]]\nMutuelle : {{Groupama}} n° [[ID:GR77310429]]\nMédecin traitant : Dr [[P:Bodin]]\nMode d'arrivée : {{VSAV}}"),
    ("urgences", "accueil_physique", "Les pompiers de {{Lorient}} amènent un monsieur tombé {{rue du Port}}, sans papiers sur lui. Le chef d'agrès dit qu'il se fait appeler \"[[P:Jojo]]\". Admission en X (identité inconnue), l'agent crée un dossier provisoire."),
    ("urgences", "accueil_physique", "{{2h40}} d'attente pour une dame de {{84 ans}} sur un brancard dans le couloir. Les brancards du couloir ont des numéros, elle c'est le {{B7}}. Personne ne lui a donné à boire."),
    ("urgences", "accueil_physique", "Devant l'entrée une ambulance des {{Ambulances Kerhervé}} en double file, plaque [[IMMAT:EZ-207-QA]]. Le chauffeur, [[P:Mehdi]], attend le bon de transport depuis {{25 min}}, il a {{3 autres}} courses."),
    ("urgences", "accueil_physique", "Deux policiers amènent un homme menotté pour un certificat de compatibilité avec la garde à vue. Sur la poitrine du policier, son RIO : [[ID:1834572]]. Il attend debout {{50 min}}, l'agent d'accueil lui propose une chaise, il refuse."),
    ("urgences", "accueil_physique", "Patient ukrainien, sa fille traduit avec {{Google Traduction}} sur son tel. L'IAO préfère appeler l'interprétariat ({{ISM}}), {{15 min}} pour avoir quelqu'un en ligne."),
    ("urgences", "accueil_physique", "Courrier du médecin traitant tendu à l'IAO : « Cher confrère, je vous adresse Mme [[P:Vidal]] pour suspicion de phlébite... Dr [[P:Yann Le Corre]], {{cabinet médical de Kerinou}}, [[TEL:02 98 03 52 18]] ». L'IAO appelle le numéro, c'est son portable, il répond tout de suite."),
    ("urgences", "accueil_physique", "Monsieur connu du service, vient {{3 fois}} par semaine. L'équipe l'appelle \"[[P:Tonton]]\". Il dort dans le hall quand il pleut, la sécu le laisse faire jusqu'à {{6h}}."),
    ("urgences", "accueil_physique", "- votre date de naissance ?\n- [[DN:douze décembre soixante-six]]\n- nom ?\n- [[P:Duquesne]]\n- numéro de sécu ?\n- [[NIR:1 66 12 59 274 436 45]]\n- vous venez pour quoi ?\n- ma main (coupure, torchon plein de sang)\n{{40 s}} de questions administratives avant qu'on regarde la main."),
    ("urgences", "accueil_physique", "La femme d'un patient arrive en courant, demande où il est. L'agent d'accueil ([[P:Gaëlle]]) cherche dans le logiciel, « {{box 12}}, vous pouvez y aller ». Elle y va sans demander de pièce d'identité."),
    ("urgences", "accueil_physique", "AGRESSION VERBALE SUR L'AGENT D'ACCUEIL A {{1H05}}. LA SECURITE ARRIVE EN {{4 MIN}}. ELLE CONTINUE SON TRAVAIL COMME SI DE RIEN N'ETAIT"),
    ("urgences", "accueil_physique", "Résidente de l'{{EHPAD Les Jardins du Château}} amenée pour chute. Fiche de liaison : Mme [[P:Tréguer]], née le [[DN:04/03/1931]], médecin coordonnateur Dr [[P:Salou]]. Numéro de l'infirmerie de l'EHPAD : {{02 98 44 71 20}}. Pas de traitement à jour sur la fiche."),
    ("urgences", "accueil_physique", "Une prof d'EPS du {{lycée Kerichen}} accompagne un élève tombé au hand, [[P:Noah]], {{15 ans}}, poignet gonflé. Elle appelle la mère devant nous : [[TEL:06 87 30 14 62]], messagerie. Elle reste jusqu'à {{18h}} alors qu'elle finissait à {{16h}}."),
    ("urgences", "accueil_telephonique", "{{22h40}}, appel d'une mère : son fils [[P:Théo]] est-il arrivé ? L'agent ne donne rien sans vérifier, demande la date de naissance : [[DN:12/08/2003]], puis le numéro de sécu qu'elle a sous les yeux, [[NIR:103083325216842]]. Ça correspond, elle confirme qu'il est là, sans plus."),
    ("urgences", "accueil_telephonique", "Le téléphone sonne {{toutes les 2 min}}. Le standard de l'hôpital transfère tout aux urgences la nuit, {{0 secrétaire}} après {{20h}}."),
    ("urgences", "accueil_telephonique", "La régulation du {{15}} appelle pour annoncer un patient du SMUR, arrivée dans {{10 min}}. Le médecin régulateur, Dr [[P:Perrot]], parle vite, l'IDE note sur un bout de papier."),
    ("urgences", "accueil_telephonique", "L'infirmière de nuit de l'{{EHPAD La Source}}, [[P:Hélène]], appelle pour un résident transféré plus tôt, M. [[P:Josselin]]. Elle veut qu'on la rappelle sur son direct, [[TEL:02 96 78 41 09]], pas sur le standard de l'EHPAD qui ne répond plus après {{21h}}."),
    ("urgences", "accueil_telephonique", "Pharmacie de garde ({{Pharmacie de la Mairie}}, {{Plérin}}) appelle pour vérifier une ordonnance des urgences, écriture illisible. Le pharmacien demande le nom du médecin : c'est le Dr [[P:Bénédicte Hue]]. Réglé en {{2 min}}."),
    ("urgences", "accueil_telephonique", "Le patron d'une petite boîte de BTP ({{Maçonnerie Le Roux et Fils}}) appelle pour un ouvrier blessé ce matin, [[P:Kevin]]. Il veut savoir s'il pourra revenir {{lundi}}. L'agent : « je ne peux rien vous dire, c'est à votre salarié de vous appeler »."),
    ("urgences", "accueil_telephonique", "Gendarmerie de {{Landerneau}} : réquisition pour une prise de sang après un accident, véhicule [[IMMAT:DX 318 RB]], conducteur amené par les pompiers il y a {{1h}}. L'agent transfère au médecin."),
    ("urgences", "accueil_telephonique", "{{23h}}, une fille demande qu'on envoie le compte rendu de son père sur son mail, [[MAIL:nadia.bensaid@hotmail.fr]]. L'agent refuse : envoi au médecin traitant ou retrait sur place avec pièce d'identité."),
    ("urgences", "accueil_telephonique", "Appel pour un portefeuille oublié en salle d'attente : {{carte Vitale}}, {{CB}}, titre de séjour n° [[ID:9902715436]]. Il est à M. [[P:Konaté]], parti hier soir. L'agent le met au coffre."),
    ("urgences", "accueil_telephonique", "- urgences bonjour\n- c'est combien d'attente là ?\n- je ne peux pas vous dire monsieur\n- à peu près ?\n- {{entre 2 et 6 heures}}\n- ah ben je viens pas alors\n(elle me regarde : « c'est peut-être mieux »)"),
    ("urgences", "accueil_telephonique", "L'interprète LSF ({{Interpretis}}) appelle pour confirmer qu'elle vient à {{15h}} pour le patient sourd du {{box 4}}. Elle s'appelle [[P:Virginie]], elle demande qu'on la prévienne s'il sort avant."),
    ("urgences", "accueil_telephonique", "L'AS des urgences appelle le {{115}} pour un monsieur qui sort à {{17h}} : M. [[P:Grégory Lefeuvre]], {{52 ans}}, pansement au pied. Pas de place. Il repartira avec un ticket de bus et l'adresse de l'{{accueil de jour}}."),
    ("urgences", "accueil_telephonique", "pharmacie de garde ? → {{3237}}. {{20 s}} chrono."),
    ("urgences", "accueil_telephonique", "Le médecin du travail de {{La Poste}} appelle pour un facteur vu cette nuit. Il laisse son mail : « [[MAIL:annick.ropars [at] laposte.fr]] ». Dr [[P:Annick Ropars]], ça c'est elle. L'agent transmet au chef de service."),
    ("urgences", "controle_sur_place", "Sortie SMUR avec l'équipe, {{16h20}}, malaise dans un supermarché ({{Super U}} de {{Guipavas}}). Le gérant, M. [[P:Calvez]], nous attend à l'entrée des caddies, il a sorti le défibrillateur."),
    ("urgences", "controle_sur_place", "Domicile du patient : [[ADR:3 chemin de Kervao, 29490 Guipavas]]. La fille, [[P:Sandrine]], ouvre, en pleurs. L'infirmier prend la liste des médicaments dans la boîte à chaussures, {{8 boîtes}} différentes."),
    ("urgences", "controle_sur_place", "trajet {{12 min}} gyrophare, je m'accroche 😬"),
    ("urgences", "controle_sur_place", "Accident sur la {{N12}}, {{2 voitures}}. Les gendarmes notent les plaques à côté de nous : [[IMMAT:FK-552-WD]] et [[IMMAT:am-917-lt]]. Le médecin s'occupe du conducteur de la deuxième, {{19 ans}}."),
    ("urgences", "controle_sur_place", "Visite à domicile de l'équipe mobile gériatrique chez Mme [[P:Boulanger]], {{89 ans}}, sortie des urgences la semaine dernière. C'est {{le boulanger du coin}} qui lui monte son pain tous les matins, il a donné l'alerte la première fois."),
    ("urgences", "controle_sur_place", "Patient inconscient dans un abribus. Dans son portefeuille : carte d'identité au nom de [[P:Alexandre Morin]], né le [[DN:30/09/1988]], et une carte de la {{Mutuelle des Motards}}. L'infirmier appelle le numéro \"maman\" dans son téléphone."),
    ("urgences", "controle_sur_place", "Retour de sortie, {{1h40}} en tout. Le médecin remplit la fiche d'intervention pendant que l'infirmier refait le sac. Prochaine sortie {{7 min}} plus tard."),
    ("urgences", "controle_sur_place", "Sur le frigo un papier : « en cas d'urgence appeler mon fils [[P:Patrick]] [[TEL:06 80 21 47 59]] ». L'infirmière appelle, il arrive de {{Morlaix}}."),
    ("urgences", "controle_sur_place", "L'aide à domicile, [[P:Fatou]], de l'{{ADMR}} de {{Plougastel}}, est déjà là quand on arrive. C'est elle qui a appelé le {{15}}. Elle dit qu'elle a {{8 bénéficiaires}} à voir ce matin et qu'elle va être en retard partout."),
    ("urgences", "controle_sur_place", "Les pompiers de {{Brest}} sont sur place avant nous. Le chef, sergent [[P:Le Dantec]], fait le bilan au médecin en {{1 min}}. Impressionnant de précision."),
    ("urgences", "controle_sur_place", "Le médecin appelle le {{CHU}} pour récupérer les antécédents, IPP [[ID:2019445811]]. Le patient a été vu {{4 fois}} ce mois-ci."),
    ("urgences", "controle_sur_place", "Sortie dans un EHPAD, {{Résidence Ty Maudez}}. L'infirmière coordinatrice, [[P:Anne-Laure]], a préparé le DLU. Ça fait gagner {{10 min}}, le médecin SMUR le dit deux fois."),
    ("chrs", "accueil_physique", "Arrivée d'une femme avec {{2 enfants}}, orientée par le {{SIAO}}, réf [[ID:SIAO35-2024-0917]]. Elle n'a que son attestation de sécu : NIR [[NIR:274081332240254]]. Travailleur social de permanence : [[P:Mathieu]]. {{Chambre 14}}, {{3 lits}}, une bouilloire. Il fait le tour des lieux avec elle en {{10 min}}."),
    ("chrs", "accueil_physique", "Règlement intérieur affiché en {{6 langues}}. Retour avant {{22h}}. Pas d'alcool, pas d'animaux. Le chien d'un résident dort dans sa voiture sur le parking, toléré."),
    ("chrs", "accueil_physique", "M. [[P:Abdoulaye Camara]], débouté de l'asile, recours devant la {{CNDA}}. Son avocat, Me [[P:Vasseur]], a envoyé un mail à l'éducatrice, elle me le montre : signature « [[P:Pierre-Yves Vasseur]], avocat au barreau de {{Rennes}}, [[TEL:02 99 30 71 84]] » et en copie le secrétariat du cabinet ({{contact@vasseur-avocats.fr}}). Récépissé n° [[ID:3503264419]] valable jusqu'au {{15 juin}}. L'éduc dit que sans l'avocat il serait déjà dehors."),
    ("chrs", "accueil_physique", "Badge de l'éducatrice : « [[P:Léna B.]] - éducatrice spécialisée ». Elle fait {{3 entretiens}} d'admission ce matin, {{45 min}} chacun."),
    ("chrs", "accueil_physique", "Une bénévole de l'asso {{Le Carillon}} dépose des kits hygiène ({{30}}). Elle connaît tout le monde par son prénom, tape dans le dos de [[P:Momo]] qui fume devant la porte."),
    ("chrs", "accueil_physique", "Résident en chantier d'insertion aux {{Ateliers du Bocage}}. Son encadrant technique, [[P:Gilles]], appelle sur le fixe de l'accueil : le résident n'est pas venu depuis {{2 jours}}. L'éduc promet de le voir au repas."),
    ("chrs", "accueil_physique", "Un résident donne son nouveau numéro pour que le {{SIAO}} puisse le joindre : [[TEL:07 44 93 20 16]]. Il a changé de puce, {{Lycamobile}}."),
    ("chrs", "accueil_physique", "CE MATIN {{3 DEPARTS}}, {{0 SOLUTION}} DE LOGEMENT. LE CHEF DE SERVICE DIT QUE C'EST « LA SATURATION DE TOUT LE PARC »"),
    ("chrs", "accueil_physique", "Une jeune de {{17 ans}} a fugué du foyer voisin, sa copine montre son compte Insta à l'éduc pour qu'elle puisse la contacter : [[ID:@lili_brz29]]. L'éduc préfère prévenir l'{{ASE}}."),
    ("chrs", "accueil_physique", "Ouverture d'un compte {{Nickel}} chez le buraliste pour recevoir le {{RSA}}, l'éduc vérifie le RIB imprimé : [[IBAN:FR76 1751 5623 4197 2789 0491 303]]. Le monsieur est content, « premier compte depuis {{2015}} »."),
    ("chrs", "accueil_physique", "Écran SI-SIAO que l'éduc remplit :\nMénage : [[P:RAKOTOMALALA Hery]] + {{1 enfant}}\nDDN [[DN:11/10/1986]]\nN° alloc Caf : [[ALLOC:8123047]]\nSituation : sortie d'hôpital ({{CHU Pontchaillou}})\nDemande : insertion\nRéférent : [[P:Mathieu Perrin]]"),
    ("chrs", "accueil_physique", "Le médecin bénévole de {{Médecins du Monde}}, Dr [[P:Anne Lecomte]], tient sa permanence du {{jeudi}} dans le bureau du fond. {{6 personnes}} attendent sur le banc."),
    ("chrs", "accueil_physique", "L'éduc me montre un mail de la plateforme d'accueil des demandeurs d'asile : « ... [[P:Mariam Sow]], intervenante sociale {{PADA}} {{Coallia}}, [[MAIL:m.sow@coallia.org]] », avec en copie la boîte générique {{pada35@coallia.org}}. Elle dit qu'elle écrit toujours aux deux."),
    ("chrs", "accueil_physique", "Repas à {{19h}}, {{42 couverts}}. Ce sont les résidents qui servent, à tour de rôle. Ce soir : lentilles, pomme."),
    ("chrs", "accueil_telephonique", "{{115}}, {{21h30}}, {{68 appels}} en attente. L'écoutant ([[P:Bastien]]) : « on n'a plus une place sur {{Rennes}} ce soir, je vous mets sur la liste ». Il dit cette phrase toutes les {{3 min}}."),
    ("chrs", "accueil_telephonique", "Appelante : femme, {{3 enfants}}, dans sa voiture sur le parking de la {{gare}}. Elle donne la plaque pour que la maraude la trouve : [[IMMAT:CR-904-HN]]. L'écoutant envoie la {{Croix-Rouge}}."),
    ("chrs", "accueil_telephonique", "Le commissariat de {{Quimper}} appelle pour un monsieur à la rue qu'ils ont en face d'eux. Le policier donne son nom : M. [[P:Lucien Hamel]], né le [[DN:5 octobre 1949]]. {{74 ans}}, dehors. L'écoutant trouve une place en urgence au {{Foyer Saint-Corentin}}."),
    ("chrs", "accueil_telephonique", "Entre {{2 appels}} l'écoutante me dit qu'elle fait ça depuis {{11 ans}} et qu'elle n'a jamais vu autant de familles."),
    ("chrs", "accueil_telephonique", "Un homme appelle, donne son nom en l'épelant : « [[P:Kowalski]], [[P:K-O-W-A-L-S-K-I]] », prénom [[P:Marek]]. Connu du {{115}}, {{4e}} appel de la semaine."),
    ("chrs", "accueil_telephonique", "L'AS des urgences de {{Pontchaillou}}, [[P:Claire]], appelle pour un patient qui sort : IPP [[ID:P00913374]], il ne peut pas rester une nuit de plus. L'écoutant demande un mail sur la boîte du {{SIAO}}."),
    ("chrs", "accueil_telephonique", "Nuitée d'hôtel réservée à l'{{Ibis Budget}} de {{Cesson}} pour Mme [[P:Ngoma]] et son bébé. L'écoutant donne l'adresse de l'hôtel, {{rue de la Rigourdière}}, et le code de la boîte à clés."),
    ("chrs", "accueil_telephonique", "- {{115}} bonjour\n- oui c'est encore moi\n- c'est qui ?\n- [[P:Djibril]]\n- date de naissance ?\n- le [[DN:1er avril 95]]\n- ok [[P:Djibril]], toujours rien ce soir, rappelez à {{23h}}"),
    ("chrs", "accueil_telephonique", "Un bénévole de la maraude {{Croix-Rouge}} appelle : « on a un monsieur sous le pont {{Saint-Hélier}}, il dit s'appeler [[P:Pascal]], il a froid ». L'écoutant propose le {{gymnase}} ouvert par la ville."),
    ("chrs", "accueil_telephonique", "Mail du CCAS de {{Vitré}} affiché à l'écran, signé [[P:Agnès Tertrais]], [[MAIL:a.tertrais@mairie-vitre.fr]], tél. [[TEL:02 99 74 33 51]]. Elle signale une famille qui dort dans l'église."),
    ("chrs", "accueil_telephonique", "Le monsieur donne son numéro pour le rappel : « [[TEL:six, soixante-douze, zéro neuf, trente, quarante et un]] », il ne dit pas le zéro du début. L'écoutant le rajoute, rappel promis dans {{1h}}."),
    ("chrs", "accueil_telephonique", "Tableau blanc derrière l'écoutant : places dispo {{0 / 0 / 2}} (femmes seules). Il efface et réécrit toutes les heures."),
    ("chrs", "accueil_telephonique", "Un propriétaire appelle : son locataire dort dans la cave depuis qu'il a perdu son boulot chez {{Cooperl}}. Il veut « l'aider », pas l'expulser. Il s'appelle M. [[P:Rault]], donne son portable [[TEL:06 13 57 24 68]]."),
    ("chrs", "accueil_telephonique", "Une travailleuse sociale de la {{Sauvegarde 56}} appelle pour une jeune majeure sortie de l'{{ASE}}. Elle donne son mail pro [[MAIL:c.le-floch@sauvegarde56.org]] et le standard {{02 97 46 19 19}}. Réponse de l'écoutant : liste d'attente."),
    ("chrs", "controle_sur_place", "Visite en logement diffus, [[ADR:22 rue Ginguené, appt 3, 35000 Rennes]]. L'éduc vérifie le frigo, le ménage, le courrier. Le résident a mis des plantes partout, un {{olivier}} sur le balcon. Ça se passe bien."),
    ("chrs", "controle_sur_place", "Maraude avec le {{Samu social}}, {{22h}}, {{place de la République}}. Un homme que tout le monde appelle \"[[P:Gégé]]\" refuse la nuitée mais prend une soupe et une couverture."),
    ("chrs", "controle_sur_place", "Famille qui vit dans un {{Trafic}} immatriculé [[IMMAT:DK-114-FR]], garé derrière le {{Leroy Merlin}}. Les {{2 enfants}} vont à l'école le matin. L'éduc apporte des draps."),
    ("chrs", "controle_sur_place", "Tour des chambres du CHRS avec le veilleur, {{23h}}. Tout le monde est rentré {{sauf 2}}, dont [[P:Steven]] qui avait prévenu. Le veilleur note à la main dans un cahier."),
    ("chrs", "controle_sur_place", "Le propriétaire du logement diffus, M. [[P:Hervé Lucas]], est là pour un état des lieux. Il trouve que le résident « a bien entretenu ». Loyer {{390 €}}. Il demande le virement du loyer sur un nouveau compte : [[IBAN:FR76 4255 9354 7471 6575 1195 636]]. L'éduc transmet à la compta."),
    ("chrs", "controle_sur_place", "Campement {{quai de la Prévalaye}}, {{9 tentes}}. Un jeune afghan, [[P:Zabihullah]], montre son attestation de demande d'asile, n° [[ID:3504117852]]. Il dit qu'il a rendez-vous à l'{{OFII}} la semaine prochaine."),
    ("chrs", "controle_sur_place", "Visite chez Mme [[P:Akter]], logée en diffus avec ses filles. La maîtresse de la plus jeune, Mme [[P:Perron]] ({{école Liberté}}), lui a donné un mot pour la réunion. L'éduc lit le mot avec elle. {{30 min}}."),
    ("chrs", "controle_sur_place", "Maraude, {{1h}} du matin, {{rue d'Antrain}}. Un monsieur dans un sac de couchage a son passeport dans la poche intérieure, il le montre à l'éduc « pour qu'on sache qui je suis » : [[ID:18MK42307]]. L'éduc ne note pas, elle lui dit de le garder au chaud."),
    ("chrs", "controle_sur_place", "Rien à signaler à l'appart de la {{rue de Nantes}}. L'éduc me dit que les visites c'est {{1 fois}} par mois, « parfois moins »."),
    ("chrs", "controle_sur_place", "Voiture du CHRS en panne, on fait la maraude à pied dans {{le centre}}. {{3 km}}, {{12 personnes}} rencontrées, {{4 acceptent}} un café."),
    ("chrs", "controle_sur_place", "Le fils d'une résidente en diffus bosse au {{McDo}} de {{Cleunay}}. Son manager, [[P:Anthony]], l'a appelé pendant la visite pour qu'il vienne plus tôt. L'éduc parle avec lui des horaires compatibles."),
    ("chrs", "controle_sur_place", "Visite chez M. [[P:Ferrand]] en appartement d'insertion, [[ADR:7 allée de Finlande, 35200 Rennes]]. Il a une lettre de {{Lorient Habitat}}... non, d'{{Aiguillon}}, une proposition de logement ! Il saute de joie. Sa référente [[P:Mathilde]] lui dit de ne pas trop s'emballer."),
    ("france_travail", "accueil_physique", "{{9h}} pile, {{15}} personnes. L'agent d'accueil ([[P:Jérôme]] sur le badge) demande à chacun « vous avez rendez-vous ? », ceux qui n'en ont pas sont envoyés vers les ordis en libre accès."),
    ("france_travail", "accueil_physique", "Monsieur, {{58 ans}}, licencié de chez {{Doux}} il y a longtemps, fin de droits {{ARE}} dans {{2 mois}}. Identifiant [[FT:4521873K]]. La conseillère ([[P:Sylvie]]) regarde l'{{ASS}} avec lui et met à jour son RIB, nouvelle banque : [[IBAN:FR76 3000 3763 7155 3490 8592 382]]. Il dit qu'il n'a plus de mail, son fils gérait : [[MAIL:jm.le.hir29@wanadoo.fr]]."),
    ("france_travail", "accueil_physique", "Atelier CV : la conseillère projette un CV modèle au nom de [[P:Marc Lefèvre]], {{35 ans}}, cariste. Tout le monde rigole, un des participants s'appelle vraiment [[P:Marc]]."),
    ("france_travail", "accueil_physique", "Jeune femme orientée par la {{Mission locale}} de {{Saint-Brieuc}}, sa conseillère ML, [[P:Coralie]], l'a accompagnée jusqu'à la porte. Inscription {{CEJ}}. Numéro d'identifiant remis sur un post-it : [[FT:0837 264 R]]."),
    ("france_travail", "accueil_physique", "Les ordis en libre accès : {{6 postes}}, {{2 en panne}}, une imprimante sans papier. Le service civique passe de l'un à l'autre. Une dame a son identifiant écrit au stylo sur la main : [[FT:1583207T]]."),
    ("france_travail", "accueil_physique", "Recruteur présent dans le hall pour un job dating : {{Leclerc Drive}} de {{Langueux}}. Le responsable, M. [[P:Fercoq]], a laissé des cartes avec son portable [[TEL:06 19 73 28 40]] et son mail [[MAIL:fercoq.drive@gmail.com]]. La conseillère dit qu'elle préfère que les candidatures passent par l'offre en ligne."),
    ("france_travail", "accueil_physique", "Écran conseiller (fiche DE) :\n[[P:LE HENAFF Gwendal]]\nId : [[FT:3906412P]]\nNé le [[DN:14/10/1998]]\nNIR [[NIR:1 98 10 29 210 831 04]]\n{{Catégorie A}}\nConseiller référent : [[P:S. Morel]]\nDernier entretien : il y a {{7 mois}}"),
    ("france_travail", "accueil_physique", "Femme en situation de handicap orientée vers {{Cap emploi}}. Sa conseillère Cap emploi, [[P:Véronique Tanguy]], est en visio sur l'ordi de l'agent. Le lien {{Teams}} plante {{2 fois}}."),
    ("france_travail", "accueil_physique", "« JE VEUX JUSTE PARLER A QUELQU'UN » - monsieur, {{3e}} visite de la semaine. L'agent le fait asseoir, {{20 min}} de discussion. Pas de solution mais il repart calme."),
    ("france_travail", "accueil_physique", "Un homme montre une promesse d'embauche d'un patron de restaurant, {{Chez Mimi}} à {{Paimpol}}, signée [[P:Michèle Le Goaster]]. Il lui faut le permis. La conseillère parle de l'aide au permis ({{500 €}}) et de l'auto-école sociale {{Permis Solidaire}}."),
    ("france_travail", "accueil_physique", "Une formatrice de l'{{AFPA}} de {{Brest}} vient chercher un stagiaire, [[P:Yohann]], inscrit au titre pro agent de propreté. Elle donne sa carte : [[P:Marion Le Borgne]], [[TEL:02 98 41 62 77]] (direct), accueil {{AFPA}} {{3936}}."),
    ("france_travail", "accueil_physique", "- je m'appelle [[P:Ibrahima Sarr]]\n- vous avez votre identifiant ?\n- [[FT:7 1 0 2 3 5 Y]] je crois\n- il manque un chiffre, non ?\n- ah oui, [[FT:7102354Y]]\nL'agent sourit, retrouve le dossier par nom + date de naissance en {{2 min}}."),
    ("france_travail", "accueil_physique", "Borne de RDV : {{écran tactile}} qui affiche « service indisponible ». {{4 personnes}} devant, une dame tape dessus."),
    ("france_travail", "accueil_physique", "Jeune homme en {{PMSMP}} chez {{Garage Moysan Automobiles}}. Le patron, M. [[P:Moysan]], veut le garder en apprentissage. La conseillère appelle le {{CFA}} de la {{Chambre des métiers}} devant nous."),
    ("france_travail", "accueil_telephonique", "{{3949}} : le serveur vocal propose {{5 choix}}, le monsieur a tapé {{9}}, il recommence. L'agent prend l'appel au bout de {{14 min}}."),
    ("france_travail", "accueil_telephonique", "Appel d'un demandeur qui conteste une radiation. Il donne son identifiant : [[FT:5238176D]] et son nom, M. [[P:Boucher]]. La conseillère explique : absence à un RDV du {{12 mars}}. Il dit qu'il n'a jamais reçu le courrier."),
    ("france_travail", "accueil_telephonique", "La conseillère rappelle les DE inscrits récemment. Sur {{10 appels}} : {{3 décrochent}}, {{7 messageries}} pleines. Un des trois donne un nouveau numéro : [[TEL:07 58 02 91 36]]. {{45 min}}."),
    ("france_travail", "accueil_telephonique", "Une employeuse, gérante de {{La Boulangerie du Marché}} à {{Vannes}}, appelle pour déposer une offre de vendeuse. Elle donne son portable [[TEL:07 83 19 44 02]] et son nom, Mme [[P:Gourlay]]. La conseillère la passe au service entreprises."),
    ("france_travail", "accueil_telephonique", "Appelante : « je suis la maman de [[P:Lucas]], il a {{19 ans}}, il n'ose pas appeler ». La conseillère accepte de parler avec elle en haut-parleur, [[P:Lucas]] finit par dire bonjour."),
    ("france_travail", "accueil_telephonique", "Monsieur dicte son mail : « [[MAIL:alain point guerin soixante-dix-huit arobase free point fr]] ». La conseillère l'écrit, il manque le point. Elle relit en épelant, {{3e}} essai."),
    ("france_travail", "accueil_telephonique", "Appel d'une conseillère du {{PLIE}} de {{Lorient}}, [[P:Nolwenn]], pour un participant commun. Elle donne l'identifiant FT du monsieur : [[FT:6641028B]], et sa date de naissance : [[DN:3/12/1975]]. Elles se connaissent, ça va vite."),
    ("france_travail", "accueil_telephonique", "- oui bonjour c'est pour mon attestation employeur\n- vous avez travaillé où ?\n- chez {{Lactalis}} à {{Vitré}}, en intérim avec {{Adecco}}\n- ok c'est l'agence {{Adecco}} qui doit la faire\n- ils m'ont dit que c'était vous 😤"),
    ("france_travail", "accueil_telephonique", "La conseillère me montre sa messagerie : {{87 mails}} non lus. Elle traite les plus anciens d'abord. {{11h30}}."),
    ("france_travail", "accueil_telephonique", "Un DE veut changer son RIB pour l'{{ARE}}. Il donne : [[IBAN:FR76 2004 1782 9771 6465 5975 982]]. La conseillère lui dit de le faire dans son espace, elle ne peut pas le saisir par téléphone. Il soupire."),
    ("france_travail", "accueil_telephonique", "Appel d'un employeur en colère ({{SARL Bâti-Ouest}}) : le candidat envoyé n'est pas venu. Il donne le nom du candidat, [[P:Quentin Allain]], et son propre numéro, [[TEL:02 96 60 14 87]]. La conseillère note et promet un autre profil."),
    ("france_travail", "accueil_telephonique", "Une dame en larmes : son mari est décédé, elle ne sait pas quoi faire de son dossier. La conseillère lui parle {{10 min}} avant toute question administrative. Puis elle demande l'identifiant du mari : [[FT:4470931H]]."),
    ("france_travail", "accueil_telephonique", "L'assistante sociale du {{CDAS}} de {{Lannion}} appelle pour une dame sans numérique. Elle donne son mail pro, [[MAIL:k.penven@cd22-solidarite.fr]], pour recevoir les convocations en copie. La conseillère refuse, RGPD."),
    ("france_travail", "accueil_telephonique", "Appel d'un jeune qui veut une formation de cariste. Identifiant : [[FT:2290473M]]. La conseillère lui trouve une session {{CACES}} à l'{{AFPA}} de {{Saint-Brieuc}} en {{septembre}}."),
    ("france_travail", "controle_sur_place", "Visite en entreprise avec la conseillère entreprises : {{Conserverie Le Guip}}? non, {{Conserveries Gendreau}} à {{Douarnenez}}. La DRH, Mme [[P:Le Cleac'h]], nous reçoit, besoin de {{12 saisonniers}} pour {{mai}}."),
    ("france_travail", "controle_sur_place", "Suivi d'immersion chez un paysagiste, {{Jardins de l'Élorn}}. Le stagiaire, [[P:Tristan]], taille un {{olivier}} en pot devant nous. Le patron, M. [[P:Kerhoas]], est content de lui."),
    ("france_travail", "controle_sur_place", "On se gare devant l'entreprise, la conseillère note sur sa fiche que la camionnette de la boîte est à vendre ({{Jumpy}}, plaque [[IMMAT:CV-632-LR]]), « bon signe qu'ils achètent une nouvelle, ils grossissent »."),
    ("france_travail", "controle_sur_place", "Forum emploi au {{Parc des Expositions}}, stand {{France Travail}}. {{40 recruteurs}}, {{1 500}} visiteurs attendus. La conseillère distribue des plans."),
    ("france_travail", "controle_sur_place", "Le chef d'atelier de {{Bretagne Céramique Industrie}}, [[P:Franck]], nous fait visiter. Il cherche un soudeur, « même débutant ». Il donne son mail direct : [[MAIL:franck.m@bci-ceramique.fr]]. Le standard de l'usine c'est {{02 97 53 80 00}}."),
    ("france_travail", "controle_sur_place", "Visite d'un chantier d'insertion ({{Recyclerie du Pays de Ploërmel}}). {{14 salariés}} en insertion. L'encadrante, [[P:Maryvonne]], dit que {{5}} ont un permis."),
    ("france_travail", "controle_sur_place", "Retour au bureau en voiture. La conseillère dit que les visites d'entreprises c'est {{10 %}} de son temps, et que c'est ce qu'elle préfère."),
    ("france_travail", "controle_sur_place", "Dans l'entreprise, le salarié en PMSMP ([[P:Sofiane Haddou]], identifiant [[FT:8157302W]]) signe sa convention avec le tuteur, M. [[P:Rolland]]. {{3 semaines}}, {{35h}}."),
    ("france_travail", "controle_sur_place", "Chez {{Europe Intérim}} à {{Quimperlé}} : la responsable d'agence, [[P:Gaëlle Merrien]], se plaint que les candidats n'ont pas de voiture. Parking de l'agence : {{0 transport}} en commun."),
    ("france_travail", "controle_sur_place", "La conseillère rend visite à une créatrice d'entreprise, Mme [[P:Sanchez]], qui a ouvert sa mercerie {{Fil & Bobine}} {{place du Marché}}. Elle montre son extrait {{Kbis}} et son RIB pro pour l'{{ARCE}} : [[IBAN:FR76 1380 7297 2728 8810 2482 874]]."),
    ("france_travail", "controle_sur_place", "Atelier collectif hors les murs, salle polyvalente de {{Pleyben}}. {{8 inscrits}}, {{5 présents}}. Feuille d'émargement : [[P:Le Gac]], [[P:Pennec]], [[P:Caroff]], [[P:Nédélec]], [[P:Jaffrès]]. Café et gâteaux bretons."),
    ("france_travail", "controle_sur_place", "Visite d'un EHPAD qui recrute, {{EHPAD Les Hortensias}}. La cadre de santé, [[P:Muriel]], veut des ASH. Une candidate vue le matin à l'agence, [[P:Aïcha Benyahia]], née le [[DN:2 novembre 1983]], pourrait convenir : la conseillère l'appelle depuis le parking."),
]
# fmt: on


def parse(raw: str, where: str, errors: list[str]) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep strings."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for match in MARK_RE.finditer(raw):
        plain = raw[pos : match.start()]
        parts.append(plain)
        length += len(plain)
        code, value, kept = match.group(1), match.group(2), match.group(3)
        if kept is None:
            if code not in CODES:
                errors.append(f"{where}: unknown code {code!r}")
            if not value or value != value.strip():
                errors.append(f"{where}: empty or padded value {value!r}")
            entities.append(
                {"start": length, "end": length + len(value), "label": CODES.get(code, code)}
            )
        else:
            value = kept
            if not value or value != value.strip():
                errors.append(f"{where}: empty or padded keep string {value!r}")
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for stray in STRAYS:
        if stray in text:
            errors.append(f"{where}: stray mark {stray!r}")
    if not keep:
        errors.append(f"{where}: no keep string")
    return text, entities, keep


def build() -> list[dict]:
    errors: list[str] = []
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        note_id = f"{ID_PREFIX}-{number:03d}"
        text, entities, keep = parse(raw, note_id, errors)
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
    if errors:
        sys.exit("\n".join(errors))
    return notes


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Deal each (site_kind, channel) stratum alternately to dev and holdout."""
    rng = random.Random(SEED)
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    dev, holdout, errors = [], [], []
    for key in sorted(strata):
        members = strata[key]
        if len(members) % 2:
            errors.append(f"stratum {key} has an odd size ({len(members)})")
            continue
        rng.shuffle(members)
        for index, note in enumerate(members):
            (dev if index % 2 == 0 else holdout).append(note)
    for name, half in (("dev", dev), ("holdout", holdout)):
        missing = LABELS - {e["label"] for note in half for e in note["entities"]}
        if missing:
            errors.append(f"{name}: labels missing {sorted(missing)}")
    if errors:
        sys.exit("\n".join(errors))
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    dev, holdout = split(build())
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(dev)} dev notes, {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
