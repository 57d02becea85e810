"""Author the independent30 evaluation notes and write dev.jsonl / holdout.jsonl (stdlib only).

Each note is written once, by hand, as ``(site_kind, channel, marked_text)``. Inline marks:
``[[LABEL:value]]`` is a span to mask (LABEL from docs/privacy-labelling-guide.md) and
``{{value}}`` is a string to keep. ``build`` strips the marks and computes exact character
offsets; ``split`` draws 120 dev / 120 holdout notes with a seeded shuffle inside each
(site_kind, channel) stratum.

Usage: python holdout_author.py   (rewrites dev.jsonl and holdout.jsonl next to this file)
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind30"
SEED = 3030

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

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

NOTES = [
    # ---------------------------------------------------------------- caf, accueil physique
    (
        CAF,
        AP,
        "{{9h12}} ticket {{B047}}. Mme [[PERSONNE:Koné]] vient pr sa {{prime d'activité}} suspendue "
        "depuis {{mars}}. L'agent lit l'écran a voix haute : num alloc [[N_ALLOCATAIRE:2841736]], "
        "QF {{612}}, {{APL}} {{318,40 €}}.\nElle redonne son tel [[TELEPHONE:06 71 28 44 90]] pour "
        "etre rappelée. Attente {{35 min}} 😬",
    ),
    (
        CAF,
        AP,
        "Borne a tickets en panne depuis {{8h30}} -> l'agent d'accueil distribue des papiers "
        "numérotés a la main, {{A001}} à {{A063}} en une heure. {{Guichet 4}} fermé (absence). "
        "Affiche {{3230}} scotchée sur la vitre. Une dame demande si le {{Cerfa 15481*02}} c'est "
        "pour la {{prime de Noël}} -> non, rien a remplir, c'est automatique si {{RSA}} en "
        "{{novembre}}.",
    ),
    (
        CAF,
        AP,
        "Jeune couple, {{2 enfants}}. Lui : [[PERSONNE:Yanis Belkacem]], elle [[PERSONNE:Laura]]. "
        "Ils ont 2 numéros alloc (séparés puis remis ensemble) : [[N_ALLOCATAIRE:0457219]] et "
        "[[N_ALLOCATAIRE:3318054]].\nAgent : « faut fusionner sinon indu ». Indu annoncé "
        "{{1 247 €}} !! remboursement {{50 €/mois}} proposé, sur {{25 mois}}.",
    ),
    (
        CAF,
        AP,
        "Mr [[PERSONNE:Ferreira Da Silva]] (il insiste sur le « [[PERSONNE:Da Silva]] », la Caf "
        "l'oublie sur les courriers). Né le [[DATE_NAISSANCE:14/07/1962]], {{61 ans}}. RIB a "
        "changer, nouvelle banque : il tend la feuille, l'agent tape "
        "[[IBAN:FR76 1027 8360 5000 0214 5780 158]]. Délai {{10 jours}} pour prise en compte. Il "
        "repart content {{10h40}}.",
    ),
    (
        CAF,
        AP,
        "Ecran lu par l'agente ([[PERSONNE:Nadège]]) :\ndossier [[N_ALLOCATAIRE:1902364]]\nQF "
        "{{487}}\n{{AAH}} {{1 016,05 €}}\n{{ASF}} {{195,85 €}}\ntel "
        "[[TELEPHONE:07.62.19.03.48]]\n{{3 enfants}} dont un de {{17 ans}}.\nLe n° de dossier et "
        "le tel se ressemblent, elle s'est trompée de champ une fois 😅",
    ),
    (
        CAF,
        AP,
        "Dame très stressée, courrier « contrôle de situation » daté du {{12 février}}, a renvoyer "
        "sous {{15 jours}}. L'agent vérifie : allocataire n° [[N_ALLOCATAIRE:6620417]], Mme "
        "[[PERSONNE:Haddad Samira]], née le [[DATE_NAISSANCE:3 mai 1979]], adresse ok "
        "[[ADRESSE:27 bd de la Liberté, 35000 Rennes]]\n-> rien a faire en fait, juste signer. "
        "{{4 min}} au guichet apres {{50 min}} d'attente.",
    ),
    (
        CAF,
        AP,
        "Un monsieur demande comment joindre la Caf de {{Vannes}}, l'agent donne le {{3230}} et "
        "{{caf.fr}}. Il note sur sa main. Puis il dicte son numéro a lui au cas où : "
        "[[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix-sept, zéro trois]]. L'agent "
        "le réécrit [[TELEPHONE:06 42 18 77 03]] et relit a voix haute.\nC'est bon 👍",
    ),
    (
        CAF,
        AP,
        "Salle d'attente : {{23 personnes}} à {{13h35}}, {{6 poussettes}}.\nEcran d'appel : "
        "{{C112}} → {{box 2}}, {{C113}} → {{box 5}}.\nUn agent annonce que le {{Cerfa 13461*03}} "
        "(aide au logement) est en pile a l'entrée. Clim en panne, {{29°C}} ☀️",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Nguyen Thi Lan]], traduction par sa fille ({{14 ans}}!!). Demande "
        "{{APL}} pour studio {{22 m²}}, loyer {{480 €}} CC. Bailleur : {{Néotoa}}, l'agent note le "
        "n° de contrat [[IDENTIFIANT:NEO-0088142]].\nPas encore de num alloc → création de dossier.\n"
        "Mail : [[EMAIL:lan.nguyen79@gmail.com]]",
    ),
    (
        CAF,
        AP,
        "Un mr arrive avec un courrier France Travail au lieu de la Caf 🙃. Son identifiant FT "
        "[[ID_FRANCE_TRAVAIL:4127853P]] est en haut. L'agente explique : {{prime d'activité}} "
        "c'est ici, l'actualisation c'est le {{3949}}. Lui : « j'ai appelé le {{39 49}} {{3 fois}} "
        "». Orienté vers le {{point numérique}}.",
    ),
    (
        CAF,
        AP,
        "Correction au guichet : la dame donne sa date de naissance [[DATE_NAISSANCE:02/11/1990]] "
        "puis « non pardon, [[DATE_NAISSANCE:11/02/1990]], c'est a l'anglaise sur mon passeport ». "
        "Passeport n° [[IDENTIFIANT:18KJ40277]]. L'agent corrige dans le dossier "
        "[[N_ALLOCATAIRE:5093381]]. Prestations bloquées depuis {{2 mois}}.",
    ),
    (
        CAF,
        AP,
        "Chiffres donnés par la responsable d'accueil : {{14 200}} allocataires sur le secteur, "
        "{{38 %}} au {{RSA}}, délai moyen de traitement {{21 jours}} (objectif {{15 j}}). "
        "{{2 agents sur 5}} en arrêt. Ouvert {{8h30}}-{{16h30}}, fermé le {{jeudi après-midi}}.",
    ),
    (
        CAF,
        AP,
        "Mr [[PERSONNE:Traoré]] lit son num alloc sur un vieux courrier déchiré, en 2 fois : « "
        "[[N_ALLOCATAIRE:087]]… attendez… [[N_ALLOCATAIRE:4412]] ». L'agente tape "
        "[[N_ALLOCATAIRE:0874412]], trouve le dossier.\n{{RSA}} socle {{607,75 €}}, retenue "
        "{{60 €}} pour indu.",
    ),
    (
        CAF,
        AP,
        "Jeune de {{19 ans}}, vient seule pour ses APL en foyer jeunes travailleurs "
        "({{FJT Les Chalets}}, {{chambre 214}}). Elle s'appelle [[PERSONNE:Maëlys]]. Elle sort sa "
        "carte vitale et l'agent dit « pas besoin du [[NIR:2 05 04 99 341 008 97]] ici, c'est le "
        "num alloc qui compte » 🤦 (il l'a lu tout haut). {{APL}} estimée {{198 €}}.",
    ),
    (
        CAF,
        AP,
        "Pb d'IBAN : le RIB de Mme [[PERSONNE:Popescu]] est roumain, "
        "[[IBAN:RO72 BTRL 0130 1205 N418 27XX]] -> la Caf accepte la zone {{SEPA}} mais faut un "
        "justificatif. Elle donne alors son compte {{Nickel}} : "
        "[[IBAN:FR7616006210110005723410694]]. Réglé en {{8 min}}.",
    ),
    (
        CAF,
        AP,
        "Ce qui m'a frappé : l'agent jongle entre {{4 logiciels}} ({{Cristal}}, la {{GED}}, "
        "{{Outlook}}, l'agenda). Pour un simple changement de situation : {{11 clics}}, "
        "{{3 validations}}. {{12 min}} par usager en moyenne d'après lui.",
    ),
    (
        CAF,
        AP,
        "{{11h05}} : une mère avec un bébé de {{3 mois}} pour la {{PAJE}}. Le bébé c'est "
        "[[PERSONNE:Inaya]], la mère [[PERSONNE:Jessica Morel]]. Acte de naissance : née le "
        "[[DATE_NAISSANCE:4 janvier]]. Num alloc [[N_ALLOCATAIRE:7310958]]. Montant estimé "
        "{{184,81 €}}/mois.",
    ),
    (
        CAF,
        AP,
        "Accueil sur RDV ({{salle 3}}). Mme [[PERSONNE:Lefèvre]], séparée depuis {{oct 2023}}, "
        "l'ex ne verse plus la pension ({{170 €}}). Dossier [[N_ALLOCATAIRE:4458120]]. Jugement "
        "{{RG 23/04512}} du {{TJ de Lorient}}, l'agente recopie le n° RG pour l'{{ARIPA}}. "
        "{{ASF}} ouverte.",
    ),
    (
        CAF,
        AP,
        "mr tres énervé, crie « je suis allocataire depuis {{1998}} !! ». Son numéro "
        "[[N_ALLOCATAIRE:0216634]]. Veut voir le directeur. La vigile ({{Securitas}}) s'approche. "
        "Finalement attestation de paiement imprimée, {{APL}} {{251 €}} versée le "
        "{{5 du mois}}. Calme revenu en {{6 min}}.",
    ),
    (
        CAF,
        AP,
        "Deux usagers a la suite qui s'appellent pareil : [[PERSONNE:Mohamed Benali]] et "
        "[[PERSONNE:Mohamed Benali]] 😮 ! L'agent compare les dates de naissance "
        "([[DATE_NAISSANCE:1971-08-19]] vs [[DATE_NAISSANCE:1994-03-02]]) pour pas se tromper de "
        "dossier.\nGuichet {{6}}, {{14h20}}.",
    ),
    # ---------------------------------------------------------------- caf, téléphone
    (
        CAF,
        AT,
        "Double écoute plateforme {{3230}}. Appel {{n°17}} de la matinée. Une dame donne son num "
        "alloc chiffre par chiffre : « [[N_ALLOCATAIRE:cinq, deux, quatre, huit, sept, un, "
        "neuf]] », l'agent répète [[N_ALLOCATAIRE:5248719]]. Code confidentiel perdu -> renvoi "
        "par courrier sous {{48h}}. Durée {{7 min 40}}.",
    ),
    (
        CAF,
        AT,
        "Appel d'un homme pour sa mère ({{84 ans}}) qui touche l'{{ALS}}. Il donne SON tel "
        "[[TELEPHONE:+33 6 58 20 91 37]] et le fixe de la mère [[TELEPHONE:02 97 64 11 28]]. "
        "L'agent refuse de parler du dossier sans procuration.\nLe fils : [[PERSONNE:Thierry]], la "
        "mère : Mme [[PERSONNE:Le Bihan]].",
    ),
    (
        CAF,
        AT,
        "Compteurs sur l'écran du superviseur : {{42 appels en attente}}, temps moyen "
        "{{18 min}}, taux de décroché {{61 %}}. Pics a {{9h}} et {{14h}}. Le message d'attente "
        "cite {{caf.fr}} et l'appli {{Caf - Mon Compte}} toutes les {{45 secondes}}.",
    ),
    (
        CAF,
        AT,
        "Allocataire pour un indu de {{2 380 €}}. Elle épelle : [[PERSONNE:K-O-W-A-L-S-K-I]], "
        "prénom [[PERSONNE:Agnieszka]]. Num alloc [[N_ALLOCATAIRE:3017442]].\nRemise de dette -> "
        "formulaire envoyé a [[EMAIL:a.kowalski@orange.fr]]. Elle vérifie : « c'est bien "
        "[[EMAIL:a point kowalski arobase orange point fr]] ? » oui.",
    ),
    (
        CAF,
        AT,
        "Mr appelle du Portugal : [[TELEPHONE:00 351 912 408 733]]. Il veut l'{{APL}} de sa fille "
        "étudiante sur son compte portugais [[IBAN:PT03 0033 0000 4531 8927 6041 5]]. Agent : "
        "impossible, la bénéficiaire c'est elle. La fille : [[PERSONNE:Inês]], num "
        "[[N_ALLOCATAIRE:6108253]].",
    ),
    (
        CAF,
        AT,
        "appel coupé a {{12 min}} 😤 rappel sortant [[TELEPHONE:07 81 33 62 05]] -> messagerie",
    ),
    (
        CAF,
        AT,
        "Mini formation de l'agent pendant une pause : « le QF = revenus / 12 / nb de parts ».\n"
        "Ex : {{2 100 €}}, {{3,5 parts}} -> QF {{600}}.\nSeuil cantine de la ville {{700}}, "
        "seuil {{VACAF}} {{800}}. J'ai tout noté en vrac.",
    ),
    (
        CAF,
        AT,
        "Une dame veut changer son RIB par tel -> refus (fraude), faut passer par l'espace perso. "
        "Elle lit quand même : [[IBAN:FR76 3006 6100 2100 0105 6782 314]]… l'agent l'arrête. Num "
        "alloc [[N_ALLOCATAIRE:2295017]], nom [[PERSONNE:Marchand]].",
    ),
    (
        CAF,
        AT,
        "Un pro appelle : travailleur social du CCAS de {{Lanester}}, M. [[PERSONNE:Guillou]], "
        "pour une usagère. Il donne : nom [[PERSONNE:Da Costa]], dossier "
        "[[N_ALLOCATAIRE:4721680]], née le [[DATE_NAISSANCE:29 février 1988]]. Agent : « ah, un "
        "[[DATE_NAISSANCE:29 février]], c'est rare » 😄. Ligne directe du TS "
        "[[TELEPHONE:02.97.76.81.40]].",
    ),
    (
        CAF,
        AT,
        "Appel {{n°31}} via le relais {{Acceo}} (personne sourde), l'interprète lit : « je "
        "m'appelle [[PERSONNE:Cédric Hamon]], allocataire [[N_ALLOCATAIRE:1184207]], mon fils "
        "[[PERSONNE:Noah]] a eu {{20 ans}} le mois dernier » -> fin des {{AF}} pour lui. "
        "{{14 min}}, plus long a cause du relais.",
    ),
    (
        CAF,
        AT,
        "RDV tel programmé {{14h30}}. L'agente appelle le [[TELEPHONE:06 09 47 52 18]], tombe sur "
        "le mari : « appelez plutôt ma femme au [[TELEPHONE:06-23-81-40-66]] ». Mme "
        "[[PERSONNE:Caron]] enfin.\nSujet : {{RSA majoré}}, {{1 enfant de 2 ans}}, QF {{398}}.",
    ),
    (
        CAF,
        AT,
        "Allocataire en colère : « vous m'avez versé {{0 €}} ce mois ». Ecran : dossier "
        "[[N_ALLOCATAIRE:5830016]], {{DTR}} du {{T4}} pas faite. Il dicte son mail pour le lien : "
        "[[EMAIL:kev.dubreuil56 arobase hotmail point com]], l'agente tape "
        "[[EMAIL:kev.dubreuil56@hotmail.com]].",
    ),
    # ---------------------------------------------------------------- caf, contrôle sur place
    (
        CAF,
        CSP,
        "Contrôle sur place avec le contrôleur ([[PERSONNE:Patrick]]). RDV {{9h30}} chez Mme "
        "[[PERSONNE:Girard]], [[ADRESSE:14 rue Jean Jaurès, appt 23, 56100 Lorient]]. Soupçon de "
        "vie maritale.\nSalle de bain : {{2 brosses à dents}}, un rasoir. Elle : « c'est mon frère "
        "qui passe ». Il note sans juger. {{45 min}}.",
    ),
    (
        CAF,
        CSP,
        "2e visite : [[ADRESSE:lieu-dit Kerlann, 56310 Melrand]], maison isolée sans numéro. Mr "
        "[[PERSONNE:Le Floch]], {{71 ans}}, {{ALS}}. Bail : loyer {{320 €}}, propriétaire Mme "
        "[[PERSONNE:Jégo]]. Surface mesurée au laser : {{38 m²}} vs {{45 m²}} déclarés 📏",
    ),
    (
        CAF,
        CSP,
        "Briefing dans la voiture : {{12 dossiers}} ce mois, l'an dernier {{3 fraudes}} avérées "
        "sur {{40 contrôles}}. Il a une déclaration sur l'honneur pré-remplie "
        "({{Cerfa 14229*01}}). Trajet {{Vannes}} → {{Pontivy}}, {{55 km}}. « {{80 %}} des "
        "contrôles se passent bien ».",
    ),
    (
        CAF,
        CSP,
        "Chez Mr et Mme [[PERSONNE:Amrani]], [[ADRESSE:bât C, 3 allée des Mimosas, 56100 "
        "Lorient]]. {{4 enfants}}, {{5 pièces}}. Les enfants : [[PERSONNE:Adam]] {{12 ans}}, "
        "[[PERSONNE:Lina]] {{9 ans}}, les jumeaux {{4 ans}}. Certificat de scolarité du collège "
        "{{Jean Moulin}}. N° Caf [[N_ALLOCATAIRE:3365902]].\nTout conforme ✅",
    ),
    (
        CAF,
        CSP,
        "Contrôle ressources d'un micro-entrepreneur, Mr [[PERSONNE:Rouxel]]. Son SIRET a lui "
        "[[IDENTIFIANT:812 045 673 00025]] ; CA déclaré {{9 400 €}}, mais l'URSSAF montre "
        "{{14 100 €}}.\nUtilitaire au nom de l'entreprise, plaque [[IMMATRICULATION:CT 902 MQ]].\nIl sort ses factures : facture n° {{F2024-017}}, {{1 200 €}}, pour la "
        "boulangerie {{Au Pain Doré}} (SIRET {{523 410 987 00011}}).",
    ),
    (
        CAF,
        CSP,
        "Visite chez [[PERSONNE:Sophie]] (elle veut qu'on l'appelle par son prénom), "
        "[[ADRESSE:8 impasse du Moulin, 56850 Caudan]]. Son chien {{Rocky}} aboie tout le long 🐶. "
        "Décence du logement : fenêtre cassée dans la {{2e chambre}}. {{6 photos}}. Suite : "
        "signalement {{ADIL}}.",
    ),
    (
        CAF,
        CSP,
        "Retour au bureau après {{3 visites}} : {{2h10}} de route, {{1 absent}} (avis de passage "
        "laissé), rapport a saisir sous {{48h}}. Grille de {{27 items}}. Il en fait "
        "{{160 contrôles}}/an.",
    ),
    (
        CAF,
        CSP,
        "Mme [[PERSONNE:Benhamou]] ouvre en peignoir, on n'était pas attendus. Titre de séjour n° "
        "[[IDENTIFIANT:9923104587]], valable jusqu'en {{2026}}. Devant, la voiture du fils "
        "[[IMMATRICULATION:GK-417-TZ]], le contrôleur note la plaque (« pour voir s'il vit là »).\n"
        "Adresse du fils selon elle : [[ADRESSE:22 rue Victor Hugo 56600 Lanester]].",
    ),
    (
        CAF,
        CSP,
        "Mr [[PERSONNE:Vasseur]] (alloc [[N_ALLOCATAIRE:1470385]]), {{AAH}}, hébergé a titre "
        "gratuit chez sa sœur [[PERSONNE:Carole]]. Elle signe l'attestation. Adresse commune : "
        "[[ADRESSE:5, rue de la Gare, 56700 Hennebont]]. {{20 min}}, RAS.",
    ),
    (
        CAF,
        CSP,
        "Dans la voiture le contrôleur prévient l'allocataire suivant du retard : "
        "[[TELEPHONE:06 52 71 90 44]], pas de réponse. 2e essai sur le fixe "
        "[[TELEPHONE:02 97 21 54 63]] : « oui c'est Mme [[PERSONNE:Rault]] ». On arrive "
        "{{11h50}} au lieu de {{11h15}}.",
    ),
    (
        CAF,
        CSP,
        "Chez Mr [[PERSONNE:Dos Santos]], déclaré isolé. {{2 noms}} sur la boîte aux lettres : "
        "« [[PERSONNE:Dos Santos]] » et « [[PERSONNE:Leroux]] ». Mme [[PERSONNE:Leroux]] ouvre 😬\n"
        "Relevé bancaire demandé : compte joint, IBAN [[IBAN:FR7630004018230001234567854]]. "
        "Rappel possible sur {{2 ans}}, indu estimé {{14 000 €}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle annulé, l'allocataire a appelé a {{8h05}} (malade). Reporté au {{18/06}}. Le "
        "contrôleur m'explique la charte : pas de préavis obligatoire, {{2h}} max, rapport signé, "
        "recours {{CRA}} sous {{2 mois}}. Il remplit l'{{ACS-12}}.",
    ),
    # ---------------------------------------------------------------- cpam, accueil physique
    (
        CPAM,
        AP,
        "Accueil Cpam {{Saint-Brieuc}}, {{9h05}}. Mr [[PERSONNE:Hervé Le Cam]] a perdu sa carte "
        "vitale. L'agent lit : NIR [[NIR:1 52 06 22 278 009 01]], médecin traitant Dr "
        "[[PERSONNE:Quéré]]. Nouvelle carte commandée, {{3 semaines}}.\nAttestation de droits "
        "imprimée.",
    ),
    (
        CPAM,
        AP,
        "Jeune femme {{24 ans}}, demande de {{C2S}}. Ressources {{9 720 €}}/an, plafond "
        "{{9 719 €}} 😱 -> refus a {{1 €}} près. [[PERSONNE:Chloé Dumas]]. N° sécu donné en 2 "
        "bouts : « [[NIR:2 99 07 35]]… euh… [[NIR:047 019 62]] ». L'agente propose la "
        "{{C2S participative}} a {{8 €/mois}}.",
    ),
    (
        CPAM,
        AP,
        "Bornes {{Ameli}} en libre service : {{3 usagers sur 5}} n'arrivent pas a se connecter "
        "(mdp oublié). L'agent montre {{FranceConnect}}. Affiche « {{3646}} service gratuit + prix "
        "d'appel ». Horaires {{8h30-12h}} / {{13h30-16h}}.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Fontaine]] pour des IJ pas versées ({{arrêt de 42 jours}}). Au passage "
        "elle signale que la {{fontaine à eau}} de la salle d'attente est vide 😂\nNIR lu a "
        "l'écran [[NIR:286063155521205]]. L'employeur ({{Carrefour Market}}, SIRET "
        "{{392 184 561 00034}}) n'a pas envoyé l'attestation de salaire.",
    ),
    (
        CPAM,
        AP,
        "Mr [[PERSONNE:Oumarou]], demandeur d'asile, {{AME}} a renouveler. Pièces : attestation "
        "{{OFII}}, récépissé n° [[IDENTIFIANT:7503184926]], passeport nigérien "
        "[[IDENTIFIANT:10PC29381]]. Domiciliation au {{Secours Catholique}}, {{boîte 412}}. "
        "Instruction {{2 mois}}.",
    ),
    (
        CPAM,
        AP,
        "Mr [[PERSONNE:Lucas Bernard]], remboursement dentaire : devis {{1 850 €}}, base sécu "
        "{{120 €}}, remboursé {{84 €}} ({{70 %}}). Mutuelle {{Harmonie Mutuelle}}, adhérent n° "
        "[[IDENTIFIANT:HM 0451 2297 3]]. Le reste c'est la mutuelle. Il repart avec le formulaire "
        "{{S3110}}.",
    ),
    (
        CPAM,
        AP,
        "{{10h20}} une maman veut rattacher son bébé ([[PERSONNE:Léo]], né le "
        "[[DATE_NAISSANCE:18.03.2024]]) sur sa carte vitale. NIR de la mère "
        "[[NIR:2 95 10 93 066 143 83]]. Le papa ([[PERSONNE:Karim]]) le voulait sur la sienne, "
        "petite dispute devant l'agent 😅\n-> double rattachement.",
    ),
    (
        CPAM,
        AP,
        "Ce que je comprends pas : {{7 min}} par usager en moyenne, mais {{40 s}} de chargement "
        "par écran. Sur {{1h}} : {{9 usagers}}, {{2}} réorientés vers la {{CPAM de Dinan}}, "
        "{{1}} vers la {{MDPH}}, {{0 réclamation}} écrite.",
    ),
    (
        CPAM,
        AP,
        "Monsieur âgé ({{78 ans}}) accompagné par sa voisine. Carte vitale pas mise a jour "
        "depuis {{2019}}. Il dicte sa date de naissance : « [[DATE_NAISSANCE:onze novembre "
        "quarante-cinq]] », l'agent vérifie le NIR a l'écran [[NIR:1 45 11 14 118 006 11]].\nLa "
        "voisine, [[PERSONNE:Josiane]], laisse son tel : [[TELEPHONE:02 31 44 18 09]].",
    ),
    (
        CPAM,
        AP,
        "Demande de {{pension d'invalidité}}, Mme [[PERSONNE:Fatoumata Sissoko]], "
        "{{catégorie 2}}. RIB vérifié : [[IBAN:FR76 1751 5900 0008 0024 7136 561]] -> ok. "
        "Montant estimé {{1 020 €}}. Transmis a l'échelon médical, réponse sous {{2 mois}}.",
    ),
    (
        CPAM,
        AP,
        "Dialogue au guichet :\n- votre numéro de sécu ?\n- [[NIR:1 80 04]]\n- oui…\n- "
        "[[NIR:99 139 031]]\n- et la clé ?\n- [[NIR:84]]\nL'agent : « vous êtes né au Portugal "
        "donc ».\nMr [[PERSONNE:Fernandes]], arrêt de travail (chantier {{Eiffage}}).",
    ),
    (
        CPAM,
        AP,
        "Femme enceinte ({{5 mois}}), déclaration de grossesse faite en ligne par sa sage-femme, "
        "Mme [[PERSONNE:Tanguy]], mais jamais reçue. L'agent re-scanne.\nMail perso pour le "
        "récap : « [[EMAIL:melanie_rio29 (at) laposte.net]] ». Examen du {{4e mois}} fait.",
    ),
    (
        CPAM,
        AP,
        "Le monsieur apporte ici par erreur un courrier de l'hôpital : « IPP "
        "[[IDENTIFIANT:P00718245]] », n° de séjour [[IDENTIFIANT:S24-0031877]]. C'est pour le "
        "{{CHU de Brest}}, bureau des entrées. Facture n° {{2024-118733}} de {{213,50 €}} (dont "
        "forfait urgences {{19,61 €}}).",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Poirier]], lunettes ({{Optic 2000}}), facture {{F-88214}}, {{349 €}}. "
        "Mutuelle {{MGEN}} n° [[IDENTIFIANT:401772653]]. {{2 enfants}} rattachés. Lentilles pas "
        "prises en charge. Attente {{25 min}}, {{guichet 2}}.",
    ),
    (
        CPAM,
        AP,
        "Mur d'affiches : « {{M'T dents}} », « {{Mon soutien psy}} : {{12 séances}} », « vaccin "
        "grippe gratuit dès {{65 ans}} ». Plus de formulaire {{S3116}} en stock, l'agent imprime "
        "depuis {{ameli.fr}}. {{4 guichets}} dont {{1 PMR}}.",
    ),
    (
        CPAM,
        AP,
        "Usager sourd, il écrit sur un papier qu'il me montre aussi :\nnom "
        "[[PERSONNE:GAUTHIER]]\nn° [[NIR:1 89 10 67 482 035 09]]\ntel (SMS only) "
        "[[TELEPHONE:07 68 14 29 53]]\nL'agent répond par écrit. {{ALD}} diabète a renouveler. "
        "{{15 min}}, très calme.",
    ),
    (
        CPAM,
        AP,
        "Étudiante {{21 ans}}, première carte vitale a son nom. Sa mère au tel sur haut-parleur 📱 "
        "dicte le NIR : « [[NIR:deux, zéro trois, zéro cinq, treize, zéro cinquante-cinq, quatre "
        "cent quatre-vingt-un, soixante-sept]] ». L'agente tape [[NIR:203051305548167]]. Départ "
        "Erasmus -> {{CEAM}} aussi.",
    ),
    (
        CPAM,
        AP,
        "Mr [[PERSONNE:Pham]] avec un avis de paiement : {{IJ}} {{31,42 €/j}} × {{28 j}} = "
        "{{879,76 €}}. Il conteste le salaire de référence. Recalcul sur {{3 mois}}.\nTel "
        "[[TELEPHONE:06.18.27.36.45]] pour la réponse.",
    ),
    (
        CPAM,
        AP,
        "Dame qui parle fort au {{guichet 3}} : sa carte vitale affiche « {{invalide}} ». L'agent "
        "relit le NIR [[NIR:2 91 11 29 019 062 22]] et la date de naissance "
        "[[DATE_NAISSANCE:19/11/1991]] ; elle : « non le neuf ! » -> erreur de saisie, corrigée "
        "en [[DATE_NAISSANCE:09/11/1991]]. Mme [[PERSONNE:Abalain]].",
    ),
    (
        CPAM,
        AP,
        "Chiffres au mur du bureau du manager : {{18 500}} visites/an, {{64 %}} sur rdv, délai "
        "rdv {{J+4}}, satisfaction {{87 %}}. {{1 agent}} formé en {{LSF}}. Fermé le "
        "{{pont de l'Ascension}}.",
    ),
    # ---------------------------------------------------------------- cpam, téléphone
    (
        CPAM,
        AT,
        "Plateforme {{3646}}, double écoute. « bonjour, [[PERSONNE:Martine Roche]], j'appelle "
        "pour mon kiné ». Identification : NIR [[NIR:2 64 03 56 260 019 91]] + date de naissance "
        "[[DATE_NAISSANCE:12 mars 1964]]. {{12 séances}}, {{2}} non remboursées -> relance.\n"
        "{{6 min}}.",
    ),
    (
        CPAM,
        AT,
        "{{1 204 appels}} hier, {{72 %}} décrochés, DMT {{5 min 50}} 📊",
    ),
    (
        CPAM,
        AT,
        "Appel d'un employeur ({{Boulangerie Le Fournil de Pléneuf}}, SIRET "
        "{{412 873 562 00018}}) pour l'attestation de salaire de sa salariée Mme "
        "[[PERSONNE:Josse]]. Il donne le NIR : [[NIR:272083306325065]]. Pas d'info sur un tiers "
        "par tel, mais réception confirmée ✅",
    ),
    (
        CPAM,
        AT,
        "Appelante qui parle mal français, son fils traduit. Tel de rappel "
        "[[TELEPHONE:06 44 87 21 09]] puis « non c'est [[TELEPHONE:06 44 87 12 09]] ». Nom "
        "[[PERSONNE:Yilmaz]], prénom [[PERSONNE:Ayşe]]. {{AME}} renouvelée le {{15/01}}.",
    ),
    (
        CPAM,
        AT,
        "Appel n° {{23}} : un kiné, M. [[PERSONNE:Salaün]], pour un rejet de {{FSE}}, lot "
        "{{00412}}, {{14 factures}}, motif « NIR inconnu ». Il lit celui de la patiente : "
        "[[NIR:2 81 09 38 185 066 06]]. C'était la clé inversée 🙃.",
    ),
    (
        CPAM,
        AT,
        "Mr [[PERSONNE:Blanchard]] rappelle pour la {{3e fois}} cette semaine : remboursement de "
        "transport ({{VSL}}, {{4 trajets}}, {{186,20 €}}). L'agent lit la date de mandatement : "
        "{{22/04}}.\nIl demande le nom de l'agent -> « [[PERSONNE:Sylvie]], plateforme de "
        "{{Rennes}} ».",
    ),
    (
        CPAM,
        AT,
        "Changement d'adresse par tel. Ancienne : [[ADRESSE:17 rue de Paris, 35000 Rennes]]\n"
        "Nouvelle : [[ADRESSE:3 square de Macédoine, 35200 Rennes]], quartier {{Le Blosne}}\n"
        "L'agent demande d'abord la date de naissance ([[DATE_NAISSANCE:01/09/1969]]).",
    ),
    (
        CPAM,
        AT,
        "Entre 2 appels l'agente m'explique : {{3646}} pour les assurés, {{36 08}} pour les pros "
        "de santé, le {{15}} c'est le SAMU -- « on a des gens qui appellent le {{3646}} pour une "
        "urgence ». Ouvert {{8h30-17h30}}. {{1 appel}} = {{1 fiche contact}}.",
    ),
    (
        CPAM,
        AT,
        "Call in English : Erasmus student [[PERSONNE:Julia Schneider]]. Elle veut un "
        "remboursement sur son IBAN allemand [[IBAN:DE21 5001 0517 9384 6120 77]] -> ok si zone "
        "{{SEPA}}. Mail : [[EMAIL:julia.schneider@uni-mannheim.de]]. {{11 min}}.",
    ),
    (
        CPAM,
        AT,
        "Appel perdu puis rappel. L'assuré redonne son numéro : « [[TELEPHONE:zéro sept]]… "
        "[[TELEPHONE:cinquante-deux]]… [[TELEPHONE:trente et un, zéro huit, "
        "quatre-vingt-dix-neuf]] », l'agente reconstitue [[TELEPHONE:07 52 31 08 99]].\nRDV "
        "{{jeudi 10h}} a l'accueil de {{Lannion}}.",
    ),
    (
        CPAM,
        AT,
        "Infirmière libérale, Mme [[PERSONNE:Morvan]], appelle pour un patient : « Mr "
        "[[PERSONNE:Abgrall]], né le [[DATE_NAISSANCE:3/12/1937]] ». Cotation {{AMI 4}}, "
        "{{2 passages/jour}}. Son portable [[TELEPHONE:06 30 19 48 72]].",
    ),
    (
        CPAM,
        AT,
        "{{11h47}} un monsieur veut résilier sa mutuelle via la Cpam 🤷. {{Malakoff Humanis}}, "
        "adhérent [[IDENTIFIANT:MH-7720194]]. Réponse : voir la mutuelle, ou la {{C2S}} si revenus "
        "< {{1 093 €}}/mois.",
    ),
    (
        CPAM,
        AT,
        "Personne malentendante via {{Rogervoice}} (sous-titres). NIR "
        "[[NIR:1 62 01 87 085 144 33]], IBAN pour le remboursement : "
        "[[IBAN:FR7614445202000800001238905]]. Question retraite -> c'est la {{Carsat}}, "
        "réorientée vers le {{3960}}.",
    ),
    (
        CPAM,
        AT,
        "Une pharmacienne ({{Pharmacie du Centre}}, {{Guingamp}}) signale une fausse ordonnance. "
        "Patient « [[PERSONNE:Dylan Hamel]] », carte vitale [[NIR:1 01 09 69 123 077 41]]. "
        "Transfert au service fraude, {{3 min}}.",
    ),
    # ---------------------------------------------------------------- cpam, contrôle sur place
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail avec l'agent assermenté. Sorties autorisées {{9h-11h}} et "
        "{{14h-16h}}. On sonne a {{15h20}} chez Mr [[PERSONNE:Jaouen]], "
        "[[ADRESSE:41 rue Jean Macé, 29200 Brest]]. Absent.\nLe voisin : « il est a "
        "{{Leroy Merlin}} » 😬\nAvis de passage, IJ suspendues sauf explication sous "
        "{{10 jours}}.",
    ),
    (
        CPAM,
        CSP,
        "Dans la voiture de service : {{8 visites}} aujourd'hui, {{150 km}}, zone "
        "{{Finistère nord}}. Taux d'absence constaté {{~20 %}}. Assermentation au tribunal de "
        "{{Quimper}} après {{3 jours}} de formation.",
    ),
    (
        CPAM,
        CSP,
        "Visite {{PRADO}} pour un retour a domicile : Mme [[PERSONNE:Kerhervé Yvonne]], "
        "{{79 ans}}, [[ADRESSE:Résidence Ker Anna, bât B, 6 rue des Ajoncs, 29290 Saint-Renan]].\n"
        "Sa fille [[PERSONNE:Nathalie]] au tel : [[TELEPHONE:06 61 02 77 84]]. Kiné {{2x/sem}}, "
        "IDE {{1x/jour}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle a domicile, Mme [[PERSONNE:Salmon]] présente, café ☕. Arrêt du {{2 au 30 mai}}, "
        "carte de mutuelle {{Apréva}} n° [[IDENTIFIANT:0031 4488 217]]. On s'est garés derrière "
        "sa voiture, une {{Clio}} rouge [[IMMATRICULATION:EF-092-LS]]. RAS.",
    ),
    (
        CPAM,
        CSP,
        "Visite {{PFIDASS}} chez Mr [[PERSONNE:Hamadi]] (renoncement aux soins) : pas de dentiste "
        "depuis {{2016}}. [[ADRESSE:9 allée Pablo Picasso, 22300 Lannion]]. {{C2S}} remplie sur "
        "place, ressources {{8 300 €}}/an. Tel [[TELEPHONE:07 45 66 09 31]], pas de mail.",
    ),
    (
        CPAM,
        CSP,
        "2e passage chez Mr [[PERSONNE:Tallec]] ({{3e arrêt}} en {{6 mois}}). Présent cette fois, "
        "ordonnance du Dr [[PERSONNE:Cloarec]]. L'agent vérifie le NIR sur la tablette : "
        "[[NIR:1 70 05 974 11 203 72]] (né a {{La Réunion}}).",
    ),
    # ---------------------------------------------------------------- ccas, accueil physique
    (
        CCAS,
        AP,
        "CCAS de {{Lorient}}. Mme [[PERSONNE:Guyader]] demande une aide pour sa facture {{EDF}} : "
        "{{412,60 €}}, facture n° {{10082744519}}, réf client [[IDENTIFIANT:6004 118 273]].\n"
        "Commission {{jeudi}}, max {{300 €}}. L'agent demande l'avis d'imposition {{2023}}.",
    ),
    (
        CCAS,
        AP,
        "Affichage : {{épicerie solidaire}} {{mardi}} et {{vendredi}}, inscriptions "
        "{{Restos du Cœur}} a partir du {{20 novembre}}. Reste a vivre max {{15 €}}/jour pour y "
        "avoir droit. {{2 travailleuses sociales}} pour {{1 800 dossiers}}.",
    ),
    (
        CCAS,
        AP,
        "Domiciliation : Mr « [[PERSONNE:Dédé]] » (il ne veut pas dire son vrai nom, puis "
        "finalement [[PERSONNE:André Le Meur]]), {{58 ans}}, à la rue depuis {{2021}}. Boîte "
        "{{n°87}} au CCAS. Il récupère {{2 courriers}} dont un de la {{Carsat}}.",
    ),
    (
        CCAS,
        AP,
        "Aide d'urgence, femme avec {{3 enfants}} : chèques service {{Leclerc}} {{60 €}}. Fiche "
        "papier remplie par l'agent :\nnom [[PERSONNE:Lamarre]] prénom [[PERSONNE:Aurélie]]\nné(e) "
        "le [[DATE_NAISSANCE:30/06/87]]\ntel [[TELEPHONE:06 80 47 15 22]]\nn° Caf "
        "[[N_ALLOCATAIRE:2274610]], QF {{305}}\nTout sur papier carbone 📝",
    ),
    (
        CCAS,
        AP,
        "agent : vous habitez où ?\nusager : au foyer {{Adoma}}, [[ADRESSE:12 rue des Lilas]]\n"
        "agent : et avant ?\nusager : a {{Quimperlé}}, {{29300}}\nMr [[PERSONNE:Kebe]] demande le "
        "pass mobilité a {{10 €/mois}}.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Petit]] (toute petite dame d'ailleurs 😄) pour l'{{APA}} : dossier envoyé "
        "au {{Département}} en {{janvier}}, toujours rien. L'agente appelle le service APA devant "
        "nous.\nRéf dossier [[IDENTIFIANT:APA-56-2024-01337]]. {{GIR 4}}, {{87 ans}}.",
    ),
    (
        CCAS,
        AP,
        "Permanence {{Point conseil budget}} : {{6 rdv}} dans la matinée. Tableur {{loyer}} / "
        "{{énergie}} / {{crédits}}. Cas type : {{1 340 €}} de revenus, {{1 410 €}} de charges -> "
        "{{-70 €}}. Surendettement -> {{Banque de France}}, {{Cerfa 13594*02}}.",
    ),
    (
        CCAS,
        AP,
        "Pas un usager : Mr [[PERSONNE:Lebrun]], le patron de {{Lebrun Plomberie}}, vient "
        "proposer un chantier d'insertion. Il laisse sa carte : "
        "[[EMAIL:contact.lebrun@lebrun-plomberie.fr]], [[TELEPHONE:06 12 90 33 47]], SIRET "
        "{{781 203 456 00012}}. {{3 postes}} a pourvoir.",
    ),
    (
        CCAS,
        AP,
        "Facture d'eau {{Veolia}} : abonné n° [[IDENTIFIANT:1 0092 771 034]], facture "
        "{{n°240338812}}, {{198 €}}. Mme [[PERSONNE:Cadiou]], {{67 ans}}, veuve, {{ASPA}} "
        "{{1 012 €}}.\nAccord {{100 €}} versés direct au fournisseur.",
    ),
    (
        CCAS,
        AP,
        "Jeune de {{20 ans}} sorti de l'{{ASE}}. Il montre son insta pour prouver qu'il cherche "
        "du boulot 🙄 [[IDENTIFIANT:@yass.lor56]]. Prénom [[PERSONNE:Yassine]]. Orienté "
        "{{Mission Locale}} + {{CEJ}} (jusqu'a {{528 €/mois}}). Tel "
        "[[TELEPHONE:0033 7 58 42 10 96]].",
    ),
    (
        CCAS,
        AP,
        "Demande de logement social, {{Cerfa 14069*04}}. N° unique de demande "
        "[[IDENTIFIANT:056102300451827]]. Mme [[PERSONNE:Ouedraogo]] + {{2 enfants}}, {{T3}} "
        "demandé, plafond {{PLAI}}. Demande vieille de {{26 mois}}.",
    ),
    (
        CCAS,
        AP,
        "{{14h}} réunion d'info {{CCAS}} / {{Caf}} / {{Cpam}} sur la {{prime de Noël}} et le "
        "{{chèque énergie}} ({{48 à 277 €}}). Une dame demande si {{ameli}} c'est pareil "
        "qu'{{Ameli}}. Non-recours : {{1 personne sur 3}} d'après l'intervenante.",
    ),
    (
        CCAS,
        AP,
        "Mr [[PERSONNE:Rivière]], aide cantine pour sa fille : QF Caf {{512}} -> {{1,20 €}} le "
        "repas au lieu de {{3,80 €}}. Attestation Caf imprimée, allocataire n° "
        "[[N_ALLOCATAIRE:0981347]].\nLa petite, [[PERSONNE:Emma]], {{CE2}} a l'école {{Paul Bert}}.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Rose Martin]] revient remercier, elle a son logement ({{T2}}, "
        "{{Bretagne Sud Habitat}}). Elle a apporté une {{rose}} pour l'agente, "
        "[[PERSONNE:Gwenaëlle]] 🌹. Nouvelle adresse pour le dossier : "
        "[[ADRESSE:appt 12, 4 rue Paul Guieysse, Lorient]].",
    ),
    (
        CCAS,
        AP,
        "Aide alimentaire, la bénévole note : nom [[PERSONNE:Dupuis]], {{5 personnes}} au foyer, "
        "reste a vivre {{4,20 €/j/pers}} -> colis {{catégorie B}}. Tel "
        "[[TELEPHONE:06 37 51 09 88]]. Prochaine distrib {{mardi 16/04}} {{14h-16h}}, "
        "{{salle Jean Moulin}}.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Camara]] demande l'aide au permis : devis {{ECF}} {{1 200 €}}. Code "
        "obtenu le {{12/03}}. N° NEPH [[IDENTIFIANT:230456108829]]. Commission le "
        "{{25 avril}}. {{32 ans}}, {{CDD}} chez {{Lidl}}.",
    ),
    # ---------------------------------------------------------------- ccas, téléphone
    (
        CCAS,
        AT,
        "Standard CCAS. Une dame appelle pour son voisin âgé qui ne répond plus, "
        "[[ADRESSE:7 rue du Commandant Charcot]] : « c'est Mr [[PERSONNE:Le Gall]], {{90 ans}} ».\n"
        "L'agent fait appeler les pompiers ({{18}}). Tel de la voisine "
        "[[TELEPHONE:02 97 83 16 40]].",
    ),
    (
        CCAS,
        AT,
        "Plan canicule : {{312}} inscrits au registre a appeler. {{3 min}} par appel, "
        "{{2 agents}}, {{~8h}} au total. Script : « avez-vous de l'eau ? un ventilateur ? ». "
        "{{36°C}} prévus jeudi. Pas de réponse {{2 fois}} -> visite.",
    ),
    (
        CCAS,
        AT,
        "Registre canicule, appel {{n°47}} : Mme [[PERSONNE:Hélène Bouvier]], née le "
        "[[DATE_NAISSANCE:8 août 1931]] ({{92 ans}} !!), fixe [[TELEPHONE:02.97.37.04.51]]. Tout "
        "va bien : « j'ai mon chat {{Pompon}} et mes volets fermés ».\nRappel {{demain 10h}}.",
    ),
    (
        CCAS,
        AT,
        "Un TS du {{CHRS}} appelle pour une domiciliation, il épelle : « "
        "[[PERSONNE:T comme Thérèse, R, A, O, R, É]] », prénom [[PERSONNE:Issa]]. Né le "
        "[[DATE_NAISSANCE:1er janvier 1990]] (« date souvent mise par défaut » dit l'agent). Tel "
        "du TS [[TELEPHONE:06 72 18 30 95]].",
    ),
    (
        CCAS,
        AT,
        "Appel du bailleur {{Lorient Habitat}} pour un impayé : locataire Mme "
        "[[PERSONNE:Roussel]], réf locataire [[IDENTIFIANT:LH-004781-02]], dette {{1 930 €}} "
        "({{5 mois}}). Le CCAS propose un {{FSL}}. RDV {{2 mai}} {{9h30}}.",
    ),
    (
        CCAS,
        AT,
        "Inscription au repas des aînés ({{12 €}}, le {{14 décembre}}, salle {{Carnot}}) : "
        "[[PERSONNE:Marie-Thérèse Guillemot]], {{77 ans}}, + son mari. Tel : « "
        "[[TELEPHONE:zéro deux, quatre-vingt-dix-sept, trente-trois, douze, cinquante]] ». Elle "
        "demande s'il y aura du {{cidre}} 🍏",
    ),
    (
        CCAS,
        AT,
        "Une fille appelle pour sa mère hospitalisée : téléassistance ({{Présence Verte}}, "
        "{{27 €/mois}}). Mère : [[PERSONNE:Jacqueline Henry]], "
        "[[ADRESSE:2 chemin de Kerlo, 56270 Ploemeur]], sortie prévue le {{18}}. Mail de la fille "
        ": [[EMAIL:cecile.h.pro@free.fr]].",
    ),
    (
        CCAS,
        AT,
        "Numéros scotchés au-dessus du standard : {{115}}, {{3919}}, {{119}}, {{17}}, {{15}}, "
        "{{18}}, {{112}}. L'agente donne le {{3919}} « {{3 ou 4 fois}} par semaine ».",
    ),
    (
        CCAS,
        AT,
        "Un monsieur veut savoir si son aide ({{facture Engie}}, {{287 €}}) est passée en "
        "commission. N° de dossier CCAS [[IDENTIFIANT:2024/0387]], tel "
        "[[TELEPHONE:07 66 02 41 83]]. Accord {{150 €}}, versé a {{Engie}} le {{3/05}}.",
    ),
    (
        CCAS,
        AT,
        "un élu au tel, veut des nouvelles de la famille [[PERSONNE:Bouzid]] -> rien dit. {{2 min}}",
    ),
    # ---------------------------------------------------------------- ccas, contrôle sur place
    (
        CCAS,
        CSP,
        "Visite a domicile avec la TS ([[PERSONNE:Morgane]]) chez Mr [[PERSONNE:Cariou]], "
        "[[ADRESSE:16 bis rue Lazare Carnot, 2e étage gauche]]. Incurie, {{3 pièces}} "
        "encombrées. {{2 chats}}, {{Mistigri}} et {{Caramel}}. {{40 min}}.\nSuite : {{SAAD}} + "
        "nettoyage (devis {{1 600 €}}).",
    ),
    (
        CCAS,
        CSP,
        "Entre deux visites, dans la {{Zoé}} de la ville, la TS m'explique la grille {{AGGIR}}, "
        "les {{6 GIR}}. {{1 visite}} = {{1h}} + {{30 min}} de compte-rendu, {{9 visites}}/sem. "
        "Indemnités km {{0,32 €/km}}.",
    ),
    (
        CCAS,
        CSP,
        "Chez Mme [[PERSONNE:Auffret]] (éval aide ménagère). Son classeur : carte vitale NIR "
        "[[NIR:2 58 09 44 109 027 89]], carte {{Mutuelle de Bretagne}} n° "
        "[[IDENTIFIANT:MB0092817]], taxe foncière {{2023}} {{716 €}}. {{65 ans}}.",
    ),
    (
        CCAS,
        CSP,
        "Logement insalubre avec le service hygiène : "
        "[[ADRESSE:Rés. Les Pins, bât D, apt 41, 56100 Lorient]]. Humidité {{78 %}}, moisissures "
        "dans la chambre des petits. Locataire Mr [[PERSONNE:Sow]] + {{4 enfants}}.\nProprio "
        "privé, Mme [[PERSONNE:Lecoq]], injoignable. Signalement {{ARS}}.",
    ),
    (
        CCAS,
        CSP,
        "Aide aux vacances ({{VACAF}}) : Mr et Mme [[PERSONNE:Lemoine]], "
        "[[ADRESSE:11 rue Ernest Renan, 56600 Lanester]]. Alloc [[N_ALLOCATAIRE:4102857]], QF "
        "{{560}} -> {{70 %}}. Camping {{Les Flots Bleus}} a {{Carnac}}, {{1 semaine}}, "
        "{{540 €}}.",
    ),
    (
        CCAS,
        CSP,
        "On passe chez [[PERSONNE:Jo]] (isolé, signalé par le gardien). Il refuse d'ouvrir, parle "
        "a travers la porte. Il commence a dicter son portable « [[TELEPHONE:06]]… "
        "[[TELEPHONE:13]]… » puis s'arrête, méfiant. Carte du CCAS glissée sous la porte. "
        "[[ADRESSE:18 rue de Verdun, 3e étage]].",
    ),
    (
        CCAS,
        CSP,
        "Éval {{APA}} a domicile (médecin du {{Département}} + TS). Mme [[PERSONNE:Bellec]], née "
        "en [[DATE_NAISSANCE:1934]]. {{GIR 3}} -> plan d'aide {{1 120 €/mois}}, reste a charge "
        "{{~15 %}}. Son fils [[PERSONNE:Didier]] est là, il bosse chez {{Naval Group}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite de la {{résidence autonomie Les Hortensias}} : {{62 logements}}, {{4 vacants}}, "
        "{{590 €}} repas compris. Atelier {{mémoire}} le {{lundi}}. {{0 chute}} grave depuis "
        "{{janvier}} grâce aux capteurs.",
    ),
    (
        CCAS,
        CSP,
        "Chez Mme [[PERSONNE:Pichon]], aide pour un lit médicalisé. Pour le versement elle lit le "
        "RIB au dos de son chéquier {{Crédit Agricole}} : [[IBAN:18206 00110 60321458710 45]]. "
        "Aide {{230 €}} sur {{1 150 €}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez Mr [[PERSONNE:Nicolas Petitjean]], {{45 ans}}, sorti de l'hôpital psy. Frigo "
        "vide, la TS appelle le {{Secours populaire}}. Il donne le numéro de sa curatrice "
        "({{UDAF}}), Mme [[PERSONNE:Gicquel]] : [[TELEPHONE:02 97 84 23 60]].",
    ),
    (
        CCAS,
        CSP,
        "Après l'incendie au [[ADRESSE:23 avenue de la Perrière]] : famille [[PERSONNE:Kaya]] "
        "relogée a l'{{hôtel B&B}}, {{chambre 19}}. Assurance {{MAIF}} sociétaire n° "
        "[[IDENTIFIANT:2456871M]].\n{{3 nuits}} payées par le CCAS, {{69 €/nuit}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite avec l'adjointe, Mme [[PERSONNE:Jaffré]], chez un centenaire : Mr "
        "[[PERSONNE:Eugène Le Roux]], {{100 ans}} demain (né le [[DATE_NAISSANCE:22 avril 1924]]). "
        "Gâteau {{Maison Larnicol}} 🎂, photo pour le {{bulletin municipal}}.",
    ),
    # ---------------------------------------------------------------- urgences, accueil physique
    (
        URG,
        AP,
        "Urgences {{CHU}} {{Pontchaillou}}, IOA {{8h40}}. Mr [[PERSONNE:Diallo Mamadou]], douleur "
        "thoracique, {{EVA 7}}, {{tri 2}}. Étiquettes : IPP [[IDENTIFIANT:P00451872]], né le "
        "[[DATE_NAISSANCE:05/05/1966]].\n{{Box 6}} en {{4 min}}.",
    ),
    (
        URG,
        AP,
        "Tableau a {{10h15}} : {{37 patients}}, {{12 brancards}} dans le couloir, attente moyenne "
        "{{4h20}}. {{2 médecins}} + {{1 interne}}. Codes {{tri 1}} a {{tri 5}}. {{6 patients}} "
        "attendent un lit depuis + de {{24h}} 😞",
    ),
    (
        URG,
        AP,
        "Maman + fils de {{4 ans}} (chute, arcade ouverte). IOA : nom ? « [[PERSONNE:Timéo "
        "Lambert]] », date de naissance ? « le [[DATE_NAISSANCE:9 septembre 2019]] ». Mutuelle "
        "{{Alan}}, n° [[IDENTIFIANT:ALN-38820461]].\nPoints de suture, {{salle 3}}.",
    ),
    (
        URG,
        AP,
        "Patient âgé amené par les pompiers ({{VSAV}}), sans papiers. Le pompier lit sa fiche : « "
        "[[PERSONNE:Jean-Claude]], environ {{80 ans}}, trouvé au [[ADRESSE:5 rue de Brest]], la "
        "voisine a fait le {{18}} ». Dossier en identité provisoire, {{IPP}} a venir.",
    ),
    (
        URG,
        AP,
        "Accueil administratif. L'agente saisit :\nMme [[PERSONNE:Le Goff Anne-Sophie]]\nNIR "
        "[[NIR:2 79 02 99 352 104 87]]\nmutuelle {{Mutualia}} [[IDENTIFIANT:0087 6612 45]]\ntel "
        "[[TELEPHONE:06 01 55 72 38]]\npersonne a prévenir : son mari [[PERSONNE:Farid]] "
        "[[TELEPHONE:06 01 55 72 39]]\n{{3 min}} chrono ⏱️",
    ),
    (
        URG,
        AP,
        "- vous avez votre carte vitale ?\n- non j'ai que ça 👉 (photo de la carte sur son tel)\n"
        "- l'agente lit : [[NIR:1.84.07.35.238.114.66]]\nMr [[PERSONNE:Robin]], {{39 ans}}, "
        "entorse. Attente estimée {{3h}}.",
    ),
    (
        URG,
        AP,
        "Patiente {{27 ans}}, douleurs abdo, avec sa coloc. [[PERSONNE:Lucie Marchal]]. Adresse : "
        "{{résidence Crous Patton}}, {{chambre 114}} (pas de rue donnée). Tel "
        "[[TELEPHONE:07 49 20 18 55]]. {{Tri 3}}.",
    ),
    (
        URG,
        AP,
        "Le vigile ({{Fiducial}}) : {{3 agressions}} verbales par nuit en moyenne. Bouton "
        "d'alarme relié au {{17}}. Panneau « attente indicative {{5h}} ». Distributeur "
        "{{Selecta}} en panne, {{2 €}} avalés.",
    ),
    (
        URG,
        AP,
        "{{12h30}} un homme, main en sang (scie circulaire). Il travaille pour "
        "{{Menuiserie Tanguy & Fils}}, SIRET sur sa fiche de paie {{445 671 239 00025}}. "
        "Accident du travail -> feuille AT. [[PERSONNE:Sébastien Le Roy]], NIR "
        "[[NIR:1 76 12 2A 004 018 35]] (né en Corse !).",
    ),
    (
        URG,
        AP,
        "Dame âgée désorientée, avec l'aide-soignante de l'{{EHPAD Korian Les Camélias}}. Fiche "
        "de liaison : Mme [[PERSONNE:Raymonde Thomas]], {{94 ans}}, DDN "
        "[[DATE_NAISSANCE:17-02-1930]], {{GIR 2}}, médecin Dr [[PERSONNE:Nédélec]]. Chute, "
        "suspicion col du fémur.",
    ),
    (
        URG,
        AP,
        "Patient de {{19 ans}} alcoolisé, ses potes : « c'est [[PERSONNE:Kevin]], "
        "[[PERSONNE:Kevin Briand]] ! ». Son snap [[IDENTIFIANT:@kev_brd35]] pour prévenir sa "
        "sœur 🙄. {{2,1 g}}. {{Box 9}}.",
    ),
    (
        URG,
        AP,
        "{{14h02}} touriste espagnol, cheville. {{CEAM}} n° [[IDENTIFIANT:80724 00012 0039 5521]], "
        "nom [[PERSONNE:Javier Ortega Ruiz]], passeport [[IDENTIFIANT:PAK418273]].\nRien a payer, "
        "tout sur la CEAM. Venu en voiture, plaque espagnole [[IMMATRICULATION:4721 KLM]]. Tel [[TELEPHONE:+34 612 48 30 77]].",
    ),
    (
        URG,
        AP,
        "Pourquoi ici plutôt que chez le médecin : « pas de médecin traitant » ({{6 patients}} "
        "sur les {{10}} que j'ai vus). Le {{SAS}} {{116 117}} existe mais personne ne connaît. Le "
        "{{15}} régule la nuit. Un interne : {{30 %}} de non urgent.",
    ),
    (
        URG,
        AP,
        "Mr [[PERSONNE:Kermarrec]] revient pour la {{3e fois}} en {{1 semaine}}. L'agente "
        "retrouve le dossier par la date de naissance [[DATE_NAISSANCE:12/12/1993]]. NIR a "
        "l'écran [[NIR:1 93 12 76 540 088 40]], IPP [[IDENTIFIANT:00993412]]. « Encore vous ! » "
        "(gentiment).",
    ),
    (
        URG,
        AP,
        "Jeune femme victime de violences. L'IOA la met en {{salle calme}}. Identité protégée, "
        "enregistrée en anonyme. {{3919}} affiché dans la salle. Elle refuse le {{17}}. Aucun nom "
        "dans mes notes, volontairement. {{20 min}} avec l'{{assistante sociale}}.",
    ),
    (
        URG,
        AP,
        "Bébé de {{6 semaines}}, {{fièvre 38,9}}. Le bébé : [[PERSONNE:Aya]]. Maman : "
        "[[PERSONNE:Sarah Benyahia]], tel [[TELEPHONE:06 93 20 14 77]] puis « non le "
        "[[TELEPHONE:06 93]]… c'est l'ancien, c'est [[TELEPHONE:07 69 32 01 47]] ».\nPédiatrie "
        "directe, {{15 min}} a l'accueil.",
    ),
    (
        URG,
        AP,
        "Deux {{Ambulances Jaouen}} en même temps. L'ambulancier dicte : patient "
        "[[PERSONNE:Gérard Colin]], {{57 ans}}, NIR [[NIR:167027511230530]], domicile "
        "[[ADRESSE:9 rue Saint-Malo, Rennes]]. Le deuxième, inconscient, rien sur lui. {{11h10}}.",
    ),
    (
        URG,
        AP,
        "Une dame cherche son père arrivé hier. L'agente : « [[PERSONNE:Moreau]], "
        "[[PERSONNE:Moreau]]… il y en a {{4}} ! Le prénom ? » -- « [[PERSONNE:Bernard]] ». "
        "{{UHCD}} {{lit 12}}. Visites a partir de {{13h}}.",
    ),
    (
        URG,
        AP,
        "Bilan des dernières {{24h}} : {{142 passages}}, {{18 hospitalisations}}, "
        "{{3 sorties contre avis}}, {{1 décès}}. {{Forfait patient urgences}} {{19,61 €}}. "
        "Imprimante {{HP}} bourrée {{2 fois}} 🙄",
    ),
    (
        URG,
        AP,
        "Patient SDF connu, « [[PERSONNE:Titi]] » pour tout le monde. Vrai nom "
        "[[PERSONNE:Thierry Gouriou]]. Domicilié au {{CCAS de Rennes}}. IPP "
        "[[IDENTIFIANT:P00288104]].\nIl demande un sandwich et une couverture. {{4e passage}} ce "
        "mois.",
    ),
    (
        URG,
        AP,
        "Touriste britannique : carte {{GHIC}} [[IDENTIFIANT:GB 4417 9920 3381]], passport "
        "[[IDENTIFIANT:538194627]]. Nom épelé [[PERSONNE:W-H-I-T-T-A-K-E-R]]. Poignet cassé au "
        "{{Mont-Saint-Michel}} 😬. Tel UK [[TELEPHONE:+44 7700 918 342]].",
    ),
    (
        URG,
        AP,
        "Voiture garée sur la place ambulance 🚗 [[IMMATRICULATION:FL-628-PW]]. Annonce au micro "
        "du vigile : « le propriétaire du véhicule [[IMMATRICULATION:FL 628 PW]] ».\nC'est Mr "
        "[[PERSONNE:Chevalier]] qui accompagne sa femme. Déplacée en {{5 min}}.",
    ),
    (
        URG,
        AP,
        "Mineure de {{15 ans}} venue seule. Il faut un parent : elle donne le numéro de sa mère « "
        "[[TELEPHONE:06 27]]… attends… [[TELEPHONE:84 19 66]] ». La mère, Mme "
        "[[PERSONNE:Pasquier]], arrive en {{35 min}}. Carte vitale de la mère "
        "[[NIR:2 88 01 59 350 207 85]].",
    ),
    (
        URG,
        AP,
        "Le patient donne un mail bizarre, « [[EMAIL:toto.lagrenouille at yahoo point fr]] », "
        "l'agente demande s'il est sérieux 😂 il l'est. [[PERSONNE:Anthony Leclerc]], mutuelle "
        "{{Axa}} n° [[IDENTIFIANT:10 551 827 64]].",
    ),
    (
        URG,
        AP,
        "Un monsieur arrive avec son chien ({{Rex}}, berger allemand), le chien doit rester "
        "dehors, il refuse. Le vigile appelle l'assistante sociale, Mme [[PERSONNE:Hamon]]. "
        "Solution : {{Rex}} attaché a la station {{vélo STAR}}. Patient Mr [[PERSONNE:Lorcy]], "
        "{{61 ans}}, genou.",
    ),
    (
        URG,
        AP,
        "Point avec la cadre : {{1 IOA}} pour {{80 passages/jour}} (la {{SFMU}} dit 1 pour "
        "{{~40}}). {{2 postes}} vacants. Intérim a {{650 €}} la garde de {{24h}}. {{Plan blanc}} "
        "{{niveau 1}} déclenché le {{12 janvier}}.",
    ),
    (
        URG,
        AP,
        "Afflux ({{bus accidenté}}, {{14 blessés}} légers). L'agent écrit sur des bracelets "
        "{{n°1}} a {{n°14}} : le {{n°4}} c'est Mme [[PERSONNE:Carré]], tel "
        "[[TELEPHONE:06 14 27 63 08]] ; le {{n°5}} un enfant, [[PERSONNE:Nolan]], {{8 ans}}. "
        "{{Plan blanc}} {{16h05}}.",
    ),
    # ---------------------------------------------------------------- urgences, téléphone
    (
        URG,
        AT,
        "Standard des urgences. « bonjour, mon fils a été amené cette nuit, [[PERSONNE:Enzo "
        "Rault]], né le [[DATE_NAISSANCE:3 juillet 2006]] ». L'agent vérifie en demandant "
        "l'adresse : « [[ADRESSE:6 rue des Acacias, 35700 Rennes]] ».\nSorti a {{6h}}.",
    ),
    (
        URG,
        AT,
        "Le tel de l'accueil sonne toutes les {{2 min}}. {{70 %}} = « combien de temps "
        "d'attente ? ». Réponse type : « on ne peut pas dire, appelez le {{15}} si c'est grave ». "
        "Transferts vers le standard {{CHU}}, {{poste 42107}}.",
    ),
    (
        URG,
        AT,
        "Infirmière de l'{{EHPAD Les Jardins d'Arcadie}} : transfert de Mme "
        "[[PERSONNE:Odette Prigent]], {{91 ans}}, IPP chez nous [[IDENTIFIANT:P00123877]] (lu sur "
        "un ancien courrier), sous anticoagulant. Arrivée {{15h30}} par "
        "{{Ambulances Rennaises}}.",
    ),
    (
        URG,
        AT,
        "Un homme paniqué cherche sa femme : « [[PERSONNE:Nathalie Guérin]], "
        "[[PERSONNE:G-U-E-R-I-N]] »… pas chez nous. L'agente conseille le {{17}}. Il laisse son "
        "numéro quand même : [[TELEPHONE:07.58.66.20.14]].",
    ),
    (
        URG,
        AT,
        "Dr [[PERSONNE:Abiven]], médecin de ville, adresse un patient : Mr [[PERSONNE:Paul "
        "Riou]], {{48 ans}}, suspicion de phlébite. « Je vous faxe le courrier » (un fax en "
        "{{2024}} 📠). Tel du cabinet [[TELEPHONE:02 99 50 31 72]].",
    ),
    (
        URG,
        AT,
        "Une dame a oublié son sac hier. Dedans : sa carte d'identité n° "
        "[[IDENTIFIANT:X4RTBPFW4]] (elle dicte le n° depuis une photocopie 😅), un chéquier. "
        "[[PERSONNE:Danielle Morin]]. Sac retrouvé aux objets trouvés, {{bureau 008}}, elle "
        "passe a {{17h}}.",
    ),
    (
        URG,
        AT,
        "jamais d'info médicale au tel !! cardio {{poste 6612}}, gériatrie {{poste 6640}}",
    ),
    (
        URG,
        AT,
        "Gendarmerie de {{Cesson-Sévigné}} : accident, la victime Mr [[PERSONNE:Hervé]], "
        "conducteur du véhicule [[IMMATRICULATION:CT-339-KD]], amenée par le {{SMUR}}. Arrivé ? "
        "Oui, {{déchoc}} {{salle 1}}.",
    ),
    (
        URG,
        AT,
        "Patient sorti hier, il a oublié son arrêt de travail. IPP [[IDENTIFIANT:P00552019]] lu "
        "sur le bracelet gardé 😄, date de naissance « [[DATE_NAISSANCE:quatorze février "
        "quatre-vingt-deux]] ». [[PERSONNE:Valentin Caradec]]. Il propose "
        "[[EMAIL:v.caradec@gmail.com]] mais procédure = courrier.",
    ),
    (
        URG,
        AT,
        "mère au tel (anglais) pr son fils [[PERSONNE:Tomás]], passport [[IDENTIFIANT:XDB482913]]. Rien dit au tel. {{9 min}}",
    ),
    (
        URG,
        AT,
        "Le {{15}} prévient : Mme [[PERSONNE:Nicolas]] (oui c'est son nom), {{34 ans}}, "
        "{{32 SA}}, arrive par ses propres moyens, voiture [[IMMATRICULATION:ab-174-qe]] conduite "
        "par le mari. Dans {{20 min}}.",
    ),
    (
        URG,
        AT,
        "Un taxi : « j'ai déposé un monsieur ce matin, il a oublié son portefeuille ». Permis au "
        "nom de [[PERSONNE:Roger Lelièvre]], carte vitale [[NIR:1 49 06 35 281 012 92]]. Le taxi "
        "(licence {{n°47}}) le rapporte au {{bureau des entrées}}.",
    ),
    # ---------------------------------------------------------------- chrs, accueil physique
    (
        CHRS,
        AP,
        "CHRS {{L'Escale}}, accueil de jour. {{8h}} café, {{22 personnes}}. Demande "
        "d'hébergement : le TS appelle le {{115}} devant lui. [[PERSONNE:Sylvain Marec]], "
        "{{44 ans}}, réf SIAO [[IDENTIFIANT:SIAO35-2024-004517]].\nPas de place, rappeler a "
        "{{14h}}.",
    ),
    (
        CHRS,
        AP,
        "Règlement affiché : repas {{12h-13h}}, douches {{9h-11h}}, {{3 machines à laver}}, "
        "{{1 €}} le repas. {{34 places}} dont {{8 en diffus}}. {{12 nationalités}} d'après la "
        "cheffe de service.",
    ),
    (
        CHRS,
        AP,
        "Admission, Mme [[PERSONNE:Benali]] + {{2 enfants}} ({{6 et 9 ans}}). Violences "
        "conjugales, ordonnance de protection du {{TJ de Rennes}}, RG {{24/00318}}. Elle ne veut "
        "son ancienne adresse nulle part (« il me cherche »).\nCarte de séjour "
        "[[IDENTIFIANT:7504812239]] valable jusqu'au {{12/2025}}.",
    ),
    (
        CHRS,
        AP,
        "Un résident me montre un SMS : « Votre identifiant France Travail : "
        "[[ID_FRANCE_TRAVAIL:6612947F]] ». « c'est quoi ce code ? » Le TS explique. "
        "[[PERSONNE:Adama]], {{26 ans}}, RDV {{lundi 9h}} agence {{Rennes Sud}}.",
    ),
    (
        CHRS,
        AP,
        "Distribution du courrier : « [[PERSONNE:Jérôme]] ? [[PERSONNE:Kader]] ? Mme "
        "[[PERSONNE:Vidal]] ? ». {{17 courriers}} aujourd'hui dont {{3}} de la {{Caf}} et "
        "{{1 recommandé}} du {{Trésor public}}.",
    ),
    (
        CHRS,
        AP,
        "Mr [[PERSONNE:Ionescu]], arrivé de Roumanie, pas de compte. Droit au compte a "
        "{{La Banque Postale}}, IBAN obtenu le jour même : "
        "[[IBAN:FR53 2004 1010 0504 1237 6K02 282]].\nIl dort dans sa voiture immatriculée en Roumanie, [[IMMATRICULATION:B 47 XKR]].\nCarte d'identité roumaine "
        "[[IDENTIFIANT:RX 518204]].",
    ),
    (
        CHRS,
        AP,
        "Chiffres : durée moyenne de séjour {{11 mois}}, {{58 %}} de sorties vers un logement, "
        "{{17 500 €}}/place/an, financé par la {{DDETS}}. Rapport d'activité {{2023}} : "
        "{{86 pages}}.",
    ),
    (
        CHRS,
        AP,
        "Atelier CV. Modèle au mur : « [[PERSONNE:Jean Dupont]], "
        "[[ADRESSE:1 rue de la République, 75001 Paris]], [[TELEPHONE:06 00 00 00 00]] » 😂. Une "
        "résidente ([[PERSONNE:Sabrina]]) refait le sien sur {{Canva}}. {{5 participants}}.",
    ),
    (
        CHRS,
        AP,
        "Sortie : Mr [[PERSONNE:Le Bris]] a un T1 {{Archipel Habitat}}, "
        "[[ADRESSE:14 bd Villebois-Mareuil, 35000 Rennes]], loyer {{312 €}}, {{APL}} {{260 €}}. "
        "Réf locataire [[IDENTIFIANT:AH-2024-118830]].\nIl pleure un peu. {{2 ans}} au CHRS.",
    ),
    (
        CHRS,
        AP,
        "Une résidente inscrit sa fille a la crèche, il faut le n° Caf : "
        "[[N_ALLOCATAIRE:3941062]], QF {{210}}. Crèche {{Les P'tits Loups}}, {{0,43 €/h}}. La "
        "petite s'appelle [[PERSONNE:Maryam]], {{18 mois}}.",
    ),
    (
        CHRS,
        AP,
        "Vol de téléphone au dortoir. [[PERSONNE:Florian]], {{31 ans}}, veut porter plainte : "
        "numéro volé [[TELEPHONE:06 84 11 72 09]], opérateur {{Free}}. La TS l'accompagne au "
        "commissariat, plainte n° {{2024/008812}}.",
    ),
    (
        CHRS,
        AP,
        "« [[PERSONNE:Pépito]] » récupère son chien {{Bandit}}, gardé par l'équipe pendant son "
        "rdv au {{CMP}}. Chenil de l'accueil : {{4 places}}. {{2 €}} dans la boîte a dons.",
    ),
    (
        CHRS,
        AP,
        "Aide administrative : la TS scanne les papiers de Mr [[PERSONNE:Boubacar Keita]]. "
        "Récépissé n° [[IDENTIFIANT:R 3503 2417 88]], AGDREF [[IDENTIFIANT:3599042117]]. RDV "
        "préfecture {{22 mai}} {{10h40}}. {{3 ans}} de présence en France.",
    ),
    (
        CHRS,
        AP,
        "Fiche d'admission remplie devant moi :\nNom : [[PERSONNE:EL AMRANI]]\nPrénom : "
        "[[PERSONNE:Yassir]]\nDDN : [[DATE_NAISSANCE:1999-03-21]]\nNIR : "
        "[[NIR:1 99 03 99 350 012 04]]\nRessources : {{RSA}} {{607 €}}\nOrienté par : {{SIAO}}\n"
        "Chambre : {{n°7}}\nRéférente : [[PERSONNE:Gaëlle]]\nDurée entretien : {{40 min}}",
    ),
    (
        CHRS,
        AP,
        "Conflit a l'accueil pour une prise électrique 🔌. L'éduc ([[PERSONNE:Steph]]) sépare "
        "les deux. {{10 min}} de tension. Après : point d'équipe, {{2 avertissements}}.",
    ),
    (
        CHRS,
        AP,
        "Mr [[PERSONNE:Koffi]] avec une lettre {{Orange}} : dette {{389,99 €}}, réf client "
        "[[IDENTIFIANT:0 601 238 774]], facture {{FA24-0071185}}.\nIl n'a jamais eu de box 🤔 "
        "usurpation ? La TS appelle le {{3900}} sur haut-parleur.",
    ),
    # ---------------------------------------------------------------- chrs, 115
    (
        CHRS,
        AT,
        "Écoute au {{115}} ({{SIAO 35}}), {{21h14}}. Femme avec bébé, dehors a la {{gare}}. « je "
        "m'appelle [[PERSONNE:Fanta]] ».\nRappel au [[TELEPHONE:07 53 81 26 40]]. Place trouvée "
        "{{hôtel Ibis Budget}}, {{chambre 208}}.\nTaxi commandé 🚕",
    ),
    (
        CHRS,
        AT,
        "Stats {{115}} d'hier : {{412 appels}}, {{96 demandes}} d'hébergement, "
        "{{31 attributions}}, {{65}} sans solution. Attente moyenne avant décroché {{27 min}}. "
        "{{4 écoutants}}. Dehors il fait {{2°C}}.",
    ),
    (
        CHRS,
        AT,
        "Appelant connu du {{115}} : « c'est [[PERSONNE:Momo]] ». Dans la base : "
        "[[PERSONNE:Mohamed Haddou]], réf SIAO [[IDENTIFIANT:250413]]. Il est a "
        "{{Saint-Jacques-de-la-Lande}} -> place en gymnase ({{plan grand froid}}), bus {{C2}}.",
    ),
    (
        CHRS,
        AT,
        "TS de l'hôpital pour une sortie d'hospit : Mr [[PERSONNE:Le Corre]], IPP "
        "[[IDENTIFIANT:P00871204]], sort a {{18h}} en fauteuil. Pas de place PMR. L'écoutant note "
        "le tel de la TS [[TELEPHONE:02 99 28 43 11]] {{poste 8812}}.",
    ),
    (
        CHRS,
        AT,
        "Une femme appelle depuis le tel d'un passant, [[TELEPHONE:06 19 57 84 02]] (il "
        "s'appelle [[PERSONNE:Olivier]], il reste avec elle). Elle : [[PERSONNE:Claudine]], "
        "{{63 ans}}, expulsée ce matin du [[ADRESSE:4 rue de Lorient, 35000 Rennes]].\nPlace au "
        "{{CHRS Le Relais}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}}, {{23h40}}. « j'ai {{17 ans}} » -> mineur, relais {{ASE}} / {{119}}. Prénom "
        "[[PERSONNE:Idriss]], numéro [[TELEPHONE:+33 7 51 09 44 62]]. L'écoutante le garde "
        "{{25 min}} en ligne.",
    ),
    (
        CHRS,
        AT,
        "Logiciel {{SI-SIAO}} : {{1 fiche}} par demande, liste d'attente de {{183 ménages}}. "
        "Délais : {{9 mois}} pour un CHRS, {{3 semaines}} pour l'urgence. Le {{115}} est gratuit, "
        "{{24h/24}}.",
    ),
    (
        CHRS,
        AT,
        "Une tante héberge sa nièce depuis {{3 semaines}}, n'en peut plus. Nièce : "
        "[[PERSONNE:Océane Ruellan]], {{22 ans}}, née le [[DATE_NAISSANCE:05/08/2001]], "
        "hébergée [[ADRESSE:31 rue du Bourg, 35830 Betton]].\nLe {{115}} ouvre une fiche SIAO n° "
        "[[IDENTIFIANT:SIAO35-0099124]].",
    ),
    (
        CHRS,
        AT,
        "Rappel sortant vers un demandeur d'asile, [[TELEPHONE:07 45 12 80 63]]. Il parle dari, "
        "interprète {{ISM}} en conférence. AGDREF [[IDENTIFIANT:4402518896]]. Place en {{CADA}} a "
        "{{Fougères}} au {{10/06}}. Nom : [[PERSONNE:Ahmad Rahimi]].",
    ),
    (
        CHRS,
        AT,
        "Bénévole de maraude ({{Croix-Rouge}}) : « on est avec Mr [[PERSONNE:Lebon]] sous le "
        "pont de la {{Mabilais}}, il accepte ». Tel maraude [[TELEPHONE:06 77 40 19 28]]. Gymnase "
        "{{Bréquigny}}, taxi {{22h10}}.",
    ),
    (
        CHRS,
        AT,
        "Une femme pour son mari qui dort dans sa voiture : [[IMMATRICULATION:4471 TX 35]] (vieux "
        "format), {{Peugeot 306}} grise, parking du {{Leclerc}} {{Cleunay}}. Lui : "
        "[[PERSONNE:Patrice]]. Maraude envoyée.",
    ),
    (
        CHRS,
        AT,
        "{{115}} : famille syrienne, {{5 personnes}}. Le père épelle « "
        "[[PERSONNE:A-L-H-A-S-S-A-N]] ». Tel [[TELEPHONE:07 66 18 52 30]]. Hôtel "
        "{{Première Classe}} {{Vern-sur-Seiche}}, {{chambres 12 et 14}}, {{7 nuits}}.",
    ),
    (
        CHRS,
        AT,
        "fin de service écoutante : {{58 appels}} en {{6h}}, elle est vidée",
    ),
    (
        CHRS,
        AT,
        "Un hôtelier : « votre protégé de la {{chambre 5}}, Mr [[PERSONNE:Pinto]], a cassé la "
        "porte ». Hôtel {{Le Saint-Antoine}}, facture n° {{0412}} de {{180 €}}. Le {{115}} "
        "renvoie vers l'assurance.",
    ),
    (
        CHRS,
        AT,
        "{{115}} : une femme appelle pour sa sœur [[PERSONNE:Awa Sylla]]. Deux numéros : « son "
        "portable [[TELEPHONE:06.52.18.33.90]], ou le mien, [[TELEPHONE:zéro six, cinquante-deux, "
        "dix-huit, trente-trois, quatre-vingt-onze]] ». Place {{CHRS Saint-Benoît}}, {{lit 3}}.",
    ),
    # ---------------------------------------------------------------- chrs, visite
    (
        CHRS,
        CSP,
        "Visite en diffus avec l'éducatrice ([[PERSONNE:Laëtitia]]) : "
        "[[ADRESSE:22 rue de Dinan, 2e étage, 35000 Rennes]], Mme [[PERSONNE:Diop]] et "
        "{{3 enfants}}.\nÉtat des lieux :\n- {{radiateur}} HS\n- {{frigo}} ok\nParticipation "
        "{{90 €/mois}}.",
    ),
    (
        CHRS,
        CSP,
        "Tournée des {{8 appartements}} en diffus : {{4 visités}}, {{2 absents}}, "
        "{{2 reportés}}. {{Kangoo}} du service, {{34 km}}. Relevés {{Enedis}} : {{12 480 kWh}} "
        "dans l'un (chauffage d'appoint) vs {{3 210 kWh}}.",
    ),
    (
        CHRS,
        CSP,
        "Chez Mr [[PERSONNE:Guillaume Kerdraon]], [[ADRESSE:bât. F, 10 allée de Finlande, "
        "Rennes]], fin de bail glissant : bail a son nom au {{1er juillet}}. Avis d'imposition, "
        "numéro fiscal [[IDENTIFIANT:3012 459 871 206]], RFR {{11 240 €}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite surprise (plainte du voisinage) chez Mme [[PERSONNE:Mbaye]] : son frère hébergé "
        "« {{2 nuits}} ». Le frère donne son identifiant FT [[ID_FRANCE_TRAVAIL:5083 721 L]] et "
        "son tel [[TELEPHONE:07 60 22 91 45]]. Rappel au règlement.",
    ),
    (
        CHRS,
        CSP,
        "[[ADRESSE:5 place de Zagreb, 35200 Rennes]] : Mr [[PERSONNE:Huet]] fête ses "
        "{{6 mois}} sans alcool 🎉, sa chatte {{Mimi}} sur les genoux.\nBudget :\n{{AAH}} "
        "{{1 016 €}}\nloyer résiduel {{148 €}}\ncrédit {{Cofidis}} {{80 €}}.",
    ),
    (
        CHRS,
        CSP,
        "Mme [[PERSONNE:Touré]] montre une relance {{SFR}} : client n° "
        "[[IDENTIFIANT:1.0045.88217]], facture {{SF240912771}}, {{64,98 €}}. L'éducatrice "
        "l'aide a appeler le {{1023}}.",
    ),
    (
        CHRS,
        CSP,
        "Déménagement de Mr [[PERSONNE:Adjovi]] vers son logement {{Néotoa}}, "
        "[[ADRESSE:12 rue Ange Blaize, 35000 Rennes]]. {{11 cartons}} dans la {{Kangoo}}. "
        "Point de comptage gaz (PCE) [[IDENTIFIANT:GI 0418 8273 5502]], ouverture {{GRDF}} sous "
        "{{5 jours}}.",
    ),
    (
        CHRS,
        CSP,
        "{{hôtel Kyriad}}, {{chambre 304}} : famille [[PERSONNE:Nikolaev]], {{4 personnes}} dans "
        "{{16 m²}}. Carnet de santé de la petite [[PERSONNE:Daria]], née le "
        "[[DATE_NAISSANCE:11 octobre 2021]]. Micro-ondes interdit, ils cuisinent quand même 🙈",
    ),
    # ---------------------------------------------------------------- france travail, accueil physique
    (
        FT,
        AP,
        "Agence {{Lorient Marine}}, {{9h}}, file de {{14 personnes}}. Mr [[PERSONNE:Perrot]] dit "
        "son identifiant lettre par lettre : « [[ID_FRANCE_TRAVAIL:3-1-2-7-8-9-4-Z]] »\n"
        "Actualisation bloquée, débloquée en {{2 min}}. {{ARE}} {{38,12 €/j}}.",
    ),
    (
        FT,
        AP,
        "Zone libre accès : {{6 ordis}}, {{2}} en panne. Affiches : « actualisez-vous du {{28}} "
        "au {{15}} », « {{3949}} ». {{1 demandeur sur 5}} vient juste pour ça. Salon "
        "{{Les Métiers de la Mer}} le {{14 mars}}, {{40 entreprises}}.",
    ),
    (
        FT,
        AP,
        "Inscription : [[PERSONNE:Camille Nédellec]], {{22 ans}}. Identifiant attribué "
        "[[ID_FRANCE_TRAVAIL:7041298K]]. Email [[EMAIL:camille.nedellec22@outlook.fr]], tel "
        "[[TELEPHONE:06 98 14 53 07]]. {{BTS MCO}} {{2022}}.",
    ),
    (
        FT,
        AP,
        "Un monsieur donne son n° de sécu au lieu de l'identifiant 😅 « "
        "[[NIR:1 75 09 56 260 034 71]] ». Le conseiller : « non, {{7 chiffres}} et une lettre, "
        "regardez le courrier » -> [[ID_FRANCE_TRAVAIL:0592236M]]. Mr [[PERSONNE:Tanguy]].",
    ),
    (
        FT,
        AP,
        "Atelier CV, {{8 participants}}. CV exemple projeté : « [[PERSONNE:Marie Durand]], "
        "{{25 ans}}, [[EMAIL:marie.durand@mail.com]] ». Chacun tape le sien sur {{Word}}. "
        "[[PERSONNE:Inès]] met son tel en titre en gros : [[TELEPHONE:07 81 02 64 59]].",
    ),
    (
        FT,
        AP,
        "Radiation contestée : Mr [[PERSONNE:Goasdoué]], absent au rdv du {{12/02}} {{14h15}}. "
        "Il était hospitalisé : bulletin de situation, IPP [[IDENTIFIANT:H0221478]], séjour du "
        "{{11 au 13/02}}. ID [[ID_FRANCE_TRAVAIL:2219845B]].\nRecours -> {{médiateur}}.",
    ),
    (
        FT,
        AP,
        "Le conseiller relit la fiche :\n« né le [[DATE_NAISSANCE:23 avril 1998]] ? oui.\n"
        "[[ADRESSE:6 rue Paul Bert, 56100 Lorient]] ? oui.\nDernier employeur {{Naval Group}}, "
        "SIRET {{889 012 345 00019}} »\nFin de CDD. [[PERSONNE:Mathis Le Nours]].",
    ),
    (
        FT,
        AP,
        "Portefeuille du conseiller : {{312}} demandeurs (« guidé »), objectif {{1 entretien}} "
        "tous les {{3 mois}}. {{CEJ}}, {{AIF}}, {{POEI}}… les sigles pleuvent. {{ARE}} moyenne "
        "{{1 050 €}}. Chômage {{11 %}} sur le bassin.",
    ),
    (
        FT,
        AP,
        "Aide a la mobilité : Mme [[PERSONNE:Rio]], CDI a {{Vannes}} ({{58 km}}). Aide carburant "
        "{{0,20 €/km}}.\nPlaque pour le dossier [[IMMATRICULATION:DX-083-NM]], RIB "
        "[[IBAN:FR76 3000 3023 7000 0507 8123 434]], ID [[ID_FRANCE_TRAVAIL:6187230H]].",
    ),
    (
        FT,
        AP,
        "Mr [[PERSONNE:Da Silva]] a perdu son identifiant : « [[ID_FRANCE_TRAVAIL:4471823]]… et "
        "une lettre, B ? D ? ». Le conseiller cherche et trouve "
        "[[ID_FRANCE_TRAVAIL:4471823D]]. {{5 min}}. Attestation de paiement de {{mars}} : "
        "{{1 142,30 €}}.",
    ),
    (
        FT,
        AP,
        "Un employeur dépose une offre : {{SARL Le Goff Transports}}, SIRET "
        "{{452 118 639 00023}}. Le patron, M. [[PERSONNE:Le Goff]], cherche un chauffeur "
        "{{SPL}}, {{2 100 € brut}}, {{35h}}. Offre n° {{178QZRT}}.",
    ),
    (
        FT,
        AP,
        "Une dame montre son espace perso : en haut [[ID_FRANCE_TRAVAIL:9902153R]], "
        "[[PERSONNE:Corinne Lagadec]], {{ASS}} {{18,17 €/j}}. Pourquoi {{0 jour}} payé en "
        "{{février}} ? -> actualisation hors délai.",
    ),
    (
        FT,
        AP,
        "Création d'entreprise : Mr [[PERSONNE:Ndiaye]] veut l'{{ARCE}} ({{60 %}} du reliquat, "
        "{{6 840 €}}). SIRET pas encore reçu. Mail pro [[EMAIL:ousmane@ndiaye-renovation.fr]], "
        "ancien ID [[ID_FRANCE_TRAVAIL:3308716Y]].",
    ),
    (
        FT,
        AP,
        "Un monsieur énervé : « {{3 fois}} que je viens ! ». Passeport tendu : "
        "[[IDENTIFIANT:23FV08127]], nom [[PERSONNE:Haidari]]. Titre de séjour expiré le "
        "{{31/01}} -> inscription suspendue, il faut le récépissé.",
    ),
    (
        FT,
        AP,
        "Info collective {{14h}} : {{12 inscrits}}, {{7 présents}}. Démo de "
        "{{francetravail.fr}}, {{1jeune1solution}}, {{Indeed}}. Quelqu'un demande si {{Vinted}} "
        "ça compte comme revenu 😄",
    ),
    (
        FT,
        AP,
        "La conseillère [[PERSONNE:Nolwenn]] reçoit Mme [[PERSONNE:Lucas]] (nom de famille !). "
        "Bilan de compétences, {{CPF}} {{1 500 €}}. {{12 ans}} chez {{Intermarché}}.\nPortable "
        "[[TELEPHONE:06 33 72 19 80]], fixe [[TELEPHONE:02-97-65-48-12]].",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:Dorian]], {{19 ans}}, pour le {{CEJ}}. Son conseiller Mission Locale, Mr "
        "[[PERSONNE:Le Bras]], l'a envoyé ici par erreur. ID [[ID_FRANCE_TRAVAIL:0748829A]]. "
        "Allocation {{528 €}}. Compatible avec {{Deliveroo}} {{8h}}/sem ?",
    ),
    (
        FT,
        AP,
        "Mme [[PERSONNE:Gourvès]] veut un duplicata d'attestation employeur "
        "({{EHPAD Korian Ker Yaouank}}). Elle a oublié son ID mais connaît son NIR "
        "[[NIR:271042923205140]]. Le conseiller retrouve [[ID_FRANCE_TRAVAIL:5590316S]].",
    ),
    (
        FT,
        AP,
        "{{11h30}}, ticket {{G-042}}. Mr [[PERSONNE:Lefort]] appelé au {{bureau 7}}. Nouveau "
        "RIB : IBAN espagnol [[IBAN:ES15 0182 5716 2902 0154 8837]] (il a bossé a Valence). Ok "
        "pour versement {{SEPA}}.",
    ),
    (
        FT,
        AP,
        "Mr [[PERSONNE:Gilles Blanc]] vient en entretien, {{tee-shirt blanc}} taché 😬. Il vise "
        "{{cariste}} chez {{Lidl}} ({{CACES 3}}). {{3 offres}} données. ID "
        "[[ID_FRANCE_TRAVAIL:8815063N]].",
    ),
    (
        FT,
        AP,
        "RDV {{10h45}}, {{bureau 12}}. Mme [[PERSONNE:Chauvin]] : fin de droits dans "
        "{{47 jours}}. {{ARE}} {{1 287 €}} -> {{ASS}} {{~560 €}}. {{57 ans}}. Elle donne son n° "
        "Caf [[N_ALLOCATAIRE:1667204]] puis son ID [[ID_FRANCE_TRAVAIL:2045619X]], elle confond "
        "les deux.",
    ),
    (
        FT,
        AP,
        "Permanence commune {{Caf}} / {{France Travail}} le {{mardi}}. Un couple : lui "
        "[[ID_FRANCE_TRAVAIL:8870432T]], elle [[ID_FRANCE_TRAVAIL:8870433T]] (inscrits le même "
        "jour 😮). [[PERSONNE:Yann]] et [[PERSONNE:Soizic Le Dantec]]. Formation {{permis C}}, "
        "{{AIF}} {{2 400 €}}.",
    ),
    # ---------------------------------------------------------------- france travail, téléphone
    (
        FT,
        AT,
        "Double écoute {{3949}}. Mme [[PERSONNE:Ferrand]] dicte son identifiant : « "
        "[[ID_FRANCE_TRAVAIL:trois, cinq, zéro, un, huit, huit, deux, T comme Thomas]] ».\nCode "
        "postal pour vérif : {{29200}}. Actualisation faite.",
    ),
    (
        FT,
        AT,
        "Écran superviseur {{3949}} : {{58 en file}}, attente {{22 min}}, {{17 conseillers}} "
        "connectés. Serveur vocal : {{1}} actualisation, {{2}} paiement… Gratuit depuis "
        "{{2019}}.",
    ),
    (
        FT,
        AT,
        "« mon identifiant c'est [[ID_FRANCE_TRAVAIL:1904 337]]… la lettre je l'ai plus ». "
        "Recherche par date de naissance [[DATE_NAISSANCE:14/09/1985]] + code postal {{56270}}"
        "\n-> [[ID_FRANCE_TRAVAIL:1904337W]]. Mr [[PERSONNE:Le Borgne]].",
    ),
    (
        FT,
        AT,
        "Nouveau RIB par tel -> uniquement via l'espace perso. Il lit quand même : « "
        "[[IBAN:FR76, 1090, 7000, 0123, 4219, 3804, 204]] ». Le conseiller ne note pas (moi si, "
        "pardon 😬). Mr [[PERSONNE:Baudry]], ID [[ID_FRANCE_TRAVAIL:2786104C]].",
    ),
    (
        FT,
        AT,
        "Licenciement éco, {{CSP}}. Employeur {{Fonderie de Bretagne}}, {{240 licenciés}}. "
        "[[PERSONNE:Solène Thépaut]], tel [[TELEPHONE:06 40 28 91 76]]. Réunion collective le "
        "{{6 juin}} {{9h}}, {{salle 2}}.",
    ),
    (
        FT,
        AT,
        "Appel sortant : « bonjour, [[PERSONNE:Audrey]], agence de {{Quimperlé}}, je cherche a "
        "joindre Mr [[PERSONNE:Jouan]] au [[TELEPHONE:07 82 55 10 36]] ». Trop-perçu {{742 €}}, "
        "échéancier {{6 × 123,67 €}}.",
    ),
    (
        FT,
        AT,
        "Arnaques : faux SMS « France Travail » avec lien, {{+300 signalements}} ce mois. Jamais "
        "de code par tel. Le vrai numéro c'est le {{3949}}, jamais un {{06}}. Signaler au "
        "{{33700}}.",
    ),
    (
        FT,
        AT,
        "Appelant anglophone : carte pluriannuelle n° [[IDENTIFIANT:7603391258]] bientôt expirée, "
        "inscription bloquée. [[PERSONNE:Mensah Kwame]], ID [[ID_FRANCE_TRAVAIL:9014472P]]. "
        "Renvoi {{ANEF}} / préfecture de {{Quimper}}.",
    ),
    (
        FT,
        AT,
        "{{10h52}} Mme [[PERSONNE:Gaillard]] : courrier reçu a l'ancienne adresse "
        "[[ADRESSE:52 rue de Brest, 29800 Landerneau]].\nNouvelle : "
        "[[ADRESSE:3 hameau de Kerlouan, 29260 Plouider]].\nModifié. ID "
        "[[ID_FRANCE_TRAVAIL:6603918G]].",
    ),
    (
        FT,
        AT,
        "Employeur ({{Crêperie Ty Breizh}}, SIRET {{813 462 715 00018}}) : il veut accueillir "
        "[[PERSONNE:Lilou Bertrand]] en {{PMSMP}} {{2 semaines}}. Il a son identifiant : "
        "[[ID_FRANCE_TRAVAIL:3379015E]]. Convention envoyée sous {{48h}}.",
    ),
    (
        FT,
        AT,
        "versé le {{3}} : {{1 284,60 €}}, cpte finissant par [[IBAN:0158]]. Mme [[PERSONNE:Perrin]]",
    ),
    (
        FT,
        AT,
        "Conseiller {{Cap emploi}} pour Mr [[PERSONNE:Guégan]], {{RQTH}}, dossier MDPH "
        "[[IDENTIFIANT:MDPH29-2023-11874]]. Transfert de dossier demandé. ID "
        "[[ID_FRANCE_TRAVAIL:1128467V]].",
    ),
    (
        FT,
        AT,
        "Appel qui tourne mal, insultes. Le conseiller raccroche après {{4 min}} et "
        "{{2 avertissements}} (procédure). Note « appel agressif » dans le dossier. Il souffle "
        "{{30 secondes}} avant le suivant.",
    ),
    (
        FT,
        AT,
        "Une dame dicte son mail pour une offre : « [[EMAIL:nadia tiret bas benamar arobase "
        "gmail point com]] », le conseiller répète [[EMAIL:nadia_benamar@gmail.com]]. Offre "
        "{{auxiliaire de vie}}, {{ADMR}} {{Lorient}}, {{24h/sem}}, {{12,10 €/h}}.",
    ),
    # ---------------------------------------------------------------- france travail, visite
    (
        FT,
        CSP,
        "Visite en entreprise avec la conseillère ([[PERSONNE:Elodie]]) : "
        "{{Biscuiterie de Kerlann}} (SIRET {{493 702 186 00013}}), {{35 salariés}}. Suivi "
        "d'immersion de Mr [[PERSONNE:Julien Moal]] (ID [[ID_FRANCE_TRAVAIL:4802217J]]).\nLe chef "
        "d'atelier, M. [[PERSONNE:Guennec]] : « CDD {{6 mois}} possible ».",
    ),
    (
        FT,
        CSP,
        "{{Bus France Travail}} itinérant a {{Guémené-sur-Scorff}} : {{11 personnes}} en "
        "{{3h}}. Pas de {{4G}} 😩, connexion satellite. {{2 conseillers}}. Prochain passage le "
        "{{4 juin}}.",
    ),
    (
        FT,
        CSP,
        "Visite chez un employeur {{AFPR}} : {{Garage du Scorff}}. Le salarié, "
        "[[PERSONNE:Tiago Moreira]], formation {{400h}}, ID [[ID_FRANCE_TRAVAIL:6027718K]]. "
        "Aide {{5 €/h}}. Le patron signe.",
    ),
    (
        FT,
        CSP,
        "Chantier d'insertion {{Les Jardins de Cocagne}} (SIRET {{330 451 872 00015}}) : "
        "{{14 salariés en insertion}}. Point avec Mme [[PERSONNE:Boulanger]], qui veut devenir "
        "{{boulangère}} 🥖. ID [[ID_FRANCE_TRAVAIL:7265014U]], {{CDDI}} {{26h}}.",
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def build(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entity spans and keep strings."""
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
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Seeded 50/50 draw inside each (site_kind, channel) stratum; odd leftovers alternate."""
    rng = random.Random(SEED)
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    dev, holdout, leftovers = [], [], []
    for key in sorted(strata):
        group = strata[key][:]
        rng.shuffle(group)
        half = len(group) // 2
        dev.extend(group[:half])
        holdout.extend(group[half : 2 * half])
        leftovers.extend(group[2 * half :])
    rng.shuffle(leftovers)
    for i, note in enumerate(leftovers):
        (dev if i % 2 == 0 else holdout).append(note)
    order = {note["id"]: i for i, note in enumerate(notes)}
    dev.sort(key=lambda n: order[n["id"]])
    holdout.sort(key=lambda n: order[n["id"]])
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main() -> None:
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = build(marked)
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
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    if len(dev) != 120 or len(holdout) != 120:
        raise SystemExit(f"bad split {len(dev)}/{len(holdout)}")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"wrote {len(dev)} dev + {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
