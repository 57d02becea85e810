"""Independent evaluation corpus n° 79: 240 hand-written observation notes (Champagne-Ardenne).

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive); ids ``ind79-001`` …
``ind79-240`` follow the writing order. ``split`` draws dev / holdout with ``random.Random(79)``
from the ids and the cells only; ``main`` writes ``dev.jsonl`` and ``holdout.jsonl``.

Usage: python holdout_author.py   (standard library only, deterministic)
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

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

# Notes 001-035.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "9h12 dame qui vient du quartier {{Croix-Rouge}}, Mme [[PERSONNE:Olive Mercadier]]… oui [[PERSONNE:Olive]] comme l'{{olive}} 😅 c'est elle qui le dit. Elle habite [[ADRESSE:14 rue Jean-Jaurès, 51100 Reims]], PAS l'{{avenue Jean-Jaurès}}, elle insiste, le courrier de la {{Caf}} part tjrs a la mauvaise adresse. L'agent ([[PERSONNE:Sébastien]]) corrige sur l'écran. Num alloc [[N_ALLOCATAIRE:6895704]]. Reparti à {{9h20}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h40}}, un monsieur veut savoir pourquoi sa {{prime d'activité}} a baissé ce mois ci. L'agente explique la déclaration trimestrielle, il ne comprend pas le mot « trimestrielle ». {{12 min}} d'appel. Il raccroche sans dire merci mais pas méchant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Rose Tshibanda]], vient pour la {{C2S}}. Elle bosse au {{Leclerc}} de {{Saint-Brice-Courcelles}}, en caisse, tatouage en forme de {{rose}} sur le poignet. L'agente lit à voix haute : « née le [[DATE_NAISSANCE:02/04/1995]] à {{Châlons}}, NIR [[NIR:2 95 04 51 108 961 13]] », [[PERSONNE:Rose]] confirme. Agente = Mme [[PERSONNE:Kaya]], super patiente.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}}, {{hôpital Robert-Debré}}, {{14h}}. L'{{IOA}} ([[PERSONNE:Clément]]) appelle « Monsieur [[PERSONNE:Prosper Kouassi]], {{box 4}} ». Mr [[PERSONNE:Kouassi]] se lève avec son fils. Entre deux patients [[PERSONNE:Clément]] me dit qu'on l'appelle la {{clémentine}} 🍊 dans le service.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, nuit. Appel d'un homme depuis la {{gare de Reims}}, dit s'appeler [[PERSONNE:Grégoire]] « comme le pape » lol. Pas de place ce soir au {{CHRS}}, l'écoutante ([[PERSONNE:Nadia]]) lui propose la {{halte de nuit}} de la {{Croix-Rouge}}, ouverte jusqu'à {{7h}}. Il a {{58 ans}}, dort dans sa voiture depuis {{3 semaines}}, une {{Clio}} grise immatriculée [[IMMATRICULATION:EK-318-TV]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller M. [[PERSONNE:Vasseur]] reçoit [[PERSONNE:Kévin Lallement]], {{24 ans}}, de {{Rethel}}. Identifiant lu à l'écran : [[ID_FRANCE_TRAVAIL:2816325T]]. Il veut bosser dans le {{champagne}} pour les vendanges, chez {{Moët}} ou « n'importe quelle maison ». [[PERSONNE:Vasseur]] lui parle du {{CEJ}}, [[PERSONNE:Kévin]] fait la moue.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. {{3 appels}} en {{20 min}}, tous pour la {{carte Vitale}} perdue ou pas reçue. Une dame très âgée qui crie parce qu'elle entend mal. L'agent répète {{4 fois}} « {{ameli point fr}} ». Durée moyenne affichée en haut de l'écran : {{6 min 40}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Charleville}}, {{épicerie sociale}}. Mme [[PERSONNE:Marguerite Hoxha]] vient renouveler sa carte. Elle habite {{La Ronde-Couture}}, à côté du {{collège Jean-Macé}}. L'agente ([[PERSONNE:Sandrine]]) : « [[PERSONNE:Marguerite]], vous avez pensé au justificatif de la {{CPAM}} ? ». Elle vient depuis {{2019}}, tout le monde la connaît. Elle repart avec son colis et un pot de {{marguerites}} donné par les bénévoles du {{Secours populaire}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[PERSONNE:Thierry Gobert]], contrôleur {{Caf des Ardennes}}. On tourne {{20 min}} pour trouver la maison, vers le lieu-dit {{La Croix-Pierrot}}, route de {{Nouzonville}}, le GPS est perdu. La dame s'appelle [[PERSONNE:Nadège Pierrot]], « aucun rapport avec le lieu-dit » elle rigole. Elle déclare vivre seule. Dans la cour une {{Kangoo}} avec une vieille plaque [[IMMATRICULATION:4127 WX 08]], elle dit que c'est celle de son frère. [[PERSONNE:Gobert]] note sans commentaire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} en double écoute. Un monsieur appelle pour la {{3e fois}} de la semaine, actualisation bloquée. Le conseiller le guide pas à pas : « cliquez sur {{Mon espace}}… non, en haut à droite ». {{18 minutes}}. Ça finit par marcher, le monsieur applaudit au téléphone 👏",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél de l'accueil des urgences de {{Charleville}} ({{hôpital Manchester}}). Une fille demande des nouvelles de sa mère, Mme [[PERSONNE:Ginette Colombo]], amenée par les {{pompiers}} vers {{6h}}. La secrétaire ([[PERSONNE:Laetitia]]) demande la date de naissance : « le [[DATE_NAISSANCE:8 septembre 1941]] ». Rien au tél, juste qu'elle est en {{UHCD}}. La fille rappelle {{10 min}} plus tard d'un autre numéro, le [[TELEPHONE:06 36 44 80 61]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Saint-Vincent-de-Paul}}, {{rue Chanzy}}. Un homme, [[PERSONNE:Vincent Payet]], réunionnais, {{47 ans}}, demande une domiciliation. Il fait la blague : « {{Saint-Vincent}} pour [[PERSONNE:Vincent]], c'est le destin ». L'intervenante [[PERSONNE:Julie Wattier]] lui donne rdv avec l'assistante sociale jeudi {{14h30}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel entrant {{10h05}}. Madame dit habiter la {{résidence Louise-Michel}} à {{Épernay}}. L'agent demande son numéro allocataire, elle le lit sur un courrier : « [[N_ALLOCATAIRE:sept neuf huit sept, quatre zéro six]] ». C'est Mme [[PERSONNE:Louise Benhamou]], « oui comme la résidence », ça fait rire le facteur paraît-il.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite avec l'agente de la {{CPAM}}, contrôle d'arrêt de travail, {{Saint-Dizier}}, quartier du {{Vert-Bois}}. M. [[PERSONNE:Yannick Thiébaut]] absent à {{10h15}} alors que les heures de présence obligatoire sont {{9h-11h}}. Avis de passage laissé dans la boîte au [[ADRESSE:7 allée Camille-Claudel, 52100 Saint-Dizier]]. L'agente, Mme [[PERSONNE:Rakotomalala]], dit que dans {{90 %}} des cas la personne est chez le médecin ou à la pharmacie.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Troyes}}. Une dame demande l'adresse des {{Restos du Cœur}} et si « chez {{Coluche}} » c'est ouvert le samedi 😂. L'agent donne l'adresse du centre, {{avenue Pierre-Brossolette}}, et les horaires : {{mardi et vendredi 9h-12h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV à l'agence {{France Travail}} {{Reims Wilson}}. La conseillère [[PERSONNE:Agnès Lambert]] projette un CV modèle au nom de « [[PERSONNE:Paul Dupré]] », mécanicien chez {{Bernard Auto}}. Dans la salle, [[PERSONNE:Wilson Mendes]], {{31 ans}}, cap-verdien, fait remarquer que l'agence porte son prénom 😄. [[PERSONNE:Lambert]] : « non, c'est le président américain, {{Wilson}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11 personnes}} dans la file à {{8h30}} devant la {{Caf}} de {{Châlons}}. Un papa avec poussette, [[PERSONNE:Jean-Baptiste Mabiala]], vient déclarer la naissance de sa fille, née le [[DATE_NAISSANCE:2 janvier]]. Prénom : [[PERSONNE:Espérance]], il épelle [[PERSONNE:E-S-P-É-R-A-N-C-E]]. L'agent, un peu lourd : « comme l'{{espérance}} de vie ? » 🙄. RIB pour la {{PAJE}} : [[IBAN:FR76 1020 6720 2019 8338 6299 255]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{15h40}}, salle d'attente pleine, l'écran affiche « attente estimée {{4h}} ». Une maman avec un bébé qui tousse, un monsieur en fauteuil, {{deux ados}} avec une cheville tordue (foot). Le vigile fait les cent pas. Un gamin joue avec la {{fontaine à eau}}. Personne ne râle, étrangement calme.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appartement diffus du {{CHRS L'Escale}}, {{Sedan}}, quartier du {{Lac}}. Famille [[PERSONNE:Magomedov]], {{5 personnes}} dans un {{T3}}. M. [[PERSONNE:Rouslan]] montre le radiateur qui ne chauffe pas. Le travailleur social, [[PERSONNE:Maxime Hennequin]], prend une photo pour le bailleur {{Espace Habitat}}. Sur le frigo, un dessin de {{Jeanne d'Arc}} fait par la petite à l'{{école Jean-Rogissart}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e contrôle de la matinée annulé, personne au domicile. Le contrôleur laisse un avis de passage. Dans la voiture il m'explique : {{30 contrôles}} par mois environ, surtout des vérifs de résidence et de vie maritale. Il dit « je suis pas un flic » {{3 fois}} en {{10 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} de {{Troyes}}, borne à tickets en panne. M. [[PERSONNE:Fernando Ferreira]] montre son attestation {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:A04718253]]. Il tient la carrosserie {{Ferreira & Fils}} à {{La Chapelle-Saint-Luc}} avec son frère. L'agente [[PERSONNE:Isabelle]] retrouve le dossier avec le NIR : [[NIR:1 90 05 99 139 739 66]], né au {{Portugal}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour le portage de repas, {{Langres}}. Mme [[PERSONNE:Blanche Diderot]], {{88 ans}}, « aucun lien avec l'autre », dit-elle tout de suite en montrant la carte postale de la statue de {{Diderot}} sur son frigo. Née le [[DATE_NAISSANCE:14 juillet 1936]], « comme la {{fête nationale}} ». Adresse de tournée : [[ADRESSE:3 place Diderot, 52200 Langres]]. L'agente [[PERSONNE:Coralie]] note {{5 repas}} par semaine à {{6,20 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Arrivée d'un jeune, [[PERSONNE:Dylan Wiart]], main ouverte (couteau en cuisine). L'{{IOA}} : « nom prénom date de naissance ? » — « [[PERSONNE:Wiart]], [[PERSONNE:Dylan]], [[DATE_NAISSANCE:15/07/2001]] ». Né ici, au {{CH Geneviève-de-Gaulle-Anthonioz}} de {{Saint-Dizier}}. {{Carte Vitale}} oubliée, mais il connaît son NIR par cœur : [[NIR:1 01 07 52 448 718 68]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : le conseiller [[PERSONNE:Karim Belkacem]] rappelle Mme [[PERSONNE:Prudence Ouattara]] pour un poste d'{{ASH}} à l'{{EHPAD Saint-Joseph}}. Elle demande où envoyer le CV : [[EMAIL:karim.belkacem@francetravail.fr]]. Elle donne le sien : [[EMAIL:prudence.ouatt51@gmail.com]]. Offre n° {{178QKZW}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Halte de nuit, {{21h}}. {{12 lits}}, {{14 demandes}}. Le veilleur distribue des cafés et des {{Pépito}}. Un monsieur a un chien, {{Rocky}}, il refuse de le laisser dehors. Finalement le chien dort dans le couloir. Personne ne donne son nom, tout le monde se connaît.",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiante, [[PERSONNE:Capucine Lhotte]], pour l'{{APL}}, logement {{Crous}} résidence {{Teilhard-de-Chardin}}. Il manque son avis d'imposition. L'agent [[PERSONNE:Bruno]] lui montre sur {{caf.fr}} où le déposer. Et son mail sur le dossier est faux : [[EMAIL:capu.lhotte@gmial.com]] au lieu de {{gmail}}, corrigé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un kiné de {{Vitry-le-François}} pour le compte d'un patient, M. [[PERSONNE:Gaspard Payen]]. L'agente refuse de donner des infos à un tiers. Le kiné s'énerve, laisse quand même le n° du patient pour qu'il soit rappelé : [[TELEPHONE:03 26 66 25 33]]. {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD La Roseraie}} à {{Sainte-Menehould}} : ils envoient Mme [[PERSONNE:Rosa Lemaire]], chute, {{92 ans}}, en ambulance. L'infirmière répète « [[PERSONNE:Rosa]], [[PERSONNE:R-O-S-A]] » et note l'heure de départ, {{16h50}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Serkan Yilmaz]] vient pour une aide facultative : facture {{EDF}} de {{412 €}}. Réf client EDF lue sur la facture : [[IDENTIFIANT:6003 418 275]]. L'agente lui demande aussi son numéro Caf : [[N_ALLOCATAIRE:8114935]]. Passage en commission mardi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv d'inscription. Mme [[PERSONNE:Valérie Champagne]], oui [[PERSONNE:Champagne]], « comme le vin, et je bois que de l'eau » 😂. Toute sa carrière en {{Champagne}}, dernière place vendeuse chez {{Boulanger}} à {{Cormontreuil}}. Ancien identifiant {{Pôle emploi}} : [[ID_FRANCE_TRAVAIL:6707378 B]]. La conseillère, [[PERSONNE:Hélène Boulanger]], même nom que le magasin, elles en rient toutes les deux.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle pour savoir si la {{prime de Noël}} tombe avant le {{25}}. L'agent : « normalement vers le {{17 décembre}} ». Elle veut acheter une {{Barbie}} et des {{Playmobil}} pour ses petits-enfants au {{Carrefour}} de {{Saint-Memmie}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite du service social de l'{{Assurance Maladie}} chez M. [[PERSONNE:Laurent Saint-Louis]], haïtien d'origine, sortie d'hospitalisation. Il habite [[ADRESSE:22 rue Saint-Louis, 51100 Reims]] (!!), il dit qu'il a pris l'appart pour ça 😄. L'agente [[PERSONNE:Corinne Masson]] vérifie ses {{IJ}} : arrêt jusqu'au {{30/06}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une assistante sociale du {{Département}} appelle pour une famille, les [[PERSONNE:Nguyen]], expulsion prévue après la {{trêve hivernale}}. Elle donne le portable de la mère : [[TELEPHONE:07 45 61 76 71]]. L'agent du {{CCAS}} prend note, dossier {{FSL}} possible.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Aube}}. Mme [[PERSONNE:Aurore Kabongo]] avec {{2 enfants}}, sortie de {{CADA}}. Elle est à l'{{hôtel Première Classe}}, {{chambre 214}}, réveillée à {{5h}} par le ménage : « ici c'est l'{{aurore}} tous les jours ». L'écoutant ([[PERSONNE:Mathis]]) lui demande son n° SIAO : [[IDENTIFIANT:SIAO10-2024-01873]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Rapide : M. [[PERSONNE:Jacques Kowalski]] dépose un changement de RIB. Nouveau RIB {{La Banque Postale}} : [[IBAN:FR02 2004 1271 3258 5892 5E62 251]]. L'agent vérifie le titulaire = [[PERSONNE:KOWALSKI JACQUES]]. {{2 min}} chrono.",
    ),
]

# Notes 036-070.
NOTES_2 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôleuse [[PERSONNE:Myriam Haddad]], {{Caf de l'Aube}}. RDV chez M. [[PERSONNE:Désiré Gomis]], {{quartier des Chartreux}}, {{Troyes}}. Sur la boîte aux lettres deux noms : « [[PERSONNE:GOMIS]] » et « [[PERSONNE:LOPES]] ». Il dit que [[PERSONNE:Lopes]] c'est l'ancien locataire. [[PERSONNE:Haddad]] demande à voir la chambre : {{1 seul lit}}. Ok. Photo du bail {{Troyes Habitat}}, réf locataire [[IDENTIFIANT:TH-0457821]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "File d'attente {{CPAM}} {{Reims}}. Au mur : « {{Mon espace santé}} », « {{M'T dents}} ». Un monsieur lit {{L'Union}}, un autre dort. {{9 personnes}} devant moi, {{25 min}} d'attente. Une dame demande à tout le monde si c'est bien ici pour « la {{carte Vitale}} du petit ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hôpital Auban-Moët}}, {{Épernay}}. Un vigneron arrive, coupure au sécateur : M. [[PERSONNE:Rémi Jacquesson]], {{54 ans}}. Il travaille pour une maison de {{Hautvillers}}, « là où {{Dom Pérignon}} a inventé le {{champagne}} » explique-t-il à l'{{IOA}}, qui s'en fiche un peu. IPP sur le bracelet : [[IDENTIFIANT:0051238764]]. L'interne, Dr [[PERSONNE:Ionescu]], le recoud en {{20 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune envoyée par la {{Mission locale}} à l'agence de {{Charleville}}. [[PERSONNE:Océane Marchal]], {{19 ans}}, sortie du {{lycée Bazin}} sans son bac pro. ID [[ID_FRANCE_TRAVAIL:8826731S]]. La conseillère [[PERSONNE:Fatou Sissoko]] lui propose une prépa au {{Greta}} à {{Sedan}}. [[PERSONNE:Océane]] : « Sedan c'est loin sans voiture ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement {{ALT}} à {{Chaumont}}, quartier de la {{Rochotte}}. M. [[PERSONNE:Clovis N'Guessan]], {{36 ans}}, [[ADRESSE:5 rue Louise-Michel, apt 12, 52000 Chaumont]]. Sa mère l'a appelé [[PERSONNE:Clovis]] « comme le roi », à cause d'une photo de la {{cathédrale de Reims}}. Poster de {{Zidane}} au mur. Tout est propre. L'éducatrice [[PERSONNE:Anaïs Gillet]] relève le compteur {{Linky}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle : « je suis bien à la {{Caf}} de {{Saint-Dizier}} ? ». Non, c'est la plateforme, l'agent est à {{Reims}}. Elle veut venir en vrai. Il donne l'adresse de l'accueil, {{rue Gambetta}}, ouvert {{8h30-12h}}, mais faut prendre RDV sur {{caf.fr}} avant. « Ah non j'ai pas internet. » Classique.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, {{Romilly-sur-Seine}}. Mme [[PERSONNE:Gwendoline Petit]] présente, en pyjama, lombalgie. Elle a {{21 ans}}, montre ses ordonnances du Dr [[PERSONNE:Ahmadi]] et son attestation {{Ameli}}, NIR [[NIR:2 03 09 10 323 261 55]]. L'agent vérifie le nom sur la boîte : [[ADRESSE:31 bis rue de la Paix, 10100 Romilly-sur-Seine]]. RAS, {{10 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Reims}}, aide pour la cantine. Mme [[PERSONNE:Milica Jovanović]], {{3 enfants}} à l'{{école Maryse-Bastié}}, quartier {{Orgeval}}. L'aide sera versée sur son compte, RIB : [[IBAN:FR76 3000 4086 0108 6867 7141 408]]. L'agent ([[PERSONNE:Thomas Roux]]) l'oriente aussi vers les {{Restos du Cœur}} et le {{Secours catholique}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un père paniqué : son fils [[PERSONNE:Enzo]] a avalé une pile bouton. La secrétaire le bascule sur le {{15}}, prend juste le nom, [[PERSONNE:Enzo Masson]], et le n° : [[TELEPHONE:07 29 17 92 27]]. {{1 min 30}} en tout.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Maison Saint-Nicaise}}. Petit-déj {{8h-10h}}, environ {{40 personnes}}. Un bénévole, retraité de chez {{Michelin}}, sert le café. Panneau : « douches {{9h-11h}} ». On parle du match du {{Stade de Reims}} hier. Quelqu'un a écrit « vive {{Mbappé}} » sur le tableau blanc.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un monsieur appelle pour envoyer une attestation employeur. C'est M. [[PERSONNE:Prosper]], prénom [[PERSONNE:Laurent]] (il précise, tout le monde inverse). Il dicte son mail : « [[EMAIL:laurent point prosper arobase orange point fr]] ». Son identifiant : [[ID_FRANCE_TRAVAIL:8889809W]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Violette Fontaine]] vient parce que son {{AAH}} est suspendue. {{58 ans}}, née en [[DATE_NAISSANCE:1966]]. Pendant l'attente elle boit {{3 verres}} à la {{fontaine à eau}} 😅. Num alloc [[N_ALLOCATAIRE:6759409]]. L'agente ([[PERSONNE:Yasmine]]) voit que la {{MDPH}} n'a pas renvoyé la notif.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, une dame veut renouveler sa {{C2S}}. Vérif d'identité : nom [[PERSONNE:Benaïssa]], prénom [[PERSONNE:Fatima-Zohra]], née le « [[DATE_NAISSANCE:vingt-trois avril soixante-dix-neuf]] ». L'agent tape en même temps. Dossier trouvé, il manque l'avis d'impôt.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un monsieur très âgé à {{Bar-sur-Aube}}, maison pleine de vieux {{L'Est-Éclair}} empilés. L'évaluatrice compte : {{2 radiateurs}} sur {{5}} qui marchent. Il parle de la guerre d'{{Algérie}}. Elle propose la téléassistance {{Présence Verte}}, {{27 €}} par mois. Il dit « on verra ». Pas de nom dans mes notes, il n'a pas voulu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Marne}}. Une femme appelle de {{Vitry}}, [[PERSONNE:Madeleine Vertus]]. L'écoutante : « [[PERSONNE:Vertus]] comme la ville ? » « oui comme {{Vertus}} ». Violences conjugales, elle est chez une voisine qui lui a donné des {{madeleines}}, elle a rien mangé depuis midi. N° de la voisine : [[TELEPHONE:06 42 16 39 75]]. Mise à l'abri à {{Châlons}} ce soir, taxi payé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}}. M. [[PERSONNE:Mamadou Camara]], guinéen, passeport n° [[IDENTIFIANT:R0871425]]. Il habite chez un cousin au [[ADRESSE:9 rue Camille-Desmoulins, 08000 Charleville-Mézières]]. L'agente [[PERSONNE:Émilie]] photocopie tout. Délai annoncé : {{2 mois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les {{Ambulances Saint-Christophe}} amènent Mme [[PERSONNE:Solange Christophe]] (oui…). Pendant ce temps le vigile demande à une famille de bouger leur voiture garée sur la place ambulance, plaque [[IMMATRICULATION:FS-092-QD]]. Ils râlent, le ton monte un peu.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Givet}}, à {{2 km}} de la {{Belgique}}. M. [[PERSONNE:Bertrand Lorrain]] déclare résider en France, mais voiture belge [[IMMATRICULATION:1-KLM-457]] et factures {{Proximus}}. Le contrôleur [[PERSONNE:Hervé Ducasse]] demande le bail. Il travaille à {{Dinant}}, « c'est à côté ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique. Mme [[PERSONNE:Aline Szymańska]] crée son espace, mail [[EMAIL:aline.szymanska08@laposte.net]]. Elle s'emmêle entre {{France Travail}} et {{FranceConnect}}. La conseillère [[PERSONNE:Nathalie]] rigole : « on est tous perdus avec les noms ». {{45 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel : « je voudrais parler à l'{{abbé Pierre}} » — la dame croit que c'est le nom de l'asso d'à côté, la {{Fondation Abbé-Pierre}}. L'agent réoriente. Ensuite elle demande le colis de Noël des {{plus de 70 ans}}, inscriptions jusqu'au {{15 novembre}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Briefing de l'équipe contrôle, {{8h}}. {{6 visites}} prévues secteur {{Sézanne}} / {{Esternay}}. Le chef dit de rouler prudent, brouillard. Thermos de café. On part à {{2 voitures}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enregistrement, la secrétaire lit l'écran à voix haute : « [[PERSONNE:ÖZTÜRK Emine]], [[DATE_NAISSANCE:1983-08-19]], mutuelle {{Apivia}} n° [[IDENTIFIANT:1779045521]] ». La fille traduit en turc pour sa mère.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Gérald Sainte-Rose]], né à {{Pointe-à-Pitre}}, vient pour l'{{ASF}} de sa fille. NIR [[NIR:176119712007304]]. Il habite {{Saint-Remi}}, près de la basilique. L'agente ([[PERSONNE:Pauline]]) : « [[PERSONNE:Sainte-Rose]] comme la commune en {{Guadeloupe}} ? » « oui, mon grand-père en venait ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Abdelkader Amrani]], {{56 ans}}, licencié de la fonderie de {{Nouzonville}}. ID [[ID_FRANCE_TRAVAIL:2986471S]]. Changement d'adresse : [[ADRESSE:18 avenue Jean-Jaurès, 08000 Charleville-Mézières]]. Conseiller : [[PERSONNE:Ludovic Thomas]], qui lui parle du {{CSP}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS Le Phare}}, {{Châlons}}. Entretien d'admission : M. [[PERSONNE:Ahmad Rahimi]], afghan, {{25 ans}}, titre de séjour AGDREF [[IDENTIFIANT:5102837469]]. Attestation Ameli, NIR [[NIR:1 99 01 99 212 418 20]]. L'éducateur ([[PERSONNE:Yann Le Bihan]]) explique le règlement : pas d'alcool, retour avant {{22h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame de {{Fumay}}, elle pleure, ses {{APL}} sont coupées. Num allocataire [[N_ALLOCATAIRE:1303503]]. L'agent ([[PERSONNE:Cédric]]) voit un indu de {{1 240 €}}. Il explique le plan de remboursement, {{50 €}}/mois. Elle se calme.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} de {{Sedan}}. M. [[PERSONNE:Marcel Turenne]], « comme la statue de {{Turenne}} sur la place », il le dit avant qu'on demande. Plus de domicile depuis qu'il a quitté {{Bazeilles}}. Courrier ici, {{boîte n° 147}}. L'agente ([[PERSONNE:Delphine Pierson]]) lui donne aussi un bon pour le {{Secours populaire}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tél sonne {{14 fois}} en {{1h}}. Dont : un labo qui envoie des résultats, un journaliste de {{L'Union}} pour un accident sur l'{{A4}}, une dame qui demande si on peut venir « juste pour un certificat ». La secrétaire répond à tout avec le même ton. Impressionnant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} des {{Ardennes}}, ligne pro. Une AS du {{centre hospitalier Bélair}} demande une place pour M. [[PERSONNE:Jean-Robert Saint-Fleur]], sortant la semaine prochaine. Référence SIAO : [[IDENTIFIANT:08-2024-0573]]. L'opératrice, [[PERSONNE:Lina Warsame]], note tout sur un post-it avant de saisir.",
    ),
    (
        "caf",
        "accueil_physique",
        "Détail marrant à la {{Caf}} de {{Troyes}} : les bornes ont des prénoms collés dessus, « {{Marianne}} » et « {{Jules}} ». L'agent dit que c'est une idée de l'équipe pour que les gens disent « allez voir {{Jules}} » au lieu de « la machine du fond ». J'adore.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Remboursement de lunettes, M. [[PERSONNE:Olivier Grondin]] donne son nouveau RIB {{Crédit Agricole}} : [[IBAN:FR76 1020 6458 5827 7774 8599 043]]. Il habite {{rue Clément-Ader}}, « pas loin de l'{{Optic 2000}} ». L'agent ([[PERSONNE:Thibault]]) a un {{olivier}} en pot sur son bureau, il fait la blague, M. [[PERSONNE:Grondin]] rit poliment.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Sophie Leroy]] appelle une entreprise de {{Bogny-sur-Meuse}} pour une {{PMSMP}} de M. [[PERSONNE:Ibrahim Keita]]. Le patron, M. [[PERSONNE:Dardenne]], veut appeler le candidat directement : elle donne le [[TELEPHONE:07 62 89 79 58]], avec l'accord de M. [[PERSONNE:Keita]] (noté dans le dossier).",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite dans une ferme isolée, hameau de {{La Folie}}, commune de {{Wassy}}. Mme [[PERSONNE:Jeannine Martin]] vit seule avec ses chèvres, le bouc s'appelle {{Nestor}}. Elle demande une aide pour le fioul. L'agent [[PERSONNE:Guillaume Hoarau]] remplit le dossier sur tablette. Adresse postale : [[ADRESSE:2 hameau de La Folie, 52130 Wassy]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour des logements de la {{pension de famille Rosa-Parks}} avec la maîtresse de maison. {{14 studios}}. Un résident fait pousser des tomates sur son balcon. Réunion des résidents jeudi {{17h}} : ménage des parties communes et barbecue.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de Mme [[PERSONNE:Mercedes Ortiz]], née en [[DATE_NAISSANCE:octobre 72]], ex-conductrice de car chez {{Transdev}}. ID [[ID_FRANCE_TRAVAIL:4325083W]]. Elle rigole : son ex roulait en {{Mercedes}}, « la seule chose qu'il avait de bien » 😂",
    ),
]

# Notes 071-105.
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Ambre Lefèvre]], {{23 ans}}, maman solo, au guichet de {{Charleville}} avec son fils qui porte un sweat {{Jules}}. Elle change d'adresse mail : [[EMAIL:ambre.lefevre.08@hotmail.fr]], num alloc [[N_ALLOCATAIRE:3759791]]. Le petit rentre à l'{{école Jules-Ferry}}, elle demande si l'{{ARS}} c'est automatique. L'agent ([[PERSONNE:Régis]]) : « oui si vous êtes à jour ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel, M. [[PERSONNE:Hamid Berrada]] dicte son numéro de sécu par paquets : « [[NIR:un, cinquante-huit, zéro neuf, quatre-vingt-dix-neuf, trois cent cinquante, huit cent dix-huit, quarante-deux]] ». L'agente : « vous êtes bien né en [[DATE_NAISSANCE:septembre 58]] ? » « oui, à {{Oujda}} ». {{66 ans}}, il appelle pour sa pension d'invalidité.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tri {{IOA}}, échelle de douleur de {{0 à 10}}. Un ado répond « 11 » 😂, l'infirmière note {{7}}. Le chariot de soins s'appelle « {{Germaine}} », écrit au feutre sur le côté, personne ne sait pourquoi, il était là avant tout le monde.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Florent Rivière]], cariste, sorti de chez {{Transports Perrin}} à {{Vitry-le-François}}. Entretien demain chez {{Lefebvre Manutention}}. Le conseiller ([[PERSONNE:Marc-Antoine]]) vérifie l'ID [[ID_FRANCE_TRAVAIL:2220983G]] et met à jour le portable : [[TELEPHONE:06 20 37 87 28]]. Il habite au bord de la {{Marne}}, « à côté de la {{rivière}}, normal » 🙃",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Haute-Marne}}. M. [[PERSONNE:Dominique Joinville]] appelle de {{Joinville}} (!) : il dort dans son camion, un {{Trafic}} blanc [[IMMATRICULATION:BX-771-PE]], sur le parking de l'{{Intermarché}}. {{-4°}} annoncés cette nuit. L'écoutant ([[PERSONNE:Sofiane]]) trouve une place à {{Saint-Dizier}}, mais il n'a plus d'essence pour y aller.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle, {{Reims}}, quartier {{Europe}}. Mme [[PERSONNE:Élise Hugo]] habite [[ADRESSE:41 rue Victor-Hugo, 51100 Reims]], le contrôleur [[PERSONNE:Patrick Lhermitte]] me fait un clin d'œil. Composition du foyer : {{2 enfants}}, pas de conjoint déclaré. Dans l'entrée, un vélo d'homme. Elle : « c'est mon frère qui le laisse là ». Il note « à revoir ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Tesfaye Ghebremedhin]], érythréen, {{29 ans}}, pour la {{PUMa}}. Récépissé de demande de titre : [[IDENTIFIANT:5104120876]]. RIB {{Nickel}} pour les remboursements : [[IBAN:FR76 1659 8400 7815 9196 8629 061]]. L'agente, Mme [[PERSONNE:Duval]], épelle le nom en le tapant : « [[PERSONNE:G-H-E-B-R-E-M-E-D-H-I-N]] », elle s'y reprend à deux fois.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Dizier}}, aide d'urgence. Mme [[PERSONNE:Jeanne Darc]], « [[PERSONNE:Darc]] sans apostrophe », elle a l'habitude. Elle habite [[ADRESSE:6 rue Jeanne-d'Arc, 52100 Saint-Dizier]], et non, pas de blague, elle les a toutes entendues. Bon alimentaire de {{50 €}}. Tél : [[TELEPHONE:03 25 98 27 71]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de scooter. [[PERSONNE:Noah Kaddouri]], {{17 ans}}, arrive avec sa mère. Les gendarmes passent, notent la plaque du scooter, [[IMMATRICULATION:GH-204-ZN]], et demandent le portable de la mère : [[TELEPHONE:07 75 49 68 63]]. L'{{IOA}} les fait attendre dehors, « vous verrez après ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle {{5}} personnes pour l'info collective « métiers du {{champagne}} » avec {{Veuve Clicquot}}. {{3 répondeurs}}. Sur les deux qui décrochent, un dit « c'est pas pour moi, je suis allergique au raisin » 🍇. Le conseiller insiste : l'intervenante parlera de {{Barbe-Nicole Ponsardin}}, la veuve {{Clicquot}}, « une sacrée patronne ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Yves Rocher]] — je vérifie deux fois l'écran, oui. Il appelle pour une séparation. Num [[N_ALLOCATAIRE:3245561]]. Nouveau RIB à son seul nom : [[IBAN:FR76 1820 6340 6308 6611 9197 529]]. L'agente [[PERSONNE:Samia]] garde son sérieux. Après : « on a eu une Mme [[PERSONNE:Darty]] la semaine dernière », et elle me dit qu'il y a un {{Yves Rocher}} en face de chez elle.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à {{Vouziers}}, M. [[PERSONNE:Fabien Noirot]], en arrêt depuis {{4 mois}}. Il montre son dossier {{MDPH}} en cours, n° [[IDENTIFIANT:MDPH08-23-11457]]. L'agente note la présence. Son chien, un {{saint-bernard}} qui s'appelle {{Hubert}}, nous suit partout en bavant.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour sa mère, Mme [[PERSONNE:Paulette Kerjean]], {{84 ans}}, portage de repas. Lui habite à {{Lille}}, veut le dossier par mail : [[EMAIL:yvon.kerjean59@free.fr]]. C'est [[PERSONNE:Yvon]], le fils. L'agent veut l'accord de la dame d'abord, il la rappellera.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'accueil au {{CHRS Jean-Rodhain}} de {{Troyes}}. Mme [[PERSONNE:Naïma Bouzid]] et sa fille [[PERSONNE:Lina]], {{6 ans}}, née le [[DATE_NAISSANCE:12/02/2018]]. La mère n'a plus que la photocopie de sa CNI : [[IDENTIFIANT:090651001437]]. L'éducatrice ([[PERSONNE:Estelle]]) les installe {{chambre 3}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{12h}}, l'accueil ferme, {{3 personnes}} encore dans la salle. L'agent prend quand même la dernière dame, « sinon elle revient demain et c'est pire ». Les deux autres ont RDV {{jeudi}}. J'ai compté : {{47 passages}} ce matin.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de ville appelle pour adresser M. [[PERSONNE:Albert Sedan]] (!!), {{71 ans}}, né le [[DATE_NAISSANCE:3 mars 1953]], suspicion d'AVC. La secrétaire prévient l'IOA. Ensuite elle me dit : « on a aussi une famille [[PERSONNE:Rethel]] dans le fichier, les {{Ardennes}} c'est drôle ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Nathalie Gueye]], née au {{Sénégal}}, {{52 ans}}, vient parce que ses {{IJ}} ne sont pas versées. NIR [[NIR:2 72 10 99 341 935 57]]. Aide-soignante à la {{clinique Saint-André}}, il manque l'attestation de salaire de l'employeur. L'agent lui imprime le courrier type.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ouverture de droits {{ARE}}. M. [[PERSONNE:Aurélien Collard]], ex-caviste à {{Épernay}}, {{avenue de Champagne}}. RIB pour l'allocation ({{Caisse d'Épargne}}) : [[IBAN:FR76 1751 5476 1980 3304 2807 272]]. ID [[ID_FRANCE_TRAVAIL:5213256M]]. La conseillère, Mme [[PERSONNE:Wiśniewska]], vérifie tout deux fois.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite dans un immeuble de la {{résidence Pablo-Picasso}} à {{Romilly}}. {{4e étage}} sans ascenseur (en panne depuis {{3 semaines}}). La dame qu'on visite ne sort plus. Dans l'escalier, tags « {{PNL}} » et un cœur. L'agente va appeler le bailleur {{Mon Logis}} direct.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} depuis le tél de la maraude : un homme sous le pont de la {{Vesle}}, quartier {{Saint-Remi}}, il se fait appeler « [[PERSONNE:Papy Jo]] ». Il refuse d'aller au foyer à cause de sa chienne {{Tequila}}. La maraudeuse redonne son numéro pro à l'écoutant : [[TELEPHONE:06 93 96 40 41]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Revin}}. M. [[PERSONNE:Mustafa Demir]] déclare ne pas avoir de véhicule, mais la carte grise au nom de sa femme, [[PERSONNE:Zeynep Demir]], traîne sur la table : [[IMMATRICULATION:DV 418 XM]]. Le contrôleur ([[PERSONNE:Hervé Ducasse]], encore lui) : « ça ne change rien pour le {{RSA}}, monsieur ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un employeur de {{Langres}}, la boulangerie {{Maison Girardot}}, appelle pour l'attestation de salaire de sa vendeuse, [[PERSONNE:Chloé Vuillemin]]. L'agent explique {{net-entreprises}}. Le patron, M. [[PERSONNE:Girardot]], laisse son mail pour la suite : [[EMAIL:m.girardot.boulangerie@orange.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Lacroix]], dit « [[PERSONNE:Titi]] », connu du service. Adresse déclarée : domiciliation au {{CCAS de Reims}}. Plaie au pied, il porte des {{Crocs}} en plein mois de janvier. L'{{IOA}} lui trouve des chaussettes dans l'armoire de la {{Croix-Rouge}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en intermédiation locative ({{Solibail}}). Mme [[PERSONNE:Nancy Florence]], [[ADRESSE:12 place Aristide-Briand, 10000 Troyes]]. Elle rigole : « deux villes dans mon nom et j'habite à {{Troyes}} ». L'intervenant ([[PERSONNE:Mehdi]]) vérifie le détecteur de fumée et la VMC.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un jeune épelle son identifiant : « [[ID_FRANCE_TRAVAIL:quatre sept neuf zéro un sept six, S comme Sophie]] ». Il veut savoir pourquoi il est radié. Motif : absence au RDV du {{12}}. Il dit qu'il était hospitalisé à {{Maison-Blanche}}. Le conseiller lui dit d'envoyer le bulletin d'hospitalisation.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Perle Hakobyan]], arménienne, vient avec sa mère qui porte un collier de {{perles}}. Num allocataire [[N_ALLOCATAIRE:5956526]]. Elle ajoute son fils né le [[DATE_NAISSANCE:30/11/2023]], prénom [[PERSONNE:Aram]]. La mère parle pas français, [[PERSONNE:Perle]] traduit tout.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Constant Lebrun]], « [[PERSONNE:Constant]] comme mon humeur », vient pour un impayé de loyer chez {{Plurial Novilia}}. Réf locataire [[IDENTIFIANT:PN-51-0087342]]. Son neveu a {{Lebrun Plomberie}} à {{Tinqueux}}, « il pourrait m'aider mais bon ». L'agent ([[PERSONNE:Anthony]]) monte un dossier {{FSL}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Troyes}}. Mme [[PERSONNE:Marie-Claude Champenois]], {{57 ans}}, chute dans l'escalier de la {{médiathèque Jacques-Chirac}}. L'{{IOA}} lit la {{carte Vitale}} : [[NIR:2 67 05 10 387 764 58]], née le [[DATE_NAISSANCE:11 mai 1967]] à {{Troyes}}. Poignet tout bleu.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture entre deux visites, l'agente me montre l'appli de tournée : {{7 adresses}} aujourd'hui autour de {{Fismes}}. {{180 km}} hier. Le plus dur, dit-elle, c'est les chiens et les portails fermés. Pause sandwich devant la {{boulangerie Saint-Honoré}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}}, {{32 couverts}}. Un résident joue du {{Brassens}} à la guitare dans la cour, les éducs disent que c'est tous les jours le même morceau (« {{Les Copains d'abord}} »). Personne ne se plaint.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Laure Picard]] veut devenir chauffeuse VTC. La conseillère ([[PERSONNE:Agnès Lambert]]) vérifie la voiture : {{Toyota}} [[IMMATRICULATION:fn-633-ak]], écrite en minuscules sur le formulaire. Mail pour {{Uber}} : [[EMAIL:laure.picard@sfr.fr]]. « [[PERSONNE:Picard]] comme les surgelés ? » « j'ai même bossé chez {{Picard}} ! »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause de l'agente, {{10 min}}. Elle me montre le tableau de bord : {{237 appels}} en attente sur le {{Grand Est}}, temps moyen {{14 min}}. Elle soupire, reprend le casque.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Paul Nowak]], {{64 ans}}, suivi à l'{{Institut Jean-Godinot}}. Demande de remboursement de transport, carte mutuelle {{MNT}}, adhérent [[IDENTIFIANT:0458812-01]]. L'agente : « votre médecin c'est bien le Dr [[PERSONNE:Godinot]] ? » « non, {{Godinot}} c'est l'institut ». Fou rire des deux côtés.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Gilbert Mauduit]], {{79 ans}}, s'inscrit au repas des aînés à la {{salle Léo-Lagrange}}. Il demande si c'est encore le maire, {{Robinet}}, qui fait le discours. Tél : [[TELEPHONE:03 26 88 99 18]]. L'agente note « régime sans sel ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum emploi à {{Saint-André-les-Vergers}}, gymnase {{Pierre-de-Coubertin}}. Stands {{Petit Bateau}}, {{Lacoste}}, {{Armée de terre}}, {{Ligue de l'enseignement}}. La conseillère dit que {{Lacoste}} recrute {{15 couturières}}. La queue au stand {{Petit Bateau}} fait le tour du gymnase.",
    ),
]

# Notes 106-139.
NOTES_4 = [
    (
        "caf",
        "accueil_telephonique",
        "Une dame de {{Vitry-le-François}} n'a pas son numéro alloc, l'agent lui demande son numéro de sécu : « [[NIR:2 86 06 51 649 672 65]] ». Trouvé : Mme [[PERSONNE:Aurélie Gonçalves]], née le [[DATE_NAISSANCE:21 juin 1986]]. Déclaration trimestrielle de {{prime d'activité}} pas faite, l'agent la remplit avec elle au tél.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Patrice Leclerc]], {{49 ans}}, ancien chef de rayon… au {{Leclerc}} de {{Châlons}}, justement. « Non, aucun lien, on me l'a faite {{mille fois}} ». ID [[ID_FRANCE_TRAVAIL:3500602C]]. Il vise un poste chez {{Norauto}}. Le conseiller, M. [[PERSONNE:Gomes]], lui imprime {{3 offres}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Vitrine de l'accueil {{CPAM}} de {{Châlons}} : affiche {{Octobre rose}} avec un ruban {{rose}}, et une autre pour {{Mois sans tabac}}. Une dame demande ce que c'est « ce Octobre ». L'agent explique le dépistage. Elle repart avec un dépliant, {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lorraine Metz]] appelle pour son mari, M. [[PERSONNE:Bernard Metz]], arrivé hier soir. La secrétaire ne dit rien au tél mais prend le numéro pour que le médecin rappelle : [[TELEPHONE:07 96 76 24 44]]. Après elle me fait : « {{Metz}}, la {{Lorraine}}, c'est même pas chez nous ça » 😂",
    ),
    (
        "chrs",
        "accueil_physique",
        "Arrivée au {{CHRS}} d'une famille kosovare, les [[PERSONNE:Berisha]]. M. [[PERSONNE:Driton Berisha]], passeport [[IDENTIFIANT:P01948375]], né le [[DATE_NAISSANCE:04.09.1987]]. Ils viennent de l'{{HUDA}} de {{Rethel}}. L'éducateur [[PERSONNE:Bastien]] explique le fonctionnement en anglais, la fille aînée traduit en albanais.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle au camping de {{Bourbonne-les-Bains}}. M. [[PERSONNE:Roger Vallet]] y vit à l'année en mobil-home : [[ADRESSE:camping du Montmorency, emplacement 41]]. Il touche l'{{AAH}}. Le contrôleur ([[PERSONNE:Olivier Beaulieu]]) vérifie qu'il n'a pas de résidence ailleurs. Au mur du mobil-home, un calendrier {{Pirelli}}… de {{1998}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Kevin Tran]] n'arrive pas à se connecter à {{Ameli}}. L'agent vérifie l'adresse mail du compte : « [[EMAIL:k.tran(at)yahoo.fr]] », saisie avec (at) au lieu de l'arobase 🤦. Corrigé. {{7 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Yolande Gaillard]], {{67 ans}}, veuve depuis {{10 jours}}, demande une aide pour les obsèques. Elle est venue à pied depuis le {{boulevard Lundy}}. Num Caf [[N_ALLOCATAIRE:7260278]] pour l'{{APL}}. L'aide sera versée sur son compte : [[IBAN:FR76 1027 8060 3508 2277 4881 037]]. Devis des pompes funèbres {{Roblot}}. L'agente [[PERSONNE:Martine]] lui tient la main un moment.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH}} de {{Chaumont}}. Un monsieur entre en courant : « ma femme accouche dans la voiture ! ». La sage-femme descend. La {{Peugeot}} [[IMMATRICULATION:EZ-526-HL]] reste portes ouvertes devant l'entrée. Bébé né sur le parking à {{11h52}}. Le papa, [[PERSONNE:Anthony Pernot]], tremble. Tout le monde applaudit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Célestine Bamba]] n'a pas reçu sa convocation. Le conseiller vérifie : mail [[EMAIL:celestine.bamba@gmail.com]], ID [[ID_FRANCE_TRAVAIL:2654990A]]. La convoc est partie dans les spams. RDV maintenu {{mardi 9h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Logement {{CHRS}} éclaté à {{Charleville}}, quartier {{Manchester}}. M. [[PERSONNE:Adrian Popescu]], roumain, bosse au {{Lidl}} de {{Villers-Semeuse}}. Sa {{Dacia}} est encore immatriculée en Roumanie, [[IMMATRICULATION:B 482 KTR]], problème d'assurance. L'éducatrice ([[PERSONNE:Camille]]) lui donne le contact de l'{{ADIL}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Quelqu'un appelle pour savoir si la fête de la {{Saint-Nicolas}} du {{CCAS}} aura lieu à la {{salle des fêtes Jean-Moulin}}. L'agent : « oui, {{6 décembre}}, {{14h}}, avec le {{Père Noël}} » — « et {{saint Nicolas}} ? » — « les deux ! ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur parle fort au {{guichet 2}}, il veut voir « le directeur ». L'agent reste calme, ne lâche rien, propose un RDV avec un conseiller. Le monsieur finit par s'asseoir. {{15 min}} de tension. Après l'agent me dit : « c'est la {{3e fois}} cette semaine, lui ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile, {{Sedan}}. M. [[PERSONNE:Didier Mangin]], {{51 ans}}, en arrêt longue durée, [[ADRESSE:3 rue Gambetta, 08200 Sedan]]. L'agente vérifie l'identité sur l'attestation : NIR [[NIR:1 73 06 08 409 121 61]], né ici, « jamais bougé ». Carte postale du {{château fort}} au mur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Création d'entreprise. M. [[PERSONNE:Jordan Blaise]] lance sa micro-entreprise de paysagiste, « {{Les Jardins de Jordan}} ». SIRET perso : [[IDENTIFIANT:912 483 576 00018]], mail pro [[EMAIL:contact@jardins-jordan-blaise.fr]]. La conseillère [[PERSONNE:Corinne Mouton]] lui parle de l'{{ARCE}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur laisse son numéro en disant les chiffres : « [[TELEPHONE:zéro six, quarante-six, soixante-dix-huit, quarante et un, soixante-deux]] ». Num alloc [[N_ALLOCATAIRE:9047849]]. L'agent (M. [[PERSONNE:Lefort]]) programme un rappel par un technicien conseil {{jeudi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une étudiante, [[PERSONNE:Inès Belhadj]], malaise en TD à la fac, campus {{Croix-Rouge}}. L'{{IOA}} lit : née le [[DATE_NAISSANCE:28/02/2004]], IPP [[IDENTIFIANT:P02218457]]. Sa copine attend dans le hall avec un sac {{Kiabi}} et deux cafés.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le 115 ferme les inscriptions à {{18h}} pour la nuit. À {{17h55}}, {{9 appels}} en attente. L'écoutante dit que c'est tous les soirs pareil. Ce soir : {{6 places}} à {{Reims}}, {{2}} à {{Épernay}}, {{0}} à {{Châlons}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au {{Vert-Bois}}, {{Saint-Dizier}}, chez Mme [[PERSONNE:Fatoumata Diarra]] pour une aide chauffage. Facture {{Engie}}, réf client [[IDENTIFIANT:F-8801247563]]. Bailleur {{Hamaris}}. {{4 enfants}}, dont [[PERSONNE:Victoire]], {{3 ans}}, qui me montre ses dessins de la {{tour Eiffel}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Pierre Schweitzer]] dépose une feuille de soins. Il habite {{avenue du Docteur-Schweitzer}}, « aucun rapport, je suis pas docteur ». Nouveau RIB : [[IBAN:FR76 3000 3496 2727 1143 1428 932]]. L'agente, Mme [[PERSONNE:Moreau]], scanne tout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant pour un job aux vendanges à {{Aÿ}}. Le jeune, [[PERSONNE:Rayan Boukhari]], décroche : « allô {{maman}} ? » 😂. Son numéro dans le dossier est au format international : [[TELEPHONE:+33 7 50 13 74 74]]. Il accepte, début le {{15 septembre}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez un couple de retraités, lieu-dit {{Le Moulin-Robert}}, près de {{Brienne-le-Château}}. M. [[PERSONNE:Robert Moulin]] (oui, vraiment) et sa femme louent une dépendance à leur petit-fils pour l'{{APL}}. Dans la grange, une vieille {{R5}} immatriculée [[IMMATRICULATION:782 BQ 10]]. Le contrôleur ([[PERSONNE:Jean-Marc Pétré]]) mesure la pièce : {{16 m²}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écoute d'appels : {{8 appels}} en {{1h}}, dont {{3}} sur les arrêts de travail, {{2}} sur la {{C2S}}, {{1}} sur le {{100 % santé}} (lunettes), {{2}} perdus. L'agente dit qu'avant {{2020}} il y avait deux fois plus de monde à l'accueil physique.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : Mme [[PERSONNE:Sabine Ménehould]], « comme {{Sainte-Menehould}} mais avec un accent ». Attestation de domiciliation n° [[IDENTIFIANT:DOM-2024-0319]]. Elle dort chez des amis à {{Cormontreuil}}. L'agente ([[PERSONNE:Nadège]]) lui rappelle de passer chercher son courrier tous les {{15 jours}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine à l'{{Espace Pasteur}}. Recette : {{madeleines de Commercy}} (« c'est pas loin, c'est la {{Meuse}} »). {{8 participants}}. Un monsieur raconte qu'il a été pâtissier chez {{Fossier}}, « les {{biscuits roses}}, c'était moi ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la gendarmerie de {{Sézanne}} : ils amènent un homme en garde à vue pour un certificat. Nom donné : [[PERSONNE:Kevin Mathieu]], {{34 ans}}. La secrétaire demande le numéro de procédure pour la facturation, note PV n° [[IDENTIFIANT:00457/2024]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de Mme [[PERSONNE:Laetitia Sanna]], née à {{Ajaccio}}, arrivée à {{Reims}} en {{2015}} pour suivre son mari militaire (camp de {{Mourmelon}}). NIR [[NIR:283082A00440168]], mail [[EMAIL:laeti.sanna2a@outlook.fr]]. Elle veut travailler dans la petite enfance, CAP {{AEPE}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Gisèle Rousseau]] appelle de {{Rocroi}} pour le {{chèque énergie}}. Elle cherche son num Caf dans ses papiers, lit : [[N_ALLOCATAIRE:2824087]]. L'agent ([[PERSONNE:Julien Boyer]]) explique que c'est l'État qui l'envoie, pas le {{CCAS}}. Elle : « c'est {{Macron}} alors ? ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{11h20}}, changement de RIB par téléphone : l'agent refuse, il faut passer par l'espace en ligne ou l'accueil. Mme [[PERSONNE:Ilunga]] insiste et lit quand même son RIB : « [[IBAN:20041 58879 8747917G083 58]] ». L'agent ne note rien et répète la procédure, gentiment.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite annulée : le patient est hospitalisé depuis hier. L'agente appelle l'hôpital pour vérifier, raye la ligne. Café au {{PMU}} de {{Mourmelon}}. Elle me raconte ses {{22 ans}} de maison.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une AS du {{CHU}} appelle le {{SIAO}} pour M. [[PERSONNE:Yacine Mansouri]], né en [[DATE_NAISSANCE:1976]], sortie d'hospitalisation {{vendredi}}. N° de demande : [[IDENTIFIANT:051-DEM-2024-3378]]. L'opératrice : « pas avant {{3 semaines}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Frontalière : Mme [[PERSONNE:Mélanie Dury]], de {{Givet}}, travaille à {{Namur}}. Compte en Belgique : [[IBAN:BE78 8875 8897 3586]]. L'agent vérifie que la {{Caf}} peut verser sur un IBAN belge (oui, zone {{SEPA}}). {{2 enfants}} à l'{{école Sainte-Thérèse}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du matin}} (je suis restée tard). Salle presque vide. Un monsieur dort sur {{3 chaises}}. Le vigile fait sa ronde. L'IOA mange une {{pomme}} debout. Écran : « {{6 patients}} en attente ». Calme plat.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Zinedine Haddou]], « oui comme {{Zidane}}, ma mère était fan », appelle pour son actualisation. ID [[ID_FRANCE_TRAVAIL:1450390A]]. Nouveau numéro : [[TELEPHONE:07.35.88.52.79]]. Le conseiller ([[PERSONNE:Stéphane]]) met à jour.",
    ),
]

# Notes 140-173.
NOTES_5 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Mourmelon-le-Grand}}. Mme [[PERSONNE:Fleur Didier]] : deux prénoms, le contrôleur se trompe et l'appelle « Mme [[PERSONNE:Fleur]] », elle corrige en riant. Bouquet de {{fleurs}} sur la table. Elle déclare vivre seule avec {{3 enfants}}. Num alloc [[N_ALLOCATAIRE:7013945]]. Sur le parking, la voiture du père des enfants, [[IMMATRICULATION:GA-119-RS]], que les voisins voient « souvent ». Le contrôleur, [[PERSONNE:Sylvain Royer]] : « les voisins c'est pas une preuve ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme âgé arrive seul en taxi, M. [[PERSONNE:Marius Lavigne]], {{83 ans}}. Adresse pour le dossier : [[ADRESSE:27 rue Saint-Thierry, 51100 Reims]]. Il raconte qu'il a une {{vigne}} à {{Saint-Thierry}}, « au-dessus du monastère ». L'{{IOA}} : « on appelle votre fille ? » « elle est à {{Lyon}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Michel Hennequin]], {{55 ans}}, de {{Rethel}}, question sur sa pension d'invalidité. NIR lu sur la carte : [[NIR:169020836235313]]. L'agente l'oriente vers la {{Carsat}} pour la retraite, « ici on ne fait que l'invalidité ». Il repart avec {{2 formulaires}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Danièle Kovacs]] a oublié son mot de passe. Le conseiller renvoie le lien sur [[EMAIL:dany.kovacs@wanadoo.fr]]. ID [[ID_FRANCE_TRAVAIL:7961542W]]. Elle demande si « {{Pôle emploi}} et {{France Travail}} c'est pareil ». Oui madame.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au mur de l'accueil du {{CHRS}}, une grande photo de l'{{abbé Pierre}} et une citation de {{Victor Hugo}}. Un résident dit que c'est son « saint patron ». Un autre a collé à côté une photo de {{Jul}} 😅. Les éducs laissent faire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Suzanne Ba]] s'inscrit à l'épicerie solidaire « {{Chez Suzanne}} », nommée d'après une bénévole historique. Elle habite {{rue Pierre-Taittinger}}. Mail pour les infos : [[EMAIL:suzanne.ba@laposte.net]]. L'agente [[PERSONNE:Hélène]] lui fait visiter les rayons.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle pendant ses courses, on entend « caisse {{12}} » et la musique du {{Carrefour Market}}. Mme [[PERSONNE:Pham]], num [[N_ALLOCATAIRE:9474345]]. Elle veut juste la date de versement : le {{5}}. {{1 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{CHU}} de {{Reims}} appelle pour organiser le transfert d'un patient en réa. La secrétaire gère les brancardiers. Entre deux, un appel pour savoir si le parking est payant : « oui, {{1,80 €}} de l'heure après {{30 min}} gratuites ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur la route entre deux contrôles, le contrôleur m'explique les « signalements » : lettres anonymes, souvent des voisins, « {{1 sur 3}} c'est une vengeance ». Il en a reçu une écrite au dos d'un ticket {{Auchan}}. Il rit jaune.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Grégory Weber]] appelle pour un remboursement jamais reçu. L'agent voit le problème : compte clôturé. Nouveau RIB à envoyer par la messagerie {{Ameli}}. Il laisse un fixe pour le rappel : [[TELEPHONE:03 26 54 71 63]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation chez M. et Mme [[PERSONNE:Pommery]] — « pas ceux du champagne, hein » — [[ADRESSE:8 rue des Coquelicots, 51350 Cormontreuil]]. Téléassistance {{Présence Verte}}, n° contrat [[IDENTIFIANT:PV-0284471]]. L'agent [[PERSONNE:Guillaume Hoarau]] installe le boîtier. Sur le buffet, une bouteille de {{Pommery}} vide, « cadeau d'un neveu ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Logement temporaire à {{Épernay}}, quartier {{Bernon}}. M. [[PERSONNE:Clément Chandon]] est en CDD à la coopérative {{Nicolas Feuillatte}}. « [[PERSONNE:Chandon]], comme {{Moët & Chandon}} ? » lui lance l'éducateur ([[PERSONNE:Loïc]]). Sa moto, [[IMMATRICULATION:EF-832-YB]], est garée dans le hall, interdit par le règlement. Négociation.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Bintou Coulibaly]], née le [[DATE_NAISSANCE:17/03/1990]], entre en formation d'aide-soignante à l'{{IFAS}} de {{Charleville}}. RIB pour la rémunération de formation : [[IBAN:FR76 1627 5708 8867 2032 8764 694]]. Conseiller [[PERSONNE:Nicolas Grandjean]], très content pour elle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une femme dit s'appeler [[PERSONNE:Josiane Bourgogne]], l'écoutant comprend « de [[PERSONNE:Bourgogne]] » et demande si elle appelle de {{Dijon}}. Non, de {{Reims}}, {{place Drouet-d'Erlon}}. Mise à l'abri ce soir. Rappel prévu au [[TELEPHONE:07 17 22 56 32]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{Ameli}} en libre-service : une dame n'arrive pas à imprimer son attestation. Le jeune en service civique l'aide, {{3 min}}. Au-dessus de la borne, un poster sur la vaccination avec le portrait de {{Pasteur}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Amené par les {{pompiers}} de {{Langres}}, M. [[PERSONNE:Joseph Bonaventure]], {{62 ans}}, né à {{Chaumont}}. NIR [[NIR:1 62 10 52 121 518 56]], bracelet IPP [[IDENTIFIANT:P00934512]]. Il fait de l'humour : « [[PERSONNE:Bonaventure]], c'est pas gagné aujourd'hui ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Déménagement : Mme [[PERSONNE:Clémence Ravaux]] quitte le quartier {{Wilson}} pour [[ADRESSE:5 impasse Paul-Verlaine, 51430 Tinqueux]]. Nouvelle demande d'{{APL}}. Nouvelle banque aussi ({{Boursorama}}) : [[IBAN:FR76 4061 8541 3792 3961 6971 490]]. L'agente ([[PERSONNE:Yasmine]]) vérifie tout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller [[PERSONNE:Thomas Barbier]] rappelle M. [[PERSONNE:Ali Haidari]] pour un entretien chez {{Saint-Gobain}} à {{Châlons}}. ID [[ID_FRANCE_TRAVAIL:9861473G]]. Il demande s'il doit venir en bleu de travail 😄.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard, {{9h-9h30}} : {{11 appels}}. Aide alimentaire ({{4}}), domiciliation ({{3}}), logement ({{2}}), un monsieur qui veut « parler au maire » et une erreur, quelqu'un qui cherchait {{La Poste}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien budget au {{CHRS}} avec M. [[PERSONNE:Karim Ouali]] : {{RSA}} {{607 €}}, dette {{SFR}} de {{340 €}}. Num Caf [[N_ALLOCATAIRE:9039014]], numéro client SFR [[IDENTIFIANT:0187453221]]. La CESF, [[PERSONNE:Audrey Lecomte]], fait un échéancier avec lui.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Sainte-Savine}}, [[ADRESSE:19 rue Jean-Moulin, 10300 Sainte-Savine]]. Mme [[PERSONNE:Angélique Mercier]] se dit séparée. Un homme ouvre la porte en caleçon, « un ami ». Sa voiture : [[IMMATRICULATION:CL-905-WA]]. Le contrôleur ([[PERSONNE:Hervé Ducasse]]) note le nom de l'ami : [[PERSONNE:Franck Dubois]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Retour au bureau, l'agente saisit ses {{5 visites}} : {{3}} présents, {{1}} absent avec justificatif (kiné), {{1}} absent sans. Le dernier recevra un courrier de suspension des {{IJ}}. Elle dit que ça lui fait toujours un peu mal au cœur.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle : sa fille [[PERSONNE:Maëlys]], née le [[DATE_NAISSANCE:9 novembre 2019]], a {{39,8}} de fièvre depuis {{3 jours}}. La secrétaire conseille d'appeler le {{15}} ou {{SOS Médecins}} plutôt que venir attendre {{5h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Charleville}}. M. [[PERSONNE:Arthur Rimbert]], l'agent rigole : « presque ! », le {{musée Arthur-Rimbaud}} est à {{200 m}}. Il veut devenir guide touristique. ID [[ID_FRANCE_TRAVAIL:7138079G]]. Le conseiller lui parle de la saison au {{Festival mondial des théâtres de marionnettes}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Olga Petrova]], ukrainienne, protection temporaire, APS n° [[IDENTIFIANT:5103374859]]. Mail pour {{Ameli}} : [[EMAIL:olga.petrova.ua@gmail.com]]. L'agente passe par {{Google Traduction}}, ça marche à peu près.",
    ),
    (
        "caf",
        "accueil_physique",
        "Coin enfants de la {{Caf}} d'{{Épernay}} : {{Tchoupi}}, {{Petit Ours Brun}}, « {{Martine}} à la plage ». Un petit garçon lit Martine à voix haute à sa sœur, très fier. Sa mère est au guichet depuis {{20 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Sébastien Girault]], {{43 ans}}, saisonnier, demande une aide pour réparer sa voiture, indispensable pour les vendanges à {{Bouzy}}. Devis du garage {{Chez Bernard}} : {{680 €}}. Aide versée sur son compte [[IBAN:FR76 1350 7949 8826 0701 6499 731]]. Tél [[TELEPHONE:06 53 50 87 32]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au {{115}}, {{2h}}. Un monsieur appelle juste pour parler. L'écoutant reste {{20 min}} avec lui. Il parle de sa mère, de {{Verdun}}, de la pluie. Il raccroche en disant « merci mon frère ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une jeune maman à {{Charleville}}, Mme [[PERSONNE:Lucie Tavares]], {{20 ans}}, bébé [[PERSONNE:Nathan]] né le [[DATE_NAISSANCE:2 août]]. Demande d'aide pour le lait. Num Caf [[N_ALLOCATAIRE:5655112]]. Le berceau a été prêté par la {{Croix-Rouge}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Relève de {{19h}}. Les IDE se passent les patients à voix basse, « le {{box 3}} c'est la douleur thoracique, le {{7}} la dame de l'{{EHPAD}} ». Je n'entends aucun nom. Le médecin de nuit arrive avec un sac {{McDo}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La maison {{Champagne Lanson}} appelle pour une offre de caviste. Le conseiller propose un candidat, avec son accord : M. [[PERSONNE:Antoine Lanson]], « aucun lien avec la maison, promis ». Tél [[TELEPHONE:07 56 78 71 76]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Huguette Perrot]], {{70 ans}}, lit son numéro de sécu en hésitant : [[NIR:2 54 03 52 269 633 96]]. L'agent : « vous êtes née à {{Langres}} ? » « toute ma vie ». Elle veut une nouvelle {{carte Vitale}} avec photo.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au {{foyer Adoma}} de {{Reims}}, {{chambre 208}} : un monsieur âgé, chibani, nous offre du thé. Il montre une photo de lui jeune devant l'usine {{Chausson}}. Il ne veut pas qu'on note son nom, on ne le note pas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Colette Barthélemy]] doit prouver qu'elle a un véhicule pour un poste d'aide à domicile à l'{{ADMR}}. Carte grise : [[IMMATRICULATION:AB-330-TF]], avec une adresse pas à jour : [[ADRESSE:4 chemin de la Croix-Saint-Pierre, 52000 Chaumont]]. La conseillère ([[PERSONNE:Audrey]]) lui dit de faire la modif sur le site de l'{{ANTS}}.",
    ),
]

# Notes 174-207.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Aimé Rousselot]], {{72 ans}}, vient pour sa petite-fille qu'il héberge, [[PERSONNE:Jade]], née le [[DATE_NAISSANCE:5 mars 2012]]. Il habite {{Clairmarais}}, derrière la {{gare}}. L'agent ([[PERSONNE:Bruno]]) lui explique l'{{ASF}} et le statut de tiers digne de confiance. Il sort une photo de sa fille, décédée l'an dernier. Silence.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Hafsa Benchekroun]], num alloc [[N_ALLOCATAIRE:2474781]], ne reçoit plus les mails de la {{Caf}}. Adresse enregistrée : [[EMAIL:hafsa.benchekroun@outlook.fr]], mais elle utilise maintenant [[EMAIL:hafsa.b51@gmail.com]]. Mise à jour, {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Nicolas Feuillet]], {{40 ans}}, remboursement dentaire. « [[PERSONNE:Feuillet]], pas {{Feuillatte}} » dit-il à l'agente qui hésite en tapant. NIR [[NIR:1 84 03 51 454 208 77]], né à {{Reims}}. Nouveau RIB : [[IBAN:FR76 1131 5511 9879 8235 1594 267]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un motard, [[PERSONNE:Kylian Morel]], {{22 ans}}, accident sur la {{RN44}} près de {{Vitry}}. Les gendarmes ont relevé la plaque de la moto : [[IMMATRICULATION:FR-447-GD]]. Sa mère arrive, laisse son tél à l'accueil : [[TELEPHONE:07 85 93 83 38]]. L'infirmier pour détendre : « [[PERSONNE:Kylian]], comme {{Mbappé}} ? ». Le gamin sourit à peine.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Ousmane Diop]] part de {{Reims}} pour un CDI chez {{Devanlay}} à {{Troyes}}. Nouvelle adresse : [[ADRESSE:22 bd Georges-Pompidou, 10000 Troyes]]. ID [[ID_FRANCE_TRAVAIL:7704444F]]. Transfert du dossier vers l'agence du {{Point du Jour}}. Conseillère : [[PERSONNE:Agathe Renard]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence du {{CCAS}} au {{centre social Simone-Veil}}, {{Châlons}}. {{4 personnes}} en {{2h}}. L'agente dit que c'est calme parce que c'est jour de marché. Une dame vient juste pour imprimer une attestation {{CAF}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un fils appelle pour sa mère hospitalisée, Mme [[PERSONNE:Ginette Rolland]], née le [[DATE_NAISSANCE:12/12/1937]]. Il veut faire sa {{C2S}}. L'agent refuse sans procuration mais donne la liste des pièces. Le fils : « vous êtes pire que la {{préfecture}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'{{ADIL}} pour une famille menacée d'expulsion, dossier au tribunal RG [[IDENTIFIANT:24/01187]]. Famille [[PERSONNE:Ben Salah]], quartier {{Croix-Rouge}}. Portable du père : [[TELEPHONE:07 59 71 35 80]]. L'agent cale un RDV {{lundi}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au {{CHRS}}, l'éducatrice aide M. [[PERSONNE:Samuel Mukendi]] à s'inscrire à {{France Travail}} sur l'ordi de la salle commune. L'ID arrive par mail : [[ID_FRANCE_TRAVAIL:6228718S]]. Le formulaire demande aussi son n° de titre de séjour : [[IDENTIFIANT:5101948273]]. Ça prend {{1h10}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Nogent-sur-Seine}}, Mme [[PERSONNE:Camille Claudin]], [[ADRESSE:11 rue Paul-Dubois, 10400 Nogent-sur-Seine]], à deux pas du {{musée Camille-Claudel}}. Vérification de la scolarité de son fils, né le [[DATE_NAISSANCE:14/10/2008]], pour l'{{ARS}}. Certificat de scolarité du {{lycée Camille-Claudel}} de {{Troyes}}, {{40 min}} de car chaque matin. Contrôleuse : [[PERSONNE:Myriam Haddad]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Saint-Dizier}} saturé le lundi matin. La secrétaire : « {{40 %}} des appels c'est pour savoir combien de temps on attend ». Réponse standard : « on ne peut pas savoir ». Post-it « RESPIRE » collé sur son écran.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Amandine Roy]] appelle M. [[PERSONNE:Ivan Dimitrov]] pour l'atelier {{LinkedIn}}. Il donne son pseudo : [[IDENTIFIANT:@ivan.dimitrov.bg]], et son mail [[EMAIL:i.dimitrov@protonmail.com]]. ID [[ID_FRANCE_TRAVAIL:8084299F]]. Atelier {{jeudi 14h}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à {{Épernay}}, {{avenue de Champagne}}, pas chez un vigneron : un petit studio au-dessus d'un caviste. La personne est là, tout va bien, {{5 min}}. En sortant l'agente regarde la vitrine : « un jour je m'achète un {{Dom Pérignon}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un couple dort dans sa voiture sur l'aire de {{Reims-Champagne}} de l'{{A4}}. {{Scénic}} gris, [[IMMATRICULATION:DH-627-KP]]. M. [[PERSONNE:Steeve Marchand]] donne son portable : [[TELEPHONE:06 36 35 45 29]]. Pas de place ce soir, rappel demain {{9h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Rosalie Ngo]], {{résidence Marie-Curie}}, {{Reims}}, change de banque : [[IBAN:FR76 1254 8607 9530 9682 5301 259]]. Num alloc [[N_ALLOCATAIRE:4233594]]. Agente : [[PERSONNE:Pauline]]. Dans la poussette, un bébé de {{3 mois}} qui dort tout du long.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide au déménagement : M. [[PERSONNE:Thibaut Lecomte]] quitte le [[ADRESSE:17 rue Saint-Exupéry, 08000 Charleville-Mézières]] pour plus petit. Cartons partout. Camion loué au {{Super U}} : [[IMMATRICULATION:GJ-308-LB]]. L'agente ([[PERSONNE:Sandrine]]) signe le bon.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Fortuné Kamdem]], camerounais, {{45 ans}}, déclare son médecin traitant : le Dr [[PERSONNE:Fortin]], de la {{maison de santé Pasteur}}. L'agente rit : « [[PERSONNE:Fortuné]] chez [[PERSONNE:Fortin]] ». Titre de séjour n° [[IDENTIFIANT:5101638204]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente de l'agence {{Reims Orgeval}} : l'écran passe des offres en boucle, {{boulanger}}, {{maçon}}, {{vendeur}}, {{aide-soignant}}. Un monsieur les prend en photo une par une. Une conseillère appelle « numéro {{14}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{14h05}}. Mme [[PERSONNE:Amandine Vasseur]] déclare la naissance de jumeaux, nés le [[DATE_NAISSANCE:3 février]] : [[PERSONNE:Léo]] et [[PERSONNE:Léa]]. L'agent la félicite. Numéro pour le rappel : [[TELEPHONE:03 24 98 72 56]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Appartement partagé : {{3 jeunes}} de {{18 à 21 ans}}, sortis de l'{{ASE}}. Vaisselle pas faite, mais frigo rempli. Une affiche de {{Bob Marley}} et une de {{Mylène Farmer}}. L'éducateur : « ça dépend de qui a gagné la dispute ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Victoire Somme]], {{76 ans}}, née le [[DATE_NAISSANCE:1er mai 1948]] dans la {{Somme}}, à {{Amiens}}. IPP [[IDENTIFIANT:P01456733]]. Elle s'inquiète de la {{somme}} à payer : le forfait de {{19,61 €}}. L'{{IOA}} la rassure, la mutuelle prend.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Odile Lemoine]] a entendu qu'on donnait des « bons de {{Noël}} ». L'agent explique : colis pour les plus de {{70 ans}}, elle en a {{68}}. Déçue. Il lui parle du repas à la {{salle Saint-Martin}}, ouvert à tous.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une entreprise de nettoyage appelle : « on cherche {{10 personnes}} pour la {{Foire de Châlons}} au {{Capitole en Champagne}} ». Le conseiller saisit l'offre, n° {{182VBNM}}. {{12 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une jeune femme, [[PERSONNE:Manon Girard]], appelle pour sa {{carte Vitale}}. Elle dicte : « [[NIR:deux, quatre-vingt-onze, onze, zéro huit, cent cinq, huit cent trente, cinquante-quatre]] », née à {{Charleville}}, précise-t-elle.",
    ),
    (
        "caf",
        "accueil_physique",
        "Sur le comptoir, un {{olivier}} en pot (encore un !) et un pot à crayons {{Caf}} plein de stylos {{Bic}}. L'agent dit que les gens piquent {{30 stylos}} par semaine. Il en rachète de sa poche.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Jérémy Lebon]], {{28 ans}}, au {{CHRS}} depuis {{2 mois}}, vient d'ouvrir un compte en ligne. Il donne son IBAN à l'éduc pour la {{Caf}} : [[IBAN:FR76 1009 6581 5268 3026 8252 633]]. Num alloc [[N_ALLOCATAIRE:6351348]]. Premier compte à son nom, il est fier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Geneviève Royer]] demande une aide pour la cantine de l'{{école Sainte-Geneviève}}. Adresse : [[ADRESSE:9 rue du Colonel-Fabien, 51100 Reims]]. Mail : [[EMAIL:genevieve.royer51@sfr.fr]]. L'agent ([[PERSONNE:Anthony]]) lui dit que la décision arrive sous {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La {{pharmacie Saint-Jacques}} appelle : une patiente sortie ce matin a oublié son ordonnance. Mme [[PERSONNE:Albane Guérin]]. La secrétaire retrouve le dossier, séjour n° [[IDENTIFIANT:24-0087763]], et renvoie l'ordonnance par messagerie sécurisée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Désiré Mahoungou]], {{Chaumont}}. Vie maritale soupçonnée avec Mme [[PERSONNE:Lucie Parmentier]], qui habite à {{Langres}}, mais dont la voiture, [[IMMATRICULATION:BN-540-XT]], est souvent devant. Num alloc [[N_ALLOCATAIRE:5717306]]. Le contrôleur demande les factures {{EDF}} des deux.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Atelier « {{Mon espace santé}} » à la {{CPAM}} de {{Troyes}} : {{6 seniors}}, une tablette chacun. Une dame a écrit son mot de passe sur un post-it collé au dos de la tablette. L'animateur soupire, sourit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Brandon Petitjean]], {{20 ans}}, veut l'aide au permis. Numéro NEPH : [[IDENTIFIANT:240851200347]]. ID [[ID_FRANCE_TRAVAIL:3864728H]]. Auto-école {{ECF}} de {{Reims}}, devis {{1 450 €}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}}, après-midi : commission d'attribution au téléphone avec {{4 structures}}. On parle de « la situation {{12}} », « la {{15}} », jamais de noms au tél. {{3 places}} attribuées.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Le Trait d'Union}}, {{Sedan}}. M. [[PERSONNE:Francis Bazeilles]] arrive trempé. L'intervenante lui donne des vêtements secs du vestiaire {{Emmaüs}}. Né à {{Bazeilles}}, « comme mon nom, c'est simple ». Il vient chaque jour depuis {{2021}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en anglais : un étudiant {{Erasmus}} de {{Sciences Po}}, campus de {{Reims}}, [[PERSONNE:Lukas Schmidt]]. Demande d'{{APL}}. L'agent se débrouille « with the hands » 😂. Mail noté : [[EMAIL:lukas.schmidt@sciencespo.fr]].",
    ),
]

# Notes 208-240.
NOTES_7 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Épernay}}, quartier {{Bernon}}. Mme [[PERSONNE:Séverine Bollinger]], « rien à voir avec la maison {{Bollinger}} d'{{Aÿ}} », dit-elle avant qu'on demande. [[ADRESSE:3 rue Jean-Moët, 51200 Épernay]]. Le contrôleur vérifie le NIR sur l'attestation : [[NIR:2 79 02 51 230 181 19]], née à {{Épernay}} « comme toute la famille ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Raymond Colin]], {{Fismes}}, {{81 ans}}, demande d'aide ménagère. Sa voiture ne roule plus depuis {{2 ans}}, une {{Renault 19}} immatriculée [[IMMATRICULATION:6284 TL 51]], il refuse de la vendre, « c'était celle de ma femme ». Num Caf pour l'{{APL}} : [[N_ALLOCATAIRE:7527299]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Hugo Lemaire]] appelle : CDD trouvé chez {{Cristal Union}} à {{Bazancourt}}, campagne betteraves. ID [[ID_FRANCE_TRAVAIL:6739567B]]. Le conseiller ([[PERSONNE:Rachid]]) enregistre la reprise et garde son numéro au cas où : [[TELEPHONE:07 32 13 55 28]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Anne-Sophie Leroux]], {{34 ans}}, née le [[DATE_NAISSANCE:22/05/1990]], demande un secours pour la cantine et le {{centre de loisirs Jean-Zay}}. Aide versée sur [[IBAN:FR7630002061048501267212859]]. L'agente ([[PERSONNE:Martine]]) : « vous repassez lundi pour signer ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Musique d'attente de la Caf : {{Vivaldi}}, {{Les Quatre Saisons}}. L'agent dit qu'au bout de {{6 mois}} on ne peut plus l'entendre. Les gens commencent souvent l'appel par « ENFIN ! ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un logement {{Un chez-soi d'abord}} à {{Troyes}}. M. [[PERSONNE:Jaurès Mbemba]], congolais, son père l'a appelé comme {{Jean Jaurès}}. Il habite [[ADRESSE:6 rue de la République, 10000 Troyes]] : « République et [[PERSONNE:Jaurès]], mon père serait content ». Le référent vérifie le chauffe-eau.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Yasmina Boudjema]], née à {{Oran}} en [[DATE_NAISSANCE:décembre 1988]], dicte son NIR : [[NIR:2 88 12 99 352 453 39]]. Elle attend son attestation {{C2S}} depuis {{2 mois}}. L'agent relance le service.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Iris Delaunay]], quartier des {{Châtillons}}, avec sa fille qui dessine un {{iris}} sur un ticket d'attente. Num alloc [[N_ALLOCATAIRE:4418093]]. Changement de RIB : [[IBAN:FR76 3000 4824 1684 9963 1149 006]]. L'agente ([[PERSONNE:Yasmine]]) l'aide pour la déclaration trimestrielle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une bénévole des {{Petits Frères des Pauvres}} signale un monsieur isolé, M. [[PERSONNE:Lucien Pâques]], « comme la fête », {{91 ans}}. Il n'a vu personne depuis {{Pâques}}, justement. Son fixe : [[TELEPHONE:03 26 12 97 32]]. L'agent programme une visite.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier CV au {{CHRS}}. [[PERSONNE:Mariam Sow]] fait son CV sur {{Canva}} et met son ID {{France Travail}} en bas, [[ID_FRANCE_TRAVAIL:5192846K]] — l'éducatrice lui dit de l'enlever 😅. Elle ajoute son {{Instagram}}, [[IDENTIFIANT:@mariam.sow.nails]], pour montrer ses ongles (prothésiste ongulaire).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Sedan}}, quartier de {{Torcy}}. M. [[PERSONNE:Mickaël Tonnelier]], [[ADRESSE:14 rue du Ménil, 08200 Sedan]], dit être hébergé gratuitement chez sa mère. Mais sa voiture, [[IMMATRICULATION:EL-062-HZ]], est immatriculée à une autre adresse. Le contrôleur ([[PERSONNE:Thierry Gobert]]) demande un justificatif.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée, la dame est à l'hôpital. On discute dans la voiture : l'agente fait {{15 visites}} par semaine, en {{Clio}} de service sans clim. « L'été c'est le pire, les personnes âgées qui ont trop chaud et qui boivent pas ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, [[ADRESSE:52 avenue de Laon, 51100 Reims]], {{5e étage}} sans ascenseur. M. [[PERSONNE:Benoît Caron]] présent, bras dans le plâtre. Au mur, un maillot du {{Stade de Reims}} signé par {{Raymond Kopa}}, « l'héritage de mon grand-père ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Claire Hoffmann]] envoie une offre à Mme [[PERSONNE:Chantal Mathieu]] par mail, [[EMAIL:chantal.mathieu52@orange.fr]], et le relit à voix haute pour vérifier. Offre d'{{ASH}} à l'{{hôpital de Langres}}, {{35h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dans le hall du {{CCAS}}, une expo photo : « Les visages du quartier {{Jean-Jaurès}} ». Sous chaque portrait, un prénom à la main : [[PERSONNE:Fatima]], [[PERSONNE:Gérard]], [[PERSONNE:Ayoub]], [[PERSONNE:Mauricette]]… Les gens s'arrêtent, se reconnaissent.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Jennifer Lallemand]] appelle de {{Bouillon}}, en {{Belgique}}, elle a déménagé et veut que les versements aillent sur son compte belge : [[IBAN:BE18 2889 5672 0965]]. L'agent explique que si elle habite en Belgique, plus de droits {{Caf}}. Ancienne adresse : [[ADRESSE:8 rue Victor-Hugo, 08800 Monthermé]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Noël Martinez]], né le [[DATE_NAISSANCE:25 décembre]], « évidemment ». Il veut une attestation de droits pour sa mutuelle {{Malakoff Humanis}}, adhérent n° [[IDENTIFIANT:MH-20745518]]. L'agente : « joyeux {{Noël}} en avance ? », blague qu'il a entendue {{1 000 fois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Mme [[PERSONNE:Kadiatou Barry]], expulsée ce matin du [[ADRESSE:3 allée des Bleuets, 51100 Reims]], {{2 enfants}}. L'écoutante demande son num Caf pour la demande SIAO : [[N_ALLOCATAIRE:2093617]]. Place trouvée à l'{{hôtel B&B}} de {{Thillois}}, {{chambre 17}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "La {{Caf}} de {{Chaumont}} est dans une ancienne caserne, la {{caserne Damrémont}}. L'agent dit que les anciens disent encore « je vais à {{Damrémont}} » pour dire qu'ils vont à la Caf.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation {{APA}} avec le {{Département}} chez Mme [[PERSONNE:Mathilde Rousseau]], {{89 ans}}, née en [[DATE_NAISSANCE:1935]]. Carte mutuelle {{MGEN}}, n° [[IDENTIFIANT:001847392]]. Son chat, {{Prosper}}, dort sur le dossier pendant toute la visite.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Fabrice Saint-Aubin]], ID [[ID_FRANCE_TRAVAIL:3081427D]], veut une attestation {{ARE}} pour la {{Caf}}. Le conseiller la lui dépose dans son espace. {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Affichée au-dessus des postes, la « phrase du jour » : « Un appel = une solution ». En dessous, quelqu'un a ajouté au stylo « ou deux rappels ». Il est {{8h45}}, les lignes ouvrent dans {{15 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en {{logement ALT}} à {{Vitry-le-François}}, quartier du {{Hamois}}. Mme [[PERSONNE:Ornella Rossi]] et son compagnon [[PERSONNE:Dimitri]], qui répare une voiture dans la cour, plaque [[IMMATRICULATION:AC 735 VN]]. L'éducatrice rappelle que la mécanique n'est pas autorisée ici.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Reims}} annulé : Mme [[PERSONNE:Agathe Simonet]] a appelé la veille, elle a un RDV à {{Pôle emploi}} (elle dit encore Pôle emploi). Le contrôleur passe au suivant, à {{Murigny}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une travailleuse sociale de l'{{UDAF}} demande une domiciliation pour M. [[PERSONNE:Kader Ferhat]], sous curatelle. Elle envoie la demande depuis son adresse pro, [[EMAIL:s.durand@udaf51.fr]]. Délai annoncé : {{8 jours}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Ange-Marie Santoni]], {{76 ans}}, né à {{Bastia}}, au {{CHRS}} depuis son divorce. L'éducateur l'aide pour sa retraite {{Carsat}}, NIR [[NIR:1 47 12 2B 033 128 18]]. « [[PERSONNE:Ange]], comme les {{anges}} », dit-il en montrant le plafond.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite du service social à {{Chaumont}} chez M. [[PERSONNE:Gaston Grosjean]], qui s'occupe de sa femme malade. Il en profite pour donner son RIB pour les remboursements : [[IBAN:FR76 1470 7708 9495 7213 6434 169]]. L'agente vérifie qu'il est bien cotitulaire. Oui.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Dylan Courtois]] appelle pour un indu de {{1 200 €}}, num [[N_ALLOCATAIRE:1862045]]. Il crie, puis s'excuse. L'agent propose un rappel par un conseiller au [[TELEPHONE:07 93 80 72 32]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Charleville}} : Mme [[PERSONNE:Renée Lambotte]], {{87 ans}}, amenée par sa voisine, [[PERSONNE:Kheira]], qui la connaît depuis {{30 ans}} et donne tous les renseignements, l'adresse comprise : [[ADRESSE:7 rue Forest, 08000 Charleville-Mézières]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller [[PERSONNE:Jérôme Ledoux]] appelle devant le candidat un employeur de {{Romilly}}, {{Transports Grégoire}}, pour un poste de chauffeur PL. Le candidat, M. [[PERSONNE:Sylvain Jacquot]], écoute sur haut-parleur. Le patron donne son portable perso : [[TELEPHONE:06 71 28 49 03]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Honoré Lafontaine]], {{66 ans}}, [[ADRESSE:10 rue Jules-Guesde, 10600 La Chapelle-Saint-Luc]], aide au chauffage. « [[PERSONNE:Honoré]], comme {{Balzac}} », dit-il fièrement. L'agente rit, lui rend ses papiers.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame inscrit sa mère au {{plan canicule}} : Mme [[PERSONNE:Simone Vautrin]], née le [[DATE_NAISSANCE:30 juin 1931]], {{93 ans}}. L'agent note le fixe : [[TELEPHONE:03 25 47 50 98]]. Sur la liste cette année : {{412 inscrits}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dernière visite à {{Revin}}, quartier d'{{Orzy}}. Mme [[PERSONNE:Rose-Marie Bastien]] nous montre son jardin de {{roses}} et de {{marguerites}}. Elle demande des bons de transport pour aller voir son mari à l'{{EHPAD Les Hirondelles}}. L'agente ([[PERSONNE:Coralie]]) repart avec un bouquet.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray {stray!r} in {text[:60]!r}")
    return text, entities, keep


def build(notes=None):
    """All notes as dicts, ids in writing order."""
    out = []
    for i, (site_kind, channel, marked) in enumerate(notes or NOTES, start=1):
        text, entities, keep = parse(marked)
        out.append(
            {
                "id": f"ind79-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return out


def split(notes):
    """Dev / holdout ids: depends only on the ids and the (site_kind, channel) cells."""
    rng = random.Random(79)
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
    lines = [json.dumps(n, ensure_ascii=False) + "\n" for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
