"""Independent evaluation corpus n° 143: 240 hand-written observation notes, labelled inline.

Marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. Running this
script strips the marks, computes the offsets and writes ``dev.jsonl`` and ``holdout.jsonl``
(120 notes each) next to it. Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind143"
SEED = 143

# Each note: (site_kind, channel, text). Written one by one, in this order (ids follow it).

NOTES_CAF = [
    (
        "caf",
        "accueil_physique",
        "9h12 Caf de {{Metz}}, {{borne 3}}. Mme [[PERSONNE:Schmitt]] vient pour sa {{prime d'activité}} qui a baissé de {{86 €}}. L'agent ([[PERSONNE:Yannick]]) lui dit que c'est les ressources du trimestre, elle comprend pas, « mais j'ai rien changé moi ».",
    ),
    (
        "caf",
        "accueil_physique",
        "file d'attente : {{14 personnes}} à l'ouverture ({{8h30}}), un seul {{guichet}} ouvert jusqu'à {{9h}}",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Aïssatou Bah]], num alloc [[N_ALLOCATAIRE:2847163]], déménagée de {{Borny}} au [[ADRESSE:17 rue de Toul, 57070 Metz]]. L'{{APL}} n'a pas suivi. Agent M. [[PERSONNE:Kieffer]]",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur tres agé, Mr [[PERSONNE:Haddad]], donne son numero « [[N_ALLOCATAIRE:0 6 1 2 4 4 9]] » chiffre par chiffre, l'agent tape, se trompe, recommence. Il a {{82 ans}}. Sa fille [[PERSONNE:Nadia]] l'attend dehors dans la voiture garée devant, immat [[IMMATRICULATION:4417 TR 57]] (vieille plaque !!)",
    ),
    (
        "caf",
        "accueil_physique",
        "RDV {{10h40}} avec [[PERSONNE:Sandrine]] (conseillère) : dossier {{RSA}} de M. [[PERSONNE:Lukusa]], {{3 enfants}}. Elle vérifie les dates de naissance des petits à l'écran : [[DATE_NAISSANCE:12/05/2014]], [[DATE_NAISSANCE:03/11/2017]] et [[DATE_NAISSANCE:28/02/2021]]. Le plus grand est en {{CM2}} à {{Épinal}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce qui m'a frappé : les gens viennent avec TOUT leur dossier dans un sac {{Lidl}}. Personne ne sait ce qui est utile.",
    ),
    (
        "caf",
        "accueil_physique",
        "Dame en pleurs, son RIB a changé et la {{Caf}} a versé sur l'ancien compte. Nouveau RIB posé sur le comptoir : [[IBAN:FR76 3000 4018 2300 0123 4567 854]]. [[PERSONNE:Corinne]] (agent) scanne, dit {{3 à 5 jours}}. La dame s'appelle [[PERSONNE:Gisèle Wagner]], née le [[DATE_NAISSANCE:14 février 1961]] je crois",
    ),
    (
        "caf",
        "accueil_physique",
        "borne en panne ➡️ agent d'accueil oriente vers le {{poste 2}}. 20 min pour rien 😤",
    ),
    (
        "caf",
        "accueil_physique",
        "M. et Mme [[PERSONNE:Nguyen Van Long]], {{Reims}}, {{quartier Croix-Rouge}}. Demande {{allocation de rentrée scolaire}} pour [[PERSONNE:Minh]] (né en [[DATE_NAISSANCE:2012]]) et [[PERSONNE:Lan]] ([[DATE_NAISSANCE:2015]]). Refus car revenus > plafond de {{quelques euros}}. Le père : « {{42 euros}} de trop et on a rien ? »",
    ),
    (
        "caf",
        "accueil_physique",
        "agent: [[PERSONNE:Léa]] / usager: [[PERSONNE:Kowalczyk Tomasz]] / motif: {{AAH}} + {{APL}} / il montre son titre de séjour UE? non il est polonais donc pas besoin, juste CNI n° [[IDENTIFIANT:ZT4K8PQ21]]",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h}} grosse affluence, {{6 guichets}}, {{2}} fermés pour formation. L'écran affiche ticket {{A047}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Ouédraogo]] veut savoir pourquoi elle doit rembourser {{1 240 €}}. L'agent lit l'écran : « indu {{APL}} période {{janvier à juin}} ». Elle a {{35 ans}}, seule avec {{2 petits}}. Propose un échéancier à {{40 €/mois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "jeune homme de {{19 ans}}, [[PERSONNE:Enzo Lecanu]], veut ouvrir ses droits pour une coloc à {{Caen}}, [[ADRESSE:8 av. de la Côte de Nacre, 14000 Caen]]. Numéro allocataire des parents qu'il donne par erreur : [[N_ALLOCATAIRE:1937 204]]. L'agent : « non non c'est le vôtre qu'il faut, on va vous en créer un ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Le conseiller [[PERSONNE:Rachid]] m'explique que {{70 %}} des visites c'est pour des documents qu'on peut télécharger sur {{caf.fr}}. Mais la moitié des gens n'ont pas de mail.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Fontaine]] (!) qui demande où est la {{fontaine à eau}} 😅. Ensuite elle donne son mail : [[EMAIL:v.fontaine57@orange.fr]]",
    ),
    (
        "caf",
        "accueil_physique",
        "PRIME DE NAISSANCE : dossier de Mme [[PERSONNE:Rakotomalala]], bébé [[PERSONNE:Tiana]] née le [[DATE_NAISSANCE:2 septembre]] à la {{maternité régionale}} de {{Nancy}}. Il manque l'acte de naissance. Elle repart, {{3e fois}} qu'elle vient.",
    ),
    (
        "caf",
        "accueil_physique",
        "ecrit sur le post-it de l'agent : « rappeler [[PERSONNE:BOUZID]] [[TELEPHONE:06 71 38 92 14]] avant {{16h}} »",
    ),
    (
        "caf",
        "accueil_physique",
        "Pas de nom pour les deux suivants, j'ai pas entendu. Un pour une attestation de paiement, l'autre pour le {{complément familial}}. {{4 min}} chacun.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme téléphonique {{Caf de l'Aube}}, {{Troyes}}. Casque sur la tête à côté de [[PERSONNE:Murielle]]. 1er appel {{8h31}} : une dame qui ne reçoit plus rien depuis {{mars}}. Alloc n° [[N_ALLOCATAIRE:4410928]], elle épelle son nom : « [[PERSONNE:L-E-M-O-I-N-E]] ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel 2 : monsieur enervé (M. [[PERSONNE:Gaillard]] je crois), raccroche au bout de {{40 secondes}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le monsieur dicte son numéro de portable pour être rappelé : « [[TELEPHONE:zéro six, trente-deux, quatre-vingt-un, zéro zéro, cinquante-sept]] ». [[PERSONNE:Murielle]] le répète à l'envers 🙃 il corrige.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}: temps d'attente annoncé {{25 minutes}}. Réel : {{38}}. [[PERSONNE:Pascal]] (superviseur) dit que le lundi c'est pire.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Femme frontalière qui travaille au {{Luxembourg}}, habite {{Thionville}}. Question : ses revenus lux comptent ils pour la {{prime d'activité}} ? Mme [[PERSONNE:Da Costa Pereira]], tel [[TELEPHONE:+352 621 448 917]] (numéro lux). Agent : « je dois transmettre au service international ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un travailleur social du {{CCAS}} de {{Forbach}} pour une famille : famille [[PERSONNE:Yilmaz]], {{5 enfants}}, n° alloc [[N_ALLOCATAIRE:3325781]]. Il demande si le dossier {{RSA}} est complet. Oui sauf l'avis d'imposition.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "pas mal d'appels ou l'agent doit dire « je ne peux pas vous répondre au téléphone, il faut passer par l'espace mon compte ». Les gens sont désespérés.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un papa, [[PERSONNE:Jérémy]], veut déclarer la naissance de sa fille, née le [[DATE_NAISSANCE:30/01]] à {{Évreux}}. Il demande si la {{PAJE}} c'est automatique. [[PERSONNE:Murielle]] : « non monsieur faut déclarer ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Adresse mail dictée : « [[EMAIL:benali point karima arobase gmail point com]] ». L'agent la note mal (karima avec un c).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{10h15}} pause café. [[PERSONNE:Murielle]] : {{23 appels}} depuis {{8h30}}. Elle dit qu'elle en fait « {{60, 70}} par jour ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame de {{Sedan}} qui veut changer de banque. Elle lit son IBAN très lentement : [[IBAN:FR76 1027 8054 0000 0214 3658 738]]. Agent lui dit d'envoyer le RIB par le site, pas au tel pour la sécurité. Elle s'appelle [[PERSONNE:Marie-Thérèse Gobert]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "un etudiant de {{Reims}}, [[PERSONNE:Ibrahima Cissé]], né le [[DATE_NAISSANCE:7 juillet 2003]], num allocataire [[N_ALLOCATAIRE:5209344]] — demande pourquoi son {{APL}} passe de {{212}} à {{178 €}} (réforme contemporanéisation, dit l'agent)",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel muet. Raccroché. Ça arrive « {{10 fois par jour}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mr [[PERSONNE:Gashi]] appelle pour sa femme [[PERSONNE:Drita]] qui parle pas français. Il donne le num de dossier : [[N_ALLOCATAIRE:6 118 402]]. L'agent demande l'accord de madame, il lui passe le tel, elle dit juste « oui d'accord ».",
    ),
]

NOTES_CAF_CSP = [
    (
        "caf",
        "controle_sur_place",
        "Départ {{8h45}} de la Caf de {{Moselle}} avec [[PERSONNE:Frédéric Hummel]], contrôleur depuis {{12 ans}}. Voiture de service, {{Clio}} grise. 1re visite à {{Woippy}} : Mme [[PERSONNE:Benmansour]], [[ADRESSE:3 rue des Bleuets, 57140 Woippy]], déclarée isolée. Devant la maison une {{Golf}} immatriculée [[IMMATRICULATION:FG-318-KD]], le contrôleur la note « au cas où ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur m'explique : {{3 visites}} prévues, en moyenne {{1h15}} chacune, le rapport c'est le lendemain. Il a {{180 dossiers}} par an.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la cuisine, calendrier avec les anniversaires des enfants : « [[PERSONNE:Yanis]] [[DATE_NAISSANCE:14/03/2016]] », « [[PERSONNE:Lina]] [[DATE_NAISSANCE:9 août 2019]] ». Le contrôleur les compare avec le dossier, ça colle. Il regarde le frigo, {{2 brosses à dents}} dans la salle de bain.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mme lit son numéro de sécu à voix haute, par paquets : « [[NIR:deux, quatre-vingt-sept, zéro trois, cinquante-sept, quatre cent soixante-trois, cent dix-huit, vingt-trois]] ». Elle est née à {{Metz}} en [[DATE_NAISSANCE:mars 87]], elle le précise d'elle-même.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Épinal}}, {{quartier Bitola}}, {{4e étage}} sans ascenseur. M. [[PERSONNE:Chaouch]] {{RSA}} seul. Dans le parking deux voitures qu'il dit pas à lui : [[IMMATRICULATION:892 ADN 88]] et une allemande [[IMMATRICULATION:SB-KL 412]]. [[PERSONNE:Hummel]] : « la plaque SB c'est {{Sarrebruck}}, on en voit plein ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "rien à signaler sur cette visite, logement conforme, {{2 chambres}}, {{48 m²}}, loyer {{510 €}} charges comprises.",
    ),
    (
        "caf",
        "controle_sur_place",
        "CONTRÔLE RESSOURCES : le monsieur sort ses relevés. Compte joint avec sa compagne ?? IBAN en haut du relevé [[IBAN:FR76 1670 6050 8171 8429 6301 049]]. Au nom de M. ou Mme [[PERSONNE:TAVARES Joaquim]]... donc oui vie maritale, le contrôleur soupire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "En route vers {{Thionville}}, [[PERSONNE:Frédéric]] dit qu'il a déjà verbalisé, non pardon « constaté », une fraude avec une voiture immatriculée au {{Luxembourg}}. Il ne dit pas le nom. {{A31}} bouchée, on arrive avec {{20 min}} de retard.",
    ),
    (
        "caf",
        "controle_sur_place",
        "M. [[PERSONNE:Ferhat Belkacem]], {{54 ans}}, [[ADRESSE:11 impasse des Tilleuls, Yutz]]. Il a une petite entreprise de peinture, son SIRET perso [[IDENTIFIANT:812 447 309 00018]]. Il dit gagner {{900 €}} par mois. Camionnette blanche dans la cour : [[IMMATRICULATION:ed-771-rx]] (écrit en minuscule sur mon tel, j'ai eu la flemme)",
    ),
    (
        "caf",
        "controle_sur_place",
        "[[PERSONNE:Frédéric]] m'avoue qu'il déteste les contrôles avec enfants présents. {{3 gamins}} devant la télé ({{Gulli}}).",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Reims}} {{Orgeval}}. Dame âgée hébergeant son petit-fils : [[PERSONNE:Kylian]], né en [[DATE_NAISSANCE:2006]]. Le petit-fils a une moto, plaque [[IMMATRICULATION:AB-042-ZZ]]. Contrôleuse [[PERSONNE:Anne-Sophie Renard]]. La mamie s'appelle Mme [[PERSONNE:Lefort]] et nous offre du café dans des tasses {{Reims Champagne}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Liste de ce que le contrôleur regarde :\n- bail + quittances\n- relevés {{3 mois}}\n- taxe d'habitation (plus pour tout le monde)\n- nb de lits\n- courrier dans la boîte aux lettres (!!)\n- véhicules",
    ),
    (
        "caf",
        "controle_sur_place",
        "Nom sur la boîte aux lettres : « [[PERSONNE:KONÉ / DIARRA]] ». Madame dit que M. [[PERSONNE:Diarra]] est parti en {{2022}}. Elle montre un courrier {{EDF}} à son seul nom, réf client [[IDENTIFIANT:6004 518 227]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Monsieur donne la plaque de sa voiture de mémoire, en épelant : « [[IMMATRICULATION:G comme Gérard, H comme Henri, 5-0-9, B comme Bernard, T comme Thomas]] ». Le contrôleur vérifie dans la rue : c'est bon.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour au bureau {{12h30}}. {{2 contrôles}} sur {{3}} faits, le troisième absent (« carence »). Avis de passage laissé dans la boîte de M. [[PERSONNE:Strub]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Troyes}}, {{Les Chartreux}}. Famille [[PERSONNE:Mukendi]]. Le contrôleur lit à voix haute sur sa tablette : enfants [[PERSONNE:Grâce]] {{12 ans}}, [[PERSONNE:Exaucé]] {{9 ans}}, [[PERSONNE:Merveille]] née le [[DATE_NAISSANCE:21/12/2018]]. Il manque [[PERSONNE:Divine]] sur le dossier, née le [[DATE_NAISSANCE:5 avril 2023]]. Le père : « mais j'ai envoyé le papier ! »",
    ),
    (
        "caf",
        "controle_sur_place",
        "NIR de madame sur l'attestation {{Ameli}} posée sur la table : [[NIR:2 98 09 10 387 076 67]]. Elle a {{25 ans}}, née à {{Troyes}}. Contrôleur : « on vérifie juste l'identité ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur a un classeur avec des plaques relevées à chaque visite. Je lui demande si c'est légal, il dit « on ne fait rien avec, c'est juste des éléments ». Hmm.",
    ),
    (
        "caf",
        "controle_sur_place",
        "M. [[PERSONNE:Lorentz]] ({{Saint-Avold}}) : la maison fait {{110 m²}}, {{3 chambres}}, il déclare vivre seul. Sur le buffet, photos de mariage. Dans l'allée : vieux {{Berlingo}} [[IMMATRICULATION:7723 VQ 57]] + {{Toyota}} [[IMMATRICULATION:FL 602 HN]]. Il nous raccompagne jusqu'à la voiture, {{11h05}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Ce que je retiens : le contrôle c'est d'abord de l'écoute. [[PERSONNE:Anne-Sophie]] a passé {{40 min}} à expliquer les droits à une dame qui en oubliait la moitié ({{ASF}}, {{allocation logement}}).",
    ),
]

NOTES_CPAM = [
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Meurthe-et-Moselle}}, accueil de {{Nancy}}, {{9h05}}. M. [[PERSONNE:Petrovic]] a perdu sa carte Vitale. L'agent ([[PERSONNE:Claire]]) lui demande son numéro de sécu, il le connaît par cœur : [[NIR:1 92 11 54 395 047 14]]. Nouvelle carte dans {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "accueil sur rdv uniquement depuis {{2021}}. Ceux qui viennent sans rdv sont renvoyés vers la borne ou le {{3646}}. Une dame insiste, on la prend quand même.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Hoarau]] (originaire de {{La Réunion}}, installée à {{Vandœuvre}}) : {{complémentaire santé solidaire}} refusée, dépassement de {{17 €}}. Son n° mutuelle {{MGEN}} : [[IDENTIFIANT:204 883 615]]. Elle demande si elle peut garder la mutuelle de son ex. Mail : [[EMAIL:hoarau.lucie974@gmail.com]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{B12}}. Un jeune, [[PERSONNE:Adam]], {{18 ans}} depuis hier (né le [[DATE_NAISSANCE:15 octobre 2006]]), veut sa propre carte Vitale. L'agent sourit : « joyeux anniversaire ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "indemnités journalières pas versées depuis {{6 semaines}}. Monsieur [[PERSONNE:Weber]], maçon, arrêt de travail après chute. L'employeur ({{SARL Bâti Lorraine}}) n'a pas envoyé l'attestation de salaire. Agent appelle l'employeur devant lui, tombe sur messagerie. Il laisse aussi son RIB pour les IJ : [[IBAN:FR76 1480 6000 7072 0900 1122 331]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiche au mur : « {{Mon espace santé}}, activez-le ! ». Personne ne la regarde.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman avec sa fille malade dans la poussette. Rattacher l'enfant sur sa carte : [[PERSONNE:Inès]], née le [[DATE_NAISSANCE:11/06/2022]]. Le père ([[PERSONNE:Sofiane Amrani]]) l'avait sur la sienne. Agent : « on peut la mettre sur les deux ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Monsieur {{75 ans}}, M. [[PERSONNE:Wiśniewski]], ancien mineur de {{Forbach}}, régime {{CANSSM}}. Il cherche où envoyer ses feuilles de soins. {{12 minutes}} d'explications.",
    ),
    (
        "cpam",
        "accueil_physique",
        "La conseillère [[PERSONNE:Nathalie Grosjean]] me montre l'écran : NIR [[NIR:279068816002282]], assurée née en [[DATE_NAISSANCE:juin 79]] à {{Épinal}}, « c'est le 88 ici, vous voyez ». Pas de médecin traitant déclaré depuis {{2019}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "demandeur d'asile, attestation de demande d'asile n° [[IDENTIFIANT:5711203948]]. L'agent explique la {{PUMa}}, délai de {{3 mois}}. Il s'appelle [[PERSONNE:Abdirahman Abdi]], interprète par téléphone ({{ISM Interprétariat}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "!! une dame donne l'adresse de sa mère pour y envoyer la carte : [[ADRESSE:45 bis route de Mirecourt, 88000 Épinal]]. L'agent refuse, il faut que ce soit l'adresse de l'assurée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Pause : les agents parlent du {{match}} de l'{{ASNL}} hier. Ambiance détendue.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Ozturk]] ne comprend pas son décompte : {{26,50 €}} remboursé au lieu de {{30 €}}, c'est la participation forfaitaire de {{2 €}} (maintenant plus). L'agent dessine un schéma sur un papier. Il repart content. Tel laissé pour rappel : [[TELEPHONE:07.68.12.40.93]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "mail de la dame, dicté : [[EMAIL:nathalie.marchal54 (arobase) laposte.net]]. Elle demande si on peut lui envoyer l'attestation « sur le mail ». Oui.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateau de {{Rouen}}. Conseiller [[PERSONNE:Bastien]]. 1er appel : une femme veut connaître la date de son dernier remboursement. Elle dicte son NIR : « [[NIR:deux quatre-vingt-trois zéro cinq soixante-seize cinq cent quarante quatre cent douze quarante-quatre]] ». Ça prend {{1 minute}} rien que pour ça.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Entre deux appels le conseiller me dit qu'il reconnaît certains assurés à la voix. « Le monsieur de {{Dieppe}} qui appelle tous les mardis, M. [[PERSONNE:Quesnel]]. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "appel : M. [[PERSONNE:Lemonnier]] du {{Havre}}, conteste un refus de transport en taxi conventionné. {{4 aller-retours}} par semaine pour la dialyse au {{Groupe hospitalier du Havre}}. [[PERSONNE:Bastien]] ouvre une réclamation, réf [[IDENTIFIANT:REC-2024-118734]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame âgée, ne trouve pas son numéro. Elle lit sa carte Vitale : « [[NIR:2 71 10 27 229 015, clé 25]] ». Elle habite {{Évreux}}, quartier {{La Madeleine}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Temps moyen d'appel affiché sur le mur : {{6 min 42}}. Objectif {{5 min}}. File : {{37 appels}} en attente 😬",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur qui appelle pour son fils [[PERSONNE:Nolan]], {{16 ans}}, né en [[DATE_NAISSANCE:2008]], qui veut une carte Vitale à lui. Le conseiller explique que c'est possible dès {{12 ans}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacie de {{Fécamp}} ({{Pharmacie du Port}}) pour un tiers payant bloqué. La pharmacienne, Mme [[PERSONNE:Delamare]], donne son numéro direct : [[TELEPHONE:02 35 28 44 07]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en anglais, monsieur soudanais. [[PERSONNE:Bastien]] se débrouille. Numéro AGDREF lu sur le récépissé : [[IDENTIFIANT:7602187345]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Bcp d'appels pour rien : « j'ai reçu un SMS bizarre de l'{{Assurance Maladie}} » → arnaque. {{3}} en une heure.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Femme enceinte, [[PERSONNE:Mélanie Osmont]], veut savoir si son congé mat est bien enregistré. Naissance prévue {{fin mai}}. Elle donne aussi son portable : [[TELEPHONE:06 58 90 13 27]] et celui de son conjoint [[TELEPHONE:06 12 77 08 45]] « au cas où ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{11h50}}, dernier appel avant la pause. Personne au bout du fil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Ahmed Zeroual]], né le [[DATE_NAISSANCE:3 avril 1999]] en {{Algérie}}, NIR [[NIR:1 99 04 99 352 061 08]]. Sa carte européenne ({{CEAM}}) pour partir en vacances. [[PERSONNE:Bastien]] : « vous la recevrez sous {{15 jours}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile avec une conseillère du service social de la Cpam ({{Caen}}). M. [[PERSONNE:Hébert]], {{62 ans}}, en arrêt longue maladie, [[ADRESSE:22 rue Caponière, 14000 Caen]], {{3e étage}}. Elle vérifie qu'il a bien ses soins infirmiers {{2 fois par jour}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt de travail à {{Lisieux}} : le médecin-conseil n'est pas là, c'est un agent enquêteur, [[PERSONNE:Thierry Vautier]]. Personne à la maison à {{14h20}}. Voiture dans l'allée : [[IMMATRICULATION:DX-554-PL]]. Il laisse un avis.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sorties autorisées de {{9h}} à {{11h}} et de {{14h}} à {{16h}}, m'explique l'enquêteur. Il est {{16h10}}, donc on peut passer.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mme [[PERSONNE:Jeanne]] (c'est son nom de famille !) nous ouvre en robe de chambre. Elle sort l'ordonnance et sa carte Vitale : NIR [[NIR:1 74 12 14 118 209 52]]... non c'est celle de son mari [[PERSONNE:Gérard]], né en [[DATE_NAISSANCE:décembre 74]], elle rigole.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "enquete suspicion fraude transport : on se poste en face du domicile d'un assuré à {{Hérouville-Saint-Clair}}. Taxi conventionné arrive {{8h02}}. Plaque du taxi : [[IMMATRICULATION:FK 881 TE]]. L'enquêteur note que le patient marche sans difficulté. Je suis mal à l'aise.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Rien d'autre ce matin, {{2 visites}}, {{64 km}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite chez une infirmière libérale soupçonnée de surfacturation, Mme [[PERSONNE:Leconte-Morin]], [[ADRESSE:9 chemin du Moulin, 14160 Dives-sur-Mer]]. Son SIRET d'auto-entrepreneur : [[IDENTIFIANT:439 118 502 00027]]. Elle sort son planning : {{34 patients}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture l'enquêteur écoute {{France Bleu Normandie}}. Il me dit que {{1 contrôle sur 5}} débouche sur quelque chose.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "M. [[PERSONNE:Tran]] montre la carte vitale de sa fille [[PERSONNE:Linh]], née le [[DATE_NAISSANCE:18/09/2010]]. Il a un doute sur le rattachement. L'enquêteur prend note sur son carnet, ligne {{n°14}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Belle maison à {{Cabourg}}. L'assuré déclaré en arrêt tond sa pelouse 🙄. Range Rover immatriculé [[IMMATRICULATION:EV-209-AA]], et un vieux camping-car [[IMMATRICULATION:3381 KN 14]].",
    ),
]

NOTES_CCAS = [
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Rouen}}, {{10h}}. Demande d'aide alimentaire. Mme [[PERSONNE:Camara]], {{4 enfants}}, reste à vivre {{3,20 €}} par jour et par personne. L'agent ([[PERSONNE:Sylvie]]) fait un bon pour l'{{épicerie sociale}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : M. [[PERSONNE:Popescu Ion]], sans domicile stable, demande une adresse pour recevoir son courrier. Passeport roumain n° [[IDENTIFIANT:058214773]]. L'agent lui explique qu'il aura une boîte au {{CCAS}}, {{2 passages}} par semaine minimum.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente : {{5 chaises}}, {{1 plante verte}} en plastique, des flyers {{Restos du Cœur}}. Une petite fille dessine.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour facture d'énergie. Monsieur montre la facture {{Engie}}, {{486 €}}, n° de facture [[IDENTIFIANT:F-300128844]]. Adresse du logement sur la facture : [[ADRESSE:27 rue Saint-Julien, 76100 Rouen]]. Sa fille [[PERSONNE:Chloé]] traduit (ils sont {{sourds}}, langue des signes).",
    ),
    (
        "ccas",
        "accueil_physique",
        "l'agent me dit « ici on voit tout le monde : retraités, étudiants, travailleurs pauvres ». Ce matin {{11 personnes}} en {{3 heures}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Pierre]] (prénom [[PERSONNE:Rose]] !) vient pour une aide au transport. Elle a {{71 ans}}, habite {{Sotteville-lès-Rouen}}. Elle offre à l'agent une {{rose}} de son jardin.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier APA avec le CCAS de {{Troyes}} : la dame est accompagnée de son fils, M. [[PERSONNE:Boulanger]] ({{boulanger}} de métier, il fait la blague). Tel du fils : [[TELEPHONE:06-44-18-73-02]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Jeune couple, demande de {{secours d'urgence}} : loyer impayé {{2 mois}}. Elle, [[PERSONNE:Océane]], lui, [[PERSONNE:Dylan Marie]]. Bébé de {{4 mois}}, né le [[DATE_NAISSANCE:7 janvier]]. Le CCAS accorde {{150 €}}, virés sur le compte de [[PERSONNE:Océane]] : [[IBAN:FR76 1090 7000 0151 2340 9876 575]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agent remplit le formulaire {{Cerfa 15646}} avec une dame, Mme [[PERSONNE:Lopes]], qui ne sait pas lire. Ça dure {{35 min}}. Elle dit merci {{10 fois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur vient chercher son courrier de domiciliation : [[PERSONNE:Karim]] dit « [[PERSONNE:Kiki]] ». Il y a une lettre de la {{Caf}} et une du {{tribunal}}, affaire RG [[IDENTIFIANT:23/01877]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Agent : Mme [[PERSONNE:Van den Berghe]], travailleuse sociale depuis {{20 ans}}, super calme. Elle tutoie certains habitués.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Fin de matinée, personne. On range les dossiers par ordre alphabétique. {{12h15}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS du {{Havre}}. Une dame appelle pour le {{plan canicule}}, veut inscrire sa voisine Mme [[PERSONNE:Roussel]] {{89 ans}}, qui habite [[ADRESSE:14 rue Louis Blanc, Le Havre]]. Numéro de la voisine : [[TELEPHONE:02.35.41.66.19]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Beaucoup d'appels pour le {{colis de Noël}} des seniors. « C'est à partir de {{65 ans}} madame. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel : jeune homme, [[PERSONNE:Théo]], veut un rdv pour une aide au permis de conduire. L'agente [[PERSONNE:Fatou]] lui donne {{mardi 14h}} et note son mail, [[EMAIL:theo_lmb@hotmail.com]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur qui appelle pour la {{téléassistance}}. Il donne son mail : « [[EMAIL:jp.lebas76 at free point fr]] ». Agent répète 2 fois.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une assistante sociale du {{Département}} : situation de la famille [[PERSONNE:Berisha]], relogement urgent, {{6 personnes}} dans un {{T2}}. Réf SIAO [[IDENTIFIANT:SIAO76-2024-04412]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{4 appels}} en {{30 min}}, dont {{1}} erreur (cherchait la mairie).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Dame qui appelle pour sa mère hospitalisée au {{CHU Charles-Nicolle}}, Mme [[PERSONNE:Guérin Simone]] née le [[DATE_NAISSANCE:02/08/1938]], pour organiser le retour à domicile. Agent prend note, rappel demain.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le téléphone sonne dans le vide pendant que l'agent reçoit quelqu'un au guichet. Pas de répondeur. « On est {{deux}} aujourd'hui au lieu de {{quatre}}. »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile CCAS de {{Nancy}}, évaluation pour l'{{aide ménagère}}. Mme [[PERSONNE:Kaya]], {{78 ans}}, [[ADRESSE:6 rue du Haut-du-Lièvre, 54000 Nancy]], {{11e étage}}, ascenseur en panne depuis {{3 semaines}}. On monte à pied.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans l'appart de Mme [[PERSONNE:Kaya]] : pas de chauffage dans la chambre, {{14 °C}}. L'agente [[PERSONNE:Pauline]] appelle le bailleur ({{OMh du Grand Nancy}}), réf locataire [[IDENTIFIANT:LOC-0087341]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement insalubre signalé, {{Épinal}}. Le propriétaire, M. [[PERSONNE:Grandjean]], arrive en retard dans un {{4x4}} immatriculé [[IMMATRICULATION:AT-733-GV]]. Humidité partout, {{3 enfants}} dont un asthmatique.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation rapide : {{grille AGGIR}}, la dame est {{GIR 4}}. {{25 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Monsieur [[PERSONNE:Leroux]], {{83 ans}}, nous montre ses papiers dans une boîte à chaussures : carte d'identité toute abîmée, né le [[DATE_NAISSANCE:30 septembre 1941]], n° [[IDENTIFIANT:410954A07182]]. Il habite [[ADRESSE:2 rue des Jardins, 10300 Sainte-Savine]] depuis {{50 ans}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Trajet : {{35 min}} de voiture. L'agente ([[PERSONNE:Pauline]]) dit que les visites à domicile représentent {{un tiers}} de son temps.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Tshibangu]] et sa fille [[PERSONNE:Ruth]] ({{13 ans}}, née le [[DATE_NAISSANCE:19 mars 2011]]). Elles dorment dans le même lit. Dossier {{FSL}} en cours.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Reims}}, {{quartier Wilson}}. Monsieur très seul, regarde {{BFM}} toute la journée. Il nous parle de {{Macron}} pendant {{10 min}}. L'agent recadre gentiment sur le portage de repas.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans l'entrée d'un immeuble de {{Caen}}, {{quartier de la Guérinière}}, les noms sur les boîtes : je note juste que l'agent [[PERSONNE:Jonathan]] cherche « [[PERSONNE:FOFANA]] » pendant {{5 min}}, nom effacé.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'une caravane sur le terrain familial : M. [[PERSONNE:Winterstein]] vit [[ADRESSE:aire d'accueil de Saint-Dié, emplacement 11]]. Véhicule tracteur : [[IMMATRICULATION:8842 ZW 88]].",
    ),
]

NOTES_CHRS = [
    (
        "chrs",
        "accueil_physique",
        "CHRS « {{L'Escale}} » à {{Metz}}. Accueil de jour, {{café}} à volonté. [[PERSONNE:Momo]] (surnom) discute avec l'éducateur [[PERSONNE:Vincent]] de son rdv à la préfecture.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission d'une femme victime de violences, Mme [[PERSONNE:Laurent]], arrivée avec ses enfants [[PERSONNE:Jade]] ({{6 ans}}) et [[PERSONNE:Noah]] (né le [[DATE_NAISSANCE:24/10/2020]]). Chambre {{n°7}}, {{2e étage}}. L'éducatrice lui donne un kit hygiène.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Règlement intérieur affiché : repas {{19h}}, extinction {{23h}}, pas d'alcool. {{32 places}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Sébastien Klein]], montre son titre de séjour… non, sa carte d'identité, et son récépissé de demande de RSA. L'éducateur photocopie, plus son RIB [[IBAN:FR7630002005500000987654324]] pour le virement. Chambre {{14}}, lit {{B}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas de midi : {{24 couverts}}, lasagnes. Un résident, [[PERSONNE:Djamel]], me demande si je suis « de la {{DDETS}} » 😅",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'accueil avec [[PERSONNE:Mamadou Sow]], {{23 ans}}, sortant de prison (maison d'arrêt de {{Nancy-Maxéville}}). Il a {{30 €}} en poche. Son titre de séjour expire le {{15 mars}}, n° [[IDENTIFIANT:5400987123]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Hoffmann]] ({{58 ans}}), à la rue depuis {{2019}}, dort dans sa voiture, une vieille {{Xantia}} immatriculée [[IMMATRICULATION:2214 XR 54]]. Il refuse d'entrer au CHRS à cause de son chien {{Rocky}}, pas autorisé ici.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice [[PERSONNE:Amandine]] m'explique le {{SIAO}} : on ne choisit pas qui arrive, c'est attribué. Délai moyen {{4 mois}} pour une place en {{CHRS}} dans la {{Marne}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS La Rose des Vents}} ({{Reims}}) : aide à l'ouverture d'un compte bancaire pour [[PERSONNE:Yasmina]]. IBAN reçu par la {{Banque Postale}} : [[IBAN:FR76 2004 1010 0505 0001 3702 627]]. Elle pleure de joie.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident dicte son numéro de tel à l'éduc pour le dossier : « [[TELEPHONE:07 53 22 19 84]] », puis « non attends c'est l'ancien ». Le nouveau : [[TELEPHONE:07 66 01 48 35]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier CV à {{14h}}. {{5}} participants. Le modèle de CV affiché au tableau est au nom de « [[PERSONNE:Kevin Durand]] ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Rien de particulier cet aprèm. Les gens jouent aux cartes. Une télé allumée sur {{TF1}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Seine-Maritime}}, écoutante [[PERSONNE:Hélène]]. {{21h}}. Appel d'un homme à la {{gare de Rouen}}, il donne son nom : [[PERSONNE:Abdoulaye]], « [[PERSONNE:D-I-O-P]] ». Plus de place ce soir. Elle propose {{1 nuit}} à l'{{hôtel}}, non dispo non plus.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Tableau des places à l'écran : {{0}} place H, {{2}} places femmes, {{1}} place famille. {{47 appels}} depuis {{18h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Femme avec bébé, appelle de {{Elbeuf}}. Bébé [[PERSONNE:Ayden]], né le [[DATE_NAISSANCE:12 décembre 2023]]. Elle a été mise dehors par son conjoint, M. [[PERSONNE:Duval]]. L'écoutante l'oriente vers le {{3919}} aussi. Placement : {{hôtel Première Classe}} de {{Tourville-la-Rivière}}, chambre {{23}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "appel d'un habitué : « c'est [[PERSONNE:Gégé]] ». L'écoutante le connaît, {{61 ans}}, {{15 ans}} de rue. Elle lui demande s'il a mangé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "La maraude ({{Croix-Rouge}}) appelle pour signaler un homme allongé {{place du Vieux-Marché}}, {{Rouen}}. Il s'appelle [[PERSONNE:Jacek]], polonais.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Numéro SIAO de la personne : [[IDENTIFIANT:SI-76-0048213]]. L'écoutante le tape dans {{SI-SIAO}}. Historique : {{14 demandes}} en {{2 mois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un homme qui dort dans sa voiture sur le parking du {{Leclerc}} de {{Mont-Saint-Aignan}}. Plaque « [[IMMATRICULATION:EK 412 PP]] » pour que la maraude le retrouve. Il a {{44 ans}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Pics d'appels : {{17h-19h}} et {{22h}}. Écoutants : {{3}} le soir, {{1}} la nuit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une jeune femme de {{19 ans}}, [[PERSONNE:Manon]], appelle d'une cabine (!) de {{Dieppe}}. Elle n'a plus de téléphone. Née le [[DATE_NAISSANCE:26/06/2005]]. Sortie de l'{{ASE}} il y a {{1 mois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante rappelle un partenaire : « {{CHRS Emmaüs}}, bonjour » — elle demande si la place de M. [[PERSONNE:Benhamou]] est toujours réservée. Oui jusqu'à {{22h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Dialogue :\n— Vous êtes où monsieur ?\n— Sous le pont, à {{Évreux}}.\n— Vous avez un téléphone où on peut vous rappeler ?\n— [[TELEPHONE:zéro sept, quarante et un, douze, quatre-vingt-dix-neuf, zéro trois]].\n— Votre nom ?\n— [[PERSONNE:Ludovic]]. [[PERSONNE:Ludo]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Silence de {{2 minutes}} entre deux appels. L'écoutante boit son thé. « C'est rare. »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Homme sortant d'hôpital ({{CHU de Rouen}}), IPP donné par l'assistante sociale qui appelle pour lui : IPP [[IDENTIFIANT:760049213]]. Monsieur [[PERSONNE:Lefebvre]], {{67 ans}}, pas de place en {{LHSS}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une femme de {{Lillebonne}}, [[PERSONNE:Sabrina]], avec son compte insta « [[IDENTIFIANT:@sabri_lbn76]] » qu'elle donne pour qu'on la contacte (plus de crédit tel).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement diffus du CHRS ({{Troyes}}) : appartement partagé par {{3}} résidents, [[ADRESSE:41 avenue Pierre Brossolette, 10000 Troyes]]. Un des résidents, [[PERSONNE:Nikola]], n'était pas là depuis {{4 nuits}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Éducateur [[PERSONNE:Rémi Cordier]] vérifie l'état du logement : frigo vide, {{1}} vitre cassée. Il prend {{6 photos}} pour le bailleur.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en hébergement diffus à {{Épinal}}. Une famille afghane, [[PERSONNE:Ahmadi]], {{4 enfants}}. Le père sort les papiers : récépissé APS n° [[IDENTIFIANT:8803317762]], dates de naissance des petits : [[DATE_NAISSANCE:01/01/2015]], [[DATE_NAISSANCE:01/01/2017]] (« tout le monde est né le {{1er janvier}} chez nous », rigole le père), [[DATE_NAISSANCE:14/07/2021]], [[DATE_NAISSANCE:03/03/2024]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "État des lieux de sortie, studio {{n°12}}. Caution : {{200 €}}. Rien à redire.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Voiture garée devant le logement d'une résidente, elle dit que c'est celle de son ex. Plaque belge : [[IMMATRICULATION:1-GHK-447]]. L'éduc note pour la sécurité (ordonnance de protection).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Le chef de service (M. [[PERSONNE:Aubertin]]) m'explique : {{80 places}} en diffus sur {{l'agglo}}, {{2 visites}} par mois par logement.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Résidente [[PERSONNE:Elif Demir]], elle montre sa carte vitale pour un rdv médical : [[NIR:2 77 11 99 208 005 92]] — née en Turquie, je demande pas plus.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "L'éducatrice fait les courses avec une résidente à {{Intermarché}}, budget {{45 €}} pour la semaine.",
    ),
]

NOTES_URGENCES = [
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHR Metz-Thionville}}, {{hôpital de Mercy}}. {{22h40}}. IOA ([[PERSONNE:Stéphanie]]) reçoit un homme qui s'est coupé la main. Il donne sa carte Vitale : [[NIR:1 86 05 57 672 091 22]], né à {{Thionville}}. Box {{6}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{43 patients}} en attente à mon arrivée ({{20h}}). {{9}} sur des brancards dans le couloir. Temps d'attente affiché : {{5h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Maman avec un petit de {{3 ans}}, fièvre à {{40}}. L'agent d'accueil admin demande la date de naissance de l'enfant : « le [[DATE_NAISSANCE:huit novembre deux mille vingt-et-un]] ». Le petit s'appelle [[PERSONNE:Elyas]]. Orienté {{urgences pédiatriques}}, {{bâtiment B}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admissions : l'agente ([[PERSONNE:Karine]]) crée le dossier, IPP [[IDENTIFIANT:P00873412]], patient [[PERSONNE:MOREL Jean-Claude]], {{74 ans}}, amené par les pompiers ({{SDIS 57}}). Sa femme arrive {{30 min}} plus tard en voiture, garée n'importe comment sur la dépose minute, plaque [[IMMATRICULATION:3617 PG 57]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le vigile demande de déplacer une voiture allemande garée sur l'emplacement {{SAMU}} : « la [[IMMATRICULATION:HOM-XY 88]], c'est à qui ?? » Personne ne répond.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Triage : {{échelle FRENCH}} de {{1}} à {{5}}. {{Tri 5}} = peut attendre des heures. L'infirmier ([[PERSONNE:Yohann]]) me dit que {{60 %}} des patients du soir sont tri 4-5.",
    ),
    (
        "urgences",
        "accueil_physique",
        "CHRU de {{Nancy}}, {{hôpital Central}}. Une étudiante, [[PERSONNE:Léonie Mathis]], entorse, n'a pas sa carte. Elle dicte son numéro : « [[NIR:2 93 01 61 001 230 48]] ». Née à {{Alençon}}, elle fait ses études ici.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme alcoolisé, crie. Les agents de sécurité ({{2}}) interviennent. Il s'appelle « [[PERSONNE:Bébert]] » d'après l'infirmière qui le connaît. Box {{1}} (le box de dégrisement).",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Épinal}}, {{CH Émile Durkheim}}. Chambre {{12}} lit {{2}} en {{UHCD}} : Mme [[PERSONNE:Colin]], {{91 ans}}, attend une place en médecine depuis {{26 heures}}. Sa petite-fille [[PERSONNE:Margaux]] laisse son numéro : [[TELEPHONE:06 89 17 42 30]] et son mail « [[EMAIL:margaux.colin88@laposte.net]] ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un patient étranger, touriste néerlandais, [[PERSONNE:Joost van Dijk]]. Carte européenne, n° [[IDENTIFIANT:80528000051234567891]]. Voiture immatriculée aux Pays-Bas : [[IMMATRICULATION:GT-418-K]]. Accident sur l'{{A4}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent de l'accueil admin me dit : {{120 passages}} par jour en moyenne, {{180}} les lundis d'hiver.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Reims}}, {{CHU Robert-Debré}}. Bébé de {{2 mois}} amené par les parents, [[PERSONNE:Lucas]] et [[PERSONNE:Camille Lambert]]. L'infirmière d'accueil : « il est né quand ? » — « le [[DATE_NAISSANCE:9]]... euh [[DATE_NAISSANCE:10 août]] ». Le papa corrige la maman, fou rire nerveux.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mutuelle du patient lue sur la carte : {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:0072 4418 903]]. Patient : [[PERSONNE:Roger Bauer]], né le [[DATE_NAISSANCE:05/01/1948]], [[ADRESSE:7 rue de la Gare, 57500 Saint-Avold]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : distributeur {{Selecta}} en panne, {{1}} écran qui passe des messages de prévention ({{Mois sans tabac}}). Un enfant dort sur {{3 chaises}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Caen}}, {{CHU Caen Normandie}}, urgences adultes, {{niveau 0}}. Un SDF connu, [[PERSONNE:Pascal]] dit « [[PERSONNE:le Breton]] », vient pour dormir au chaud. L'IOA le laisse dans la salle jusqu'à {{6h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le médecin urgentiste (Dr [[PERSONNE:Benoît Rigaud]]) prend {{5 min}} pour m'expliquer la régulation : depuis l'été dernier, il faut appeler le {{15}} avant de venir la nuit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une femme enceinte arrive seule, elle a conduit elle-même : plaque tapée en minuscules par l'agent dans le logiciel parking « [[IMMATRICULATION:fz-903-tc]] ». Elle s'appelle [[PERSONNE:Yasmine Ait-Ouali]], née le [[DATE_NAISSANCE:2 août 1995]] au {{Maroc}}, NIR [[NIR:295089935001236]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Rouen}}, {{Charles-Nicolle}}. Il est {{2h15}}. {{18 brancards}} dans le couloir. Aide-soignante : « ce soir c'est calme ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de la route à {{Bolbec}}, deux blessés. Les gendarmes arrivent avec les papiers du véhicule : [[IMMATRICULATION:BM-227-XD]] et l'autre, une vieille {{R5}}, plaque [[IMMATRICULATION:631 BBX 76]]. Les blessés : [[PERSONNE:Antoine Levasseur]] et [[PERSONNE:Kenza Bouali]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'admin me montre une fiche patient à l'écran (en cachant le nom) : « adresse inconnue », « téléphone : néant ». Environ {{1 sur 10}} comme ça.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Troyes}}, {{CH de Troyes}}. Enfant de {{11 ans}} tombé du vélo, [[PERSONNE:Mathéo]], né le [[DATE_NAISSANCE:22/04/2013]], NIR de l'enfant sur l'attestation : [[NIR:1 13 04 54 547 302 25]] (né à {{Laxou}}, ils ont déménagé). Radio du poignet, {{salle 3}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le patient du box {{4}} ne veut pas donner son nom, juste « appelez-moi [[PERSONNE:Ricky]] ». Il montre une carte de résident, n° [[IDENTIFIANT:9904127735]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Au {{Havre}} ({{hôpital Jacques Monod}}), la secrétaire d'accueil lit la carte Vitale d'un docker : NIR « [[NIR:1.90.02.76.351.088.71]] ». M. [[PERSONNE:Lecoq]], {{34 ans}}. Main écrasée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h}}. Je rentre. Dernier chiffre noté : {{31 patients}} encore présents.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Reims}}. Une dame appelle pour savoir si son mari est là : M. [[PERSONNE:Ferreira]], né le [[DATE_NAISSANCE:17 janvier 1965]]. L'agent vérifie : oui, box {{9}}. Elle habite loin, à {{Fismes}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Téléphone : un fils qui cherche sa mère, Mme [[PERSONNE:Ouali Fatima]]. L'agent demande la date de naissance pour vérifier : « [[DATE_NAISSANCE:1950]]... le [[DATE_NAISSANCE:12 mars 1950]] ». Oui elle est en {{UHCD}}, chambre {{4}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{40 appels}} au standard entre {{20h}} et minuit, dit l'agent, la moitié « est-ce que ça attend longtemps ? ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un EHPAD ({{EHPAD Les Tilleuls}}, {{Nancy}}) : un résident transféré, M. [[PERSONNE:Stoltz]], ils veulent des nouvelles. Infirmière au tel : Mme [[PERSONNE:Gérardin]], ligne directe [[TELEPHONE:03 83 44 12 09]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{15}} appelle pour annoncer l'arrivée d'un SMUR. Le standard prévient le déchocage. {{3 min}} plus tard l'ambulance est là.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un assureur ({{AXA}}) qui veut le compte rendu d'un patient : refus poli de l'agente [[PERSONNE:Sonia]], secret médical. Le patient c'est M. [[PERSONNE:Jacquot]], sinistre n° [[IDENTIFIANT:SIN-5588210]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mère appelle, son fils [[PERSONNE:Rayan]] ({{15 ans}}) a été amené par le {{SAMU}} après une bagarre à {{Vandœuvre-lès-Nancy}}. Elle donne son mail pour les papiers : [[EMAIL:samira.belhadj54@hotmail.fr]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel pour un patient sorti, facture hospitalière n° [[IDENTIFIANT:FH-2024-0993174]] non payée. L'agente renvoie vers le bureau des entrées, poste {{4512}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Pas d'appel pendant {{10 min}}. L'agent ([[PERSONNE:Cédric]]) en profite pour manger un sandwich {{Daunat}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un gendarme de {{Vitry-le-François}} appelle pour un accident : véhicule impliqué immatriculé « [[IMMATRICULATION:AP, 6-6-1, KL]] », conducteur [[PERSONNE:Gaëtan Perrin]], {{27 ans}}. Il demande si le patient est arrivé.",
    ),
]

NOTES_FRANCE_TRAVAIL = [
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Metz Borny}}, {{8h30}}. Première inscription : M. [[PERSONNE:Benali Youssef]], {{38 ans}}, ex-cariste chez {{Amazon}} ({{Augny}}). Identifiant créé : [[ID_FRANCE_TRAVAIL:4418270K]]. Conseillère [[PERSONNE:Aurélie]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Zone d'accueil : {{8 ordinateurs}} en libre-service, {{2}} en panne. Un jeune en service civique aide les gens à se connecter, il retrouve l'identifiant d'un monsieur : [[ID_FRANCE_TRAVAIL:5012 338 J]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame ne retrouve pas son identifiant. Elle l'avait noté sur un bout de papier : « [[ID_FRANCE_TRAVAIL:0932 115 S]] ». Le conseiller l'aide à réinitialiser le mot de passe. Mail : [[EMAIL:mireille.gauthier10@sfr.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "ARE pas versée ce mois. M. [[PERSONNE:Da Silva]] a changé de banque, nouveau RIB : [[IBAN:FR76 3000 3023 6000 0508 7123 438]]. La conseillère [[PERSONNE:Hélène Muller]] le saisit, {{48h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « {{Objectif emploi}} », {{12 inscrits}}, {{7}} présents. L'animatrice projette un exemple de lettre signée « [[PERSONNE:Marie Martin]] ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien de suivi : [[PERSONNE:Kevin]], {{24 ans}}, {{CACES}} en poche, cherche en intérim. ID [[ID_FRANCE_TRAVAIL:2591604W]]. Il a une voiture mais pas assurée. Sa plaque, je l'ai vue sur le formulaire d'aide à la mobilité : [[IMMATRICULATION:CN-605-BZ]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller m'explique le {{CEJ}} : {{15 à 20 h}} par semaine d'accompagnement, allocation jusqu'à {{528 €}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Nancy}}, agence {{Nancy Kennedy}}. Mme [[PERSONNE:Zimmermann]] vient avec son fils [[PERSONNE:Hugo]] ({{17 ans}}, né le [[DATE_NAISSANCE:03/02/2007]]) pour le {{CEJ}}. Trop jeune ? Non, dès {{16 ans}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un ancien militaire, [[PERSONNE:Franck Lapierre]] (il fait la blague « {{pierre}} qui roule »). Identifiant : [[ID_FRANCE_TRAVAIL:5520 316 B]]. NIR demandé pour le dossier de formation : [[NIR:1 81 09 08 105 017 17]], né à {{Charleville}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{11h20}}. Il y a la queue jusque dehors, {{17 personnes}}. L'agent d'accueil fait du tri : « inscription ? actualisation ? courrier ? ». Un monsieur lui tend un papier avec son identifiant : [[ID_FRANCE_TRAVAIL:4729 013 G]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Diallo Kadiatou]], {{Le Havre}} {{Caucriauville}}, demande d'aide à la garde d'enfants ({{AGEPI}}) : enfants [[PERSONNE:Moussa]] né le [[DATE_NAISSANCE:19/09/2019]] et [[PERSONNE:Aminata]] née le [[DATE_NAISSANCE:30/11/2021]]. Son num alloc Caf : [[N_ALLOCATAIRE:7012458]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Tout le monde parle de la réforme : inscription automatique des allocataires du {{RSA}} depuis {{janvier}}. {{+30 %}} de demandeurs à l'agence, disent-ils.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien : monsieur portugais arrivé en France en {{1988}}, [[PERSONNE:José Fernandes]], né le [[DATE_NAISSANCE:21 juin 1969]] à {{Braga}}. NIR [[NIR:169069913900797]]. Il veut faire valoir ses droits retraite, le conseiller le renvoie vers la {{Carsat Nord-Est}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente : affiche {{Salon de l'emploi}} au {{Parc des Expositions}} de {{Metz}} le {{14 mai}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme qui refuse de donner son téléphone perso, elle donne celui de sa sœur [[PERSONNE:Inaya]] : [[TELEPHONE:06 42 51 98 70]]. La conseillère dit que c'est pas l'idéal.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mr [[PERSONNE:Nowak Piotr]], soudeur, chauffeur aussi. Il a un permis polonais et sa camionnette est encore en plaques polonaises : [[IMMATRICULATION:WGM 5821K]]. Identifiant FT : [[ID_FRANCE_TRAVAIL:3377192L]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Caen}}, agence {{Caen Nord}}. La conseillère ([[PERSONNE:Morgane Le Bihan]]) reçoit {{8 personnes}} ce matin, {{30 min}} chacune, pas plus.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Femme de {{52 ans}}, licenciée de {{Renault Sandouville}}. Elle dicte son adresse pour la mettre à jour : [[ADRESSE:118 rue de Verdun, 76620 Le Havre]]. Le conseiller [[PERSONNE:Stéphane]] lui propose une formation {{CAP petite enfance}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« Vous êtes né en quelle année ? » — « [[DATE_NAISSANCE:soixante-cinq]] » — « donc {{59 ans}}, vous pouvez… ». Monsieur [[PERSONNE:Lallemand]], {{Reims}}, NIR [[NIR:1 65 01 51 454 301 10]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rien à noter : actualisation sur borne, {{2 min}}, merci au revoir.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RSA + FT : la conseillère fait le lien avec la Caf. N° allocataire [[N_ALLOCATAIRE:2290 571]], ID FT [[ID_FRANCE_TRAVAIL:6610 042 H]]. M. [[PERSONNE:Abdelkader Rahmani]], {{Évreux}}, {{Nétreville}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une demandeuse d'emploi créatrice d'entreprise (couture) donne son compte {{Instagram}} pour montrer son travail : [[IDENTIFIANT:@lescreasdeniss]]. Elle s'appelle [[PERSONNE:Denise Grondin]], vient de {{La Réunion}}. Son IBAN pro pour l'{{ARCE}} : [[IBAN:FR7611315000010800123456714]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Troyes}}, agence {{Troyes Jean Jaurès}}. {{13h30}} ouverture. Les gens attendaient dehors depuis {{13h}}, il pleut. Le premier, trempé, annonce direct son ID : « [[ID_FRANCE_TRAVAIL:1605227V]] ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller ouvre le dossier de Mme [[PERSONNE:Sanchez]] : identifiant [[ID_FRANCE_TRAVAIL:2204817m]] (elle l'écrit avec un m minuscule). Elle veut une formation cariste à l'{{AFPA}} de {{Rouen}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "CONSEILLER = [[PERSONNE:Julien]]. DE = [[PERSONNE:Chantal Mercier]], {{61 ans}}. Elle : « à mon âge qui va m'embaucher ». Lui : « on va regarder le {{CDI senior}} ». Silence.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien d'une jeune de {{Saint-Dié-des-Vosges}}, [[PERSONNE:Chaïma]], née en [[DATE_NAISSANCE:2004]]. Elle a déjà un numéro FT : [[ID_FRANCE_TRAVAIL:7781 504 R]]. Sa mère l'attend dans une {{Twingo}} ([[IMMATRICULATION:AF 092 QZ]]).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Statistique affichée dans le bureau du directeur : taux de retour à l'emploi à {{6 mois}} : {{41 %}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Santoni]], corse installé à {{Épinal}} (« pour l'amour », dit-il). Sa carte vitale : [[NIR:1 58 07 2A 004 033 46]]. {{66 ans}}, il demande pourquoi on lui parle encore d'emploi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une femme remet un CV papier, en haut : « [[PERSONNE:Amira Haddad]] – [[ADRESSE:5 rue Paul Doumer, 27000 Évreux]] – [[TELEPHONE:0769348115]] – [[EMAIL:amira.h27@gmail.com]] ». Le conseiller dit que c'est bien de mettre la ville seulement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "L'agence ferme à {{12h30}} le vendredi. {{3}} personnes refoulées à {{12h35}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Plateau de {{Rouen}}. Conseiller [[PERSONNE:Nicolas]]. Premier appelant : « mon identifiant c'est [[ID_FRANCE_TRAVAIL:un deux trois quatre, cinq six sept, X]] ». [[PERSONNE:Nicolas]] rigole pas, c'est le vrai (ça arrive !).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : radiation pour absence à un rdv. La dame, Mme [[PERSONNE:Hamidou]], dit qu'elle n'a jamais reçu la convocation. Courrier envoyé au [[ADRESSE:12 allée des Peupliers, 51100 Reims]] — elle a déménagé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le temps d'attente moyen au {{3949}} ce matin : {{12 min}}. Le conseiller ([[PERSONNE:Nicolas]]) prend {{28 appels}} le matin.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un intérimaire d'{{Adecco}} appelle pour savoir pourquoi son ARE est réduite : {{14 jours}} travaillés en {{avril}}. ID : [[ID_FRANCE_TRAVAIL:8042335N]], [[PERSONNE:Mickaël Lejeune]], {{Le Havre}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une entreprise, {{Boulangerie Lemaire}} à {{Bayeux}}, pour une offre : n° d'offre {{178QWTL}}. Le patron, M. [[PERSONNE:Lemaire]], veut qu'on lui envoie des CV.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame très polie veut modifier ses coordonnées bancaires, elle dicte : « [[IBAN:F-R-7-6, 1-3-3-3, 5-0-0-3, 0-1-0-8, 7-6-5-4, 3-2-1-9, 0-3-1]] ». {{4 minutes}}. Le conseiller lui conseille de le faire sur l'appli.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sans suite : « je voulais juste savoir si vous étiez ouverts demain ». Oui de {{8h30}} à {{16h30}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Jeune femme de {{Cherbourg}} qui perd sa connexion {{3 fois}}. À la 4e, elle donne son ID : [[ID_FRANCE_TRAVAIL:9011 276 D]] et son NIR pour vérif : [[NIR:2 02 03 50 173 044 56]]… non attendez, le NIR n'est pas demandé, le conseiller l'arrête.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une conseillère {{Mission Locale}} de {{Lisieux}} pour un jeune qu'elles suivent en commun : [[PERSONNE:Killian Hamel]], {{20 ans}}. Mail de la ML : {{contact@missionlocale-lisieux.fr}} (générique, pas perso).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dialogue entendu :\n— Votre date de naissance ?\n— [[DATE_NAISSANCE:Vingt-trois février quatre-vingt-huit]].\n— Et votre code postal ?\n— {{67000}}, mais je suis à {{Reims}} maintenant.\nLe conseiller retrouve Mme [[PERSONNE:Schneider]], NIR [[NIR:288026748254054]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller me montre l'outil de « mise en relation ». {{1 200 offres}} dans le bassin de {{Caen}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel d'une jeune maman qui veut reporter son rdv : sa fille [[PERSONNE:Louna]] née le [[DATE_NAISSANCE:4 mars 2024]] est malade. Identifiant [[ID_FRANCE_TRAVAIL:3056 821 P]]. Nouveau rdv {{jeudi 10h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Homme qui veut un justificatif d'inscription par mail : [[EMAIL:t-o-n-y point b-e-c-k-e-r arobase yahoo point fr]] (il épelle tout). [[PERSONNE:Tony Becker]], {{Sarreguemines}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{10h45}}, brief d'équipe de {{5 min}} debout. La manager, Mme [[PERSONNE:Ba]], annonce {{2}} absents.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une jeune femme appelle pour l'aide au permis : {{1 200 €}}. Elle a trouvé une voiture d'occasion sur {{Leboncoin}}, plaque dans l'annonce [[IMMATRICULATION:DA 771 KE]]. Elle s'appelle [[PERSONNE:Clara Vasseur]], ID [[ID_FRANCE_TRAVAIL:6273 019 T]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un cadre licencié de {{Nestlé}}, {{Vittel}}. Il veut contester son délai de carence, {{147 jours}}. Sa femme [[PERSONNE:Caroline]] parle derrière.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "IBAN dicté par un monsieur, qui a du mal : « [[IBAN:FR76 1820 6002 1065 0128 7341 291]] ». Le conseiller répète en groupes de {{4}}. Le monsieur, c'est M. [[PERSONNE:Mendy]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel muet. Puis une musique. Raccroché à {{11h12}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller rappelle une demandeuse, numéro à l'écran [[TELEPHONE:+33 6 27 81 55 04]]. Elle décroche : « oui c'est [[PERSONNE:Anaïs]] ». Proposition d'un job d'été au {{Parc de Sainte-Croix}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une frontalière de {{Forbach}} qui travaille en Allemagne, veut s'inscrire. Son tel allemand : [[TELEPHONE:+49 1512 3348776]], ID à créer. Elle s'appelle [[PERSONNE:Jessica Lang]], née le [[DATE_NAISSANCE:12/12/1990]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame appelle pour son allocation : versée sur l'IBAN [[IBAN:FR76 3006 6109 4900 0201 1880 349]] alors qu'elle a fermé ce compte. Mme [[PERSONNE:Roux-Lacombe]], identifiant [[ID_FRANCE_TRAVAIL:1188450F]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{16h}}. Fin de la plage téléphonique. Le conseiller enchaîne sur {{2 h}} de traitement de mails.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mail reçu pendant la plage : un demandeur écrit depuis [[EMAIL:mohamed.traore.1996@outlook.fr]] pour demander une attestation employeur. Il signe « [[PERSONNE:Mohamed T.]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dernier appel noté : M. [[PERSONNE:Thiébaut]], {{Saint-Dizier}}, identifiant [[ID_FRANCE_TRAVAIL:7340 981 E]], veut changer son mail pour [[EMAIL:g.thiebaut52 [at] orange [point] fr]]. Il a {{58 ans}}, {{32 ans}} chez le même employeur ({{Ferry Capitain}}), licencié en {{mars}}.",
    ),
]

NOTES = NOTES_CAF + NOTES_CAF_CSP + NOTES_CPAM + NOTES_CCAS + NOTES_CHRS + NOTES_URGENCES
NOTES += NOTES_FRANCE_TRAVAIL

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks; return (text, entities, keep) with Python offsets, end exclusive."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
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
    """Split on ids and cells only: per cell (sorted), shuffle and halve; leftovers pooled."""
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


def write(path, notes):
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
