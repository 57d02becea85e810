"""Independent evaluation corpus n° 76: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind76-001`` … ``ind76-240`` follow the
writing order. ``split`` draws dev / holdout from the ids and the cells only (see README.md).

Usage: python holdout_author.py   (rewrites dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind76"
SEED = 76

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

# fmt: off
NOTES_1 = [
    ("caf", "accueil_physique",
     "{{9h12}}, agence {{Caf}} du {{18e}}, deja {{23}} personnes dehors, la file tourne au coin "
     "de la rue. Ticket {{A047}}. Mme [[PERSONNE:Koné]] vient pr l'{{APL}} : elle est en hotel "
     "{{115}} à {{Saint-Ouen}} depuis {{8 mois}} et le gérant réclame une attestation. L'agente "
     "([[PERSONNE:Samia]] sur le badge) tape le n° alloc [[N_ALLOCATAIRE:2154873]] -> écran rouge "
     "« pièce manquante ». Mme [[PERSONNE:Koné]] sort une pochette plastique pleine de papiers, "
     "aucun n'est le bon."),
    ("caf", "accueil_telephonique",
     "Plateforme tel {{Caf}} {{92}}, casque double. Appel {{10h40}}, un monsieur de "
     "{{Gennevilliers}} (il précise « le {{Luth}}, pas le centre ») veut savoir pourquoi sa "
     "{{prime d'activité}} a baissé. Il épelle son nom : [[PERSONNE:B-E-N-S-A-L-E-M]]. Num "
     "allocataire [[N_ALLOCATAIRE:0873412]]. Réponse : trimestre mal déclaré, {{118 €}} en moins. "
     "Il dit « vous me prenez pour qui » puis s'excuse tout de suite."),
    ("cpam", "accueil_physique",
     "{{Cpam}} {{Paris 13e}}, accueil sans rdv. Jeune femme, [[PERSONNE:Tran Thi Mai]], carte vitale "
     "perdue dans le métro. L'agent, M. [[PERSONNE:Lefort]], lui demande sa date de naissance : "
     "[[DATE_NAISSANCE:14/07/1992]], née dans le {{18e}}. Il lit le NIR à voix haute pour "
     "vérifier : [[NIR:2 92 07 75 118 231 87]]. Elle rit : « on dirait un numéro de loto ». "
     "Nouvelle carte commandée, délai {{3 semaines}}."),
    ("chrs", "accueil_telephonique",
     "Ecoute {{115}} {{Paris}}, {{22h05}}. Famille [[PERSONNE:Diarra]], {{2 adultes}} "
     "{{3 enfants}} dont un bébé de {{5 mois}}, sortis de l'hotel à {{Villejuif}} ce matin (fin "
     "de prise en charge). L'écoutante [[PERSONNE:Clémence]] cherche : rien avant {{minuit}}. "
     "Dossier {{SIAO}} [[IDENTIFIANT:75-0481127]]. Le père rappelle à {{22h40}} depuis le "
     "[[TELEPHONE:07 58 12 44 06]], même réponse. [[PERSONNE:Clémence]] raccroche, se tait {{1 "
     "minute}}."),
    ("france_travail", "accueil_physique",
     "Agence {{France Travail}} de {{Argenteuil}}. De {{10h}} à {{11h}} : {{4 inscriptions}}, "
     "{{2 actualisations}} ratées, {{1}} monsieur qui voulait juste imprimer un CV. Bornes en "
     "panne ({{2 sur 3}}). Le conseiller dit que c'est « tous les lundis pareil ». Personne ne "
     "regarde l'affiche sur l'{{aide au permis}}."),
    ("urgences", "accueil_physique",
     "SAU {{Lariboisière}}, poste IOA. {{2h du matin}}. Homme {{45 ans}} environ, plaie à la main, "
     "vient de la {{Goutte-d'Or}}. Dit s'appeler [[PERSONNE:Rachid Ouali]], né le "
     "[[DATE_NAISSANCE:3 novembre 1979]] à {{Oran}}. Pas de carte, {{AME}} « en cours ». "
     "Domicilié chez {{Aurore}}. L'IOA lui crée un IPP : [[IDENTIFIANT:P2304418]]. Attente "
     "annoncée {{4h}}, il rit."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Vitry-sur-Seine}}. Mme [[PERSONNE:Lucienne Baptiste]], {{81 ans}}, vient à pied "
     "avec son caddie pour le {{colis de Noël}} et l'{{aide au chauffage}}. Elle dicte son "
     "adresse à l'agente : [[ADRESSE:27 rue Eugène-Pottier, 94400 Vitry-sur-Seine]]. "
     "« {{3e}} étage, pas d'ascenseur, je monte en {{10 minutes}} ». Elle demande si le maire "
     "viendra comme l'an dernier."),
    ("cpam", "accueil_telephonique",
     "{{3646}}, appel de M. [[PERSONNE:Joaquim Gonçalves]], né au {{Portugal}} en "
     "[[DATE_NAISSANCE:janvier 61]]. Il veut changer de banque pour ses IJ. Le conseiller lui fait "
     "dire son NIR deux fois : [[NIR:1 61 01 99 139 062 63]]. Nouveau RIB dicté chiffre par "
     "chiffre : [[IBAN:FR76 3000 4008 1200 0104 5782 316]]. Il demande « c'est bon c'est "
     "enregistré ? » trois fois. Réponse : il faut l'envoyer par le compte {{Ameli}} quand même."),
]

NOTES_2 = [
    ("caf", "controle_sur_place",
     "Controle sur place avec [[PERSONNE:Hervé]], contrôleur {{Caf}} {{92}} depuis {{19 ans}}. "
     "Cité des {{Provinces-Françaises}} à {{Nanterre}}, {{bât. C}}, {{4e}} sans ascenseur. "
     "Adresse du dossier : [[ADRESSE:12 allée de Bourgogne, 92000 Nanterre]]. Mme "
     "[[PERSONNE:Benhamida]] est déclarée isolée avec {{3 enfants}}. Dans l'entrée, des baskets "
     "taille {{44}}. Elle : « c'est à mon frère il passe le dimanche ». [[PERSONNE:Hervé]] note, "
     "ne commente pas. Dans l'escalier il me dit : « les chaussures ça prouve rien, je regarde le "
     "frigo et la salle de bain »."),
    ("france_travail", "accueil_telephonique",
     "Appel sortant, conseillère Mme [[PERSONNE:Okafor]] (agence {{Paris 20e}}). Elle appelle "
     "[[PERSONNE:Kévin Tchoupo]] qui a raté son rdv de {{mardi}}. Il décroche au bout de "
     "{{6 sonneries}}, il dormait. Elle vérifie l'identifiant : [[ID_FRANCE_TRAVAIL:4726158X]], "
     "puis le mail : [[EMAIL:k.tchoupo77@gmail.com]] — « c'est toujours celui-là ? » — « ouais ». "
     "Nouveau rdv {{jeudi}} {{9h30}}. Elle raccroche : « il viendra pas »."),
    ("ccas", "accueil_physique",
     "Permanence du {{CCAS}} d'{{Ivry}} dans un foyer de travailleurs migrants, {{14h}}. Salle "
     "commune, télé allumée sur {{France 24}}. M. [[PERSONNE:Bakary Soumaré]], {{68 ans}}, "
     "{{foyer Coallia}}, {{chambre 214}}, ne comprend pas pourquoi on lui demande de prouver qu'il "
     "vit en {{France}} {{6 mois}} par an pour l'{{ASPA}}. Il sort son titre de séjour, l'agent "
     "recopie le n° AGDREF : [[IDENTIFIANT:7502318846]]. Il repart au {{Mali}} en {{février}} "
     "pour un mariage et a peur de « tout perdre »."),
    ("caf", "accueil_physique",
     "Attente {{1h10}}. Clim en panne, quelqu'un a ouvert la porte de secours, l'alarme a sonné "
     "{{2 fois}}. Une dame a ramené une chaise pliante 😅. L'agent d'accueil fait le tri debout : "
     "« {{RSA}} à gauche, {{APL}} à droite, le reste vous patientez »."),
    ("urgences", "accueil_telephonique",
     "Standard des urgences pédiatriques de {{Robert-Debré}} ({{19e}}), {{18h50}}. Une maman, Mme "
     "[[PERSONNE:Bouzid]], appelle : son fils [[PERSONNE:Ilyès]], {{2 ans}}, {{39,8}} depuis ce "
     "midi, il a vomi. L'infirmière pose {{5 questions}}, dit de venir, ou d'appeler le {{15}} si "
     "ça change. La maman laisse son portable au cas où : [[TELEPHONE:06 41 27 85 93]]. « On la "
     "rappellera pas de toute façon », me dit l'infirmière après."),
    ("ccas", "accueil_telephonique",
     "Ligne du {{CCAS}} de {{Créteil}}, {{9h20}}. Une voisine appelle pour M. [[PERSONNE:Ferrand]], au "
     "{{Mont-Mesly}} : volets fermés depuis {{3 jours}}, le courrier déborde. Adresse donnée : "
     "[[ADRESSE:6 allée du Commandant-Joly]], {{2e gauche}}. L'agente vérifie le registre "
     "canicule, il y est. Elle appelle le fixe de M. [[PERSONNE:Ferrand]], "
     "[[TELEPHONE:01 43 90 12 57]] : rien. Elle prévient la {{police municipale}}. La voisine : "
     "« je veux pas d'histoires hein »."),
    ("france_travail", "accueil_physique",
     "{{France Travail}} {{Paris 19e}}, côté {{Flandre}}. [[PERSONNE:Moussa]], {{19 ans}}, arrive "
     "avec son grand frère. Il veut le {{CEJ}} « pour les {{500 balles}} ». La conseillère "
     "([[PERSONNE:Aurélie]]) explique : {{15 à 20 h}} d'activité par semaine, sinon suspension. "
     "Le frère traduit des bouts en soninké. Né le [[DATE_NAISSANCE:02/09/2005]]. Inscription "
     "faite, identifiant [[ID_FRANCE_TRAVAIL:5308214P]]."),
    ("cpam", "controle_sur_place",
     "Contrôle d'arrêt de travail à {{Champigny}}, {{Bois-l'Abbé}}. Agent assermenté "
     "[[PERSONNE:Didier Lamarre]], {{30 ans}} de maison. Assuré : M. [[PERSONNE:Yilmaz]], arrêt "
     "pour {{lombalgie}}. Sorties autorisées {{9h-11h}} et {{14h-16h}}. On sonne à {{14h20}} : "
     "personne, interphone cassé de toute façon. Un voisin : « il est au café en bas ». "
     "[[PERSONNE:Didier]] laisse l'avis de passage, ne va pas au café, « pas mon boulot de courir "
     "après les gens ». La voiture de l'assuré est garée devant, [[IMMATRICULATION:FK-207-PL]], "
     "le voisin la montre du menton."),
    ("chrs", "controle_sur_place",
     "Visite de l'équipe hôtel du {{115}} à {{Colombes}}, {{hôtel Le Relais}}, {{chambre 12}}. "
     "Famille [[PERSONNE:Mbuyi]] : {{4 personnes}} dans {{11 m²}}, une plaque électrique posée sur "
     "le frigo (interdit). Mme [[PERSONNE:Mbuyi]] dit que les enfants vont à l'école à "
     "{{Nanterre}}, {{40 min}} de bus. L'intervenante, [[PERSONNE:Jessica]], vérifie la présence "
     "de chacun (c'est le but de la visite) et coche. Le gérant nous demande de « parler de la "
     "plaque »."),
    ("france_travail", "accueil_telephonique",
     "{{3949}} en double écoute. {{11h}}-{{12h}} : {{14 appels}}, dont {{9}} sur "
     "l'actualisation. Le logiciel plante deux fois. Conseiller : « en {{décembre}} c'est l'enfer, "
     "tout le monde a peur pour la {{prime de Noël}} ». Il souffle {{10 secondes}} entre chaque "
     "appel, la main sur le micro."),
    ("caf", "accueil_telephonique",
     "Appel entrant {{14h02}}. Mme [[PERSONNE:Nguyen]], elle épelle : [[PERSONNE:N-G-U-Y-E-N]], "
     "« comme tout le monde dans le {{13e}} » 😂. Elle change de banque, envoie le RIB par mail "
     "pendant l'appel, l'agente relit : [[IBAN:FR76 1027 8060 4000 0214 7853 603]]. Num alloc "
     "[[N_ALLOCATAIRE:3391056]]. Le versement du {{5}} partira encore sur l'ancien compte."),
    ("urgences", "accueil_physique",
     "Urgences {{Henri-Mondor}}, {{Créteil}}, samedi soir. {{31 personnes}} en salle d'attente, "
     "{{3 brancards}} dans le couloir. Mme [[PERSONNE:Santoni]], {{56 ans}}, chute dans le bus, "
     "poignet gonflé. L'agent administratif recopie sa carte vitale : "
     "[[NIR:2 68 12 2A 004 032 72]]. « {{Ajaccio}}, c'est le {{2A}} », il montre à la collègue "
     "qui n'avait jamais vu de lettre dans un numéro de sécu. Née le "
     "[[DATE_NAISSANCE:8 décembre 1968]]."),
    ("ccas", "controle_sur_place",
     "Visite à domicile avec l'assistante sociale du {{CCAS}} de {{Villejuif}} (dossier aide "
     "ménagère). M. [[PERSONNE:Marcel Dufresne]] et Mme [[PERSONNE:Dufresne]], {{87}} et "
     "{{84 ans}}, [[ADRESSE:41 rue Jean-Baptiste-Clément, 94800 Villejuif]]. Appart impeccable, "
     "odeur de soupe. Il raconte l'usine {{Renault}} à {{Billancourt}}. L'AS "
     "([[PERSONNE:Nadège]]) remplit la grille, note {{GIR 5}} : « trop autonomes pour l'{{APA}}, "
     "du coup c'est nous »."),
    ("cpam", "accueil_physique",
     "Accueil {{Cpam}} {{Cergy}}. Jeune homme afghan, [[PERSONNE:Jawad Rahimi]], réfugié depuis "
     "{{2022}}, demande la {{CSS}}. Il parle bien français, appris « avec les bénévoles ». "
     "Récépissé de titre n° [[IDENTIFIANT:9204187731]]. L'agente veut le NIR définitif, il n'a que "
     "le provisoire. Né le [[DATE_NAISSANCE:1er janvier 2001]] ; elle me glisse que beaucoup de "
     "dossiers afghans ont le {{1er janvier}}."),
    ("caf", "accueil_physique",
     "{{Caf}} de l'{{Essonne}}, antenne d'{{Évry}}. Mr [[PERSONNE:Ahmed Zerrouki]] et son "
     "fils ado qui traduit. Séparation : il veut que les {{allocations familiales}} passent sur "
     "son compte à lui, madame a les enfants {{1 semaine sur 2}}. L'agent ([[PERSONNE:Patrice]]) "
     "explique le partage. Num alloc de madame : [[N_ALLOCATAIRE:1047726]], monsieur n'en a pas. "
     "Le fils lève les yeux au ciel à chaque phrase de son père."),
    ("chrs", "accueil_physique",
     "{{CHRS}} à {{Belleville}}, accueil de jour. {{12 hommes}} au petit déj. [[PERSONNE:Vasile]] "
     "({{Roumanie}}) aide à la vaisselle. Le chef de service, [[PERSONNE:Franck Abitbol]], me "
     "montre le tableau des places : {{0 dispo}}. Un résident, « [[PERSONNE:Tonton]] », "
     "{{70 ans}}, est là depuis {{6 ans}}, « le plus ancien ». On lui a trouvé une "
     "{{pension de famille}} mais il ne veut pas quitter le {{20e}}."),
    ("france_travail", "accueil_physique",
     "Agence de {{Vitry}}. M. [[PERSONNE:Abdoulaye Sow]], chauffeur-livreur, a décroché un CDD chez "
     "{{Geodis}} mais sa voiture est en fourrière depuis {{lundi}} : [[IMMATRICULATION:DS-418-ZB]], "
     "{{186 €}} plus les {{frais de garde}}. Il demande l'{{aide à la mobilité}}. Le conseiller, M. "
     "[[PERSONNE:Hamon]], dit que ça ne couvre pas la fourrière. Identifiant "
     "[[ID_FRANCE_TRAVAIL:2845917B]]. Il part en disant qu'il ira à pied, {{Vitry}}-{{Rungis}}, "
     "« c'est rien »."),
    ("caf", "controle_sur_place",
     "Contrôle {{Caf}} à {{Vitry-sur-Seine}}, cité {{Balzac}}, sur signalement anonyme (« vie "
     "maritale »). La contrôleuse, [[PERSONNE:Nathalie Vuong]], frappe à {{9h05}}. Mme "
     "[[PERSONNE:Florence Kabeya]] en peignoir, enfants pas encore partis. Un seul nom sur la boîte "
     "aux lettres. [[PERSONNE:Nathalie]] demande les relevés bancaires des {{3 derniers mois}}, en "
     "obtient {{2}}. Dans la voiture : « les signalements anonymes c'est souvent l'ex ou la "
     "voisine »."),
    ("cpam", "accueil_telephonique",
     "Plateau téléphonique {{Cpam}} {{94}}, {{15h}}. {{Ameli}} en panne depuis {{midi}} : tous "
     "les appels c'est « j'arrive pas à me connecter ». La superviseure passe dans les rangs avec "
     "un post-it : « dire {{demain}} ». {{22 appels}} en attente sur l'écran mural, en rouge."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Nanterre}}, service domiciliation. M. [[PERSONNE:Idriss Mahamat]] ({{Tchad}}) dort "
     "chez des amis au {{Petit-Nanterre}}. Il vient chercher son courrier : {{2 lettres}}, dont "
     "une de la {{préfecture}}. L'attestation de domiciliation porte l'adresse du {{CCAS}} ; l'agente : "
     "« pour la préfecture c'est son adresse, c'est tout ce qu'il a ». Il ouvre la lettre devant "
     "nous : convocation le {{12}}."),
    ("urgences", "accueil_physique",
     "Urgences adultes {{Bicêtre}}, {{17h}}. Une seule infirmière d'accueil pour {{40 arrivées}} "
     "depuis midi. L'écran affiche « {{Attente estimée : 5h}} ». Un monsieur tape sur la vitre, un "
     "agent de sécurité s'approche sans rien dire. Tout le monde regarde son téléphone. Un enfant "
     "dort sur deux chaises."),
    ("chrs", "accueil_telephonique",
     "{{115}} de {{Paris}}, {{23h30}}. Une femme, [[PERSONNE:Aminata]], appelle de sous le métro "
     "{{La Chapelle}} avec sa fille de {{6 ans}}. Enceinte de {{7 mois}}. L'écoutant "
     "([[PERSONNE:Youssef]]) trouve une place d'hôtel à {{Ivry}}, lui dit de prendre la ligne "
     "{{7}} jusqu'à {{Mairie d'Ivry}}. Il note son numéro : [[TELEPHONE:07 69 30 18 52]]. Elle "
     "demande « et demain ? ». Il dit « demain on verra »."),
    ("caf", "accueil_physique",
     "{{11h30}}. Vieux monsieur en boubou, M. [[PERSONNE:Sidibé]], du foyer {{Adoma}} du "
     "{{13e}}. Il apporte une lettre : l'{{APL}} du foyer est suspendue, il manque la déclaration "
     "de ressources. L'agent remplit avec lui, demande le n° : [[N_ALLOCATAIRE:0621984]]. Il "
     "montre aussi sa carte de retraité {{Carsat}}. « Je suis là depuis {{1974}}, arrivé pour "
     "{{Citroën}} »."),
    ("france_travail", "accueil_physique",
     "{{France Travail}} {{Paris 20e}}, atelier CV. {{8 inscrits}}, {{5 présents}}. La conseillère "
     "projette un CV modèle au nom de [[PERSONNE:Sophie Martin]], "
     "[[ADRESSE:12 rue des Pyrénées, 75020 Paris]], [[TELEPHONE:06 12 34 56 78]], "
     "[[EMAIL:sophie.martin@mail.fr]]. [[PERSONNE:Kadiatou]] demande si on peut mettre une photo "
     "avec le voile. Silence, puis « c'est vous qui voyez »."),
    ("cpam", "accueil_physique",
     "{{Cpam}} de {{Montreuil}}. Mme [[PERSONNE:Raïssa Kouamé]] ({{Côte d'Ivoire}}) vient pour "
     "l'attestation de droits de son fils de {{17 ans}}. Elle donne son NIR par cœur : "
     "[[NIR:288019932609432]]. Née en [[DATE_NAISSANCE:janvier 88]]. L'agente imprime, "
     "{{4 minutes}} en tout. « C'est la première fois que c'est aussi rapide », dit la dame."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Sarcelles}}, {{8h45}}, avant l'ouverture. {{9 personnes}} dehors, dont {{3}} "
     "avec poussette. L'agente ouvre à {{9h}} pile et dit bonjour à chacun. L'{{épicerie "
     "solidaire}} est fermée cette semaine, affichette scotchée de travers."),
    ("chrs", "accueil_telephonique",
     "Régulation {{115}} du {{92}}, {{7h}} du matin, les hôtels appellent pour les absents. Un "
     "gérant à {{Gennevilliers}} : la famille [[PERSONNE:Haddad]], {{chambre 6}}, n'est pas rentrée "
     "cette nuit. Règle : {{2 nuits}} d'absence = fin de prise en charge. L'écoutante "
     "([[PERSONNE:Mélissa]]) appelle le père au [[TELEPHONE:06.22.91.47.38]], messagerie. Elle "
     "note « rappeler {{10h}} »."),
    ("caf", "accueil_telephonique",
     "Heure de pointe, {{13h30}}-{{14h30}}. Appels de {{7 minutes}} en moyenne. Sur {{8 appels}} "
     "écoutés : {{3 RSA}}, {{2 APL}}, {{1 AAH}}, {{2}} « je sais pas pourquoi j'ai reçu ce "
     "courrier ». L'agent a une bouteille d'eau et un paquet de {{Prince}} à côté du clavier."),
    ("urgences", "accueil_telephonique",
     "Accueil tel des urgences de {{Louis-Mourier}} ({{Colombes}}), {{16h}}. Un fils cherche sa "
     "mère, amenée par les pompiers ce matin : Mme [[PERSONNE:Zohra Belkacem]], née le "
     "[[DATE_NAISSANCE:17/04/1946]]. La secrétaire vérifie : box {{8}}, elle ne peut rien dire de "
     "plus au téléphone. Il laisse son numéro pour le médecin : [[TELEPHONE:+33 7 81 45 02 67]], "
     "« [[PERSONNE:Karim]], le fils »."),
    ("france_travail", "accueil_telephonique",
     "Appel entrant : Mme [[PERSONNE:Anahit Petrossian]], radiée pour absence à un rdv alors "
     "qu'elle était hospitalisée. Elle a le bulletin d'hospitalisation. Le conseiller lui dit de "
     "l'envoyer à la boîte de l'agence, {{ape.94041@francetravail.fr}}, en précisant son "
     "identifiant [[ID_FRANCE_TRAVAIL:0452187 K]]. Elle redonne son mail perso pour la réponse : "
     "[[EMAIL:anahit.petrossian@orange.fr]]. Radiation annulée « sous {{15 jours}} »."),
    ("cpam", "controle_sur_place",
     "Vérification de résidence pour une {{CSS}}, {{Gennevilliers}}. Agente assermentée "
     "[[PERSONNE:Sylvie Marchetti]]. Adresse déclarée : [[ADRESSE:18 avenue Lénine, "
     "92230 Gennevilliers]]. M. [[PERSONNE:Hossain]], cuisinier, ouvre en tablier. {{5 noms}} sur "
     "la boîte aux lettres, {{3 matelas}} dans le salon. Il montre son bail, son nom y est. "
     "[[PERSONNE:Sylvie]] : « ok pour moi », et à moi dans l'escalier : « la suroccupation c'est "
     "pas mon sujet »."),
    ("chrs", "accueil_physique",
     "{{CHRS}} femmes, {{Paris 13e}}. Entretien d'admission. Mme [[PERSONNE:Hawa Cissé]], {{34 ans}}, "
     "violences conjugales, arrivée de {{Champigny}} avec {{2 enfants}}. L'éducatrice, "
     "[[PERSONNE:Laure]], vérifie que l'ex ne connaît pas l'adresse du {{CHRS}}. Elle a changé de "
     "numéro : [[TELEPHONE:07 44 86 21 39]]. Référence {{SIAO}} [[IDENTIFIANT:SIAO75-23-118406]]. Elle "
     "demande si elle peut garder son vélo dans la cour."),
]

NOTES_3 = [
    ("caf", "accueil_physique",
     "Guichet {{3}}. Mme [[PERSONNE:Christiane Lambert-Diallo]], {{AAH}}, a changé de banque « à "
     "cause des frais ». Elle tend un RIB imprimé, l'agent tape l'IBAN sans les espaces : "
     "[[IBAN:FR7630003036200005021987468]]. Il relit à voix haute les {{4 derniers}}, elle suit "
     "avec le doigt sur la feuille. {{6 minutes}}."),
    ("france_travail", "accueil_physique",
     "Agence {{Paris 19e}}, à côté de {{Stalingrad}}. M. [[PERSONNE:Sivakumar Tharmalingam]], "
     "cuisinier, {{Sri Lanka}}, vient avec son cousin [[PERSONNE:Ravi]] qui parle mieux. Ils "
     "n'arrivent pas à se connecter à l'espace perso. La conseillère réinitialise : identifiant "
     "[[ID_FRANCE_TRAVAIL:6127430 S]], mail [[EMAIL:siva.tharma@hotmail.com]]. Le mot de passe "
     "provisoire est noté sur un ticket de caisse {{Lidl}} 🙃"),
    ("chrs", "controle_sur_place",
     "Visite d'un logement diffus du {{CHRS}} à {{Ivry-sur-Seine}}. T2 au "
     "[[ADRESSE:9 rue Marat, 94200 Ivry-sur-Seine]], occupé par Mme [[PERSONNE:Fatoumata Keïta]] "
     "et sa fille. Le travailleur social, [[PERSONNE:Grégoire]], vérifie le détecteur de fumée, "
     "le compteur, l'état général. Il rappelle la participation : {{10 %}} des ressources. Elle "
     "doit {{2 mois}}, à cause d'un trop-perçu {{Caf}}. « On fait un échéancier », il note."),
    ("urgences", "accueil_physique",
     "Urgences {{Pitié-Salpêtrière}}, {{13e}}. Étudiante, [[PERSONNE:Inès Benkirane]], entorse au "
     "foot. Tout est sur son téléphone : carte vitale numérique, mutuelle {{LMDE}} n° "
     "[[IDENTIFIANT:204587163]]. L'agente d'accueil : « ça c'est bien, c'est rare ». Elle rentrera "
     "à cloche-pied à la {{Cité U}}, {{boulevard Jourdan}}."),
    ("cpam", "accueil_telephonique",
     "Double écoute {{3646}}. Mme [[PERSONNE:Coulibaly]] veut savoir où en est sa "
     "{{pension d'invalidité}}. Le conseiller : « votre numéro de sécurité sociale ? » Elle le lit "
     "sur la carte, lentement : [[NIR:2 84 03 99 335 047 37]]. « Vous êtes née au {{Mali}} en "
     "[[DATE_NAISSANCE:mars 84]], c'est ça ? » « Oui oui. » Dossier transmis au service médical "
     "le {{4}}, pas de réponse. Il ne peut rien faire de plus, il le dit trois fois autrement."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Champigny-sur-Marne}}. M. [[PERSONNE:Jean-Claude Mbappé]] — « aucun lien avec "
     "{{Kylian}} », il dit avant qu'on demande 😄. Facture {{EDF}} de {{412 €}}, coupure annoncée. "
     "N° de compte client [[IDENTIFIANT:5004718236]], facture n° [[IDENTIFIANT:F24-0098113]]. "
     "L'agente monte le dossier pour la commission de {{jeudi}} et appelle {{EDF}} pour "
     "suspendre la coupure, {{25 min}} d'attente."),
    ("chrs", "accueil_telephonique",
     "{{115}} des {{Hauts-de-Seine}}, {{21h10}}. M. [[PERSONNE:Olivier Lemaire]], {{52 ans}}, dort "
     "dans sa voiture depuis {{3 semaines}} sur le parking de la gare de {{Nanterre-Université}}. "
     "Il donne la plaque « pour si la police vient » : [[IMMATRICULATION:BX 771 QD]]. Pas de place "
     "ce soir. L'écoutant lui propose la {{maraude}}, il refuse : « j'ai ma voiture, ça va »."),
    ("caf", "accueil_telephonique",
     "Un jeune père, [[PERSONNE:Anthony Pereira]], appelle pour la {{PreParE}}. Il veut le "
     "formulaire par mail et épelle : « [[EMAIL:anthony point pereira quatre-vingt-treize arobase "
     "gmail point com]] ». L'agente ne peut pas envoyer de formulaire par mail, il faut passer par "
     "le site. Il soupire fort. Num alloc [[N_ALLOCATAIRE:2608139]]."),
    ("france_travail", "accueil_telephonique",
     "Plateforme {{France Travail}}, {{après-midi}}. Sujet du jour : des courriers « "
     "{{contrat d'engagement}} » envoyés par erreur à des gens de {{60 ans}}. Le conseiller a une "
     "réponse type scotchée sur l'écran. Il la dit {{7 fois}} en une heure ; à la {{8e}} il rit "
     "tout seul."),
    ("cpam", "accueil_physique",
     "{{Cpam}}, antenne {{Paris 18e}}, demande d'{{AME}}. M. [[PERSONNE:Mamadou Lamine Fall]], "
     "{{Sénégal}}, en {{France}} depuis {{2021}}. Passeport n° [[IDENTIFIANT:A02587411]]. Il doit "
     "prouver {{3 mois}} de présence : factures, ordonnances, attestation de domiciliation. L'agent "
     "compte les pièces une par une. Il manque {{novembre}}. Repartir, revenir."),
    ("ccas", "accueil_telephonique",
     "{{CCAS}} de {{Villejuif}}, service {{téléassistance}}. La fille de Mme "
     "[[PERSONNE:Odette Ramirez]] appelle de {{Lyon}} : sa mère ne répond plus au fixe. L'agent "
     "regarde le boîtier : dernière alerte il y a {{2 jours}}, fausse manip. La fille laisse son "
     "portable, [[TELEPHONE:06 87 25 61 03]], et demande qu'on passe. L'agent : « on n'a pas de "
     "voiture cet aprèm »."),
    ("caf", "controle_sur_place",
     "Contrôle au {{Luth}}, {{Gennevilliers}}. M. [[PERSONNE:Karim Haddouche]] déclare vivre seul, "
     "{{RSA}}. Le signalement parle d'une voiture immatriculée [[IMMATRICULATION:GH-452-KT]], "
     "garée au pied de la tour, au nom d'une Mme [[PERSONNE:Nora Saïdi]]. Le contrôleur, "
     "[[PERSONNE:Stéphane]], la voit par la fenêtre du salon. M. [[PERSONNE:Haddouche]] : « c'est "
     "ma cousine, elle me la prête ». [[PERSONNE:Stéphane]] dit juste « d'accord »."),
    ("urgences", "accueil_telephonique",
     "Standard des urgences, {{3h10}}. Quelqu'un demande si on peut venir « juste pour un "
     "certificat ». L'infirmière dit non, gentiment, donne le numéro de {{SOS Médecins}}. "
     "{{3h14}} : autre appel, même question, elle rit. « C'est la pleine lune », dit le "
     "brancardier."),
    ("chrs", "accueil_physique",
     "Accueil de jour près de {{Stalingrad}}, {{10h}}. Douches, café, consigne. [[PERSONNE:Samir]], "
     "bénévole, tient le registre : {{47 passages}} ce matin. Un homme demande une domiciliation, "
     "c'est complet ici, on l'envoie à la {{PSA}} du {{19e}}. Il montre un vieux courrier de la "
     "{{Cpam}} libellé « M. [[PERSONNE:Hamid Aït Ouarab]], chez {{ESI}}, "
     "[[ADRESSE:7 rue de Tanger, 75019 Paris]] » : l'ancienne domiciliation, résiliée."),
    ("france_travail", "accueil_physique",
     "{{France Travail}} {{Versailles}}. [[PERSONNE:Lina Ferhat-Roux]], {{29 ans}}, graphiste en "
     "micro-entreprise, ne sait pas si elle doit déclarer son CA à l'actualisation. Son SIRET "
     "perso : [[IDENTIFIANT:842 157 369 00013]]. La conseillère ne sait pas trop non plus, va "
     "chercher une collègue. Réponse au bout de {{12 minutes}} : oui, le CA brut, chaque mois."),
    ("caf", "accueil_physique",
     "Borne d'accueil en panne, un vigile distribue les tickets à la main. Ticket {{B112}} à "
     "{{9h40}}, appelé à {{10h55}}. La télé de la salle passe en boucle une vidéo sur "
     "{{caf.fr}} avec une musique de supermarché. Une mamie chantonne dessus."),
    ("cpam", "controle_sur_place",
     "Après-midi de contrôles avec un agent de la {{Cpam}} {{95}} : {{4 adresses}}, une seule "
     "personne présente, et elle dormait. Entre deux visites il m'explique qu'il fait {{70 km}} "
     "par jour, qu'il connaît tous les codes d'immeuble de {{Garges}}, qu'il aime ce boulot "
     "« parce qu'on voit comment les gens vivent vraiment »."),
    ("ccas", "controle_sur_place",
     "Visite à domicile au {{Mont-Mesly}}, {{Créteil}}, avec [[PERSONNE:Fanny]] du {{CCAS}}. Mme "
     "[[PERSONNE:Gisèle Hoarau]] demande une aide pour un lit médicalisé. Elle vient de "
     "{{La Réunion}}, arrivée en {{1971}} « pour les {{PTT}} ». Adresse : "
     "[[ADRESSE:2 place de l'Abbaye, apt 114, 94000 Créteil]]. Photos de petits-enfants partout. "
     "Elle nous offre des bonbons coco."),
    ("chrs", "accueil_telephonique",
     "{{115}} du {{94}}. Appel d'une assistante sociale de {{Paul-Brousse}} ({{Villejuif}}) : M. "
     "[[PERSONNE:Henri Le Goaziou]], {{74 ans}}, sort demain, plus de logement depuis l'incendie de "
     "son immeuble. Elle donne son {{poste 4218}} et l'IPP du patient, "
     "[[IDENTIFIANT:0098451273]]. L'écoutant explique que le {{115}} ne gère pas les sorties "
     "d'hôpital, « mais bon », et crée une demande."),
    ("urgences", "accueil_physique",
     "Urgences {{Tenon}}, {{20e}}. Mme [[PERSONNE:Chen Xiuying]], de {{Belleville}}, ne parle pas "
     "français. Sa petite-fille, [[PERSONNE:Léa Chen]], {{11 ans}}, traduit, cartable encore sur "
     "le dos. Date de naissance de la grand-mère : [[DATE_NAISSANCE:1951-06-22]], l'agente la "
     "tape comme c'est écrit sur le papier. Tél de la famille : [[TELEPHONE:01 46 36 72 18]]. La "
     "petite : « elle a mal au ventre depuis {{dimanche}} »."),
    ("caf", "accueil_physique",
     "Agence près de {{Barbès}}, {{14h}}. M. [[PERSONNE:Abdelkader Meziane]], {{RSA}}, courrier de "
     "suspension à la main. Né le [[DATE_NAISSANCE:12 mai 1963]], dit-il, « mais sur les papiers "
     "c'est le [[DATE_NAISSANCE:1er janvier]] » ; l'agente vérifie, c'est "
     "[[DATE_NAISSANCE:01/01/1963]] dans le dossier. La DTR n'a pas été faite, il n'a pas "
     "d'ordinateur. Elle la fait avec lui au poste en libre-service."),
    ("france_travail", "accueil_telephonique",
     "La conseillère entreprise ([[PERSONNE:Marion]]) rappelle des candidates pour une offre de "
     "{{préparatrice de commandes}} à {{Roissy}}, offre n° {{178QKXT}}. Mme "
     "[[PERSONNE:Sandrine Okou]] ne répond pas au [[TELEPHONE:07 83 40 19 26]]. [[PERSONNE:Marion]] "
     "envoie un mail à [[EMAIL:sandrine.okou@yahoo.fr]], « sinon elle répond jamais ». "
     "{{25 candidates}} à appeler avant {{16h}}."),
    ("cpam", "accueil_physique",
     "Accueil sur rdv uniquement depuis {{septembre}}. Les gens sans rdv sont orientés vers la "
     "borne ou le téléphone. Sur {{1 heure}} : {{11 personnes}} repartent sans avoir parlé à "
     "quelqu'un. Un agent, tout bas : « le rdv c'est bien pour nous, pas pour eux »."),
    ("ccas", "accueil_physique",
     "{{PSA}} du {{Centre d'action sociale de la Ville de Paris}}, {{19e}}, {{9h}}. "
     "{{1 900}} personnes domiciliées ici, les casiers courrier montent jusqu'au plafond. Mme "
     "[[PERSONNE:Ngozi Eze]] vient relever son courrier ; l'agent le retrouve sous un nom mal "
     "écrit, « [[PERSONNE:Ngoz Ezé]] ». Elle dit que c'est toujours comme ça."),
    ("chrs", "controle_sur_place",
     "Visite d'hôtel du {{115}} à {{Villejuif}}, {{hôtel Les Tilleuls}}, {{chambre 21}}. M. et Mme "
     "[[PERSONNE:Rahman]] et leurs {{3 enfants}}. Le grand fait ses devoirs sur le lit. Pas de "
     "cuisine : {{1}} micro-ondes dans le couloir pour {{22 chambres}}. Le petit ({{3 ans}}) n'est "
     "pas scolarisé, pas de place en maternelle. L'intervenant prend le portable du père pour la "
     "mairie : [[TELEPHONE:07 51 93 06 27]]."),
    ("caf", "accueil_telephonique",
     "Appel d'un bailleur privé, M. [[PERSONNE:Gérard Kowalczyk]], qui touche l'{{APL}} en tiers "
     "payant pour sa locataire, Mme [[PERSONNE:Tounkara]]. Il veut changer le compte de "
     "versement : [[IBAN:FR76 1751 5900 0008 1234 5678 938]]. L'agente refuse par téléphone, il "
     "faut un courrier signé. Il menace d'écrire au député. Elle note « agressif » dans le "
     "dossier."),
    ("urgences", "accueil_physique",
     "Urgences {{Lariboisière}}, {{nuit}}. Les pompiers amènent un homme sans papiers sur lui, "
     "ivre, ramassé {{rue Myrha}}. Il donne un prénom, « [[PERSONNE:Dédé]] », puis un autre, "
     "[[PERSONNE:Ahmed]]. Enregistré « {{patient inconnu}} » avec un IPP provisoire "
     "[[IDENTIFIANT:P2304877]]. L'IOA : « on en a trois comme ça par nuit »."),
    ("france_travail", "accueil_physique",
     "{{France Travail}} {{Poissy}}, rdv de [[PERSONNE:Kevin Rousseau]] ({{RQTH}}). La "
     "conseillère, Mme [[PERSONNE:Diop]], regarde le dossier {{MDPH}} : n° "
     "[[IDENTIFIANT:092-2023-045781]], renouvellement en attente depuis {{8 mois}}. Il veut bosser "
     "dans les espaces verts. Orientation {{Cap emploi}}, il dit « encore un rdv »."),
    ("cpam", "accueil_telephonique",
     "{{3646}}. M. [[PERSONNE:Ousmane Ndiaye]] appelle pour ses {{indemnités journalières}}. "
     "Vérif d'identité : NIR [[NIR:183089934127601]] (« né au {{Sénégal}} en "
     "[[DATE_NAISSANCE:août 1983]] ? » « oui »). Les IJ partent sur un compte clôturé. Il redonne "
     "son IBAN : [[IBAN:FR76 1010 7002 3100 4125 9876 335]]. Le conseiller demande quand même un "
     "RIB par courrier. M. [[PERSONNE:Ndiaye]] : « vous êtes sérieux là ? »."),
    ("caf", "controle_sur_place",
     "Matinée « contrôles » : {{3 rdv}}, {{2}} annulés la veille. Le contrôleur en profite pour "
     "m'expliquer la grille : logement, ressources, composition du foyer. Il fait {{environ 150}} "
     "contrôles par an, {{1 sur 5}} donne un rappel, et c'est « souvent en faveur de "
     "l'allocataire, on l'oublie »."),
    ("chrs", "accueil_physique",
     "{{CHAPSA}} de {{Nanterre}}, {{18h}}. Le bus de la {{BAPSA}} arrive de {{Paris}} avec "
     "{{14 hommes}}. Guichet : nom, prénom, date de naissance. [[PERSONNE:Jean-Pierre Lacombe]], "
     "[[DATE_NAISSANCE:04/12/1958]]. [[PERSONNE:Mustapha Kherbache]], « "
     "[[DATE_NAISSANCE:soixante-sept]] », c'est tout ce qu'il dit. L'agent, "
     "[[PERSONNE:Thierry]], connaît la moitié d'entre eux par leur prénom."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Bobigny}}, demande d'aide aux obsèques. Mme [[PERSONNE:Manuela Esteves]] : son mari "
     "est mort {{jeudi}} à {{Avicenne}}. Devis des {{Pompes funèbres Roblot}} : {{3 400 €}}. "
     "Elle ne veut pas d'incinération. L'agente ([[PERSONNE:Corinne]]) lui tient la main pendant "
     "qu'elle signe. Aide max : {{800 €}}."),
    ("france_travail", "accueil_physique",
     "Agence de {{Massy}}. Mme [[PERSONNE:Olena Kovalenko]], {{Ukraine}}, "
     "{{protection temporaire}}. APS n° [[IDENTIFIANT:9401452263]] bientôt expirée, elle a peur "
     "que ça bloque l'inscription. La conseillère la rassure. Elle était comptable à "
     "{{Kharkiv}}. On lui propose un atelier « valoriser ses compétences ». Elle demande s'il y a "
     "des cours de français le soir."),
    ("urgences", "accueil_telephonique",
     "Bureau des entrées des urgences de {{Bicêtre}}. Une assurance ({{Axa}}) demande confirmation "
     "du passage de M. [[PERSONNE:Pierre-Yves Kerbrat]] le {{14}}. La secrétaire refuse, secret "
     "médical. Ils rappellent {{10 minutes}} plus tard avec un autre interlocuteur. Elle "
     "raccroche."),
    ("caf", "accueil_physique",
     "Étudiant, [[PERSONNE:Yanis Boukhris]], résidence {{Crous}} de {{Orsay}}, "
     "{{chambre 317}}. Sa demande d'{{APL}} bloque sur « justificatif de scolarité ». Envoyé "
     "{{2 fois}}. L'agente ouvre le document : mal scanné, illisible. Elle le rescanne elle-même. "
     "Num alloc [[N_ALLOCATAIRE:4417820]]. « Merci madame, vraiment. »"),
]

NOTES_4 = [
    ("france_travail", "accueil_telephonique",
     "[[PERSONNE:Julien]], conseiller, appelle M. [[PERSONNE:Fabio Rodrigues]] pour une formation "
     "{{CACES}} qui démarre le {{3}} à {{Bonneuil}}. Il faut confirmer le mail pour la "
     "convocation : [[EMAIL:fabio.rodrigues94@outlook.fr]]. Identifiant lu sur l'écran : "
     "[[ID_FRANCE_TRAVAIL:3187452M]]. Il dit oui tout de suite. « Enfin », il dit."),
    ("caf", "accueil_physique",
     "{{10h20}}. Un papa avec des jumeaux dans une poussette double ne passe pas le portique de "
     "sécurité. Le "
     "vigile démonte le portique, littéralement. Applaudissements dans la salle 👏"),
    ("chrs", "controle_sur_place",
     "Tour de {{23h}} avec le veilleur de nuit, {{CHU}} du {{13e}} (anciens bureaux, {{80 places}}). "
     "Il compte les lits occupés et note les absents : [[PERSONNE:Ali Ahmadi]], "
     "[[PERSONNE:Sekou Camara]], « [[PERSONNE:Bébert]] ». Au bout de {{3 nuits}} d'absence la place "
     "est perdue. Il dit qu'il prévient toujours avant, « par texto, ils ont tous un téléphone »."),
    ("cpam", "accueil_physique",
     "{{Cpam}}, antenne de {{Mantes-la-Jolie}}. M. [[PERSONNE:Mehmet Öztürk]], maçon, vient pour une "
     "{{attestation de droits}}, son fils [[PERSONNE:Emre]] traduit. NIR : "
     "[[NIR:1 72 10 99 208 143 39]], né le [[DATE_NAISSANCE:15 octobre 1972]] à {{Kayseri}}. "
     "L'agent imprime. [[PERSONNE:Emre]] demande aussi pour la {{mutuelle}} de son père, "
     "l'agent dit que ça, c'est ailleurs."),
    ("ccas", "accueil_physique",
     "{{CCAS}} d'{{Ivry-sur-Seine}}, calcul du {{quotient familial}} pour la cantine. Mme "
     "[[PERSONNE:Yasmina Bouchareb]], {{3 enfants}}. L'agente demande le n° allocataire : "
     "[[N_ALLOCATAIRE:5530917]] et l'adresse : [[ADRESSE:15 av. Georges-Gosnat, 94200 Ivry-sur-Seine]]. "
     "Résultat : tranche {{B}}, {{1,20 €}} le repas. Mme [[PERSONNE:Bouchareb]] fait le calcul "
     "pour le mois sur ses doigts."),
    ("urgences", "accueil_physique",
     "IOA, {{8h}}, relève. {{27 patients}} présents dont {{9}} depuis plus de {{12 heures}}. "
     "L'infirmière de nuit fait les transmissions en {{15 minutes}} chrono. Une patiente réclame son "
     "petit-déjeuner ; on lui dit que ce n'est pas un hôtel ; elle répond « à l'hôtel j'aurais une "
     "chambre »."),
    ("caf", "accueil_telephonique",
     "Mme [[PERSONNE:Souad Jebali]] appelle pour l'{{ASF}}. Elle n'a pas son n° alloc, donne son "
     "numéro de sécu : [[NIR:275099935108952]]. L'agente retrouve le dossier, n° "
     "[[N_ALLOCATAIRE:6612045]]. Le père ne paie plus la pension depuis {{juin}}. L'agente "
     "explique l'{{Aripa}}. Mme [[PERSONNE:Jebali]] : « il est reparti en {{Tunisie}}, vous "
     "croyez qu'ils vont le trouver là-bas ? »"),
    ("france_travail", "accueil_physique",
     "Agence {{Paris 18e}}. [[PERSONNE:Mariam Sylla]], {{23 ans}}, de la {{Goutte-d'Or}}, cherche "
     "dans la vente. Le conseiller, M. [[PERSONNE:Bernard]], corrige son CV à l'écran : elle avait "
     "mis son tél sans le zéro, [[TELEPHONE:6 19 54 73 28]] -> [[TELEPHONE:06 19 54 73 28]], et "
     "une adresse « [[EMAIL:mariam.bb.damour@hotmail.fr]] » qu'il lui conseille de changer 😬. "
     "Nouvelle adresse créée sur place : [[EMAIL:mariam.sylla.pro@gmail.com]]."),
    ("cpam", "accueil_telephonique",
     "Appel d'une pharmacienne de {{Meaux}} : tiers payant refusé pour un patient, « droits "
     "fermés ». Le conseiller ne peut rien dire sans l'accord du patient. Elle : « il est devant "
     "moi ». « Passez-le-moi alors. » {{4 minutes}} plus tard c'est réglé."),
    ("chrs", "accueil_physique",
     "{{CHRS}} au {{Petit-Nanterre}}, entretien de sortie. [[PERSONNE:Dylan]], {{26 ans}}, a un "
     "logement social à {{Colombes}} par {{Action Logement}}. Nouvelle adresse : "
     "[[ADRESSE:22 rue Gabriel-Péri, 92700 Colombes]]. Il a déjà acheté une plante. L'éducatrice "
     "([[PERSONNE:Maëlle]]) lui fait la liste : {{EDF}}, assurance, {{APL}}, changement d'adresse "
     "partout. Il photographie la liste."),
    ("ccas", "accueil_telephonique",
     "Ligne seniors du {{CCAS}} de {{Champigny}}, inscription au {{plan canicule}}. M. "
     "[[PERSONNE:Roger Thibault]], {{79 ans}}, né le [[DATE_NAISSANCE:2 avril 1945]], "
     "[[ADRESSE:8 rue du Bois-l'Abbé, 94500 Champigny-sur-Marne]], fixe "
     "[[TELEPHONE:01 48 81 26 39]]. Personne à prévenir : sa nièce [[PERSONNE:Valérie]], "
     "[[TELEPHONE:06 30 88 14 75]]. Il demande si « c'est la mairie qui appelle quand il fait "
     "chaud ». Oui."),
    ("urgences", "accueil_telephonique",
     "Accueil tel des urgences du {{CHI de Créteil}}. Le Dr [[PERSONNE:Vasseur]], médecin de ville, "
     "adresse une patiente : Mme [[PERSONNE:Latifa Bensaïd]], née le "
     "[[DATE_NAISSANCE:23.09.1990]], suspicion de phlébite. Il laisse son portable pro, "
     "[[TELEPHONE:06 02 71 58 44]], « si le senior veut me joindre ». La secrétaire note tout sur "
     "un post-it jaune puis le recopie."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Champigny}}, {{Bois-l'Abbé}}, [[ADRESSE:5 allée Georges-Braque, "
     "94500 Champigny-sur-Marne]]. Mme [[PERSONNE:Aïcha Diakhaby]], {{API}}… pardon {{RSA majoré}}. "
     "La contrôleuse vérifie que le compte [[IBAN:FR62 2004 1010 1228 4759 3W03 378]] est bien à son "
     "nom seul. Oui. Elle regarde les virements : un de {{200 €}} tous les mois, « c'est ma sœur ». "
     "Noté, à justifier."),
    ("chrs", "accueil_telephonique",
     "Écran du {{115}} au mur : {{63 %}} d'appels non décrochés aujourd'hui. L'écoutante dit que "
     "certains appellent {{40 fois}} par jour. Sa règle : ne jamais dire « non », dire « pas ce "
     "soir ». Elle boit un thé froid depuis {{19h}}."),
    ("france_travail", "accueil_telephonique",
     "Écoute d'un conseiller indemnisation. {{5 appels}} en {{40 min}}, tous sur le même "
     "sujet : le calcul de l'{{ARE}} après une rupture conventionnelle. Il dessine le calcul sur "
     "une feuille pour chaque appel, même si la personne ne le voit pas. « Ça m'aide moi »."),
    ("cpam", "controle_sur_place",
     "Contrôle à {{Villejuif}} : M. [[PERSONNE:Nabil Cherif]], en arrêt maladie, signalé comme "
     "faisant du VTC. L'agent a un relevé : véhicule [[IMMATRICULATION:FG-318-VN]], connecté à "
     "{{Uber}} {{6 soirs}} sur {{7}}. M. [[PERSONNE:Cherif]] dit que c'est son frère qui conduit. "
     "L'agent : « on verra avec les relevés ». Pas de tension, très poli des deux côtés."),
    ("ccas", "accueil_physique",
     "Section du {{13e}} du {{Centre d'action sociale}}. Mme [[PERSONNE:Lan Truong]], {{83 ans}}, "
     "des {{Olympiades}}, [[ADRESSE:44 rue du Javelot, 75013 Paris]], vient pour "
     "{{Paris Solidarité}}. Elle a tout rangé dans une boîte à biscuits {{Lu}}. L'agent trouve "
     "l'avis d'imposition au fond. Elle rit."),
    ("urgences", "accueil_physique",
     "Urgences pédiatriques de {{Louis-Mourier}}. [[PERSONNE:Adam]], né le "
     "[[DATE_NAISSANCE:30 juin 2019]], tombé du toboggan. La maman, Mme [[PERSONNE:Gomes]], donne "
     "le carnet de santé et sa carte vitale. L'agente tape tout en {{2 min}}. Attente estimée : "
     "{{2h}}. [[PERSONNE:Adam]] a arrêté de pleurer et joue avec le distributeur de gel."),
    ("caf", "accueil_physique",
     "{{Caf}}, accueil de {{Nanterre}}. M. [[PERSONNE:Lahcen Oubella]], {{67 ans}}, foyer {{ADEF}}, "
     "retraité du bâtiment. Carte de résident n° [[IDENTIFIANT:7503104417]], il la pose sur le "
     "comptoir comme un passeport. L'{{APL}} du foyer s'est arrêtée : il a passé "
     "{{7 mois}} au {{Maroc}} l'an dernier. L'agent explique la règle des {{8 mois}} de présence. "
     "Il ne savait pas. Son NIR, relu : [[NIR:1 57 06 99 350 211 68]]."),
    ("france_travail", "accueil_physique",
     "Agence de {{Melun}}. M. [[PERSONNE:Rui Carvalho]], livreur à son compte, vient pour "
     "l'{{ARCE}}. Il gare sa camionnette [[IMMATRICULATION:EZ-905-LM]] en double file, ressort "
     "{{2 fois}} pour vérifier. La conseillère lui dit que son dossier est incomplet. « Je "
     "reviens, je bouge la camionnette. » Il revient pas."),
    ("cpam", "accueil_physique",
     "Pas de file aujourd'hui (grève des transports). L'agent d'accueil en profite pour classer les "
     "formulaires : {{S3705}}, {{cerfa 12541}}, le présentoir de brochures {{M'T dents}}. Il dit "
     "que c'est le premier mardi calme depuis {{2019}}."),
    ("chrs", "accueil_physique",
     "Halte de nuit pour femmes, {{18e}}, {{21h}}. {{25 places}}, {{31}} femmes devant la porte. "
     "L'accueillante, [[PERSONNE:Morgane]], fait entrer les plus âgées d'abord. "
     "[[PERSONNE:Bintou]], enceinte, passe devant aussi. Les autres ne disent rien. Une femme "
     "dit qu'elle s'appelle « [[PERSONNE:la Reine]] », tout le monde l'appelle comme ça. "
     "[[PERSONNE:Morgane]] : « on la connaît depuis {{10 ans}} »."),
    ("ccas", "controle_sur_place",
     "Enquête sociale à domicile au {{Petit-Nanterre}} pour une demande d'aide facultative. "
     "Famille [[PERSONNE:Konaté]], {{5 enfants}}, T3, [[ADRESSE:17 rue des Fontenelles, "
     "92000 Nanterre]]. Le frigo est vide sauf du lait. L'AS, [[PERSONNE:Pauline]], note les "
     "dettes : loyer, cantine, {{Navigo}}. Elle propose des {{chèques services}} pour "
     "{{150 €}}. Mme [[PERSONNE:Konaté]] demande surtout des vêtements pour l'hiver."),
    ("caf", "accueil_telephonique",
     "Appel de M. [[PERSONNE:Julien Marchal]], travaille chez {{Amazon}} en intérim, veut mettre à "
     "jour son compte : il dicte le RIB à l'ancienne, banque-guichet-compte-clé : "
     "« [[IBAN:30002 00467 0000784512X 37]] ». L'agente : « le X c'est bien un X ? » « Oui "
     "c'est ma banque qui met ça. » Num alloc [[N_ALLOCATAIRE:7194263]]."),
    ("urgences", "accueil_telephonique",
     "Standard des urgences. Un homme demande si son frère, [[PERSONNE:Hakim Boudjema]], est passé "
     "cette nuit. La secrétaire ne peut pas confirmer. Il insiste, donne la date de naissance pour "
     "prouver que c'est bien son frère : « [[DATE_NAISSANCE:7 février 1985]] ». Elle ne dit rien de "
     "plus. Il raccroche en criant."),
    ("chrs", "controle_sur_place",
     "Passage dans un hôtel du {{115}} à {{Ivry}} pour une famille qui ne répond plus. Chambre vide, "
     "lits faits, sacs partis. Le gérant ne sait pas quand. L'intervenante note « départ sans "
     "prévenir », ferme le dossier sur sa tablette. {{4 minutes}} en tout."),
    ("france_travail", "accueil_telephonique",
     "Conseillère [[PERSONNE:Nadia Belhadj]], appel entrant. M. [[PERSONNE:Thomas Guillot]], "
     "cadre, licencié, veut un rdv en présentiel « pas en visio ». Il donne son mail en le "
     "maquillant par habitude : « [[EMAIL:thomas.guillot [at] free.fr]] ». Identifiant "
     "[[ID_FRANCE_TRAVAIL:7012356 T]]. Rdv à {{Boulogne}} dans {{10 jours}}."),
    ("cpam", "accueil_telephonique",
     "Une dame demande l'adresse mail de « son » conseiller. Il explique qu'il n'y a pas de "
     "conseiller attitré, il faut passer par la messagerie du compte {{Ameli}}. Elle donne quand "
     "même son mail « pour qu'on me réponde » : [[EMAIL:m.dasilva.paris13@laposte.net]]. Nom : "
     "[[PERSONNE:Maria da Silva]]. Il l'ajoute dans le commentaire du dossier."),
    ("caf", "accueil_physique",
     "{{Caf}}, permanence de {{Choisy-le-Roi}}. Mme [[PERSONNE:Samira Oukaci]], {{2 enfants}} nés en "
     "[[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]], déménage à {{Orly}}. L'agente change "
     "l'adresse dans le dossier : [[ADRESSE:3 rue du Commerce, 94310 Orly]]. Elle demande si les "
     "{{allocations}} vont « sauter » pendant le déménagement. Réponse : non, normalement."),
    ("ccas", "accueil_physique",
     "{{CCAS}}, {{11h}}. Une permanence d'écrivain public le mardi : {{6}} personnes attendent, "
     "surtout pour des lettres au bailleur. L'écrivain public est un retraité bénévole, ancien "
     "instituteur, stylo plume. Il fait relire chaque lettre à voix haute."),
    ("france_travail", "accueil_physique",
     "{{Job dating}} {{logistique}} dans le hall de l'agence, {{4 entreprises}}, {{60 candidats}}. "
     "Les recruteurs posent tous la même question : « vous avez le permis ? ». Ceux qui disent non "
     "repartent au bout de {{30 secondes}}."),
    ("urgences", "accueil_physique",
     "Urgences de l'hôpital de {{Longjumeau}}, {{22h}}. Le vigile annonce au micro : « le propriétaire du "
     "véhicule [[IMMATRICULATION:ek-611-tr]] est prié de le déplacer de l'emplacement "
     "ambulances ». Personne ne bouge. Il répète. Un monsieur se lève, l'air coupable, c'est "
     "M. [[PERSONNE:Ramos]]…"),
    ("chrs", "accueil_telephonique",
     "{{115}} du {{92}}, {{20h15}}. [[PERSONNE:Nassim]], {{19 ans}}, mis dehors par sa mère au "
     "{{Luth}}. Il appelle avec le téléphone d'un pote, [[TELEPHONE:07 62 18 95 40]]. L'écoutante "
     "l'oriente vers l'{{accueil jeunes}} de {{Nanterre}} demain matin. Ce soir : rien."),
    ("ccas", "accueil_telephonique",
     "Permanence tel du {{CCAS}}, {{14h}}-{{16h}}. {{12 appels}}. Principalement des demandes de "
     "rdv avec l'assistante sociale ({{3 semaines}} de délai) et des questions sur le "
     "{{colis de Noël}}. Un monsieur appelle pour savoir si « la mairie » peut lui prêter une "
     "perceuse. Non."),
    ("cpam", "accueil_physique",
     "{{Cpam}} de {{Vitry}}. Mme [[PERSONNE:Jacqueline Perret]], née à {{Villejuif}} en "
     "[[DATE_NAISSANCE:mai 1953]], veuve depuis {{mars}}, vient faire le capital décès et mettre "
     "sa carte à jour. NIR : [[NIR:2 53 05 94 076 088 43]]. L'agent est doux, parle lentement. "
     "Elle dit « mon mari faisait tout ça »."),
]

NOTES_5 = [
    ("caf", "controle_sur_place",
     "Contrôle {{Caf}} du {{94}} au {{Mont-Mesly}}. Mme [[PERSONNE:Élodie Marques]], {{ASF}}, "
     "n° [[N_ALLOCATAIRE:8820461]]. Le contrôleur ([[PERSONNE:Jean-Marc]]) lui demande si le père, "
     "M. [[PERSONNE:Da Costa]], vient encore : la voisine parle d'une voiture "
     "[[IMMATRICULATION:CV-226-AE]] garée en bas tous les soirs. Elle : « il vient voir les petits, "
     "il dort pas ici ». [[PERSONNE:Jean-Marc]] regarde la salle de bain : une seule brosse à "
     "dents d'adulte. Il coche."),
    ("caf", "accueil_telephonique",
     "Appel d'une travailleuse sociale de {{CHRS}}, [[PERSONNE:Camille Lemoine]], pour une résidente, "
     "Mme [[PERSONNE:Esther Mavinga]], n° alloc [[N_ALLOCATAIRE:3056712]] : le {{RSA}} est "
     "suspendu depuis {{2 mois}}. L'agente ne peut pas tout dire à un tiers. La TS laisse son mail "
     "pro : [[EMAIL:c.lemoine@asso-passerelles.org]], et dit qu'elle rappellera avec la dame à "
     "côté d'elle."),
    ("chrs", "accueil_physique",
     "Service domiciliation de l'association à {{Belleville}}. Chaque domicilié a un numéro. M. "
     "[[PERSONNE:Tesfaye Haile]] ({{Érythrée}}), n° de domiciliation [[IDENTIFIANT:D-2023-1187]], "
     "attend une lettre de l'{{Ofpra}}. Rien aujourd'hui. Il revient {{tous les jours}} depuis "
     "{{3 semaines}}. Le bénévole, [[PERSONNE:Gilles]], lui dit « demain peut-être », comme hier."),
    ("cpam", "accueil_physique",
     "{{Cpam}} {{Paris 19e}}. [[PERSONNE:Joëlle Bellance]], arrivée de {{Guadeloupe}} il y a "
     "{{2 mois}}, veut transférer son dossier de la {{CGSS}}. Née à {{Pointe-à-Pitre}} le "
     "[[DATE_NAISSANCE:19 avril 1996]]. NIR : [[NIR:2 96 04 97 120 058 41]]. L'agent : « le "
     "transfert est automatique en théorie ». Elle : « en théorie ». Ils rient tous les deux."),
    ("france_travail", "accueil_telephonique",
     "Rappel programmé : la conseillère appelle M. [[PERSONNE:Aboubacar Touré]] au "
     "[[TELEPHONE:07 71 26 84 13]]. C'est sa femme qui répond, il est au travail (intérim). Elle "
     "donne le mail de son mari « pour qu'il ait le lien » : [[EMAIL:toure.abou@gmail.com]]. "
     "Identifiant [[ID_FRANCE_TRAVAIL:1598340D]]. L'entretien est décalé à {{18h}}, la conseillère "
     "finit à {{17h}} normalement."),
    ("urgences", "accueil_physique",
     "Urgences de {{Bichat}}, {{18e}}. M. [[PERSONNE:Gaston Leroy]], {{92 ans}}, arrive de "
     "l'{{EHPAD Les Jardins d'Ornano}} avec une fiche de liaison : né le "
     "[[DATE_NAISSANCE:11/11/1932]], IPP [[IDENTIFIANT:20187734]], sa fille à prévenir, Mme "
     "[[PERSONNE:Claire Leroy-Martel]], [[TELEPHONE:06 95 17 40 82]]. Il demande à l'agente "
     "quelle heure il est, {{4 fois}}."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Gennevilliers}}, dossier {{Améthyste}}. Mme [[PERSONNE:Fatima Zahra El Idrissi]], "
     "{{71 ans}}, habite au {{Luth}} : [[ADRESSE:4 avenue du Luth, 92230 Gennevilliers]]. Elle "
     "donne son avis d'imposition, son passe {{Navigo}}, sa photo. L'agent colle la photo de "
     "travers, recommence. Elle : « laissez, je suis pas belle dessus de toute façon »."),
    ("chrs", "accueil_telephonique",
     "{{115}} {{Paris}}, {{17h40}}. Mme [[PERSONNE:Adjoa Mensah]] et son bébé de {{3 semaines}}, "
     "sortie de maternité à {{Robert-Debré}}. Référence {{SIAO}} [[IDENTIFIANT:75-0493318]]. "
     "L'écoutante ([[PERSONNE:Inès]]) trouve une chambre d'hôtel à {{Saint-Denis}}, rappelle au "
     "[[TELEPHONE:07 58 33 02 91]] pour donner l'adresse. Pas de réponse. Elle réessaie "
     "{{3 fois}}. La place part à quelqu'un d'autre à {{18h05}}."),
    ("france_travail", "accueil_physique",
     "Zone libre-service : {{6 ordinateurs}}, {{2}} marchent. Un service civique aide les gens à "
     "scanner leurs documents avec leur téléphone. Il fait ça {{toute la journée}}. Il dit que son "
     "record c'est {{43 scans}} en une matinée."),
    ("cpam", "accueil_telephonique",
     "{{3646}}, {{9h}}. La plupart des appels portent sur la nouvelle carte vitale sur "
     "l'application. Le conseiller explique {{11 fois}} où télécharger l'appli. Une dame de "
     "{{84 ans}} lui demande ce qu'est un « QR code ». Il prend {{20 minutes}} avec elle."),
    ("caf", "accueil_physique",
     "{{Caf}} du {{20e}}. M. [[PERSONNE:Thibault Vanderbeke]], belge, installé à {{Belleville}}, veut "
     "que sa {{prime d'activité}} arrive sur son compte en {{Belgique}} : "
     "[[IBAN:BE98 0634 5127 8993]]. L'agent vérifie : zone {{SEPA}}, c'est possible. M. "
     "[[PERSONNE:Vanderbeke]] ne le croyait pas. « En {{France}} tout est compliqué, non ? »"),
    ("ccas", "accueil_telephonique",
     "Standard du {{CCAS}} : le numéro affiché sur le site de la mairie est faux depuis {{6 mois}}, "
     "les gens tombent sur la crèche, qui transfère. La crèche appelle le {{CCAS}} pour se plaindre, "
     "le {{CCAS}} rit jaune. L'agent dit que le ticket informatique est ouvert depuis {{avril}}."),
    ("chrs", "controle_sur_place",
     "Visite d'hôtel avec l'équipe du {{115}} du {{94}} : {{hôtel Le Provence}}, "
     "[[ADRESSE:112 avenue Roger-Salengro, 94500 Champigny-sur-Marne]], {{chambre 9}}. C'est là "
     "que vit M. [[PERSONNE:Abderrahmane Slimani]] depuis {{2 ans}}. Il a collé des photos au "
     "mur, une bouilloire, une plante. L'intervenante, [[PERSONNE:Carole]], dit qu'il est "
     "« stabilisé » à l'hôtel. Lui dit qu'il attend « un studio, juste un studio »."),
    ("urgences", "accueil_telephonique",
     "Appel au bureau des entrées : une fille demande ce qu'elle doit faire pour la voiture de son "
     "père, hospitalisé, restée au parking des urgences depuis {{3 jours}}. {{Clio}} grise, plaque "
     "ancienne [[IMMATRICULATION:4521 WX 93]]. La secrétaire appelle la sécurité, donne la plaque, "
     "donne le nom du père, M. [[PERSONNE:Lucien Dorival]]. Le parking sera « oublié »."),
    ("france_travail", "accueil_physique",
     "Agence de {{Gennevilliers}}. [[PERSONNE:Ryan Belkhir]], {{20 ans}}, du {{Luth}}, veut passer "
     "le permis avec l'{{aide au permis}}. La conseillère vérifie : inscrit depuis {{6 mois}}, "
     "identifiant [[ID_FRANCE_TRAVAIL:4402761L]], né le [[DATE_NAISSANCE:28/03/2004]]. Devis "
     "auto-école {{1 450 €}}, aide possible {{1 200 €}}. Il fait « yes » discrètement sous la "
     "table."),
    ("caf", "accueil_telephonique",
     "{{10h}}-{{12h}}, double écoute. Les appels sont coupés au bout de {{20 minutes}} "
     "automatiquement (« pour la qualité de service »). Deux personnes rappellent le {{3230}} juste "
     "après, re-file d'attente. L'agente dit que c'est la règle qu'elle déteste le plus."),
    ("cpam", "accueil_physique",
     "Antenne {{Cpam}} de {{Saint-Maur}}. M. [[PERSONNE:Jonathan Lévy]] vient pour une "
     "{{complémentaire santé solidaire}}. Il a déjà une mutuelle {{Harmonie}}, n° adhérent "
     "[[IDENTIFIANT:HM-00458213]], qu'il veut résilier. L'agent explique qu'il faut attendre "
     "l'accord {{CSS}} d'abord. Il note tout au dos d'une enveloppe."),
    ("ccas", "controle_sur_place",
     "Visite à domicile à {{Vitry}} avec l'agente du service maintien à domicile. Couple "
     "portugais, M. [[PERSONNE:Armando Pires]] et Mme [[PERSONNE:Rosa Pires]], "
     "[[ADRESSE:10 rue Charles-Infroit, 94400 Vitry-sur-Seine]]. Pavillon, jardin impeccable, "
     "figuier. Mme [[PERSONNE:Pires]] ne peut plus monter l'étage. On parle de barres d'appui, "
     "d'une aide ménagère {{2 h}} par semaine. Café, gâteau. Il dit « on a construit la moitié de "
     "{{Vitry}} »."),
    ("chrs", "accueil_physique",
     "{{CHRS}} de {{Villejuif}}, bureau des éducs. Mme [[PERSONNE:Kadiatou Bah]] a ouvert un compte "
     "{{Nickel}} pour recevoir le {{RSA}}. L'éducateur recopie l'IBAN sur la demande : "
     "[[IBAN:FR7616606100100008742156974]]. Elle demande si la {{Caf}} accepte « les comptes du "
     "tabac ». Oui."),
    ("cpam", "accueil_telephonique",
     "Appel de M. [[PERSONNE:Maxime Aubert]], {{34 ans}}, né à {{Colombes}}. Il veut que ses "
     "remboursements arrivent sur son nouveau compte. NIR [[NIR:1 90 05 92 025 174 69]], IBAN "
     "[[IBAN:FR76 3000 4028 4500 0208 7413 675]]. Le conseiller dit de le faire sur {{Ameli}}. Il "
     "a « un souci de mot de passe depuis {{2020}} »."),
    ("france_travail", "accueil_telephonique",
     "Appels sortants de la cellule « {{RSA}} » : les nouveaux bénéficiaires doivent s'inscrire. "
     "{{15 numéros}} à appeler, {{4}} décrochent. La conseillère laisse {{11 messages}}, toujours "
     "les mêmes mots. Elle dit qu'elle rêve la phrase la nuit."),
    ("caf", "accueil_physique",
     "Permanence {{Caf}} au foyer de travailleurs migrants d'{{Ivry}} ({{foyer Coallia}}, "
     "{{chambre 105}}). M. [[PERSONNE:Diadié Sissoko]], {{74 ans}}, et son voisin de chambre, M. "
     "[[PERSONNE:Samba Diawara]], viennent ensemble. Numéros allocataires : "
     "[[N_ALLOCATAIRE:0598317]] et [[N_ALLOCATAIRE:0598452]], presque les mêmes, « on est arrivés "
     "le même jour ». L'agent rit."),
    ("urgences", "accueil_physique",
     "Salle d'attente, {{Henri-Mondor}}. Un écran affiche les délais par couleur : vert {{1h}}, "
     "jaune {{3h}}, rouge « en cours de prise en charge ». Personne ne comprend. Un monsieur "
     "demande à l'agente s'il est « jaune ou vert ». Elle ne sait pas non plus."),
    ("chrs", "accueil_telephonique",
     "{{SIAO}} du {{92}}, permanence insertion. Une AS de {{Colombes}} présente la situation de M. "
     "[[PERSONNE:Philippe Ménard]], {{61 ans}}, expulsé en {{mars}}, hébergé chez un ami à "
     "{{Bois-Colombes}}. Elle donne sa date de naissance, [[DATE_NAISSANCE:19/02/1963]], et le "
     "n° de la demande de logement social [[IDENTIFIANT:0920323015896]]. Orientation "
     "{{pension de famille}}, {{18 mois}} d'attente estimée."),
    ("caf", "controle_sur_place",
     "Contrôle sur l'[[ADRESSE:aire d'accueil des gens du voyage de Bonneuil, emplacement 7]]. "
     "Famille [[PERSONNE:Lagrené]], {{4 enfants}}, {{RSA}}. La caravane est immatriculée "
     "[[IMMATRICULATION:DL-504-RC]]. Le contrôleur regarde les certificats de scolarité : "
     "{{CNED}} pour les deux grands. M. [[PERSONNE:Lagrené]] montre fièrement les cahiers."),
    ("ccas", "accueil_physique",
     "Section {{18e}} du {{Centre d'action sociale}}, côté {{La Chapelle}}. Une famille rom, "
     "[[PERSONNE:Stoica]], vient pour une aide alimentaire. L'agent demande une domiciliation : "
     "ils sont domiciliés à {{la Halte}}, [[ADRESSE:12 rue Pajol, 75018 Paris]]. Ils repartent avec "
     "des {{tickets service}} pour {{60 €}} et une adresse d'épicerie solidaire."),
    ("france_travail", "accueil_physique",
     "Agence de {{Cergy}}. M. [[PERSONNE:Philippe Caron]], {{58 ans}}, ancien chef d'atelier, "
     "licencié économique. Il dit « à mon âge on vous prend plus ». La conseillère ne contredit "
     "pas, propose un {{CSP}}. Identifiant [[ID_FRANCE_TRAVAIL:2208645 F]]. Il note tout dans un "
     "petit carnet {{Moleskine}}."),
    ("chrs", "accueil_physique",
     "Repas du soir au {{CHRS}}, {{19h}}. {{38}} couverts. Menu : riz, poulet, yaourt. Un résident "
     "fait un discours pour l'anniversaire d'un autre, tout le monde tape sur la table. "
     "L'éducatrice me dit que c'est la première fois qu'elle les voit rire tous ensemble depuis "
     "{{l'été}}."),
    ("cpam", "controle_sur_place",
     "Vérification d'adresse à {{Colombes}} pour un dossier de pension d'invalidité. Adresse "
     "déclarée : [[ADRESSE:36 rue Saint-Denis, 92700 Colombes]]. Pas de nom sur la boîte aux "
     "lettres. La gardienne : « M. [[PERSONNE:Belaïd]] ? il est parti au bled depuis l'été ». "
     "L'agente note, sans commentaire."),
    ("caf", "accueil_physique",
     "{{15h45}}, {{15 minutes}} avant la fermeture. Encore {{19 tickets}}. L'agent d'accueil "
     "annonce que « tout le monde sera reçu ». Soupir collectif de soulagement. Il me dit après "
     "que ça veut dire finir à {{17h30}}."),
    ("urgences", "accueil_physique",
     "Urgences de {{Tenon}}. [[PERSONNE:Yacine Amrani]], {{16 ans}}, bagarre au {{parc de "
     "Belleville}}. Il arrive seul. L'agente doit joindre un parent : il donne le portable de sa "
     "mère, [[TELEPHONE:06 48 33 12 90]], « mais elle va me tuer ». Elle appelle quand même. "
     "Mère présente {{25 minutes}} plus tard, en chaussons."),
    ("france_travail", "accueil_telephonique",
     "Un employeur appelle : il a embauché [[PERSONNE:Nadège Fontaine]] et veut savoir si elle "
     "ouvre droit à une aide. Le conseiller lui demande l'identifiant de la candidate, l'employeur "
     "l'a sur le CV : [[ID_FRANCE_TRAVAIL:6030981 Y]]. SIRET de l'entreprise : "
     "{{520 471 839 00016}}. Réponse : {{AFPR}} possible. L'employeur laisse son portable : "
     "[[TELEPHONE:06 11 42 87 35]]."),
    ("cpam", "accueil_physique",
     "Borne de mise à jour de carte vitale en panne depuis {{janvier}} (affichette « {{HS}} » à "
     "la main). Les gens font la queue devant quand même, puis se retournent vers l'agent, qui "
     "montre l'affichette. {{9 fois}} en une heure."),
    ("chrs", "controle_sur_place",
     "Visite de la résidence sociale de {{Gennevilliers}} avec la chargée de suivi. {{120 "
     "studios}}, {{3}} vacants. Elle vérifie les extincteurs, les parties communes, la "
     "laverie. Un résident demande quand la machine à laver sera réparée : {{2 mois}}."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Fontenay-sous-Bois}}. Mme [[PERSONNE:Virginie Lacroix]] demande une aide pour la cantine. "
     "L'agent a besoin du n° allocataire, elle le lit sur son téléphone : "
     "[[N_ALLOCATAIRE:2381576]]. Il la rappellera : [[TELEPHONE:07 86 05 44 19]]. Elle part "
     "vite, sa pause déj finit à {{13h30}}."),
]

NOTES_6 = [
    ("caf", "accueil_telephonique",
     "Mme [[PERSONNE:Mei Ling Zhang]], commerçante à {{Aubervilliers}}, vient de changer de banque. "
     "L'agente relit l'IBAN par groupes de quatre : « [[IBAN:FR91 2004 1000 0154 3217 8K02 067]] ». "
     "« K comme kilo ? » « Oui. » N° alloc [[N_ALLOCATAIRE:4082219]]. Appel de {{3 min 40}}, le "
     "plus court de la matinée."),
    ("france_travail", "accueil_physique",
     "Agence {{Paris 20e}}, {{Belleville}}. [[PERSONNE:Sarah Benchetrit]], {{24 ans}}, master de "
     "socio, « surdiplômée pour tout ». Le conseiller, [[PERSONNE:Loïc]], vérifie le mail : "
     "[[EMAIL:sarah.benchetrit@protonmail.com]]. Elle veut l'associatif. Il parle du "
     "{{service civique}}, elle l'a déjà fait. Identifiant [[ID_FRANCE_TRAVAIL:8813402H]]. Ils "
     "finissent par parler de leurs mémoires respectifs."),
    ("chrs", "accueil_physique",
     "{{CHU}} près de la {{place de Flandre}}, {{19e}}. Jeunes hommes afghans surtout. "
     "[[PERSONNE:Zabihullah]], né en [[DATE_NAISSANCE:2003]], montre son récépissé de demande "
     "d'asile, n° [[IDENTIFIANT:7509482216]], plié en {{huit}}. Le travailleur social "
     "([[PERSONNE:Bastien]]) le met dans une pochette plastique. « Comme ça il tient jusqu'à "
     "l'{{OFPRA}}. »"),
    ("urgences", "accueil_physique",
     "Urgences {{Lariboisière}}, {{15h}}. [[PERSONNE:Assa Dembélé]], {{19 ans}}, de la "
     "{{Goutte-d'Or}}, douleur abdominale. Née le [[DATE_NAISSANCE:09/01/2005]] dans le "
     "{{20e}}. Carte vitale lue : [[NIR:2 05 01 75 120 140 17]]. Sa copine reste avec elle dans "
     "la salle, elles regardent une série sur le même téléphone, un écouteur chacune."),
    ("cpam", "accueil_physique",
     "Sur les chaises de la salle d'attente, {{5 personnes}} remplissent le même formulaire de "
     "{{CSS}}. Elles se passent le seul stylo qui marche. L'agent d'accueil en trouve un autre "
     "dans sa poche. Puis un troisième. Il dit qu'il achète les siens."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Nanterre}}. M. [[PERSONNE:Hocine Larbi]], {{Provinces-Françaises}}, "
     "[[ADRESSE:8 allée de Normandie, 92000 Nanterre]]. Aide exceptionnelle pour une facture "
     "d'eau de {{267 €}}. L'aide sera versée sur son compte : "
     "[[IBAN:FR76 1470 7000 2003 2198 7654 130]]. L'agente demande aussi le n° {{Caf}} : "
     "[[N_ALLOCATAIRE:1176630]]. Décision en commission le {{18}}."),
    ("caf", "controle_sur_place",
     "Contrôle à la {{Goutte-d'Or}}, [[ADRESSE:23 rue Léon, 75018 Paris]], {{6e}} sans "
     "ascenseur. M. [[PERSONNE:Boubacar Diallo]], déclaré seul avec {{2 enfants}}. Le contrôleur "
     "regarde les cartables, les lits, les dessins au mur. Les enfants sont à l'école. "
     "« Bon », il dit. {{12 minutes}}. M. [[PERSONNE:Diallo]] nous propose du thé, on refuse, "
     "il insiste, on accepte."),
    ("cpam", "accueil_telephonique",
     "[[PERSONNE:Enzo Moreau]], {{25 ans}}, veut sa {{carte européenne}} pour un voyage. NIR donné "
     "vite : [[NIR:199039408120760]]. « Vous êtes né à {{Vitry}} ? » « Ouais. » Envoi sous "
     "{{15 jours}}, le départ est dans {{10}}. Le conseiller lui dit d'imprimer le certificat "
     "provisoire. Confirmation envoyée à [[EMAIL:enzo.moreau.94@gmail.com]]."),
    ("france_travail", "accueil_telephonique",
     "Le conseiller a {{4 rdv}} téléphoniques dans l'heure. {{2}} ne décrochent pas. Entre deux, "
     "il répond à des mails internes sur un « nouveau process » qui change tous les {{3 mois}}. "
     "Il me montre le classeur des anciens process, {{5 cm}} d'épaisseur."),
    ("chrs", "accueil_telephonique",
     "{{115}} du {{94}}, {{22h}}. M. [[PERSONNE:Marius Dumitrescu]] appelle : le squat de "
     "{{Vitry}} a été évacué ce matin, {{30 personnes}} dehors dont des enfants. L'écoutant "
     "prend son numéro, [[TELEPHONE:07 53 61 20 84]], et lui dit que la préfecture doit "
     "« proposer quelque chose ». M. [[PERSONNE:Dumitrescu]] rit : « la préfecture elle a proposé "
     "le trottoir »."),
    ("urgences", "accueil_telephonique",
     "Standard, {{dimanche}} après-midi. Les appels : {{1}} pour un rdv (« c'est pas ici »), "
     "{{2}} pour des nouvelles d'un patient, {{1}} qui demande si on peut venir avec son chien. "
     "L'agente répond à tous avec la même voix douce. Entre les appels elle mange des clémentines."),
    ("caf", "accueil_physique",
     "{{Caf}}, accueil de {{Villejuif}}. Un jeune papa, [[PERSONNE:Nicolas Tran]], déclare la "
     "naissance de [[PERSONNE:Jade]], née le [[DATE_NAISSANCE:3 mai]] à la maternité de "
     "{{Bicêtre}}. Num alloc [[N_ALLOCATAIRE:5201348]]. Il demande pour la "
     "{{prime à la naissance}}, trop tard, elle se demande pendant la grossesse. Il montre "
     "quand même des photos à l'agente."),
    ("ccas", "accueil_telephonique",
     "{{CCAS}} de {{Vitry}}. Le petit-fils de M. [[PERSONNE:André Legrand]] appelle : son grand-père "
     "n'a plus de portage de repas depuis {{lundi}}. L'agente vérifie : annulé par erreur. "
     "Elle remet en place pour {{demain midi}}. Le petit-fils dicte son portable, "
     "l'agente répète : « [[TELEPHONE:zéro six, trente-huit, soixante-quatorze, quinze, zéro deux]] ». « Merci, vraiment, il mangeait que des biscottes »."),
    ("chrs", "controle_sur_place",
     "Visite dans un appartement relais du {{CHRS}} à {{Colombes}}, "
     "[[ADRESSE:3 rue Henri-Barbusse, appt 42, 92700 Colombes]], partagé par deux femmes, Mme "
     "[[PERSONNE:Halima Touati]] et Mme [[PERSONNE:Gloria Nzuzi]]. Tension sur le ménage, "
     "tableau de tâches sur le frigo. L'éducatrice arbitre. Elles finissent par rire de la "
     "poubelle jaune."),
    ("cpam", "accueil_physique",
     "{{Cpam}} d'{{Alfortville}}. M. [[PERSONNE:Jean-Toussaint Orsini]], {{59 ans}}, né à {{Bastia}}, "
     "chauffeur de bus à la {{RATP}}. NIR [[NIR:1 65 02 2B 033 019 55]]. Il vient pour une "
     "{{ALD}}, le médecin a envoyé le protocole il y a {{2 mois}}. L'agent ne le trouve pas. "
     "« En {{Corse}} ça irait plus vite », il dit, et sourit."),
    ("france_travail", "accueil_physique",
     "Accueil de l'agence, {{9h}}. {{17 personnes}} en {{30 minutes}}. {{8}} viennent pour "
     "« un papier », {{5}} pour un rdv, {{4}} ne savent pas. L'agente d'accueil a un tableau "
     "{{Excel}} imprimé avec les cas, elle coche au crayon."),
    ("caf", "accueil_telephonique",
     "Formation des nouveaux à la plateforme : {{6 semaines}}, puis « le grand bain ». "
     "L'agente que j'écoute est arrivée il y a {{3 mois}}. Elle a une fiche plastifiée avec les "
     "{{12}} questions les plus fréquentes. Elle dit que la {{13e}} c'est « pourquoi »."),
    ("urgences", "accueil_physique",
     "Urgences de {{Saint-Louis}}. M. [[PERSONNE:Mamadou Konté]], {{62 ans}}, foyer {{Adoma}}, "
     "[[ADRESSE:50 rue de Romainville, 75019 Paris]], douleur thoracique. Son voisin de "
     "chambre, [[PERSONNE:Cheick]], l'accompagne et parle pour lui. IPP "
     "[[IDENTIFIANT:80571266]]. Le voisin repart à {{6h}} pour le travail, laisse son numéro, "
     "[[TELEPHONE:07 45 29 81 63]]."),
    ("chrs", "accueil_physique",
     "Accueil de jour à {{Stalingrad}}. Des bénévoles d'{{Emmaüs}} trient des vêtements. Une "
     "file se forme pour les chaussures, {{43}} et {{44}} partent en premier. Un homme repart "
     "avec des baskets roses, il s'en fiche, « c'est chaud »."),
    ("cpam", "controle_sur_place",
     "Visite annulée : l'assuré a appelé à {{8h30}} pour dire qu'il est hospitalisé. L'agent "
     "vérifie dans l'outil : c'est vrai. On rentre au bureau. Il en profite pour me montrer sa "
     "voiture de service, {{180 000 km}}."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Rueil-Malmaison}}. Mme [[PERSONNE:Sandra Moulin]] demande une aide pour un permis "
     "de conduire, elle a une promesse d'embauche chez {{Carrefour}}. L'agent prend son "
     "portable, [[TELEPHONE:06 71 19 03 58]], et son mail, [[EMAIL:sandra.moulin@sfr.fr]]. "
     "Dossier incomplet : manque le devis d'auto-école."),
    ("france_travail", "accueil_physique",
     "{{France Travail}} {{Sartrouville}}. M. [[PERSONNE:Farid Kaci]], chauffeur VTC, veut devenir "
     "taxi. Il a sa voiture, [[IMMATRICULATION:GK-730-SN]], une {{Toyota}} hybride. La "
     "conseillère cherche la formation : {{Taxi Formation}} à {{Cergy}}, {{2 500 €}}. "
     "Identifiant [[ID_FRANCE_TRAVAIL:5176029 R]]. Il repart avec {{3}} adresses et un "
     "formulaire d'{{AIF}}."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Nanterre}}, quartier du {{Petit-Nanterre}}, "
     "[[ADRESSE:14 rue des Marguerites, 92000 Nanterre]]. Mme [[PERSONNE:Samia Ghezali]], "
     "{{RSA}}, déclare avoir vendu sa voiture. Le fichier dit qu'une {{Peugeot 208}} "
     "[[IMMATRICULATION:FN-119-HT]] est toujours à son nom. Elle montre le certificat de "
     "cession, pas enregistré. La contrôleuse lui explique comment faire sur l'{{ANTS}}."),
    ("chrs", "accueil_physique",
     "{{CHRS}} femmes du {{13e}}, rdv administratif. Mme [[PERSONNE:Rokia Traoré]] refait sa carte "
     "d'identité : ancienne CNI n° [[IDENTIFIANT:180775302146]], volée. L'éducatrice prend rdv "
     "en mairie, {{4 mois}} de délai. Elle donne un mail pour la confirmation : "
     "[[EMAIL:rokia.traore75@gmail.com]]. Mme [[PERSONNE:Traoré]] dit « 4 mois sans papiers "
     "alors »."),
    ("cpam", "accueil_telephonique",
     "Appel de Mme [[PERSONNE:Ludivine Carpentier]], infirmière libérale, pour un patient ? "
     "Non, pour elle : ses remboursements vont sur un compte fermé. Elle dicte : "
     "[[IBAN:FR76 3000 3019 7700 0372 1589 470]]. Le conseiller le saisit, « sous réserve de "
     "réception du RIB ». Elle soupire, « toujours ce RIB »."),
    ("france_travail", "accueil_telephonique",
     "Conseiller à distance. M. [[PERSONNE:Alassane Kouyaté]] n'a pas reçu ses allocations. "
     "Identifiant [[ID_FRANCE_TRAVAIL:0937284 N]]. Problème : déclaration de situation "
     "mensuelle non validée (il n'a pas cliqué sur le dernier bouton). Le conseiller régularise. "
     "Il confirme son mail, [[EMAIL:alassane.kouyate@live.fr]], et son tél, "
     "[[TELEPHONE:07 50 14 62 97]]."),
    ("urgences", "accueil_physique",
     "Box d'accueil, {{Bicêtre}}. Une agente administrative fait {{3}} choses en même temps : "
     "imprimer des étiquettes, répondre au téléphone, expliquer à un fils où garer. Elle ne "
     "s'énerve jamais. Je lui demande comment. « Ça fait {{22 ans}}. »"),
    ("caf", "accueil_physique",
     "Agence du {{19e}}, près de {{Stalingrad}}. M. [[PERSONNE:Youssouf Dramé]], foyer de "
     "travailleurs, titre de séjour n° [[IDENTIFIANT:7503986124]] renouvelé, « la {{Caf}} a "
     "coupé » en attendant. L'agent scanne le nouveau titre. N° alloc "
     "[[N_ALLOCATAIRE:0744159]]. Versement rétroactif annoncé. Il demande « rétro quoi ? »"),
    ("ccas", "controle_sur_place",
     "Visite d'un logement signalé insalubre avec le {{CCAS}} et le service hygiène. Personne "
     "n'ouvre. Le voisin dit que la famille est partie « chez des cousins ». On laisse un avis. "
     "L'agente dit qu'on reviendra avec la police si besoin, mais qu'elle n'aime pas ça."),
    ("chrs", "accueil_telephonique",
     "Nuit au {{115}}. {{2h}}. Moins d'appels. Les écoutants parlent entre eux de leurs "
     "enfants, d'un match, d'un collègue parti. Puis un appel, tout le monde se tait, reprend "
     "sa voix pro. {{Minuit}} à {{6h}} : {{3}} écoutants pour toute la ville."),
    ("cpam", "accueil_physique",
     "{{Cpam}} {{Paris 18e}}, demande d'{{AME}}. M. [[PERSONNE:Karamba Diaby]], né le "
     "[[DATE_NAISSANCE:vingt-cinq décembre quatre-vingt-sept]], il le dit en lettres, "
     "l'agent recopie en chiffres. Passeport malien n° [[IDENTIFIANT:AA0458219]]. Il est "
     "domicilié à {{Aurore}}. Il faut revenir avec {{3 mois}} de preuves."),
    ("france_travail", "accueil_physique",
     "Agence de {{Nanterre}}. Mme [[PERSONNE:Agnès Lefebvre]], {{47 ans}}, aide-soignante en "
     "reconversion. Identifiant [[ID_FRANCE_TRAVAIL:3629571V]]. Elle donne son portable, "
     "[[TELEPHONE:06 27 58 03 46]], pour le {{CléA}}. Elle habite "
     "[[ADRESSE:19 boulevard du Couchant, 92000 Nanterre]], « près de la {{Défense}} mais pas "
     "du bon côté »."),
    ("urgences", "accueil_telephonique",
     "Urgences de {{Louis-Mourier}}. Un {{EHPAD}} appelle pour annoncer le transfert de Mme "
     "[[PERSONNE:Simone Charpentier]], née le [[DATE_NAISSANCE:02/03/1934]]. L'infirmière de "
     "l'{{EHPAD}} donne le numéro direct de l'étage, [[TELEPHONE:01 47 80 62 15]]. La secrétaire "
     "note, prépare l'étiquette."),
    ("caf", "accueil_telephonique",
     "M. [[PERSONNE:Kevin Lopes]] appelle pour son {{APL}} : il vient d'emménager à {{Ivry}}. "
     "Nouvelle adresse : [[ADRESSE:62 rue Jean-Le-Galleu, 94200 Ivry-sur-Seine]]. Mail : "
     "[[EMAIL:kevinlopes@icloud.com]]. L'agente explique le mois de carence. « Carence ? Comme "
     "les vitamines ? »"),
    ("cpam", "accueil_telephonique",
     "Plateforme, {{16h}}. Une superviseure écoute en même temps que moi. À la fin de l'appel "
     "elle donne {{2}} conseils au conseiller : moins de jargon, reformuler. Il hoche la tête. "
     "Appel suivant, il dit « ALD » {{4 fois}}."),
]

NOTES_7 = [
    ("caf", "accueil_physique",
     "{{Caf}}, accueil de {{Gennevilliers}}. M. [[PERSONNE:M'Barek Ziani]], {{64 ans}}, vient avec "
     "son fils [[PERSONNE:Yassine]] pour l'{{APL}} : loyer augmenté de {{38 €}}. N° alloc "
     "[[N_ALLOCATAIRE:6129874]]. [[PERSONNE:Yassine]] a tout préparé dans un classeur avec des "
     "intercalaires de couleur. L'agente : « si tout le monde faisait ça… »"),
    ("france_travail", "accueil_physique",
     "Agence de {{Gennevilliers}}, près de l'arrêt {{Gabriel Péri}}. L'agent d'accueil, "
     "[[PERSONNE:Gabriel]], {{27 ans}}, ancien demandeur d'emploi lui-même, connaît tout le "
     "monde. Il tutoie les jeunes, vouvoie les vieux. « Ici c'est mon quartier, je peux pas faire "
     "le robot ». Ce matin : {{32 passages}} avant {{11h}}."),
    ("cpam", "accueil_telephonique",
     "{{3646}}. M. [[PERSONNE:Djamel Hamidi]], né en {{Algérie}} le "
     "[[DATE_NAISSANCE:21 novembre 1979]], intérimaire à {{Gennevilliers}}. NIR "
     "[[NIR:1 79 11 99 352 118 73]]. Il a un accident du travail et l'employeur n'a pas fait la "
     "déclaration. Le conseiller lui dit qu'il peut la faire lui-même. Il donne son IBAN pour les "
     "IJ : [[IBAN:FR76 1027 8061 2500 0478 5123 636]]."),
    ("chrs", "accueil_physique",
     "Permanence d'accès au droit dans un accueil de jour de la {{Goutte-d'Or}}. M. "
     "[[PERSONNE:Paulo Mendes]], expulsé de [[ADRESSE:5 rue Polonceau, 75018 Paris]] en "
     "{{juin}}, jugement RG n° [[IDENTIFIANT:24/01562]]. La juriste, Me "
     "[[PERSONNE:Hélène Barthélémy]], lit le jugement : délai refusé. Il dort dans sa camionnette "
     "maintenant. Elle lui parle du {{DALO}}."),
    ("caf", "accueil_telephonique",
     "Mme [[PERSONNE:Véronique Adjovi]] appelle pour le {{complément familial}}. Elle a changé de "
     "compte : [[IBAN:FR83 2004 1000 0102 1587 4C02 065]]. L'agente lui demande un mail pour "
     "l'accusé de réception : [[EMAIL:vero.adjovi@gmail.com]]. Elle épelle [[PERSONNE:A-D-J-O-V-I]] pour le "
     "mail, « comme mon nom »."),
    ("ccas", "accueil_physique",
     "Inscriptions au {{repas des seniors}} ({{déc.}}). La file va jusqu'à l'escalier. Les "
     "inscriptions ouvrent à {{9h}}, les premiers sont là depuis {{7h30}} avec des thermos. "
     "{{350 places}}, complet à {{10h20}}. Une dame pleure, l'agente lui promet la liste "
     "d'attente."),
    ("urgences", "accueil_physique",
     "Urgences de {{Henri-Mondor}}, {{4h}}. Un jeune homme, {{17 ans}}, amené par des amis "
     "après une soirée, coupure au bras. Les amis ne connaissent pas son nom de famille, "
     "juste « [[PERSONNE:Kaïs]] » et son pseudo {{Snapchat}}, [[IDENTIFIANT:@kaiz_du94]]. Il "
     "finit par donner son nom : [[PERSONNE:Kaïs Bendjelloul]]. Sa mère arrive à {{5h}}."),
    ("france_travail", "accueil_telephonique",
     "Appel d'un demandeur de {{Pantin}}, M. [[PERSONNE:Bilal Messaoudi]], identifiant "
     "[[ID_FRANCE_TRAVAIL:2749016 E]]. Il a trouvé un CDI et veut savoir s'il doit « se "
     "désinscrire ». Le conseiller : déclarer la reprise à l'actualisation. Il confirme son mail "
     "pour l'attestation : [[EMAIL:bilal.messaoudi@hotmail.fr]]. Il dit merci {{5 fois}}."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Champigny}}, [[ADRESSE:27 rue Jean-Jaurès, 94500 Champigny-sur-Marne]]. "
     "Signalement : Mme [[PERSONNE:Nadia Hamdani]] vivrait avec un homme dont la voiture est "
     "immatriculée en {{Belgique}}, [[IMMATRICULATION:1-GHT-482]]. Elle explique : c'est son "
     "frère, il travaille à {{Bruxelles}} et dort chez elle le week-end. Le contrôleur note. "
     "Il me dit « le week-end ça compte pas »."),
    ("chrs", "controle_sur_place",
     "Visite des chambres d'un {{CHRS}} à {{Ivry}} avant la commission de sécurité. La "
     "directrice vérifie les multiprises, les rideaux, les plaques de cuisson interdites. "
     "{{3}} plaques confisquées, rendues au départ. Un résident cache la sienne dans un "
     "carton de céréales 🙈."),
    ("cpam", "accueil_physique",
     "{{Cpam}} de {{Bondy}}. M. [[PERSONNE:Yohann Clément]], né dans le {{93}} en "
     "[[DATE_NAISSANCE:août 87]], boulanger. NIR [[NIR:187089305006185]]. Il vient pour un "
     "congé paternité : [[PERSONNE:Léna]] est née il y a {{2 semaines}}. Il a des cernes jusqu'au "
     "menton. L'agent le félicite, il sourit enfin."),
    ("ccas", "accueil_telephonique",
     "{{CCAS}} de {{Gennevilliers}}. Un monsieur, [[PERSONNE:Ernest Bakayoko]], né le "
     "[[DATE_NAISSANCE:14 juillet 1950]] (« comme la fête nationale »), veut s'inscrire au "
     "{{portage de repas}}. Il habite [[ADRESSE:11 rue Louis-Calmel, 92230 Gennevilliers]]. "
     "Fixe : [[TELEPHONE:01 47 94 33 08]]. L'agente le fait répéter, il parle très doucement."),
    ("france_travail", "accueil_physique",
     "Agence de {{Corbeil-Essonnes}}. M. [[PERSONNE:Serge Lemaître]], {{55 ans}}, routier, licencié "
     "après un accident. Il garde son vieux camion-plateau à lui, plaque ancienne "
     "[[IMMATRICULATION:7412 TZ 94]], il veut se mettre à son compte. Identifiant "
     "[[ID_FRANCE_TRAVAIL:1830574G]]. La conseillère l'oriente vers l'{{ACRE}} et la "
     "{{BGE}}."),
    ("chrs", "accueil_physique",
     "{{CHRS}} d'{{Ivry}}, atelier budget. Mme [[PERSONNE:Mariama Baldé]], {{titre de séjour}} "
     "n° [[IDENTIFIANT:9402715538]], veut ouvrir un livret A. L'éducateur l'aide à créer un "
     "mail : [[EMAIL:mariama.balde.ivry@gmail.com]]. Elle choisit un mot de passe « trop "
     "facile », il lui fait changer."),
    ("caf", "accueil_physique",
     "Salle d'attente, {{10h}}. Une écran annonce les tickets avec une voix de synthèse qui "
     "prononce mal tout. « Ticket {{C zéro quarante-deux}} au guichet {{quatre}} ». Les gens "
     "rient. Un enfant imite la voix. L'agent d'accueil aussi, discrètement."),
    ("urgences", "accueil_physique",
     "Urgences du {{CHI de Créteil}}. Mme [[PERSONNE:Sabine Lecomte]], née le "
     "[[DATE_NAISSANCE:5/10/1971]], domicile [[ADRESSE:9 avenue du Général-de-Gaulle, "
     "94000 Créteil]], mutuelle {{MGEN}} n° [[IDENTIFIANT:178452390]]. Fracture de la cheville "
     "au {{Lac de Créteil}} en courant. Elle s'inquiète pour son chien {{Pixel}} resté "
     "attaché à un banc."),
    ("cpam", "controle_sur_place",
     "Contrôle d'arrêt de travail à {{Créteil}}, [[ADRESSE:4 rue Paul-Cézanne, "
     "94000 Créteil]]. M. [[PERSONNE:Christophe Hamel]] est là, en jogging, télé allumée. "
     "L'agent vérifie l'identité, l'arrêt, les heures. Tout est en ordre. Durée : "
     "{{7 minutes}}. Dans la voiture : « {{90 %}} des contrôles c'est ça, les gens sont chez "
     "eux »."),
    ("france_travail", "accueil_telephonique",
     "Ligne dédiée aux entreprises. Un restaurateur cherche un plongeur « pour hier ». La "
     "conseillère prend l'offre, {{SMIC}}, {{35 h}}, coupure. Elle dit qu'elle en a "
     "{{40}} comme ça, qu'ils ne trouvent personne avec les coupures."),
    ("caf", "accueil_physique",
     "{{Caf}}, antenne de {{Créteil}}. Mme [[PERSONNE:Nour El Houda Bensalah]], étudiante, "
     "{{Mont-Mesly}}, vient pour l'{{APL}} de sa chambre chez l'habitant. N° alloc "
     "[[N_ALLOCATAIRE:7740385]]. La propriétaire, Mme [[PERSONNE:Germaine Roux]], refuse de "
     "signer l'attestation de loyer. L'agente explique qu'on peut faire sans, avec les "
     "quittances."),
    ("chrs", "accueil_telephonique",
     "{{SIAO}} {{75}}, ligne des travailleurs sociaux. Une AS de la {{PMI}} présente Mme "
     "[[PERSONNE:Zeinab Mahmoud]], née le [[DATE_NAISSANCE:02.11.1998]], {{Soudan}}, enceinte "
     "de {{8 mois}}, à la rue. Tél de Mme : [[TELEPHONE:07 66 42 15 30]]. Priorité maternité. "
     "L'écoutante dit « je vais voir », ce qui veut dire pas ce soir."),
    ("ccas", "controle_sur_place",
     "Visite au {{Bois-l'Abbé}}, {{Champigny}}, pour une demande de téléassistance. Mme "
     "[[PERSONNE:Ginette Morel]], {{88 ans}}, [[ADRESSE:2 allée Maurice-Ravel, "
     "94500 Champigny-sur-Marne]], tombée {{2 fois}} ce mois-ci. Son fils, au téléphone pendant "
     "la visite : [[TELEPHONE:06 90 52 37 14]]. Le boîtier sera posé {{mardi}}."),
    ("france_travail", "accueil_physique",
     "{{France Travail}} {{Mantes}}. [[PERSONNE:Océane Martins]], {{21 ans}}, née le "
     "[[DATE_NAISSANCE:16 mars 2003]], veut une formation d'aide-soignante. Identifiant "
     "[[ID_FRANCE_TRAVAIL:6641208W]]. La conseillère trouve une session à l'{{IFSI}} de "
     "{{Poissy}} en {{septembre}}. [[PERSONNE:Océane]] dit « trop loin » puis « non c'est bon »."),
    ("cpam", "accueil_telephonique",
     "Appels du lundi matin : les arrêts de travail du week-end. Le conseiller répète la même "
     "phrase : « {{48 heures}} pour envoyer l'arrêt ». Il dit que les gens pensent que "
     "l'hôpital l'envoie tout seul. Parfois oui, parfois non."),
    ("caf", "accueil_telephonique",
     "Mme [[PERSONNE:Rachida Benyoucef]] rappelle pour la {{3e}} fois cette semaine, "
     "n° alloc [[N_ALLOCATAIRE:1590327]]. Trop-perçu de {{1 240 €}}. Elle veut un échéancier. "
     "L'agente le fait : {{50 €}} par mois. Elle laisse son numéro pour le rappel du service "
     "recouvrement : [[TELEPHONE:07 49 80 16 22]]."),
    ("chrs", "accueil_physique",
     "Soirée jeux au {{CHRS}}. {{Uno}}, {{Dobble}}, un échiquier. Les éducs jouent aussi. Un "
     "résident gagne {{6}} parties de suite au Uno et refuse d'arrêter. Personne ne parle de "
     "papiers pendant {{2 heures}}."),
    ("france_travail", "accueil_physique",
     "Agence de {{Lognes}}. M. [[PERSONNE:Wei Chen]], cuisinier, veut passer le permis C pour "
     "conduire un camion-restaurant. Il a déjà le camion, [[IMMATRICULATION:HA-228-WB]]. "
     "Identifiant [[ID_FRANCE_TRAVAIL:7305196 Q]]. La conseillère ne sait pas si le "
     "{{permis C}} est nécessaire pour un {{3,5 t}}. Réponse : non. Il rit, « j'ai économisé "
     "{{2 000 €}} »."),
    ("urgences", "accueil_physique",
     "{{Lariboisière}}, salle d'attente, {{11h}}. Une équipe de la {{PASS}} passe voir les "
     "patients sans couverture. Elle en identifie {{4}}. Elle distribue des cartes avec les "
     "horaires de la consultation. L'IOA me dit que sans la PASS, « la moitié ne "
     "reviendrait pas »."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Champigny}}, domiciliation. M. [[PERSONNE:Sorin Lăcătuș]] vient chercher son "
     "attestation d'élection de domicile : sur le papier, son adresse est "
     "[[ADRESSE:14 rue Albert-Thomas, 94500 Champigny-sur-Marne]], celle du {{CCAS}}. Il "
     "l'utilisera pour la {{Cpam}} et la {{préfecture}}. Valable {{1 an}}."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Ivry}}, quartier {{Gagarine}}. M. [[PERSONNE:Olivier Nkounkou]] et sa "
     "compagne déclarent deux logements. Le contrôleur a {{2}} adresses : "
     "[[ADRESSE:8 rue Marceau, 94200 Ivry-sur-Seine]] et "
     "[[ADRESSE:21 avenue Danielle-Casanova, 94200 Ivry-sur-Seine]]. Au premier, personne. Au "
     "second, lui, en caleçon. Il rit. « Je dors chez elle, mais je paie mon loyer, hein »."),
    ("france_travail", "accueil_telephonique",
     "Appel de Mme [[PERSONNE:Lucie Hervieux]], qui ne reçoit pas les mails de l'agence. "
     "Son adresse, qu'elle écrit toujours à l'envers pour les robots : "
     "« [[EMAIL:lucie.hervieux (at) wanadoo.fr]] ». Le conseiller vérifie : dans la base il y a "
     "une faute, « wanado ». Corrigé. « {{10 ans}} que j'attends des mails ? »"),
    ("caf", "accueil_physique",
     "{{Caf}} d'{{Aulnay}}. Mme [[PERSONNE:Aurore Delacroix]] s'inquiète d'un mail reçu « de la "
     "{{Caf}} » lui demandant sa carte bancaire. L'agent : {{hameçonnage}}, ne rien faire. Elle "
     "a déjà cliqué. Il lui dit d'appeler sa banque, tout de suite, {{ici}}."),
    ("chrs", "accueil_physique",
     "Foyer de travailleurs migrants, {{Belleville}}, permanence sociale. M. "
     "[[PERSONNE:Issa Doucouré]], {{chambre 37}}, coupure d'électricité dans sa chambre depuis "
     "{{3 jours}}. Le gestionnaire dit que c'est sa consommation. Facture {{EDF}} du foyer ? "
     "Non, il paie une redevance de {{412 €}}. Référence contrat de résident "
     "[[IDENTIFIANT:R-75020-00837]]. L'intervenante appelle le gestionnaire, met le haut-parleur."),
    ("cpam", "accueil_physique",
     "{{Cpam}} de {{Torcy}}. Mme [[PERSONNE:Priscilla Manga]], née à {{Créteil}} en "
     "[[DATE_NAISSANCE:février 2001]], NIR [[NIR:2 01 02 94 028 115 76]], change de banque. "
     "L'agent recopie : [[IBAN:FR76 1333 5000 4008 0045 2198 790]]. Elle voulait aussi parler de "
     "sa mutuelle étudiante, {{1}} question à la fois, dit l'agent."),
    ("chrs", "accueil_telephonique",
     "{{115}} du {{92}}. Un hôtelier de {{Colombes}} appelle : une famille refuse de quitter la "
     "chambre malgré la fin de prise en charge. L'écoutante explique qu'elle ne peut rien faire "
     "de plus ce soir. L'hôtelier dit qu'il appellera la police. L'écoutante : « vous faites "
     "comme vous voulez monsieur »."),
    ("caf", "accueil_physique",
     "{{Caf}} du {{19e}}. Un monsieur demande si on peut « mettre la prime sur le compte de "
     "ma femme au pays ». Non. Il insiste : elle est au {{Mali}}, elle élève les enfants. "
     "L'agent explique gentiment : les enfants doivent vivre en {{France}}. Il part sans dire "
     "son nom."),
]

NOTES_8 = [
    ("caf", "accueil_physique",
     "{{Caf}}, accueil de {{Pontoise}}. M. [[PERSONNE:Théo Girard]], {{22 ans}}, apprenti "
     "électricien, veut la {{prime d'activité}}. Il dicte l'IBAN depuis son appli bancaire : "
     "[[IBAN:FR98 3000 2060 9300 0045 1287 Y61]]. N° alloc créé sur place : "
     "[[N_ALLOCATAIRE:8051274]]. Il est reparti en {{9 minutes}}, record du jour."),
    ("caf", "accueil_physique",
     "{{Caf}} du {{18e}}, côté {{La Chapelle}}. Mme [[PERSONNE:Houria Mansouri]], "
     "[[ADRESSE:31 rue Marx-Dormoy, 75018 Paris]], {{APL}} bloquée : le bailleur n'a pas "
     "répondu. Réf. locataire {{Paris Habitat}} [[IDENTIFIANT:PH-0183-4472]]. L'agente "
     "appelle le bailleur devant elle, tombe sur un répondeur. « On relance par mail », "
     "soupir des deux côtés."),
    ("caf", "accueil_telephonique",
     "Mme [[PERSONNE:Nadia Ouertani]] veut recevoir ses courriers par mail, pas par la poste "
     "(« les boîtes sont cassées dans mon bâtiment »). Mail : [[EMAIL:n.ouertani@free.fr]]. "
     "N° alloc [[N_ALLOCATAIRE:3927751]]. L'agente coche la case. Fin."),
    ("caf", "accueil_telephonique",
     "Appel pour une naissance. M. [[PERSONNE:Gaëtan Mbemba]] : sa fille est née le "
     "[[DATE_NAISSANCE:27 août 2024]] à {{Robert-Debré}}. N° alloc [[N_ALLOCATAIRE:6204813]]. "
     "L'agente lui demande un numéro pour le rappel : [[TELEPHONE:06 56 21 09 47]]. Il pleure "
     "un peu en expliquant qu'il a pas dormi."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Vitry}}, {{Balzac}}. M. [[PERSONNE:Kader Benmansour]] déclare ne pas avoir "
     "de véhicule. Devant l'immeuble, une {{Golf}}, plaque [[IMMATRICULATION:ed 347 kq]] notée "
     "en minuscules sur le signalement. Il dit que c'est la voiture de son oncle. Le contrôleur "
     "ne demande pas la carte grise, « c'est pas une preuve de vie commune, une voiture »."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Colombes}}, [[ADRESSE:7 rue des Monts-Clairs, 92700 Colombes]]. Mme "
     "[[PERSONNE:Jocelyne Marie-Sainte]], {{AAH}}, vit avec sa mère. Le contrôleur vérifie qui "
     "paie le loyer. La mère, {{91 ans}}, demande si on est « de la mairie ». On dit non. Elle "
     "dit « tant mieux »."),
    ("ccas", "accueil_physique",
     "{{CCAS}} de {{Villejuif}}. M. [[PERSONNE:Ibrahima Ba]] demande une aide pour une facture "
     "{{EDF}} : réf. client [[IDENTIFIANT:4008812736]], {{318 €}}. L'agent prend son portable, "
     "[[TELEPHONE:07 81 30 64 52]], pour lui dire la décision. Il demande s'il peut payer en "
     "{{3 fois}} en attendant. L'agent appelle {{EDF}} avec lui."),
    ("ccas", "accueil_physique",
     "Antenne sociale du {{20e}}, {{Belleville}}. {{14h}} : la salle est pleine, {{22}} chaises, "
     "{{30 personnes}}. L'agent d'accueil distribue des numéros écrits à la main sur des "
     "papiers découpés. Il dit que le ticketeur est en panne « depuis le {{Covid}} »."),
    ("ccas", "accueil_telephonique",
     "{{CCAS}} d'{{Ivry}}. Une dame appelle pour sa voisine, Mme [[PERSONNE:Marcelle Guérin]], "
     "[[ADRESSE:6 rue Raspail, 94200 Ivry-sur-Seine]], qui ne sort plus. Elle donne son propre "
     "numéro, [[TELEPHONE:06 73 05 92 14]], et son nom, Mme [[PERSONNE:Ferrari]] « comme les "
     "voitures ». L'agente programme une visite."),
    ("ccas", "accueil_telephonique",
     "{{CCAS}} de {{Créteil}}. M. [[PERSONNE:Bernard Fouquet]], né le [[DATE_NAISSANCE:9 mai 1944]], "
     "veut savoir si le {{minibus}} des seniors passe encore au {{Mont-Mesly}} le mercredi. Oui, "
     "{{10h}}. Il demande s'il faut réserver. Non. Il demande s'il faut réserver. Non."),
    ("ccas", "accueil_telephonique",
     "La conseillère du {{CCAS}} d'{{Ivry}}, Mme [[PERSONNE:Myriam Sadoun]], rappelle une "
     "usagère et lui donne son mail pro pour envoyer les justificatifs : "
     "[[EMAIL:m.sadoun@ccas-ivry.fr]]. L'usagère, [[PERSONNE:Fatou]], n'a pas de scanner. "
     "« Une photo ça marche ? » « Oui, si c'est net. »"),
    ("ccas", "controle_sur_place",
     "Visite au {{Petit-Nanterre}} pour une demande de secours. Mme "
     "[[PERSONNE:Aïssatou Barry]], [[ADRESSE:2 rue de la Garenne, 92000 Nanterre]], "
     "{{4 enfants}}, le mari parti. L'AS regarde le frigo, les factures, prend des notes. Les "
     "enfants font leurs devoirs sur la table de la cuisine. L'aînée, [[PERSONNE:Mariame]], "
     "traduit pour sa mère."),
    ("chrs", "accueil_physique",
     "Accueil de jour à {{Gonesse}}. M. [[PERSONNE:Krzysztof Nowak]], chauffeur routier "
     "polonais, licencié, vit dans la cabine de son camion, plaque polonaise "
     "[[IMMATRICULATION:WGM 45821]], garé sur la zone industrielle. Il vient pour la douche. "
     "Il parle allemand avec le bénévole, [[PERSONNE:Jürgen]], c'est leur langue commune."),
    ("chrs", "accueil_physique",
     "{{CHRS}} du {{13e}}, permanence du référent {{France Travail}}. M. "
     "[[PERSONNE:Souleymane Konaté]], identifiant [[ID_FRANCE_TRAVAIL:0815632 J]], vient de "
     "décrocher une formation de cariste. Le référent, [[PERSONNE:Mathieu]], imprime la "
     "convocation. [[PERSONNE:Souleymane]] la plie et la met dans sa chaussette, « là je la perds pas »."),
    ("chrs", "accueil_telephonique",
     "{{115}} de {{Paris}}, {{19h}}. M. [[PERSONNE:Laurent Vidal]], {{48 ans}}, sort de "
     "{{Fleury-Mérogis}} ce matin, sans hébergement. Il appelle d'un téléphone fourni par le "
     "{{SPIP}} : [[TELEPHONE:07 67 28 40 11]]. L'écoutant essaie le {{CHU}} {{la Boulangerie}} : "
     "complet. Rappel à {{21h}}."),
    ("chrs", "controle_sur_place",
     "Visite hôtel du {{115}} à {{Gennevilliers}}, [[ADRESSE:88 avenue Gabriel-Péri, "
     "92230 Gennevilliers]], où vit la famille [[PERSONNE:Sangaré]] depuis {{14 mois}}. "
     "Moisissures au plafond. L'intervenante prend des photos pour le signalement. Mme "
     "[[PERSONNE:Sangaré]] demande si ça peut accélérer le relogement. « Peut-être. »"),
    ("cpam", "accueil_physique",
     "{{Cpam}} de {{Palaiseau}}. M. [[PERSONNE:Arjun Sharma]], étudiant indien, né le "
     "[[DATE_NAISSANCE:12/12/1999]], passeport n° [[IDENTIFIANT:T4472915]], veut s'affilier. "
     "L'agent demande l'attestation de scolarité, le passeport, le RIB. Il a tout. L'agent, "
     "surpris : « vous êtes le premier ce mois-ci »."),
    ("cpam", "accueil_telephonique",
     "Mme [[PERSONNE:Corinne Vallet]] appelle, elle a reçu un {{SMS}} « Ameli » suspect. Le "
     "conseiller confirme : arnaque. Elle veut qu'on note son mail pour être sûre que les vrais "
     "messages arrivent : [[EMAIL:corinne.vallet52@orange.fr]]. Le conseiller dit que c'est "
     "déjà le bon."),
    ("cpam", "accueil_telephonique",
     "{{3646}}, fin de journée. Le conseiller a pris {{41 appels}}. Il enlève son casque, "
     "masse ses oreilles. Il dit qu'il rêve parfois de la musique d'attente."),
    ("cpam", "controle_sur_place",
     "Contrôle à {{Nanterre}}, {{Provinces-Françaises}}, "
     "[[ADRESSE:10 allée de Provence, 92000 Nanterre]]. M. [[PERSONNE:Tobias Keller]], en arrêt, "
     "est chez lui. Sa voiture a des plaques allemandes, [[IMMATRICULATION:M-XK 3381]] : il a "
     "travaillé à {{Munich}} {{10 ans}}. L'agent s'intéresse plus à la voiture qu'à l'arrêt."),
    ("france_travail", "accueil_physique",
     "Agence de {{Montreuil}}. Mme [[PERSONNE:Thi Hoa Pham]], {{52 ans}}, couturière. Identifiant "
     "[[ID_FRANCE_TRAVAIL:4590871C]]. Elle donne son numéro : [[TELEPHONE:06 24 81 57 30]]. "
     "Elle veut travailler dans les retouches, « pas dans un atelier, j'ai fait {{20 ans}} "
     "d'atelier ». La conseillère cherche les pressings du quartier sur la carte."),
    ("france_travail", "accueil_physique",
     "{{France Travail}} {{Évry}}. M. [[PERSONNE:Dorian Lefèvre]] s'inscrit. La conseillère "
     "scanne sa CNI, n° [[IDENTIFIANT:940375201188]], et lui donne son identifiant : "
     "[[ID_FRANCE_TRAVAIL:8126504 U]]. Il le prend en photo. « Je vais l'oublier sinon »."),
    ("france_travail", "accueil_telephonique",
     "Appel de M. [[PERSONNE:Jérôme Pasquier]], identifiant [[ID_FRANCE_TRAVAIL:5502398K]], "
     "qui veut changer de mail : nouveau [[EMAIL:jerome.pasquier@gmx.fr]]. Il dit que "
     "l'ancien a été piraté. Le conseiller change, lui conseille un mot de passe long."),
    ("france_travail", "accueil_telephonique",
     "La conseillère rappelle Mme [[PERSONNE:Awa Ndoye]] au [[TELEPHONE:07 38 92 61 05]]. "
     "Pas de réponse. Elle laisse un message : « c'est {{France Travail}}, rappelez au "
     "{{3949}} ». Elle me dit que personne ne rappelle le {{3949}} pour un message."),
    ("urgences", "accueil_physique",
     "Urgences de {{Bicêtre}}. M. [[PERSONNE:Léon Petitjean]], {{86 ans}}, né le "
     "[[DATE_NAISSANCE:24/06/1938]], [[ADRESSE:12 rue Henri-Barbusse, 94800 Villejuif]], "
     "amené par les pompiers après une chute. IPP [[IDENTIFIANT:30925418]]. Sa voisine le suit "
     "en taxi, avec ses lunettes et son dentier dans un sac {{Monoprix}}."),
]

# BATCHES
NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7 + NOTES_8
# fmt: on


def parse(marked):
    """Strip the inline marks of one text; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
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


def build():
    """All notes, in writing order, as dicts ready for JSON."""
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
    """Return (dev ids, holdout ids); uses only the ids and the cells, never the contents."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = list(cells[cell])
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
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", sorted((n for n in notes if n["id"] in dev), key=lambda n: n["id"]))
    write(
        HERE / "holdout.jsonl",
        sorted((n for n in notes if n["id"] in holdout), key=lambda n: n["id"]),
    )
    print(f"{len(dev)} dev notes, {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
