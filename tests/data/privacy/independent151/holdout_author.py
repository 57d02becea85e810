"""Independent evaluation corpus n° 151: 240 hand-written notes, Hauts-de-France.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets. Ids ``ind151-001`` ... ``ind151-240`` follow the writing order. The split draws with
``random.Random(151)`` on ids and cells only. Standard library only; deterministic.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind151"
SEED = 151

NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}}, 1er monsieur. Il tend un papier plié en 4 avec son num alloc écrit au stylo : [[N_ALLOCATAIRE:2451873]]. L'agente ([[PERSONNE:Sabrina]]) tape, se trompe, retape. \"Ah non c'est un 7 pas un 1\" -> [[N_ALLOCATAIRE:2457873]]. Dossier trouvé en {{40 secondes}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente jusqu'à la porte vitrée, {{23 personnes}} compté à {{8h55}}. Borne numéro 2 en panne depuis lundi d'après le vigile. Personne ne râle, c'est ça qui m'étonne.",
    ),
    (
        "caf",
        "accueil_physique",
        'Mme [[PERSONNE:Kowalczyk]] vient pour l\'{{APL}}, elle a déménagé de {{Roubaix}} à {{Tourcoing}}. Nouvelle adresse donnée à voix haute : [[ADRESSE:17 rue de la Bienfaisance, 59200 Tourcoing]]. Numéro allocataire [[N_ALLOCATAIRE:0983412]] "le zéro devant il compte ?" -> oui il compte. Bail signé avec {{Vilogia}}, réf locataire [[IDENTIFIANT:VLG-0045721]].',
    ),
    (
        "caf",
        "accueil_physique",
        "jeune femme avec poussette, demande {{prime de naissance}}. agent [[PERSONNE:Olivier D.]] lui demande son NIR, elle lit sur sa carte vitale : [[NIR:2 92 07 80 021 208 72]]. née à {{Amiens}} en [[DATE_NAISSANCE:juillet 92]] confirme t elle. Pas de RIB sur elle -> revenir.",
    ),
    (
        "caf",
        "accueil_physique",
        'RSA - le monsieur ne comprend pas pourquoi {{0 €}} ce mois. Ecran : "DTR non reçue". L\'agent explique la déclaration trimestrielle. {{3 mois}} de retard. Il repart avec un rdv le {{12}} à {{14h}}.',
    ),
    (
        "caf",
        "accueil_physique",
        'M. [[PERSONNE:Benyahia]] donne son alloc d\'un coup sans respirer "[[N_ALLOCATAIRE:3 1 0 4 5 5 8]]". Puis son RIB pour changement de compte, l\'agente recopie depuis le papier de la {{Banque Postale}} : [[IBAN:FR76 2004 1010 0591 7150 1835 405]]. Elle me montre : "on recopie toujours 2 fois, 1 chiffre faux et c\'est {{3 semaines}} de perdu".',
    ),
    (
        "caf",
        "accueil_physique",
        "Petite fille qui dessine sur le coin du comptoir pendant que sa mère ([[PERSONNE:Leïla Ait Ouarab]]) explique sa séparation. L'agente parle doucement. Je ne note pas plus, c'est dur.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf du Nord}}, site de {{Roubaix}}. Les agents se parlent en numéros : \"t'as le {{B47}} ?\" = ticket. {{B47}} c'est un couple avec {{3 enfants}}, {{AF}} + {{complément familial}}. Le père épelle son nom : [[PERSONNE:N-G-U-Y-E-N]] puis prénom [[PERSONNE:Van Thanh]]. numéro dossier [[N_ALLOCATAIRE:1187325]].",
    ),
    (
        "caf",
        "accueil_physique",
        "trop perçu {{1 842,50 €}} !! le mec est blanc. agent ([[PERSONNE:Mehdi]]) propose échéancier {{50 €/mois}}. n° alloc sur le courrier : [[N_ALLOCATAIRE:4420917]] / date courrier {{2 septembre}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Il fait {{28°}} dans le hall. Ventilateur sur pied, une plante verte morte, affiche {{Mon Enfant.fr}} décollée. {{11h40}}, la salle se vide enfin.",
    ),
    (
        "caf",
        "accueil_physique",
        'Dame âgée, vient pour sa petite-fille [[PERSONNE:Inès]] ({{19 ans}}, étudiante à {{Amiens}}). Elle a noté tout sur un carnet : "alloc [[N_ALLOCATAIRE:58 21 430]] / tel [[TELEPHONE:07 81 44 20 93]] / mail [[EMAIL:ines.delcourt80@gmail.com]]". L\'agente refuse gentiment sans procuration.',
    ),
    (
        "caf",
        "accueil_physique",
        "Couple belge installé à {{Halluin}}, travaillent à {{Menin}}. Questions frontaliers. Leur compte est en Belgique, ils donnent l'{{IBAN}} belge : [[IBAN:BE96 7790 5330 8305]]. L'agente hésite, appelle sa cheffe Mme [[PERSONNE:Verhaeghe]] -> ok c'est accepté (zone {{SEPA}}).",
    ),
    (
        "caf",
        "accueil_physique",
        "noté sur écran de l'agent (je lis par dessus l'épaule, il m'y invite) :\nALLOC [[N_ALLOCATAIRE:2290664]]\nNOM [[PERSONNE:DA SILVA PEREIRA]]\nPRENOM [[PERSONNE:MARIA DE FATIMA]]\nNIR [[NIR:263019913905816]]\nSITU : {{isolée}}\n-> elle a {{62 ans}}, née au {{Portugal}}, pas de souci de cohérence.",
    ),
    (
        "caf",
        "accueil_physique",
        'Le vigile, [[PERSONNE:Karim]], connait tout le monde par son prénom. "Bonjour [[PERSONNE:Josiane]] !" "Ca va [[PERSONNE:Dédé]] ?" C\'est lui l\'accueil en vrai.',
    ),
    (
        "caf",
        "accueil_physique",
        "{{10h05}} un jeune, {{20 ans}}, carte d'identité à la main. Numéro de CNI lu par l'agent pour vérif : [[IDENTIFIANT:X4RT7LP92]]. Demande de {{RSA}} jeune actif impossible, orienté vers {{Mission Locale}} de {{Lens}}. Il dit \"encore un guichet\".",
    ),
    (
        "caf",
        "accueil_physique",
        'Formulaire {{Cerfa 10840}} rempli à moitié. L\'agent remplit avec la dame. Ligne "N° allocataire" : [[N_ALLOCATAIRE:6032118]]. Ligne "Date de naissance" : [[DATE_NAISSANCE:14/03/1987]]. Ligne "N° sécu" : [[NIR:2 87 03 59 350 112 67]]. {{15 minutes}} pour {{2 pages}}.',
    ),
    (
        "caf",
        "accueil_physique",
        "Ce que je retiens : personne ne connait son numéro allocataire par coeur. Tout le monde sort le téléphone, appli {{Caf - Mon Compte}}, capture d'écran.",
    ),
    (
        "caf",
        "accueil_physique",
        '"vous habitez toujours [[ADRESSE:3 résidence du Petit Bois, Villeneuve-d\'Ascq]] ?" - "non on est parti chez ma soeur à {{Hem}}". Adresse nouvelle pas connue par coeur. L\'agente [[PERSONNE:Nadia Boukhari]] met le dossier en attente. alloc [[N_ALLOCATAIRE:1653009]].',
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Szymanski]] (polonais d'origine, {{3e génération}} dit-il, grand-père mineur à {{Liévin}}) vient pour sa retraite -> erreur de guichet c'est la {{Carsat}}. Il rigole. Il me dit que {{Lens}} sans les mines c'est {{Lens}} quand même.",
    ),
    (
        "caf",
        "accueil_physique",
        'num alloc tapé glué par l\'agente : [[N_ALLOCATAIRE:3381447]], mais la personne avait dit "[[N_ALLOCATAIRE:trois trois huit, quatorze, quarante-sept]]". Même chose. Elle tape sans regarder le clavier.',
    ),
    (
        "caf",
        "accueil_physique",
        "mère + ado. l'ado traduit en arabe pour sa mère. Mère : [[PERSONNE:Fatima Zohra Belkacem]]. Titre de séjour présenté, n° [[IDENTIFIANT:5902471368]]. Le fils [[PERSONNE:Yanis]] {{14 ans}} gère tout, ça me gêne un peu.",
    ),
    (
        "caf",
        "accueil_physique",
        "Agent me dit : \"le {{3230}} sature, du coup ils viennent ici\". {{3230}} = numéro Caf. Ticket moyen {{35 min}} d'attente aujourd'hui.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Plateforme tel {{Caf}} {{Arras}}. 1er appel {{8h31}}. "Bonjour c\'est Mme [[PERSONNE:Lheureux]] mon numéro c\'est le [[N_ALLOCATAIRE:7 7 1 0 2 3 5]]". L\'agente [[PERSONNE:Céline]] cherche, rien. Elle redemande : "[[N_ALLOCATAIRE:7710253]]". Trouvé. Inversion de 2 chiffres.',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appelant donne son numéro de sécu au lieu du num alloc : [[NIR:1 64 11 62 193 045 54]]. L'agent : \"non ça c'est la sécu monsieur, j'ai besoin du numéro Caf, {{7 chiffres}}\". Il finit par retrouver : [[N_ALLOCATAIRE:0412785]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel coupé au bout de {{12 min}}. La dame rappellera. L'agente soupire, boit son café, décroche le suivant sans pause.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur très énervé, crie dans le combiné, j'entends tout à {{1m50}}. \"J'AI ENVOYE MON RIB TROIS FOIS\". L'agente lit le RIB enregistré : [[IBAN:FR76 1027 8029 5173 0280 7143 001]], il dit \"c'est l'ancien !!\". Le nouveau dicté : [[IBAN:F R 7 6 1 6 2 7 5 0 0 5 0 0 0 6 7 9 3 9 9 0 7 2 6 4 2]]. Elle répète tout.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mr [[PERSONNE:Cuvelier]] (elle le tutoie presque, il appelle toutes les semaines dit-elle). alloc [[N_ALLOCATAIRE:2200981]]. Il veut savoir si l'{{AAH}} va baisser avec la pension de sa femme. Réponse : non depuis {{octobre 2023}} (déconjugalisation).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un travailleur social du {{CCAS}} de {{Boulogne-sur-Mer}} (M. [[PERSONNE:Wimez]]) pour un usager : \"je vous donne son matricule, [[N_ALLOCATAIRE:9034412]], et son tel perso c'est le [[TELEPHONE:06.62.18.40.77]]\". Ligne partenaires = même file d'attente que le public.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "casque sur les oreilles, double écran. J'écoute sur le 2e casque. Temps d'attente affiché {{17 min}}. {{42 appels}} en file. L'agente : \"c'est calme\".",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appelante [[PERSONNE:Aminata]] (nom pas compris, l'agente demande d'épeler : [[PERSONNE:T R A O R E]]). date de naissance : [[DATE_NAISSANCE:le vingt-deux décembre quatre-vingt-cinq]]. nés au {{Sénégal}}. NIR reçu par elle : [[NIR:285129934102769]]. Ok cohérent.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'L\'agent recopie un numéro qu\'on lui dicte en morceaux :\n"[[N_ALLOCATAIRE:deux quatre]]" "[[N_ALLOCATAIRE:six huit]]" "[[N_ALLOCATAIRE:zéro]]" "[[N_ALLOCATAIRE:un un]]"\n-> [[N_ALLOCATAIRE:2468011]]\nPuis "mon mail c\'est [[EMAIL:rachid point h59 arobase outlook point fr]]". Rien n\'est simple.',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Question sur la {{prime d'activité}} : elle gagne {{1 380 €}} net, {{1 enfant}}. Simulation faite en ligne avec elle, {{187 €}} estimé. Elle dit merci {{4 fois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Réclamation : courrier reçu au nom de quelqu'un d'autre, \"un certain [[PERSONNE:Gaëtan Vandamme]], [[ADRESSE:45 rue Jean Jaurès 62300 Lens]]\", alors qu'elle habite [[ADRESSE:45 rue Jean Jaurès, Liévin]]. Erreur d'adressage. Agente fait un signalement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "n°alloc [[N_ALLOCATAIRE:55109\n72]] (l'agente l'avait écrit sur 2 lignes sur son post-it, elle a dû recoller)",
    ),
]

NOTES_2 = [
    (
        "caf",
        "accueil_telephonique",
        "appel {{14h02}}. \"allo oui bonjour c'est pour mon fils [[PERSONNE:Dylan]], il a {{20 ans}} il a son propre numéro ou c'est le mien ?\" -> le sien depuis son appart à {{Valenciennes}}. Le sien : [[N_ALLOCATAIRE:8820416]], le sien à elle : [[N_ALLOCATAIRE:1295377]]. L'agente les note côte à côte pour pas confondre.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agente [[PERSONNE:Sandrine Dewaele]] me montre sa fiche réflexe collée sous l'écran : {{3230}}, {{3949}}, {{115}}, {{3919}}, n° {{MDPH}} {{Lille}} {{03 59 73 73 73}}. \"Ceux-là je les donne 20 fois par jour.\"",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Quelqu'un rappelle pour la {{3e fois}} de la journée. Même question (date de versement). Réponse : le {{5}}. Il raccroche content.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'monsieur dicte son tel pour être rappelé : "[[TELEPHONE:zéro sept, soixante-huit, onze, zéro deux, quatre-vingt-dix-neuf]]" -> l\'agente écrit [[TELEPHONE:07 68 11 02 99]]. Puis il se reprend "non pardon [[TELEPHONE:07 68 11 02 89]]". Les 2 restent dans la note du dossier [[N_ALLOCATAIRE:4106633]].',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en flamand/néerlandais ?? l'agent bascule en anglais. Dame de {{Poperinge}} qui a une maison à {{Bray-Dunes}}. Ne relève pas de la {{Caf}}. {{6 minutes}} quand même.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Fraude au téléphone : quelqu'un se fait passer pour la {{Caf}} et demande les codes. Une dame nous appelle pour vérifier, elle avait déjà donné son num alloc [[N_ALLOCATAIRE:3012448]] et son IBAN \"[[IBAN:FR76 3000 3]] ... je sais plus la suite\". L'agente bloque le compte en ligne. Signalement {{Pharos}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'appel court : "c\'est quoi votre adresse pour envoyer les papiers" -> {{Caf du Nord}}, {{59863 Lille Cedex 9}}. ok merci.',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Hennebelle]] née [[PERSONNE:Catteau]] (l'agente cherche sous les 2 noms), alloc [[N_ALLOCATAIRE:6613205]], tel fixe [[TELEPHONE:03 21 35 47 12]]. Mari [[PERSONNE:Jean-Claude]] en {{EHPAD}} à {{Arras}} ({{EHPAD Les Jardins d'Arras}}) depuis {{mars}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[PERSONNE:Thierry]], contrôleur depuis {{22 ans}}. Logement : [[ADRESSE:8 rue Gambetta, 80000 Amiens]], 2e étage sans ascenseur. Il regarde les boîtes aux lettres d'abord : 2 noms, [[PERSONNE:BOUZID]] et [[PERSONNE:LEFORT]]. \"C'est là que tout commence.\"",
    ),
    (
        "caf",
        "controle_sur_place",
        "Vérif vie maritale supposée. Une voiture garée devant, il note la plaque dans son carnet : [[IMMATRICULATION:FG-418-KD]]. Il m'explique qu'il ne peut rien en faire seul, c'est \"un indice\". Le monsieur ouvre, il s'appelle [[PERSONNE:Rachid]], dit qu'il est juste de passage.",
    ),
    (
        "caf",
        "controle_sur_place",
        'relevés bancaires étalés sur la toile cirée. Contrôleur lit le {{RIB}} en haut : [[IBAN:FR7630004008125507310812512]] = celui du dossier. Ok. Il cherche des virements réguliers. {{3 virements}} de {{150 €}} "de ma mère".',
    ),
    (
        "caf",
        "controle_sur_place",
        "Pas de contrôle finalement : personne chez lui. Avis de passage laissé. {{45 min}} de route depuis {{Amiens}} pour rien. Thermos de café dans la voiture de service ({{Clio}} blanche).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mme [[PERSONNE:Deprez]], {{RSA}} majoré. Le contrôleur demande le bail : signé avec {{SIA Habitat}}, réf contrat [[IDENTIFIANT:SIA 0871 2290]]. Quittance d'{{août}} : {{412,35 €}}. Les enfants ([[PERSONNE:Lola]], [[PERSONNE:Enzo]]) regardent la télé. Contrôle {{1h10}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Voiture immatriculée en Belgique devant la maison ([[IMMATRICULATION:1-KZM-204]]) - le contrôleur note, la dame dit que c'est la voiture de son frère qui habite {{Tournai}}. Dossier alloc [[N_ALLOCATAIRE:7721509]].",
    ),
    (
        "caf",
        "controle_sur_place",
        'Question sur les ressources : le monsieur fait des marchés (auto-entrepreneur), SIRET sur sa carte de visite [[IDENTIFIANT:852 417 339 00018]]. "{{Aux Saveurs de Kabylie}}" le nom du stand, marché de {{Wazemmes}} le dimanche.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur a une tablette. Les champs : adresse, composition foyer, ressources, observations. Il tape avec 2 doigts. Il dit que la tablette plante {{1 fois sur 3}} dans les cages d'escalier.",
    ),
    (
        "caf",
        "controle_sur_place",
        'logement : [[ADRESSE:résidence Les Hirondelles, bât C, appt 24, 62100 Calais]]. Quartier {{Beau-Marais}}. Boîte aux lettres : "[[PERSONNE:OUEDRAOGO]] / [[PERSONNE:KABORÉ]]". 2 familles ? Non, c\'est le nom de jeune fille de madame.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Madame montre sa carte de résident, n° [[IDENTIFIANT:6203318840]], et sa fiche de paie {{Auchan}} {{Grande-Synthe}}. Le contrôleur note son n° salarié ? Non, pas utile. Il note juste le net : {{1 212 €}}. Sur le parking, la {{Twingo}} de madame, [[IMMATRICULATION:CV-620-GS]] ; il ne la note pas, ce n'est pas le sujet.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture en repartant, [[PERSONNE:Thierry]] me dit : \"Je fais pas la police. Je vérifie que la situation déclarée c'est la vraie. {{90 %}} du temps c'est en faveur de la personne, rappel de droits.\" Je ne savais pas.",
    ),
    (
        "caf",
        "controle_sur_place",
        'Propriétaire présent (bailleur privé), M. [[PERSONNE:Vanhoutte]] - il donne son tel spontanément : [[TELEPHONE:06 08 17 55 42]] "si besoin de l\'attestation de loyer". Le logement fait {{19 m²}} pour {{3 personnes}}. Contrôleur note "indécence probable" → signalement {{ADIL}}.',
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Roubaix-Tourcoing}}. Monsieur donne sa carte vitale qui ne passe pas. Agent saisit le NIR à la main : [[NIR:199125959915418]]. Né à {{Tourcoing}} en [[DATE_NAISSANCE:décembre 99]], {{25 ans}}. Carte à refaire, formulaire papier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame demande la {{C2S}}. Il lui faut : avis d'imposition, RIB, pièce d'identité. Elle a tout sauf le RIB. Agente ([[PERSONNE:Aurélie]]) : \"sur l'appli de votre banque, section RIB\". Elle trouve : [[IBAN:FR76 1470 6000 3160 5703 2063 641]]. Capture envoyée par mail à l'accueil.",
    ),
    (
        "cpam",
        "accueil_physique",
        '{{11h}}. Accueil sur rdv uniquement, les gens sans rdv sont orientés vers la borne. Il y a {{4 bornes}}, {{1}} marche. Une affiche "{{Ameli}}, c\'est plus simple".',
    ),
    (
        "cpam",
        "accueil_physique",
        "Le monsieur dicte son numéro de sécu avec les espaces à lui : \"[[NIR:1 78 01 99 350 031 12]]\". Né au {{Maroc}}, {{99}} pour l'étranger m'explique l'agent, {{350}} = le pays. Je ne savais pas que le pays était dans le numéro.",
    ),
    (
        "cpam",
        "accueil_physique",
        "IJ non payées depuis {{6 semaines}}. Attestation employeur pas reçue. L'agent appelle l'employeur devant lui ({{Leroy Merlin}} {{Englos}}), tombe sur le répondeur. Il note la référence de l'arrêt : [[IDENTIFIANT:AT-2024-118736]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "rien de perso dans ce que j'entends : conversation sur la mutuelle, pourquoi le dentiste à {{Lille}} facture {{80 €}} de dépassement, ce que rembourse le {{100 % santé}}. {{20 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Femme corse installée à {{Dunkerque}} depuis {{30 ans}}, numéro avec 2A dedans : [[NIR:2 68 04 2A 004 051 22]]. L'agente : \"j'ai jamais de 2A moi\". Elle est née à {{Ajaccio}} le [[DATE_NAISSANCE:11 avril 1968]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mutuelle du monsieur : {{Harmonie Mutuelle}}, n° adhérent lu sur la carte [[IDENTIFIANT:01 8836 4417]]. Ça permet de voir si le tiers payant marche. Ça marche pas. L'agent ne sait pas pourquoi.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ado de {{16 ans}} venu seul pour sa propre carte vitale. Il s'appelle [[PERSONNE:Noah Decroix]]. L'agent le félicite. Il a le NIR de sa mère sur un papier, pas le sien. On l'oriente vers le compte {{Ameli}} de sa mère.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Mbemba]] veut changer d'adresse : ancienne [[ADRESSE:22 av. de Dunkerque Lille]], nouvelle [[ADRESSE:5 rue Pierre Legrand, 59800 Lille]]. NIR glissé sur un post-it, écrit de travers : [[NIR:2790 8590 0909 519]]... l'agente compte les chiffres à voix haute : \"quinze, c'est bon\".",
    ),
    (
        "cpam",
        "accueil_physique",
        "Réclamation : il a payé {{25 €}} chez le médecin et n'a eu que {{17,50 €}}. L'agent explique le ticket modérateur. \"Et le {{2 €}} ?\" la participation forfaitaire. Il repart pas convaincu.",
    ),
    (
        "cpam",
        "accueil_physique",
        'Agent [[PERSONNE:Fabrice]] chuchote : "celle-là elle vient tous les jeudis". La dame, Mme [[PERSONNE:Ghesquière]] (?), {{80 ans}} passés, veut juste parler.',
    ),
]

NOTES_3 = [
    (
        "cpam",
        "accueil_physique",
        'Demande de {{CEAM}} (carte européenne) pour un voyage en Pologne. Monsieur [[PERSONNE:Pawlak]], il donne son numéro de sécu par coeur mais oublie la clé à la fin. Il finit par sortir sa carte : [[NIR:157076211903937]]. {{Béthune}} écrit dessus, il rigole "c\'est là que je suis né".',
    ),
    (
        "cpam",
        "accueil_physique",
        "Le téléphone de l'accueil sonne sans arrêt, personne ne décroche, \"c'est la plateforme qui doit prendre\". Ça sonne {{14 fois}} pendant que j'écris ça.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune femme enceinte, déclaration de grossesse. La sage-femme a mis le mauvais NIR. Bon NIR : [[NIR:2 96 11 59 606 301 33]] (née à {{Valenciennes}}, [[DATE_NAISSANCE:nov 96]]). Sur le papier : [[NIR:2 96 11 59 606 310 33]] — chiffres inversés.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Monsieur [[PERSONNE:Tshibanda]] ([[PERSONNE:Jean-Pierre]]), né au Congo. NIR provisoire d'abord (commence par 7 ?), puis définitif depuis l'an dernier : [[NIR:1 70 12 99 312 083 19]]. Date de naissance dite \"[[DATE_NAISSANCE:le 3 décembre 70]]\".",
    ),
    (
        "cpam",
        "accueil_physique",
        'liste des demandes entendues en {{1h}} :\n- {{carte vitale}} perdue x3\n- attestation de droits x2\n- {{C2S}} x1\n- remboursement lunettes x1\n- "je sais pas pourquoi je suis là" x1',
    ),
    (
        "cpam",
        "accueil_physique",
        "Le fils traduit pour son père, turcophone. Père : [[PERSONNE:Mehmet Yilmaz]]. Le fils donne le numéro de dossier {{AME}} papier : [[IDENTIFIANT:AME 59 2024 004718]] (c'est pas le NIR, l'AME a son propre numéro me dit l'agent).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Je suis en double écoute à {{Lille}} mais l'appel vient d'{{Amiens}}. Appelante : \"mon numéro c'est [[NIR:2... 92... 07... 80... 021... 208]]... et la clé [[NIR:soixante-douze]]\". L'agente recopie [[NIR:292078002120872]]. Elle demande la date de naissance : \"[[DATE_NAISSANCE:le 9 juillet 1992]]\". OK.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, attente annoncée {{8 minutes}}. Première question : \"vous êtes bien l'assuré ?\". Si c'est pas la personne, l'agent ne donne rien. Une fille appelle pour sa mère, refus poli.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Appelant donne NIR en blocs de 2 : "18 30 98 00 14 02 77" l\'agent : "ça fait que 14 chiffres monsieur". Il recommence : "[[NIR:1 88 09 80 001 402 77]]". Né à {{Abbeville}} confirmé. Le premier essai c\'était [[NIR:18 30 98 00 14 02 77]] — faux.',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un médecin appelle (ligne pro) pour un patient, Dr [[PERSONNE:Lemaire]] de {{Béthune}}. Il donne le nom du patient : M. [[PERSONNE:Wiart Gérard]], nom puis prénom, comme sur la carte. L'agent retape [[PERSONNE:Gérard Wiart]] dans le bon ordre.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Changement de RIB par téléphone impossible, il faut passer par le compte {{Ameli}}. La dame n'a pas de compte {{Ameli}}, pas d'ordi. On lui envoie le formulaire par courrier. {{10 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame qui appelle de {{Beauvais}}, rattachée à la {{CPAM de l'Oise}}. Mail pour recevoir le lien : [[EMAIL:c.mendes.beauvais@laposte.net]]. L'agente répète lettre par lettre : \"C point M E N D E S\". Nom : [[PERSONNE:Cristina Mendes]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Numéro de téléphone de la dame à rappeler : [[TELEPHONE:+33 6 71 20 84 15]] (elle l'a donné avec le +33, l'agente l'a réécrit [[TELEPHONE:0671208415]] dans le dossier). Dossier arrêt maladie.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause café {{10h30}}. Les agents comparent leurs stats : {{63 appels}} hier pour l'une, {{71}} pour l'autre. Pas de classement affiché, mais tout le monde sait.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Un monsieur qui appelle de la part de sa femme hospitalisée à {{Calais}} ({{centre hospitalier de Calais}}). Il donne le nom "Mme [[PERSONNE:Vasseur Sylvie]]". Le numéro de sécu de sa femme il ne l\'a pas. "Il est dans son sac, à l\'hôpital."',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "\"Je suis frontalier, je travaille en Belgique à {{Mouscron}}\" : formulaire {{S1}}. L'agent donne l'adresse mail générique {{CPAM}}. Numéro de l'appelant [[TELEPHONE:+32 476 55 18 02]] (belge).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agente tape sous dictée, j'essaie de suivre :\n- nom [[PERSONNE:BENALI]]\n- prénom [[PERSONNE:SOUFIANE]]\n- NIR [[NIR:1900699352112 42]]\n- né le [[DATE_NAISSANCE:17/06/1990]] à {{Oran}}\nElle me dit que le {{99352}} c'est l'Algérie.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "appel rapide : adresse de la {{CPAM}} pour envoyer une feuille de soin. Réponse : {{CPAM des Flandres}}, {{59897 Lille Cedex 9}}. Bref.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel pour un accident du travail chez {{Arc International}} ({{Arques}}). Numéro de dossier AT donné par l'employeur : [[IDENTIFIANT:AT 62 23 0041 557]]. Le monsieur, [[PERSONNE:Grégory]], parle fort, il est dans sa voiture.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        '"vous pouvez me redonner votre date de naissance" - "[[DATE_NAISSANCE:mil neuf cent soixante, le premier juin]]" (il commence par l\'année). Puis le NIR [[NIR:160060269114044]], {{Saint-Quentin}}, {{Aisne}}. Rattaché {{CPAM}} de l\'{{Aisne}} mais il habite {{Amiens}} maintenant.',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une infirmière libérale appelle pour des rejets de factures. N° {{ADELI}}/RPPS de l'infirmière pas noté par moi (pro, pas un usager). Patiente : Mme [[PERSONNE:Goudeseune]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec [[PERSONNE:Philippe]], agent enquêteur {{CPAM}}. Visite pour un arrêt maladie, heures de sortie autorisées {{9h-11h}} et {{14h-16h}}. On sonne à {{15h40}} : [[ADRESSE:12 allée des Tilleuls, 59650 Villeneuve-d'Ascq]]. Personne. Il repassera.",
    ),
    (
        "cpam",
        "controle_sur_place",
        'Le voisin sort, dit que "monsieur [[PERSONNE:Haddouche]] est au garage". Philippe note tout dans le PV, même la réponse du voisin. Plaque de la voiture de l\'assuré dans le dossier : [[IMMATRICULATION:EX 227 TB]].',
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de résidence pour une {{C2S}} : la personne habite-t-elle en France ? Appartement à {{Lens}}, cité {{12/14}} ({{cité des Provinces}}). Frigo plein, courrier récent au nom de Mme [[PERSONNE:Ramos]]. Rien à dire.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "trajet en {{C3}} de service, {{2h}} de voiture pour {{3 visites}}. L'enquêteur me parle de son chien (un beagle, {{Moka}}).",
    ),
    (
        "cpam",
        "controle_sur_place",
        'Assuré présent. Carte vitale montrée, NIR vérifié à voix haute par l\'enquêteur "[[NIR:1 74 03 62 160 066 17]]", l\'homme dit "oui c\'est moi, né à {{Boulogne}}". Il est marin pêcheur en arrêt, on parle des quotas.',
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la {{Somme}}, ferme isolée près d'{{Abbeville}}. L'assurée (Mme [[PERSONNE:Poulain]]) nous offre du café. Tracteur dans la cour. Elle est à la {{MSA}}, pas à la {{CPAM}} ! Erreur d'aiguillage, {{1 heure}} de route.",
    ),
    (
        "cpam",
        "controle_sur_place",
        'PV rempli : nom, adresse ([[ADRESSE:31 rue Ledru-Rollin 59100 Roubaix]]), présent/absent, observations. L\'agent écrit vite, abréviations : "ass. prést, RAS".',
    ),
    (
        "cpam",
        "controle_sur_place",
        'Camionnette garée en double file avec le nom de la boîte : "{{Kessler Multiservices}}". L\'enquêteur : "c\'est la sienne" - M. [[PERSONNE:Kessler]] est en arrêt et bosse ? Il note la plaque [[IMMATRICULATION:gk-903-rw]] en minuscules. Pas de conclusion aujourd\'hui.',
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tourcoing}}. Accueil petit, {{2 guichets}}. Une dame vient pour une aide alimentaire : colis des {{Restos du Coeur}} ou épicerie sociale ? L'agente ([[PERSONNE:Émilie]]) lui explique les {{2}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Monsieur [[PERSONNE:Delattre]], {{67 ans}}, demande d'aide pour facture EDF impayée : {{312,40 €}}. Réf client {{EDF}} lue sur la facture : [[IDENTIFIANT:6 004 518 233]]. Facture n° [[IDENTIFIANT:10 1842 775 903]]. L'agente monte un dossier {{FSL}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : un jeune homme sans adresse veut une boîte postale au {{CCAS}}. Il faut un lien avec la commune. Il dort chez des amis à {{Fives}}. Nom [[PERSONNE:Jordan Bruneel]], tel [[TELEPHONE:07.53.22.81.60]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "\"{{Allô Mairie}}\" affiché à côté du numéro du {{CCAS}}, {{03 20 49 50 00}} (c'est le standard je crois). Pas de public pendant {{20 minutes}}. L'agent range des dossiers.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame âgée vient pour la téléassistance ({{Présence Verte}}). Elle s'appelle [[PERSONNE:Marie-Thérèse]], on ne saura pas son nom, l'agente la connait. Sa fille au téléphone sur haut-parleur donne son numéro : [[TELEPHONE:06 44 81 09 37]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le CCAS demande le num alloc pour calculer le reste à vivre. Le monsieur : \"j'sais pas... [[N_ALLOCATAIRE:28 91 04 6]] ?\" L'agente consulte {{CDAP}} (le portail Caf des partenaires) et trouve [[N_ALLOCATAIRE:2891046]]. Ressources : {{RSA}} {{635,71 €}}.",
    ),
]

NOTES_4 = [
    (
        "ccas",
        "accueil_physique",
        "Aide facultative : bon de {{50 €}} pour {{Carrefour}}. La dame doit signer un registre papier. Nom écrit en majuscules : [[PERSONNE:KAMARA Fatoumata]]. Rien d'autre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une femme vient pour l'élection de domicile de son mari, [[PERSONNE:Sorin]], roumain. Elle présente son passeport à lui, n° [[IDENTIFIANT:057318842]]. Ils vivent en caravane [[ADRESSE:aire d'accueil de Wattrelos, emplacement 14]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Je remarque : aucune confidentialité. Le guichet est à {{1 mètre}} de la file. Tout le monde entend tout (montant du loyer, dettes, nom du mari).",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier d'aide pour la cantine du petit [[PERSONNE:Adam]] ({{CE1}}, école {{Jules Ferry}}). La mère donne sa quittance {{Lille Métropole Habitat}}, réf locataire [[IDENTIFIANT:LMH/004/118930]], et son avis d'imposition (n° fiscal [[IDENTIFIANT:30 12 458 917 226]]).",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente s'appelle [[PERSONNE:Nathalie Lecomte]], elle est là depuis {{1998}}. Elle me dit que les gens viennent \"quand tout le reste a lâché\".",
    ),
    (
        "ccas",
        "accueil_physique",
        "mr [[PERSONNE:Verbeke]] 74a, veuf, vient demander le portage de repas. L'agente remplit la fiche : adresse [[ADRESSE:2 rue du Moulin 62400 Béthune]], tel fixe [[TELEPHONE:03.21.57.08.44]], né le [[DATE_NAISSANCE:02/07/1950]]. Il a apporté des chocolats {{Léonidas}} pour l'équipe.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{16h}}. Fermeture dans {{30 min}}. Un homme arrive en courant, coupure d'eau annoncée pour demain. L'agente appelle {{Veolia}} devant lui, donne sa réf abonné [[IDENTIFIANT:1-2294871-05]]. Coupure suspendue le temps du dossier.",
    ),
    (
        "ccas",
        "accueil_physique",
        'Dans la salle d\'attente : affiches {{Semaine bleue}}, {{plan canicule}}, {{chèque énergie}}. Une fontaine à eau vide. Un panneau "{{Merci de patienter}}".',
    ),
    (
        "ccas",
        "accueil_physique",
        "Monsieur qui vit à l'hôtel ({{hôtel Première Classe}} {{Lesquin}}, {{chambre 212}}) payé par le {{115}}. Il veut une domiciliation. Nom : [[PERSONNE:Abdoulaye Sow]]. Son n° {{SIAO}} : [[IDENTIFIANT:SIAO59-2024-07781]].",
    ),
    (
        "ccas",
        "accueil_physique",
        'Bénévole de l\'épicerie solidaire passe dire bonjour : [[PERSONNE:Gisèle]], {{72 ans}}, "{{40 ans}} de filature à {{Roubaix}} et maintenant ça".',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Amiens}}, ligne accueil. Une dame appelle pour son aide au chauffage. L'agente lui demande son numéro de dossier {{CCAS}} : [[IDENTIFIANT:AMS 23-0418]]. Elle a aussi son num Caf : [[N_ALLOCATAIRE:5527094]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un bailleur ({{Opac d'Amiens}}) pour un locataire en impayé, M. [[PERSONNE:Lukusa]] (prononcé \"Loukoussa\"). Dette {{1 950 €}}. Réf locataire [[IDENTIFIANT:0024-118-77]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Ligne occupée tout le matin. {{1 seule agente}} au standard, les {{2 autres}} en rdv. Elle prend les messages sur un cahier à spirale.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "\"Oui bonjour c'est [[PERSONNE:Josette Leclercq]], je suis la voisine de madame [[PERSONNE:Pruvost]]\" - elle signale que la voisine ne sort plus depuis {{3 jours}}. Adresse : [[ADRESSE:14 rue des Fusillés, Lens]]. L'agente déclenche une visite.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        'L\'agente rappelle une personne : elle compose le numéro noté sur le cahier, [[TELEPHONE:06 13 57 92 40]], tombe sur une messagerie "[[PERSONNE:Kevin]] laissez un message". Elle laisse un message neutre, sans dire {{CCAS}}.',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour le {{plan canicule}} : inscription d'une personne âgée. Fiche : [[PERSONNE:Roger Tison]], né en [[DATE_NAISSANCE:1938]], vit seul. Tel [[TELEPHONE:03 22 91 40 16]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Quelqu'un appelle pour savoir si le {{CCAS}} fait les cartes de bus. Non, c'est {{Ilévia}}. L'agente donne le numéro d'{{Ilévia}}. {{1 minute}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un assistant social de l'hôpital de {{Dunkerque}} appelle : patient qui sort, sans logement. Il donne l'identité : [[PERSONNE:Freddy Vandenbussche]], [[DATE_NAISSANCE:11.03.1966]], IPP [[IDENTIFIANT:6600418239]]. Le {{CCAS}} de {{Dunkerque}} cherche une place au {{foyer Jean Bart}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Dame qui appelle de {{Calais}} pour un secours d'urgence, son frigo est vide. Elle donne son mail pour recevoir la liste des pièces : [[EMAIL:laetitia.caron62 [at] orange.fr]]. L'agente : \"arobase, pas at\". On rit.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel en boucle d'un monsieur alcoolisé, {{4e appel}}. Il ne donne pas son nom. L'agente reste calme, lui redonne le {{115}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Coralie]], conseillère {{ESF}} du {{CCAS}} de {{Valenciennes}}. Pour évaluer une demande d'aide aux impayés d'énergie. Logement : [[ADRESSE:39 rue de Famars, 59300 Valenciennes]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        'Compteur {{Linky}} dans l\'entrée. Coralie note le numéro de PDL (point de livraison) : [[IDENTIFIANT:14 2587 3309 6612]]. "Sans ça {{Enedis}} ne trouve rien." La dame, Mme [[PERSONNE:Hoarau]], originaire de {{La Réunion}}, a froid.',
    ),
    (
        "ccas",
        "controle_sur_place",
        'Appartement propre, rangé, mais {{14°}} dans le salon. Les enfants ont des gros pulls. Radiateurs électriques éteints "pour économiser".',
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au domicile d'un monsieur très âgé, [[PERSONNE:Marcel Dufour]], pour l'{{APA}}. Sa fille [[PERSONNE:Brigitte]] est là. Il a travaillé {{40 ans}} chez {{Usinor}} à {{Dunkerque}}. Il montre sa carte de la mutuelle {{Mutuelle Just}} : n° [[IDENTIFIANT:MJ 0047 28815]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Caravane sur un terrain privé à {{Marck}}. Adresse déclarée : [[ADRESSE:chemin des Prés, parcelle 12, Marck]]. La famille [[PERSONNE:Lagrené]] y vit depuis {{5 ans}}. Voiture : [[IMMATRICULATION:DB 561 MX]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans la voiture entre 2 visites, Coralie me montre la grille d'évaluation. {{12 critères}}, score sur {{100}}. Elle dit qu'elle \"triche un peu\" avec la grille pour que les gens rentrent dedans.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Le monsieur a tous ses papiers dans une boîte à chaussures {{Kickers}}. Coralie trie : facture {{Engie}} n° [[IDENTIFIANT:F-300178442-2]], échéancier Caf (alloc [[N_ALLOCATAIRE:0744186]]), courrier huissier (dossier [[IDENTIFIANT:2024/HJ/0987]]).",
    ),
    (
        "ccas",
        "controle_sur_place",
        'Visite annulée, la dame a appelé {{10 min}} avant. Coralie : "ça arrive 1 fois sur 4". On fait un détour par la boulangerie.',
    ),
    (
        "urgences",
        "accueil_physique",
        'Urgences {{CHU de Lille}}, accueil administratif. {{23h10}}. L\'agente d\'accueil ([[PERSONNE:Samia]]) enregistre un jeune blessé au bras. "Nom ?" "[[PERSONNE:Lucas Bernaert]]". "Date de naissance ?" "[[DATE_NAISSANCE:quinze février deux mille trois]]". Pas de carte vitale.',
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pleine, {{47 patients}} sur l'écran. Temps d'attente estimé {{5h}}. Un écran {{Samsung}} affiche des pubs pour la prévention du diabète.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Création d'IPP pour une patiente inconnue du {{CH}} : IPP [[IDENTIFIANT:59021847]]. Elle s'appelle [[PERSONNE:Rokia Diakité]], arrivée hier de {{Bamako}}, aucun papier sur elle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme arrive avec sa mère en fauteuil. Il tend la carte vitale, NIR de la mère lu par l'agente : [[NIR:2 55 09 59 512 076 11]], née à {{Roubaix}} le [[DATE_NAISSANCE:23 septembre 1955]]. Mutuelle {{MGEN}} n° [[IDENTIFIANT:1 77 518 204]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Gars avec une coupure à la main, il a son badge d'entreprise au cou : \"M. [[PERSONNE:KACZMAREK]] - {{Toyota Onnaing}}\". L'agente l'enregistre, [[PERSONNE:Kaczmarek Piotr]], {{41 ans}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Quelqu'un vomit dans la salle d'attente. Un ASH arrive avec le seau en {{2 minutes}}. Personne ne réagit, habitude.",
    ),
    (
        "urgences",
        "accueil_physique",
        'Patiente SDF connue du service, l\'agente tape son nom : [[PERSONNE:Sylvie]] "dite [[PERSONNE:Tata]]". IPP déjà existant : [[IDENTIFIANT:00411829]]. Adresse : "{{SDF}}". Le médecin de garde la connait aussi.',
    ),
    (
        "urgences",
        "accueil_physique",
        "Pompiers amènent un monsieur de {{Villeneuve-d'Ascq}}, ils donnent sa fiche bilan : [[PERSONNE:ZERROUKI Ahmed]], [[DATE_NAISSANCE:1952]], adresse [[ADRESSE:5 place de la République, Villeneuve-d'Ascq]]. Chute à domicile.",
    ),
]

NOTES_5 = [
    (
        "urgences",
        "accueil_physique",
        "{{CH de Lens}}. Admission d'une ado, {{15 ans}}, avec son père. Le père dicte un NIR : [[NIR:271056249801944]]. C'est celui de la mère (Mme [[PERSONNE:Wallet]], née à {{Lens}} en [[DATE_NAISSANCE:mai 1971]]), la petite est rattachée sur sa carte à elle. L'agente prend celui-là.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bracelet d'identification imprimé : NOM, prénom, date de naissance, IPP, code-barre. Sur celui que je vois : [[PERSONNE:DEBAECKER Manon]] [[DATE_NAISSANCE:08/02/2002]] IPP [[IDENTIFIANT:000 745 118]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h du matin}}. L'agent d'accueil de nuit, [[PERSONNE:Jérôme]], me dit qu'il a fait {{12 ans}} de nuit. Le vendredi soir c'est les bagarres, le dimanche soir les angoisses.",
    ),
    (
        "urgences",
        "accueil_physique",
        'Un touriste anglais, tombé sur le port de {{Calais}} en descendant du ferry {{P&O}}. Carte {{GHIC}} n° [[IDENTIFIANT:GB 5512 8873 0091]]. Nom [[PERSONNE:Oliver Hughes]]. L\'agente parle anglais "un peu", ça suffit.',
    ),
    (
        "urgences",
        "accueil_physique",
        "Enregistrement très rapide : carte vitale insérée, tout remonte. {{45 secondes}}. Comme quoi.",
    ),
    (
        "urgences",
        "accueil_physique",
        'Migrant arrivé en ambulance depuis le camp de {{Loon-Plage}}, pas de papiers. Nom donné oralement : [[PERSONNE:Ahmad Nouri]], "{{22 ans}}". AME demandée, pas encore de numéro. L\'agente crée une identité provisoire "X [[PERSONNE:Ahmad]]".',
    ),
    (
        "urgences",
        "accueil_physique",
        "Une mère ({{Boulogne-sur-Mer}}), enfant fiévreux, elle donne son tel pour être rappelée quand l'attente baissera : [[TELEPHONE:06-27-33-81-19]]. L'agente : \"on ne rappelle pas madame, on appelle ici\". Elle reste.",
    ),
    (
        "urgences",
        "accueil_physique",
        'panneau : "{{Violence envers le personnel = plainte systématique}}". A côté, dessin d\'enfant scotché.',
    ),
    (
        "urgences",
        "accueil_physique",
        'Un homme donne son numéro de sécu appris par coeur, vite vite : "[[NIR:18108 2B0330 09 56]]" - l\'agente: "2B ??" - "oui je suis né à {{Bastia}}" - {{Corse}}, [[DATE_NAISSANCE:août 81]].',
    ),
    (
        "urgences",
        "accueil_physique",
        'Voiture garée devant l\'entrée des urgences sur la zone ambulances. Le vigile annonce au micro : "le propriétaire du véhicule [[IMMATRICULATION:AB-452-QZ]] est prié de le déplacer". Personne ne bouge.',
    ),
    (
        "urgences",
        "accueil_physique",
        "Une infirmière d'orientation ({{IOA}}) passe, [[PERSONNE:Claire]], et dit à l'accueil \"box {{7}} libre\". Le box {{7}}, c'est tout ce qu'on apprend.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil {{CH Valenciennes}}. Patient ramené par la police, menotté. Le policier donne son identité : [[PERSONNE:Anthony Lefebvre]], né le [[DATE_NAISSANCE:30/10/1989]]. Le policier, brigadier [[PERSONNE:Moreau]], reste avec lui.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{CHU Amiens-Picardie}}. Une femme appelle pour savoir si son mari est arrivé. \"[[PERSONNE:Karim Messaoudi]], né en [[DATE_NAISSANCE:78]]\". L'agente vérifie, oui, box {{12}}. Elle ne donne pas d'info médicale.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        'Les appels pour "combien de temps d\'attente" : {{11}} en une heure. Réponse toujours la même : "on ne peut pas savoir". Le {{15}} conseillé pour les vraies urgences.',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle depuis {{Lyon}} pour sa mère amenée par le {{SAMU}}. \"Elle s'appelle [[PERSONNE:Odette Carpentier]], elle habite [[ADRESSE:11 rue Victor Hugo, 62000 Arras]]\". L'agent confirme, donne le numéro du service de médecine : {{03 21 21 10 10}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une clinique appelle pour transférer un patient. Elle donne l'IPP de chez eux ([[IDENTIFIANT:CL-2291-0045]]) et le nom ([[PERSONNE:Nowak Stanislas]]), l'agente le recrée avec l'IPP du {{CH}} : [[IDENTIFIANT:710093254]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'agente répond en même temps au téléphone et à un patient au guichet. Le téléphone gagne toujours, dit-elle, \"parce qu'il sonne\".",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une pharmacie de {{Tourcoing}} ({{Pharmacie Dewailly}}) pour une ordonnance illisible. L'agente transfère au médecin. Rien d'autre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le mari d'une patiente laisse son numéro pour qu'on le rappelle : \"[[TELEPHONE:zero six, vingt-huit, quarante, cinquante-cinq, zéro trois]]\" -> [[TELEPHONE:06 28 40 55 03]]. Elle : Mme [[PERSONNE:Chahid Samira]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mutuelle appelle ({{Malakoff Humanis}}) pour une prise en charge. Adhérent n° [[IDENTIFIANT:40018822731]], patient [[PERSONNE:Loïc Le Bihan]]. L'agente demande un fax. Oui, un fax, en {{2024}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        '"Bonjour, je voulais savoir si vous avez reçu mon fils [[PERSONNE:Kylian]]"... "nom de famille ?" "[[PERSONNE:Dhaussy]]". Il a {{17 ans}}, accident de scooter à {{Hénin-Beaumont}}. Plaque du scooter notée par les pompiers : [[IMMATRICULATION:EP-114-LN]].',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Policier de {{Lille}} appelle pour une réquisition. Nom du gardé à vue : [[PERSONNE:Bilal Aouadi]], PV n° [[IDENTIFIANT:2024/018775]]. L'agent transfère au cadre de santé.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{La Sauvegarde du Nord}}, {{Lille}}. Accueil de jour. Café, douches, casiers. Un monsieur demande son courrier : nom [[PERSONNE:Mustapha]], pas de nom de famille dit, l'éducateur le connait.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice ([[PERSONNE:Pauline]]) aide un résident à remplir son dossier {{SIAO}}. Numéro SIAO du dossier : [[IDENTIFIANT:59-SI-2023-11482]]. Titre de séjour n° [[IDENTIFIANT:9910247733]] expire le {{12/05}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Chambre 8}} au {{foyer Adoma}} de {{Lomme}} : une place se libère. {{3 personnes}} sur liste d'attente, le travailleur social ne dit pas les noms devant moi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une femme avec {{2 enfants}} arrive, orientée par le {{115}}. Elle s'appelle [[PERSONNE:Grace Mukendi]]. Elle donne sa carte {{AME}}, n° [[IDENTIFIANT:280 8814 5290]]. Elle est à l'hôtel depuis {{4 mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Conversation à la table du petit déj entre résidents : foot ({{LOSC}}, {{RC Lens}}), le match de samedi, un ancien joueur ({{Raphaël Varane}}). On rigole.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Résident qui veut ouvrir un compte bancaire. Refus de 3 banques. La {{Banque de France}} désigne la {{Banque Postale}}. Il a maintenant un RIB : [[IBAN:FR76 3000 2041 2543 2025 6717 123]] ... l'éduc me corrige, ce n'est pas La Poste, c'est {{LCL}}. Bref, il a un RIB.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'accueil avec [[PERSONNE:Youssouf Koné]], {{28 ans}}, ivoirien. Récépissé de demande d'asile n° [[IDENTIFIANT:5903251887]]. Né le [[DATE_NAISSANCE:1er janvier 1996]] - \"date administrative\" dit l'éducateur.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} de {{Beauvais}}, {{42 places}}. Aujourd'hui : {{42}} occupées. Liste d'attente : {{19}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un monsieur demande qu'on lui lise un courrier. C'est la {{CPAM}}. Son NIR en haut : [[NIR:164116219304554]]. Il est de {{Calais}}, \"le vrai {{Calais}}, pas la jungle\" dit-il.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Chien}} dans la cour, un malinois, {{Rex}}. Son maître ([[PERSONNE:Steeve]]) refuse d'aller dans un foyer qui n'accepte pas les chiens.",
    ),
    (
        "chrs",
        "accueil_physique",
        '"t\'as ton numéro France Travail ?" - "[[ID_FRANCE_TRAVAIL:5132884 M]]" - l\'éducatrice le note sur le dossier de [[PERSONNE:Dimitri]]. Rdv conseiller jeudi {{9h30}} agence {{Lille Vauban}}.',
    ),
    (
        "chrs",
        "accueil_physique",
        "Vol dans les casiers. Le chef de service (M. [[PERSONNE:Bataille]]) réunit tout le monde. {{10h}}. Ambiance tendue.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Résidente qui part en logement autonome ! Nouvelle adresse : [[ADRESSE:Résidence Les Peupliers, 4 rue Nadar, 59000 Lille]], bail {{Partenord Habitat}}. Elle laisse son numéro aux éducs : [[TELEPHONE:0745887721]].",
    ),
]

NOTES_6 = [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Nord}}, plateau d'écoute à {{Lille}}. {{20h}}. {{6 écoutants}}. Premier appel que j'entends : un homme à la gare {{Lille-Flandres}}, \"[[PERSONNE:Christophe]], c'est [[PERSONNE:Christophe]] de d'habitude\". L'écoutante le retrouve dans le logiciel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Logiciel {{SI-SIAO}} à l'écran. Fiche : nom [[PERSONNE:MOKRANI]], prénom [[PERSONNE:Sofiane]], ddn [[DATE_NAISSANCE:1994-03-21]], n° personne [[IDENTIFIANT:P-4418207]]. Demande : mise à l'abri. Réponse : pas de place ce soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{22h30}}. {{146 appels}} non décrochés depuis {{18h}}. L'écoutant me dit que c'est \"une soirée normale\".",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme appelle depuis une cabine ?? non, depuis le tel d'un passant. Avec un bébé, à {{Roubaix}}, devant la gare. Le passant donne son propre numéro pour le rappel : [[TELEPHONE:06 95 12 74 30]]. L'écoutante trouve une place à l'hôtel ({{hôtel B&B}} {{Roubaix}}, {{chambre 14}}).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        'Appelant du {{Pas-de-Calais}}, réorienté vers le {{115}} du 62. Il se présente "[[PERSONNE:Jean-Marc Duhamel]]", dort dans sa voiture à {{Béthune}}, une {{Clio}}, plaque [[IMMATRICULATION:8841 VB 62]] (vieille plaque). L\'écoutant note tout quand même.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        'L\'écoutante [[PERSONNE:Amandine]] enlève son casque : {{3 appels}} de suite de la même dame, Mme [[PERSONNE:Kabila]]. Elle répète son numéro de dossier SIAO à chaque fois "[[IDENTIFIANT:62 SIAO 18834]]" comme un mot de passe.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        'Maraude de l\'{{Abej}} appelle le {{115}} : un homme très froid près du {{Vieux-Lille}}, {{place Louise de Bettignies}}. Nom inconnu, surnom "[[PERSONNE:le Belge]]". Camion envoyé.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        'Je note des phrases :\n"on n\'a rien ce soir"\n"rappelez à {{minuit}}"\n"vous êtes en sécurité là ?"\n"vous avez mangé ?"',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme qui vient de sortir de prison ({{centre pénitentiaire de Longuenesse}}) appelle. Il donne son numéro d'écrou sans qu'on lui demande : [[IDENTIFIANT:24581]]. Et son nom [[PERSONNE:Wilfried Ducatez]]. Pas de place.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Famille de {{5}} personnes, arrivée de {{Géorgie}}. Le père parle russe, l'écoutant passe par l'interprétariat téléphonique ({{ISM}}). Nom : [[PERSONNE:Beridze]]. Place trouvée au {{CHU}}... pas l'hôpital : {{Centre d'Hébergement d'Urgence}} de {{Wasquehal}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un travailleur social de {{Dunkerque}} appelle pour une sortie d'hôpital. Patiente [[PERSONNE:Anaïs Gheeraert]], [[DATE_NAISSANCE:2 février 2002]], NIR [[NIR:2 02 02 59 183 087 36]] (il le lit sur la fiche de liaison). Le {{115}} n'a pas besoin du NIR mais il le donne.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le mail du {{SIAO}} pour les partenaires est affiché en grand : {{siao59@...}} (je ne note pas la suite). A côté, le mail perso d'une écoutante sur un post-it : [[EMAIL:marion.d.115@hotmail.fr]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        '"vous êtes où monsieur ?" - "sous le pont de l\'autoroute à {{Saint-André}}". Silence. "Je vous envoie la maraude." {{2 min}}.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une femme victime de violences, {{3919}} redirige vers nous. Elle donne son prénom seulement, [[PERSONNE:Nadège]], et l'adresse où elle est : [[ADRESSE:27 rue de Lannoy, Roubaix]], chez une amie. Mise à l'abri à {{23h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement en diffus du {{CHRS}} à {{Amiens}}, quartier {{Étouvie}}. L'éducateur ([[PERSONNE:Franck]]) vérifie l'état de l'appart. Résident : M. [[PERSONNE:Nguyen]]. Tout est en ordre, il a même mis des plantes.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Compteur d'eau relevé par l'éduc : index {{00412}} m3. Logement [[ADRESSE:6 square Jean Moulin, bât B, 80080 Amiens]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au {{foyer Adoma}} de {{Calais}}, {{chambre 8}}. Résident absent. L'éduc glisse un mot sous la porte.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Le résident montre fièrement sa carte {{Pass Pass}} ({{Ilévia}}) avec son nom : [[PERSONNE:Samuel Nkoulou]], n° carte [[IDENTIFIANT:2501 8873 4411 0027]]. Il a trouvé un CDD chez {{Décathlon}} {{Villeneuve-d'Ascq}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle des chambres avant la commission sécurité. {{32 chambres}}. {{2}} avec des plaques électriques interdites. Pas de sanction, une discussion.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Appartement partagé par {{2}} résidentes. L'une, [[PERSONNE:Justine]], me dit qu'elle attend son premier virement {{RSA}} sur son nouveau compte : [[IBAN:FR7617515900004312429027080]] (elle me montre son appli, l'éduc vérifie que c'est le même que dans le dossier Caf, alloc [[N_ALLOCATAIRE:8016623]]).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Un monsieur a garé sa voiture (sans assurance ?) sur le parking du foyer. L'éduc note la plaque pour le gestionnaire : [[IMMATRICULATION:CZ-208-HH]]. \"C'est celle de [[PERSONNE:Momo]]\" dit un résident.",
    ),
    (
        "chrs",
        "controle_sur_place",
        'Fin de la tournée, {{4 appartements}} vus en {{3h}}. L\'éduc dit que les visites c\'est le seul moment où il voit les gens "chez eux" et pas "chez nous".',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Roubaix Grand'Place}}. {{9h}}. {{12 personnes}} devant la porte avant l'ouverture. Le premier : \"mon identifiant c'est [[ID_FRANCE_TRAVAIL:4528817K]]\" dit sans bonjour.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "L'agent d'accueil ([[PERSONNE:Hakim]]) demande l'identifiant. La dame : \"[[ID_FRANCE_TRAVAIL:0 3 6 6 1 2 9 R]]\" lettre par lettre. Il tape [[ID_FRANCE_TRAVAIL:0366129R]]. Nom : [[PERSONNE:Sandrine Leroux]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Zone libre-service : {{6 ordis}}, {{2}} imprimantes. Un service civique aide un monsieur à faire son CV. Le CV modèle affiché sur l'écran est au nom de \"[[PERSONNE:Jean Dupont]]\", il l'a recopié tel quel.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Homme, {{31 ans}}, inscrit depuis {{2 ans}}. Il a oublié son identifiant. L'agent le retrouve avec le NIR : [[NIR:193026204101770]]. Né à {{Arras}}. Identifiant : [[ID_FRANCE_TRAVAIL:6104472 B]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Sur l'écran de l'agent, la liste des rdv :\n{{9h30}} [[PERSONNE:DIALLO Mariama]] - [[ID_FRANCE_TRAVAIL:3389015L]]\n{{10h}} [[PERSONNE:HERNANDEZ Carlos]] - [[ID_FRANCE_TRAVAIL:2211807C]]\n{{10h30}} [[PERSONNE:WATTEL Sébastien]] - [[ID_FRANCE_TRAVAIL:5890331 P]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "\"On vous a radié parce que vous n'étiez pas au rdv du {{14 mars}}\". Le monsieur dit qu'il n'a jamais reçu la convocation. {{15 min}} de discussion, recours écrit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Une dame vient pour son attestation employeur manquante ({{Auchan Englos}}). Identifiant donné en morceaux : "[[ID_FRANCE_TRAVAIL:4701]]... [[ID_FRANCE_TRAVAIL:553]]... et un [[ID_FRANCE_TRAVAIL:T]]" -> l\'agente recolle [[ID_FRANCE_TRAVAIL:4701553T]].',
    ),
    (
        "france_travail",
        "accueil_physique",
        'Conseillère Mme [[PERSONNE:Pereira]], {{23 ans}} de maison. Elle me dit qu\'elle suit {{280 demandeurs}} en portefeuille. "Impossible de tous les voir."',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offre affichée sur le panneau : \"Cariste H/F - {{Dunkerque}} - offre n° {{178QRKW}}\". Un monsieur prend une photo de l'offre. Il dit qu'il a le {{CACES 3}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Changement de RIB pour l'ARE. Le monsieur a son RIB imprimé {{Banque Populaire}} : [[IBAN:FR76 1090 7000 0188 4216 9924 516]]. L'agent compare avec celui enregistré, il lit à voix haute : [[IBAN:FR7630066100212960024163137]]. Différent, il remplace.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Les agents ont des badges avec juste le prénom. [[PERSONNE:Hakim]], [[PERSONNE:Élodie]], [[PERSONNE:Rémi]], [[PERSONNE:Aïcha]]. "C\'est pour notre sécurité."',
    ),
]

NOTES_7 = [
    (
        "france_travail",
        "accueil_physique",
        "Aide à la mobilité : le monsieur a trouvé un job à {{Dunkerque}} ({{ArcelorMittal}}, sous-traitant) mais sa voiture est au garage. Devis du {{Garage Lemaire Automobiles}} : {{1 240 €}}, véhicule [[IMMATRICULATION:DK-771-SE]]. Identifiant FT [[ID_FRANCE_TRAVAIL:2094418W]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Une jeune femme veut changer son mail sur son espace : ancien [[EMAIL:kelly59.lol@hotmail.fr]] "ça fait pas sérieux", nouveau [[EMAIL:kelly.vermeulen@gmail.com]]. L\'agent rit avec elle.',
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{10h50}}, file d'attente calme. L'agent me parle de la réforme ({{France Travail}} au lieu de {{Pôle emploi}} depuis {{janvier 2024}}), les {{15 heures}} d'activité pour les bénéficiaires du {{RSA}}. Il n'a pas d'avis, dit-il. Il a un avis.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Monsieur {{55 ans}}, licencié de {{Bridgestone}} ({{Béthune}}) en {{2021}}, toujours sans emploi. Identifiant tapé vite avec une faute : [[ID_FRANCE_TRAVAIL:7712093 F]] -> corrigé [[ID_FRANCE_TRAVAIL:7712039 F]]. Nom [[PERSONNE:Thierry Lemoine]]. Il vient en voiture, une vieille {{Peugeot 206}}, et montre la carte grise pour l'aide carburant : [[IMMATRICULATION:BN-347-JT]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Un CV posé sur le comptoir, je lis l\'en-tête : [[PERSONNE:Yasmina Bouaziz]] / [[ADRESSE:18 rue de Lille, 59250 Halluin]] / [[TELEPHONE:06 33 48 71 02]] / [[EMAIL:yasmina.bouaziz@yahoo.fr]]. Permis B + véhicule. "Profil : {{assistante comptable}}".',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère qui aide un monsieur à s'inscrire à l'{{AFPA}} de {{Liévin}}. Numéro de dossier formation : [[IDENTIFIANT:KAIROS-2024-0079185]]. Formation soudeur, {{7 mois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une agente ne trouve pas la personne. Elle essaie par le nom ([[PERSONNE:Owusu]]), par la date ([[DATE_NAISSANCE:04/11/1991]]), par l'identifiant ([[ID_FRANCE_TRAVAIL:1150 662 A]])... Rien. La personne s'était inscrite à {{Maubeuge}}, autre agence, même système. Bug.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Atelier collectif "{{Valoriser son profil LinkedIn}}" à {{14h}}. {{8 inscrits}}, {{3 présents}}. Une participante donne son compte : [[IDENTIFIANT:@sarah_bnh_rh]]. L\'animateur ([[PERSONNE:Rémi]]) projette son propre profil en exemple.',
    ),
    (
        "france_travail",
        "accueil_physique",
        "L'agent me montre le nombre de personnes accueillies ce matin : {{64}}. Sans rdv : {{41}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur avec un titre de séjour qui expire dans {{15 jours}}. Inscription possible ? Titre n° [[IDENTIFIANT:5900832177]], identifiant [[ID_FRANCE_TRAVAIL:0488213 X]]. L'agent fait une photocopie du récépissé de renouvellement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente, un écran {{LG}} qui passe des vidéos {{1 jeune 1 solution}}. Un gamin joue avec le distributeur de gel hydroalcoolique.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une ancienne auto-entrepreneuse (ménage) qui s'inscrit. Son SIRET à elle : [[IDENTIFIANT:901 228 417 00015]]. IBAN pour l'ARE : [[IBAN:FR76 1350 7000 5609 3707 8274 042]]. Mail : [[EMAIL:propre.net.nadia@gmail.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller ([[PERSONNE:Bastien]]) qui reçoit un chauffeur poids lourd, {{carte conducteur}}, FIMO. Il sort son permis, n° [[IDENTIFIANT:130559201144]]. Entretien d'embauche le lendemain chez {{Transports Gheerbrant}} à {{Lesquin}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Plateforme de {{Lens}}. L'appelant : \"mon identifiant c'est [[ID_FRANCE_TRAVAIL:un, deux]]... non attendez je recommence\". Identifiant complet dicté : [[ID_FRANCE_TRAVAIL:1 2 8 3 0 4 7 D]]. L'agent vérifie avec la date de naissance : [[DATE_NAISSANCE:douze avril quatre-vingt-huit]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{3949}}, attente {{11 min}}. Question sur l'actualisation du mois, le monsieur a oublié de déclarer ses {{32 heures}} d'intérim chez {{Randstad}}. L'agent corrige. {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Jeune femme qui appelle de {{Maubeuge}}. "Mon identifiant j\'l\'ai pas, mais mon numéro de sécu oui" : [[NIR:2 04 04 59 392 222 64]]. L\'agent : "je peux pas chercher avec ça au téléphone". Elle a fini par trouver : [[ID_FRANCE_TRAVAIL:8830016Z]].',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Conseiller qui appelle un demandeur pour un rdv téléphonique. Il compose [[TELEPHONE:07 62 50 18 34]]. Messagerie : "vous êtes bien sur le répondeur de [[PERSONNE:Kader]]". Il rappellera à {{15h}}.',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mail envoyé par l'agente pendant l'appel pour confirmation : destinataire [[EMAIL:m.lefevre.valenciennes@free.fr]]. Objet : \"Votre rdv du {{18}}\". Elle se relit {{2 fois}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le monsieur veut savoir combien il va toucher. Salaire de référence, taux, {{57 %}}... L'agent explique doucement. {{12 minutes}}. Il répète \"d'accord\" à chaque phrase.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appelante : Mme [[PERSONNE:Rakotomalala]], l'agente écrit [[PERSONNE:RAKOTOMALALA Hanta]]. Elle épelle lentement [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]]. Identifiant [[ID_FRANCE_TRAVAIL:3045128M]]. Problème de trop-perçu de {{420 €}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'L\'agent tape l\'identifiant au fur et à mesure : "[[ID_FRANCE_TRAVAIL:trois neuf... sept... zéro zéro... quatre un]]... et la lettre ?" "[[ID_FRANCE_TRAVAIL:G]] comme {{Gérard}}" -> [[ID_FRANCE_TRAVAIL:3970041G]].',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur, {{boulangerie Paul}} de {{Villeneuve-d'Ascq}}, qui veut déposer une offre. Le contact : M. [[PERSONNE:Delporte]], [[TELEPHONE:03 20 67 11 45]]. SIRET de la boulangerie donné : {{432 118 509 00027}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Le casque grésille. L\'agent change de casque, {{3e}} de la semaine. "Budget" dit-il.',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur qui appelle d'{{Espagne}}, il veut garder ses droits. Il donne un numéro espagnol : [[TELEPHONE:+34 612 448 903]]. Identifiant [[ID_FRANCE_TRAVAIL:0 9 1 7 7 2 5 H]]. Formulaire {{U2}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel pour l'aide au permis ({{500 €}}... ou {{1 200 €}} ?). L'agent vérifie les conditions. Le jeune donne son numéro {{NEPH}} (auto-école) : [[IDENTIFIANT:180659302841]]. Auto-école {{ECF}} {{Tourcoing}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Retour d'une entreprise d'intérim de {{Beauvais}} : la candidate [[PERSONNE:Marine Soubrier]] ne s'est pas présentée. L'intérimaire donne sa référence interne [[IDENTIFIANT:INT-60-558210]]. L'agent ne peut rien dire de plus.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{13h}}, pause de l'agent. Il mange un sandwich devant l'écran, le voyant \"en pause\" allumé. Il me dit que l'après-midi c'est le pic.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le demandeur dicte son IBAN pour l'ARE, groupe par groupe : \"[[IBAN:FR76, 1120, 6000, 1018, 4357, 7065, 310]]\" — l'agente répète. Mais les groupes sont faux, elle recompte : [[IBAN:FR76 1130 6000 1018 4357 7065 310]]. Trouvé sur le papier à la fin.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : un ex-salarié de {{Vallourec}} ({{Valenciennes}}) en {{CSP}}. Conseillère référente Mme [[PERSONNE:Ouali]] — il veut la joindre directement. L'agent donne son mail pro : [[EMAIL:f.ouali@francetravail.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le monsieur est camionneur en arrêt, ne peut pas se rendre au rdv. Il donne la plaque de son camion pour je ne sais quelle raison : [[IMMATRICULATION:GH-061-PA]]. L'agent ne note pas. Identifiant [[ID_FRANCE_TRAVAIL:6612094Q]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une personne sourde appelle via le service {{Acceo}}. Interprète LSF en visio. L'agent est ravi, c'est la {{1ère fois}} pour lui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Belge qui travaille à {{Comines}}, côté français. IBAN belge : [[IBAN:BE17 8412 0302 3821]]. Identifiant [[ID_FRANCE_TRAVAIL:4490127N]]. Mail [[EMAIL:jonas.peeters@telenet.be]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Agente à {{Amiens}} : \"dernière fois que j'ai entendu quelqu'un heureux au téléphone ? quand il a signé son CDI chez {{Amazon}} {{Boves}}\". On rit jaune.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'L\'appelant a changé de voiture et veut mettre à jour son profil "véhiculé". Il dicte sa nouvelle plaque : "[[IMMATRICULATION:F-S 3-3-9 B-K]]". L\'agente : "pas besoin monsieur". Mail pour la suite : [[EMAIL:d.bouchez62@orange.fr]].',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Appel de la mission locale de {{Calais}} pour un jeune en {{CEJ}} : [[PERSONNE:Enzo Merlin]] ("comme l\'enchanteur"), identifiant [[ID_FRANCE_TRAVAIL:5523006E]], né le [[DATE_NAISSANCE:27/09/2006]].',
    ),
]

# --- end of notes ---

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
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
    return "".join(out), entities, keep


def build():
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


def split(notes):
    """Return (dev_ids, holdout_ids); depends only on ids and cells."""
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
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])


if __name__ == "__main__":
    main()
