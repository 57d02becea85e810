"""Independent evaluation corpus n° 158: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets. Ids ``ind158-001`` … ``ind158-240`` follow the writing order. ``split`` draws the
dev / holdout halves from the ids and the cells only; ``main`` writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file. Standard library only, deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind158"
SEED = 158

# Batch 1 (notes 001-034)
NOTES_1 = [
    (
        "cpam",
        "accueil_physique",
        "Écran de l'agente, je recopie : NOM [[PERSONNE:BENSAID]] Prénom [[PERSONNE:Karima]] / DDN [[DATE_NAISSANCE:12031984]] / NIR [[NIR:284036912304531]] (elle tape sans espace, « plus rapide »). Médecin traitant : Dr [[PERSONNE:Lathuillière]] - {{Villeurbanne}}. Mutuelle : {{Harmonie Mutuelle}} n° adh [[IDENTIFIANT:HM0048213776]]. Attestation de droits imprimée en {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau IOA, je recopie tel quel :\n{{BOX 3}} [[PERSONNE:NGUYEN Thi Hoa]] {{tri 2}} DT {{8h47}}\n{{BOX 5}} [[PERSONNE:ROCHETTE Yvette]] {{tri 3}} chute domicile {{9h02}}\n{{ZSC}} [[PERSONNE:DEMIR H.]] {{tri 4}} plaie main {{9h15}}\nL'IOA dit que le tri 2 passe avant tout le monde, « même si ça fait {{3h}} que les autres attendent ». L'écran est tourné vers la salle d'attente ?!",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Hamdani]] vient pour sa {{prime d'activité}} qui a baissé. L'agent ([[PERSONNE:Corentin]]) lui demande son n° alloc, il le connait par coeur : [[N_ALLOCATAIRE:2418765]]. Trimestrielle pas faite depuis {{juillet}}. {{12 min}} au guichet, {{35 min}} d'attente avant.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Beaucoup de monde au {{CCAS}} de {{Vénissieux}} ce matin, {{14 personnes}} avant {{10h}}. Surtout des demandes d'aide alimentaire et des domiciliations. L'accueil est tenu par {{2 agentes}} + {{1 service civique}}. Pas de {{machine à café}}, les gens demandent de l'eau.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une fille pour son père, M. [[PERSONNE:Chazal Raymond]], {{87 ans}}, amené cette nuit par les {{pompiers}}. L'agente d'accueil tape « [[PERSONNE:chazal]] » dans le logiciel : {{2 résultats}}. Elle demande la date de naissance : « [[DATE_NAISSANCE:3 août 1936]] ». Il est en {{UHCD}}, {{lit 4}}. Pas d'infos médicales au tél, elle rappellera le service.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Une assurée, Mme [[PERSONNE:Sarkissian]], veut savoir où en sont ses {{IJ}}. Le conseiller vérifie à voix haute : « vous êtes bien née le [[DATE_NAISSANCE:vingt-trois janvier mille neuf cent quatre-vingt-onze]] ? » Arrêt reçu le {{14}}, paiement sous {{10 jours}}. Durée d'appel {{6 min 40}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, écoutante [[PERSONNE:Soraya]]. Appel d'un homme qui dort dans sa voiture sur le parking d'{{Intermarché}} à {{Roanne}}, une {{Clio}} grise immat [[IMMATRICULATION:FK-318-ZP]]. Elle note tout dans {{SI-SIAO}}. Pas de place ce soir, rappel demain {{9h}}. Il s'appelle [[PERSONNE:Florin]], il épelle le nom : [[PERSONNE:D-U-M-I-T-R-U]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère Mme [[PERSONNE:Poncet]] reçoit [[PERSONNE:Dylan]], {{22 ans}}, sans diplôme. Identifiant écrit sur un post-it : [[ID_FRANCE_TRAVAIL:4821937F]]. Elle ouvre son profil, lui propose le {{CEJ}}. Il dit « ouais ouais » à tout 😅. Rdv dans {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission urgences {{HEH}}, l'agente crée le dossier :\nNom : [[PERSONNE:OUALI]]\nPrénom : [[PERSONNE:kenza]] (en minuscule, elle corrige pas)\nNé(e) le : [[DATE_NAISSANCE:04/02/2003]]\nNIR : [[NIR:2 03 02 69 259 088 55]]\nTél : [[TELEPHONE:07.81.44.20.63]]\nAdresse : [[ADRESSE:14 allée des Tilleuls, 69200 Vénissieux]]\nPersonne à prévenir : sa mère, [[TELEPHONE:0672193305]]\nIPP créé : [[IDENTIFIANT:80412367]]\nTout ça en {{4 min}}, la patiente pliée en deux au comptoir.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne d'accueil en panne depuis {{lundi}}. Les gens prennent un ticket papier à la main. Ticket {{A047}} appelé à {{10h12}}, le {{A052}} à {{10h31}}. Un monsieur râle : « c'est pas la {{Sécu}} ici c'est la poste ». Tout le monde rit.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : une allocataire ne reçoit plus son {{RSA}}. L'agent demande le numéro d'allocataire, elle lit : « [[N_ALLOCATAIRE:trois, cinquante-six, quarante et un, quatre-vingt-dix]] ». Agent ([[PERSONNE:Rémi]]) : « votre trimestrielle est bloquée, il manque le {{RIB}} ». Elle a changé de banque. Il lui dit de le déposer sur {{caf.fr}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une voisine appelle pour signaler que Mme [[PERSONNE:Bernollin]], {{91 ans}}, au [[ADRESSE:7 rue de la Résistance, Roanne]], n'a plus de chauffage depuis {{3 jours}}. L'agente note le numéro de la voisine : [[TELEPHONE:04 77 71 38 02]]. Transmis à l'assistante sociale [[PERSONNE:Émilie Vernay]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h20}} d'attente pour une entorse. La dame à côté de moi dit qu'elle est venue parce que son médecin part en retraite et qu'« y a plus personne à {{Aurillac}} ». Je note juste l'ambiance : télé éteinte, distributeur vide, un enfant qui pleure.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile avec l'agent assermenté ([[PERSONNE:Franck]]). Adresse sur l'ordre de mission : [[ADRESSE:22 chemin des Vignes, 26000 Valence]]. Personne absente à {{14h10}}, sorties autorisées {{9h-11h}} et {{14h-16h}} seulement. Il laisse un avis de passage. Sur la boîte aux lettres : « [[PERSONNE:CURTET Yohann]] ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du {{CHRS}} à {{Clermont-Ferrand}}. [[PERSONNE:Moussa]] (« appelle-moi [[PERSONNE:Mouss']] ») vient récupérer son courrier. Domiciliation au nom de [[PERSONNE:COULIBALY Moussa]]. Lettre de la {{préfecture}} : récépissé n° [[IDENTIFIANT:6304187722]] à renouveler avant le {{15}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un demandeur qui a oublié son mot de passe. Conseiller : « votre identifiant c'est bien [[ID_FRANCE_TRAVAIL:6203518 B]] ? et le mail [[EMAIL:sofiane.mezouar69@gmail.com]] ? » Il dit non, c'est l'ancien. Nouveau : [[EMAIL:s.mezouar@laposte.net]]. Réinitialisation envoyée en {{1 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Liste « patients en attente » à l'accueil de {{Lyon Sud}}, {{11h05}} : {{17 patients}}. Le plus ancien arrivé à {{6h52}}. Colonnes : nom, âge, motif, {{CIMU}}, box. Ex. : [[PERSONNE:PEYRARD Albert]] {{84a}} « malaise » {{CIMU 3}} - pas encore de box.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile, contrôleuse {{Caf}} [[PERSONNE:Isabelle]]. Logement de Mme [[PERSONNE:Kabongo]] au [[ADRESSE:3 impasse des Genêts, 42100 Saint-Étienne]], dossier [[N_ALLOCATAIRE:5190336]]. Vérif de la résidence des {{3 enfants}} et de la situation maritale. Elle regarde les brosses à dents 😬. Compte rendu tapé sur la tablette, {{45 min}} sur place.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Tran Van Duc]], né au {{Vietnam}} en [[DATE_NAISSANCE:1960]], vient pour sa {{carte Vitale}} perdue. NIR sur sa vieille attestation papier : [[NIR:1 60 07 99 243 014 46]]. L'agente commande une nouvelle carte, il faut une photo. Il revient {{demain}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus avec l'éducatrice [[PERSONNE:Margaux]]. T2 au [[ADRESSE:18 rue Francis de Pressensé, Villeurbanne]]. Famille [[PERSONNE:Ahmadi]], {{4 personnes}}. Le père, [[PERSONNE:Zabihullah]], montre la moisissure dans la chambre du petit. Elle prend des photos pour le bailleur ({{Est Métropole Habitat}}).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences ({{CHU Grenoble Alpes}}). Un homme demande si sa femme est arrivée. « [[PERSONNE:Marin]], [[PERSONNE:M-A-R-I-N]], [[PERSONNE:Ioana]] ». La secrétaire trouve mais demande d'abord la date de naissance : « [[DATE_NAISSANCE:19 août 86]] ». OK, elle est en {{box 12}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif, {{8 participants}}. La conseillère projette un modèle au nom de « [[PERSONNE:Julie Martin]] ». [[PERSONNE:Selin]] demande si on peut mettre une photo avec le voile. Réponse embarrassée, on passe à la lettre de motiv.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, une assurée lit son décompte : consultation à {{30 €}}, remboursé {{19 €}}, elle ne comprend pas. Pour l'identifier elle dicte son numéro : « [[NIR:deux, soixante-neuf, zéro six, quarante-trois, cent cinquante-sept, zéro trente-trois, vingt-trois]] ». Le conseiller ([[PERSONNE:Jordan]]) tape en même temps et explique la {{participation forfaitaire}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Arrivée pompiers {{11h40}}. L'IOA tape pendant que le pompier dicte : « Mme [[PERSONNE:Vidal Jeanne]], {{quatre-vingt-dix ans}}, chute, vient de l'{{EHPAD}} {{Les Jardins de Chamalières}} ». {{Tri 3}}, {{box 8}}. Pas de fiche de liaison, il faut rappeler l'EHPAD.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Romane]], {{20 ans}}, vient déclarer une naissance. Bébé : [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:2 février]]. Le papa n'est pas là. L'agent ouvre le dossier [[N_ALLOCATAIRE:4413902]] et ajoute l'enfant. {{PAJE}} en cours, {{prime à la naissance}} déjà versée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}} d'{{Annecy}}, chez M. [[PERSONNE:Pellissier]], {{78 ans}}, [[ADRESSE:5 chemin des Fins Nord, 74000 Annecy]]. Dossier aide ménagère. Il sort son avis d'imposition, elle recopie le n° fiscal [[IDENTIFIANT:3012 458 796 214]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Guichet admission pédiatrique ({{HFME}}). Fiche enfant : [[PERSONNE:BELKACEM Rayan]], né le [[DATE_NAISSANCE:2016-05-21]] (format ISO, « le logiciel veut ça »). Mutuelle {{MGEN}} n° [[IDENTIFIANT:1 874 556 120]]. Parent : [[PERSONNE:Yasmine Belkacem]], tél [[TELEPHONE:+33 6 21 47 88 09]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Isère}}, {{21h30}}. Une femme avec {{2 enfants}} à la {{gare}} de {{Grenoble}}. L'écoutant demande prénoms et âges : [[PERSONNE:Awa]] ({{32 ans}}), [[PERSONNE:Ibrahima]] ({{6 ans}}), [[PERSONNE:Fanta]] ({{18 mois}}). Mise à l'abri hôtel {{Ibis Budget}} {{Saint-Égrève}}, {{chambre 21}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. [[PERSONNE:Laetitia]] appelle pour une radiation. Identifiant : [[ID_FRANCE_TRAVAIL:3078842L]]. Elle était à l'hôpital le jour du rdv. Le conseiller lui demande le bulletin d'hospitalisation par mail, elle épelle son adresse : [[EMAIL:laeti.gauthier42 at orange point fr]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une agente tape les NIR avec des points, « l'habitude de l'ancien logiciel » : [[NIR:1.71.02.42.218.087.91]]. C'est M. [[PERSONNE:Mathevet]], de {{Saint-Étienne}}, né en [[DATE_NAISSANCE:février 71]]. Il demande la {{C2S}}. Elle dit « vous êtes juste au-dessus du plafond, de {{12 €}} », il repart sans rien.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}}, {{38 couverts}}. Un résident a fait la cuisine, couscous. Calme. Le chef de service m'explique que le {{SIAO}} oriente, eux ne choisissent pas. Durée moyenne de séjour : {{14 mois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "À côté de l'agent d'accueil de {{Montluçon}}. Il recopie la {{carte Vitale}} d'une dame qui ne marche plus : « [[NIR:259030318520152]] », Mme [[PERSONNE:Chapuis Odile]]. Fixe [[TELEPHONE:04 70 05 62 18]]. Adresse : [[ADRESSE:11 rue de la Fraternité, 03100 Montluçon]]. {{Tri 4}}, elle attendra.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Attente affichée : {{18 min}}. En vrai {{32}}. Beaucoup d'appels sur la réforme de la solidarité à la source. Le conseiller répète {{5 fois}} en une heure la même phrase sur le {{montant net social}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour une facture d'énergie. Facture {{EDF}} au nom de [[PERSONNE:Giraud Nathalie]], réf. client [[IDENTIFIANT:60 0412 7788]], montant {{412,36 €}}. Le {{CCAS}} peut aider jusqu'à {{200 €}}. Passage en commission {{jeudi}}.",
    ),
]

# Batch 2 (notes 035-068)
NOTES_2 = [
    (
        "cpam",
        "accueil_physique",
        "Changement de RIB pour les remboursements. L'agente saisit l'IBAN lu sur le papier de la banque : [[IBAN:FR76 1780 6425 4522 2509 1990 873]]. Titulaire : MME [[PERSONNE:FAURE PAULETTE]]. Elle vérifie l'écran : NIR [[NIR:2 44 05 07 186 012 94]] ok, née le [[DATE_NAISSANCE:17/05/1944]] à {{Privas}}. « On ne prend plus les RIB par courrier madame, c'est {{ameli}} ou ici. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran « salle d'attente » {{Hôpital Nord}} ({{Saint-Étienne}}), {{15h10}} :\n1. [[PERSONNE:ZERROUKI A.]] - {{FRENCH 3}} - {{2h14}}\n2. [[PERSONNE:Teyssier]] - {{FRENCH 4}} - {{1h58}}\n3. [[PERSONNE:bouchet lucienne]] - {{FRENCH 2}} - {{0h12}}\n4. [[PERSONNE:Da Silva Kevin]] - {{FRENCH 5}} - {{3h40}} (entorse, il va partir je pense)\nL'agente m'explique que le FRENCH 2 passe devant, « forcément ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Soilihi Mariam]] apporte un RIB de la {{Banque Postale}} pour ses {{APL}}. L'agent le scanne et tape : [[IBAN:FR7620041518500809070958435]] (collé, sans espaces), il relit deux fois. N° allocataire [[N_ALLOCATAIRE:0917254]]. Elle est arrivée des {{Comores}} en {{2012}}, {{3 enfants}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission à {{Bourg-en-Bresse}}. Monsieur [[PERSONNE:Okafor]], {{41 ans}}, orienté par le {{SIAO}}. Le travailleur social remplit le formulaire : titre de séjour n° [[IDENTIFIANT:0109847362]] valable jusqu'en {{2026}}, ressources {{RSA}} {{635 €}}, dette de loyer. Il demande si son fils [[PERSONNE:Chidi]] peut venir le week-end.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un médecin de {{SOS Médecins}} qui annonce un patient : « je vous envoie M. [[PERSONNE:Théo Jacquemet]], {{19 ans}}, suspicion d'appendicite ». L'IOA note sur un post-it, pas dans le logiciel. Le post-it finit collé sur l'écran 😂",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assuré qui appelle pour son {{ALD}}. La conseillère ([[PERSONNE:Gaëlle]]) demande le numéro de sécu, il le lit sur sa carte : « [[NIR:1 82 09 73 065 156 50]] ». Né à {{Chambéry}} en [[DATE_NAISSANCE:septembre 82]], elle confirme. Le protocole de soins n'a jamais été reçu du Dr [[PERSONNE:Pralong]], elle lui conseille de le relancer.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence domiciliation : {{11 courriers}} distribués en {{1h}}. Les agents appellent tout le monde par le prénom, ça se voit qu'ils se connaissent. Un monsieur ne veut pas que je sois là, je sors. Pas de noms notés, exprès.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran admission, onglet « couverture » :\nAMO : régime général, caisse {{691}} ({{Cpam du Rhône}})\nAMC : {{Mutuelle Mieux-Être}}, n° [[IDENTIFIANT:MME-20-447193]]\nMédecin traitant : DR [[PERSONNE:GONON M.]]\nTiers payant OK. Patient : [[PERSONNE:Achard Quentin]], {{34 ans}}. L'agente dit que la moitié des mutuelles ne sont pas à jour dans le logiciel.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de [[PERSONNE:Ali Rezaï]], réfugié afghan, né le [[DATE_NAISSANCE:14/05/1985]]. La conseillère ([[PERSONNE:Morgane]]) saisit : titre de séjour [[IDENTIFIANT:6902318845]], n° sécu de l'attestation CSS [[NIR:185059921200915]], tél [[TELEPHONE:07 53 18 66 40]], mail créé sur place [[EMAIL:ali.rezai1985@gmail.com]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:5519273H]]. Interprète par téléphone ({{ISM Interprétariat}}), {{1h10}} en tout.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un papa appelle pour l'{{ASF}}. Le conseiller lui demande son nom : « [[PERSONNE:Kacem]], [[PERSONNE:K comme kilo, A, C, E, M]] ». Dossier trouvé. Il dit que la mère des enfants est repartie en {{Algérie}}. {{9 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{13h}}, relève des IOA. Transmission orale devant l'écran, {{26 patients}} présents, {{4}} en {{SAUV}}, {{2 brancards}} dans le couloir. Je ne comprends pas la moitié des sigles. L'une me dit : « ici on dit pas patient, on dit entrée ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mise à jour des coordonnées. Mme [[PERSONNE:Gouttebaron]] donne son portable, l'agent tape [[TELEPHONE:06 48 21 97 30]], elle dit « non, à la fin c'est zéro trois », il corrige : [[TELEPHONE:06 48 21 97 03]]. Mail : [[EMAIL:audrey.gtb@free.fr]]. Elle habite maintenant [[ADRESSE:9 rue du Pré-la-Reine, 63100 Clermont-Ferrand]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Soir de grand froid, plan hivernal activé. Le {{115}} du {{Rhône}} reçoit {{212 appels}} entre {{18h}} et {{23h}}. {{9 places}} restantes à {{20h}}, {{0}} à {{21h15}}. Les écoutants se passent le casque, personne ne mange.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Changement de banque pour l'{{ARE}}. Conseiller : « je ne peux pas prendre votre IBAN par téléphone, déposez-le dans votre espace ». La personne le lit quand même à toute vitesse : « [[IBAN:FR76 3000 2124 3779 8800 3327 219]] ». Il ne le note pas. Identifiant [[ID_FRANCE_TRAVAIL:2841776Z]], M. [[PERSONNE:Lopez]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une mère arrive en courant avec son fils. « Carte vitale ? » Elle n'a que la carte mutuelle {{Apivia}} : n° [[IDENTIFIANT:00731 884 25]]. Enfant : [[PERSONNE:Enzo]], {{7 ans}}, né le [[DATE_NAISSANCE:30 novembre]]. Elle cherche son propre numéro sur l'appli {{ameli}} : [[NIR:2 88 02 26 362 121 39]] (née à {{Valence}}, l'agente commente). Admission bouclée en {{6 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place chez un allocataire {{AAH}}. Contrôleur : [[PERSONNE:Stéphane]]. Sur le bureau, courrier de la {{MDPH}}, dossier n° [[IDENTIFIANT:42-2019-11874]]. Il vérifie le bail : loyer {{480 €}}, bailleur {{Loire Habitat}}. M. [[PERSONNE:Saadi]] est très stressé, demande si on va lui « enlever l'AAH ». Non.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil sur rdv uniquement depuis {{2023}}. Les gens sans rdv sont orientés vers la borne ou {{ameli.fr}}. Sur {{23 personnes}} entrées, {{9}} sans rdv. L'agent de sécurité fait le tri à la porte, c'est lui qui décide en fait.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière d'{{EHPAD}} ({{La Roseraie}}) appelle pour transférer un résident. Elle dicte : « [[PERSONNE:Chastagner Henri]], né le [[DATE_NAISSANCE:vingt-deux avril trente-neuf]], IPP chez vous [[IDENTIFIANT:00 6712 8830]] ». La secrétaire retrouve le dossier. Ambulance {{Jussieu Secours}} prévue à {{16h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le {{CCAS}} de {{Chambéry}} rappelle une dame pour un rdv avec la {{CESF}}. Le numéro du dossier est faux ([[TELEPHONE:04 79 33 18]], il manque deux chiffres). L'agente cherche dans le vieux fichier {{Excel}}, trouve [[TELEPHONE:04 79 33 18 27]]. Mme [[PERSONNE:Vuillermoz]] répond enfin.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Salle commune. [[PERSONNE:Mircea]] montre sa nouvelle carte d'identité roumaine à tout le monde, fier : n° [[IDENTIFIANT:RX 718204]]. L'éducateur lui dit de la ranger. Il a aussi récupéré sa carte {{TCL}} solidaire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Parking des urgences de {{Gabriel-Montpied}}. L'agent de sécurité passe à l'accueil : « la {{Peugeot 208}} blanche [[IMMATRICULATION:GH-602-RL]] bloque l'entrée des ambulances ». L'agente appelle au micro. C'est le fils de Mme [[PERSONNE:Blanchard]], en {{box 4}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier {{AME}}. M. [[PERSONNE:Sawadogo Issouf]], passeport burkinabè n° [[IDENTIFIANT:B1847203]]. Domicilié au {{CCAS}} de {{Villeurbanne}}. L'agente compte les justificatifs de présence, il en faut sur {{3 mois}}. Elle photocopie {{14 pages}}. Né le [[DATE_NAISSANCE:1er janvier 1990]], « comme tout le monde au pays », dit-il en riant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Vaulx-en-Velin}}. File de {{12 personnes}} à {{8h25}} avant l'ouverture. Postes en libre-service : {{6}}, dont {{2}} en panne. Un service civique aide à imprimer des attestations employeur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je recopie la fiche de la patiente du {{box 2}} pendant que l'agente cherche le dossier (elle est d'accord) :\n[[PERSONNE:SISSOKO]] / [[PERSONNE:HAWA]]\nddn [[DATE_NAISSANCE:11.11.76]]\n-> pas de {{carte vitale}}, {{AME}} en cours\nportable [[TELEPHONE:0751063382]]\nadresse : « chez ma cousine » -> l'agente met [[ADRESSE:4 rue des Tanneurs 69003 lyon]]",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran du conseiller, onglet « situation » :\nallocataire : [[PERSONNE:POPESCU IONELA]]\nconjoint : [[PERSONNE:STAN MIRCEA]]\nenfants : [[PERSONNE:Andrei]] ([[DATE_NAISSANCE:2014]]), [[PERSONNE:Maria]] ([[DATE_NAISSANCE:2019]])\nn° alloc [[N_ALLOCATAIRE:7762180]]\nIBAN : [[IBAN:FR76 1382 5095 9477 5417 9024 432]]\ndroits : {{AF}} {{148,52 €}}, {{APL}} {{312 €}}\nLe conseiller me dit que le conjoint ne donne plus de nouvelles depuis {{mars}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de l'agent du {{CCAS}} à la résidence autonomie {{Les Glycines}} : vérif des logements vacants, {{4 studios}} libres sur {{52}}. Pas de résident rencontré. Ascenseur en panne depuis {{3 semaines}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude avec [[PERSONNE:Baptiste]] et [[PERSONNE:Leïla]]. On passe voir un couple qui vit dans un camping-car immatriculé en {{Italie}}, [[IMMATRICULATION:EZ 447 KB]], stationné depuis {{2 mois}} sur le parking du {{Carrefour}} de {{Vénissieux}}. Ils s'appellent [[PERSONNE:Giuseppe]] et [[PERSONNE:Valentina]]. On laisse {{2 duvets}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacie ({{Pharmacie du Marché}}, {{Vichy}}) : carte refusée. La pharmacienne donne le NIR [[NIR:2 50 01 03 310 029 84]], patiente Mme [[PERSONNE:Roux Huguette]]. Droits fermés au {{31/12}} après un changement de régime. Le conseiller rouvre provisoirement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "À l'accueil :\n- Votre nom ?\n- [[PERSONNE:Boukhari]].\n- Prénom ?\n- [[PERSONNE:Mehdi]].\n- Date de naissance ?\n- Le [[DATE_NAISSANCE:8 du 3, 94]].\n- Mutuelle ?\n- Non, la {{C2S}}.\nL'agente tape « [[PERSONNE:boukari]] », sans le h. Je lui signale, elle rigole et corrige.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère rappelle une demandeuse pour une offre de {{cariste}} chez {{Transports Perrenot}}. Messagerie. Elle laisse un message puis envoie l'offre n° {{178KLPW}} par mail à [[EMAIL:hatice.demir@hotmail.fr]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Diop]], papa + {{4 enfants}}. Pas de numéro d'alloc, c'est la première demande. L'agente imprime la liste des pièces. Il montre son titre de séjour : [[IDENTIFIANT:6903456128]]. Rdv dans {{3 semaines}}, « c'est le plus tôt ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Affiche au mur : « temps d'attente estimé : {{3 à 5 h}} ». Personne ne la lit. Un agent de sécurité, une IOA, deux secrétaires. L'IOA fait {{40}} triages par garde, {{12 h}} debout.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "2e contrôle d'arrêt de la journée, à {{Bron}}. M. [[PERSONNE:Bonnet]] est là, en pyjama, surpris. L'agent regarde sa carte d'identité ([[IDENTIFIANT:X4RTL2K71]]) et note l'heure : {{10h42}}. RAS, {{8 min}}. Dans la voiture, l'agent me dit qu'{{1 sur 5}} est absent.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une résidente, [[PERSONNE:Christelle]], me raconte : {{5 ans}} à la rue à {{Lyon}}, au {{CHRS}} depuis {{2022}}. Dossier {{DALO}} en cours, n° unique de demande de logement social [[IDENTIFIANT:069122312450821]]. « Je le connais par coeur, je le dis à tout le monde. »",
    ),
]

# Batch 3 (notes 069-102)
NOTES_3 = [
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU Grenoble Alpes}}. Mme [[PERSONNE:Martin]], {{56 ans}}, habite {{Saint-Martin-d'Hères}}. L'agent tape le nom et le logiciel propose « [[PERSONNE:MARTIN]] » : {{43}} homonymes. Il ajoute la date de naissance, [[DATE_NAISSANCE:23/09/1967]], il en reste {{1}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Fiche assurée affichée pendant que l'agente imprime :\n[[PERSONNE:KAYA SELIN]] | [[NIR:2 63 10 99 208 041 47]] | née [[DATE_NAISSANCE:02/10/1963]] à {{ISTANBUL}} ({{TURQUIE}})\nadresse : [[ADRESSE:27 av. Ambroise Croizat, 38400 St-Martin-d'Hères]]\nrégime {{RG}}, {{C2S}} jusqu'au {{30/04}}\nMT : Dr [[PERSONNE:Esposito]]\nElle vient juste pour un duplicata d'attestation. {{3 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Mon numéro c'est le [[N_ALLOCATAIRE:6 0 3 8 1 2 5]] ». Le conseiller tape, rien. « Ah non pardon, [[N_ALLOCATAIRE:6038152]] ». Là ça marche. Mme [[PERSONNE:Touati]] veut savoir pourquoi elle doit {{1 240 €}} d'indu. Explication : {{APL}} versée alors qu'elle était en colocation. Elle pleure. Plan de remboursement à {{50 €}} par mois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Jessica]] vient avec son fils de {{3 ans}}, pas de mode de garde. La conseillère (Mme [[PERSONNE:Bayle]]) lui parle des {{crèches AVIP}}. Identifiant sur le courrier : [[ID_FRANCE_TRAVAIL:0714426 K]]. Elle veut devenir aide-soignante, formation à l'{{IFAS}} de {{Roanne}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle de {{Marseille}} : sa mère aurait été amenée cette nuit. « [[PERSONNE:Benyahia]], [[PERSONNE:Houria]], née le [[DATE_NAISSANCE:5 décembre 1948]] ». La secrétaire : « je ne peux rien dire au téléphone sauf si elle est d'accord ». Elle va voir la patiente, revient, donne le numéro du service, {{poste 42381}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : M. [[PERSONNE:Jaziri]] appelle tous les soirs depuis {{3 semaines}}. L'écoutante a son dossier ouvert, demande {{SIAO}} n° [[IDENTIFIANT:2024-008873]]. Pas de place. Elle lui propose un {{accueil de jour}} demain. Il raccroche.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Wassim]], {{21 ans}}, né en {{Tunisie}}, vient créer son compte {{ameli}} seul pour la première fois. L'agente lui fait choisir un mot de passe, il met son mail [[EMAIL:wass.gharbi@outlook.fr]]. Il ne connait pas son NIR ; elle le lit sur l'écran en le cachant de la main, je le vois quand même : [[NIR:1 02 12 99 351 015 18]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Feuille de l'IOA (papier, le logiciel rame) :\n- Mme [[PERSONNE:RUIZ]] {{T2}} {{SAUV}} DT\n- [[PERSONNE:Nkoulou P.]] {{T3}} {{box 6}} fièvre\n- enfant [[PERSONNE:Ndiaye]] {{T4}} salle péd\n- M. [[PERSONNE:Jacquet]] {{T5}} renouvellement d'ordo (!!)\nL'IOA soupire sur le T5 : « il a plus de médecin depuis {{2 ans}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Atelier numérique à la {{Caf}} de {{Valence}} : {{6 personnes}}, on apprend à faire la déclaration trimestrielle sur le téléphone. La moitié n'ont pas de forfait data. L'animatrice prête sa tablette.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{36 46}}, attente {{22 min}}. Un monsieur appelle pour sa femme hospitalisée : « [[PERSONNE:Brun]], [[PERSONNE:Noémie]] ». Le conseiller ne peut pas parler du dossier d'une autre personne sans procuration. Le monsieur donne quand même le NIR de sa femme, [[NIR:2 91 12 01 053 147 77]], « comme ça vous avez tout ». Refus poli.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Taxi conventionné qui dépose un patient dialysé. La secrétaire note la plaque sur le bon de transport : [[IMMATRICULATION:fs 829 nd]] (en minuscules). Patient : [[PERSONNE:Mounier Jean-Pierre]], IPP [[IDENTIFIANT:P0038127745]]. {{Tri 3}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide accordée : {{150 €}} de bons alimentaires + {{80 €}} virés sur le compte. L'agente demande le RIB, Mme [[PERSONNE:Chérif]] le dicte depuis son appli bancaire : [[IBAN:FR76 3000 4077 0273 6266 2594 005]]. L'agente recopie à la main puis tape, « on a déjà eu des erreurs, je relis ». Tél de contact [[TELEPHONE:06.12.85.40.77]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme téléphonique {{France Travail}} : le conseiller est en télétravail, je suis avec lui en visio. {{27 appels}} dans la matinée, surtout l'actualisation de fin de mois. Il a un post-it « RESPIRER » sur son écran.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Permanence santé au {{CHRS}} avec l'infirmière de la {{PASS}} d'{{Édouard-Herriot}}. [[PERSONNE:Blaise]] montre son ordonnance. Fiche : [[PERSONNE:KABONGO Blaise]], né le [[DATE_NAISSANCE:12/12/1973]] à {{Kinshasa}}, NIR [[NIR:1 73 12 99 312 081 68]]. Diabète, plus de traitement depuis {{2 semaines}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une famille entière attend dans le hall : grand-mère, parents, {{3 enfants}}. Ils se relaient pour aller fumer. Le distributeur de café à {{0,80 €}} ne rend pas la monnaie. Aucun siège libre entre {{19h}} et {{21h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Remboursement de soins à l'étranger ({{Portugal}}). M. [[PERSONNE:Pinto]] apporte ses factures et un RIB, l'agent tape l'IBAN en minuscules, le logiciel accepte : [[IBAN:fr76 1680 7557 4216 3135 0702 390]]. NIR [[NIR:166059913901823]]. Né à {{Braga}} en [[DATE_NAISSANCE:mai 1966]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} : déclarée isolée, mais une voiture inconnue dans la cour. La contrôleuse note la plaque : [[IMMATRICULATION:EL-094-WS]]. Mme [[PERSONNE:Mansouri]] dit que c'est la voiture de son frère. La contrôleuse demande la carte grise, pas possible. Rapport : « vie maritale non établie ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard sonne en continu, {{1 appel}} toutes les {{2 minutes}} environ. Majorité : « combien de temps d'attente ? ». Réponse : « on ne peut pas savoir ». Une fois un journaliste du {{Progrès}}, transféré à la direction.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv de suivi, conseiller [[PERSONNE:Clément]]. Il met à jour le dossier de M. [[PERSONNE:Chen Wei]] : nouveau numéro [[TELEPHONE:06 59 73 21 04]], nouvelle adresse [[ADRESSE:31 cours Émile Zola, 69100 Villeurbanne]], mail [[EMAIL:chenwei.lyon[at]yahoo.fr]]. Projet : ouvrir un restaurant, il a un SIRET perso depuis {{2023}} : [[IDENTIFIANT:912 384 556 00017]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle annulé : la personne a repris le travail hier, l'employeur ne l'a pas signalé. L'agent a fait {{40 min}} de route jusqu'à {{Givors}} pour rien. Il dit que ça arrive {{2 fois par semaine}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran « mouvements » : [[PERSONNE:Gharbi W.]] sorti {{14h02}} / [[PERSONNE:Lacroix Thomas]] transfert {{Cardio}} {{14h10}} / [[PERSONNE:Esposito V.]] {{UHCD}} {{lit 2}} {{14h15}}. La secrétaire ne regarde plus cet écran, « il est toujours faux ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement relais à {{Saint-Chamond}}, [[ADRESSE:2 rue du Jarez, Saint-Chamond]]. Occupante : [[PERSONNE:Precious]], {{27 ans}}, avec un bébé. L'éducatrice vérifie l'état des lieux et relève le compteur : {{34 512 kWh}}. Fuite sous l'évier signalée.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription au {{plan canicule}}. L'agent remplit : Mme [[PERSONNE:Gonon Marguerite]], née le [[DATE_NAISSANCE:9 juillet 1938]], [[ADRESSE:12 rue des Marguerites, 42000 Saint-Étienne]], personne à prévenir : sa nièce [[PERSONNE:Josiane]], [[TELEPHONE:07 68 42 19 55]]. Elle apporte un pot de {{marguerites}} pour l'accueil 🌼",
    ),
    (
        "caf",
        "accueil_physique",
        "Allocataire en colère : « ça fait {{3 mois}} que j'ai rien ! ». L'agent ([[PERSONNE:Yves]]) tourne son écran vers lui : dossier [[N_ALLOCATAIRE:1827734]], « pièce manquante : attestation de loyer ». M. [[PERSONNE:Amara]] dit que son propriétaire ne répond pas. L'agent imprime le formulaire et lui surligne les cases.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un boulanger ({{Au Bon Pain d'Antan}}, {{Romans}}) appelle pour l'attestation de salaire des IJ de son apprenti, [[PERSONNE:Mattéo Rossi]]. Il lit le NIR sur la fiche de paie : [[NIR:1 99 11 26 362 275 25]]. La conseillère lui dit de passer par {{net-entreprises}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient bruyant à l'accueil, agressif. L'agent de sécurité intervient. L'IOA me dit après : « c'est [[PERSONNE:Sylvain]], il vient toutes les semaines, on le connait ». Dans le logiciel : {{47 passages}} en {{2024}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'info collective sur la création d'entreprise : {{15 inscrits}}, {{9}} présents. Intervenant de la {{CCI}} de {{Lyon}}. Questions surtout sur l'{{ARCE}} et le maintien de l'{{ARE}}. Diapos illisibles du fond de la salle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste corse en vacances à {{Annecy}}, chute en rando. L'agent tape le NIR de la {{carte Vitale}} : [[NIR:2 87 03 2A 004 118 75]]. Il bloque sur le « 2A », appelle sa collègue, ça passe en majuscule. Mme [[PERSONNE:Santoni]], née à {{Ajaccio}} en [[DATE_NAISSANCE:mars 1987]], tél [[TELEPHONE:06 23 58 41 90]]. {{Tri 4}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'une assistante sociale de {{Lyon Sud}} pour la sortie d'un patient sans domicile, M. [[PERSONNE:Tesfaye]]. Elle donne le n° de demande {{SIAO}} [[IDENTIFIANT:4781236]] et le portable du monsieur, [[TELEPHONE:07 44 60 19 82]]. Solution : {{halte de nuit}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Sur le comptoir, une pochette oubliée : {{carte Vitale}} + carte mutuelle {{Groupama}} au nom de [[PERSONNE:Poulard Jessica]]. L'agente la met au coffre et note dans le cahier : « trouvée {{11h20}}, carte Groupama n° [[IDENTIFIANT:0033 481 276]] ». Personne ne revient avant la fin de mon observation.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire demande pourquoi il ne reçoit jamais les mails. Le conseiller vérifie : l'adresse du dossier est [[EMAIL:kevin.dasilva@gmial.com]], faute de frappe. Il corrige en [[EMAIL:kevin.dasilva@gmail.com]]. N° alloc [[N_ALLOCATAIRE:3359018]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Petit garçon avec une perle dans le nez 🙃. Admission : [[PERSONNE:Nathan Chabert]], {{4 ans}}, père [[PERSONNE:Lucas Chabert]], domicile {{Chassieu}}. {{Tri 5}}, mais l'IOA le fait passer vite, « sinon il va la pousser plus loin ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Ligne du {{CCAS}} de {{Clermont-Ferrand}} : les appels portent sur le colis de {{Noël}} des seniors, inscription jusqu'au {{15 novembre}}. L'agente répond {{18 fois}} la même chose. Elle dit que c'est le seul moment de l'année où les gens appellent pour du positif.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle de {{Suisse}} : frontalier à {{Genève}} depuis {{2021}}, il a perdu son emploi. Le conseiller ([[PERSONNE:Anthony]]) demande l'identifiant : [[ID_FRANCE_TRAVAIL:7730149P]], et l'adresse : [[ADRESSE:128 route de Thonon, 74100 Annemasse]]. Il faut le {{formulaire U1}}.",
    ),
]

# Batch 4 (notes 103-136)
NOTES_4 = [
    (
        "cpam",
        "accueil_physique",
        "L'agent ouvre l'onglet « coordonnées bancaires » de M. [[PERSONNE:Dumitru Florin]] : RIB [[IBAN:14506 29360 89607863608 17]] (ancien format banque / guichet / compte / clé, {{Crédit Agricole Loire Haute-Loire}}). Pour le formulaire il le convertit en IBAN avec un site web 😬 : [[IBAN:FR76 1450 6293 6089 6078 6360 817]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau {{ZSC}}, {{16h30}} :\n{{C1}} [[PERSONNE:Rivoire I.]] - attente radio\n{{C2}} [[PERSONNE:Haddad]] - sutures faites, sortie\n{{C3}} vide\n{{C4}} [[PERSONNE:Mbarga Christelle]] - bilan sang {{16h05}}\n{{C5}} [[PERSONNE:O'Neill]] (touriste irlandais, carte européenne)\nLes boxes sont renommés C1 à C5 depuis les travaux.",
    ),
    (
        "caf",
        "accueil_physique",
        "Prime de déménagement. Mme [[PERSONNE:Hoarau]] (réunionnaise, arrivée à {{Lyon}} en {{2020}}) apporte la facture {{Demeco}} n° [[IDENTIFIANT:DM-2024-11-0478]] au nom de [[PERSONNE:HOARAU Sandrine]], {{684 €}}. N° alloc [[N_ALLOCATAIRE:8451206]]. Nouvelle adresse : [[ADRESSE:6 rue Coignet, 69008 Lyon]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} compte {{62 places}} dont {{12}} en diffus. Ce matin : {{3 départs}} et {{1 arrivée}}. Le veilleur de nuit fait la transmission sur un cahier, rien d'informatisé. Tout repose sur sa mémoire, j'ai l'impression.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle pour avoir des nouvelles de son mari. La secrétaire prend son numéro pour que le médecin rappelle ; la dame le dit en mots : « [[TELEPHONE:zéro six, trente-deux, quatorze, soixante-dix-sept, zéro huit]] ». Le mari : M. [[PERSONNE:Arnaud]], {{box 11}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Poste de livreur chez {{Chronopost}}, il faut un véhicule. M. [[PERSONNE:Mezouar]] a le permis mais pas de voiture ; son frère lui prête une {{Kangoo}} ([[IMMATRICULATION:DW-511-QF]]), la conseillère le note pour l'aide à la mobilité. Identifiant [[ID_FRANCE_TRAVAIL:4410928M]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une mamie, Mme [[PERSONNE:Chambon]], vient avec sa {{carte Vitale}} qui « ne marche plus ». L'agente la passe dans le lecteur : OK. C'est la pharmacie qui avait un souci. Elle reste discuter {{10 min}} de son petit-fils [[PERSONNE:Hugo]] qui fait médecine à {{Clermont}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Erreur d'identité repérée : la patiente du {{box 9}} a été enregistrée née le [[DATE_NAISSANCE:01/07/1997]] au lieu du [[DATE_NAISSANCE:07/01/1997]]. C'est Mme [[PERSONNE:Vial Chloé]] ; l'IOA s'en rend compte au bracelet. NIR sur la carte : [[NIR:297016925631945]], le mois est bien janvier. Fiche {{FEI}}, {{20 min}} perdues.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'élection de domicile. M. [[PERSONNE:Stan]] n'a pas ses papiers sur lui, juste une photo de son passeport roumain sur le téléphone : n° [[IDENTIFIANT:058214937]]. L'agent accepte pour l'instant. Attestation remise, valable {{1 an}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Journée contrôle : {{3 visites}} prévues, {{1}} seulement faite (les deux autres absents). La contrôleuse passe plus de temps en voiture qu'en entretien. Secteur {{Monts du Lyonnais}}, {{85 km}} dans la journée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée veut recevoir ses attestations par mail. Le conseiller lui explique {{ameli}}, elle n'y arrive pas. Elle donne son mail : « [[EMAIL:marg.villard arobase sfr point fr]] ». Il ne peut pas l'ajouter lui-même. {{14 min}}. Mme [[PERSONNE:Villard]] raccroche fâchée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Arrivée d'un patient avec la police, menotté. L'agent d'accueil demande l'identité au policier : « [[PERSONNE:Lopes]], [[PERSONNE:José]] », né le [[DATE_NAISSANCE:3/4/2001]]. Pas de carte. Réquisition pour un certificat de compatibilité avec la garde à vue : il passe avant tout le monde.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} : une femme victime de violences, elle chuchote. L'écoutante, [[PERSONNE:Agnès]], reste très calme, demande juste la ville ({{Vienne}}) et si les enfants sont avec elle. Mise à l'abri en urgence, taxi payé. Pas de nom au téléphone, je ne note rien d'autre.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : relance d'un demandeur qui n'a pas actualisé. Le conseiller tombe sur la mère : « il est au bled jusqu'au {{15}} ». Le conseiller explique qu'il faut déclarer les absences. Identifiant [[ID_FRANCE_TRAVAIL:8302647 T]], c'est [[PERSONNE:Bilal]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "La secrétaire tape vite, en minuscules et sans accents : « [[PERSONNE:lefevre helene]] / ddn [[DATE_NAISSANCE:120355]] / [[ADRESSE:8 bis chemin de la croix rouge 01000 bourg en bresse]] / tel [[TELEPHONE:0474 21 33 80]] ». Elle dit : « le logiciel met les majuscules tout seul ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune couple pour le rattachement du bébé. L'agente demande les NIR des parents. Le papa, [[PERSONNE:Samba]], né au {{Sénégal}}, lit le sien : [[NIR:1 89 04 99 341 067 46]] ; la maman, [[PERSONNE:Awa Ndiaye]], n'a pas sa carte. Bébé : [[PERSONNE:Aminata]], née le [[DATE_NAISSANCE:28 février]]. Rattachement aux deux parents, {{5 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sert aussi aux taxis, aux ambulances, aux familles. La secrétaire décroche {{9 fois}} pendant les {{15 min}} où je compte. Le combiné coincé sur l'épaule, elle tape d'une main.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Nguyen]] change de banque ({{Boursorama}} -> {{Crédit Mutuel}}). L'agent saisit le nouvel IBAN : [[IBAN:FR7610278316447440405346552]], « effectif le mois prochain ». Elle demande si le {{RSA}} du {{5 du mois}} arrivera sur l'ancien compte. Oui.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez un ancien résident relogé : M. [[PERSONNE:Petrossian]], [[ADRESSE:45 rue Jean Jaurès, 69200 Vénissieux]], {{3e étage}}. L'appartement est nickel, il fait du thé. Il demande de l'aide pour son dossier de naturalisation : {{AGDREF}} [[IDENTIFIANT:6901234875]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fiche d'admission imprimée, je la lis à l'envers sur le comptoir : [[PERSONNE:BAH Thierno Saliou]], né le [[DATE_NAISSANCE:01/01/2007]], adresse : foyer {{Adoma}}, {{chambre 14}}, tél [[TELEPHONE:07 58 12 06 91]]. L'éducateur de l'{{ASE}} arrive après.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour le portage de repas de sa mère. L'agente note : Mme [[PERSONNE:Peyrard]], [[ADRESSE:3 montée des Forts, 69300 Caluire-et-Cuire]], {{2e étage sans ascenseur}}. Tél du fils [[TELEPHONE:06 83 27 14 50]]. Tarif selon ressources, de {{4,20 €}} à {{9,80 €}} le repas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "File d'attente : {{7 personnes}} à {{13h30}}, {{2 guichets}} ouverts sur {{5}}. Une agente en formation, une en arrêt. Le responsable vient aider au guichet, ça se voit qu'il n'a pas fait ça depuis longtemps.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Ouedraogo Salimata]] s'inscrit. Date de naissance tapée [[DATE_NAISSANCE:1978-06-15]] (le formulaire l'inverse). Mail [[EMAIL:salimata.oued@gmail.com]]. Pas encore de numéro de sécu. Identifiant attribué : [[ID_FRANCE_TRAVAIL:9155832C]]. Diplôme d'infirmière du {{Burkina}}, non reconnu.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent de sécurité à l'accueil : « quelqu'un connait le propriétaire de la moto [[IMMATRICULATION:GK 347 MX]], garée devant les urgences pédiatriques ? ». Personne. Fourrière à {{15h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une travailleuse sociale du {{CCAS}} appelle la ligne partenaires pour une allocataire : « dossier [[N_ALLOCATAIRE:2290471]], Mme [[PERSONNE:Diallo]] ». Elle a une délégation. Le conseiller confirme la suspension de l'{{AAH}}, contrôle des ressources pas reçu.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile chez Mme [[PERSONNE:Benali Inès]], arrêt de {{30 jours}}. Elle ouvre, bébé dans les bras. L'agent note « présente {{15h25}} ». Adresse : [[ADRESSE:lieu-dit La Grange Neuve, 43200 Yssingeaux]]. {{1h}} de route à l'aller.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Long moment avec [[PERSONNE:Sandrine]], secrétaire depuis {{22 ans}} aux urgences de {{Vienne}}. Elle me montre sa liste des erreurs classiques : homonymes, jumeaux, femmes enregistrées sous le nom de l'époux. Ce matin, Mme [[PERSONNE:Faure]] née [[PERSONNE:Rochette]] : deux dossiers, il a fallu fusionner. « Un patient, un IPP, sinon c'est le bazar. » Elle tape sans regarder le clavier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier logement. [[PERSONNE:Sokha]] crée son compte sur le site de la demande de logement social. Mail : [[EMAIL:sokha.chea.69@gmail.com]]. Mot de passe écrit sur un papier que l'éducateur garde dans le dossier 😬. Date de naissance demandée : [[DATE_NAISSANCE:17 mars 1980]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le {{3949}} coupe au bout de {{5 min}} d'attente avec « tous nos conseillers sont occupés ». La conseillère me dit que les gens rappellent alors l'agence, qui n'a pas de standard. Cercle vicieux.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré ne reçoit plus ses remboursements. Le conseiller regarde : rejet bancaire, compte clôturé, [[IBAN:FR76 1810 6757 4255 0544 8882 148]]. M. [[PERSONNE:Vuillermoz Alexis]] confirme, c'était son ancien compte au {{Crédit Agricole des Savoie}}. Il doit envoyer le nouveau par la messagerie {{ameli}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'IOA doute de l'identité d'un patient sans papiers. Il dit s'appeler « [[PERSONNE:Jean Dupont]] ». Elle l'enregistre comme ça avec la mention « identité non vérifiée ». {{Tri 4}}. Elle me dit qu'il y a un « [[PERSONNE:Jean Dupont]] » par mois.",
    ),
    (
        "caf",
        "accueil_physique",
        "Question d'un étudiant sur les {{APL}} en résidence {{Crous}} à {{Grenoble}}. L'agent fait la simulation : {{97 €}}. L'étudiant espérait plus, il repart en disant qu'il va voir avec ses parents.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale à domicile pour une aide au loyer. Fiche de l'agente : « famille [[PERSONNE:Yildiz]], [[ADRESSE:10 place des Arcades, 26100 Romans-sur-Isère]], loyer {{620 €}}, bailleur {{Drôme Aménagement Habitat}}, réf. locataire [[IDENTIFIANT:L-004871-22]] ». Le père, [[PERSONNE:Mehmet]], est en arrêt depuis {{6 mois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au {{115}} de la {{Loire}}. Un homme appelle de la {{gare de Châteaucreux}}. Il donne son prénom, [[PERSONNE:Hakim]], et sa date de naissance, [[DATE_NAISSANCE:12 novembre 1970]]. L'écoutant retrouve son dossier : orienté en {{CHRS}} la semaine dernière, parti au bout de {{2 jours}}. {{Halte de nuit}} proposée.",
    ),
]

# Batch 5 (notes 137-170)
NOTES_5 = [
    (
        "cpam",
        "accueil_physique",
        "L'agent recopie le NIR d'un formulaire papier en groupes de trois, par habitude : [[NIR:157 119 935 211 290]]. M. [[PERSONNE:Zerrouki Abdelkader]], né le [[DATE_NAISSANCE:04/11/1957]] à {{Oran}}. Il demande une pension d'invalidité -> réorienté vers la {{Carsat}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Liste d'attente imprimée pour la relève de {{20h}} :\n[[PERSONNE:GARNIER E.]] | {{T3}} | arr. {{17h12}} | {{box 7}}\n[[PERSONNE:COLLOMB Amandine]] | {{T4}} | arr. {{17h40}} | salle\n[[PERSONNE:Tardy]] | {{T2}} | arr. {{18h55}} | {{SAUV 2}}\n[[PERSONNE:Ben Salah R.]] | {{T5}} | arr. {{19h02}} | salle\nEn bas : « {{14}} en attente, {{6}} vus ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Esposito Valentina]], italienne, vient pour les {{allocations familiales}}. L'agent demande le numéro de sécu : elle n'a que son codice fiscale, [[IDENTIFIANT:SPSVNT88R52F839K]], pas encore de numéro français. Orientée d'abord vers la {{Cpam}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour la cantine : Mme [[PERSONNE:Traoré Djeneba]], {{3 enfants}} à l'école {{Jules Ferry}}. Paiement direct à la mairie, pas besoin de RIB. Mais elle demande aussi l'aide au permis pour son fils [[PERSONNE:Oumar]], {{18 ans}}, et là il en faut un : [[IBAN:FR76 1390 6065 9935 2577 5482 879]] ({{Crédit Agricole Sud Rhône Alpes}}).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{centre 15}} appelle l'accueil : « homme, {{45 ans}}, AVP, arrive dans {{10 min}} en {{SAUV}} ». Pas de nom. L'agente crée une identité provisoire avec le numéro d'intervention {{SMUR}} [[IDENTIFIANT:24-1187]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien d'un senior, {{59 ans}}, licencié de chez {{Michelin}} à {{Clermont-Ferrand}} après {{32 ans}}. Il s'appelle [[PERSONNE:Serge Faure]] et récite son identifiant comme un matricule : « [[ID_FRANCE_TRAVAIL:1 2 4 7 8 3 0 R]] ». La conseillère lui présente le {{CSP}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Panneau : « Pensez à mettre à jour votre {{carte Vitale}} » - mais la borne de mise à jour est hors service. L'agente l'a signalée {{4 fois}}. L'appli carte Vitale est présentée comme la solution ; personne dans la file ne l'a.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dialogue à l'admission, je note en direct :\n« Nom ? - [[PERSONNE:Roche]]. - Prénom ? - [[PERSONNE:Manon]]. - Adresse ? - [[ADRESSE:23 rue des Passementiers]], à {{Saint-Étienne}}. - Un téléphone ? - [[TELEPHONE:06 71 04 55 29]], non attendez, c'est celui de mon copain. »\nL'agente le garde quand même en « personne à prévenir ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Conseil de la vie sociale du {{CHRS}} : {{9 résidents}}, {{3 salariés}}. Sujets : wifi, horaires du portail, machine à laver. [[PERSONNE:Rachid]] propose un tournoi de foot. La directrice (Mme [[PERSONNE:Couturier]]) dit oui, à condition que ce soit le dimanche.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Numéro d'allocataire ? » - « [[N_ALLOCATAIRE:zéro sept cent quarante-quatre, huit cent douze]] ». Le conseiller répète en chiffres pour vérifier : « [[N_ALLOCATAIRE:0 744 812]] ». M. [[PERSONNE:Aydın Emre]] appelle pour la {{prime de Noël}} : versée le {{17 décembre}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran : patient [[PERSONNE:jourdan corentin]] ipp [[IDENTIFIANT:800233417]] ddn [[DATE_NAISSANCE:29/10/00]] nir [[NIR:1 00 10 38 151 098 82]] mut. {{MNH}} n° [[IDENTIFIANT:00587332]]. Il est infirmier ici, accident du travail, d'où la MNH. Né à {{Échirolles}}, ça colle avec le NIR.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Échirolles}}. Personne ne répond. L'agent remarque que la voiture indiquée au dossier ([[IMMATRICULATION:CX-736-PB]]) n'est pas sur le parking. Il note juste « absent {{11h05}} » : « on n'est pas la police ». Assuré : M. [[PERSONNE:Bayle Florian]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} reçoit un appel de la gendarmerie de {{Pont-de-Beauvoisin}} : un homme âgé trouvé dans sa voiture, une {{Renault Scénic}} immatriculée [[IMMATRICULATION:4127 TR 38]] (vieille plaque). Il s'appelle [[PERSONNE:Gérard]], {{76 ans}}, expulsé de son logement. Hébergement d'urgence à {{Voiron}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Double écoute pendant la formation au nouveau logiciel. Le conseiller cherche le bon menu pendant {{3 min}}, l'usager attend. Il me dit : « avant c'était {{2 clics}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame âgée attend seule depuis {{5h}}. L'agente lui apporte un verre d'eau et propose d'appeler quelqu'un. Elle donne le numéro de sa voisine, écrit dans un carnet : [[TELEPHONE:04 73 35 28 14]]. Mme [[PERSONNE:Lamouroux]], {{88 ans}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Changement d'adresse : M. [[PERSONNE:Hamdani Rachid]] déménage du [[ADRESSE:15 rue Paul Bert 69003 Lyon]] au [[ADRESSE:2 allée du Mens, 69100 Villeurbanne]]. L'agent se trompe de case, tape l'ancienne dans la nouvelle, efface. Toujours la {{Cpam du Rhône}}, rien à transférer.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Kouassi]] à {{Rillieux-la-Pape}} : {{40 m²}} pour {{6 personnes}}. La contrôleuse remplit le formulaire de suroccupation, relève le dossier [[N_ALLOCATAIRE:5526109]] et le bail au nom de [[PERSONNE:Kouassi Yao Jean-Marc]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le box de tri est une petite pièce sans fenêtre. {{1 IOA}}, {{1 aide-soignante}}. Le logiciel affiche en rouge les patients au-delà de {{4h}}. À {{22h}}, tout l'écran est rouge.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour un logement. L'agente du {{CCAS}} lui dit que ce n'est pas ici, mais prend ses coordonnées pour l'assistante sociale : M. [[PERSONNE:Gharbi]], [[TELEPHONE:+33 7 81 20 66 93]], [[EMAIL:m.gharbi.38@laposte.net]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une kiné appelle pour une patiente dont la prescription est refusée. Elle lit le NIR : [[NIR:2 92 07 38 185 231 46]], Mme [[PERSONNE:Perret Léa]]. Le conseiller vérifie : l'{{ALD}} est ok, c'est la prescription qui a plus d'{{1 an}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier candidature spontanée. [[PERSONNE:Yohann]] doit créer une adresse mail « pro » parce que la sienne c'est [[EMAIL:yoyo.dark69@hotmail.com]] 😂 ; nouvelle adresse : [[EMAIL:yohann.curtet.pro@gmail.com]]. La conseillère rit mais valide. Identifiant [[ID_FRANCE_TRAVAIL:3381904S]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un médecin traitant, Dr [[PERSONNE:Kaya]], qui envoie une patiente avec un courrier : [[PERSONNE:Çelik Ayşe]], {{62 ans}}. La secrétaire demande l'orthographe, « C cédille ». Le logiciel refuse le ç, elle tape « [[PERSONNE:CELIK AYSE]] ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "À midi, un ancien résident passe dire bonjour avec son chien {{Rocky}}. [[PERSONNE:Dédé]] (« tout le monde l'appelle comme ça ») vit maintenant en pension de famille à {{Oullins}}. Il montre sa clé, fier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Remboursement d'un transport. Mme [[PERSONNE:Lebon]] montre son RIB en photo sur son téléphone, l'agent zoome et tape : [[IBAN:FR76 2004 1062 0540 2266 8714 950]]. Normalement il faut l'original, il le prend quand même. Bon de transport n° [[IDENTIFIANT:T24-008712]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Bourgoin-Jallieu}}. Un ado de {{15 ans}} avec sa mère, foot, poignet. Fiche : [[PERSONNE:Mathis Perrin]], né le « [[DATE_NAISSANCE:quatorze juin 2009]] » (la mère le dit en toutes lettres, l'agent tape [[DATE_NAISSANCE:14/06/2009]]). Carte mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:7730051846]].",
    ),
    (
        "caf",
        "accueil_physique",
        "La borne de la {{Caf}} de {{Chambéry}} imprime un ticket avec le motif. Ce matin : {{RSA}} {{11}}, {{APL}} {{8}}, {{PAJE}} {{3}}, autre {{5}}. La borne demande le n° alloc, beaucoup ne l'ont pas sur eux.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un squat avec l'équipe mobile : {{14 personnes}} dont {{4 enfants}}, [[ADRESSE:87 rue de Gerland, 69007 Lyon]]. L'éducateur relève les prénoms : [[PERSONNE:Ionuț]], [[PERSONNE:Florentina]], [[PERSONNE:Costel]]… et la plaque roumaine de la camionnette garée devant, [[IMMATRICULATION:B 482 KFT]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Pour un patient inconscient sans papiers, le logiciel crée « X Y » né le {{01/01/1900}} en attendant de savoir. Aujourd'hui il y en a {{2}}. La secrétaire dit que le plus long a duré {{3 jours}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur, la {{Boulangerie Chapuis}}, qui cherche un apprenti. Le conseiller propose [[PERSONNE:Rayan]], {{17 ans}}, suivi en {{CEJ}}, et donne au patron le numéro de [[PERSONNE:Rayan]] : [[TELEPHONE:07 66 18 94 20]]. Offre n° {{181QZTW}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Rdv de {{14h}} : M. [[PERSONNE:Nkoulou Patrice]], né le [[DATE_NAISSANCE:8 janvier 1979]] à {{Douala}}, NIR [[NIR:1 79 01 99 322 205 47]]. Dossier {{CSS}} : l'agente calcule les ressources sur {{12 mois}}, {{9 870 €}}, éligible avec participation de {{30 €}} par mois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent d'accueil m'explique les abréviations du champ commentaire : {{AT}} = accident du travail, {{VSL}}, {{MT}} = médecin traitant. À l'écran : [[PERSONNE:Lacroix]] - AT - chute d'échafaudage, employeur {{Eiffage}}. Feuille d'AT imprimée en {{3 exemplaires}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une étudiante, [[PERSONNE:Anaïs]], vient pour l'épicerie solidaire. Reste à vivre calculé : {{4,10 €}} par jour. Accès accordé pour {{3 mois}}. Adresse : {{résidence Jean Zay}}, {{chambre 312}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle : son {{RSA}} a été versé sur le compte de son ex. Le conseiller lit l'IBAN du dossier, [[IBAN:FR76 3000 2155 3942 1067 6130 428]], elle crie « c'est pas le mien ! ». Changement frauduleux ? Il bloque et transmet au contrôle. Mme [[PERSONNE:Teyssier Sylvie]], alloc [[N_ALLOCATAIRE:4098236]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le logiciel affiche aussi un n° de passage à côté de l'IPP : [[IDENTIFIANT:2458812]] pour M. [[PERSONNE:Ferrand]], {{box 1}}, IPP [[IDENTIFIANT:80019376]]. Les deux se ressemblent, l'agente dit qu'on les confond souvent.",
    ),
]

# Batch 6 (notes 171-205)
NOTES_6 = [
    (
        "cpam",
        "accueil_physique",
        "Écran « Consultation des droits » :\nBénéficiaire : [[PERSONNE:MERCIER HUGO]]\nNIR [[NIR:1950669266512 71]] (clé tapée à part)\nDate naiss. [[DATE_NAISSANCE:11.06.1995]]\nMédecin traitant : NON DECLARE\nOrganisme compl. : {{AÉSIO}} n° [[IDENTIFIANT:AE 5501 2287]]\nL'agente : « sans médecin traitant, vous êtes moins remboursé, {{30 %}} au lieu de {{70 %}} ». Il ne savait pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Appel en salle d'attente, à voix haute (tout le monde entend) : « Mme [[PERSONNE:Sauzet]] ? [[PERSONNE:Fabienne]] ? » -> {{box 10}}. Puis « M. [[PERSONNE:Ahmed Said]] ? » - deux hommes se lèvent 😅. L'IOA vérifie l'année de naissance : « [[DATE_NAISSANCE:1981]] ? » Le bon reste debout.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le conseiller ([[PERSONNE:Kamel]]) reçoit une assurée qui veut changer de médecin traitant : « c'est le Dr [[PERSONNE:Poulard]] à {{Bron}} maintenant ». Il vérifie l'identité : NIR [[NIR:2 72 07 69 029 166 84]], née le [[DATE_NAISSANCE:6 juillet 72]]. « C'est le médecin qui fait la déclaration, pas vous, madame. »",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiant ghanéen, [[PERSONNE:Kwame]], en master à {{Clermont-Ferrand}}. Il demande l'{{ALS}}. Titre de séjour étudiant : [[IDENTIFIANT:6303187904]]. Il n'a qu'un compte {{Revolut}}, IBAN lituanien [[IBAN:LT47 3250 0461 8273 0915]]. L'agent dit que ça marche, « c'est un IBAN européen », il faut juste le bail.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence d'aide administrative. Mme [[PERSONNE:Mounier]], {{81 ans}}, apporte un courrier de sa mutuelle qu'elle ne comprend pas. L'agent lit : « adhérent n° [[IDENTIFIANT:0045812370]], cotisation {{89,40 €}} ». Elle paie deux mutuelles depuis {{2021}} sans le savoir. L'agent l'aide à résilier.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une femme appelle pour son frère, [[PERSONNE:Oleksandr]], arrivé d'{{Ukraine}} à {{Lyon}} hier. Elle donne son numéro à lui : [[TELEPHONE:+380 67 412 58 90]]. L'écoutante le rappelle sur ce numéro. Pas de place ce soir ; orientation vers le dispositif de la {{préfecture}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv diagnostic, conseiller [[PERSONNE:Maxime]]. Demandeuse : [[PERSONNE:Hatice]], {{44 ans}}, aide à domicile. Sa {{Clio 3}} ([[IMMATRICULATION:BQ-470-VA]]) est en panne, devis {{1 200 €}}, et l'{{ADMR}} exige un véhicule. Aide à la réparation possible. Identifiant [[ID_FRANCE_TRAVAIL:2207461H]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile à {{Arpajon-sur-Cère}}. M. [[PERSONNE:Delmas]] est dans son jardin, il bêche. L'agent : « vous êtes en arrêt pour lombalgie ? ». Silence. Il note : {{16h40}}, présent, activité physique. Au retour il me dit que le rapport part au médecin-conseil, « c'est pas à moi de juger ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une pharmacienne appelle : une ordonnance des urgences est illisible. La secrétaire cherche le passage : patient [[PERSONNE:Bernard Duchêne]], vu hier soir, médecin Dr [[PERSONNE:Amrani]]. Elle transfère à l'interne de garde.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Thonon-les-Bains}}. Mme [[PERSONNE:Pralong Gaëlle]] déclare vivre seule avec sa fille. Sur la table, une lettre au nom de M. [[PERSONNE:Favre]] à la même adresse, [[ADRESSE:9 avenue de Genève, 74200 Thonon-les-Bains]]. « C'est mon ancien locataire. » La contrôleuse note. N° alloc [[N_ALLOCATAIRE:6612093]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Tableau blanc dans le bureau des éducs, visible depuis le couloir 😬 :\n{{Ch. 1}} [[PERSONNE:Moussa]] -> RDV préf {{mardi}}\n{{Ch. 2}} [[PERSONNE:Ali]] -> hôpital\n{{Ch. 4}} [[PERSONNE:Jean-Luc]] -> ???\n{{Ch. 7}} vide\nLe chef de service dit qu'ils vont mettre un rideau.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Congé maternité. Mme [[PERSONNE:Marin Ioana]], née à {{Iași}}, NIR [[NIR:2 86 08 99 114 172 25]]. Terme prévu le {{12 mars}}. L'agente imprime le calendrier : {{16 semaines}}. Elle est aide-soignante à {{Grenoble}}, elle demande si ses heures de nuit comptent.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Aux urgences pédiatriques, un écran appelle par numéro : {{P-017}} appelé à {{18h22}}. Ça évite de crier les noms. Chez les adultes, on crie encore les noms. Je demande pourquoi : « le projet est en cours depuis {{2019}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assuré de retour du {{Canada}} après {{6 ans}}, il veut rouvrir ses droits. Le conseiller lui explique le formulaire. Il donne son mail pour être recontacté : [[EMAIL:tvincent.mtl@videotron.ca]]. M. [[PERSONNE:Vincent Thibault]].",
    ),
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Amandine]] et [[PERSONNE:Kevin]], jeunes parents, {{22}} et {{24 ans}}, pas mariés. L'agent demande qui sera l'allocataire. « Moi », dit [[PERSONNE:Amandine]]. Elle tape son mail elle-même : [[EMAIL:amandine.collomb@orange.fr]]. Dossier créé : [[N_ALLOCATAIRE:9130548]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de l'agent du {{CCAS}} chez un monsieur signalé par le bailleur ({{Grenoble Habitat}}) : accumulation, odeurs. M. [[PERSONNE:Chevrot]], [[ADRESSE:16 galerie de l'Arlequin, 38100 Grenoble]]. On n'entre pas, il parle à travers la porte. L'agent laisse sa carte avec sa ligne directe ({{poste 5512}}).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran de l'IOA, colonne « motif » tapée vite : « dlr abdo », « trauma chev G », « OH », « AEG ». Colonne « nom » : [[PERSONNE:HOANG]], [[PERSONNE:BERTHET G.]], [[PERSONNE:Ngo]], [[PERSONNE:PICARD Simone]]. Colonne « délai » : {{1h12}}, {{2h40}}, {{0h35}}, {{4h02}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de nuit en camion avec [[PERSONNE:Quentin]], bénévole. Sous le pont {{Lafayette}} : [[PERSONNE:Polo]] (surnom), connu depuis {{10 ans}}. Il refuse l'hébergement, accepte soupe et couverture. [[PERSONNE:Quentin]] note l'heure et le lieu dans l'appli : {{23h50}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "IJ d'une auto-entrepreneuse. Mme [[PERSONNE:Leclerc Morgane]] donne son SIRET perso, [[IDENTIFIANT:881 452 907 00014]], et le RIB de son compte pro à la {{Société Générale}} : [[IBAN:FR76 3000 3282 4009 7509 7724 077]]. L'agente dit que les IJ des indépendants, c'est « un autre monde ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Job dating logistique dans l'agence : {{4 entreprises}}, {{60 candidats}}, entretiens de {{10 min}}. Les recruteurs d'{{Amazon}} repartent avec {{22}} CV. Beaucoup de jeunes en costume.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} en zone rurale ({{Ambert}}) : {{1 agente}} à mi-temps. Elle fait tout, accueil, aide sociale, logement, obsèques. Elle me dit que tout le monde se connait ici, impossible de rester anonyme.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le conseiller rappelle un assuré pour une réclamation. Il compose le fixe du dossier : [[TELEPHONE:0471 48 22 96]] - numéro plus attribué. Il essaie le portable : [[TELEPHONE:06-14-72-38-91]]. M. [[PERSONNE:Chastang]] décroche. Réclamation sur des lunettes {{Optical Center}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une maman affolée : son bébé a {{39,5}} de fièvre. La secrétaire transfère à l'IOA, qui conseille de venir. Elle note le nom pour prévenir l'accueil : « [[PERSONNE:Sofia Rahmani]], {{8 mois}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le serveur vocal de la {{Caf}} propose {{6 choix}}. J'ai chronométré : {{4 min 30}} avant de parler à quelqu'un. Le conseiller me dit que beaucoup tapent « 0 » en espérant un humain, ça ne marche pas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'un jeune sorti de l'{{ASE}} à {{18 ans}}, [[PERSONNE:Kévin]]. L'éducatrice fait la liste de ses papiers : carte d'identité [[IDENTIFIANT:230569T04117]], {{carte Vitale}} perdue, {{Caf}} jamais ouverte. Compte bancaire ouvert par l'ASE : [[IBAN:FR76 1680 6765 1409 3653 4621 797]]. Il ne connait pas son code.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agente appelle le service médical pour un assuré au guichet et épelle : « [[PERSONNE:G comme Gaston, U, E, R, I, N]] ». « [[PERSONNE:Guérin]], c'est ça. Né le [[DATE_NAISSANCE:30/03/54]], NIR [[NIR:1 54 03 42 187 061 53]]. » Réponse : refus du transport en taxi, il peut contester.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fiche réflexe pour les patients sous tutelle : il faut les coordonnées du tuteur. À l'écran : tuteur {{UDAF}} du {{Puy-de-Dôme}}, mandataire Mme [[PERSONNE:Giraud]], tél [[TELEPHONE:04 73 98 41 07]]. Patient : [[PERSONNE:Thivillier Raymond]], NIR [[NIR:1 68 04 63 113 440 75]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un notaire appelle pour une succession : il cherche la famille de M. [[PERSONNE:Albert Peyrard]], domicilié au CCAS. L'agente ne dit rien par téléphone et demande un courrier. Elle note le numéro de l'étude de Me [[PERSONNE:Lathuillière]] : [[TELEPHONE:04 50 23 61 88]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Mon Espace Santé}} : démo pour {{5 retraités}}. Ils veulent surtout savoir si « l'État peut lire leurs données ». L'agent répond comme il peut. {{40 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Mbarga]] est interdite bancaire et veut que les allocations aillent sur le compte de sa mère. L'agent : impossible sans procuration. Elle dicte quand même l'IBAN, [[IBAN:FR76 1009 6569 3811 3859 7033 150]], « c'est au {{CIC}} ». L'agent ne le saisit pas. N° alloc [[N_ALLOCATAIRE:2873340]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} de [[PERSONNE:Yvette]], {{67 ans}}, qui vit dans sa voiture depuis la séparation : {{Citroën C3}}, immat [[IMMATRICULATION:ES 215 HN]], garée sur le parking de la {{piscine}} de {{Roanne}}. Orientation vers une résidence sociale dès demain.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un chauffeur routier italien, [[PERSONNE:Mauro]], qui travaillait pour une boîte de {{Turin}}. Hébergé chez un ami : [[ADRESSE:5 rue de la Charité, 42000 Saint-Étienne]]. Né le [[DATE_NAISSANCE:21/02/1979]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:6650821D]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Retraité de {{Vichy}} venu pour sa complémentaire. M. [[PERSONNE:Carlo Bianchi]], né en [[DATE_NAISSANCE:1958]] en {{Italie}}, NIR [[NIR:158099912703744]]. L'agente calcule à voix haute : pension {{1 180 €}}, trop pour la {{C2S}} gratuite, ok pour la participative.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux ambulanciers ({{Ambulances Bréchard}}) attendent {{50 min}} pour « poser » leur patient, pas de brancard libre. Le patient, M. [[PERSONNE:Sarkis]], {{92 ans}}, reste sur leur brancard. « On perd notre journée ici. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un transporteur sanitaire appelle : facture rejetée pour le transport de Mme [[PERSONNE:Goutte]] le {{14}}. Il donne la plaque du véhicule pour retrouver la facture : [[IMMATRICULATION:FA-309-EJ]]. Le conseiller : « je ne cherche pas par plaque, il me faut le NIR ». Il le lit : [[NIR:2 05 06 74 012 083 26]].",
    ),
]

# Batch 7 (notes 206-240)
NOTES_7 = [
    (
        "cpam",
        "accueil_physique",
        "Écran, onglet « identité » :\nNom : [[PERSONNE:ACQUAVIVA]]\nPrénom : [[PERSONNE:Jean-Baptiste]]\nNIR : [[NIR:1 90 02 2B 033 054 56]]\nNé le [[DATE_NAISSANCE:27/02/1990]] à {{BASTIA}}\nL'agent me montre le {{2B}} : « les Corses, on les repère tout de suite ». Il vient pour une affiliation après un {{CDD}} à {{Chambéry}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Lundi matin : {{340 appels}} en attente à {{9h15}} sur le plateau régional. Le superviseur affiche le compteur sur un grand écran. Durée moyenne visée : {{4 à 6 min}} par appel, c'est écrit au mur.",
    ),
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Leïla Mansouri]] vient avec une lettre de contrôle de ses ressources. Elle a fait de l'intérim chez {{Adecco}}. L'agent tape son n° alloc [[N_ALLOCATAIRE:3701855]] puis son identifiant {{France Travail}} pour croiser les données : [[ID_FRANCE_TRAVAIL:5092364W]]. Tout colle, dossier débloqué.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide sociale à l'hébergement en {{EHPAD}} pour le père de M. [[PERSONNE:Jacquet]]. Formulaire de {{12 pages}}. L'agente remplit avec lui : le père, [[PERSONNE:Gérard Jacquet]], né le [[DATE_NAISSANCE:2 septembre 1935]], résident à l'EHPAD {{Les Opalines}} de {{Craponne}}, ancienne adresse [[ADRESSE:14 chemin de Chantegrillet, 69290 Craponne]]. Obligés alimentaires : {{3 enfants}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La police municipale de {{Villeurbanne}} prévient qu'elle amène une dame désorientée, sans papiers. Dans son sac : une ordonnance au nom de [[PERSONNE:Yvonne Berthet]] et un papier avec une adresse, [[ADRESSE:33 rue Anatole France, Villeurbanne]]. L'agente cherche : déjà venue en {{2023}}, IPP [[IDENTIFIANT:80155632]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine. [[PERSONNE:Thi Lan]] fait des nems, [[PERSONNE:Gabriel]] fait la plonge. Personne ne parle de papiers aujourd'hui, ça fait du bien. Recette au mur : « nems de mamie [[PERSONNE:Lan]] ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Zaïnaba Said]], née à {{Moroni}} le [[DATE_NAISSANCE:19/11/1981]], déclare son mariage et prend le nom d'usage de son mari, [[PERSONNE:Mohamed]]. L'agente modifie puis retape le NIR pour vérifier : [[NIR:2 81 11 99 397 026 25]]. « Il faut juste l'acte de mariage, pas le livret. »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Saint-Genis-Laval}}. Absent. Un voisin sort : « il est parti en vacances avec sa caravane ». L'agent note ce que dit le voisin, pas plus. M. [[PERSONNE:Jourdan]], [[ADRESSE:7 impasse des Saules, 69230 Saint-Genis-Laval]]. Dans l'allée, une remorque [[IMMATRICULATION:EV-882-TC]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une maman appelle pour la {{PreParE}}. Pas de n° alloc sous la main : le conseiller cherche par nom et date de naissance, « [[PERSONNE:Da Costa]], [[DATE_NAISSANCE:15 avril 1993]] ». {{3}} résultats. Il ajoute le prénom, [[PERSONNE:Rosa]] : trouvé, dossier [[N_ALLOCATAIRE:1184527]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Fin de matinée : l'agente range les chèques services dans le coffre, {{2 400 €}} en tout. Elle compte deux fois. Le coffre date de {{1987}}, la clé est sous le pot de fleurs 🙈",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un demandeur a créé sa micro-entreprise de VTC, il veut savoir si l'{{ARE}} continue. La conseillère note son véhicule, une {{Toyota C-HR}} hybride, plaque [[IMMATRICULATION:GT-159-WM]], et sa carte VTC n° [[IDENTIFIANT:069-2023-08812]]. Identifiant [[ID_FRANCE_TRAVAIL:4029517N]], M. [[PERSONNE:Boudjema Hakim]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un labo de ville appelle un résultat critique (potassium à {{6,8}}) pour un patient vu la veille. La secrétaire : « [[PERSONNE:Rossi]] ? lequel ? ». Le labo donne la date de naissance, [[DATE_NAISSANCE:03.09.1958]]. IPP retrouvé : [[IDENTIFIANT:80077215]]. Elle passe l'appel au senior.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fin de service au {{115}}, l'écoutant remplit le tableau de bord : {{87 appels}} décrochés, {{34}} demandes d'hébergement, {{6}} mises à l'abri, {{28}} sans solution. Il tape le 28 en dernier, sans rien dire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une assistante maternelle ({{CMG}}) chez Mme [[PERSONNE:Bouvier Morgane]], [[ADRESSE:12 route de Seynod, 74600 Annecy]]. Elle garde {{3 enfants}}, agrément pour {{4}}. La contrôleuse regarde le cahier de présence et relève le n° d'agrément {{PMI}}, [[IDENTIFIANT:AM-74-0318]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Frontalière de {{Saint-Julien-en-Genevois}} qui travaille à {{Genève}}, affiliée en {{France}}. Elle lit son numéro, [[NIR:2 78 12 74 010 402 69]], née à {{Annecy}} le [[DATE_NAISSANCE:9 décembre 1978]]. Elle demande pourquoi ses soins en {{Suisse}} ne sont remboursés qu'à moitié. Mme [[PERSONNE:Dufour]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une téléassistance. Mme [[PERSONNE:Vernay]], {{86 ans}}, [[ADRESSE:Le Bourg, 43500 Craponne-sur-Arzon]]. L'agente installe le boîtier {{Présence Verte}} et note les contacts : sa fille, [[TELEPHONE:06 87 45 12 30]] ; son voisin M. [[PERSONNE:Roux]], [[TELEPHONE:04 71 03 22 58]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien avec [[PERSONNE:Aïcha Traoré]], {{29 ans}}, {{2 enfants}}. Elle quitte le {{CHRS}} pour un logement {{Lyon Métropole Habitat}}, [[ADRESSE:4 rue Robespierre, bât. C, 69120 Vaulx-en-Velin]]. Remise des clés {{vendredi}}. Elle a déjà acheté les rideaux.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agent me montre son agenda du jour : {{9h}} [[PERSONNE:BARRY]], {{9h20}} [[PERSONNE:LEFEBVRE]], {{9h40}} absent, {{10h}} [[PERSONNE:PHAM]], {{10h20}} [[PERSONNE:MOREL J-B]]. Les absents ne sont pas remplacés, {{25 %}} d'absence selon lui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "En salle d'attente, une affiche pour le salon de l'emploi à {{Eurexpo}} le {{14 mars}}. Un monsieur la prend en photo, le vigile lui dit que c'est interdit de photographier ici ?! Pourquoi ?",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide à la caution via le {{FSL}}. M. [[PERSONNE:Nguyen Van Long]] donne son RIB {{Caisse d'Épargne}}, l'agente tape tout collé : [[IBAN:FR7613825237887875203222696]]. Demande FSL n° [[IDENTIFIANT:FSL-2025-0417]]. Réponse sous {{1 mois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur de {{76 ans}} vient seul en bus. Il veut « voir quelqu'un en vrai ». Il parle de sa femme décédée, [[PERSONNE:Marcelle]], de leur ancienne ferme vers {{Saint-Flour}}. L'agente l'écoute {{20 min}}. Demande réelle : une attestation pour sa mutuelle. NIR [[NIR:1 48 08 15 014 006 96]], né à {{Aurillac}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran, je lis par-dessus l'épaule (autorisé) : « DOSSIER [[N_ALLOCATAIRE:0395812]] - [[PERSONNE:BRUNEL SALOME]] - 1 enf. - {{RSA}} majoré - {{PPA}} 0 - dernière DTR {{10/2024}} ». DTR = déclaration trimestrielle. Elle attend depuis {{40 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel en anglais : un touriste américain cherche sa femme, [[PERSONNE:Jennifer]]. La secrétaire demande « date of birth ? » : « [[DATE_NAISSANCE:May 4th, 1962]] ». Elle la trouve, {{box 14}}. « Fine, fine, thank you ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Demande de carte européenne ({{CEAM}}). M. [[PERSONNE:Giordano]] dit son NIR très vite, « [[NIR:1 93 08 69 123 688 47]] », départ en {{Espagne}} dans {{5 jours}}. Délai de {{15 jours}} : le conseiller enverra un certificat provisoire à [[EMAIL:l.giordano@protonmail.com]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Abdou]] revient du tribunal : dette de loyer ancienne, affaire RG [[IDENTIFIANT:24/03177]]. L'éducateur l'aide à lire le jugement. Échéancier de {{50 €}} par mois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Ligne partenaires : un bailleur ({{Alliade Habitat}}) signale une locataire en impayé, réf. locataire [[IDENTIFIANT:0041277]], Mme [[PERSONNE:Okafor Ngozi]]. Le conseiller ne donne aucune info, il enregistre juste le signalement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dans la file, une dame a un post-it collé sur sa pochette : « sécu [[NIR:275049935009395]] / mutuelle {{MGEN}} [[IDENTIFIANT:104933781]] ». « C'est pour pas oublier », me dit-elle. Mme [[PERSONNE:El Amrani]], née à {{Casablanca}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une demandeuse, [[PERSONNE:Eyerusalem]], me montre sa convocation : identifiant [[ID_FRANCE_TRAVAIL:7416058 J]], rdv avec Mme [[PERSONNE:Chapuis]] à {{10h30}}. Il est {{10h50}}. La conseillère est en retard, elle aussi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le standard du {{CCAS}} de {{Lyon}} : une messagerie à {{5 choix}}. L'agente rappelle les messages de la veille, {{23 messages}}. Elle en traite {{11}} avant midi.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Débrief dans la voiture après {{4 contrôles}} : {{3}} présents, {{1}} absent. Les rapports se font sur une tablette qui n'a pas de réseau dans les {{Monts du Forez}}. Il synchronisera ce soir au bureau.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un {{EHPAD}} de {{Tassin}} demande si une résidente va être hospitalisée ou renvoyée. La secrétaire : « Mme [[PERSONNE:Bouchet]] ? Elle attend l'avis gériatrique ». L'infirmière laisse son numéro direct : [[TELEPHONE:04.78.34.61.90]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Lina Haddad]], {{16 ans}}, vient avec sa mère pour sa propre carte Vitale. L'agente explique qu'à cet âge c'est automatique, la carte arrive par courrier. Elle vérifie l'adresse d'envoi : [[ADRESSE:19 rue Michelet, 42000 Saint-Étienne]]. C'est bon.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{16h30}}, fermeture. L'agent de sécurité compte les gens encore dans la salle : {{7}}. Ils seront tous reçus, « on ne met personne dehors ». Derniers sortis à {{17h20}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Je demande aux éducateurs ce qui a changé en {{10 ans}} : « plus de familles, plus de femmes seules, plus de travailleurs pauvres ». Le {{CHRS}} a ouvert {{8 places}} femmes en {{2021}}. Liste d'attente au {{SIAO}} : {{140 personnes}} dans le département.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dernier contrôle à {{Montbrison}} : dans le hangar de l'allocataire, une {{Peugeot 404}} immatriculée [[IMMATRICULATION:752 BKL 42]], vieux format. La contrôleuse demande s'il la loue (revenus ?). Non, « c'était à mon père ». M. [[PERSONNE:Chazal]].",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
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
        raise ValueError(f"unbalanced mark in {marked[:60]!r}")
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
    """Split on ids and cells only: returns (dev ids, holdout ids)."""
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
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", sorted((n for n in notes if n["id"] in dev), key=lambda n: n["id"]))
    write(
        HERE / "holdout.jsonl",
        sorted((n for n in notes if n["id"] in holdout), key=lambda n: n["id"]),
    )
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
