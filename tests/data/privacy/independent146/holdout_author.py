"""Independent evaluation corpus n° 146: 240 hand-written observation notes (Lyon emphasis).

Each note is a ``(site_kind, channel, text)`` tuple with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. Running this module
strips the marks, computes the offsets (Python string indices, end exclusive), numbers the
notes ``ind146-001`` ... ``ind146-240`` in writing order, splits them into dev and holdout
and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file. Standard library only,
deterministic.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 146
PREFIX = "ind146"

NOTES = [
    # --- caf / accueil_physique ---
    (
        "caf",
        "accueil_physique",
        "{{9h10}} ouverture {{Caf}} de {{Vaulx-en-Velin}}, deja {{22}} personnes dehors. Borne ticket en panne, l'agent ([[PERSONNE:Sandrine]]) distribue des tickets papier a la main",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Benhamou]] vient pour sa {{prime d'activité}} suspendue. L'agent lit l'ecran a voix haute : \"num alloc [[N_ALLOCATAIRE:3889383]], derniere DTR pas reçue\". Elle dit qu'elle l'a envoyée par {{La Poste}} en mars. {{12 min}} au guichet.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune homme, [[PERSONNE:Kevin Da Silva]], {{19 ans}}, veut ouvrir droits {{APL}} pour un studio {{montée de la Grande-Côte}}. Adresse exacte donnée : [[ADRESSE:21 montée de la Grande-Côte, 69001 Lyon]]. Il n'a pas son bail, doit revenir. Agent [[PERSONNE:Mehdi]] tres patient",
    ),
    (
        "caf",
        "accueil_physique",
        "Attente moyenne affichée : {{45 minutes}}. Ecran d'accueil bloqué sur une pub pour {{caf.fr}} 😅",
    ),
    (
        "caf",
        "accueil_physique",
        "Couple venu de {{Vénissieux}} ({{Minguettes}}), M. et Mme [[PERSONNE:Yilmaz]]. Lui ne parle pas bien français, c'est leur fille [[PERSONNE:Elif]] ({{14 ans}}) qui traduit. Changement de RIB : nouveau compte [[IBAN:FR76 3000 2216 9369 5035 1630 017]]. L'agent dit que la fille n'aurait pas du rater le college pour ça... silence genant",
    ),
    (
        "caf",
        "accueil_physique",
        "Dossier RSA. Madame [[PERSONNE:Aïssatou Diallo]] née le [[DATE_NAISSANCE:14/09/1999]] au {{Sénégal}}, NIR [[NIR:2 99 09 99 341 005 36]]. Elle habite chez une cousine [[ADRESSE:Bât C, 4 allée du Levant, 69120 Vaulx-en-Velin]]. Agent [[PERSONNE:Corinne Maréchal]] lui explique la {{déclaration trimestrielle}}.",
    ),
    (
        "caf",
        "accueil_physique",
        'Le vigile ({{Securitas}}) connait tout le monde par son prénom. "Salut [[PERSONNE:Momo]]", "ça va Tata [[PERSONNE:Rosa]] ?". Ambiance de quartier.',
    ),
    (
        "caf",
        "accueil_physique",
        "tres frappé par le nb de gens qui viennent juste pour imprimer une attestation. {{3}} postes libre-service, {{1}} imprimante. File de {{8}} personnes devant l'imprimante a {{10h30}}",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Rachid Mansouri]] conteste un indu de {{1 240 €}}. Il montre un courrier, référence dossier [[N_ALLOCATAIRE:9103235]]. L'agent : \"c'est le contrôle de l'an dernier, avec Mme [[PERSONNE:Favre]]\". Il repart avec un formulaire de recours amiable",
    ),
    (
        "caf",
        "accueil_physique",
        "Bébé qui pleure depuis 20 min. La maman, [[PERSONNE:Laëtitia]], cherche sa carte vitale pour la {{PAJE}}... non c'est pas la bonne carte, c'est sa carte {{Auchan}} 😂 L'agent rigole avec elle.",
    ),
    (
        "caf",
        "accueil_physique",
        'RDV {{11h}} : Mme [[PERSONNE:Thi Lan Nguyen]], séparation récente. Nouvelle adresse [[ADRESSE:8 rue Paul Bert, 69003 Lyon]], tel [[TELEPHONE:06 47 12 83 90]]. Agent : "on va faire la demande d\'{{ASF}} en même temps". Elle pleure un peu.',
    ),
    (
        "caf",
        "accueil_physique",
        "Agent du jour [[PERSONNE:Jérôme Pradel]], 22 ans de maison. Il dit qu'avant, à {{Villeurbanne}}, ils recevaient sans rdv toute la journée, maintenant c'est le matin seulement",
    ),
    (
        "caf",
        "accueil_physique",
        "Question posée à l'accueil : « c'est ici pour la {{prime de Noël}} ? » réponse : non, elle est versée automatiquement le {{15 décembre}} si {{RSA}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Ionut Popescu]] (roumain) vient avec un voisin, [[PERSONNE:Gheorghe]], pour traduire. Num alloc [[N_ALLOCATAIRE:1303434]]. Il vit [[ADRESSE:17 avenue Gabriel Péri, Vaulx-en-Velin]] depuis {{2021}}. Demande d'AF pour ses {{3}} enfants nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2019]].",
    ),
    (
        "caf",
        "accueil_physique",
        'FIN DE MATINEE. {{64}} tickets. Agents épuisés. [[PERSONNE:Sandrine]] me dit : "et encore c\'est un mardi calme"',
    ),
    # --- caf / accueil_telephonique ---
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{3230}}. Premier appel {{8h32}} : une dame qui demande si son {{APL}} va baisser avec la réforme. Pas de nom donné, l'agent ne peut rien dire sans identification.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : Mr [[PERSONNE:Hakim Aït-Ouarab]], num alloc [[N_ALLOCATAIRE:2906069]], date de naissance [[DATE_NAISSANCE:3 juillet 1980]]. Il appelle de {{Bron}}. Veut savoir pq son virement est pas arrivé. L'agent voit un RIB rejeté.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'dame tres enervee, Mme [[PERSONNE:Chantal Vernay]], elle dit "[[PERSONNE:Vernay]] avec un Y" -> agent tape [[PERSONNE:V-E-R-N-A-Y]]. Num [[N_ALLOCATAIRE:6191933]]. Elle a appelé {{4 fois}} cette semaine.',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Temps d'attente avant décroché ce matin : {{18 minutes}} en moyenne selon le tableau mural. {{41}} appels en file à {{9h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un père, [[PERSONNE:Moussa Camara]], appelle pour la {{rentrée scolaire}} (ARS). Son fils [[PERSONNE:Ibrahim]] né le [[DATE_NAISSANCE:2 février 2011]]. Il donne son tel pour rappel : [[TELEPHONE:07 81 44 20 59]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Nathalie Gonnet]] prend un appel d'une allocataire de {{Givors}} qui a déménagé : \"j'habite maintenant au [[ADRESSE:3 montée des Roches, 69700 Givors]]\". [[PERSONNE:Nathalie]] lui dit de le faire en ligne. La dame n'a pas internet.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel en {{arabe}} : l'agent [[PERSONNE:Samira]] bascule direct, le monsieur est soulagé. Pas de numéro donné, c'est juste une question sur l'{{AAH}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Madame [[PERSONNE:Fatoumata Keïta]] donne son mail pour recevoir le formulaire : [[EMAIL:fatou.keita69@gmail.com]]. L'agent épelle : [[PERSONNE:F-A-T-O-U]] point [[PERSONNE:K-E-I-T-A]]. Formulaire {{Cerfa 11423}}. Alloc n° [[N_ALLOCATAIRE:4610873]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appel de {{Saint-Fons}}, monsieur [[PERSONNE:Lucas Berthier]] qui veut changer ses coordonnées bancaires par téléphone. Impossible : \"il faut passer par l'espace {{Mon compte}}\". Il lit quand même son iban [[IBAN:FR76 1027 8665 5124 3806 1066 808]] et l'agent l'arrête",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Les agents ont un script “Bonjour, {{Caf du Rhône}}” mais personne ne le dit mot pour mot.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel programmé par l'agent [[PERSONNE:Amandine]] : rappel à {{14h}}, numéro laissé par l'allocataire, elle note en toutes lettres [[TELEPHONE:zéro six, dix-sept, quarante-quatre, quatre-vingt-un, zéro deux]]. Nom : [[PERSONNE:Gomes]]",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Une grand-mère appelle pour sa petite fille [[PERSONNE:Zoé Pichon]], étudiante à {{Lyon 2}}, pour savoir si elle a droit aux {{APL}}. L\'agent refuse : "il faut que ce soit elle qui appelle".',
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{10h15}} pause café collective : {{6}} agents sur le plateau, {{2}} en arrêt maladie. Le chef d'équipe, [[PERSONNE:Olivier Besson]], dit que la {{CNAF}} leur demande de passer à {{80 %}} de décroché",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Allocataire M. [[PERSONNE:Emre Kaya]]... je corrige: [[PERSONNE:Kaya Emre]]? Il dit lui même "[[PERSONNE:KAYA Emre]]". Numéro alloc [[N_ALLOCATAIRE:3220665]], naissance [[DATE_NAISSANCE:12/11/1992]]. Il appelle depuis le {{tram T4}}, ça coupe 3 fois.',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel court, Mme [[PERSONNE:Perrine Vidal]] : \"ma prime d'activité a baissé de {{90 euros}}\" → c'est la revalorisation du {{SMIC}}, l'agent explique en {{2 min}}.",
    ),
    # --- caf / controle_sur_place ---
    (
        "caf",
        "controle_sur_place",
        "Départ {{13h30}} avec le contrôleur [[PERSONNE:Thierry Rochas]], voiture de service. 1er contrôle à {{Rillieux-la-Pape}}, [[ADRESSE:12 chemin de Vassieux, 69140 Rillieux-la-Pape]], {{5e étage}} sans ascenseur (en panne depuis {{3 semaines}} dit la gardienne).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle isolement. Mme [[PERSONNE:Samira Bouzid]], {{2 enfants}}. Le contrôleur regarde la salle de bain : une seule brosse à dents adulte. Il note \"pas d'indice de vie maritale\". Elle a l'air terrorisée tout du long.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture, [[PERSONNE:Thierry]] m'explique qu'il a {{80}} dossiers en stock, que les signalements viennent souvent de voisins. \"Les lettres anonymes, on en reçoit encore, oui\".",
    ),
    (
        "caf",
        "controle_sur_place",
        "Adresse : [[ADRESSE:Tour 7, 2 rue Salvador Allende, 69200 Vénissieux]]. Interphone HS, on attend qu'un jeune nous ouvre. Mr [[PERSONNE:Mbemba]] nous reçoit en survêtement {{OL}}, très poli. Plaque de sa voiture sur le parking relevée dans le dossier : [[IMMATRICULATION:FG-482-KT]]",
    ),
    (
        "caf",
        "controle_sur_place",
        'Contrôleur lit la fiche: "[[PERSONNE:Mbemba Patrice]], NIR [[NIR:1690999312041 62]], né en [[DATE_NAISSANCE:septembre 69]] à {{Kinshasa}}". Déclare vivre seul. Le contrôleur compte les chaussures à l\'entrée 👀',
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet de {{25 min}} entre deux contrôles à cause des bouchons sur le {{périph}}. Radio {{France Bleu}} dans la voiture.",
    ),
    (
        "caf",
        "controle_sur_place",
        'Mme [[PERSONNE:Djamila Saïdi]], [[ADRESSE:45 allée des Érables, 69500 Bron]]. Contrôle ressources : elle montre ses relevés, compte [[IBAN:FR76 2004 1284 1784 0800 5858 931]]. Virements réguliers d\'un "[[PERSONNE:K. Saïdi]]" = son frère dit-elle, {{150 €}}/mois.',
    ),
    (
        "caf",
        "controle_sur_place",
        "M. [[PERSONNE:Grégoire Lenoir]], [[ADRESSE:31 rue Francis de Pressensé, 69200 Vénissieux]] : absent au {{1er passage}}. Avis de passage glissé sous la porte. On repasse à {{16h}}: toujours personne.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Chez M. [[PERSONNE:Giuseppe Rinaldi]], {{78 ans}}, vit à [[ADRESSE:6 montée du Gourguillon, Lyon 5e]]. Il nous offre un café et des biscuits de la {{Pâtisserie Bouillet}}. Contrôle {{ASPA}}/APL. Il parle de sa femme [[PERSONNE:Maria]], décédée en {{2020}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "contrôleur [[PERSONNE:Rochas]] prend des photos du compteur {{EDF}}. Référence client sur la facture : [[IDENTIFIANT:6 004 187 239]] . Il dit que ça sert à prouver l'occupation.",
    ),
    (
        "caf",
        "controle_sur_place",
        '{{Mas du Taureau}}, allée très sombre, boîtes aux lettres arrachées. Le nom "[[PERSONNE:Haddad]]" écrit au marqueur sur la porte. Mme [[PERSONNE:Leïla Haddad]] ouvre avec son bébé dans les bras. Adresse déclarée [[ADRESSE:9 allée Henri Matisse, bât. D, 69120 Vaulx-en-Velin]].',
    ),
    (
        "caf",
        "controle_sur_place",
        'Question du contrôleur : "vous êtes née le [[DATE_NAISSANCE:20 avril]], c\'est ça ?" — Mme [[PERSONNE:Sophie Lamarque]] : "oui, [[DATE_NAISSANCE:2002]]". Elle vit depuis {{2023}} avec un colocataire, M. [[PERSONNE:Quentin Roux]], qui n\'est PAS son conjoint insiste-t-elle.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour au bureau {{17h10}}. Bilan : {{4}} contrôles prévus, {{2}} réalisés, {{1}} absent, {{1}} refus.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur vérifie la {{carte grise}} du véhicule garé devant : [[IMMATRICULATION:4521 TY 69]] (vieille plaque!) au nom de [[PERSONNE:Bernard Chapuis]], l'ex-mari. \"Il passe prendre les enfants le week-end, c'est tout\".",
    ),
    (
        "caf",
        "controle_sur_place",
        "Remarque perso : le contrôleur est bienveillant mais la scène reste intrusive (placard ouvert, frigo). Pas de nom ni d'adresse donnés dans le briefing que j'ai vu ({{Saint-Priest}}).",
    ),
    # --- cpam / accueil_physique ---
    (
        "cpam",
        "accueil_physique",
        "{{Cpam du Rhône}}, agence {{Villeurbanne}}. {{8h30}}, file de {{15}} personnes. Borne {{Ameli}} utilisée surtout par les jeunes. L'un d'eux, [[PERSONNE:Mathis]], lit son numéro tout haut en le tapant : [[NIR:1 02 03 69 091 056 04]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Karim Belkacem]] veut sa {{carte Vitale}}, perdue. NIR lu par l'agent : [[NIR:1 80 07 99 350 302 30]]. Né au {{Maroc}} en [[DATE_NAISSANCE:juillet 1980]]. Délai annoncé : {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame âgée, Mme [[PERSONNE:Marcelle Dumas]], vient pour un remboursement de lunettes. Sa mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:HM 0745 2218 9]]. L'agent ne comprend pas pourquoi la télétransmission ne marche pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agent [[PERSONNE:Fabienne Duperray]] m'explique la {{C2S}} : la moitié des demandes de la matinée. Elle fait {{3}} dossiers en {{1h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiante étrangère, [[PERSONNE:Andreea Stan]], inscrite à {{Lyon 1}}, pas de numéro de sécu provisoire. Titre de séjour n° [[IDENTIFIANT:6901234875]]. L'agent lui donne le lien {{étudiant étranger}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Beaucoup de questions sur le {{médecin traitant}} : \"y'en a plus à {{Vaulx}}\". L'agent confirme, aucun n'accepte de nouveaux patients.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Tran Van Minh]], nouvelle adresse : [[ADRESSE:102 cours Émile Zola, 69100 Villeurbanne]]. Il montre un courrier d'{{Ameli}} avec son NIR [[NIR:188049939700925]]... non attends, c'est le numéro de son fils? L'agent vérifie : c'est celui de [[PERSONNE:Saïd Ahamada]], son colocataire comorien, mauvais courrier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{A047}} appelé {{3 fois}}, personne. Ticket {{A048}} : M. [[PERSONNE:Florian Jacquet]] dépose son RIB pour les IJ, [[IBAN:FR76 1250 6917 3557 2334 9421 703]], {{2 minutes}} et c'est fini.",
    ),
    (
        "cpam",
        "accueil_physique",
        'Échange vu : "Votre IBAN pour les IJ ?" — "[[IBAN:FR76 1382 5163 7630 4944 9036 097]]". Assuré: M. [[PERSONNE:Dylan Berthet]], arrêt de travail après accident chez {{Renault Trucks}} ({{Vénissieux}})',
    ),
    (
        "cpam",
        "accueil_physique",
        "l'agente ([[PERSONNE:Christelle]]) a un post-it avec les numéros internes: {{poste 4112}}, {{poste 4130}}. Elle appelle le service {{AT/MP}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Nour El Houda Saber]], enceinte de {{6 mois}}, déclaration de grossesse pas enregistrée. Elle donne son mail : [[EMAIL:nourelhouda.saber@outlook.fr]]. Agent dit que ça arrive souvent avec les gynéco de {{Lyon Sud}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        'Un monsieur énervé, M. [[PERSONNE:Da Costa]], crie "JE VEUX PARLER AU DIRECTEUR". L\'agent de sécurité intervient calmement. {{5 min}} après il est reparti.',
    ),
    (
        "cpam",
        "accueil_physique",
        "Vu sur l'écran: \"[[PERSONNE:ÖZTÜRK Ayşe]] - née le [[DATE_NAISSANCE:1963-08-17]]\", NIR [[NIR:2 63 08 99 208 140 13]]. C'est sa femme que M. [[PERSONNE:Mehmet]] accompagne. Demande de {{CSS}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{11h45}} : le logiciel plante pour tout le monde, {{20 min}} d'arrêt. Les agents font patienter avec des formulaires papier {{S3705}}. Sur un formulaire qui traîne : NIR [[NIR:1 58 12 2A 004 031 31]], M. [[PERSONNE:Paul-Antoine Casanova]], né en [[DATE_NAISSANCE:décembre 58]] à {{Ajaccio}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        'Jeune homme de {{Bron}}, [[PERSONNE:Yanis]], veut savoir si son traitement de l\'{{acné}} est remboursé. Agent : "faut voir avec le {{pharmacien}}". Il repart en {{2 min}}.',
    ),
    # --- cpam / accueil_telephonique ---
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, site de {{Lyon Part-Dieu}}. Casque sur les oreilles, j'écoute en double. 1er appel: assurée qui demande un duplicata d'attestation, donne son NIR [[NIR:2 90 12 69 029 233 88]] et sa date de naissance [[DATE_NAISSANCE:11 décembre 1990]]. Mme [[PERSONNE:Gaëlle Le Bihan]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Le téléconseiller [[PERSONNE:Wassim]] a {{26 ans}}, ancien vendeur chez {{Free}}. Il dit que c\'est "pareil mais les gens sont plus malades" 😬',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un kiné qui demande où en est une facture. Pas de nom de patient donné, l'agent renvoie vers la ligne pros ({{Ameli pro}}).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "assuré M [[PERSONNE:Jean-Baptiste Moulin]] epelle son mail : [[EMAIL:jb.moulin [at] laposte.net]] (il dit \"arobase\" mais l'agent note [at] pour le courrier). Veut un formulaire de remboursement de soins à l'étranger ({{Croatie}} cet été).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Silence pendant {{40 secondes}} côté appelant, puis une voix d'enfant : \"maman elle est pas là\". L'agent raccroche gentiment.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rosa Martins]] appelle pour ses IJ, le virement va sur un ancien compte. Nouveau RIB dicté chiffre par chiffre : banque {{30004}}... l'agent note [[IBAN:FR76 3000 4559 2602 1338 2403 638]]. Il lui dit de l'envoyer aussi via la messagerie Ameli. NIR [[NIR:284109913906101]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une infirmière libérale de {{Rillieux}} signale un patient en difficulté, M. [[PERSONNE:Léon Chabert]], {{88 ans}}, seul à [[ADRESSE:4 allée des Lilas, 69140 Rillieux-la-Pape]]. Agent transfère au service social ({{PFIDASS}}).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Stats du jour sur l'écran du superviseur: {{1 245}} appels reçus, {{71 %}} décrochés, DMT {{6 min 30}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en anglais, un étudiant indien, [[PERSONNE:Arjun Mehta]], à l'{{INSA}}. L'agent se débrouille avec google trad. Numéro provisoire d'immatriculation donné : [[IDENTIFIANT:7 02 03 99 223 410]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Agent [[PERSONNE:Liliane Perret]] ("[[PERSONNE:Lili]]" pour les collègues) : {{30 ans}} à la {{sécu}}. Elle connaît les codes actes par cœur.',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "rappel d'un assuré qui avait laissé un msg: [[TELEPHONE:+33 6 52 18 07 73]], M. [[PERSONNE:Adrien Crozet]]. Question sur le {{100 %}} ALD. L'agent dit que c'est le médecin qui fait la demande.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Beaucoup d'appels sur la fin du {{remboursement}} des arrêts {{Covid}}, encore en {{2024}}? étonnant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'La dame au tel : "je suis née le [[DATE_NAISSANCE:premier février cinquante-quatre]] à {{Bourg}}" et donne son numéro de sécu [[NIR:2 54 02 01 053 120 11]]. Mme [[PERSONNE:Josiane Ferrand]]. Elle veut savoir pour les transports en {{VSL}} pour sa dialyse à {{Édouard-Herriot}}.',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un appel dure {{22 minutes}}: monsieur sourd, parle fort, l'agent répète tout. Il finit par dire \"merci ma fille\" à l'agent ([[PERSONNE:Kenza]]).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacie de {{Saint-Fons}} ({{Pharmacie de la Gare}}) pour un tiers payant refusé sur Mme [[PERSONNE:Bintou Traoré]]. Numéro adhérent mutuelle [[IDENTIFIANT:MTRL-558 214 07]]. L'agent ne peut rien dire à la pharmacie.",
    ),
    # --- cpam / controle_sur_place ---
    (
        "cpam",
        "controle_sur_place",
        "Accompagnement d'un agent de contrôle des arrêts de travail, M. [[PERSONNE:Stéphane Brunel]]. Sortie autorisée jusqu'à {{11h}}? Non : \"sorties interdites\" cochées. On sonne {{14h20}} chez l'assuré, [[ADRESSE:27 rue Marcel Cachin, 69200 Vénissieux]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Assuré absent. Le voisin dit \"[[PERSONNE:Jordan]] il est au kiné\". L'agent laisse un avis, l'assuré a {{48h}} pour se justifier.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide ménagère après hospitalisation ({{Lyon Sud}}). Mme [[PERSONNE:Hélène Viallon]], {{81 ans}}, [[ADRESSE:14 montée de la Boucle, 69004 Lyon]]. Elle montre sa carte mutuelle {{MGEN}}, n° [[IDENTIFIANT:168 024 510]]. Chat nommé {{Pompon}} sur les genoux.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Trajet en {{métro A}} puis {{bus C3}} : l'agent n'a pas de voiture de service aujourd'hui. {{50 min}} pour aller de {{Part-Dieu}} à {{Vaulx La Soie}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un infirmier libéral soupçonné de surfacturation. On va au cabinet, pas chez lui. L'agent ne me donne pas de noms, \"secret\". Je note juste : {{cabinet}} rue principale, {{Givors}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Chez M. [[PERSONNE:Cédric Rivoire]] : il est bien là, en pyjama, jambe plâtrée. Rien à signaler. L'agent vérifie son identité: {{CNI}} n° [[IDENTIFIANT:150369301245]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mme [[PERSONNE:Christelle Montagnon]], aide soignante en arrêt depuis {{6 mois}} (burn-out). Elle vit au [[ADRESSE:5 allée Pierre Loti, Bât B, 69190 Saint-Fons]]. Elle explique qu'elle travaillait à l'{{EHPAD Les Balcons de l'Yzeron}}. L'agent très humain.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture : plaque de service [[IMMATRICULATION:GH-307-ZB]]? non c'est la voiture perso de l'agent (une {{Peugeot 208}}), il me dit de pas la noter 🙃 (je la laisse, au cas où).",
    ),
    (
        "cpam",
        "controle_sur_place",
        "L'agent [[PERSONNE:Brunel]] me dit qu'il fait {{6 à 8}} visites par jour, {{30 %}} d'absents.",
    ),
    (
        "cpam",
        "controle_sur_place",
        'Pavillon à {{Bron}}, [[ADRESSE:33 rue des Essarts, 69500 Bron]]. Assurée Mme [[PERSONNE:Farida Meziane]], en arrêt pour dos. Son fils [[PERSONNE:Nassim]] ouvre. Devant, une voiture immatriculée [[IMMATRICULATION:ED 115 LK]]. L\'agent note "présente".',
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pluie battante, on attend {{15 min}} sous l'abri bus. L'agent parle de ses enfants, de l'{{OL}}, de {{Benzema}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "M. [[PERSONNE:Ousmane Cissé]], chauffeur {{TCL}} en arrêt. Adresse : [[ADRESSE:8 bis rue Jean Jaurès 69110 Sainte-Foy-lès-Lyon]]. Il montre son ordonnance du Dr [[PERSONNE:Lemaire]]. Tel noté pour le rappel : [[TELEPHONE:07.62.91.33.08]]",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle aide à domicile: Mme [[PERSONNE:Georgette Blanc]], {{92 ans}}, née en [[DATE_NAISSANCE:1932]]. Sa fille ([[PERSONNE:Annie]]) a tout préparé dans une pochette. NIR de la mère sur l'attestation : [[NIR:2 32 05 69 123 044 90]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sortie terminée {{16h}}. Je n'ai pas vu un seul agent utiliser de tablette, tout sur papier puis ressaisi au bureau.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dernière visite, {{Vaulx-en-Velin}}, {{Grande Île}} : M. [[PERSONNE:Hocine Ait Said]], en arrêt longue maladie, [[ADRESSE:Montée C, 11 rue Romain Rolland, 69120 Vaulx-en-Velin]]. Il sort une enveloppe avec tous ses papiers, dont son attestation : NIR [[NIR:1 95 02 69 286 019 94]]... l'agent lui dit que c'est celui de son frère [[PERSONNE:Samir]], né à {{Rillieux}} en [[DATE_NAISSANCE:février 95]]. Fou rire des deux.",
    ),
    # --- ccas / accueil_physique ---
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vaulx-en-Velin}}, hall {{Hôtel de Ville}}. Demande d'aide alimentaire : Mme [[PERSONNE:Yasmina Ouali]], {{3 enfants}}, colis {{Restos du Cœur}} pas suffisant. Agent [[PERSONNE:Agnès Tardy]] remplit la fiche.",
    ),
    (
        "ccas",
        "accueil_physique",
        'Domiciliation : M. [[PERSONNE:Ibrahima Ba]], sans domicile, demande une adresse postale. Il dort "vers le {{parc de la Tête d\'Or}}". Agent lui donne un rdv pour la semaine pro.',
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide facture énergie: Mme [[PERSONNE:Sabrina Lopez]], facture {{EDF}} n° [[IDENTIFIANT:10098 455 221]], {{620 €}} d'impayé. Habite [[ADRESSE:11 rue Édouard Vaillant, 69190 Saint-Fons]]. L'agent monte un dossier {{FSL}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente : {{12}} chaises, {{4}} personnes. Affiche “{{Plan grand froid}}” au mur et flyer pour le {{Secours populaire}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "un monsieur, [[PERSONNE:Georges Abou Khalil]], veut une aide pour ses obsèques ... de sa femme. L'agent ([[PERSONNE:Marion]]) baisse la voix. Aide {{décès}} possible, plafond {{800 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Chiffres donnés par le directeur M. [[PERSONNE:Pelletier]] ... non, je mets [[PERSONNE:Arnaud Pelletier]] : {{2 400}} domiciliations actives, {{+ 18 %}} en un an.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Marie-Claude Bonnard]], {{70 ans}}, retraitée de chez {{Rhodia}} à {{Saint-Fons}}. Veut la carte {{TCL}} tarif solidaire. Présente son avis d'impôt, sa date de naissance [[DATE_NAISSANCE:25.02.1954]] et son tel fixe [[TELEPHONE:04 78 70 22 61]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Question: \"vous êtes bien domicilié ici au CCAS ?\" Le CCAS est au {{1 place de la Nation}}, {{Vaulx}}, c'est aussi l'adresse de domiciliation de {{300}} personnes.",
    ),
    (
        "ccas",
        "accueil_physique",
        "jeune femme, [[PERSONNE:Kenza Amrani]], étudiante en BTS, demande une aide pour son permis. Elle a trouvé un employeur ({{Lidl}} {{Bron}}). Son mail: [[EMAIL:kenza.amrani.pro@yahoo.fr]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'accueil ferme à {{12h}} pile, un homme arrive à {{12h02}}, l'agent rouvre quand même. Bien vu.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Svetlana Ivanova]] (ukrainienne) avec sa voisine [[PERSONNE:Olga]] qui traduit. APS n° [[IDENTIFIANT:6903456712]]. Elles vivent toutes deux au [[ADRESSE:38 avenue Maurice Thorez, 69200 Vénissieux]], tour des {{Minguettes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{Noël}} solidaire du CCAS : distributions de jouets le {{18 décembre}}. Les agents préparent les listes, je vois des prénoms d'enfants partout sur le bureau (pas notés).",
    ),
    (
        "ccas",
        "accueil_physique",
        'M. [[PERSONNE:Thierry]], "le [[PERSONNE:Titi]]" comme il se présente, {{55 ans}}, SDF depuis {{2019}}. Il veut récupérer son courrier. L\'agent le tutoie, ils se connaissent depuis des années.',
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide au loyer : bailleur {{Est Métropole Habitat}}, référence locataire [[IDENTIFIANT:EMH-0045128]], Mme [[PERSONNE:Ouarda Khelifi]], [[ADRESSE:Montée E, 6 rue Gabriel Péri, 69120 Vaulx-en-Velin]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une mamie, Mme [[PERSONNE:Augustine Faure]], apporte des chocolats {{Voisin}} pour les agents. \"Vous m'avez sauvé l'hiver dernier\" 🥹",
    ),
    # --- ccas / accueil_telephonique ---
    (
        "ccas",
        "accueil_telephonique",
        "Standard CCAS de {{Villeurbanne}}. Appel : la fille d'une dame âgée, Mme [[PERSONNE:Perrin]], qui veut un portage de repas pour sa mère au [[ADRESSE:19 rue Anatole France, Villeurbanne]]. Tel de la fille: [[TELEPHONE:06 33 58 71 40]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour le plan canicule: l'agent inscrit M. [[PERSONNE:André Bellon]], {{84 ans}}, né le [[DATE_NAISSANCE:8 mars 1940]], vit seul au [[ADRESSE:3 place Jules Grandclément, 69100 Villeurbanne]]. Tel fixe [[TELEPHONE:04 72 37 10 85]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Beaucoup d'appels pour l'{{épicerie sociale}} : horaires, conditions. Réponse toute faite, {{1 min}} par appel.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agent [[PERSONNE:Nadège]] rappelle à {{11h20}} une dame qui avait laissé un message : [[TELEPHONE:zero sept, cinquante, quatre-vingt-dix-neuf, trente, douze]]. Répondeur. Elle laisse un msg.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un homme demande \"le CCAS c'est bien la mairie ?\" Oui et non... l'agent explique {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "appel d'une assistante sociale de la {{Maison de la Métropole}} pour une famille (famille [[PERSONNE:Ngoma]] ?) -> l'agent corrige, la famille c'est \"[[PERSONNE:N'Goma]]\" avec apostrophe. Num SIAO de la famille : [[IDENTIFIANT:SIAO-69-2024-08817]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Vincent Lacour]] appelle pour une aide au transport vers l'{{hôpital Lyon Sud}}. Il habite {{Givors}}, au [[ADRESSE:7 rue Roger Salengro]]. Agent oriente vers le {{TPMR}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame très âgée appelle pour dire que son chauffage marche pas. Pas le bon service, mais l'agent appelle le bailleur {{Alliade}} pour elle. Elle ne donne que son prénom : [[PERSONNE:Odette]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le téléphone sonne sans arrêt entre {{13h30}} et {{14h}}. 2 agents seulement.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mail dicté par l'usager : [[EMAIL:hamid.zerrouki@free.fr]]. M. [[PERSONNE:Hamid Zerrouki]] veut son attestation de domiciliation par mail pour {{France Travail}}. Son ID FT : [[ID_FRANCE_TRAVAIL:5642957S]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        'Une élue appelle pour un administré. L\'agent rigole après avoir raccroché : "{{tous les mois}} la même".',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de la {{gendarmerie}} de {{Givors}} au sujet d'un monsieur retrouvé désorienté, [[PERSONNE:Louis Garnier]], né en [[DATE_NAISSANCE:1946]]. Le CCAS le connaît, il est suivi. Adresse confirmée : [[ADRESSE:22 montée de Bans, 69700 Givors]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Agent [[PERSONNE:Nadège]] me dit que le pire c'est quand les gens appellent pour le {{115}} au CCAS. Elle donne le numéro {{115}} et celui de la {{Maison de la Veille Sociale}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Nguyen]] (autre que celle de la {{Caf}}) appelle pour l'aide cantine de ses jumeaux nés le [[DATE_NAISSANCE:30 octobre 2016]]. Son n° alloc pour le quotient : [[N_ALLOCATAIRE:3111378]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un bailleur ({{Lyon Métropole Habitat}}) : impayé, réf. locataire [[IDENTIFIANT:LMH 2281 4450]], pour Mme [[PERSONNE:Guylaine Joly]]. L'agent propose un rdv FSL.",
    ),
    # --- chrs / accueil_physique ---
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} géré par {{Alynea}}, {{Lyon 7e}}. Accueil de jour : {{café}}, douches, consigne. L'éducatrice [[PERSONNE:Anaïs Roche]] m'accueille.",
    ),
    (
        "chrs",
        "accueil_physique",
        'Arrivée d\'un nouveau résident orienté par le {{SIAO}} : M. [[PERSONNE:Wassim Cherif]], {{31 ans}}. Réf SIAO [[IDENTIFIANT:SI-2024-118342]]. Chambre {{14}}, 2e étage. Il pose son sac et dit juste "enfin".',
    ),
    (
        "chrs",
        "accueil_physique",
        'Distribution du courrier à {{10h}}. L\'éduc appelle les noms à voix haute : "[[PERSONNE:Camara]] ! [[PERSONNE:Lefebvre]] ! Madame [[PERSONNE:Oumarou]] !" Une dizaine de lettres, dont {{3}} de la {{Caf}}.',
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe {{14h}} : {{42}} places, {{39}} occupées, {{12}} en liste d'attente SIAO. Le chef de service ([[PERSONNE:Valentin Grange]]) parle des moyens en baisse.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Résidente [[PERSONNE:Marwa Jebali]], {{24 ans}}, avec son fils [[PERSONNE:Adam]] (2 ans). Elle prépare un dossier {{DALO}}. Pièce d'identité : passeport tunisien n° [[IDENTIFIANT:Z0457812]]. Née le [[DATE_NAISSANCE:19/05/2000]] à {{Sfax}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier CV : un résident montre son {{CV}} modèle, fait à partir d'un exemple au nom de [[PERSONNE:Jean Dupont]] - il a oublié d'enlever le nom en bas 😅",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le chien d'un résident ([[PERSONNE:Steeve]]), {{Tyson}}, un staff tout gentil. Les chiens sont acceptés ici, rare d'après l'éduc.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'accueil avec [[PERSONNE:Jonathan Ngoma]] : ressources {{RSA}}, n° allocataire [[N_ALLOCATAIRE:3578296]], inscrit {{FT}} identifiant [[ID_FRANCE_TRAVAIL:7400936D]]. Dernière adresse connue : [[ADRESSE:5 rue du Bourbonnais, 69009 Lyon]] (expulsé en {{juin}}).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas midi : {{hachis parmentier}}, {{28}} couverts. Les résidents mangent vite, en silence.",
    ),
    (
        "chrs",
        "accueil_physique",
        'Un résident, "[[PERSONNE:Le Grand]]" (surnom), me raconte la rue à {{Perrache}} pendant {{4 ans}}. Il connait tous les éducs par leur prénom : [[PERSONNE:Anaïs]], [[PERSONNE:Fred]], [[PERSONNE:Moussa]].',
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Elena Dragomir]], orientée par le {{115}}, arrive avec {{2}} valises. Titre de séjour : AGDREF [[IDENTIFIANT:6904012233]], l'éduc le recopie sur la fiche.",
    ),
    (
        "chrs",
        "accueil_physique",
        'Sur le tableau blanc de l\'équipe: "RDV {{CMP}} {{mardi}} – [[PERSONNE:S.K.]]", "audience {{JAF}} {{jeudi}} – Mme [[PERSONNE:D.]]". Initiales mais quand même.',
    ),
    (
        "chrs",
        "accueil_physique",
        "Visite du local à vélos, {{6}} vélos donnés par {{Emmaüs}}. Le cadenas de l'un est un {{Kryptonite}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Sofiane]], {{19 ans}}, sortant d'{{ASE}}, me montre fièrement son contrat d'apprentissage chez {{Boulangerie Chevalier}}. Son tél : [[TELEPHONE:06-91-24-07-58]]. L'éduc lui rappelle le rdv {{Mission Locale}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Fin de journée : personne ne part, ils ont nulle part où aller ; le {{CHRS}} devient un lieu de vie, pas de passage.",
    ),
    # --- chrs / accueil_telephonique ---
    (
        "chrs",
        "accueil_telephonique",
        "Plateforme {{115}} du Rhône, {{Maison de la Veille Sociale}}. {{21h}}. Écoutant [[PERSONNE:Patrice Mbemba]]... non, il s'appelle [[PERSONNE:Patrick Lombard]] (j'ai confondu avec le contrôle Caf). {{150}} appels non décrochés depuis {{18h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel : femme avec {{3}} enfants à la gare de {{Perrache}}. Elle donne son nom : [[PERSONNE:Aminata Sylla]]. L'écoutant cherche une place : rien. Orientation vers la halte de nuit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        'Un homme appelle pour la {{5e}} fois de la soirée. L\'écoutant le reconnaît : "bonsoir M. [[PERSONNE:Bouzid]]". Toujours pas de place.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un hôpital ({{Croix-Rousse}}) pour une sortie d'hospitalisation sans solution. Patient M. [[PERSONNE:Roger Pinel]], IPP [[IDENTIFIANT:P00718245]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        'Le tableau des places affiche "{{0}}" partout. Les écoutants ont des casques usés, scotchés.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un jeune appelle d'une cabine? non, d'un portable prêté : [[TELEPHONE:06 12 70 48 95]]. Il s'appelle [[PERSONNE:Dylan]], {{18 ans}}, mis dehors par sa mère à {{Rillieux}}. L'écoutant lui trouve une place à l'{{Hôtel Première Classe}} de {{Bron}}, chambre {{27}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme victime de violences : l'écoutante ([[PERSONNE:Manon]]) passe en mode protocole, pas de nom demandé au début. Puis [[PERSONNE:Leila]] (prénom seulement). Orientation {{VIF}}. {{23h10}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Famille [[PERSONNE:Krasniqi]] (kosovars), {{2}} adultes {{4}} enfants, hébergée à l'{{hôtel Ibis Budget}} de {{Vénissieux}}, chambres {{112}} et {{114}}. Appel pour renouveler la nuitée. Réf. dossier SIAO [[IDENTIFIANT:SIAO69-F-55120]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Pause des écoutants à {{22h}} : chips et {{Coca}}. Discussion sur le {{plan hivernal}} qui n'ouvre que le {{1er novembre}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une voisine : \"y a un monsieur qui dort dans le hall au [[ADRESSE:12 rue de la Convention, 69100 Villeurbanne]]\". L'écoutant envoie la maraude du {{Samu social}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        'Un monsieur donne sa date de naissance pour être retrouvé dans le logiciel {{ProGdis}} : "[[DATE_NAISSANCE:soixante-cinq]], le [[DATE_NAISSANCE:12 janvier]]". M. [[PERSONNE:Bernard Vial]]. NIR qu\'il récite de mémoire : [[NIR:1 65 01 69 383 215 91]].',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant, [[PERSONNE:Yohan]], dit qu'il a fait {{96}} appels ce soir. Il a {{35 ans}}, ancien éduc spé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un monsieur qui vit dans sa voiture, une Clio plaque [[IMMATRICULATION:BX-904-QR]], sur le parking de l'{{Auchan Porte des Alpes}}. M. [[PERSONNE:Frédéric Magnin]]. L'écoutant note le lieu pour la maraude.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une personne appelle en {{tigrinya}} : aucun interprète dispo. Appel perdu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[PERSONNE:Djeneba Koné]] rappelle pour la {{2e}} fois pour son fils [[PERSONNE:Abdoulaye]] né le [[DATE_NAISSANCE:6 juin 2006]]. Elle laisse son mail pour l'assistante sociale : [[EMAIL:djeneba.kone@hotmail.fr]].",
    ),
    # --- chrs / controle_sur_place ---
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement en diffus du CHRS, {{Vaulx-en-Velin}}, [[ADRESSE:2 allée Gagarine, 69120 Vaulx-en-Velin]]. Occupé par Mme [[PERSONNE:Bintou Traoré]] et ses enfants. Éduc [[PERSONNE:Fred]] vérifie l'état du logement (humidité).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Samu social}} avec [[PERSONNE:Anaïs]] et [[PERSONNE:Karim]]. {{Quai Perrache}} : {{11}} personnes sous tentes. On distribue {{soupe}}, {{couvertures}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        'Sous le pont, un homme, "[[PERSONNE:Papy]]", {{70 ans}} environ, refuse d\'aller au foyer. Il a son chien {{Rocky}}.',
    ),
    (
        "chrs",
        "controle_sur_place",
        "Camp sous le {{périphérique}} à {{Villeurbanne}} : familles roms. L'éduc connaît la famille [[PERSONNE:Stoica]], caravane emplacement sur l'[[ADRESSE:aire de la Feyssine, place 4]]. Enfants scolarisés à l'école {{Jules Ferry}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement en diffus à {{Bron}} : M. [[PERSONNE:Nabil Haddadi]], [[ADRESSE:15 rue Guynemer, bâtiment A, 69500 Bron]]. Il a repeint la chambre lui-même. Bail glissant prévu en {{mars}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "La camionnette de maraude : immat [[IMMATRICULATION:EF-221-NW]]? c'est celle de l'asso, je la note quand même. {{Thermos}} de café, {{20}} duvets.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{23h}}, {{place Bellecour}}. Jeune femme seule, [[PERSONNE:Chloé]], {{20 ans}}. Elle accepte d'appeler le {{115}} avec nous. Pas de place. On lui laisse un duvet.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel social ({{Hôtel Le Central}}, chambre {{8}}) : M. [[PERSONNE:Ahmed Benali]] y vit depuis {{11 mois}}. Chambre de {{9 m²}}, plaque électrique, pas de frigo.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Rencontre avec un monsieur {{polonais}}, [[PERSONNE:Tomasz Wiśniewski]], qui montre sa carte d'identité n° [[IDENTIFIANT:ZXB 123456]] pour prouver qu'il est européen. L'éduc prend une photo pour le dossier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Retour {{1h30}}. {{34}} personnes rencontrées. Aucune mise à l'abri.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Squat dans une maison à {{Saint-Fons}}, [[ADRESSE:48 rue Carnot, 69190 Saint-Fons]]. {{9}} personnes, dont une femme enceinte, [[PERSONNE:Gloria Mensah]]. Eau coupée.",
    ),
    (
        "chrs",
        "controle_sur_place",
        'L\'éducatrice [[PERSONNE:Anaïs]] : "ici on fait du lien, pas du contrôle" – ok mais le mot "{{contrôle sur place}}" est dans le planning.',
    ),
    (
        "chrs",
        "controle_sur_place",
        "Dans un appartement en diffus, {{Givors}}, {{Les Vernes}}. Mme [[PERSONNE:Nadia Rahmouni]] montre ses relevés: compte [[IBAN:FR76 1680 7400 6120 9098 0206 007]], pour payer sa participation. Tél : [[TELEPHONE:07 45 88 12 36]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Voiture garée devant le squat, plaque {{italienne}} [[IMMATRICULATION:FK 482 PM]]. Appartient à un des occupants, M. [[PERSONNE:Alessandro Greco]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Il pleut, on reste dans le camion {{10 min}}. Discussion sur les {{JO}} et la {{Coupe du monde de rugby}}.",
    ),
    # --- urgences / accueil_physique ---
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Édouard-Herriot}}, pavillon N. {{7h45}}. {{31}} patients en attente, dont {{9}} sur brancard dans le couloir. L'IOA ([[PERSONNE:Sébastien]]) trie à toute vitesse.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient : M. [[PERSONNE:Mamadou Sow]], douleur thoracique. Admission : NIR [[NIR:1 92 11 69 259 027 23]], né le [[DATE_NAISSANCE:4/11/92]], adresse [[ADRESSE:16 bd Laurent Gérin, 69200 Vénissieux]]. {{IPP}} créé : [[IDENTIFIANT:40 118 772]].",
    ),
    (
        "urgences",
        "accueil_physique",
        'Une mère arrive avec sa fille de {{4 ans}} qui a avalé une pièce de {{1 €}}. Passée en {{tri 3}}. Elle dit à la secrétaire : "elle s\'appelle [[PERSONNE:Inès]], [[PERSONNE:Inès Boukhris]]".',
    ),
    (
        "urgences",
        "accueil_physique",
        "L'écran d'attente affiche : \"Temps d'attente estimé : {{4h30}}\". Un homme rit jaune.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Secrétaire d'accueil [[PERSONNE:Elodie Carrel]] demande la {{carte vitale}}, la mutuelle. Patient [[PERSONNE:Jérémy Faure]], accident de scooter, plaque du scooter donnée aux policiers : [[IMMATRICULATION:AB-123-CD]]? non, il dit [[IMMATRICULATION:DN-618-HV]] (l'autre c'était un exemple du policier 😂).",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Lyon Sud}} ({{Pierre-Bénite}}). Urgences calmes à {{14h}}. {{6}} patients. Le médecin, Dr [[PERSONNE:Hoang]], vient boire un café à l'accueil.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame âgée arrive en {{ambulance}} de l'{{EHPAD Korian Les Tilleuls}}. La fiche de liaison : Mme [[PERSONNE:Simone Berger]], née le [[DATE_NAISSANCE:02/08/1931]], chambre {{12}}. Fille à prévenir : [[TELEPHONE:06 80 41 26 17]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bagarre en salle d'attente vers {{23h}}, la sécurité intervient. Pas de blessé. L'ambiance se tend puis retombe.",
    ),
    (
        "urgences",
        "accueil_physique",
        'Homme SDF, connu des urgences, "[[PERSONNE:Jojo]]". Il vient "pour dormir au chaud". L\'{{IOA}} le laisse s\'asseoir, lui donne un plateau repas.',
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Croix-Rousse}}, urgences. Patiente [[PERSONNE:Aurélie Perrin]], {{37 ans}}, migraine. Numéro de sécu lu à voix haute par la secrétaire, dans le hall, devant tout le monde !! [[NIR:2870369266412 77]]. Née en [[DATE_NAISSANCE:mars 87]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune de {{Rillieux}}, [[PERSONNE:Enzo Marchetti]], tombé du skate. Sa mère l'accompagne, elle donne l'adresse : [[ADRESSE:3 avenue de l'Europe, 69140 Rillieux-la-Pape]] et son mail [[EMAIL:s.marchetti69@orange.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Stat de l'infirmier cadre M. [[PERSONNE:Fontaine]]... en fait c'est [[PERSONNE:Fontanel]] : {{180}} passages/jour en moyenne, {{20 %}} de non urgents.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un touriste américain, Mr [[PERSONNE:Bradley Cooper]] (!! homonyme de l'acteur), entorse en descendant de {{Fourvière}}. Passeport n° [[IDENTIFIANT:548812093]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Attente moyenne ce soir : {{6h}}. Je vois une dame dormir sur deux chaises. Distributeur {{Selecta}} vide.",
    ),
    (
        "urgences",
        "accueil_physique",
        "La {{PASS}} de l'hôpital reçoit M. [[PERSONNE:Abdou Karim Ndiaye]], sans couverture, douleur dentaire. Il est hébergé chez un ami [[ADRESSE:montée Saint-Barthélemy n°40, Lyon 5]], quartier {{Saint-Paul}}. Pas de papiers, juste un récépissé : [[IDENTIFIANT:6905550128]].",
    ),
    # --- urgences / accueil_telephonique ---
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences {{HEH}} : une fille appelle pour avoir des nouvelles de son père, M. [[PERSONNE:Mohamed Larbi]], arrivé cette nuit. La secrétaire vérifie l'identité de l'appelante : date de naissance du père [[DATE_NAISSANCE:17 mai 1948]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        '"On ne donne pas d\'informations par téléphone" répété {{7 fois}} en une heure.',
    ),
    (
        "urgences",
        "accueil_telephonique",
        'Appel du {{SAMU}} ({{15}}) pour annoncer une arrivée : "homme {{45 ans}}, AVP sur le {{périph Nord}}". Nom pas encore connu.',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une femme appelle pour dire que son mari, [[PERSONNE:Lucien Perraud]], a oublié ses lunettes aux {{urgences}}. Elle laisse son tel [[TELEPHONE:04 78 53 19 92]] et son adresse pour les renvoyer : [[ADRESSE:10 rue Pasteur, 69007 Lyon]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de ville, Dr [[PERSONNE:Bensaïd]], appelle pour adresser une patiente, Mme [[PERSONNE:Zeynep Arslan]], {{IPP}} déjà connu : [[IDENTIFIANT:P00533107]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'assistante sociale des urgences ([[PERSONNE:Laure]]) appelle le {{115}} pour un patient qui sort : pas de place. Elle rappelle à {{16h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tel sonne en continu, la secrétaire a {{2}} lignes + le bip. Elle dit qu'elle a demandé un casque sans fil depuis {{2022}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un commissariat ({{Lyon 8e}}) : personne en garde à vue à examiner, M. [[PERSONNE:Kevin Morel]], né le [[DATE_NAISSANCE:1er mars 2002]]. L'interne va descendre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "appel : \"c'est pour ma mère [[PERSONNE:Fatima Belhadj]], elle est chez vous depuis {{ce matin}}, moi c'est [[PERSONNE:Sonia]], mon num c'est le [[TELEPHONE:06 24 55 90 18]]\" -> la secrétaire note pour le médecin.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        'Un patient, M. [[PERSONNE:Frédéric Aubert]], rappelle pour la 3e fois. L\'IOA de {{Lyon Sud}} me dit que les appels pour "est-ce que je dois venir ?" devraient aller au {{15}}, mais les gens appellent direct.',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la mutuelle d'un patient pour une prise en charge : {{Mutuelle de France Rhône}}, n° adhérent [[IDENTIFIANT:0099 457 812 A]], assuré M. [[PERSONNE:Alain Chazal]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un père angoissé, [[PERSONNE:Oumar]], appelle pour son bébé {{3 mois}} qui a de la fièvre. La secrétaire le bascule vers l'infirmière. Il est à {{Saint-Fons}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un hôpital de {{Bourgoin}} appelle pour un transfert : patient M. [[PERSONNE:Hervé Guillot]], dossier [[IDENTIFIANT:BJ-23-009184]]. Pas de lit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        'Fin de service {{19h}}. La secrétaire me dit "tu vois, ici on est aussi le {{115}}, la {{CAF}} et la police".',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La famille de Mme [[PERSONNE:Nicole Brossard]] rappelle pour la {{4e}} fois; l'interne [[PERSONNE:Théo]] finit par prendre l'appel lui-même.",
    ),
    # --- france_travail / accueil_physique ---
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Vaulx-en-Velin}} {{La Soie}}. {{8h30}}, {{14}} personnes dans la file. Conseiller d'accueil [[PERSONNE:Stéphane Lambert]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demandeur : M. [[PERSONNE:Yacine Boudjemaa]], identifiant {{FT}} [[ID_FRANCE_TRAVAIL:4595254L]], radié pour absence à un rdv. Il dit qu'il n'a jamais reçu la convocation. Le conseiller voit qu'elle a été envoyée sur une vieille adresse mail [[EMAIL:yacine.b69@hotmail.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Atelier CV collectif : {{8}} participants. La conseillère projette un CV fictif au nom de "[[PERSONNE:Marie Martin]]". Un participant demande si c\'est une vraie personne 😄',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Thi Hoa Pham]], {{52 ans}}, ancienne ouvrière chez {{Boiron}}, licenciée. Id [[ID_FRANCE_TRAVAIL:3826079 P]]. Elle veut une formation d'aide-soignante. Date de naissance lue à l'écran : [[DATE_NAISSANCE:22 juin 1972]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Bornes en libre service : {{5}}, dont {{2}} HS. Un jeune aide une dame âgée à s'actualiser. Solidarité sympa.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Jordan Bessenay]], jeune de {{Givors}}, veut passer le permis poids lourd. Adresse [[ADRESSE:14 rue Jean Ligonnet, 69700 Givors]]. Identifiant [[ID_FRANCE_TRAVAIL:4719541J]]. Conseillère : Mme [[PERSONNE:Chabanne]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame arrive avec une lettre de la {{Caf}} et pas de France Travail. Elle veut donner son nouveau RIB, [[IBAN:FR76 3000 3829 8431 8600 1419 901]], mais c'est à la Caf. Mauvais guichet, l'agent l'oriente. {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un auto-entrepreneur, M. [[PERSONNE:Lucas Ferreira]] (sans lien avec {{Garage Ferreira Automobiles}} précise-t-il), montre son SIRET perso : [[IDENTIFIANT:852 417 093 00018]]. Il cumule ARE et micro.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Salle d\'attente : un écran diffuse des offres. "Magasinier {{H/F}} – {{Corbas}} – {{CDI}}", "Agent de sécurité – {{Part-Dieu}}".',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Leïla Benkacem]], {{Rillieux-la-Pape}}, perd ses droits ARE. Nouveau RIB pour l'ASS: [[IBAN:FR76 1009 6964 6292 4626 6107 180]]. Identifiant FT : [[ID_FRANCE_TRAVAIL:3630603R]]. Numéro CAF aussi demandé : [[N_ALLOCATAIRE:9400686]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Un homme en costume attend son rdv : ancien cadre chez {{Sanofi}}, {{58 ans}}. Il me dit "je n\'aurais jamais cru venir ici".',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller [[PERSONNE:Ahmed]] parle en {{turc}}? non c'est en {{kabyle}} avec un usager, M. [[PERSONNE:Amar Ould-Ali]]. Ce dernier donne son tel : [[TELEPHONE:07 69 05 31 84]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune réfugié afghan, [[PERSONNE:Farid Ahmadi]], {{22 ans}}, titre de séjour n° [[IDENTIFIANT:6904778120]], cherche un {{CEJ}}. Orienté vers la {{Mission Locale}} de {{Vénissieux}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Pendant la pause, les conseillers parlent du {{RSA}} sous conditions (15h d'activité) : personne n'y croit vraiment.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Usager très en colère : "{{MACRON}} il a qu\'à venir ici !" — l\'agent répond juste "je comprends".',
    ),
    # --- france_travail / accueil_telephonique ---
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}. Appel : M. [[PERSONNE:Christophe Rivière]], identifiant [[ID_FRANCE_TRAVAIL:7371345W]], demande pourquoi son paiement est en attente. Le conseiller lui dit qu'il manque une attestation employeur de {{Carrefour}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère ([[PERSONNE:Julie]]) me montre l'écran : {{38}} appels en attente. Elle en prend un toutes les {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{10h40}}, appel d'une dame qui ne se souvient plus de son identifiant. Le conseiller lui demande nom, date de naissance : Mme [[PERSONNE:Véronique Dubreuil]], [[DATE_NAISSANCE:9 septembre 1970]]. Il retrouve : [[ID_FRANCE_TRAVAIL:3477525E]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un usager appelle pour savoir si l'{{actualisation}} est ouverte. Oui, depuis le {{28}}. {{30 secondes}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Kofi Mensah]] épelle son nom [[PERSONNE:M-E-N-S-A-H]] et donne son identifiant \"[[ID_FRANCE_TRAVAIL:neuf quatre huit quatre huit trois zéro E]]\", l'agent tape en {{10 secondes}} : [[ID_FRANCE_TRAVAIL:9484830E]]. Changement d'adresse : [[ADRESSE:7 allée des Cerisiers, 69800 Saint-Priest]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel en {{anglais}} d'une {{Nigériane}}, Mrs [[PERSONNE:Chioma Okafor]]. Le conseiller fait de son mieux. Elle donne son mail [[EMAIL:chioma.okafor@gmail.com]] pour recevoir la liste des pièces.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller [[PERSONNE:Romain]] me dit qu'il prend {{70}} appels par jour, que {{1 sur 3}} concerne l'actualisation.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur ({{Transports Perrier}}, {{Corbas}}) pour une offre de chauffeur. Offre n° {{178QZPX}}. Le conseiller le redirige vers l'espace recruteur.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sarah Lévy]], identifiant FT [[ID_FRANCE_TRAVAIL:1921609E]], née à {{Lyon}} en [[DATE_NAISSANCE:1985]]. Elle demande une aide à la garde d'enfants pour reprendre un emploi. Tel: [[TELEPHONE:06.18.37.92.04]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un appel de {{Givors}} en {{portugais}}, le conseiller comprend un peu. Monsieur [[PERSONNE:Manuel Teixeira]], IBAN donné pour l'ARE: [[IBAN:FR76 1131 5430 0108 9394 4156 440]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Pause : le conseiller fait des exercices de respiration. "{{Le matin}} on se fait engueuler, l\'aprem ça va mieux".',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Appel de [[PERSONNE:Mélanie]] (prénom seul), elle dit qu\'elle a "perdu son {{mot de passe}} et son identifiant", le conseiller lui envoie un lien sur son mail [[EMAIL:melanie.g.lyon@laposte.net]].',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un homme, [[PERSONNE:Ali Demir]], appelle pour dire qu'il a trouvé un CDI chez {{Decathlon}} {{Bron}}. Le conseiller le félicite chaleureusement 🙂. Identifiant [[ID_FRANCE_TRAVAIL:9657083R]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "3 appels de suite sur le {{contrat d'engagement}} RSA : les conseillers n'ont pas encore eu la formation.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rokia Diarra]] appelle de {{Vénissieux}} ({{Parilly}}). NIR donné pour l'identifier faute d'identifiant : [[NIR:278016919908708]]. Le conseiller trouve son dossier.",
    ),
    # --- ccas / controle_sur_place ---
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du CCAS de {{Vénissieux}}, [[PERSONNE:Hafsa Mokrani]]. Chez Mme [[PERSONNE:Odile Vasseur]], [[ADRESSE:Bâtiment 12, 1 avenue Jean Cagne, 69200 Vénissieux]], {{9e étage}}. Ascenseur en panne, elle ne sort plus depuis {{3 semaines}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation pour une aide facultative : M. [[PERSONNE:Emmanuel Okonkwo]] montre son avis d'imposition et son relevé, compte [[IBAN:FR76 1870 7581 5049 6937 5466 617]]. {{4}} enfants, {{1}} salaire.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez Mme [[PERSONNE:Kadiatou Barry]], [[ADRESSE:4 rue Ampère, 69190 Saint-Fons]]. Logement très humide, moisissures au plafond de la chambre des enfants. L'AS prend des photos pour le {{SCHS}} (service d'hygiène).",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Rillieux}}, quartier {{Les Alagniers}}. Mme [[PERSONNE:Lucia Gomes]], {{67 ans}}, veuve. Adresse [[ADRESSE:5 allée des Tulipes, Rillieux-la-Pape]]. Dossier d'aide au chauffage. Sur le frigo, un magnet {{Benfica}} et des photos des petits-enfants.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "L'AS [[PERSONNE:Hafsa]] me dit qu'elle fait {{3}} visites par semaine max, \"le reste c'est de la paperasse\".",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un monsieur signalé par les voisins (syndrome de {{Diogène}}). M. [[PERSONNE:Gérard Pontet]], [[ADRESSE:21 rue Francis de Pressensé, 69100 Villeurbanne]]. Impossible d'ouvrir la porte complètement. Il nous parle par l'entrebâillement.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans la voiture de service du CCAS ({{Kangoo}} blanche). Trajet {{Villeurbanne}} → {{Cusset}}, {{10 min}}. Musique : {{Nostalgie}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Mme [[PERSONNE:Ginette Roux]], née le [[DATE_NAISSANCE:14 février 1938]], vit avec son fils [[PERSONNE:Patrick]], {{60 ans}}, handicapé. Demande de portage de repas. Le fils donne son numéro MDPH : [[IDENTIFIANT:MDPH 069-2019-4471]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'une famille hébergée à l'{{hôtel Formule 1}} de {{Saint-Priest}}, chambre {{203}}. {{5}} personnes dans {{12 m²}}. Pas de noms notés, l'AS préfère.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Contrôle de domiciliation : M. [[PERSONNE:Dimitri Volkov]] dit habiter chez un ami [[ADRESSE:8 montée Castellane, 69004 Lyon]] mais reçoit son courrier au {{CCAS}}. L'AS vérifie. Son tel : [[TELEPHONE:07 52 63 18 44]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez Mme [[PERSONNE:Nadia Zitouni]], {{Bron}} {{Terraillon}}, [[ADRESSE:Allée 3, tour 4, 9 rue Guillaume Apollinaire, 69500 Bron]]. Elle montre son n° allocataire pour le quotient : [[N_ALLOCATAIRE:9367221]]. Et sa voiture, immat [[IMMATRICULATION:GK-701-XA]], qu'elle voudrait vendre pour payer les dettes.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{17h}}. Fin des visites. L'AS ([[PERSONNE:Hafsa]]) rédige son compte-rendu dans la voiture, sur ses genoux.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "M. et Mme [[PERSONNE:Bensalem]], {{Saint-Fons}}, [[ADRESSE:12 rue Gambetta 69190 Saint-Fons]]. Monsieur né le [[DATE_NAISSANCE:3/07/1951]], madame en [[DATE_NAISSANCE:1956]]. Ils demandent une téléassistance. Mail de leur fille : [[EMAIL:l.bensalem@sfr.fr]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un jeune couple, [[PERSONNE:Maxime]] et [[PERSONNE:Inaya]], bébé de {{2 mois}}. Logement {{Grand Lyon Habitat}}, réf locataire [[IDENTIFIANT:GLH-77120-04]]. Ils n'ont pas de lit pour le bébé, l'AS fait un bon pour la {{Croix-Rouge}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        'Rencontre d\'une voisine qui demande à l\'AS "vous êtes de la {{mairie}} ?" — "du {{CCAS}}" — "c\'est pareil".',
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build_notes():
    notes = []
    for i, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(cells):
    """cells: {(site_kind, channel): [ids]} -> (dev ids, holdout ids); ids and cells only."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        if len(ids) % 2:
            leftovers.append(ids.pop())
        half = len(ids) // 2
        dev += ids[:half]
        holdout += ids[half:]
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev_ids, holdout_ids = split(cells)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
