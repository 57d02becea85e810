"""Independent evaluation corpus n° 9 for the anonymiser (French observation notes).

Every note below was typed by hand, one situation per note. Inline marks:

    [[LABEL:value]]  an entity to mask (LABEL is one of the short codes in ``LABELS``)
    {{value}}        a string that must survive (goes to the note's ``keep`` list)

Running this script strips the marks, computes the offsets, numbers the notes ``ind9-001``…
in authoring order, splits them half/half (seeded, stratified by site kind and channel) and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to it. Stdlib only, deterministic.
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20240917
PREFIX = "ind9"

LABELS = {
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

CAF, CPAM, CCAS = "caf", "cpam", "ccas"
URG, CHRS, FT = "urgences", "chrs", "france_travail"
PHY, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# (site_kind, channel, marked text), in authoring order.
NOTES = [
    # ---------------------------------------------------------------- caf
    (
        CAF,
        TEL,
        "plateforme tel {{Caf}}, {{8h32}} premier appel. Mme [[P:Nadia Belkacem]] appelle pour sa {{prime d'activité}} qui a baissé. L'agente ([[P:Sandrine]]) demande le n° alloc, la dame lit sur son courrier : [[ALLOC:2 417 853]]… puis « ah non c'est [[ALLOC:2417835]] pardon ». Vérif identité avec la date de naissance : [[DN:douze avril quatre-vingt-onze]]. Baisse expliquée par le salaire de mars déclaré à {{1 480 €}}. Elle veut les notifications par mail, [[MAIL:nadia.belkacem91@hotmail.fr]] : l'agente lui dit de le changer elle-même dans {{Mon Compte}}. Durée {{11 min}}.",
    ),
    (
        CAF,
        PHY,
        "{{9h05}} ouverture, deja {{14 personnes}} dehors. borne en panne donc tickets papier, on en est au {{A12}}. 1er monsieur veut juste une attestation {{APL}}, imprimée en 2 min. l'agent me dit que la moitié des gens viennent pour ça alors que c'est sur {{caf.fr}}",
    ),
    (
        CAF,
        CSP,
        "Controle sur place avec M. [[P:Girardot]] (contrôleur assermenté). Visite chez Mme [[P:Fatoumata Keita]], [[ADR:17 allée des Peupliers, appt 43]] à {{Saint-Herblain}}. Déclarée isolée, {{RSA}} majoré + {{ASF}}, dossier [[ALLOC:3318270]]. Brosse à dents d'homme dans la salle de bain, c'est celle du frère qui passe le dimanche dit-elle. Le contrôleur regarde le bail, relève le nom du bailleur {{Atlantique Habitations}} et la réf locataire [[ID:LOC-0045821]]. Rien de tranché, rapport à rédiger. {{1h10}} sur place.",
    ),
    (
        CAF,
        TEL,
        "appel {{10h14}} — monsieur très énervé, indu de {{2 300 €}} sur ses {{APL}}. Il donne son nom « [[P:Lemaire]], [[P:L-E-M-A-I-R-E]] » — l'agent tape [[P:Lemerre]] d'abord, corrige. N° allocataire [[ALLOC:0934127]]. Il dit qu'il a prévenu la {{Caf}} du déménagement en janvier. À l'écran rien. Agent propose échéancier {{50 €/mois}}, prélevé sur quel compte ? Il dicte « [[IBAN:FR76 1250 6200 5656 0123 4567 897]] ». Il raccroche en disant qu'il va écrire à {{Macron}}.",
    ),
    (
        CAF,
        PHY,
        "Mr [[P:Oumarou]] vient avec ses {{3 enfants}}. veut déclarer la naissance du dernier, [[P:Issa]], né le [[DN:03/02/2024]]. Il a l'acte de naissance mais pas le livret de famille. Agent scanne. Demande {{PAJE}}. Mr demande aussi pour la {{prime de naissance}} (trop tard dit l'agent, à demander avant). attente {{35min}} avant d'être reçu",
    ),
    (
        CAF,
        CSP,
        "Matinée contrôle : 2 visites prévues, une annulée (personne absente, avis de passage laissé). Le contrôleur a {{12 dossiers}} par semaine, ciblés par le datamining. Il dit que les gens ont peur de lui alors qu'il « rétablit des droits une fois sur trois ». Voiture de service, {{Dacia Sandero}} blanche, {{45 km}} aller.",
    ),
    (
        CAF,
        TEL,
        "Agent lit son écran à voix haute pour vérifier : « vous êtes bien née le [[DN:14 juillet 1985]], vous habitez [[ADR:3 impasse du Moulin 35510 Cesson-Sévigné]], et votre RIB finit par …[[IBAN:4567 849]] ? » La dame (Mme [[P:Cadiou]]) dit que non, elle a changé de banque, nouveau RIB envoyé par mail. Agent ne voit pas le mail. Elle doit le redéposer sur l'espace {{Mon Compte}}.",
    ),
    (
        CAF,
        PHY,
        "Accueil sur RDV. Jeune couple, [[P:Kevin]] et [[P:Laura Moreau]], 1ère demande {{APL}}. Agent vérifie le RIB : [[IBAN:FR76 3000 4008 1200 0102 3456 796]]. Bail chez {{Foncia}}, loyer {{620 €}} CC. Mail commun : [[MAIL:kevinetlaura35@gmail.com]]. [[P:Laura]] enceinte de {{5 mois}}. L'agent leur parle aussi de la {{prime de naissance}}, ils ne connaissaient pas.",
    ),
    (
        CAF,
        CSP,
        "contrôle chez Mr [[P:DA COSTA Joaquim]], [[ADR:4 bis rue Pasteur]], {{Villeneuve-d'Ascq}}. Suspicion de vie maritale. Dans l'allée une {{Clio}} grise immatriculée [[IMMAT:FG-482-KL]], le contrôleur demande à qui elle est : « à une copine ». Courrier au nom de Mme [[P:Sabrina Vanhoutte]] sur la table. Mr reconnaît qu'elle vit là depuis {{septembre}}. Rappel {{RSA}} à prévoir.",
    ),
    (
        CAF,
        TEL,
        "file d'attente tel : {{46 appels}} en attente à {{13h30}}, temps moyen {{22 minutes}}. Superviseure dit que c'est toujours pareil le lundi et après le versement du 5. Les agents enchaînent sans pause entre les appels, {{4 min}} de « retouche » max. Pas le droit de rappeler les gens.",
    ),
    (
        CAF,
        PHY,
        "DAME AGEE VIENT POUR SON FILS HANDICAPE, {{AAH}}. ELLE NE SAIT PAS SON NUMERO D ALLOC, DONNE LE NOM : [[P:BOUZID MOHAMED]] NE LE [[DN:02 01 1979]]. L AGENT RETROUVE LE DOSSIER ([[ALLOC:1118264]]) MAIS NE PEUT PAS LUI DONNER D INFOS CAR ELLE N EST PAS L ALLOCATAIRE. ELLE PLEURE. L AGENT FINIT PAR APPELER LE FILS AU [[TEL:07 81 22 43 09]] POUR AVOIR SON ACCORD",
    ),
    (
        CAF,
        CSP,
        "visite {{14h}} : famille [[P:Nguyen]], [[ADR:résidence Les Glycines bât B n°212, 8 avenue de Bretagne]]. Contrôle ressources (micro-entreprise onglerie). Mme [[P:Nguyen]] montre son relevé {{URSSAF}} et son compte pro, IBAN [[IBAN:FR7610278360200002054180307]]. CA déclaré {{1 100 €}}/mois. Les enfants font leurs devoirs à côté, le contrôleur baisse la voix.",
    ),
    (
        CAF,
        TEL,
        "Appel d'une travailleuse sociale du {{CCAS}} de {{Lorient}} pour une dame qui n'a plus de {{RSA}} depuis {{2 mois}}. Elle donne : Mme [[P:Sylvie Le Guennec]], num alloc [[ALLOC:152 8841]]… ah non elle s'est trompée c'est [[ALLOC:1528814]]. Agent explique {{DTR}} non renvoyée. La TS demande si on peut la renvoyer par mail à [[MAIL:s.leguennec56@laposte.net]] → non, courrier seulement ou espace perso.",
    ),
    (
        CAF,
        PHY,
        "Borne libre-service : un jeune galère {{20 min}} avec le scan de son avis d'imposition, l'écran tactile ne répond pas. L'agent d'accueil vient, photo avec son tél, envoi via l'appli {{Caf - Mon Compte}}. Il me dit « la moitié de mon boulot c'est d'être le {{SAV}} de l'appli ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle logement décent (allocation logement) chez M. [[P:Petrescu]], [[ADR:28 rue Gambetta, 2e étage gauche, 42000 Saint-Étienne]]. Dossier n° [[ALLOC:2953107]]. Humidité partout, moisissures chambre enfant. Propriétaire M. [[P:Roche]] injoignable, numéro sur le bail [[TEL:04 77 31 08 65]]. Le contrôleur va signaler la non-décence → {{AL}} conservée mais versée en consignation. M. [[P:Petrescu]] ne comprend pas bien, son fils [[P:Andrei]] traduit.",
    ),
    (
        CAF,
        TEL,
        "appel n7. mr donne son nir au lieu du num alloc : [[NIR:1 84 06 35 238 117 47]]. l agent : « on a pas besoin de ca monsieur », retrouve le dossier avec nom + ddn : [[P:thomas gicquel]] [[DN:24/06/84]]. question : pq son {{RSA}} est suspendu. rep : controle en cours. il demande qui est le controleur, l agent donne pas le nom",
    ),
    (
        CAF,
        PHY,
        "Une maman avec poussette, [[P:Ambre]] ({{22 ans}}), vient pour l'{{ASF}}, le père ne paie plus la pension. N° alloc [[ALLOC:7 204 518]]. Elle a le jugement. Le père s'appelle [[P:Jordan Lecomte]], elle ne connaît pas son adresse actuelle, juste son insta [[ID:@jordy_lcmt35]]. L'agent note que l'ASF peut être versée quand même. RDV dans {{10 jours}}.",
    ),
    (
        CAF,
        CSP,
        "Rdv contrôle à domicile annulé puis maintenu : Mme [[P:Ouédraogo]] a appelé le contrôleur sur son portable pro ce matin depuis le [[TEL:+33 7 58 12 09 44]]. Sur place : logement sur-occupé, {{6 personnes}} dans un T2. Elle héberge sa sœur [[P:Awa]] et ses 2 enfants. Ça change le calcul de l'{{APL}} ? Le contrôleur dit non si la sœur ne paie rien.",
    ),
    (
        CAF,
        PHY,
        "{{10h40}} — jeune étudiant étranger, titre de séjour n° [[ID:7503152846]], demande l'{{APL}} pour sa chambre au {{Crous}} de {{Villejean}}. Dossier bloqué car pas de n° de sécu définitif (NIR provisoire). L'agent : « sans ça on ne peut rien faire, passez à la {{Cpam}} »… il ressort avec la liste des pièces.",
    ),
    (
        CAF,
        TEL,
        "Dictée vocale (je tape pas assez vite) : la dame dit le numéro allocataire de sa petite-fille chiffre par chiffre [[ALLOC:deux cinq huit un zéro quatre six]] puis le code postal. Elle s'appelle [[P:Christiane Pellerin]], {{68 ans}}. L'agent refuse poliment de donner des infos. Elle rappellera avec la petite-fille [[P:Manon]] à côté d'elle.",
    ),
    (
        CAF,
        PHY,
        "attente moyenne affichée {{25 min}}, réelle 50. 3 guichets ouverts sur 6. {{une fontaine à eau}} en panne, pas de gobelets. un monsieur s'endort sur sa chaise. l'agent de sécurité (société {{Fiducial}}) le réveille gentiment quand son numéro {{B07}} s'affiche",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez une assistante maternelle, Mme [[P:Laurence Tessier]], pour le {{CMG}}. Elle présente les contrats des parents, un bébé s'appelle [[P:Lina]], l'autre [[P:Gabin]]. Vérif agrément {{PMI}} n° [[ID:AM-35-2019-0412]]. Tout conforme. Elle nous offre un café, le contrôleur refuse (règle).",
    ),
    (
        CAF,
        TEL,
        "Appel de M. [[P:Mickaël Ferreira]]… l'agent écrit [[P:Michael]] puis il corrige « non, [[P:Mickaël]] avec tréma ». Il travaille chez {{Garage Ferreira Automobiles}}, le garage de son oncle, et veut savoir si ses heures sup comptent pour la {{prime d'activité}}. Réponse : oui c'est du salaire. Il donne son tel [[TEL:06.63.18.72.05]] pour un rappel.",
    ),
    (
        CAF,
        PHY,
        "Un monsieur, M. [[P:Benali]], présente son passeport algérien n° [[ID:193456782]] pour une demande {{RSA}}. 1ère inscription. L'agent vérifie la durée de résidence ({{5 ans}} requis). Carte de résident OK, NIR [[NIR:1 95 07 99 352 045 74]]. Il a aussi un numéro Pôle emploi, [[FT:3498271K]], inscrit depuis {{2022}}.",
    ),
    (
        CAF,
        TEL,
        "{{17h58}} dernier appel. Une dame chuchote, elle appelle des toilettes de son boulot. Elle dit [[P:Yasmine Haddad]], l'agent entend « [[P:Adad]] », elle épelle [[P:H-A-D-D-A-D]]. Num alloc [[ALLOC:3 047 612]]. Sa question : peut-elle partir du domicile conjugal et garder les {{allocations familiales}} ? L'agent passe en mode doux, donne le {{3919}} et dit qu'on peut changer l'adresse de versement en urgence.",
    ),
    (
        CAF,
        PHY,
        "Dialogue au guichet :\n— vous avez votre numéro ?\n— c'est quoi déjà… [[ALLOC:7 65 43 21]] ? non attendez\n— je peux chercher avec votre nom\n— [[P:Traoré Mariam]]\n— née le ?\n— [[DN:1er janvier 1990]]\n(l'agent me dit après : beaucoup de personnes nées à l'étranger ont « 1er janvier » sur leurs papiers)",
    ),
    (
        CAF,
        CSP,
        "Retour au bureau après contrôle. Le contrôleur saisit son rapport dans l'outil, {{40 min}}. Il me montre la grille : composition du foyer, ressources, logement. Il dit que {{80 %}} de ses contrôles concernent des personnes au {{RSA}} ou à l'{{AAH}}. Il trouve ça injuste mais « c'est le ciblage ».",
    ),
    (
        CAF,
        TEL,
        "Plateforme, casque. L'appelante lit son courrier de la {{Caf}} mot à mot : « Madame [[P:Dupuis Corinne]], [[ADR:11 rue des Tilleuls, 59200 Tourcoing]], N° allocataire : [[ALLOC:6230418]]. Vous êtes redevable d'un montant de {{1 246,18 €}} »… elle veut savoir pourquoi. Agent voit à l'écran un changement de situation : M. [[P:Dupuis]] parti en {{mars}}. Elle dit « il est revenu en {{mai}} ». Rien n'a été déclaré.",
    ),
    (
        CAF,
        PHY,
        "Monsieur vient pour résilier l'{{APL}} de sa mère décédée, Mme [[P:Yvonne Le Bihan]], née [[P:Quéré]]. Il apporte l'acte de décès. Il donne le numéro de dossier [[ALLOC:0412987]]. L'agent fait ça en {{5 min}} mais lui explique qu'il y aura peut-être un indu sur le mois en cours. Il dit « même morte elle vous doit de l'argent ».",
    ),
    (
        CAF,
        CSP,
        "Sur la route, le contrôleur reçoit un appel : Mme [[P:Aït Ali]] ne sera pas là, elle est aux urgences avec son fils. Il note de repasser. Visite suivante : M. [[P:Rolland]], [[ADR:La Haute Ville, 22 route de Fougères]]. Ferme isolée, un chien. M. [[P:Rolland]] vit dans une caravane sur le terrain de ses parents, à côté d'une vieille {{Renault Express}} [[IMMAT:7412 VS 35]] sans roues, le contrôleur regarde si une aide au logement est possible sans bail : non.",
    ),
    (
        CAF,
        TEL,
        "Appel : « est-ce que je peux avoir la {{prime de Noël}} si je suis au {{RSA}} depuis le 3 décembre ? » → oui si droit au RSA en novembre ou décembre (l'agent vérifie dans la base de connaissances, {{2 min}}). Montant {{152,45 €}} pour une personne seule. L'appelant refuse de donner son nom, il voulait juste savoir.",
    ),
    (
        CAF,
        PHY,
        "Rdv social avec la TS Caf, Mme [[P:Hamon]]. Famille monoparentale, 4 enfants, impayés de loyer {{3 200 €}}. Mme [[P:Diarra]] (n° alloc [[ALLOC:4471902]]) a un échéancier avec le bailleur {{Archipel Habitat}}, réf locataire [[ID:0008713542]]. La TS monte un dossier {{FSL}}. Tel de Mme [[P:Diarra]] : [[TEL:0652 41 88 30]]. Durée {{1h}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place en résidence étudiante privée ({{Studéa}}) : M. [[P:Zhang Wei]] déclare vivre seul mais il y a 2 lits. Il montre sa carte étudiante n° [[ID:21904563]] ; à l'écran, n° alloc [[ALLOC:6 419 770]]. Son colocataire non déclaré s'appelle [[P:Liu]]. Le contrôleur explique la colocation, pas de fraude intentionnelle, régularisation.",
    ),
    (
        CAF,
        TEL,
        "M. [[P:Rakotomalala]] donne son mail pour recevoir une attestation de paiement : « [[MAIL:b point rakoto arobase gmail point com]] ». L'agent relit [[MAIL:b.rakoto@gmail.com]], il corrige « non, deux o à la fin », [[MAIL:b.rakotoo@gmail.com]]… Au 3e essai l'agent renonce et lui dit de la télécharger sur l'appli.",
    ),
    (
        CAF,
        PHY,
        "{{14h20}}. Femme sans sa carte d'identité, elle en a une photo sur son tél : CNI n° [[ID:X4RTBPFW4]]. L'agente accepte pour commencer. Demande {{RSA}} couple, conjoint M. [[P:Sofiane Amrani]] en intérim chez {{Adecco}}. Ressources fluctuantes, {{DTR}} trimestrielle expliquée 2 fois. Adresse mail du couple : [[MAIL:famille.amrani@yahoo.fr]].",
    ),
    (
        CAF,
        CSP,
        "Visite chez M. et Mme [[P:Kowalski]]. Couple retraité + petit-fils de {{19 ans}} à charge ? Vérif. Le petit-fils [[P:Dylan]] est inscrit à {{France Travail}}, identifiant [[FT:4107263P]], sans indemnité. Donc pris en compte pour l'{{APL}}. Le contrôleur vérifie aussi le RIB du compte joint : [[IBAN:FR76 3006 6100 2100 0103 4560 293]]. Mme [[P:Kowalski]] me montre ses orchidées, elle en a quarante.",
    ),
    (
        CAF,
        TEL,
        "appel en anglais. monsieur ghanéen, [[P:Kwame Asante]]. Il donne sa date de naissance en anglais « [[DN:nineteen eighty-eight, May the fifth]] », l'agent galère, je l'aide. Numéro alloc [[ALLOC:5512093]]. Question {{APL}} suspendue (titre de séjour expiré). Il a le récépissé de renouvellement n° [[ID:7502289134]]. L'agent lui dit de le déposer en ligne.",
    ),
    (
        CAF,
        PHY,
        "Après-midi calme. 3 jeunes viennent ensemble pour la {{prime d'activité}}, simulateur sur le poste en libre-service. L'agent leur montre, {{15 min}}. Une affiche « {{Vos droits en 1 clic}} » au mur, personne ne la lit. Sur le comptoir {{un olivier}} en pot, l'agent dit que c'est son collègue qui l'arrose.",
    ),
    (
        CAF,
        CSP,
        "ctrl sur place 2 : M. [[P:Hamidou Sow]] né le [[DN:12.08.1975]], vit en foyer {{Adoma}}, [[ADR:chambre 214, 30 rue Jules Verne, 44300 Nantes]]. Le contrôleur vérifie qu'il réside bien (le gérant confirme). Ses papiers : titre de séjour + RIB [[IBAN:FR76 1380 7006 2132 0219 8765 449]]. Il envoie de l'argent au {{Sénégal}}, demande si ça compte comme charge : non.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur m'explique : avant la visite il envoie un avis {{8 jours}} avant, sauf « contrôle inopiné » (rare). Aujourd'hui personne à la 1re adresse, boîte aux lettres pleine. Voisine dit « ils sont partis au bled pour l'été ». Il note « absent », retour prévu en {{septembre}}. Sur la route on passe devant le {{Leclerc}} de {{Pacé}} et il me parle de son fils.",
    ),
    # ---------------------------------------------------------------- cpam
    (
        CPAM,
        TEL,
        "{{3646}}, plateforme de {{Bobigny}}. 1er appel {{8h31}} : M. [[P:Belhadj]] appelle pour ses {{IJ}} pas payées depuis {{3 semaines}}. Vérif identité : « votre numéro de sécu ? » il le dit par paquets : [[NIR:un, quatre-vingt-deux, zéro deux, quatre-vingt-dix-neuf, trois cent quarante et un, zéro soixante-seize, clé cinquante-sept]]. L'agent retape. Il veut aussi changer de compte et dicte l'IBAN par blocs : [[IBAN:FR76, 3000, 4028, 3700, 0109, 8765, 448]]. Attestation de salaire de l'employeur jamais reçue. L'employeur c'est {{Transports Girard}}, l'agent dit de les relancer.",
    ),
    (
        CPAM,
        PHY,
        "Accueil {{Cpam}} sur RDV seulement depuis 2023. Une dame arrive sans RDV avec sa fille de {{16 ans}}, carte vitale perdue. L'agent la prend quand même (« je ne vais pas la renvoyer »). Identité : Mme [[P:Sokhna Ndiaye]], NIR [[NIR:2 85 04 63 113 098 19]]. Commande nouvelle carte sur {{ameli}}, photo faite sur place avec la tablette. Délai annoncé {{3 semaines}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle arrêt de travail avec l'agent assermenté, [[P:Frédéric]]. {{10h15}} chez M. [[P:Lucas Marchand]], [[ADR:9 rue du Stade, 29200 Brest]]. Présence obligatoire {{9h-11h}} / {{14h-16h}}. On sonne 3 fois, personne. Voisin dit qu'il est « à la pêche ». Avis de passage déposé, il a {{48h}} pour justifier. L'agent note quand même que la voiture garée devant, une {{Peugeot 308}} [[IMMAT:gh-517-tn]], est toujours là.",
    ),
    (
        CPAM,
        TEL,
        "Appel d'un pharmacien d'officine ({{Pharmacie du Marché}}) pour un patient dont les droits apparaissent fermés. Le pharmacien donne le NIR du patient : [[NIR:1690922016155 43]]. L'agent voit : droits {{CSS}} expirés le {{31/05}}. Le patient, M. [[P:Roger Vasseur]], {{55 ans}}. L'agent ne peut pas prolonger par tel, le patient doit refaire la demande. Le pharmacien soupire, il avance les médicaments.",
    ),
    (
        CPAM,
        PHY,
        "Borne {{Ameli}} en libre-service, attestation de droits imprimée en {{30 secondes}}… mais beaucoup de gens ne savent pas l'utiliser. L'agent d'accueil dit qu'il passe {{70 %}} de son temps à montrer la borne. File : {{12 personnes}} à {{13h30}} pour une ouverture à 13h30.",
    ),
    (
        CPAM,
        TEL,
        "L'appelante se présente : « [[P:Gwenaëlle Le Floc'h]] ». L'agent répète « [[P:Le Flo]] ? », elle épelle « [[P:L, E, F, L, O, C, apostrophe, H]] ». Question : remboursement de ses lunettes, {{100 % Santé}}, l'opticien {{Krys}} lui a dit que c'était gratuit mais elle a payé {{89 €}}. L'agent voit que c'est une monture hors panier. Date de naissance pour vérif : [[DN:1998-03-17]] (elle la lit sur son appli, format bizarre).",
    ),
    (
        CPAM,
        CSP,
        "Enquête administrative {{AME}} : visite de l'enquêteur au [[ADR:45 boulevard de la Libération, 93200 Saint-Denis]], chez M. [[P:Diakité]] qui héberge Mme [[P:Kadiatou Camara]] (demandeuse AME). Vérif de la résidence effective : ses affaires sont là, un matelas dans le salon. Elle n'a pas de passeport, juste un extrait d'acte de naissance guinéen n° [[ID:GN-1123/2019]].",
    ),
    (
        CPAM,
        TEL,
        "Le conseiller a 3 écrans. Temps moyen de traitement cible {{5 min 30}}. Il dépasse toujours. Entre 2 appels il me dit « le pire c'est les gens qui appellent pour la 5e fois et à qui on a dit 5 choses différentes ». Musique d'attente = {{Les Quatre Saisons}}, en boucle.",
    ),
    (
        CPAM,
        PHY,
        "Rdv {{11h}} : M. [[P:Ahmed Chérif]], arrivé d'Algérie avec un visa, veut s'affilier ({{PUMa}}). L'agent demande une preuve de résidence de {{3 mois}} : attestation d'hébergement de son cousin M. [[P:Nabil Chérif]], [[ADR:6 rue Voltaire, 13003 Marseille]]. Pièces OK sauf l'acte de naissance non traduit. Passeport [[ID:196752341]] scanné. NIR d'attente attribué.",
    ),
    (
        CPAM,
        TEL,
        "appel d'un médecin généraliste, Dr [[P:Benhamou]], qui cherche à joindre la cellule arrêts de travail. l'agent donne la ligne PS {{3608}}. le médecin dit « je vous appelle sur la ligne assurés parce que la 3608 ne répond jamais ». il parle d'un patient, M. [[P:Hervé Lucas]], dont l'arrêt n'est pas enregistré. l'agent ne peut rien vérifier sans le NIR… le médecin le lit : [[NIR:1 61 05 33 063 188 86]]. ok l'arrêt est là, saisi sous l'ancien numéro d'employeur.",
    ),
    (
        CPAM,
        PHY,
        "Une jeune femme vient pour la {{complémentaire santé solidaire}}. {{23 ans}}, étudiante boursière. L'agent remplit avec elle sur ameli, mail créé pendant le rdv : [[MAIL:chloe.barbier2001@outlook.fr]]. Elle s'appelle [[P:Chloé Barbier]]. Ressources : bourse échelon 5 + job chez {{McDonald's}} {{10h/semaine}}. Éligible sans participation.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle de {{15h}} : assurée en arrêt maladie depuis {{4 mois}}, Mme [[P:Nathalie Pichon]], [[ADR:lotissement Le Clos Fleuri, 14 rue des Mésanges]]. Présente. Elle ouvre en peignoir, gênée. L'agent vérifie juste la présence, n'entre pas. {{2 min}}. Après il me dit que le contrôle vient d'un signalement de l'employeur ({{Carrefour Market}}). Il trouve que ça ressemble à du harcèlement.",
    ),
    (
        CPAM,
        TEL,
        "Appel, vieux monsieur sourd, il crie. Il préfère qu'on le rappelle et donne son numéro : « [[TEL:zéro deux, quatre-vingt-dix-neuf, trente-trois, douze, zéro huit]] », l'agent répète [[TEL:02 99 33 12 08]]… « oui c'est ça ». Objet : transport en ambulance pas remboursé, bon de transport manquant. C'est M. [[P:Marcel Guillou]], de {{Vitré}}, il lit son numéro sur sa carte vitale : [[NIR:140063536002194]].",
    ),
    (
        CPAM,
        PHY,
        "Espace France services dans la Cpam : un écrivain public et une conseillère numérique. Beaucoup viennent pour créer leur compte {{Ameli}} : il faut un mail, une adresse, un code reçu par courrier sous {{5 jours}}. La conseillère : « le code arrive, ils l'ont perdu ». Bénévole du {{Secours Catholique}} présent le mardi.",
    ),
    (
        CPAM,
        TEL,
        "appel n° 23 : une dame pour son mari hospitalisé au CHU de {{Nantes}}. Elle veut l'attestation de droits pour l'hôpital. Le mari : [[P:Jean-Yves Le Gall]], né le [[DN:30 novembre 1952]]. Elle n'a pas le NIR sous la main, l'agent retrouve le dossier avec nom + date + adresse : « vous êtes bien au [[ADR:2 chemin de la Garenne à Orvault]] ? » — oui. Attestation envoyée par mail à l'hôpital directement.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez un taxi conventionné (contrôle des factures de transport). {{Taxi Lebreton}}, gérant M. [[P:Lebreton]]. Véhicule [[IMMAT:FL-903-AR]], {{Skoda Octavia}}. Les kilomètres facturés ne collent pas avec les trajets des patients ({{Saint-Malo}}–{{Rennes}} facturé 2 fois le même jour). Il dit que c'est une erreur du logiciel.",
    ),
    (
        CPAM,
        TEL,
        "— Assurance maladie bonjour, [[P:Julie]] à votre écoute\n— oui bonjour c'est pour mon arrêt\n— votre numéro de sécurité sociale s'il vous plaît\n— [[NIR:2 93 08 59 599 143 15]]\n— merci, madame [[P:Leroy]] ?\n— non madame [[P:Leroux]], [[P:R-O-U-X]]\n— ah pardon je lis mal. Votre arrêt a bien été reçu le 12, paiement sous {{30 jours}}.",
    ),
    (
        CPAM,
        PHY,
        "Guichet {{Cpam}} {{Roubaix}}. Monsieur turc, ne parle pas français, son fils de {{12 ans}} traduit. Demande de cartes Vitale pour la famille. NIR du père : [[NIR:1 80 05 99 208 117 78]]. L'agent note la composition : [[P:Mehmet Yilmaz]], [[P:Ayşe]], enfants [[P:Emre]] et [[P:Elif]]. L'enfant traduit « ma mère n'a pas de numéro de sécu ». Rattachement ayant droit. Titre de séjour de la mère n° [[ID:5900847213]].",
    ),
    (
        CPAM,
        CSP,
        "L'agent de contrôle m'explique les règles : pas d'entrée dans le domicile sans accord, il montre sa carte d'agent assermenté, il vérifie la présence aux heures obligatoires. Sur {{9 contrôles}} aujourd'hui, 6 présents. Il fait {{110 km}} dans la journée, dans sa {{Citroën C3}} de service.",
    ),
    (
        CPAM,
        TEL,
        "appel à {{16h55}} d'un homme en rupture de droits depuis sa sortie de prison. Il donne son nom, [[P:Yannick Hervé]] — l'agent cherche d'abord [[P:Hervé Yannick]] (inversion). Date de naissance [[DN:7/9/81]], né à {{Quimper}}. Le dossier est « en sommeil ». L'agent réactive, {{PUMa}} + {{CSS}} à demander. Pas de mail, pas de portable, il appelle depuis celui de son éducateur, [[TEL:06 70 84 12 93]].",
    ),
    (
        CPAM,
        PHY,
        "Une dame âgée tend un papier plié où sa fille a tout écrit : « [[P:GAUTIER Jeanne]] / [[NIR:2 47 11 57 463 012 83]] / [[TEL:03 87 62 19 40]] / mutuelle {{Harmonie}} n° [[ID:0047821936]] ». Elle vient parce que sa mutuelle ne reçoit plus les remboursements (télétransmission coupée). L'agent relance le flux {{Noémie}} en 3 clics.",
    ),
    (
        CPAM,
        TEL,
        "Plateforme, {{14h}}. Appel en espagnol, le conseiller parle espagnol (il est d'origine chilienne). La dame, [[P:Carmen Ruiz Ortega]], a travaillé en Espagne, numéro de sécu espagnol [[ID:28/12345678/90]]. Elle veut le formulaire {{S1}}. Le conseiller lui explique que c'est la sécu espagnole qui le délivre. Elle habite [[ADR:Résidence du Parc, 7 allée Miró, 66000 Perpignan]], mail [[MAIL:carmen.ruiz.o@gmail.com]].",
    ),
    (
        CPAM,
        CSP,
        "Contrôle chez une infirmière libérale (facturation). Cabinet au rdc de chez elle, Mme [[P:Sandrine Moal]]. Le contrôleur compare ordonnances et facturation pour {{3 patients}} : M. [[P:Kerbrat]], Mme [[P:Le Roux]] et Mme [[P:Jaouen]]. Pour Mme [[P:Jaouen]], 2 passages facturés par jour mais une seule ordonnance. L'infirmière sort son agenda papier, cahier {{Clairefontaine}} rose. Elle a raison, l'ordonnance modificative est dans le dossier.",
    ),
    (
        CPAM,
        TEL,
        "Appel : un monsieur demande si le {{Doliprane}} est toujours remboursé. L'agent : oui sur ordonnance, {{65 %}}. Il demande aussi pour la franchise médicale, {{1 €}} par boîte. L'agent explique le plafond de {{50 €}} par an. Appel de {{3 min}}, le monsieur remercie 4 fois.",
    ),
    (
        CPAM,
        PHY,
        "Rdv de {{10h}} : Mme [[P:Elena Popescu]] (roumaine), enceinte de {{6 mois}}, aucune couverture. Travaille au noir dans le ménage. L'agent l'oriente vers la {{PASS}} de l'hôpital et lance l'{{AME}}. Domiciliation au CCAS. Elle a un portable roumain [[TEL:+40 742 318 905]] et donne aussi le numéro de son compagnon [[P:Ionuț]] : [[TEL:07 53 88 20 16]].",
    ),
    (
        CPAM,
        CSP,
        "Délégué de l'assurance maladie en visite chez un médecin, Dr [[P:Olivier Fontaine]]. Thème : prescriptions d'arrêts de travail, il est au-dessus de la moyenne régionale. Le Dr [[P:Fontaine]] se défend : patientèle ouvrière, l'usine {{Stellantis}} à côté. {{45 min}} d'échange, ton cordial. Sur son bureau, {{un olivier}} en bonsaï.",
    ),
    (
        CPAM,
        TEL,
        "Appel {{11h47}}. Une jeune, [[P:Inès]], {{19 ans}}, veut sa propre carte vitale (elle est rattachée à ses parents). L'agent : depuis 16 ans c'est possible. Elle épelle son mail « [[MAIL:ines point b-z-h arobase free point fr]] ». Demande de carte faite, photo à envoyer via l'appli {{Ameli}}. Elle ajoute son RIB, lu depuis son appli bancaire : « [[IBAN:FR 76 16906 00031 87012345612 95]] ».",
    ),
    (
        CPAM,
        PHY,
        "QUESTION DU JOUR : LE RIB. Un monsieur veut changer son RIB pour ses {{IJ}}, il lit tout fort son nouvel IBAN devant tout le monde : [[IBAN:FR76 3000 3012 5000 0507 1234 513]]. L'agent lui fait signe de baisser la voix. Trop tard. Confidentialité zéro à l'accueil, les guichets sont à {{1 m}} les uns des autres.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle à domicile n°2 : Mme [[P:Benkirane]], [[ADR:appt 1102, tour Mistral, 3 place Léon Blum, Villeurbanne]]. Présente, avec son bébé. Arrêt pour dépression post-partum. L'agent reste {{3 min}} sur le palier. Ascenseur en panne, {{11e étage}} à pied. Il me dit « celle-là je l'aurais pas contrôlée, c'est l'algorithme ».",
    ),
    (
        CPAM,
        PHY,
        "Un fils vient pour le capital décès de son père, [[P:Antonio Rivera]], NIR [[NIR:155019913400876]], décédé le {{2 mars}}. Le capital va aux ayants droit prioritaires : le fils ne l'est pas, sa mère est vivante. Il donne l'adresse de sa mère : [[ADR:18 rue des Écoles, 31100 Toulouse]], et son RIB : [[IBAN:FR7615589351200345678901238]]. L'agent prépare le courrier à son nom.",
    ),
    (
        CPAM,
        PHY,
        "Après-midi : {{43 personnes}} reçues par {{3 agents}}. Motifs : carte vitale (12), attestation (9), {{CSS}} (8), IJ (6), autres. Le chef d'équipe tient les stats à la main sur une feuille. « Le logiciel de comptage plante. »",
    ),
    (
        CPAM,
        CSP,
        "Enquête sur place pour un dossier {{CSS}} : vérif que Mme [[P:Fernandes]] vit seule. Son ex-mari, M. [[P:Carlos Fernandes]], est encore domicilié là d'après les impôts. Elle montre le jugement de divorce (RG n° [[ID:21/04587]]). L'enquêtrice regarde la boîte aux lettres : 2 noms. Elle n'a jamais pensé à enlever l'étiquette.",
    ),
    (
        CPAM,
        TEL,
        "Appel d'une assistante sociale d'hôpital : un patient sans papiers peut-il avoir l'{{AME}} en urgence ? Procédure « soins urgents » expliquée. L'agent ne demande aucun nom, c'est une question générale. Le conseiller me dit qu'il existe une ligne dédiée aux partenaires mais qu'elle est saturée.",
    ),
    (
        CPAM,
        TEL,
        "Appel {{15h10}}, la ligne coupe 2 fois. La dame rappelle, re-file d'attente {{18 min}}. Elle donne son numéro de sécu en s'arrêtant au milieu : « [[NIR:2 03 02 38 185 022]] … et la clé c'est [[NIR:74]] ». Mme [[P:Lou-Anne Garnier]], {{21 ans}}, remboursement de rdv chez une psy via {{Mon soutien psy}}. {{8 séances}} prises en charge. Mail pour le compte Ameli : [[MAIL:louanne.garnier@laposte.net]].",
    ),
    (
        CPAM,
        PHY,
        "accueil : un jeune homme demande pourquoi il reçoit des courriers au nom de « [[P:Dimitri Vasseur]] » alors qu'il s'appelle [[P:Dimitri Vasseur-Lambert]]. L'agent vérifie : deux dossiers, même date de naissance [[DN:08/11/1999]], un doublon. Le bon NIR est [[NIR:1 99 11 35 238 046 45]]. Fusion demandée, délai {{2 mois}}.",
    ),
    (
        CPAM,
        PHY,
        "fin de journée. La vigile ferme la porte à {{16h30}} pile, une dame frappe à la vitre. L'agent d'accueil sort lui parler {{5 min}} dehors, lui donne un formulaire de demande de {{CSS}} et une enveloppe T. Il me dit « officiellement j'ai pas le droit ».",
    ),
    (
        CPAM,
        CSP,
        "Contrôle présence {{9h30}}, M. [[P:Jérémy Lefort]], arrêt pour lombalgie, [[ADR:5 place de l'Église, 27400 Louviers]]. Il répond à l'interphone, descend. Il boite. L'agent : ok. Dans la cour, un utilitaire blanc [[IMMAT:FR-208-GT]] chargé de cartons. Ensuite il me montre que M. [[P:Lefort]] avait une annonce {{Leboncoin}} « déménagement, gros bras dispo » postée par le pseudo [[ID:@jeje_lefort27]]… ça, ce sera pour le service fraude.",
    ),
    (
        CPAM,
        CSP,
        "Brief à {{8h}} avant les tournées : {{4 agents}} de contrôle, chacun une liste de {{15 à 20}} adresses, logiciel de tournée. Les contrôles s'arrêtent à {{18h}}. « Ambiance commissariat » dit l'un d'eux en riant.",
    ),
    (
        CPAM,
        CSP,
        "Visite à un assuré en ALD, enquête sur les transports sanitaires : M. [[P:Pascal Renaud]], dialysé {{3 fois/semaine}} au centre de dialyse de {{Pontchaillou}}. Il dit que l'ambulancier le fait attendre {{2h}}. Il donne le nom de la société, {{Ambulances Bréal Assistance}}, et du chauffeur, « un certain [[P:Gégé]] ».",
    ),
    (
        CPAM,
        CSP,
        "Contrôle dans une pharmacie de {{Saint-Pierre}} (délivrances d'{{Ozempic}}). Pharmacien titulaire M. [[P:Hoarau]]. Liste de 4 patients à vérifier, dont Mme [[P:Payet]], ordonnance du Dr [[P:Grondin]]. Ordonnances scannées présentes. L'inspectrice note une ordonnance suspecte, n° RPPS du prescripteur [[ID:10101234567]].",
    ),
    # ---------------------------------------------------------------- ccas
    (
        CCAS,
        TEL,
        "Plan canicule, cellule d'appel du CCAS. On appelle les personnes inscrites au registre, liste papier. 1er appel : Mme [[P:Odette Marchal]], {{91 ans}}, [[TEL:02 40 73 18 56]]. Elle va bien, volets fermés, elle boit « du thé, c'est de l'eau ». 2e : M. [[P:Lucien Brard]], pas de réponse → on rappelle dans {{30 min}}, sinon on prévient sa fille au [[TEL:06 81 47 26 09]].",
    ),
    (
        CCAS,
        PHY,
        "Accueil CCAS {{Montreuil}}. Domiciliation : un monsieur vient chercher son courrier. Il donne son nom, [[P:Dragan Jovanović]]. L'agent cherche dans le casier J — rien, puis dans le I : le courrier avait été classé à [[P:Iovanovic]]. Lettre de la préfecture. Il est content.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec la travailleuse sociale du CCAS chez Mme [[P:Germaine Rouxel]], {{87 ans}}, [[ADR:12 rue de la Fontaine, 35160 Montfort-sur-Meu]]. Demande de téléassistance. Elle vit seule depuis la mort de son mari, [[P:Raymond]]. Sa voisine, Mme [[P:Lebas]], a la clé. Installation prévue avec {{Présence Verte}}. Tarif {{25 €/mois}}, le CCAS en prend la moitié.",
    ),
    (
        CCAS,
        TEL,
        "Appel {{9h10}} d'un bailleur ({{Paris Habitat}}) : une locataire, Mme [[P:Mbaye]], a un dégât des eaux et plus d'électricité, {{3 enfants}}. Le bailleur demande un hébergement d'urgence. L'agent prend les infos : [[ADR:Bât C, 14 rue de Tanger, 75019 Paris]], tel de Mme [[P:Mbaye]] [[TEL:07.66.91.02.38]], réf bail [[ID:PH-75019-0412-88]]. Appel au {{115}} ensuite.",
    ),
    (
        CCAS,
        PHY,
        "Distribution des colis de Noël pour les plus de {{70 ans}}, salle des fêtes. {{400 colis}}, foie gras + chocolats {{Jeff de Bruges}}. File dès {{8h}}. Les agents du CCAS et des élus servent. Une dame demande si le maire sera là ; il passe à {{11h}}, selfies.",
    ),
    (
        CCAS,
        CSP,
        "Enquête sociale à domicile pour une aide facultative (énergie). M. [[P:Jonathan Picard]], [[ADR:21 résidence des Acacias, 59650 Villeneuve-d'Ascq]], T3 glacial, radiateurs électriques. Retard de facture {{EDF}} : {{1 240 €}}, n° client [[ID:6001234567]]. L'agent prend en photo le compteur {{Linky}}. Dans le congélo, que des produits {{Picard}} offerts par sa sœur. Dossier en commission jeudi.",
    ),
    (
        CCAS,
        TEL,
        "Standard du CCAS, l'agente décroche : « CCAS bonjour ». Monsieur veut un rdv pour le {{RSA}}. « Votre nom ? » — « [[P:Koffi]] ». Elle écrit [[P:Coffi]], il épelle « K comme kilo » : [[P:K-O-F-F-I]], prénom [[P:Serge]]. Il donne aussi son identifiant France Travail, « [[FT:deux trois quatre zéro neuf un six, H]] ». RDV posé mardi à {{10h}} avec l'assistante sociale, Mme [[P:Le Mée]]. Tel pour le SMS de rappel : [[TEL:06 12 87 45 03]].",
    ),
    (
        CCAS,
        PHY,
        "Épicerie sociale : inscription. Une famille de 5, reste à vivre calculé = {{4,20 €}} par jour et par personne → éligible. Carte d'accès n° [[ID:ES-2024-0318]] au nom de Mme [[P:Aminata Sylla]]. Elle demande si on peut y acheter des couches. Oui.",
    ),
    (
        CCAS,
        CSP,
        "Visite avec l'agente du CCAS et un inspecteur hygiène de la mairie chez une famille logée par un marchand de sommeil : [[ADR:3 ter rue des Jardins, 93300 Aubervilliers]], sous-sol. Famille [[P:Haidara]], 2 adultes, 3 enfants. Loyer {{750 €}} en espèces au propriétaire, « M. [[P:Benzema]] » — pas le footballeur précise la dame 😅. Il passe chercher l'argent en {{Mercedes}} noire, la dame a noté la plaque : [[IMMAT:GA-056-TT]]. L'inspecteur note l'insalubrité.",
    ),
    (
        CCAS,
        TEL,
        "Le numéro du CCAS sonne toute la matinée, {{1 agente}} au standard. Beaucoup d'appels pour les horaires de l'épicerie sociale ({{mardi et jeudi 14h-17h}}). Elle répond la même chose {{20 fois}}. Elle a scotché les horaires sur son écran.",
    ),
    (
        CCAS,
        PHY,
        "Dame en pleurs, expulsée demain. L'agent appelle le {{SIAO}}, n° de demande [[ID:SIAO-35-2024-004512]]. Mme [[P:Véronique Lagadec]], {{54 ans}}, née le [[DN:03/03/1970]]. Elle donne aussi son n° {{Caf}} : [[ALLOC:1209473]]. Le SIAO n'a rien avant vendredi. Le CCAS paie 2 nuits à l'{{Ibis Budget}} de {{Cesson}}.",
    ),
    (
        CCAS,
        CSP,
        "Portage de repas : j'accompagne le livreur du CCAS. {{23 livraisons}} entre 8h et 12h. Chez M. [[P:Armand Poirier]] ({{92 ans}}), il nous attend derrière la porte avec son déambulateur. Le livreur range les barquettes au frigo, vérifie que celles d'hier sont mangées, note sur la tablette. Dans le jardin, {{un poirier}} couvert de fruits que personne ne ramasse.",
    ),
    (
        CCAS,
        TEL,
        "Appel d'une dame pour sa mère, Mme [[P:Simone Dubreuil]], qui veut entrer à l'{{EHPAD Saint-Joseph}}. Demande d'aide sociale à l'hébergement. L'agent lui dit de prendre RDV. Elle lit le numéro de sécu de sa mère : [[NIR:2 38 02 22 278 004 93]]. Elle donne l'adresse de sa mère : « [[ADR:5, rue Victor Hugo à Lamballe]] ». Reste à charge estimé {{2 100 €}} par mois, la dame dit « c'est plus que sa retraite ».",
    ),
    (
        CCAS,
        PHY,
        "Nouvelle demande de domiciliation. M. [[P:Abdelkader Saïdi]], né le [[DN:15/05/1968]] à {{Oran}}, dort dans sa voiture, une {{Peugeot 206}} immatriculée [[IMMAT:4578 TZ 59]] (ancienne plaque). Lien avec la commune : ses enfants sont scolarisés ici. Attestation d'élection de domicile remise tout de suite.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez M. [[P:Tiago Rodrigues]], accident du travail, plus de revenus depuis {{2 mois}} car IJ bloquées. [[ADR:Lot. Les Chênes, 7 impasse des Bouleaux, 44470 Carquefou]]. Frigo vide. Il donne son RIB pour un secours d'urgence : [[IBAN:FR76 1820 6002 1060 4123 9876 595]]. L'agent donne aussi 3 bons alimentaires de {{30 €}} ({{Intermarché}}) et appelle la {{Cpam}} depuis chez lui ({{3646}}, {{25 min}} d'attente).",
    ),
    (
        CCAS,
        TEL,
        "{{18h10}}, le standard est fermé mais l'agente d'astreinte a le portable. Appel de la police municipale : femme âgée retrouvée errante, dit s'appeler « [[P:Marie-Thérèse]] », habite « {{rue des Lilas}} » sans numéro. L'agente cherche dans le registre des personnes fragiles : Mme [[P:Marie-Thérèse Olivier]], [[ADR:17 rue des Lilas]]. Sa fille est prévenue au [[TEL:06 33 10 58 72]].",
    ),
    (
        CCAS,
        PHY,
        "Guichet unique CCAS : {{6 agents}}, ouvert {{8h30-12h}}. Ambiance calme. Sur le bureau de l'accueil, {{une rose}} dans un verre, cadeau d'un usager : un monsieur qu'elle a aidé à remplir sa demande d'{{APL}}.",
    ),
    (
        CCAS,
        CSP,
        "Tournée de veille sociale du CCAS avec une policière municipale, quartier de {{la gare}}. On croise {{4 personnes}} connues, distribution de bouteilles d'eau (canicule). Le chef de service refuse que je note les prénoms. {{1h30}} de tournée.",
    ),
    (
        CCAS,
        TEL,
        "Appel : un monsieur veut résilier la téléassistance de sa mère décédée, Mme [[P:Colin]], [[P:Paulette]] de son prénom. L'agent demande le numéro d'abonné : [[ID:TA-004518]]. Il faut rendre le boîtier et le médaillon. Le mois en cours sera remboursé sur le compte de la succession : [[IBAN:FR76 2004 1010 1212 3456 7890 170]]. Il demande s'il peut les déposer à l'accueil — oui, avant {{17h}}.",
    ),
    (
        CCAS,
        PHY,
        "Demande d'aide pour une facture de cantine. Mme [[P:Bintou Coulibaly]], 3 enfants à l'école {{Jean Moulin}}. Dette cantine {{186 €}}. Elle a son attestation {{CAF}} avec n° allocataire [[ALLOC:2 381 907]] et quotient familial {{312}}. Dossier aide facultative, réponse sous {{15 jours}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite d'un logement d'urgence du CCAS (studio meublé) avant l'entrée de la famille [[P:Bouaziz]]. Inventaire : lit, table, 4 chaises, micro-ondes {{Samsung}}. État des lieux signé par M. [[P:Karim Bouaziz]]. Il donne son tel : [[TEL:0645128907]]. Contrat d'occupation {{3 mois}} renouvelable, participation prélevée sur [[IBAN:FR76 1001 1000 2012 3456 7890 188]].",
    ),
    (
        CCAS,
        TEL,
        "Appel d'un travailleur social de l'hôpital : patient sortant, sans domicile, il faudrait une domiciliation. L'agent : « il doit venir en personne ». Le TS donne quand même le nom, M. [[P:Eddy Caron]], né le [[DN:2 juin 76]]. Sortie prévue vendredi {{10h}}.",
    ),
    (
        CCAS,
        PHY,
        "Un homme vient chercher un colis alimentaire avec un bon de la {{Croix-Rouge}}. Tout le monde ici l'appelle « [[P:Papi]] ». L'agent ne connaît pas son vrai nom, le registre dit [[P:Jean-Claude Maillard]]. Il repart avec 2 sacs et une blague pour chacun.",
    ),
    (
        CCAS,
        CSP,
        "Évaluation pour une aide-ménagère chez Mme [[P:Huguette Fleury]], [[ADR:8 allée des Rosiers, Rezé]]. {{82 ans}}, chute en janvier, 3 chats. Son fils [[P:Thierry]] vient le dimanche avec sa {{Zoé}} électrique, il la recharge chez elle. Plan d'aide : {{10h/mois}} via l'{{ADMR}}.",
    ),
    (
        CCAS,
        TEL,
        "Appel de Mme [[P:Rachida Ben Youssef]], l'agent note [[P:Benyoucef]], elle corrige « [[P:Ben Youssef]] en deux mots, avec deux s ». Elle voudrait une aide pour son loyer, son {{APL}} est suspendue. Elle lit son numéro allocataire « [[ALLOC:zéro six quatre, deux neuf, huit un]] ». L'agent lui dit d'appeler d'abord la {{Caf}} ({{3230}}). Elle répond qu'elle a appelé 4 fois.",
    ),
    (
        CCAS,
        PHY,
        "Jeune de {{19 ans}}, [[P:Enzo]], vient pour le dispositif « permis citoyen » du CCAS (heures de bénévolat contre aide au permis). Il a déjà le code. Auto-école {{ECF}}. Il donne son mail [[MAIL:enzo.marechal@icloud.com]] pour la convocation.",
    ),
    (
        CCAS,
        CSP,
        "Déménagement d'une personne âgée vers la résidence autonomie {{Les Marronniers}}, l'agent du CCAS accompagne. Mme [[P:Lucienne Garnier]] quitte son appartement du [[ADR:4 place du Marché, 56000 Vannes]] après {{52 ans}}. Le camion d'{{Emmaüs}} prend les meubles. Elle pleure en donnant son buffet.",
    ),
    (
        CCAS,
        TEL,
        "Ligne « seniors isolés » du CCAS. Une bénévole appelle {{12 personnes}} chaque mardi. Elle me dit qu'elle parle surtout du temps, de la télé ({{Questions pour un champion}}), des petits-enfants. Appels de {{10 à 40 min}}.",
    ),
    (
        CCAS,
        PHY,
        "Mr [[P:Vo Van Thanh]] présente sa carte de séjour n° [[ID:0691234567]] et son passeport vietnamien [[ID:C1234567]] pour une demande d'aide au transport (carte {{Tisséo}} solidaire). Il habite [[ADR:11 chemin de la Flambère, Toulouse]]. Mail de son fils pour les échanges : [[MAIL:thanh.vo.2004@gmail.com]]. Dossier complet du premier coup, rare.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile suite à un signalement du voisinage (syndrome de Diogène), avec l'agente CCAS et un infirmier du {{CMP}}. M. [[P:Gérard Leclerc]], [[ADR:36 rue de Verdun, 3e étage, Quimper]]. Appartement rempli jusqu'au plafond, journaux, sacs plastiques. Il accepte qu'on revienne. Sa sœur à {{Brest}}, Mme [[P:Annick Tanguy]], [[TEL:02 98 44 61 27]].",
    ),
    (
        CCAS,
        TEL,
        "appel d'une assistante sociale du département pour un dossier commun : famille [[P:Lopes]], « tu peux regarder si on a eu le {{FSL}} ? le dossier c'est [[ID:FSL-2024-1187]] ». Accordé le 12. Elles se tutoient, se connaissent depuis {{15 ans}}. L'agent note la ligne directe de l'AS pour la prochaine fois : [[TEL:02 99 02 37 81]].",
    ),
    (
        CCAS,
        PHY,
        "Atelier numérique au CCAS, 6 participants de plus de {{65 ans}}. Thème : prendre rdv sur {{Doctolib}}. Une dame demande comment mettre une photo de profil sur {{WhatsApp}}. Animateur patient. {{2h}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite du logement de M. [[P:Faure]] pour l'aide à l'adaptation (douche à la place de la baignoire), [[ADR:15 bis route de Lyon, 38300 Bourgoin-Jallieu]]. Devis de {{Plomberie Mathieu & Fils}} : {{4 300 €}}. L'ergothérapeute dit que c'est indispensable, il est tombé deux fois. N° allocataire pour le calcul : [[ALLOC:0857312]].",
    ),
    (
        CCAS,
        TEL,
        "Appel {{11h05}}, M. [[P:Pierre-Yves Le Borgne]], {{67 ans}}, pour la réduction senior sur la carte {{Korrigo}}. Il donne sa date de naissance en deux fois, « [[DN:un neuf cinq sept]]… le [[DN:21 août]] », l'agent écrit [[DN:21/08/1957]] et relit. Justificatif : avis de non-imposition.",
    ),
    (
        CCAS,
        PHY,
        "Aide alimentaire d'urgence, {{12h}}. Une jeune femme, [[P:Sarah]], arrive juste avant la fermeture avec son bébé. L'agent ouvre quand même le placard : lait {{Gallia}}, couches {{Pampers}}, compotes. Adresse « chez une amie » : [[ADR:9 avenue Jean Jaurès, bâtiment F, Le Havre]]. Rdv avec l'AS le lendemain.",
    ),
    (
        CCAS,
        CSP,
        "Vérif à domicile pour une aide facultative : M. [[P:Bernard]] vit-il bien seul ? Lieu-dit [[ADR:La Grée, 35390 Grand-Fougeray]]. {{Un saint-bernard}} énorme dans l'entrée. Une seule brosse à dents, un seul lit, le frigo d'un célibataire. OK.",
    ),
    (
        CCAS,
        TEL,
        "Appel d'un usager pour sa demande de logement social. Le CCAS n'est pas compétent mais l'agent regarde le numéro unique : [[ID:035 24 0123 4567]]. M. [[P:Alain Daniel]], demande active, ancienneté {{3 ans}}. Il voulait juste savoir si « c'est encore vivant ».",
    ),
    (
        CCAS,
        PHY,
        "Entretien {{RSA}} (le CCAS est référent). M. [[P:Patrick Corre]], {{58 ans}}, n° alloc [[ALLOC:0 482 119]], donne son identifiant France Travail [[FT:5902817 M]] et parle de son contrat d'engagement. L'agent lui propose un atelier de remobilisation. Il dit qu'il préfère « travailler au noir que faire des ateliers ». Franc.",
    ),
    (
        CCAS,
        CSP,
        "Visite pour instruire une demande d'aide sociale à l'hébergement, chez la fille qui héberge sa mère : [[ADR:2 impasse des Tilleuls, 67200 Strasbourg]]. Mme [[P:Hélène Schmitt]], {{89 ans}}, et sa fille [[P:Christine]]. L'agent demande les avis d'imposition des enfants (obligation alimentaire). Le fils, [[P:Marc]], refuse de donner les siens, il habite à {{Colmar}}. RIB de Mme [[P:Schmitt]] relevé pour les frais : [[IBAN:FR76 1910 6000 0843 6123 4522 033]].",
    ),
    (
        CCAS,
        CSP,
        "Débrief dans la voiture après les visites. L'agente m'explique la grille {{GIR}}, de 1 à 6. Elle fait {{3 visites}} par jour max. Pour elle le plus dur c'est « de partir en laissant quelqu'un seul ». Pluie, bouchons sur la rocade, {{35 min}} pour rentrer.",
    ),
    # ---------------------------------------------------------------- urgences
    (
        URG,
        PHY,
        "Urgences CHU, nuit du samedi. {{23h40}}. Salle d'attente pleine, {{31 patients}}, l'écran affiche « attente estimée {{6h}} ». L'IOA, [[P:Caroline]], trie. Un jeune arrive la main en sang (verre). Au guichet : [[P:Théo Marchetti]], né le [[DN:4/10/2001]], pas de carte vitale sur lui. L'agente d'accueil retrouve son dossier : IPP [[ID:P00871236]]. Tri 4. Le copain qui l'a amené est garé en double file, le vigile relève la plaque : [[IMMAT:fh-307-bn]].",
    ),
    (
        URG,
        TEL,
        "{{2h15}}, le téléphone des urgences sonne : une mère cherche son fils, « [[P:Yanis]], [[P:Y-A-N-I-S]], [[P:Belkacemi]] ». Il a {{17 ans}}, les pompiers l'ont amené après une bagarre. L'agent ne donne pas d'infos par téléphone mais demande la date de naissance pour vérifier qu'il est bien là : « le [[DN:9 février 2007]] ». Oui. Elle arrive en taxi.",
    ),
    (
        URG,
        CSP,
        "Tournée d'identitovigilance avec l'agente du bureau des entrées, {{3h}} du matin, box par box. {{Box 7}} : bracelet au nom de [[P:MARTIN Jacqueline]] mais le dossier dit [[P:MARTIN Jacques]] — erreur de saisie à l'admission, corrigé. {{Box 9}} : patient sans bracelet, inconscient, « X inconnu », IPP provisoire [[ID:9000451]]. {{Box 12}} : Mme [[P:Ngo]], {{88 ans}}, dit qu'elle est née en [[DN:1936]] mais sa CNI dit [[DN:12/12/1935]].",
    ),
    (
        URG,
        PHY,
        "admission {{1h05}} : un monsieur ivre amené par la police. Pas de papiers. Il dit s'appeler « [[P:Jean Bon]] » (rires) puis [[P:Jean-Baptiste Lemoine]]. Les policiers ont son identité sur le PV : [[P:Lemoine Jean-Baptiste]], né le [[DN:21.01.1986]], demeurant [[ADR:7 rue de Saint-Malo, Rennes]]. Il s'endort sur le brancard avant la fin.",
    ),
    (
        URG,
        TEL,
        "Appel du {{15}} (régulation {{SAMU}}) à l'IOA : ambulance dans {{10 min}}, femme de 34 ans, douleur abdominale. Infos dictées : « madame [[P:Sophie Lambert]], {{trente-quatre ans}}, née le [[DN:vingt-deux mai quatre-vingt-dix]] ». L'IOA prépare le {{box 2}}.",
    ),
    (
        URG,
        PHY,
        "{{4h}} du matin. Creux. {{9 brancards}} dans le couloir, des patients attendent une place en étage ({{UHCD}} pleine). L'aide-soignant passe avec des couvertures. L'infirmière me dit que c'est « la nuit la plus calme du mois ». Café de la machine {{Nespresso}} que les médecins ont payée de leur poche.",
    ),
    (
        URG,
        CSP,
        "Sortie SMUR avec l'équipe (médecin, infirmier, ambulancier), {{0h20}}. Domicile : [[ADR:Résidence Bel Air, bât 3, 52 avenue du Général Leclerc, 94000 Créteil]]. M. [[P:Hocine Taleb]], {{63 ans}}, douleur thoracique. Sa femme donne la carte vitale ([[NIR:1 61 03 99 352 118 51]]) et l'ordonnance du cardiologue, Dr [[P:Nguyen Van Long]]. ECG sur place, transfert en cardio. Retour {{1h45}}.",
    ),
    (
        URG,
        TEL,
        "{{3h40}} : appel de l'infirmière de nuit de l'{{EHPAD Les Tilleuls}}. Une résidente est tombée, faut-il l'envoyer ? Elle lit le dossier : « Mme [[P:Renée Kerjean]], {{94 ans}}, sous anticoagulants ». L'IOA dit oui, l'envoyer. Ambulance privée dans l'heure.",
    ),
    (
        URG,
        PHY,
        "Bureau des admissions, nuit. La secrétaire saisit. Patient : « [[P:Kouamé]]… non, [[P:Kouassi]], [[P:Kouassi Yao Firmin]] ». Adresse : foyer, [[ADR:8 rue Eugène Pottier, 35000 Rennes]]. Pas de mutuelle, droits {{PUMa}} ouverts. Carte vitale lue, NIR affiché [[NIR:1 90 12 62 193 208 88]].",
    ),
    (
        URG,
        TEL,
        "Le téléphone de l'accueil sonne toutes les {{5 min}} la nuit : familles, pharmacies de garde, la police. L'agente répond « urgences adultes bonjour » et renvoie vers le cadre dès que c'est une demande d'info sur un patient. Elle me dit « la nuit, les gens appellent pour savoir combien de temps on attend, pour choisir entre nous et {{SOS Médecins}} ».",
    ),
    (
        URG,
        PHY,
        "Enfant de {{4 ans}}, fièvre, avec sa mère, {{22h10}}. Urgences pédiatriques. Carnet de santé : [[P:Lyna Boudjema]], née le [[DN:14/06/2020]]. Mère : [[P:Nour]]. Mutuelle {{MGEN}}, n° adhérent [[ID:235678901]]. Attente {{2h}} pour une otite.",
    ),
    (
        URG,
        CSP,
        "Avec l'assistante sociale des urgences, visite au domicile d'un patient âgé avant son retour (il veut rentrer, l'équipe hésite). M. [[P:Yves Le Moal]], {{86 ans}}, [[ADR:Kerlann, 29170 Fouesnant]]. Escalier raide, pas de rampe. Un voisin passe tous les jours, [[P:Loïc]]. Décision : retour avec {{SSIAD}}.",
    ),
    (
        URG,
        TEL,
        "appel {{5h02}}, une femme parle anglais : her husband, [[P:Rajesh Patel]], tourist, admitted at 1am. Elle donne son numéro de passeport pour prouver qu'elle est sa femme : [[ID:Z8934512]]. L'agent ne peut rien vérifier au tél, lui dit de venir. Elle est au {{Novotel}} de la gare, elle laisse son mail : [[MAIL:priya.patel81@yahoo.co.in]].",
    ),
    (
        URG,
        PHY,
        "{{2h50}} : arrivée par les pompiers d'une femme trouvée dans la rue, hypothermie. Aucun papier. L'aide-soignante trouve dans sa poche une ordonnance au nom de [[P:Martine Guérin]] et un ticket de bus. Enregistrée « [[P:Martine Guérin]] (identité non vérifiée) ». Le {{115}} est appelé : oui, connue, hébergée au CHRS {{Le Relais}}.",
    ),
    (
        URG,
        TEL,
        "Fin de nuit, {{6h30}}, appel d'un fils depuis {{Montréal}} : sa mère, [[P:Ginette Boucher]], a été amenée hier soir. Il donne sa date de naissance, « le [[DN:premier mai 1948]] », et son adresse, « [[ADR:26 rue Nationale, 37000 Tours]] ». Il est sa personne de confiance (c'est dans le dossier), l'infirmière lui passe le médecin.",
    ),
    (
        URG,
        CSP,
        "Identitovigilance, suite : l'agente scanne les bracelets avec une douchette. {{Box 14}} : [[P:Amadou Ba]], 2 dossiers ouverts, un de 2019 avec [[DN:01/01/1980]], un de ce soir avec [[DN:1/01/1980]]. Fusion à demander. Elle dit que les « 1er janvier » sont son cauchemar.",
    ),
    (
        URG,
        PHY,
        "{{1h30}}, un homme arrive seul, angoisse, demande un psy. Il ne veut pas donner son nom. L'IOA négocie, il donne juste « [[P:Fred]] ». Puis il tend sa carte de mutuelle : {{Harmonie Mutuelle}}, n° [[ID:HM4587129033]]. Orienté vers le psychiatre de garde.",
    ),
    (
        URG,
        TEL,
        "La cadre de nuit appelle tous les services pour trouver des lits. Aucun en médecine, un en chir. Elle note sur le tableau blanc, feutre rouge. {{47 min}} au téléphone pour {{2 lits}} 😩",
    ),
    (
        URG,
        PHY,
        "Dialogue admission, {{0h50}} :\n— votre nom ?\n— [[P:Ferhat]]\n— prénom ?\n— [[P:Mourad]]\n— date de naissance ?\n— [[DN:19 07 88]]\n— adresse ?\n— je suis à la rue depuis {{3 semaines}}\n— un numéro de téléphone ?\n— [[TEL:07 49 30 81 62]] mais il a plus de batterie",
    ),
    (
        URG,
        CSP,
        "Intervention SMUR {{4h10}} : bébé de {{3 mois}}, convulsions. [[ADR:14 allée Camille Claudel, 31200 Toulouse]]. Le père donne le carnet de santé : [[P:Noah Mendy]], né le [[DN:11/05/2024]]. La mère, [[P:Awa]], pleure. Transfert au CHU {{Purpan}}.",
    ),
    (
        URG,
        TEL,
        "Le standard transfère l'appel d'une pharmacie de garde : ordonnance d'un patient vu cette nuit, la pharmacienne ne lit pas le nom du médecin. L'IOA regarde : Dr [[P:Tchakounté]] (interne), ordonnance pour M. [[P:Julien Besnard]]. Elle épelle le nom du médecin : « [[P:T-C-H-A-K-O-U-N-T-É]] ».",
    ),
    (
        URG,
        PHY,
        "UN MONSIEUR DEMANDE A VOIR SA FEMME, ADMISE IL Y A {{2H}}. IL DONNE SON NOM A ELLE : [[P:SYLVIE DA SILVA]], ET SA DATE DE NAISSANCE [[DN:17 JUIN 1972]]. L'AGENT LE FAIT PATIENTER, ELLE EST AU SCANNER. IL A GARE SA VOITURE SUR LA PLACE AMBULANCE ([[IMMAT:EZ-341-QM]]), LA SECURITE LUI DEMANDE DE LA BOUGER.",
    ),
    (
        URG,
        CSP,
        "Équipe mobile de gériatrie, visite à l'{{EHPAD Les Jardins de Sophie}} pour éviter un passage aux urgences. Résidente Mme [[P:Denise Rault]], {{96 ans}}, déshydratée. Perfusion sur place. Sa fille, [[P:Isabelle]], au téléphone pendant toute la visite.",
    ),
    (
        URG,
        TEL,
        "appel à {{23h55}} d'une femme qui veut savoir si son ex est aux urgences « pour savoir s'il est pas chez moi ». Elle donne son nom à lui, [[P:Cédric Hamelin]], et même sa plaque au cas où : « [[IMMAT:D comme Delta, X, huit cent quarante-deux, V, F]] ». L'agente refuse catégoriquement. Elle raccroche. L'agente note l'appel dans le cahier de transmissions (violences conjugales ?).",
    ),
    (
        URG,
        PHY,
        "Touriste allemand, [[P:Lukas Becker]], tombé à vélo. Carte européenne d'assurance maladie n° [[ID:A123456789]]. Logé à l'{{Ibis}} du port, mais il est venu en camping-car, plaque [[IMMAT:M-LB 4821]], garé devant l'entrée. On lui fait 3 points de suture à {{1h}} du matin.",
    ),
    (
        URG,
        CSP,
        "Ronde de {{2h}} avec le vigile des urgences (société {{Seris}}) : parking, sas ambulances, salle d'attente. Il vérifie les portes. Il me montre où dorment parfois des personnes à la rue (le local poubelles, chauffé). Ce soir personne. Il appelle le {{115}} quand il trouve quelqu'un.",
    ),
    (
        URG,
        TEL,
        "Pompier au téléphone de l'IOA : « on vous amène une dame, [[P:Florence Mahé]], née en [[DN:mars 62]], chute dans l'escalier de chez elle, [[ADR:3 rue de Brest à Morlaix]] ». Arrivée dans {{20 min}}.",
    ),
    (
        URG,
        PHY,
        "{{3h20}}. Un habitué, dit l'IOA : [[P:Maurice]], {{71 ans}}, vient tous les week-ends parce qu'il se sent seul. L'équipe le connaît, on lui donne un café et un brancard dans le couloir. Son IPP [[ID:P00230418]] s'affiche avec {{64 passages}} cette année.",
    ),
    (
        URG,
        CSP,
        "SMUR, {{1h40}} : accident sur la {{N12}}, 2 voitures. Une {{Renault Mégane}} [[IMMAT:CV-128-NB]] et une {{Twingo}} [[IMMAT:fp 402 mz]]. Conductrice de la Twingo consciente, le gendarme lit son permis : [[P:Clémence Auger]], née le [[DN:27/08/2003]]. Transport à {{Pontchaillou}}.",
    ),
    (
        URG,
        TEL,
        "L'infirmière d'accueil doit joindre la personne de confiance de M. [[P:Roland Peltier]] : le numéro dans le dossier est incomplet, « [[TEL:06 28 14 90]] », 8 chiffres. Elle retrouve le bon sur une ancienne lettre de sortie : [[TEL:06 28 41 14 90]]. La fille répond à {{4h}} du matin, paniquée.",
    ),
    (
        URG,
        PHY,
        "{{0h30}}, une maman avec {{3 enfants}}, frappée par son conjoint. Elle ne veut pas donner son vrai nom, l'IOA l'enregistre sous alias (« Mme [[P:Rose]] »). Le médecin fait un certificat, l'assistante sociale de garde appelle le {{115}} pour une mise à l'abri. Le conjoint a déjà appelé 2 fois le standard.",
    ),
    (
        URG,
        TEL,
        "Le standard de l'hôpital ferme à {{21h}}, après c'est l'accueil des urgences qui prend tous les appels. L'agente compte : {{38 appels}} entre 21h et {{6h}}, dont 11 « pas pour nous ». Classeur des numéros des services, noir de post-it.",
    ),
    (
        URG,
        PHY,
        "Jeune arrivé seul, dit avoir {{15 ans}}, venu de {{Guinée}}. Nom : [[P:Mamadou Aliou Bah]], date de naissance déclarée [[DN:01/01/2009]]. Pas de papiers. L'agente hésite pour l'admission d'un mineur seul, appelle l'{{ASE}}. Il a juste un téléphone avec un numéro guinéen, [[TEL:+224 622 45 78 10]].",
    ),
    (
        URG,
        CSP,
        "SMUR nuit 2 : téléassistance déclenchée, personne âgée tombée. Les pompiers ouvrent. Mme [[P:Yvette Caradec]], [[ADR:10 rue du Port, 56100 Lorient]], par terre depuis {{5h}}. Boîtier {{Vitaris}} au poignet, elle avait appuyé. Fracture du col probable.",
    ),
    (
        URG,
        TEL,
        "Dictée : appel de la gendarmerie de {{Châteaugiron}} — « on a un monsieur en garde à vue qui doit être vu pour un certificat de compatibilité, [[P:Kévin Rouault]], né le [[DN:5 avril 1995]], on arrive vers {{3h}} ». L'agent note sur un post-it. Courant, dit-il.",
    ),
    (
        URG,
        PHY,
        "Bureau des entrées, {{23h}}. Un monsieur veut payer le {{forfait patient urgences}} ({{19,61 €}}) de sa visite de mardi. Il donne le n° de dossier imprimé sur sa facture : [[ID:URG-24-117845]]. Paiement en espèces, la caisse n'a pas de monnaie. Il veut le reçu par mail : [[MAIL:d.lepage56@sfr.fr]].",
    ),
    (
        URG,
        CSP,
        "{{PASS}} mobile : avec l'infirmière, visite dans un squat, [[ADR:22 rue de la Chapelle]]. Une dizaine de personnes. Elle soigne un pied infecté, M. [[P:Ilie]] (pas de nom de famille donné). Elle note les besoins : {{AME}} à ouvrir pour 4 personnes. Cartes de rdv remises.",
    ),
    (
        URG,
        CSP,
        "Vérification des chariots d'urgence à {{5h}} avec l'infirmière de nuit (check-list). Scellés, défibrillateur, {{adrénaline}}. Tout conforme sauf une date de péremption. Elle signe le registre.",
    ),
    (
        URG,
        CSP,
        "Identitovigilance 3 : un patient présente la carte vitale de son frère. Carte au nom de [[P:Samir Kaci]], NIR [[NIR:1 93 10 87 085 163 94]]. Le vrai patient, [[P:Nassim Kaci]], n'a pas de droits. L'agente corrige, ouvre un dossier sans droits, oriente vers la {{PASS}}.",
    ),
    (
        URG,
        CSP,
        "SMUR {{5h30}}, dame en détresse respiratoire. Avant de partir, le médecin demande au régulateur de rappeler la fille : [[TEL:06 94 17 53 28]]. La fille, [[P:Nathalie]], arrive et donne le traitement : ordonnance au nom de [[P:Monique Hervieux]], signée Dr [[P:Garnier]].",
    ),
    # ---------------------------------------------------------------- chrs / 115
    (
        CHRS,
        TEL,
        "{{115}}, {{22h05}}. L'écoutant, [[P:Mathis]], décroche ; l'appelant attendait depuis {{38 min}}. Homme seul, [[P:Laurent Gohier]], {{49 ans}}, dort dans sa voiture depuis {{1 semaine}}, un {{Kangoo}} immatriculé [[IMMAT:BK-907-ZE]], garé sur le parking de {{Leroy Merlin}}. Pas de place ce soir. Tout est saisi dans {{SI-SIAO}}. « Rappelez demain à partir de {{9h}}. »",
    ),
    (
        CHRS,
        PHY,
        "CHRS, {{21h}}, le veilleur de nuit fait l'appel des résidents sur sa feuille. {{Chambre 3}} : [[P:Karim]]. {{Chambre 4}} : [[P:Steeve]], absent (3e nuit). {{Chambre 5}} : [[P:Moussa Diallo]] et son fils. Le veilleur dit qu'au bout de 3 nuits d'absence la place est perdue. Règlement.",
    ),
    (
        CHRS,
        CSP,
        "Maraude avec le {{Samu social}}, {{23h30}}, sous le pont {{Saint-Hélier}}. M. [[P:Jacky]] (connu), {{3 chiens}}, refuse l'hébergement (pas d'animaux au gymnase). Soupe + duvet. Il nous montre sa nouvelle carte d'identité, fier : n° [[ID:150235200987]]. Il l'a refaite grâce à l'assistante sociale.",
    ),
    (
        CHRS,
        TEL,
        "115 nuit, {{1h12}}. Femme avec {{2 enfants}} sur le quai de la gare {{Bordeaux Saint-Jean}}. Elle donne son nom en épelant : « [[P:O-K-A-F-O-R]], [[P:Blessing]] ». Téléphone : [[TEL:07 58 21 09 33]]. L'écoutante trouve une chambre au {{Première Classe}} de {{Mérignac}}, taxi payé.",
    ),
    (
        CHRS,
        PHY,
        "Entrée du CHRS : digicode, caméra, casiers. Dans le hall, un panneau en liège avec les activités : sortie à la plage samedi, atelier cuisine mardi. Le chef de service : {{42 places}}, durée moyenne de séjour {{9 mois}}. Une bouilloire en panne depuis {{3 semaines}}.",
    ),
    (
        CHRS,
        TEL,
        "115 — {{23h18}}. Un jeune de {{19 ans}}, sorti de l'{{ASE}} il y a {{2 mois}}. [[P:Dylan Morvan]], « né le [[DN:3 septembre]]… non, le [[DN:13 septembre 2005]] ». Il est en {{CEJ}}, identifiant [[FT:6650213 D]]. Pas de place homme seul. L'écoutant lui donne l'adresse de l'accueil de jour {{Le Fourneau}}, ouverture à 8h.",
    ),
    (
        CHRS,
        CSP,
        "Visite en logement diffus (appartement du CHRS en ville) avec l'éducatrice, [[P:Sabine]]. [[ADR:5 rue Dupont des Loges, appt 21]] : Mme [[P:Kamara]] et ses 2 filles. Vérif de l'état du logement (contrat de séjour). Frigo plein, appart propre. Mme [[P:Kamara]] a trouvé un CDI chez {{Onet}} (ménage), {{1 200 €}} net. L'{{APL}} est versée au CHRS, n° allocataire [[ALLOC:2 770 914]]. Prochaine étape : demande de logement social.",
    ),
    (
        CHRS,
        TEL,
        "115, une TS de la {{PMI}} appelle pour une femme enceinte de {{8 mois}} à la rue, Mme [[P:Grace Mbemba]]. Demande {{SIAO}} déjà faite, n° [[ID:2024-35-018734]]. Priorisée. Place en hôtel trouvée pour ce soir. La TS laisse son portable : [[TEL:06 07 88 31 45]].",
    ),
    (
        CHRS,
        PHY,
        "Admission au CHRS, {{17h}}. Mme [[P:Fatima Zahra El Idrissi]], {{33 ans}}, victime de violences, orientée par le {{SIAO}}. Contrat de séjour signé. L'éduc lui demande ses papiers : titre de séjour n° [[ID:9906543210]], et un RIB pour les prestations : [[IBAN:FR76 1010 7002 2400 5123 4501 191]]. N° {{Caf}} : [[ALLOC:5 098 223]].",
    ),
    (
        CHRS,
        TEL,
        "Nuit au 115, {{2h40}}. Un homme ivre appelle : « j'veux parler à [[P:Nadia]] » (une écoutante, pas là ce soir). Il s'appelle [[P:Bruno]], connu. L'écoutant l'écoute {{10 min}}, pas de place, lui rappelle la halte de nuit {{rue de Paris}}.",
    ),
    (
        CHRS,
        CSP,
        "Contrôle des chambres (mensuel) avec le chef de service, {{10h}}. Chambre 12, M. [[P:Petit]] : plaque électrique interdite, à côté d'{{un petit frigo}} autorisé. Chambre 14, M. [[P:Alioune Ndoye]] : tout OK. Chambre 15 : vide, le résident, [[P:Sylvain]], est parti sans prévenir, affaires laissées.",
    ),
    (
        CHRS,
        TEL,
        "115, {{0h05}} : Mme [[P:Josiane Perrot]], {{74 ans}}, mise dehors par son fils. Elle donne l'adresse du fils : « [[ADR:31 rue de la République, Saint-Brieuc]] ». Le fils est parti avec la {{Clio}} de sa mère, [[IMMAT:BN-224-FJ]]. L'écoutant appelle l'astreinte du {{CCAS}}, chambre d'hôtel, taxi. Il me dit que les « mamies à la rue » sont de plus en plus nombreuses.",
    ),
    (
        CHRS,
        PHY,
        "Halte de nuit, {{20h}} : file de {{25 hommes}}. L'agent d'accueil note juste les prénoms : [[P:Alexandru]], [[P:Omar]], [[P:Jeff]], [[P:Bilal]]… {{30 lits}}. Les 5 derniers restent dehors. Un monsieur montre sa carte de domiciliation CCAS, n° [[ID:DOM-2023-1452]], et demande s'il peut laisser sa mobylette dans la cour ([[IMMAT:AA-318-KZ]]).",
    ),
    (
        CHRS,
        TEL,
        "Dialogue 115 :\n— 115 bonjour\n— oui bonjour c'est pour une place\n— vous êtes seul ?\n— avec ma femme\n— vos noms ?\n— [[P:Stoica Ion]], et elle [[P:Maria Stoica]]\n— dates de naissance ?\n— moi [[DN:10 10 1979]], elle [[DN:2 mars 1983]]\n— un téléphone ?\n— [[TEL:0033 7 51 24 90 18]]\n— je n'ai rien ce soir, rappelez demain à {{9h}}",
    ),
    (
        CHRS,
        CSP,
        "Maraude 2 : tournée en camion, {{6 arrêts}}, {{19 personnes}} rencontrées. Thermos de café, soupe, {{11 duvets}} donnés. Les bénévoles de la {{Croix-Rouge}} tiennent un tableau : besoins, santé, refus. Personne n'accepte le gymnase ce soir (« trop de vols » dit un homme).",
    ),
    (
        CHRS,
        TEL,
        "Appel au 115 à {{4h50}}, un homme, [[P:Rudy]], pour son ami en hypothermie, [[P:Patrick]], {{60 ans}}. Ils sont sous le porche de l'église {{Sainte-Anne}}. L'écoutant bascule tout de suite vers le {{15}}.",
    ),
    (
        CHRS,
        PHY,
        "Entretien avec l'éducateur. M. [[P:Anthony Lemarchand]], {{28 ans}}, sorti de prison vendredi, n° d'écrou [[ID:45872]] sur son billet de sortie. Compte {{Nickel}} ouvert au tabac ce matin : [[IBAN:FR76 1659 8000 0100 0123 4567 864]]. Dossier {{RSA}} à ouvrir, NIR [[NIR:1 96 04 44 109 233 28]]. Il a un numéro Pôle emploi, [[FT:7723109 W]], toujours actif.",
    ),
    (
        CHRS,
        TEL,
        "115, {{21h30}}, une dame signale une famille rom sous tente près du {{périph}} : {{3 adultes}}, {{5 enfants}}. Elle ne connaît pas leurs noms, juste « la maman s'appelle [[P:Florina]] ». Ils ont un camion immatriculé en Roumanie, [[IMMAT:CJ 15 RTM]]. Signalement transmis à la maraude. L'appelante, [[P:Gaëlle]], bénévole au {{Secours populaire}}, laisse son numéro : [[TEL:06 72 91 05 38]].",
    ),
    (
        CHRS,
        CSP,
        "Visite des familles hébergées à l'hôtel ({{hotelF1}}, zone industrielle). Chambre 108 : Mme [[P:Nkemdirim]], 3 enfants, ils cuisinent sur un réchaud. Chambre 111 : famille [[P:Gashi]] (Kosovo), le père montre sa convocation {{OFPRA}}, dossier n° [[ID:23-04-56781]].",
    ),
    (
        CHRS,
        TEL,
        "Stats de la nuit au 115 (tableau Excel de la coordinatrice) : {{214 appels}}, {{61 décrochés}}, {{17 demandes}} d'hébergement, 0 place homme seul, {{3 familles}} mises à l'abri. Attente max {{1h12}}.",
    ),
    (
        CHRS,
        PHY,
        "{{7h30}}, petit déjeuner au CHRS. Le veilleur de nuit, [[P:Yacine]], fait les transmissions à l'équipe de jour : « [[P:Ludovic]] est rentré à {{2h}}, bourré. Mme [[P:Sanchez]] a fait une crise d'angoisse, j'ai appelé le {{15}} à {{3h20}}. »",
    ),
    (
        CHRS,
        TEL,
        "115, {{22h45}}, l'appelant parle arabe. Interprète par téléphone ({{ISM Interprétariat}}), à trois. Il donne son nom, [[P:Abdallah Mahamat Idriss]], né le [[DN:1er janvier 1998]]. Soudanais, demandeur d'asile, attestation de demande d'asile n° [[ID:3502123456]]. Pas de place, orientation vers la {{SPADA}} demain matin.",
    ),
    (
        CHRS,
        CSP,
        "Visite dans un appartement du CHRS suite à une plainte des voisins pour bruit : [[ADR:Résidence Les Hortensias, esc. B, 4e, 10 rue Guy Ropartz, 35700 Rennes]]. Le résident, M. [[P:Jordan Boulay]], reconnaît des fêtes. Rappel du règlement. Le voisin, M. [[P:Hubert]], veut porter plainte, il a même noté la plaque d'un invité : [[IMMAT:ET-633-WB]].",
    ),
    (
        CHRS,
        TEL,
        "Appel sur la ligne du CHRS (pas le 115) à {{23h}} : une mère cherche sa fille, [[P:Jessica]]. L'éducateur ne confirme pas si elle est hébergée (confidentialité). La mère laisse son numéro « au cas où » : [[TEL:zéro six, cinquante-deux, dix-huit, quarante-quatre, zéro sept]]. Il ne promet rien.",
    ),
    (
        CHRS,
        PHY,
        "Repas du soir, {{19h}} : {{38 couverts}}, hachis parmentier. Les résidents font la vaisselle à tour de rôle (tableau). Un chat du quartier entre par la cuisine, tout le monde l'appelle « le chef ». À la télé, match de l'{{OM}}.",
    ),
    (
        CHRS,
        CSP,
        "Maraude de nuit, {{1h}}. Mme [[P:Brigitte]], {{60 ans}}, connue, sur son banc habituel près de la {{médiathèque}}. Elle a perdu ses papiers, l'infirmière note sa date de naissance pour la demande : [[DN:8 août 1964]]. Elle dit « je suis née le jour de la {{Saint-Dominique}} ».",
    ),
    (
        CHRS,
        TEL,
        "Appel en numéro masqué, une femme chuchote, violences. Elle refuse de donner son nom, puis : « [[P:Aurélie]] ». L'écoutante bascule sur le dispositif femmes victimes, place dans un appartement-relais. Le taxi viendra la chercher au coin de chez elle, « au [[ADR:45 de la rue des Acacias]] ».",
    ),
    (
        CHRS,
        TEL,
        "{{10h}}, rappel des demandes de la nuit. Numéro 1 : [[TEL:07 86 12 45 90]], messagerie pleine. Numéro 2 : [[TEL:06 19 73 28 05]], M. [[P:Rahim Ahmadi]] répond, place trouvée au CHRS {{Les Amitiés}}.",
    ),
    (
        CHRS,
        PHY,
        "Accueil de jour, {{9h}}. Un homme demande à recharger son téléphone et à prendre une douche. L'accueillante note dans le cahier : « [[P:Grégory]] — douche + machine ». Il a un rdv à la préfecture demain, convocation au nom de [[P:Grégory Lenoir]], né le [[DN:16/02/1977]]. L'accueillante l'aide à créer un mail pour la préfecture : [[MAIL:gregory.lenoir77@gmail.com]].",
    ),
    (
        CHRS,
        PHY,
        "Bureau infirmier du CHRS : l'infirmière prépare les piluliers. Sur chaque pilulier une étiquette : [[P:Hamid B.]], [[P:Serge T.]], [[P:Youssouf K.]]. Elle dit que l'initiale ne suffit pas, elle va mettre les noms entiers. Pharmacie partenaire : {{Pharmacie des Halles}}.",
    ),
    (
        CHRS,
        PHY,
        "Réunion d'équipe du lundi, {{14h}} : {{9 personnes}}, 2h. Ordre du jour : les sorties positives (4 ce mois), la réouverture du dortoir, les punaises de lit. Le chef de service parle budget : prix de journée {{48 €}}. Personne ne parle des résidents par leur nom, seulement par le numéro de chambre.",
    ),
    (
        CHRS,
        PHY,
        "{{21h40}}, arrivée d'une femme orientée par le {{115}} avec un bon papier : « Mme [[P:Zoé Lambert-Diallo]], {{1 nuit}} ». Le veilleur lui donne la chambre 2, une serviette, un kit hygiène. Elle demande le wifi. Code écrit sur le mur.",
    ),
    (
        CHRS,
        PHY,
        "Rdv budget avec la CESF. Résident M. [[P:Christophe Jaffré]]. Relevé bancaire : compte [[IBAN:FR7616606100170081234567064]], découvert {{340 €}}. Dettes : {{Free}} mobile 120 €, {{Cofidis}} 2 800 €. Dossier de surendettement à monter ({{Banque de France}}). Il a honte.",
    ),
    (
        CHRS,
        PHY,
        "Hall du CHRS, {{22h}} : la police amène un homme qui avait une place mais s'est perdu. Les policiers lisent son nom : « [[P:Ahmed]] ? non, [[P:Hamed Kaboré]] ». Date de naissance sur son récépissé : [[DN:31/12/1990]]. Le veilleur vérifie sur la liste du {{115}}, il y est.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un squat avec l'équipe mobile, {{8h}}, [[ADR:108 route de Lorient]] : {{12 personnes}}, des familles albanaises. Le père d'une famille, [[P:Arben Hoxha]], montre sa convocation à la préfecture et son récépissé, n° [[ID:3509876543]]. Il demande une place pour sa fille malade, [[P:Elira]], {{6 ans}}.",
    ),
    (
        CHRS,
        CSP,
        "Tour de {{2h}} du veilleur, contrôle de présence, chambres 1 à 20. Absents : chambre 6 ([[P:Nicolas]]) et chambre 17 ([[P:Théo]]). Note dans le cahier de liaison. Il ne réveille jamais personne, il regarde juste par l'œilleton.",
    ),
    (
        CHRS,
        CSP,
        "Maraude du matin, {{6h}}, avec l'équipe de la ville : la gare, le parking du centre commercial, la berge. Tout le monde dort, on ne réveille pas. {{4 personnes}} repérées, dont 2 nouvelles. Le responsable note les lieux sur une carte papier.",
    ),
    (
        CHRS,
        CSP,
        "Maraude : jeune couple sous tente au bord du canal, avec un chien. Prénoms : [[P:Kylian]] et [[P:Maëva]]. [[P:Maëva]] est enceinte. Elle a un compte {{TikTok}}, [[ID:@maeva.srf]], où elle raconte la rue. L'éduc parle de la PMI et d'un rdv à la maternité.",
    ),
    (
        CHRS,
        CSP,
        "Appartement partagé du CHRS ({{3 hommes}}) : état des lieux de sortie de M. [[P:Didier Lebon]], qui a obtenu un HLM chez {{Néotoa}}. Nouvelle adresse notée pour le courrier : [[ADR:6 rue des Forges, 35300 Fougères]]. Il laisse la télé aux deux autres.",
    ),
    (
        CHRS,
        CSP,
        "Maraude 115, {{0h30}}. Homme allongé devant la {{Fnac}}, répond mal. L'infirmière lui demande son nom : « [[P:Jean-Marc]]… [[P:Tessier]] ». Pompiers appelés ({{18}}). Il avait un bracelet d'hôpital d'hier soir au poignet, IPP [[ID:P00917254]].",
    ),
    # ---------------------------------------------------------------- france travail
    (
        FT,
        TEL,
        "{{3949}}, plateforme. Appel {{9h02}} : un demandeur n'arrive pas à s'actualiser. Identifiant dicté « [[FT:quatre huit deux sept un zéro trois J]] », l'agent lit à l'écran [[FT:4827103J]]. M. [[P:Stéphane Guillot]]. Problème : mot de passe bloqué. Réinitialisé par SMS au [[TEL:06 24 71 85 39]].",
    ),
    (
        FT,
        PHY,
        "Agence France Travail de {{Lille Fives}}, libre accès le matin. Jeune femme, [[P:Léa Rousseau]], {{23 ans}}, BTS, vient s'inscrire. L'agent lui crée son espace : mail [[MAIL:lea.rousseau.pro@gmail.com]], NIR [[NIR:2 01 03 95 071 209 39]]. Identifiant créé : [[FT:9302718E]]. Elle voulait le faire en ligne mais « ça bugue à l'étape du NIR ».",
    ),
    (
        FT,
        CSP,
        "Visite entreprise avec la conseillère entreprise, [[P:Nadège]] : {{Boulangerie Marchand}}, {{2 postes}} d'apprenti. Le patron, M. [[P:Marchand]], veut prendre [[P:Rayan]], {{17 ans}}, rencontré pendant une immersion ({{PMSMP}}). Vérif de la convention : identifiant de [[P:Rayan]], [[FT:6104825T]].",
    ),
    (
        FT,
        TEL,
        "3949 suite : une dame en colère, radiée pour absence à un rdv. Elle n'a jamais reçu la convocation. L'agent lit l'historique : « convocation envoyée le 3 par courrier au [[ADR:12 avenue de la Marne, 59000 Lille]] » — « mais j'ai déménagé ! ». Nouvelle adresse : [[ADR:4 rue Solférino, apt 5, Lille]]. Mme [[P:Kenza Bouhired]], mail [[MAIL:kenza.bhd@gmail.com]]. Radiation annulée, l'agent s'excuse au nom de la maison.",
    ),
    (
        FT,
        PHY,
        "Matinée, {{9h-12h30}}, libre accès : {{47 personnes}}. Bornes, 4 ordinateurs. Une jeune en service civique aide sur les CV. Affiche : « Salon de l'emploi {{Airbus}} le 14 ». Un monsieur demande si {{Amazon}} recrute à l'entrepôt de {{Brétigny}}. Oui, en intérim via {{Randstad}}.",
    ),
    (
        FT,
        TEL,
        "Conseiller en télétravail, rdv téléphonique planifié à {{10h30}} avec M. [[P:Olivier Roux]], {{52 ans}}, licencié économique ({{CSP}}). Le conseiller relit le dossier : « identifiant [[FT:3306712F]], né le [[DN:19/04/1972]], inscrit depuis le 3 janvier, c'est bien ça ? » M. [[P:Roux]] : oui. Projet : reconversion poids lourd, formation {{FIMO}} financée.",
    ),
    (
        FT,
        CSP,
        "Contrôle sur place dans un organisme de formation (vérif des présences). {{AFPA}} de {{Rennes}}, formation soudeur, {{12 stagiaires}}. Feuilles d'émargement : 2 absents, [[P:Maxime Le Bras]] ([[FT:2290461G]]) et [[P:Hugo Tanguy]] ([[FT:2301187 K]]). Le formateur dit que [[P:Hugo]] a trouvé un CDI chez {{Naval Group}}.",
    ),
    (
        FT,
        TEL,
        "{{3949}} : serveur vocal, 6 choix. Attente annoncée « moins de {{5 minutes}} », réelle {{14 min}}. Les appels : {{40 %}} actualisation, {{30 %}} paiement, le reste divers. L'agent dit que la fin du mois, période d'actualisation, c'est « l'enfer ».",
    ),
    (
        FT,
        PHY,
        "Entretien d'inscription, M. [[P:Ibrahima Fall]], {{41 ans}}, arrivé d'Italie. Permesso di soggiorno italien n° [[ID:I05123456]]. Le conseiller doute : a-t-il le droit de travailler en France ? Il appelle la préfecture, {{25 min}}. Non. Orientation vers une asso.",
    ),
    (
        FT,
        TEL,
        "appel sortant : le conseiller rappelle une demandeuse qui a laissé un message. [[TEL:06 38 92 17 54]], pas de réponse. 2e essai au fixe, [[TEL:02 23 45 67 18]] : c'est sa mère. « [[P:Océane]] est au travail, elle a enfin trouvé, chez {{Lidl}} ».",
    ),
    (
        FT,
        CSP,
        "Visite d'une entreprise bénéficiaire d'une aide à l'embauche : {{SARL Bâti Ouest}}, gérante Mme [[P:Perrine Hamel]]. Vérif du contrat de M. [[P:Walid Mansouri]], CDI depuis mars, aide {{AFPR}}. Fiches de paie OK. Elle demande si elle peut en embaucher un autre.",
    ),
    (
        FT,
        PHY,
        "ACCUEIL — UN MONSIEUR SANS RDV VEUT SAVOIR POURQUOI IL N'A PAS ETE PAYE. IL DONNE SON IDENTIFIANT A VOIX HAUTE : [[FT:2209817 R]]. L'AGENT REGARDE : TROP-PERCU DE {{412 €}} RETENU. IL S'APPELLE [[P:GILLES MARTINEZ]]. IL TAPE SUR LE COMPTOIR. LE VIGILE S'APPROCHE, L'AGENT LUI FAIT SIGNE QUE ÇA VA. IL VEUT AUSSI CHANGER DE RIB : [[IBAN:FR76 3000 3035 3000 0201 4578 993]].",
    ),
    (
        FT,
        TEL,
        "Rdv tel de suivi d'une jeune en {{CEJ}}, [[P:Inaya]], {{20 ans}}. Elle a perdu son téléphone, elle appelle depuis celui de sa copine [[P:Kelly]] : [[TEL:07 69 04 33 21]]. Elle donne son identifiant de tête : « [[FT:un, deux, huit, huit, quatre, zéro, cinq, Y]] ». Allocation CEJ {{528 €}}. Elle doit faire {{15h}} d'activités par semaine, elle en est à 9.",
    ),
    (
        FT,
        CSP,
        "Stand France Travail en pied d'immeuble, quartier {{Maurepas}}. Un jeune, [[P:Bakary]], s'inscrit directement sur la tablette : identifiant créé, [[FT:8834102K]]. Il a une touche avec {{Keolis}} (chauffeur de bus), permis D à financer.",
    ),
    (
        FT,
        PHY,
        "Atelier CV, {{6 participants}}. La conseillère projette un CV modèle au nom de [[P:Camille Martin]], avec [[MAIL:camille.martin@mail.com]] et [[TEL:06 00 00 00 00]]. Un participant demande s'il faut mettre sa photo. Réponse : « pas obligatoire ».",
    ),
    (
        FT,
        CSP,
        "Visite au restaurant {{Chez Fanfan}} : le patron, M. [[P:Dagorn]], veut embaucher [[P:Lucas Ferrand]], envoyé par France Travail, avec l'aide. Le conseiller vérifie la fiche de poste et la cuisine. Le patron donne son mail perso pour la suite : [[MAIL:franck.dagorn@orange.fr]].",
    ),
    (
        FT,
        PHY,
        "Mme [[P:Marie-Claude Thébault]], {{58 ans}}, fin de droits {{ARE}} dans {{1 mois}}. Le conseiller regarde l'{{ASS}} : il faut 5 ans d'activité sur 10. Elle sort ses fiches de paie de chez {{Doux}} (l'abattoir fermé). Identifiant [[FT:1209875N]]. Elle apporte un RIB tout neuf : [[IBAN:FR7630076029121234560020057]].",
    ),
    (
        FT,
        CSP,
        "Visite d'un chantier d'insertion (maraîchage bio) avec la conseillère : {{14 salariés}} en insertion, un encadrant technique, des serres. Pas un contrôle au sens strict, vérif des présences et du suivi. Courgettes à perte de vue. On repart avec un panier.",
    ),
    (
        FT,
        TEL,
        "3949, une dame lit son courrier : « Madame [[P:BERTRAND Élodie]], identifiant [[FT:071 2435 A]], vous êtes convoquée le 14 à {{9h}} à l'agence, {{3 rue de la Borderie}} ». Elle demande si elle peut venir à {{10h}} plutôt (école). L'agent modifie.",
    ),
    (
        FT,
        PHY,
        "Inscription d'un travailleur handicapé, M. [[P:Sébastien Riou]], RQTH, n° de dossier MDPH [[ID:35-2022-004871]]. Orienté vers {{Cap emploi}}. N° allocataire {{Caf}} : [[ALLOC:3 901 556]]. Il demande ce que deviendra son {{AAH}}.",
    ),
    (
        FT,
        CSP,
        "Contrôle d'une immersion {{PMSMP}} chez un paysagiste, {{Jardins d'Armor}}. La stagiaire, [[P:Anaïs Pelletier]], taille des haies. Le tuteur, M. [[P:Quéméner]], confirme la présence. Elle veut faire un {{CAP}}.",
    ),
    (
        FT,
        TEL,
        "Appel d'un monsieur malentendant via un service de transcription ({{Roger Voice}}). Il s'appelle [[P:Thierry Gaudin]], identifiant [[FT:5528130 V]]. Question sur la formation {{CACES}}. Le conseiller parle lentement, la transcription arrive en décalé.",
    ),
    (
        FT,
        PHY,
        "{{14h}}, file au guichet : une jeune mère avec un bébé apporte son justificatif de garde. Crèche {{Les Petits Loups}} le matin, l'assistante maternelle, Mme [[P:Gourmelon]], l'après-midi. Le conseiller scanne. 4 min.",
    ),
    (
        FT,
        TEL,
        "Contrôle de la recherche d'emploi, entretien tel avec la contrôleuse. M. [[P:Valentin Caillaud]], {{30 ans}}. Elle lui demande ses démarches des {{3 derniers mois}}. Il cite des candidatures chez {{Leroy Merlin}}, {{Décathlon}}, un entretien avec « M. [[P:Bouvier]], le chef de rayon ». Il a envoyé les preuves depuis [[MAIL:valentin.caillaud@laposte.net]]. Elle note : démarches suffisantes.",
    ),
    (
        FT,
        CSP,
        "Déplacement en entreprise pour une {{POEI}} : {{Lactalis}}, usine de {{Vitré}}, {{8 postes}} de conducteur de ligne. La RH, Mme [[P:Le Dantec]], donne la liste des candidats retenus : [[P:Jérôme]], [[P:Samia]], [[P:Kevin]], [[P:Alexis]]. Un identifiant à vérifier : [[FT:9012347X]].",
    ),
    (
        FT,
        PHY,
        "Le bus France Travail (agence mobile) stationne sur la place du marché de {{Loudéac}} le jeudi. 2 conseillers, wifi 4G. {{11 visites}} dans la matinée, surtout des retraités curieux et {{3 jeunes}}. Le chauffeur fait aussi le café.",
    ),
    (
        FT,
        CSP,
        "Contrôle d'une aide à la mobilité : le conseiller passe au {{Garage du Centre}} vérifier la facture de réparation de la voiture de M. [[P:Florian Jégou]], plaque [[IMMAT:DB 517 XK]], achetée sur {{Leboncoin}}. Facture {{780 €}}, aide accordée {{500 €}}.",
    ),
    (
        FT,
        PHY,
        "Rdv de suivi, salle 3. La conseillère, [[P:Audrey]], reçoit M. [[P:Karamoko Doumbia]], cuisinier. Elle lui montre une offre chez {{Flunch}}. Il donne son nouveau numéro : [[TEL:+33 6 59 18 02 74]]. Son identifiant est noté en marge du CV : [[FT:4401836 Z]], avec son mail [[MAIL:k.doumbia.cuisine@gmail.com]].",
    ),
    (
        FT,
        CSP,
        "Contrôle sur place dans un organisme de formation linguistique (FLE). {{15 inscrits}}, {{11 présents}}, l'organisme facture 15. La contrôleuse demande les feuilles signées : la signature de [[P:Abdoulaye Keita]] semble imitée. Dossier transmis.",
    ),
    (
        FT,
        TEL,
        "Pause de {{10 min}}. Le conseiller me dit qu'il suit {{480}} demandeurs d'emploi (portefeuille « guidé »). Il passe {{30 %}} de son temps au téléphone, il aimerait voir les gens en vrai. Le logiciel rame depuis {{8h}}.",
    ),
    (
        FT,
        PHY,
        "Un monsieur de {{61 ans}} veut des infos sur la retraite progressive. Pas le bon guichet, le conseiller l'oriente vers la {{Carsat}}. Il insiste pour donner son NIR « pour que vous ayez tout » : [[NIR:1 63 08 2A 004 033 11]] (né en Corse, d'où le 2A). M. [[P:Santoni]].",
    ),
    (
        FT,
        TEL,
        "Appel, M. [[P:Hugo Delacroix]] ; sa compagne parle derrière : « dis-lui ta date de naissance » — « le [[DN:30… 03… 96]] ». Il veut savoir si la rémunération de sa formation {{Afpa}} est versée. Oui, le 28, mais sur l'ancien compte : il dicte le nouveau, « [[IBAN:FR76 1130 6000 3081 2345 6700 015]] ».",
    ),
    (
        FT,
        CSP,
        "Rencontre employeur sur site : résidence seniors {{Domitys}}, recrute des ASH. La directrice, Mme [[P:Morgane Le Hir]], veut {{3 personnes}} en contrat aidé. Visite des locaux. Elle cite une ancienne candidate, « [[P:Solène]] », qui « était top ».",
    ),
    (
        FT,
        PHY,
        "Dossier {{ARCE}} (aide à la création d'entreprise). M. [[P:Quentin Barbot]] se lance en {{VTC}}. Voiture : {{Toyota Corolla}} hybride, [[IMMAT:GK-623-LH]]. Siret à venir. RIB pro : [[IBAN:FR76 1450 5000 4004 1234 5678 967]].",
    ),
    (
        FT,
        CSP,
        "Visite dans une agence d'intérim, {{Manpower}} : le conseiller vérifie les missions d'un demandeur soupçonné de cumul, M. [[P:Cyril Boulanger]], identifiant [[FT:3817264 H]]. L'agence sort les relevés : {{3 missions}} non déclarées. Trop-perçu à venir.",
    ),
    (
        FT,
        TEL,
        "Appel à {{16h58}}, un demandeur en pleurs : « je m'appelle [[P:Samuel]]… [[P:Samuel Ekwalla]]… j'ai été radié ». Il épelle « [[P:E-K-W-A-L-L-A]] ». Il dicte son identifiant en commençant par la lettre : « [[FT:P 7 1 2 9 0 3 4]] ». L'agent remet dans l'ordre : [[FT:7129034P]].",
    ),
    (
        FT,
        PHY,
        "Un homme présente sa carte d'identité belge pour s'inscrire : n° [[ID:592-1234567-89]]. M. [[P:Pieter Janssens]], à {{Tourcoing}} depuis {{1 an}}, [[ADR:27 rue de Lille, 59200 Tourcoing]]. Il travaillait à {{Courtrai}}, frontalier. Mail : [[MAIL:pieter.janssens [at] telenet.be]].",
    ),
    (
        FT,
        CSP,
        "Contrôle dans une entreprise d'insertion, {{Envie}} (atelier électroménager). Vérif de {{4 contrats}} CDDI. M. [[P:Mohamed Lahlou]] : contrat OK. M. [[P:Didier]] : contrat expiré depuis {{2 mois}}, non renouvelé → régularisation.",
    ),
    (
        FT,
        TEL,
        "Appel depuis le {{Portugal}} pour l'export des droits (formulaire {{U2}}). [[P:João Pereira]], identifiant [[FT:6632914L]], numéro portugais [[TEL:+351 912 345 678]], mail [[MAIL:joao.pereira.pt@sapo.pt]]. Ligne qui grésille, 3 coupures.",
    ),
    (
        FT,
        CSP,
        "Visite d'une plateforme logistique ({{Geodis}}) pour un recrutement par simulation ({{MRS}}). {{20 candidats}} testés. Le conseiller me dit que la méthode évite les CV. Résultats affichés par numéro de candidat, pas par nom.",
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            code, value = m.group(1), m.group(2)
            if code not in LABELS:
                raise ValueError(f"unknown label code {code!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"entity with outer spaces {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": LABELS[code]})
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
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
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


def labels_of(note):
    return {e["label"] for e in note["entities"]} or {"(none)"}


def split(notes):
    """Seeded half/half split, stratified by (site_kind, channel).

    Each stratum gives half of its notes to each side; the odd strata give their extra note
    to dev and holdout in turn (seeded). Notes are placed from the rarest label to the most
    common (notes without entities first), each on the side where its labels are scarcer,
    so that notes without entities and rare labels fall on both sides.
    """
    rng = random.Random(SEED)
    strata = {}
    for note in notes:
        strata.setdefault((note["site_kind"], note["channel"]), []).append(note)
    keys = sorted(strata)
    odd = [k for k in keys if len(strata[k]) % 2]
    rng.shuffle(odd)
    quota = {}
    for k in keys:
        half = len(strata[k]) // 2
        quota[(k, "dev")] = quota[(k, "holdout")] = half
    for i, k in enumerate(odd):
        quota[(k, "dev" if i % 2 == 0 else "holdout")] += 1
    freq = Counter(label for note in notes for label in labels_of(note))
    order = list(notes)
    rng.shuffle(order)
    order.sort(key=lambda n: (bool(n["entities"]), min(freq[label] for label in labels_of(n))))
    side_of, filled, seen = {}, Counter(), {"dev": Counter(), "holdout": Counter()}
    for note in order:
        k = (note["site_kind"], note["channel"])
        open_sides = [s for s in ("dev", "holdout") if filled[(k, s)] < quota[(k, s)]]
        labels = labels_of(note)
        rng.shuffle(open_sides)
        side = min(open_sides, key=lambda s: sum(seen[s][label] for label in labels))
        side_of[note["id"]] = side
        filled[(k, side)] += 1
        seen[side].update(labels)
    dev = [n for n in notes if side_of[n["id"]] == "dev"]
    holdout = [n for n in notes if side_of[n["id"]] == "holdout"]
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
