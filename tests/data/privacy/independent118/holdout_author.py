"""Independent evaluation corpus n° 118: 240 hand-written observation notes (Occitanie week).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind118-001`` to
``ind118-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells (site kind x channel) only, with ``random.Random(118)``. Running this file writes
``dev.jsonl`` and ``holdout.jsonl`` next to it (standard library only, deterministic);
``python holdout_author.py --stats`` also prints the counts used in the README.
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind118"
SEED = 118

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
SITE_KINDS = {"caf", "cpam", "ccas", "urgences", "chrs", "france_travail"}
CHANNELS = {"accueil_physique", "accueil_telephonique", "controle_sur_place"}

# Notes 001-034: first edit.
BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "Lundi {{8h25}}, {{Caf}} de {{Lille}}, déjà {{23 personnes}} devant la grille. Ticket {{A047}} : Mme [[PERSONNE:Castanier]], vient pour la {{prime d'activité}} qui a sauté depuis {{mars}}. L'agent ([[PERSONNE:Yannick]]) regarde son écran : déclaration trimestrielle pas faite. {{4 min}} au guichet, elle repart avec la notice imprimée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute plateforme {{3230}}. Un monsieur de {{Colomiers}}, num alloc [[N_ALLOCATAIRE:2417853]], puis date de naissance pour vérif : « [[DATE_NAISSANCE:14 février 84]] ». L'agente [[PERSONNE:Sandrine]] valide. Il veut savoir pourquoi l'{{APL}} a baissé de {{38 €}}. Explication : ressources de {{2023}}, rien à faire. Il raccroche sec. Durée {{7 min 40}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Thierry Bousquet]], contrôleur {{Caf}} du {{Tarn}} depuis {{22 ans}}. On va chez Mme [[PERSONNE:Nadia Benyoucef]], [[ADRESSE:14 impasse des Tilleuls, 81000 Albi]], déclarée seule avec {{2 enfants}}. Sur la boîte aux lettres : [[PERSONNE:BENYOUCEF]] / [[PERSONNE:GARRIGUES]]. Dans la cour une {{Clio}} grise [[IMMATRICULATION:FZ-382-QD]]. [[PERSONNE:Thierry]] pose ses questions doucement, elle dit que c'est son frère qui passe « de temps en temps ». Il remplit la trame sur sa tablette, {{55 min}} en tout.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Grenoble}}, rdv {{10h30}}. Jeune homme, {{25 ans}}, né à {{Carcassonne}}, a perdu sa {{carte Vitale}} dans le {{tram}}. Il lit son numéro de sécu sur son téléphone, l'agent tape en même temps : [[NIR:1 99 07 11 069 102 17]]. Déclaration de perte faite sur son compte {{ameli}} devant lui, nouvelle carte d'ici {{3 semaines}}. Il demande s'il peut aller chez le médecin en attendant : oui, avec l'attestation de droits imprimée. Agent très pédago.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Roubaix}}, {{9h}}. L'{{épicerie sociale}} est fermée le {{lundi}} mais les gens viennent quand même : j'en compte {{6}} en {{20 min}} qui repartent. Une dame : « personne nous a prévenus ». L'affiche est scotchée de travers sur la porte, écrite en tout petit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Gard}}, soirée. {{21h12}} : un homme qui dit s'appeler [[PERSONNE:Kévin]], à la {{gare}} de {{Nîmes}} avec son chien {{Rocky}}. Pas de place avec chien ce soir. L'écoutante, [[PERSONNE:Leïla]], lui propose la {{halte de nuit}} sans le chien, il refuse. Elle saisit dans le logiciel, réf {{SIAO}} [[IDENTIFIANT:SI30-24-08817]]. Rappel convenu demain {{9h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'hôpital {{Pellegrin}}, {{Bordeaux}}, poste {{IOA}}. {{14h05}} arrive Mme [[PERSONNE:Jeanine Soulié]], {{81 ans}}, amenée par les {{pompiers}} de {{Mérignac}} après une chute dans sa cuisine. Sa fille au tel donne le nom du médecin traitant, Dr [[PERSONNE:Mercadier]]. Bracelet posé : IPP [[IDENTIFIANT:P31045872]]. Cotée {{tri 3}}, attente annoncée {{4 à 5 h}}. La dame s'inquiète surtout pour son chat {{Minou}} 😿",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Albi}}, inscription. M. [[PERSONNE:Cabrol]], {{54 ans}}, licencié d'une boîte de transport de {{Gaillac}}. La conseillère lui donne son identifiant : [[ID_FRANCE_TRAVAIL:5821647T]], sur un {{post-it}}. Il n'a pas de mail, elle lui en crée un avec lui : [[EMAIL:bernard.cabrol81@gmail.com]]. Lui : « j'avais jamais eu besoin de tout ça ». {{40 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, site de {{Nîmes}}. Dame qui attend ses {{indemnités journalières}}, arrêt depuis le {{2 avril}}. La conseillère, Mme [[PERSONNE:Ortega]], demande le NIR, elle le dicte par paquets : [[NIR:2 64 09 30 189 412 07]]. Vérif date de naissance : [[DATE_NAISSANCE:12/09/1964]]. Blocage : l'attestation de salaire de l'employeur n'est jamais arrivée. Mme [[PERSONNE:Ortega]] fait une relance employeur et lui dit de rappeler dans {{10 jours}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Perpignan}}, entretien d'admission. [[PERSONNE:Aïssatou Camara]], {{29 ans}}, orientée par le {{115}} hier soir, avec sa fille [[PERSONNE:Mariam]] ({{4 ans}}). Le travailleur social, [[PERSONNE:Jordi]], remplit la fiche : titre de séjour n° [[IDENTIFIANT:6601847329]], valable jusqu'en {{mars 2026}}. {{Chambre 14}}, au premier. Elle demande pour l'école de la petite, [[PERSONNE:Jordi]] appelle la {{mairie}} devant nous.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne numérique à l'entrée : {{3 postes}}, dont un en panne (écran noir). Le jeune en {{service civique}} court de l'un à l'autre. La file déborde sur le trottoir, il pleut. {{11h40}} : encore {{17 personnes}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{hôpital de Rodez}}. Un monsieur veut des nouvelles de sa mère, Mme [[PERSONNE:Alibert]], arrivée dans la nuit. La secrétaire, [[PERSONNE:Christelle]], demande d'abord la date de naissance de la patiente : « le [[DATE_NAISSANCE:3 janvier 1939]] ». Ok → elle est en {{box 6}}, attend toujours le {{scanner}}. Il rappellera à {{17h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appels {{canicule}}, {{CCAS}} de {{Marseille}} : {{212 personnes}} sur le {{registre}}. L'agent appelle Mme [[PERSONNE:Pujol]] au [[TELEPHONE:04 91 52 18 93]] : ça sonne dans le vide. 2e essai {{10 min}} après, elle décroche, volets fermés, elle boit, tout va bien. M. [[PERSONNE:Ngo]] : c'est le fils qui répond sur le portable [[TELEPHONE:06 71 40 28 65]], son père est chez lui à {{Aubagne}}. Une fiche par appel, à la main.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle des sorties avec l'agente enquêtrice de la {{Cpam}} du {{Tarn}}. Assuré en arrêt, M. [[PERSONNE:Jean-Louis Fabre]], [[ADRESSE:7 rue de la Verrerie, 81400 Carmaux]]. Heures de sortie autorisées {{9h-11h}} / {{14h-16h}}, on sonne à {{15h20}}. Personne. Le voisin : « il est au jardin ». Avis de passage dans la boîte, il a {{48 h}} pour se manifester. L'agente ([[PERSONNE:Valérie]]) me dit que {{1 fois sur 3}} c'est un rdv médical.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile, logement diffus du {{CHRS}} à {{Tarbes}}, quartier {{Laubadère}}. Famille [[PERSONNE:Gashi]] : M. [[PERSONNE:Arben Gashi]], sa femme [[PERSONNE:Liridona]] et {{3 enfants}}, [[ADRESSE:3 rue du Pic-du-Midi, appt 22]]. Chauffe-eau en panne depuis {{10 jours}}, la référente ([[PERSONNE:Hélène]]) prend des photos pour le bailleur. Les enfants nous font visiter leur chambre, fierté du poster de {{Mbappé}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, conseiller de {{Rouen}}. Jeune femme radiée pour absence au rdv du {{12}}. Elle épelle son identifiant : « [[ID_FRANCE_TRAVAIL:4318275M]] ». Elle avait envoyé un mail pour prévenir (enfant malade) mais sur la mauvaise adresse. Le conseiller ([[PERSONNE:Mathieu]]) lance une réinscription rétroactive, {{15 min}}. Elle pleure un peu au téléphone.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Temps d'attente affiché sur le bandeau : {{12 min}}. Réel : {{26 min}} pour le premier appel. Les trois premiers appels de la matinée = des mots de passe perdus sur l'appli. L'agent dit que c'est {{40 %}} des appels le {{lundi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Nîmes}}, urgences de {{Carémeau}}, {{22h}}. Salle d'attente pleine, {{31}} noms sur l'écran. Un père arrive avec son fils [[PERSONNE:Yanis]], {{7 ans}}, bras tordu après une chute de trottinette. L'agent d'admission demande la {{carte vitale}}, le père ne l'a pas → il dicte son NIR : [[NIR:1 90 12 30 189 207 06]]. « C'est le vôtre ? — oui le petit est sur ma carte ». Admission en {{3 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation à domicile pour une demande d'aide ménagère, village de {{Marcillac-Vallon}}. Mme [[PERSONNE:Marie-Thérèse Delpech]], {{88 ans}}, [[ADRESSE:lieu-dit La Combe, 12330 Marcillac-Vallon]]. L'assistante sociale du {{CCAS}}, [[PERSONNE:Océane]], fait le tour de la maison : escalier raide, pas de rampe, salle de bain à l'étage. La dame nous sert du {{café}} et des {{croquants}}. Son fils [[PERSONNE:Gérard]] appelle pendant la visite.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au {{115}} de l'{{Hérault}}. {{23h48}}, une femme chuchote qu'elle est dans sa voiture sur le parking du {{Carrefour}} de {{Lattes}} avec ses {{2 enfants}}. Elle refuse de donner son nom, puis finit par dire « [[PERSONNE:Samira]] ». Plaque de la voiture demandée pour la maraude : [[IMMATRICULATION:EK 519 NB]]. L'écoutant, [[PERSONNE:Fabien]], déclenche l'{{équipe mobile}}. Fin d'appel {{0h05}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Perpignan}}. Une dame âgée demande une attestation pour sa {{mutuelle}}. Elle parle catalan et très peu français, l'agent ([[PERSONNE:Núria]]) lui répond en catalan 👍. Mutuelle {{Harmonie}} n° [[IDENTIFIANT:MH 4471 2093]]. {{5 min}}, la dame lui fait la bise.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif à {{France Travail}} {{Rodez}}, {{8 participants}}. Le conseiller projette un CV modèle, pas de nom dessus, juste « {{Prénom NOM}} » en haut. Trois participants n'ont pas d'ordinateur chez eux. Questions surtout sur la photo (oui/non ?) et sur les trous dans le parcours.",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e contrôle de la journée, {{Perpignan}} quartier {{Saint-Jacques}}. Famille [[PERSONNE:Reyes]], {{6 enfants}} déclarés. Le contrôleur ([[PERSONNE:Didier Sanchez]]) vérifie les certificats de scolarité un par un : [[PERSONNE:Manuel]], [[PERSONNE:Esperanza]], [[PERSONNE:Tony]], [[PERSONNE:Lola]], [[PERSONNE:Jessica]], et le petit [[PERSONNE:Kiko]] pas encore scolarisé. Tout est là. N° allocataire [[N_ALLOCATAIRE:6603918]]. La grand-mère ne nous laisse pas partir sans qu'on boive un {{Coca}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Lyon}}, {{Édouard-Herriot}}, {{9h50}}. Homme d'environ {{40 ans}}, sans papiers sur lui, arrivé en ambulance après un malaise sur un chantier à {{Villeurbanne}}. Il donne juste son prénom, [[PERSONNE:Florin]], et le nom du chef de chantier, [[PERSONNE:Dumitru]]. L'admission le crée en identité provisoire : IPP [[IDENTIFIANT:34X0091245]]. La secrétaire dit que c'est {{3 ou 4}} par jour comme ça.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause {{café}} avec les conseillers du {{3646}}. Objectif de durée moyenne : moins de {{5 min}} par appel. Une conseillère dit que les appels sur la {{C2S}} c'est toujours plus long, « les gens ont peur de perdre leur {{mutuelle}} ». Compteur d'appels en attente en haut de l'écran : {{47}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{14h}}, {{Caf}} de {{Tarbes}}. Mr [[PERSONNE:Da Silva]] apporte son {{RIB}} pour changer de compte, l'agent le scanne et relit à voix haute : [[IBAN:FR76 1690 6000 4587 4520 1369 972]]. Compte au {{Crédit Agricole}}, l'ancien à la {{Banque Postale}} est fermé. L'agent prévient : le prochain versement peut encore partir sur l'ancien. Il s'en va en disant « obrigado ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour rattaché au {{CHRS}}, {{Montpellier}}, {{7h30}}. Douches, café, consigne. [[PERSONNE:Mehdi]] (« [[PERSONNE:Dédé]] » pour tout le monde, je sais pas pourquoi) récupère son courrier : il est domicilié ici. Trois lettres dont une de la {{Caf}}. [[PERSONNE:Fatou]], la bénévole, lui lit la lettre à voix basse.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant d'une conseillère de {{Limoges}} : M. [[PERSONNE:Oukacha]], {{59 ans}}, ne vient plus aux rdv. Elle compose le [[TELEPHONE:07 82 19 46 30]]. Répondeur, message laissé. Puis le fixe [[TELEPHONE:05 55 20 47 81]] : c'est sa femme, il est hospitalisé depuis {{3 semaines}}. La conseillère met le dossier en suspens et note tout.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} de {{Metz}}. Un homme, [[PERSONNE:Wojciech]], polonais, veut une attestation d'élection de domicile pour ouvrir un compte à la {{Banque Postale}}. Il épelle son nom : [[PERSONNE:K-O-W-A-L-S-K-I]]. L'agent s'y reprend à {{3 fois}}, on rigole tous. Carte d'identité polonaise n° [[IDENTIFIANT:CAX481207]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Perpignan}} : une femme cherche son mari, [[PERSONNE:Josep Ribas]], « parti en ambulance de {{Céret}} ce matin ». L'agent demande la date de naissance : « le [[DATE_NAISSANCE:vingt-deux mai cinquante-six]] ». Il est bien là, en {{UHCD}}. L'agent n'en dit pas plus au tel, elle peut venir, {{visites}} de {{13h}} à {{20h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel sortant : l'agent rappelle Mme [[PERSONNE:Lucie Marquès]] qui a laissé un message sur l'appli. Num alloc [[N_ALLOCATAIRE:3108462]]. Elle a changé de banque, veut savoir si c'est pris en compte. L'agent voit l'ancien {{IBAN}} à l'écran (il ne lit que la fin, pas tout). Pas encore modifié → elle doit le faire dans {{Mon Compte}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{Necker}}, {{18h}}. {{Bronchiolites}} partout, {{11 enfants}} en attente. Une maman me demande si je suis médecin (non). Borne de pré-accueil en panne, l'agent d'accueil fait tout à la main avec un {{Bic}} quatre couleurs.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Nîmes}} {{Pissevin}}. [[PERSONNE:Hamza Belkacem]], {{24 ans}}, vient pour son {{CEJ}}. La conseillère, [[PERSONNE:Caroline]], met à jour son dossier : ID [[ID_FRANCE_TRAVAIL:6027419B]], né le [[DATE_NAISSANCE:8 juin 2001]]. Il veut passer le permis, elle lui parle de l'{{aide au permis}}. Il a une offre chez {{Amazon}} à {{Garons}}, mais pas de voiture.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Accueil tél {{CCAS}} {{Albi}}. Un monsieur appelle pour sa voisine qui « ne répond plus depuis {{2 jours}} ». L'agent prend les infos : Mme [[PERSONNE:Rouquette]], [[ADRESSE:22 rue de la Madeleine]]. Il laisse son numéro à lui : [[TELEPHONE:06 14 83 52 07]]. L'agent appelle la {{police municipale}} direct. Rappel {{20 min}} après : elle était chez sa fille à {{Castres}}.",
    ),
]

# Notes 035-068: second edit.
BATCH_2 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Lyon}}, l'accueil sans rdv est fermé depuis {{2022}}, tout passe par rdv. Une femme vient quand même, Mme [[PERSONNE:Cristina Popescu]], avec une lettre de trop-perçu de {{1 240 €}}. L'agent, [[PERSONNE:Karim]], la prend {{5 min}} entre deux rdv : n° allocataire [[N_ALLOCATAIRE:0892741]], échéancier possible à {{50 €/mois}}. Elle signe sur la tablette, soulagée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Clermont-Ferrand}}. Couple de retraités pour la {{C2S}}. Monsieur donne son numéro de sécu : [[NIR:1 47 03 12 202 077 61]], né à {{Rodez}} « en [[DATE_NAISSANCE:47]], comme le {{Tour de France}} d'après-guerre » (??). Madame n'a pas sa carte, elle donne sa date de naissance : [[DATE_NAISSANCE:30.04.1950]]. M. et Mme [[PERSONNE:Vernhes]], {{1 380 €}} de retraite à deux → C2S avec participation, {{30 €}} par mois chacun. Ils hésitent.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Denis}}, aide aux factures d'énergie. Mme [[PERSONNE:Halima Zeroual]] montre sa facture : réf. client {{EDF}} [[IDENTIFIANT:6012 847 391]], {{412 €}} d'impayé. L'instructrice monte un dossier {{FSL}} énergie. Elle demande aussi des bons alimentaires : {{2 colis}} accordés, à retirer {{jeudi}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Haute-Garonne}}, {{19h30}}, {{64 appels}} en attente ?! L'écoutante [[PERSONNE:Maëlle]] prend un monsieur déjà connu, [[PERSONNE:Ibrahima Sow]] : il dort sous le {{Pont-Neuf}} depuis {{2 semaines}}. Elle regarde dans le {{SI-SIAO}}, aucune place. Elle lui dit de rappeler vers {{22h}}, « des fois ça se libère ». Lui : « je rappelle toujours, madame ». Appel suivant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'hôpital de {{Tarbes}}. Un randonneur espagnol, [[PERSONNE:Álvaro Giménez]], entorse en descendant du {{Pic du Midi}}. Pas de carte vitale, il tend sa carte européenne et son DNI : [[IDENTIFIANT:48392017V]]. L'agente d'admission ([[PERSONNE:Sandra]]) parle espagnol « un poquito », ils se débrouillent avec {{Google Traduction}}. {{12 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère [[PERSONNE:Sophie Lemaire]], portefeuille de {{180}} demandeurs. Rdv de M. [[PERSONNE:Tran]], {{46 ans}}, ancien cuisinier. Elle ouvre son dossier : [[ID_FRANCE_TRAVAIL:3390718K]]. Elle lui propose une {{POEI}} en restauration collective. Il veut un CDI, pas une formation. Échange un peu tendu. Elle me dit après : « il a raison, hein ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} au {{Guilvinec}}. Allocataire : M. [[PERSONNE:Grégory Laffont]], {{RSA}} + {{APL}}, déclare vivre seul, [[ADRESSE:5 rue de la Marine, 29730 Le Guilvinec]]. Pas de réponse à l'interphone. La contrôleuse, [[PERSONNE:Agnès]], appelle le portable du dossier : [[TELEPHONE:06 48 27 93 10]]. Il descend, on parle dans le hall. Saisonnier sur un chalutier, revenus pas déclarés sur {{3 mois}}. Elle explique le rappel. Lui : « je savais pas qu'il fallait ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un monsieur de {{Lunel}} appelle pour un remboursement de lunettes. Il donne son NIR d'une traite, la conseillère ([[PERSONNE:Agathe]]) le répète : [[NIR:175109913901256]]. Né au {{Portugal}}, arrivé en {{1998}}. Sa complémentaire n'a jamais reçu le flux {{Noémie}}, d'où le blocage. [[PERSONNE:Agathe]] relance la télétransmission, {{8 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage à l'{{hôtel Première Classe}} où le {{SIAO}} loge {{14 familles}}, {{Montpellier}}, près de l'{{A9}}. Famille [[PERSONNE:Kovalenko]], {{chambre 108}}. Mme [[PERSONNE:Oksana Kovalenko]] montre le micro-ondes du couloir, seul moyen de cuisiner. Le travailleur social, [[PERSONNE:Romain]], note : couches, lait 2e âge, un vélo pour l'aîné [[PERSONNE:Dmytro]] qui fait {{4 km}} à pied pour le collège.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences, {{CHU}} de {{Nantes}}. Une fille appelle pour son père, M. [[PERSONNE:Haddad]], « là depuis hier, personne nous dit rien ». La secrétaire trouve le dossier et relit la date affichée : « [[DATE_NAISSANCE:1952-11-04]], c'est bien ça ? » Oui. Il est monté en cardio à {{3h}} du matin. Elle donne le numéro du service, poste {{42107}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Écoute au {{3949}} : sur {{12 appels}} en une heure, {{5}} pour l'actualisation, {{3}} pour un paiement en retard. Le conseiller tape vite, casque sur une oreille. Musique d'attente = {{Vivaldi}} en boucle, il dit qu'il l'entend dans ses rêves 😅",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Rodez}}, installation {{téléassistance}}. M. [[PERSONNE:Lucien Vayssettes]], {{91 ans}}, [[ADRESSE:9 avenue de Bourran, 12000 Rodez]]. Le médaillon, le boîtier, les contacts : sa nièce [[PERSONNE:Sylvie]] au [[TELEPHONE:06 32 71 08 59]], et le voisin, M. [[PERSONNE:Bru]], [[TELEPHONE:05 65 68 21 40]]. Test du bouton : ça marche, il rigole, « c'est comme à la télé ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Espace d'accueil, {{10h15}}. L'agent sort de son bureau et appelle le ticket {{B112}} à voix haute, personne. Puis {{B113}}, personne. Elle me dit : « ils partent, ils en ont marre d'attendre ». Attente moyenne affichée : {{45 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{AME}} avec un agent de la {{Cpam}} de l'{{Hérault}} : vérification de résidence à {{Béziers}}, [[ADRESSE:18 rue Solférino, 34500 Béziers]]. Le demandeur, M. [[PERSONNE:Abdoulaye Konaté]], est hébergé par un cousin, bail au nom du cousin, [[PERSONNE:Moussa Konaté]]. Passeport malien du demandeur : [[IDENTIFIANT:AA0471935]]. Attestation d'hébergement signée sur la table de la cuisine. {{25 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes, {{Rennes}}. Réunion d'équipe de {{9h}}, tour des {{23 résidentes}}. [[PERSONNE:Sabrina]] a une audience pour l'ordonnance de protection, RG [[IDENTIFIANT:24/03318]]. Mme [[PERSONNE:T.]] a décroché un CDD chez {{Lidl}}. [[PERSONNE:Priscilla]] (éducatrice) demande qui peut accompagner [[PERSONNE:Sabrina]] au tribunal, personne de dispo 😕",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Perpignan}}, je reste {{1h}} en salle d'attente. Un monsieur âgé, [[PERSONNE:Bartomeu]], parle catalan à sa femme. Un jeune tatoué se plaint du wifi. L'IDE appelle les noms toutes les {{20 min}} : « Madame [[PERSONNE:Roig]] ? » … « Monsieur [[PERSONNE:Benali]] ? » Personne ne répond pour [[PERSONNE:Benali]], elle recommence plus fort.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Mme [[PERSONNE:Ouardia Ait Ouarab]] ne reçoit plus les mails de la {{Caf}}. Num alloc [[N_ALLOCATAIRE:3421907]]. L'agent lit l'adresse au dossier : [[EMAIL:ouardia.aitouarab@hotmai.fr]] → il manque le l. Corrigée en [[EMAIL:ouardia.aitouarab@hotmail.fr]]. « Ça fait {{6 mois}} que j'attends vos mails ! »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Brest}}. L'agente d'accueil, [[PERSONNE:Nathalie]], aide un monsieur à s'actualiser à la borne : M. [[PERSONNE:Lalanne]], {{61 ans}}, lunettes oubliées. Elle lit l'écran à voix haute : « identifiant [[ID_FRANCE_TRAVAIL:2759184P]], mot de passe… » et là elle tourne l'écran vers lui. Joli réflexe.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Rodez}}, rdv renoncement aux soins. Mme [[PERSONNE:Chantal Bessière]] n'a plus vu de dentiste depuis {{2 ans}}, devis de {{2 800 €}}. La conseillère, [[PERSONNE:Laetitia]], monte un dossier d'aide financière et appelle la mutuelle ({{MGEN}}, n° adhérent [[IDENTIFIANT:204718836]]) pour connaître la prise en charge. Réponse : {{600 €}}. Reste beaucoup.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Perpignan}}, {{16h}}. L'assistante sociale de l'hôpital appelle pour une sortie sans solution : M. [[PERSONNE:Yilmaz]], {{67 ans}}, diabétique. Elle laisse sa ligne directe, [[TELEPHONE:04 68 61 73 29]]. L'écoutant, [[PERSONNE:Pau]], trouve une place en {{LHSS}} à {{Thuir}} pour lundi. Elle dit « vous êtes un ange ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Montpellier}}, {{guichet 3}}. Étudiante, [[PERSONNE:Inès Moreau]], première demande d'{{APL}} pour un studio {{Crous}}. Pas encore de num alloc, l'agent crée le compte : née le [[DATE_NAISSANCE:17/08/2004]], mail [[EMAIL:ines.moreau04@etu.umontpellier.fr]]. Il lui montre où téléverser le bail. Elle prend tout en photo avec son tel.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Albi}}, {{2h}} du matin, garde de nuit avec l'IOA. Un homme arrive seul en voiture, se gare devant l'entrée ambulances : {{Peugeot 208}} [[IMMATRICULATION:GA-705-XR]]. Le vigile veut qu'il la déplace. Il s'appelle [[PERSONNE:Jérémy Escudié]], douleur thoracique → passe direct en salle. La voiture reste là 😬",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Mulhouse}}, {{30 appels}} dans la matinée. Surtout : le {{colis de Noël}} des aînés (inscriptions jusqu'au {{15 novembre}}), le {{repas des anciens}}, les horaires de l'{{épicerie solidaire}}. L'agente répond sans regarder l'écran, elle connaît tout par cœur.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une conseillère de {{Nîmes}} appelle une candidate pour l'offre {{178KQPZ}} : [[PERSONNE:Mélissa Roux]], [[TELEPHONE:+33 6 45 17 82 03]]. Le {{Super U}} de {{Sommières}} veut la voir {{jeudi}}. Elle accepte tout de suite. Convocation envoyée sur [[EMAIL:melissa.roux30 [at] laposte.net]] (la conseillère l'écrit comme ça sur son carnet).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, une dame a reçu un SMS « votre {{carte Vitale}} expire » avec un lien. Elle a cliqué. Elle relit l'IBAN qu'elle a tapé sur le site pour savoir « si c'est grave » : [[IBAN:FR76 1313 5000 8008 1405 7926 325]]. La conseillère l'arrête : appelez la {{Caisse d'Épargne}} tout de suite, faites opposition, puis plainte. {{Phishing}} classique, {{10 appels}} comme ça par jour.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} d'{{Albi}} : une sortie vers le logement ! [[PERSONNE:Cédric]], {{38 ans}}, {{14 mois}} ici, signe son bail {{Tarn Habitat}} : [[ADRESSE:12 rue Paul-Bodin, bât C, 81000 Albi]], réf. locataire [[IDENTIFIANT:TH-0447182]]. L'éduc, [[PERSONNE:Marion]], lui a trouvé un frigo chez {{Emmaüs}}. Il offre des chouquettes à toute l'équipe.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Jardins d'Occitanie}} : la cadre de nuit annonce le transfert de Mme [[PERSONNE:Germaine Bonnafous]], née [[PERSONNE:Maurel]], {{94 ans}}, DDN [[DATE_NAISSANCE:11/10/1930]], chute + confusion. L'agente note sur un papier puis ressaisit dans le logiciel. Arrivée prévue {{23h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Nîmes}}, {{Valdegour}}. Pas de nom sur la boîte. Une ado ouvre, sa mère dort (elle travaille de nuit). On revient à {{14h}}. Mme [[PERSONNE:Oumou Traoré]] nous reçoit gentiment. Vérif des ressources sur les relevés : salaires {{ADMR}}, versements Caf sur [[IBAN:FR7620041010090412836402911]]. Tout colle, {{20 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Amiens}} : {{2 agents}} pour {{26 personnes}} sur rdv dans la matinée, plus les « sans rdv » que le vigile oriente vers les {{bornes}}. Ils ont des fiches plastifiées avec des pictos pour les gens qui ne lisent pas le français. Bonne idée, à reprendre ailleurs.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale du {{CCAS}} de {{Lunel}}. [[PERSONNE:Rachida]] (bénévole) pèse les {{tomates}}. Mme [[PERSONNE:Ferrand]] paye {{3,20 €}} un panier qui en vaut {{17}}. Droits ouverts jusqu'en {{juin}}. Affichée derrière le comptoir, la liste des bénéficiaires de la semaine, lisible par tout le monde : [[PERSONNE:FERRAND J.]], [[PERSONNE:MAHBOUB S.]], [[PERSONNE:LOPES A.]]… je le dis à la responsable.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Marseille}}, {{Belle de Mai}}, atelier numérique. [[PERSONNE:Olivier Akpovi]], pâtissier, {{32 ans}}, montre son compte {{Instagram}} [[IDENTIFIANT:@oli_akpovi]] avec ses entremets. La conseillère : « mais c'est un vrai portfolio ça ! ». [[PERSONNE:Olivier]] sourit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec l'équipe du {{CHRS}} diffus de {{Nîmes}} chez [[PERSONNE:Saïd]], [[ADRESSE:31 rue Émile-Jamais, 30900 Nîmes]]. Frigo vide. Son compte {{Uber Eats}} a été désactivé, plus de revenus. Il montre un courrier de l'{{URSSAF}} avec son SIRET perso [[IDENTIFIANT:842 719 361 00011]]. [[PERSONNE:Saïd]] demande s'il a droit au {{RSA}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt de travail, lombalgie. Domicile de M. [[PERSONNE:Rodrigues]]. Devant la maison, un camion benne [[IMMATRICULATION:DL-264-MV]] avec le logo « {{Rodrigues Rénovation}} ». Il est là, en survêt, dit que c'est son fils qui gère l'entreprise. L'agent note, ne conclut rien devant lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Rodez}}. Une agricultrice de {{Bozouls}}, Mme [[PERSONNE:Sophie Costes]], entaille à la main (fil de clôture). Carte vitale oubliée, elle connaît son numéro par cœur : [[NIR:269066544003357]], née à {{Tarbes}}. Elle veut repartir vite, « les vaches attendent ».",
    ),
]

# Notes 069-102: third edit.
BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Guichet 2}}, {{Caf}} de {{Créteil}}, la matinée :\n- {{9h02}} M. [[PERSONNE:Puig]], attestation de paiement pour son bailleur ✔\n- {{9h10}} Mme [[PERSONNE:Nowak]], changement de RIB : [[IBAN:FR76 3000 4014 3200 0104 7296 304]] (lu à voix haute 😐)\n- {{9h25}} un jeune, [[PERSONNE:Enzo]], {{prime d'activité}} suspendue, il a oublié de déclarer son CDD\n- {{9h40}} couple syrien, c'est le fils qui traduit ([[PERSONNE:Omar]], {{12 ans}})\n- {{9h58}} pause",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'AGENT A RACCROCHÉ AU NEZ ?? non en fait la ligne a coupé toute seule. Pas d'appel sortant possible sur cette file, il ne peut pas rappeler. Il me dit que ça arrive « {{2-3 fois}} par jour ». Frustrant pour tout le monde.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Besançon}}. Mme [[PERSONNE:Emine Kaya]], née en {{Turquie}}, veut rattacher ses enfants à sa carte. L'agente vérifie son NIR sur l'attestation : [[NIR:2 85 09 99 208 031 30]]. Les enfants : [[PERSONNE:Elif]], née en [[DATE_NAISSANCE:2012]], et [[PERSONNE:Can]], né en [[DATE_NAISSANCE:2016]]. Formulaire rempli au guichet, {{15 min}}. La petite [[PERSONNE:Elif]] traduit pour sa mère.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tarbes}}, permanence {{aide sociale}}. Dossier d'{{ASH}} pour la mère de M. [[PERSONNE:Laborde]], qui entre à l'{{EHPAD Korian Les Pyrénées}}. Il faut les avis d'imposition, les relevés, le titre de pension. Il demande si ses enfants à lui devront payer. L'agente : non, les petits-enfants ne sont pas tenus. Il souffle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Aveyron}}, un seul écoutant le soir. Appel d'un gendarme de {{Decazeville}} : un homme dort dans sa voiture sur le parking de la {{gare}}, {{2°C}} annoncés. Plaque relevée : [[IMMATRICULATION:CV 847 KE]]. L'homme s'appelle [[PERSONNE:Patrick Viguier]], {{58 ans}}. Place trouvée à l'{{hôtel du Commerce}}, {{chambre 5}}, pour {{3 nuits}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Porte des urgences de {{Toulon}}, {{17h}} : {{3 ambulances}} attendent de décharger leur patient, plus de brancards. Un ambulancier : « hier on a attendu {{2h}}, pendant ce temps on rate d'autres missions ». L'IOA fait des allers-retours en courant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Perpignan}}, rdv d'inscription. Mme [[PERSONNE:Aminata Ndiaye]], née le [[DATE_NAISSANCE:2 avril 1993]] à {{Dakar}}, NIR [[NIR:2 93 04 99 341 088 70]]. Diplôme d'aide-soignante sénégalais non reconnu. La conseillère, [[PERSONNE:Élodie]], cherche une {{VAE}} possible. Identifiant créé : [[ID_FRANCE_TRAVAIL:7041238R]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sortant : la conseillère rappelle Mme [[PERSONNE:Leclercq]], demande de {{C2S}} incomplète, il manque l'avis d'imposition. Elle propose de l'envoyer par mail, refusé (sécurité), il faut passer par la messagerie {{ameli}}. Mme [[PERSONNE:Leclercq]] : « j'ai pas ameli, j'ai pas d'ordinateur ». → ce sera par courrier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Argelès-sur-Mer}}, [[ADRESSE:camping Les Mimosas, emplacement 47]]. Mme [[PERSONNE:Stéphanie Marchal]] vit à l'année dans un mobil-home avec son fils. Résidence à vérifier. Le gérant, M. [[PERSONNE:Salvat]], confirme : {{350 €}} par mois, toute l'année. Devant le mobil-home une vieille {{Twingo}} [[IMMATRICULATION:4827 PK 66]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Rodez}}, permanence. [[PERSONNE:Karima]] (résidente) veut de l'aide pour son dossier {{MDPH}}. La référente, [[PERSONNE:Anne-Laure]], retrouve l'ancien dossier : n° MDPH [[IDENTIFIANT:12-2019-004518]]. Date de naissance à recopier : [[DATE_NAISSANCE:05/11/1980]]. Elles remplissent le formulaire ensemble, {{20 pages}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Dijon}}. Un homme : « ma femme est arrivée il y a {{3h}}, je peux lui apporter ses lunettes ? » Patiente : Mme [[PERSONNE:Teixeira]]. L'agent ne dit rien sans la date de naissance, il ne la connaît pas 😅, il demande à sa fille derrière : « le [[DATE_NAISSANCE:9 du 2, 78]] ». Ok, il peut passer à l'accueil.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} du {{Havre}}, ligne {{aide alimentaire}}. En {{1 h}} : {{9 appels}}, {{4}} orientés vers les {{Restos du Cœur}}, {{2}} vers le {{Secours populaire}}, {{3}} rdv donnés. L'agent a une liste papier des horaires de toutes les assos, mise à jour au stylo.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile {{Cpam}} : M. [[PERSONNE:Hocine Mebarki]], {{pension d'invalidité}} {{catégorie 2}}, [[ADRESSE:Résidence Les Cèdres, bât B, 4 allée des Pins, 30000 Nîmes]]. NIR vérifié sur l'attestation : [[NIR:1 79 05 99 350 027 31]], né à {{Oujda}}. Il nous montre ses ordonnances, sa femme apporte le thé. L'agent coche sa grille.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un monsieur pressé, énervé, mot de passe perdu. Il s'appelle [[PERSONNE:Benoît Carrère]], il épelle : « [[PERSONNE:C, A, deux R, E accent grave, R, E]] ». Identifiant : [[ID_FRANCE_TRAVAIL:0693471W]]. Le conseiller réinitialise, le code part par SMS. « Ah ben voilà ! »",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche à l'accueil de la {{Caf}} de {{Poitiers}} : « {{Jeudi après-midi}} fermé au public ». Les gens frappent à la vitre quand même. L'agent de sécurité fait de la pédagogie avec un calme impressionnant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Villeneuve-Saint-Georges}}, box d'admission. Mme [[PERSONNE:Nguyen Thi Hoa]] accompagne son mari, [[PERSONNE:Nguyen Van Minh]]. Mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:0074812396]]. La secrétaire imprime la planche d'étiquettes ({{12}}). Elle me dit qu'au début les noms vietnamiens la perdaient, nom et prénom dans l'autre sens.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage de l'équipe mobile du {{SIAO}} sur l'[[ADRESSE:aire d'accueil de Ramonville, place 12]]. Famille [[PERSONNE:Winterstein]], une caravane + un {{Ford Transit}} [[IMMATRICULATION:FS-027-PJ]]. La mère, [[PERSONNE:Nadège]], veut une domiciliation pour inscrire les enfants à l'école. Rdv pris au {{CCAS}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Perpignan}}. M. [[PERSONNE:Jaume Pons]] veut sa {{carte européenne}} avant de partir à {{Barcelone}} voir sa fille. Demande faite au guichet, il donne son mail pour le suivi : [[EMAIL:jaume.pons66@orange.fr]]. Il me parle du {{Barça}} pendant que l'imprimante chauffe.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Perpignan}} : demande de secours pour une facture d'eau {{Veolia}}, réf. [[IDENTIFIANT:0345 7891 24]]. Mme [[PERSONNE:Fatima Bouzid]] et ses {{4 enfants}}, [[ADRESSE:8 rue Llucia, 66000 Perpignan]]. Appart propre mais humide, moisissures dans la chambre des petits. L'AS prend des photos pour le service d'hygiène.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Une grand-mère appelle pour sa petite-fille, [[PERSONNE:Jade Cazals]]. L'agent refuse, il faut que ce soit l'allocataire. « Mais elle est au travail ! » Elle donne quand même le numéro « pour que vous voyiez » : [[N_ALLOCATAIRE:1206743]]. L'agent reste ferme, gentiment.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Montpellier}} {{Celleneuve}}. Suivi de [[PERSONNE:Youssef El Amrani]], ID [[ID_FRANCE_TRAVAIL:8156302N]] : formation {{CACES}} financée, il commence lundi chez {{Aftral}}. La conseillère, [[PERSONNE:Julie]], vérifie son RIB pour l'{{AREF}} : [[IBAN:FR76 1350 6100 0042 7183 9056 155]]. Il est content, il serre la main deux fois.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Léa Fourcade]], congé maternité, demande quand elle sera payée. Elle dicte son NIR en toutes lettres : « [[NIR:deux quatre-vingt-onze onze trente et un cinq cent cinquante-cinq cent quarante-huit zéro un]] ». La conseillère tape en même temps. Paiement des {{IJ}} tous les {{14 jours}}, premier versement sous {{30 jours}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit déjeuner au CHRS, {{7h45}}. {{11}} résidents sur {{30}}, les autres sont partis au travail ou dorment. Le veilleur de nuit fait ses transmissions sur un cahier à spirale. Radio allumée sur {{France Bleu Occitanie}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU Rangueil}}, {{11h}}. Un étudiant, [[PERSONNE:Théo]], entorse au rugby. Carte vitale ok. L'agente demande un numéro pour le rappel : [[TELEPHONE:07 61 33 90 24]], et un contact d'urgence, sa mère : [[TELEPHONE:05 61 86 12 47]]. Il me dit qu'il joue avec un cousin d'{{Antoine Dupont}} (?!)",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Vic-en-Bigorre}}. Mme [[PERSONNE:Carole Duffau]] déclare que son ex ne vit plus là. Sur la table, une lettre au nom de M. [[PERSONNE:Bastien Lesca]] à cette adresse, [[ADRESSE:6 chemin de Pujo, 65500 Vic-en-Bigorre]]. Elle dit qu'il n'a pas fait son changement d'adresse. Le contrôleur : « faudra qu'il le fasse, sinon c'est compliqué pour vous ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Angers}}, demande d'aide pour une caution ({{FSL}} accès). M. [[PERSONNE:Kevin Lagarrigue]] et Mme [[PERSONNE:Anaïs Pinel]], bébé de {{2 mois}} dans la poussette, le prénom brodé sur le bonnet : [[PERSONNE:Lina]]. L'agente remplit avec eux, il manque une fiche de paie.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}, conseiller [[PERSONNE:Stéphane]] (il ne donne que son prénom, « pour la sécurité »). À l'écran : Mme [[PERSONNE:GUERRERO Pilar]], ID [[ID_FRANCE_TRAVAIL:390 2657 L]]. Son CDD chez un sous-traitant d'{{Airbus}} est fini, elle demande quand tombe l'{{ARE}}. Délai de carence, {{7 jours}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Orléans}}, {{15h}}. Personne au guichet pendant {{10 min}}. L'agent en profite pour me montrer les {{6 logiciels}} qu'il a ouverts en même temps. « On a plus de mots de passe que d'assurés. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard de nuit, {{Nice}} : {{40 appels}} entre {{22h}} et {{2h}}, surtout des gens qui demandent s'il faut venir. L'agente renvoie vers le {{15}}. Elle n'a pas le droit de faire du conseil médical, même quand c'est évident, dit-elle.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Tours}}. Un monsieur sourd, M. [[PERSONNE:Vincent Arnal]], communique sur un carnet. L'agent écrit aussi. Il montre sur son tel un mail de la Caf reçu sur [[EMAIL:v.arnal@free.fr]], pas compris. {{25 min}}, personne ne s'impatiente derrière. Pas d'interprète {{LSF}} dispo ici.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Paris}}, {{8h}}. Une femme sort de la {{maternité}} aujourd'hui avec son bébé, [[PERSONNE:Grace Okafor]], nigériane. Récépissé de demande d'asile n° [[IDENTIFIANT:3402187651]]. L'écoutante, [[PERSONNE:Aurélie]], appelle la {{PMI}} puis l'{{OFII}}, rien. Mise à l'abri en {{hôtel}} ce soir.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Deuxième sortie avec l'enquêteur. Sa méthode : jamais avant {{9h}}, jamais après {{18h}}, toujours à deux pour les cas « sensibles ». Sur {{5 adresses}} aujourd'hui : {{2 absents}}, {{1 refus}} d'ouvrir, {{2 entretiens}}. Il remplit tout dans la voiture entre deux visites.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Caen}}. M. [[PERSONNE:Lemoine]], {{72 ans}}, appelle pour s'inscrire au {{colis de Noël}}. Il laisse son numéro en le disant très lentement : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix-sept, zéro trois]] ». L'agente le relit, il corrige le dix-huit. Fin.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente de {{France Travail}} {{Carcassonne}}. L'écran fait défiler les offres : {{vendangeur}} ({{Corbières}}), {{caissier}} ({{Leclerc}}), {{aide à domicile}}. Une femme note au dos d'un ticket de caisse.",
    ),
]

# Notes 103-136: fourth edit.
BATCH_4 = [
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Allocataire de {{Castelnaudary}}, Mme [[PERSONNE:Rosa Martínez]], num [[N_ALLOCATAIRE:1124590]], veut déclarer sa séparation. L'agent prend la date et la nouvelle adresse : [[ADRESSE:27 avenue Frédéric-Mistral, 11400 Castelnaudary]]. Puis il dicte la liste des pièces, elle note, elle fait répéter deux fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Strasbourg}}. Mme [[PERSONNE:Schmitt]] vient déclarer la naissance de [[PERSONNE:Louise]], née le [[DATE_NAISSANCE:28 septembre]]. N° alloc [[N_ALLOCATAIRE:5567102]]. L'agent, [[PERSONNE:Florian]], vérifie la {{PAJE}}, tout est déjà à jour grâce à la Cpam. « Ça, ça marche bien ». {{6 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} : assurée {{C2S}} soupçonnée de vivre en {{Espagne}}. Mme [[PERSONNE:Dolores Sanz]], [[ADRESSE:14 rue de la République, 66700 Argelès-sur-Mer]]. Volets fermés depuis des semaines d'après la voisine, boîte aux lettres pleine. Dans l'allée, une voiture immatriculée en Espagne : [[IMMATRICULATION:4821 KLM]]. L'agent laisse une convocation.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement du {{CHRS}} à {{Vénissieux}}. M. [[PERSONNE:Rahimi]], {{24 ans}}, partage avec deux autres jeunes. Il montre sa carte de résident, n° [[IDENTIFIANT:3103847261]], toute neuve, il est fier. Conflit sur le ménage : la référente, [[PERSONNE:Camille]], fait un planning au feutre sur le frigo.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}} de {{Sète}}. {{4 étages}} sans ascenseur. La dame a {{86 ans}}, ne sort plus depuis l'hiver. Dans le frigo : du lait, un {{yaourt}}, une {{clémentine}}. L'AS déclenche le {{portage de repas}} dès lundi. Elle me montre des photos de la {{Pointe Courte}} en {{1960}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale appelle les urgences de {{Tarbes}} pour annoncer son patient, M. [[PERSONNE:Claude Abadie]], déjà connu : IPP [[IDENTIFIANT:650031874]]. Elle laisse son portable pour qu'on la rappelle : [[TELEPHONE:06 87 15 42 39]]. L'agente note tout sur un post-it jaune collé à l'écran.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Appel de {{Lourdes}} : [[PERSONNE:Lourdes Fernández]], saisonnière dans un hôtel près des {{sanctuaires}}, contrat terminé. ID [[ID_FRANCE_TRAVAIL:4471902S]]. Elle veut savoir si ses heures suffisent pour ouvrir des droits. Oui, de justesse : {{910 heures}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Toulouse}}, {{Les Izards}}. M. [[PERSONNE:Souleymane Barry]], {{AAH}} + {{APL}}, [[ADRESSE:11 allée des Vergers, 31200 Toulouse]]. Le neveu, [[PERSONNE:Alpha]], {{19 ans}}, étudiant à {{Paul-Sabatier}}, vit là depuis {{4 mois}} : à déclarer. Le contrôleur vérifie le compte de versement, [[IBAN:FR76 3000 3026 7000 0509 1837 450]] ({{Société Générale}}). Pas d'anomalie sur les ressources.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Montpellier}}, {{Mosson}}, rdv {{C2S}}. [[PERSONNE:Chaïma Benkirane]], étudiante, née à {{Montpellier}} en [[DATE_NAISSANCE:août 2001]], n'est plus rattachée à ses parents. NIR vérifié : [[NIR:2 01 08 34 172 154 52]]. Dossier bouclé en {{20 min}}, elle avait tout dans une pochette plastique.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de nuit, {{CHRS}} de {{Valenciennes}}, {{20h}}. Les entrées : [[PERSONNE:Jean-Marc]] (habitué), [[PERSONNE:Nassim]], « le [[PERSONNE:Belge]] », et un nouveau, [[PERSONNE:Adrian]], roumain, {{19 ans}}. Fouille des sacs, les couteaux à la consigne. Le chien du [[PERSONNE:Belge]], {{Pirate}}, reste attaché dehors avec une gamelle.",
    ),
    (
        "caf",
        "accueil_physique",
        "Rdv {{Caf}} de {{Saint-Nazaire}} à {{11h}}, le monsieur arrive à {{11h20}}, l'agente le prend quand même. {{RSA}} suspendu, {{DTR}} pas faite. Elle l'aide à la faire sur son tel à lui. {{7 min}}, rétabli le mois prochain.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Perpignan}}, {{21h}}. Une famille de {{Saint-Jacques}} arrive à {{12}} pour un ado blessé au genou. L'agent ne fait entrer que la mère, Mme [[PERSONNE:Giménez]], et le garçon, [[PERSONNE:Sacha]]. Les autres restent dehors, ça parle fort en catalan. Le vigile connaît tout le monde par son prénom.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Toulouse}} {{Mirail}}. M. [[PERSONNE:Assane Fall]], ID [[ID_FRANCE_TRAVAIL:9020316C]], n'a jamais reçu son attestation employeur. Son ancienne patronne, Mme [[PERSONNE:Marty]], de la {{Boulangerie Marty}}, « répond pas ». L'agent lui donne un modèle de mail à envoyer et le numéro de l'{{inspection du travail}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Rodez}} : Mme [[PERSONNE:Bouscayrol]] veut un rdv pour sa demande de logement social, numéro unique [[IDENTIFIANT:012092300128]]. Elle donne son mail pour la confirmation : [[EMAIL:mc.bouscayrol@wanadoo.fr]]. Rdv {{mardi}} {{10h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Serge Lacombe]], de {{Montauban}}, sort d'une hospitalisation, question sur les {{frais de transport}}. NIR : [[NIR:166088212113481]]. La conseillère, [[PERSONNE:Inès]], explique la {{prescription médicale de transport}}, qu'il n'a pas. Il faut retourner voir le médecin.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Tarn}}. [[PERSONNE:Ludovic]], {{45 ans}}, sort ce matin de la maison d'arrêt de {{Seysses}}, numéro d'écrou [[IDENTIFIANT:48217]] (il le lit sur son billet de sortie). Il veut rejoindre sa sœur à {{Castres}}. Place au {{CHRS}} de Castres dans {{2 jours}}, ce soir {{accueil de nuit}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Mme [[PERSONNE:Lefèvre]], num [[N_ALLOCATAIRE:4872016]], veut changer de banque par téléphone et commence à dicter son IBAN avant que l'agent puisse l'arrêter : [[IBAN:FR76 1027 8022 1000 0203 4118 704]]. Il ne note rien, c'est impossible par tel, elle doit passer par {{Mon Compte}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES {{CHALON-SUR-SAÔNE}} — PANNE INFORMATIQUE {{14H10}}-{{15H40}} !! Tout sur papier, fiches cartonnées, étiquettes à la main. Les agents ressortent un vieux classeur « procédure dégradée ». Ils savent faire, zéro panique.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Bordeaux}}, domiciliation. Un homme que les agents appellent « [[PERSONNE:Tonton]] » vient chercher son courrier : {{3 lettres}}, dont une du tribunal (affaire n° [[IDENTIFIANT:22/01847]]). L'agent la lui lit. De son vrai nom [[PERSONNE:Antoine Mercier]], il est domicilié ici depuis {{2016}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}}. Une maman veut déclarer le médecin traitant de sa fille [[PERSONNE:Maëlys]], née à {{Toulouse}} en [[DATE_NAISSANCE:février 2015]] : NIR de l'enfant [[NIR:2 15 02 31 555 689 33]]. Pédiatre : Dr [[PERSONNE:Benhamou]]. Formulaire signé, c'est fait en {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant au {{3949}} : la personne veut parler à sa conseillère. Impossible, on prend un message. Les messages arrivent dans une bannette, réponse sous {{48h}}. Le conseiller soupire : « on est des standardistes maintenant ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'équipe du {{CHRS}} de {{Rodez}} à [[ADRESSE:camping municipal de Bozouls, emplacement 3]]. M. [[PERSONNE:Gilles Rouquayrol]], {{62 ans}}, y vit depuis {{2 ans}} dans une caravane immatriculée [[IMMATRICULATION:BR-511-HF]]. On lui propose une {{pension de famille}} en ville, il hésite : « et mon chat {{Pacha}} ? »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} de l'{{Hérault}} à {{Lodève}}. Mme [[PERSONNE:Nathalie Cros]] touche l'{{ASF}}. Le contrôleur demande l'adresse du père : M. [[PERSONNE:Franck Gleizes]], [[ADRESSE:3 place du Marché, 34700 Lodève]]. Elle sort le jugement du {{JAF}}, RG [[IDENTIFIANT:21/00962]]. Contrôle plié en {{30 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un généraliste de {{Saint-Affrique}}, Dr [[PERSONNE:Massol]], qui adresse une patiente : Mme [[PERSONNE:Hélène Carles]], née le [[DATE_NAISSANCE:14/06/1949]], suspicion d'AVC, déjà partie en ambulance. Il laisse son portable : [[TELEPHONE:06 09 81 24 75]]. L'agente prévient l'IOA.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{AME}} avec la {{Cpam}} : M. [[PERSONNE:Giorgi Beridze]], géorgien, hébergé par un ami, [[ADRESSE:Mas de la Clapière, route de Sète, 34070 Montpellier]]. Passeport géorgien : [[IDENTIFIANT:14AD70381]]. L'ami, [[PERSONNE:Levan]], traduit. Le mas est partagé entre {{7 personnes}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Gaillac}}, accompagnement budgétaire. M. et Mme [[PERSONNE:Azéma]], [[ADRESSE:15 rue Portal, 81600 Gaillac]]. Crédit {{Cofidis}} à {{190 €}} par mois, contrat [[IDENTIFIANT:CF-2023-118-4471]]. L'AS parle du dossier de surendettement à la {{Banque de France}}. Monsieur refuse, « on a toujours payé ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Lunel}}. Inscription de [[PERSONNE:Oleksandr Bondarenko]], ukrainien, protection temporaire, titre n° [[IDENTIFIANT:3402719853]]. ID créé : [[ID_FRANCE_TRAVAIL:5163087D]]. Mail : [[EMAIL:o.bondarenko.ua@gmail.com]]. {{45 min}}, traduction avec le téléphone de la conseillère.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Haute-Garonne}}, journée. Une bénévole appelle pour signaler [[PERSONNE:Monique]], {{70 ans}} environ, qui dort dans le hall de la {{gare Matabiau}}. Elle ne connaît pas son nom de famille. L'écoutant : le {{Samu social}} passera ce soir, vers {{21h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame dont le mari est décédé le {{3 mars}} : capital décès. Le mari, M. [[PERSONNE:René Cathala]], NIR [[NIR:1 56 03 34 032 241 82]]. Elle, Mme [[PERSONNE:Cathala]], {{67 ans}}. La conseillère prend le temps, présente ses condoléances, vraiment. {{18 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Nancy}}, îlot numérique avec un {{médiateur}}. Jeune homme, [[PERSONNE:Yassine]], crée son compte : mail [[EMAIL:yassine.tlemcani54@outlook.fr]], mot de passe noté sur un papier que le médiateur lui demande de ranger. Son n° allocataire arrive par SMS : [[N_ALLOCATAIRE:7312480]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Cherbourg}}. Deux gendarmes amènent un homme en garde à vue pour un certificat. Identité vérifiée sur sa CNI : [[PERSONNE:Dylan Peyrot]], n° [[IDENTIFIANT:T7X2R4K91]]. Il attend menotté dans le couloir, les autres patients regardent.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Perpignan}}, {{11h}}. Un bus {{Sankéo}} s'arrête, {{8 personnes}} descendent et entrent toutes : c'est le jour des {{chèques services}}. L'agente sort des chaises pliantes du local du fond.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un conseiller du {{Mans}} rappelle un jeune, [[PERSONNE:Hugo Cabanes]], au [[TELEPHONE:06 23 58 71 94]], pour une info collective {{BTP}}. C'est la mère qui décroche : « il dort ». Il est {{14h}}. Message laissé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Mme [[PERSONNE:Boukhris]], num [[N_ALLOCATAIRE:2289150]], question sur le {{CMG}} pour la crèche. Vérif : l'enfant, [[PERSONNE:Naïm]], né le [[DATE_NAISSANCE:3/07/2019]]. L'agent lui explique que la crèche municipale n'ouvre pas droit au CMG. Déçue.",
    ),
]

# Notes 137-170: fifth edit.
BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Perpignan}}. Mme [[PERSONNE:Sandrine Py]], née le [[DATE_NAISSANCE:19 mars 1987]], vient déclarer une reprise d'emploi. Num alloc [[N_ALLOCATAIRE:6612094]]. L'agent vérifie l'identité avec le NIR : [[NIR:2 87 03 66 136 045 60]]. Elle en profite pour changer de banque ({{Banque Populaire}}) : [[IBAN:FR76 1780 7000 3231 9284 7601 503]]. Tout est fait en une fois, elle n'en revient pas.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Étienne}}. Un papa avec {{3 enfants}} qui courent partout. L'agent sort des {{crayons de couleur}} d'un tiroir : « on a un stock ». Le rdv dure {{25 min}}, les enfants ont dessiné une {{tour Eiffel}} et un {{chat}}, ils les offrent à l'agent.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. M. [[PERSONNE:Ahmed Ouazzani]] donne son numéro allocataire en paquets : « [[N_ALLOCATAIRE:quatre-vingt-quatre, trente-sept, deux cent seize]] ». Il demande pourquoi son {{RSA}} est passé de {{635 €}} à {{412 €}}. Réponse : les revenus de sa femme, [[PERSONNE:Latifa]], déclarés au trimestre. Il dit « ah oui, le ménage à la clinique ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Débrief avec le manager de la plateforme {{3230}} : {{72 %}} de décroché ce matin, objectif {{80}}. Les conseillers classent chaque appel dans un menu de {{14 motifs}}. Motif le plus utilisé : « Autre » 😂",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Montauban}}. M. [[PERSONNE:Kader Belhadj]], [[ADRESSE:41 rue Léon-Cladel, 82000 Montauban]], déclare {{580 €}} de loyer à un propriétaire privé, M. [[PERSONNE:Jean-Pierre Lapeyre]]. Le bail n'est pas signé, {{3 quittances}} sur {{12}}. Le contrôleur appellera le proprio : [[TELEPHONE:05 63 66 14 90]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} du {{Gard}}, à {{Vauvert}}. Famille [[PERSONNE:Amrani]]. Le contrôleur compte les lits (oui) : {{4 lits}} pour {{5 enfants}}. L'aînée, [[PERSONNE:Yasmina]], dort chez sa grand-mère à {{Aimargues}}, ça se tient. Sur le contrat d'assurance posé sur la table, la voiture de Monsieur : [[IMMATRICULATION:ED-930-SL]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour en voiture avec le contrôleur, {{45 min}} de route entre deux contrôles dans l'{{Aveyron}}. Il a {{180 dossiers}} par an, {{2/3}} c'est « rien du tout », et il déteste le mot « fraude ». Paysage magnifique sur le {{causse}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Marseille}}, {{La Joliette}}. M. [[PERSONNE:Frédéric Acquaviva]], né à {{Ajaccio}} le [[DATE_NAISSANCE:7 septembre 1971]], NIR [[NIR:1 71 09 2A 004 083 70]]. Demande de {{pension d'invalidité}}, il a perdu ses papiers dans un déménagement. L'agent, [[PERSONNE:Lucas]], retrouve tout dans le dossier numérisé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Brive}}. Une vieille dame demande qu'on lui explique son relevé de remboursements ligne par ligne. L'agent le fait, au surligneur : {{12 lignes}}, {{20 min}}. La file s'allonge, il ne presse pas. Elle repart : « vous êtes bien brave ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Mickaël Grondin]], de {{Blagnac}}, technicien chez {{Airbus}}. Son arrêt de travail envoyé par le médecin n'apparaît pas. Vérif : DDN [[DATE_NAISSANCE:23 janvier 1988]], NIR [[NIR:1 88 01 59 350 287 55]] (né à {{Lille}}). L'arrêt est là, mais rattaché à un vieux dossier. Corrigé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rdv téléphonique pris sur {{ameli}}, la conseillère appelle à {{14h00}} pile. Répondeur. Elle réessaie à {{14h05}}. Répondeur. Elle clôture « injoignable ». {{40 %}} des rdv tel finissent comme ça, me dit-elle.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite {{Cpam}} : M. [[PERSONNE:Mohand Aït-Kaci]], {{74 ans}}, [[ADRESSE:6 rue des Amandiers, 31500 Toulouse]], passe une partie de l'année en {{Kabylie}}. L'agent regarde les tampons du passeport, n° [[IDENTIFIANT:18FV42095]]. Il faut plus de {{6 mois}} par an en France pour garder la {{C2S}}. Le compte est juste.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Réunion de service des enquêteurs, {{8h30}}. Au tableau blanc, les tournées de la semaine : {{Castres}}, {{Mazamet}}, {{Lavaur}}, {{Graulhet}}. Café dans des gobelets {{Cpam}}. On m'explique la charte : contrôle annoncé ou inopiné selon les cas.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Toulouse}}, accueil seniors. M. [[PERSONNE:Hassan Chérif]], {{79 ans}}, vient pour sa carte {{Pastel}} gratuite. Date de naissance : « le [[DATE_NAISSANCE:premier août 45]] ». Photo faite sur place avec un {{iPad}}, il refait trois fois parce qu'il veut sourire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence du {{CCAS}} de {{Carmaux}}, {{mardi}}. {{3 personnes}} en {{1h30}}. Calme. L'agente en profite pour ranger des dossiers papier dans des cartons « archives {{2019}} ». Elle dit que la mine, fermée depuis longtemps, est encore partout dans les dossiers.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie solidaire, {{CCAS}} de {{Lens}}. M. [[PERSONNE:Aurélien Mas]], {{31 ans}}, vient pour la première fois, gêné. Il tourne le dos quand une voisine entre. L'agente lui fait sa carte, n° [[IDENTIFIANT:EPI-0412]], sans poser de questions devant les autres.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Béziers}} : une fille pour sa mère, Mme [[PERSONNE:Raymonde Ginestet]], [[ADRESSE:9 bis rue des Tanneurs, 34500 Béziers]], qui ne monte plus l'escalier. Demande de {{portage de repas}}. Contacts : [[TELEPHONE:04 67 28 91 36]] (le fixe de la maman) et [[EMAIL:c.ginestet.b [at] gmail.com]] pour la fille.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} : l'agente a un tableau {{Excel}} de {{40}} numéros utiles (bailleurs, {{Caf}}, {{CPAM}}, {{CMP}}…) scotché sous son écran. Quand un numéro change, elle réimprime tout.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour l'{{aide au chauffage}}, {{Saint-Geniez-d'Olt}}. M. [[PERSONNE:Émile Bessou]], {{84 ans}}, [[ADRESSE:lieu-dit Le Ségala, 12130 Saint-Geniez-d'Olt]], se chauffe au bois, le tas est presque fini. L'agent note {{2 stères}} et appelle la {{Scierie Bonal}} du village devant nous. Livraison {{vendredi}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation, {{CCAS}} {{Montpellier}}, {{Figuerolles}}. Mme [[PERSONNE:Zohra Ait Ali]], veuve, {{66 ans}}, [[ADRESSE:23 rue du Faubourg-Figuerolles, 34070 Montpellier]]. NIR lu sur sa notification de retraite : [[NIR:2 58 07 99 352 061 75]]. Le CCAS regarde si elle a droit à l'{{ASPA}}. Elle nous offre des {{makrouts}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Chambéry}}, atelier cuisine du {{jeudi}}. [[PERSONNE:Mariama]] fait un {{mafé}}, [[PERSONNE:Jean-Claude]] épluche les {{patates}} en râlant, [[PERSONNE:Lena]] (stagiaire éduc) coupe les {{oignons}} en pleurant. {{14 personnes}} à table.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien de sortie, {{CHRS}} de {{Tarbes}}. [[PERSONNE:Christophe Dubarry]] part en logement {{Promologis}} : [[ADRESSE:18 rue Massey, 65000 Tarbes]], réf. locataire [[IDENTIFIANT:PRM-65-00912]]. Contrat {{EDF}} ouvert ce matin, réf. client [[IDENTIFIANT:3004 518 227]]. Il a les clés dans la main, il ne les lâche pas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le CHRS a {{42 places}}, {{38}} occupées. La directrice a un planning mural, une couleur par chambre (vert = libre). Liste d'attente {{SIAO}} : {{120 personnes}} pour le département. « C'est pas nous qui choisissons. »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Gard}}, {{22h15}}. Un ado de {{16 ans}}, [[PERSONNE:Lucas]], dit que sa mère l'a mis dehors. L'écoutante ne peut pas l'héberger (mineur) → {{ASE}} d'astreinte, elle le garde en ligne pendant ce temps. Il donne l'adresse : [[ADRESSE:5 impasse des Micocouliers, 30000 Nîmes]]. Une équipe passe le chercher.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Somme}}. Un homme appelle tous les soirs à {{19h}} pile : [[PERSONNE:Raymond]], {{68 ans}}. Il ne veut pas d'hébergement, il veut parler. L'écoutant, [[PERSONNE:Xavier]], lui donne {{5 min}} : « ça aussi c'est notre boulot ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Stats du jour, {{115}} du {{Bas-Rhin}} : {{312 appels}} reçus, {{97}} décrochés, {{41}} demandes d'hébergement, {{6}} places attribuées. L'écoutante me montre la courbe sur {{5 ans}} : ça monte chaque hiver un peu plus.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'{{hôtel Formule 1}} de {{Reims}}, {{chambre 22}}. Mme [[PERSONNE:Veronika Horváthová]], slovaque, et ses {{3 enfants}}. Le travailleur social vérifie la scolarisation : école {{Jean-Jaurès}}, ok. Elle n'a qu'un numéro slovaque : [[TELEPHONE:+421 905 318 447]], il lui explique comment avoir une carte SIM française.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appartement relais de {{Vannes}} avant l'arrivée d'une famille. Inventaire : {{2 lits}}, un canapé, une table, {{4 chaises}}, frigo ok, plaque de cuisson HS. L'éduc note tout et prend des photos pour le propriétaire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Montpellier}}, {{16h}}. Un touriste belge, piqué par une {{méduse}} à {{Palavas}} : [[PERSONNE:Wouter Janssens]], carte d'identité belge n° [[IDENTIFIANT:592-3847106-21]]. Sa voiture est restée sur la dépose minute, l'agent note la plaque pour le vigile : [[IMMATRICULATION:1-KTR-384]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un pharmacien de {{Lézignan-Corbières}} appelle les urgences de {{Narbonne}} : M. [[PERSONNE:Puech]] est sorti de l'officine très essoufflé en disant qu'il allait aux urgences. Il donne le n° de sécu noté sur l'ordonnance : [[NIR:1 62 11 12 202 118 92]]. L'agente crée une pré-admission.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences d'{{Épinal}}, {{13h}}. Ça sonne en continu. Une agente seule, un casque, {{2 lignes}}. Elle dit « Urgences bonjour » {{43 fois}} en une heure (j'ai compté).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Montauban}}. [[PERSONNE:Manon Delmas]], {{22 ans}}, fin de contrat chez {{McDo}}. ID [[ID_FRANCE_TRAVAIL:6390452H]]. La conseillère ouvre son {{CPF}} : {{1 200 €}}. Elle veut être esthéticienne. Mail pour les offres : [[EMAIL:manon.delmas82@icloud.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Rodez}}, conseillère entreprise. {{30 min}} au tel avec un éleveur de l'{{Aubrac}} qui cherche un vacher : {{0}} candidat en {{3 mois}}. Le salaire est correct, mais le logement est à {{20 km}} de tout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Rémi Calvet]], ID [[ID_FRANCE_TRAVAIL:2918534X]], veut créer sa boîte et demande pour l'{{ARCE}}. Sa micro-entreprise est déjà immatriculée, il lit le SIRET : [[IDENTIFIANT:913 058 749 00015]]. La conseillère lui explique : {{60 %}} des droits restants, en deux fois.",
    ),
]

# Notes 171-205: sixth edit.
BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Évry}}. M. [[PERSONNE:Nuno Carvalho]], maçon, num alloc [[N_ALLOCATAIRE:3390571]], apporte le RIB de son compte au Portugal : [[IBAN:PT50 0035 0651 0001 2345 6300 2]]. L'agent vérifie : zone {{SEPA}}, c'est accepté. Il conseille quand même un compte ici « pour les frais ». M. [[PERSONNE:Carvalho]] hausse les épaules.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Troyes}}. Mme [[PERSONNE:Corinne Vidal]] arrive en fauteuil, la porte automatique est en panne, l'agent la tient ouverte tout du long. Elle vient pour l'{{AAH}} et la {{MVA}}, num [[N_ALLOCATAIRE:3047819]]. Son fils et aidant, [[PERSONNE:Kévin Vidal]], a tous les papiers dans un classeur {{Leclerc}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{16h30}}, fermeture de la {{Caf}} d'{{Albi}}. Il reste {{4 personnes}} dans la salle. Les agents les prennent toutes, dernière sortie à {{17h10}}. La responsable : « on ne met jamais les gens dehors ». Tous les soirs pareil, d'après eux.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. M. [[PERSONNE:Thibault Roques]], étudiant à {{Toulouse}}, question {{APL}}. Num allocataire [[N_ALLOCATAIRE:1587342]], date de naissance « [[DATE_NAISSANCE:2003-05-11]] » (il la lit telle qu'elle s'affiche dans son appli 🙄). L'agent traduit : « onze mai deux mille trois, c'est bon ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Réunion flash à {{10h}} sur le plateau : nouvelle consigne pour la {{prime de Noël}}, versée le {{16 décembre}}. Déjà {{20 appels}} ce matin là-dessus. Le chef lit la note à voix haute, tout le monde prend des post-it.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Perpignan}}, {{Moulin-à-Vent}}. Mme [[PERSONNE:Alexandra Roca]], [[ADRESSE:12 avenue du Languedoc, 66000 Perpignan]], déclarée seule avec {{1 enfant}}. Sur le frigo, une facture {{Free}} au nom de M. [[PERSONNE:Kevin Bataille]], même adresse, réf. client [[IDENTIFIANT:FA-71482093]]. Elle dit que c'est son ex, le contrat est resté à son nom. Le contrôleur prend note sans commentaire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} de {{Tarbes}}. M. [[PERSONNE:Laurent Cazenave]], saisonnier à {{La Mongie}} l'hiver, au {{RSA}} l'été. Bulletins de salaire ok. Relevés du compte [[IBAN:FR76 1831 5100 0008 5019 3726 478]] : rien d'anormal. Dans la cour, son {{Duster}} [[IMMATRICULATION:GT-648-BZ]] avec les chaînes encore dans le coffre.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Castres}}. [[PERSONNE:Océane Bardou]], {{21 ans}}, née à {{Castres}}, NIR [[NIR:2 03 10 81 065 056 85]], vient chercher une attestation de droits pour son nouvel employeur, les labos {{Pierre Fabre}}. {{4 min}}. Elle est ravie, premier CDI.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Paris}}, {{11e}}. M. [[PERSONNE:Jonathan Lévy]] change son compte de remboursement : [[IBAN:FR7630066109710001028374515]]. L'agente vérifie la pièce d'identité. Il en profite pour son fils [[PERSONNE:Noé]], né le [[DATE_NAISSANCE:12 décembre 2020]], qui doit passer sur sa carte à lui.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Bornes {{ameli}} à l'entrée de la {{Cpam}} de {{Calais}} : {{2 bornes}}. Une dame n'arrive pas à mettre sa {{carte Vitale}} dans le bon sens, un service civique l'aide. Attestation imprimée, elle repart en {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Anne-Sophie Mallet]], {{48 ans}}, née à {{Lyon}}, vient de s'installer en {{Lozère}} et veut transférer son dossier. NIR : [[NIR:277056938341001]]. Rien à faire, c'est automatique, mais il faut un nouveau médecin traitant. Aucun à {{Mende}} ne prend de nouveaux patients. Silence au bout du fil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de l'assistante sociale des urgences de {{Rodez}}, Mme [[PERSONNE:Fabre-Soulié]], pour une {{AME}} urgente : M. [[PERSONNE:Abdul Wahid Sultani]], né le [[DATE_NAISSANCE:01/01/1990]] (date administrative, « comme beaucoup d'Afghans », dit-elle). Elle donne son mail pro : [[EMAIL:m.fabre-soulie@ch-rodez.fr]]. Dossier prioritaire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écoute à la plateforme {{3646}} d'{{Angoulême}} : sur {{8 appels}}, {{3}} pour l'arrêt de travail en ligne, {{2}} pour l'appli {{carte Vitale}}, {{1}} pour la {{C2S}}, {{2}} raccrochent avant. La conseillère garde le même chewing-gum {{2h}} 😄",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}}, assuré en arrêt : M. [[PERSONNE:Cyril Marcou]], [[ADRESSE:4 chemin de la Gravette, 31140 Aucamville]]. À l'arrivée il est sur le toit, en train de réparer une gouttière. L'agent note l'heure, {{10h12}}, et la camionnette garée devant : [[IMMATRICULATION:EY-106-RC]]. Il descend : « c'est le voisin qui répare, moi je tiens l'échelle ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle annulé : l'assuré a appelé, il est chez le kiné. L'enquêteur vérifie auprès du cabinet, c'est vrai. On repart. {{35 km}} pour rien, « c'est comme ça ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nîmes}}, permanence écrivain public. M. [[PERSONNE:Mustapha Benaïssa]] veut une lettre pour son bailleur, {{Habitat du Gard}}, réf. locataire [[IDENTIFIANT:HG-30-118427]] : fuite pas réparée depuis {{2 mois}}. La bénévole, [[PERSONNE:Françoise]], tape sur un vieux PC. Il signe, elle garde une copie.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du {{CCAS}} de {{Laval}} : {{6 chaises}}, un {{ficus}} fatigué, une affiche « {{Plan Grand Froid}} », une autre {{France Services}}. Un enfant fait un château avec les brochures.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lavaur}}. M. [[PERSONNE:Yvon Carayon]], livreur, demande une aide pour réparer sa voiture, sinon il perd son travail. Devis du {{Garage du Centre}} : {{640 €}}. La voiture : un {{Kangoo}} [[IMMATRICULATION:CK-735-WN]]. Aide exceptionnelle de {{300 €}}, à voter en commission {{jeudi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Perpignan}}. Mme [[PERSONNE:Josiane Ferrer]], {{77 ans}}, veut s'inscrire au {{registre canicule}}. L'agent prend son fixe, [[TELEPHONE:04.68.55.27.13]], et le portable de son fils [[PERSONNE:Jérôme]] : [[TELEPHONE:0612487390]]. Elle demande si elle aura « la visite du jeune homme comme l'an dernier ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le téléphone du {{CCAS}} de {{Saint-Brieuc}} bascule sur répondeur entre {{12h}} et {{13h30}}. {{17 messages}} au retour de la pause. L'agente les note dans un cahier, un par ligne, puis rappelle dans l'ordre.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} d'{{Alès}} chez M. et Mme [[PERSONNE:Chabert]], [[ADRESSE:17 rue d'Avéjan, 30100 Alès]]. Monsieur, {{81 ans}}, sort de l'hôpital. Madame, [[PERSONNE:Odette]], {{80 ans}}, fait tout. L'assistante sociale note : {{APA}} à demander au {{Département}}, lit médicalisé, passage infirmier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée : personne n'ouvre. L'AS glisse un mot sous la porte et appelle, répondeur. Elle reviendra {{vendredi}}. Sur le palier, un {{vélo}} d'enfant et une paire de {{bottes}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour un {{secours exceptionnel}} à {{Frontignan}}. Mme [[PERSONNE:Sylvie Lauret]] montre son relevé : {{-312 €}}, prélèvement {{SFR}} rejeté, frais bancaires en cascade. Son compte : [[IBAN:FR76 1333 5003 0108 0045 1287 343]]. L'AS propose que le CCAS paie directement la facture d'électricité plutôt que de verser sur le compte.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Lyon}}, {{la Guillotière}}. Entretien avec [[PERSONNE:Gloria Mbemba]], {{34 ans}}, congolaise, titre de séjour n° [[IDENTIFIANT:3101958462]] qui expire dans {{2 mois}}. Rdv préfecture seulement dans {{4 mois}}. La référente écrit à la préfecture, avec en copie le mail de [[PERSONNE:Gloria]], [[EMAIL:gloria.mbemba@yahoo.fr]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le CHRS a ouvert une laverie solidaire : {{3 machines}}, {{1 sèche-linge}}. Planning au mur, on s'inscrit au {{Velleda}}. Dispute pour un créneau pendant ma visite, l'éduc arbitre en {{2 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Haute-Garonne}}. M. [[PERSONNE:Adama Keïta]], {{41 ans}}, appelle avec un téléphone prêté. Il dort dans sa voiture à {{Muret}}, un {{Scénic}} [[IMMATRICULATION:BX-942-FK]]. Place en {{halte de nuit}} à {{Toulouse}}, mais il ne veut pas laisser la voiture, « c'est tout ce que j'ai ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Hérault}}, {{21h}}. Mme [[PERSONNE:Khadija Boutaleb]], enceinte de {{7 mois}}, avec son mari [[PERSONNE:Rachid]]. Pour le dossier elle donne sa date de naissance : [[DATE_NAISSANCE:15/04/1996]]. L'écoutante trouve une chambre à l'{{Ibis Budget}} de {{Castelnau}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "En {{1h}}, le {{115}} de {{Seine-Saint-Denis}} n'a décroché que {{4 appels}}. L'écoutant me montre : chaque appel dure {{15 à 20 min}}, les gens ont besoin de parler. Il préfère bien faire que faire vite.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile, suivi hors les murs du {{CHRS}}, {{Albi}}, {{Cantepau}}. M. [[PERSONNE:Florent Gau]] et Mme [[PERSONNE:Marine Vergnes]], [[ADRESSE:14 rue Lavoisier, bât. D, 81000 Albi]]. La dette de loyer ({{2 100 €}}) se rembourse, ils montrent l'échéancier {{Tarn Habitat}} punaisé dans l'entrée.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de l'équipe du {{CHRS}} le long du {{Lez}}, {{Montpellier}} : {{6 tentes}}. Un homme, [[PERSONNE:Grégoire Lambert]], demande une domiciliation. Il donne sa date de naissance, [[DATE_NAISSANCE:4 octobre 1968]], et dit qu'il a perdu sa carte d'identité dans la crue.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Lariboisière}}. Une jeune femme roumaine, [[PERSONNE:Ionela Stan]], {{28 ans}}, enceinte, pas de carte vitale. L'agente cherche dans le logiciel et trouve une attestation {{AME}} valide, n° [[IDENTIFIANT:75-AME-0048172]]. Soulagement des deux côtés.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Mulhouse}}, {{23h}} : {{9 patients}} sur des brancards dans le couloir. Une infirmière distribue des couvertures. Un monsieur âgé demande l'heure toutes les {{10 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Nîmes}} : une mère demande si sa fille, [[PERSONNE:Emma Roussel]], est arrivée (accident de scooter). DDN : « le [[DATE_NAISSANCE:30 novembre 2008]] ». Oui, elle est en radio. La mère laisse son numéro, [[TELEPHONE:06 52 09 38 71]], et arrive.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Perpignan}}. M. [[PERSONNE:Jordi Casals]], {{46 ans}}, ancien chef de rayon à {{La Jonquera}}, veut être payé sur son compte espagnol : [[IBAN:ES49 2100 8917 2902 0178 3456]]. La conseillère vérifie, zone {{SEPA}} : ok. ID [[ID_FRANCE_TRAVAIL:1847260F]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Dunkerque}}, atelier collectif, {{10 personnes}}. Le conseiller, [[PERSONNE:Mohamed]], fait un tour de table : [[PERSONNE:Sabine]], [[PERSONNE:Loïc]], [[PERSONNE:Fatoumata]], [[PERSONNE:Bruno]]… chacun dit son métier. [[PERSONNE:Loïc]] fait rire tout le monde avec ses histoires de {{vendanges}}.",
    ),
]

# Notes 206-240: seventh edit.
BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Rodez}}. M. [[PERSONNE:Quentin Bouyssou]], {{22 ans}}, apprenti boulanger, né à {{Cahors}} en [[DATE_NAISSANCE:juin 2002]], première demande de {{prime d'activité}}. L'agent crée le dossier : NIR [[NIR:1 02 06 46 042 033 32]], RIB {{Crédit Agricole}} [[IBAN:FR76 1310 6005 0030 0412 3456 715]]. Il me dit qu'il se lève à {{3h}} tous les jours.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Mantes-la-Jolie}}, {{mercredi}} après-midi : plein d'enfants, pas d'école. Coin jeux avec des {{Lego}} et un tapis. Une agente d'accueil bilingue arabe/français fait le tri à l'entrée. Attente {{35 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Un éleveur de l'{{Aubrac}}, M. [[PERSONNE:Bernard Vayssière]], appelle la Caf alors qu'il dépend de la {{MSA}}. Il donne quand même son numéro MSA : « [[N_ALLOCATAIRE:12 0457 3318]] ». L'agente lui explique gentiment, lui donne le bon numéro. « Ah, c'est pas pareil ? »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel sortant, {{Caf}} de la {{Haute-Garonne}}. Mme [[PERSONNE:Khady Sarr]], num [[N_ALLOCATAIRE:5129873]], dossier {{RSA}} incomplet. L'agent appelle le [[TELEPHONE:07 68 42 15 93]], elle décroche dans le bus, ne peut pas noter. Il lui envoie la liste des pièces sur [[EMAIL:khady.sarr31@gmail.com]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Lunel}}, décence du logement pour l'{{APL}}. Mme [[PERSONNE:Inès Boudjema]], [[ADRESSE:4 rue du Bourgidou, 34400 Lunel]]. Fenêtre cassée dans la chambre, traces d'humidité. Propriétaire : {{SCI Les Arènes}}. Le contrôleur photographie le RIB affiché pour le tiers payant : [[IBAN:20041 01016 05127384222 28]]. Courrier au proprio à suivre.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} dans le {{Comminges}}. M. [[PERSONNE:Pierre-Yves Le Bihan]], breton installé ici depuis {{10 ans}}, au {{RSA}}, vend des objets sur {{Leboncoin}} sous le pseudo [[IDENTIFIANT:@pyb_brocante]]. Relevés du compte [[IBAN:FR76 1444 5004 0008 7720 0153 494]] épluchés ensemble : {{1 400 €}} de ventes sur l'année, à déclarer. Il ne savait pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Toulouse}}, {{Empalot}}. Mme [[PERSONNE:Marion Lafforgue]], née le [[DATE_NAISSANCE:16/01/1995]] à {{Toulouse}}, NIR [[NIR:2 95 01 31 555 312 63]], a perdu sa carte. L'agent lui active l'appli {{carte Vitale}} sur son téléphone en {{10 min}}. Elle trouve ça « trop bien ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "La {{Cpam}} de {{Guéret}} a un box pour les rdv en {{visio}}. Personne ne s'en sert aujourd'hui. L'agent : « les gens préfèrent venir, même de {{40 km}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Laetitia Santoni]], née à {{Bastia}}, vit à {{Narbonne}}. NIR : [[NIR:2 80 11 2B 033 019 93]]. Son médecin traitant est parti à la retraite. La conseillère, [[PERSONNE:Yasmine]], cherche avec elle sur {{Doctolib}} : rien à moins de {{30 km}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sortant, campagne de {{dépistage}}. La conseillère appelle M. [[PERSONNE:Gérard Bonhomme]], {{62 ans}}, au [[TELEPHONE:05 65 42 87 16]] : il a reçu le kit, ne l'a pas fait. Elle l'encourage, il promet. « Ma femme va me surveiller. »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} à {{Figeac}} sur un accident du travail : M. [[PERSONNE:Karim Bensaïd]], chute d'échafaudage. L'enquêtrice voit aussi le chef de chantier, M. [[PERSONNE:Joaquim Pires]], qui donne son portable : [[TELEPHONE:06 38 74 20 51]]. Photos du lieu, du camion de l'entreprise ([[IMMATRICULATION:ca-481-mz]], noté en minuscules sur son carnet), de l'échafaudage.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Montluçon}}, aide à l'énergie. M. [[PERSONNE:Mathieu Granier]], {{39 ans}}, facture {{Engie}} de {{680 €}}, réf. client [[IDENTIFIANT:4 012 775 839]]. Pour les ressources, l'agente regarde son n° allocataire Caf : [[N_ALLOCATAIRE:8104457]]. Aide accordée : {{250 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Au {{CCAS}} de {{Sète}}, l'agent d'accueil parle arabe, espagnol et italien, il passe d'une langue à l'autre sans arrêt. Il a appris l'italien avec les pêcheurs du {{quartier haut}}, me dit-il.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Toulouse}}. Mme [[PERSONNE:Hoang]] demande un justificatif de domicile pour sa fille [[PERSONNE:Linh]], née le [[DATE_NAISSANCE:8 mars 2007]], qui passe le {{bac}}. Elles sont hébergées chez une amie, [[ADRESSE:27 rue des Fontaines, 31300 Toulouse]]. Le mail de la fille pour l'envoi : [[EMAIL:linh.hoang07@free.fr]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Nîmes}}. La {{police municipale}} appelle pour un monsieur désorienté trouvé près des {{Arènes}} : M. [[PERSONNE:Marcel Jouve]], {{87 ans}}, ne sait plus où il habite. Le CCAS le connaît : [[ADRESSE:6 rue Fresque, 30000 Nîmes]]. Sa fille est prévenue au [[TELEPHONE:06 41 27 83 05]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Rodez}}. Mme [[PERSONNE:Nicole Bastide]] s'inscrit au {{repas des aînés}} du {{14 décembre}}. L'agente demande l'année de naissance, « pour les {{65 ans}} » : « [[DATE_NAISSANCE:quarante-huit]] ». Elle viendra avec sa voisine, Mme [[PERSONNE:Auguy]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le numéro vert seniors du {{CCAS}} : {{12 appels}} ce matin, dont {{5}} pour la {{navette}} du marché du {{samedi}}. L'agente connaît la moitié des appelants par leur voix.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Céret}} chez Mme [[PERSONNE:Montserrat Bosch]], {{90 ans}}, [[ADRESSE:5 rue Saint-Ferréol, 66400 Céret]]. Sa nièce, [[PERSONNE:Anna]], vit à {{Figueres}}, elle est là aujourd'hui. L'AS parle catalan avec elles. On met en place {{3 passages}} d'aide à domicile par semaine.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dernière visite de la journée, {{17h15}} : une maison à la sortie de {{Salles-Curan}}, chemin de terre, des chiens. L'AS klaxonne avant de descendre (« toujours »). Le monsieur sort, on parle dans la cour, il ne veut pas qu'on entre. On respecte.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Perpignan}}. [[PERSONNE:Tigran Petrosyan]], arménien, {{52 ans}}, attestation de demande d'asile n° [[IDENTIFIANT:6602471938]]. Il montre une photo de son fils, [[PERSONNE:Aram]], resté à {{Erevan}}. Le travailleur social, [[PERSONNE:Cyril]], prend rdv à l'{{OFII}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Nîmes}}, bureau de l'éduc. [[PERSONNE:Sandra]], résidente, {{26 ans}}, prépare un entretien chez {{Carrefour}}. L'éduc lui prête une veste et relit son CV : mail [[EMAIL:sandra.m.nimes@gmail.com]], tél [[TELEPHONE:07 53 18 64 22]]. Elles enlèvent la photo de soirée 😅",
    ),
    (
        "chrs",
        "accueil_physique",
        "Conseil de vie sociale du CHRS, {{18h}} : {{9 résidents}}, {{3 salariés}}. Ordre du jour : horaires de la cuisine, wifi, animaux. Vote à main levée pour autoriser les chats : {{6 pour}}, {{3 contre}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Tarn-et-Garonne}}. Mme [[PERSONNE:Sarah Benhamza]] appelle des urgences de {{Montauban}} où elle a passé la nuit avec son bébé. Le {{SIAO}} a une place au {{CHRS}} de {{Castelsarrasin}}, réf. dossier [[IDENTIFIANT:SIAO82-2024-1187]]. Taxi pris en charge.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Haute-Garonne}}, {{6h45}}, fin de nuit. [[PERSONNE:Marc-Antoine]] (écoutant de nuit) fait ses transmissions à [[PERSONNE:Nora]] (jour). Sur le cahier : « M. [[PERSONNE:Bakary Coulibaly]] rappellera, place gardée pour lui ce soir ». [[PERSONNE:Nora]] surligne.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} du {{Lot}} : l'écoutante fait aussi l'{{accueil de jour}}. {{11 appels}} sur la journée. « Ici c'est pas {{Toulouse}}, mais les gens sont à la rue aussi, dans leur voiture, chez des copains. »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'équipe du {{CHRS}} sur l'[[ADRESSE:aire des gens du voyage de Perpignan, place 17]]. Famille [[PERSONNE:Lagrène]], camion [[IMMATRICULATION:FM-583-DT]]. Le père, [[PERSONNE:Django]], demande de l'aide pour la {{carte grise}} de la caravane. Les enfants veulent tous nous montrer le {{chiot}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement {{ALT}} de Mme [[PERSONNE:Aïcha Diop]], [[ADRESSE:9 impasse des Mésanges, 31100 Toulouse]]. Le travailleur social l'aide à mettre en place un prélèvement pour le loyer, elle lit son {{IBAN}} sur l'appli de la banque : [[IBAN:FR76 3000 2058 7100 0048 7213 589]]. Fait en {{15 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Rodez}}. M. [[PERSONNE:Jean-Claude Fau]], {{41 ans}}, agriculteur, né à {{Albi}}, la main coincée dans une botteleuse. Arrivé avec son voisin dans un {{Partner}} [[IMMATRICULATION:DZ-217-HN]]. NIR dicté par le voisin, qui a la carte : [[NIR:1 84 02 81 004 076 79]]. Direct au bloc.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Montpellier}}. Une femme appelle d'{{Allemagne}} pour son frère, [[PERSONNE:Tobias Weber]], accident de vélo près de {{Lodève}}. Elle laisse son numéro, [[TELEPHONE:+49 171 4829306]]. L'agente ne peut rien dire au tel, elle transmet au service, qui rappellera.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Perpignan}}. L'{{EHPAD}} de {{Prades}} annonce une résidente, Mme [[PERSONNE:Conxita Sabaté]], née le [[DATE_NAISSANCE:2 février 1931]], chute. Ambulance partie à {{14h20}}. L'agente prépare le dossier avant l'arrivée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Bourges}}. [[PERSONNE:Jérémie Azaïs]], {{27 ans}}, a trouvé un CDI chez {{Safran}}, il vient le dire en personne. ID [[ID_FRANCE_TRAVAIL:3047719J]]. La conseillère : « on va fêter ça » et sort une boîte de bonbons.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Villeurbanne}}. Mme [[PERSONNE:Fatima-Zahra Idrissi]], ingénieure, diplôme marocain. ID [[ID_FRANCE_TRAVAIL:7209581E]], mail [[EMAIL:fz.idrissi [arobase] outlook.com]] (elle l'écrit comme ça dans le formulaire papier). La conseillère l'oriente vers l'{{APEC}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Mme [[PERSONNE:Aurore Dumas]], ID [[ID_FRANCE_TRAVAIL:510 2743 A]], paiement pas reçu : la banque a rejeté le virement. Le conseiller relit l'{{IBAN}} du dossier : [[IBAN:FR76 1250 6200 0856 0128 7403 159]]. « C'est mon ancien compte ! » Elle doit le changer dans son espace.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un conseiller de {{Tarbes}} rappelle M. [[PERSONNE:Ramon Estrada]], ID [[ID_FRANCE_TRAVAIL:4418265G]], au [[TELEPHONE:06 79 21 54 83]] : un poste de perchman à {{La Mongie}} pour la saison. Il dit oui avant la fin de la phrase.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, {{17h55}}. Dernier appel avant la fermeture, le conseiller le prend quand même, il sort à {{18h20}}. Un étudiant qui voulait savoir s'il peut s'inscrire pendant ses études. Réponse : oui, mais sans indemnisation.",
    ),
]

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Return (text, entities, keep) for one marked note."""
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


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
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
    """Return (dev_ids, holdout_ids); depends only on the ids and the cells."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev += ids[:half]
        holdout += ids[half : 2 * half]
        leftovers += ids[2 * half :]
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def stats(notes, dev, holdout):
    parts = {"all": notes}
    parts["dev"] = [n for n in notes if n["id"] in dev]
    parts["holdout"] = [n for n in notes if n["id"] in holdout]
    cells = sorted({(n["site_kind"], n["channel"]) for n in notes})
    print("| site kind | channel | all | dev | holdout |")
    print("|---|---|---|---|---|")
    for cell in cells:
        row = [sum((n["site_kind"], n["channel"]) == cell for n in p) for p in parts.values()]
        print(f"| {cell[0]} | {cell[1]} | " + " | ".join(map(str, row)) + " |")
    print(f"| total | | {len(notes)} | {len(parts['dev'])} | {len(parts['holdout'])} |")
    print()
    counts = {k: Counter(e["label"] for n in p for e in n["entities"]) for k, p in parts.items()}
    print("| label | all | dev | holdout |")
    print("|---|---|---|---|")
    for label in sorted(LABELS):
        print(f"| {label} | " + " | ".join(str(counts[k][label]) for k in parts) + " |")
    total = " | ".join(str(sum(counts[k].values())) for k in parts)
    print(f"| total | {total} |")
    print()
    keep = " / ".join(str(sum(len(n["keep"]) for n in p)) for p in parts.values())
    empty = " / ".join(str(sum(not n["entities"] for n in p)) for p in parts.values())
    print(f"keep entries (all / dev / holdout): {keep}")
    print(f"notes without any entity (all / dev / holdout): {empty}")


def main(argv):
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    if "--stats" in argv:
        stats(notes, dev, holdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
