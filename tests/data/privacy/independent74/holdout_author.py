"""Independent evaluation corpus n° 74: 240 hand-written observation notes.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask and ``{{value}}`` a string to keep. Running this
file strips the marks, computes the offsets (Python string indices, end exclusive), numbers
the notes ``ind74-001`` ... ``ind74-240`` in writing order, draws the dev / holdout split and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to it. Standard library only, deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind74"
SEED = 74
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")
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
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "9h12, deja {{14 personnes}} dans la file a la {{Caf}} de {{Montpellier}}. Mme [[PERSONNE:Benhaddou]] vient pour sa {{prime d'activité}} qui a fondu depuis qu'elle a fait les vendanges a {{Saint-Georges-d'Orques}}. L'agente, [[PERSONNE:Sylvie]], explique que les revenus saisonniers comptent sur le trimestre. La dame : « mais c'était que {{3 semaines}} ! »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}} {{Lapeyronie}}, {{22h40}}. Salle pleine, {{31 patients}} en attente d'après l'écran. Un ouvrier agricole avec la main entaillée par un sécateur, il attend depuis {{2h15}}. Personne ne parle espagnol a l'accueil ce soir, on se débrouille avec {{Google Trad}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Perpignan}} {{Polygone Nord}}. Jeune homme, [[PERSONNE:Jordi Casals]], {{23 ans}}, veut se réinscrire pour l'hiver après sa saison de plagiste à {{Canet}}. Son identifiant d'avant : [[ID_FRANCE_TRAVAIL:4471902K]]. L'agent, M. [[PERSONNE:Ferrer]], retrouve le dossier mais il est radié depuis {{mars}}. « Vous avez pas actualisé, c'est pour ça. » [[PERSONNE:Jordi]] hausse les épaules, il bossait {{7j/7}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}} du {{Gard}}, double écoute. Appel d'un monsieur de {{Pissevin}}, il donne son num alloc : [[N_ALLOCATAIRE:2384117]], puis se reprend « non attendez c'est [[N_ALLOCATAIRE:2384171]] ». L'agent [[PERSONNE:Karim]] vérifie la date de naissance ([[DATE_NAISSANCE:12/02/1968]]) puis le n° de sécu que le monsieur lit sur sa carte vitale : [[NIR:1 68 02 30 189 262 93]]. Il appelle pour l'{{APL}} : son bailleur {{Habitat du Gard}} parle d'un trop-perçu. Attente avant décroché : {{17 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Soirée au {{115}} de l'{{Hérault}}. {{21h03}} appel d'une femme avec {{2 enfants}}, dehors près de la gare {{Saint-Roch}}. Elle s'appelle [[PERSONNE:Nadia]], donne un portable : [[TELEPHONE:07 58 21 94 06]]. L'écoutante ([[PERSONNE:Laure]]) n'a aucune place avant demain, propose un hôtel à {{Castelnau}}. {{3 min}} de silence au bout du fil.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Nîmes}}, accueil sans rdv fermé le jeudi aprem, les gens le découvrent sur la porte. Une borne {{Ameli}} en panne, un papier scotché « HORS SERVICE ». J'ai compté {{9 demi-tours}} en {{20 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Béziers}}, antenne de {{la Devèze}}. Mr [[PERSONNE:Manuel Gimenez]] vient pour une aide sur sa facture {{EDF}} : {{312,40 €}}. Facture pliée en 4, réf client [[IDENTIFIANT:6004 218 937]]. L'agente, Mme [[PERSONNE:Roques]], remplit le dossier {{FSL}} et demande l'adresse : [[ADRESSE:bât. C, 7 rue des Chardonnerets, 34500 Béziers]]. Il dit que {{5 personnes}} vivent là dont sa belle-mère.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel au {{3949}} transféré à l'agence de {{Lunel}}. Une femme, [[PERSONNE:Fatima-Zohra El Idrissi]], ne comprend pas pourquoi son {{ARE}} est suspendue. Identifiant : [[ID_FRANCE_TRAVAIL:0912384 T]]. L'agent, [[PERSONNE:Thomas]], voit qu'elle a déclaré {{151 heures}} en {{juin}} (melons) mais pas le salaire. Il lui épelle le mail de sa conseillère : [[EMAIL:lucie.pujol@francetravail.fr]]. « [[PERSONNE:P-U-J-O-L]], comme ça se prononce. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Perpignan}}. Un homme appelle pour savoir si son frère est arrivé : « [[PERSONNE:Rafael Reyes]], [[PERSONNE:R-E-Y-E-S]] ». L'IOA ne peut rien dire au téléphone, secret médical. Il rappelle {{4 fois}} en {{une heure}}. La 4e fois il laisse son numéro pour être rappelé : [[TELEPHONE:06 29 70 41 83]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Hervé]], contrôleur {{Caf}} {{66}}. Quartier {{Saint-Jacques}}, [[ADRESSE:3 rue de la Lune, 66000 Perpignan]]. Famille [[PERSONNE:Baliardo]] : la mère, [[PERSONNE:Rosario]], {{5 enfants}} déclarés. [[PERSONNE:Hervé]] compte les lits, ouvre le frigo (« c'est pas pour juger madame »). La grand-mère parle catalan et gitan mélangés, c'est la petite [[PERSONNE:Sara]], {{12 ans}}, qui traduit. Num alloc lu sur un courrier : [[N_ALLOCATAIRE:1093458]]. Durée : {{1h10}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame appelle d'{{Agde}}, elle bosse tout l'été dans un snack au {{Cap d'Agde}} et n'a jamais reçu sa carte {{Vitale}}. Mme [[PERSONNE:Nathalie Estève]], née à {{Narbonne}} en [[DATE_NAISSANCE:août 76]]. Elle dicte son numéro d'une traite : [[NIR:2760811262598 62]]. Le conseiller ([[PERSONNE:Yannick]]) lui dit que la carte est partie à l'ancienne adresse.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Sète}}, {{10h30}}. Atelier « saisonniers : préparer l'été » : {{11 inscrits}}, {{6 présents}}. Offres au mur : plonge au {{Grau-du-Roi}}, caisse {{Intermarché}} {{Balaruc}}, conchyliculture sur l'étang de {{Thau}} (tables à huîtres). Le conseiller dit qu'à partir du {{15 juin}} tout le monde trouve, le problème c'est septembre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Alès}}, box d'accueil, IOA [[PERSONNE:Céline]]. Patient de {{84 ans}} amené par sa fille. [[PERSONNE:Céline]] tape : nom [[PERSONNE:TEISSIER]], prénom [[PERSONNE:Marcel]], né le [[DATE_NAISSANCE:3 janvier 1940]]. IPP retrouvé : [[IDENTIFIANT:300187452]]. La fille, [[PERSONNE:Brigitte]], laisse son 06 : [[TELEPHONE:06 81 12 57 33]]. Temps jusqu'au tri : {{11 min}}, pas mal.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Nîmes}}, accueil de jour. Mr [[PERSONNE:Ionuț Stoica]], roumain, venu pour les abricots à {{Vauvert}}, son patron l'a logé dans un mobil-home et puis fini. Il montre sa carte d'identité roumaine, l'intervenante recopie le n° [[IDENTIFIANT:RX 482917]] et la date de naissance [[DATE_NAISSANCE:21.07.1993]]. Il parle un peu italien, moi aussi, on se comprend.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne d'accueil {{Caf}} {{Narbonne}} : ticket {{B047}}, attente annoncée {{35 min}}, réelle {{52 min}}. Beaucoup de gens pour l'{{ARS}} alors qu'elle est versée automatiquement. L'agent : « {{8 sur 10}} c'est ça aujourd'hui ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Montpellier}} {{Mosson}}. Rdv de [[PERSONNE:Yacine Boukerrou]] avec sa conseillère, Mme [[PERSONNE:Lagarde]]. {{CAP}} plomberie, il voudrait le permis poids lourd. Elle lit l'écran à voix haute : « [[PERSONNE:BOUKERROU Yacine]], identifiant [[ID_FRANCE_TRAVAIL:5528013M]], inscrit depuis le {{14/11}} ». Il habite {{la Paillade}} depuis toujours, [[ADRESSE:4 allée des Cévennes, appt 213]]. Elle lui parle de l'{{AFPA}}, il connaît déjà.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile avec l'agent enquêteur {{CPAM}} de l'{{Aude}} ([[PERSONNE:Patrick]]) : vérif d'un arrêt de travail, sorties non autorisées. On sonne au [[ADRESSE:22 avenue des Corbières, 11100 Narbonne]] à {{10h05}}. Personne. Le voisin dit que M. [[PERSONNE:Sabaté]] « est parti aux vignes ». [[PERSONNE:Patrick]] laisse un avis de passage, il dit que ça arrive {{une fois sur trois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Lunel}}, {{14h}}-{{15h}} : {{12 appels}} :\n- colis alimentaire : 5\n- canicule (registre des personnes vulnérables) : 3\n- le reste renvoyé vers la {{Caf}} ou la mairie\nL'agente décroche à chaque fois par « CCAS bonjour » et rien d'autre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit de samedi, urgences de {{Sète}}. Un jeune saisonnier (serveur sur la {{Corniche}}) amené par les pompiers, alcool + chute. Ses potes donnent son nom : « c'est [[PERSONNE:Kévin]], [[PERSONNE:Kévin Lopes]] ». Pas de papiers sur lui. L'IOA écrit « [[PERSONNE:LOPES Kevin]] né ??? » et attend. Un pote finit par montrer son insta : [[IDENTIFIANT:@kev.lps34]]. Ça fait rire personne.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un agent {{FT}} d'{{Alès}} rappelle un demandeur qui a raté son rdv. Il compose le [[TELEPHONE:04 66 52 18 70]], tombe sur la mère : « [[PERSONNE:Dylan]] il est pas là, il fait la saison à {{Palavas}} ». Message laissé 📵 Agent : [[PERSONNE:Gaëtan]]. Durée totale {{2 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus du {{CHRS}} de {{Béziers}} avec l'éducatrice [[PERSONNE:Amandine]]. [[ADRESSE:19 bd de Verdun, 2e étage]]. Mme [[PERSONNE:Ouali]] et ses {{3 enfants}}. Le chauffe-eau fuit, le bailleur ne répond pas. [[PERSONNE:Amandine]] appelle le gestionnaire devant nous et donne la réf locataire [[IDENTIFIANT:LOC-0045712]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : M. [[PERSONNE:Fabregat]] veut changer de RIB, sa banque a fermé l'agence d'{{Agde}}. Il lit l'IBAN lentement : [[IBAN:FR76 1710 6048 9223 8902 5573 849]]. L'agente ([[PERSONNE:Mireille]]) explique que ça ne se fait pas au téléphone, il faut passer par l'espace {{Mon Compte}}. Il soupire : « j'ai pas internet au camping ». Il vit à l'année au [[ADRESSE:camping Les Mimosas, emplacement 41]] à {{Vias}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} d'{{Alès}}, évaluation pour l'aide ménagère. Mme [[PERSONNE:Pagès]], {{91 ans}}, [[ADRESSE:6 impasse des Mûriers, 30100 Alès]]. Elle nous offre du café et des navettes. Sa fille [[PERSONNE:Josiane]] est au téléphone sur haut-parleur depuis {{Lyon}}. L'assistante sociale, [[PERSONNE:Nora Belkacem]], note tout à la main.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Narbonne}} : une dame demande si elle peut venir pour une piqûre de méduse. L'infirmière conseille la pharmacie de garde et le {{15}} si ça gonfle. Appel de {{1 min 40}}. « En été on en a {{dix par jour}}. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} {{Narbonne}}. Mme [[PERSONNE:Laetitia Bonnafous]] vient déclarer son activité de micro-entrepreneuse (ménage dans les gîtes l'été). Son SIRET perso : [[IDENTIFIANT:890 464 985 00088]], identifiant FT [[ID_FRANCE_TRAVAIL:7730419B]]. Le conseiller, M. [[PERSONNE:Khelifi]] : « vous déclarez le chiffre d'affaires, pas le bénéfice hein ». Elle élève seule une fille née en [[DATE_NAISSANCE:2015]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Perpignan}}. Un saisonnier marocain (contrat {{OFII}}, {{6 mois}} dans les vergers de {{Thuir}}), M. [[PERSONNE:Abdelkader Ouchen]], vient pour ouvrir ses droits. L'agente [[PERSONNE:Montse]] demande le passeport : [[IDENTIFIANT:UZ4418273]]. Il donne l'adresse de l'employeur comme domicile, ça ne passe pas. {{25 min}} au guichet.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Sète}}. Affiche : « Plan canicule : inscrivez-vous ». Une dame âgée demande si la navette pour les plages de la {{Corniche}} est gratuite après {{70 ans}}. Oui. Elle repart contente, {{4 min}} en tout.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Pyrénées-Orientales}}, {{23h15}}. Un homme appelle pour la 3e fois, il dit s'appeler « [[PERSONNE:Chico]] ». L'écoutant le connaît : c'est [[PERSONNE:Francisco Hernandez]], un habitué du {{Bas-Vernet}}. Plus de place en urgence, on l'inscrit sur la liste. Il demande qu'on prévienne sa sœur au [[TELEPHONE:+33 6 47 90 12 58]]. Écoutant : [[PERSONNE:Nicolas]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Nîmes}}, accueil sur rdv. Mme [[PERSONNE:Aïcha Ndiaye]] ({{Valdegour}}) : séparation, elle veut que l'{{ASF}} tombe sur son compte à elle. RIB tendu : [[IBAN:FR7613506978930661986605053]]. Agent : [[PERSONNE:Benoît]]. Elle donne aussi la date de naissance du petit, [[DATE_NAISSANCE:02/09/2019]], et son num alloc [[N_ALLOCATAIRE:3051872]]. Tout est fait en {{18 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme téléphonique {{FT}}, {{16h}}. {{40 appels}} en attente sur le bandeau. La plupart : actualisation bloquée, le site plante depuis {{midi}}. Le superviseur passe une annonce vocale. Aucun nom échangé en {{15 min}} d'écoute, que des « je vous mets en relation ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Arnaud de Villeneuve}}, {{Montpellier}}. Famille espagnole en vacances à {{La Grande-Motte}}, petit garçon avec le bras cassé. Le père, [[PERSONNE:Javier Martínez Ortega]], tend son DNI : [[IDENTIFIANT:12361734Q]] et la carte européenne. L'IOA, [[PERSONNE:Élodie]], cherche le formulaire en espagnol. Le gamin ([[PERSONNE:Pablo]], {{6 ans}}) ne pleure même pas.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Perpignan}} : une voisine signale que Mme [[PERSONNE:Quintana]], [[ADRESSE:8 rue du Ruisseau]], n'ouvre plus ses volets depuis {{3 jours}}. L'agent, [[PERSONNE:Jean-Luc]], note le fixe de la voisine, [[TELEPHONE:04.68.35.21.77]], et déclenche une visite.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Lunel}}, suspicion de vie maritale non déclarée. Contrôleuse : [[PERSONNE:Valérie]]. Devant la maison une {{Clio}} immatriculée [[IMMATRICULATION:GH-512-TK]], au nom du supposé compagnon. Mme [[PERSONNE:Ferreira]] dit que c'est la voiture de son cousin. [[PERSONNE:Valérie]] note sans commenter. Dans la salle de bain : {{2 brosses à dents}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Montpellier}}, quartier {{Figuerolles}}. Petit-déj servi à {{47 personnes}} ce matin, {{12 douches}}. Un monsieur fait secher ses chausettes sur le radiateur, l'intervenant laisse faire. Bruit, odeur de café, une radio qui passe du flamenco.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Agde}}. [[PERSONNE:Mickaël Hoarau]], réunionnais venu pour la saison au {{Cap d'Agde}}, doit fournir une attestation employeur. Mail : [[EMAIL:mika.hoarau974@gmail.com]]. Il dort dans son van sur le parking de la plage, la conseillère ([[PERSONNE:Sandrine]]) note la plaque [[IMMATRICULATION:FR-203-QZ]] « au cas où la police municipale vous embête ».",
    ),
]

# Notes 036-070.
NOTES_2 = [
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}, matin. Un papa solo, [[PERSONNE:Grégory Lemaire]], avec sa fille en poussette. Courrier « indu {{1 247 €}} ». L'agente ([[PERSONNE:Fatou]]) retrouve vite : déclaration trimestrielle {{RSA}} oubliée en {{janvier}}. Plan de remboursement à {{50 €/mois}}. Il dit merci {{4 fois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, conseillère [[PERSONNE:Isabelle]]. Appelant âgé, M. [[PERSONNE:Santoni]], retraité à {{Sète}} mais né à {{Bastia}} en [[DATE_NAISSANCE:décembre 58]] (il le précise fièrement). Il lit son numéro par paquets : [[NIR:1 58 12 2B 033 762 09]]. Question sur le remboursement de ses lunettes, mutuelle {{Harmonie Mutuelle}} n° [[IDENTIFIANT:00458127436]]. [[PERSONNE:Isabelle]] lui explique le 100 % santé pendant {{12 min}}, il rappellera son opticien.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Perpignan}}, permanence de {{Saint-Jacques}}. « [[PERSONNE:Tchavolo]] » (tout le monde l'appelle comme ça, vrai prénom [[PERSONNE:José]]) vient chercher le courrier de domiciliation de sa tante. L'agente refuse : il faut une procuration. Il rit, revient {{10 min}} après AVEC la tante, Mme [[PERSONNE:Dolorès Cortes]], qui signe d'une croix.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{3h}} du matin. Un box de tri, une IOA pour {{19 patients}}. Échelle de tri affichée au mur. Le vigile fait aussi l'accueil des familles. L'écran annonce « délai estimé : {{4h}} ». Personne ne le regarde.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} {{Nîmes}} {{Valdegour}}. [[PERSONNE:Samira Haddad]], {{34 ans}}, ex aide-soignante, veut se reconvertir. La conseillère, Mme [[PERSONNE:Vidal]], demande son mail pour l'info collective : « [[EMAIL:samira point haddad trente arobase hotmail point fr]] », et tape [[EMAIL:samira.haddad30@hotmail.fr]]. Identifiant vérifié : [[ID_FRANCE_TRAVAIL:3047715H]]. Elle repart avec une date, le {{12 à 9h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} : une maman demande pourquoi ses {{APL}} ont baissé de {{37 €}}. Mme [[PERSONNE:Nguyen Thi Lan]], num alloc [[N_ALLOCATAIRE:7720391]]. Le conseiller ([[PERSONNE:Rémi]]) explique le calcul sur les {{12 derniers mois}}, elle répète « mais j'ai rien changé moi ». Appel de {{6 min}}, elle raccroche pas convaincue.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Perpignan}}, entretien d'admission. M. [[PERSONNE:Mamadou Sow]], {{41 ans}}, a fait {{3 saisons}} aux pêches dans la plaine du {{Roussillon}}. Titre de séjour expiré, récépissé en cours, n° {{AGDREF}} [[IDENTIFIANT:6603127845]]. Né le [[DATE_NAISSANCE:1er mars 1983]] à {{Tambacounda}}. Éducateur : [[PERSONNE:Julien]]. Il a un frère à {{Marseille}} mais « il peut pas ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}}, [[PERSONNE:Dominique]] au guichet. Une étudiante, [[PERSONNE:Léa Kerhervé]], veut la {{CSS}}. Elle n'a que sa carte d'identité, n° [[IDENTIFIANT:X4RTBPFW4]]. [[PERSONNE:Dominique]] lui dit de tout faire sur {{Ameli}}, elle répond qu'elle a essayé {{trois fois}} 😩",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : le conseiller ([[PERSONNE:Raphaël]]) appelle un candidat pour la taille de la vigne à {{Pézenas}}. [[PERSONNE:Antonio Navarro]] répond en espagnol, portable espagnol : [[TELEPHONE:+34 612 48 39 05]]. [[PERSONNE:Raphaël]] passe en espagnol de lycée, ça marche. Rdv fixé {{lundi 7h}} devant la cave coopérative.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{18h50}}, l'infirmière d'accueil prend l'appel d'un médecin de ville : « je vous envoie M. [[PERSONNE:Olivier Marchetti]], suspicion d'appendicite, il arrive avec son épouse ». Elle note le portable du patient, [[TELEPHONE:0612457809]]. Le Dr [[PERSONNE:Abergel]] raccroche sans dire au revoir.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{34}} dans un camping de {{Sérignan}} où des familles vivent à l'année : [[ADRESSE:camping Le Palmier, mobil-home 27]]. M. et Mme [[PERSONNE:Amaya]], {{4 enfants}}. Le contrôleur [[PERSONNE:Frédéric]] vérifie l'attestation de résidence signée du gérant, M. [[PERSONNE:Bousquet]]. Ils déclaraient encore l'ancienne adresse à {{la Devèze}}. Vieille {{Espace}} garée devant, plaque [[IMMATRICULATION:4728 WK 34]]. Num alloc [[N_ALLOCATAIRE:0481267]]. RAS sinon.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}}, ligne directe.\n{{11h}} : un fils inquiet pour sa mère (pas de nom donné), orienté vers le {{CLIC}}.\n{{11h07}} : un monsieur pour l'épicerie sociale, horaires donnés.\n{{11h12}} : erreur, il cherchait {{La Poste}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Gard}}, {{19h}}. Une jeune femme, [[PERSONNE:Esmeralda]], mise dehors par son compagnon à {{Chemin-Bas}} avec un bébé de {{4 mois}}. L'écoutante ([[PERSONNE:Malika]]) demande le nom de famille, « [[PERSONNE:Motos]] », puis une date de naissance : « le [[DATE_NAISSANCE:9 du 5, 2004]] ». Place trouvée à {{Nîmes}}, {{Ibis Budget}}, {{chambre 114}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateforme {{Hérault}}. Mme [[PERSONNE:Núria Batlle]] veut ses {{IJ}} sur un nouveau compte. La conseillère ([[PERSONNE:Hélène]]) lui dit d'envoyer le RIB par la messagerie {{Ameli}}, mais elle dicte quand même tout : [[IBAN:FR76 3000 4496 4145 9466 1715 361]]. « Voilà comme ça vous l'avez. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Perpignan}}. Toute une famille arrive pour la grand-mère (malaise) : {{11 personnes}} dans le hall. Le vigile demande que {{2}} restent. L'IOA enregistre Mme [[PERSONNE:Carmen Maximo]], née le [[DATE_NAISSANCE:17/10/1946]]. Un petit-fils, [[PERSONNE:Nino]], sert d'interlocuteur. Tout se passe bien, contrairement à ce que le vigile annonçait.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}}. M. [[PERSONNE:Sébastien Roux]], chauffeur-livreur, vient avec un courrier de radiation : rdv raté parce que sa voiture était à la fourrière. Il montre le PV, véhicule [[IMMATRICULATION:EK-738-LB]]. La conseillère, [[PERSONNE:Agnès]], annule la radiation. {{9 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}, {{14h}}. Un ado traduit pour sa mère (pachto je crois). Ils viennent pour la {{PAJE}}. L'agent parle lentement, montre les documents du doigt. L'ado traduit même les blagues.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec le {{CCAS}} de {{Montpellier}} au {{Petit-Bard}}, demande d'aide facultative. [[ADRESSE:bât. F, 12 rue des Araucarias, 34090 Montpellier]]. Famille [[PERSONNE:El Amrani]], {{6 personnes}} dans un T3, moisissures partout. L'agente ([[PERSONNE:Christelle]]) prend des photos pour le signalement insalubrité. Le père, [[PERSONNE:Hassan]], sort ses quittances : {{580 €}} par mois.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de logement accompagné. M. [[PERSONNE:Piotr Nowak]] vit seul dans un studio, tout est nickel. L'éducateur [[PERSONNE:Samuel]] relève l'index du compteur. [[PERSONNE:Piotr]] montre fièrement sa fiche de paie de cariste chez {{Lidl}}. {{20 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}}, permanence à {{Lunel}}. Mme [[PERSONNE:Rahma Ben Salah]], tunisienne, saisonnière dans les serres de {{Mauguio}}. Carte de séjour n° [[IDENTIFIANT:3402189674]]. L'agent explique la {{PUMa}}. {{30 min}}, beaucoup de schémas sur un post-it.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{17h}}. Un livreur à vélo renversé, genou en sang. Il donne son nom, [[PERSONNE:Moussa Keita]], et son adresse : [[ADRESSE:27 rue Danton, apt 4]]. Il demande surtout si quelqu'un peut garder son vélo. Appli {{Uber Eats}} ouverte sur son tel, commande pas livrée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant agence {{Béziers}}. M. [[PERSONNE:Bernard Castanier]], {{58 ans}}, viticulteur qui a arraché ses vignes, veut s'inscrire. Première fois de sa vie. La conseillère, [[PERSONNE:Claire]], demande un numéro : « c'est le fixe, [[TELEPHONE:zéro quatre, soixante-sept, trente-deux, dix-huit, quarante]] ». Silence quand elle lui dit qu'il n'aura pas l'{{ARE}} (non salarié).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}} de l'{{Aude}}. Mme [[PERSONNE:Pilar Romero]] ({{Carcassonne}}) : son fils de {{19 ans}} fait la saison à {{Gruissan}}, est-ce que ça va faire baisser les {{APL}} ? Agent ([[PERSONNE:Steeve]]) : « oui au-delà de {{55 % du smic}} ». Num alloc [[N_ALLOCATAIRE:2910334]]. Elle veut une réponse écrite et donne son mail : [[EMAIL:pilar.romero11 @ orange.fr]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de nuit, {{20h30}}. {{22 lits}}, {{26 demandes}}. pas de tirage au sort : femmes et malades dabord. Un homme part sans un mot, un autre râle. L'intervenant dit que c'est le pire moment de sa journée.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{CPAM}} à {{Sète}}, {{île de Thau}} : vérifier qu'un assuré en {{ALD}} vit bien seul. M. [[PERSONNE:Giuseppe Rinaldi]], [[ADRESSE:5 rue des Goélands, esc. B]]. Il ouvre en pyjama, très aimable, nous montre ses boîtes de médicaments. L'agent, [[PERSONNE:Marc]], relève le numéro de mutuelle : [[IDENTIFIANT:MUT-66-8412093]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, domiciliation. Un homme vient chercher son courrier, l'agent l'appelle par son prénom, [[PERSONNE:Alain]]. Trois lettres dont une de la {{Caf}}. L'agent lit l'enveloppe à voix haute : « M. [[PERSONNE:GUERIN Alain]], c'est bien vous ». Oui depuis {{52 ans}}, répond l'homme.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Béziers}}, ligne des familles. Un homme demande des nouvelles de [[PERSONNE:Mohamed-Amine Belarbi]], amené ce matin après un accident de tracteur dans les vignes de {{Puisserguier}}. L'agente ([[PERSONNE:Stéphanie]]) demande la date de naissance : « [[DATE_NAISSANCE:2 février 99]] ». Elle répond juste « il est pris en charge ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Perpignan}} centre. Un jeune de {{Saint-Jacques}}, [[PERSONNE:Manolo Reyes]], {{19 ans}}, vient pour le {{CEJ}}. Pas de mail : la conseillère, [[PERSONNE:Marta]], en crée un avec lui, [[EMAIL:manolo.reyes66@gmail.com]]. Mot de passe sur un post-it qu'il glisse dans sa coque. Identifiant créé : [[ID_FRANCE_TRAVAIL:6218830 N]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Alès}}. Un couple turc, M. et Mme [[PERSONNE:Yılmaz]], le fils traduit. Ils apportent la notification {{MDPH}} du {{Gard}}, dossier [[IDENTIFIANT:30-2023-014578]], pour l'{{AAH}} du père. L'agent, [[PERSONNE:Olivier]], l'enregistre : « {{2 mois}} de délai ». Le fils soupire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écoute au {{3646}} : {{7 appels}} en {{45 min}}.\n- {{IJ}} pas versées x3\n- carte {{Vitale}} perdue x2\n- dentiste x1\n- un monsieur qui voulait juste parler\nLa conseillère reste {{9 min}} avec lui.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Narbonne}}, aide alimentaire. Mme [[PERSONNE:Josette Bosch]], {{72 ans}}, veuve. Elle a tenu « {{Bosch Primeurs}} » aux {{Halles}} pendant {{30 ans}}, maintenant retraite de {{740 €}}. Elle a honte, demande qu'on ne dise rien. L'agente ([[PERSONNE:Sophie]]) lui donne le colis dans un sac {{Carrefour}} opaque.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences adultes, {{10h}}. L'agent administratif ([[PERSONNE:Jérémy]]) fait la préadmission d'une dame sans carte {{Vitale}}. Elle récite son numéro de sécu de mémoire : [[NIR:2 81 12 99 139 473 59]], « je suis née au {{Portugal}} ». Dossier retrouvé, Mme [[PERSONNE:Maria Gonçalves]], date de naissance à l'écran [[DATE_NAISSANCE:1981-12-14]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{22h}}. Un homme appelle depuis le tel d'un passant. [[PERSONNE:Ahmad Rahimi]], afghan, arrivé hier. L'écoutant cherche un interprète dari via {{ISM Interprétariat}} : {{12 min}} d'attente. Pas de place, orientation vers l'accueil de nuit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller d'{{Agde}} ([[PERSONNE:Loïc]]) rappelle une saisonnière, [[PERSONNE:Océane Payet]], pour un poste de serveuse au {{Cap d'Agde}}. Il compose le [[TELEPHONE:07 81 44 20 69]]. Messagerie : « c'est [[PERSONNE:Océane]] laissez un message ». Il raccroche et envoie un SMS.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} sur les ressources. M. [[PERSONNE:Kouassi]], au {{RSA}}, déclaré sans revenus, dit lui-même en riant qu'il fait des chantiers au noir. Le contrôleur, [[PERSONNE:Gilles]], ne rit pas. Relevé de compte demandé : IBAN [[IBAN:FR76 3000 3326 8448 6606 3288 779]] sur le RIB collé au frigo.",
    ),
]

# Notes 071-105.
NOTES_3 = [
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV à l'agence, {{8 personnes}}. La conseillère projette un CV modèle au nom de « [[PERSONNE:Julie Martin]] », tél [[TELEPHONE:06 01 02 03 04]], {{28 ans}}. Un participant demande si on peut mettre une photo. Réponse : « c'est vous qui voyez ». Un autre note tout sur le dos d'une enveloppe.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU}} {{Carémeau}}, {{Nîmes}}. Un père de {{Pissevin}} arrive avec son fils de {{8 ans}} (chute de trottinette). Il donne le nom, [[PERSONNE:Ilyes Zerrouki]], et la date de naissance : « le [[DATE_NAISSANCE:quinze avril deux mille seize]] ». Le père s'appelle [[PERSONNE:Nordine]]. Attente : {{3h20}}. Il a fini par acheter un {{Kinder}} au distributeur.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}} {{66}}. Un ouvrier agricole, [[PERSONNE:Jaume Vila]], en CDI dans un domaine depuis {{avril}} : il est passé à la {{MSA}} et ne sait plus à qui envoyer quoi. Son ancien num alloc : [[N_ALLOCATAIRE:6620914]]. L'agente ([[PERSONNE:Corinne]]) lui donne le numéro de la MSA, {{04 68 55 11 00}}, et lui dit de ne plus rien envoyer ici.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, bureau de l'assistante sociale. Mme [[PERSONNE:Khadija Ait Ouarab]] et sa fille. Dossier {{SIAO}} n° [[IDENTIFIANT:SIAO34-2024-01873]] accepté après {{5 mois}} d'attente. On lui montre la {{chambre 6}} : elle pleure, « c'est propre ». L'AS, [[PERSONNE:Delphine]], la laisse {{5 min}} seule.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Montpellier}}, antenne {{Mosson}}. M. [[PERSONNE:Joselito Santiago]] veut rattacher sa fille [[PERSONNE:Shayna]], née le [[DATE_NAISSANCE:03/06/2024]], sur sa carte. Il récite son numéro : [[NIR:191116613649775]] (« né à {{Perpignan}}, comme tout le monde chez nous »). L'agente, [[PERSONNE:Anaïs]], rit. {{7 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Sète}} : un monsieur appelle pour la carte de bus des plus de {{65 ans}}. M. [[PERSONNE:Gérard Azaïs]], il épelle : « [[PERSONNE:A-Z-A-I-S]], avec un tréma sur le i ». L'agent note l'adresse, [[ADRESSE:41 quai de Bosc, 34200 Sète]], et promet l'envoi sous {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne des urgences, après-midi. {{6 appels}} en {{une heure}} pour demander combien d'attente. Réponse toujours la même : « on ne peut pas savoir ». Une dame insiste, l'agent finit par lâcher « {{3 ou 4 heures}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Béziers}}. [[PERSONNE:Kader Mokhtari]] ({{la Devèze}}), {{46 ans}}, veut une formation cariste via le {{CPF}}. La conseillère, Mme [[PERSONNE:Martinez]], relit : « identifiant [[ID_FRANCE_TRAVAIL:2290466 D]], adresse [[ADRESSE:28 avenue de la Devèze, bât. D, 34500 Béziers]], c'est toujours bon ? » Oui. Entrée en formation le {{3 octobre}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} prévu à {{9h}} : personne. Le contrôleur glisse le 2e avis de passage dans la boîte. Il me dit que {{40 %}} des contrôles finissent comme ça au premier passage. On repart, {{35 km}} pour rien.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{66}}. Appel d'une assistante sociale de l'hôpital : famille [[PERSONNE:Jimenez]] à la rue après l'incendie de leur caravane au {{Bas-Vernet}}. Le père, [[PERSONNE:Manuel]], rappelle lui-même {{10 min}} après depuis le [[TELEPHONE:06.52.18.77.40]]. L'écoutante ([[PERSONNE:Géraldine]]) trouve {{2 chambres}} au {{Formule 1}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}}. Un jeune papa, [[PERSONNE:Thibault Moreau]], veut ajouter son bébé né le [[DATE_NAISSANCE:24 décembre]]. Il donne son NIR, [[NIR:1 83 10 75 115 671 82]] (né dans le {{15e}} à {{Paris}}, installé à {{Castelnau-le-Lez}}). La conseillère, [[PERSONNE:Amel]], lui dit d'attendre l'acte de naissance.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : une gérante de paillote à {{Valras}} cherche {{3 serveurs}} pour juillet-août. Mme [[PERSONNE:Véronique Cabanel]], mail pour les candidatures : [[EMAIL:v.cabanel@wanadoo.fr]]. Le conseiller ([[PERSONNE:Hugo]]) crée l'offre en direct, n° {{178RQKV}}. « Logement ? — non, ça c'est le problème. »",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Narbonne}}. Mme [[PERSONNE:Encarnación Dominguez]] (« appelez-moi [[PERSONNE:Encarna]] »), {{67 ans}}, garde ses petits-enfants et voudrait toucher quelque chose. Non, c'est la mère qui est allocataire. Elle a le num alloc de sa fille sur un carnet : [[N_ALLOCATAIRE:5518206]]. Agent : [[PERSONNE:Pascale]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences. Un homme laisse sa voiture devant l'entrée ambulances, clés dessus, et court avec sa femme enceinte. Le vigile au micro : « la {{Golf}} [[IMMATRICULATION:FZ 611 PD]] doit être déplacée ». Personne ne bouge. Il la déplace lui-même.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}}, enquête pour le portage de repas. M. [[PERSONNE:Raymond Chabal]], {{88 ans}}, seul depuis la mort de sa femme. Frigo : un yaourt, du pain. L'agente, [[PERSONNE:Jocelyne]], appelle la nièce devant nous au [[TELEPHONE:06 13 48 90 27]]. La nièce, [[PERSONNE:Corinne Chabal]], promet de passer dimanche.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}}, accueil. Mme [[PERSONNE:Diop]], très pressée, dicte son identifiant à l'agent : « [[ID_FRANCE_TRAVAIL:415 2087 R]] ». Attestation {{ARE}} imprimée en {{2 min}}. Record de la matinée.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du service logement du {{CHRS}} à {{Nîmes}}, {{Pissevin}}. Appartement en sous-location, [[ADRESSE:18 rue des Tilleuls, appt 54]]. M. [[PERSONNE:Zoran Petrović]] et sa femme [[PERSONNE:Milena]] ont repeint la cuisine eux-mêmes. L'éducateur, [[PERSONNE:Yassine]], fait une photo pour le bailleur. Café turc pour tout le monde.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Agent {{CPAM}} en visite au {{Vernet}}, contrôle d'un arrêt maladie. M. [[PERSONNE:Xavier Carbonell]], [[ADRESSE:112 avenue du Maréchal Joffre, 66000 Perpignan]], est là, minerve au cou. L'agente, [[PERSONNE:Nadège]], coche les cases. Il propose un café, elle refuse poliment. {{8 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute, plateforme {{Caf}}. L'appelante veut une attestation de paiement pour son bailleur. Identification : nom « [[PERSONNE:Beaumont]] », num alloc [[N_ALLOCATAIRE:4027765]], née le [[DATE_NAISSANCE:19 septembre 1988]]. L'agente ([[PERSONNE:Naïma]]) l'envoie à [[EMAIL:beaumont.c88@laposte.net]]. {{3 min}}, propre.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une heure au téléphone avec une conseillère indemnisation. {{9 appels}}. Trois fois la même question sur le {{délai de carence}}. Elle a un fichier {{Word}} de réponses types. Pause café à {{10h40}} : {{6 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Agde}}. [[PERSONNE:Ousmane Camara]], plongeur au {{Cap}} pour la saison, dort dans sa voiture depuis {{mai}}. Il demande une domiciliation. L'agente ([[PERSONNE:Laurence]]) note l'immat pour la police municipale, « c'est pour vous protéger » : [[IMMATRICULATION:cv-094-rs]]. Il hésite puis dit ok.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Sète}}. Une touriste italienne appelle, son mari a été amené en ambulance depuis la plage de la {{Fontaine}}. Elle épelle : « [[PERSONNE:Esposito]]... [[PERSONNE:Gennaro Esposito]] ». L'agent ne parle pas italien, je traduis un peu (je ne devrais peut-être pas).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour. [[PERSONNE:Enzo]], {{20 ans}}, sorti de l'{{ASE}} il y a {{2 mois}}. Il montre son compte {{TikTok}}, [[IDENTIFIANT:@enzo_du_13]], {{4 000 abonnés}}. L'éducatrice ([[PERSONNE:Pauline]]) lui demande de ne pas filmer les autres.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}}. Un retraité belge installé dans le coin, M. [[PERSONNE:Luc Vandenbroucke]], veut ses remboursements sur son compte en {{Belgique}} : [[IBAN:BE84 3740 7188 2659]]. L'agente ([[PERSONNE:Karine]]) vérifie : possible, zone {{SEPA}}. {{15 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Perpignan}}, info collective « métiers de l'agriculture », {{18 personnes}}. Le conseiller ([[PERSONNE:Alexandre]]) fait l'appel : « [[PERSONNE:Benali]] ? [[PERSONNE:Cortes]] ? [[PERSONNE:Dumitru]] ? [[PERSONNE:Garcia]] ? [[PERSONNE:Mas]] ? ». Un arboriculteur d'{{Ille-sur-Têt}} est là : {{40 postes}} pour les pêches, {{11,65 €}} de l'heure.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}. Mme [[PERSONNE:Rose Olivier]] vient pour la prime de naissance. Elle a apporté des {{roses}} pour l'agente qui l'avait aidée l'an dernier. L'agente, [[PERSONNE:Capucine]], rougit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Lapeyronie}}. Couple géorgien, demande d'asile en cours à l'{{OFPRA}}. Nom : [[PERSONNE:Giorgi Beridze]], attestation de demande d'asile n° [[IDENTIFIANT:3409876512]]. L'IOA passe par une appli de traduction, ça coince sur « douleur thoracique ». Sa femme, [[PERSONNE:Nino Kapanadze]], montre sa poitrine du doigt.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{CCAS}} : une dame inscrit son père au registre canicule. M. [[PERSONNE:Lucien Combes]], [[ADRESSE:3 chemin des Aires, 30250 Sommières]], né en [[DATE_NAISSANCE:1932]] ({{92 ans}}), fixe [[TELEPHONE:04 66 80 23 15]]. L'agent ([[PERSONNE:Didier]]) répète chaque info deux fois.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Hérault}}, soir de canicule, encore {{38°}} à {{21h}}. Les appels sont courts : « il reste quelque chose ? — non ». {{57 appels}} non décrochés d'après le compteur. Personne ne dit son nom, personne ne le demande.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un travailleur frontalier qui vit au {{Boulou}} et bosse à {{Figueres}} : question sur le formulaire {{S1}}. M. [[PERSONNE:Arnau Serra]] donne son mail, [[EMAIL:arnau_serra (arroba) yahoo.es]], en disant « arroba » 😄 La conseillère ([[PERSONNE:Manon]]) ne connaissait pas le mot.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{FT}} : M. [[PERSONNE:Hakobyan]] veut décaler son rdv, il a un entretien chez {{Decathlon}}. La conseillère ([[PERSONNE:Émilie]]) propose jeudi {{14h30}}, vérifie l'identifiant [[ID_FRANCE_TRAVAIL:6071148W]]. Il épelle son prénom : « [[PERSONNE:Aram]], [[PERSONNE:A-R-A-M]] ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{30}} à {{Valdegour}}, vérification de résidence. [[ADRESSE:17 rue des Jonquilles, appt 1108]]. Mme [[PERSONNE:Soilihi]] et {{3 enfants}}. La contrôleuse ([[PERSONNE:Hélène]]) demande les certificats de scolarité : ils sont dans une pochette {{Pat' Patrouille}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Triage pédiatrique, mercredi aprem. Gastro partout. {{14 enfants}} en salle, {{2 box}}. Une infirmière distribue des sachets de SRO. Les parents regardent tous le même écran, {{TF1}} sans le son.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Lunel}}. [[PERSONNE:Rafael Ruiz Moreno]], d'{{Almería}}, a fait la saison des melons et des asperges, il veut s'inscrire. DNI : [[IDENTIFIANT:49163262A]]. Le conseiller ([[PERSONNE:Fabien]]) répond que oui, ses mois en {{Espagne}} comptent avec le formulaire {{U1}}. [[PERSONNE:Rafael]] fait un grand sourire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Montpellier}}, côté {{Près d'Arènes}}. Famille rom roumaine, les [[PERSONNE:Lăcătuș]], {{7 personnes}}. La mère, [[PERSONNE:Florica]], a son CNP sur un papier : [[IDENTIFIANT:2970209224669]], née le [[DATE_NAISSANCE:9 février 1997]]. L'intervenante ([[PERSONNE:Inès]]) dit qu'un F3 se libère demain.",
    ),
]

# Notes 106-140.
NOTES_4 = [
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Narbonne}}. [[PERSONNE:Cheikh Mbaye]], {{36 ans}}, ouvrier viticole l'été, maçon l'hiver, né à {{Dakar}} en [[DATE_NAISSANCE:mars 88]]. Carte vitale perdue ; la conseillère ([[PERSONNE:Audrey]]) a besoin du NIR pour le dossier formation, il le dit lentement : « [[NIR:un, quatre-vingt-huit, zéro trois, quatre-vingt-dix-neuf, trois cent quarante et un, zéro quatre-vingt-six, soixante]] ». Elle tape [[NIR:1880399341086 60]] et l'identifiant [[ID_FRANCE_TRAVAIL:9033871L]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}, changement de banque. M. [[PERSONNE:Antoine Lefebvre]] a ouvert un compte à la {{Banque Populaire}}. L'agent ([[PERSONNE:Medhi]]) saisit : [[IBAN:FR76 1660 7592 9706 5282 3918 337]]. Il relit à voix haute, M. [[PERSONNE:Lefebvre]] suit avec le doigt sur le papier. {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nîmes}}, antenne {{Chemin-Bas d'Avignon}}. Mme [[PERSONNE:Halima Cherif]] demande une aide pour la cantine : {{4 enfants}}, nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2017]] et [[DATE_NAISSANCE:2020]]. L'agent ([[PERSONNE:Bruno]]) calcule le quotient familial sur sa calculette {{Casio}} : {{412}}. Tarif cantine : {{1 €}} le repas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Narbonne}}, {{23h}}. Un jeune avec une plaie au cuir chevelu, accompagné de son cousin. Il s'appelle [[PERSONNE:Django Espinas]], pas de papiers sur lui : « c'est son vrai nom je vous jure ». L'agent tape « [[PERSONNE:ESPINAS Django]] », né le [[DATE_NAISSANCE:30/11/2002]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}}, accueil. Affiche « vos démarches sur {{ameli.fr}} ». {{2 guichets}} ouverts sur {{cinq}}. Le vigile distribue les tickets. Une dame âgée repart avec la brochure, elle n'a pas d'ordinateur. Attente affichée : {{25 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{FT}} {{66}}. Une mère appelle pour son fils, [[PERSONNE:Tony Gimenez]], {{17 ans}}, qui veut faire la saison sur un manège à {{Argelès}}. Le conseiller ([[PERSONNE:Sébastien]]) : « à 17 ans il faut l'accord parental ». Elle laisse son tel : [[TELEPHONE:0682704513]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, entretien. M. [[PERSONNE:Abdelrahman Osman]], soudanais, réfugié depuis {{2022}}. Carte de résident n° [[IDENTIFIANT:1301945608]]. L'éducatrice, [[PERSONNE:Marion]], lui explique la garantie {{Visale}} pour chercher un appart. Il prend des notes en arabe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} du {{Gard}} depuis {{Alès}}. M. [[PERSONNE:Laurent Bascou]], intérimaire, fait les campings l'été. Pourquoi pas de {{prime d'activité}} en {{août}} ? Num alloc [[N_ALLOCATAIRE:3317042]]. L'agente, [[PERSONNE:Sabrina]] :\n— vous avez déclaré {{0 €}} en juillet\n— ah merde\nRire des deux côtés.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Tamaris}} : ils envoient une résidente, Mme [[PERSONNE:Yvette Maurel]], {{93 ans}}, chute. L'infirmière de l'{{EHPAD}} ([[PERSONNE:Sonia]]) donne la date de naissance, [[DATE_NAISSANCE:06/05/1931]]. L'IOA retrouve un ancien passage, IPP [[IDENTIFIANT:P00288471]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Montpellier}} à la {{Mosson}} pour une aide au déménagement. M. [[PERSONNE:Brahim Ouazzani]] a trouvé un logement à {{Lodève}}. Un ami lui prête une camionnette, garée en bas : [[IMMATRICULATION:DL-447-ZC]]. L'agente ([[PERSONNE:Laurine]]) vérifie le devis du déménageur : {{650 €}}, trop cher pour le barème.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}}. [[PERSONNE:Chloé Marchand]] a oublié son mot de passe. L'agente ([[PERSONNE:Kenza]]) lit l'adresse à l'écran : « c'est bien [[EMAIL:chloe.marchand.pro@outlook.fr]] ? » Non, c'est l'ancienne. Réinitialisation : {{20 min}} 🙄",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Martine Castan]], née à {{Lunel}} le [[DATE_NAISSANCE:22 juin 1969]], NIR [[NIR:269063414511064]]. En invalidité, elle demande le passage en catégorie {{2}}. Le conseiller ([[PERSONNE:Kamel]]) lui dit que c'est le médecin conseil qui décide.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Gard}}, {{2h}} du matin. Appel de la police : un homme allongé devant la gare de {{Nîmes}} refuse l'hébergement. L'écoutant note « personne connue, refus ». Pas de nom au téléphone. Rappel prévu à {{6h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Sète}}. Un pêcheur du port, M. [[PERSONNE:Tran Van Hai]], s'est planté un hameçon dans la main. Sa fille ([[PERSONNE:Linh]]) traduit. Il est au régime des marins, n° {{ENIM}} [[IDENTIFIANT:340197725]]. L'IOA n'avait jamais vu ce régime, elle appelle sa collègue.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, isolement. Mme [[PERSONNE:Cindy Bertrand]], {{2 enfants}}. Le contrôleur ([[PERSONNE:Jean-Marc]]) fait le tour : une brosse à dents adulte, pas de vêtements d'homme. Fiche :\nnum alloc [[N_ALLOCATAIRE:8106573]]\nnée le [[DATE_NAISSANCE:04/08/1995]]\nConclusion : conforme. Elle souffle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel à l'agence de {{Sète}} : un conchyliculteur de {{Bouzigues}} cherche un ouvrier pour les tables, {{35h}}, CDD {{6 mois}}. Il a un candidat en tête, [[PERSONNE:Jonathan Fabre]], et demande s'il est inscrit. Le conseiller ([[PERSONNE:Philippe]]) refuse de répondre. Le patron laisse son portable quand même : [[TELEPHONE:06 70 38 12 94]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}. UN MONSIEUR TRES EN COLERE (il parle en majuscules, je l'écris comme ça) : AIDE AU CHAUFFAGE REFUSEE. M. [[PERSONNE:Roger Duval]], {{79 ans}}. L'agent ([[PERSONNE:Karim]]) garde son calme {{14 min}}, puis propose un rdv avec l'AS {{mardi 10h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement relais du {{CHRS}} de {{Perpignan}}, quartier {{Saint-Mathieu}}. Mme [[PERSONNE:Lucía Ortega]] et son fils [[PERSONNE:Iker]]. L'éducatrice ([[PERSONNE:Aurélie]]) vérifie le détecteur de fumée, rappelle que le loyer résiduel ({{85 €}}) n'est pas payé depuis {{2 mois}}. [[PERSONNE:Lucía]] : « je paie le 5, promis ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{CPAM}} des transports sanitaires, parking de l'hôpital. L'agent ([[PERSONNE:Thierry]]) relève la plaque d'un taxi conventionné, [[IMMATRICULATION:GA-802-HN]], chauffeur M. [[PERSONNE:Delcourt]]. Carnet de bord comparé aux factures : {{3 trajets}} ne collent pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{4h}} du matin. Un SDF que tout le service appelle « [[PERSONNE:Papy]] » ([[PERSONNE:Jean-Claude Morel]] dans le dossier) vient dormir au chaud. L'IOA le sait et le laisse s'asseoir. Il repart à {{6h}} avec un café.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Montpellier}} centre. [[PERSONNE:Inès Ferhat]] ({{Figuerolles}}) ouvre ses droits après un CDD saisonnier au {{zoo de Lunaret}}. Identifiant [[ID_FRANCE_TRAVAIL:1186254 P]]. Le conseiller ([[PERSONNE:Vincent]]) demande un RIB, elle montre l'appli de sa banque : [[IBAN:FR7610278106204625386555890]]. Il recopie chiffre par chiffre pendant qu'elle lit, ça cafouille.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}, {{8h30}}, ouverture des lignes. {{120 appels}} en file dans les {{10 premières minutes}}. L'agent à côté : « le lundi c'est toujours comme ça ». Premier appel : une question sur le site. Deuxième : pareil.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Béziers}} : un chargé de clientèle du bailleur signale une locataire en difficulté, Mme [[PERSONNE:Jacqueline Roca]] ({{la Devèze}}), {{1 900 €}} d'impayés. Réf locataire [[IDENTIFIANT:0340-217784]]. L'agente ([[PERSONNE:Ludivine]]) propose une visite à domicile.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}}, {{13h30}}, ouvertur. {{12 personnes}} attendent dehors sous la pluie ☔ Le vigile ouvre à l'heure pile. Deux bornes, une en panne. Un monsieur demande « le bureau des chômeurs », on lui sourit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une femme ukrainienne, [[PERSONNE:Olena Kovalenko]], parle anglais. Protection temporaire, {{APS}} n° [[IDENTIFIANT:3402256109]]. L'écoutante, [[PERSONNE:Léna]], lui donne rdv à l'accueil de jour demain {{9h}}. Elle dit « thank you » {{5 fois}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Perpignan}} : un camping d'{{Argelès}} prévient qu'il envoie un vacancier allemand, M. [[PERSONNE:Klaus Hoffmann]], malaise au bord de la piscine. La réceptionniste, [[PERSONNE:Marie-Pierre]], laisse son portable, [[TELEPHONE:06 44 12 87 03]], « le fixe du camping sonne tout le temps ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Perpignan}}. [[PERSONNE:Sara Reyes]] vient avec sa belle-sœur créer son espace en ligne. Pas de mail, elle veut mettre celui de son mari : [[EMAIL:pepito.reyes@free.fr]]. L'agente ([[PERSONNE:Anne-Sophie]]) tique : « il aura accès à tout ». Elles se regardent. On crée finalement [[EMAIL:sara.reyes.66@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Béziers}}. M. [[PERSONNE:Francisco Javier Alonso]], né en {{Espagne}} ({{Jaén}}), venu pour les vendanges il y a {{30 ans}} et resté. Carte {{Vitale}} cassée en deux. L'agente ([[PERSONNE:Magali]]) lit le numéro sur les morceaux : [[NIR:1 72 09 99 134 784 50]]. Nouvelle carte commandée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de [[PERSONNE:Yannick Séguy]], {{Narbonne}}, cuisinier saisonnier à {{Gruissan}}. Pourquoi on lui demande de « confirmer sa recherche » ? Identifiant : [[ID_FRANCE_TRAVAIL:8150302 F]]. La conseillère ([[PERSONNE:Sylvie]]) explique le contrôle de la recherche d'emploi. Lui : « mais je bosse {{60 heures}} par semaine l'été ! »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} annulée à la dernière minute (personne hospitalisée). L'agente me montre le planning de la semaine :\n{{17 visites}}\n{{2 agentes}}\n{{1 voiture}} de service\nLa voiture a {{210 000 km}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Alès}}. Un randonneur néerlandais tombé dans les {{Cévennes}}, ramené par l'hélico. [[PERSONNE:Joost van der Meer]], passeport [[IDENTIFIANT:NW4RK82P3]]. L'IOA ([[PERSONNE:Karine]]) parle anglais avec lui, tout le monde est détendu, lui le premier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Nîmes}}, entretien de sortie. M. [[PERSONNE:Saïd Abdallah]] part en résidence sociale à {{Alès}}, {{foyer Adoma}}, {{chambre 12}}. L'éducateur ([[PERSONNE:Romain]]) lui rend ses papiers : récépissé, carte {{Vitale}}, notif {{SIAO}} réf [[IDENTIFIANT:SIAO30-24-0597]]. Il serre la main de tout le monde, même la mienne.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} : M. [[PERSONNE:Alexis Petit]] veut savoir si le versement est parti. L'agente ([[PERSONNE:Nadia]]) vérifie : oui, le {{5}}, et relit le compte pour être sûre : [[IBAN:FR76 2004 1113 6569 8728 1494 324]]. « C'est bien la {{Banque Postale}} ? — oui. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Perpignan}}. [[PERSONNE:M'Barek Aït Lahcen]], {{52 ans}}, ouvrier agricole, arrivé en {{1998}} pour les pêches. La conseillère ([[PERSONNE:Sandra]]) le prépare pour une {{VAE}} d'ouvrier arboricole. Il a {{26 ans}} d'expérience et pas un papier qui le prouve.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la {{pharmacie du Marché}} : les urgences ont-elles encore du vaccin antitétanique ? Oui. {{30 secondes}}. L'agent me dit que c'est le seul appel « simple » de l'heure.",
    ),
]

# Notes 141-175.
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}, rdv de {{10h20}}. Mme [[PERSONNE:Priscilla Moutoussamy]] a déménagé et vient tout mettre à jour : nouvelle adresse [[ADRESSE:9 impasse des Glycines, 34070 Montpellier]], nouveau compte [[IBAN:FR76 3000 2240 9522 5846 5707 757]]. L'agent ([[PERSONNE:Cédric]]) saisit, puis : « et le bail ? ». Oublié sur la table de la cuisine. Revenir jeudi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Samedi {{15h}}, urgences. Match de rugby à côté : {{3 entorses}} et un nez cassé en {{40 min}}. Les joueurs attendent en short, de la boue jusqu'aux genoux 🏉 L'agent d'accueil : « tous les samedis ». Aucun n'a pensé à prendre ses papiers.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription {{FT}}, rdv {{9h}}. [[PERSONNE:Kevin Nguyen-Lambert]], {{26 ans}}, licencié économique d'un entrepôt de logistique. La conseillère ([[PERSONNE:Myriam]]) vérifie : né le [[DATE_NAISSANCE:07/03/1998]], identifiant [[ID_FRANCE_TRAVAIL:3390218 J]]. Il pose plein de questions sur le {{CSP}}, elle sort un schéma plastifié.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Perpignan}}. Un monsieur âgé parle catalan à l'agente, qui répond en catalan ([[PERSONNE:Montserrat]], elle est de {{Prades}}). Lui, c'est [[PERSONNE:Pere Llobet]] : sa femme est hospitalisée à {{Barcelone}}, soins à l'étranger, formulaire {{S2}}. Je ne comprends rien mais ils rient beaucoup.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un monsieur appelle pour la {{4e nuit}} de suite, toujours à {{19h}} pile. L'écoutante le reconnaît à la voix : « bonsoir M. [[PERSONNE:Lambert]] ». Il redonne son numéro à chaque fois, [[TELEPHONE:07.69.30.41.18]], au cas où. Ce soir il y a une place. Silence, puis « ah bon ? ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, instruction d'une demande de {{RSA}}. M. [[PERSONNE:Olivier Tessier]], {{55 ans}}, fin de droits {{ARE}}, hébergé chez sa mère au [[ADRESSE:23 rue des Écoles]]. L'agente ([[PERSONNE:Vanessa]]) explique qu'il faudra signer un {{CER}}. Il demande ce que c'est ; elle aussi a du mal à l'expliquer.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}. [[PERSONNE:Yasmine Belhadj]], étudiante, n'arrive pas à faire sa demande d'{{APL}} en colocation. Num alloc [[N_ALLOCATAIRE:9245810]]. Le conseiller ([[PERSONNE:Pierre-Yves]]) envoie la liste des pièces à [[EMAIL:yasmine.belhadj@etu.umontpellier.fr]] et épelle « [[PERSONNE:b-e-l-h-a-d-j]] » deux fois pour être sûr.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Béziers}}, la nuit. Le {{SAMU}} annonce un jeune Anglais du {{Cap d'Agde}}, [[PERSONNE:Harry Whitfield]], {{19 ans}}, tombé d'un balcon. Ses amis appellent {{10 min}} après ; l'un d'eux laisse son numéro anglais : [[TELEPHONE:+44 7700 912 384]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Montpellier}}, {{Mosson}}. Mme [[PERSONNE:Fatoumata Traoré]] et ses {{3 enfants}}, orientés par le {{SIAO}}. Pour son courrier on lui donne : « {{résidence Les Chênes}}, [[ADRESSE:14 rue des Oliviers]] ». L'intervenant ([[PERSONNE:Anthony]]) fait visiter, les enfants courent déjà dans le couloir.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Hamidi]] appelle pour le capital décès de son père. Elle lit le NIR sur un vieux papier : [[NIR:1630199352917 92]], « il était né en {{Algérie}}, à {{Sétif}}, en [[DATE_NAISSANCE:janvier 63]] ». La conseillère, [[PERSONNE:Maryse]], prend son temps. {{18 min}}, beaucoup d'émotion.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : M. [[PERSONNE:Frédéric Lemoine]] ne reçoit plus les SMS de {{France Travail}}. La conseillère ([[PERSONNE:Bérénice]]) vérifie le numéro enregistré : [[TELEPHONE:06 58 47 31 02]] au lieu de [[TELEPHONE:06 58 47 31 20]]. Deux chiffres inversés. Identifiant [[ID_FRANCE_TRAVAIL:0571936 X]]. Corrigé en {{1 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Béziers}}, centre ancien, [[ADRESSE:11 rue des Tisserands, 34500 Béziers]]. Mme [[PERSONNE:Esperanza Fernandez]], {{58 ans}}, au {{RSA}}. Le contrôleur ([[PERSONNE:Ludovic]]) demande les relevés : elle a {{2 comptes}}, dont un à la {{Caisse d'Épargne}} ouvert par son fils, [[IBAN:FR7613485474426995724293172]]. Elle ne savait pas qu'il fallait le déclarer.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}}, vendredi {{16h45}}. Le téléphone sonne dans le vide : la seule agente est au guichet avec une personne en pleurs. « Je peux pas être à deux endroits. » {{11 appels}} manqués à la fermeture.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Parking des urgences de {{Perpignan}}. Un fourgon plaque espagnole, [[IMMATRICULATION:4827 KLM]], arrive en trombe : un homme s'est ouvert la main sur de la ferraille. Ses frères parlent vite, gitan et français mélangés. Le blessé : [[PERSONNE:Antoine Cargol]], dit « [[PERSONNE:Tonio]] ». Pris en {{5 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{CPAM}} à domicile : l'assuré travaillerait pendant son arrêt. [[ADRESSE:2 allée des Peupliers, résidence Le Parc]]. M. [[PERSONNE:Christophe Ballester]] n'est pas là, sa compagne dit qu'il est chez le kiné. L'enquêteur ([[PERSONNE:Serge]]) note l'heure, {{14h12}}, et repart. Il reviendra.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Alès}}. [[PERSONNE:Élise Pellet]], {{31 ans}}, a décroché un CDD saisonnier à la {{Bambouseraie}} d'{{Anduze}} et demande l'aide à la mobilité. La conseillère ([[PERSONNE:Gaëlle]]) veut la carte grise : véhicule [[IMMATRICULATION:BX-271-FW]], adresse [[ADRESSE:mas de la Pradelle, 30140 Anduze]]. Aide accordée : {{120 €}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus. Mme [[PERSONNE:Nathalie Girard]] et son chat {{Moustache}} (gros, roux), [[ADRESSE:6 rue du Moulin, 1er étage]]. L'éducatrice ([[PERSONNE:Sarah]]) parle budget. [[PERSONNE:Nathalie]] a noté toutes ses dépenses dans un cahier {{Clairefontaine}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Sète}}. M. [[PERSONNE:Vincenzo Scotto]], {{63 ans}}, pêcheur retraité, vient pour l'{{ALS}}. Son num alloc, « je le connais pas » : l'agente ([[PERSONNE:Aurore]]) le retrouve avec le nom et la date de naissance, [[DATE_NAISSANCE:11 novembre 1960]]. C'est le [[N_ALLOCATAIRE:1462298]]. Il habite le {{quartier haut}} depuis toujours.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne urgences, matin. Le {{SMUR}} prévient d'un arrêt cardiaque en route. L'IOA prépare le {{box 1}}. Tout le monde bouge sans parler. {{8 min}} après, le camion est là.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant {{FT}} {{Perpignan}} : le conseiller ([[PERSONNE:Jordi]]) relance une candidate pour un poste en station fruitière à {{Elne}}. [[PERSONNE:Marisol Gutiérrez]] dit oui tout de suite et donne son mail pour le contrat : [[EMAIL:marisol.gtz@yahoo.fr]]. Début {{lundi 6h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}}. Mme [[PERSONNE:Claudine Perrot]], {{74 ans}}, ne comprend pas son décompte. L'agent ([[PERSONNE:Fabrice]]) l'explique ligne par ligne. Carte de mutuelle {{MGEN}}, n° adhérent [[IDENTIFIANT:284019376]]. {{22 min}}. Elle dit au revoir à toute la salle.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Narbonne}}, quartier {{Saint-Jean-Saint-Pierre}}. M. [[PERSONNE:Bachir Hamdani]], {{67 ans}}, demande une aide pour une douche adaptée. [[ADRESSE:bât. 3, 15 rue du Languedoc, 11100 Narbonne]]. L'ergothérapeute et l'agente ([[PERSONNE:Élodie]]) mesurent la salle de bain. Le fils, [[PERSONNE:Farid]], donne son tel : [[TELEPHONE:06 27 93 50 16]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, réunion des résidents, {{18h}}. Ordre du jour : le bruit, le ménage des parties communes, la télé. {{14 résidents}} présents. Le vote pour la chaine du soir est serre ({{8 contre 6}} lol). Rien à noter de plus, tout le monde parle en même temps.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Hérault}}. Un voyageur, M. [[PERSONNE:Winterstein]], veut savoir où envoyer ses papiers : il stationne sur l'[[ADRESSE:aire des Cabanes, place 14]] jusqu'en {{septembre}}. L'agente ([[PERSONNE:Lydie]]) conseille la domiciliation au {{CCAS}}. Num alloc [[N_ALLOCATAIRE:0712453]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv {{FT}}. [[PERSONNE:Amadou Bah]] veut changer d'adresse : [[ADRESSE:3 bis rue Paul Valéry]]. Le conseiller ([[PERSONNE:Stéphane]]) lui montre comment le faire lui-même sur l'appli, « comme ça la prochaine fois ». {{6 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{Montpellier}}. Bébé fiévreux de {{9 mois}}, la famille vient du {{Petit-Bard}}. La maman, [[PERSONNE:Kenza Amrani]], tend le carnet de santé : [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:12/01/2024]]. L'IOA ([[PERSONNE:Virginie]]) prend la température : {{39,8}}. Prioritaire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Alès}}, épicerie solidaire. [[PERSONNE:Mélissa Boudon]], {{22 ans}}, a trouvé l'info sur le groupe {{Facebook}} « {{Alès entraide}} ». Inscription en {{15 min}}, ressources {{850 €}}. L'agente ([[PERSONNE:Marie-Claude]]) lui remet sa carte : {{30 €}} de courses par semaine.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. [[PERSONNE:Ainhoa Etxeberria]], espagnole, à {{Perpignan}} depuis {{2 ans}}, immatriculation en cours. Elle dicte son NIE : [[IDENTIFIANT:Y2657728T]]. La conseillère ([[PERSONNE:Samia]]) demande un acte de naissance traduit. « ¿Traducido? en serio ? »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{6h50}}, fin de nuit. L'écoutant de nuit passe les consignes à celle du jour :\n• {{3 familles}} à l'hôtel\n• {{1 refus}}\n• {{12 demandes}} non pourvues\nTout est dans un cahier, pas dans le logiciel (« il plante la nuit »).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : M. [[PERSONNE:Julien Barbier]] ne reçoit pas les mails de {{France Travail}}. Il dicte son adresse, la conseillère ([[PERSONNE:Nadine]]) répète : « [[EMAIL:julien barbier, sans point, chez gmail point com]] ». Dans la fiche il y avait un point. Corrigé. Identifiant [[ID_FRANCE_TRAVAIL:4602281 E]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}, déclaration de grossesse. Mme [[PERSONNE:Ophélie Brunet]], enceinte de {{5 mois}}, premier enfant. L'agente ([[PERSONNE:Corinne]]) lui montre le simulateur. Elle a déjà un num alloc d'étudiante, [[N_ALLOCATAIRE:6059132]]. « On garde le même ? — oui. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{11h}}. Une dame accompagne sa voisine, Mme [[PERSONNE:Hélène Weber]], qui parle mal (AVC ?). L'IOA déclenche l'alerte. La voisine donne ce qu'elle sait : « elle habite au [[ADRESSE:14 rue Pasteur]], son fils c'est [[PERSONNE:Marc]], il est à {{Toulouse}} ». {{90 secondes}} entre l'arrivée et l'appel au scanner.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Sète}}. M. [[PERSONNE:Anis Gharbi]], {{25 ans}}, matelot sur un chalutier, né ici. Il veut sa carte {{Vitale}}, le numéro est sur l'attestation : [[NIR:1 99 02 34 301 570 36]]. L'agente ([[PERSONNE:Magali]]) commande la carte. {{5 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Perpignan}}. [[PERSONNE:Kevin Baptiste]], {{24 ans}}, du quartier {{Saint-Jacques}}, veut devenir chauffeur VTC. La conseillère ([[PERSONNE:Nuria]]) regarde : il a déjà une {{308}}, [[IMMATRICULATION:FP-550-CA]]. Reste la carte VTC et l'examen, {{6 mois}} minimum.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Lunel}} : la fille de M. [[PERSONNE:Émile Roussel]] demande une téléassistance pour son père, seul au [[ADRESSE:7 chemin de la Roubine]]. L'agente ([[PERSONNE:Annie]]) note tout, dont le portable de la fille, [[TELEPHONE:07 52 64 08 91]]. Installation sous {{10 jours}}.",
    ),
]

# Notes 176-210.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Perpignan}}. Mme [[PERSONNE:Montserrat Puig]], née ici mais {{20 ans}} passés à {{Gérone}}, revient s'installer avec ses {{2 enfants}}. Elle veut garder son compte espagnol : [[IBAN:ES40 2100 1841 0067 5795 0381]]. L'agent ([[PERSONNE:Xavier]]) vérifie : zone {{SEPA}}, ça passe. Elle donne aussi son NIR, [[NIR:2 79 03 66 136 639 52]], en catalan d'abord, puis en français.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, aide au permis. [[PERSONNE:Hugo Ribeiro]], {{19 ans}}, a une promesse d'apprentissage chez « {{Carrosserie Lemaire}} » ; le patron, M. [[PERSONNE:Lemaire]], a écrit une lettre à la main. L'agente ([[PERSONNE:Sylviane]]) la photocopie. Aide : {{500 €}} sur {{1 200 €}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Montpellier}}, côté {{Près d'Arènes}}. Mme [[PERSONNE:Naima Tazi]], née à {{Casablanca}} en [[DATE_NAISSANCE:juin 1985]], vient pour la {{CSS}}. L'agente ([[PERSONNE:Laetitia]]) lit le NIR sur l'attestation : [[NIR:285069935050501]]. Dossier complet du premier coup ; clin d'œil de l'agente : « ça arrive ! »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{21h}}. Une maman arrive avec un ado qui a avalé une pile bouton. Tri immédiat, radio. Je note juste le temps : {{4 min}} entre l'entrée et la radio. La maman n'arrête pas de s'excuser.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}}, atelier numérique de {{10h}}. La formatrice ([[PERSONNE:Agathe]]) aide M. [[PERSONNE:Bogdan Ivanov]] à créer une adresse mail : [[EMAIL:bogdan.ivanov1979@gmail.com]]. Il met l'année dans l'adresse « pour pas oublier ». Identifiant FT : [[ID_FRANCE_TRAVAIL:7042516 Y]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}, file familles. M. [[PERSONNE:Stéphane Gautier]], num alloc [[N_ALLOCATAIRE:3760184]], veut être rappelé par une conseillère. Il laisse le [[TELEPHONE:06 34 71 29 58]]. L'agent ([[PERSONNE:Jonathan]]) programme un rappel sous {{48h}}. « Vraiment 48h ? — en général. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Perpignan}}, accueil femmes. Mme [[PERSONNE:Yolanda Santiago]] arrive avec un sac poubelle de vêtements et sa fille [[PERSONNE:Rosa]]. Elle a quitté le domicile au {{Vernet}} cette nuit. L'intervenante ([[PERSONNE:Fanny]]) appelle le {{3919}} pour un conseil, puis la gendarmerie. Portable de la dame noté : [[TELEPHONE:07 49 83 16 02]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Ricardo Pereira]], maçon à {{Agde}}, attend ses {{IJ}} depuis {{6 semaines}}. La conseillère ([[PERSONNE:Mathilde]]) voit que l'IBAN enregistré a un chiffre en trop. Il le redonne : [[IBAN:FR76 3006 6712 9177 7498 5482 207]]. Paiement relancé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Narbonne}}. M. [[PERSONNE:Henri Pujol]], {{81 ans}}, demande une aide pour réparer sa voiture, « sans elle je vais plus au marché ». L'agente ([[PERSONNE:Catherine]]) note la plaque pour le devis : [[IMMATRICULATION:8832 TN 11]]. Vieille {{Peugeot 205}}. Refus probable, elle le lui dit gentiment.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{23h40}}. Une dame âgée appelle pour son petit-fils qui dort dans une voiture. Elle ne veut pas dire son nom à elle, donne celui du petit, [[PERSONNE:Lucas]], et son numéro : [[TELEPHONE:06 85 20 47 13]]. L'écoutant ([[PERSONNE:Mehdi]]) l'appelle direct : messagerie pleine.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Nîmes}}, {{Pissevin}}, [[ADRESSE:bât. 7, 2 place des Tilleuls, 30900 Nîmes]]. M. [[PERSONNE:Boualem Kaci]], déclaré seul, à l'{{AAH}}. Une voiture est immatriculée à cette adresse au nom d'une femme : [[IMMATRICULATION:GK-604-BT]]. Il dit que c'est sa sœur, née le [[DATE_NAISSANCE:18/04/1979]], qui passe le voir. Le contrôleur ([[PERSONNE:David]]) demande une attestation de la sœur.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}}, {{15h}}. {{3 agents}}, personne en attente : calme plat. Ils en profitent pour les courriers. Une agente me montre la pile : « {{1 400}} en retard sur le département ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Chantal Ribes]] ({{Béziers}}), vendangeuse chaque automne depuis {{20 ans}}, radiée pour un rdv fixé en pleines vendanges. Identifiant : [[ID_FRANCE_TRAVAIL:2917460 G]]. La conseillère ([[PERSONNE:Laure]]) voit le contrat {{TESA}} dans le dossier : radiation annulée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Carémeau}}, ligne familles. Une femme appelle pour son père, [[PERSONNE:Ángel Vargas]], amené ce matin de {{Saint-Gilles}}, coup de chaleur dans les vignes. Pour vérifier, elle donne la date de naissance : « le [[DATE_NAISSANCE:4 avril 1961]] ». L'agent ([[PERSONNE:Rachid]]) : « il est en observation, vous pouvez venir ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}}, aide aux frais d'obsèques. Mme [[PERSONNE:Danielle Lefort]] vient de perdre son mari. [[ADRESSE:31 avenue de la Gare]]. L'agente ([[PERSONNE:Sylvie]]) parle très doucement. Facture des pompes funèbres ({{PFG}}) : {{3 850 €}}, n° [[IDENTIFIANT:F-2024-11873]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, accueil. La borne visio en salle d'attente n'est utilisée par personne en {{1 heure}}. Les gens préfèrent attendre un humain. Un monsieur lui tape dessus en passant, pour voir.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du {{CHRS}} de {{Sète}} chez M. [[PERSONNE:Rémi Carrasco]], en logement temporaire sur l'{{île de Thau}}, [[ADRESSE:12 avenue de l'Étang, appt 21]]. Il travaille maintenant dans un mas conchylicole, montre son contrat et son mail pour le bailleur : [[EMAIL:remi.carrasco@laposte.net]]. L'éducatrice ([[PERSONNE:Clémence]]) sourit tout du long.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} d'{{Alès}}. [[PERSONNE:Manon Fabre]], {{28 ans}}, en congé maternité, {{IJ}} calculées sur le mauvais salaire. Tout est dans une pochette : attestation employeur, NIR ([[NIR:2 95 10 30 007 260 42]]), bulletins. L'agent ([[PERSONNE:Hugues]]) : « si tout le monde était comme vous ». {{8 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Perpignan}}. Rdv collectif « permis de conduire » pour les jeunes de {{Saint-Jacques}} : {{9 jeunes}}. [[PERSONNE:Nicolas Maximo]] a déjà le code ; la conseillère ([[PERSONNE:Emma]]) vérifie son numéro NEPH : [[IDENTIFIANT:120466301234]]. Les autres le chambrent.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Perpignan}}. Une dame de {{Céret}} amène son mari, [[PERSONNE:Joan Sala]], tombé de l'échelle en cueillant les cerises. Adresse : [[ADRESSE:mas d'en Roca, chemin de Reynès, 66400 Céret]]. L'IOA ([[PERSONNE:Aude]]) : « les cerises, c'est la saison des échelles ». {{3 par semaine}} en juin, dit-elle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Hérault}}. [[PERSONNE:Jessica Morales]] travaille à {{Valras-Plage}} de {{mai}} à {{septembre}} : doit-elle déclarer ses pourboires ? L'agente ([[PERSONNE:Fabienne]]) : « non, seulement le salaire ». Num alloc [[N_ALLOCATAIRE:8834017]]. Elle veut une confirmation écrite à [[EMAIL:jess.morales34@icloud.com]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, {{12h}}. Repas : lentilles-saucisses 😬 Un résident demande s'il y a autre chose ; oui, des œufs. Personne ne commente. La cuisinière connaît tout le monde et les régimes de chacun.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Béziers}}, domiciliation. M. [[PERSONNE:Dorin Munteanu]], moldave, saisonnier agricole à {{Marseillan}}. Passeport roumain (double nationalité) n° [[IDENTIFIANT:055913427]]. L'agente ([[PERSONNE:Véronique]]) enregistre la domiciliation pour {{1 an}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{CPAM}} à {{Lunel}} : une assurée en arrêt serait vue tous les jours au marché. Sur place, Mme [[PERSONNE:Sandrine Aubert]] est chez elle, [[ADRESSE:9 rue du Bassin, 34400 Lunel]]. C'est sa sœur jumelle, [[PERSONNE:Séverine]], qui tient le stand. L'enquêteur ([[PERSONNE:Marc]]) relève la plaque du camion du stand, [[IMMATRICULATION:EV-330-MX]]. Il y croit à moitié.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}}, {{midi}}. L'équipe mange devant les postes, casque autour du cou. Le compteur : {{34 appels}} en attente, temps moyen {{11 min}}. Personne ne se lève.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} des ressources. M. [[PERSONNE:Mathieu Brun]], auto-entrepreneur (jardinage), SIRET [[IDENTIFIANT:87788046800054]]. Le contrôleur ([[PERSONNE:Pascal]]) compare le chiffre d'affaires déclaré à l'{{URSSAF}} et à la Caf : {{2 300 €}} d'écart. Relevés du compte pro demandés, IBAN [[IBAN:FR7642559605782582152443673]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences. Un étudiant chinois de {{22 ans}}, [[PERSONNE:Wang Hao]], douleur abdominale. Passeport : [[IDENTIFIANT:EJ4471023]]. L'IOA ([[PERSONNE:Noémie]]) passe par l'anglais. Il s'excuse à chaque question.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}}, accueil. Mme [[PERSONNE:Gisèle Robert]] a reçu sa convocation du {{12 mars}} à l'ancienne adresse ([[ADRESSE:17 rue Victor Hugo]]). L'agent met à jour : [[ADRESSE:2 place du Marché, 11200 Lézignan-Corbières]], tél [[TELEPHONE:04 68 27 50 93]]. « Vous êtes sûre qu'il marche ? — c'est celui de ma voisine. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{CCAS}} : l'assistante sociale de l'hôpital organise le retour à domicile de M. [[PERSONNE:André Blanc]], né le [[DATE_NAISSANCE:25/12/1936]]. Portage de repas dès lundi ? L'agent ([[PERSONNE:Gérald]]) dit oui. {{4 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Hérault}}. Un saisonnier, [[PERSONNE:Théo Marquès]], {{21 ans}}, viré de son logement de fonction au {{Cap d'Agde}} après une dispute avec le patron. Il appelle d'un portable espagnol : [[TELEPHONE:+34 655 21 48 90]]. Pas de place. L'écoutant ([[PERSONNE:Bastien]]) lui indique l'accueil de jour de {{Béziers}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}}. Une retraitée portugaise, Mme [[PERSONNE:Albertina Rocha]], passe {{6 mois}} par an au {{Portugal}} et veut ses remboursements là-bas : [[IBAN:PT50 0035 4293 1374 0611 0115 6]]. L'agent ([[PERSONNE:Ludovic]]) dit que c'est possible.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, permanence à {{Lunel}} (mardi matin seulement). {{23 personnes}} en {{3 heures}}. Sujet n°1 : les contrats saisonniers (asperges, melons) qui font faire le yoyo aux droits. L'agente a fait un tableau à la main pour expliquer le décalage de {{3 mois}} et le photocopie pour tout le monde.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, secours pour la cantine. Mme [[PERSONNE:Aminata Coulibaly]] donne son num alloc pour le quotient : [[N_ALLOCATAIRE:2067391]]. L'agente ([[PERSONNE:Joëlle]]) appelle la {{Caf}} devant elle pour vérifier ({{12 min}} d'attente). Tél de Mme [[PERSONNE:Coulibaly]] pour la réponse : [[TELEPHONE:07 83 12 56 40]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Narbonne}}. M. [[PERSONNE:Rahmatullah Hakimi]], afghan, fait les vendanges avec une agence d'intérim et dort au CHRS depuis {{3 semaines}}. Titre de séjour n° [[IDENTIFIANT:1103458712]]. L'éducatrice ([[PERSONNE:Lou]]) l'aide à ouvrir un compte : « pour la paie ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Nîmes}}. Mme [[PERSONNE:Laura Benoît]] crée une micro-entreprise de couture à {{Chemin-Bas}}. SIRET : [[IDENTIFIANT:870 070 174 00020]]. Identifiant : [[ID_FRANCE_TRAVAIL:5802714 K]]. La conseillère ([[PERSONNE:Rim]]) compare l'{{ARCE}} et le maintien de l'{{ARE}}. Elle choisit le maintien.",
    ),
]

# Notes 211-240.
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Béziers}}. [[PERSONNE:Camille Sanchez]], {{23 ans}}, première demande de {{RSA}} après une saison de monitrice de voile à {{Sérignan}}. Tout est sur son téléphone, NIR compris : [[NIR:2 01 04 34 032 176 92]]. L'agent ([[PERSONNE:Nicolas]]) doit lui dire non : moins de {{25 ans}}, et pas assez d'heures pour le {{RSA jeune actif}}. Elle reste assise un moment sans rien dire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{2h}}. Un homme ivre chante du {{Johnny}} dans la salle d'attente. Le vigile l'emmène fumer dehors, ça calme tout le monde. Encore {{15 personnes}} en attente.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Perpignan}}. Une infirmière intérimaire qui fait la saison à {{Argelès}}, Mme [[PERSONNE:Laetitia Casanova]], née à {{Ajaccio}} le [[DATE_NAISSANCE:19/07/1990]]. Elle dicte son numéro : [[NIR:2 90 07 2A 004 891 92]]. L'agent ([[PERSONNE:Jérôme]]) tape « 2A » dans une case numérique, ça bloque. Il rit : « avec la {{Corse}} ça plante toujours ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Gard}}, veille du {{14 juillet}}. {{41 appels}} depuis {{18h}}. Beaucoup de jeunes saisonniers refoulés des campings du {{Grau-du-Roi}}. L'écoutante : « chaque été c'est pareil, et chaque été on fait comme si on découvrait ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Sète}}, aide exceptionnelle pour une facture d'eau. Mme [[PERSONNE:Liliane Barthès]], {{76 ans}}. Le CCAS paie d'habitude directement le fournisseur, mais elle veut l'argent sur son compte « pour être sûre ». L'agente ([[PERSONNE:Muriel]]) prend quand même son RIB pour le dossier : [[IBAN:FR76 1831 5979 5106 7165 9344 721]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}. Un père divorcé, M. [[PERSONNE:Yohan Lebrun]], veut savoir si son ex touche bien l'{{ASF}}. L'agent ([[PERSONNE:Samir]]) : « je ne peux pas vous répondre, c'est son dossier ». Il insiste {{5 min}}, puis demande une réponse écrite à sa propre adresse : [[EMAIL:yohan.lebrun@sfr.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Sète}}. [[PERSONNE:Dylan Arnaud]], {{25 ans}}, pêcheur de tellines l'hiver, saisonnier l'été, voudrait le permis bateau pro. Identifiant [[ID_FRANCE_TRAVAIL:6634027 S]]. La conseillère ([[PERSONNE:Chrystèle]]) demande comment il ira en formation à {{Frontignan}} : scooter, plaque [[IMMATRICULATION:EB-829-DN]]. Ok.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences d'{{Alès}}. Un éleveur de {{Saint-Jean-du-Gard}} demande s'il doit venir pour une morsure de son chien, {{Pirate}}. L'infirmière ([[PERSONNE:Agnès]]) : « oui, et son vaccin est à jour ? ». Il laisse son fixe : [[TELEPHONE:04 66 85 30 12]]. Nom : M. [[PERSONNE:Roumieux]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, bagagerie. {{63 casiers}}, tous pleins. Un homme vient récupérer un costume pour un entretien d'embauche. L'intervenant l'aide à faire son nœud de cravate avec un tuto {{YouTube}}. On applaudit quand il part.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{Hérault}}. M. [[PERSONNE:Kamel Bouzid]] appelle de {{Montpellier}} pour une attestation de droits. Identification : NIR [[NIR:187053417230950]], né le [[DATE_NAISSANCE:26 mai 1987]]. Le conseiller ([[PERSONNE:Thomas]]) la dépose sur son compte {{Ameli}}. {{2 min}}, propre.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}. Mme [[PERSONNE:Sabine Leroy]], assistante maternelle, vient pour le complément mode de garde ; mais c'est elle la salariée, ce n'est pas le bon guichet, c'est {{Pajemploi}}. L'agente ([[PERSONNE:Élise]]) l'oriente. Elle laisse quand même son num alloc, [[N_ALLOCATAIRE:4475209]], et son tel, [[TELEPHONE:06 21 95 84 37]], « au cas où ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Perpignan}}, ligne canicule. De {{9h}} à {{12h}}, l'agente appelle les {{48 inscrits}} du registre un par un et coche sur une liste papier. Trois ne répondent pas, elle enverra quelqu'un. Elle parle catalan avec deux d'entre eux.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus du {{CHRS}} de {{Béziers}}, à {{la Devèze}} : [[ADRESSE:bât. K, 21 allée des Tamaris, 34500 Béziers]]. Mme [[PERSONNE:Gülsen Demir]] et ses {{2 filles}}. L'éducateur ([[PERSONNE:Karim]]) remplit avec elle la demande de logement social, demande la date de naissance de la plus jeune : [[DATE_NAISSANCE:1er août 2016]]. Numéro unique de la demande : [[IDENTIFIANT:03423071823456]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Agde}}, [[ADRESSE:12 rue des Goélettes, appt 304, 34300 Agde]]. M. [[PERSONNE:Patrice Gaillard]] sous-louerait son logement social aux touristes l'été. Le contrôleur ([[PERSONNE:Hamid]]) a des annonces {{Airbnb}} imprimées par un voisin. Compte où arrivent les paiements : [[IBAN:FR7610907356664260698771024]]. Il nie tout, calmement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}}, {{9h}}. La file déborde sur le trottoir. Une agente remonte la file avec une tablette pour « pré-qualifier » : {{un tiers}} des gens repart avec une réponse sans attendre. Elle fait ça tous les lundis.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} après un signalement de voisin : M. [[PERSONNE:Gilbert Faure]], {{84 ans}}, accumulation d'objets ({{Diogène}} ?), [[ADRESSE:5 impasse du Lavoir]]. Il ne nous laisse pas entrer mais parle {{20 min}} sur le pas de la porte. L'agente ([[PERSONNE:Isabelle]]) laisse sa carte et note le numéro du neveu, [[TELEPHONE:06 09 71 43 28]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant {{FT}} {{Narbonne}} : la conseillère ([[PERSONNE:Julie]]) propose à [[PERSONNE:Alba Castells]] un poste de vendeuse saisonnière dans une boutique de la {{Cité}} de {{Carcassonne}}. Identifiant : [[ID_FRANCE_TRAVAIL:1547390 M]]. Le CV part à l'employeur depuis l'adresse de la candidate, [[EMAIL:alba.castells@gmx.fr]]. Réponse attendue {{vendredi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Perpignan}}, {{16h}}. Une gamine de {{Saint-Jacques}} s'est brûlée avec l'huile de la friteuse. Sa grand-mère, Mme [[PERSONNE:Pilar Reyes]], parle fort ; l'IOA ([[PERSONNE:Cécile]]) parle encore plus fort. La petite, [[PERSONNE:Chanel]], {{7 ans}}, serre un doudou {{Hello Kitty}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un homme dort dans sa voiture sur le parking d'un supermarché avec son fils de {{10 ans}}. Il donne le modèle et la plaque pour que l'équipe mobile le trouve : {{Kangoo}} blanc, [[IMMATRICULATION:AR-417-PQ]]. Lui, c'est M. [[PERSONNE:Olivier Dumont]]. Maraude prévenue à {{22h10}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Montpellier}}, antenne {{Mosson}}. Mme [[PERSONNE:Binta Diakité]], {{4 enfants}}, déclare la naissance du dernier, [[PERSONNE:Issa]], né le [[DATE_NAISSANCE:5 mars]]. L'agente ([[PERSONNE:Djamila]]) enregistre ; num alloc [[N_ALLOCATAIRE:5290163]]. Le bébé dort dans l'écharpe pendant tout le rdv.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un appel en anglais, un touriste australien. La conseillère ne parle pas anglais, elle transfère : perdu. Il rappelle, retombe sur elle. Elle soupire et essaie avec {{DeepL}}. Ca marche a peu pres 🤷",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Hérault}}. Une femme appelle pour sa voisine âgée qui ne parle que gitan et espagnol, Mme [[PERSONNE:Remedios Heredia]]. L'agent ([[PERSONNE:Fabrice]]) refuse de parler du dossier sans elle. La voisine lui passe le combiné, ça se finit en espagnol avec une collègue. Rappel prévu au [[TELEPHONE:04 67 10 52 88]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, aide alimentaire. M. [[PERSONNE:Khalid Benjelloun]], marocain, arrivé d'{{Espagne}} où il a vécu {{12 ans}}. Seule pièce : sa carte de résident espagnole, NIE [[IDENTIFIANT:X6351228P]]. L'agente ([[PERSONNE:Ghislaine]]) l'accepte pour l'aide d'urgence. Colis remis.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Perpignan}}. M. [[PERSONNE:Samuel Gimenez]], {{38 ans}}, a signé un CDI au marché {{Saint-Charles}} (fruits et légumes). L'éducatrice ([[PERSONNE:Hélène]]) prépare avec lui le dossier de logement et crée une adresse pour l'agence immo : [[EMAIL:samuel.gimenez.66@gmail.com]]. Il a les larmes aux yeux.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Nîmes}}. Un couple qui travaille dans les serres de {{Saint-Gilles}}, M. et Mme [[PERSONNE:Moreno Jiménez]]. Lui tend son DNI, [[IDENTIFIANT:12196587D]] ; elle son NIE, [[IDENTIFIANT:Z8917421G]] (elle est colombienne). L'agent ([[PERSONNE:Guillaume]]) ouvre les {{2 dossiers}} en même temps. {{35 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences, ligne familles, {{8h15}}. Un jeune appelle pour son colocataire, [[PERSONNE:Maxime Roche]], amené cette nuit. L'agente ([[PERSONNE:Estelle]]) ne dit rien. Il laisse son numéro pour que [[PERSONNE:Maxime]] le rappelle : [[TELEPHONE:07 66 52 19 83]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}. M. [[PERSONNE:Adrian Popescu]], roumain, ici depuis {{5 ans}}, ouvre ses droits à la {{prime d'activité}}. Il a enfin son NIR définitif : [[NIR:1 93 07 99 114 691 70]]. RIB {{BNP}} : [[IBAN:FR76 3000 4565 0111 3812 7510 419]]. L'agente ([[PERSONNE:Odile]]) : « tout est bon, premier versement le {{5}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Alès}}, mardi. Permanence « aide aux vacances » : {{14 dossiers}} ce matin pour des séjours à {{Palavas}} et au {{Grau-du-Roi}}. Certains enfants n'ont jamais vu la mer, à {{70 km}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Narbonne}}, fin de journée. Dernier ticket à {{16h02}}. L'agente me dit que l'été, la moitié des visiteurs sont des saisonniers dont la situation change tous les mois. « Il faudrait un guichet rien que pour eux. » Elle range son bureau en {{2 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Figuerolles}}, dernière note de la semaine. M. [[PERSONNE:Pedro Santos]], portugais, {{60 ans}}, ancien maçon, vient tous les jours depuis {{4 ans}}. Il demande ce que j'écris, je lui montre. Il rit : « mettez que [[PERSONNE:Pedro]] il fait le meilleur café ». Il me laisse son numéro, « si vous revenez » : [[TELEPHONE:06 48 13 72 05]].",
    ),
]


NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for match in MARK_RE.finditer(marked):
        chunk = marked[last : match.start()]
        parts.append(chunk)
        pos += len(chunk)
        label, value, kept = match.groups()
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"span with outer whitespace {value!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = kept
            if value not in keep:
                keep.append(value)
        parts.append(value)
        pos += len(value)
        last = match.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build_notes():
    """Number the notes in writing order and strip their marks."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad site kind or channel in note {number}")
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
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    dev = [n for n in notes if n["id"] in dev_ids]
    holdout = [n for n in notes if n["id"] in holdout_ids]
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    for name, part in (("all", notes), ("dev", dev), ("holdout", holdout)):
        labels = Counter(e["label"] for n in part for e in n["entities"])
        empty = sum(not n["entities"] for n in part)
        print(
            f"{name}: {len(part)} notes, {empty} without any entity, {dict(sorted(labels.items()))}"
        )


if __name__ == "__main__":
    main()
