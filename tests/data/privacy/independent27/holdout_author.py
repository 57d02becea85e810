"""Author and label independent evaluation corpus n° 27 for the French anonymiser (stdlib only).

The 240 observation notes below are typed by hand with inline marks:

- ``[[CODE|value]]`` marks a span to mask; CODE is a short label code (see ``CODES``);
- ``{{value}}`` marks a string that looks like personal data but must be kept.

``python holdout_author.py`` strips the marks, computes exact offsets and writes ``dev.jsonl``
and ``holdout.jsonl`` (120 notes each), split by a seeded random draw within each
(site_kind, channel) stratum. Every name, number and address is invented.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind27"
SEED = 20270427

CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DDN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
MARK_RE = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]|\{\{(.+?)\}\}")

CAF = [
    # --- caf / accueil_physique ---
    (
        "caf",
        "accueil_physique",
        "{{9h10}} ouverture, deja {{14 personnes}} dehors sous la pluie.\nAgent d'accueil [[P|Sandrine]] distribue les tickets a la {{borne}}.\nUne dame demande si c bien la {{Caf}} de la {{rue Jean Jaurès}}... oui c ici 😅",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[P|Fontaine]] ({{RSA}}) vient pr un trop percu de {{312 €}}.\nattend debout a cote de la {{fontaine a eau}} depuis {{25 min}}\nn° alloc [[ALLOC|3104587]]\n[[P|Karim]] (agent) lui propose un echeancier sur {{12 mois}}",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket {{A047}}, guichet {{3}}. Jeune homme veut savoir si sa {{prime d'activité}} baisse qd il passe en CDI chez {{Leroy Merlin}}.\nSimulation sur {{caf.fr}} : {{-84 €}}\nLui : « c'est {{Mbappé}} qui devrait payer des impots pas moi » 😂",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[P|YOUSFI Abdelkader]] né le [[DDN|03/11/1969]], vient avec sa fille [[P|Inès]] qui traduit.\n{{APL}} suspendue : bail pas renvoyé par le bailleur {{Néotoa}}.\nAdresse : [[ADR|14 allée Victor Hugo, 35200 Rennes]]\nL'agent rappelle {{Neotoa}} devant lui, bravo",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente a 10h : une femme avec poussette {{Yoyo}}, un monsieur en maillot du {{PSG}} floqué {{Messi}}, une mamie qui lit {{Voici}}.\nAttente moyenne {{40 min}}, personne ne râle. Etonnant.",
    ),
    (
        "caf",
        "accueil_physique",
        "[[P|Léa]] a l'accueil (super patiente) :\n- vous avez votre numéro allocataire ?\nla dame sort une carte pliée : [[ALLOC|045 77 12]]\n→ dossier trouvé, {{ASF}} depuis que le pere est parti. Elle repart avec un rdv {{jeudi 14h}}",
    ),
    (
        "caf",
        "accueil_physique",
        "Couple [[P|Nguyen]], lui [[P|Van Long]], elle [[P|Thi Hoa]]. Declarent la naissance de [[P|Louise]] ({{3 semaines}}).\nAgent : « [[P|Louise]] comme la princesse ? » non, comme la grand-mere 😊\n{{Prime de naissance}} : c'est avant les {{2 mois}}, ok.",
    ),
    (
        "caf",
        "accueil_physique",
        "Dame en pleurs, son fils [[P|Kylian]] (« comme {{Mbappé}} » dit-elle) a eu {{20 ans}}, plus d'alloc pour lui.\nConseillère Mme [[P|Ouattara]] explique la fin du droit, calmement.\nAdresse dossier : [[ADR|5 bis rue Pierre Loti, Saint-Herblain]]",
    ),
    (
        "caf",
        "accueil_physique",
        "PANNE BORNE TICKETS 9h40 → 10h15 !!\nL'agent ecrit les numeros a la main sur des {{Post-it}}. Les gens rigolent, ambiance {{Koh-Lanta}}.\nChef d'equipe descend, s'excuse aupres de la salle. Personne ne part.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune maman [[P|Aïcha Bensaïd]], née le [[DDN|2 fevrier 2001]], demande la {{PAJE}}.\nBosse chez {{Jennyfer}} à {{Bercy 2}}, 24h/sem.\ntél [[TEL|07 68 21 40 93]]\nagent lui montre l'appli {{Caf - Mon Compte}}",
    ),
    (
        "caf",
        "accueil_physique",
        "Agent [[P|Thomas]] me montre l'ecran : « situation isolée, 2 enfants, QF {{612}} ».\nAllocataire [[P|Marie-Rose Célestin]], dossier [[ALLOC|2287105]]\nenfants [[P|Enzo]] et [[P|Jade]], {{8 ans}} et {{5 ans}}\nelle est venue a pied depuis {{Maurepas}}",
    ),
    (
        "caf",
        "accueil_physique",
        "Monsieur tres en colere, veut parler au « directeur de la {{Caf}} ». L'agente lui dit qu'elle s'appelle [[P|Nadia]] et que c'est elle qu'il faut convaincre 😄\nIl s'appelle [[P|Gérard Pasteur]]... habite pres de l'{{institut Pasteur}} en plus, il le dit lui-meme.\nProbleme : {{AAH}} + {{APL}} recalculées en janvier.",
    ),
    (
        "caf",
        "accueil_physique",
        "Tres frappée par la signalétique : ecrans qui passent des pubs {{Caf.fr}} en boucle + chanson de {{Zaz}} dans la salle ?? Musique d'attente du telephone diffusée en salle apparemment.\n{{3 guichets}} ouverts sur {{6}}. Ticket moyen {{18 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Etudiante [[P|Olga Kovalenko]] ({{Ukraine}}, protection temporaire), logement {{Crous}} résidence {{Simone de Beauvoir}}.\nAPL pas versée, il manque son titre : APS n° [[ID|9902145873]]\nmail [[MAIL|olga.kovalenko2003@gmail.com]]",
    ),
    (
        "caf",
        "accueil_physique",
        "Le monsieur epelle son nom : « [[P|B-O-U-L-A-N-G-E-R]], comme le magasin »\n→ M. [[P|Boulanger Yannick]], il a acheté un frigo a credit chez {{Boulanger}} justement, et son RSA a été coupé.\nN° alloc [[ALLOC|1 978 240]]",
    ),
    (
        "caf",
        "accueil_physique",
        "Rdv {{11h30}} avec la TS de la Caf. Mme [[P|Rakotomalala Hanta]] (prénom dit « [[P|Anta]] »), 3 enfants.\nLe conseiller note son IBAN pour changer de banque ({{Nickel}}) :\n[[IBAN|FR76 1659 8563 7623 8418 5340 940]]\nelle me dit merci d'etre la ??",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papi vient avec un courrier de {{2019}} pour une « {{prime de Noël}} jamais reçue ».\nL'agent [[P|Jean-Michel]] cherche 10 min, trouve : versée a l'epoque sur un autre compte.\nPapi : « et le {{Père Noël}} il est passé ou alors » 🎅",
    ),
    (
        "caf",
        "accueil_physique",
        "Famille [[P|Da Silva]], lui [[P|Rui]], elle [[P|Fernanda]]. Ont déménagé a [[ADR|27 rue Marcel Pagnol 13014 Marseille]]\nLui cherche un petit boulot, parle de {{Jul}} qui a grandi dans le quartier lol\nAgent met a jour l'adresse devant eux. {{7 min}}.",
    ),
    # --- caf / accueil_telephonique ---
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel, casque pour moi aussi 🎧\n1er appel {{9h02}} : dame veut savoir quand tombe le {{RSA}}. Réponse : le {{5}}.\n2e appel : « c'est bien la {{Caf}} de {{Nancy}} ? » non, plateforme mutualisée.\n3e : raccroche au bout de {{6 min}} d'attente",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appelant : M. [[P|Traoré]], [[P|Souleymane]]. Donne son numéro alloc « [[ALLOC|deux trois cinq zero un un huit]] ».\nVeut changer son rib. Conseillère [[P|Fabienne]] : il faut passer par l'espace perso, pas par tel.\nIl dit qu'il a pas internet « juste {{WhatsApp}} »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dame qui appelle pr sa mère, Mme [[P|Le Goff Maryvonne]], née le [[DDN|17 mai 1948]] a {{Brest}}.\nAPL foyer logement, la maison de retraite {{Ker Maria}} a changé de gestionnaire.\nrappel au [[TEL|02 98 44 17 63]]",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel surréaliste : un monsieur dit s'appeler « [[P|Johnny]] » et veut les allocs de son chien {{Rocky}}. La conseillère garde son calme 🤣\nPlus tard meme monsieur rappelle : vrai probleme de RSA, s'appelle en fait [[P|Jonathan Meunier]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Bonjour {{Caf}} de {{Loire-Atlantique}}, [[P|Aurélie]] a votre écoute »\nMr [[P|Benali]] : son {{APL}} a baissé de {{47 €}}\n→ c'est la réforme du calcul en temps réel. Il comprend pas, elle re-explique 3 fois.\ntel rappel [[TEL|06 12 88]] ... non pardon [[TEL|07 12 88 03 45]]",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pas d'info perso sur cet appel : question générale sur l'{{ARS}} (allocation de rentrée scolaire), montants {{416 €}}, {{439 €}}, {{454 €}} selon l'age.\nLa dame demande si les fournitures {{Clairefontaine}} sont remboursées 😅",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une assistante sociale du {{CCAS}} de {{Laval}} pour Mme [[P|Gonçalves]] :\nnum alloc [[ALLOC|7741203]], née [[DDN|1983-08-09]]\nmail de l'AS (pro) mais aussi celui de la dame : [[MAIL|c.goncalves [at] laposte.net]]",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Attente affichée {{22 min}}. Musique d'attente = {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. Le conseiller, [[P|Gaëtan]], me dit qu'il l'entend meme la nuit 🙃\nAppel : question sur le {{quotient familial}} pour la cantine. Rien de perso.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[P|Petit]] (oui c'est son nom, et il fait 2m dit-il 😂) appelle pour sa prime d'activité.\nID pôle emploi donné par erreur : [[FT|4518237K]]\nLa conseillère lui demande plutot son num alloc : [[ALLOC|3356012]]",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseillere [[P|Mélanie R.]] prend un appel en {{espagnol}}, Mme [[P|Fernández López Carmen]].\nDDN [[DDN|14-04-1977]]. IBAN espagnol ? non français : [[IBAN|FR76 3000 2794 3024 1226 1187 725]]\nElle parle de son fils qui joue au {{Real}}... le Real de {{Colombes}} 😄",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel 11h48 : dame veut savoir si la Caf paie les couches {{Pampers}}. Non. Elle demande alors pour le lait {{Guigoz}}. Non plus.\nConseiller : « essayez le {{CCAS}} ou les {{Restos du Cœur}} »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel sortant (planifié) vers Mme [[P|Petrosyan Anahit]] au [[TEL|+33 6 51 07 29 84]]. Répondeur. 2e essai au fixe [[TEL|01 48 31 22 90]] : c'est son mari [[P|Aram]] qui répond.\nDossier [[ALLOC|5602918]] : pièces manquantes pour l'AAH",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle depuis {{Florence}} ({{Italie}}) où il est en vacances, panique car son RSA est suspendu. [[P|Massimo Rossi]]\ntel italien [[TEL|+39 347 218 9054]]\nproblème : déclaration trimestrielle pas faite",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme : {{38 conseillers}} connectés ce matin, {{212 appels}} en attente à {{10h}}.\nSuperviseure [[P|Christelle Dumont]] m'explique le « délestage ». Aucun appel écouté pendant ce temps.",
    ),
    # --- caf / controle_sur_place ---
    (
        "caf",
        "controle_sur_place",
        "Controle a domicile avec le controleur [[P|Patrick Lemoine]].\nAllocataire Mme [[P|Haddad Samira]], [[ADR|8 rue Albert Camus, 59000 Lille]], 4e sans ascenseur.\nObjet : isolement declaré. Une paire de chaussures homme {{Nike}} dans l'entrée... Elle dit « c'est a mon frere »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle ressources. Le controleur lit le bail a voix haute : « bailleur {{Vilogia}}, locataire M. [[P|Kowalski Marek]] »\nImmatriculation de la voiture garée devant ? [[IMMAT|GH-482-KL]], il la note (pour verifier qu'elle est bien a lui)\nM. montre ses fiches de paie {{Lidl}}",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{14h}}, quartier {{Bellevue}}. Pas de personne presente, avis de passage laissé.\nLe controleur m'explique le {{droit de communication}} (banques, {{EDF}}...). Rien de nominatif dans cette visite.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Domicile de M. [[P|Sylla Ibrahima]], {{foyer Adoma, chambre 212}}.\nLe controleur verifie la résidence pour l'APL. Petit poste radio qui passe {{Aya Nakamura}}, « {{Djadja}} »\nNuméro alloc [[ALLOC|6022147]]",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite chez une allocataire AAH, Mme [[P|Morel Ginette]], née le [[DDN|vingt-deux juin mille neuf cent cinquante-huit]] (elle le dit fierement)\nSon chat s'appelle {{Bourvil}}, un gros chat roux qui nous suit partout 🐈\nLe controleur est tres doux avec elle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle vie maritale. Sur la boite aux lettres : [[P|LEROY]] / [[P|N'DIAYE]]\nMme [[P|Fatou N'Diaye]] dit que M. [[P|Leroy]] n'habite plus la depuis mars. Adresse : [[ADR|3 impasse des Acacias]]\nLe controleur note aussi la plaque du scooter : [[IMMAT|AB 123 CD]]... puis se corrige, [[IMMAT|AB-128-CD]]",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur la route entre deux visites le controleur me parle des series qu'il regarde ({{Lupin}}, {{Capitaine Marleau}}) et de la pression des objectifs. {{6 controles}}/jour prévus. Pas de donnée de dossier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite a [[ADR|41 avenue Jean Moulin]], {{Villeurbanne}}. Allocataire [[P|Mehmet Yilmaz]], tel [[TEL|06.63.21.47.08]]\nIl tient une boutique de kebab « {{Chez Momo}} » en bas de l'immeuble. Le controleur demande le Kbis.",
    ),
]
CPAM = [
    # --- cpam / accueil_physique ---
    (
        "cpam",
        "accueil_physique",
        "Mme [[P|Diop Awa]], {{carte Vitale}} perdue dans le {{bus 38}}.\nNIR lu sur l'ecran : [[NIR|2 93 06 99 341 026 67]]\nnée le [[DDN|11/06/1993]] à {{Dakar}}. Nouvelle carte commandée, delai {{3 semaines}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "La borne {{ameli}} est en panne depuis lundi, scotch + feuille A4 « HORS SERVICE ».\nLes gens font la queue pour imprimer une attestation de droits. L'agent imprime a la main, {{2 min}} chacun. Plusieurs demandent si on peut prendre rdv sur {{Doctolib}} pour la Cpam 🤷",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[P|Kaya]], arret maladie depuis {{6 semaines}}, salarié chez {{Renault}} a {{Flins}}.\nIJ pas payées car attestation employeur manquante.\nNIR [[NIR|1 81 03 99 208 007 10]], né le [[DDN|12 mars 1981]] à {{Istanbul}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande {{C2S}} pour Mme [[P|Morin]] et ses 2 enfants.\nSon medecin traitant : Dr [[P|Marchand]], a la maison de santé {{Simone Veil}}.\nElle travaille au {{Marché}} de {{Wazemmes}} le dimanche, pas declaré dit-elle tout bas 😬",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agent [[P|Rachid]], guichet {{2}}.\nJeune, [[P|Théo Martin]], veut la {{carte européenne}} pour Erasmus a {{Valence}} ({{Espagne}}).\nNIR [[NIR|103043155540220]]\n« c'est comme Valence dans la {{Drôme}} ? » non 😄. Carte envoyée sous {{15 jours}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame agée avec sa fille. Mme [[P|Rose Lambert]], {{76 ans}}, vient de l'{{hôpital Sainte-Anne}}.\nNIR [[NIR|2 48 06 29 019 133 38]], née le [[DDN|3 juin 1948]] à {{Brest}}\nLa fille tient un bouquet de {{roses}} pour l'anniv de sa mere 🌹",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiches au mur : {{M'T dents}}, {{Mois sans tabac}}, vaccination grippe.\nUn monsieur demande si le vaccin c'est « celui de {{Pfizer}} ou l'autre ». L'agente, [[P|Corinne]], renvoie vers la pharmacie. Attente {{10 min}}, fluide.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande {{AME}}, M. [[P|Ahmadi Ghulam]], accompagné d'une bénévole de la {{Cimade}}.\nRécépissé n° [[ID|7502314965]]\nSon fils porte un maillot {{Mbappé}} trop grand, il me sourit. Dossier complet sauf justificatif de résidence de plus de {{3 mois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[P|Lefebvre]], mutuelle {{Harmonie Mutuelle}} n° adhérent [[ID|004587123]]\nprobleme de teletransmission (noemie).\nElle est vendeuse chez {{Maison Lejeune}}, la boulangerie en face.\ntél [[TEL|06 47 90 12 38]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[P|Sophie]] (agent) : « vous habitez toujours [[ADR|12 rue Émile Zola]] ? »\nM. [[P|Kouassi]] : « non maintenant chez ma soeur a {{Saint-Denis}} »\nIl rit : « {{Zola}} c'est fini pour moi »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Salle d'attente : ecran qui diffuse pub {{Mon espace santé}} + une télé qui passe {{Plus belle la vie}} sans le son (??).\n{{11 personnes}}, attente {{35 min}}. Un enfant joue avec une peluche {{Pikachu}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Frontalier : M. [[P|Schmitt]] travaille en {{Allemagne}} chez {{Bosch}}, rembourse en France ?\nNIR [[NIR|1 64 09 57 463 210 40]]\nIBAN allemand qu'il veut enregistrer : [[IBAN|DE95 3704 0044 0003 1023 50]]\nL'agent : ok c'est SEPA.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Maman + bebe [[P|Gabin]] ({{4 mois}}). Declaration medecin traitant pour le bebe : Dr [[P|Okafor]], pediatre a la {{clinique Jules Verne}}.\nMme [[P|Laurent]] a attendu {{50 min}} avec le bebe qui pleure. L'agent la fait passer devant, personne ne dit rien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Pension d'invalidité, M. [[P|Ferreira]] [[DDN|1966-02-28]] (lu sur le formulaire)\nIl bossait a la {{Carrosserie Ferreira & Fils}}, celle de son frere, puis accident.\nL'agent lui dit que le dossier est chez le medecin conseil.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[P|Chen Mei]], devis lunettes {{Alain Afflelou}} vs {{Krys}}, veut savoir le reste a charge.\nL'agent explique le {{100% Santé}}.\nmail [[MAIL|meichen88@hotmail.fr]] pour envoi du decompte",
    ),
    (
        "cpam",
        "accueil_physique",
        "Pas de données perso mais une scène : un monsieur demande si c'est vrai que {{Brigitte Macron}} a rendu les appareils auditifs gratuits. L'agent : « c'est le {{100% Santé}}, chez {{Audika}} ou ailleurs » 😂\n{{3 guichets}} ouverts.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune homme, [[P|Bilal]], veut une attestation de droits pour son job chez {{McDonald's}}.\nNIR [[NIR|1 95 02 75 118 064 77]], né le [[DDN|7 fevrier 95]]\nImprimée en {{3 min}}. Il me dit qu'il ecoute {{Ninho}} toute la journée au taf",
    ),
    (
        "cpam",
        "accueil_physique",
        "Interprete LSF present (prevu par rdv). Mme [[P|Pichon]] est sourde, vient pr un remboursement d'implant.\nL'agent [[P|Grégory]] parle trop vite, l'interprete lui fait signe de ralentir. Beau moment.",
    ),
    # --- cpam / accueil_telephonique ---
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, attente annoncée {{12 min}}.\nM. [[P|Dubois René]] donne son numero de secu en parlant lentement : « [[NIR|un, cinquante-huit, zéro cinq, treize, zéro cinquante-cinq, trois cent cinq, vingt-trois]] »\nla conseillere tape en meme temps, ok du premier coup",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : remboursement ostéo ? Non sauf mutuelle. La dame a pris rdv sur {{Doctolib}}, demande si {{Ameli}} et Doctolib c'est pareil. Rien de perso.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[P|Hoarau]], originaire de {{La Réunion}}, vit a {{Bordeaux}} depuis 2 ans.\nNIR [[NIR|299019741105840]], DDN [[DDN|21/01/1999]]\nrappel sur son portable réunionnais [[TEL|0692 41 30 77]]",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseiller [[P|Stéphane]]. L'appelant dit etre « le cousin de {{Jean-Pierre Foucault}} », veut passer devant 🙄\nC'est M. [[P|Foucault Alain]], demande de {{CSS}} en cours depuis {{2 mois}}.\nConseiller reste pro, relance le service.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacie ({{Pharmacie du Théâtre}}), le pharmacien Dr [[P|Vidal]] : tiers payant refusé pour une patiente, Mme [[P|Caron]].\nLe conseiller vérifie... droits ouverts. Le pharmacien rigole : « et non, je suis pas le {{Vidal}} » (le dictionnaire des medocs)",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel general sur l'{{avis d'arrêt de travail}} : le salarié doit envoyer les volets 1 et 2 sous {{48h}}.\nLa conseillere lit le script, puis improvise. Rien de nominatif.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[P|Popescu Ioana]], en francais tres correct, demande la C2S.\nmail [[MAIL|ioana.popescu.ro@yahoo.com]]\nVeut garder son compte roumain : [[IBAN|RO41 BTRL 0301 2029 8765 4321]] → conseillere : possible, zone SEPA",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseillere [[P|Hélène]], appel de M. [[P|El Idrissi]], né a {{Casablanca}} le [[DDN|21.07.1990]]\nNIR [[NIR|1 90 07 99 350 018 18]]\narret maladie pas recu par la caisse",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel demandé par Mme [[P|Lucie Pereira]], elle dicte : « [[TEL|zéro sept, soixante-deux, dix-neuf, quarante, zéro huit]] »\nElle appelait depuis la {{gare Saint-Lazare}}, bruit enorme, d'ou le rappel.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ce matin {{47 appels}} en attente a {{9h}}. Le superviseur bascule des conseillers du back-office.\nMusique d'attente : du {{Mozart}} (la {{Petite musique de nuit}}). Personne ne sait qui l'a choisie.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[P|Wang]] appelle via sa fille [[P|Lily]] qui traduit.\nChangement de banque : [[IBAN|FR76 3000 3522 5400 2376 5983 188]]\nLa conseillère dit qu'il faut l'envoyer via la {{messagerie ameli}}, pas par tel.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel du service RH de {{Carrefour Market}} pour un salarié, M. [[P|Benoît Renard]], subrogation.\nLa conseillère refuse de donner des infos medicales a l'employeur. Ferme mais polie.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en anglais, Mme [[P|Ivanova Svetlana]], {{CEAM}} pour un sejour.\nmail : [[MAIL|svet.ivanova(at)mail.ru]]\nLa conseillere se débrouille bien, rit de son accent « {{Joséphine ange gardien}} »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame veut resilier sa mutuelle {{MGEN}} : pas le bon organisme.\nElle parle ensuite de son chat {{Félix}} malade : « y a pas une secu pour les chats ? » 🐱\nConseiller : {{4 min}} de patience.",
    ),
    # --- cpam / controle_sur_place ---
    (
        "cpam",
        "controle_sur_place",
        "Controle arret maladie avec un agent assermenté.\nM. [[P|Carvalho Nuno]], [[ADR|17 rue Gambetta, 76600 Le Havre]]. Present. Regarde {{Téléfoot}}.\nSorties autorisées {{9h-11h}} / {{14h-16h}}. RAS.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture de service l'agent m'explique : controles ciblés par l'algo + demandes employeurs. {{20 %}} absents en moyenne. On passe devant le {{stade Pierre Mauroy}}. Rien de perso.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Verif de résidence (AME). Mme [[P|Tesfaye Meron]], [[ADR|2 place Louise Michel, 2e etage]]\nElle montre son récépissé asile : [[ID|9303125784]]\nchambre tres propre, photo de {{Haile Selassie}} au mur",
    ),
    (
        "cpam",
        "controle_sur_place",
        "M. [[P|Grondin]] absent.\nLe voisin, M. [[P|Leclerc]], nous dit « il est parti faire les courses chez {{Leclerc}} » 😂\nAvis de passage deposé. Convocation prévue.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Invalide {{2e catégorie}}, Mme [[P|Bianchi]], née le [[DDN|9 janvier 63]]\nNIR [[NIR|2.63.01.69.383.221-36]]\nSon chien {{Rambo}} (un chihuahua !) aboie tout le long",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pause dejeuner : sandwich chez {{Paul}}, l'agent, [[P|Thierry]], lit {{Le Parisien}}.\nIl m'explique qu'il a fait {{22 ans}} a la caisse.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Arret maladie, M. [[P|Okonkwo Chinedu]], chauffeur {{G7}}. Absent aux heures.\nSa voiture est garée en bas, plaque [[IMMAT|ET-771-PW]], moteur chaud d'apres l'agent 🤨",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mme [[P|Mansouri]] absente : en consult a l'{{hôpital Bichat}} dit sa fille [[P|Yasmine]] ({{16 ans}}).\nLa fille donne le portable de sa mere : [[TEL|06 21 74 58 03]]\nL'agent appelle, verifie, c'est ok",
    ),
]
CCAS = [
    # --- ccas / accueil_physique ---
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : M. [[P|Stoica Florin]], sans domicile depuis l'hiver. Adresse de domiciliation = celle du {{CCAS}}, {{place de la Mairie}}.\nPasseport roumain n° [[ID|053218794]]\nL'agent [[P|Muriel]] lui explique comment recuperer son courrier, {{tous les 15 jours}} min",
    ),
    (
        "ccas",
        "accueil_physique",
        "Visite de l'epicerie sociale avec la resp. Sur les etageres : {{Panzani}}, {{Lustucru}}, {{Bonne Maman}}, {{Banania}}, du {{Saint Agur}} et des biscuits {{Michel et Augustin}} (dons d'un {{Monoprix}}).\nPrix = {{10 %}} du prix magasin. {{38 familles}} inscrites.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[P|Kerbrat Annie]], facture {{EDF}} impayée {{387,50 €}}\nréf client EDF [[ID|6004571238]]\nl'agent monte un dossier {{FSL}} energie. Elle a froid chez elle, chauffe avec le four 😟",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'usager, M. [[P|Lebon]], est {{charpentier}} au chomage depuis sa hernie.\nL'agente s'appelle Mme [[P|Charpentier]], ils en rigolent 5 min 😄\nDemande aide ponctuelle {{200 €}}, passe en commission {{mardi}}",
    ),
    (
        "ccas",
        "accueil_physique",
        "Beaucoup de questions sur le {{chèque énergie}} ce matin : pas recu, {{Engie}} veut pas le prendre, {{TotalEnergies}} l'a perdu... L'agent repete la meme explication {{6 fois}}. Aucune donnee perso.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier {{APA}} pour Mme [[P|Nowak Krystyna]], née le [[DDN|30 novembre 1938]]\nSon fils [[P|Piotr]] l'accompagne. Elle vit seule [[ADR|6 rue Frédéric Chopin, 62300 Lens]]\nelle me dit « {{Chopin}} c'est un polonais comme moi »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Famille [[P|Camara]], {{5 enfants}}, colis alimentaire.\nLes petits : [[P|Mariama]], [[P|Ousmane]] (« comme {{Dembélé}} » dit le pere, fierement) et les jumeaux\nAttente {{1h05}} avec tout ce monde 😬",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le responsable m'explique le reseau : {{Banque Alimentaire}}, les {{Restos du Cœur}} (« merci {{Coluche}} »), le {{Secours populaire}}, le {{Secours catholique}}. Le CCAS oriente, ne distribue que l'urgence.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Instruction {{RSA}} : M. [[P|Marin Julien]], ancien {{marin}} pêcheur a {{Lorient}}, {{54 ans}}\nmail [[MAIL|julien.marin56@orange.fr]]\n30 min de formulaire. Il dit : « la mer c'est fini »",
    ),
    (
        "ccas",
        "accueil_physique",
        "[[P|Samia]] (agent) aide Mme [[P|Da Costa]] a renouveler sa demande de logement social.\nNuméro unique : [[ID|035 21 24 0145 887]]\nElle attend depuis {{4 ans}}. Logement actuel {{T2}} pour {{4 personnes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[P|Hamon]], {{84 ans}}, demande le {{portage de repas}}. Menu du jour : {{blanquette}}.\nHabite [[ADR|45 boulevard Clemenceau]]\nfixe [[TEL|02.99.63.18.47]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "Affichage hall : {{Plan canicule}}, flyer atelier numerique, expo {{Frida Kahlo}} a la {{médiathèque François Mitterrand}}, concert hommage a {{Johnny Hallyday}} a la salle des fetes.\nRien de nominatif dans cette note.",
    ),
    (
        "ccas",
        "accueil_physique",
        "[[P|Jennifer]], {{22 ans}}, vendeuse chez {{Jennyfer}} (si si 😄), aide d'urgence {{150 €}}\nvirement sur [[IBAN|FR76 2004 1074 5808 7617 9581 679]]\nL'agent valide avec sa chef au telephone.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[P|Martin-Lopez]] vit dans sa voiture avec son chien {{Oscar}}. Refuse le foyer car « pas de chiens ».\nL'agent appelle le {{115}} devant nous : pas de place chiens acceptés ce soir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation M. [[P|Hakimi Zabihullah]], afghan.\nL'agent : « [[P|Hakimi]] comme {{Achraf Hakimi}} ? » il sourit, il connait le {{PSG}}.\nAGDREF [[ID|7504198263]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "Coin enfants dans la salle : livres {{Le Petit Prince}}, {{T'choupi}}, {{Petit Ours Brun}}, une peluche {{Winnie}}.\nJeudi = jour de l'épicerie solidaire, {{38 familles}}. Aucun nom dans cette note.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[P|Rousseau Daniel]], prof retraité du {{lycée Condorcet}}, demande l'aide a la mutuelle communale.\nmutuelle n° [[ID|MC-2023-00481]]\nIl cite {{Victor Hugo}} en partant 🙂",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[P|Ben Youssef Nour]] : « vous pouvez me contacter sur insta [[ID|@nour.benyoussef]] c'est plus simple »\nL'agent refuse gentiment, prend son tel : [[TEL|06 33 10 72 41]]",
    ),
    # --- ccas / accueil_telephonique ---
    (
        "ccas",
        "accueil_telephonique",
        "Inscription registre canicule par tel : Mme [[P|Josette Pierre]], {{89 ans}}\ntel [[TEL|03 87 64 20 15]]\nElle habite pres de l'eglise {{Saint-Pierre}}, vit seule, sa fille passe le {{dimanche}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appels du matin : horaires ({{8h30-12h}}), epicerie solidaire, un monsieur qui cherche la {{Mairie}}. L'agent décroche en {{3 sonneries}} max. Rien de perso.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le fils de M. [[P|Kaddour Ahmed]] appelle pour l'APA de son pere, né le [[DDN|1er avril 1941]]\n« mon pere il a fait les {{Trente Glorieuses}} chez {{Peugeot}} a {{Sochaux}} »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du bailleur {{Paris Habitat}} : impayé de Mme [[P|Sissoko]]\nréf locataire [[ID|0045-LC-2231]]\nL'agent refuse de donner des infos par tel sans l'accord de la dame.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Monsieur dicte son mail lettre par lettre : « [[MAIL|m-a-r-c point d-u-p-u-i-s arobase free point fr]] »\nL'agent relit. Rdv pris {{lundi 10h}} pour le {{FSL}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Question recurrente : les {{colis de Noël}} des seniors, distribués le {{14 décembre}} a la {{salle Jacques Brel}}.\nUne dame demande s'il y aura du {{foie gras}}. Réponse : oui, un petit. Aucune donnée perso.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[P|R-A-N-D-R-I-A-M-A-M-P-I-O-N-O-N-A]] epelle son nom, l'agent tape.\nElle dit qu'au travail on l'appelle « [[P|Randria]] », plus simple.\nAide cantine pour ses 2 enfants a l'{{école Jules Ferry}}",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "[[P|Lucas]] (agent) rappelle M. [[P|Berger]], ancien {{berger}} dans les {{Pyrénées}} ça ne s'invente pas.\nAide fioul, {{500 L}}\ntel [[TEL|+33 (0)6 84 12 55 90]]",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[P|Lopes]] signale sa voisine, Mme [[P|Simone]] (c'est son prenom, elle connait pas le nom), qui ne sort plus depuis {{3 jours}}.\nAdresse de la voisine : [[ADR|22 rue Jean-Baptiste Clément]]\nL'agent declenche une visite.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de {{La Poste}} pour le service {{Veiller sur mes parents}} : partenariat. Puis une dame qui veut savoir si le CCAS fait les papiers de la {{Sécu}}. Non. Pas de donnée perso.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La TS appelle le {{SIAO}} pour la famille [[P|Kurti]] (albanaise)\nréf SIAO [[ID|SIAO-35-2024-01877]]\nreponse : pas de place avant {{vendredi}}",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Madame [[P|Irène Faure]] veut donner les vetements de son mari decedé. L'agent l'oriente vers {{Emmaüs}}.\nElle : « meme apres l'histoire de l'{{Abbé Pierre}} ? » silence 😶",
    ),
    # --- ccas / controle_sur_place ---
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile (registre vulnerables). Mme [[P|Lemaire Odette]], [[ADR|3 rue Édith Piaf]]\nLa radio passe {{La Vie en rose}}, elle chante avec 🎶\nFrigo presque vide, l'agente note pour le portage.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée (personne hospitalisée). On traverse le quartier {{Jean Macé}}, l'agente me montre le {{centre social}} et la {{maison des familles}}. Rien de perso.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "M. [[P|Giraud]], appartement tres encombré, l'agent parle de {{syndrome de Diogène}}.\nUn chat, {{Mistigri}}, sur une pile de journaux.\nMise en place aide menagere proposée, refusée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Evaluation aide menagere, Mme [[P|Nguyen Thi Lan]]\nsa fille [[P|Mai]] sera le contact : [[TEL|07 55 12 98 64]]\nGrand calendrier {{Air France}} au mur, elle y a travaillé.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Apres l'incendie : famille [[P|Kovač]] relogée a l'{{Ibis Budget, chambre 14}}\nLes enfants veulent recuperer leur {{Nintendo}}. L'agente promet de voir avec les pompiers.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "L'evaluatrice m'explique la grille {{AGGIR}} : {{GIR 1}} a {{GIR 6}}, l'APA a partir de {{GIR 4}}. Ecrite au tableau blanc dans sa voiture 😅 Aucune donnée perso.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "M. [[P|Abdallah Saïd]], comorien, [[ADR|11 allée Georges Brassens]], residence {{Les Mimosas}} bat B\nIl me fait ecouter {{Brassens}} sur son telephone, « {{Les Copains d'abord}} »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Mme [[P|Marguerite Vasseur]], née le [[DDN|12/08/1931]]\nDes {{marguerites}} sur le balcon, elle insiste pour qu'on les regarde 🌼\nBesoin : teleassistance.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite M. [[P|Dumas Alexandre]] (« comme l'ecrivain, mais sans les sous »)\nSur l'etagere : {{Les Trois Mousquetaires}}, {{Le Comte de Monte-Cristo}}\ndemande aide a domicile apres chute",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Aide mobilité : M. [[P|Oliveira]], sa voiture [[IMMAT|4821 TK 59]] est immobilisée chez {{Norauto}} depuis {{3 semaines}}, facture {{640 €}}\nSans voiture il ne peut pas aller a l'usine {{Danone}}.",
    ),
]
URGENCES = [
    # --- urgences / accueil_physique ---
    (
        "urgences",
        "accueil_physique",
        "IAO [[P|Céline]] au tri. M. [[P|Aubert]], douleur thoracique, passe direct en box {{4}}.\nIPP [[ID|800312457]] colle sur la feuille\nDelai entre arrivee et ECG : {{9 min}}. Impressionnant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente a {{21h}} : {{42 personnes}}, attente affichée {{5h}}.\nDistributeur {{Selecta}} vide, plus de {{Coca}}, plus de {{Kinder}}. Un agent de secu fait la ronde. Personne ne dort.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Petit [[P|Nolan]], {{6 ans}}, tombé de sa trottinette {{Decathlon}}, arcade ouverte.\nMaman : Mme [[P|Perrin]]. Date de naissance donnée a l'accueil : [[DDN|04/05/2018]]\nAttente {{40 min}} pour les points.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme alcoolisé, dit s'appeler « [[P|Elvis]] ». L'interne note « X [[P|Elvis]] » 🙄\nVrai nom trouvé dans son portefeuille : [[P|Bruno Chauvin]], CNI [[ID|880692310285]]\nIl chante du {{Elvis Presley}} dans le couloir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les pompiers amènent Mme [[P|Ilunga Béatrice]], née le [[DDN|8 septembre 1979]], malaise au travail chez {{Sephora}}.\nSon collegue [[P|Dylan]] l'accompagne, très stressé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Defilé d'ambulances {{Jussieu Secours}}, puis le {{SAMU}}, puis les {{pompiers}}. Le {{quai ambulances}} est plein a {{14h}}.\nL'IAO me dit qu'ils font {{160 passages}} par jour. Pas de nom dans cette note.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil admin : [[P|Fatima]] demande la {{carte Vitale}}. M. [[P|Lefèvre]] ne l'a pas.\nIl donne son NIR de tete : [[NIR|1 67 08 62 498 091 72]]\nné le [[DDN|15/08/1967]]. Ca matche du premier coup.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste irlandaise, Mme [[P|O'Brien Siobhan]], tombée dans l'escalier au {{Louvre}}, poignet.\ntel [[TEL|+353 87 412 6690]]\nCarte {{CEAM}} ok. Elle adore {{Amélie Poulain}} dit-elle 😄",
    ),
    (
        "urgences",
        "accueil_physique",
        "Détail qui m'a plu : les box de consultation portent des noms de fleurs, {{Lilas}}, {{Iris}}, {{Capucine}}, {{Violette}}, {{Jasmin}}. « Allez en Capucine » dit l'IAO. Aucune donnée perso.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dr [[P|Benhamou]] (urgentiste) voit Mme [[P|Tran]], {{70 ans}}, qui a pris du {{Doliprane}} + du {{Tramadol}}.\nLe doc me dit : « la moitié des gens melangent tout »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme crie « je connais {{Gérald Darmanin}} moi ! ». Le vigile, « [[P|Mouss]] » pour tout le monde, le calme en 2 min.\nLe monsieur : M. [[P|Valentin Roche]], plaie a la main.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je lis le bracelet d'un patient sur un brancard :\n[[P|DUPRÉ Chantal]] [[DDN|12.02.1955]]\nIPP [[ID|900451278]]\nElle est là depuis {{11h}} dans le couloir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur demande ou charger son {{iPhone}}. A la télé : {{Des chiffres et des lettres}}. L'IAO, [[P|Bérénice]], dit que la {{Pitié-Salpêtrière}} est saturée aussi, les pompiers tournent.",
    ),
    (
        "urgences",
        "accueil_physique",
        "SDF connu du service, [[P|Kader]], pied infecté. Son chien {{Sultan}} attend dehors, attaché a la barriere.\nLe vigile lui donne de l'eau (au chien) 🐕",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[P|Emma Lambert-Diallo]], {{18 mois}}, fievre a {{40}}. Parents [[P|Julie]] et [[P|Moussa]].\nTransfert prevu vers l'{{hôpital Robert-Debré}} (urgences pedia).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Annonce micro : « le propriétaire du véhicule [[IMMAT|fp-309-sn]] est prié de liberer l'aire ambulances »\nC'etait M. [[P|Girard]], venu deposer sa mere. Il s'excuse, rouge.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Belge en vacances, [[P|Wouter Peeters]], accident de voiture. Plaque belge [[IMMAT|1-KBT-482]] (l'assureur la demande)\ntel [[TEL|+32 470 58 21 96]]",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[P|Nathalie]], agent d'accueil depuis {{17 ans}}, m'explique les « {{bed managers}} ». Elle connait tous les ambulanciers par leur prenom. Elle adore {{Grey's Anatomy}} « mais c'est pas la vraie vie ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ecran de suivi : {{87 patients}} presents, {{23}} en attente de lit, {{UHCD}} pleine. {{6 brancards}} dans le couloir.\nAucune donnée nominative notée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[P|Blanche Moreau]] arrive avec sa fille déguisée en {{Blanche-Neige}} (carnaval de l'ecole), la petite s'est cassé le bras.\ntel [[TEL|06 18 27 36 45]]",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[P|Khalil Al-Hassan]], syrien, interprete par tel ({{ISM Interprétariat}})\ntitre de séjour n° [[ID|7503920184]]\nattente interprete {{15 min}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident du travail : M. [[P|Mickaël Bouvier]], {{34 ans}}, chute d'echafaudage sur un chantier {{Bouygues}} (le BTP pas le telephone 😄).\nSon chef arrive, [[P|Stéphane Pruvost]], avec la declaration d'AT.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[P|Mercier]] demande des nouvelles de son mari [[P|Claude]] arrivé en ambulance.\nL'agent ne peut rien dire sans le medecin. Elle attend {{2h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'IAO a une dame qui veut passer devant « parce qu'elle est pressée » : « meme {{Céline Dion}} elle attendrait madame » 😂\nAttente pour les {{non urgents}} : {{4h30}}. Pas de donnée perso.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Interne Dr [[P|Sánchez]] recoud [[P|Yanis]], {{19 ans}}, bagarre pres de la {{gare Saint-Charles}}.\nLa mere au tel : [[TEL|06-59-82-14-37]]",
    ),
    (
        "urgences",
        "accueil_physique",
        "Arrivée d'une residente de l'{{EHPAD Les Jardins d'Arcadie}}, Mme [[P|Yvette Charrier]], née le [[DDN|vingt et un mars 1929]], chute.\n{{95 ans}} et elle fait des blagues sur {{Jean Gabin}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[P|Baptiste Loiseau]], carte mutuelle {{AG2R La Mondiale}} n° [[ID|AG 7720 4410 9]]\nL'admission scanne tout. Le monsieur a un {{oiseau}} tatoué sur la main, il rigole « c'est mon nom »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un ado ecoute {{Stromae}}, « {{Alors on danse}} », sans ecouteurs. L'IAO lui demande gentiment de baisser.\n{{3h}} d'attente pour une entorse. Aucun nom.",
    ),
    # --- urgences / accueil_telephonique ---
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences. Une fille cherche son pere, [[P|Jean-Claude Mathieu]], né le [[DDN|1950-06-14]]\nLa secretaire, [[P|Karine]], verifie : il est en box, elle ne donne rien d'autre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard recoit ~{{300 appels}} par jour, beaucoup de gens qui cherchent la {{maternité}} ou veulent un rdv ({{Doctolib}}). Pas de nom.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "« Je cherche ma femme, [[P|Leïla]], amenée par les pompiers de {{Montreuil}} »\nrappel au [[TEL|01 43 60 27 18]]",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame lit un courrier de l'hopital : « IPP [[ID|23004871]] » pour son fils.\nLa secretaire retrouve le dossier en {{30 s}}. Pas d'info medicale par tel.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Infirmière de l'{{EHPAD Saint-Joseph}} : transfert de Mme [[P|Hubert Léontine]]\nelle donne sa ligne directe, l'agent note le nom de l'infirmiere, [[P|Agnès]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Entre 2 appels la secretaire m'explique le {{plan blanc}}, le {{centre 15}}, la regulation. Au mur : planning avec des surnoms de services ({{Zorro}}, {{Bisounours}}). Rien de perso.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Maman paniquée : son fils [[P|Rayan]], {{3 ans}}, a avalé une piece de {{Lego}}.\nLa secretaire lui dit d'appeler le {{15}} tout de suite.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du commissariat : demande d'info sur M. [[P|Ionescu Dragoș]]\nla secretaire refuse sans requisition ecrite. Ferme.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'appelante epelle « [[P|W-I-S-N-I-E-W-S-K-A]] » pour sa mere, Mme [[P|Wiśniewska]]\nmail [[MAIL|a.wisniewska@wp.pl]] pour le compte rendu",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La musique d'attente c'est {{Les Lacs du Connemara}} de {{Sardou}}, je n'y crois pas 😂. {{6 appels}} en attente. Aucune donnée nominative.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame, [[P|Paulette]], demande si le Dr [[P|Marchetti]] est de garde, « c'est lui qui m'a soignée en 2019 ». Réponse : pas d'info.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'assureur {{Allianz}} Travel appelle pour rapatrier [[P|Hans Müller]]\npasseport [[ID|C4J7R9X21]]\ntel du patient [[TEL|+49 171 5523894]]",
    ),
]
CHRS = [
    # --- chrs / accueil_physique ---
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{8h}}. [[P|Jacky]], que tout le monde appelle « [[P|Bébert]] », attend devant avec son thermos.\nL'educ [[P|Sonia]] ouvre, il dit bonjour a tout le monde, meme a moi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour : café, {{douches}} ({{12 créneaux}}), {{machine à laver}}, consigne. Vetements donnés par {{Emmaüs}}.\nAffluence {{65 personnes}} avant midi. Aucune donnée perso ici.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission CHRS : Mme [[P|Kamara Aminata]] + 2 enfants, orientée par le SIAO\nréf [[ID|SIAO-93-2024-00452]]\nattribuée : {{Résidence Lucie Aubrac, chambre 8}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'educ [[P|Franck]] aide [[P|Sébastien Pottier]] a faire son CV pour un poste d'apprenti chez {{Franck Provost}} 😄 (« on a le meme prenom que le patron » dit [[P|Franck]])\nEntretien jeudi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[P|Noorzai Wahid]], recepissé [[ID|9201458736]]\nil porte une echarpe de l'{{Olympique de Marseille}}, me parle de {{Zidane}} et de {{Kaboul}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "Lecture du reglement interieur avec un nouvel arrivant : sorties jusqu'a {{22h}}, pas d'alcool, amenagement des repas pendant le {{Ramadan}}. Le chef de service, M. [[P|Ouedraogo]], parle de la convention avec le {{Samu social}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[P|Lacroix]] (violences conjugales), arrivée hier soir.\nSon ex, M. [[P|Lacroix Frédéric]], a une voiture [[IMMAT|GK-551-RB]], photo donnée au veilleur de nuit.\nOrientée par la {{Croix-Rouge}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[P|Ludovic]] est accepté avec son chien {{Rex}}, un vieux berger allemand. Le CHRS a {{3 niches}} dans la cour. Ca change tout pour lui.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine : {{tarte Tatin}} et {{madeleines}}. L'animatrice explique que la tarte vient des {{soeurs Tatin}}. Les résidents rient. Aucune donnée perso.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée : Mme [[P|Oksana Petrenko]], ukrainienne, DDN [[DDN|1991-11-03]]\ntel [[TEL|+380 67 215 4830]]\nelle montre des photos de {{Kharkiv}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[P|Le Bihan Yves]], ex-ouvrier chez {{Michelin}}, {{RSA}}\nn° alloc [[ALLOC|4410276]]\nIBAN pour le virement : [[IBAN|FR76 1027 8894 0944 9780 2311 761]]",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[P|Tarik]] prepare un entretien chez {{Burger King}}. Son ID {{France Travail}} : [[FT|0723451M]]\nIl repete ses reponses avec l'educ, je joue le recruteur 😅",
    ),
    (
        "chrs",
        "accueil_physique",
        "Halte de nuit ({{Coallia}}), {{40 lits}}. Duvets donnés par {{Decathlon}}. Posters de {{Bob Marley}} et du {{Che}} dans la salle commune. Pas de nom dans cette note.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[P|Zhang Wei]], née le [[DDN|19/07/1986]]\nelle donne son WeChat pour etre recontactée : [[ID|wxid_zw1986]]\nl'educatrice prefere un numero de tel.",
    ),
    # --- chrs / accueil_telephonique ---
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, écoutant [[P|Yassine]]. Appel de M. [[P|Bernard]], {{58 ans}}, a la {{gare Montparnasse}}.\nPas de place en CHU, proposition : gymnase {{Jean Bouin}} (plan grand froid)\nIl accepte.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{19h}} : {{93 appels}} non décrochés depuis {{17h}}. {{4 écoutants}} en poste. {{Plan grand froid}} déclenché. Aucune donnée perso.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[P|Mbemba Grâce]] avec 3 enfants, rue.\ntel [[TEL|07 53 19 04 82]]\nOrientée {{hôtel Formule 1, chambre 23}} pour {{3 nuits}}",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'appelant est identifié dans le logiciel par nom + date : [[P|Diallo Thierno]], né le [[DDN|01/01/1998]]\nL'ecoutante m'explique que beaucoup de dates « 1er janvier » viennent des papiers.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "« [[P|K-O-N-É]], prénom [[P|Adama]] »\nl'ecoutant : « comme {{Adama Traoré}} ? » - « non non, moi je joue pas au foot »\nmise a l'abri a {{21h}}",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appelante reguliere, tout le monde au 115 l'appelle « [[P|Mamie Jeanne]] ». {{81 ans}}, refuse toujours l'hebergement collectif. L'ecoutant lui parle {{10 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'ecoutante me montre le logiciel {{SI SIAO}}, les {{nuitées hôtelières}}, la liste d'attente. Elle ferme l'ecran quand je regarde les noms. Rien de noté.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "M. [[P|Petrovic]] appelle du portable d'un ami : [[TEL|06 70 45 83 12]]\nIl dort au {{parc de la Tête d'Or}} depuis {{une semaine}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "[[P|Inaya]], {{17 ans}}, fugue. L'ecoutant bascule vers l'{{ASE}}, reste en ligne jusqu'au transfert. {{25 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "M. [[P|Hervé Collin]] refuse toute place sans son chien {{Snoopy}}. L'ecoutant cherche un lieu acceptant les animaux : aucun ce soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[P|Okoro]] relit un papier : « réf [[ID|SIAO 75 2023 118 204]] »\nstatut : en attente CHRS depuis {{8 mois}}",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Pause : les ecoutants parlent du rapport de la {{Fondation Abbé Pierre}} et de la {{Nuit de la Solidarité}}. Aucun appel pris pendant la pause. Rien de perso.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "[[P|Moustapha Ndiaye]] donne un mail pour la reservation hotel : [[MAIL|ndiaye.moustapha93 at gmail dot com]]\n{{2 nuits}} accordées",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Les pompiers signalent une dame agée, Mme [[P|Pasquier]], assise depuis des heures a la {{gare du Nord}}. Maraude envoyée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'hotel {{Le Saint-Louis}} appelle : la famille [[P|Tshibanda]] a quitté la {{chambre 305}} sans prevenir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le superviseur, en fin de service : « on est tous des {{Jean Valjean}} ici ». Affiche des {{Misérables}} dans la salle. Aucune donnée perso.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "[[P|Moussa Keïta]], « pas le chanteur hein » (il pense a {{Salif Keïta}} 😄)\nSans solution ce soir, rappel demain {{9h}}",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un jeune, [[P|Sofiane]], dit : « cherchez-moi sur TikTok, [[ID|@le_vrai_sofiane]] ». L'ecoutant : « on fait pas ça monsieur »",
    ),
    # --- chrs / controle_sur_place ---
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Samu social}} 22h. M. [[P|Gilbert]] sous le {{pont Mirabeau}}. Couverture + soupe.\nIl cite {{Apollinaire}} (« sous le pont Mirabeau coule la Seine ») 😮",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Trajet de la maraude : {{gare de l'Est}}, {{canal Saint-Martin}}, {{Stalingrad}}. {{45 personnes}} rencontrées, {{12}} acceptent un hebergement. Aucune donnée nominative.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Campement, famille roumaine. M. [[P|Dumitru Marian]], camionnette [[IMMAT|CJ 47 MRD]]\nLes enfants vont a l'{{école Anatole France}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "[[P|Sandra]], tente, chienne {{Princesse}}. Refuse le {{115}}. L'equipe laisse des croquettes {{Pedigree}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "M. [[P|Mohamed Warsame]], somalien, pres de la {{gare Saint-Jean}}\nné le [[DDN|01.01.1989]] (lu sur son recepissé)",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Un monsieur que la maraude appelle « [[P|Socrate]] » (il philosophe beaucoup). Il parle de {{Sartre}} et de {{Camus}}. {{Ticket resto}} donné.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "La camionnette : {{thermos}}, sacs de couchage du {{Secours populaire}}, trousse de soins. Briefing a {{20h}} avec le chef d'equipe. Rien de nominatif.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "[[P|Anthony]], {{23 ans}}, pres du {{métro Jean Jaurès}}, demande la boutique solidarité de la {{Fondation Abbé Pierre}}\nil donne son numero : [[TEL|0758310926]]",
    ),
]
FRANCE_TRAVAIL = [
    # --- france_travail / accueil_physique ---
    (
        "france_travail",
        "accueil_physique",
        "Inscription : [[P|Kévin Delattre]], {{24 ans}}, ex-preparateur de commandes.\nidentifiant [[FT|3985210X]]\nConseillère Mme [[P|Ould Ahmed]], {{45 min}} d'entretien, tres carré.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mur d'offres a l'entrée : {{Carrefour}}, {{Amazon}}, {{Adecco}}, {{Manpower}}, {{Randstad}}, et une offre « berger H/F » dans le {{Vercors}} 🐑. Aucun nom de demandeur ici.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{CEJ}} : [[P|Maëlys]], {{19 ans}}, veut bosser a {{Disneyland}} « meme en {{Mickey}} ».\nConseiller [[P|Julien]] rit, lui montre les offres.\nmail [[MAIL|maelys.t2005@gmail.com]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[P|Benchekroun Omar]], {{52 ans}}, ex-cadre chez {{Thales}}, ARE.\nNIR [[NIR|1 72 11 93 066 112 46]]\nID [[FT|4521873 K]]\nnouveau RIB : [[IBAN|30004 37236 62064916993 16]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV. Le modele projeté est au nom de « [[P|Camille Martin]], assistante de direction ». Mme [[P|Ngo]] recopie la mise en page a l'identique, nom compris 😅, la conseillere corrige.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numerique : {{Canva}}, {{LinkedIn}}, {{Indeed}}, {{La Bonne Boîte}}. La conseillere : « votre CV c'est pas un roman de {{Balzac}}, une page ! » Rien de perso.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[P|Yilmaz Emre]] veut une formation {{permis C}} (poids lourd).\nn° de permis actuel [[ID|130175200089]]\nDevis {{2 800 €}}, financement {{AIF}} possible.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[P|Aurore Bonnet]], {{CAP petite enfance}}, postule a la creche {{Les Petits Chaperons Rouges}}.\nElle tricote un {{bonnet}} pendant l'attente 🧶\nConseiller [[P|Hugo]] valide sa candidature.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RQTH : M. [[P|Mathis Lebrun]] orienté vers {{Cap emploi}}\nréf dossier MDPH [[ID|092-2023-014587]]\nil a peur de perdre son {{AAH}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Sur la porte c'est encore ecrit {{Pôle emploi}}, le logo {{France Travail}} est collé a coté. Les gens appellent encore « le pôle ». Affiche {{3949}}. Aucune donnée perso.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[P|Ana Rodrigues]], intermittente, chante des reprises d'{{Amy Winehouse}} dans les bars.\nID [[FT|8834120p]]\nIBAN portugais : [[IBAN|PT50 0035 0412 0002 9856 4172 4]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Fou rire : la demandeuse vise un poste a l'usine {{Garnier}} (shampoings) et son conseiller s'appelle M. [[P|Garnier]]. « On est de la famille ? »\nElle : [[P|Chloé Rey]], {{28 ans}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[P|Abdou Mohamed]], offre {{Lidl}} preparateur.\ntel donné : [[TEL|06 39]]... non [[TEL|07 39 28 60 14]]\nentretien lundi {{8h}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Contestation de radiation. M. [[P|Henri Duval]], absent au rdv du 3 (il dit n'avoir rien recu)\nID [[FT|2209874B]]\nadresse dossier [[ADR|7 chemin des Vignes, 84000 Avignon]] → le courrier est parti a l'ancienne",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Bilan d'immersion ({{PMSMP}}) : [[P|Enzo Moretti]] a la {{Boulangerie Gaspard}}.\nLe patron, M. [[P|Gaspard]], veut le prendre en apprentissage. [[P|Enzo]] rayonne.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Job dating dans le hall : {{Leroy Merlin}}, {{Kiabi}}, {{Auchan}}, {{Franprix}}, {{La Poste}}. {{120 candidats}}, file jusqu'au trottoir. Pas de nom noté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[P|Tsegaye Abebe]], éthiopien, réfugié.\ntitre de séjour [[ID|7505129486]]\nbesoin d'un telephone : orienté vers {{Emmaüs Connect}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[P|Poirier]], paysagiste, taille les {{poiriers}} des particuliers en {{CESU}}.\nNIR [[NIR|2 76 05 92 050 118 11]], née le [[DDN|6 mai 1976]]\nID [[FT|5612098H]]",
    ),
    # --- france_travail / accueil_telephonique ---
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[P|Gauthier]] n'arrive pas a s'actualiser.\nIl lit son identifiant : « [[FT|six huit quatre deux un zéro neuf L]] »\nLe conseiller fait l'actualisation avec lui, {{8 min}}",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Questions en serie sur l'{{ARE}} : delai de carence, {{7 jours}}, dégressivité. Le conseiller, [[P|Olivier]], a un pense-bete scotché sous l'ecran et un petit {{olivier}} en pot sur le bureau.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillere [[P|Véronique]], appel de [[P|Léna Carpentier]]\nNIR [[NIR|2 85 03 35 238 047 67]]\nmail [[MAIL|lena.carpentier@outlook.fr]] pour recevoir l'attestation",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[P|Oumar Sow]] appelle de {{Marseille}} pour une offre de vendeur chez {{Marionnaud}}. Le conseiller lui envoie le lien.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel employeur : Mme [[P|Vannier]] des {{Transports Delorme}} veut recruter un candidat vu en job dating, [[P|Nassim]]. Le conseiller transmet sans donner le numero.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[P|Bouzid Fatiha]], frontaliere (travaille a {{Tournai}}).\nNIR [[NIR|2 79 12 99 352 044 16]]\nIBAN belge [[IBAN|BE69 0637 4125 8978]]",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller explique le {{CEJ}} a une mere : {{Mission locale}} ou {{France Travail}}, jusqu'a {{500 €}} par mois. Aucun nom donné.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[P|Anaïs Morel]] donne son identifiant en 2 fois : [[FT|0784512 Q]]\net son NIR : [[NIR|2 01 09 59 350 009 18]]",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[P|Kenza Haddouche]], née le [[DDN|25/10/1988]] a {{Nantes}}\nNIR [[NIR|288104410927635]]\nprobleme de trop-percu ARE, {{1 240 €}}",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« [[P|Dylan Marchal]], [[P|Dylan]] comme {{Bob Dylan}} » dit le monsieur. Le conseiller : « ah moi c'est plutot {{Jul}} » 😂\nDemande de formation cariste.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Musique d'attente : « {{Les Champs-Élysées}} » de {{Joe Dassin}}. {{14 appels}} en file. Le conseiller enchaine sans pause. Aucune donnée perso.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[P|Aline Perret]]. Le conseiller fredonne « {{Aline}} » de {{Christophe}}, elle rigole, « on me la fait tout le temps »\nRDV fixé {{mardi 9h30}}",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Changement d'adresse : [[P|Nicolas Fabre]], maintenant [[ADR|18 rue Jules Ferry, 31000 Toulouse]]\nIl fait un CDD chez {{Nicolas}} (le caviste) pour les fetes 🍷",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller [[P|Benjamin]] rappelle Mme [[P|Aït Ouarab]] au [[TEL|+33 7 81 44 20 96]]\npas de reponse, SMS envoyé",
    ),
    # --- france_travail / controle_sur_place ---
    (
        "france_travail",
        "controle_sur_place",
        "Visite entreprise avec la conseillere entreprises, Mme [[P|Roussel]]. Magasin {{Kiabi}}, le manager [[P|Kevin]] cherche {{3 vendeurs}} pour les soldes.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Visite de l'entrepot {{Amazon}} en {{zone industrielle}} : {{300 postes}} en interim pour {{Noël}}. Le responsable RH fait la visite. Aucun nom.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "RDV a domicile (mobilité reduite) : M. [[P|Guillaume Masson]], [[ADR|26 rue Molière]]\nIl joue dans une troupe, {{Le Malade imaginaire}} 🎭\nProjet : teletravail service client.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Suivi d'immersion au {{Garage Martin & Fils}} : [[P|Ilyes]] apprend la mecanique.\nLe patron, M. [[P|Martin]], le felicite.\nIls reparent la voiture d'une cliente, [[IMMAT|DX-220-MA]]",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Visite de l'{{EHPAD Les Tilleuls}} : {{6 postes}} d'aide-soignant, la directrice parle de {{Parcoursup}} et des {{IFSI}}. Aucune donnée perso.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Franchise {{McDonald's}} : la recruteuse Mme [[P|Duarte]] reçoit [[P|Kylian Petit]] en entretien sur place. {{15 min}}. Il est pris a l'essai.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "RDV chez M. [[P|Patrice Hoareau]], pas de voiture, bus toutes les {{2h}}.\ntel [[TEL|06 93 12 47 85]]\nID [[FT|9901234Z]]",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Forum métiers au {{lycée professionnel Gustave Eiffel}}. Le conseiller [[P|Rémi]] tient le stand avec {{l'Armée de terre}} et la {{SNCF}}.",
    ),
]

NOTES = CAF + CPAM + CCAS + URGENCES + CHRS + FRANCE_TRAVAIL


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the inline marks of one note; return its text, entities and keep strings."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            value = m.group(2)
            if value != value.strip():
                raise ValueError(f"span with outer whitespace: {value!r}")
            entities.append(
                {"start": length, "end": length + len(value), "label": CODES[m.group(1)]}
            )
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
            raise ValueError(f"unbalanced mark {token!r} in {text!r}")
    for ent in entities:
        assert text[ent["start"] : ent["end"]].strip()
    return text, entities, keep


def split(notes: list[tuple[str, str, str]]) -> tuple[list[int], list[int]]:
    """Seeded draw of half of each (site_kind, channel) stratum into dev, the rest held out."""
    rng = random.Random(SEED)
    strata = defaultdict(list)
    for index, (site_kind, channel, _) in enumerate(notes):
        strata[(site_kind, channel)].append(index)
    dev, holdout = [], []
    extra_to_dev = True
    for key in sorted(strata):
        members = strata[key][:]
        rng.shuffle(members)
        half = len(members) // 2
        if len(members) % 2:
            half += extra_to_dev
            extra_to_dev = not extra_to_dev
        dev.extend(members[:half])
        holdout.extend(members[half:])
    return sorted(dev), sorted(holdout)


def main() -> None:
    assert len(NOTES) == 240, len(NOTES)
    dev, holdout = split(NOTES)
    assert len(dev) == len(holdout) == 120, (len(dev), len(holdout))
    number = 0
    for name, indices in (("dev.jsonl", dev), ("holdout.jsonl", holdout)):
        lines = []
        for index in indices:
            number += 1
            site_kind, channel, marked = NOTES[index]
            text, entities, keep = parse(marked)
            note = {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
            lines.append(json.dumps(note, ensure_ascii=False))
        (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {name}: {len(lines)} notes")


if __name__ == "__main__":
    main()
