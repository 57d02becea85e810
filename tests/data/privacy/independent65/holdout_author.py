"""Source of the independent65 evaluation notes, written by hand (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. Running this module strips the marks, computes
the offsets (Python string indices, end exclusive), numbers the notes ``ind65-001`` ... in writing
order, draws the dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.

    python holdout_author.py            # write dev.jsonl and holdout.jsonl
    python holdout_author.py --counts   # also print the count tables used in README.md
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind65"
SEED = 65

LABELS = (
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
)

# Batch 1 (ind65-001 ... ind65-034)
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h10}} {{Caf}} {{Roubaix}}, accueil. Mme [[PERSONNE:Kaczmarek]] vient pour un trop-perçu d'{{APL}} de {{412 €}}, elle comprend pas pourquoi. L'agente ([[PERSONNE:Nadège]]) ouvre le dossier, n° alloc [[N_ALLOCATAIRE:4418207]] : changement de situation pas déclaré, le fils ([[PERSONNE:Dylan]], {{19 ans}}) a commencé un {{CDD}} chez {{Leroy Merlin}} en septembre. Elle pleure un peu. Plan de remboursement à {{30 €}}/mois proposé, elle signe.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel {{France Travail}} {{Pau}}. {{14h}}-{{14h40}} : {{6 appels}}, dont 4 pour l'actualisation qui 'marche pas' sur l'appli. Le conseiller répète la même chose à chaque fois : se déconnecter, vider le cache, réessayer. Il me dit qu'en fin de mois c'est {{200 appels}} par jour pour l'équipe.",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES CH {{Lens}}, IOA (infirmière d'accueil). Homme {{62 ans}}, douleur thoracique. Pas de {{carte vitale}}, il récite son numéro de sécu par cœur : [[NIR:1 62 11 62 498 168 94]]. L'infirmière ([[PERSONNE:Sophie]]) tape, ça matche. Il s'appelle [[PERSONNE:Bernard Wojcik]], ancien mineur, né en [[DATE_NAISSANCE:novembre 62]] d'après le logiciel. Tri en {{10 min}}, ECG direct. Sa femme ([[PERSONNE:Danuta]]) attend dehors avec le chien, {{Rocky}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Cpam, plateforme {{3646}}. Une dame de {{Mérignac}} veut changer son adresse mail sur {{Ameli}}, elle a perdu l'accès à l'ancienne. Elle épelle la nouvelle : [[EMAIL:c.lafargue33 arobase orange point fr]]. Le téléconseiller ([[PERSONNE:Yannick]]) lui dit qu'il peut pas le faire au tel, faut passer par 'mon compte' ou venir en agence. Elle raccroche pas contente. Durée {{7 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écoute {{115}} du Nord, {{23h05}}. Appel d'un homme qui dort dans sa voiture sur le parking du {{Auchan}} de {{Faches-Thumesnil}}, avec sa compagne enceinte de {{7 mois}}. Voiture : une {{Clio}} grise immat [[IMMATRICULATION:FK-218-VD]]. L'écoutante ([[PERSONNE:Lydie]]) demande les prénoms : [[PERSONNE:Anthony]] et [[PERSONNE:Jennifer]]. Pas de place ce soir, elle passe le signalement à la maraude.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Besançon}}, permanence aide facultative. File de {{8 personnes}} à l'ouverture ({{8h30}}). Beaucoup de demandes de colis alimentaires et de bons chauffage. L'agente me dit que depuis l'hiver dernier c'est {{+30 %}}. Affiche sur le mur : '{{Épicerie solidaire}} le {{mardi}} et le {{jeudi}}'.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Tourcoing}} agence {{Blanc-Seau}}. Jeune de {{22 ans}}, [[PERSONNE:Ilyes Benhamou]], radié pour absence à un RDV qu'il dit jamais avoir reçu. Identifiant [[ID_FRANCE_TRAVAIL:3198754L]]. La conseillère, Mme [[PERSONNE:Vandamme]], vérifie : le courrier est parti sur l'espace perso, il se connecte jamais. Réinscription faite en {{15 min}}, {{CEJ}} proposé, il dit qu'il va réfléchir.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Marseille}}, accueil sur RDV. Monsieur [[PERSONNE:Hovhannisyan]], arrivé d'{{Arménie}}, demande la {{C2S}}. Il a son titre de séjour, n° [[IDENTIFIANT:1302458796]], et un relevé bancaire. Agent : [[PERSONNE:Farid]]. Il manque l'avis d'imposition, donc RDV reporté. Le monsieur parle bien français mais les mots administratifs non ('quotient', 'ressources'), [[PERSONNE:Farid]] reformule à chaque fois sans s'agacer.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place {{Caf}}, {{Dunkerque}} quartier {{Basse-Ville}}. Contrôleur : [[PERSONNE:Hervé]]. On va chez Mme [[PERSONNE:Ramdani]], [[ADRESSE:27 rue du Leughenaer, 59140 Dunkerque]]. Suspicion de vie maritale (un homme vu plusieurs fois). Dans l'appart : 2 brosses à dents, une veste d'homme. Elle dit que c'est son frère [[PERSONNE:Samir]] qui passe garder les enfants. [[PERSONNE:Hervé]] note tout, pas de jugement devant elle. Dossier [[N_ALLOCATAIRE:5920613]]. Durée {{1h10}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{CHU}} {{Purpan}} ({{Toulouse}}) - pas vraiment d'accueil tel, mais le standard transfère les appels des familles. {{3 appels}} en {{20 min}} : 'est-ce que mon père est encore aux urgences ?'. La secrétaire peut rien dire au tel sans savoir qui appelle. Elle répond toujours la même phrase, très calme. Sur l'écran : {{47 patients}} présents, attente moyenne {{5h12}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Calais}} (asso {{La Vie Active}}). Entretien d'admission : [[PERSONNE:Hawa Diabaté]], {{34 ans}}, 2 enfants ({{5 ans}} et {{18 mois}}), orientée par le {{SIAO}}, réf [[IDENTIFIANT:SIAO-62-2024-08817]]. Elle vient de {{Boulogne-sur-Mer}}, violences conjugales. L'éducatrice ([[PERSONNE:Coralie]]) lui fait visiter : {{chambre 14}}, sanitaires partagés. [[PERSONNE:Hawa]] demande si le père peut savoir où elle est. Réponse : non, adresse confidentielle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Lyon}} {{7e}}, rappel d'un demandeur qui a laissé un msg. Le conseiller compose le numéro lu dans le dossier, à voix haute pour moi : [[TELEPHONE:zéro sept, quarante-deux, dix-huit, soixante-six, zéro trois]]. Répondeur. Il laisse un message et note 'tentative 1'. Il m'explique : {{3 tentatives}} avant de clôturer la demande de rappel.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de l'Hérault}}, téléphone. Allocataire qui veut changer de banque pour le versement du {{RSA}}. Nouveau RIB dicté : [[IBAN:FR76 1627 5006 0008 8943 4510 421]]. La téléconseillère ([[PERSONNE:Manon]]) dit qu'il faut le déposer sur {{caf.fr}}, pas au tel (sécurité). Le monsieur : 'mais je vous le donne là !'. Il habite {{Béziers}}, quartier de {{La Devèze}}. Num alloc [[N_ALLOCATAIRE:2207395]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Strasbourg}}, standard. Une dame demande si on peut l'aider à payer sa facture d'eau. Orientation vers le {{FSL}} et RDV physique proposé {{lundi 14h}}. Ça dure {{4 minutes}}, tout est calme. L'agent me dit que l'été c'est surtout le registre {{canicule}} (personnes isolées à appeler).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urg. {{Valenciennes}}, {{2h}} du mat. Ado ramené par les pompiers, alcoolisé, [[PERSONNE:Enzo]] qqch, {{16 ans}}. Pas de papiers. Les pompiers ont noté : [[PERSONNE:Enzo Lemaire]], né le [[DATE_NAISSANCE:03/02/2009]]. Création d'un IPP [[IDENTIFIANT:V2500318842]]. L'infirmier ([[PERSONNE:Jérémy]]) appelle la mère, elle est déjà en route. Personne ne juge, ils disent que le {{samedi}} c'est 3 ou 4 comme lui.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail (agent de la {{Cpam de l'Artois}}), {{Béthune}}, quartier du {{Mont-Liébaut}}. On sonne chez M. [[PERSONNE:Dhondt]], [[ADRESSE:8 allée des Peupliers, 62400 Béthune]]. Il est là, en pyjama, lombalgie. Sorties autorisées {{9h-11h}} et {{16h-18h}}, il est {{14h20}} donc il doit être là, il l'est. Contrôle {{5 minutes}}. L'agent ([[PERSONNE:Pascal]]) : 'la plupart du temps, les gens sont là'.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{La Réunion}}, agence {{Saint-Paul}}. Mme [[PERSONNE:Hoarau Marie-Josée]] (elle se présente nom d'abord) vient pour la {{prime de naissance}}. Bébé né il y a {{3 semaines}}. Elle donne son tel : [[TELEPHONE:0692 41 87 03]]. L'agent parle créole avec elle, repasse au français pour me traduire. Attente {{45 min}}, il fait {{31°}} dans la salle, ventilo en panne.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Lens}}, atelier CV ({{6 participants}}). La conseillère ([[PERSONNE:Aurélie Bauduin]]) projette un CV modèle au nom de '[[PERSONNE:Kevin Martin]]', magasinier, {{CACES}} 1, 3, 5. Un participant, [[PERSONNE:Steeve]], dit 'on dirait moi'. Rires. Les gens prennent des notes sur papier. Personne n'a de clé USB.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile {{CHRS}} (logement diffus), {{Nantes}} {{Bellevue}}. Travailleur social : [[PERSONNE:Gwenaël]]. Appart {{T2}} occupé par M. [[PERSONNE:Rahimi]], afghan, {{27 ans}}, statut réfugié. Frigo vide, il travaille en intérim la nuit. [[PERSONNE:Gwenaël]] vérifie le détecteur de fumée, parle du bail glissant. M. [[PERSONNE:Rahimi]] montre fièrement son {{CACES}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de la Sarthe}}, appels sortants. On rappelle les allocataires qui ont des pièces manquantes pour la {{prime d'activité}}. 5 appels, 2 décrochent. Un monsieur de {{Sablé-sur-Sarthe}} croit que c'est une arnaque, il raccroche. La conseillère soupire : 'il a raison de se méfier, avec tous les faux SMS'.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam de l'Oise}}, accueil {{Compiègne}}. Jeune femme, [[PERSONNE:Océane Vasseur]], n'a jamais reçu sa {{carte Vitale}}. L'agent vérifie : NIR [[NIR:2 99 10 62 193 819 21]], adresse pas à jour ([[ADRESSE:3 rue des Lombards, 60200 Compiègne]] au lieu de chez ses parents à {{Calais}}). Née à Calais d'ailleurs, en [[DATE_NAISSANCE:octobre 99]]. Commande refaite, délai {{3 semaines}}. Elle demande si elle peut avoir une attestation en attendant : oui, imprimée sur place.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{Paris}} {{19e}} ({{Robert-Debré}}). Salle d'attente pleine, {{32 enfants}}. Écran 'temps d'attente estimé : {{4h}}'. Un papa demande à l'accueil s'il peut aller à la pharmacie en face, on lui dit oui mais qu'il perd sa place... puis non, il la garde. Confusion générale 😅",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Maubeuge}}, tel entrant. Une dame, Mme [[PERSONNE:Szczepaniak]], elle épelle : [[PERSONNE:S-Z-C-Z-E-P-A-N-I-A-K]]. Identifiant [[ID_FRANCE_TRAVAIL:0647213 K]]. Elle veut savoir pourquoi son {{ARE}} a baissé ce mois-ci. Le conseiller ([[PERSONNE:Rudy]]) cherche, trouve un jour de formation mal déclaré. Il lui laisse sa ligne directe : [[TELEPHONE:03 27 58 14 90]], {{poste 211}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} d'{{Ajaccio}}, visite à domicile pour une demande d'aide ménagère. Chez Mme [[PERSONNE:Antonia Paoli]], {{66 ans}}, sortie d'hôpital (hanche). Sa fille [[PERSONNE:Laetitia]] a préparé une pochette : avis d'imposition, attestation de droits avec le NIR [[NIR:2 58 05 2A 004 651 25]], relevé de pension. L'agente, Mme [[PERSONNE:Mattei]], remplit la grille, {{2h}} d'aide par semaine proposées. Vue sur le golfe depuis le balcon, la dame dit qu'elle partira jamais en maison de retraite.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam du Morbihan}}, {{3646}}. J'écoute {{10 appels}} : remboursements, arrêts maladie, {{cartes Vitale}}, une {{C2S}}, et deux 'je sais pas pourquoi j'appelle, c'est mon médecin qui m'a dit'. Le téléconseiller tape pendant qu'il parle, clavier hyper rapide. Temps moyen affiché : {{6 min 30}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Somme}}, {{21h}}. Appel d'une bénévole des {{Restos du Cœur}} qui signale un monsieur sous le pont près de la gare d'{{Amiens}}, 'il s'appelle [[PERSONNE:Francis]], il a un chien, {{Pirate}}'. L'écoutant connaît : [[PERSONNE:Francis Devos]], refuse les places à cause du chien. On tente le {{CHRS}} de {{Longueau}} qui accepte les animaux. Rappel à la bénévole : [[TELEPHONE:06 71 33 08 52]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Liévin}}, cité minière ({{Calonne}}). Contrôleur [[PERSONNE:Didier]] + moi. M. [[PERSONNE:Hennebelle]] déclare vivre seul, {{RSA}}. Devant la maison, une voiture au nom d'une femme d'après le fichier : [[IMMATRICULATION:EQ-604-RT]]. Il dit que c'est celle de sa sœur, [[PERSONNE:Valérie]], qui habite [[ADRESSE:41 rue Émile Zola, 62800 Liévin]], juste à côté. [[PERSONNE:Didier]] vérifie : vrai, elle vient confirmer en chaussons. Contrôle clos, rien à redire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Pointe-à-Pitre}}. Jeune homme, [[PERSONNE:Teddy Jean-Baptiste]], {{24 ans}}, veut une formation de cariste. Le conseiller regarde l'offre : session à {{Baie-Mahault}}, {{12 places}}. Il inscrit [[PERSONNE:Teddy]]. Mail pour la convocation : [[EMAIL:teddyjb971@gmail.com]]. Il demande s'il y a une aide pour l'essence, réponse : {{aide à la mobilité}}, oui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Roubaix}} ({{hôpital Victor Provo}}), {{17h}}. File de {{6 personnes}} au guichet d'admission. Un écran bugge et affiche 'ERREUR 404'. L'agente d'admission rigole : 'ça c'est tous les jours'. Elle note à la main sur un papier et ressaisira après. Personne ne s'énerve.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Douai}}, accueil. Mme [[PERSONNE:Lheureux]] pour une domiciliation. L'agente remplit le {{Cerfa 15548}}, elle demande la date de naissance, la dame répond '[[DATE_NAISSANCE:vingt-huit février soixante et onze]]'. Pas de tel, juste une adresse mail qu'elle consulte à la médiathèque : [[EMAIL:lheureux.nathalie@laposte.net]]. Domiciliation accordée, courrier à retirer le {{mardi}} et le {{vendredi}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Brest}}. M. [[PERSONNE:Le Bihan]] conteste un reste à charge sur des lunettes. Il montre sa carte {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:00841277563]]. L'agente ([[PERSONNE:Katell]]) explique le {{100 % Santé}}, panier A / panier B. Il avait pris le panier libre sans le savoir. Il part en disant qu'il retourne chez {{Krys}} 'leur dire deux mots'.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Châteauroux}}, appels sortants 'relance inscription'. 7 numéros, 3 répondent. Le conseiller dit à chaque fois 'Bonjour, c'est {{France Travail}}, rien de grave !' parce que les gens ont peur quand on les appelle. Je trouve ça malin. Il note les résultats dans un tableau {{Excel}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Roubaix}} (quartier de l'{{Épeule}}). Famille roumaine arrivée hier via le {{115}} : [[PERSONNE:Florin]] et [[PERSONNE:Mihaela Popescu]], 3 enfants. L'éducateur photocopie le passeport du père : [[IDENTIFIANT:057318264]]. La fille aînée, [[PERSONNE:Denisa]], {{11 ans}}, traduit tout. Elle va à l'école {{Jules Guesde}} depuis lundi. L'éduc me dit que c'est toujours les enfants qui traduisent, 'c'est pas idéal'.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Montpellier}}, borne libre-service. Un monsieur âgé essaie d'imprimer une attestation de paiement, la borne demande un code confidentiel qu'il a jamais eu. Le service civique ({{20 ans}}, super patient) l'aide à le redemander par courrier. {{12 minutes}} pour ça. Le monsieur : 'de mon temps on avait un guichet'.",
    ),
]

# Batch 2 (ind65-035 ... ind65-068)
NOTES_2 = [
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Lille}}, agence {{Wazemmes}}, {{10h40}}. [[PERSONNE:Inès Haddad]] vient changer le RIB pour ses indemnités journalières. L'agent ([[PERSONNE:Thomas]]) relit à voix haute pour vérifier : [[IBAN:FR76 1350 7000 3405 0428 9018 102]]. Il vérifie aussi le NIR depuis la {{carte Vitale}}, [[NIR:292045935089228]], elle confirme 'oui née à Lille, en [[DATE_NAISSANCE:avril 92]]'. Elle repart avec un récépissé. {{8 min}} chrono.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Toulouse}} {{Mirail}}. Conseillère [[PERSONNE:Nathalie]] reçoit [[PERSONNE:Moussa Keita]], {{41 ans}}, ex-chauffeur poids lourd, fin d'arrêt longue maladie. Il veut se reconvertir : plus le dos pour conduire. ID [[ID_FRANCE_TRAVAIL:5512087 W]]. [[PERSONNE:Nathalie]] lui parle de {{PMSMP}} (immersion en entreprise, ironique vu ma journée 🙂). Il note tout dans un petit carnet à spirale.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de la Gironde}}, plateforme téléphonique à {{Bordeaux}}. Briefing avant l'ouverture à {{9h}} : 'aujourd'hui beaucoup d'appels attendus sur la revalorisation du {{1er avril}}'. {{28 téléconseillers}} connectés. Le tableau mural affiche {{112 appels}} en attente à {{9h03}}. Ambiance concentrée, aucun bruit à part les casques.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHM}}, {{Mamoudzou}} ({{Mayotte}}). Foule devant le portail dès {{6h}}. Une maman, [[PERSONNE:Anziza Soilihi]], avec un bébé fiévreux, [[PERSONNE:Nassim]], {{8 mois}}. Pas de sécu, pas de papiers ici. L'agent d'accueil ([[PERSONNE:Abdou]]) parle shimaoré avec elle, il crée un dossier, IPP [[IDENTIFIANT:976-0048821]]. Il me dit : 'ici on soigne d'abord, on régularise après'.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Valenciennes}}, tel. Une voisine appelle pour M. [[PERSONNE:Crépin]], {{84 ans}}, qu'elle a pas vu depuis {{3 jours}}, volets fermés. Adresse : [[ADRESSE:12 résidence Dutemple, bât C, 59300 Valenciennes]]. L'agente ([[PERSONNE:Martine]]) appelle le fixe du monsieur, [[TELEPHONE:03.27.41.62.08]], pas de réponse, elle prévient la police municipale. Rappel {{40 min}} plus tard : il était hospitalisé depuis {{lundi}}, tout va bien. Soulagement dans le bureau.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement relais ({{CHRS}} à {{Béthune}}) avec l'éducatrice. État des lieux avant sortie : murs ok, frigo propre, une vitre fêlée (photo). Le monsieur part en {{HLM}} chez {{Maisons & Cités}} la semaine prochaine, {{18 mois}} après son entrée. Il offre le café, il est ému. Moi aussi un peu.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Calais}}, ligne {{3949}}. [[PERSONNE:Kévin Carpentier]] appelle, il a changé de numéro : '[[TELEPHONE:06 dix-neuf 24 80 77]]' (il mélange chiffres et mots, le conseiller répète). Mail : [[EMAIL:kevcarpentier62@hotmail.fr]]. Identifiant [[ID_FRANCE_TRAVAIL:2894416 R]]. Mise à jour faite en direct. Il demande aussi une attestation employeur pour {{Carrefour}} {{Coquelles}} : non, ça c'est l'employeur qui doit la faire.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf du Bas-Rhin}}, {{Strasbourg}}. Frontalier qui travaille à {{Kehl}}, M. [[PERSONNE:Schneider]], veut que ses {{allocations familiales}} soient versées sur son compte allemand : [[IBAN:DE74 2339 6148 2426 6423 31]]. L'agente, Mme [[PERSONNE:Kuntz]], dit ok ({{SEPA}}), mais il faut aussi le formulaire de coordination {{E411}} pour l'{{Allemagne}}. Num alloc [[N_ALLOCATAIRE:6745120]]. Il soupire : 'toujours un papier de plus'.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam de l'Aisne}}, contrôle d'arrêt de travail à {{Saint-Quentin}}, quartier {{Europe}}. Jeune homme, [[PERSONNE:Lucas Flahaut]], {{23 ans}}, arrêt de {{15 jours}} après un accident de scooter. Adresse : [[ADRESSE:5 rue Jean Moulin, 02100 Saint-Quentin]]. Absent à {{10h15}}. L'agent laisse un avis de passage. Il rappelle {{20 minutes}} après : il était chez le kiné. Il donne son NIR pour prouver que c'est bien lui : [[NIR:1 01 09 02 691 226 84]]. L'agent note 'absence justifiée sous réserve'.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil des urgences du {{CHU Amiens-Picardie}}. Le poste tel de l'IOA sonne toutes les {{5 minutes}}. Souvent des gens qui demandent 'combien d'attente ?' avant de venir. Réponse type : 'on ne peut pas vous dire, si c'est grave appelez le {{15}}'. L'infirmière dit que ça la coupe en plein tri à chaque fois.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Centre d'hébergement ({{CHRS}}) {{Paris}} {{13e}}. Entretien d'une dame ukrainienne, [[PERSONNE:Olena Bondarenko]], {{52 ans}}, {{APS}} n° [[IDENTIFIANT:7501922046]] (protection temporaire). Diplôme d'ingénieure, elle fait des ménages. L'interprète par tel est en retard, on fait avec {{Google Traduction}}. La CESF ([[PERSONNE:Claire]]) lui explique le {{DALO}}, [[PERSONNE:Olena]] prend des photos de chaque papier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Mulhouse}}, quartier {{Bourtzwiller}}. Matinée calme, {{5 visites}} en {{2h}}. Sujets : bons alimentaires, une aide pour la cantine, une inscription au {{repas des aînés}}, une question sur la {{prime de Noël}}. L'agente dit qu'en décembre c'est {{20 personnes}} avant {{10h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Boulogne-sur-Mer}} (quartier {{Transition}}), déclaration de ressources bizarre : {{0 €}} depuis {{6 mois}}. M. [[PERSONNE:Delpierre]] est marin-pêcheur, payé à la part. La contrôleuse ([[PERSONNE:Sandrine]]) demande les relevés : virements de l'armement sur le compte [[IBAN:FR76 1562 9026 5861 9998 3512 887]]. Il dit qu'il savait pas qu'il fallait déclarer ça. Camionnette devant la maison : [[IMMATRICULATION:CX 471 PB]]. Rappel de droits à prévoir, pas de fraude retenue.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Amiens-Nord}}. Inscription d'un jeune, [[PERSONNE:Mathis Quéval]], sorti de l'école sans diplôme. La conseillère saisit : né le [[DATE_NAISSANCE:17/06/2007]] à {{Abbeville}}. Il a {{18 ans}} depuis hier ! Elle lui souhaite bon anniversaire, il rougit. Identifiant créé : [[ID_FRANCE_TRAVAIL:7720451B]]. Orientation {{Mission locale}} pour le {{CEJ}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CGSS}} de {{La Réunion}} (la Cpam là-bas), accueil tel. Une jeune femme, [[PERSONNE:Priscilla Grondin]], appelle pour un remboursement de consultation. Le conseiller demande le numéro de sécu, elle le lit : [[NIR:2 94 06 974 11 121 11]]. Problème : sa {{carte Vitale}} est toujours à son nom de jeune fille. Il lui explique la démarche sur {{Ameli}}. Musique d'attente : {{12 min}} avant qu'elle tombe sur lui.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} {{Compiègne}}, visite pour une aide à l'énergie, quartier du {{Clos des Roses}}. Mme [[PERSONNE:Gonçalves]] a une facture {{EDF}} de {{840 €}}, référence client [[IDENTIFIANT:6004 819 237]]. Elle vit avec sa mère, [[PERSONNE:Maria da Conceição Gonçalves]], née en [[DATE_NAISSANCE:1941]] au {{Portugal}}. Radiateurs électriques partout, simple vitrage. L'agent ([[PERSONNE:Yohan]]) propose le {{FSL}} + le {{chèque énergie}} qu'elle n'avait jamais encaissé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU Grenoble Alpes}}, {{22h}}. Un monsieur a garé son {{Duster}} devant l'entrée ambulances, l'agent de sécurité annonce au micro : 'le propriétaire du véhicule [[IMMATRICULATION:GT-093-ZL]] est prié de le déplacer'. Personne ne bouge. {{10 min}} plus tard, la fille du patient, [[PERSONNE:Léa]], court le déplacer en s'excusant. Les agents rient, ça arrive 'toutes les nuits'.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Dunkerque}}, rappels des inscrits au salon {{Emploi Industrie}} au {{Kursaal}}. Les offres : {{ArcelorMittal}}, des sous-traitants, la gigafactory. Le conseiller insiste sur les {{CACES}} et les habilitations électriques. {{9 appels}}, {{6 inscrits}}, un qui demande si on peut venir en survêt (réponse : évitez).",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, permanence à {{Vervins}} (petite ville de l'{{Aisne}}), dans les locaux {{France services}}. Mme [[PERSONNE:Bataille]] vient de {{Sains-Richaumont}}, {{25 km}}, sans voiture, c'est sa voisine qui l'a amenée. Elle touche l'{{AAH}} et veut savoir si elle a droit à l'{{APL}} en étant hébergée chez sa sœur. Réponse : non, hébergée à titre gratuit. Déçue. N° allocataire [[N_ALLOCATAIRE:0318826]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Bordeaux}}, accueil. Étudiant camerounais, [[PERSONNE:Rodrigue Mbarga]], demande une aide d'urgence, sa bourse a {{2 mois}} de retard. L'agente note son mail pour la suite : [[EMAIL:rodrigue.mbarga [at] etu.u-bordeaux.fr]]. Aide accordée : {{150 €}} en chèques services. Il remercie 4 fois en partant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Pas-de-Calais}}, {{19h40}}. Appel d'un jeune, [[PERSONNE:Jordan]], {{18 ans}} à peine, mis dehors par sa mère à {{Lens}}. L'écoutant demande sa date de naissance : 'le [[DATE_NAISSANCE:2 mars]]'. Pas connu du {{SIAO}}. Place trouvée au foyer {{Adoma}} d'{{Hénin-Beaumont}}, {{chambre 6}}, pour {{3 nuits}}. Il demande comment y aller, plus de bus à cette heure.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Douai}}. M. [[PERSONNE:Karim Bensaïd]], {{47 ans}}, demande une pension d'invalidité après {{3 ans}} d'arrêt. L'agent affiche le dossier, NIR [[NIR:1 78 04 59 178 045 78]], et lui explique que c'est le médecin-conseil qui décide. Il est fatigué, il répète 'j'ai fait {{25 ans}} chez {{Renault}}'. L'agent lui imprime la liste des pièces.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Martinique}}, plateforme. Coupure de courant à {{Fort-de-France}} pendant l'écoute, les postes redémarrent en {{3 minutes}}, les appels en cours sont perdus. La conseillère : 'ils vont rappeler, fâchés'. Effectivement, le suivant commence par 'on m'a raccroché au nez !!'.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Roubaix}}, agence {{Grand-Place}}. Mme [[PERSONNE:Ayşe Yilmaz]], {{53 ans}}, couturière, licenciée de l'atelier où elle travaillait depuis {{1998}}. Elle lit mal le français, son fils [[PERSONNE:Emre]] traduit. Le conseiller vérifie le NIR sur l'attestation : [[NIR:2 71 07 99 208 250 77]] (née en {{Turquie}}). Tel du fils pour les RDV : [[TELEPHONE:07 68 12 45 93]]. Piste évoquée : retouche en atelier d'insertion.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Édouard-Herriot}} ({{Lyon}}), à côté de l'agent qui répond aux familles. Phrase qui revient : 'je ne peux pas confirmer la présence d'un patient par téléphone'. {{11 appels}} en {{1h}}. Une dame insiste 4 fois, il reste poli. Après il me dit : 'c'est le secret médical, même pour les mamans'.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile ({{CHRS}} {{AFEJI}}, logement en diffus), {{Tourcoing}}, {{La Bourgogne}}. M. et Mme [[PERSONNE:Nguyen]], {{2 enfants}}. Humidité, moisissures dans la chambre des petits. L'éducateur ([[PERSONNE:Benoît]]) fait des photos pour {{Vilogia}}, réf. locataire [[IDENTIFIANT:VLG-0077412]]. Mme [[PERSONNE:Nguyen]] propose du thé, on accepte. Les enfants, [[PERSONNE:Minh]] et [[PERSONNE:Lily]], font leurs devoirs sur la table du salon.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam de l'Oise}}, plateforme de {{Beauvais}}. Un monsieur veut savoir où en est le remboursement de sa cure thermale. Vérif identité : nom [[PERSONNE:Lefebvre]], prénom [[PERSONNE:Daniel]], né le [[DATE_NAISSANCE:4 mars 1955]], puis les {{15 chiffres}} qu'il lit lentement : [[NIR:1 55 03 60 057 076 08]]. Le conseiller ([[PERSONNE:Abdel]]) confirme : virement parti hier. Le monsieur : 'ah ben vous voyez quand on veut'.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Toulouse}}, numéro vert 'seniors isolés'. Appels sortants de convivialité : l'agente appelle des personnes âgées inscrites, juste pour discuter. Une dame lui raconte son marché du {{dimanche}} pendant {{15 minutes}}. L'agente : 'c'est peut-être le seul coup de fil de sa semaine'.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Caf}}, contrôle à {{Tourcoing}} : présence des enfants pour les {{allocations familiales}}. Mme [[PERSONNE:Benali]], {{3 enfants}} déclarés : [[PERSONNE:Yasmine]] née en [[DATE_NAISSANCE:2012]], [[PERSONNE:Adam]] en [[DATE_NAISSANCE:2015]], [[PERSONNE:Nour]] en [[DATE_NAISSANCE:2019]]. Livret de famille ok. L'aînée est au collège {{Léonard de Vinci}}. Le contrôleur ([[PERSONNE:Jean-Luc]]) clôt en {{20 min}}. Dossier [[N_ALLOCATAIRE:5188034]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Marseille}} {{La Joliette}}, tel. M. [[PERSONNE:Ouali]] veut savoir pourquoi il est 'en attente de pièces'. ID : [[ID_FRANCE_TRAVAIL:418 27 93 M]]. Il manque l'attestation employeur de {{Onet}}. La conseillère envoie un mail type à l'employeur. Il dit 'Onet ils répondent jamais'. Elle lui donne le contact de l'inspection du travail, au cas où.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Dunkerque}}, admission. Marin philippin débarqué d'un porte-conteneurs, [[PERSONNE:Rolando Bautista]], main fracturée. Pas de sécu française, l'agente remplit avec le passeport [[IDENTIFIANT:P7742105A]] et l'attestation de l'armateur. IPP créé : [[IDENTIFIANT:D24-115873]]. Un agent maritime du port vient traduire. L'agente me dit qu'ils en voient {{1 par semaine}} environ.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} de {{Hirson}}, visite chez un couple âgé pour le portage de repas. Maison de briques, poêle à charbon. M. et Mme [[PERSONNE:Dufour]], 88 et {{85 ans}}. Adresse pour la tournée : [[ADRESSE:9 rue de la Verrerie, Hirson]]. Pas de repas le {{dimanche}}, leur fils vient de {{Charleville}}. L'agente remplit tout au crayon sur un formulaire papier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour + hébergement ({{Abej Solidarité}}, {{Lille}}). {{8h}} : petit-déj, {{60 personnes}}. Un salarié appelle les prénoms pour les douches, je note pas (pas envie). Une bénévole distribue des chaussettes. Beaucoup de jeunes, des {{25-30 ans}}. Mal au cœur.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} de {{Haute-Corse}}, {{Bastia}}. M. [[PERSONNE:Santoni]] vient pour une affiliation après mutation. Agent : [[PERSONNE:Jean-Toussaint]]. Sur le formulaire : né le [[DATE_NAISSANCE:14/12/1983]] à Bastia, NIR [[NIR:1 83 12 2B 033 342 77]]. Tout concorde. Ils parlent foot ({{SC Bastia}}) pendant l'impression. {{9 minutes}}.",
    ),
]

# Batch 3 (ind65-069 ... ind65-102)
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf du Pas-de-Calais}}, accueil de {{Lens}}. M. [[PERSONNE:Mahieu]] apporte un RIB papier {{La Banque Postale}} tout froissé. L'agente recopie à la main : [[IBAN:20041 01005 7890884H821 01]], et vérifie la clé avec son outil, ok. Il est au {{RSA}} depuis {{2021}}, vient de décrocher un petit contrat chez {{Tadao}} (les bus). Elle lui explique la {{prime d'activité}}. N° alloc [[N_ALLOCATAIRE:6203391]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Béthune}} (CH {{Germon et Gauthier}}), accueil administratif. Dame âgée amenée par son voisin : Mme [[PERSONNE:Ginette Leclercq]], {{91 ans}}, chute. Le voisin donne le numéro de la fille : [[TELEPHONE:06 33 18 72 40]]. L'agente retrouve le dossier : IPP [[IDENTIFIANT:0011928374]], née le [[DATE_NAISSANCE:12 janvier 1934]]. Déjà hospitalisée ici {{3 fois}}. Le voisin, [[PERSONNE:Gérard]], reste avec elle : 'elle a personne d'autre ici'.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Nice}}, plateforme. Mme [[PERSONNE:Rossi]] ne reçoit jamais les mails de FT. Le conseiller relit l'adresse enregistrée : [[EMAIL:sabrina.rossi06@gmial.com]]. 'gmial' !! faute de frappe à l'inscription. Corrigé en direct : [[EMAIL:sabrina.rossi06@gmail.com]]. Elle rit : '{{2 ans}} que je reçois rien'.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM du Hainaut}}, accueil {{Valenciennes}}. M. [[PERSONNE:Vanhove]] veut une attestation de droits pour un dossier de crédit. Il donne son NIR de mémoire : '[[NIR:1 72 06 59 606 130 89]]'. L'agente ([[PERSONNE:Rachida]]) imprime, {{2 minutes}}. File derrière : {{9 personnes}}. L'écran d'appel affiche '{{A047}}'.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Metz}}, accueil du soir. [[PERSONNE:Sébastien]], {{45 ans}}, sort de détention ({{Metz-Queuleu}}), orienté par le {{SPIP}}. L'éducateur recopie son numéro d'écrou sur la fiche d'admission : [[IDENTIFIANT:48213]]. Il demande surtout une douche et un chargeur de téléphone. Place en dortoir, {{lit 3}}. Il dit 'merci chef' à tout le monde.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lille}}, mairie de quartier de {{Lille-Sud}}. M. [[PERSONNE:Seydou Traoré]] demande une aide pour des lunettes pour sa fille [[PERSONNE:Aminata]], née en [[DATE_NAISSANCE:2014]]. Adresse : [[ADRESSE:36 rue de Marquillies, 59000 Lille]]. Tel : [[TELEPHONE:07 51 90 26 38]]. L'agent ([[PERSONNE:Grégory]]) monte le dossier d'aide facultative, passage en commission {{jeudi}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} en {{Guyane}}, {{Saint-Laurent-du-Maroni}}. Piste en latérite, pas de numéro de rue. Mme [[PERSONNE:Abienso]] habite [[ADRESSE:lotissement Paddock, parcelle 112, Saint-Laurent-du-Maroni]]. Le contrôleur ([[PERSONNE:Wilfried]]) vérifie la composition du foyer : {{5 enfants}}. Pick-up garé devant, [[IMMATRICULATION:FV-338-KA]], 'c'est celui de mon cousin'. On parle créole et nenge, je suis largué.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Montélimar}}, info coll' pour un recrutement {{Amazon}} sur la zone d'activités. {{35 personnes}} dans la salle, 2 recruteurs. Horaires en {{3x8}}, {{11,88 €}}/h brut. Beaucoup de questions sur le transport, pas de bus la nuit. 12 repartent avec une convocation.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile (agente {{Cpam}} du {{Puy-de-Dôme}}), arrêt pour dépression. Mme [[PERSONNE:Chassaing]], [[ADRESSE:lieu-dit Les Granges, 63440 Saint-Pardoux]]. GPS perdu, un voisin nous indique. Elle est là, ouvre à peine. L'agente ([[PERSONNE:Corinne]]) reste très douce, ne rentre pas, constate juste la présence. {{3 minutes}}. Dans la voiture elle me dit qu'elle déteste ces contrôles-là.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf du Nord}}, tel. Un monsieur de {{Bray-Dunes}} (frontière belge) veut être payé sur son compte belge. Il dicte : '[[IBAN:BE50 6219 5141 1218]]'. Le conseiller ([[PERSONNE:Maxime]]) : possible, mais seulement via l'espace {{Mon Compte}}. Num allocataire [[N_ALLOCATAIRE:5990473]]. Il raconte que sa banque française a fermé l'agence de {{Ghyvelde}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences du {{CHU de Lille}} ({{Roger Salengro}}), poste de l'accueil administratif. Un monsieur appelle d'{{Armentières}} : sa femme a été admise cette nuit. L'agente demande le nom de la patiente, 'Mme [[PERSONNE:Dewaele]], [[PERSONNE:Christine]]', et sa date de naissance, '[[DATE_NAISSANCE:8 août 61]]'. Elle vérifie qu'il est la personne de confiance : oui. Elle dit juste 'elle est en box, le médecin vous rappellera'. Il laisse son portable : [[TELEPHONE:+33 6 45 27 19 83]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile {{CHRS}} ({{Amiens}}, quartier d'{{Étouvie}}), accompagnement vers le logement. Couple [[PERSONNE:Hamdi]] ([[PERSONNE:Sami]] et [[PERSONNE:Rim]]), bébé de {{4 mois}}. Demande de logement social à l'{{OPH d'Amiens}}, n° unique [[IDENTIFIANT:08012 24 0031875]]. La CESF ([[PERSONNE:Aurore]]) vérifie que le dossier est complet. [[PERSONNE:Sami]] montre son {{CDI}}, enfin. Tout le monde sourit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Montreuil}}, plateforme. Un jeune appelle pour sa mère qui parle pas français. Le conseiller refuse de donner des infos sans elle au bout du fil. Elle prend le téléphone, confirme son nom, [[PERSONNE:Mariam Sissoko]], et sa date de naissance, '[[DATE_NAISSANCE:1er janvier 1970]]' (le fils m'explique après que c'est la date 'par défaut' sur ses papiers). Identifiant [[ID_FRANCE_TRAVAIL:6031528 P]]. Après ça tout roule.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Nancy}}, accueil tel. Gros pic d'appels le {{5 du mois}} : les gens qui attendent le versement et qui n'ont plus rien. L'agente a sa liste : {{Restos du Cœur}}, {{Secours populaire}}, épicerie sociale. {{14 appels}} en {{1h30}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam de la Côte d'Opale}}, {{Calais}}. Jeune Soudanais, [[PERSONNE:Abdelrahman]], {{19 ans}}, demande l'{{AME}}, accompagné par une bénévole du {{Secours Catholique}}. Domiciliation au {{CCAS}}. L'agent ([[PERSONNE:Frédéric]]) photocopie son passeport soudanais : [[IDENTIFIANT:P05538147]]. Dossier envoyé, délai {{2 mois}}. [[PERSONNE:Abdelrahman]] demande s'il peut voir un dentiste avant. Réponse : la {{PASS}} de l'hôpital.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Saint-Denis}} ({{93}}). Suivi de Mme [[PERSONNE:Fatoumata Diallo]], aide-soignante diplômée en {{Guinée}}, diplôme pas reconnu ici. La conseillère ([[PERSONNE:Valérie]]) cherche une {{VAE}}. Elle a son CV sur une clé, avec son mail : [[EMAIL:fatou.diallo224@yahoo.fr]]. Identifiant : [[ID_FRANCE_TRAVAIL:1185520 H]]. Prochain RDV dans {{3 semaines}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Périgueux}}, {{14h}}, un samedi. Match de foot amateur : 3 entorses en {{1h}}, toutes de la même équipe 😂. Les accompagnateurs en survêt remplissent la salle d'attente. L'IOA : 'tous les samedis de septembre c'est comme ça'.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Villeneuve-d'Ascq}}, accueil étudiants (rentrée). [[PERSONNE:Camille Devaux]], étudiante à {{Pont-de-Bois}}, demande pourquoi son {{APL}} n'est pas versée. Adresse déclarée : [[ADRESSE:résidence Camus, bât B, ch. 214, 8 avenue du Pont-de-Bois, 59650 Villeneuve-d'Ascq]]. Le bail n'a jamais été transmis par le {{Crous}}. Mail : [[EMAIL:camille.devaux.etu@univ-lille.fr]]. L'agent ([[PERSONNE:Bilal]]) : '{{80 %}} de mes RDV de septembre c'est ça'.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Paris}}, nuit. Un homme afghan, [[PERSONNE:Ahmad]], appelle depuis le téléphone d'un ami, [[TELEPHONE:07 45 61 02 39]]. L'écoutant ([[PERSONNE:Youssef]]) passe par un interprète dari. {{45 min}} d'attente avant qu'on décroche, dit l'homme. Pas de place, rappeler demain {{14h}}. [[PERSONNE:Youssef]] raccroche et souffle, c'est le {{30e}} refus de la soirée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} {{Soissons}}, visite pour une demande d'aide à domicile. Mme [[PERSONNE:Josiane Leroux]], {{76 ans}}, veuve, [[ADRESSE:15 rue du Collège, 02200 Soissons]]. L'agente recopie le NIR de la {{carte Vitale}} pour le dossier APA : [[NIR:2 48 09 02 722 685 28]]. Elle nous montre les photos de son mari, cheminot. Le chat, {{Minou}}, dort sur le dossier.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CPAM du Hainaut}}, tel. M. [[PERSONNE:Debrabant]], de {{Jeumont}}, veut changer le compte de ses remboursements. Pas possible par tel, mais il dicte quand même, très vite : [[IBAN:FR76 1670 6053 4007 9944 3710 202]]. Le conseiller ne note rien et l'oriente vers {{Ameli}}, rubrique 'mes informations'. Le monsieur : 'j'ai pas internet moi'. Courrier alors.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Guadeloupe}}, tel entrant. Une dame de {{Capesterre-Belle-Eau}}, Mme [[PERSONNE:Célestin]], veut décaler son RDV à cause des bouchons sur la {{N1}}. Le conseiller ([[PERSONNE:Ludovic]]) propose {{jeudi 8h30}}. Il vérifie son portable : [[TELEPHONE:0690 58 21 47]]. {{4 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Douai}} ({{Frais-Marais}}), parent isolé déclaré. Mme [[PERSONNE:Deprez]], [[ADRESSE:22 rue Saint-Sulpice, Douai]]. Un voisin a signalé un homme qui vit là. Le contrôleur ([[PERSONNE:Patrick]]) a trouvé une {{Peugeot 308}} [[IMMATRICULATION:DZ-562-NH]] enregistrée à cette adresse, au nom de [[PERSONNE:Jonathan Lecomte]]. Mme [[PERSONNE:Deprez]] : 'c'est mon ex, il a jamais changé sa carte grise'. Attestation demandée. Dossier [[N_ALLOCATAIRE:3049917]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU de Nîmes}}, {{3h}}. Motard accidenté, conscient. L'agente d'admission récupère la {{carte Vitale}} dans son blouson : [[PERSONNE:Julien Ferrand]], NIR [[NIR:1 85 08 69 383 790 06]]. Il dit 'je suis de {{Lyon}}, en vacances'. Moto {{Yamaha}}, immat [[IMMATRICULATION:FB-774-JX]] notée pour les gendarmes. Mutuelle : il sait plus. Il demande qu'on prévienne sa compagne, [[PERSONNE:Soraya]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Valenciennes}}, accueil. Un habitué que tout le monde appelle '[[PERSONNE:Momo]]' (vrai nom [[PERSONNE:Mohamed Zerrouki]]) revient après {{2 mois}} d'hôpital. Tout le monde le salue. L'éducatrice ([[PERSONNE:Jessica]]) lui rend sa valise gardée au local. Sa chienne {{Bella}} l'attend dehors, gardée par la {{SPA}} entre-temps.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Chalon-sur-Saône}}. Matinée job dating intérim : {{Adecco}}, {{Randstad}}, {{Manpower}}. {{48 personnes}} passent. Entretiens de {{5 min}}. Un monsieur de {{60 ans}} repart avec une mission de cariste, grand sourire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Dijon}}, accueil. Jeune maman, [[PERSONNE:Julie Perrin]], veut rattacher son bébé à sa carte. Elle a l'acte de naissance : [[PERSONNE:Léon]], né le [[DATE_NAISSANCE:3 septembre]]. L'agent dit que normalement c'est automatique via la maternité, mais là ça n'a pas marché. Rattachement manuel, {{10 min}}. Le bébé dort dans le porte-bébé tout du long.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de la Somme}}, tel. Une dame veut déclarer sa séparation. Elle a pas son numéro allocataire, elle donne son NIR : [[NIR:2 75 01 80 021 117 27]]. Le conseiller retrouve le dossier, [[N_ALLOCATAIRE:8012660]], au nom de [[PERSONNE:Sandrine Poulain]]. Elle a {{50 ans}}, enfants grands. Il lui explique ce qui va changer pour l'{{APL}}. Elle pleure, s'excuse de pleurer.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil urgences du {{CH de Calais}}. Le standard transfère un appel en anglais : un chauffeur routier polonais qui cherche son collègue amené cette nuit. L'agente demande le nom : '[[PERSONNE:Wiśniewski]], [[PERSONNE:Marek]]'. Elle ne peut rien dire par tel. Il explique que le camion ([[IMMATRICULATION:WPI 48K21]]) est bloqué au port. Elle lui dit de passer à l'accueil.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Perpignan}}, accueil. Mme [[PERSONNE:Cargol]] vient pour une aide à la rentrée scolaire, {{4 enfants}}. Elle vit sur le terrain familial : [[ADRESSE:terrain du Mas Llaro, emplacement 7]]. L'agente ([[PERSONNE:Núria]]) parle catalan avec elle, je comprends rien. Aide accordée, {{60 €}} par enfant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Oise}}, {{Beauvais}}. Soirée froide, plan {{Grand Froid}} déclenché. {{22 appels}} entre {{18h}} et {{20h}}. Gymnase ouvert à {{Creil}}. L'écoutante note les places sur un tableau blanc, efface, réécrit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Argenteuil}}, rappel d'un demandeur. Le numéro dans le dossier est écrit '[[TELEPHONE:+33 (0)7 82 14 96 50]]'. 'Bonjour M. [[PERSONNE:Ait Ouarab]] ?' Sa prestation est suspendue, il manquait une pièce. ID [[ID_FRANCE_TRAVAIL:2270816 X]]. Réglé en {{6 minutes}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Limoges}}. Un papa solo, [[PERSONNE:Sébastien Marty]], vient pour l'{{ASF}} : son ex ne verse pas la pension. L'agente ([[PERSONNE:Hélène]]) lui explique l'{{Aripa}}. Il a un dossier au tribunal, RG [[IDENTIFIANT:24/01837]]. Num alloc [[N_ALLOCATAIRE:1402286]]. Il repart avec un formulaire et un sourire fatigué.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, {{Cpam de l'Artois}}, à {{Avion}} (à côté de {{Lens}}). M. [[PERSONNE:Kowalski]], [[ADRESSE:4 rue de Varsovie, 62210 Avion]]. Absent. Sa voiture n'est pas là non plus ; la voisine dit qu'il est 'au marché de Lens'. L'agent ([[PERSONNE:Stéphane]]) laisse un avis, {{48h}} pour se justifier.",
    ),
]

# Batch 4 (ind65-103 ... ind65-136)
NOTES_4 = [
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Liévin}}. M. [[PERSONNE:Sofiane Ferhat]], {{33 ans}}, né à {{Oran}}, arrivé en {{France}} enfant. Il veut créer sa boîte de nettoyage auto. La conseillère ([[PERSONNE:Emeline]]) lui parle de l'{{ARCE}}, vérifie son NIR pour le dossier {{BGE}} : [[NIR:1 91 07 99 352 478 31]]. Il a déjà le nom : '{{Clean Auto 62}}', et le logo sur son tel.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de {{Seine-Maritime}}, tel. M. [[PERSONNE:Leprince]] appelle pour la 4e fois de la semaine pour le même courrier. La conseillère voit l'historique, {{4 contacts}}. Elle reste calme, réexplique : le courrier demande un certificat de scolarité de [[PERSONNE:Théo]], {{17 ans}}. Il dit qu'il l'a envoyé. Elle vérifie : reçu hier, pas encore traité. 'Donc c'est bon ?' 'C'est bon.' Fin.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Lens}}, {{9h}}. Affiche 'Fermeture exceptionnelle {{vendredi}} après-midi'. {{4 personnes}} attendent dehors avant l'ouverture, il pleut. L'agent d'accueil les fait entrer {{10 min}} avant l'heure, 'sinon ils vont tremper'. Tickets distribués : {{n° 1}} à {{n° 4}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Maubeuge}} (CH {{Sambre-Avesnois}}). Jeune femme belge, [[PERSONNE:Manon Dubois]], accident sur la {{N2}}. Carte d'identité belge : [[IDENTIFIANT:592-1847312-85]]. Née le [[DATE_NAISSANCE:22/11/2001]]. Sa voiture, plaque belge [[IMMATRICULATION:1-KVB-482]], a été remorquée. L'agente appelle la mutualité belge pour la prise en charge ({{CEAM}}).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Roubaix-Tourcoing}}, plateforme. Mme [[PERSONNE:Aïcha Ouedraogo]] appelle : son congé maternité n'est pas indemnisé. Vérif : NIR [[NIR:2 87 03 59 512 717 34]], elle confirme être née à {{Roubaix}} en [[DATE_NAISSANCE:mars 1987]]. L'employeur n'a pas envoyé l'attestation de salaire. Le conseiller ([[PERSONNE:Jonathan]]) lui envoie un mail récap à [[EMAIL:aicha.ouedraogo87@gmail.com]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Dunkerque}}. Appel d'un bénévole d'{{Utopia 56}} : {{12 personnes}} exilées à {{Loon-Plage}}, dont {{3 mineurs}}. Pas de noms donnés. L'écoutante transmet au {{SIAO}} et à l'{{ASE}} pour les mineurs. Elle me dit que ces appels-là elle y repense le soir.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Caf de la Somme}}, contrôle à {{Amiens}}, quartier {{Saint-Leu}}. M. [[PERSONNE:Tshibangu]] perçoit l'{{APL}} pour le [[ADRESSE:11 rue des Majots, 80000 Amiens]], mais le propriétaire dit qu'il est parti. On sonne : il est là, c'est le proprio qui s'est trompé d'appartement (il en a {{6}} dans l'immeuble 🙄). Le contrôleur ([[PERSONNE:Arnaud]]) vérifie le bail et le RIB du propriétaire pour le tiers payant : [[IBAN:FR76 3000 4008 1239 3058 0350 172]]. Dossier [[N_ALLOCATAIRE:4760218]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Quimper}}, tel. Un marin-pêcheur au chômage l'hiver, [[PERSONNE:Yann Le Floch]], appelle depuis le port, on entend les mouettes 😄. Il veut savoir si sa formation {{CQP}} mécanicien marine est financée. Identifiant [[ID_FRANCE_TRAVAIL:9904173 C]]. Le conseiller : oui, via le {{CPF}} et un abondement. 'Kenavo !' en raccrochant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam de la Côte d'Opale}}, antenne de {{Boulogne-sur-Mer}}. Mme [[PERSONNE:Rodrigues]], {{58 ans}}, née au {{Portugal}}, demande pourquoi sa mutuelle ({{MGEN}}) ne reçoit plus les décomptes. Le lien {{Noémie}} est cassé. L'agent saisit son NIR [[NIR:2 66 08 99 139 563 58]] et son n° d'adhérent [[IDENTIFIANT:1 447 802 913]]. Réparé. Ça faisait {{6 mois}} qu'elle avançait l'argent.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Calais}}, tel. Un monsieur âgé appelle pour le {{colis de Noël}} des aînés. L'agente lui demande son nom : '[[PERSONNE:Duhamel]], [[PERSONNE:D-U-H-A-M-E-L]]', et son numéro, qu'il dit à l'ancienne : '[[TELEPHONE:zéro trois, vingt et un, trente-quatre, cinquante-six, douze]]'. Inscrit, livraison le {{18 décembre}}. Il demande si c'est le même chocolat que l'an dernier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus ({{CHRS}} {{Marseille}}, {{3e}} arrondissement). Mme [[PERSONNE:Bouchra]] et ses {{2 enfants}} ; cafards partout, le bailleur privé ne répond pas. L'éducatrice ([[PERSONNE:Laure]]) appelle le propriétaire devant nous, M. [[PERSONNE:Gasparian]], qui promet une désinsectisation 'la semaine prochaine'. [[PERSONNE:Laure]] note l'heure de l'appel, elle relancera.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences du {{CH de Beauvais}}, accueil tel. Une dame appelle : son fils de {{4 ans}} a avalé une pile bouton. L'agente dit tout de suite 'raccrochez, appelez le {{15}}', puis se ravise et transfère elle-même au {{SAMU}}. {{30 secondes}}. Elle a les mains qui tremblent après.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Tourcoing}}, atelier 'mail pro'. La conseillère ([[PERSONNE:Bérénice]]) écrit au tableau un mauvais exemple, '[[EMAIL:bogossdu59@hotmail.fr]]' 😂, et un bon, '[[EMAIL:julien.moreau@gmail.com]]'. Un participant, [[PERSONNE:Dylan]], avoue que le sien c'est [[EMAIL:dylan-la-menace59@live.fr]]. Il en crée un nouveau sur place.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de Paris}}, accueil du {{20e}}. File dehors à {{8h45}}, {{25 personnes}}. Un vigile fait le tri : avec ou sans RDV. Une dame enceinte sans RDV passe quand même. On m'explique que c'est 'la règle du bon sens'.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite de contrôle à domicile, assurée en arrêt, {{Grande-Synthe}}. Mme [[PERSONNE:Samira Benhadj]], [[ADRESSE:résidence du Moulin, appartement 43, 59760 Grande-Synthe]]. Présente, avec sa mère. Arrêt pour burn-out, aide-soignante en {{EHPAD}}. L'agent ([[PERSONNE:Luc]]) est gêné, ça se voit. {{4 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Boulogne-sur-Mer}}. Jeune femme, [[PERSONNE:Kimberley]], {{20 ans}}, sortie de l'{{ASE}} sans solution. Elle montre à l'éducateur les messages d'un homme qui la harcèle sur {{Insta}}, compte [[IDENTIFIANT:@lorenzo_62_off]]. L'éducateur ([[PERSONNE:Mickaël]]) l'aide à bloquer et signaler, propose un dépôt de plainte. Elle a son chat dans un sac de sport, {{Caramel}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} de {{Saint-Pierre}} ({{La Réunion}}), visite pour une aide à l'amélioration de l'habitat. Case en tôle, [[ADRESSE:14 chemin Badamier, Ravine des Cabris]]. M. [[PERSONNE:Payet]], {{79 ans}}, vit seul avec ses poules. L'agente, Mme [[PERSONNE:Hoarau]], photographie le toit qui fuit. Il nous offre des letchis, on n'ose pas refuser.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Douai}}, tel. M. [[PERSONNE:Dubrulle]] appelle pour dire qu'il a retrouvé du travail chez {{Renault}} (intérim). Le conseiller met à jour, ID [[ID_FRANCE_TRAVAIL:5063392 N]], et lui rappelle de continuer à s'actualiser. M. [[PERSONNE:Dubrulle]] donne son nouveau portable : [[TELEPHONE:07.69.40.11.85]]. 'Et bon courage hein !'",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de l'Oise}}, tel. M. [[PERSONNE:José Pires]] part vivre au {{Portugal}} : que deviennent ses droits ? Réponse : l'{{APL}} et le {{RSA}} s'arrêtent, il faut déclarer le départ. Il donne quand même son IBAN portugais pour un rappel qu'on lui doit : [[IBAN:PT50 0035 8378 2455 9791 4304 7]]. Num alloc [[N_ALLOCATAIRE:6099231]]. La conseillère note, en précisant que ce n'est pas garanti.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Lapeyronie}} ({{Montpellier}}). Touriste allemand, [[PERSONNE:Klaus Becker]], {{70 ans}}, malaise sur la plage de {{Palavas}}. Carte {{CEAM}} allemande, n° [[IDENTIFIANT:80276 00941 88213]]. Sa femme, [[PERSONNE:Ingrid]], ne parle pas français ; l'agente parle allemand (elle est alsacienne). Portable de la femme : [[TELEPHONE:+49 171 5523904]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Étienne}}, permanence de {{Montreynaud}}. Sur le comptoir, une {{fontaine à eau}} et un pot de bonbons. Les enfants en prennent en passant, l'agente dit rien. {{6 demandes}} en {{1h}} : 3 aides énergie, 2 domiciliations, 1 question sur la {{mutuelle communale}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CGSS}} {{Guadeloupe}}, tel. Mme [[PERSONNE:Théodore]] appelle depuis {{Les Abymes}}. Elle est partie en métropole puis revenue, ses droits sont 'en transfert' depuis {{4 mois}}. Le conseiller lit le NIR à l'écran pour vérifier : [[NIR:2 89 12 971 20 665 02]]. Née à {{Pointe-à-Pitre}}, ça colle. Il force la mutation, elle dit 'enfin !'.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Aisne}}, à {{Laon}}. Calme ce soir : {{7 appels}} en {{2h}}. L'écoutant met à jour le tableau des places : {{Soissons}} 0, {{Saint-Quentin}} 2, {{Château-Thierry}} 1. Il me montre le classeur 'numéros utiles', tout écrit à la main.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} en {{Gironde}}. Mme [[PERSONNE:Lacoste]] vit à l'année en mobil-home : [[ADRESSE:camping Les Ourmes, emplacement 58, Hourtin]]. Elle touche l'{{APL}}, possible seulement si c'est sa résidence principale. Le contrôleur ([[PERSONNE:Vincent]]) vérifie le contrat à l'année et les factures d'électricité. Conforme. Elle nous montre sa terrasse fleurie.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Guéret}}. Entretien avec [[PERSONNE:Jessica Wattiez]], {{29 ans}}, {{3 enfants}}, qui veut passer le permis pour trouver du boulot. Le conseiller ([[PERSONNE:Olivier]]) saisit son ID, [[ID_FRANCE_TRAVAIL:3375094 D]], et monte une aide au permis de {{500 €}}. Elle : 'en {{Creuse}} sans voiture t'es mort'.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Béthune}}, tel. La fille de Mme [[PERSONNE:Carlier]] appelle de {{Toulouse}} : sa mère, seule, ne répond plus au tel. L'agent ([[PERSONNE:Dimitri]]) connaît la dame (portage de repas), il a l'adresse : [[ADRESSE:3 impasse des Mineurs, Béthune]]. Il envoie le livreur voir. Résultat : téléphone débranché par le chat 🙃.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Lille}}, accueil. M. [[PERSONNE:Vasseur]] vient pour sa fille handicapée, [[PERSONNE:Clémence]], {{12 ans}}. Il confond {{MDPH}} et Cpam, et tend son numéro de dossier MDPH : [[IDENTIFIANT:MDPH59-2023-114587]]. L'agente ([[PERSONNE:Fatima]]) l'oriente vers la bonne adresse et vérifie quand même les droits de [[PERSONNE:Clémence]] : à jour.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Grenoble}}, tel. Une saisonnière, [[PERSONNE:Chloé]], appelle de la station des {{Deux Alpes}}. Son contrat finit en {{avril}}, elle veut savoir pour l'{{ARE}}. Le conseiller demande l'identifiant, elle le lit sur son tel chiffre par chiffre : '[[ID_FRANCE_TRAVAIL:4 4 1 8 0 2 6 T]]'. Réponse : ok si {{6 mois}} travaillés sur les {{24 derniers}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH Dron}} ({{Tourcoing}}). L'agente d'admission demande le nom, le patient répond '[[PERSONNE:Vandenbussche]]', elle demande d'épeler, il soupire : '[[PERSONNE:V-A-N-D-E-N-B-U-S-S-C-H-E]], comme ça se prononce'. Rires. Né le [[DATE_NAISSANCE:30.05.1958]]. IPP existant : [[IDENTIFIANT:TCG0457781]]. Il vient {{2 fois par an}}, 'à chaque fois je dois épeler'.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Villeurbanne}}. Arrivée de [[PERSONNE:Mamadou Bah]], {{18 ans}}, ex-{{MNA}}, sa prise en charge {{ASE}} vient de s'arrêter. Récépissé de titre de séjour n° [[IDENTIFIANT:6902214375]]. Il prépare un {{CAP}} boulangerie. L'éducatrice ([[PERSONNE:Samia]]) lui montre sa chambre, il demande juste un réveil pour {{4h}} du matin.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Tours}}, espace numérique. {{3 postes}} en libre-service, dont un en panne. Une médiatrice aide un monsieur à faire sa déclaration trimestrielle {{RSA}}. Il a pas de mail, elle lui en crée un sur place. Au moment du mot de passe, elle détourne les yeux. Classe.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam de l'Artois}}, plateforme d'{{Arras}}. En {{1h}}, {{4 appels}} de gens qui ont reçu un SMS 'votre {{carte Vitale}} expire, cliquez ici'. Le conseiller : 'ne cliquez jamais, l'Assurance maladie ne demande pas ça par SMS'. Une dame avait déjà cliqué, il l'oriente vers sa banque.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} de {{Wattrelos}}, visite après un incendie de cuisine chez la famille [[PERSONNE:Bouchaïb]], [[ADRESSE:58 rue Carnot, 59150 Wattrelos]]. Suie partout. L'agente ([[PERSONNE:Caroline]]) organise un relogement temporaire : hôtel {{B&B}} de {{Roubaix}}, {{chambre 21}}, {{3 nuits}} payées. Assurance {{MAIF}}, contrat n° [[IDENTIFIANT:3847221 K]]. Les enfants ont perdu leurs cartables, elle note.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Valenciennes}}, agence {{Dutemple}}. M. [[PERSONNE:Dieudonné Kabamba]], {{38 ans}}, congolais, diplôme de comptable obtenu à {{Kinshasa}}. La conseillère ([[PERSONNE:Audrey]]) lance une demande {{ENIC-NARIC}}. Il parle un français très soutenu, c'est elle qui cherche ses mots 😅.",
    ),
]

# Batch 5 (ind65-137 ... ind65-170)
NOTES_5 = [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Nord}}, {{22h30}}. Une femme appelle avec le tel d'une passante, devant la gare {{Lille-Flandres}}. Elle s'appelle [[PERSONNE:Sabrina]], {{40 ans}}, sortie d'hôpital psy sans hébergement. L'écoutant ([[PERSONNE:Xavier]]) note le numéro de la passante pour garder le lien : [[TELEPHONE:06 24 57 81 36]]. Place trouvée à l'{{Abej}}. Elle y va à pied, {{15 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Lille}} {{Moulins}}. Inscription de Mme [[PERSONNE:Nour El Houda Benslimane]], {{26 ans}}, bac+5 en logistique, arrivée d'{{Algérie}} pour son master. Titre de séjour 'recherche d'emploi' n° [[IDENTIFIANT:5903318472]]. Date de naissance saisie [[DATE_NAISSANCE:1999-02-11]] (format ISO, le logiciel veut ça). ID attribué : [[ID_FRANCE_TRAVAIL:8841207 F]]. Mail : [[EMAIL:nourelhouda.bsl@outlook.fr]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf du Rhône}}, tel. M. [[PERSONNE:Azoulay]] conteste une dette de {{1 240 €}}. Le conseiller ([[PERSONNE:Kader]]) lit le dossier [[N_ALLOCATAIRE:2955804]] : indu d'{{AAH}} après une pension d'invalidité non déclarée. Le monsieur s'énerve, [[PERSONNE:Kader]] baisse la voix et ralentit, ça marche. Recours gracieux expliqué. {{18 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, {{Cpam de la Côte d'Opale}}, {{Calais}}, quartier du {{Beau-Marais}}. Mme [[PERSONNE:Lagache]], [[ADRESSE:17 allée des Mouettes, 62100 Calais]], est là, en train d'étendre du linge dans le jardin. Arrêt pour l'épaule. L'agent ([[PERSONNE:Christophe]]) plaisante : 'doucement avec le bras'. Elle rit jaune. Conforme.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU de Caen}}, {{salle 2}}. Panneau : 'Les patients sont pris en charge selon la gravité et non selon l'ordre d'arrivée'. Un monsieur le lit à voix haute à sa femme, énervé. {{3h40}} d'attente pour une entorse. L'agent de sécurité passe toutes les {{20 minutes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Cergy}}, quartier {{Saint-Christophe}}. Mme [[PERSONNE:Kouassi]] demande une aide pour la cantine. L'agent ([[PERSONNE:Romain]]) prend son RIB pour un versement direct : [[IBAN:FR76 1751 5900 0092 0375 4304 516]]. Elle laisse son tel : [[TELEPHONE:06-58-33-91-04]]. Commission le {{15}}, réponse par SMS.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Caf de l'Aisne}}, contrôle à {{Saint-Quentin}}. Déclaration : M. [[PERSONNE:Quentin Lefort]] vit seul, [[ADRESSE:7 rue de Vermand, 02100 Saint-Quentin]]. Sur le parking, sa voiture [[IMMATRICULATION:ES-281-QM]] et une deuxième, [[IMMATRICULATION:GA-907-TB]], au nom d'une certaine [[PERSONNE:Laura Mention]]. Il dit : ma copine, elle vient que le week-end. Le contrôleur ([[PERSONNE:Jacky]]) demande ses justificatifs de domicile à elle. Dossier [[N_ALLOCATAIRE:0247158]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Béthune}}, plateforme. Journée de panne du site, les gens n'arrivent pas à s'actualiser. Message d'accueil modifié à {{10h}}. {{40 appels}} en {{1h}} pour ça. Le conseiller répète en boucle : 'oui c'est national, le délai est prolongé jusqu'à demain'.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus ({{CHRS}} {{La Vie Active}}, {{Lens}}). M. [[PERSONNE:Gilbert Leroy]], {{61 ans}}, ancien routier, dans un {{T1}} au-dessus d'une friterie. Il a arrêté de boire depuis {{8 mois}}, il montre son calendrier coché. L'éducatrice ([[PERSONNE:Noémie]]) vérifie la facture {{TotalEnergies}}, réf. client [[IDENTIFIANT:TE-90041827]]. Tout est payé. Ça sent la frite jusque dans la chambre.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Angers}}. Étudiant chinois, [[PERSONNE:Zhang Wei]], n'arrive pas à créer son compte {{Ameli}} : nom et prénom inversés partout. L'agente ([[PERSONNE:Gaëlle]]) corrige sur présentation du passeport, [[IDENTIFIANT:EJ4471839]]. Elle lui explique que '[[PERSONNE:Zhang]]' c'est bien le nom de famille. Il rit : 'en {{France}} tout le monde se trompe'.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Avignon}}, ligne plan canicule. Il fait {{38°}} à {{15h}}. Les agents appellent la liste des {{320 personnes}} inscrites, {{50}} chacun. Une dame répond 'je suis en train de manger une glace', l'agente coche 'ok' en riant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Amiens}}, antenne d'{{Étouvie}}. M. [[PERSONNE:Bruno Caron]], {{57 ans}}, licencié d'une usine agroalimentaire de {{Flixecourt}}. Il a peur de 'plus jamais trouver à mon âge'. La conseillère, Mme [[PERSONNE:Lenglet]], lui parle des aides à l'embauche des seniors. ID [[ID_FRANCE_TRAVAIL:6710942 J]]. Il sort son CV papier, daté de {{1996}}. Ils le refont ensemble.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Calais}}. Mme [[PERSONNE:Bertin]] vient avec son fils [[PERSONNE:Enzo]] (encore un [[PERSONNE:Enzo]] !) pour l'{{ARS}}, pas versée. Le fils a eu {{18 ans}} en août : fin des droits. L'agente ([[PERSONNE:Pauline]]) explique doucement. Le fils : 'du coup c'est ma faute si j'ai 18 ans ?'. Tout le monde rit, même la mère.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CPAM}} de {{Paris}}, {{3646}}. Un jeune homme, [[PERSONNE:Ousmane Ndiaye]], attend sa {{carte Vitale}} depuis {{5 mois}}. Il a bien un NIR définitif : [[NIR:1 97 05 99 341 804 97]]. Le conseiller voit que la photo a été refusée (fond pas blanc). Il lui renvoie le formulaire par mail à [[EMAIL:o.ndiaye97@gmail.com]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Valenciennes}}, accueil tel. Un ambulancier privé annonce un transfert depuis l'{{EHPAD Les Tilleuls}} de {{Denain}} : Mme [[PERSONNE:Ghislaine Dupuis]], {{94 ans}}, suspicion de fracture. L'agente note le portable de l'ambulancier pour le retour : [[TELEPHONE:06 12 60 73 28]]. Arrivée prévue {{16h15}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Saint-Quentin}}, réunion d'équipe du matin. Point sur les {{42 places}} : 40 occupées, 2 réservées pour le {{115}}. Les éducs parlent des résidents par leur numéro de chambre, par habitude. Café dans des tasses dépareillées.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} de {{Mende}} ({{Lozère}}), visite à domicile, {{25 min}} de route. M. [[PERSONNE:Bouissou]], {{87 ans}}, ancien berger, [[ADRESSE:Le Villaret, 48000 Mende]]. Il demande une téléassistance. L'agente ([[PERSONNE:Sylvie]]) remplit le dossier sur la toile cirée. Il a deux chiens, {{Papillon}} et {{Rex}}, qui dorment sous la table.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf du Nord}}, plateforme de {{Valenciennes}}. Mme [[PERSONNE:Cappelaere]] appelle : ses {{allocations familiales}} sont parties sur son ancien compte, fermé. Le conseiller ([[PERSONNE:Loïc]]) voit que le nouveau RIB a été saisi après la date limite. Elle relit le nouveau pour vérifier : [[IBAN:FR76 1027 8027 1800 2530 5679 165]]. C'est bon. Le virement reviendra sous {{10 jours}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Toulon}}. M. [[PERSONNE:Giordano]], {{62 ans}}, ancien de la {{Marine nationale}}, cherche un poste d'agent de sécurité. Carte pro {{CNAPS}} n° [[IDENTIFIANT:CAR-083-2029-03-14-20190456321]]. La conseillère ([[PERSONNE:Myriam]]) trouve {{3 offres}} sur le port. Il repart avec les fiches imprimées, pliées en quatre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Boulogne-sur-Mer}}. Un pêcheur blessé à la main, amené par un collègue en camionnette ([[IMMATRICULATION:ab-512-zz]], garée n'importe comment). L'agente relève le nom, [[PERSONNE:Yannick Fournier]], et un tel : [[TELEPHONE:06 80 21 47 93]]. Pas de {{carte Vitale}} sur lui, elle est 'sur le bateau'. Elle fera sans.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} du {{Loiret}} à domicile, {{Orléans}} {{La Source}}. M. [[PERSONNE:Mukendi]] absent. Sa fille [[PERSONNE:Grâce]] ouvre : il est à la pharmacie. L'agente ([[PERSONNE:Isabelle]]) attend {{10 min}} dans la voiture, il revient avec ses médicaments. Conforme. Elle note l'heure : {{11h52}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Nord}}, antenne du {{Hainaut}}. Une jeune femme, [[PERSONNE:Cindy]], appelle de {{Denain}}, son conjoint l'a frappée. L'écoutante ([[PERSONNE:Malika]]) prend sa date de naissance pour le {{SIAO}}, '[[DATE_NAISSANCE:14 juillet 2000]]', et un numéro sûr, celui de sa sœur : [[TELEPHONE:07 81 26 39 04]]. Mise à l'abri à l'hôtel {{Première Classe}} de {{Valenciennes}}, {{chambre 9}}, taxi payé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Rouen}}, permanence juridique gratuite. Mme [[PERSONNE:Lemonnier]], litige avec son propriétaire. Elle a un jugement, RG [[IDENTIFIANT:22/03914]]. L'avocat bénévole, Me [[PERSONNE:Picard]], lui explique l'appel et les délais. {{20 min}} pile, montre en main.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Bruay-la-Buissière}}. Mme [[PERSONNE:Szymanski]], {{68 ans}}, vérification de résidence pour l'{{APL}} : elle passerait l'hiver chez sa fille à {{Cracovie}}. Elle dit que non et sort ses tickets de caisse du {{Lidl}} de {{Bruay}} de janvier 😂. Le contrôleur ([[PERSONNE:Fabrice]]) trouve ça suffisant. Num alloc [[N_ALLOCATAIRE:6288140]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Martinique}}, plateforme du {{Lamentin}}. Une jeune femme, [[PERSONNE:Maëlys Rosine]], veut une aide pour partir en formation dans l'{{Hexagone}} ({{LADOM}}). ID [[ID_FRANCE_TRAVAIL:0042918 V]]. Elle épelle son nom : '[[PERSONNE:R-O-S-I-N-E]], comme le prénom'. Le conseiller lui envoie la liste des pièces.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Hautepierre}} ({{Strasbourg}}). Un homme à la rue, '[[PERSONNE:Jojo]]', arrive à pied, les pieds gelés. Tout le monde le connaît. L'IOA retrouve son dossier sans même demander : IPP [[IDENTIFIANT:67H2209815]]. Il demande un café avant tout. Il l'a.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Douai}} ({{Dorignies}}). Entretien de suivi avec M. [[PERSONNE:Hakim Chaouch]], en attente de son {{AAH}}. Dossier {{MDPH}} déposé il y a {{7 mois}}, n° [[IDENTIFIANT:59-0872345]]. L'éducateur ([[PERSONNE:Vincent]]) appelle la MDPH devant lui : 'en cours d'instruction'. [[PERSONNE:Hakim]] hausse les épaules, il s'y attendait.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Tourcoing}}. [[PERSONNE:Lola Decroix]], {{22 ans}}, a quitté ses parents et veut son propre compte {{Ameli}}. L'agente saisit : NIR [[NIR:2 03 01 59 599 162 26]], née à Tourcoing en [[DATE_NAISSANCE:janvier 2003]]. Nouvelle adresse : [[ADRESSE:46 rue de Lille, 59200 Tourcoing]]. Compte créé, code provisoire par courrier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Dunkerque}}, atelier réseaux sociaux. La conseillère ([[PERSONNE:Anaïs]]) montre son propre profil {{LinkedIn}} en exemple : [[IDENTIFIANT:linkedin.com/in/anais-vermeersch-ft]]. Un participant, [[PERSONNE:Bryan]], demande si son compte {{TikTok}} [[IDENTIFIANT:@bryan.dk59]] peut faire peur aux recruteurs. Réponse : 'passe-le en privé'.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de la Vendée}}, plateforme de {{La Roche-sur-Yon}}. Formation des nouveaux ({{3 recrues}}) en double écoute, sur le {{complément familial}}. La tutrice note les erreurs sur un post-it jaune. Personne n'est jugé, elle dit 'moi aussi je me suis plantée au début'.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Villeneuve-d'Ascq}}, tel. Un homme signale que sa voisine, Mme [[PERSONNE:Koç]], {{82 ans}}, se fait démarcher par des faux plombiers. Adresse : [[ADRESSE:5 square du Triolo, 59650 Villeneuve-d'Ascq]]. L'agente ([[PERSONNE:Agnès]]) transmet à la police et appelle la dame : [[TELEPHONE:03 20 91 47 52]]. Elle promet de ne plus ouvrir.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} de {{Noyon}}, visite pour une demande de logement d'urgence. La famille [[PERSONNE:Dimitrov]], bulgare, {{5 personnes}} dans un studio. Le propriétaire, M. [[PERSONNE:Verhaeghe]], loue sans bail. L'agente relève l'adresse pour le signalement d'insalubrité : [[ADRESSE:2 bis rue du Grand Pont, 60400 Noyon]]. Les enfants jouent sur le palier, pas de place dedans.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile ({{CHRS}} {{Calais}}, sortie vers le logement). M. [[PERSONNE:Haile]], érythréen, {{31 ans}}, réfugié statutaire, vient d'emménager chez {{Terre d'Opale Habitat}}, n° de locataire [[IDENTIFIANT:TOH-55120]]. Frigo donné par {{Emmaüs}}. Il nous montre comment il a appris la carbonade flamande sur {{YouTube}}. Fierté.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam de l'Aisne}}, {{3646}}. Un routier appelle d'une aire d'autoroute, il a perdu sa {{carte Vitale}}. Le conseiller ([[PERSONNE:Hugo]]) vérifie l'identité : M. [[PERSONNE:Laurent Degroote]], né le [[DATE_NAISSANCE:7 octobre 1964]] à {{Béthune}}, NIR [[NIR:1 64 10 62 119 510 47]]. Nouvelle carte commandée, attestation envoyée à [[EMAIL:laurent.degroote@sfr.fr]].",
    ),
]

# Batch 6 (ind65-171 ... ind65-205)
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Toulouse}}, accueil de {{Bagatelle}}, {{13h30}}. M. [[PERSONNE:Rachid Amrani]] vient déclarer la naissance de sa fille, [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:2 février]]. Il a tous les papiers dans une pochette {{Carrefour}}. L'agente ([[PERSONNE:Stéphanie]]) : 'vous êtes le premier de la journée à avoir tout !'. Num alloc [[N_ALLOCATAIRE:7102944]]. Il demande si la {{PAJE}} arrive vite : {{1 mois}} environ.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Saint-Nazaire}}. Soudeur intérimaire, [[PERSONNE:Erwan Guégan]], {{44 ans}}, fin de mission aux {{Chantiers de l'Atlantique}}. Il veut juste 'pas perdre ses droits entre deux missions'. La conseillère vérifie l'ID [[ID_FRANCE_TRAVAIL:2218650 S]] et l'historique : {{14 contrats}} en {{1 an}}. Elle dit que c'est le record de la semaine.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de l'{{Armée du Salut}}, {{Lille}}. Admission d'un homme de {{58 ans}}, [[PERSONNE:Jean-Pierre Catteau]], après une expulsion à {{Hellemmes}}. Il donne sa date de naissance d'une traite : '[[DATE_NAISSANCE:vingt-six novembre soixante-six]]'. Son tel : [[TELEPHONE:06 29 41 70 58]]. Le bailleur, {{LMH}}, lui réclame encore une dette, réf. [[IDENTIFIANT:LMH-2311-04587]]. L'éducateur ([[PERSONNE:Karim]]) : 'on verra ça plus tard, d'abord dormir'.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam de la Somme}}, tel. Un jeune, [[PERSONNE:Maxence]], {{23 ans}}, appelle pour sa {{complémentaire santé solidaire}}. Vérif NIR, il le lit sur sa carte : [[NIR:1 02 03 80 021 152 62]]. Le conseiller ([[PERSONNE:Samuel]]) : dossier incomplet, il manque les relevés de bourse. Numéro de rappel laissé : [[TELEPHONE:07 52 88 40 16]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vaulx-en-Velin}}. Une mamie, Mme [[PERSONNE:Benyahia]], vient avec sa petite-fille [[PERSONNE:Sarah]] qui traduit. Aide pour les obsèques de son mari. L'agente ([[PERSONNE:Nadia]]) connaît la procédure par cœur : capital décès ({{Cpam}}), prise en charge communale si besoin. Moment très digne. Je note rien d'autre.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Jeumont}} (frontière belge). M. [[PERSONNE:Lambert]] vit à Jeumont mais travaille à {{Charleroi}}. Ses salaires arrivent sur un compte belge, [[IBAN:BE93 0465 8821 4367]], jamais déclaré. La contrôleuse, Mme [[PERSONNE:Dewitte]], lui explique la déclaration des revenus perçus à l'étranger. Plaque belge devant la maison : [[IMMATRICULATION:2-ADF-717]]. Dossier [[N_ALLOCATAIRE:5930612]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Roanne}}, {{11h}}. Pot de départ d'une conseillère qui part à la retraite après {{38 ans}} ({{ANPE}}, puis {{Pôle emploi}}, puis {{France Travail}}). Elle dit : 'trois noms, un seul métier'. Tout le monde applaudit. Je suis là par hasard, on me donne une part de {{tarte aux pralines}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{La Timone}} ({{Marseille}}), accueil tel. Une mère appelle, son fils [[PERSONNE:Rayan]] est parti aux urgences seul, elle veut savoir s'il est arrivé. L'agent ne peut pas confirmer. Mais il propose de transmettre un message au cas où : 'appelle maman', avec le numéro [[TELEPHONE:06 11 47 92 85]]. Elle dit merci dix fois.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Somme}}, {{Amiens}}. L'écoutant me montre le logiciel {{SI-SIAO}} : chaque appel = une fiche. Ce soir {{17 fiches}}, 9 sans solution. Il me dit 'le chiffre qui compte, c'est celui-là', en montrant le 9.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam de l'Artois}}, {{Lens}}. M. [[PERSONNE:Stanisław Nowak]], {{80 ans}}, ancien mineur, vient pour ses remboursements, autrefois gérés par la {{CANSSM}}. L'agente ([[PERSONNE:Cathy]]) lui explique que c'est la Cpam maintenant. Il dit 'du temps de la {{Caisse des mines}} c'était mieux'. Il l'appelle 'ma petite' tout du long, elle s'en fiche.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} d'{{Armentières}}, visite pour un dossier d'aide sociale à l'hébergement. Mme [[PERSONNE:Delattre]], {{86 ans}}, doit entrer à l'{{EHPAD Les Orchidées}}. Sa fille unique, [[PERSONNE:Martine]], vit à {{Nice}}, elle est au tel en haut-parleur : [[TELEPHONE:+33 6 72 18 05 44]]. L'agente ([[PERSONNE:Héloïse]]) liste les pièces. La dame demande si elle pourra emmener sa pendule.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} du {{18e}} ({{Paris}}), standard. {{10h}}-{{11h}} : {{19 appels}}. Beaucoup sur le {{Pass Navigo}} gratuit pour les seniors, plusieurs sur les colis. L'agent a collé sur son écran un post-it 'SOURIRE ÇA S'ENTEND'.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de l'Isère}}, {{Grenoble}}. Mme [[PERSONNE:Ravelojaona]], malgache, {{36 ans}}, {{AAH}} refusée, elle veut comprendre. L'agent ([[PERSONNE:Thibault]]) lit la notification : taux d'incapacité {{50 %}}, il faut {{80 %}} ou une {{RSDAE}}. Elle écrit 'RSDAE' sur sa main. Mail pour le suivi du recours : [[EMAIL:h.ravelojaona@free.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Roubaix}}, tel. M. [[PERSONNE:Degryse]] appelle, furieux : allocation supprimée. Le conseiller ([[PERSONNE:Wassim]]) trouve : contrôle de la recherche d'emploi, pas de réponse au questionnaire. ID [[ID_FRANCE_TRAVAIL:4129006 A]]. Il jure n'avoir rien reçu. Mail dans le dossier : [[EMAIL:eric.degrise@orange.fr]], faute de frappe ('[[PERSONNE:degrise]]' au lieu de '[[PERSONNE:degryse]]'). Il rit jaune.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Toulouse}}, accueil de nuit. Un couple avec un chien arrive à {{21h}} : [[PERSONNE:Kevin]] et [[PERSONNE:Marina]], {{30 ans}} environ, et {{Pablo}}, un berger. Le chien dort dans le chenil de la cour, ils vont vérifier 3 fois qu'il va bien. L'éducatrice a des croquettes dans son placard, 'au cas où'.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Mulhouse}}, quartier {{Drouot}}. M. [[PERSONNE:Benmoussa]], [[ADRESSE:23 rue de Soultz, 68200 Mulhouse]]. Il ouvre en béquilles, fracture du pied. L'agente ([[PERSONNE:Sonia]]) regarde à peine, dit 'bon rétablissement' et repart. {{1 minute}}. Elle : 'les fractures, on vient pour la forme'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Cholet}}. Un monsieur arrive en taxi, il a laissé sa voiture sur le parking du {{Leclerc}} après un malaise. Il demande qu'on note la plaque pour que sa femme la récupère : [[IMMATRICULATION:DF-118-CL]]. Nom : [[PERSONNE:Philippe Marchand]]. IPP [[IDENTIFIANT:600388217]]. La femme, [[PERSONNE:Brigitte]], appelle {{20 min}} après, l'agente lui passe le message.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de {{Corse-du-Sud}}, tel. Un saisonnier de l'hôtellerie à {{Porto-Vecchio}}, M. [[PERSONNE:Cucchi]], ne comprend pas la case 'revenus d'activité' de sa déclaration trimestrielle. La conseillère ([[PERSONNE:Marie-Ange]]) l'aide case par case. Num alloc [[N_ALLOCATAIRE:4032196]]. Il conclut : 'vous êtes un ange'. Elle : 'c'est dans mon prénom'.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Calais}}. Mme [[PERSONNE:Justine Lebas]], {{31 ans}}, ancienne ouvrière chez {{Calais Dentelle}}, veut devenir auxiliaire de puériculture. La conseillère ([[PERSONNE:Virginie]]) lui demande son mail pour l'info coll, elle l'écrit en toutes lettres : [[EMAIL:justine point lebas arobase gmail point com]]. ID [[ID_FRANCE_TRAVAIL:5590183 G]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences du {{CH de Dunkerque}}, accueil tel, nuit. Appel de la gendarmerie de {{Gravelines}} : ils amènent un homme en ivresse, [[PERSONNE:Cédric Hennion]]. L'agente demande sa date de naissance pour préparer le dossier : '[[DATE_NAISSANCE:12/09/84]]'. Arrivée dans {{20 min}}. Elle soupire, 'le {{vendredi}} soir...'.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Aisne}}. La maire de {{Bohain-en-Vermandois}} appelle : un homme dort dans l'abribus depuis {{3 nuits}}. Elle connaît son prénom, [[PERSONNE:Thierry]], 'un gars du coin'. L'écoutant ([[PERSONNE:Mathieu]]) organise une maraude avec la {{Croix-Rouge}} de {{Saint-Quentin}}. Portable de la maire pour le retour : [[TELEPHONE:06 45 30 12 97]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Hénin-Beaumont}}. Famille [[PERSONNE:Bouzid]], {{4 enfants}}, contrôle de routine (tirage au sort). La contrôleuse ([[PERSONNE:Nadia]]) le dit d'entrée, 'vous n'avez rien fait de mal', ça détend tout de suite. Surface du logement : {{78 m²}}. Adresse : [[ADRESSE:10 cité des Cornailles, 62110 Hénin-Beaumont]]. RAS. {{35 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nîmes}}, jour de marché. Beaucoup de passage, des gens qui viennent juste se réchauffer. L'agent d'accueil laisse faire, il a ajouté {{6 chaises}}. Un vieux monsieur lit {{Midi Libre}} pendant {{1h}} et repart sans rien demander.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CPAM du Hainaut}}, {{3646}}. Mme [[PERSONNE:Fontaine]] appelle pour un remboursement d'ostéo (pas remboursé, elle l'apprend). Vérif : née le [[DATE_NAISSANCE:19 juin 1979]]. Le conseiller lui conseille de voir avec sa mutuelle. Pendant l'appel on entend un bébé pleurer, elle s'excuse trois fois.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus ({{CHRS}} de {{Beauvais}}). Mme [[PERSONNE:Ahamada]] et ses {{3 enfants}}, arrivés de {{Mayotte}} il y a {{1 an}}. Appartement nickel, rideaux faits main. Le travailleur social ([[PERSONNE:Jérôme]]) prépare la demande auprès de l'{{OPAC de l'Oise}}, n° unique [[IDENTIFIANT:06011 23 00458 X]]. Les enfants ont des bonnes notes, elle montre les bulletins.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Nanterre}}. M. [[PERSONNE:Hocine Saïdi]], {{50 ans}}, chauffeur VTC qui arrête. Il a son SIRET perso à fermer : [[IDENTIFIANT:842 615 309 00017]]. La conseillère ([[PERSONNE:Laëtitia]]) lui parle de l'{{ATI}}, pas de l'{{ARE}}. Il repart avec un RDV {{URSSAF}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Arras}}. Jeune couple, [[PERSONNE:Axel]] et [[PERSONNE:Manon]], premier appart, demande d'{{APL}}. Bloqués sur le site à l'étape 'bailleur'. L'agent ([[PERSONNE:Florian]]) trouve : il fallait le SIRET de {{Pas-de-Calais Habitat}}, {{775 641 229 00024}}. Débloqué en {{5 min}}. Ils s'embrassent au guichet 😊.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM du Rhône}}, {{Lyon}} {{8e}}. M. [[PERSONNE:Alves]] vient pour son fils [[PERSONNE:Tiago]], apprenti à la {{Boulangerie Morel}}, brûlé au four. Déclaration d'accident du travail : le patron, M. [[PERSONNE:Morel]], ne l'a pas faite. L'agente explique que l'employeur a {{48h}}. Le père : 'il va m'entendre'.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Liévin}}, tel. Demande de téléassistance pour M. [[PERSONNE:Carpentier]] ([[PERSONNE:Raymond]]), {{90 ans}}, par son fils. L'agente note : [[ADRESSE:12 rue Jean Jaurès, 62800 Liévin]], fixe [[TELEPHONE:03 21 29 05 61]], fils [[TELEPHONE:06 87 52 13 40]]. Installation sous {{8 jours}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} d'{{Abbeville}}, visite d'évaluation. Mme [[PERSONNE:Leleu]], {{73 ans}}, vit avec son frère handicapé, [[PERSONNE:Jacques]], [[ADRESSE:6 chemin de Menchecourt, 80100 Abbeville]]. Maison très froide, fioul trop cher. L'agent ([[PERSONNE:Kevin]]) monte une aide fioul de {{300 €}}. Elle insiste pour nous donner des œufs de ses poules.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Dunkerque}}, {{Petite-Synthe}}. Un résident, [[PERSONNE:Anthony Verbeke]], sort avec un {{CDI}} chez un sous-traitant d'{{ArcelorMittal}}. Les éducs ont fait un gâteau. Il montre son premier bulletin de salaire à tout le monde. Nouveau tel à noter au dossier : [[TELEPHONE:07 66 31 20 84]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Beauvais}}. Atelier 'simulation d'entretien' ({{5 personnes}}). La conseillère joue la recruteuse, très crédible. Un jeune fait semblant de répondre au téléphone pendant l'entretien, tout le monde rit. Débrief : 'pas de chewing-gum'. Aucun nom noté, tout le monde s'appelait 'candidat'.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Créteil}}, accueil. Mme [[PERSONNE:Précieuse Mbemba]] arrive avec un courrier 'contrôle de situation' qu'elle ne comprend pas. L'agente ([[PERSONNE:Élodie]]) le lui lit, il faut juste renvoyer un formulaire. Elles le remplissent ensemble : tel [[TELEPHONE:06 03 74 58 21]], dossier [[N_ALLOCATAIRE:0225761]]. {{10 minutes}}. La dame était angoissée depuis {{2 semaines}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Le Port}} ({{La Réunion}}). [[PERSONNE:Jean-Hugues Técher]], {{27 ans}}, veut partir travailler dans l'hôtellerie en métropole. Conseillère : Mme [[PERSONNE:Maillot]]. Mobilité {{LADOM}}, encore. ID [[ID_FRANCE_TRAVAIL:1734520 E]]. Il demande s'il fait 'vraiment si froid à {{Lille}}'. Elle rit : 'prends un manteau'.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam de Lille-Douai}}, plateforme. Appel d'une pharmacienne de {{Seclin}} : la {{carte Vitale}} d'un patient ne passe pas. M. [[PERSONNE:Joseph Ouattara]], né le [[DATE_NAISSANCE:3 mai 1990]]. L'agent vérifie les droits par le nom et la date : ouverts, la carte est juste abîmée. {{2 min}}.",
    ),
]

# Batch 7 (ind65-206 ... ind65-240)
NOTES_7 = [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf du Pas-de-Calais}}, tel. Mme [[PERSONNE:Vermeulen]], de {{Béthune}} : son versement a été rejeté par la banque. Le conseiller ([[PERSONNE:Damien]]) voit une erreur d'un chiffre dans l'IBAN saisi. Elle redonne le bon, chiffre par chiffre : [[IBAN:FR76 1670 6050 2105 7339 5742 203]]. Num alloc [[N_ALLOCATAIRE:6240583]]. Nouveau versement lancé, {{48h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de la Haute-Garonne}}, plateforme. {{16h55}}, dernier appel avant la fermeture. Une étudiante en larmes : histoire de coloc, {{APL}} coupée. La conseillère reste {{12 min}} après l'heure. Elle me dit 'je pouvais pas la laisser comme ça'.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de la Somme}}, tel. M. [[PERSONNE:Abdoulaye Dieng]] appelle pour sa fille étudiante, [[PERSONNE:Awa]], allocataire elle-même. Le conseiller ([[PERSONNE:Cyril]]) ne peut rien dire au père, il faut qu'elle rappelle. Le père donne quand même le mail de sa fille : [[EMAIL:awa.dieng.amiens@gmail.com]]. 'Je ne peux rien en faire, monsieur.' Dialogue de sourds, poli.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de la {{Guadeloupe}}, tel. Mme [[PERSONNE:Jean-Louis]] n'a pas reçu la {{prime de Noël}}. Le conseiller vérifie : elle touche l'{{ASS}}, pas le {{RSA}}, donc c'est {{France Travail}} qui la verse. Elle : 'encore un numéro à appeler'. Il lui donne le {{3949}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} des {{Alpes-Maritimes}}, {{Nice}}, quartier de l'{{Ariane}}. Mme [[PERSONNE:Belkacem]] déclare un loyer de {{750 €}} versé à un particulier. Le contrôleur ([[PERSONNE:Gilles]]) demande la preuve : virements vers l'IBAN du propriétaire, M. [[PERSONNE:Ricci]], [[IBAN:FR76 3000 3022 1067 9683 8450 018]]. Tout concorde. Elle demande une aide pour les meubles : non, voir le {{CCAS}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Anzin}} (à côté de {{Valenciennes}}). M. [[PERSONNE:Ludovic Hanotte]], {{RSA}}, déclare ne pas avoir de véhicule. Devant chez lui, une {{Golf}} immatriculée [[IMMATRICULATION:FH 093 LN]]. En panne depuis {{2 ans}}, c'est vrai : pneus à plat, mousse sur le pare-brise. Le contrôleur ([[PERSONNE:Sébastien]]) note 'véhicule hors d'usage'. Vérif sur la CNI, n° [[IDENTIFIANT:040659301287]], né le [[DATE_NAISSANCE:21/04/1976]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, permanence à {{Hazebrouck}}. Une jeune femme, [[PERSONNE:Mélissa Cuvelier]], {{21 ans}}, enceinte, vient pour la première fois. L'agente ([[PERSONNE:Véronique]]) ouvre son dossier de A à Z : num alloc attribué [[N_ALLOCATAIRE:7419365]], mail [[EMAIL:melissa.cuvelier@icloud.com]], tel [[TELEPHONE:07 49 81 20 63]]. {{45 minutes}}. Elle repart avec une liste de {{8 choses}} à faire.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Valence}}, accueil sur RDV seulement. Affiche : 'Prenez RDV sur {{caf.fr}}'. {{3 personnes}} repartent sans avoir vu personne. L'agent d'accueil me dit : 'je leur donne au moins un créneau pour le lendemain'.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf des Bouches-du-Rhône}}, {{Marseille}}. Mme [[PERSONNE:Kassimi]], {{4 enfants}}, demande l'{{AEEH}} pour [[PERSONNE:Ilyès]], né en [[DATE_NAISSANCE:2010]]. Elle a la notification, dossier {{MDPH}} n° [[IDENTIFIANT:13-MDPH-0458812]]. L'agent ([[PERSONNE:Nicolas]]) scanne tout. {{15 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Tourcoing}}, accueil. Mme [[PERSONNE:Lecocq]], {{67 ans}}, demande l'aide au paiement de la {{mutuelle communale}}. L'agent ([[PERSONNE:Franck]]) vérifie ses ressources ({{ASPA}}). Elle tend sa carte de mutuelle, adhérente n° [[IDENTIFIANT:MCT-004815]]. Éligible. Elle repart avec un sourire et un bonbon.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Clermont-Ferrand}}. Il pleut, la salle d'attente sent le parapluie mouillé. {{7 personnes}}. Un agent sort toutes les {{10 minutes}} appeler le ticket suivant. L'afficheur est en panne, il crie les numéros : '{{B12}} ! {{B13}} !'.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Soissons}}, antenne de {{Presles}}. M. [[PERSONNE:Laurent]], {{45 ans}}, intérimaire, demande un secours pour un loyer en retard. L'agente ([[PERSONNE:Morgane]]) prépare un versement direct au bailleur, {{Clésence}}, réf. locataire [[IDENTIFIANT:CLS-78320-02]], et note aussi le RIB du monsieur pour une aide ponctuelle : [[IBAN:FR76 3000 2044 7395 7041 7377 542]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Calais}}, accueil. Une dame très âgée, Mme [[PERSONNE:Boulogne]] (oui, comme la ville, elle le dit elle-même en riant), {{93 ans}}, née le [[DATE_NAISSANCE:1er avril 1932]], vient pour le {{colis des aînés}}. Elle vit à Calais mais est née à {{Boulogne-sur-Mer}}, 'évidemment'. Inscrite. L'agente ([[PERSONNE:Sabrina]]) lui tient la porte.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Amiens}}, tel. Une assistante sociale du {{CHU}} appelle pour une sortie d'hospitalisation sans logement. L'agente cherche, renvoie vers le {{115}}, qui renvoie vers le {{SIAO}}. Ping-pong entre services, {{25 min}} au total. Elle raccroche : 'on a fait ce qu'on a pu'.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Maubeuge}}, tel. Le fils de M. [[PERSONNE:Delcourt]] appelle de {{Bruxelles}} : son père ne paie plus ses factures depuis la mort de sa mère. L'agente ([[PERSONNE:Nathalie]]) propose une visite à domicile et note le numéro belge du fils : [[TELEPHONE:+32 475 28 91 36]]. Visite fixée {{mardi}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} du {{Robert}} ({{Martinique}}), visite à domicile. Mme [[PERSONNE:Ursulet]], {{81 ans}}, maison créole, [[ADRESSE:quartier Pointe Lynch, 97231 Le Robert]]. Demande d'aide pour réparer le toit après la tempête. L'agent ([[PERSONNE:Rony]]) prend des photos, la dame nous donne des mangues.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Lens}}, {{Grande Résidence}}. M. [[PERSONNE:Mustapha El Amrani]], {{56 ans}}, né au {{Maroc}}, ex-ouvrier du BTP, arrêt maladie long. L'éducatrice ([[PERSONNE:Cécile]]) monte avec lui le dossier d'invalidité, elle recopie le NIR de son attestation : [[NIR:1 69 02 99 350 385 18]]. Il demande à quoi sert le 99, elle explique 'né à l'étranger'. Il trouve ça 'bizarre mais logique'.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Bayonne}}. Arrivée d'une jeune Géorgienne, [[PERSONNE:Nino Beridze]], {{24 ans}}, demandeuse d'asile, attestation n° [[IDENTIFIANT:2406451873]]. Elle parle russe, une résidente traduit. Chambre partagée avec [[PERSONNE:Tamara]], de la même région. Au bout de {{5 minutes}} elles rient ensemble.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Haute-Garonne}}, {{2h}} du matin. Calme. L'écoutant fait des mots croisés entre deux appels. Un appel : un monsieur qui veut juste parler. Il reste {{12 min}}, ne demande pas de place. L'écoutant : 'ça aussi c'est notre boulot'.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Landes}}. Un homme, [[PERSONNE:Patrice]], {{55 ans}}, dort dans son camping-car sur une aire de {{Mont-de-Marsan}}. Il appelle parce que le chauffage ne marche plus. Immat donnée pour la maraude : [[IMMATRICULATION:BN-447-AX]]. Il vit dedans depuis {{4 ans}}, refuse le foyer. La maraude passera avec des couvertures.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}. Une jeune femme, [[PERSONNE:Alicia]], enceinte de {{6 mois}}, appelle depuis un hall d'immeuble à {{Vénissieux}}. L'écoutante prend sa date de naissance, [[DATE_NAISSANCE:05/08/2004]], et son numéro, [[TELEPHONE:06 93 17 42 58]]. Priorité femme enceinte : hôtel {{Ibis budget}}, {{chambre 304}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile, {{CHRS}} de {{Roubaix}} (appartement en diffus, {{Trois-Ponts}}). Mme [[PERSONNE:Kaya]] et sa fille [[PERSONNE:Elif]]. L'éducateur ([[PERSONNE:Marc]]) vérifie que {{Vilogia}} a réparé la chaudière : oui. Dans le salon, un {{olivier}} en pot, 'mon seul meuble venu de {{Turquie}}'. Tout va bien.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite {{CHRS}} en diffus à {{Brest}}, {{Pontanézen}}. M. [[PERSONNE:Kermarrec]], {{49 ans}}, vit seul avec sa perruche, {{Coco}}. Il a la clé d'un jardin partagé et nous le fait visiter. L'éducatrice ([[PERSONNE:Solenn]]) parle du renouvellement de son {{AAH}}. Adresse du logement pour la fiche : [[ADRESSE:8 rue Anatole France, 29200 Brest]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam des Flandres}}, {{Dunkerque}}. Mme [[PERSONNE:Catherine Vanpeene]], {{45 ans}}, vient pour ses IJ, virées sur un compte clos. L'agente ([[PERSONNE:Delphine]]) saisit le NIR, [[NIR:2 80 02 59 183 019 65]], et le nouveau RIB : [[IBAN:FR76 1131 5000 0127 6274 7584 909]]. La dame : 'née à Dunkerque, je vivrai à Dunkerque, je mourrai à Dunkerque' 😄.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CPAM}} de la {{Gironde}}, {{3646}}. Un intermittent du spectacle, M. [[PERSONNE:Lacombe]], appelle pour un arrêt maladie pendant une tournée. Le conseiller ([[PERSONNE:Bastien]]) se perd un peu dans les cachets, demande à sa cheffe. {{14 min}}. Rappel promis au [[TELEPHONE:06 19 84 27 70]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam de la Côte d'Opale}}, tel. Mme [[PERSONNE:Lemaître]], de {{Saint-Omer}}, a reçu une facture de l'hôpital, n° [[IDENTIFIANT:F2025-118447]], et ne comprend pas. Le conseiller : c'est le forfait patient urgences, {{19,61 €}}, sa mutuelle doit le prendre en charge. Elle : 'ah, c'est pas une arnaque alors'.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Denain}}. M. [[PERSONNE:Bernard Wattrelot]], [[ADRESSE:31 rue Villars, 59220 Denain]]. Sonnette cassée. L'agente ([[PERSONNE:Murielle]]) frappe, il ouvre enfin : il était dans le jardin. Arrêt pour tendinite, il taillait sa haie 🤔. Elle note sans commentaire.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile, {{Cpam}} de {{Haute-Savoie}}, vers {{Annecy}}. {{40 min}} de trajet pour un contrôle de {{2 min}}. L'agente me montre sa tournée : {{6 adresses}} dans la journée, routes de montagne. Sa voiture de service a {{210 000 km}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Bruay-la-Buissière}}. M. [[PERSONNE:Yanis Boudjema]], {{19 ans}}, veut une aide pour réparer sa voiture, indispensable pour un {{CDD}} à {{Isbergues}}. La conseillère ([[PERSONNE:Marion]]) vérifie la carte grise : [[IMMATRICULATION:BW-285-RS]], au nom de sa mère, [[PERSONNE:Samia Boudjema]]. Ça passe quand même. ID [[ID_FRANCE_TRAVAIL:8032675 U]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Bourges}}, {{8h30}}. Ouverture des portes, {{11 personnes}} déjà là. Trois viennent pour le même souci : une attestation {{Pôle emploi}} 'qui dit {{France Travail}}'. Le chargé d'accueil : 'c'est pareil, je vous promets'.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Valenciennes}}, tel. Mme [[PERSONNE:Ryckebusch]] veut s'inscrire à la formation aide à domicile du {{GRETA}}. Le conseiller ([[PERSONNE:Anthony]]) retrouve son ID, [[ID_FRANCE_TRAVAIL:2603817Y]], et lui envoie le lien sur [[EMAIL:ryckebusch.sylvie@gmail.com]]. Session en {{mars}}, {{14 places}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Cayenne}}, tel. Un jeune de {{Kourou}}, [[PERSONNE:Kelvin]], {{20 ans}}, bac pro électrotechnique, veut bosser 'au {{CNES}}'. Le conseiller ([[PERSONNE:Joël]]) lui dit qu'il y a des offres chez les sous-traitants du centre spatial. Le jeune : 'grave ?!'. Il note son tel : [[TELEPHONE:0694 22 15 67]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Amiens}}, plateforme. M. [[PERSONNE:Florent Delaporte]] a changé de banque pour son {{ARE}}. Le conseiller accepte la modif au tel après vérification d'identité. IBAN dicté : [[IBAN:FR76 1220 6001 2061 2167 2931 740]]. ID [[ID_FRANCE_TRAVAIL:3905142 L]]. 'Vous recevrez un mail de confirmation.'",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Soissons}}. Un agriculteur de {{Vic-sur-Aisne}}, M. [[PERSONNE:Hubert Lefèvre]], coupure profonde (tronçonneuse). Venu en tracteur ?! Non, sa femme l'a amené en {{Kangoo}}, [[IMMATRICULATION:EM-660-FV]], garée sur la place ambulance. Sa {{carte Vitale}} passe du premier coup. Il plaisante avec tout le monde en picard.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences du {{CH de Lens}}, accueil tel. Un généraliste de {{Harnes}} appelle pour adresser un patient : 'M. [[PERSONNE:Boulanger]], {{77 ans}}, dyspnée'. L'IOA note, demande l'heure d'arrivée prévue : {{18h}}. Le médecin laisse son portable pour le retour : [[TELEPHONE:06 31 75 48 09]].",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
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
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    for ent in entities:
        assert text[ent["start"] : ent["end"]].strip() == text[ent["start"] : ent["end"]]
    return text, entities, keep


def build():
    """All notes as dicts, numbered in writing order."""
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
    """Draw the split from the ids and the cells only; return (dev ids, holdout ids)."""
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    rng = random.Random(SEED)
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


def print_counts(notes, dev_ids, holdout_ids):
    """Print the README tables (all / dev / holdout)."""
    parts = {
        "all": notes,
        "dev": [n for n in notes if n["id"] in dev_ids],
        "holdout": [n for n in notes if n["id"] in holdout_ids],
    }
    cells = Counter()
    for name, group in parts.items():
        for note in group:
            cells[(note["site_kind"], note["channel"], name)] += 1
    print("| site kind | channel | all | dev | holdout |")
    print("|---|---|---|---|---|")
    for site_kind, channel in sorted({(n["site_kind"], n["channel"]) for n in notes}):
        row = [cells[(site_kind, channel, name)] for name in parts]
        print(f"| {site_kind} | {channel} | " + " | ".join(map(str, row)) + " |")
    print("| **total** | | " + " | ".join(str(len(g)) for g in parts.values()) + " |")
    print()
    print("| label | all | dev | holdout |")
    print("|---|---|---|---|")
    for label in LABELS:
        row = [sum(e["label"] == label for n in g for e in n["entities"]) for g in parts.values()]
        print(f"| {label} | " + " | ".join(map(str, row)) + " |")
    row = [sum(len(n["entities"]) for n in g) for g in parts.values()]
    print("| **total** | " + " | ".join(map(str, row)) + " |")
    print()
    row = [sum(len(n["keep"]) for n in g) for g in parts.values()]
    print("keep entries (all / dev / holdout):", " / ".join(map(str, row)))
    row = [sum(not n["entities"] for n in g) for g in parts.values()]
    print("notes without any entity (all / dev / holdout):", " / ".join(map(str, row)))


def main(argv):
    notes = build()
    dev_ids, holdout_ids = split(notes)
    assert len(notes) == 240, len(notes)
    assert len(dev_ids) == len(holdout_ids) == 120
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    if "--counts" in argv:
        print_counts(notes, dev_ids, holdout_ids)


if __name__ == "__main__":
    main(sys.argv[1:])
