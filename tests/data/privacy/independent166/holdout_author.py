"""Independent evaluation corpus n° 166: 240 hand-written observation notes, labelled inline.

Marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. Running this
module strips the marks, computes the offsets, draws the dev / holdout split and writes
``dev.jsonl`` and ``holdout.jsonl`` next to it (standard library only, deterministic).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind166"
SEED = 166

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHY, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# Each note: (site_kind, channel, text with marks). Ids follow the writing order.

BATCH_1 = [
    (
        CAF,
        PHY,
        "{{9h12}}, {{Caf}} {{Marseille}} {{rue de Lyon}}. Agent ([[PERSONNE:Nadia]]) : « votre date de naissance madame ? » La dame cherche, « [[DATE_NAISSANCE:2009]]… non attendez ça c'est ma fille ». Elle reprend : « [[DATE_NAISSANCE:12 mars 1987]] », elle est sure cette fois, elle rit. [[PERSONNE:Nadia]] tape sans lever les yeux, n° alloc [[N_ALLOCATAIRE:0914467]] retrouvé.",
    ),
    (
        CAF,
        PHY,
        "dame tres agée accompagnée de son fils. L'agent demande la date de naissance, c'est le fils qui répond : « maman c'est le [[DATE_NAISSANCE:2 janvier]]… [[DATE_NAISSANCE:quarante]]-… [[DATE_NAISSANCE:quarante-huit]] ». La mère le corrige : « [[DATE_NAISSANCE:47]] ! » il soupire. Au final l'écran dit [[DATE_NAISSANCE:02/01/1947]]. Nom : Mme [[PERSONNE:Orsini]] non pardon, nom de jeune fille [[PERSONNE:Paoli]]",
    ),
    (
        CAF,
        TEL,
        "appel 14h03. plateforme {{Caf}} du {{Var}}. allocataire M. [[PERSONNE:Haddad]] ? non, [[PERSONNE:Hadad]] avec un seul d. num alloc [[N_ALLOCATAIRE:2846193]]. agent : « pour verifier, vous etes né quand ? » « le [[DATE_NAISSANCE:dix-sept]]… [[DATE_NAISSANCE:septembre]]… [[DATE_NAISSANCE:soixante et un]] » ça colle. Il appelle pour la {{prime d'activité}} qui a baissé de {{48 €}}",
    ),
    (
        CAF,
        TEL,
        "« C'est pour ma mère, elle entend pas bien » — l'agent ([[PERSONNE:Sébastien]]) demande quand même la date de naissance de la mère. La fille : « [[DATE_NAISSANCE:1944]], euh le mois je sais plus, [[DATE_NAISSANCE:novembre]] je crois ». Elle donne ensuite le numéro : [[N_ALLOCATAIRE:0731552]]. Rdv fixé le {{21 mars}} à {{10h30}} à {{Toulon}}.",
    ),
    (
        CAF,
        PHY,
        "Un jeune homme, [[PERSONNE:Yanis Belkacem]], vient déclarer une naissance !! Bébé né le [[DATE_NAISSANCE:4 février]], il donne le prénom : [[PERSONNE:Inaya]]. L'agent demande aussi sa date à lui : « [[DATE_NAISSANCE:96]], le [[DATE_NAISSANCE:30 juin]] ». Il a l'acte de naissance sur son tel. {{12 min}} en tout.",
    ),
    (
        CAF,
        PHY,
        "file d'attente {{35 minutes}}, {{6 personnes}} debout. un monsieur crie « ça fait {{3 fois}} que je viens !!! ». L'agent d'accueil garde son calme. Pas eu le nom.",
    ),
    (
        CAF,
        TEL,
        "L'appelante donne tout dans le désordre : « [[PERSONNE:Aïcha Msaidie]], née le... attendez... [[DATE_NAISSANCE:27]], euh [[DATE_NAISSANCE:27/12]] mais l'année c'est [[DATE_NAISSANCE:85]] » puis son tel [[TELEPHONE:07 68 12 40 93]]. L'agente ([[PERSONNE:Laetitia]]) reformule : « donc le [[DATE_NAISSANCE:27 décembre 1985]] ». Oui. Dossier {{APL}}, elle a déménagé à {{Marseille}} {{14e}}.",
    ),
    (
        CAF,
        PHY,
        "Couple + 3 enfants. Agent fait défiler la composition du foyer et fait confirmer chaque date : « [[PERSONNE:Rayan]], [[DATE_NAISSANCE:14/08/2012]] ? » — oui. « [[PERSONNE:Lina]], [[DATE_NAISSANCE:3 mai 2015]] » — non, le [[DATE_NAISSANCE:5]] ! corrigé. « [[PERSONNE:Adam]], [[DATE_NAISSANCE:2019]] » ok. La maman rit : « on confond toujours, même à l'école ». le père ([[PERSONNE:Karim Ouali]]) ne dit rien. Mariage le {{12 juin 2010}}, ça l'agent s'en fiche.",
    ),
    (
        CAF,
        TEL,
        "{{11h40}} Un retraité appelle pour sa petite fille qui fait ses etudes à {{Clermont}}. L'agent refuse de parler du dossier sans elle. Il insiste, donne la date de naissance de la petite « le [[DATE_NAISSANCE:8 octobre 2004]] », ça ne change rien. Secret pro. Il raccroche fâché.",
    ),
    (
        CAF,
        PHY,
        "Borne en panne 🙄. L'agent d'accueil imprime les attestations à la main. {{8 attestations}} en {{20 min}}.",
    ),
    (
        CAF,
        PHY,
        "Mme [[PERSONNE:Tchakarian]] (se présente comme « [[PERSONNE:Anahid]], comme ma grand-mère »). Née le [[DATE_NAISSANCE:19 avril 1963]] à {{Marseille}}. Elle a changé de banque : nouveau RIB [[IBAN:FR76 1131 5077 0273 6266 2594 067]]. L'agent vérifie les chiffres deux fois à voix haute. Adresse inchangée : [[ADRESSE:41 bd Chave, 13005 Marseille]].",
    ),
    (
        CAF,
        TEL,
        "Le monsieur donne sa date de naissance en chiffres un par un : « [[DATE_NAISSANCE:zéro neuf, zéro trois, soixante-dix-huit]] ». L'agent écrit [[DATE_NAISSANCE:09/03/78]] sur son brouillon, lui redemande : « le [[DATE_NAISSANCE:9 mars]] c'est ça ? » oui. Il appelle de {{Gap}}, il neige, il ne peut pas descendre à l'accueil.",
    ),
    (
        CAF,
        PHY,
        "« Et vous, votre date de naissance ? » « C'est pas marqué sur l'ordinateur ?? » « Si mais je dois vérifier que c'est bien vous. » « [[DATE_NAISSANCE:1er août]] » « et l'année ? » « [[DATE_NAISSANCE:deux mille]] » — jeune fille, {{RSA}} jeune actif non, elle a {{24 ans}}. [[PERSONNE:Océane Vidal]], n° alloc [[N_ALLOCATAIRE:3390217]]. Elle change de RIB : [[IBAN:FR76 3000 2316 4474 4040 5346 525]].",
    ),
    (
        CAF,
        PHY,
        "Agent [[PERSONNE:Marc-Antoine]] explique que le {{RSA}} s'arrête au {{31 mai}} si la déclaration trimestrielle n'est pas faite. La personne ne comprend pas « trimestrielle ». {{3 mois}}, il dit. Elle note sur un ticket de caisse {{Carrefour}}.",
    ),
    (
        CAF,
        TEL,
        "appel en comorien/français mélangé, le neveu traduit. L'allocataire s'appelle [[PERSONNE:Mohamed Said Ali]]. date de naissance : « [[DATE_NAISSANCE:31 décembre 1985]] » — l'agent sourit, beaucoup de {{31/12}} ou de {{1er janvier}} chez les personnes nées aux {{Comores}} m'explique-t-elle après. NIR lu sur l'écran : [[NIR:1 85 12 99 397 118 94]].",
    ),
    (
        CAF,
        PHY,
        "ticket {{A047}}. le monsieur a oublié ses lunettes, l'agent lit pour lui le courrier : fin de droit {{AAH}} au {{30 septembre}}, revoir la {{MDPH}}. Il dit « j'ai pas {{60 ans}} encore, j'ai [[DATE_NAISSANCE:64]]... enfin je suis de [[DATE_NAISSANCE:64]] ». Il voulait dire l'année 😅",
    ),
    (
        CAF,
        TEL,
        "Mme [[PERSONNE:Roux]] appelle depuis {{Aurillac}}, numéro affiché [[TELEPHONE:04 71 48 22 06]]. Date de naissance demandée : elle répond « le [[DATE_NAISSANCE:15]], du [[DATE_NAISSANCE:7]], [[DATE_NAISSANCE:58]] ». Dossier [[N_ALLOCATAIRE:5317094]]. Son mari [[PERSONNE:Gérard]] parle derrière, il veut qu'elle demande pour la {{prime de Noël}}. Ils n'y ont pas droit.",
    ),
    (
        CAF,
        PHY,
        "Observation : l'agente demande systématiquement la date de naissance AVANT le nom. Elle dit que c'est plus rapide dans l'outil. ~{{40 usagers}} le matin.",
    ),
    (
        CAF,
        PHY,
        "jeune femme ukrainienne, [[PERSONNE:Oksana Melnyk]], avec une interprète bénévole ([[PERSONNE:Iryna]]). Sur le titre : date de naissance [[DATE_NAISSANCE:1991-06-23]] (format ISO sur le document), n° [[IDENTIFIANT:1302584716]]. Elle loge chez une famille à {{Aix}} mais dépend de {{Marseille}}. L'interprète répète « [[DATE_NAISSANCE:twenty-third of June]] » pour être sûre.",
    ),
    (
        CAF,
        TEL,
        "Le conseiller demande « date de naissance de votre conjoint ? » long silence. « attendez je demande. CHÉRI TU ES NÉ QUAND ??? » on entend « [[DATE_NAISSANCE:26 novembre]] ! » puis « [[DATE_NAISSANCE:quatre-vingt-un]] ». Tout le plateau rigole.",
    ),
    (
        CAF,
        TEL,
        "14h50, appel court : demande d'attestation de paiement. Envoyée sur l'espace {{Mon Compte}}. 2 min.",
    ),
    (
        CAF,
        PHY,
        "Un papa seul avec jumeaux en poussette. « Ils sont nés le [[DATE_NAISSANCE:18 janvier 2023]] » — les deux bien sûr. Prénoms [[PERSONNE:Noé]] et [[PERSONNE:Élio]]. Il est arrivé à {{Avignon}} le {{3 novembre}}, travaille chez {{Amazon}} à {{Entraigues}}.",
    ),
    (
        CAF,
        PHY,
        "Contrôle de l'identité au guichet : CNI n° [[IDENTIFIANT:X7KP2M9R4]], date de naissance dessus [[DATE_NAISSANCE:05.11.1979]]. Elle donne aussi un RIB {{Crédit Agricole}} : [[IBAN:FR76 1680 6569 3811 3859 7033 189]]. la dame ([[PERSONNE:Sandrine Chabrier]]) dit « je fais plus jeune hein ». L'agente : « beaucoup plus ! » 😂",
    ),
    (
        CAF,
        TEL,
        "{{Clermont-Ferrand}}. Allocataire sourd, c'est sa compagne qui parle. Date de naissance du monsieur : « [[DATE_NAISSANCE:vingt-deux mai mil neuf cent soixante-neuf]] ». Agent répète en chiffres « [[DATE_NAISSANCE:22 05 69]] ». Email pour la suite : [[EMAIL:fabrice.cournil63@orange.fr]].",
    ),
    (
        CAF,
        PHY,
        "Gros échange sur les dates : l'agent cherche la date d'arrivée en France ({{2017}}), la date du mariage ({{2018}}), la date de naissance du premier ([[DATE_NAISSANCE:2019]]) et du second ([[DATE_NAISSANCE:2022]]). La dame, [[PERSONNE:Hawa Keita]], sort une chemise cartonnée avec tout classé par couleur. Impressionnant.",
    ),
    (
        CAF,
        TEL,
        "{{Le Puy}}. M. [[PERSONNE:Boyer]] ne veut pas donner sa date de naissance au tel « vous l'avez déjà ». l'agente explique, il finit par : « [[DATE_NAISSANCE:44]]. [[DATE_NAISSANCE:Novembre]]. C'est tout ce que vous aurez » 😅 elle valide avec le n° allocataire [[N_ALLOCATAIRE:5028846]].",
    ),
    (
        CAF,
        PHY,
        "Rien de particulier, beaucoup de questions sur la {{prime de rentrée}} ({{ARS}}) alors qu'on est en {{juin}}. L'agent dit que c'est pareil chaque année.",
    ),
    (
        CAF,
        TEL,
        "« Je suis née le [[DATE_NAISSANCE:29 février]] » — l'agent : « ah ça c'est rare ». « Oui, [[DATE_NAISSANCE:1996]] ». Prénom [[PERSONNE:Leïla]], nom [[PERSONNE:Amrani]]. Elle veut changer son IBAN : [[IBAN:FR76 3000 4425 4522 2509 1990 875]], dicté par paquets de 4.",
    ),
    (
        CAF,
        PHY,
        "M. et Mme [[PERSONNE:Nguyen]] (monsieur [[PERSONNE:Van Thanh]], madame [[PERSONNE:Thi Lan]]). L'agent demande les deux dates : lui [[DATE_NAISSANCE:12/12/1956]], elle « [[DATE_NAISSANCE:56]] aussi, en [[DATE_NAISSANCE:avril]] ». Puis « le [[DATE_NAISSANCE:7]] ». Ils vivent au [[ADRESSE:8 rue Saint-Ferréol, 13001 Marseille]] depuis {{1982}}.",
    ),
    (
        CAF,
        TEL,
        "Un homme appelle pour son fils majeur handicapé : « [[PERSONNE:Thomas]], né le [[DATE_NAISSANCE:3 juillet 2001]] ». {{AAH}} + {{AEEH}} avant, il s'embrouille entre les deux. Agent [[PERSONNE:Farid]] très pédagogue, schéma sur papier qu'il ne peut pas montrer au tél 🙃",
    ),
    (
        CAF,
        PHY,
        "ECRAN : « [[PERSONNE:BENSAÏD]] [[PERSONNE:Malika]] — née le [[DATE_NAISSANCE:14/02/1970]] — ALLOC [[N_ALLOCATAIRE:1187420]] — {{RSA}} {{SUSPENDU}} ». Elle ne savait pas qu'il était suspendu. Pleure. Agent lui propose RDV avec une travailleuse sociale le {{jeudi 14}}.",
    ),
    (
        CAF,
        TEL,
        "attente musique {{12 min}} avant décroché (j'ai chronométré à côté du conseiller qui voit la file : {{87 appels}} en attente)",
    ),
    (
        CAF,
        PHY,
        "Étudiant, [[PERSONNE:Lucas Pradier]], né le [[DATE_NAISSANCE:11 septembre 2005]] à {{Aurillac}}, vient pour APL dans une résidence {{Crous}} à {{Clermont}}. Mail : [[EMAIL:lucas.pradier05@gmail.com]]. Il dit que sa date de naissance « c'est pas de bol, le [[DATE_NAISSANCE:11 septembre]] ».",
    ),
    (
        CAF,
        TEL,
        "fin d'appel : la dame dit « et bon anniversaire à vous si c'est bientôt » à l'agent parce qu'il a dit que le sien c'était le [[DATE_NAISSANCE:14 juillet]] (il m'a dit ensuite qu'il l'a inventé pour la faire sourire… je labellise quand même, je peux pas savoir)",
    ),
]

BATCH_2 = [
    (
        CPAM,
        PHY,
        "{{Cpam}} {{Toulon}}, {{8h35}}. Première dame : carte vitale perdue. Agent : « votre numéro de sécu ? » elle le connait par cœur : [[NIR:2 94 11 83 137 088 89]]. « et votre date de naissance ? » « bah c'est dedans ! » — « oui mais je dois vous la demander » — « le [[DATE_NAISSANCE:6 novembre 94]] ».",
    ),
    (
        CPAM,
        TEL,
        "{{3646}}. Monsieur [[PERSONNE:Ferhat Boudiaf]] appelle pour ses indemnités journalières. L'agente lui demande sa date de naissance, il répond « [[DATE_NAISSANCE:61]] » puis rien. Elle : « le jour et le mois ? » « le [[DATE_NAISSANCE:2 septembre]] ». NIR sur l'écran [[NIR:1 61 09 99 352 047 24]], né en {{Algérie}}. {{21 jours}} d'arrêt, toujours pas payé.",
    ),
    (
        CPAM,
        PHY,
        "ecran de l'agent : NOM [[PERSONNE:FERREIRA DA SILVA]] PRENOM [[PERSONNE:MARIA JOSE]] DDN [[DATE_NAISSANCE:17/06/1972]] NIR [[NIR:2 72 06 99 139 205 90]]. elle vient pour la {{C2S}}. Elle parle portugais avec sa fille ([[PERSONNE:Beatriz]]) qui traduit. La fille ajoute « ma mère est de [[DATE_NAISSANCE:72]] mais sur le papier portugais c'est écrit [[DATE_NAISSANCE:1972-06-17]] »",
    ),
    (
        CPAM,
        TEL,
        "Appel d'un aidant : son père ([[PERSONNE:Ahmet Yilmaz]]) a fait un AVC. Date de naissance du père ? « euh… [[DATE_NAISSANCE:mars]]… [[DATE_NAISSANCE:53]]… le jour je sais pas, sur sa carte c'est [[DATE_NAISSANCE:00/03/1953]] » — l'agent explique que c'est fréquent pour les personnes nées en {{Turquie}}. NIR [[NIR:1 53 03 99 208 064 64]].",
    ),
    (
        CPAM,
        PHY,
        "J'ai compté : entre {{9h}} et {{10h}}, {{17 personnes}} ; {{11}} pour la carte vitale, {{4}} pour un remboursement, {{2}} pour rien (« on m'a dit de venir »).",
    ),
    (
        CPAM,
        TEL,
        "« Pouvez-vous me rappeler votre date de naissance ? » — « [[DATE_NAISSANCE:dix-neuf cent quatre-vingt-dix-neuf]]… le [[DATE_NAISSANCE:22 septembre]] » — « merci madame [[PERSONNE:Abdallah]] ». Elle appelle depuis [[TELEPHONE:06 52 18 77 04]] pour une attestation de droits, envoyée par mail à [[EMAIL:nour.abdallah99@hotmail.fr]].",
    ),
    (
        CPAM,
        PHY,
        "Accueil {{Cpam}} {{Clermont-Ferrand}}. Un jeune ([[PERSONNE:Enzo Maltese]]) vient avec sa mère pour passer sur sa propre carte vitale. Il a {{21 ans}}… L'agent : « né le ? » la MERE répond « le [[DATE_NAISSANCE:9 mai 2003]] » avant lui. Il lève les yeux au ciel. NIR [[NIR:1 03 05 63 113 419 96]].",
    ),
    (
        CPAM,
        PHY,
        "Une dame très âgée, née à {{Ajaccio}}, [[PERSONNE:Angèle Santoni]]. Elle parle fort : « JE SUIS DE [[DATE_NAISSANCE:QUARANTE-HUIT]], DU MOIS DE [[DATE_NAISSANCE:JANVIER]] ». NIR : [[NIR:2 48 01 2A 004 012 23]] (le 2A ! l'agent m'explique que la clé se calcule avec 19). Elle a un cousin à {{Bastia}} qui « connait le directeur ».",
    ),
    (
        CPAM,
        TEL,
        "l'agent [[PERSONNE:Julien]] doit identifier : nom, prénom, date de naissance, code postal. Le monsieur donne le code postal en premier ({{84000}}) puis « né le [[DATE_NAISSANCE:vingt]]… non [[DATE_NAISSANCE:vingt-et-un]] [[DATE_NAISSANCE:octobre]] ». L'année il la dit après avoir raccroché presque : « [[DATE_NAISSANCE:soixante-quinze]] ! »",
    ),
    (
        CPAM,
        PHY,
        "rdv pour {{CSS}}. Documents : avis d'imposition, relevés, attestation {{France Travail}}. La dame a tout. {{7 minutes}}. Rare, l'agent le souligne.",
    ),
    (
        CPAM,
        PHY,
        "[[PERSONNE:Mamadou Sow]], né le [[DATE_NAISSANCE:15/04/1976]] à {{Dakar}}. NIR [[NIR:1 76 04 99 341 029 42]]. Il demande pourquoi il n'a pas de carte vitale depuis {{2 ans}}. L'agent trouve une erreur d'état civil : le jour était saisi [[DATE_NAISSANCE:14]] au lieu de [[DATE_NAISSANCE:15]]. Correction demandée. Il sourit enfin.",
    ),
    (
        CPAM,
        TEL,
        "Mère qui appelle pour son bébé : « il est né le [[DATE_NAISSANCE:2 mars]] » (cette année). Rattachement aux deux parents. Prénom du bébé [[PERSONNE:Mathéo]]. Père [[PERSONNE:Kevin Ribeiro]], NIR du père donné de tête mais faux d'un chiffre, l'agent le remarque. Elle rappellera.",
    ),
    (
        CPAM,
        TEL,
        "Appel {{16h20}} : un monsieur âgé, [[PERSONNE:Jean-Pierre Vacher]], {{Aurillac}}. Date de naissance : il donne « le [[DATE_NAISSANCE:8 juillet 58]] », puis se reprend « non le [[DATE_NAISSANCE:18]] ». L'agent vérifie : NIR [[NIR:1 58 07 15 014 031 50]]. Il dicte son mail lettre par lettre : [[EMAIL:jp.vacher15@wanadoo.fr]]. Il veut savoir si ses lunettes sont remboursées à {{100 %}}. Réponse : 100% santé oui, {{Optic 2000}} pas forcément.",
    ),
    (
        CPAM,
        PHY,
        "« Vous êtes bien née en [[DATE_NAISSANCE:1979]] ? » « oui, [[DATE_NAISSANCE:février]] » — [[PERSONNE:Christelle Chazal]], {{Le Puy-en-Velay}}. Elle est venue pour sa mère placée à l'{{EHPAD Les Jardins de Saint-Laurent}}. Le dossier de la mère c'est une autre histoire.",
    ),
    (
        CPAM,
        PHY,
        "Accueil sans rdv fermé pour formation. Affiche {{A4}} sur la porte. {{Une vingtaine}} de personnes repartent. Agent sécu à l'entrée explique 20 fois.",
    ),
    (
        CPAM,
        TEL,
        "« Vous êtes né quand monsieur ? » « En [[DATE_NAISSANCE:quatre-vingt-dix]], le [[DATE_NAISSANCE:trois]] » « le [[DATE_NAISSANCE:3]] de quel mois ? » « [[DATE_NAISSANCE:octobre]], je suis né à {{Bastia}} » NIR : [[NIR:1 90 10 2B 033 077 64]]. [[PERSONNE:Pierre-Toussaint Luciani]], travaille au port de {{Toulon}}.",
    ),
    (
        CPAM,
        PHY,
        "Une dame, ses 3 enfants et leurs cartes vitales (les 2 grands sont sur la sienne). L'agent re-saisit les dates : [[PERSONNE:Sofia]] [[DATE_NAISSANCE:2011]], [[PERSONNE:Ilyes]] [[DATE_NAISSANCE:2014]], [[PERSONNE:Maëlys]] née le [[DATE_NAISSANCE:13 avril 2015]]. Le papa est « parti » dit-elle. NIR de [[PERSONNE:Maëlys]] : [[NIR:2 15 04 84 007 356 81]], née à {{Avignon}}.",
    ),
    (
        CPAM,
        TEL,
        "Conseillère ([[PERSONNE:Fatou]]) - appel d'une pharmacie ({{Pharmacie du Cours}}) pour une patiente, elle refuse de donner quoi que ce soit sans la patiente. Bien.",
    ),
    (
        CPAM,
        PHY,
        "le monsieur dit « je suis né le jour de la mort de {{Brel}} » l'agent ne sait pas. Lui : « [[DATE_NAISSANCE:9 octobre 78]] ». Elle tape. Il est fier de son truc.",
    ),
    (
        CPAM,
        TEL,
        "IBAN pour remboursement : [[IBAN:FR76 2004 1518 5008 0907 0958 435]] (banque postale). L'assurée, Mme [[PERSONNE:Giraud]]... non, je corrige, c'est Mme [[PERSONNE:Girardot]]. Date naissance : « [[DATE_NAISSANCE:3 3 63]] » l'agent redemande, « [[DATE_NAISSANCE:trois mars soixante-trois]] ». Ça fait rire.",
    ),
    (
        CPAM,
        PHY,
        "PMR. Fauteuil. L'accueil est à l'étage, ascenseur en panne depuis {{lundi}}. L'agent descend. Personne ne trouve ça normal.",
    ),
    (
        CPAM,
        PHY,
        "Un homme vient pour sa femme hospitalisée à la {{Timone}}. Il ne connaît pas sa date de naissance exacte : « elle est de [[DATE_NAISSANCE:quatre-vingt-deux]]… vers la fin de l'année… ». L'agent ne peut rien faire sans. Il appelle sa fille : « le [[DATE_NAISSANCE:30 novembre]] papa !! » (haut-parleur).",
    ),
    (
        CPAM,
        TEL,
        "{{Gap}}, agent : [[PERSONNE:Nathalie]]. Appelant : « [[PERSONNE:Arnaud Blanc]], [[PERSONNE:B-L-A-N-C]], né le [[DATE_NAISSANCE:19 août 1969]] à {{Gap}} ». NIR [[NIR:1 69 08 05 061 093 71]]. Il veut une attestation pour sa mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:40271896]].",
    ),
    (
        CPAM,
        CSP,
        "Visite à domicile avec l'agent de l'assurance maladie (enquête sur un arrêt de travail). Monsieur absent aux heures de sortie autorisées. La voisine dit qu'il est « au jardin ». On repart. L'agent coche une case.",
    ),
    (
        CPAM,
        CSP,
        "contrôle arrêt de travail chez Mme [[PERSONNE:Lopez]] à [[ADRESSE:17 rue des Tanneurs, 84000 Avignon]]. Elle est là, en pyjama, gênée. Dossier OK. La voiture devant (une {{Clio}} grise [[IMMATRICULATION:FR-318-KD]]) c'est celle de son fils dit-elle.",
    ),
    (
        CPAM,
        TEL,
        "« Vous pouvez épeler votre nom ? » « [[PERSONNE:K-H-E-L-I-F-I]] » « Prénom ? » « [[PERSONNE:Sabrina]] » « date de naissance ? » « [[DATE_NAISSANCE:1er octobre 1983]] ». Appel de {{Clermont}}, NIR [[NIR:2 83 10 63 113 532 70]].",
    ),
    (
        CPAM,
        PHY,
        "Dame dit son âge au lieu de sa date de naissance : « j'ai {{71 ans}} ». L'agent insiste gentiment. « ah… [[DATE_NAISSANCE:juin 52]] ». Le jour ? « le [[DATE_NAISSANCE:vingt-huit]] ». Prénom [[PERSONNE:Marcelle]].",
    ),
    (
        CPAM,
        PHY,
        "{{Marseille}} {{3e}}. file jusqu'au trottoir à {{8h20}} (ouverture {{8h30}}). Un vigile. Beaucoup de dossiers {{AME}}. L'agent me dit « ici c'est tous les jours comme ça ».",
    ),
    (
        CPAM,
        TEL,
        "Appel pour la carte européenne : voyage en {{Espagne}} le {{15 juillet}}. « Votre date de naissance ? » « [[DATE_NAISSANCE:2 5 66]] » « 2 mai ? » « oui ». [[PERSONNE:Véronique Pastor]], NIR [[NIR:2 66 05 83 137 415 68]]. Carte envoyée sous {{15 jours}}.",
    ),
    (
        CPAM,
        PHY,
        "jeune homme, titre de séjour mention étudiant, n° [[IDENTIFIANT:8302917465]]. Né le [[DATE_NAISSANCE:2 février 1992]] à {{Marseille}} ?? non — l'agent relit, c'est [[DATE_NAISSANCE:2 février 2002]] à {{Douala}}. Erreur de saisie sur le formulaire. [[PERSONNE:Junior Mbarga]].",
    ),
    (
        CPAM,
        TEL,
        "Pas d'identification possible : la dame refuse de donner sa date de naissance (« on m'a déjà piraté »). L'agent reste courtois, lui propose de venir à l'accueil avec une pièce. 4 min.",
    ),
    (
        CPAM,
        PHY,
        "Le conseiller lit à voix haute la notification : « Mme [[PERSONNE:Yasmine Rahmouni]], née le [[DATE_NAISSANCE:07/09/1999]], vos droits à la {{Complémentaire santé solidaire}} prennent fin le {{31/08}} ». Elle : « mais j'ai refait le dossier en {{mai}} ! » NIR [[NIR:2 99 09 13 055 871 81]].",
    ),
]

BATCH_3 = [
    (
        CCAS,
        TEL,
        "Inscriptions registre canicule ☀️ (CCAS {{Avignon}}). Une fille inscrit sa mère : « [[PERSONNE:Paulette Reynaud]], née le [[DATE_NAISSANCE:4 décembre 1936]] » puis son père « [[PERSONNE:Marius]], lui c'est [[DATE_NAISSANCE:trente-quatre]]… [[DATE_NAISSANCE:34]] oui, le [[DATE_NAISSANCE:1er juin]] ». Adresse : [[ADRESSE:6 impasse des Cigales, 84000 Avignon]]. Tél fixe [[TELEPHONE:04 90 82 61 37]].",
    ),
    (
        CCAS,
        PHY,
        "{{CCAS}} {{Marseille}}, domiciliation. Monsieur sans papiers sur lui, il donne sa date de naissance « [[DATE_NAISSANCE:1er janvier 1990]] » (l'agent: « encore un [[DATE_NAISSANCE:1er janvier]] », sans méchanceté). [[PERSONNE:Abdoulaye Camara]]. Attestation d'élection de domicile n° [[IDENTIFIANT:DOM-2024-0518]].",
    ),
    (
        CCAS,
        PHY,
        "épicerie sociale : l'agente ([[PERSONNE:Céline]]) remplit la fiche. Composition : madame [[DATE_NAISSANCE:1988]], enfants [[DATE_NAISSANCE:2012]] – [[DATE_NAISSANCE:2016]] – [[DATE_NAISSANCE:2020]]. Reste à vivre calculé : {{4,20 €}} par jour et par personne. Accès {{3 mois}}.",
    ),
    (
        CCAS,
        TEL,
        "Le monsieur au téléphone veut un colis alimentaire. L'agent lui explique qu'il faut un rdv avec une assistante sociale. Il demande « c'est où ? » : {{Maison des Solidarités}} du {{Cours Sablon}}. Il n'a pas de quoi noter.",
    ),
    (
        CCAS,
        PHY,
        "Accueil CCAS {{Clermont}}, {{14h}}. Mme [[PERSONNE:Dos Santos]] pour une aide facture {{EDF}} : réf client [[IDENTIFIANT:6004 173 829]], montant {{386,40 €}}. L'agent demande sa date de naissance pour le logiciel : « [[DATE_NAISSANCE:soixante-douze]]… [[DATE_NAISSANCE:le dix-sept juin]] ». Elle a travaillé {{30 ans}} chez {{Michelin}}.",
    ),
    (
        CCAS,
        TEL,
        "registre canicule {{Toulon}} : appel d'un voisin « je m'inquiète pour Mme [[PERSONNE:Castellani]], elle a au moins {{90 ans}} ». L'agent ne peut inscrire que la personne elle-même ou sa famille. Il note quand même pour une visite.",
    ),
    (
        CCAS,
        PHY,
        "Un monsieur en fauteuil + son auxiliaire de vie. L'agent demande la date de naissance du monsieur ; l'auxiliaire répond « [[DATE_NAISSANCE:13 mai 1957]] » mais le monsieur : « non, [[DATE_NAISSANCE:1956]] ! J'suis plus vieux que ça ». L'auxiliaire ([[PERSONNE:Samia]]) s'excuse. Il s'appelle [[PERSONNE:Raymond Chastang]].",
    ),
    (
        CCAS,
        PHY,
        "attente {{45 min}} salle pleine. {{2 agents}} au lieu de {{4}} (arrêts maladie). Un enfant dessine sur le formulaire de demande.",
    ),
    (
        CCAS,
        TEL,
        "{{Aurillac}}. « Allô, c'est pour le repas des aînés » — il faut avoir {{70 ans}} au {{31 décembre}}. La dame : « je suis de [[DATE_NAISSANCE:cinquante-quatre]], ça passe ? » Agent : « oui madame ». Nom : [[PERSONNE:Lacombe]], [[PERSONNE:Yvette]]. Tél [[TELEPHONE:06 31 08 54 72]].",
    ),
    (
        CCAS,
        PHY,
        "Demande d'aide pour impayé de loyer, bailleur {{13 Habitat}}, n° contrat locataire [[IDENTIFIANT:0138-552907]]. Madame [[PERSONNE:Benali]] (prénom [[PERSONNE:Zohra]]) donne les dates de naissance de toute la famille sans qu'on lui demande : « moi [[DATE_NAISSANCE:12/08/79]], mon mari [[DATE_NAISSANCE:03/01/75]], [[PERSONNE:Ilyès]] [[DATE_NAISSANCE:2004]], [[PERSONNE:Anis]] [[DATE_NAISSANCE:2008]] ». L'agent : « merci mais j'ai juste besoin des revenus ».",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile pour évaluation (demande d'aide ménagère). [[ADRESSE:22 rue Raphaël, 43000 Le Puy-en-Velay]], 3e sans ascenseur. Monsieur [[PERSONNE:Vialle]] nous attend avec du café. Il montre ses médailles. Le frigo est presque vide.",
    ),
    (
        CCAS,
        TEL,
        "L'agente ([[PERSONNE:Manon]]) : « date de naissance ? » – « euh, j'ai pas compris » – « vous êtes née quand ? » – « ahh ! en [[DATE_NAISSANCE:1961]]... » – « le jour ? » – « [[DATE_NAISSANCE:vingt-cinq]] » – « le mois ? » – « [[DATE_NAISSANCE:décembre]], le jour de {{Noël}} ». Mme [[PERSONNE:Ouedraogo]].",
    ),
    (
        CCAS,
        PHY,
        "Rien d'identifiant dans cette scène : une dame vient rendre un parapluie oublié la veille. Tout le monde est content ☺️",
    ),
    (
        CCAS,
        PHY,
        "{{Gap}}. Un jeune de {{19 ans}}, [[PERSONNE:Dylan]], veut l'aide au permis. L'agent : « date de naissance ? » « [[DATE_NAISSANCE:2005]] » « en entier » « le [[DATE_NAISSANCE:30 du 1]] ». Il a trouvé une auto-école à {{Tallard}}. Mail : [[EMAIL:dylan.ghz05@gmail.com]].",
    ),
    (
        CCAS,
        TEL,
        "Appel du fils d'une dame de {{94 ans}} pour le portage de repas : sa mère [[PERSONNE:Germaine Faure]], « elle est née en [[DATE_NAISSANCE:30]], le [[DATE_NAISSANCE:10 mars]] ». Il précise qu'elle habite [[ADRESSE:3 chemin de la Bergerie, 05000 Gap]]. Lui rappelle au [[TELEPHONE:07 81 26 40 15]].",
    ),
    (
        CCAS,
        PHY,
        "Demande de carte de transport solidaire ({{RTM}}). Il faut le justificatif {{CSS}} + pièce d'identité. Le monsieur a une photocopie de son passeport : [[IDENTIFIANT:18CV72045]], né le [[DATE_NAISSANCE:04/06/1984]]. [[PERSONNE:Nikolaï Petrov]]. L'agent fait la carte en 5 min.",
    ),
    (
        CCAS,
        PHY,
        "L'agent me raconte que beaucoup de personnes âgées donnent leur date de naissance « à l'ancienne » : le jour de la semaine, la fête du saint… Une dame tout à l'heure a dit « je suis née à la {{Saint-Michel}} » (= [[DATE_NAISSANCE:29 septembre]]), l'agent a compris.",
    ),
    (
        CCAS,
        TEL,
        "appel {{10h02}}: aide à l'energie. La dame : Mme [[PERSONNE:Farrugia]]. Agent demande date naissance pour retrouver le dossier : « [[DATE_NAISSANCE:11]]… [[DATE_NAISSANCE:11]]… [[DATE_NAISSANCE:77]] » (11/11/77 ?) confirmé. fournisseur {{Engie}}, ref [[IDENTIFIANT:310 774 582 916]].",
    ),
    (
        CCAS,
        CSP,
        "Évaluation au domicile d'un couple âgé à {{Clermont-Ferrand}}, quartier {{La Gauthière}}. Madame nous montre le livret de famille : lui né le [[DATE_NAISSANCE:6 août 1939]], elle le [[DATE_NAISSANCE:21 avril 1941]]. Mariés le {{2 septembre 1961}}. [[PERSONNE:Lucien]] et [[PERSONNE:Simone Brugière]]. Ils veulent rester chez eux « jusqu'au bout ».",
    ),
    (
        CCAS,
        PHY,
        "Demande d'aide d'urgence. Agent ([[PERSONNE:Rachid]]) remplit. « Vos enfants ? » « [[PERSONNE:Jade]] a {{8 ans}}, [[PERSONNE:Nolan]] {{5 ans}} » « leurs dates de naissance ? » « euh… [[PERSONNE:Jade]] c'est le [[DATE_NAISSANCE:2 du 2]]… et [[PERSONNE:Nolan]] [[DATE_NAISSANCE:mi-juillet]]… le [[DATE_NAISSANCE:14]] ? non [[DATE_NAISSANCE:16]] ». La mère est épuisée.",
    ),
    (
        CCAS,
        TEL,
        "Standard CCAS {{Marseille}} saturé. L'agent me montre le compteur : {{212 appels}} depuis {{8h30}}. Il est {{11h}}.",
    ),
    (
        CCAS,
        PHY,
        "[[PERSONNE:Arsène Kaboré]] vient chercher son courrier (domicilié ici). L'agent vérifie l'identité : récépissé de demande d'asile n° [[IDENTIFIANT:1303217846]], né le [[DATE_NAISSANCE:20/11/1995]]. {{3 lettres}} dont une de l'{{OFPRA}}. Il l'ouvre devant nous, c'est une convocation le {{12 mars}}.",
    ),
    (
        CCAS,
        TEL,
        "« C'est pour ma maman, [[PERSONNE:Rosa]], elle a fait une chute ». L'agent: « elle est née quand ? » « [[DATE_NAISSANCE:trente-neuf]], le [[DATE_NAISSANCE:2 février]]… ou le [[DATE_NAISSANCE:20]], je sais jamais, sur ses papiers italiens c'est [[DATE_NAISSANCE:20/02/1939]] ». née à {{Naples}}.",
    ),
    (
        CCAS,
        PHY,
        "Fiche : NOM [[PERSONNE:ROCHE]] Prénom [[PERSONNE:Lilian]] Né le __/__/[[DATE_NAISSANCE:1982]] (jour et mois manquent, il ne les connait pas, « né sous X » dit-il). Adresse [[ADRESSE:5 place Michelet, 15000 Aurillac]].",
    ),
    (
        CCAS,
        CSP,
        "Visite logement indigne avec le CCAS et l'hygiène : moisissures, {{3 enfants}} dans une pièce. Propriétaire absent. L'agent prend des photos. Je n'ai noté aucun nom.",
    ),
    (
        CCAS,
        PHY,
        "Retraité vient pour l'aide aux vacances seniors ({{ANCV}}). L'agent demande « vous êtes né en quelle année ? » il répond « l'année du {{Mundial}} en {{Suède}} » 😄 = [[DATE_NAISSANCE:58]]. [[PERSONNE:Gilbert Armand]].",
    ),
    (
        CCAS,
        TEL,
        "appel en anglais. Jeune femme nigériane, [[PERSONNE:Blessing Okafor]]. « date of birth ? » « [[DATE_NAISSANCE:the fourteenth of March, ninety-eight]] ». L'agent galère un peu, note [[DATE_NAISSANCE:14/03/98]]. Elle est hébergée au {{115}}. Numéro : [[TELEPHONE:+33 7 53 18 92 46]].",
    ),
    (
        CCAS,
        PHY,
        "Une dame vient pour son frère qui ne parle pas : « [[PERSONNE:Didier]], il est de [[DATE_NAISSANCE:67]], le [[DATE_NAISSANCE:12 septembre]] ». Sous curatelle, l'{{UDAF}} gère. L'agent appelle l'UDAF devant nous, occupé.",
    ),
    (
        CCAS,
        TEL,
        "{{Le Puy}}, aide alimentaire. Monsieur [[PERSONNE:Achour]] donne son numéro de caf au lieu de sa date de naissance : [[N_ALLOCATAIRE:4410297]]. L'agente dit « on n'a pas ça, votre date de naissance s'il vous plait » → « [[DATE_NAISSANCE:8 mai 1970]] », « comme la victoire, mais pas la même année » (il veut dire le {{8 mai 1945}}).",
    ),
    (
        CCAS,
        PHY,
        "Enfants qui jouent dans le couloir, l'agent sort des feutres. {{30 min}} d'attente. Les parents parlent roumain entre eux.",
    ),
]

BATCH_4 = [
    (
        FT,
        PHY,
        "{{France Travail}} {{Marseille}} {{Joliette}}. [[PERSONNE:Kenza]] (conseillère) reçoit un monsieur qui a perdu son identifiant. « Nom ? » « [[PERSONNE:Hamidou]] » « date de naissance ? » « [[DATE_NAISSANCE:quatre-vingt-sept]] » « complète svp » « [[DATE_NAISSANCE:24 juin 87]] ». Elle retrouve : identifiant [[ID_FRANCE_TRAVAIL:4821736K]]. Elle le lui écrit sur un post-it.",
    ),
    (
        FT,
        TEL,
        "3949. « Votre identifiant ou votre date de naissance et code postal » → la dame donne les deux, l'identifiant faux ([[ID_FRANCE_TRAVAIL:0392817M]]), la date juste : « [[DATE_NAISSANCE:deux avril quatre-vingt-quatorze]] ». CP {{83200}}. Agent retrouve [[PERSONNE:Mégane Toscano]], vrai identifiant [[ID_FRANCE_TRAVAIL:0392871M]] (deux chiffres inversés).",
    ),
    (
        FT,
        PHY,
        "Inscription d'un jeune, [[PERSONNE:Ibrahim Diakité]], {{18 ans}} depuis {{hier}} ! Né le [[DATE_NAISSANCE:12 novembre 2005]]. Le conseiller lui souhaite bon anniversaire avec un jour de retard. Orientation {{Mission locale}}.",
    ),
    (
        FT,
        PHY,
        "atelier CV {{10h}}. {{8 inscrits}}, {{5 présents}}. La conseillère montre un CV modèle au nom de « [[PERSONNE:Julie Martin]], née le [[DATE_NAISSANCE:01/01/1990]] » et dit qu'il ne faut PLUS mettre la date de naissance sur un CV. Un participant : « et l'âge ? » non plus.",
    ),
    (
        FT,
        TEL,
        "Appel d'une femme pour son mari hospitalisé, il va rater son rdv du {{18}}. L'agent veut identifier le mari : « date de naissance de monsieur ? » « le [[DATE_NAISSANCE:7 juillet]]… [[DATE_NAISSANCE:soixante]]… euh [[DATE_NAISSANCE:soixante-dix]] !! Je le rajeunis pas » Rdv décalé au {{2 avril}}. Mari : [[PERSONNE:Serge Bonnefoy]].",
    ),
    (
        FT,
        PHY,
        "File à la borne : {{4 bornes}}, {{1}} en panne, un service civique ([[PERSONNE:Tom]]) aide les gens à se connecter. Il me dit qu'il tape surtout des dates de naissance et des codes postaux toute la journée.",
    ),
    (
        FT,
        TEL,
        "« Je vous écoute » – « oui c'est [[PERSONNE:Marouane]], [[PERSONNE:Marouane Chérif]], mon identifiant c'est [[ID_FRANCE_TRAVAIL:512 437 8 X]] » – « et votre date de naissance pour sécuriser ? » – « [[DATE_NAISSANCE:92]]… [[DATE_NAISSANCE:le 14 février]] » – « la saint-valentin ! » Il demande pourquoi son {{ARE}} ne tombe pas. Réponse : attestation employeur manquante ({{Lidl}}).",
    ),
    (
        FT,
        PHY,
        "{{Avignon}}. Rdv d'entretien : une dame de {{57 ans}}, licenciée. La conseillère lit : « vous êtes née le [[DATE_NAISSANCE:3 janvier 1967]] ? » « oui » — « alors vous avez droit à {{36 mois}} d'indemnisation au lieu de {{18}} »… non la conseillère se corrige, les règles ont changé. Madame [[PERSONNE:Ginoux]] : « vous me faites peur là ».",
    ),
    (
        FT,
        TEL,
        "{{Clermont}} — appel de [[PERSONNE:Chantal]] (assistante maternelle), déclaration mensuelle bloquée. Date naissance « [[DATE_NAISSANCE:1968]] » suffit pas, « [[DATE_NAISSANCE:20 octobre]] ». ID [[ID_FRANCE_TRAVAIL:6310492B]]. Problème réglé en {{9 min}}.",
    ),
    (
        FT,
        PHY,
        "Entretien « diagnostic ». Le conseiller: [[PERSONNE:Olivier]]. Le demandeur: [[PERSONNE:Tarik Mansouri]], né le [[DATE_NAISSANCE:28/02/1989]] (il précise « pas le 29, hein »). Projet : chauffeur {{poids lourd}}. Financement {{CPF}} : {{1 860 €}}. Tel [[TELEPHONE:06 24 97 31 58]], mail [[EMAIL:tarik.mansouri89@outlook.fr]].",
    ),
    (
        FT,
        TEL,
        "Une maman appelle pour son fils de {{17 ans}} qui veut s'inscrire. Agent : il doit appeler lui-même. Elle donne quand même sa date de naissance : « le [[DATE_NAISSANCE:19 mai 2007]] ». Agent explique qu'à 16-17 ans c'est la {{Mission locale}} à {{Gap}}.",
    ),
    (
        FT,
        PHY,
        "Une dame ne veut pas dire sa date de naissance devant les autres. L'agent lui tourne l'écran pour qu'elle la lise sans la dire. Bonne pratique, je note.",
    ),
    (
        FT,
        PHY,
        "« [[PERSONNE:Dubois]] ? il y en a {{12}} dans {{Toulon}} » → « date de naissance ? » → « [[DATE_NAISSANCE:13 août]], [[DATE_NAISSANCE:soixante-quinze]] ». Trouvé : [[PERSONNE:Laurent Dubois]], id [[ID_FRANCE_TRAVAIL:2078341F]], adresse [[ADRESSE:112 av. de la République, 83000 Toulon]]. Il a déménagé, nouvelle adresse [[ADRESSE:9 rue Picot, 83000 Toulon]].",
    ),
    (
        FT,
        TEL,
        "Conseiller ([[PERSONNE:Nabil]]) : « Vous êtes née quand ? » — la dame, [[PERSONNE:Mireille Achard]], {{Aurillac}} : « Le [[DATE_NAISSANCE:trente et un]]… [[DATE_NAISSANCE:mai]]… [[DATE_NAISSANCE:mille neuf cent soixante-cinq]] » très lentement, on sent qu'elle a l'habitude. Elle veut une attestation de fin de droits au {{30 juin}}.",
    ),
    (
        FT,
        PHY,
        "Le monsieur sort son téléphone, montre son appli {{France Travail}} : identifiant [[ID_FRANCE_TRAVAIL:7734102L]]. Sa date de naissance sur l'appli est fausse ([[DATE_NAISSANCE:01/06/1979]] au lieu de [[DATE_NAISSANCE:06/01/1979]] — inversion jour/mois). La conseillère lance une correction. [[PERSONNE:Mustafa Demir]].",
    ),
    (
        FT,
        TEL,
        "{{16h45}}. Le dernier appel : un jeune, très poli, veut juste savoir l'adresse de l'agence de {{Gap}}. Pas de nom. 1 min.",
    ),
    (
        FT,
        PHY,
        "Rdv collectif « seniors » : la conseillère fait un tour de table, chacun dit son prénom et « depuis quand vous cherchez ». [[PERSONNE:Danielle]] ({{2 ans}}), [[PERSONNE:Hocine]] ({{8 mois}}), [[PERSONNE:Bruno]] (« depuis le Covid »), [[PERSONNE:Anne-Marie]] ({{14 mois}}). Personne ne donne d'âge, elle ne demande pas.",
    ),
    (
        FT,
        TEL,
        "appelant : [[PERSONNE:Bogdan Popescu]], roumain, parle bien. « date naissance ? » « [[DATE_NAISSANCE:1986]], [[DATE_NAISSANCE:17]], [[DATE_NAISSANCE:mars]] ». L'agent remet dans l'ordre. Il travaille en interim chez {{Manpower}} à {{Avignon}}, déclare ses heures. Mail [[EMAIL:bogdan.popescu86@yahoo.com]].",
    ),
    (
        FT,
        PHY,
        "Le conseiller lit la convocation à haute voix : « Monsieur [[PERSONNE:Aït Oufella Karim]], identifiant [[ID_FRANCE_TRAVAIL:1093346D]], né le [[DATE_NAISSANCE:09/09/1991]], vous êtes convoqué le {{lundi 4 mars}} à {{9h}} ». Le monsieur : « c'est aujourd'hui ! » oui c'est aujourd'hui, il est à l'heure.",
    ),
    (
        FT,
        PHY,
        "Jeune femme enceinte, {{Le Puy}}. Conseillère demande la date prévue d'accouchement ({{15 septembre}}) puis sa date de naissance à elle : « [[DATE_NAISSANCE:2 décembre 97]] ». Elle rit : « les deux dates, on va pas les mélanger hein ». [[PERSONNE:Justine Ollier]].",
    ),
    (
        FT,
        TEL,
        "Le monsieur donne sa date de naissance à l'envers, format américain ? « [[DATE_NAISSANCE:05/23/1983]] » l'agent : « [[DATE_NAISSANCE:23 mai]] ? » « yes… oui ». Il a vécu au {{Canada}}. [[PERSONNE:David Lévy]], mail [[EMAIL:davidlevy.mtl@gmail.com]].",
    ),
    (
        FT,
        PHY,
        "Obs: l'agence de {{Clermont}} {{Montferrand}} a un accueil « sur flux » : un agent debout qui oriente, pas de guichet. {{11h}} : {{23 personnes}} orientées en {{1h}}. L'agent ([[PERSONNE:Stéphane]]) a une tablette.",
    ),
    (
        FT,
        TEL,
        "Plateforme, une dame âgée (< retraite) : « je suis née le [[DATE_NAISSANCE:premier]]… non, le [[DATE_NAISSANCE:deux]]… de [[DATE_NAISSANCE:juillet]] ». « Quelle année ? » « Ah mais vous me gênez jeune homme » 😂 finit par « [[DATE_NAISSANCE:soixante-trois]] ». L'agent ([[PERSONNE:Théo]]) a {{25 ans}}.",
    ),
    (
        FT,
        PHY,
        "Radiation contestée. Le monsieur, [[PERSONNE:Franck Pélissier]], sort une liasse. Courrier : « identifiant [[ID_FRANCE_TRAVAIL:3317 245 G]] ». Convocation non reçue car mauvaise adresse : [[ADRESSE:14 rue de l'Aiguillerie, Le Puy]] au lieu du [[ADRESSE:41]]. La conseillère corrige et réinscrit.",
    ),
    (
        FT,
        TEL,
        "Conseillère demande à une dame « vous êtes de quelle année ? » « [[DATE_NAISSANCE:quatre-vingt]] » « pile ? » « oui pile, [[DATE_NAISSANCE:1980]] » — [[PERSONNE:Samira]]. Déclaration de reprise d'emploi chez {{Carrefour Market}}.",
    ),
    (
        FT,
        PHY,
        "Réfugié afghan, [[PERSONNE:Ahmad Wardak]], avec une bénévole de la {{Cimade}}. Sur son titre, date de naissance « [[DATE_NAISSANCE:01/01/1998]] » mais il dit qu'il est né « en hiver, [[DATE_NAISSANCE:1376]] » (calendrier persan) — la bénévole traduit. Titre de séjour n° [[IDENTIFIANT:1307453298]].",
    ),
    (
        FT,
        TEL,
        "Appel : « je suis Mme [[PERSONNE:Bertrand]], je vous appelle pour ma fille [[PERSONNE:Clara]] qui a un entretien d'embauche demain ». La fille est née en [[DATE_NAISSANCE:2003]], le [[DATE_NAISSANCE:28 mars]]. L'agent veut parler à [[PERSONNE:Clara]]. Elle est à côté, elle prend le téléphone.",
    ),
    (
        FT,
        PHY,
        "Bug informatique général {{10h15}}-{{10h50}}. Les conseillers font des rdv papier. L'un d'eux (pas noté son nom) râle : « à chaque fois le lundi ».",
    ),
    (
        FT,
        PHY,
        "« Votre date de naissance ? » — « [[DATE_NAISSANCE:29/05/1978]] » — « et le code postal ? » — « {{05000}} » — « identifiant ? » — « [[ID_FRANCE_TRAVAIL:0561274R]] » — [[PERSONNE:Rémi Jouve]], moniteur de ski l'hiver, saisonnier. Il repart de {{Gap}} pour {{Serre Chevalier}} en {{décembre}}.",
    ),
    (
        FT,
        TEL,
        "L'agent ([[PERSONNE:Emma]]) prend un appel d'un homme qui donne sa date en chiffres romains par blague ? « [[DATE_NAISSANCE:XII VII LXXIII]] » — elle rit « [[DATE_NAISSANCE:12 juillet 73]] ? » oui. Il s'appelle [[PERSONNE:Maxime Santos]]. Je note ça comme la scène la plus drôle de la matinée.",
    ),
    (
        FT,
        PHY,
        "Un couple vient ensemble, tous deux demandeurs. Conseiller : « madame d'abord, date de naissance ? » « [[DATE_NAISSANCE:4 octobre 84]] » « monsieur ? » « le même jour » (!!) « même année ? » « non, [[DATE_NAISSANCE:82]] ». [[PERSONNE:Linda]] et [[PERSONNE:Mehdi Bouzid]]. IDs [[ID_FRANCE_TRAVAIL:4471209S]] et [[ID_FRANCE_TRAVAIL:4471215T]].",
    ),
    (
        FT,
        TEL,
        "Pas d'identification : la ligne coupe au bout de {{40 secondes}}. L'agent attend, personne ne rappelle.",
    ),
]

BATCH_5 = [
    (
        CAF,
        CSP,
        "Contrôle sur place avec [[PERSONNE:Patrick]] (contrôleur Caf depuis {{22 ans}}). Direction {{Marseille}} {{15e}}, cité {{La Castellane}}. Allocataire : Mme [[PERSONNE:Benyahia]], n° [[N_ALLOCATAIRE:2618830]], déclarée isolée. Au [[ADRESSE:Bât. G, 12 bd Henri Barnier, 13015 Marseille]]. Elle ouvre, deux brosses à dents, un blouson d'homme. [[PERSONNE:Patrick]] ne dit rien, coche, pose des questions sur les ressources. {{1h10}} sur place.",
    ),
    (
        CAF,
        CSP,
        "Trajet en voiture de service ({{Berlingo}} blanc), {{40 min}} jusqu'à {{Saint-Flour}}. Le contrôleur m'explique qu'il annonce toujours sa visite par courrier sauf cas de fraude suspectée. Aujourd'hui c'est annoncé.",
    ),
    (
        CAF,
        CSP,
        "Visite camping à l'année : [[ADRESSE:camping Le Mas des Pins, emplacement 41]], {{Hyères}}. Monsieur [[PERSONNE:Lemaire]] vit dans un mobil-home depuis {{2019}}. {{APL}} foyer ? non, pas éligible, le contrôleur vérifie le bail. Son chien s'appelle {{Rocky}}, il aboie tout le long 🐕. Le camping-car du voisin est allemand : [[IMMATRICULATION:M-KL 4721]].",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur ([[PERSONNE:Hervé Bonnafoux]]) vérifie les comptes : relevé avec l'IBAN [[IBAN:FR76 1130 6282 4009 7509 7724 075]]. Il y a des virements réguliers de {{350 €}} d'un « [[PERSONNE:J. Aubert]] ». La dame : c'est mon frère qui m'aide. Sans justificatif, ça compte comme ressource ? Il réfléchit.",
    ),
    (
        CAF,
        CSP,
        "Aire d'accueil des gens du voyage de {{Gap}}, [[ADRESSE:aire de la Flodanche, place 14]]. Famille [[PERSONNE:Reinhardt]]. Caravane + camion [[IMMATRICULATION:EV-624-QS]]. Le père parle, la mère montre les carnets de santé des enfants. Tout le monde très accueillant, café.",
    ),
    (
        CAF,
        CSP,
        "Dans la voiture le contrôleur me dit que le plus dur c'est les contrôles « résidence » : prouver que quelqu'un vit bien en {{France}} {{9 mois}} par an. On regarde les factures, le compteur {{Linky}}, les tickets de caisse.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez un auto-entrepreneur ({{RSA}} + micro-entreprise), [[PERSONNE:Sylvain Meunier]], [[ADRESSE:7 rue des Gras, 63000 Clermont-Ferrand]]. Son SIRET perso : [[IDENTIFIANT:812 345 676 00017]]. Chiffre d'affaires déclaré {{1 200 €}} par trimestre. Il fait des réparations vélo sous le nom « {{Vélo Sylvain}} ».",
    ),
    (
        CAF,
        CSP,
        "Personne au domicile. Avis de passage déposé. Le contrôleur note l'heure ({{14h22}}). Boîte aux lettres débordante.",
    ),
    (
        CAF,
        CSP,
        "Famille [[PERSONNE:Oliveira]], {{Aurillac}}. {{6 enfants}} déclarés, le contrôleur compte {{6}} lits. OK. La grande ([[PERSONNE:Inês]]) fait ses devoirs sur la table. On parle du {{Stade Aurillacois}} avec le père, il est fan.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur relève les plaques des véhicules devant le pavillon pour vérifier qui vit là : [[IMMATRICULATION:DZ-103-LM]] (déclarée au nom de l'allocataire) et [[IMMATRICULATION:fh 557 rc]] (inconnue). L'allocataire : « c'est ma cousine, elle passe ». Contrôle à [[ADRESSE:18 chemin des Oliviers, 84000 Avignon]].",
    ),
    (
        CAF,
        CSP,
        "Bilan de la journée avec le contrôleur : {{4}} contrôles prévus, {{3}} faits, {{1}} absent. Il saisit ses rapports le soir, {{2h}} de plus.",
    ),
    (
        CAF,
        CSP,
        "Contrôle au {{foyer Adoma Saint-Louis, chambre 215}}. Monsieur [[PERSONNE:Benhamou]], {{68 ans}}, touche l'{{APL}}. Il est là depuis {{1987}}. Le contrôleur vérifie juste la présence. Une photo de ses petits-enfants au mur.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle du service médical avec un médecin-conseil (Dr [[PERSONNE:Abitbol]]) chez un assuré en arrêt longue durée, {{Toulon}} {{Mourillon}}. Assuré présent, M. [[PERSONNE:Castagna]]. Échange calme. Le médecin dit « on se reverra dans 3 mois ». Rien d'autre noté.",
    ),
    (
        CPAM,
        CSP,
        "Le délégué de l'assurance maladie visite un cabinet infirmier (pas un assuré). Je reste dans la voiture, confidentialité. {{45 min}}.",
    ),
    (
        CPAM,
        CSP,
        "Enquête sur une suspicion de fraude à la {{C2S}} : l'agent vérifie le domicile déclaré [[ADRESSE:3 rue Thiers, 13001 Marseille]]. La boîte aux lettres porte le nom « [[PERSONNE:Haroutiounian]] » et un autre nom rayé. Le gardien dit que la famille est partie à {{Lyon}} il y a {{6 mois}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle arrêt maladie, {{Le Puy}}. Personne. La voisine : « elle est chez le kiné, au {{Centre Saint-Laurent}} ». L'agent laisse un avis. Il dit que {{1 fois sur 3}} c'est comme ça.",
    ),
    (
        CPAM,
        CSP,
        "Visite à domicile chez une assurée qui refuse une cure. Mme [[PERSONNE:Pons]], {{83 ans}}, {{Gap}}. Elle montre son chat ({{Minou}}) « je peux pas le laisser ». L'agent propose une solution avec sa fille ([[PERSONNE:Corinne]], tél [[TELEPHONE:06 88 15 23 49]]).",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec l'assistante sociale du CCAS ({{Marseille}} {{13e}}, {{Frais-Vallon}}). Mme [[PERSONNE:Saïdi]] garde ses petits-enfants. Le logement : {{T3}}, {{7 personnes}}. Demande de mutation {{HLM}} en cours depuis {{2021}}, n° unique [[IDENTIFIANT:013052104118234]].",
    ),
    (
        CCAS,
        CSP,
        "Visite chez un monsieur isolé repéré par le facteur. {{Avignon}} intra-muros. Il ne veut pas ouvrir. On parle à travers la porte {{10 minutes}}. Il accepte un rendez-vous.",
    ),
    (
        CCAS,
        CSP,
        "Évaluation pour aide à domicile, [[PERSONNE:Jeannine Couderc]], [[ADRESSE:Lieu-dit La Croix Blanche, 15130 Arpajon-sur-Cère]]. Sa nièce ([[PERSONNE:Marion]]) est présente. Ferme isolée, {{4 km}} du bourg. Chauffage au bois, {{12 stères}} commandés.",
    ),
    (
        CCAS,
        CSP,
        "Tournée « plan grand froid » avec le CCAS de {{Clermont}}. {{3}} personnes vues, personne n'a voulu donner de nom. Distribution de {{couvertures}} et {{thermos}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite avec l'agent du CCAS de {{Toulon}} pour un dossier d'aide au déménagement. [[PERSONNE:Anthony Ferrer]] + sa compagne, [[ADRESSE:résidence Les Lauriers, bât. C, appt 24, 83200 Toulon]]. Carton partout. Nouveau logement {{Var Habitat}}, réf. locataire [[IDENTIFIANT:VH-0087321]].",
    ),
    (
        CAF,
        PHY,
        "Un monsieur demande « la dame blonde de la dernière fois », Mme [[PERSONNE:Sicard]]. Elle est en congé. Il ne veut voir personne d'autre, repart.",
    ),
    (
        CAF,
        PHY,
        "Chaises de la salle d'attente : {{14}}, toutes occupées. Une {{fontaine à eau}} vide. Un écran qui passe en boucle une vidéo sur la {{prime d'activité}}.",
    ),
    (
        CAF,
        PHY,
        "{{Caf}} des {{Bouches-du-Rhône}}, accueil {{215 chemin de Gibbes}} (c'est l'adresse du site, pas d'une personne). L'agent dit que les gens confondent avec le site de {{Saint-Barnabé}}.",
    ),
    (
        CAF,
        PHY,
        "[[PERSONNE:Sonia Boukhari]] donne son mail pour les échanges : [[EMAIL:sonia.boukhari [at] laposte.net]] (elle l'épelle avec « arobase » mais l'agent note comme ça pour rire). Dossier {{ASF}}, le père des enfants « n'a jamais payé ».",
    ),
    (
        CAF,
        PHY,
        "Entretien réclamation : indu de {{2 340 €}}. L'agente ([[PERSONNE:Virginie]]) propose un échéancier {{60 €}}/mois. La personne : « c'est vous qui vous êtes trompés ». Tension. Aucun nom de l'allocataire dit à voix haute.",
    ),
    (
        CAF,
        TEL,
        "Appel d'un travailleur social de l'{{ADDAP 13}} pour un jeune ([[PERSONNE:Walid]]). L'agent ne peut rien dire sans accord écrit. Le TS donne son propre numéro : [[TELEPHONE:04 91 63 27 80]] {{poste 214}}.",
    ),
    (
        CAF,
        TEL,
        "RIB dicté au téléphone, la dame hésite sur la clé : « [[IBAN:FR76 1382 5765 1409 3653 4621 714]] », l'agent lui fait relire deux fois. Puis « [[PERSONNE:Estelle Magnan]] avec deux n ? non, un seul n ».",
    ),
    (
        CAF,
        TEL,
        "appel {{9h05}} - question sur le quotient familial pour la cantine. L'agent donne le {{QF}} : {{612}}. Pas de nom prononcé, elle a tapé le numéro d'alloc sur le clavier avant.",
    ),
    (
        CAF,
        TEL,
        "Le monsieur se présente : « [[PERSONNE:Vartan]], [[PERSONNE:Vartan Kéchichian]], allocataire [[N_ALLOCATAIRE:1622908]] ». Nouveau compte : [[IBAN:FR76 4255 9293 6089 6078 6360 880]]. Il veut aussi que son courrier aille chez son fils : [[ADRESSE:27 avenue de Saint-Just, 13004 Marseille]].",
    ),
    (
        CAF,
        TEL,
        "Beaucoup d'appels ce matin sur la revalorisation d'{{avril}}. L'agent répète « {{+4,6 %}} » comme un disque.",
    ),
    (
        CAF,
        TEL,
        "Appel d'une propriétaire (bailleur privé) qui veut savoir si l'{{APL}} de sa locataire est versée. Refus. Elle s'énerve : « c'est MON argent ». L'agente raccroche poliment au bout de {{6 min}}.",
    ),
    (
        CAF,
        TEL,
        "L'agent me montre le message d'un allocataire sur l'espace : « bonjour c [[PERSONNE:Kader]] num alloc [[N_ALLOCATAIRE:3045512]] du [[ADRESSE:4 traverse Bonnet]] mon num c [[TELEPHONE:06 47 33 20 91]] rappeler moi svp » (sic). Il rappelle.",
    ),
    (
        CPAM,
        PHY,
        "Accueil {{Cpam}} {{Avignon}} : une dame demande « le docteur [[PERSONNE:Meyer]] il est conventionné ? » L'agent cherche sur {{Ameli}} annuaire. Oui, secteur {{1}}.",
    ),
    (
        CPAM,
        PHY,
        "Agent (borne multi-services) aide un monsieur à créer son compte Ameli. Mail du monsieur : [[EMAIL:p.aubry43@sfr.fr]]. Code reçu par SMS au [[TELEPHONE:07 62 91 84 30]]. {{15 min}} pour un mot de passe 🔑",
    ),
    (
        CPAM,
        PHY,
        "Un touriste allemand avec sa carte européenne. L'agent parle anglais, le monsieur allemand. On se comprend avec les mains. Rien à noter côté données.",
    ),
]

BATCH_6 = [
    (
        URG,
        PHY,
        "Urgences {{CH Henri Duffaut}}, {{Avignon}}, {{21h}}. IAO (infirmière d'accueil, [[PERSONNE:Audrey]]) : {{34 patients}} en salle. Un monsieur, main en sang, artisan ({{Lebrun Plomberie}} sur le tee-shirt). Le patron, M. [[PERSONNE:Lebrun]], l'a amené. Tri : {{niveau 3}}.",
    ),
    (
        URG,
        PHY,
        "Admission : la secrétaire demande nom, prénom, date de naissance, carte vitale, mutuelle. La patiente ([[PERSONNE:Mélissa Garcia]]) souffre trop pour répondre, son copain répond : « le [[DATE_NAISSANCE:3 septembre 2001]] ». IPP attribué [[IDENTIFIANT:P00734921]].",
    ),
    (
        URG,
        PHY,
        "Temps d'attente affiché : {{4h30}}. Réel pour le monsieur à côté de moi : {{6h10}}. Il est venu pour une entorse.",
    ),
    (
        URG,
        PHY,
        "{{Hôpital Nord}}, {{Marseille}}. Un enfant de {{4 ans}} avec de la fièvre. La mère donne le carnet de santé. L'IAO lit « né le [[DATE_NAISSANCE:11/03/2020]] ». Il s'appelle [[PERSONNE:Ayoub]]. La mère, [[PERSONNE:Nassima]], a fait {{1h}} de bus depuis {{Septèmes}}.",
    ),
    (
        URG,
        PHY,
        "Un SDF bien connu du service (« le [[PERSONNE:Grand Jojo]] », surnom). Pas de papiers. L'agent d'accueil retrouve son dossier à son vrai nom [[PERSONNE:Georges Maréchal]], IPP [[IDENTIFIANT:2019-045871]]. Il veut juste dormir au chaud.",
    ),
    (
        URG,
        PHY,
        "Les pompiers amènent une dame âgée tombée chez elle : [[PERSONNE:Odette Vernet]], [[ADRESSE:9 rue Grégoire de Tours, 63000 Clermont-Ferrand]]. Le pompier lit la date de naissance sur sa carte : « [[DATE_NAISSANCE:vingt-trois janvier trente-deux]] ». Elle a {{92 ans}}. CHU {{Gabriel-Montpied}}.",
    ),
    (
        URG,
        PHY,
        "Vigile à l'entrée ({{Securitas}}). Une bagarre évitée de peu à {{1h du matin}}. Rien d'autre.",
    ),
    (
        URG,
        PHY,
        "Admission : mutuelle {{MGEN}}, n° adhérent [[IDENTIFIANT:1 84 037 522 901]]. Enseignant, [[PERSONNE:Florian Teissier]], tombé à vélo. Il est de bonne humeur, il fait des blagues sur le {{Tour de France}}.",
    ),
    (
        URG,
        PHY,
        "Patient en crise, ne parle qu'arabe. Interprète au téléphone ({{ISM Interprétariat}}). Le patient : [[PERSONNE:Youssef El Amrani]]. L'interprète (Mme [[PERSONNE:Haddou]]) traduit la date de naissance : « [[DATE_NAISSANCE:1er mars 1974]] ».",
    ),
    (
        URG,
        PHY,
        "Urgences pédiatriques {{Timone}}. {{23h}}. Père seul avec jumelles ([[PERSONNE:Lou]] et [[PERSONNE:Zoé]]) qui vomissent. « elles sont nées quand ? » « [[DATE_NAISSANCE:2018]]… [[DATE_NAISSANCE:juin 2018]] ». Le père a le numéro du pédiatre (Dr [[PERSONNE:Attali]]) noté dans son portable.",
    ),
    (
        URG,
        PHY,
        "Secrétaire des admissions m'explique les « X » : patients inconnus enregistrés « X [[PERSONNE:Alpha]] », « X [[PERSONNE:Bravo]] »… Ce soir il y en a un, « {{INCONNU 3}} », homme environ {{50 ans}} amené de la gare de {{Toulon}}.",
    ),
    (
        URG,
        PHY,
        "Au box 4, un jeune ({{16 ans}}) amené par les gendarmes. Accident de scooter. Plaque du scooter notée sur le bon de transport : [[IMMATRICULATION:AB-123-CD]]… non, l'agent me dit que c'est un exemple sur le formulaire, la vraie c'est [[IMMATRICULATION:GK-815-XW]].",
    ),
    (
        URG,
        PHY,
        "Déprogrammation : la cadre ([[PERSONNE:Isabelle Renard]]) cherche des lits dans tout le département. {{0 lit}} en médecine. Elle appelle {{Le Puy}}, {{Brioude}}, {{Yssingeaux}}. {{40 min}} au téléphone.",
    ),
    (
        URG,
        PHY,
        "CH {{Aurillac}} {{Henri Mondor}}. Calme ce matin. {{5 patients}}. L'IAO prend le temps d'expliquer à chacun. Rien d'identifiant noté.",
    ),
    (
        URG,
        PHY,
        "Patiente enceinte, [[PERSONNE:Laura Bianchi]], {{Gap}} ({{CHICAS}}). Son compagnon gare la voiture sur la place ambulance, la sécurité lui demande de la bouger : immat [[IMMATRICULATION:CL 408 TP]] annoncée au micro 😬. Date naissance de la patiente lue par l'admission : [[DATE_NAISSANCE:14/07/1996]].",
    ),
    (
        URG,
        PHY,
        "un monsieur anglais en vacances, [[PERSONNE:Oliver Hughes]], passport n° [[IDENTIFIANT:531842907]], chute en randonnée dans le {{Cantal}}. Il demande « is the {{NHS}} card OK ? ». L'admission ne sait pas 🤷.",
    ),
    (
        URG,
        TEL,
        "Régulation ({{centre 15}}) : l'ARM décroche. « Quel âge a votre père ? » « {{78 ans}} » « adresse ? » « [[ADRESSE:15 allée des Micocouliers, 13012 Marseille]], 2e étage, code {{4521B}} ». Ambulance envoyée. Nom du père : [[PERSONNE:Salvatore Gallo]].",
    ),
    (
        URG,
        TEL,
        "Un appel à l'accueil des urgences : la famille veut des nouvelles de Mme [[PERSONNE:Lefèvre]], arrivée à {{3h}}. L'agente demande la date de naissance pour être sûre d'avoir la bonne patiente : « le [[DATE_NAISSANCE:16 du 4, 1950]] ». Puis elle passe au service.",
    ),
    (
        URG,
        TEL,
        "Standard des urgences saturé le dimanche. {{12 appels}} en {{20 min}}. Les gens demandent surtout « combien d'attente ». Réponse toujours : « on ne peut pas savoir ».",
    ),
    (
        URG,
        TEL,
        "Appel d'un EHPAD ({{EHPAD Korian Les Amandiers}}) pour annoncer l'envoi d'un résident, M. [[PERSONNE:Pagès]]. Infos : DDN [[DATE_NAISSANCE:02/10/1933]], IPP déjà connu [[IDENTIFIANT:P00218553]]. L'infirmière de l'EHPAD ([[PERSONNE:Nadège]]) rappellera.",
    ),
    (
        URG,
        TEL,
        "Un homme appelle pour retrouver son portefeuille oublié aux urgences la nuit dernière. L'agente demande son nom : [[PERSONNE:Anthony Moreau]]. « et une carte dedans ? » « mon permis, et ma carte {{Leclerc}} ». Retrouvé. Il peut passer.",
    ),
    (
        URG,
        TEL,
        "Appel d'une pharmacie de garde qui ne déchiffre pas une ordonnance des urgences. L'agente cherche le médecin (interne). Pas de nom de patient dit au tel, juste « la dame de {{10h}} ».",
    ),
    (
        URG,
        TEL,
        "Sortie : la famille demande le compte rendu par mail. L'adresse dictée : [[EMAIL:famille.morel-durand@free.fr]]. Secrétaire refuse : envoi postal uniquement ou {{Mon espace santé}}.",
    ),
    (
        URG,
        TEL,
        "La secrétaire rappelle un patient pour une radio mal lue : « Monsieur [[PERSONNE:Traoré]] ? c'est l'hôpital de {{Toulon}}, {{Sainte-Musse}} ». Numéro composé : [[TELEPHONE:06 15 72 83 09]]. Répondeur. Elle laisse un message.",
    ),
    (
        URG,
        TEL,
        "Ligne interne. L'IAO appelle la radio : « j'ai un monsieur de [[DATE_NAISSANCE:quarante-six]], poignet, tu peux le prendre ? ». Oui dans {{30 min}}.",
    ),
    (
        CPAM,
        TEL,
        "Ligne des professionnels : un kiné (M. [[PERSONNE:Vasseur]]) appelle pour des rejets de factures. Numéro {{Adeli}} du cabinet, pas noté. Il parle vite. L'agent renvoie vers l'espace pro.",
    ),
    (
        CPAM,
        TEL,
        "appel {{3646}} : une dame veut changer d'adresse. Ancienne : [[ADRESSE:2 rue Jean Moulin, 15000 Aurillac]]. Nouvelle : [[ADRESSE:11 avenue de la République, 15000 Aurillac]] (même rue que sa fille, dit-elle). Nom [[PERSONNE:Germaine Delpuech]].",
    ),
    (
        CPAM,
        TEL,
        "Téléconseillère ([[PERSONNE:Aurélie]]) : « je vous envoie le formulaire {{S3705}} ». Le monsieur : « le quoi ? » → formulaire de changement de médecin traitant. On rit.",
    ),
    (
        CPAM,
        TEL,
        "L'assuré veut le remboursement de ses frais de transport. IBAN dicté : [[IBAN:FR76 3000 3095 9477 5417 9024 458]]. Il s'appelle [[PERSONNE:Driss Lamrani]], taxi conventionné {{Taxi Bellevue}}.",
    ),
    (
        CPAM,
        TEL,
        "Au bout de {{25 min}}, l'agent doit raccrocher : l'appelant répète en boucle la même question sur le {{Doliprane}}. Pas d'identité donnée.",
    ),
    (
        FT,
        PHY,
        "Job dating {{Intermarché}} dans l'agence : {{40 candidats}}, {{6 recruteurs}}. Un recruteur ([[PERSONNE:Guillaume]]) note les numéros à la main : [[TELEPHONE:06 41 92 17 75]] ([[PERSONNE:Inès]]), [[TELEPHONE:07 49 02 66 13]] ([[PERSONNE:Christophe]]), et un mail griffonné : [[EMAIL:ines.b13@icloud.com]].",
    ),
    (
        FT,
        PHY,
        "Un monsieur demande où en est sa formation {{Afpa}} de soudeur. La conseillère : « vous êtes bien inscrit sous l'identifiant [[ID_FRANCE_TRAVAIL:9125637H]] ? ». Oui. Début {{le 9 septembre}} à {{Istres}}.",
    ),
    (
        FT,
        TEL,
        "Conseiller ([[PERSONNE:Yohan]]) rappelle un demandeur : [[PERSONNE:Ludovic Ferrand]] au [[TELEPHONE:04 73 91 28 44]]. Pas de réponse. Mail envoyé à [[EMAIL:ludo.ferrand@gmail.com]].",
    ),
    (
        FT,
        TEL,
        "Plateforme : {{60 %}} des appels de la matinée sur l'actualisation. Le conseiller me dit « fin de mois, c'est toujours ça ».",
    ),
    (
        FT,
        TEL,
        "Une employeuse appelle pour une offre ({{n° 178QBHK}}) : boulangerie {{Au Pain de Marcel}}, {{Aurillac}}. Cherche vendeuse. Contact : Mme [[PERSONNE:Delmas]], [[EMAIL:n.delmas.boulangerie [at] orange.fr]].",
    ),
]

BATCH_7 = [
    (
        CHRS,
        TEL,
        "{{115}} des {{Bouches-du-Rhône}}, {{22h10}}. Écoutante : [[PERSONNE:Lydia]]. Appel d'une femme avec un bébé, dans la rue à {{Noailles}}. « Votre nom ? » « [[PERSONNE:Fatima Zahra Idrissi]] » « date de naissance ? » « [[DATE_NAISSANCE:2000]]… le [[DATE_NAISSANCE:5 avril]] » « et le bébé ? » « [[DATE_NAISSANCE:décembre]] dernier ». Place trouvée : {{hôtel Ibis Budget}}, {{chambre 208}}.",
    ),
    (
        CHRS,
        TEL,
        "115 : le même monsieur appelle pour la {{4e fois}} de la soirée. L'écoutant le connaît : « [[PERSONNE:Dédé]] » . Toujours pas de place. Il dort à la gare {{Saint-Charles}}.",
    ),
    (
        CHRS,
        TEL,
        "L'écoutante me montre la liste d'attente : {{87 personnes}} sans solution ce soir à {{Marseille}}. Elle dit « on appelle ça la liste des non pourvus ».",
    ),
    (
        CHRS,
        TEL,
        "Appel d'une maraude ({{Croix-Rouge}}) : un homme sous un pont à {{Avignon}}, bord du {{Rhône}}, refuse l'hébergement. Ils demandent s'il est connu : « il dit s'appeler [[PERSONNE:Pascal]], né en [[DATE_NAISSANCE:71]] ». Réf SIAO [[IDENTIFIANT:SIAO84-2023-01147]].",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Puy-de-Dôme}}. Un jeune, [[PERSONNE:Kylian]], {{19 ans}}, viré de chez sa mère. L'écoutant demande sa date de naissance exacte : « le [[DATE_NAISSANCE:8 août 2005]] ». Orienté vers l'accueil de nuit de {{Clermont}} pour ce soir. Son Insta c'est [[IDENTIFIANT:@kylian_63]] « si vous voulez me joindre », l'écoutant ne note pas.",
    ),
    (
        CHRS,
        TEL,
        "Femme victime de violences. L'écoutante parle doucement. Pas de nom demandé au début. Plus tard : « [[PERSONNE:Nathalie]] ». Mise à l'abri en {{urgence}}. Le numéro du {{3919}} est donné.",
    ),
    (
        CHRS,
        TEL,
        "115 {{Var}} : une famille de {{5}} à {{Toulon}}, dans une voiture ({{Scénic}} gris, [[IMMATRICULATION:BX-442-RN]]) depuis {{3 nuits}}. Le père : [[PERSONNE:Dragan Nikolić]]. Dates de naissance des enfants demandées pour la fiche : [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2016]], [[DATE_NAISSANCE:2021]].",
    ),
    (
        CHRS,
        TEL,
        "{{3h du matin}}, une veilleuse de nuit du CHRS appelle le 115 pour signaler une place libérée. Place libérée : {{chambre 12}}. Rien de nominatif à part son prénom à elle, [[PERSONNE:Christiane]].",
    ),
    (
        CHRS,
        TEL,
        "Appel d'un travailleur social d'hôpital : sortie d'un patient SDF prévue demain. « M. [[PERSONNE:Ben Youssef]], [[PERSONNE:Hichem]], né le [[DATE_NAISSANCE:03/05/1968]] ». L'écoutant : pas de place avant {{lundi}}.",
    ),
    (
        CHRS,
        TEL,
        "Un homme appelle avec un accent de l'Est, parle de son ami malade. Il dit « mon ami [[PERSONNE:Vasile]], il habite la tente au [[ADRESSE:parc du 26e Centenaire, près de l'entrée rue Saint-Pierre]] ». Maraude prévenue.",
    ),
    (
        CHRS,
        TEL,
        "Le 115 de {{Haute-Loire}} est couplé avec le {{Cantal}} la nuit. {{1 écoutant}} pour {{2 départements}}. Peu d'appels : {{9}} entre {{20h}} et {{minuit}}.",
    ),
    (
        CHRS,
        TEL,
        "Un appel d'un numéro masqué. La personne raccroche sans parler. L'écoutante : « ça arrive {{10 fois}} par nuit ».",
    ),
    (
        CHRS,
        PHY,
        "CHRS {{L'Escale}}, {{Toulon}}. Entretien d'admission avec l'éducatrice [[PERSONNE:Soraya]]. Monsieur [[PERSONNE:Jean-Luc Peyrot]], {{54 ans}}, sorti de prison {{hier}}. Papiers : CNI périmée n° [[IDENTIFIANT:930483012517]]. Dossier {{SIAO}} déjà fait.",
    ),
    (
        CHRS,
        PHY,
        "Le réfectoire à {{12h}}. {{42 repas}}. Un résident m'explique les règles : pas d'alcool, retour avant {{22h}}. Il ne me dit pas son nom, je ne demande pas.",
    ),
    (
        CHRS,
        PHY,
        "L'éducateur ([[PERSONNE:Mathieu]]) aide une résidente à remplir son dossier {{RSA}} en ligne. Mail créé pour elle : [[EMAIL:aminata.konate2024@gmail.com]]. Numéro allocataire reçu : [[N_ALLOCATAIRE:7103385]]. Elle est contente, elle le prend en photo. RIB saisi pour le versement : [[IBAN:FR76 1831 5757 4255 0544 8882 171]].",
    ),
    (
        CHRS,
        PHY,
        "Atelier cuisine avec {{6 résidents}}. On fait une ratatouille. Un résident s'appelle [[PERSONNE:Olivier]], un autre a un {{olivier}} tatoué sur le bras, ça fait rire tout le monde.",
    ),
    (
        CHRS,
        PHY,
        "Entretien avec une résidente du {{CHRS}} femmes, {{Clermont}}. Elle montre son jugement de divorce : RG [[IDENTIFIANT:22/03418]]. Son ex-mari, [[PERSONNE:Cédric Favier]], ne paie pas la pension. L'éducatrice note pour l'{{ARIPA}}.",
    ),
    (
        CHRS,
        PHY,
        "Un monsieur âgé, [[PERSONNE:Henri]], donne l'adresse de sa fille pour le courrier : [[ADRESSE:31 rue Carnot, 05000 Gap]]. Il vit au CHRS depuis {{8 mois}}. La fille ne sait pas qu'il est là.",
    ),
    (
        CHRS,
        PHY,
        "L'éducatrice fait le point sur les ressources d'un résident : {{ARE}} (identifiant [[ID_FRANCE_TRAVAIL:5530218W]]) + petit boulot chez {{McDo}}. Compte bancaire ouvert à la {{Banque Postale}} : [[IBAN:FR76 1009 6557 4216 3135 0702 343]]. Premier compte de sa vie à {{33 ans}}.",
    ),
    (
        CHRS,
        PHY,
        "Dans le bureau des éducs : tableau blanc avec les prénoms des résidents et leur sortie prévue. L'éduc efface quand je rentre. Bon réflexe.",
    ),
    (
        CHRS,
        PHY,
        "Admission d'une famille syrienne dans le dispositif {{CHRS}} {{Avignon}}. Le père, [[PERSONNE:Khaled Al-Hussein]], montre les titres de séjour : le sien [[IDENTIFIANT:8402195573]]. Les dates de naissance des enfants sont toutes au [[DATE_NAISSANCE:1er janvier]] sauf une : [[DATE_NAISSANCE:17/09/2012]].",
    ),
    (
        CHRS,
        PHY,
        "Le chef de service (M. [[PERSONNE:Ricard]] — oui comme le pastis, il en a marre qu'on le dise) m'explique le budget : {{47 places}}, {{28 salariés}}. Le {{Ricard}} de la blague, il en a entendu {{mille}}.",
    ),
    (
        CHRS,
        PHY,
        "Résident en colère contre le règlement : il veut garder son chien ({{Rex}}) dans la chambre. Refus. Il menace de partir dormir dans son camion [[IMMATRICULATION:4587 TK 84]] (vieille plaque). L'éducateur négocie un chenil.",
    ),
    (
        CHRS,
        PHY,
        "Entretien de sortie : le résident a obtenu un logement {{Logirem}}, [[ADRESSE:5 bd Oddo, 13015 Marseille]], bail signé le {{1er juin}}. L'éduc ([[PERSONNE:Farida]]) pleure un peu. Lui aussi. Pour l'{{APL}} il donne son vieux compte belge, [[IBAN:BE34392917928490]], elle lui dit d'en ouvrir un en France.",
    ),
    (
        CHRS,
        PHY,
        "Salle commune, télé allumée : {{BFM}}. Un résident commente la politique, parle de {{Macron}}, de {{Mélenchon}}. Personne ne l'écoute.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un logement diffus (appartement du CHRS en ville) : [[ADRESSE:12 rue Pasteur, 43000 Le Puy-en-Velay]]. Résidente : Mme [[PERSONNE:Tavares]] et ses deux filles. L'éducatrice vérifie l'état du logement, relève le compteur. Tout est propre.",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile d'un ancien résident, {{6 mois}} après sa sortie, {{Aurillac}}. [[PERSONNE:Romain]] va bien, travaille à l'{{ESAT}}. Il a acheté un poisson rouge, il l'a appelé {{Nemo}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite dans un appartement du dispositif {{Un chez-soi d'abord}}, {{Marseille}} {{1er}}. La locataire refuse qu'on entre. On parle sur le palier. Pas de nom noté par respect.",
    ),
    (
        CHRS,
        CSP,
        "Visite avec l'éducateur chez un couple en bail glissant, {{Avignon}} {{Monclar}}. [[PERSONNE:Jordan]] et [[PERSONNE:Sabah]]. Facture {{EDF}} en retard, n° de facture [[IDENTIFIANT:10049387215]]. L'éducateur appelle EDF en haut-parleur.",
    ),
    (
        CHRS,
        CSP,
        "Contrôle de présence dans un logement relais de {{Gap}} ({{4 logements}}). Le veilleur m'accompagne. Tout est calme, un résident fait la vaisselle à {{23h}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite au camping {{Les Cigales}}, {{Marseille}}, où vit une famille accompagnée par le CHRS : [[ADRESSE:camping Les Cigales, emplacement 17]]. La mère ([[PERSONNE:Naïma]]) montre le mobil-home. Fuite dans le toit. Devant, la vieille {{Fiat}} du père, plaque italienne [[IMMATRICULATION:EZ 482 KR]].",
    ),
    (
        CHRS,
        CSP,
        "Visite hôtel social, {{hôtel Le Provençal, chambre 6}}. Un père et son fils. Le fils ([[PERSONNE:Ilian]]) fait ses devoirs sur le lit. Pas de cuisine, un micro-ondes.",
    ),
    (
        CCAS,
        PHY,
        "Accueil CCAS {{Toulon}}. Inscription au {{repas des anciens}} : « votre date de naissance ? » « [[DATE_NAISSANCE:1949]] » « complète ? » « le [[DATE_NAISSANCE:24 octobre]], jour de la {{Journée des Nations unies}} » (?!). Monsieur [[PERSONNE:Giordano]]. Il vient avec sa voisine, Mme [[PERSONNE:Estienne]], elle « [[DATE_NAISSANCE:1951]], pas besoin du reste ».",
    ),
    (
        CCAS,
        PHY,
        "Une mère et sa fille adulte handicapée. L'agent demande la date de naissance de la fille ; la fille répond elle-même, fièrement : « [[DATE_NAISSANCE:vingt-six juin deux mille deux]] ». La mère souffle « [[DATE_NAISSANCE:2001]] ma chérie ». La fille : « ah oui [[DATE_NAISSANCE:2001]] ». Prénom : [[PERSONNE:Camille]].",
    ),
    (
        CCAS,
        PHY,
        "{{Gap}}, domiciliation. L'agent demande date de naissance au monsieur qui dit « demandez à mon frère » — le frère ([[PERSONNE:Yassine]]) : « [[DATE_NAISSANCE:quatre-vingt-trois]], [[DATE_NAISSANCE:septembre]], le [[DATE_NAISSANCE:dix]] ». Le monsieur s'appelle [[PERSONNE:Hamza Rouabah]]. N° alloc [[N_ALLOCATAIRE:2250731]].",
    ),
    (
        CCAS,
        PHY,
        "Agent : « et votre date de naissance à vous ? » — la dame, qui vient pour son fils, répond par habitude celle du fils : « [[DATE_NAISSANCE:3 février 2010]] ». Puis : « ah non, moi c'est [[DATE_NAISSANCE:1985]], le [[DATE_NAISSANCE:12 novembre]] ». [[PERSONNE:Sandra Pellegrin]], {{Avignon}}.",
    ),
    (
        CCAS,
        TEL,
        "Appel pour inscription d'une grand-mère au plan canicule par son petit-fils : « [[PERSONNE:Zoubida Mekki]], née le [[DATE_NAISSANCE:premier juillet]]… [[DATE_NAISSANCE:mille neuf cent]]… [[DATE_NAISSANCE:quarante-deux]] je crois ». Adresse [[ADRESSE:63 rue Fontgieve, 63000 Clermont-Ferrand]]. Pas de téléphone fixe.",
    ),
    (
        CCAS,
        TEL,
        "« Date de naissance ? » silence. « Madame ? » « …je la dis pas au téléphone ». L'agente propose de venir. {{2 min}}, aucun élément donné.",
    ),
    (
        CCAS,
        TEL,
        "CCAS {{Le Puy}}. Un monsieur appelle pour sa femme : « [[PERSONNE:Marie-Thérèse]], elle est du [[DATE_NAISSANCE:15 août]], comme la {{Sainte Vierge}}, [[DATE_NAISSANCE:1945]] ». Il rit. Demande de téléassistance. Tél [[TELEPHONE:zéro quatre soixante et onze, zéro deux, dix-huit, cinquante-cinq]].",
    ),
    (
        CCAS,
        TEL,
        "Le fils appelle pour sa mère et donne deux dates de naissance différentes dans le même appel ([[DATE_NAISSANCE:12/06/1940]] puis [[DATE_NAISSANCE:21/06/1940]]). L'agente prend la deuxième, il confirme. Mme [[PERSONNE:Bonnet]]. Aide au chauffage demandée ; l'agent rappellera au [[TELEPHONE:06 09 77 41 28]].",
    ),
]

# --- end of notes ---

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep, pos, length = [], [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        value = m.group(2) if m.group(1) else m.group(3)
        if m.group(1):
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        elif value not in keep:
            keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
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


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
