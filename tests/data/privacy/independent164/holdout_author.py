"""Independent evaluation corpus n° 164: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. Running this file
strips the marks, computes the offsets (Python string indices, end exclusive), numbers the
notes ``ind164-001`` … ``ind164-240`` in writing order, draws the dev / holdout split and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file. Deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind164"
SEED = 164

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

NOTES_1 = [
    (
        "ccas",
        AP,
        "{{9h10}} guichet 'étrangers' du {{CCAS}} de {{Nîmes}}. Mme [[PERSONNE:Kouassi]] tend son récépissé, l'agente ([[PERSONNE:Sandrine]]) lit à voix haute : n° [[IDENTIFIANT:3001457829]], valable jusqu'au {{14/06}}. Elle vient pour la domiciliation, la {{préfecture}} exige une adresse.",
    ),
    (
        "ccas",
        AP,
        "Monsieur [[PERSONNE:Abdelkrim Ouarab]], titre de séjour expiré depuis {{3 semaines}}. AGDREF [[IDENTIFIANT:3400218876]]. Il a fait la demande sur l'{{ANEF}} mais pas de retour. L'agent lui imprime l'attestation de prolongation d'instruction. Il repart soulagé 🙏",
    ),
    (
        "ccas",
        AP,
        "la dame montre son passeport sur son tel (photo floue) : [[IDENTIFIANT:AB3471925]] -- marocain. Née le [[DATE_NAISSANCE:02/07/1979]] à {{Oujda}}. L'agent recopie tout à la main sur le formulaire de domiciliation, {{12 min}} juste pour ça",
    ),
    (
        "ccas",
        AP,
        "File d'attente dehors à {{8h30}}, {{14 personnes}} avant l'ouverture. Il pleut. Le vigile fait rentrer les familles avec poussettes d'abord. {{Toulouse}}, {{CCAS}} antenne {{Bagatelle}}.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Gheorghe Stanciu]], roumain, pas de titre (citoyen {{UE}}). Carte d'identité roumaine seria [[IDENTIFIANT:MX 418203]]. L'agent : 'vous avez un justificatif de ressources ?' -> non. On l'oriente vers la {{PASS}} de l'hôpital pour les soins.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Ndiaye]] (agente) me montre l'écran 'Domiciliation' :\n- Nom : [[PERSONNE:SOW Aminata]]\n- Né(e) le : [[DATE_NAISSANCE:1985-11-23]]\n- Nationalité : {{sénégalaise}}\n- NIR : [[NIR:2 85 11 99 341 027 53]]\n- N° séjour : [[IDENTIFIANT:3101893322]]\n- Tél : [[TELEPHONE:07 53 18 44 09]]\n- Fin de validité : {{31/03/2025}}\nTout tient sur une page, impressionnant.",
    ),
    (
        "ccas",
        AP,
        "{{10h02}} un jeune ({{19 ans}}) vient pour son attestation d'hébergement pour la pref. Il s'appelle [[PERSONNE:Yassine]], dit que son dossier {{préfecture}} c'est le [[IDENTIFIANT:2024-031-008712]] (n° de demande {{ANEF}}). L'agente ne connaît pas ce format, elle le note quand même dans le commentaire.",
    ),
    (
        "ccas",
        AP,
        "{{APS}} = autorisation provisoire de séjour, j'apprends. Celle de M. [[PERSONNE:Tesfaye]] porte le n° [[IDENTIFIANT:6600934417]]. Il est {{érythréen}}, parle un peu anglais. L'agente ([[PERSONNE:Marie-Jo]]) passe par {{google trad}} sur son tel.",
    ),
    (
        "ccas",
        AP,
        "Grosse tension au guichet {{2}}. Un monsieur crie que la {{préfecture}} de {{Montpellier}} ne répond jamais. L'agent reste calme, propose un café. Au bout de {{10 min}} ça redescend. Pas d'identité demandée, il voulait juste parler à quelqu'un.",
    ),
    (
        "ccas",
        AP,
        "Le récépissé de Mme [[PERSONNE:Hadjira Belkacem]] : 'RECEPISSE DE DEMANDE DE CARTE DE SEJOUR' n° [[IDENTIFIANT:R3401245578]] — autorise à travailler. Elle veut s'inscrire à {{France Travail}} mais le site refuse le format. Agente : 'faut y aller en physique, avec ça'.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation {{Ajaccio}}. M. [[PERSONNE:Santoni]] (agent) connaît tout le monde. 'Ah [[PERSONNE:Ghjuvanni]], encore toi !' Le monsieur vient chercher son courrier, {{3 lettres}} dont une de la {{préfecture de Corse-du-Sud}}. Signature sur le registre, {{ligne 47}}.",
    ),
    (
        "ccas",
        AP,
        "Carte vitale + passeport afghan posés sur le comptoir. Passeport n° [[IDENTIFIANT:P04417853]]. M. [[PERSONNE:Rahimi]] a le statut de réfugié depuis {{2022}}, titre {{10 ans}} n° [[IDENTIFIANT:3102569043]]. Il vient pour une aide alimentaire, l'agente lui donne un bon pour l'épicerie sociale {{Le Panier d'Empalot}}.",
    ),
    (
        "ccas",
        AP,
        "ecrit à la va vite: mme [[PERSONNE:diallo fatoumata]] ddn [[DATE_NAISSANCE:12 03 94]] tel [[TELEPHONE:0611 47 93 20]] demande aide facture {{EDF}} réf client [[IDENTIFIANT:6004781235]] montant {{312,40 €}}",
    ),
    (
        "ccas",
        AP,
        "Il y a un panneau '{{PRÉFECTURE}} : les dépôts de dossiers se font UNIQUEMENT en ligne'. Trois personnes sur cinq ce matin viennent pour ça. L'agent passe {{20 min}} par personne à scanner des pièces sur l'ordi du {{CCAS}}. Aucun outil prévu pour eux, il utilise sa clé USB perso 😬",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Oksana Kovalenko]] (🇺🇦), protection temporaire. Son {{APS}} dit [[IDENTIFIANT:3400977150]], valable {{6 mois}}. Elle habite chez une famille d'accueil, [[ADRESSE:14 rue du Pont-Juvénal, 34000 Montpellier]]. L'agente imprime tout en double 'pour la pref elles perdent tout'.",
    ),
    (
        "ccas",
        AP,
        "Le mari traduit pour sa femme, {{10h40}}. 'Ma femme, [[PERSONNE:Leyla]], elle est née en [[DATE_NAISSANCE:quatre-vingt-dix-sept]]'. L'agent tape [[DATE_NAISSANCE:1997]] et demande le jour, le mari ne sait pas. 'Mettez le [[DATE_NAISSANCE:1er janvier]]'. Sur le titre c'est pareil : [[DATE_NAISSANCE:01/01/1997]]. Titre n° [[IDENTIFIANT:3001782264]].",
    ),
    (
        "ccas",
        AP,
        "{{Perpignan}}, quartier {{Saint-Jacques}}. Famille [[PERSONNE:Gimenez]], {{5 enfants}}. Le père montre la carte d'identité espagnole de la grand-mère ({{DNI}} [[IDENTIFIANT:40381277K]]) car elle vit avec eux. L'agent ne sait pas si ça compte pour le calcul. Il appelle sa cheffe, Mme [[PERSONNE:Roig]].",
    ),
    (
        "ccas",
        AP,
        "rdv {{11h}}. M. [[PERSONNE:Bakary Coulibaly]] -> titre 'salarié' refusé, {{OQTF}}. Il a une convocation au tribunal administratif, affaire n° [[IDENTIFIANT:2405127]]. L'agente l'oriente vers la {{Cimade}}, permanence du jeudi. Il a les mains qui tremblent.",
    ),
    (
        "ccas",
        AP,
        "Pas de nom ni rien : une dame demande juste où est la {{préfecture}}. L'agent lui écrit sur un post-it '{{10 avenue Feuchères}}, bus {{ligne 6}}'. {{30 secondes}}. Plus rapide que n'importe quelle appli.",
    ),
    (
        "ccas",
        AP,
        "Scène bizarre : l'agent [[PERSONNE:Cédric]] cherche le dossier de M. [[PERSONNE:Haddad]] dans le logiciel, tape '[[PERSONNE:Hadad]]', '[[PERSONNE:Haddade]]'... finit par le trouver au bout de {{5 min}} sous [[PERSONNE:HADDAD Nour-Eddine]]. Titre de séjour scanné, n° [[IDENTIFIANT:3100478821]]. 'Les noms, c'est toujours la galère'",
    ),
    (
        "ccas",
        AP,
        "{{Bastia}}, {{Lupino}}. Pour la domiciliation il faut un justificatif d'identité. Mme [[PERSONNE:Leca]] (agente) accepte la photocopie de la CNI de M. [[PERSONNE:Paoli]], périmée depuis {{2022}}, n° [[IDENTIFIANT:12062B047813]]. 'Ici on fait pas d'histoires, tout le monde se connaît'.",
    ),
    (
        "ccas",
        AP,
        "Le logiciel affiche en rouge 'pièce manquante : justificatif de séjour'. L'agente soupire. Le jeune ({{guinéen}}, {{18 ans}}), que tout le monde ici appelle « [[PERSONNE:Petit Moussa]] », n'a que l'attestation de l'{{ASE}} et un extrait d'acte de naissance : né le [[DATE_NAISSANCE:5 août 2006]] à {{Conakry}}.",
    ),
    (
        "ccas",
        AP,
        "{{14h}} reprise. [[PERSONNE:Yusuf Demir]], {{kurde}} de Turquie, titre de séjour pluriannuel n° [[IDENTIFIANT:3000912476]], NIR [[NIR:100039920806442]], né en [[DATE_NAISSANCE:mars 2000]]. Demande : aide pour payer le permis (auto-école {{ECF Nîmes}}). Le {{CCAS}} dit non, pas dans les critères.",
    ),
    (
        "ccas",
        AP,
        "Question d'une dame : 'vous pouvez garder mon passeport dans le coffre ? au squat on vole tout'. L'agente dit que non, pas le droit. Elle lui conseille un casier à la {{Bagagerie du Cœur}}, {{2 €}} par mois.",
    ),
    (
        "ccas",
        AT,
        "Appel {{9h40}} : un monsieur veut savoir si son courrier de la {{préfecture}} est arrivé. Il épelle : [[PERSONNE:B-O-U-Z-I-D]], prénom [[PERSONNE:Karim]]. L'agent vérifie le registre : oui, une lettre recommandée. 'Venez avec votre récépissé', n° [[IDENTIFIANT:3400567712]] noté sur la fiche.",
    ),
    (
        "ccas",
        AT,
        "Standard saturé. {{42 appels}} en attente affichés sur l'écran à {{10h}}. L'agente décroche, raccroche, décroche. '{{CCAS}} de {{Tarbes}} bonjour'. Personne ne donne son nom dans les {{5 premiers appels}}.",
    ),
    (
        "ccas",
        AT,
        "Une assistante sociale de l'hôpital d'{{Albi}} appelle pour une patiente sans domicile : Mme [[PERSONNE:Célestine Jean-Louis]], IPP [[IDENTIFIANT:8003127745]], sortie prévue demain. Elle demande une domiciliation en urgence. Agent : 'rappelez-moi au [[TELEPHONE:05 63 48 91 17]], c'est ma ligne directe'.",
    ),
    (
        "ccas",
        AT,
        "{{ACM Habitat}} appelle pour un impayé : locataires [[PERSONNE:Benali]], réf. locataire [[IDENTIFIANT:0045812-03]], {{1 840 €}} de dette. Ils veulent savoir si le {{FSL}} peut jouer. L'agent note, promet de rappeler avant vendredi.",
    ),
    (
        "ccas",
        AT,
        "haut-parleur activé pour que j'entende. Dame âgée, {{87 ans}}, appelle pour le plan canicule. 'C'est Mme [[PERSONNE:Albertini]], [[PERSONNE:Marie-Dominique]], j'habite [[ADRESSE:4 cours Napoléon]] à {{Ajaccio}}'. Elle donne son fixe : [[TELEPHONE:zéro quatre quatre-vingt-quinze, vingt et un, trente-trois, zéro huit]]. L'agente l'inscrit sur le registre canicule en {{2 min}}.",
    ),
    (
        "ccas",
        AT,
        "Un avocat de {{Bastia}}, Me [[PERSONNE:Raffaelli]], appelle pour une attestation de domiciliation de son client, M. [[PERSONNE:Mohamed Soilihi]]. Référence dossier préfecture [[IDENTIFIANT:2B-2024-00871]]. L'agente refuse de donner l'info par tél, secret pro, demande un mail.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une femme qui chuchote. Elle ne veut pas donner son nom. Elle demande s'il existe un endroit 'pour partir ce soir'. L'agente donne le {{115}} et le {{3919}}, reste en ligne {{12 minutes}}. Après elle me dit juste 'c'est ça aussi le {{CCAS}}'.",
    ),
    (
        "ccas",
        AT,
        "rappel de Mme [[PERSONNE:Petrossian]] : son récépissé expire le {{18}}, la pref lui a donné rdv le {{25}}. 'Je vais perdre mon travail chez {{Carrefour}} ?' L'agent regarde : récépissé n° [[IDENTIFIANT:3001163389]], il lui dit d'appeler la {{préfecture}} au numéro spécial, pas de solution côté {{CCAS}}.",
    ),
    (
        "ccas",
        AT,
        "L'agent tape pendant l'appel, je lis l'écran : 'Contact : [[PERSONNE:MATTEI Paul-Antoine]] / [[TELEPHONE:+33 6 12 88 40 57]] / [[EMAIL:pa.mattei2b@gmail.com]] / motif : aide chauffage fioul'. Fournisseur : {{Corse Fioul Services}}, n° client [[IDENTIFIANT:CF-20871]].",
    ),
    (
        "ccas",
        AT,
        "Fille qui appelle pour son père, [[PERSONNE:Jean-Claude Roques]], {{Albi}}. Il a reçu une lettre de la {{MDPH}}, dossier [[IDENTIFIANT:81-23-004517]], et ne comprend pas. L'agente lui explique que c'est un refus de {{PCH}}, propose un rdv mercredi {{14h30}}.",
    ),
    (
        "ccas",
        AT,
        "Une jeune femme appelle parce qu'une influenceuse, [[IDENTIFIANT:@maman_solo_34]], a dit sur {{TikTok}} que le {{CCAS}} donnait des bons d'achat. L'agente dément gentiment. 'Ça arrive toutes les semaines maintenant.'",
    ),
    (
        "ccas",
        AT,
        "{{15h50}}, dernier appel avant la fermeture du standard. Pas d'info perso. Question sur les horaires de l'épicerie sociale. Réponse en {{20 secondes}}.",
    ),
]

NOTES_2 = [
    (
        "ccas",
        CSP,
        "Visite à domicile avec [[PERSONNE:Nadège]] (travailleuse sociale {{CCAS}} {{Albi}}), [[ADRESSE:12 rue de la Croix-Verte, 81000 Albi]]. M. [[PERSONNE:Azéma]], {{78 ans}}, vit seul. Compteur {{EDF}} coupé : réf. client [[IDENTIFIANT:6009127340]] sur la lettre de relance. Frigo vide. Elle appelle le fournisseur devant moi.",
    ),
    (
        "ccas",
        CSP,
        "Dans la cour, une vieille {{Clio}} immatriculée [[IMMATRICULATION:4721 WX 31]], pneus à plat. Le fils dit qu'il dort dedans quand ça va pas avec sa mère. [[PERSONNE:Kevin]], {{32 ans}}. L'agent ne note rien sur la voiture 'c'est pas l'objet'.",
    ),
    (
        "ccas",
        CSP,
        "{{Montpellier}}, {{La Paillade}}, {{7e étage}} sans ascenseur (en panne depuis {{3 mois}}). Mme [[PERSONNE:El Amrani]] nous ouvre. Sur le frigo : l'avis de passage {{ACM}} avec sa réf. locataire [[IDENTIFIANT:LOC-0331978]], et une ordonnance au nom de sa fille [[PERSONNE:Salma]].",
    ),
    (
        "ccas",
        CSP,
        "visite pour évaluer une demande d'aide ménagère. Appart propre, chat ({{Minou}}) sur le canapé. La dame ({{91 ans}}) répète 'je veux pas partir en maison'. On reste {{45 min}}. Aucun papier sorti.",
    ),
    (
        "ccas",
        CSP,
        "{{Tarbes}}, quartier {{Laubadère}}. M. [[PERSONNE:Pinto Carvalho]] sort une boîte à chaussures pleine de papiers. Cartão de cidadão portugais [[IDENTIFIANT:14872093 4 ZY7]], carte vitale [[NIR:1 79 04 99 139 009 58]]. Arrivé en {{1998}}, maçon, dos cassé. L'agente photographie tout avec la tablette.",
    ),
    (
        "ccas",
        CSP,
        "Devant la maison, {{2 voitures}} : [[IMMATRICULATION:FG-418-LT]] (celle de l'aide à domicile, {{ADMR}}) et une camionnette [[IMMATRICULATION:EK 903 ZB]] du neveu. L'agente vérifie discrètement si le neveu habite là (ça change le calcul). M. [[PERSONNE:Fabre]] jure que non.",
    ),
    (
        "ccas",
        CSP,
        "Note rapide : logement {{Habitat du Gard}}, [[ADRESSE:bât. C, 3 allée des Glycines, Nîmes]], moisissures partout. Bail au nom de [[PERSONNE:Sabrina Mouhoub]]. Photo du compteur {{Veolia}} n° [[IDENTIFIANT:17-2204581]] pour la réclamation.",
    ),
    (
        "ccas",
        CSP,
        "Visite avortée : personne. L'agente glisse un avis sous la porte, on attend {{10 min}} dans la voiture de service. Retour au {{CCAS}}.",
    ),
    (
        "ccas",
        CSP,
        "{{Bastia}}, {{Toga}}. Chez Mme [[PERSONNE:Giacomoni]] (née [[PERSONNE:Filippi]]), {{82 ans}}. Pension de réversion, elle ne sait plus le nom de sa mutuelle. On retrouve la carte : {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:0027714530]]. Sa date de naissance sur la carte : [[DATE_NAISSANCE:14.07.1942]]. Elle rit : 'le jour de la fête !'",
    ),
    (
        "ccas",
        CSP,
        "Chez les [[PERSONNE:Teixeira]], {{Castres}}. Le petit-fils ({{16 ans}}) traduit. Sur le téléphone du grand-père, un SMS de la banque : 'prélèvement rejeté, compte [[IBAN:FR76 1310 6160 8167 3779 2831 026]]'. L'agente note l'IBAN pour la demande d'aide exceptionnelle.",
    ),
    (
        "ccas",
        CSP,
        "{{Perpignan}}, {{Le Vernet}}. Garage du fils au rez-de-chaussée, enseigne {{Auto Reyes Services}}. Le père, M. [[PERSONNE:Reyes]], vit à l'étage, [[ADRESSE:27 avenue du Languedoc, 66000 Perpignan]]. L'agent note la plaque du camion garé devant : [[IMMATRICULATION:GB-772-QS]] 'pour le rapport'. Moi je comprends pas pourquoi.",
    ),
    (
        "ccas",
        CSP,
        "{{16h}} dernière visite. Appart minuscule, [[ADRESSE:8 impasse Fieux, Toulouse]]. Mme [[PERSONNE:Nguyen Thi Lan]], {{73 ans}}, montre son avis d'imposition et son IBAN scotché au frigo : [[IBAN:FR7617807100427540936687663]]. 'C'est ma fille qui l'a mis là, pour les aides.'",
    ),
    (
        "chrs",
        AP,
        "Arrivée au {{CHRS}} {{L'Escale}} ({{Toulouse}}) à {{13h30}}. Le veilleur, [[PERSONNE:Mamadou]], fait le point : {{48 places}}, {{47}} occupées. Le tableau blanc dans le bureau liste les chambres avec prénoms : je ne note pas.",
    ),
    (
        "chrs",
        AP,
        "Entrée d'un nouveau : [[PERSONNE:Ilir Krasniqi]], orienté par le {{SIAO}}, fiche n° [[IDENTIFIANT:SIAO31-2024-11872]]. Passeport kosovar [[IDENTIFIANT:P01874523]]. L'éducatrice, [[PERSONNE:Anaïs]], lui fait visiter, {{chambre 12}}, il a l'air épuisé.",
    ),
    (
        "chrs",
        AP,
        "Les éducs parlent entre eux :\n— t'as vu [[PERSONNE:Jojo]] ce matin ?\n— non il est parti à la {{PASS}} pour son pied\n— faut qu'il ramène le bon de sortie sinon on perd la place\nJ'apprends que [[PERSONNE:Jojo]] c'est [[PERSONNE:Joseph Mbemba]], {{58 ans}}, là depuis {{2 ans}}.",
    ),
    (
        "chrs",
        AP,
        "Au bureau : classeur 'Titres de séjour - copies'. L'éducatrice vérifie les dates d'expiration chaque lundi. Celle de Mme [[PERSONNE:Traoré]] : titre n° [[IDENTIFIANT:3101288450]], fin le {{02/09}}. Elle met un post-it rose 'RDV PREF !!'.",
    ),
    (
        "chrs",
        AP,
        "Un résident montre son compte {{Insta}} à l'éduc : [[IDENTIFIANT:@bakus_rap31]], il fait du rap. {{1 200 abonnés}}. Fierté. L'éduc ([[PERSONNE:Yohan]]) : 'fais gaffe à ce que tu postes sur le foyer hein'.",
    ),
    (
        "chrs",
        AP,
        "Pas de nouvelles entrées cet aprem. Réunion d'équipe {{14h}}-{{15h}}, on parle du budget, des {{2 postes}} vacants, de la machine à laver en panne. Rien de nominatif.",
    ),
    (
        "chrs",
        AP,
        "Le dossier papier de [[PERSONNE:Hamid Cherif]] : récépissé de demande d'asile n° [[IDENTIFIANT:3402112096]], convocation {{OFPRA}} le {{12}}, et une lettre de la {{CNDA}}, recours n° [[IDENTIFIANT:24019876]]. Tout est rangé dans une pochette plastique jaune.",
    ),
    (
        "chrs",
        AP,
        "{{Montpellier}}. Une résidente, [[PERSONNE:Zahra]], demande à l'accueil si le courrier de {{Free}} est arrivé. L'agent d'accueil cherche : 'non, mais y a un truc de l'{{URSSAF}}'. Elle rigole, 'c'est pas moi ça, c'est [[PERSONNE:Zara]] sans h'. Deux prénoms presque pareils, ça arrive souvent ici.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission (j'assiste, avec accord). M. [[PERSONNE:Vasile Popescu]], né le [[DATE_NAISSANCE:23/10/1971]] à {{Iași}}, {{53 ans}}. Sorti de détention il y a {{1 semaine}}, n° d'écrou [[IDENTIFIANT:48217]] au centre pénitentiaire de {{Perpignan}}. Il veut 'juste un lit et un boulot'.",
    ),
    (
        "chrs",
        AP,
        "Sur l'écran du logiciel {{SI-SIAO}} : 'Ménage [[IDENTIFIANT:M-2024-066-04417]] – composition : {{1 adulte, 2 enfants}} – préconisation : {{CHRS}} insertion'. Le nom de la mère est en haut : [[PERSONNE:BOUAZZA Nadia]]. Les enfants : [[PERSONNE:Inès]] ({{7 ans}}), [[PERSONNE:Rayan]] ({{4 ans}}).",
    ),
    (
        "chrs",
        AP,
        "tout le monde dit '[[PERSONNE:Tonton]]' pour parler d'un résident de {{2 m}}. Je demande son vrai nom, l'éduc me répond '[[PERSONNE:Ousmane]], mais appelle-le [[PERSONNE:Tonton]], il préfère'.",
    ),
    (
        "chrs",
        AP,
        "{{Ajaccio}}, {{CHRS}}. Distribution des tickets repas {{11h45}}. L'animatrice coche sur une liste : [[PERSONNE:Anto]], [[PERSONNE:Mehdi]], Mme [[PERSONNE:Rocca]], [[PERSONNE:Sylvain B.]]... {{14 tickets}} au total.",
    ),
    (
        "chrs",
        AP,
        "Un monsieur arrive sans rdv, veut une place. Pas possible, tout passe par le {{115}}. L'éduc appelle le 115 devant lui, attente {{25 min}}, rien ce soir. Il repart avec un sac de couchage.",
    ),
    (
        "chrs",
        AP,
        "Le bureau des éducs a un tableau 'Rdv de la semaine' :\nLUN {{9h}} [[PERSONNE:Kaya]] – {{préfecture}} (renouvellement, AGDREF [[IDENTIFIANT:3100762213]])\nMAR {{14h}} [[PERSONNE:Diop]] – {{MDPH}} dossier [[IDENTIFIANT:31-2024-0098761]]\nMER {{10h}} [[PERSONNE:Lopes]] – tribunal, RG [[IDENTIFIANT:24/03187]]\nJEU rien\nVEN {{11h}} [[PERSONNE:Kaya]] – {{CMP}}",
    ),
    (
        "chrs",
        AP,
        "{{Perpignan}}. Résident qui a une voiture (rare) : une {{Kangoo}} immatriculée en {{Espagne}}, [[IMMATRICULATION:4432 KLM]]. Il travaille aux vendanges. L'éduc lui rappelle que l'assurance doit être à son nom, [[PERSONNE:Sergio]] dit 'c'est celle de mon cousin'.",
    ),
    (
        "chrs",
        AP,
        "{{17h}}. Une résidente, [[PERSONNE:Marina]], veut récupérer son passeport géorgien au coffre. Le registre du coffre : 'n° [[IDENTIFIANT:13AD58241]] – déposé le {{03/02}}'. L'éduc signe, elle signe. Elle part demain pour un rdv à l'{{OFII}}.",
    ),
    (
        "chrs",
        AP,
        "en vrac : le {{CHRS}} a {{3 studios}} 'familles'. Dans l'un d'eux, famille [[PERSONNE:Selvarajah]] (tamouls, {{Sri Lanka}}), {{2 enfants}} scolarisés à l'école {{Jules Ferry}}. Le père a un récépissé {{APS}} n° [[IDENTIFIANT:3102004516]].",
    ),
    (
        "chrs",
        AP,
        "Je remarque : les éducs appellent les résidents par leur prénom, les résidents appellent les éducs 'madame' / 'monsieur' sauf [[PERSONNE:Fanfan]] (l'éducatrice la plus ancienne, {{25 ans}} de maison) que tout le monde tutoie.",
    ),
    (
        "chrs",
        AP,
        "{{Bastia}}. M. [[PERSONNE:Ristori]], résident depuis {{8 mois}}, a trouvé un {{CDD}} chez {{Lidl}}. Il donne son RIB pour la participation aux frais : [[IBAN:FR76 1200 6986 4801 2387 7488 503]]. Banque : {{Crédit Agricole de la Corse}}. Il demande combien il va payer : {{10 %}} des ressources.",
    ),
    (
        "chrs",
        AP,
        "Petite scène : une résidente montre une photo de son fils sur son tel. [[PERSONNE:Nathan]], {{6 ans}}, placé en famille d'accueil. Elle le voit un samedi sur deux. Décision du juge des enfants, dossier n° [[IDENTIFIANT:224/0047]].",
    ),
    (
        "chrs",
        AT,
        "Le {{115}} appelle le {{CHRS}} de {{Nîmes}} : une place se libère ? L'éduc répond oui, {{chambre 9}}. Le 115 envoie M. [[PERSONNE:Laidouni]], fiche {{SIAO}} [[IDENTIFIANT:30-115-2024-05513]], arrivée prévue {{19h}}.",
    ),
    (
        "chrs",
        AT,
        "Un résident appelle de l'hôpital {{Carémeau}} : il est aux urgences depuis hier, veut qu'on lui garde son lit. Il donne son IPP pour qu'on prévienne l'assistante sociale : [[IDENTIFIANT:300456781]]. 'C'est [[PERSONNE:Raoul]] {{chambre 3}} hein !'",
    ),
    (
        "chrs",
        AT,
        "Appel d'une employeuse : elle veut vérifier que M. [[PERSONNE:Sissoko]] habite bien au {{CHRS}} pour son contrat. L'éduc refuse de confirmer par téléphone, propose une attestation signée par l'intéressé. Num de la dame : [[TELEPHONE:06.44.21.70.98]].",
    ),
    (
        "chrs",
        AT,
        "Ligne de nuit, {{23h10}}. Le veilleur ([[PERSONNE:Djamel]]) répond à un appel : personne ne parle. Il attend, dit 'je suis là si vous voulez'. Raccroche au bout d'{{1 min}}. Il me dit que ça arrive {{3-4 fois}} par semaine.",
    ),
    (
        "chrs",
        AT,
        "La {{CPAM}} appelle pour un résident : il manque l'attestation de domiciliation pour ouvrir sa {{C2S}}. L'éduc donne le NIR lu sur le dossier : [[NIR:1 94 06 65 440 033 46]] (M. [[PERSONNE:Lacoste]], né à {{Tarbes}} en [[DATE_NAISSANCE:juin 94]]).",
    ),
    (
        "chrs",
        AT,
        "Téléphone qui sonne sans arrêt pendant la réunion. Personne ne décroche. 'Ça peut attendre, le {{115}} a notre portable'. {{5 appels}} manqués.",
    ),
]

NOTES_3 = [
    (
        "chrs",
        AT,
        "Appel de la {{Caf}} de l'{{Hérault}} : ils cherchent Mme [[PERSONNE:Dembélé]], courrier revenu 'NPAI'. N° allocataire [[N_ALLOCATAIRE:3412876]]. L'éduc confirme qu'elle est hébergée ici et donne le mail de la résidente : [[EMAIL:aissata.dembele85@hotmail.fr]].",
    ),
    (
        "chrs",
        AT,
        "L'éduc appelle la {{préfecture}} de l'{{Aude}} pour un résident, [[PERSONNE:Abdoulaye]], dont le titre arrive à expiration. Serveur vocal, {{4 choix}}, musique. Au bout de {{18 min}} elle raccroche. 'On réessaiera demain à {{8h59}}'.",
    ),
    (
        "chrs",
        AT,
        "Un frère appelle d'{{Algérie}} ({{+213}}) pour avoir des nouvelles de [[PERSONNE:Sofiane Meziane]]. L'éduc dit qu'elle ne peut rien dire. Le frère laisse son numéro : [[TELEPHONE:+213 661 42 87 09]]. Elle le transmettra.",
    ),
    (
        "chrs",
        AT,
        "{{SIAO}} du {{Tarn}} au tél : 'on a une famille pour votre {{T3}}, ménage n° [[IDENTIFIANT:81-2024-MEN-0721]], Mme [[PERSONNE:Rakotomalala]] et ses {{3 enfants}}'. L'éduc demande les âges : {{2}}, {{5}} et {{11 ans}}. Entrée lundi.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un résident en colère : on lui a volé son tel et son compte {{Snap}} ([[IDENTIFIANT:dadou_du_66]]) a été piraté, 'ils envoient des trucs à ma mère'. L'éduc lui explique comment signaler sur le site. Appel {{15 min}}.",
    ),
    (
        "chrs",
        AT,
        "Appel sortant : l'éduc [[PERSONNE:Gaëlle Puig]] appelle {{Pôle emploi}} (elle dit encore Pôle emploi) pour M. [[PERSONNE:Ferhat]], identifiant [[ID_FRANCE_TRAVAIL:5128476T]]. Radié pour absence à un rdv alors qu'il était hospitalisé. Le conseiller demande le bulletin d'hospit.",
    ),
    (
        "chrs",
        AT,
        "Le tribunal judiciaire de {{Montpellier}} appelle pour une convocation : audience JAF, dossier RG [[IDENTIFIANT:23/06621]], concernant Mme [[PERSONNE:Oliveira]]. L'éduc note, elle lui transmettra en main propre.",
    ),
    (
        "chrs",
        AT,
        "pas d'appel entre {{14h}} et {{15h30}}. L'éduc en profite pour rappeler les partenaires. Rien de notable.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appart en diffus du {{CHRS}}, [[ADRESSE:5 rue Riquet, 31000 Toulouse]]. Occupé par M. [[PERSONNE:Boualem Saïdi]]. État correct. Sur la table : sa carte de résident algérien n° [[IDENTIFIANT:3100988241]] et une facture {{SFR}}, compte client [[IDENTIFIANT:4572218905]].",
    ),
    (
        "chrs",
        CSP,
        "Contrôle des logements diffus à {{Montpellier}} : {{6 apparts}} en {{2h}}. Dans le 4e, personne ne répond, l'éduc laisse un mot. Dans le 5e, Mme [[PERSONNE:Yilmaz]] nous offre le thé. Sa voiture garée en bas : [[IMMATRICULATION:DZ-611-KH]], l'éduc vérifie l'attestation d'assurance.",
    ),
    (
        "chrs",
        CSP,
        "{{Nîmes}}, {{Pissevin}}. Appart {{CHRS}} partagé entre [[PERSONNE:Ahmad]] et [[PERSONNE:Hussein]], deux jeunes syriens. Le frigo est vide, le compteur {{Engie}} affiche une dette. Réf. contrat sur le courrier : [[IDENTIFIANT:GAZ-3008714452]]. L'éduc prend en photo pour le {{FSL}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite surprise à {{18h}} (prévue au contrat d'hébergement). Mme [[PERSONNE:Lima]] n'est pas seule : un homme est là, il dit être son cousin, [[PERSONNE:Wellington]]. L'éduc rappelle calmement le règlement. Le monsieur part. Tension, mais pas d'éclat.",
    ),
    (
        "chrs",
        CSP,
        "{{Perpignan}}, appart {{CHRS}} au {{Moulin à Vent}}. [[PERSONNE:Mohamed Amine Ezzahi]] montre fièrement son nouveau contrat {{CDI}}. L'éduc note son IBAN pour le prélèvement de la participation : [[IBAN:FR76 1350 6032 6254 1267 5469 440]]. On parle de sortie vers un logement autonome, demande {{SIAO}} logement [[IDENTIFIANT:66-2024-LA-00318]].",
    ),
    (
        "chrs",
        CSP,
        "Dans le studio de M. [[PERSONNE:Leclercq]] ({{61 ans}}) : boîtes de médocs partout, ordonnances de l'hôpital de {{Tarbes}}, IPP [[IDENTIFIANT:650071829]] en haut à droite. L'éduc appelle l'infirmière du {{SAMSAH}}.",
    ),
    (
        "chrs",
        CSP,
        "studio propre, lit fait au carré. Le résident (militaire à la retraite ? je n'ose pas demander) nous montre ses plantes. {{20 min}}, tout va bien.",
    ),
    (
        "chrs",
        CSP,
        "{{Ajaccio}}, {{Les Salines}}. Logement diffus, famille [[PERSONNE:Saïd Ali]]. La mère montre la carte de séjour de son fils majeur ([[PERSONNE:Nassim]], né le [[DATE_NAISSANCE:09/09/2005]]) : n° [[IDENTIFIANT:2A00447819]]. Elle a peur qu'il 'perde ses droits' à {{20 ans}}.",
    ),
    (
        "chrs",
        CSP,
        "Le voisin de palier intercepte l'éduc : 'c'est vous le foyer ? le jeune du {{2e}} fait du bruit'. Il donne son nom, [[PERSONNE:Bernard Castanier]], et son numéro [[TELEPHONE:04 68 35 12 90]] pour qu'on le rappelle. L'éduc reste pro, prend note.",
    ),
    (
        "chrs",
        CSP,
        "{{Bastia}}, appart du {{CHRS}} à {{Montesoro}}. M. [[PERSONNE:Pietri]] nous reçoit en survêt de l'{{OM}}, on parle foot {{5 min}}. Puis papiers : la {{MDPH}} lui a notifié l'{{AAH}}, dossier n° [[IDENTIFIANT:2B-MDPH-23-01178]]. Il a perdu la notification, l'éduc la retrouve sur le portail.",
    ),
    (
        "chrs",
        CSP,
        "Checklist visite logement (grille papier) :\n☑ détecteur fumée\n☑ extincteur\n☐ fenêtre chambre (cassée)\n☑ propreté ({{8/10}})\nSignature résident : « [[PERSONNE:K. Amrani]] »\nSignature éduc : « [[PERSONNE:L. Vidal]] »",
    ),
    (
        "chrs",
        CSP,
        "Hier soir ({{22h}}), la résidente, [[PERSONNE:Yasmina]], a garé sa voiture sur la place handicapé devant l'immeuble ; le gardien a relevé la plaque [[IMMATRICULATION:fk-204-nd]] (en minuscules sur son carnet). L'éduc négocie avec le gardien, M. [[PERSONNE:Da Costa]].",
    ),
    (
        "chrs",
        CSP,
        "Visite de sortie : l'appart est rendu. État des lieux : {{2 trous}} dans le mur, clé manquante. Retenue de {{80 €}} sur la caution. Aucun résident présent, juste l'éduc et moi.",
    ),
    (
        "chrs",
        CSP,
        "{{Albi}}, {{Cantepau}}. Mme [[PERSONNE:Ait Oufella]] montre un courrier de la commission de surendettement ({{Banque de France}}), dossier n° [[IDENTIFIANT:08124000417]]. Elle pleure. L'éduc l'aide à lire le plan, ligne par ligne.",
    ),
    (
        "urgences",
        AP,
        "{{CHU Purpan}}, accueil urgences, {{21h}}. L'IOA tape : 'Patient [[PERSONNE:MARTINEZ Lucas]], [[DATE_NAISSANCE:17/09/2003]], IPP créé : [[IDENTIFIANT:P00814572]]'. Il s'est coupé la main au boulot. Carte vitale oubliée, il donne son NIR de tête : [[NIR:1 03 09 31 555 861 29]].",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente pleine. Écran 'Temps d'attente estimé : {{4h30}}'. Un enfant vomit, le père panique. L'infirmière d'accueil passe devant tout le monde avec lui. Personne ne proteste.",
    ),
    (
        "urgences",
        AP,
        "Un touriste italien, passeport [[IDENTIFIANT:YA5239871]], chute en vélo près de {{Porto-Vecchio}}, transféré à {{Ajaccio}}. L'agent admin demande la carte européenne : n° [[IDENTIFIANT:80380000120447192533]]. Nom : [[PERSONNE:Bianchi Federico]]. Il répète 'grazie, grazie'.",
    ),
    (
        "urgences",
        AP,
        "Le bracelet du patient, je lis par-dessus l'épaule : '[[PERSONNE:BENSAÏD Farid]] – né le [[DATE_NAISSANCE:04/11/1962]] – IPP [[IDENTIFIANT:3400981127]] – {{UF 4102}}'. Je réalise que tout est imprimé sur le poignet, visible de tous.",
    ),
    (
        "urgences",
        AP,
        "Une femme arrive avec son fils ({{8 ans}}, bras cassé au foot). Elle donne la carte mutuelle : {{MGEN}}, n° [[IDENTIFIANT:1 298 337 461]]. L'agente : 'et la carte vitale ?' 'c'est mon ex qui l'a'. Rattaché au père, M. [[PERSONNE:Tardieu]]. Ils se débrouillent avec l'attestation {{Ameli}} sur le tel.",
    ),
    (
        "urgences",
        AP,
        "{{Nîmes}}, {{Carémeau}}. Homme sans papiers, ne parle qu'arabe. L'agent appelle l'interprète par tél. Il se présente comme « [[PERSONNE:Abdallah]] », pas de nom de famille. Création d'un dossier provisoire n° [[IDENTIFIANT:IPP-X-2024-0553]]. On verra demain pour l'{{AME}}.",
    ),
    (
        "urgences",
        AP,
        "Admission d'une dame âgée amenée par les pompiers ({{SDIS 34}}). La fille arrive {{40 min}} après avec le sac : carte vitale [[NIR:2 50 01 34 301 096 32]], carte {{Malakoff Humanis}} (adhérente [[IDENTIFIANT:MH-00871264]]), ordonnances. 'Maman c'est [[PERSONNE:Josette Bousquet]], née à {{Sète}} en [[DATE_NAISSANCE:cinquante]]'.",
    ),
    (
        "urgences",
        AP,
        "Scène : un jeune filme la salle d'attente pour son {{TikTok}}. L'agent de sécu lui demande d'arrêter. Le jeune : 'c'est pour mes abonnés, tapez [[IDENTIFIANT:@ryad.off]]'. Rires dans la salle.",
    ),
    (
        "urgences",
        AP,
        "Accueil admin, guichet {{3}}. Patient sans domicile, domicilié au {{CCAS}} de {{Montpellier}}. L'agente entre l'adresse de domiciliation (celle du CCAS, donc pas perso). Nom : [[PERSONNE:Gérald Pons]]. Pas de mutuelle. {{PASS}} activée.",
    ),
    (
        "urgences",
        AP,
        "triage {{2h du mat}} : motard, plaque de la moto notée par les gendarmes sur le PV qui traîne au comptoir : [[IMMATRICULATION:AA-309-ZT]]. Le patient, [[PERSONNE:Thomas Lagarde]], est au déchoc. Sa copine arrive en larmes.",
    ),
    (
        "urgences",
        AP,
        "Passeport ukrainien + titre de séjour 'protection temporaire' n° [[IDENTIFIANT:3402287755]] pour Mme [[PERSONNE:Shevchuk]]. Pas de carte vitale encore. L'agente appelle la plateforme {{CPAM}} dédiée. {{25 min}} d'attente au tél, la patiente attend sur un brancard.",
    ),
    (
        "urgences",
        AP,
        "Sur l'écran de l'IOA : liste des patients en attente, avec initiales seulement + âge + motif. '[[PERSONNE:K.B.]] {{34a}} douleur thoracique' etc. C'est mieux que les noms complets, mais je reconnais quand même la dame à côté de moi.",
    ),
]

NOTES_4 = [
    (
        "urgences",
        AP,
        "{{Perpignan}}, urgences pédiatriques. Famille de {{Figueres}}, le petit [[PERSONNE:Pau]] ({{4 ans}}) s'est ouvert l'arcade. La mère tend sa tarjeta sanitaria : [[IDENTIFIANT:GDRO850312118]]. Pour le compte rendu elle épelle son mail : [[EMAIL:montse.garriga@yahoo.es]].",
    ),
    (
        "urgences",
        AP,
        "{{Tarbes}}. {{3h40}} d'attente pour une entorse. L'homme à côté de moi me raconte sa vie. Il s'appelle [[PERSONNE:Gilbert]], ancien rugbyman, {{67 ans}}. Il me donne même son numéro 'si vous passez à {{Lourdes}}' : [[TELEPHONE:06 78 54 33 21]]. Je ne le note que pour l'exercice.",
    ),
    (
        "urgences",
        AP,
        "Formulaire d'admission papier (le logiciel plante depuis {{20 min}}) :\nNom : [[PERSONNE:OUEDRAOGO]]\nPrénom : [[PERSONNE:Salif]]\nDDN : [[DATE_NAISSANCE:31/12/1988]]\nAdresse : [[ADRESSE:bât B, 22 chemin de Moularès, 81000 Albi]]\nTél : [[TELEPHONE:0663128870]]\nPersonne à prévenir : [[PERSONNE:Awa]] (épouse)",
    ),
    (
        "urgences",
        AP,
        "Un homme ivre refuse de donner son nom. L'agent de sécurité reste à côté. Au bout d'{{1h}} il lâche 'mettez [[PERSONNE:Mickey]]'. L'IOA écrit 'patient inconnu {{n°3}}'. Les pompiers ont trouvé une carte de bus au nom de [[PERSONNE:Cyril Delmas]] dans sa poche.",
    ),
    (
        "urgences",
        AP,
        "Note vite fait : pas d'interprète dispo, une agente parle tigrinya avec un patient. Elle n'est pas payée pour ça. {{Montpellier}}, {{Lapeyronie}}, {{16h}}.",
    ),
    (
        "urgences",
        AP,
        "{{Bastia}}, urgences. Ouvrier agricole marocain, contrat {{OFII}} saisonnier, passeport [[IDENTIFIANT:UZ4471280]]. Nom : [[PERSONNE:Lahcen Aït Brahim]]. Il a un papier de l'employeur avec le nom du patron, M. [[PERSONNE:Marcaggi]], et son tel [[TELEPHONE:06 14 90 27 35]].",
    ),
    (
        "urgences",
        AP,
        "L'agente d'accueil vérifie les droits sur {{CDRi}} : 'droits ouverts, mutuelle {{Mutuelle Générale}}, n° adhérent [[IDENTIFIANT:000458712Z]]'. Patient : [[PERSONNE:Romain Cabanel]]. {{30 secondes}}. Quand ça marche c'est magique.",
    ),
    (
        "urgences",
        AP,
        "Une jeune femme demande à voir son copain qui est au {{box 6}}. L'agent : 'son nom ?' '[[PERSONNE:Dylan]]... [[PERSONNE:Dylan Roussel]]'. Pas le droit tant que le médecin n'a pas dit ok. Elle s'assoit, elle attend. {{22h15}}.",
    ),
    (
        "urgences",
        AP,
        "Sur le comptoir, une pochette oubliée : carte d'identité (nouveau format carte bancaire) n° [[IDENTIFIANT:X4RTBPFW4]] au nom de [[PERSONNE:Léa Mestre]]. L'agente l'annonce au micro, {{2 fois}}. Personne. Elle la met aux objets trouvés avec un post-it.",
    ),
    (
        "urgences",
        AP,
        "Pas de nom, juste des chiffres : {{47 passages}} depuis minuit, {{12}} hospitalisés, {{6 brancards}} dans le couloir. Le cadre de santé fait le point à {{14h}}.",
    ),
    (
        "urgences",
        AT,
        "Le {{15}} appelle l'accueil : transfert d'un patient du {{CH d'Alès}}. 'M. [[PERSONNE:Boyer]], IPP chez nous [[IDENTIFIANT:0301448722]], vous le recréez chez vous'. L'agente note tout sur un post-it jaune avant de saisir.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une mère inquiète : 'mon fils a été amené chez vous, [[PERSONNE:Enzo Garcia]], {{17 ans}}'. L'agente demande la date de naissance pour vérifier : 'le [[DATE_NAISSANCE:2 février 2008]]'. 'Oui il est là, {{box 11}}, le médecin va vous appeler.'",
    ),
    (
        "urgences",
        AT,
        "Appel d'un employeur (BTP) pour savoir si son salarié est toujours là. L'agente refuse poliment. 'Secret médical monsieur'. Raccroche. {{1 min 30}}.",
    ),
    (
        "urgences",
        AT,
        "Une patiente sortie hier de {{Purpan}} rappelle : elle a oublié sa carte de séjour. L'agente vérifie dans le tiroir : titre n° [[IDENTIFIANT:6602371148]], au nom de [[PERSONNE:Fatima Zohra Hamdi]]. 'Elle est là, venez avec une pièce d'identité'. 'Mais c'était ma pièce d'identité !' 😅",
    ),
    (
        "urgences",
        AT,
        "Appel de la gendarmerie de {{Prades}} : accident sur la {{N116}}, ils donnent le nom du conducteur, [[PERSONNE:Jordi Serra]], et la plaque [[IMMATRICULATION:GH-054-PW]] pour le dossier. L'agent admin ouvre le dossier patient en avance.",
    ),
    (
        "urgences",
        AT,
        "Le médecin traitant d'un patient appelle, Dr [[PERSONNE:Sebbah]]. Il veut le compte rendu, donne son mail sécurisé {{MSSanté}} : [[EMAIL:dr.sebbah@medecin.mssante.fr]]. L'agente ne peut pas, renvoie vers le secrétariat.",
    ),
    (
        "urgences",
        AT,
        "Appel en anglais d'une touriste : sa sœur, [[PERSONNE:Hannah McIntyre]], 'was brought here last night'. L'agent galère en anglais, je l'aide un peu. Sœur trouvée : {{box 2}}, 'stable'. Numéro de la dame : [[TELEPHONE:+44 7700 900418]].",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences de {{Perpignan}} : une dame appelle pour savoir le temps d'attente. 'On ne donne pas de temps au téléphone madame'. Elle insiste. {{4h}} environ, finit par dire l'agent.",
    ),
    (
        "urgences",
        AT,
        "Appel de l'EHPAD {{Korian Les Tamaris}} : ils envoient Mme [[PERSONNE:Paulette Sabatier]], {{68 ans}} (jeune pour l'EHPAD, {{SEP}}), chute. L'infirmière donne le n° de sécu : [[NIR:256071220206336]], née à {{Rodez}} le [[DATE_NAISSANCE:11/07/1956]].",
    ),
    (
        "urgences",
        AT,
        "{{Ajaccio}}, {{Miséricorde}}. Appel d'un pharmacien : ordonnance illisible pour M. [[PERSONNE:Ottavi]], il veut joindre le médecin de garde. L'agente transfère vers le {{poste 4417}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Toulouse}}. Mme [[PERSONNE:Lambert]] vient pour sa carte vitale perdue. L'agent vérifie : NIR [[NIR:2 87 03 31 555 214 03]], née le [[DATE_NAISSANCE:22 mars 1987]]. Nouvelle carte commandée, {{15 jours}}. 'Et en attendant ?' 'Attestation {{Ameli}}'.",
    ),
    (
        "cpam",
        AP,
        "Ticket {{A047}}, attente {{35 min}}. Écran qui appelle les numéros, voix synthétique. Un papy s'énerve 'c'est quand le B ??'. Le B c'est les {{IJ}}.",
    ),
    (
        "cpam",
        AP,
        "Un monsieur veut changer son IBAN pour les remboursements. Il a écrit le nouveau au stylo sur un papier : [[IBAN:FR76 3000 3511 5479 9530 1766 291]]. L'agente refuse le papier manuscrit, il faut un RIB officiel. Il repart en chercher un à la {{Société Générale}} d'à côté.",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Nadia Boukhalfa]] ({{C2S}}) : son dossier est bloqué parce que son titre de séjour a expiré. Récépissé [[IDENTIFIANT:3401998702]] en cours. L'agent scanne, ajoute une note 'droits à maintenir'. Mail de confirmation envoyé sur [[EMAIL:nadia.bkf@laposte.net]].",
    ),
    (
        "cpam",
        AP,
        "{{Montpellier}}, accueil {{Cpam}} {{Antigone}}. Un étudiant chinois, carte étudiant + passeport [[IDENTIFIANT:EH4829173]]. Nom : [[PERSONNE:ZHANG Wei]]. Il veut son numéro de sécu provisoire. L'agente lui explique le {{NIA}}.",
    ),
    (
        "cpam",
        AP,
        "L'agente m'explique les bornes : on scanne sa carte vitale, on imprime son attestation, c'est tout. {{2}} bornes sur {{4}} en panne. Ticket de maintenance ouvert depuis {{octobre}}.",
    ),
    (
        "cpam",
        AP,
        "Mère + bébé. Elle veut rattacher [[PERSONNE:Aya]] ({{3 mois}}) sur sa carte. Acte de naissance : née le [[DATE_NAISSANCE:14 janvier]]. Mère : Mme [[PERSONNE:Bensalem]], NIR [[NIR:2 90 10 99 352 118 50]], née à {{Oran}}.",
    ),
    (
        "cpam",
        AP,
        "Un homme très énervé : arrêt maladie pas payé depuis {{2 mois}}. L'agent regarde : l'employeur n'a pas envoyé l'attestation de salaire. Employeur : {{Transports Ginestet}}. L'agent appelle direct, {{10 min}}, réglé. Le monsieur ([[PERSONNE:Thierry]]) serre la main de tout le monde.",
    ),
    (
        "cpam",
        AP,
        "{{Perpignan}}. Échange en catalan puis en français. M. [[PERSONNE:Pujol]] montre son relevé de situation : il a deux numéros, le vrai [[NIR:1 83 01 66 136 256 63]] et un provisoire. L'agent ouvre une fiche de fusion. 'D'habitude ça arrive aux gens nés à l'étranger.'",
    ),
    (
        "cpam",
        AP,
        "Liste que l'agente tient à jour sur un post-it collé à l'écran :\n- rappeler Mme [[PERSONNE:Gomez]] ({{IJ}})\n- [[PERSONNE:Bertrand]] -> {{CSS}}\n- dossier [[PERSONNE:Issa]] : manque RIB\n- commander toner!!",
    ),
    (
        "cpam",
        AP,
        "{{Nîmes}}. L'agent accueille une femme sourde, ils communiquent par écrit sur une ardoise. Elle écrit son nom : [[PERSONNE:Hélène Brunel]], et son mail : [[EMAIL:helene.brunel30 [at] orange.fr]]. L'agent note pour le rdv visio en {{LSF}}.",
    ),
    (
        "cpam",
        AP,
        "Affiche au mur : 'Votre carte Vitale sur votre téléphone : appli {{carte Vitale}}'. Personne ne la regarde. L'agent me dit que sur {{50 personnes}} par jour, peut-être {{2}} ont l'appli.",
    ),
    (
        "cpam",
        AP,
        "{{Albi}}. Dossier {{CSS}} de M. [[PERSONNE:Camara]] : il faut son dernier avis d'impôt, il tend une capture d'écran avec son numéro fiscal [[IDENTIFIANT:30 12 457 881 204]]. L'agente accepte, recopie les {{13 chiffres}} en plissant les yeux.",
    ),
]

NOTES_5 = [
    (
        "cpam",
        AT,
        "{{3646}}, plateforme de {{Montpellier}}. Premier appel : M. [[PERSONNE:Guerrero]] veut savoir où en est son remboursement. L'agent demande le NIR, il le dit par paquets : '[[NIR:un, soixante-deux, onze, trente-quatre, cent soixante-douze, zéro quatre-vingt-sept, quarante et un]]'. Virement parti hier.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une dame qui a reçu un SMS 'Ameli : votre carte vitale expire, cliquez ici'. Arnaque. L'agente lui dit de ne rien cliquer. Elle avait déjà donné son IBAN… [[IBAN:FR76 1027 8245 6257 7232 0384 040]]. L'agente lui conseille d'appeler sa banque tout de suite ({{Crédit Mutuel}}). Nom : Mme [[PERSONNE:Vergnes]].",
    ),
    (
        "cpam",
        AT,
        "Appel {{11h12}}. Musique d'attente ({{Vivaldi}}, je l'entends dans le casque de l'agent). La personne raccroche avant qu'il décroche. Il soupire.",
    ),
    (
        "cpam",
        AT,
        "Un kiné appelle pour une patiente, Mme [[PERSONNE:Hoarau]] : il a besoin de savoir si elle est en {{ALD}}. L'agent refuse de donner quoi que ce soit par tél. Le kiné s'énerve, donne son numéro {{RPPS}} pour prouver qui il est : [[IDENTIFIANT:10101876543]]. Rien à faire.",
    ),
    (
        "cpam",
        AT,
        "Le tel affiche le numéro de l'appelante : [[TELEPHONE:04 67 58 91 02]]. L'agent ne le regarde même pas. '[[PERSONNE:Chantal Roux]], c'est pour mon mari qui est décédé, le capital décès'. {{12 min}} d'explications très douces.",
    ),
    (
        "cpam",
        AT,
        "Une entreprise de transport de {{Montauban}} appelle pour une attestation de salaire rejetée : salarié [[PERSONNE:Mustafa Öztürk]], NIR [[NIR:1 66 02 82 121 190 26]]. La RH, [[PERSONNE:Sophie Lafon]], donne son mail pro pour le retour : [[EMAIL:s.lafon@transports-quercy.fr]].",
    ),
    (
        "cpam",
        AT,
        "Rappel programmé (rdv tél) : M. [[PERSONNE:Ibrahim Sall]], demande d'{{AME}}. L'agent explique les pièces : passeport (il lit le sien, [[IDENTIFIANT:A02417763]]), justificatif de présence de plus de {{3 mois}}. Il demande s'il peut envoyer par mail ; l'agent donne l'adresse générique, pas la sienne.",
    ),
    (
        "cpam",
        AT,
        "pic d'appels à {{9h}} pile. {{130}} en file. L'agent me dit 'lundi c'est toujours ça'. Entre deux appels il boit son café froid.",
    ),
    (
        "cpam",
        AT,
        "Une dame appelle depuis l'{{Espagne}} ({{Gérone}}) : elle est frontalière, droits coordonnés, formulaire {{S1}}. Elle donne son numéro de sécu espagnol, NAF [[IDENTIFIANT:17/10458823/61]], et son nom, [[PERSONNE:Montserrat Vilanova]]. L'agent ne connaît pas, transfère au service international.",
    ),
    (
        "cpam",
        AT,
        "Appel : 'je suis [[PERSONNE:Lucie]] de l'hôpital de {{Rodez}}, service social'. Elle demande l'ouverture en urgence de la {{C2S}} pour un patient, M. [[PERSONNE:Bouchareb]], IPP [[IDENTIFIANT:120058447]]. L'agent crée une demande prioritaire.",
    ),
    (
        "cpam",
        AT,
        "Une étudiante de {{23 ans}} appelle : elle n'a jamais eu de carte vitale à son nom. L'agent vérifie le NIR qu'elle lit sur une vieille attestation : [[NIR:2 01 12 30 189 402 48]], née à {{Nîmes}} le [[DATE_NAISSANCE:8 décembre 2001]]. 'Vous êtes encore rattachée à votre père, [[PERSONNE:Gérard Maurel]]'.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail à domicile, {{Nîmes}}. Agent assermenté + moi. [[ADRESSE:18 rue Fénelon, 30000 Nîmes]]. Sonnette : '[[PERSONNE:BARBIER]]'. Personne. Deuxième passage {{1h}} plus tard : M. [[PERSONNE:Barbier]] ouvre, en pyjama, il revenait de la pharmacie. Ordonnance montrée. OK.",
    ),
    (
        "cpam",
        CSP,
        "Dans la voiture de service, l'agent relit sa liste du jour : {{5}} contrôles, secteur {{Montpellier}} nord. Il me montre comment il rédige le PV. Pas de nom sur la feuille que je vois.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle IJ, {{Toulouse}}, {{Les Izards}}. Mme [[PERSONNE:Khelifi]] est là, elle a mal au dos, montre l'IRM. Sa voiture est devant, [[IMMATRICULATION:EY-283-JB]] ; l'agent touche le capot pour voir si elle a roulé. Je trouve ça limite, il dit que c'est 'la procédure'.",
    ),
    (
        "cpam",
        CSP,
        "{{Perpignan}}. Pas de réponse à l'adresse déclarée ([[ADRESSE:3 rue de l'Ange, 66000 Perpignan]]). La voisine dit que [[PERSONNE:Loïc]] est parti 'chez sa mère à {{Canet}}'. Avis de passage déposé. Il aura {{48h}} pour se justifier.",
    ),
    (
        "cpam",
        CSP,
        "L'agent me parle de son métier : {{22 ans}} de maison, {{6}} contrôles par jour en moyenne, 'les gens croient qu'on est la police'. Il a déjà reçu un seau d'eau. Pas de visite cet aprem, bouchons sur la rocade.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à {{Alès}}. M. [[PERSONNE:Chabert]] (l'agent) sonne chez M. [[PERSONNE:Lopez Ruiz]] : il est là, mais une camionnette de chantier ([[IMMATRICULATION:CW-902-HT]], logo '{{Lopez Rénovation}}') est garée devant, moteur chaud. Suspicion de travail pendant l'arrêt. NIR sur le PV : [[NIR:188053000733883]].",
    ),
    (
        "cpam",
        CSP,
        "{{Ajaccio}}, route des {{Sanguinaires}}. Adresse introuvable (pas de numéro). L'agent appelle l'assurée, Mme [[PERSONNE:Casanova]], au [[TELEPHONE:06 22 71 48 30]]. Elle vient nous chercher au rond-point en {{Twingo}}. 'Ici les adresses c'est approximatif'.",
    ),
    (
        "cpam",
        CSP,
        "{{Tarbes}}. Visite chez une infirmière libérale soupçonnée de surfacturation (contrôle {{PS}}). Cabinet à domicile, [[ADRESSE:41 avenue Bertrand Barère, 65000 Tarbes]]. Mme [[PERSONNE:Lacaze]] sort ses carnets de tournées. Numéro {{ADELI}} de l'infirmière : [[IDENTIFIANT:659012345]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de la {{Haute-Garonne}}, accueil {{Toulouse}}. {{9h}}, déjà {{30 personnes}}. Premier rdv : Mme [[PERSONNE:Benhamou]], n° alloc [[N_ALLOCATAIRE:2847315]], {{APL}} suspendue. Motif : contrôle de ressources pas renvoyé. L'agente l'aide à remplir sur la borne.",
    ),
    (
        "caf",
        AP,
        "Un monsieur donne son numéro allocataire à voix haute, fort, tout le monde entend : '[[N_ALLOCATAIRE:un, sept, quatre, deux, zéro, neuf, cinq]]'. {{12 personnes}} dans la salle. Confidentialité zéro. L'agent lui fait signe de baisser la voix.",
    ),
    (
        "caf",
        AP,
        "{{Montpellier}}. [[PERSONNE:Amina Touré]], {{RSA}}, vient pour la {{prime de Noël}} pas reçue. Dossier [[N_ALLOCATAIRE:3419027]]. L'agent : 'versée le {{17}} sur votre compte [[IBAN:FR76 3000 4654 4163 9097 8876 666]]'. Elle : 'c'est l'ancien compte !!'. Changement de RIB à faire.",
    ),
    (
        "caf",
        AP,
        "Borne libre-service de la {{Caf}} : écran bloqué sur 'Saisissez votre numéro allocataire et votre code confidentiel'. Un jeune aide sa grand-mère. Pas de nom lu.",
    ),
    (
        "caf",
        AP,
        "{{Nîmes}}. Couple qui se sépare, les deux viennent ensemble (!). Lui, [[PERSONNE:Julien Ferrand]], elle, [[PERSONNE:Océane]]. Ils veulent savoir qui garde le dossier n° [[N_ALLOCATAIRE:3022814]]. L'agente : 'celui qui a les enfants'. Silence gênant.",
    ),
    (
        "caf",
        AP,
        "Écran de l'agent ({{CRISTAL}} ?) : 'Allocataire : [[PERSONNE:DOS SANTOS Maria]] – Matricule [[N_ALLOCATAIRE:6604471]] – NIR [[NIR:2 81 06 66 136 477 67]] – Situation : parent isolé – {{ASF}} + {{AF}}'. L'agent tourne l'écran vers elle pour vérifier.",
    ),
    (
        "caf",
        AP,
        "{{11h}}. Une femme avec {{3 enfants}} attend depuis {{1h15}}. Le plus petit dort sur les chaises. Elle vient juste déposer un papier, mais il faut un ticket quand même. Absurde.",
    ),
    (
        "caf",
        AP,
        "{{Perpignan}}, accueil sur rdv. M. [[PERSONNE:Benaïssa]] ({{AAH}}) apporte la notification de la {{MDPH}} : décision n° [[IDENTIFIANT:66-D-2024-018844]], taux {{80 %}}. L'agente met à jour, rappel dans {{1 mois}}. Il demande son num alloc, il l'a oublié : [[N_ALLOCATAIRE:6612093]].",
    ),
    (
        "caf",
        AP,
        "L'agent d'accueil ([[PERSONNE:Sébastien]], badge '[[PERSONNE:Seb]]') me dit que {{60 %}} des visites concernent la {{prime d'activité}}. Aujourd'hui je confirme : {{4}} sur les {{6}} premiers.",
    ),
    (
        "caf",
        AP,
        "Une étudiante, [[PERSONNE:Clémence Batut]], vient pour l'{{APL}} de sa chambre : résidence {{Crous Chamberte}}, {{chambre 214}}. L'agent demande le n° d'allocataire : [[N_ALLOCATAIRE:3427761]]. Et son mail : [[EMAIL:clemence.batut@etu.umontpellier.fr]].",
    ),
    (
        "caf",
        AP,
        "Réfugié soudanais, titre de séjour {{10 ans}} n° [[IDENTIFIANT:3102817604]]. M. [[PERSONNE:Adam Abdelrahman]]. Premier dossier {{Caf}}. L'agent demande un RIB : compte en ligne ouvert la semaine dernière, IBAN [[IBAN:FR76 1695 8169 5076 0532 9307 026]].",
    ),
    (
        "caf",
        AP,
        "{{Albi}}. La dame dit : 'je suis née le [[DATE_NAISSANCE:3 du 8, 69]]', l'agent sourit et tape. NIR affiché : [[NIR:269088100407189]]. Mme [[PERSONNE:Fraysse]], {{RSA}} socle. Rien à signaler à part un trop-perçu de {{212 €}}.",
    ),
    (
        "caf",
        AP,
        "Dans la file, deux dames discutent en arabe puis en français : 'ta fille elle a eu l'{{APL}} ?' 'non, ils disent qu'il manque le bail'. Pas de noms. {{14h20}}.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Hakobyan]] (arménien), titre de séjour 'vie privée et familiale', AGDREF [[IDENTIFIANT:6900158473]]. Il arrive de {{Lyon}}, mutation du dossier {{Caf}} : ancien n° [[N_ALLOCATAIRE:6901128]], nouveau [[N_ALLOCATAIRE:3108841]]. {{3 semaines}} sans droits entre les deux.",
    ),
    (
        "caf",
        AP,
        "{{Bastia}}. L'agente de la {{Caf de Haute-Corse}} connaît la famille : 'bonjour [[PERSONNE:Marie-Ange]], et [[PERSONNE:Dumè]] ça va ?'. Tout le monde se connaît. Num alloc tapé sans le demander : [[N_ALLOCATAIRE:0847122]].",
    ),
]

NOTES_6 = [
    (
        "caf",
        AT,
        "Plateforme {{3230}}. Appelante : Mme [[PERSONNE:Rouquette]], n° allocataire [[N_ALLOCATAIRE:8127704]], {{Tarn}}. Elle veut changer d'adresse : nouvelle adresse [[ADRESSE:6 place du Vigan, 81000 Albi]]. L'agent dit de le faire sur le site, elle n'a pas internet. Il le fait pour elle.",
    ),
    (
        "caf",
        AT,
        "Appel d'un homme qui ne connaît pas son numéro allocataire. L'agent demande nom + date de naissance : '[[PERSONNE:Khaled Mansouri]], le [[DATE_NAISSANCE:vingt-neuf avril quatre-vingt-trois]]'. Trouvé. Il veut savoir pourquoi son {{RSA}} a baissé : déclaration trimestrielle en retard.",
    ),
    (
        "caf",
        AT,
        "Appel {{14h05}} : une dame pleure, elle dit juste 'je vais me faire expulser'. L'agent prend le temps, donne le numéro de l'{{ADIL}} et du {{CCAS}}. Elle raccroche sans donner son nom.",
    ),
    (
        "caf",
        AT,
        "L'agent envoie un mail récap à l'allocataire pendant l'appel : destinataire [[EMAIL:kevin.olivier.31@gmail.com]], objet 'Pièces manquantes dossier [[N_ALLOCATAIRE:2209981]]'. Le monsieur, [[PERSONNE:Kévin Olivier]], épelle son mail {{3 fois}}.",
    ),
    (
        "caf",
        AT,
        "Un travailleur social de la {{Mission Locale}} de {{Montpellier}} appelle pour un jeune, [[PERSONNE:Théo]], en {{CEJ}}. Il donne son identifiant {{France Travail}} pour qu'on recoupe : [[ID_FRANCE_TRAVAIL:3409876 K]]. L'agent {{Caf}} dit que ça ne lui sert à rien mais le note quand même.",
    ),
    (
        "caf",
        AT,
        "Beaucoup d'attente entre les appels cet aprem (bizarre pour un mardi). L'agent en profite pour traiter ses mails. {{6}} appels en {{1h}}.",
    ),
    (
        "caf",
        AT,
        "Appel d'un propriétaire : il veut savoir si l'{{APL}} de sa locataire, Mme [[PERSONNE:Bouzidi]], va lui être versée directement (tiers payant). L'agent : 'je ne peux pas vous parler du dossier de madame'. Il insiste, donne son IBAN 'pour accélérer' : [[IBAN:FR7613135544225786682061266]]. L'agent ne note pas.",
    ),
    (
        "caf",
        AT,
        "Conversation en espagnol (l'agente est d'origine espagnole, elle switche). M. [[PERSONNE:Sánchez Moreno]], dossier [[N_ALLOCATAIRE:6618830]], lit son NIE espagnol pour prouver son identité : [[IDENTIFIANT:X-7731048-P]]. {{Perpignan}}, {{40 ans}} de France et toujours le NIE dans le portefeuille.",
    ),
    (
        "caf",
        AT,
        "Appel d'un homme : 'ma femme est partie avec les enfants, je veux que les allocs viennent sur mon compte'. L'agent explique la procédure, {{15 min}}. Il donne le n° : [[N_ALLOCATAIRE:3115702]] et son tel pour être rappelé : [[TELEPHONE:07 81 20 66 35]].",
    ),
    (
        "caf",
        AT,
        "{{10h30}}, appel d'une grand-mère qui a la garde de sa petite-fille, [[PERSONNE:Lilou]], née le [[DATE_NAISSANCE:12/04/2019]]. Elle demande l'{{ASF}}. L'agent lui envoie le formulaire par courrier : [[ADRESSE:lieu-dit Bellegarde, 32300 Mirande]].",
    ),
    (
        "caf",
        AT,
        "Appelant agressif, insultes. L'agent coupe au bout de {{2 min}} selon le protocole. Il remplit une fiche incident. Il tremble un peu. 'Ça fait partie du job' dit-il.",
    ),
    (
        "caf",
        AT,
        "Écran pendant l'appel : '[[PERSONNE:Nasser Ahmadi]] | né [[DATE_NAISSANCE:1991]] | n° alloc [[N_ALLOCATAIRE:3125548]] | tél [[TELEPHONE:0745193867]] | mail [[EMAIL:ahmadi.nasser91@outlook.fr]]'. Il appelle pour l'{{AAH}} de son frère.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à domicile ({{Toulouse}}, {{Reynerie}}). Le contrôleur, M. [[PERSONNE:Delpech]], vérifie la situation 'isolement' de Mme [[PERSONNE:Aouadi]]. Il regarde les brosses à dents, le nombre de manteaux. Je suis mal à l'aise. Dossier [[N_ALLOCATAIRE:2954417]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}}. Dans le couloir, du courrier au nom d'un homme : 'M. [[PERSONNE:Zerrouki Samir]]'. Le contrôleur photographie l'enveloppe. Madame dit que c'est son frère qui reçoit son courrier ici. Le contrôleur note aussi la voiture dans le garage : [[IMMATRICULATION:EL-748-RC]].",
    ),
    (
        "caf",
        CSP,
        "Relevés bancaires demandés sur {{3 mois}}. Le contrôleur recopie l'IBAN : [[IBAN:FR76 3000 2411 4076 6056 4932 519]], pointe les virements reçus. Un virement régulier de {{400 €}} d'un certain '[[PERSONNE:R. Baptiste]]'. Explication : 'c'est mon cousin qui me rembourse'.",
    ),
    (
        "caf",
        CSP,
        "{{Nîmes}}, {{Valdegour}}. Visite sur rdv, tout est prêt sur la table : bail, quittances {{Habitat du Gard}} (réf. [[IDENTIFIANT:HG-304-117892]]), fiches de paie. Mme [[PERSONNE:Rahmani]] a l'habitude, '{{3e}} contrôle en {{5 ans}}'.",
    ),
    (
        "caf",
        CSP,
        "Pas de contrôle finalement, annulé par la personne (certificat médical). On rentre à l'antenne de {{Perpignan}}. Le contrôleur me parle des objectifs chiffrés, il n'aime pas ça.",
    ),
    (
        "caf",
        CSP,
        "{{Montpellier}}, {{Près d'Arènes}}. [[ADRESSE:appt 42, 150 avenue de Palavas, 34070 Montpellier]]. M. [[PERSONNE:Ortiz]] vit seul avec {{2 chats}} ({{Pacha}} et {{Kiwi}}). Le contrôleur demande la facture d'électricité : {{EDF}}, réf client [[IDENTIFIANT:6017220488]], conso faible, cohérent avec une personne seule.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur découvre un compte {{Vinted}} très actif : [[IDENTIFIANT:@laura_dressing66]]. La dame ([[PERSONNE:Laura]]) explique qu'elle vend les vêtements des enfants. {{1 200 €}} sur l'année. Le contrôleur dit que ça ne compte pas comme revenu pro 'a priori'.",
    ),
    (
        "caf",
        CSP,
        "{{Tarbes}}. Contrôle d'une famille de voyageurs sédentarisée : [[ADRESSE:aire d'accueil du Bastillac, emplacement 14]]. Famille [[PERSONNE:Winterstein]]. {{2 caravanes}}, une voiture espagnole [[IMMATRICULATION:7812 HFT]], une française [[IMMATRICULATION:BV-330-XS]]. Le contrôleur vérifie qui dort où.",
    ),
    (
        "caf",
        CSP,
        "Je note le déroulé type :\n1. présentation + carte pro\n2. tour du logement\n3. pièces (bail, paie, banque)\n4. questions sur la composition du foyer\n5. signature du PV\nDurée : {{50 min}}. Rien de nominatif ici.",
    ),
    (
        "caf",
        CSP,
        "{{Ajaccio}}, quartier des {{Cannes}}. Mme [[PERSONNE:Bartoli]] montre sa carte {{Mutuelle Bleue}} (n° [[IDENTIFIANT:MB 770 418 226]]) pour prouver qu'elle n'a qu'un enfant à charge, [[PERSONNE:Lisandru]], né en [[DATE_NAISSANCE:2012]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Perpignan}}, {{Bas-Vernet}}. Le contrôleur, [[PERSONNE:Hervé]], demande le numéro d'allocataire pour confirmer : Mme [[PERSONNE:Cortes]] le récite par cœur, [[N_ALLOCATAIRE:6608 415]]. Elle vit dans un mobil-home, [[ADRESSE:camping Le Roussillon, emplacement 31]], depuis {{4 ans}}.",
    ),
    (
        "caf",
        CSP,
        "{{Albi}}, visite chez un jeune couple. Lui : [[PERSONNE:Maxime]], intérimaire, identifiant {{France Travail}} sur la lettre posée sur le frigo : [[ID_FRANCE_TRAVAIL:8104472B]]. Elle : [[PERSONNE:Inaya]], enceinte. Le contrôleur passe le dossier en 'couple' — la vie maritale n'était pas déclarée.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Toulouse}} {{Jolimont}}, {{9h}}. Accueil : M. [[PERSONNE:Souleymane Keïta]], identifiant [[ID_FRANCE_TRAVAIL:4418273X]], convoqué par sa conseillère, Mme [[PERSONNE:Barthe]]. Il attend {{20 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Écran de la conseillère : '[[PERSONNE:LAURENT Cindy]] – ID [[ID_FRANCE_TRAVAIL:3326781 M]] – inscrite depuis le {{12/02}} – catégorie A – {{ARE}} : {{38,20 €}}/jour'. [[PERSONNE:Cindy]] cherche dans la vente. Mail de contact : [[EMAIL:cindy.laurent34@gmail.com]].",
    ),
    (
        "france_travail",
        AP,
        "Un jeune demandeur, [[PERSONNE:Aboubacar]], montre son récépissé de titre de séjour pour s'inscrire : n° [[IDENTIFIANT:3403318876]], mention 'autorise son titulaire à travailler'. La conseillère photocopie, inscription faite en {{25 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV collectif, {{8 personnes}}. La formatrice projette un CV modèle au nom de '[[PERSONNE:Jean Martin]]'. Puis chacun travaille le sien. Une dame, [[PERSONNE:Yamina]], {{54 ans}}, n'a jamais fait de CV.",
    ),
    (
        "france_travail",
        AP,
        "Borne d'accueil : 'Saisissez votre identifiant'. Un monsieur tape [[ID_FRANCE_TRAVAIL:2871065 N]] en cherchant les touches. Ça marche au {{2e}} essai. Il sort une attestation pour la {{Caf}}.",
    ),
    (
        "france_travail",
        AP,
        "Personne ne parle fort ici, plus calme qu'à la {{Caf}}. La file avance vite ({{5 min}}). Les conseillers sont dans des box vitrés. Pas de noms entendus.",
    ),
    (
        "france_travail",
        AP,
        "{{Nîmes}}. [[PERSONNE:Kader Benyahia]], licencié éco de chez {{Perrier}} ({{Vergèze}}), vient avec sa lettre de licenciement. {{CSP}} proposé. Identifiant [[ID_FRANCE_TRAVAIL:3012478P]]. Il est fier de ses {{28 ans}} de boîte.",
    ),
    (
        "france_travail",
        AP,
        "Dame qui veut faire une formation d'aide-soignante. La conseillère regarde sur {{Kairos}}, trouve une session à {{Tarbes}}. Mme [[PERSONNE:Lasserre]] demande si c'est financé : oui, {{AIF}}. Elle donne son IBAN pour l'aide au déplacement : [[IBAN:FR76 1310 6528 7529 3372 6560 196]].",
    ),
    (
        "france_travail",
        AP,
        "Un homme arrive avec un carton plein de papiers : trop-perçu de {{4 300 €}}. Conseiller : 'votre identifiant ?' '[[ID_FRANCE_TRAVAIL:512 9384 R]]'. Il s'appelle [[PERSONNE:Dominique Esteve]], {{59 ans}}. Il ne comprend pas d'où sort la dette.",
    ),
    (
        "france_travail",
        AP,
        "{{Montpellier}}, agence {{Millénaire}}. La conseillère me montre un profil : photo, compétences, et le lien {{LinkedIn}} du candidat : [[IDENTIFIANT:linkedin.com/in/yanis-hamidou-dev]]. 'On encourage à mettre le LinkedIn'. Le candidat : [[PERSONNE:Yanis Hamidou]].",
    ),
]

NOTES_7 = [
    (
        "france_travail",
        AP,
        "{{Perpignan}}, agence {{Catalogne}}. [[PERSONNE:Patrick Sirvent]], {{51 ans}}, chauffeur, veut passer la {{FIMO}}. NIR pour le dossier de financement : [[NIR:1 72 12 11 262 144 50]], né à {{Narbonne}}. ID [[ID_FRANCE_TRAVAIL:6623190L]].",
    ),
    (
        "france_travail",
        AP,
        "La conseillère, Mme [[PERSONNE:Pereira]], reçoit une réfugiée afghane, [[PERSONNE:Soraya Nazari]]. Carte de résident {{10 ans}} n° [[IDENTIFIANT:3102990147]]. Inscription + orientation vers des cours de {{FLE}}. Traduction par {{Google Traduction}} sur le tel de [[PERSONNE:Soraya]].",
    ),
    (
        "france_travail",
        AP,
        "{{Ajaccio}}. [[PERSONNE:Anghjula Mondoloni]], saisonnière (restau à {{Porticcio}} l'été), se réinscrit comme chaque {{octobre}}. NIR [[NIR:293042A24701183]], née à {{Porto-Vecchio}} en [[DATE_NAISSANCE:avril 1993]]. 'On se revoit en octobre prochain !' rit la conseillère.",
    ),
    (
        "france_travail",
        AP,
        "Pause café des conseillers, je les écoute : surcharge, portefeuilles de {{200}} demandeurs, nouveau logiciel. Personne n'est nommé.",
    ),
    (
        "france_travail",
        AP,
        "{{Bastia}}. M. [[PERSONNE:Santucci]] ({{66 ans}}) vient pour sa retraite, pas au bon endroit. La conseillère l'oriente vers la {{Carsat}}, mais l'aide quand même sur {{info-retraite.fr}} : NIR [[NIR:1 58 09 2B 033 118 23]], relevé de carrière imprimé. {{45 min}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Toulouse}}, agence {{Mirail}}. Un jeune, casquette, écouteurs. Il donne son pseudo {{Insta}} à la conseillère pour qu'elle voie ses photos de cuisine : [[IDENTIFIANT:@chef_ilyes31]]. Elle rigole, 'mets-le sur ton CV !'. Identifiant [[ID_FRANCE_TRAVAIL:3198724 Z]]. [[PERSONNE:Ilyes]] veut devenir cuisinier.",
    ),
    (
        "france_travail",
        AP,
        "Atelier numérique : créer son adresse mail. Une dame crée [[EMAIL:ginette.puech1956@gmail.com]] devant moi. Elle a {{68 ans}}, veut travailler encore 'pour voir du monde'. Je vois son nom : [[PERSONNE:Ginette Puech]], née en [[DATE_NAISSANCE:1956]].",
    ),
    (
        "france_travail",
        AP,
        "{{Albi}}. L'agent d'accueil ([[PERSONNE:Fabien]]) reçoit un monsieur sourd : échange par écrit, le monsieur écrit son identifiant [[ID_FRANCE_TRAVAIL:8127739H]] et 'rdv conseiller ?'. [[PERSONNE:Fabien]] note et prend rdv.",
    ),
    (
        "france_travail",
        AP,
        "Longue discussion avec un ingénieur de {{56 ans}}, ex-{{Airbus}}. Rupture conventionnelle. Il est en colère contre 'le système', pas contre la conseillère. Pas de nom donné, il refuse qu'on le note.",
    ),
    (
        "france_travail",
        AP,
        "{{Montpellier}}. La conseillère ouvre le dossier de M. [[PERSONNE:Diakité]] : {{4}} offres envoyées, {{0}} réponse. Elle appelle un employeur devant lui, {{Sodexo}}, pour un poste de plongeur, offre n° {{183KRTZ}}. Entretien obtenu !",
    ),
    (
        "france_travail",
        AP,
        "Une dame arrive en pleurs : ses {{ARE}} ne sont pas versées depuis {{6 semaines}}. La conseillère regarde : problème de RIB. Nouveau RIB : [[IBAN:FR76 1350 6507 2477 0567 3740 297]]. Mme [[PERSONNE:Djebbar]] repart avec la promesse d'un versement sous {{72h}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Tarbes}}. Jeune en {{CEJ}}, [[PERSONNE:Noah Duprat]], ID [[ID_FRANCE_TRAVAIL:6541172 A]]. Sa conseillère lui propose un stage chez {{Alstom}}. Il demande si c'est 'le truc des trains'. Oui.",
    ),
    (
        "france_travail",
        AP,
        "Je lis le tableau de l'accueil : 'Rdv {{14h}} : {{12}} / Sans rdv : {{7}} / Attente moy. : {{18 min}}'. Aucun nom affiché, bien.",
    ),
    (
        "france_travail",
        AP,
        "{{Nîmes}}. [[PERSONNE:Rosa Ferreira]] (portugaise, citoyenne {{UE}}) : inscription avec sa carte d'identité portugaise n° [[IDENTIFIANT:15504821 7 ZX3]]. Elle habite [[ADRESSE:9 rue Porte de France, 30900 Nîmes]]. Identifiant donné à la fin : [[ID_FRANCE_TRAVAIL:3027655C]].",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Appel : [[PERSONNE:Anthony Roche]], identifiant [[ID_FRANCE_TRAVAIL:3189204R]], veut décaler son rdv. Le conseiller le bouge au jeudi {{10h}}. {{3 min}}. Efficace.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une employeuse ({{boulangerie Maison Fabre}}) qui cherche un apprenti. Mme [[PERSONNE:Fabre]] laisse son mail : [[EMAIL:contact.fabre.boulangerie@orange.fr]]. Le conseiller lui promet {{3}} profils d'ici vendredi.",
    ),
    (
        "france_travail",
        AT,
        "Un demandeur appelle, il est hospitalisé ({{CHU Rangueil}}), il ne pourra pas venir au rdv. Il donne son identifiant [[ID_FRANCE_TRAVAIL:3176618 D]] et dit qu'il enverra le bulletin d'hospitalisation. Conseiller : 'pas de souci, M. [[PERSONNE:Lefebvre]], soignez-vous'.",
    ),
    (
        "france_travail",
        AT,
        "Appel {{9h03}}. Monsieur qui parle peu le français, son fils traduit sur haut-parleur. Le conseiller demande le numéro du titre de séjour pour mettre à jour : '[[IDENTIFIANT:trois zéro zéro un, quatre cinq six, sept huit neuf]]'. Nom : [[PERSONNE:Mehmet Aksoy]].",
    ),
    (
        "france_travail",
        AT,
        "Plateforme téléphonique, {{Montpellier}}. L'écran du conseiller affiche la fiche de l'appelante : '[[PERSONNE:GARNIER Sylvie]] – [[ID_FRANCE_TRAVAIL:3455201F]] – née le [[DATE_NAISSANCE:18/02/1998]] – NIR [[NIR:298023403251512]] – tél [[TELEPHONE:06 03 77 19 84]]'. Tout sur une ligne.",
    ),
    (
        "france_travail",
        AT,
        "Appel raté, mauvais numéro (la personne voulait la {{Caf}}). Le conseiller donne le {{3230}}. {{40 secondes}}.",
    ),
    (
        "france_travail",
        AT,
        "Un appelant demande qu'on lui renvoie ses codes par mail. Il épelle l'adresse : '[[EMAIL:b point traore point pro arobase gmail point com]]'. M. [[PERSONNE:Traoré]], identifiant [[ID_FRANCE_TRAVAIL:3201984 E]]. Le conseiller ({{3949}}) vérifie deux fois.",
    ),
    (
        "france_travail",
        AT,
        "Appel du {{CCAS}} de {{Nîmes}} : une travailleuse sociale signale qu'un demandeur, [[PERSONNE:Rachid Bouhlel]], a perdu son logement. Nouvelle domiciliation au CCAS. Pas de numéro perso donné, juste l'identifiant [[ID_FRANCE_TRAVAIL:3019987 S]].",
    ),
    (
        "france_travail",
        AT,
        "Rdv téléphonique d'accompagnement. La conseillère ([[PERSONNE:Aurélie]]) appelle [[PERSONNE:Malik]] au [[TELEPHONE:07.69.04.25.13]] : pas de réponse. Deuxième essai {{5 min}} plus tard, il décroche, il était au boulot (intérim {{Adecco}}).",
    ),
    (
        "france_travail",
        AT,
        "Une dame appelle de la part de son mari, détenu à {{Villeneuve-lès-Maguelone}}. Elle veut savoir s'il reste inscrit. Le conseiller ne peut rien dire sans lui. Elle donne quand même son identifiant à lui, [[ID_FRANCE_TRAVAIL:6610483 W]], et son n° d'écrou, [[IDENTIFIANT:17392]]. Le conseiller note pour le référent justice.",
    ),
    (
        "france_travail",
        AT,
        "Appel en boucle : même personne, {{4e}} fois ce matin, toujours coupée par le serveur vocal. Cette fois ça passe. 'ENFIN !' Mme [[PERSONNE:Vasquez]] rit et demande juste son attestation employeur.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un jeune de la {{Mission Locale}} d'{{Ajaccio}} : il veut savoir si son {{CEJ}} est validé. Le conseiller lit : 'oui, à partir du {{1er}}'. Identifiant : [[ID_FRANCE_TRAVAIL:2014087J]]. '[[PERSONNE:Ghjacumu]], c'est bien ça ?' 'Oui, avec un h'.",
    ),
    (
        "france_travail",
        AT,
        "Silence de {{10 min}} : panne des téléphones dans toute l'agence. Les conseillers en profitent pour saisir les comptes rendus. Reprise à {{11h20}}.",
    ),
    (
        "france_travail",
        AT,
        "Un employeur appelle pour signaler qu'un candidat, [[PERSONNE:Jérémy Castan]], ne s'est pas présenté à l'entretien. Il donne le numéro de l'offre ({{184MPQW}}) et son mail pour la suite : [[EMAIL:j.lafage@autos-tarnaises.fr]]. M. [[PERSONNE:Lafage]], garage {{Autos Tarnaises}}, {{Castres}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un demandeur qui part travailler en {{Belgique}} : il veut garder ses droits (formulaire {{U2}}). Il donne son IBAN belge : [[IBAN:BE91 4930 9975 0176]]. [[PERSONNE:Matthieu Verhaegen]], ID [[ID_FRANCE_TRAVAIL:3482210G]].",
    ),
    (
        "france_travail",
        AT,
        "Une demandeuse appelle de {{Marrakech}}, elle est bloquée là-bas, passeport perdu. Elle donne le numéro de l'ancien pour que le conseiller note le motif : [[IDENTIFIANT:19CK40721]]. Mme [[PERSONNE:Benjelloun]], identifiant [[ID_FRANCE_TRAVAIL:3145577U]]. Rdv reporté.",
    ),
    (
        "france_travail",
        AT,
        "Dernier appel de ma demi-journée : M. [[PERSONNE:Youssef Lamrani]], né au {{Maroc}} en [[DATE_NAISSANCE:juillet 1991]], veut vérifier que son NIR définitif a bien été pris en compte : [[NIR:1 91 07 99 350 045 39]]. Le conseiller confirme. Fin, {{12h30}}.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
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
        dev.extend(ids[:half])
        holdout.extend(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
