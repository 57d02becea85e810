"""Independent evaluation corpus n° 114: 240 hand-written observation notes.

A week of immersions in Bretagne (Brest, Quimper, Lorient, Vannes, Saint-Brieuc, Morlaix and
the countryside), plus ordinary notes from sites elsewhere. Each note is a
``(site_kind, channel, text)`` tuple where ``[[LABEL:value]]`` marks a value to mask and
``{{value}}`` a string to keep. Running this file (standard library only) writes ``dev.jsonl``
and ``holdout.jsonl`` next to it; the output is deterministic.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind114"
SEED = 114
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

# Monday: Brest, Quimper, Lorient and around.
BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Brest}}, {{8h50}}, déjà {{14 personnes}} dehors sous la pluie. Ouverture {{9h}} pile. L'agente d'accueil, [[PERSONNE:Gwenaëlle]], distribue les tickets : A pour rdv, B sans rdv. Moi je suis avec [[PERSONNE:Yannick]] au {{guichet 3}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "1ere pers : Mme [[PERSONNE:Le Bihan]], {{2 enfants}}, vient pour la {{prime d'activité}} qui a baissé. [[PERSONNE:Yannick]] tape son num alloc [[N_ALLOCATAIRE:2915364]] → ressources du trimestre pas déclarées. Elle : « j'ai cru que c'était automatique ». Elle en profite pour changer de banque, nouveau RIB imprimé au {{Crédit Mutuel}}, IBAN [[IBAN:FR76 1558 9601 8088 6286 8639 194]]. {{12 min}} en tout.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ecran d'accueil en panne {{20 min}}, les gens font la queue devant la borne. Personne ne sait si c'est le wifi ou le logiciel. Un monsieur âgé finit par demander à l'agent de lui lire son courrier {{CAF}} à voix haute.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}}, {{Quimper}}. Appel d'un monsieur de {{Douarnenez}}, ne comprend pas le trop-perçu de {{1 240 €}} sur l'{{APL}}. Conseillère ([[PERSONNE:Soizic]]) lui demande n° allocataire + date de naissance : « [[N_ALLOCATAIRE:5021877]], né le [[DATE_NAISSANCE:14/02/1959]] ». Elle lui propose un échéancier à {{60 €/mois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{11h42}}, une jeune maman en pleurs, le bébé crie derrière. Dossier {{PAJE}} bloqué parce qu'il manque l'acte de naissance. Conseillère très douce, lui explique comment le déposer sur {{caf.fr}} depuis son tél. Pas de nom noté, elle a raccroché avant.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Hervé Quéré]], contrôleur {{Caf}} depuis {{19 ans}}. Logement de Mme [[PERSONNE:Aïssatou Baldé]], [[ADRESSE:7 rue Jules Lesven, 29200 Brest]], {{3e étage}} sans ascenseur. Objet : vérifier isolement ({{API}} / {{ASF}}). Il regarde la salle de bain, compte les brosses à dents 😬. Elle montre son bail {{Brest Métropole Habitat}}. {{45 min}}. Dans la voiture après, il m'explique sa façon de faire : il ne cherche pas « à piéger », il cherche la situation réelle. Sur {{10 contrôles}}, il en trouve {{2 ou 3}} avec une erreur, presque toujours de bonne foi (un changement pas déclaré, un enfant parti en apprentissage). Les vraies fraudes, « {{une par an}}, peut-être ». Il a l'air fatigué de la réputation des contrôleurs. Moi je pensais voir un flic, je repars avec l'image d'un travailleur social qui compte les brosses à dents.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Route vers {{Plounévézel}}, {{25 min}} de voiture. [[PERSONNE:Hervé]] m'explique qu'il prévient toujours par courrier {{8 jours}} avant. Le monsieur ([[PERSONNE:Dominique Guivarc'h]]) nous attend sur le pas de la porte avec son chien {{Bijou}}. Maison en {{pierre}}, humide, poêle à bois. Il touche le {{RSA}} + {{APL}}, déclare vivre seul ; son frère passe « de temps en temps ». [[PERSONNE:Hervé]] note, ne juge pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Brest}}, accueil sur rdv. M. [[PERSONNE:Tanguy]], {{61 ans}}, vient pour sa {{carte Vitale}} perdue. L'agent ([[PERSONNE:Fabrice]]) vérifie le {{NIR}} qu'il dicte : [[NIR:1 62 11 29 019 602 80]]. Né à Brest en [[DATE_NAISSANCE:nov 62]], ok ça colle. Commande nouvelle carte, attestation papier en attendant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame d'origine ukrainienne, [[PERSONNE:Olena Kovalenko]], avec sa fille qui traduit. Demande de {{CSS}}. L'agente [[PERSONNE:Maëlle]] remplit le formulaire avec elles, écrit l'adresse : [[ADRESSE:15 rue de Kergoat, 29200 Brest]]. Il manque l'avis d'imposition, elles reviendront {{jeudi}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} en libre-service : {{3 personnes}} sur 5 n'arrivent pas à imprimer leur attestation. Le papier est coincé. L'agent dit que ça arrive tous les {{lundis}} 🙃",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, site de {{Lorient}}. Appel : assurée veut savoir où en sont ses {{IJ}}. Elle dicte son numéro de sécu, le conseiller le répète chiffre par chiffre : [[NIR:2 78 01 56 121 740 09]]. Le conseiller [[PERSONNE:Loïc Le Strat]] voit que l'employeur n'a pas envoyé l'attestation de salaire. Il lui dit d'appeler la {{RH}}. {{6 min 30}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un kiné de {{Landerneau}} qui râle sur un rejet de facturation. Pas un assuré → le conseiller le transfère. Durée {{3 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite domicile avec l'agente assermentée [[PERSONNE:Nathalie Kerjean]]. Assuré en arrêt maladie depuis {{3 mois}}, sorties autorisées {{9h-11h}} / {{14h-16h}}. On sonne à {{15h10}} au [[ADRESSE:22 rue de la Villeneuve, 56100 Lorient]]. Personne. Elle laisse un avis de passage, il devra justifier sous {{48h}}. Elle me dit que la moitié du temps c'est juste qu'ils étaient chez le médecin.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Quimper}}, permanence du matin. M. [[PERSONNE:Mehmet Yilmaz]] demande une aide pour sa facture {{EDF}} de {{380 €}}. Le travailleur social, [[PERSONNE:Goulven]], appelle le {{FSL}}. Réf client EDF lue sur la facture : [[IDENTIFIANT:6004 218 735]]. Dossier à passer en commission {{mardi}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Queue : {{6 personnes}} à {{9h15}}. Une mamie vient juste pour qu'on l'aide à remplir sa déclaration d'impôts, elle a {{87 ans}}, « mon fils est à {{Nantes}} ». Agent patient, {{25 min}} pour elle seule.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Colis alimentaire / bons {{Restos du Cœur}} : la secrétaire [[PERSONNE:Marie-Annick]] tient un cahier papier (!!) avec les noms. Je vois juste la ligne du jour : « [[PERSONNE:FOFANA Mariam]] – {{4 pers}} – bon {{45 €}} ». Elle dit que l'informatique « c'est pour l'année prochaine » depuis {{2019}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Vannes}}. Appel d'une fille pour son père, [[PERSONNE:Jean-Claude Le Maguer]], qui sort de l'hôpital et vit seul à {{Ménimur}}. Elle veut le portage de repas. L'agente prend son tel : [[TELEPHONE:06 71 42 88 19]]. Rappel prévu demain.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour la {{3e fois}} cette semaine pour savoir si la {{mairie}} « a reçu son dossier ». L'agente : « Oui Monsieur, c'est en cours ». Il raccroche content. Elle me dit : « il est seul, il a besoin de parler ». ❤️",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{St-Brieuc}}, quartier {{Croix-St-Lambert}}. Mme [[PERSONNE:Rosine Hamon]], {{79 ans}}, veuve, demande aide ménagère. Conseillère [[PERSONNE:Katell Prigent]] regarde le frigo (vide ou presque), les factures sur la table. Numéro de la voisine noté en cas d'urgence : [[TELEPHONE:02 96 61 37 04]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{2e visite}}, {{HLM}} {{Terre et Baie Habitat}}. Le monsieur refuse d'ouvrir, parle derrière la porte. [[PERSONNE:Katell]] ne force pas, glisse sa carte sous la porte. « On reviendra, c'est souvent comme ça la première fois. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Cavale Blanche}}, accueil {{IOA}}. {{22 patients}} en attente à {{14h}}, attente annoncée {{5h}}. Une infirmière d'accueil ([[PERSONNE:Sandrine]]) fait le tri en {{3 min}} par personne. Un jeune en moto, main en sang, passe avant tout le monde, personne ne râle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission : la secrétaire saisit une dame de {{84 ans}} amenée par les {{pompiers}} depuis {{Plougastel}}. Pas de {{carte Vitale}}. Elle retrouve le dossier par nom + {{DDN}} : [[PERSONNE:LE ROUX Yvette]], [[DATE_NAISSANCE:03/06/1940]]. IPP affiché : [[IDENTIFIANT:290045187]]. Fille prévenue au [[TELEPHONE:06 08 54 21 77]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : télé sans le son, distributeur de boissons en panne, un papy dort sur {{3 chaises}}. Un enfant joue avec une bouteille d'eau. {{16h20}} : toujours {{19 personnes}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél de l'accueil urgences ({{Morlaix}}). Une femme appelle pour savoir si son mari est arrivé : « [[PERSONNE:Pierre Abgrall]], il a fait un malaise au marché ». La secrétaire vérifie : oui, en {{box 4}}. Elle ne donne rien d'autre au tel (secret médical) mais lui dit de venir.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Beaucoup d'appels de gens qui demandent « combien d'attente » avant de venir. Réponse standard : on ne peut pas dire, appelez le {{15}} si c'est grave. {{7 appels}} de ce genre en {{1h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour ({{AGEHB}} ?), {{Brest}}, {{rue de Siam}} presque. Café ☕ + douches. Éduc [[PERSONNE:Tristan]] me présente « [[PERSONNE:Kiki]] », {{50 ans}}, à la rue depuis l'hiver. Il veut récupérer son courrier : domiciliation ici. Il montre sa {{CNI}}, je vois le numéro [[IDENTIFIANT:120329200451]] (il la tend à tout le monde, fier qu'elle soit encore valide).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe {{10h}} : {{11 places}} en {{CHRS}} pour {{34 demandes}} {{SIAO}} en attente sur le {{pays de Brest}}. L'éduc dit que les femmes seules avec enfant passent avant. Tout le monde a l'air épuisé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{29}}, soir. Appel {{21h05}} : un homme, [[PERSONNE:Alexandru Popescu]], avec sa femme et {{2 enfants}} dans la voiture, parking {{Leclerc}} de {{Quimperlé}}. Plaque demandée pour la maraude : [[IMMATRICULATION:CJ 07 RXT]] (roumaine). Écoutant : [[PERSONNE:Benoît]]. Pas de place → hôtel pour {{1 nuit}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une femme qui chuchote, elle est dans les toilettes d'un bar à {{Lorient}}, son conjoint la cherche. [[PERSONNE:Benoît]] bascule direct sur le protocole violences, appelle le {{17}}. Je n'ai rien noté d'autre, trop rapide.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus ({{CHRS}}), {{Quimper}} {{Kermoysan}}. Jeune femme, [[PERSONNE:Sabrina Ait Ouali]], et son fils [[PERSONNE:Nolan]] ({{4 ans}}). L'éducatrice [[PERSONNE:Anne-Sophie]] vérifie l'état du logement, le contrat d'hébergement, le budget. Tout est propre, il y a des dessins sur le frigo. [[PERSONNE:Sabrina]] parle de sa formation d'aide-soignante.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Brest Europe}}. Conseiller [[PERSONNE:Mickaël Le Goff]]. 1er rdv : M. [[PERSONNE:Ousmane Diakité]], {{28 ans}}, soudeur, sorti d'intérim {{Naval Group}}. Identifiant lu à l'écran : [[ID_FRANCE_TRAVAIL:4823615L]]. Parlent de la formation {{CACES}}. Rdv {{30 min}}, très efficace.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Zone d'accueil : {{2 écrans}} « {{francetravail.fr}} » en libre accès, un service civique aide les gens. Une dame ne se souvient plus de son mot de passe, le jeune lui fait réinitialiser par mail : [[EMAIL:nadine.le.floch29@orange.fr]]. Le mail n'arrive pas. {{15 min}} plus tard, toujours rien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier {{CV}} {{10h-12h}} : {{5 inscrits}}, {{2 présents}}. La conseillère dit que c'est normal le {{lundi}}. On fait quand même l'atelier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}} (en fait c'est l'agence qui rappelle). Conseillère [[PERSONNE:Sylvie]] rappelle M. [[PERSONNE:Kowalczyk]] qui a eu un courrier de radiation. Il dit qu'il n'a jamais reçu la convocation, il a déménagé à {{Landivisiau}}. Elle met à jour l'adresse : [[ADRESSE:3 impasse des Glycines, 29400 Landivisiau]]. Radiation annulée, ouf.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant pour vérifier une inscription : le demandeur ne répond pas, messagerie pleine. La conseillère laisse un {{SMS}} via l'outil. Elle fait {{25 appels}} sortants par matinée, « en moyenne {{10}} décrochent ».",
    ),
]

# Tuesday: Lorient, Vannes, Saint-Brieuc, and a few notes from sites elsewhere.
BATCH_2 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Lorient}}, accueil. Agent : [[PERSONNE:Erwan Le Floc'h]]. Un couple de {{Lanester}}, M. et Mme [[PERSONNE:Gonçalves]], viennent déclarer la naissance de leur {{3e}}. Le papa donne sa date de naissance pour retrouver le dossier : « [[DATE_NAISSANCE:12 octobre 1985]] ». Numéro allocataire sur le courrier : [[N_ALLOCATAIRE:0587341]]. [[PERSONNE:Erwan]] explique la {{PAJE}}, ils avaient peur d'avoir déclaré trop tard. Non, ça passe.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune homme, {{19 ans}}, veut savoir s'il a droit aux {{APL}} pour un studio à {{Vannes}} ({{BTS}}). Il a déjà créé son compte mais a mis une mauvaise adresse mail : [[EMAIL:theo.mahe56@gmail.com]] au lieu de [[EMAIL:theo.mahe.56@gmail.com]]. L'agente corrige. Il repart avec une simulation : {{189 €}}/mois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Roubaix}}, {{40 min}} d'attente, {{2 agents}} pour une salle pleine. Une dame veut un rdv avec une assistante sociale, on lui dit que c'est la {{MDS}}, pas la Caf. Elle repart en disant « on me renvoie partout ». Pas vu de nom.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}}. M. [[PERSONNE:Traoré]] appelle depuis {{Saint-Brieuc}} : il a changé de banque, la prochaine {{AAH}} doit aller sur le nouveau compte. La conseillère ([[PERSONNE:Armelle]]) refuse de prendre l'IBAN par tel : il doit le déposer dans son espace. Il insiste et le lit quand même : « [[IBAN:FR76 1290 6329 8739 7038 1814 677]] ». Elle ne le note pas. Sécurité.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{3230}}. Appel d'une dame de {{Villeurbanne}}, elle parle très vite : « mon numéro c'est le [[N_ALLOCATAIRE:7 412 906]], je suis Mme [[PERSONNE:BENALI Khadija]]… ». Elle ne comprend pas pourquoi son {{RSA}} est suspendu. Conseiller : contrôle en cours, il ne peut pas en dire plus. Elle pleure. {{14 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle Caf {{Vannes}}, quartier {{Kercado}}. Contrôleuse [[PERSONNE:Isabelle Rolland]]. M. [[PERSONNE:Ibrahim Koné]] déclare vivre seul avec ses {{2 filles}}. Elle demande les relevés bancaires des {{3 derniers mois}}, il les sort de son tél. Elle recopie l'IBAN pour le rapport : [[IBAN:FR7613807512057644199707197]]. Une voiture est garée devant, elle note la plaque [[IMMATRICULATION:FG-512-KZ]] : « c'est celle de mon cousin ». Elle écrira ce qu'il a dit, c'est tout.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Deuxième contrôle : ferme isolée près de {{Pontivy}}, [[ADRESSE:lieu-dit Kerfloc'h, 56300 Neulliac]]. Le {{GPS}} se perd, {{20 min}} de détour. Mme [[PERSONNE:Nicole Le Corre]] nous offre le café. Elle ne comprend pas pourquoi on vient ; [[PERSONNE:Isabelle]] explique calmement le contrôle aléatoire. Dossier conforme.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Quimper}}, {{11h}}. Une étudiante chinoise, [[PERSONNE:Zhang Yiwen]], veut s'affilier. Elle présente son passeport [[IDENTIFIANT:EA4718263]] et son titre de séjour étudiant. L'agent [[PERSONNE:Thomas]] explique que c'est en ligne sur {{etudiant-etranger.ameli.fr}}. Elle l'a déjà fait, bloqué. Il débloque en {{5 min}}. 👍",
    ),
    (
        "cpam",
        "accueil_physique",
        "pas de rdv avant {{3 semaines}} pr les dossiers invalidite. les gens viennent qd meme, repartent avec un papier + le {{3646}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} de {{Saint-Denis}} ({{93}}). M. [[PERSONNE:Abdoulaye Sissoko]] demande l'{{AME}} pour sa femme. Il lit le récépissé : née le [[DATE_NAISSANCE:1er janvier 1990]] (il rigole : « au village tout le monde est né ce jour-là »). Domiciliation dans une association, pas de rue perso. Agente : [[PERSONNE:Fatima]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}} {{29}}. Une assurée demande son attestation de droits par mail. Conseiller [[PERSONNE:Jérémy]] vérifie identité : NIR [[NIR:255072915144003]], née à {{Morlaix}} en [[DATE_NAISSANCE:juillet 1955]]. Mail : [[EMAIL:monique.cadiou@wanadoo.fr]]. Il explique qu'il ne peut pas envoyer par mail, il dépose dans le compte {{ameli}}. Elle n'a pas de compte ameli. Il l'envoie par courrier.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en breton ?? Non, un monsieur de {{Carhaix}} qui parle avec un accent très fort et des mots bretons, le conseiller rit avec lui. Question sur le remboursement des lunettes {{100 % santé}}. {{4 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail, {{Saint-Brieuc}}. Agente [[PERSONNE:Françoise Le Guen]]. Assuré présent, M. [[PERSONNE:Damien Rault]], {{41 ans}}, lombalgie. Il nous ouvre en jogging, visiblement mal. Sur la tablette je vois son NIR [[NIR:1 83 04 56 260 065 53]] (né à {{Vannes}}). Contrôle conforme. Elle coche, signe, c'est parti. {{12 min}} sur place, {{35 min}} de route.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Brest}}, accueil. M. [[PERSONNE:Yvon Le Gall]] veut une domiciliation. Plus d'adresse depuis qu'il a quitté son appart {{rue Danton}}. Il dort dans sa voiture, une {{Clio}}, plaque [[IMMATRICULATION:4127 VX 29]] (vieille plaque !). Agente : [[PERSONNE:Laurence]]. Elle ouvre la domiciliation tout de suite, courrier à retirer ici {{2 fois par semaine}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lorient}}, quartier {{Bois-du-Château}}. Mme [[PERSONNE:Coulibaly]] et sa voisine Mme [[PERSONNE:Pereira]] viennent ensemble pour l'aide aux vacances. Agent : « il faut le quotient familial ». Mme [[PERSONNE:Coulibaly]] le trouve sur l'appli {{Caf}} : {{QF}} {{512}}. Éligible.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Grenoble}}, pôle seniors. Rdv pour demande de téléassistance. La fille de la dame donne les infos : [[PERSONNE:Giovanna Bianchi]], née en [[DATE_NAISSANCE:1936]], [[ADRESSE:14 avenue Jean Perrot, 38100 Grenoble]], tél fixe [[TELEPHONE:04 76 22 18 93]]. Agente très rapide, formulaire fini en {{10 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel {{CCAS}} {{Morlaix}}. Un voisin signale une dame âgée qu'il ne voit plus sortir, « Mme [[PERSONNE:Kerrien]], au [[ADRESSE:5 venelle du Créou]] ». L'agente ([[PERSONNE:Morgane]]) note tout, appelle la {{police municipale}} pour passage. Le voisin laisse son numéro : [[TELEPHONE:06 62 19 40 73]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appels pour le repas des aînés du {{14 décembre}} : {{23 inscriptions}} par tél ce matin. L'agente note noms et nombre de convives sur une liste papier, je ne vois pas les noms. Elle répète « {{12h}} à la {{salle Arthur Rimbaud}} » à chaque fois 😂",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Lannion}} pour une demande d'aide facultative (chauffage). Logement de M. [[PERSONNE:Fabien Guillou]] et Mme [[PERSONNE:Stéphanie Jézéquel]]. Radiateurs électriques, facture de {{620 €}} pour {{2 mois}}. Le travailleur social demande la réf client {{Engie}} pour le dossier : [[IDENTIFIANT:1402 5583 0176]]. Leur fils ado joue à la {{Switch}} dans le salon.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Concarneau}}, visite chez un ancien marin pêcheur, {{72 ans}}, [[PERSONNE:Jean-Yves]]. La conseillère vient pour un dossier d'aide au maintien à domicile. Il montre des photos de son chalutier, parle {{45 min}} de la pêche, {{15 min}} du dossier. Elle dit que c'est normal.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{hôpital Laennec}}, {{Quimper}}. IOA : [[PERSONNE:Julien]]. Un homme, [[PERSONNE:Patrick Cariou]], s'est coupé avec une meuleuse. La secrétaire demande la mutuelle : « {{Harmonie}}, n° adhérent [[IDENTIFIANT:0081547263]] ». Attente estimée {{3h}}, il repart fumer dehors.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}} de {{Lille}}, {{23h}}. Jeune femme amenée par une amie, très alcoolisée. Pas de papiers. L'amie donne le nom : « [[PERSONNE:Léa]]… [[PERSONNE:Léa Vandenbroucke]], elle est née en [[DATE_NAISSANCE:2003]] ». Installation en box, surveillance. L'amie reste.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Circuit court ouvert à {{10h}} : {{1 médecin}} + {{1 infirmière}} pour les petits bobos. Ça marche : les entorses sortent en {{1h30}}. Les douleurs thoraciques passent direct en box.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Vannes}} ({{Chubert}}). Un {{EHPAD}} appelle pour prévenir qu'il envoie une résidente. L'infirmière note : Mme [[PERSONNE:Thérèse Le Pallec]], {{91 ans}}, chute. C'est l'{{EHPAD Les Hortensias}}, ils appellent {{2 ou 3 fois par semaine}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une mère de {{Montreuil}} : son fils [[PERSONNE:Yanis]] a été amené par le {{SAMU}}, elle veut savoir où il est. La secrétaire demande sa date de naissance pour le trouver : « le [[DATE_NAISSANCE:9 mars 2008]] ». Il est en pédiatrie. Elle demande le numéro direct, on lui donne le standard.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Lorient}}, entretien d'admission. Mme [[PERSONNE:Aminata Camara]], {{31 ans}}, avec {{3 enfants}}, orientée par le {{SIAO}} (réf [[IDENTIFIANT:SIAO-56-2024-0412]]). Éducatrice : [[PERSONNE:Julie Le Corre]]. Elle explique le règlement, les horaires, la participation de {{10 %}} des ressources. Mme [[PERSONNE:Camara]] signe sans lire, fatiguée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Permanence du soir au foyer, {{19h}}. Repas pâtes-saucisses. Un résident, « [[PERSONNE:Le Grand]] » (surnom, il fait {{2m}}), aide à servir. Les éducs disent qu'il est là depuis {{14 mois}}, record.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Morbihan}}, {{22h30}}. [[PERSONNE:Hakim]] (écoutant) prend un appel d'un jeune de {{19 ans}}, mis dehors par sa mère à {{Hennebont}}. Il donne son nom : [[PERSONNE:Kylian Le Dantec]], tél [[TELEPHONE:07 68 31 05 92]]. Place trouvée au {{foyer de Lorient}}, {{chambre 6}}, il faut qu'il y aille à pied ou en bus.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "entre {{23h}} et {{minuit}} : {{9 appels}}, {{0 place}}. [[PERSONNE:Hakim]] repete « je note votre demande, rappelez demain {{9h}} ». il dit que c le pire moment du mois, la fin de mois",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel avec le travailleur social du {{CHRS}} hors les murs. Famille [[PERSONNE:Mahamat]], {{5 personnes}} dans une chambre au {{Première Classe}} de {{Saint-Brieuc}}, {{chambre 214}}. Micro-ondes sur la valise. Le père montre son récépissé de demande d'asile : [[IDENTIFIANT:2207451839]]. On parle de l'école des enfants.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Quimper}} {{Ergué-Armel}}. Conseillère [[PERSONNE:Nolwenn Riou]]. M. [[PERSONNE:Tran Van Minh]], {{58 ans}}, licencié d'une conserverie à {{Douarnenez}}. ID [[ID_FRANCE_TRAVAIL:0712458 N]]. Elle parle de la retraite progressive, il ne veut pas en entendre parler : « je veux travailler ». Mail pour les offres : [[EMAIL:tran.vm@laposte.net]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Marseille}} {{3e}}. La file déborde dans la rue. Un vigile fait entrer par groupes de {{5}}. Une dame me demande si je suis conseiller 😅. Non. Elle veut juste imprimer une attestation {{ARE}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien {{CEJ}}. Jeune : [[PERSONNE:Inès Benhamou]], {{20 ans}}, {{Saint-Brieuc}}. Le conseiller [[PERSONNE:Maxime]] remplit le contrat : identifiant [[ID_FRANCE_TRAVAIL:5296314R]], téléphone [[TELEPHONE:0645188230]], et son insta « pour qu'on se rappelle » [[IDENTIFIANT:@ines.bzh22]] (il refuse de le noter, c'est elle qui insiste). Contrat signé, {{528 €}}/mois max.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant agence {{Lorient}}. Une demandeuse veut annuler un rdv. La conseillère [[PERSONNE:Gaëlle]] lui demande son identifiant : « [[ID_FRANCE_TRAVAIL:6 1 3 0 8 7 2 P]] » dicté chiffre par chiffre. Rdv annulé et reporté au {{12}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "rappels actu : {{40 noms}} sur la liste, elle en fera {{30}}. pause {{10h30}} ☕",
    ),
]

# Wednesday: Saint-Brieuc, Morlaix, the Trégor and the Kreiz Breizh, and elsewhere.
BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} des {{Côtes-d'Armor}}, {{Saint-Brieuc}}. Agente [[PERSONNE:Véronique Le Moal]], {{30 ans}} de maison. Mme [[PERSONNE:Nguyen Thi Lan]] vient avec une lettre : demande de pièces pour l'{{ASF}}, num alloc [[N_ALLOCATAIRE:1186420]]. Elle doit prouver que le père ne paie pas la pension. Le père : « M. [[PERSONNE:Lucas Briand]], je sais pas où il habite ». [[PERSONNE:Véronique]] lui explique l'{{ARIPA}}. Pas simple.",
    ),
    (
        "caf",
        "accueil_physique",
        "Tout le monde ici a un ticket, sauf un monsieur qui s'est glissé dans la file. Grosse engueulade entre deux usagers, l'agent de sécurité intervient. {{3 min}} après, ils discutent ensemble de foot 🤷",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Bas-Rhin}}, {{Strasbourg}}. Un monsieur turc, M. [[PERSONNE:Özdemir]], vient avec son fils [[PERSONNE:Emre]] qui traduit. Il ne reçoit plus l'{{APL}} depuis qu'il a déménagé au [[ADRESSE:8 rue de Wissembourg, 67000 Strasbourg]]. L'agent voit que le bailleur n'a pas rempli l'attestation. Num allocataire [[N_ALLOCATAIRE:3390581]]. Il donne aussi son RIB pour le changement de compte : [[IBAN:FR76 3000 4858 3041 2052 1933 696]]. L'agent lui imprime le formulaire pour le bailleur.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en anglais ! Une Irlandaise installée à {{Crozon}}, [[PERSONNE:Siobhan Murphy]], veut savoir si elle a droit aux allocs familiales. Le conseiller ([[PERSONNE:Gildas]]) se débrouille en anglais scolaire, on rigole un peu. Il lui envoie le lien par mail : [[EMAIL:siobhan.murphy.crozon@gmail.com]]. Elle épelle son nom [[PERSONNE:M-U-R-P-H-Y]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tél {{Caf}}, {{14h-16h}}. Pic d'appels : {{48 en attente}}. Le tableau de bord clignote en rouge. Les conseillers enchaînent sans pause. L'un me dit : « le mardi après la paye, c'est toujours la folie ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Morlaix}}, suspicion de vie maritale. Contrôleur [[PERSONNE:Rémi Baron]]. Chez Mme [[PERSONNE:Laëtitia Le Saout]], [[ADRESSE:11 rue de Brest, 29600 Morlaix]]. Deux brosses à dents, des chaussures d'homme {{taille 45}}. Elle dit que c'est son frère qui dort là le week-end. [[PERSONNE:Rémi]] demande le nom du frère : [[PERSONNE:Kevin Le Saout]]. Il note, il vérifiera.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Caf}} {{Rennes}}, contrôle des ressources d'un auto-entrepreneur (livreur {{Uber Eats}}). M. [[PERSONNE:Karim Mansouri]] montre ses relevés {{Urssaf}}. Son SIRET perso : [[IDENTIFIANT:87549815662129]]. Le contrôleur compare avec ses déclarations trimestrielles {{RSA}} : écart de {{1 800 €}} sur l'année. Il explique le rappel possible. [[PERSONNE:Karim]] reste calme, dit qu'il ne savait pas qu'il fallait déclarer le brut.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Morlaix}}, petite antenne, {{1 agent}}. Mme [[PERSONNE:Anne Le Roux]] vient déclarer un médecin traitant, le sien est parti à la retraite et personne ne prend de nouveaux patients. L'agente ([[PERSONNE:Claudine]]) : « je sais, Madame, c'est pareil pour moi ». Elles rient jaune.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un jeune, {{28 ans}}, veut sa {{carte Vitale}} : jamais eu. Il est né à {{Lyon}}, a toujours été sur la mutuelle des parents. L'agent retrouve son NIR : [[NIR:196016938309055]], [[PERSONNE:Bastien Morel]], né le [[DATE_NAISSANCE:17/01/1996]]. Il lui montre l'appli carte Vitale sur téléphone.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{12h}} : fermeture entre midi et deux. Une dame arrive à {{12h02}}, porte fermée, elle frappe. L'agent ouvre quand même « pour juste un papier ». Ça a duré {{20 min}} 😅",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Élodie]], plateforme {{3646}}. Appel d'un monsieur qui veut savoir pourquoi on lui retient {{2 €}} sur chaque consult. Participation forfaitaire, elle explique. Il crie. Elle garde un calme olympien. Après : « ça, c'est {{30 %}} des appels ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : une femme née en {{Algérie}}, [[PERSONNE:Samia Hadj-Ahmed]], veut changer son adresse. Vérif : NIR [[NIR:2 89 08 99 352 176 09]], date de naissance [[DATE_NAISSANCE:22 août 1989]]. Nouvelle adresse : [[ADRESSE:26 rue Paul Bert, 22000 Saint-Brieuc]]. Fait en {{3 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle domicile {{CPAM}}, campagne près de {{Guingamp}}. Assurée absente à {{10h15}}, volets fermés, sa voiture n'est pas là (la [[IMMATRICULATION:ER 418 QM]] notée la dernière fois). Le voisin dit qu'elle est « chez sa fille à {{Paimpol}} ». L'agent ([[PERSONNE:Christophe Le Hénaff]]) laisse l'avis. Il me dit que la décision de suspendre les {{IJ}} ne lui appartient pas.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Saint-Brieuc}}. Mme [[PERSONNE:Djamila Bouzid]], {{3 enfants}}, demande une aide pour la cantine. L'agent [[PERSONNE:Pascal]] calcule son reste à vivre sur une feuille {{Excel}} : {{4,20 €}}/jour/personne. Aide accordée pour le trimestre, virée sur son compte, IBAN recopié à la main : [[IBAN:FR76 1444 5046 7523 1956 5912 410]]. Elle laisse son numéro pour la réponse : [[TELEPHONE:07 81 24 66 09]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nice}}, accueil. Un vieux monsieur italien, [[PERSONNE:Salvatore Greco]], veut une carte de bus gratuite. Il faut un justificatif de ressources. Il sort un avis d'impôt plié en {{8}}. L'agente ([[PERSONNE:Céline]]) le déplie soigneusement. OK, carte faite sur place, photo prise avec une webcam.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Quimperlé}}, standard. Une dame appelle pour son fils handicapé, [[PERSONNE:Mathis]], {{24 ans}}, qui vient d'être mis à la porte de son foyer. Dossier {{MDPH}} en cours, réf [[IDENTIFIANT:MDPH29-2023-07815]]. L'agente lui donne rdv demain avec l'assistante sociale.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{9h-10h}} = {{11 appels}}\n- 3 aide alim\n- 2 logement\n- 2 « je voulais parler à qqn »\n- {{4 erreurs}} (voulaient la {{mairie}})\nL'agente transfère, note, rassure.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{Plouigneau}}. Le {{CCAS}} a été alerté par le facteur. M. [[PERSONNE:Joseph Corre]], {{88 ans}}, vit seul, la maison sent le fioul. Conseillère ([[PERSONNE:Anaïs]]) lui propose le portage de repas, il dit non, puis oui pour « le {{jeudi}} seulement ». Elle note le numéro de son neveu : [[TELEPHONE:06 87 45 12 30]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} de {{Rostrenen}}, visite pour une demande de logement d'urgence. Mme [[PERSONNE:Sandra Le Guillou]] vit dans un mobil-home au [[ADRESSE:camping du Miné, emplacement 17]] depuis l'hiver dernier. Fuites, pas d'isolation, elle chauffe avec un radiateur d'appoint. Son ex lui laisse la voiture, plaque [[IMMATRICULATION:DZ-734-RB]]. L'élue qui m'accompagne ne dit rien pendant {{10 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Yves-Le Foll}}, {{Saint-Brieuc}}. {{38 patients}} présents, {{12 brancards}} dans le couloir. Une patiente âgée attend depuis {{hier 22h}}. L'infirmière d'orientation [[PERSONNE:Cécile]] me dit : « on n'a pas de lits en médecine, c'est tout ». Personne ne s'énerve, c'est pire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission d'un pêcheur blessé au pied, débarqué au port du {{Légué}}. Il donne ses papiers : carte d'identité [[IDENTIFIANT:X7R4KP2M9]], [[PERSONNE:Goulwen Le Moigne]], né le [[DATE_NAISSANCE:30 avril 1979]]. Sa compagne arrive en courant avec son portable à lui. La secrétaire demande la personne à prévenir : [[TELEPHONE:+33 6 12 70 48 95]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Pellegrin}}, {{Bordeaux}}. Une SDF connue du service, « [[PERSONNE:Mamie Jo]] », vient pour se réchauffer. L'IOA ne la fait pas sortir, lui donne un café. « Elle vient tous les hivers ». Le vigile l'appelle par son prénom, [[PERSONNE:Josiane]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Lorient}} ({{Scorff}}). Un médecin de ville appelle pour adresser un patient : « M. [[PERSONNE:Le Hir]], suspicion appendicite, il arrive avec sa femme ». L'infirmière note, prévient le chir. {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne sans arrêt, la secrétaire décroche en disant « urgences, ne quittez pas » et pose le combiné. Parfois {{5 min}}. Je compte {{6 lignes}} en attente à un moment.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Saint-Brieuc}}, accueil. M. [[PERSONNE:Vasile Ionescu]], arrivé hier, montre son passeport roumain [[IDENTIFIANT:058713264]] pour le dossier. Éduc [[PERSONNE:Claire]] photocopie, il regarde la photocopieuse comme s'il allait la perdre. Il travaille dans les serres à {{Plérin}}, dormait dans sa {{Dacia}} immatriculée [[IMMATRICULATION:BV 21 KLM]]. Veut une domiciliation pour son contrat.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}}, {{4 résidents}}, crêpes évidemment 😄. Un éduc fait la pâte, un résident raconte qu'il était cuisinier sur un bateau. Ambiance très douce, tout le monde mange debout.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{22}}, {{20h15}}. Appel d'une femme avec un bébé de {{3 semaines}}, sortie de maternité sans solution. Écoutante : [[PERSONNE:Marion]]. Nom : [[PERSONNE:Grâce Mbemba]]. Téléphone qui coupe : elle rappelle d'un autre numéro, [[TELEPHONE:07.53.28.61.40]]. Place mère-enfant trouvée à {{Lannion}}, taxi payé par le 115.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Paris}}, attente moyenne {{45 min}} avant décroché. Un homme appelle depuis une cabine (ça existe encore ?) {{gare de l'Est}}. Il donne son prénom, [[PERSONNE:Abdelkader]], et son numéro de dossier [[IDENTIFIANT:75-1184293]]. Orienté vers un gymnase ouvert pour le {{plan grand froid}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite appartement diffus {{CHRS}}, {{Morlaix}}, quartier {{La Boissière}}. Couple afghan, M. [[PERSONNE:Rahimi]] et Mme [[PERSONNE:Rahimi]], {{2 enfants}}. Problème de moisissure. L'éduc ([[PERSONNE:Yann]]) prend des photos pour le bailleur {{Finistère Habitat}}. M. [[PERSONNE:Rahimi]] montre son titre de séjour : [[IDENTIFIANT:2901478325]], il le garde dans une pochette plastique.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Morlaix}}. Conseillère [[PERSONNE:Rozenn Le Bras]]. Mme [[PERSONNE:Karine Ollivier]], {{47 ans}}, aide à domicile, veut une formation d'{{AS}}. [[PERSONNE:Rozenn]] vérifie l'éligibilité {{CPF}} : {{1 900 €}} sur le compte. Identifiant : [[ID_FRANCE_TRAVAIL:3045871T]]. Elles regardent les sessions à {{Brest}}. Pas avant {{septembre}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT, un homme veut voir « son conseiller, M. [[PERSONNE:Jaouen]] ». Il est en congé. L'agent d'accueil propose quelqu'un d'autre, refus : « [[PERSONNE:Jaouen]] il me connaît ». Rdv repris pour la semaine prochaine.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Lyon}} {{Part-Dieu}}. Un jeune ingénieur syrien, [[PERSONNE:Mohammad Al-Khatib]], diplôme non reconnu. Le conseiller propose {{ENIC-NARIC}}. Il donne son mail : [[EMAIL:m.alkhatib.eng [at] outlook.com]]. ID : [[ID_FRANCE_TRAVAIL:2118406 H]]. Il parle {{4 langues}}, cherche « n'importe quoi ». Le conseiller ne sait pas quoi faire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant de [[PERSONNE:Stéphane]] (conseiller entreprise) à une boulangerie de {{Quimper}} qui cherche un apprenti. Le patron, M. [[PERSONNE:Le Berre]], veut « quelqu'un de motivé, pas forcément diplômé ». Offre n° {{182PWLK}} mise à jour.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels de la matinée : presque que des questions sur l'actualisation qui « bugue ». Conseillère : « c'est le navigateur, essayez sur l'appli ». Ça marche {{8 fois sur 10}}.",
    ),
]

# Thursday: Vannes, Auray and the Golfe du Morbihan, and elsewhere.
BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Morbihan}}, {{Vannes}}, {{9h20}}. Agent d'accueil : [[PERSONNE:Anthony]]. Mme [[PERSONNE:Guéguen]] veut contester un indu de {{2 300 €}}. Elle a tout apporté dans un classeur {{rose}}. Il scanne, crée une réclamation. Le dossier : [[N_ALLOCATAIRE:4208813]]. Elle demande : « et si je paie pas ? ». Réponse : retenue sur les prestations.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche à l'entrée : « Nouveau ! Prenez rdv sur {{caf.fr}} ». À côté, quelqu'un a écrit au stylo « et si on a pas internet ?? ». L'agent dit qu'il n'ose pas l'enlever.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Toulouse}}, borne d'accueil. Une dame du voyage, Mme [[PERSONNE:Reyes]], vient pour le {{RSA}} de son mari, [[PERSONNE:Manuel Reyes]], qui est à l'hôpital. Elle ne sait pas lire. L'agente lit les courriers à voix haute, lentement. Ils vivent sur l'[[ADRESSE:aire d'accueil de Ginestous, emplacement 42]]. Demande de procuration expliquée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}, conseiller [[PERSONNE:Jean-Marc]]. Un monsieur de {{Ploërmel}} veut savoir si sa {{prime de Noël}} arrive. Oui, le {{17}}. Il dit merci {{4 fois}}. Numéro allocataire donné en début d'appel : [[N_ALLOCATAIRE:6602147]]. Nom : M. [[PERSONNE:Le Texier]]. Il a changé de compte en novembre, nouveau RIB : [[IBAN:FR7610278199292253433349358]], le conseiller vérifie que c'est bien celui-là dans le dossier.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une femme appelle pour sa sœur qui ne parle pas français. Le conseiller refuse : il faut l'accord de la sœur. La sœur prend le tel, dit « oui oui d'accord » en riant. Conseiller : « bon ». Ensuite : la sœur s'appelle [[PERSONNE:Fatoumata Sow]], née au {{Sénégal}} le [[DATE_NAISSANCE:15/12/1994]], NIR [[NIR:2 94 12 99 341 711 11]]. Question : changement de situation, mariage.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Auray}}, quartier du {{Loch}}. Contrôleur [[PERSONNE:Olivier Nédélec]]. M. [[PERSONNE:Julien Le Port]] et Mme [[PERSONNE:Emma Pichon]] déclarent deux logements séparés. Ils sont dans le même immeuble, [[ADRESSE:4 rue du Belzic, 56400 Auray]], {{appart 2}} et {{appart 5}}. [[PERSONNE:Olivier]] visite les deux : frigo vide dans l'un. Il sourit, ne dit rien devant eux.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} chez Mme [[PERSONNE:Ludivine Kervella]], assistante maternelle à {{Séné}}, dossier [[N_ALLOCATAIRE:5547102]]. Vérification des contrats {{Pajemploi}} : {{3 enfants}} gardés, elle en déclare {{2}}. Elle montre le cahier de présence, il y a bien {{3 prénoms}} : [[PERSONNE:Louise]], [[PERSONNE:Timéo]], [[PERSONNE:Rose]]. Le 3e a commencé le mois dernier. Régularisation simple.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Vannes}}, accueil. M. [[PERSONNE:Antoine Santoni]], né à {{Ajaccio}}, vit à {{Arradon}} depuis {{20 ans}}. Perte de {{carte Vitale}}. NIR lu sur l'écran : [[NIR:1 70 02 2A 004 274 10]]. L'agente ([[PERSONNE:Sophie Le Calvez]]) lui fait remarquer le « {{2A}} » : « ah oui, la {{Corse}} ! » Nouvelle carte commandée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "File {{CPAM}} : {{8 personnes}}, {{1 agent}}. Une femme enceinte passe devant, personne ne dit rien. Un jeune fait une vidéo {{TikTok}} de la file, l'agent lui demande d'arrêter, il arrête.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} des {{Bouches-du-Rhône}}, {{Marseille}}. Mme [[PERSONNE:Zaïnaba Saïd Ahmed]], née à {{Moroni}}, demande la {{CSS}}. Hébergée chez sa sœur, [[ADRESSE:Bât. C, 33 boulevard de la Padouane, 13015 Marseille]]. Téléphone : [[TELEPHONE:06 19 54 82 07]]. RIB pour les remboursements : [[IBAN:FR7630003388335034701921767]]. L'agente vérifie tout deux fois, dossier complet du premier coup, c'est rare paraît-il.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Conseiller [[PERSONNE:Kevin]] (oui, il me dit qu'il en a marre des blagues). Une maman demande le remboursement de l'orthophoniste pour son fils [[PERSONNE:Noah]], né en [[DATE_NAISSANCE:2016]]. Il est rattaché au NIR de la mère. Tout est ok, remboursé le {{3}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré demande à parler « à un humain, pas à un robot ». Il parle à un humain depuis {{5 min}}. Le conseiller : « je suis un humain, Monsieur ». Silence. « Ah bon ». 😂",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sortant de la {{CPAM}} (mission accompagnement santé). Conseillère [[PERSONNE:Gwenola]] rappelle M. [[PERSONNE:Ruiz]], qui a renoncé à des soins dentaires. Elle lui trouve un dentiste à {{Lorient}} qui accepte la {{CSS}}. Il dit qu'il n'a plus de dents devant depuis {{2 ans}}. Elle lui envoie la liste par mail : [[EMAIL:ruiz.antonio56@free.fr]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{CPAM}} à {{Vannes}} : arrêt de travail d'un commerçant indépendant. L'agente [[PERSONNE:Sabine]] passe à {{11h}} : il est dans sa boutique, derrière la caisse 🙄. Il dit qu'il « surveille juste ». Procès-verbal. Elle me dit : c'est rare, {{1 sur 20}} peut-être.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Vannes}}. Demande d'aide financière pour une réparation de voiture : Mme [[PERSONNE:Priscilla Jean-Baptiste]], aide-soignante de nuit, ne peut pas aller bosser sans voiture. Devis du {{Garage Le Mouël Automobiles}} : {{640 €}}. Plaque sur le devis : [[IMMATRICULATION:EQ-058-LH]]. L'agente monte le dossier pour la commission de {{vendredi}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{CCAS}} {{Ménimur}}. Un jeune couple ukrainien, [[PERSONNE:Dmytro]] et [[PERSONNE:Iryna]], demande un rdv pour l'épicerie sociale. L'agente parle avec {{Google Traduction}}. Ils montrent l'{{APS}} protection temporaire : [[IDENTIFIANT:5601294476]]. Accès ok pour {{3 mois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Metz}}, accueil. Queue de {{15 personnes}}. Une dame âgée s'évanouit presque, on lui donne une chaise et un verre d'eau. Les {{pompiers}} ne sont pas appelés, elle « va mieux ». Je ne sais pas son nom.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Lorient}}. Un bailleur ({{Lorient Habitat}}) appelle pour signaler un locataire en dette : M. [[PERSONNE:Rodrigues]], réf locataire [[IDENTIFIANT:LH-0045871]]. Dette {{1 870 €}}. L'agente propose une visite à domicile. Le bailleur donne le portable du locataire : [[TELEPHONE:06 31 07 92 58]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'assistante sociale du {{CCAS}}, [[PERSONNE:Hélène]], chez Mme [[PERSONNE:Simone Évenou]], {{92 ans}}, [[ADRESSE:Résidence Les Mouettes, 2 allée des Goélands, 56000 Vannes]], {{appart 12}}. Demande d'aide ménagère. Elle a tout préparé : café, gâteaux bretons, photos de ses petits-enfants. On reste {{1h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{2e visite}} annulée : la dame est à l'hôpital depuis hier. La conseillère appelle le fils, pas de réponse. Elle note de rappeler {{lundi}}. Retour au bureau, {{25 min}} de route pour rien.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Vannes}}, {{14h}}. Un touriste allemand, [[PERSONNE:Klaus Richter]], tombé de vélo à l'{{île aux Moines}}, né le [[DATE_NAISSANCE:03.11.1961]] d'après sa carte. Carte européenne d'assurance maladie : n° [[IDENTIFIANT:80276001254837196402]]. Sa femme parle français, donne l'adresse de leur location : [[ADRESSE:12 chemin de Kerdréan, 56870 Baden]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un enfant a avalé une pièce de {{2 €}}. Radio : elle est dans l'estomac. Le médecin dit « on attend qu'elle ressorte ». La maman est verte, le gamin ravi. Sortie en {{1h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Hôpital Nord}}, {{Marseille}}, nuit. Un jeune blessé à l'arme blanche, arrivé avec {{4 copains}}. Police présente. Le jeune refuse de donner son nom, les policiers le donnent : [[PERSONNE:Nassim]]… [[PERSONNE:Nassim Belkacem]]. IPP créé : [[IDENTIFIANT:13N0451278]]. Les copains attendent dehors, sous la pluie.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Vannes}}. Une infirmière libérale appelle : elle a trouvé son patient, M. [[PERSONNE:Bernard Le Goff]], par terre chez lui. Elle a déjà donné l'adresse aux {{pompiers}} : [[ADRESSE:9 rue de la Fontaine, 56250 Elven]]. Le standard prévient l'{{IOA}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Vannes}}, salle commune. Réunion des résidents : sujet = le wifi qui ne marche pas. [[PERSONNE:Bakary]] prend la parole pour tout le monde. L'éduc [[PERSONNE:Sébastien]] promet d'appeler {{Orange}}. Un résident : « ça fait {{3 mois}} que tu promets ». Rires.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien avec M. [[PERSONNE:Reza Ahmadi]], {{35 ans}} (né en [[DATE_NAISSANCE:1989]]), sortant du centre pénitentiaire de {{Ploemeur}}. Il n'a plus de papiers à part son billet de sortie avec son numéro d'écrou [[IDENTIFIANT:48215]]. L'éduc appelle le {{SPIP}}. Il veut travailler dans le bâtiment.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{19h}}. [[PERSONNE:Solène]] (écoutante) reçoit un appel du commissariat de {{Vannes}} : une femme victime de violences, [[PERSONNE:Cindy Le Floch]], avec sa fille [[PERSONNE:Jade]] ({{6 ans}}). Le conjoint serait parti avec la voiture, [[IMMATRICULATION:fk-209-ws]]. Mise à l'abri à l'{{Ibis Budget}}, {{chambre 31}}. [[PERSONNE:Solène]] remplit la fiche {{SIAO}}, réf [[IDENTIFIANT:SIAO56-24-10877]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Seine-Saint-Denis}}. Le logiciel indique {{312 demandes}} non pourvues ce soir. Les écoutants se relaient, l'un d'eux pleure dans la cuisine. Personne n'en parle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un logement {{ALT}} à {{Auray}}, avec l'éducatrice [[PERSONNE:Agnès]]. M. [[PERSONNE:Sylvain Martin]], sortant d'hospitalisation psy. Le logement est nickel mais il n'a rien dans le frigo. [[PERSONNE:Agnès]] l'emmène aux {{Restos du Cœur}} après. Il nous montre son vélo, « mon seul bien ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite surprise en logement diffus, {{Lanester}}. Personne n'ouvre. L'éduc laisse un mot. Elle m'explique que ce n'est pas un contrôle, c'est « pour voir si ça va ». On repart.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Vannes}}. Conseiller [[PERSONNE:Thierry Le Bourhis]]. Mme [[PERSONNE:Chloé Marchand]], {{32 ans}}, ex-assistante de direction, burn-out. Il ne parle pas d'offres, il parle d'elle. Rdv {{45 min}}. Identifiant [[ID_FRANCE_TRAVAIL:1874320 C]], mail noté pour les ateliers : [[EMAIL:chloe.marchand.pro@gmail.com]]. Elle a changé de banque, il met à jour pour l'{{ARE}} : [[IBAN:FR76 1600 6687 9525 9768 2150 404]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « Bien utiliser {{LinkedIn}} », {{8 personnes}}. Le formateur projette le profil d'un participant volontaire, [[PERSONNE:Jérôme Tanguy]], adresse du profil {{linkedin.com/in/}}[[IDENTIFIANT:jerome-tanguy-56]]. Il rougit. Tout le monde prend des notes.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Lille}} {{Fives}}. Inscription d'un jeune Guinéen, [[PERSONNE:Mamadou Bah]], {{25 ans}}, titre de séjour salarié. Numéro de titre : [[IDENTIFIANT:5902871344]]. Le conseiller lui crée son identifiant : [[ID_FRANCE_TRAVAIL:7725013J]]. Il le recopie sur sa main au stylo.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : une entreprise de nettoyage de {{Vannes}} veut annuler une offre. La conseillère [[PERSONNE:Patricia]] demande le numéro d'offre : {{183KQTR}}. Le patron, M. [[PERSONNE:Guillemot]], donne son portable pour les prochaines fois : [[TELEPHONE:06 58 20 14 39]].",
    ),
]

# Friday: back in Brest, the Crozon peninsula and the Abers, and elsewhere.
BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "Vendredi, retour à la {{Caf}} de {{Brest}}. [[PERSONNE:Yannick]] n'est pas là, je suis avec [[PERSONNE:Awa Diop]], {{26 ans}}, en CDD. Elle reçoit un monsieur de {{Pontanézen}}, M. [[PERSONNE:Kerdraon]], qui n'a pas eu son {{RSA}} ce mois-ci. Déclaration trimestrielle pas faite. Elle la fait avec lui sur la borne. Virement sous {{48h}}. Num alloc [[N_ALLOCATAIRE:2976054]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Dame en fauteuil roulant, la porte automatique ne s'ouvre pas. Un usager l'aide. L'agent appelle les services techniques : « ça fait {{2 semaines}} qu'on l'a signalé ». Rien sur la personne, elle venait juste déposer un papier.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Paris}}, site {{Belleville}}. M. [[PERSONNE:Chen Wei]] vient avec un interprète d'une asso. Question sur l'{{ARS}} pour ses jumeaux nés en [[DATE_NAISSANCE:2008]] : la scolarité n'a pas été déclarée pour les {{16 ans}}. Num alloc [[N_ALLOCATAIRE:0912647]]. L'agente donne le formulaire. Email noté pour le suivi : [[EMAIL:chenwei.paris11@163.com]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}}. Appel d'une dame de {{Crozon}} qui veut savoir si elle a droit à l'{{AEEH}} pour son fils autiste, [[PERSONNE:Evan]]. Conseillère ([[PERSONNE:Soizic]]) explique : il faut passer par la {{MDPH}}. La dame : « encore ! ». Elle donne son tél pour un rappel de l'assistante sociale : [[TELEPHONE:02 98 27 51 64]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, appel en direct : un homme hurle qu'il va venir « TOUT CASSER ». Le conseiller garde son calme, lui propose un rdv. L'homme raccroche. Signalement fait au manager, procédure incivilités. Le conseiller a les mains qui tremblent après.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Recouvrance}}. [[PERSONNE:Hervé Quéré]] encore (je le retrouve avec plaisir). Chez M. [[PERSONNE:Tomasz Nowak]], ouvrier au port, [[ADRESSE:18 rue de la Porte, 29200 Brest]]. Il a déclaré un loyer de {{490 €}}, le bail dit {{540 €}}. Erreur de bonne foi, il avait oublié les charges. [[PERSONNE:Hervé]] corrige sur place. Le monsieur nous montre une photo de sa fille en {{Pologne}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} prévu à {{Landerneau}}, l'allocataire a déménagé sans prévenir. La voisine : « ils sont partis à {{Quimper}} je crois, leur voiture, la [[IMMATRICULATION:GA 227 FB]], n'est plus là depuis un mois ». Le contrôleur ([[PERSONNE:Hervé]]) note « {{NPAI}} ». Dossier [[N_ALLOCATAIRE:8134095]]. Il cherchera la nouvelle adresse {{lundi}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Brest}}, accueil. Mme [[PERSONNE:Maryvonne Le Meur]], {{68 ans}}, veut comprendre pourquoi sa pension d'invalidité s'est arrêtée : c'est la retraite qui prend le relais, il faut voir la {{CARSAT}}. L'agent [[PERSONNE:Fabrice]] appelle la CARSAT devant elle, {{12 min}} d'attente en musique 🎶. Réglé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Arnaud Cadiou]] vient déposer un arrêt de travail papier. L'agent lui dit que le médecin aurait dû le faire en ligne. « Il a {{74 ans}}, mon médecin, il fait pas internet ». L'agent scanne, je vois le NIR sur la feuille : [[NIR:158065617886758]]. Récupéré quand même.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}} {{Brest}}. Une assurée de {{Lannilis}} a reçu un faux mail « {{ameli}} » et a donné ses coordonnées bancaires. La conseillère [[PERSONNE:Morgane Guivarch]] lui dit d'appeler sa banque tout de suite. La dame lit l'IBAN qu'elle a donné : [[IBAN:FR76 1290 6471 3659 4161 5128 403]]. La conseillère le note pour le signalement.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un monsieur qui veut son numéro de sécu pour un employeur. Vérif identité : [[PERSONNE:Yohann Le Gac]], né le [[DATE_NAISSANCE:18 septembre 2001]] à {{Saint-Brieuc}}. La conseillère ne le donne pas par tel, l'envoie dans son compte {{ameli}}. Je vois quand même l'écran : [[NIR:1 01 09 22 278 663 51]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "formation sur le tas : nouvelle conseillere en double ecoute, carnet a spirales. sa tutrice : « tu verras, au bout de {{6 mois}} tu sauras tout par coeur ». pause {{10h45}}",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{CPAM}} à {{Plouzané}}, une assurée en arrêt pour dépression. Agente [[PERSONNE:Nathalie Kerjean]]. Elle est là, en pyjama, très fatiguée. L'agente reste {{5 min}}, n'insiste pas, lui dit « prenez soin de vous ». Elle me dit dans la voiture : « ces contrôles-là, je les déteste ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Brest}}, accueil centre-ville. Un jeune, [[PERSONNE:Dylan Fer]], {{20 ans}}, veut une aide pour payer son permis. Pas possible au CCAS, orientation {{Mission locale}}. Il donne quand même son numéro pour la liste d'attente du {{FAJ}} : [[TELEPHONE:07 69 12 85 34]]. Il repart avec un flyer.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Rennes}}, {{Le Blosne}}. Une dame, [[PERSONNE:Houria Benyamina]], vient pour une aide alimentaire d'urgence, ses {{3 enfants}} n'ont pas mangé de viande depuis {{2 semaines}}. L'agente ([[PERSONNE:Nadège]]) donne un bon pour l'épicerie solidaire. Adresse de la dame : [[ADRESSE:6 square de Sofia, 35200 Rennes]]. Je n'ai pas posé de question.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Brest}}. Un monsieur appelle pour savoir si sa mère a droit à la navette gratuite. Il donne son nom : Mme [[PERSONNE:GUILLERM Anne-Marie]], [[ADRESSE:27 rue Anatole France, 29200 Brest]]. L'agente explique les conditions : plus de {{75 ans}}, non imposable. Ok.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une association de quartier qui veut une salle pour un goûter de {{Noël}}. Mauvais service, l'agente transfère au service des salles. Elle soupire : « on est le standard de toute la {{mairie}} ». {{2 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}}, {{Lambézellec}}. Signalement par {{Brest Métropole Habitat}} : appartement encombré (syndrome de {{Diogène}} ?). M. [[PERSONNE:Jean-Paul Morvan]], {{66 ans}}. Il nous laisse entrer dans le couloir seulement. Des piles de journaux jusqu'au plafond. La conseillère ([[PERSONNE:Katell]]) parle doucement, propose de revenir. Il dit oui. Premier pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Cavale Blanche}}, {{vendredi soir}}. Rugby + alcool : {{4 jeunes}} en même temps. L'un d'eux, [[PERSONNE:Maël Le Guen]], donne sa mutuelle étudiante, {{HEYME}} n° [[IDENTIFIANT:7740125983]]. Les copains chantent dans la salle d'attente, l'{{IOA}} les fait sortir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h du matin}}. Une mamie d'{{EHPAD}}, [[PERSONNE:Marguerite Le Bris]], arrive seule en ambulance, pas de famille joignable. Le {{DLU}} est agrafé sur son gilet : née le [[DATE_NAISSANCE:11 novembre 1931]]. Elle demande sans arrêt « où est [[PERSONNE:Louis]] ? ». Son mari, mort en {{2010}} d'après le dossier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}} d'{{Angers}}. Un routier polonais, [[PERSONNE:Piotr Wiśniewski]], douleur thoracique sur l'{{A11}}. Son camion est resté sur l'aire, la gendarmerie note la plaque [[IMMATRICULATION:WGM 4821K]]. Il ne parle que polonais, l'IOA utilise une appli de traduction. ECG fait en {{10 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Brest}}. La gendarmerie de {{Crozon}} appelle : un accident de scooter, un ado, [[PERSONNE:Titouan Le Gall]], {{15 ans}}, transporté par le {{SMUR}}. Ils donnent le numéro des parents : [[TELEPHONE:06 45 90 27 13]]. La secrétaire crée un dossier provisoire.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel : « ma femme a mal au ventre depuis ce matin je viens ou pas ? ». La secretaire a pas le droit de conseiller, elle dit d'appeler le {{15}}. Il a DEJA appelé le 15, qui lui a dit d'appeler ici. 🤦",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Brest}}, accueil de nuit. {{18h30}}, ouverture des portes. Les éducs connaissent tout le monde par leur prénom : « salut [[PERSONNE:Momo]], salut [[PERSONNE:Jacky]] ». [[PERSONNE:Tristan]] me dit que [[PERSONNE:Jacky]] est là depuis {{2009}}, par intermittence.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'évaluation : Mme [[PERSONNE:Blessing Okafor]], nigériane, {{29 ans}}, enceinte de {{7 mois}}. Déboutée de l'asile. L'éduc appelle la {{PMI}}. Numéro {{AGDREF}} sur son ancienne attestation : [[IDENTIFIANT:2903917450]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "lessive : {{2 machines}} / {{40 résidents}}. planning plein de noms barrés. tension pr le {{samedi}}",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Finistère}}, fin d'après-midi. Appel de l'assistante sociale de l'{{hôpital Morvan}} : une patiente sort demain, pas de logement. Mme [[PERSONNE:Sylvie Le Bot]], {{53 ans}}. L'écoutant ([[PERSONNE:Benoît]]) demande sa date de naissance pour la fiche : [[DATE_NAISSANCE:05/05/1971]]. Orientation : {{CHRS}} de {{Brest}}, place dans {{3 jours}}. Elle restera à l'hôpital en attendant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{21h}}. Un homme appelle en disant qu'il est « [[PERSONNE:Spartacus]] ». L'écoutant : « d'accord [[PERSONNE:Spartacus]], vous êtes où ? ». {{Gare de Brest}}. Maraude envoyée. Plus tard j'apprends son vrai nom, [[PERSONNE:Didier Quemener]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement diffus, {{Saint-Pierre}} ({{Brest}}). Famille [[PERSONNE:Demir]], parents + {{3 enfants}}. Le père, [[PERSONNE:Murat]], montre la facture d'électricité, réf client {{EDF}} : [[IDENTIFIANT:3011 728 546]]. Les enfants font leurs devoirs sur la table de la cuisine. L'éduc vérifie le budget, ils ont économisé {{200 €}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite éduc {{CHRS}} à l'hôtel {{Kyriad}} de {{Quimper}}, {{chambre 108}}. Jeune homme, [[PERSONNE:Ali Hassan Abdi]], somalien, {{18 ans}} tout juste, sorti de l'{{ASE}}. Contrat jeune majeur refusé. L'éduc l'aide à écrire un recours. Son téléphone n'a plus de forfait.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Brest}} {{Bellevue}}. Conseillère [[PERSONNE:Anne-Laure Pennec]]. M. [[PERSONNE:Jonathan Calvez]], {{38 ans}}, ex-marin, veut se reconvertir chauffeur poids lourd. Financement via la {{Région Bretagne}}. Identifiant : [[ID_FRANCE_TRAVAIL:5518842 W]]. Il donne son mail pour l'inscription : [[EMAIL:jonathan.calvez29@hotmail.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT : une dame n'a pas reçu son {{ARE}}, elle montre son relevé bancaire sur son téléphone au conseiller. Je vois le haut de l'écran : « Mme [[PERSONNE:Y. BEN SALAH]] – IBAN [[IBAN:FR76 2004 1595 4960 4092 6822 016]] ». Le conseiller voit un blocage : attestation employeur manquante.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Nazaire}}. Inscription : M. [[PERSONNE:Sébastien Lemaire]], licencié d'un sous-traitant des {{Chantiers de l'Atlantique}}. Conseiller : « avec votre profil, vous retrouvez en {{1 mois}} ». ID [[ID_FRANCE_TRAVAIL:4409917M]]. RIB pour l'ARE : [[IBAN:FR7615589804033943417584627]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel FT {{Brest}}. Conseiller [[PERSONNE:Mickaël]] rappelle Mme [[PERSONNE:Le Bihan]] pour un rdv. Elle ne répond pas. Il essaie le fixe, [[TELEPHONE:02 98 44 17 62]]. Répondeur : « vous êtes bien chez [[PERSONNE:Gilles]] et [[PERSONNE:Annie]] ». Il laisse un message.",
    ),
]

# Second Monday: Quimper and Cornouaille (Concarneau, Douarnenez, Pays bigouden), and elsewhere.
BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Quimper}}, accueil. L'agente [[PERSONNE:Catherine Le Naour]] reçoit M. [[PERSONNE:Jean-Baptiste Kouassi]], ivoirien, {{34 ans}}, qui vient de trouver un CDI à {{Pont-l'Abbé}}. Il demande si sa {{prime d'activité}} va changer. Elle simule : {{+ 90 €}}. Il rit : « c'est la première fois qu'on me dit une bonne nouvelle ici ». Num alloc [[N_ALLOCATAIRE:3718290]]. Il a ouvert un compte à la {{Banque Postale}}, nouvel IBAN : [[IBAN:FR7620041858855074348301020]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Attente à la {{Caf}} {{Quimper}} : {{35 min}} en moyenne. Un écran affiche « temps d'attente estimé : {{10 min}} ». Tout le monde rigole jaune. Un enfant dessine sur le formulaire de sa mère.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Besançon}}. M. [[PERSONNE:Sokha Chhun]], cambodgien naturalisé, {{61 ans}}, vient signaler le décès de sa femme. L'agent ([[PERSONNE:Régis]]) baisse la voix, propose un bureau fermé. Il faut l'acte de décès et un RIB à son nom seul : [[IBAN:FR76 3000 2761 0359 1864 6712 535]]. {{20 min}}, le monsieur repart en saluant tout le monde.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}. Une étudiante de {{Brest}} ({{UBO}}) appelle pour ses {{APL}} : son propriétaire est un particulier qui refuse de remplir l'attestation. Conseiller : « on peut le contacter ». Elle donne son nom à lui, M. [[PERSONNE:Le Goaster]], et son tel : [[TELEPHONE:06 14 38 70 22]]. Elle : [[PERSONNE:Manon Tréguer]], num alloc [[N_ALLOCATAIRE:9025316]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} : un papa solo, [[PERSONNE:Stéphane Le Cam]], veut savoir si la pension alimentaire qu'il reçoit compte. Oui. Il ne l'a pas déclarée depuis {{2 ans}}. Le conseiller explique le rappel, propose un plan. « Vous êtes honnête de le dire ». Il répond : « je savais pas ». Date de naissance pour vérif, il la dit d'une traite : « [[DATE_NAISSANCE:vingt-quatre juillet quatre-vingt-deux]] ». Il donne son IBAN pour le prélèvement : [[IBAN:FR76 1444 5089 3089 4896 5084 137]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Coupure réseau sur la plateforme, {{10 min}}. Tous les conseillers se lèvent, discutent, rient. Quand ça revient : {{63 appels}} en attente. Le silence revient d'un coup.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Concarneau}}, quartier du {{Passage}}. Contrôleur [[PERSONNE:Patrick Le Dréau]]. Mme [[PERSONNE:Adriana Oliveira]], portugaise, déclare un loyer payé à sa cousine. Bail, quittances, tout est là. Il lit une quittance : « reçu de Mme [[PERSONNE:Oliveira]] la somme de {{350 €}} ». Adresse sur le bail : [[ADRESSE:5 rue Vauban, 29900 Concarneau]]. NIR sur l'attestation : [[NIR:268109913950451]]. Conforme.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : la personne a appelé le matin, hospitalisée. [[PERSONNE:Patrick]] en profite pour me montrer son outil : liste de {{12 contrôles}} cette semaine, dont {{8}} tirés au hasard par l'ordinateur, {{4}} sur signalement. Il dit que les signalements sont souvent des voisins jaloux.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Quimper}}, accueil. Une femme turque, Mme [[PERSONNE:Elif Kaya]], {{43 ans}}, vient pour la {{CSS}}. Son fils [[PERSONNE:Burak]] traduit. NIR : [[NIR:2 81 05 99 208 406 78]]. L'agent ([[PERSONNE:Thomas]]) voit que le dossier est ouvert depuis {{2 mois}}, il manquait juste une pièce.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur veut « parler au médecin conseil ». Impossible à l'accueil. Il s'assoit : « JE BOUGE PAS ». {{45 min}} plus tard, une cadre descend. Je ne saurai pas la suite.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Créteil}}. Jeune femme, [[PERSONNE:Kadiatou Keita]], demande une {{carte Vitale}} pour son bébé. « Il est né le [[DATE_NAISSANCE:2 février]] ». L'agent explique que le bébé est rattaché à ses deux parents, pas besoin. Elle veut quand même une carte. Non. Elle laisse son mail pour recevoir l'attestation : [[EMAIL:kadiatou.keita94@yahoo.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateforme de {{Quimper}}. Appel d'un pêcheur du {{Guilvinec}} : il dépend de l'{{ENIM}}, pas de la {{CPAM}}. Le conseiller ([[PERSONNE:Hugo]]) lui donne le numéro de l'ENIM. Il aurait pu le trouver seul, mais il voulait parler. {{8 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une dame de {{Vannes}} pour son mari décédé : il faut arrêter les remboursements. Le conseiller demande le NIR du défunt : « [[NIR:1 75 03 75 115 966 67]] ». Né à {{Paris}} en [[DATE_NAISSANCE:mars 75]]. Elle lit l'acte en pleurant. Il prend son temps. Le défunt : [[PERSONNE:Franck Delaunay]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{CPAM}} sur signalement de l'employeur, {{Quimperlé}}. On voit par la fenêtre que l'assuré repeint sa cuisine 🎨. L'agente ([[PERSONNE:Christelle]]) sonne trois fois. Il ouvre, en bleu de travail plein de peinture. « C'est ma femme qui peint ». Elle note tout.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Quimper}}, {{Penhars}}. Mme [[PERSONNE:Monique Le Berre]] vient chercher son colis de {{Noël}} (les plus de {{70 ans}}). Elle en profite pour parler de sa solitude {{20 min}}. L'agent [[PERSONNE:Goulven]] l'écoute. Elle part avec son colis et un rdv pour le club de belote.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Douarnenez}}. Un homme, [[PERSONNE:Éric Le Moal]], demande un secours pour la cantine de sa fille. Il travaille à la pêche, revenus irréguliers. La travailleuse sociale ([[PERSONNE:Gaëlle Cornec]]) regarde les bulletins. {{70 €}} accordés. Il dicte son numéro lentement : « [[TELEPHONE:zéro six, trente-six, cinquante-deux, dix-huit, quatre-vingt-dix]] ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} {{Concarneau}}. Une dame appelle pour son voisin âgé, M. [[PERSONNE:René Guillou]], qui n'a plus de chauffage. Elle donne l'adresse : [[ADRESSE:14 rue des Écoles, 29900 Concarneau]]. L'agente envoie un technicien de la {{mairie}} et appelle le fils. Tout ça en {{10 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} : {{3 lignes}}, {{1 agente}}. Pendant qu'elle parle, le tel sonne sur les autres lignes. Elle me montre les post-it collés sur son écran : numéros utiles, codes, prénoms des collègues. « C'est ça mon vrai logiciel ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Fouesnant}}, domicile de Mme [[PERSONNE:Nathalie Le Scouarnec]], handicapée, {{52 ans}}. Évaluation pour l'aide à domicile. Elle montre sa {{carte mobilité inclusion}}, n° [[IDENTIFIANT:0418752193]]. La conseillère note tout dans un cahier, pas d'ordi sur le terrain. Il y a un chat partout, {{Filou}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Laennec}}, {{Quimper}}, {{11h}}. Un ado de {{Pont-l'Abbé}}, [[PERSONNE:Lucas Tanguy]], poignet cassé au skate. Sa mère remplit le formulaire : date de naissance du fils [[DATE_NAISSANCE:2009-04-21]], adresse [[ADRESSE:7 hent Kerlaeron, 29120 Pont-l'Abbé]]. L'IOA rigole : « encore un skateur ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les urgences de {{Quimper}} ont une salle « pédiatrie » avec des jouets. Un papa dort sur un pouf, son bébé sur le ventre. {{3h}} que ça dure. L'infirmière passe, vérifie, repart.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Quimper}}. Appel du {{SAMU}} pour annoncer l'arrivée d'une victime d'accident de la route à {{Briec}} : [[PERSONNE:Maïwenn Le Gall]], {{22 ans}}. La voiture : [[IMMATRICULATION:FP-403-XC]], les gendarmes l'ont notée pour la famille. L'IOA prépare le box de déchoc.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un kiné qui cherche son patient : « M. [[PERSONNE:Bertrand]], il devait venir à {{15h}}, il m'a dit qu'il était aux urgences ». La secrétaire ne confirme pas (secret). Le kiné insiste. Elle tient bon.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Quimper}}, accueil. Un homme, [[PERSONNE:Fabrice Le Dû]], sortant de cure, vient pour une place. Il a un courrier du {{CSAPA}}. L'éduc ([[PERSONNE:Anne-Sophie]]) l'écoute, note, explique qu'il faut passer par le {{SIAO}}. Il connaît : « je suis déjà inscrit, dossier [[IDENTIFIANT:SIAO29-23-04471]] ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas de midi au {{CHRS}}. Une résidente fête ses {{50 ans}}, gâteau acheté par l'équipe à {{Leclerc}}. On chante. Elle pleure un peu. Moment très beau.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{29}}, permanence de nuit. Appel d'un homme qui dort dans sa voiture à {{Concarneau}}, [[PERSONNE:Ludovic Pichon]]. Plaque [[IMMATRICULATION:CK-862-NV]]. La maraude de la {{Croix-Rouge}} passera vers {{23h}}. Il donne son tél : [[TELEPHONE:07 77 13 48 26]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, appel d'une femme qui parle arabe. L'écoutant ne comprend pas. Il appelle un interprète par téléphone ({{ISM}}). {{15 min}} de conversation à trois. Elle s'appelle [[PERSONNE:Nour]], elle est à la gare de {{Quimper}} avec un bébé. Mise à l'abri.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Tableau au mur du {{115}}, hier :\n{{87 appels}}\n{{41 personnes}} différentes\n{{29}} sans solution\nL'écoutant : « un jour normal ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite {{CHRS}} en appartement à {{Penhars}}. Mme [[PERSONNE:Dounia El Amrani]] et ses {{2 fils}}. Elle montre son bulletin de salaire (ménage, {{20h}}/semaine). L'éduc ([[PERSONNE:Anne-Sophie]]) vérifie où en est sa demande de logement social, numéro unique [[IDENTIFIANT:0292404008173]]. Peut-être une proposition de l'{{OPAC}} au printemps.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite éduc à la {{pension de famille}}, {{Douarnenez}}. M. [[PERSONNE:Alain Kerbrat]], {{71 ans}}, le plus ancien. Il fait visiter sa chambre comme un château. Il a un aquarium avec un poisson, {{Nemo}} évidemment.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Quimper}}. Conseillère [[PERSONNE:Nolwenn Riou]] (encore elle, très bien). M. [[PERSONNE:Khalid Ouazzani]], {{33 ans}}, né au {{Maroc}}, NIR sur son dossier [[NIR:191069935033128]]. Identifiant FT : [[ID_FRANCE_TRAVAIL:2204567 F]]. Il cherche dans la conserverie, elle lui propose un job dating à {{Concarneau}} {{mardi}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente FT : un panneau « {{Armor Lux}} cherche {{15 couturières}} ». Deux dames prennent une photo du panneau. Le conseiller dit que c'est pour l'usine de {{Quimper}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : un employeur de {{Bénodet}} (camping) veut recruter {{6 saisonniers}}. La conseillère [[PERSONNE:Vanessa]] prend l'offre. Le patron, M. [[PERSONNE:Le Corre]], donne son mail perso : [[EMAIL:yvon.lecorre.camping@orange.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'un demandeur radié pour absence : M. [[PERSONNE:Anthony Le Ray]], ID [[ID_FRANCE_TRAVAIL:9320158X]]. Il dit qu'il était à l'hôpital. La conseillère demande un justificatif par mail à l'agence. Il épelle son mail : [[EMAIL:anthony.leray@laposte.net]].",
    ),
]

# Second Tuesday: Carhaix, the Trégor (Lannion, Guingamp, Paimpol), the Léon, and elsewhere.
BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} à la {{maison France services}} de {{Carhaix}}, une matinée par semaine. Mme [[PERSONNE:Gwenaëlle Ropars]], {{2 enfants}}, vient pour le {{CMG}} : une assistante maternelle garde ses enfants depuis {{septembre}}. Numéro alloc [[N_ALLOCATAIRE:6239174]]. L'agente lui crée son compte {{Pajemploi}} sur place, je lis l'écran :\n- NIR : [[NIR:2 00 02 29 024 727 30]]\n- mail : [[EMAIL:gwen.ropars@orange.fr]]\n{{25 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Saint-Brieuc}}. Un éleveur de {{Loudéac}}, M. [[PERSONNE:Hervé Le Lay]], {{57 ans}}, vient pour la {{prime d'activité}}. Il tend sa carte {{MSA}}, n° [[N_ALLOCATAIRE:1847065]] : l'agent lui explique gentiment qu'il dépend de la MSA d'{{Armorique}}, pas de la Caf. Il soupire : « ma femme fait les papiers d'habitude ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Rhône}}, {{Lyon}} {{8e}}. Une jeune femme, [[PERSONNE:Amel Haddad]], {{23 ans}}, enceinte, demande le {{RSA}}. Elle vient de {{Vaulx-en-Velin}} en bus, {{1h}} de trajet. L'agente fait la demande avec elle (num alloc [[N_ALLOCATAIRE:4471093]]), mais il manque le titre de séjour de son conjoint, [[PERSONNE:Youssef]]. Elle rappellera. Tél : [[TELEPHONE:07 60 84 23 15]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, plateforme. Un monsieur belge installé à {{Perros-Guirec}}, M. [[PERSONNE:Van den Berghe]], veut que ses allocs soient versées sur son compte belge : [[IBAN:BE23 3778 2726 0291]]. Sa voiture est encore immatriculée en {{Belgique}}, [[IMMATRICULATION:1-HGT-584]], il demande si ça pose problème (non, pas pour la Caf). Pour le compte, le conseiller demande à sa cheffe : oui, compte {{SEPA}} ok. {{9 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« en raison d'un fort afflux d'appels… » : entendu {{12 fois}} en {{1h}} assise à côté d'eux. eux ne l'entendent plus",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Guingamp}}. Contrôleuse [[PERSONNE:Valérie Le Roy]]. M. [[PERSONNE:Issa Touré]], dossier [[N_ALLOCATAIRE:2250871]], touche l'{{AAH}} et l'{{APL}}. Elle vérifie qu'il vit seul. Il nous sert un thé à la menthe, montre sa carte de résident, n° [[IDENTIFIANT:2209587136]]. Son frère [[PERSONNE:Moussa]] est de passage, elle note « visite ». Adresse : [[ADRESSE:3 rue Saint-Sauveur, 22200 Guingamp]]. Il a changé de banque, elle prend le nouveau RIB : [[IBAN:FR7610907526439734545233892]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} en campagne près de {{Lannion}}. Chez Mme [[PERSONNE:Tiphaine Le Bourdonnec]], {{3 enfants}}, séparée. L'ex-conjoint semble toujours là (son van garé devant, plaque [[IMMATRICULATION:GT 581 YH]]). Elle dit qu'il vient voir les enfants. La contrôleuse ([[PERSONNE:Valérie]]) demande son adresse à lui : [[ADRESSE:La Ville Neuve, 22300 Ploumilliau]]. Elle vérifiera.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Lannion}}, accueil. M. [[PERSONNE:Joël Rolland]], {{58 ans}}, né à {{Lamballe}}, veut son attestation pour une cure thermale. L'agente ([[PERSONNE:Soazig]]) imprime. NIR sur l'attestation : [[NIR:1 66 09 22 093 416 44]]. Il repart content, « direction {{Dax}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Nantes}}. M. [[PERSONNE:Corentin Hamel]], {{25 ans}}, né à {{Rennes}} le [[DATE_NAISSANCE:8 mai 1999]], change de département. NIR : [[NIR:199053523895807]]. L'agent dit : « ça se fait tout seul normalement ». Il attend quand même le papier.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}}, {{Saint-Brieuc}}. Appel d'une femme de {{Landerneau}}, [[PERSONNE:Clémence Gourvès]], née le [[DATE_NAISSANCE:14 avril 1992]] (vérif). NIR [[NIR:2 92 04 29 103 071 48]]. Question sur le congé maternité : les dates. Conseillère : [[PERSONNE:Lina]]. Elle envoie un récap par mail à [[EMAIL:clemence.gourves@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}} : le conseiller a {{6 secondes}} entre deux appels. Il boit son café par petites gorgées entre les bips. Je fatigue rien qu'à regarder.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dernier contrôle avec l'agente assermentée [[PERSONNE:Françoise Le Guen]], à {{Loudéac}}. L'assurée, Mme [[PERSONNE:Corinne Morin]], arrêt pour entorse. Présente, attelle, béquilles. Sa voiture est devant, [[IMMATRICULATION:DL-650-AH]], c'est sa fille qui la conduit. {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Lannion}}, accueil. M. [[PERSONNE:Gérard Le Moullec]], retraité, veut la téléassistance pour sa femme, [[PERSONNE:Paulette]], {{86 ans}}, née le [[DATE_NAISSANCE:2 juin 1938]]. Il donne leur fixe : [[TELEPHONE:02 96 37 11 58]]. L'agent remplit, appelle le prestataire ({{Présence Verte}}). Installation dans {{8 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Pontivy}}. Une jeune femme en service civique accueille. Un monsieur lui demande où est « M. [[PERSONNE:Le Cunff]], l'ancien ». Parti à la retraite. Le monsieur repart sans rien demander d'autre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Dijon}}. Queue pour les inscriptions au voyage des seniors. La dame devant moi donne son adresse à l'agente, je l'entends : [[ADRESSE:18 rue Chabot-Charny, 21000 Dijon]]. Elle s'appelle Mme [[PERSONNE:Perrin]], elle veut « la chambre avec vue sur la mer » 😄.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} {{Saint-Brieuc}}. Un homme appelle : il a reçu un avis d'expulsion pour le {{31 mars}}. [[PERSONNE:Mohamed Cherif]], tél [[TELEPHONE:06 42 73 59 01]]. L'agente ([[PERSONNE:Laëtitia]]) lui fixe un rdv en urgence demain avec la {{CESF}}. Réf du jugement lue sur le papier : RG [[IDENTIFIANT:23/01874]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} à {{Pleyben}}, chez un couple âgé, M. et Mme [[PERSONNE:Le Gac]]. Demande d'aide pour changer la chaudière au fioul. Le devis de {{Kerdraon Chauffage}} traîne sur la table : {{6 400 €}}. La conseillère oriente vers {{MaPrimeRénov'}}. Le monsieur : « à notre âge… ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} annulée pour cause de neige : {{3 cm}}, mais à {{Huelgoat}} la route des {{monts d'Arrée}} est fermée. On fait le dossier par téléphone.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Lannion}}, {{13h}}. Une touriste anglaise, [[PERSONNE:Margaret Holloway]], tombée sur les rochers de {{Ploumanac'h}}. Son mari donne l'immatriculation de leur camping-car pour le parking : [[IMMATRICULATION:WR19 KXT]]. Passeport : [[IDENTIFIANT:548201937]]. L'IOA parle anglais, super.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Morlaix}}. Un agriculteur, [[PERSONNE:Pierrick Madec]], arrive avec la main coincée dans une machine. Sa femme appelle la {{MSA}} pour l'accident du travail depuis la salle d'attente. Il dit « c'est rien » en étant tout blanc. L'IOA le passe direct.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fin de ma semaine aux urgences : je compte {{6 nationalités}} différentes dans la salle d'attente en une heure. L'IOA utilise {{3 langues}} et des gestes. Personne ne se plaint de l'attente, ou presque.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Saint-Brieuc}}. Une dame appelle pour savoir si sa fille est arrivée : [[PERSONNE:Justine Le Roux]], née le [[DATE_NAISSANCE:19/10/1997]]. Oui, elle est en box. La secrétaire note le téléphone de la mère pour le médecin : [[TELEPHONE:06 25 81 66 47]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Lannion}}, accueil du matin. M. [[PERSONNE:Arthur Kerhervé]], {{42 ans}}, ancien militaire, sans logement depuis son divorce. Il a encore sa carte militaire mais plus de carte d'identité. L'éduc ([[PERSONNE:Marion]]) l'aide à faire la demande en ligne. Il donne son mail : [[EMAIL:a.kerherve@protonmail.com]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Morlaix}}, atelier jardin. {{3 résidents}} plantent des poireaux. Un résident, [[PERSONNE:Dédé]], m'explique tout sur la lune et les semis. Il a été maraîcher à {{Saint-Pol-de-Léon}} pendant {{30 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Lille}}, accueil. Une femme, [[PERSONNE:Marie-Claire Lefebvre]], {{61 ans}}, première fois à la rue. Elle a gardé ses cartes de fidélité {{Auchan}}, {{Décathlon}}… dans son portefeuille, « au cas où ». L'éduc l'inscrit au {{SIAO}}, réf [[IDENTIFIANT:59-SIAO-2024-18342]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Côtes-d'Armor}}, {{20h}}. Appel d'un homme dans sa voiture à {{Paimpol}}, [[PERSONNE:Jérémie Boulanger]]. Plaque [[IMMATRICULATION:EX 347 KP]]. Il a un chien, {{Rocky}}, les hôtels refusent. L'écoutante ([[PERSONNE:Marion]]) trouve un gîte de la {{Croix-Rouge}} qui accepte les chiens.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, appel d'une jeune fille, {{17 ans}}, fugueuse. L'écoutant appelle le {{119}} et la police, il n'a pas le droit de la loger seule. Elle donne son prénom : [[PERSONNE:Océane]]. Elle raccroche avant la fin. Il a l'air défait.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}. Une famille albanaise rappelle pour la {{4e fois}} de la journée : M. [[PERSONNE:Krasniqi]]. L'écoutante connaît sa voix. Toujours pas de place. Elle prend le numéro de sa femme au cas où : [[TELEPHONE:07 45 12 09 86]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Dernière visite en diffus avec [[PERSONNE:Tristan]], {{Brest}} {{Kerourien}}. Mme [[PERSONNE:Fatima Zahra Idrissi]] et son fils [[PERSONNE:Adam]], {{9 ans}}. Tout va bien, elle a trouvé un CDD chez {{Lidl}}. Elle va bientôt sortir du dispositif. Nouvelle adresse prévue : [[ADRESSE:12 rue Saint-Saëns, 29200 Brest]], bail signé avec {{BMH}}. RIB donné pour le prélèvement du loyer : [[IBAN:15589 62903 67072693084 25]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Brieuc}}. Conseiller [[PERSONNE:Maxime]] (celui du {{CEJ}}). Mme [[PERSONNE:Sonia Lebreton]] veut créer son entreprise de couture. Il lui parle de l'{{ARCE}}. Son identifiant : [[ID_FRANCE_TRAVAIL:6630284 S]]. Elle a déjà un SIRET perso, [[IDENTIFIANT:85220354602635]], pour des petites ventes sur {{Vinted}}, et un compte pro {{Qonto}} : [[IBAN:FR76 1695 8466 1780 6328 1363 494]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT {{Lannion}}. Un ingénieur licencié de chez {{Nokia}}, M. [[PERSONNE:Vincent Le Quéré]], {{49 ans}}. Il est poli mais on sent la colère. Identifiant [[ID_FRANCE_TRAVAIL:1209473V]]. Le conseiller lui parle de l'{{APEC}}. Il connaît déjà.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Montpellier}}. Une femme de {{50 ans}}, [[PERSONNE:Nathalie Garcia]], ex-caissière, veut devenir aide-soignante. La conseillère ([[PERSONNE:Leïla]]) regarde sa fiche : ID [[ID_FRANCE_TRAVAIL:8014526 G]], mail [[EMAIL:nathgarcia34 @ sfr.fr]]. Formation financée, début en {{janvier}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant {{France Travail}} {{Morlaix}} : la conseillère [[PERSONNE:Rozenn]] appelle un demandeur pour une offre de cariste à {{Saint-Martin-des-Champs}}. M. [[PERSONNE:Kerlann]] décroche, intéressé. Elle vérifie l'identifiant : « [[ID_FRANCE_TRAVAIL:4012893 A]] ». Rdv pris chez l'employeur {{jeudi}} {{14h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dernière note de la semaine : au téléphone, les conseillers disent « je vous écoute » au moins {{50 fois}} par jour. Je l'ai dit moi-même en décrochant le téléphone de la maison le soir. 😅",
    ),
]

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, its entities and its keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = 0
    pos = 0
    for match in MARK_RE.finditer(marked):
        chunk = marked[pos : match.start()]
        parts.append(chunk)
        length += len(chunk)
        if match.group(1) is not None:
            label, value = match.group(1), match.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
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
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build() -> list[dict]:
    """All notes, with ids in writing order."""
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


def split(cells: dict[str, tuple[str, str]]) -> tuple[set[str], set[str]]:
    """Dev and holdout ids, drawn from the ids and their cells only (never the contents)."""
    rng = random.Random(SEED)
    by_cell: dict[tuple[str, str], list[str]] = defaultdict(list)
    for note_id in sorted(cells):
        by_cell[cells[note_id]].append(note_id)
    dev: list[str] = []
    holdout: list[str] = []
    leftovers: list[str] = []
    for cell in sorted(by_cell):
        ids = list(by_cell[cell])
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


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main() -> None:
    notes = build()
    cells = {note["id"]: (note["site_kind"], note["channel"]) for note in notes}
    dev, holdout = split(cells)
    write(HERE / "dev.jsonl", [note for note in notes if note["id"] in dev])
    write(HERE / "holdout.jsonl", [note for note in notes if note["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
