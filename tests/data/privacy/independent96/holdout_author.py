"""Independent evaluation corpus n° 96: 240 French observation notes, written by hand.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids follow the writing
order (``ind96-001`` … ``ind96-240``). The split into ``dev.jsonl`` and ``holdout.jsonl``
depends only on the ids and the cells (site kind × channel), never on the texts.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; running it twice gives byte-identical files.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind96"
SEED = 96

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

# --- notes, batch 1 -------------------------------------------------------------------------

BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "Lundi {{8h25}} devant la {{Caf}} de {{Saint-Étienne}}, déjà {{une quinzaine}} de personnes dehors. Ouverture à {{8h30}}, l'agente d'accueil ([[PERSONNE:Sylvie]], c'est sur son badge) distribue les tickets. Premier monsieur : veut juste une attestation de paiement pour son bailleur, fait en {{4 min}} sur la borne avec elle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel entrant {{3949}} transféré. Mr [[PERSONNE:Kouyaté]] radié depuis le {{12}}, dit qu'il a pas reçu la convoc. Conseillère ([[PERSONNE:Audrey L.]]) lit l'écran : \"identifiant [[ID_FRANCE_TRAVAIL:4718203M]], dernière actualisation en {{février}}\". Elle lui dit de refaire une inscription en ligne, il soupire. durée {{11 min}}",
    ),
    (
        "urgences",
        "accueil_physique",
        'Urgences {{CH de Roanne}}, {{22h10}}. IOA (infirmière d\'orientation) [[PERSONNE:Magali]] : "votre nom ? date de naissance ?" — "[[PERSONNE:Berthet Jacqueline]], le [[DATE_NAISSANCE:14 juin 1941]]". Chute dans la salle de bain, la fille est là. Bracelet imprimé avec IPP [[IDENTIFIANT:420318756]]. Tri {{niveau 3}}, attente annoncée {{2 à 3h}}.',
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Vaulx-en-Velin}}, mardi matin. Très calme. Une dame vient chercher un colis pour les {{Restos du cœur}}, on lui explique que c'est pas ici, c'est vers le {{Mas du Taureau}}. Elle rigole \"je viens tous les ans et je me trompe tous les ans\"",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}, {{23h40}}. Appel d'un homme, [[PERSONNE:Grégory]], {{45 ans}}, dort dans sa voiture sur le parking du {{Carrefour}} de {{Vénissieux}}, plaque [[IMMATRICULATION:DK-582-PW]] (l'écoutant la note pour la maraude). Pas de place ce soir. On lui propose le gymnase de {{Bron}} à partir de {{minuit}} si le plan froid ouvre. Il dit ok.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Bourg-en-Bresse}}. Jeune femme, carte vitale perdue. L'agent ([[PERSONNE:Karim]]) vérifie le NIR qu'elle dicte : [[NIR:2 95 01 01 053 208 32]]. \"Vous êtes bien née à {{Bourg}} en [[DATE_NAISSANCE:janvier 95]] ?\" oui. Photo refaite sur {{ameli}}, délai {{15 jours}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Décines}} 🙂 file d'attente {{6 personnes}} à {{13h35}}. Beaucoup viennent pour imprimer des attestations employeur. L'agent dit que le mardi aprem c'est toujours comme ça.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Thierry Vachon]] (contrôleur {{Caf}} {{Loire}}). On va chez Mme [[PERSONNE:Oukacha]], [[ADRESSE:17 rue de la Richelandière, 42100 Saint-Étienne]], {{3e}} étage sans ascenseur. Déclaration : isolée avec {{2 enfants}}. [[PERSONNE:Thierry]] regarde la boîte aux lettres : un seul nom. Salle de bain, chambres, rien de spécial. {{40 min}}. Dossier alloc [[N_ALLOCATAIRE:3087165]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        '{{3646}}, plateforme. Appel n°{{23}} de la matinée pour la conseillère. Monsieur veut savoir pourquoi son remboursement kiné n\'est pas arrivé. Elle demande le numéro de sécu, il le lit lentement : "[[NIR:un, soixante-deux, onze, quarante-deux, cent quatre-vingt-sept, cent douze, vingt-neuf]]" (elle le retape en même temps). Paiement parti le {{3}}, {{48,60 €}}. Fin.',
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Le Relais}} ({{Roanne}}). Accueil de jour. [[PERSONNE:Dédé]] (c'est comme ça que tout le monde l'appelle) vient prendre sa douche et son café. Il a {{67 ans}}. L'éducatrice [[PERSONNE:Nadège]] lui rappelle le RDV {{SIAO}} de jeudi. Il dit \"oui oui ma belle\" et repart avec {{deux croissants}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune, [[PERSONNE:Yanis Belkacem]], {{19 ans}}, sorti du lycée pro de {{Meyzieu}} en juin. Conseiller M. [[PERSONNE:Fontaine]] lui crée son espace, mail : [[EMAIL:yanis.blk69@gmail.com]]. Tel [[TELEPHONE:07 68 41 22 93]]. Pas de CV. On lui donne un RDV atelier CV mardi {{9h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Fleyriat}} : une dame appelle pour savoir si son mari est \"toujours là\". L'agent ne peut rien dire au téléphone, lui demande de venir ou d'appeler le service. La dame raccroche fâchée. L'agent me dit : \"on n'a pas le droit, même si c'est sûrement sa femme, on sait pas\".",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}} {{Rhône}}. Allocataire : \"bonjour c'est Mme [[PERSONNE:Nguyen]], numéro allocataire [[N_ALLOCATAIRE:2265490]]\". Demande où en est sa {{prime d'activité}}. Le conseiller voit une pièce demandée : avis d'imposition manquant. Il lui donne l'adresse mail générique, pas la sienne. {{7 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}} de {{Riorges}}. M. [[PERSONNE:Dumas]], {{82 ans}}, veuf, demande une aide ménagère. Logement propre mais frigo presque vide. Son fils [[PERSONNE:Patrick]] passe le dimanche. Adresse du dossier : [[ADRESSE:5 impasse des Tilleuls, 42153 Riorges]]. Elle remplit le dossier {{APA}} avec lui sur la table de la cuisine. Le chat s'appelle {{Caramel}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart en diffus du {{CHRS}} à {{Saint-Chamond}}. Famille [[PERSONNE:Haxhiu]] (kosovars, {{4 enfants}}). Logement [[ADRESSE:24 rue Victor Hugo, bât B, 42400 Saint-Chamond]]. Moisissure dans la chambre des petits. L'éducateur prend des photos pour le bailleur ({{Loire Habitat}}). Le père, [[PERSONNE:Driton]], sert le café. Papiers : récépissé n° [[IDENTIFIANT:4203187652]] qui expire dans {{10 jours}}, gros stress.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt maladie à domicile, agent assermenté {{CPAM}} {{Loire}}. Assuré absent à {{10h15}} alors que sorties non autorisées. La voisine : \"il est chez le médecin je crois\". Avis de passage laissé dans la boîte, nom sur la boîte : [[PERSONNE:BOUCHET R.]]. On repart. L'agent dit que c'est {{1 fois sur 3}} comme ça.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{39 49}} — une femme appelle pour son mari qui parle pas bien français. La conseillère refuse d'abord puis accepte qu'il soit à côté et dise \"oui\". Identifiant dicté : [[ID_FRANCE_TRAVAIL:4509118 B]]. Problème : {{ARE}} suspendue, il manque l'attestation employeur de chez {{Adecco}}. Le mari = M. [[PERSONNE:Şahin]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{12h05}} à la {{Caf}} de {{Roanne}}. Un monsieur veut déposer un RIB papier pour son {{APL}}, l'agente le scanne direct. RIB : [[IBAN:FR76 3000 3018 9000 0507 1246 641]]. Nom sur le RIB : [[PERSONNE:LOPES Fernando]]. Elle me dit que les RIB c'est un des trucs qu'ils voient le plus.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente {{Hôpital Nord}}, {{41 personnes}} à {{19h}}. Écran : \"temps d'attente estimé {{4h30}}\". Un ado avec le poignet en attelle joue à {{Clash Royale}}. Des parents avec un bébé qui pleure. L'agent d'accueil administratif fait les entrées à la chaîne, {{2-3 min}} par personne.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Bron}}, standard. M. [[PERSONNE:Ferhat Ould-Ali]] demande un RDV pour l'aide aux factures d'énergie. Facture {{EDF}} réf client [[IDENTIFIANT:6003417825]], {{438 €}} de retard. L'agent note un RDV lundi {{14h}} avec Mme [[PERSONNE:Rolland]]. Rappel au [[TELEPHONE:06 17 52 80 34]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire}}, {{20h55}}. Femme avec enfant de {{3 ans}}, partie de chez son conjoint. Elle donne son nom : [[PERSONNE:Priscilla Mendy]], née le [[DATE_NAISSANCE:02/11/1997]]. L'écoutant trouve : hôtel {{Première Classe}} de {{Villars}}, {{chambre 14}}. Taxi pris en charge. Il me dit qu'elle a bien fait d'appeler tôt.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} de {{Bourg}}, zone d'accueil. Dame ~{{50 ans}}, licenciée de chez {{Renault Trucks}}. Elle tend sa carte d'identité, l'agent tape le n° [[IDENTIFIANT:X4RT2BPF9]] pour l'inscription. Nom : [[PERSONNE:Chevrier Annick]]. Adresse [[ADRESSE:8 chemin de Challes, 01000 Bourg-en-Bresse]]. L'agent : \"vous aurez un conseiller référent sous {{15 jours}}\".",
    ),
    (
        "cpam",
        "accueil_physique",
        'File {{CPAM}} {{Vaulx}} : {{9 personnes}}, {{1 seul}} guichet ouvert sur {{3}}. Les gens lisent leurs papiers, une mamie fait des mots fléchés. La borne {{ameli}} est en panne ("hors service" scotché dessus). Attente moyenne {{25 min}} selon le vigile.',
    ),
    (
        "caf",
        "controle_sur_place",
        '2e visite de la journée. M. [[PERSONNE:Ben Saïd]] déclare vivre seul, mais 2 voitures devant : une {{Clio}} [[IMMATRICULATION:EX-418-KD]] (à lui) et une {{Golf}} [[IMMATRICULATION:FN-926-LA]] ("à mon cousin"). Le contrôleur [[PERSONNE:Thierry]] demande la carte grise de la Golf : au nom de [[PERSONNE:Sofia Amrani]]. Il note. Le monsieur s\'énerve un peu, puis se calme. {{1h10}} sur place.',
    ),
    (
        "urgences",
        "accueil_physique",
        '{{3h du mat}}, urgences {{Édouard Herriot}}. Un sans-abri connu du service, surnommé "[[PERSONNE:Bébert]]", vient pour dormir au chaud. L\'agente connaît son nom par cœur : [[PERSONNE:Albert Guinard]], né en [[DATE_NAISSANCE:1959]]. Pas de dossier trouvé, elle essaie sans le d : [[PERSONNE:Guinar]] — trouvé, IPP [[IDENTIFIANT:P2019077413]].',
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission {{CHRS}} {{Bourg}}. Mme [[PERSONNE:Ilunga]], 2 enfants ([[PERSONNE:Grâce]] {{8 ans}} et [[PERSONNE:Exaucé]] {{5 ans}}). Référence {{SIAO}} : [[IDENTIFIANT:SIAO01-2024-0815]]. Titre de séjour en cours de renouvellement. L'éducatrice explique le règlement, la participation financière ({{10 %}} des ressources).",
    ),
    (
        "ccas",
        "accueil_physique",
        'Domiciliation au {{CCAS}} de {{Saint-Étienne}}. Un homme vient relever son courrier, on lui donne {{3 lettres}}. L\'agent vérifie la pièce d\'identité : passeport roumain n° [[IDENTIFIANT:058843217]]. "Ça va [[PERSONNE:Ionuț]] ?" "Ça va, ça va". Une des lettres vient de la {{Cpam}}.',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants, relance des demandeurs qui n'ont pas répondu à la convoc. Sur {{12}} appels : {{4}} répondent, {{5}} messageries, {{3}} numéros non attribués. La conseillère dit que c'est \"une bonne moyenne\" 😅",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacie de {{Meyzieu}} (pas un assuré) pour un souci de tiers payant. Le pharmacien donne le n° de sécu de la patiente : [[NIR:2031169282036 46]]. Droits fermés depuis {{fin décembre}} ({{20 ans}}, elle n'est plus ayant droit). La conseillère envoie un mail au service concerné.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Appel Mme [[PERSONNE:Perrin]], elle arrive de {{Villeurbanne}} : "j\'ai déménagé, je vous donne ma nouvelle adresse : [[ADRESSE:31 avenue Franklin Roosevelt, 69150 Décines-Charpieu]]". L\'agent lui dit de la faire en ligne, c\'est plus rapide. Elle : "mais je suis au téléphone là !". Il finit par la saisir. N° alloc [[N_ALLOCATAIRE:1954702]].',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un EHPAD ({{EHPAD Les Opalines}} de {{Genas}}) pour prévenir d'un transfert par le {{SAMU}}. Résident : M. [[PERSONNE:Vasseur]], né le [[DATE_NAISSANCE:4 mars 1933]]. L'agent ouvre le dossier avant l'arrivée, gagne du temps.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Atelier "numérique" en agence {{FT}} {{Vaulx}}. {{8 participants}}. L\'animatrice [[PERSONNE:Leïla]] montre comment se connecter. Un monsieur ne se souvient plus de son identifiant, elle le retrouve : [[ID_FRANCE_TRAVAIL:3361094 W]]. Mot de passe réinitialisé par SMS au [[TELEPHONE:07.54.18.90.66]].',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{2h05}}, appel d'un monsieur qui veut juste parler. L'écoutant reste {{20 min}} avec lui. Il n'a pas donné son nom. \"Ça fait partie du boulot\".",
    ),
    (
        "ccas",
        "accueil_physique",
        "Jeudi, {{CCAS}} {{Meyzieu}} : distribution des chèques de {{Noël}} pour les séniors. File de petits vieux tout contents. Une dame a apporté des {{papillotes}} pour les agents. Ambiance sympa pour une fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Bourg}}, RDV de {{10h30}}. Couple [[PERSONNE:Da Costa]], séparation. Chacun veut savoir qui garde l'{{APL}}. L'agente ([[PERSONNE:Pauline]]) explique la garde alternée et le partage des allocs familiales. Enfant : [[PERSONNE:Lucas]], né le [[DATE_NAISSANCE:18/09/2016]]. Monsieur donne son nouvel IBAN [[IBAN:FR7614506000427301584410233]] pour sa part.",
    ),
]

# --- notes, batch 2 -------------------------------------------------------------------------

BATCH_2 = [
    (
        "france_travail",
        "accueil_physique",
        "Entretien de suivi ({{30 min}} prévues, {{45}} réelles). Demandeur : [[PERSONNE:Mickaël Teixeira]], {{34 ans}}, cariste, ex-intérim chez {{Manpower}} à {{Andrézieux}}.\n- veut passer le {{CACES 5}}\n- a le permis B, plus de voiture (vendue)\n- dispo immédiatement\nLa conseillère ([[PERSONNE:Nathalie]]) cherche une formation {{AFPA}}… session en {{avril}} à {{Saint-Étienne}}. Elle met à jour ses coordonnées : [[EMAIL:mika.teixeira42@hotmail.fr]], [[TELEPHONE:06 81 27 43 09]]. Il repart avec une date de pré-inscription.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Serveur vocal {{Caf}} : \"temps d'attente supérieur à {{20 minutes}}\". L'agent me dit que ce matin ils ont eu {{140 appels}} en file. Il enchaîne. Fin août = questions sur l'{{ARS}}, en boucle, \"c'est versé quand ?\" → le {{20 août}}, il le répète peut-être {{30 fois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box d'accueil. M. [[PERSONNE:Ahmadi]] arrive avec son fils [[PERSONNE:Sami]] ({{7 ans}}, tombé du vélo, arcade ouverte). Pas de carte vitale sur lui. L'agente demande la date de naissance du petit : le [[DATE_NAISSANCE:22 août 2017]]. Adresse : [[ADRESSE:12 allée des Cerisiers, 69330 Meyzieu]]. Mutuelle {{Harmonie}} n° [[IDENTIFIANT:7730194826]]. Le père s'excuse {{10 fois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Montbrison}}. Une fille appelle pour sa mère, Mme [[PERSONNE:Lacroix Odette]], {{91 ans}}, seule chez elle. Demande de portage de repas. La fille, [[PERSONNE:Corinne]], appelle de {{Lyon}}, donne son numéro [[TELEPHONE:04 78 62 19 55]] et celui de sa mère [[TELEPHONE:04 77 58 03 71]]. L'agente explique les tarifs selon les revenus : entre {{6,80 €}} et {{9,40 €}} le repas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj au {{CHRS}}, {{7h30}}. {{14 résidents}}. [[PERSONNE:Moussa]] aide en cuisine, c'est son \"contrat\" du mois. Un nouveau arrivé hier soir, [[PERSONNE:Jordan]], dort encore. L'éduc de nuit transmet : RAS sauf une dispute vers {{1h}} entre deux gars de l'étage 2 pour un chargeur de téléphone.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CSS}} (complémentaire santé solidaire). Mme [[PERSONNE:Bouzid]] vient avec tous ses papiers dans un sac {{Lidl}}. L'agent ([[PERSONNE:Stéphane]]) trie avec elle : avis d'impôt, bulletins, attestation {{Caf}}. NIR lu sur l'attestation : [[NIR:281049939705281]]. Elle dit \"je suis née aux {{Comores}}, à {{Moroni}}\". Dossier complet, il l'envoie. {{2 mois}} de délai max.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Conseiller à distance, agence de {{Roanne}}. Appel programmé avec Mme [[PERSONNE:Dufour]] : elle a trouvé un CDD de {{6 mois}} chez {{Michelin}}. Il faut déclarer la reprise. Il vérifie : "vous êtes bien [[PERSONNE:Dufour Élodie]], identifiant [[ID_FRANCE_TRAVAIL:2290457 R]] ?" "Oui." Bravo général dans le bureau.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle avec [[PERSONNE:Nadia]] (contrôleuse {{Caf}} de l'{{Ain}}). Destination : Mme [[PERSONNE:Roux]], [[ADRESSE:lieu-dit Les Granges, 01370 Saint-Étienne-du-Bois]]. Maison isolée, chemin pas goudronné, {{25 min}} depuis {{Bourg}}. Déclare {{RSA}} personne seule. Elle nous reçoit bien. Son compagnon ([[PERSONNE:Kevin]]) \"passe de temps en temps\". [[PERSONNE:Nadia]] demande les relevés de compte. IBAN sur le relevé : [[IBAN:FR76 1780 6003 1961 2048 5770 088]]. Rien d'anormal sur les mouvements. Contrôle favorable.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un médecin généraliste pour adresser un patient. L'IOA note, raccroche. \"Ils nous envoient tout le monde, y a plus de médecins en ville\". {{4 appels}} comme ça en {{1h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'assistante sociale du {{CCAS}} de {{Décines}}, logement signalé par un voisin. Appartement de M. [[PERSONNE:Gacon]], [[ADRESSE:3 rue Paul Bert, 69150 Décines-Charpieu]]. Syndrome de {{Diogène}}, on ne peut pas entrer dans la cuisine. Il est gentil, il s'excuse. Elle parle de la {{MDPH}} et d'une aide au ménage. Elle lui laisse son numéro pro, pas le perso.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Ain}}. Appel de la gendarmerie d'{{Ambérieu}} : un homme de {{60 ans}} environ, à pied sur la départementale, dit s'appeler [[PERSONNE:Stanislas Wójcik]], pas de papiers. L'écoutante épelle : [[PERSONNE:W-O-J-C-I-K]]. Place trouvée au {{CHRS}} de {{Bourg}} pour la nuit. Les gendarmes l'amènent.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Monsieur veut changer son RIB pour les indemnités journalières. La conseillère refuse de le prendre par téléphone (sécurité, arnaques), il faut passer par le compte {{ameli}}. Il insiste et dicte quand même : [[IBAN:FR76 3000 4008 1200 0104 5582 108]]. Elle ne note rien. Il raccroche en disant "c\'est bien la sécu ça" 🙄',
    ),
    (
        "caf",
        "accueil_physique",
        "Borne libre-service. Une étudiante de l'{{Université Jean Monnet}} fait sa demande d'{{APL}} avec l'aide du service civique ([[PERSONNE:Théo]]). Problème : la résidence {{Crous}} veut un numéro de dossier {{Caf}}, elle ne l'a pas encore. [[PERSONNE:Théo]] lui explique qu'il arrivera par mail, sur son adresse étudiante [[EMAIL:ines.haddad@etu.univ-st-etienne.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Mercredi {{10h}}. Salle d\'attente agence {{Bron}} : {{3 personnes}}. La télé passe des offres en boucle : "préparateur de commandes H/F {{Saint-Priest}}", "ASH {{Vinatier}}", "conducteur de bus {{TCL}}". Un monsieur prend en photo l\'offre {{TCL}}.',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Chloé Marchetti]], veut savoir si elle touchera le chômage après une rupture conventionnelle. L'agent regarde : oui, {{ARE}}, ouverture après {{7 jours}} de délai + différé congés payés. Elle montre son attestation employeur : {{Boulangerie Morel}}. Elle demande si son ancien patron, M. [[PERSONNE:Morel]], doit signer autre chose. Non.",
    ),
    (
        "urgences",
        "accueil_physique",
        'Tri rapide : "NOM PRÉNOM ?" "[[PERSONNE:DIALLO Mamadou]]" "Date de naissance ?" "[[DATE_NAISSANCE:1er janvier 1990]]" (l\'IOA me glisse : "on en a beaucoup des 1er janvier, c\'est souvent l\'état civil du pays"). Douleur thoracique → il passe direct.',
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide alimentaire : demande de bon pour l'épicerie sociale. M. [[PERSONNE:Karapetian]], arménien, {{3 enfants}}. Ressources : {{635 €}} de {{RSA}} + {{212 €}} d'allocs. Reste à vivre calculé : {{4,20 €}}/jour/personne. Accordé pour {{3 mois}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement relais (CHRS hors les murs), {{Montreynaud}}. Locataire : [[PERSONNE:Sonia]], sortie de détention il y a {{2 mois}}. [[ADRESSE:9 allée Henri Purcell, 42000 Saint-Étienne]], 8e étage. Propre, rangé, des plantes partout. Elle montre fièrement son contrat d'aide-cuisine chez {{Sodexo}}. L'éducateur vérifie la quittance de loyer n° [[IDENTIFIANT:Q-2024-03-1187]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail, {{Rive-de-Gier}}. Assuré présent : M. [[PERSONNE:Giraud]], lombalgie. On sonne à {{14h40}}, il ouvre en pyjama. L'agent vérifie l'identité sur la CNI : n° [[IDENTIFIANT:180642301875]], nom [[PERSONNE:GIRAUD Jean-Luc]]. RAS. {{8 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Rappel programmé {{15h}}. M. [[PERSONNE:Zerrouki]] conteste un indu de {{1 240 €}} sur son {{AAH}}. Notification reçue la semaine dernière. L\'agent explique le recours amiable ({{CRA}}). N° alloc [[N_ALLOCATAIRE:4418027]]. Il demande une adresse mail pour envoyer ses justificatifs, elle lui dit de passer par "{{Mon compte}}".',
    ),
    (
        "urgences",
        "accueil_physique",
        'Nuit de samedi, urgences {{CHU}} de {{Saint-Étienne}}. Arrivée de {{3}} jeunes après le match à {{Geoffroy-Guichard}}, bagarre. Un des trois saigne du nez et répète son prénom très fort "[[PERSONNE:KYLLIAN]] AVEC DEUX L". L\'agente rit. Elle tape [[PERSONNE:Kyllian Roche]], né le [[DATE_NAISSANCE:09/05/2006]]. Les vigiles restent à côté. Ça chante "{{allez les Verts}}" dans la salle.',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel du {{Garage Nguyen Frères}} ({{Vaulx}}) pour une offre de mécanicien. Le patron, M. [[PERSONNE:Nguyen]], veut recevoir les CV sur [[EMAIL:garage.nguyen.freres@orange.fr]]. Offre n° {{187QWZT}} créée en {{10 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        'Bagagerie du {{CHRS}} : un monsieur récupère son sac. Étiquette : "[[PERSONNE:BOUDJEMA]] - casier {{12}}". Il vérifie que son passeport est dedans. Oui. Soulagement.',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{9h}}-{{10h}} : {{17 appels}} au standard du {{CCAS}}. Motifs notés par l'agent : domiciliation ({{5}}), colis ({{4}}), aide facture ({{3}}), \"je sais pas à qui m'adresser\" ({{5}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        'Accueil {{CPAM}} {{Roanne}}, sur RDV seulement. Dame sans RDV, pleure parce que sa fille a besoin de lunettes. L\'agent ([[PERSONNE:Malik]]) la prend quand même "{{5 minutes}}". Vérif des droits : OK. Carte mutuelle {{MGEN}} n° [[IDENTIFIANT:265 418 093]]. Il lui explique le {{100 % santé}}.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle des ressources d'un travailleur indépendant à {{Oyonnax}}. M. [[PERSONNE:Yılmaz]], auto-entrepreneur en plasturgie. Son SIRET perso : [[IDENTIFIANT:834 127 508 00010]]. Le contrôleur compare le CA déclaré à l'{{URSSAF}} et à la {{Caf}}. Écart de {{3 000 €}} sur le trimestre. Explication : un client qui a payé en retard. Il demande les factures, dont la facture n° [[IDENTIFIANT:F-2024-031]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard : la police appelle pour savoir si un certain [[PERSONNE:Lenny Baptiste]] a été admis cette nuit. L'agente demande une réquisition écrite. Le policier laisse son portable de service pour le rappel : [[TELEPHONE:06 33 72 91 48]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}} {{Saint-Chamond}}. Monsieur sourd, vient avec sa fille qui signe. Il doit faire son actualisation, identifiant [[ID_FRANCE_TRAVAIL:5127630 F]], mais mot de passe bloqué. L'agent réinitialise, le code part sur [[EMAIL:bruno.faure42 [at] laposte.net]]. La fille s'appelle [[PERSONNE:Léa]], le père [[PERSONNE:Bruno]].",
    ),
    (
        "caf",
        "accueil_physique",
        "queue caf {{vaulx}} {{14h}} mardi. {{22}} tickets distribues depuis l'ouverture de l'aprem. le vigile connait la moitie des gens. une maman allaite sur une chaise. pas de table a langer dans les toilettes",
    ),
    (
        "chrs",
        "accueil_telephonique",
        '{{115}} {{Rhône}}, {{17h}}, début de garde. Places du soir affichées : {{3 places}} hommes seuls, {{0}} famille. Premier appel : Mme [[PERSONNE:Ndiaye]] avec {{2 enfants}}, déjà connue, n° SIAO [[IDENTIFIANT:69-SI-0458213]]. Pas de place. L\'écoutante lui dit de rappeler à {{21h}}. Elle : "je rappelle tous les jours depuis un mois".',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée appelle de {{Bourg-en-Bresse}} pour son fils de {{16 ans}} qui veut sa propre carte vitale. Conseillère : demande sur {{ameli}} ou formulaire. Le numéro du fils ? Elle ne l'a pas. Le sien : [[NIR:2 72 08 69 388 129 37]]. La conseillère retrouve le fils rattaché et lance la demande.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour le permis de conduire (aide jeunes). [[PERSONNE:Anaïs Perret]], {{20 ans}}, de {{Firminy}}. Auto-école {{ECF}}. Elle montre son contrat d'apprentissage à l'{{Intermarché}}. Elle donne son mail [[EMAIL:anais.perret2004@gmail.com]] pour la notif. Commission le {{15}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        'Urgences pédiatriques {{HFME}}, {{Bron}}. Maman + bébé de {{2 mois}} qui a de la fièvre. L\'agente : "carnet de santé ?" Elle lit à voix haute : "[[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:3 février]]". Fièvre chez un nourrisson = prioritaire, la maman est prise en {{10 min}}.',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le vigile de l'agence de {{Roanne}} m'explique qu'il connaît tout le monde. Il salue \"bonjour M. [[PERSONNE:Ribeiro]]\", \"ça va [[PERSONNE:Jessica]] ?\". Il me dit que c'est sa {{4e}} année ici.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en anglais. Étudiant nigérian, [[PERSONNE:Chukwuemeka Obi]], {{APL}} refusée car titre de séjour expiré. L'agent parle un anglais correct. Il demande le numéro du titre : [[IDENTIFIANT:4202658931]], valable jusqu'au {{30/09}}. Pas encore renouvelé, donc pas de droits pour l'instant.",
    ),
]

# --- notes, batch 3 -------------------------------------------------------------------------

BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Roanne}}, {{11h}}. Écran d'appel au-dessus des guichets : {{A041}} → {{guichet 2}}, {{A042}} → {{guichet 4}}. Ça bipe. Les gens relèvent la tête tous en même temps, comme au {{PMU}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Oliveira]] vient déclarer la naissance de sa fille : [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:11 mars]] à l'hôpital de {{Bourg}}. Il a l'acte de naissance et le livret de famille. L'agente ([[PERSONNE:Céline]]) : \"félicitations !\" Il rayonne. Elle vérifie le dossier [[N_ALLOCATAIRE:0632719]] : la prime de naissance a bien été versée au 7e mois. Reste l'allocation de base de la {{PAJE}} à ouvrir.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Num alloc dicté à toute vitesse : "[[N_ALLOCATAIRE:sept-deux-neuf-un-quatre-zéro-huit]]". L\'agent : "doucement madame". Elle répète. Motif : son fils [[PERSONNE:Rayan]] a {{20 ans}} (né en [[DATE_NAISSANCE:2004]]) et elle perd une partie des allocs. Elle ne comprenait pas pourquoi le montant avait baissé de {{150 €}}.',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel pro : une assistante sociale (Mme [[PERSONNE:Vidal]], {{Maison de la Métropole}} de {{Vaulx}}) appelle pour une famille en impayé de loyer. Le conseiller partenaires donne les infos : dossier [[N_ALLOCATAIRE:3158804]], famille [[PERSONNE:Benhamou]], {{APL}} suspendue depuis {{2 mois}} (impayé signalé par {{Est Métropole Habitat}}). Solution : plan d'apurement.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Vaulx-en-Velin}}, quartier {{Grande Île}}. Interphone cassé. On monte au 6e. Mme [[PERSONNE:Traoré]] nous ouvre, bébé dans les bras. Elle avait une convocation qu'elle n'a pas lue. Le contrôleur ([[PERSONNE:Jérôme]]) lui explique calmement. Elle montre le bail au nom de [[PERSONNE:Traoré Aminata]], [[ADRESSE:14 avenue Gabriel Péri, appt 62, 69120 Vaulx-en-Velin]]. Tout colle. On redescend à pied, ascenseur en panne depuis \"{{3 semaines}}\".",
    ),
    (
        "caf",
        "controle_sur_place",
        "CONTRÔLE N°2 - ANNULÉ. Personne. {{Roanne}}, quartier du {{Parc}}. Le contrôleur laisse un avis de passage. {{20 min}} de route pour rien. Il dit que c'est fréquent le vendredi.",
    ),
    (
        "cpam",
        "accueil_physique",
        'Dame âgée, vient pour une feuille de soins papier. Ne sait pas utiliser l\'appli. L\'agente ([[PERSONNE:Fatou]]) l\'aide à remplir. Le nom du médecin sur la feuille : Dr [[PERSONNE:Abergel]]. Montant {{30 €}}. "Et vous me remboursez quand ?" "Sous {{une semaine}}, ma petite dame".',
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Saint-Étienne}} (près de {{Châteaucreux}}). Un ouvrier du BTP, accident du travail, vient avec la déclaration de l'employeur ({{Eiffage}}). Lui : [[PERSONNE:Florin Dumitrescu]], roumain, parle peu français, né en [[DATE_NAISSANCE:septembre 1985]]. Son NIR définitif vient d'arriver : [[NIR:1 85 09 99 114 563 40]]. L'agent lui imprime l'attestation, il la plie en quatre dans son portefeuille.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Bron}}. Imprimante de l'accueil en panne, l'agent envoie les attestations par mail. Il soupire : \"ça fait {{2 jours}}\". Un monsieur propose de les prendre en photo sur l'écran. Ça marche aussi.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un monsieur qui a reçu un SMS \"votre carte vitale expire, cliquez ici\". La conseillère : arnaque, ne cliquez pas. Il a déjà cliqué et donné son IBAN 😬 : [[IBAN:FR30 2004 1010 0912 3458 7R02 964]]. Elle lui dit d'appeler sa banque tout de suite. Il s'appelle [[PERSONNE:Gérard Mathieu]], il a {{74 ans}}, il a honte.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "\"Bonjour, [[PERSONNE:Aurélie]], l'{{Assurance Maladie}}, que puis-je pour vous ?\" x {{38}} dans la matinée. Elle a un petit miroir collé sur l'écran pour sourire au tel. Elle dit que ça s'entend.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile d'une assurée en arrêt long, {{Meyzieu}}. Mme [[PERSONNE:Hadjadj]] est là. Elle montre ses certificats. La voiture garée devant, [[IMMATRICULATION:GA-071-ZB]], est bien la sienne ; un voisin avait signalé qu'elle partait tous les matins. Elle explique : kiné tous les jours à {{Décines}}. Ordonnance à l'appui. Dossier clos.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}}. Jeune homme, [[PERSONNE:Abdoulaye]], {{22 ans}}, guinéen, débouté de l'asile. Date de naissance : [[DATE_NAISSANCE:15/04/2002]]. L'agent lui remet l'attestation d'élection de domicile. Il demande s'il peut recevoir des colis {{Amazon}} ici. Non. 😅",
    ),
    (
        "ccas",
        "accueil_physique",
        'Permanence écrivain public au {{CCAS}} de {{Rive-de-Gier}}. Mme [[PERSONNE:Fernandes]] veut écrire à son bailleur ({{Loire Habitat}}) pour la fuite sous l\'évier. Lettre dictée : "Je soussignée [[PERSONNE:Maria Fernandes]], locataire au [[ADRESSE:6 rue Jean Jaurès, 42800 Rive-de-Gier]], référence locataire [[IDENTIFIANT:LH-0071452]]…". Elle signe. {{25 min}}.',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Perez]], gardien de la résidence {{Les Marronniers}}, appelle : une vieille dame qu'on ne voit plus depuis {{4 jours}}, Mme [[PERSONNE:Gauthier]], 2e étage. L'agent appelle le service seniors + la police municipale. Il a le numéro de la dame dans le fichier canicule : [[TELEPHONE:04 72 02 86 17]]. Ça ne répond pas.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Coupure d'électricité dans tout le bâtiment du {{CCAS}}, {{10h20}} → {{10h45}}. Standard mort. Les agents discutent dans le couloir. L'une dit : \"c'est la seule pause de la semaine\" 😂",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. et Mme [[PERSONNE:Chauvet]], {{Bourg-en-Bresse}}, pour le dossier d'aide sociale à l'hébergement. Lui : [[PERSONNE:Roger]], né en [[DATE_NAISSANCE:1938]], {{Alzheimer}}, une place s'est libérée à l'{{EHPAD Les Cygnes}}. Elle : [[PERSONNE:Simone]], veut rester dans la maison. Retraite {{1 380 €}} à deux. L'AS explique l'obligation alimentaire : les enfants, [[PERSONNE:Alain]] et [[PERSONNE:Martine]], devront participer.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'agent du {{CCAS}} chez un monsieur qui a demandé un bon de chauffage. Tout est ok, il a surtout besoin qu'on l'écoute parler de sa femme, morte en {{2019}}. On reste {{50 min}}. L'agent dit que ça aussi c'est de l'aide sociale.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences {{Roanne}}, {{16h}}. Monsieur amené en ambulance. Les ambulanciers donnent la fiche : [[PERSONNE:Michon Gilbert]], [[DATE_NAISSANCE:12-01-1947]], [[ADRESSE:22 route de Charlieu, 42300 Roanne]]. Personne à prévenir : sa fille [[PERSONNE:Nathalie]] au [[TELEPHONE:06.72.40.18.53]].",
    ),
    (
        "urgences",
        "accueil_physique",
        'IOA au tri. Une jeune femme : "j\'ai mal au ventre depuis hier". Nom, prénom ? "[[PERSONNE:Chaïma Bensalem]]". Carte vitale ok, mutuelle {{Alan}} sur l\'appli, n° adhérent [[IDENTIFIANT:ALN-4471-0923]]. Tri 4. Attente {{3h}}. Elle soupire, remet ses écouteurs.',
    ),
    (
        "urgences",
        "accueil_physique",
        "Les chiffres de la journée au tableau blanc de la salle de soins : {{132 passages}}, {{19 hospit}}, {{6}} en {{UHCD}}, {{3}} partis contre avis médical. L'agente d'accueil dit que c'est \"un mardi normal\".",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un fils inquiet : son père, [[PERSONNE:Lucien Barbier]], a été emmené par les pompiers de {{Meyzieu}}. L'agente vérifie : il est bien arrivé, {{box 7}}. Elle ne donne aucun détail médical, juste \"il est bien chez nous\". Le fils laisse son numéro [[TELEPHONE:+33 6 84 15 07 92]] pour le médecin.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion des résidents, {{CHRS}} {{Saint-Étienne}}, {{18h}}. Ordre du jour : le wifi. Tout le monde parle en même temps. [[PERSONNE:Pascal]] (le doyen) veut qu'on vote. [[PERSONNE:Hamid]] dit que le wifi c'est un droit. L'éducatrice note tout sur un paperboard. Résultat : un nouveau routeur commandé chez {{Free}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Arrivée d'une femme orientée par le {{SIAO}}, [[PERSONNE:Marie-Claire Bonnet]], {{58 ans}}, expulsée de son logement à {{Meyzieu}}. Ses affaires sont dans un garde-meuble {{Shurgard}}, contrat n° [[IDENTIFIANT:SHG-694201]]. Elle a une {{Twingo}} grise, immatriculée [[IMMATRICULATION:8721 XJ 69]]. Elle veut la garder à tout prix.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        '{{115}}, {{22h30}}. Appel d\'un jeune, {{18 ans}} tout juste, sorti de l\'{{ASE}} ce matin. "[[PERSONNE:Enzo]]". L\'écoutant : "[[PERSONNE:Enzo]] comment ?" "[[PERSONNE:Enzo Lefèvre]]". Né le [[DATE_NAISSANCE:7 octobre 2006]]. Place en {{CHRS}} jeunes à {{Villeurbanne}} demain. Ce soir : gymnase.',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} — appel d'une assistante sociale du {{Vinatier}} : sortie prévue demain pour M. [[PERSONNE:Roussel]], sans domicile. Elle demande une place. L'écoutante : \"envoyez la demande {{SIAO}}\". Référence du séjour côté hôpital : NDA [[IDENTIFIANT:2405117320]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un studio {{ALT}} à {{Riorges}}. Locataire : M. [[PERSONNE:Lambert]], {{47 ans}}. Il montre sa boîte aux lettres : étiquette \"[[PERSONNE:LAMBERT Franck]]\". Il a refait la peinture lui-même. L'éducatrice remarque un vélo neuf dans l'entrée : \"c'est pour aller au boulot, à l'{{Intermarché}} de {{Mably}}\".",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour des logements diffus avec l'éducateur, {{4 visites}} en {{2h30}}. Tout le monde est là. Une fuite d'eau à signaler, un frigo à changer, une demande de rideaux, et un monsieur qui nous offre des makrouts. 🍯",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Atelier "Réussir son entretien d\'embauche", {{FT}} {{Meyzieu}}. Simulation : le conseiller joue le recruteur de {{Carrefour}}. [[PERSONNE:Sabrina]] se lance, tremble un peu, fait super bien. Tout le monde applaudit. [[PERSONNE:Dylan]] refuse de passer.',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demandeur mécontent, parle fort : \"J'AI FAIT MON ACTUALISATION LE {{28}} !!!\" L'agent vérifie : rien d'enregistré. Il montre la capture : confirmation le {{28}} à {{23h58}}. L'agent s'excuse, fait remonter. Identifiant sur la capture : [[ID_FRANCE_TRAVAIL:6402971 K]]. Nom : [[PERSONNE:Aït-Mokhtar]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une femme de {{57 ans}}, ex-auxiliaire de vie, [[PERSONNE:Josiane Brun]]. Adresse : [[ADRESSE:40 bis rue de la Convention, 42100 Saint-Étienne]]. Date de naissance dite à voix haute : \"[[DATE_NAISSANCE:deux juin soixante-sept]]\". Le conseiller, [[PERSONNE:Olivier]], tape vite, elle le corrige sur l'orthographe de la rue.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un demandeur depuis l'{{Algérie}} (vacances à {{Oran}}) : il ne pourra pas venir au RDV du {{12}}. Numéro affiché : [[TELEPHONE:+213 5 51 24 87 63]]. La conseillère déplace le RDV. Il donne son identifiant : [[ID_FRANCE_TRAVAIL:7035518 D]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère entreprises au tel avec {{Décathlon}} {{Bron}} : recrutement de {{10}} vendeurs pour {{Noël}}. Elle propose une {{MRS}} (recrutement par simulation). Contact RH : Mme [[PERSONNE:Lemaire]], [[EMAIL:c.lemaire@decathlon.com]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme très alcoolisé amené par la police. Refuse de donner son nom. Les policiers le donnent : [[PERSONNE:Sébastien Carrel]], [[DATE_NAISSANCE:30/11/1978]]. Domicile : [[ADRESSE:2 place Carnot, 42300 Roanne]]. Il hurle \"C'EST PAS MOI\". L'agente tape sans lever les yeux.",
    ),
]

# --- notes, batch 4 -------------------------------------------------------------------------

BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "Longue conversation au {{guichet 3}}. Mme [[PERSONNE:Zeynep Arslan]] (née en {{Turquie}}, arrivée en {{France}} en {{2012}}) a reçu un courrier d'indu de {{2 870 €}} sur le {{RSA}}. Elle ne comprend pas, elle pleure, sa voisine [[PERSONNE:Halima]] traduit. L'agente ([[PERSONNE:Véronique]]) reprend tout : ressources trimestrielles mal déclarées, le salaire du mari ([[PERSONNE:Mehmet]]) qui n'apparaissait pas. Elle propose une demande de remise de dette et remplit le formulaire avec elles. NIR de madame recopié en haut : [[NIR:2 93 09 99 208 014 43]]. {{45 min}} en tout. En sortant, [[PERSONNE:Halima]] dit merci trois fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{12h30}}, fermeture de l'accueil de la {{Caf}} de {{Vénissieux}}. Le vigile baisse le rideau à moitié. Deux personnes toquent encore. L'agente sort leur donner un ticket pour {{13h30}}. \"Revenez après manger\".",
    ),
    (
        "caf",
        "accueil_physique",
        "Un couple vient déclarer son mariage. Lui [[PERSONNE:Karim Haddou]], elle [[PERSONNE:Laetitia]], nouvelle adresse commune : [[ADRESSE:58 rue Pierre Brossolette, 69500 Bron]]. Tel de monsieur : [[TELEPHONE:0698251704]]. Elle garde son nom, [[PERSONNE:Laetitia Pommier]]. L'agent ([[PERSONNE:Youssef]]) fusionne les deux dossiers ; le numéro allocataire qui reste : [[N_ALLOCATAIRE:2840513]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Une dame veut le montant exact de son {{APL}} : "c\'est pour le bailleur, il veut le papier". Dossier [[N_ALLOCATAIRE:5021846]], Mme [[PERSONNE:Rivière]]. {{243,17 €}}. Attestation envoyée par mail à [[EMAIL:n.riviere@free.fr]] — elle épelle "[[PERSONNE:R-I-V-I-E-R-E]], avec l\'accent mais pas dans le mail".',
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause déj à {{13h}} : il reste {{4}} conseillers sur la plateforme sur {{11}}. L'écran de supervision affiche {{63 appels}} en attente, temps moyen {{18 min}}. Personne ne réagit, c'est \"normal le lundi\".",
    ),
    (
        "caf",
        "controle_sur_place",
        'Contrôle de résidence. M. [[PERSONNE:Bakayoko]] déclare habiter [[ADRESSE:7 rue Descartes, 01000 Bourg-en-Bresse]]. Le bailleur ({{Dynacité}}) dit que le logement est vide depuis {{juin}}. Sur place : nom sur la boîte, courrier qui déborde. Sa voiture, une {{Peugeot 206}} [[IMMATRICULATION:CL-557-TM]], est sur le parking, couverte de feuilles. La voisine : "il est reparti en {{Côte d\'Ivoire}} je crois". Le contrôleur appelle le numéro du dossier, [[TELEPHONE:07 81 36 59 20]] : messagerie pleine.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Étienne}}, {{Tarentaize}}. Mme [[PERSONNE:Ferrand]] nous fait entrer, gênée : le salon sert de chambre pour {{3}} enfants. Le contrôleur ([[PERSONNE:Thierry]], encore lui) vérifie la composition familiale sur le livret : [[PERSONNE:Noah]] ([[DATE_NAISSANCE:2015]]), [[PERSONNE:Lilou]] ([[DATE_NAISSANCE:2018]]) et [[PERSONNE:Maël]] ([[DATE_NAISSANCE:2021]]). Il repère qu'elle a droit à un complément jamais demandé. Elle n'en revient pas.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune homme, première inscription à la sécu : étudiant algérien arrivé en {{septembre}}. Passeport n° [[IDENTIFIANT:223456781]], visa étudiant. Nom : [[PERSONNE:Walid Merabet]]. L'agent lance l'immatriculation, lui dit que ça prend {{3 semaines}}. En attendant, attestation provisoire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Pas de RDV, pas d'accueil ! (pancarte). Un monsieur s'énerve contre l'agent de sécurité. L'agent d'accueil, [[PERSONNE:Mathieu]], sort et lui parle calmement, lui donne le {{3646}} et un RDV pour jeudi {{9h15}}. Ça se calme.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Correia]] vient pour son attestation de droits et déclare sa nouvelle adresse en même temps : [[ADRESSE:15 rue du Docteur Rebatel, 69330 Meyzieu]]. L'agent vérifie le NIR sur sa carte : [[NIR:258059913901775]], née au {{Portugal}}. Tout est à jour. Elle parle de ses petits-enfants, l'agent écoute poliment.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Un assuré n\'arrive pas à se connecter sur {{ameli}}, "ça me demande un code à {{8 chiffres}}". La conseillère lui fait lire son n° de sécu sur la carte : "[[NIR:1 68 10 42 095 021 48]]", puis le code provisoire reçu par courrier. Ça marche en {{6 min}}. Il appelle de {{Firminy}}.',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Formation en binôme : une nouvelle conseillère écoute avec un 2e casque. Entre deux appels, la tutrice lui dit : \"ne jamais dire 'je sais pas', dire 'je vais vérifier'\". La nouvelle note ça dans un carnet {{Clairefontaine}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail à {{Bron}}, {{Parilly}}. Personne ne répond. L'agent laisse un avis. Dans la voiture, il m'explique qu'il fait {{6 à 8}} contrôles par jour, \"et la moitié c'est des gens vraiment malades qui dorment\".",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}} {{Roanne}}. M. [[PERSONNE:Tissot]] vient pour sa carte de transport solidaire ({{STAR}}). Il faut un justificatif. Il sort un avis d'imposition tout froissé. L'agente recopie le n° fiscal : [[IDENTIFIANT:30 12 456 789 012]]. Carte faite, {{10 €}} le trimestre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dame avec un déambulateur, Mme [[PERSONNE:Baptiste]], veut s'inscrire au repas des anciens du {{15 décembre}}. Née le [[DATE_NAISSANCE:24 décembre 1936]], \"{{88 ans}} bientôt, vous vous rendez compte\". L'agente l'inscrit et lui offre un café.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une bénévole du {{Secours populaire}} de {{Saint-Chamond}} : une famille qu'elle suit a besoin d'un bon alimentaire d'urgence. Famille [[PERSONNE:Messaoudi]], {{5 personnes}}. L'agente prend le numéro de la mère : [[TELEPHONE:07 49 62 11 85]]. RDV demain {{10h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame : \"c'est pour mon voisin, M. [[PERSONNE:Robin]], il a plus d'électricité depuis hier\". L'agent demande si le voisin est d'accord. Elle lui passe le téléphone. M. [[PERSONNE:Robin]] : \"coupure {{EDF}}, j'ai pas payé\". Numéro de contrat lu sur la facture : [[IDENTIFIANT:3001 8264 5517]]. L'agent appelle le service solidarité d'{{EDF}} dans la foulée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande de téléassistance, {{Vaulx-en-Velin}}, quartier du {{Village}}. Mme [[PERSONNE:Colombo]], {{86 ans}}, [[ADRESSE:4 chemin du Grand Bois, 69120 Vaulx-en-Velin]]. Tombée {{2 fois}} cet hiver. L'agent remplit le dossier {{Présence Verte}}. Contacts d'urgence : son neveu [[PERSONNE:Lorenzo]], [[TELEPHONE:06 25 93 40 71]], et la voisine du dessous.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée, la dame est à l'hôpital depuis hier (sa fille a appelé). Demi-tour. L'agente en profite pour déposer des colis de {{Noël}} à {{2}} autres adresses sur le trajet. {{Bron}} → {{Saint-Priest}} → retour.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{14h}}. Une femme enceinte arrive, perte des eaux : direction la maternité, pas les urgences. L'agente d'accueil pousse le fauteuil en courant presque. Nom pris en route : Mme [[PERSONNE:Kaya]]. Le mari suit avec le sac, il répète \"[[PERSONNE:Elif]], respire\".",
    ),
    (
        "urgences",
        "accueil_physique",
        'Patient habitué, M. [[PERSONNE:Perrot]], {{3e}} passage de la semaine. L\'agente n\'a même pas besoin de demander : "bonjour M. [[PERSONNE:Perrot]], toujours au [[ADRESSE:11 rue Marengo, 42000 Saint-Étienne]] ?" "Toujours." Après, elle soupire : il est seul, il vient surtout pour parler.',
    ),
    (
        "urgences",
        "accueil_physique",
        "Distributeur de la salle d'attente vide. {{3 personnes}} viennent demander de l'eau à l'accueil. L'agent donne des gobelets. \"On a demandé qu'il soit rempli, ça fait {{une semaine}}\".",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une maman : son fils a avalé une pile bouton. L'agent lui dit de venir tout de suite ou d'appeler le {{15}}. Elle donne le nom pour préparer l'arrivée : [[PERSONNE:Timéo Garnier]], {{2 ans}}. Elle arrive {{12 min}} plus tard.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien mensuel avec la référente. [[PERSONNE:Rachid]] montre son relevé {{Nickel}} : [[IBAN:FR76 1659 8000 0140 0088 3124 539]], il veut un virement automatique pour sa participation. La référente ([[PERSONNE:Anne-Sophie]]) lui montre comment faire sur l'appli. Il a mis {{320 €}} de côté en {{3 mois}}, il est fier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}}, vendredi {{17h}}. Couscous. {{9}} participants. Un résident dit que la semoule c'est pas comme chez sa mère. Tout le monde rit. On mange à {{19h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une femme victime de violences appelle depuis le commissariat de {{Vaulx}}. L'écoutante prend son nom : [[PERSONNE:Samira Touati]], {{31 ans}}, sans enfant. Place en urgence au {{CHRS}} femmes. La plaque du conjoint, relevée par la police, est notée pour info : [[IMMATRICULATION:FT-209-HN]]. L'écoutante raccroche et souffle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "La maraude de {{Saint-Étienne}} appelle le {{115}} depuis la place {{Jean-Jaurès}} : un monsieur polonais allongé sur un banc, [[PERSONNE:Tadeusz]], bien connu. {{-2°C}}. L'écoutant débloque une place à l'{{Abri de nuit}}. La maraude l'emmène.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{0h15}}. Calme. L'écoutant fait les stats de la soirée : {{47 appels}}, {{29}} demandes d'hébergement, {{8}} orientées, {{21}} non pourvues. Il a mal à la tête.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement d'une famille accompagnée en diffus, {{Roanne}}. Famille [[PERSONNE:Gashi]], {{5}} personnes. Le père, [[PERSONNE:Besnik]], montre la lettre de la préfecture : titre de séjour accordé ! n° [[IDENTIFIANT:4201758832]]. Tout le monde est content, la mère a fait des byreks. On reste {{1h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}} {{Bourg}}. Un jeune avec sa mère. Le jeune ne dit rien, c'est la mère qui parle. L'agent finit par lui demander directement : \"c'est quoi ton prénom ?\" \"[[PERSONNE:Nathan]]\". {{17 ans}}, déscolarisé : l'agent l'oriente vers la {{Mission Locale}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Borne : un monsieur imprime son attestation d'inscription, il me demande de l'aide car l'écran est petit. Je lis : \"M. [[PERSONNE:RAMOS Luis]], identifiant [[ID_FRANCE_TRAVAIL:4012958 N]], inscrit depuis le {{03/01}}\". Il me dit merci, je me sens utile 😅",
    ),
    (
        "france_travail",
        "accueil_physique",
        'La conseillère, [[PERSONNE:Farida]], inscrit un ingénieur de {{54 ans}}, licencié économique de chez {{Sanofi}} à {{Marcy-l\'Étoile}}. Il a un {{CSP}} (contrat de sécurisation professionnelle). [[PERSONNE:Philippe Legendre]], mail perso [[EMAIL:p.legendre69@orange.fr]]. "Votre date de naissance ?" "[[DATE_NAISSANCE:17 avril 1970]]". Il dit que c\'est la première fois de sa vie qu\'il vient ici.',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Message sur le répondeur, écouté par la conseillère : \"oui bonjour c'est Mme [[PERSONNE:Sow]], [[PERSONNE:Aïssatou Sow]], je rappelle pour le RDV, mon numéro c'est le [[TELEPHONE:zéro six, quarante-trois, dix-huit, soixante-dix, zéro deux]]\". Elle rappelle, tombe sur la messagerie à son tour. Ping-pong.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : une femme demande si elle doit rester inscrite alors qu'elle part en congé maternité. La conseillère explique. Identifiant : [[ID_FRANCE_TRAVAIL:3880146 G]]. Terme prévu {{fin mars}}. Elle appelle de {{Décines}}. {{9 min}}.",
    ),
]

# --- notes, batch 5 -------------------------------------------------------------------------

BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "Une femme vient avec son RIB de la {{Banque Postale}} : [[IBAN:FR42 2004 1010 0705 8421 3K03 812]]. Nouveau compte, l'ancien a été clôturé pour découvert. L'agente ([[PERSONNE:Pauline]]) le saisit et vérifie le titulaire : Mme [[PERSONNE:KONATÉ Mariam]]. Alloc [[N_ALLOCATAIRE:6174093]]. Prochain versement le {{5}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Saint-Étienne}}. Les enfants qui attendent avec leurs parents jouent dans le petit coin jeux. Il y a des {{Kapla}}. Une petite fille construit une tour plus haute qu'elle. L'agente applaudit depuis son guichet.",
    ),
    (
        "caf",
        "accueil_physique",
        "Tout en majuscules sur le formulaire que l'agent m'a montré : \"NOM : [[PERSONNE:BENTALEB]] PRÉNOM : [[PERSONNE:YOUCEF]] NÉ LE : [[DATE_NAISSANCE:03/07/1979]] À : {{ORAN}} ({{ALGÉRIE}}) N° SÉCU : [[NIR:1 79 07 99 352 031 96]]\". L'agent : \"il écrit tout en capitales, c'est plus lisible que la moitié des gens\".",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire de {{Meyzieu}} qui parle très vite, presque en verlan. Le conseiller suit très bien. Dossier [[N_ALLOCATAIRE:1387265]]. Problème : la {{prime d'activité}} de {{janvier}} pas versée → déclaration trimestrielle pas faite. Il la fait en ligne pendant l'appel. \"Merci chef\".",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une mère de {{Firminy}} veut rajouter sa fille qui revient vivre chez elle : [[PERSONNE:Jade]], {{19 ans}}, en BTS. L'agent demande la date de naissance : \"[[DATE_NAISSANCE:28/02/2005]]\". OK, à charge jusqu'à {{20 ans}}. Mail de confirmation à [[EMAIL:sandrine.chapuis@sfr.fr]]. La mère = [[PERSONNE:Sandrine Chapuis]].",
    ),
    (
        "caf",
        "controle_sur_place",
        'Contrôle {{Bourg}}, quartier {{Croix-Blanche}}. M. [[PERSONNE:Lefranc]] et Mme [[PERSONNE:Akkari]] déclarent ne pas vivre ensemble. Appartement [[ADRESSE:21 avenue de Jasseron, 01000 Bourg-en-Bresse]]. {{2}} brosses à dents, {{2}} noms sur la porte, affaires de monsieur dans la chambre. Le contrôleur pose ses questions sans juger. Madame finit par dire : "bon oui il vit là depuis l\'été". Requalification en couple.',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Décines}}. Mme [[PERSONNE:Giordano]], {{58 ans}}, touche l'{{ALS}}, allocataire n° [[N_ALLOCATAIRE:2719064]]. Elle nous fait visiter tout l'appartement, montre les photos de ses petits-enfants au mur. Le contrôleur vérifie l'identité sur l'attestation vitale : [[NIR:2660269275009 59]]. {{10 min}} de contrôle, {{35 min}} de visite. Il adore ce genre de dossier. Rien à signaler.",
    ),
    (
        "cpam",
        "accueil_physique",
        'Accueil {{CPAM}} {{Vaulx}}, {{9h}}. Un homme, [[PERSONNE:Ousmane Sy]], {{39 ans}}, vient pour la {{C2S}}. Il dit "je suis né à {{Dakar}} en [[DATE_NAISSANCE:février 85]]". L\'agent trouve le NIR : [[NIR:185029934100776]]. Souci : une ancienne adresse, [[ADRESSE:3 rue Louis Saulnier, 69120 Vaulx-en-Velin]], il a déménagé. Mise à jour. Il repart avec sa demande.',
    ),
    (
        "cpam",
        "accueil_physique",
        'Borne {{ameli}}, {{CPAM}} {{Roanne}} : une jeune fille met à jour sa carte vitale. Ça marche du {{1er}} coup. Elle se tourne vers moi, étonnée : "c\'est tout ?".',
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Mme [[PERSONNE:Chabert]] appelle pour sa pension d\'invalidité. Elle veut changer de banque : "je vous donne le nouvel IBAN : [[IBAN:FR76 1382 5002 0008 7704 1253 991]]". La conseillère lui dit que ça se fait sur le compte {{ameli}} ou par courrier signé. Adresse dans le dossier : [[ADRESSE:9 rue des Aubépines, 42600 Montbrison]]. Elle enverra le courrier.',
    ),
    (
        "cpam",
        "accueil_telephonique",
        'La conseillère me montre son script d\'accueil, {{3 lignes}}. Elle ne le lit jamais. "Au bout de {{2 ans}} tu le sais par cœur."',
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail à {{Bourg}}. M. [[PERSONNE:Antoine Girod]] est là, maçon, dos bloqué. Devant, le camion de sa boîte : {{Girod Maçonnerie}}, immatriculé [[IMMATRICULATION:GS-843-RB]]. \"C'est ma boîte, je suis gérant, je peux pas fermer.\" L'agent lui rappelle qu'en arrêt on ne travaille pas. Il dit qu'il ne fait que \"les devis\".",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une femme vient pour l'aide à la cantine. {{2 enfants}} à l'école {{Jules Ferry}}. Elle : [[PERSONNE:Nour Al-Hassan]], syrienne, réfugiée. Carte de résident n° [[IDENTIFIANT:6901238745]]. Quotient familial {{310}} → tarif cantine {{0,80 €}} le repas. Elle dit \"c'est bien\".",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Saint-Étienne}}, accueil {{CCAS}}. Un monsieur, [[PERSONNE:Jean-Marc]], demande un bon pour une paire de lunettes. L'agent lui explique que c'est plutôt la {{CSS}}. Il laisse son mail pour la liste des opticiens solidaires : [[EMAIL:jm.vial42@gmail.com]]. {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un propriétaire privé veut savoir si sa locataire touche des aides. L'agent refuse de répondre (secret). Le bailleur s'énerve, donne son nom, M. [[PERSONNE:Castellane]], et un numéro, [[TELEPHONE:06 09 28 74 35]]. L'agent note mais n'en fera rien. \"C'est pas la {{Caf}} ici, monsieur.\"",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le {{CCAS}} de {{Meyzieu}} appelle les inscrits du registre canicule. Liste imprimée, l'agente coche. Mme [[PERSONNE:Blanchard]] : ok. M. [[PERSONNE:Da Silva]] : ok, \"je bois de l'eau\". Mme [[PERSONNE:Pons]] : pas de réponse au [[TELEPHONE:04 78 31 55 62]], on rappellera à {{14h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale à domicile. Une jeune mère, [[PERSONNE:Melissa]], {{23 ans}}, hébergée chez sa tante, [[ADRESSE:12 rue Gambetta, 42300 Roanne]]. {{2 pièces}} pour {{5}}. Le bébé, [[PERSONNE:Kaïs]], dort dans un couffin dans le couloir. L'AS note l'urgence pour la commission.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "À pied entre deux visites, {{Montreynaud}}. L'agente dit bonjour à {{10}} personnes en {{300 m}}. Elle connaît le quartier depuis {{15 ans}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences {{Fleyriat}}. Touriste néerlandais en camping-car (plaque [[IMMATRICULATION:V-427-BX]]), fracture du poignet. Carte européenne d'assurance maladie n° [[IDENTIFIANT:80528003417629054]]. Nom : [[PERSONNE:Joost van Dijk]]. L'agente galère avec l'anglais, un infirmier vient aider.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{11h}}. Une mamie amenée par son aide à domicile ({{ADMR}}). L'aide, [[PERSONNE:Sandra]], a tout : carte vitale, ordonnances, fiche de liaison avec l'adresse, [[ADRESSE:235 chemin des Grandes Terres, 01250 Ceyzériat]]. La mamie : Mme [[PERSONNE:Perrier]], née le [[DATE_NAISSANCE:8/8/1930]]. L'agente : \"vous avez bien fait de tout amener\".",
    ),
    (
        "urgences",
        "accueil_physique",
        'Un ado arrive seul, doigt probablement cassé au foot. L\'agente demande un parent : "mon père arrive". En attendant, elle le met dans la file. Le père arrive {{20 min}} après, en tenue de boulot {{Keolis}}.',
    ),
    (
        "urgences",
        "accueil_telephonique",
        'Le {{SAMU}} appelle l\'accueil pour annoncer {{2}} arrivées. L\'agente note sur un post-it : "[[PERSONNE:Leclerc]] {{80 a}} chute" et "femme inconnue {{30 a}} malaise".',
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne {{11 fois}} en {{30 min}}. {{7}} fois, c'est pour demander le temps d'attente. L'agente répond toujours pareil : \"on ne peut pas savoir, madame/monsieur\".",
    ),
    (
        "chrs",
        "accueil_physique",
        "Permanence santé au {{CHRS}} : l'infirmière de {{Médecins du Monde}} passe. [[PERSONNE:Aleksander]], résident ukrainien, a une plaie au pied. Elle soigne ; le traducteur, c'est un autre résident, [[PERSONNE:Oleh]]. Elle note le n° de son APS : [[IDENTIFIANT:6902581470]].",
    ),
    (
        "chrs",
        "accueil_physique",
        'Le {{CHRS}} a une {{fontaine à eau}} neuve dans le hall, tout le monde en parle. [[PERSONNE:Fabrice]] fait une blague : "enfin de l\'eau qui vient pas du robinet de la salle de bain". Le directeur, M. [[PERSONNE:Dubreuil]], rigole.',
    ),
    (
        "chrs",
        "accueil_physique",
        "Lessive du mardi : planning affiché, {{2}} machines pour {{35}} résidents. Créneaux de {{1h30}}. Ça frotte un peu devant la buanderie.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un homme appelle avec le téléphone d'un passant, gare de {{Perrache}}. Il arrive de {{Marseille}}. [[PERSONNE:Lamine]], {{26 ans}}. L'écoutante lui explique qu'il n'est pas connu du {{SIAO}} du {{Rhône}} et qu'il faut d'abord une évaluation. Elle lui indique l'accueil de jour. Le passant reprend son téléphone, fin de l'appel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire}}, {{19h}}. Une dame rappelle pour la {{5e}} fois de la journée : Mme [[PERSONNE:Lopez]], avec sa fille de {{12 ans}}. Elles dorment dans leur {{Citroën C3}}, [[IMMATRICULATION:DZ-614-QK]], sur le parking de l'{{Hôpital Nord}}. Place trouvée enfin : hôtel {{Ibis Budget}} de {{Saint-Étienne}}, {{chambre 203}}. Elle pleure de soulagement.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus à {{Décines}}, famille [[PERSONNE:Mukendi]], [[ADRESSE:17 rue Émile Zola, 69150 Décines-Charpieu]]. La mère, [[PERSONNE:Clarisse]], parle du lycée du grand ([[PERSONNE:Christ]], {{16 ans}}). L'éducatrice vérifie que le compteur a bien été mis au nom de madame : réf. client {{EDF}} [[IDENTIFIANT:1045 8870 4412]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}} {{Roanne}}. Un homme veut faire scanner son diplôme : {{CAP}} boulanger, au nom de [[PERSONNE:Kévin Duplessis]], né le [[DATE_NAISSANCE:14 mai 1996]]. Identifiant [[ID_FRANCE_TRAVAIL:2507833 T]]. L'agent scanne, dépose dans l'espace perso. {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'La conseillère, [[PERSONNE:Héloïse]], présente à un jeune les missions de service civique. [[PERSONNE:Bilal]] veut faire un truc "avec les animaux". Elle trouve une mission à la {{SPA}} de {{Saint-Étienne}}. Il sourit, donne son mail pour la candidature : [[EMAIL:bilal.ouaked@gmail.com]].',
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{16h15}}, agence {{Vaulx}} presque vide. Les conseillers remplissent des tableaux {{Excel}}. L'un d'eux dit que c'est la partie du boulot \"que personne ne voit\".",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une demandeuse veut contester une sanction (radiation d'{{1 mois}}). La conseillère l'écoute, explique le recours préalable, lui indique le formulaire en ligne. Mme [[PERSONNE:Belhadj]], identifiant [[ID_FRANCE_TRAVAIL:5592014 P]], mail [[EMAIL:samia.belhadj@yahoo.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Appel sortant : la conseillère rappelle M. [[PERSONNE:Pereira]] pour lui proposer une {{POEI}} chez {{Keolis}} (conducteur de bus). Il accepte tout de suite. Numéro composé : [[TELEPHONE:06 52 18 67 03]]. Il est à {{Bron}}. "Je signe où ?"',
    ),
]

# --- notes, batch 6 -------------------------------------------------------------------------

BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Guichet 2}}, M. [[PERSONNE:Rakotomalala]], malgache, en master à {{Lyon 2}} (campus de {{Bron}}). {{APL}}. Il épelle son nom, {{12 lettres}} : [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]]. L'agente compte sur ses doigts. Elle rit, lui aussi. Dossier [[N_ALLOCATAIRE:4903517]]. Il veut juste changer son RIB : [[IBAN:FR76 1027 8073 1100 0201 4870 139]] ({{Crédit Mutuel}}).",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Roanne}}, {{15h40}}. Une dame vient \"pour rien\" : elle voulait vérifier que son dossier était à jour après son déménagement au [[ADRESSE:3 allée des Charmilles, 42153 Riorges]]. N° allocataire [[N_ALLOCATAIRE:0418852]]. L'agent confirme, tout est bon. Elle repart rassurée. Il me dit que c'est {{1 visite sur 5}} comme ça.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ventilateur en panne dans l'accueil, il fait {{29°}}. L'agente a ramené le sien de chez elle. Les gens s'éventent avec leurs courriers de la {{Caf}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Un père solo appelle depuis son travail (bruit de machines derrière). [[PERSONNE:Steeve]], {{Oyonnax}}. Dossier [[N_ALLOCATAIRE:7340281]]. Il veut savoir si la garde de sa fille un week-end sur deux change quelque chose. Non. Il raccroche vite, "mon chef arrive".',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Ferreira]], [[ADRESSE:8 rue de la République, 42400 Saint-Chamond]]. Il tient un garage ({{Garage Ferreira Automobiles}}) et déclare peu de revenus. Le contrôleur regarde les comptes : IBAN [[IBAN:FR20 3000 2064 4100 0007 4312 T17]]. SIRET du garage {{824 310 556 00027}} (c'est une SARL, pas une micro). Rien de clair, il demande le bilan comptable.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Pas de contrôle aujourd'hui pour [[PERSONNE:Nadia]] : réunion de service à {{Bourg}}, {{9h}}-{{12h}}. On parle des nouveaux objectifs. Elle lève les yeux au ciel {{4}} fois. Je compte.",
    ),
    (
        "cpam",
        "accueil_physique",
        'Accueil {{CPAM}} {{Bourg}}. Un homme de {{36 ans}}, [[PERSONNE:Lucas Marin]], vient déclarer son médecin traitant, le Dr [[PERSONNE:Ngo]]. Formulaire papier. L\'agent saisit le NIR : [[NIR:1 88 06 01 283 071 47]]. Il est né à {{Oyonnax}}, "comme tout le monde dans ma famille".',
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman avec {{3}} enfants vient rattacher le dernier, [[PERSONNE:Adam]], à sa carte. L'agent lit l'acte : né le [[DATE_NAISSANCE:2 septembre]] à {{Meyzieu}}. Les deux grands courent partout. L'agent sort des crayons et des feuilles. Calme immédiat.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Vénissieux}}. L'agent d'accueil me montre les {{4}} motifs les plus fréquents de la semaine : carte vitale, attestation, {{CSS}}, arrêt maladie. Il dit que les {{IJ}} c'est le plus dur : \"les gens n'ont plus rien, ils attendent l'argent\".",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un employeur appelle pour un salarié en accident du travail : la {{DSN}} ne passe pas. Le conseiller demande le NIR du salarié : [[NIR:101096925604461]], M. [[PERSONNE:Benmansour]], intérimaire. Il corrige un chiffre inversé, ça passe.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Saint-Étienne}}, {{La Cotonne}}. M. [[PERSONNE:Ivanov]], en arrêt pour dépression. Il ouvre, volets fermés, salon dans le noir. L'agent reste sur le pas de la porte, très doux. Vérifie juste l'identité : titre de séjour n° [[IDENTIFIANT:4201593846]]. \"Prenez soin de vous.\" On repart, silencieux.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un assuré en arrêt : M. [[PERSONNE:Schmitt]], [[ADRESSE:45 avenue Jean Jaurès, 69500 Bron]]. Absent. Sa voiture, [[IMMATRICULATION:BQ-315-FE]], n'est pas dans l'allée. Sa femme dit qu'il est chez l'ostéo. L'agent demande le nom : \"chez M. [[PERSONNE:Arnaud]], à {{Décines}}\". Il vérifiera.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Bourg}}. Une dame dépose un dossier d'aide aux vacances des enfants. Prénoms et dates de naissance : [[PERSONNE:Zoé]] ([[DATE_NAISSANCE:12/12/2013]]) et [[PERSONNE:Ethan]] ([[DATE_NAISSANCE:01/06/2016]]). Colo à {{Hauteville}}, {{85 €}} de reste à charge. Mail pour la réponse : [[EMAIL:aurelie.bidaud@laposte.net]].",
    ),
    (
        "ccas",
        "accueil_physique",
        'L\'agente d\'accueil du {{CCAS}} de {{Décines}} a {{3}} post-its collés sur son écran : "colis = mardi", "domiciliation = pas le vendredi", "bons {{EDF}} → service social".',
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur de {{Vaulx}} voudrait une aide pour payer la cantine de sa fille. L'agente prend les coordonnées : [[PERSONNE:Abdelkader Benali]], [[TELEPHONE:07 66 20 38 41]], [[EMAIL:a.benali69@gmail.com]]. Il dicte aussi son RIB, si l'aide est accordée : [[IBAN:FR7611315000010800197440651]]. RDV le {{18}}. \"Vous êtes gentille\".",
    ),
    (
        "ccas",
        "accueil_telephonique",
        '{{17h25}}. Le dernier appel de la journée, c\'est pour savoir si le {{CCAS}} est ouvert le samedi. Non. "Et le dimanche ?" Non plus.',
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile à {{Firminy}} pour le maintien à domicile. M. [[PERSONNE:Bernard Vial]], {{79 ans}}, ancien mineur. Il montre sa médaille du travail. Il vit au [[ADRESSE:26 rue de l'Industrie, 42700 Firminy]] depuis {{1972}}. L'agente remplit la grille {{AGGIR}} : {{GIR 4}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit, {{4h10}}. Une jeune femme arrive, brûlure à la main (friture). Elle est en cuisine au {{McDo}} de {{Bron}}. Nom : [[PERSONNE:Océane Garcia]]. Elle appelle son copain, [[PERSONNE:Jordan]], depuis l'accueil pour qu'il vienne la chercher. Elle attendra {{1h20}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agente administrative complète le dossier d'un monsieur arrivé inconscient ce matin. Sa femme a apporté les papiers : CNI au nom de [[PERSONNE:Hervé Collet]], né le [[DATE_NAISSANCE:19/03/1962]] ; carte mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:1790 3345 21]]. Elle me dit : \"le matin on a des inconnus, l'aprem on leur met un nom\".",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pleine, {{35}} personnes ; on me demande {{3}} fois où sont les toilettes. Je ne suis pas agent. Je réponds quand même.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale de {{Montbrison}} annonce une patiente : Mme [[PERSONNE:Faure]], {{93 ans}}, déshydratée. Elle donne le numéro du fils pour les nouvelles : [[TELEPHONE:06 18 47 92 50]]. L'agent transmet à l'IOA.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard : un homme a oublié sa veste hier soir aux urgences. L'agente cherche, il y a une veste {{Quechua}} bleue. \"C'est la mienne, [[PERSONNE:Gilles Mercier]], j'ai mis mon nom à l'intérieur\". Elle vérifie l'étiquette : c'est bon.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}}. Une résidente, [[PERSONNE:Fatoumata]], rentre de son CDD chez {{Elior}} avec un bouquet de {{tulipes}}. Elle le pose à l'accueil \"pour tout le monde\". L'éducatrice, [[PERSONNE:Rose]], les met dans une carafe. Il y a une seule {{rose}} au milieu.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Référente sociale + résident : dossier de logement social. [[PERSONNE:Didier Moreau]], {{52 ans}}, demande n° unique [[IDENTIFIANT:042102400873215]]. Il veut rester à {{Saint-Étienne}}, près de sa fille. La référente met l'adresse du {{CHRS}} comme adresse de contact. Tel : [[TELEPHONE:06 97 31 45 28]].",
    ),
    (
        "chrs",
        "accueil_physique",
        'Sortie samedi au {{Puits Couriot}} ({{musée de la Mine}}). {{11}} inscrits. Un ancien mineur parmi les résidents va "faire le guide".',
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un jeune couple avec bébé, arrivés d'{{Italie}}. Ils parlent italien, l'écoutant se débrouille. Voiture immatriculée en Italie : [[IMMATRICULATION:FG 482 KT]]. Noms : [[PERSONNE:Giulia]] et [[PERSONNE:Marco Esposito]]. Famille = priorité : hôtel à {{Vénissieux}}, {{chambre 118}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un bénévole de la maraude {{Croix-Rouge}} de {{Bourg}} appelle le {{115}} : M. [[PERSONNE:Julien Vernay]], connu, a encore perdu ses papiers. Le bénévole donne le numéro de carte d'identité noté la dernière fois : [[IDENTIFIANT:010192104488]]. L'écoutante vérifie dans le logiciel.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez un ancien résident, relogé depuis {{6 mois}} par {{Opheor}} à {{Roanne}}. [[PERSONNE:Maurice]], {{63 ans}}, [[ADRESSE:5 rue Mulsant, 42300 Roanne]]. Appartement nickel. Il a un chat, {{Félix}}. Il fait du café dans une cafetière italienne. Ça fait du bien de voir ça.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}} {{Meyzieu}}. Un monsieur, la cinquantaine, veut une formation permis poids lourd. Le conseiller ouvre le dossier : [[PERSONNE:Serge Rochette]], identifiant [[ID_FRANCE_TRAVAIL:6115408 H]]. Permis B depuis {{1992}}. Il a déjà un devis de l'{{ECF}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une jeune maman, bébé en écharpe, vient s'inscrire. [[PERSONNE:Kenza]], {{24 ans}}. Elle cherche un mi-temps à {{Décines}}, près de la crèche. La conseillère prend son téléphone, [[TELEPHONE:07 62 93 05 18]], et son mail, [[EMAIL:kenzamoussaoui@hotmail.com]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:8210467 C]]. Le bébé s'endort pendant l'entretien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} {{Bourg}}, le mur des offres. {{18}} annonces affichées, dont {{7}} chez {{Renault Trucks}} ou ses sous-traitants. Un monsieur les recopie à la main dans un carnet.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Plateforme, appel entrant : "bonjour, M. [[PERSONNE:Leroy]], identifiant [[ID_FRANCE_TRAVAIL:4790321 Z]]". Il veut savoir pourquoi il a reçu {{12 €}} ce mois-ci au lieu de {{1 100 €}}. La conseillère vérifie : un trop-perçu est retenu. Il ne savait pas. Elle lui envoie le détail par courrier.',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel du {{Lidl}} de {{Riorges}} : une candidate envoyée par {{France Travail}} ne s'est pas présentée à l'entretien. La responsable, Mme [[PERSONNE:Charbonnier]], donne le nom : [[PERSONNE:Amandine Roux]]. La conseillère note et rappellera la candidate.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{12h}}-{{14h}}, la plateforme tourne à {{3}} conseillers. Je ne compte plus les appels. L'un d'eux mange un sandwich entre deux appels, micro coupé.",
    ),
]

# --- notes, batch 7 -------------------------------------------------------------------------

BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        'Vendredi {{16h}}, fin de semaine à la {{Caf}} de {{Bourg}}. Dernier RDV : M. [[PERSONNE:Kerbrat]], breton "perdu dans l\'{{Ain}}" comme il dit. Il déclare sa reprise d\'emploi chez un transporteur de {{Viriat}}. Alloc [[N_ALLOCATAIRE:5609372]]. Nouvel IBAN : [[IBAN:FR76 3006 6104 7100 0103 6610 234]]. Il finit par "bon week-end" et l\'agente répond "à vous aussi, enfin".',
    ),
    (
        "caf",
        "accueil_physique",
        "Une jeune femme au guichet, [[PERSONNE:Manon Vidalenc]], {{25 ans}}, demande le {{RSA}} à la fin d'un contrat aidé. L'agent vérifie l'âge : \"date de naissance ?\" \"[[DATE_NAISSANCE:11 juin 99]]\", née à {{Bron}}. NIR sur l'attestation : [[NIR:2 99 06 69 029 083 89]]. N° allocataire créé : [[N_ALLOCATAIRE:8015274]]. Mail : [[EMAIL:manon.vidalenc@gmail.com]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche à l'accueil : \"Prenez RDV sur {{caf.fr}}\". En dessous, quelqu'un a écrit au stylo : \"et si on n'a pas internet ?\". L'agente dit qu'ils la laissent exprès.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur qui arrive de {{Bastia}} et appelle de {{Meyzieu}} veut faire transférer son dossier. NIR donné : [[NIR:1 76 03 2B 033 019 17]]. Ancien n° alloc à la {{Caf}} de {{Haute-Corse}} : [[N_ALLOCATAIRE:0087342]]. Le transfert est automatique, lui dit l'agent, il suffit de déclarer la nouvelle adresse : [[ADRESSE:6 rue Louis Pasteur, 69330 Meyzieu]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Vaulx-en-Velin}}, {{Les Noirettes}}. Dossier : M. [[PERSONNE:Selmani]], déclaré seul, {{RSA}}. Une femme ouvre : \"c'est ma sœur, elle est de passage\" — [[PERSONNE:Lydia]]. Le contrôleur demande les relevés. IBAN de monsieur : [[IBAN:FR76 1871 5002 0008 5214 4001 732]]. Virements réguliers d'une plateforme de VTC. Dehors, sa voiture noire, [[IMMATRICULATION:GK-780-AS]], avec un autocollant {{Uber}}. Activité non déclarée. Le contrôleur l'explique sans hausser le ton.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur l'{{A42}} entre deux contrôles. Le contrôleur me raconte qu'il a été agent d'accueil pendant {{10 ans}}. \"Au guichet tu vois la détresse, en contrôle tu vois les logements. C'est pas la même chose.\"",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame de {{70 ans}}, veuve depuis peu, demande si elle a droit à la pension de réversion. L'agent : c'est la {{Carsat}}, pas nous. Elle est perdue. Il lui note les coordonnées de la {{Carsat}} à {{Saint-Étienne}}. \"Et le capital décès ?\" Ça, c'est nous. Il ouvre le dossier du mari, M. [[PERSONNE:Royer]], NIR [[NIR:154014220708873]]. Elle donne son RIB pour le versement : [[IBAN:FR76 3000 3036 1000 0205 1748 872]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Décines}}. Un étudiant veut la carte européenne pour son {{Erasmus}} à {{Cracovie}} : [[PERSONNE:Hugo Lemaître]]. Il la demande sur l'appli devant l'agent. Reçue sous {{15 jours}}. Il donne son mail étudiant : [[EMAIL:hugo.lemaitre@etu.univ-lyon1.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Un assuré né à {{Ajaccio}}, installé à {{Villeurbanne}} : sa carte vitale est partie à l\'ancienne adresse. NIR : [[NIR:190122A00406380]] (la conseillère : "{{2A}}, la {{Corse-du-Sud}}, ça coince parfois dans les logiciels"). Nouvelle adresse : [[ADRESSE:77 cours Émile Zola, 69100 Villeurbanne]].',
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une conseillère me dit que le plus dur c'est la fin de journée : \"les gens ont attendu {{45 min}}, ils sont énervés avant même qu'on dise bonjour\".",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Montbrison}}. Assurée présente, Mme [[PERSONNE:Duclos]], arrêt après une opération du genou. Béquilles. Elle nous offre un verre d'eau. Sur la table : une lettre de son employeur ({{Casino}}) et sa carte mutuelle {{Apicil}}, n° [[IDENTIFIANT:AP 0457 3381 92]]. RAS. L'agent s'excuse presque d'être venu.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale du {{CCAS}} de {{Vaulx}}, inscription. Mme [[PERSONNE:Baldé]], {{4 enfants}}. Adresse : [[ADRESSE:10 rue Jules Romains, 69120 Vaulx-en-Velin]]. Numéro : [[TELEPHONE:07 58 24 16 93]]. Carte d'accès valable {{6 mois}}. Les enfants attendent dehors avec la grande, [[PERSONNE:Mariama]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mercredi, l'accueil du {{CCAS}} croule sous les dossiers \"chèque énergie\". L'agente a un {{Bic}} quatre couleurs et s'en sert comme d'une baguette de chef d'orchestre. Bleu, rouge, vert, noir : chaque couleur un statut.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle de {{Paris}} pour sa mère qui vit seule à {{Roanne}}. Il veut la liste des aides à domicile. L'agent l'oriente vers le {{CLIC}}. Le fils laisse ses coordonnées au cas où : [[PERSONNE:Thomas Perrin]], [[EMAIL:thomas.perrin@protonmail.com]], [[TELEPHONE:+33 7 81 52 30 46]]. La mère : Mme [[PERSONNE:Perrin]], [[ADRESSE:14 rue Charles de Gaulle, 42300 Roanne]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente rappelle une dame pour son dossier {{FSL}}. \"Madame [[PERSONNE:Oulmi]] ? C'est le {{CCAS}}. Il nous manque la quittance et votre numéro de locataire {{Métropole Habitat}}.\" La dame le lit : [[IDENTIFIANT:MH-42-118735]]. Dossier complet.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un couple de retraités qui demande une aide pour la salle de bain. M. et Mme [[PERSONNE:Kowalski]], {{Rive-de-Gier}}. Lui, [[PERSONNE:Henri]], né en [[DATE_NAISSANCE:1941]] ; elle, [[PERSONNE:Janine]]. Baignoire → douche. L'agente mesure avec un mètre de couturière. Devis {{Leroy Merlin}} : {{3 900 €}}. Dossier {{ANAH}} à monter.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Roanne}}, {{9h}}. Un agriculteur arrive avec un doigt coupé (tronçonneuse), enroulé dans un torchon. Sa femme a conduit le {{Kangoo}}, garé n'importe comment devant l'entrée : [[IMMATRICULATION:BR-147-HV]]. Le vigile demande de le déplacer. L'agente note : [[PERSONNE:Mathieu Dessertine]], [[ADRESSE:lieu-dit Le Perret, 42640 Saint-Germain-Lespinasse]].",
    ),
    (
        "urgences",
        "accueil_physique",
        'Une femme arrive avec un homme qui ne parle pas français. Elle traduit (turc). "C\'est mon oncle, [[PERSONNE:Mustafa Demir]], il est en vacances chez nous". Pas de carte vitale, passeport turc n° [[IDENTIFIANT:U21847305]]. L\'agente crée un dossier "étranger non assuré". La nièce laisse son numéro : [[TELEPHONE:06 44 19 83 27]].',
    ),
    (
        "urgences",
        "accueil_physique",
        "Changement d'équipe à {{13h30}}. Transmissions à l'accueil en {{10 min}}, debout, au-dessus du clavier. \"{{Box 3}} attend le scanner, {{box 6}} sort, la dame du couloir attend sa fille.\"",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame demande si elle doit venir pour une piqûre de guêpe. L'agent ne fait pas de conseil médical : si ça gonfle ou si elle respire mal, le {{15}}. Elle demande son nom \"pour dire que c'est vous qui m'avez dit\" : \"[[PERSONNE:Julien]], de l'accueil\".",
    ),
    (
        "chrs",
        "accueil_physique",
        "Soirée au {{CHRS}}, {{21h}}. [[PERSONNE:Yacine]] et [[PERSONNE:Thierry]] regardent {{OL}}-{{ASSE}} dans la salle commune. L'un pour {{Lyon}}, l'autre pour {{Sainté}}. L'éducateur de nuit, [[PERSONNE:Karim]], fait l'arbitre. 😄",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission, {{CHRS}} {{Roanne}}. [[PERSONNE:Jessica Lamy]], {{33 ans}}, sortie d'hospitalisation. Elle a un chien, {{Tyson}}. Le {{CHRS}} n'accepte pas les chiens. Elle dit qu'elle dormira dehors plutôt. La cheffe de service appelle une autre structure qui accepte les animaux. Référence {{SIAO}} : [[IDENTIFIANT:SI42-240917-033]]. Tel : [[TELEPHONE:07 52 68 40 19]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{6h50}}, fin de nuit. Un homme appelle pour dire merci : il a trouvé un appart. [[PERSONNE:Samuel]]. L'écoutant se souvient de lui. Ils discutent {{5 min}}. C'est rare.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Rhône}}. Une femme enceinte de {{8 mois}}, [[PERSONNE:Blessing Okafor]], nigériane, appelle avec l'aide d'une amie. Date de naissance : [[DATE_NAISSANCE:1998]], \"je crois\". Mise à l'abri : hôtel {{B&B}} de {{Bron}}, {{chambre 9}}. L'écoutante envoie une info à la {{PMI}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant met le casque à {{20h}} et ne l'enlève qu'à {{23h}}. {{3h}} sans pause. Il boit un {{Coca}} entre deux appels. \"C'est comme ça tous les soirs en hiver.\"",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus, [[ADRESSE:33 rue Désiré Claude, 42100 Saint-Étienne]]. M. [[PERSONNE:Dos Santos]] et son fils [[PERSONNE:Tiago]]. Le père est chauffeur-livreur, il montre sa camionnette, [[IMMATRICULATION:FA-502-YW]], avec fierté. La référente vérifie les charges. Il paye sa participation par virement depuis un compte resté au {{Portugal}} : [[IBAN:PT50 0035 0651 0002 7431 6054 6]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à {{Bourg}}. Mme [[PERSONNE:Hamidou]] a préparé tous ses papiers sur la table : titre de séjour, attestation {{CAF}} (n° [[N_ALLOCATAIRE:6893015]]), RIB belge d'un ancien compte, [[IBAN:BE90 0630 4172 9132]], qu'elle veut fermer. La référente lui explique comment faire. {{40 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        'Atelier CV, {{FT}} {{Saint-Étienne}}. Le modèle projeté au mur est au nom de "[[PERSONNE:Jean Dupont]]". Un participant demande s\'il existe vraiment. La conseillère : "non, c\'est un exemple". Rires. [[PERSONNE:Mélissa]], à côté de moi, refait son CV sur {{Canva}}.',
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}} {{Décines}}. Un homme de {{48 ans}} s'inscrit après {{20 ans}} chez {{Carrefour}} : [[PERSONNE:Rachid Bouaziz]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:7302185 L]]. Mail : [[EMAIL:rachid.bouaziz69@outlook.fr]]. Il demande si son ancienneté compte. L'agent explique l'{{ARE}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Sophie]], {{37 ans}}, aide-soignante, veut se reconvertir en secrétaire médicale. Le conseiller lui parle du {{CPF}} : elle a {{2 300 €}} dessus. Identifiant [[ID_FRANCE_TRAVAIL:2946710 S]]. Née à {{Saint-Étienne}} ; NIR pour le dossier de formation : [[NIR:2 87 03 42 218 047 89]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Panne du logiciel national à {{10h05}}. Tout l'open space soupire. Retour à {{10h40}}. Entre-temps, entretiens \"à l'ancienne\", sur papier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur en formation à l'{{AFPA}} de {{Saint-Étienne}} : sa rémunération de stagiaire n'est pas arrivée. [[PERSONNE:Nicolas Teyssier]], identifiant [[ID_FRANCE_TRAVAIL:3657289 V]]. Il donne son IBAN pour vérifier : [[IBAN:FR76 1450 6000 9142 2008 7651 928]]. C'est le bon. Paiement en cours.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une demandeuse appelle de {{Montbrison}} : sa {{Clio}} ([[IMMATRICULATION:eh-639-pn]]) est au garage, elle ne pourra pas venir à l'atelier. La conseillère propose la visio. \"J'ai pas d'ordi, que mon portable\". OK sur le portable : [[TELEPHONE:06 35 87 14 62]]. Mme [[PERSONNE:Coste]] a aussi une micro-entreprise de couture, SIRET [[IDENTIFIANT:902 158 633 00013]], à déclarer chaque mois. Lien envoyé par SMS.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère au téléphone avec une entreprise de nettoyage de {{Meyzieu}}, {{Net Plus Services}}. Le gérant, M. [[PERSONNE:Ouattara]], veut embaucher en contrat aidé. Candidatures sur [[EMAIL:recrutement.netplus@gmail.com]]. SIRET de la boîte : {{901 442 318 00016}}. Offre créée.",
    ),
]

# --- all notes, in writing order -------------------------------------------------------------

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

# --- parser, split, writer ---------------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = 0
    pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
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
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
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
    """Return (dev_ids, holdout_ids); uses only the ids and the cells."""
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
