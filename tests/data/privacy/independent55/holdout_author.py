"""Independent evaluation corpus n° 55: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind55-001`` …
``ind55-240`` follow the writing order. The dev / holdout split depends only on the ids and the
(site kind, channel) cells, drawn with ``random.Random(55)``.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind55"
SEED = 55

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

# Notes 001-035.
NOTES_01 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf du Gard}}, {{Nîmes}}, {{8h50}}. Je suis venue en me disant que ce serait des gens qui « profitent » (c'est ce qu'on lit dans les commentaires sous nos articles de {{Midi Libre}}…). Premiere personne au {{guichet 3}} : une dame, Mme [[PERSONNE:Sabatier]], {{71 ans}}, veuve depuis {{janvier}}, elle ne comprend pas pourquoi son {{APL}} a baissé. L'agent, [[PERSONNE:Karim]], lui explique que la pension de réversion compte dans les ressources. Elle : « mais c'est pas un salaire ! ». {{25 min}}. Rien à voir avec ce que j'imaginais.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel entrant {{10h12}} - monsieur veut changer son {{RIB}} pour l'{{ARE}}, l'agent ([[PERSONNE:Sandrine]]) lui dit de le faire dans l'espace perso mais il a pas internet. Elle le fait avec lui au tel. Identifiant dicté : [[ID_FRANCE_TRAVAIL:5284613T]]. Nouveau RIB : [[IBAN:FR76 1350 6100 0092 5421 0427 225]] ({{Crédit Agricole}}). Dure {{14 min}}. Je suis chef d'une entreprise de transport à {{Fos-sur-Mer}} : je pensais que tout le monde avait internet. Ce monsieur a un smartphone, mais pas de forfait data.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je dirige un hôpital de {{400 lits}} et je n'avais jamais passé {{4h}} d'affilée en zone d'accueil des urgences. {{CHU de Montpellier}}, {{Lapeyronie}}. L'{{IOA}} (infirmière d'accueil et d'orientation), [[PERSONNE:Nadège]], trie {{38 patients}} en 3h. Un monsieur âgé, M. [[PERSONNE:Fabregat]], arrivé par les pompiers, tombé dans sa cuisine à {{Castelnau-le-Lez}}. Sa fille au tel en boucle. Temps d'attente affiché : {{4h30}}. Chez nous on n'affiche pas, je me demande si c'est mieux.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS de Vauvert}} (je suis conseiller municipal, délégué aux solidarités, je n'y étais jamais allé). Mme [[PERSONNE:Ouali]], {{58 ans}}, [[ADRESSE:14 impasse des Micocouliers]], maison louée, pas de chauffage depuis {{novembre}}. Le propriétaire, un certain M. [[PERSONNE:Castan]], ne répond plus. Elle nous montre la facture {{EDF}}, réf client [[IDENTIFIANT:6004812337]]. En sortant l'AS ([[PERSONNE:Myriam]]) me dit « vous voyez, c'est pas les gens du centre-ville qu'on voit ici ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Prof de SVT à {{Montpellier}}, observatrice au plateau de la Cpam. {{3646}} : musique d'attente {{22 min}} avant d'avoir quelqu'un. Conseiller : [[PERSONNE:Thierry]]. Appel pour une {{CSS}} refusée, rien de perso dicté. Je croyais que l'attente venait des gens qui appellent pour rien ; lui appelait pour une vraie question, et il a attendu comme tout le monde.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Vaucluse}}, {{21h}}. {{46 appels}} en attente sur l'écran. Pas une place à {{Avignon}} ce soir, l'écoutante propose une nuit à {{Carpentras}}, le monsieur n'a pas de moyen d'y aller. Il raccroche. Elle soupire et prend le suivant. Aucun nom échangé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Je dirige une {{PME}} de {{60 salariés}} à {{Castelnaudary}} et je pensais que la {{Caf}} c'était un guichet pour « les autres ». Première écoute au plateau téléphonique de la {{Caf de l'Aude}} : un profil comme les miens ! Un cariste, M. [[PERSONNE:Aït Belkacem]], qui appelle parce que sa {{prime d'activité}} a sauté après ses heures sup de {{décembre}}. Le conseiller, [[PERSONNE:Julien]], lui demande son n° alloc : [[N_ALLOCATAIRE:3178452]]. Explication : trimestre de référence. Le cariste : « donc je travaille plus et je gagne moins ? ». [[PERSONNE:Julien]] : « sur trois mois, oui, après ça se lisse ». Je n'avais jamais compris ça non plus.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Prof de {{SES}} au {{lycée Daudet}} à {{Nîmes}}. Je voulais voir « {{Pôle emploi}} » en vrai (mes élèves disent encore Pôle emploi). Mme [[PERSONNE:Touati]], conseillère, reçoit un jeune de {{19 ans}}, [[PERSONNE:Yanis]], décrocheur, inscrit depuis {{3 semaines}}. Elle lui parle du {{CEJ}}, {{520 €}} max par mois. Il demande « et si je rate un rdv ? ». Elle : « on en parle, on coupe pas direct ». Son identifiant à l'écran : [[ID_FRANCE_TRAVAIL:601 7342 H]]. J'ai pensé à trois de mes anciens élèves.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Hôpital Nord}}, {{Marseille}}. Une femme appelle pour son père, {{84 ans}}, confus. Régulation = le {{15}}, l'agent la redirige. Elle insiste pour donner le nom : [[PERSONNE:Vincenzo Lombardi]], né le [[DATE_NAISSANCE:2 février 1941]]. L'agent note sur un post-it. Elle rappelle {{10 min}} plus tard. Je suis journaliste : je pensais que le standard d'un hôpital disait au moins « il est arrivé ». Non.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS Montpellier}}, antenne de {{la Paillade}} : file de {{12 personnes}} à l'ouverture ({{9h}}). Distribution des colis de la {{Banque alimentaire}}. Tout le monde se connaît.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Papier à faire pour {{La Provence}} sur « la fraude sociale ». {{2h}} d'accueil physique à la {{Cpam}}. Fraude vue : zéro. Vu : une dame ukrainienne, Mme [[PERSONNE:Kovalenko]], qui ne comprend pas pourquoi sa {{carte Vitale}} n'arrive pas ; l'agente, [[PERSONNE:Fatou]], retrouve le dossier : {{NIR}} provisoire, en attente de l'état civil. Puis un retraité, M. [[PERSONNE:Giordano]], qui veut juste un relevé d'{{IJ}} pour sa mutuelle. Il me dit « écrivez que les gens sont gentils ici ». Je note.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS L'Escale}} ({{Toulouse}}, quartier {{Bonnefoy}}). Entretien d'admission. Monsieur [[PERSONNE:Ibrahima Sow]], orienté par le {{SIAO 31}}, réf {{SIAO}} [[IDENTIFIANT:SI31-2025-04417]]. {{43 ans}}. Dernier logement : [[ADRESSE:27 rue des Amidonniers, 31000 Toulouse]], expulsé en {{mars}}. Educ : [[PERSONNE:Lucie]]. Il a un chien, {{Rambo}}, qui pose problème pour la chambre. Je suis conseiller municipal à {{Blagnac}} : je croyais que le chien était un détail. Ici c'est la première question après son nom.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Adjoint au maire de {{Lunel}}, au plateau. {{3949}} – attente annoncée {{8 min}}, réelle 19. La conseillère a {{7 appels}} de suite sur la même question : la fin de droits au {{1er du mois}}. Elle répète la même phrase, mot pour mot, à chaque fois. Je croyais qu'on leur donnait des scripts. Celui-là, elle l'a écrit elle-même, à force.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Stéphane]], contrôleur {{Caf 34}}, à {{Lunel}}. Objet : vie maritale supposée (signalement anonyme). Allocataire : Mme [[PERSONNE:Elodie Garcia]], n° alloc [[N_ALLOCATAIRE:2947163]], [[ADRESSE:3 rue de la Caladette, 34400 Lunel]]. Une seule brosse à dents, une voiture devant : [[IMMATRICULATION:FK-382-RB]], c'est celle de son frère (carte grise au nom de [[PERSONNE:Kevin Garcia]]). [[PERSONNE:Stéphane]] pose les questions doucement, elle pleure quand même. {{1h10}}. Il me dit après « dans {{8 cas sur 10}} il n'y a rien ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 6}}. Ado de {{15 ans}}, chute de trottinette à {{Montpellier}}, poignet. Sa mère (native d'{{Avignon}}, elle le précise en épelant) donne sa {{carte vitale}}, l'agent administratif tape le n° de sécu de la mère, l'enfant est rattaché : [[NIR:2 83 10 84 007 276 29]]. Nom de l'ado : [[PERSONNE:Noah Vidal]]. Attente estimée {{3h}}. Le gamin joue sur son tel.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à domicile, {{Cpam du Gard}}, avec l'agent assermenté ([[PERSONNE:Olivier Bousquet]]). Adresse : [[ADRESSE:Mas de la Font, chemin de Campagne, 30250 Sommières]]. Personne à {{10h20}} (heures de sortie interdites : {{9h-11h}}). Avis de passage. La voisine : « il est chez le kiné, le pauvre ». [[PERSONNE:Bousquet]] note quand même. Je suis chef d'entreprise ({{BTP}}, {{35 salariés}}), je pensais que ces contrôles n'existaient pas. Ils existent.",
    ),
    (
        "caf",
        "accueil_physique",
        "ENCORE la borne en panne. {{3 personnes}} repartent sans ticket. {{Caf Avignon}}, {{14h}}. (Moi, patron d'une PME de {{30 salariés}} : une borne en panne trois jours chez nous, quelqu'un se ferait virer.)",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS de Toulouse}}, ligne seniors. Un monsieur de {{88 ans}} appelle pour le {{plan canicule}}, veut être inscrit sur le registre. Il donne : [[PERSONNE:Raymond Cazals]], né en [[DATE_NAISSANCE:1937]], [[ADRESSE:9 rue Gabriel Péri, 31000 Toulouse]] ; tél fixe [[TELEPHONE:05 61 42 78 13]]. L'agente [[PERSONNE:Amina]] répète chaque info deux fois, lentement. {{12 min}}. Il finit par « vous êtes bien aimable mademoiselle ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement diffus du {{CHRS Le Relais}} ({{Nîmes}}, {{Pissevin}}) : [[ADRESSE:bât. C3, 12 rue Mallarmé, 30000 Nîmes]]. {{2 résidents}}. [[PERSONNE:Dragan]] (serbe, {{50 ans}}) et [[PERSONNE:Samir Haddad]]. Frigo vide, la chaudière fait un bruit de moteur. Le travailleur social, [[PERSONNE:Benoît]], appelle le bailleur devant nous, mis en attente {{17 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Je suis adjointe au maire d'{{Aubagne}}, à l'emploi. {{France Travail Aubagne}}, {{2e étage}}. Je m'attendais à des gens démotivés. Premier rdv : Mme [[PERSONNE:Nguyen Thi Lan]], {{52 ans}}, ex-gérante d'un restaurant à {{La Ciotat}}, qui veut une formation en compta. Le conseiller ([[PERSONNE:Florian Maurel]]) cherche dans l'offre de la {{Région}} : rien avant {{septembre}}. Elle : « je vais pas attendre {{6 mois}} à rien faire ». Moi non plus je n'aurais pas attendu.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Journaliste ({{Midi Libre}}), au plateau tel. Appel : allocataire ne reçoit plus les mails de la {{Caf}}. Vérif adresse : [[EMAIL:sandra.moreno84@gmail.com]] → il manquait le 4. Corrigé en direct. Appel {{6 min}}. Conseillère [[PERSONNE:Estelle]]. Je m'attendais à des appels compliqués ; la moitié sont comme celui-là, un chiffre oublié.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ce qui me frappe : la moitié des gens viennent pour imprimer une attestation qu'ils pourraient avoir sur {{Ameli}}. Mais sans imprimante, sans compte, sans mot de passe… L'agent dit que c'est {{40 %}} de sa journée. {{Cpam de Nîmes}}, {{10h-12h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU de Nîmes}} ({{Carémeau}}). Directeur d'hôpital en {{Lozère}}, je suis venu comparer. Ce qui m'a surpris : la secrétaire d'accueil, [[PERSONNE:Chantal]], connaît une bonne moitié des patients par leur prénom. « Bonjour [[PERSONNE:Momo]] ! encore vous ? ». M. [[PERSONNE:Mohamed Kaci]], sans domicile, {{3e passage}} du mois, {{IPP}} [[IDENTIFIANT:300481927]]. Elle lui sert un café avant même de l'enregistrer. Chez nous, le protocole l'interdirait. Délai affiché {{5h}}. Plus tard une dame de {{Beaucaire}} lui apporte des chocolats « pour la dernière fois ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une aide facultative ({{CCAS de Lodève}}). Logement propre, {{2 pièces}}, {{3 enfants}}. Dossier complet, le travailleur social dit que ça passera en {{commission du 12}}. On repart à {{11h15}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{Montpellier}}, nuit. Une jeune femme enceinte de {{7 mois}} dort dans sa voiture à {{Lattes}}. Voiture : [[IMMATRICULATION:EZ-718-PL]] (elle la donne pour que la maraude la trouve). Prénom : [[PERSONNE:Océane]]. Son portable [[TELEPHONE:07 68 21 49 30]]. L'écoutante ([[PERSONNE:Hélène]]) lui trouve une place à l'hôtel, {{Ibis budget Montpellier Sud}}, {{chambre 214}}. Le soulagement dans sa voix.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Je suis journaliste à {{La Dépêche}}, je pensais écrire sur les radiations. Au téléphone, à {{Toulouse}}, c'est l'inverse : des gens qui supplient d'être recontactés. Un monsieur épelle son nom « [[PERSONNE:D-J-E-L-L-O-U-L]] », identifiant [[ID_FRANCE_TRAVAIL:4408127 Z]] ; sa conseillère référente, Mme [[PERSONNE:Pujol]], est en arrêt depuis {{2 mois}}, personne n'a réaffecté son portefeuille. L'agent au tel s'excuse au nom de l'institution. {{3 fois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de {{RIB}} au guichet. Le monsieur tend un papier : [[IBAN:FR76 3000 4008 1540 3617 1388 121]]. L'agent ([[PERSONNE:Loïc]]) saisit, fait relire à voix haute. Bien vu, une erreur au {{3e bloc}}. {{Ticket A112}}, {{9h35}}. Directeur d'hôpital, je note : chez nous personne ne fait relire à voix haute, et on a des rejets de virement toutes les semaines.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Directrice d'une clinique à {{Aix-en-Provence}}, en écoute. Standard des urgences pédiatriques, {{Hôpital de la Timone}}. {{3 appels}} en {{10 minutes}} pour « fièvre à {{39}} », l'agent renvoie vers le {{15}} ou {{SOS Médecins}}. Il dit qu'il n'a pas le droit de donner un avis. Les parents ne comprennent pas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du {{CHRS La Caravelle}}, {{Marseille 3e}}. J'enseigne en {{REP+}} à {{Félix Pyat}}, j'ai reconnu la mère d'un élève. Elle m'a reconnue aussi. Gêne. Elle s'appelle [[PERSONNE:Naïma]], elle vient pour la domiciliation. L'éducatrice, [[PERSONNE:Sophie Hagopian]], lui remet son courrier : une lettre de la {{préfecture}} pour son titre de séjour, n° [[IDENTIFIANT:1302458796]]. On s'est dit bonjour comme à la sortie de l'école.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{CCAS d'Avignon}}, accueil. Je dirige une entreprise de nettoyage ({{120 salariés}}). Je suis tombé sur une de mes salariées, Mme [[PERSONNE:Bintou Coulibaly]], venue pour une aide à la cantine pour ses {{4 enfants}}. Elle travaille chez nous {{24h/semaine}}, c'est moi qui signe les plannings. Je n'ai rien dit, elle non plus. Je vais regarder les contrats à temps partiel en rentrant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{3646}}, assurée qui veut sa {{carte européenne}}. L'agent vérifie l'identité : {{NIR}} [[NIR:294071320311802]], née le [[DATE_NAISSANCE:14/07/1994]], nom [[PERSONNE:Leïla Bensaïd]]. Départ en {{Algérie}} le {{3 août}}. Carte envoyée sous {{15 j}}. {{5 min}} chrono.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv {{11h}} – M. [[PERSONNE:Kouassi]] :\n- veut passer le {{permis C}}\n- a {{1 800 h}} d'intérim\n- {{CV}} à refaire\n- mail pour les offres : [[EMAIL:kouassi.yao.pro [at] outlook.fr]]\nLa conseillère ([[PERSONNE:Nathalie]]) lui trouve une {{POE}} à {{Vitrolles}}.\nMoi (cheffe d'entreprise, BTP à {{Marignane}}) : je cherche des chauffeurs PL depuis {{6 mois}}. J'ai laissé ma carte à la conseillère.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Je suis maire d'un village de {{600 habitants}} dans les {{Corbières}}. J'ai accompagné le contrôleur de la {{Caf de l'Aude}} ([[PERSONNE:Jérôme Fabre]]) chez un couple à {{Lézignan-Corbières}}, les [[PERSONNE:Ruiz]], [[ADRESSE:21 avenue des Corbières, 11200 Lézignan-Corbières]]. Contrôle de ressources : j'étais sûr qu'il faisait les {{vendanges}} au noir. Non : {{CESU}} déclarés, tout est bon. Sa femme ressort les fiches de paie d'un classeur rangé nickel. Le contrôleur me dit que les gens ont plus peur de la {{Caf}} que des impôts.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences du {{CH d'Avignon}} ({{Henri Duffaut}}). Un homme gare sa camionnette devant l'entrée des ambulances, [[IMMATRICULATION:DR-904-XV]]. Le vigile lui demande de bouger, il porte sa femme dans les bras. Elle s'appelle [[PERSONNE:Rosa]]. Personne ne lui reparle de la camionnette.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Permanence tel du {{CCAS de Sète}}. {{9h-12h}} : {{14 appels}}. 6 pour le {{chèque énergie}}, 4 pour les colis, 2 pour la {{mutuelle communale}}, 2 faux numéros. Aucun nom donné.",
    ),
]

# Notes 036-070.
NOTES_02 = [
    (
        "caf",
        "accueil_physique",
        "Prof de maths à {{Lunel}}, venue avec mes préjugés. {{Caf de l'Hérault}}, {{9h}} : déjà {{30 personnes}} dehors, au soleil. Un vieux monsieur s'évente avec son avis d'imposition. Au {{guichet 2}}, l'agente [[PERSONNE:Maëlle]] reçoit Mme [[PERSONNE:Estève]], qui vient déclarer la naissance de sa petite [[PERSONNE:Inès]], née le [[DATE_NAISSANCE:28 avril]] — n° alloc [[N_ALLOCATAIRE:4418205]]. Elle a tout : livret de famille, acte, {{RIB}}. [[PERSONNE:Maëlle]] : « c'est rare quelqu'un qui a tout ! ». Je me suis dit que moi je n'aurais pas eu tout.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une fille pour sa mère de {{91 ans}} qui vit seule à {{Pézenas}} : portage de repas possible ? L'agent du {{CCAS de Pézenas}} prend les coordonnées : Mme [[PERSONNE:Marguerite Roumanille]], [[ADRESSE:5 place de la Fontaine, 34120 Pézenas]]. Le portable de la fille : [[TELEPHONE:+33 6 71 84 20 95]]. Délai pour le portage : {{8 jours}}. La fille : « 8 jours ?? elle aura maigri de 3 kilos ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{14h}}, salle d'attente des urgences de {{Purpan}} : {{27 personnes}} assises, 4 debout. La télé passe un jeu. L'écran d'attente est en panne depuis ce matin. L'agent d'accueil répond « je ne sais pas » une douzaine de fois, poliment. Prof de lycée, je reconnais la scène : un écran en panne et un adulte qui dit « je ne sais pas ». Chez nous c'est le vidéoprojecteur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Reportage pour un site d'info marseillais. {{France Travail}} {{Belle de Mai}}. Je m'attendais à l'usine. C'est une salle de {{40 m²}}, {{3 conseillers}}, un rdv toutes les {{20 min}}. M. [[PERSONNE:Der Bedrossian]], {{61 ans}}, licencié de la réparation navale : « à mon âge, qui m'embauche ? ». Sa conseillère, [[PERSONNE:Inès Ferrer]], du tac au tac : « moi, si j'étais patronne ». Il rit. Elle regarde son dossier (id [[ID_FRANCE_TRAVAIL:3391058P]]) : droits maintenus jusqu'à la retraite, elle lui explique. Il ne savait pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam de la Haute-Garonne}}, accueil. M. [[PERSONNE:Jean-Marc Laffont]] vient pour des lunettes mal remboursées. Il est de [[DATE_NAISSANCE:79]], « toulousain pur jus », il le dit deux fois. L'agente ([[PERSONNE:Céline]]) tape son {{NIR}} : [[NIR:1 79 01 31 555 482 48]], et lui montre que l'opticien a facturé hors {{100 % Santé}}. Lui : « on m'a rien dit ». {{18 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Bouches-du-Rhône}}, {{23h40}}. Un homme dit juste « j'ai froid » et raccroche. L'écoutant rappelle, pas de réponse. Il le note dans le logiciel sans nom, « homme, voix âgée, {{Vieux-Port}} ? ». Passe l'info à la maraude. Je suis journaliste ; je pensais que le 115 ne rappelait jamais.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Vice-présidente du Département du {{Gard}}, déléguée à l'insertion. On finance le {{RSA}} et je n'avais jamais écouté un appel à la {{Caf}}. 1er appel : une femme, [[PERSONNE:Sonia]], RSA suspendu parce qu'une {{DTR}} n'a pas été faite. L'agent ([[PERSONNE:Mathieu]]) trouve le motif en {{30 secondes}}. Elle donne son numéro allocataire chiffre par chiffre : « [[N_ALLOCATAIRE:deux, un, zéro, huit, quatre, quatre, six]] ». Il lui fait faire la DTR au téléphone. Je pensais que c'était elle qui avait mal fait. En fait le courrier était parti à son ancienne adresse.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile ({{CCAS de Cavaillon}}) chez M. [[PERSONNE:Santiago]], famille gitane sédentarisée, terrain familial [[ADRESSE:chemin des Puits, lot 4, 84300 Cavaillon]]. Demande d'aide pour réparer le camion ([[IMMATRICULATION:7341 XV 84]], un vieux plateau {{Renault}}) : sans camion, pas de marchés, pas de revenu. La travailleuse sociale ([[PERSONNE:Agnès]]) prend des photos du moteur pour la commission.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Directrice adjointe au {{CH de Béziers}}, en observation à {{La Timone}} adultes. Chez nous l'accueil administratif est séparé de l'{{IOA}} ; ici c'est côte à côte, ça va plus vite. Une patiente arrive seule, [[PERSONNE:Samia Hamdi]], étudiante, {{23 ans}}, douleur abdominale. Pas de carte, pas de papier, elle dicte son {{NIR}} de tête sans hésiter : [[NIR:2 01 09 34 172 031 94]]. L'agente : « vous êtes plus rapide que l'ordi ». Chez nous il aurait fallu {{10 min}} de recherche {{INSi}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel {{France Travail Occitanie}} : le logiciel de téléphonie plante à {{15h07}}, {{12 min}} sans appel. Les conseillères en profitent pour traiter les mails. L'une d'elles : « ça fait du bien en fait ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Je fais un reportage pour {{France Bleu Vaucluse}}. Contrôle sur place, {{Caf de Vaucluse}}, au {{Pontet}}. Contrôleuse : [[PERSONNE:Valérie Roux]]. Chez M. [[PERSONNE:Cheikh Ndiaye]], {{AAH}}, [[ADRESSE:résidence Les Cigales, bât. B, apt 12, 7 rue Pasteur, 84130 Le Pontet]]. Objet : composition du foyer. Il a tout préparé sur la table : bail, quittances, relevés. Ce qui m'a surpris : la contrôleuse remplit un formulaire de {{11 pages}} à la main, sa tablette ne capte pas. Entretien {{50 min}}. Il offre du thé. Aucun « fraudeur » ce matin-là, juste une pension d'invalidité oubliée… en sa défaveur : la {{Caf}} lui doit {{1 240 €}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{3646}} : un assuré veut que ses remboursements aillent sur son nouveau compte. Conseiller : « je ne peux pas prendre de {{RIB}} au téléphone, il faut le déposer sur {{Ameli}} ». Le monsieur le lit quand même en entier : [[IBAN:FR76 1027 8089 1134 8192 4773 317]]. Le conseiller ([[PERSONNE:Rachid]]) ne le note pas. Fin d'appel tendue. Chef d'entreprise, je comprends la règle, et aussi le ton du monsieur : il a l'impression de parler dans le vide depuis des semaines.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Je dirige une boîte de logistique à {{Saint-Jory}} (nord de {{Toulouse}}), je cherche {{15 caristes}} et je ne trouve pas. Je voulais voir l'autre côté. Rdv de [[PERSONNE:Cédric]] avec M. [[PERSONNE:Ionuț Popescu]], roumain, {{CACES}} 1, 3 et 5, inscrit depuis {{8 mois}}. Il n'a pas de voiture. Le dépôt est à {{25 km}}, pas de bus à {{5h}} du matin. Mon problème de recrutement est là, pas chez lui. Son identifiant : [[ID_FRANCE_TRAVAIL:7102934 M]]. Je lui ai laissé ma carte.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS de Nîmes}}, {{10h}} : {{1 agent}}, {{9 personnes}}. Le 2e agent est en formation. Les gens attendent debout.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences, {{CH de Perpignan}}. Un homme cherche sa compagne, amenée par le {{SMUR}} : [[PERSONNE:Núria Puig]], née le [[DATE_NAISSANCE:11.03.1990]]. L'agent confirme qu'elle est là, pas plus. Il laisse son portable pour être rappelé : [[TELEPHONE:06 24 93 17 58]]. Je dirige un EHPAD à {{Céret}} ; je croyais que l'hôpital appelait les familles. En fait ce sont les familles qui cherchent.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Montpellier}}, {{Celleneuve}}. Nouvelle arrivée : Mme [[PERSONNE:Beridze]] (géorgienne) et son fils [[PERSONNE:Luka]], {{6 ans}}. Récépissé de demande d'asile n° [[IDENTIFIANT:3402198765]], valable jusqu'au {{14 octobre}}. Le petit est né le [[DATE_NAISSANCE:03/02/2019]]. Ils viennent du {{115}}, 3 nuits d'hôtel. L'éducateur [[PERSONNE:Yohan]] leur montre la {{chambre 5}}, ils s'assoient sur le lit sans rien dire.",
    ),
    (
        "caf",
        "accueil_physique",
        "Prof de lycée à {{Toulouse}}. Une jeune, {{20 ans}}, vient pr ouvrir un compte {{caf}} ({{APL}} étudiante). Pas de mail → l'agent l'aide à en créer un sur son tel : [[EMAIL:lina.ferhat2005@hotmail.fr]]. Mot de passe noté sur un bout de papier 🙈. Agent : [[PERSONNE:Grégory]]. Je fais la même chose avec mes terminales pour {{Parcoursup}}, je croyais être la seule.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête de résidence, {{Cpam de l'Hérault}}, à {{Béziers}}. M. [[PERSONNE:Abdelkader Mansouri]], retraité, soupçonné de vivre au {{Maroc}} plus de {{6 mois}} par an (condition de résidence pour la {{PUMa}}). Il présente son passeport marocain n° [[IDENTIFIANT:UZ4471902]]. L'agente ([[PERSONNE:Patricia Marty]]) compte les tampons : {{4 mois}}. Conforme. {{45 min}}, dont 20 à regarder les photos de ses petits-enfants.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une demandeuse ({{France Travail}} {{Montpellier}}). Elle dicte son tél en toutes lettres : « [[TELEPHONE:zéro six, quarante-sept, douze, quatre-vingt-huit, trente]] ». Le conseiller, [[PERSONNE:Arnaud]], note, rappelle direct pour vérifier. Ça sonne. Bien.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Prof d'{{EPS}}, venu hier avec un élève blessé et aujourd'hui en observateur (hasard du planning). Urgences de {{Rangueil}}. Une mère avec un bébé de {{4 mois}} qui tousse. L'IOA : « il a bu ? — oui — combien ? — je sais pas, un peu ». Bébé en {{priorité 2}}. La mère, Mme [[PERSONNE:Hoarau]], réunionnaise : « à {{Saint-Denis}} on attend moins ». L'IOA, [[PERSONNE:Karine]] : « à Saint-Denis vous avez pas Rangueil ». Rires dans la salle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement relais ({{CHRS}}, {{Avignon}}, {{Monclar}}). Propre, {{3 chambres}}. Les 3 résidents sont au travail. On vérifie l'extincteur, le détecteur de fumée, la {{VMC}}. {{25 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS de Castres}} : une maman demande où en est le dossier {{MDPH}} de son fils (pas le {{CCAS}} qui traite, mais l'agent aide). Réf MDPH [[IDENTIFIANT:081-2024-017734]]. Le fils : [[PERSONNE:Enzo Cabanis]], né en [[DATE_NAISSANCE:2012]]. L'agente ([[PERSONNE:Corinne]]) l'oriente vers la MDPH du {{Tarn}} et lui donne le standard, {{05 63 48 72 00}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Motifs des {{10 premiers passages}}, {{Caf}} de {{Toulouse}} :\n- attestation de paiement x3\n- {{RSA}} x2\n- {{APL}} x2\n- {{AAH}}\n- changement de situation (séparation)\n- « je sais pas, on m'a dit de venir »\n(Conseillère municipale à {{Colomiers}} : je m'attendais à des fraudeurs, j'ai eu une liste de courses administrative.)",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère régionale, en immersion à {{France Travail}} à {{Nîmes}}. Ce que je croyais : que les conseillers passaient leur temps à contrôler. Ce que j'ai vu : [[PERSONNE:Samira]] a {{420 demandeurs}} en portefeuille. Rdv avec M. [[PERSONNE:Thibault Vergnes]], {{27 ans}}, bac+5 en histoire, au {{RSA}}. Il veut devenir guide au {{Pont du Gard}}. Elle : « il y a une formation à {{Avignon}} mais c'est {{3 500 €}}, on peut en financer une partie ». Lui : « et le reste ? ». Silence. Elle cherche l'{{AIF}}. Identifiant : [[ID_FRANCE_TRAVAIL:0538471F]]. Noté pour moi : AIF, à regarder en commission.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Journaliste, une heure d'écoute. {{3646}}, {{13h30}}-{{14h30}} : {{11 appels}}. 5 sur l'appli {{carte Vitale}}, 3 sur des {{IJ}} en retard, 2 sur la {{C2S}}, 1 qui voulait la {{Caf}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haute-Garonne}} : une femme avec {{2 enfants}}, sortie de la maternité de {{Purpan}} hier, à la rue. Nom : [[PERSONNE:Keïta]], épelé [[PERSONNE:K-E-I-T-A]] (l'écoutant avait tapé « [[PERSONNE:Kéita]] »). Le bébé est né le [[DATE_NAISSANCE:2 juin]]. Son numéro : [[TELEPHONE:07.52.19.84.06]]. Orientation vers un hôtel du 115 à {{Toulouse}} nord, {{chambre 18}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf 13}} à {{Martigues}} : l'allocataire perçoit ses prestations sur un compte qui serait au nom de son ex. Relevé montré : [[IBAN:FR76 1130 6000 5223 7226 3123 848]]. Le contrôleur ([[PERSONNE:Hervé Giraud]]) demande l'attestation de titularité. Mme [[PERSONNE:Carvalho]] n'en a pas, elle passe à la banque cet aprèm. Rien de grave, à régulariser. Je suis élu à {{Martigues}} : je pensais qu'un contrôle c'était forcément une sanction. Là c'était une formalité, dix minutes.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU de Nîmes}} : un couple de touristes belges, lui a fait un malaise au volant sur l'{{A9}}. Plaque du camping-car : [[IMMATRICULATION:1-KPR-347]]. Sa femme, [[PERSONNE:Annelies]], parle flamand et un peu anglais ; l'agent d'accueil passe par {{Google Traduction}}. {{Carte européenne}}, n° d'identification [[IDENTIFIANT:80056001230045127836]]. Directeur d'un CH dans le {{Gard}}, je remarque : pas d'interprète disponible avant {{14h}}, comme chez nous.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RDV ANNULÉ {{x3}} ce matin. la conseillère dit que c'est le {{lundi}}, toujours le lundi. (je suis maire adjointe à {{Castres}} : nos réunions à nous aussi sautent le lundi.)",
    ),
    (
        "cpam",
        "accueil_physique",
        "Je dirige une {{ESN}} de {{200 personnes}} à {{Montpellier}}, venu voir comment la {{Cpam}} vit le numérique. Surprise : l'agent ([[PERSONNE:Lucas]]) passe son temps à faire l'interface humaine d'outils qu'on a conçus sans ces gens-là. Mme [[PERSONNE:Bouzid]] ne peut pas se connecter à {{Ameli}} : {{FranceConnect}} envoie un code sur un numéro qu'elle n'a plus, l'ancien fixe [[TELEPHONE:04 67 58 21 90]]. [[PERSONNE:Lucas]] y passe {{25 min}}. Mes développeurs devraient voir ça.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Pour un sujet sur la précarité des retraités, accueil du {{CCAS d'Arles}}. Mme [[PERSONNE:Paulette Escoffier]], {{79 ans}}, ancienne des {{Salins}}, touche {{940 €}} par mois. « Je mange une fois par jour, le midi, au club. » Elle vient chercher un bon pour des lunettes. L'agent, [[PERSONNE:Gilles]], la tutoie : ils sont du même quartier ({{Trinquetaille}}). Je croyais que la pauvreté des vieux c'était à la campagne.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj au {{CHRS}}, à {{Nîmes}}. {{18 résidents}}, {{2 éducateurs}}, {{1 veilleur}} qui finit son service. Règlement affiché : pas d'alcool, pas de visites après {{20h}}, retour avant {{23h}}. Un résident me demande si je suis « de la mairie ». Je dis que non. Il me dit que le dernier « de la mairie » a promis un local à vélos en {{2022}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de la Haute-Garonne}}. La conseillère [[PERSONNE:Aurélie]] au tél avec un allocataire qui veut recevoir ses courriers par mail chez sa fille : [[EMAIL:m.kerbrat (arobase) laposte.net]]. Pas possible, ça doit être à son nom. Il insiste. Elle dit non trois fois, calmement.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enseignante en lycée pro à {{Marseille}} ({{14e}}), immersion au {{CCAS}}. Visite avec la {{CESF}} chez Mme [[PERSONNE:Yvonne Pellegrino]], [[ADRESSE:31 traverse du Moulin de la Villette, 13014 Marseille]]. Elle me dit qu'elle est née en [[DATE_NAISSANCE:trente-neuf]], « l'année où la guerre a commencé ». Son petit-fils [[PERSONNE:Dylan]] est là, il a arrêté le lycée l'an dernier. Il pourrait être mon élève. Il fait les courses de sa grand-mère et le ménage. Dossier d'aide ménagère : ce qui me frappe, c'est qu'on ne compte nulle part ce que fait [[PERSONNE:Dylan]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne du secrétariat des urgences, {{CH d'Alès}}. Ça sonne en continu de {{17h}} à {{18h}}. {{9 appels}} pour savoir si un proche est arrivé. Réponse systématique : « je ne peux rien vous dire par téléphone ». La secrétaire me dit que c'est la règle la plus dure à tenir.",
    ),
]

# Notes 071-105.
NOTES_03 = [
    (
        "caf",
        "accueil_physique",
        "Directeur du {{CH de Bagnols-sur-Cèze}}. À la {{Caf}} de {{Nîmes}}, l'après-midi c'est sur rdv, comme nos consultations. Ça marche : {{0 attente}} au rdv de {{14h}}. Mme [[PERSONNE:Ahamada]] (comorienne, {{4 enfants}}) vient pour un trop-perçu de {{2 300 €}}. L'agente, [[PERSONNE:Séverine Puech]], ouvre le dossier [[N_ALLOCATAIRE:1 984 337]], montre le calendrier des versements, propose un échéancier à {{45 €/mois}}. Mme [[PERSONNE:Ahamada]] pleure de soulagement, elle croyait qu'on allait tout lui reprendre d'un coup.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un assuré de {{67 ans}}, né à {{Alger}}, pour son dossier {{ALD}}. La conseillère ([[PERSONNE:Nadia]]) : « votre numéro de sécurité sociale ? » — « [[NIR:158059935200651]] ». Elle le répète par groupes, il dit oui à chaque fois. Nom : [[PERSONNE:Belaïd Zerrouki]]. ALD renouvelée en {{mars}}, il n'a jamais reçu le courrier. Renvoyé par mail à [[EMAIL:belaid.zerrouki@orange.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Prof d'histoire-géo à {{Carcassonne}}. En vrac :\n- la salle d'attente a les mêmes chaises que mon lycée\n- la conseillère ([[PERSONNE:Mélanie Carrère]]) a un post-it « respire » collé sur son écran\n- M. [[PERSONNE:Yilmaz]], maçon, {{48 ans}}, dos cassé, reconversion. Son fils était dans ma classe il y a {{5 ans}} ([[PERSONNE:Emre]], je m'en souviens très bien)\n- id [[ID_FRANCE_TRAVAIL:2284519 S]]\n- elle lui propose un {{bilan de compétences}}, il répond « à 48 ans on fait un bilan ? »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit, {{CHU de Toulouse}}, urgences de {{Purpan}}. {{2h10}} : un policier accompagne un gardé à vue pour un certificat. Ils passent devant tout le monde. Murmures dans la salle. L'agent explique « c'est la loi » à une dame qui attend depuis {{6h}}. Je dirige un hôpital psychiatrique : chez nous aussi les escortes passent devant, et je n'avais jamais vu la salle d'attente pendant ce temps-là.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Gard}}, {{19h}}. Appel d'un jeune de {{18 ans}} pile, sorti de l'{{ASE}} ce matin. « Je suis né le [[DATE_NAISSANCE:17 mars 2007]], aujourd'hui c'est fini pour moi. » Nom : [[PERSONNE:Killian Rouquette]]. L'écoutante ([[PERSONNE:Marion]]) crée la fiche {{SIAO}} : [[IDENTIFIANT:SIAO30-25-003182]]. Elle appelle l'astreinte ASE avant de raccrocher.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Élue de quartier à {{Montpellier}} ({{Petit Bard}}). Visite à domicile avec la conseillère du {{CCAS}} chez Mme [[PERSONNE:El Idrissi]], {{5 enfants}}, [[ADRESSE:12 rue des Araucarias, appt 34, 34070 Montpellier]]. Humidité, moisissures au plafond de la chambre des petits. Le CCAS va verser une aide exceptionnelle sur son compte, [[IBAN:FR76 3000 3021 4726 9611 4366 926]], pour un déshumidificateur et un mois de loyer. Ce qui m'a choquée : on est à {{10 min}} de la mairie. Je passe devant tous les jours.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Chef d'entreprise (garage à {{Tournefeuille}}) en immersion. Contrôle {{Caf}} {{Haute-Garonne}}, {{Colomiers}}. Signalement : « un monsieur vit chez elle ». Une moto devant, [[IMMATRICULATION:GB-417-QH]]. La contrôleuse ([[PERSONNE:Sabrina Lopez]]) demande à qui elle est. Mme [[PERSONNE:Marchetti]] : « au voisin, il se gare là parce que chez lui y a pas de place ». La contrôleuse va sonner chez le voisin. C'est vrai. 😅",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère relance une candidate pour l'offre {{n° 182XKPV}}. Messagerie. Elle envoie un mail à [[EMAIL:amandine.sarda31@free.fr]] avec le lien. Conseillère : [[PERSONNE:Coralie]]. Je suis journaliste ; je croyais que France Travail n'appelait jamais les gens. Trois appels sortants en une heure.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Journaliste santé dans un quotidien régional. Accueil de la {{Cpam}} d'{{Avignon}}. Je pensais voir des gens en colère, j'ai vu des gens fatigués. M. [[PERSONNE:Trinh]], {{72 ans}}, vient pour la {{3e fois}} pour la même feuille de soins papier « perdue ». L'agent ([[PERSONNE:Frédéric]]) la retrouve scannée dans le dossier, traitée, remboursée le 12. Le monsieur : « alors pourquoi j'ai pas l'argent ? ». Le virement est parti sur un vieux compte fermé : [[IBAN:FR76 3000 2056 3259 6745 1525 294]]. Il faut un nouveau {{RIB}}. Trois visites pour rien, une quatrième à prévoir.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS d'Orange}}. Premier appel à {{8h31}} : une dame qui attend depuis 8h pile pour être sûre d'avoir quelqu'un. Elle veut l'horaire de la navette pour le {{marché du jeudi}}. {{2 min}}. Elle dit merci cinq fois. Je suis enseignante : ma grand-mère faisait pareil avec la mairie.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Patron d'une exploitation maraîchère bio à {{Châteaurenard}} ({{80 saisonniers}} l'été). Atelier emploi au {{CHRS}} d'{{Avignon}}. [[PERSONNE:Moussa Traoré]], {{34 ans}}, malien, régularisé depuis {{2023}}, cherche du travail agricole. L'éducatrice ([[PERSONNE:Claire]]) me le présente exprès, je crois. Titre de séjour n° [[IDENTIFIANT:8401274531]], valable {{4 ans}}. Il a le {{permis B}} mais pas de voiture. Je lui ai dit de venir lundi. Je ne pensais pas qu'on trouvait des candidats dans un CHRS. Personne ne m'avait jamais appelé pour ça.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard, urgences du {{CH de Carcassonne}}. Une infirmière libérale transmet les infos d'une patiente qu'elle envoie : Mme [[PERSONNE:Madeleine Bories]], {{93 ans}}, née le [[DATE_NAISSANCE:5 janvier 1932]], sous {{AVK}}. Elle laisse son numéro pro : [[TELEPHONE:06 12 07 85 44]]. L'agent transmet au médecin d'accueil, le Dr [[PERSONNE:Sahraoui]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateau du {{3230}}, {{Montpellier}} : {{52 appels}} traités par {{6 conseillers}} ce matin, file jamais en dessous de 20.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Fofana]], agent de sécurité, {{CQP APS}}, carte pro {{CNAPS}} n° [[IDENTIFIANT:CAR-013-2029-04-17-20190876543]], id {{FT}} [[ID_FRANCE_TRAVAIL:4016372B]]. Le conseiller ([[PERSONNE:Romain]]) a une offre au {{stade Vélodrome}} pour les soirs de match. Il accepte direct.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Carpentras}}, {{14h30}}. La personne est là, en pyjama, le plâtre bien visible. {{4 min}}. Dans la voiture l'agent me dit que {{9 sur 10}} sont comme ça.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS de Perpignan}}, aide alimentaire d'urgence. L'agent ([[PERSONNE:Jordi]]) demande l'attestation {{Caf}} : n° [[N_ALLOCATAIRE:0712945]], Mme [[PERSONNE:Reyes]], {{3 enfants}}. Pas d'imprimante chez elle : elle l'envoie depuis son tel à {{accueil.social@ccas-perpignan.fr}}, depuis son adresse [[EMAIL:reyes.esperanza66@gmail.com]]. Bon remis : {{60 €}} au {{Carrefour Market}} du quartier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Je suis adjointe au maire de {{Nîmes}}, déléguée au logement. Visite à domicile d'un ancien résident relogé (suivi post-{{CHRS}}), [[ADRESSE:8 allée des Genêts, 30900 Nîmes]]. M. [[PERSONNE:Lounès Hamidi]] a tout repeint lui-même. L'éducateur ([[PERSONNE:Thomas]]) me dit que c'est la première fois en {{10 ans}} qu'il voit quelqu'un faire ça. Il nous montre sa boîte aux lettres, son nom écrit au feutre, fier. Je ne savais pas qu'on suivait les gens après le relogement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ce qui m'a surprise, moi qui suis prof : l'agente d'accueil des urgences d'{{Arles}} parle à chacun comme à un élève en difficulté, lentement, en reformulant. « Vous avez mal où ? Montrez-moi. Depuis quand ? Hier ? Avant-hier ? » {{35 entrées}} depuis {{8h}}. Elle ne s'est pas assise une fois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : un demandeur lit son identifiant « [[ID_FRANCE_TRAVAIL:six, deux, zéro, un, neuf, cinq, huit, R comme Robert]] ». La conseillère ([[PERSONNE:Priscilla]]) : « R comme {{Robert}} ? » — « oui ». Elle retrouve le dossier : radiation pour absence à un rdv, le courrier était parti chez son ex. Elle annule la radiation.",
    ),
    (
        "caf",
        "accueil_physique",
        "Déménagement à déclarer. Nouvelle adresse : [[ADRESSE:camping Les Mûriers, emplacement 41, 30129 Manduel]]. M. [[PERSONNE:Gimenez]], né le [[DATE_NAISSANCE:22/09/1971]], vit en mobil-home à l'année. L'agent ([[PERSONNE:Nicolas]]) : « ça compte comme logement pour l'{{APL}} ? » — il vérifie : oui s'il y a un bail. Pas de bail. Moi qui suis maire d'une commune avec deux campings, je découvre que des familles y vivent toute l'année sans bail.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Santoni]], née à {{Ajaccio}} en [[DATE_NAISSANCE:décembre 71]], installée à {{Marseille}} depuis {{2019}}, vient pour changer de caisse (elle était encore rattachée à la {{Cpam}} de {{Corse-du-Sud}}). L'agent ([[PERSONNE:Yannick]]) tape le {{NIR}} : [[NIR:2 71 12 2A 004 057 94]]. « Le {{2A}}, ça passe pas toujours dans les formulaires », dit-il.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle le {{CCAS}} d'{{Alès}} pour l'aide au chauffage. Il laisse son numéro, [[TELEPHONE:+33 (0)6 83 29 51 07]], et dit « rappelez après {{18h}}, je travaille ». Nom : [[PERSONNE:Jacky Delmas]]. L'agente ([[PERSONNE:Laetitia]]) : « on ferme à {{17h}}, monsieur ». Elle le rappellera sur sa pause à elle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du lundi, {{CHRS}}, {{Toulouse}}. {{45 min}} sur le planning, {{20 min}} sur un résident. On ne dit pas son nom devant moi, on dit « monsieur de {{la 12}} ». J'apprécie.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Directeur des soins au {{CH de Montauban}}. Aux urgences de {{Montauban}}, chez moi, mais côté accueil, ce que je ne fais jamais. Une voiture se gare en catastrophe : [[IMMATRICULATION:fs 219 lm]] (le vigile note la plaque pour la fourrière interne 😬). Le conducteur, [[PERSONNE:Sidi Ould Cheikh]], porte son fils de {{7 ans}}, crise d'asthme. L'agent court chercher l'IOA. La voiture reste {{2h}} devant. Personne n'appelle la fourrière. Je ne savais pas qu'on notait les plaques.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller départemental de l'{{Aveyron}}, élu de {{Millau}}. Agence {{France Travail}} de {{Rodez}}. Rdv avec Mme [[PERSONNE:Bonnafous]], {{55 ans}}, ex-gantière. Sa conseillère ([[PERSONNE:Aurore]]) lui crée un {{CV}} en ligne, adresse : [[EMAIL:bonnafous.jeannine@wanadoo.fr]]. Elle : « {{wanadoo}}, ça existe encore ? ». Moi aussi j'ai encore une adresse wanadoo.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} du {{Gard}} à {{Saint-Gilles}}. Le couple [[PERSONNE:Rodríguez]], ouvriers agricoles saisonniers (riz, {{Camargue}}). Dossier [[N_ALLOCATAIRE:2601873]]. Contrôle des ressources : contrats de 3 semaines, 2 mois, 10 jours, bulletins de {{6 employeurs}}. La contrôleuse ([[PERSONNE:Brigitte]]) fait un tableau à la main. {{1h30}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le serveur vocal du {{3646}} propose {{7 choix}}. Une dame a tapé 9 fois « 0 » pour avoir quelqu'un. Elle le dit au conseiller en arrivant, en riant à moitié. Je dirige une entreprise qui fabrique des serveurs vocaux. Je vais y repenser.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Hérault}}, {{22h15}}. Une maraude appelle pour un couple et leur chien sur le parking du {{Géant Casino}} de {{Frontignan}} ; ils dorment dans une vieille {{Clio}}, [[IMMATRICULATION:BN-662-ZA]]. Prénoms : [[PERSONNE:Steve]] et [[PERSONNE:Jess]]. Le chien : {{Tyson}}. Pas de place avec chien. L'écoutant ([[PERSONNE:Fabien]]) note, rappellera demain. Je suis journaliste à {{Sète}} : je passe devant ce parking tous les matins, je n'avais jamais remarqué la voiture.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Prof en {{BTS ESF}}, d'habitude j'accompagne mes étudiantes en stage ici ; cette fois c'est moi la stagiaire. {{CCAS de Narbonne}}. Une dame veut faire une demande de {{complémentaire santé solidaire}}. Elle s'appelle [[PERSONNE:Fatima-Zahra Benyahia]], elle épelle « [[PERSONNE:B, E, N, Y, A, H, I, A]] ». L'agent tape « [[PERSONNE:Benyahia]] » sans hésiter. Elle : « d'habitude on met un I à la place du Y ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier collectif « rebondir après 50 ans », {{France Travail}} {{Perpignan}}. {{12 inscrits}}, {{7 présents}}. Tour de table : maçon, secrétaire médicale, chauffeur, vendeuse, cuisinier, agent d'entretien, ancien cadre bancaire. La formatrice : « qu'est-ce que vous savez faire que vous ne mettez pas sur votre {{CV}} ? ». Silence, puis le chauffeur : « je sais calmer les gens ». Tout le monde rit, puis tout le monde approuve.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Oliviers}} pour prévenir de l'arrivée d'un résident : M. [[PERSONNE:Aimé Cros]], {{IPP}} déjà connu [[IDENTIFIANT:P0038174]], {{91 ans}}. L'agent crée le pré-dossier pendant l'appel. Directrice d'EHPAD moi-même (à {{Limoux}}), je découvre que l'hôpital a déjà nos résidents dans son fichier : je pensais qu'on ressaisissait tout à chaque fois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel, {{Caf des Pyrénées-Orientales}} : un allocataire ne comprend pas pourquoi on lui redemande son {{NIR}}. Il le relit : [[NIR:185086613634090]]. L'agent ([[PERSONNE:Guillaume]]) voit le problème : deux dossiers, un avec le NIR, un sans, fusion à demander. « Vous êtes bien né en [[DATE_NAISSANCE:août 1985]] à {{Perpignan}} ? » — « oui ». Nom du dossier : [[PERSONNE:Xavier Pons]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un couple âgé à {{Uzès}} pour la téléassistance. Maison de village, escalier raide, {{2 étages}}. Le monsieur monte encore, la dame ne descend plus depuis {{Pâques}}. L'agent note « risque de chute élevé ». {{40 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur (restaurant à {{Gruissan}}) qui veut recruter un demandeur en {{AFPR}}. Il donne le nom : [[PERSONNE:Loris Maury]], identifiant [[ID_FRANCE_TRAVAIL:3057716X]]. Conseiller entreprise ([[PERSONNE:Sébastien]]) : « il faut que le candidat soit encore inscrit ». Il l'est. Affaire réglée en {{10 min}}. Je dirige un restaurant à {{Narbonne-Plage}} : je ne connaissais pas l'AFPR. Je les appelle demain.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Montpellier}}, {{Antigone}}. Mme [[PERSONNE:Garrigue]] conteste un reste à charge dentaire. Sa mutuelle : {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:HM-0872 4419 03]]. L'agent lui explique que la Cpam ne peut rien pour la mutuelle. Au mur, l'affiche de prévention incendie : la {{garrigue}} en flammes 🔥.",
    ),
]

# Notes 106-139.
NOTES_04 = [
    (
        "caf",
        "accueil_physique",
        "Journaliste pigiste, sujet sur l'{{ARS}} (allocation de rentrée). {{Caf de la Haute-Garonne}}, accueil de {{Compans}}. Je cherchais un « bon client ». Je tombe sur M. [[PERSONNE:Bakary Camara]], père seul, {{3 enfants}}, qui vient parce que l'ARS n'est pas tombée. L'agente ([[PERSONNE:Jennifer]]) voit tout de suite : {{RIB}} rejeté, la banque a clôturé le compte. Il en donne un nouveau : [[IBAN:FR76 1310 6005 0052 6178 4815 702]]. Dossier [[N_ALLOCATAIRE:5093318]]. Versement sous {{5 jours}}. Il ne veut pas être interviewé. Je comprends.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente caf {{Perpignan}} 😩 {{1h20}}. pour moi (observateur, élu à {{Rivesaltes}}) = rien. pour la dame à côté avec poussette = tout. l'agent d'accueil passe dans la file avec un carnet pour trier les demandes. bonne idée 👍",
    ),
    (
        "caf",
        "accueil_physique",
        "Enseignant en lycée agricole, {{Castelnaudary}}. Mme [[PERSONNE:Soilihi]] déclare une grossesse. Née le [[DATE_NAISSANCE:09/10/1996]], n° alloc [[N_ALLOCATAIRE:3356120]], tél [[TELEPHONE:0769214853]]. L'agent ([[PERSONNE:Kevin]]) explique que la {{prime de naissance}} est versée au {{7e mois}}. Elle : « au 7e mois, mais le landau il faut l'acheter avant ! ». Je croyais que tout se versait à la naissance.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Maire d'une commune de {{2 000 habitants}} près de {{Limoux}}. Plateau téléphonique de la {{Caf de l'Aude}}. Un allocataire de mon village appelle ! Je reconnais la voix avant le nom : [[PERSONNE:Guy Sicre]]. Il veut changer son adresse mail : [[EMAIL:guysicre11@sfr.fr]]. Je ne dis rien, l'agent non plus (il ne sait pas que je le connais). Gêne pour moi seul. Règle d'or : on ne devrait pas faire son immersion chez soi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel programmé à {{10h45}}, personne ne décroche. 2e essai à {{11h}}, messagerie pleine. Dossier clôturé « injoignable ». La conseillère n'aime pas ce bouton. Journaliste, je demande combien de dossiers finissent comme ça : « trop ». Je croyais que c'étaient les gens qui ne rappelaient pas.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Directrice d'un hôpital psychiatrique en {{Vaucluse}}, j'accompagne une contrôleuse {{Caf}} à {{Sorgues}}. Allocataire : M. [[PERSONNE:Lahcen Amrani]], {{AAH}}, peut-être suivi chez nous (je ne demande pas). [[ADRESSE:4 rue des Remparts, 84700 Sorgues]]. Contrôle de résidence. Il sort sa carte d'identité, n° [[IDENTIFIANT:D7K2M9X41]]. La contrôleuse ([[PERSONNE:Ghislaine]]) a une patience que j'aimerais voir chez tous mes soignants.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place, {{Caf 31}}, {{Muret}}. Mme [[PERSONNE:Lina Haddad]], dossier [[N_ALLOCATAIRE:2210774]], déclare ne pas toucher de pension alimentaire. Le contrôleur ([[PERSONNE:Marc-Antoine]]) regarde les relevés du compte [[IBAN:FR76 1780 7001 2440 1380 3659 048]] : virements de M. [[PERSONNE:Selim Haddad]], {{150 €}}, irréguliers, 4 sur 12 mois. Il lui parle de l'{{ARIPA}}, l'intermédiation : la {{Caf}} encaisse et reverse. Elle ne connaissait pas. Elle repart avec le formulaire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Je dirige un supermarché à {{Vauvert}}. Accueil du {{CCAS de Vauvert}}. Je m'attendais à voir des gens « assistés ». Je vois Mme [[PERSONNE:Ferrand]], aide-soignante en {{EHPAD}}, {{1 450 €}} net, {{2 enfants}}, qui vient pour une aide au permis de son fils [[PERSONNE:Mathis]]. « Sans permis ici, pas de boulot. » Elle a raison, je ne prends personne sans permis. L'agent ([[PERSONNE:Nordine]]) remplit la demande avec elle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, {{Marseille}}, mairie de secteur. Le distributeur affiche {{A27}}, on en est à {{A09}}. Clim en panne, {{31 °C}} dans la salle. Un monsieur distribue des gobelets d'eau de la {{fontaine}} à tout le monde.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide à la demande de {{C2S}} au {{CCAS}} de {{Béziers}}. L'agente remplit le formulaire papier pour M. [[PERSONNE:Ousmane Mbaye]], sénégalais, {{33 ans}}. {{NIR}} recopié depuis l'attestation : [[NIR:1 92 06 99 341 077 18]]. Il parle wolof avec le monsieur suivant en attendant l'impression.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} d'{{Avignon}} : une dame a reçu une facture d'eau énorme, {{Suez}}, facture n° [[IDENTIFIANT:F2025-0418877]], {{612 €}}. Elle demande une aide {{FSL}}. L'agente explique qu'il faut d'abord demander un échéancier. Nom : Mme [[PERSONNE:Sow]]. Je suis conseillère municipale ; je croyais que le CCAS payait les factures directement. Non : d'abord on négocie.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation à {{Pont-Saint-Esprit}} pour le portage de repas. Monsieur seul, {{86 ans}}, ancien cheminot, cuisine impeccable. « Je sais faire à manger, c'est les courses le problème. » Le portage ne règle pas ça. L'agent ([[PERSONNE:Rémi]]) note « orienter vers livraison de courses ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Ganges}}. Mme [[PERSONNE:Jeanne Teissier]], [[ADRESSE:hameau de Cazilhac-le-Haut, 34190 Cazilhac]]. Plus de téléphone fixe depuis la fin du cuivre, le portable ne capte pas dans la maison. Contact : le portable de sa nièce, [[TELEPHONE:06 98 40 11 26]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Prof de français en collège à {{Toulouse}}, je fais du soutien le soir ici en bénévole, sans jamais avoir vu la journée. Accueil du {{CHRS}}. [[PERSONNE:Aliou]], mon élève du mardi, est au bureau pour le renouvellement de son récépissé, n° [[IDENTIFIANT:3100987654]]. L'éducatrice ([[PERSONNE:Manon Esteban]]) appelle la {{préfecture}} : {{45 min}} d'attente. [[PERSONNE:Aliou]] me dit « le mardi c'est mieux, madame ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{12h}}, repas au {{CHRS La Draille}} ({{Marseille}}, {{5e}}). Pâtes, salade, yaourt. {{23 couverts}}. Personne ne parle pendant dix minutes, puis la télé annonce l'{{OM}} et tout le monde parle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vaucluse}} : une femme appelle, expulsée ce matin du [[ADRESSE:17 rue Carreterie, 84000 Avignon]] avec le concours de la force publique. Nom : [[PERSONNE:Sylvie Antoine]]. Elle a {{2 valises}} et une chatte, {{Minette}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Journaliste radio, soirée au {{115}} de {{Toulouse}}. {{3h30}} d'écoute. Ce que je retiens : la voix de l'écoutante ([[PERSONNE:Maud]]) ne change jamais, qu'on l'insulte ou qu'on la remercie. À {{1h}}, un homme, [[PERSONNE:Patrick]], {{58 ans}}, appelle « pour parler », comme tous les soirs. Elle lui accorde {{4 minutes}}, pas plus, chronométrées. « Sinon j'en laisse d'autres dehors. »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement du {{CHRS}} à {{Alès}} ({{Les Près-Saint-Jean}}). Une voiture garée devant, plaque arrière [[IMMATRICULATION:CV-128-NE]] : elle est à [[PERSONNE:Kader]], résident, qui l'a achetée pour aller sur un chantier à {{Bagnols}}. L'éducatrice ([[PERSONNE:Pauline]]) vérifie l'assurance. OK.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle annuel des logements diffus, {{CHRS}} de {{Perpignan}}. {{6 appartements}} en {{3h}}. Un seul problème : une fuite sous l'évier au {{2e}}. Le plombier est prévenu pendant qu'on y est.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}}, {{Nîmes}}. M. [[PERSONNE:Jean-Baptiste Célestin]], né à {{Pointe-à-Pitre}}, arrivé de {{Guadeloupe}} il y a {{3 mois}}, change de caisse. {{NIR}} : [[NIR:1 99 02 97 120 089 75]]. {{RIB}} pour les remboursements : [[IBAN:FR76 1348 5008 0048 1101 8741 770]] ({{Caisse d'Épargne}}). L'agent ([[PERSONNE:Hugo]]) : « ah la {{CGSS}}, ils sont rapides eux ». Journaliste, je m'attendais à des semaines de transfert ; l'agent a tout fait en {{12 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} en panne, papier scotché dessus. {{3e jour}} d'après l'agent, [[PERSONNE:Sylvain]]. Moi, DRH d'un CH, je fais réparer une panne en une heure. Ici trois jours.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une étudiante en {{Erasmus}} à {{Valence}} ({{Espagne}}) : pas de {{carte européenne}}. Vérif identité : née le [[DATE_NAISSANCE:30 novembre 2003]], mail [[EMAIL:clara.moulin03@etu.umontpellier.fr]]. Nom : [[PERSONNE:Clara Moulin]]. Le conseiller ([[PERSONNE:Bastien]]) lui envoie un certificat provisoire par mail.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseillère tel {{Cpam 13}} ([[PERSONNE:Joëlle]]) : « le vendredi après-midi c'est les arrêts de travail, le lundi matin c'est les arrêts de travail, le reste du temps c'est aussi les arrêts de travail ». {{19 appels}} ce matin.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un assuré en arrêt longue durée, {{Cpam du Tarn}}, {{Albi}}. M. [[PERSONNE:Anthony Cassagnes]], [[ADRESSE:23 lices Georges Pompidou, 81000 Albi]]. Absent. Il revient {{20 min}} plus tard de la pharmacie, ordonnance à la main. Je suis directeur d'hôpital : chez nous l'absentéisme est à {{8 %}}, je croyais le contrôle utile. Ici c'est juste du temps perdu pour tout le monde.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête à domicile pour une pension d'invalidité. Mme [[PERSONNE:Yasmina Ghezali]], née en [[DATE_NAISSANCE:1970]], doit prouver qu'elle vit bien ici : quittance du bailleur {{Erilia}}, réf. locataire [[IDENTIFIANT:ER-13-0098812]]. L'agent photographie la quittance avec une tablette qui met {{3 minutes}} à s'allumer.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Journaliste à {{La Marseillaise}}. {{France Travail}} {{Marseille Joliette}}. M. [[PERSONNE:Karim Benamar]], {{41 ans}}, ex-commercial dans l'immobilier, au {{RSA}} depuis {{18 mois}}, pense que « {{FT}} ne sert à rien ». Sa conseillère ([[PERSONNE:Laure Santucci]]) lui propose un job dating à l'{{Orange Vélodrome}}. Il ricane, puis il note. Identifiant [[ID_FRANCE_TRAVAIL:5560219K]]. Elle lui envoie l'invitation sur [[EMAIL:k.benamar13@gmail.com]]. Ce que j'ai vu ne va pas dans le sens de mon papier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{11h40}}, pause clope des conseillers : on parle des chiffres du mois. Personne n'a l'air d'y croire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Prof de lycée pro, je reconnais le profil. Inscription d'un jeune à {{Sète}} :\n- nom : [[PERSONNE:Maxime Tournier]]\n- né le [[DATE_NAISSANCE:2005-04-18]]\n- identifiant créé : [[ID_FRANCE_TRAVAIL:6620487W]]\n- projet : la pêche, ou n'importe quoi sur le port\n- permis bateau ? non\nConseiller : [[PERSONNE:Didier]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère municipale d'opposition à {{Béziers}}. Ce que j'ai vu : [[PERSONNE:Gaëlle]], conseillère, appelle elle-même un employeur pour M. [[PERSONNE:Tahar]], {{59 ans}} : la cave coopérative de {{Puisserguier}}, standard {{04 67 93 15 40}}. Entretien obtenu pour jeudi. Elle met à jour le numéro du monsieur : [[TELEPHONE:07 81 33 64 20]]. Je pensais qu'on ne faisait plus ça, décrocher son téléphone pour quelqu'un.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une demandeuse dont l'{{ARE}} n'est pas arrivée : {{IBAN}} incorrect. Elle le redonne : [[IBAN:FR76 3000 4027 9028 0818 9583 092]]. Conseiller : [[PERSONNE:Olivier]]. 1er versement décalé au {{15}}. Patron d'une PME à {{Nîmes}}, je pensais que les erreurs d'IBAN c'était nous, les employeurs. Non, ça arrive partout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels entrants {{France Travail}} {{Montpellier}} : {{17}} en {{2h}}. Durée moyenne {{7 min}}. La conseillère choisit à chaque fois un motif dans une liste déroulante de {{34 items}}. Je dirige une PME ; notre logiciel client a six motifs. Je me demande qui lit les 34.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je dirige une entreprise de {{BTP}} à {{Nîmes}}. Ce qui m'a surpris : l'accueil administratif des urgences de {{Carémeau}}, c'est un guichet d'usine. Patient suivant : M. [[PERSONNE:Pereira]], chute d'échafaudage sur un chantier à {{Marguerittes}} — pas chez moi, ouf. L'agente demande l'employeur : « {{Bati-Sud Constructions}} », et la mutuelle : {{Malakoff Humanis}}, n° [[IDENTIFIANT:MH 4728 0913 55]]. Il a la main en sang et il épelle son nom, [[PERSONNE:P-E-R-E-I-R-A]]. Je vais revoir nos formations sécurité.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Montpellier}}, {{19h}}. Un ado arrive en scooter avec son copain blessé au genou. Scooter garé sur le trottoir : [[IMMATRICULATION:GK 552 RS]]. Prénoms : [[PERSONNE:Rayan]] et [[PERSONNE:Ilyes]]. Mineurs : on appelle la mère de [[PERSONNE:Rayan]] au [[TELEPHONE:06.61.02.93.77]]. Je suis principal de collège : je croyais qu'on ne soignait pas un mineur sans ses parents. L'IOA a commencé les soins avant que la mère arrive.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Perpignan}}, {{16h}} : arrivée groupée de {{4 blessés}} d'un accident sur la {{N116}}. L'accueil bascule en mode « plan blanc » sans le dire. Les gens dans la salle comprennent tout seuls et arrêtent de demander.",
    ),
]

# Notes 140-173.
NOTES_05 = [
    (
        "caf",
        "accueil_physique",
        "{{caf nimes}} {{15h}}. mr [[PERSONNE:Lakhdar]] vient pr la {{3e fois}} pr son dossier {{prime activite}}, l agent ([[PERSONNE:Sonia B.]]) reprend tout. n° alloc [[N_ALLOCATAIRE:6021457]]. il a tt ramené ds un sac plastique, bulletins de salaire depuis {{2023}}. ca se regle en {{10 min}}. il dit « pk on m'a pas dit ça la 1ere fois »",
    ),
    (
        "caf",
        "accueil_physique",
        "Prof des écoles à {{Toulouse}} ({{Izards}}). À la {{Caf}} je retrouve la logique des inscriptions scolaires : tout tourne autour de la date de naissance des enfants. Mme [[PERSONNE:Bouaziz]] déclare ses jumeaux, [[PERSONNE:Adam]] et [[PERSONNE:Nour]], nés le [[DATE_NAISSANCE:19 février]], n° allocataire [[N_ALLOCATAIRE:7 204 519]]. L'agente : « des jumeaux ! félicitations ! » et dans la même phrase : « vous avez l'acte de naissance ? ». {{PAJE}}, {{allocations familiales}} : elle ne savait pas qu'elle y avait droit dès le {{2e enfant}}. Moi non plus.",
    ),
    (
        "caf",
        "accueil_physique",
        "Je suis adjoint au commerce à {{Carpentras}}. À la {{Caf}}, une commerçante que je connais bien : Mme [[PERSONNE:Lucciardi]], de la {{Boulangerie Lucciardi}}, micro-entrepreneuse. Elle vient pour la {{prime d'activité}} : « avec la boutique je me verse {{900 €}} ». Elle donne son {{SIRET}} perso : [[IDENTIFIANT:852 413 905 00013]]. L'agent lui explique le calcul sur le chiffre d'affaires. Je ne savais pas que nos commerçants du centre en étaient là.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf des Bouches-du-Rhône}}. Un allocataire dicte son {{IBAN}} au téléphone, par groupes de quatre : « [[IBAN:FR76, 1027, 8089, 5023, 3176, 5673, 341]] ». La conseillère ([[PERSONNE:Élise]]) l'arrête : « on ne prend pas les {{RIB}} par téléphone, monsieur ». Lui : « mais je vous l'ai déjà dit ». Elle ne l'a pas noté.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "TOUS LES APPELS DE {{14H À 15H}} = LA MÊME QUESTION : « POURQUOI MON {{RSA}} A BAISSÉ ». Réponse de la conseillère ([[PERSONNE:Noémie]]), {{12 fois}} : les ressources du trimestre.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Je dirige une entreprise de transport à {{Salon-de-Provence}}. Contrôle {{Caf}} chez un chauffeur poids lourd intérimaire, M. [[PERSONNE:Arnaud Peyrolle]], [[ADRESSE:lotissement les Oliviers, 6 rue des Cigales, 13300 Salon-de-Provence]]. Signalement : revenus non déclarés. Le contrôleur ([[PERSONNE:Denis]]) demande les relevés. Ce sont les heures de nuit des fiches de paie qui font sauter le plafond : trop-perçu. Sa voiture, [[IMMATRICULATION:EY-551-TC]], est à vendre, affichette sur le pare-brise. Je connais le problème : nos primes de nuit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : l'allocataire est hospitalisée depuis hier. Le contrôleur repart, note « à reprogrammer ». {{40 km}} aller-retour pour rien. Il dit que ça arrive {{une fois sur cinq}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Journaliste, sujet sur les saisonniers. Domiciliation au {{CCAS}} de {{Montpellier}} : M. [[PERSONNE:Florin Ionescu]], attestation d'élection de domicile n° [[IDENTIFIANT:DOM-34172-2025-1187]]. Il donne son portable roumain, [[TELEPHONE:+40 741 582 309]], et un mail, [[EMAIL:florin.ionescu@yahoo.ro]]. L'agent ([[PERSONNE:Jérémie]]) lui explique qu'il doit passer chercher son courrier au moins tous les {{3 mois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Repérage pour un reportage {{France 3}}, sans caméra aujourd'hui. {{CCAS}} de {{Nîmes}}, {{Valdegour}}. M. [[PERSONNE:Roger Pascal]], {{74 ans}}, veuf, [[ADRESSE:bâtiment Ravel, 2 place Pythagore, 30000 Nîmes]]. L'ascenseur est en panne depuis {{6 semaines}} et il habite au {{9e}}. Le CCAS n'y peut rien, c'est le bailleur. L'agente appelle quand même le bailleur devant lui. « Au moins quelqu'un a appelé », dit-il.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Ligne du {{CCAS}} de {{Perpignan}}, {{16h50}} : dernier appel avant la fermeture, une dame demande si le CCAS peut l'aider pour les obsèques de son mari. L'agent reste {{25 min}} de plus. Il n'a pas pointé.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile à {{Lunel-Viel}} pour des impayés de loyer. Mme [[PERSONNE:Benhamou]], née le [[DATE_NAISSANCE:7 août 1958]], veuve, attestation {{Caf}} n° [[N_ALLOCATAIRE:4630028]]. L'aide sera versée sur son compte : [[IBAN:FR76 1350 6100 7666 5651 8894 780]]. Elle demande trois fois si le propriétaire saura que c'est le {{CCAS}} qui a payé. L'agente ([[PERSONNE:Françoise]]) : « non, madame ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Directrice d'un hôpital de proximité à {{Lodève}}. Visite avec le {{CCAS}} chez un patient sorti de chez nous il y a une semaine : M. [[PERSONNE:Baptistin Roque]], sortie d'hospitalisation sans aide à domicile. Ce que je n'avais jamais vu : le frigo. Vide. La sortie était « organisée » sur le papier. L'assistante sociale ([[PERSONNE:Hélène Pastor]]) met en place le portage pour demain. Je change nos procédures de sortie lundi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission au {{CHRS}} à {{Béziers}} : Mme [[PERSONNE:Dalila Meziane]], violences conjugales, arrivée avec son fils. {{NIR}} relevé sur l'attestation : [[NIR:2 88 11 30 007 154 22]] (née à {{Alès}}, {{36 ans}}). L'éducatrice ([[PERSONNE:Camille]]) lui donne une chambre au rez-de-chaussée, loin de la porte d'entrée, exprès.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}}, {{Montpellier}}. {{6 résidents}}, un tajine et un gratin dauphinois en même temps. Débat sur qui a le droit d'appeler ça « gratin ». Ambiance de famille.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Je dirige une entreprise d'insertion à {{Marseille}} ({{15e}}). Au {{CHRS}}, l'éducateur ([[PERSONNE:Ludovic]]) me présente [[PERSONNE:Jonathan Espinas]], {{29 ans}}, {{4 ans}} de rue. Il a déjà un identifiant {{France Travail}}, [[ID_FRANCE_TRAVAIL:8823017D]], mais aucun rdv depuis un an. Je lui propose un contrat de {{26 h}} à la recyclerie. Il demande : « on commence à quelle heure ? ». « {{9h}}. » « Ça va, je suis réveillé à 5h. »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Gard}} : famille avec {{3 enfants}} dans une voiture immatriculée en {{Roumanie}}, [[IMMATRICULATION:B 42 XKT]], sur le parking de la gare {{Nîmes-Pont-du-Gard}}. Le père, [[PERSONNE:Vasile]], parle italien. L'écoutant ([[PERSONNE:Giovanni]]), qui est italien, parle avec lui. Coup de chance.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Prof de philo, nuit d'observation. {{115}}, {{3h du matin}}. Personne n'appelle pendant {{40 minutes}}. L'écoutante fait des mots croisés. « C'est le calme qui me stresse. »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez une résidente en logement accompagné, [[ADRESSE:5 bis rue du Mont-Ventoux, 84200 Carpentras]]. [[PERSONNE:Jocelyne]], {{61 ans}}, sortie de la rue après {{11 ans}}. Elle a mis des fleurs sur le balcon. Son nouveau numéro, [[TELEPHONE:06 45 88 30 17]], elle le donne à tout le monde. Travailleuse sociale : [[PERSONNE:Emma]]. Je suis élu à {{Carpentras}} : je ne pensais pas qu'on sortait de la rue après 11 ans.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{4e logement}} de la matinée. Les résidents ne sont pas là. Le travailleur social ([[PERSONNE:Yassine]]) laisse un mot sur la table : « passé à {{11h}}, tout va bien, à {{jeudi}} ». Je trouve ça beau.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Mehmet Aydın]], né en {{Turquie}}, vient déposer un {{RIB}}. {{NIR}} : [[NIR:174039920802940]]. RIB : [[IBAN:FR76 3000 3012 5038 2150 2619 357]]. Son fils ([[PERSONNE:Emir]]) traduit. L'agente ([[PERSONNE:Farida]]) parle doucement, au père, pas au fils.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Journaliste, sujet « déserts médicaux ». À l'accueil {{Cpam}} de {{Rodez}}, question n° 1 : « comment je trouve un médecin traitant ? ». Mme [[PERSONNE:Lacombe]], {{67 ans}} : « le mien est parti à la retraite, il y en a pas d'autre à {{Espalion}} ». L'agent ([[PERSONNE:Christophe]]) lui imprime la liste. {{0 médecin}} qui prend de nouveaux patients. Il s'excuse.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un assuré dicte son numéro de sécu en toutes lettres : « [[NIR:un, soixante-six, zéro neuf, onze, zéro soixante-neuf, quatre cent deux, zéro huit]] ». Né le [[DATE_NAISSANCE:12 septembre 1966]]. La conseillère ([[PERSONNE:Sarah]]) tape en même temps, sans le faire répéter.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Panne informatique nationale à {{10h15}}. Les conseillers du {{3646}} ne voient plus aucun dossier. Consigne : prendre les coordonnées et rappeler. Au bout d'{{1h}}, {{63 rappels}} à faire. Je suis directeur d'hôpital : nos pannes à nous, on les gère au papier. Eux n'ont même plus de papier.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} d'un taxi conventionné à {{Béziers}}. Véhicule : [[IMMATRICULATION:GD-709-HS]], chauffeur-gérant M. [[PERSONNE:Sauveur Mallet]]. L'agente ([[PERSONNE:Isabelle Rey]]) compare les trajets facturés et le carnet de bord : {{14 trajets}} Béziers-{{Montpellier}} le même jour. Lui : « c'est mon frère qui conduit aussi ». À suivre.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Avignon}} {{Courtine}} : jeune femme, [[PERSONNE:Ambre Chabert]], {{22 ans}}, bac pro commerce, veut bosser ds l'evenementiel (le {{festival}}). la conseillere lui dit que le festival c'est {{juillet}} et que c saisonnier. id [[ID_FRANCE_TRAVAIL:4471290N]], mail [[EMAIL:ambre.chabert84@gmail.com]]. elle repart avec une offre de vendeuse chez {{Decathlon}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Prof de lycée pro (vente) à {{Marseille}}. Rdv de suivi d'un jeune que j'ai eu en classe l'an dernier : [[PERSONNE:Wassim]]. Il me reconnaît, sourit. Sa conseillère ([[PERSONNE:Stéphanie Roussel]]) lit ses appréciations de stage… écrites par moi. Elle : « c'est vous qui avez écrit ça ? très utile ». Je n'avais jamais imaginé que quelqu'un les lisait après nous.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Toulouse Basso Cambo}}. {{9h}} : la porte ouvre, {{14 personnes}} entrent. {{9h05}} : le wifi public tombe. {{9h06}} : 3 personnes demandent le code du wifi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller régional ({{Occitanie}}), délégué aux formations. Rdv d'une dame qui veut le {{permis poids lourd}} financé. Mme [[PERSONNE:Karima Boukhalfa]], {{38 ans}}, identifiant [[ID_FRANCE_TRAVAIL:2039184A]], n° de permis B [[IDENTIFIANT:180413200587]]. Sa conseillère ([[PERSONNE:Nadège Soulié]]) : « la {{Région}} finance, mais le délai c'est {{5 mois}} ». Je note : 5 mois, c'est nous.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : un monsieur né le [[DATE_NAISSANCE:1er mai 1962]] veut savoir quand il peut partir à la retraite. La conseillère : « c'est la {{Carsat}}, monsieur ». Lui : « mais vous, vous savez ? ». Elle lui explique quand même. Identifiant [[ID_FRANCE_TRAVAIL:1193374C]]. Nom : [[PERSONNE:Michel Estrade]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Inscription par téléphone, impossible sans le {{NIR}}. La dame le dicte : [[NIR:2 68 06 99 139 021 82]] (née au {{Portugal}}, {{57 ans}}). Nom : [[PERSONNE:Maria da Conceição Fernandes]]. Le conseiller ([[PERSONNE:Hakim]]) doit l'écrire en deux fois, le champ nom est trop court.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences, {{CHU de Montpellier}}. Patiente envoyée par {{SOS Médecins}} : Mme [[PERSONNE:Lucie Barthez]], née le [[DATE_NAISSANCE:03-06-1987]], {{IPP}} créé : [[IDENTIFIANT:09124476]]. Bracelet imprimé, {{2 min}}. Je suis directeur d'hôpital à {{Sète}} : chez nous l'IPP prend {{5 min}} à créer. Je vais demander leur paramétrage.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Journaliste à {{La Dépêche du Midi}}. Urgences de {{Tarbes}}, samedi soir. Un rugbyman, [[PERSONNE:Baptiste Laborde]], arcade ouverte, encore en short. Son coach l'accompagne. L'agente le reconnaît (« vous avez joué contre {{Lourdes}} hier ? »). À {{1h}}, {{22 personnes}} en attente. Je croyais que la nuit était calme.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le distributeur de boissons des urgences de {{Béziers}} est vide depuis {{midi}}. Une dame fait le tour de la salle avec un paquet de biscuits qu'elle partage.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Salon-de-Provence}}. Un pharmacien signale une erreur sur une ordonnance de sortie, patient [[PERSONNE:René Coste]]. Il laisse la ligne de l'officine, {{04 90 56 12 38}}, et son portable perso, [[TELEPHONE:06 07 39 88 14]]. L'agent transmet au Dr [[PERSONNE:Nakache]].",
    ),
]

# Notes 174-207.
NOTES_06 = [
    (
        "caf",
        "accueil_physique",
        "Je dirige une menuiserie de {{40 salariés}} à {{Montauban}}. {{Caf}} de {{Tarn-et-Garonne}}. Un jeune couple, les [[PERSONNE:Nowak]], lui polonais, elle française, premier bébé. Ils ouvrent leur dossier. {{RIB}} {{La Banque Postale}} : [[IBAN:FR64 2004 1010 0803 3232 4Y07 470]]. L'agente ([[PERSONNE:Amandine]]) voit que je regarde la lettre au milieu du numéro : « c'est normal, c'est la {{Poste}} ». J'ai appris un truc. Et que notre mutuelle d'entreprise ne couvre pas la naissance comme je croyais : ils en parlent entre eux.",
    ),
    (
        "caf",
        "accueil_physique",
        "« Vous avez rendez-vous ? — Non. — Alors c'est {{1h}} d'attente, ou vous revenez demain à {{8h30}} avec un rendez-vous. — Je reviens pas demain, je travaille. — Alors asseyez-vous. » {{Caf 13}}, accueil du matin.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un étudiant de {{21 ans}} appelle pour l'{{APL}}, première demande, pas encore de numéro allocataire. La conseillère ([[PERSONNE:Ophélie]]) demande le {{NIR}} : [[NIR:1 03 12 34 032 198 53]]. « Vous êtes né à {{Béziers}} ? » « Oui, comment vous savez ? » « C'est dans le numéro. » Il est bluffé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Cheffe d'entreprise (agence de com à {{Nîmes}}), en écoute au plateau. {{Caf du Gard}}. La conseillère ([[PERSONNE:Yasmine]]) : « je vous envoie le justificatif sur quelle adresse ? » L'allocataire : « [[EMAIL:famille.hagege@free.fr]] ». N° alloc vérifié : [[N_ALLOCATAIRE:1457832]]. Appel de {{4 min}}. Je pensais que la Caf en était encore au courrier papier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Journaliste dans un hebdo local. Contrôle {{Caf}} à {{Bellegarde}}, chez un artisan, M. [[PERSONNE:Joaquim Gonçalves]], plâtrier en micro-entreprise, {{SIRET}} [[IDENTIFIANT:811 204 338 00024]]. Camionnette blanche devant : [[IMMATRICULATION:DZ-640-WV]]. La contrôleuse ([[PERSONNE:Murielle]]) compare le chiffre d'affaires déclaré à l'{{URSSAF}} et celui déclaré à la Caf. Un trimestre oublié : {{800 €}} de trop-perçu. Lui : « je fais les papiers le dimanche soir, je suis crevé ». Je pensais trouver des tricheurs organisés. Je trouve des gens crevés.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur relit sa check-list dans la voiture avant chaque visite : « 1. se présenter. 2. montrer la carte. 3. dire pourquoi on vient. 4. dire combien de temps ». Il dit que le 4 est le plus important. {{Caf de l'Hérault}}, {{3 visites}} ce matin.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Prof d'anglais à {{Nîmes}}, j'ai servi d'interprète sans l'avoir prévu. Une famille afghane au {{CCAS}} pour l'aide alimentaire. Le père, [[PERSONNE:Ahmad Rahimi]], passeport n° [[IDENTIFIANT:P04718362]], né le [[DATE_NAISSANCE:1er janvier 1985]] (« everyone in my village is born on January first », dit-il en riant). L'agente ([[PERSONNE:Corinne Sabatier]]) me remercie trois fois. Je reviens jeudi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tarascon}}. Mme [[PERSONNE:Baliardo]] vient mettre à jour son adresse pour le {{colis de Noël}} : [[ADRESSE:aire d'accueil du Rhône, emplacement 12, 13150 Tarascon]]. Tél : [[TELEPHONE:06 14 52 97 03]]. L'agent ([[PERSONNE:Didier Fabre]]) connaît toute la famille, il demande des nouvelles du grand-père.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Panneau à l'accueil du {{CCAS}} de {{Carcassonne}} : « Pas de permanence le {{mercredi après-midi}} ». On est mercredi, il est {{14h10}}, {{5 personnes}} attendent devant la porte fermée. Je pensais que c'était pareil partout ; ça l'est.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une dame au {{CCAS}} de {{Sète}} pour une aide à la cantine. L'agente ([[PERSONNE:Magali]]) demande le quotient familial ; elle ne sait pas, elle donne son numéro {{Caf}} : [[N_ALLOCATAIRE:0894217]]. L'agente regarde sur {{CDAP}} : {{QF}} {{412}}. Tarif cantine à {{1 €}}. Prof des écoles, je découvre enfin d'où sort le tarif cantine écrit sur les fiches de mes élèves.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile à {{Port-Vendres}}. M. [[PERSONNE:Esteve Ribas]] vit dans un garage aménagé, [[ADRESSE:11 route de la Jetée, 66660 Port-Vendres]]. Sa voiture est immatriculée en {{Espagne}}, [[IMMATRICULATION:4821 KLM]], il travaillait à {{Figueres}}. Demande d'aide facultative pour des lunettes. Agent : [[PERSONNE:Jordi Sala]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Maire adjoint au logement, {{Toulouse}}. {{CHRS}}, entretien de sortie : [[PERSONNE:Bilal]], {{24 ans}}, a obtenu un {{T1}} à {{Empalot}}. Il donne son mail pour le bailleur : [[EMAIL:bilal.h.pro@outlook.com]]. Né le [[DATE_NAISSANCE:2000-08-09]], écrit comme ça sur le formulaire. Délai d'attribution : {{14 mois}}. Je croyais que c'était six.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil {{CHRS}}, {{Marseille}}, {{Belsunce}}. Mme [[PERSONNE:Anfiati Said]], comorienne, {{49 ans}}, dossier {{CSS}} à refaire. {{NIR}} : [[NIR:276029939701540]]. L'éducatrice ([[PERSONNE:Laurie]]) lui explique qu'il faut un avis d'imposition même à zéro. « Zéro ? Pourquoi déclarer zéro ? »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} a un jardin partagé. {{3 résidents}} arrosent les tomates à {{7h}}, avant la chaleur. L'un d'eux me dit « ici c'est le seul endroit où on me demande mon avis ». Sur les tomates, mais quand même.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Journaliste, immersion au {{115}} des {{Bouches-du-Rhône}}. Une femme, [[PERSONNE:Sabrina]], appelle de la gare {{Saint-Charles}} avec son fils de {{10 ans}}. Numéro : [[TELEPHONE:07 45 62 13 89]]. L'écoutant ([[PERSONNE:Moussa]]) trouve une place à l'{{Ibis Budget Marseille Centre}}, {{chambre 6}}. Ce que je retiens : il reste en ligne avec elle jusqu'à ce qu'elle trouve le bus.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'assistante sociale de l'hôpital d'{{Avignon}} appelle le {{115}} pour une sortie : M. [[PERSONNE:Gérald Fontaine]], né le [[DATE_NAISSANCE:15/05/1957]], réf {{SIAO}} [[IDENTIFIANT:SIAO84-2025-00917]]. Pas de place avant lundi. Elle soupire : « je le garde ce week-end alors ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un {{T2}} diffus à {{Nîmes}}, {{Chemin-Bas-d'Avignon}}. Résident : [[PERSONNE:Abdoulaye Sissoko]]. Il montre fièrement son premier relevé de compte : [[IBAN:FR76 1660 7000 3106 8139 5012 145]]. L'éducateur ([[PERSONNE:Fred]]) lui dit de ne jamais montrer ça à n'importe qui. Il rit : « vous êtes pas n'importe qui ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement du {{CHRS}} à {{Montauban}} : un voisin se plaint d'une voiture ventouse, [[IMMATRICULATION:AW-389-GF]]. Elle est à [[PERSONNE:Cyril]], résident, en panne depuis {{2 mois}}. Le travailleur social ([[PERSONNE:Baptiste]]) négocie : dépannage solidaire le 15.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nîmes}}. Mme [[PERSONNE:Aurélie Mazet]], enceinte, sa déclaration de grossesse n'est jamais arrivée. {{NIR}} : [[NIR:2870330189214 49]]. L'agent ([[PERSONNE:Samuel]]) retrouve la déclaration envoyée par le cabinet, bloquée : mauvais NIR saisi par le gynéco (deux chiffres inversés). Corrigé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Directeur financier d'un {{CH}}, venu voir l'autre bout de la chaîne. Un patient arrive avec une facture de chez nous (!) : {{CHU}}, facture n° [[IDENTIFIANT:FAC-2025-118734]], {{230 €}} de forfait. M. [[PERSONNE:Haroun Tahiri]] ne comprend pas pourquoi il paie. L'agente ([[PERSONNE:Virginie]]) lui explique : pas de mutuelle à jour chez nous. Je repars avec l'idée que nos factures sont illisibles.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} d'{{Arles}}, {{11h}}. Une bénévole d'une asso d'aide aux démarches accompagne {{3 personnes}} à la suite. L'agente la connaît bien. Elle dit que sans elle il faudrait un agent de plus.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un retraité installé en {{Belgique}} (« à {{Liège}}, chez ma fille »), pour des soins faits en France. Il donne son compte belge : [[IBAN:BE36 9250 1699 5381]]. Le conseiller ([[PERSONNE:Anthony]]) : « il faut le formulaire {{S1}} ». Le monsieur : « le quoi ? ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Journaliste santé, en écoute au {{3646}}. Appel : une mère veut rattacher son nouveau-né. Bébé [[PERSONNE:Léna]], née le [[DATE_NAISSANCE:4 mars]]. Elle donne son mail pour l'attestation : [[EMAIL:marine.g-castillo@laposte.net]]. Conseillère : [[PERSONNE:Ludivine]]. {{6 min}}. Je croyais que le rattachement était automatique à la naissance.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} après un accident du travail, chez l'assuré à {{Vitrolles}} : M. [[PERSONNE:Rachid Amara]], [[ADRESSE:résidence Les Pins, bât. 4, 21 avenue de Marseille, 13127 Vitrolles]]. Dossier AT n° [[IDENTIFIANT:AT-13-25-004471]]. L'agent ([[PERSONNE:Thierry Bonnet]]) lui fait raconter la chute trois fois. Même version les trois fois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Journaliste pour un podcast. {{France Travail}} {{Montpellier}}, {{Millénaire}}. Mme [[PERSONNE:Océane Ribeiro]], {{31 ans}}, ex-aide-soignante en burn-out, veut devenir fleuriste. Conseiller : [[PERSONNE:Mickaël]]. Il ne rit pas, il sort la fiche métier. Identifiant [[ID_FRANCE_TRAVAIL:9012376Y]]. Elle laisse son numéro pour l'atelier : [[TELEPHONE:06-33-71-48-02]]. Je m'attendais à ce qu'il la décourage.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "AGENCE FERMÉE À {{12H}} POUR FORMATION. Affiche A4 sur la porte. Un monsieur arrive à {{12h05}} avec sa convocation pour {{12h15}}. 🤦",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Castres}}, atelier {{CV}} : la conseillère ([[PERSONNE:Béatrice]]) projette au mur un « CV modèle » au nom de [[PERSONNE:Julie Martin]]. Puis chacun fait le sien. M. [[PERSONNE:Tran Van Minh]] met son adresse mail : [[EMAIL:tranvanminh(at)gmail(point)com]]. Elle lui dit de l'écrire normalement.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Vérification d'identité au téléphone : identifiant [[ID_FRANCE_TRAVAIL:7745102 E]], date de naissance « le [[DATE_NAISSANCE:vingt-trois juin quatre-vingt-onze]] ». Conseillère : [[PERSONNE:Stella]]. {{France Travail}} {{Carcassonne}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{France Travail}} de {{Nîmes}} : la conseillère me montre ses {{3 écrans}}. Sur l'un, un compteur d'appels en attente, rouge au-dessus de 10. Il est rouge toute la matinée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Je dirige une {{PME}} de logiciels à {{Labège}}. J'ai écouté {{2h}} d'appels. Celui qui me reste : M. [[PERSONNE:Frédéric Lagarde]], {{56 ans}}, ex-cadre commercial, qui s'excuse toutes les deux phrases d'appeler. Le conseiller ([[PERSONNE:Karim Ziani]]) : « vous dérangez personne monsieur, c'est mon travail ». Chez nous, un cadre de 56 ans, je l'aurais embauché ? Honnêtement, je ne sais pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Maire d'{{Aigues-Mortes}}. Aux urgences de {{Nîmes}} pour l'immersion, je vois arriver un de mes administrés, pêcheur, [[PERSONNE:Fernand Azaïs]], main ouverte. Son fils a garé la fourgonnette, [[IMMATRICULATION:BX-271-MC]], en double file. L'agent de sécurité la fait déplacer gentiment. Délai : {{3h}}. Je ne me suis pas présenté.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Arles}}. Mme [[PERSONNE:Odette Chabrand]], {{76 ans}}, née à Arles, elle y tient, chute dans son escalier. Carte vitale lue : {{NIR}} [[NIR:2 49 04 13 004 063 36]]. Sa fille arrive en courant, laisse son portable : [[TELEPHONE:06 87 21 54 09]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un ami d'un patient appelle : « il s'appelle [[PERSONNE:Paul-Antoine Mattei]], il est né à {{Bastia}}, je vous donne son numéro de sécu si ça aide » et il le dicte : [[NIR:1 90 04 2B 033 112 30]]. L'agent note sans confirmer que le patient est là.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard des urgences de {{Montauban}} reçoit aussi les appels pour la maternité, la radiologie et parfois la cantine du personnel. {{8 transferts}} en {{20 min}}.",
    ),
]

# Notes 208-240.
NOTES_07 = [
    (
        "caf",
        "accueil_physique",
        "{{DRH}} d'un {{CHU}}, à {{Montpellier}}. Ce qui m'a frappée : l'agente ([[PERSONNE:Sandra Olivier]]) règle en {{20 min}} ce que notre bureau des entrées ferait passer par trois services. Mme [[PERSONNE:Koné]] : séparation, nouvelle adresse, nouveau {{RIB}} ([[IBAN:FR76 2004 1010 1348 7633 1177 992]]), garde alternée, tout dans le même rdv. Dossier [[N_ALLOCATAIRE:3 812 640]]. Elle repart avec un récapitulatif imprimé. Chez nous, le patient repart avec quatre papiers et aucun récap.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{caf montpellier}}, {{10h20}}. mme [[PERSONNE:Rouvière]] (sans accent dans le dossier : [[PERSONNE:Rouviere]]) vient pr un changement de tel : [[TELEPHONE:04.67.42.19.83]] -> nouveau portable [[TELEPHONE:07 86 12 40 55]]. n alloc [[N_ALLOCATAIRE:2074519]]. {{3 min}}. l agent dit que c le genre de truc qu'on fait en ligne mais elle prefere venir, elle habite a cote. (note perso : je suis maire adjoint, je croyais qu'elle aurait pu le faire en ligne. Elle a {{82 ans}} et la caf est en bas de chez elle.)",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une allocataire réunionnaise installée à {{Toulouse}} depuis {{2020}} : ses droits ne suivent pas. {{NIR}} : [[NIR:2 97 05 97 411 263 94]] ({{28 ans}}, née à {{Saint-Denis}}). Nom : [[PERSONNE:Anaïs Técher]]. La conseillère ([[PERSONNE:Pascale]]) demande le transfert du dossier depuis la {{Caf de La Réunion}}. « Ça fait 5 ans que je suis ici !! » — le transfert n'avait jamais été fait.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire appelle pour remercier. Juste ça. La conseillère me dit que ça arrive {{une fois par mois}}, à peu près. Elle classe l'appel dans le motif « autre ». {{Caf de Vaucluse}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Conseillère départementale de l'{{Hérault}}. Contrôle {{Caf}} à {{Agde}}, dans un camping à l'année : [[ADRESSE:camping Le Rochelongue, mobil-home 87, 34300 Agde]]. Allocataire : M. [[PERSONNE:Thierry Vasseur]], n° [[N_ALLOCATAIRE:5510983]]. Voiture devant : [[IMMATRICULATION:CM-904-JH]]. Contrôle de résidence principale : il est là depuis {{6 ans}}. Le contrôleur ([[PERSONNE:Yves]]) valide. Je ne savais pas qu'on avait autant de gens à l'année dans les campings du département.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Caf 34}}, {{Frontignan}}. L'allocataire est soupçonnée de vivre en {{Allemagne}}. Relevé d'un compte allemand trouvé dans le courrier : [[IBAN:DE13 4084 5490 3880 7969 04]]. Elle explique : c'est le compte de sa sœur, [[PERSONNE:Katrin]], qui lui envoie de l'argent. La contrôleuse ([[PERSONNE:Aline Ducros]]) demande des justificatifs sous {{15 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Prof de techno à {{Alès}}. Au {{CCAS}}, un jeune de {{19 ans}} vient pour une aide au {{BAFA}}. Il donne son {{Insta}} au lieu de son mail, « c'est pareil » : [[IDENTIFIANT:@nassim.alz30]]. L'agente ([[PERSONNE:Coralie Bruguière]]) rit et lui demande un vrai mail : [[EMAIL:nassim.bensalem30@gmail.com]]. Nom : [[PERSONNE:Nassim Bensalem]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}} d'{{Avignon}}, quartier {{Saint-Chamand}}. Un habitué que tout le monde appelle « [[PERSONNE:Pépito]] » vient chercher son courrier. Vrai nom sur le registre : [[PERSONNE:José Moreno Vargas]]. L'agent ([[PERSONNE:Franck]]) garde ses lettres dans une boîte à chaussures à part. « Il n'aime pas les casiers. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle le {{CCAS}} de {{Manosque}} : l'aide promise n'est pas arrivée. L'agente vérifie : virement parti sur [[IBAN:FR76 1831 5100 0014 2445 9105 073]], compte clôturé. Nom : [[PERSONNE:Lucien Ayme]]. Il faut un nouveau {{RIB}}, à déposer à l'accueil. Je suis journaliste à {{Manosque}} : je pensais que le problème serait l'argent. C'est le RIB.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Deux appels de suite pour la même chose : la navette seniors n'est pas passée ce matin à {{Bagnols-sur-Cèze}}. L'agent appelle le chauffeur, [[PERSONNE:Manu]] : crevaison. Il rappelle les deux dames. {{11 min}} en tout.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Émile Granier]], sous {{curatelle}}, [[ADRESSE:3 chemin du Mas Neuf, 30600 Vauvert]]. Son curateur, Me [[PERSONNE:Delorme]], est présent. L'agente du {{CCAS}} parle au monsieur, pas au curateur. Le curateur parle à l'agente, pas au monsieur. Le monsieur me parle à moi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, {{Toulouse}}, {{Bagatelle}}. M. [[PERSONNE:Brahim Ouazzani]], {{62 ans}}, arrivé du {{Maroc}} dans les années 80, ancien ouvrier du bâtiment, veut faire valoir ses droits à la retraite. L'éducateur ([[PERSONNE:Gaétan]]) retrouve son {{NIR}} sur une vieille carte vitale : [[NIR:1 62 11 99 350 047 67]]. « Je l'avais gardée, on sait jamais. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Journaliste en résidence à {{Montpellier}}. Au {{CHRS}}, ce qui m'a frappé : le tableau des présences, écrit au feutre. « [[PERSONNE:Mohammed]] » barré, réécrit « [[PERSONNE:Mohamed]] » par le résident lui-même. L'éducatrice ([[PERSONNE:Sandrine Vidal]]) : « il tient à son orthographe, et il a raison ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Hérault}}. Appel d'une jeune, [[PERSONNE:Lola]], {{19 ans}}, mise dehors par ses parents à {{Agde}}. Portable : [[TELEPHONE:+33 7 58 21 64 90]]. L'écoutant ([[PERSONNE:Arthur]]) lui demande si elle a mangé. Non. Il l'oriente vers l'accueil de jour de {{Béziers}} demain {{8h}}. Je suis prof de lycée à {{Agde}}. Elle aurait pu être dans ma classe.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une assistante sociale de secteur appelle le {{115}} de {{Marseille}} pour une famille. Elle donne son mail pro pour le retour : [[EMAIL:c.lambert@departement13.fr]]. Famille [[PERSONNE:Hadjadj]], {{5 personnes}}. Attente : {{3 semaines}} minimum.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Tarn}}, {{20h}} : {{4 appels}}, {{0 place}}. L'écoutante dit la même phrase à chaque fois, « je vous rappelle dès que quelque chose se libère », et elle rappelle vraiment, à {{22h}}, pour un lit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du studio d'un résident en fin de parcours, [[ADRESSE:Résidence du Parc, appt 23, 9 avenue Jean Moulin, 34500 Béziers]]. [[PERSONNE:Grégoire]], {{52 ans}}, attend son {{APL}} : n° alloc [[N_ALLOCATAIRE:6207714]]. L'éducateur ([[PERSONNE:Sami]]) appelle la {{Caf}} en haut-parleur. {{34 min}} d'attente. On boit le café en attendant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam 13}}, accueil. Mme [[PERSONNE:Grace Mbemba]], congolaise, titre de séjour n° [[IDENTIFIANT:1302776581]], veut ouvrir ses droits. L'agent ([[PERSONNE:Jean-Luc]]) lui crée son compte {{Ameli}} avec son mail, [[EMAIL:grace.mbemba@yahoo.fr]]. Il fait tout, elle regarde. Il dit que c'est plus rapide que d'expliquer.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nîmes}}. Une étudiante infirmière, [[PERSONNE:Clémence Roussel]], {{23 ans}}, veut son attestation pour l'école. {{NIR}} : [[NIR:2 02 01 30 189 305 17]]. L'agente tape, imprime. {{90 secondes}}. En partant : « je pensais que ça prendrait la matinée ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, un assuré ne reçoit plus ses {{IJ}} : son compte {{La Banque Postale}}, [[IBAN:FR63 2004 1010 0901 1772 0V07 641]], a été remplacé par erreur. Nom : [[PERSONNE:Kamel Saadi]]. La conseillère ([[PERSONNE:Maryline]]) ouvre une réclamation.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ce qui m'a surpris, moi qui dirige une mutuelle régionale : au {{3646}}, la moitié des appels que j'écoute concernent des remboursements de la mutuelle. On les renvoie vers nous. Nous, on les renvoie vers eux.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Giselle Arnaud]], {{89 ans}}, à {{Pertuis}}, pour vérifier les soins facturés par son infirmier libéral, M. [[PERSONNE:Damien Brès]] ({{RPPS}} [[IDENTIFIANT:10101234564]]) : {{3 passages}} par jour facturés. Elle : « il vient une fois, le matin, il est très gentil ». L'agente ([[PERSONNE:Nathalie Giraud]]) note tout.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Deuxième visite de la journée, {{Cpam du Gard}}. {{45 km}} de route pour {{10 min}} sur place. L'agent ([[PERSONNE:Alain]]) me montre son tableau : {{7 visites}} cette semaine, {{1 anomalie}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Je dirige une entreprise de travaux publics à {{Rodez}}. {{France Travail}} Rodez, job dating. M. [[PERSONNE:Kevin Bouscatel]], {{26 ans}}, conduit déjà des engins, il est venu en voiture (il insiste : « j'ai une voiture », il a même mis l'immat sur son {{CV}} : [[IMMATRICULATION:FB-318-XA]]). Identifiant [[ID_FRANCE_TRAVAIL:2218806V]]. Je le prends à l'essai lundi. Je ne savais pas que ça pouvait marcher comme ça, en vrai, en {{10 minutes}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Prof de {{BTS}} à {{Toulouse}}. Rdv d'une ancienne étudiante que je n'ai pas reconnue tout de suite : [[PERSONNE:Léa Castex]]. Diplômée, {{8 mois}} sans emploi. Sa conseillère ([[PERSONNE:Isabelle]]) lui fait changer d'adresse mail : « [[EMAIL:lealoveschats31@hotmail.com]] » ne passe pas auprès des recruteurs. Je ne leur ai jamais dit ça en cours.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dans la salle d'attente de {{France Travail}} {{Arles}}, une affiche : « Vous avez des droits, vous avez des devoirs ». Quelqu'un a entouré « droits » au stylo. {{9 personnes}}, {{1 borne}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Aubagne}}. Rappel de M. [[PERSONNE:Ange Orsini]], identifiant [[ID_FRANCE_TRAVAIL:6389201G]]. Il donne un nouveau numéro : « [[TELEPHONE:zéro quatre, quatre-vingt-dix, 86, 45, 12]] ». La conseillère ([[PERSONNE:Sylvie]]) le répète en chiffres.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une demandeuse qui vient de changer de banque. Mme [[PERSONNE:Fabienne Jullian]], née le [[DATE_NAISSANCE:27/12/1979]]. Le conseiller lui rappelle que le {{RIB}} se change dans l'espace perso, mais il note pour vérif : [[IBAN:FR76 1130 6000 3069 6929 8326 223]]. Conseiller : [[PERSONNE:Yanis]]. {{France Travail}} {{Sète}}. Je suis chef d'entreprise : chez nous un changement de RIB d'un salarié prend deux jours. Elle attend son allocation ; deux jours, c'est long.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Carcassonne}}. Un mécanicien arrive, brûlure à l'avant-bras, encore en bleu de travail floqué {{Garage Sarda Automobiles}}. C'est le patron lui-même, M. [[PERSONNE:Sarda]]. L'IOA : « on va vous soigner, vous retournerez à vos voitures demain ». {{Brûlure du 2e degré}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Directeur d'hôpital à {{Alès}}. Aux urgences d'{{Avignon}}, il y a un agent administratif seul la nuit. À {{4h}}, il enregistre M. [[PERSONNE:Nicolas Chauvet]], né le [[DATE_NAISSANCE:8 octobre 1990]], {{IPP}} [[IDENTIFIANT:A-2025-337810]], sans prendre sa pause. Chez nous on a supprimé ce poste en {{2019}}. Les infirmières font l'accueil et elles détestent ça.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences pédiatriques}} de {{Purpan}}. Jouets, un aquarium, des dessins au mur. Un petit garçon montre le poisson rouge à tous les parents. {{2h}} d'attente affichée, personne ne se plaint devant l'aquarium.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un gendarme appelle les urgences de {{Millau}} pour un accidenté de l'{{A75}} : véhicule [[IMMATRICULATION:GF-583-PT]], conducteur [[PERSONNE:Julien Vaissière]], né en [[DATE_NAISSANCE:1988]]. L'agent prépare le dossier avant l'arrivée du {{SMUR}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle pour sa voisine emmenée en ambulance ce matin : « elle a personne, je suis la seule ». La voisine : Mme [[PERSONNE:Simone Aubanel]]. Elle laisse son fixe, [[TELEPHONE:04 66 21 38 74]]. L'agent ne peut rien dire mais prend le numéro « pour le service ». {{CHU de Nîmes}}.",
    ),
]

NOTES = [*NOTES_01, *NOTES_02, *NOTES_03, *NOTES_04, *NOTES_05, *NOTES_06, *NOTES_07]

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
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
    """Return (dev_ids, holdout_ids); uses only the ids and the cells."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.extend(ids[:half])
        holdout.extend(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build()
    dev_ids, holdout_ids = split(notes)
    by_id = sorted(notes, key=lambda note: note["id"])
    write(HERE / "dev.jsonl", [n for n in by_id if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in by_id if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
