"""Independent evaluation corpus n° 148: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. Running this file
strips the marks, computes the offsets, draws the dev / holdout split and writes
``dev.jsonl`` and ``holdout.jsonl`` next to it (standard library only, deterministic).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind148"
SEED = 148

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHYS, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

CAF_NOTES = [
    (
        CAF,
        TEL,
        "Plateforme tel {{Caf}} {{Metz}}, {{9h02}}. 1er appel : une dame qui appelle pour la {{prime d'activité}}. Agent ([[PERSONNE:Laetitia]]) : « votre numéro allocataire svp ? » — « alors c'est le [[N_ALLOCATAIRE:28]]… attendez… [[N_ALLOCATAIRE:41 937]] » — « donc [[N_ALLOCATAIRE:2841937]] ? » — « oui voilà ». Nom : Mme [[PERSONNE:Wagner]], « [[PERSONNE:W comme Whisky]] »..",
    ),
    (
        CAF,
        TEL,
        "appel {{10h14}}, monsieur tres enervé, il crie dans le combiné, on l'entend depuis ma chaise. il veut savoir pk son {{APL}} a baissé de {{43 €}}. Il hurle son n° alloc : « [[N_ALLOCATAIRE:4418203]] ! ». L'agent reste calme. {{6 minutes}}. il raccroche sans dire au revoir",
    ),
    (
        CAF,
        TEL,
        "Mme [[PERSONNE:Boukhalfa]] epelle : « [[PERSONNE:B-O-U-K-H-A-L-F-A]] » puis l'agent demande le prénom, « [[PERSONNE:Nadia]], avec un seul D ». Date de naissance ? « le [[DATE_NAISSANCE:12]]… non le [[DATE_NAISSANCE:21 août]] » — et l'année ? — « [[DATE_NAISSANCE:soixante-dix-neuf]] ». Derrière elle un enfant qui pleure.",
    ),
    (
        CAF,
        TEL,
        "Le monsieur dicte son RIB pour le changement de banque : « [[IBAN:FR76]]… [[IBAN:1027 8629 5037]]… vous suivez ? … [[IBAN:4051 2389 231]] ». L'agente relit tout : [[IBAN:FR76 1027 8629 5037 4051 2389 231]]. Il dit « c'est le Crédit Mutuel de {{Thionville}} ». Mr [[PERSONNE:Da Costa]].",
    ),
    (
        CAF,
        TEL,
        "!! temps d'attente affiché sur le bandeau : {{27 min}}. {{14 appels}} en file. La superviseure (Mme [[PERSONNE:Ohlmann]]) passe derrière les agents avec un post-it.",
    ),
    (
        CAF,
        TEL,
        "appel d'une jeune, [[PERSONNE:Inès Belkacem]], {{19 ans}}, qui demande si elle a droit aux {{APL}} en colocation à {{Nancy}}. Agent lui donne le lien caf.fr, lui demande son mail pour envoyer la liste des pièces : « [[EMAIL:ines.belk54@gmail.com]] » — elle épelle « [[EMAIL:B-E-L-K, cinquante-quatre]] ». L'agent retape [[EMAIL:inesbelk54@gmail.com]] d'abord, erreur, corrige.",
    ),
    (
        CAF,
        TEL,
        "La dame passe le téléphone à son fils parce qu'elle comprend pas bien le français. Le fils : « oui bonjour c'est pour ma mère, Mme [[PERSONNE:Yilmaz]], [[PERSONNE:Y-I-L-M-A-Z]], son numéro c'est le [[N_ALLOCATAIRE:3105 662]] ». Agent : « et vous êtes ? » — « [[PERSONNE:Emre]], son fils ». Agent explique qu'il faut l'accord de la mère, la mère crie « oui oui » au fond.",
    ),
    (
        CAF,
        TEL,
        "Pause café {{10h30}}. Les agents parlent du nouveau logiciel et de la {{réforme des APL}} de {{2021}}, « depuis c'est l'enfer ». Personne ne sait qui décide des scripts d'appel.",
    ),
    (
        CAF,
        TEL,
        "appel {{11h05}} : dossier [[N_ALLOCATAIRE:1967340]], M. [[PERSONNE:Rakotomalala]] (l'agent galère avec l'orthographe, il épelle deux fois : [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]]). Il attend le versement du {{RSA}} depuis le {{5}}. Tel de rappel : « [[TELEPHONE:zéro six, quarante-sept, dix-huit, vingt-deux, zéro trois]]… »",
    ),
    (
        CAF,
        TEL,
        "Agent [[PERSONNE:Kévin]] me dit : « le pire c'est quand ils donnent le numéro de sécu à la place du numéro alloc ». Deux minutes après ça arrive : la dame lit « [[NIR:2 87 03 57 463 128 13]] », il lui dit gentiment que c'est pas ça. Elle est née en [[DATE_NAISSANCE:mars 87]] à {{Metz}} d'après ce qu'elle dit ensuite.",
    ),
    (
        CAF,
        TEL,
        "Un papy de {{84 ans}} qui appelle pour sa petite fille. Il ne sait pas le numéro, il lit une lettre : « il y a écrit référence [[N_ALLOCATAIRE:0458213]] ». L'agent : « c'est bien ça ». Il répète « [[N_ALLOCATAIRE:0458]]… » — non pardon, l'agent l'arrête. Petite fille : [[PERSONNE:Lou-Anne Marchal]].",
    ),
    (
        CAF,
        TEL,
        "Script affiché : « Bonjour, {{Caf du Bas-Rhin}}, [prénom] à votre écoute ». Mon agent dit juste « Caf bonjour ». 😅",
    ),
    (
        CAF,
        TEL,
        "Appel transféré par le {{3230}}. Mme [[PERSONNE:Nguyen Thi Hoa]] a déménagé : nouvelle adresse « [[ADRESSE:14 rue de la Hardt, 67100 Strasbourg]] » — l'agent : « [[ADRESSE:Hardt]] avec DT ? » — « oui [[ADRESSE:H-A-R-D-T]] ». Ancienne adresse [[ADRESSE:3 place de Haldenbourg]] à {{Strasbourg}} aussi.",
    ),
    (
        CAF,
        TEL,
        "Un monsieur veut parler à « madame [[PERSONNE:Schneider]] qui m'a eu la dernière fois ». L'agent explique qu'on ne peut pas transférer à une personne précise. Il insiste : « [[PERSONNE:Schneider]], [[PERSONNE:Martine]] je crois ». Refus poli.",
    ),
    (
        CAF,
        TEL,
        "Fin de matinée : {{63 appels}} traités sur la plateforme, taux de décroché {{71 %}}. Chiffres lus sur l'écran mural.",
    ),
    (
        CAF,
        TEL,
        "appel pour {{AAH}} + {{APL}}. l'agente demande le numero de tel pour le rappel du service handicap : « [[TELEPHONE:03 87]] … euh … [[TELEPHONE:65 12 90]], non [[TELEPHONE:03 87 65 21 90]], je confonds toujours ». Monsieur [[PERSONNE:Thiam]], [[PERSONNE:Ousmane]]. Vit à {{Forbach}}. Et le RIB de son nouveau compte {{La Banque Postale}} : [[IBAN:FR76 2004 1792 9974 8016 1710 473]].",
    ),
    (
        CAF,
        TEL,
        "La dame a son mail de la caf dans les spams. Elle épelle son adresse : « [[EMAIL:sabrina point kieffer arobase orange point fr]] ». Agent : « [[PERSONNE:Kieffer]] deux F ? » « oui ». Mme [[PERSONNE:Kieffer]] ([[PERSONNE:Sabrina]]).",
    ),
    (
        CAF,
        TEL,
        "Moment gênant : l'agent demande la date de naissance pour vérifier l'identité. « Euh… c'est pour mon mari » — « la sienne alors » — « [[DATE_NAISSANCE:5]]… [[DATE_NAISSANCE:5 juin]]… il est de [[DATE_NAISSANCE:81]] ? » (à quelqu'un derrière) une voix d'homme : « [[DATE_NAISSANCE:82]] ! ». Mr [[PERSONNE:Lorentz]].",
    ),
    (
        CAF,
        TEL,
        "appel court, question sur la {{prime de Noël}} : « c'est versé le {{17 décembre}} ? » oui. Elle donne quand même son numéro alloc, « [[N_ALLOCATAIRE:2 650 914]] », pour rien. {{45 secondes}}.",
    ),
    (
        CAF,
        TEL,
        "Conseillère [[PERSONNE:Aurore]] au casque depuis {{8h30}}. Elle me montre son écran : dossier de M. [[PERSONNE:Bakayoko]], [[N_ALLOCATAIRE:5502198]], adresse [[ADRESSE:27 avenue de Strasbourg, 57070 Metz]], situation « isolé », {{1 enfant}}. Elle dit « on n'a pas le droit de lire ça à voix haute » et fait défiler.",
    ),
    (
        CAF,
        TEL,
        "Appel en alsacien au début (!), l'agente répond en alsacien, puis repasse en français. Dame de {{Colmar}}, question sur l'{{ARS}}. Pas de nom donné, la dame a raccroché avant.",
    ),
    (
        CAF,
        TEL,
        "M. [[PERSONNE:Lefèvre]] dicte son n° de portable en chiffres par deux mais se trompe d'ordre : « [[TELEPHONE:07 68]]… [[TELEPHONE:44]]… non attendez [[TELEPHONE:07 86 44 19 52]] ». L'agent relit « [[TELEPHONE:zéro sept quatre-vingt-six, quarante-quatre, dix-neuf, cinquante-deux]] », il dit oui. Puis le RIB, lu sur son chéquier : « [[IBAN:13335]] [[IBAN:59018]] [[IBAN:65071468346]] clé [[IBAN:71]] ».",
    ),
    (
        CAF,
        TEL,
        "Caf du Loiret, pôle tel d'{{Orléans}}. Une maman, [[PERSONNE:Jessica Roux]], appelle pour la {{PAJE}}, son bébé est né le [[DATE_NAISSANCE:2 janvier]]. L'agent demande le prénom de l'enfant : « [[PERSONNE:Maël]] ». Le bébé gazouille dans le tel.",
    ),
    (
        CAF,
        TEL,
        "pendant l'appel, collègue à côté ([[PERSONNE:Romain]]) lit à voix haute un numéro sur son écran « [[N_ALLOCATAIRE:7 204 518]] » pour demander de l'aide. Tout le monde entend. Pas très discret.",
    ),
    (
        CAF,
        PHYS,
        "Accueil Caf {{Tours}}, {{13h30}}. File de {{11 personnes}} devant la porte avant l'ouverture. Borne de tickets en panne. Vigile distribue des tickets papier.",
    ),
    (
        CAF,
        PHYS,
        "ticket {{A027}}. Mr [[PERSONNE:Hamidou Sow]] vient déposer un justificatif de loyer, la borne de scan refuse son doc. Agent [[PERSONNE:Clara]] le scanne à la main. Numéro alloc sur la feuille : [[N_ALLOCATAIRE:3376021]].",
    ),
    (
        CAF,
        PHYS,
        "Une mère avec poussette, {{3 enfants}}, vient pour un trop perçu de {{1 248 €}}. Elle pleure. L'agente propose un échéancier à {{50 €}} par mois. Le plus grand joue avec la {{fontaine à eau}}.",
    ),
    (
        CAF,
        PHYS,
        "« Madame [[PERSONNE:Ferreira]] ? » appelle l'agent. Personne. « Madame [[PERSONNE:Ferreira]] ? » Une dame se lève : « c'est [[PERSONNE:Ferreira Gomes]] en fait ». Son RIB sur l'attestation : [[IBAN:FR76 2004 1885 6940 8327 2121 324]].",
    ),
    (
        CAF,
        PHYS,
        "Écran d'attente : pub pour l'appli « Caf - Mon Compte », météo, et la phrase « Pensez à déclarer vos ressources trimestrielles ». Aucun des usagers ne regarde.",
    ),
    (
        CAF,
        PHYS,
        "jeune homme, [[PERSONNE:Dylan]], {{22 ans}}, vient pour le {{RSA}}. Il n'a pas de mail. L'agent lui en crée un sur place : [[EMAIL:dylan.mougel88@outlook.fr]]. Mot de passe noté sur un post-it qu'il met dans sa poche.",
    ),
    (
        CAF,
        PHYS,
        "Dame âgée d'origine cambodgienne, Mme [[PERSONNE:Sok]], accompagnée de sa voisine (Mme [[PERSONNE:Pichon]]). La voisine fait la traduction à moitié. Dossier {{ASPA}} renvoyé vers la {{Carsat}}.",
    ),
    (
        CAF,
        PHYS,
        "L'agent d'accueil me dit qu'ils ont eu {{212 visites}} hier, un lundi après les vacances. « Le lundi c'est toujours ça. »",
    ),
    (
        CAF,
        PHYS,
        "Monsieur montre son titre de séjour pour l'ouverture des droits : n° [[IDENTIFIANT:6701284593]], valable jusqu'en {{2027}}. Né le [[DATE_NAISSANCE:03/01/1979]] à {{Casablanca}}. Son NIR sur la carte vitale : [[NIR:1 79 01 99 350 087 04]]. M. [[PERSONNE:Benjelloun]].",
    ),
    (
        CAF,
        PHYS,
        "point d'accueil {{Bourges}}, quartier {{Chancellerie}}. Agent seul pour tout l'accueil. Il court entre la borne et le guichet. Les gens attendent debout.",
    ),
    (
        CAF,
        PHYS,
        "Une femme, [[PERSONNE:Rahma]], donne son adresse en écrivant sur un papier : [[ADRESSE:9 allée des Tilleuls, 18000 Bourges]]. L'agent tape « [[ADRESSE:Tilleul]] » sans S. Je ne dis rien.",
    ),
    (
        CAF,
        PHYS,
        "Conversation entendue en salle d'attente : « t'es passé chez [[PERSONNE:Jojo]] ? » « non il bosse chez {{Leclerc}} maintenant ». Deux copains de {{20 ans}} environ.",
    ),
    (
        CAF,
        PHYS,
        "Usager énervé : « ça fait {{3 fois}} que je viens !! » — on lui donne un rdv avec une travailleuse sociale, Mme [[PERSONNE:Abdelkader]], jeudi {{14h}}.",
    ),
    (
        CAF,
        PHYS,
        "Accueil sur rdv uniquement le mardi. Panneau scotché sur la vitre. {{4 personnes}} repartent sans être reçues en {{20 min}}, dont un monsieur qui laisse son n° alloc sur un papier : [[N_ALLOCATAIRE:1183576]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place avec le contrôleur [[PERSONNE:Thierry Baumann]], {{Sarreguemines}}. Appart au {{3e}} sans ascenseur, [[ADRESSE:18 rue de la Montagne, 57200 Sarreguemines]]. Mme [[PERSONNE:Kovačević]] ouvre, méfiante. Il montre sa carte.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur vérifie la boîte aux lettres : deux noms, « [[PERSONNE:HOFFMANN]] / [[PERSONNE:DIALLO]] ». La dame dit que c'est l'ancien locataire. Il note. Pas de conclusion devant moi.",
    ),
    (
        CAF,
        CSP,
        "Trajet en voiture de service ({{Clio}} blanche) jusqu'à {{Épernay}}. Le contrôleur explique qu'il fait {{4 à 5 contrôles}} par jour, parfois {{80 km}}. Il n'aime pas le mot « fraude ».",
    ),
    (
        CAF,
        CSP,
        "Dans la cour, une voiture immatriculée [[IMMATRICULATION:FP-418-RK]] : le contrôleur demande à qui elle est. « À mon frère » dit Mme [[PERSONNE:Rousseau]]. Il note la plaque dans son rapport.",
    ),
    (
        CAF,
        CSP,
        "Contrôle ressources : Mr [[PERSONNE:Ahmed Chérif]] sort ses relevés, compte [[IBAN:FR76 3000 4425 6244 7315 9011 028]]. Le contrôleur recopie les virements de {{juin}} à {{août}}. {{1h10}} sur place.",
    ),
    (
        CAF,
        CSP,
        "sur place, camping municipal {{Vitry-le-François}} : famille [[PERSONNE:Weiss]] vit à l'année en mobil-home, [[ADRESSE:camping de la Marne, emplacement 31]]. Le contrôleur vérifie la résidence principale. Le pick-up du père, [[IMMATRICULATION:AH 375 VR]], est garé devant. Le chien ({{Rocky}}) aboie tout le long.",
    ),
    (
        CAF,
        CSP,
        "Rapport tapé sur tablette dans la voiture. Champs : « nom », « n° alloc », « date de naissance », « composition du foyer ». Il remplit : [[PERSONNE:KRASNIQI Arben]], [[N_ALLOCATAIRE:6021847]], [[DATE_NAISSANCE:14/11/1988]], {{2 adultes}} {{3 enfants}}, RIB [[IBAN:FR76 1627 5994 3928 0929 3998 125]].",
    ),
    (
        CAF,
        CSP,
        "Pas de réponse à la porte de Mme [[PERSONNE:Arnould]]. Dans l'allée, sa voiture, [[IMMATRICULATION:BZ-604-CN]] : « elle est peut-être là quand même ». Le contrôleur laisse un avis de passage. Il dit que c'est {{1 sur 3}} en moyenne. On repart.",
    ),
    (
        CAF,
        CSP,
        "Dame de {{70 ans}}, veuve, contrôlée pour l'{{ASF}} de son petit-fils qu'elle élève. Elle montre la photo du petit ([[PERSONNE:Enzo]]). Le contrôleur est touché, ça se voit.",
    ),
    (
        CAF,
        CSP,
        "à {{Reims}}, quartier {{Croix-Rouge}}. Le contrôleur me dit qu'il connaît bien le quartier, il y a grandi. Il salue le gardien ([[PERSONNE:Momo]]) par son surnom.",
    ),
]
CPAM_NOTES = [
    (
        CPAM,
        TEL,
        "Plateforme {{3646}}, Cpam du {{Bas-Rhin}}, {{Strasbourg}}. {{8h00}} pile les lignes s'ouvrent, {{38 appels}} en attente direct. Conseiller [[PERSONNE:Yannick]] soupire.",
    ),
    (
        CPAM,
        TEL,
        "« Votre numéro de sécurité sociale s'il vous plaît » — « oui alors [[NIR:1 62 11]]… [[NIR:67 482]]… » — « oui » — « [[NIR:045]] et la clé [[NIR:77]] ». L'agent vérifie : né le [[DATE_NAISSANCE:8 novembre 1962]] à {{Strasbourg}}. M. [[PERSONNE:Meyer]], [[PERSONNE:Jean-Paul]]. Il relève du {{régime local}}.",
    ),
    (
        CPAM,
        TEL,
        "appel d'une dame pour sa carte vitale perdue. Elle donne son NIR trop vite, l'agent fait répéter : « [[NIR:2940745234311]]… clé [[NIR:52]] ». Née le [[DATE_NAISSANCE:19 juillet 94]] à {{Orléans}}. Mme [[PERSONNE:Ledoux]]. Nouvelle carte envoyée sous {{15 jours}}.",
    ),
    (
        CPAM,
        TEL,
        "Monsieur âgé, malentendant. L'agent répète {{5 fois}} la même question, de plus en plus fort. Finalement sa femme prend le tel : « c'est moi qui gère, monsieur [[PERSONNE:Humbert]] c'est mon mari ». Elle donne l'adresse : [[ADRESSE:6 rue du Haut-de-Chèvre, 54000 Nancy]].",
    ),
    (
        CPAM,
        TEL,
        "Conseillère [[PERSONNE:Samia Haddad]] me montre le script : « vérifier identité : NIR + date de naissance + adresse ». Trois questions avant de pouvoir dire quoi que ce soit.",
    ),
    (
        CPAM,
        TEL,
        "appel sur le remboursement d'une séance de kiné. La dame lit la feuille de soins : « c'est le docteur [[PERSONNE:Pfister]], kiné à {{Haguenau}} ». Montant {{16,13 €}}. Agent : « c'est parti le {{3}}, vous l'aurez en fin de semaine ».",
    ),
    (
        CPAM,
        TEL,
        "Arrière plan chez l'appelant : télé à fond ({{Les Feux de l'amour}} je crois). L'agent demande de baisser. La dame : « [[PERSONNE:Gérard]] BAISSE LA TÉLÉ ». Rires dans l'open space.",
    ),
    (
        CPAM,
        TEL,
        "Demande de {{CSS}} ({{complémentaire santé solidaire}}). Mr [[PERSONNE:Tshibangu]] épelle : « [[PERSONNE:T, S, H, I, B, A, N, G, U]] » — l'agent : « [[PERSONNE:Tshibangu]], c'est ça ? » « oui ». Le prénom : « [[PERSONNE:Patrice]] ». Mail pour l'accusé de réception : [[EMAIL:p.tshibangu@laposte.net]].",
    ),
    (
        CPAM,
        TEL,
        "{{12h15}}, creux. L'agent m'explique les motifs d'appel les plus fréquents : carte vitale, IJ (indemnités journalières), {{CSS}}, attestation de droits. « {{80 %}} c'est ça ».",
    ),
    (
        CPAM,
        TEL,
        "Appel IJ : la dame attend ses indemnités depuis {{6 semaines}}. Employeur n'a pas envoyé l'attestation de salaire. Elle donne le tel de son RH : « [[TELEPHONE:03 26 48 77 05]] ». Mme [[PERSONNE:Lambert-Oudin]], employée à {{Reims}}.",
    ),
    (
        CPAM,
        TEL,
        "« Vous êtes née quand madame ? » — « en [[DATE_NAISSANCE:2001]] » — « le jour et le mois ? » — « le [[DATE_NAISSANCE:quatorze septembre]] ». — « et votre numéro ? » « [[NIR:2 01 09 37 261 502]], et la clé… [[NIR:73]] ». Jeune étudiante à {{Tours}}, [[PERSONNE:Anaïs Mercier]], née à {{Tours}}.",
    ),
    (
        CPAM,
        TEL,
        "un homme appelle de la part de son père hospitalisé à {{Nancy}} ({{CHRU}}). Il dit : « c'est pour mon père, [[PERSONNE:Antoine Collignon]], [[DATE_NAISSANCE:11 mai 1955]] ». L'agent demande le NIR, le fils le lit sur une photo : « [[NIR:155055439501913]] ». Né à {{Nancy}} dit le fils.",
    ),
    (
        CPAM,
        TEL,
        "l'agent me dit tout bas : « quand on entend 'je vais pas vous déranger longtemps', c'est {{20 minutes}} minimum » 😂",
    ),
    (
        CPAM,
        TEL,
        "Changement de coordonnées bancaires. La dame dicte : « [[IBAN:FR soixante-seize, trente mille trois, soixante mille deux cent neuf, huit six zéro deux trois zéro un sept neuf trois quatre, quarante-neuf]] ». L'agent relit [[IBAN:FR7630003602098602301793449]] et elle valide. Mme [[PERSONNE:Chevalier]].",
    ),
    (
        CPAM,
        TEL,
        "La ligne grésille. « Allô ? allô ? » {{4 fois}}. L'appel coupe. Pas de rappel possible, numéro masqué.",
    ),
    (
        CPAM,
        TEL,
        "Appel d'un infirmier libéral, [[PERSONNE:Florent Gauthier]], pour une patiente, Mme [[PERSONNE:Zimmermann]]. L'agent refuse de donner les infos : secret. Il râle : « je suis son infirmier depuis {{8 ans}} ».",
    ),
    (
        CPAM,
        TEL,
        "Mutuelle de la dame : {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:210458893]]. L'agent vérifie que le lien {{Noémie}} est actif. Il l'est pas. Mme [[PERSONNE:Pereira]].",
    ),
    (
        CPAM,
        TEL,
        "Conseiller en double écoute avec un nouveau ([[PERSONNE:Hugo]], arrivé il y a {{3 semaines}}). Le tuteur ([[PERSONNE:Marc-Olivier]]) écrit des conseils sur un bloc : « reformuler », « ne pas promettre de date ».",
    ),
    (
        CPAM,
        TEL,
        "Un monsieur donne son numéro mais c'est celui de sa femme, « ah non c'est le sien, attendez, le mien c'est [[NIR:1 83 06 2A 004 077]]… et après [[NIR:22]] ». Né à {{Ajaccio}} en [[DATE_NAISSANCE:juin 83]], il vit à {{Chartres}} depuis {{10 ans}}. M. [[PERSONNE:Santoni]].",
    ),
    (
        CPAM,
        TEL,
        "Appel en anglais, touriste ? Non : étudiant erasmus à {{Orléans}}. L'agent bascule en anglais moyen. Il s'appelle [[PERSONNE:Jakub]], polonais. Numéro provisoire de sécu pas encore reçu.",
    ),
    (
        CPAM,
        TEL,
        "Dame qui veut résilier sa {{CSS}} car elle a trouvé un CDI chez {{Bosch}} 🎉. Mail pour la confirmation : [[EMAIL:amandine_roesch@icloud.com]]. L'agent la félicite. Ça détend toute la rangée.",
    ),
    (
        CPAM,
        TEL,
        "Le collègue d'à côté répète à voix haute un tel pour le noter : « [[TELEPHONE:06 39 98 14 27]], c'est bien ça madame [[PERSONNE:Louati]] ? »",
    ),
    (
        CPAM,
        PHYS,
        "Accueil Cpam {{Troyes}}, {{9h}}. Borne à l'entrée : « motif de visite ». {{6 choix}}. Une dame appuie au hasard.",
    ),
    (
        CPAM,
        PHYS,
        "Un jeune vient faire sa carte vitale, il a sa photo d'identité et sa CNI n° [[IDENTIFIANT:X4RTBCFF2]]. [[PERSONNE:Lucas Henry]], {{18 ans}} pile. L'agente lui dit de créer son compte {{Ameli}}.",
    ),
    (
        CPAM,
        PHYS,
        "Salle d'attente {{Chartres}}. {{9 chaises}}, {{14 personnes}}. Un monsieur en béquilles reste debout parce qu'il n'ose pas demander.",
    ),
    (
        CPAM,
        PHYS,
        "Mme [[PERSONNE:Oumarou]] montre une lettre de l'hôpital, n° IPP [[IDENTIFIANT:00873412]]. Elle ne comprend pas la facture de {{ticket modérateur}}. L'agente lui explique avec un schéma.",
    ),
    (
        CPAM,
        PHYS,
        "M. [[PERSONNE:Gonçalves]] vient pour l'{{AME}} de son cousin. Pas possible sans le cousin. Il repart en disant « je reviens avec lui demain ».",
    ),
    (
        CPAM,
        PHYS,
        "Agent d'accueil [[PERSONNE:Nathalie]] utilise un traducteur sur sa tablette pour parler avec une dame afghane. Le traducteur traduit « carte vitale » par « card of life » 🙃",
    ),
    (
        CPAM,
        PHYS,
        "Dossier posé sur le comptoir, visible de tous : nom [[PERSONNE:BRAUN Céline]], NIR [[NIR:2 90 12 68 224 233 85]], née le [[DATE_NAISSANCE:24/12/1990]] à {{Mulhouse}}. L'agent le retourne quand il me voit regarder.",
    ),
    (
        CPAM,
        PHYS,
        "Files : une pour les rdv, une sans rdv. Pas d'indication au sol. Les gens se trompent de file tout le temps. {{15 min}} d'attente en moyenne.",
    ),
    (
        CPAM,
        PHYS,
        "Une dame demande le Dr [[PERSONNE:Lemaire]] pour son médecin traitant, elle a pas compris que c'est pas ici qu'on choisit. Elle habite [[ADRESSE:22 bis rue Émile Zola, 37000 Tours]], elle dit « près de la {{gare}} ».",
    ),
    (
        CPAM,
        PHYS,
        "Grande discussion sur les lunettes {{100 % santé}}. Le monsieur, [[PERSONNE:Gérald Hennequin]], a un devis {{Optic 2000}}. L'agent dit qu'il faut voir avec la mutuelle. Monsieur : « laquelle ? j'en ai pas ».",
    ),
    (
        CPAM,
        PHYS,
        "Accueil {{Bourges}}. L'agent appelle les gens par leur numéro de ticket, jamais par le nom : « {{B14}} », « {{B15}} ». Il me dit que c'est exprès.",
    ),
    (
        CPAM,
        PHYS,
        "Une jeune femme vient déclarer sa grossesse. Sa mère l'accompagne et répond à sa place. L'agente insiste pour parler à la jeune femme, [[PERSONNE:Shaïna]].",
    ),
    (
        CPAM,
        CSP,
        "Visite de contrôle d'arrêt de travail avec un agent assermenté ([[PERSONNE:Philippe Stoll]]). Adresse : [[ADRESSE:5 impasse des Vignes, 68000 Colmar]]. Personne. Voisine dit que « Mr [[PERSONNE:Hasani]] est parti chez le médecin ».",
    ),
    (
        CPAM,
        CSP,
        "Dans la voiture, l'agent m'explique les heures de sortie autorisées ({{9h-11h}}, {{14h-16h}}). Il fait {{6 visites}} aujourd'hui. Il dit que la plupart des gens sont là.",
    ),
    (
        CPAM,
        CSP,
        "Visite : Mme [[PERSONNE:Jacquemin]] ouvre en pyjama, bras dans le plâtre. Contrôle OK en {{3 minutes}}. Elle offre un café, il refuse poliment.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle en {{Moselle}} pour un assuré en arrêt qui aurait une activité (signalement). Camion de chantier garé devant, plaque [[IMMATRICULATION:4512 TV 57]] (vieille plaque). Agent note l'immat sans conclure.",
    ),
    (
        CPAM,
        CSP,
        "On sonne chez un monsieur en arrêt pour dépression. Il met {{5 min}} à ouvrir. L'agent parle doucement, ne rentre pas. Je suis mal à l'aise. Nom sur la sonnette : [[PERSONNE:Dubreuil]].",
    ),
    (
        CPAM,
        CSP,
        "Rapport de visite : « assuré présent », case cochée. L'agent dit qu'il fait ce métier depuis {{1998}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle à {{Vierzon}} ; l'assuré, [[PERSONNE:Karim Mansouri]], montre son arrêt et sa carte vitale. Le NIR ne colle pas avec le dossier ; erreur de saisie du médecin : [[NIR:1 98 10 18 033 412 16]] au lieu d'un autre. Il est né à {{Bourges}} en [[DATE_NAISSANCE:octobre 98]].",
    ),
]
CCAS_NOTES = [
    (
        CCAS,
        TEL,
        "Standard du CCAS de {{Nancy}}, {{8h45}}. Une seule agente, [[PERSONNE:Fatoumata]], {{2 lignes}}. Elle met la première en attente pour prendre la seconde. Musique d'attente : {{Vivaldi}} en boucle.",
    ),
    (
        CCAS,
        TEL,
        "Monsieur qui appelle pour une aide alimentaire. « Vous êtes domicilié chez nous ? » — « oui, [[PERSONNE:Lucien Marchetti]] » — « votre date de naissance ? » — « ouh… [[DATE_NAISSANCE:dix-neuf cent cinquante-neuf]]… le [[DATE_NAISSANCE:premier avril]], comme le poisson ». L'agente sourit.",
    ),
    (
        CCAS,
        TEL,
        "Appel d'une fille pour sa mère de {{91 ans}} qui ne mange plus. Portage de repas. La fille donne l'adresse de la maman : [[ADRESSE:31 rue Gambetta, 54000 Nancy]], {{2e}} étage, « le code c'est {{B2458}} ».",
    ),
    (
        CCAS,
        TEL,
        "La ligne sonne dans le vide pendant que l'agente est partie photocopier. {{7 sonneries}}. Personne ne reprend. Elle revient, le tel s'est arrêté.",
    ),
    (
        CCAS,
        TEL,
        "Dame qui appelle pour l'épicerie solidaire. Elle ne se souvient pas de son n° de dossier. « C'est Mme [[PERSONNE:Bouvier]]… ou [[PERSONNE:Bouvier-Tran]], mon nom de mariage ». L'agente trouve les deux fiches. Elle retrouve aussi son numéro Caf : [[N_ALLOCATAIRE:0962185]].",
    ),
    (
        CCAS,
        TEL,
        "Standard CCAS {{Blois}}. Un monsieur veut parler au maire. L'agente : « ici c'est le CCAS monsieur ». Il raccroche. Deuxième appel le même, {{2 minutes}} après 😅",
    ),
    (
        CCAS,
        TEL,
        "Rappel d'un monsieur, M. [[PERSONNE:Adjovi]], qui avait laissé un message : « rappelez-moi au [[TELEPHONE:zéro sept, cinquante-trois, zéro un]]… » puis le message coupe. L'agente retrouve le reste dans le journal d'appels : [[TELEPHONE:07 53 01 62 88]].",
    ),
    (
        CCAS,
        TEL,
        "Dialogue :\n— CCAS bonjour\n— oui bonjour c'est pour le dossier de ma voisine, elle a pas le tel\n— son nom ?\n— Mme [[PERSONNE:Grosdidier]], [[PERSONNE:Odette]]\n— vous êtes ?\n— [[PERSONNE:Sandrine]], la voisine du dessous\n— je ne peux rien vous dire madame, désolée",
    ),
    (
        CCAS,
        TEL,
        "{{11h}} : appel pour le plan canicule ({{registre des personnes vulnérables}}). Inscription de Mr [[PERSONNE:Raymond Fischbach]], né le [[DATE_NAISSANCE:2]]… « attendez je cherche » … [[DATE_NAISSANCE:2 février 1938]]. Tel fixe : [[TELEPHONE:03 89 45 71 06]]. L'agente répète chaque chiffre.",
    ),
    (
        CCAS,
        TEL,
        "aucun appel entre {{11h20}} et {{11h40}}. L'agente en profite pour rentrer {{12 dossiers}} de domiciliation.",
    ),
    (
        CCAS,
        TEL,
        "Un monsieur appelle pour la {{domiciliation}}, il donne son adresse actuelle « chez mon pote à [[ADRESSE:7 rue des Jardiniers, Nancy]] ». Nom : [[PERSONNE:Mehdi Aït-Ouarab]]. L'agente écrit « [[PERSONNE:Ait Ouarab]] » sans tiret puis corrige.",
    ),
    (
        CCAS,
        TEL,
        "Une dame épelle son mail pour le rdv avec l'assistante sociale : « [[EMAIL:mariejo.thiebaut@free.fr]], [[PERSONNE:thiébaut]] avec un H après le T ». L'agente : « [[PERSONNE:T-H-I-E-B-A-U-T]] ? » — « oui ». Mme [[PERSONNE:Thiébaut]].",
    ),
    (
        CCAS,
        TEL,
        "CCAS de {{Châteauroux}}. Appel de l'hôpital pour une sortie d'un monsieur isolé. L'infirmière, Mme [[PERSONNE:Rochette]], donne le nom : « M. [[PERSONNE:Perrot]], [[PERSONNE:Gilbert]], {{87 ans}} ».",
    ),
    (
        CCAS,
        TEL,
        "Appel à {{12h05}}, l'accueil ferme à {{12h}}, l'agente décroche quand même. « Je peux pas laisser sonner ». Dossier {{FSL}}.",
    ),
    (
        CCAS,
        TEL,
        "La dame a mis le haut-parleur, on entend son mari qui lui souffle les réponses : « dis-lui que c'est le [[TELEPHONE:06 12]]… non [[TELEPHONE:06 21]]… » et elle répète « [[TELEPHONE:06 21 58 30 94]] ». Mme [[PERSONNE:Kaya]].",
    ),
    (
        CCAS,
        TEL,
        "Appel d'un bailleur ({{OPH}}) pour un impayé : locataire Mme [[PERSONNE:Bensaïd]], réf. locataire [[IDENTIFIANT:LOC-0047521]]. L'agente refuse de confirmer quoi que ce soit sur la personne.",
    ),
    (
        CCAS,
        TEL,
        "Standard {{Charleville-Mézières}}. Jeune femme, [[PERSONNE:Océane Lallemand]], née le [[DATE_NAISSANCE:9 mai 97]] à {{Charleville}}. Elle donne son NIR pour le dossier d'aide facultative : [[NIR:2 97 05 08 105 063 43]]. Elle lit sur sa carte vitale, c'est lent.",
    ),
    (
        CCAS,
        TEL,
        "Un homme de {{Sedan}} appelle pour le {{chèque énergie}}. L'agente dit que c'est pas le CCAS. Il demande un numéro, elle lui donne le {{0 805 204 805}}. Il laisse quand même son numéro « au cas où » : [[TELEPHONE:03 24 29 81 55]].",
    ),
    (
        CCAS,
        PHYS,
        "Accueil CCAS {{Metz}}, quartier {{Borny}}. {{Guichet 2}} fermé. Une dame attend avec un cabas. Affiche « Tickets service : mardi et jeudi ».",
    ),
    (
        CCAS,
        PHYS,
        "Mr [[PERSONNE:Ionescu]], roumain, vient pour la domiciliation. Il montre son passeport n° [[IDENTIFIANT:055148732]]. L'agent le photocopie. Sa femme ([[PERSONNE:Mirela]]) attend dehors avec les enfants.",
    ),
    (
        CCAS,
        PHYS,
        "Un monsieur de {{72 ans}} vient chercher des colis. Il connaît tout le monde par le prénom : « salut [[PERSONNE:Véro]] ! salut [[PERSONNE:Kader]] ! ». Il vient {{chaque mardi}}.",
    ),
    (
        CCAS,
        PHYS,
        "Aide facultative : la dame montre sa facture EDF, réf. client [[IDENTIFIANT:6012 458 793]], {{387,40 €}}. L'agent fait une demande de secours de {{150 €}}, versé sur son compte [[IBAN:FR76 1751 5741 3066 6912 8391 484]]. Mme [[PERSONNE:Moreau]], [[ADRESSE:4 square Saint-Exupéry, 57070 Metz]].",
    ),
    (
        CCAS,
        PHYS,
        "Pas d'interprète. Un usager tchétchène et son fils de {{12 ans}}, [[PERSONNE:Magomed]], qui traduit. L'enfant traduit le mot « surendettement ». Impressionné.",
    ),
    (
        CCAS,
        PHYS,
        "Borne à l'entrée du CCAS {{Tours}} : une pancarte « {{Hors service}} » depuis {{2 semaines}} selon l'agent.",
    ),
    (
        CCAS,
        PHYS,
        "Usager connu : « Le [[PERSONNE:Gitan]] », surnom qu'il se donne lui même. Vrai nom [[PERSONNE:Jean-Marie Reinhardt]]. Vit en caravane, [[ADRESSE:aire d'accueil de la Sablière, place 12]]. Vient pour son courrier.",
    ),
    (
        CCAS,
        PHYS,
        "{{10h15}}. {{5 personnes}} en attente. L'agent me dit que le jour de versement du {{RSA}} ({{le 5}}) c'est plus calme ici.",
    ),
    (
        CCAS,
        PHYS,
        "Dame qui vient pour sa mère en {{EHPAD}} ({{EHPAD Les Tilleuls}}), demande d'aide sociale à l'hébergement. Elle donne le nom de la maman : Mme [[PERSONNE:Vasseur]] née [[PERSONNE:Duchêne]], née en [[DATE_NAISSANCE:1931]].",
    ),
    (
        CCAS,
        PHYS,
        "Conseillère ESF, Mme [[PERSONNE:Cordier]], fait un budget avec un jeune couple. Sur la feuille : loyer {{540 €}}, {{APL}} {{212 €}}, forfait tel {{19,99 €}}. « Et Netflix ? » Il rit jaune.",
    ),
    (
        CCAS,
        PHYS,
        "Le jeune homme, [[PERSONNE:Youssouf Konaté]], donne son numéro de téléphone à l'oral à l'agente, fort, devant tout le monde : « [[TELEPHONE:07 81 23 46 50]] ».",
    ),
    (
        CCAS,
        PHYS,
        "Salle d'attente : une plante verte en plastique, des flyers « Semaine bleue », un distributeur de gel vide. Rien d'autre.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec l'assistante sociale du CCAS ([[PERSONNE:Juliette]]). Mme [[PERSONNE:Petitjean]], {{83 ans}}, [[ADRESSE:12 rue des Trois Maisons, 54000 Nancy]]. Appart très froid, chauffage coupé. Elle a un chat, {{Caramel}}. Elle montre son RIB pour le prélèvement : [[IBAN:FR76 1820 6704 8734 3119 5401 248]].",
    ),
    (
        CCAS,
        CSP,
        "Visite plan canicule à {{Mulhouse}}. Le monsieur ne répond pas, l'agente appelle son fils : « [[TELEPHONE:06 70 14 92 38]] ». Le fils dit qu'il est à {{Saint-Louis}} chez sa sœur. Ouf.",
    ),
    (
        CCAS,
        CSP,
        "Évaluation à domicile pour l'{{APA}}. La grille {{AGGIR}} est remplie sur tablette. La dame a {{89 ans}}, GIR 4. Elle montre les photos de ses petits-enfants : « ça c'est [[PERSONNE:Léna]], ça c'est [[PERSONNE:Baptiste]] ».",
    ),
    (
        CCAS,
        CSP,
        "On passe {{40 min}} dans la voiture pour une visite qui dure {{10 min}} chez Mme [[PERSONNE:Chartier]]. L'AS dit que c'est souvent comme ça en zone rurale (vers {{Romorantin}}).",
    ),
    (
        CCAS,
        CSP,
        "Visite chez M. [[PERSONNE:Aubry]] à {{Bar-le-Duc}}. Il loge sa nièce ([[PERSONNE:Cindy]]) qui a une voiture immatriculée [[IMMATRICULATION:GK 902 ZA]]. L'AS ne note rien, c'est pas son rôle dit-elle.",
    ),
    (
        CCAS,
        CSP,
        "Visite : logement insalubre, moisissures dans la chambre des enfants. L'AS prend des photos pour le signalement à l'{{ARS}}. Bailleur privé, « {{SCI Les Rives}} ».",
    ),
]
URG_NOTES = [
    (
        URG,
        TEL,
        "SAMU {{57}}, salle de régulation à {{Metz}}. {{6 ARM}} en poste. Mur d'écrans. Le bip des appels entrants est permanent.",
    ),
    (
        URG,
        TEL,
        "ARM [[PERSONNE:Céline]] : « SAMU, quelle est l'adresse exacte de l'urgence ? » — femme paniquée : « [[ADRESSE:24 rue du Général Metman]], euh, à {{Metz}}, {{Borny}} ! » — « le nom sur la sonnette ? » — « [[PERSONNE:Mathieu]], c'est mon père [[PERSONNE:Bernard Mathieu]] il respire mal ».",
    ),
    (
        URG,
        TEL,
        "Appel {{14h12}}. Un enfant de {{6 ans}} qui appelle parce que sa mamie est tombée. L'ARM lui parle très doucement : « tu t'appelles comment ? » — « [[PERSONNE:Nolan]] » — « et ta mamie ? » — « mamie [[PERSONNE:Josiane]] ». Adresse donnée par le petit : « la maison jaune à côté de l'église ». Géolocalisation du portable utilisée.",
    ),
    (
        URG,
        TEL,
        "Le médecin régulateur (Dr [[PERSONNE:Haddou]]) reprend l'appel. Il pose les questions : âge, traitement, douleur. Décision : SMUR. Tout en {{4 minutes}}.",
    ),
    (
        URG,
        TEL,
        "Rappel d'un numéro qui a raccroché : l'ARM compose le [[TELEPHONE:06 47 29 15 83]]. Un homme répond, « c'était une erreur, mon fils a joué avec le téléphone ». Fin.",
    ),
    (
        URG,
        TEL,
        "Pendant un appel, l'appelant (M. [[PERSONNE:Ozturk]]) passe le téléphone à sa voisine qui parle mieux français : « oui c'est Mme [[PERSONNE:Lopes]], la voisine. Monsieur [[PERSONNE:Ozturk]] a mal au ventre depuis hier, il est de [[DATE_NAISSANCE:74]], il a du diabète ». Il est né le [[DATE_NAISSANCE:6 mars 1974]] en {{Turquie}}.",
    ),
    (
        URG,
        TEL,
        "SAMU {{45}}, {{Orléans}}. Il est {{2h}} du matin dans ma tête mais non, il est {{15h40}}. Il y a eu {{312 appels}} depuis minuit. Chiffre affiché sur un compteur.",
    ),
    (
        URG,
        TEL,
        "ARM demande : « date de naissance du patient ? » — la fille : « le [[DATE_NAISSANCE:trois]]… [[DATE_NAISSANCE:trois décembre]]… [[DATE_NAISSANCE:trente-six]] ? Non [[DATE_NAISSANCE:trente-sept]] ». Patient {{88 ans}}. « son nom ? » — « [[PERSONNE:Laurent]], [[PERSONNE:Jacques Laurent]] ».",
    ),
    (
        URG,
        TEL,
        "Un appel en allemand (frontalier, {{Sarrebruck}}). L'ARM parle allemand sans problème. Je comprends rien. Elle me résume après : chute d'un ouvrier, [[PERSONNE:Kai Becker]], sur un chantier à {{Sarreguemines}}. Il était venu avec sa voiture, plaque allemande [[IMMATRICULATION:HOM-RT 318]], notée pour les secours.",
    ),
    (
        URG,
        TEL,
        "« Vous êtes où madame ? » — « sur l'{{A31}}, après la sortie {{Pont-à-Mousson}}, dans ma voiture » — « quelle voiture ? » — « une {{Peugeot 208}} grise, [[IMMATRICULATION:FX-327-BM]] ». Malaise au volant, garée sur la bande d'arrêt d'urgence. Mme [[PERSONNE:Haas]].",
    ),
    (
        URG,
        TEL,
        "Appel de {{SOS Médecins}} pour un transfert. Ils donnent le n° de dossier patient : [[IDENTIFIANT:SOS-24-118452]]. Le patient : Mr [[PERSONNE:Guillot]].",
    ),
    (
        URG,
        TEL,
        "« Il a pris combien de cachets ? » — « je sais pas, la boîte est vide ». Silence dans la salle. L'ARM tape vite. Je ne note pas la suite.",
    ),
    (
        URG,
        TEL,
        "L'ARM épelle pour le SMUR : « [[PERSONNE:N'Diaye]], [[PERSONNE:N apostrophe D-I-A-Y-E]], prénom [[PERSONNE:Awa]] ». Adresse : [[ADRESSE:3 rue de Picardie, 45100 Orléans]], quartier {{La Source}}. Tel de rappel [[TELEPHONE:02 38 64 19 07]].",
    ),
    (
        URG,
        TEL,
        "Un homme très calme : « bonjour, je pense que je fais un AVC ». L'ARM enclenche tout. Il donne son nom, « [[PERSONNE:Gaspard Lenoir]] », et son adresse, « [[ADRESSE:17 quai de la Loire, 41000 Blois]] ». L'équipe part en {{2 minutes}}.",
    ),
    (
        URG,
        TEL,
        "Appel d'une EHPAD ({{EHPAD Korian Le Parc}}) : l'infirmière de nuit appelle pour une résidente, Mme [[PERSONNE:Rigaud]], {{96 ans}}, chute. Elle donne le n° de la ligne directe [[TELEPHONE:02 47 55 08 31]].",
    ),
    (
        URG,
        TEL,
        "Conversation entre ARM sur la pause : l'une trouve que les gens appellent le 15 « pour un rhume ». L'autre dit qu'il faut jamais penser ça.",
    ),
    (
        URG,
        TEL,
        "Appel d'un père dont le bébé a de la fièvre. « Il s'appelle comment ? » — « [[PERSONNE:Ilyes]] » — « né quand ? » — « le [[DATE_NAISSANCE:dix-sept]]… [[DATE_NAISSANCE:17 octobre 2025]] ». Le médecin le rassure, pas d'envoi de moyens.",
    ),
    (
        URG,
        TEL,
        "Écran de régulation : fiche « [[PERSONNE:WEBER Franck]] - [[DATE_NAISSANCE:1966-09-14]] - douleur thoracique ». Né à {{Épinal}}. NIR récupéré de la carte vitale par le SMUR : [[NIR:166098816030153]].",
    ),
    (
        URG,
        PHYS,
        "Urgences du {{CHU}} de {{Tours}} ({{Trousseau}}), {{19h}}. Salle d'attente pleine. Affichage : « temps d'attente estimé {{4h}} ».",
    ),
    (
        URG,
        PHYS,
        "IAO (infirmière d'accueil) [[PERSONNE:Marion]] trie les patients. Un monsieur avec une coupure au doigt, un ado avec le poignet gonflé, une femme enceinte. Elle fait passer la femme enceinte.",
    ),
    (
        URG,
        PHYS,
        "« M. [[PERSONNE:Abdallah]] ? M. [[PERSONNE:Abdallah]] ? » Il y a deux M. [[PERSONNE:Abdallah]] dans la salle. Ils se lèvent tous les deux 😄 L'infirmière demande la date de naissance : « [[DATE_NAISSANCE:12/07/1985]] » dit l'un.",
    ),
    (
        URG,
        PHYS,
        "Bracelet patient imprimé : « [[PERSONNE:PETIT Manon]] / IPP [[IDENTIFIANT:4512078]] / [[DATE_NAISSANCE:03.02.2004]] ». Posé sur le comptoir avant de le mettre au poignet.",
    ),
    (
        URG,
        PHYS,
        "Pompiers arrivent avec un brancard. Ils donnent à l'IAO : « monsieur trouvé sur la voie publique, pas de papiers, se dit appeler [[PERSONNE:Sergio]] ». Il sent l'alcool.",
    ),
    (
        URG,
        PHYS,
        "Urgences {{Bourges}} ({{Jacques Cœur}}). {{23 patients}} en attente, {{2 médecins}}. Un interne me dit qu'il a fait {{28 h}} d'affilée le week-end.",
    ),
    (
        URG,
        PHYS,
        "Agent des admissions, [[PERSONNE:Stéphanie]], demande la carte vitale et la mutuelle. La dame n'a que sa carte {{MGEN}} n° [[IDENTIFIANT:418 207 553]]. L'agente dit que c'est le n° adhérent, pas la sécu.",
    ),
    (
        URG,
        PHYS,
        "Un homme sans papiers, pas de carte vitale. L'agente crée un dossier « patient anonyme » : « {{X Homme}} », puis il donne son nom, [[PERSONNE:Bilal Hamdi]], et sa date de naissance, [[DATE_NAISSANCE:vingt-deux janvier quatre-vingt-quinze]].",
    ),
    (
        URG,
        PHYS,
        "Mère avec un enfant qui s'est coincé le doigt dans une porte. « Il s'appelle [[PERSONNE:Timéo]], il a {{4 ans}} ». L'enfant joue avec le distributeur de gel. Passés en {{40 min}}, pas mal.",
    ),
    (
        URG,
        PHYS,
        "Patient agressif, un vigile de {{Securitas}} s'approche. Ça se calme. L'IAO me dit qu'il y a {{2 incidents}} par nuit environ.",
    ),
    (
        URG,
        PHYS,
        "Sur l'écran de l'IAO (j'ai vu sans vouloir) : « [[PERSONNE:DUPONT-AZOULAY Rachel]], [[ADRESSE:8 rue Sainte-Catherine, 51100 Reims]], tel [[TELEPHONE:06 05 88 21 47]] ».",
    ),
    (
        URG,
        PHYS,
        "Admission d'une jeune fille, la mère donne le NIR de la fille, qui est encore rattachée à elle : « [[NIR:2 72 02 51 454 190 35]] » — c'est le sien en fait, née en [[DATE_NAISSANCE:février 72]] à {{Reims}}. La fille c'est [[PERSONNE:Lina]].",
    ),
    (
        URG,
        PHYS,
        "Brancardier, [[PERSONNE:Abdoulaye]], pousse {{3 brancards}} à la suite dans le couloir. Il connaît tous les patients par leur prénom. « Ça va [[PERSONNE:Monique]] ? »",
    ),
    (
        URG,
        PHYS,
        "Un patient étranger, passeport italien n° [[IDENTIFIANT:YA4875231]]. Il parle pas français. L'interne parle italien un peu. Ça marche.",
    ),
    (
        URG,
        PHYS,
        "Un monsieur se présente : « je suis venu avec ma voiture, elle est garée devant les urgences, je peux la laisser ? ». L'agent de sécurité note la plaque : [[IMMATRICULATION:eb-772-qh]].",
    ),
    (
        URG,
        PHYS,
        "{{22h30}}. Une patiente SDF, [[PERSONNE:Mireille]], {{60 ans}} environ, vient {{3 fois}} par semaine d'après l'IAO. « Elle vient au chaud ».",
    ),
]
CHRS_NOTES = [
    (
        CHRS,
        TEL,
        "{{115}} du {{Bas-Rhin}}, {{Strasbourg}}, {{17h}}. {{3 écoutants}}. Tableau blanc avec les places dispo : « {{0}} homme seul, {{2}} femmes, {{1}} famille ».",
    ),
    (
        CHRS,
        TEL,
        "Écoutant [[PERSONNE:Rachid]] : « 115 bonsoir, vous vous appelez comment ? » — « [[PERSONNE:Alexandru]] » — « [[PERSONNE:Alexandru]] comment ? » — « [[PERSONNE:Popa]], [[PERSONNE:P-O-P-A]] » — « né quand ? » — « [[DATE_NAISSANCE:quatre-vingt-dix]] » — « le jour ? » — « je sais pas bien… [[DATE_NAISSANCE:10 mai]] ». Pas de place ce soir.",
    ),
    (
        CHRS,
        TEL,
        "Une femme avec {{2 enfants}} à la {{gare de Strasbourg}}. L'écoutante ([[PERSONNE:Pauline]]) lui trouve une nuit à l'{{hôtel Ibis Budget}}, chambre {{214}}. La dame dit « merci merci » en pleurant. Elle s'appelle [[PERSONNE:Gloria Mbemba]].",
    ),
    (
        CHRS,
        TEL,
        "On rappelle un monsieur sur le numéro qu'il avait laissé : [[TELEPHONE:07 58 66 31 09]]. Messagerie : « vous êtes bien sur le répondeur de [[PERSONNE:Mamadou]] ».",
    ),
    (
        CHRS,
        TEL,
        "Tel qui sonne, personne au bout, juste du bruit de rue et une sirène. L'écoutant attend {{30 secondes}}, dit « je raccroche, rappelez-nous ». Il me dit que ça arrive {{10 fois}} par jour.",
    ),
    (
        CHRS,
        TEL,
        "115 du {{Loiret}}. Monsieur qui appelle tous les soirs, l'écoutante le reconnaît à la voix : « bonsoir monsieur [[PERSONNE:Lebon]] ». Il demande juste s'il y a de la place. Non. Il dit « à demain alors ».",
    ),
    (
        CHRS,
        TEL,
        "Numéro SIAO du monsieur, l'écoutant le trouve dans le logiciel : [[IDENTIFIANT:SI-45-2023-08817]]. Nom : [[PERSONNE:Traoré Moussa]]. Demande en cours depuis {{14 mois}}.",
    ),
    (
        CHRS,
        TEL,
        "Une jeune de {{19 ans}} qui vient d'être mise dehors par ses parents. Elle donne son prénom, « [[PERSONNE:Kenza]] », pas le nom. L'écoutante ne force pas. Place trouvée au {{foyer Adoma}}, chambre {{8}}.",
    ),
    (
        CHRS,
        TEL,
        "Dialogue écouté (haut-parleur) :\n— 115 bonsoir\n— ouais c'est moi\n— c'est qui moi ?\n— [[PERSONNE:Titi]]\n— [[PERSONNE:Titi]] comment ?\n— [[PERSONNE:Thierry Vautrin]], je suis de [[DATE_NAISSANCE:72]], vous m'avez déjà eu\n— ah oui, bonsoir [[PERSONNE:Thierry]]",
    ),
    (
        CHRS,
        TEL,
        "L'écoutant doit appeler un hôtel pour vérifier une chambre. Il dit « on a {{48 nuitées}} d'hôtel ce soir sur le département ». Le budget explose d'après lui.",
    ),
    (
        CHRS,
        TEL,
        "Une dame appelle pour un homme couché dans le froid devant sa maison, [[ADRESSE:40 rue de la Paix, 37000 Tours]]. Elle donne son tel pour rappel : [[TELEPHONE:02 47 61 34 88]]. Maraude envoyée.",
    ),
    (
        CHRS,
        TEL,
        "Femme victime de violences, elle chuchote. L'écoutante parle bas aussi. « Votre nom ? » — « [[PERSONNE:Nadège]]… » puis elle raccroche. Tout le monde se tait.",
    ),
    (
        CHRS,
        TEL,
        "{{115}} de la {{Marne}}, {{Reims}}. L'écoutant (M. [[PERSONNE:Pasquier]]) m'explique qu'ils sont {{2}} la nuit pour tout le département. Il me montre le logiciel SI-SIAO.",
    ),
    (
        CHRS,
        TEL,
        "Appel d'une travailleuse sociale de l'hôpital pour une sortie de patient à la rue : « M. [[PERSONNE:Haroun Saleh]], né le [[DATE_NAISSANCE:1er janvier 1990]] » (date administrative, dit-elle). Titre de séjour : récépissé n° [[IDENTIFIANT:5103847261]].",
    ),
    (
        CHRS,
        TEL,
        "Monsieur qui appelle d'une cabine ?? (j'ignorais qu'il en restait). Il donne son nom, [[PERSONNE:Jean-Luc]], et dit « rappelez-moi au [[TELEPHONE:03 25 73]] euh je sais plus la suite, c'est le tel de mon copain [[PERSONNE:Fred]] ».",
    ),
    (
        CHRS,
        TEL,
        "Le 115 de l'{{Aube}} ({{Troyes}}) transfère vers le 115 de la {{Marne}} : le monsieur, [[PERSONNE:Rodrigue]], est à {{Romilly}}. L'écoutant explique « on se renvoie les gens, c'est absurde ».",
    ),
    (
        CHRS,
        TEL,
        "Jeune homme afghan, l'écoutant parle avec un interprète par téléphone (3 voix sur la ligne). Nom : [[PERSONNE:Ahmad Rahimi]], date de naissance [[DATE_NAISSANCE:01/01/2007]] mais il dit qu'il est mineur. L'écoutant oriente vers l'ASE.",
    ),
    (
        CHRS,
        TEL,
        "Une famille de {{5}} : le père au téléphone, M. [[PERSONNE:Dragomir]]. L'écoutante demande les prénoms et dates de naissance des enfants : « [[PERSONNE:Ana]], [[DATE_NAISSANCE:2012]] ; [[PERSONNE:Luca]], [[DATE_NAISSANCE:2015]] ; [[PERSONNE:Ioana]], [[DATE_NAISSANCE:2019]] ». La mère crie une correction : « [[DATE_NAISSANCE:2018]] ! »",
    ),
    (
        CHRS,
        TEL,
        "Une dame donne son mail pour recevoir l'attestation d'hébergement : « [[EMAIL:fatou.camara.75 arobase yahoo point fr]] » — l'écoutant : « point fr ou point com ? » — « fr ». Mme [[PERSONNE:Camara]].",
    ),
    (
        CHRS,
        TEL,
        "Entre {{20h}} et {{21h}}, {{41 appels}}, {{9}} décrochés. Le compteur de l'autocom clignote en rouge.",
    ),
    (
        CHRS,
        TEL,
        "Un monsieur appelle pour signaler une personne dans une voiture sur le parking du {{Lidl}} de {{Saint-Jean-de-Braye}} depuis {{3 jours}}. Il lit la plaque : « [[IMMATRICULATION:DK 518 PL]] ». L'écoutant transmet à la maraude.",
    ),
    (
        CHRS,
        TEL,
        "Écoutante [[PERSONNE:Bérénice]] me dit qu'elle a fait {{12 ans}} au 115. « Au début on croit qu'on va sauver tout le monde. »",
    ),
    (
        CHRS,
        PHYS,
        "CHRS {{Le Relais}} à {{Orléans}}. Accueil de jour, café et douches. {{35 personnes}} ce matin. Les bénévoles connaissent les prénoms : « [[PERSONNE:Didier]], [[PERSONNE:Samir]], la [[PERSONNE:Grande Sophie]] » (surnom).",
    ),
    (
        CHRS,
        PHYS,
        "Entretien d'admission avec Mme [[PERSONNE:Guérin]], éducatrice. Monsieur [[PERSONNE:Oleksandr Kovalenko]], ukrainien, APS n° [[IDENTIFIANT:6702013549]]. Né le [[DATE_NAISSANCE:15 août 1979]] à {{Kharkiv}}.",
    ),
    (
        CHRS,
        PHYS,
        "Règlement intérieur affiché : pas d'alcool, retour avant {{22h}}, pas de visite. Un résident me dit « c'est mieux que dehors ».",
    ),
    (
        CHRS,
        PHYS,
        "Un résident montre son compte {{Nickel}} pour recevoir le RSA : [[IBAN:FR76 1659 8000 0145 0023 8817 049]]. L'éducateur lui dit de ne pas montrer ça à tout le monde. Il rit.",
    ),
    (
        CHRS,
        PHYS,
        "Chien à l'accueil de jour, {{Rex}}, un gros berger. Son maître, [[PERSONNE:Kévin Jacob]], refuse d'aller en foyer sans lui.",
    ),
    (
        CHRS,
        PHYS,
        "Bureau de l'éducateur : {{3 casiers}} fermés, une bouilloire, un calendrier {{La Poste}}. Post-it : « rappeler SIAO avant {{16h}} ». Rien d'autre de notable.",
    ),
    (
        CHRS,
        PHYS,
        "Un homme vient récupérer son courrier (domiciliation au CHRS). Il donne son nom, [[PERSONNE:Cheikh Ndiaye]], montre sa carte d'identité n° [[IDENTIFIANT:150467201834]]. Il y a une lettre de France Travail.",
    ),
    (
        CHRS,
        PHYS,
        "Une femme, [[PERSONNE:Amira]], accompagnée de ses {{2 enfants}}, arrive avec {{3 valises}}. Chambre {{12}} lui est attribuée. Elle demande s'il y a le wifi.",
    ),
    (
        CHRS,
        PHYS,
        "L'éducatrice fait un point budget avec un résident : dette {{SFR}} de {{612 €}}, contrat n° [[IDENTIFIANT:3019 772 640]]. Elle appelle le service client devant lui.",
    ),
    (
        CHRS,
        PHYS,
        "Accueil de nuit {{Châteauroux}}, {{21h}}. {{18 lits}}, {{18 occupés}}. Un monsieur en plus, [[PERSONNE:Gégé]], dort sur un matelas dans le couloir.",
    ),
    (
        CHRS,
        PHYS,
        "Résident ivre, l'éducateur ([[PERSONNE:Jordan]]) le raccompagne dehors sans hausser le ton. « Reviens demain quand ça ira mieux, [[PERSONNE:Pascal]] ».",
    ),
    (
        CHRS,
        PHYS,
        "Atelier CV au CHRS. La feuille modèle est au nom de « [[PERSONNE:Paul Martin]] ». Un résident écrit son vrai nom par-dessus : [[PERSONNE:Fodé Keita]].",
    ),
    (
        CHRS,
        CSP,
        "Maraude de nuit avec la Croix-Rouge, {{Metz}}. Sous le pont, un couple : [[PERSONNE:Steph]] et [[PERSONNE:Nono]]. On leur donne café et couvertures. Ils refusent le 115.",
    ),
    (
        CHRS,
        CSP,
        "Visite en logement diffus (CHRS hors les murs) : [[ADRESSE:2 rue Jean Moulin, 36000 Châteauroux]]. La résidente, Mme [[PERSONNE:Diakité]], a repeint la cuisine elle-même. Fière.",
    ),
    (
        CHRS,
        CSP,
        "Maraude : un monsieur dort dans sa voiture, une {{Kangoo}} immatriculée [[IMMATRICULATION:CV-095-XH]]. Il s'appelle [[PERSONNE:Bruno]]. Il travaille en intérim, pas de logement.",
    ),
    (
        CHRS,
        CSP,
        "Visite à l'hôtel : {{hôtel Première Classe}}, chambre {{27}}. Famille de {{4}} dans {{12 m²}}. Micro-ondes sur la télé. Pas de noms notés, l'éducatrice m'a demandé.",
    ),
    (
        CHRS,
        CSP,
        "Tournée avec l'équipe mobile à {{Mulhouse}} : campement sous le pont de l'autoroute, {{6 tentes}}. L'infirmière soigne un pied. Un homme dit s'appeler « le [[PERSONNE:Polonais]] ».",
    ),
    (
        CHRS,
        CSP,
        "Visite au squat, l'éducateur relève les nouveaux : [[PERSONNE:Ilie]], [[PERSONNE:Marius]], [[PERSONNE:Costel]]. Ils sont arrivés de {{Roumanie}} la semaine dernière.",
    ),
    (
        CHRS,
        CSP,
        "Visite chez un ancien résident relogé {{Quartier des Provinces}} à {{Blois}}. Il a une voiture maintenant, plaque belge [[IMMATRICULATION:1-HKT-482]] achetée d'occasion. L'éducateur lui explique qu'il doit la réimmatriculer.",
    ),
]
FT_NOTES = [
    (
        FT,
        TEL,
        "Plateforme {{3949}}, agence {{France Travail}} de {{Tours Nord}}. Les conseillers prennent les appels à tour de rôle, {{2h}} chacun. Ma conseillère : [[PERSONNE:Sophie Delaunay]].",
    ),
    (
        FT,
        TEL,
        "« Votre identifiant France Travail ? » — « alors… [[ID_FRANCE_TRAVAIL:4 8 2]]… [[ID_FRANCE_TRAVAIL:1 9 3 7]]… et une lettre, [[ID_FRANCE_TRAVAIL:K]] » — « [[ID_FRANCE_TRAVAIL:K comme Kilo]] ? » — « oui ». La conseillère relit : [[ID_FRANCE_TRAVAIL:4821937K]]. Monsieur [[PERSONNE:Marchand]].",
    ),
    (
        FT,
        TEL,
        "Appel d'une dame radiée pour absence à un rdv. Elle dit qu'elle n'a jamais reçu le courrier. « Mon adresse c'est [[ADRESSE:11 rue Bannier, 45000 Orléans]] » — c'est bien celle du dossier. La conseillère lance une réclamation.",
    ),
    (
        FT,
        TEL,
        "Le monsieur parle vite, avec un fort accent, la conseillère fait répéter son nom {{3 fois}} : « [[PERSONNE:Nkurunziza]] » — « vous pouvez épeler ? » — « [[PERSONNE:N-K-U-R-U-N-Z-I-Z-A]] ». Identifiant : [[ID_FRANCE_TRAVAIL:0736 215 M]].",
    ),
    (
        FT,
        TEL,
        "Question sur l'{{ARE}} après une fin de CDD chez {{Amazon}} à {{Saran}}. La conseillère explique le délai de carence de {{7 jours}}. Identifiant de la dame : [[ID_FRANCE_TRAVAIL:3398 120 L]], Mme [[PERSONNE:Ouédraogo]]. {{8 minutes}}.",
    ),
    (
        FT,
        TEL,
        "« Et votre date de naissance monsieur ? » — « [[DATE_NAISSANCE:quatorze]] » — « quatorze… ? » — « [[DATE_NAISSANCE:avril]] » — « et l'année ? » — il demande à quelqu'un derrière « [[PERSONNE:Leïla]], je suis né en quelle année déjà ? » rires — « [[DATE_NAISSANCE:91]] ! ». M. [[PERSONNE:Garnier]], de {{Troyes}}. Son NIR sur l'écran : [[NIR:1 91 04 10 387 155 10]].",
    ),
    (
        FT,
        TEL,
        "Conseillère me dit : « le {{3949}} c'est le {{39 49}} gratuit, mais les gens croient encore que c'est payant ».",
    ),
    (
        FT,
        TEL,
        "Une jeune maman veut changer son mail : nouveau mail « [[EMAIL:jenni.schmitt67@hotmail.fr]] », ancien « [[EMAIL:jennifer.schmitt@sfr.fr]] » qu'elle n'a plus. Identifiant [[ID_FRANCE_TRAVAIL:5 502 418 B]]. Et son nouveau RIB : [[IBAN:FR7611315903753829699332418]]. Mme [[PERSONNE:Schmitt]].",
    ),
    (
        FT,
        TEL,
        "Le logiciel plante pendant l'appel. La conseillère : « ne quittez pas, mon ordinateur fait des siennes ». {{3 minutes}} de silence. Le monsieur attend, patient. Quand ça revient il redonne son identifiant : « [[ID_FRANCE_TRAVAIL:1 0 4 7 7 3 2 D]] ».",
    ),
    (
        FT,
        TEL,
        "Un monsieur de {{58 ans}}, licencié de chez {{Stellantis}} à {{Trémery}}, appelle pour un bilan de compétences. Il dit son identifiant : « [[ID_FRANCE_TRAVAIL:3 1 0 4 8 8 2 P]], [[ID_FRANCE_TRAVAIL:P comme Paul]] ». Nom [[PERSONNE:Müller]], avec un U tréma, « les gens l'écrivent jamais bien ».",
    ),
    (
        FT,
        TEL,
        "Appel d'une employeuse (boulangerie {{Aux Délices de Kaysersberg}}) qui cherche un apprenti. La conseillère prend l'offre. Pas de donnée perso, juste le nom de la boulangerie et le poste.",
    ),
    (
        FT,
        TEL,
        "La dame donne son RIB pour l'ARE, elle le lit sur l'appli de sa banque, par blocs : « [[IBAN:FR76]] … [[IBAN:1480]] … [[IBAN:6217]] … [[IBAN:7595]] … [[IBAN:6346]] … [[IBAN:7651]] … [[IBAN:440]] ». La conseillère tape en même temps. Mme [[PERSONNE:Chaouch]].",
    ),
    (
        FT,
        TEL,
        "Conseiller ([[PERSONNE:Benoît]]) au {{3949}} depuis {{Bourges}}. Un appel sur {{4}} concerne l'actualisation mensuelle selon lui. « Entre le {{28}} et le {{15}}, c'est la folie ».",
    ),
    (
        FT,
        TEL,
        "La conseillère demande : « vous avez un numéro où on peut vous joindre ? » — « oui, c'est le [[TELEPHONE:zéro six]]… [[TELEPHONE:trente-neuf]]… [[TELEPHONE:quatre-vingt-dix-huit]]… » — « oui » — « [[TELEPHONE:soixante-dix]], [[TELEPHONE:vingt et un]] ». Elle tape [[TELEPHONE:06 39 98 70 21]]. M. [[PERSONNE:Bouzid]].",
    ),
    (
        FT,
        TEL,
        "Rappel programmé d'un demandeur, [[PERSONNE:Olivia Lemoine]], qui n'a pas répondu. Message laissé : « bonjour madame, [[PERSONNE:Sophie]] de France Travail, rappelez le {{3949}} ».",
    ),
    (
        FT,
        TEL,
        "Le monsieur s'énerve : « ça fait {{2 mois}} que j'ai pas touché un centime ». La conseillère vérifie le dossier [[ID_FRANCE_TRAVAIL:8140552S]] : il manque une attestation employeur de l'agence d'intérim {{Adecco}}.",
    ),
    (
        FT,
        TEL,
        "Demande de formation CACES. Le jeune, [[PERSONNE:Ryan]], dit qu'il a son permis, « mais pas de voiture ». La conseillère lui parle de l'aide à la mobilité.",
    ),
    (
        FT,
        TEL,
        "Agence France Travail {{Chartres}}. La conseillère me fait écouter un appel enregistré (formation) : le demandeur donne son identifiant, son NIR, son adresse, tout, en {{40 secondes}}. Je ne note pas.",
    ),
    (
        FT,
        TEL,
        "Une voix de femme, puis un homme prend le tel : « c'est pour ma femme, elle parle pas bien, c'est Mme [[PERSONNE:Benali]], [[PERSONNE:Houria]], son identifiant [[ID_FRANCE_TRAVAIL:6174 403 A]] ». La conseillère doit parler à la dame quand même pour son accord.",
    ),
    (
        FT,
        TEL,
        "Appel pour un atelier « {{Valoriser son image pro}} » du mardi {{9h30}}. Il reste {{3 places}}. Inscrit : M. [[PERSONNE:Fontaine]].",
    ),
    (
        FT,
        TEL,
        "« Vous habitez toujours [[ADRESSE:36 avenue de Paris, 51100 Reims]] ? » — « non j'ai déménagé, c'est [[ADRESSE:5]]… [[ADRESSE:5 bis rue Libergier]], toujours {{Reims}} ». Mr [[PERSONNE:Leclerc]], {{41 ans}}.",
    ),
    (
        FT,
        TEL,
        "La conseillère raccroche et souffle. Elle me dit que les appels du lundi matin sont les plus durs. Café.",
    ),
    (
        FT,
        TEL,
        "Appel : un auto-entrepreneur qui veut cumuler ARE et activité. Il donne son SIRET perso : [[IDENTIFIANT:851 204 377 00018]]. Nom [[PERSONNE:Vidal]], peintre en bâtiment à {{Épinal}}.",
    ),
    (
        FT,
        TEL,
        "Un demandeur au tel demande si son compte {{LinkedIn}} peut servir de CV. La conseillère : « oui donnez-moi votre profil » — « c'est [[IDENTIFIANT:@yanis.bekri]] ». Elle le cherche, le trouve. [[PERSONNE:Yanis Bekri]].",
    ),
    (
        FT,
        PHYS,
        "Agence France Travail {{Nancy Laxou}}. Accueil sans rdv le matin. {{12 personnes}} à {{9h15}}. Deux postes informatiques en libre service, dont un qui marche pas.",
    ),
    (
        FT,
        PHYS,
        "Un monsieur de {{60 ans}} n'arrive pas à se connecter à son espace. Le conseiller ([[PERSONNE:Julien]]) l'aide : identifiant [[ID_FRANCE_TRAVAIL:2290418H]], mot de passe oublié. Ça prend {{20 min}}.",
    ),
    (
        FT,
        PHYS,
        "Atelier CV : le modèle affiché au vidéoprojecteur est au nom de « [[PERSONNE:Marie Exemple]] ». Les {{8 participants}} rient. Une participante, [[PERSONNE:Zeynep]], demande si on met la photo.",
    ),
    (
        FT,
        PHYS,
        "Entretien d'inscription. La conseillère ([[PERSONNE:Aurélie Ferry]]) demande le titre de séjour : n° [[IDENTIFIANT:4502187396]], carte pluriannuelle. Monsieur [[PERSONNE:Diop]], né à {{Dakar}} le [[DATE_NAISSANCE:3 mars 1993]]. RIB pour l'ARE : [[IBAN:fr76 1450 5893 6557 4650 4853 756]].",
    ),
    (
        FT,
        PHYS,
        "Panneau d'offres d'emploi : « Cariste H/F - {{Intermarché}} {{Saint-Dizier}} - réf. {{184XKLM}} », « Aide à domicile - {{ADMR}} - {{Chaumont}} ». Je recopie pour l'ambiance.",
    ),
    (
        FT,
        PHYS,
        "Jeune femme en pleurs, elle a perdu son job à l'{{hôpital}} en CDD. La conseillère lui tend des mouchoirs et ouvre un dossier. Elle s'appelle [[PERSONNE:Priscilla]].",
    ),
    (
        FT,
        PHYS,
        "File d'attente : un homme avec un casque de chantier, une femme en tailleur, un ado avec sa mère. {{3}} mondes. {{10h}}.",
    ),
    (
        FT,
        PHYS,
        "Un monsieur donne ses coordonnées pour un job dating : « [[PERSONNE:Florian Masson]], [[TELEPHONE:06.84.27.19.03]], [[EMAIL:flo.masson@gmail.com]] ». Il les dit fort, à l'accueil.",
    ),
    (
        FT,
        PHYS,
        "Conseiller entreprise, [[PERSONNE:Laurent Wolff]], me parle de la pénurie de chauffeurs poids lourds en {{Alsace}}. « Il nous faudrait {{200}} chauffeurs demain. »",
    ),
    (
        FT,
        PHYS,
        "Dossier papier sur le bureau : « [[PERSONNE:SLIMANI Yacine]] - ID [[ID_FRANCE_TRAVAIL:7028 113 R]] - [[ADRESSE:9 rue Pasteur, 08000 Charleville-Mézières]] ». La conseillère le range dans un tiroir.",
    ),
    (
        FT,
        PHYS,
        "Borne d'accueil : un agent en service civique ([[PERSONNE:Mattéo]]) aide les gens à scanner les attestations. {{19 ans}}. Il parle à tout le monde avec le sourire.",
    ),
    (
        FT,
        PHYS,
        "Un usager vient avec sa voiture de société pour prouver qu'il travaille en intérim, plaque allemande [[IMMATRICULATION:SB-KL 742]]. Il bosse à {{Sarrebruck}}, vit à {{Forbach}}. Frontalier.",
    ),
    (
        FT,
        PHYS,
        "Agence de {{Blois}}. Réunion d'info collective {{Contrat d'engagement jeune}}. {{14 jeunes}}. Deux dorment. La conseillère fait un quiz avec {{Kahoot}}. Un jeune lui donne son pseudo Insta pour le groupe : [[IDENTIFIANT:@kiki_blx41]].",
    ),
    (
        FT,
        PHYS,
        "Une dame montre un mail suspect : « France Travail : votre compte sera suspendu » avec un lien bizarre. La conseillère confirme que c'est du phishing. Mail envoyé à [[EMAIL:chantal.gerard51@wanadoo.fr]].",
    ),
    (
        FT,
        PHYS,
        "Entretien de suivi, M. [[PERSONNE:Ben Youssef]] ([[ID_FRANCE_TRAVAIL:5921 076 T]]) : il a trouvé une formation d'aide-soignant à l'{{IFSI}} de {{Bourges}}. Financement {{AIF}}. Content.",
    ),
    (
        FT,
        PHYS,
        "La salle d'attente a été refaite : fauteuils orange, plantes, une affiche « Bienvenue ». Le conseiller me dit « ça change rien aux délais » 🙄",
    ),
]

NOTES = CAF_NOTES + CPAM_NOTES + CCAS_NOTES + URG_NOTES + CHRS_NOTES + FT_NOTES

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks; return the plain text, the entity spans and the keep list."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            length += len(kept)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unparsed mark in {text!r}")
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
    """Split on ids and cells only (site kind x channel), never on the contents."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        if len(ids) % 2:
            leftovers.append(ids.pop())
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half:])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev notes, {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
