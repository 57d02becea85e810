"""Independent evaluation corpus n° 97: 240 hand-written observation notes, western Occitanie.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. Running this file strips the marks, computes
the offsets, numbers the notes ``ind97-001`` … ``ind97-240`` in writing order, draws the
dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.

Standard library only; deterministic (two runs give byte-identical files).
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind97"
SEED = 97
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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

# --- batch 1 -------------------------------------------------------------------------------

BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "Lundi {{8h20}}, la file devant la {{Caf}} de {{Bagatelle}} deborde deja sur le trottoir. Une trentaine de personnes, bcp de poussettes. Le vigile distribue des tickets, on a le {{A047}}. L'agent : « le lundi c'est toujours comme ça, tout le monde a ouvert son courrier le week-end »",
    ),
    (
        "caf",
        "accueil_physique",
        "{{9h05}} {{guichet 3}}. Mme [[PERSONNE:Khadija Benali]], {{2 enfants}}, vient pour sa {{prime d'activité}} coupée depuis {{février}}. L'agente ([[PERSONNE:Sandrine]]) tape le n° alloc [[N_ALLOCATAIRE:2847163]] → écran rouge « pièce manquante : avis d'imposition ». Mme [[PERSONNE:Benali]] l'avait envoyé par mail. « ça part dans le vide » soupire [[PERSONNE:Sandrine]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Mirail}}, lundi matin. M. [[PERSONNE:Thierry Lasserre]], {{54 ans}}, licencié d'un sous-traitant d'{{Airbus}} à {{Colomiers}} (câblage). Il dit : « {{31 ans}} de boîte et on me parle de reconversion ». Identifiant [[ID_FRANCE_TRAVAIL:3185274K]]. Le conseiller, [[PERSONNE:Yanis]], lui propose un atelier {{CV}} jeudi {{14h}}. Il note l'heure sur le dos de sa main.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Purpan}}, nuit de dimanche à lundi, {{3h40}}. Jeune homme en maillot du {{Stade Toulousain}}, arcade ouverte « après la fête ». L'{{IOA}} lit l'écran à voix haute : « [[PERSONNE:ROUSSEL Kevin]], né le [[DATE_NAISSANCE:14/06/2002]], {{IPP}} [[IDENTIFIANT:P01873342]] ». Son pote répète en boucle « on a gagné » 🏉🍺",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au {{115}} de la {{Haute-Garonne}}. {{23h10}} appel d'une femme, voix très basse, à la gare {{Matabiau}} avec un bébé de {{4 mois}}. Elle donne juste son prénom : [[PERSONNE:Fatoumata]]. L'écoutante ([[PERSONNE:Claire]]) cherche : tout est plein. Finalement {{1 nuit}} à l'{{Ibis Budget}} de {{Purpan}}, {{chambre 214}}. Dossier {{SIAO}} [[IDENTIFIANT:SI31-25-04417]]. [[PERSONNE:Claire]] raccroche et dit « demain on recommence ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, {{Cpam}} du {{Tarn}} à {{Albi}}. {{10h}} pile : {{42 appels}} en attente sur le bandeau. Un monsieur a perdu sa {{carte Vitale}} au marché de {{Castres}} samedi. M. [[PERSONNE:Mathieu Cabrol]], {{46 ans}}. Il dicte son numéro de sécu chiffre par chiffre, l'agente ([[PERSONNE:Estelle]]) répète : [[NIR:1 79 01 81 004 156 34]]. « Vous êtes bien né à {{Albi}} ? » « Oui, à l'hôpital ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Montauban}}, mardi {{9h30}}. Mme [[PERSONNE:Joëlle Vidal]], {{71 ans}}, veuve depuis l'été, facture {{EDF}} de {{412 €}} qu'elle ne peut pas payer. Réf. client EDF [[IDENTIFIANT:6021458377]]. L'assistante sociale, Mme [[PERSONNE:Ouattara]], monte un dossier {{FSL}}. Mme [[PERSONNE:Vidal]] s'excuse tout le temps d'« embêter ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel au {{3949}} en même temps que le conseiller, pour voir. {{15h30}}, attente annoncée {{12 min}}, réelle {{27 min}}. Musique d'attente en boucle. Le conseiller : « le mardi aprem c'est calme, normalement » 🙃",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Hervé]], contrôleur {{Caf}} depuis {{19 ans}}. {{Empalot}}, [[ADRESSE:6 rue Louis Plana, bât. C, 31400 Toulouse]]. Allocataire : Mme [[PERSONNE:Nadia Aït-Ouali]], déclarée isolée, signalement de vie maritale. Dans l'entrée, des baskets d'homme {{pointure 44}}. Elle : « c'est à mon frère [[PERSONNE:Karim]], il passe le dimanche ». [[PERSONNE:Hervé]] note, ne commente pas. N° allocataire [[N_ALLOCATAIRE:3360187]]. Durée {{50 min}}. Dans la voiture il me dit que les chaussures ça ne prouve rien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, permanence de {{Muret}}, mardi matin. Couple de retraités portugais, M. et Mme [[PERSONNE:Pereira]], pour la {{complémentaire santé solidaire}}. Lui ne parle presque pas français, elle traduit tout. Agente [[PERSONNE:Laetitia]] hyper patiente. RIB pour les remboursements : [[IBAN:FR76 1310 6005 0020 0048 1563 247]] ({{Crédit Agricole}} de {{Muret}}). Ils repartent avec un rdv pour le {{18 mars}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CH de Montauban}}, {{17h}}. Une fille appelle pour son père amené par les pompiers : « [[PERSONNE:Gérard Delmas]], [[PERSONNE:D-E-L-M-A-S]] ». L'agente dit qu'elle ne peut rien dire au téléphone, qu'il faut venir. La fille laisse son portable au cas où : [[TELEPHONE:06 42 18 77 05]]. Elle pleure un peu, l'agente baisse la voix.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Auch}}, entretien d'admission. M. [[PERSONNE:Ionuț Stanciu]], {{38 ans}}, arrivé de {{Roumanie}} il y a {{2 ans}}, bossait dans les vignes du {{Madiran}}, plus de contrat. Carte d'identité roumaine [[IDENTIFIANT:RX 418263]] photocopiée. Le travailleur social, [[PERSONNE:Julien Baylac]], lui explique le règlement : pas d'alcool, retour {{22h}}. Il signe sans lire.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Permanence téléphonique du {{CCAS}} de {{Carmaux}}. {{3 appels}} en {{1h}}, tous pour les colis alimentaires du jeudi. L'agent répète trois fois la même phrase : « inscription sur place, avec un justificatif de ressources ». Entre deux appels il mange une pomme.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« Vous êtes né en quelle année, monsieur ? — [[DATE_NAISSANCE:quatre-vingt-un]]. » Le conseiller sourit. M. [[PERSONNE:Abdoulaye Sow]], {{43 ans}}, veut un {{CACES}} pour bosser à l'entrepôt {{Amazon}} de {{Montbartier}}. Son identifiant FT : [[ID_FRANCE_TRAVAIL:2947761B]]. Le conseiller (M. [[PERSONNE:Ricard]]) dit qu'il y a une session en {{avril}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Tarn}}, plateau tél à {{Albi}}. Mme [[PERSONNE:Lacoste]] appelle pour un changement de situation (séparation). Elle épelle son mail : [[EMAIL:m.lacoste81@orange.fr]]. L'agent ([[PERSONNE:Bruno]]) : « je vous envoie le formulaire, vous le renvoyez avec le bail à votre seul nom ». Appel de {{11 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Tarbes}}, mardi {{14h}}. Mme [[PERSONNE:Odette Barrère]], {{87 ans}}, chute dans sa cuisine, arrivée en {{VSAV}}. Adresse donnée par les pompiers : [[ADRESSE:3 chemin de la Gespe, 65000 Tarbes]]. Son fils [[PERSONNE:Jean-Marc]] au tél toutes les {{20 min}}. Elle attend sur un brancard dans le couloir depuis {{4h20}}. Elle demande si elle peut avoir un café.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile avec l'éducatrice du {{CHRS}} (logement diffus). {{T2}} à {{Bellefontaine}}, [[ADRESSE:8 allée du Limousin, apt 52, 31100 Toulouse]]. Mme [[PERSONNE:Aminata Keïta]] et ses {{3 enfants}}. L'éducatrice, [[PERSONNE:Pauline]], vérifie le frigo (rempli), les papiers de l'école, une fuite sous l'évier signalée depuis {{janvier}} au bailleur {{Toulouse Métropole Habitat}}. Le petit dernier, [[PERSONNE:Moussa]], me montre ses dessins.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Colomiers}}, {{France Services}}, point {{Caf}}. M. [[PERSONNE:Sébastien Fourcade]], intérimaire chez un sous-traitant de {{Latécoère}}, mission pas renouvelée. Il veut savoir s'il a droit au {{RSA}} en attendant le chômage. Simulation sur {{caf.fr}} avec l'agente : {{0 €}} ce mois-ci (revenus des {{3 derniers mois}} trop hauts). Il dit « donc faut que je sois encore plus dans la merde pour avoir droit ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, une dame âgée se perd dans le serveur vocal (« tapez 1, tapez 2 »). {{7 min}} avant d'avoir quelqu'un. Elle voulait juste savoir si sa kiné est remboursée. Oui.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} de {{Castres}}, quartier {{Lameilhé}}, {{10h}}. M. [[PERSONNE:Roger Escande]], {{82 ans}}, [[ADRESSE:17 rue de la Fontaine, 81100 Castres]], demande de portage de repas. Appart propre mais frigo vide, {{2 yaourts}}. Son chat {{Félix}} partout. L'agente ([[PERSONNE:Myriam]]) appelle sa fille [[PERSONNE:Christine]] à {{Albi}} devant lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{Purpan}}, {{21h}}. Bébé de {{9 mois}}, fièvre {{39,8}}. Maman [[PERSONNE:Lina Haddad]], papa [[PERSONNE:Sofiane]]. L'agente d'accueil : « date de naissance du petit ? — le [[DATE_NAISSANCE:2 juin 2024]] ». Le bébé s'appelle [[PERSONNE:Adam]]. Pas de {{carte Vitale}} sur eux, « on enverra l'attestation ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier collectif {{10h}}, {{8 inscrits}}, {{5 présents}}. La conseillère, Mme [[PERSONNE:Garrigues]], fait l'appel :\n- [[PERSONNE:Diallo]] → présent\n- [[PERSONNE:Moreau]] → absente\n- [[PERSONNE:Ngo Thi Lan]] → présente\n- [[PERSONNE:Ferhat]] → « il a prévenu, il a un entretien » \n- [[PERSONNE:Bordes]] → absent\nElle coche sur papier puis ressaisit tout dans l'outil. Doublon de travail, elle le sait.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, {{1h15}}. Un homme appelle, batterie à {{3 %}}. « C'est [[PERSONNE:Dédé]] » — l'écoutant le connaît, fiche ouverte : [[PERSONNE:André Soulé]], né en [[DATE_NAISSANCE:1961]]. Il dort sous le pont {{Saint-Michel}}, il a froid. Maraude prévenue. « [[PERSONNE:Dédé]] » raccroche avant la fin.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : personne chez elle, avis de passage dans la boîte. {{40 min}} de route depuis {{Montauban}} jusqu'à {{Castelsarrasin}} pour rien. Le contrôleur dit que ça arrive « {{1 fois sur 4}} ». On repart sous la pluie.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Montauban}}, mercredi {{11h15}}. Mme [[PERSONNE:Océane Marty]], {{30 ans}}, enceinte de {{5 mois}}, son employeur lui dit que l'arrêt n'est pas arrivé. L'agent lit l'attestation : n° sécu [[NIR:294078212103305]]. L'arrêt a été envoyé papier, pas télétransmis. « Il faut rappeler le médecin ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tarbes}}, domiciliation. M. [[PERSONNE:Giorgi Beridze]], géorgien, demandeur d'asile, vient chercher son courrier. Une lettre de l'{{OFPRA}}. Récépissé, n° {{AGDREF}} [[IDENTIFIANT:6512049873]]. Il demande à l'agente de lui lire la lettre. Elle lit. Convocation à {{Fontenay-sous-Bois}} le {{22 avril}}. Il demande combien coûte le train.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants : la conseillère rappelle les inscrits qui n'ont pas actualisé.\n1) M. [[PERSONNE:Kowalski]] → répondeur\n2) Mme [[PERSONNE:Leïla Messaoudi]], numéro sur la fiche [[TELEPHONE:07 81 45 22 90]] → décroche, elle croyait que c'était fait\n3) M. [[PERSONNE:Tran]] → numéro plus attribué\n{{3 appels}}, {{1}} utile.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Samedi soir, après le match à {{Ernest-Wallon}}. {{23 personnes}} en salle d'attente, {{2 vigiles}}. L'infirmier d'accueil : « ce soir ça va être chaud ». Un gamin avec le visage peint en rouge et noir s'est cassé le poignet en tombant des gradins.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Albi}}, jeudi, rdv de {{14h30}}. Mlle [[PERSONNE:Nina Bouzid]], {{19 ans}}, étudiante à l'{{INU Champollion}}, première demande d'{{APL}}. Son mail sur le dossier : [[EMAIL:nina.bouzid [at] gmail.com]] (elle l'écrit comme ça « pour les spams »). Bail en colocation, résidence {{Les Cordeliers}}, {{chambre 12}}. L'agent ([[PERSONNE:Patrick]]) : « il manque la quittance ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Montauban}}, {{8h}}. Café, douches, machines à laver. Les gens arrivent par petits groupes. L'animateur connaît tout le monde par son prénom. Sur le tableau : « {{vendredi}} : coiffeur bénévole ». Un homme charge son tel sur la seule prise libre, il surveille.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile, {{Blagnac}}, {{11h}} (heures de présence obligatoire). Agent assermenté de la {{Cpam}}. Assuré : M. [[PERSONNE:Frédéric Da Costa]], [[ADRESSE:42 avenue du Parc, 31700 Blagnac]]. Il ouvre en jogging, bras en écharpe. Tout est en règle. Sa femme [[PERSONNE:Sylvie]] nous propose un café. {{10 min}} sur place, {{25 min}} de trajet.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Colomiers}}, {{16h40}}. Une voisine appelle : la dame du 3e ne répond plus depuis {{2 jours}}. Elle donne le nom : Mme [[PERSONNE:Germaine Laffargue]]. L'agente appelle la police municipale. On ne saura pas la suite avant la fin de la demi-journée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Mirail}}, {{11h40}}, borne d'accueil. Un jeune, [[PERSONNE:Rayan]], veut « parler à quelqu'un » ; l'agent lui dit de prendre rdv sur l'appli. Il montre son écran : l'appli plante. L'agent prend son identifiant, [[ID_FRANCE_TRAVAIL:4410362R]], et lui trouve un créneau lundi {{9h}}. [[PERSONNE:Rayan]] : « ça fait {{3 semaines}} que j'essaie ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour des chambres du {{CHRS}} avec le veilleur, {{22h30}}. {{18 chambres}}, {{2}} vides. {{Chambre 7}} : M. [[PERSONNE:Hamid Zerrouki]] regarde le match sur son tél, le son trop fort. {{Chambre 11}} : [[PERSONNE:Yvette]] dort déjà. Le veilleur coche une grille papier.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateau tél {{Caf}} {{Haute-Garonne}}, {{9h}}. Premier appel : M. [[PERSONNE:Olivier Pujol]] dit qu'on lui réclame {{1 840 €}} d'indus d'{{APL}}. L'agente ([[PERSONNE:Farida]]) lit : « déclaration trimestrielle non faite en {{octobre}} ». Il donne son numéro d'allocataire : [[N_ALLOCATAIRE:1902584]]. Elle propose un échéancier à {{50 € par mois}}. Il dit « c'est déjà ça ».",
    ),
]

# --- batch 2 -------------------------------------------------------------------------------

BATCH_2 = [
    (
        "caf",
        "accueil_physique",
        "Mardi matin, point d'accueil {{Caf}} de {{Muret}}. La {{Garonne}} est sortie de son lit ce week-end, {{3 familles}} du bas de la ville ont eu de l'eau chez elles. Mme [[PERSONNE:Sonia Ferreira]] montre des photos sur son tél : le frigo couché dans {{40 cm}} d'eau. Elle croyait que la Caf « avait une aide inondation ». Non → {{CCAS}} + assurance. N° alloc [[N_ALLOCATAIRE:4418032]]. L'agent lui imprime une attestation de droits pour l'assureur, c'est tout ce qu'il peut faire.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{10h50}}. M. [[PERSONNE:Jordan Payet]], {{27 ans}}, réunionnais, a changé de banque : il a ouvert un compte {{Nickel}} au tabac de la {{Reynerie}}. Nouveau RIB tendu à l'agente : [[IBAN:FR7616598000140000345678972]]. Elle le saisit, le relit à voix haute, se trompe d'un chiffre, recommence. « Avec ces RIB sans espaces je deviens folle ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel, Mme [[PERSONNE:Rakotomalala]]. L'agent demande d'épeler, elle commence « [[PERSONNE:R-A-K-O-T-O]]… », il dit « donnez-moi plutôt votre numéro allocataire ». Elle : « [[N_ALLOCATAIRE:six cent cinquante-neuf, quatre-vingt-trois, vingt-sept]] ». Il tape [[N_ALLOCATAIRE:6598327]], ça marche. Question : pourquoi l'{{APL}} a baissé de {{23 €}}. Réponse : actualisation des ressources en {{janvier}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause des téléconseillers, {{10h30}}. Ils parlent du match de samedi et de la solidarité à la source. Sur l'écran mural : {{312 appels}} depuis {{8h30}}, taux de décroché {{61 %}}. Une conseillère : « le lundi on fait {{500}} ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de ressources à {{Lourdes}}, [[ADRESSE:12 rue de la Grotte, 65100 Lourdes]]. Mme [[PERSONNE:Lourdes García]], espagnole, femme de chambre dans un hôtel de pèlerins fermé de novembre à mars → revenus en dents de scie. Le contrôleur sourit : « [[PERSONNE:Lourdes]] à {{Lourdes}} », elle dit qu'on lui fait la blague tous les jours. Bulletins de salaire vérifiés un par un, {{35 min}}. Tout colle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Carmaux}}, {{9h15}}, contrôle {{RSA}}. M. [[PERSONNE:Christophe Maury]], déclaré sans véhicule. Dans la cour, une {{Clio}} immatriculée [[IMMATRICULATION:FG-582-LT]]. Il sort sur son tél le certificat de cession daté de décembre : vendue à son cousin qui ne l'a pas encore récupérée. La contrôleuse, [[PERSONNE:Agnès]], photographie le certificat. On repart, elle dit « ça, c'est le genre de dossier où on croit tout voir et il y a rien ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, accueil de {{Toulouse}}, {{14h10}}. M. [[PERSONNE:Mustafa Yılmaz]], {{36 ans}}, maçon, veut une attestation de droits pour son nouvel employeur. L'agente lit sur la {{carte Vitale}} : [[NIR:1 88 07 99 208 076 50]]. Sa femme demande en turc, il traduit : est-ce qu'elle a droit à la {{C2S}} ? Rdv pris pour elle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{12h05}}. L'accueil ferme à {{12h30}}, encore {{9 personnes}} assises. L'agent : « on prend tout le monde ». La borne {{Ameli}} a un papier scotché HORS SERVICE depuis une semaine d'après le vigile.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} des {{Hautes-Pyrénées}}, accueil de {{Tarbes}}. Mme [[PERSONNE:Marie-Claude Lafitte]], {{58 ans}}, née le [[DATE_NAISSANCE:7 novembre 1966]] à {{Lourdes}}, demande où en est sa {{pension d'invalidité}}. NIR lu sur le courrier : [[NIR:2 66 11 65 286 044 43]]. Dossier « en cours d'instruction par le service médical » depuis {{4 mois}}. Elle a apporté un classeur entier.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel avec interprète par téléphone (dari). M. [[PERSONNE:Ahmad Rahimi]], afghan, veut savoir si son {{AME}} est renouvelée. L'interprète s'appelle [[PERSONNE:Farid]], il traduit très vite. N° de dossier AME [[IDENTIFIANT:AME-31-0048217]]. Réponse : oui, carte à retirer à l'accueil. {{19 min}} d'appel pour ça.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Ewa Nowak]] veut recevoir ses relevés par mail : [[EMAIL:ewa.nowak.31@laposte.net]]. L'agent explique que ça passe par le compte {{Ameli}}, pas par mail. Elle n'a pas de compte, pas d'ordi, juste un vieux tél. Il lui propose de venir à l'accueil pour créer le compte avec quelqu'un.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête accident du travail avec l'enquêtrice de la {{Cpam}}. M. [[PERSONNE:Kévin Bousquet]], couvreur, tombé d'un toit à {{Colomiers}} il y a {{3 semaines}}. Chez lui : [[ADRESSE:9 impasse des Tilleuls, 31770 Colomiers]]. Il raconte la chute avec les mains. L'employeur ({{SARL Toits d'Oc}}) dit qu'il n'avait pas de harnais « parce qu'il l'avait enlevé ». Lui dit qu'il n'y en avait pas. L'enquêtrice note les deux versions mot pour mot.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Auch}}, jeudi, jour de marché : les gens passent après les courses, cabas à la main. M. [[PERSONNE:Jean-Pierre Dubarry]], {{61 ans}}, demande une aide pour le contrôle technique de sa voiture ([[IMMATRICULATION:7412 RK 32]], vieille plaque). Il en a besoin pour aller à la conserverie de canards à {{15 km}}. L'agente, [[PERSONNE:Corinne]], dit que le CCAS ne finance pas les réparations mais qu'il y a le {{garage solidaire}} de {{Fleurance}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{CCAS}} de {{Blagnac}}, {{14h}}. Mme [[PERSONNE:Svitlana Kovalenko]], ukrainienne, arrivée en {{2022}}, autorisation provisoire de séjour n° [[IDENTIFIANT:3102248761]]. Son fils [[PERSONNE:Maksym]] traduit avec {{Google Traduction}}. Demande : aide pour la cantine ({{3,20 €}} le repas). L'agent applique le tarif le plus bas, ça prend {{5 minutes}}. Elle remercie en français, très appliquée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Castelsarrasin}}, alerte crue. Appel de Mme [[PERSONNE:Annie Bonnafous]], {{79 ans}}, [[ADRESSE:23 chemin de la Plaine, 82100 Castelsarrasin]] : l'eau monte dans le jardin, son fils est à {{Bordeaux}}. L'agent note un numéro pour la rappeler, [[TELEPHONE:05 63 32 41 78]], et prévient les pompiers. Il me dit qu'en {{2022}} c'était pareil.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Alerte orange crue. La mairie envoie au {{CCAS}} la liste des personnes isolées inscrites au registre canicule/crue : {{47 noms}}, {{3 agents}}, chacun en appelle {{16}}. Je ne vois pas la liste, juste les agents qui composent, « allô madame, c'est la mairie, vous allez bien ? ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} à {{Albi}}, quartier {{Cantepau}}. M. [[PERSONNE:Aurélien Vergnes]], {{44 ans}}, en situation de handicap, vit seul. Dossier {{MDPH}} [[IDENTIFIANT:081-2023-014572]] en attente de renouvellement de l'{{AAH}}. Appart très encombré, l'agente parle doucement, demande la permission avant d'ouvrir chaque placard.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée : la dame est hospitalisée depuis hier à {{Rangueil}}. L'agente laisse un mot chez la voisine du dessus et appelle le service social de l'hôpital en remontant dans la voiture.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{hôpital d'Albi}}, {{13h}}. Un agriculteur du {{Ségala}}, main prise dans une machine. Sa femme donne les infos à l'accueil : [[PERSONNE:Jacques Alibert]], né le [[DATE_NAISSANCE:19/02/1959]], mutuelle {{Groupama}} n° [[IDENTIFIANT:GR04573391]]. Il ne dit rien, il est gris. L'{{IOA}} le fait passer direct.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Rangueil}}, lundi {{10h}}. Une résidente envoyée par l'{{EHPAD Les Jardins d'Occitanie}}, fiche de liaison imprimée : « Mme [[PERSONNE:CASTAING Simone]] — {{DDN}} [[DATE_NAISSANCE:1931-08-04]] — {{93 ans}} ». Personne ne l'accompagne. Elle me demande trois fois l'heure. {{10h05}}, {{10h20}}, {{10h40}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran de suivi des urgences à {{18h}} : {{64 patients}} présents, {{11 brancards}} dans le couloir, attente moyenne {{5h12}} en rouge. L'{{IOA}} : « et encore, c'est lundi ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Lourdes}}, appel d'un hôtel de pèlerins : un italien, M. [[PERSONNE:Giuseppe Ferraro]], {{78 ans}}, malaise dans la salle à manger. {{Hôtel Saint-Sauveur}}, {{chambre 33}}. L'agente demande un contact famille : la fille, en {{Italie}}, [[TELEPHONE:+39 347 215 8830]]. Elle répète le numéro en italien approximatif, ça fait rire le réceptionniste au bout du fil.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{16h}}, l'infirmière d'un {{EHPAD}} de {{Muret}} appelle avant d'envoyer un résident. « Monsieur [[PERSONNE:Lucien Gimenez]], date de naissance [[DATE_NAISSANCE:12 12 38]] ». L'{{IOA}} : « il a ses directives anticipées ? » Silence. « Je vais voir. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Toulouse}}, {{9h}}, signature du contrat de séjour. Mme [[PERSONNE:Mariam Saïd Ali]], comorienne, {{2 enfants}}. Titre de séjour n° [[IDENTIFIANT:3101928374]] photocopié recto verso. La travailleuse sociale, [[PERSONNE:Inès Moulin]], lit chaque article à voix haute. Mme [[PERSONNE:Saïd Ali]] hoche la tête. Durée : {{6 mois}} renouvelable.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj au {{CHRS}}, {{7h45}}. M. [[PERSONNE:Bernard]], que tout le monde appelle « [[PERSONNE:Nanard]] », commente le match : « {{Dupont}} il a tout fait tout seul ». Les éducs rigolent. Il me demande si je suis « de la télé ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Rdv banque avec l'éducateur. M. [[PERSONNE:Kouamé Yao]], ivoirien, {{33 ans}}, vient d'ouvrir un compte à {{La Banque Postale}} grâce au droit au compte. Il tend son RIB, l'éduc le scanne pour le dossier : [[IBAN:FR02 2004 1010 1605 8731 2W02 773]]. Première fois qu'il a un compte en France. Il le range plié en quatre dans sa coque de tél.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Hautes-Pyrénées}}, {{20h}}. Un couple avec un chien ({{Rocky}}) à la gare de {{Tarbes}}. Lui : [[PERSONNE:Steven Dupuy]], elle : [[PERSONNE:Laura]]. Places acceptant les chiens ce soir : zéro. L'écoutante propose une place pour [[PERSONNE:Laura]] seule, elle refuse. Ils dormiront dans la voiture d'un pote.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{2h30}}, appel d'un hôtelier de {{Blagnac}} : la famille [[PERSONNE:Gashi]] (mise à l'abri par le {{115}}) fait du bruit, {{chambre 108}}. L'écoutant : « combien de personnes ? — cinq avec les petits ». Il note « famille [[PERSONNE:Gashi]] : bruit, bébé malade ? » et rappelle l'hôtel {{20 min}} après.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement accompagné, quartier des {{Izards}}. [[ADRESSE:31 chemin des Izards, 31200 Toulouse]], 4e sans ascenseur. M. [[PERSONNE:Ali Demir]] et Mme [[PERSONNE:Ayşe Demir]]. Moisissures au plafond de la chambre des enfants, photo envoyée au bailleur. L'éducatrice ouvre la fenêtre, explique l'aération, Mme [[PERSONNE:Demir]] montre qu'il fait {{14 °C}} dans la pièce.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{11h}}, l'agent de sécurité au micro de l'agence : « le propriétaire du véhicule [[IMMATRICULATION:EZ-481-QN]] est prié de le déplacer de la place handicapé ». Personne ne bouge. Il répète. Un monsieur sort en courant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'information collective, {{14h}}, licenciés d'{{Aéro-Méca Sud}} (sous-traitant d'{{Airbus}} à {{Blagnac}}). {{14 personnes}}, beaucoup de plus de {{50 ans}}. La conseillère, [[PERSONNE:Valérie Ortiz]], présente le {{CSP}} (contrat de sécurisation professionnelle) : {{75 %}} du salaire brut pendant {{12 mois}}. Un homme demande si « on peut faire une formation de pilote de drone ». Un autre ne dit rien, bras croisés, tout le long.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller corrige le mail sur le profil : [[EMAIL:jordy.castan82@hotmail.fr]] (c'était écrit « hotmial »). M. [[PERSONNE:Jordy Castan]], {{24 ans}}, de {{Castelsarrasin}}, veut bosser dans les vergers pour la récolte des pommes. Identifiant [[ID_FRANCE_TRAVAIL:5018346T]]. Le conseiller : « ils cherchent en {{septembre}}, là c'est la taille ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller entreprises appelle une boîte de logistique de {{Montauban}} pour l'offre {{184QWRT}}. Il tombe sur la {{RH}}, Mme [[PERSONNE:Delphine Rouquette]]. Il lui vend un candidat, [[PERSONNE:Malik]], « sérieux, {{CACES}} 1 et 3 ». Elle dit de l'envoyer jeudi {{8h}}. Il raccroche, content : « ça, c'est une bonne journée ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Samira Touati]] appelle, n'arrive pas à se connecter. Le conseiller demande l'identifiant, elle le lit lentement : « [[ID_FRANCE_TRAVAIL:cinq, deux, zéro, sept, trois, neuf, huit, F comme François]] ». Mot de passe réinitialisé, elle reçoit le code par {{SMS}} pendant l'appel. « Ah ça y est ! »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Serveur vocal du {{3949}} : « pour une question sur votre indemnisation, tapez 2 ». Le conseiller me dit qu'en début de mois {{40 %}} des appels concernent l'actualisation.",
    ),
]

# --- batch 3 -------------------------------------------------------------------------------

BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Montauban}}, mercredi {{9h40}}. Mme [[PERSONNE:Chloé Bessières]] avec un nouveau-né dans l'écharpe. Elle déclare la naissance : [[PERSONNE:Léo]], né le [[DATE_NAISSANCE:28 février]]. Elle a déjà son n° alloc pour l'aîné : [[N_ALLOCATAIRE:5120764]]. L'agente : « la {{prime de naissance}}, vous l'avez eue au 7e mois normalement ». Elle ne l'a jamais vue. On cherche : versée sur l'ancien compte du papa.",
    ),
    (
        "caf",
        "accueil_physique",
        "AFFICHE SUR LA PORTE : « LA {{CAF}} NE RÉCEPTIONNE PLUS LES DOSSIERS PAPIER SANS RENDEZ-VOUS ». Les gens la lisent, soupirent, et rentrent quand même. L'agent d'accueil les prend quand même. 😅",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Hugo Sabatier]], étudiant à {{Toulouse}}, appelle pour son {{APL}} de colocation. Il veut être rappelé : [[TELEPHONE:06.74.20.13.58]], ou par mail [[EMAIL:hugo_sabatier@free.fr]]. N° allocataire [[N_ALLOCATAIRE:6031547]]. La conseillère tape tout, lui dit « sous {{48h}} » et me regarde avec une tête qui dit « peut-être ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Aïcha Coulibaly]] veut changer de compte pour ses prestations. Elle dicte son IBAN d'une traite : « [[IBAN:FR76, 3000, 4007, 3100, 0102, 8734, 520]] ». L'agent lui demande de l'envoyer plutôt par l'espace {{Mon Compte}} avec le RIB en {{PJ}}, « par téléphone je n'ai pas le droit de le modifier ». Elle : « alors pourquoi vous me laissez le dicter ? ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à la {{Reynerie}}, [[ADRESSE:2 place Abbal, apt 118, 31100 Toulouse]], {{10h}}. M. [[PERSONNE:Abdelkader Hamidi]], {{66 ans}}, {{ASPA}} + {{APL}}. Question : est-ce que le fils vit là ? Le fils, [[PERSONNE:Nassim]], arrive pendant le contrôle, gare sa voiture en bas ([[IMMATRICULATION:GB 903 XR]]). Il dit habiter à {{Colomiers}} avec sa copine. Dossier [[N_ALLOCATAIRE:2290418]]. Le contrôleur demande un justificatif de domicile du fils.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Entre deux contrôles, dans la voiture de service. Le contrôleur m'explique sa grille : logement, ressources, composition du foyer. Aujourd'hui : {{6 dossiers}}, {{180 km}}, de {{Montauban}} à {{Caussade}} puis {{Nègrepelisse}}. Il mange un sandwich en conduisant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Pierre-Ange Santoni]], {{39 ans}}, né à {{Ajaccio}}, muté à {{Toulouse}} il y a {{6 mois}}. Sa {{carte Vitale}} est toujours rattachée à la {{Corse-du-Sud}}. L'agente lit son numéro : [[NIR:1 85 10 2A 004 121 41]] et m'explique que le {{2A}} c'est la {{Corse}}. Mutation de caisse lancée, « {{3 à 4 semaines}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Huong Pham]], née le [[DATE_NAISSANCE:03.04.1972]], vient pour un remboursement de lunettes refusé. La mutuelle, {{Harmonie Mutuelle}}, dit que c'est la {{Cpam}}, la Cpam dit que c'est la mutuelle. N° adhérent mutuelle [[IDENTIFIANT:44710293]]. L'agente appelle la mutuelle devant elle, {{12 min}} d'attente, réglé : une erreur de code optique.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Devant la {{Cpam}} de {{Montauban}} à {{8h30}} : {{17 personnes}}. Ouverture {{8h45}}. Un monsieur a apporté un tabouret pliant. Il a l'habitude.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{9h50}}. Mme [[PERSONNE:Yasmina Cherif]], {{34 ans}}, née à {{Oran}}, attend le remboursement d'une {{IRM}} faite à la {{clinique Pasteur}}. Numéro de sécu : [[NIR:290129935211882]]. L'agent voit que la facture est arrivée incomplète. Il dit « je fais une relance ». Elle : « c'est la 3e relance ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Gilles Marrot]] demande qu'on le rappelle, le conseiller reformule le numéro pour être sûr : « donc le [[TELEPHONE:zéro cinq, soixante-deux, dix-huit, quarante, vingt-six]], c'est bien ça ? ». C'est un fixe de {{Toulouse}}. Il veut parler « à un humain qui connaît mon dossier ». Le conseiller lui explique qu'il n'y a plus de conseiller attitré.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Castres}}, {{15h}}. L'agent assermenté, M. [[PERSONNE:Didier Fabre]], sonne chez M. [[PERSONNE:Anthony Rey]], [[ADRESSE:5 rue Villegoudou, 81100 Castres]]. Personne. Avis de passage dans la boîte. Il me dit : « il a {{48h}} pour justifier, souvent c'est un rdv kiné ». On attend {{5 min}} quand même dans la voiture.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Castres}}. Mme [[PERSONNE:Dolores Martínez]], {{84 ans}}, arrivée d'{{Espagne}} enfant. Aide facultative de {{150 €}} accordée pour le chauffage, versée par virement : elle sort un RIB tout jauni de son portefeuille, [[IBAN:FR76 1751 5900 0008 1234 5678 938]]. L'agente le recopie et lui rend le papier avec précaution.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription à l'épicerie sociale, {{CCAS}} de {{Tarbes}}. M. [[PERSONNE:Yannick Lamarque]], {{3 enfants}}, ex-salarié d'{{Alstom}} en intérim. Reste à vivre calculé : {{4,80 €}} par jour et par personne → éligible. Sa carte d'épicerie porte le n° [[IDENTIFIANT:ES-65-0412]]. Il demande si les enfants peuvent venir choisir les yaourts.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Réunion d'équipe du {{CCAS}} à {{11h}} : le téléphone sonne dans le vide, {{4 appels}} manqués. « On rappellera », dit la responsable. Personne ne rappelle pendant que je suis là.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle pour inscrire sa mère au portage de repas. La mère : Mme [[PERSONNE:Paulette Cazeneuve]], née en [[DATE_NAISSANCE:1937]], vit seule à {{Colomiers}}. La fille, [[PERSONNE:Sandrine]], habite {{Lyon}}, veut tout par mail : [[EMAIL:sandrine.cazeneuve@wanadoo.fr]]. L'agente dit qu'il faut l'accord de la maman. « Elle dira oui si c'est vous qui lui demandez. »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile à {{Lourdes}}, quartier haut, {{14h}}. M. [[PERSONNE:Raymond Pujo]], {{88 ans}}, ancien cheminot, chauffage au bois, plus la force de fendre. Dossier {{APA}} n° [[IDENTIFIANT:APA65-2024-1187]]. L'agente regarde la pile de bois, note « bois livré non fendu ». Il nous offre un verre de vin cuit, à 14h.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Purpan}}, jeudi {{4h}}. Un livreur {{Uber Eats}}, tombé en scooter sur les boulevards. La police a noté la plaque du scooter, [[IMMATRICULATION:FK-319-BH]], l'agent la recopie dans le dossier. Le livreur : [[PERSONNE:Mamadou Bah]], né en [[DATE_NAISSANCE:2000]], pas de {{carte Vitale}}, juste un récépissé. Il demande surtout si quelqu'un peut récupérer le sac de livraison.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Auch}}, mercredi {{17h30}}. Garçon de {{7 ans}}, chute de vélo, poignet. Sa mère, [[PERSONNE:Élodie Abadie]], {{41 ans}}, donne sa {{carte Vitale}}, l'enfant est dessus. L'agente lit : [[NIR:2 83 06 81 065 240 88]] « vous êtes née à {{Castres}} ? — oui ». Le petit, [[PERSONNE:Théo]], demande s'il aura un plâtre bleu.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ce que j'ai vu en {{1h}} à l'accueil des urgences de {{Tarbes}} :\n- {{2}} entorses\n- {{1}} douleur thoracique (passée direct)\n- 1 monsieur qui voulait juste un certificat pour le sport\n- {{1 gendarme}} avec un gardé à vue menotté\n- {{0}} médecin de garde en ville d'après l'{{IOA}}",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle : sa femme a été amenée par le {{SAMU}} ce matin. L'agente doit vérifier avant de dire quoi que ce soit : « son nom ? — [[PERSONNE:El Idrissi]], [[PERSONNE:Fatima Zahra]] — sa date de naissance ? — le [[DATE_NAISSANCE:vingt-trois mai soixante-dix-neuf]] ». Elle confirme qu'elle est en box, « vous pouvez venir, une personne ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Montauban}} : {{31 appels}} entre {{14h}} et {{16h}}, la moitié c'est « est-ce que je peux venir pour… ». L'agente, à un monsieur qui a mal au dos depuis {{3 semaines}} : « on n'est pas un cabinet médical, monsieur ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Castres}}, admission. M. [[PERSONNE:Luc Mazars]], {{45 ans}}, sort ce matin de la maison d'arrêt de {{Seysses}}. Numéro d'écrou [[IDENTIFIANT:48213]] sur le billet de sortie. Sa {{CPIP}}, Mme [[PERSONNE:Rivière]], a tout organisé par mail. Il a {{1 sac}} et {{34 €}}. Il demande où acheter des cigarettes.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Rosa Cortès]], voyageuse, demande une domiciliation. Elle vit en caravane, [[ADRESSE:aire d'accueil de Bas-Pays, place 14]], à {{Montauban}}. Numéro pour la joindre : [[TELEPHONE:07 68 12 93 40]]. La {{TS}} dit que la domiciliation c'est le {{CCAS}}, pas le {{CHRS}}, mais elle appelle le CCAS pour elle et prend un rdv.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe au {{CHRS}}, {{13h30}}, « synthèse » des situations. On me demande de sortir pour la partie nominative. Je sors. Dans le couloir, une affiche : « Atelier cuisine jeudi, on fait des crêpes ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Tarn-et-Garonne}}. Un jeune sorti de l'{{ASE}} il y a {{2 mois}}, [[PERSONNE:Enzo]], {{18 ans}}, né le [[DATE_NAISSANCE:9 janvier 2007]]. Son contrat jeune majeur n'a pas été renouvelé. L'écoutant lui trouve une place en {{FJT}} pour {{3 nuits}}. [[PERSONNE:Enzo]] dit « c'est déjà ça » et raccroche sans dire au revoir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une assistante sociale de {{Purpan}} au {{115}} : M. [[PERSONNE:Vasile Dumitru]] sort d'hospitalisation demain, {{IPP}} [[IDENTIFIANT:P02218760]], il ne peut pas retourner à la rue avec son plâtre. L'{{AS}}, Mme [[PERSONNE:Lambert]], donne son mail pour le suivi : [[EMAIL:c.lambert@chu-toulouse.fr]]. Réponse : lit halte soins santé plein, « on met en liste d'attente ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en hôtel, famille [[PERSONNE:Nazari]] : {{B&B Hotel}} de {{Colomiers}}, {{chambre 17}}. 5 personnes dans {{14 m²}}. La grande, [[PERSONNE:Zahra]], {{12 ans}}, fait ses devoirs assise sur le lit, le cahier sur une valise. Le micro-ondes est dans la salle de bain.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude « aller-vers » avec l'éducateur du {{CHRS}}, parking d'un supermarché de {{Colomiers}}. M. [[PERSONNE:Patrice Laborde]], {{57 ans}}, vit dans son camion ([[IMMATRICULATION:CX-774-PB]]) depuis son divorce. Il travaillait chez un sous-traitant d'{{Airbus}} jusqu'en {{2020}}. Il refuse le CHRS : « je garde mon camion, c'est chez moi ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Hélène Dutilleul]], {{57 ans}}, assistante de direction chez un sous-traitant aéro de {{Blagnac}}, licenciée en {{décembre}}. Identifiant [[ID_FRANCE_TRAVAIL:612 4490 M]]. Elle a préparé ses questions sur une fiche bristol. La conseillère répond à tout, elle coche. À la fin : « et à mon âge, honnêtement ? ». La conseillère ne répond pas tout de suite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Joaquim Tavares]], cap-verdien, carreleur, ouvre ses droits à l'{{ARE}}. Identifiant [[ID_FRANCE_TRAVAIL:4398127A]]. RIB du {{Crédit Mutuel}} : [[IBAN:FR7610278022000002145780113]]. La conseillère vérifie que le nom sur le RIB est le même que sur la pièce d'identité. C'est le cas, à un accent près.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Borne numérique : le jeune en service civique aide une dame à scanner son attestation employeur. 3 essais. « Le scanner n'aime pas le papier froissé ». Il le repasse à la main sur le bureau.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle pour fixer un entretien : M. [[PERSONNE:Baptiste Roques]], [[TELEPHONE:+33 6 55 41 09 87]]. Ça sonne, il décroche dans un bruit de chantier. « Je peux pas là, rappelez à midi ». Le conseiller note « rappeler {{12h}} » sur un post-it.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Oumou Sissoko]] appelle pour changer son adresse mail : nouvelle adresse [[EMAIL:oumou.sissoko1990@gmail.com]]. Identifiant [[ID_FRANCE_TRAVAIL:3907715N]]. Le conseiller lui fait épeler deux fois. Elle rit : « [[PERSONNE:Sissoko]] avec deux S au milieu ! ».",
    ),
]

# --- batch 4 -------------------------------------------------------------------------------

BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Traoré]] {{3 enfants}}, {{APL}} suspendue, bail pas a jour. n alloc [[N_ALLOCATAIRE:7734012]]. reglé en {{4 min}}, l'agente imprime l'attestation de loyer a faire signer au proprio",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Marina Oliveira]], auto-entrepreneuse (ménage chez des particuliers), ne sait pas quoi mettre dans sa déclaration trimestrielle {{RSA}}. Elle montre son SIRET perso : [[IDENTIFIANT:843 127 655 00010]]. En plus elle fait la compta le samedi au {{Garage Oliveira & Fils}}, chez son beau-frère, M. [[PERSONNE:Oliveira]], « payée en bons d'essence » 🙈. L'agente lui explique que ça aussi ça se déclare. Silence gêné.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateau tél : {{14 postes}}, {{11}} occupés. {{Post-it}} collé sur un écran : « RESPIRE 🧘 ». La conseillère à côté de moi enchaîne {{9 appels}} en {{40 min}}, sans se lever.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Anziza Soilihi]], {{29 ans}}, appelle mais n'a pas son numéro allocataire. La conseillère retrouve le dossier avec le NIR : [[NIR:2 95 05 99 397 132 10]] (« vous êtes née à {{Moroni}} ? — oui »). Dossier [[N_ALLOCATAIRE:3187250]]. Elle voulait juste savoir quand tombe le paiement : le {{5}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Albi}}, M. et Mme [[PERSONNE:Rouquié]], {{RSA}} couple. Le contrôleur demande les relevés des {{3 derniers mois}} du compte [[IBAN:FR76 1120 6200 1100 3142 2590 865]]. Des virements de {{200 €}} chaque mois « de la belle-mère ». Dans la cour un pick-up [[IMMATRICULATION:DV-230-KS]] plein de ferraille : M. [[PERSONNE:Rouquié]] dit qu'il récupère les métaux « pour rendre service ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de décence du logement, {{Tarbes}}, [[ADRESSE:44 rue Larrey, 65000 Tarbes]]. Locataire : Mme [[PERSONNE:Djamila Ounissi]], {{2 enfants}}. Propriétaire présent, M. [[PERSONNE:Castéra]], bras croisés. Humidimètre : {{28 %}} dans la chambre. Le contrôleur mesure la hauteur sous plafond : {{2,12 m}}. « C'est en dessous ». Le propriétaire : « ça a toujours été comme ça ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiant chinois, M. [[PERSONNE:Wang Jun]], en master à la {{Toulouse School of Economics}}. Affiliation à la sécu : passeport n° [[IDENTIFIANT:EJ4827715]], né le [[DATE_NAISSANCE:2001-11-23]] (il me montre, format chinois). L'agent lui explique qu'il aura un numéro provisoire. Il demande : « provisoire combien de temps ? » L'agent : « ça dépend ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'AGENT HAUSSE LA VOIX pour la 1re fois de la matinée : « MONSIEUR, JE NE PEUX PAS ». M. [[PERSONNE:Lopez]] voulait qu'on lui rembourse sa consultation en liquide, là, tout de suite. Il repart en claquant la porte. L'agent boit un verre d'eau et appelle le suivant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:António Gonçalves]], {{56 ans}}, ouvrier agricole, né au {{Portugal}}. Numéro de sécu : [[NIR:168089913905434]]. Il veut savoir pourquoi ses {{IJ}} ne sont pas payées. L'employeur n'a pas envoyé l'attestation de salaire. Rappel demandé au [[TELEPHONE:06 19 84 55 02]], « après {{18h}} parce que je suis dans les serres ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le conseiller m'explique qu'il a un « script » à l'écran pour chaque motif d'appel. Il le suit à moitié : « si je lis tout mot à mot, les gens raccrochent ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mission accompagnement santé de la {{Cpam}}, à domicile, {{Carmaux}}. Mme [[PERSONNE:Michèle Bouyssou]], {{67 ans}}, [[ADRESSE:8 avenue Jean Jaurès, 81400 Carmaux]], renonce aux soins dentaires depuis {{3 ans}} : « le devis c'était {{1 800 €}} ». La conseillère sort une liste de dentistes qui font le {{100 % santé}}. En partant on passe devant la statue de {{Jaurès}}, elle dit « il aurait pas aimé tout ça ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, antenne d'{{Empalot}}, aide alimentaire. Mme [[PERSONNE:Hawa Camara]], née le [[DATE_NAISSANCE:15/08/1988]], {{4 enfants}}, mari en intérim. L'agente note un portable pour la prévenir quand le colis est prêt : [[TELEPHONE:0758219043]]. Elle demande s'il y a des couches taille 4.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation, tableau blanc à l'accueil, « courrier arrivé aujourd'hui » :\n[[PERSONNE:BENSAÏD]]\n[[PERSONNE:KONATÉ]]\n[[PERSONNE:LE GALL]]\n[[PERSONNE:POPESCU]]\n[[PERSONNE:VOLKOV]]\nL'agent efface les noms au fur et à mesure que les gens passent. Je demande si c'est pas un problème, les noms au mur. Il dit que tout le monde fait comme ça.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Colomiers}}, la borne à tickets propose « Aide sociale », « Logement », « Seniors ». Un monsieur appuie sur les trois. Il a {{3 tickets}}. L'agent rit et les lui échange contre un seul.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Rémi Soula]] veut recevoir le dossier de demande d'aide par mail. Il dicte : « [[EMAIL:remi point soula arobase laposte point net]] ». L'agente écrit, relit : « r-e-m-i ? sans accent ? ». Oui. Elle envoie pendant l'appel, il confirme la réception.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{7h55}}, avant l'ouverture. Un monsieur appelle : sa voiture a été enlevée par la fourrière cette nuit, il dormait dedans depuis 2 mois. Plaque [[IMMATRICULATION:AK-516-ZP]]. Il s'appelle [[PERSONNE:Michel Arnaud]]. L'agente appelle la police municipale, puis le 115. Frais de fourrière : {{128 €}}. Il dit « j'ai pas ça ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour une aide-ménagère, {{Montauban}}, quartier {{Chambord}}. Mme [[PERSONNE:Georgette Molinier]], née en [[DATE_NAISSANCE:mille neuf cent trente-quatre]] comme elle dit, veuve d'un cheminot. Elle a sorti les photos de mariage pour nous. L'agente remplit la grille {{AGGIR}} à l'œil, sans poser les questions une par une. {{1h10}} de visite.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{21h40}}. Un homme gare un fourgon devant l'entrée pour déposer sa femme, Mme [[PERSONNE:Kenza Alaoui]], enceinte, contractions. Le vigile : « le [[IMMATRICULATION:ES-947-FN]], vous pouvez pas rester là ! ». L'{{IOA}} la réoriente vers la maternité, un brancardier l'accompagne. Le mari repart garer le fourgon en courant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un vieux monsieur au guichet : « je suis né le [[DATE_NAISSANCE:premier avril quarante-six]], et c'est pas une blague ». M. [[PERSONNE:Marcel Bonhomme]], de {{Montauban}}, {{carte Vitale}} [[NIR:1 46 04 82 121 203 55]]. L'agente me glisse « il est adorable ce {{bonhomme}} ». Motif : il s'est coupé en taillant ses rosiers.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Castres}}, dimanche soir. Le {{Castres Olympique}} a gagné, salle calme. L'{{IOA}} : « les supporters de {{Castres}} sont plus sages que ceux de {{Toulouse}} » 😂. {{6 patients}} en attente, record de la saison d'après elle.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Secrétariat des urgences. Un médecin traitant demande le compte rendu d'un patient passé cette nuit. Dr [[PERSONNE:Nguyen Van Long]], il donne son adresse de messagerie sécurisée : [[EMAIL:vanlong.nguyen@medecin.mssante.fr]]. La secrétaire envoie en direct, « par la boîte normale c'est interdit ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la gendarmerie de {{Lannemezan}} : accident sur l'{{A64}}, {{3 blessés}} légers, arrivée dans {{40 min}}. L'{{IOA}} prévient la cadre et libère deux box.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Tariq Mahmood]], pakistanais, cuisinier, vient de signer un {{CDI}} dans un restaurant de {{Saint-Cyprien}}. Titre de séjour n° [[IDENTIFIANT:9207314586]]. Son employeur veut un RIB : il a ouvert un compte, RIB [[IBAN:FR76 3000 3017 8000 0204 5617 889]]. Le travailleur social photocopie tout, « pour le dossier de sortie ». Il sourit tout le temps.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice aide M. [[PERSONNE:Kevin Lagarde]], {{23 ans}}, à s'inscrire à {{France Travail}} sur l'ordi du {{CHRS}}. Il faut une adresse mail, il n'en a pas. Création : [[EMAIL:kevin.lagarde31@outlook.fr]]. Mot de passe écrit sur un papier qu'il met dans sa chaussure. Identifiant reçu : [[ID_FRANCE_TRAVAIL:7120459P]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{19h}}, repas collectif : lentilles saucisses. {{22 résidents}}. Un gars ne mange pas de porc, l'éducateur lui ouvre une boîte de thon. Personne ne fait de remarque. Télé allumée sur un jeu, personne ne regarde.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{18h20}}. Mme [[PERSONNE:Blessing Okafor]], nigériane, appelle du téléphone d'une passante, avec {{2 enfants}}, à la {{gare routière}} de {{Toulouse}}. Numéro de la passante noté pour rappeler : [[TELEPHONE:06 33 71 58 24]]. Place trouvée à {{20h05}}. La passante rappelle elle-même pour savoir, elle ne voulait pas partir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, nuit. « Allô, c'est [[PERSONNE:Momo]] ». L'écoutant sourit : sur la fiche, [[PERSONNE:Mohamed Belkacem]], {{62 ans}}, {{15 ans}} de rue. Il appelle pas pour une place, il appelle « pour parler ». L'écoutant lui parle {{8 min}}, avec {{4 appels}} en attente.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement relais à {{Saint-Cyprien}}, [[ADRESSE:19 rue Réclusane, 31300 Toulouse]]. M. [[PERSONNE:Thomas Garcia]], {{41 ans}}, y vit depuis {{6 mois}}, il a sa fille un week-end sur deux. L'{{APL}} arrive bien, dossier [[N_ALLOCATAIRE:4075381]]. La chambre de la petite est déjà décorée, licorne et posters.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Arnaud Viguier]] lit son identifiant à voix haute en cherchant ses lunettes : « [[ID_FRANCE_TRAVAIL:2250887 h]] ». Il a eu un refus de formation cariste, il ne comprend pas pourquoi. La conseillère : « parce que la session de {{Muret}} est pleine, pas parce que vous êtes refusé ». Il respire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription, la conseillère saisit en lisant le passeport : « [[PERSONNE:BAMBA Ibrahima]], né le [[DATE_NAISSANCE:30/12/1997]] à {{Abidjan}} ». Identifiant attribué : [[ID_FRANCE_TRAVAIL:6638102C]]. Il a un master de logistique ivoirien, non reconnu ici. Il demande s'il peut faire une {{VAE}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Job dating « aéronautique » dans le hall : {{6 entreprises}}, {{80 candidats}}, des kakémonos partout. Un recruteur de {{Safran}} dit que ça recrute encore « mais pas les mêmes profils que ceux qu'on a licenciés ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Rachid Benhaddou]], chauffeur {{VTC}}, loue sa voiture ([[IMMATRICULATION:FP-603-AW]]) {{350 €}} la semaine, n'y arrive plus. Il veut devenir conducteur de bus chez {{Tisséo}}. La conseillère sort la fiche métier, permis D financé. Il dit « en fait je veux juste un salaire fixe ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Cédric Vaysse]] : son allocation est partie sur son ancien compte, fermé. Le conseiller : « vous avez changé de RIB le 3, le paiement est parti le 2 ». Nouveau RIB bien enregistré : [[IBAN:FR76 1780 7000 4140 3219 8765 416]]. La banque doit rejeter le virement, « comptez {{10 jours}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Entre deux appels le conseiller me dit qu'il a {{214}} demandeurs dans son portefeuille. Il en parle comme d'un troupeau, puis se reprend : « enfin, 214 personnes, quoi ».",
    ),
]

# --- batch 5 -------------------------------------------------------------------------------

BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Gers}}, accueil d'{{Auch}}, vendredi {{9h}}. M. [[PERSONNE:Baptiste Lartigue]], éleveur de canards, veut la prime d'activité. Il tend sa carte : n° MSA [[N_ALLOCATAIRE:0931472]]. L'agent : « vous, c'est la {{MSA}}, pas nous ». Il le savait à moitié. L'agent lui écrit l'adresse de la MSA sur un post-it, c'est à {{300 m}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Priscilla Mendy]] donne un RIB de banque en ligne ({{N26}}), IBAN allemand : [[IBAN:DE29 1001 1001 2638 4729 15]]. L'agente hésite, demande à sa collègue : « on prend les IBAN étrangers ? » — « oui, zone {{SEPA}} ». Elle le saisit quand même en vérifiant deux fois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Loïc Kerbrat]], breton, muté chez {{Airbus}} à {{Blagnac}} en {{janvier}}. Son dossier n'a pas suivi depuis la {{Caf}} du {{Finistère}}. N° alloc [[N_ALLOCATAIRE:8802341]]. La conseillère lance la mutation et note son mail : [[EMAIL:loic.kerbrat@yahoo.fr]]. Il dit « chez nous ça allait plus vite » en rigolant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "APPEL TRÈS LONG : {{34 minutes}} pour un calcul de {{prime d'activité}}. La conseillère refait le calcul 3 fois à la main sur une feuille de brouillon, le simulateur ne donne pas le même montant que le droit réel. Elle ne sait pas expliquer l'écart. Moi non plus.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Nkoulou]] épelle son nom : « [[PERSONNE:N comme Nathalie, K, O, U, L, O, U]] ». La conseillère retrouve le dossier. Problème : elle a déménagé et les courriers partent encore à l'ancienne adresse. Elle laisse un portable : [[TELEPHONE:07 52 40 88 13]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle suite à signalement, {{Castelsarrasin}}. M. [[PERSONNE:Kamel Ziani]], déclaré seul avec {{2 enfants}}. Le signalement parle d'une voiture garée chaque nuit devant chez lui ([[IMMATRICULATION:GE-118-VC]]). Sur les relevés, le compte [[IBAN:FR76 3000 4015 4500 0104 5632 902]] est un compte joint avec une Mme [[PERSONNE:Laura Bénazet]]. Il dit « c'est mon ex, on n'a jamais fermé le compte ». Le contrôleur note, demande la preuve de séparation.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Tarbes}}, permanence jeudi. M. [[PERSONNE:Mihai Popa]], saisonnier roumain dans l'hôtellerie à {{Lourdes}}, s'est fait soigner avec sa carte européenne : n° [[IDENTIFIANT:80642000017740326581]]. La clinique veut être payée, la Cpam dit que ça passe par la caisse roumaine. Il a une facture de {{240 €}} pliée dans la poche.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Inès Laborie]], {{25 ans}}, née à {{Blagnac}}, veut activer l'appli {{carte Vitale}}. L'agente scanne sa carte d'identité, lit le NIR : [[NIR:2 99 04 31 069 308 46]]. Ça bloque à la reconnaissance faciale. 3 essais, la lumière du néon. Elle repart en disant qu'elle fera ça chez elle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Vendredi {{16h}}, accueil {{Cpam}} de {{Tarbes}} : vide. L'agent range des brochures {{M'T dents}} et {{Mon soutien psy}}. Il me dit que le vendredi après-midi c'est comme ça depuis le {{Covid}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Oleksandr Bondarenko]] appelle avec une voisine qui traduit. Date de naissance donnée pour l'identification : le [[DATE_NAISSANCE:17 mars 89]]. Il attend sa {{carte Vitale}} depuis {{5 mois}}. Portable pour le rappel : [[TELEPHONE:+33 7 66 20 14 39]]. Le conseiller voit que la photo envoyée était refusée, personne ne l'a prévenu.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Montserrat Puig]], née en {{Catalogne}}, ancienne couturière, appelle pour son remboursement de transport en taxi conventionné (dialyse à {{Montauban}}). NIR : [[NIR:249039913402544]]. Le conseiller : « le transporteur doit faire la demande, pas vous ». Elle : « il me dit que c'est moi ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Tarbes}}, {{10h30}}, avec [[PERSONNE:Nathalie]], agente assermentée. Chez M. [[PERSONNE:Fabien Larrieu]], la voiture est dans l'allée ([[IMMATRICULATION:BT-662-HM]]) mais personne ne répond. [[PERSONNE:Nathalie]] sonne 3 fois, attend {{10 min}}. Avis de passage. « Il est peut-être sous la douche, on n'en sait rien. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Auch}}, aide au permis de conduire. M. [[PERSONNE:Dylan Assié]], {{20 ans}}, a une promesse d'embauche dans une coopérative agricole si permis. Aide de {{400 €}} votée, versée directement à l'auto-école, mais il faut un RIB pour le reste : celui de sa mère, [[IBAN:FR76 1690 6000 4334 5120 9875 120]]. L'agente dit que c'est accepté « exceptionnellement ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Carmaux}}, vendredi, jour de marché place {{Jean-Jaurès}}. Accueil vide jusqu'à {{11h}}, puis tout le monde arrive en même temps avec les courses. L'agente : « ils font le marché d'abord, nous après ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour son voisin, M. [[PERSONNE:Émile Carrère]], {{91 ans}}, « qui ne descend plus chercher son pain ». Elle laisse son numéro : [[TELEPHONE:05.62.93.17.46]]. L'agente dit qu'elle passera lundi. Elle raccroche et me dit : « c'est les voisins qui font tout, en vrai ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite après la crue, {{Muret}}, [[ADRESSE:7 avenue des Pyrénées, 31600 Muret]], rez-de-chaussée. M. et Mme [[PERSONNE:Saïdi]]. Trace d'eau à {{60 cm}} sur les murs, odeur de vase. N° de sinistre de l'assurance : [[IDENTIFIANT:SIN-2025-0318744]]. L'agente du {{CCAS}} prend des photos pour le fonds d'urgence. Mme [[PERSONNE:Saïdi]] a sauvé les papiers en les mettant dans le four.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du logement d'urgence de la mairie, un studio au-dessus de l'école. Propre, meublé, {{2 lits}}, une bouilloire neuve. Il doit être prêt pour une famille qui arrive ce soir. L'agente ajoute des draps.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Claire-Marie Delpech]], chute dans l'escalier. Elle n'a que sa carte d'identité (nouveau format) : n° [[IDENTIFIANT:X4RT72KP9]], née le [[DATE_NAISSANCE:05/10/1984]]. L'agent saisit, le logiciel veut aussi un médecin traitant, elle n'en a pas. Il met « aucun », case obligatoire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Auch}}, {{6h10}}. Accident sur la {{RN124}}. Un camionneur espagnol, M. [[PERSONNE:Javier Ruiz]]. Le gendarme donne la plaque du camion : [[IMMATRICULATION:2471 KLM]]. Contact de l'employeur à {{Saragosse}} : [[TELEPHONE:+34 612 48 77 30]]. L'agente essaie son espagnol de lycée, le gendarme finit par traduire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h}} du matin. L'agent d'accueil mange des chips, l'{{IOA}} fait des tours de salle. Il me dit : « la nuit, c'est l'alcool et la solitude, surtout la solitude ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une patiente passée hier rappelle pour son certificat de coups et blessures. Mme [[PERSONNE:Gwendoline Marchal]]. La secrétaire dit qu'on peut l'envoyer par mail : [[EMAIL:gwen.marchal@sfr.fr]]. Puis se reprend : « non, en fait il faut venir le chercher, c'est un document médical ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un foyer d'accueil médicalisé prévient de l'arrivée d'une résidente, Mme [[PERSONNE:Yvonne Sarrat]], {{66 ans}}, née à {{Tarbes}}. L'éducatrice dicte le numéro de sécu : [[NIR:2 58 09 65 440 402 81]]. « Elle ne parle pas, elle a peur du bruit, vous pouvez la mettre au calme ? » L'{{IOA}} note en majuscules : CALME.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bonne nouvelle au {{CHRS}} : M. [[PERSONNE:Florian Cazals]] a signé à l'abattoir de {{Castres}}, prise de poste à {{5h}} du matin. Il faut une voiture. Il a trouvé une {{206}} à {{900 €}}, carte grise pas encore à son nom, plaque [[IMMATRICULATION:BN-385-TJ]]. Aide à la mobilité demandée à {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:5572013D]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Naïma Bouazza]], arrivée au {{CHRS}} il y a {{10 jours}}, ouvre ses droits {{Caf}} avec l'éducatrice. Nouveau n° allocataire : [[N_ALLOCATAIRE:9014537]]. Son mail : [[EMAIL:naima.bzz@gmail.com]]. Elle ne se souvient plus du mot de passe du mail. On en crée un nouveau. Ça prend {{45 min}} pour tout.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit du {{115}}, de {{0h}} à {{4h}} : {{37 appels}}, {{5}} places données, {{32}} « pas de solution ce soir ». L'écoutante tient le compte sur une feuille avec des bâtons. Elle dit que le pire c'est de répéter la même phrase.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Hautes-Pyrénées}}. Un pèlerin sans argent à {{Lourdes}}, M. [[PERSONNE:Jean-Baptiste Mukendi]], congolais, son groupe est reparti sans lui. Passeport n° [[IDENTIFIANT:OB0412773]]. L'écoutant appelle le {{Sanctuaire}}, qui a un accueil pour ça. « On a l'habitude » dit la dame du Sanctuaire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel de la maraude au 115, {{22h}}, sous le {{Pont-Neuf}} : un homme allongé, conscient, il dit qu'on l'appelle « [[PERSONNE:Tonton]] ». Le maraudeur laisse son portable pour être rappelé : [[TELEPHONE:06 20 41 93 77]]. Place trouvée à {{La Halte}}. « [[PERSONNE:Tonton]] » ne veut pas y aller sans son caddie.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel, {{Montauban}}, {{Hôtel Formule 1}}, {{chambre 9}}. Famille [[PERSONNE:Hakobyan]], arméniens, avec un bébé né le [[DATE_NAISSANCE:11/01/2025]]. Le lit bébé prêté par le {{CHRS}} prend toute la place entre les lits. La maman, [[PERSONNE:Anahit]], me montre le bébé avec fierté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Nicolas Bertolini]], {{49 ans}}, licencié d'un sous-traitant aéro de {{Colomiers}}. Identifiant [[ID_FRANCE_TRAVAIL:1849306L]]. Il vérifie le RIB enregistré pour l'{{ARE}} : [[IBAN:FR76 1010 7003 4500 4123 7896 365]], c'est bon. Il veut créer une entreprise de menuiserie. La conseillère l'oriente vers l'{{ARCE}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche dans l'agence : « SALON DE L'EMPLOI SAISONNIER — {{LOURDES}} — {{26 MARS}} ». La conseillère : « les hôtels rouvrent pour {{Pâques}}, ils cherchent {{200}} personnes ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Valentin Soucasse]] a déménagé, nouvelle adresse à saisir : [[ADRESSE:3 impasse du Moulin, 32000 Auch]]. Identifiant [[ID_FRANCE_TRAVAIL:7304118S]]. Le logiciel refuse l'adresse (« impasse » pas reconnue), la conseillère écrit « imp. » et ça passe. Elle hausse les épaules.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Claudine Rigal]] dicte son RIB, l'ancien format, pas l'IBAN : « [[IBAN:13106 00500 30012578406 17]] ». Le conseiller reconstruit l'IBAN à l'écran. Elle s'excuse, elle a le vieux chéquier sous les yeux.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Youssef Amrani]] ne reçoit aucun mail de {{France Travail}} depuis son inscription. Le conseiller regarde : adresse enregistrée [[EMAIL:youssef.amrani@gmial.com]]. Faute de frappe à l'inscription. Corrigé. Identifiant [[ID_FRANCE_TRAVAIL:4126650G]]. « {{2 mois}} que j'attends des convocations ! ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère : « le jeudi c'est la journée des rendez-vous téléphoniques ». {{12}} rdv au planning, {{4}} « non joignable ». Pour chaque absent elle laisse un message identique.",
    ),
]

# --- batch 6 -------------------------------------------------------------------------------

BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "ticket {{A112}}, attente {{1h05}}, pour un papier que la borne aurait pu imprimer 🙄",
    ),
    (
        "caf",
        "accueil_physique",
        "Long échange, {{45 min}}. Mme [[PERSONNE:Sabrina Chaouch]], séparée depuis l'automne, le père des enfants ([[PERSONNE:Mickaël]]) ne verse plus la pension alimentaire depuis {{novembre}}. L'agente lui explique l'{{ARIPA}} : la {{Caf}} peut avancer l'{{ASF}} et se retourner contre lui. Elle a peur qu'il « le prenne mal ». N° alloc [[N_ALLOCATAIRE:1348806]]. On vérifie le compte de versement, [[IBAN:FR76 3000 3021 8700 0509 1234 759]], c'est bien le sien seul maintenant. Elle repart avec le formulaire et dit « je vais réfléchir ». L'agente me dit après : « elles réfléchissent toutes, et elles reviennent dans {{3 mois}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Aissatou Barry]] met à jour la composition du foyer : ses deux enfants restés en {{Guinée}} arrivent, nés en [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2019]], [[PERSONNE:Mariama]] et [[PERSONNE:Ibrahim]]. Il faut le certificat de l'{{OFII}} pour le regroupement familial. Elle l'a. L'agent est presque surpris que tout soit là.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une conseillère me montre la base de connaissances : {{1 200 fiches}}. « Personne ne les a toutes lues. On connaît les {{50}} qui servent. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Véronique Alquier]], {{52 ans}}, déclare une vie en couple avec M. [[PERSONNE:Hervé Landes]]. La conseillère demande les deux NIR. Le sien : [[NIR:2 72 10 81 004 221 18]]. Celui du conjoint, qu'elle lit sur sa {{carte Vitale}} à lui : [[NIR:1 64 04 31 555 318 25]]. « Et donc mon {{AAH}} va baisser ? » La conseillère : « probablement pas depuis la déconjugalisation ». Soulagement audible.",
    ),
    (
        "caf",
        "controle_sur_place",
        "controle bagatelle, [[ADRESSE:10 rue du Lot, 31100 Toulouse]], 3e gauche. M. [[PERSONNE:Sékou Konaté]], seul déclaré, {{1 enfant}}. pas de souci logement. il me demande de noter la plaque de la voiture qui bloque son parking depuis {{1 semaine}} : [[IMMATRICULATION:fh-092-ny]] (il croit que je suis de la mairie). le controleur rit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Atelier « créer son compte {{Ameli}} », {{10h}}. {{5 inscrits}}, 2 viennent, 1 n'a pas d'adresse mail. L'animatrice commence par créer les adresses mail. Le compte Ameli sera pour la prochaine fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Habib Mansouri]], algérien, retraité, vit entre {{Montauban}} et {{Tlemcen}}. Il doit prouver sa résidence en France pour garder ses droits. L'agent photocopie son passeport : [[IDENTIFIANT:198245671]]. Il demande si les mois passés là-bas « comptent pour les impôts aussi ». L'agent : « ça, c'est pas nous ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Jeune homme, [[PERSONNE:Dimitri Ferrand]], {{23 ans}}, de {{Colomiers}}, premier boulot, veut sa propre {{carte Vitale}} (il était sur celle de sa mère). Il lit son numéro : [[NIR:101053114901294]]. Le conseiller dit qu'il l'a déjà, qu'elle a été envoyée chez la mère. Rappel demandé au [[TELEPHONE:06-81-27-64-09]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une pharmacienne de {{Lectoure}} appelle pour savoir si un patient a des droits ouverts. Le conseiller refuse sans l'accord de l'assuré. Elle s'énerve poliment : « mais il est devant moi ! ». Il demande de lui passer le patient.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile après une hospitalisation, programme de retour à domicile, {{Montauban}}. M. [[PERSONNE:Serge Delbreil]], {{74 ans}}, [[ADRESSE:26 rue de la Comédie, 82000 Montauban]], prothèse de hanche. La conseillère, [[PERSONNE:Karine]], vérifie : infirmière ok, kiné ok, portage des repas pas commencé. Elle appelle le {{CCAS}} depuis la cuisine.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tarbes}}, secours d'urgence de {{100 €}} pour M. [[PERSONNE:Adrien Sentenac]], fin de droits {{ARE}}, {{2 enfants}} le week-end. Versé par virement sur [[IBAN:FR7610278022190003451770271]]. « Ça arrive quand ? — lundi ou mardi. » Il fait la grimace, c'est le week-end des enfants.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Vendredi {{14h}}, file devant l'épicerie solidaire : chariots, cabas à roulettes, un enfant en trottinette. La bénévole sort dire : « y a plus de lait, je préfère vous prévenir ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une mandataire de l'{{UDAF}} pour un majeur sous curatelle : M. [[PERSONNE:Patrick Escoubet]], né le [[DATE_NAISSANCE:02/09/1963]]. La curatrice, Mme [[PERSONNE:Sanchez]], demande un rdv commun. Elle donne son mail pro : [[EMAIL:l.sanchez@udaf31.fr]]. L'agente dit : « avec lui, le matin c'est mieux ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle « pour le colis de {{Noël}} des anciens ». On est en mars. L'agente : « c'est fini depuis décembre, madame ». La dame : « alors je m'inscris pour l'an prochain ». L'agente l'inscrit.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite en mobil-home, [[ADRESSE:camping Les Rives du Tarn, emplacement 41]], à côté d'{{Albi}}. M. [[PERSONNE:Dominique Gayraud]], {{63 ans}}, y vit à l'année depuis sa faillite. Sa vieille voiture ([[IMMATRICULATION:4582 WT 81]]) ne démarre plus, il fait ses courses à vélo. Il a mis des jardinières devant le mobil-home, des géraniums et un {{olivier}} en pot.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation, {{Albi}}, {{9h30}}. Mme [[PERSONNE:Henriette Pélissier]], {{86 ans}}, veuve, demande l'aide au loyer. Son dossier {{Caf}} : [[N_ALLOCATAIRE:2671390]], {{APL}} déjà au maximum. L'agente regarde les factures posées sur la toile cirée, fait des additions au crayon. Reste à vivre : {{6 €}} par jour.",
    ),
    (
        "urgences",
        "accueil_physique",
        "« {{IPP}} [[IDENTIFIANT:P00918234]], [[PERSONNE:LAFONT Grégory]], né le [[DATE_NAISSANCE:22-07-1991]] », lit l'agente. Il vient pour la 3e fois ce mois-ci, crises d'angoisse. L'{{IOA}} le connaît : « vous avez vu le psy ? — il y a {{4 mois}} d'attente ». Elle le met en box calme.",
    ),
    (
        "urgences",
        "accueil_physique",
        "RUPTURE DE BRANCARDS À {{22H}}. Les ambulanciers attendent avec leur patient sur leur propre brancard, bloqués {{1h30}}. Un ambulancier : « pendant ce temps-là, on ne roule pas, y a des appels qui attendent ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une ado arrive seule, {{15 ans}}, mal au ventre. L'agente doit joindre un parent. [[PERSONNE:Jade]] donne le numéro de sa mère : [[TELEPHONE:06 48 07 21 66]]. La mère, [[PERSONNE:Céline Rouaix]], arrive {{25 min}} plus tard, en blouse de travail (elle est aide-soignante en {{EHPAD}}).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone des urgences de {{Castres}} sonne {{2 min}} sans que personne ne puisse décrocher. L'agente finit par le prendre : « Urgences bonjour, ne quittez pas » et repose le combiné sur le bureau.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un garagiste de {{Toulouse}} appelle : la voiture d'un patient accidenté ([[IMMATRICULATION:GH-734-CL]]) a été remorquée chez lui, il veut le contact du propriétaire. L'agent refuse de donner quoi que ce soit. Le garagiste, M. [[PERSONNE:Ferrand]] du {{Garage des Minimes}}, laisse son numéro pour que le patient le rappelle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Anniversaire au {{CHRS}}. [[PERSONNE:Mireille]] a {{60 ans}} aujourd'hui, née le [[DATE_NAISSANCE:14 mars 1965]], elle le répète à tout le monde. Gâteau au chocolat fait à l'atelier cuisine, {{1}} bougie en forme de 6 et {{1}} en forme de 0. Elle pleure un peu, « ça fait {{30 ans}} qu'on m'a pas fait de gâteau ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Point administratif de M. [[PERSONNE:Ahmed Saïdani]] avec son référent, la liste au tableau :\n- {{Caf}} : [[N_ALLOCATAIRE:5503829]] → OK, {{RSA}} ouvert\n- {{France Travail}} : [[ID_FRANCE_TRAVAIL:2068843W]] → radié en {{février}} ?? à vérifier\n- {{Cpam}} : OK\n- banque : à faire\n- mutuelle : à faire\nLe référent coche au feutre vert ce qui est fait.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. L'écoutant m'explique les couleurs du logiciel : rouge = famille avec enfant de moins de {{3 ans}}. Ce soir, {{6 lignes rouges}}. Il dit qu'il n'y a pas de couleur pour « personne qui appelle tous les soirs depuis {{2 ans}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une assistante sociale de la {{MDS}} de {{Carmaux}} appelle le {{115}} du {{Tarn}} pour une femme qui a quitté son domicile ce matin, Mme [[PERSONNE:Sandra Vialar]], avec sa fille. Pour la joindre sans risque : la ligne du bureau de l'{{AS}}, [[TELEPHONE:05 63 76 28 91]]. Mise à l'abri à {{Albi}} ce soir. L'écoutante rappelle le {{3919}} à l'AS.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{23h50}}, un homme appelle le {{115}} depuis sa voiture sur l'aire d'autoroute de {{Castelsarrasin}}, plus d'essence, plus d'argent. M. [[PERSONNE:Julien Marcou]]. L'écoutant note la plaque pour les gendarmes qui vont passer : [[IMMATRICULATION:DK-509-RE]]. Il dit qu'il allait voir sa fille à {{Bordeaux}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un logement en sous-location du {{CHRS}}, {{Albi}}, [[ADRESSE:12 rue Hoche, 81000 Albi]]. Mme [[PERSONNE:Lucía Quispe]], péruvienne, et sa fille. Tout est rangé au cordeau, des fleurs en plastique sur la table. Elle a préparé du café et des biscuits pour l'éducateur, il n'ose pas refuser.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour du bâtiment avec l'agent d'entretien : extincteurs, chaudière, {{chambre 3}} fermée (punaises de lit). Il parle des punaises comme d'un ennemi personnel. « Je les aurai. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Batbayar Ganbold]], mongol, {{31 ans}}, ingénieur des mines dans son pays. Réfugié statutaire depuis {{2023}}. Identifiant [[ID_FRANCE_TRAVAIL:3654210Z]]. Il veut bosser dans le {{BTP}} en attendant. La conseillère cherche une prépa « français pro », il y en a une à {{Empalot}} en {{mai}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{11h}}, agence pleine. La conseillère d'accueil fait des « flashs » : {{5 minutes}} debout au comptoir par personne, et si c'est compliqué, rdv. Je compte {{19}} flashs en une heure.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Anaïs Carrié]], {{19 ans}}, née le [[DATE_NAISSANCE:8 août 2005]], entre en contrat d'engagement jeune ({{CEJ}}). Allocation jusqu'à {{545 €}}. La conseillère vérifie son mail : [[EMAIL:anais.carrie05@gmail.com]]. [[PERSONNE:Anaïs]] me dit que c'est sa mère qui l'a poussée à venir. Elle veut être éducatrice canine.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Serkan Çelik]], soudeur, fin de contrat chez un sous-traitant d'{{ATR}}. Identifiant [[ID_FRANCE_TRAVAIL:4871092E]], RIB : [[IBAN:FR7611206000315287041630095]]. Il a déjà un entretien lundi à {{Cornebarrieu}}. Il vient juste « pour être en règle ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv téléphonique, le demandeur décroche dans une salle des fêtes : c'est un loto. Il répond entre deux numéros, on entend « le {{22}}… les deux petits canards ». Le conseiller abrège.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Rodrigue Essomba]] donne son identifiant par paires, comme un numéro de téléphone : « [[ID_FRANCE_TRAVAIL:58 21 90 7J]] ». Le conseiller tape [[ID_FRANCE_TRAVAIL:5821907J]], ça marche. Question sur une formation de cariste à {{Saint-Jory}} : il est pris.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Éliane Rakoto]] rappelle de {{Madagascar}}, où elle est partie voir sa mère malade. Elle a peur d'être radiée. Numéro pour la rappeler : [[TELEPHONE:00 261 34 12 905 73]]. Le conseiller : « déclarez l'absence, c'est tout, vous avez droit à {{35 jours}} ».",
    ),
]

# --- batch 7 -------------------------------------------------------------------------------

BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Tarn}}, antenne de {{Castres}}, jeudi {{10h20}}. Mme [[PERSONNE:Laurence Bonnet]], aide à domicile, {{1 enfant}}, veut que ses allocs arrivent sur son nouveau compte {{LCL}} : [[IBAN:FR96 3000 2023 1500 0071 2468 J43]]. L'agente recopie, compte les caractères sur ses doigts : « 27, c'est bon ». Mme [[PERSONNE:Bonnet]] rit.",
    ),
    (
        "caf",
        "accueil_physique",
        "Vendredi, {{16h30}}, dernier ticket. L'agent ferme le rideau à {{16h45}}. Une dame frappe à la vitre avec une enveloppe. Il rouvre, prend l'enveloppe, tamponne le récépissé. « Sinon elle revient lundi avec {{40 personnes}} devant elle. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Idriss Mahamat]], tchadien, a déménagé de la {{Reynerie}} à {{Lardenne}}. Nouvelle adresse : [[ADRESSE:27 avenue de Lardenne, 31100 Toulouse]]. N° alloc [[N_ALLOCATAIRE:3925064]]. La conseillère : « et le nouveau bail est à quels noms ? ». Il hésite. « Le mien. Et celui de mon cousin. » Ça change tout pour l'{{APL}}, elle explique, il soupire.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Christelle Delmas]], d'{{Auch}}, ne reçoit pas les notifications. Son mail sur le dossier : [[EMAIL:Ch.Delmas.Auch@Gmail.com]], avec des majuscules. La conseillère dit que ça ne devrait rien changer, mais le remet en minuscules « au cas où ». {{6 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Blagnac}}, [[ADRESSE:18 rue des Pâquerettes, 31700 Blagnac]], {{14h}}. Mme [[PERSONNE:Marie-Dominique Luciani]], {{44 ans}}, née à {{Bastia}}, en arrêt depuis la fermeture de la boutique de l'{{aéroport}}. Le contrôleur vérifie l'identité sur le dossier, NIR [[NIR:2 81 01 2B 033 058 39]]. Ressources déclarées : OK. Elle parle de la {{Corse}} pendant {{10 min}}, il la laisse parler.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Castres}}, contrôle d'un allocataire qui déclare vivre en camping-car. M. [[PERSONNE:Jérôme Bardou]], {{50 ans}}. Camping-car [[IMMATRICULATION:CR-442-WD]] garé sur le parking d'un ami. Pas de bail, pas d'adresse : domicilié au {{CCAS}}. Le contrôleur : « logement non éligible à l'{{APL}}, mais le {{RSA}} oui ». Il note « conforme ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Lucien Farenc]], {{71 ans}}, ancien mineur de {{Carmaux}}, casquette et canne. Il ne comprend pas pourquoi ses soins ne passent plus par le régime minier. NIR lu par l'agente : [[NIR:1 53 12 81 060 097 57]]. Elle explique la {{CANSSM}}, le transfert à la {{Cpam}}. Il dit : « on nous a tout pris, même la caisse ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Abdul Wahid Sultani]], né à {{Kaboul}}, réfugié, vient chercher l'attestation avec son numéro définitif (il avait un numéro provisoire depuis {{2 ans}}). L'agente imprime : [[NIR:1 92 03 99 212 003 34]]. Il prend la feuille à deux mains. Photo avec son tél.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Amandine Lacaze]], {{21 ans}}, de {{Muret}}, étudiante en alternance. Son numéro : [[NIR:203083139516626]]. Elle n'arrive pas à déclarer son médecin traitant. Le conseiller voit que le médecin est parti à la retraite. Elle ne savait pas. Rappel au [[TELEPHONE:07 49 63 10 28]] quand il aura une liste.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête à domicile, {{Balma}}, avec l'agent enquêteur de la {{Cpam}}. Mme [[PERSONNE:Stéphanie Rivals]], en arrêt maladie, mais son SIRET d'auto-entrepreneuse ([[IDENTIFIANT:910 573 286 00010]]) montre des factures pendant l'arrêt. Elle dit que c'est sa sœur qui utilise son compte. L'enquêteur reste neutre, fait signer le {{PV}}. {{40 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt annulé : l'assuré a repris le travail hier, l'info est arrivée pendant qu'on roulait. Demi-tour à {{Léguevin}}. L'agent : « une matinée pour rien, mais c'est une bonne nouvelle pour lui ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Nour Al Hassan]], syrienne, {{4 enfants}}, facture d'eau de {{380 €}}. Réf. client {{Veolia}} : [[IDENTIFIANT:0251 88743 12]]. L'agente appelle Veolia devant elle, obtient un échéancier en {{6 fois}}. Mme [[PERSONNE:Al Hassan]] dit merci en arabe puis en français.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Auch}}, demande de logement social. M. [[PERSONNE:Guillaume Mercadier]], {{35 ans}}, vit chez sa mère depuis la séparation. Adresse actuelle : [[ADRESSE:2 bis rue Gambetta, 32000 Auch]]. Mail : [[EMAIL:g.mercadier32@orange.fr]]. Numéro unique de demande à créer en ligne, l'agente le fait avec lui, {{25 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente a un mug « SUPER ASSISTANTE SOCIALE 💪 ». Elle en est à son 4e café à {{10h}}. « Le vendredi je triche, j'en prends 5. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour que l'aide accordée à sa mère, Mme [[PERSONNE:Baron]], soit versée sur son compte à lui : [[IBAN:FR62 2004 1010 1609 1445 2L02 986]]. L'agente refuse : compte du bénéficiaire uniquement, ou procuration. Lui, [[PERSONNE:Stéphane]], s'énerve : « c'est moi qui paie ses courses ! ». Elle propose un rdv avec la maman.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, dette de loyer. M. [[PERSONNE:Taha Benyoussef]], bailleur {{Promologis}}, réf. locataire [[IDENTIFIANT:PRM-0087412]]. Dette : {{2 100 €}}. Il a perdu son boulot de manutentionnaire chez un sous-traitant d'{{Airbus}} à {{Colomiers}}. L'agente monte un dossier {{FSL}} maintien. Il a tout classé dans une pochette plastique, par date.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Lourdes}}, samedi, pèlerinage italien. Mme [[PERSONNE:Maria Teresa Conti]], née le [[DATE_NAISSANCE:4 ottobre 1950]] (écrit en italien sur sa carte), malaise à la grotte. Sa fille traduit. L'agente : « ici en avril on parle plus italien que français ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Samedi {{15h}}, motard tombé sur la route de {{Saint-Lys}}. M. [[PERSONNE:Quentin Sarda]]. Les pompiers ont la clé de la moto ([[IMMATRICULATION:FN-871-AX]]), ils la donnent à l'agente qui la met dans une enveloppe avec son nom. Il demande surtout si la moto est « pas trop abîmée ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une famille demande la copie du dossier de passage de leur père, M. [[PERSONNE:Ortega]], pour l'assurance. La secrétaire explique la procédure : courrier + pièce d'identité. Ils donnent quand même leur mail : [[EMAIL:famille.ortega31@outlook.com]]. Elle l'écrit « pour les tenir au courant ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un journaliste de {{La Dépêche}} qui veut des chiffres sur l'attente du week-end. L'agente le renvoie à la direction de la communication, poliment mais vite.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien de suivi. M. [[PERSONNE:Aurélien Capdevielle]], {{27 ans}}, sorti de la rue il y a {{4 mois}}. Identifiant FT [[ID_FRANCE_TRAVAIL:6019384K]], n° alloc [[N_ALLOCATAIRE:7150926]]. Il a un contrat de {{20 h}} au {{MIN}} de {{Toulouse}}, la nuit. Il veut un studio. L'éduc : « on vise l'été ». Il répète « l'été » comme s'il le notait.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Mickaël Sabatié]] vend sa voiture sur {{Leboncoin}} pour payer une dette. Il me montre l'annonce : « 206, {{1 200 €}} à débattre », plaque visible sur la photo ([[IMMATRICULATION:AH-557-BK]]), vendeur [[IDENTIFIANT:@dj_mika_82]]. L'éducatrice lui dit de flouter la plaque. Il ne savait pas que ça se faisait.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Salle commune, {{18h}}. {{France 3 Occitanie}} montre la crue de la {{Garonne}} à {{Verdun-sur-Garonne}}. Les résidents commentent : « ils vont finir au {{115}} eux aussi ». Un autre : « eux ils ont une maison au moins ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, {{21h}}. Une femme appelle, voix pâteuse : « je suis née en [[DATE_NAISSANCE:soixante-douze]], je suis pas une gamine, je veux pas de dortoir ». Elle s'appelle [[PERSONNE:Corinne Marquès]]. L'écoutant note son portable : [[TELEPHONE:06 02 58 44 17]]. Chambre seule trouvée à {{Montauban}}, elle est à {{Toulouse}}, pas de train ce soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "La police appelle le {{115}} : expulsion locative ce matin. M. [[PERSONNE:Patrick Sicard]], {{58 ans}}, expulsé du [[ADRESSE:9 rue des Récollets, 31400 Toulouse]], ses affaires sont sur le trottoir. L'écoutant cherche un garde-meubles solidaire en même temps qu'une place. Il trouve la place, pas le garde-meubles.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement « {{Un chez soi d'abord}} ». M. [[PERSONNE:Sylvain]], {{52 ans}}, {{20 ans}} de rue, dossier {{SIAO}} [[IDENTIFIANT:SI31-24-11872]]. Matelas par terre, il ne veut pas de lit « ça fait trop haut ». Il a mis une photo de son chien {{Rex}} au mur, le chien est mort l'an dernier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Fatou Ndiaye]], agente de nettoyage chez un prestataire d'{{Airbus}}, contrat perdu quand le marché a changé de prestataire. Identifiant [[ID_FRANCE_TRAVAIL:8402157R]]. Mail : [[EMAIL:fatou.ndiaye.pro@gmail.com]]. Le conseiller : « normalement le nouveau prestataire doit vous reprendre ». Elle : « il a repris les autres ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Vendredi après-midi, agence de {{Castres}} : {{3 personnes}} en {{1h}}. Les conseillers font de l'administratif, porte du bureau fermée. Une conseillère me dit : « c'est le seul moment où on rattrape ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Tarbes}}. M. [[PERSONNE:Bruno Castagné]], {{55 ans}}, ex-{{Alstom}}, vérifie les infos de son dossier : identifiant [[ID_FRANCE_TRAVAIL:3395527F]], RIB [[IBAN:FR76 1690 6100 2087 6543 2104 596]]. Tout est bon. Il voulait juste « voir quelqu'un en vrai ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Nicolas Ribes]] signale son déménagement : [[ADRESSE:6 rue du Castella, 82100 Castelsarrasin]]. Le conseiller lui dit de le faire sur l'espace perso. « Je suis en train de le faire, ça plante. » Le conseiller le fait pour lui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Mehdi Kaci]] a loué une voiture avec l'aide à la mobilité pour une mission à {{Montauban}}. L'agence de location demande une attestation. Le conseiller note la plaque pour le dossier : [[IMMATRICULATION:GK-265-QT]]. Il envoie l'attestation par mail pendant l'appel.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:M'Hamed Benaïssa]], {{59 ans}}, cariste, appelle pour sa retraite progressive : « c'est vous ou la {{Carsat}} ? ». La conseillère : « la Carsat, mais on peut vous aider à calculer ». Il rit : « vous êtes la 4e personne qui me dit ça ».",
    ),
]

# --- end of notes --------------------------------------------------------------------------

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks; return the text, its entities (offsets in the text) and its keep list."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for match in MARK_RE.finditer(marked):
        before = marked[pos : match.start()]
        parts.append(before)
        length += len(before)
        if match.group(1) is not None:
            label, value = match.group(1), match.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = match.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build_notes() -> list[dict]:
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
    """Dev / holdout ids: depends only on the ids and the (site kind, channel) cells."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
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


def write(path: Path, notes: list[dict]) -> None:
    ordered = sorted(notes, key=lambda n: n["id"])
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in ordered]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main() -> None:
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
