"""Independent evaluation corpus n° 60: 240 hand-written French observation notes.

Every note below was written by hand as a ``(site_kind, channel, text)`` tuple with inline
marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive); the ids
``ind60-001`` ... ``ind60-240`` follow the writing order; ``split`` draws dev / holdout from the
ids and the cells only; ``main`` writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Standard library only and deterministic: running it twice gives byte-identical files.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind60"
SEED = 60
TOTAL = 240

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

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# ---------------------------------------------------------------------------------------------
# Notes, in writing order.
# ---------------------------------------------------------------------------------------------

NOTES_1 = [
    (
        "caf",
        AP,
        "Ma tutrice c'est [[PERSONNE:Nadia]], {{14 ans}} de {{Caf}}. Elle m'explique le pré-accueil : « je regarde la convoc, je demande si c'est {{RSA}}, {{APL}} ou {{prime d'activité}}, et si c'est une pension alimentaire j'envoie direct au {{guichet 2}} chez [[PERSONNE:Fabrice]], lui il connait l'{{ASF}} par coeur ». La responsable, Mme [[PERSONNE:Couderc]], passe derrière toutes les {{20 min}} regarder la file. 1er rdv {{8h30}} : une dame qui tend un post-it avec son n° alloc [[N_ALLOCATAIRE:2458713]] écrit au feutre.",
    ),
    (
        "caf",
        CSP,
        "Dans la voiture avant la visite, [[PERSONNE:Thierry Bousquet]] (contrôleur depuis {{2009}}) me lit le dossier : Mme [[PERSONNE:Amrani Souad]], alloc [[N_ALLOCATAIRE:0841266]], déclarée seule avec {{3 enfants}}, signalement parce qu'un monsieur recevrait du courrier à l'adresse. Adresse : [[ADRESSE:27 rue de Gascogne, bât. B, 31100 Toulouse]]. Il me dit « on n'est pas la police, on vient vérifier une situation, c'est tout ». Il a déjà fait {{Bagatelle}} ce matin avec sa collègue [[PERSONNE:Véro]]. Stationnement galère, on se gare devant le {{Lidl}}.",
    ),
    (
        "france_travail",
        AP,
        "{{10h12}} jeune homme, {{19 ans}}, vient pour le {{CEJ}}. Il a son identifiant noté dans son tel : [[ID_FRANCE_TRAVAIL:5123847B]]. La conseillère l'oriente vers la {{Mission locale}}, il fait la moue. Il veut bosser chez {{Airbus}} « comme mon oncle », elle sourit et lui parle d'abord du permis.",
    ),
    (
        "urgences",
        AP,
        "Relève de {{14h}} à l'{{IOA}}. [[PERSONNE:Karine]] passe le relais à [[PERSONNE:Mehdi]] en {{4 minutes}} chrono : « {{box 3}} c'est Mr [[PERSONNE:Lacombe]], douleur thoracique, tropo en cours ; {{box 5}} la petite dame de {{92 ans}}, Mme [[PERSONNE:Vidal]], chute, elle attend la radio ; en salle d'attente le monsieur au bras, IPP [[IDENTIFIANT:8001457236]], il s'énerve, fais gaffe ». [[PERSONNE:Mehdi]] note tout sur un bout de gant. Il me dit que la relève c'est le moment où on perd le plus d'infos.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{21h40}}. Un homme appelle d'une cabine près de {{Matabiau}}, il ne veut pas donner son nom. L'écoutante insiste pas : « c'est anonyme monsieur, c'est votre droit ». Plus de place sur {{Toulouse}} ce soir, elle propose {{Muret}}, il a pas de ticket {{Tisséo}}... il raccroche. Elle coche « demande non pourvue » dans {{SI-SIAO}}. 3e de la soirée.",
    ),
    (
        "cpam",
        AP,
        "Mme vient pour sa carte {{Vitale}} perdue. L'agent lit l'écran à voix haute pour vérifier : « [[NIR:2 78 02 31 555 412 36]], née le [[DATE_NAISSANCE:12/02/1978]] à {{Toulouse}} ? » — oui. Commande de la nouvelle carte, délai {{3 semaines}}, attestation papier en attendant. Elle demande si elle peut la faire sur {{Ameli}}, oui mais elle a pas de mot de passe.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec [[PERSONNE:Hélène Marty]] ({{CCAS}} de {{Colomiers}}), évaluation pour l'aide ménagère. M. [[PERSONNE:Pujol]], {{87 ans}}, veuf, [[ADRESSE:8 impasse des Mésanges, 31770 Colomiers]]. Maison très propre mais il ne monte plus à l'étage, dort dans le fauteuil. Sa fille passe le dimanche, son tel sur le frigo : [[TELEPHONE:06 71 48 22 93]]. [[PERSONNE:Hélène]] remplit la grille {{AGGIR}} en discutant, sans jamais sortir le formulaire. Elle me dit après : « si tu sors le papier ils se ferment ».",
    ),
    (
        "france_travail",
        AT,
        "Réunion d'équipe plateforme tel, lundi {{9h}}. [[PERSONNE:Grégory]] (le N+1) affiche les stats : {{1 240 appels}} la semaine dernière, {{68 %}} décrochés. [[PERSONNE:Lina]] râle sur les bugs de l'outil de rappel, [[PERSONNE:Patrice]] propose de faire tourner les pauses déj. [[PERSONNE:Grégory]] : « on a la visite de la {{DR}} jeudi, on range les bureaux svp 😅 ». Personne ne parle des usagers pendant {{25 min}}.",
    ),
    (
        "caf",
        AT,
        "Appel {{11h03}}. Monsieur pour son {{APL}} qui a baissé. L'agent : « votre numéro allocataire ? » — « [[N_ALLOCATAIRE:5 102 784]] » — « et un mail pour vous renvoyer l'attestation ? » il épelle : [[EMAIL:m.boudjema31@gmail.com]]. Explication : ressources {{2023}} réévaluées, il a eu des heures sup. Il dit « c'est du vol » et raccroche poliment quand même.",
    ),
    (
        "urgences",
        AP,
        "Salle de pause, {{16h}}. Café froid, {{3 internes}} qui mangent debout. Ils parlent du planning de {{Noël}} : [[PERSONNE:Clémence]] a déjà fait le 24 l'an dernier, le Dr [[PERSONNE:Lagarde]] veut pas entendre parler de changer. Une aide-soignante, [[PERSONNE:Fatou]], me dit « vous écrivez quoi ? mettez qu'on manque de brancards ». J'écris : ON MANQUE DE BRANCARDS.",
    ),
    (
        "chrs",
        AP,
        "Accueil du {{CHRS}} {{Les Tourelles}}, {{18h30}}, retour des résidents. [[PERSONNE:Youssef]] demande s'il peut avoir une clé de la buanderie. L'éduc, [[PERSONNE:Margot]], lui dit de voir avec M. [[PERSONNE:Sanchez]], le chef de service. {{Chambre 14}} : la fuite d'eau est toujours pas réparée. [[PERSONNE:Margot]] soupire : « on a fait {{3 bons}} d'intervention ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{APL}} chez M. [[PERSONNE:Okafor]], studio de {{22 m²}}, [[ADRESSE:41 avenue de Muret, 31300 Toulouse]]. Le contrôleur vérifie le bail : bailleur M. [[PERSONNE:Delpech]], loyer {{480 €}} CC, RIB du bailleur agrafé : [[IBAN:FR76 1310 6005 0030 0412 7781 072]]. L'APL est versée au bailleur ({{tiers payant}}). Dans la cour une voiture immatriculée [[IMMATRICULATION:FK-327-NB]] — M. [[PERSONNE:Okafor]] dit que c'est celle du voisin, le contrôleur note quand même. Ça me met mal à l'aise.",
    ),
    (
        "cpam",
        AT,
        "Écoute double au {{3646}}. Musique d'attente en boucle, {{12 min}} en moyenne aujourd'hui. Appel 1 : remboursement lunettes. Appel 2 : {{IJ}} pas versées depuis {{5 semaines}}, la dame pleure. Appel 3 : raccroche avant qu'on décroche. L'agente me dit qu'elle fait {{45 appels}} par jour, « et je dois être sympa au 45e comme au 1er ».",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Samia]] m'explique son portefeuille : {{380 demandeurs}}, dont « au moins 100 que j'ai jamais vus en vrai ». Elle partage le bureau avec [[PERSONNE:Loïc]], qui fait l'accompagnement global avec le {{Département}}. Elle me montre comment elle cherche un DE : tape l'identifiant [[ID_FRANCE_TRAVAIL:6649021R]], la fiche s'ouvre, tout en rouge parce que l'actualisation est pas faite. « Ça c'est pas de la mauvaise volonté, c'est qu'il a plus de forfait ».",
    ),
    (
        "ccas",
        AP,
        "Accueil {{CCAS}}, {{mardi}} matin. {{7 personnes}} avant {{10h}}. Surtout des demandes d'aide alimentaire pour l'{{épicerie sociale}}, et 2 pour des factures {{EDF}}. L'agente fait tout à la main sur un cahier parce que le logiciel plante. Une dame apporte des {{clémentines}} pour l'équipe.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences, {{23h10}}. Une fille appelle pour son père amené par les pompiers : « [[PERSONNE:Georges Castaing]], né le [[DATE_NAISSANCE:3 avril 1941]] ». L'agent cherche : il est en {{box 8}}, pas de nouvelles à donner au tel, « le médecin vous rappellera ». Elle laisse son numéro : [[TELEPHONE:05 61 42 87 30]]. L'agent me dit que la moitié des appels de nuit c'est ça.",
    ),
    (
        "chrs",
        CSP,
        "Visite en logement diffus avec [[PERSONNE:Romain]], travailleur social. T2 loué par l'asso, [[ADRESSE:12 chemin de Lestang, appt 23, 31100 Toulouse]]. M. [[PERSONNE:Tesfaye]], érythréen, {{34 ans}}, y vit depuis {{8 mois}}. [[PERSONNE:Romain]] ouvre le frigo (« pas pour fliquer, pour voir s'il mange »), relève le compteur, parle du recours {{DALO}}. Appart impeccable, un tapis de prière, une photo de ses enfants restés à {{Asmara}}.",
    ),
    (
        "caf",
        AP,
        "FILE D'ATTENTE JUSQU'AU TROTTOIR À {{8H25}}. Ouverture {{8h30}}. {{42 tickets}} distribués en {{1h}}. L'agent de sécurité gère avec humour, « allez on avance, on est pas chez {{Leclerc}} ».",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur appelle pour son actualisation bloquée. Il donne son identifiant chiffre par chiffre : « [[ID_FRANCE_TRAVAIL:4 8 0 2 2 6 1 T]], T comme {{Toulouse}} ». Le conseiller doit le rappeler sur un autre numéro : [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-treize, zéro cinq]]. Il le répète 2 fois pour être sûr. Durée de l'appel : {{9 min}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt de travail avec [[PERSONNE:Sébastien]], agent enquêteur. Adresse : [[ADRESSE:5 rue des Aubépines, 31520 Ramonville-Saint-Agne]]. Heures de sortie autorisées : {{14h-16h}}, on sonne à {{10h20}}, personne. La voisine d'en face (« Mme [[PERSONNE:Garcia]], je la connais bien ») dit que Mme [[PERSONNE:Rakotomalala]] est chez le kiné. [[PERSONNE:Sébastien]] laisse un avis de passage. Il m'explique qu'{{1 sur 3}} environ n'est pas là et que la plupart ont une bonne raison.",
    ),
    (
        "ccas",
        AT,
        "Pause café entre deux permanences tel. Les 3 agentes parlent du nouveau directeur, M. [[PERSONNE:Ferrand]] : « il est gentil mais il veut tout en tableau {{Excel}} ». [[PERSONNE:Sylvie]] part à la retraite en {{juin}}, [[PERSONNE:Khadija]] a peur qu'elle soit pas remplacée. Elles parlent du maire, {{Jean-Luc Moudenc}}, qui doit venir inaugurer les nouveaux locaux, « il va falloir sourire ».",
    ),
    (
        "urgences",
        AP,
        "Admissions. Touriste espagnole, cheville. Pas de carte européenne, juste son passeport : [[IDENTIFIANT:PAJ384156]]. L'agente recopie en majuscules : [[PERSONNE:MARTÍNEZ RUIZ Lucía]]. Portable : [[TELEPHONE:+34 612 48 93 07]]. Elle parle anglais avec l'agente, l'agente répond en espagnol (« ma mère est de {{Saragosse}} »).",
    ),
    (
        "france_travail",
        AP,
        "Point d'équipe {{13h45}}, debout devant la machine à café. [[PERSONNE:Florence]], la responsable d'équipe, répartit les ateliers : [[PERSONNE:Anthony]] prend l'atelier CV jeudi, [[PERSONNE:Inès]] les infos coll {{RSA}}. On parle de la conseillère de la {{Mission locale}}, [[PERSONNE:Jessica]], qui « envoie des jeunes sans prévenir ». Fini en {{7 minutes}}.",
    ),
    (
        "caf",
        AT,
        "Appel de {{4 minutes}}, question sur la {{prime de Noël}}. Réponse : automatique, versée mi-décembre. Suivant.",
    ),
    (
        "chrs",
        AP,
        "Transmissions {{8h}} entre le veilleur de nuit ([[PERSONNE:Bruno]]) et l'équipe de jour. Cahier de liaison lu à voix haute : « {{chambre 6}} [[PERSONNE:Kevin]] rentré à {{2h}} alcoolisé, RAS ensuite. Mme [[PERSONNE:Popescu]] a demandé le médecin pour sa fille. {{Chambre 11}} fuite WC. Le chien de [[PERSONNE:Jordan]], {{Rocky}}, a aboyé toute la nuit ». [[PERSONNE:Aïcha]], cheffe d'équipe, rit pour Rocky puis redevient sérieuse pour [[PERSONNE:Kevin]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources chez les [[PERSONNE:Nguyen]], [[ADRESSE:17 allée des Pivoines, 31170 Tournefeuille]]. Couple + 2 enfants nés en [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]]. La contrôleuse, [[PERSONNE:Aurélie]], demande les {{3 derniers relevés}} : compte joint [[IBAN:FR94 2004 1010 1604 2771 8K02 752]]. Elle surligne des virements réguliers de {{350 €}} « d'un cousin ». M. [[PERSONNE:Nguyen]] explique que c'est le remboursement d'un prêt pour la voiture. [[PERSONNE:Aurélie]] me dit dans l'escalier : « ça, ça peut faire un indu de {{4000 balles}} ».",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Christelle]] m'explique la {{C2S}} : « avant on disait {{CMU-C}}, les gens disent encore la {{CMU}} ». Si elle bloque elle appelle la référente, Mme [[PERSONNE:Oliveira]], au {{poste 4512}}. Elle a un classeur de fiches faites maison, plus fiable que l'intranet selon elle. Pas d'usager pendant {{10 min}}, elle en profite pour me montrer.",
    ),
    (
        "ccas",
        CSP,
        "Visite avec le service hygiène de la mairie chez Mme [[PERSONNE:Benali]], [[ADRESSE:33 rue Bourbaki, 2e étage, 31200 Toulouse]]. Moisissures partout dans la chambre des enfants. Le propriétaire, M. [[PERSONNE:Castan]], arrive en retard, donne son portable à l'inspectrice : [[TELEPHONE:07.62.15.40.88]]. Il dit « c'est eux qui aèrent pas ». L'agente {{CCAS}}, [[PERSONNE:Maëlle]], reste à côté de Mme [[PERSONNE:Benali]] tout le temps.",
    ),
    (
        "france_travail",
        AT,
        "Une dame veut recevoir ses convocations par mail, elle dicte : « [[EMAIL:lucas.ferrand arobase laposte point net]], c'est le mail de mon fils ». Le conseiller tape, relit {{2 fois}}. Je me demande combien de convocs partent chez des enfants.",
    ),
    (
        "urgences",
        AP,
        "{{17h}} : {{31 patients}} en attente, panneau « temps d'attente estimé {{4h}} ». Un père avec un bébé qui tousse s'assoit par terre. L'{{IOA}} passe le voir en {{2 min}}, le bébé passe devant. Personne ne râle. {{Box 7}} fermé faute d'infirmière.",
    ),
    (
        "chrs",
        AT,
        "Passage de relais au {{115}} à {{22h}}. [[PERSONNE:Sandrine]] (soir) → [[PERSONNE:Ibrahim]] (nuit). La liste : famille [[PERSONNE:Gashi]] (2 adultes 3 enfants) à l'{{hôtel Ibis Budget, chambre 112}}, dossier {{SIAO}} [[IDENTIFIANT:31-2025-04417]] ; M. [[PERSONNE:Dumitru]] rappellera, « il a un chien, {{Pixel}}, donc pas de place classique » ; Mme [[PERSONNE:Traoré]] enceinte de {{7 mois}}, prioritaire demain. [[PERSONNE:Ibrahim]] recopie sur sa feuille, il fait pas confiance au logiciel.",
    ),
    (
        "france_travail",
        AP,
        "Atelier mobilité. Un DE a trouvé un {{CDD}} de chauffeur-livreur à {{Saint-Jory}} mais sa voiture est au garage. Il montre la carte grise sur son tel : [[IMMATRICULATION:EZ-904-QL]], contrôle technique refusé. La conseillère lui parle de l'aide au permis et du garage solidaire de {{Blagnac}}.",
    ),
    (
        "caf",
        AP,
        "Jeune maman, bébé en poussette. Naissance pas déclarée. L'agent : « il est né quand ? » — « le [[DATE_NAISSANCE:21.09.2024]] » — « votre numéro allocataire ? » — [[N_ALLOCATAIRE:3317459]]. Il ajoute l'enfant, calcule la {{PAJE}}. {{6 mois}} de retard, rappel possible. Elle demande si elle doit mettre le nom du papa, il dit que c'est pas nécessaire.",
    ),
    (
        "ccas",
        AP,
        "Réunion partenaires à {{14h}} au {{CCAS}} : {{Restos du Cœur}}, {{Secours populaire}}, l'épicerie sociale. [[PERSONNE:Gérard]] des Restos explique qu'ils ouvrent le {{25 novembre}}. [[PERSONNE:Amina Cherif]], coordinatrice, demande qu'on arrête de leur envoyer des gens sans fiche de liaison. La directrice du CCAS, Mme [[PERSONNE:Lacroix-Delmas]], note les chiffres. Le Secours pop dit qu'ils voient {{+30 %}} de familles.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à domicile prévu {{9h}}, adresse introuvable : le GPS nous envoie dans un champ à {{Castanet}}. On tourne {{20 min}}. L'enquêtrice appelle le service, le dossier est reporté. Elle me dit que ça arrive {{1 fois sur 10}}. Retour au bureau, café.",
    ),
]

NOTES_2 = [
    (
        "urgences",
        AP,
        "Arrivée ambulance {{15h20}}, dame de l'{{EHPAD Les Cèdres}} à {{Balma}}. Fiche de liaison agrafée : Mme [[PERSONNE:SOULIÉ Marguerite]], DDN [[DATE_NAISSANCE:02/11/1934]], mutuelle {{Harmonie}} n° [[IDENTIFIANT:004587211]], médecin traitant Dr [[PERSONNE:Benkirane]]. L'agente des admissions tape tout pendant que l'ambulancier attend sa signature, il a {{3 autres courses}} derrière. Elle me dit « les fiches de liaison c'est {{50 %}} de mon boulot ».",
    ),
    (
        "caf",
        CSP,
        "Débrief de fin de journée au bureau des contrôleurs. [[PERSONNE:Leïla]] raconte à [[PERSONNE:Jean-Marc]] son contrôle à {{Montauban}} : signalement pour vie maritale chez M. [[PERSONNE:Haddad]], « en fait la dame c'est sa soeur, j'ai vu les 2 chambres, les 2 brosses à dents, c'est bon ». Le signalement parlait d'une {{Clio}} grise [[IMMATRICULATION:GB-571-WK]] « toujours garée devant » : c'est la voiture de la soeur. [[PERSONNE:Jean-Marc]] : « les lettres anonymes, {{1 sur 2}} c'est un voisin fâché ». Ils rient, un peu jaune.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Mathieu]], conseiller depuis {{2011}}, m'explique l'entretien d'inscription : « d'abord l'identité et les diplômes, après seulement le projet ». En face, M. [[PERSONNE:Yılmaz]], maçon, {{52 ans}}, dos cassé. Nouvel identifiant : [[ID_FRANCE_TRAVAIL:721 4058 W]]. Mail : [[EMAIL:ahmet.yilmaz.81@hotmail.fr]]. [[PERSONNE:Mathieu]] lui dit « on va pas vous envoyer en formation informatique, promis » et le monsieur rit pour la 1re fois.",
    ),
    (
        "cpam",
        AT,
        "Une assurée appelle pour une attestation de droits. Numéro de sécu : « [[NIR:263079935211864]] ». Date de naissance : « le [[DATE_NAISSANCE:14 juillet 1963]], comme la fête nationale ». Née à {{Oran}}. L'agent propose de l'envoyer sur {{Ameli}}, elle dit « j'ai pas de compte, ma fille s'occupe de tout ». Envoi par courrier, {{5 jours}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite à domicile, appartement éclaté du {{CHRS}}, [[ADRESSE:6 rue Léon Cladel, 82000 Montauban]]. Dans la voiture, [[PERSONNE:Aurore]] briefe [[PERSONNE:Nico]] qui reprend le suivi la semaine prochaine : « la famille [[PERSONNE:Hakobyan]], le père parle pas français, la grande de {{15 ans}} traduit tout, faut arrêter de lui faire traduire les trucs durs ». Sur place café arménien, on parle du collège de la grande. [[PERSONNE:Nico]] demande les papiers de la {{préfecture}} : récépissé expiré la semaine dernière.",
    ),
    (
        "caf",
        AP,
        "Les {{3 bornes}} du hall : 2 en panne. Un jeune en service civique aide les gens à scanner leurs papiers, il me dit qu'il fait ça {{25 fois}} par matinée. Une dame âgée : « je sais pas faire avec le doigt ». Il fait à sa place, elle le bénit.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une fille pour la téléassistance de sa mère, Mme [[PERSONNE:Lafon]], {{91 ans}}, [[ADRESSE:3 place de l'Église, 31600 Muret]]. Elle-même vit à {{Paris}}, pourra pas descendre avant {{Noël}}. L'agente prend son mail : [[EMAIL:fabienne.lafon@orange.fr]]. Devis {{Présence Verte}} envoyé dans la foulée. Elle dit merci {{6 fois}}.",
    ),
    (
        "urgences",
        AP,
        "Pause de {{3h du mat}}. [[PERSONNE:Yannick]], infirmier de nuit, lit {{La Dépêche}} sur son tel : encore un article sur les urgences de {{Purpan}}. [[PERSONNE:Soraya]] rappelle que la cadre, Mme [[PERSONNE:Dalmasso]], veut pas qu'on parle aux journalistes. [[PERSONNE:Yannick]] : « t'inquiète, c'est pas un journaliste, c'est un préfet » (moi). Gros rire. Je corrige : sous-préfet.",
    ),
    (
        "france_travail",
        AT,
        "Script d'accueil affiché au-dessus de chaque poste : « Bonjour, {{France Travail}}, [prénom] à votre écoute ». Ils disent leur prénom, jamais leur nom. Entre 2 appels ils ont {{30 secondes}} de post-appel. Le bandeau en haut de l'écran : {{14 appels}} en attente, temps moyen {{6 min}}.",
    ),
    (
        "cpam",
        CSP,
        "Enquête de terrain avec le service fraude : assuré en arrêt maladie depuis {{4 mois}}, soupçonné de travailler au {{marché Victor Hugo}}. On passe devant chez lui, [[ADRESSE:22 avenue Frédéric Estèbe, 31200 Toulouse]] : camionnette blanche [[IMMATRICULATION:CX-118-PD]] avec écrit « Primeurs {{Ferreira & Fils}} ». L'enquêteur, [[PERSONNE:Didier]], prend une photo. Je demande si c'est légal, il dit oui, la voie publique. M. [[PERSONNE:Ferreira]] sort, on discute {{10 min}}, il dit que c'est son fils qui tient le stand.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Jocelyne]] m'explique la domiciliation : « sans adresse t'as rien, pas de {{RSA}}, pas de {{C2S}}, pas de banque ». Elle remet à un monsieur son attestation n° [[IDENTIFIANT:DOM-2025-0318]], au nom de [[PERSONNE:Bertrand Lemoine]]. Il passe chercher son courrier tous les {{lundis}}. {{214 personnes}} domiciliées ici, elle les connait presque toutes par leur prénom.",
    ),
    (
        "chrs",
        AP,
        "Salle des éducs, {{13h}}. Gâteau au chocolat dans le frigo : c'est l'anniversaire de [[PERSONNE:Moussa]], résident depuis {{2 ans}}, né un [[DATE_NAISSANCE:17 mars]] « comme moi » dit [[PERSONNE:Camille]]. [[PERSONNE:Thomas]] râle parce qu'on fête pas ceux de tout le monde. Débat de {{15 min}} sur l'équité. Finalement on le fête quand même à {{16h}}.",
    ),
    (
        "caf",
        AT,
        "Un monsieur veut changer son RIB par téléphone et dicte l'IBAN d'une traite : [[IBAN:FR76 3000 3021 1000 0504 7331 580]]. L'agente l'arrête : « je peux pas le changer au tel, faut passer par votre espace ou envoyer un justificatif ». Il épelle son nom pour qu'elle retrouve quand même le dossier : [[PERSONNE:K-O-W-A-L-S-K-I]], n° alloc [[N_ALLOCATAIRE:6023318]]. Elle voit qu'il a changé {{3 fois}} de RIB cette année et devient prudente.",
    ),
    (
        "urgences",
        AT,
        "Appel : « c'est combien d'attente en ce moment ? » L'agente répond qu'elle peut pas dire, et qu'il faut faire le {{15}} si c'est grave. La dame insiste, raccroche. {{4 appels}} du même genre en {{1h}}. L'agente me dit que l'hôpital affichait les temps d'attente sur internet avant, « ça a créé des bouchons ».",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'un monsieur soudanais avec interprète {{ISM}} au téléphone. Titre de séjour : [[IDENTIFIANT:3102548796]]. Nom : [[PERSONNE:ADAM Abdelrahman]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:8830417M]]. La conseillère, [[PERSONNE:Julie]], parle lentement, l'interprète reformule. {{45 min}} pour une inscription qui en prend {{20}} d'habitude. Il était ingénieur à {{Khartoum}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{RSA}} au camping avec [[PERSONNE:Bernadette]] ({{30 ans}} de contrôle, elle connait tout le monde). M. [[PERSONNE:Reyes]] vit à l'année au [[ADRESSE:camping Le Moulin, emplacement 14, Portet-sur-Garonne]]. Mobil-home propre, poêle à bois. Sa voiture a des plaques espagnoles : [[IMMATRICULATION:4821 KLM]], « c'est mon cousin de {{Lérida}} qui me l'a vendue ». [[PERSONNE:Bernadette]] lui explique qu'il doit la réimmatriculer. Il offre le café, elle refuse gentiment (« on peut pas »).",
    ),
    (
        "cpam",
        AP,
        "Guichet {{AME}}. Un monsieur géorgien avec son passeport : [[IDENTIFIANT:18IK04521]], [[PERSONNE:BERIDZE Giorgi]]. Il apporte la preuve de présence depuis plus de {{3 mois}} : une facture de téléphone. L'agente me dit que le dossier part à l'instruction, {{2 mois}} de délai. Il demande s'il peut voir un médecin avant, elle lui donne l'adresse de la {{PASS}} de l'hôpital.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez M. [[PERSONNE:Gonzalez]], {{Diogène}} signalé par le bailleur {{Toulouse Métropole Habitat}}, [[ADRESSE:14 rue du Lot, 31500 Toulouse]]. On va pas plus loin que le couloir. Il parle de sa femme morte en {{2019}}. [[PERSONNE:Céline]], l'AS du {{CCAS}}, appelle devant lui sa mandataire {{UDAF}}, Mme [[PERSONNE:Rouquette]] : [[TELEPHONE:05 34 40 18 66]]. Rdv fixé pour un nettoyage avec une entreprise. Il dit juste « pas mes journaux ».",
    ),
    (
        "france_travail",
        AT,
        "Brief de {{8h25}} sur le plateau. [[PERSONNE:Stéphanie]] (manager) lit les consignes du jour sur {{Teams}} : panne du service d'actualisation prévue {{12h-14h}}, « vous dites aux gens de réessayer à partir de {{15h}} ». [[PERSONNE:Karim]] demande s'il y a un mail type. [[PERSONNE:Stéphanie]] : « non, improvisez avec amour ». [[PERSONNE:Paulo]] fait semblant de s'évanouir.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Mme [[PERSONNE:Diallo Kadiatou]] appelle avec 2 enfants, nés le [[DATE_NAISSANCE:08/06/2019]] et le [[DATE_NAISSANCE:30/01/2022]]. Elle dort dans la voiture d'une amie à {{Blagnac}}. L'écoutant note son portable : [[TELEPHONE:07 58 21 94 60]]. Rien ce soir, « je vous rappelle si une place se libère avant {{23h}} ». Il me dit qu'il rappelle toujours, même pour dire non.",
    ),
    (
        "urgences",
        AP,
        "[[PERSONNE:Élodie]], {{IOA}}, m'explique le tri : « 1 c'est déchocage, 5 c'est consult, le reste c'est des critères + du feeling ». Elle montre l'échelle {{FRENCH}} sur l'écran. Elle bosse en binôme avec [[PERSONNE:Nassim]] : il prend les constantes pendant qu'elle pose les questions. Le pire selon elle c'est les {{tri 3}} qui attendent {{6h}} et qui se dégradent sans bruit.",
    ),
    (
        "caf",
        AP,
        "Monsieur en colère, sa {{prime d'activité}} supprimée. L'agent, [[PERSONNE:Rachid]], reste calme, vérifie : n° alloc [[N_ALLOCATAIRE:1207845]], né le [[DATE_NAISSANCE:29/08/1990]]. Déclarations trimestrielles pas faites depuis {{avril}}. Il fait la déclaration avec lui, {{10 min}}. Le monsieur donne son nouveau portable : [[TELEPHONE:06 63 07 52 19]]. Il repart en disant « vous êtes le seul qui m'a expliqué ».",
    ),
    (
        "ccas",
        AP,
        "Queue pour la carte {{Tisséo}} gratuite (demandeurs d'emploi, {{RSA}}, {{+65 ans}}). {{11h}} : {{23 personnes}}. Une agente seule au guichet, l'autre en arrêt. Un papi fait des mots fléchés en attendant, il a fait la queue « pour rien » hier parce qu'il manquait un justificatif.",
    ),
    (
        "france_travail",
        AP,
        "Réunion de service mensuelle, {{14h-15h30}}. Le directeur d'agence, M. [[PERSONNE:Abitbol]], présente les chiffres de retour à l'emploi. Intervention de [[PERSONNE:Marie-Pierre Espinasse]] de {{Cap emploi}} sur les travailleurs handicapés. [[PERSONNE:Damien]] pose une question piège sur les moyens, silence. [[PERSONNE:Hawa]] me glisse : « chaque mois c'est la même question ». {{Loi plein emploi}} citée {{11 fois}} (j'ai compté).",
    ),
    (
        "cpam",
        AT,
        "Passage de consignes entre l'équipe du matin et celle d'aprèm. [[PERSONNE:Virginie]] à [[PERSONNE:Ousmane]] : « y a une dame à rappeler avant {{17h}}, Mme [[PERSONNE:Fernandes]], dossier invalidité, elle a laissé le [[TELEPHONE:0644187230]] et son mail c'est [[EMAIL:c.fernandes82 (at) free (dot) fr]] ». [[PERSONNE:Ousmane]] colle un post-it sur son écran. Pas d'outil commun pour ça, tout est sur post-it.",
    ),
    (
        "caf",
        AT,
        "Appel d'un étudiant : droit à l'{{APL}} pour une coloc à {{Rangueil}} ? Oui, chacun sur sa part de loyer. L'agente fait la simulation avec lui sur {{caf.fr}}. {{8 min}}. Il dit « stylé » en raccrochant.",
    ),
    (
        "chrs",
        AP,
        "Admission d'un nouveau résident orienté par le {{SIAO}} (réf. [[IDENTIFIANT:SIAO-31-118473]]). L'éduc, [[PERSONNE:Lucie]], remplit le dossier avec lui : [[PERSONNE:KEÏTA Bakary]], né le [[DATE_NAISSANCE:05/01/1987]] à {{Kayes}} ({{Mali}}), n° sécu [[NIR:1 87 01 99 335 064 85]], titre de séjour [[IDENTIFIANT:3109227451]]. {{Chambre 3}}, règlement lu ensemble, il signe. Sa seule question : où on peut charger le téléphone.",
    ),
    (
        "urgences",
        AP,
        "Annonce au micro de l'accueil, {{20h15}} : « le propriétaire du véhicule [[IMMATRICULATION:FS-226-HJ]] est prié de le déplacer, il bloque l'entrée des ambulances ». Répété 3 fois. L'agent de sécu finit par trouver le monsieur en salle d'attente avec sa femme. Il tournait depuis {{20 min}} pour se garer. Parking payant, {{4 €}} de l'heure.",
    ),
    (
        "france_travail",
        AP,
        "Dame auto-entrepreneuse (couture) qui veut cumuler {{ARE}} et activité. Elle montre son SIRET perso : [[IDENTIFIANT:832 154 900 00019]], et son RIB pro chez {{Qonto}} : [[IBAN:FR7616958000014912773308125]]. La conseillère, [[PERSONNE:Nadège]], lui dit de déclarer le chiffre d'affaires chaque mois même à 0. Elle avait pas compris, trop-perçu de {{1 200 €}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile, je note pas de noms (demandé par l'AS). Couple de retraités, maison à {{Cugnaux}}, chauffage coupé depuis {{octobre}}. Facture {{Engie}} de {{1 300 €}}. L'AS monte un dossier {{FSL}} énergie sur place. Le monsieur montre ses tomates, la dame pleure un peu. {{40 minutes}}.",
    ),
    (
        "cpam",
        CSP,
        "Dans la voiture entre 2 contrôles, [[PERSONNE:Didier]] et [[PERSONNE:Nathalie]] se partagent la tournée de demain : « je prends {{Muret}} et {{Seysses}}, tu prends {{Blagnac}} ? » Ils parlent de M. [[PERSONNE:Ribeiro]] « qui nous a ouvert en pyjama la dernière fois ». [[PERSONNE:Nathalie]] m'explique que le contrôle c'est {{2 %}} des arrêts, tirés au sort ou signalés.",
    ),
    (
        "caf",
        AP,
        "Tutorat avec [[PERSONNE:Sophie L]] (il y a 2 [[PERSONNE:Sophie]] dans l'équipe, l'autre c'est [[PERSONNE:Sophie R]]). Elle me montre l'outil de rdv : {{32 créneaux}} par jour, tout est pris jusqu'à {{vendredi}}. « Les gens viennent sans rdv, on les prend quand même, sinon ils reviennent plus ». [[PERSONNE:Sophie R]] passe derrière et dit « sauf le jeudi » en riant.",
    ),
    (
        "chrs",
        CSP,
        "Visite au {{foyer Adoma, chambre 8}}, chez M. [[PERSONNE:Benyoucef]], suivi par le {{CHRS}} hors les murs. {{9 m²}}, un lit, un réchaud interdit caché dessous. [[PERSONNE:Arnaud]], l'éduc, fait semblant de pas le voir. Ils parlent de sa demande de retraite : il a travaillé {{32 ans}} dans le BTP « mais les patrons déclaraient pas tout ».",
    ),
    (
        "france_travail",
        AT,
        "Identification au téléphone : identifiant [[ID_FRANCE_TRAVAIL:3395127H]], date de naissance [[DATE_NAISSANCE:19 novembre 1998]], code postal {{31400}}. La conseillère explique le refus de la formation {{CACES}}. La jeune femme demande à être rappelée par son conseiller référent, M. [[PERSONNE:Teyssier]]. Numéro : [[TELEPHONE:07 81 33 06 92]].",
    ),
    (
        "urgences",
        AT,
        "{{7h}}, relève au standard des urgences. [[PERSONNE:Josiane]] (nuit) à [[PERSONNE:Kévin]] : « 2 familles vont rappeler pour la dame de l'{{UHCD}}, IPP [[IDENTIFIANT:8001502274]], Mme [[PERSONNE:Estève]], la fille est gentille le fils moins ». [[PERSONNE:Kévin]] : « ok ». La relève a duré {{90 secondes}}.",
    ),
]

NOTES_3 = [
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Teixeira Manuel]], retraité du bâtiment, vient pour une carte {{Vitale}} qui marche plus. L'agente vérifie le NIR sur l'attestation : [[NIR:1 58 03 99 139 027 83]]. « Vous êtes né en [[DATE_NAISSANCE:mars 58]] à {{Braga}} ? » — « Braga, oui madame ». Photo refaite au photomaton du hall ({{5 €}}). Il parle de {{Benfica}} avec l'agent de sécu pendant l'attente.",
    ),
    (
        "france_travail",
        AT,
        "Séance « écoute qualité » : [[PERSONNE:Valérie]], la manager, réécoute avec [[PERSONNE:Jonathan]] un de ses appels enregistrés hier. Grille : accueil, reformulation, solution, conclusion. Il a {{14/20}}. Elle lui dit qu'il coupe la parole. [[PERSONNE:Jonathan]] : « mais sinon ils parlent {{10 minutes}} ! ». Elle : « oui, et ? ». Moment assez fort. Après il me dit que [[PERSONNE:Valérie]] est la meilleure manager qu'il a eue.",
    ),
    (
        "caf",
        CSP,
        "Contrôle au [[ADRESSE:9 rue de la Croix Verte, 81000 Albi]]. Mme [[PERSONNE:Carayon]], {{2 enfants}}, déclare ne pas toucher de pension alimentaire. Le contrôleur, [[PERSONNE:Pascal]], regarde les relevés du compte [[IBAN:FR76 1100 6000 2052 1478 9630 152]] : un virement de {{200 €}} tous les 5 du mois, libellé « P. ALIM [[PERSONNE:CARAYON J]] ». Elle dit que l'ex paye quand il veut. N° alloc [[N_ALLOCATAIRE:4471902]]. Mail pour le rapport : [[EMAIL:sandrine.carayon81@gmail.com]]. [[PERSONNE:Pascal]] : « c'est pas grave, on régularise, c'est pas une fraude ».",
    ),
    (
        "chrs",
        AP,
        "Transmissions {{14h}}. [[PERSONNE:Fanny]] à [[PERSONNE:Samuel]] : « M. [[PERSONNE:Ionescu]] a encore garé sa voiture sur la place handicapé, la roumaine, [[IMMATRICULATION:TM 08 RZV]], faut lui redire ; [[PERSONNE:Stella]] a son rdv {{CMP}} jeudi, faut l'accompagner ; et [[PERSONNE:Kader]] a ramené un chat ». [[PERSONNE:Samuel]] : « un chat ?? ». Le chat s'appelle {{Biscotte}}. Il reste, vote à main levée de l'équipe.",
    ),
    (
        "urgences",
        AP,
        "Samedi {{18h}}, 3 rugbymen d'un coup (match amateur à {{Fonsorbes}}). L'un d'eux, [[PERSONNE:Bastien Lacoste]], épaule déboitée, maillot du {{Stade Toulousain}}. Il donne le portable de sa copine pour qu'on la prévienne : [[TELEPHONE:06 29 84 17 55]]. L'agente : « et vous, votre numéro ? » — « dans mon sac, dans la voiture, à Fonsorbes ». Rires.",
    ),
    (
        "ccas",
        AT,
        "Appel pour l'inscription au registre canicule. L'agente pose les questions : vit seul ? plus de {{65 ans}} ? un voisin qui passe ? Elle remplit le formulaire en direct. {{12 inscriptions}} depuis ce matin, on est le {{24 juin}}. Le {{plan canicule}} est déclenché demain.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Rémi]] (accompagnement intensif jeunes) m'explique le {{CEJ}} : {{15 à 20 heures}} d'activité par semaine, allocation jusqu'à {{528 €}}. « Le plus dur c'est de les faire venir le lundi matin ». Un jeune arrive avec {{40 min}} de retard, identifiant [[ID_FRANCE_TRAVAIL:9062184Z]]. [[PERSONNE:Rémi]] le reçoit quand même, « mieux vaut tard ». Sa collègue [[PERSONNE:Océane]] lui lance depuis le bureau d'à côté : « t'es trop gentil ! ».",
    ),
    (
        "cpam",
        AT,
        "Un assuré appelle de {{Bastia}} (en vacances chez sa mère) pour un remboursement. Il donne son numéro : « [[NIR:1 71 10 2B 033 215 81]] ». Né en [[DATE_NAISSANCE:octobre 1971]]. L'agente me montre que le 2B c'est la {{Haute-Corse}}, « l'ordi l'accepte pas toujours ». Il rit : « même la sécu veut pas de nous ».",
    ),
    (
        "chrs",
        AT,
        "Nuit au {{115}}. Appel à {{1h12}} : monsieur âgé, voix cassée, il veut juste parler. L'écoutant reste {{11 minutes}}. Il parle de son chien mort, {{Pacha}}. Pas de demande d'hébergement. L'écoutant coche « écoute / soutien ». Il me dit : « celui-là il appelle tous les mardis, je le laisse parler ».",
    ),
    (
        "caf",
        AP,
        "Étudiante en BTS, première demande d'{{APL}}. Elle a créé son compte mais reçoit pas le code. L'agent, [[PERSONNE:Hugo]], vérifie le mail : [[EMAIL:lea.marchand2005@outlook.fr]], il y avait une faute, elle avait tapé « outlok ». Corrigé. N° alloc attribué : [[N_ALLOCATAIRE:7830561]]. « Voilà, vous êtes allocataire ! ». Elle prend l'écran en photo.",
    ),
    (
        "urgences",
        AP,
        "Relève du matin dans le vestiaire : [[PERSONNE:Laetitia]] montre les photos du mariage d'[[PERSONNE:Anthony]], le brancardier (« à {{Collioure}}, {{200 invités}} »). [[PERSONNE:Maud]] demande si le Dr [[PERSONNE:Pham]] était là, « oui, il a dansé ». Puis direct : « bon, le {{box 2}} a vomi toute la nuit, le {{box 4}} sort à midi ». Passage instantané de la fête au boulot.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV, {{6 participants}}. L'animatrice projette un CV modèle au nom de « [[PERSONNE:Jean Dupont]], {{35 ans}}, magasinier ». Un participant demande si on met la photo. Débat. Elle aide ensuite un monsieur à refaire son CV sur le site, identifiant [[ID_FRANCE_TRAVAIL:1157903F]], et lui fait supprimer « permis B en cours depuis {{2016}} ».",
    ),
    (
        "ccas",
        CSP,
        "Visite pour un dossier d'aide sociale à l'hébergement ({{ASH}}). Mme [[PERSONNE:Mazars Odette]], {{94 ans}}, encore chez elle au [[ADRESSE:2 chemin des Vignes, 31450 Montgiscard]], entrée en {{EHPAD}} prévue en {{mars}}. Son fils, M. [[PERSONNE:Mazars]], sort les papiers : RIB de sa mère [[IBAN:FR04 2004 1010 1611 8340 2S03 137]], avis d'imposition, retraite {{CARSAT}} de {{812 €}}. [[PERSONNE:Manon]], agente {{CCAS}}, explique l'obligation alimentaire, le fils devient {{blanc}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail à {{Albi}}, [[ADRESSE:15 avenue Gambetta, 81000 Albi]], {{3e étage}} sans ascenseur. Mme [[PERSONNE:Bouzid]] est là, en pyjama, lombalgie. L'agente, [[PERSONNE:Nathalie]], vérifie son identité sur l'arrêt : NIR [[NIR:2 81 09 81 004 143 27]]. Tout est en règle. On reste {{10 min}}, elle nous parle de son chef qui la harcèle. [[PERSONNE:Nathalie]] lui donne le numéro de l'inspection du travail.",
    ),
    (
        "caf",
        AT,
        "{{12h30}}, relève sur le plateau. [[PERSONNE:Murielle]] laisse à [[PERSONNE:Thibault]] 2 rappels : « le monsieur du dossier [[N_ALLOCATAIRE:2290374]] attend un courrier pour son indu, et Mme [[PERSONNE:Ouédraogo]] rappellera pour sa pension ». [[PERSONNE:Thibault]] : « [[PERSONNE:Ouédraogo]] avec un é ? ». Elle : « oui, accent aigu ». Ils mangent un sandwich en même temps.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus avec [[PERSONNE:Sabrina]] chez un couple sorti de la rue en {{2023}}, [[ADRESSE:4 allée des Tamaris, 31120 Portet-sur-Garonne]]. M. [[PERSONNE:Lefèvre]] a racheté une vieille {{Kangoo}}, [[IMMATRICULATION:DL-743-RS]], pour faire les marchés. [[PERSONNE:Sabrina]] vérifie l'assurance (« sans assurance tu perds tout »). Sa compagne, [[PERSONNE:Jess]], montre le potager sur le balcon. Ils veulent un chien, [[PERSONNE:Sabrina]] dit « pas encore ».",
    ),
    (
        "france_travail",
        AT,
        "Un DE appelle, son {{espace personnel}} est bloqué après 3 mauvais mots de passe. Identifiant : [[ID_FRANCE_TRAVAIL:2046619P]]. Le conseiller envoie le lien de réinitialisation, le monsieur dicte son mail : « [[EMAIL:fredo.bonnet point 31 chez yahoo point fr]] ». Le lien arrive pas. On attend {{2 min}}. Il était dans les spams. Le monsieur : « c'est quoi les spams ? ».",
    ),
    (
        "urgences",
        AT,
        "Appel du commissariat : est-ce que M. [[PERSONNE:Brahimi Sofiane]], né le [[DATE_NAISSANCE:11/04/2001]], a été admis cette nuit ? L'agente répond qu'il lui faut une réquisition écrite. Le policier envoie un fax (!) {{10 min}} après. En {{2025}}, on reçoit encore des fax.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{Cpam}}, {{9h}} : {{18 personnes}} dans la file, {{2 guichets}} ouverts sur 5. Le vigile distribue les tickets : A pour {{Vitale}}, B pour remboursements, C pour le reste. {{C042}} appelé à {{10h40}}. Une maman allaite sur les chaises. Pas de table à langer.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Régine]], instructrice aides facultatives, m'explique : « on donne jamais d'argent liquide, on paye la facture directement ». Exemple à l'écran : facture {{EDF}}, réf. client [[IDENTIFIANT:6002471385]], au nom de Mme [[PERSONNE:Pereira]], {{438 €}}. Passage en commission {{jeudi}}. La commission c'est elle, la directrice et un élu, « l'élu dit toujours oui ».",
    ),
    (
        "france_travail",
        AP,
        "Cantine de l'agence, {{12h15}}. On parle de [[PERSONNE:Christophe]], en arrêt depuis {{2 mois}} (burn-out, tout le monde le sait, personne le dit). [[PERSONNE:Aurélie]] a récupéré son portefeuille en plus du sien : {{640 DE}}. [[PERSONNE:Yacine]] : « on devrait faire une cagnotte pour [[PERSONNE:Christophe]] ». Sujet suivant : le foot, le {{TFC}} a perdu.",
    ),
    (
        "caf",
        CSP,
        "Contrôle « résidence » : un allocataire qui a travaillé {{2 ans}} en {{Belgique}} et touche toujours l'{{APL}}. [[ADRESSE:21 rue Pargaminières, 31000 Toulouse]]. M. [[PERSONNE:Janssens Pieter]] montre son relevé belge : [[IBAN:BE06 0634 4178 5222]], et sa voiture est encore immatriculée là-bas : [[IMMATRICULATION:1-KTV-384]]. Il jure qu'il est rentré en {{janvier}}. N° alloc [[N_ALLOCATAIRE:5518027]]. La contrôleuse, [[PERSONNE:Agnès]], demande les factures d'électricité françaises, il les a. OK.",
    ),
    (
        "chrs",
        AP,
        "Signature du contrat de séjour. [[PERSONNE:Leïla Mansouri]], {{23 ans}}, née le [[DATE_NAISSANCE:9 décembre 2001]], passée par l'{{ASE}}. L'éducatrice référente, [[PERSONNE:Pauline]], relit chaque article avec elle. Mail pour les convocs : [[EMAIL:leila.mansouri@gmail.com]]. Une seule question : « est-ce que mon copain peut venir ? ». Réponse : en journée oui.",
    ),
    (
        "urgences",
        AP,
        "Admission pédiatrique, la mère remplit avec l'agente : enfant [[PERSONNE:Noah Bertrand-Kaddour]], né le [[DATE_NAISSANCE:15/05/2021]], fièvre. Le père arrive en courant, donne son portable : [[TELEPHONE:+33 7 68 02 45 19]]. Ils ont pas la {{carte Vitale}}, l'agente dit « c'est pas grave, on verra après ».",
    ),
    (
        "caf",
        AP,
        "Matinée calme 😌 {{9h-10h}} : {{6 personnes}}. Une question sur la {{prime de naissance}}, 2 sur l'{{AAH}}, 3 « je comprends pas mon courrier ». L'agente lit les courriers à voix haute et les traduit en français normal. Elle me dit « on devrait écrire comme ça direct » 👍",
    ),
    (
        "france_travail",
        AT,
        "{{16h50}}, dernier appel avant la fermeture de la ligne. Une dame qui a essayé {{8 fois}} dans la journée. Le conseiller la garde {{15 min}} au-delà de l'heure. Il me dit « si je raccroche elle rappelle demain à {{8h30}} et c'est pire ».",
    ),
    (
        "cpam",
        AT,
        "Appel pour activer {{Mon espace santé}}. Mme [[PERSONNE:Lemaire]] a reçu un code par courrier mais son mail a changé. Nouveau mail : [[EMAIL:nathalie.lemaire@sfr.fr]]. L'agent peut pas le changer sans vérif, il demande sa date de naissance : [[DATE_NAISSANCE:1er août 1969]]. OK. Nouveau code envoyé.",
    ),
    (
        "ccas",
        AT,
        "Appel de l'assistante sociale de l'hôpital {{Purpan}}, Mme [[PERSONNE:Garrigues]], pour un monsieur qui sort demain et n'a plus de logement, M. [[PERSONNE:Sow]]. Elle donne sa ligne directe : [[TELEPHONE:05 61 77 34 08]]. L'agente {{CCAS}}, [[PERSONNE:Estelle]], va voir avec le {{SIAO}} mais « sans domiciliation on peut rien ». Elles se tutoient, elles se connaissent depuis {{10 ans}}.",
    ),
    (
        "chrs",
        AT,
        "Pause des écoutants du {{115}}, {{3h}}. [[PERSONNE:Malik]] et [[PERSONNE:Géraldine]] parlent des habitués : « [[PERSONNE:Le Prof]] a pas appelé ce soir, c'est pas normal ». [[PERSONNE:Géraldine]] m'explique : ancien prof de maths, à la rue depuis {{2018}}, appelle tous les soirs à {{22h}} pile. [[PERSONNE:Malik]] décide de l'appeler, sur le numéro qu'il a laissé un jour. Messagerie. Inquiétude dans la pièce.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Morel]], {{58 ans}}, vit dans sa voiture depuis {{3 semaines}}, une {{Peugeot 307}} immatriculée [[IMMATRICULATION:7314 VK 31]] (vieille plaque). Il vient mettre à jour son adresse : il a une domiciliation au {{CCAS}} maintenant. Identifiant [[ID_FRANCE_TRAVAIL:6480257D]]. La conseillère, [[PERSONNE:Agathe]], lui fait un café. Il dit « je me lave à la {{piscine Nakache}} ».",
    ),
    (
        "caf",
        AT,
        "Jeune femme qui a déménagé de {{La Réunion}} à {{Toulouse}}, transfert de dossier. L'agente demande : n° alloc [[N_ALLOCATAIRE:9041736]], numéro de sécu [[NIR:2 95 06 97 411 088 92]] (« le 97 c'est normal, c'est {{Saint-Denis}} »), date de naissance [[DATE_NAISSANCE:22/06/1995]]. Le dossier a pas suivi, la {{Caf}} de La Réunion l'a encore. « Comptez {{1 mois}} ». Elle soupire : « 1 mois sans {{APL}} ».",
    ),
    (
        "urgences",
        AP,
        "[[PERSONNE:Brigitte]], secrétaire des admissions depuis {{1998}}, m'explique : « l'IPP c'est la personne, à vie ; le numéro de séjour c'est la venue ». Elle me montre un habitué sur l'écran : IPP [[IDENTIFIANT:7900312845]], {{47 passages}} depuis {{2019}}. Séjour du jour : [[IDENTIFIANT:25041187]]. « Lui je connais sa date de naissance par coeur ». Elle la dit pas, heureusement.",
    ),
    (
        "cpam",
        AP,
        "Relève de {{13h30}} aux guichets. [[PERSONNE:Farida]] prévient [[PERSONNE:Jérôme]] : « M. [[PERSONNE:Chevalier]] va revenir avec son attestation employeur, il s'est énervé ce matin, il est pas méchant, il est perdu ». [[PERSONNE:Jérôme]] note le nom sur son cahier. [[PERSONNE:Farida]] part, revient {{10 secondes}} après : « et il entend mal, parle fort ».",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile après un incendie. Famille [[PERSONNE:Sivakumar]], {{4 enfants}}, relogée en urgence au [[ADRESSE:11 impasse Jean Moulin, appt 4, 31140 Aucamville]]. Le plus petit, [[PERSONNE:Aran]], né le [[DATE_NAISSANCE:2 février 2025]], dort dans un carton-berceau. [[PERSONNE:Karine]], agente {{CCAS}}, note les besoins : lits, vêtements, cartable. Elle appelle {{Emmaüs}} devant nous.",
    ),
    (
        "france_travail",
        AP,
        "Fin d'entretien. La conseillère donne sa carte : « [[PERSONNE:Marion Delcourt]], conseillère, [[EMAIL:marion.delcourt@francetravail.fr]] » et dit « écrivez-moi plutôt que d'appeler le {{3949}} ». Le jeune prend la carte en photo. Elle me dit qu'elle reçoit {{60 mails}} par jour à cause de ça, « mais au moins je sais qui c'est ».",
    ),
]

NOTES_4 = [
    (
        "caf",
        AP,
        "[[PERSONNE:Fabienne]] m'explique les indus sur un vrai dossier (elle tourne l'écran vers moi, hésite, puis le laisse). Écran : NOM [[PERSONNE:EL IDRISSI]] / Prénom [[PERSONNE:Hicham]] / NIR [[NIR:179049935021125]] / Alloc [[N_ALLOCATAIRE:3869204]]. Indu de {{2 340 €}} sur la {{prime d'activité}} parce qu'un contrat d'intérim a pas été déclaré. Plan de remboursement à {{60 €}} par mois. « Le plus dur c'est de leur dire que c'est légal ».",
    ),
    (
        "caf",
        AT,
        "Pause de {{10h30}} sur le balcon du plateau tel. 4 agents, 2 cigarettes, 1 vapoteuse. Sujets : l'absentéisme ({{12 %}} ce mois), la chaleur dans l'open space, la clim en panne depuis {{juillet}}. Une agente : « les gens au tel nous entendent transpirer ». On rentre à {{10h45}} pile, ils badgent.",
    ),
    (
        "caf",
        CSP,
        "Passation de secteur : [[PERSONNE:Bernadette]] part à la retraite, elle fait la tournée avec son remplaçant, [[PERSONNE:Yanis]], et moi. Dans la voiture elle commente chaque rue : « là c'est Mme [[PERSONNE:Da Silva]], [[ADRESSE:7 rue des Tilleuls, Portet-sur-Garonne]], elle te fera un gâteau, refuse ; plus loin M. [[PERSONNE:Capdevielle]], gentil mais il a un fusil au mur ». On croise une voiture : « tiens, [[IMMATRICULATION:GK-062-AX]], c'est le fils [[PERSONNE:Capdevielle]], il vit plus chez son père depuis {{2 ans}}, faudra vérifier ». [[PERSONNE:Yanis]] note tout, un peu effrayé.",
    ),
    (
        "ccas",
        AP,
        "Inscription pour le colis de {{Noël}} des aînés. M. [[PERSONNE:Ruiz Antonio]] : « je suis de [[DATE_NAISSANCE:40]], comme la guerre ». L'agente sourit, coche la case {{+ de 80 ans}}. Il demande s'il y aura encore du foie gras. « Non, du pâté cette année ». Il viendra quand même au repas des aînés à la {{salle des fêtes}}.",
    ),
    (
        "ccas",
        AT,
        "Une dame appelle en panique : commandement de payer de son bailleur. L'agente demande sa référence locataire : [[IDENTIFIANT:TMH-0047815-02]], chez {{Toulouse Métropole Habitat}}. Mme [[PERSONNE:Nkemdirim]] doit {{2 800 €}}. L'agente lui fixe un rdv avec la CESF, [[PERSONNE:Valentine]], demain {{14h}}, et note son portable : [[TELEPHONE:06 11 93 58 27]]. « Surtout venez, même si vous avez honte ».",
    ),
    (
        "ccas",
        CSP,
        "Visite budgétaire avec la {{CESF}}, [[PERSONNE:Valentine]], chez Mme [[PERSONNE:Nkemdirim]], [[ADRESSE:45 boulevard Déodat de Séverac, 31300 Toulouse]]. Tableau des dépenses sur la table de la cuisine. Abonnements en trop : 2 box internet, 1 salle de sport jamais utilisée. On sort le RIB pour le plan d'apurement : [[IBAN:FR76 1027 8022 4000 0205 9350 185]]. [[PERSONNE:Valentine]] lui dit « vous êtes pas nulle, c'est les prélèvements qui sont malins ».",
    ),
    (
        "chrs",
        AP,
        "Réunion clinique du {{jeudi}}, {{14h-16h}}, avec la psy, Mme [[PERSONNE:Azoulay]]. Situation présentée par [[PERSONNE:Thomas]] : [[PERSONNE:Mickaël]], {{41 ans}}, rechute alcool après {{6 mois}} d'abstinence. Exclusion temporaire ou pas ? La cheffe de service, [[PERSONNE:Nathalie Roux]], rappelle le règlement. [[PERSONNE:Camille]] : « si on l'exclut il meurt dehors ». Décision : pas d'exclusion, contrat d'engagement + rdv {{CSAPA}}.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Ahmadi Farid]], résident afghan, vient au bureau avec un courrier de la {{Caf}} qu'il comprend pas. L'éduc, [[PERSONNE:Pauline]], le lit : suspension du {{RSA}} pour déclaration manquante. N° alloc [[N_ALLOCATAIRE:1654390]]. Elle fait la déclaration avec lui sur son tel. Il remercie en dari puis en français.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{19h05}}. Une femme chuchote, elle est enfermée dans la salle de bain. Elle donne un prénom, [[PERSONNE:Sarah]], « c'est pas mon vrai ». L'écoutante, [[PERSONNE:Inès]], reste très calme, lui donne le {{3919}} et le {{17}}, propose une mise à l'abri ce soir. La femme donne un numéro où la rappeler, « seulement après {{22h}} » : [[TELEPHONE:07 45 60 81 23]]. Elle raccroche d'un coup. [[PERSONNE:Inès]] reste {{1 minute}} sans bouger.",
    ),
    (
        "chrs",
        AT,
        "Relève du matin au {{115}}, {{9h}}. [[PERSONNE:Ibrahim]] donne à [[PERSONNE:Corinne]] les situations de la nuit : « M. [[PERSONNE:Lopez]] a dormi à la halte de nuit, la famille [[PERSONNE:Kurbanov]] a une place à l'{{hôtel F1 de Labège, chambre 12}}, dossier {{SIAO}} [[IDENTIFIANT:31-2025-05102]], et la dame de {{Matabiau}} a pas rappelé ». [[PERSONNE:Corinne]] : « laquelle ? ». Ils rient jaune, il y en a 3.",
    ),
    (
        "chrs",
        AT,
        "Tableau du {{115}} au mur à {{20h}} : {{187 demandes}} aujourd'hui, {{41 orientations}}, 0 place femme seule. Un écoutant : « on pourrait enregistrer un disque, ‹ il n'y a pas de place ce soir ›, avec une voix douce ». Rires fatigués.",
    ),
    (
        "chrs",
        CSP,
        "Visite à l'hôtel avec la TS du {{CHRS}} : famille [[PERSONNE:Mukendi]], {{hôtel Première Classe, chambre 204}}, à {{Saint-Orens}}. {{5 personnes}} dans {{14 m²}}. Les jumeaux, nés en [[DATE_NAISSANCE:2018]], font leurs devoirs sur le lit. La TS, [[PERSONNE:Julie]], vérifie qu'ils vont à l'école : oui, {{1h10}} de bus. La mère demande quand ils auront un logement. [[PERSONNE:Julie]] dit la vérité : pas avant l'été.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus chez M. [[PERSONNE:Da Costa]], [[ADRESSE:19 rue Gaston Doumergue, bât. 2, 31200 Toulouse]]. L'éduc, [[PERSONNE:Fred]], remarque une voiture neuve en bas : [[IMMATRICULATION:bz-385-tf]]. « C'est à qui ? » — « à mon frère, il me la prête ». [[PERSONNE:Fred]] note le numéro du frère pour l'assurance : [[TELEPHONE:06-52-18-77-40]]. Il me dit après : « je le crois. Mais je note ».",
    ),
    (
        "cpam",
        AP,
        "Une maman vient rattacher son bébé à sa carte {{Vitale}}. Bébé né le [[DATE_NAISSANCE:4 mars 2025]] à la {{clinique Pasteur}}. L'agent prend l'acte de naissance et le NIR de la mère : [[NIR:2 92 11 31 555 307 84]]. Il tape, « c'est fait, le rattachement aux 2 parents c'est possible aussi ». Elle : « le papa est pas trop là ». Il passe à la suite sans commentaire.",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Nordine]], conseiller {{PFIDASS}}, m'explique son job : repérer ceux qui renoncent aux soins. Il travaille avec [[PERSONNE:Sandra]] de la {{MSA}} et une infirmière de {{Médecins du Monde}}. « Le renoncement c'est souvent les dents et les lunettes ». Il a {{120 dossiers}} ouverts. Il me montre son tableau {{Excel}} colorié, très fier.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une pharmacienne de {{Saint-Cyprien}}, Mme [[PERSONNE:Chabert]], pour un patient dont la carte passe pas. Elle lit le numéro : [[NIR:1 50 05 75 114 062 27]]. L'agent voit que les droits ont expiré fin {{mars}} ; le monsieur, retraité, né à {{Paris}}, a déménagé et son dossier a pas suivi. Il débloque provisoirement. Elle dit « vous êtes mon héros du jour ».",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, serveur vocal : « pour les remboursements tapez 1, pour les arrêts de travail tapez 2 ». {{60 %}} des gens tapent 2. Les agents voient pas le choix du menu, ils devinent à la première phrase. {{17 appels}} en {{1h30}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle au [[ADRESSE:lieu-dit Le Rouquet, 31470 Fontenilles]], ferme isolée. Chien qui aboie, on reste dans la voiture. M. [[PERSONNE:Barthe]] sort, en arrêt pour une épaule, il était... en train de fendre du bois. L'agent, [[PERSONNE:Didier]], note calmement, le monsieur s'explique : « c'est le bras gauche, l'arrêt c'est le droit ». Un tracteur et un pick-up [[IMMATRICULATION:HA-729-LM]] dans la cour. En repartant, [[PERSONNE:Didier]] soupire : « on fera passer le médecin-conseil ».",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Ribes Jérémy]], né le [[DATE_NAISSANCE:03/09/1996]], identifiant [[ID_FRANCE_TRAVAIL:5503918K]], change de banque : nouvel IBAN [[IBAN:FR33 3000 2005 5000 0015 7841 Z25]]. La conseillère lui dit de le saisir lui-même dans son espace, elle peut pas le faire. Il le fait devant elle, {{5 min}}. Mail de confirmation sur [[EMAIL:jeremy_ribes@hotmail.com]]. « Ah c'était facile ».",
    ),
    (
        "france_travail",
        AP,
        "Réunion d'équipe sur les sanctions. [[PERSONNE:Florence]] présente les nouvelles règles de la {{loi plein emploi}} : « suspension-remobilisation ». [[PERSONNE:Anthony]] : « en gros on coupe les vivres pour qu'ils reviennent ». [[PERSONNE:Florence]] : « c'est pas moi qui fais la loi ». [[PERSONNE:Inès]] raconte un cas sans dire le nom, « un monsieur qui avait juste perdu son tel ». Silence. Point suivant : les congés d'été.",
    ),
    (
        "france_travail",
        AP,
        "Mise en relation sur une offre : commis, {{Boulangerie Sarda}}, {{Castanet-Tolosan}}, {{offre n° 187XKTW}}. Le conseiller appelle le patron devant le candidat : « M. [[PERSONNE:Sarda]] ? j'ai quelqu'un pour vous ». Le candidat, {{19 ans}}, identifiant [[ID_FRANCE_TRAVAIL:7740265N]], a jamais travaillé la nuit. Essai demain {{4h du matin}}. Il dit « 4h ?? ».",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un DE qui est en {{Espagne}} pour enterrer son père. Il veut savoir si son allocation continue. Identifiant : [[ID_FRANCE_TRAVAIL:8127764C]]. Le conseiller explique : une absence de plus de {{7 jours}} se déclare. Le monsieur laisse un numéro espagnol : [[TELEPHONE:+34 655 218 930]]. Le conseiller dit « toutes mes condoléances » et il le pense, ça s'entend.",
    ),
    (
        "france_travail",
        AT,
        "[[PERSONNE:Lina]] me montre le système de rappel : chaque demande laissée au {{3949}} crée une tâche, {{48h}} pour rappeler. Elle en a {{23}} aujourd'hui. « Si [[PERSONNE:Patrice]] est malade, c'est moi qui prends les siennes ». Elle rappelle une dame, messagerie, elle laisse un message avec son prénom seulement. « Jamais le nom de famille, consigne de [[PERSONNE:Grégory]] ».",
    ),
    (
        "france_travail",
        AT,
        "Jeune de {{22 ans}} au tel, inscrit depuis {{1 mois}}, identifiant [[ID_FRANCE_TRAVAIL:2218406L]]. Il demande si on peut lui envoyer les offres sur {{Insta}}, son compte c'est [[IDENTIFIANT:@kylian.tls31]]. Le conseiller rit, explique que non, il y a l'appli. Le jeune : « personne utilise l'appli ». Le conseiller me regarde, l'air de dire « il a pas tort ».",
    ),
    (
        "urgences",
        AP,
        "M. [[PERSONNE:Lopez]], habitué, {{4e passage}} ce mois, ivre, tombé à {{Arnaud-Bernard}}. Tout le monde le connait, l'agente l'appelle « [[PERSONNE:Manolo]] » avec tendresse. Il demande un sandwich. Elle en a un dans un tiroir « pour lui ». L'{{IOA}} appelle le {{115}} pour la sortie.",
    ),
    (
        "urgences",
        AP,
        "Relève médicale de {{18h30}} devant le {{tableau blanc}}. Dr [[PERSONNE:Lefranc]] → Dr [[PERSONNE:Bakayoko]]. « {{Box 1}}, M. [[PERSONNE:Sanz]], AVC thrombolysé, neuro prévenue ; {{box 6}}, la jeune, IPP [[IDENTIFIANT:8001623389]], intox médicamenteuse, psy demain matin ; couloir : {{3 patients}} en attente de lit ». L'interne prend des notes sur son tel. {{8 minutes}}. Puis le Dr [[PERSONNE:Lefranc]] reste encore {{40 min}} « pour finir ses courriers ».",
    ),
    (
        "urgences",
        AP,
        "{{2h}} du matin. Salle d'attente : un SDF qui dort, un couple avec un ado plâtré, une femme enceinte. La télé passe un jeu en boucle. L'agent de sécu fait sa ronde toutes les {{30 min}}. Le distributeur de café est vide. ON DIRAIT UN AÉROPORT LA NUIT.",
    ),
    (
        "urgences",
        AT,
        "Appel de l'infirmière de l'{{EHPAD Korian Les Amandiers}} : un résident transféré cet aprèm, M. [[PERSONNE:Lagarrigue Henri]], né le [[DATE_NAISSANCE:17/10/1932]], elle veut savoir s'il rentre ce soir. L'agent transfère vers le box. Il me dit que les EHPAD appellent {{10 fois}} par jour, « ils ont pas de médecin le soir ».",
    ),
    (
        "ccas",
        CSP,
        "Visite d'évaluation pour un portage de repas. Mme [[PERSONNE:Hoarau]], réunionnaise, {{79 ans}}, [[ADRESSE:5 rue des Frênes, Fenouillet]]. Elle cuisine encore mais a peur du gaz. [[PERSONNE:Manon]] ({{CCAS}}) regarde le frigo, la pharmacie. La voisine, Mme [[PERSONNE:Colombo]], passe tous les jours, elle laisse son numéro : [[TELEPHONE:05 61 70 26 43]]. Mme [[PERSONNE:Hoarau]] nous offre des bonbons piment. Trop piquants.",
    ),
    (
        "caf",
        AP,
        "Monsieur en fauteuil, pour l'{{AAH}}. Il a la notification {{MDPH}}, n° de dossier [[IDENTIFIANT:MDPH31-2024-087715]], taux {{80 %}}. L'agente, [[PERSONNE:Corinne]], vérifie que la {{Caf}} l'a bien reçue. Non. Elle la scanne elle-même. Le guichet est trop haut pour lui, elle fait le tour et s'assoit à côté de lui. {{20 min}}.",
    ),
    (
        "caf",
        AT,
        "Appel : Mme [[PERSONNE:Traoré Kadidia]] veut une attestation de paiement pour sa banque. N° alloc [[N_ALLOCATAIRE:7306158]]. L'agente l'envoie par mail : [[EMAIL:k.traore@laposte.net]]. Elle vérifie : « [[PERSONNE:traoré]] sans accent dans le mail ? » — « oui ». {{3 min}}. Le plus court appel de la matinée.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez Mme [[PERSONNE:Fabre]], [[ADRESSE:12 rue Villeneuve, 81100 Castres]]. Née le [[DATE_NAISSANCE:18/12/1986]] à {{Castres}}, NIR [[NIR:2 86 12 81 065 041 42]], alloc [[N_ALLOCATAIRE:0612397]]. Le contrôleur, [[PERSONNE:Gilles]], vérifie le compte sur lequel l'{{ASF}} est versée : [[IBAN:FR76 1780 7000 1033 9214 5012 781]], à son nom seul. Le père des enfants vit à {{Mazamet}}, confirmé par le jugement. Contrôle conforme. « Les conformes on en parle jamais, c'est {{70 %}} des cas ».",
    ),
    (
        "ccas",
        AP,
        "Permanence juridique gratuite au {{CCAS}}, {{1er mardi du mois}}. Me [[PERSONNE:Aït-Ouarab]], avocate, reçoit une dame menacée d'expulsion. Elle lit le jugement : RG [[IDENTIFIANT:24/03718]]. L'agente d'accueil, [[PERSONNE:Sylvie]], m'explique qu'il faut prendre rdv {{3 semaines}} avant. « Me [[PERSONNE:Aït-Ouarab]] vient bénévolement depuis {{2015}}, on l'adore ».",
    ),
    (
        "caf",
        AT,
        "Brief d'équipe à {{13h55}} : [[PERSONNE:Delphine]], la manager, annonce la nouvelle consigne sur les rdv téléphoniques ({{20 min}} max). [[PERSONNE:Thibault]] : « et si la personne pleure ? ». [[PERSONNE:Delphine]] : « tu gères, tu mets une note ». [[PERSONNE:Murielle]] lève les yeux au ciel. {{5 min}} en tout, personne a posé la vraie question : combien on est ce mois-ci.",
    ),
    (
        "ccas",
        AT,
        "Appels sur les bons de chauffage : {{9 appels}} entre {{14h}} et {{15h}}. Toujours la même réponse : dossier à déposer au {{CCAS}} avec facture et avis d'imposition. L'agente a une fiche plastifiée à côté du tel. Un monsieur demande si le bois ça compte. Oui.",
    ),
]

NOTES_5 = [
    (
        "caf",
        AP,
        "Mon tuteur du jour préfère que je note pas son prénom, « on sait jamais avec les rapports ». {{22 ans}} de maison. Il m'explique qu'à l'accueil on calcule pas les droits, on oriente : rdv, borne, ou « le dossier qui brûle » → direct au technicien. Ce matin : {{3 dossiers qui brûlent}}, tous des {{RSA}} suspendus. Selon lui le mot le plus prononcé au guichet c'est « attestation ».",
    ),
    (
        "caf",
        AP,
        "Séparation. Madame vient seule, monsieur viendra demain « pour pas se croiser ». L'agente, [[PERSONNE:Anne-Sophie]], explique : le dossier commun [[N_ALLOCATAIRE:4025518]] reste à celui qui a les enfants, l'autre aura un nouveau numéro. Mme [[PERSONNE:Guerrero]] donne un nouveau mail : [[EMAIL:yasmina.guerrero@gmail.com]] (« l'ancien, il a le mot de passe »). [[PERSONNE:Anne-Sophie]] coche « adresse confidentielle ». Je comprends pourquoi.",
    ),
    (
        "caf",
        AP,
        "Salle de pause, micro-ondes, {{12h10}}. File de 5 agents avec leurs tupperwares. [[PERSONNE:Rachid]] raconte que son fils a eu son bac, [[PERSONNE:Fabienne]] demande la mention. [[PERSONNE:Hugo]], le plus jeune, va passer le concours de contrôleur, « comme [[PERSONNE:Thierry]] ». Tout le monde rit : « personne veut être comme [[PERSONNE:Thierry]] ». La responsable, Mme [[PERSONNE:Couderc]], arrive : on parle plus que de la pluie.",
    ),
    (
        "caf",
        AT,
        "Une dame appelle pour la {{prime de naissance}}, enceinte de {{7 mois}}, jamais eu de dossier. L'agent crée le dossier au tel : NIR [[NIR:2 84 03 99 322 057 29]] (née à {{Douala}}), date de naissance [[DATE_NAISSANCE:27 mars 1984]]. Numéro allocataire donné : [[N_ALLOCATAIRE:8154076]]. Il lui dit de bien le garder. Elle le répète à voix haute en l'écrivant.",
    ),
    (
        "caf",
        AT,
        "Coupure réseau sur le plateau de {{14h02}} à {{14h19}}. Les agents gardent le tel mais plus d'écran. Ils disent « je n'ai pas accès à votre dossier, pouvez-vous rappeler » {{11 fois}}. Une agente dessine des chats sur un post-it. Quand ça revient : applaudissements.",
    ),
    (
        "caf",
        CSP,
        "Au bureau des contrôleurs, [[PERSONNE:Leïla]] passe un dossier à [[PERSONNE:Gilles]] parce qu'elle part en formation : « alloc [[N_ALLOCATAIRE:2937461]], suspicion de résidence à l'étranger, la voiture est jamais là, une {{Dacia}} [[IMMATRICULATION:FW-903-BD]], le voisin dit qu'ils sont au {{Maroc}} depuis {{mars}} ». [[PERSONNE:Gilles]] : « je passe jeudi, vendredi et lundi ». Elle : « et tu regardes les volets ». Méthode de contrôleur, apprise en {{1998}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{RSA}} couple, [[ADRESSE:3 rue des Pyrénées, 31600 Muret]]. M. et Mme [[PERSONNE:Rodrigues]] : lui au chômage, elle ferait des heures non déclarées ? Le contrôleur, [[PERSONNE:Pascal]], regarde les relevés du compte [[IBAN:FR76 1313 5000 8008 7710 4523 371]] : dépôts d'espèces de {{150 €}}. Elle explique : des ménages chez une voisine âgée, « elle me donne en liquide ». [[PERSONNE:Pascal]] explique le {{CESU}}. Elle savait pas que ça existait.",
    ),
    (
        "ccas",
        AP,
        "Repas partagé des aînés au foyer-restaurant {{Les Glycines}}, {{12h}}. {{34 couverts}}. Les agents du {{CCAS}} servent. Menu : cassoulet (évidemment), une {{rose}} en papier sur chaque table. Une dame de {{96 ans}} chante « {{Ô Toulouse}} » de {{Nougaro}}, toute la salle reprend. Même moi.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Jocelyne]] m'explique que le {{CCAS}} instruit aussi des demandes de {{RSA}}. Démo avec un monsieur : [[PERSONNE:Ben Salah Mourad]], né le [[DATE_NAISSANCE:8 septembre 1975]] à {{Sfax}}, NIR [[NIR:1 75 09 99 351 133 58]]. Formulaire en ligne, il répond à tout. Ressources des {{3 derniers mois}} : zéro. Elle le regarde : « zéro zéro ? » — « j'ai vendu mon vélo, {{80 €}} ». Elle met 80.",
    ),
    (
        "ccas",
        AP,
        "Réunion d'équipe avec l'élue aux solidarités, Mme [[PERSONNE:Abadie]]. Ordre du jour : bilan du plan grand froid, budget {{2026}}. [[PERSONNE:Estelle]] demande un poste en plus, l'élue dit « on verra ». Le directeur, M. [[PERSONNE:Ferrand]], fait des slides. [[PERSONNE:Khadija]] me chuchote que « on verra » veut dire non. {{1h40}}.",
    ),
    (
        "ccas",
        AT,
        "Standard du {{CCAS}}, {{mercredi}}. Plein d'appels pour la cantine (tarifs sociaux) : c'est pas eux, c'est la mairie. L'agente redirige {{6 fois}} vers le {{service éducation}}. Elle me dit « les gens savent pas qui fait quoi, et franchement moi non plus parfois ».",
    ),
    (
        "ccas",
        AT,
        "Un fils appelle pour sa mère qui sort de l'hôpital, il veut l'aide ménagère en urgence. Mme [[PERSONNE:Wiśniewska Halina]], {{85 ans}}. Le fils, [[PERSONNE:Marek]], laisse son portable [[TELEPHONE:06 84 20 11 37]] et son mail [[EMAIL:marek.wisniewski@free.fr]]. L'agente explique que le délai normal c'est {{15 jours}}, elle va « voir ce qu'elle peut faire ». Elle raccroche et appelle directement le prestataire.",
    ),
    (
        "ccas",
        CSP,
        "Visite pour une téléassistance. M. [[PERSONNE:Chapelle]], {{82 ans}}, [[ADRESSE:1 bis chemin du Pigeonnier, 31830 Plaisance-du-Touch]]. Tombé 2 fois ce mois. [[PERSONNE:Manon]] installe le boîtier avec le technicien de {{Présence Verte}}. Il faut 2 contacts : sa fille à {{Bordeaux}} et le voisin, M. [[PERSONNE:Py]]. M. [[PERSONNE:Chapelle]] teste le bouton, la plateforme répond en {{30 secondes}}. Il est ravi, il veut rappeler pour discuter.",
    ),
    (
        "chrs",
        AP,
        "Dîner au {{CHRS}}, {{19h}}. {{28 résidents}}. Les éducs mangent avec eux, c'est la règle. À table : le foot, le prix des clopes, un concours de pompes demain. Un résident fait la vaisselle sans qu'on lui demande. L'éduc me dit « il y a {{6 mois}} il parlait à personne ».",
    ),
    (
        "chrs",
        AP,
        "Salle des éducs après la réunion. [[PERSONNE:Camille]] et [[PERSONNE:Arnaud]] parlent du nouveau directeur de l'asso, M. [[PERSONNE:Pélissier]] : « il vient du privé, il parle de {{KPI}} ». [[PERSONNE:Arnaud]] : « moi mon KPI c'est que [[PERSONNE:Moussa]] se lève avant midi ». [[PERSONNE:Lucie]] défend le directeur, « il a obtenu {{12 places}} en plus ». Débat pas fini, le café si.",
    ),
    (
        "chrs",
        AP,
        "Renouvellement de carte d'identité pour un résident : l'éduc, [[PERSONNE:Margot]], prend rdv en mairie de {{Colomiers}} ({{3 mois}} d'attente à {{Toulouse}}). Elle recopie le numéro de l'ancienne carte : [[IDENTIFIANT:140731100846]], au nom de [[PERSONNE:Marchetti Lorenzo]], né le [[DATE_NAISSANCE:24/07/1983]] à {{Ajaccio}}. Il a perdu l'original, juste une photocopie. « Ça passe », dit [[PERSONNE:Margot]], « avec une déclaration de perte ».",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Un monsieur dort dans sa voiture avec sa femme sur le parking du {{Zénith}}, il demande une place couple. L'écoutant, [[PERSONNE:Malik]], note le véhicule, [[IMMATRICULATION:EY 617 HP]], pour que la maraude les trouve. Numéro : [[TELEPHONE:07 62 09 45 18]]. La maraude passera vers {{23h}} avec des couvertures. Pas de place couple avant la semaine prochaine.",
    ),
    (
        "chrs",
        AT,
        "Formation des nouveaux écoutants du {{115}}, {{2 jours}}. Aujourd'hui : jeux de rôle, l'un joue l'appelant en colère, l'autre répond. La formatrice coupe : « tu as dit ‹ calmez-vous ›, on dit jamais ça ». Au tableau, les phrases interdites : « calmez-vous », « je comprends », « c'est pas possible ». Je les note pour moi.",
    ),
    (
        "chrs",
        CSP,
        "Visite hors les murs, famille installée sur l'[[ADRESSE:aire d'accueil de Ginestous, place 12]]. L'éduc, [[PERSONNE:Nico]], suit le père, M. [[PERSONNE:Winterstein]], pour sa demande de logement. Caravane nickel, une vieille {{Peugeot 505}} immatriculée [[IMMATRICULATION:832 ACF 31]]. Les enfants montrent leurs cahiers. La mère veut « une maison avec un jardin, pas un appartement ». [[PERSONNE:Nico]] dit que c'est compliqué. Elle : « tout est compliqué ».",
    ),
    (
        "chrs",
        CSP,
        "Visite prévue à {{10h}} dans un appart en diffus à {{Empalot}}. Personne. Porte fermée, volets fermés. L'éduc glisse un mot sous la porte, appelle le portable : messagerie. Elle reste {{15 min}} dans la voiture, inquiète, puis appelle le chef de service. Protocole : on repasse ce soir, si rien on appelle les pompiers. (J'apprendrai le soir qu'il était chez sa copine.)",
    ),
    (
        "cpam",
        AP,
        "Demande de carte européenne ({{CEAM}}) pour un voyage au {{Portugal}}. M. [[PERSONNE:Carvalho]], {{71 ans}}, voudrait l'avoir sous {{15 jours}}. L'agent propose un certificat provisoire. Mail pour l'envoi : [[EMAIL:jose.carvalho@orange.fr]]. Il demande si « là-bas » ça marche à l'hôpital. Oui. Il est rassuré, sa femme est cardiaque.",
    ),
    (
        "cpam",
        AP,
        "Le point numérique de l'accueil : {{2 ordinateurs}}, 1 imprimante, une volontaire en service civique. Entre {{9h}} et {{11h}}, elle aide {{7 personnes}} à créer leur compte {{Ameli}}. Blocage n°1 : l'adresse mail (« j'en ai pas », « c'est ma fille qui l'a »). Blocage n°2 : le code envoyé par SMS sur un téléphone sans crédit.",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Farida]] m'explique l'accueil sur rdv : {{20 min}} par personne, dossier préparé avant. Le rdv de {{11h}} : Mme [[PERSONNE:Lubin]], née le [[DATE_NAISSANCE:06/01/1969]] à {{Pointe-à-Pitre}}, NIR [[NIR:2 69 01 97 120 402 02]], demande de pension d'invalidité. « Elle est arrivée de {{Guadeloupe}} l'an dernier, une partie du dossier est encore là-bas ». [[PERSONNE:Jérôme]] passe la tête : « [[PERSONNE:Farida]], ton 11h est là ».",
    ),
    (
        "cpam",
        AT,
        "Un monsieur a pas reçu ses remboursements depuis {{3 mois}}. L'agent vérifie : le RIB enregistré est celui d'un compte fermé. Le monsieur dicte le nouveau : [[IBAN:FR76 3000 4008 2200 0109 9423 748]]. L'agent explique qu'il faut l'envoyer par la messagerie {{Ameli}} avec le justificatif. M. [[PERSONNE:Zerrouki]] soupire : « au téléphone ça va pas ? ». Non. Il demande à parler à un chef.",
    ),
    (
        "cpam",
        AT,
        "Réunion de plateau, {{vendredi 16h}}. [[PERSONNE:Sandrine]], la responsable, félicite l'équipe : taux de décroché {{81 %}}. [[PERSONNE:Ousmane]] propose de lister les questions qui reviennent pour faire une {{FAQ}}. [[PERSONNE:Virginie]] dit que la FAQ existe déjà, personne la lit. [[PERSONNE:Sandrine]] note quand même. Gâteau pour le départ d'[[PERSONNE:Agnès]], {{27 ans}} de {{Cpam}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt maladie à {{Montauban}}, [[ADRESSE:28 faubourg Lacapelle, 82000 Montauban]]. M. [[PERSONNE:Delmas]], né à Montauban en [[DATE_NAISSANCE:août 1966]], NIR [[NIR:1 66 08 82 121 018 03]]. Il ouvre en béquilles, genou. Tout est OK. L'agente, [[PERSONNE:Nathalie]], vérifie l'adresse sur l'arrêt : le médecin avait mis « [[ADRESSE:faubourg Lacapelle]] » sans le numéro. Il nous offre un café, on accepte ({{5 min}}), il parle de rugby.",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'une jeune diplômée, master à {{Toulouse Capitole}}, {{24 ans}}. [[PERSONNE:Pham Thi Thu]], identifiant [[ID_FRANCE_TRAVAIL:4419086S]], mail [[EMAIL:thu.pham.pro@gmail.com]]. Le conseiller, [[PERSONNE:Damien]], lui parle de l'{{APEC}}. Elle a déjà envoyé {{80 candidatures}}. Il propose un atelier réseau. Elle : « le réseau j'en ai pas, mes parents sont arrivés en {{2001}} ».",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Cécile]], conseillère entreprise, m'explique son métier : démarcher les employeurs. Elle appelle devant moi le responsable RH de {{Latécoère}}, M. [[PERSONNE:Guiraud]], pour une {{POEI}} de {{12 postes}}. Elle note son portable : [[TELEPHONE:06 48 73 20 51]]. « Avec lui faut appeler avant {{9h}} ». Elle a {{140 entreprises}} dans son portefeuille.",
    ),
    (
        "france_travail",
        AP,
        "Atelier numérique {{10h-12h}} : {{5 personnes}} inscrites, 3 présentes. Thème : postuler en ligne. Un monsieur de {{60 ans}} sait pas faire un copier-coller. L'animateur passe {{20 minutes}} avec lui. À la fin il a envoyé sa première candidature. Il serre la main de tout le monde.",
    ),
    (
        "france_travail",
        AT,
        "Appel : allocation pas reçue. Identifiant [[ID_FRANCE_TRAVAIL:9350278B]]. Le conseiller voit le paiement parti le {{28}}, sur [[IBAN:FR76 4061 8800 5400 0402 1987 771]]. Le monsieur : « c'est pas mon compte ça ! ». Vérif : c'est son ancien compte {{Boursorama}}, fermé. Le virement va revenir sous {{10 jours}}. Il jure. Le conseiller baisse le son du casque.",
    ),
    (
        "france_travail",
        AT,
        "Pause de {{15h}} dans la cuisine du plateau. [[PERSONNE:Karim]] et [[PERSONNE:Paulo]] parlent du mariage de la soeur de [[PERSONNE:Lina]], [[PERSONNE:Stéphanie]] arrive avec des chouquettes. Retour sur les appels du matin : « t'as eu le monsieur qui veut parler à {{Macron}} ? ». Tout le monde l'a eu. Il appelle tous les jours.",
    ),
    (
        "urgences",
        AP,
        "Touristes néerlandais, vélo, chute à {{Ramonville}}. Le mari a le passeport de sa femme : [[IDENTIFIANT:NXK4R1P37]], [[PERSONNE:VAN DER BERG Anouk]]. Voiture garée devant, plaque jaune [[IMMATRICULATION:67-TZK-9]]. Portable : [[TELEPHONE:+31 6 2847 1936]]. L'agente parle très bien anglais, elle a vécu à {{Dublin}}. Elle me dit « l'anglais c'est {{1 patient sur 20}} l'été ».",
    ),
    (
        "urgences",
        AP,
        "Relève de {{6h45}} entre infirmières. [[PERSONNE:Soraya]] (nuit) à [[PERSONNE:Clarisse]] (jour), au pied des brancards du couloir : « lui c'est M. [[PERSONNE:Hadjadj]], il attend la cardio depuis {{3h}} ; elle, Mme [[PERSONNE:Marquès]], IPP [[IDENTIFIANT:8001677105]], confuse, sa fille vient à {{10h}} ; et le petit jeune du {{box 9}} a fugué à {{4h}}, on a prévenu ». [[PERSONNE:Clarisse]] : « fugué ? ». [[PERSONNE:Soraya]] : « avec sa perf ».",
    ),
    (
        "urgences",
        AP,
        "Le {{lundi}} c'est « le jour des médecins traitants fermés ». Entre {{8h}} et {{12h}} : {{47 entrées}}, dont beaucoup auraient pu aller en ville. L'{{IOA}} juge pas : « s'ils sont là c'est qu'ils ont trouvé personne ». Une affiche donne le numéro de la {{maison médicale de garde}}.",
    ),
    (
        "urgences",
        AT,
        "Une mère appelle, son fils a été amené par des copains après une soirée. « [[PERSONNE:Enzo Marty]], né le [[DATE_NAISSANCE:12 janvier 2007]] ». L'agente confirme qu'il est là, « il va bien, il dort ». La mère laisse son numéro pour être rappelée : [[TELEPHONE:0675439812]]. Elle pleure de soulagement. L'agente me dit « les mamans de {{4h du mat}}, c'est les plus dures ».",
    ),
]

NOTES_6 = [
    (
        "caf",
        AP,
        "Retraité italien, M. [[PERSONNE:Bianchi Sergio]], {{72 ans}}, première demande d'{{APL}} depuis la mort de sa femme. L'agente, [[PERSONNE:Corinne]], fait tout avec lui : NIR [[NIR:1 53 06 99 127 044 40]], né à {{Turin}} en [[DATE_NAISSANCE:juin 53]], RIB [[IBAN:FR76 1310 6005 0020 0198 7354 193]]. Il a gardé le bail au nom des deux. « Il faut le changer ? ». Elle dit pas tout de suite. Il dit « grazie » {{4 fois}}.",
    ),
    (
        "caf",
        AP,
        "Discussion avec l'agent de sécurité (société {{Securitas}}) à l'entrée, {{6 ans}} ici. Il connait les habitués, il sait qui va s'énerver. « Les jours de versement, le 5, c'est calme. C'est le 3 et le 4 qui sont chauds, quand ça arrive pas ». Il a jamais eu besoin d'appeler la police. Il fait aussi le traducteur en wolof.",
    ),
    (
        "caf",
        AT,
        "Double écoute avec [[PERSONNE:Murielle]], {{19 ans}} de tel. Elle a un rituel : elle se lève pour les appels difficiles, « debout on a plus d'autorité, même au tel ». Son modèle c'était une ancienne, [[PERSONNE:Josette]], « elle savait dire non avec le sourire ». Entre 2 appels elle m'apprend les codes : {{FD}} = fin de droits, {{NPAI}} = courrier revenu. [[PERSONNE:Thibault]] lui demande une agrafeuse, elle lui lance.",
    ),
    (
        "caf",
        AT,
        "Appel de Mme [[PERSONNE:Hamidou]], qui a déménagé sans prévenir. L'agent demande le numéro : « [[N_ALLOCATAIRE:6 48 32 05]] ». Il faut un justificatif de la nouvelle adresse. Elle propose de l'envoyer par mail, elle dicte « [[EMAIL:rokia.hamidou [at] gmail.com]] ». L'agent explique qu'il faut passer par l'espace perso. Elle : « j'ai perdu le mot de passe ». Spirale.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Nowak]], [[ADRESSE:6 rue du Printemps, résidence Les Acacias, appt 12, 31770 Colomiers]]. Déclaré seul. Le contrôleur, [[PERSONNE:Jean-Marc]], remarque 2 manteaux, 2 paires de chaussures. « C'est ma copine, elle vient le week-end ». Dossier alloc [[N_ALLOCATAIRE:3390581]]. Sur le parking, la voiture de la copine : [[IMMATRICULATION:GD-258-PW]]. [[PERSONNE:Jean-Marc]] note l'heure, la date. Après : « le week-end c'est pas une vie maritale, mais faut que ce soit vrai ».",
    ),
    (
        "caf",
        CSP,
        "Retour au bureau après 3 contrôles. Ce que je retiens : les contrôleurs parlent beaucoup de « faisceau d'indices », jamais de « preuve ». Ils ont un guide de {{140 pages}}. Notes manuscrites sur place, rapport tapé le soir ({{1h}} par contrôle). Sur les 3 de la matinée : 2 conformes, 1 « à approfondir ».",
    ),
    (
        "ccas",
        AP,
        "Un jeune de {{20 ans}} demande la bourse au permis de la ville ({{500 €}} contre {{35 heures}} de bénévolat). Il montre son attestation {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:7024519X]]. L'agente, [[PERSONNE:Sylvie]], lui donne la liste des assos partenaires. Il choisit le {{Secours populaire}} « parce que ma mère y allait ».",
    ),
    (
        "ccas",
        AP,
        "Fin de matinée au {{CCAS}} : {{19 passages}} au guichet. Motifs : 7 aides alimentaires, 4 domiciliations, 3 dossiers {{APA}}, 2 logement, 3 « juste une question ». L'agente compte avec des bâtons sur un papier. « Le logiciel compte aussi mais je lui fais pas confiance ».",
    ),
    (
        "ccas",
        AP,
        "Pause de {{10h}}. [[PERSONNE:Régine]] et [[PERSONNE:Jocelyne]] parlent du cabinet du maire qui a appelé pour « un cas particulier » (une connaissance d'un élu). [[PERSONNE:Régine]] : « on traite comme tout le monde ». [[PERSONNE:Jocelyne]] : « oui, mais plus vite ». Rires. Puis on parle de la kermesse de l'école de la fille de [[PERSONNE:Jocelyne]].",
    ),
    (
        "ccas",
        AT,
        "M. [[PERSONNE:Bonnafous]] appelle : il est « de [[DATE_NAISSANCE:1937]] », il a reçu une lettre pour le registre des personnes vulnérables, il veut s'inscrire. L'agente note : [[ADRESSE:9 avenue de Lardenne, 31100 Toulouse]], vit seul, pas de famille proche. Elle demande s'il a quelqu'un à appeler en cas de problème. Silence. « Le pharmacien ». Elle note le pharmacien.",
    ),
    (
        "ccas",
        AT,
        "Ligne du {{CCAS}} saturée de {{9h}} à {{9h30}} : une seule agente au tel. Elle laisse sonner le temps de finir chaque appel. {{4 appels}} perdus. Elle me dit que la 2e ligne est « en option » dans le contrat télécom, pas payée.",
    ),
    (
        "ccas",
        CSP,
        "Visite après signalement d'un voisin : Mme [[PERSONNE:Gutiérrez Pilar]], {{87 ans}}, vit seule, plus sortie depuis une semaine. Elle ouvre, tout va bien, un rhume. [[PERSONNE:Céline]] en profite pour lancer un dossier {{APA}} : NIR [[NIR:2 38 02 99 134 009 01]] (née en {{Espagne}}, arrivée en {{1962}}). Elle nous montre des photos de {{Valence}}. Le voisin, M. [[PERSONNE:Laporte]], passe la tête : « je m'inquiétais, c'est tout ».",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Lucie]] aide un résident à ouvrir un compte {{Nickel}} au tabac d'en face, la banque a refusé. {{20 €}}. Retour au {{CHRS}} avec le RIB imprimé : [[IBAN:FR76 1659 8000 0140 0008 7235 659]], au nom de [[PERSONNE:Diop Abdoulaye]]. Elle l'envoie tout de suite à la {{Caf}}. Il regarde la carte bancaire longtemps : « ma première ».",
    ),
    (
        "chrs",
        AP,
        "Synthèse partenariale sur [[PERSONNE:Kevin]], sorti de détention il y a {{2 mois}}. Présents : [[PERSONNE:Aïcha]] (cheffe d'équipe), la CPIP du {{SPIP}}, Mme [[PERSONNE:Laurent]], et l'addictologue du {{CSAPA}}, Dr [[PERSONNE:Nguyen Van Long]]. Numéro d'écrou cité pour le dossier : [[IDENTIFIANT:48817]]. Il respecte ses obligations, il a trouvé une formation. [[PERSONNE:Aïcha]] : « on avait parié contre, on a perdu ». [[PERSONNE:Kevin]] était pas là : il était en formation.",
    ),
    (
        "chrs",
        AP,
        "Atelier cuisine du {{mercredi}}. {{6 résidents}}, une éduc, une bénévole. Au menu : couscous (recette d'un résident), tarte aux pommes (recette de la bénévole). On mange à {{12h30}}. Quelqu'un met de la musique sur son téléphone. Pendant une heure ça ressemble à une famille.",
    ),
    (
        "chrs",
        AP,
        "Relève de {{21h}}. [[PERSONNE:Samuel]] laisse les consignes à [[PERSONNE:Bruno]] (veilleur) : « [[PERSONNE:Youssef]] a rdv à la préfecture à {{8h}}, réveille-le à {{6h30}} ; la fille de Mme [[PERSONNE:Popescu]] a de la fièvre, paracétamol donné à {{19h}} ; et le chat de [[PERSONNE:Kader]] est enfermé dans la buanderie, pas touche ». [[PERSONNE:Bruno]] : « le chat a un nom ? » — « {{Biscotte}} ».",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{17h30}}. Jeune homme de {{18 ans}}, sorti de l'{{ASE}} aujourd'hui même. « Je m'appelle [[PERSONNE:Dylan Ferreira]], je suis né le [[DATE_NAISSANCE:2 juin 2007]] ». Sa référente lui a donné le numéro du 115 en partant. L'écoutante, [[PERSONNE:Géraldine]], s'énerve (pas contre lui). Elle trouve une place au {{CHRS Les Tourelles}}. Numéro du jeune : [[TELEPHONE:07 66 41 28 90]].",
    ),
    (
        "chrs",
        AT,
        "Chiffres de la nuit au {{115}} : {{212 appels}} décrochés sur {{590}} reçus (les gens rappellent en boucle). {{2 écoutants}}. L'un me dit : « si tu veux comprendre le 115, compte les sonneries qu'on entend pas ».",
    ),
    (
        "chrs",
        CSP,
        "Visite de fin de prise en charge chez M. [[PERSONNE:Cazeneuve]], relogé en {{HLM}} après {{18 mois}} au {{CHRS}} : [[ADRESSE:27 rue de l'Ariège, 31400 Toulouse]]. Il nous fait visiter fièrement, rideaux neufs. L'éduc, [[PERSONNE:Arnaud]], lui laisse son mail pro « au cas où » : [[EMAIL:a.rouquier@chrs-lestourelles.org]]. M. [[PERSONNE:Cazeneuve]] le colle sur le frigo, à côté d'une photo de sa fille.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Roussel]] vient pour ses indemnités maternité, pas reçues. L'agent vérifie : NIR [[NIR:2 90 04 69 123 216 67]] (« vous êtes née à {{Lyon}} ? » — « oui, mais j'habite ici depuis {{10 ans}} »). L'attestation de salaire est arrivée, mais le RIB manque. Elle le donne : [[IBAN:FR26 2004 1000 0155 4210 6T02 024]]. Paiement sous {{8 jours}}. Le bébé dort dans le porte-bébé tout le rdv.",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Jérôme]] m'explique qu'il a passé {{5 ans}} au service fraude avant l'accueil. « La fraude des assurés c'est des miettes à côté de celle des professionnels ». Il cite un cas connu (un kiné, sans nom). Son ancien chef, M. [[PERSONNE:Bertrand]], disait « on cherche les éléphants, pas les souris ». [[PERSONNE:Farida]] écoute : « il la raconte à tout le monde, celle-là ».",
    ),
    (
        "cpam",
        AP,
        "{{15h45}}, fermeture dans {{15 min}}. 3 personnes encore dans la file. L'agent de sécu ferme la porte mais laisse entrer une dame en béquilles. Les agents restent jusqu'à {{16h20}}. Personne le demande, personne le compte.",
    ),
    (
        "cpam",
        AT,
        "Un monsieur pense avoir la {{C2S}} mais la pharmacie lui fait payer. L'agent vérifie : la C2S a expiré, il a une mutuelle d'entreprise maintenant, {{Malakoff Humanis}}, n° adhérent [[IDENTIFIANT:MH0078245319]]. M. [[PERSONNE:Benhamou]] le savait pas. L'agent lui explique les {{2 cartes}}. « Alors pourquoi ils m'ont rien dit ? ».",
    ),
    (
        "cpam",
        CSP,
        "Trajet en voiture vers {{Villefranche-de-Lauragais}}, {{45 min}}. L'enquêteur m'explique son métier : ancien gendarme, {{12 ans}} à la {{Cpam}}. « On vérifie, on juge pas ». Ce qu'il déteste : les signalements anonymes. Ce qu'il aime : « les gens qui te montrent leur jardin ». Il conduit très prudemment. On écoute {{France Inter}}.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Kaya Elif]], {{45 ans}}, auxiliaire de vie, inscrite depuis {{2 ans}}. Identifiant [[ID_FRANCE_TRAVAIL:5861730G]]. Elle veut faire la formation d'aide-soignante. Le conseiller, [[PERSONNE:Mathieu]], regarde le financement : {{CPF}} + région. Il note son nouveau numéro : [[TELEPHONE:06 27 91 54 08]]. Elle part avec un dossier à remplir et « une bonne nouvelle pour une fois ».",
    ),
    (
        "france_travail",
        AP,
        "Machine à café, {{10h15}}. [[PERSONNE:Samia]] raconte à [[PERSONNE:Loïc]] son entretien du matin : un monsieur qui a apporté des croissants « pour le dérangement ». [[PERSONNE:Loïc]] : « moi on m'a apporté des figues une fois ». [[PERSONNE:Hawa]] arrive : « et moi une poule. Vivante ». Tout le monde veut l'histoire de la poule.",
    ),
    (
        "france_travail",
        AP,
        "Accueil de l'agence, {{8h30}}-{{9h}} : {{14 personnes}}. La moitié pour un problème d'actualisation. L'agent d'accueil a un tableau mental : « inscription, actu, paiement, rdv ». Il règle {{60 %}} des demandes en {{3 minutes}}, debout, sans ordinateur. Le reste va aux conseillers.",
    ),
    (
        "france_travail",
        AP,
        "Comité de suivi {{RSA}} avec le {{Département}} : [[PERSONNE:Loïc]] (FT) et Mme [[PERSONNE:Sauvage]], référente RSA du Département. Ils passent en revue {{15 dossiers}}. Par exemple M. [[PERSONNE:Belkacem]], identifiant [[ID_FRANCE_TRAVAIL:3047281V]], « sans contact depuis {{4 mois}} ». Mme [[PERSONNE:Sauvage]] : « il est hospitalisé, je l'ai su par sa soeur ». Personne avait l'info. Ils décident de créer un fichier partagé. J'ai un doute.",
    ),
    (
        "france_travail",
        AT,
        "Le {{lundi}} au {{3949}} c'est le pic : {{3 200 appels}} sur la région avant {{11h}}. Le plateau passe en « mode dégradé » : plus d'appels sortants, que de l'entrant. Les conseillers mangent à leur poste. Un écran affiche l'attente en rouge : {{27 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel : une dame a trouvé un emploi, elle veut savoir comment arrêter son allocation. Le conseiller adore ce genre d'appel. Identifiant [[ID_FRANCE_TRAVAIL:6198305R]]. Elle demande si le dernier versement ira sur le même compte : oui, [[IBAN:FR76 1010 7001 7500 4126 7890 248]]. Elle a trouvé chez {{Biocoop}}, « vendeuse, en CDI ! ». Le conseiller : « félicitations, sincèrement ».",
    ),
    (
        "france_travail",
        AT,
        "[[PERSONNE:Valérie]], la manager, m'explique comment elle recrute pour le plateau : pas besoin de connaitre la réglementation, « ça s'apprend en {{3 mois}} ». Ce qui compte : la voix et la {{patience}}. Elle cite [[PERSONNE:Jonathan]] : « il était serveur, c'est mon meilleur ». Et [[PERSONNE:Karim]], un ancien de la {{SNCF}}. Elle refuse ceux « qui veulent juste un poste au chaud ».",
    ),
    (
        "urgences",
        AP,
        "Homme afghan, {{30 ans}}, plaie à la main (chantier non déclaré ?). Pas de carte, juste le récépissé de demande d'asile : [[IDENTIFIANT:3110284761]]. L'agente note [[PERSONNE:RAHIMI Jawad]]. Pas d'{{AME}}. Elle remplit le dossier {{PASS}} pour qu'il soit soigné quand même. Ici, me dit-elle, « on soigne d'abord, on fait les papiers après ».",
    ),
    (
        "urgences",
        AP,
        "{{Midi}}, 2 infirmières et un brancardier mangent sur un coin de paillasse. [[PERSONNE:Clarisse]] parle de sa mutation à {{Rangueil}}, refusée. [[PERSONNE:Nassim]] : « reste, sans toi qui va gérer le Dr [[PERSONNE:Lagarde]] ? ». Le brancardier, [[PERSONNE:Fabien]], mange en {{6 minutes}} chrono, son bip sonne, il part.",
    ),
    (
        "urgences",
        AP,
        "Compté : {{9 langues}} en salle d'attente en {{2h}} (arabe, espagnol, roumain, anglais, portugais, wolof, russe, turc, occitan — un papi qui jure). L'interprétariat par tel utilisé une fois. Le reste se fait avec les mains et {{Google Traduction}}.",
    ),
    (
        "urgences",
        AT,
        "Appel de la régulation du {{SAMU}} : le Dr [[PERSONNE:Oukaci]] annonce un polytraumatisé dans {{15 min}}. L'agent du standard prévient le déchoc. Le régulateur rappelle : le patient est connu, IPP [[IDENTIFIANT:7904418832]], « ressortez son dossier ». L'agent le sort. Tout ça en {{4 minutes}}, sans hausser la voix.",
    ),
]

NOTES_7 = [
    (
        "caf",
        AP,
        "Mes notes en vrac, {{guichet 4}} :\n- {{9h02}} monsieur, attestation de paiement, {{2 min}}\n- {{9h10}} Mme [[PERSONNE:Ferhat]], alloc [[N_ALLOCATAIRE:5730264]], changement de situation (mariage 💍), l'agente la félicite\n- {{9h25}} jeune couple, question {{APL}}, renvoyés vers la simulation en ligne\n- {{9h40}} M. [[PERSONNE:Lacaze]] veut être rappelé par son gestionnaire, tel [[TELEPHONE:06 90 12 45 78]]\n- {{9h55}} personne. L'agente range ses stylos par couleur.",
    ),
    (
        "caf",
        AP,
        "tjs la meme question au guichet : « pourquoi mon montant a baisse ». reponse de l'agent a chaque fois : ressources N-2, ou changement de situation, ou regularisation. il a une feuille avec un schema qu'il montre aux gens, fait main, un peu dechiree. il dit que ca marche mieux que le site. a {{11h30}} j'ai compte {{8 fois}} « pourquoi mon montant a baisse »",
    ),
    (
        "caf",
        AT,
        "{{16h}}, fin de journée sur le plateau. [[PERSONNE:Thibault]] transmet à [[PERSONNE:Delphine]] un appel « à remonter » : une allocataire qui menace de se faire du mal à cause de sa notification d'indu, réf. [[IDENTIFIANT:IND-2025-0044718]]. [[PERSONNE:Delphine]] prend tout de suite, appelle l'assistante sociale de secteur. Procédure « appel sensible ». [[PERSONNE:Thibault]] reste assis {{5 min}} sans prendre d'appel. Personne lui dit rien, c'est normal ici.",
    ),
    (
        "caf",
        AT,
        "Une dame lit son numéro de sécu en toutes lettres, lentement, comme une dictée : « [[NIR:deux, quatre-vingt-sept, zéro cinq, trente et un, cent quarante-neuf, zéro soixante-trois, clé quarante-sept]] ». L'agent tape en même temps. Elle confirme qu'elle est née à {{Colomiers}}. Demande : {{complément familial}}, elle a 3 enfants. L'agent : « c'est bon, vous y avez droit depuis le mois dernier ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez Mme [[PERSONNE:Sánchez Nuria]], espagnole, [[ADRESSE:16 rue des Arts, 31000 Toulouse]]. Alloc [[N_ALLOCATAIRE:4198307]]. Elle touche l'{{ASF}}, le contrôleur, [[PERSONNE:Gilles]], vérifie : pas de compte en {{France}}, tout arrive sur son compte {{CaixaBank}} : [[IBAN:ES10 2100 8412 1002 0078 9123]]. Le père serait revenu ? Une voiture italienne devant chez elle : [[IMMATRICULATION:GA 418 RT]]. Elle rit : « c'est la voiture de ma prof d'italien ». Vérifié plus tard : vrai.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Khadija]] m'emmène à l'épicerie sociale partenaire, rue d'à côté. La gérante, [[PERSONNE:Brigitte Soulé]], m'explique : {{10 %}} du prix, {{3 mois}} renouvelables, sur orientation du {{CCAS}}. [[PERSONNE:Khadija]] et elle se parlent en code : « t'as eu la dame aux jumeaux ? » — « oui, lundi ». Pas de nom devant moi. Les rayons sont pleins de yaourts qui périment demain.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Tran Thi Mai]] vient pour une facture d'eau : {{Veolia}}, facture n° [[IDENTIFIANT:F25-0318472]], {{312 €}}. L'agente, [[PERSONNE:Estelle]], prend une copie pour la commission. Portable de la fille, qui traduit : [[TELEPHONE:07 52 38 96 14]]. La dame fait des petites courbettes en partant, l'agente aussi, par réflexe.",
    ),
    (
        "ccas",
        AT,
        "Les appels de {{11h}} à {{12h}}, dans l'ordre : horaires d'ouverture, horaires d'ouverture, une plainte contre un voisin (pas nous), inscription au repas des aînés, horaires d'ouverture, un monsieur qui veut parler au maire. L'agente : « il faudrait mettre les horaires en gros sur le site ». Ils y sont, en gros.",
    ),
    (
        "ccas",
        CSP,
        "Visite avec interprète (tchétchène / russe) chez la famille [[PERSONNE:Umarov]], [[ADRESSE:8 allée de Bellefontaine, appt 61, 31100 Toulouse]]. L'interprète, [[PERSONNE:Madina]], traduit tout avec une douceur incroyable. Demande d'aide pour les fournitures scolaires. La petite dernière, [[PERSONNE:Aminat]], née le [[DATE_NAISSANCE:11 mai 2018]], entre en CE1. [[PERSONNE:Céline]] valide {{150 €}} en bons d'achat {{Auchan}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite pour un microcrédit accompagné (réparer la voiture pour aller bosser). Dans la voiture avant, [[PERSONNE:Valentine]] me briefe : « il a un CDI, il lui manque {{900 €}}, la banque dit non, nous on peut dire oui avec le {{Crédit Municipal}} ». M. [[PERSONNE:Okonkwo]], [[ADRESSE:2 impasse du Moulin, 31150 Fenouillet]], sort son RIB : [[IBAN:FR15 2004 1010 1609 7725 4L02 795]]. Tout est prêt dans une pochette plastique. [[PERSONNE:Valentine]] : « vous êtes le plus organisé de l'année ».",
    ),
    (
        "chrs",
        AP,
        "Cahier de liaison, page du jour, recopié avec l'accord de l'équipe :\n- {{ch. 2}} : [[PERSONNE:Stella]] rdv {{CMP}} ok, accompagnée par [[PERSONNE:Fanny]]\n- {{ch. 5}} : M. [[PERSONNE:Ionescu]] a bougé sa voiture 👍\n- {{ch. 9}} : [[PERSONNE:Moussa]] demande un rdv avec [[PERSONNE:Thomas]] « urgent mais pas grave »\n- cuisine : plus de sucre\n- {{Biscotte}} a vomi dans le bureau\nSigné [[PERSONNE:Sam]]",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Pauline]] aide [[PERSONNE:Ahmadi Farid]] à créer une adresse mail pour ses candidatures : [[EMAIL:farid.ahmadi.tls@gmail.com]]. Il choisit le mot de passe tout seul, elle regarde ailleurs. Première candidature : plongeur chez {{Flunch}}. Il demande comment on dit « motivé » en dari. Elle sait pas. Lui non plus, finalement.",
    ),
    (
        "chrs",
        AP,
        "{{16h}}, cour du {{CHRS}}. Match de ping-pong entre un éduc et un résident, tout le monde regarde. Le résident gagne {{21-18}}. L'éduc dit qu'il l'a laissé gagner, personne le croit. Le chef de service sort de son bureau pour voir le score.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Appel en arabe, l'écoutante, [[PERSONNE:Nour]], répond en arabe. Un jeune marocain, {{20 ans}}, arrivé par {{Irun}} hier, dort à la gare {{Matabiau}}. Il donne un prénom, [[PERSONNE:Anas]], et un numéro marocain : [[TELEPHONE:+212 6 61 23 45 87]]. [[PERSONNE:Nour]] l'oriente vers l'accueil de jour et la maraude du soir. Elle me dit qu'elle est « la seule arabophone de l'équipe, du coup on me passe tous les appels ».",
    ),
    (
        "chrs",
        AT,
        "Passage de relais à {{14h}} au {{115}}. [[PERSONNE:Corinne]] à [[PERSONNE:Malik]] : « le monsieur du {{Zénith}} avec sa femme, on a une place couple à {{Colomiers}} à partir de lundi, dossier {{SIAO}} [[IDENTIFIANT:31-2025-05587]], faut le rappeler. Et [[PERSONNE:Le Prof]] a rappelé hier, il va bien ». [[PERSONNE:Malik]] sourit. Premier sourire de la journée dans la pièce.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus avec [[PERSONNE:Fred]] chez M. et Mme [[PERSONNE:Benmoussa]], [[ADRESSE:13 avenue de Fronton, 31200 Toulouse]]. Le mari a eu son permis (« la {{3e fois}} ! ») et une voiture d'occasion : [[IMMATRICULATION:EH 309 ZN]]. [[PERSONNE:Fred]] vérifie carte grise, assurance, contrôle technique. Tout est au nom de la femme. « Pourquoi ? » — « c'est elle qui a le compte en banque ». [[PERSONNE:Fred]] note, rien à redire.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Said Mohamed]], comorien, vient pour sa {{C2S}}. Il a tout sur son téléphone, en captures d'écran. L'agente, [[PERSONNE:Christelle]], demande un mail pour la notification ; il l'écrit lui-même sur un papier, en majuscules : [[EMAIL:SAIDMOHAMED.MORONI@YAHOO.FR]]. Elle le recopie en minuscules. Dossier complet en {{12 min}}. Il dit « vous êtes rapide pour une administration ».",
    ),
    (
        "cpam",
        AP,
        "Pause café à l'accueil {{Cpam}}. [[PERSONNE:Christelle]] raconte que [[PERSONNE:Nordine]] s'est fait applaudir par toute la salle d'attente pour avoir calmé un monsieur. [[PERSONNE:Nordine]] rougit. [[PERSONNE:Jérôme]] : « moi on m'applaudit jamais ». [[PERSONNE:Farida]] : « toi on te siffle ». Mme [[PERSONNE:Oliveira]], la référente, passe : « au boulot les artistes ».",
    ),
    (
        "cpam",
        AP,
        "L'agent me montre une fiche assuré pour m'expliquer (il cache la moitié avec sa main, le reste se lit) : NOM [[PERSONNE:ESPINOSA]] / PRÉNOM [[PERSONNE:Hugo]] / DDN [[DATE_NAISSANCE:1998-11-23]] / NIR [[NIR:1 98 11 31 555 718 11]] / régime général / médecin traitant Dr [[PERSONNE:Garrigou]]. « Ça, c'est tout ce qu'il faut pour {{80 %}} des demandes ».",
    ),
    (
        "cpam",
        AT,
        "Formation express entre 2 appels : la manager passe avec une fiche sur la franchise médicale ({{1 €}} → {{2 €}}). Les agents lisent en diagonale. {{10 min}} plus tard, premier appel qui pose la question. L'agent répond parfaitement. Impressionné.",
    ),
    (
        "france_travail",
        AP,
        "Un monsieur épelle son nom parce que le système le trouve pas : « [[PERSONNE:N, apostrophe, D, I, A, Y, E]] ». L'agent avait tapé « [[PERSONNE:Ndiaye]] ». Trouvé : identifiant [[ID_FRANCE_TRAVAIL:4730196E]]. LE LOGICIEL GÈRE PAS LES APOSTROPHES, me dit l'agent, en majuscules dans la voix.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Sandrine Vialle]], psychologue du travail à l'agence, m'explique qu'elle voit les gens « quand le projet bloque ». {{40 rdv}} par mois. Elle travaille avec [[PERSONNE:Rémi]] sur les jeunes du {{CEJ}}. « Les conseillers m'envoient ceux pour qui ils ont tout essayé ». Le mot qu'elle entend le plus : « je sais pas ce que je veux ».",
    ),
    (
        "france_travail",
        AP,
        "Un monsieur apporte un courrier {{France Travail}} qu'il a pas compris : convocation à un atelier. En haut du courrier : M. [[PERSONNE:Gomes Rui]], [[ADRESSE:5 rue Matabiau, 31000 Toulouse]], identifiant [[ID_FRANCE_TRAVAIL:1863405A]]. Il avait cru à une radiation. L'agent d'accueil le rassure, lui montre la date. Il repart soulagé. « Le courrier fait peur même quand il est gentil », dit l'agent.",
    ),
    (
        "france_travail",
        AT,
        "Le plateau en chiffres, affiché à l'entrée : {{28 conseillers}}, {{4 managers}}, {{1 800 appels}} par jour en moyenne, objectif de décroché {{85 %}}. En dessous quelqu'un a scotché un dessin d'enfant : « Maman travaille au téléphone ».",
    ),
    (
        "france_travail",
        AT,
        "Une jeune femme appelle pour changer son mail, elle en a marre de recevoir les offres sur celui de son ex. Identifiant : [[ID_FRANCE_TRAVAIL:8405721J]]. Nouveau mail : [[EMAIL:manon-ribeiro31@laposte.net]]. Le conseiller le change ; elle demande si l'ex peut encore voir ses infos. « Non, plus maintenant ». Elle dit « enfin », très bas.",
    ),
    (
        "france_travail",
        AT,
        "Débrief de {{17h}} sur le plateau. [[PERSONNE:Grégory]] demande un « moment fort » à chacun. [[PERSONNE:Lina]] : la dame qui a trouvé un CDI. [[PERSONNE:Patrice]] : le monsieur qui l'a insulté puis rappelé pour s'excuser. [[PERSONNE:Karim]] : « rien, une journée normale ». [[PERSONNE:Grégory]] : « ça aussi c'est un moment fort ». Ils rangent leurs casques dans des boîtes à leur nom.",
    ),
    (
        "urgences",
        AP,
        "Accident de scooter à {{Compans}}. Le jeune, [[PERSONNE:Lucas Etcheverry]], né le [[DATE_NAISSANCE:20.02.2004]], jambe. Le policier qui l'accompagne lit la plaque du scooter pour son PV : [[IMMATRICULATION:FP-640-SX]]. L'agente d'accueil lui demande de sortir pour faire ça, « ici c'est l'hôpital, pas le commissariat ». Il sort. Elle me fait un clin d'oeil.",
    ),
    (
        "urgences",
        AP,
        "Relève {{IOA}} {{21h}}, [[PERSONNE:Élodie]] → [[PERSONNE:Yannick]], sur un papier que je recopie :\n- SAUV : rien\n- {{box 1-4}} pleins\n- salle d'attente : {{22 patients}}\n- attention M. [[PERSONNE:Grégoire]], agité, sécu prévenue\n- la dame en fauteuil près de la porte attend son fils ([[PERSONNE:Julien]]) depuis {{2h}}\n[[PERSONNE:Yannick]] : « bon, je vais chercher un café d'abord ».",
    ),
    (
        "urgences",
        AT,
        "Appel de {{Londres}} : un homme dont le père est arrivé ce matin, anglais et français mélangés. Le père : [[PERSONNE:Harold Bennett]], born on the [[DATE_NAISSANCE:5th of March 1949]]. L'agent vérifie : il est en cardio. L'homme laisse un numéro anglais : [[TELEPHONE:+44 7700 900 482]]. L'agent le relit 2 fois, en anglais, très fier.",
    ),
    (
        "urgences",
        AT,
        "Nuit « calme » au standard : {{37 appels}} entre {{22h}} et {{6h}}. Surtout des familles, 2 ambulanciers perdus dans l'hôpital, 1 faux numéro (une pizzeria !) et un monsieur qui voulait savoir si on « fait les tatouages infectés ». Oui.",
    ),
]

# --- end of notes ---

NOTES = [
    *NOTES_1,
    *NOTES_2,
    *NOTES_3,
    *NOTES_4,
    *NOTES_5,
    *NOTES_6,
    *NOTES_7,
]

# ---------------------------------------------------------------------------------------------
# Parsing, split, writing.
# ---------------------------------------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep list."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        parts.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip() or not value:
            raise ValueError(f"mark with surrounding whitespace {value!r} in {marked!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build(notes: list[tuple[str, str, str]]) -> list[dict]:
    """Number the notes in writing order and parse them."""
    built = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
        text, entities, keep = parse(marked)
        built.append(
            {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return built


def split(notes: list[dict]) -> tuple[set[str], set[str]]:
    """Draw dev / holdout from the ids and the cells (site kind x channel) only."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
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


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main() -> None:
    notes = build(NOTES)
    if len(notes) != TOTAL:
        raise SystemExit(f"expected {TOTAL} notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", sorted((n for n in notes if n["id"] in dev), key=lambda n: n["id"]))
    write(
        HERE / "holdout.jsonl",
        sorted((n for n in notes if n["id"] in holdout), key=lambda n: n["id"]),
    )
    print(f"{len(dev)} dev notes, {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
