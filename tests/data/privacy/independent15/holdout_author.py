"""Author the independent15 evaluation notes for the French anonymiser (stdlib only).

The 240 notes below were typed by hand, one situation per note, as the notes of the 40
observers of one imaginary immersion seminar. Inline marks: ``[[CODE:value]]`` is a span to
mask (codes in ``CODES``), ``{{value}}`` is a string to keep. The script strips the marks,
computes offsets, numbers the notes ``ind15-001`` ... in authoring order, splits them half/half
(seeded, stratified by site kind x channel) and writes ``dev.jsonl`` and ``holdout.jsonl``.

Usage: python holdout_author.py
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 15_2024
PREFIX = "ind15"

PHY = "accueil_physique"
TEL = "accueil_telephonique"
CSP = "controle_sur_place"

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

# (site_kind, channel, text). One block per observer of the seminar.
NOTES = [
    # ===================================================================== CAF
    # Observer 1: deputy prefect, careful full sentences, counter.
    (
        "caf",
        PHY,
        "{{9h12}}. Première personne reçue par [[P:Sandrine]], l'agente d'accueil : une mère seule, Mme [[P:Kouassi]], venue parce que son {{APL}} est suspendue depuis {{mars}}. Elle a apporté l'avis d'échéance de son bailleur ({{Nantes Métropole Habitat}}) et tend son numéro d'allocataire, le [[ALLOC:2318457]]. [[P:Sandrine]] constate qu'une attestation de loyer manque depuis {{trois mois}}. Tout est réglé en {{12 minutes}}, alors que la dame dit avoir appelé {{quatre fois}} sans obtenir de réponse. Pendant l'échange, [[P:Sandrine]] imprime l'attestation, surligne au fluo les deux lignes importantes et écrit à la main le numéro de la plateforme, le {{3230}}, en précisant les heures où l'attente est la plus courte (« avant {{9h}} ou après {{15h}} »). Mme [[P:Kouassi]] range la feuille dans une pochette où je vois une dizaine de courriers de la {{Caf}}, certains encore fermés. Elle me dit qu'elle n'ose plus les ouvrir. Ce détail m'en a plus appris que bien des rapports : le courrier administratif fait peur, et cette peur coûte cher à tout le monde, à elle d'abord, à la collectivité ensuite.",
    ),
    (
        "caf",
        PHY,
        "Deuxième situation, plus délicate. Un homme d'une soixantaine d'années, M. [[P:Jean-Claude Bihan]], ne comprend pas pourquoi sa {{prime d'activité}} a baissé de {{87 €}}. [[P:Sandrine]] lui explique la logique des ressources trimestrielles ; il n'est manifestement pas convaincu. Il repart avec un rendez-vous pour jeudi à {{10h30}}. Je note que l'écran affiche ses coordonnées en grand, lisibles depuis la file : [[ADR:12 rue des Hauts-Pavés, 44000 Nantes]], tél. [[TEL:06 71 42 18 93]].",
    ),
    (
        "caf",
        PHY,
        "J'ai observé la file d'attente pendant un quart d'heure : {{23 personnes}} entre {{10h}} et {{10h15}}, dont {{sept}} avec des enfants en bas âge. Il n'y a qu'une {{fontaine à eau}}, en panne. Sur les {{quatre}} bornes de la {{Caf}}, une seule fonctionne. Le délai affiché était de {{45 minutes}} ; il a été en réalité d'{{une heure dix}} pour le ticket {{B047}}.",
    ),
    (
        "caf",
        PHY,
        "Une jeune femme, [[P:Yasmina]], {{19 ans}}, vient déclarer sa grossesse. Sa date de naissance ([[DN:03/02/2006]]) est saisie, puis [[P:Sandrine]] lui présente la {{prestation d'accueil du jeune enfant}} et la {{prime à la naissance}}. Elle a l'air rassurée en partant.",
    ),
    (
        "caf",
        PHY,
        "Moment de tension à {{11h20}} : un monsieur exige de parler « au directeur ». Il s'agit de M. [[P:Ferhat Aouadi]], allocataire n° [[ALLOC:1987 342]], à qui l'on réclame un indu de {{1 340 €}} au titre du {{RSA}}. [[P:Sandrine]] garde un calme remarquable. Le responsable de site, M. [[P:Tessier]], descend au bout de {{cinq minutes}}. J'admire cette patience, que je ne suis pas certaine d'avoir.",
    ),
    (
        "caf",
        PHY,
        "Bilan de ma matinée : {{31}} usagers reçus par {{deux agentes}}, sans aucune pause. Les demandes portent surtout sur la {{prime d'activité}}, l'{{APL}} et l'{{AAH}}. Je retiens le sentiment d'impuissance face à des courriers incompréhensibles. Proposition à remonter en {{préfecture}} : simplifier les notifications d'indu.",
    ),
    # Observer 2: regional journalist, text-message style, counter.
    (
        "caf",
        PHY,
        "{{10h02}} dame agée ds la file depuis {{8h50}}, nom Mme [[P:Derrien Odette]], vient pr son {{APL}}, a tt ds un sac {{Carrefour}} 😅 num alloc [[ALLOC:3047719]]. agent tape tt a 2 doigts lol",
    ),
    (
        "caf",
        PHY,
        "gars en survet, [[P:kevin]] (« appelez moi [[P:kev]] »), demande de {{RSA}}, a perdu son taf chez {{Amazon}} a {{Carquefou}}. mail a l'ecran [[MAIL:kevin.lemaitre44@gmail.com]] -> il a plus acces a sa boite 🤷",
    ),
    (
        "caf",
        PHY,
        "tjrs pas de {{wifi}} public ds le hall. {{3 ordis}} en libre service dont 1 HS. ado ([[P:Sofiane]]) qui aide sa mere a remplir la {{declaration trimestrielle}} sur le tel, {{20 min}}. ca fait mal au coeur",
    ),
    (
        "caf",
        PHY,
        "Mr [[P:DIALLO Mamadou]] titre de sejour expiré -> caf suspend tout. il montre son recepissé {{prefecture}} n° [[ID:4401234567]], agente ([[P:Claire]] ou [[P:Clara]] jsais plus) dit que ca suffit pas 😡 il doit revenir avec le nouveau titre",
    ),
    (
        "caf",
        PHY,
        "{{11h40}} fin. compteur perso : {{14 pers}} vues, {{9 femmes}}. moyenne attente {{52 min}}. citation du jour de [[P:Clara]] : « on est pas des robots mais on a des robots » 🤖",
    ),
    # Observer 3: HR director of a bank, lists, counter.
    (
        "caf",
        PHY,
        "Situation n°3 :\n- public : couple avec {{2 enfants}}\n- motif : séparation\n- nom : M. et Mme [[P:Lopes]]\n- durée : {{25 min}}\n- difficulté : Madame veut que l'{{ASF}} soit versée sur son propre compte, RIB tendu au guichet : [[IBAN:FR76 3000 4008 2300 0123 4567 819]]\n- issue : formulaire à renvoyer",
    ),
    (
        "caf",
        PHY,
        "Points d'amélioration vus ce matin :\n1. signalétique ({{escalier B}} introuvable)\n2. aucune confidentialité aux {{guichets 1 à 4}}\n3. formulaires uniquement en français\n4. zéro place pour les poussettes\n5. {{toilettes}} fermées « pour raisons de sécurité »",
    ),
    (
        "caf",
        PHY,
        "Situation n°5 :\n- étudiante, [[P:Thi Lan Nguyen]], boursière + {{APL}}\n- DN [[DN:21/11/2003]]\n- coloc au [[ADR:7 bd Victor-Hugo, Nantes]]\n- règle : 1 demande par colocataire\n- délai annoncé : {{3 semaines}}",
    ),
    (
        "caf",
        PHY,
        "Situation n°6 :\n- homme, {{45 ans}}, intérimaire\n- motif : {{prime d'activité}} non versée\n- cause : ressources déclarées à {{0 €}} par erreur\n- correction sur place, recalcul en {{juillet}}\n- ressenti : soulagé. Nom non noté.",
    ),
    (
        "caf",
        PHY,
        "Situation n°7 : Mme [[P:Benali]] + sa fille [[P:Inès]] qui traduit en arabe. Num alloc lu à voix haute par la fille : « [[ALLOC:deux-trois-neuf, zéro-zéro, quatre-un-six]] ». Toute la file l'a entendu. → à remonter : pas de {{bulle de confidentialité}}.",
    ),
    # Observer 4: MP (députée), phone platform, dialogue.
    (
        "caf",
        TEL,
        "Plateforme téléphonique, {{14h}}. Appel n°1.\n— Bonjour, {{Caf de Loire-Atlantique}}, [[P:Mélanie]] à votre écoute.\n— Oui bonjour c'est pour mon dossier, c'est le [[ALLOC:0842216]].\n— Vous êtes bien Mme [[P:Gaultier]] ?\n— Oui, [[P:Brigitte Gaultier]].\n— Votre {{AAH}} a bien été versée le {{5 du mois}}, Madame.\nDurée : {{4 min 30}}.",
    ),
    (
        "caf",
        TEL,
        "Appel n°2, monsieur très énervé, il crie. Il attend depuis {{47 minutes}} en ligne. [[P:Mélanie]] lui propose un rappel :\n— Votre numéro d'allocataire ?\n— [[ALLOC:6104338]].\n— Et un numéro de téléphone ?\n— [[TEL:07 82 19 40 66]], et vous avez intérêt à rappeler !\nIl raccroche avant qu'elle ait fini sa phrase.",
    ),
    (
        "caf",
        TEL,
        "Appel 3. Une grand-mère appelle pour son petit-fils de {{22 ans}} qui « ne parle pas bien le français ».\n— Je ne peux rien vous dire, Madame, c'est le secret professionnel.\n— Mais je suis sa grand-mère !\n— Je comprends, mais il faut que [[P:Dylan]] appelle lui-même, ou qu'il nous fasse une procuration.\nJe n'aurais pas su dire non aussi gentiment.",
    ),
    (
        "caf",
        TEL,
        "Entre deux appels, l'écoutante m'explique que {{90 %}} des appels concernent la {{prime d'activité}} ou l'{{APL}}. Le serveur vocal du {{3230}} oriente mal. Attente moyenne aujourd'hui : {{18 minutes}}. Objectif national : {{moins de 10}}.",
    ),
    (
        "caf",
        TEL,
        "Appel 5 : Mme [[P:Rakotomalala]] (je lui ai fait épeler : [[P:R-A-K-O-T-O-M-A-L-A-L-A]]) veut changer de banque.\n— Je ne peux pas prendre un IBAN par téléphone, Madame, il faut passer par l'espace {{Mon Compte}}.\nElle le lit quand même, d'une traite : « [[IBAN:FR76 1027 8360 1200 0205 6780 124]] ». [[P:Mélanie]] ne le note pas.",
    ),
    (
        "caf",
        TEL,
        "Appel 6, court.\n— C'est pour savoir si le {{chèque énergie}} c'est vous ?\n— Non Monsieur, c'est les impôts.\nFin. {{40 secondes}}.",
    ),
    # Observer 5: head of a building firm, phone, copies the screen, caps.
    (
        "caf",
        TEL,
        "ECRAN AGENT (recopié) : ALLOCATAIRE [[P:MARCHAND ERIC]] / N° [[ALLOC:5521907]] / NIR [[NIR:1 78 06 13 088 231 83]] / SITUATION : ISOLE / DROITS : {{RSA SOCLE}} / DERNIER PAIEMENT {{05/06}}",
    ),
    (
        "caf",
        TEL,
        "L'appelant donne sa nouvelle adresse : [[ADR:LIEU-DIT LA HAUTE BOISSIERE 44850 LE CELLIER]]. Le logiciel refuse le lieu-dit, il faut tricher en mettant « rue ». Hallucinant. {{3 essais}}.",
    ),
    (
        "caf",
        TEL,
        "Appel d'une assistante sociale du {{CHU}} pour une patiente, Mme [[P:Le Bras]], sortie d'hospit sans ressources. L'agent donne son mail pro pour les justificatifs et l'AS le sien : [[MAIL:a.martineau@chu-nantes.fr]]. Efficace. Entre pros ça va {{3 fois plus vite}}.",
    ),
    (
        "caf",
        TEL,
        "STATS DU JOUR AFFICHEES AU MUR : APPELS RECUS {{1 842}} / DECROCHES {{1 203}} / TAUX {{65 %}}. L'OBJECTIF C'EST {{85}}. PERSONNE NE REGARDE LE TABLEAU.",
    ),
    (
        "caf",
        TEL,
        "Un monsieur appelle de {{Roumanie}}, il répète deux fois son numéro : [[TEL:+40 723 118 504]]. Son fils [[P:Andrei]] est resté à {{Saint-Nazaire}} et touche les {{allocations familiales}} ; il veut savoir s'il y a droit aussi. Réponse : règlement européen, dossier à transmettre. Compliqué.",
    ),
    (
        "caf",
        TEL,
        "ECRAN : ENFANTS A CHARGE 3 — [[P:LUCAS]] ([[DN:12/04/2012]]), [[P:EMMA]] ([[DN:30/09/2015]]), [[P:NOAH]] ([[DN:08/01/2019]]). La maman demande si le {{complément familial}} s'arrête quand le grand aura {{21 ans}}.",
    ),
    # Observer 6: mayor of a rural commune, home inspections, moved and angry.
    (
        "caf",
        CSP,
        "Contrôle à domicile avec [[P:Patrick]], contrôleur depuis {{22 ans}}. On va à [[ADR:La Grée, 44170 Nozay]] voir un allocataire {{RSA}} (dossier [[ALLOC:3391054]]) soupçonné de vivre en couple. Portail rouillé, chien. Le monsieur, [[P:Gilles Provost]], nous reçoit en bleu de travail. Il y a effectivement des affaires de femme ; sa compagne « passe de temps en temps ». Je suis mal à l'aise.",
    ),
    (
        "caf",
        CSP,
        "Dans la cour, une {{Clio}} grise immatriculée [[IMMAT:DX-417-KM]]. [[P:Patrick]] me dit qu'une voiture n'est pas une preuve en soi. Heureusement.",
    ),
    (
        "caf",
        CSP,
        "Deuxième visite : une mère et ses trois enfants dans un T2 au [[ADR:4 allée des Mimosas, Châteaubriant]]. Humidité partout, moisissures noires au plafond de la chambre des petits. Le contrôle porte sur l'{{APL}} et la décence du logement. Le propriétaire, un certain M. [[P:Hervouet]], ne répond jamais. Je suis maire et je ne savais pas que ça existait à {{20 km}} de chez moi. HONTE.",
    ),
    (
        "caf",
        CSP,
        "Dans la voiture, [[P:Patrick]] m'explique la procédure : {{10 jours}} de préavis par courrier, droit d'être accompagné, rapport sous {{48 h}}. Il fait {{35 000 km}} par an avec sa voiture de service. Il aime son métier « parce qu'on voit les gens en vrai ».",
    ),
    (
        "caf",
        CSP,
        "3e visite : personne. On laisse un avis de passage. Une voisine curieuse : « Ah vous cherchez le petit [[P:Romain]] ? Il est chez sa mère à {{Blain}}. » Voilà pour le secret.",
    ),
    (
        "caf",
        CSP,
        "Dernière : Mme [[P:Fofana]], {{AAH}}, tout est conforme. Elle nous offre un café et nous montre les photos de ses petits-enfants. Elle dit que [[P:Patrick]] est le premier à entrer chez elle depuis la mort de son mari. 😢",
    ),
    # Observer 7: primary-school head, home inspections.
    (
        "caf",
        CSP,
        "Visite d'une colocation étudiante avec la contrôleuse, [[P:Aurélie]], à la {{résidence Les Lauriers}}. Trois {{APL}} pour deux chambres ? En fait une chambre est coupée en deux par un rideau. Noms sur la boîte aux lettres : [[P:Traoré]] / [[P:Morin]] / [[P:Da Silva]].",
    ),
    (
        "caf",
        CSP,
        "Vérification des ressources : fiches de paie {{Lidl}} et {{McDonald's}}. Un des étudiants, [[P:Hugo]], me demande si je suis « de la Caf ». Je dis que je suis directrice d'école. Il rit : « C'était vous ma maîtresse de {{CE2}} ? » Non.",
    ),
    (
        "caf",
        CSP,
        "Couple de retraités algériens, allocation logement. Monsieur présente son passeport, n° [[ID:18FK42371]], Madame sa carte de résident n° [[ID:4400987126]]. Tout est en ordre. Ils ont préparé un {{thé à la menthe}} et des {{cornes de gazelle}}.",
    ),
    (
        "caf",
        CSP,
        "Remarque : [[P:Aurélie]] fait tout sur papier puis ressaisit le soir, {{2 heures}} de saisie par jour. Pas de tablette. Je pense à mes collègues de l'{{Éducation nationale}} : même combat.",
    ),
    (
        "caf",
        CSP,
        "Pendant le trajet, mail d'une allocataire sur le portable de la contrôleuse : « bonjour je suis pas la demain pour le controle, joignable au [[TEL:06.12.77.08.43]] ou [[MAIL:nadege_b85 (arobase) hotmail.fr]] merci ». Signé [[P:Nadège]]. Reporté à {{mardi}}.",
    ),
    (
        "caf",
        CSP,
        "Dernier contrôle : la famille [[P:Guillou]], {{5 enfants}}, {{allocations familiales}}, {{complément familial}}, {{ARS}}. Le père est en CDD chez {{Airbus}} à {{Bouguenais}}. L'aîné, [[P:Mathis]], né le [[DN:17 août 2007]], vient de signer son premier contrat, ce qui change les droits de toute la famille. Personne ne le leur avait dit.",
    ),
    # ==================================================================== CPAM
    # Observer 8: e-health start-up CEO, counter, anglicisms.
    (
        "cpam",
        PHY,
        "Onboarding à l'accueil {{Cpam}} de {{Nantes}}, {{8h30}}. Pain point n°1 : la borne demande le NIR avant tout. Un monsieur, M. [[P:Pereira]], tape le sien en le disant à voix haute pour ne pas se tromper : « [[NIR:1 73 05 31 555 040 72]] ». UX catastrophique, zéro privacy.",
    ),
    (
        "cpam",
        PHY,
        "Use case : une maman vient pour la {{carte Vitale}} de sa fille de {{16 ans}}, [[P:Chloé]]. Process : formulaire papier + photo + pièce d'identité, {{3 semaines}}. On pourrait le faire en 5 min via {{FranceConnect}}... mais la fille n'a pas de smartphone.",
    ),
    (
        "cpam",
        PHY,
        "Feedback de l'agent ([[P:Karim]], {{12 ans}} de maison) : « L'appli {{Ameli}} c'est super pour ceux qui savent. Les autres viennent ici. » Insight clé : le digital crée une file d'attente pour ceux qui restent dehors.",
    ),
    (
        "cpam",
        PHY,
        "KPI observés sur {{2h}} : {{27 visites}}, dont {{11}} pour des attestations de droits (imprimables sur {{Ameli}} !), {{6}} pour la {{C2S}}, {{4}} pour des arrêts maladie, le reste divers. Time to serve moyen : {{9 min}}.",
    ),
    (
        "cpam",
        PHY,
        "Cas complexe : Mme [[P:Zerrouki]], née le [[DN:14/07/1959]], part en retraite et perd sa {{mutuelle}} d'entreprise. [[P:Karim]] lui ouvre la {{Complémentaire santé solidaire}} avec participation ({{30 €}}/mois). Elle pleure de soulagement. Pas de metrics pour ça.",
    ),
    (
        "cpam",
        PHY,
        "Last one : un livreur {{Uber Eats}}, [[P:Moussa]], accident de scooter, aucun arrêt indemnisé car auto-entrepreneur. Il laisse son tél pour un rappel du service IJ, [[TEL:07 53 88 12 04]], et son mail, [[MAIL:moussa.k-livraison@yahoo.fr]]. Gap énorme dans la couverture des indépendants.",
    ),
    # Observer 9: radio journalist, counter, dialogue.
    (
        "cpam",
        PHY,
        "— Bonjour, c'est pour quoi ?\n— Ma {{carte Vitale}} elle marche plus.\n— Vous avez votre numéro de sécu ?\n— Euh... [[NIR:2 91 07 56 117 045 89]].\n— Merci Madame [[P:Le Gall]]. Elle n'est pas à jour, je vous fais ça.\n(le tout en {{2 minutes}}, record de la matinée)",
    ),
    (
        "cpam",
        PHY,
        "Entendu dans la file :\n— T'es là pour quoi toi ?\n— Le {{100 %}}. Pour mon diabète.\n— Moi c'est ma femme, elle est à l'hosto, à {{Laennec}}.\nDeux inconnus qui se racontent leur vie pendant {{40 minutes}}. Le meilleur son de la journée.",
    ),
    (
        "cpam",
        PHY,
        "— Nom ?\n— [[P:Nguyen Van Long]]. [[P:Nguyen]], c'est le nom de famille.\n— Vous venez pour ?\n— Ma fille est née au {{Japon}}, je veux la rattacher.\nL'agente, [[P:Fatou]], demande l'acte de naissance traduit. Le monsieur l'a. Miracle.",
    ),
    (
        "cpam",
        PHY,
        "Micro coupé, en off : l'agente gagne {{1 650 €}} net après {{15 ans}}. Elle se fait insulter {{deux fois par semaine}}. Elle aime quand même son boulot. Je ne peux rien diffuser sans son accord.",
    ),
    (
        "cpam",
        PHY,
        "— C'est pour une {{AME}}.\n— Vous avez un justificatif de domicile ?\n— Je suis hébergée chez ma cousine, [[ADR:23 rue de la Bottière, Nantes]].\n— Il faut une attestation d'hébergement signée par elle.\nLa jeune femme, [[P:Aminata]], repart avec la liste. Elle reviendra. Troisième fois.",
    ),
    # Observer 10: departmental councillor, counter, full sentences, moved.
    (
        "cpam",
        PHY,
        "Je suis frappée par la dignité de cette dame de {{82 ans}}, Mme [[P:Jacqueline Roux]], venue seule en {{bus}} depuis {{Rezé}} pour comprendre un relevé de remboursement. Il s'agissait de {{1,50 €}} de franchise. Elle voulait être sûre de ne rien devoir à personne. Elle avait tout préparé dans une enveloppe kraft : les relevés des {{six derniers mois}}, sa {{carte Vitale}}, une lettre de sa {{mutuelle}} et même une photocopie de son livret de famille, « au cas où ». L'agente a tout repris ligne par ligne, sans jamais la presser, alors que la salle se remplissait. En partant, Mme [[P:Roux]] lui a serré la main longuement et lui a dit qu'elle reviendrait le mois prochain « pour vérifier ». Je crois qu'elle reviendra surtout pour parler à quelqu'un.",
    ),
    (
        "cpam",
        PHY,
        "Un père et son fils handicapé. Le père, M. [[P:Charpentier]], cherche à faire reconnaître une {{ALD}} ; le dossier traîne depuis {{huit mois}} entre le médecin traitant, le {{médecin conseil}} et la {{MDPH}}. Référence MDPH notée sur sa pochette : [[ID:MDPH-44-2023-018842]]. L'agente promet de relancer elle-même.",
    ),
    (
        "cpam",
        PHY,
        "La salle d'attente compte {{18 chaises}}. À {{10h}}, il y a {{26 personnes}}. Personne ne se plaint. C'est peut-être ce qui m'inquiète le plus.",
    ),
    (
        "cpam",
        PHY,
        "Une jeune femme enceinte, sans couverture depuis son arrivée d'{{Italie}}. Elle présente son codice fiscale, [[ID:BNCGLI92M52Z336Y]], et un relevé bancaire italien pour les remboursements : [[IBAN:IT60 X054 2811 1010 0000 0123 456]]. L'agente ne sait pas quoi en faire et appelle sa responsable : {{20 minutes}} d'attente de plus.",
    ),
    (
        "cpam",
        PHY,
        "Fin de matinée. J'ai demandé à l'agente, [[P:Sylvie]], ce qu'elle changerait. Sa réponse : « Qu'on arrête de fermer des accueils. À {{Clisson}}, à {{Ancenis}}, les gens viennent jusqu'ici. » J'en parlerai au {{Département}}.",
    ),
    # Observer 11: finance inspector, phone platform, precise.
    (
        "cpam",
        TEL,
        "Plateforme {{3646}}. Appel {{14h03}}–{{14h11}}. Assuré : M. [[P:Bouchard]]. Objet : IJ non versées depuis {{42 jours}}. Cause : attestation de salaire non transmise par l'employeur. Action : relance de l'employeur par l'agent. Coût complet estimé de l'appel : {{6 €}} environ.",
    ),
    (
        "cpam",
        TEL,
        "Tableau de bord à {{15h}} : {{14 conseillers}} connectés, {{212}} appels en file, attente estimée {{27 min}}. Taux de décroché de la semaine : {{71 %}}. Le superviseur n'a aucun levier : pas de renfort possible avant {{septembre}}.",
    ),
    (
        "cpam",
        TEL,
        "Appel {{14h25}}. L'assurée dicte son NIR sans une pause : [[NIR:295097511332825]]. L'agent, [[P:Thomas]], vérifie l'identité par la date de naissance : « Le [[DN:9 septembre 95]] ? — Oui. » Demande : lunettes à {{290 €}}, reste à charge {{190 €}}. Réponse : voir la {{mutuelle}}.",
    ),
    (
        "cpam",
        TEL,
        "Appel {{14h40}}. Un généraliste, Dr [[P:Lefebvre-Roussel]], appelle pour un patient dont la {{carte Vitale}} est refusée. Il dicte le numéro de sécu du patient : [[NIR:1 85 03 35 238 112 52]]. Le patient est radié à la suite d'un déménagement en {{Bretagne}} : mutation non faite entre caisses.",
    ),
    (
        "cpam",
        TEL,
        "Appel {{15h02}}. Assurée belge, travailleuse frontalière. Numéro de rappel : [[TEL:+32 471 25 83 90]]. Formulaire {{S1}} manquant. Renvoi vers le {{CLEISS}}. Durée {{11 min}}.",
    ),
    (
        "cpam",
        TEL,
        "Appel {{15h20}}. Une mutuelle demande le décompte d'un adhérent, n° adhérent {{Harmonie Mutuelle}} [[ID:HM 0047 218 553]]. L'agent refuse par téléphone : décompte disponible sur {{Ameli}}. Procédure respectée. Rigidité ou protection ? Les deux.",
    ),
    # Observer 12: high-school teacher, phone, no accents, lowercase.
    (
        "cpam",
        TEL,
        "appel d un papa, sa fille {{17 ans}} veut la pilule sans que ca apparaisse sur le releve des parents. l agent explique la {{confidentialite pour les mineures}}. le papa est ok en fait, c etait pour aider sa fille qui est a cote de lui. tres beau moment",
    ),
    (
        "cpam",
        TEL,
        "une dame appelle pour son mari [[P:gerard]] qui a {{alzheimer}}, elle veut etre son interlocutrice. il faut une {{habilitation familiale}} du juge. elle soupire « encore un papier ». son tel pour rappel [[TEL:02 40 63 18 77]]",
    ),
    (
        "cpam",
        TEL,
        "mr [[P:ozturk]] appelle pour la 3e fois cette semaine pour le meme dossier. adresse changee mais pas a jour : [[ADR:8 square des maraichers 44300 nantes]]. l agente ([[P:ludivine]]) fait le changement en direct. pourquoi pas les {{2 fois}} d avant ?? mystere",
    ),
    (
        "cpam",
        TEL,
        "pause cafe avec [[P:ludivine]]. elle etait prof de maths avant ! reconversion. elle dit que les appels c est comme une classe de {{35}} : faut tenir la ligne 😂",
    ),
    (
        "cpam",
        TEL,
        "appel en anglais. etudiant indien a {{Centrale Nantes}}, [[P:Arjun]]. numero de secu provisoire : [[NIR:1 02 04 99 223 047 12]]. [[P:ludivine]] parle anglais mieux que moi. il attend sa carte vitale depuis {{4 mois}}",
    ),
    (
        "cpam",
        TEL,
        "bilan : [[P:ludivine]] a pris {{63 appels}} aujourd hui. moi je suis epuisee juste a ecouter. respect 🙏",
    ),
    # Observer 13: prefect's chief of staff, sick-leave checks at home and a transport firm.
    (
        "cpam",
        CSP,
        "Accompagnement d'un agent de contrôle de la {{Cpam}}, M. [[P:Renaud]], pour des vérifications de présence au domicile pendant un arrêt de travail. Premier passage à {{9h40}} au [[ADR:31 rue Paul-Bellamy]] : personne. L'assuré avait des sorties autorisées de {{10h}} à {{12h}}... nous étions en avance. Retour à {{11h55}}.",
    ),
    (
        "cpam",
        CSP,
        "Deuxième assurée, Mme [[P:Morvan]], en arrêt pour dépression depuis {{trois mois}}. Elle ouvre en pyjama, s'excuse du désordre. L'agent reste {{6 minutes}}, vérifie l'identité (CNI n° [[ID:X4RTBPFW4]]), remercie. Sur le trottoir, il me dit : « Elle, elle est malade. »",
    ),
    (
        "cpam",
        CSP,
        "Explications de l'agent : {{800}} contrôles par an, environ {{8 %}} d'absences injustifiées, suspension des indemnités derrière. Il n'a aucun pouvoir médical : c'est le {{médecin conseil}} qui décide.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'un transporteur sanitaire, {{Ambulances Gautier}}, à {{Vertou}}. Vérification des véhicules : VSL immatriculé [[IMMAT:GH-208-TN]], ambulance [[IMMAT:FK-551-RB]]. Le gérant, M. [[P:Gautier]], présente les carnets de bord.",
    ),
    (
        "cpam",
        CSP,
        "Anomalie relevée : un trajet facturé le {{12 février}} pour un patient, M. [[P:Chevalier]], alors que le véhicule [[IMMAT:gh208tn]] était au garage ce jour-là (facture {{Norauto}} à l'appui). {{1 280 €}} de facturation à vérifier.",
    ),
    (
        "cpam",
        CSP,
        "Dernier passage : domicile d'un assuré, [[ADR:Résidence Les Pins, bât. C, apt 14, 44400 Rezé]]. Il est là, {{béquilles}}, plâtre jusqu'au genou. Il nous montre sa radio du {{15 mars}}. Aucun doute. L'agent s'en veut presque d'avoir sonné.",
    ),
    # Observer 14: HR director of a large group, outreach with a PFIDASS adviser.
    (
        "cpam",
        CSP,
        "Je suis la conseillère {{PFIDASS}}, [[P:Laetitia]], chez une assurée qui renonce à ses soins dentaires. Mme [[P:Jouan]], {{58 ans}}, n'a plus que {{six dents}}. Devis : {{4 200 €}}. Objectif : monter un financement ({{C2S}} + aide extralégale).",
    ),
    (
        "cpam",
        CSP,
        "La conseillère recopie sur sa fiche : Mme [[P:JOUAN Martine]], NIR [[NIR:2 64 02 92 050 187 94]], tél [[TEL:06 98 34 21 07]]. Tout sur papier, faute de réseau : pas de {{4G}} dans le hameau.",
    ),
    (
        "cpam",
        CSP,
        "Dans la voiture : la conseillère suit {{120 dossiers}} en même temps. Délai moyen de résolution : {{3 mois}}. {{60 %}} des personnes accompagnées finissent par se soigner. En entreprise on appellerait ça un excellent taux de transformation.",
    ),
    (
        "cpam",
        CSP,
        "Visite 2 : un homme seul, M. [[P:Le Floch]], {{71 ans}}, ancien pêcheur au {{Croisic}}. Pas vu de médecin depuis {{2016}} : le sien est parti à la retraite et personne ne prend de nouveaux patients. [[P:Laetitia]] lui trouve un créneau au {{centre de santé}} de {{Guérande}}.",
    ),
    (
        "cpam",
        CSP,
        "Sur la table de la cuisine, une lettre de relance de sa banque avec le RIB en en-tête : [[IBAN:FR76 1660 6100 2400 0133 8742 150]]. Il me demande si c'est grave. Ce n'est pas mon rôle de répondre. La conseillère lui dit d'appeler le {{Crédit Agricole}}.",
    ),
    (
        "cpam",
        CSP,
        "Bilan : [[P:Laetitia]] a fait {{140 km}} pour {{2 visites}}. Impossible à rentabiliser, indispensable à faire. Je raconterai ça à mon {{COMEX}}.",
    ),
    # ==================================================================== CCAS
    # Observer 15: deputy mayor for social affairs of another town, counter.
    (
        "ccas",
        PHY,
        "{{CCAS}} de {{Saint-Herblain}}, accueil. {{8h45}} : déjà {{9 personnes}} devant la porte. Première demande : aide alimentaire pour Mme [[P:Koné]], {{3 enfants}}, orientée vers l'{{épicerie solidaire}} avec un bon de {{15 jours}}.",
    ),
    (
        "ccas",
        PHY,
        "Demande de domiciliation : un homme sans domicile, [[P:Stéphane]], dit « [[P:Steph]] », {{43 ans}}. L'agente lui remet une attestation d'élection de domicile ; son courrier arrivera désormais ici. Il demande s'il peut recevoir des colis. Réponse : non.",
    ),
    (
        "ccas",
        PHY,
        "Aide facultative : une retraitée, Mme [[P:Brossard]], facture {{EDF}} impayée de {{612 €}}. Réf. client EDF sur la facture : [[ID:1 0047 8823 51]]. Le {{FSL}} énergie est sollicité, la commission se réunit {{mardi prochain}}.",
    ),
    (
        "ccas",
        PHY,
        "Je découvre que le {{CCAS}} instruit aussi des demandes d'{{APA}} pour le {{Département}} et des dossiers de {{RSA}} : sous mes yeux, celui de M. [[P:Henrion]], n° allocataire [[ALLOC:2290418]], retrouvé dans {{CDAP}}. Les agentes jonglent avec {{quatre logiciels}} différents. Aucun ne communique avec les autres.",
    ),
    (
        "ccas",
        PHY,
        "Un couple de demandeurs d'asile, M. et Mme [[P:Hakimi]], avec un récépissé. N° étranger : [[ID:7503312984]]. L'agente les oriente vers la {{PADA}} et les {{Restos du Cœur}}. Le CCAS n'a pas la compétence hébergement. Frustration des deux côtés.",
    ),
    (
        "ccas",
        PHY,
        "Demande de tarification solidaire {{Tan}} (bus, tram). Le jeune homme, [[P:Bilal Saïdi]], né le [[DN:02.08.2001]], n'a pas apporté son avis d'imposition. Il le télécharge sur son téléphone devant nous. {{5 minutes}}. Ça marche.",
    ),
    (
        "ccas",
        PHY,
        "Une dame très âgée vient « pour rien » : discuter. L'agente prend {{10 minutes}} avec elle. C'est la troisième fois cette semaine. Elle s'appelle [[P:Germaine]], elle a {{94 ans}} et elle est venue à pied.",
    ),
    (
        "ccas",
        PHY,
        "Fin de matinée : {{37 passages}}, dont {{12}} pour la domiciliation et {{9}} pour l'aide alimentaire. Deux agentes, une stagiaire. Il faudrait au moins un {{travailleur social}} de plus. J'en parlerai à [[P:Véronique]], notre DGS.",
    ),
    # Observer 16: restaurant owner, counter, emojis.
    (
        "ccas",
        PHY,
        "Arrivée {{9h}} ☕ ambiance sympa mais bcp de monde 😬 la 1ere dame vient pr un {{colis alimentaire}}, elle a {{4 gamins}} 😢 elle donne son n° caf [[ALLOC:4478 120]] pr calculer le reste à vivre",
    ),
    (
        "ccas",
        PHY,
        "le monsieur d'après, M. [[P:Lemoine]], veut une aide pr payer la cantine : {{2,80 €}} le repas, ça fait {{56 €}} par mois pr 1 enfant 🍽️ moi je facture {{14,90}} le menu du midi... ça me fait réfléchir 🤔",
    ),
    (
        "ccas",
        PHY,
        "agente top 👏 [[P:Nathalie]] connait tt le monde par son prénom. « bonjour [[P:Fatima]], ça va le petit ? » 🥰 {{30 ans}} de métier",
    ),
    (
        "ccas",
        PHY,
        "dossier aide énergie, je lis sur l'écran : MME [[P:RIVIERE CORINNE]] - [[ADR:5 RUE DU PROGRES 44800 ST HERBLAIN]] - tel [[TEL:0633457812]] 📋 facture {{TotalEnergies}} {{389 €}}",
    ),
    (
        "ccas",
        PHY,
        "pause : l'agente me montre le {{frigo solidaire}} 🥶 devant le {{CCAS}}, dispo {{24h/24}}. les commerçants du quartier donnent. je vais proposer mes invendus 🙌",
    ),
    (
        "ccas",
        PHY,
        "dame qui parle pas français, ukrainienne 🇺🇦 [[P:Olena]], avec {{Google Traduction}} sur le tel. elle montre son {{APS}} n° [[ID:4409812245]] + son numéro ukrainien [[TEL:+380 67 412 3098]]",
    ),
    (
        "ccas",
        PHY,
        "Mr agressif 😤 il veut {{200 €}} tt de suite. refus, c'est en {{commission}}. il part en claquant la porte. [[P:Nathalie]] reste zen 🧘‍♀️ moi j'aurais appelé la sécu",
    ),
    (
        "ccas",
        PHY,
        "bilan : je reviens quand ils veulent 💪 et j'embauche si qqun cherche un CDI en cuisine 👨‍🍳 au {{Comptoir de Marie}} !!",
    ),
    # Observer 17: senior civil servant from a ministry, phone line.
    (
        "ccas",
        TEL,
        "Ligne téléphonique du {{CCAS}}, tenue par une seule agente. Premier appel : une fille inquiète pour son père, M. [[P:Gérard Lebreton]], {{88 ans}}, qui ne répond plus au téléphone. Adresse donnée : [[ADR:14 rue Jean-Jaurès, Orvault]]. L'agente demande un passage de la {{police municipale}}.",
    ),
    (
        "ccas",
        TEL,
        "Appel pour le {{plan canicule}} : inscription sur le registre des personnes vulnérables. Mme [[P:Pichon]], née le [[DN:11/10/1938]], numéro [[TEL:02 40 76 55 12]], pas de famille proche.",
    ),
    (
        "ccas",
        TEL,
        "Observation : {{40 %}} des appels concernent la {{téléassistance}}, {{25 %}} le {{portage de repas}}. L'agente, [[P:Brigitte]], note tout sur un cahier à spirale. Celui de {{2023}} fait {{300 pages}}.",
    ),
    (
        "ccas",
        TEL,
        "Un bailleur social appelle au sujet d'une locataire, Mme [[P:Aubry]], en dette de loyer. Réf. locataire {{Atlantique Habitations}} : [[ID:LOC-078314]]. L'agente propose une rencontre tripartite. Je n'imaginais pas ce rôle de médiation.",
    ),
    (
        "ccas",
        TEL,
        "Appel d'une voisine : « Madame [[P:Ribeiro]] n'a pas ouvert ses volets depuis deux jours. » L'agente rappelle la fille de la dame au [[TEL:06 45 19 72 38]]. Fausse alerte : elle est hospitalisée depuis {{lundi}}.",
    ),
    (
        "ccas",
        TEL,
        "Dernier appel, {{12h28}} : un homme demande les horaires de la {{banque alimentaire}}. {{30 secondes}}. L'agente sourit : « Celui-là, c'était facile. »",
    ),
    # Observer 18: TV journalist, phone line, notes like a shooting script.
    (
        "ccas",
        TEL,
        "PLAN 1 — l'agente décroche, « {{CCAS}} bonjour ». Au bout du fil : M. [[P:Sanchez]], veuf, demande d'{{aide ménagère}}. ITW possible ? → à demander.",
    ),
    (
        "ccas",
        TEL,
        "PLAN 2 — appel d'un conseiller de la {{Mission locale}} qui veut faire passer un jeune, [[P:Lenny]], {{18 ans}}, en urgence pour un bon alimentaire. Son mail, dicté : « [[MAIL:j point rousseau arobase missionlocale-nantes point fr]] ».",
    ),
    (
        "ccas",
        TEL,
        "PLAN 3 — silence. Aucun appel pendant {{12 minutes}}. L'agente en profite pour saisir. Bon plan de coupe.",
    ),
    (
        "ccas",
        TEL,
        "PLAN 4 — une femme chuchote. Violences conjugales ? L'agente donne le {{3919}} et propose un rendez-vous discret. La femme laisse un numéro « pas celui de mon mari » : [[TEL:07 69 03 41 17]]. Séquence impossible à filmer. Et je ne la filmerai pas.",
    ),
    (
        "ccas",
        TEL,
        "PLAN 5 — un élu appelle, M. [[P:Fradin]], conseiller municipal, pour « appuyer » le dossier d'un administré, à {{11h05}}. L'agente : « Je note, Monsieur le conseiller. » Elle ne fera rien de plus. Respect.",
    ),
    (
        "ccas",
        TEL,
        "PLAN 6 — un usager rappelle juste pour remercier du colis de {{Noël}}. « C'est [[P:Jojo]] ! » {{1 min}}. De la chaleur pure.",
    ),
    # Observer 19: judge, home visits with a social worker.
    (
        "ccas",
        CSP,
        "Visite à domicile avec [[P:Hélène]], travailleuse sociale du {{CCAS}}, pour une évaluation d'aide sociale à l'hébergement. Mme [[P:Poirier]], {{91 ans}}, veut entrer à l'{{EHPAD Les Glycines}}. Ses {{trois enfants}} seront sollicités au titre de l'obligation alimentaire. Je connais ces dossiers par l'autre bout : le tribunal. La maison est impeccable, des napperons sur le buffet, une pendule qui retarde de {{dix minutes}}. Mme [[P:Poirier]] explique qu'elle ne veut pas « être une charge » et qu'elle préfère vendre la maison. [[P:Hélène]] lui explique patiemment que la vente ne suffira peut-être pas, que l'{{aide sociale}} pourra être récupérée sur la succession et que ses enfants recevront un courrier du {{Département}}. La vieille dame hoche la tête. Je ne suis pas sûre qu'elle ait compris ; je ne suis pas sûre que j'aurais compris à sa place.",
    ),
    (
        "ccas",
        CSP,
        "Liste des obligés alimentaires recopiée par [[P:Hélène]] : [[P:Poirier Alain]], [[ADR:2 impasse du Verger, 49300 Cholet]] ; [[P:Poirier-Martel Sylvie]], [[ADR:118 avenue de la République, 75011 Paris]] ; [[P:Didier Poirier]], adresse inconnue (« on ne se parle plus »). Participation estimée : {{180 €}} par mois chacun.",
    ),
    (
        "ccas",
        CSP,
        "Deuxième visite : un logement d'urgence de la ville, occupé depuis {{6 mois}} par une famille syrienne, les [[P:Haddad]]. L'occupation précaire prend fin en {{juin}}. [[P:Hélène]] vérifie les démarches {{SIAO}}, réf. [[ID:SIAO44-2024-03317]].",
    ),
    (
        "ccas",
        CSP,
        "Réflexion : en audience, je vois des dossiers. Ici je vois des cuisines, des photos au mur, un {{canapé}} troué, un {{ficus}} en plastique. Le papier ne dit jamais ça.",
    ),
    (
        "ccas",
        CSP,
        "Troisième visite : demande d'aide pour une facture d'eau. Le monsieur, [[P:Abdelkader]], montre son titre de séjour, n° [[ID:4405678213]], valable jusqu'en {{2027}}, et sa facture {{Veolia}} de {{247 €}}.",
    ),
    (
        "ccas",
        CSP,
        "Fin : [[P:Hélène]] rentre saisir ses {{3 rapports}}. Elle a {{26 ans}} et suit seule {{52 situations}}. Je lui ai demandé si elle pensait rester. Silence, puis : « Je ne sais pas. »",
    ),
    # Observer 20: architect and town planner, housing visits.
    (
        "ccas",
        CSP,
        "Visite d'un logement signalé insalubre avec l'agent d'hygiène (en lien avec le {{SCHS}}). Immeuble des {{années 30}}, [[ADR:9 rue Fouré, 44000 Nantes]], {{3e étage}} sans ascenseur. Locataire : M. [[P:Barry]]. Humidité mesurée : {{85 %}}.",
    ),
    (
        "ccas",
        CSP,
        "Croquis rapide : pièce de {{11 m²}}, une fenêtre de {{60 cm}}, chauffage d'appoint au pétrole, câbles apparents. La décence exige {{9 m²}} et {{2,20 m}} sous plafond. Ici : {{2,05 m}}.",
    ),
    (
        "ccas",
        CSP,
        "Le propriétaire arrive, furieux. M. [[P:Cadiou]] possède {{sept logements}} dans la rue. Son {{Audi}} noire est garée sur le trottoir : [[IMMAT:EZ 644 PL]]. L'agent reste impassible.",
    ),
    (
        "ccas",
        CSP,
        "Visite 2 : maison individuelle à {{Couëron}}. Une dame âgée, Mme [[P:Landais]], vit dans son salon car l'étage lui est devenu inaccessible. Demande d'aide pour un {{monte-escalier}} : orientation {{ANAH}} + caisse de retraite. Elle me demande si je suis « l'architecte de la mairie ». Presque.",
    ),
    (
        "ccas",
        CSP,
        "Relevé sur la boîte aux lettres d'un squat : « [[P:Yvan]] + [[P:Mika]] + le chien ». L'agent ne peut faire qu'un signalement à la {{préfecture}}. Pas de compétence.",
    ),
    (
        "ccas",
        CSP,
        "Retour au bureau. Le dossier papier de M. [[P:Barry]] fait {{4 cm}} d'épaisseur. Premier signalement : {{2019}}. Cinq ans.",
    ),
    # ================================================================ URGENCES
    # Observer 21: director of another hospital, admission desk, technical.
    (
        "urgences",
        PHY,
        "Accueil des urgences du {{CHU}}, {{7h55}}. L'IOA, [[P:Marion]], reçoit un homme de {{54 ans}}, douleur thoracique. Tri {{FRENCH 2}}, installé en box en {{4 minutes}}. Très bon circuit.",
    ),
    (
        "urgences",
        PHY,
        "L'agent administratif, [[P:Julien]], crée le dossier. Identité saisie : [[P:BERNARD Philippe]], né le [[DN:23/06/1969]]. IPP généré : [[ID:P00872315]]. Je remarque que l'écran est tourné vers la {{salle d'attente}} : à corriger.",
    ),
    (
        "urgences",
        PHY,
        "Salle d'attente à {{9h}} : {{34 patients}}, dont {{11}} sur des brancards dans le couloir. Durée moyenne de passage affichée : {{6h40}}. Chez nous c'est {{5h}}. Même problème partout : l'aval. Pas de lits.",
    ),
    (
        "urgences",
        PHY,
        "Patient sans papiers, sans couverture. L'agent ouvre un passage {{PASS}} et note : « Nom déclaré : [[P:Oumar]], nom de famille incertain ». Téléphone d'un cousin : [[TEL:07 58 21 93 40]].",
    ),
    (
        "urgences",
        PHY,
        "Une mère avec son fils de {{4 ans}}, fièvre. Elle tend sa carte {{MGEN}}, n° [[ID:214 857 663]], et sa {{carte Vitale}}. Redirigée vers les urgences pédiatriques, {{bâtiment Jules-Verne}}.",
    ),
    (
        "urgences",
        PHY,
        "Bilan : {{118 passages}} la veille, {{4 agents administratifs}} pour couvrir {{24h}}. [[P:Julien]] me dit qu'il fait du tri « social » autant que l'IOA fait du tri médical. Phrase à retenir pour notre projet d'établissement.",
    ),
    # Observer 22: MP, counter, angry.
    (
        "urgences",
        PHY,
        "SCANDALE. Une dame de {{89 ans}}, Mme [[P:Lucienne Bodin]], est sur un brancard depuis {{hier 22h}}. Elle attend un lit en gériatrie. Sa fille me reconnaît : « Vous votez les budgets, venez voir. » Elle a raison.",
    ),
    (
        "urgences",
        PHY,
        "Un SDF connu du service, « [[P:Momo]] », vient pour la {{4e fois}} ce mois-ci. Pas pour se soigner : pour dormir au chaud. Les soignants le laissent dans un coin. Personne n'a de solution. Le {{115}} est saturé.",
    ),
    (
        "urgences",
        PHY,
        "Un jeune, alcoolisé, insulte l'agent d'accueil. La sécurité ({{2 agents}}) intervient. Il s'appelle [[P:Enzo]], me dit l'agent, {{19 ans}}. Dans {{une heure}} il dormira. Dans {{une semaine}} il reviendra.",
    ),
    (
        "urgences",
        PHY,
        "Je compte : {{2 médecins}} seniors, {{3 internes}}, {{7 infirmiers}} pour {{60 patients}} présents. On me dit que c'est « une journée normale ». Je veux une loi, pas un énième rapport.",
    ),
    (
        "urgences",
        PHY,
        "Fiche patient oubliée sur le comptoir : [[P:SAIDI Nour]], [[DN:1990-04-17]], [[ADR:12 rue d'Auvours, Nantes]], tél [[TEL:06 24 87 11 59]]. Motif : douleur abdominale. N'importe qui pouvait la lire pendant {{20 minutes}}. Je l'ai rendue à l'{{IOA}}.",
    ),
    # Observer 23: civil-service school student, counter, numbered lists.
    (
        "urgences",
        PHY,
        "Observations (1)\n- {{8h10}} arrivée\n- IOA : [[P:Marion]]\n- patient 1 : H, {{30 ans}}, entorse → {{filière courte}}\n- patient 2 : F, {{67 ans}}, chute, Mme [[P:Garnier]] → {{box 3}}\n- attente filière courte : {{2h}}",
    ),
    (
        "urgences",
        PHY,
        "Observations (2) — chiffres du cadre de santé :\n- {{42 000}} passages / an\n- {{22 %}} d'hospitalisation\n- {{15 %}} de patients sans médecin traitant\n- {{1 patient sur 3}} aurait pu être vu en ville (selon lui)",
    ),
    (
        "urgences",
        PHY,
        "Observations (3)\n- touriste espagnol, [[P:Javier Ruiz Ortega]]\n- carte européenne d'assurance maladie n° [[ID:80724000012345678901]]\n- tél espagnol [[TEL:+34 612 48 93 07]]\n- pas d'interprète, l'interne parle espagnol 👍\n- durée {{35 min}}",
    ),
    (
        "urgences",
        PHY,
        "Observations (4)\n- patiente amenée par les pompiers du {{SDIS 44}} depuis [[ADR:6 rue Crucy]]\n- identité inconnue à l'arrivée, retrouvée grâce au sac : [[P:Danielle Hamon]], [[DN:04.11.1948]]\n- {{45 min}} pour retrouver la famille",
    ),
    (
        "urgences",
        PHY,
        "Observations (5) — conclusion\n- urgences = filet de sécurité de tout le système\n- agents administratifs invisibles mais essentiels\n- à creuser pour mon mémoire : lien {{SAMU}} / médecine de ville / {{SAS}}\n- merci à [[P:Marion]] pour son temps",
    ),
    # Observer 24: insurance company CEO, switchboard.
    (
        "urgences",
        TEL,
        "Standard des urgences, {{13h30}}. Une fille appelle pour sa mère, Mme [[P:Vasseur]], arrivée ce matin. L'agente n'a pas le droit de donner des nouvelles médicales par téléphone ; elle confirme seulement la présence : « Oui, elle est bien dans le service. »",
    ),
    (
        "urgences",
        TEL,
        "Appel d'un médecin de {{SOS Médecins}} qui annonce un patient, M. [[P:Aubert]], {{75 ans}}, suspicion d'AVC. L'agente transmet immédiatement à l'IOA. {{45 secondes}}. Impressionnant.",
    ),
    (
        "urgences",
        TEL,
        "Un homme demande le temps d'attente « avant de venir ». Impossible à dire. Il insiste et laisse son numéro pour qu'on le rappelle quand ce sera calme, « vers {{16h}} » : [[TEL:06 50 31 28 84]]. L'agente rit jaune : « On ne rappelle jamais, Monsieur. »",
    ),
    (
        "urgences",
        TEL,
        "Volume : {{180 appels}} par jour sur ce poste. {{Un tiers}} de familles, un tiers de patients qui veulent un conseil, un tiers de professionnels. Aucun outil. Chez nous il y aurait un {{chatbot}} depuis {{2019}}.",
    ),
    (
        "urgences",
        TEL,
        "Une patiente, Mme [[P:Colin]], rappelle : elle est partie sans son ordonnance. Elle donne son numéro de dossier, [[ID:U24-0018723]], et son mail pour qu'on la lui envoie : [[MAIL:colin.agnes56@orange.fr]]. L'agente refuse le mail : courrier postal uniquement, {{48 h}} de délai.",
    ),
    (
        "urgences",
        TEL,
        "Appel de la gendarmerie : accident sur la {{N165}}, un blessé arrive, identité [[P:Yann Kervella]], véhicule [[IMMAT:FT-309-AB]] (pour ses affaires restées dedans). L'agente note tout sur un post-it. Le post-it reste collé sur l'écran toute l'après-midi.",
    ),
    # Observer 25: senator, switchboard, dialogue.
    (
        "urgences",
        TEL,
        "— Urgences, bonjour.\n— Oui c'est pour mon fils, il s'est coupé avec une {{mandoline}}, ça saigne beaucoup.\n— Appuyez fort avec un linge propre et appelez le {{15}}, Madame.\n— Le 15 ? Mais vous êtes l'hôpital !\n(L'agente m'explique : régulation obligatoire, c'est le {{SAS}}.)",
    ),
    (
        "urgences",
        TEL,
        "— Bonjour, je suis la voisine de M. [[P:Hamel]], on l'a emmené cette nuit, il a un chat tout seul chez lui, à {{Sainte-Luce}}...\n— Je ne peux pas vous renseigner, Madame.\n— Mais le chat ?\nL'agente finit par dire qu'elle transmettra à l'assistante sociale. Le chat, c'est un vrai sujet.",
    ),
    (
        "urgences",
        TEL,
        "— Allô, Dr [[P:Mercier]], médecin traitant de Mme [[P:Guérin]]. Je voudrais parler à l'interne.\n— Je vous le passe.\n{{Trois transferts}} plus tard, ça coupe. Il rappelle. Deuxième tentative.",
    ),
    (
        "urgences",
        TEL,
        "— Je m'appelle [[P:Lina Boukhari]], j'ai été vue hier, on m'a dit de rappeler pour les résultats.\n— Votre date de naissance ?\n— Le [[DN:3 mars 2000]].\n— C'est noté, le médecin vous rappelle avant {{18h}}.",
    ),
    (
        "urgences",
        TEL,
        "— Ici l'{{EHPAD Les Jardins d'Erdre}}, on vous envoie Mme [[P:Lebrun]], {{93 ans}}, chute, le dossier de liaison est dans l'enveloppe.\nL'agente soupire : c'est le troisième EHPAD depuis ce matin.",
    ),
    (
        "urgences",
        TEL,
        "Entre deux appels, l'agente, [[P:Priscilla]], me dit qu'elle est là depuis {{6h}}, finit à {{14h}}, puis enchaîne avec un autre poste dans une {{clinique}} voisine. Deux emplois. Je suis sénatrice et je n'en savais rien.",
    ),
    # Observer 26: police superintendent, hospital social worker and mobile geriatric team.
    (
        "urgences",
        CSP,
        "Je suis l'assistante sociale des urgences, [[P:Claudine]], dans sa tournée des box à {{10h}}. {{Box 7}} : un homme sans domicile, [[P:Dragan]], serbe, {{50 ans}}, ulcère infecté. Elle cherche une place en {{lits halte soins santé}}.",
    ),
    (
        "urgences",
        CSP,
        "{{Box 12}} : une femme battue, hématomes, refuse de porter plainte. Je suis policier et je me tais. [[P:Claudine]] lui donne le {{3919}} et le contact de l'{{UMJ}}. La femme ne donne qu'un prénom, « [[P:Sonia]] », probablement faux.",
    ),
    (
        "urgences",
        CSP,
        "Visite à domicile avec l'équipe mobile de gériatrie, après un passage aux urgences : M. [[P:Janvier]], {{86 ans}}, [[ADR:17 rue Paul-Fort, Saint-Sébastien-sur-Loire]]. Frigo vide, escalier dangereux. Portage de repas à mettre en place dès {{lundi}}.",
    ),
    (
        "urgences",
        CSP,
        "Devant l'immeuble, la voiture du fils garée en vrac, plaque [[IMMAT:CR-772-VH]]. Le fils, [[P:Thierry]], arrive, agacé d'être « convoqué ». Il habite à {{Paris}}. Il veut « une maison de retraite, vite ».",
    ),
    (
        "urgences",
        CSP,
        "Remarque de flic : la moitié des personnes âgées qu'on relève après une chute sont seules depuis des jours. L'équipe mobile fait ce que nous ne pouvons pas faire : revenir. {{3 visites}} par patient en moyenne.",
    ),
    (
        "urgences",
        CSP,
        "Retour aux urgences : [[P:Claudine]] a trouvé la place pour [[P:Dragan]], après {{2 heures}} au téléphone. Elle note dans le dossier la réf. SIAO [[ID:SI-2024-118406]].",
    ),
    # Observer 27: novelist, mobile PASS outreach and night round.
    (
        "urgences",
        CSP,
        "La {{PASS mobile}} s'arrête au bord d'un campement, sous le périphérique. L'infirmière, [[P:Agathe]], connaît chaque tente. Une femme, [[P:Florica]], lui tend un enfant brûlant de fièvre. Le jour tombe ; la {{Loire}} est grise comme du métal. [[P:Agathe]] pose la main sur le front du petit, sort le thermomètre : {{39,8}}. Elle parle lentement, avec les mains, avec les yeux. La mère répond dans une langue que je ne connais pas et qui ressemble à de l'italien chanté. Autour, des enfants courent entre les flaques, un homme répare un vélo sans chaîne, une radio joue quelque chose de très gai. On décide d'emmener l'enfant aux urgences pédiatriques. La mère monte dans la voiture avec un sac {{Lidl}} qui contient tous les papiers de la famille.",
    ),
    (
        "urgences",
        CSP,
        "L'enfant s'appelle [[P:Marian]], il a {{trois ans}}. Sa mère récite sa date de naissance comme une prière : « [[DN:douze, douze, deux mille vingt]] ». [[P:Agathe]] l'écrit au feutre sur son carnet.",
    ),
    (
        "urgences",
        CSP,
        "Une camionnette blanche immatriculée en Roumanie, [[IMMAT:CJ 47 RMF]], sert de maison à une famille de {{six}}. Le moteur tourne pour le chauffage. L'infirmière ouvre la portière et parle doucement, dans un roumain approximatif.",
    ),
    (
        "urgences",
        CSP,
        "Dans le coffre de la voiture de la PASS : des {{couvertures}}, des {{biberons}}, du {{paracétamol}} et un {{ours}} en peluche que personne ne réclame. J'ai pensé à un roman que je n'écrirai pas.",
    ),
    (
        "urgences",
        CSP,
        "Retour aux urgences à {{21h}}. Ronde avec la cadre de nuit. Dans le couloir, un vieil homme répète le prénom de sa femme, « [[P:Simone]], [[P:Simone]] ». Elle est morte en {{2011}}, dit le dossier.",
    ),
    (
        "urgences",
        CSP,
        "Dernière note. Le patient du {{box 2}}, [[P:Ahmed Belkacem]], sort à {{23h40}} sans personne pour venir le chercher. Le taxi conventionné est refusé. Il part à pied vers la {{gare}}. L'agent lui glisse {{deux tickets de tram}}.",
    ),
    # ==================================================================== CHRS
    # Observer 28: prefect for equal opportunities, day centre and admissions.
    (
        "chrs",
        PHY,
        "Accueil de jour du {{CHRS}} « {{L'Escale}} », {{8h}}. Une trentaine de personnes prennent un {{café}} et une {{douche}}. L'éducateur, [[P:Rachid]], connaît tout le monde. Admission du jour : M. [[P:Kowalski]], {{61 ans}}, ancien chauffeur routier, à la rue depuis la vente de son pavillon. L'admission se fait dans un bureau minuscule, porte ouverte faute de ventilation. M. [[P:Kowalski]] a gardé ses clés de camion dans sa poche, « au cas où ». Il parle de l'{{A11}}, de {{Rungis}} à {{4h du matin}}, des collègues qui ne savent pas où il est aujourd'hui. [[P:Rachid]] l'écoute sans regarder l'heure. L'entretien dure {{quarante minutes}} ; il en était prévu vingt.",
    ),
    (
        "chrs",
        PHY,
        "Entretien d'admission de M. [[P:Kowalski]]. Pièces fournies : CNI n° [[ID:880644100523]] (ancien modèle, périmée), attestation {{CPAM}}, dernier avis d'imposition. Orientation {{SIAO}} n° [[ID:44-HU-2024-05512]]. Durée de séjour prévue : {{6 mois}} renouvelables.",
    ),
    (
        "chrs",
        PHY,
        "Une jeune femme de {{20 ans}}, [[P:Jade]], sortie de l'{{ASE}} à sa majorité, sans solution depuis. Elle dort chez des « amis » qui n'en sont pas. [[P:Rachid]] pèse chaque mot. Je mesure, moi, l'échec collectif de nos dispositifs « jeunes majeurs ».",
    ),
    (
        "chrs",
        PHY,
        "Capacité : {{48 places}}, dont {{12}} en diffus. Taux d'occupation : {{100 %}} depuis {{2021}}. File d'attente SIAO départementale : plus de {{600 personnes}}. Ces chiffres, je les signe chaque mois. Je ne les avais jamais vus.",
    ),
    (
        "chrs",
        PHY,
        "Un résident, M. [[P:Touré]], montre fièrement sa fiche de paie : premier CDI, agent d'entretien chez {{Bouygues}}. Il cherche un logement : demande de logement social n° unique [[ID:044 12 23 45678]], déposée il y a {{22 mois}}. Il a créé une adresse pour les bailleurs : [[MAIL:toure.m44@outlook.fr]].",
    ),
    (
        "chrs",
        PHY,
        "Au bureau, un résident veut que son courrier de la {{Caf}} arrive au {{CHRS}}. Il dicte son n° alloc à l'éducateur : [[ALLOC:7712098]]. Il faut aussi prévenir son ex-femme, qui reçoit tout : Mme [[P:Carvalho]], [[ADR:3 rue des Chênes, 44240 La Chapelle-sur-Erdre]]. Et il veut que le {{RSA}} arrive sur son compte {{Nickel}} : [[IBAN:FR76 1659 8000 1400 0408 7351 249]].",
    ),
    (
        "chrs",
        PHY,
        "Repas de midi partagé. À ma table, [[P:Jean-Marc]], {{57 ans}}, ancien cadre bancaire, « tombé » après un divorce et l'alcool. Il cite {{Victor Hugo}}. Il me demande ce que fait un préfet délégué. Je réponds mal.",
    ),
    (
        "chrs",
        PHY,
        "Conclusion : le problème n'est pas l'entrée, c'est la sortie. Pas de logement accessible, pas de place en {{pension de famille}} avant {{2025}}. [[P:Rachid]] le dit sans colère. Action : relancer le {{PDALHPD}}.",
    ),
    # Observer 29: chef, in the kitchen and the dining room.
    (
        "chrs",
        PHY,
        "Je suis en cuisine avec [[P:Maryse]], la cuisinière du centre. {{80 couverts}} avec {{2 plaques}} et un four qui marche une fois sur deux. Elle fait des miracles avec les dons de la {{banque alimentaire}}.",
    ),
    (
        "chrs",
        PHY,
        "Menu du jour : {{blanquette}} de dinde, {{riz}}, {{yaourt}}. Coût matière : {{1,90 €}} par personne. Chez moi c'est {{6 €}} minimum.",
    ),
    (
        "chrs",
        PHY,
        "Un résident aide en cuisine, [[P:Abdou]], ancien commis à {{Dakar}}. Il a de vrais gestes. Je lui propose un stage, il me donne son numéro : [[TEL:07 44 18 02 69]]. On verra.",
    ),
    (
        "chrs",
        PHY,
        "[[P:Maryse]] me raconte que le dimanche, elle vient bénévolement. {{19 ans}} de maison. Elle connaît les allergies de chacun : « [[P:Ginette]] pas de gluten, le petit [[P:Nolan]] pas d'arachides ».",
    ),
    (
        "chrs",
        PHY,
        "Stock : {{40 kg}} de {{pâtes}}, zéro légume frais. Les {{clémentines}} de la {{banque alimentaire}} arrivent jeudi. Je vais appeler mon grossiste de {{Rungis}}.",
    ),
    (
        "chrs",
        PHY,
        "Une résidente demande s'il reste du gâteau : « C'est pour [[P:Lilou]], elle a {{6 ans}} demain, elle est née le [[DN:14 mai]] ! » [[P:Maryse]] sort un {{fraisier}} du frigo. Elle l'avait prévu.",
    ),
    (
        "chrs",
        PHY,
        "Service du soir, {{18h30}}. Dispute entre deux hommes pour une chaise. L'éducateur de permanence, [[P:Kévin]], s'interpose. Retour au calme en {{2 min}}.",
    ),
    (
        "chrs",
        PHY,
        "Je repars avec la recette du {{mafé}} d'[[P:Abdou]] et une grosse claque. Je reviens le {{20 décembre}} pour le repas de Noël avec ma brigade.",
    ),
    # Observer 30: HR director of a large company, 115 platform.
    (
        "chrs",
        TEL,
        "Plateforme du {{115}}, {{19h}}. {{4 écoutants}}. Premier appel : une femme avec deux enfants, à la {{gare}} de {{Nantes}}. L'écoutante, [[P:Sarah]], cherche : aucune place. Proposition : l'hôtel, pour {{1 nuit}} seulement.",
    ),
    (
        "chrs",
        TEL,
        "Un homme appelle tous les soirs : « C'est [[P:Fred]]. » [[P:Sarah]] le connaît. Pas de place. Il dit « ok, demain » et raccroche. {{30 secondes}}.",
    ),
    (
        "chrs",
        TEL,
        "Écran du logiciel {{SI-SIAO}} : « [[P:DOUMBIA Aïssata]] — né(e) le [[DN:01/01/1995]] — 2 enfants — n° demande [[ID:2318845]] — dernière demande {{J-1}} — réponse : {{NON POURVUE}} ».",
    ),
    (
        "chrs",
        TEL,
        "Statistiques du soir : {{87 appels}} décrochés sur {{312}} présentés, {{9}} mises à l'abri. Réponse négative dans {{89 %}} des cas. Dans mon entreprise, un service à ce niveau, on le ferme. Ici, on ne peut pas.",
    ),
    (
        "chrs",
        TEL,
        "La police municipale de {{Saint-Nazaire}} appelle : un homme dort devant la {{mairie}}, il fait {{-2 °C}}. Nom donné par les policiers : [[P:Rémi Lagarde]]. Une place se libère à {{22h10}}. Victoire minuscule.",
    ),
    (
        "chrs",
        TEL,
        "Une mineure isolée appelle d'un portable prêté. Numéro affiché : [[TEL:+33 7 81 56 20 94]]. [[P:Sarah]] bascule sur la procédure {{ASE}}. Je n'ai pas d'enfants mais j'ai pensé à ma nièce.",
    ),
    # Observer 31: national newspaper journalist, 115 platform, short sentences.
    (
        "chrs",
        TEL,
        "« {{115}}, j'écoute. » La phrase revient {{140 fois}} par soir. L'écoutant s'appelle [[P:Maxime]]. {{27 ans}}. Ex-animateur.",
    ),
    (
        "chrs",
        TEL,
        "Un homme appelle en pleurant. Il s'appelle [[P:Gaëtan]]. Expulsé ce matin du [[ADR:11 rue de la Ville-en-Pierre]]. Ses affaires sont sur le trottoir depuis {{7h}}. Le propriétaire a changé les serrures.",
    ),
    (
        "chrs",
        TEL,
        "Une dame demande si elle peut venir avec son chien. Pas dans la plupart des centres. Elle restera dehors avec lui. « Il s'appelle {{Câlin}} », précise-t-elle.",
    ),
    (
        "chrs",
        TEL,
        "{{23h15}}. Citation de [[P:Maxime]] : « On ne dit jamais non. On dit : pas ce soir. »",
    ),
    (
        "chrs",
        TEL,
        "La maraude de la {{Croix-Rouge}} signale un monsieur âgé, [[P:Lucien]], assis sur un banc {{place du Commerce}} depuis {{16h}}. Le bénévole laisse son portable pour le rappel : [[TEL:zéro six, quarante-trois, douze, quatre-vingt-dix-huit, zéro cinq]].",
    ),
    (
        "chrs",
        TEL,
        "Fin de service à {{minuit}}. [[P:Maxime]] n'a pas trouvé de place pour {{la moitié}} des appelants. Il rentre à vélo. Il ne lit pas les journaux, dit-il.",
    ),
    # Observer 32: district mayor, night outreach (maraude).
    (
        "chrs",
        CSP,
        "Maraude du {{Samu social}}, {{21h}}, départ du camion. Équipe : [[P:Léa]] (infirmière), [[P:Oscar]] (travailleur social), le chauffeur. Premier arrêt : sous les arcades de la {{place Royale}}.",
    ),
    (
        "chrs",
        CSP,
        "Un homme d'une quarantaine d'années, [[P:Christophe]], dort dans sa {{Kangoo}}, immatriculée [[IMMAT:8451 WZ 44]] (ancien format). Il travaille comme cariste en intérim ! Il ne veut pas de foyer. {{Soupe}} et {{couverture}}.",
    ),
    (
        "chrs",
        CSP,
        "Un couple de jeunes Polonais sous une tente près du {{canal Saint-Félix}}. Elle montre son passeport : [[ID:EP4417208]]. Téléphone polonais : [[TEL:+48 512 330 417]]. Pas d'interprète, [[P:Oscar]] se débrouille avec {{Google Traduction}}.",
    ),
    (
        "chrs",
        CSP,
        "Bilan de la maraude : {{23 contacts}}, {{17}} soupes, {{6}} couvertures, {{2}} orientations vers l'{{accueil de nuit}}. Il fait {{3 °C}}. Je suis maire depuis {{10 ans}} et je n'avais jamais fait ce trajet de nuit.",
    ),
    (
        "chrs",
        CSP,
        "Un jeune homme, [[P:Yanis]], {{21 ans}}, ne parle que de sa mère, qui habite [[ADR:45 bd des Anglais]] — « à {{500 mètres}}, mais elle veut plus me voir ». [[P:Léa]] note tout.",
    ),
    (
        "chrs",
        CSP,
        "Sur un carton, au pied d'un distributeur du {{Crédit Mutuel}} : un homme endormi qui ne se réveille pas. [[P:Léa]] appelle le {{15}}. {{12 minutes}} d'attente. Il s'en sort. Le prénom sur sa gourmette : [[P:Serge]].",
    ),
    # Observer 33: regional health agency director, CHRS flats and compliance visit.
    (
        "chrs",
        CSP,
        "Visite des logements en diffus du {{CHRS}} avec la cheffe de service, [[P:Anne-Sophie]]. T3 partagé par trois femmes. L'une d'elles, [[P:Mireille]], {{64 ans}}, a un diabète non suivi, sans médecin traitant. Le {{désert médical}} commence ici, en pleine ville.",
    ),
    (
        "chrs",
        CSP,
        "Dans la boîte aux lettres, un courrier de la {{CPAM}} adressé à Mme [[P:NDIAYE Fatou]], [[ADR:Appt 12, 7 rue Lamoricière, 44100 Nantes]], avec le NIR en clair dans la fenêtre de l'enveloppe : [[NIR:2 87 02 22 278 061 60]].",
    ),
    (
        "chrs",
        CSP,
        "Contrôle de conformité : extincteurs OK, détecteur de fumée absent dans la {{chambre 2}}. [[P:Anne-Sophie]] prend note. Mise en conformité sous {{1 mois}}.",
    ),
    (
        "chrs",
        CSP,
        "Second logement : un père seul, M. [[P:Keita]], et ses jumeaux [[P:Awa]] et [[P:Adama]], nés le [[DN:19/03/2016]]. Les enfants font leurs devoirs sur la table de la cuisine. Le père me parle de l'école {{Jean-Zay}}, où ils sont « les meilleurs en calcul ».",
    ),
    (
        "chrs",
        CSP,
        "Une voiture belge bloque l'accès pompiers devant l'immeuble : [[IMMAT:1-KLM-408]]. La cheffe de service la photographie pour le bailleur, {{Nantes Métropole Habitat}}. Personne ne sait à qui elle est.",
    ),
    (
        "chrs",
        CSP,
        "Bilan pour l'{{ARS}} : l'accès aux soins des personnes hébergées n'est pas un sujet médical, c'est un sujet de papiers et de rendez-vous. {{Une infirmière}} à mi-temps pour {{120 personnes}}. À financer.",
    ),
    # ========================================================== FRANCE TRAVAIL
    # Observer 34: industrial company CEO, agency appointments, short and practical.
    (
        "france_travail",
        PHY,
        "Agence {{France Travail}} {{Nantes Est}}, {{9h}}. Conseillère : [[P:Samia]]. Premier rdv : M. [[P:Guillaume Hubert]], {{49 ans}}, licencié éco, soudeur, {{25 ans}} d'expérience. Identifiant : [[FT:3318920B]]. Il cherche à {{30 km}} max. J'ai trois postes de soudeur ouverts. Je lui donne ma carte.",
    ),
    (
        "france_travail",
        PHY,
        "Rdv 2 : une jeune femme en reconversion, [[P:Élodie]], veut devenir développeuse web. {{CPF}} : {{2 400 €}}. Formation : {{5 800 €}}. [[P:Samia]] monte un complément {{AIF}}. En {{20 minutes}} c'est bouclé.",
    ),
    (
        "france_travail",
        PHY,
        "Ce qui me frappe : {{1 conseillère}} pour {{340}} demandeurs en portefeuille. Chez nous un manager a {{12}} personnes. On ne peut pas accompagner 340 personnes. On peut les gérer.",
    ),
    (
        "france_travail",
        PHY,
        "Rdv 3 : M. [[P:Morel]] (id [[FT:7740218N]]), {{58 ans}}, fin de droits {{ARE}} dans {{2 mois}}. Bascule vers l'{{ASS}}. Il demande : « Et après ? » Silence de [[P:Samia]].",
    ),
    (
        "france_travail",
        PHY,
        "Écran : « DE [[FT:0712345 M]] — [[P:LE CORRE YOANN]] — catégorie {{A}} — inscrit depuis le {{14/02/2022}} — ROME {{H2913}} soudage manuel ».",
    ),
    (
        "france_travail",
        PHY,
        "Je repars avec {{4 CV}}. Je mets ma DRH, [[P:Karine]], sur le coup dès lundi. Si on en embauche un seul, la matinée aura servi.",
    ),
    # Observer 35: regional councillor, reception area, full sentences.
    (
        "france_travail",
        PHY,
        "L'accueil est tenu par un agent polyvalent, [[P:Olivier]], qui oriente vers les bornes, les rendez-vous ou la {{zone de libre accès}}. Une femme ne parvient pas à se connecter ; il l'aide à retrouver son identifiant, [[FT:4521873K]], et à réinitialiser son mot de passe. {{Dix minutes}}.",
    ),
    (
        "france_travail",
        PHY,
        "Un homme arrive avec une lettre de radiation : il n'a pas répondu à une convocation envoyée sur une adresse qu'il n'utilise plus, [[MAIL:d.martins.1979@laposte.net]]. Il s'appelle [[P:David Martins]]. [[P:Olivier]] lui explique le recours. La {{Région}} finance des formations qu'il ne connaît pas. Le recours tient en une page mais doit partir dans les {{deux mois}}, et la lettre date de {{sept semaines}}. [[P:Olivier]] l'aide à le rédiger sur un poste de la zone de libre accès, puis lui fait créer une nouvelle adresse, qu'il lui note sur un post-it jaune. M. [[P:Martins]] me confie qu'il n'ose plus ouvrir ses mails depuis son licenciement : « Il n'y a que des mauvaises nouvelles dedans. » Nous sommes nombreux, je crois, à comprendre ce sentiment.",
    ),
    (
        "france_travail",
        PHY,
        "Une jeune femme, [[P:Khadija]], titulaire d'un {{BTS}} de comptabilité, cherche depuis {{un an}}. Elle me dit avoir envoyé {{200 CV}}. Son identifiant est noté au dos de sa carte de bus : [[FT:5087331D]]. Je ne sais pas quoi lui répondre en tant qu'élu.",
    ),
    (
        "france_travail",
        PHY,
        "Un monsieur âgé, M. [[P:Lhermitte]], vient pour sa retraite : ce n'est pas le bon guichet, c'est la {{Carsat}}. {{Trente secondes}} et un plan imprimé.",
    ),
    (
        "france_travail",
        PHY,
        "En fin de matinée, un chef d'entreprise local, M. [[P:Bertin]], dépose une offre pour la {{Menuiserie Bertin & Fils}} : {{2 CDI}}. Il repart avec une place au {{job dating}} du {{12}}.",
    ),
    # Observer 36: communications consultant, agency, emojis and hashtags.
    (
        "france_travail",
        PHY,
        "{{#VivezMaVieDUsager}} jour 1 🙌 agence {{FT}}, la conseillère [[P:Jessica]] est trop forte 💪 elle gère un monsieur qui parle que portugais avec des dessins 🎨",
    ),
    (
        "france_travail",
        PHY,
        "le jeune d'après a un compte insta de photo, [[ID:@tom.shoots.nantes]], {{4k}} abonnés 📸 il veut être photographe. [[P:Jessica]] lui parle de l'{{auto-entreprise}} et de l'{{ARCE}}",
    ),
    (
        "france_travail",
        PHY,
        "pause ☕ avec l'équipe. pas de {{Nespresso}}, une vieille {{Senseo}} 😅 mais une super ambiance 🫶",
    ),
    (
        "france_travail",
        PHY,
        "Dame {{52 ans}}, [[P:Valérie]], en pleurs 😭 son mari est parti, elle a jamais travaillé. [[P:Jessica]] lui dit « vous avez élevé {{4 enfants}}, vous savez gérer un budget, un planning, des crises ». JE VALIDE 👏👏",
    ),
    (
        "france_travail",
        PHY,
        "Récap story : {{12 rdv}}, {{3 formations}} validées, {{1 embauche}} chez {{Decathlon}} 🏃 et une conseillère qui mériterait {{1 million}} de followers. [[P:Jessica]] si tu lis ça ❤️",
    ),
    # Observer 37: town-hall chief executive, 3949 platform, procedural.
    (
        "france_travail",
        TEL,
        "Plateforme {{3949}}. L'agent, [[P:Bruno]], reçoit un demandeur dont l'allocation n'est pas tombée. Identifiant dicté : « [[FT:298 4713 R]] ». Retard dû à une attestation employeur manquante ({{Leclerc}} de {{Saint-Herblain}}).",
    ),
    (
        "france_travail",
        TEL,
        "Changement d'adresse : [[ADR:Bât. B, 22 rue Guy-Môquet, 44400 Rezé]]. Nouveau portable : [[TEL:06 81 07 34 52]]. Identifiant : [[FT:1174539F]]. [[P:Bruno]] met à jour en direct : {{3 minutes}}.",
    ),
    (
        "france_travail",
        TEL,
        "Chiffres du superviseur, M. [[P:Vidal]] : {{1 600 appels}} par jour pour la plateforme départementale, attente moyenne {{7 min}}. Le {{3949}} est gratuit depuis {{2019}}. Les gens ne le savent pas.",
    ),
    (
        "france_travail",
        TEL,
        "Un monsieur appelle pour sa femme qui ne parle pas français. [[P:Bruno]] refuse de traiter le dossier de Madame sans elle. Le monsieur passe le téléphone : « [[P:Rukhsana]] ». [[P:Bruno]] bascule en anglais. Ça passe, en {{9 minutes}}.",
    ),
    (
        "france_travail",
        TEL,
        "Un intérimaire signale une double déclaration de salaire. Il donne son IBAN pour vérifier le versement : [[IBAN:FR76 3000 3015 7000 0504 1978 393]]. L'agent confirme : {{1 047,22 €}} bien partis le {{28}}.",
    ),
    (
        "france_travail",
        TEL,
        "Une femme a trouvé un emploi et veut se désinscrire. Elle est ravie. {{2 minutes}}. [[P:Bruno]] : « Ça, c'est les meilleurs appels. »",
    ),
    # Observer 38: trade unionist, phone, angry, text-message style.
    (
        "france_travail",
        TEL,
        "encore un « {{controle de la recherche d'emploi}} » par tel. le gars, [[P:Cédric]], (id [[FT:3902 117 L]]) doit prouver ses candidatures. il en a {{12}} en {{3 mois}}. la conseillère dit « insuffisant ». et le bassin d'emploi il est ou ??",
    ),
    (
        "france_travail",
        TEL,
        "appel : une cadre, [[P:Nathalie Dumont]], ex-{{Orange}}, rupture conv. calcul {{ARE}} : {{2 890 €}} brut. différé {{150 jours}}. elle savait pas. « c'est une blague ? »",
    ),
    (
        "france_travail",
        TEL,
        "identifiant dicté chiffre par chiffre par un monsieur qui a du mal : « [[FT:cinq, deux, zéro, un, un, huit, huit, T comme Thérèse]] ». {{3 essais}}.",
    ),
    (
        "france_travail",
        TEL,
        "ce que je note : les conseillers c'est pas les ennemis. ils sont débordés pareil. le pb c'est les objectifs chiffrés, les {{35 %}} de contrôles imposés. je le dirai au {{CSE}} central.",
    ),
    (
        "france_travail",
        TEL,
        "appel en espagnol, un monsieur de {{Valence}}, [[P:Jorge]], tél [[TEL:+34 691 22 47 08]], il veut faire valoir ses périodes espagnoles (formulaire {{U1}}) et être payé sur son compte là-bas : [[IBAN:ES91 2100 0418 4502 0005 1332]]. la conseillère connait. respect",
    ),
    (
        "france_travail",
        TEL,
        "fin. la conseillère ([[P:Aurore]]) a enchainé {{38 appels}} sans pause. son casque lui fait mal à l'oreille gauche depuis {{2 ans}}. visite médecine du travail jamais faite.",
    ),
    # Observer 39: deputy director at the labour ministry, company visit, training audit, job fair.
    (
        "france_travail",
        CSP,
        "Déplacement avec la conseillère entreprise, [[P:Mélissa]], dans une PME de {{Carquefou}}, {{Ouest Tôlerie}}, {{45 salariés}}. Besoin : {{6 soudeurs}}. Le directeur, M. [[P:Leroux]], soupire : « Personne ne veut travailler. »",
    ),
    (
        "france_travail",
        CSP,
        "La conseillère présente trois profils sur sa tablette : [[P:Anthony]] ([[FT:2209417H]]), [[P:Mehdi]] ([[FT:6631078C]]), [[P:Sébastien]] ([[FT:0954412P]]). M. [[P:Leroux]] en retient deux pour une {{POEI}}.",
    ),
    (
        "france_travail",
        CSP,
        "Contrôle d'un organisme de formation financé par l'{{AIF}}, à {{Saint-Nazaire}}. Émargements suspects : même signature sur {{3 jours}} pour un stagiaire, M. [[P:Pasquier]]. Le gérant, M. [[P:Doucet]], est embarrassé.",
    ),
    (
        "france_travail",
        CSP,
        "Sur le parking, la conseillère relève la plaque du « véhicule école » déclaré dans le dossier : [[IMMAT:EP-390-GM]]. C'est la voiture personnelle du gérant, une {{Peugeot 3008}}.",
    ),
    (
        "france_travail",
        CSP,
        "Réflexion : les entreprises veulent des candidats « prêts à l'emploi », les demandeurs des postes « avec des horaires ». La conseillère est au milieu. {{Une demi-journée}} m'en apprend plus que {{trois notes}} de la {{DGEFP}}.",
    ),
    (
        "france_travail",
        CSP,
        "Forum emploi au {{gymnase}} du quartier {{Malakoff}}, {{18 stands}}. Un jeune, [[P:Ibrahima]], me montre son CV papier : « né le [[DN:05/09/2004]] – [[ADR:3 allée de Bourgogne, Nantes]] – [[MAIL:ibrahima.sow04@gmail.com]] ». Enfin une adresse mail sérieuse.",
    ),
    # Observer 40: high-school head, outreach bus in a housing estate.
    (
        "france_travail",
        CSP,
        "Le bus {{France Travail}} « {{aller vers}} » stationne au pied des tours de {{Bellevue}}. La conseillère, [[P:Inès]], et un animateur de la {{Mission locale}}. Un de mes anciens élèves passe ! [[P:Rayan]], {{20 ans}}, décrocheur en {{première}}. Il s'inscrit.",
    ),
    (
        "france_travail",
        CSP,
        "Inscription de [[P:Rayan]] sur la tablette : il ne connaît pas son numéro de sécu. Sa mère, au téléphone, le dicte : [[NIR:104063523811490]]. Il ne sait pas non plus son code postal. {{18 minutes}}.",
    ),
    (
        "france_travail",
        CSP,
        "Une mère de famille demande de l'aide pour son CV : {{10 ans}} d'{{aide à domicile}}, sans diplôme. [[P:Inès]] lui parle de la {{VAE}}. Elle s'appelle [[P:Fatoumata]] ; sa fille est dans mon lycée.",
    ),
    (
        "france_travail",
        CSP,
        "Le bus a {{2 ordinateurs}}, une imprimante, du {{café}} et des {{madeleines}}. {{17 personnes}} en {{3 heures}}. Aucune n'aurait poussé la porte de l'agence.",
    ),
    (
        "france_travail",
        CSP,
        "Un homme refuse de donner son identité, juste un surnom, « [[P:Tito]] ». Il veut savoir si on peut travailler avec un {{casier judiciaire}}. Oui, souvent. Il repart avec une brochure.",
    ),
    (
        "france_travail",
        CSP,
        "Dernière note : [[P:Inès]] me propose une intervention au lycée pour les {{terminales}} en {{mars}}. Son mail pro : [[MAIL:ines.b@francetravail.fr]]. Je lui envoie un message ce soir.",
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the inline marks; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        if m.group(1) is not None:
            code, value = m.group(1), m.group(2)
            if code not in CODES:
                raise ValueError(f"unknown code {code!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"span {value!r} has surrounding whitespace")
            entities.append({"start": pos, "end": pos + len(value), "label": CODES[code]})
        else:
            value = m.group(3)
            if value != value.strip():
                raise ValueError(f"keep {value!r} has surrounding whitespace")
            if value not in keep:
                keep.append(value)
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        if not keep:
            raise ValueError(f"note {number} has no keep string")
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
    """Seeded, stratified by (site_kind, channel), dealt alternately after a shuffle."""
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    rng = random.Random(SEED)
    dev, holdout = [], []
    for key in sorted(strata):
        members = list(strata[key])
        if len(members) % 2:
            sys.exit(f"stratum {key} has an odd size ({len(members)})")
        rng.shuffle(members)
        for index, note in enumerate(members):
            (dev if index % 2 == 0 else holdout).append(note)
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in notes]
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")


def main():
    notes = build()
    if len(notes) != 240:
        sys.exit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    counts = {
        name: Counter(e["label"] for n in part for e in n["entities"])
        for name, part in (("dev", dev), ("holdout", holdout))
    }
    missing = [
        (label, name) for label in CODES.values() for name in counts if not counts[name][label]
    ]
    if missing:
        sys.exit(f"labels missing from a half, nothing written: {missing}")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(dev)} dev + {len(holdout)} holdout notes written")
    print(f"{'label':<18} {'dev':>5} {'hold':>5} {'total':>6}")
    for label in sorted(CODES.values()):
        d, h = counts["dev"][label], counts["holdout"][label]
        print(f"{label:<18} {d:>5} {h:>5} {d + h:>6}")
    print("keep strings:", sum(len(n["keep"]) for n in notes))
    for name, part in (("dev", dev), ("holdout", holdout)):
        empty = [n["id"] for n in part if not n["entities"]]
        print(f"{name} notes without entity ({len(empty)}):", ", ".join(empty))


if __name__ == "__main__":
    main()
