"""Independent evaluation corpus n° 58: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids
``ind58-001`` … ``ind58-240`` follow the writing order. ``split`` draws dev / holdout from the
ids and the cells (site kind × channel) only, never from the contents.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)

Standard library only; deterministic (two runs give byte-identical files).
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind58"
SEED = 58

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

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

# ---------------------------------------------------------------------------
# The notes, in writing order (ids follow this order).
# ---------------------------------------------------------------------------

NOTES_1 = [
    (
        "caf",
        AP,
        "{{9h02}} ouverture {{Caf}} {{Saint-Denis}}, deja ~{{40 personnes}} dehors, la file descend "
        "jusqu'au {{Franprix}}. [[PERSONNE:Nadia]] (accueil) distribue les tickets a la main, elle "
        "dit que le lundi c'est tjs comme ca. Mon ticket : {{A112}} 😅",
    ),
    (
        "caf",
        AP,
        "Dame qui ne parle que {{soninké}}, sa fille de {{12 ans}} traduit. L'agent "
        "([[PERSONNE:Rachid]]) refuse gentiment de faire traduire la gamine sur la séparation, il "
        "appelle {{ISM Interprétariat}}, {{14 min}} d'attente au tel. L'interprète se présente : "
        "« Mme [[PERSONNE:Koné]], je traduis pour vous madame ». Dossier alloc "
        "[[N_ALLOCATAIRE:2841736]], au nom de Mme [[PERSONNE:Djeneba Sissoko]]. Le monsieur est "
        "parti au {{Mali}} depuis {{février}}, elle n'a plus de nouvelles. [[PERSONNE:Rachid]] explique "
        "l'{{ASF}}.",
    ),
    (
        "france_travail",
        AP,
        "File d'attente {{45 min}} avant meme l'ouverture. Un mr crie que son RDV etait a "
        "{{8h30}} et qu'on l'a pas appelé. [[PERSONNE:Sabrina]] (conseillère) vérifie : "
        "identifiant [[ID_FRANCE_TRAVAIL:4821937K]], rdv bien noté mais a {{13h30}}. Il rit, "
        "s'excuse, repart prendre un café au {{PMU}} d'en face.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente pleine, {{31 patients}} affichés sur l'écran, temps d'attente estimé "
        "{{4h}}. IOA = [[PERSONNE:Aurélie]], seule jusqu'a {{10h}}. Un monsieur tamoul avec la main "
        "bandée, son neveu traduit par téléphone en {{tamoul}} depuis {{La Chapelle}}.",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{3646}}. Appel d'une dame de {{Bobigny}}, carte Vitale perdue. L'agent "
        "([[PERSONNE:Stéphane]]) lui demande son n° de sécu, elle le lit lentement : "
        "[[NIR:2 66 02 93 008 271 78]]. « [[PERSONNE:Ouarda Benali]], [[PERSONNE:B E N A L I]] ». Elle est née "
        "a {{Bobigny}} oui. Il lui dit de commander sur {{Ameli}}, elle n'a pas d'ordi, il le fait "
        "pour elle. {{11 min}}.",
    ),
    (
        "ccas",
        AP,
        "rien de spécial ce matin, {{6 personnes}} en tout entre {{9h}} et {{10h15}}. Surtout "
        "des demandes de domiciliation et une de {{colis alimentaire}}. L'agent m'explique que le "
        "{{Secours populaire}} a fermé pour travaux.",
    ),
    (
        "chrs",
        AT,
        "Standard {{115}} du {{93}}. Appels en continu, {{12 lignes}}, {{4 écoutants}}. A "
        "{{21h40}} : jeune homme, {{19 ans}}, dit s'appeler [[PERSONNE:Mamadou Sow]], arrivé "
        "{{gare du Nord}} ce matin, il dort dehors depuis {{3 nuits}}. Né le [[DATE_NAISSANCE:"
        "14 juillet 1999]], donc {{25 ans}} en fait, il s'est trompé. Pas de place, on lui "
        "propose la {{halte de nuit}} de {{Saint-Ouen}}. Il raccroche sans dire merci, "
        "l'écoutante ([[PERSONNE:Farida]]) souffle.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Attente annoncée {{20 min}}. Le conseiller décroche au bout de {{23 min}}. "
        "Une dame d'{{Argenteuil}} veut actualiser sa situation, l'appli plante. Il la fait "
        "passer par le site, ça marche. « Vous voyez madame c'est rien ». {{6 minutes}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à domicile avec [[PERSONNE:Christophe]], contrôleur depuis {{14 ans}}. "
        "Adresse : [[ADRESSE:27 avenue Paul Vaillant-Couturier, bât C, 93120 La Courneuve]], "
        "{{5e étage}} sans ascenseur (en panne depuis {{septembre}}). Mme [[PERSONNE:Aminata "
        "Traoré]] nous ouvre avec un bébé dans les bras. Il vérifie : nombre de chambres, "
        "qui vit là, les papiers du bail. NIR lu sur l'attestation : [[NIR:2 87 03 99 335 045 "
        "86]]. Elle dit que le papa du bébé vit chez sa mère à {{Stains}}. [[PERSONNE:Christophe]] note, "
        "regarde la salle de bain (une seule brosse à dents d'adulte). {{40 min}} en tout.",
    ),
    (
        "urgences",
        AT,
        "standard urgences {{Delafontaine}} : une femme cherche son père, amené par les "
        "{{pompiers}} cette nuit. « [[PERSONNE:Abdelkader Haddad]], [[PERSONNE:H A D D A D]], né le "
        "[[DATE_NAISSANCE:03/11/1948]] ». L'agent ne peut rien dire au tel, secret médical, lui "
        "conseille de venir avec sa pièce d'identité. Elle pleure un peu. {{4 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV, {{8 inscrits}}, {{5 présents}}. Le conseiller montre un CV modèle au nom "
        "de [[PERSONNE:Julie Martin]] sur le vidéoprojecteur. Un participant, "
        "[[PERSONNE:Rubel]], bangladais, demande si on peut mettre sa photo. Réponse : non, pas "
        "obligatoire en {{France}}. Il a l'air surpris.",
    ),
    (
        "ccas",
        AT,
        "Appel : monsieur de {{78 ans}}, veuf, veut savoir pour l'{{aide ménagère}}. Il s'appelle "
        "[[PERSONNE:Jean-Claude Marchal]], habite [[ADRESSE:9 rue des Rosiers, 93330 "
        "Neuilly-sur-Marne]]. Son tél : [[TELEPHONE:01 43 08 27 91]]. L'agente lui propose une "
        "visite jeudi {{14h}}. Il répète son numero deux fois pour être sûr.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour. Café, douche, machine à laver. {{22 passages}} avant {{11h}}. Les "
        "gens se connaissent, ça parle {{roumain}}, {{arabe}}, {{wolof}}. Un chien dort sous la "
        "table ({{Rocky}}, le chien de tout le monde paraît-il).",
    ),
    (
        "cpam",
        AP,
        "Borne en panne, file de {{17 personnes}}. Mr très âgé avec sa fille qui parle pour lui. "
        "La fille : « Il s'appelle [[PERSONNE:Nguyen Van Long]], sa mutuelle c'est la {{MGEN}} n° "
        "[[IDENTIFIANT:274851093]] ». L'agente ([[PERSONNE:Fabienne]]) explique la {{C2S}}, la "
        "fille note tout sur son tel en vietnamien.",
    ),
    (
        "caf",
        AT,
        "Appel {{32 min}} d'attente. « Bonjour je suis [[PERSONNE:Kévin Lefèvre]], j'ai changé de "
        "banque, je veux que la {{prime d'activité}} arrive sur le nouveau compte ». L'agent lui "
        "dit de le faire dans l'espace perso. Il insiste pour le dicter : [[IBAN:FR76 3000 3036 "
        "2000 0501 2398 727]]. Elle refuse de le saisir par tel (sécurité). Il rale mais "
        "comprend.",
    ),
    (
        "urgences",
        AP,
        "{{14h10}}. Une jeune femme enceinte, {{8 mois}}, douleurs. IOA l'envoie direct en "
        "{{maternité}} ({{2e étage}}). Le mari reste à l'accueil pour l'admission : « "
        "[[PERSONNE:Semhar Tekle]], [[PERSONNE:T E K L E]] ». Pas de carte vitale, {{AME}} en cours. L'agent "
        "d'admission tape le n° du récépissé : [[IDENTIFIANT:9302118456]].",
    ),
    (
        "france_travail",
        AP,
        "Jeune de {{Sevran}}, {{20 ans}}, vient pour la {{Garantie jeunes}} (qui s'appelle plus "
        "comme ça, c'est le {{CEJ}} maintenant). Conseiller [[PERSONNE:Hakim]] lui explique. Le "
        "jeune a son insta ouvert, me montre : [[IDENTIFIANT:@lamine_sevran93]] 😂 il fait des "
        "vidéos de foot.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile évaluation {{APA}} avec l'assistante sociale ([[PERSONNE:Mélanie "
        "Perrin]]). Mme [[PERSONNE:Josiane Delacroix]], {{91 ans}}, seule dans un F3 à "
        "[[ADRESSE:4 allée Romain Rolland, Villemomble]]. Elle nous montre ses roses sur le balcon, "
        "« la {{rose}} rouge c'est mon mari qui l'a plantée ». Frigo presque vide. [[PERSONNE:Mélanie]] "
        "propose le {{portage de repas}}.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission CHRS {{Aubervilliers}}. Mr [[PERSONNE:Tesfaye Gebremedhin]], "
        "érythréen, {{34 ans}}, orienté par le {{SIAO}} (réf [[IDENTIFIANT:SI-93-2024-11872]]). "
        "Interprète {{tigrinya}} par tel, ça coupe 3 fois. Il a un titre de séjour {{10 ans}}, n° "
        "[[IDENTIFIANT:9301457823]]. Chambre {{14}}, {{2e étage}}.",
    ),
    (
        "caf",
        AP,
        "BCP DE MONDE. Le vigile ferme la porte à {{11h50}}, ceux qui sont dehors reviendront "
        "cet aprem. Une dame rale : « je viens de {{Clichy-sous-Bois}} j'ai pris 2 bus ». Le "
        "vigile s'excuse.",
    ),
    (
        "cpam",
        AT,
        "Mr appelle pour ses IJ pas reçues depuis {{6 semaines}}. Numéro de sécu "
        "[[NIR:176129923508791]]. [[PERSONNE:Sivakumar Tharmalingam]], il épelle « [[PERSONNE:T H A R M A "
        "L I N G A M]] ». L'agent voit un arrêt pas transmis par l'employeur. Conseille de "
        "relancer le patron, « M. [[PERSONNE:Lacombe]] » du resto.",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant : conseillère ([[PERSONNE:Samia]]) rappelle les gens qui ont raté leur "
        "rdv. 1er : messagerie. 2e : messagerie pleine. 3e : Mr [[PERSONNE:Ionuț Popescu]], "
        "il parle mal français, elle bascule sur un collègue qui parle {{roumain}}. "
        "Rdv redonné {{mardi 10h}}. Son tel : [[TELEPHONE:07 58 31 64 20]].",
    ),
    (
        "urgences",
        AP,
        "enfant {{4 ans}} fievre 40, maman seule avec 3 autres petits. Elle parle {{ourdou}}. "
        "L'aide soignante sort le {{traducteur Google}} sur son tel. La petite s'appelle "
        "[[PERSONNE:Zainab]], née le [[DATE_NAISSANCE:2 janvier 2020]]. IPP "
        "[[IDENTIFIANT:2021004517]].",
    ),
    (
        "chrs",
        CSP,
        "Visite en {{hôtel social}} avec l'éducatrice ([[PERSONNE:Gwenaëlle]]). {{Hôtel du "
        "Parc}}, {{chambre 23}}, à {{Bondy}}. Famille [[PERSONNE:Ahmadi]], {{5 personnes}} dans "
        "{{14 m²}}. Pas de plaque de cuisson (interdit), ils cuisinent sur un réchaud caché "
        "sous le lit. Le père, [[PERSONNE:Abdul]], s'excuse. [[PERSONNE:Gwenaëlle]] ne dit rien.",
    ),
    (
        "ccas",
        AP,
        "{{Bondy}}. Une jeune femme pour une aide facultative, facture EDF impayée, "
        "{{312 €}}. Réf client EDF : [[IDENTIFIANT:6004 381 927]]. [[PERSONNE:Christelle "
        "Ekambi]]. Elle a le dossier complet, rare !! L'agent ([[PERSONNE:Véronique]]) est "
        "contente.",
    ),
    (
        "france_travail",
        AP,
        "{{10h}}-{{11h}} : {{9 personnes}} reçues à l'accueil\n"
        "- 4 actualisations\n"
        "- 2 attestations employeur\n"
        "- 1 radiation contestée\n"
        "- 2 qui voulaient juste imprimer un doc\n"
        "imprimante HS 🙃",
    ),
    (
        "caf",
        AT,
        "« Allô? Oui bonjour madame c'est pour l'APL » — dame d'{{Epinay-sur-Seine}}, "
        "n° allocataire [[N_ALLOCATAIRE:0457712]], elle a déménagé le {{1er mars}}, nouvelle "
        "adresse [[ADRESSE:12 rue de Paris, 93800 Épinay-sur-Seine]]. L'agent "
        "([[PERSONNE:Djamila]]) lui dit que le bailleur doit remplir l'attestation. Elle "
        "demande si elle peut envoyer par mail, [[PERSONNE:Djamila]] lui dit non, par l'espace {{Caf.fr}}.",
    ),
    (
        "urgences",
        AT,
        "Appel à {{3h12}} (on m'a raconté, je n'y étais pas) : un Mr hurle que sa femme est aux "
        "urgences depuis {{19h}}. L'agent de nuit lui a passé le cadre. Ce matin personne ne "
        "se souvient du nom.",
    ),
    (
        "cpam",
        AP,
        "Rdv {{10h20}}. Mme [[PERSONNE:Fatma Yilmaz]], {{45 ans}}, pour sa pension "
        "d'invalidité. Elle parle {{turc}}, son fils ([[PERSONNE:Emre]]) traduit. NIR "
        "[[NIR:279119920810291]], née en [[DATE_NAISSANCE:novembre 1979]] à {{Konya}}. L'agent "
        "([[PERSONNE:Olivier]]) lui montre sur l'écran le montant : {{742,18 €}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{22h05}}. Une femme avec 2 enfants, dans le {{RER B}} en direction de "
        "{{Aulnay}}. Elle ne sait pas où descendre. L'écoutant lui dit d'aller à la "
        "{{gare de Sevran-Beaudottes}} où une maraude passe. Il note : « Mme "
        "[[PERSONNE:Kadiatou Touré]], 2 enfants (6 et 9 ans), tel [[TELEPHONE:+33 6 72 19 40 "
        "83]] ». Il rappelle {{10 min}} après, pas de réponse.",
    ),
    (
        "caf",
        AP,
        "L'accueil c'est {{3 guichets}} + {{2 postes}} en libre service. Ce matin {{1 guichet}} "
        "fermé (agent malade). Attente moyenne {{1h20}}. Personne ne râle, j'en suis étonné.",
    ),
    (
        "france_travail",
        AT,
        "Une conseillère me fait écouter un message vocal laissé hier : « oui bonjour c'est "
        "[[PERSONNE:Moussa Camara]] identifiant [[ID_FRANCE_TRAVAIL:0613582 B]] rappelez moi "
        "au [[TELEPHONE:zéro six, quarante et un, soixante-dix-huit, vingt-deux, zéro neuf]] "
        "merci ». Elle rappelle, il est sur un chantier à {{Massy}}, ça coupe.",
    ),
    (
        "urgences",
        AP,
        "Agent de sécurité ([[PERSONNE:Moïse]]) sépare 2 hommes qui se disputaient une chaise. "
        "Ambiance tendue, {{2h40}} d'attente annoncée. L'IOA passe toutes les {{20 min}} appeler "
        "des noms : « [[PERSONNE:Dumitru]] ? Mme [[PERSONNE:Ndiaye]] ? »",
    ),
    (
        "ccas",
        AT,
        "Un élu appelle pour « un administré ». L'agente ([[PERSONNE:Patricia]]) lève les yeux "
        "au ciel. C'est pour Mr [[PERSONNE:Michel Garnier]], demande de logement d'urgence. "
        "Elle explique que c'est pas le CCAS qui attribue. {{7 min}}.",
    ),
]

NOTES_2 = [
    (
        "caf",
        CSP,
        "{{Sarcelles}}, contrôle sur signalement (« vie maritale non déclarée »). Contrôleur : "
        "[[PERSONNE:Laurent]]. On arrive {{8h45}} [[ADRESSE:6 rue Jean Moulin, 95200 Sarcelles]]. "
        "Sur le parking la voiture signalée, plaque [[IMMATRICULATION:GK-318-RP]]. Mme "
        "[[PERSONNE:Hawa Coulibaly]] dit que c'est la voiture de son frère qui la prête. "
        "[[PERSONNE:Laurent]] ne conclut rien sur place, il dit qu'il croisera avec les fichiers. Elle a "
        "{{3 enfants}}, le plus petit {{18 mois}}. Ça m'a mis mal à l'aise.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail à domicile avec [[PERSONNE:Cédric]] (agent assermenté). "
        "[[ADRESSE:31 bis rue Émile Zola, 91100 Corbeil-Essonnes]], {{10h05}}, heures de sortie "
        "autorisées {{9h-11h}} donc il peut être dehors. Personne. La voisine : « M. "
        "[[PERSONNE:Carpentier]] ? il est au marché ». Avis de passage dans la boite.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Rodrigue Nzé]] ne reçoit pas les convocations. L'agent vérifie l'adresse "
        "mail : [[EMAIL:rodrigue.nze93@gmail.com]] → ok, c'est les spams. Identifiant "
        "[[ID_FRANCE_TRAVAIL:573 9214 F]]. « Regardez dans indésirables monsieur ». Il trouve "
        "{{11 mails}} dedans 😬",
    ),
    (
        "urgences",
        AP,
        "Distributeur de boissons vide. Un papy dort sur {{3 chaises}}. Télé allumée sur "
        "{{BFM}} sans le son. Affiche au mur : « {{Les urgences, c'est pour les urgences}} ». "
        "Personne ne la lit.",
    ),
    (
        "chrs",
        AT,
        "115, écoutant [[PERSONNE:Jean-Marc]] parle {{lingala}} avec une dame, puis passe en "
        "français pour me résumer : Mme [[PERSONNE:Grâce Mbuyi]], congolaise, enceinte, "
        "hébergée chez une cousine à {{Pantin}} qui la met dehors ce soir. Il saisit dans le "
        "logiciel, date de naissance affichée [[DATE_NAISSANCE:1990-05-12]]. Pas de place "
        "famille. Mise à l'abri {{hôtel}} peut-être demain.",
    ),
    (
        "caf",
        AT,
        "coupure au bout de {{40 sec}}, la personne rappellera (ou pas)",
    ),
    (
        "ccas",
        AP,
        "Domiciliation. Mr [[PERSONNE:Vasile Lăcătuș]], famille rom, ils vivent sur "
        "l'[[ADRESSE:aire d'accueil de la Croix-Blanche, place 11]]. Il montre sa carte grise "
        "roumaine pour prouver qu'il est là depuis longtemps ?? plaque [[IMMATRICULATION:B 147 "
        "MTR]]. L'agente ([[PERSONNE:Élodie]]) sourit et lui dit que c'est pas nécessaire. Un "
        "cousin traduit du {{romani}} au français, avec qques mots de {{roumain}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant : Mme [[PERSONNE:Kenza Idrissi]] a été radiée pour absence à un rdv qu'elle "
        "dit jamais reçu. Son mail : [[EMAIL:k.idrissi [at] outlook.fr]] (elle le dit comme ça, « "
        "k point idrissi at outlook point fr »). Identifiant [[ID_FRANCE_TRAVAIL:7240185X]]. Le "
        "conseiller voit que le courrier est parti à une ancienne adresse. Recours {{2 mois}}.",
    ),
    (
        "urgences",
        AT,
        "La régulation du {{15}} prévient : homme {{60 ans}}, douleur thoracique, arrivée dans "
        "{{10 min}}. L'agent raccroche, prévient le box {{4}}. {{30 secondes}} en tout.",
    ),
    (
        "cpam",
        AP,
        "Famille ukrainienne, {{protection temporaire}}. Mme [[PERSONNE:Oksana Melnyk]] et ses "
        "deux enfants [[PERSONNE:Artem]] et [[PERSONNE:Sofiia]]. Une bénévole de l'asso traduit "
        "({{ukrainien}}/{{russe}}). APS n° [[IDENTIFIANT:7502318840]]. Ouverture des droits "
        "{{PUMa}}, l'agent dit {{3 semaines}} pour la carte vitale. [[PERSONNE:Oksana]] demande « et le "
        "dentiste ? ».",
    ),
    (
        "caf",
        AP,
        "Elle tend un RIB papier froissé, l'agent recopie : [[IBAN:FR76 1027 8060 1200 0218 7740 "
        "229]]. Mme [[PERSONNE:Prisca Nkoulou]], alloc [[N_ALLOCATAIRE:5 310 244]]. {{Crédit "
        "Mutuel}}, nouveau compte ouvert pour toucher le {{RSA}}. {{4 min}}, efficace.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement diffus du CHRS à [[ADRESSE:18 rue du Bois Sauvage, 91000 "
        "Évry-Courcouronnes]] avec l'éduc [[PERSONNE:Yann]]. Mr [[PERSONNE:Kofi Mensah]] et son "
        "fils de {{16 ans}}. [[PERSONNE:Yann]] vérifie le détecteur de fumée, le frigo, la moisissure dans la "
        "salle de bain. [[PERSONNE:Kofi]] offre du thé, on boit debout. Appart propre, rien à signaler.",
    ),
    (
        "france_travail",
        AP,
        "ATTENTE {{1H10}} POUR UNE ATTESTATION. LA DAME A PLEURÉ AU GUICHET. personne n'a rien "
        "dit.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Wideline Joseph]] appelle pour les chèques d'accompagnement. Elle parle "
        "{{créole}} et français mélangé, l'agente se débrouille. Numéro laissé : "
        "[[TELEPHONE:07.52.19.38.46]]. Rappel prévu {{vendredi}}.",
    ),
    (
        "urgences",
        AP,
        "Arrivée des {{pompiers}} avec un habitué, surnommé « [[PERSONNE:Pépito]] » par tout le "
        "service. Son vrai nom [[PERSONNE:José Da Silva]]. Alcoolisé, blessé au front. L'IOA le "
        "connait par coeur : « [[PERSONNE:José]] vous avez mangé ? ».",
    ),
    (
        "cpam",
        AT,
        "Musique d'attente : {{Vivaldi}}, {{Les Quatre Saisons}} en boucle pendant {{18 min}}. "
        "Je commence à connaître le printemps par coeur.",
    ),
    (
        "caf",
        CSP,
        "Contrôle de résidence (plus de {{9 mois}} en France ?). Mr [[PERSONNE:Seydou Doumbia]], "
        "[[ADRESSE:3 rue Lénine, 93240 Stains]]. La contrôleuse ([[PERSONNE:Aurélie Vidal]]) "
        "feuillette son passeport malien n° [[IDENTIFIANT:B2871430]], compte les tampons. Il est "
        "allé à {{Bamako}} {{2 mois}} l'an dernier, enterrement de sa mère. Elle note, pas de "
        "souci. Lui était très stressé, a sorti toutes ses factures dans une pochette {{Carrefour}}.",
    ),
    (
        "france_travail",
        AT,
        "Une recruteuse du {{Carrefour Market}} de {{Montgeron}} appelle pour l'offre "
        "{{181XKPT}}. [[PERSONNE:Pauline Chevalier]], tel direct [[TELEPHONE:01 69 42 17 83]]. "
        "Elle veut des candidats dispo le dimanche.",
    ),
    (
        "chrs",
        AP,
        "Repas du midi : {{riz}}, {{poulet yassa}}, {{yaourt}}. {{35 couverts}}. Les "
        "résidents font la vaisselle à tour de rôle, un planning est affiché avec des prénoms "
        "(je n'ai pas noté).",
    ),
    (
        "ccas",
        CSP,
        "Visite avec le service hygiène de la mairie, pavillon à [[ADRESSE:47 rue Jules Guesde, "
        "93600 Aulnay-sous-Bois]]. M. [[PERSONNE:Rui Gonçalves]], {{82 ans}}, et sa femme "
        "[[PERSONNE:Maria]]. Humidité, fils électriques à nu. Lui ne veut pas partir, « j'ai "
        "construit cette maison de mes mains en {{1974}} ».",
    ),
    (
        "urgences",
        AP,
        "IOA : « Date de naissance ? » — « [[DATE_NAISSANCE:vingt-trois avril soixante-deux]] ». "
        "Mr [[PERSONNE:Mohand Amokrane]], parle {{kabyle}}, sa fille traduit. Douleur au ventre "
        "depuis {{hier soir}}.",
    ),
    (
        "cpam",
        AP,
        "L'agente, [[PERSONNE:Yasmina Hamidi]], me donne son mail pro si j'ai des questions "
        "après : [[EMAIL:yasmina.hamidi@assurance-maladie.fr]]. Elle bosse ici depuis {{2009}}, "
        "avant elle était à la {{Cpam de Paris}}.",
    ),
    (
        "caf",
        AP,
        "Famille comorienne, {{5 enfants}}. Mme [[PERSONNE:Faïza M'Madi]], n° alloc "
        "[[N_ALLOCATAIRE:1928403]]. Elle a un tel des {{Comores}} et un français, l'agent prend "
        "le français : [[TELEPHONE:06 23 90 17 54]]. Question sur l'{{ARS}} (rentrée scolaire).",
    ),
    (
        "france_travail",
        AP,
        "La conseillère utilise {{Google Traduction}} en {{mandarin}} avec Mr [[PERSONNE:Wei "
        "Zhang]], cuisinier dans un resto à {{Belleville}}. Il lui manque l'attestation "
        "employeur, son patron Mr [[PERSONNE:Chen]] « dit que c'est fait ». Ça ne l'est pas.",
    ),
    (
        "chrs",
        AT,
        "{{95}}, ce soir : {{0 place}}. {{47 demandes}} non pourvues hier. L'écoutante dit "
        "« désolée » {{22 fois}} en une heure, j'ai compté.",
    ),
    (
        "urgences",
        AT,
        "Appel d'un fils : son père [[PERSONNE:Kamel Djebbar]], né en [[DATE_NAISSANCE:1957]], "
        "est-il arrivé à {{André-Grégoire}} ? L'agente vérifie, dit juste « il est pris en charge », pas plus.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Morel]] appelle, son fils [[PERSONNE:Enzo]] né le "
        "[[DATE_NAISSANCE:08/03/2005]] va avoir {{20 ans}}, elle a peur de perdre les {{AF}}. "
        "L'agent confirme : oui à {{20 ans}} il ne compte plus, sauf complément familial… elle "
        "soupire.",
    ),
    (
        "ccas",
        AP,
        "Journée de distribution des {{colis de Noël}} pour les plus de {{70 ans}}. File "
        "joyeuse, des dames en manteau de fourrure, du {{chocolat}}, un {{foie gras}}, une "
        "bouteille de {{Saint-Émilion}}. Rien à voir avec ce matin.",
    ),
    (
        "cpam",
        CSP,
        "2e contrôle d'arrêt. Personne. Sur la boîte aux lettres : « [[PERSONNE:FOFANA Baba]] ». "
        "Adresse [[ADRESSE:bât 4, 2 place du Marché, 93270 Sevran]]. [[PERSONNE:Cédric]] laisse l'avis, "
        "note l'heure : {{11h32}}.",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Giorgi Beridze]], géorgien. Pas d'interprète en {{géorgien}} dispo. Ça "
        "se fait en {{russe}} avec une collègue, [[PERSONNE:Natalia]], qui le parle un peu. "
        "{{25 min}}. À la fin il dit « merci beaucoup madame » en français parfait.",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Deepak Ramasamy]] a son numéro allocataire écrit au stylo sur la main : "
        "[[N_ALLOCATAIRE:3017758]] 😂 l'agent ({{guichet 3}}) lui demande de lever la main pour lire.",
    ),
    (
        "urgences",
        AP,
        "{{19h}} changement d'équipe, transmissions devant moi. {{58 passages}} depuis minuit. "
        "L'infirmière de jour part en courant chercher son fils à la crèche.",
    ),
    (
        "chrs",
        AP,
        "CHRS femmes. Une jeune femme, [[PERSONNE:Manon]], {{22 ans}}, avec un bébé. Elle "
        "montre une photo de la voiture de son ex ([[PERSONNE:Anthony]]) qui traîne devant le "
        "foyer : [[IMMATRICULATION:FZ-702-LM]]. L'éducatrice note la plaque pour la main courante "
        "au {{commissariat}}.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Dos Santos]] lit sa facture {{Veolia}} au tel : « n° [[IDENTIFIANT:F2024-"
        "118733]], {{186,40 €}} ». L'agent lui dit de l'apporter avec le reste.",
    ),
    (
        "france_travail",
        AP,
        "Couple bangladais. Mme [[PERSONNE:Shahida Begum]] veut s'inscrire, son mari "
        "[[PERSONNE:Rubel Ahmed]] répond à sa place. Le conseiller ([[PERSONNE:Benoît]]) "
        "s'adresse à elle, insiste gentiment. Elle répond en {{bengali}}, le mari traduit… "
        "[[PERSONNE:Benoît]] propose un interprète pour la prochaine fois.",
    ),
]

NOTES_3 = [
    (
        "caf",
        CSP,
        "{{Grigny 2}}, tour de {{14 étages}}, ascenseur ok pour une fois. Contrôle chez Mme "
        "[[PERSONNE:Hélène Rakotomalala]], [[ADRESSE:12 rue Lavoisier, 91350 Grigny]]. Sur la "
        "tablette du contrôleur ([[PERSONNE:Francky]]) : NIR [[NIR:283019933320850]], née à "
        "{{Antananarivo}}. Elle élève seule ses {{2 enfants}}, bosse la nuit à {{Orly}} "
        "(ménage). Le contrôle porte sur ses revenus déclarés. {{25 min}}, tout est carré.",
    ),
    (
        "caf",
        AP,
        "Le monsieur a écrit son IBAN sur un post-it jaune : "
        "[[IBAN:FR7630004028370001099812369]]. L'agent lui dit que le post-it ça va pas, il faut "
        "un RIB. Il repart chercher à la {{BNP}} d'à côté. Revient {{20 min}} plus tard, "
        "re-ticket. Je n'ai pas eu son nom.",
    ),
    (
        "urgences",
        AP,
        "Transfert depuis l'hôpital de {{Saint-Denis}} faute de lit : M. [[PERSONNE:Gilbert "
        "Denis]], {{77 ans}}, sur un brancard dans le couloir depuis {{6h}}. Sa femme "
        "[[PERSONNE:Monique]] tient son sac plastique avec ses affaires.",
    ),
    (
        "ccas",
        AT,
        "Une AS de l'{{hôpital Avicenne}} appelle pour une dame sortante, Mme [[PERSONNE:Fatou Ba]], sans "
        "domicile. L'AS donne son mail pour la suite : « [[EMAIL:fatou.ba arobase yahoo point "
        "fr]] » (celui de la dame, pas le sien). L'agente note tout sur un post-it.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Dominique Santoni]], {{75 ans}}, en visite chez sa fille dans le "
        "{{15e}}, a perdu sa carte Vitale. Né à {{Bastia}} en [[DATE_NAISSANCE:septembre 49]]. "
        "NIR [[NIR:1 49 09 2B 033 512 70]] (il le connait par coeur, fier). L'agente lui fait "
        "une attestation provisoire. Il parle de la {{Corse}} {{10 min}}, elle écoute.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Gul Ahmadzai]], afghan, réfugié depuis {{2022}} ({{OFPRA}}). Interprète "
        "{{dari}} au téléphone. Carte de résident n° [[IDENTIFIANT:9502871164]]. Il a fait le "
        "{{CIR}}, veut une formation cariste. La conseillère ([[PERSONNE:Agnès]]) lui trouve une "
        "session à {{Gennevilliers}} en {{avril}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Paris}}. Une femme appelle d'un tel prêté par un passant : "
        "[[TELEPHONE:06 58 04 71 92]]. Elle dit s'appeler [[PERSONNE:Nafissatou]], refuse de "
        "donner son nom. Elle est {{place d'Italie}}. L'écoutant envoie la maraude du "
        "{{Samu social}}. « Restez là où vous êtes madame. »",
    ),
    (
        "chrs",
        CSP,
        "Visite {{hôtel}} avec le travailleur social. {{Ibis Budget}} de {{Gonesse}}, "
        "{{chambre 208}}. Famille [[PERSONNE:Sargsyan]], arméniens, {{4 personnes}}. Mme "
        "[[PERSONNE:Mariam Sargsyan]] montre les cahiers des enfants, fière. La voiture du père, "
        "garée devant, a encore ses plaques d'{{Arménie}} : [[IMMATRICULATION:35 LU 482]]. Le TS "
        "dit qu'il faudra la faire immatriculer ou la vendre.",
    ),
    (
        "france_travail",
        AT,
        "L'appli {{France Travail}} est en maintenance depuis {{7h}}. Du coup {{3949}} saturé, "
        "{{40 min}} d'attente. Les conseillers font des actualisations par tel à la chaîne.",
    ),
    (
        "urgences",
        AT,
        "Le commissariat de {{Saint-Ouen}} appelle : un gardé à vue à faire examiner. Le "
        "brigadier [[PERSONNE:Lemaire]] donne l'identité : [[PERSONNE:Bilal Oussedik]], "
        "né le [[DATE_NAISSANCE:17.02.2004]]. Arrivée prévue {{15h}} avec escorte.",
    ),
    (
        "caf",
        AP,
        "Sur les écrans de la salle d'attente : « {{Caf.fr}} : créez votre espace en "
        "{{5 minutes}} » en boucle. Les gamins jouent entre les rangées de chaises. Un bébé "
        "hurle depuis {{20 min}}.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Francis Baudoin]], né le [[DATE_NAISSANCE:1er mai 1941]], pour la carte "
        "{{Navigo}} {{Améthyste}}. Il habite [[ADRESSE:15 rue de la République, 93170 "
        "Bagnolet]] depuis toujours. Il raconte qu'il a connu le quartier « quand il y avait "
        "encore des vaches ». Dossier fait en {{12 min}}.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Brigitte Fournier]] (de {{Massy}}) demande pourquoi ses lunettes sont "
        "remboursées {{0 €}}. L'agent explique le {{100 % santé}} et la mutuelle. Elle lit sa "
        "carte : {{Harmonie Mutuelle}}, adhérent [[IDENTIFIANT:HM-00417792]]. Il faut voir "
        "avec eux.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Mehdi Taleb]] veut devenir chauffeur {{VTC}}. Il a déjà une voiture, "
        "montre la carte grise : [[IMMATRICULATION:ER-915-VK]]. Identifiant "
        "[[ID_FRANCE_TRAVAIL:3308742M]]. Le conseiller parle {{CPF}}, il répond « {{Uber}} ils "
        "m'ont dit que c'était rapide ».",
    ),
    (
        "urgences",
        AP,
        "Sur l'écran de l'IOA, je lis : « [[PERSONNE:XU Jiayi]] — F — "
        "[[DATE_NAISSANCE:22/08/1971]] — motif : CHUTE ». La dame parle {{mandarin}}, sa voisine "
        "de palier traduit. Poignet gonflé.",
    ),
    (
        "caf",
        AT,
        "Mr [[PERSONNE:Youssef El Amrani]], trop-perçu de {{1 280 €}}. Il donne son numéro "
        "allocataire chiffre par chiffre : « [[N_ALLOCATAIRE:un, neuf, quatre, zéro, deux, six, "
        "huit]] ». L'agent propose un échéancier à {{50 €}}/mois. Il accepte, soulagé.",
    ),
    (
        "chrs",
        AP,
        "Gâteau au chocolat à {{16h}} : [[PERSONNE:Lamine]] fête ses {{30 ans}}. Tout le monde "
        "chante en {{français}}, puis en {{soussou}}. Il pleure un peu.",
    ),
    (
        "cpam",
        AP,
        "Rattachement d'un bébé. Mme [[PERSONNE:Kavitha Jeyakumar]] et sa fille "
        "[[PERSONNE:Kavya]], née à {{Saint-Denis}} en [[DATE_NAISSANCE:février 2022]]. La petite "
        "a déjà son propre NIR : [[NIR:2 22 02 93 066 915 44]]. Interprète {{tamoul}} au tel, "
        "{{8 min}} d'attente pour l'avoir.",
    ),
    (
        "ccas",
        CSP,
        "Évaluation à domicile au {{foyer Adoma}} de {{Montreuil}}, {{chambre 8}}. M. "
        "[[PERSONNE:Hamid Ouali]], {{86 ans}}, chibani, en France depuis {{1962}}. Une chambre de "
        "{{9 m²}}, un réchaud, un transistor. Il veut rester, « ici il y a mes amis ». Son tel "
        "pour l'aide à domicile : [[TELEPHONE:06 11 47 82 30]].",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Tran]] demande juste les horaires. {{8h30}}-{{12h30}}, l'aprem sur rdv. "
        "{{1 min}}.",
    ),
    (
        "urgences",
        AT,
        "Le tel de l'accueil a sonné {{17 fois}} pendant l'heure où j'étais là. {{6}} "
        "décrochés. Les autres : personne de dispo.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez un auto-entrepreneur (peintre en bâtiment), M. [[PERSONNE:Nicolae Stan]], "
        "[[ADRESSE:8 impasse des Glycines, 95100 Argenteuil]]. La contrôleuse compare ses "
        "déclarations {{URSSAF}} et ce qu'il déclare pour la {{prime d'activité}}. SIRET perso "
        "[[IDENTIFIANT:933 303 765 44796]]. Son camion est dans la cour, "
        "[[IMMATRICULATION:DX-427-ZA]], plein de pots de peinture.",
    ),
    (
        "chrs",
        AT,
        "La travailleuse sociale du {{CHU}} appelle le {{SIAO}} pour Mr [[PERSONNE:Tidiane "
        "Ba]], sortie d'hospit demain. Réf SIAO [[IDENTIFIANT:SI-75-2024-40319]]. Réponse : "
        "liste d'attente, {{83e}}.",
    ),
    (
        "cpam",
        AT,
        "Serveur vocal : tapez 1, puis 3, puis 1, puis « votre demande ne peut aboutir ». "
        "{{4 menus}}. Un agent finit par décrocher après {{12 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Nadège Jean-Louis]], arrivée de {{Fort-de-France}} il y a "
        "{{3 mois}}. Elle change son mail : [[EMAIL:nadege.jeanlouis972@icloud.com]]. Aide-"
        "soignante, elle cherche à {{Créteil}} ou {{Villejuif}}.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Dalila Hadj-Ali]], aide facultative loyer. Elle fait des ménages à la "
        "{{Boulangerie Benhamou}} le matin, le patron M. [[PERSONNE:Benhamou]] la paie en "
        "liquide « quand il peut ». L'agente ne relève pas.",
    ),
    (
        "urgences",
        AP,
        "Gamin de {{3 ans}} a avalé une pièce de {{2 €}}. La maman, [[PERSONNE:Sarah Azoulay]], "
        "panique, le gamin lui rigole. Radio, la pièce est dans l'estomac, « elle ressortira ».",
    ),
    (
        "caf",
        AP,
        "Le vigile parle {{arabe}}, {{wolof}}, un peu de {{portugais}}. Il sert d'interprète "
        "toute la matinée, officieusement. Les agents le remercient à chaque fois.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt, {{14h20}}, [[ADRESSE:102 avenue Henri Barbusse, 93700 Drancy]]. M. "
        "[[PERSONNE:Sofiane Hamidi]] ouvre en pyjama, béquilles, entorse. Il est là. "
        "{{3 minutes}}. RAS.",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Cheikh Mbaye]] épelle son identifiant : « [[ID_FRANCE_TRAVAIL:5 1 4 9 0 2 "
        "7 H]], {{H comme Henri}} ». Le conseiller le retrouve, indemnisation bloquée pour une "
        "attestation manquante.",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe {{9h30}} ({{7 salariés}}, {{2 stagiaires}}). ODJ :\n"
        "1. punaises de lit au {{2e étage}}\n"
        "2. budget {{Noël}}\n"
        "3. le lave-linge (encore)",
    ),
    (
        "urgences",
        AP,
        "Bracelet au poignet d'un monsieur endormi : « [[PERSONNE:OUÉDRAOGO Rasmané]] / IPP "
        "[[IDENTIFIANT:P00731452]] ». Il vient du {{Burkina}}, m'a dit l'infirmière.",
    ),
    (
        "caf",
        AT,
        "Une fille appelle pour sa mère, Mme [[PERSONNE:Karima Zaoui]], qui n'entend plus bien. "
        "Adresse de la mère [[ADRESSE:5 rue Pasteur 95140 Garges-lès-Gonesse]]. L'agent "
        "refuse de parler du dossier sans procuration, ce qui énerve la fille ({{9 min}} de discussion).",
    ),
    (
        "ccas",
        AT,
        "Mr demande si le {{CCAS}} paie les obsèques. Oui, sous conditions. Il raccroche "
        "sans laisser de nom.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Samir Haddad]], né à {{Oran}}, NIR [[NIR:1 90 01 99 352 233 35]]. Il "
        "veut changer son RIB pour les remboursements, tend le papier : [[IBAN:FR76 1751 5900 "
        "0008 0122 3344 561]]. {{Caisse d'Épargne}}. L'agent scanne, fini.",
    ),
]

NOTES_4 = [
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Rosemonde Baptiste]] n'a pas son numéro allocataire sous la main. "
        "L'agent la retrouve par le NIR qu'elle dicte : [[NIR:2 72 07 97 120 054 08]]. Née à "
        "{{Pointe-à-Pitre}}, à {{Sarcelles}} depuis {{30 ans}}. Elle laisse son portable, "
        "toujours un numéro de {{Guadeloupe}} : [[TELEPHONE:0690 41 27 83]].",
    ),
    (
        "caf",
        AT,
        "Appel en {{anglais}} : un étudiant nigérian, « my housing aid ». L'agente passe à "
        "l'anglais sans broncher, l'oriente vers le {{Crous}} et l'{{APL}} en ligne. {{9 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle hébergement. [[ADRESSE:Résidence Les Tilleuls, bât B, 3 allée Édouard "
        "Vaillant, 93140 Bondy]]. Mme [[PERSONNE:Aïcha Diabaté]] (alloc "
        "[[N_ALLOCATAIRE:4472019]]) héberge sa sœur [[PERSONNE:Hawa]] et ses {{2 enfants}} "
        "depuis {{juin}}. {{7 personnes}} dans un F3. [[PERSONNE:Laurent]] compte les matelas "
        "sans rien dire.",
    ),
    (
        "caf",
        CSP,
        "Contrôle APL coloc dans le {{19e}}, [[ADRESSE:64 rue de Crimée, 75019 Paris]]. "
        "L'allocataire, [[PERSONNE:Inès Belkacem]], {{23 ans}}, née dans le {{18e}}, NIR "
        "[[NIR:2 01 04 75 118 624 31]]. Les colocs, [[PERSONNE:Léa]] et [[PERSONNE:Tom]], "
        "jouent à la {{Switch}} dans le salon. Bail ok, quittances ok.",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Florin Munteanu]] veut une attestation de droits pour son employeur. "
        "NIR [[NIR:185109911431018]], né à {{Iași}} en [[DATE_NAISSANCE:octobre 85]]. L'agent "
        "l'envoie par mail : [[EMAIL:florin.munteanu85@yahoo.com]]. Il épelle « florin, F comme "
        "{{France}} » etc.",
    ),
    (
        "cpam",
        AT,
        "Une dame demande si le {{Doliprane}} est remboursé. Oui, sur ordonnance. {{2 min}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Trần Thị Hoa]], {{66 ans}}, accompagnée de sa petite-fille "
        "[[PERSONNE:Linh]] qui parle pour elle. NIR [[NIR:258089924301908]], née au {{Vietnam}}. "
        "Demande de prise en charge {{ALD}}. [[PERSONNE:Linh]], {{17 ans}}, sèche les cours pour venir.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt, [[ADRESSE:7 rue Salvador Allende, 95200 Sarcelles]]. C'est la femme "
        "de M. [[PERSONNE:Moussa Konaté]], [[PERSONNE:Assa]], qui ouvre : « il est chez le kiné ». "
        "[[PERSONNE:Cédric]] demande le nom du kiné, vérifiera. {{11h15}}.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation. Mr [[PERSONNE:Ahmed Sy]], né en [[DATE_NAISSANCE:1988]], dort chez des "
        "amis à droite à gauche. Il donne un mail : [[EMAIL:ahmed.sy1988@gmail.com]]. "
        "L'agent lui explique qu'il faudra passer chercher le courrier tous les {{15 jours}}.",
    ),
    (
        "ccas",
        AP,
        "Permanence {{écrivain public}} le {{mardi}} à {{14h}}. File de {{9 personnes}}, "
        "surtout des courriers pour la préfecture et les {{Restos du Cœur}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite aide financière. Mme [[PERSONNE:Dorota Nowak]], polonaise, [[ADRESSE:26 avenue "
        "de la Division Leclerc, 93350 Le Bourget]]. Elle a du mal avec le français, donne le "
        "numéro de son fils [[PERSONNE:Piotr]], en {{Pologne}}, pour qu'on l'appelle s'il le "
        "faut : [[TELEPHONE:+48 601 284 537]].",
    ),
    (
        "chrs",
        AP,
        "Une affiche de l'{{abbé Pierre}} au-dessus de la machine à café, jaunie. À côté, le "
        "planning des douches ({{7h}}-{{9h}}) et une pub {{Emmaüs}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Mme [[PERSONNE:Ndèye Faye]], née le [[DATE_NAISSANCE:3 juin 1986]], "
        "enceinte de {{7 mois}}. Tel [[TELEPHONE:07 81 26 44 15]]. L'écoutante ([[PERSONNE:"
        "Clarisse]]) trouve une place à l'{{hôtel}} pour {{3 nuits}}. Silence de {{5 secondes}} "
        "au bout du fil, puis « merci ma sœur ».",
    ),
    (
        "chrs",
        CSP,
        "Visite en logement passerelle, [[ADRESSE:11 rue Voltaire, 91200 Athis-Mons]]. M. "
        "[[PERSONNE:Jean-Baptiste Orsini]], {{63 ans}}, né à {{Ajaccio}}, ancien cuisinier. Le "
        "TS l'aide à refaire sa carte Vitale, on lit le NIR sur une vieille attestation : "
        "[[NIR:1 61 02 2A 004 377 57]]. Il parle de sa mère, de la mer, des figatelli.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Ousmane Kanté]] a changé de banque, nouvelle carte {{Nickel}}. Il donne "
        "l'IBAN pour l'{{ARE}} : [[IBAN:FR76 1660 6100 2173 0189 4550 181]]. Identifiant "
        "[[ID_FRANCE_TRAVAIL:6027315D]]. La conseillère saisit, {{3 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Espace libre-service : {{4 ordis}}, {{2}} en panne. Le jeune en service civique "
        "({{21 ans}}) aide tout le monde à la fois, il court d'un poste à l'autre.",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller appelle Mme [[PERSONNE:Ana Maria Dumitru]] pour une offre à {{Rungis}}. "
        "C'est son mari qui décroche, [[PERSONNE:Costel]]. Elle rappelle {{10 min}} après du "
        "même numéro, [[TELEPHONE:07 44 92 18 60]]. Identifiant [[ID_FRANCE_TRAVAIL:8841269 L]]. "
        "Entretien calé {{jeudi 9h}}.",
    ),
    (
        "france_travail",
        AT,
        "La dame dit encore « {{Pôle emploi}} ». Le conseiller aussi, d'ailleurs. Puis il se "
        "reprend : « {{France Travail}}, pardon ».",
    ),
    (
        "urgences",
        AP,
        "Mme [[PERSONNE:Leïla Mansouri]] accompagne sa mère, Mme [[PERSONNE:Zoubida Larbi]], "
        "{{79 ans}}, née le [[DATE_NAISSANCE:12 12 1945]]. Chute dans la baignoire. La fille "
        "a quitté le boulot en catastrophe, elle appelle son chef toutes les {{10 min}}.",
    ),
    (
        "urgences",
        AT,
        "Ligne interne : la radio réclame un brancardier. Appel transféré au {{poste 4217}}. "
        "Personne ne répond.",
    ),
    (
        "urgences",
        AP,
        "Un jeune filme la salle d'attente avec son tel. Le vigile intervient. Le jeune : "
        "« je vais le mettre sur mon {{TikTok}}, [[IDENTIFIANT:@bigsoso_95]] ». Il range le tel "
        "quand même.",
    ),
    (
        "caf",
        AP,
        "Couple turc, Mr [[PERSONNE:Mehmet Demir]] et Mme. Alloc [[N_ALLOCATAIRE:2290574]]. Ils "
        "apportent un RIB {{LCL}}, l'agent le saisit à voix haute : « RIB "
        "[[IBAN:30002 00547 0000761245Z 90]] ». Mme sourit quand il prononce « Z » à la turque.",
    ),
    (
        "caf",
        AP,
        "MONSIEUR EN COLÈRE, {{APL}} SUSPENDUE DEPUIS {{3 MOIS}}. IL CRIE « JE M'APPELLE "
        "[[PERSONNE:DEMBÉLÉ]], J'AI TOUT ENVOYÉ ». L'agent attend qu'il finisse, puis : « on "
        "regarde ensemble ».",
    ),
    (
        "cpam",
        AP,
        "Demande de {{C2S}}. Mme [[PERSONNE:Rahma Ait Ouarab]], veuve, {{58 ans}}. Mail : "
        "[[EMAIL:rahma.aitouarab@laposte.net]]. Elle parle {{kabyle}} et {{français}}, l'agente "
        "aussi un peu. Rires.",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Thierry Lebon]], NIR [[NIR:1 68 03 97 411 330 11]]. « Né à "
        "{{Saint-Denis}} — de {{La Réunion}} hein, pas le {{93}} ! » 😂 L'agent rigole. "
        "Question sur un remboursement de kiné.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Ravaka Andriamanalina]] épelle son nom : « [[PERSONNE:A N D R I A M A N "
        "A L I N A]] ». L'agente abandonne au {{4e}} A et demande un mail.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{23h50}}. Un homme dort dans sa voiture sur le parking du {{Leclerc}} de "
        "{{Villiers-le-Bel}}, une {{Clio}} grise [[IMMATRICULATION:CQ-208-HW]]. Il s'appelle "
        "[[PERSONNE:Jérôme]], ne veut pas de foyer, veut juste « savoir s'il y a une douche "
        "quelque part ».",
    ),
    (
        "urgences",
        AP,
        "Mr [[PERSONNE:Josué Pierre-Louis]], haïtien, parle {{créole}}. L'aide-soignante "
        "guadeloupéenne comprend à moitié, ça suffit. Douleur au genou depuis {{3 semaines}}.",
    ),
    (
        "france_travail",
        AP,
        "Mlle [[PERSONNE:Manel Boudjema]], née le [[DATE_NAISSANCE:05/03/2003]], identifiant "
        "lu sur son courrier : [[ID_FRANCE_TRAVAIL:2076543R]]. Elle veut une formation "
        "{{BTS}} en alternance. Le conseiller lui parle de {{La Défense}}.",
    ),
    (
        "caf",
        AT,
        "L'agente appelle le bailleur ({{Seine-Saint-Denis Habitat}}) pour le tiers payant "
        "APL de Mme [[PERSONNE:Prudence Nsimba]], réf locataire [[IDENTIFIANT:0045821-03]]. "
        "Musique d'attente côté bailleur cette fois !",
    ),
    (
        "ccas",
        CSP,
        "Visite annulée : personne. On attend {{15 min}} devant la porte au {{3e étage}}, "
        "interphone cassé. L'AS laisse un mot sous la porte.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt chez Mme [[PERSONNE:Sandra Ferreira]], [[ADRESSE:19 rue des Écoles, "
        "94200 Ivry-sur-Seine]]. NIR sur la fiche : [[NIR:291069913945969]]. Elle est là, "
        "lombalgie, caissière à {{Vitry}}. {{5 min}}.",
    ),
    (
        "chrs",
        AP,
        "Bagagerie : {{40 casiers}}, tous pleins. Liste d'attente sur un cahier.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Souleymane Kamara]] dicte son mail, la conseillère tape "
        "[[EMAIL:soso.kamara@hotmial.fr]], s'aperçoit de la faute, corrige en "
        "[[EMAIL:soso.kamara@hotmail.fr]]. Il dit que c'est comme ça depuis {{2015}} et qu'il "
        "reçoit rien 🤦",
    ),
    (
        "urgences",
        AT,
        "Une mère appelle : son fils [[PERSONNE:Lucas Roussel]], né le "
        "[[DATE_NAISSANCE:30 novembre 2012]], est parti en ambulance du collège. L'agent "
        "confirme qu'il est arrivé, la dirige vers l'entrée {{pédiatrie}}.",
    ),
]

NOTES_5 = [
    (
        "caf",
        CSP,
        "{{Goussainville}}, les avions de {{Roissy}} passent toutes les {{2 min}} au-dessus. "
        "Contrôle chez Mme [[PERSONNE:Mariama Bah]], {{29 ans}}, née à {{Conakry}}, "
        "[[ADRESSE:40 rue Gabriel Péri, 95190 Goussainville]]. NIR sur la tablette : "
        "[[NIR:295059933014171]]. [[PERSONNE:Marc-Antoine]] (contrôleur) vérifie que le compte où "
        "tombe le {{RSA}} est bien à son nom : [[IBAN:FR76 3000 3019 2000 0277 4130 991]]. Oui.",
    ),
    (
        "caf",
        CSP,
        "Suspicion de travail non déclaré (garage sauvage). Chez M. [[PERSONNE:Kamel Bouzid]], "
        "[[ADRESSE:22 chemin des Postes, 93150 Le Blanc-Mesnil]]. Dans la cour : "
        "[[IMMATRICULATION:EK-640-NB]], une vieille {{Golf}} [[IMMATRICULATION:8342 WZ 93]] et "
        "une camionnette belge [[IMMATRICULATION:1-VQR-374]]. Il dit que c'est « des potes qui "
        "passent ». Le contrôleur prend des photos.",
    ),
    (
        "caf",
        CSP,
        "Dans la voiture entre deux visites, le contrôleur m'explique : environ "
        "{{120 contrôles}} par an, et à peu près {{1 sur 3}} finit par un rappel de droits "
        "en faveur de l'allocataire. « Les gens croient qu'on vient que pour sucrer. »",
    ),
    (
        "caf",
        AT,
        "Mr [[PERSONNE:Abdoulaye Traoré]] appelle depuis un chantier, bruit de marteau-piqueur. "
        "Dossier [[N_ALLOCATAIRE:6103398]]. L'agent n'entend rien, lui demande un numéro pour "
        "rappeler ce soir à {{18h}} : [[TELEPHONE:06.47.20.81.36]].",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Anjali Patel]], prime de naissance. Son compte est en {{Belgique}} (elle "
        "bossait à {{Bruxelles}}), elle lit l'IBAN : [[IBAN:BE79 0630 4123 4533]]. L'agent dit "
        "qu'un compte {{SEPA}} c'est ok mais à saisir dans l'espace perso. N° alloc "
        "[[N_ALLOCATAIRE:0873215]].",
    ),
    (
        "caf",
        AP,
        "Interprète {{pachto}} par téléphone via {{ISM}}, haut-parleur posé sur le comptoir. Mr "
        "[[PERSONNE:Naqibullah Safi]], alloc [[N_ALLOCATAIRE:742 1806]], titre AGDREF "
        "[[IDENTIFIANT:7502946618]]. Il veut comprendre pourquoi son RSA a baissé. Tout passe par "
        "3 voix, ça prend {{35 min}}.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Mathivathani Sritharan]] pour le tarif {{cantine}} de sa fille "
        "[[PERSONNE:Nila]], née en [[DATE_NAISSANCE:2016]]. Calcul du {{quotient familial}} : "
        "{{412}}. Tranche B. Elle demande {{2 fois}} si c'est sûr.",
    ),
    (
        "ccas",
        AP,
        "{{11h}} : coupure de courant dans tout le bâtiment. Plus d'ordi. L'agente sort un "
        "cahier et un stylo {{Bic}}, on continue à la main.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Marie-Claude Vidal]], {{72 ans}}, demande la téléassistance. "
        "[[ADRESSE:3 square Louise Michel, 93190 Livry-Gargan]], fixe [[TELEPHONE:01 43 81 59 "
        "06]]. Son fils [[PERSONNE:Éric]] vit à {{Lyon}}, « il appelle le dimanche ».",
    ),
    (
        "ccas",
        AT,
        "Un monsieur appelle pour sa voisine, Mme [[PERSONNE:Rose]] (« la dame du {{4e}} »), "
        "qui ne répond plus depuis {{2 jours}}. L'agente lui dit d'appeler le {{17}} ou les "
        "{{pompiers}} tout de suite.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile, instruction {{RSA}}. Mme [[PERSONNE:Agnieszka Kowalczyk]], "
        "{{50 ans}}, née à {{Évry}}, [[ADRESSE:5 rue Pierre Brossolette, 91130 "
        "Ris-Orangis]]. L'AS remplit le formulaire sur son portable, NIR "
        "[[NIR:2 74 09 91 228 143 73]]. Le chat ({{Filou}}) s'assoit sur le clavier.",
    ),
    (
        "ccas",
        CSP,
        "Mr [[PERSONNE:Boubacar Barry]], fauteuil roulant, [[ADRESSE:9 rue du 8 Mai 1945, "
        "93120 La Courneuve]], {{RDC}}. Dossier {{MDPH}} n° [[IDENTIFIANT:093-2023-04417]] "
        "en attente depuis {{14 mois}}. L'AS appelle la {{MDPH}} devant nous, messagerie.",
    ),
    (
        "chrs",
        AP,
        "Sur le parking, la voiture de [[PERSONNE:Rodolphe]] (résident) : "
        "[[IMMATRICULATION:BV-881-SE]], plus assurée depuis {{janvier}}. L'éducateur "
        "s'inquiète, [[PERSONNE:Rodolphe]] dit « je roule pas avec ».",
    ),
    (
        "chrs",
        AP,
        "Atelier cuisine : {{mafé}}, {{6 résidents}}, rires. L'odeur monte jusqu'au bureau de "
        "la directrice.",
    ),
    (
        "chrs",
        AP,
        "Entretien avec Mr [[PERSONNE:Artur Hakobyan]], débouté de l'asile. Né en "
        "[[DATE_NAISSANCE:mille neuf cent quatre-vingt-un]], dit-il en français appliqué. Il "
        "garde précieusement son ancienne attestation de demande d'asile, n° "
        "[[IDENTIFIANT:7503-24-018872]]. Recours {{CNDA}} perdu.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Mme [[PERSONNE:Oumou Kaba]] et ses enfants [[PERSONNE:Ibrahima]] et "
        "[[PERSONNE:Mariam]]. Tel [[TELEPHONE:+33 7 53 18 64 02]]. Place trouvée : "
        "{{hôtel Campanile}} de {{Bobigny}}, {{chambre 12}}. L'écoutant dicte l'adresse de "
        "l'hôtel deux fois.",
    ),
    (
        "chrs",
        AT,
        "L'écoutante part fumer {{3 min}}. Quand elle revient : {{14 appels}} en attente. "
        "Elle remet le casque sans un mot.",
    ),
    (
        "chrs",
        CSP,
        "Passage avec l'équipe au squat [[ADRESSE:45 rue de la Solidarité, 93100 Montreuil]]. "
        "{{30 personnes}} environ, surtout des Maliens. [[PERSONNE:Ibrahim Cissé]] fait le lien "
        "avec nous, il connaît tout le monde. On recense les besoins santé.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Yacine Boukhalfa]], {{21 ans}}, né à {{Argenteuil}}, veut sa propre carte "
        "(il était sur celle de sa mère). NIR [[NIR:1 03 11 95 018 722 32]]. Mail "
        "[[EMAIL:yacine.bkf@gmail.com]]. « C'est tout ? » Oui.",
    ),
    (
        "cpam",
        AP,
        "{{12 chaises}} pour {{26 personnes}}. Un monsieur âgé reste debout {{25 min}}. "
        "Personne ne lui cède sa place, puis une ado se lève.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Vikram Singh]], chauffeur-livreur, nouveau RIB {{BRED}} pour ses IJ : "
        "[[IBAN:FR76 1010 7002 1500 4120 9876 373]]. Il porte le turban, les enfants le "
        "regardent, il leur fait des grimaces.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Hadja Condé]] déclare son déménagement : [[ADRESSE:14 bis avenue Jean "
        "Jaurès, 93310 Le Pré-Saint-Gervais]]. L'agent lui dit que ça se fait aussi sur "
        "{{Ameli}}, elle dit « je sais mais j'ai pas confiance ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt prévu à {{Bondy}} : immeuble sans noms sur les boîtes, interphone "
        "muet. L'agent repart. {{0}} contrôle fait ce matin-là.",
    ),
    (
        "france_travail",
        AP,
        "Inscription. Mr [[PERSONNE:Dylan Moreau]], {{30 ans}}, né à {{Saint-Denis}}, NIR "
        "[[NIR:194069306621843]]. Le système lui attribue l'identifiant "
        "[[ID_FRANCE_TRAVAIL:9152036T]]. Il vient de perdre son CDD chez {{Amazon}} à "
        "{{Brétigny}}.",
    ),
    (
        "france_travail",
        AP,
        "Le conseiller me dit qu'il suit {{420 demandeurs}}. « Ça fait à peu près "
        "{{12 minutes}} par personne et par trimestre. »",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Nourdine Said Ali]], comorien, refait son CV. Mail "
        "[[EMAIL:nourdine.saidali@outlook.com]], tel [[TELEPHONE:07 66 12 58 93]]. Il veut "
        "mettre « {{permis B}} » en gros. Le conseiller approuve.",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Yann Kerhervé]] déménage à {{Quimper}}, veut transférer son dossier. "
        "Identifiant [[ID_FRANCE_TRAVAIL:4495810 N]]. Le conseiller lui dit « veinard » 😄",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Hawa Sangaré]] donne son identifiant en toutes lettres : "
        "« [[ID_FRANCE_TRAVAIL:sept deux neuf zéro un quatre huit G]] ». Le conseiller tape en "
        "même temps, se trompe {{2 fois}}, recommence.",
    ),
    (
        "france_travail",
        AT,
        "{{17h}}, fin de journée : la conseillère a pris {{46 appels}}. Elle enlève son casque "
        "et se masse les oreilles.",
    ),
    (
        "urgences",
        AP,
        "Touriste roumaine, Mme [[PERSONNE:Elena Radu]]. Elle a sa {{CEAM}} : n° "
        "[[IDENTIFIANT:80642000040123456789]]. L'agent d'admission ne sait pas quoi en faire, "
        "appelle sa cheffe.",
    ),
    (
        "urgences",
        AP,
        "Une voiture garée sur l'{{aire des ambulances}}, [[IMMATRICULATION:gh-772-lp]] (écrit "
        "comme ça sur le post-it du vigile). Annonce au micro : « le propriétaire du véhicule "
        "[[IMMATRICULATION:GH 772 LP]] est prié… ». Personne ne bouge.",
    ),
    (
        "urgences",
        AT,
        "Appel de {{Dakar}} : la sœur de Mr [[PERSONNE:Aliou Gueye]] veut des nouvelles. Elle "
        "laisse son numéro : [[TELEPHONE:+221 77 654 32 10]]. L'agent promet de transmettre.",
    ),
    (
        "urgences",
        AT,
        "« C'est combien d'attente ? » — « On ne peut pas savoir, madame. » {{15 secondes}}.",
    ),
    (
        "caf",
        AP,
        "Ticket {{B057}} appelé {{3 fois}}. Personne. L'agent passe au {{B058}}.",
    ),
]

NOTES_6 = [
    (
        "caf",
        AP,
        "Agence de {{Rambouillet}}, calme : {{4 personnes}} en une heure. Mme [[PERSONNE:Gaëlle "
        "Le Bihan]] vient pour la pension alimentaire que son ex, [[PERSONNE:Yannick]], ne paie "
        "plus depuis {{octobre}}. L'agente lance l'{{ARIPA}}. Alloc [[N_ALLOCATAIRE:3356120]].",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Jean-Pierre Lemoine]], retraité, {{APL}}. Il a un vieux RIB de "
        "{{La Banque Postale}} plié en huit : [[IBAN:FR07 2004 1000 0104 5678 9X02 014]]. "
        "L'agent lui explique que le X c'est normal. Il est rassuré.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Clémentine Roux]] patiente en épluchant une {{clémentine}}, on "
        "l'entend au tel 😄 N° [[N_ALLOCATAIRE:5017742]]. Question sur la {{PreParE}}.",
    ),
    (
        "caf",
        AT,
        "Grève, {{RER D}} coupé : {{30 %}} d'appels en plus selon le chef d'équipe. Beaucoup "
        "de gens qui ne peuvent pas venir à leur rdv.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{AAH}} à {{Melun}}. Mr [[PERSONNE:Hugo Lambert]], [[ADRESSE:2 rue "
        "Saint-Ambroise, 77000 Melun]], vit seul avec son chien ({{Oscar}}). Alloc "
        "[[N_ALLOCATAIRE:8820461]]. Le contrôle vérifie juste la résidence. Il nous montre ses "
        "maquettes de trains pendant {{20 min}}.",
    ),
    (
        "caf",
        CSP,
        "La contrôleuse, [[PERSONNE:Sylvie]], chez Mme [[PERSONNE:Naïma Cherif]], [[ADRESSE:33 "
        "avenue de la Résistance, 93340 Le Raincy]]. Le « conjoint » supposé, [[PERSONNE:Karim]], "
        "est là, il dit qu'il passe juste voir ses {{2 enfants}}. Sa voiture est garée devant, "
        "[[IMMATRICULATION:GA-415-RJ]]. [[PERSONNE:Sylvie]] note, ne dit rien.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur rédige son rapport dans la voiture, puis au {{McDo}} pour le wifi. "
        "{{14 pages}}. Il dit que c'est le pire du métier.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Pilar Ortega]], espagnole, retraitée à {{Vincennes}}, aide au chauffage. "
        "Facture {{Engie}}, réf client [[IDENTIFIANT:310 557 841 209]]. Tel "
        "[[TELEPHONE:06 32 70 15 48]]. Elle parle très vite, mélange {{espagnol}} et français.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Olivier Pierre]] revient avec un {{olivier}} en pot pour remercier "
        "l'agente, [[PERSONNE:Murielle]], qui l'a aidé l'hiver dernier. Elle est émue, le pose "
        "sur le rebord de la fenêtre.",
    ),
    (
        "ccas",
        AP,
        "CCAS de {{Vincennes}} : {{2 personnes}} dans la salle d'attente, des plantes vertes, "
        "{{Le Parisien}} du jour sur la table. Rien à voir avec ce que j'ai vu lundi.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Zohra Belaïd]] demande des bons alimentaires (les {{Restos du Cœur}} sont complets). L'agente prend son mail "
        "pour lui envoyer la liste des pièces : [[EMAIL:zohra.belaid@free.fr]].",
    ),
    (
        "ccas",
        AT,
        "Une agente de la {{CAF}} appelle le CCAS au sujet de Mr [[PERSONNE:Ali Benyahia]], n° "
        "alloc [[N_ALLOCATAIRE:2093417]], dossier {{RSA}} incomplet. Les deux se tutoient, se "
        "connaissent depuis longtemps.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez M. [[PERSONNE:Jacques Perrot]], {{88 ans}}, [[ADRESSE:17 rue des Vignes, "
        "94300 Vincennes]]. Journaux empilés jusqu'au plafond. {{3 chats}} : {{Caramel}}, "
        "{{Pompon}} et {{Minette}}. L'AS parle d'une aide au ménage, il refuse poliment.",
    ),
    (
        "ccas",
        CSP,
        "Mme [[PERSONNE:Bintou Keïta]], [[ADRESSE:8 place de la Fraternité, 93230 "
        "Romainville]]. Aide exceptionnelle de {{250 €}}, versée sur son compte, l'AS recopie le "
        "RIB : [[IBAN:FR76 1820 6000 4265 0321 6781 287]]. Les enfants font leurs devoirs sur "
        "la table de la cuisine.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Christian]], {{58 ans}}, ancien routier, me montre une photo de son camion, "
        "la plaque encore lisible : [[IMMATRICULATION:AK-309-FM]]. « C'était ma maison. »",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Bakary]] a signé un CDI chez {{Veolia}} ! Applaudissements dans le réfectoire. "
        "Il fait semblant de ne pas être content.",
    ),
    (
        "chrs",
        AP,
        "Mr [[PERSONNE:Patrick Hoarau]], né le [[DATE_NAISSANCE:15/04/1970]], a enfin récupéré "
        "sa CNI : n° [[IDENTIFIANT:X4RTBPFW4]]. Il la tend à tout le monde. Ça faisait {{8 mois}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Un homme ne parle qu'{{arabe}}, un collègue traduit. Il s'appelle "
        "[[PERSONNE:Abdelhak]], dort à la {{gare de Lyon}}. Tel [[TELEPHONE:07 49 83 26 10]].",
    ),
    (
        "chrs",
        AT,
        "{{Ville-Évrard}} appelle pour Mme [[PERSONNE:Sonia Maréchal]], sortie prévue "
        "{{vendredi}}. Réf SIAO [[IDENTIFIANT:SI-93-2024-13590]]. Pas de solution.",
    ),
    (
        "chrs",
        CSP,
        "Visite {{Formule 1}} de {{Saint-Ouen}}, {{chambre 34}}. Famille [[PERSONNE:Kouassi]], "
        "ivoiriens. La mère cuisine de l'{{attiéké}} dans un cuiseur à riz. Le père demande des "
        "nouvelles du dossier logement, « ça fait {{3 ans}} ».",
    ),
    (
        "chrs",
        CSP,
        "Appart diffus, [[ADRESSE:6 rue Anatole France, 93130 Noisy-le-Sec]]. Mme "
        "[[PERSONNE:Nadia Ferhat]]. L'éducatrice note son nouveau mail pour la {{Caf}} : "
        "[[EMAIL:nadia.ferhat93@hotmail.fr]]. Tout est rangé au millimètre.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Ama Owusu]], ghanéenne, anglophone. Renouvellement {{AME}}. Son n° de "
        "dossier : [[IDENTIFIANT:AME-75-2024-66120]]. L'agente parle anglais scolaire, ça "
        "passe.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Sylvie Perrin]] ne comprend pas la {{feuille de soins}} papier du Dr "
        "[[PERSONNE:Kessous]] (pas de carte chez lui). L'agente explique. Elle a pris rdv sur "
        "{{Doctolib}} « comme tout le monde ».",
    ),
    (
        "cpam",
        AP,
        "Deux agents pour {{31 tickets}}. La responsable descend aider, manches relevées.",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Mamadou Lamine Sow]], NIR [[NIR:199079934106690]], né à {{Thiès}} en "
        "[[DATE_NAISSANCE:juillet 99]]. Il n'arrive pas à créer son compte {{Ameli}}, le code "
        "par courrier n'est jamais arrivé.",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Gérard Beaumont]], {{81 ans}}, veut fermer « {{Mon espace santé}} » "
        "qu'il n'a jamais demandé. Mail : [[EMAIL:g.beaumont@wanadoo.fr]]. Il est poli mais "
        "ferme.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt chez Mme [[PERSONNE:Aurore Delmas]], [[ADRESSE:21 rue Victor Hugo]] à "
        "{{Malakoff}}. Elle est là, avec sa mère. Burn-out. L'agent reste {{4 min}} à peine, "
        "s'excuse presque.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Anthony Ribeiro]], identifiant [[ID_FRANCE_TRAVAIL:1187623Z]], veut "
        "créer sa micro-entreprise de plomberie. Le conseiller l'oriente vers l'{{ARCE}}.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Oyelola Adeyemi]], nigériane, nouveau RIB pour l'{{ARE}} : "
        "[[IBAN:FR76 3007 6020 1015 8743 0020 051]]. Identifiant [[ID_FRANCE_TRAVAIL:6630291 "
        "W]]. Elle parle anglais avec un accent de {{Lagos}}, le conseiller un peu.",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Hervé Caron]] (ID : [[ID_FRANCE_TRAVAIL:0752416P]]) veut parler à "
        "la directrice, Mme [[PERSONNE:Loiseau]]. Il répète « je connais mes droits » "
        "{{6 fois}}. {{19 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel muet. {{3 fois}} de suite, numéro masqué.",
    ),
    (
        "urgences",
        AP,
        "Mme [[PERSONNE:Fatoumata Diakité]] avec son fils [[PERSONNE:Moussa]], {{6 ans}}, "
        "bras cassé (trampoline). Admission, IPP [[IDENTIFIANT:2024118835]]. [[PERSONNE:Moussa]] "
        "demande si on va lui mettre un plâtre {{rose}}.",
    ),
    (
        "urgences",
        AP,
        "Une infirmière chante en {{wolof}} pour calmer un bébé. Ça marche.",
    ),
    (
        "urgences",
        AT,
        "Le Dr [[PERSONNE:Hamon]], médecin de ville à {{Vitry}}, adresse un patient, "
        "[[PERSONNE:Mathis Girard]], suspicion d'appendicite. Il laisse son numéro de cabinet : "
        "[[TELEPHONE:01 45 27 63 90]].",
    ),
]

NOTES_7 = [
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Sokhna Diop]], bébé de {{3 semaines}} dans le porte-bébé. Alloc "
        "[[N_ALLOCATAIRE:1 046 883]]. RIB {{La Banque Postale}} : [[IBAN:FR64 2004 1010 1212 "
        "3456 1E03 302]]. L'agent fait tout, elle n'a qu'à signer. Le bébé dort du début à "
        "la fin.",
    ),
    (
        "caf",
        AP,
        "{{Aubervilliers}}, {{10h40}} : dans la file une famille afghane, un monsieur sikh, deux "
        "mamies chinoises, un jeune kurde, une dame en boubou. L'agente, [[PERSONNE:Rachida]], "
        "passe du français à l'{{arabe}} à l'{{anglais}} sans respirer. Quand ça ne suffit plus "
        "elle sort une tablette avec une appli de traduction, la pose entre elle et la personne, "
        "et parle lentement en regardant la personne, pas l'écran. Le téléphone du guichet sonne "
        "sans arrêt, elle ne décroche pas (« si je décroche je perds celui qui est devant moi »). "
        "Une dame âgée, Mme [[PERSONNE:Wang]], lui tend un sac plastique plein de courriers de la "
        "{{Caf}} jamais ouverts, certains de {{2023}}. [[PERSONNE:Rachida]] les trie un par un, "
        "fait 3 piles : à jeter, à garder, urgent. Ça prend {{25 min}}. Derrière, la file ne "
        "râle pas, ou pas fort. À {{11h30}} il reste {{34 personnes}} assises et le vigile "
        "recompte les chaises.",
    ),
    (
        "caf",
        AT,
        "Mr [[PERSONNE:Loïc Tessier]], {{AAH}}, veut un relevé de paiements par mail : "
        "[[EMAIL:loic.tessier@protonmail.com]]. N° alloc [[N_ALLOCATAIRE:6650917]]. L'agent "
        "lui dit que c'est dans l'espace perso, il n'arrive pas à s'y connecter depuis "
        "{{2 ans}}.",
    ),
    (
        "caf",
        AT,
        "Une dame appelle juste pour dire merci pour la {{prime de Noël}}. L'agente rit : « c'est "
        "rare ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez Mr [[PERSONNE:Ahmet Kaya]] et Mme [[PERSONNE:Elif Kaya]], déclarés séparés. "
        "[[ADRESSE:58 boulevard Félix Faure, 93300 Aubervilliers]]. Lui est là à {{9h}} « pour les "
        "enfants ». Sa voiture en bas, [[IMMATRICULATION:FP-093-XC]]. Le compte où tombent les "
        "prestations : [[IBAN:FR76 1020 7000 7021 2198 7651 240]], au nom de Mme seule.",
    ),
    (
        "caf",
        CSP,
        "Chez Mme [[PERSONNE:Priya Ramanathan]], alloc [[N_ALLOCATAIRE:9023374]]. Son mari traduit "
        "du {{tamoul}}. Le contrôle porte sur la garde de la petite, née le "
        "[[DATE_NAISSANCE:11 mai 2019]]. La petite danse devant nous en robe de princesse.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Gabriel Fontaine]] se sert trois verres à la {{fontaine à eau}} en "
        "attendant. Dossier aide énergie, il laisse son mail : [[EMAIL:gabfontaine@sfr.fr]].",
    ),
    (
        "ccas",
        AP,
        "CCAS de {{Saint-Denis}}, {{jeudi}} : la file va jusqu'à la rue. {{52 tickets}} à "
        "{{10h}}. Un agent sort distribuer des bouteilles d'eau.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Khadija Amrani]], n° CAF [[N_ALLOCATAIRE:4518206]], demande si le {{CCAS}} "
        "aide pour le départ en colonie. Oui, sur dossier. Rappel au [[TELEPHONE:07 62 04 93 "
        "17]].",
    ),
    (
        "ccas",
        CSP,
        "Visite avec le {{CASVP}} chez M. [[PERSONNE:Duc Nguyen]], {{80 ans}}, [[ADRESSE:4 rue "
        "de Tolbiac, 75013 Paris]]. Il nous sert du thé au jasmin, parle de {{Saïgon}}. "
        "L'AS parle d'aide à domicile.",
    ),
    (
        "ccas",
        CSP,
        "Mme [[PERSONNE:Yvette Marchand]], {{93 ans}}, sa fille [[PERSONNE:Corinne]] veut "
        "l'envoyer à l'{{EHPAD Les Jardins de Montmorency}}. [[PERSONNE:Yvette]] veut pas. [[PERSONNE:Corinne]] pleure dans "
        "la cuisine.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Omar]] a reçu son titre de séjour, n° [[IDENTIFIANT:9302554780]]. Il le "
        "photographie avec son tel, l'envoie à sa mère au {{Maroc}} direct.",
    ),
    (
        "chrs",
        AP,
        "Ce soir : {{46 lits}}, {{46 occupés}}. {{3 refus}} à la porte. Le veilleur donne des "
        "couvertures et l'adresse de la {{halte de nuit}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Mr [[PERSONNE:Aziz]] appelle pour son ami [[PERSONNE:Hamza]] qui n'a pas de "
        "tel. Rappel sur le numéro d'[[PERSONNE:Aziz]] : [[TELEPHONE:06 14 58 27 73]].",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Mme [[PERSONNE:Svetlana Ivanova]], née le [[DATE_NAISSANCE:19 août 1979]], "
        "parle {{russe}}. L'écoutante utilise un traducteur sur l'ordi, tape, lit à voix haute.",
    ),
    (
        "chrs",
        AT,
        "[[PERSONNE:Mathieu]], écoutant au {{115}} depuis {{12 ans}}, me dit qu'il y a {{10 ans}} "
        "on trouvait encore des places l'été. Plus maintenant.",
    ),
    (
        "chrs",
        CSP,
        "{{Hôtel B&B}} de {{Noisy-le-Grand}}, {{chambre 117}}. Mme [[PERSONNE:Fanta Touré]] et "
        "ses {{4 enfants}}. Le père, [[PERSONNE:Siaka]], a enfin son identifiant {{France "
        "Travail}} : [[ID_FRANCE_TRAVAIL:3920475K]]. Le TS l'encourage.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez Mr [[PERSONNE:Rachid Bensalem]], logement passerelle. Son scooter est dans "
        "l'entrée ([[IMMATRICULATION:GD-118-WY]]), il a peur qu'on le vole en bas, à {{Pantin}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Halima Abdi]], somalienne, demande de {{C2S}}. Son RIB : "
        "[[IBAN:FR76 1254 8029 9800 4578 1234 072]]. Interprète {{somali}} au téléphone, "
        "{{12 min}} pour l'avoir.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Lucien Marchetti]], italien, installé à {{Nogent}}. Passeport italien n° "
        "[[IDENTIFIANT:YA4821937]]. Ouverture de droits, il parle avec les mains, l'agente aussi.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Nathalie Guérin]], {{IJ maternité}} pas versées. Tel "
        "[[TELEPHONE:+33 (0)6 21 87 45 09]]. L'agent voit que l'employeur n'a rien transmis, "
        "comme d'hab.",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Moktar Ould Ahmed]] dicte son mail façon anti-spam : "
        "« [[EMAIL:moktar.ouldahmed (at) gmail (point) com]] ». L'agent ne comprend pas tout "
        "de suite, {{2 essais}} 😅",
    ),
    (
        "cpam",
        AT,
        "{{3646}} : coupure réseau de {{10 min}}. Écrans noirs. Les agents discutent de leurs "
        "vacances.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Karamoko Diabira]], identifiant [[ID_FRANCE_TRAVAIL:7481630 J]], "
        "change de compte : [[IBAN:FR76 3000 4003 1200 0204 5678 135]]. Il fait des nuits chez "
        "{{Chronopost}} à {{Roissy}}.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Chantal Mercier]], {{61 ans}}, identifiant "
        "[[ID_FRANCE_TRAVAIL:2265018E]]. « Qui va m'embaucher à mon âge ? » Le conseiller ne "
        "répond pas vraiment.",
    ),
    (
        "france_travail",
        AP,
        "Agence de {{Bobigny}} : la conseillère [[PERSONNE:Aminata]] reçoit un Tamoul, puis un "
        "Malien, puis une Moldave. {{3 interprètes}} différents au téléphone en {{2h}}.",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Jonathan Halimi]], identifiant [[ID_FRANCE_TRAVAIL:5501827C]], mail "
        "[[EMAIL:j.halimi@laposte.net]]. Il ne reçoit plus ses attestations depuis {{mars}}. L'agent renvoie.",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Leila Farah]] lit son IBAN pour l'{{ARE}} : [[IBAN:FR27 3000 2089 0300 "
        "0044 1187 K96]]. Le conseiller lui demande de le déposer en ligne plutôt.",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller appelle {{Picard}} pour la PMSMP de Mr [[PERSONNE:Ibrahim Koné]]. Le "
        "tuteur, M. [[PERSONNE:Lefort]], dit « il est top, on le garde ».",
    ),
    (
        "urgences",
        AP,
        "Mr [[PERSONNE:Dimitri Volkov]], livreur, accident avec sa camionnette "
        "([[IMMATRICULATION:WW-512-QE]], plaque provisoire). Il s'inquiète plus pour le colis "
        "{{Amazon}} que pour son épaule.",
    ),
    (
        "urgences",
        AP,
        "Mme [[PERSONNE:Priscilla Ngoma]], numéro de séjour [[IDENTIFIANT:240918337]] sur sa "
        "fiche. Elle attend depuis {{5h}}, a fini son livre.",
    ),
    (
        "urgences",
        AT,
        "Mr appelle pour sa femme, [[PERSONNE:Hanane]], amenée par le {{SAMU}}. Il laisse son "
        "numéro : [[TELEPHONE:06 38 91 20 44]].",
    ),
    (
        "urgences",
        AT,
        "La mairie appelle : {{Plan grand froid}}, {{-6 °C}} prévus {{jeudi}}. Les urgences "
        "doivent se préparer.",
    ),
]

# END OF NOTES

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


# ---------------------------------------------------------------------------
# Parsing, split, writing.
# ---------------------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, its entities and its keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"value {value!r} has outer whitespace")
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
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        if not keep:
            raise ValueError(f"note {number} has an empty keep list")
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


def split(notes: list[dict]) -> tuple[list[str], list[str]]:
    """Draw dev / holdout ids from the ids and the cells only."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev: list[str] = []
    holdout: list[str] = []
    leftovers: list[str] = []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
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
    return sorted(dev), sorted(holdout)


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    notes = build()
    by_id = {note["id"]: note for note in notes}
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [by_id[i] for i in dev])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
