"""Independent evaluation corpus ind140: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``build`` strips the
marks, computes the offsets (Python string indices, end exclusive), numbers the notes
``ind140-001`` ... ``ind140-240`` in writing order, draws the dev / holdout split and writes
``dev.jsonl`` and ``holdout.jsonl`` next to this file. Running it twice gives identical files.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind140"
SEED = 140

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

NOTES = []

# --- caf, accueil physique -------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "{{9h02}} deja {{14 personnes}} devant la porte de la {{Caf}} de {{Dijon}}. Ticket {{A047}}. L'agente ([[PERSONNE:Sylvie]]) me dit que le lundi c'est toujours comme ça, « les gens ont ruminé tout le week-end »",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Benaïssa]] veut recevoir ses attestations par mail. Elle dicte : « [[EMAIL:karima point benaissa deux mille un arobase hotmail point fr]] ». L'agent tape [[EMAIL:karima.benaissa2001@hotmail.fr]], lui tourne l'écran. Elle dit que c'est son fils qui a créé l'adresse, elle s'en sert jamais.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne en panne depuis vendredi. Un monsieur ~{{70 ans}} essaie de scanner sa quittance sur la borne d'à côté, n'y arrive pas, personne ne vient. Au bout de {{6 min}} il repart. Je n'ai rien dit. 😔",
    ),
    (
        "caf",
        "accueil_physique",
        "Dossier montré sur l'écran : « N°ALLOC[[N_ALLOCATAIRE:2184536]] – [[PERSONNE:YILDIZ Ayşe]] – {{QF 612}} ». Elle vient pour la {{prime d'activité}} qui a baissé de {{87 €}}, pas compris pourquoi. L'agent [[PERSONNE:Thomas]] explique les ressources trimestrielles, elle hoche la tête mais je vois bien qu'elle ne suit pas.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Traoré]] donne son numéro pour être rappelé : « [[TELEPHONE:07 53]]… attendez… [[TELEPHONE:07 58 41 90 26]] ». L'agente relit : « [[TELEPHONE:zéro sept, cinquante-huit, quarante et un, quatre-vingt-dix, vingt-six]] ». Il dit oui oui. Il a changé de puce {{la semaine dernière}}, l'ancien numéro était encore dans le dossier.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame de {{Belfort}} dont la fille vit à {{Liège}} : elle veut que la {{Caf}} appelle sa fille si jamais. Numéro belge noté sur un post-it jaune : [[TELEPHONE:+32 470 28 61 93]]. L'agent dit qu'on ne peut pas appeler l'étranger depuis le poste 😅. Fille = [[PERSONNE:Maëlle]], dame = Mme [[PERSONNE:Vuillemin]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de RIB. Mr [[PERSONNE:Teixeira]] lit son nouvel IBAN à voix haute, groupe par groupe, l'agente répète chaque groupe : [[IBAN:FR76 1250 6339 1230 6946 8421 397]]. Au groupe [[IBAN:6946]] elle avait tapé [[IBAN:6496]], il l'a vu sur l'écran avant elle. Il bosse chez {{Peugeot}} à {{Sochaux}}, en intérim depuis {{2 ans}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Question de l'observatrice (moi) : pourquoi pas de chaises près de la borne ? Réponse du responsable : « vol ». Des chaises volées. A la {{Caf}}. Je note.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme, {{19 ans}}, enceinte de {{5 mois}}, vient de {{Chenôve}} en bus. Elle n'a jamais eu de dossier. L'agent [[PERSONNE:Karim]] lui crée son compte en ligne avec elle : adresse mail [[EMAIL:lilou.dsc71@gmail.com]], mdp qu'elle choisit à voix haute (!!). Naissance : [[DATE_NAISSANCE:14/02/2006]] 💝 elle rigole « le jour des amoureux ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement d'adresse :\nancienne : [[ADRESSE:12 rue d'Auxonne, 21000 Dijon]]\nnouvelle : [[ADRESSE:6 allée de Bourgogne, 21300 Chenôve]]\nnum alloc sur le courrier qu'elle tend : [[N_ALLOCATAIRE:0934\n127]] (coupé en deux par le pli de la feuille lol)\nL'agente ne demande même pas de justificatif de domicile.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Öztürk]] vient avec son fils [[PERSONNE:Emre]] ({{15-16 ans}} ?) qui traduit tout. Le fils tient le portable du père, lit le code reçu par SMS. L'agent demande le numéro : le fils donne « [[TELEPHONE:06, 61, 04, 87, 32]] » puis « non ça c'est le mien » et donne celui du père, [[TELEPHONE:06 27 93 15 08]]. Personne ne relève que le gamin rate l'école un mardi à {{10h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche au mur : « {{Caf}} de la {{Côte-d'Or}} – fermeture exceptionnelle le {{18 avril}} ». Trois personnes en {{20 min}} demandent si c'est ouvert le 18. Ça l'est pas.",
    ),
    (
        "caf",
        "accueil_physique",
        "Nom épelé pour l'agent : « [[PERSONNE:D-I-A-R-R-A]], deux R », prénom [[PERSONNE:Ousmane]]. Il a une lettre de la {{Caf}} qui lui réclame {{1 243,60 €}} de trop-perçu {{RSA}}. Il dit « je les ai pas, madame ». L'agente propose un plan de remboursement à {{50 €}}/mois. Il signe sans lire.",
    ),
    (
        "caf",
        "accueil_physique",
        "Déclaration de naissance : bébé [[PERSONNE:Inaya]] née le [[DATE_NAISSANCE:2 mars]] à la maternité du {{CHU}} de {{Besançon}}. La maman, Mme [[PERSONNE:Haddouche]], vient avec l'acte. Les 2 grands ({{7 et 9 ans}}) courent partout, l'agent [[PERSONNE:Fabrice]] leur donne des feuilles et des feutres.",
    ),
    (
        "caf",
        "accueil_physique",
        "Sur le formulaire papier (stylo bleu, lettres capitales) : MAIL : [[EMAIL:JEROME.CHAPUIS25 (AT) ORANGE.FR]]. L'agente hésite : « c'est un O ou un zéro après [[PERSONNE:CHAPUIS]] ? » Réponse : ni l'un ni l'autre, c'est le numéro du {{Doubs}}. Le monsieur = [[PERSONNE:Jérôme Chapuis]], vit à {{Ornans}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h40}}. Mr [[PERSONNE:Popescu]] revient pour la 3e fois cette semaine. On lui a dit de rapporter le jugement de divorce traduit. Il a la traduction roumaine mais pas française. Son tél roumain : [[TELEPHONE:+40 723 514 806]], le français est coupé faute de paiement. Par contre il a enfin un compte ici, RIB [[IBAN:FR76 1333 5692 5036 2231 7833 155]]. Il parle très bien, il dit « vous me faites tourner comme une toupie ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Observation générale, matinée : {{41 tickets}} pris entre {{8h30}} et {{12h}}. Attente moyenne annoncée à l'écran : {{25 min}}. Réalité pour ceux que j'ai chronométrés : {{40 à 55 min}}. 3 agents au guichet, 1 en pause de {{10h15}} à {{10h30}}. Motifs les plus fréquents (feuille bâtons de l'agente d'accueil) : {{APL}} x9, {{RSA}} x8, {{prime d'activité}} x7, attestations x6, « autre » x11. Le « autre » c'est souvent : je comprends pas le courrier.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente me donne son mail pro pour que je lui envoie mon compte rendu : [[EMAIL:c.rigaud@caf21.fr]] ([[PERSONNE:Coralie Rigaud]], 12 ans de guichet). La responsable d'accueil, Mme [[PERSONNE:Nkoulou]], passe dire bonjour et repart aussitôt, téléphone à l'oreille.",
    ),
    (
        "caf",
        "accueil_physique",
        "Monsieur âgé ({{74 ans}}) veut faire suivre les courriers quand il part {{3 mois}} au {{Maroc}} voir sa famille à {{Oujda}}. Donne le numéro de son neveu là-bas : [[TELEPHONE:00 212 6 61 47 23 08]]. L'agent explique que l'{{ASPA}} c'est pas la {{Caf}}, c'est la {{Carsat}}, mais que pour l'{{APL}} il faut déclarer l'absence. Mr [[PERSONNE:Lamrani]] sort son carnet, écrit tout.",
    ),
    (
        "caf",
        "accueil_physique",
        "Capture d'écran qu'elle montre sur son tel : « Bonjour Mme [[PERSONNE:KONE Aminata]], votre numéro d'allocataire[[N_ALLOCATAIRE:3301458]]est à rappeler dans tous vos échanges ». Elle me dit qu'elle le connaît par cœur : « [[N_ALLOCATAIRE:trente-trois, zéro un, quatre cent cinquante-huit]] ».",
    ),
]

# --- caf, accueil téléphonique ---------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_telephonique",
        "Plateau tel {{Caf}} {{Saône-et-Loire}}, double casque. 1er appel {{8h31}}. Monsieur très énervé, ne donne pas son nom, raccroche au bout de {{40 s}}. L'agente : « ça c'est un classique ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : Mme [[PERSONNE:Carvalho]] de {{Chalon}} appelle pour l'{{ALF}}. Elle donne son numéro d'alloc en deux fois parce que le bébé pleure : « [[N_ALLOCATAIRE:571]]… attendez… [[N_ALLOCATAIRE:8824]] ». L'agent le retape d'un bloc : [[N_ALLOCATAIRE:5718824]]. Vérif identité : date de naissance « [[DATE_NAISSANCE:douze juin quatre-vingt-sept]] ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le monsieur veut un accusé par mail, il épelle : « [[EMAIL:m, a, t, h, i, e, u, point, v, i, d, a, l, six, trois, arobase, free, point, f, r]] ». L'agente : « tout attaché ? » — « oui tout attaché ». [[PERSONNE:Mathieu Vidal]], {{Issoire}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Entre deux appels l'agente me montre le script : « Bienvenue à la {{Caf}}, je suis X, à qui ai-je l'honneur ». Elle dit qu'elle ne donne jamais son vrai prénom au téléphone. Depuis une menace en {{2022}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "C'est la mère qui appelle du {{Maroc}} pour son fils étudiant à {{Vichy}}. Numéro affiché : [[TELEPHONE:+212 5 36 68 12 44]]. Elle parle arabe et un peu français, l'agente ([[PERSONNE:Nora]]) bascule en darija. Dossier du fils : [[PERSONNE:Yassine El Amrani]], num alloc [[N_ALLOCATAIRE:6120937]]. L'agente ne peut rien dire à la mère, elle explique très gentiment pourquoi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rakotomalala]] (alloc [[N_ALLOCATAIRE:4093318]]) appelle : son versement est parti sur l'ancien compte. L'agente voit « IBAN se terminant par [[IBAN:0814 764]] », la dame dit qu'il est fermé depuis mars. Le nouveau, elle le lit trop vite, l'agente demande « par paquets de quatre » : [[IBAN:FR76 1027 8656 7033 8948 3220 304]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel 3 : grand-père qui appelle pour sa petite-fille étudiante à {{Clermont}}. Ne connaît ni son num alloc ni son mail. Refus poli (secret). Il dit « mais c'est moi qui paie son loyer ! ». Petite-fille = [[PERSONNE:Clémence]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Mon numéro c'est le [[TELEPHONE:06 84 22 17 59]]… non pardon, [[TELEPHONE:06 84 22 17 57]] ». L'agente efface, retape. Mr [[PERSONNE:Guyot]] ({{Auxerre}}) demande qu'on le rappelle « pas avant {{10h}}, je suis de nuit ». Sur l'écran son NIR : [[NIR:1 81 10 89 024 033 66]], né à {{Auxerre}} d'ailleurs.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Logiciel : {{17 appels}} en file, attente {{34 min}}. L'agente : « ceux-là ils ont déjà raccroché la moitié ». Je compte : entre {{9h}} et {{9h30}}, 6 appels traités, tous > {{4 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sivakumar]] appelle pour son {{RSA}}, on lui demande si elle est inscrite à {{France Travail}}. Elle lit sur son courrier : « [[ID_FRANCE_TRAVAIL:0 3 1 2 5 8 4 B]] », B comme {{Bernard}}. L'agente tape, ça matche.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le mail dicté : « [[EMAIL:fatou point cisse soixante et onze, arobase, yahoo point fr]] », [[PERSONNE:cissé]] sans accent. Réponse automatique envoyée, pas reçue, 2e essai, toujours rien. [[PERSONNE:Fatoumata Cissé]] finit par dire « laissez, je viendrai à l'accueil ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel long ({{22 min}}). Mr [[PERSONNE:Hoxha]] de {{Montbéliard}}, {{AAH}} + {{APL}}, sa fille [[PERSONNE:Blerta]] traduit sur haut-parleur depuis {{Bâle}} où elle travaille. Elle donne son numéro suisse au cas où ça coupe : [[TELEPHONE:+41 79 384 62 15]]. Ça coupe. L'agente n'a pas le droit de rappeler à l'étranger. Elle attend. Ça rappelle pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Déménagement déclaré par tél : « [[ADRESSE:17 rue de Chalezeule, bât C, 25000 Besançon]] ». Mme [[PERSONNE:Mbuyi]], alloc [[N_ALLOCATAIRE:2509174]], née le [[DATE_NAISSANCE:03/09/1991]]. Elle lit son nouveau RIB sans le FR au début : « [[IBAN:76 3000 4574 7543 0725 6184 178]] », l'agente rajoute FR toute seule.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appel en anglais, {{11h05}}. L'agente se débrouille, moi je souffle des mots. Question sur les aides pour étudiants étrangers. Elle dit « I send you the link ». On ne sait pas s'il l'a eu.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Elle donne son 06 en deux morceaux, parce qu'elle lit un papier collé au frigo, loin du tel : « [[TELEPHONE:zéro six quarante-deux]]… (elle revient) … [[TELEPHONE:dix-huit, soixante-dix, zéro trois]] ». Mme [[PERSONNE:Nguyen]], [[ADRESSE:8 rue de la Grande Pâture, 58000 Nevers]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent me glisse : les appels de la {{Nièvre}} et de l'{{Yonne}} arrivent sur le même plateau depuis {{janvier}}. Sur l'écran : « [[PERSONNE:LUNGU Gheorghe]] – n°[[N_ALLOCATAIRE:4407215]] – {{Cosne-Cours-sur-Loire}} ». Il appelle pour l'{{APL}} d'un logement {{Nièvre Habitat}}, réf locataire [[IDENTIFIANT:NH-0087412]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause café de {{10 min}}. L'agente : « tu vois, on fait du social avec un casque et un chrono ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Vérif identité : l'agent lit à l'écran « né le [[DATE_NAISSANCE:1962-03-18]] » et demande de confirmer. Le monsieur : « [[DATE_NAISSANCE:dix-huit mars soixante-deux]], oui ». NIR [[NIR:1 62 03 99 208 097 75]], né en {{Turquie}}. Mr [[PERSONNE:Çelik]] appelle pour la {{prime de Noël}} qu'il n'a pas eue.",
    ),
]

# --- caf, contrôle sur place -----------------------------------------------------------------
NOTES += [
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec M. [[PERSONNE:Prost]], contrôleur assermenté. Allocataire : Mme [[PERSONNE:Belkacem]], née au {{Maroc}}, [[ADRESSE:48 rue de Vesoul, 25000 Besançon]], 4e sans ascenseur. Il vérifie l'attestation vitale : [[NIR:2 79 11 99 350 112 89]]. Soupçon de vie maritale. Dans la salle de bain : 2 brosses à dents. Elle : « c'est mon frère qui passe ». Il note sans commenter.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Devant l'immeuble, le contrôleur note la plaque d'une {{Clio}} grise : [[IMMATRICULATION:FG-318-KT]]. « On verra à qui elle est. » Moi ça me met mal à l'aise.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet entre deux contrôles, {{35 min}} de voiture de service vers {{Pontarlier}}. Le contrôleur dit qu'il fait {{1 200 km}} par mois. Il n'aime pas le mot « fraude », il dit « situation à régulariser ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Il demande les relevés des 3 derniers mois. Relevé {{Crédit Agricole}} : IBAN [[IBAN:FR76 1250 6036 9318 3636 2901 909]], titulaire M. ou Mme [[PERSONNE:Ferhat Bouzid]]. Virements réguliers de {{300 €}} « de [[PERSONNE:Ahmed]] ». Elle : « mon cousin, il me rembourse ». Le contrôleur demande le tel du cousin, elle le dicte de tête : [[TELEPHONE:06 58 30 11 74]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur l'[[ADRESSE:aire d'accueil des Prés-Devant, emplacement 11]] : famille [[PERSONNE:Winterstein]]. Caravane + camion [[IMMATRICULATION:DK 774 PL]]. Courrier domicilié au {{CCAS}}. Mme [[PERSONNE:Winterstein]] montre le carnet de santé des petits, tout est à jour, mieux que le mien.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Vieille {{205}} dans la cour, plaque noire à l'ancienne [[IMMATRICULATION:4127 QX 21]], sur cales. Mr [[PERSONNE:Bourgeon]] dit qu'elle roule plus depuis {{2009}}, « c'est pas un revenu, ça ». Le contrôleur rit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mme [[PERSONNE:Dumitrescu]] fait des ménages en micro-entreprise. Son SIRET perso sur les factures : [[IDENTIFIANT:852 417 903 00014]]. Déclare {{380 €}}/trimestre. Le contrôleur recompte avec elle, il trouve {{1 140 €}}. Elle pleure. Sur les flyers posés sur la table : « Ménage & repassage – [[TELEPHONE:07 69 12 48 30]] ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur lui demande un mail pour envoyer le rapport. Elle l'écrit sur un coin de journal : [[EMAIL:sandrinejeunet@laposte.net]], tout collé, « avec deux N ? non un seul ». [[PERSONNE:Sandrine]] = Mme [[PERSONNE:Jeunet]], {{Autun}}, 2 enfants, {{ASF}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans le frigo (il a demandé à ouvrir, elle a accepté) : du lait, 3 yaourts, un pot de moutarde {{Amora}}. Je ne sais pas ce que ça prouve. Lui non plus je crois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Vesoul}}. Personne. Avis de passage dans la boîte. Sur la boîte aux lettres, 2 noms scotchés : « [[PERSONNE:KRASNIQI]] » et « [[PERSONNE:B. MORETTI]] ». Le voisin sort fumer : « ils sont partis en vacances je crois ». Le contrôleur repassera.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Composition du foyer vérifiée sur le livret de famille : 3 enfants nés en [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2019]]. Le 2e, [[PERSONNE:Nolan]], est en internat à {{Dole}} depuis {{septembre}}, donc encore à charge au sens {{Caf}} ? Le contrôleur appelle sa cheffe (Mme [[PERSONNE:Arnoux]]) depuis le palier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur la porte du frigo, aimanté : le courrier {{Caf}} avec n° alloc [[N_ALLOCATAIRE:1903662]] et un dessin d'enfant. Mr [[PERSONNE:Said]] (des {{Comores}}) nous offre le thé. [[PERSONNE:Anfani]] c'est son prénom, il me l'écrit dans mon carnet pour que je l'orthographie bien.",
    ),
]

# --- cpam, accueil physique ------------------------------------------------------------------
NOTES += [
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Clermont-Ferrand}}, {{8h45}}. Carte vitale perdue. L'agent lit le NIR à l'écran pour vérifier : « [[NIR:1 67 01 63 113 317 05]] ? » – « oui c'est moi ». Mr [[PERSONNE:Mourgues]], né à {{Clermont}} en [[DATE_NAISSANCE:janvier 67]], ancien de chez {{Michelin}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Queue jusqu'au trottoir, pluie, {{8h20}}. Un vigile distribue des tickets. Moi je suis au chaud derrière la vitre. Ça me gêne.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Création compte {{ameli}} au guichet. Adresse qu'il avait notée : « [[EMAIL:gerard.bazin[at]wanadoo.fr]] », l'agent explique qu'il faut remplacer [at] par @. Mr [[PERSONNE:Bazin]], {{81 ans}}, dit que c'est son petit-fils qui l'a écrite « comme ça, pour les pirates ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}}. Mme [[PERSONNE:Beridze]] (géorgienne), passeport n° [[IDENTIFIANT:13AC48217]]. Numéro géorgien [[TELEPHONE:+995 599 21 44 87]] mais elle a aussi une puce {{Lebara}} française : [[TELEPHONE:07 51 88 20 63]]. L'agent met le français en premier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Problème de tiers payant en pharmacie. Carte {{Harmonie Mutuelle}} n° [[IDENTIFIANT:100478325]], Mme [[PERSONNE:Pires]]. L'agent appelle la mutuelle, {{12 min}} d'attente, le problème venait de la pharmacie.",
    ),
    (
        "cpam",
        "accueil_physique",
        "« Vous êtes de quelle année madame ? » – « [[DATE_NAISSANCE:58]], mais mettez pas ça partout » 😂. Née à {{Vichy}}, Mme [[PERSONNE:Chabrol]]. L'agent relit son numéro de sécu à voix haute devant tout le monde : [[NIR:2 58 05 03 310 089 84]]. Personne ne réagit sauf moi.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Changement de RIB pour les remboursements. RIB imprimé de {{Nickel}} (compte ouvert chez le buraliste) : [[IBAN:FR76 1659 8571 3227 1680 2410 875]]. L'agent : « Nickel ça passe oui ». Mme [[PERSONNE:Lukusa]] soulagée, sa banque d'avant l'avait fichée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Le guichet 3 est un « guichet rapide » : pas plus de {{5 min}}. L'agente regarde le chrono sur son écran. À 5 min ça devient orange, à 8 rouge. Elle me dit : « le rouge je m'en fiche ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune homme {{23 ans}}, chauffeur {{Uber}}, accident de scooter, vient pour ses indemnités journalières. [[PERSONNE:Bilal]]. Sur le constat qu'il montre : sa plaque [[IMMATRICULATION:GB-906-RM]] et l'autre conducteur, M. [[PERSONNE:Petrosyan]]. L'agent dit que le constat ne sert à rien ici, il faut l'arrêt.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agente ([[PERSONNE:Chantal]], {{31 ans}} de maison) reconnaît le monsieur : « ah monsieur [[PERSONNE:Prudhon]] ! ça fait longtemps ». Ils parlent de sa femme décédée. Capital décès. {{20 min}}, personne ne presse.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Numéro pour le rappel du service médical : « [[TELEPHONE:04 73]]… non attendez c'est le fixe de ma mère ça. Le mien c'est le [[TELEPHONE:06 03 55 71 92]] ». Mme [[PERSONNE:Tixier]], {{Riom}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Il apporte un bulletin d'hospitalisation du {{CHU Estaing}} : IPP [[IDENTIFIANT:6301458972]]. Mr [[PERSONNE:Rahimi]], son cousin traduit en dari. Le bulletin est pour la {{CSS}}, pas pour ici, mais l'agent le scanne quand même.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Machine à tickets : « Vous êtes le n° {{B112}} ». Écran : « {{B098}} ». Je compte 14 devant moi. L'agent me fait signe de passer, privilège d'observatrice. J'ai honte un peu.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Elle épelle son mail lettre par lettre pour l'attestation de droits : « [[EMAIL:z, h, a, n, g, point, m, e, i, 8, 8, arobase, q, q, point, c, o, m]] ». Mme [[PERSONNE:Zhang]]. L'agent ne connaît pas {{qq.com}}, elle dit « c'est comme {{gmail}} en {{Chine}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Aydın]] vient pour son fils [[PERSONNE:Kerem]], né le [[DATE_NAISSANCE:21/11/2016]] : rattachement sur sa carte à elle. L'agent lui montre l'appli {{ameli}} sur son propre tel, elle filme l'écran.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiche : « Le {{3646}} est gratuit ». Un monsieur dans la file : « gratuit mais personne décroche ». Rires discrets.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Nouvelle adresse pour la carte : [[ADRESSE:22 avenue de la République, 03100 Montluçon]] (avant elle était à {{Fontbouillant}}). Mme [[PERSONNE:Sow]], née à {{Montluçon}}, l'agent lit le NIR : [[NIR:2 85 12 03 185 140 50]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Delvaux]], retraité belge installé à {{Vichy}}, veut être remboursé sur son compte belge : [[IBAN:BE69 7129 7721 6378]]. L'agent : « on peut, c'est {{SEPA}} ». Il a apporté des pralines pour l'accueil.",
    ),
]

# --- cpam, accueil téléphonique --------------------------------------------------------------
NOTES += [
    (
        "cpam",
        "accueil_telephonique",
        "Plateau {{3646}}, {{Dijon}}. L'agent [[PERSONNE:Kevin]] a un script à l'écran. 1er appel : dame qui veut savoir où en est son remboursement de lunettes. Vérif identité, NIR dicté lentement : « [[NIR:deux, quatre-vingt-douze, zéro trois, vingt-cinq, zéro cinquante-six, deux cent huit, cinquante-cinq]] ». Mme [[PERSONNE:Cuenot]], née à {{Besançon}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Musique d'attente : {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. L'agent dit qu'il ne l'entend plus. Moi au bout de {{10 min}} j'ai envie de hurler.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Stan]], roumaine, aide-soignante en {{EHPAD}} à {{Mâcon}}, remboursement refusé. Rappel demandé sur [[TELEPHONE:+40 744 619 207]] car elle est en {{Roumanie}} pour {{2 semaines}}. L'agent dit qu'il transmet, sans promettre.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Email : « [[EMAIL:olivier tiret bas pernot arobase gmail point com]] ». L'agent met un tiret normal, le monsieur : « non, tiret BAS, le tiret du 8 ! ». Rectifié : [[EMAIL:olivier_pernot@gmail.com]]. [[PERSONNE:Olivier Pernot]] a l'air content de lui.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un employeur ({{boulangerie Maison Perraudin}}) appelle pour l'attestation de salaire d'une vendeuse, Mlle [[PERSONNE:Ribeiro]]. L'agent ne peut rien dire, renvoie vers {{net-entreprises}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le monsieur lit son numéro sur la boîte de médicaments où il l'a noté (!) : « [[TELEPHONE:zéro six, trente, quatorze]]… c'est effacé… [[TELEPHONE:cinquante-deux, quatre-vingt-un]] je crois ». L'agent compare avec le dossier : finit bien par [[TELEPHONE:52 81]]. Mr [[PERSONNE:Messaoudi]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Entre {{14h}} et {{15h}} : {{11 appels}}. 4 sur les IJ, 3 carte vitale, 2 {{CSS}}, 1 erreur (voulait la {{Caf}}), 1 qui pleurait et que l'agent a laissé parler {{12 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Votre date de naissance ? » – « le [[DATE_NAISSANCE:trente et un octobre mille neuf cent soixante-dix]] ». NIR à l'écran : [[NIR:2 70 10 15 014 063 10]]. Mme [[PERSONNE:Bouchut]] appelle d'{{Aurillac}} pour un transport en {{VSL}} pas remboursé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Complémentaire santé, elle donne son mail, je note comme je l'entends : [[EMAIL:aurelie.chevalier15 @ orange . fr]]. [[PERSONNE:Aurélie Chevalier]], {{2 enfants}}, {{CSS}} sans participation.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur malentendant, sa fille [[PERSONNE:Dragana]] fait l'intermédiaire en haut-parleur. Le père : [[PERSONNE:Milan Petrović]], né le [[DATE_NAISSANCE:4 août 1949]] à {{Belgrade}}. Pension serbe + française, la fille s'y perd, l'agent aussi.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agent n'a pas le droit de donner un rendez-vous, il peut « transmettre une demande de rappel ». Il transmet. Délai affiché : {{72h}}. Il dit que c'est plutôt 5 jours.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mémo pour le service IJ, l'agent tape : « à l'attention de [[PERSONNE:Rachida]] ([[PERSONNE:Ouhibi]]) : rappeler l'assurée Mme [[PERSONNE:Guérin-Fleury]] au [[TELEPHONE:03 85 41 27 66]] avant vendredi ». NIR collé dans le mémo : [[NIR:2 03 01 71 270 219 09]], née à {{Mâcon}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Elle veut savoir sur quel compte partent les remboursements : l'agent dit seulement « le compte qui se termine par [[IBAN:773]] ». Elle : « ah c'est le {{Crédit Agricole}}, le vieux ». Mme [[PERSONNE:Grigoryan]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de {{Dole}} : Mr [[PERSONNE:Nowak]] veut sa {{carte européenne}} pour aller en {{Pologne}}. Il donne son mail : « [[EMAIL:tomek.nowak39 małpa wp.pl]] ». L'agent : « {{małpa}} ? » – « arobase, arobase ! ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Bug : l'écran de l'agent gèle {{4 min}}. Il met l'appelant en attente, redémarre. L'appelant raccroche. « Et voilà, un de perdu, il va rappeler et attendre {{40 min}}. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Jean-Baptiste]] appelle de {{Nevers}}, elle épelle « [[PERSONNE:JEAN tiret BAPTISTE]], c'est mon nom de famille hein ». Nouvelle adresse pour la carte : [[ADRESSE:5 rue du Banlay, 58000 Nevers]].",
    ),
]

# --- cpam, contrôle sur place ----------------------------------------------------------------
NOTES += [
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail avec l'agent assermenté, M. [[PERSONNE:Lefèvre]]. Adresse : [[ADRESSE:31 rue Paul Bert, 71100 Chalon-sur-Saône]]. Sorties autorisées {{9h-11h}} et {{14h-16h}}. On sonne à {{15h20}}. Personne. Le voisin : « il est à la pêche ». 🎣",
    ),
    (
        "cpam",
        "controle_sur_place",
        "2e visite : Mme [[PERSONNE:Fernandes]] est là, en pyjama, lumbago. Elle montre le certificat du Dr [[PERSONNE:Keïta]]. Elle donne son portable « au cas où vous repassez » : [[TELEPHONE:06 40 13 78 25]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture l'agent me dit que {{70 %}} des contrôles sont « conformes ». Il dit que les gens croient qu'il est là pour les piéger.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Devant le pavillon à {{Saint-Rémy}}, le {{Kangoo}} de l'assuré, [[IMMATRICULATION:EH-527-VB]], avec le logo de sa boîte « {{Ferreira & Fils}} ». Mr [[PERSONNE:Ferreira]] est en arrêt mais la bétonnière tourne dans le jardin. Son fils [[PERSONNE:Joaquim]] dit que c'est lui qui travaille.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sur l'avis d'arrêt posé sur la table : NIR [[NIR:1 95 06 90 010 174 53]], né à {{Belfort}}, employeur {{Alstom}}. Mr [[PERSONNE:Dudek]] ouvre en béquilles, entorse, tout colle.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Thiers}} : Mme [[PERSONNE:Marques]] a préparé un dossier avec tout. CNI n° [[IDENTIFIANT:120463100587]], née le [[DATE_NAISSANCE:08.04.1976]]. Même le RIB est agrafé : [[IBAN:FR76 1780 6080 3806 3791 5160 591]]. L'agent : « c'est rare ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sur le frigo, post-it : « mail de [[PERSONNE:Lola]] : [[EMAIL:lola2mars (a) icloud . com]] », la fille de l'assuré. Ça ne servira à rien mais je note que tout est affiché.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Retour au service. {{4 contrôles}}, 2 absents, 1 conforme, 1 « à revoir ». {{140 km}}. Le rapport se fait sur un logiciel qui plante, l'agent tape d'abord dans {{Word}}.",
    ),
]

# --- ccas, accueil physique ------------------------------------------------------------------
NOTES += [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nevers}}. Domiciliation : Mr [[PERSONNE:Lukić]] vient chercher son courrier, 3 lettres. L'agente vérifie son attestation d'élection de domicile n° [[IDENTIFIANT:DOM-2024-0318]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale. Mme [[PERSONNE:Randriamampionona]], 3 enfants, reste à vivre {{4,20 €}}/jour. Bon de {{40 €}} pour {{Leclerc}}. Elle demande si c'est valable au {{Lidl}}, non.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente : 6 chaises, 9 personnes. Une plante verte morte. Un tableau « Ville de {{Vichy}} – Bien vivre ensemble ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide énergie, facture {{EDF}} : réf. client [[IDENTIFIANT:3 002 715 488]]. Numéro de tel : « c'est le [[TELEPHONE:06 12]]… non, [[TELEPHONE:06 21 35 09 84]], je confonds toujours ». Mme [[PERSONNE:Garnier]], {{1 400 €}} de dette.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Roussel]], {{68 ans}}, demande de téléassistance. Mail de sa fille : « [[EMAIL:nathalie roussel, en un mot, arobase sfr point fr]] ». Fille = [[PERSONNE:Nathalie]], elle est à {{Lyon}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente a {{17 ans}} d'ancienneté. Elle dit que la précarité a changé : « avant c'était des hommes seuls, maintenant c'est des mamans solos et des retraités ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Secours d'urgence {{150 €}} versé par virement. RIB agrafé au dossier ({{Caisse d'Épargne}}) : [[IBAN:FR76 1213 5382 7141 0586 5037 926]], au nom de Mme [[PERSONNE:Diallo]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'hébergement : Mr [[PERSONNE:Ivanov]] dort dans sa {{Golf}} immatriculée en {{Bulgarie}}, [[IMMATRICULATION:CA 4172 KP]], sur le parking du {{Géant Casino}}. Il travaille dans les vignes à {{Beaune}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "« Moi c'est [[PERSONNE:Dédé]], tout le monde m'appelle comme ça ici. » Sur la carte : [[PERSONNE:André Gauthier-Moreau]]. Il vient tous les jeudis pour le café, il connaît toutes les agentes.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour le CV. L'agente se connecte à l'espace {{France Travail}} du monsieur : identifiant [[ID_FRANCE_TRAVAIL:5039127S]], mot de passe noté dans son portefeuille. Mr [[PERSONNE:Bamba]] dit qu'il a {{52 ans}} et que « c'est fini pour moi ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier {{APA}} pour sa mère, Mme [[PERSONNE:Nguyễn Thị Lan]], née le [[DATE_NAISSANCE:1er mai 1940]] à {{Hanoï}}. Le fils, [[PERSONNE:Minh]], laisse son numéro : [[TELEPHONE:06 95 02 61 74]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Sur l'attestation {{Caf}} qu'il tend (pliée en 8) : « N°ALLOCATAIRE:[[N_ALLOCATAIRE:2716043]]M.[[PERSONNE:BOUDJEMAA HAKIM]] ». Le copier-coller a mangé les espaces. L'agente recopie en le lisant à voix haute.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Les bénévoles de la {{Croix-Rouge}} passent déposer des colis. Petit moment de chaos joyeux dans le couloir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Da Silva]] vient pour la cantine de sa fille [[PERSONNE:Inès]], tarif selon QF. Elle ne connaît pas son QF. L'agente appelle la {{Caf}} sur la {{ligne partenaire}} avec le num alloc [[N_ALLOCATAIRE:3084412]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Schmitt]] travaille en {{Suisse}} l'été, numéro suisse [[TELEPHONE:+41 76 512 03 88]] ; sinon le fixe de son frère à {{Pontarlier}}, [[TELEPHONE:03 81 39 44 12]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Adresse notée par l'agente sur un post-it : « [[EMAIL:m.kante(arobase)live(point)fr]] ». Mme [[PERSONNE:Kanté]] ne sait plus le mot de passe, création d'une nouvelle adresse sur place : [[EMAIL:mariam.kante.58@gmail.com]].",
    ),
]

# --- ccas, accueil téléphonique --------------------------------------------------------------
NOTES += [
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète : Mme [[PERSONNE:Chapelain]] du 3e n'ouvre plus. Adresse : [[ADRESSE:14 rue de Mulhouse, 90000 Belfort]]. L'agente déclenche le protocole, appelle les pompiers.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Canicule : le registre des personnes vulnérables. L'agente appelle la liste, {{48 noms}}. Je n'ai pas le droit de les noter. Elle demande « vous avez bu ? vous avez un ventilo ? ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel plan canicule : Mr [[PERSONNE:Lalande]], {{91 ans}}, « j'ai mon ventilo, ma fille passe ». Fille : [[PERSONNE:Martine]], [[TELEPHONE:06 07 44 81 29]] (noté dans le registre).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La dame dicte : « [[TELEPHONE:quatre soixante-dix, quatre-vingt-dix-sept, vingt-deux, quinze]] ». L'agente : « c'est un fixe ? il manque le zéro ». Oui : [[TELEPHONE:04 70 97 22 15]]. Mme [[PERSONNE:Bertrand]], {{Moulins}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Il dit « [[EMAIL:rdurand03 chez orange point fr]] » : chez = arobase, dans sa tête. Mr [[PERSONNE:Durand]] veut l'attestation de domiciliation par mail.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour savoir si le {{CCAS}} fait les cartes grises. Non. Elle raccroche contente quand même.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un fils au {{Maroc}} ({{Tanger}}) : sa mère, Mme [[PERSONNE:Zerrouki]], {{80 ans}}, seule à {{Clermont}} ({{Croix-de-Neyrat}}), ne répond plus depuis 2 jours. Il laisse son numéro : [[TELEPHONE:+212 661 30 84 57]], et le fixe de la mère [[TELEPHONE:04 73 24 69 10]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Aide chauffage : elle donne son numéro {{Caf}} : « [[N_ALLOCATAIRE:un million deux cent quarante mille neuf cent six]] ». Pour le virement elle dicte l'IBAN mais ne retrouve plus la fin : [[IBAN:FR76 3000 2723 6343 9564]]… Mme [[PERSONNE:Poulain]] rappellera.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mr [[PERSONNE:Chassaing]] appelle d'un hameau près d'{{Aurillac}} : [[ADRESSE:lieu-dit La Bastide, 15130 Ytrac]]. Sans voiture depuis l'hiver, le bus passe 2 fois par semaine.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente donne son numéro direct à une dame (contre la consigne ?) : [[TELEPHONE:03 86 71 52 09]]. « Demandez [[PERSONNE:Élodie]]. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Silence {{7 minutes}}, aucun appel. L'agente en profite pour saisir. Elle dit que ça sonne surtout le lundi et le 5 du mois (versements).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un jeune appelle parce que son ami a posté sur {{Snapchat}} qu'il allait mal. Le compte : [[IDENTIFIANT:@lucas.dz_63]]. L'ami s'appelle [[PERSONNE:Lucas]]. L'agente oriente vers le {{3114}} et reste en ligne.",
    ),
]

# --- ccas, contrôle sur place ----------------------------------------------------------------
NOTES += [
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{Montceau-les-Mines}}. Mme [[PERSONNE:Wiśniewska]], [[ADRESSE:7 rue des Oiseaux, 71300 Montceau-les-Mines]]. Dans la cour, la voiture du fils, plaque polonaise [[IMMATRICULATION:DW 5X418]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Appartement très propre, rideaux tirés. Une odeur de tabac froid. La télé allumée sans le son sur {{BFM}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Devant la maison, une {{Dacia}} immatriculée en {{Roumanie}}, [[IMMATRICULATION:B 118 XRT]] : au gendre, Mr [[PERSONNE:Marinescu]], qui dort là « en attendant ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dossier {{MDPH}} en cours, n° [[IDENTIFIANT:MDPH71-2024-08812]]. Mme [[PERSONNE:Lopes]], son fils autiste [[PERSONNE:Tiago]]. RIB pour l'aide facultative : [[IBAN:FR76 3000 3613 5937 6541 0986 602]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Sur la carte vitale posée sur le buffet : [[NIR:2 64 07 2B 033 077 76]]. Mme [[PERSONNE:Santoni]], née à {{Bastia}}, arrivée à {{Dijon}} en {{1988}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "L'agente demande un mail. Le petit-fils le tape sur la tablette : [[EMAIL:theo.gaillard@outlook.fr]] ; puis « non c'est point com pas point fr » → [[EMAIL:theo.gaillard@outlook.com]]. [[PERSONNE:Théo]] a {{15 ans}}, il gère tout pour sa grand-mère.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{45 min}} dans la cuisine. Le café est bon. L'agente remplit la grille {{AGGIR}} à la main.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Sur le calendrier des pompiers, numéros au feutre : « [[PERSONNE:Rémi]] [[TELEPHONE:06 88 04 17 62]] », « Dr [[PERSONNE:Mabille]] [[TELEPHONE:03 85 42 10 36]] », « taxi [[PERSONNE:Marcel]] [[TELEPHONE:06 31 70 25 18]] ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "M. et Mme [[PERSONNE:Chardon]], {{87}} et {{84 ans}}. Il y a des {{chardons}} partout dans le jardin, il rit : « c'est de famille ». Ils veulent rester chez eux.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mr [[PERSONNE:Amrouche]], [[ADRESSE:résidence Les Tilleuls, bât B, appt 12]], à {{Vichy}}. Ascenseur en panne depuis {{3 semaines}}, il ne sort plus.",
    ),
]

# --- urgences, accueil physique --------------------------------------------------------------
NOTES += [
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU Dijon Bourgogne}}, accueil administratif, {{23h10}}. Jeune homme, main ouverte (verre). Identité : « [[PERSONNE:Lucas Morel]], né le [[DATE_NAISSANCE:9 juillet 2003]] ». Pas de carte vitale sur lui. La secrétaire crée un IPP provisoire : [[IDENTIFIANT:P00883126]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : {{27 personnes}}. Écran : « temps d'attente estimé : {{4h}} ». Un enfant dort sur 3 chaises.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dame âgée amenée par les pompiers, désorientée. Seuls contacts dans son sac : un papier « [[PERSONNE:Samia]] [[TELEPHONE:+216 98 412 335]] » et un autre « [[PERSONNE:Karim]] [[TELEPHONE:06 . 17 . 83 . 29 . 40]] ». La secrétaire appelle [[PERSONNE:Karim]], c'est le petit-fils.",
    ),
    (
        "urgences",
        "accueil_physique",
        "« Votre numéro de sécu ? » Il le récite de tête : « [[NIR:un, quatre-vingt-quatre, zéro sept, vingt et un, deux cent trente et un, zéro quarante-cinq, quarante-quatre]] ». Né à {{Dijon}}, ça colle. Mr [[PERSONNE:Jacquot]], il connaît son numéro mieux que moi le mien.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un agent de sécurité, {{2 policiers}} qui amènent quelqu'un menotté, une maman avec un bébé qui tousse. Tous à la même vitre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mutuelle : carte {{Malakoff Humanis}}, adhérent [[IDENTIFIANT:M0047182265]]. Mme [[PERSONNE:Tran]] la tend avec la carte vitale et la carte de fidélité {{Carrefour}}, tout en paquet.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Elle veut le compte-rendu par mail, elle le dicte entre deux nausées : « [[EMAIL:ines point benali, arobase, gmail point com]] ». [[PERSONNE:Inès Benali]]. La secrétaire : « on n'envoie rien par mail, madame, ce sera sur papier ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "IOA (infirmière d'accueil) : [[PERSONNE:Maud]]. Elle trie en {{90 s}}. Tri 3, tri 4, tri 5. Un monsieur en tri 2 passe direct, la salle râle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le fils donne son numéro pour être appelé à la sortie du scanner : « [[TELEPHONE:07 81 66 20 43]] ». La secrétaire relit [[TELEPHONE:07 81 66 20 34]], « non, l'inverse à la fin ». Mme [[PERSONNE:Fleury]], [[ADRESSE:27 rue Jean Jaurès, 03200 Vichy]], son fils [[PERSONNE:Arnaud]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Annonce au micro : « le propriétaire du véhicule [[IMMATRICULATION:EX-214-ZD]] est prié de le déplacer, il bloque l'accès {{SAMU}} ». Personne ne bouge.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sans domicile. La secrétaire met l'adresse du {{CCAS}} de {{Besançon}} (domiciliation). Nom : [[PERSONNE:Gaspard]], « juste [[PERSONNE:Gaspard]] ». Elle tape [[PERSONNE:GASPARD]] dans nom et prénom, le logiciel refuse les doublons, elle met X en prénom.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Étudiant italien en Erasmus à {{Clermont}}. Carte européenne + passeport [[IDENTIFIANT:YA4821337]]. [[PERSONNE:Giuseppe Russo]], né le [[DATE_NAISSANCE:2002-11-05]]. Il s'excuse tout le temps, « scusi, pardon ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h40}} du matin. La secrétaire de nuit me dit : « les gens pensent qu'on est là pour les trier, on est là pour les enregistrer ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de travail. Le patient donne le nom de sa boîte, {{Transports Girardot}}, et de son chef, M. [[PERSONNE:Lacroix]]. La secrétaire : « ça c'est pour la déclaration, pas pour moi ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le mari de la patiente n'a qu'un numéro portugais, [[TELEPHONE:+351 912 408 377]] : « c'est pareil, ça sonne ». [[PERSONNE:Sónia]] et [[PERSONNE:Rui Carvalho]]. Leur voiture, plaque portugaise [[IMMATRICULATION:45-XR-12]], est garée sur la place ambulance.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enfant de {{6 ans}} tombé du toboggan à l'école. La directrice, Mme [[PERSONNE:Perrin]], l'accompagne en attendant la maman. L'enfant : [[PERSONNE:Adam]], né en [[DATE_NAISSANCE:2019]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient avec récépissé de demande de titre de séjour, {{AGDREF}} [[IDENTIFIANT:2103451877]]. Pas de droits ouverts. La secrétaire met « {{AME}} en cours ». Il s'appelle [[PERSONNE:Moussa]], il a mal au ventre depuis 3 jours.",
    ),
    (
        "urgences",
        "accueil_physique",
        "La patiente, [[PERSONNE:Awa]], donne le numéro de sa sœur en 3 fois, elle ne s'en souvient pas d'un coup : « [[TELEPHONE:06 52]]… [[TELEPHONE:19]]… [[TELEPHONE:08 77]] ». Ça marche au premier essai 👍",
    ),
]

# --- urgences, accueil téléphonique ----------------------------------------------------------
NOTES += [
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Vichy}}. Une dame appelle : son mari, Mr [[PERSONNE:Giraud]], a été amené ce matin. La secrétaire vérifie la date de naissance, « [[DATE_NAISSANCE:17 février 1951]] », oui il est en {{box 4}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Les appels « est-ce que c'est long aujourd'hui ? ». Réponse standard : « on ne peut pas vous dire ». {{6 en une heure}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de {{Bruxelles}}, une fille pour son père hospitalisé, [[PERSONNE:Hubert Lemaire]]. Elle laisse son fixe, [[TELEPHONE:+32 2 514 72 90]], et veut être rappelée « même la nuit ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le patient de la nuit rappelle : il veut sa facture par mail, « [[EMAIL:yannick (point) lebihan (arobase) sfr (point) fr]] ». [[PERSONNE:Yannick Le Bihan]]. Réponse : par courrier seulement.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Facture n° [[IDENTIFIANT:F24-118736]] pour le passage du {{12 mars}} : « le ticket modérateur, {{19,61 €}} ». Mme [[PERSONNE:Hosseini]] ne comprend pas pourquoi elle paie, l'agente explique le forfait urgences.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin généraliste appelle pour annoncer un patient. La secrétaire transfère à l'IOA. {{40 s}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle pour sa voiture laissée devant les urgences cette nuit, [[IMMATRICULATION:CY-660-NA]] : fourrière ? La secrétaire ne sait pas, donne le numéro de la {{police municipale}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une patiente sortie hier : son numéro de sécu a été mal saisi. Elle le dicte : [[NIR:2 88 02 99 352 430 96]], « je suis née en {{Algérie}} ». Mme [[PERSONNE:Aït-Ouarab]], très calme, elle a l'habitude qu'on se trompe.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un voisin appelle pour Mme [[PERSONNE:Blanchard]], amenée en ambulance à {{Aurillac}}. Il donne son numéro : « [[TELEPHONE:zéro quatre soixante et onze, quarante-huit, dix, soixante-deux, zéro cinq]] », pour qu'on le prévienne quand elle rentre, il a les clés.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La ligne sonne pendant que la secrétaire accueille quelqu'un. Elle décroche, dit « ne quittez pas », pose le combiné. Il attendra {{9 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Interprétariat par téléphone ({{ISM}}) : l'interprète [[PERSONNE:Olena]] traduit pour Mr [[PERSONNE:Dmytro Kovalenko]]. Son numéro ukrainien : [[TELEPHONE:+380 67 412 83 06]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le compagnon de la patiente appelle, veut des nouvelles. Pas désigné personne de confiance : refus. Il crie. Il laisse quand même son 06 « au cas où » : [[TELEPHONE:06 74 39 51 12]], [[PERSONNE:Dylan]].",
    ),
]

# --- chrs, accueil physique ------------------------------------------------------------------
NOTES += [
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Besançon}} ({{Planoise}}). Arrivée de Mme [[PERSONNE:Nsimba]] et ses 2 enfants, orientée par le {{SIAO}}, réf [[IDENTIFIANT:SIAO25-24-01877]]. N° alloc {{Caf}} du {{Doubs}} : [[N_ALLOCATAIRE:0712559]]. {{Chambre 12}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le règlement intérieur est lu à voix haute : pas d'alcool, couvre-feu {{22h}}, pas de visite. La dame dit oui à tout sans lever les yeux.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducateur [[PERSONNE:Jonathan]] aide un résident à créer une adresse mail : [[EMAIL:ahmad.rahimi.2024@gmail.com]]. Mr [[PERSONNE:Rahimi]] demande pourquoi il y a une année dedans : « parce que tout le reste est pris ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mr [[PERSONNE:Christophe]] arrive avec son chien {{Rocky}}. Chiens non acceptés. Il repart dormir dans sa voiture, [[IMMATRICULATION:BX-771-HF]], l'éducatrice note la plaque pour la maraude.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Sur le tableau blanc du bureau : « rappeler Mme [[PERSONNE:Lopez]] (tutelle) [[TELEPHONE:03.80.59.11.40]] » et « [[PERSONNE:Yacine]] nouveau num : [[TELEPHONE:07 66 31 28 90]] (l'ancien coupé) ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dossier {{CSS}} pour Mr [[PERSONNE:Ciobanu]], né en {{Roumanie}} en [[DATE_NAISSANCE:mai 1977]]. Numéro de sécu sur l'attestation, sans espaces : [[NIR:177059911401246]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi à {{11h45}}. {{34 couverts}}. Lentilles saucisse. Le cuisinier est un ancien résident.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident veut ouvrir un compte, refusé par 2 banques. Il montre un vieux RIB déchiré, on ne voit que la fin : « …[[IBAN:0565 3153 526]] ». Mr [[PERSONNE:Diakité]]. L'éducateur parle du droit au compte, {{Banque de France}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Petit]] arrive avec un {{petit}} sac à dos et un cabas {{Lidl}}. C'est tout ce qu'elle a.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une résidente a rendez-vous chez le {{JAF}} pour la garde, dossier RG [[IDENTIFIANT:24/01963]]. L'éducatrice [[PERSONNE:Samia]] l'accompagnera au {{tribunal de Dijon}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice lit l'adresse mail sur le formulaire : « [[EMAIL:kevin point b-a-r-b-i-e-r arobase laposte point net]] », épelée au milieu parce que [[PERSONNE:barbier]] ou [[PERSONNE:barbiez]] on ne sait pas. [[PERSONNE:Kevin Barbier]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mr [[PERSONNE:Benjelloun]] a 2 numéros : un marocain [[TELEPHONE:+212 6 70 15 92 44]] qui ne marche qu'en wifi ({{WhatsApp}}), et un français prépayé [[TELEPHONE:07 45 83 12 09]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Fiche d'admission : date de naissance « [[DATE_NAISSANCE:01/01/1990]] ». L'éducateur : « beaucoup de gens nés en {{Afghanistan}} ont le {{1er janvier}} ». Mr [[PERSONNE:Noori]] hausse les épaules.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bureau : {{2 ordis}}, {{1 imprimante}} qui ne marche pas. Le wifi ne passe pas dans les chambres du 2e.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ancienne adresse du résident avant l'expulsion : [[ADRESSE:3 allée de Bruxelles, 25000 Besançon]] (bailleur {{Loge.GBM}}), dette {{3 400 €}}. Mr [[PERSONNE:Mehmeti]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Relève : [[PERSONNE:Jonathan]] passe le relais à [[PERSONNE:Léa]] et [[PERSONNE:Abdou]]. Cahier de liaison : « M. [[PERSONNE:Vasseur]] pas rentré hier soir ».",
    ),
]

# --- chrs, accueil téléphonique (115) --------------------------------------------------------
NOTES += [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Côte-d'Or}}, {{20h15}}. Un homme appelle d'un tel emprunté. Il donne son nom : « [[PERSONNE:Bruno]], [[PERSONNE:B-O-U-C-H-E-T]] ». Plus de place. On lui propose le {{gymnase}} du plan grand froid.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Ce soir : 0 place. Le logiciel {{SI-SIAO}} affiche {{47 demandes}} non pourvues. L'écoutante : « je vais dire non 40 fois ce soir ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme avec 3 enfants, à la gare de {{Dijon-Ville}}. Numéro : [[TELEPHONE:07 58 02 46 91]]. Elle s'appelle [[PERSONNE:Fatima]]. Mise à l'abri : {{hôtel Ibis Budget}} de {{Chenôve}}, {{chambre 214}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une famille rom, par la fille de {{14 ans}} qui parle français. Le numéro du père : [[TELEPHONE:+40 751 208 643]]. Nom de famille : [[PERSONNE:Stoica]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant envoie la fiche à la référente, [[PERSONNE:Vanessa Ngo]], à [[EMAIL:v.ngo(at)siao21.fr]], il tape « (at) » par habitude, le mail revient en erreur.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Il dicte son numéro mais la batterie lâche à mi-chemin : « [[TELEPHONE:06 23 75]]… » bip. L'écoutante note dans la fiche « inconnu, [[TELEPHONE:06 23 75]]… ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Rituel : l'écoutante ({{12 ans}} de {{115}}) demande « vous êtes où ? vous êtes en sécurité ? il fait froid ? » à chaque appel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un couple dort dans sa voiture sur le parking d'{{Intermarché}} à {{Nevers}}. Plaque [[IMMATRICULATION:DS-090-YC]] notée pour la maraude. Mr et Mme [[PERSONNE:Leroux]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Pour créer la fiche : « date de naissance ? » – « [[DATE_NAISSANCE:vingt-trois avril soixante-dix-neuf]] ». [[PERSONNE:Pascal]] ne connaît pas son numéro de sécu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel de l'assistante sociale du {{CHU}} : sortie d'hospitalisation de Mr [[PERSONNE:Koffi]], sans domicile. IPP [[IDENTIFIANT:P01277640]], réf SIAO [[IDENTIFIANT:SIAO21-25-00412]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une dame signale un homme allongé devant la pharmacie {{rue de la Liberté}}. Maraude prévenue. Elle ne donne pas son nom, très bien.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Numéro de rappel : « [[TELEPHONE:zéro six, quatre-vingt-dix-neuf]]… ou [[TELEPHONE:quatre-vingt-neuf]], je sais plus ». Il vérifie sur son tel : [[TELEPHONE:06 89 41 07 35]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mr [[PERSONNE:Touré]] demande s'il garde sa place s'il trouve un travail. Il a rdv {{France Travail}} demain, identifiant [[ID_FRANCE_TRAVAIL:2207418D]], il le lit sur sa convocation.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une maman au {{RSA}}, alloc [[N_ALLOCATAIRE:0478129]] : la {{Caf}} a suspendu. Mme [[PERSONNE:Baldé]] appelle le {{115}} « parce que personne d'autre décroche ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme chuchote. Elle donne une adresse : [[ADRESSE:26 rue Champollion, 21000 Dijon]]. L'écoutante fait le {{17}}. Pas de nom. Je reste figée 10 min après.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un monsieur veut l'attestation d'hébergement pour son avocate : « Me [[PERSONNE:Benhamou]], [[EMAIL:cabinet.benhamou at avocats-dijon point fr]] ».",
    ),
]

# --- chrs, contrôle sur place ----------------------------------------------------------------
NOTES += [
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement diffus du {{CHRS}}, {{Clermont}}, quartier {{Saint-Jacques}} : [[ADRESSE:41 boulevard Léon Jouhaux, 63100 Clermont-Ferrand]]. Locataire : Mme [[PERSONNE:Mbaye]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Fuite sous l'évier depuis {{3 semaines}}. Le bailleur ne vient pas. L'éducateur prend une photo.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude camion. Un homme vit dans un fourgon, [[IMMATRICULATION:AZ-318-PN]], garé près du {{canal}}. [[PERSONNE:Fred]], {{58 ans}}, ancien cariste.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Une voiture plaque suisse, [[IMMATRICULATION:NE 48 216]], sur le parking de la résidence. L'éducatrice : c'est au frère d'une résidente, Mr [[PERSONNE:Jeanneret]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à {{Aurillac}}, Mr [[PERSONNE:Vergne]]. Sur le frigo : « assistante sociale [[TELEPHONE:04.71.46.--.--]] » à moitié effacé, et son mail à lui au marqueur : [[EMAIL:jp.vergne15 arobase orange]] (le point fr manque).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "La maraude distribue {{22 cafés}}, {{14 soupes}}, {{6 duvets}}. 1 refus de tout. Tout le monde se connaît.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Dans le classeur du résident : attestation de droits, NIR [[NIR:1 73 12 2A 004 051 52]], né à {{Ajaccio}}. Mr [[PERSONNE:Luciani]] dit qu'il n'est pas retourné en {{Corse}} depuis {{30 ans}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Camping-car belge [[IMMATRICULATION:1-KJT-402]] où vit Mr [[PERSONNE:Van den Broeck]], au [[ADRESSE:camping des Acacias, emplacement 7]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Chez Mme [[PERSONNE:Soumaré]] : sur la table, lettre {{Caf}} n°alloc[[N_ALLOCATAIRE:5527301]], lettre {{France Travail}} identifiant [[ID_FRANCE_TRAVAIL:4418260 P]], relevé bancaire [[IBAN:FR76 1100 6397 8206 9374 3228 836]]. L'éducatrice range tout dans une pochette.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Le fils, [[PERSONNE:Ibrahima]], a punaisé son emploi du temps de {{CAP}}. Sa mère est fière.",
    ),
]

# --- france_travail, accueil physique --------------------------------------------------------
NOTES += [
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Chalon-sur-Saône}}. Inscription : le conseiller [[PERSONNE:Yannick]] crée le dossier, l'identifiant s'affiche : [[ID_FRANCE_TRAVAIL:6120458K]]. Il l'écrit sur un post-it, le monsieur le prend en photo.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mail : « [[EMAIL:moussa point traore arobase outlook point fr]] », « tout en minuscules ? » oui. [[PERSONNE:Moussa Traoré]], né à {{Nevers}}, carte vitale : [[NIR:1 01 09 58 194 022 09]]. Identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:7730416C]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Bornes en libre accès : 4 postes. 2 en panne. Le troisième a un clavier {{QWERTY}}. Personne ne s'en sert.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Sur la convocation : « Identifiant:[[ID_FRANCE_TRAVAIL:3390127F]]Date:{{14/05}} {{9h30}} », tout collé dans le PDF. Mme [[PERSONNE:Guillot]] ne trouvait pas son identifiant, normal.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Il me montre le SMS : « Votre identifiant est [[ID_FRANCE_TRAVAIL:04521\n87M]] » — le retour à la ligne coupe le numéro, il croyait que c'était [[ID_FRANCE_TRAVAIL:04521]] tout court. Mr [[PERSONNE:Ahmadi]], 3 semaines bloqué pour ça.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV. Le modèle projeté au mur est au nom de « [[PERSONNE:Marie Durand]] ». Une participante, [[PERSONNE:Blandine]], recopie le modèle mot pour mot, y compris le nom 😅",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Nouveau numéro : « c'est le [[TELEPHONE:06 15 47 32 80]] », puis « ah non, ça c'est l'ancien, le nouveau finit par [[TELEPHONE:32 08]] ». Le conseiller soupire. Mr [[PERSONNE:Meunier]], identifiant [[ID_FRANCE_TRAVAIL:1859302L]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller a {{312 demandeurs}} dans son portefeuille. Il dit qu'il en voit une trentaine vraiment.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offre de cariste à {{Longvic}}, il faut le permis. Il a le permis, pas de voiture. Sa sœur lui prête la sienne, [[IMMATRICULATION:GK-472-SB]]. Aide à la mobilité ? Mr [[PERSONNE:Bakari]], identifiant [[ID_FRANCE_TRAVAIL:2046117N]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune de {{18 ans}} : « je suis de [[DATE_NAISSANCE:2006]] ». Orienté vers la {{Mission locale}} pour le {{CEJ}}. [[PERSONNE:Enzo]] dit que c'est la 3e fois qu'on le renvoie quelque part.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« [[EMAIL:nadege tiret boulanger arobase free point fr]] », [[PERSONNE:boulanger]] comme le métier. [[PERSONNE:Nadège Boulanger]] cherche… une offre de {{boulanger}} pour son fils, à {{Nevers}}. Tout le monde rit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ouverture des droits {{ARE}}. Le RIB : elle dicte par groupes de 4, le conseiller répète : « [[IBAN:FR76 1680 6722 1086 3060 5203 333]] », au dernier groupe « trois fois trois ? » oui. Mme [[PERSONNE:Aubert]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mr [[PERSONNE:Kaya]] revient de {{Turquie}}, plus de ligne française, il donne [[TELEPHONE:+90 532 418 60 27]]. Le système n'accepte pas les numéros étrangers : le conseiller met {{00 00 00 00 00}}. Identifiant [[ID_FRANCE_TRAVAIL:5562901J]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier réseaux sociaux : le conseiller montre le profil {{LinkedIn}} de [[PERSONNE:Julien Masson]] (participant) et le compte d'une participante, [[IDENTIFIANT:@aminata.sow.rh]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Photo de la file à {{8h25}} : {{23 personnes}}. Ouverture {{8h30}}. Le vigile dit « bonjour » 23 fois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« Mon identifiant c'est [[ID_FRANCE_TRAVAIL:quatre, huit, un, zéro, neuf, neuf, six, T]] », T comme {{Thomas}}. Mr [[PERSONNE:Haddad]] le connaît par cœur, il s'est inscrit 4 fois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le mail dans le dossier : [[EMAIL:sebastien.gros@gmial.com]] (gmial !). Ça explique pourquoi il ne reçoit rien depuis 6 mois. Corrigé : [[EMAIL:sebastien.gros@gmail.com]]. Mr [[PERSONNE:Gros]] est tout sauf {{gros}}, il rit quand même.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Changement d'adresse : [[ADRESSE:2 impasse des Vignes, 21160 Marsannay-la-Côte]]. Mme [[PERSONNE:Thevenot]], nouveau RIB {{Boursorama}} : [[IBAN:FR76 4061 8350 7265 1662 8648 025]].",
    ),
]

# --- france_travail, accueil téléphonique ----------------------------------------------------
NOTES += [
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}, {{Besançon}}. Conseillère [[PERSONNE:Audrey]]. L'appelant dicte « [[ID_FRANCE_TRAVAIL:1 2 7 4 4 0 3]], euh, [[ID_FRANCE_TRAVAIL:H]] », la lettre arrive après une pause.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Écran : {{63 appels}} en attente. Temps moyen : {{12 min}}. La conseillère : « ce matin c'est calme ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Elle change son mail : ancien [[EMAIL:celine.mangin@yahoo.fr]], nouveau « [[EMAIL:celine point mangin point pro arobase gmail point com]] ». [[PERSONNE:Céline Mangin]], née à {{Chalon}} en [[DATE_NAISSANCE:août 99]], NIR [[NIR:2 99 08 71 076 356 33]], identifiant [[ID_FRANCE_TRAVAIL:6604183A]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mr [[PERSONNE:Chraïbi]] appelle du {{Maroc}} (enterrement de son père), il veut signaler son absence. Il donne le numéro : « [[TELEPHONE:zéro zéro deux cent douze, six, cinquante-deux, trente, dix-huit, quarante-quatre]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : « je veux parler à MON conseiller ». Impossible, la conseillère prend un message. {{3e appel}} comme ça depuis {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Message pour le conseiller référent, M. [[PERSONNE:Boissard]] : « rappeler Mme [[PERSONNE:Kamara]] ([[ID_FRANCE_TRAVAIL:3021776G]]) au [[TELEPHONE:07 82 61 05 93]] entre {{12h}} et {{14h}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mail de l'usager lu à l'écran : « mon identifiant est le [[ID_FRANCE_TRAVAIL:55\n31942R]] merci de me rappeler ». Le retour à la ligne est dans le mail, la conseillère recolle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Vérif identité : « date de naissance ? » – « le [[DATE_NAISSANCE:3 du 3, 93]] ». Mr [[PERSONNE:Vannier]] répond avant qu'elle finisse la question.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Frontalier : Mr [[PERSONNE:Monnier]], de {{Delle}}, licencié en {{Suisse}}. Rappel sur son portable suisse [[TELEPHONE:+41 32 466 71 03]]. Sa voiture, dit-il, est immatriculée [[IMMATRICULATION:ep 314 gz]] (la conseillère la tape en minuscules dans la fiche).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère me montre ses stats : {{48 appels}} hier. Objectif : {{55}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le monsieur dit « c'est le [[ID_FRANCE_TRAVAIL:7708231W]]jecrois », je l'ai noté comme je l'ai entendu. L'outil accepte du premier coup.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Allocation pas reçue. Le RIB enregistré finit par [[IBAN:8584 730]]. Elle : « non c'est pas le mien ça, c'est celui de mon ex ». Mme [[PERSONNE:Dupuis]], identifiant [[ID_FRANCE_TRAVAIL:0917265E]]. Nouveau RIB à déposer en ligne.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de {{Moulins}} : Mr [[PERSONNE:Tessier]], emploi saisonnier. Son numéro, d'une traite : « [[TELEPHONE:zéro six trente-sept dix-huit quatre-vingt-douze cinquante-cinq]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Incident : l'appel coupe à la {{19e minute}}, juste avant la fin. La conseillère soupire. Elle ne peut pas rappeler, numéro masqué.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Olena Shevchuk]] épelle son mail en anglais : « [[EMAIL:o-l-e-n-a dot s-h-e-v dot u-a at gmail dot com]] ». La conseillère comprend « {{dot}} » au bout de 3 fois. Identifiant [[ID_FRANCE_TRAVAIL:4475018U]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Formation : Mme [[PERSONNE:Yıldırım]] appelle pour son dossier de formation n° [[IDENTIFIANT:2025-0417732]], refusé. La conseillère lit le motif, « projet non cohérent », la dame raccroche.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Vous pouvez me rappeler au même numéro ? » La conseillère lit : [[TELEPHONE:06 44 19 70 28]]. « Ah non, j'ai changé, c'est [[TELEPHONE:07 44 19 70 28]], juste le début ». Mr [[PERSONNE:Fontaine]]. Pendant ce temps je vais remplir mon verre à la {{fontaine}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Attestation pour la {{Caf}} : Mme [[PERSONNE:Ramos]] donne son num alloc « [[N_ALLOCATAIRE:2861047]] », son adresse [[ADRESSE:18 rue des Tanneurs, 58000 Nevers]] et même son RIB : [[IBAN:FR7610807438931765804846351]]. La conseillère : « j'ai pas besoin de tout ça ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Fin de matinée : {{19 appels}}, dont 7 sur l'actualisation. Elle dit que le jour de l'actualisation ({{28 du mois}}) c'est l'enfer.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un appelant lit son numéro de sécu alors qu'on ne lui demande rien : [[NIR:1 90 04 99 139 281 23]], « je suis né au {{Portugal}} ». Mr [[PERSONNE:Fernandes Sousa]].",
    ),
]


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
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
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build_notes():
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
    """Return (dev_ids, holdout_ids); depends only on the ids and the cells."""
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
