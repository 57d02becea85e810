"""Author the independent18 evaluation corpus (stdlib only).

240 French observation notes written by hand for corpus n° 18 (names that look like words,
places and brands). Each note is a ``(site_kind, channel, text)`` tuple whose text carries
inline marks:

- ``[[CODE:value]]`` a span to mask; CODE is one of P, NIR, TEL, MAIL, IBAN, ADR, DN, ALLOC,
  FT, IMMAT, ID (see ``CODES``);
- ``{{value}}`` a string that must survive anonymisation (goes in the note's ``keep`` list).

Running the script strips the marks, computes the offsets (Python str indices, end exclusive),
numbers the notes ``ind18-001`` … in authoring order, splits them into two halves stratified by
(site_kind, channel) and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Usage: python holdout_author.py
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind18"
SEED = 18_2026

CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# fmt: off
NOTES = [
    # ---- Caf, accueil physique (14)
    (CAF, AP, "{{9h12}}, deja {{11 personnes}} devant la porte a l'ouverture. 1ere usagere : Mme [[P:Rose Marchand]], vient pour sa {{prime d'activité}} qui a baissé de {{87 €}}. Elle tient un bouquet de {{roses}} (anniv de sa fille ce soir). L'agente, [[P:Océane]], lui montre le calcul sur {{3 mois}}. Num alloc [[ALLOC:2486017]]. Repart rassurée, {{14 min}} au guichet."),
    (CAF, AP, "{{Caf}} de {{Rennes}}, {{40 min}} d'attente debout. Une maman avec un {{bonnet}} en laine, poussette, bébé en pyjama {{Petit Bateau}}. Personne ne lui laisse la chaise. Je finis par me lever."),
    (CAF, AP, "Ecran recopié pendant que l'agent cherche :\nALLOCATAIRE : [[P:BLANC Prudence]]\nN° ALLOC : [[ALLOC:1975320]]\nNIR : [[NIR:2 90 02 59 009 118 40]]\nNEE LE : [[DN:07/02/1990]]\nSITUATION : isolée, {{2 enfants}}\nDROITS : {{RSA}} + {{APL}} + {{ASF}}\nL'agent me glisse : « sur l'ASF, {{prudence}}, on vérifie toujours la pension »."),
    (CAF, AP, "— bonjour c'est pour un changement de situation\n— vous êtes séparé depuis quand ?\n— depuis {{mars}}\nM. [[P:Fidèle Mars]] (« comme le mois », il en rigole). L'agent, [[P:Kévin]], fait la déclaration avec lui sur la {{borne}}. Pas d'adresse mail, on lui en crée une : [[MAIL:fidele.mars974@gmail.com]]. {{25 min}}."),
    (CAF, AP, "Jeune homme de {{19 ans}}, [[P:Ange Lenoir]], {{APL}} pour un studio à {{Villejean}}. Bailleur {{Archipel Habitat}}, réf locataire [[ID:AH-0457821]]. Pas encore de num alloc, l'agent lui en attribue un : [[ALLOC:3391784]]. Manque le bail signé, il revient demain."),
    (CAF, AP, "Mme [[P:Marine Fontaine]], {{34 ans}}, pull {{bleu marine}}, arrive énervée : « j'ai vu à la télé que {{Marine Le Pen}} veut supprimer les allocs aux étrangers, moi je suis française ». L'agent ([[P:Jérôme]]) ne rentre pas dans le débat, il recentre sur le dossier. Elle a déménagé au [[ADR:8 rue de la Fontaine, 59000 Lille]] et la {{Caf}} a toujours l'ancienne adresse. N° alloc [[ALLOC:3068154]]. Son RIB a changé aussi, elle dicte : [[IBAN:FR76 1027 8360 1000 0208 1740 194]]. Tout est fait en {{18 minutes}}. En partant elle se sert un verre à la {{fontaine à eau}}."),
    (CAF, AP, "Ticket {{A047}}. Couple [[P:Petit]] : M. et Mme [[P:Petit]] avec le {{petit dernier}} ({{3 mois}}) dans le porte-bébé. Demande de {{PAJE}}. La conseillère, [[P:Fleur]], explique que tout se fait en ligne. M. [[P:Petit]] n'a pas de smartphone, madame a un vieux {{Samsung}} sans forfait."),
    (CAF, AP, "Une dame demande si la {{prime de Noël}} tombera avant la {{fête de Noël}} de l'école {{Jules-Ferry}}. Réponse de l'agent : « {{mi-décembre}}, normalement ». Elle repart avec le numéro {{3230}} sur un post-it."),
    (CAF, AP, "Pause café avec [[P:Victoire]], agente d'accueil depuis {{12 ans}}. Pour elle la {{victoire}} du jour c'est quand personne ne crie. Elle vient de {{Pointe-à-Pitre}}, mutée à la {{Caf de la Gironde}} en {{2015}}. Ce matin : {{62 passages}}."),
    (CAF, AP, "Je recopie l'écran ligne par ligne (l'agente me laisse regarder) :\nNIR [[NIR:2 92 11 59 350 047 15]]\nNom [[P:MOREL Océane]]\nAdresse [[ADR:Résidence Les Jonquilles, bât B, 14 allée Olympe-de-Gouges, 59160 Lomme]]\nBanque [[IBAN:FR76 3000 4004 1200 0102 9876 533]]\nTél [[TEL:07 69 41 28 03]]\nObjet : {{prime de naissance}} pas versée, dossier bloqué dans {{CRISTAL}} depuis {{6 semaines}}."),
    (CAF, AP, "dame tres agee, mme [[P:lapierre]], veut juste parler. l'agent l'ecoute {{10 min}} sans rien dire. elle parle de son {{olivier}} sur le balcon et de ses petits enfants a {{nancy}}. aucune demande au final"),
    (CAF, AP, "Mme [[P:Mercedes Da Silva]] vient pour l'{{AAH}} de son mari. Lui attend dehors dans leur vieille {{Mercedes}} garée en double file 🙈, l'agent de sécurité relève la plaque : [[IMMAT:EK-418-PZ]]. Dossier {{MDPH}} en cours, n° [[ID:035-2024-018772]]. Elle demande si le versement peut aller sur leur compte portugais, [[IBAN:PT50 0035 0421 0001 9876 5437 3]]. Réponse : oui, zone {{SEPA}}, mais il faut un RIB au nom de l'allocataire."),
    (CAF, AP, "Appel au micro : « ticket {{B112}}, {{guichet 4}} ». M. [[P:Noël Toussaint]] se lève. Il vient pour l'{{ARS}}, son fils entre en 6e au collège {{Jean-Moulin}}. Num alloc [[ALLOC:5904417]]. L'agent : « c'est versé {{le 19 août}}, pas avant »."),
    (CAF, AP, "Truc qui m'a frappée : les agents s'appellent par le prénom devant le public ([[P:Sylvain]], [[P:Pierre]], [[P:Ange]]…). La responsable dit que c'est voulu, pour humaniser. Mais {{3 agents sur 5}} ont un badge sans nom, par peur."),
    # ---- Caf, accueil téléphonique (14)
    (CAF, AT, "Plateforme {{3230}}, appel de {{9h41}}. Monsieur, {{RSA}} suspendu. Il donne son numéro allocataire à voix haute : « [[ALLOC:deux, quatre, neuf, zéro, un, sept, six]] ». Il s'appelle [[P:Laurent Laval]] et habite… à {{Laval}}. La conseillère, [[P:Olive]], sourit. {{DTR}} pas reçue, elle la renvoie."),
    (CAF, AT, "Dame au téléphone qui pleure : coupure {{EDF}} prévue {{vendredi}}, réf client EDF [[ID:6004 127 893]]. La conseillère ([[P:Capucine]]) lui donne le numéro du {{CCAS}} et parle du {{FSL}}. {{22 min}} d'appel, elle ne raccroche pas avant que la dame soit calmée."),
    (CAF, AT, "Rappel demandé au [[TEL:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]] (elle le répète deux fois, la conseillère le relit). Nom : Mme [[P:Églantine Berger]]. Derrière, un chien aboie, « c'est mon {{berger allemand}}, pardon ». Motif : {{APL}} étudiante, {{Caf}} de {{Grenoble}}."),
    (CAF, AT, "Attente affichée {{17 min}}, réelle {{26 min}}. {{Vivaldi}} en boucle 😵"),
    (CAF, AT, "Appel d'un monsieur qui se présente juste comme « [[P:Tonton Bébert]] » et refuse de donner son nom. Sans {{numéro allocataire}} ni date de naissance, la conseillère ne peut rien dire. Il raccroche au bout de {{4 min}}."),
    (CAF, AT, "Mme [[P:Jade Boulanger]] (« comme le magasin », et en plus elle y travaille, chez {{Boulanger}} à {{Villeneuve-d'Ascq}} 😅) veut envoyer ses bulletins de salaire. La conseillère lui explique le dépôt sur l'{{appli Caf}}. Elle préfère par mail et donne le sien : [[MAIL:jade.boulanger59 arobase hotmail point fr]]. {{Prime d'activité}} recalculée {{fin du mois}}."),
    (CAF, AT, "Un jeune, [[P:Baptiste]], appelle pour sa copine. La conseillère refuse : secret. Il insiste, donne quand même le n° alloc de la copine, [[ALLOC:4107723]], et sa date de naissance, [[DN:12 juin 2001]]. Refus maintenu, poliment. {{6 min}}."),
    (CAF, AT, "Journal d'appels du {{poste 12}}, que la conseillère me montre :\n{{10:02}} | [[P:ROUSSEAU Clémentine]] | {{AF}} | résolu\n{{10:09}} | [[P:PICARD Jean-Marc]] | {{APL}} | rappel\n{{10:21}} | [[P:SAINT-LOUIS Marie-Ange]] | {{RSA}} | transfert\n{{10:30}} | anonyme | {{prime de Noël}} | résolu\nElle en traite {{30 à 40}} par jour."),
    (CAF, AT, "Appel depuis {{Mayotte}}, la ligne coupe {{3 fois}}. À la 3e, la dame donne le numéro de sa fille pour être rappelée : [[TEL:+262 639 41 07 22]]. La fille s'appelle [[P:Précieuse]]. La conseillère rappelle elle-même (pas obligée). Le dossier dépend de la {{CSS de Mayotte}}, pas de la {{Caf}} : réorientée."),
    (CAF, AT, "Appel d'une conseillère de la {{Mission locale}} de {{Saint-Nazaire}}, Mme [[P:Le Corre]], pour un jeune qu'elle suit : [[P:Dylan Marin]], {{19 ans}}, père {{marin pêcheur}}, pas de ressources. Elle laisse son mail pro : [[MAIL:c.lecorre@ml-saintnazaire.fr]]. La conseillère {{Caf}} rappellera pour le {{RSA jeune actif}}."),
    (CAF, AT, "Sur {{1 heure}} au {{3230}} côté conseiller : {{11 appels}}, dont {{4 pour la prime d'activité}}, {{2 pour l'AAH}}, le reste pour des mots de passe perdus sur l'{{appli Caf}}."),
    (CAF, AT, "Monsieur parle peu français, sa fille traduit. Elle épelle le nom : « [[P:B, O, deux N, E, T]] », comme un {{bonnet}}, elle dit. Prénom : [[P:Aimé]]. Demande de {{RSA}}, arrivé de {{Kinshasa}} il y a {{8 mois}}, titre de séjour n° [[ID:9902314567]]. Num alloc provisoire : [[ALLOC:6620391]]."),
    (CAF, AT, "Appel à {{11h58}} : « vous fermez à midi ? ». La conseillère, [[P:Prune]] : « non, jusqu'à {{16h}} ». La dame donne son nom, [[P:Reine Dimanche]], de {{Fort-de-France}}, son n° alloc [[ALLOC:0872614]] et son mail, [[MAIL:reine.dimanche972@orange.fr]]. Elle demande si elle peut rappeler {{dimanche}}. Non 🙂."),
    (CAF, AT, "Monsieur veut changer de banque et dicte son IBAN, même si la conseillère dit qu'il faut passer par l'espace perso : [[IBAN:FR76 1131 5000 0108 0045 3217 817]]. Nom : [[P:Victor Masson]], {{maçon}} de métier (« [[P:Masson]] le maçon », sa blague). Nouvelle banque : {{Caisse d'Épargne}}."),
    # ---- Caf, contrôle sur place (12)
    (CAF, CSP, "Contrôle sur place avec [[P:Thierry]], contrôleur {{Caf}} depuis {{20 ans}}, ancien de la Caf de {{Montauban}}. Dans la voiture il m'explique : signalement croisé avec les impôts, rien de plus. Chez Mme [[P:Fleur Lemaire]], [[ADR:22 rue Saint-Exupéry, 31200 Toulouse]] ({{Borderouge}}), {{10h05}}. Motif : suspicion de vie maritale. Dans l'entrée des {{fleurs}} séchées, un casque de moto, des baskets {{taille 44}}. Elle dit que c'est à son frère, [[P:Kevin]], qui « passe de temps en temps ». [[P:Thierry]] demande à voir la salle de bain ({{2 brosses à dents}}), puis le courrier sur la table : une facture {{Free}} au nom d'un M. [[P:Serge Bonnet]]. Sur le parking, une {{Peugeot 308}} immatriculée [[IMMAT:GH-207-KL]], carte grise au même nom. Elle pleure, dit que [[P:Serge]] est parti en {{janvier}} et qu'il a juste gardé l'adresse. [[P:Thierry]] reste calme, explique la procédure contradictoire, les {{10 jours}} pour répondre, et qu'elle peut écrire au {{médiateur}}. Il lui laisse sa carte. {{1h10}} sur place. Dans la voiture il ne dit rien pendant {{5 minutes}}, puis : « je ne décide pas, je constate ». Je suis mal à l'aise tout le long."),
    (CAF, CSP, "Contrôle ressources chez M. [[P:Pasteur]], {{Mulhouse}}, quartier {{Bourtzwiller}}. Coïncidence : il est {{pasteur}} bénévole dans une petite église évangélique. Vérif des relevés bancaires sur {{3 mois}}. Il sort un classeur, tout est rangé. La contrôleuse, [[P:Nadège]] : « c'est rare ». {{RSA}} maintenu. Num alloc [[ALLOC:2217605]]."),
    (CAF, CSP, "Chez la famille [[P:Rose]] à {{Sainte-Rose}} ({{Guadeloupe}}). Pas une {{rose}} dans le jardin, que des {{bougainvilliers}}. Contrôle {{ASF}}, {{45 min}}, RAS."),
    (CAF, CSP, "Avant de sonner, le contrôleur [[P:Hervé]] m'explique : « chez Mme [[P:G.]], 3e contrôle en {{2 ans}}, c'est les voisins qui dénoncent ». Immeuble {{HLM}}, {{Kervénanec}}, {{Lorient}}. Personne ne répond. Avis de passage dans la boîte. {{9h50}}."),
    (CAF, CSP, "Visite au {{Chaudron}}, {{Saint-Denis}} ({{La Réunion}}). Allocataire : M. [[P:Jean-Noël Payet]], DN [[DN:1974-12-25]] sur l'écran du portable (né un jour de {{Noël}}, d'où le prénom, dit-il). Vérif de la présence des {{3 enfants}} : l'aîné est à l'école {{Jules-Ferry}}, les deux petits sont là. Dossier [[ALLOC:5120347]]. Conforme."),
    (CAF, CSP, "Contrôle annulé : l'allocataire a appelé le {{3230}} pour décaler. Le contrôleur dit que {{1 sur 4}} ne se fait pas du premier coup. Au retour, arrêt à la {{boulangerie}} {{Marie Blachère}} du rond-point {{Leclerc}}, il connaît tout le monde."),
    (CAF, CSP, "Contrôle vie maritale, quartier de {{Moulins}} à {{Lille}}. Mme [[P:Aurore Moulin]] (!) nous reçoit dans un T2, [[ADR:41 rue d'Arras, appt 12, 59000 Lille]]. Son ex, [[P:Karim]], passe chercher les enfants le mercredi, c'est tout. Sur l'étagère un {{moulin à café}} de sa grand-mère qu'elle montre fièrement. Le contrôleur note, pas d'élément. {{40 min}}."),
    (CAF, CSP, "Contrôle {{RSA}} chez M. [[P:Michel Renard]], {{Bellevue}}, {{Nantes}}. Le contrôleur, pour détendre : « pas de {{renard}} dans le poulailler ? ». Il déclare {{0 €}} mais fait des extras chez {{Renard Couverture}}, l'entreprise de son cousin. Le contrôleur lui explique qu'il faut déclarer. Il baisse la tête."),
    (CAF, CSP, "Contrôle isolement à {{Kourou}} ({{Guyane}}). Allocataire Mme [[P:Espérance Toussaint]], {{3 enfants}}. Le contrôleur demande qui est le père de la petite, née à la {{Toussaint}} justement. Elle montre l'acte de naissance. Dossier [[ALLOC:6631048]]. Au mur un calendrier des {{pompiers}}."),
    (CAF, CSP, "Dans la voiture, [[P:Sabine]] (contrôleuse) peste contre {{Google Maps}} qui l'envoie toujours au mauvais bâtiment à {{Hautepierre}}. Adresse du jour : [[ADR:3 rue de Wattwiller, 67200 Strasbourg]], 9e étage, ascenseur en panne. On monte à pied. Personne."),
    (CAF, CSP, "Contrôle chez M. [[P:Gabin Petitjean]], {{Neuhof}}. Il travaille en {{Allemagne}} ({{Kehl}}), payé sur un compte allemand : [[IBAN:DE03 5001 0517 0648 2901 35]]. Il montre aussi son attestation {{France Travail}} de l'an dernier, identifiant [[FT:4471208K]]. Sa voiture est immatriculée là-bas : [[IMMAT:OG-LP 482]]. Contrôleur : « ça complique tout, les frontaliers »."),
    (CAF, CSP, "Contrôle {{AAH}} chez Mme [[P:Angèle Bonheur]]. Elle écoute {{Angèle}} à fond quand on arrive, on attend la fin de la chanson 😂. Tout est en ordre, {{35 min}}, elle nous offre un café."),
    # ---- Cpam, accueil physique (14)
    (CPAM, AP, "{{Cpam}} de {{Bobigny}}, {{8h30}}. Borne à tickets en panne. Premier : M. [[P:Ange Moreau]], a perdu sa {{carte Vitale}}. L'agent demande le numéro de sécu : [[NIR:1 02 09 93 066 301 54]]. Nouvelle carte commandée, la photo est à envoyer via {{Ameli}}. Pas de compte, création sur place avec son mail [[MAIL:ange.moreau93@gmail.com]]. {{20 min}}."),
    (CPAM, AP, "Mme [[P:Jeanne Olive]], {{81 ans}}, pour un remboursement de lunettes. Dans son cabas un bocal d'{{olives}} et une baguette. « [[P:Olive]], comme les olives », dit-elle à l'agent. Feuille de soins papier, scannée. {{6 min}}."),
    (CPAM, AP, "Attente {{55 min}}. {{2 guichets ouverts sur 6}}. Télé dans la salle qui passe {{Les 12 coups de midi}} sans le son. Les gens regardent quand même."),
    (CPAM, AP, "Jeune femme, [[P:Fleur]], {{22 ans}}, {{C2S}} refusée. L'agent relit : plafond dépassé de {{37 €}}. Elle vend des {{fleurs}} sur le marché de {{Wazemmes}} le dimanche, ça compte dans les ressources. Elle ne savait pas."),
    (CPAM, AP, "Fiche assuré à l'écran :\n[[P:LEBRETON Marine]]\n[[NIR:2 84 05 62 193 341 87]]\nnée le [[DN:23/05/1984]]\nmutuelle {{Harmonie Mutuelle}} adh. [[ID:77410982]]\nmédecin traitant : Dr [[P:Fabre]]\n{{ALD}} : non\nMotif : {{attestation de droits}} pour {{Pôle emploi}} (elle dit encore Pôle emploi)."),
    (CPAM, AP, "M. [[P:Désiré Bienvenu]], ivoirien, vient pour son {{AME}}. L'agent lui dit « {{bienvenue}} » en souriant, il répond « c'est mon nom ». Récépissé de titre de séjour [[ID:7503148826]]. Manque un justificatif de domicile, renvoyé vers la domiciliation du {{CCAS}}."),
    (CPAM, AP, "Une femme vient pour l'arrêt maladie de son mari. {{Indemnités journalières}} pas versées depuis {{3 semaines}} : l'employeur ({{Transports Fontaine}}, bus scolaires à {{Fontaine}} près de {{Grenoble}}) n'a pas envoyé l'attestation de salaire. L'agent appelle l'employeur devant elle. Réglé en {{10 min}}."),
    (CPAM, AP, "agent tres {{clément}} avec un monsieur qui hurle. respect"),
    (CPAM, AP, "Dans la file, une jeune mère, [[P:Océane]], et son bébé qui fait tomber sa {{Sophie la girafe}} {{3 fois}}, tout le monde la ramasse. Elle vient rattacher le bébé à sa carte : prénom [[P:Noé]], né le [[DN:02/01/2025]]. {{10 min}}."),
    (CPAM, AP, "— vous avez votre attestation ?\n— non j'ai que ça (capture d'écran {{Ameli}} sur son téléphone)\n— donnez-moi votre numéro de sécu\n— [[NIR:2750613201388 28]]\nL'agent le répète en tapant. Mme [[P:Victoire Blanc]], {{50 ans}}, {{ALD}} diabète, vient pour son {{100 %}}."),
    (CPAM, AP, "Un homme arrive avec un sac {{Lidl}} plein de feuilles de soins. M. [[P:Roger Leclerc]] (« comme le {{Leclerc}} de {{Pontivy}}, mais sans les sous », dit-il). {{42 feuilles}} sur {{2 ans}}. L'agent les trie avec lui, {{40 min}}, et ouvre une réclamation."),
    (CPAM, AP, "Mme [[P:LORRAINE Martine]], arrivée de {{Metz}} (de {{Lorraine}}, donc, elle adore la blague), transfert de dossier vers les {{Bouches-du-Rhône}}. Nouvelle adresse : [[ADR:5 impasse des Tilleuls, 13013 Marseille]], {{Château-Gombert}}. L'agent met à jour, {{8 min}}."),
    (CPAM, AP, "Étudiant, [[P:Prince Mbemba]], {{Université Lyon 2}}, demande son numéro de sécu. Passeport [[ID:OB1452873]]. L'agent : compter {{3 mois}}. Il demande s'il peut aller aux urgences d'{{Édouard-Herriot}} en attendant : oui, et garder les factures."),
    (CPAM, AP, "Tout en majuscules comme l'agent tape :\nBENEFICIAIRE : Mme [[P:CERISIER Prune]]\nRIB : [[IBAN:FR81 2004 1010 0505 1234 5K02 241]]\nMOTIF : CHGT RIB POUR {{IJ}}\nElle a apporté une barquette de {{cerises}} pour les agents 🍒. Refusée gentiment (règle)."),
    # ---- Cpam, accueil téléphonique (12)
    (CPAM, AT, "Plateforme {{3646}}, {{Angers}}. Casque sur les oreilles avec [[P:Sandrine]]. 1er appel : M. [[P:Pierre Rocher]] pour une {{ALD}}, NIR [[NIR:1 64 01 69 123 021 83]]. Il appelle de {{Lyon}} (plateforme mutualisée). Il parle de son jardin de rocaille, « que des {{pierres}} et des {{rochers}} », pendant que la fiche charge."),
    (CPAM, AT, "Entre {{14h}} et {{15h}} : {{9 appels}}, durée moyenne {{6 min 30}}. Beaucoup de questions sur {{Doctolib}} et {{Mon espace santé}}."),
    (CPAM, AT, "Une dame : « je suis Mme [[P:Marie-Claude Rose]], [[P:R-O-S-E]] comme la {{fleur}} ». {{Arrêt de travail}} de {{15 jours}}, {{IJ}} pas versées. La conseillère voit que l'employeur a mis la mauvaise date. Courrier parti."),
    (CPAM, AT, "Appel d'un assuré en vacances à {{Valence}} ({{Espagne}}, « pas la {{Drôme}} », précise-t-il). Il lui faut une {{CEAM}} en urgence. Nom : [[P:Pascal Mercier]]. Pour le rappeler : [[TEL:+34 612 48 90 37]]. La conseillère envoie le certificat provisoire par mail : [[MAIL:pascal.mercier@free.fr]]."),
    (CPAM, AT, "Dialogue au casque :\n« votre date de naissance ? »\n« le [[DN:quatorze juillet soixante-dix-neuf]] »\n« comme la {{fête nationale}} ! »\n« eh oui, chaque {{14 juillet}} j'ai mon feu d'artifice »\nM. [[P:Victor Lejeune]] (« pas si jeune », dit-il). Son numéro : « [[NIR:un, soixante-dix-neuf, zéro sept, vingt-deux, cent dix-huit, zéro quatre-vingt-treize, clé quinze]] ». Remboursement {{kiné}}."),
    (CPAM, AT, "Appel d'une infirmière libérale, Mme [[P:Fontaine]], pour un patient, M. [[P:Olivier Lebrun]], NIR [[NIR:1 83 12 33 063 540 29]]. Elle demande une {{entente préalable}} pour des soins à domicile à {{Mérignac}}. La conseillère la renvoie vers {{amelipro}}."),
    (CPAM, AT, "Appel d'une étudiante, [[P:Jade]] : elle a reçu un SMS « {{Ameli}} » qui lui demande sa carte bancaire pour renouveler sa {{carte Vitale}} 🙄. Conseillère : c'est une arnaque, ne jamais cliquer, transférer au {{33700}}. [[P:Jade]] avait déjà cliqué, pas encore payé. Ouf. {{5 min}}."),
    (CPAM, AT, "Appel bruyant, le monsieur est en voiture (passager, dit-il 😬). {{Chauffeur VTC}} chez {{Uber}}, [[P:Gilles Marchand]], en arrêt après un accident, il donne la plaque de sa voiture pour le dossier : [[IMMAT:FX-702-KL]]. La conseillère lui demande de rappeler au calme."),
    (CPAM, AT, "Rappel sortant : la conseillère appelle Mme [[P:Noëlle Cerise]] au [[TEL:02 99 54 31 86]], fixe à {{Rennes}}. Répondeur : « vous êtes bien chez [[P:Noëlle]] et [[P:Jacques]], laissez un message ». Message laissé pour son remboursement de {{126,40 €}}."),
    (CPAM, AT, "Un fils appelle pour son père décédé, {{capital décès}}. Il donne le nom du père, [[P:Marcel Legrand]], et son propre mail : [[MAIL:t.legrand [at] orange.fr]]. Après l'appel la conseillère reste silencieuse {{10 secondes}}. C'est le {{3e}} de la journée."),
    (CPAM, AT, "Appel en anglais : étudiante nigériane, [[P:Blessing Okafor]], à {{Poitiers}}. La conseillère s'aide de {{Google Traduction}}. Passeport n° [[ID:A09876543]]. Il faut une {{attestation de scolarité}} de l'université. {{12 min}}."),
    (CPAM, AT, "Dame de {{Saint-Pierre}} ({{La Réunion}}), la ligne grésille. Elle s'appelle [[P:Marie-Jade Hoarau]], née le [[DN:22 août 1999]], NIR [[NIR:299089741120505]]. {{Congé maternité}} : l'attestation de l'employeur ({{Leader Price}}) manque. La conseillère fait une relance et enregistre son nouveau RIB, [[IBAN:FR76 1910 6008 3913 2457 6890 130]]."),
    # ---- Cpam, contrôle sur place (14)
    (CPAM, CSP, "Contrôle d'arrêt de travail à domicile avec l'agent assermenté, [[P:Régis]]. Assuré : M. [[P:Cyril Meunier]], [[ADR:17 chemin du Moulin, 44300 Nantes]]. Sorties autorisées {{10h-12h}} et {{16h-18h}}. On sonne à {{14h20}} : personne. La voisine dit qu'il est à la {{boulangerie}}. [[P:Régis]] : « c'est toujours la boulangerie ». Avis de passage."),
    (CPAM, CSP, "Visite à {{Bagatelle}} ({{Toulouse}}). Mme [[P:Honorine Lamour]], NIR [[NIR:2 88 02 31 555 019 36]], en arrêt depuis {{4 mois}}, lombalgie. Elle regarde {{Les Feux de l'amour}} quand on arrive, s'excuse. Présente, conforme, {{12 min}}."),
    (CPAM, CSP, "{{2 contrôles sur 5}} : personne. « dans la {{Creuse}} c'était plus simple »"),
    (CPAM, CSP, "Contrôle chez M. [[P:Franck Pommier]], {{Plougastel}} : il est au fond du jardin, il taille un {{pommier}} 🍎. « je suis en arrêt pour le dos mais faut bien tailler ». L'agent lui explique ce qui est autorisé ou pas. Son fils, [[P:Tristan]], arrive en {{Kangoo}}, gêné."),
    (CPAM, CSP, "Accompagnement {{PFIDASS}} à domicile : Mme [[P:Lucienne Sage]], {{82 ans}}, renonce à ses soins dentaires faute d'argent. La conseillère monte un dossier {{C2S}} et appelle la fille, [[P:Hélène]], au [[TEL:06 31 78 45 02]]. Sur le frigo, une photo dédicacée de {{Jean-Pierre Foucault}}. « Très {{sage}}, la dame », dit la conseillère en sortant."),
    (CPAM, CSP, "Contrôle dans un centre de santé à {{Marseille}} ({{Noailles}}) : l'agent vérifie des facturations sur {{40 dossiers}}. Je ne vois aucun patient, les noms restent à l'écran, je ne note rien."),
    (CPAM, CSP, "Visite à domicile à {{Dijon}}, {{Grésilles}}. M. [[P:Patience Mbala]], {{58 ans}}, diabétique, amputé. L'agente, [[P:Aurélie]] : « avec l'administration il faut de la {{patience}}, vous avez le bon prénom ». Il rit. Sa {{carte Vitale}} n'a jamais été mise à jour : on le fait avec le lecteur portable."),
    (CPAM, CSP, "Contrôle d'arrêt à {{Roubaix}}. Nom écrit en majuscules sur la boîte : [[P:DUBOIS]]. M. [[P:Dubois]] ouvre en pyjama {{Lacoste}}. Présent. L'agent vérifie l'identité, CNI n° [[ID:X4RTBPFW4]]. {{3 min}}."),
    (CPAM, CSP, "Visite d'un délégué de l'{{Assurance maladie}} chez un médecin, Dr [[P:Amandine Noyer]], cabinet en centre-ville du {{Mans}}. Un grand {{noyer}} dans la cour. On parle prescriptions d'arrêts et {{Doctolib}}. Elle voit {{35 patients}} par jour."),
    (CPAM, CSP, "Contrôle d'arrêt à {{Vitré}}. M. [[P:Sylvain Boucher]], {{boucher}} à la {{Boucherie Moderne}}, poignet cassé. Chez lui, plâtre, télé. Conforme. Sa femme : « un boucher sans main, vous imaginez ». {{7 min}}."),
    (CPAM, CSP, "Vérif de facturation à l'{{EHPAD Korian Le Clos Fleuri}} de {{Caen}}. Résidente concernée : Mme [[P:Violette Rousseau]], {{94 ans}}, {{chambre 112}}. Un pot de {{violettes}} sur la fenêtre. La directrice sort les factures de {{kiné}}."),
    (CPAM, CSP, "Contrôle sur place avec [[P:Ludovic]] (agent assermenté, ancien gendarme). Départ {{8h40}} de la {{Cpam}} de {{Montpellier}}, trajet en {{Clio}} de service, {{Nostalgie}} à la radio. {{6 contrôles}} sur la liste, tirés par le logiciel. Première : Mme [[P:Mercedes Garcia]], arrêt pour {{dépression}}, [[ADR:Résidence Le Parc, esc. 4, 2 rue Émile-Zola, 34080 Montpellier]], quartier {{Mosson}}. Elle ouvre en peignoir, épuisée, s'excuse pour le ménage ; [[P:Ludovic]] lui dit que ce n'est pas le sujet, vérifie juste la présence et la pièce d'identité. {{4 minutes}}. Deuxième : M. [[P:Kevin Rey]], absent ; on l'appelle au [[TEL:07.62.18.93.40]], il dit qu'il est chez le kiné à la {{Comédie}}. Vérification auprès du kiné, « neuf fois sur dix c'est vrai ». Troisième : personne, une voisine nous dit que M. [[P:Lopez]] est hospitalisé à {{Lapeyronie}} depuis {{dimanche}}. Quatrième et cinquième : présents. Sixième : le monsieur est devant son immeuble en train de laver sa {{Mercedes}}, il rit jaune. Retour à {{12h15}}. Bilan : {{1 absence injustifiée sur 6}}. Il remplit les fiches sur sa tablette avant de déjeuner."),
    (CPAM, CSP, "Mission aller-vers avec le {{Bus Santé}} à {{Mamoudzou}} ({{Kawéni}}). On ouvre des droits {{AME}} / {{PUMa}} sur place. Une jeune mère, [[P:Fatima]], donne son numéro comorien : [[TEL:+269 334 52 17]]. L'agente note le numéro de son récépissé de demande d'asile, [[ID:9760123456]]. {{34 °C}} ☀️."),
    (CPAM, CSP, "Contrôle d'arrêt en {{février}} chez M. [[P:Max Février]] ! {{Fièvre à 39}}, il est bien là. {{Guingamp}}, écharpe de l'{{En Avant}} sur le canapé. Il n'a pas compris pourquoi on venait."),
    # ---- CCAS, accueil physique (12)
    (CCAS, AP, "{{CCAS}} de {{Nancy}}, accueil. Mme [[P:Nancy Florentin]] (!) vient pour une aide alimentaire. Orientée vers l'{{épicerie solidaire}} et les {{Restos du Cœur}}. L'agente lui donne un bon de {{30 €}} en attendant."),
    (CCAS, AP, "{{CCAS}} de {{Tours}}. Domiciliation pour M. [[P:Fabrice Martin]], à la rue depuis {{2 ans}}, dort près de la basilique {{Saint-Martin}} (« le saint des pauvres, il a partagé son manteau », me dit-il). Attestation faite en {{15 min}}."),
    (CCAS, AP, "Aide énergie : Mme [[P:Aurore Lefèvre]], facture {{EDF}} de {{412 €}}, réf client EDF [[ID:3001245789]]. {{Chèque énergie}} déjà utilisé. Num alloc {{Caf}} demandé pour le quotient : [[ALLOC:7045821]]. Aide facultative de {{150 €}}, passage en commission {{jeudi}}."),
    (CCAS, AP, "Salle d'attente : affiche de la {{Fondation Abbé Pierre}} sur le mal-logement, flyer du {{Secours populaire}}, {{Plan grand froid}}. {{3 personnes}} attendent, {{0 agent}} à l'accueil pendant {{10 min}}."),
    (CCAS, AP, "M. [[P:Pierre Labbé]] vient demander un colis. L'agente le renvoie aussi vers l'{{Espace Solidarité Habitat}} de la {{Fondation Abbé Pierre}} pour son logement. Il raconte qu'il a croisé l'{{abbé Pierre}} en {{1994}}, chez {{Emmaüs}}, « un petit homme avec une grande cape »."),
    (CCAS, AP, "Demande d'aide pour des obsèques. Mme [[P:Reine Lagarde]], {{67 ans}}, vient de perdre son mari, [[P:Roger]]. Devis {{Roc Eclerc}} : {{3 800 €}}. Elle donne son numéro de sécu, [[NIR:2 58 04 75 118 077 16]], et son RIB sur papier : [[IBAN:30003 02150 00050673124 95]]. Le {{CCAS}} peut aider jusqu'à {{800 €}}."),
    (CCAS, AP, "Fille de {{17 ans}} avec sa mère, demande de {{bourse permis}}. Elle s'appelle [[P:Lou-Ann Perle]]. Auto-école choisie : {{Auto-école Lenoir}}, {{permis à 1 €}} par jour. Dossier complet sauf l'avis d'imposition."),
    (CCAS, AP, "{{Vaulx-en-Velin}}, {{9h}}, {{file de 12}}. M. [[P:Constant]], un habitué, vient tous les lundis chercher son courrier. « {{Fidèle au poste}} », dit l'agente. {{3 lettres}} aujourd'hui, dont une de la {{Caf}}. Il les lit sur place."),
    (CCAS, AP, "Mme [[P:Chantal Noël]] et son fils [[P:Noël]], {{9 ans}}. Demande d'aide pour les jouets de {{Noël}}. L'agente oriente vers le {{Secours populaire}} et son opération {{Pères Noël verts}}. Le petit rigole."),
    (CCAS, AP, "Dame en fauteuil, dossier MDPH [[ID:69-2023-44817]], demande de {{PCH}}. L'accueil est au {{1er étage}}, ascenseur en panne depuis {{3 semaines}} : l'agente descend la recevoir dans le hall. Mme [[P:Grâce Ilunga]], très digne. Elle donne son n° {{Caf}} pour le quotient : [[ALLOC:4459102]]."),
    (CCAS, AP, "Le {{CCAS}} est rue {{Jean-Jaurès}}, la {{Caf}} rue {{Victor-Hugo}}, la {{CPAM}} avenue {{Pasteur}}. À {{Saint-Étienne}} les gens font le tour de la ville à pied entre les trois."),
    (CCAS, AP, "Demande de {{carte solidarité transport}} : M. [[P:Lucas Leroy]] (« comme {{Leroy Merlin}} », il y bosse en intérim). Attestation {{France Travail}}, identifiant [[FT:3456012R]]. Carte éditée en {{10 min}}."),
    # ---- CCAS, accueil téléphonique (14)
    (CCAS, AT, "Permanence téléphonique. Une voisine inquiète : « Mme [[P:Moulin]], au [[ADR:6 rue des Moulins, 72000 Le Mans]], n'ouvre plus ses {{volets}} depuis {{2 jours}} ». L'agente appelle la fille de la dame au [[TEL:06 74 20 13 58]]. La fille arrive dans {{1h}}."),
    (CCAS, AT, "{{Plan canicule}} : {{214 personnes}} inscrites sur le registre, l'agente en appelle {{40 par jour}}. « vous buvez ? » « vous avez un ventilateur ? ». Script de {{2 min}}."),
    (CCAS, AT, "Registre canicule : M. [[P:René Lefort]], {{91 ans}}, « je suis {{fort}} comme un turc » (il rit). Seul à {{Carpentras}}, né le [[DN:01/03/1934]] (il le dit fièrement). L'agente note le numéro de sa fille, [[P:Odile]] : [[TEL:04 90 63 27 81]]."),
    (CCAS, AT, "Un homme appelle pour sa mère, Mme [[P:Violette Fleury]], qui a reçu un commandement de quitter les lieux. Bailleur {{Vilogia}}, réf locataire [[ID:0078-441236]]. Adresse : [[ADR:21 résidence des Violettes, 59150 Wattrelos]]. Orientation {{ADIL}} + {{FSL}}, rdv {{mardi}}."),
    (CCAS, AT, "Appel de la gendarmerie de {{Saint-Benoît}} ({{La Réunion}}) : une dame âgée trouvée sur la route, [[P:Marie-Rose Grondin]], née le [[DN:03/04/1939]]. Le {{CCAS}} vérifie : connue, dossier {{APA}}. Sa nièce est prévenue."),
    (CCAS, AT, "« {{CCAS}} bonjour », {{37 fois}} ce matin."),
    (CCAS, AT, "Appel de l'assistante sociale de l'{{hôpital Avicenne}}, Mme [[P:Camus]], pour la sortie {{lundi}} de M. [[P:Jacques Lenoir-Leblanc]], sans logement. Elle laisse son mail pro : [[MAIL:s.camus@aphp.fr]]. L'agente : « comme l'écrivain ? » — « oui, mais sans le {{prix Nobel}} »."),
    (CCAS, AT, "Une dame veut parler « à [[P:Marine]], l'assistante sociale ». L'agente : « [[P:Marine]] est en congé, elle revient après la {{Toussaint}} ». La dame : « bon je rappelle », et raccroche sans donner son nom."),
    (CCAS, AT, "Une mère seule, [[P:Jennifer]] (« [[P:Jenny]] », dit-elle), veut une aide pour la cantine. Elle bosse chez {{Jennyfer}} au centre commercial {{Grand Quetigny}}, temps partiel. Mail pour le dossier : [[MAIL:jenny.roux21@laposte.net]]. Num allocataire : [[ALLOC:3870516]]."),
    (CCAS, AT, "Aide cantine : enfant [[P:Léo Masson]], école maternelle {{Les Petits Princes}}. Famille de {{4 enfants}}, {{quotient 412}}. L'agent dit de passer avec l'avis d'imposition."),
    (CCAS, AT, "Dictée d'un RIB au téléphone pour une aide : « F, R, 7, 6… ». L'agente répète : [[IBAN:FR76 1660 6100 2103 3144 5550 285]]. Titulaire : Mme [[P:Clémentine Ferry]]. L'aide ({{200 €}}) sera versée après la {{commission du 12}}. Elle précise qu'elle a été élève à l'école {{Jules-Ferry}}, « rien à voir »."),
    (CCAS, AT, "Appel d'un élu (conseiller municipal) qui demande où en est le dossier d'un administré. L'agente refuse, {{secret professionnel}}. L'élu insiste, elle tient bon 👏. {{3 min}}."),
    (CCAS, AT, "Appel en créole, l'agente répond en créole. {{Fort-de-France}}, quartier {{Trénelle}}. Un monsieur qu'on appelle « [[P:Ti Jo]] » veut une aide pour son toit après la tempête. Adresse : [[ADR:12 lotissement Les Flamboyants, 97200 Fort-de-France]]. Visite prévue {{mercredi}}."),
    (CCAS, AT, "Une dame appelle pour sa {{téléassistance}} ({{Présence Verte}}) : elle a appuyé par erreur. Mme [[P:Bonnefoy]], « c'était de {{bonne foi}} ». Elle parle ensuite de la messe à {{Notre-Dame}}, de ses petits-enfants. L'agente l'écoute {{12 min}}."),
    # ---- CCAS, contrôle sur place (14)
    (CCAS, CSP, "Visite à domicile pour l'{{APA}} / {{aide ménagère}} avec [[P:Sophie]] ({{CCAS}} de {{Limoges}}). Mme [[P:Marguerite Lapierre]], {{88 ans}}, [[ADR:9 allée des Marguerites, 87100 Limoges]], {{Val de l'Aurence}}. Des {{marguerites}} en plastique sur la table, une {{pierre}} de Lourdes sur la télé. Plan d'aide : {{12 h}} par mois."),
    (CCAS, CSP, "Enquête sociale dans une famille du quartier {{Croix-Rouge}} à {{Reims}} : le père fait les vendanges chez {{Pommery}}, la mère est aide à domicile, {{4 enfants}}. Dossier d'aide exceptionnelle, {{300 €}}."),
    (CCAS, CSP, "Visite de logement insalubre avec l'agente du {{CCAS}} et l'{{ARS}} : [[ADR:14 rue Saint-Pierre, 13005 Marseille]], appartement de M. [[P:Pierre Mounier]]. Moisissures partout, l'enfant est asthmatique, suivi à la {{Timone}}. Photo, rapport, mise en demeure du propriétaire."),
    (CCAS, CSP, "Tournée de {{4 visites}} en {{Twizy}} électrique du {{CCAS}}. On se gare devant le {{Carrefour Market}}. L'agent fait {{60 km}} par jour."),
    (CCAS, CSP, "Visite chez un couple âgé au {{Moule}} ({{Guadeloupe}}) : M. et Mme [[P:Jean-Baptiste]], {{79 et 81 ans}}. Jus de {{goyave}} offert. Demande d'aide pour la citerne. Le fils vit à {{Sarcelles}}."),
    (CCAS, CSP, "Évaluation pour portage de repas : M. [[P:Bernard Poisson]], {{76 ans}}, veuf. Le vendredi il veut du {{poisson}}, il insiste 🐟. Son fils est à {{Clermont-Ferrand}}, tél [[TEL:06 11 47 82 39]]. {{Portage}} dès lundi."),
    (CCAS, CSP, "Vérification de domiciliation : M. [[P:Sacha]] dort dans un camion aménagé, [[IMMAT:ED 448 SN]], parking du stade {{Geoffroy-Guichard}}. Il est là avec son chien, « [[P:Marley]] ». Il écoute {{Bob Marley}} justement."),
    (CCAS, CSP, "Visite de la chambre d'hôtel ({{115}}) d'une famille : Mme [[P:Merveille Kabongo]] et ses {{3 enfants}}, {{Hôtel Première Classe}} de {{Saint-Priest}}. Enfants à l'école {{Simone-Veil}}. Titre de séjour [[ID:9906071234]]. Num alloc [[ALLOC:1298463]]. La petite dit que le micro-ondes est une « {{merveille}} »."),
    (CCAS, CSP, "Visite chez Mme [[P:Églantine Chevalier]], ancienne institutrice, {{93 ans}}. Couronne de {{Noël}} en {{houx}} sur la porte (on est en novembre). Elle a un {{églantier}} dans le jardin, elle nous en parle {{10 min}}."),
    (CCAS, CSP, "Visite d'évaluation avec l'infirmière du {{CCAS}} de {{Fougères}}. M. [[P:Fougère]] vit à {{Fougères}} depuis {{70 ans}}, « ça fait rire tout le monde ». Des {{fougères}} partout dans le jardin, évidemment."),
    (CCAS, CSP, "Visite post-hospitalisation, {{Brest}}, {{Kerourien}}. M. [[P:Yann Le Gall]] sort du {{CHU de la Cavale Blanche}}. Téléalarme à installer. Numéro de sécu pour le dossier : [[NIR:1 71 07 67 482 260 36]] (né à {{Strasbourg}}, dit-il)."),
    (CCAS, CSP, "Dans le hall de l'immeuble, les noms sur les {{boîtes aux lettres}} : [[P:ROSE]], [[P:PETIT]], [[P:MARCHAND]], [[P:N'DIAYE]]. L'agente sonne chez la {{3e}}. Pas de réponse, on laisse un mot."),
    (CCAS, CSP, "Visite chez M. [[P:Gaston Berger]], {{berger}} à la retraite sur le {{Larzac}}, isolé, ferme sans eau courante. Le {{CCAS}} de {{Millau}} propose le portage de repas. Sa vieille {{4L}} immatriculée [[IMMAT:4172 TL 12]] rouille dans la cour, son chien est un {{berger des Pyrénées}}."),
    (CCAS, CSP, "Visite d'une famille à {{Matoury}} ({{Guyane}}) : logement en tôle, {{6 personnes}}. Mère : [[P:Lucienne Saint-Hilaire]], DN [[DN:1986-09-14]]. L'agente note le numéro de dossier {{RSA}} [[ALLOC:7302915]] pour faire le lien avec la {{Caf}}."),
    # ---- Urgences, accueil physique (14)
    (URG, AP, "Urgences du {{CHU Pontchaillou}}, {{23h40}}. L'IOA, [[P:Mélanie]], enregistre M. [[P:Sylvain Rennes]] (« comme la ville », et né à {{Rennes}} en plus). Chute de vélo, poignet. Attente estimée {{4h}}. IPP [[ID:P00781245]]."),
    (URG, AP, "Salle d'attente : {{17 personnes}}, {{Koh-Lanta}} à la télé."),
    (URG, AP, "Accueil administratif, la secrétaire tape :\n[[P:JOLY Océane]]\n[[DN:11/03/2004]]\nNIR [[NIR:2 04 03 35 238 204 96]]\nmutuelle {{MGEN}} n° [[ID:451278930]]\nmédecin traitant Dr [[P:Vasseur]]\nArrivée {{19h07}}, douleur abdominale, {{tri 3}}."),
    (URG, AP, "Un homme ivre chante {{Les Lacs du Connemara}} dans le couloir. Les soignants le connaissent, ils l'appellent « [[P:Connemara]] ». {{Loi Evin}} affichée juste au-dessus de lui, ironie."),
    (URG, AP, "Mère + bébé, fièvre à {{39,8}}. Le bébé s'appelle [[P:Marin]], né le [[DN:3 février 2025]]. Le papa est {{marin}} sur un ferry de la {{Brittany Ferries}}, absent. Urgences pédiatriques de la {{Timone}}, {{2h}} d'attente."),
    (URG, AP, "Patient amené par les pompiers, pas de papiers, confus. L'IOA crée un dossier sous l'identité provisoire « [[P:X Janvier]] » (« on prend le mois », m'explique-t-elle, on est en {{janvier}}). Dans sa poche : un ticket {{Franprix}} et une clé de {{Peugeot}}."),
    (URG, AP, "Dialogue au guichet :\n— nom ?\n— [[P:Grand]]\n— prénom ?\n— [[P:Petit]]… non je rigole, [[P:Pierre]]\nM. [[P:Pierre Grand]], {{1m95}}, entorse de cheville au basket. La secrétaire rit. Il est {{grand}} en effet."),
    (URG, AP, "Une ado, [[P:Jade]], {{15 ans}}, venue avec une copine après une chute en trottinette. Mineure : l'IOA appelle la mère au [[TEL:06 52 81 34 07]]. La mère arrive en {{20 min}}, en blouse {{Intermarché}}."),
    (URG, AP, "Patient belge, M. [[P:Noël Dubois-Vandamme]], né le [[DN:24.12.1961]], carte {{CEAM}}. Sa voiture est garée sur la place réservée au {{SMUR}} : [[IMMAT:1-KPL-482]]. L'agent de sécurité la fait déplacer, {{5 min}} de palabres."),
    (URG, AP, "L'IOA me dit : « le samedi soir on a les {{Saint-Valentin}} ratées, les {{Nouvel An}}, les matchs de l'{{OM}} ». Elle parle d'un habitué, « [[P:Doudou]] », qui vient {{3 fois par semaine}}."),
    (URG, AP, "Fiche de tri que je recopie :\nNom : [[P:MARCHAND]]\nPrénom : [[P:Rose-Marie]]\nDN : [[DN:30.11.1952]]\nNIR : [[NIR:252117635103345]]\n{{Tri : 2}}\nMotif : chute, {{73 ans}}, {{58 kg}}\nVenue de l'{{EHPAD Les Roses}} en {{VSL}}."),
    (URG, AP, "Dans le couloir, un brancard avec un patient en {{bonnet}} du {{PSG}}. L'aide-soignant qui pousse a un badge « [[P:BONNET]] » 😄. Il dit qu'on lui fait la blague {{tous les jours}}."),
    (URG, AP, "Femme victime de violences, arrivée avec sa sœur. Accueil discret, {{box 6}}. Elle donne une adresse en demandant qu'on ne la note pas ; la secrétaire la saisit quand même : [[ADR:33 avenue de la République, 93800 Épinay-sur-Seine]]. Prénom : [[P:Samia]]. On lui donne le {{3919}}."),
    (URG, AP, "Urgences de {{Pellegrin}}, {{Bordeaux}}. L'IOA, [[P:Victoire]] : « encore une bagarre {{place de la Victoire}} ». Le patient, M. [[P:Hugo Massé]], étudiant, arcade ouverte. {{Suture}}, {{3h}} d'attente."),
    # ---- Urgences, accueil téléphonique (14)
    (URG, AT, "Régulation {{SAMU}} ({{15}}), à côté des urgences. L'ARM, [[P:Kévin]], décroche : « {{Samu du Finistère}} bonjour ». Appelante : Mme [[P:Lucie Bréhat]], son mari [[P:Alain]] a une douleur thoracique. Adresse : [[ADR:4 hent Kerlann, 29200 Brest]]. Rappel : [[TEL:02 98 45 11 73]]. {{SMUR}} engagé en {{2 min}}."),
    (URG, AT, "Standard : {{23 appels}} en {{1h}}, dont {{11 de familles}} qui cherchent un proche."),
    (URG, AT, "Appel d'une fille qui cherche sa mère : « [[P:Mercedes]], [[P:Mercedes Ortiz]], elle est arrivée en {{ambulance}} il y a {{une heure}} ». La secrétaire confirme seulement qu'elle est bien là. La fille laisse son numéro, [[TEL:0622093178]]."),
    (URG, AT, "Appel de l'{{EHPAD Les Tilleuls}} pour un transfert : M. [[P:Auguste Renaud]], né le [[DN:2 mai 1931]], IPP [[ID:20044178]]. Chute, suspicion de col du fémur. Arrivée prévue {{16h}}."),
    (URG, AT, "Le Dr [[P:Rose Lefebvre]], généraliste, adresse un patient : M. [[P:Olivier Sauvage]]. L'interne prend les infos. Arrivée dans {{30 min}} en {{VSL}}."),
    (URG, AT, "{{3h du mat'}}, un homme appelle pour connaître le temps d'attente. Réponse : « on ne peut pas dire ». Il donne son prénom, « [[P:Dieudonné]] ». La secrétaire : « comme l'humoriste ? » Lui : « comme mon grand-père »."),
    (URG, AT, "Appel de la {{gendarmerie}} : ils amènent un jeune pour un bilan avant la garde à vue, [[P:Enzo Petitjean]], {{20 ans}}. L'infirmière note la plaque du véhicule accidenté sur un post-it : [[IMMAT:fh391mc]]."),
    (URG, AT, "Appel de la maman de [[P:Timéo]], {{4 ans}}, qui a avalé une {{pile bouton}}. Transfert immédiat au {{15}}. Adresse dite : [[ADR:Le Clos Fleuri, 7 rue des Jonquilles, 85000 La Roche-sur-Yon]]."),
    (URG, AT, "Appel d'un fils depuis le {{Canada}} : son père, [[P:Michel Bonnefond]], né le [[DN:9 octobre 1947]], est hospitalisé, il veut des nouvelles. Il laisse son mail : [[MAIL:bonnefond.j@videotron.ca]]. La cadre rappellera. Décalage {{6h}}."),
    (URG, AT, "Ligne interne : l'IOA appelle la pharmacie pour une patiente, [[P:Capucine Leroux]], allergie à la {{pénicilline}}. Elle épelle : « [[P:L-E-R-O-U-X]], comme {{roux}} ». La pharmacienne répète."),
    (URG, AT, "Une dame appelle : peut-elle venir pour une écharde ? L'infirmière conseille le généraliste, {{SOS Médecins}} ou le {{116 117}}. Elle insiste. « bon, venez ». {{4 min}}."),
    (URG, AT, "Appel des {{Ambulances Saint-Christophe}} : patient [[P:Guy Fontaine]] transféré du {{CH de Vienne}}. Ils donnent l'immatriculation de l'ambulance pour l'accès au sas : [[IMMAT:GB-214-VZ]]. Arrivée {{17h30}}."),
    (URG, AT, "Un homme appelle : il a oublié son portefeuille au {{box 9}}. M. [[P:Paul Marchal]]. Pour prouver que c'est le sien, il dicte son numéro de carte d'identité : [[ID:880692310285]]. La secrétaire vérifie, c'est bon, il passe le chercher."),
    (URG, AT, "Appel entre les urgences de {{Cayenne}} et l'hôpital de {{Saint-Laurent-du-Maroni}} pour un transfert en {{hélico}} : patiente [[P:Prudence Abienso]], IPP [[ID:P2024-118734]]. Météo incertaine, décision à {{14h}}."),
    # ---- Urgences, contrôle sur place (12)
    (URG, CSP, "Sortie {{SMUR}} avec l'équipe de nuit du {{GHH}} : Dr [[P:Petit]], infirmier [[P:Ange]], ambulancier [[P:Momo]]. Départ {{23h12}}, appel du {{15}} pour un arrêt cardiaque. Intervention au [[ADR:18 rue Victor-Hugo, 76600 Le Havre]], {{3e étage}} sans ascenseur. M. [[P:Roland Prévost]], {{67 ans}}, au sol dans le salon ; sa femme, [[P:Josiane]], masse depuis {{8 minutes}}, guidée au téléphone par l'ARM. [[P:Ange]] prend le relais, le Dr [[P:Petit]] pose la voie, {{3 chocs}}. Reprise d'activité à {{22 min}}. Pendant ce temps la télé continue, {{Des chiffres et des lettres}} en replay. Brancardage dans l'escalier avec les pompiers, transfert en {{USIC}}. [[P:Momo]] conduit sans sirène « pour pas réveiller le quartier ». Dans le camion au retour, personne ne parle. Je tremble encore."),
    (URG, CSP, "{{4h}}, tour de salle avec la cadre : {{3 sont partis}} sans être vus."),
    (URG, CSP, "Sortie avec l'{{EMPP}} (psy précarité) sous le pont {{Wilson}} à {{Tours}}. Une femme que l'équipe appelle « [[P:La Fleur]] », {{60 ans}}, sous une tente {{Quechua}} décorée de {{fleurs}} en plastique. Elle accepte un rdv."),
    (URG, CSP, "{{Box 12}}, patient âgé confus, M. [[P:Léon Rousseau]]. Sa fille a laissé un papier : « papa, né le [[DN:08/08/1938]], traitement dans le sac {{Monoprix}} ». L'interne recopie tout."),
    (URG, CSP, "Inventaire des effets personnels (j'assiste) : portefeuille, {{carte Vitale}}, passeport algérien n° [[ID:163457892]], clés {{Renault}}, un RIB plié en quatre ([[IBAN:FR76 1380 7008 1132 0219 8765 412]]), photo de mariage. Propriétaire : M. [[P:Karim Benali]], NIR [[NIR:1 62 06 99 352 041 30]]. Tout part en enveloppe scellée."),
    (URG, CSP, "Visite à domicile avec l'équipe mobile gériatrique du {{CHU de Limoges}} : Mme [[P:Jeanne Dupuy]], {{92 ans}}, chutes répétées, [[ADR:lieu-dit La Croix Blanche, 87800 Nexon]]. La voisine, [[P:Rose]], passe tous les jours avec des œufs. On installe une {{barre d'appui}}."),
    (URG, CSP, "Couloir : {{14 brancards}}, {{14 patients}}, le plus ancien arrivé depuis {{19h}}. Une étiquette au pied de chaque brancard avec nom et date de naissance ; je ne recopie pas. La plus âgée a {{101 ans}}."),
    (URG, CSP, "Nuit, {{Hôpital Nord}} ({{Marseille}}). L'agent de sécurité fait le tour du parking : voiture sur la place ambulances, [[IMMAT:EZ-047-TH]]. Appel au micro : « M. [[P:Yacine Zidane]] est prié… ». Tout le monde se retourne, pas le vrai {{Zizou}} évidemment."),
    (URG, CSP, "{{SMUR}} à {{Saint-Paul}} ({{La Réunion}}), {{route des Tamarins}} : accident de moto, un jeune, [[P:Dorian Payet]]. Moto [[IMMAT:FR-832-AZ]]. Transfert au {{CHU Félix-Guyon}}. Il répétait « appelez [[P:Maëva]] »."),
    (URG, CSP, "{{Box 3}} : patiente italienne, [[P:Chiara Rossi]], en voyage depuis {{Florence}}. Traduction avec {{Google Traduction}}. Carte d'identité italienne [[ID:CA48217HK]]. Colique néphrétique, elle sourit quand même."),
    (URG, CSP, "Visite de l'{{UHCD}} avec le chef de service : {{8 lits}}, tableau blanc avec les noms effacés pour moi. « Merci le {{Ségur}} pour les lits », dit-il, et il parle d'une fin de vie selon la {{loi Claeys-Leonetti}} cette nuit."),
    (URG, CSP, "suivi de [[P:olive]], ide de nuit, pendant {{2h}} : {{14 patients}}, {{3 perfs}}, {{1 décès}}. A {{5h12}} elle mange enfin une {{pomme}} et trois {{olives}} d'un bocal qui traine en salle de pause."),
    # ---- CHRS / 115, accueil physique (14)
    (CHRS, AP, "{{CHRS Le Phare}}, {{Saint-Nazaire}}, accueil de {{18h}}. Arrivée de M. [[P:Joseph Lebon]], {{52 ans}}, orienté par le {{SIAO}}, réf SIAO [[ID:44-2025-01377]], après {{2 nuits}} dehors près de la {{base sous-marine}}. Un sac {{Decathlon}}, un chien, un sac de courses {{Super U}}. L'éduc du soir, [[P:Gwen]], lui fait signer le règlement, explique le couvre-feu à {{23h}}, le petit-déj à {{7h30}}, la laverie le {{mardi}}. Il demande pour le chien : accepté, c'est une des rares structures qui les prend. {{Chambre 6}}, avec M. [[P:Le Bihan]] « qui ronfle », prévient [[P:Gwen]]. Il rit, première fois. Il demande s'il peut garder son couteau : non, casier. Entretien complet demain avec sa référente. {{25 min}} en tout, et il y a {{3 arrivées}} ce soir."),
    (CHRS, AP, "Accueil de jour, petit-déj : {{46 passages}}. Café, tartines, {{Nutella}} donné par le {{Carrefour}} du coin. Un bénévole fait la plonge depuis {{12 ans}}, il refuse qu'on le remercie."),
    (CHRS, AP, "Couvre-feu {{23h}}. {{42 places}}, {{42 occupées}}."),
    (CHRS, AP, "Une femme arrive avec deux valises, [[P:Prudence]], mise à l'abri par le {{115}}. Entretien d'accueil avec la travailleuse sociale, [[P:Anaïs]]. Date de naissance : [[DN:17/09/1991]]. Récépissé {{APS}} n° [[ID:9305127461]]. {{Chambre 14}}, avec une autre dame."),
    (CHRS, AP, "Entretien d'accueil : M. [[P:Patrice Lebreton]] (« un {{Breton}} de {{Quimper}} », dit-il), {{57 ans}}, sort de détention à {{Vezin}}. Inscrit à {{France Travail}} la semaine dernière, identifiant [[FT:0912345T]]. Il veut juste « une adresse pour recommencer »."),
    (CHRS, AP, "Accueil d'un {{CHRS}} à {{Marseille}}, quartier de la {{Belle de Mai}}. Un jeune de {{18 ans}} tout juste, sorti de l'{{ASE}} la veille, un sac poubelle pour bagage. L'éducatrice appelle l'{{ASE}} devant lui, furieuse."),
    (CHRS, AP, "Liste des présents affichée derrière la banque d'accueil, je recopie le haut :\n- [[P:BERGER J.]]\n- [[P:CHEVALIER M.]]\n- [[P:DA COSTA L.]]\n- [[P:FONTAINE R.]]\n- « [[P:Mimi]] » (pas de nom)\n{{32 lignes}} au total."),
    (CHRS, AP, "Un homme vient récupérer son courrier : M. [[P:Moïse Pierre-Louis]], haïtien. Une lettre de l'{{OFPRA}}, dossier n° [[ID:19-07843]]. Il ne l'ouvre pas devant nous, la met dans sa veste."),
    (CHRS, AP, "Accueil de nuit : une femme avec un bébé, [[P:Océane]], {{20 ans}}. Pas de place, le {{115}} est saturé. La veilleuse, [[P:Martine]], lui donne une couverture et un {{bonnet}} pour le bébé. Elles attendent dans le hall jusqu'à {{1h}}."),
    (CHRS, AP, "Tableau blanc dans le bureau : « RDV {{PASS}} santé : [[P:Rachid]] {{10h}}, [[P:Jo]] {{11h}}, Mme [[P:Li]] {{14h}} ». L'infirmière passe le {{mardi}}."),
    (CHRS, AP, "Un résident me montre son CV fait à l'atelier : en haut, « [[P:Jean Dupont]] », c'était le modèle, il a oublié de changer 😅. L'animatrice corrige avec lui : [[P:Rémi Vasseur]], {{cariste}}, {{CACES 3}}."),
    (CHRS, AP, "Un monsieur arrive en camion aménagé, il demande juste une douche. Le veilleur note l'immatriculation (règle du parking) : [[IMMAT:BR-219-QT]]. Prénom : [[P:Yvon]]. Douche {{15 min}}, une machine à laver."),
    (CHRS, AP, "M. [[P:Jesús Fernández]], espagnol, {{61 ans}}. L'éduc l'appelle « [[P:Chucho]] ». Il dort au {{CHRS}} depuis {{Pâques}}. Aujourd'hui il a rendez-vous au {{CMP}}, il a mis sa plus belle chemise."),
    (CHRS, AP, "La cheffe de service m'explique le logiciel {{SI-SIAO}}. À l'écran : demande n° [[ID:2025-035-004512]], [[P:MOREL Gabriel]], né le [[DN:29/02/1988]], isolé, num alloc [[ALLOC:8810275]]. En attente depuis {{147 jours}}."),
    # ---- CHRS / 115, accueil téléphonique (12)
    (CHRS, AT, "Écoute {{115}} avec [[P:Yasmine]], {{20h}}. Premier appel : [[P:jacky]], un habitué, dort à la {{Part-Dieu}}. Pas de place ce soir. Il dit « merci ma belle » et raccroche."),
    (CHRS, AT, "Appel au {{115}} d'une femme avec {{2 enfants}} : Mme [[P:Fleur Mukendi]], à la gare {{Lille-Flandres}}. Son téléphone : [[TEL:07 53 18 26 49]], batterie à {{9 %}}. Place trouvée au {{CHRS}} de {{Tourcoing}}, la maraude vient la chercher."),
    (CHRS, AT, "Tableau des places du soir : {{0 homme seul}}, {{2 femmes}}, {{0 famille}}. {{137 appels}} en attente. L'écoutante soupire et reprend."),
    (CHRS, AT, "« c'est [[P:Jean-Claude]], de {{Saint-Étienne}} ». Il appelle pour signaler [[P:Nénette]], une dame âgée qui dort devant le {{Monoprix}} et tousse beaucoup. Maraude de la {{Croix-Rouge}} envoyée. Il dit « [[P:Nénette]] elle voudra pas bouger »."),
    (CHRS, AT, "Appel en anglais : [[P:Happy Okoro]], nigérian, demandeur d'asile, dort dans un parc à {{Paris}}, vers {{la Villette}}. Numéro WhatsApp : [[TEL:+234 803 412 7765]], Facebook [[ID:@happy.okoro.99]]. On lui donne l'adresse de l'accueil de jour de {{France terre d'asile}}."),
    (CHRS, AT, "« je m'appelle [[P:Lucky]] », c'est tout. {{2 min}}."),
    (CHRS, AT, "Appel d'un travailleur social du {{CCAS}} pour une dame, Mme [[P:Marie-Ange Boulanger]], qui dort dans sa voiture, une {{Clio}} grise [[IMMAT:AX 504 KP]], parking de l'{{Intermarché}} de {{Plérin}}. Demande SIAO déjà faite, réf [[ID:22-2025-00781]]."),
    (CHRS, AT, "Un homme se présente : [[P:Bruno Lemaire]]. « pas le ministre hein » — pas {{Bruno Le Maire}}, donc. Il dort dans sa voiture depuis son divorce, à {{Chartres}}, et appelle pour la première fois. {{18 min}}."),
    (CHRS, AT, "Famille [[P:Camara]], {{5 personnes}}, hébergée par le {{115}} au {{Formule 1}} de {{Corbeil-Essonnes}}, {{chambre 23}}. L'écoutante note le numéro de la mère pour la rappeler : [[TEL:06-45-38-17-92]]."),
    (CHRS, AT, "Une femme chuchote, victime de violences. [[P:Samira]]. L'écoutante : « vous êtes en sécurité là ? ». Elle donne son adresse, [[ADR:7 cité des Fleurs, 45000 Orléans]], mais ne veut pas que la police vienne. Orientée vers le {{3919}}, rappel convenu à {{22h}}."),
    (CHRS, AT, "La secrétaire de mairie de {{Sainte-Marie}} ({{Martinique}}) appelle pour un homme à la rue devant l'église depuis {{3 jours}}. Pas de nom, il ne parle pas. Maraude prévue {{demain matin}}."),
    (CHRS, AT, "L'écoutante, [[P:Prune]], note les habitués par leur surnom : « [[P:le Belge]] », « [[P:Moustache]] », « [[P:Tata Rosa]] ». « [[P:Moustache]] » a appelé {{4 fois}} ce soir. Elle a une {{moustache}} dessinée au feutre sur son mug, cadeau des collègues."),
    # ---- CHRS / 115, contrôle sur place (14)
    (CHRS, CSP, "Tour des chambres du {{CHRS}} avec l'éduc, [[P:Thomas]]. {{Chambre 8}} : M. [[P:Gérard Poulain]], {{64 ans}}, une boîte de {{chocolat Poulain}} sur la table (« forcément »). Tout est propre, lit fait au carré."),
    (CHRS, CSP, "Maraude du {{Samu social}} à {{Montpellier}}, d'{{Antigone}} à la {{Comédie}}. {{11 personnes}} rencontrées, {{22 cafés}}. Un homme demande des chaussettes, {{pointure 45}}."),
    (CHRS, CSP, "Visite d'un appartement en diffus à {{Caen}}, quartier de la {{Grâce de Dieu}}. Mme [[P:Grâce Mabiala]] et ses {{3 filles}}. Elle dit « {{grâce à Dieu}} on a un toit » 🙏. Le chauffe-eau fuit, l'éduc appelle le bailleur."),
    (CHRS, CSP, "Visite de l'appartement d'un résident en semi-autonomie : M. [[P:Serge Lebrun]], [[ADR:appt 31, 19 boulevard Clemenceau, 21000 Dijon]]. Frigo vide. L'éduc fait un bon pour les {{Restos du Cœur}}. [[P:Serge]] nous montre ses toiles, il peint des {{tournesols}}."),
    (CHRS, CSP, "Maraude de nuit à {{Strasbourg}}, place de l'{{Homme de Fer}} : un couple qui se fait appeler « [[P:Titi]] et [[P:Grosminet]] ». Soupe, couvertures, ils refusent le {{CHRS}} à cause du chien. {{-4 °C}}."),
    (CHRS, CSP, "chez [[P:jojo]] : rechaud {{Campingaz}} confisqué 🔥"),
    (CHRS, CSP, "Visite à domicile d'un ancien résident relogé : M. [[P:Victor Lapierre]], [[ADR:12 rue Saint-Exupéry, 38100 Grenoble]], {{Villeneuve}}. Bailleur {{Actis}}, réf [[ID:LOC-448712]]. Il a posé une {{pierre}} ramenée de {{Lourdes}} sur la télé."),
    (CHRS, CSP, "Maraude de la {{Croix-Rouge}} à {{Pointe-à-Pitre}}, autour du marché de la {{Darse}}. Un vieux monsieur que tout le monde appelle [[P:Ti Paul]], {{20 ans}} de rue. Il veut juste de l'eau et parler."),
    (CHRS, CSP, "Visite de la {{chambre 12}} : Mme [[P:Mireille Lefort]] et son fils [[P:Enzo]]. Le fils porte un maillot de l'{{OM}} floqué {{Payet}}. Il a eu {{16 en maths}}, elle affiche la copie au mur."),
    (CHRS, CSP, "Inspection annuelle du {{CHRS}} par la {{DDETS}}, j'observe : registres, {{42 dossiers}}, contrats de séjour. L'inspectrice demande si les {{projets personnalisés}} sont signés. Réponse : {{38 sur 42}}."),
    (CHRS, CSP, "Visite en diffus à {{Nice}}, {{l'Ariane}}. Famille [[P:Bensaïd]], {{4 enfants}}. Le père montre son attestation {{France Travail}}, id [[FT:5281736D]], son NIR [[NIR:1 90 04 06 088 155 19]], et par la fenêtre sa {{Dacia}} en panne, [[IMMAT:CX-118-NR]]."),
    (CHRS, CSP, "Maraude à {{Lyon}} sous le pont de la {{Guillotière}}. Un homme que les bénévoles appellent « [[P:le Professeur]] », il lit {{Victor Hugo}} à voix haute. Il refuse le {{115}}, poliment."),
    (CHRS, CSP, "Visite de chambre au {{CHRS Les Glénan}}, {{Quimper}} : M. [[P:Alain Paris]]. Poster de {{Paris}} au mur, maillot du {{PSG}}. « [[P:Paris]] c'est mon nom, Paris c'est ma ville », alors qu'il est né à {{Montreuil}}."),
    (CHRS, CSP, "Visite au dortoir avec l'infirmière des {{LHSS}} : M. [[P:Pascal]], diabétique, pieds très abîmés. {{Carte Vitale}} périmée ; NIR [[NIR:1 80 10 99 350 012 77]] (né au {{Maroc}}). L'infirmière fera le lien avec la {{CPAM}}."),
    # ---- France Travail, accueil physique (12)
    (FT, AP, "Agence {{France Travail}} de {{Lens}}, {{8h45}}, {{14 personnes}} déjà dans la file. M. [[P:Olivier Marchand]], {{45 ans}}, ex-{{Auchan}} de {{Noyelles-Godault}}, vient parce que son actualisation n'est pas passée. Identifiant : [[FT:4087126L]]. Le conseiller, [[P:Franck]], la refait avec lui sur le poste en libre-service, puis change son RIB dans la foulée : [[IBAN:FR76 4255 9100 0008 0123 4567 812]]. M. [[P:Marchand]] raconte qu'il vient en {{car Macron}} depuis {{Arras}}, {{4 €}}, parce que sa voiture est au garage. Il a un entretien chez {{Leroy Merlin}} {{jeudi}}, il est stressé : « ça fait {{22 ans}} que j'ai pas passé d'entretien ». [[P:Franck]] lui propose l'atelier {{simulation d'entretien}} de {{mercredi 14h}}. Il accepte. En partant il me demande : « vous êtes qui vous, de la direction ? ». Je dis que non."),
    (FT, AP, "À la {{borne}} en libre-service, une dame, [[P:Margaux]], lit son identifiant à voix haute : « [[FT:six cinq zéro neuf un deux trois B]] ». Toute la file entend. Une conseillère vient l'aider et lui dit de le taper plutôt."),
    (FT, AP, "{{3 conseillers}} à l'accueil, {{9 personnes}} dans la file à {{13h35}}."),
    (FT, AP, "Jeune femme, {{23 ans}}, [[P:Jade Lecomte]], veut s'inscrire, fin de CDD chez {{Yves Rocher}}. Inscription en ligne avec elle. Mail : [[MAIL:jade.lecomte2002@outlook.fr]], née le [[DN:05/05/2002]]. Elle montre son Insta pro de maquilleuse, [[ID:@jade.lecomte.mua]]."),
    (FT, AP, "M. [[P:Bienvenu Mukoko]] demande une aide au permis. Le conseiller : « {{bienvenue}}, M. [[P:Mukoko]] ». Aide de {{500 €}} possible, auto-école {{ECF}}. Dossier à compléter avec un devis."),
    (FT, AP, "Atelier CV en salle : le modèle projeté au mur est au nom de « [[P:Marie Durand]], {{38 ans}}, vendeuse chez {{Kiabi}} ». {{8 participants}}. Un monsieur, [[P:Joseph]], demande s'il doit mettre sa photo. Réponse : pas obligé."),
    (FT, AP, "Une dame de {{62 ans}}, [[P:Chantal Boulanger]], licenciée de la {{boulangerie}} {{Paul}} de la gare. Elle veut savoir pour sa retraite : orientée vers la {{Carsat}}. Elle dit « {{boulangère}} chez {{Paul}} pendant {{19 ans}}, et voilà »."),
    (FT, AP, "Écran du conseiller (je recopie) :\nDE : [[P:LEGRAND Marine]]\nID : [[FT:7731904 S]]\n{{Catégorie A}}\nInscrite depuis le {{14/02/2023}}\nROME {{K2204}} agent de propreté\nAdresse : [[ADR:27 rue Jean-Moulin, 62300 Lens]]\nTél : [[TEL:06 09 87 15 42]]\nMail : [[MAIL:m.legrand62@sfr.fr]]"),
    (FT, AP, "Un homme crie parce que son {{ARE}} est suspendue. Le vigile, [[P:Moussa]], s'approche. Le conseiller, calme, demande son nom : [[P:Yannick Fort]], identifiant [[FT:1950374P]]. Radiation pour un rdv manqué ; le courrier était parti à l'ancienne adresse. Réinscription sur place."),
    (FT, AP, "Agence de {{Pointe-à-Pitre}} : une dame cherche un emploi saisonnier à {{Sainte-Anne}}, au {{Club Med}}. Le conseiller lui montre {{3 offres}}, elle en garde deux."),
    (FT, AP, "Une jeune femme, [[P:Ambre]], vient avec sa mère pour le {{Contrat d'engagement jeune}}. Née le [[DN:2006-07-19]]. Elle veut travailler en parfumerie, chez {{Sephora}} : « l'{{ambre}}, c'est mon parfum préféré »."),
    (FT, AP, "Rdv express : M. [[P:Jules Masson]], maçon, t-shirt de la marque {{Jules}} (lol). Son CDD chez {{Bouygues Construction}} est fini. {{12 min}}."),
    # ---- France Travail, accueil téléphonique (14)
    (FT, AT, "Plateforme {{3949}}. Un monsieur donne son identifiant en détachant : « [[FT:3 2 1 0 9 8 7 M]] ». Nom : [[P:Christian Poulain]]. Question : date de paiement de l'{{ARE}}. Réponse : {{le 3}} du mois."),
    (FT, AT, "Une conseillère appelle un demandeur pour un entretien. Répondeur : « vous êtes bien chez [[P:Fleur]] et [[P:Olivier]], laissez un message ». Message laissé, rappel noté pour {{jeudi}} {{10h}}."),
    (FT, AT, "{{3949}} : attente annoncée {{2 min}}, réelle {{11 min}}. Sur {{1h30}} : {{13 appels}}, {{7 sur l'actualisation}}, {{3 sur le CEJ}}, {{2 sur une formation}}, {{1 pour une attestation employeur}}."),
    (FT, AT, "Appel sortant de la conseillère entreprise vers {{Boulangerie Fontaine & Fils}}, à {{Fontainebleau}}. Le patron, M. [[P:Fontaine]], cherche un apprenti. Elle propose [[P:Noah]], {{17 ans}}. Rdv {{lundi}} {{6h}} au fournil."),
    (FT, AT, "Mme [[P:Clémence Renault]] appelle : elle a un entretien chez {{Renault}} à {{Flins}} et veut savoir si l'{{aide à la mobilité}} couvre l'essence. Identifiant [[FT:2209814F]]. Réponse : oui, sur justificatifs."),
    (FT, AT, "« allô, c'est [[P:Pierre]]… [[P:Pierre Lapierre]], oui mes parents avaient de l'humour ». Il veut une formation {{CACES}}. La conseillère lui demande son identifiant : [[FT:6604219N]]. Session en {{mars}} à {{Dunkerque}}."),
    (FT, AT, "Appel d'un demandeur installé à {{Saint-Martin}} (l'île), ligne mauvaise. Il donne son mail : [[MAIL:dany.gumbs(at)yahoo.com]]. La conseillère dit que l'agence de {{Marigot}} le rappellera."),
    (FT, AT, "La conseillère, [[P:Océane]], au téléphone avec un monsieur qui ne comprend pas le courrier de {{trop-perçu}} : {{1 245,60 €}}. Elle explique {{3 fois}}. Il dit « vous êtes patiente, merci madame, vous vous appelez comment ? » — « [[P:Océane]] »."),
    (FT, AT, "Un employeur, {{Carrosserie Blanc}}, veut vérifier qu'un candidat, [[P:Loïc Lenoir]], est bien inscrit, il a même donné son identifiant, [[FT:6081547J]]. La conseillère : « on ne peut pas communiquer cette information ». L'employeur raccroche, agacé."),
    (FT, AT, "Entretien téléphonique de suivi : Mme [[P:Marine Lefebvre]], projet de reconversion aide-soignante, elle vise l'{{IFSI}} de {{Saint-Brieuc}}. Son conjoint est dans la {{Marine nationale}}, à {{Brest}}. Mail pour l'envoi du dossier : [[MAIL:marine.lefebvre.29@gmail.com]]."),
    (FT, AT, "Appel de {{contrôle de la recherche d'emploi}} : M. [[P:Raphaël Sauvage]], {{31 ans}}, identifiant [[FT:5518230C]]. Il dit avoir postulé chez {{Lidl}}, {{Norauto}} et {{Picard}}. La conseillère demande les preuves par mail."),
    (FT, AT, "Un jeune, [[P:Dylan]], dicte son IBAN pour l'allocation {{CEJ}}, l'appli le refuse : [[IBAN:FR76 1254 8029 9898 7654 3210 145]]. La conseillère vérifie : compte {{Nickel}}, ça passe en le saisissant à la main."),
    (FT, AT, "« bonjour, c'est Mme [[P:Avril]], j'ai un rdv en {{avril}} que je ne peux pas honorer ». Rdv déplacé au {{6 mai}}. La conseillère me fait un clin d'œil."),
    (FT, AT, "Appel d'un frontalier en {{Belgique}} ({{Tournai}}). IBAN belge : [[IBAN:BE13 7350 4126 8939]]. Nom : [[P:Dirk Vandamme]] (« pas l'acteur »). Il demande comment déclarer ses heures là-bas. {{15 min}}."),
    # ---- France Travail, contrôle sur place (14)
    (FT, CSP, "Visite d'entreprise avec la conseillère entreprise, [[P:Sandra]] : {{Garage Morel Automobiles}}, à {{Angers}}. Le patron, M. [[P:Morel]], veut {{2 mécaniciens}}. Dans l'atelier, la {{Peugeot e-208}} d'une cliente, [[IMMAT:GK-360-WB]], moteur ouvert."),
    (FT, CSP, "Contrôle d'un organisme de formation, l'{{AFPA}} de {{Marseille}} ({{La Treille}}) : présence d'une formation {{CACES}}. Feuille d'émargement : {{12 stagiaires}}, {{2 absents}}, [[P:A. Benkhaled]] et [[P:R. Ferreira]]."),
    (FT, CSP, "{{Bus de l'emploi}} au marché de {{Hautepierre}}. Un monsieur, [[P:Fidèle Ndombe]], s'inscrit sur place. Téléphone : [[TEL:+33 7 58 21 40 96]]. Diplôme congolais d'électricien, à faire reconnaître."),
    (FT, CSP, "Forum jobdating {{hôtellerie}} au {{Palais des Congrès}} de {{Perpignan}} : {{34 employeurs}}, {{300 candidats}}. {{Ibis}}, {{Flunch}}, {{Buffalo Grill}}. « ambiance {{Pôle emploi}} d'avant », dit une conseillère."),
    (FT, CSP, "Visite d'une entreprise d'insertion, {{Le Relais}} ({{Emmaüs}}), à {{Bruay-la-Buissière}}. Tri de vêtements : un salarié en insertion trie des {{bonnets}} et des pulls {{Lacoste}} toute la journée. {{70 %}} de sorties positives, dit le directeur."),
    (FT, CSP, "Visite de la {{Boucherie Lebœuf}}, à {{Charolles}}. Le boucher, M. [[P:Lebœuf]], rit de son nom : « {{bœuf bourguignon}} tous les jeudis ». Il veut un apprenti, la conseillère propose [[P:Mathis]], {{16 ans}}."),
    (FT, CSP, "Contrôle d'une {{PMSMP}} (immersion) au {{Leclerc Drive}} de {{Saint-Brieuc}} : la stagiaire, [[P:Océane Fleury]], est bien là, identifiant [[FT:8124406W]]. Tutrice : Mme [[P:Lenoir]]. Convention signée."),
    (FT, CSP, "Visite d'un chantier d'insertion à {{Saint-Denis}} ({{La Réunion}}), {{espaces verts}}, {{12 salariés}}. L'encadrant, « [[P:Ti Louis]] », montre les {{flamboyants}} plantés. Carte BTP d'un salarié, n° [[ID:0974 0012 876]], vérifiée."),
    (FT, CSP, "Visite de {{Blanc Transports}} à {{Chalon-sur-Saône}}. Le gérant, M. [[P:Antoine Blanc]], veut {{5 chauffeurs PL}}. Un camion dans la cour, [[IMMAT:FD-903-XC]], avec un sapin {{Magic Tree}} au rétro."),
    (FT, CSP, "Jobdating au stade {{Bollaert}} ({{RC Lens}}), avec la conseillère [[P:Nadia]] : {{40 candidats}}. Un candidat tend son CV : [[P:Kylian Ledoux]], {{19 ans}}, « [[P:Kylian]] comme {{Mbappé}} ». Identifiant [[FT:9037715H]]."),
    (FT, CSP, "Visite à domicile (rare) avec {{Cap emploi}} : M. [[P:Gérard Lamarque]], en fauteuil, [[ADR:8 rue des Tanneurs, 80000 Amiens]], quartier {{Saint-Leu}}. Identifiant [[FT:2746810V]]. Il voudrait faire de la saisie de chez lui. Ordinateur prêté par l'{{APF}}."),
    (FT, CSP, "Prospection au magasin {{Decathlon}} de {{Villeneuve-d'Ascq}}. La responsable RH, Mme [[P:Dubreuil]], veut {{10 vendeurs}} pour {{Noël}}. Elle me donne son compte LinkedIn, [[ID:@claire-dubreuil-rh]]."),
    (FT, CSP, "Contrôle d'un organisme financé par le {{FSE}} : fiches de présence de {{78 stagiaires}}. Sur une feuille, une signature « {{Mickey Mouse}} » 🐭. L'auditrice soupire, elle demandera les originaux."),
    (FT, CSP, "Visite employeur à {{Kourou}} ({{Guyane}}), un sous-traitant du {{Centre spatial guyanais}}, programme {{Ariane 6}}. L'ingénieure qui nous reçoit s'appelle [[P:Ariane Lefèvre]] (!!). Elle cherche {{4 techniciens}}."),
]
# fmt: on

MARK_RE = re.compile(r"\[\[([A-Z]+):(.*?)\]\]|\{\{(.*?)\}\}")
STRAY = ("[[", "]]", "{{", "}}")


def fail(message):
    sys.exit(f"holdout_author: {message}")


def parse(raw, where):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for match in MARK_RE.finditer(raw):
        before = raw[pos : match.start()]
        parts.append(before)
        length += len(before)
        code, value, kept = match.groups()
        if kept is None:
            if code not in CODES:
                fail(f"{where}: unknown code {code!r}")
            if not value or value != value.strip():
                fail(f"{where}: empty span or span with surrounding spaces: {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        else:
            value = kept
            if not value or value != value.strip():
                fail(f"{where}: empty keep string or keep string with surrounding spaces")
            if value not in keep:
                keep.append(value)
        if any(s in value for s in STRAY):
            fail(f"{where}: nested or stray mark in {value!r}")
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    plain = MARK_RE.sub("", raw)
    if any(s in plain for s in STRAY):
        fail(f"{where}: stray mark")
    if not keep:
        fail(f"{where}: no keep string")
    covered = [False] * len(text)
    for ent in entities:
        for i in range(ent["start"], ent["end"]):
            covered[i] = True
    for kept in keep:
        starts = [m.start() for m in re.finditer(re.escape(kept), text)]
        if all(any(covered[i : i + len(kept)]) for i in starts):
            fail(f"{where}: keep string {kept!r} only occurs inside a masked span")
    return text, entities, keep


def build():
    sites = {CAF, CPAM, CCAS, URG, CHRS, FT}
    channels = {AP, AT, CSP}
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        note_id = f"{ID_PREFIX}-{number:03d}"
        if site_kind not in sites or channel not in channels:
            fail(f"{note_id}: bad site kind or channel")
        text, entities, keep = parse(raw, note_id)
        notes.append(
            {
                "id": note_id,
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Stratified split: shuffle each (site_kind, channel) stratum, deal alternately."""
    rng = random.Random(SEED)
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    dev, holdout = [], []
    for key in sorted(strata):
        group = strata[key]
        if len(group) % 2:
            fail(f"stratum {key} has an odd size ({len(group)})")
        rng.shuffle(group)
        for i, note in enumerate(group):
            (dev if i % 2 == 0 else holdout).append(note)
    for name, half in (("dev", dev), ("holdout", holdout)):
        labels = Counter(e["label"] for note in half for e in note["entities"])
        missing = sorted(set(CODES.values()) - set(labels))
        if missing:
            fail(f"label(s) missing from {name}: {', '.join(missing)}")
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} in dev.jsonl, {len(holdout)} in holdout.jsonl")


if __name__ == "__main__":
    main()
