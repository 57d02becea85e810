"""Independent evaluation corpus n° 129: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind129-001`` …
``ind129-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells only (``random.Random(129)``). Running the module writes ``dev.jsonl`` and
``holdout.jsonl`` next to it (standard library only, deterministic).
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind129"
SEED = 129

# Batch 1 (notes 001-030).
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{10h12}}, {{Caf}} de {{Rennes}}, {{guichet 3}}. Mme [[PERSONNE:Le Bras]] vient pour son {{APL}}, le {{bras}} droit dans le plâtre (chute pendant la {{tempête Ciarán}}, elle a glissé sur une ardoise). L'agente, [[PERSONNE:Soizic]], remplit le formulaire à sa place et lui fait juste signer. Attente avant : {{25 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel {{14h40}}, un monsieur qui comprend pas pq sa {{prime d'activité}} a baissé de {{62 €}}. l'agent explique les ressources trimestrielles, 2 fois. il raccroche pas convaincu. durée {{11 min}}. musique d'attente = {{Vivaldi}} en boucle 😅",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{22h}} {{La Cavale Blanche}} ({{Brest}}). Ecran du tri : « [[PERSONNE:KERBRAT Yvon]] – {{box 4}} ». Un gars de l'équipage du {{Pourquoi Pas ?}} (le navire de l'{{Ifremer}}) arrive main ouverte, l'IOA [[PERSONNE:Morgane]] lui pose le bracelet, IPP [[IDENTIFIANT:800451273]]. Il rigole : « c'est pas la {{tempête}} qui m'a eu, c'est un treuil ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Finistère}}, {{23h10}}. Une femme appelle de la {{gare de Quimper}} avec {{2 enfants}} ({{4 ans}} et {{9 mois}}). Plus rien au {{foyer Ozanam}}. L'écoutante négocie {{3 nuits}} au {{Brit Hotel}}, chambre familiale. La dame répète « vous êtes sûre ? » trois fois avant de raccrocher.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Lanester}}. M. [[PERSONNE:Abdoulaye Sow]], identifiant [[ID_FRANCE_TRAVAIL:4182736K]], radié pour absence au RDV du {{12/03}}. Le courrier est parti à son ancienne adresse. La conseillère, Mme [[PERSONNE:Jégou]], annule la radiation en {{10 min}} : « ça arrive tout le temps, franchement ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Brieuc}}, permanence dans la {{salle Louis Guilloux}}. [[PERSONNE:Brieuc]] ({{19 ans}}, oui comme la ville, il en a marre qu'on le lui dise) demande un {{bon alimentaire}}. Hébergé chez sa tante, [[ADRESSE:14 rue de la Corderie, 22000 Saint-Brieuc]]. Mme [[PERSONNE:Rolland]] lui fait un bon de {{40 €}} valable au {{Leclerc}} de {{Langueux}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{9h02}}. Carte Vitale volée dans le bus. Le conseiller ([[PERSONNE:Anthony]]) demande le n° de sécu, elle le lit sur une vieille attestation : [[NIR:2 87 03 29 019 214 35]]. Née à {{Brest}} le [[DATE_NAISSANCE:17 mars 1987]], ça colle. Nouvelle carte commandée sur {{Ameli}}, délai {{2 semaines}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Saint-Benoît-Labre}}, {{Rennes}}. [[PERSONNE:Jojo]] (surnom, personne ici connaît son vrai nom) arrive avec son chien {{Pirate}}, café, douche. Le bénévole, [[PERSONNE:Pierre-Yves]], lit {{Ouest-France}} à voix haute : encore un article sur l'{{abbé Pierre}}. Silence dans la salle, puis quelqu'un change de sujet.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant. La conseillère [[PERSONNE:Nadia Bensalem]] rappelle un demandeur : [[TELEPHONE:06 47 21 83 90]] -> messagerie. 2e numéro sur la fiche, [[TELEPHONE:02 97 64 18 35]], c'est sa mère qui décroche. Message laissé : « c'est pour l'atelier CV de {{jeudi 14h}} ». Sur l'écran : ID [[ID_FRANCE_TRAVAIL:0391524 R]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Hervé]], contrôleur {{Caf 35}}. Chez Mme [[PERSONNE:Ouedraogo]], [[ADRESSE:3 allée de Bourgogne, 35200 Rennes]], quartier {{Le Blosne}}. Question de vie maritale : une {{Clio}} garée devant, [[IMMATRICULATION:GK-417-RP]], carte grise au nom d'un M. [[PERSONNE:Zongo]]. Elle dit que c'est son cousin. [[PERSONNE:Hervé]] note tout sans commenter. {{45 min}} sur place.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{hôpital Yves-Le Foll}} ({{Saint-Brieuc}}), {{16h30}}. Une femme cherche son père amené par les {{pompiers}} vers {{14h}}. L'agent ne confirme rien par tél, lui demande de venir avec une pièce d'identité. Elle pleure. {{4 min}}. Après coup il me dit « on n'a pas le droit, c'est dur ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au CCAS de {{Vannes}} : M. [[PERSONNE:Yilmaz]] demande où en est son aide pour la facture {{EDF}}. L'agent retrouve la réf client EDF [[IDENTIFIANT:6045 213 987]], montant {{312,40 €}}, passage en commission {{mardi}}. Il laisse son portable pour être rappelé : [[TELEPHONE:07.81.52.66.04]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Quimper}}. Mme [[PERSONNE:Le Pape]] ({{87 ans}}, « comme le {{pape}}, hein », elle le dit d'emblée) sort de l'{{hôpital Laennec}} avec ses feuilles de soins papier. Sa fille [[PERSONNE:Gaëlle]] l'accompagne. L'agent propose {{Ameli}}, la dame : « l'ordinateur c'est pour les jeunes ». Elles sont venues à pied depuis la {{cathédrale Saint-Corentin}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du matin}}, urgences de {{Pontchaillou}}. Un étudiant, [[PERSONNE:Thibault Nguyen-Marchand]], {{20 ans}}, arcade ouverte après une soirée. Ses potes remplissent la fiche à sa place : date de naissance « [[DATE_NAISSANCE:2004-06-11]] » recopiée de sa carte étudiante, adresse [[ADRESSE:17 bd de Verdun, 35000 Rennes]]. Attente annoncée : {{4h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du {{Samu social}} de {{Brest}}, {{21h}}, sous le {{pont de Recouvrance}}. Un homme, [[PERSONNE:Tadeusz]], polonais, refuse le foyer à cause de son chien {{Bosco}}. Il montre quand même son passeport : [[IDENTIFIANT:EK4417289]]. L'équipe ([[PERSONNE:Katell]] et [[PERSONNE:Ibrahim]]) laisse une couverture et redit le {{115}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Morlaix}}, atelier CV. La conseillère projette un CV modèle au nom de « [[PERSONNE:Marie Dupont]] ». Un participant, [[PERSONNE:Goulven]], bosse l'été chez {{Brittany Ferries}} à {{Roscoff}}, bac au {{lycée Tristan-Corbière}}. Il demande si on peut mettre « matelot » en compétence. Rires.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf, un père veut déclarer la naissance de sa fille [[PERSONNE:Rose]], née le [[DATE_NAISSANCE:2 février]]. L'agent vérifie l'orthographe : « [[PERSONNE:Rose]] comme la fleur ? » - « oui, comme la {{rose}} ». N° alloc [[N_ALLOCATAIRE:2154873]]. Il demande pour la {{PAJE}}, réponse : faut attendre l'acte de naissance.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail avec l'agente assermentée, Mme [[PERSONNE:Ferreira]]. Chez M. [[PERSONNE:Da Costa]], [[ADRESSE:22 rue Paul Guieysse, 56100 Lorient]]. Il est là, en pyjama, sorties autorisées {{10h-12h}} et {{16h-18h}}. Dans la cour, une camionnette « {{Da Costa Rénovation}} », SIRET [[IDENTIFIANT:84129573600018]] sur la portière, plaque [[IMMATRICULATION:FB-382-TZ]]. Elle demande si elle a roulé. « Non, c'est mon fils qui la bouge. »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile du CCAS de {{Redon}}. Mme [[PERSONNE:Marguerite Hamon]], {{91 ans}}, jardin plein de {{marguerites}} et de {{pensées}}. Elle parle de son mari [[PERSONNE:Job]], décédé en {{2019}}, « un bon {{job}} qu'il avait à la {{SNCF}} ». Elle vit seule [[ADRESSE:5 impasse des Lavandières, Redon]]. On évalue le portage de repas : {{6 repas}} par semaine, {{7,20 €}} le repas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{hôpital Broussais}}, {{Saint-Malo}}. {{Route du Rhum}} dans {{3 jours}}, la ville est pleine. Un skipper arrive avec un doigt écrasé, tee-shirt {{Banque Populaire}}. Les infirmières parlent de la tempête annoncée, qui s'appellerait {{Domingos}}. {{12 patients}} en attente, {{2h30}} annoncées.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Ille-et-Vilaine}}, {{19h45}}. [[PERSONNE:Samira]] rappelle pour la 4e fois : elle dort dans sa voiture, une {{Twingo}} grise, [[IMMATRICULATION:EY 209 LM]], parking du {{Colombier}}. L'écoutant, [[PERSONNE:Tangi]], note la plaque pour que la maraude la trouve.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Popescu]] (roumain, très bon français) ne reçoit plus ses virements {{ARE}}. Il a changé de banque et dicte le nouvel IBAN : [[IBAN:FR76 1558 9297 1904 5123 8904 102]]. Le conseiller lui explique qu'il doit le saisir lui-même sur son espace. ID [[ID_FRANCE_TRAVAIL:5026413P]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Lorient}}, {{14h}}. Un jeune papa, [[PERSONNE:Erwan Le Scouarnec]], avec sa fille [[PERSONNE:Anita]] ({{3 ans}}). « Comme {{Anita Conti}} ? » demande l'agent. Il sourit, oui. Il déclare sa séparation, nouveau logement [[ADRESSE:11 rue Anita Conti, 56100 Lorient]]. Elle a la même adresse que son prénom, il trouve ça drôle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Vannes}}, accueil sur RDV. M. [[PERSONNE:Oumar Traoré]], {{CSS}} refusée pour {{18 €}} de trop par mois. L'agente, [[PERSONNE:Laurence]], refait le calcul avec lui ligne par ligne. Dossier CSS n° [[IDENTIFIANT:CSS56-2024-031877]]. Elle trouve une erreur sur les {{APL}} comptées deux fois. Recours envoyé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Brest}}, antenne {{Bellevue}}. Queue dès {{8h30}}. Affiche scotchée sur la porte : « distribution {{Restos du Cœur}} déplacée {{salle Simone Veil}} ». Un monsieur demande où c'est, l'agent lui dessine un plan sur un post-it.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel à l'accueil des urgences du {{CHBA}} ({{Vannes}}). Une infirmière libérale, Mme [[PERSONNE:Kerhervé]], prévient de l'arrivée de M. [[PERSONNE:Guillou]], né le [[DATE_NAISSANCE:03/08/1941]], IPP [[IDENTIFIANT:P00451877]], chute à domicile. Elle laisse son portable pro : [[TELEPHONE:06 33 41 78 02]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Lorient}}, entretien d'admission. [[PERSONNE:Fatoumata]] et ses {{2 enfants}}, orientée par le {{SIAO}}, réf [[IDENTIFIANT:SIAO56-24-01587]]. Récépissé de titre de séjour n° [[IDENTIFIANT:5601234871]]. La travailleuse sociale, [[PERSONNE:Clémence]], lui fait visiter la {{chambre 8}}. La petite demande s'il y a une télé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Vannes}} {{Ménimur}}. Offre au mur : « aide-cuisinier, {{Crêperie Chez Yvonne}}, {{Séné}} ». Mme [[PERSONNE:Yvonne Le Gac]] la regarde et dit à la conseillère « c'est pas moi la crêperie hein ». Elle postule quand même.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : attente de {{17 min}} avant qu'on décroche. Question sur le remboursement des lunettes {{100% santé}}. L'agent explique le panier A / panier B, la dame raccroche satisfaite. {{6 min}} de conversation pour {{17 min}} d'attente.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet en voiture vers {{Plougastel-Daoulas}}. Le contrôleur explique qu'il fait {{5 visites}} par jour max, qu'il prévient toujours par courrier {{8 jours}} avant, et que les fraises de {{Plougastel}} c'est surfait. On arrive en avance, on attend dans la voiture.",
    ),
]

# Batch 2 (notes 031-060).
NOTES_2 = [
    (
        "caf",
        "accueil_physique",
        "Permanence Caf à {{Saint-Malo}}, quartier {{Rocabey}}. M. [[PERSONNE:Cartier]] (« aucun lien avec {{Jacques Cartier}}, on me la fait à chaque fois ») vient pour l'{{AEEH}} de son fils [[PERSONNE:Mathis]], scolarisé au {{lycée Jacques Cartier}} justement. N° alloc [[N_ALLOCATAIRE:0873412]]. Il manque le certificat médical, il repart avec une liste.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Hakobyan]] veut recevoir ses décomptes par mail. Adresse : [[EMAIL:anahit.hakobyan35@gmail.com]]. L'agent épelle pour vérifier : [[PERSONNE:H-A-K-O-B-Y-A-N]]. Elle rit, « tout le monde se trompe sur le y ». {{8 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Laennec}}, {{Quimper}}, {{18h20}}. Mme [[PERSONNE:Le Roux]] (cheveux blancs, pas {{roux}}, je note ça pour moi) amène son petit-fils [[PERSONNE:Corentin]], {{4 ans}}, qui a avalé une pièce de {{2 €}}. « [[PERSONNE:Corentin]], comme la {{cathédrale Saint-Corentin}} », précise-t-elle à l'IOA qui n'a rien demandé. Radio : la pièce est dans l'estomac. Retour maison, surveiller les selles 😬",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus du CHRS, {{Vannes}}, quartier {{Kercado}}. M. [[PERSONNE:Abdelrahman]], soudanais, vit seul [[ADRESSE:9 rue Émile Zola, appt 12, 56000 Vannes]]. L'éducateur, [[PERSONNE:Maël]], vérifie la chaudière, le frigo, les factures. Tout est propre. Il nous fait un thé très sucré et montre des photos de {{Khartoum}} sur son téléphone.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Brieuc}}, inscription. [[PERSONNE:Lou-Ann Tanguy]], née le [[DATE_NAISSANCE:12/09/2006]], n'a pas d'adresse mail. Le conseiller lui en crée une devant nous : [[EMAIL:louann.tanguy22@gmail.com]]. « [[PERSONNE:Tanguy]], comme le film ? » - elle soupire, on lui fait la blague depuis la maternelle. Le film s'appelle {{Tanguy}}, elle ne l'a jamais vu. Identifiant remis à la fin : [[ID_FRANCE_TRAVAIL:6120458M]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Quimper}}, aide financière. Mme [[PERSONNE:Rakotomalala]] apporte son RIB pour le versement de l'aide de {{150 €}} : [[IBAN:FR76 1290 6000 5651 2304 9871 295]]. L'agente, [[PERSONNE:Élodie]], le photocopie deux fois parce que la première est illisible. Versement sous {{10 jours}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf, {{11h05}}. Une dame demande si la {{prime de Noël}} tombera avant le {{15}}. Puis raconte que son chat {{Lucien}} a mangé le courrier de la Caf 😂. L'agent lui dit de télécharger l'attestation sur l'espace {{Mon Compte}}. Elle n'a pas internet. Il l'envoie par la poste.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête à domicile {{CSS}} avec l'agent enquêteur, [[PERSONNE:Yannick]]. {{Ploërmel}}, maison en bord de départementale. Mme [[PERSONNE:Kowalski]] déclare vivre seule. Dans l'entrée, des chaussures d'homme pointure {{45}}. Elle : « c'est à mon frère [[PERSONNE:Marek]], il passe ». [[PERSONNE:Yannick]] ne dit rien, coche une case.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un {{EHPAD}} ({{Les Jardins d'Arvor}}) : transfert d'un résident, M. [[PERSONNE:Le Meur Jean-Claude]], né en [[DATE_NAISSANCE:1936]], désaturation. L'infirmière qui appelle, [[PERSONNE:Sandrine]], donne le traitement par cœur. L'agent d'accueil prépare le dossier avant l'arrivée de l'ambulance. {{Ambulances Kerjean}} annoncées dans {{20 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Brest}}, conseil de la vie sociale dans la {{salle Jean Moulin}}. Ordre du jour : le chien de [[PERSONNE:Kevin]], {{Nestor}}, qui aboie la nuit ; le wifi ; les horaires de la laverie. {{14 résidents}} présents. Le directeur, M. [[PERSONNE:Moulin]], encaisse les blagues sur le nom de la salle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel entrant, Mme [[PERSONNE:Benali]], actualisation ratée ce mois-ci. elle dicte son identifiant en chiffres : « [[ID_FRANCE_TRAVAIL:zéro quatre deux sept six un cinq K]] ». la conseillère débloque. rappel demandé au [[TELEPHONE:zéro six, vingt-deux, quarante-huit, soixante-dix, treize]] si souci. {{7 min}}",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle Caf à {{Lanester}}, quartier {{Kerfréhour}}. Mme [[PERSONNE:Benkhaled]], {{RSA}} personne isolée. Le contrôleur, [[PERSONNE:Gildas]], demande les relevés bancaires : un seul compte, [[IBAN:FR76 1027 8360 1100 0214 5780 258]]. Rien d'anormal. N° allocataire [[N_ALLOCATAIRE:1462095]]. {{35 min}}. Elle nous raccompagne jusqu'à la voiture.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au CCAS de {{Morlaix}}. Une voisine signale que Mme [[PERSONNE:Prigent]] ne sort plus depuis la {{tempête Ciarán}}, volets fermés. Adresse : [[ADRESSE:7 venelle du Four, Morlaix]]. La voisine refuse de donner son nom. L'agent transmet au service seniors pour une visite {{demain}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Brest}}, borne d'accueil. M. [[PERSONNE:Mohamed El Idrissi]], né à {{Casablanca}} en [[DATE_NAISSANCE:novembre 62]], retraité du port. Il veut une attestation de droits pour sa mutuelle. L'agent tape son NIR en lisant la carte : [[NIR:162119935008727]]. Imprimée en {{2 min}}. « C'est tout ? » Oui c'est tout.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Morvan}}, {{Brest}}. Salle d'attente : un papa lit {{Astérix}} à son fils, un ado en maillot du {{Stade Brestois}} se tient le poignet. Sur le mur, une affiche « {{Octobre rose}} ». Personne ne parle. {{9 enfants}} en attente à {{17h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Morbihan}}, {{2h}} du matin. « [[PERSONNE:Dédé]] » (c'est comme ça qu'il se présente) appelle pour la première fois, il dort à l'abri de bus arrêt {{Mairie de Lanester}}. Pas de place avant {{demain}}. L'écoutant lui parle {{12 min}}, juste pour parler.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Rennes}}, job dating pour {{Yves Rocher}} (plateforme de {{La Gacilly}}). Candidats reçus pendant que j'étais là : [[PERSONNE:Aïcha]], [[PERSONNE:Mickaël]], [[PERSONNE:Thuy]], et un monsieur qui n'a pas dit son prénom. {{5 min}} chacun. La recruteuse, Mme [[PERSONNE:Verdier]], note tout dans un carnet {{Yves Rocher}}, évidemment.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Vannes}}. Jeune couple, [[PERSONNE:Léa]] et [[PERSONNE:Dylan]], premier appart [[ADRESSE:2 rue du Commerce, 56000 Vannes]]. Demande d'{{APL}}. Le bail est chez {{Vannes Golfe Habitat}}, contrat n° [[IDENTIFIANT:VGH-0451278]]. L'agent explique le mois de carence, [[PERSONNE:Dylan]] fait la grimace.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel programmé, {{3646}}. « Bonjour, je suis bien chez M. [[PERSONNE:Tran]] ? » Non, c'est sa fille. Le numéro sur la fiche : [[TELEPHONE:+33 6 71 29 40 88]]. Elle prend le message pour son père, il ne parle pas bien français. Le conseiller propose l'interprétariat par téléphone.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, CCAS de {{Saint-Malo}}, quartier {{La Découverte}}. M. [[PERSONNE:Le Breton]] : « je suis breton et je m'appelle [[PERSONNE:Le Breton]], voilà ». {{78 ans}}, veuf, chat {{Surcouf}} sur les genoux. Dossier d'aide ménagère : {{4h}} par semaine. Il veut surtout quelqu'un pour parler.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Redon}}. Un homme demande si c'est normal d'attendre {{5h}}. L'agente répond qu'elle ne sait pas, qu'il n'y a qu'un médecin cette nuit. Il dit qu'il part sur {{Rennes}}. Elle : « c'est pareil là-bas, monsieur ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Résidence {{Louise-Michel}}, {{Quimper}}. [[PERSONNE:Ahmad Noori]], afghan, réfugié, {{32 ans}}, vient de recevoir sa carte Vitale et me la montre, fier. NIR : [[NIR:1 92 01 99 212 310 83]]. L'animatrice, [[PERSONNE:Louise]], lui dit que c'est sa résidence à elle aussi. Il ne comprend pas la blague. Moi non plus au début.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Équipe entreprise. La gérante de la {{Boulangerie Ange}} de {{Pacé}}, Mme [[PERSONNE:Pereira]], appelle pour l'offre {{185QXBN}} (vendeuse). Elle veut recevoir les CV sur [[EMAIL:s.pereira.boulangerie@outlook.fr]]. Le conseiller lui explique que ça passe par la plateforme. Elle : « j'y comprends rien à votre plateforme ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf. M. [[PERSONNE:Keita]] a reçu un indu de {{1 240 €}}, il dit que c'est la Caf de {{Paris}} qui s'est trompée quand il a déménagé. Dossier [[N_ALLOCATAIRE:3318740]]. L'agent propose un échéancier à {{50 €}} par mois et une contestation en parallèle. Il accepte les deux.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Saint-Brieuc}}. M. [[PERSONNE:Hinault]], d'{{Yffiniac}} lui aussi, mais « aucun lien avec {{Bernard Hinault}} ». Vient pour un arrêt de travail non payé depuis {{6 semaines}}. L'employeur n'a pas envoyé l'attestation de salaire. L'agente appelle l'employeur devant lui. Réglé en {{15 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Croix-Rouge}}, {{Saint-Brieuc}}, {{22h}}. Parking du {{Carrefour}}, puis la gare. {{3 personnes}} rencontrées, {{2}} connues de l'équipe. Soupe, duvets, chaussettes. Une dame refuse tout mais reste discuter {{20 minutes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Rennes}}, {{Maurepas}}. Mme [[PERSONNE:Boulanger]] travaille... chez un {{boulanger}}, à mi-temps ({{Marie Blachère}} de {{Cesson}}). Elle rit elle-même. Demande d'aide pour la cantine de ses {{3 enfants}}. Quotient familial recalculé, tarif à {{0,50 €}} le repas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "urgences {{Saint-Brieuc}}, {{23h40}}. M. [[PERSONNE:Patrick Le Goff]], douleur thoracique, amené par sa femme [[PERSONNE:Annie]]. Elle donne l'adresse : [[ADRESSE:18 rue de la Ville-Néant, 22190 Plérin]]. Pris tout de suite en {{box 2}}, ECG. Elle reste seule en salle d'attente avec le sac.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère, [[PERSONNE:Gwenola]], reçoit M. [[PERSONNE:Haddad]], {{55 ans}}, ex-{{Doux}} ({{Châteaulin}}), licencié il y a {{2 ans}}. Il veut passer le permis poids lourd. Financement possible par l'{{AIF}}. ID [[ID_FRANCE_TRAVAIL:7753201X]]. Il dit « j'ai fait du poulet pendant 30 ans, je peux conduire un camion ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Quéré]], [[ADRESSE:26 route de Kerhuel, 29490 Guipavas]]. Déclare ne pas avoir de véhicule : une vieille {{205}} dans le jardin, [[IMMATRICULATION:4821 XK 29]], pneus à plat, hors d'usage. Le contrôleur la prend en photo quand même. Il vit là depuis {{1988}}, à {{Guipavas}} depuis toujours.",
    ),
]

# Batch 3 (notes 061-090).
NOTES_3 = [
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Lorient}}, appel. M. [[PERSONNE:Ollivier]] demande les horaires de l'épicerie sociale {{Le Panier de Marianne}}. Pour le rappel il épelle : « [[PERSONNE:O-L-L-I-V-I-E-R]], deux L, pas comme l'{{olivier}} l'arbre ». Ouverte {{mardi}} et {{vendredi}}, {{14h-17h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Vannes}}, {{9h}}. Mme [[PERSONNE:Morgane Le Bihan]], née à {{Vannes}} le [[DATE_NAISSANCE:14/01/1990]], vient déposer un RIB. On lui a demandé « un justificatif », alors elle tend aussi sa carte Vitale : [[NIR:2 90 01 56 260 189 70]]. L'agente : « ça on n'en a pas besoin ». RIB : [[IBAN:FR76 1558 9351 2207 8412 3605 417]]. {{4 min}} au guichet pour {{35 min}} d'attente.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Malo}}, fin d'aprèm. Un petit garçon, [[PERSONNE:Malo]], {{6 ans}}, tombé des {{remparts}} (du muret, pas des remparts eux-mêmes, ouf). Sa mère, avant qu'on dise quoi que ce soit : « oui, [[PERSONNE:Malo]], à Saint-Malo, on sait ». L'IOA rit. Suture au front, {{3 points}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Côtes-d'Armor}}, {{21h}}. Mme [[PERSONNE:Soilihi]], comorienne, {{3 enfants}}, violences conjugales, elle est chez une amie à {{Plérin}} pour la nuit. Le mari est parti avec la voiture, une {{Peugeot 308}} grise, immat [[IMMATRICULATION:fw-551-dk]], l'écoutante la note pour la gendarmerie. Mise à l'abri demain à {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Krasniqi]], kosovar, {{41 ans}}, soudeur. La conseillère met à jour son CV, adresse mail en haut : [[EMAIL:arben.krasniqi@yahoo.fr]]. ID [[ID_FRANCE_TRAVAIL:3309876B]]. Offre chez {{Naval Group}} à {{Lorient}}, mais il faut une habilitation. Il demande ce que c'est. Elle ne sait pas trop non plus.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame veut savoir si les séances d'ostéo sont remboursées. Non. Et par la mutuelle {{MGEN}} ? L'agent : « ça, il faut voir avec eux ». Elle : « vous êtes pas la même chose ? ». Non plus. {{4 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Brest}}, {{Saint-Marc}}. M. [[PERSONNE:Nédélec]], marin-pêcheur, dit qu'il est en mer {{3 semaines}} sur 4. Son chalutier s'appelle le {{Marie-Jeanne II}}, « comme ma mère ». Il montre les fiches de paie de l'armement. Dossier [[N_ALLOCATAIRE:5537201]]. Le contrôleur note « ressources conformes ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Lorient}}, {{Kervénanec}}. Mme [[PERSONNE:Esposito]] demande une aide fioul, {{600 €}} la cuve. Elle travaillait au café de la {{Cité de la voile Éric Tabarly}} jusqu'à la fermeture pour travaux. Elle laisse son numéro : [[TELEPHONE:06 84 12 57 39]]. Dossier pour la commission de {{jeudi}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Rennes}}. Mme [[PERSONNE:Olena Kovalenko]], ukrainienne, protection temporaire, APS n° [[IDENTIFIANT:3502187640]]. Elle attend sa carte Vitale depuis {{4 mois}}. L'agente, [[PERSONNE:Justine]], découvre que le dossier est bloqué pour une photo. Une bénévole, [[PERSONNE:Iryna]], traduit. Photo refaite dans le photomaton du hall.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{Scorff}} ({{Lorient}}). La gendarmerie d'{{Hennebont}} demande si [[PERSONNE:Jordan Le Corre]], né le [[DATE_NAISSANCE:30 avril 1999]], est toujours là. L'agente dit qu'elle ne peut pas répondre au téléphone, qu'ils doivent venir avec une réquisition. Le gendarme n'insiste pas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour de {{Morlaix}}. [[PERSONNE:Gwen]] arrive avec sa chienne {{Iroise}}, trempée. Elle récupère son courrier de domiciliation, une enveloppe au nom de Mme [[PERSONNE:Gwendoline Riou]] : c'est elle, personne ne l'appelle comme ça. Lettre de la {{MSA}}. Elle la met dans sa poche sans l'ouvrir.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant vers [[PERSONNE:Yohann Kerdraon]], entrée en formation à l'{{Afpa}} de {{Brest}} lundi. Il a déménagé : [[ADRESSE:3 rue de Lyon, 29200 Brest]]. La conseillère met à jour, confirme l'{{AREF}}. Il demande si le bus est remboursé. Non.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel caf : Mme [[PERSONNE:Diop]], sa fille [[PERSONNE:Awa]] née en [[DATE_NAISSANCE:2005]], fait un BTS. Est-ce qu'elle compte encore ? Oui jusqu'à {{20 ans}}, après non pour les {{allocations familiales}}, mais oui pour l'{{APL}}. Dossier [[N_ALLOCATAIRE:2901473]]. Elle note tout, demande de répéter.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail, {{Saint-Brieuc}}. Personne au [[ADRESSE:12 rue de Brest, 22000 Saint-Brieuc]]. Le voisin dit que M. [[PERSONNE:Le Cam]] est « à la pêche à {{Binic}} ». L'agent laisse un avis de passage, convocation sous {{48h}}. Sur la route du retour il m'explique que les gens oublient souvent les horaires.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite CCAS {{Brest}}, {{Kerourien}}. Mme [[PERSONNE:Salaün]], logement {{Brest Métropole Habitat}}, moisissures dans la chambre du bébé. Réf locataire [[IDENTIFIANT:BMH-229187-04]]. L'assistante sociale prend des photos pour le bailleur. Le bébé, [[PERSONNE:Nolan]], dort dans le salon depuis {{3 semaines}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Vannes}} ({{Chubert}}). La télé de la salle d'attente passe {{Nolwenn Leroy}} sur {{France 3 Bretagne}}. Une dame âgée fredonne. Panneau : « temps d'attente moyen {{2h40}} ». Le distributeur de café est en panne, ça râle plus que pour l'attente.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude, {{Rennes}}, {{place Sainte-Anne}}, {{23h}}. Les chiens d'abord : {{Rasta}}, {{Nala}}, {{Kiwi}}. Les maîtres : [[PERSONNE:Lucas]], « [[PERSONNE:Poulpe]] » (surnom, je n'ai pas eu le vrai nom) et une fille qui ne dit rien. Café, croquettes. [[PERSONNE:Poulpe]] demande s'il y a de la place au {{Puzzle}}. Non.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Quimper}}, {{Kermoysan}}. Mme [[PERSONNE:Le Guen]], {{48 ans}}, ex-{{Hénaff}} ({{Pouldreuzic}}), rupture conventionnelle. ID [[ID_FRANCE_TRAVAIL:2219043L]]. Elle veut devenir aide-soignante. Elle a apporté une boîte de pâté pour la conseillère 😄 qui refuse poliment.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Brest}}. Mme [[PERSONNE:Awa Ndiaye]], [[ADRESSE:45 rue Jean Jaurès, 29200 Brest]], enceinte de {{7 mois}}, dossier prime de naissance. Le bébé s'appellera [[PERSONNE:Jean]]. L'agent : « comme {{Jean Jaurès}} ? » Elle : « non, comme son grand-père ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Ndèye Fall]], née à {{Dakar}} en [[DATE_NAISSANCE:octobre 83]], appelle pour rattacher ses enfants à sa carte. Elle lit son numéro : [[NIR:2831099341256 03]]. Le conseiller lui demande les actes de naissance par courrier. Elle soupire : « encore du papier ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Saint-Brieuc}}, antenne de la {{Croix-Saint-Lambert}}. M. [[PERSONNE:Boudjema]] demande une domiciliation. Il vivait [[ADRESSE:4 rue Honoré de Balzac, 22000 Saint-Brieuc]], quartier {{Balzac}}, jusqu'à l'expulsion en {{avril}}. Maintenant dans sa voiture. Domiciliation ok, courrier à retirer {{lundi}} et {{jeudi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{Scorff}}. M. [[PERSONNE:Youssouf Bamba]], {{34 ans}}, accident du travail sur un chantier {{Eiffage}}, main dans une bétonnière. Son collègue [[PERSONNE:Cédric]] remplit la fiche. Mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:774120935]]. L'agent dit « Harmonie, c'est joli » pour détendre.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Foyer à {{Saint-Malo}}. M. [[PERSONNE:Petit]], {{1,92 m}}, le plus grand de la maison. Les autres l'appellent « [[PERSONNE:Grand Petit]] ». Il sert le {{petit}}-déjeuner ce matin, c'est son tour. Il me dit qu'il a fait la {{Route du Rhum}}... comme docker sur le port.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Cédric Moal]], il ne reçoit pas les mails de France Travail. L'adresse dans le dossier est fausse, il la corrige au tel : « [[EMAIL:cedric.moal [at] laposte.net]] », la conseillère avait tapé laposte.fr. Réglé. {{5 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Redon}}. Mme [[PERSONNE:Gonçalves]], voiture immatriculée au {{Portugal}} dans la cour : [[IMMATRICULATION:37-TL-85]]. C'est celle de son frère [[PERSONNE:Rui]], saisonnier, qui dort là « de temps en temps ». Le contrôleur demande combien de nuits par mois. « Je compte pas, moi. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Morlaix}}. Mme [[PERSONNE:Kerjean]], comme le {{château de Kerjean}} (« mais on n'a pas les sous du château »), vient pour son congé maternité mal calculé. L'agente refait le calcul, il manquait {{12 jours}}. Rappel versé sous {{15 jours}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Rennes}}. Un monsieur demande l'adresse de l'épicerie solidaire de la {{Société Saint-Vincent-de-Paul}}. L'agent la donne, puis les horaires des {{Restos du Cœur}} de {{Villejean}}. Il demande s'il faut un papier. Oui, une orientation. Il raccroche avant la fin.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Morlaix}}, {{10h15}}. Mme [[PERSONNE:Le Saout]] appelle : elle est partie hier soir sans son ordonnance. L'agente vérifie et la rappelle au [[TELEPHONE:02 98 88 41 07]] pour dire qu'elle peut passer la prendre à l'accueil. Aucune preuve d'identité au tel, juste le rappel sur le fixe du dossier.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Finistère}}. Famille roumaine, {{5 personnes}}, M. [[PERSONNE:Gheorghe Stan]] au téléphone, la fille traduit. Ils vivent dans une caravane, voiture [[IMMATRICULATION:B 207 XTR]], sur l'[[ADRESSE:aire d'accueil de Kerlédé, emplacement 14]]. Expulsion de l'aire annoncée. L'écoutant transmet au {{SIAO}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "SALON DES SAISONNIERS, {{France Travail}} {{Saint-Malo}}. Stands : {{Les Thermes Marins}}, {{Compagnie Corsaire}}, {{Intermarché}}, {{La Mère Poulard}} (pour le {{Mont-Saint-Michel}}). File de {{40 personnes}} à {{9h}}. Beaucoup d'étudiants de {{Rennes}}.",
    ),
]

# Batch 4 (notes 091-120).
NOTES_4 = [
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Quimper}}. Mme [[PERSONNE:Maëlys Caradec]], née le [[DATE_NAISSANCE:8 juillet 1994]] à {{Quimper}}, déclare son médecin traitant : le Dr [[PERSONNE:Le Dantec]], qui vient de s'installer à {{Ergué-Gabéric}}. L'agente tape son NIR : [[NIR:2 94 07 29 232 045 34]]. Formulaire signé par le médecin, tout est bon. {{3 min}}. Record de la matinée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf. M. [[PERSONNE:Nguyen]] veut changer de compte pour ses {{APL}}, il dicte directement son IBAN {{La Banque Postale}} : [[IBAN:FR19 2004 1010 1308 4512 7K03 572]]. L'agent l'arrête, lui dit qu'on ne modifie pas un RIB par téléphone, qu'il faut passer par l'espace {{Mon Compte}}. Il a déjà tout dicté. Trop tard pour mes notes aussi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Vannes}}, atelier cuisine animé par [[PERSONNE:Armelle]]. Galettes complètes : jambon {{Jean Floc'h}}, {{beurre Le Gall}}, œufs. [[PERSONNE:Mamadou]] casse les œufs, [[PERSONNE:Sergueï]] fait la pâte. M. [[PERSONNE:Le Gall]], résident, répète « c'est mon beurre » à chaque galette. Ça fait rire tout le monde à chaque fois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une demandeuse, Mme [[PERSONNE:Sokhna Diallo]], depuis {{Dakar}} où elle est pour un enterrement. Elle n'arrive pas à s'actualiser depuis l'étranger. Numéro sénégalais : [[TELEPHONE:+221 77 612 48 90]]. ID [[ID_FRANCE_TRAVAIL:1457320D]]. La conseillère fait l'actualisation pour elle et lui rappelle de déclarer son absence si c'est plus de {{7 jours}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Pontchaillou}}, {{19h}}. [[PERSONNE:Axel Gauthier]], né le [[DATE_NAISSANCE:21/09/2001]], chute de scooter rocade. Carte Vitale : [[NIR:101093523856132]]. Un policier demande la plaque du scooter pour le constat : [[IMMATRICULATION:EG-730-QA]]. L'agente d'accueil enchaîne sans lever la tête.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Vannes}}, appel. Une dame veut s'inscrire au repas des aînés. C'est au {{Palais des Arts}}, {{12h}}, inscriptions avant le {{10 décembre}}. Navette depuis {{Kercado}} et {{Ménimur}}. Elle demande si on peut venir avec son mari en fauteuil. Oui.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Quimperlé}}. Mme [[PERSONNE:Yasmina Cherif]], parent isolé. Camionnette blanche devant la maison, « {{Thomas Plomberie}} », [[IMMATRICULATION:GT 903 HB]]. Elle dit que c'est le plombier qui fait la salle de bains. Le plombier sort de la maison, s'appelle vraiment [[PERSONNE:Thomas]], confirme. N° alloc [[N_ALLOCATAIRE:6204318]]. Le contrôleur me dit après : « des fois c'est vrai ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Lorient}}. M. [[PERSONNE:Stéphane Guyader]] est là, dos bloqué. L'agente vérifie son identité sur sa CNI, n° [[IDENTIFIANT:X4RTBPFW4]]. Il nous propose un café qu'il ne peut pas se lever pour faire. On refuse. {{10 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil des urgences de {{Quimper}}. Un fils appelle pour sa mère, Mme [[PERSONNE:Le Berre]], arrivée ce matin. L'agente ne dit rien au téléphone sauf « elle est prise en charge ». Il laisse son numéro pour que le médecin le rappelle : [[TELEPHONE:07 69 21 44 58]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus, {{Lorient}}, {{Bois du Château}}. Mme [[PERSONNE:Hawa Coulibaly]] et ses filles [[PERSONNE:Mariam]] et [[PERSONNE:Kadiatou]]. Le compteur est à son nom maintenant, réf. client EDF [[IDENTIFIANT:4002517836]]. L'éducatrice vérifie le chèque énergie. Les filles font leurs devoirs sur la table de la cuisine.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum emploi à la {{Brest Arena}}. Stands {{Thales}}, {{Naval Group}}, {{Océanopolis}}, {{Le Télégramme}}. [[PERSONNE:Mélissa]] accompagne son petit frère [[PERSONNE:Kylian]] (« pas {{Mbappé}} hein », il l'a dit avant qu'on ose). Il repart avec {{3 entretiens}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Saint-Brieuc}}. Mme [[PERSONNE:Benoît]] (c'est son nom de famille, elle précise) veut tout recevoir par mail : [[EMAIL:benoit.christelle22@orange.fr]]. N° alloc [[N_ALLOCATAIRE:4417092]]. L'agente crée l'accès à l'espace en ligne avec elle, mot de passe noté sur un post-it 🙈.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "3646, {{15h10}}. Mme [[PERSONNE:Zohra Mansouri]], née à {{Oran}} le [[DATE_NAISSANCE:5 avril 1971]], demande son relevé de carrière... mauvais organisme, c'est la {{Carsat}}. Elle donne quand même son NIR : [[NIR:2 71 04 99 352 133 94]]. L'agent lui donne le {{3960}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile à {{Redon}}. La dame nous montre les photos de la crue de la {{Vilaine}} après la {{tempête Ciarán}}, l'eau à {{40 cm}} dans le salon. Dossier de secours exceptionnel. L'assistante sociale note, moi je regarde le trait d'eau encore sur le papier peint.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de la {{Cavale Blanche}}. Un marin de la frégate {{Bretagne}}, le QM [[PERSONNE:Le Hir]], entorse à l'embarquement. Son officier l'accompagne, en uniforme, très droit. L'agent demande « {{Marine nationale}} ? » pour la prise en charge, oui. Passé devant tout le monde ? Non, {{1h30}} comme les autres.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 Ille-et-Vilaine. Couple allemand en van, [[PERSONNE:Jonas]] et [[PERSONNE:Lea]], le van est tombé en panne à {{Bruz}}. Plaque [[IMMATRICULATION:HH-AK 2291]]. Ils demandent juste un endroit pour la nuit. L'écoutante leur parle en anglais, trouve un camping municipal. Pas du ressort du {{115}} normalement.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel M. [[PERSONNE:Mehdi Rahmani]], veut recevoir ses attestations employeur. Mail dans le dossier : [[EMAIL:mehdi.rahmani(at)gmail.com]], il confirme. ID [[ID_FRANCE_TRAVAIL:8842067F]]. Il demande aussi pour la {{prime de Noël}}, pas chez nous, c'est la Caf. {{6 min}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf. Mlle [[PERSONNE:Chloé Le Hénaff]] (« comme le {{pâté Hénaff}} », elle le dit avant l'agent) appelle pour l'{{APL}} étudiante. Née à {{Saint-Brieuc}} en [[DATE_NAISSANCE:octobre 1999]], NIR [[NIR:2 99 10 22 278 402 35]]. Elle est à {{Rennes 2}}. Dossier en cours, manque l'avis d'imposition des parents.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Rennes}}. Mme [[PERSONNE:Laetitia Grondin]], réunionnaise, née à {{Saint-Denis}} en [[DATE_NAISSANCE:septembre 74]], NIR [[NIR:2 74 09 974 11 139 51]]. Elle change de banque pour ses indemnités journalières : [[IBAN:FR76 3000 4000 1000 0103 4721 505]]. L'agente scanne le RIB. Elle parle de la Réunion, du froid ici.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Quimper}}. M. [[PERSONNE:Loiseau]] arrive avec... un {{oiseau}} en cage (une perruche, {{Coco}}), il ne pouvait pas la laisser seule. Demande d'aide pour les frais vétérinaires : refusé, hors critères. Il dit « je m'en doutais ». Il reste {{10 minutes}} de plus pour discuter.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente, urgences de {{Redon}}, {{20h}} :\n- une femme enceinte, contractions, passée direct\n- [[PERSONNE:Mathéo]], {{8 ans}}, fièvre\n- M. [[PERSONNE:Dufresne]], plaie à la main. L'IOA : « {{Marion Dufresne}}, comme le bateau ? » Lui : « c'est un bateau, ça ? »\n- {{2}} personnes âgées sur brancard dans le couloir",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission au CHRS de {{Saint-Brieuc}}. M. [[PERSONNE:Kwame Mensah]], ghanéen, né le [[DATE_NAISSANCE:1er janvier 1990]] selon ses papiers (« chez nous tout le monde est né le 1er janvier »). Il rit, l'éducateur aussi. Chambre double avec un autre monsieur. Il demande s'il y a un terrain de foot.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Lorient}}. Offres saisonnières pour le {{Festival Interceltique}} : sécurité, bars, montage. [[PERSONNE:Soazig]], {{19 ans}}, veut faire la billetterie. ID [[ID_FRANCE_TRAVAIL:9015274A]]. Le conseiller lui dit que c'est surtout du bénévolat. Elle : « ah ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Dinard}}. M. [[PERSONNE:Owen Price]], gallois, installé depuis {{2016}}. Voiture britannique dans l'allée : [[IMMATRICULATION:LK19 XHD]]. Le contrôleur demande s'il vit bien seul. « Only me and the cat. » Le chat s'appelle {{Merlin}}. Dossier [[N_ALLOCATAIRE:7730512]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un monsieur veut la carte européenne d'assurance maladie pour un voyage en {{Irlande}} en {{mars}}. L'agent la commande, {{15 jours}} de délai. Il demande si ça marche au {{Royaume-Uni}} aussi. « Pas tout à fait pareil. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Saint-Malo}}. Mme [[PERSONNE:Vandenberghe]], belge, installée à {{Paramé}}, appelle de son ancien portable : [[TELEPHONE:0032 478 51 62 09]]. Elle demande la téléassistance pour sa mère. L'agent lui envoie le dossier par courrier.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Saint-Malo}}, appel : peut-on venir avec son chien ? Non. « Mais c'est un {{berger allemand}}, il est très calme. » Toujours non. La dame raccroche vexée. L'agente : « ça arrive une fois par semaine ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, appel de [[PERSONNE:Bintou]], {{22 ans}}, enceinte, à la rue depuis {{hier}}. Déjà connue du {{SIAO}}, dossier [[IDENTIFIANT:35-SIAO-2024-117802]]. Place trouvée à l'{{hôtel}} pour {{5 nuits}}. L'écoutante lui donne l'adresse de la {{PMI}} de {{Cleunay}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Samuel Adjei]], premier paiement de l'{{ARE}} pas reçu. Son IBAN est bien enregistré : [[IBAN:FR76 3000 3015 4000 0502 1887 621]]. Le conseiller voit un blocage : attestation employeur manquante. Il appelle l'employeur ({{McDonald's}} de {{Cesson}}), réponse {{demain}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence Caf à la {{Maison de quartier Jacques Prévert}}, {{Saint-Brieuc}}. M. [[PERSONNE:Jacques]] (nom de famille) : « je sais, je sais ». Demande de {{RSA}}. L'agente remplit avec lui, {{45 min}}. Il n'a pas de mail. Il demande si on peut écrire à la main. Oui, pour l'instant.",
    ),
]

# Batch 5 (notes 121-150).
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Permanence Caf à {{Morlaix}}. Mme [[PERSONNE:Violette Marchand]], maraîchère au {{marché}} du samedi (« {{marchande}} et je m'appelle [[PERSONNE:Marchand]], oui »). Elle vend des {{violettes}} au printemps, en plus. Elle vient changer de compte : [[IBAN:FR76 1444 5202 0008 0025 6934 106]]. L'agente sourit tout le long.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, rappel d'un dossier complexe. La conseillère, [[PERSONNE:Anne-Sophie]], donne exceptionnellement son adresse pro pour recevoir les justificatifs : [[EMAIL:anne-sophie.menard@assurance-maladie.fr]]. Elle me dit après qu'elle ne devrait pas, mais « sinon ça va encore se perdre ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{Scorff}}, {{7h30}}, relève. M. [[PERSONNE:Frédéric Le Dû]], né le [[DATE_NAISSANCE:12 décembre 1979]] à {{Lorient}}, coupure profonde à la criée de {{Keroman}}. Pas de carte Vitale, il récite son numéro : [[NIR:1 79 12 56 121 318 26]]. L'agente : « vous le connaissez par cœur ? » - « j'en ai eu besoin souvent ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS, {{Rennes}}, soirée ciné. Projection de « {{Bécassine !}} » (le film de {{Podalydès}}), choisi par vote. Rires aux scènes de train. {{11 résidents}}, {{2}} éducateurs. Pop-corn offert par {{Biocoop}} de {{Saint-Grégoire}}. Personne ne part avant la fin.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Théo Lemaître]], {{26 ans}}, vient pour un {{CEJ}}. Le conseiller vérifie : ID [[ID_FRANCE_TRAVAIL:4730158N]], téléphone à jour ? Il donne le nouveau : [[TELEPHONE:06.19.84.27.53]]. Il a arrêté l'école en 3e, veut faire de la cuisine. RDV pris chez un traiteur de {{Cesson-Sévigné}} la semaine prochaine.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Vitré}}. Mme [[PERSONNE:Mélanie Rault]], [[ADRESSE:17 rue de la Poterie, 35500 Vitré]]. Déclaration de ressources à vérifier : relevés du compte [[IBAN:FR76 1360 6000 4246 2017 8351 016]], trois mois. Un virement régulier de {{200 €}} : sa mère. N° alloc [[N_ALLOCATAIRE:8150264]]. Le contrôleur : « ça, c'est une aide familiale, ça se déclare ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Brest}}, {{Lambézellec}}. M. [[PERSONNE:Guy Morvan]] sort de l'{{hôpital Morvan}} avec une ordonnance de kiné et pas de quoi payer le taxi. Bon de transport, {{20 €}}. Il ne relève même pas le nom de l'hôpital, moi si.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Route vers {{Loudéac}} avec l'agente enquêtrice. Elle m'explique : {{15 dossiers}} par mois, surtout des signalements automatiques, rarement des dénonciations. Le dossier du jour est annulé (hospitalisation). On fait demi-tour à {{Mûr-de-Bretagne}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de {{SOS Médecins}} {{Rennes}} : le Dr [[PERSONNE:Pham]] adresse une patiente, Mme [[PERSONNE:Kerneis]], née le [[DATE_NAISSANCE:22.06.1948]], suspicion de phlébite. L'agente note, prévient l'IOA. {{2 min}}, efficace.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude à {{Quimper}}, bords de l'{{Odet}}. [[PERSONNE:Yann]] dort sous le pont avec son chien {{Loustic}}. « [[PERSONNE:Ti-Jo]] » est passé le voir hier, il dit. L'équipe propose le {{115}}, il refuse : pas de chiens au foyer. Thermos de café, on repart.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une mère pour son fils de {{17 ans}} : c'est quoi le {{CEJ}} ? La conseillère explique : jusqu'à {{528 €}} par mois, {{15 à 20 h}} d'accompagnement par semaine. La mère : « et il doit se lever le matin ? » Oui. Silence.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "caf, {{16h50}}. M. [[PERSONNE:Amrani]] donne son nouveau RIB (l'agent n'a pas pu l'arrêter) : [[IBAN:FR91 2004 1000 0152 3167 9R02 019]]. Dossier [[N_ALLOCATAIRE:2386051]]. Il faut le déposer en ligne quand même. Il dit qu'il va venir à l'accueil, ce sera plus simple.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Saint-Malo}}. M. [[PERSONNE:Pasteur]] veut le remboursement d'un vaccin fait à l'{{Institut Pasteur}} de {{Paris}} avant un voyage. Il est {{pasteur}} dans une église évangélique de {{Rocabey}}. Le vaccin n'est pas remboursé. Il le prend avec philosophie : « c'est la volonté de Dieu et de la Sécu ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du CCAS de {{Lorient}} chez M. et Mme [[PERSONNE:Le Strat]], [[ADRESSE:5 rue du Maréchal Foch, 56100 Lorient]], {{4e étage}} sans ascenseur. Elle ne descend plus depuis {{2 ans}}. Numéro pour la coordination : [[TELEPHONE:02 97 37 18 64]]. Demande de relogement à {{Lorient Habitat}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Vannes}}. L'agent de sécurité au micro : « le propriétaire de la {{Clio}} blanche [[IMMATRICULATION:FL-208-VZ]] est prié de la déplacer, vous êtes sur la place des ambulances ». Personne ne bouge. Il répète {{3 fois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Une travailleuse sociale de {{Coallia}} appelle pour M. [[PERSONNE:Tesfaye]], érythréen, né en [[DATE_NAISSANCE:1998]], hébergé au {{Première Classe}} de {{Cesson}}, {{chambre 12}}. Il est malade, elle demande une prolongation. Accordée {{7 nuits}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique à {{France Travail}} {{Quimper}}. La conseillère crée une adresse mail avec M. [[PERSONNE:Erwann Quéméner]] : [[EMAIL:erwann.quemener29@gmail.com]]. À côté de lui, [[PERSONNE:Nolwenn]] (« pas la chanteuse ») n'arrive pas à se souvenir de son mot de passe {{Ameli}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf de {{Lorient}}, la file déborde sur le trottoir. Ticket {{B47}}, l'écran affiche {{B31}}. Affiche des {{Restos du Cœur}} avec {{Coluche}} dessus. Quelqu'un dit « lui au moins il aurait fait quelque chose ». {{1h10}} d'attente pour moi, en observateur.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Antonia Santoni]], corse, née à {{Ajaccio}} en [[DATE_NAISSANCE:mai 1958]], retraitée à {{Perros-Guirec}}. NIR : [[NIR:2 58 05 2A 004 012 82]]. Elle veut changer de caisse : c'est automatique avec le déménagement, lui dit l'agent. Elle ne le croit pas.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Brest}}. Mme [[PERSONNE:Jacqueline Le Roux]], {{84 ans}}, veut recevoir la lettre du CCAS par internet, c'est sa petite-fille qui lit. Elle dicte : « [[EMAIL:jacqueline.leroux arobase wanadoo point fr]] ». L'agent relit deux fois.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Morlaix}}. Quelqu'un demande si les urgences de {{Carhaix}} sont ouvertes cette nuit. L'agent : « appelez le {{15}} avant de vous déplacer ». {{1 min}}. Il me dit qu'il a ce genre d'appel {{10 fois}} par soir depuis les fermetures.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Brest}}. M. [[PERSONNE:Ousmane Camara]] revient de la préfecture : récépissé de demande de titre de séjour, AGDREF [[IDENTIFIANT:2901234567]]. Il le montre à tout le monde, {{6 mois}} de validité. L'éducatrice, [[PERSONNE:Sterenn]], fait une photocopie pour le dossier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère appelle Mme [[PERSONNE:Ly]] pour un entretien d'embauche chez {{Lidl}}. Pas de réponse, elle envoie un mail à [[EMAIL:thihoa.ly@free.fr]]. ID [[ID_FRANCE_TRAVAIL:6632184T]]. {{3}} tentatives d'appel notées dans le dossier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Rennes}}, {{Villejean}} : personne. Le contrôleur glisse un avis de passage. Il me montre sa liste : {{6 contrôles}} prévus ce jour, {{2}} absents. Il dit que c'est normal, « les gens travaillent, ou ils ont peur ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Lorient}}. M. [[PERSONNE:Joaquim Teixeira]], né à {{Braga}} le [[DATE_NAISSANCE:3 juin 1968]], maçon. Il a une carte Vitale avec une erreur dans le nom. NIR [[NIR:1 68 06 99 139 021 35]]. L'agente demande une copie de passeport portugais. Il revient {{demain}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude, {{Saint-Malo}}, parking de la plage du {{Sillon}}. [[PERSONNE:Fred]] vit dans un camion aménagé, [[IMMATRICULATION:BN-447-PX]], depuis {{2 ans}}. La mairie veut interdire le stationnement de nuit. Il dit qu'il ira à {{Cancale}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Aurélien Bodin]], création d'entreprise (paysagiste). {{ACRE}} ok. Il donne son compte pro {{Qonto}} : [[IBAN:FR76 1695 8000 0143 0267 8911 587]] et son SIRET perso [[IDENTIFIANT:91036482700014]]. Le conseiller vérifie la date de début d'activité. Tout roule.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Lannion}}. Un vieux monsieur donne sa date de naissance en toutes lettres, lentement : « le [[DATE_NAISSANCE:deux mars mille neuf cent trente-huit]] ». L'agent tape. Il s'appelle [[PERSONNE:Raymond Le Goaziou]], il a fait tout le trajet depuis {{Trébeurden}} en bus, seul.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Rennes}}. Mme [[PERSONNE:Aminata Sy]], attestation Caf en main, n° allocataire [[N_ALLOCATAIRE:3046185]]. Aide à la rentrée pour son fils au {{collège Anne de Bretagne}}. Dossier complet, {{80 €}}. Elle demande si ça peut aller directement sur le compte de la cantine.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf. Une dame donne son fixe pour être rappelée : « [[TELEPHONE:zéro deux, quatre-vingt-dix-neuf, cinquante-trois, douze, quarante]] ». Elle s'appelle Mme [[PERSONNE:Hamidi]], dossier [[N_ALLOCATAIRE:1592734]]. Rappel prévu {{jeudi matin}}.",
    ),
]

# Batch 6 (notes 151-180).
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Caf de {{Rennes}}, coin enfants du hall : un album « {{Martine}} à la plage », un train en bois {{Thomas}}, des feutres sans bouchon. Une petite fille lit {{Martine}} à voix haute à son frère pendant que la mère est au {{guichet 6}}. {{40 min}} qu'ils sont là.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Brest}}, demande de {{RSA}}. M. [[PERSONNE:Steeve Lordinot]], né en [[DATE_NAISSANCE:février 1985]] à {{Fort-de-France}}, arrivé en {{Bretagne}} il y a {{3 mois}} pour un boulot qui ne s'est pas fait. NIR [[NIR:1 85 02 972 09 077 43]]. L'agent : « il fait moins chaud qu'en {{Martinique}} hein ». Lui : « ça, vous pouvez le dire ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Quimper}}. Mme [[PERSONNE:Le Goff]] appelle pour son changement d'adresse, elle a eu un T2 : [[ADRESSE:2 bis allée des Camélias, 29000 Quimper]]. L'agent met à jour pour la distribution des colis de fin d'année. Elle demande si elle aura encore le sien. Oui.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Saint-Brieuc}}. Au mur, un portrait de l'{{abbé Pierre}} et un vieux poster de {{Glenmor}}. [[PERSONNE:Yvon]] joue de la guitare dans un coin, mal, tout le monde l'écoute quand même. Café à volonté, {{27 passages}} ce matin d'après le cahier.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, {{20h05}}. [[PERSONNE:Ioana]], roumaine, appelle depuis un numéro roumain : [[TELEPHONE:+40 721 384 502]]. Elle est à la {{gare de Rennes}} avec son mari. L'écoutant lui demande de rappeler d'un numéro français si possible, pour la suite. Orientation vers l'accueil de nuit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Vannes}}. Mme [[PERSONNE:Élise Bertrand-Koné]] ne comprend pas pourquoi sa mutuelle ne reçoit pas les décomptes. Mutuelle {{MGEN}}, n° adhérent [[IDENTIFIANT:235048211]]. L'agente active la télétransmission {{Noémie}}, « qui n'est pas une personne, c'est le nom du système », précise-t-elle.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective, {{France Travail}} {{Saint-Brieuc}}, {{salle Ernest Renan}}. {{12 personnes}} convoquées, {{7}} présentes. Diapo « de {{Pôle emploi}} à {{France Travail}} », {{15 heures}} d'activité par semaine pour le {{RSA}}. Question dans la salle : « c'est obligatoire ? » Réponse floue.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Laennec}}. M. [[PERSONNE:Alain Kervella]], {{56 ans}}, malaise au {{Leclerc}} de {{Quimper}}, amené par les pompiers. Sa femme arrive {{20 min}} après et donne l'adresse : [[ADRESSE:14 rue de Kerjestin, 29000 Quimper]]. IPP [[IDENTIFIANT:QU0734512]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Brieuc}}, chez M. [[PERSONNE:Nicolas Bothorel]], [[ADRESSE:3 rue Victor Hugo, 22000 Saint-Brieuc]]. Vérification des ressources d'auto-entrepreneur. Compte {{LCL}} : [[IBAN:FR84 3000 2007 5000 0043 1879 Z30]]. Le contrôleur pointe chaque ligne sur {{3 mois}}. {{1h05}} au total, le plus long de la journée.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Vannes}}. Mme [[PERSONNE:Perrine Joubioux]] n'est pas là. Sa fille, [[PERSONNE:Lisa]], {{15 ans}}, dit qu'elle est chez le kiné. L'agent vérifie l'heure : dans les horaires de sortie. Avis laissé quand même. « On ne sait jamais », dit-il.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Rennes}}, permanence dans la {{salle Rosa Parks}}. M. [[PERSONNE:Dimitri Bondarenko]], ukrainien, demande une aide pour le transport. Attestation Caf, n° alloc [[N_ALLOCATAIRE:5218406]]. Carte {{KorriGo}} à tarif solidaire. Il laisse son numéro : [[TELEPHONE:07 53 18 64 20]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Duc Anh Pham]], né à {{Hanoï}} le [[DATE_NAISSANCE:18/05/1988]], inscription bloquée : le NIR ne passe pas. Il le dicte : [[NIR:1 88 05 99 243 072 39]]. La conseillère le tape correctement, ça passe. ID attribué : [[ID_FRANCE_TRAVAIL:3081942C]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf. Une dame demande si le {{chèque énergie}}, c'est la Caf. Non. Et le {{pass Culture}} ? Non plus. Et la {{prime de Noël}} ? Oui, ça c'est nous. {{5 min}}. Elle remercie en disant « au moins une ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "3646. Mme [[PERSONNE:Chantal Tréhin]] veut être rappelée par un conseiller « en vrai ». Elle donne son mail [[EMAIL:c.trehin56@sfr.fr]] et son portable [[TELEPHONE:06 22 75 30 81]]. Rappel programmé sous {{48h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus à {{Redon}}. Mme [[PERSONNE:Sabrina Mahé]], [[ADRESSE:11 rue de Vannes, 35600 Redon]], bail glissant avec {{Néotoa}}, contrat n° [[IDENTIFIANT:NEO-35-0074512]]. Dans {{6 mois}}, le bail passe à son nom. Elle a mis des rideaux, « pour que ce soit chez moi ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la {{Pharmacie Saint-Yves}} : un patient sorti des urgences ce matin a une ordonnance illisible. L'agent passe au médecin qui rappelle la pharmacie. {{6 min}}. Le nom du patient n'a pas été dit devant moi.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Lorient}}, Mme [[PERSONNE:Rokia Touré]], déclaration de ressources. Les enfants :\n- [[PERSONNE:Ibrahima]], né en [[DATE_NAISSANCE:2011]]\n- [[PERSONNE:Fanta]], née en [[DATE_NAISSANCE:2014]]\n- [[PERSONNE:Moussa]], né en [[DATE_NAISSANCE:2019]]\nN° alloc [[N_ALLOCATAIRE:0627319]]. L'agente recopie les dates, vérifie que tout colle avec le dossier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{Vannes}}, {{Saint-Patern}}. M. [[PERSONNE:Lesage]], {{83 ans}}, ancien prof de lettres au {{lycée Lesage}} : « j'ai enseigné {{Gil Blas}} dans un lycée à mon nom, personne ne m'a jamais cru ». Demande de portage de repas. Il offre un livre à l'assistante sociale.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Brest}}, borne en panne. File de {{25 personnes}}. L'agent fait les attestations à la main, puis à l'imprimante du back-office. Un monsieur dit qu'il est venu de {{Landerneau}} pour ça. « Vous pouviez le faire sur {{Ameli}} ». « J'ai pas {{Ameli}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Hélène Cadiou]], {{52 ans}}, fin de CDD à l'{{EHPAD Les Hortensias}}. Ouverture des droits {{ARE}}, IBAN à saisir : [[IBAN:FR76 1380 7008 1231 0214 5987 605]]. ID [[ID_FRANCE_TRAVAIL:5529031H]]. Elle veut rester dans le soin. La conseillère note « aide-soignante, VAE ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Lorient}}, fresque dans le réfectoire : {{Anita Conti}}, {{Éric Tabarly}}, le phare de {{Kerbel}} et un chalutier. Les résidents l'ont peinte avec un graffeur l'an dernier. On me la fait visiter comme un musée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Hennebont}}. M. [[PERSONNE:Jérémy Le Garrec]], isolé, mais {{2}} voitures devant chez lui : la sienne et une {{C3}} [[IMMATRICULATION:dz-614-ke]]. « C'est à ma sœur [[PERSONNE:Audrey]], elle est en {{Guadeloupe}} pour {{6 mois}}. » Le contrôleur demande une preuve. Elle envoie un selfie depuis la plage en {{10 min}} 😂.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Saint-Brieuc}}. Mme [[PERSONNE:Fatima-Zahra El Amrani]] demande comment envoyer les pièces pour l'aide à l'énergie. L'agent lui dit d'envoyer un mail, il note son adresse pour lui écrire en premier : [[EMAIL:fz.elamrani@gmail.com]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Auray}}, août. M. [[PERSONNE:Hugo Marchetti]], parisien en vacances à {{Quiberon}}, méduse + chute en vélo. Né le [[DATE_NAISSANCE:9 avril 1997]] à {{Paris}}, NIR [[NIR:197047511422864]] sur l'appli {{Ameli}}. Il s'excuse d'être là, « c'est juste une méduse ». L'IOA : « et votre genou ? »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Finistère}}. M. [[PERSONNE:Levan Beridze]], géorgien, demandeur d'asile, la {{CADA}} est pleine. Il lit son passeport pour l'écoutante : [[IDENTIFIANT:14AB27390]]. Place trouvée à {{Brest}}, foyer, {{3 nuits}}. Il remercie en trois langues.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, {{8h31}}. M. [[PERSONNE:Kevin Le Nours]] n'a pas reçu son paiement, ID [[ID_FRANCE_TRAVAIL:4417563G]]. Actualisation faite trop tard (le 16). La conseillère l'explique, il s'énerve, puis s'excuse. Rappel au [[TELEPHONE:07 56 30 91 24]] pour la régularisation.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam, permanence de {{Redon}}. Mme [[PERSONNE:Brigitte Pelé]] (« comme {{Pelé}}, le footballeur ! » dit l'agent, elle lève les yeux au ciel). L'agent vérifie l'identité : « vous êtes de [[DATE_NAISSANCE:66]] ? » Oui. NIR [[NIR:266023523600814]]. Elle vient pour une prise en charge à 100 %.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf de {{Rennes}}. [[PERSONNE:Noémie Gicquel]], étudiante, [[ADRESSE:6 place Hoche, 35000 Rennes]]. Demande d'{{APL}} en colocation, {{3}} colocs. Mail pour les relances : [[EMAIL:noemie.gicquel@live.fr]]. Elle a tout préparé dans une pochette, l'agente la félicite.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Saint-Malo}}. Mme [[PERSONNE:Josette Duguen]] demande une aide pour les obsèques de son mari, {{78 ans}}, ancien marin sur l'{{Étoile du Roy}}. L'agente s'appelle [[PERSONNE:Margot]], elle lui tient la main pendant qu'elle remplit le dossier. Numéro de la fille : [[TELEPHONE:06 91 40 25 17]].",
    ),
]

# Batch 7 (notes 180-210).
NOTES_7 = [
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un jeune demande comment avoir « une mutuelle pas chère ». L'agent lui parle de la {{C2S}}, sous conditions de ressources, gratuite ou à moins de {{1 €}} par jour. Il ne savait pas que ça existait. Formulaire sur {{Ameli}}. {{9 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Brest}}. Mme [[PERSONNE:Marine Le Pennec]], son compagnon est dans la {{Marine nationale}}, sous-marinier à l'{{Île Longue}}, parti {{70 jours}}. Elle veut savoir si elle est « isolée » pour la Caf. Non, vie maritale quand même. N° alloc [[N_ALLOCATAIRE:4068153]]. Elle : « c'est pas ce que je vis ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel caf, Mme [[PERSONNE:Rachida Aït Ouarab]], arrivée de {{Créteil}}. Son ancien RIB d'Île-de-France est toujours le bon : [[IBAN:FR76 1751 5900 0008 1452 3698 702]]. Transfert de dossier vers la Caf d'{{Ille-et-Vilaine}} en cours, {{6 semaines}}. Elle demande si elle sera payée entre-temps. Oui, normalement.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Malo}}, {{intra-muros}}. M. [[PERSONNE:Javier Morales]], espagnol, serveur l'été. Voiture espagnole garée dans la rue : [[IMMATRICULATION:4821 KJX]]. Il explique qu'il repart à {{Valence}} l'hiver, {{3 mois}}. Le contrôleur : « alors votre résidence principale, c'est où ? » Longue discussion. Dossier [[N_ALLOCATAIRE:2740619]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel caf. un monsieur demande si la {{tempête Herminia}} peut excuser son retard de déclaration trimestrielle (toit arraché, plus d'ordi, plus rien). L'agent : oui, on note, pas de suspension. {{4 min}}. il dit merci trois fois",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Saint-Malo}}. M. [[PERSONNE:Bernard Lemarchand]], né à {{Saint-Malo}} le [[DATE_NAISSANCE:15 août 1955]] (« le jour de l'{{Assomption}}, ma mère était furieuse »). Retraite, changement de médecin. NIR : [[NIR:1 55 08 35 288 036 81]]. Il a apporté {{4 pochettes}} de papiers pour une seule feuille.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Fougères}}. M. [[PERSONNE:Anthony Gérard]], [[ADRESSE:8 rue Nationale, 35300 Fougères]], présent. Des {{fougères}} partout dans le jardin, l'agente dit « normal, à Fougères ». Il ne rit pas. Certificat vérifié, {{10 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Lorient}}, préparation des colis de {{Noël}} pour les aînés : {{1 200 colis}}, chocolats {{Larnicol}} cette année. Les bénévoles emballent dans la {{salle Marie Curie}}. On me met un rouleau de scotch dans les mains.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Vannes}}. M. [[PERSONNE:Gwénaël Riou]] rappelle pour son dossier d'aide au permis. Il donne son mail : [[EMAIL:gwen.riou56@gmail.com]]. L'agente lui envoie la liste des pièces. « Je peux envoyer des photos ? » Oui.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{Ploujean}} ({{Morlaix}}). La dame m'a demandé de ne pas noter son nom, je respecte. {{88 ans}}, chauffage au bois, elle coupe encore ses bûches. Évaluation pour l'aide à domicile : {{2h}} par semaine, elle en voulait zéro. Compromis.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS, {{Rennes}}. M. [[PERSONNE:Abdoulaye Barry]], né le [[DATE_NAISSANCE:2003-02-14]] (c'est écrit comme ça sur l'écran de l'éducatrice). Titre de séjour reçu : n° étranger [[IDENTIFIANT:3599876543]]. Il veut une formation en électricité. Orientation vers la {{Mission locale}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Ille-et-Vilaine}}, {{18h}}. {{62 appels}} en attente, {{4}} écoutants. Temps moyen avant décroché : {{45 min}}. Une écoutante me dit qu'elle a déjà dit « non » {{30 fois}} depuis le début de son service.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude au port de {{Vannes}}. Un homme dort sur un vieux voilier, le {{Saint-Christophe}}, amarré au fond du bassin. Il ne veut pas qu'on note son nom. L'équipe lui laisse des piles pour sa lampe. Il parle de la {{tempête Ciarán}} comme d'une personne : « elle m'a pas eu ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Wassim Khelifi]], {{24 ans}}, BTS en poche, cherche en logistique. ID [[ID_FRANCE_TRAVAIL:2958406J]]. La conseillère met son portable à jour : [[TELEPHONE:06 40 73 12 96]]. Offre chez {{Lactalis}} à {{Vitré}}, horaires de nuit. Il dit oui tout de suite.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel. Mme [[PERSONNE:Océane Guillemot]] a un entretien à l'{{Hôpital privé Océane}} de {{Vannes}} (« je sais, je sais »). Elle demande une aide pour le trajet. ID [[ID_FRANCE_TRAVAIL:6724019W]], mail [[EMAIL:oceane.guillemot@hotmail.fr]]. Aide à la mobilité accordée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{hôpital Yves-Le Foll}}. Le patient s'appelle... M. [[PERSONNE:Yves Le Foll]]. Homonyme de l'hôpital, il le sait, l'accueil aussi, tout le monde rit sauf lui, il a mal. Fracture du poignet. {{1h50}} d'attente.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Pontivy}}. Accident agricole : M. [[PERSONNE:Gaëtan Robic]], agriculteur, main prise dans une presse à balles. Sa femme donne l'adresse, [[ADRESSE:lieu-dit Kerhoël, 56160 Guémené-sur-Scorff]], elle est venue avec leur voiture, [[IMMATRICULATION:AK-117-FR]], garée n'importe comment. L'agent lui dit de laisser, il s'en occupe.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h}} du matin, {{Pontchaillou}}. {{37 personnes}} en attente, {{9}} brancards dans le couloir. Un interne passe en courant. L'agente d'accueil boit son {{5e café}}. Personne ne crie, c'est ça qui m'impressionne.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Lorient}}. M. [[PERSONNE:Paul-Antoine Casanova]], né à {{Bastia}} en [[DATE_NAISSANCE:mars 1976]], militaire à la base de {{Lann-Bihoué}}. NIR [[NIR:1 76 03 2B 033 044 89]]. Changement de caisse, il vient de la {{CNMSS}}. L'agente ne connaît pas la procédure, va demander.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Florian Le Bris]], indemnités journalières pas reçues, il a changé de banque. Nouveau RIB dicté : [[IBAN:FR76 1562 9026 0000 0378 5412 092]]. Le conseiller lui demande de l'envoyer par la messagerie {{Ameli}}, on ne le prend pas au téléphone.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Landerneau}}. La personne est là, tout est en règle, {{5 min}}. Le reste du temps, la route. Au retour, arrêt café devant l'{{E.Leclerc}} de {{Landerneau}}, « le premier magasin {{Leclerc}} de France » me dit l'agente, fière.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf de {{Morlaix}}. [[PERSONNE:Maïwenn Le Roy]], {{21 ans}}, née le [[DATE_NAISSANCE:27/11/2003]] à {{Morlaix}}, premier appart, première demande d'{{APL}}. NIR [[NIR:2 03 11 29 151 097 48]]. Elle a fait la simulation sur le site : {{187 €}}. L'agente confirme à peu près.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf de {{Vannes}}. Mme [[PERSONNE:Jeanne d'Arc Mukamana]], rwandaise. « [[PERSONNE:Jeanne d'Arc]], comme la sainte », dit-elle à l'agent qui hésitait sur l'apostrophe. Lui pensait plutôt à la {{rue Jeanne d'Arc}}, à deux pas d'ici. N° alloc [[N_ALLOCATAIRE:3961275]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf. M. [[PERSONNE:Benjamin Corre]] a perdu son mot de passe. Réinitialisation par mail sur [[EMAIL:benjamin.corre@protonmail.com]]. Dossier [[N_ALLOCATAIRE:8305147]]. Le mail n'arrive pas : dossier spam. Trouvé. {{7 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Rennes}}. Mme [[PERSONNE:Svetlana Ivanova]] donne un RIB {{Revolut}} pour l'aide de {{120 €}} : [[IBAN:FR76 2823 3000 0158 0247 1963 360]]. L'agente hésite, vérifie que l'IBAN commence bien par FR. Accepté.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Rennes}}, {{Le Blosne}}. M. [[PERSONNE:Malik Zerrouki]], [[ADRESSE:21 avenue Henri Fréville, 35200 Rennes]], juste au-dessus du métro {{Henri Fréville}}. Demande d'aide pour une facture d'eau. Tél [[TELEPHONE:06 58 14 92 07]]. Dossier en commission.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Quimper}}. M. [[PERSONNE:Jean-Baptiste Mbarga]], camerounais, a enfin un compte bancaire après {{4 mois}} de refus. Il montre le RIB {{BRED}} : [[IBAN:FR76 1010 7001 1800 6241 9378 587]]. La travailleuse sociale le saisit pour le versement du {{RSA}}. Il veut prendre une photo du RIB avec elle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, {{23h30}}. [[PERSONNE:Cindy]], {{26 ans}}, dort dans sa voiture avec son fils de {{5 ans}} sur le parking du {{Leclerc}} de {{Cesson}}. Voiture : [[IMMATRICULATION:ER-338-NC]]. L'écoutant transmet à la maraude. Hôtel possible demain.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Redon}}. Mme [[PERSONNE:Laure Michel]] postule chez {{Saint Michel}}, la biscuiterie, via l'intérim. La conseillère : « [[PERSONNE:Michel]] chez {{Saint Michel}}, ça va leur plaire ». ID [[ID_FRANCE_TRAVAIL:1083627V]]. Elle sourit à peine, elle a besoin du boulot.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Équipe entreprise : appel d'un restaurant de {{Dinan}}, {{Chez Germaine}}, qui cherche un plongeur pour la saison. Le conseiller prend l'offre : {{35h}}, {{SMIC}}, logé. Il me dit que « logé » fait tout, sans ça personne ne viendrait.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite CCAS de {{Brest}}, {{Pontanezen}}. Mme [[PERSONNE:Sandrine Abiven]], [[ADRESSE:9 rue Paul Dukas, 29200 Brest]]. Dette d'énergie, facture {{TotalEnergies}} n° [[IDENTIFIANT:F-2024-0331876]], {{840 €}}. L'assistante sociale monte un dossier {{FSL}}. Le compteur {{Linky}} clignote dans l'entrée.",
    ),
]

# Batch 8 (notes 211-240).
NOTES_8 = [
    (
        "caf",
        "accueil_physique",
        "Caf de {{Quimper}}. Mme [[PERSONNE:Solenn Kergoat]] apporte un RIB papier, plié en quatre. L'agente lit à voix haute pour le saisir : « [[IBAN:15589 29092 05503672118 47]] ». Clé vérifiée par le logiciel, ok. {{Crédit Mutuel de Bretagne}}, agence de {{Kerfeunteun}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Saint-Brieuc}}, {{13h30}}, ouverture des portes. Les gens attendaient sous la pluie depuis {{13h}}. Une dame s'abrite sous un parapluie {{Armor Lux}}, un monsieur sous un sac {{Leclerc}}. Ticket {{A12}} pour moi. Le vigile connaît la moitié des gens par leur prénom.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, appel de M. [[PERSONNE:Karim Haddouche]], dossier [[N_ALLOCATAIRE:6071839]]. Sa fille est partie vivre chez sa mère, il veut le déclarer avant qu'on lui réclame un indu. L'agent fait la modif en direct. Rappel si besoin au [[TELEPHONE:06 12 87 45 30]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel, question sur l'{{ASF}} (allocation de soutien familial). La dame ne veut pas donner son nom « tant qu'elle sait pas si elle y a droit ». L'agent explique en général : pension alimentaire non versée, {{4 mois}}... Elle rappellera. {{6 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf. Mme [[PERSONNE:Laëtitia Guégan]] ne reçoit plus les mails de la Caf. Mail dans le dossier : [[EMAIL:laetitia.guegan29@gmail.com]], correct. N° alloc [[N_ALLOCATAIRE:1804762]]. L'agent : « regardez dans les indésirables ». Elle regarde pendant l'appel : {{11 mails}} de la Caf dedans 😅",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Lamballe}}, près du {{Haras national}}. Mme [[PERSONNE:Stéphanie Le Cornec]], [[ADRESSE:6 rue du Jeu de Paume, 22400 Lamballe]]. Dans le pré derrière, la jument de la voisine, {{Tornade}}. Une voiture d'homme ? [[IMMATRICULATION:CX-905-LB]], c'est celle de son père, carte grise à l'appui. Dossier clos, {{25 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Rennes}}. Mme [[PERSONNE:Nadia Ferhat]] s'est fait arnaquer pour une location : {{600 €}} de caution à un compte {{Instagram}}, [[IDENTIFIANT:@loc_rennes_pascher]]. L'agente l'oriente vers le commissariat et le point d'accès au droit. Aide d'urgence pour le mois : {{150 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Redon}}, semaine de la {{foire Teillouse}}. Hall vide, tout le monde est aux châtaignes. L'agente en profite pour classer les dossiers. {{3 visites}} en {{2h}}. Elle me raconte ses {{20 ans}} de CCAS.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Saint-Brieuc}}. M. [[PERSONNE:Hervé Le Coz]], fauteuil roulant, dossier MDPH [[IDENTIFIANT:MDPH22-2023-048817]] en attente depuis {{8 mois}}. Il vit [[ADRESSE:12 rue Jules Verne, 22000 Saint-Brieuc]], {{2e étage}} sans ascenseur. L'agent appelle la {{MDPH}} devant lui, tombe sur un répondeur.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Lorient}}. Mme [[PERSONNE:Zeynep Aydın]] demande une place au {{Restaurant social}}. L'agent prend son numéro pour le rappel de la commission : [[TELEPHONE:07 62 09 48 15]]. Elle demande si elle peut venir avec sa mère. Oui.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Saint-Malo}}. Un homme demande si le {{CCAS}} peut payer son billet de bateau pour {{Jersey}} (« pour un boulot »). Non. L'agent lui donne le contact de la {{Mission locale}}. Il raccroche en disant que c'est toujours non.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, CCAS de {{Fouesnant}}. M. [[PERSONNE:Roger Le Page]], {{90 ans}}, [[ADRESSE:3 hameau de Kerléo, 29170 Fouesnant]]. Veuf depuis {{janvier}}. « Il faut tourner la {{page}} », dit-il, et il rit de son propre nom. Téléassistance installée, il appuie sur le bouton pour essayer.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de logement, {{Brest}}, {{Keredern}}. Pas de nom dans mes notes, l'assistante sociale ne l'a pas dit devant moi. Logement propre, frigo vide. Bons alimentaires pour l'épicerie sociale, {{2 semaines}}. Je sors un peu secoué.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Rennes}}. M. [[PERSONNE:Pascal Hervé]] (« [[PERSONNE:Hervé]], c'est mon nom de famille, pas mon prénom ») reçoit le jugement de surendettement, RG [[IDENTIFIANT:24/03187]]. Effacement des dettes. Il relit la lettre {{3 fois}}, puis demande un café.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Maison d'accueil à {{Saint-Malo}}, elle s'appelle la {{Maison Marcel-Callo}}. Personne ici ne sait qui c'était, l'éducateur m'explique : un jeune {{Rennais}} mort en déportation. {{18 places}}, {{18}} occupées. Liste d'attente sur le tableau blanc, sans noms.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Lorient}}. [[PERSONNE:Dylan Morvan]], {{20 ans}}, sortant d'{{ASE}}, veut une adresse mail « sérieuse » pour ses candidatures. Il avait [[EMAIL:dark_dylan_666@hotmail.fr]]. Nouvelle : [[EMAIL:dylan.morvan56@gmail.com]]. L'éducatrice valide.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une famille belge bloquée à {{Saint-Malo}} après le ferry, camping-car en panne, plaque [[IMMATRICULATION:1-KFV-583]]. Le père, M. [[PERSONNE:Peeters]], parle surtout néerlandais. L'écoutant bascule en anglais. Garage et camping trouvés, pas d'hébergement 115 nécessaire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Finistère}}. [[PERSONNE:Nassim]] dit avoir {{18 ans}}, né le [[DATE_NAISSANCE:07/07/2007]]. L'écoutante fait le calcul avec lui : il est majeur depuis {{juillet}}. Plus l'{{ASE}}, donc. Orientation vers le {{foyer}} de {{Brest}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, nuit. {{Minuit}} à {{2h}} : {{14 appels}}, {{3 places}} données, {{11}} refus. L'écoutant tient un tableau à la main en plus du logiciel, « au cas où ça plante ». Ça a planté une fois.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Lorient}}, {{Merville}}. [[PERSONNE:Kader]] dort dans une tente sur la plage de {{Larmor}}. Il a un téléphone maintenant, il donne le numéro à l'équipe : [[TELEPHONE:07 45 12 88 63]]. Ils promettent de l'appeler pour le RDV santé de {{mardi}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Vannes}}. M. [[PERSONNE:Maxime Dewulf]], retraité belge installé à {{Carnac}}, veut les remboursements sur son compte belge : [[IBAN:BE53 0634 1278 5353]]. L'agente vérifie, c'est possible ({{SEPA}}). Il est ravi, il pensait devoir ouvrir un compte en France.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Rennes}}, affiches « {{Mois sans tabac}} » partout. Un monsieur fume devant l'entrée, sous l'affiche. L'agent de sécurité ne dit rien. La file : {{19 personnes}} à {{10h}}. Borne {{Ameli}} en libre-service, personne ne s'en sert.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Lorient}}. Mme [[PERSONNE:Yasmine Boukhari]], demande de {{C2S}}. L'agente lui demande l'avis d'imposition : numéro fiscal [[IDENTIFIANT:3012458796214]]. Revenus sous le plafond, C2S sans participation. {{20 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "3646. M. [[PERSONNE:Tanguy Le Bihan]] veut une copie de ses décomptes {{2023}}. Envoi par mail : [[EMAIL:tanguy.lebihan@wanadoo.fr]]. Le conseiller rappelle que tout est sur {{Ameli}}. « Je sais, mais je préfère par mail. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{12h58}}. Dernier appel avant la pause. Une dame a perdu son enfant de vue dans un magasin et appelle la Cpam par erreur (elle pensait appeler le {{17}}, je n'ai pas compris comment). L'agent lui dit de raccrocher et d'appeler le {{17}}. Il reste silencieux une minute après.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Pontivy}}. M. [[PERSONNE:Jonathan Guillemot]] est dans son garage en train de réparer une moto, [[IMMATRICULATION:FZ-371-QD]]. Arrêt pour lombalgie. L'agente note les faits sans commentaire. Lui : « c'est ma kiné ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Anaïs Le Du]], {{33 ans}}, a déménagé : [[ADRESSE:27 rue de Saint-Malo, 35000 Rennes]]. La conseillère met à jour. ID [[ID_FRANCE_TRAVAIL:7204581S]]. Elle cherche dans l'animation. Offre au {{Centre social}} de {{Cleunay}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Brest}}. L'outil d'aide au CV propose un exemple : « [[PERSONNE:Jean Martin]], {{35 ans}}, magasinier ». M. [[PERSONNE:Loïc Martin]], {{35 ans}}, magasinier, en face de la conseillère, trouve ça très drôle. ID [[ID_FRANCE_TRAVAIL:3496170E]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : Mme [[PERSONNE:Priscilla Joseph]], RDV manqué. Elle décroche, elle était à l'{{hôpital Sud}}. Justificatif à envoyer par mail ? Non, sur son espace, corrige la conseillère. Elle note quand même son mail perso : [[EMAIL:priscilla.joseph972@gmail.com]]. ID [[ID_FRANCE_TRAVAIL:0645892K]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Rennes}}, {{guichet 2}}. M. [[PERSONNE:Florent Bellec]] déclare la naissance de [[PERSONNE:Lilou]], née le [[DATE_NAISSANCE:3 mai]]. Acte de naissance en main. N° alloc [[N_ALLOCATAIRE:5419038]]. Il a les yeux cernés, l'agente lui dit « félicitations » et il se réveille un peu.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7 + NOTES_8

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if kept not in keep:
                keep.append(kept)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        if value != value.strip() or not value:
            raise ValueError(f"bad value {value!r} in {marked!r}")
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray {stray!r} in {marked!r}")
    return text, entities, keep


def build():
    """Return the notes as dicts, ids in writing order."""
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


def split(cells):
    """Draw dev / holdout ids from {(site_kind, channel): [ids]} only.

    Cells are taken in sorted order; each cell's ids (sorted) are shuffled, the first half
    goes to dev, the second half to holdout, and the last id of an odd cell is set aside.
    The set-aside ids are shuffled once more with the same generator and halved (first half
    dev).
    """
    rng = random.Random(SEED)
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev, holdout = split(cells)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
