"""Independent evaluation corpus n° 57: 240 hand-written French observation notes.

Every note below was written by hand as a ``(site_kind, channel, text)`` tuple with inline
marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse``
strips the marks and computes the offsets (Python string indices, end exclusive); ``main``
numbers the notes ``ind57-001`` … ``ind57-240`` in writing order, draws the dev / holdout
split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Standard library only and deterministic: ``python holdout_author.py``.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind57"
SEED = 57

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

# --- the notes, in writing order -------------------------------------------------------------

BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}} {{Caf}} de {{Caen}}, la borne affiche {{14 personnes}} avant nous. Agente du jour : [[PERSONNE:Sandrine]], {{22 ans}} de maison. 1re pers. : Mme [[PERSONNE:Hamidou]], vient pour la {{prime d'activité}} qui a baissé de {{180 €}}. [[PERSONNE:Sandrine]] lui réexplique la déclaration trimestrielle, elle hoche la tête mais on sent bien qu'elle n'a pas compris. N° alloc donné de tête : [[N_ALLOCATAIRE:2231874]]. Repart avec un post-it écrit à la main.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}} à {{Rouen}}. {{11h}}-{{11h40}} : {{9 appels}}, dont {{5 pour des remboursements}} pas reçus. Les conseillers ont un script à l'écran mais personne ne le lit vraiment. Bruit de fond énorme, mon casque grésille. Temps moyen affiché au mur : {{6 min 30}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} de l'hôpital {{Jacques-Monod}}, {{Le Havre}}, {{14h20}}. IOA = [[PERSONNE:Maëlle]]. Un monsieur arrive la main dans un torchon (meuleuse). Pas de carte vitale sur lui, elle le retrouve dans le logiciel : NOM [[PERSONNE:LECANU]] Prénom [[PERSONNE:Thierry]] DDN [[DATE_NAISSANCE:14/11/1962]] NIR [[NIR:1 62 11 76 351 963 33]]. Tri, retour en salle d'attente, {{2h}} annoncées. Il rigole : « j'ai connu pire sur le port ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Nantes}} {{Bellevue}}, box 3. Conseiller M. [[PERSONNE:Ferrand]], tutoie tout le monde. [[PERSONNE:Yanis]], {{19 ans}}, inscrit depuis {{3 semaines}}, montre son identifiant sur l'appli : [[ID_FRANCE_TRAVAIL:5127384M]]. Veut un apprentissage en boulangerie. [[PERSONNE:Ferrand]] ouvre {{La bonne alternance}} et trouve {{2 offres}} à {{Rezé}}. [[PERSONNE:Yanis]] n'a pas le permis -> pb, pas de bus à {{4h du mat}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Calvados}}, {{21h40}}. Écoutante : [[PERSONNE:Inès]]. Un homme dort dans sa voiture sur le parking du {{Leclerc}} de {{Mondeville}} depuis {{une semaine}}, il a froid. Il donne son nom, [[PERSONNE:Patrick Hue]], et sa plaque pour que l'équipe mobile le trouve : [[IMMATRICULATION:FG-482-TL]], {{Clio}} grise. Pas de place ce soir, [[PERSONNE:Inès]] lui propose de rappeler à {{7h}}. Lui : « pas grave, j'ai l'habitude ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Angers}}, permanence aide alimentaire. File dehors à {{8h50}} alors que ça ouvre à {{9h}}. Beaucoup d'étudiants cette année d'après l'agent. Bons pour l'épicerie solidaire : {{15 €}} par personne et par quinzaine. Une dame demande si elle peut prendre pour sa voisine malade : non, il faut venir soi-même ou faire une procuration. Elle repart sans rien 😕",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Hervé]], contrôleur {{Caf}} de la {{Sarthe}} depuis {{2009}}. Rdv chez Mme [[PERSONNE:Bouzid]], [[ADRESSE:17 rue des Glonnières, 72100 Le Mans]], {{3e étage}} sans ascenseur. Elle déclare vivre seule avec ses {{2 enfants}}. Sur la boîte aux lettres : « [[PERSONNE:BOUZID]] - [[PERSONNE:CARVALHO]] ». Elle explique que c'est l'ancien locataire. [[PERSONNE:Hervé]] note, ne dit rien, regarde la salle de bain (une seule brosse à dents adulte). Il me dit en redescendant : « je suis pas là pour piéger les gens ». Durée {{45 min}}. Dans la voiture il m'explique comment il prépare une visite : il relit le dossier la veille, regarde les derniers changements déclarés, note les questions à poser. Il ne dit jamais à l'allocataire ce qu'il cherche. Mme [[PERSONNE:Bouzid]] nous raccompagne jusqu'à la porte de l'immeuble et demande si elle va « perdre les allocs ». [[PERSONNE:Hervé]] : « je ne décide pas, je fais un rapport ». Elle insiste, il répète la même phrase. Dans l'escalier une voisine nous regarde passer sans rien dire. En remontant en voiture il soupire : {{4 contrôles}} aujourd'hui, et le rapport à taper ce soir chez lui parce que « la journée, on roule ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des {{urgences}} du {{CHU de Caen}}. Une femme appelle pour savoir si sa mère est arrivée, transportée par les pompiers de {{Bayeux}}. La secrétaire ([[PERSONNE:Stéphanie]]) demande nom + date de naissance : « [[PERSONNE:Madeleine Vautier]], née le [[DATE_NAISSANCE:2 février 1938]] ». Elle ne peut rien dire d'autre que « oui, elle est chez nous ». La fille insiste, pleure. {{4 min}}. Pas de rappel possible de l'interne avant {{18h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}, l'agent ne donne que son prénom, « [[PERSONNE:Karim]] ». Appelant radié pour absence à un rdv, dit qu'il n'a jamais reçu le courrier. [[PERSONNE:Karim]] vérifie l'adresse du dossier : [[ADRESSE:8 impasse des Mouettes, 76400 Fécamp]], c'est bien la sienne. Le monsieur lit son identifiant à voix haute, « [[ID_FRANCE_TRAVAIL:deux huit zéro un cinq cinq six B]] ». Recours possible sous {{2 mois}}, [[PERSONNE:Karim]] lui dicte la démarche lentement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Cherbourg}}, accueil sur rdv. Mme [[PERSONNE:Lemaître]] vient pour sa {{CSS}} (complémentaire santé solidaire) : dossier incomplet, manque l'avis d'imposition. L'agent, [[PERSONNE:Florian]], jeune, très doux, l'imprime depuis {{impots.gouv}} avec elle. Elle a {{56 ans}}, vit à {{Équeurdreville}}, pas d'ordi, pas d'imprimante. NIR sur la feuille de soins : [[NIR:2680650129523 39]]. {{20 min}} en tout, elle remercie 3 fois.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Rouen}} rive gauche ({{Saint-Sever}}). Entretien d'admission mené par [[PERSONNE:Gaëlle]]. M. [[PERSONNE:Ionuț Stanciu]], {{41 ans}}, sorti de détention il y a {{10 jours}}, parle peu. Son fils [[PERSONNE:Andrei]] l'attend dehors, fume. Papiers : carte d'identité roumaine [[IDENTIFIANT:RT482937]], pas de titre. [[PERSONNE:Gaëlle]] remplit la fiche {{SIAO}} en lui posant les questions deux fois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Le Havre}}, atelier collectif « CV et lettre de motiv », {{10h}}-{{12h}}. {{7 inscrits}}, {{4 présents}}. La conseillère projette un CV modèle et passe {{20 minutes}} sur la police d'écriture. Un participant décroche au bout de {{30 min}}, un autre prend des notes sur un ticket de caisse. Pas de pause café, machine en panne.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme téléphonique {{Caf 44}}, {{14h}}. [[PERSONNE:Nadia]] répond à un papa solo : {{APL}} suspendue. Il donne son numéro d'allocataire en deux fois, « [[N_ALLOCATAIRE:48 31 205]] ». [[PERSONNE:nadia]] lui fait confirmer son portable : [[TELEPHONE:07 81 46 22 93]]. Motif : loyer non déclaré par le bailleur ({{Nantes Métropole Habitat}}). Elle fait un signalement, délai {{3 semaines}}. Lui : « et je mange comment en attendant ? »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} d'{{Évreux}}, quartier {{La Madeleine}}, avec [[PERSONNE:Coralie]] (CESF). M. [[PERSONNE:Dos Santos]], {{82 ans}}, veuf, demande d'aide ménagère + portage de repas. Appart propre mais frigo vide. Il nous montre une facture {{EDF}} en retard, réf client [[IDENTIFIANT:6002431877]]. [[PERSONNE:Coralie]] appelle sa fille devant nous ([[TELEPHONE:06 63 12 87 40]]), messagerie. Il a gardé les lunettes de sa femme sur la table de la cuisine.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam}} de {{Loire-Atlantique}}, contrôle d'arrêt de travail à domicile avec un agent assermenté, [[PERSONNE:Jean-Marc]]. {{10h15}}, [[ADRESSE:La Haute Noë, 44850 Ligné]], lieu-dit sans numéro. Personne. Il laisse un avis de passage. Retour à {{10h50}} : la dame, Mme [[PERSONNE:Guérin]], revient de la pharmacie, ordonnance à la main, sorties autorisées de {{9h}} à {{11h}} donc tout va bien. [[PERSONNE:Jean-Marc]] : « {{80%}} des contrôles c'est ça ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHU}} {{Nantes}}, urgences adultes, {{47 patients}} dans le service à {{16h}}. IOA [[PERSONNE:Thomas]].\n- Nom ?\n- [[PERSONNE:Nguyen Van Long]]\n- [[PERSONNE:Nguyen]] c'est le nom ?\n- oui\n- date de naissance ?\n- [[DATE_NAISSANCE:3 mars 1949]]\nSa petite-fille [[PERSONNE:Linh]] traduit le reste. Douleur thoracique -> passe direct en box, toute la salle regarde.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Maine-et-Loire}}, soir. {{63 appels}} entre {{18h}} et {{20h}}, {{4 places}} attribuées. Les écoutants tiennent un tableau papier en plus du logiciel « parce que le logiciel plante ». Beaucoup de rappels des mêmes personnes, on reconnaît les voix. Un appel d'une femme avec bébé, orientée vers l'hôtel, le reste : « rappelez demain ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{ANGERS}} {{MONPLAISIR}}. CONSEILLÈRE : [[PERSONNE:ÉLODIE]]. DAME {{52 ANS}}, LICENCIÉE DE CHEZ {{SCANIA}} APRÈS {{17 ANS}}. ELLE A SON IDENTIFIANT ÉCRIT AU STYLO SUR LE DOS DE LA MAIN : [[ID_FRANCE_TRAVAIL:3094417 R]]. PARLE DE FORMATION AIDE-SOIGNANTE. [[PERSONNE:ÉLODIE]] DIT OUI TOUT DE SUITE, RDV {{AFPA}} LE {{12}}. (désolée caps lock bloqué sur mon tél)",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Lisieux}}, {{Caf}} : {{25 min}} d'attente pour déposer UNE attestation. Boîte aux lettres condamnée 🙄",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel sortant par [[PERSONNE:Christelle]] ({{Cpam}} de l'{{Orne}}). Mme [[PERSONNE:Marie-Thérèse Boulay]] n'a toujours pas reçu sa nouvelle carte vitale. [[PERSONNE:Christelle]] vérifie l'identité : « [[NIR:2 58 01 61 001 415 26]], c'est bien vous ? née en [[DATE_NAISSANCE:janvier 58]] à {{Alençon}} ? » Oui. La photo envoyée était refusée (fond pas uni). Elle ne savait pas. Renvoi d'un formulaire papier, {{15 jours}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Accueil tél du {{CCAS}} du {{Havre}}, domiciliation. M. [[PERSONNE:Mohamed Larbi]] demande s'il a du courrier. [[PERSONNE:Véronique]] lui demande sa date de naissance pour vérifier : « [[DATE_NAISSANCE:12/05/1978]] ». Il y a une lettre de la {{Caf}} et une de la {{préfecture}}, il passe les chercher à {{14h}}. Elle me dit qu'il appelle tous les jours, « c'est son rituel ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel {{Première Classe}} de {{Saint-Herblain}}, {{chambre 214}}, où la famille [[PERSONNE:Kelmendi]] est mise à l'abri depuis {{4 mois}}. Le père, [[PERSONNE:Arben]], la mère, [[PERSONNE:Drita]], {{3 enfants}} dont un bébé. Micro-ondes posé sur une valise. Récépissé de demande d'asile n° [[IDENTIFIANT:4409871235]], expire dans {{10 jours}}. L'éducatrice ([[PERSONNE:Laure]]) prend une photo du récépissé avec le tél du service.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Sébastien Morin]], conseiller, rappelle un demandeur : la visio ne marche pas donc tél. Le monsieur, [[PERSONNE:Abdoulaye]], cherche cariste au {{Mans}}, {{CACES}} {{1, 3 et 5}} ok. Il faut lui envoyer {{3 offres}} par mail : [[EMAIL:abdou.sylla72@gmail.com]], [[PERSONNE:Sébastien]] le fait répéter deux fois, « [[PERSONNE:sylla]] avec deux L ». Appel de {{12 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Lille}}, {{mercredi}} aprem. Bronchiolites partout. Un papa arrive avec [[PERSONNE:Ilyès]], {{8 mois}}, né le [[DATE_NAISSANCE:22 mars]], saturation basse. Passe devant tout le monde, personne ne râle. La puéricultrice ([[PERSONNE:Anne-So]]) m'explique le code couleur du tri. Affiché au mur : {{3h30}} d'attente pour les verts.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Manche}} au camping municipal de {{Granville}}. Mme [[PERSONNE:Lebas]] vit à l'année dans un mobil-home : [[ADRESSE:camping Le Hérel, emplacement 41]]. Déclarée isolée. Devant : une voiture immatriculée [[IMMATRICULATION:EK 305 RB]] que le contrôleur ([[PERSONNE:Pascal]]) note. Elle dit que c'est celle de son frère qui l'aide pour les courses. Chauffage d'appoint au pétrole, humidité partout.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nantes}}, {{10h}}. File de {{12}} personnes, une seule borne qui marche. Le vigile fait le tri : « carte vitale c'est là, attestation c'est la borne, le reste rdv ». Les gens repartent souvent sans avoir parlé à un humain. Aucune chaise. Une dame âgée s'assoit sur le rebord de la fenêtre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} du {{Mans}}, aide facultative. Mlle [[PERSONNE:Tiphaine Roussel]], {{23 ans}}, demande une aide pour payer son permis (elle a un CDI à {{Allonnes}} mais pas de bus le dimanche). L'agent [[PERSONNE:Brigitte]] lui fait écrire son mail sur le formulaire : [[EMAIL:tiph.roussel [at] laposte.net]]. Commission le {{15}}, montant max {{400 €}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Caen}}, {{café}} et douches. [[PERSONNE:Mamadou]] (bénévole, ancien usager) sert les cafés. Un homme arrive avec son chien {{Rocky}}, le chien a plus de succès que lui. « [[PERSONNE:Dédé]] » (c'est comme ça qu'on l'appelle ici) demande si son colis est arrivé. [[PERSONNE:Mamadou]] lui répond « pas encore mon frère ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} {{Cholet}}. Jeune femme, [[PERSONNE:Sarah-Lou]], {{24 ans}}, sort d'un contrat chez {{Lactalis}}. Elle ne trouve plus son mot de passe. Conseiller [[PERSONNE:Matthieu]] : « votre identifiant c'est bien [[ID_FRANCE_TRAVAIL:6612047 T]] ? ». Réinitialisation par SMS au [[TELEPHONE:06 29 74 10 58]], code jamais reçu. {{3 essais}}. Finalement il lui imprime une attestation. {{25 minutes}} pour un mot de passe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseiller [[PERSONNE:Julien]], plateforme {{Caf}} {{Seine-Maritime}}. Une dame veut changer son RIB car nouvelle banque en ligne. Elle dicte : « [[IBAN:FR76 3000 4073 5733 7886 0015 758]] ». [[PERSONNE:Julien]] : « je ne peux pas le prendre par téléphone madame, il faut passer par le site ». Elle : « mais je vous le donne là ! ». Il reste poli, elle raccroche.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation ? Non, juste le standard des urgences de {{Saint-Lô}}. {{19 appels}} en {{une heure}}, surtout des familles. Une infirmière m'explique qu'ils ne donnent aucune info médicale par tél, « on ne sait jamais qui appelle ». Les gens le prennent mal. Un appel d'un {{EHPAD}} ({{Korian Les Charmilles}}) pour prévenir d'un transfert.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "📞 {{3646}}, pôle {{Calvados}}. [[PERSONNE:Rachid]] (conseiller) + moi en double écoute. Assuré qui conteste un refus de remboursement de taxi. « Vous êtes bien M. [[PERSONNE:Lefrançois]], [[PERSONNE:Bruno]] ? » « oui ». Prescription médicale de transport pas remplie par le médecin. [[PERSONNE:Rachid]] lui conseille de retourner chez le médecin. Le mec soupire fort 😅",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour une demande d'aide à l'énergie, {{Hérouville-Saint-Clair}}. Mme [[PERSONNE:Bah]] et ses {{4 enfants}}, [[ADRESSE:6 place de la Fontaine, 14200 Hérouville-Saint-Clair]]. Compteur coupé depuis {{samedi}}. Référence client {{Engie}} notée par l'assistante sociale : [[IDENTIFIANT:310 472 865 1]]. L'AS ([[PERSONNE:Fanny]]) appelle Engie depuis le salon, {{35 min}} d'attente musicale. Les enfants font leurs devoirs à la lampe frontale.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Laval}}, message pour M. [[PERSONNE:Pottier]] (en formation) : rappeler la dame au [[TELEPHONE:02 43 56 18 07]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} {{Sarthe}}, ligne pro. Une assistante sociale de l'hôpital appelle pour un patient sortant demain, sans domicile. Elle donne : « [[PERSONNE:Gérard Lhermitte]], né en [[DATE_NAISSANCE:1959]], dossier SIAO [[IDENTIFIANT:SI-72-2024-01873]] ». La coordinatrice ([[PERSONNE:Sophie]]) dit qu'il n'y a rien avant {{lundi}}. « Il sortira quand même ». Silence.",
    ),
]

BATCH_2 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} des {{Bouches-du-Rhône}}, site de {{Marseille}} {{Belle de Mai}}. Mme [[PERSONNE:Anrifa Soilihi]], {{27 ans}}, enceinte de {{7 mois}}, vient pour le {{RSA}} majoré. Sa cousine traduit en shimaoré. L'agent ([[PERSONNE:Fabrice]]) recopie le NIR depuis l'attestation de droits : [[NIR:2 97 12 13 055 705 05]]. Il manque le certificat de grossesse, elle l'a en photo sur {{WhatsApp}} mais le scanner ne prend pas les photos. Rdv dans {{10 jours}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{14h32}}. Monsieur âgé, {{Caf}} de l'{{Eure}}. Il a changé de banque, il a son RIB devant lui et le lit lentement : banque [[IBAN:20041 59652 0345978M077 08]], il dit « M comme {{Marcel}} ». Conseillère ([[PERSONNE:Patricia]]) : « je vais vous envoyer le formulaire, je ne peux pas saisir un RIB au téléphone ». Il dit qu'il a pas d'imprimante. Elle le lui envoie par courrier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Strasbourg}}. Mme [[PERSONNE:Yılmaz]] ([[PERSONNE:Gülay]]), {{60 ans}}, passe de la pension d'invalidité à la retraite, elle ne comprend pas pourquoi la {{Cpam}} « la lâche ». Son fils [[PERSONNE:Emre]] traduit. NIR lu sur l'écran par l'agent : [[NIR:2640499208720 96]] (née en [[DATE_NAISSANCE:avril 1964]] en {{Turquie}}). L'agent Mme [[PERSONNE:Schaeffer]] explique le relais avec la {{Carsat}}, {{20 min}}, schéma dessiné sur un bout de papier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Nantes}}, accueil tél. Mme [[PERSONNE:Kadiatou Traoré]] appelle pour une facture d'eau de {{312 €}}. L'agent prend ses coordonnées pour le dossier : mail « [[EMAIL:k.traore arobase outlook point fr]] », tél [[TELEPHONE:06 58 33 09 71]]. Elle habite {{Malakoff}} depuis {{2015}}. Rdv physique proposé {{jeudi}} {{10h}}, elle travaille, elle demande {{17h}}, pas possible.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du {{Samu social}} de {{Rouen}} avec [[PERSONNE:Nico]] et [[PERSONNE:Aïcha]]. {{22h}}, quai rive gauche près du {{pont Flaubert}}. Un homme sous une tente, « [[PERSONNE:Jacky]] », la soixantaine, avec son chien {{Pirate}}. Il refuse l'hébergement (pas de chiens au foyer). On laisse une couverture, du café, des croquettes. [[PERSONNE:Aïcha]] note son état de santé sur la tablette. {{Il fait 2 degrés}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Toulouse}} {{Mirail}}. Mme [[PERSONNE:Zahra Ahmadi]], réfugiée afghane, {{34 ans}}, ancienne sage-femme à {{Hérat}}. Interprète {{ISM}} au tél sur haut-parleur. Titre de séjour n° [[IDENTIFIANT:3102845761]], identifiant {{FT}} [[ID_FRANCE_TRAVAIL:4471903 K]]. Conseiller ([[PERSONNE:Laurent]]) cherche comment faire reconnaître son diplôme, il ne sait pas, il note « voir {{ENIC-NARIC}} ». Elle sourit tout le temps.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU d'Angers}}, {{23h10}}. Étudiante de l'{{UCO}}, cheville gonflée (rugby). L'IOA ([[PERSONNE:Baptiste]]) crée le dossier : [[PERSONNE:Clémence Aubry]], DDN [[DATE_NAISSANCE:17/09/2001]], sécu [[NIR:2 01 09 49 007 386 16]], mutuelle {{HEYME}} adhérent [[IDENTIFIANT:HY00728415]]. Ses copines attendent dehors avec des pizzas 🍕. {{4h}} d'attente estimée pour une radio.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, {{Cpam}} du {{Calvados}}, à {{Lisieux}}. M. [[PERSONNE:Legrand]], [[ADRESSE:24 rue Henry-Chéron, 14100 Lisieux]], arrêt pour lombalgie. Il ouvre en jogging, cartons de déménagement partout, il dit qu'il déménage « mais c'est sa copine qui porte ». L'agente ([[PERSONNE:Nathalie]]) vérifie juste la présence, pas le reste. {{8 min}}. Dans la voiture : « le médecin conseil verra ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Dijon}}, bureau des domiciliations. {{140 personnes}} domiciliées ici. Casiers alphabétiques, l'agente connaît tout le monde. Un homme vient chercher un recommandé, il doit montrer une pièce d'identité, il n'en a plus depuis un vol. Elle le lui donne quand même « parce que je le connais depuis {{5 ans}} », et note l'exception sur le registre.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du {{Mans}}, {{13h}}. Un jeune, [[PERSONNE:Kevin]], {{20 ans}}, sorti de l'{{ASE}} à {{18}}, dort chez des potes. L'éducatrice lui demande comment le joindre, pas de forfait : « sur insta, [[IDENTIFIANT:@kev_lmn72]] ». Elle note sans broncher. Il charge son tél à la multiprise commune pendant {{2h}}. Babyfoot.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, conseillère [[PERSONNE:Hélène]] (plateforme de {{Caen}}). Un monsieur ne comprend pas pourquoi son {{ARE}} a baissé : reprise d'activité déclarée en heures et pas en euros. Identifiant : « [[ID_FRANCE_TRAVAIL:0987213F]] ». [[PERSONNE:Hélène]] corrige la déclaration avec lui ligne par ligne. Il dit « vous êtes la première qui m'explique ». {{16 minutes}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de ressources, {{Caf}} {{Loire-Atlantique}}, {{Saint-Nazaire}}. M. [[PERSONNE:Le Bihan]], auto-entrepreneur (peinture en bâtiment), SIRET [[IDENTIFIANT:419 852 512 00740]]. Le contrôleur ([[PERSONNE:Rémi]]) demande les relevés bancaires : compte pro et perso sur le même compte, [[IBAN:FR76 1444 5223 8747 4341 7839 134]]. Chiffre d'affaires pas déclaré depuis {{2 trimestres}}. [[PERSONNE:Le Bihan]] : « je croyais que l'{{Urssaf}} le disait à la {{Caf}} ». Ambiance tendue mais polie.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Bordeaux}} ({{Pellegrin}}), poste de la secrétaire d'accueil. {{6 appels}} en {{20 min}} : {{2}} familles, {{1}} médecin de ville, {{1}} ambulancier perdu, {{2}} erreurs (cherchaient la maternité). Elle a un post-it avec les numéros internes. Pas une seconde de répit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} de la {{Mayenne}}, plateforme. [[PERSONNE:Aurore]] prend un changement d'adresse. L'assuré, M. [[PERSONNE:Bellanger]], lit son numéro de sécu d'une traite : « [[NIR:175035313074049]] ». Nouvelle adresse : [[ADRESSE:3 allée des Tilleuls, 53000 Laval]]. [[PERSONNE:Aurore]] : « vous êtes né à {{Laval}} aussi ? » « oui, jamais bougé ». Fin en {{4 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile du {{CCAS}} de {{Cholet}} pour une aide au chauffage. Mme [[PERSONNE:Renée Brochard]], {{91 ans}}, née le [[DATE_NAISSANCE:8 août 1933]], [[ADRESSE:12 rue du Bretonnais, 49300 Cholet]]. Maison de plain-pied, poêle à bois, elle coupe encore son bois elle-même (!). Son chat {{Minou}} dort sur la cuisinière. L'agente, [[PERSONNE:Mélanie]], lui fait signer avec une loupe.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{Paris}}, {{45 min}} d'attente avant de décrocher d'après l'écoutant. Appel de [[PERSONNE:Oumou]], {{3 enfants}} dont un de {{2 ans}}, à la rue depuis {{hier}}. Date de naissance administrative : [[DATE_NAISSANCE:01/01/1990]]. Portable : [[TELEPHONE:07 53 90 18 64]], {{12 %}} de batterie. L'écoutant ([[PERSONNE:Yacine]]) trouve une place d'hôtel à {{Créteil}} pour ce soir seulement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « réussir son CV », {{France Travail}} {{Le Mans}} {{Sud}}. La conseillère, Mme [[PERSONNE:Rivière]], projette un CV modèle au nom de « [[PERSONNE:Jean Dupont]], [[ADRESSE:12 rue de la Paix, 72000 Le Mans]] ». Un participant demande s'il peut mettre son vrai prénom ou un prénom « plus français ». Silence dans la salle. Elle répond que non, jamais.",
    ),
    (
        "caf",
        "accueil_physique",
        "caf de {{rouen}} 10h40. dame {{52 ans}} née en [[DATE_NAISSANCE:décembre 72]], vient pour l'{{AAH}} refusée (taux {{MDPH}} < {{50%}}). agent [[PERSONNE:Kévin]] (pas le même que l'autre jour) lui lit le courrier. n° allocataire [[N_ALLOCATAIRE:0718342]]. elle pleure un peu. il lui donne le nom d'une asso pour le recours 🙏 je n'ai pas noté son nom à elle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Laval}}, {{17h}}. Un homme entre en courant, sa femme accouche dans la voiture. La voiture est restée devant l'entrée des ambulances, l'agent de sécurité annonce au talkie : « [[IMMATRICULATION:DX-714-QP]], {{Scénic}} bleu, on la laisse ». Deux sages-femmes sortent en courant. Le bébé est né sur le parking. Tout le monde applaudit dans la salle d'attente 👏",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Montreuil}}, dépôt de dossiers {{AME}}. M. [[PERSONNE:Moussa Keïta]], {{21 ans}}, malien, passeport n° [[IDENTIFIANT:B1843207]]. Il manque la preuve de présence de plus de {{3 mois}} : il a une facture de téléphone de {{février}} à son nom. L'agent ([[PERSONNE:Cédric]]) dit que ça suffit pas, il faut un document « officiel ». Le gars ne comprend pas ce qui est officiel.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appartement diffus du {{CHRS}} d'{{Angers}}, [[ADRESSE:5 square Dumont-d'Urville, 49100 Angers]], {{2e}}. Mme [[PERSONNE:Vartanian]] et sa fille [[PERSONNE:Lilit]] y vivent depuis {{8 mois}}. Le travailleur social ([[PERSONNE:Olivier]]) vérifie l'état du logement et le budget. Tout est nickel, rideaux cousus main. La fille fait ses devoirs, veut être avocate.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "conseillere [[PERSONNE:amandine]] ({{FT}} {{caen}} {{nord}}) appelle mr [[PERSONNE:diallo]] pour faire son {{PPAE}} par tel. il est au travail (interim chez {{Renault Trucks}}) donc il parle doucement. elle lui demande son mail pour envoyer le doc : [[EMAIL:diallo.ousmane14@hotmail.fr]]. il epelle hotmail. 9 min. elle me dit que la moitie des PPAE se font comme ca maintenant",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de la {{Sarthe}}, double écoute. Une maman, voix fatiguée, bébé qui pleure derrière. Numéro allocataire dicté un chiffre à la fois : « [[N_ALLOCATAIRE:sept, neuf, zéro, deux, trois, trois, un]] ». Question : la {{PAJE}} pas versée. Réponse : il manque l'attestation de la {{PMI}}. Elle ne sait pas ce qu'est la {{PMI}}. Le conseiller ([[PERSONNE:Jordan]]) lui explique, {{11 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Denis}}, {{11h}}. Permanence d'un écrivain public dans le hall, {{6 personnes}} attendent pour lui. Courriers pour le bailleur, la préfecture, une lettre d'excuse à un employeur. Il tape vite, imprime, fait signer. Pas de nom sur le badge. Il me dit qu'il est bénévole depuis {{2012}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} de la {{Manche}}. Une assurée veut que ses remboursements aillent sur le compte de sa fille car elle est sous curatelle « mais pas vraiment ». Elle lit l'IBAN de la fille : [[IBAN:FR76 1660 6910 1537 1618 4324 402]]. La conseillère ([[PERSONNE:Valérie]]) : « il me faut le jugement de curatelle ». La dame : « je l'ai jamais eu ». Dossier à suivre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{Urgences}} du {{Mans}}, le standard bascule sur l'accueil. Un fils appelle depuis {{Bordeaux}} : son père ([[PERSONNE:Roger Fouquet]]) serait arrivé ce matin. La secrétaire ([[PERSONNE:Josiane]]) confirme qu'il est là et donne seulement le nom du médecin qui le suit, Dr [[PERSONNE:Ouedraogo]], « rappelez après {{17h}} ». {{3 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Cherbourg}}. [[PERSONNE:Kamel]], éducateur, reçoit [[PERSONNE:Océane]], {{20 ans}}, sortie de l'{{ASE}} de la {{Manche}} il y a {{2 mois}}. Elle a un CAP petite enfance, veut travailler en crèche à {{Tourlaville}}. Il lui fait la liste des papiers à avoir, elle a tout dans une pochette {{Hello Kitty}}. Elle appelle [[PERSONNE:Kamel]] « tonton ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Alençon}}, agence de {{Perseigne}}. Accueil sans rdv de {{9h}} à {{12h30}}, {{18 personnes}} reçues. Surtout des actualisations ratées et des problèmes d'attestation employeur. L'agent d'accueil fait tout debout, le poste assis est pour « le conseiller de permanence », qui n'est pas venu.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} du {{Calvados}} à la {{Grâce de Dieu}} ({{Caen}}). Le contrôleur, [[PERSONNE:Didier]], vérifie la composition du foyer de Mme [[PERSONNE:Ngo Bissa]], [[ADRESSE:11 rue de Lisieux, 14000 Caen]]. Elle déclare {{3 enfants}}, on en voit 3, plus une nièce « en vacances » depuis {{septembre}}. [[PERSONNE:Didier]] demande le certificat de scolarité de la nièce. Elle sort un classeur parfaitement rangé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} du {{Havre}}, {{15h}}. M. [[PERSONNE:Stéphane Lamotte]] rappelle pour sa demande de tarif solidaire {{LiA}} (bus/tram). L'agente ne retrouve pas le dossier, elle demande son portable pour le rappeler : [[TELEPHONE:+33 6 71 20 44 19]]. Il dit qu'il a un numéro « étranger » car sa puce vient de {{Lyca}}. Elle rigole, « non c'est bien un français ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Je suis avec une conseillère {{Cpam}} ([[PERSONNE:Karine]]) en visite chez un assuré en invalidité catégorie {{2}}, M. [[PERSONNE:Bessière]], {{61 ans}}, à {{Nort-sur-Erdre}}. Il a reçu un courrier sur le cumul avec une activité. Il fait des marchés le dimanche (miel). Elle lui explique qu'il faut déclarer, il a peur de tout perdre. Café, gâteau, {{1h10}} en tout.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHU}} {{Charles-Nicolle}}, {{Rouen}}. {{3h du matin}}. Calme relatif, {{12 personnes}} en salle. Un SDF dort sur trois chaises, l'agent de sécu le laisse. Une ado avec sa mère, douleur au ventre. Un monsieur ivre qui chante du {{Johnny}}. L'infirmière d'accueil me dit que la nuit « c'est là qu'on voit la vraie ville ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant, conseillère [[PERSONNE:Ophélie Marchand]], agence d'{{Angers}} {{Saint-Serge}}. Elle convoque M. [[PERSONNE:Tran]] pour un atelier. Elle doit lui dicter l'adresse de l'agence et le mot « Saint-Serge » pose problème. Il demande « c'est près du {{Leclerc}} ? ». Elle dit oui. (Ça ne l'est pas.)",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} {{49}}, appel d'une référente de la {{PJJ}}. Elle demande une place pour Mme [[PERSONNE:Petrosyan]] ([[PERSONNE:Anahit]]), arménienne, avec {{AGDREF}} [[IDENTIFIANT:4903718264]] et une APS qui expire. La coordinatrice ([[PERSONNE:Malika]]) dit « on a {{40 demandes}} pour {{2 places}} ». Elles se connaissent, elles se tutoient.",
    ),
]

BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Havre}}, guichet {{2}}. La dame épelle son nom parce que l'agente l'écrit mal : « [[PERSONNE:K-O-U-Y-A-T-É]], avec un accent sur le E ». Mme [[PERSONNE:Kouyaté]] vient pour une dette de {{1 240 €}} (indu d'{{APL}}). Numéro allocataire : [[N_ALLOCATAIRE:5 102 886]]. L'agente ([[PERSONNE:Corinne]]) propose un échéancier à {{40 €}} par mois. Mme [[PERSONNE:Kouyaté]] dit {{30}}, elles tombent d'accord sur {{35 €}}. Marchandage comme au marché.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Nantes}}, espace numérique en libre-service : {{6 ordinateurs}}, {{2}} en panne. Un service civique aide les gens à se connecter. Quasiment tout le monde bloque sur {{FranceConnect}}. Un monsieur a oublié son mot de passe {{Ameli}}, son mot de passe impots, son mot de passe mail. On arrête au bout de {{40 minutes}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Calvados}}, {{9h03}}, premier de la journée. Mme [[PERSONNE:Hébert]] veut savoir pourquoi son RIB n'a pas été pris en compte. Elle relit ce qu'elle a envoyé : [[IBAN:FR76 3000 3699 8204 0427 5954 515]]. [[PERSONNE:Lucie]] (conseillère) voit qu'il manque un chiffre dans ce qui a été saisi. Elle dit « c'est nous », s'excuse, le corrige. N° allocataire vérifié avant : [[N_ALLOCATAIRE:1406327]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Seine-Maritime}} à {{Dieppe}}, quartier {{Neuville}}. Le contrôleur ([[PERSONNE:Jean-Luc]]) regarde la voiture garée devant chez Mme [[PERSONNE:Marchand]] : vieille {{206}} immatriculée [[IMMATRICULATION:4512 VK 76]] (ancien format !). Carte grise au nom d'un M. [[PERSONNE:Roussel]]. Elle dit que c'est son ex, la voiture est en panne depuis {{2 ans}}. [[PERSONNE:Jean-Luc]] soulève le capot, pas de batterie. Affaire classée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Le Mans}}, point d'accueil. M. [[PERSONNE:Gaudin]], né en [[DATE_NAISSANCE:février 1955]] au {{Mans}}, retraité, a perdu sa carte vitale. L'agent ([[PERSONNE:Samir]]) lui fait une attestation de droits et lui montre l'appli carte Vitale, il refuse : « j'ai un téléphone à clapet ». NIR noté sur la demande : [[NIR:1 55 02 72 181 580 03]]. Nouvelle carte dans {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : musique d'attente entendue {{11 fois}} ce matin 🎵",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Trélazé}}, agent {{Cpam}} [[PERSONNE:Franck]]. Personne à la maison à {{14h}}, hors horaires de sortie. La voiture de l'assuré n'est pas dans l'allée. [[PERSONNE:Franck]] note la plaque du véhicule déclaré : [[IMMATRICULATION:FB-667-HN]]. Un voisin sort : « il est au boulot au noir au {{Leroy Merlin}} ». [[PERSONNE:Franck]] ne répond pas, me dit dans la voiture qu'il ne note jamais ce que disent les voisins.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Angers}}, {{Belle-Beille}}. Mme [[PERSONNE:Olena Kovalenko]], ukrainienne, née en [[DATE_NAISSANCE:1988]], arrivée de {{Kharkiv}} en {{2022}}. Elle parle bien français (cours à l'{{Alliance française}} là-bas). Demande d'aide pour la cantine de son fils. L'agent ([[PERSONNE:Gilles]]) prend son mail : [[EMAIL:olena.kovalenko88@ukr.net]] et son tél [[TELEPHONE:07 66 41 28 05]]. Elle dit « merci » en français puis en ukrainien.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Caen}}. Entre {{14h}} et {{15h}} : inscriptions au repas des aînés (il reste {{40 places}}), {{2}} demandes de logement (réorientées vers le bailleur), {{1}} signalement d'un voisin âgé qu'on ne voit plus. Pour celui-là l'agente prévient le service seniors tout de suite.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} du {{Havre}}, quartier {{Caucriauville}}, suite signalement. Mme [[PERSONNE:Duval]], {{74 ans}}, [[ADRESSE:9 rue Paul-Cézanne, 76610 Le Havre]], {{11e étage}}. Appartement encombré jusqu'au plafond, couloir de {{40 cm}}. L'AS ([[PERSONNE:Nora]]) ne juge pas, parle de ses photos de mariage. Mme [[PERSONNE:Duval]] accepte un rdv avec une équipe de {{désencombrement}} « mais pas les photos ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHU}} de {{Caen}}, urgences. {{19h}}. Une femme arrive avec son compagnon, malaise au travail. Elle est née à {{Caen}} « ici même, à la maternité du dessus ». L'IOA ([[PERSONNE:Rodolphe]]) saisit : [[PERSONNE:Aurélie Jamet]], née le [[DATE_NAISSANCE:11.03.1987]], n° sécu [[NIR:287031411884045]]. Le compagnon ([[PERSONNE:Steven]]) tient son sac et son manteau, regarde partout, ne sait pas quoi faire de ses mains.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{Hôtel-Dieu}}, {{Nantes}}, {{10h}}. Salle calme, beaucoup de personnes âgées amenées par les pompiers, brancards dans le couloir (j'en compte {{9}}). Une aide-soignante distribue des verres d'eau. Pas un mot plus haut que l'autre. Ce qui me frappe : les gens attendent sans râler.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences d'{{Évreux}}, accueil tél. Une femme appelle pour son mari amené par le {{SAMU}} : [[PERSONNE:Jacques Leroux]]. Elle laisse son numéro pour que le médecin rappelle : [[TELEPHONE:02 32 38 71 90]], fixe, « pas de portable, je sais pas m'en servir ». La secrétaire l'écrit en gros sur le dossier. {{2 min 40}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Nantes}}, entretien. M. [[PERSONNE:Adam Ibrahim]], soudanais, {{26 ans}}, réfugié statutaire depuis {{mars}}. Dossier {{OFPRA}} n° [[IDENTIFIANT:23-05814472]]. Le travailleur social ([[PERSONNE:Yoann]]) lui explique le contrat de séjour article par article avec {{Google Traduction}} en arabe. Il signe chaque page. [[PERSONNE:Adam]] me demande si je travaille ici, je dis non, il a l'air déçu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Seine-Maritime}}, {{23h}}. Un jeune homme appelle d'une cabine (!) puis d'un tél prêté. Il donne le numéro où le rappeler en lettres, très lentement : « [[TELEPHONE:zéro six, soixante-dix-huit, quarante-deux, zéro cinq, dix-neuf]] ». L'écoutante ([[PERSONNE:Chloé]]) le rappelle {{20 min}} après : place au {{Havre}}, mais il est à {{Elbeuf}}. Pas de train à cette heure.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au {{foyer Adoma}} de {{Sotteville}}, {{chambre 8}}. M. [[PERSONNE:Benyahia]], {{71 ans}}, chibani, ici depuis {{1994}}. Il nous reçoit en djellaba, thé à la menthe. L'éducatrice ([[PERSONNE:Hanane]]) l'aide pour son dossier de retraite (trous de carrière). Il sort ses fiches de paie des années 70, pliées en quatre, chez {{Renault}} à {{Cléon}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Nazaire}}. M. [[PERSONNE:Quentin Le Gall]], {{25 ans}}, né à {{Saint-Nazaire}}, soudeur, fin de mission aux {{Chantiers de l'Atlantique}}. Réinscription. Le conseiller ([[PERSONNE:Tony]]) lui fait redonner son n° de sécu : [[NIR:1 99 04 44 184 393 90]], puis l'identifiant : [[ID_FRANCE_TRAVAIL:2256179 H]]. Il repart avec une offre sur un paquebot, grand sourire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant, {{FT}} {{Vendée}} ({{La Roche-sur-Yon}}). M. [[PERSONNE:Morel]] veut que sa conseillère lui écrive. Il dicte : « [[EMAIL:jp.morel(at)free.fr]], le at c'est l'arobase ». La conseillère, [[PERSONNE:Manon]], l'écrit correctement. Il ajoute qu'il ne lit ses mails « que le lundi ». {{4 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Nantes}}, {{14h}}. {{32}} tickets distribués depuis l'ouverture. La borne ne propose que {{3 motifs}} : « déposer un document », « rdv », « autre ». Tout le monde choisit « autre ». Un agent passe dans la file pour trier à la main.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Paris}}, {{Belleville}}. M. [[PERSONNE:Zhang Wei]], {{63 ans}}, cuisinier, demande une pension d'invalidité. Sa fille ([[PERSONNE:Mei]]) traduit en mandarin. L'agente (Mme [[PERSONNE:Diop]]) est très patiente, {{35 min}}, dossier complet. La fille me dit qu'elle a pris sa matinée de cours pour ça.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Le Mans}}, épicerie sociale attenante. {{10h}}-{{12h}} : {{23 familles}}. Carte à points, {{10 %}} du prix en magasin. Plus de lait, rupture depuis {{mardi}}. Bénévoles retraités très à l'aise, ils connaissent les enfants par leur prénom (je ne les note pas).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{Urgences}} de {{Cholet}}, ligne d'accueil. Appel d'un {{EHPAD}} ({{Les Jardins de l'Èvre}}), puis d'une pharmacie, puis d'un taxi qui cherche son patient. Entre deux, l'agente me montre le tableau des lits : {{0}} lit dispo en médecine.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil {{CHRS}} {{Rouen}}, famille [[PERSONNE:Hadjadj]], Mme et ses deux enfants, nés en [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2019]]. Violences conjugales, elle est partie hier soir avec un sac. L'intervenante ([[PERSONNE:Séverine]]) lui dit qu'elle peut rester {{6 mois}}, renouvelable. Elle demande si « il » peut la trouver. [[PERSONNE:Séverine]] : « l'adresse est confidentielle ». Les enfants jouent aux {{Lego}}. Elle n'a que son téléphone, chargé à {{8 %}}, et les cartables des enfants. [[PERSONNE:Séverine]] lui montre la chambre : deux lits superposés, un lit simple, une petite armoire, une fenêtre sur la cour. Elle s'assoit sur le lit et ne dit rien pendant une bonne minute. Puis les questions arrivent d'un coup : l'école à côté, est-ce que les enfants pourront y aller dès {{lundi}}, faut-il prévenir la maîtresse. [[PERSONNE:Séverine]] répond à tout calmement, note sur un carnet, propose un rdv avec l'AS demain {{9h30}} et un dépôt de plainte accompagné. Elle me dit après que la première nuit est toujours la plus dure, « elles ne dorment pas, elles écoutent les bruits ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Rouen}} rive gauche. [[PERSONNE:Bilal]], {{31 ans}}, veut être livreur indépendant, a déjà sa voiture, [[IMMATRICULATION:GH-230-XZ]], il montre la carte grise comme preuve. Conseillère ([[PERSONNE:Agnès]]) l'oriente vers la création d'entreprise ({{ARCE}} vs maintien {{ARE}}), il veut juste « un truc simple ». Son identifiant : [[ID_FRANCE_TRAVAIL:7703158 P]]. {{30 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Maine-et-Loire}}. Une maman demande une attestation de paiement pour la cantine. Le conseiller ([[PERSONNE:Grégory]]) propose de l'envoyer par mail, elle donne « [[EMAIL:famille.benali@orange.fr]] ». Le mail part pendant l'appel, elle le reçoit, dit « ah c'est magique ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Sarthe}}, conseiller [[PERSONNE:Anthony]]. Un assuré veut recevoir ses remboursements sur son nouveau compte {{Crédit Mutuel}}, il lit l'IBAN : [[IBAN:FR7610278880745175099382811]] (tout d'une traite, sans pause, [[PERSONNE:Anthony]] lui fait répéter). Réponse : à faire sur {{ameli.fr}}. L'assuré : « j'ai pas de compte ameli ». On crée le compte ensemble, {{19 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Rezé}} sur l'aire d'accueil des gens du voyage, [[ADRESSE:aire de la Chauvinière, place 14]]. Famille [[PERSONNE:Winterstein]], caravane + camion ([[IMMATRICULATION:CZ-118-EJ]]). Demande d'aide pour l'électricité, facture prépayée. L'agente ([[PERSONNE:Laetitia]]) dit que c'est rare qu'on vienne ici. Les enfants nous montrent les poules.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Nantes}}. M. [[PERSONNE:Santoni]], corse « pure souche », vit à {{Nantes}} depuis {{10 ans}}. Chute de vélo. IOA ([[PERSONNE:Pauline]]) : « vous êtes né où ? » « {{Ajaccio}} ». Elle saisit le NIR : [[NIR:1 83 10 2A 004 259 01]], le logiciel refuse le 2A puis l'accepte. Il fait des blagues sur les {{Nantais}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de nuit {{Caen}}, avec la {{Croix-Rouge}}. {{21h}}-{{0h30}}. {{14 personnes}} rencontrées, {{9}} connues de l'équipe. Soupe, café, duvets. Personne ne veut aller au foyer ce soir (« trop de bagarres »). Un homme nous montre une photo de sa fille sur son téléphone, fissuré.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel par la conseillère [[PERSONNE:Isabelle]] ({{FT}} {{Flers}}). Mme [[PERSONNE:Lecoq]] a raté son actualisation. Identifiant confirmé : [[ID_FRANCE_TRAVAIL:3318406 N]]. [[PERSONNE:Isabelle]] fait l'actualisation « en rattrapage » pour elle. Mme [[PERSONNE:Lecoq]] donne son nouveau portable : [[TELEPHONE:06.84.19.72.33]]. Conversation sur le temps qu'il fait.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Mayenne}}, {{Château-Gontier}}. Mme [[PERSONNE:Pichon]], allocataire [[N_ALLOCATAIRE:3204417]], déclare {{0 €}} de revenus mais les relevés montrent des virements réguliers de {{300 €}} sur son compte [[IBAN:FR76 1790 6609 8469 0570 9154 871]]. Elle explique : ses parents l'aident. Le contrôleur ([[PERSONNE:Marc]]) lui dit que ce n'est pas à déclarer si c'est ponctuel, mais là c'est tous les mois. Elle ne savait pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Cherbourg}}, {{11h20}}. Mme [[PERSONNE:Osmont]] vient pour sa mutuelle qui ne paie pas : {{Harmonie Mutuelle}}, adhérente n° [[IDENTIFIANT:008745213]]. Ce n'est pas la {{Cpam}} qui gère, l'agente ([[PERSONNE:Solène]]) lui explique la télétransmission, appelle la mutuelle avec elle. Problème de {{Noémie}} (le nom du flux !) pas activé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Alençon}}. Un monsieur, [[PERSONNE:Fernand]], {{88 ans}}, appelle « pour parler ». L'agente ([[PERSONNE:Mireille]]) reste avec lui {{12 min}}. Il parle de sa femme, de la météo, du {{Tour de France}}. Elle lui rappelle le thé dansant de {{jeudi}}. Elle me dit qu'il appelle {{2 fois}} par semaine et que ça fait partie du boulot.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Jacques-Monod}}, {{Le Havre}}, {{20h}}. Mme [[PERSONNE:Sow]] arrive avec son fils [[PERSONNE:Ibrahima]], {{6 ans}}, fièvre à {{40}}. Elle parle peu français. L'IOA ([[PERSONNE:Lucas]]) utilise des pictos plastifiés. Carnet de santé : né le [[DATE_NAISSANCE:4 juin 2018]]. Passé en {{25 min}}. La mère garde son manteau tout le temps.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} {{Calvados}}. Appel d'une AS de secteur pour Mme [[PERSONNE:Lefèvre]] ([[PERSONNE:Nathalie]]), {{49 ans}}, expulsée {{demain}} de son logement de {{Vire}}. Numéro de dossier SIAO [[IDENTIFIANT:14-SIAO-2024-3312]]. La coordinatrice ([[PERSONNE:Élise]]) dit qu'elle l'inscrit en priorité mais que « priorité ça veut plus rien dire ».",
    ),
]

BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Rhône}}, antenne de {{Vénissieux}}. Mme [[PERSONNE:Florentina Lăcătuș]] vient avec un voisin qui traduit du roumain. Allocataire n° [[N_ALLOCATAIRE:6120498]]. Elle a reçu un courrier de fin de droits à l'{{APL}} qu'elle ne comprend pas : le bail est au nom de son mari, parti. L'agente ([[PERSONNE:Sylvie]]) note un numéro pour la rappeler, celui du voisin : [[TELEPHONE:06 12 90 47 38]]. « Vous êtes sûre qu'il répondra ? » « oui oui, il répond toujours ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Roubaix}}, {{Caf}}. Ce que j'ai vu en {{1h}} :\n- {{11 personnes}} reçues\n- {{4}} pour la {{prime d'activité}}\n- {{3}} pour des indus\n- {{2}} qui voulaient juste imprimer un papier\n- {{1}} qui s'est trompé de bâtiment (cherchait la {{Carsat}})\n- {{1}} qui est repartie avant son tour\nL'agent ne s'est pas assis une seule fois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de {{La Réunion}}, plateforme de {{Saint-Denis}}. Le conseiller, [[PERSONNE:Jean-Claude]], passe du français au créole selon l'appelant. Une dame du {{Tampon}} : ses allocations familiales ont été coupées. Allocataire [[N_ALLOCATAIRE:0945127]]. Motif : un enfant a eu {{20 ans}}. [[PERSONNE:Jean-Claude]] lui explique doucement, elle dit « mi connaissais pas ». {{9 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} de l'{{Hérault}}, {{Montpellier}}, quartier {{La Paillade}}. Mme [[PERSONNE:Benhamou]] déclarée seule. Devant l'immeuble, une voiture immatriculée en {{Espagne}}, [[IMMATRICULATION:4817 KLM]], que le contrôleur ([[PERSONNE:Thierry]]) a déjà vue {{3 fois}}. Elle dit : « c'est mon frère, il vient de {{Valence}} ». [[PERSONNE:Thierry]] me dit après qu'il n'a pas le droit de regarder les réseaux sociaux, « sinon ce serait trop facile ». Il demande le bail.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de l'{{Isère}}, {{Grenoble}}. Mme [[PERSONNE:Mercier]], née à {{Paris}} en [[DATE_NAISSANCE:mai 1980]], arrive de la {{MSA}} (elle a quitté l'agriculture). Mutation de dossier. L'agent ([[PERSONNE:Benoît]]) tape son NIR : [[NIR:2 80 05 75 114 631 72]] et voit qu'elle est toujours rattachée MSA. « Ça prend {{2 mois}} normalement ». Elle soupire, elle a un traitement en cours.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Tours}}, {{8h30}} : porte fermée, {{15 personnes}} sous la pluie. Ouvre à {{8h45}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, conseillère [[PERSONNE:Ludivine]]. Une assurée demande qu'on lui renvoie son relevé {{IJ}} par mail. Adresse : « [[EMAIL:s.martin-dupuis@yahoo.fr]], martin tiret dupuis ». [[PERSONNE:Ludivine]] dit que c'est sur le compte {{ameli}}, mais l'assurée ne s'y connecte plus depuis un piratage. On reset le mot de passe, {{14 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Agent assermenté {{Cpam}} {{Moselle}} ([[PERSONNE:Dominique]]) : contrôle d'arrêt chez M. [[PERSONNE:Schmitt]], [[ADRESSE:14 rue des Allemands, 57000 Metz]]. Il ouvre, plâtre jusqu'à la hanche. Fin de l'histoire en {{2 minutes}}. [[PERSONNE:Dominique]] me dit que la moitié des contrôles sont demandés par les employeurs.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Perpignan}}, permanence du quartier {{Saint-Jacques}}. M. [[PERSONNE:Manolo Gimenez]], {{58 ans}}, vient pour un bon de chauffage. Il connaît l'agente ([[PERSONNE:Conchita]]) depuis l'école. Ils parlent en catalan puis en français pour moi. Tél noté : [[TELEPHONE:04 68 55 21 94]]. Il repart avec le bon et une boîte de chocolats qu'elle lui offre pour sa femme.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tours}}, aide au {{BAFA}} pour les jeunes. {{3}} dossiers déposés ce matin, tous par des mères pour leurs enfants. Montant : {{200 €}}. Les jeunes eux-mêmes ne viennent pas. L'agent : « ils sont sur {{TikTok}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Caen}}, secours d'urgence. Mme [[PERSONNE:Vasseur]] a obtenu {{150 €}} en commission, il faut son RIB pour le virement. Elle le lit : [[IBAN:FR76 1142 5524 9188 5845 5769 364]]. L'agente ([[PERSONNE:Charlène]]) le note puis demande quand même la photocopie, « pour la trésorerie ». Mme [[PERSONNE:Vasseur]] passera demain.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} de {{Limoges}}. Dame très âgée, {{96 ans}}, toute seule, vit dans {{2 pièces}}. Demande d'aide au ménage. Le poste de radio est allumé sur {{France Bleu}}. Elle nous montre l'album photos, l'agente reste {{50 min}} alors que le créneau est de {{30}}. Pas de nom dans mes notes, elle n'a pas voulu.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Nord}} de {{Marseille}}, {{18h}}. Un jeune homme, [[PERSONNE:Walid]], {{17 ans}}, poignet cassé au foot. Sa mère arrive après, énervée. L'IOA ([[PERSONNE:Mélissa]]) crée le dossier : IPP [[IDENTIFIANT:400712896]], il était déjà venu l'an dernier. La mère : « encore vous ! » en riant. Affiché : {{5h}} d'attente. Ils repartent à {{23h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Strasbourg}}, urgences du {{NHC}}. Un frontalier allemand, {{Herr}} [[PERSONNE:Becker]] selon l'infirmière (elle dit « Herr » à chaque fois). Sa voiture est sur le dépose-minute : [[IMMATRICULATION:KA MB 482]], la sécu la fait déplacer. Carte européenne d'assurance maladie, n° [[IDENTIFIANT:80276 004417382915]]. Il parle mieux français que moi.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Poitiers}}, standard. J'écoute {{30 min}}. {{10}} appels, {{0}} où on donne une info médicale. Phrase la plus répétée : « je ne peux rien vous dire au téléphone ». Une fois : « il est bien arrivé », c'est tout. La secrétaire a un mug « {{Keep calm}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Lyon}} {{7e}}. M. [[PERSONNE:Souleymane Camara]], guinéen, {{33 ans}}, titre de séjour {{10 ans}} tout neuf : n° [[IDENTIFIANT:6902473185]]. Il veut sortir du CHRS, a un CDI de plongeur à la {{Part-Dieu}}. Le travailleur social ([[PERSONNE:Jérémie]]) monte le dossier logement social. Il dit « je veux juste une porte avec ma clé ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de nuit à {{Brest}}. Ouverture {{19h}}, {{35 lits}}, {{35}} occupés à {{19h20}}. Ceux qui arrivent après repartent avec un sandwich. Règle : pas d'alcool, pas de chiens. Un chien attend quand même dehors toute la nuit, son maître sort le voir toutes les heures.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Nord}}. Une femme, [[PERSONNE:Nadège]], appelle en chuchotant, son conjoint est dans la pièce d'à côté. L'écoutante ([[PERSONNE:Amel]]) parle vite et bas elle aussi, lui demande si elle peut partir maintenant. Numéro pour rappeler : [[TELEPHONE:07 45 62 83 10]], « mais envoyez un SMS, pas d'appel ». {{Tourcoing}}. Mise à l'abri organisée avec la police.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite hôtel {{F1}} de {{Villeurbanne}}, {{chambre 17}}. Mme [[PERSONNE:Fatmata Bangura]] ({{Sierra Leone}}) et son fils de {{4 ans}}. Titre de séjour « parent d'enfant français » n° [[IDENTIFIANT:9912043358]]. Le père de l'enfant, M. [[PERSONNE:Lambert]], ne paie rien. La travailleuse sociale ([[PERSONNE:Clara]]) parle de la {{CAF}} ({{ASF}}). La chambre fait {{9 m2}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Grenoble}}. M. [[PERSONNE:Dhellemmes]], {{54 ans}}, né à {{Lille}} en [[DATE_NAISSANCE:septembre 1970]], chef d'atelier licencié économique. Inscription, le conseiller ([[PERSONNE:Pierre-Yves]]) vérifie le NIR : [[NIR:1 70 09 59 350 401 78]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:8102664 J]]. {{CSP}} proposé, il accepte, il dit que c'est « la première fois qu'il est au chômage de sa vie ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Calais}}. {{Beaucoup}} de monde à l'accueil, essentiellement pour des soucis d'espace personnel. L'agent d'accueil me dit : « on fait de l'informatique, pas de l'emploi ». Un homme demande si on peut l'aider pour une offre en {{Angleterre}}. Réponse : {{EURES}}, rdv dans {{3 semaines}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Besançon}}, rappel sortant. [[PERSONNE:Kévin Nguyen]], {{28 ans}}, identifiant [[ID_FRANCE_TRAVAIL:5591038 C]], cherche en logistique. Il veut recevoir les offres sur son mail perso : « [[EMAIL:kevin.nguyen.pro [at] gmail [dot] com]] », il l'écrit comme ça sur son CV. La conseillère ([[PERSONNE:Inès]]) rit. Appel de {{6 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}. Pic d'appels en début de mois (actualisation). Entre {{9h}} et {{10h}} : {{27}} appels traités par l'équipe de {{6}}. Une conseillère me montre son tableau de stats, elle le cache vite quand la cheffe passe. Casque, fenêtre fermée, chaleur.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Haut-Rhin}}, {{Mulhouse}}. M. [[PERSONNE:Haddad]], allocataire [[N_ALLOCATAIRE:4476012]], vient donner son RIB pour la prime de naissance. L'agent ([[PERSONNE:Vincent]]) recopie l'IBAN sur le formulaire : [[IBAN:FR76 1350 7511 4274 8216 8813 355]]. Bébé né il y a {{3 jours}}, prénom pas encore déclaré à la {{Caf}}. Le papa montre une photo à tout le monde 😍",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} des {{Bouches-du-Rhône}}. Mme [[PERSONNE:Bouras]], née à {{Oran}} en [[DATE_NAISSANCE:juillet 1994]], n'a plus de droits ouverts. Le conseiller ([[PERSONNE:Ahmed]]) lit son NIR à voix haute pour vérifier : « [[NIR:2 94 07 99 352 407 02]] ». C'est le bon. Souci : elle a perdu son titre de séjour, donc droits suspendus. Il lui dit de repasser avec le récépissé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Amiens}}, quartier {{Étouvie}}. [[PERSONNE:Dylan]], {{22 ans}}, vient avec son pote « [[PERSONNE:Bouboule]] » pour une aide alimentaire. L'agente ([[PERSONNE:Fatiha]]) leur donne un colis chacun mais demande à [[PERSONNE:Dylan]] de revenir avec un justificatif. « [[PERSONNE:Bouboule]] » dit qu'il n'a pas de justificatif d'existence. Rire général.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Pau}}, {{14h}}. Une touriste espagnole, [[PERSONNE:Ainhoa Etxeberria]], chute en randonnée. L'admission enregistre sa carte d'identité espagnole (DNI) : [[IDENTIFIANT:72548193Y]]. Son mari parle basque avec elle et espagnol avec l'infirmière. {{1h30}} d'attente, radio, attelle, ils repartent vers {{Gourette}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} d'{{Ille-et-Vilaine}}. Appel d'un hôpital psy pour M. [[PERSONNE:Hamon]], né le [[DATE_NAISSANCE:9 octobre 1971]], en attente d'une place en pension de famille. Dossier {{MDPH}} en cours, n° [[IDENTIFIANT:MDPH35-2024-08817]]. La coordinatrice ([[PERSONNE:Gwenaëlle]]) note, dit « on le présente à la commission de {{mardi}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Nice}}. Mme [[PERSONNE:Rossi]] ([[PERSONNE:Giulia]]), coiffeuse à domicile en micro-entreprise, SIRET perso [[IDENTIFIANT:91007921900671]], demande si elle peut cumuler avec l'{{ARE}}. Conseiller ([[PERSONNE:Jean-Baptiste]]) fait la simulation, oui en partie. Identifiant {{FT}} [[ID_FRANCE_TRAVAIL:6049123 V]]. Elle veut surtout savoir si elle doit déclarer les pourboires (non).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} du {{Finistère}} à {{Brest}}, colocation de {{3 étudiants}}. Un seul touche l'{{APL}}, [[PERSONNE:Maxime Kerjean]], allocataire [[N_ALLOCATAIRE:2950338]]. La contrôleuse ([[PERSONNE:Annick]]) vérifie que le bail est individuel. Il l'est. L'appart sent le café et la lessive. Durée {{15 min}}, le plus rapide de la journée.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam}} {{Pyrénées-Atlantiques}}, contrôle chez M. [[PERSONNE:Iriarte]], arrêt pour dépression. Il est là, volets fermés à {{11h}}. L'agent ([[PERSONNE:Philippe]]) reste sur le seuil, ne rentre pas. Il me dit que ce sont les contrôles les plus durs, « on vient vérifier que quelqu'un qui va mal va bien mal ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Cayenne}}. Une dame brésilienne, [[PERSONNE:Maria da Conceição Silva]], enceinte, vient de {{Saint-Georges}} en pirogue puis en bus. Elle donne le numéro de sa sœur : [[TELEPHONE:0694 38 21 07]]. Pas de carte, pas d'{{AME}}. L'infirmière ([[PERSONNE:Suzy]]) la prend quand même tout de suite. Climatisation en panne, {{34 degrés}} en salle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Lyon}}, {{Gerland}}. Un couple vit dans un fourgon blanc immatriculé [[IMMATRICULATION:BR-904-MK]] depuis l'été. Lui, [[PERSONNE:Cédric]], travaille en intérim ; elle, [[PERSONNE:Sabrina]], est enceinte. La police municipale leur a dit de partir. L'équipe ([[PERSONNE:Yohan]] et moi) leur donne l'adresse de la {{PMI}} et du {{CCAS}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Caen}}, appel de Mme [[PERSONNE:Jeanne]] (prénom ou nom ? je n'ai pas compris, la conseillère non plus). Elle dit « je suis Mme [[PERSONNE:Jeanne]], [[PERSONNE:Jeanne]] c'est mon nom ». Identifiant [[ID_FRANCE_TRAVAIL:1182470 D]]. Elle veut annuler son atelier du {{lundi}} pour cause d'enterrement. La conseillère ([[PERSONNE:Priscilla]]) annule, dit « toutes mes condoléances ».",
    ),
]

BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Angers}}, accueil sur rdv, {{10h30}}. Mme [[PERSONNE:Chauvin]] et sa fille [[PERSONNE:Lou-Anne]] ({{19 ans}}, en BTS à {{Saumur}}). La fille veut sa propre {{APL}}, la mère veut garder les allocs. L'agente ([[PERSONNE:Sabine]]) fait les deux simulations. N° allocataire de la mère : [[N_ALLOCATAIRE:1893046]]. Elle crée le compte de la fille avec son mail : [[EMAIL:louanne.chauvin49@gmail.com]]. Ça finit en petite dispute mère-fille dans le couloir.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Bordeaux}}, coin enfants : une table basse, des feutres secs, {{2 livres}}. Les enfants dessinent sur les formulaires vierges. Un petit a dessiné l'agent de sécurité, qui a gardé le dessin et l'a accroché derrière son poste. Rien d'autre à noter en {{1h}}, c'était calme.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute {{Caf}}, conseillère [[PERSONNE:Amandine]]. Un père séparé veut que l'{{ARS}} de son fils soit versée sur son compte à lui, pas sur celui de la mère. Il dit « j'ai mon IBAN là » et commence à le lire : [[IBAN:FR76 3000 2428 9490 5065 5126 567]]. [[PERSONNE:Amandine]] l'arrête : l'allocataire c'est la mère, il faut un jugement de résidence alternée. Il raccroche sans dire au revoir.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}, {{16h}}. File d'attente affichée sur l'écran du plateau : {{84}} appels en attente, temps estimé {{22 min}}. Les conseillers se lèvent à tour de rôle pour boire. La superviseuse passe avec des bonbons. Personne ne parle entre deux appels.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} au {{Havre}}, {{Mont-Gaillard}}. M. [[PERSONNE:Ferreira]] et Mme [[PERSONNE:Baptista]], allocataire n° [[N_ALLOCATAIRE:7630192]], [[ADRESSE:22 rue Maurice-Ravel, 76620 Le Havre]]. Ils sont mariés depuis {{2001}} mais elle a gardé son nom. Le contrôleur ([[PERSONNE:Olivier]]) vérifie le nombre d'enfants à charge : le grand ({{22 ans}}) travaille chez {{Renault Sandouville}}, il faut le déclarer. Ils ne savaient pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Rouen}}, {{Saint-Sever}}. Mme [[PERSONNE:Delamare]], {{52 ans}}, née à {{Rouen}}, vient pour une prise en charge en {{ALD}}. L'agent ([[PERSONNE:Hugo]]) regarde son dossier : NIR [[NIR:2 72 12 76 540 980 30]], protocole pas encore reçu du médecin traitant. Il appelle le cabinet devant elle, le médecin l'envoie dans l'heure. Elle : « vous êtes un amour ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Clermont-Ferrand}}, accueil {{Cpam}}. {{9h}}-{{10h}} : {{17 personnes}}. Pas de vigile. L'agent d'accueil trie seul, ouvre la porte aux poussettes, explique la borne, répond au téléphone fixe qui sonne. Je compte {{4}} langues différentes dans la file.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} du {{Var}}, conseiller [[PERSONNE:Fabien]]. Une assurée signale un changement d'adresse : [[ADRESSE:Résidence Les Oliviers, bât. C, 83130 La Garde]]. Elle précise en riant qu'il n'y a aucun {{olivier}}, « que du béton ». [[PERSONNE:Fabien]] lui demande son portable pour les SMS ameli : [[TELEPHONE:06 47 11 85 02]]. {{3 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt maladie {{Cpam}} {{Sarthe}}, {{Sablé-sur-Sarthe}}. M. [[PERSONNE:Chevalier]] ([[PERSONNE:Anthony]]), [[ADRESSE:7 rue Saint-Denis, 72300 Sablé-sur-Sarthe]]. Absent. Sa mère ouvre, il est « chez le kiné ». L'agent ([[PERSONNE:Thierry]]) demande le nom du kiné et rappelle le cabinet depuis la voiture : c'est vrai. Fin.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nantes}}, {{Bottière}}. Mme [[PERSONNE:Wideline Jean-Baptiste]], haïtienne, arrivée en {{2021}}, aide-soignante de nuit à l'{{EHPAD}}. Elle demande une aide pour la crèche. L'agent ([[PERSONNE:Romain]]) prend son tél [[TELEPHONE:07 69 24 51 83]] et son mail [[EMAIL:wideline.jb@icloud.com]]. Elle s'endort presque sur la chaise, elle sort du travail.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Toulouse}}, {{Bagatelle}}. Matinée « bons de rentrée » : {{60 €}} par enfant scolarisé. File longue mais rapide, {{3 agents}}. Justificatifs demandés : livret de famille + certificat de scolarité. Ceux qui n'ont pas le certificat reviennent demain. L'ambiance est bonne, les gens se connaissent.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Laval}}. Un fils appelle pour sa mère, Mme [[PERSONNE:Gendron]], qui a besoin du portage de repas. Il donne son adresse : [[ADRESSE:45 avenue de Paris, 53000 Laval]], « au fond de la cour ». L'agente ([[PERSONNE:Corinne]]) lui explique les tarifs selon les revenus ({{4,50 €}} à {{9 €}} le repas). Il prend tout de suite pour {{5 jours}} par semaine.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} d'{{Angers}}, {{Monplaisir}}, dossier impayés de loyer. Mme [[PERSONNE:Diakhaté]], [[ADRESSE:3 rue de Normandie, 49100 Angers]], dette de {{2 300 €}}. Réf. locataire {{Podeliha}} : [[IDENTIFIANT:LOC-0488213]]. L'AS ([[PERSONNE:Maud]]) appelle le bailleur en haut-parleur. Plan d'apurement à {{50 €}}/mois. Le téléphone de Mme [[PERSONNE:Diakhaté]] sonne pendant ce temps, elle ne décroche pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} de {{Lisieux}}, {{15h}}. M. [[PERSONNE:Morin]] ([[PERSONNE:Jérôme]]), {{36 ans}}, né à {{Lisieux}} en [[DATE_NAISSANCE:juin 1988]], agriculteur, s'est coupé avec une tôle. L'IOA ([[PERSONNE:Christine]]) tape le NIR qu'il dicte par cœur : [[NIR:1 88 06 14 366 603 69]]. Il demande combien de temps : « on ne peut pas savoir ». Il a laissé ses vaches.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{CH}} de {{Valence}}. {{Mardi}}, {{11h}}. {{4}} appels de familles, {{2}} du {{SAMU}}, {{1}} d'un pharmacien. La secrétaire écrit tout sur un cahier en plus de l'ordi, « au cas où ça plante ». Le cahier date de {{2019}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Rennes}}. M. [[PERSONNE:Yannick Le Goff]], {{57 ans}}, ancien marin pêcheur, à la rue depuis son divorce. Carte d'identité n° [[IDENTIFIANT:X4RTB7PW2]] (nouvelle carte, il en est fier). L'éducatrice ([[PERSONNE:Morgane]]) lui fait remplir la demande de logement. Il écrit lentement, en majuscules.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du {{Havre}}, {{quartier de l'Eure}}. [[PERSONNE:Mickaël]], {{39 ans}}, vient pour son courrier et une douche. Il a rdv à {{France Travail}} demain, l'animatrice ([[PERSONNE:Justine]]) vérifie son identifiant sur le papier qu'il garde dans sa poche : [[ID_FRANCE_TRAVAIL:2940771 L]]. Il demande une chemise, elle en trouve une dans le vestiaire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{Gironde}}. Soirée sans place : {{0}} place disponible à {{20h}}. Les écoutants répondent quand même à chaque appel, prennent des nouvelles, notent. {{52 appels}}. Une écoutante me dit : « on est le dernier numéro qu'ils appellent, on répond, c'est tout ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un logement diffus du {{CHRS}} de {{Nantes}}, [[ADRESSE:18 rue Jean-Jaurès, 44000 Nantes]], appartement au {{4e}}. Famille [[PERSONNE:Mohamadi]] (afghane), {{5 personnes}} dans un T3. Le travailleur social ([[PERSONNE:Antoine]]) vérifie le chauffage, les moisissures. Le fils aîné, [[PERSONNE:Farid]], traduit. Une station de tram {{Jean Jaurès}} juste en bas, « c'est pratique ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Caen}} {{Hérouville}}. M. [[PERSONNE:Benali]], {{47 ans}}, chauffeur VTC, a perdu sa carte pro. Sa voiture : [[IMMATRICULATION:GL-318-VB]], il la paie encore. Identifiant {{FT}} : [[ID_FRANCE_TRAVAIL:4120895 Q]]. Le conseiller ([[PERSONNE:Arnaud]]) lui propose une formation transport de personnes à mobilité réduite. Il dit « pourquoi pas, les vieux c'est plus gentil que les fêtards ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Bourges}}. Accueil de {{8h30}} à {{12h30}}, deux agents. Ce qui revient : les gens ne savent pas qui est leur conseiller, ni comment le joindre. Une affiche « votre conseiller est joignable via votre espace » est scotchée à l'envers. Personne ne l'a remarqué sauf moi.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Dunkerque}}, conseillère [[PERSONNE:Virginie]]. Mme [[PERSONNE:Vandenbussche]] demande à être rappelée sur un autre numéro : [[TELEPHONE:03.28.61.47.09]]. Elle veut aussi qu'on corrige son mail : « [[EMAIL:vandenbussche.c@wanadoo.fr]], avec deux S ». [[PERSONNE:Virginie]] corrige. Elle dit que « wanadoo ça existe encore ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de la {{Loire}}, {{Saint-Étienne}}. La famille [[PERSONNE:Mebarki]], {{6 enfants}}, vient pour le renouvellement du {{complément familial}}. Allocataire [[N_ALLOCATAIRE:4208817]]. L'agent ([[PERSONNE:Guillaume]]) remarque que l'aînée a fini ses études. Perte de droits annoncée. Le père dit « alors il faut qu'elle reste à l'école ». Tout le monde rit, jaune.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} de la {{Marne}}, {{Reims}}. M. [[PERSONNE:Kowalski]], polonais, travailleur saisonnier (champagne). Sa voiture immatriculée en {{Pologne}}, [[IMMATRICULATION:WGM 4821K]], devant la maison. Il touche le {{RSA}} hors saison. Le contrôleur ([[PERSONNE:Fabrice]]) vérifie la résidence principale : il vit bien ici. Il nous offre un verre de champagne, refusé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} de {{Loire-Atlantique}}. M. [[PERSONNE:Guilbaud]] appelle pour une feuille de soins papier non remboursée. Le conseiller vérifie : « vous êtes né le [[DATE_NAISSANCE:26 janvier 79]] à {{Nantes}} ? Votre numéro c'est bien [[NIR:1 79 01 44 109 962 84]] ? » « oui ». La feuille n'est jamais arrivée. Il faut un duplicata du médecin.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Saint-Lô}}, l'agente, Mme [[PERSONNE:Lebreton]], donne son propre mail pro à une dame qui n'arrive pas à envoyer ses justificatifs : « [[EMAIL:m.lebreton@ccas-saintlo.fr]] ». Elle me dit qu'elle n'a pas le droit mais que sinon les dossiers n'arrivent jamais. La dame envoie {{6 photos}} floues.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Toulon}}, {{Sainte-Musse}}. Un marin de la {{Marine nationale}}, M. [[PERSONNE:Ravelonjatovo]] (malgache d'origine), se présente en uniforme. L'IOA ([[PERSONNE:Estelle]]) lui fait épeler son nom {{3 fois}}, « [[PERSONNE:R-A-V-E-L-O-N]]… » puis abandonne et prend sa carte. Il en a l'habitude, il sourit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Montpellier}}, centre-ville, {{20h}}-{{23h}}. On distribue {{40}} repas. Les gens nous appellent par le nom de l'asso, pas par nos prénoms. Beaucoup de jeunes cette année. Un homme nous demande juste de parler {{5 minutes}}. On reste {{20}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{3949}}. Un demandeur lit son identifiant par paquets : « [[ID_FRANCE_TRAVAIL:quatre cent dix, vingt-deux, soixante-trois, G]] ». La conseillère ([[PERSONNE:Naïma]]) répète « 4102263 G ». Question : peut-il partir {{2 semaines}} au {{Maroc}} ? Oui, à déclarer comme absence, {{35 jours}} par an.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Cherbourg}}, agence {{FT}}. [[PERSONNE:Camille]] (jeune femme, {{21 ans}}), bac pro {{cuisine}}, veut travailler sur les ferries de la {{Brittany Ferries}}. La conseillère (Mme [[PERSONNE:Hamel]]) lui note le site de recrutement et son propre numéro direct : [[TELEPHONE:02 33 88 14 60]]. Elle dit « appelez-moi si ça coince ». Je suis surpris qu'elle donne sa ligne.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de la {{Sarthe}}, conseiller [[PERSONNE:Loïc]]. M. [[PERSONNE:Boulanger]] (oui comme le métier) veut que l'{{APL}} aille directement au bailleur ({{Le Mans Métropole Habitat}}). N° allocataire [[N_ALLOCATAIRE:3318204]]. Il a déjà envoyé le RIB du bailleur par erreur au lieu du sien : [[IBAN:FR76 1820 6244 3366 7089 6232 983]] c'est le sien, il le relit. [[PERSONNE:Loïc]] démêle, {{13 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Bobigny}}, permanence à {{La Courneuve}}. Mme [[PERSONNE:Tharshika Sivakumar]], sri-lankaise, {{30 ans}}, demande la {{CSS}}. Son mari ([[PERSONNE:Sivakumar]] aussi) travaille dans un restaurant. L'agente ([[PERSONNE:Yasmine]]) calcule les ressources sur une calculette solaire. Éligible. La dame joint les mains pour remercier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Lô}}, {{11h}}. Mme [[PERSONNE:Marie-Claire Hamel]] veut recevoir la lettre d'info seniors par mail, elle dicte : « [[EMAIL:marieclaire point hamel at sfr point fr]] ». L'agent écrit en l'énonçant. Elle a {{79 ans}}, une tablette offerte par ses petits-enfants, elle est très fière.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil des urgences du {{CHU d'Angers}}. Un homme appelle de l'étranger pour sa sœur hospitalisée, [[PERSONNE:Fatou Ndiaye]]. Il laisse son numéro sénégalais : [[TELEPHONE:+221 77 548 20 13]]. La secrétaire ([[PERSONNE:Martine]]) l'écrit sur un post-it « à rappeler par l'interne ». Le post-it rejoint {{7}} autres sur l'écran.",
    ),
]

BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Nord}}, {{Tourcoing}}. Mme [[PERSONNE:Deschamps]] a apporté un RIB imprimé, le scanner ne marche pas, l'agent ([[PERSONNE:Yannick]]) recopie à la main les chiffres : RIB [[IBAN:10207 30651 67416781365 20]]. Il se trompe, recommence. Elle lui dicte en même temps, ça n'aide pas. Enfin c'est bon. {{7 minutes}} pour un RIB.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de la {{Guadeloupe}}, {{Pointe-à-Pitre}}. Clim glaciale. Les gens attendent dehors à l'ombre plutôt que dedans. L'agent appelle les numéros en passant la tête par la porte. Sujets : surtout des prestations bloquées après un changement de situation. Grève des transports hier, donc double affluence.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Nord}}, plateforme. Un travailleur frontalier (il bosse en {{Belgique}}) veut que ses allocs soient versées sur son compte belge : [[IBAN:BE37 3304 8714 1128]]. La conseillère ([[PERSONNE:Stéphanie]]) : possible, il faut le formulaire « compte étranger zone SEPA ». Il demande s'il doit aussi prévenir la {{Mutualité chrétienne}}. Elle ne sait pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Petite note : le script d'accueil de la plateforme {{Caf}} dit « Bonjour, [prénom du conseiller], que puis-je pour vous ? ». Personne ne dit « que puis-je pour vous ». Tout le monde dit « je vous écoute ». {{30 appels}} écoutés, {{0}} « que puis-je pour vous ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} de {{Vendée}}, {{La Roche-sur-Yon}}. Mme [[PERSONNE:Rabaud]], allocataire [[N_ALLOCATAIRE:5530917]], [[ADRESSE:lieu-dit La Guignardière, 85000 Mouilleron-le-Captif]]. Elle déclare un loyer de {{550 €}} à son oncle. Le contrôleur ([[PERSONNE:Gilles]]) demande les quittances : écrites à la main, pas signées. Il dit qu'il faudra voir l'oncle. Elle appelle l'oncle, qui arrive en tracteur. Scène surréaliste.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} du {{Val-de-Marne}}, {{Champigny}}. Mme [[PERSONNE:Fernandes]] ([[PERSONNE:Sandra]]), née à {{Braga}} en [[DATE_NAISSANCE:août 1985]], femme de ménage, vient pour un accident du travail pas reconnu. NIR relu par l'agent : [[NIR:2 85 08 99 139 528 35]]. L'employeur n'a pas fait la déclaration. L'agent ([[PERSONNE:Karim]]) lui explique qu'elle peut la faire elle-même, formulaire {{Cerfa 14463}}. Elle repart avec le papier et le sourire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, {{Avignon}}, {{15h}}. Je note juste : {{un seul}} agent à l'accueil pour {{20 personnes}}. Les autres sont en rdv dans les box. Pas de toilettes pour le public (« fermées depuis le {{Covid}} »). Un enfant fait pipi dans un gobelet, la mère s'excuse {{10 fois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} de l'{{Hérault}}, conseillère [[PERSONNE:Sonia]]. M. [[PERSONNE:Ollivier]] (avec deux L) appelle pour sa complémentaire {{Malakoff Humanis}} qui ne reçoit pas les décomptes. Il donne son n° adhérent : [[IDENTIFIANT:MH-7730216-04]]. [[PERSONNE:Sonia]] vérifie que la liaison {{Noémie}} est active : non. Elle l'active. « C'est tout ? » « C'est tout. »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail {{Cpam}} {{Finistère}}, à {{Quimper}}. Mme [[PERSONNE:Le Floch]] ouvre, en pyjama, malade pour de vrai (grippe). L'agente ([[PERSONNE:Rozenn]]) s'excuse presque de déranger. Elle me dit dans l'escalier : « c'est l'employeur qui a demandé, c'est sa troisième contre-visite cette année ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lorient}}, {{Kervénanec}}. M. [[PERSONNE:Jean-Yves Guillou]], {{66 ans}}, retraité de l'arsenal, veut une aide pour des lunettes. L'agente ([[PERSONNE:Katell]]) lui dit que c'est plutôt la {{Cpam}} ({{100 % Santé}}). Il ne connaissait pas. Elle note son téléphone pour lui envoyer la liste des opticiens : [[TELEPHONE:02 97 64 30 18]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Nancy}}. Appels surtout pour la canicule : inscriptions au registre des personnes vulnérables. L'agente pose {{5 questions}} à chaque fois (âge, seul ?, étage, climatisation, proche à prévenir). Elle me dit qu'ils appellent ensuite chaque inscrit {{une fois}} par jour pendant l'alerte.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} d'{{Alençon}}, quartier {{Courteille}}. Mme [[PERSONNE:Blot]], [[ADRESSE:5 rue Jules-Verne, 61000 Alençon]], coupure d'électricité imminente. L'AS ([[PERSONNE:Sandrine]]) relève le numéro du point de livraison sur le compteur {{Linky}} : [[IDENTIFIANT:21453987462015]], pour appeler le fournisseur. Mme [[PERSONNE:Blot]] a mis ses médicaments au frais chez la voisine.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Cherbourg}} ({{hôpital Pasteur}}). Un pêcheur, M. [[PERSONNE:Lemarinel]], arrive du port, hameçon dans la main. Son collègue l'a amené en camionnette, garée sur la place des ambulances : [[IMMATRICULATION:DS-407-WA]]. L'IOA ([[PERSONNE:Audrey]]) demande la date de naissance : « [[DATE_NAISSANCE:28 du 9, 1975]] ». Ça sent le poisson dans tout le hall, personne ne dit rien.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences, {{Besançon}}, ligne des familles. Je note l'ambiance plutôt que les appels : une secrétaire, deux téléphones, un interphone pour les ambulances, une imprimante d'étiquettes qui bourre. Elle répond à tout avec la même voix calme. Elle a {{31 ans}} de métier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Marseille}}, {{3e}} arrondissement. M. [[PERSONNE:Tesfaye]], érythréen, {{24 ans}}, demandeur d'asile. Attestation de demande d'asile n° [[IDENTIFIANT:1309856247]]. Il apprend le français avec {{Duolingo}}, montre fièrement sa série de {{212 jours}}. Le référent ([[PERSONNE:Mathieu]]) l'inscrit aux cours de l'asso du quartier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Strasbourg}}, {{CHRS}}, réunion d'équipe du matin (je suis autorisé à y assister). {{12}} situations passées en revue en {{45 min}}. Les noms des résidents sont dits, je ne les note pas. Ce qui me frappe : le temps passé sur les rdv médicaux ratés, pas sur le logement.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Loire-Atlantique}}, {{22h15}}. Une jeune femme, [[PERSONNE:Lina]], {{19 ans}}, mise dehors par sa mère. Elle est devant la gare de {{Nantes}}. Numéro : [[TELEPHONE:07 81 03 56 92]]. L'écoutant ([[PERSONNE:Mehdi]]) lui trouve une place au foyer de jeunes travailleurs pour {{3 nuits}}. Elle pleure de soulagement, il reste en ligne jusqu'à ce qu'elle soit dans le tram.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite hôtel social à {{Paris}} {{18e}}, {{chambre 31}}. Famille [[PERSONNE:Doumbia]], {{4 personnes}}, depuis {{3 ans}} (!). Le père, [[PERSONNE:Bakary]], titre de séjour salarié n° [[IDENTIFIANT:7514098326]]. Ils sont éligibles au logement social depuis {{2022}}, rien. La mère fait cuire du riz sur une plaque électrique à côté du lit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Mulhouse}}. Accueil : {{9h}}, la file commence dans la rue. Un agent sort pour distribuer des numéros. Beaucoup de questions sur le {{contrat d'engagement jeune}}. Deux jeunes filles rigolent en regardant les affiches « {{Osez l'industrie}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Tours}}, conseiller [[PERSONNE:Nicolas]], rappel d'un demandeur, M. [[PERSONNE:Ait Ouarab]]. Identifiant [[ID_FRANCE_TRAVAIL:3775012 E]]. Il n'a pas reçu la convocation : le mail enregistré est faux, [[EMAIL:aitouarab.samir@gmial.com]] (gmial !). [[PERSONNE:Nicolas]] corrige en [[EMAIL:aitouarab.samir@gmail.com]]. Trois mois de convocations perdues pour une faute de frappe.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de l'{{Eure}}, {{Évreux}}. M. [[PERSONNE:Lemonnier]], allocataire [[N_ALLOCATAIRE:2766140]], vient pour la {{prime de Noël}} qu'il n'a pas eue. Il a eu le {{RSA}} en novembre mais pas en décembre. L'agente ([[PERSONNE:Ghislaine]]) vérifie, il y a eu une suspension. Elle lui fait refaire la déclaration, note son portable [[TELEPHONE:06 30 88 12 47]] pour le rappeler quand c'est débloqué.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} du {{Rhône}}. M. [[PERSONNE:Amrani]], né à {{Casablanca}} en [[DATE_NAISSANCE:mai 1990]], appelle pour son attestation de droits (il en a besoin pour un job). La conseillère ([[PERSONNE:Élodie]]) lit son NIR pour confirmation : [[NIR:1 90 05 99 350 347 45]]. Elle l'envoie sur son compte ameli, il la reçoit en {{30 secondes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nancy}}, {{10h}}. Permanence « numérique » : {{2}} médiateurs, {{8}} personnes. On aide à faire une demande de carte d'identité en ligne, à scanner une ordonnance, à désinstaller une appli de jeu qui envoie des SMS payants. Ce dernier cas : {{45 €}} prélevés en {{2 mois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Limoges}}, {{21h}}. Un jeune homme, [[PERSONNE:Enzo Parrot]], accident de scooter. Il n'a pas ses papiers, il donne sa date de naissance en lettres pour que l'IOA comprenne bien : « [[DATE_NAISSANCE:vingt-trois avril deux mille deux]] ». Sa copine ([[PERSONNE:Lola]]) arrive en pleurs {{10 min}} après. Rien de cassé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} de {{Gironde}}. Appel d'un travailleur social de la prison de {{Gradignan}} : sortie de M. [[PERSONNE:Lopes]] le {{15}}, né le [[DATE_NAISSANCE:03/07/1984]], numéro d'écrou [[IDENTIFIANT:48213]]. La coordinatrice ([[PERSONNE:Carole]]) demande s'il a des ressources. « Le {{RSA}} dans {{2 mois}} si tout va bien ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Caen}}, {{Presqu'île}}. Un homme, « le [[PERSONNE:Grand Momo]] » comme tout le monde l'appelle, vit dans un camion blanc immatriculé [[IMMATRICULATION:AP-562-RS]]. Il ne veut rien, sauf qu'on lui ramène des piles pour sa radio. L'équipe ([[PERSONNE:Thibault]], [[PERSONNE:Leïla]]) note pour demain.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Évreux}}. Mme [[PERSONNE:Pelletier]], {{33 ans}}, née à {{Évreux}} en [[DATE_NAISSANCE:février 1991]]. Inscription après un congé parental. Numéro de sécu : [[NIR:2 91 02 27 229 194 96]], identifiant attribué : [[ID_FRANCE_TRAVAIL:5063381 A]]. Elle veut reprendre comme vendeuse, à temps partiel, à cause de la crèche qui ferme à {{18h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, {{mardi}} {{14h}}. Panne informatique générale {{25 minutes}}. Les conseillers continuent à répondre, notent tout sur papier, disent « je vous rappelle ». Une conseillère me dit que ça arrive « {{une fois}} par mois environ ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} de la {{Haute-Garonne}}, {{Toulouse}}. M. [[PERSONNE:Fabre]], {{RSA}}, a ouvert un compte {{Revolut}} non déclaré : [[IBAN:LT85 3250 0502 9691 2287]]. Le contrôleur ([[PERSONNE:Jean-Philippe]]) demande les relevés. Il y a des virements de particuliers (vente de vêtements sur {{Vinted}}). Il dit que c'est sa copine qui vend. {{40 min}} d'échange.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nice}}. M. [[PERSONNE:Arsen Beridze]], géorgien, vient pour l'{{AME}} de sa femme. Son titre de séjour : [[IDENTIFIANT:0603927451]]. L'agent ([[PERSONNE:Serge]]) demande un numéro de téléphone : [[TELEPHONE:07 58 26 14 09]]. Il faut aussi la photo, il n'en a pas, on l'envoie au photomaton de la gare.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec le {{CCAS}} de {{Poitiers}}. Personne âgée, {{87 ans}}, isolée, suite à une demande de téléassistance. Elle avait déjà tout préparé sur la table (papiers, café, gâteaux). L'installation est faite en {{40 min}}. Elle appuie {{3 fois}} sur le bouton « pour voir », la plateforme répond à chaque fois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de l'{{Isère}}, conseiller [[PERSONNE:Rachid]]. Mme [[PERSONNE:Blanc-Garnier]], allocataire [[N_ALLOCATAIRE:6618342]], veut recevoir ses attestations par mail, l'adresse enregistrée n'existe plus. Nouvelle : [[EMAIL:cblanc.garnier@free.fr]]. [[PERSONNE:Rachid]] la fait épeler deux fois, « blanc, point, non, c point blanc ». Ça finit bien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Limoges}}. M. [[PERSONNE:Marchal]], {{59 ans}}, routier, veut savoir s'il peut garder sa voiture de fonction en rupture conventionnelle. Ce n'est pas la question pour {{FT}}. La conseillère ([[PERSONNE:Céline]]) regarde quand même la carte grise qu'il tend : [[IMMATRICULATION:FR-285-LK]], au nom de l'entreprise. « Elle est pas à vous, monsieur. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Rouen}}. Un monsieur, [[PERSONNE:Gilbert Osmont]], appelle pour une aide aux obsèques de sa sœur. Il donne l'adresse de la défunte pour le dossier : [[ADRESSE:14 rue Saint-Romain, 76000 Rouen]]. L'agente ([[PERSONNE:Béatrice]]) lui parle très doucement, prend le temps. Il pleure vers la fin.",
    ),
]

BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Caen}}, fin de matinée. Mme [[PERSONNE:Rose Tessier]], {{71 ans}}, vient remercier l'agente qui a débloqué son dossier le mois dernier : elle apporte un bouquet de {{roses}} du jardin. L'agente ([[PERSONNE:Nathalie]]) est gênée, les met dans un gobelet. Elle en profite pour vérifier que l'{{ASPA}} arrive bien, allocataire [[N_ALLOCATAIRE:1427753]]… non, c'est la {{Carsat}} pour l'ASPA, la {{Caf}} c'est l'{{APL}}. Tout va bien.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Nîmes}}, {{Caf}}. Un écran dans la salle d'attente passe en boucle une vidéo sur le « {{Mon Enfant}} » (mon-enfant.fr). Le son est coupé. Personne ne regarde. Les gens regardent leur ticket et le compteur rouge. Compteur : {{B047}}, mon ticket : {{B061}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Pas-de-Calais}}, {{Arras}}. Une dame veut savoir si son RIB est le bon, elle le lit d'une voix tremblante : [[IBAN:FR76 1250 6264 6325 6144 2999 634]]. Le conseiller ([[PERSONNE:Jérémy]]) confirme que c'est celui enregistré. Elle avait peur d'une arnaque : quelqu'un l'avait appelée en se présentant comme « la Caf ». [[PERSONNE:Jérémy]] : « nous ne demandons jamais vos codes ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} du {{Calvados}}, {{17h25}}. Dernier appel avant fermeture : une question sur le quotient familial pour la cantine. {{4 min}}. Puis les conseillers se déconnectent un par un. Une conseillère garde son casque sur le cou en rangeant, comme si elle allait encore en avoir besoin.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} de la {{Manche}}, {{Coutances}}. M. [[PERSONNE:Hamelin]] déclare ne plus travailler depuis la fermeture de son garage. Il habite [[ADRESSE:3 bis rue du Pont-de-Soulles]] à {{Coutances}}, juste en face de l'ancien atelier : l'enseigne « {{Garage Hamelin Automobiles}} » est toujours là, rideau baissé. Le contrôleur ([[PERSONNE:Yves]]) vérifie les comptes, rien d'anormal. Le patron, M. [[PERSONNE:Hamelin]], nous montre ses vieilles factures, nostalgique.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} du {{Loiret}}, {{Orléans}} {{La Source}}. Mme [[PERSONNE:Mbemba]] ([[PERSONNE:Grâce]]) déclare vivre seule. Le contrôleur ([[PERSONNE:Frédéric]]) demande à qui est la {{Clio}} rouge garée devant, [[IMMATRICULATION:ER-619-KZ]]. « C'est la voiture de l'église, le pasteur me la prête ». Il vérifiera auprès de la préfecture. Elle chante en faisant le café.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Journée de contrôles {{Caf}} de la {{Mayenne}}. {{4 visites}} prévues, {{3}} absents. Le contrôleur laisse à chaque fois un avis de passage dans la boîte. Beaucoup de route entre {{Ernée}}, {{Gorron}} et {{Ambrières}}, il me parle de ses années de rugby à {{Laval}}. Aucun contrôle réel aujourd'hui.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Maine-et-Loire}}, {{Angers}}. M. [[PERSONNE:Diarra]], {{21 ans}}, né à {{Bamako}} en [[DATE_NAISSANCE:novembre 2003]], vient d'avoir un titre de séjour, il passe de l'{{AME}} au régime général. L'agente ([[PERSONNE:Anne-Laure]]) lui annonce son NIR définitif : [[NIR:1 03 11 99 335 492 53]]. Il le photographie. Elle lui explique la carte vitale, il demande s'il faut la mettre dans le téléphone.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Lille}}, {{Fives}}. Affiche à l'entrée : « Accueil uniquement sur rendez-vous le mercredi ». On est mercredi. {{12 personnes}} viennent sans rdv, {{10}} repartent. {{2}} sont reçues « parce que c'est urgent » (selon quels critères ? l'agent : « au feeling »).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} du {{Bas-Rhin}}, conseillère [[PERSONNE:Aline]]. Un assuré en {{Suisse}} (frontalier) appelle, numéro affiché : [[TELEPHONE:+41 79 482 16 35]]. Il veut savoir s'il doit choisir la {{LAMal}} ou la {{Cpam}}. [[PERSONNE:Aline]] lui donne le numéro du centre spécialisé, il dit « encore un numéro ». {{8 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} des {{Alpes-Maritimes}}. M. [[PERSONNE:Casanova]] ([[PERSONNE:Pierre-Paul]]), né à {{Bastia}}, vit à {{Nice}}. Il veut son relevé de remboursements par mail. Le conseiller ([[PERSONNE:Didier]]) vérifie le NIR : [[NIR:1 78 07 2B 033 519 65]], puis le mail : [[EMAIL:pp.casanova@orange.fr]]. M. [[PERSONNE:Casanova]] : « et surtout n'écrivez pas [[PERSONNE:Casanova]] avec deux N ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam}} d'{{Ille-et-Vilaine}}, visite d'une conseillère chez Mme [[PERSONNE:Rault]], [[ADRESSE:27 boulevard de Metz, 35700 Rennes]], qui a demandé une aide financière exceptionnelle (fauteuil roulant). La conseillère ([[PERSONNE:Soazig]]) mesure la largeur des portes. {{78 cm}}, ça passe. Mme [[PERSONNE:Rault]] a préparé un dossier avec des intercalaires de couleur.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêts de travail, {{Cpam}} de l'{{Orne}}, secteur {{Flers}}-{{Domfront}}. {{6}} adresses en une matinée, {{5}} présents. L'agent conduit, moi je lis la liste. Il connaît tous les raccourcis, il sait où sont les chiens méchants. {{150 km}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Grenoble}}, {{Villeneuve}}. M. [[PERSONNE:Benzerga]] apporte une facture d'eau pour une aide : facture n° [[IDENTIFIANT:F2024-0817-3391]], {{287 €}}. L'agent ([[PERSONNE:Quentin]]) remplit le formulaire. Il lui demande s'il a droit au chèque énergie : oui, mais il ne l'a jamais utilisé. Il l'a dans son portefeuille, plié, depuis {{2023}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Montpellier}}, salle d'attente. Deux hommes âgés discutent foot, l'un dit que {{Zidane}} était meilleur que {{Platini}}, l'autre répond que {{Platini}} savait tirer les coups francs. L'agente appelle « Monsieur, c'est à vous ». Ils continuent la discussion en allant au bureau. Ambiance de café.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} du {{Mans}}. Mme [[PERSONNE:Gasnier]] appelle, elle est convoquée au tribunal pour son expulsion, affaire RG [[IDENTIFIANT:24/01873]]. Logement : [[ADRESSE:11 rue de la Foucaudière, 72100 Le Mans]]. L'agente (Mme [[PERSONNE:Pavard]]) lui obtient un rdv avec l'AS en urgence et lui parle du {{FSL}}. Mme [[PERSONNE:Gasnier]] ne dort plus, elle le dit trois fois.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}}, {{Bayonne}}. (Je mets des initiales, l'agente me l'a demandé.) Mme [[PERSONNE:L.]] appelle pour la {{3e}} fois cette semaine : sa demande de logement d'urgence. L'agente ([[PERSONNE:Maite]]) n'a rien de neuf. Elle ne raccroche pas tout de suite, elle demande des nouvelles de son fils.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Colmar}} chez Mme [[PERSONNE:Frieda Muller]], {{84 ans}}, veuve d'un {{Allemand}}, pension de réversion allemande versée sur un compte là-bas : [[IBAN:DE34 3704 0044 3662 3756 80]]. Elle ne peut plus aller à la banque de l'autre côté du {{Rhin}}. L'agente ([[PERSONNE:Christine]]) l'aide à faire une procuration. {{Kouglof}} sur la table.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Saint-Nazaire}}, quartier {{Petit-Caporal}}. M. [[PERSONNE:Guerrero]], {{76 ans}}, ancien des chantiers, [[ADRESSE:8 rue des Frênes, 44600 Saint-Nazaire]]. Il a chuté il y a {{2 semaines}}. Demande de téléassistance. L'agent ([[PERSONNE:Ludovic]]) note le numéro de sa fille à prévenir : [[TELEPHONE:06 17 52 84 30]]. Il nous montre la maquette d'un paquebot qu'il a construit, {{1 mètre}} de long.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Brest}} ({{La Cavale Blanche}}). Un touriste italien, [[PERSONNE:Lorenzo Bianchi]], coupure au pied sur les rochers. Sa voiture de location est en fait la sienne, plaque italienne [[IMMATRICULATION:GD 482 XT]], garée devant les urgences. Sa compagne ([[PERSONNE:Chiara]]) traduit avec les mains. L'IOA ([[PERSONNE:Erwan]]) parle italien « de cuisine », ça suffit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences pédiatriques, {{Clermont-Ferrand}}. Ligne pour les parents : la secrétaire conseille beaucoup d'appeler le {{15}} avant de venir. {{8 appels}} en {{30 min}}. Fièvre (x4), chute, vomissements, un parent qui voulait juste savoir si c'était « grave une bosse ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil tél des urgences du {{CH}} de {{Saint-Brieuc}}. Une femme cherche son frère, [[PERSONNE:Loïc Le Dantec]], parti de chez lui en pleine crise. L'agente ([[PERSONNE:Nolwenn]]) vérifie : il est arrivé il y a {{1h}}. La sœur laisse son numéro : [[TELEPHONE:02 96 33 75 18]]. « Dites-lui que je viens. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Dijon}}, entrée d'un nouveau résident. M. [[PERSONNE:Patrice Girard]], né le [[DATE_NAISSANCE:17 mai 1968]], ancienne carte d'identité (la vieille, plastifiée) n° [[IDENTIFIANT:210621304518]]. Il l'a depuis {{2006}}, elle est périmée mais « ça reste moi ». Le veilleur ([[PERSONNE:Farouk]]) lui montre sa chambre, lui donne un kit hygiène.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour de {{Laval}}. M. [[PERSONNE:Bourdais]], {{50 ans}}, dort dans sa {{Kangoo}} ([[IMMATRICULATION:CV-027-GF]]) depuis sa séparation. Il a un travail (maraîchage) mais pas de logement. L'animateur ([[PERSONNE:Jonathan]]) lui propose une place en résidence sociale, il hésite à cause de la voiture : « si je la lâche, je lâche tout ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Clermont-Ferrand}}, repas du soir. {{28}} couverts. Les résidents font la vaisselle à tour de rôle, un tableau au mur. Ce soir : lentilles saucisses. On m'invite à m'asseoir, on parle du {{Clermont Foot}}. Personne ne me demande ce que je fais là.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Dijon}}, bureau de l'AS. Mme [[PERSONNE:Alves]], arrivée il y a {{1 semaine}}, ouvre son dossier {{Caf}} : allocataire [[N_ALLOCATAIRE:2160489]]. Il faut changer l'adresse pour celle du CHRS. L'AS ([[PERSONNE:Noémie]]) le fait en ligne avec elle. Le site plante {{2 fois}}. Mme [[PERSONNE:Alves]] rigole : « même internet veut pas de moi ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} du {{Gard}}. Une bénévole d'une asso appelle pour M. [[PERSONNE:Ouali]]. Elle enverra le dossier par mail, elle donne le sien pour le retour : [[EMAIL:brigitte.sauvage.benevole@laposte.net]]. La coordinatrice ([[PERSONNE:Hélène]]) note. Attente estimée : {{plusieurs mois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{Le Havre}}, week-end. L'écoutant me montre la liste des places : {{0}} dispo, {{18}} personnes sur liste d'attente. Il rappelle chacune pour dire qu'il n'y a rien. Il préfère ça « plutôt que de les laisser attendre pour rien ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Haute-Garonne}}. Un homme âgé, [[PERSONNE:Mustapha]], né en [[DATE_NAISSANCE:quarante-neuf]] dit-il, appelle du hall de l'hôpital. Il donne le numéro d'un ami : [[TELEPHONE:06 22 41 90 75]]. L'écoutante ([[PERSONNE:Julie]]) trouve un lit en halte de nuit. Il demande si on peut venir le chercher, non.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile par le {{CHRS}} de {{Lille}}, bail glissant. M. et Mme [[PERSONNE:Delattre]], [[ADRESSE:42 rue de Wazemmes, 59000 Lille]]. Réf. locataire chez {{Lille Métropole Habitat}} : [[IDENTIFIANT:LMH-5510738]]. Leur voiture, une vieille {{Twingo}}, [[IMMATRICULATION:fk-903-zd]], est en panne. Ils paient leur loyer depuis {{18 mois}} sans retard, le bail va leur être transféré.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Nantes}} {{Nord}}. M. [[PERSONNE:Yıldız]], {{44 ans}}, identifiant [[ID_FRANCE_TRAVAIL:9015327 S]], postule à l'offre n° {{178QZKD}} (préparateur de commandes chez {{Logisud}}, SIRET {{38018530600285}}). Le conseiller ([[PERSONNE:Mathias]]) appelle le recruteur, poste {{4412}}. Entretien calé pour {{jeudi}} {{9h}}. Le monsieur ne parle pas beaucoup mais serre la main très fort.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} de {{Brest}}, conseillère [[PERSONNE:Maëlys]]. Aide à la mobilité pour un entretien à {{Quimper}} : remboursement sur le compte de M. [[PERSONNE:Corre]], il dicte l'IBAN : [[IBAN:FR76 1558 9562 9744 7051 9003 560]]. [[PERSONNE:Maëlys]] lui dit de le déposer dans l'espace perso, « pour éviter les erreurs ». {{85 €}} au total.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Agence {{France Travail}} du {{Mans}}, standard. Une heure d'écoute : surtout des gens qui veulent joindre leur conseiller directement, ce que le standard ne fait pas. Formule répétée : « je lui transmets votre demande, il vous rappelle sous {{48h}} ». Un monsieur : « c'est ce qu'on m'a dit il y a {{48h}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Perpignan}}, conseiller [[PERSONNE:Jordi]]. Mme [[PERSONNE:Sanchez]] ([[PERSONNE:Dolores]]), identifiant [[ID_FRANCE_TRAVAIL:6627419 W]], veut recevoir les offres d'emploi en {{Espagne}} aussi. [[PERSONNE:Jordi]] l'inscrit sur {{EURES}}, lui demande son mail : [[EMAIL:dolo.sanchez66@hotmail.com]]. Elle habite à {{10 minutes}} de la frontière.",
    ),
]

# --- end of notes ----------------------------------------------------------------------------

NOTES = [*BATCH_1, *BATCH_2, *BATCH_3, *BATCH_4, *BATCH_5, *BATCH_6, *BATCH_7]

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]|\{\{(.*?)\}\}")


def parse(marked):
    """Strip the marks of one note; return its text, entities and keep list."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        before = marked[last : m.start()]
        parts.append(before)
        pos += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if not value or value != value.strip():
                raise ValueError(f"bad span {value!r} in {marked[:60]!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if not value or value != value.strip():
                raise ValueError(f"bad keep {value!r} in {marked[:60]!r}")
            if value not in keep:
                keep.append(value)
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """Number the notes in writing order and parse them."""
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
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
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
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
