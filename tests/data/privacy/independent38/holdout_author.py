"""Hand-written evaluation notes for the French anonymiser (independent corpus n° 38).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` for a value to mask and ``{{value}}`` for a string that must survive.
Running this script strips the marks, computes the offsets, builds each note's ``keep`` list
(deduplicated within the note, in order of first appearance), numbers the notes ``ind38-001`` …
``ind38-240`` in writing order, draws a dev/holdout split stratified by site kind × channel with
``random.Random(38)`` and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Standard library only; deterministic (two runs give byte-identical files).

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind38"
SEED = 38

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

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHY, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# fmt: off
NOTES = [
    # ---- Caf, accueil physique
    (CAF, PHY, "Mme [[PERSONNE:Le Floc'h]] vient pour un changement d'adresse. Elle a quitté son {{T2}} de {{Carhaix}} pour une longère en location, adresse : [[ADRESSE:lieu-dit Kerhuel, 29270 Plounévézel]]. L'agente ([[PERSONNE:Solenn]]) lui dit que pour l'{{APL}} il faut le bail signé, or le propriétaire ne répond pas. Mme : « il est agriculteur, il répond quand il a fini la traite, vers {{20h}} ». L'agente rit, puis redevient sérieuse : sans bail, pas de droit ouvert, et le délai court. Elle lui imprime une attestation de loyer vierge à faire remplir, surligne les cases au fluo. Mme demande si elle peut déposer le papier dans la boîte aux lettres de l'agence de {{Carhaix}} plutôt que de revenir jusqu'ici ({{45 min}} de voiture) : oui. Attente avant d'être reçue {{25 min}}, {{3 personnes}} devant elle. Je note que personne ne lui a demandé si elle avait internet."),
    (CAF, PHY, "Accueil plein ce matin, ticket {{A047}} appelé à {{9h52}}. Un monsieur demande pourquoi sa {{prime d'activité}} a baissé de {{112 €}} ; l'agent refait la simulation sur {{caf.fr}} devant lui, c'est les revenus du trimestre. Il vérifie avec le n° alloc que le monsieur lui a noté sur un ticket de caisse : [[N_ALLOCATAIRE:6120458]]. Il repart pas convaincu mais calme."),
    (CAF, PHY, "ATTENTE {{1H10}} !!! personne pour dire que les {{RDV}} passent avant"),
    (CAF, PHY, "jeune femme, [[PERSONNE:Inès Bouaziz]], {{19 ans}}, loge au {{FJT Le Tremplin}} {{chambre 214}} à {{Saint-Lô}}. Demande d'{{APL foyer}}. Elle donne son num alloc [[N_ALLOCATAIRE:2841573]] de tête, l'agent est impressionné. Dossier ok sauf l'attestation de loyer du foyer."),
    (CAF, PHY, "M. [[PERSONNE:Gwenaël Cariou]] vit à l'année dans un mobil-home : [[ADRESSE:camping Ar Roz, emplacement 57, 29950 Bénodet]]. Il paie {{310 €}} par mois au gérant. Question : droit à l'{{ALS}} ? L'agent hésite, appelle le back-office ({{poste 2214}}), réponse oui si c'est la résidence principale et qu'il y a un contrat de location de l'emplacement."),
    (CAF, PHY, "Une dame donne sa nouvelle adresse à voix haute au guichet {{3}}, tout le hall entend : [[ADRESSE:bât. C, esc. 2, 4e étage porte 43, 11 rue Jules-Verne, 56100 Lorient]]. Zéro confidentialité. Les guichets de l'agence de {{Lorient}} sont ouverts, pas de box fermé sauf pour les rdv."),
    (CAF, PHY, "Père solo, M. [[PERSONNE:Hamidou]], demande l'{{ASF}}, la mère des enfants ne paie plus la pension. Il a les actes de naissance ; le petit dernier est né le [[DATE_NAISSANCE:03/11/2019]]. L'agente lui parle de l'{{ARIPA}} pour le recouvrement, il ne connaissait pas."),
    (CAF, PHY, "Homme sans domicile, [[PERSONNE:Yannick]], domicilié au {{CCAS de Saint-Brieuc}} : c'est là qu'arrivent ses courriers Caf. L'agent vérifie que l'attestation d'élection de domicile est encore valable ({{1 an}}). Elle expire le mois prochain, il doit la renouveler sinon le {{RSA}} est suspendu."),
    (CAF, PHY, "une dame arrive en retard à son rdv parce que la {{ligne 2}} ne s'arrête plus {{rue de Brest}} à cause des travaux, elle a marché depuis {{Kerfeunteun}}. On la prend quand même."),
    (CAF, PHY, "Changement de {{RIB}}. Mme [[PERSONNE:Kerjean]] tend un RIB du {{Crédit Mutuel de Bretagne}}, l'agent recopie l'IBAN en le lisant à voix haute : [[IBAN:FR76 1558 9297 0104 5128 7310 573]]. {{Personne}} ne relève. Puis il lui demande de signer le formulaire."),
    (CAF, PHY, "Famille [[PERSONNE:Winterstein]], {{4 enfants}}, installée sur l'[[ADRESSE:aire d'accueil de la Lande du Moulin, emplacement 14]] à {{Vannes}}. Le père veut savoir pourquoi les {{allocations familiales}} n'ont pas été versées : courrier revenu NPAI, la Caf avait encore l'ancienne aire de {{Ploërmel}}."),
    (CAF, PHY, "Borne tactile en panne depuis {{8h30}}. L'agent d'accueil, [[PERSONNE:Bertrand]], distribue des post-it numérotés à la main. {{14 personnes}} à {{10h}}. Personne ne râle, c'est presque convivial."),
    (CAF, PHY, "Mère seule avec {{2 enfants}} logée par le {{115}} à l'{{hôtel B&B de Caen Nord}}, {{chambre 31}}, depuis {{4 mois}}. Elle croyait avoir droit à l'{{APL}} pour l'hôtel : non, pas de bail. L'agente [[PERSONNE:Morgane]] l'oriente vers l'{{assistante sociale de secteur}}."),
    (CAF, PHY, "Monsieur [[PERSONNE:Jean-Marc Lagadec]] veut recevoir tout par mail, il dicte [[EMAIL:jm.lagadec29@orange.fr]] et l'agent se trompe {{deux fois}} sur le point. Au final il crée l'espace {{Mon Compte}} sur {{caf.fr}} avec lui."),
    (CAF, PHY, "Agriculteur, M. [[PERSONNE:Rault]], exploitation à [[ADRESSE:La Ville Guérin, 22350 Caulnes]]. Il vient à la Caf pour la {{prime d'activité}} mais il dépend de la {{MSA d'Armorique}}. Renvoyé vers eux, il a fait {{40 km}} pour rien. Il dit que c'est la {{2e fois}}."),
    (CAF, PHY, "étudiante à {{Rennes 2}}, en coloc, [[PERSONNE:Maëlys]], nouvelle adresse [[ADRESSE:résidence Les Korrigans, bât A, appt 12, 2 rue de Saint-Malo, 35000 Rennes]]. Elle ne savait pas que chaque coloc fait sa propre demande d'{{APL}}. Son num alloc : [[N_ALLOCATAIRE:5527309]]."),
    (CAF, PHY, "L'agent me dit qu'un tiers des visites concernent des attestations que les gens pourraient télécharger sur l'appli {{Caf - Mon Compte}}. Mais sans smartphone, sans imprimante, ou sans code... Il imprime en moyenne {{40 attestations}} par jour."),
    (CAF, PHY, "Retraité venu de {{Riom-ès-Montagnes}} en car jusqu'à {{Aurillac}} pour une question de {{prime de Noël}} (il ne l'a pas eue, il touche l'{{ASPA}} pas le {{RSA}}). Il ne reçoit son courrier qu'en [[ADRESSE:BP 7, 15400 Riom-ès-Montagnes]] car le facteur ne monte pas jusqu'à sa maison l'hiver."),
    # ---- Caf, accueil téléphonique
    (CAF, TEL, "Appel d'une dame de {{Guingamp}}, elle donne son n° alloc [[N_ALLOCATAIRE:0937261]] puis son adresse : [[ADRESSE:lieu-dit Toul ar Hoat, 22200 Pabu]]. Le conseiller demande de répéter {{2 fois}}, il ne trouve pas le {{lieu-dit}} dans la base, il l'enregistre en texte libre."),
    (CAF, TEL, "Sur {{1h30}} de plateau tel : {{11 appels}}, dont {{7}} pour des indus. Temps moyen {{8 min}}. Le conseiller ([[PERSONNE:Ronan]]) a un script à l'écran mais ne le lit jamais. Il dit que le {{3230}} sature tous les lundis."),
    (CAF, TEL, "Monsieur [[PERSONNE:Erwan Le Gall]] vit sur son voilier, le {{Mor Braz}}, amarré [[ADRESSE:port de Kernével, ponton D, place 18]]. Il demande si un bateau compte comme logement pour l'{{ALS}}. Le conseiller ne sait pas, promet un rappel au [[TELEPHONE:06 71 48 22 90]]."),
    (CAF, TEL, "la dame pleure au tel, son fils [[PERSONNE:Kylian]] a eu {{20 ans}} et les {{AF}} se sont arrêtées d'un coup. Pour vérifier son identité la conseillère demande sa date de naissance : [[DATE_NAISSANCE:12 février 1986]]. Explication calme, {{12 min}}."),
    (CAF, TEL, "Il épelle son nom : [[PERSONNE:G-U-Y-O-M-A-R-C-H]]. La conseillère répète « [[PERSONNE:Guillaume Marc]] ? » - non. {{Troisième essai}}. Elle finit par le retrouver au bout de {{4 min}} avec le numéro allocataire [[N_ALLOCATAIRE:3318640]]."),
    (CAF, TEL, "Numéro de rappel dicté en toutes lettres par une dame âgée : [[TELEPHONE:zéro deux, quatre-vingt-seize, trente-huit, zéro un, soixante-quatorze]]. La conseillère l'écrit sur un papier puis le tape. Motif : {{AAH}} et {{APL}}, changement de situation."),
    (CAF, TEL, "Appel : couple hébergé chez la belle-sœur à {{Vire}} depuis l'incendie de leur maison. La Caf demande une attestation d'hébergement. Le conseiller explique que sans loyer, pas d'aide au logement, mais le forfait logement baisse le {{RSA}}. Gros silence au bout du fil. Le monsieur redonne son numéro allocataire, [[N_ALLOCATAIRE:4471902]], « pour être sûr que vous avez le bon dossier »."),
    (CAF, TEL, "Travailleur frontalier qui a déménagé en {{Belgique}}, veut que l'{{AAH}} de sa fille soit versée sur son compte belge [[IBAN:BE78 0631 8720 5486]]. Le conseiller : l'AAH est liée à la résidence en {{France}}, donc non. Il raccroche énervé."),
    (CAF, TEL, "Appel d'une jeune maman, adresse [[ADRESSE:cité des Fleurs, bâtiment Capucine, 3e étage, 76600 Le Havre]], pas de numéro de rue, le courrier n'arrive pas. La conseillère conseille d'ajouter le nom sur la boîte aux lettres et de prévenir {{La Poste}} du quartier {{Caucriauville}}."),
    (CAF, TEL, "Personne ne décroche pendant {{4 min}} côté usager : c'est un appel sortant, rappel programmé d'un dossier {{RSA}} (M. [[PERSONNE:Hamon]]). Messagerie. Le conseiller laisse un message sans dire « Caf » pour la confidentialité, il dit juste « votre organisme de prestations »."),
    (CAF, TEL, "Monsieur appelle pour sa mère qui vit dans le hameau de [[ADRESSE:Chanteloube, 63930 Augerolles]] (« c'est tout en haut, y a {{5 maisons}} »). Elle ne sait pas se servir d'{{internet}}. Le conseiller refuse de donner des infos au fils sans {{procuration}}. Fils : [[PERSONNE:Thierry Chassagne]], mère : Mme [[PERSONNE:Chassagne]] née [[PERSONNE:Fournier]]."),
    (CAF, TEL, "conseillère [[PERSONNE:Nadia]] super patiente. appel de {{22 min}} pour une déclaration trimestrielle {{RSA}}, la dame ne trouve pas le bouton « valider ». Elle finit par le faire avec elle pas à pas."),
    (CAF, TEL, "Une femme donne son adresse mail pour recevoir la notification d'{{APL}} : [[EMAIL:sandrine.p.vautier@laposte.net]], puis change d'avis : « non mettez plutôt celle de mon fils » : [[EMAIL:vautier.lucas22@gmail.com]]. Le conseiller refuse, il faut l'adresse de l'{{allocataire}}."),
    (CAF, TEL, "Saisonnière à {{Val-d'Isère}} l'hiver, à {{Saint-Malo}} l'été. Elle veut savoir où déclarer sa résidence. Le conseiller : là où tu passes plus de {{6 mois}} par an. Pas simple, elle est pile entre les deux. Elle a aussi bossé en {{Suisse}}, elle voudrait être payée sur ce compte-là : [[IBAN:CH84 0076 2016 2841 7930 C]]. Numéro allocataire [[N_ALLOCATAIRE:2096338]]."),
    # ---- Caf, contrôle sur place
    (CAF, CSP, "Contrôle chez M. [[PERSONNE:Lebreton]], [[ADRESSE:La Métairie Neuve, 35133 Lécousse]]. Suspicion de {{vie maritale}} non déclarée. Maison au bout d'un chemin de terre, pas de numéro, le {{GPS}} nous met dans un champ. Le contrôleur ([[PERSONNE:Patrice]]) regarde les {{brosses à dents}}, les vêtements. Ça me met mal à l'aise."),
    (CAF, CSP, "Visite sur l'aire des gens du voyage. Famille [[PERSONNE:Daubigny]] : caravane sur l'[[ADRESSE:aire d'accueil du Vern, place 6, 29400 Landivisiau]]. Le contrôleur vérifie la présence des enfants déclarés (scolarisés à l'{{école Jules Ferry}}). Tout est conforme. Durée {{40 min}}."),
    (CAF, CSP, "Contrôle d'une saisonnière logée en mobil-home par son employeur : [[ADRESSE:mobil-home n° 9, camping Les Lanchettes, 73700 Bourg-Saint-Maurice]]. Elle déclare un loyer de {{250 €}}. L'employeur retient le loyer sur la {{fiche de paie}} : pas d'aide au logement possible si logement de fonction ? le contrôleur note la question pour le {{service juridique}}."),
    (CAF, CSP, "Immeuble sans ascenseur, {{6e étage}}. Contrôle {{RSA}} chez Mme [[PERSONNE:Ouali]] : [[ADRESSE:résidence Le Belvédère, bât. B, appt 64, 12 avenue de la Libération, 63000 Clermont-Ferrand]]. Le contrôleur compte les chambres et les lits. Elle montre les factures {{EDF}}. Devant la porte, une voiture immatriculée [[IMMATRICULATION:GH-412-KD]] qu'il note (« c'est à qui ? »)."),
    (CAF, CSP, "Le contrôleur m'explique : {{un contrôle sur 20}} est déclenché au hasard, les autres sur ciblage (datamining). Il rédige son rapport le soir même, {{2 h}} de saisie pour {{3 visites}}. Il dit qu'il trouve plus souvent des rappels (droits non versés) que des fraudes."),
    (CAF, CSP, "Ferme à [[ADRESSE:Le Bourg Neuf, 61700 Saint-Bômer-les-Forges]]. M. et Mme [[PERSONNE:Guérin]] déclarent vivre séparés sous le même toit. Le contrôleur pose des questions très précises (qui fait les courses, qui paie {{Orange}}). Ils répondent en même temps. Le chien, {{Ficelle}}, aboie tout le long."),
    (CAF, CSP, "rdv manqué : personne au [[ADRESSE:7 lotissement Le Clos Fleuri, 50800 Villedieu-les-Poêles]]. Avis de passage laissé dans la boîte. Le contrôleur dit qu'au bout de {{2 avis}} sans réponse les droits sont suspendus. On repart vers {{Granville}}."),
    (CAF, CSP, "Contrôle chez un couple qui vit dans une péniche à quai, la [[ADRESSE:péniche Kerlann, quai Saint-Sébastien, 35600 Redon]]. Le contrôleur ne sait pas trop quoi vérifier : pas de bail, ils sont propriétaires du bateau, ils paient juste l'amarrage à la {{capitainerie}}. Aide au logement refusée, ça reste un dossier {{RSA}} simple."),
    (CAF, CSP, "Visite chez une étudiante logée {{chez l'habitant}}, chez Mme [[PERSONNE:Brossard]], [[ADRESSE:5 chemin des Écoliers, 74230 Thônes]], {{chambre du fond}}. La logeuse reste dans la pièce pendant tout le contrôle, l'étudiante n'ose rien dire. Le contrôleur demande à la voir seule {{5 minutes}}."),
    (CAF, CSP, "Contrôle annulé : l'allocataire a appelé le matin, hospitalisée à {{Pontchaillou}}. Le contrôleur reprogramme et on enchaîne sur un autre dossier à {{Cesson-Sévigné}}. Il dit que {{30 %}} des visites tombent à l'eau."),
    (CAF, CSP, "Contrôle ressources M. [[PERSONNE:Fabrice Guillot]], né le [[DATE_NAISSANCE:22/09/1962]], appartement [[ADRESSE:escalier 4, porte 12, cité Saint-Just, 15000 Aurillac]]. Il a une moto devant, plaque [[IMMATRICULATION:AB-318-ZT]], il dit qu'elle est à son neveu. Le contrôleur demande la {{carte grise}}. NIR vérifié sur la {{carte Vitale}} : [[NIR:1 62 09 15 014 112 96]]."),
    (CAF, CSP, "Ce qui me frappe : le contrôleur est très respectueux, il prévient de chaque geste (« je peux ouvrir le {{frigo}} ? »). Mais la dame tremble. Il la rassure : « c'est un {{contrôle de routine}} ». Je ne suis pas sûre que ça suffise."),
    (CAF, CSP, "[[ADRESSE:Hameau Le Villard, 05100 Villard-Saint-Pancrace]], chez Mme [[PERSONNE:Blanc-Garin]]. On monte en voiture de service depuis {{Briançon}}, neige, chaînes. Elle parle sans arrêt d'{{Enzo}}, on croit que c'est un enfant non déclaré : c'est le chat. Le contrôleur rit, elle aussi."),
    # ---- Cpam, accueil physique
    (CPAM, PHY, "Mme [[PERSONNE:Roux]] vient signaler son déménagement pour que sa nouvelle {{carte Vitale}} arrive au bon endroit : [[ADRESSE:résidence Les Edelweiss, bât. 3, 2e étage, 38250 Villard-de-Lans]]. L'agent lui dit que ça se fait en {{2 clics}} sur {{Ameli}}. Elle : « j'ai pas de compte, j'ai pas d'ordinateur, je suis descendue exprès ». Il le fait pour elle."),
    (CPAM, PHY, "{{2 bornes}} {{Ameli}}, 1 en panne. {{31 passages}} de {{9h}} à {{12h}}."),
    (CPAM, PHY, "M. [[PERSONNE:Abdoulaye Konaté]] demande l'{{AME}}. Il n'a pas d'adresse, il dort chez un cousin à {{Hérouville-Saint-Clair}}. L'agente lui explique la domiciliation (au {{CCAS}} ou au {{Secours catholique}}). Elle photocopie son passeport n° [[IDENTIFIANT:AA1478523]]. Il devra revenir, il manque la preuve de {{3 mois}} de présence."),
    (CPAM, PHY, "Une femme née le [[DATE_NAISSANCE:14/03/1987]] à {{Quimper}} vient déclarer son retour en {{Bretagne}} après {{10 ans}} en {{Espagne}}. Numéro de sécu sur sa vieille attestation papier : [[NIR:2 87 03 29 232 047 20]]. Nouvelle adresse : [[ADRESSE:Ty Nevez Kerroc'h, 29690 Huelgoat]]. L'agent réactive les droits, elle repart avec une attestation provisoire."),
    (CPAM, PHY, "Demande de {{CSS}}. Le monsieur ([[PERSONNE:Loïc]]) a tous ses papiers dans une pochette {{Leclerc}}, rangés. Il vit dans une caravane sur le terrain de ses parents, [[ADRESSE:La Croix Blanche, 56160 Guémené-sur-Scorff]]. L'agent scanne tout, {{15 min}}, réponse sous {{2 mois}}."),
    (CPAM, PHY, "M. [[PERSONNE:Tanguy]] n'a pas touché ses {{IJ}} depuis {{6 semaines}}. Il bosse chez {{Bigard}} à {{Quimperlé}}, l'employeur n'a pas envoyé l'attestation de salaire. L'agent vérifie aussi le RIB : [[IBAN:FR7630004008120001045872332]]. Il envoie un mail à l'employeur devant lui."),
    (CPAM, PHY, "elle sort de l'hôpital de {{Morlaix}}, elle a juste le {{bulletin de situation}} avec son numéro patient {{IPP}} [[IDENTIFIANT:P00871452]], pas d'arrêt de travail papier. L'agent lui dit que l'hôpital le transmet en ligne normalement. On ne sait pas."),
    (CPAM, PHY, "L'accueil de la Cpam de {{Saint-Brieuc}} est en face de la {{gare routière}}. Les gens qui viennent de {{Rostrenen}} ou de {{Callac}} arrivent tous par le car de {{9h40}} : pic à {{10h}}, creux à {{11h}}. L'agent connaît les horaires du car par cœur, il adapte les pauses."),
    (CPAM, PHY, "Prof retraitée, mutuelle {{MGEN}} n° [[IDENTIFIANT:187254369]], la télétransmission ne marche plus depuis son changement de caisse. L'agent relance le lien {{Noémie}}. Elle dit : « c'est pas la première fois qu'on me fait le coup »."),
    (CPAM, PHY, "La nouvelle {{carte Vitale}} de M. [[PERSONNE:Lecoutour]] est repartie à l'expéditeur : son adresse [[ADRESSE:Le Hamel au Prêtre, 50480 Sainte-Marie-du-Mont]] a été tapée « [[ADRESSE:Hamel au Pretre]] » sans accent et {{La Poste}} ne trouve pas. L'agent corrige et relance la fabrication, {{3 semaines}}."),
    (CPAM, PHY, "Rattachement des {{deux enfants}} sur la carte de la mère. Enfants nés le [[DATE_NAISSANCE:4 juin 2017]] et le [[DATE_NAISSANCE:28 août 2020]]. Le père les avait sur sa carte, séparation. Il faut l'{{accord écrit}}... des deux. Elle souffle."),
    (CPAM, PHY, "Une dame s'est trompée de bâtiment, elle cherchait la {{Caf}}. L'agent dit que ça arrive {{5}} ou {{6 fois}} par jour, les deux sont sur le même boulevard à {{Vichy}}. Il lui explique le chemin : « vous passez devant le {{Carrefour City}} et c'est le grand bâtiment gris »."),
    (CPAM, PHY, "portable laissé pr rappel service {{IJ}} : [[TELEPHONE:07 82 15 64 30]]. « sous {{48 h}} » paraît-il"),
    (CPAM, PHY, "Agent d'accueil, [[PERSONNE:Stéphane]], {{22 ans}} de maison. Il explique le {{parcours de soins}} et le {{médecin traitant}} à un jeune de {{18 ans}} qui n'en a pas. « Y a plus de médecin à {{Guémené}} ». Il lui donne la liste des médecins qui acceptent de nouveaux patients, elle a {{2 noms}}."),
    (CPAM, PHY, "Femme algérienne, titre de séjour n° [[IDENTIFIANT:7503284619]], vient pour sa {{carte Vitale}}. Problème : le nom sur le titre est [[PERSONNE:Benali]] épouse [[PERSONNE:Khelifi]] et sur le {{NIR provisoire}} seulement [[PERSONNE:Khelifi]]. L'agente fait une {{fiche d'anomalie}}."),
    (CPAM, PHY, "Un gars en tenue de chantier, il a {{20 min}} de pause. Il vient pour un remboursement de lunettes ({{Optic 2000}}). L'agent lui montre qu'il peut tout faire sur {{Ameli}}. Il répond qu'il n'a pas de mot de passe « et je le retiendrai pas ». Par contre son numéro de sécu il le récite d'une traite : [[NIR:1 84 12 73 065 089 67]]."),
    # ---- Cpam, accueil téléphonique
    (CPAM, TEL, "Appel au {{3646}}. M. [[PERSONNE:Vidal]], {{76 ans}}, né à {{Saint-Flour}} en [[DATE_NAISSANCE:février 49]], dicte son numéro de sécu pour être identifié : [[NIR:1 49 02 15 187 006 96]]. Il appelle pour un transport en ambulance vers {{Clermont}} qui n'a pas été remboursé. Le conseiller voit la prescription, manque l'accord préalable. Le monsieur ne comprend pas : « c'est le docteur qui a appelé l'ambulance, pas moi ». Le conseiller explique l'{{accord préalable}} au-delà de {{150 km}}, puis se reprend, vérifie, c'est moins que {{150 km}} depuis {{Saint-Flour}}, donc pas d'accord préalable nécessaire : c'est une erreur de la caisse. Il ouvre une réclamation, donne un numéro de suivi oral, s'excuse deux fois. Appel de {{19 min}}. En raccrochant il me dit : « celui-là, il va rappeler, et il aura raison »."),
    (CPAM, TEL, "Appel d'une pharmacienne, Mme [[PERSONNE:Arnaud]], {{Pharmacie des Écrins}} au {{Bourg-d'Oisans}}, qui a un rejet de facturation sur une ordonnance. Ligne pro, le conseiller la bascule vers le service PS. Appel de {{2 min}}."),
    (CPAM, TEL, "La conseillère ([[PERSONNE:Véronique]]) propose d'envoyer le {{lien de création de compte}} {{Ameli}}. Adresse mail : [[EMAIL:gaelle.morvan56@hotmail.fr]]. Elle épelle deux fois le « ae » de [[PERSONNE:Gaëlle]]. Le monsieur au bout est le mari, c'est elle qui parle derrière."),
    (CPAM, TEL, "M. [[PERSONNE:Besnard]] veut que sa {{carte Vitale}} soit renvoyée à son adresse : [[ADRESSE:La Haute Folie, 14500 Vire Normandie]]. « C'est une ferme, y a pas de numéro, mettez juste [[ADRESSE:La Haute Folie]] ». Le conseiller dit que le système exige un numéro... finit par mettre le {{lieu-dit}} en complément."),
    (CPAM, TEL, "Appel : quelqu'un qui croit avoir appelé {{Doctolib}} pour prendre rdv chez un dermato à {{Rennes}}. Le conseiller explique gentiment. {{1 min 30}}. Il dit que c'est fréquent depuis que le numéro est sur les ordonnances."),
    (CPAM, TEL, "Déclaration de grossesse. La jeune femme, née à {{Saint-Brieuc}}, donne son numéro de sécu : [[NIR:290112227820807]]. Date prévue d'accouchement : le {{15 mars}}. La conseillère explique le calendrier des examens et le congé maternité. La jeune femme demande si son copain peut avoir le congé paternité alors qu'ils ne sont pas mariés : oui."),
    (CPAM, TEL, "Rappel demandé au [[TELEPHONE:+33 6 58 04 71 29]] par une Française qui vit en {{Suisse}} et travaille à {{Annemasse}}. Frontalière, droit d'option, elle est perdue entre {{LAMal}} et Cpam. Le conseiller ne maîtrise pas, passe la main au pôle international."),
    (CPAM, TEL, "Une dame vit à l'année au [[ADRESSE:camping municipal de Kerver, mobil-home 22, 56730 Saint-Gildas-de-Rhuys]]. Ses courriers arrivent à l'{{accueil du camping}}, et l'hiver l'accueil est fermé. Le conseiller propose de passer au {{tout numérique}}. Elle n'a que la {{4G}} du téléphone."),
    (CPAM, TEL, "Ouvrier portugais rentré au pays, il attend le solde de ses indemnités, il donne son IBAN portugais : [[IBAN:PT60 0035 0821 0004 4172 8304 7]]. Le conseiller ne peut pas le saisir lui-même, il faut envoyer le {{RIB}} par courrier avec le formulaire. Appel de {{18 min}}."),
    (CPAM, TEL, "« Bonjour, c'est pour ma {{carte vitale}}, j'ai changé de nom, je me suis mariée ». Nouveau nom [[PERSONNE:Le Bihan]], ancien [[PERSONNE:Jaouen]]. Il faut l'{{acte de mariage}}. Elle dit qu'elle l'a déjà envoyé en {{juillet}}."),
    (CPAM, TEL, "Sur le plateau, un écran affiche les appels en attente : {{47}} à {{8h35}}. Temps d'attente annoncé {{12 min}}. Le chef de plateau passe derrière les conseillers et dit « on accélère ». Ça met une ambiance."),
    (CPAM, TEL, "Un monsieur appelle pour sa femme qui est aux urgences du {{CHU de Rouen}}, il n'a pas la carte Vitale, il demande si elle sera soignée quand même. Le conseiller le rassure, donne l'attestation par mail : [[EMAIL:p.duboc.76@free.fr]]. Femme née le [[DATE_NAISSANCE:07/01/1998]] à {{Rouen}}, NIR [[NIR:298017654012220]]."),
    # ---- Cpam, contrôle sur place
    (CPAM, CSP, "Contrôle d'arrêt de travail chez M. [[PERSONNE:Poulain]], [[ADRESSE:Le Haut Bois, 35460 Saint-Brice-en-Coglès]]. Personne à {{10h15}}, pendant les heures de présence obligatoire. La voisine dit qu'il est chez le kiné à {{Fougères}}. L'agent assermenté laisse un avis, il faudra un justificatif."),
    (CPAM, CSP, "Contrôle d'un arrêt en montagne : [[ADRESSE:chalet Les Gentianes, hameau des Praz, 74400 Chamonix-Mont-Blanc]]. Saisonnier, entorse en ski (pas au boulot). Il est là, béquilles. L'agent vérifie juste la présence et l'identité (carte d'identité n° [[IDENTIFIANT:X4RT7CPF2]]). {{5 minutes}}, {{1h}} de route aller-retour depuis {{Annecy}}."),
    (CPAM, CSP, "[[ADRESSE:3 allée des Mésanges, bât. D, esc. 1, 5e gauche, 76300 Sotteville-lès-Rouen]], pas d'interphone, on attend qu'un voisin sorte. Mme [[PERSONNE:Lemaître]] est là, en arrêt pour dépression. Elle a peur qu'on lui coupe ses {{IJ}}. L'agent est doux, {{10 min}}."),
    (CPAM, CSP, "L'agent ([[PERSONNE:Hervé]]) m'explique que les contrôles à domicile sont ciblés (arrêts répétitifs, prescripteurs...). Sur sa tournée de la journée : {{6 adresses}}, {{2 absents}}. Les absences non justifiées = suspension des {{IJ}}."),
    (CPAM, CSP, "Contrôle arrêt maladie, ferme à [[ADRESSE:Kerguidy Izella, 29450 Commana]]. L'assurée est salariée d'un {{GAEC}} voisin. Devant la maison, son véhicule [[IMMATRICULATION:5823 VT 29]] et un tracteur. Elle était dans le {{potager}}, l'agent considère qu'elle est « {{à domicile}} »."),
    (CPAM, CSP, "Arrêt maladie d'un homme logé à l'{{hôtel du Commerce}}, {{chambre 7}}, à {{Ambert}}, payé par son employeur pour le chantier. Le patron de l'hôtel nous dit qu'il est « monté se reposer ». L'agent frappe, M. [[PERSONNE:Da Costa]] ouvre. Rien à signaler."),
    (CPAM, CSP, "Tournée dans le {{Bocage}}, {{140 km}} dans la journée, {{4 contrôles}}. L'agent dit que sans GPS les lieux-dits sont impossibles à trouver : « {{Les Landes}}, y en a {{12}} dans le département ». On a demandé notre chemin à la boulangerie de {{Tinchebray}}."),
    (CPAM, CSP, "Contrôle chez M. [[PERSONNE:Chapuis]], [[ADRESSE:Les Granges d'en Haut, 73300 Saint-Jean-de-Maurienne]], arrêt de {{3 mois}}. Présent. Il montre ses {{ordonnances}} sans qu'on demande. Sa voiture ([[IMMATRICULATION:FR-227-MB]]) est sous la {{neige}}, elle n'a visiblement pas bougé."),
    (CPAM, CSP, "Pas de réponse à l'{{interphone}} du [[ADRESSE:14 résidence du Parc, appartement 8, 43000 Le Puy-en-Velay]]. L'agent appelle le portable indiqué dans le dossier : [[TELEPHONE:06 33 87 12 45]]. La dame est en bas, partie acheter du {{pain}}. On l'attend {{5 min}}."),
    (CPAM, CSP, "Contrôle d'une dame en arrêt {{longue maladie}}, hébergée par sa fille, Mme [[PERSONNE:Chalaye]], [[ADRESSE:8 route de Retournac, 43200 Yssingeaux]]. Elle a déclaré l'adresse de sa fille mais le courrier revient. La fille explique que le facteur ne connaît que son {{nom de jeune fille}}. Petite maison, chambre au {{rez-de-chaussée}}. Contrôle OK."),
    (CPAM, CSP, "Ce matin l'agent a fait un contrôle au {{foyer-logement Les Tilleuls}} à {{Issoire}}, {{studio 12}}. Pas d'adresse perso, c'est la résidence qui reçoit tout. Personne n'a ouvert, l'agent a laissé l'avis au bureau de la résidence. Est-ce que ça compte comme une absence ? Lui-même ne sait pas."),
    (CPAM, TEL, "Appel en breton au début (« demat ») puis en français. Le monsieur, {{83 ans}}, de {{Plouyé}}, demande pourquoi on lui réclame {{2 €}} à chaque consultation. Participation forfaitaire, explication. Il raccroche en disant « kenavo ». Pas de nom demandé, pure question d'info."),
    # ---- CCAS, accueil physique
    (CCAS, PHY, "Demande de domiciliation. M. [[PERSONNE:Rachid Mansouri]] vit dans sa voiture depuis {{3 semaines}}, une {{Clio}} grise immatriculée [[IMMATRICULATION:DK-583-QF]], garée la nuit sur le parking du {{Super U}} de {{Plérin}}. Son adresse postale devient celle du CCAS : {{1 rue de la Mairie, 22190 Plérin}}. L'agente lui remet l'attestation tout de suite."),
    (CCAS, PHY, "Distribution des bons pour l'épicerie sociale le mardi. {{17 familles}} ce matin. L'agente connaît tout le monde par son prénom, elle demande des nouvelles des enfants. Les {{Restos du Cœur}} sont fermés l'été, du coup plus de monde au CCAS en juillet."),
    (CCAS, PHY, "Mme [[PERSONNE:Pichon]], {{68 ans}}, facture {{EDF}} impayée de {{486 €}}, réf. client EDF [[IDENTIFIANT:6002481937]]. Elle habite [[ADRESSE:Les Fougerolles, 03250 Le Mayet-de-Montagne]], chauffage électrique, maison mal isolée. L'agent monte un dossier {{FSL}} et appelle EDF pour suspendre la coupure."),
    (CCAS, PHY, "Une famille avec un bébé ([[PERSONNE:Samira]] et [[PERSONNE:Walid]]) est logée à l'{{hôtel Kyriad}} de {{Lannion}}, {{chambre 104}}, par le {{115}}. Ils viennent demander des couches et du lait. Le CCAS n'a pas de stock, l'agente appelle la {{Croix-Rouge}} de {{Perros-Guirec}}. Elle regarde aussi le quotient sur le dossier Caf, dossier [[N_ALLOCATAIRE:7702815]]."),
    (CCAS, PHY, "Une femme qui a quitté son conjoint violent est hébergée chez sa sœur à {{Fougères}} depuis {{10 jours}}. Elle refuse de donner l'adresse de sa sœur (« il va la trouver »). L'agente note juste la commune et ouvre une domiciliation au CCAS. Orientation vers le {{CIDFF}}."),
    (CCAS, PHY, "Locataire d'{{Armorique Habitat}}, réf. locataire [[IDENTIFIANT:LOC-0045127]], M. [[PERSONNE:Jégou]], vient pour une dette de loyer de {{1 240 €}}. Il vit au [[ADRESSE:rez-de-chaussée, bât. Les Ajoncs, résidence de Kerampont, 22300 Lannion]]. L'agent lui propose un échéancier avec le bailleur."),
    (CCAS, PHY, "secours d'urgence de {{80 €}} en chèques services pour une mère de {{3 enfants}}, Mme [[PERSONNE:Rio]]. Elle devait choisir entre la cantine et le gaz. L'agente ne pose presque pas de questions, « on voit bien ». Ça a pris {{10 minutes}}."),
    (CCAS, PHY, "Un jeune, [[PERSONNE:Kévin Le Roux]], {{23 ans}}, dort dans un bâtiment agricole abandonné vers {{Loudéac}}. Il veut une adresse pour s'inscrire à {{France Travail}}. Domiciliation accordée. Il donne un portable : [[TELEPHONE:07 49 62 18 03]], « mais j'ai pas toujours du réseau »."),
    (CCAS, PHY, "L'accueil du CCAS de {{Saint-Lô}} est au rez-de-chaussée de la mairie, entre l'état civil et les cartes d'identité. Les gens font la queue au mauvais guichet. Il y a un panneau {{CCAS}} mais derrière une plante verte."),
    (CCAS, PHY, "Mme [[PERSONNE:Gouin]] vient chercher son courrier (domiciliée ici). Elle vit en {{camping-car}}, souvent sur le parking de la plage de {{Hauteville-sur-Mer}} l'été. Le camping-car : [[IMMATRICULATION:CX-904-PL]]. Elle a une lettre de la {{préfecture}}, elle demande à l'agente de la lire avec elle."),
    (CCAS, PHY, "L'agent me montre le tableau des domiciliés : {{212 personnes}}. Beaucoup vivent à l'année en camping, en caravane sur un terrain, chez quelqu'un. Il dit que le plus dur, c'est de prouver « {{le lien avec la commune}} »."),
    (CCAS, PHY, "Demande d'aide pour payer la cantine. Le papa, M. [[PERSONNE:Nguyen]], donne son adresse : [[ADRESSE:immeuble Le Ponant, 9e étage, porte 93, 6 rue de Kerbernier, 29200 Brest]]. L'agente vérifie son quotient familial sur {{CDAP}} avec son n° allocataire [[N_ALLOCATAIRE:1804627]]. QF {{412}}, tranche la plus basse."),
    (CCAS, PHY, "Une dame âgée vient pour la {{téléassistance}}. Elle vit seule à [[ADRESSE:La Chapelle, 15200 Jaleyrac]], à {{8 km}} de {{Mauriac}}. Son fils habite {{Lyon}}. L'agente remplit le formulaire {{Présence Verte}}, elle demande le numéro du voisin référent : [[TELEPHONE:04 71 68 23 57]], M. [[PERSONNE:Delpuech]]."),
    (CCAS, PHY, "{{45 min}} pour une demande d'aide au permis de conduire. Le jeune a trouvé un boulot à {{Lamballe}}, pas de bus le matin. Il faut prouver l'inscription à {{France Travail}} : identifiant [[ID_FRANCE_TRAVAIL:5567281P]]. L'agente dit que la commission se réunit le {{3e jeudi}} du mois."),
    (CCAS, PHY, "Elle est venue à pied de la [[ADRESSE:cité des Cheminots, maison 14, 15000 Aurillac]], avec la {{poussette}}. Mme [[PERSONNE:Alves]]. Elle veut une aide pour la rentrée scolaire, déjà versée par la {{Caf}} en {{août}}, on lui explique. Elle demande alors un bon pour des chaussures."),
    (CCAS, PHY, "L'agente [[PERSONNE:Cécile]] reçoit un monsieur sourd, elle écrit tout sur une ardoise {{Velleda}}. Il veut remplir son dossier {{MDPH}}, réf. dossier MDPH [[IDENTIFIANT:35-2023-018842]]. Échange de {{35 min}}, très lent, personne ne s'impatiente."),
    # ---- CCAS, accueil téléphonique
    (CCAS, TEL, "Plan canicule, appels aux inscrits du registre. M. [[PERSONNE:Bouchard]], {{88 ans}}, [[ADRESSE:hameau de la Combe, 73460 Frontenex]]. Il dit qu'il ferme les volets à {{10h}} et qu'il boit. L'agent lui rappelle le numéro de la mairie. {{3 min}}."),
    (CCAS, TEL, "Appel d'une voisine inquiète : une dame âgée du [[ADRESSE:lotissement des Bruyères, lot 11, 56500 Locminé]] n'a pas ouvert ses volets depuis {{2 jours}}. L'agent appelle la gendarmerie de {{Locminé}}. Fin de l'histoire : elle était chez sa fille à {{Pontivy}}."),
    (CCAS, TEL, "{{42 appels}} passés ce matin pour le registre grand froid. {{6}} ne répondent pas, à rappeler l'après-midi. Dont une dame qui ne répond jamais avant midi. L'agent coche sur une liste papier. Il dit que le logiciel est trop lent."),
    (CCAS, TEL, "Mme [[PERSONNE:Josiane Le Meur]] appelle pour s'inscrire au {{portage de repas}}. Elle donne : [[ADRESSE:Kerhoas Bihan, 29450 Sizun]], [[TELEPHONE:02 98 68 41 07]]. Le livreur ne passe que les {{mardis et vendredis}} dans les hameaux, elle aurait voulu tous les jours."),
    (CCAS, TEL, "un monsieur appelle pr savoir si le ccas peut lui « trouver un logement pour ce soir ». non c'est le {{115}}. l'agente donne le numero et explique. Il dit qu'il s'appelle [[PERSONNE:Mickael]] et qu'il a deja appele {{12 fois}} ce matin..."),
    (CCAS, TEL, "Appel d'une assistante sociale de l'hôpital de {{Vire}} : un patient sort demain, il vit seul dans une {{caravane}} [[ADRESSE:chemin de la Cour Vaudry, 14380 Noues de Sienne]], pas d'eau courante. Elle demande une visite à domicile en urgence. L'agent programme {{jeudi}}."),
    (CCAS, TEL, "L'agente épelle le mail de l'usager pour lui renvoyer le formulaire d'{{aide sociale}} : « [[EMAIL:francky.marie50 arobase gmail point com]] ». Il y a deux « r » ou un ? Elle rappelle pour vérifier, {{2 min}}. M. [[PERSONNE:Franck Marie]]."),
    (CCAS, TEL, "Le standard du {{CCAS}} bascule sur le portable de l'agente quand elle est en visite. Elle décroche en voiture, kit mains libres. C'est un fournisseur de {{bois de chauffage}}, M. [[PERSONNE:Cadoret]], qui veut être payé pour une livraison à un usager aidé, facture n° [[IDENTIFIANT:F-2024-0312]]. Rien de social mais {{20 min}} perdues."),
    (CCAS, TEL, "Appel d'une dame qui s'inquiète pour son frère, {{SDF}}, qui dort sous le porche de l'{{église Saint-Nicolas}}. Elle dit qu'il s'appelle [[PERSONNE:Dédé]], « tout le monde le connaît ». L'agent transmet à l'{{équipe de rue}}."),
    (CCAS, TEL, "Appel de {{La Poste}} (facteur guichetier) : les courriers d'un domicilié s'accumulent, [[PERSONNE:Jonathan Bertin]], il n'est pas venu depuis {{3 mois}}. Au-delà, la domiciliation peut être radiée. L'agent note de l'appeler : [[TELEPHONE:0623459811]]."),
    # ---- CCAS, contrôle sur place (visites à domicile)
    (CCAS, CSP, "Visite à domicile pour évaluer le portage de repas chez Mme [[PERSONNE:Tixier]], {{91 ans}}, [[ADRESSE:lieu-dit Le Bouchet, 63880 Olliergues]]. Le chemin n'est pas goudronné, on laisse la voiture en bas et on monte à pied, l'agente avec son classeur sous le bras. Maison en pierre, poêle à bois allumé en plein mois de mai. Frigo presque vide : un yaourt, du beurre, une soupe en brique. Elle dit qu'elle mange « ce que le voisin monte », le voisin fait les courses à {{Ambert}} le samedi. L'agente propose le portage {{5 jours}} sur {{7}}, {{8,50 €}} le repas, aide possible du {{CCAS}}. Mme hésite à cause du prix, puis accepte « pour essayer ». Elle refuse en revanche l'{{EHPAD}} de {{Cunlhat}}, « j'y mourrai ». En repartant l'agente me dit qu'elle reviendra dans un mois sans prévenir... puis se corrige : en prévenant, toujours."),
    (CCAS, CSP, "Visite pour insalubrité, signalement de la {{PMI}}. Logement au [[ADRESSE:2e étage gauche, 17 rue des Tanneurs, 14100 Lisieux]]. Moisissures dans la chambre des enfants, fenêtre qui ne ferme pas. Le propriétaire, M. [[PERSONNE:Hérouard]], n'est pas joignable. Photos prises pour l'{{ARS}}."),
    (CCAS, CSP, "Le fils vit dans un mobil-home au fond du jardin de sa mère, [[ADRESSE:14 route de Lannion, 22300 Ploubezre]]. Il a {{40 ans}}, {{RSA}}, il demande à être domicilié chez elle officiellement. L'agente vérifie l'électricité (rallonge depuis la maison). Mère : Mme [[PERSONNE:Le Guen]]."),
    (CCAS, CSP, "Visite de suivi chez un couple âgé, [[ADRESSE:La Ferme du Pré Long, 61100 La Lande-Patry]]. M. [[PERSONNE:Lecerf]] montre les factures de fioul, {{1 100 €}} pour l'hiver. Ils n'ont jamais demandé l'{{APA}} : l'agente leur explique, ils disent que c'est « de la charité »."),
    (CCAS, CSP, "Visite dans un lotissement neuf, rien à dire sur le logement. Ce qui me frappe c'est la distance : {{6 km}} de la première boulangerie, pas de bus. La dame ne conduit plus. L'agente parle du transport à la demande du {{Département}}."),
    (CCAS, CSP, "{{Terrain familial des voyageurs}}, [[ADRESSE:terrain familial du Pont-Rouge, lot 4, 35300 Fougères]]. La grand-mère, Mme [[PERSONNE:Lagrené]], demande une aide pour refaire le {{bloc sanitaire}}. L'agent mesure, prend des photos. {{Rocky}}, le chien, nous suit partout."),
    (CCAS, CSP, "Visite chez un monsieur qui loue une chambre dans l'{{Auberge du Col}}, à l'année, {{chambre 5}}, à {{Saint-Gervais-les-Bains}}. Il travaille aux remontées mécaniques l'hiver, rien l'été. L'agente évalue s'il peut prétendre à un logement social. Il dit que le patron est « comme un père »."),
    (CCAS, CSP, "Visite de l'agente avec moi chez M. [[PERSONNE:Gilbert Moulin]], {{79 ans}}, {{syndrome de Diogène}}. Maison [[ADRESSE:5 impasse du Lavoir, Le Bourg, 43100 Lamothe]]. On entre difficilement. Elle ne juge pas, elle parle de son jardin. Premier contact, {{1h}}. Il accepte qu'elle revienne."),
    (CCAS, CSP, "Avant la visite, l'agente appelle {{2 fois}} pour prévenir. Elle me dit : « on ne débarque jamais sans prévenir, ce n'est pas la Caf ». {{3 visites}} dans l'après-midi, toutes à moins de {{10 km}} de {{Guingamp}}."),
    (CCAS, CSP, "Visite en péniche : [[ADRESSE:péniche Le Saint-Joseph, halte nautique de Pont-Réan, 35170 Bruz]]. M. et Mme [[PERSONNE:Rivoal]], retraités, vivent à bord depuis {{15 ans}}. Ils demandent de l'aide pour le {{ramonage}} du poêle. Très chaleureux, café."),
    (CCAS, CSP, "Évaluation aide ménagère chez Mme [[PERSONNE:Françoise Bouvier]], [[ADRESSE:résidence Les Marronniers, entrée C, 1er étage, appartement 112, 03100 Montluçon]]. L'ascenseur est en panne depuis {{3 semaines}}, elle ne sort plus. L'agente appelle {{Montluçon Habitat}} depuis le salon."),
    (CCAS, CSP, "Visite chez la famille [[PERSONNE:Pellen]], logée en urgence par la mairie dans l'ancien logement de fonction de l'école, au {{Bourg}} de {{Plounéour-Trez}}. Pas d'adresse officielle encore (« école, logement du haut »). L'agente repère des besoins en mobilier : {{2 lits}}, {{1 frigo}}."),
    (CCAS, CSP, "Mme [[PERSONNE:Leroy]] a sa {{caravane}} dans la cour de la [[ADRESSE:ferme des Vallées, 50510 Hudimesnil]], chez un {{agriculteur}} qui la lui laisse. Pas de bail, pas d'adresse à elle. L'agente propose une domiciliation au CCAS de {{Bréhal}}. Elle a peur de perdre le terrain si ça se sait."),
    (CCAS, CSP, "Dans la voiture, l'agente me dit qu'en hiver les visites en altitude sont annulées une fois sur trois. Elle garde des chaînes dans le coffre, et un thermos. Aujourd'hui : grand soleil, {{2 visites}} au-dessus de {{1 200 m}}."),
    # ---- Urgences, accueil physique
    (URG, PHY, "Admission administrative, l'agente demande l'adresse au monsieur qui a le {{bras en écharpe}} : « [[ADRESSE:Le Moulin de Kerbleiz, 29390 Scaër]] ». Elle tape « [[ADRESSE:Kerbleis]] » avec un s, il corrige : « {{z à la fin}} ». Création de l'{{IPP}} [[IDENTIFIANT:2024117853]], l'agente le relit à voix haute pour vérifier."),
    (URG, PHY, "Touriste allemand, chute en VTT au-dessus des {{Houches}}. Adresse donnée : [[ADRESSE:Lindenstraße 14, 80331 München]]. Carte européenne d'assurance maladie n° [[IDENTIFIANT:80276005470012345678]]. L'agente parle anglais, lui allemand, ça passe. Accueil à l'{{hôpital de Sallanches}}, {{40 min}} d'attente."),
    (URG, PHY, "{{14 patients}} en salle d'attente à {{21h}}. Écran : temps d'attente estimé {{4h30}}. Un monsieur demande s'il peut aller fumer, l'agent ([[PERSONNE:Yohann]]) dit oui mais « si on vous appelle et que vous n'êtes pas là, vous repassez derrière »."),
    (URG, PHY, "IOA (infirmière d'accueil), [[PERSONNE:Sophie]], trie une dame âgée amenée par les pompiers de {{Riom}}. Née le [[DATE_NAISSANCE:1er avril 1941]]. Elle vient de l'{{EHPAD Les Hortensias}}, {{chambre 18}}. Chute nocturne, pas de fracture apparente, mais elle est sous anticoagulants : tri {{3}}."),
    (URG, PHY, "« [[PERSONNE:Le Grand]] », un habitué, SDF, connu de tout le service. L'agent d'accueil l'appelle par son surnom. Il vient pour des pieds abîmés. Il dort derrière la {{gare de Saint-Brieuc}}, côté {{rue de la Gare}}. Ils lui donnent un café en attendant."),
    (URG, PHY, "Patient arrivé seul en voiture depuis son exploitation, [[ADRESSE:Les Chazeaux, 15110 Chaudes-Aigues]], main coupée par une tronçonneuse, {{1h15}} de route jusqu'à {{Saint-Flour}}. L'agente dit que c'est courant : « ils viennent quand ils ont fini la traite »."),
    (URG, PHY, "Saisonnier, studio de fonction : [[ADRESSE:résidence Le Hameau des Airelles, bât. 2, studio 214, 73150 Val-d'Isère]]. Fracture du poignet. Il n'a pas sa {{carte Vitale}}, l'agente le crée en « identité provisoire ». Il est transféré au {{CH de Bourg-Saint-Maurice}}."),
    (URG, PHY, "L'accueil des urgences de l'{{hôpital Yves-Le Foll}} : {{2 guichets}}, une seule agente la nuit. Elle fait aussi le standard. Entre {{minuit}} et {{2h}} elle a fait {{9 admissions}} et répondu à {{22 appels}}."),
    (URG, PHY, "Jeune femme, demandeuse d'asile, récépissé n° [[IDENTIFIANT:3519872406]]. Hébergée au {{CADA}} de {{Lannion}}, {{chambre 6}}. Interprète par téléphone ({{ISM Interprétariat}}, {{15 min}} d'attente pour avoir quelqu'un en tigrinya). L'agente patiente."),
    (URG, PHY, "Accident de la route sur la {{RN 12}} vers {{Guingamp}}. Les pompiers amènent le conducteur. Un gendarme au guichet donne la plaque de la voiture pour le dossier : [[IMMATRICULATION:EF-731-RA]]. L'agente dit qu'elle n'en a pas besoin, le gendarme insiste."),
    (URG, PHY, "la maman d'un petit de {{4 ans}} (né le [[DATE_NAISSANCE:17/05/2021]]), fièvre depuis {{3 jours}}, elle a appelé le {{15}} qui lui a dit de venir. Attente {{2h}}. Le petit joue avec les chaises. Le pédiatre de garde (Dr [[PERSONNE:Hamel]] ? non, Dr [[PERSONNE:Haddad]]) passe le voir."),
    (URG, PHY, "homme alcoolise, agite, {{3h du mat}}. vigile s'approche, agente reste calme. il veut qu'on appelle sa mere, donne un num : [[TELEPHONE:06 12 75 30 68]]. pas de reponse. s'endort sur le brancard au bout de {{20 min}}"),
    (URG, PHY, "Admission d'un pêcheur, le bateau est rentré au port du {{Guilvinec}} en urgence. Il vit à bord en semaine, chez sa compagne le week-end : [[ADRESSE:3 hent Penn ar Roz, 29730 Treffiagat]]. Carte Vitale ok. L'agente dit que « les marins, c'est l'{{ENIM}}, pas la Cpam »."),
    (URG, PHY, "Patiente transférée du {{CH de Landerneau}} vers le {{CHU de la Cavale Blanche}}. L'ambulancier donne le dossier, l'agente vérifie l'identité : Mme [[PERSONNE:Corre]], née [[PERSONNE:Quéméner]], le [[DATE_NAISSANCE:30/10/1952]]. Deux hôpitaux, deux {{IPP}}, elle fusionne les dossiers."),
    (URG, PHY, "Ce qui me frappe : l'affichage. Panneau « {{Urgences vitales}} » en rouge, « {{Consultations non programmées}} » en bleu, et la plupart des gens se mettent au mauvais endroit. L'agente passe son temps à les réorienter."),
    (URG, PHY, "Un homme qui vit en camping-car sur le parking de la {{plage du Sillon}} à {{Saint-Malo}}. Adresse déclarée : aucune, « mettez le camping-car ». L'agente met « sans domicile stable » et la plaque pour l'identifier : [[IMMATRICULATION:be-123-xk]] (minuscules sur l'écran). Infection au pied."),
    (URG, PHY, "Admission d'une adolescente, {{15 ans}}, accompagnée par une éducatrice du {{foyer de l'enfance}} de {{Caen}}. L'éducatrice ([[PERSONNE:Lucie Marchand]]) a l'autorisation de soins signée par l'{{ASE}}. L'agente vérifie la date de naissance : [[DATE_NAISSANCE:2010-02-08]], format bizarre sur le papier."),
    (URG, PHY, "Samedi soir à {{Chamonix}}, salle d'attente pleine de blessés de montagne en doudoune. Anglais, italien, japonais. Les agents ont une fiche de phrases en {{5 langues}} scotchée au guichet. Pas de personnel qui parle japonais."),
    (URG, PHY, "Un vieux monsieur attend sa femme depuis {{6 heures}} sur une chaise. Il vient de [[ADRESSE:Pen ar Hoat, 22160 Calanhel]] avec le {{VSL}}. Il ne sait pas comment rentrer : plus de VSL {{la nuit}}. L'agente appelle sa voisine, Mme [[PERSONNE:Le Cam]], au [[TELEPHONE:02.96.21.47.88]]. Elle vient le chercher."),
    # ---- Urgences, accueil téléphonique
    (URG, TEL, "La fille d'un patient appelle pour avoir des nouvelles. L'agente ne donne aucune {{info médicale}} au téléphone, elle vérifie juste qu'il est bien là : nom [[PERSONNE:Marcel Pouchard]], date de naissance [[DATE_NAISSANCE:5 septembre 1937]]. « Il est pris en charge, rappelez le service {{demain}} »."),
    (URG, TEL, "nuit, standard : {{11 appels}} en {{1h}}, dont {{4}} « c'est combien l'attente ? ». Réponse type : faites le {{15}}."),
    (URG, TEL, "Le Dr [[PERSONNE:Kervella]], généraliste à {{Plouescat}}, appelle pour adresser un patient : suspicion d'{{appendicite}}. Il donne son portable perso pour le rappel : [[TELEPHONE:06 80 14 93 27]]. L'agente transmet à l'{{urgentiste}}."),
    (URG, TEL, "Appel d'un EHPAD, l'{{EHPAD Korian Le Val Fleuri}}, qui veut savoir si une résidente va rentrer ce soir (ambulance à réserver). L'infirmière donne le nom : Mme [[PERSONNE:Heurtebise]]. L'agente transfère au box {{4}}."),
    (URG, TEL, "La gendarmerie de {{Murat}} appelle : accident de {{ski de fond}}, victime transportée par l'{{hélico}}. Ils donnent son identité et son adresse pour prévenir : [[PERSONNE:Julien Roussel]], [[ADRESSE:La Molède, 15300 Laveissière]]. L'agente crée le dossier avant l'arrivée."),
    (URG, TEL, "Une dame appelle parce que son mari, M. [[PERSONNE:Perrot]], a oublié ses {{lunettes}} aux urgences hier. L'agente va voir aux {{objets trouvés}}. Elles y sont. « Il passera les prendre ». Rien de plus. C'est {{un tiers}} des appels de l'après-midi, les objets perdus."),
    (URG, TEL, "Appel d'un jeune qui demande s'il doit venir pour une {{douleur thoracique}}. L'agente ne fait pas de {{régulation}}, elle le bascule immédiatement au {{SAMU}} et reste en ligne. Je ne m'y attendais pas, c'est sa consigne."),
    (URG, TEL, "{{Ambulances Guillou}} appellent pour la liste des {{sorties de la soirée}}. L'agente lit les noms : M. [[PERSONNE:Riou]], Mme [[PERSONNE:Tréguer]], M. [[PERSONNE:Salaün]]. Puis elle se rend compte que je suis là et baisse la voix."),
    (URG, TEL, "Un monsieur appelle depuis la {{Belgique}} : sa fille a été admise cette nuit après un accident à {{La Plagne}}. Il veut l'adresse des urgences pour venir : l'agente donne celle de l'hôpital, {{Moûtiers}}. Il laisse son numéro : [[TELEPHONE:+32 475 18 62 09]]."),
    (URG, TEL, "Une mère d'accueil appelle pour savoir si elle peut signer l'autorisation d'opérer l'enfant qu'elle accueille. Non, il faut l'{{ASE}} ou les parents. L'agente lui donne le numéro de la permanence du {{Conseil départemental}}. Elle s'excuse de ne pas pouvoir faire mieux."),
    # ---- CHRS / 115, accueil physique
    (CHRS, PHY, "Accueil de jour du CHRS, {{8h30}}. Douches, café, machine à laver. {{23 personnes}} passées avant {{10h}}. L'éducateur me dit que la moitié dorment dehors, l'autre moitié en voiture ou « chez des gens »."),
    (CHRS, PHY, "Entretien d'admission. M. [[PERSONNE:Sébastien Hervé]], {{44 ans}}, orienté par le {{SIAO}}, réf. SIAO [[IDENTIFIANT:SI-29-24-008731]]. Il sortait d'une location à [[ADRESSE:Kerlosquet, 29410 Pleyber-Christ]], expulsé en mars après {{8 mois}} d'impayés (il avait perdu son boulot à l'abattoir). Depuis : {{3 semaines}} chez un ami à {{Morlaix}}, puis sa voiture. L'éducatrice déroule le livret d'accueil : horaires, règlement, participation, référent. Il écoute, signe sans lire. Elle lui demande de lire quand même, il lit. Il pose une seule question : est-ce qu'il peut garder sa voiture sur le parking ? Oui. Il aura la {{chambre 12}} au {{CHRS Ty Glaz}}, l'éducatrice lui fait visiter, montre la laverie, la salle commune, le bureau des veilleurs. Dans le couloir il me dit : « j'aurais jamais cru ». Entretien de {{50 min}}."),
    (CHRS, PHY, "Mme [[PERSONNE:Diarra]] et ses {{3 enfants}} sont là depuis {{8 mois}}, dans un appartement diffus du CHRS : [[ADRESSE:résidence Bellevue, bât. F, 3e étage, appt 31, 14200 Hérouville-Saint-Clair]]. Elle vient signer le contrat de séjour renouvelé. L'éducateur ([[PERSONNE:Mathieu]]) explique la participation financière, {{10 %}} des ressources."),
    (CHRS, PHY, "Refusé à l'entrée : il a un chien ({{Oslo}}). Pas d'animaux au {{CHRS}}. 1re cause de refus d'après l'éducatrice, avant l'{{alcool}}."),
    (CHRS, PHY, "Permanence accueil, la travailleuse sociale aide un monsieur à remplir sa demande de logement social. Il donne son adresse de domiciliation : {{Secours catholique, 11 rue Pasteur}} à {{Cherbourg}}. Il dit qu'il vit « sous la tente, vers {{Tourlaville}} ». Son numéro unique de demandeur de logement social : [[IDENTIFIANT:050 24 17 003456]], elle le recopie sur le dossier."),
    (CHRS, PHY, "Une jeune femme, [[PERSONNE:Océane]], {{19 ans}}, sort de l'{{ASE}}. Elle dort dans la voiture de son copain, une [[IMMATRICULATION:CH-228-TN]] qu'elle montre sur le parking. Elle veut une place en {{FJT}}. L'éducatrice l'oriente vers le {{SIAO}} jeunes. Pour la joindre : pas de forfait, seulement {{Instagram}}, [[IDENTIFIANT:@oceane.brz22]]."),
    (CHRS, PHY, "Repas du midi au CHRS, j'y participe. {{32 couverts}}. Les résidents me demandent qui je suis, je dis « observatrice », un monsieur rit : « encore une ». On parle de foot, de la {{Ligue 1}}, de {{Guingamp}} qui remonte."),
    (CHRS, PHY, "Entretien : M. [[PERSONNE:Pierre-Yves Kerouédan]] vit dans un bateau désarmé en {{cale sèche}} au [[ADRESSE:chantier naval du Rohu, travée 4, 56100 Lanester]], sans eau ni électricité. Il veut un hébergement pour l'{{hiver}}. L'éducatrice hésite : est-ce qu'il est « {{sans abri}} » ? Il a un toit, en quelque sorte."),
    (CHRS, PHY, "L'éducatrice me fait visiter : {{24 places}}, {{6}} en diffus. Le bâtiment est une ancienne caserne de gendarmerie. Les chambres ont des noms d'îles bretonnes : {{Ouessant}}, {{Molène}}, {{Sein}}, {{Bréhat}}. La {{chambre Groix}} est en travaux."),
    (CHRS, PHY, "Un monsieur roumain, M. [[PERSONNE:Ion Popescu]], passeport n° [[IDENTIFIANT:057214896]], se présente pour une {{douche}} et un {{colis}}. Il travaille au noir dans le maraîchage près de {{Saint-Pol-de-Léon}}. L'éducateur lui parle de ses droits, il dit juste « merci, merci »."),
    (CHRS, PHY, "Visite de la référente {{SIAO}}, [[PERSONNE:Gaëlle Riou]], au CHRS. Point sur les sorties : {{4 personnes}} vont sortir vers du logement, dont une vers une pension de famille, la {{Maison Relais de Saint-Brieuc}}. Tout le monde est content, les places vont être réattribuées en {{48 h}}."),
    (CHRS, PHY, "La dame donne le numéro de son ex-bailleur pour récupérer le {{dépôt de garantie}}, [[TELEPHONE:02 33 57 41 22]] (un privé à {{Avranches}}, M. [[PERSONNE:Le Marchand]]). Elle vivait au [[ADRESSE:4 rue du Général-de-Gaulle, appt 2, 50300 Avranches]]. L'éducatrice écrit un {{courrier type}}."),
    (CHRS, PHY, "Entretien avec un couple, [[PERSONNE:Kevin]] et [[PERSONNE:Jessica]], arrivé de {{Clermont-Ferrand}} ; ils dormaient dans une cabane de chantier sur un terrain vague près de l'{{A75}}. L'éducateur n'arrive pas à savoir pourquoi ils sont venus jusqu'à {{Aurillac}}. Ils parlent d'un ami qui leur a promis du travail."),
    (CHRS, PHY, "M. [[PERSONNE:Nabil Hadj]] montre sa carte de séjour, n° [[IDENTIFIANT:1302457986]], elle expire dans {{15 jours}}. Il a rdv à la préfecture de {{Quimper}} mais pas d'argent pour le train. L'éducatrice lui donne un ticket {{TER}}. Il a une boîte mail : [[EMAIL:nabil.hadj.pro@gmail.com]]."),
    (CHRS, PHY, "{{Accueil de jour}}. Un ancien résident revient dire bonjour, il est en logement à la [[ADRESSE:résidence Les Mimosas, escalier B, porte 7, 22000 Saint-Brieuc]] depuis {{un an}}. Les éducateurs le félicitent. Il apporte un gâteau. Moment très chouette 😊"),
    (CHRS, PHY, "Un homme arrive avec une lettre d'{{huissier}}, audience d'expulsion de son ancien logement, RG [[IDENTIFIANT:24/01873]]. Il est déjà parti, il dort au {{CHRS}}. L'éducatrice appelle l'{{avocat de permanence}}. Il ne comprend pas pourquoi on le poursuit encore."),
    # ---- CHRS / 115, accueil téléphonique
    (CHRS, TEL, "{{115}}, {{21h10}}. Un homme appelle depuis une cabine ? non, depuis le portable d'un passant. Prénom donné : [[PERSONNE:Fred]]. Il est « devant la {{gare de Rennes}}, côté sud ». L'écoutante n'a plus de place, elle lui propose un duvet avec la maraude du {{Samu social}} à {{22h30}}. Il accepte."),
    (CHRS, TEL, "Appel {{115}} : une femme et sa fille de {{6 ans}} dorment dans leur voiture sur le parking du {{Leclerc}} de {{Vitré}}. Plaque notée pour que la maraude les trouve : [[IMMATRICULATION:GJ-047-WS]]. Mise à l'abri à l'{{hôtel Ibis Budget}} de {{Vitré}}, {{chambre 19}}."),
    (CHRS, TEL, "L'écoutante ([[PERSONNE:Aurélie]]) tape tout dans le logiciel {{SI-SIAO}} pendant l'appel, sans quitter le casque. Elle dit que c'est le {{14e}} appel de la même personne cette semaine."),
    (CHRS, TEL, "Appel d'un monsieur qui dort dans sa {{tente}} au [[ADRESSE:camping de Penhoat, emplacement 33, 29830 Ploudalmézeau]], mais le camping ferme le {{30 septembre}}. Il demande ce qu'il va faire après. L'écoutante prend son nom, [[PERSONNE:Didier Prigent]], et son numéro : [[TELEPHONE:06 29 84 15 70]]."),
    (CHRS, TEL, "Le 115 de nuit ce soir : {{3 écoutants}}, {{87 appels}} entre {{18h}} et {{minuit}}, {{11}} mises à l'abri. Les autres : « pas de place », « rappelez demain à {{9h}} ». L'écoutant me dit qu'il a honte de dire ça."),
    (CHRS, TEL, "Une jeune femme appelle, elle est hébergée chez une copine à {{Morlaix}} mais doit partir {{ce soir}}. Elle donne sa date de naissance pour l'inscription : [[DATE_NAISSANCE:11.07.2004]]. Nom : [[PERSONNE:Léa Goasdoué]]... elle épelle : [[PERSONNE:G O A S D O U É]]."),
    (CHRS, TEL, "Appel d'un homme de {{60 ans}} qui vit dans une caravane sans roues au [[ADRESSE:lieu-dit Le Bas Pommeret, 22120 Yffiniac]]. La caravane a brûlé cette nuit. Il est chez le voisin. L'écoutant contacte la mairie d'{{Yffiniac}} pour un logement d'urgence."),
    (CHRS, TEL, "Appel de la gendarmerie de {{Carhaix}} : ils ont un monsieur sans hébergement qui ne veut pas aller au {{115}} « en ville ». L'écoutante n'a rien dans le {{Centre-Bretagne}}, la place la plus proche est à {{Quimper}}, {{1 h}} de route. Ils négocient."),
    (CHRS, TEL, "Appel : « je suis sous le pont de la {{Vilaine}}, près du {{Mail François-Mitterrand}} ». L'écoutante connaît l'endroit, c'est un point de maraude. Elle note. L'homme ne veut pas donner son nom, elle met « inconnu, {{50 ans}} environ »."),
    (CHRS, TEL, "Un travailleur social de l'hôpital de {{Saint-Lô}} appelle pour une sortie d'hospitalisation, M. [[PERSONNE:Lecomte]], né le [[DATE_NAISSANCE:3 janvier 1967]], sans domicile. Il demande une place de {{lits halte soins santé}}. Liste d'attente : {{3 semaines}}."),
    (CHRS, TEL, "Une dame appelle pour son fils, il est à l'{{hôtel Le Relais}} à {{Fougères}} payé par le {{115}} depuis {{5 nuits}}. Elle veut savoir combien de temps ça peut durer. L'écoutant ne peut pas répondre. Elle donne son mail pour être tenue au courant : [[EMAIL:mireille.h35@wanadoo.fr]]."),
    (CHRS, TEL, "Appel à {{3h}} : un homme qui vit sur un bateau au [[ADRESSE:port du Légué, ponton C, anneau 42]] à {{Plérin}}, le bateau prend l'eau. Il veut un abri pour la nuit. L'écoutante envoie l'équipe mobile. Le bateau s'appelle le {{Tro Breizh}}, il insiste pour le dire."),
    (CHRS, TEL, "Appel d'un gars qui dort dans un squat, « l'ancienne usine {{Bridor}} », il veut une douche. L'écoutant lui donne les horaires de l'accueil de jour. {{2 min}}. Il rappellera."),
    (CHRS, TEL, "{{115}} de la {{Haute-Savoie}}. Une femme enceinte, [[PERSONNE:Aminata Sow]], appelle d'{{Annemasse}}. Elle dormait chez un compatriote, [[ADRESSE:12 rue du Salève, 2e étage, 74100 Annemasse]], qui l'a mise dehors. Mise à l'abri immédiate, priorité. Rappel au [[TELEPHONE:07 53 21 98 64]]."),
    (CHRS, TEL, "appel de {{40 secondes}}, cris, raccroche. Noté « {{appel abandonné}} »."),
    (CHRS, TEL, "L'écoutant me montre la carte des places : {{Rennes}} saturé, {{Saint-Malo}} saturé, {{Redon}} {{1 place}} homme seul. Il appelle un monsieur qui attend depuis ce matin, [[PERSONNE:Christophe]], pour lui proposer Redon. [[PERSONNE:Christophe]] refuse, il n'a pas de quoi payer le train."),
    (CHRS, TEL, "Une maraudeuse appelle le {{115}} pour signaler un couple dans une tente dans le bois derrière la {{zone artisanale de Kerlann}}, juste derrière le {{Point P}}. L'écoutant inscrit « campement {{bois de Kerlann}} » et prévient la maraude."),
    # ---- CHRS, contrôle sur place (visites de chambres / logements)
    (CHRS, CSP, "Tour des chambres avec l'éducateur, vérification hebdomadaire (hygiène, sécurité). {{Chambre 4}} : bouilloire interdite, confisquée. {{Chambre 7}} : RAS. {{Chambre 9}} : le résident dort, on repasse."),
    (CHRS, CSP, "Visite dans un appartement diffus du {{CHRS}}, [[ADRESSE:27 rue de Châtillon, bât. B, 1er étage, 35200 Rennes]]. M. [[PERSONNE:Amadou Ba]] y vit avec un autre résident. Conflit sur le ménage. L'éducatrice fait un {{planning}} sur le frigo. Le voisin du dessus est venu se plaindre du bruit."),
    (CHRS, CSP, "Contrôle des chambres au {{CHRS L'Escale}} : dans la {{chambre 3}}, une résidente héberge en douce son compagnon. L'éducateur le trouve dans la salle de bain. Pas de drame, rappel du règlement. Le compagnon s'appelle [[PERSONNE:Jordan]], il repart avec son sac."),
    (CHRS, CSP, "Visite d'un logement en sous-location ({{bail glissant}}) : Mme [[PERSONNE:Nathalie Bellec]], [[ADRESSE:résidence Kerjaouen, bât. 2, appartement 14, 29000 Quimper]]. Tout est propre, elle a des plantes partout. Le bail doit glisser à son nom en {{janvier}}. Elle demande si {{Finistère Habitat}} va accepter."),
    (CHRS, CSP, "Visite de la maison-relais rurale du CHRS, à {{Rostrenen}}. {{8 studios}}. On frappe au {{studio 2}} (M. [[PERSONNE:Le Dantec]], absent), au {{studio 5}}. Les résidents ont un potager collectif. L'éducateur dit qu'ici les gens restent, il n'y a « nulle part où sortir »."),
    (CHRS, CSP, "Visite de contrôle de l'état d'un mobil-home d'insertion, [[ADRESSE:mobil-home 3, aire des Genêts, 56300 Pontivy]], que le CHRS loue pour un résident. Chauffage d'appoint au {{pétrole}}, dangereux. L'éducateur le remplace par un {{radiateur électrique}}. Résident : M. [[PERSONNE:Guillemot]]."),
    (CHRS, CSP, "Visite nocturne de sécurité ({{23h}}), le veilleur et moi. Couloirs silencieux. Un résident pleure dans la {{chambre 11}}, le veilleur frappe, reste {{10 min}}. Il me dit qu'il ne consigne pas tout dans le cahier."),
    (CHRS, CSP, "Visite à domicile d'un ex-résident, suivi post-hébergement : [[ADRESSE:La Garenne, 35190 Tinténiac]], petite maison louée à un particulier. Il a trouvé un {{CDI}} dans une laiterie ({{Lactalis}}). Il nous offre un café. L'éducatrice clôt le suivi."),
    (CHRS, CSP, "Contrôle des chambres avant la visite de la {{commission de sécurité}}. L'éducateur me montre les {{extincteurs}}, les détecteurs. Une chambre a un {{réchaud à gaz}}. Il est furieux : « on peut fermer pour ça ». Il n'en parlera pas au résident devant moi."),
    (CHRS, CSP, "Visite d'un appartement du CHRS à [[ADRESSE:Ker Anna, 2 bis rue de Pont-Aven, 29900 Concarneau]] (maison découpée en {{3 logements}}). Résidente : Mme [[PERSONNE:Karine Le Dû]]. Elle montre son nouveau contrat chez {{Intermarché}}, {{24 h}} par semaine. Elle pleure un peu, de joie."),
    (CHRS, CSP, "Visite au {{foyer Adoma}} de {{Saint-Lô}}, {{chambre 208}}, où vit M. [[PERSONNE:Bakary Camara]], suivi par le CHRS en accompagnement. Chambre minuscule, {{9 m²}}. Il cuisine sur une plaque. Il dit qu'il est bien, « au calme »."),
    # ---- France Travail, accueil physique
    (FT, PHY, "Inscription d'un jeune de {{19 ans}} à l'agence {{France Travail}} de {{Carhaix}}. Il vit chez ses grands-parents, [[ADRESSE:Kerbiquet, 29270 Cléden-Poher]]. Pas de permis, pas de bus. La conseillère ([[PERSONNE:Annaïg]]) lui parle de la {{Mission locale}} et de l'aide au permis. Identifiant créé : [[ID_FRANCE_TRAVAIL:4521873K]]."),
    (FT, PHY, "File d'attente à l'ouverture, {{8h45}} : {{12 personnes}} dehors sous la pluie, l'agence ouvre à {{9h}} pile. Le vigile fait entrer un par un. Les bornes sont à l'entrée, la moitié des gens viennent juste imprimer une attestation."),
    (FT, PHY, "M. [[PERSONNE:Jacky Lemonnier]], {{57 ans}}, licencié de l'abattoir de {{Sablé}} ? non, de {{Villers-Bocage}}. Il dicte son identifiant : [[ID_FRANCE_TRAVAIL:318 524 7B]]. Il vit au [[ADRESSE:Hameau de la Vallée, 14310 Tracy-Bocage]]. La conseillère cherche des offres à moins de {{30 km}} : {{3}}, toutes en horaires de nuit. Il dit que la nuit ça ne lui fait pas peur, c'est la route qui lui fait peur, l'hiver, sur la {{D 6}}. Elle élargit à {{40 km}} : {{7 offres}}, dont une en maintenance dans une fromagerie à {{Saint-Lô}}, {{38 km}}. Il fait la grimace. Elle lui parle aussi d'une formation courte de cariste, il en a déjà le {{CACES}}. Au final : {{2 candidatures}} envoyées depuis le bureau, CV refait ensemble (« j'en avais pas fait depuis {{1988}} »). {{40 min}}, beaucoup plus que le temps prévu."),
    (FT, PHY, "Saisonnière logée au [[ADRESSE:camping des Arolles, mobil-home 18, 74310 Les Houches]] pour la saison. Fin de contrat, elle veut s'inscrire et savoir si elle aura l'{{ARE}}. Le conseiller fait le calcul : {{6 mois}} travaillés, ouverture possible. Mail de contact : [[EMAIL:clara.vesin@outlook.fr]]."),
    (FT, PHY, "Atelier CV collectif, {{8 participants}}. Le modèle projeté au mur est au nom de « [[PERSONNE:Jean Martin]], {{35 ans}}, cariste ». Un participant demande si c'est un vrai. La conseillère rit : « non, c'est le modèle du logiciel »."),
    (FT, PHY, "Un monsieur (identifiant [[ID_FRANCE_TRAVAIL:8705162C]]) vient pour un trop-perçu de {{1 870 €}}. Il ne comprend pas. Le conseiller lit le courrier : reprise d'activité non déclarée chez {{Leroy Merlin}} en mars. Le monsieur dit qu'il l'a déclaré. Recherche dans le dossier, il l'a déclaré en avril. Recours à faire. En attendant la retenue continue sur son compte [[IBAN:FR7613335000400800447126078]]."),
    (FT, PHY, "Jeune femme, [[PERSONNE:Sarah Benhamou]], vit à l'hôtel avec son fils, {{Hôtel de la Gare}}, {{chambre 23}}, à {{Lisieux}}, en attendant un logement. Elle cherche un poste d'aide-soignante. La conseillère lui trouve l'offre {{184QXWT}} à l'{{EHPAD Les Pommiers}} de {{Lisieux}}."),
    (FT, PHY, "Agence de {{Saint-Flour}} : {{4 conseillers}} pour tout le nord du {{Cantal}}. La conseillère me dit que certains demandeurs font {{1 h}} de route pour un rdv de {{20 minutes}}. Elle fait beaucoup de rdv par téléphone « pour leur éviter ça »."),
    (FT, PHY, "Demande d'aide à la mobilité (carburant) pour aller à un entretien à {{Ussel}}. Le conseiller demande la carte grise : [[IMMATRICULATION:DF-902-LN]]. Il calcule les km depuis le domicile de M. [[PERSONNE:Chabrier]], [[ADRESSE:Le Mas de Chadefaux, 15270 Lanobre]]. {{94 km}} aller-retour, aide accordée."),
    (FT, PHY, "Un voyageur, M. [[PERSONNE:Steeve Reinhardt]], inscrit depuis {{2 ans}}, vit sur l'[[ADRESSE:aire d'accueil de Bel-Air, emplacement 21, 50000 Saint-Lô]]. Il veut créer son entreprise d'élagage. Le conseiller lui parle de l'{{ACRE}} et de la {{BGE}}. Identifiant [[ID_FRANCE_TRAVAIL:6632918N]]."),
    (FT, PHY, "L'agence est à côté de l'arrêt {{Gare SNCF}} ; les demandeurs qui viennent de {{Kerfeunteun}} prennent le bus {{ligne 3}} qui passe {{rue de Brest}}. La conseillère me dit que le réseau a changé et qu'elle voit plus de retards depuis."),
    (FT, PHY, "Inscription de M. [[PERSONNE:Karim Boudjema]], né le [[DATE_NAISSANCE:02/07/1979]] en {{Algérie}}, NIR [[NIR:1 79 07 99 352 031 96]]. Il a travaillé {{12 ans}} chez {{Michelin}} à {{Clermont-Ferrand}} et il a été licencié. Il pose des questions précises sur le {{CSP}} (contrat de sécurisation professionnelle)."),
    (FT, PHY, "Cons. [[PERSONNE:Fabienne]] : {{80 DE}} en portefeuille (DE = demandeurs d'emploi). Elle en connait vraiment {{20}}. Les autres = mails + {{RDV}} annuel. ➡️ suivi « à distance » de fait."),
    (FT, PHY, "Un homme vient déclarer son changement d'adresse : il quitte la [[ADRESSE:résidence Le Cotentin, bât. A, porte 12, 50100 Cherbourg-en-Cotentin]] pour vivre {{chez sa sœur}} à {{Valognes}}. Il n'a pas encore l'adresse exacte. La conseillère met l'adresse de la sœur « {{à compléter}} »."),
    (FT, PHY, "Réunion d'info collective sur les métiers de l'agriculture, {{GAEC}} et {{CUMA}} du secteur. {{15 personnes}}. Un éleveur, M. [[PERSONNE:Gautier]] du {{GAEC des Trois Chênes}}, est venu parler, il cherche un salarié pour la traite à {{La Chapelle-Janson}}. Personne ne lève la main."),
    (FT, PHY, "La conseillère photocopie la pièce d'identité d'une dame pour la mise à jour du dossier : carte nationale d'identité n° [[IDENTIFIANT:140563201458]]. Mme [[PERSONNE:Hélène Cadiou]], {{52 ans}}, reconversion vers le secrétariat médical. Elle vise une formation à l'{{AFPA}} de {{Brest}}."),
    (FT, PHY, "Un jeune veut s'inscrire en {{CEJ}}. Il a une adresse de domiciliation au {{CCAS}} de {{Plérin}} et dort dans un squat. La conseillère demande son numéro : [[TELEPHONE:07 66 45 20 81]]. Il dit que le téléphone est à sa copine."),
    (FT, PHY, "Entretien de suivi, IBAN à mettre à jour pour l'{{ARE}} : [[IBAN:FR76 1600 6350 2140 0215 8764 333]] ({{Crédit Agricole}}). La conseillère (gentille, [[PERSONNE:Isabelle]]) note aussi le nouveau mail du demandeur : [[EMAIL:t.jouan[at]laposte.net]]. M. [[PERSONNE:Thomas Jouan]]."),
    (FT, PHY, "Un monsieur vit dans un {{hameau d'alpage}} l'été ([[ADRESSE:chalet de la Pierra, Le Planay, 73350 Champagny-en-Vanoise]]) et redescend à {{Moûtiers}} l'hiver. Il veut savoir quelle adresse déclarer. Le conseiller : la {{résidence principale}}, celle de {{Moûtiers}}, où il passe {{8 mois}} par an."),
    (FT, PHY, "Ce qui me frappe : les gens viennent avec des {{pochettes plastique}} pleines de papiers, et le conseiller ne regarde presque rien, tout est déjà dans le {{dossier numérique}}. Les gens se sentent pas écoutés. « J'ai apporté tout ça pour rien ? »"),
    # ---- France Travail, accueil téléphonique
    (FT, TEL, "Appel au {{3949}}. Une dame de {{Gourin}} : elle n'arrive pas à actualiser, son identifiant [[ID_FRANCE_TRAVAIL:2290014F]] est « bloqué ». Le conseiller réinitialise le mot de passe. Elle le note sur un papier, « je le mets dans le porte-monnaie »."),
    (FT, TEL, "Rdv téléphonique de suivi avec M. [[PERSONNE:Olivier Maillard]], {{41 ans}}, qui vit dans un camping-car, en ce moment sur l'aire de {{Lanildut}}. La conseillère lui demande s'il a une adresse : domiciliation à l'{{UDAF}} de {{Brest}}. Il cherche dans la pêche."),
    (FT, TEL, "Appel : un employeur, {{Boulangerie Le Fournil de Ploudiry}}, veut déposer une offre pour un apprenti. Le conseiller prend l'offre en {{8 min}}. Numéro d'offre {{186NBKL}}. Le patron, M. [[PERSONNE:Kerdraon]], donne son mail : [[EMAIL:yann.kerdraon29@gmail.com]]."),
    (FT, TEL, "Appel sortant, la conseillère rappelle un demandeur à son {{numéro fixe}} [[TELEPHONE:02 99 97 14 63]]. C'est la mère qui répond, {{le fils dort}}. {{11h15}}. La conseillère laisse un message pour qu'il rappelle."),
    (FT, TEL, "Un demandeur appelle, furieux : radié pour absence à un {{rdv}}. Il dit que la convocation est partie à son ancienne adresse, [[ADRESSE:lieu-dit La Rivière, 63600 Ambert]], alors qu'il vit maintenant en ville. Le conseiller vérifie : le changement d'adresse n'a jamais été enregistré. {{Radiation annulée}}."),
    (FT, TEL, "Plateau {{3949}}, {{14h}}-{{16h}} : {{19 appels}}. Thèmes : actualisation ({{8}}), paiement ({{6}}), attestation employeur ({{3}}), autres. Durée moyenne {{7 min}}. Un seul appel en anglais."),
    (FT, TEL, "Le demandeur donne son identifiant en lettres et chiffres : « [[ID_FRANCE_TRAVAIL:sept, huit, un, quatre, cinq, zéro, deux, et la lettre H]] ». Le conseiller tape [[ID_FRANCE_TRAVAIL:7814502H]]. Nom : [[PERSONNE:Mickaël Le Hir]]. Il appelle pour une {{formation cariste}} à {{Landivisiau}}."),
    (FT, TEL, "Appel d'une dame qui vit avec son mari à l'{{hôtel Le Beauséjour}}, [[ADRESSE:18 avenue de Royat, 63400 Chamalières]], depuis leur expulsion (hôtel à l'année). Ils ont une chambre, l'hôtel reçoit le courrier. Elle veut savoir si son {{ASS}} continue. Oui."),
    (FT, TEL, "Un monsieur appelle pour sa femme, qui est sourde. Le conseiller propose le service en visio avec interprète {{LSF}} ({{Elioz}}). Le monsieur ne connaissait pas. Rdv pris pour {{jeudi}}. Il donne son numéro : [[TELEPHONE:06.44.18.37.92]]."),
    (FT, TEL, "Rdv téléphonique : le conseiller oublie de couper son {{micro}} pendant qu'il cherche dans le dossier, on entend ses collègues parler du {{repas de Noël}}. Le demandeur, M. [[PERSONNE:Goubin]], rit. Ça détend. Ensuite il redonne son identifiant pour vérif : [[ID_FRANCE_TRAVAIL:3360419D]]."),
    (FT, TEL, "Appel d'une jeune femme, [[PERSONNE:Laura Fontaine]], née le [[DATE_NAISSANCE:19 mars 2002]], qui veut {{se réinscrire}}. Son ancien identifiant [[ID_FRANCE_TRAVAIL:9043317R]] est clôturé. Le conseiller le réactive en {{2 min}}. Elle habite désormais au [[ADRESSE:11 lotissement Les Genêts, 56320 Le Faouët]]."),
    # ---- compléments (écrits après coup, mêmes cellules)
    (CAF, CSP, "Contrôle chez Mme [[PERSONNE:Ruel]], [[ADRESSE:ferme de Lavaur, 43500 Craponne-sur-Arzon]], allocataire {{RSA}} + {{APL}}, n° alloc [[N_ALLOCATAIRE:5093814]]. Le contrôleur vérifie que le compte où sont versées les prestations est bien à son nom : [[IBAN:FR76 1100 6000 5052 1478 9630 187]]. Réponse : c'est un compte joint avec l'ex 🙄. Il faudra un nouveau RIB. La voiture de l'ex ([[IMMATRICULATION:1287 TR 43]]) est toujours dans la grange, « il vient la chercher quand il veut »."),
    (CPAM, CSP, "Contrôle d'arrêt de travail, Mme [[PERSONNE:Lefranc]], [[ADRESSE:résidence La Guérinière, bât. Les Érables, appt 207, 14000 Caen]]. Présente. L'agent relit le NIR de l'avis d'arrêt, [[NIR:2 71 06 14 118 356 03]] (née en [[DATE_NAISSANCE:juin 71]] à {{Caen}}, ça colle). Elle en profite pour donner son nouveau RIB pour les {{IJ}} : [[IBAN:FR7630003015900005078124464]]. L'agent dit que ce n'est pas son rôle mais il transmettra. Sa voiture [[IMMATRICULATION:GA-651-EY]] est au garage, d'où sa présence à pied."),
    (CCAS, PHY, "Aide financière exceptionnelle de {{150 €}} votée en {{commission}} pour Mme [[PERSONNE:Fatima Ezzahri]], [[ADRESSE:cité de la Gare, maison 6, 63300 Thiers]]. L'agente lui explique que ce sera un {{virement}}, elle recopie l'IBAN : [[IBAN:FR76 1450 5000 0108 1236 9874 533]]. Elle vérifie le quotient avec le n° allocataire [[N_ALLOCATAIRE:8264019]]. Mme remercie cinq fois."),
    (CCAS, TEL, "Appel de la fille d'une dame de {{66 ans}} qui vit seule au [[ADRESSE:hameau des Côtes, 74450 Le Grand-Bornand]] : dossier d'{{APA}} à monter. L'agent demande la date de naissance de la mère ([[DATE_NAISSANCE:18/07/1959]], née à {{Bastia}}) et son numéro de sécu : [[NIR:2 59 07 2B 033 061 46]]. Il enverra le dossier par mail à la fille : [[EMAIL:celine.orsini74@yahoo.fr]]."),
    (CCAS, TEL, "Aide au chauffage ({{fioul}}). Le monsieur, M. [[PERSONNE:Le Strat]], vit au [[ADRESSE:Moulin de Keranna, 56320 Priziac]], « au bout du chemin après le {{lavoir}} ». Il dicte son numéro allocataire, [[N_ALLOCATAIRE:1457302]], puis son IBAN chiffre par chiffre : [[IBAN:FR76 1027 8360 1900 0201 4890 181]]. L'agente relit tout. {{17 minutes}}."),
    (URG, TEL, "Un fils appelle : son père, en vacances chez lui à {{Bénodet}}, a été emmené par l'ambulance ce matin. Le père est né en {{Corse}}, à {{Ajaccio}}, en [[DATE_NAISSANCE:avril 55]]. Le fils lit le numéro de sécu sur la {{carte Vitale}} : [[NIR:1 55 04 2A 004 019 62]]. L'agente complète le dossier. Le fils laisse son mail pour les papiers de sortie : [[EMAIL:f.santoni@sfr.fr]]."),
    (URG, TEL, "Une dame appelle pour contester le {{forfait patient urgences}} de {{19,61 €}} reçu par courrier. Facture n° [[IDENTIFIANT:FPU-2024-118736]]. Elle donne sa date de naissance ([[DATE_NAISSANCE:9 février 1983]]) et son NIR [[NIR:2 83 02 43 157 230 46]]. L'agente n'y peut rien, elle donne le numéro du service facturation, {{poste 4417}}."),
    (FT, TEL, "Inscription par téléphone d'un jeune de {{28 ans}}, [[PERSONNE:Romain Faure]], qui vit à l'année au [[ADRESSE:camping Les Mélèzes, chalet 12, 05200 Embrun]]. NIR [[NIR:1 97 06 05 061 143 72]] (né à {{Gap}}). Identifiant attribué [[ID_FRANCE_TRAVAIL:1192846S]]. Mail : [[EMAIL:romain.faure05@gmail.com]]. Il cherche dans les remontées mécaniques, saison à {{Risoul}}."),
    (FT, TEL, "Appel d'une demandeuse espagnole installée à {{Annecy}}, identifiant [[ID_FRANCE_TRAVAIL:6048821M]]. Elle veut que l'{{ARE}} soit versée sur son compte espagnol : [[IBAN:ES98 2038 5778 9830 0076 0236]]. Le conseiller dit oui, zone {{SEPA}}, mais il faut le RIB scanné dans l'espace personnel. Elle parle très bien français, elle rit de mon accent quand je dis bonjour."),
    (CHRS, CSP, "Tour des chambres, {{chambre 14}} : M. [[PERSONNE:Yoann Le Roy]] a tous ses papiers dans une boîte à chaussures. L'éducateur l'aide à trier : attestation de droits avec le NIR [[NIR:1 88 04 29 019 512 45]], courrier {{France Travail}} avec l'identifiant [[ID_FRANCE_TRAVAIL:2759034L]], deux lettres d'huissier. On range ensemble. Il dit que c'est la première fois qu'on l'aide à ça."),
    (CHRS, CSP, "Visite de l'appartement-relais du CHRS au-dessus de l'ancienne poste, [[ADRESSE:1er étage, 2 place de l'Église, 22160 Callac]]. M. [[PERSONNE:Jean-Claude Morvan]] y vit depuis {{6 mois}}. L'éducatrice fait signer l'autorisation de prélèvement pour la participation : [[IBAN:FR76 1250 6610 0056 4123 0987 184]]. Son n° allocataire [[N_ALLOCATAIRE:3028467]] pour l'{{APL}}. Le poêle à bois fume, on ouvre la fenêtre."),
    # ---------------------------------------------------------------- END OF NOTES
]
# fmt: on

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(raw):
    """Strip the marks of one hand-written note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(raw):
        before = raw[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {raw[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip() or not value:
            raise ValueError(f"blank around {value!r} in {raw[:60]!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {raw[:60]!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        text, entities, keep = parse(raw)
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
    """Shuffle each site kind × channel cell and halve it; share the leftovers by one more draw."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for key in sorted(cells):
        ids = list(cells[key])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    assert len(notes) == 240, len(notes)
    dev, holdout = split(notes)
    assert len(dev) == len(holdout) == 120 and not dev & holdout
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev notes, {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
