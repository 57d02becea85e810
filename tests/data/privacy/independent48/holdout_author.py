"""Independent evaluation corpus n° 48, written by hand (emphasis: Cpam phone platform 3646
and Cpam counters).

Each note is a ``(site_kind, channel, text)`` tuple with inline marks: ``[[LABEL:value]]`` for a
value to mask and ``{{value}}`` for a string that must survive (``keep``). Running this script
strips the marks, computes the offsets, assigns the ids ind48-001 … ind48-240 in writing order,
draws a split stratified by site kind x channel with ``random.Random(48)`` and writes
``dev.jsonl`` and ``holdout.jsonl`` next to this file. Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHY, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# --- Cpam, phone platform (3646) -------------------------------------------------------------
CPAM_TEL_1 = [
    (
        CPAM,
        TEL,
        "{{9h02}} premier appel. La dame épelle son nom : [[PERSONNE:L, E, G, O, F, F]], "
        "comme [[PERSONNE:Le Goff]] mais attaché. NIR lu à voix haute [[NIR:2 62 02 29 232 018 94]], "
        "née à {{Quimper}} en {{février 62}} ok ça colle. Elle veut savoir où en sont ses "
        "{{IJ}}, arrêt depuis le {{3 mars}}. Conseillère ([[PERSONNE:Sabrina]]) voit que "
        "l'employeur n'a pas envoyé l'{{attestation de salaire}}. Appel : {{6 min 40}}.",
    ),
    (
        CPAM,
        TEL,
        "musique d'attente = {{Les Quatre Saisons}} en boucle, l'agent me dit que les gens "
        "l'entendent parfois {{25 minutes}}. Sur l'écran du superviseur : {{41 appels}} en "
        "file, temps moyen {{11 min}}. On décroche à {{10h15}}.",
    ),
    (
        CPAM,
        TEL,
        "Mr appelle pour sa {{carte Vitale}} perdue. [[PERSONNE:Karim]] (le conseiller) lui "
        "demande NIR : [[NIR:1960399350012 54]]. Né au {{Maroc}}, {{99}} dans le numéro c'est "
        "pour ça m'explique [[PERSONNE:Karim]]. Refait la carte via {{Ameli}}, délai {{3 semaines}}. "
        "Le monsieur : « et en attendant je fais comment à la {{pharmacie}} ? » -> "
        "{{attestation de droits}} téléchargeable.",
    ),
    (
        CPAM,
        TEL,
        "Appel d'une jeune femme, n'arrive plus à se connecter à son compte {{Ameli}}, "
        "bloqué après {{3 essais}}. Le conseiller vérifie identité : nom [[PERSONNE:Roussel]], "
        "date de naissance [[DATE_NAISSANCE:14/11/2004]], mail [[EMAIL:lea.roussel33@gmail.com]]. "
        "Réinitialisation envoyée par courrier (code provisoire), {{5 jours}}. Elle soupire.",
    ),
    (
        CPAM,
        TEL,
        "pas de nom donné, la personne raccroche au bout de {{40 secondes}} quand on lui "
        "demande son numéro de sécu. Conseiller : ça arrive {{10 fois par jour}}.",
    ),
    (
        CPAM,
        TEL,
        "Changement de RIB pour les indemnités. Mme [[PERSONNE:Ferrand]] dicte l'IBAN "
        "chiffre par chiffre : [[IBAN:FR76 3000 4008 1900 0123 4567 879]]. L'agente "
        "[[PERSONNE:Nathalie B.]] lui dit que par téléphone on ne peut pas modifier, il faut "
        "passer par la {{messagerie}} du compte {{Ameli}} avec un RIB en PJ. Frustration. "
        "Durée {{8'30}}.",
    ),
    (
        CPAM,
        TEL,
        "Les écrans : {{Medialog}} à gauche, outil de téléphonie à droite, et la fiche de "
        "l'assuré qui s'ouvre toute seule quand l'appelant a tapé son numéro au {{SVI}}. "
        "Ca marche {{1 fois sur 2}} d'après [[PERSONNE:Jordan]].",
    ),
    (
        CPAM,
        TEL,
        "Monsieur [[PERSONNE:Ba]] (B A, deux lettres) appelle pour un remboursement de "
        "{{kiné}} pas reçu. {{12 séances}}, ordonnance du Dr [[PERSONNE:Cazenave]]. La "
        "conseillère voit que la feuille de soins papier est arrivée le {{18/04}}, délai "
        "normal {{30 jours}}. Il rappellera. Son tél si besoin : [[TELEPHONE:07 81 44 20 96]].",
    ),
    (
        CPAM,
        TEL,
        "Une maman pour le {{congé maternité}}, elle a accouché il y a {{2 semaines}}, "
        "toujours rien sur son compte. Date de naissance de la maman demandée pour vérif"
        ": [[DATE_NAISSANCE:9 octobre 1988]], NIR [[NIR:288104410908829]]. Le dossier est "
        "\"en attente pièce employeur\". L'agent envoie un mail à l'employeur "
        "({{Leroy Merlin}} {{Rezé}}) via l'outil. Bébé qui pleure derrière.",
    ),
    (
        CPAM,
        TEL,
        "{{11h40}} pic d'appels, le bandeau rouge affiche {{63}} en attente. Personne ne "
        "prend de pause. L'équipe = {{14 conseillers}} ce matin au lieu de {{19}}.",
    ),
    (
        CPAM,
        TEL,
        "appel en anglais (touriste ? non, étudiant {{Erasmus}}) pour sa {{CEAM}}. Il épelle "
        "[[PERSONNE:S-C-H-M-I-D-T]], [[PERSONNE:Jonas]]. Le conseiller galère un peu, on finit en mix "
        "français anglais. Conseil : affiliation via {{étudiant étranger}} sur {{etudiant-etranger.ameli.fr}}. "
        "{{15 min}}.",
    ),
    (
        CPAM,
        TEL,
        "Mme [[PERSONNE:Aubert Sylvie]] rappelle pour la {{3e fois}} cette semaine. Arrêt "
        "de travail de son médecin le Dr [[PERSONNE:Nguyen]] pas enregistré. Conseiller "
        "regarde : l'arrêt est arrivé mais volet {{1}} manquant. Il lui dit de demander au "
        "cabinet de le renvoyer en ligne ({{arrêt dématérialisé}}). Elle : « mais c'est pas "
        "à moi de faire leur boulot ! »",
    ),
    (
        CPAM,
        TEL,
        "Rappel sortant (le conseiller rappelle une assurée qui avait laissé un message). "
        "Numéro composé : [[TELEPHONE:06.12.48.90.33]]. {{Messagerie}}. Il laisse un message "
        "neutre sans dire « {{Assurance Maladie}} » pour la confidentialité. Interessant.",
    ),
    (
        CPAM,
        TEL,
        "On m'explique le {{3646}} : service gratuit + prix appel. Les appels arrivent de "
        "tout le département ({{Ille-et-Vilaine}}) et débordent sur {{Saint-Brieuc}} quand "
        "ça sature. Horaires {{8h30-17h}}.",
    ),
    (
        CPAM,
        TEL,
        "Un homme dicte son numéro en toutes lettres : [[NIR:un, soixante-dix-huit, zéro "
        "cinq, trente-cinq, deux cent trente-huit, zéro quarante-deux, douze]]. Le conseiller "
        "tape en même temps, redemande la fin. Né à {{Rennes}}, ok. Il veut une {{attestation "
        "d'IJ}} pour la {{Caf}}. Envoyée par courrier, {{48h}}.",
    ),
]

CPAM_TEL_2 = [
    (
        CPAM,
        TEL,
        "{{14h05}}. Appel d'un retraité, M. [[PERSONNE:Le Bihan]], qui veut savoir pourquoi sa {{complémentaire santé solidaire}} n'est pas renouvelée. Il donne son adresse pour vérifier : [[ADRESSE:3 impasse des Mouettes, 22700 Perros-Guirec]]. L'adresse dans le dossier est l'ancienne, d'où le courrier jamais reçu. Mise à jour faite en direct. Il dit merci {{5 fois}}.",
    ),
    (
        CPAM,
        TEL,
        "File d'attente : le SVI propose « tapez {{1}} pour les remboursements, {{2}} pour les arrêts de travail, {{3}} pour la carte Vitale… ». [[PERSONNE:Maëlle]] dit que la moitié des gens tapent {{0}} en espérant tomber sur un humain plus vite. Ca ne marche pas.",
    ),
    (
        CPAM,
        TEL,
        "Appel pour des {{frais de transport}} : le monsieur a fait {{4 allers-retours}} au {{CHU}} avec sa voiture perso pour les chimios de sa femme. Le formulaire demande l'immatriculation : [[IMMATRICULATION:FG-417-TK]]. La conseillère lui explique le {{cerfa 11162}}, il faut la {{prescription médicale de transport}}. {{0,30 € du km}}? elle ne sait pas de tête.",
    ),
    (
        CPAM,
        TEL,
        "Assurée en arrêt, elle demande si elle a le droit de partir chez sa mère à {{Brest}} pendant l'arrêt. Réponse : oui si le médecin a coché sorties libres, et il faut prévenir la {{CPAM}} du lieu de séjour. Elle ne donne son nom ([[PERSONNE:Quéméner]]) qu'après avoir eu la réponse 🙂, puis son mail pour recevoir le formulaire : [[EMAIL:c.quemener@wanadoo.fr]].",
    ),
    (
        CPAM,
        TEL,
        "Tél, dame âgée très dure d'oreille, le conseiller répète {{4 fois}} « votre numéro de sécurité sociale Madame ». Elle finit par le lire sur sa carte : [[NIR:2 55 08 93 048 071 04]]. Elle s'appelle [[PERSONNE:Josiane Petitjean]], née à {{Montreuil}}. Elle voulait juste savoir si ses lunettes sont remboursées ({{100% santé}} : oui).",
    ),
    (
        CPAM,
        TEL,
        "M. [[PERSONNE:Tavares]] appelle depuis le {{Portugal}}, il a travaillé en {{France}}, veut ses {{IJ}} sur son compte portugais : [[IBAN:PT88 0007 0000 0012 3456 7890 1]]. Conseillère : possible mais formulaire {{SEPA}} + RIB au nom de l'assuré. Ligne qui coupe {{2 fois}}.",
    ),
    (
        CPAM,
        TEL,
        "note rapide: {{12h30}} l'équipe du matin part, relève à {{13h}}, pendant {{30 min}} il y a {{8}} conseillers pour tout le département. File qui monte à {{70}}.",
    ),
    (
        CPAM,
        TEL,
        "Accident du travail. L'assuré donne le numéro de dossier accident du travail lu sur le courrier : [[IDENTIFIANT:240356781]]. Chute sur chantier ({{Bouygues Bâtiment}}), {{6 semaines}} d'arrêt. Il n'a touché que {{412 €}} ce mois-ci. Le conseiller [[PERSONNE:Thomas]] recalcule devant moi, c'est la {{carence}} + un jour férié. Il explique bien, le monsieur se calme.",
    ),
    (
        CPAM,
        TEL,
        "[[PERSONNE:Yasmine]], conseillère depuis {{2 ans}}, garde un post-it « RESPIRER » collé sur l'écran. Elle dit que les appels les plus durs c'est les {{pensions d'invalidité}}.",
    ),
    (
        CPAM,
        TEL,
        "« Bonjour je suis le fils de Mme [[PERSONNE:Costa]], elle est à l'{{hôpital}}, je peux avoir ses {{remboursements}} ? » Le conseiller refuse poliment, secret, il faut que la maman donne son accord ou une {{procuration}}. Le fils donne quand même son propre numéro [[TELEPHONE:+33 6 71 20 58 14]] pour être rappelé. Noté dans le dossier.",
    ),
    (
        CPAM,
        TEL,
        "Appel sur le {{médecin traitant}} : l'assurée n'en a plus depuis le départ en retraite du Dr [[PERSONNE:Morvan]], aucun médecin à {{Carhaix}} ne prend de nouveaux patients. Le conseiller ne peut rien faire à part lui parler de la {{Mission accompagnement santé}}. Elle pleure un peu. {{18 min}}.",
    ),
    (
        CPAM,
        TEL,
        "Un monsieur pressé donne tout d'un coup : « [[PERSONNE:Benjamin Cohen]], [[NIR:1 85 09 75 056 233 42]], né le [[DATE_NAISSANCE:22 septembre 85]] à {{Paris}}, mon arrêt de {{15 jours}} vous l'avez ? » Oui, reçu. Fin en {{2 min}}. Le record de la matinée.",
    ),
    (
        CPAM,
        TEL,
        "Rien de personnel ici : je note que la conseillère a {{7 onglets}} ouverts (dont {{Medialog+}}, {{Diadème}}, le référentiel de la législation, la messagerie interne) et qu'elle alt-tab en permanence. Ecran {{22 pouces}}, trop petit.",
    ),
    (
        CPAM,
        TEL,
        "Demande de remboursement d'une facture de laboratoire ({{Cerballiance}}) payée d'avance : facture n° [[IDENTIFIANT:CB-2024-118734]], {{86,40 €}}. L'assurée l'a envoyée par mail mais c'est pas la bonne procédure. Conseil : la déposer au {{point d'accueil}} ou par la messagerie {{Ameli}}.",
    ),
    (
        CPAM,
        TEL,
        "femme enceinte, veut déclarer sa grossesse, son gynéco ne l'a pas fait en ligne. Le conseiller lui demande son mail pour lui envoyer le lien : [[EMAIL:chloe_vasseur@hotmail.fr]], elle épelle « vé, a, deux esses… ». Prénom [[PERSONNE:Chloé]]. {{Date présumée d'accouchement}} : {{juillet}}.",
    ),
    (
        CPAM,
        TEL,
        "{{Transfert}} vers le {{service médical}} (les médecins conseils) impossible en direct, on fait une « demande de rappel » sous {{48h}}. La personne au bout du fil : « 48h ?? je suis sans revenu !! » Conseiller désolé. L'assuré, M. [[PERSONNE:Abgrall]], redonne son portable [[TELEPHONE:06-19-72-35-40]] pour être sûr d'être rappelé.",
    ),
    (
        CPAM,
        TEL,
        "Il lit le numéro de sa carte mutuelle au lieu de son numéro de sécu : « [[IDENTIFIANT:0047 338 219]] ». Le conseiller : ça c'est votre mutuelle, {{Harmonie Mutuelle}}, il me faut le numéro qui commence par {{1}} ou {{2}}. Il relit sa carte Vitale : [[NIR:1 52 06 16 015 002 09]]. M. [[PERSONNE:Rivière]], {{Angoulême}}.",
    ),
    (
        CPAM,
        TEL,
        "En off entre deux appels [[PERSONNE:Grégory]] me montre les « scripts » de réponse dans l'outil : FAQ sur le {{congé paternité}} ({{25 jours}}), les {{IJ}}, le {{forfait patientèle}}… Il ne les lit jamais, il connaît par coeur.",
    ),
    (
        CPAM,
        TEL,
        "Appel d'une pharmacie ! La {{Pharmacie des Halles}} appelle pour un {{tiers payant}} refusé, la patiente n'a pas de {{droits ouverts}}. La préparatrice donne le nom de la patiente : Mme [[PERSONNE:Ndiaye Aminata]]. Le conseiller ne peut pas répondre à un tiers sur les droits... il propose que la patiente appelle elle-même.",
    ),
    (
        CPAM,
        TEL,
        "Assuré qui a déménagé de {{Lyon}} vers {{Rennes}}, il pensait que le dossier suivait tout seul. Nouvelle adresse : [[ADRESSE:27 boulevard de Verdun 35000 Rennes]]. Mutation de dossier lancée, {{1 mois}} environ. Il demande si sa carte Vitale reste valable : oui.",
    ),
    (
        CPAM,
        TEL,
        "Ce qui me frappe : le conseiller ne voit pas le numéro de l'appelant s'afficher, c'est masqué. Donc quand ça coupe il ne peut pas rappeler sauf si la personne a donné un numéro. Sur {{20 appels}} observés, {{3}} coupures.",
    ),
    (
        CPAM,
        TEL,
        "« Je vous épelle mon mail : a point [[PERSONNE:marchetti]]… non attendez » -> au final [[EMAIL:a.marchetti2b@orange.fr]]. Mme [[PERSONNE:Marchetti]], née en {{Haute-Corse}}, souhaite recevoir ses {{relevés}} par mail. Le conseiller lui dit que c'est sur l'espace {{Ameli}}, pas par mail. Elle n'a pas d'ordinateur, juste une tablette de son petit-fils.",
    ),
    (
        CPAM,
        TEL,
        "{{16h50}}, dernier appel avant fermeture de la file : un intérimaire ({{Adecco}}) qui cumule {{3 employeurs}} sur le mois de l'arrêt. Calcul des IJ compliqué, la conseillère envoie une tâche au back-office. Il donne aussi son identifiant {{France Travail}} parce qu'il est inscrit : [[ID_FRANCE_TRAVAIL:3381907P]], la conseillère dit que ça ne lui sert à rien.",
    ),
    (
        CPAM,
        TEL,
        "La conseillère [[PERSONNE:Fatou]] a un casque sans fil, elle se lève pour parler quand l'assuré crie, dit que ça l'aide. Appel : monsieur [[PERSONNE:Girardot]] qui conteste un indu de {{1 240 €}} d'IJ versées après sa reprise. Elle explique la {{CRA}} (commission de recours amiable), donne l'adresse de la Cpam pour le courrier ({{Cours des Alliés}}, c'est la caisse, pas lui).",
    ),
    (
        CPAM,
        TEL,
        "demande de {{CMU}} (il dit encore CMU...) -> {{C2S}}. Revenus du foyer : {{1 050 €}}/mois, {{2 enfants}}. Éligible sans participation probablement. Dossier en ligne, sinon {{formulaire S3711}}. Il demande si la {{Caf}} peut transmettre, il donne son numéro allocataire [[N_ALLOCATAIRE:2837465]]. Le conseiller le note mais dit que ça ne sert pas directement.",
    ),
    (
        CPAM,
        TEL,
        "Appel court : une dame veut le numéro direct de son {{centre de paiement}}. Il n'y en a pas. « Donc on ne peut parler qu'à vous ? » Oui. Elle raccroche. {{1 min 10}}.",
    ),
    (
        CPAM,
        TEL,
        "Un jeune, [[PERSONNE:Enzo]], {{19 ans}}, premier boulot, il ne sait pas s'il a une carte Vitale. Il a un {{numéro « provisoire »}} sur une vieille {{attestation}}. Le conseiller vérifie avec sa date de naissance ([[DATE_NAISSANCE:2005-06-03]]) et trouve le dossier, la carte n'a jamais été commandée. Photo à envoyer par l'appli. Il demande « c'est quoi l'appli ». 🙃",
    ),
    (
        CPAM,
        TEL,
        "Appel depuis un {{EHPAD}} ({{EHPAD Les Jardins d'Arcadie}}), une infirmière appelle pour une résidente, Mme [[PERSONNE:Lucienne Perrot]], dont la carte Vitale est périmée. Le conseiller accepte de parler car c'est administratif et pas médical ? il hésite. Finalement demande un rappel de la tutrice.",
    ),
    (
        CPAM,
        TEL,
        "{{10h}} réunion flash de {{5 min}} debout : consigne du jour, ne pas promettre de délais sur les {{IJ maladie}} à cause du retard de traitement ({{21 jours}} de stock).",
    ),
    (
        CPAM,
        TEL,
        "Assuré qui dicte un {{RIB}} belge pour ses IJ, il vit à {{Mouscron}} et travaille à {{Roubaix}} (frontalier) : [[IBAN:BE26 0631 2345 6761]]. Conseiller : oui c'est possible, compte dans la zone SEPA. M. [[PERSONNE:Vandeputte]]. Il faut un formulaire {{S1}} aussi.",
    ),
]

CPAM_TEL_3 = [
    (
        CPAM,
        TEL,
        "Conseillère [[PERSONNE:Hélène]] au tél avec un assuré qui veut contester le refus d'un arrêt envoyé hors délai ({{48h}}). Il l'a posté le {{lundi}} pour un arrêt du {{jeudi}}. Première fois : simple avertissement, pas de sanction. Il est soulagé.",
    ),
    (
        CPAM,
        TEL,
        "Petite dame qui appelle « pour la prise de sang de mon mari » : le labo ({{Biogroup}} de {{Vannes}}) lui réclame {{23 €}}. Elle donne son numéro de tél fixe [[TELEPHONE:02 97 63 18 44]] et son nom [[PERSONNE:Guillo]]. Le conseiller voit que l'acte hors nomenclature n'est pas remboursé. Elle : « ah bon. Bon. »",
    ),
    (
        CPAM,
        TEL,
        "moment creux {{15h20}}, {{4}} appels en attente seulement. [[PERSONNE:Kevin]] en profite pour traiter les « demandes de rappel » de la veille : {{37}} dans sa bannette.",
    ),
    (
        CPAM,
        TEL,
        "Mr [[PERSONNE:Oualid Haddad]] appelle car son employeur lui dit que la Cpam ne verse pas la {{subrogation}}. Le conseiller voit que l'employeur ({{Transports Le Floch}}) n'a pas coché la case subrogation sur l'attestation. Donc versement à l'assuré, sur le RIB [[IBAN:FR76 1027 8360 1100 0201 7890 123]]… qui est clôturé d'après Mr. Il doit envoyer un nouveau RIB.",
    ),
    (
        CPAM,
        TEL,
        "Appel d'une assistante sociale de l'hôpital ({{CHU Pontchaillou}}) pour un patient sans droits ouverts. Elle donne le nom du patient, [[PERSONNE:Dimitri Popescu]], né le [[DATE_NAISSANCE:03/02/1977]] en {{Roumanie}}. Le conseiller lui parle de l'{{AME}} et de la {{PUMa}}. Échange pro, {{9 min}}.",
    ),
    (
        CPAM,
        TEL,
        "Je compte les mots « {{ameli}} » dans la matinée : {{23 fois}} côté conseiller. « Vous avez un compte {{Ameli}} ? » est la question numéro 1.",
    ),
    (
        CPAM,
        TEL,
        "Appelant qui lit son numéro à toute vitesse : [[NIR:199063155514270]]. [[PERSONNE:Samir]] (le conseiller) : « plus doucement monsieur ». Né à {{Toulouse}}, {{25 ans}}, arrêt pour une fracture au foot. Veut savoir si le sport du dimanche compte comme accident de travail. Non 😅",
    ),
    (
        CPAM,
        TEL,
        "Mme [[PERSONNE:Da Silva]] (elle précise « Da en deux mots, [[PERSONNE:D.A.]] ») : problème de {{télétransmission}}, sa carte Vitale est bien lue chez le médecin mais rien ne remonte. Le conseiller relance une mise à jour. Il lui conseille de passer la carte dans une borne en {{pharmacie}}.",
    ),
    (
        CPAM,
        TEL,
        "{{Appel n° 17}} de la conseillère, {{11h52}}. M. [[PERSONNE:Prigent]], qui veut résilier sa mutuelle et a appelé le mauvais numéro. Réorientation. {{45 s}}.",
    ),
    (
        CPAM,
        TEL,
        "L'assuré est au volant (on entend le {{clignotant}}). Il veut faire une déclaration de changement de situation : marié, nouvelle adresse [[ADRESSE:8 rue du Moulin, 56000 Vannes]], nouvelle mutuelle. Conseiller : « Rappelez quand vous serez garé monsieur » ({{3646}} toujours). Il ne rappellera pas à mon avis.",
    ),
    (
        CPAM,
        TEL,
        "Appel reçu pour une {{pension d'invalidité}} : la dame ([[PERSONNE:Perrine]], {{51 ans}}) demande si elle peut reprendre un mi-temps. Conseillère prudente, l'envoie vers le service invalidité, rendez-vous tél à programmer. Elle donne son portable [[TELEPHONE:zéro six quarante-quatre dix-neuf quatre-vingt-deux zéro sept]].",
    ),
    (
        CPAM,
        TEL,
        "Rien de nominatif, mais détail : dans le SVI, le message d'accueil dure {{54 secondes}} avant le premier choix. J'ai chronométré. Avec la phrase sur la {{vaccination grippe}} qui date de l'hiver dernier.",
    ),
    (
        CPAM,
        TEL,
        "Appel d'une femme dont le mari est décédé le mois dernier. Elle demande le {{capital décès}}. La conseillère, très douce, lui demande le NIR du mari : [[NIR:1 67 03 13 055 240 03]], M. [[PERSONNE:Santoni]]. Formulaire {{S3180}} à envoyer. La conseillère a les yeux rouges après.",
    ),
    (
        CPAM,
        TEL,
        "Question du jour : un assuré veut savoir le montant de ses IJ avant de s'arrêter (opé programmée). Simulateur sur {{ameli.fr}}. {{50 %}} du salaire journalier de base, plafond. Il trouve ça « honteux ». Il s'appelle [[PERSONNE:Bastien]], {{41 ans}}, technicien chez {{Orange}}.",
    ),
    (
        CPAM,
        TEL,
        "Appelante [[PERSONNE:Clarisse Dufour-Lemaire]], nom composé, le conseiller trouve pas le dossier sous [[PERSONNE:Dufour]], le trouve sous [[PERSONNE:Lemaire]]. Moralité il faut chercher avec le NIR, qu'elle finit par donner : [[NIR:2800592050114 13]]. Née à {{Nanterre}}. Elle demande un duplicata d'{{attestation de droits}}.",
    ),
]

# --- Cpam, counters ---------------------------------------------------------------------------
CPAM_PHY_1 = [
    (
        CPAM,
        PHY,
        "Accueil Cpam {{Rennes}}, {{8h30}} ouverture, déjà {{12 personnes}} dehors. Ticket {{A014}} pour moi (pour voir). Borne avec {{4 motifs}} : carte Vitale / remboursements / arrêt de travail / autre.",
    ),
    (
        CPAM,
        PHY,
        "1er usager : M. [[PERSONNE:Diallo Mamadou]], vient refaire sa carte Vitale volée. L'agente ([[PERSONNE:Christelle]]) prend la photo sur place avec la webcam, scanne la pièce d'identité, passeport n° [[IDENTIFIANT:19AK42871]]. Carte à recevoir sous {{15 jours}}. Il repart avec une {{attestation}}.",
    ),
    (
        CPAM,
        PHY,
        "Usagère qui apporte une enveloppe de feuilles de soins papier (au moins {{20}}), certaines de {{2022}}. L'agente lui explique le délai de {{2 ans}}. Elle trie avec elle sur le comptoir. On en garde {{14}}. Le reste perdu. Nom : Mme [[PERSONNE:Bertin]].",
    ),
    (
        CPAM,
        PHY,
        "Attente affichée : {{35 min}}. Réelle : {{52 min}} pour le ticket {{B031}}. Il y a une fontaine à eau et {{18 chaises}}, {{6}} en panne (pieds tordus). Télé qui passe des spots sur le {{dépistage du cancer colorectal}}.",
    ),
    (
        CPAM,
        PHY,
        "Monsieur âgé, {{Chibani}} comme dit l'agent, retraité marocain qui fait des aller-retours, demande son attestation pour la {{CNSS}}. Il donne son NIR écrit sur un bout de carton plié : [[NIR:1 76 09 99 350 021 54]]. L'agent vérifie que c'est bien lui, nom [[PERSONNE:Benali]], date de naissance [[DATE_NAISSANCE:1er septembre 1976]]. Imprimé en {{3 min}}.",
    ),
    (
        CPAM,
        PHY,
        "L'agent d'accueil ([[PERSONNE:Patrice]]) fait le « pré-accueil » debout à l'entrée avec une tablette : il oriente {{1 personne sur 3}} vers les {{bornes}} ou le {{site internet}}. Les gens n'aiment pas qu'on les renvoie vers internet.",
    ),
    (
        CPAM,
        PHY,
        "Jeune femme avec poussette. Elle vient déclarer la naissance pour rattacher le bébé sur sa carte. Bébé : [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:12 mars 2024]]. {{Livret de famille}} photocopié. Elle veut aussi que le papa ([[PERSONNE:Julien Moreau]]) soit co-assuré. Possible, {{double rattachement}}.",
    ),
    (
        CPAM,
        PHY,
        "Au box {{3}}, dame en colère : on lui réclame un {{trop-perçu}} de {{2 318,12 €}}. Elle a le courrier à la main avec la référence [[IDENTIFIANT:INDU-2024-0081475]]. L'agente lui dit qu'elle peut demander une remise de dette au titre de la précarité ({{formulaire}} + justificatifs). Le ton baisse.",
    ),
    (
        CPAM,
        PHY,
        "Les {{bornes multiservices}} : {{3}} bornes, une en panne (écran noir, affichette « hors service » scotchée). On peut y imprimer attestation de droits et mettre à jour la carte. Un papy n'y arrive pas, l'agent vient l'aider : ça prend {{4 min}}.",
    ),
    (
        CPAM,
        PHY,
        "M. [[PERSONNE:Kerjean]] vient avec son arrêt de travail papier en main : « je l'ai envoyé y'a 3 semaines et ça vous l'avez pas ». Agent vérifie avec le NIR qu'il tend sur sa carte : [[NIR:1710822118027 04]]. Effectivement pas reçu. On scanne la copie. Il habite {{Lannion}}, a fait {{1h}} de route.",
    ),
    (
        CPAM,
        PHY,
        "Constat : l'espace d'attente n'a pas de séparation, tout le monde entend tout, {{18 chaises}} collées. Une dame a dit son adresse à voix haute ([[ADRESSE:14 rue Jean Jaurès, 29200 Brest]]) au {{guichet 2}}, {{5 personnes}} derrière l'ont entendue. Pas de confidentialité.",
    ),
    (
        CPAM,
        PHY,
        "Un couple ukrainien, {{protection temporaire}}. Traductrice sur le téléphone ({{Google Traduction}}). Ils ont l'{{APS}} n° [[IDENTIFIANT:7503889214]]. Ouverture des droits {{PUMa}}, demande de carte Vitale. Noms : [[PERSONNE:Oksana]] et [[PERSONNE:Andriy Kovalenko]]. L'agente très patiente, {{25 min}}.",
    ),
    (
        CPAM,
        PHY,
        "Le vigile à l'entrée ({{société Securitas}}) connaît tous les habitués par leur prénom. Il me dit que le {{lundi matin}} c'est l'enfer.",
    ),
    (
        CPAM,
        PHY,
        "Usager qui veut payer « une amende de la sécu ». En fait c'est une {{franchise médicale}} de {{50 €}} prélevée. L'agent explique les {{1 €}} / {{0,50 €}} / {{2 €}} (participations forfaitaires, ça a augmenté). Il sort un RIB ([[IBAN:FR76 3000 2005 5000 0015 7892 462]]) pour « être prélevé », l'agent lui dit de le ranger. Rien à payer au guichet. Ticket {{C007}}.",
    ),
    (
        CPAM,
        PHY,
        "[[PERSONNE:Marine]] (agente) aide une dame à créer son compte {{Ameli}} sur le {{poste en libre-service}}. Il faut une adresse mail : la dame en a une mais ne s'en souvient pas. Elles en créent une ensemble : [[EMAIL:monique.lebreton1951@laposte.net]]. {{Mot de passe}} écrit sur un papier que la dame glisse dans son porte-monnaie.",
    ),
]

CPAM_PHY_2 = [
    (
        CPAM,
        PHY,
        "ticket {{A022}}, jeune homme, [[PERSONNE:Théo]], veut sa {{carte Européenne}} pour partir en {{Espagne}} la semaine prochaine. Délai {{2 semaines}} donc trop tard, on lui imprime un {{certificat provisoire de remplacement}}. Valable {{3 mois}}.",
    ),
    (
        CPAM,
        PHY,
        "Une agente me dit : « ici on voit ceux qui n'y arrivent pas en ligne : les vieux, les étrangers, les gens qui n'ont pas de téléphone ». Ce matin sur {{31 passages}}, j'en compte {{9}} qui ont plus de {{70 ans}}.",
    ),
    (
        CPAM,
        PHY,
        "Mme [[PERSONNE:Hamon]] présente son ordonnance du Dr [[PERSONNE:Le Roux]] (pneumologue) pour savoir si un {{appareil PPC}} est pris en charge. Oui, via le prestataire ({{Linde Homecare}}). Elle a aussi un souci de mutuelle, numéro d'adhérent {{MGEN}} [[IDENTIFIANT:1 889 034 512]] (elle le lit sur sa carte). L'agent: pas notre domaine.",
    ),
    (
        CPAM,
        PHY,
        "{{Box 2}}. Monsieur sans domicile, domicilié au {{CCAS}} ({{domiciliation administrative}}). Il a perdu tous ses papiers. L'agent retrouve le dossier avec le nom [[PERSONNE:Stéphane Lamy]] et la date de naissance [[DATE_NAISSANCE:30/07/1969]]. Attestation de droits imprimée, il la plie en 8 dans sa poche. Il a un chien ({{Rocky}}) qui attend dehors attaché au vélo.",
    ),
    (
        CPAM,
        PHY,
        "File d'attente {{9h40}} : {{23}} tickets en attente, {{4}} guichets ouverts sur {{6}}. Deux agentes en formation.",
    ),
    (
        CPAM,
        PHY,
        "Mme [[PERSONNE:Le Corre]] dépose une demande de {{C2S}} papier. L'agent vérifie les pièces : avis d'imposition, {{3}} derniers bulletins, RIB [[IBAN:FR76 1450 5000 0108 0122 3344 573]]. Manque la {{déclaration de ressources}} du fils majeur ({{20 ans}}). Elle repart, reviendra.",
    ),
    (
        CPAM,
        PHY,
        "Un homme demande à parler au « médecin de la {{Sécu}} » pour contester la date de consolidation de son accident. On lui donne le formulaire de contestation (commission médicale de recours amiable), {{2 mois}} pour contester. La lettre porte son nom, M. [[PERSONNE:Courtois]], et la référence du dossier [[IDENTIFIANT:AT-35-2023-77410]].",
    ),
    (
        CPAM,
        PHY,
        "À l'accueil il y a aussi un espace {{France Services}} partagé. Une conseillère {{France Services}} ([[PERSONNE:Amandine]]) aide pour les impôts, la {{Caf}}, l'{{ANTS}}. Elle fait aussi les comptes {{Ameli}}. Très polyvalente.",
    ),
    (
        CPAM,
        PHY,
        "Situation tendue : un usager exige de voir « le directeur », M. [[PERSONNE:Ollivier]], qui n'est évidemment pas là ({{mercredi}}, il est au siège à {{Rennes}}). Il crie sur l'agente ([[PERSONNE:Nadia]]). Le {{vigile}} s'approche, ça se calme. L'usager repart avec un ticket pour le lendemain.",
    ),
    (
        CPAM,
        PHY,
        "L'agent fait une démo de son écran : outil {{Medialog}}, historique des contacts de l'assuré (tél / mail / accueil). Il voit que le monsieur devant lui a appelé {{6 fois}} le {{3646}} le mois dernier pour la même question. Personne n'avait réglé. Sur l'écran : [[PERSONNE:GUEGUEN Yannick]], né le [[DATE_NAISSANCE:17.04.1958]].",
    ),
    (
        CPAM,
        PHY,
        "Dame qui vient avec son fils traducteur (turc), elle a reçu un courrier pour un {{examen de prévention santé}} gratuit. Elle pensait que c'était une facture. Rire général. L'agente ([[PERSONNE:Nolwenn]]) lui prend quand même rendez-vous au {{centre d'examens de santé}}.",
    ),
    (
        CPAM,
        PHY,
        "Déclaration de {{médecin traitant}} faite au guichet parce que le médecin, Dr [[PERSONNE:Aït Hamou]], n'a pas de lecteur carte Vitale qui marche (!). {{Formulaire S3704}}. L'assuré: M. [[PERSONNE:Tellier]], portable [[TELEPHONE:06 58 03 11 72]] au cas où.",
    ),
    (
        CPAM,
        PHY,
        "Un homme {{SDF}} vient toutes les semaines juste pour se réchauffer et boire à la {{fontaine}}. Les agents le connaissent, l'appellent « [[PERSONNE:Pépé]] ». Personne ne le fait sortir.",
    ),
    (
        CPAM,
        PHY,
        "RDV à {{10h30}} (sur rendez-vous pris sur ameli) : Mme [[PERSONNE:Guérin]], reprise à temps partiel thérapeutique après un cancer. Elle ne comprend pas pourquoi ses IJ ont baissé. L'agent (conseiller service) lui fait le calcul sur papier : {{mi-temps}}, complément IJ. Elle note tout dans un cahier à spirale.",
    ),
    (
        CPAM,
        PHY,
        "Passage éclair : une personne demande où est la boîte aux lettres pour déposer ses {{feuilles de soins}}. {{Dehors à droite}}. {{10 s}}.",
    ),
    (
        CPAM,
        PHY,
        "Un usager présente une {{carte Vitale}} d'un autre (son frère). L'agent ({{guichet 4}}) refuse de faire quoi que ce soit. « C'est pareil, on a la même adresse ! » ([[ADRESSE:5 allée des Tilleuls 35200 Rennes]]). Non.",
    ),
    (
        CPAM,
        PHY,
        "Accueil {{Saint-Malo}}, plus petit. {{2 agents}}. Une assurée anglaise ({{retraitée britannique}}) vient avec son formulaire {{S1}} du {{NHS}}. Nom: [[PERSONNE:Margaret Whitfield]]. Enregistrement. Elle parle un français parfait à part le « r ».",
    ),
    (
        CPAM,
        PHY,
        "Question qui revient : « mon arrêt est-ce que je peux le donner ici en main propre ». Réponse : oui, boîte dédiée, mais c'est mieux si le médecin fait l'arrêt en ligne. {{4 fois}} en {{1 heure}}.",
    ),
    (
        CPAM,
        PHY,
        "Mme [[PERSONNE:Poulain]] apporte un certificat d'{{accident du travail}} (elle est aide-soignante à l'{{EHPAD Korian Les Hortensias}}, s'est fait mal au dos en soulevant une résidente). L'employeur n'a pas fait la déclaration. Agent lui explique qu'elle peut la faire elle-même dans les {{2 ans}}. Son NIR : [[NIR:2 71 12 56 260 044 61]] (née à {{Vannes}}).",
    ),
    (
        CPAM,
        PHY,
        "Le {{point d'accueil}} ferme entre {{12h30}} et {{13h30}}. A {{12h25}}, {{5}} personnes arrivent. On les prend toutes. L'agent mange à {{13h15}}.",
    ),
    (
        CPAM,
        PHY,
        "[[PERSONNE:Baptiste]], agent en CDD depuis {{3 mois}}, a encore un {{classeur}} papier avec toutes les procédures. Son collègue Mr [[PERSONNE:Lopes]] se moque gentiment, lui a tout en tête.",
    ),
    (
        CPAM,
        PHY,
        "Une jeune femme, étudiante, vient changer son RIB, elle passe de la {{Société Générale}} à une banque en ligne ({{Boursorama}}). L'agent prend le RIB, IBAN [[IBAN:FR7640618802650004068512305]]. Elle demande aussi si elle peut avoir l'{{appli carte Vitale}} sur iPhone. Oui depuis peu.",
    ),
    (
        CPAM,
        PHY,
        "Les usagers donnent leur NIR à voix haute dans la file pour « aller plus vite ». Un monsieur : « [[NIR:1 88 01 44 109 031 89]] c'est moi, je suis le suivant ! ». Il est né à {{Nantes}}. L'agente grimace. {{10h12}}, ticket {{A031}}.",
    ),
    (
        CPAM,
        PHY,
        "Ticket {{D002}} (« demande complexe »). Dossier de {{rente accident du travail}} avec taux d'IPP de {{12 %}}. L'agent précise : ici IPP c'est incapacité permanente partielle, pas le numéro de patient de l'hôpital 😄. Usager: M. [[PERSONNE:Yilmaz]].",
    ),
    (
        CPAM,
        PHY,
        "Borne photo pour la carte Vitale ? Non, il faut une photo d'identité format {{35x45}}. Une dame en a une mais avec lunettes de soleil. Refusée. Photomaton à la {{gare}}, {{6 €}}. Mme [[PERSONNE:Lozach]] reviendra demain.",
    ),
    (
        CPAM,
        PHY,
        "Agente [[PERSONNE:Soizic]] reçoit un jeune qui a fini ses études et perd le rattachement étudiant. Elle lui explique la {{PUMa}} en tant que {{sans activité}}, {{cotisation subsidiaire maladie}}. Il ne comprend rien. Moi non plus franchement.",
    ),
    (
        CPAM,
        PHY,
        "Une maman enceinte de {{6 mois}} vient demander la {{prise en charge à 100 %}}, elle pensait qu'il fallait un papier. Automatique à partir du {{6e mois}}. Elle repart en {{3 min}}. Pas de données données 🙂",
    ),
    (
        CPAM,
        PHY,
        "Usager qui se présente avec une convocation pour un {{contrôle de l'arrêt}} par le {{médecin conseil}}. Il a noté au dos la plaque de la voiture de l'enquêteur qui est passé chez lui et ne l'a pas trouvé : [[IMMATRICULATION:EB 318 PW]]. Il croit que c'était un faux contrôleur. L'agent le rassure, les contrôles à domicile existent.",
    ),
    (
        CPAM,
        PHY,
        "Accueil {{Vitré}}, lundi : {{47}} passages dans la journée d'après le compteur de la borne. L'agente me dit que c'est « calme ».",
    ),
    (
        CPAM,
        PHY,
        "M. [[PERSONNE:Fontaine]] (oui, comme la {{fontaine à eau}} juste à côté, il en rigole lui-même) vient pour une {{ALD}} : diabète. Le médecin a fait le protocole mais le patient a reçu un refus partiel. L'agent lit le motif, renvoie vers le médecin.",
    ),
]

# --- Cpam, sick-leave checks at home ---------------------------------------------------------
CPAM_CSP = [
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail avec [[PERSONNE:Gilles]], agent assermenté. {{9h50}}, [[ADRESSE:17 rue de la Marne, 35400 Saint-Malo]]. On sonne {{2 fois}}. Personne. Il laisse un avis de passage. Les sorties sont autorisées de {{9h}} à {{11h}} sur l'arrêt... Il note « absent pendant heures de présence » ? non, il est dans les heures de sortie. Donc rien.",
    ),
    (
        CPAM,
        CSP,
        "2e visite : M. [[PERSONNE:Hervé Brunet]], arrêt pour lombalgie, {{3 semaines}}. Il ouvre en {{jogging}}, nous fait entrer. L'agent vérifie identité (carte d'identité n° [[IDENTIFIANT:X4RT82LM9]]), lui rappelle les horaires. Le monsieur nous montre ses médicaments sans qu'on demande. Devant la maison une camionnette de chantier, plaque [[IMMATRICULATION:GH-062-ZP]], l'agent la note « au cas où » (travail dissimulé ?) mais ne dit rien.",
    ),
    (
        CPAM,
        CSP,
        "Dans la voiture de service entre deux contrôles, [[PERSONNE:Gilles]] m'explique : {{1 800}} contrôles par an dans le département, {{10 %}} environ débouchent sur une suspension des IJ. Le kilométrage : {{120 km}} aujourd'hui.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez Mme [[PERSONNE:Ricard]], [[ADRESSE:Résidence Les Glycines, bât. C, apt 12, 6 avenue Henri Fréville, 35200 Rennes]]. Arrêt pour {{dépression}}, {{2 mois}}. Elle est là, très fatiguée. L'agent est très doux, contrôle rapide {{5 min}}. En sortant il me dit qu'il déteste les contrôles « psy ».",
    ),
    (
        CPAM,
        CSP,
        "Contrôle à la campagne près de {{Fougères}}. Lieu-dit, pas de numéro : [[ADRESSE:La Haute Brosse, 35133 Lécousse]]. Le chien ({{Pirate}}) aboie, personne. Le voisin dit que « le gars est à la pêche ». L'agent note les faits, sans commentaire. Le rapport part au service médical.",
    ),
    (
        CPAM,
        CSP,
        "Rien à voir avec un assuré : avant de partir on prépare la tournée sur l'outil, {{8 adresses}}, l'ordre calculé à la main sur {{Google Maps}}. Il imprime tout (« le réseau en campagne... »).",
    ),
    (
        CPAM,
        CSP,
        "Assuré [[PERSONNE:Lucas Henry]], {{34 ans}}, arrêt pour entorse. Il ouvre avec des béquilles. Son téléphone sonne pendant le contrôle, c'est son patron ({{Boulangerie Marie Blachère}}) qui veut savoir quand il revient. [[PERSONNE:Lucas]] nous dit « c'est la 3e fois aujourd'hui ». L'agent lui conseille de ne pas répondre sur ses droits.",
    ),
    (
        CPAM,
        CSP,
        "On arrive au [[ADRESSE:42 bis rue Saint-Hélier]], l'assurée n'habite plus là, la nouvelle locataire ne la connaît pas. Adresse pas à jour → {{courrier}}, suspension possible. L'agent soupire : « la {{moitié}} des absences c'est ça ».",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'un {{kiné}} ? Non, erreur de ma part, l'agent m'explique qu'il ne contrôle que les {{assurés}}. Les professionnels c'est un autre service ({{DCGDR}}).",
    ),
    (
        CPAM,
        CSP,
        "Mme [[PERSONNE:Gaëlle Tanguy]], arrêt maternité pathologique. Elle nous reçoit dans la cuisine, enfant de {{2 ans}} dans les pattes. Elle demande si on peut l'aider pour le {{congé parental}}, l'agent lui donne le numéro de la {{Caf}} ({{3230}}) et le sien professionnel au cas où : [[TELEPHONE:02 99 34 71 02]].",
    ),
    (
        CPAM,
        CSP,
        "{{11h20}}, visite annulée : l'assuré a repris le travail hier (info arrivée dans l'outil ce matin seulement). On a fait {{22 km}} pour rien, jusqu'au [[ADRESSE:31 rue Pasteur, 35300 Fougères]].",
    ),
    (
        CPAM,
        CSP,
        "Visite à [[ADRESSE:9 chemin du Pré Vert, Cesson-Sévigné]] chez M. [[PERSONNE:Lebrun]]. Il est dans son {{jardin}} en train de tondre, {{10h40}}. Arrêt pour « syndrome anxio-dépressif ». L'agent : « ça n'est pas incompatible ». Il note la présence. Le monsieur offre un {{café}}. On refuse.",
    ),
    (
        CPAM,
        CSP,
        "Retour au bureau, saisie des {{6}} rapports. Le logiciel plante {{2 fois}}. [[PERSONNE:Gilles]] tape les comptes rendus avec {{2 doigts}}, très vite.",
    ),
    (
        CPAM,
        CSP,
        "L'assurée est là mais refuse d'ouvrir, parle à travers la porte. Elle dit s'appeler [[PERSONNE:Véro]]. L'agent explique qu'un refus de contrôle = {{suspension}}. Finalement elle ouvre. Elle a peur des démarcheurs, il y en a eu beaucoup dans l'immeuble ({{résidence Le Bocage}}).",
    ),
    (
        CPAM,
        CSP,
        "Contrôle dans un {{hôtel social}} : {{hôtel B&B}}, chambre {{214}}. L'assuré, M. [[PERSONNE:Camara]], y est hébergé par le {{115}}. Il est là, dort. Contrôle ok. Le réceptionniste demande si c'est la police.",
    ),
]

# --- Caf ---------------------------------------------------------------------------------------
CAF_NOTES = [
    (
        CAF,
        PHY,
        "Caf {{Rennes}} accueil, {{9h15}}. Mme [[PERSONNE:Coulibaly]] vient pour sa {{prime d'activité}} coupée. N° alloc [[N_ALLOCATAIRE:1947322]]. L'agente ([[PERSONNE:Anne-Sophie]]) voit une {{déclaration trimestrielle}} non faite. Elles la font ensemble sur le poste. Droits rouverts, rappel versé le {{5}} du mois prochain.",
    ),
    (
        CAF,
        PHY,
        "Accueil sur rendez-vous uniquement le mardi. Un monsieur arrive sans RDV, on le prend quand même « parce qu'il vient de {{Redon}} en bus ». Demande d'{{APL}}, son bail est signé avec un particulier, M. [[PERSONNE:Chauvel]], qui refuse de remplir l'attestation de loyer. L'agent lui dit que le bail suffit pour commencer. Loyer {{430 €}}.",
    ),
    (
        CAF,
        PHY,
        "Jeune couple, premier enfant, demande de {{PAJE}}. Numéro allocataire pas encore attribué. L'agent saisit la demande, adresse [[ADRESSE:11 square de Galicie, 35200 Rennes]], naissance prévue en {{août}}. Il leur parle aussi de la {{prime à la naissance}} ({{1 084 €}} environ).",
    ),
    (
        CAF,
        PHY,
        "Écran de l'agent : {{NIMS}}, {{Cristal}}. Il m'explique que {{Cristal}} date des années 90, il faut taper des codes. Il est super rapide. Aucune donnée perso vue de mon côté, l'écran est tourné.",
    ),
    (
        CAF,
        PHY,
        "« J'ai un contrôle, je veux savoir ce qu'on me reproche ». Mme [[PERSONNE:Rahmani]] a reçu un courrier de suspension de son {{RSA}} ({{607,75 €}}). L'agente lit : déclaration de ressources incomplète (pension alimentaire pas déclarée). Elle lui donne un formulaire. Le numéro allocataire est sur le courrier : [[N_ALLOCATAIRE:0874419]].",
    ),
    (
        CAF,
        PHY,
        "File courte aujourd'hui : {{7}} personnes à {{10h}}. L'agente me dit que depuis le « tout rendez-vous », l'accueil est plus calme mais que les gens appellent plus le {{3230}}.",
    ),
    (
        CAF,
        PHY,
        "Un père seul, {{3 enfants}}, demande l'{{ASF}} car la mère ne paie pas la pension. L'agent lui explique l'{{ARIPA}}. Il donne son mail pour le suivi : [[EMAIL:d.lefevre.papa3@free.fr]]. Nom [[PERSONNE:David Lefèvre]]. Il est venu avec les {{3}}, le petit dessine sur un formulaire vierge.",
    ),
    (
        CAF,
        PHY,
        "Dame {{80 ans}} qui croit que la Caf paie sa retraite. Réorientation vers la {{Carsat}}. Elle donne quand même son numéro allocataire « au cas où » : [[N_ALLOCATAIRE:0392655]] (ancien dossier {{APL}}).",
    ),
    (
        CAF,
        PHY,
        "M. [[PERSONNE:Haddad]] présente un {{titre de séjour}} (n° [[IDENTIFIANT:3502187641]]) renouvelé pour débloquer ses {{allocations familiales}} suspendues. L'agent scanne. Dossier allocataire [[N_ALLOCATAIRE:2215608]]. Rétablissement sous {{10 jours}}.",
    ),
    (
        CAF,
        PHY,
        "borne d'accueil : il faut taper son {{numéro allocataire}} OU son {{NIR}}. Une dame tape son NIR et sa date de naissance devant tout le monde, je vois l'écran : [[NIR:2 93 07 35 238 110 64]], [[DATE_NAISSANCE:21/07/1993]]. Je note pour montrer le problème de confidentialité de la borne (placée face à la file, {{1,50 m}} au plus).",
    ),
    (
        CAF,
        PHY,
        "Agent d'accueil [[PERSONNE:Rodrigue]] : « on n'est plus des agents d'accueil, on est des aiguilleurs ». {{60 %}} des gens sont réorientés vers le site {{caf.fr}} ou l'appli.",
    ),
    (
        CAF,
        PHY,
        "Étudiant qui veut l'{{APL}} pour sa chambre au {{Crous}} ({{résidence Patton}}, chambre {{B214}}). Il ne sait pas s'il doit déclarer sa bourse. Réponse : non. Il repart content. Nom : [[PERSONNE:Mathis Caron]].",
    ),
    (
        CAF,
        PHY,
        "Mme [[PERSONNE:Olivier]] (c'est son nom de famille, l'agent me précise qu'il y a aussi un {{olivier}} dans le hall, cadeau d'un partenaire) déclare une {{séparation}}. Changement de RIB au passage : [[IBAN:FR76 3000 3021 5000 0504 1237 731]].",
    ),
    (
        CAF,
        PHY,
        "{{16h}} fermeture, {{2}} personnes refusées. L'agent de sécu leur donne un papier avec le {{3230}} et l'adresse du site. Un des deux crie « vous êtes payés pour quoi ».",
    ),
]

CAF_TEL_CSP = [
    (
        CAF,
        TEL,
        "Plateforme {{3230}}. Un allocataire donne son numéro : « [[N_ALLOCATAIRE:un cinq huit, deux zéro, quatre sept]] ». La conseillère répète, ok. Question : pourquoi l'{{APL}} a baissé de {{37 €}}. Réponse : revenus de {{N-2}} remplacés par la {{réforme contemporanéisation}}. Il ne comprend pas, elle reformule {{3 fois}}.",
    ),
    (
        CAF,
        TEL,
        "Appel d'une mère pour l'{{AEEH}} de son fils autiste, dossier {{MDPH}} en cours (réf. MDPH [[IDENTIFIANT:035-2024-08817]]). La Caf attend la notification. La conseillère ne peut rien faire de plus, elle le dit franchement.",
    ),
    (
        CAF,
        TEL,
        "Conseillère [[PERSONNE:Morgane]] : {{52}} appels ce matin. Temps de décroché moyen {{17 min}}. Musique d'attente : piano. Les gens disent « enfin ! » quand elle décroche.",
    ),
    (
        CAF,
        TEL,
        "M. [[PERSONNE:Nicolas Paris]] (oui, {{Paris}} comme la ville, il le dit lui-même) appelle de {{Paris}} pour un dossier à la Caf d'{{Ille-et-Vilaine}}, il a déménagé. Num allocataire [[N_ALLOCATAIRE:5530917]]. Transfert de dossier entre caisses.",
    ),
    (
        CAF,
        TEL,
        "Appel d'un bailleur social ({{Archipel Habitat}}) pour un {{impayé de loyer}}, la conseillère refuse de donner quoi que ce soit sans l'accord du locataire. Réf. locataire donnée par le bailleur : [[IDENTIFIANT:LOC-0092214]]. Elle prend note sans confirmer.",
    ),
    (
        CAF,
        TEL,
        "Une femme en pleurs, violences conjugales, veut que ses prestations soient versées sur un compte à elle seule. La conseillère passe en {{procédure prioritaire}}. Nouveau compte : [[IBAN:FR76 1600 6211 2209 8765 4321 050]]. Nouvelle adresse confidentielle, non dite au téléphone. Appel de {{22 min}}. Prénom [[PERSONNE:Inès]].",
    ),
    (
        CAF,
        TEL,
        "Appel sans données : quelqu'un qui demande les horaires de l'accueil de {{Fougères}}. {{Lundi}} et {{jeudi}} matin. {{30 s}}.",
    ),
    (
        CAF,
        TEL,
        "Allocataire qui appelle pour la {{prime de Noël}} pas reçue : {{152,45 €}} attendus. Elle a le {{RSA}} depuis le {{15 décembre}} seulement, versement en {{janvier}} alors. Elle donne son numéro allocataire, [[N_ALLOCATAIRE:3096211]] et son portable [[TELEPHONE:06 33 81 07 26]] pour qu'on la rappelle si erreur.",
    ),
    (
        CAF,
        TEL,
        "Échange entre conseillers sur le chat interne ({{Teams}}) : « quelqu'un sait si l'AAH est déconjugalisée pour les couples pacsés ? » Réponse en {{20 secondes}} : oui depuis {{octobre 2023}}.",
    ),
    (
        CAF,
        TEL,
        "Un jeune qui vit chez ses parents à {{Bruz}} veut savoir s'il peut avoir une aide pour son permis. Non, la Caf ne fait pas ça ; la conseillère l'envoie vers la {{Mission locale}} et {{France Travail}}. Son nom : [[PERSONNE:Yanis]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place avec [[PERSONNE:Frédérique]], contrôleuse Caf. Dossier d'une allocataire isolée ({{RSA majoré}}) suspectée de vie maritale. Adresse [[ADRESSE:2 rue des Acacias, 35700 Rennes]]. Dans l'entrée : {{2 paires}} de chaussures d'homme, un rasoir dans la salle de bain. L'allocataire dit que c'est son frère qui passe. La contrôleuse note tout sans juger devant elle.",
    ),
    (
        CAF,
        CSP,
        "Même contrôle, suite : devant l'immeuble une voiture immatriculée [[IMMATRICULATION:FR-221-LD]] que la contrôleuse a déjà vue lors d'un précédent passage. Elle me dit que ça ne prouve rien seul. Elle demande les {{relevés bancaires}} des {{3}} derniers mois, délai {{15 jours}}.",
    ),
    (
        CAF,
        CSP,
        "Préparation du contrôle au bureau : la contrôleuse consulte le dossier n° [[N_ALLOCATAIRE:1102348]], les échanges {{DGFiP}}, {{Pôle emploi}} (oui elle dit encore Pôle emploi), {{Ficoba}}. {{2h}} de préparation pour {{1h}} sur place.",
    ),
    (
        CAF,
        CSP,
        "Visite chez M. et Mme [[PERSONNE:Benoît]] pour vérifier les conditions de logement ({{logement décent}}). {{Moisissures}} dans la chambre des enfants. La contrôleuse prend des photos. Le propriétaire, M. [[PERSONNE:Jégou]], sera contacté : l'APL peut être consignée. Adresse: [[ADRESSE:25 rue de Nantes, 35600 Redon]].",
    ),
    (
        CAF,
        CSP,
        "Sur la route entre {{Vitré}} et {{La Guerche}}, [[PERSONNE:Frédérique]] parle de son métier : assermentée, peut interroger les banques, les employeurs. Ne porte pas d'arme (on lui demande souvent 😅).",
    ),
    (
        CAF,
        CSP,
        "Allocataire absente au rendez-vous de contrôle. {{Avis de passage}} dans la boîte, {{14h}}. La voisine, {{75 ans}}, nous dit qu'elle est « partie au bled ». Contrôleuse : « on n'écrit pas ça ». Dossier [[N_ALLOCATAIRE:4471093]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle d'un étudiant qui déclare payer {{500 €}} de loyer chez... sa tante. Chambre au {{2e étage}} d'une maison à {{Chantepie}}, [[ADRESSE:6 rue des Landelles]]. Bail signé par la tante, Mme [[PERSONNE:Pichon]]. La contrôleuse va vérifier si c'est vraiment payé (relevés).",
    ),
    (
        CAF,
        CSP,
        "Fin de journée de contrôle, {{4}} visites, {{1}} présumée fraude, {{1}} erreur de déclaration en faveur de l'allocataire (rappel de {{640 €}} !). La contrôleuse : « on oublie qu'on trouve aussi des droits non versés ».",
    ),
]

# --- CCAS ---------------------------------------------------------------------------------------
CCAS_NOTES = [
    (
        CCAS,
        PHY,
        "CCAS de {{Lorient}}, accueil. Mme [[PERSONNE:Josette Le Dantec]], {{82 ans}}, vient demander une aide pour sa facture d'électricité : {{312 €}}. Réf. client {{EDF}} [[IDENTIFIANT:6002 184 337]]. L'agente monte un dossier d'{{aide facultative}}, passage en commission {{jeudi}}.",
    ),
    (
        CCAS,
        PHY,
        "Domiciliation : un homme vient chercher son courrier. Il donne son nom, [[PERSONNE:Karamoko]], l'agent va chercher dans le casier, rien. Il revient tous les jours à {{11h}}. {{340}} personnes domiciliées ici.",
    ),
    (
        CCAS,
        PHY,
        "L'accueil du CCAS est dans la mairie, {{2e étage}}, l'ascenseur en panne depuis {{3 semaines}}. Une dame en fauteuil attend en bas, l'agente descend la recevoir dans le hall. Pas de nom.",
    ),
    (
        CCAS,
        PHY,
        "Demande d'{{épicerie sociale}} ({{L'Escale}}). Un couple avec {{2 enfants}}, reste à vivre calculé : {{4,20 €}} par jour et par personne. Accès accordé {{3 mois}}. Le monsieur, [[PERSONNE:Anthony]], ne lève pas les yeux de la table.",
    ),
    (
        CCAS,
        PHY,
        "Travailleuse sociale [[PERSONNE:Laure]] reçoit M. [[PERSONNE:Petrovic]] pour un dossier de {{FSL}}. Il a {{3 mois}} de loyer impayé chez {{Néotoa}}. Il donne son téléphone [[TELEPHONE:07 62 19 40 55]] et son adresse [[ADRESSE:Bât. B, 3 rue Guy Ropartz, 35700 Rennes]].",
    ),
    (
        CCAS,
        PHY,
        "Agent qui fait de la « médiation numérique » : aide à remplir la demande de {{chèque énergie}} en ligne ({{chequeenergie.gouv.fr}}). Il me dit que la moitié de son temps c'est des mots de passe oubliés.",
    ),
    (
        CCAS,
        PHY,
        "Une dame vient pour la {{téléassistance}} de sa mère. La mère : Mme [[PERSONNE:Raymonde Gicquel]], née le [[DATE_NAISSANCE:4 juin 1936]]. Formulaire rempli. Le boîtier sera installé par {{Présence Verte}}.",
    ),
    (
        CCAS,
        PHY,
        "Jeune femme, {{22 ans}}, sans ressources, en rupture familiale. L'agente l'oriente vers la {{Mission locale}} pour le {{CEJ}} et lui donne un bon alimentaire de {{30 €}} ({{Carrefour Market}}). Prénom [[PERSONNE:Kenza]]. Elle a dormi chez une amie, [[PERSONNE:Sarah]].",
    ),
    (
        CCAS,
        PHY,
        "Dans la salle d'attente, affiche pour le {{repas des aînés}} ({{14 décembre}}, {{salle Pierre Mendès France}}). Une dame demande à s'inscrire, {{12 €}}. Facile.",
    ),
    (
        CCAS,
        PHY,
        "M. [[PERSONNE:Fournier]] veut une aide pour réparer sa voiture (il est aide à domicile, sans voiture pas de travail). Devis du {{Garage Ferreira Automobiles}} : {{890 €}}. Carte grise au nom de sa femme, plaque [[IMMATRICULATION:BX-559-KE]]. Prêt à taux zéro du CCAS possible ({{microcrédit}}).",
    ),
    (
        CCAS,
        TEL,
        "Standard du CCAS. Une fille appelle pour son père, M. [[PERSONNE:Lemoine]], qui ne se nourrit plus. Portage de repas : {{7,80 €}} le repas. Elle donne son propre numéro, [[TELEPHONE:06 90 12 77 31]], et son mail [[EMAIL:sandrine.lemoine@sfr.fr]]. Visite d'évaluation proposée {{mardi}}.",
    ),
    (
        CCAS,
        TEL,
        "Appel d'un monsieur qui demande si le CCAS peut payer sa cantine scolaire. Oui, tarification sociale selon le {{quotient familial}} ({{QF}} < {{600}}). Il faut le numéro allocataire : il le donne, [[N_ALLOCATAIRE:6623014]]. Ok.",
    ),
    (
        CCAS,
        TEL,
        "Appel anonyme : « il y a une vieille dame au {{3e}} qui crie la nuit ». L'agent prend le signalement, adresse de l'immeuble : [[ADRESSE:18 avenue de la Libération, 56100 Lorient]]. Transmet au {{service autonomie}}, {{9h35}}.",
    ),
    (
        CCAS,
        TEL,
        "Le téléphone sonne {{80 fois}} par jour d'après l'agente. Aujourd'hui beaucoup d'appels pour le {{plan canicule}} ({{registre}}). Inscription par tél possible.",
    ),
    (
        CCAS,
        TEL,
        "Inscription au {{registre canicule}} par téléphone : Mme [[PERSONNE:Yvonne Le Floch]], l'agente demande la date de naissance complète : [[DATE_NAISSANCE:11/02/1931]]. Tél fixe [[TELEPHONE:02.97.21.48.63]]. {{Personne à prévenir}} : son neveu [[PERSONNE:Gwénaël]].",
    ),
    (
        CCAS,
        TEL,
        "Un partenaire (le {{SIAO}}) appelle pour une famille à reloger, référence SIAO [[IDENTIFIANT:SI-56-2024-1187]]. Les agents se parlent en sigles ({{DALO}}, {{SYPLO}}, {{ACD}}), je ne comprends pas la moitié.",
    ),
    (
        CCAS,
        TEL,
        "Appel pour une {{aide au BAFA}}. Non, c'est la mairie service jeunesse. Transfert au poste {{4217}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile {{APA}} avec l'évaluatrice [[PERSONNE:Isabelle]], chez M. [[PERSONNE:Albert Roué]], {{91 ans}}, [[ADRESSE:Lieu-dit Kerbastard, 56700 Hennebont]]. Maison froide, poêle à bois. Il vit avec son chat {{Minou}}. Grille {{AGGIR}} : {{GIR 4}}. Il refuse l'aide à domicile « je suis pas un impotent ».",
    ),
    (
        CCAS,
        CSP,
        "Visite dans un logement signalé insalubre. Pas de nom sur la {{boîte}}, {{3e étage}}. La {{travailleuse sociale}} frappe, un jeune homme ouvre, méfiant. On reste sur le palier. Devant l'immeuble une vieille {{Golf}} immatriculée [[IMMATRICULATION:7842 XZ 35]] (ancien format), la TS pense qu'il dort dedans. Il doit réfléchir.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez Mme [[PERSONNE:Marie-Thérèse]] ({{résidence autonomie Les Charmilles}}, logement {{14}}). Elle nous montre les lettres qu'elle ne comprend pas : un avis d'impôt, une relance {{Orange}} (réf. client [[IDENTIFIANT:0299456712-88]]). L'agente trie avec elle.",
    ),
    (
        CCAS,
        CSP,
        "Évaluation à domicile pour un portage de repas : [[ADRESSE:7 rue de la Chapelle, Quéven]]. Le monsieur, M. [[PERSONNE:Guillerm]] (juste le nom sur la boîte aux lettres), nous attend. {{Frigo}} quasi vide. Mise en place {{lundi}}.",
    ),
    (
        CCAS,
        CSP,
        "Trajet en voiture de service, {{Clio}} du CCAS. La travailleuse sociale raconte qu'elle fait {{6 visites}} par semaine et que les familles l'attendent souvent avec un café et des gâteaux.",
    ),
    (
        CCAS,
        CSP,
        "Visite dans une caravane sur un terrain familial : [[ADRESSE:aire d'accueil de Kerlétu, emplacement 6]]. Famille [[PERSONNE:Winterstein]]. Demande d'aide pour le {{raccordement électrique}} ({{Enedis}}, devis {{1 430 €}}). Le fils aîné ([[PERSONNE:Django]]) fait la traduction des papiers pour sa grand-mère.",
    ),
    (
        CCAS,
        CSP,
        "Visite de suivi chez Mme [[PERSONNE:Jaouen]], qui a fait une chute. L'agent vérifie que la {{barre d'appui}} a été posée. Oui. {{10 minutes}}. Rien d'autre à noter.",
    ),
]

# --- Urgences ---------------------------------------------------------------------------------
URG_NOTES = [
    (
        URG,
        PHY,
        "Urgences {{CHU}} de {{Brest}}, accueil administratif. {{21h10}}. L'agente d'accueil ([[PERSONNE:Soline]]) enregistre une patiente : nom [[PERSONNE:Kerouédan]], née le [[DATE_NAISSANCE:02/11/1990]], carte Vitale ok, mutuelle ok. Le système crée l'IPP [[IDENTIFIANT:P00871245]], le bracelet s'imprime. {{1 min 30}}.",
    ),
    (
        URG,
        PHY,
        "Salle d'attente : {{34}} personnes. Écran : attente estimée {{4h}}. Un enfant vomit. Pas d'eau à la fontaine (vide). Un papa râle, sa femme l'appelle « [[PERSONNE:Jojo]] » pour le calmer, ça fait rire la salle.",
    ),
    (
        URG,
        PHY,
        "Patient sans papiers, sans carte Vitale. L'agente crée un dossier provisoire « X » avec juste un prénom, [[PERSONNE:Ibrahim]], et une date approximative. Le service social sera prévenu demain matin pour l'{{AME}} / {{soins urgents}}.",
    ),
    (
        URG,
        PHY,
        "L'{{IOA}} (infirmière d'accueil) trie : {{tri 1}} à {{5}}. Elle me montre la grille {{FRENCH}}. Une douleur thoracique passe avant tout le monde, ça gueule dans la salle.",
    ),
    (
        URG,
        PHY,
        "Un monsieur ramené par les {{pompiers}}, alcoolisé, {{23h50}}, ne veut pas donner son nom. Finalement les pompiers le donnent : [[PERSONNE:Jean-Claude Mével]]. Date de naissance trouvée dans le dossier antérieur (passage en {{2021}}) : [[DATE_NAISSANCE:1962-08-19]].",
    ),
    (
        URG,
        PHY,
        "{{Parking des urgences}}, une voiture garée sur la {{place ambulance}}, plaque [[IMMATRICULATION:DM-804-QR]]. Le vigile appelle au micro dans la salle d'attente : « le propriétaire du véhicule immatriculé [[IMMATRICULATION:DM 804 QR]] est prié de le déplacer ». Personne ne bouge.",
    ),
    (
        URG,
        PHY,
        "Une maman avec sa fille de {{4 ans}} (fièvre). La maman donne sa carte mutuelle {{MGEN}}, adhérent n° [[IDENTIFIANT:2 04 118 667 3]], l'agent l'enregistre pour le {{tiers payant}}. Fille : [[PERSONNE:Jade]].",
    ),
    (
        URG,
        PHY,
        "L'agent administratif de nuit me dit : « le pire c'est les gens qui viennent pour un certificat pour le sport ». Ce soir : {{0}} sur {{27}} passages. Pas de chance pour ma note 😄",
    ),
    (
        URG,
        PHY,
        "Touriste allemand, tombé en vélo. Il donne sa carte {{CEAM}} et son adresse en {{Allemagne}} : [[ADRESSE:Lindenstraße 14, 50674 Köln]]. L'agente galère pour saisir le ß. Téléphone : [[TELEPHONE:+49 171 2345678]].",
    ),
    (
        URG,
        PHY,
        "{{2h15}} du matin. {{11}} patients en box, {{6}} brancards dans le couloir. Un interne (Dr [[PERSONNE:Paul Ménard]]) passe en courant.",
    ),
    (
        URG,
        PHY,
        "Agente d'accueil ({{guichet admissions}}) à la recherche d'un dossier : une patiente née le [[DATE_NAISSANCE:1er janvier 1950]] (date « par défaut » pour beaucoup de personnes nées à l'étranger, m'explique-t-elle), il y en a {{14}} avec le même nom [[PERSONNE:Mohamed]]. Il faut croiser avec le téléphone : [[TELEPHONE:06 41 27 88 09]].",
    ),
    (
        URG,
        PHY,
        "{{SMUR}} qui arrive, la sirène, {{22h05}}. Tout le monde se tait une seconde. Pas de données.",
    ),
    (
        URG,
        TEL,
        "Au téléphone de l'accueil des urgences : une femme demande si son mari est là. L'agente ne peut pas le dire au téléphone ({{secret médical}}). La femme donne le nom : [[PERSONNE:Philippe Le Meur]]. L'agente prend le numéro de rappel [[TELEPHONE:02 98 44 61 20]] et fera passer le message au {{médecin}} du {{box 4}}.",
    ),
    (
        URG,
        TEL,
        "Appel d'un EHPAD qui annonce l'envoi d'une résidente : Mme [[PERSONNE:Germaine Quéré]], {{94 ans}}, chute. Le cadre ([[PERSONNE:Olivier]]) note et prévient l'IOA. Ambulance {{Ambulances Le Gall}} en route.",
    ),
    (
        URG,
        TEL,
        "Les gens appellent les urgences pour savoir le temps d'attente. L'agente : « je ne peux pas vous dire, appelez le {{15}} si c'est grave ». {{6 appels}} comme ça en {{1h}}.",
    ),
    (
        URG,
        TEL,
        "Un laboratoire ({{Biogroup}}) appelle pour un résultat critique ({{potassium}}) d'un patient sorti : M. [[PERSONNE:Hamon Erwan]], IPP [[IDENTIFIANT:P00652013]]. Le médecin rappelle le patient tout de suite.",
    ),
    (
        URG,
        TEL,
        "Appel de la gendarmerie de {{Landerneau}} : ils amènent une personne en garde à vue pour un {{certificat de compatibilité}} ({{garde à vue}}). Pas de nom dit au téléphone.",
    ),
    (
        URG,
        TEL,
        "Une patiente sortie hier rappelle car elle a oublié son téléphone ({{iPhone}} rose) dans le box {{7}}. Son nom [[PERSONNE:Léna Marzin]], son mail pour la contacter [[EMAIL:lena.marzin29@gmail.com]]. L'agente va voir aux objets trouvés. Trouvé !",
    ),
]

# --- CHRS and the 115 -----------------------------------------------------------------------
CHRS_NOTES = [
    (
        CHRS,
        PHY,
        "CHRS {{L'Étape}}, accueil de jour, {{8h}}. Café, douches ({{4}}), machines à laver. Un monsieur, [[PERSONNE:Didier]], attend la douche depuis {{7h30}} dehors. L'éducateur ([[PERSONNE:Malik]]) gère le planning sur un tableau blanc.",
    ),
    (
        CHRS,
        PHY,
        "Entretien d'admission : Mme [[PERSONNE:Aïcha Benmoussa]] et ses {{2 enfants}}, orientée par le {{SIAO}} (dossier SIAO [[IDENTIFIANT:35-2024-004512]]). Elle a quitté le domicile conjugal [[ADRESSE:21 rue de Brest, 35000 Rennes]]. L'éducatrice remplit la fiche : date de naissance [[DATE_NAISSANCE:17 mai 1989]].",
    ),
    (
        CHRS,
        PHY,
        "Le veilleur de nuit me montre le cahier de liaison : « ch. {{12}} RAS », « ch. {{5}} bruit ». Ils notent aussi les prénoms... je ne recopie pas.",
    ),
    (
        CHRS,
        PHY,
        "Un résident, M. [[PERSONNE:Kowalski]], veut récupérer son {{titre de séjour}} gardé au {{coffre}} du {{CHRS}}. Le récépissé : n° [[IDENTIFIANT:3503447702]]. L'éducateur le lui donne contre signature.",
    ),
    (
        CHRS,
        PHY,
        "Repas du midi : {{42}} couverts, menu poulet-riz. Les bénévoles du {{Secours populaire}} servent. Ambiance calme. Rien de perso.",
    ),
    (
        CHRS,
        PHY,
        "Le travailleur social aide un résident à ouvrir un compte bancaire ({{La Banque Postale}}, {{droit au compte}}). Le RIB sort de l'imprimante : [[IBAN:FR76 2004 1010 0505 0062 4310 255]]. Le résident, [[PERSONNE:Fabrice]], le plie soigneusement : « mon premier RIB depuis 10 ans ».",
    ),
    (
        CHRS,
        PHY,
        "Résidente qui a un rendez-vous à {{France Travail}} demain, l'éducatrice vérifie son identifiant sur le courrier : [[ID_FRANCE_TRAVAIL:3104682K]]. Prénom [[PERSONNE:Nadège]]. Elle prépare le trajet en bus ({{ligne C4}}).",
    ),
    (
        CHRS,
        PHY,
        "Un homme arrive avec son chien ({{Tyson}}), refusé car pas de chenil. L'éducateur appelle le {{115}} pour trouver une place qui accepte les animaux. Rien ce soir. L'homme repart dormir dans sa voiture, une {{Clio}} grise immatriculée [[IMMATRICULATION:GK-347-VA]], l'éducateur la connaît, il y dort depuis {{novembre}}.",
    ),
    (
        CHRS,
        PHY,
        "{{Atelier CV}} dans la {{salle commune}} : l'animatrice montre un CV modèle au nom de [[PERSONNE:Jean Dupont]]. {{5}} résidents. L'un d'eux écrit son mail sur le tableau pour recevoir le modèle : [[EMAIL:kev.35.rennes@outlook.fr]].",
    ),
    (
        CHRS,
        PHY,
        "Ce qui me marque : les chambres sont à {{2}}, {{9 m²}}, et il y a une liste d'attente de {{60}} personnes au SIAO. Le directeur (M. [[PERSONNE:Thébault]]) dit que la durée moyenne de séjour est de {{14 mois}}.",
    ),
    (
        CHRS,
        TEL,
        "{{115}}, {{20h}}. Appel d'une femme avec bébé à la {{gare de Rennes}}. L'écoutant ([[PERSONNE:Florian]]) prend son nom, [[PERSONNE:Tatiana]], et trouve une place en hôtel ({{hôtel Ibis}}, chambre {{112}}). Taxi payé.",
    ),
    (
        CHRS,
        TEL,
        "Le 115 sonne non-stop : {{180}} appels décrochés dans la journée d'après l'écran, {{43 %}} de demandes non pourvues. L'écoutante répète « je suis désolée, il n'y a plus de place ce soir » au moins {{15 fois}} devant moi.",
    ),
    (
        CHRS,
        TEL,
        "Monsieur habitué qui appelle tous les soirs. Les écoutants le connaissent sous le surnom « le [[PERSONNE:Grand Mo]] ». Ce soir il a une place au {{foyer Adoma}}, chambre {{8}}.",
    ),
    (
        CHRS,
        TEL,
        "Appel d'une maraude ({{Croix-Rouge}}) qui signale un homme âgé sous le pont {{Saint-Hélier}}. Pas de nom. L'écoutant enregistre la localisation. Places : {{0}}.",
    ),
    (
        CHRS,
        TEL,
        "Famille qui vit dans sa voiture, {{3 enfants}}. Le père donne la plaque pour que la maraude les retrouve : [[IMMATRICULATION:CW-210-NF]], parking du {{Leclerc}} de {{Cesson}}. Nom : [[PERSONNE:Gashi]]. Numéro de rappel : [[TELEPHONE:07 53 09 26 41]].",
    ),
    (
        CHRS,
        TEL,
        "L'écoutant remplit la fiche dans {{SI-SIAO}}. La dame au téléphone donne sa date de naissance « le [[DATE_NAISSANCE:vingt-trois avril quatre-vingt-un]] ». Il convertit et tape, {{21h10}}. Prénom : [[PERSONNE:Sandrine]].",
    ),
    (
        CHRS,
        TEL,
        "Appel d'un jeune de {{18 ans}} sorti de l'{{ASE}} la veille. Il a un {{contrat jeune majeur}} refusé. L'écoutante lui trouve une place au {{CHRS L'Escale}} pour {{3 nuits}}. Il s'appelle [[PERSONNE:Noah]].",
    ),
    (
        CHRS,
        TEL,
        "Consigne de l'équipe : ne jamais dire le nom des {{hôtels}} au téléphone devant les autres appelants en attente. Ah ok, il y a un {{haut-parleur}} dans la salle, d'où la consigne.",
    ),
    (
        CHRS,
        CSP,
        "Tour des chambres avec l'éducateur {{10h}}. Chambre {{3}} : M. [[PERSONNE:Lebon]] n'est pas rentré depuis {{2 nuits}}. Procédure : s'il ne revient pas à {{72h}}, la place est libérée. L'éducateur inquiet, il appelle son portable [[TELEPHONE:06 84 31 22 57]], messagerie.",
    ),
    (
        CHRS,
        CSP,
        "Chambres du {{2e étage}}, contrôle des frigos (hygiène). Un résident a un {{réchaud}} interdit. Discussion calme. Il s'appelle [[PERSONNE:Rachid]], il dit que c'est pour le thé.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un appartement diffus du CHRS (hors les murs) : [[ADRESSE:5 place de Bretagne, 35000 Rennes]], {{T2}}. La famille [[PERSONNE:Ouédraogo]] y vit depuis {{8 mois}}. La mère a le papier de {{l'OFPRA}} : statut de réfugiée, n° [[IDENTIFIANT:2023-051177]].",
    ),
    (
        CHRS,
        CSP,
        "Chambre {{9}}, un résident nous montre fièrement son contrat de travail ({{Keolis}}, conducteur de bus). Il part en {{logement}} le mois prochain. Prénom [[PERSONNE:Abdou]].",
    ),
    (
        CHRS,
        CSP,
        "{{Contrôle incendie}}, les {{extincteurs}}, ok ({{12}}). Je note juste que les portes ne ferment pas à clé dans l'{{aile B}}. Rien d'autre.",
    ),
    (
        CHRS,
        CSP,
        "Visite de la chambre de Mme [[PERSONNE:Laurence]] (on dit son prénom, elle préfère). Elle a décoré avec des photos de ses enfants placés. Elle demande à l'éducatrice si elle pourra les recevoir le week-end. {{Juge des enfants}} le {{12}}.",
    ),
]

# --- France Travail ---------------------------------------------------------------------------
FT_NOTES = [
    (
        FT,
        PHY,
        "Agence {{France Travail}} {{Rennes Sud}}, {{9h}}. Accueil « flux » : {{3}} conseillers debout au comptoir. Un monsieur donne son identifiant, [[ID_FRANCE_TRAVAIL:2749615B]], pour une attestation employeur manquante. Le conseiller ([[PERSONNE:Cédric]]) la réclame à l'employeur en ligne.",
    ),
    (
        FT,
        PHY,
        "Femme de {{58 ans}}, licenciée après {{31 ans}} chez {{Citroën}} ({{La Janais}}). Elle ne sait pas utiliser l'espace personnel. Identifiant écrit au stylo sur sa main : [[ID_FRANCE_TRAVAIL:0518 273 L]]. Le conseiller soupire gentiment et l'accompagne sur le poste libre-service.",
    ),
    (
        FT,
        PHY,
        "Zone libre-service : {{8}} ordinateurs, {{2}} en panne, une imprimante. Un service civique aide les gens. Beaucoup de CV imprimés. Pas de données.",
    ),
    (
        FT,
        PHY,
        "Entretien d'inscription : M. [[PERSONNE:Sébastien Marec]], né le [[DATE_NAISSANCE:06/12/1984]], ancien cariste. Inscription validée, identifiant attribué [[ID_FRANCE_TRAVAIL:4021877M]]. Le conseiller lui parle du {{CEJ}}... non, trop vieux, du {{contrat d'engagement}} {{RSA}} alors, il est au RSA.",
    ),
    (
        FT,
        PHY,
        "Atelier {{« Cibler son CV »}}, {{10 participants}}. La conseillère [[PERSONNE:Élodie]] projette une offre d'emploi ({{offre n° 174RTZK}}, magasinier chez {{Lidl}}). Quelqu'un demande le salaire : {{SMIC}}.",
    ),
    (
        FT,
        PHY,
        "Monsieur qui vient contester une radiation ({{15 jours}}) pour absence à un rendez-vous. Il a la preuve qu'il était à l'hôpital ({{CHU}} bulletin de situation). Conseiller : recours préalable, délai {{2 mois}}. Le monsieur [[PERSONNE:Bouchard]] est très calme, épuisé.",
    ),
    (
        FT,
        PHY,
        "Jeune, [[PERSONNE:Anaïs]], {{19 ans}}, vient pour un {{CEJ}}. Elle a un rendez-vous avec sa conseillère, Mme [[PERSONNE:Rault]]. Entretien {{45 min}}. Allocation {{jusqu'à 528 €}}.",
    ),
    (
        FT,
        PHY,
        "Un homme ne veut pas parler devant les autres. Le conseiller l'emmène dans un {{bureau fermé}}. Je ne suis pas invitée. Retour {{20 min}} plus tard, il sourit.",
    ),
    (
        FT,
        PHY,
        "Demande d'{{aide à la mobilité}} pour un entretien à {{Lyon}} : billet de train {{TGV}} {{89 €}}. Le conseiller saisit : demandeur [[PERSONNE:Ousmane Sow]], id [[ID_FRANCE_TRAVAIL:5530021X]]. Remboursé sur son RIB habituel.",
    ),
    (
        FT,
        PHY,
        "Signalement : un usager a laissé sa pièce d'identité sur la photocopieuse. {{Carte d'identité}} au nom de [[PERSONNE:Louis Garnier]], n° [[IDENTIFIANT:190735201847]]. Gardée à l'{{accueil}} dans une {{enveloppe}}.",
    ),
    (
        FT,
        PHY,
        "Conseiller [[PERSONNE:Yannick]] me montre son portefeuille : {{412 demandeurs}} suivis. « En {{accompagnement guidé}} c'est {{1 rendez-vous}} tous les {{3 mois}} au mieux ». ",
    ),
    (
        FT,
        PHY,
        "Une femme, ancienne infirmière en {{Roumanie}}, veut faire reconnaître son diplôme. Le conseiller ne sait pas, appelle l'{{ARS}}. Elle laisse son téléphone : [[TELEPHONE:+40 722 418 903]] (roumain, elle n'a pas encore de numéro français) et [[EMAIL:ioana.dumitru@yahoo.ro]].",
    ),
    (
        FT,
        PHY,
        "{{Journée job dating}} au rez-de-chaussée : {{Keolis}}, {{Transdev}}, {{La Poste}}, l'armée. Queue jusqu'à la porte. On ne parle à personne en particulier.",
    ),
    (
        FT,
        TEL,
        "{{3949}}. Le conseiller décroche, l'appelant dicte son identifiant : « [[ID_FRANCE_TRAVAIL:trois un zéro huit quatre cinq deux, R]] ». Question sur une {{ARE}} pas versée : {{déclaration mensuelle}} faite un jour trop tard. Versement lundi.",
    ),
    (
        FT,
        TEL,
        "Appel sortant : le conseiller rappelle un demandeur pour un rendez-vous téléphonique (accompagnement). Numéro composé [[TELEPHONE:06 27 14 93 80]]. M. [[PERSONNE:Guillou]] décroche en plein {{chantier}}, on entend une {{disqueuse}}. Rappel convenu à {{18h}}.",
    ),
    (
        FT,
        TEL,
        "Appel : « est-ce que je dois déclarer mon auto-entreprise ? » Oui. L'appelant donne son identifiant [[ID_FRANCE_TRAVAIL:6628143D]] et son {{SIRET}} {{891 244 617 00018}} (c'est celui de l'entreprise, pas le sien). Il cumule {{ARE}} + {{ACRE}}.",
    ),
    (
        FT,
        TEL,
        "Conseillère qui fait les relances d'inscriptions incomplètes, {{14}} dans la liste. Sur les {{14}}, {{5}} décrochent. Une me dit « ah c'était vous les SMS ». Elle confirme son identifiant, [[ID_FRANCE_TRAVAIL:4417 562 H]], et son mail [[EMAIL:manon.kerrien@laposte.net]].",
    ),
    (
        FT,
        TEL,
        "Un employeur appelle pour une offre ({{offre n° 175KLMW}}) : boulangerie à {{Betton}}, la {{Boulangerie Guérin}}. Il cherche un apprenti. La conseillère lui propose {{3}} profils. Le patron : M. [[PERSONNE:Guérin]] lui-même, tél [[TELEPHONE:02 99 55 41 87]].",
    ),
    (
        FT,
        TEL,
        "Appelante furieuse, trop-perçu d'{{ARE}} de {{1 876 €}}. Elle donne son identifiant, [[ID_FRANCE_TRAVAIL:1837 024 F]], et son nouveau RIB pour l'échéancier : [[IBAN:FR76 1254 8029 9800 3345 6781 217]]. La conseillère lui propose {{50 €}}/mois.",
    ),
    (
        FT,
        TEL,
        "Le {{3949}} affiche {{12 min}} d'attente. Le conseiller me dit que c'est bien pour un lundi. Il porte un casque avec un seul écouteur pour m'entendre aussi.",
    ),
    (
        FT,
        TEL,
        "Une mère appelle pour son fils ({{24 ans}}) qui « ne fait rien ». Le conseiller ne peut rien dire sans le fils. Elle donne quand même son nom à lui, [[PERSONNE:Dylan Roche]], et son adresse mail [[EMAIL:dylan.roche.pro@gmail.com]] « pour qu'on lui envoie des {{offres}} ».",
    ),
    (
        FT,
        TEL,
        "Appel d'un partenaire ({{Cap emploi}}) pour un demandeur en situation de handicap, {{RQTH}} en cours ({{MDPH}}). Échange entre pros. Le demandeur : [[PERSONNE:Mickaël]], identifiant [[ID_FRANCE_TRAVAIL:7293316T]].",
    ),
]

ALL_NOTES = (
    CPAM_TEL_1
    + CPAM_TEL_2
    + CPAM_TEL_3
    + CPAM_PHY_1
    + CPAM_PHY_2
    + CPAM_CSP
    + CAF_NOTES
    + CAF_TEL_CSP
    + CCAS_NOTES
    + URG_NOTES
    + CHRS_NOTES
    + FT_NOTES
)


MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return its text, entities and keep list."""
    text, entities, keep, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        text.append(chunk)
        length += len(chunk)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain or "{{" in plain or "}}" in plain:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return plain, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(ALL_NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"ind48-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Stratified 50/50 split by site kind x channel with random.Random(48)."""
    rng = random.Random(48)
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
