"""Independent evaluation corpus n° 7 for the anonymiser (French observation notes).

Every note below was typed by hand, one situation per note. Marks inside a note:

- ``[[CODE:value]]`` is a span to mask; CODE is one of the keys of ``CODES`` below;
- ``{{value}}`` is a string that must survive (it goes into the note's ``keep`` list).

Running the script strips the marks, computes the offsets, numbers the notes ``ind7-001``…
in authoring order, splits them half/half (seeded, stratified by site kind and channel) and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file. Stdlib only, deterministic:
two runs give byte-identical files.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind7"
SEED = 20070707
HALVES = ("dev", "holdout")

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

# (site_kind, channel, marked text), in authoring order.
NOTES = [
    # ---- caf / accueil_physique -------------------------------------------------------
    (
        "caf",
        "accueil_physique",
        "{{9h02}} ouverture, deja {{11 personnes}} dehors. ticket {{A014}} pour une dame qui vient pour sa {{prime d'activité}} suspendue. L'agente ([[P:Nadia]]) tape le num alloc [[ALLOC:2457813]] → message « pièce manquante : avis d'imposition {{2023}} ». La dame dit qu'elle l'a envoyé par l'appli en {{janvier}}, l'agente le retrouve pas.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne à tickets en panne depuis {{8h45}}, l'agent d'accueil distribue des tickets papier à la main. {{23 tickets}} distribués avant {{10h}}. Un monsieur demande juste si l'{{APL}} tombe {{le 5 ou le 6}} du mois. Réponse : « le 5, sauf si c'est un week-end ». Il repart content sans avoir attendu, le seul de la matinée.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[P:BENSALEM]] vient changer son RIB, il tend un papier griffonné : [[IBAN:FR76 1027 8360 1000 0204 8750 106]]. L'agent lui explique qu'il faut un RIB officiel au nom de l'allocataire, et pas celui de sa sœur ([[P:Samira]]). Num alloc lu sur le dernier courrier : [[ALLOC:0912 457]]. Il repart chercher le RIB à la {{Banque Postale}} d'en face, revient {{20 min}} après, c'était fermé.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme {{22 ans}}, {{RSA}} jeune parent. Elle donne son numéro de sécu au lieu du num alloc : [[NIR:2 01 09 13 201 077 36]]. L'agent retrouve qd meme le dossier avec, puis recopie le vrai n° alloc [[ALLOC:5512098]] sur un post-it qu'il lui donne. Date de naissance vérifiée à voix haute, « le [[DN:14 septembre 2001]] c'est bien ça ? », devant toute la file. Pas top niveau confidentialité.",
    ),
    (
        "caf",
        "accueil_physique",
        "– vous avez votre numéro ?\n– c'est sur la lettre… [[ALLOC:3 4 7 8 1 2 0]]\n– et votre date de naissance ?\n– [[DN:07/11/1958]]\n– ok M. [[P:Lefebvre]], votre {{AAH}} est maintenue, c'est la {{MDPH}} qui a pas encore transmis la décision.\nDurée : {{6 min}}. Il repart rassuré mais sans papier.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce qui me frappe : l'écran de l'agente est tourné vers le public, tout le monde peut lire par-dessus son épaule. Elle a {{3 fenêtres}} ouvertes ({{CRISTAL}}, la messagerie, un simulateur). A {{14h10}} pause de {{10 min}}, il reste {{2 agents}} pour {{40 personnes}} en salle. Une maman donne le biberon par terre faute de chaise.",
    ),
    (
        "caf",
        "accueil_physique",
        "Courrier qu'une dame me tend (elle lit mal le français) : « Madame [[P:KOUASSI Affoué]], après réexamen de votre dossier, vous avez perçu à tort la somme de {{1 248,00 €}} au titre de l'{{allocation de logement}} … Référence à rappeler : [[ALLOC:1987342]] ». L'agent lui propose un échéancier à {{50 € par mois}}, elle signe sans comprendre. Je lui ai relu après.",
    ),
    (
        "caf",
        "accueil_physique",
        "homme ~{{60 ans}} vient pour la {{prime de Noël}}, pas reçue. agent : vous êtes au {{RSA}} ? non à l'{{ASS}} → c'est {{France Travail}} qui verse, pas nous. Il n'a pas son identifiant FT sur lui, le retrouve dans ses SMS : [[FT:4871236R]]. L'agent le note quand même « pour le suivi » dans le dossier Caf, je comprends pas bien pourquoi.",
    ),
    (
        "caf",
        "accueil_physique",
        "Déclaration de déménagement au {{guichet 3}}. Ancienne adresse [[ADR:12 allée des Tilleuls, 35200 Rennes]], nouvelle [[ADR:4 rue Jules Vallès appt 23, 35700 Rennes]]. Bail signé avec {{Archipel Habitat}}, réf locataire [[ID:0451287/03]]. L'agent dit que l'{{APL}} sera recalculée à partir du mois suivant l'entrée dans les lieux, donc un mois « blanc ».",
    ),
    (
        "caf",
        "accueil_physique",
        "MME [[P:NGUYEN]] + {{3 ENFANTS}}, ATTEND DEPUIS {{1H15}}. VIENT POUR L'{{ARS}}, PAS VERSEE POUR L'AINE CAR {{16 ANS}} → CERTIFICAT DE SCOLARITE A FOURNIR. L'AGENT VERIFIE SON MAIL DANS LE DOSSIER : [[MAIL:THI.NGUYENLAN@GMAIL.COM]] → IL MANQUAIT LE POINT, CORRIGE. ELLE ENVERRA LE CERTIFICAT PAR LA.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame perdue, elle croyait être à la {{CPAM}}. L'agent lui écrit l'adresse de l'accueil Cpam sur un bout de papier : {{11 boulevard Magenta}}, bus {{C3}} arrêt {{Gares}}. « C'est à {{15 minutes}} à pied ». Elle repart en remerciant trois fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "Renouvellement de titre de séjour en cours → {{prestations familiales}} suspendues depuis {{avril}}. Il montre son récépissé : n° [[ID:3501248967]], valable jusqu'au {{12/08}}. L'agent scanne et dit que ça suffit pour débloquer. M. [[P:Diakité]] (prénom [[P:Sekou]]) très soulagé, il pensait perdre l'{{APL}} ce mois-ci aussi.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket {{B052}} appelé {{3 fois}}, personne. Puis un jeune arrive en courant : « c moi [[P:Yanis]] ». Il veut savoir pourquoi {{0 €}} de {{prime d'activité}}. Dernière décla : {{1 390 €}} d'intérim chez {{Adecco}}. L'agente lui montre la simulation sur {{caf.fr}} : au-dessus du plafond pour un célibataire sans enfant.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[P:Roussel]] : sa carte d'identité est recopiée à la main par l'agent (n° [[ID:X4RT7JK52]]) parce que le scan envoyé était illisible. Num alloc [[ALLOC:6128740]]. Elle dit que son ex, M. [[P:Roussel Kevin]], touche encore les {{allocations familiales}} alors que les enfants vivent chez elle depuis {{mars}}. Agent : il faut le jugement du {{JAF}} ou une attestation signée des deux.",
    ),
    # ---- caf / accueil_telephonique ----------------------------------------------------
    (
        "caf",
        "accueil_telephonique",
        "Appel {{9h31}} : un monsieur appelle pour sa mère hospitalisée. L'agent ne peut rien dire sans le num alloc ET la date de naissance. Il donne « [[ALLOC:zéro huit quatre cinq deux un trois]] » puis « le [[DN:dix-neuf avril mille neuf cent cinquante-deux]] ». Elle confirme juste que l'{{APL}} a bien été versée le {{5 mars}}, rien de plus.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Durée moyenne d'un appel d'après la superviseure : {{7 min 40}}. Objectif {{80 %}} de décroché. Ce matin {{312 appels}} en attente à {{10h}}. Le {{3230}} sonne en continu. L'agente enchaîne sans pause, casque sur une seule oreille « sinon je deviens sourde ». Elle boit son café froid à {{11h20}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La dame veut être rappelée, donne son 06 : [[TEL:06 72 18 44 3]]… l'agente redemande, il manquait un chiffre : [[TEL:06 72 18 44 39]]. Mme [[P:Chevalier]], question sur la {{PAJE}}, rappel promis sous {{48h}} par un technicien conseil.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Changement de coordonnées bancaires par téléphone : impossible, l'agent refuse (« risque de fraude, faut passer par l'espace perso »). Mais la personne avait déjà commencé à dicter : « [[IBAN:FR76 3000 4015 23]]… » et il l'arrête. Allocataire n° [[ALLOC:2784519]], Mme [[P:Da Silva]]. Elle n'a pas d'ordi, elle viendra à l'accueil.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Il veut recevoir son attestation de paiement par mail, il épelle : « [[MAIL:jordan point morel quatre-vingt-douze arobase hotmail point fr]] ». L'agent tape [[MAIL:jordan.morel92@hotmail.fr]], envoi fait à {{11h08}}. Appel de {{4 min}}, le plus simple de la matinée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Allocation de soutien familial}} : la dame ne sait pas où est le père. L'agente demande le nom et la date de naissance du père si elle les a : « [[P:Mickaël Guérin]], sa date je sais plus, il doit avoir {{38 ans}} ». L'agente explique qu'il faudra engager une action en fixation de pension ou prouver qu'il est hors d'état.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel transféré par erreur depuis le {{3949}}. Le monsieur donne son identifiant France Travail [[FT:5203 417 T]] alors qu'on est à la Caf. Agent : « ça je peux rien en faire monsieur ». Il raccroche énervé. {{1 min 30}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel sortant pour dossier incomplet : l'agente compose le [[TEL:02 99 31 47 85]], répondeur. Message laissé : « {{Caf d'Ille-et-Vilaine}}, merci de nous rappeler au {{3230}} en indiquant votre numéro allocataire, le [[ALLOC:1452870]] ». Elle dit qu'elle ne devrait pas donner le numéro sur un répondeur mais « sinon ils rappellent jamais ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Les appels sur le {{RSA}} = {{un appel sur trois}} selon l'agente. Elle a une fiche plastifiée avec les réponses types : {{montant forfaitaire}}, {{déclaration trimestrielle}}, {{forfait logement}}. Elle dit que depuis la {{solidarité à la source}} les gens comprennent encore moins leurs montants. Je note : zéro appel sur les {{allocations familiales}} en {{1h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "– Vous êtes madame ?\n– [[P:Wozniak]], [[P:W-O-Z-N-I-A-K]]\n– Votre numéro allocataire ?\n– j'en ai deux, celui de maintenant [[ALLOC:7710235]] et l'ancien de la {{Caf du Nord}} [[ALLOC:440 8112]]\n– c'est le premier qui compte madame.\nMutation de dossier {{Lille}} → {{Rennes}} pas terminée depuis {{2 mois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire explique qu'elle a écrit à la Caf sur {{Facebook}} en message privé (son compte : [[ID:@sandrine.lbn]]) et qu'on lui a répondu d'appeler. L'agente soupire : « les réseaux c'est pas nous, c'est la com ». Question de fond : {{aide au BAFA}}, réglée en {{3 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Homme âgé malentendant, son fils [[P:Karim]] parle à sa place sur haut-parleur. Le père : M. [[P:Haddad]], né le [[DN:01/01/1948]], alloc [[ALLOC:0356 718]]. {{ALS}} en baisse de {{22 €}} ce mois-ci, ils veulent savoir pourquoi → pension de retraite revalorisée en {{janvier}}. Le fils : « donc quand il gagne plus il touche moins, super ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Déclaration de naissance pour la {{PAJE}}, bébé [[P:Inès]] née le [[DN:03/02]]. La maman dicte son numéro très vite : « [[TEL:zéro sept, quarante-trois, dix-huit, zéro zéro, soixante-quinze]] ». L'agente relit chiffre par chiffre. On entend le bébé pleurer pendant tout l'appel.",
    ),
    # ---- caf / controle_sur_place ------------------------------------------------------
    (
        "caf",
        "controle_sur_place",
        "Visite chez Mme [[P:Ferreira]], [[ADR:27 rue de la Marbaudais, bât C, 3e étage]]. Le contrôleur regarde la boîte aux lettres : {{2 noms}}, [[P:FERREIRA]] et [[P:DUVAL]]. Elle dit que M. [[P:Duval]] est parti depuis {{6 mois}} et qu'elle a pas changé l'étiquette. Il note « boîte aux lettres non probante à elle seule ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la cour, une {{Clio}} grise [[IMMAT:FG-482-LN]]. Le contrôleur demande à qui elle est. M. [[P:Benali]] : « à mon frère ». Il note l'immat dans son rapport avec « à vérifier {{SIV}} ». Le frère serait à {{Lyon}}. Dans l'entrée, deux paires de chaussures de sport {{taille 44}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annoncé par courrier {{15 jours}} avant. Durée sur place : {{1h05}}. Le contrôleur ({{25 ans}} de maison) dit qu'il fait {{4 visites}} par jour max et que la plupart concluent à un maintien des droits, parfois même à un rappel en faveur de l'allocataire. « On n'est pas là pour piéger les gens ». Il pleuvait, on a attendu {{10 min}} devant l'interphone.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Relevés de compte des {{3 derniers mois}} étalés sur la table de la cuisine. Compte [[IBAN:FR76 1380 7008 1232 0215 4890 163]] au nom de M. [[P:Le Goff]] seul. Virements réguliers de {{350 €}} libellés « VIR M OU MME [[P:LE GOFF YVES]] » : c'est son père, dit-il, qui l'aide pour le loyer. Le contrôleur demande une attestation du père.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite [[ADR:8 impasse des Mésanges 35136 St-Jacques]]\n- foyer : Mme [[P:Bertin]] + [[P:Lucas]] ({{9 ans}}) + [[P:Chloé]] ({{6 ans}})\n- loyer {{640 €}} CC\n- bail à son nom seul, ok\n- 1 brosse à dents adulte, pas d'affaires d'homme\n→ isolement confirmé, {{ASF}} maintenue",
    ),
    (
        "caf",
        "controle_sur_place",
        "M. [[P:Oukacha]], auto-entrepreneur VTC sur {{Uber}}, SIRET [[ID:852 147 963 00018]]. Chiffre d'affaires déclaré à la Caf : {{2 100 €}} par trimestre ; relevé {{Uber}} qu'il montre sur son tél : {{4 870 €}}. La {{Toyota}} noire garée en bas, immatriculée [[IMMAT:gh215kt]], est à son nom. Le contrôleur : « c'est le brut, pas le net, on va regarder les charges ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dictée du contrôleur dans son dictaphone, dans la voiture après la visite (je recopie) : « visite du {{12 mars}} dossier [[ALLOC:3381026]] allocataire présente virgule logement conforme à la déclaration point présence d'un tiers non déclaré monsieur [[P:Camara]] se déclarant hébergé à titre gratuit point à suivre »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet {{40 min}} en voiture de service (un {{Berlingo}}) jusqu'à {{Guichen}}. Le contrôleur a {{6 dossiers}} dans une pochette cartonnée. Pas de tablette, tout au stylo puis ressaisi au bureau le lendemain. Il dit que les dossiers lui arrivent via le {{datamining}} et qu'il ne sait pas toujours pourquoi tel dossier a été ciblé.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Elle sort une facture {{EDF}} pour prouver qu'elle vit là depuis {{2021}} : réf. client [[ID:6 012 458 973]], au nom de Mme [[P:Aurélie Marchand]]. Le contrôleur photographie la facture avec son téléphone pro. Elle demande si on va « lui couper l'APL ». Réponse : non, tout est cohérent.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Colocation {{T4}} : {{3 chambres}}, {{3 prénoms}} sur les portes au scotch : [[P:Léa]], [[P:Max]], [[P:Tom]]. Chacun touche une {{APL}} séparée, loyer {{420 €}} chacun. Le contrôleur vérifie les baux individuels. [[P:Max]] est absent, rdv pris par téléphone au [[TEL:07.81.23.45.60]] pour la semaine prochaine.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Porte fermée, personne. Avis de passage laissé dans la boîte : « Madame, Monsieur [[P:Traoré]], nous sommes passés ce jour … merci de contacter votre Caf sous {{8 jours}} » + référence du dossier [[ALLOC:2049 873]] écrite à la main. Le contrôleur : « {{2e}} passage. Au {{3e}} on propose la suspension ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le conjoint, non déclaré, présente son passeport ivoirien n° [[ID:16AF73829]] et une carte de résident {{10 ans}} n° [[ID:3502147896]]. Le contrôleur recopie tout dans son rapport. Il explique que la vie maritale change le calcul du {{RSA}} (couple au lieu de parent isolé). La dame pleure, lui regarde par terre. {{50 min}} sur place.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur me montre sur son tél le profil {{Instagram}} de l'allocataire qu'il a regardé avant la visite (« c'est public ») : [[ID:@sofiane_bz35]], photos de vacances en {{Tunisie}} en {{août}}. Il précise qu'on ne peut pas s'en servir dans le rapport, « ça ne prouve rien légalement ». Sur place : logement modeste, rien à signaler.",
    ),
    # ---- cpam / accueil_physique ---------------------------------------------------------
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} en libre-service : un monsieur n'arrive pas à s'en servir, l'agent tape pour lui son numéro de sécu [[NIR:184073523811466]] (sans espaces, il le connaît par cœur) et imprime l'{{attestation de droits}}. {{2 min}}. Le monsieur : « c'est tout ? j'ai pris une demi-journée pour ça ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Carte Vitale perdue. Mme [[P:Poirier]] doit faire la demande sur {{ameli.fr}} avec photo + pièce d'identité, elle n'a pas de compte. L'agent crée le compte au guichet : NIR [[NIR:2 56 04 75 112 345 26]], pièce d'identité (ancienne carte) n° [[ID:0908 35 218 461]]. Code provisoire envoyé par courrier sous {{5 jours}}. Elle : « et en attendant je me soigne comment ? »",
    ),
    (
        "cpam",
        "accueil_physique",
        "File d'attente {{17 personnes}} à {{8h30}}, ouverture à {{8h30}} pile. L'agent d'accueil trie à la porte : « arrêt de travail ? borne. {{CSS}} ? rendez-vous. carte Vitale ? appli ». Beaucoup repartent avec un flyer « {{Mon espace santé}} ». Une dame âgée : « j'ai pas internet, j'ai pas de portable, je fais comment ». Réponse : revenir jeudi à la permanence {{France Services}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}} pour un monsieur sans papiers. Il a une attestation de domiciliation du {{CCAS}} (n° [[ID:DOM-2024-0875]]) et un passeport guinéen n° [[ID:A03127744]]. Nom sur le passeport : [[P:BARRY Mamadou Alpha]], né le [[DN:1/1/1999]]. L'agente vérifie la présence en France depuis plus de {{3 mois}} : facture de téléphone, ordonnance de la {{PASS}} de {{Pontchaillou}}. Dossier complet, rare d'après elle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "arret maladie depuis {{5 semaines}}, pas touché d'indemnités. L'employeur ({{Lidl}}) n'a pas envoyé l'attestation de salaire. agent regarde avec son n° de secu [[NIR:2 91 11 59 350 042 69]] → effectivement rien recu. Elle appelle devant nous les RH de {{Lidl}} (numéro sur sa fiche de paie), personne ne répond. Elle a {{210 €}} sur son compte.",
    ),
    (
        "cpam",
        "accueil_physique",
        "– Mon fils a {{17 ans}}, il veut sa propre carte Vitale\n– Il est rattaché à vous ? Votre numéro ?\n– [[NIR:1.67.02.13.055.318.06]]\n– D'accord. Et sa date de naissance à lui ?\n– le [[DN:28 février 2008]]\n– Alors il peut faire la demande tout seul, c'est possible dès {{16 ans}}.\nLe fils attendait dans la voiture.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier {{CSS}} : l'agent vérifie les ressources des {{12 derniers mois}} ({{RSA}} + {{APL}}). Elle donne son numéro allocataire Caf [[ALLOC:4407218]] pour que la Cpam récupère les montants directement. M. et Mme [[P:Pham]] (lui [[P:Duc]], elle [[P:Lan]]), {{2 enfants}}. CSS sans participation financière, ils sont sous le plafond.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Le monsieur montre sa carte mutuelle {{Harmonie Mutuelle}}, adhérent n° [[ID:H07451298]], pour savoir si ses lunettes seront remboursées. L'agente : « ça c'est pas nous, c'est votre mutuelle ». Elle lui explique quand même le {{100 % Santé}} en {{3 min}}, avec un schéma sur un post-it.",
    ),
    (
        "cpam",
        "accueil_physique",
        "MME [[P:LAURENT]] TRES EN COLERE, {{3E FOIS}} QU'ELLE VIENT POUR LE MEME REMBOURSEMENT DE {{84,30 EUR}}. FEUILLE DE SOINS PAPIER ENVOYEE EN {{DECEMBRE}}. AGENT TROUVE : RIB PAS A JOUR, ANCIEN IBAN [[IBAN:FR76 3000 3023 4000 0509 1234 210]] CLOTURE. ELLE DONNE LE NOUVEAU RIB {{CREDIT AGRICOLE}} SUR PLACE, REGLE EN {{5 MIN}}. POURQUOI PERSONNE L'A FAIT AVANT ?",
    ),
    (
        "cpam",
        "accueil_physique",
        "Panneau à l'entrée : « Pour mieux vous recevoir, l'accueil se fait sur rendez-vous le mardi et le jeudi ». On est mardi. {{9 personnes}} sans rdv refoulées en {{20 min}}, dont 2 qui venaient de {{Fougères}} en car. L'agent est gêné, leur donne le {{36 46}} et le lien {{ameli}} sur un papier pré-imprimé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiant Erasmus italien, il veut un numéro de sécu français. Il montre sa tessera sanitaria avec son codice fiscale [[ID:RSSMRC02C12H501Z]]. La Cpam lui a déjà attribué un numéro : [[NIR:1 02 03 99 127 045 65]] (le {{99}} = né à l'étranger, explique l'agent). M. [[P:Rossi]] repart avec une attestation provisoire. {{12 min}} en anglais-français.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame dépose son arrêt de travail papier (volets {{1 et 2}}). Je lis à l'envers sur le volet : nom [[P:MARTINEZ Sandrine]], n° [[NIR:2 82 06 57 463 291 46]], employeur {{Carrefour Market}}. L'agent lui dit que le médecin aurait dû le télétransmettre. Délai de paiement des IJ : « environ {{30 jours}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Interprétariat par téléphone ({{ISM Interprétariat}}), langue dari, haut-parleur posé sur le guichet. Monsieur [[P:Ahmadi]], prénom noté [[P:Mohammad Reza]] puis l'agent hésite et met [[P:Mohamad Resa]] dans le dossier… Attestation de demande d'asile, AGDREF [[ID:7503 1948 26]]. Ouverture {{PUMa}} pour {{1 an}}. {{35 min}} en tout.",
    ),
    # ---- cpam / accueil_telephonique ----------------------------------------------------
    (
        "cpam",
        "accueil_telephonique",
        "Le {{3646}} ce matin : attente annoncée {{14 min}}. L'agente décroche, la personne donne direct son numéro de sécu en dictant par paquets : « [[NIR:un, quatre-vingt-huit, dix, trente-trois, zéro soixante-trois, sept cent soixante-douze, zéro cinq]] ». L'agente vérifie l'identité avec le mois de naissance (« [[DN:octobre 88]] ? oui »). Question sur un remboursement {{kiné}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Entre deux appels l'agente me montre son tableau de bord : {{47 appels}} traités hier, durée moyenne {{6 min 12}}. « Les questions c'est {{IJ}}, {{IJ}}, {{IJ}} ». Sur son bureau un calendrier des {{pompiers}} et une plante verte. Elle fait ce métier depuis {{11 ans}}, avant c'était au guichet.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une infirmière libérale, Mme [[P:Gauthier]], pas payée pour un patient depuis {{2 mois}}. Elle donne le NIR du patient [[NIR:1 59 05 76 540 118 12]] et son propre numéro RPPS [[ID:10003456789]]. Rejet pour « prescription non conforme ». L'agente lui envoie la procédure par la messagerie pro. Les pros ont normalement une ligne à part, précise-t-elle.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel programmé (rdv téléphonique pris sur {{ameli}}) : l'agent appelle le [[TEL:+33 6 45 12 78 90]]. Pas de réponse. {{2e}} essai à {{14h32}}, ça décroche : M. [[P:Girard]], congé paternité, {{28 jours}}, il veut savoir s'il peut le fractionner. Oui, en {{2 périodes}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle paniquée : elle a reçu un SMS « votre carte Vitale expire, cliquez ici » envoyé par le [[TEL:07 56 89 12 04]], et elle a rempli le formulaire. Elle y a mis son IBAN ([[IBAN:FR76 1695 8000 0171 2345 9814 020]]) et son numéro de sécu. L'agente : « la carte Vitale n'expire pas madame ». Conseils : opposition auprès de la banque, signaler le SMS au {{33700}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur de {{91 ans}}, il veut savoir si son transport en {{VSL}} sera remboursé. Il ne retrouve pas sa carte. L'agent : « donnez-moi votre nom et date de naissance ». « [[P:Le Bihan]], [[P:Joseph]], le [[DN:2 juin 1933]] ». Il lui faut la prescription médicale de transport, cerfa {{11574*04}}. Le monsieur note tout en répétant à voix haute.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "– votre mail pour l'envoi ?\n– [[MAIL:kevin.dupuis@@gmail.com]], non pardon un seul arobase\n– donc [[MAIL:kevin.dupuis@gmail.com]]\n– voilà\n– Et vous êtes bien M. [[P:Dupuis Kévin]] ?\n– oui\nAttestation de droits envoyée, {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Départ en {{Espagne}} la semaine prochaine, demande de {{CEAM}}. L'agente la commande sur le compte {{ameli}} de l'assurée. Numéro de sécu : [[NIR:2 93 03 99 134 066 78]] (« née à l'étranger, d'où le 99 »). Problème : délai {{15 jours}}, elle part dans 6. → certificat provisoire de remplacement envoyé par mail à [[MAIL:ines-hamdi@laposte.net]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacie qui n'arrive pas à lire une carte Vitale. {{3 min}}. Puis une boulangerie qui demande comment déclarer un arrêt de travail de salarié (la {{DSN}}). Orienté vers {{net-entreprises.fr}}. L'agent : « les employeurs on devrait pas les avoir sur cette ligne, mais bon ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pension d'invalidité {{catégorie 2}}, le monsieur donne « son numéro de dossier invalidité » écrit sur le courrier : [[ID:INV-35-2019-004512]]. Montant {{1 023,45 €}}/mois. Il veut savoir s'il peut bosser à mi-temps chez {{Leclerc}} (le magasin de {{Saint-Grégoire}}) sans perdre sa pension. Réponse : oui sous conditions de plafond, à déclarer chaque trimestre.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assistante sociale de l'hôpital ([[P:Claire]], {{service social}} des urgences) appelle pour un patient sans droits ouverts : « M. [[P:Ionescu Vasile]], roumain, né le [[DN:13.07.1976]], il n'a pas de numéro ». L'agente cherche dans le répertoire national : trouvé, [[NIR:1 76 07 99 114 023 19]], droits fermés depuis {{2022}}. Réouverture possible avec justificatif de résidence.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La personne demande à être rappelée sur le fixe de sa voisine « parce que mon portable est cassé » : [[TEL:0299.54.21.87]], chez Mme [[P:Hervé]]. L'agent hésite (confidentialité) puis accepte, en précisant qu'il ne laissera pas de message. Question : remboursement d'un appareil auditif, {{950 €}} par oreille.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Elle donne son numéro en regroupant n'importe comment : « [[NIR:2 85 01 44 109 53 75]] ». L'agent : « il manque un chiffre madame ». « Ah oui, [[NIR:2 85 01 44 109 530 75]] ». Ensuite question sur la maternité : congé prénatal de {{6 semaines}}, postnatal {{10 semaines}}. Elle attend des jumeaux, donc c'est plus long, l'agent recalcule.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un jeune explique qu'il a écrit à l'{{Assurance Maladie}} sur {{Twitter}} ([[ID:@theo_rnx]]) et qu'on lui a répondu de « contacter le {{3646}} », alors il appelle. Il est furieux d'avoir attendu {{22 min}}. Problème réglé en {{2 min}} : il avait juste pas mis à jour sa carte en pharmacie.",
    ),
    # ---- cpam / controle_sur_place -----------------------------------------------------
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, sorties interdites {{9h-11h}} et {{14h-16h}}. On sonne chez M. [[P:Hamon]], [[ADR:14 rue du Général Leclerc, 35760 Saint-Grégoire]], à {{10h20}}. Personne. L'agent laisse un avis de passage. Il me dit qu'un sur quatre environ est absent, souvent chez le médecin ou au kiné, « c'est autorisé s'ils le justifient ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Voiture banalisée, pas de logo {{Assurance Maladie}}. L'agent enquêteur a une carte professionnelle avec photo, il est assermenté. Il cache son badge quand on attend dans le hall « pour pas afficher les gens devant les voisins ». {{6 contrôles}} prévus, {{3 faits}} à {{midi}}. Sandwich dans la voiture.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Chez Mme [[P:Colin]], arrêt pour lombalgie depuis {{3 mois}}. Elle ouvre en tenue de sport et explique qu'elle revient de la rééducation. L'agent relève le n° de sécu sur sa carte Vitale : [[NIR:2 70 10 29 019 254 67]], arrêt prescrit par le Dr [[P:Morvan]]. Rapport : présente, rien à signaler. {{9 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Devant le pavillon : utilitaire {{Renault Master}} blanc avec le lettrage « [[P:Lebrun]] Plomberie Chauffage » et l'immat [[IMMAT:EX-913-RB]]. L'assuré est en arrêt depuis {{2 mois}} ; l'enquêteur soupçonne une activité non déclarée. Il prend la plaque en photo. L'assuré n'ouvre pas.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérification de résidence pour l'{{AME}}. Adresse déclarée : [[ADR:5 bis rue d'Inkermann, appt 12]]. Sur la boîte : « [[P:FOFANA]] / [[P:SANOGO]] ». L'hébergeant, M. [[P:Fofana]], montre son bail et sa carte d'identité ([[ID:110135200487]]). Le bénéficiaire est au travail (« au noir sûrement », chuchote l'enquêteur). Résidence confirmée quand même.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle en pharmacie (pas à domicile) : l'enquêteur vérifie des ordonnances de {{Subutex}} suspectes. Ordonnance au nom de [[P:Thomas Renaud]], n° de sécu [[NIR:1 81 06 75 117 092 53]], prescrite par un médecin de {{Marseille}}. Le pharmacien, M. [[P:Bouvier]], a gardé les copies dans un classeur. {{14 ordonnances}} en {{3 mois}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "rdv {{14h15}} chez mme [[P:kone]] [[ADR:bat B2 res les Glycines 12 av Pierre Corneille]] arret depuis {{janv}}, presente. agent verifie carte vitale ok. num secu lu sur la carte [[NIR:2 94 02 35 047 163 83]]. {{12 min}}. elle nous offre un the a la menthe, l'agent refuse poliment (regle).",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sur le trajet entre deux contrôles, l'enquêteur me raconte que les arrêts « de complaisance » c'est marginal ; le gros de la fraude ce sont des professionnels : il cite les {{transporteurs sanitaires}}, les {{centres dentaires}}, les {{centres d'audioprothèse}}. Il parle de {{plusieurs centaines de millions d'euros}} par an au niveau national.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Personne. La voisine de palier sort : « Mme [[P:Guillou]] ? elle est partie au {{Super U}}, je l'ai vue passer ». L'enquêteur note l'heure, {{15h05}}, en plein horaire interdit. Rapport transmis au {{service médical}}, qui décidera. Il me dit que ça peut aller jusqu'à la suspension des {{IJ}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "L'assuré ne descend pas mais répond à l'interphone. L'enquêteur l'appelle sur son portable ([[TEL:06 19 82 47 33]], relevé dans le dossier), il finit par descendre en pyjama. M. [[P:Lemoine]], {{52 ans}}, arrêt pour dépression. Conversation courte dans le hall, il tremble. L'agent reste très doux.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Suspicion de double affiliation : l'assurée travaille à {{Tournai}} (frontalière) et a aussi un numéro de sécu belge. Elle sort sa carte : numéro NISS [[ID:85.07.30-033.61]]. Mme [[P:Delvaux]] explique qu'elle n'a jamais fermé ses droits en France. L'enquêteur prend des notes pour le service {{relations internationales}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{n°4}} de la journée\nAssuré : [[P:PETIT Sébastien]]\nDDN : [[DN:19/05/1984]]\nAdresse : [[ADR:22 chemin de la Motte Brûlon]]\nMotif : arrêt {{AT}} prolongé {{x5}}\nRésultat : présent, plâtre visible\nDurée : {{7 min}}",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle au cabinet d'un infirmier libéral, M. [[P:Yvan Le Meur]] : {{43 patients}} par jour facturés. L'enquêteur compare le carnet de tournée aux facturations. Dans le carnet : Mme [[P:Rault]] {{7h15}}, M. [[P:Briand]] {{7h40}}, … Il note {{2 passages}} facturés le même jour à {{2 endroits}} éloignés de {{30 km}}.",
    ),
    # ---- ccas / accueil_physique -------------------------------------------------------
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : un monsieur vient chercher son courrier. L'agente demande son numéro de domiciliation, « [[ID:D-1187]] », et sort {{4 lettres}} du casier dont une de la {{préfecture}}. Il signe le registre. Nom sur l'enveloppe de la préfecture : [[P:Jean-Baptiste Mercier]]. Il l'ouvre pas devant nous.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale : accès sur orientation, reste à vivre inférieur à {{8 €}} par jour et par personne. La bénévole fait le calcul avec une calculette {{Casio}} à rouleau. Dans la salle d'attente une affiche de {{Coluche}} et un panneau « {{Restos du cœur}} fermés du {{15 au 30 août}} ». {{6 familles}} reçues dans l'heure.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour une facture {{EDF}} impayée de {{387,12 €}}. Réf. client sur la facture : [[ID:6001458723]]. Mme [[P:Lopes]] apporte aussi son avis d'impôt, l'agente recopie le numéro fiscal [[ID:30 12 345 678 901]] dans le formulaire. Passage en commission jeudi, l'agente appelle {{EDF solidarité}} pour suspendre la coupure en attendant.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Tarification solidaire {{STAR}} (bus/métro) : dossier avec l'attestation {{CSS}}. Le jeune donne son mail [[MAIL:m4x1m3.35@outlook.fr]] pour recevoir la confirmation, puis le numéro de sa carte {{KorriGo}} : [[ID:2504 3318 7745 0021]]. Réduction de {{85 %}}. Il repart en {{5 min}}, il avait tout préparé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dame de {{84 ans}} avec sa fille pour un dossier {{APA}}. La fille ([[P:Martine]]) donne son propre téléphone, [[TEL:06-58-12-93-40]], et celui du médecin traitant, le Dr [[P:Kerbrat]], au [[TEL:02 99 63 18 20]]. L'agente explique que le {{Département}} enverra une évaluatrice à domicile sous {{2 mois}}. La mère n'a pas dit un mot.",
    ),
    (
        "ccas",
        "accueil_physique",
        "agent: vs avez 1 justificatif de domicile?\nmr: non jsuis hébergé chez mon cousin\nagent: il peut faire 1 attestation d'hébergement + copie de sa carte d'identité\nmr: il s'appelle [[P:Rachid Benamar]], il habite [[ADR:40 bd Léon Bourgeois]]\nagent: ok ramenez moi ça et on ouvre la domiciliation\n({{8 min}}, le monsieur avait peur que son cousin perde son {{APL}})",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{FSL}} pour impayé de loyer. Bailleur {{Néotoa}}, n° locataire [[ID:LOC 0078 215]], dette de {{1 912 €}}. L'agent remplit le formulaire FSL ({{8 pages}}). Mme [[P:Sow]] ne connaît pas son numéro allocataire : l'agent appelle la ligne partenaires de la Caf et l'obtient, [[ALLOC:8001374]]. {{45 min}} pour un seul dossier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Hall du CCAS : {{12 chaises}}, un distributeur de boissons en panne, une {{fontaine à eau}} vide. Affiches : {{plan canicule}}, {{banque alimentaire}}, {{Secours populaire}}. Une seule agente d'accueil. Entre {{13h30}} et {{15h}}, {{19 passages}}, dont 7 juste pour des photocopies ou imprimer un document.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription au registre canicule : M. [[P:Gaudin]], {{79 ans}}, vit seul, [[ADR:6 place du Marché, 2e gauche]]. Fixe [[TEL:02.99.41.07.63]], pas de portable. Contact famille : son neveu [[P:Loïc]], à {{Nantes}}, [[TEL:07 68 21 54 90]]. L'agente lui demande s'il a un ventilateur. « Un vieux, de chez {{Darty}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Jeune femme, demande de logement social. L'agent saisit le nom : « [[P:Nguyen]] avec un Y ? » « oui, [[P:N-G-U-Y-E-N]], mais tout le monde m'appelle [[P:Jenny]] ». Numéro unique de demande : [[ID:035 12 24 01234 5]]. Elle attend depuis {{3 ans}} un {{T2}} sur {{Rennes}}. L'agent : « la moyenne c'est {{2 ans}} et demi ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Distribution de bons alimentaires {{Carrefour}} de {{30 €}}. La personne signe la liste. Sur le listing imprimé, la ligne : « [[P:DIALLO F.]] – dossier [[ID:2024/0412]] – {{2 bons}} ». Le listing traîne ensuite sur le comptoir, visible de tous, jusqu'à ce que je le signale.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Couple ukrainien sous {{protection temporaire}}. APS n° [[ID:3501234780]], passeport ukrainien [[ID:FE 123456]]. M. [[P:Kovalenko]] parle anglais, Mme [[P:Kovalenko]] rien. Aide d'urgence de {{100 €}} accordée sur place en chèques services. Traduction avec {{Google Traduction}} sur le tél de l'agente.",
    ),
    (
        "ccas",
        "accueil_physique",
        "La jeune en {{service civique}} à l'accueil montre à l'agente une vidéo {{TikTok}} tournée dans la file d'attente par une usagère (compte [[ID:@lola.mmz]]) : on voit l'agente s'énerver. {{12 000 vues}}. L'agente soupire : « on est filmés tout le temps maintenant ».",
    ),
    # ---- ccas / accueil_telephonique ---------------------------------------------------
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète : elle n'a pas vu Mme [[P:Charpentier]] depuis {{3 jours}}, volets fermés, [[ADR:17 rue Saint-Hélier]]. L'agente note et transmet à la {{police municipale}}. La voisine laisse son numéro, [[TEL:06 03 44 87 12]]. Rappel {{1h}} plus tard : la dame était chez sa fille.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS, l'agente répond aussi pour la mairie annexe. En {{1h}}, {{11 appels}} : {{4 pour des horaires}}, 3 pour l'{{aide alimentaire}}, {{2 pour les cartes d'identité}} (« c'est pas ici »), 1 erreur, 1 monsieur seul qui voulait juste parler. Elle est restée {{9 min}} avec lui.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'AS du {{Département}}, [[P:Sophie Le Roux]], pour la famille [[P:Hamidi]], expulsée ce matin. Elle dicte les dates de naissance des enfants : [[DN:12/06/2015]], [[DN:04/09/2018]] et [[DN:30/01/2021]]. Hébergement d'urgence demandé, {{115}} saturé. L'agente cherche une nuit d'hôtel sur l'{{aide facultative}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "– C'est quoi votre numéro pour vous rappeler ?\n– [[TEL:zéro six, cinquante-cinq, vingt-deux, quatre-vingt-un, zéro neuf]]\n– Et c'est au nom de ?\n– [[P:Fatou]]\nL'agente écrit « [[P:Fatou]] rappeler jeudi » sur un post-it collé sur l'écran. Il y en a {{14 autres}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le monsieur veut qu'on lui envoie le formulaire par mail. Il dit « c'est [[MAIL:gerard.lemaire [at] orange.fr]] ». {{Orange}} comme l'opérateur, précise-t-il. L'agente envoie le dossier d'aide facultative en PDF. Il rappelle {{10 min}} après : il ne sait pas imprimer.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Rappel d'une dame qui a reçu un courrier de refus, dossier n° [[ID:AF-23-00917]]. Elle ne comprend pas le motif « reste à vivre trop élevé ». L'agente explique : ses {{1 340 €}} de pension d'invalidité + l'{{APL}} dépassent le barème de {{20 €}}. Elle pleure. Appel de {{22 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{8h35}} M. [[P:Perrin]] annule son rdv de {{10h}} (« ma fille est malade »). L'agente redonne un rdv {{le 14}}. Elle me dit qu'environ {{30 %}} des rdv ne sont pas honorés, sans prévenir en général, alors celui-là « il est gentil ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Aide versée par virement : l'agente accepte exceptionnellement que la dame dicte son RIB au téléphone parce qu'elle ne peut pas se déplacer (fauteuil). Mme [[P:Bouchet]] lit : [[IBAN:FR76 1450 5000 0108 0033 4152 654]]. L'agente demande quand même l'envoi du RIB papier par la poste, « pour le trésorier ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le téléphone sonne {{3 fois}} pendant qu'elle reçoit quelqu'un au guichet. Elle décroche quand même : « CCAS bonjour, vous pouvez rappeler dans {{10 minutes}} ? ». Pas de standard, pas de file d'attente téléphonique. Les horaires affichés sur le site de la ville sont faux ({{17h}} au lieu de {{16h30}}).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de M. [[P:Jacquet]], né le [[DN:11 novembre 1936]] (il le dit fièrement, « le jour de l'armistice »), pour le portage de repas. {{7,80 €}} le repas. Il habite [[ADR:La Petite Lande, route de Vezin]], un lieu-dit, le livreur risque de pas trouver. Livraison à partir de lundi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une conseillère Caf pour une famille en difficulté : « dossier [[ALLOC:6690412]], Mme [[P:Legrand]], {{5 enfants}}, ressources {{RSA}} + {{allocations familiales}} ». L'agente CCAS propose un rdv mardi. Elle note le n° alloc au stylo sur le dos de sa main, faute de papier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Message laissé sur le répondeur dans la nuit : « rappelez-moi au [[TEL:06 42 87 19]]… » (il manque {{2 chiffres}}). L'agente essaie [[TEL:06 42 87 19 00]] au hasard → mauvais numéro, un monsieur pas content. Pas de nom dans le message. Dossier introuvable, tant pis.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente utilise le tél pro pour échanger sur {{WhatsApp}} avec une usagère qui ne parle que tamoul (traduction avec {{Google Traduction}}). Contact enregistré « [[P:Priya Ganesh]] CCAS », numéro [[TEL:+33 7 49 20 18 65]]. Messages vocaux traduits un par un. {{20 min}} pour fixer un rdv.",
    ),
    # ---- ccas / controle_sur_place -----------------------------------------------------
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour évaluer le besoin d'aide-ménagère : M. et Mme [[P:Lebreton]], {{88 et 85 ans}}, [[ADR:34 rue des Ormeaux]]. Lui ancien cheminot à la {{SNCF}}. Elle me montre la photo de leur petit-fils [[P:Enzo]] en uniforme de pompier. {{2h}} d'aide par semaine proposées.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Logement très encombré (syndrome de Diogène ?). L'agente prend des photos pour le rapport au {{service communal d'hygiène}}. On reste {{25 min}} debout, impossible de s'asseoir. Odeur forte, {{4 chats}}. Elle dit : « on reviendra avec l'infirmière du {{CMP}} ». Dehors, elle respire un grand coup.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Signalement insalubrité chez les [[P:Benyahia]] : {{T3}} de {{52 m²}}, {{7 personnes}}. Moisissures dans la chambre des enfants. Propriétaire privé : M. [[P:Lucien Garnier]], tél [[TEL:06 11 45 78 21]], l'agente va l'appeler. Loyer {{720 €}} + {{APL}}. Le petit dernier tousse tout le temps de la visite.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tournée canicule, {{34 °C}}. Liste imprimée :\n1. Mme [[P:Rivière]], [[ADR:9 rue Danton]] – ok, ventilo, bouteilles d'eau\n2. M. [[P:Hubert]], [[ADR:rés. du Parc bât A 5e étage]] – pas de réponse → appel au [[TEL:0299 87 12 45]], il était chez le coiffeur\n3. Mme [[P:Abgrall]] – à l'hôpital depuis lundi, rayée",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Vérif des ressources sur place (aide > {{500 €}} → visite obligatoire). Elle sort tout : avis d'impôt (numéro fiscal [[ID:1234 567 890 123]]), attestation Caf (n° alloc [[ALLOC:5502148]]), relevé bancaire ([[IBAN:FR76 1131 5000 0108 1122 3344 515]]). L'agente prend des photos avec la tablette. Mme [[P:Boulanger]] s'excuse du désordre.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Je note ce qu'elle dicte dans son tél en sortant : « visite famille [[P:Moreau]] virgule [[ADR:résidence Les Hortensias appartement 14]] virgule enfants scolarisés virgule besoin d'aide pour la cantine point montant à voir en commission point »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une dame sortie d'hospitalisation, la {{HAD}} passe {{2 fois}} par jour. Sur le frigo, liste de numéros au feutre : fille [[TEL:06 84 22 19 03]], infirmière [[P:Nathalie]] [[TEL:06 31 78 40 55]], taxi {{Taxi Bleu}}. Mme [[P:Corre]], {{92 ans}}, nous montre sa collection de poupées bretonnes.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Voiture ventouse signalée devant chez l'usager (il dormirait dedans ?). {{Peugeot 206}} bleue, vieille plaque [[IMMAT:5487 VH 35]]. M. [[P:Thierry]], {{55 ans}}, dit qu'elle est à lui et qu'il y range ses affaires parce que son studio est trop petit. Pas de contrôle technique depuis {{2019}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "On arrive avec {{15 min}} de retard, bus {{C4}} en panne. L'agente : « je fais {{3 visites}} par semaine, avant c'était 8 ». Dans l'appartement le frigo est vide sauf des yaourts et une bouteille de lait. On repart avec une liste de courses pour l'{{épicerie solidaire}} et un rdv pour le dossier de surendettement.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Courrier d'huissier sur la table : « Commandement de payer … Madame [[P:GUERIN Laetitia]] demeurant [[ADR:11 rue de Brest 35000 RENNES]] … la somme de {{2 845,60 €}} … dossier n° [[ID:24/01783]] ». L'agente appelle l'étude devant nous pour demander un délai. Mise en attente {{12 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation avec la grille {{AGGIR}} : Mme [[P:Tanguy]] classée {{GIR 4}}. Son numéro de retraite {{CARSAT}}, que l'agente recopie, c'est en fait son numéro de sécu : [[NIR:247123523806122]]. Elle a {{77 ans}}, vit au {{3e}} sans ascenseur, descend une fois par semaine.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Appartement d'un monsieur décédé seul il y a {{10 jours}}, le gardien ouvre avec nous. L'agente cherche des papiers pour retrouver la famille : livret de famille, carte d'identité de M. [[P:Salaün]] (n° [[ID:850535201122]]), un carnet d'adresses avec le numéro d'une sœur, [[P:Yvonne]], [[TEL:02 98 44 61 27]]. Très lourd.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Le monsieur récite son numéro de téléphone pour montrer qu'il le connaît par cœur (l'aide à domicile lui a appris) : « [[TEL:zéro deux, quatre-vingt-dix-neuf, cinquante, trente et un, douze]] ». Bravo général. Il a {{86 ans}}, début de troubles de mémoire, {{APA}} à réévaluer.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "mme [[P:rolland]] absente 2e fois. carte laissee ds la boite. tel [[TEL:0645129833]] messagerie pleine. agente decide de repasser {{vendredi}} avant {{11h}}, sinon signalement au {{CLIC}}",
    ),
    # ---- urgences / accueil_physique ---------------------------------------------------
    (
        "urgences",
        "accueil_physique",
        "Accueil admissions des urgences, {{21h40}}. L'agente demande carte Vitale + pièce d'identité. Jeune homme qui saigne de l'arcade, pas de papiers sur lui, donne oralement : [[P:Hugo Tessier]], né le [[DN:03/10/2004]]. Création d'un dossier, IPP [[ID:P01847725]], bracelet imprimé et posé au poignet en {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : {{38 personnes}} à {{22h}}. Écran « temps d'attente estimé {{4h30}} ». {{1 agent de sécurité}}, {{2 IOA}}. Distributeur de snacks vide. Une dame allongée sur {{3 chaises}}. L'IOA trie en {{5 min}} max par patient, échelle de tri de {{1 à 5}}. Personne ne se plaint à voix haute, tout le monde regarde son téléphone.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient sans couverture, orienté vers la {{PASS}}. L'agent saisit d'abord « inconnu » puis le monsieur donne son nom : [[P:Abdelkader Mansouri]]. Pas de date de naissance sûre → l'agent saisit [[DN:01/01/1980]] « comme d'habitude dans ces cas-là ». IPP provisoire [[ID:900451278]]. Il est venu à pied depuis {{Maurepas}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Elle tend sa carte {{MGEN}}, n° adhérent [[ID:0004521873]], et sa carte Vitale : [[NIR:2 88 12 38 185 406 50]]. Elle est prof, mal de ventre depuis {{2 jours}}. L'agente scanne les deux, {{40 s}}. « Ça c'est un dossier facile », me dit-elle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "– Nom de l'enfant ?\n– [[P:Lina Bouaziz]]\n– Date de naissance ?\n– [[DN:24/05/2020]]\n– Vous êtes la maman ?\n– oui, [[P:Sarah Bouaziz]]\nFièvre à {{40,2}}, convulsion dans la voiture. Passée directement en {{box 7}} sans attendre, l'agente finira le dossier après.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient amené par la police (garde à vue), menotté. Les policiers donnent son identité à l'accueil : [[P:DOS SANTOS Ricardo]], né le [[DN:12.12.1991]]. L'agente hésite à tout saisir devant la salle d'attente pleine. Les policiers repartent {{1h}} plus tard avec le certificat médical de compatibilité avec la garde à vue.",
    ),
    (
        "urgences",
        "accueil_physique",
        "LE MONSIEUR HURLE QUE CA FAIT {{6H}} QU'IL ATTEND. AGENT D'ADMISSION : « VOTRE NOM ? » « [[P:MARCHETTI]] ! JE VOUS L'AI DEJA DIT ! » DOSSIER RETROUVE, IPP [[ID:00754218]]. IL EST EN {{TRI 4}}, DONC C'EST « NORMAL ». LE VIGILE S'APPROCHE, CA SE CALME.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste allemande, chute à vélo sur le {{canal d'Ille-et-Rance}}. Carte européenne d'assurance maladie, n° d'identification de la carte [[ID:80276 00123 0045678901]]. Mme [[P:Schneider]] donne aussi son passeport, n° [[ID:C01X00T47]]. L'agente photocopie tout, explique en anglais qu'elle n'aura rien à avancer.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil à {{3h10}} du matin, {{4 personnes}}. Un homme à la rue, « un habitué », vient dormir au chaud, l'agente le laisse. Un étudiant ivre ramené de la {{rue de la Soif}} par ses copains. {{SAMU x2}}, {{pompiers x1}}. L'agente mange des {{Pépito}} en faisant les saisies.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente de {{87 ans}} arrivée de l'{{EHPAD}} avec une fiche de liaison : « Mme [[P:LEMAITRE Odette]] épouse [[P:RAULT]] – DDN [[DN:1937-04-02]] – IPP [[ID:P00312987]] – traitement : {{Kardégic}}, {{Doliprane}} ». Le format de la date est à l'américaine, l'agente râle : « ils ont changé de logiciel ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme sans abri, aucun papier, dit s'appeler « [[P:Jo]] ». L'agent saisit « [[P:JO]] » comme nom. L'IOA passe et le reconnaît : « c'est [[P:Johnny]], il vient tous les mois ». Pas de date de naissance. Dossier créé en anonyme, n° [[ID:ANO-2024-0371]], pour être fusionné plus tard.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sortie : l'agent imprime le bon de rdv de consultation traumato du {{mercredi 9h40}}, la convocation part aussi par mail à [[MAIL:c.jaouen@free.fr]]. Le patient ([[P:Corentin]]) repart avec une attelle et une ordonnance de {{Doliprane 1000}}. Il demande où est l'arrêt de bus, {{ligne 14}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Changement d'équipe à {{20h45}}. Transmission orale entre agents d'admission : « il reste {{12 dossiers}} sans carte Vitale, {{3 sans mutuelle}}, {{1 inconnu}} ». Les papiers à compléter sont dans une bannette rouge. Le fax sert encore pour la {{PASS}} et pour la {{clinique}} d'à côté !",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un accompagnant veut être prévenu : « appelez-moi au [[TEL:06.27.84.31.09]], c'est le fils, [[P:Bastien]] ». L'agente l'enregistre comme personne à prévenir dans le dossier de M. [[P:Gicquel]], {{box 14}}. Le fils repart garer sa voiture, {{3 €}} de l'heure le parking.",
    ),
    # ---- urgences / accueil_telephonique -----------------------------------------------
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences : une femme appelle pour savoir si son mari est arrivé en ambulance. L'agent demande nom et date de naissance : « [[P:Yves Morin]], le [[DN:8 août 1961]] ». « Oui il est pris en charge, je ne peux rien vous dire de plus, le médecin vous rappellera ». Elle insiste {{3 fois}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne toutes les {{2 minutes}}. Beaucoup demandent « c'est combien d'attente ? » → l'agent ne répond pas (consigne), renvoie vers le {{15}} ou la {{maison médicale de garde}}. {{SOS Médecins}} cité {{4 fois}} dans l'heure.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du labo {{Cerballiance}} : résultat critique pour un patient déjà sorti, IPP [[ID:P01122908]], nom [[P:Guillaume]]. Potassium à {{6,8}}. L'agent d'admission cherche le téléphone du patient dans le dossier, [[TEL:02 23 45 67 01]], et le passe à l'interne qui rappelle tout de suite.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Rappel sortant pour récupérer une mutuelle (sinon la facture part chez le patient) : « bonjour, vous êtes passé aux urgences {{le 14}}, il nous manque votre mutuelle ». Le patient : « {{Malakoff Humanis}}, numéro d'adhérent [[ID:MH 4587 1203 9]] ». Facture du {{forfait patient urgences}} évitée, {{19,61 €}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle pour une facture de {{19,61 €}} qu'elle ne comprend pas. Elle dicte son numéro de sécu pour qu'on vérifie : « [[NIR:deux, quatre-vingt-dix-neuf, zéro sept, trente et un, cinq cent cinquante-cinq, cent vingt, cinquante-huit]] ». L'agent explique le forfait, elle : « mais j'ai attendu {{7 heures}} ! ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du commissariat : ils veulent savoir si un certain [[P:Kévin L.]] est passé cette nuit. L'agente refuse au téléphone et demande une réquisition écrite. Le policier donne son matricule pour qu'elle le rappelle : [[ID:2091457]]. Elle raccroche et me dit : « {{3 fois}} par semaine ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'{{Algérie}} : la sœur d'un patient hospitalisé hier. Elle donne le numéro de son frère à elle, au pays, pour qu'on le passe au patient : [[TEL:+213 5 51 23 45 67]]. Patient : M. [[P:Belkacem]], toujours en box. L'agent écrit le numéro sur un post-it et va le porter.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'EHPAD {{Les Glycines}} appelle pour annoncer l'arrivée de Mme [[P:Robin]] (chute), ils faxent la fiche de liaison. {{Chambre 112}} à l'EHPAD. L'agente demande s'il y a des directives anticipées. « Je sais pas, c'est l'infirmière de nuit qui sait ». {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "appel mere paniquée, son fils {{15 ans}} [[P:nathan]] amené par les pompiers depuis le collège {{Anne de Bretagne}}, elle veut savoir où il est. agent : {{box 3}}, venez avec le carnet de santé + carte vitale. elle raccroche sans dire au revoir, arrive {{20 min}} après en courant.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La cellule d'identitovigilance appelle l'accueil : doublon ! [[P:Martin Thomas]] né le [[DN:02/03/1975]] et [[P:Thomas Martin]] né le [[DN:03/02/1975]], {{2 IPP différents}}, [[ID:P00871245]] et [[ID:P00871299]]. Même personne ou pas ? L'agente vérifie la copie de la carte d'identité : même personne, saisie inversée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Entre {{2h}} et {{4h}} du matin, l'agente est seule au standard ET au guichet. Elle dit que la nuit les appels ce sont surtout des gens seuls, angoissés. Elle a un classeur « numéros utiles » : {{SOS Amitié}}, le {{3114}}, le {{119}}, le {{3919}}. Elle les connaît par cœur.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient rappelle : il n'a pas reçu son compte rendu. M. [[P:Khelifi]] redonne son mail en épelant : « [[MAIL:abdel.k_1987 arobase yahoo point fr]] », underscore entre le k et 1987. L'ancien était mal saisi (« yahou »). Corrigé, renvoi fait en {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un taxi conventionné ({{Taxis Rennais}}) appelle pour savoir si le bon de transport de M. [[P:Lucas]] est prêt. Le chauffeur donne sa plaque pour qu'on lève la barrière du parking urgences : [[IMMAT:FR-207-QA]]. L'agente : « il est pas prêt, revenez dans {{30 min}} ».",
    ),
    # ---- urgences / controle_sur_place -------------------------------------------------
    (
        "urgences",
        "controle_sur_place",
        "L'agent d'admission fait le tour des box avec sa tablette pour compléter les dossiers. {{Box 4}} : M. [[P:Ricard]] donne sa carte Vitale, [[NIR:1 60 12 62 193 045 72]]. {{Box 5}} : il dort, on repassera. {{Box 6}} : Mme [[P:Allain]] n'a que son permis de conduire, n° [[ID:130435201875]].",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Inventaire des valeurs d'un patient inconscient, avec l'infirmière, devant témoin : portefeuille, {{45 €}} en liquide, une carte bancaire {{Crédit Mutuel}}, une carte Vitale au nom de [[P:Pascal Guyomard]], un permis, des clés de {{Peugeot}}, un ticket de parking. Tout dans une enveloppe scellée, signée par les deux.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "On suit l'assistante sociale des urgences en {{UHCD}}. {{8 lits}}, {{3 patients}} en attente de place en {{SSR}} ou en EHPAD depuis plus de {{5 jours}}. Elle passe, dit-elle, {{40 %}} de son temps au téléphone à chercher des places. Elle a un tableau blanc avec des aimants de couleur.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Sortie difficile : l'AS accompagne un patient chez lui pour vérifier que le logement est vivable avant le retour. [[ADR:Appartement 308, 2 rue de Hongrie]], {{9e étage}}, ascenseur en panne depuis {{3 semaines}}. M. [[P:Ferrand]] ne pourra pas remonter avec son déambulateur. Retour à l'hôpital, {{SSR}} demandé.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "L'agent lit le bracelet à voix haute au lit de la patiente : « [[P:LE MOAL Gwenaëlle]], [[DN:17/08/1969]], IPP [[ID:000412876]] », et la patiente confirme. L'agent m'explique la règle : normalement on fait dire son nom au patient, on ne le lui lit pas. Il s'est trompé de sens, il rigole.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Vérification du coffre des objets déposés la nuit, avec le registre. Registre : « [[P:Kader]] – téléphone {{Samsung}} + chargeur », « Mme [[P:Lefort]] – alliance + montre ». Tout y est. Le cadre signe le registre à {{7h10}}.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Un patient a laissé sa voiture sur la dépose-minute du {{SAMU}} depuis {{14h}}. L'agent de sécurité descend avec nous : {{Dacia Sandero}} grise, [[IMMAT:dz 778 pm]]. On remonte avec la plaque pour retrouver le propriétaire dans les dossiers du jour : M. [[P:Hervouet]], {{box 9}}.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "En box, une patiente sans papiers sort de son sac un document de la préfecture : « Autorisation provisoire de séjour n° [[ID:3599102834]] » et un passeport marocain [[ID:UY5432187]]. Mme [[P:El Amrani]]. L'AS ouvre un dossier {{AME}} en urgence, sinon ce sera le dispositif {{soins urgents}}.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "box 11 mr [[P:baptiste]] ss carte vitale, donne num secu de tête : [[NIR:1 91 03 80 021 346]], il manque la clé. agent : tant pis, on verra avec la recherche {{CDRi}}. {{1 min}}.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Tour des box à {{6h}} avec l'agent d'admission : {{19 patients}}, {{11 dossiers}} complets. Elle coche sur une feuille A3 imprimée. Un patient lui demande l'heure, elle répond {{6h12}}, il croyait qu'il était {{midi}}. Il est là depuis la veille.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Suivi post-urgences à domicile avec l'infirmière de liaison, chez Mme [[P:Cadiou]], [[ADR:Le Clos Fleuri, 35590 L'Hermitage]], passage aux urgences il y a {{8 jours}} pour une tentative de suicide. Sa fille [[P:Morgane]] est là. L'infirmière laisse le {{3114}} et sa carte pro. {{50 min}}.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Patient de {{94 ans}} en box, sa petite-fille donne la carte mutuelle : {{AG2R La Mondiale}}, n° [[ID:AG 7856 1234 00]]. La carte Vitale de M. [[P:Hamel]] a encore la photo d'il y a {{20 ans}}. L'agente rit : « il a pas changé ». La petite-fille aussi rit.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "L'agent scanne au lit la carte d'identité de Mme [[P:Ly]], n° [[ID:X9K2LM4P7]], expire en {{2031}}. Problème : sur la carte Vitale c'est [[P:LY Mai Anh]], sur la carte d'identité [[P:LY-NGUYEN Mai Anh]] → anomalie, « identité provisoire » cochée dans le logiciel. Ça bloquera la facturation.",
    ),
    # ---- chrs / accueil_physique -------------------------------------------------------
    (
        "chrs",
        "accueil_physique",
        "Arrivée d'un homme orienté par le {{115}} à {{19h}}. L'éducatrice vérifie sur le logiciel {{SI-SIAO}} : orientation n° [[ID:SIAO-35-0045871]]. M. [[P:Lambert Cédric]], {{47 ans}}. {{Chambre 12}}, lit du bas. Le règlement lui est lu, il signe sans lire. Il demande s'il peut garder son couteau suisse : non.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas {{18h30}}-{{19h30}}. {{42 places}}, {{42 occupées}}. Pâtes bolo, yaourt. Règles : pas d'alcool dans les chambres, casiers avec cadenas ({{3 €}} de caution). Laverie : {{2 machines}} pour tout le monde, planning affiché. Un monsieur fait la vaisselle de tout le monde sans qu'on lui demande.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dépôt à la bagagerie : {{2 sacs}} + une guitare. Étiquette n° {{B-117}} au nom de « [[P:Tonio]] ». Il montre son attestation de domiciliation du {{CCAS}} (n° [[ID:DOM 2291]]) pour prouver qu'il est « quelqu'un ». L'éducateur lui dit qu'il n'a pas besoin de ça ici.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission : Mme [[P:Kaba]] et ses {{2 enfants}} ([[P:Aïcha]], {{4 ans}}, et [[P:Moussa]], {{18 mois}}). Titre de séjour AGDREF [[ID:3502098714]], valable jusqu'en {{mars 2026}}. Ressources : {{RSA}} majoré + {{allocations familiales}}, n° alloc [[ALLOC:7140256]]. Participation : {{10 %}} des ressources.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, matin :\n- {{cafés : 26}}\n- {{douches : 14}}\n- [[P:Dédé]] veut refaire sa carte d'identité, l'éduc prend rdv en mairie\n- un nouveau, « [[P:Marco]] » (vrai nom [[P:Marek Nowak]] d'après sa carte d'identité polonaise)\n- {{3 demandes}} de {{115}} pour ce soir",
    ),
    (
        "chrs",
        "accueil_physique",
        "Registre des entrées (je recopie une ligne) : « {{14/03}} – [[P:TRAN Van Long]] – né le [[DN:05/05/1972]] – orienté {{SIAO}} – {{ch. 8}} ». Le registre est un cahier {{Clairefontaine}} grand format posé sur le comptoir, ouvert.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Altercation dans le hall entre deux hébergés. L'éducateur ([[P:Julien]]) les sépare. Motif : un téléphone volé ({{iPhone 11}}). La victime donne son numéro pour qu'on le fasse sonner : [[TEL:07 66 13 98 42]]. Ça sonne dans la poche de l'autre. Silence, puis tout le monde rit, même le voleur.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Aide à la création d'une adresse mail pour un hébergé qui en a besoin pour {{France Travail}}. Il choisit [[MAIL:ibrahim.toure.2024@gmail.com]], le mot de passe est écrit sur un papier qu'il glisse dans sa chaussure. {{25 min}}, dont 10 pour le captcha.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Visite du bâtiment avec le chef de service : {{64 places}}, dont {{20 en diffus}} dans la ville. Salle télé avec une télé {{Samsung}}. Cour avec {{un olivier}} en pot et un jardin partagé (tomates, menthe). Beaucoup restent plus de {{18 mois}}, faute de logement à la sortie.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ouverture de compte au titre du {{droit au compte}} avec l'aide de l'éducatrice, après {{3 refus}} de banques. Le RIB arrive enfin : [[IBAN:FR76 1250 6200 1256 0123 9876 591]]. M. [[P:Guerrero]] le plastifie presque. Il va pouvoir toucher son {{RSA}} ailleurs qu'en mandat cash.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une famille arrive en voiture, ils dormaient dedans depuis {{2 semaines}}. {{Renault Scénic}} immatriculé en {{Espagne}}, [[IMMAT:4821 KLB]]. Le père, M. [[P:Rostas]], parle roumain et un peu espagnol. La petite a {{6 ans}} et n'est pas scolarisée. Mise à l'abri ce soir, {{chambre familiale 3}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Jeune de {{19 ans}} sorti de l'{{ASE}}, contrat jeune majeur terminé. Il me montre son compte {{Instagram}} ([[ID:@ness.officiel_35]]), il veut être rappeur. [[P:Nessim]] a {{4 000 abonnés}}. L'éduc lui parle du {{CEJ}}, il écoute à moitié.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Participation financière : l'hébergée paie {{92 €}} ce mois-ci. Reçu n° {{000318}} au nom de Mme [[P:Camus]]. L'éducatrice : « c'est pas grand-chose mais c'est important qu'ils paient quelque chose, c'est un apprentissage ». Mme [[P:Camus]] n'a pas l'air d'accord.",
    ),
    # ---- chrs / accueil_telephonique ---------------------------------------------------
    (
        "chrs",
        "accueil_telephonique",
        "Au {{115}} : appel d'un homme, {{3e}} appel de la soirée. L'écoutant : « votre prénom ? » « [[P:Sylvain]] ». « Vous êtes où ? » « devant la gare, côté {{Saint-Hélier}} ». Pas de place. Orienté vers la halte de nuit. L'écoutant tape tout dans le logiciel, {{4 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : {{187 appels}} décrochés hier sur {{600 tentatives}} (chiffres affichés au mur). {{3 écoutants}}. Environ {{4 min}} par appel. Places disponibles ce soir : 0. Une écoutante : « on dit non toute la soirée, c'est ça le job ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Femme victime de violences, appelle en chuchotant. L'écoutante donne le {{3919}} puis prend quand même son adresse au cas où : [[ADR:18 rue Pierre Martin, 35700]], et son numéro, [[TEL:06 49 15 27 80]]. Mise à l'abri ce soir à l'{{Ibis Budget}} avec ses {{2 enfants}}, taxi payé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le SIAO appelle pour une orientation : « on vous envoie M. [[P:Yilmaz Mehmet]], né le [[DN:21 décembre 1979]], référence SIAO [[ID:35-2024-HU-01877]] ». L'éducateur note sur le cahier de liaison et prépare la {{chambre 5}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Les urgences appellent pour une sortie d'un patient à la rue, IPP [[ID:P00998124]], ils demandent une place pour ce soir. L'écoutant : « rappelez demain à {{9h}}, c'est le SIAO qui attribue, pas nous ». L'infirmière soupire, on l'entend.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "– Date de naissance ?\n– le [[DN:trois mars quatre-vingt-quinze]]\n– Nom ?\n– [[P:Mendy]]. [[P:M-E-N-D-Y]]\n– Vous êtes seul ?\n– avec ma copine, [[P:Océane]]\nCouple = pas de place en {{hébergement d'urgence}} hommes seuls. Orientation {{hôtel}} refusée, budget épuisé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Famille avec {{4 enfants}} dehors à {{Saint-Jacques-de-la-Lande}}. Le père donne son portable [[TEL:0758419620]] et celui de sa femme [[TEL:07 58 41 96 21]] (« c'est le même à un chiffre près »). Famille [[P:Berisha]], arrivée d'Albanie. Pas de place avant demain, l'écoutant culpabilise.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "l'écoutant tape vite dans le logiciel : « [[P:DUBOIS]] – tjs pas de place – rappel dem {{8h}} – tel [[TEL:06 20 30 40 5]] (incomplet) ». Il me dit qu'il corrigera plus tard, « si j'ai le temps ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le standard {{115}} a un deuxième écran avec la carte des places (hôtels, gymnase, halte de nuit). Plan grand froid déclenché depuis {{lundi}} : {{40 places}} en plus au gymnase {{Colette Besson}}. Il y a quand même des refus à {{23h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un hébergé absent depuis {{3 nuits}} : M. [[P:Carré]], {{chambre 21}}. Il était en garde à vue. Sa place est perdue (règle des {{48h}} sans nouvelles). L'éducatrice lui dit de rappeler le {{115}}. Il raccroche sans rien dire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une conseillère {{France Travail}} appelle pour un rdv avec un hébergé. Elle donne l'identifiant de M. [[P:Faye]], [[FT:6129 384 L]], et le créneau, {{jeudi 10h15}}. L'éduc le note dans le cahier de liaison « pour être sûr qu'il y aille ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Message vocal réécouté le matin : « oui bonjour c'est [[P:Jessica]], je suis à la rue avec mon chien, rappelez-moi au [[TEL:zéro six quarante et un zéro zéro dix-sept vingt-deux]] ». Problème : pas de chiens au CHRS. L'éducatrice appelle quand même pour l'orienter vers l'accueil de jour qui les accepte.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante envoie un mail de signalement au SIAO, objet « situation M. [[P:Kowalski]] », en copie à l'AS du CDAS, [[MAIL:a.ledantec@ille-et-vilaine.fr]]. Elle le rédige pendant qu'un autre appel est en attente. {{6 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel de la maraude du {{Samu social}} : ils sont avec « [[P:Grand Fred]] » sous le pont, il veut pas bouger, {{-3 °C}} annoncés. Ils demandent si une place s'est libérée. Non. Ils lui laissent un duvet et un thermos.",
    ),
    # ---- chrs / controle_sur_place -----------------------------------------------------
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement en diffus, [[ADR:21 rue de Lorient, appt 42]] : Mme [[P:Koné]] et son fils. État des lieux ok, un peu de moisissure dans la salle de bain. Elle demande un rideau de douche. Prochaine visite dans {{1 mois}}. L'éducatrice repart avec la liste des courses du CHRS.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour des chambres à {{10h}} (obligatoire {{1 fois par semaine}}). {{3 chambres}} en désordre, 1 avec une plaque chauffante interdite. Le veilleur de nuit avait noté « bruit {{ch. 14}} à {{2h}} ». Rien de grave. Les hébergés présents regardent le tour d'un mauvais œil.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude en camion ({{Jumpy}} du CHRS). Un couple dort dans une voiture sur le parking de {{Decathlon}} : {{Citroën C3}} [[IMMAT:CK-356-HD]]. Lui [[P:Anthony]], elle [[P:Priscilla]]. Ils refusent le {{115}} (« on se fait voler là-bas »). On laisse {{2 duvets}} et le numéro de l'accueil de jour.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Appartement en colocation, {{2 hommes}}. Sur la boîte aux lettres : « [[P:ABDI]] / [[P:OSMAN]] ». M. [[P:Abdi]] travaille chez {{Amazon}} en intérim, de nuit, il dort quand on arrive. On repasse à {{15h}}. Le frigo est partagé en deux avec du scotch.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Sur place, l'éducatrice aide M. [[P:Ouattara]] à remplir sa demande de logement social : numéro unique [[ID:0351224012871]], titre de séjour [[ID:3502114589]], date de naissance [[DN:15/07/1990]]. Mais sur son passeport c'est le [[DN:16/07/1990]] ! Un jour d'écart, à faire corriger en préfecture.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "visite surprise appt diffus [[ADR:7 allée Michel-Ange]]. pers absente. voisin dit qu'il y a 1 chien + 3 personnes qui dorment là. educ inquiète (sous-location ?). tel de l'hébergé [[TEL:07-52-88-14-06]] répondeur. on laisse un mot.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Chambre de M. [[P:Pasquier]] : l'infirmière de l'{{ACT}} vérifie le pilulier. Méthadone {{60 mg}}. Sa carte Vitale est sur la table, [[NIR:1 73 03 67 482 009 28]] (né à {{Strasbourg}}, dit-il). Il sourit : « c'est ma seule carte, je la garde bien ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Réunion de projet avec un hébergé dans sa chambre ({{15 m²}} : lit, armoire, lavabo). Objectif : logement autonome dans {{6 mois}}. Il a {{2 300 €}} d'économies, fier. L'éducateur parle du {{Loca-Pass}} et de {{Visale}}. Il a déjà choisi un quartier, {{Bréquigny}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude à {{22h}}, place {{Sainte-Anne}}. On retrouve [[P:Gégé]], {{63 ans}}, qui refuse tout sauf un café. L'éduc lui rappelle son rdv à la {{PASS}} demain. Il sort une lettre de l'hôpital toute froissée : « M. [[P:GERARD Bernard]], né le [[DN:09/09/1961]] ». « Tu vois, c'est moi ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Dans l'appartement, du courrier pas ouvert sur la table : une lettre {{Crédit Agricole}} « votre compte [[IBAN:FR76 1660 6100 1100 8152 3649 076]] présente un solde débiteur », un avis de contravention {{ANTAI}} n° [[ID:7 8451 2369 0142]]. Mme [[P:Royer]] dit qu'elle n'ouvre plus rien « pour pas avoir peur ». On ouvre ensemble.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle des chambres : dans la {{chambre 6}}, une personne non hébergée dort. Elle montre sa carte d'identité à l'éducateur : [[P:Jordan Besnard]], [[DN:30/11/2002]], n° [[ID:F3T8K1N6Q]]. Débat dans l'équipe : exclusion de l'hébergé {{48h}} ou simple avertissement ?",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Ce que l'éducateur dicte dans son appli de notes après la visite : « visite à domicile chez madame [[P:Rivet trait d'union Lopez]] logement propre enfants présents rien à signaler prochaine visite le {{douze}} ». L'appli a mal transcrit le nom, il corrige à la main.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Une hébergée nous montre sur son téléphone les menaces reçues sur {{Snapchat}} du compte [[ID:@kevdu35_off]]. L'éduc lui conseille de porter plainte au commissariat du {{Blosne}} et propose de l'accompagner demain {{9h}}.",
    ),
    # ---- france_travail / accueil_physique -----------------------------------------------
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune, l'agent crée l'espace avec lui. Identifiant généré : [[FT:7423015N]]. Mail [[MAIL:lucas.brehier35@gmail.com]], tél [[TEL:06 98 45 12 07]]. Il a {{20 ans}}, bac pro logistique, cherche en entrepôt. Rdv {{CEJ}} dans {{10 jours}}. Il prend l'identifiant en photo avec son téléphone.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Zone libre-service : {{8 ordinateurs}}, {{2 en panne}}. Un service civique aide les gens à s'actualiser. Affiche « {{job dating}} {{Leroy Merlin}} mardi {{14h}} ». {{10 personnes}} dans la file à l'ouverture, {{8h30}}. Une imprimante pour tout le monde, bourrage à {{9h05}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "– Votre identifiant ?\n– [[FT:0 2 5 4 8 1 7 H]]\n– avec le H à la fin, oui. Et votre code postal ?\n– {{35200}}\n– Bon M. [[P:Ramos]], votre {{ARE}} est suspendue parce que vous ne vous êtes pas actualisé en {{février}}.\n– j'étais à l'hôpital !\n– il faut un bulletin d'hospitalisation alors.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Courrier de radiation montré au guichet : « Monsieur [[P:Leroux]], identifiant [[FT:3985127C]], vous ne vous êtes pas présenté à la convocation du {{12/02}} à {{9h30}} … radiation pour une durée d'{{un mois}} ». Il dit ne jamais l'avoir reçue : l'adresse est fausse, [[ADR:3 rue des Lilas]] au lieu de [[ADR:3 rue des Lys]]. Recours gracieux rédigé sur place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV : le conseiller projette au mur un CV modèle au nom de « [[P:Jean Dupont]] ». Les participants rient. Puis chacun écrit le sien ; une dame met son numéro de sécu en haut de son CV ([[NIR:2 64 08 35 281 015 15]]), le conseiller lui dit de l'enlever, « personne ne vous le demandera ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Trop-perçu de {{1 872 €}}. Le monsieur conteste. Agent : vous avez travaillé chez {{Manpower}} en {{janvier}} sans le déclarer. M. [[P:Blanchard]] : « c'était {{3 jours}} ! ». Réf. du trop-perçu sur le courrier : [[ID:TP-2024-118745]]. Échéancier proposé à {{50 €}} par mois, il refuse, veut faire un recours.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme qui a oublié son identifiant. Le conseiller le retrouve avec sa date de naissance ([[DN:06/04/1998]]) et son nom ([[P:Morvan]]) → [[FT:2874561k]], qu'il écrit en minuscule sur un post-it. Mot de passe réinitialisé, lien envoyé par SMS. {{6 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le vigile à l'entrée ({{Securitas}}) filtre : « vous avez rendez-vous ? ». Sans rdv → borne ou {{3949}}. J'ai compté {{14 personnes}} refoulées en {{1h}}. Deux conseillers à l'accueil pour une agence qui suit {{1 200}} demandeurs d'après la directrice.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demande d'{{AIF}} pour une formation cariste {{CACES R489}} à {{1 450 €}}, devis de l'{{AFPA}}. M. [[P:Touré]] (identifiant [[FT:5512 874 D]]) a déjà une promesse d'embauche chez {{Lidl}} à l'entrepôt. Le conseiller valide en {{10 min}}, « quand y a un employeur derrière ça passe ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une réfugiée syrienne : carte de résident {{10 ans}} n° [[ID:9906 1234 57]], diplôme de pharmacienne non reconnu en France. La conseillère lui parle de l'{{ENIC-NARIC}}. Mme [[P:Al-Hassan]], née le [[DN:2 février 1987]], parle très bien anglais, un peu français. Elle veut travailler en officine, même comme préparatrice.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur qui dépend de l'agence de {{Cleunay}}, pas d'ici. L'agent lui imprime l'adresse et le plan : {{France Travail Rennes Ouest}}, {{12 rue de la Technopole}}. Il est venu de {{Vezin-le-Coquet}} à pied ({{45 min}}). L'agent lui donne un ticket de bus {{STAR}} de sa poche.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller demande d'épeler : le monsieur écrit lui-même sur un papier « [[P:Szczepański]] ». Le conseiller tape [[P:Szczepanski]] sans l'accent (le logiciel n'accepte pas). Identifiant [[FT:1847 293 Z]]. Il vient pour un {{CSP}} après licenciement économique de chez {{Bosch}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "CONSEILLER TRES SYMPA AVEC UN MONSIEUR DE {{61 ANS}} QUI VEUT PARTIR A LA RETRAITE. IL LUI DONNE LE {{3960}} ({{CARSAT}}) ET LUI NOTE SON NUMERO DE SECU SUR UN POST-IT POUR L'APPEL : [[NIR:163043523815041]]. « VOUS LEUR DONNEZ CA ET VOTRE RELEVE DE CARRIERE ».",
    ),
    # ---- france_travail / accueil_telephonique -----------------------------------------
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : le monsieur donne son identifiant en épelant la lettre avec l'alphabet radio, ancien militaire : « [[FT:4 3 2 1 8 7 6 Bravo]] ». L'agente sourit. {{ARE}} versée {{le 28}}, il voulait juste être sûr. {{2 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme téléphonique : {{25 conseillers}} en open space, casques {{Jabra}}. Au mur l'écran : {{42 appels}} en attente, attente max {{17 min}}. Le chef d'équipe passe dans les rangs : « on raccourcit, on raccourcit ». Une conseillère me dit qu'elle n'arrive plus à rappeler les gens comme avant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller rappelle Mme [[P:Petitjean]] au [[TEL:+33 (0)6 77 21 04 98]] pour l'entretien de suivi. Elle est en formation aide-soignante à l'{{IFAS}} de {{Pontchaillou}}, tout va bien, stage en {{gériatrie}} en {{mai}}. Entretien de {{12 min}}, il tape en même temps.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La gérante d'une crêperie ({{La Bigoudène}}, {{Cancale}}) appelle pour déposer une offre de serveur/serveuse pour la saison. Elle donne son mail : [[MAIL:legall.creperie@orange.fr]]. Mme [[P:Le Gall]] veut « des gens motivés, pas des gens envoyés par vous » (sic).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le demandeur donne son numéro de sécu alors qu'on lui demande l'identifiant : « [[NIR:1 05 11 35 238 402 27]] ». Le conseiller : « non, l'identifiant France Travail, {{7 chiffres}} et une lettre ». « Ah, [[FT:8021457 M]] ». Il avait les deux sur le même papier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Monsieur très énervé (radiation). Il menace de venir à l'agence « avec un bidon ». Le conseiller reste calme, lit son dossier à voix haute : M. [[P:Garcia Manuel]], né le [[DN:1983-11-30]]. Il signale l'appel au responsable ensuite, procédure « incivilité ». Il me dit : « ça, c'est toutes les semaines ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Identification au téléphone : nom + date de naissance. « [[P:Noémie Lebrun]], le [[DN:vingt-trois juillet deux mille deux]] ». Elle demande son attestation pour la Caf, envoyée dans l'espace perso, « rubrique mes documents ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« mon numéro c'est le [[TEL:06 83 14 22 90]], non pardon [[TEL:06 83 14 22 09]] ». Le conseiller corrige dans le dossier, il y avait encore l'ancien numéro d'il y a {{5 ans}}. Tous les SMS de convocation partaient dans le vide.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une agence d'intérim ({{Randstad}}) appelle pour vérifier qu'un candidat est bien inscrit → le conseiller refuse, secret. {{2 min}}. Puis une dame qui veut savoir si l'agence est ouverte le {{1er mai}}. Puis un monsieur qui s'est trompé de numéro et voulait la {{SNCF}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un cadre suivi par l'{{APEC}} aussi, il demande si on peut regarder son profil {{LinkedIn}} ([[ID:linkedin.com/in/fdelorme-rh]]) pour le conseiller. Le conseiller dit qu'il n'a pas le droit d'aller sur {{LinkedIn}} depuis son poste (bloqué). Ils en rient tous les deux.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Changement de banque déclaré par téléphone : impossible, il faut passer par l'espace perso. Le monsieur lit quand même son IBAN « au cas où » : [[IBAN:FR76 1751 5900 0008 1234 5671 257]], se trompe à la fin, recommence : [[IBAN:FR76 1751 5900 0008 1234 5671 275]]. Le conseiller n'a rien noté.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une mère appelle pour son fils ([[P:Dylan]], {{19 ans}}) qui « dort toute la journée ». Elle veut savoir s'il est inscrit. Refus, secret. Elle donne quand même l'identifiant qu'elle a trouvé dans sa chambre, [[FT:3310987W]]. Le conseiller ne regarde pas. Elle pleure un peu.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Immersion {{PMSMP}} : le magasin {{Biocoop}} appelle pour confirmer l'accueil de Mme [[P:Hoarau]] du {{3 au 14 juin}}. Le conseiller envoie la convention au responsable du magasin, [[MAIL:j.perrot.biocoop@gmail.com]]. Signature électronique, {{48h}}.",
    ),
    # ---- france_travail / controle_sur_place ---------------------------------------------
    (
        "france_travail",
        "controle_sur_place",
        "Visite en entreprise avec la conseillère (prospection) : garage {{Norauto}} de {{Cesson-Sévigné}}. Le chef d'atelier, M. [[P:Gaillard]], cherche {{2 mécaniciens}}. Elle lui propose un candidat, [[P:Kilian]], identifiant [[FT:6654102J]], qu'elle suit depuis {{8 mois}}. Rdv d'embauche calé mardi.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Forum emploi dans la grande salle du {{Liberté}}, {{60 stands}}. La conseillère tient le stand France Travail, distribue des flyers {{CEJ}}. {{300 visiteurs}} en {{2h}} d'après le comptage à l'entrée. Files les plus longues : {{SNCF}}, {{Armée de terre}}, {{Keolis}}.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Contrôle d'assiduité dans un organisme de formation ({{GRETA}}) : feuilles d'émargement. {{12 stagiaires}}, {{2 absents}} : [[P:Sandra Leblanc]] ({{3 jours}}) et [[P:Yacine Haddou]]. La formatrice donne le portable de [[P:Sandra]] : [[TEL:06 25 87 41 30]]. La conseillère appellera, « c'est peut-être un problème de garde d'enfant ».",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "PMSMP en boulangerie, visite à mi-parcours. Le patron ([[P:Olivier]]) parle de la stagiaire : « elle est top, je la garde si elle veut ». Dans la cour il y a {{un olivier}} dans un bac, il dit qu'il l'a ramené d'Italie. Pas de contrat possible avant {{septembre}} (budget).",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Le demandeur a déclaré ne pas avoir de véhicule pour toucher l'aide à la mobilité (carburant). Sur le parking du centre de formation, la conseillère le voit arriver en {{BMW}}, [[IMMAT:GT-911-XC]]. M. [[P:Laporte]] : « c'est la voiture de ma copine ». Elle note, vérifiera.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Entreprise {{Lactalis}}, usine de {{Vitré}} : {{15 postes}} d'opérateurs en {{CDI}}. Contact RH : Mme [[P:Chauvin]], [[TEL:02 99 74 12 55]], [[MAIL:e.chauvin@lactalis.fr]]. Visite de la ligne de production en charlotte et surchaussures, {{1h}}. Bruit énorme.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "{{Job dating}} dans un EHPAD, {{9 candidats}}. Une candidate a un badge avec son prénom : « [[P:Fanny]] ». Le directeur note les identifiants France Travail des retenus sur son bloc : [[FT:1204587 A]], [[FT:9987231F]], [[FT:4401289 B]]. {{3 sur 9}}, la conseillère est contente.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Atelier collectif dans une salle de quartier à {{Maurepas}} : « utiliser son espace personnel ». {{7 participants}} dont {{3 sans smartphone}}. La conseillère a apporté {{5 tablettes}}. On finit {{20 min}} en retard, personne ne veut partir.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Visite à domicile en binôme (conseillère France Travail + AS du {{Département}}) chez Mme [[P:Bodin]], [[ADR:2 rue du Stade, 35137 Pleumeleuc]]. Elle ne peut pas venir à l'agence : pas de voiture, {{3 enfants}}, car {{2 fois}} par jour. {{RSA}} depuis {{4 ans}}. On parle garde d'enfants plus que d'emploi.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Sur le stand du salon, un monsieur tend sa carte : « je suis inscrit, [[FT:0098712Q]], né le [[DN:17.03.1971]] », pour qu'on vérifie s'il est bien positionné sur l'offre n° {{178QXWP}}. Il l'est. Il repart avec le nom du recruteur écrit au dos de la carte.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Contrôle d'une entreprise qui a touché l'{{AFPR}}. Le conseiller vérifie le contrat de M. [[P:Fontaine]] : {{CDI}} depuis {{mars}}, {{1 820 €}} brut. Il photocopie la fiche de paie, le n° de sécu est visible ([[NIR:1 02 08 93 066 201 41]]). Le patron : « vous voulez un café ? ».",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "visite chantier d'insertion {{Envie}} (électroménager), {{12 salariés}} en {{CDDI}}. l'encadrant [[P:Rudy]] nous montre les machines à laver reconditionnées. un salarié me donne son prénom, [[P:Bakary]], et me demande si je peux l'aider pour son titre de séjour (n° [[ID:3502087711]], expire le {{30/06}}). je sais pas quoi répondre.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Contrôle de présence en formation {{Prépa compétences}} à l'{{AFPA}} : liste affichée avec prénoms + initiale : [[P:Kevin M.]], [[P:Aurore B.]], [[P:Samir T.]], … La conseillère compare avec son listing. {{1 absent sur 10}}. Elle me dit que l'affichage des noms, c'est « pas top » mais pratique.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Rencontre avec un employeur du bâtiment qui a embauché via la {{MRS}} (méthode de recrutement par simulation). Chantier à {{Bruz}}, {{4 recrues}} en {{CDD}} de {{6 mois}}. Le conducteur de travaux montre son planning sur une tablette {{Samsung}}. Casques et gilets obligatoires, même pour nous.",
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    pieces, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        pieces.append(before)
        length += len(before)
        if m.group(1) is not None:
            value = m.group(2)
            if m.group(1) not in CODES:
                raise ValueError(f"unknown code {m.group(1)!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"span with spaces around it: {value!r}")
            entities.append(
                {"start": length, "end": length + len(value), "label": CODES[m.group(1)]}
            )
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        pieces.append(value)
        length += len(value)
        pos = m.end()
    pieces.append(marked[pos:])
    text = "".join(pieces)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"unbalanced mark {token!r} in {text[:60]!r}")
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
    """Seeded split, exactly half/half within each (site_kind, channel) cell (odd cells give
    their extra note to dev or holdout in equal numbers), spreading notes without entities
    and notes carrying rare labels over both halves."""
    rng = random.Random(SEED)
    label_notes = Counter(lab for n in notes for lab in {e["label"] for e in n["entities"]})

    def category(note):
        labels = {e["label"] for e in note["entities"]}
        if not labels:
            return "(none)"
        return min(labels, key=lambda lab: (label_notes[lab], lab))

    cat_size = Counter(category(n) for n in notes)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note)
    odd = [key for key in sorted(cells) if len(cells[key]) % 2]
    if len(odd) % 2:
        raise ValueError("an odd number of odd cells cannot be split half/half")
    while True:  # the extra notes also go half to dev, half to holdout per site and channel
        rng.shuffle(odd)
        extra_to_dev = set(odd[: len(odd) // 2])
        balance = Counter()
        for key in odd:
            step = 1 if key in extra_to_dev else -1
            balance[key[0]] += step
            balance[key[1]] += step
        if all(abs(v) <= 1 for v in balance.values()):
            break
    quota = {}
    for key, members in cells.items():
        half = len(members) // 2
        extra = len(members) % 2
        quota[key] = {
            "dev": half + (extra if key in extra_to_dev else 0),
            "holdout": half + (0 if key in extra_to_dev else extra),
        }
    order = list(notes)
    rng.shuffle(order)
    # notes without entities first, then the rarest categories first
    order.sort(key=lambda n: (category(n) != "(none)", cat_size[category(n)], category(n)))
    per_cat = {h: Counter() for h in HALVES}
    per_label = {h: Counter() for h in HALVES}
    side = {}
    for note in order:
        key = (note["site_kind"], note["channel"])
        draw = rng.random()
        open_halves = [h for h in HALVES if quota[key][h] > 0]
        labels = [e["label"] for e in note["entities"]]
        if len(open_halves) == 1:
            half = open_halves[0]
        else:
            cat = category(note)

            def score(h, cat=cat, labels=labels):
                return (per_cat[h][cat], sum(per_label[h][lab] for lab in labels))

            a, b = score("dev"), score("holdout")
            half = "dev" if (a < b or (a == b and draw < 0.5)) else "holdout"
        quota[key][half] -= 1
        per_cat[half][category(note)] += 1
        per_label[half].update(labels)
        side[note["id"]] = half
    return {h: [n for n in notes if side[n["id"]] == h] for h in HALVES}


def main():
    notes = build()
    halves = split(notes)
    if len(halves["dev"]) != len(halves["holdout"]):
        raise SystemExit("the two halves differ in size")
    for half in HALVES:
        lines = [json.dumps(n, ensure_ascii=False) + "\n" for n in halves[half]]
        (HERE / f"{half}.jsonl").write_text("".join(lines), encoding="utf-8")
        labels = Counter(e["label"] for n in halves[half] for e in n["entities"])
        without = sum(not n["entities"] for n in halves[half])
        print(f"{half}: {len(halves[half])} notes, {without} without entities, {dict(labels)}")


if __name__ == "__main__":
    main()
