"""Independent evaluation corpus n° 167: 240 hand-written observation notes (Grand Est).

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind167-001`` … ``ind167-240`` follow the
writing order. ``split`` draws dev / holdout from the ids and the cells only (seed 167), and
``write`` writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file (sorted by id, UTF-8).

Usage: python holdout_author.py            (writes the two files)
       python holdout_author.py --stats    (also prints the counts used in the README)
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind167"
SEED = 167
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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

NOTES_1 = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Strasbourg}}, {{9h10}}. Mme [[PERSONNE:Kieffer]] vient pour une aide sur sa facture {{ÉS}}. L'agente ([[PERSONNE:Nadia]]) lui demande « le numéro en haut à droite » : elle lit [[IDENTIFIANT:1 2048 77312]]. Puis la réf du contrat, [[IDENTIFIANT:300 418 6652]]. Reste dû {{412,37 €}}, elle a {{2 enfants}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Metz}} {{Borny}} - M. [[PERSONNE:Youssef Amrani]] pour le {{FSL}} maintien. L'agent recopie la ref du courrier : [[IDENTIFIANT:57-2024-00613]]… le monsieur dit non c'est [[IDENTIFIANT:57-2024-00631]], il a inversé. Ils rient tous les deux. Ensuite num alloc {{Caf}} [[N_ALLOCATAIRE:4418027]]",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Nancy}}. Une jeune femme sort son portable pour montrer le SMS du {{SIAO}} : « votre demande n° [[IDENTIFIANT:SI-54-2024-018842]] est en attente ». L'intervenant ([[PERSONNE:Grégory]]) soupire : {{3 semaines}} qu'elle attend.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Mulhouse}} {{Bourtzwiller}}. Conseillère lit l'écran à voix haute : « [[PERSONNE:Okafor Chinedu]], identifiant [[ID_FRANCE_TRAVAIL:4419302F]], inscrit depuis {{mars}} ». Il n'avait pas compris qu'il était radié pour absence au rdv du {{12}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "file d'attente {{Caf}} {{Reims}} : {{14 personnes}} à {{8h35}}, ouverture à {{9h}}. Borne en panne. Un vigile distribue les tickets à la main 🙄",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHR}} {{Metz-Thionville}}, site de {{Mercy}}. {{IAO}} ([[PERSONNE:Sabrina]]) enregistre un monsieur tombé d'un échafaudage, il s'appelle [[PERSONNE:Dariusz Nowak]], pas de carte vitale sur lui. Elle crée un IPP provisoire [[IDENTIFIANT:P2024118734]]. Attente estimée {{4h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "standard du {{CCAS}} de {{Colmar}}, {{10h}}-{{11h}} : {{23 appels}}, dont {{9}} pour la domiciliation. beaucoup raccrochent avant qu'on decroche",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Bas-Rhin}}. Appel d'un homme à la {{gare}}, il dit s'appeler [[PERSONNE:Florin]], il rappellera du numéro de sa sœur [[TELEPHONE:07 58 21 44 09]]. Ecoutante : « on n'a plus rien ce soir sur {{Strasbourg}}, je vous mets sur liste pour {{Haguenau}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} renvoyé vers l'agence. La conseillère demande l'identifiant, la dame dicte « [[ID_FRANCE_TRAVAIL:3 1 8 4 2 0 7 K]] », la conseillère tape [[ID_FRANCE_TRAVAIL:3184270K]], ça sort un autre nom, elle relit : [[ID_FRANCE_TRAVAIL:3184207K]]. ok c'est bon, Mme [[PERSONNE:Lagrené]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Moselle}}, {{Thionville}}. Monsieur [[PERSONNE:Giuseppe Lombardi]] montre son attestation de droits, l'agent lit le NIR pour vérifier : [[NIR:1 74 06 57 672 088 47]]. Né à {{Thionville}}, ça colle. Problème : son médecin traitant est parti à la retraite.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nancy}}, permanence logement. Mme [[PERSONNE:Bisultanova]] a un recours {{DALO}} : n° [[IDENTIFIANT:54-2023-01877]]. Son bailleur {{Batigère}}, n° locataire [[IDENTIFIANT:0045781]], la menace d'expulsion. L'agente note tout sur un post-it jaune avant de l'écrire dans le logiciel (le logiciel rame).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart en diffus du {{CHRS}} à {{Épinal}} avec l'éducatrice. Rien à signaler, frigo rempli, {{2 lits}}, une plante verte. Elle vérifie juste le détecteur de fumée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile {{Caf}} {{Marne}}. Adresse : [[ADRESSE:17 rue du Mont d'Arène, 51100 Reims]]. Le contrôleur (M. [[PERSONNE:Bauer]] me dit de pas noter son nom, trop tard) vérifie qui vit là. Une voiture devant, [[IMMATRICULATION:FG-528-KL]], le contrôleur note la plaque pour la vie maritale… Allocataire n° [[N_ALLOCATAIRE:2814573]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV à {{Reims}} {{Croix-Rouge}}. Le modèle projeté est au nom de « [[PERSONNE:Kevin Martin]] », avec l'adresse mail [[EMAIL:kevin.martin@exemple.fr]] (!!). Une participante recopie tel quel dans son CV à elle 😅",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "plateforme tel {{3646}}, {{Nancy}}. Temps moyen d'appel {{7 min}}. beaucoup de questions sur les {{IJ}} et sur la {{C2S}}. la conseillère a {{2 écrans}} et un casque qui grésille",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide facultative {{CCAS}} {{Mulhouse}}. M. [[PERSONNE:Haddad]] veut une aide pour sa mutuelle : {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:4471 0093 21]]. L'agente demande aussi un RIB pour le versement, il le tend : [[IBAN:FR76 1027 8051 2000 0312 7590 295]]. Elle photocopie, rend l'original.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident du {{CHRS}} de {{Thionville}} montre une lettre de commissaire de justice (ex huissier). En haut : « n/réf [[IDENTIFIANT:24-05512 SCHN]] ». C'est pour une vieille dette de loyer à {{Yutz}}. L'éducateur, [[PERSONNE:Mehdi]], appelle l'étude devant nous.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tel aux urgences de {{Colmar}} (hôpital {{Pasteur}}) : une fille appelle pour savoir si sa mère est arrivée. La secrétaire ne donne rien au tel sans vérifier, demande la date de naissance de la maman → « [[DATE_NAISSANCE:4 décembre 58]] ». Mme [[PERSONNE:Wurtz]], oui elle est en box {{6}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "AFFLUENCE ÉNORME LUNDI MATIN. {{40 personnes}} dehors à {{8h45}} à {{Metz}} {{Sablon}}. Un agent fait le tri à la porte : rdv / pas rdv.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile d'une assistante sociale du {{CCAS}} de {{Reims}}, chez Mme [[PERSONNE:Ferreira]], [[ADRESSE:8 allée des Landais]], quartier {{Orgeval}}. Facture {{Engie}} sur la table, la réf client : [[IDENTIFIANT:200 145 876 32]]. Plus de chauffage depuis {{2 semaines}}, elle dort avec {{3 couvertures}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Bas-Rhin}} : un allocataire donne son numéro sans qu'on lui demande, [[N_ALLOCATAIRE:3309185]], puis dit « et mon téléphone c'est le [[TELEPHONE:06 14 72 90 33]] rappelez-moi ». La conseillère : on ne rappelle pas, monsieur.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Hébergement d'urgence {{Strasbourg}} {{Neuhof}}. Arrivée d'une famille kosovare, les [[PERSONNE:Krasniqi]], {{2 adultes}} {{3 enfants}}. Le père donne le récépissé de demande d'asile, n° [[IDENTIFIANT:6703012345]]. La petite [[PERSONNE:Elira]] dort dans la poussette.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "rappel d'un demandeur par la conseillère (Mme [[PERSONNE:Thouvenin]]) : il a un entretien chez {{Lidl}} à {{Ludres}}, besoin d'une aide à la mobilité. Elle lui demande sa plaque pour le dossier carburant : « [[IMMATRICULATION:EK 447 RM]] ». Je savais même pas que ça existait.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{Ameli}} en libre service, {{Épinal}}. Une dame âgée n'arrive pas à lire l'écran, un service civique l'aide. Elle repart avec son attestation. {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation {{CCAS}} {{Metz}}. L'agent cherche le courrier de M. [[PERSONNE:Sow]] : « vous avez un truc avec votre numéro ? » Il montre sa carte de domiciliation, n° [[IDENTIFIANT:DOM-0418]]. Une lettre de la {{CPAM}} et une de {{Free}}. Il sourit, c'est la lettre de sa carte vitale.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h12}} du matin (je suis restée tard) à {{Nancy}} {{Central}}. Monsieur très alcoolisé, refuse de donner son nom. Les pompiers l'appellent « [[PERSONNE:Jeannot]] ». Le vigile le connaît, dit qu'il vient « toutes les semaines ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Moselle}}, {{Metz}}. Rdv {{RSA}}. Mme [[PERSONNE:Nguyen Thi Lan]] vient avec sa fille [[PERSONNE:Vy]] qui traduit. L'agent : « votre numéro allocataire c'est [[N_ALLOCATAIRE:1937402]] ? » La fille répond oui pour sa mère. Il manque la déclaration trimestrielle de {{juillet}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Épinal}}, conseiller [[PERSONNE:Romain Gérardin]] reçoit [[PERSONNE:Léa Claudel]], {{19 ans}}, {{CEJ}}. Il vérifie le numéro {{FT}} sur son courrier : « y'a une faute, c'est [[ID_FRANCE_TRAVAIL:5120884 B]], pas D ». Elle l'avait mal écrit sur son dossier de la mission locale.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Marne}}, {{21h40}}. Pas de place. {{17 demandes}} non pourvues depuis {{18h}}. L'écoutant note chaque appel dans le logiciel {{SI-SIAO}}, même les refus.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Thionville}}. un couple, M. et Mme [[PERSONNE:Gashi]], pour une aide alimentaire. L'agente scanne leur avis d'imposition, le numéro fiscal apparaît à l'écran : [[IDENTIFIANT:30 12 458 771 209]]. Bon {{Restos du Cœur}} + colis épicerie sociale.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de contrôle sur place aujourd'hui à la {{Cpam}} {{Vosges}}, l'agent assermenté est en formation à {{Nancy}}. On fait du traitement de dossiers à la place.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Colmar}}. Entrée de M. [[PERSONNE:Abdoulaye Camara]]. Sa fiche {{SIAO}} : n° [[IDENTIFIANT:68-HU-2024-4412]]. Il a un téléphone mais pas de crédit. Chambre {{14}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Forbach}}. La dame a reçu un trop-perçu de {{1 240 €}}. Elle sort le courrier, la conseillère lit « ref. indu [[IDENTIFIANT:TP-2024-0093317]] ». Échéancier proposé : {{50 €}} par mois. Mme [[PERSONNE:Weber]] pleure un peu.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Mulhouse}}, l'agente ([[PERSONNE:Christelle]]) me montre le nombre de mails reçus depuis lundi : {{1 800}}. Elle dit que c'est normal en septembre.",
    ),
]

NOTES_2 = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} Strasbourg, antenne {{Hautepierre}}. Dossier d'aide pour Mme [[PERSONNE:Aurélie Schmitt]], née en [[DATE_NAISSANCE:mars 87]] « ici à {{Strasbourg}} ». L'agent recopie le n° de sécu depuis la carte vitale : [[NIR:2 87 03 67 482 114 60]]. Il me montre : le 67 et le 482 c'est Strasbourg. Je savais pas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Metz}} {{Metz-Nord}}. Dossier d'un monsieur ([[PERSONNE:Laurent Steinmetz]]) : la conseillère tape son numéro de sécu, écran rouge. Elle avait tapé [[NIR:1 79 11 57 436 052 77]], elle corrige en [[NIR:1 79 11 57 463 052 77]] (inversion 6/3). « la clé ne tombait pas juste, c'est comme ça que je vois ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Reims}}, {{CHRS}} {{La Nouvelle Étape}}. Mme [[PERSONNE:Céline Bouchez]] est là depuis {{8 mois}}. Son éducatrice ([[PERSONNE:Fanny]]) fait le point : {{SIAO}} logement n° [[IDENTIFIANT:51-LOG-2023-0772]], {{DALO}} déposé, réf [[IDENTIFIANT:51-2024-00419]]. Rien ne bouge. La dame dit « je connais mes numéros par cœur à force ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel au {{CCAS}} de {{Metz}}. Une dame lit sa facture {{UEM}} : « c'est marqué référence client [[IDENTIFIANT:0047 1182 563]], et en dessous le point de livraison ». L'agente lui demande de rappeler avec le montant exact. Elle laisse son numéro : [[TELEPHONE:03 87 62 19 40]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Vosges}}, Épinal. Un jeune, [[PERSONNE:Théo Marchal]], {{23 ans}}, demande la prime d'activité. Il a son numéro d'allocataire sur un post-it : [[N_ALLOCATAIRE:6601928]]. L'agent vérifie le NIR à l'écran : [[NIR:1 01 02 88 160 045 84]], né en [[DATE_NAISSANCE:février 2001]] à {{Épinal}}. Tout est ok, {{12 minutes}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "salle d'attente pleine, {{31 patients}}, {{2}} médecins pour l'instant. Un écran affiche les délais : « {{5h}} » en rouge. Les gens prennent des photos de l'écran.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère donne son mail direct à un demandeur pour envoyer ses fiches de paie : [[EMAIL:sandrine.humbert@francetravail.fr]]. Elle me dit qu'elle ne devrait pas, mais sinon ça n'arrive jamais dans le bon dossier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement {{ALT}} avec [[PERSONNE:Jérémy]], travailleur social. M. [[PERSONNE:Popescu]] vit au [[ADRESSE:23 rue de Bitche, 57000 Metz]], {{3e}} étage sans ascenseur. Moisissures dans la salle de bain, photo pour le bailleur.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Colmar}}. Mme [[PERSONNE:Haas]], née le [[DATE_NAISSANCE:11/12/1958]]. Elle veut changer de caisse après un déménagement. Numéro de sécu donné de tête, sans hésiter : [[NIR:258126806613292]]. L'agent me glisse « c'est rare qu'ils le connaissent ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Mulhouse}}, {{CCAS}}, {{11h30}}. Personne dans la salle. L'agente range les flyers « {{Noël}} solidaire ». Elle dit que l'après-midi c'est la folie.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Thionville}}. Un frontalier licencié au {{Luxembourg}}, M. [[PERSONNE:Da Costa]], formulaire {{U1}}. Il est venu avec sa voiture immatriculée au {{Lux}}, [[IMMATRICULATION:TX 4821]], il a peur que ça pose problème pour l'aide. Identifiant {{FT}} [[ID_FRANCE_TRAVAIL:2908114M]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Moselle}}. Une femme avec {{2 enfants}} dort dans sa voiture sur le parking d'{{Auchan}} {{Semécourt}}. L'écoutante demande la plaque « pour la maraude » : [[IMMATRICULATION:DW-913-PS]], une {{Clio}} grise. Mme [[PERSONNE:Benali]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} plateforme, {{14h}}. Sur {{10 appels}} écoutés : {{4}} {{APL}}, {{3}} prime d'activité, {{2}} {{RSA}}, {{1}} pension alimentaire ({{ARIPA}}). Aucun ne dure moins de {{6 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Reims}}. Monsieur [[PERSONNE:Tanguy]] arrive avec une lettre du commissaire de justice. « la réf c'est quoi ? » L'agente pointe : [[IDENTIFIANT:2402871/JK]]. La dette : {{3 412 €}} de loyer chez {{Plurial Novilia}}, contrat n° [[IDENTIFIANT:112-0453-07]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Colmar}}, accueil. Sur le comptoir un post-it oublié : [[ID_FRANCE_TRAVAIL:6034518T]] et dessous « rappeler jeudi ». L'agent le met à la broyeuse quand je lui montre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{American Memorial Hospital}}, {{Reims}}. Petit [[PERSONNE:Noah]], né le [[DATE_NAISSANCE:2 juin 2021]], fièvre. Maman donne la carte mutuelle : {{MGEN}} n° [[IDENTIFIANT:188 047 331]]. IPP créé [[IDENTIFIANT:R0095512]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "pas de visite finalement, la personne a annulé (malade). retour au bureau {{Épinal}}, {{20 min}} de route pour rien",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : monsieur veut envoyer ses arrêts de travail par mail, il épelle son adresse « [[EMAIL:b.yilmaz57 arobase gmail point com]] ». La conseillère : non, par courrier ou {{Ameli}}. M. [[PERSONNE:Yilmaz]] pas content.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Metz}}. [[PERSONNE:Arman Petrosyan]] montre son titre de séjour pour le dossier. N° étranger [[IDENTIFIANT:5703104829]], et le numéro du titre (en haut) [[IDENTIFIANT:ME5X71K20]]. Il expire dans {{3 semaines}}, le rdv {{préfecture}} est dans {{2 mois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Nancy}}, {{Laxou}}. M. [[PERSONNE:Slimani]] n'a pas touché son {{ARE}}. La conseillère vérifie le RIB enregistré : [[IBAN:FR76 3000 4008 1200 0102 9384 757]]. C'est l'ancien compte, fermé. Il redonne le nouveau, [[IBAN:FR7610278036000001234560125]], elle le saisit en le relisant {{2 fois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Colmar}}. Changement de banque pour Mme [[PERSONNE:Rossi]]. Elle a imprimé son RIB : banque [[IBAN:17206 00420 91827364510 31]]. L'agent : « il me faut l'IBAN complet, avec FR ». Elle montre l'appli de la banque, il recopie [[IBAN:FR76 1720 6004 2091 8273 6451 031]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Thionville}}. Dossier {{MDPH}} bloqué pour un jeune homme en fauteuil, [[PERSONNE:Kylian]]. Sa mère lit le numéro sur le récépissé : « dossier n° [[IDENTIFIANT:57-2024-118742]] ». L'agent du {{CCAS}} appelle la MDPH, musique d'attente pendant {{11 minutes}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Mulhouse}} {{CHRS}}. Un jeune résident donne son insta à l'éduc pour qu'elle le contacte (il change de numéro tout le temps) : [[IDENTIFIANT:@dz_sofiane68]]. Elle refuse gentiment et lui donne le fixe du service.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeuse au téléphone, dicte son portable en toutes lettres : « [[TELEPHONE:zéro six, trente-deux, quarante-quatre, dix-huit, soixante-dix]] ». La conseillère répète en chiffres. Mme [[PERSONNE:Mbemba]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Reims}}, accueil sur rdv seulement depuis {{2022}}. Une dame sans rdv est renvoyée vers la borne. Elle dit « je sais pas faire les bornes ». L'agent finit par la recevoir quand même.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Strasbourg}}, tel. Un monsieur lit son contrat {{Ophéa}} : « numéro de compte locataire [[IDENTIFIANT:OPH-7712904]] ». Il veut savoir si le CCAS peut payer son loyer de {{septembre}}. Non, orientation {{FSL}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "standard urgences {{Mulhouse}} ({{Émile Muller}}). appel d'une pharmacie pour une ordonnance illisible. {{3 min}}. la secrétaire me dit que ça arrive {{10 fois}} par jour",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Strasbourg}} {{Esplanade}}. M. [[PERSONNE:Karim Bensaïd]], né au {{Maroc}}. La conseillère lit son NIR : [[NIR:1 90 05 99 350 071 30]]. Elle m'explique : 99 = né à l'étranger, 350 = le Maroc. Né en [[DATE_NAISSANCE:mai 1990]] donc. Il rit : « vous savez tout sur moi ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du soir au {{CHRS}}, {{Nancy}}. {{38 couverts}}. Ambiance calme. Un bénévole joue de la guitare, personne n'écoute vraiment.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Haut-Rhin}}. Chez M. [[PERSONNE:Zimmermann]], [[ADRESSE:5 rue des Vosges, 68190 Ensisheim]]. Le contrôleur note une camionnette dans la cour, vieille plaque [[IMMATRICULATION:4127 WX 68]]. Travail non déclaré ? Il note, il ne conclut pas.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Nancy}}. Mme [[PERSONNE:Ait Ouali]] en surendettement. Elle montre la lettre {{Banque de France}}, l'agent lit « n° de dossier [[IDENTIFIANT:0540 24 018 331]] ». Recevable. Elle ne comprend pas ce que ça veut dire, il explique pendant {{15 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'info collective {{Reims}}, {{12 inscrits}}, {{7}} présents. La présentation {{PowerPoint}} date de {{2019}} (logo {{Pôle emploi}}).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} {{Strasbourg}}, appel d'un travailleur social de l'hôpital. Il épelle le nom du patient : « [[PERSONNE:W-I-N-T-E-R-S-T-E-I-N]] ». Prénom [[PERSONNE:Django]]. Sortie d'hospit demain, pas de solution.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Epinal}}. un monsieur demande la carte europeenne pour partir au {{Portugal}}. imprimée sur place. {{4 min}}. il est ravi",
    ),
]

NOTES_3 = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nancy}}, {{Haussonville}}. Mme [[PERSONNE:Julie Mangin]], {{32 ans}}, seule avec un bébé. L'agente lit le numéro de sécu à voix basse, par paquets de deux, et tape [[NIR:292075439528748]]. Aide d'urgence {{80 €}} en bons alimentaires.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Mulhouse}}, {{Drouot}}. M. [[PERSONNE:Jean-Marc Huber]], {{59 ans}}, licencié de chez {{Peugeot}} sous-traitant. Le conseiller : « vous êtes de [[DATE_NAISSANCE:65]] c'est ça ? » Oui. NIR vérifié [[NIR:1 65 01 68 224 019 40]], identifiant [[ID_FRANCE_TRAVAIL:7731046C]]. Il parle de sa fille qui est aussi au chômage.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Strasbourg}}, accueil {{CHRS}} {{Koenigshoffen}}. Mme [[PERSONNE:Amina Belkacem]] née en {{Algérie}}. Sur sa carte vitale l'éduc lit [[NIR:2 96 09 99 352 014 38]]. Son fils [[PERSONNE:Rayan]] a {{4 ans}}, il joue avec mes clés.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Metz}}. Un monsieur corse, M. [[PERSONNE:Santoni]], né à {{Ajaccio}} en [[DATE_NAISSANCE:avril 69]]. Son NIR : [[NIR:1 69 04 2A 004 061 13]]. L'agent m'explique que pour la clé on remplace 2A par 19. Je n'ai pas tout compris.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Mulhouse}}, {{14h05}}. Mme [[PERSONNE:Elif Kaya]], {{25 ans}}, arrivée de {{Turquie}} enfant. L'agente lit le numéro de sécu depuis l'attestation : [[NIR:2 99 08 99 208 033 05]]. Demande d'aide pour la cantine de sa fille.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hautepierre}}, {{17h}}. Un enfant tombé du toboggan, une personne âgée désorientée, un jeune avec une coupure à la main. Tri en {{2 min}} chacun. Le logiciel plante une fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Reims}}, {{Caf}}. M. [[PERSONNE:Dufour]] donne son numéro alloc : l'agent tape [[N_ALLOCATAIRE:5128833]], « non, [[N_ALLOCATAIRE:5-1-2-8-3-8-3]] », il corrige : [[N_ALLOCATAIRE:5128383]]. Il veut recevoir ses courriers par mail : [[EMAIL:dufour.pascal51@orange.fr]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Vosges}}, soirée calme, {{6 appels}} en {{2h}}. L'écoutante tricote entre deux appels. Elle dit que l'hiver c'est différent.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique {{Thionville}}. Un monsieur me montre son CV : [[PERSONNE:Mustafa Demir]], [[ADRESSE:14 rue de la Paix, 57100 Thionville]], tél [[TELEPHONE:06.71.20.84.13]], mail [[EMAIL:m.demir1972@hotmail.fr]]. Tout est bon sauf la photo (selfie dans la voiture).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La dame dit son numéro d'allocataire en lettres, lentement : « [[N_ALLOCATAIRE:deux millions huit cent quarante mille cent douze]] ». La conseillère rit, c'est la première fois qu'on le lui dit comme ça.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Colmar}}. Facture {{EDF}} de M. [[PERSONNE:Fischer]], l'agente entoure au stylo [[IDENTIFIANT:6 011 428 930]] et le montant {{276,14 €}}. Elle appelle le service solidarité EDF devant lui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "plateforme {{FT}} : musique d'attente {{Vivaldi}}, {{12 min}} avant décroché. le conseiller s'excuse systématiquement pour l'attente.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement relais, {{Forbach}}. Le résident ([[PERSONNE:Sergiu]]) a garé sa voiture roumaine dans la cour, plaque [[IMMATRICULATION:B 204 KLM]]. L'éducateur lui rappelle que l'assurance doit être à jour.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail par l'agent {{Cpam}}, {{10h}}. Adresse [[ADRESSE:41 avenue de Strasbourg, 54000 Nancy]], sonnette « [[PERSONNE:MANGENOT]] ». Personne. Avis de passage laissé. L'agent : « {{une fois sur deux}} c'est comme ça ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé, le contrôleur a été appelé en renfort à l'accueil de {{Châlons}}. On repart. ~{{45 km}} aller-retour.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Épinal}}. Un fils appelle pour son père hospitalisé hier soir, M. [[PERSONNE:Georges Pierrat]]. La secrétaire note son numéro à lui pour que le médecin rappelle : [[TELEPHONE:03 29 34 17 86]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation, {{CCAS}} {{Metz}}. M. [[PERSONNE:Traoré]] a besoin d'une attestation pour son passeport malien. Il donne le n° de l'ancien passeport : [[IDENTIFIANT:AA2940715]]. L'agent photocopie recto verso.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Épinal}}. Ce matin, [[PERSONNE:Nathalie]] (accueil), [[PERSONNE:Olivier]] (conseiller entreprise) et Mme [[PERSONNE:Rémy]] la directrice font le point sur les absents : {{3 agents}} en arrêt. Personne ne le dit au public mais ça se voit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Reims}}, sortie de {{CHRS}} vers un logement {{Reims Habitat}}. Le dossier {{FSL}} accès porte la réf [[IDENTIFIANT:FSL51-A-24-0317]]. Caution payée par le FSL, premier loyer par le {{CCAS}}. Mme [[PERSONNE:Moreau]] signe le bail {{vendredi}} !!! Tout le monde est content",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Nancy}}. Mme [[PERSONNE:Kowalska]] apporte un RIB {{La Banque Postale}} : [[IBAN:FR10 2004 1010 1005 3471 2W03 177]]. L'agent me montre que la lettre dans le numéro de compte c'est normal chez eux.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{16h30}}, appel d'un élu qui demande des nouvelles d'une famille. L'agente répond qu'elle ne peut rien dire au téléphone. Il insiste. Elle tient bon.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Metz}} {{Borny}}. Mme [[PERSONNE:Hakobyan]] ne retrouve pas son identifiant. « C'est le numéro sur la convocation, en gras » : elle sort la lettre froissée, [[ID_FRANCE_TRAVAIL:0925573 J]]. La conseillère : « bah voilà ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{NHC}} {{Strasbourg}}. L'{{IAO}} tape « [[PERSONNE:Schneieder]] », la dame corrige « [[PERSONNE:Schneider]], sans le e en trop ». Doublon de dossier évité de justesse, il y avait déjà {{3}} [[PERSONNE:Schneider Marie]] dans la base.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident ouvre un compte {{Nickel}} au {{tabac}} du coin pour recevoir le {{RSA}}. Il montre le RIB à l'éduc : [[IBAN:FR76 1670 5090 1708 0042 1973 662]]. Elle le scanne pour la {{Caf}}. {{20 €}} de frais par an, il trouve ça cher.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, un monsieur demande ses remboursements de {{juin}}. La conseillère lit la liste : {{25 €}}, {{25 €}}, {{7,50 €}}… il dit « ah c'est le kiné ». 😂",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Épinal}}. M. [[PERSONNE:Vuillaume]] montre l'avis d'échéance {{Épinal Habitat}}. L'agente recopie le n° de locataire : [[IDENTIFIANT:88-004713]]… rectifie, [[IDENTIFIANT:88-004731]]. Retard : {{2 mois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Reims}}, atelier réseaux pros. La conseillère montre son propre profil {{LinkedIn}} comme exemple : [[IDENTIFIANT:linkedin.com/in/claire-jacquot-ft51]]. Les participants cherchent ensuite le leur.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce que j'ai noté des demandes à l'accueil {{Caf}} {{Thionville}} ce matin :\n- {{APL}} x{{5}}\n- {{RSA}} x{{3}}\n- attestation de paiement x{{4}}\n- « je comprends pas mon courrier » x{{6}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Thionville}}. Carte d'identité de M. [[PERSONNE:Kevin Hoffmann]] perdue. L'éduc retrouve le numéro sur une vieille photocopie : [[IDENTIFIANT:140557201873]]. Déclaration de perte en ligne.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur dicte son mail : « [[EMAIL:yann point roth at laposte point net]] ». Elle écrit [[EMAIL:yann.roth@laposte.net]] sur le dossier. M. [[PERSONNE:Roth]] dit merci {{5 fois}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Avec l'agente du {{CCAS}} de {{Mulhouse}} sur l'aire d'accueil. Famille [[PERSONNE:Lagrené]], [[ADRESSE:aire de la Doller, emplacement 12]]. Demande d'aide pour l'électricité de la caravane (prépayée).",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Colmar}}, {{Pasteur}}. Vers {{22h}}, arrivée de {{3 ambulances}} d'un coup. La salle d'attente se vide vers les box. Les gens qui attendent depuis {{16h}} râlent.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} {{Meurthe-et-Moselle}}. Appel d'une assistante sociale pour une dame, Mme [[PERSONNE:Okonkwo]], « née le [[DATE_NAISSANCE:vingt-trois novembre quatre-vingt-un]] ». Orientation vers une place en {{CHU}} femmes à {{Nancy}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère mobilité, {{Colmar}}. Deux voitures pour une demande d'aide au permis/réparation : l'ancienne [[IMMATRICULATION:CZ-117-TB]] (HS) et celle du beau-frère [[IMMATRICULATION:GH-402-NA]]. M. [[PERSONNE:Ferhat]] a un contrat chez {{Liebherr}} qui commence {{lundi}}.",
    ),
]

NOTES_4 = [
    (
        "ccas",
        "accueil_physique",
        "{{Sarreguemines}}? non, on est à {{Metz}}, mais M. [[PERSONNE:Klein]] est né à Sarreguemines, en [[DATE_NAISSANCE:décembre 1985]]. Le n° de sécu sur son attestation : [[NIR:1 85 12 57 631 176 67]]. Il demande une aide pour payer la cantine. Agent : « vous avez votre numéro {{Caf}} ? » → [[N_ALLOCATAIRE:0712846]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}} {{Moselle}}. Une dame appelle de {{Forbach}}, Mme [[PERSONNE:Rodrigues]]. « Mon numéro c'est celui en haut du courrier, à côté de mon nom ? » La conseillère : oui. [[N_ALLOCATAIRE:3390417]]. Elle veut savoir pourquoi son {{APL}} a baissé de {{38 €}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Metz}}, {{CHRS}} {{Carrefour}} (le nom fait rire tout le monde, rien à voir avec le magasin). Entretien d'admission de M. [[PERSONNE:Ousmane Ndiaye]], né au {{Sénégal}}. NIR lu sur son attestation [[NIR:1 93 11 99 341 022 07]]. Il travaille en intérim chez {{Manpower}}, {{30 h}} par semaine, mais pas de logement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Saint-Dié}}. Mlle [[PERSONNE:Manon Didierjean]], {{20 ans}}, née à {{Saint-Dié}} le [[DATE_NAISSANCE:17 janvier 2004]]. Le conseiller vérifie son numéro sécu pour l'inscription : [[NIR:2 04 01 88 413 118 65]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:8820417R]]. Elle le prend en photo.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Haguenau}}. Un homme de {{62 ans}}, douleur thoracique, passe direct. Sa femme reste à l'accueil pour les papiers : M. [[PERSONNE:Bernard Wagner]], NIR [[NIR:1 62 09 67 180 204 22]], mutuelle {{Groupama}} n° [[IDENTIFIANT:GRP 55 210 873]]. Elle tremble en sortant les cartes.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Lunéville}}, une dame demande l'aide au permis. L'agente lui demande son NIR pour le dossier, la dame lit : [[NIR:2 88 05 54 329 066 85]]. Mme [[PERSONNE:Colin]]. L'agente répète chaque paquet.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Nancy}}. Un monsieur né à {{Bastia}}, M. [[PERSONNE:Paoli]]. Sa carte vitale est cassée en deux. L'agent lit le numéro sur l'ancienne attestation : [[NIR:1 77 03 2B 033 157 24]]. Nouvelle carte commandée, délai {{3 semaines}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Charleville}} (c'était pas prévu, on a fait un détour). Mme [[PERSONNE:Jacquemin]], née le [[DATE_NAISSANCE:12/06/1981]] à Charleville. NIR lu à l'écran [[NIR:2 81 06 08 105 149 78]]. L'agent me dit que les {{Ardennes}} c'est aussi le {{Grand Est}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Verdun}}. M. [[PERSONNE:Lucas Thiéry]], {{25 ans}}, ancien militaire. Il donne son NIR : [[NIR:198105554507301]], sans espaces, d'une traite. La conseillère le fait répéter.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Châlons-en-Champagne}}, {{CCAS}}. Mme [[PERSONNE:Leclerc]] née en [[DATE_NAISSANCE:juillet 75]]. Pour la demande d'aide, l'agente recopie le NIR : [[NIR:2 75 07 51 108 055 07]]. Puis : « et le numéro en bas de la facture d'eau ? » → {{Suez}}, réf [[IDENTIFIANT:8 041 227 513]]. Elle souligne deux fois.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Moselle}}, {{23h}}. Un homme appelle depuis {{Saint-Avold}}, M. [[PERSONNE:Gérard Lorang]], {{68 ans}}. Il dit « je suis né ici, en [[DATE_NAISSANCE:56]] ». Il dort dans sa voiture depuis {{3 nuits}}, plaque [[IMMATRICULATION:BF-661-XE]]. L'écoutant envoie la maraude.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame d'origine italienne, Mme [[PERSONNE:Bianchi]], née à {{Turin}} en [[DATE_NAISSANCE:avril 1968]]. Son NIR commence par [[NIR:2 68 04 99 127]], la conseillère m'explique que 127 c'est l'{{Italie}}. Le reste : [[NIR:2 68 04 99 127 009 34]] (elle le relit en entier).",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Strasbourg}}, {{Cronenbourg}}. {{10h20}}. Une maman avec {{3 enfants}} attend depuis {{40 min}}. L'agente d'accueil distribue des crayons aux enfants. Pas de données perso à noter, juste l'attente.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère ([[PERSONNE:Aïcha]]) rappelle M. [[PERSONNE:Gonçalves]] au [[TELEPHONE:07 69 03 55 28]]. Messagerie. Elle laisse un message avec le numéro de l'agence ({{3949}}). Deuxième essai sur le fixe [[TELEPHONE:03 88 47 61 02]] : ok.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Strasbourg}}. Résident du {{CHRS}}, M. [[PERSONNE:Rahimi]] (afghan), {{19 ans}}. L'éduc lit sa carte de séjour : n° [[IDENTIFIANT:6702718354]]. « C'est le numéro en bas, pas celui du haut », dit-il. Le numéro du haut : [[IDENTIFIANT:Z3K14M902]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "urgences de {{Thionville}} ({{Bel-Air}}). un ouvrier luxembourgeois, [[PERSONNE:Jos Weis]], pas de carte vitale fr, carte européenne seulement : numéro [[IDENTIFIANT:1985031467812]]. la secrétaire galère avec le logiciel qui accepte pas le format",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Reims}}, permanence énergie. M. [[PERSONNE:Mohamed Cherif]] montre son écran de téléphone (appli {{TotalEnergies}}) : n° client [[IDENTIFIANT:1 40 220 559 8]], {{PDL}} [[IDENTIFIANT:19 144 700 318 226]]. Impayé {{612 €}}. Coupure prévue le {{15}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Mulhouse}}, quartier {{Franklin}}. [[ADRESSE:9 rue de Thann, 68100 Mulhouse]]. Mme [[PERSONNE:Diallo]] ouvre, {{4 enfants}}, le père « en {{Guinée}} ». Le contrôleur regarde les chaussures dans l'entrée (!). Il me dit après : « j'ai rien vu d'anormal ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Strasbourg}} {{Meinau}}. Une personne dit « mon numéro {{pôle emploi}} c'est le même depuis {{2015}} » : [[ID_FRANCE_TRAVAIL:1056633 X]]. La conseillère confirme que les identifiants n'ont pas changé avec {{France Travail}}. Mme [[PERSONNE:Huynh]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} de la {{Marne}} reçoit un appel d'un hôtel : « j'ai une famille ici, les [[PERSONNE:Magomedov]], la prise en charge finit ce soir ». Hôtel {{Ibis Budget}}, chambre {{208}}. L'écoutante prolonge de {{3 nuits}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Mulhouse}}, {{16h45}}. Il reste {{2}} personnes. L'agent ferme la porte à {{17h}} pile. Une dame arrive à 17h02, il la fait entrer quand même.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nancy}}. Aide au loyer. Le bailleur est privé, M. [[PERSONNE:Stéphane Gauthier]], son mail est sur la quittance : [[EMAIL:sgauthier.gestion@free.fr]]. L'agente veut le contacter pour un accord. La locataire, Mme [[PERSONNE:Aouadi]], a peur qu'il s'énerve.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Mulhouse}}, conseiller [[PERSONNE:Thomas]]. Un demandeur lui tend un papier avec son identifiant écrit au stylo : [[ID_FRANCE_TRAVAIL:409 1128 P]]. « C'est un P ou un R ? » — « un P ». Ok.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du {{CHRS}} en diffus à {{Saint-Dizier}} : appartement du [[ADRESSE:4 avenue de Verdun, 52100 Saint-Dizier]]. {{2 résidentes}}, Mme [[PERSONNE:Nkoulou]] et Mme [[PERSONNE:Beridze]]. Elles se disputent le frigo. L'éduc fait un planning.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{SAMU}}? non, c'est le standard des urgences de {{Reims}}. Une dame veut parler au {{Dr}} [[PERSONNE:Lefèvre]]. Transfert vers le poste {{42107}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Strasbourg}}. M. [[PERSONNE:Çelik]] veut un duplicata d'attestation. L'agent tape son nom, il y a {{12}} [[PERSONNE:Çelik]] dans le {{Bas-Rhin}}. « Votre numéro ? » → [[N_ALLOCATAIRE:4206198]]. Trouvé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Thionville}}, un monsieur appelle pour la navette seniors. {{3 places}} restantes pour {{jeudi}}. Inscription notée. Pas de nom retenu dans mes notes, je n'ai pas eu le temps.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère (Mme [[PERSONNE:Dos Santos]]) appelle une entreprise pour une candidate. Le recruteur demande le mail de la candidate, elle le donne : [[EMAIL:naima.bouzid.pro@gmail.com]]. {{Intermarché}} {{Épinal}}, poste en caisse.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Nancy}}, accueil de nuit. M. « [[PERSONNE:Tonton]] » (c'est comme ça que tout le monde l'appelle), {{70 ans}}, vient tous les soirs depuis {{2017}}. Son vrai nom : [[PERSONNE:Robert Muller]]. Il garde son chien {{Rocky}} avec lui, exception tolérée.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Reims}}. Un numéro allocataire sur un vieux courrier de {{2009}} : [[N_ALLOCATAIRE:1784552 K]]. L'agent : « la lettre c'était l'ancien format, on tape juste les chiffres » → [[N_ALLOCATAIRE:1784552]]. Je n'ai pas compris pourquoi, lui non plus apparemment 😄",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Mulhouse}} {{Les Coteaux}}. M. [[PERSONNE:Berisha]] veut une aide pour la caution. Le propriétaire, {{m2A Habitat}}, lui a donné une réf de dossier : [[IDENTIFIANT:M2A-DEM-2024-5519]]. L'agente l'écrit au dos de l'enveloppe.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel conseillère {{Cpam}} → médecin de ville, sur une erreur de facturation. Le médecin donne le NIR de sa patiente au tel : [[NIR:2 71 02 57 227 091 41]]. (Mme [[PERSONNE:Becker]], de {{Forbach}}.) Résolu en {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Nancy}} {{Brabois}} (urgences adultes). Un {{SDF}} arrive, il donne un nom, [[PERSONNE:Pascal]], sans nom de famille. Dossier créé « X [[PERSONNE:Pascal]] ». L'{{IAO}} dit que c'est fréquent.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Épinal}}. Un éducateur aide Mme [[PERSONNE:Kovalenko]] (ukrainienne) à remplir la demande de logement social. Numéro unique d'enregistrement de la demande : [[IDENTIFIANT:088 0124 00127 94]]. Elle le recopie dans son carnet, en cyrillique à côté.",
    ),
]

NOTES_5 = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Metz}}, {{Bellecroix}}, {{9h40}}. Mme [[PERSONNE:Zeynep Aydın]] apporte TOUT dans un sac plastique : courrier {{Caf}}, courrier {{FT}}, facture {{UEM}}, avis d'échéance {{Metz Habitat Territoire}}. L'agente trie et note les numéros un par un : alloc [[N_ALLOCATAIRE:5590213]], FT [[ID_FRANCE_TRAVAIL:6612097N]], UEM [[IDENTIFIANT:0051 2290 884]], locataire [[IDENTIFIANT:MHT 104 877]]. « Vous voyez, c'est pour ça qu'on met {{1h}} par dossier. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Nancy}}, {{CCAS}}, aide financière. Le RIB du monsieur (M. [[PERSONNE:Chaouch]]) : [[IBAN:FR76 1027 8013 0000 0204 1750 152]]. L'agente vérifie la clé RIB à la main sur une calculette (!) parce que le logiciel a refusé une fois.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Mulhouse}}. Une résidente reçoit un courrier de {{Sosh}} : {{1 140 €}} de dette. Sur la lettre, « votre référence : [[IDENTIFIANT:SO-77421-0093]] ». Le cabinet de recouvrement a aussi son numéro de dossier, [[IDENTIFIANT:REC/2024/118304]]. L'éduc conseille de ne rien payer avant d'avoir vérifié. Mme [[PERSONNE:Toure]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Metz}} {{Sablon}}. Un jeune montre son écran : appli {{FT}}, « identifiant [[ID_FRANCE_TRAVAIL:7120043 L]] ». Il ne retrouve pas son mot de passe. La conseillère réinitialise, il reçoit un SMS sur le [[TELEPHONE:06 52 18 90 47]]. [[PERSONNE:Nassim]], {{22 ans}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Haut-Rhin}}, rappel programmé. La conseillère appelle Mme [[PERSONNE:Meyer]] au [[TELEPHONE:+33 6 81 04 29 37]]. Sujet : un indu de {{890 €}} sur l'{{AAH}}. Elle explique sans jargon, c'est long mais clair.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Strasbourg}}. Dossier {{CSS}} (complémentaire santé solidaire) de M. [[PERSONNE:Hamidou Sissoko]]. Son NIR provisoire (il commence par 7) : [[NIR:7 92 10 99 335 018 21]]. L'agent m'explique : immatriculation en attente, le 7 c'est provisoire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Reims}}, {{14h}}. Une femme enceinte accompagnée de sa sœur. La sœur parle pour elle : « elle s'appelle [[PERSONNE:Fatoumata Keita]], elle est née le [[DATE_NAISSANCE:3 mars 2000]] ». Orientation maternité, {{3e}} étage.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Colmar}}. Un homme appelle pour sa voisine âgée qui n'a plus de chauffage. Il donne l'adresse : [[ADRESSE:6 rue des Blés, 68000 Colmar]]. Mme [[PERSONNE:Koenig]], {{91 ans}}. L'agente déclenche une visite pour l'après-midi.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ça sonne, la conseillère décroche : « {{France Travail}} {{Nancy}} {{Cristallerie}}, [[PERSONNE:Laetitia]] bonjour ». Une entreprise de BTP veut déposer une offre. Elle prend le numéro de l'offre : {{178XPTL}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Reims}}. Un résident a une amende de stationnement pour sa voiture, [[IMMATRICULATION:ed-318-fq]] (il l'écrit en minuscules sur le formulaire). La voiture n'est même plus à lui depuis {{2023}}. L'éduc l'aide à contester. M. [[PERSONNE:Laurent]]? non, [[PERSONNE:Lorentz]], je m'étais trompée.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Épinal}}, {{CCAS}}. Mme [[PERSONNE:Perrin]] vient pour le {{FSL}} énergie. Dossier précédent : réf [[IDENTIFIANT:FSL88-E-2023-0712]]. L'agente : « on ne peut pas en refaire un avant {{12 mois}} ». Il en reste {{2}}. Elle repart sans rien, orientée vers les {{Restos}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Thionville}}. Une bénéficiaire {{RSA}} orientée {{FT}} pour l'accompagnement. Sa réf de contrat d'engagement (papier du {{Département}}) : [[IDENTIFIANT:CER-57-2024-03318]]. M. le conseiller [[PERSONNE:Aubert]] dit qu'il ne l'a jamais vu, ce papier.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Metz}}. {{11h}}. Écran d'appel des tickets : {{A042}}, {{A043}}, {{B017}}. Le ticket B017 ne répond pas. Suivant. 🙃",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO 67}}, appel d'un travailleur social de l'{{EPSAN}}. Patient sortant, M. [[PERSONNE:Hervé Schaeffer]], né le [[DATE_NAISSANCE:08/09/1971]]. Référence {{SIAO}} : [[IDENTIFIANT:67-2024-009315]]. Il n'y a pas de place en {{CHRS}} avant {{novembre}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Metz}}, appel d'un {{EHPAD}} ({{EHPAD Korian Les Marronniers}}) pour annoncer un transfert. La résidente : Mme [[PERSONNE:Gabrielle Thomas]]. L'infirmière de l'EHPAD donne sa ligne directe : [[TELEPHONE:03 87 55 20 14]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}}, appel entrant. Le monsieur donne son numéro de sécu en entier, la conseillère l'arrête : « juste les {{3}} derniers chiffres et la clé pour vérifier ». Il dit « [[NIR:031 88]] ». C'est M. [[PERSONNE:Lorang]], de {{Saint-Avold}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Strasbourg}} {{Neudorf}}. M. [[PERSONNE:Bertrand]] (retraité, {{74 ans}}) demande la carte de transport solidaire {{CTS}}. L'agente tape, ça bloque : il faut son numéro de dossier {{Badgéo}}, [[IDENTIFIANT:BDG 004 719 233]], qu'il a écrit sur son carnet d'adresses.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Reims}}. Erreur dans le fichier : le même demandeur existe deux fois, avec [[ID_FRANCE_TRAVAIL:3367012E]] et [[ID_FRANCE_TRAVAIL:3367021E]]. La conseillère fait une demande de fusion. Le monsieur ([[PERSONNE:Yanis Boukhari]]) touchait rien depuis {{2 mois}} à cause de ça.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle des chambres, {{CHRS}} {{Nancy}}, {{10h}}. Rien de grave : une bouilloire interdite, un chat caché ({{Minou}}). L'éducatrice laisse le chat « jusqu'à vendredi ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Reims}}, chez Mme [[PERSONNE:Brahimi]], [[ADRESSE:32 boulevard Wilson, 51100 Reims]]. La plaque de la voiture en bas ([[IMMATRICULATION:GA 771 PC]]) est au nom de l'ex. Le contrôleur vérifie sur {{SIV}}? non, il n'a pas accès. Il demande juste.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Thionville}}, aide exceptionnelle pour des lunettes. La mutuelle ({{MGEN}}) a remboursé {{60 €}}. Le devis porte le n° adhérent de Mme [[PERSONNE:Pelletier]] : [[IDENTIFIANT:1 8820 4417 3]]. L'opticien est chez {{Krys}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le numéro du demandeur s'affiche à l'écran avant qu'il parle : [[TELEPHONE:06 03 91 77 52]]. La conseillère : « ah, M. [[PERSONNE:Kaminski]], je vous attendais ». Il rit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Strasbourg}}. Entrée ce matin : Mme [[PERSONNE:Tran]] et sa fille [[PERSONNE:Linh]]. Orientation {{SIAO}} réf [[IDENTIFIANT:SIAO67-24-08813]] (collé, sans espace, c'est comme ça sur le mail du SIAO). Chambre {{3}}, {{2 lits}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Colmar}}. Un jeune homme, [[PERSONNE:Enzo]], {{17 ans}}, coupure au front. Son père arrive {{20 min}} après, donne la carte vitale où l'enfant est rattaché. {{IAO}} : « on attend le papa pour tout signer ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Reims}}, quelqu'un demande le formulaire de changement de RIB. L'agent lui donne le {{Cerfa}} {{S3702}}?? (il n'est pas sûr du numéro). Pas de données perso.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Mulhouse}}. M. [[PERSONNE:Benmoussa]] a reçu « un papier de l'huissier » (commissaire de justice {{SCP Hoffmann & Klein}}). Réf en haut : [[IDENTIFIANT:D-24-11873]], {{RG}} tribunal [[IDENTIFIANT:24/01559]]. Audience le {{14 novembre}}. L'agente l'oriente vers l'{{ADIL}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Colmar}}. {{12h15}}, pause déjeuner ratée pour la conseillère : elle reste avec une dame en pleurs. Je ne note pas son nom. Je note juste : {{25 min}}, un mouchoir, un café.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, appel : une femme donne le numéro de son ex pour qu'on le contacte pour la pension ({{ARIPA}}) : [[TELEPHONE:07 81 56 03 12]]. M. [[PERSONNE:Guerin]]. La conseillère dit qu'elle ne peut pas l'appeler directement, c'est la procédure.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haut-Rhin}}, un homme appelle et se présente : « [[PERSONNE:Dimitri]], le grand, vous me connaissez ». L'écoutante le connaît. Place à l'accueil de nuit {{Le Cap}}, {{Mulhouse}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Metz}} chez M. [[PERSONNE:Wisniewski]], [[ADRESSE:3 impasse des Tilleuls, 57050 Metz]]. Logement insalubre, on voit le jour par la fenêtre fermée. L'agente photographie, envoie au service hygiène. Le monsieur dit « c'est pas si grave ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Mulhouse}}. Un demandeur avec la lettre de radiation. « Regardez le truc en haut à droite » — c'est son identifiant : [[ID_FRANCE_TRAVAIL:2287460G]]. Il conteste, il avait un certificat médical. M. [[PERSONNE:Sahin]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Épinal}}. Les infirmières m'expliquent les codes couleur du tri. Vert, jaune, orange, rouge. Aucune personne nommée. {{2h}} d'attente moyenne pour le vert.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Metz}}, {{CHRS}}. Dossier d'accès au logement : Mme [[PERSONNE:Mansouri]] a sa demande de logement social, le {{NUR}} c'est [[IDENTIFIANT:057 0923 00412 65]]. Elle a aussi un recours {{DALO}}, n° [[IDENTIFIANT:57-2024-0412]]. L'éduc dit que le DALO ça prend {{6 mois}} minimum.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. une infirmière libérale appelle pour un patient, donne son propre numéro {{RPPS}}? non, {{ADELI}}, l'agent dit que c'est pas utile. Elle dit le nom du patient, M. [[PERSONNE:Antoine Klein]], et son adresse : [[ADRESSE:2 rue Haute, 88000 Épinal]].",
    ),
]

NOTES_6 = [
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Colmar}}, bureau des éducs. On prépare le versement du pécule de sortie. L'IBAN de M. [[PERSONNE:Idrissa Coulibaly]] est sur une feuille scotchée au dossier : [[IBAN:FR76 3000 3024 1000 0503 8116 445]]. Il part en {{FJT}} à {{Colmar}} lundi.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une candidate rappelle pour une offre de {{Colmar}}. La conseillère lui demande son adresse mail pour envoyer l'offre : « [[EMAIL:s.yildiz68 (at) outlook.fr]] ». Mme [[PERSONNE:Yildiz]] précise « avec un y ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel {{CCAS}} {{Nancy}}, {{15h10}}. Le monsieur lit un courrier du bailleur ({{OMh}} du Grand Nancy) : « référence [[IDENTIFIANT:LOC-54-118203]] » puis il s'arrête : « ah non ça c'est l'ancien appart ». La vraie : [[IDENTIFIANT:LOC-54-120977]]. L'agente prend son tel : [[TELEPHONE:06 22 40 18 75]]. M. [[PERSONNE:Hadj-Ahmed]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Strasbourg}}. Atelier « papiers » du mercredi au {{CHRS}}. {{6 résidents}}. Chacun vient avec une pochette. L'intervenante ([[PERSONNE:Marion Keller]]) fait un tableau au paper-board : {{Caf}} / {{FT}} / {{Cpam}} / banque / bailleur. Ambiance scolaire mais sympa.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Épinal}}. Une dame demande une attestation pour la crèche. « Votre nom ? » → « [[PERSONNE:Grandjean Émilie]] », le nom en premier, comme à l'école. L'agent sourit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Thionville}}, {{9h}}. File de {{11 personnes}}. L'agent m'explique que le lundi c'est les arrêts de travail du week-end. Personne n'est nommé dans mes notes ce matin.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Nancy}}, {{Vandœuvre}}. Mme [[PERSONNE:Rachida Belhadj]] vient signaler un changement de banque pour ses allocations. Ancien : [[IBAN:FR29 3000 2005 6300 0048 1027 K03]]. Nouveau : [[IBAN:FR76 1470 7000 7121 9845 0321 776]]. La conseillère relit la fin à voix haute pour vérifier : « [[IBAN:0321 776]] », la dame fait oui de la tête 😅",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Mulhouse}}, nuit. Un appel de la police : ils amènent un homme trouvé sur la voie publique, identité inconnue. « On l'appelle X, comme d'hab ». Pas de nom.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Reims}} {{Europe}}. Mme [[PERSONNE:Saïdi]] demande une aide pour la fourrière : sa voiture [[IMMATRICULATION:FR-204-HB]] a été enlevée devant chez elle, {{189 €}} + frais de garde. L'agente lit la réf du {{PV}} de fourrière : [[IDENTIFIANT:51454-24-00728]]. Aide refusée (pas dans le règlement), mais échéancier possible.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} {{Vosges}}, appel d'une famille hébergée à l'hôtel à {{Épinal}} ({{B&B Hotel}}, chambre {{12}}). La mère, Mme [[PERSONNE:Hoxha]], demande la prolongation. Réf SIAO dictée : [[IDENTIFIANT:88-FAM-2024-0051]]. Accepté pour {{1 semaine}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Strasbourg}} {{Hautepierre}}. Le conseiller épelle le nom du demandeur pour le retrouver : « [[PERSONNE:M-B-O-N-G-O]] ». Trouvé, [[ID_FRANCE_TRAVAIL:4902218D]]. M. [[PERSONNE:Mbongo]] a une formation cariste qui commence {{lundi}} chez {{AFPA}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Vosges}} à {{Remiremont}}. Adresse : [[ADRESSE:11 rue Charles de Gaulle, 88200 Remiremont]]. Personne ne répond, mais un voisin sort et dit « elle est au boulot, la [[PERSONNE:Sandrine]] ». Le contrôleur note, laisse un avis.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{Cpam}} {{Nancy}}, le casque ne marche plus pendant {{10 min}}. L'agente passe sur un poste voisin. {{3 appels}} perdus.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Metz}} {{Patrotte}}. M. [[PERSONNE:Jozef Kowalczyk]], {{81 ans}}, ne se souvient plus de sa date de naissance exacte (!?). Sa fille au téléphone : « le [[DATE_NAISSANCE:14 février 1943]] ». L'agente tape. Demande d'{{APA}} orientée vers le {{Département}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Thionville}}, {{17h}}. Un résident revient de l'agence {{Crédit Mutuel}} avec un RIB tout neuf : [[IBAN:FR76 1027 8070 1100 0441 9021 773]]. Premier compte de sa vie à {{34 ans}}. L'éduc l'applaudit. M. [[PERSONNE:Ivanov]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Entretien téléphonique de suivi. Le demandeur est en voiture (bruit de clignotant). La conseillère : « vous êtes bien au [[ADRESSE:7 rue Ernest Bradfer, 51100 Reims]] ? » Il confirme. M. [[PERSONNE:Lecomte]]. {{15 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Strasbourg}}, {{NHC}}. Patient [[PERSONNE:Ahmadzai]] ([[PERSONNE:Ahmad]]), ne parle que pachto. Interprète par téléphone ({{ISM Interprétariat}}), {{15 min}} d'attente pour l'avoir. L'{{IAO}} utilise les gestes en attendant.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Colmar}}. La borne imprime le ticket {{C019}}. L'agent me montre que les numéros C c'est pour les rdv. Personne de nommé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Strasbourg}}, domiciliation. Un homme vient chercher son courrier, l'agent vérifie avec sa date de naissance : « [[DATE_NAISSANCE:1er août 1979]] ? » — « oui ». M. [[PERSONNE:Hakimi]]. {{3 lettres}} dont une de la {{préfecture}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Épinal}}. Une demandeuse a perdu son mot de passe ET son identifiant. La conseillère la retrouve par le NIR (la dame l'a en photo dans son téléphone) : [[NIR:2 83 10 51 454 203 96]]. Née à {{Reims}}, installée à Épinal depuis {{2020}}. Mme [[PERSONNE:Fontaine]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au {{115}} ({{Bas-Rhin}}). Un appel en anglais : un homme, [[PERSONNE:Samuel Mensah]], à la gare de {{Strasbourg}}. L'écoutant lui demande un numéro pour rappeler : [[TELEPHONE:+49 176 3318 2204]] (allemand). Pas de place ce soir.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite de l'agent {{Cpam}} à domicile pour un arrêt long. [[ADRESSE:15 rue Jeanne d'Arc, 54000 Nancy]]. M. [[PERSONNE:Pierson]] est là, en pyjama. Tout est conforme. {{8 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Épinal}}. Une dame appelle pour sa mère, Mme [[PERSONNE:Colette Marchal]], qui reçoit des lettres de relance de {{Veolia}}. La fille donne son propre mail : [[EMAIL:virginie.marchal88@sfr.fr]]. L'agente promet un rappel {{demain}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Metz}}. Réunion d'équipe improvisée à {{13h30}}. Sujet : la nouvelle procédure « {{contrat d'engagement}} ». {{8 conseillers}}, {{45 min}}, personne ne comprend la même chose. Pas de nom noté.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Reims}}. Résidente, Mme [[PERSONNE:Lambert]]? non, elle veut qu'on l'appelle par son nom de jeune fille, [[PERSONNE:Aubry]]. L'éduc modifie la fiche. L'ex-mari, M. [[PERSONNE:Lambert]], a interdiction d'approcher.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Marne}}. Conseillère très rapide : « Numéro allocataire ? » « [[N_ALLOCATAIRE:8 0 1 4 2 7 9]] » « Merci Madame [[PERSONNE:Roussel]], je vois votre dossier ». En {{20 secondes}} c'est réglé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle les urgences de {{Nancy}} pour savoir « combien de temps on attend en ce moment ». La secrétaire : « je ne peux pas vous dire, entre {{2}} et {{6 heures}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} {{Thionville}}, visite chez Mme [[PERSONNE:Santos]] au [[ADRESSE:48 route de Metz, 57100 Thionville]]. Elle montre le compteur {{Linky}} et le numéro {{PRM}} collé dessus : [[IDENTIFIANT:24 115 802 331 907]]. Coupure évitée de justesse.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude avec l'équipe du {{CHRS}} {{Mulhouse}}, {{22h}}. Un homme vit dans une camionnette, plaque belge [[IMMATRICULATION:1-KPV-552]]. Il s'appelle [[PERSONNE:Marc]], il refuse l'hébergement. Café, couverture.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller [[PERSONNE:Benoît]] au tel avec un employeur ({{Garage Schaller Automobiles}}, {{Haguenau}}). L'employeur cherche un mécano. Il demande le numéro d'un candidat vu au salon, [[PERSONNE:Kamel]]. Le conseiller refuse de donner le numéro, il transmet l'offre au candidat.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Metz}}. Une dame a reçu un mail frauduleux « {{Ameli}} » (lien bizarre). L'agent confirme que c'est une arnaque. Elle avait déjà donné son IBAN sur le faux site : [[IBAN:FR76 3000 4028 3700 0116 2853 057]]. Il lui dit d'appeler sa banque tout de suite. Mme [[PERSONNE:Gerber]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Colmar}}, aide au transport. M. [[PERSONNE:Ramos]] donne sa plaque pour le bon d'essence : [[IMMATRICULATION:HB-093-CT]]. L'agente vérifie la carte grise : il y a une faute, c'est [[IMMATRICULATION:HB-039-CT]]. Elle corrige sur le bon.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO 57}}. Appel de l'hôpital de {{Sarreguemines}}, une assistante sociale, Mme [[PERSONNE:Becker]]? Non, [[PERSONNE:Bekker]], avec deux k, elle insiste. Elle demande une place pour un patient qui sort demain, M. [[PERSONNE:Zaoui]]. Aucune place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Reims}}, accueil. Tableau des attentes : {{8}} personnes sans rdv. Un jeune homme se fait refuser l'entrée parce qu'il est venu avec son scooter dans le hall 🛵. Tout le monde rit, même lui.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Metz}}. Mme [[PERSONNE:Keller]] vient déclarer une séparation. Nouvelle adresse : [[ADRESSE:22 rue Mazelle, 57000 Metz]]. L'agent demande le numéro de l'ex pour le rattachement des enfants : [[N_ALLOCATAIRE:2270981]] (elle le connaît par cœur, c'était le même dossier).",
    ),
]

NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Strasbourg}}, {{Meinau}}. Mme [[PERSONNE:Ngo Bikoun]] (camerounaise, {{2 enfants}}) a un courrier : « Nous avons besoin de votre RIB ». Elle l'a : [[IBAN:FR76 1333 5000 4008 0019 3746 267]]. Numéro alloc : [[N_ALLOCATAIRE:6029184]]. L'agente scanne les deux, {{3 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Reims}}, {{15h}}. Un père de famille demande pourquoi l'{{ARS}} n'est pas arrivée. L'agent montre la date de versement : le {{20 août}}. Il dit qu'il n'a pas vérifié son compte. Tout va bien. Pas de nom.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Mulhouse}} {{Caf}}, {{Bourtzwiller}}. Mme [[PERSONNE:Benhamou]] veut qu'on envoie ses attestations à sa fille : [[EMAIL:ines.benhamou@icloud.com]]. L'agente refuse, il faut une procuration. « Le numéro d'alloc c'est quoi déjà ? » → la fille l'envoie par SMS : [[N_ALLOCATAIRE:7140326]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Meurthe-et-Moselle}}. Un monsieur appelle depuis le {{Maroc}}, mauvaise ligne. Il donne son numéro : « [[N_ALLOCATAIRE:3 3 8 2 0 5 1]] », ça coupe juste après. Il rappelle {{5 min}} après, même problème.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}, la conseillère fait un rappel prévu à {{14h30}}. Elle compose le [[TELEPHONE:03 83 27 90 61]], tombe sur la mère de l'allocataire. « Ma fille est au travail, rappelez après {{18h}} ». La conseillère ne peut pas après 17h.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{10h}}-{{12h}} sur la plateforme {{Caf}} : {{14 appels}}, durée moyenne {{9 min}}. Le logiciel affiche un chrono en rouge au-delà de {{10 min}}. La conseillère dit qu'elle ne le regarde plus.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Vandœuvre}}. M. [[PERSONNE:Omar Fellah]], [[ADRESSE:19 avenue Jeanne d'Arc, 54500 Vandœuvre-lès-Nancy]]. Le bail est au nom de deux personnes : lui et une certaine [[PERSONNE:Samira]]. Il dit que c'est sa sœur. Le contrôleur demande un justificatif.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet en voiture de service (une {{Zoé}} de la {{Caf}}) vers un contrôle à {{Cernay}}. Le contrôleur me raconte {{20 ans}} de métier. Contrôle reporté, la personne est hospitalisée.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Metz}}. L'entreprise qui a fait les travaux chez M. [[PERSONNE:Muller]] ({{Muller Chauffage}}, aucun lien de famille, il insiste) lui réclame {{1 900 €}}. Facture n° [[IDENTIFIANT:F2024-0817]]. L'agente conseille de demander un échéancier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Nancy}} {{CCAS}}, antenne {{Plateau de Haye}}. Une jeune femme, [[PERSONNE:Lina]], {{19 ans}}, sans ressources. « Vous avez un numéro {{France Travail}} ? » — « Oui, [[ID_FRANCE_TRAVAIL:5531807S]] » — « et la {{Caf}} ? » — « j'ai jamais eu ». Orientation mission locale.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Reims}}. Un neveu appelle pour son oncle, M. [[PERSONNE:Vincenzo Russo]], né le [[DATE_NAISSANCE:02/05/1949]], qui a besoin du portage de repas. Adresse : [[ADRESSE:5 rue Gambetta, 51100 Reims]]. Le neveu laisse son numéro : [[TELEPHONE:06 44 19 82 07]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Mulhouse}}, appel de la {{Banque Alimentaire}} pour la livraison du jeudi. {{1,2 tonne}}. Personne de nommé, que de la logistique.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:France Thiébaut]] appelle le {{CCAS}} de {{Colmar}} parce qu'on l'a radiée de {{France Travail}} (« alors que je m'appelle [[PERSONNE:France]], c'est un comble » lol). L'agente note son mail : [[EMAIL:france.thiebaut@wanadoo.fr]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec la conseillère en économie sociale du {{CCAS}} de {{Strasbourg}} chez Mme [[PERSONNE:Sivakumar]], [[ADRESSE:27 rue de la Canardière, 67100 Strasbourg]]. Facture {{ÉS}} : la réf client est presque effacée, on lit [[IDENTIFIANT:1 2031 4]]… puis sur l'appli : [[IDENTIFIANT:1 2031 45508]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Reims}}. M. [[PERSONNE:Ali Al-Hassan]] (syrien) a reçu un courrier de l'{{OFII}}. L'éduc lit le numéro {{AGDREF}} : [[IDENTIFIANT:5102298714]]. Le courrier parle de l'{{ADA}}, {{426 €}} par mois. Il demande si c'est définitif.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Metz}}. Le {{CHRS}} accueille {{42}} personnes ce soir, {{2}} lits libres. {{Réunion}} d'équipe à {{20h}}. Pas de noms dans mes notes.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Nancy}} {{CHRS}}, dossier {{FSL}} accès. L'éducatrice [[PERSONNE:Pauline]] remplit le formulaire pour M. [[PERSONNE:Dembélé]]. « Ton numéro {{Caf}} ? » — il lit sur son téléphone : [[N_ALLOCATAIRE:4790253]]. « Et ton identifiant {{FT}} ? » — [[ID_FRANCE_TRAVAIL:6028335Y]]. Elle recopie, il vérifie par-dessus son épaule.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Épinal}}. Une résidente enceinte, Mme [[PERSONNE:Petitjean]], donne sa date de naissance pour le dossier maternité : [[DATE_NAISSANCE:1998-11-27]] (elle la lit sur sa carte d'identité, format ISO bizarre sur l'appli). Numéro de la carte : [[IDENTIFIANT:X4RTBPFW4]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Colmar}}. Conflit entre deux résidents pour une télécommande 📺. {{10 min}} de médiation. Aucun nom noté, je préfère.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Strasbourg}} {{Elsau}}. M. [[PERSONNE:Kebe]] montre son relevé {{La Banque Postale}} : l'IBAN c'est [[IBAN:FR08 2004 1010 0511 8029 6M02 788]]. Un prélèvement {{SFR}} de {{49,99 €}} qu'il ne reconnaît pas, réf de mandat [[IDENTIFIANT:SFR-MND-7730418822]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Moselle}}, {{0h30}}. Une femme victime de violences, elle chuchote. Elle donne juste son prénom, [[PERSONNE:Sonia]], et l'adresse où elle est : [[ADRESSE:12 rue des Jardins, 57100 Thionville]]. L'écoutante appelle le {{17}} en parallèle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO 68}}. Une travailleuse sociale dicte son mail pour recevoir la fiche : « [[EMAIL:c.heitz@ccas-colmar.fr]] ». Mme [[PERSONNE:Heitz]]. Le mail générique du service ({{siao68@exemple.org}}) ne marche plus depuis la mise à jour.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{Reims}}. Un monsieur appelle tous les jours à {{17h}} pile, l'écoutante reconnaît le numéro : [[TELEPHONE:07 52 88 14 60]]. « Bonsoir monsieur [[PERSONNE:Gilles]] ». Il demande juste à parler.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Colmar}}. M. [[PERSONNE:Yusuf Öztürk]] demande une attestation de droits pour son employeur. L'agent lit le NIR sur la carte : [[NIR:1 87 06 99 208 112 47]]. Né en {{Turquie}} en [[DATE_NAISSANCE:juin 1987]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Épinal}}. L'agent d'accueil fait {{12 000 pas}} par jour selon sa montre. Il me fait la démonstration. Pas de public pendant {{10 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame donne son mail pour recevoir un formulaire : « [[EMAIL:laura.h.dubois arobase yahoo point fr]] ». La conseillère : « Mme [[PERSONNE:Dubois]] ce n'est pas possible par mail, il faut votre compte {{Ameli}} ». Frustration.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Metz}}, un pharmacien appelle pour un patient, M. [[PERSONNE:Halilović]], {{71 ans}}, né à {{Sarajevo}}. Il donne le numéro de sécu : [[NIR:1 53 02 99 118 027 69]]. La conseillère vérifie et raccroche.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} à domicile, {{Mulhouse}}. [[ADRESSE:63 rue de Bâle, 68100 Mulhouse]]. Mme [[PERSONNE:Ouattara]] ouvre avec son bébé dans les bras. L'enquêteur vérifie la présence du père ({{CSS}}). Il reste {{5 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Thionville}}. M. [[PERSONNE:Guillaume Pierre]] — l'agent me fait remarquer qu'il a deux prénoms — cherche un poste de cariste. Il habite [[ADRESSE:9 rue Jean Jaurès, 57100 Thionville]], voiture [[IMMATRICULATION:GK-604-SR]]. Identifiant [[ID_FRANCE_TRAVAIL:1184402A]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{FT}} : une demandeuse rappelle pour la troisième fois. Elle lit « la réf de votre demande » sur son mail : [[IDENTIFIANT:DEM-2024-08-881025]]. La conseillère trouve enfin le dossier. Mme [[PERSONNE:Vasseur]], identifiant [[ID_FRANCE_TRAVAIL:7302116H]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère au tel avec M. [[PERSONNE:Krämer]] qui vit en {{Allemagne}} ({{Sarrebruck}}) et travaillait en France. Son numéro allemand : [[TELEPHONE:+49 681 94 72 301]]. Plaque de sa voiture [[IMMATRICULATION:SB-KR 512]], demandée pour l'aide au déplacement.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant {{France Travail}} {{Colmar}} : proposition d'atelier « {{Valoriser son image}} ». {{9}} appels, {{4}} répondent, {{2}} acceptent. Pas de nom noté.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Thionville}}, {{19h}}. Une famille luxembourgeoise, le fils [[PERSONNE:Mathis]] s'est cassé le poignet au foot. La voiture garée en bas sur la place ambulance : [[IMMATRICULATION:ZT 3318]] (plaque lux). L'agent de sécurité la fait bouger.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{NHC}}, {{Strasbourg}}. Une étudiante de l'{{Unistra}}, [[PERSONNE:Clara Vogt]], née le [[DATE_NAISSANCE:30 octobre 2003]], allergie. Mutuelle étudiante, n° [[IDENTIFIANT:HEY-330 418 27]]. Box {{4}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Reims}}, appel d'une femme qui veut déposer plainte contre un médecin. La secrétaire lui donne le mail du service des relations usagers ({{relations.usagers@exemple-chu.fr}}). {{4 min}}.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = last = 0
    for m in MARK_RE.finditer(marked):
        before = marked[last : m.start()]
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
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"unbalanced mark {token!r} in {marked!r}")
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


def write(notes, dev, holdout):
    for name, ids in (("dev.jsonl", dev), ("holdout.jsonl", holdout)):
        chosen = sorted((n for n in notes if n["id"] in ids), key=lambda n: n["id"])
        lines = [json.dumps(n, ensure_ascii=False) + "\n" for n in chosen]
        (HERE / name).write_text("".join(lines), encoding="utf-8", newline="\n")


def stats(notes, dev, holdout):
    parts = {"all": notes}
    parts["dev"] = [n for n in notes if n["id"] in dev]
    parts["holdout"] = [n for n in notes if n["id"] in holdout]
    print("cell: all / dev / holdout")
    cells = sorted({(n["site_kind"], n["channel"]) for n in notes})
    for cell in cells:
        counts = [sum((n["site_kind"], n["channel"]) == cell for n in p) for p in parts.values()]
        print(f"  {cell[0]}/{cell[1]}: " + " / ".join(map(str, counts)))
    print("label: all / dev / holdout")
    per = {k: Counter(e["label"] for n in p for e in n["entities"]) for k, p in parts.items()}
    for label in LABELS:
        print(f"  {label}: " + " / ".join(str(per[k][label]) for k in parts))
    print("entities:", " / ".join(str(sum(per[k].values())) for k in parts))
    print("keep entries:", " / ".join(str(sum(len(n["keep"]) for n in p)) for p in parts.values()))
    print(
        "notes without entity:",
        " / ".join(str(sum(not n["entities"] for n in p)) for p in parts.values()),
    )


def main(argv):
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    if len(dev) != 120 or len(holdout) != 120 or dev & holdout:
        raise SystemExit("split must give 120 + 120 distinct notes")
    write(notes, dev, holdout)
    if "--stats" in argv:
        stats(notes, dev, holdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
