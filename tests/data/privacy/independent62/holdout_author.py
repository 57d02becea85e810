"""Independent evaluation corpus n° 62: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple. In the text, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. Running this module strips the marks,
computes the offsets (Python string indices, end exclusive), numbers the notes ``ind62-001`` …
``ind62-240`` in writing order, draws the dev / holdout split and writes ``dev.jsonl`` and
``holdout.jsonl`` next to it. Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind62"
SEED = 62
LABELS = (
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
)
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# --- notes, in writing order ---------------------------------------------------------------

BATCH_1 = [
    (
        "caf",
        AP,
        "{{9h12}}, {{Caf du Loiret}} à {{Orléans}}. Ticket {{B047}}. Mme [[PERSONNE:Nadia Bensalem]], "
        "{{34 ans}}, vient parce que sa {{prime d'activité}} est passée de {{212 €}} à {{97 €}}. "
        "L'agent ([[PERSONNE:Florian]] sur le badge) tape son n° alloc [[N_ALLOCATAIRE:5260865]] et "
        "tourne l'écran vers elle : ressources du trimestre, le 13e mois de {{décembre}} compte. "
        "Elle : « donc je suis punie parce que mon patron a été sympa ». {{6 min}}.",
    ),
    (
        "caf",
        AT,
        "Plateforme tel {{Caf}}, double écoute. {{14 appels}} en {{1h}}. Le + frequent : « j'ai pas "
        "recu mes {{APL}} ce mois ci ». Rep. type : versement le {{5}} du mois, ts les dossiers "
        "pareil. Personne ne s'enerve vraiment, les gens sont juste fatigués",
    ),
    (
        "urgences",
        AP,
        "URGENCES {{Trousseau}} ({{CHU de Tours}}), {{23h40}}. Un gars arrive porté par 2 copains, "
        "chute de scooter {{rue Nationale}}. IOA = [[PERSONNE:Sandrine]]. Nom prénom ? « "
        "[[PERSONNE:Kevin Pereira Dos Santos]], né le [[DATE_NAISSANCE:14/02/2004]] ». Elle tape, "
        "dossier déjà existant, IPP [[IDENTIFIANT:800472215]], il était venu en {{2022}} pour le "
        "poignet 😬. Tri 3, {{box 6}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Cher}}, soirée. Un monsieur dort dans sa voiture sur le parking du {{Leclerc}} de "
        "{{Saint-Doulchard}}, {{Clio}} grise immat [[IMMATRICULATION:EK-318-PZ]]. Il donne son nom : "
        "[[PERSONNE:Thierry Lallemand]]. Plus de place au {{CHRS}} ce soir, l'écoutante "
        "([[PERSONNE:Maëlle]]) propose l'accueil de jour demain {{9h}} et prévient la maraude "
        "{{Croix-Rouge}}. Lui : « pas la peine, j'ai {{Rocky}} avec moi, on est bien dans la "
        "voiture ». {{Rocky}} = le chien.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Dijon}} {{Grésilles}}. [[PERSONNE:Yanis Mebarki]], {{19 ans}}, vient "
        "avec sa mère pour s'inscrire. Conseillère : Mme [[PERSONNE:Girardot]]. Pas d'adresse mail "
        "(« je regarde jamais »), elle lui en crée une sur place : [[EMAIL:yanis.mebarki21@gmail.com]]. "
        "Mot de passe sur un post-it que la mère range dans son porte-monnaie. Identifiant donné à "
        "la fin : [[ID_FRANCE_TRAVAIL:1517985J]]. Orienté {{Mission locale}}, rdv {{mardi 14h}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Besançon}}, accueil sans rdv. File de {{11 personnes}} à {{8h30}} avant "
        "l'ouverture. La borne {{Ameli}} est en panne depuis {{lundi}} (papier scotché dessus). Un "
        "agent remonte la file pour trier : carte vitale / {{C2S}} / arrêt de travail. Efficace, ça "
        "désengorge d'un coup.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec [[PERSONNE:Corinne Lebeau]] (travailleuse sociale, {{CCAS}} de "
        "{{Nevers}}) chez M. [[PERSONNE:Abdelkader Ouali]], {{81 ans}}, "
        "[[ADRESSE:14 rue du Banlay, 58000 Nevers]]. Dossier {{APA}} + aide pour une facture de "
        "chauffage. Appart à {{16°}}. Il a gardé toutes ses factures {{EDF}} dans une boîte à "
        "chaussures, réf client [[IDENTIFIANT:6004 512 887]]. Il parle de son fils à {{Lyon}} qui "
        "« appelle le dimanche ». [[PERSONNE:Corinne]] note tout sur papier, saisie au retour.",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place avec [[PERSONNE:Benoît Marchand]], contrôleur {{Caf de Loir-et-Cher}}. "
        "Objet : vérif isolement. Mme [[PERSONNE:Océane Thibault]] déclare vivre seule avec "
        "{{2 enfants}}, [[ADRESSE:7 allée des Pinsons, 41000 Blois]] ({{quartier Nord}}). Dans "
        "l'entrée : chaussures de sécu {{taille 44}} et une veste {{Kiabi}} homme. « C'est à mon "
        "frère. » Il ne commente pas, il coche, il demande les relevés des {{3 derniers mois}}. RIB "
        "vérifié sur le papier qu'elle tend : [[IBAN:FR76 3000 4475 6515 6065 1007 288]]. {{35 min}} "
        "en tout. Malaise de mon côté.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences, {{CHU Dijon Bourgogne}}. Une dame appelle pour son mari amené par le "
        "{{SAMU}} cette nuit. L'agente demande nom + date de naissance : « [[PERSONNE:Gérard Rousseau]], "
        "le [[DATE_NAISSANCE:2 juin 1947]] ». Rien par téléphone sauf « il est pris en charge », elle "
        "doit venir. Elle pleure. {{4 min}}.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}} en double écoute. Appel de {{12 min}} pour une actualisation faite le {{16}} au lieu "
        "du {{15}}. Le conseiller explique que c'est ok jusqu'au {{15}} inclus… puis se reprend : "
        "jusqu'au {{16}} ce mois-ci. Même lui hésite 😅",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Chartres}}, accueil. M. [[PERSONNE:Ionuț Popescu]] (il écrit son prénom avec "
        "le ț, l'éducatrice ne trouve pas la touche et met un t). Carte d'identité roumaine n° "
        "[[IDENTIFIANT:RX418236]]. Il bosse en intérim à {{Gellainville}} (plateforme logistique) "
        "mais dort dehors depuis {{3 semaines}}. L'éduc, [[PERSONNE:Audrey]], remplit la fiche "
        "{{SIAO}} avec lui.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, plateau de la {{Cpam des Bouches-du-Rhône}}. Mme [[PERSONNE:Samira Aït Lahcen]] ne "
        "comprend pas pourquoi ses IJ sont stoppées. Le conseiller demande le numéro de sécu, elle "
        "dicte lentement : [[NIR:2 78 08 99 350 554 36]]. Attestation de salaire jamais reçue de "
        "l'employeur. Il lui dit de relancer la RH de {{Carrefour}} {{Grand Littoral}}. Elle : « mais "
        "c'est eux qui m'ont dit de vous appeler ». Boucle.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Montbéliard}}. Atelier CV, {{6 participants}}. La conseillère, Mme "
        "[[PERSONNE:Schwartz]], projette un CV modèle au nom de [[PERSONNE:Julie Martin]], « assistante "
        "administrative ». Un participant, [[PERSONNE:Mehmet Yıldız]], ex-{{Stellantis}} "
        "{{Sochaux}}, {{52 ans}}, demande si on met l'âge. Réponse : non, ni la photo. Il rit : « de "
        "toute façon avec mon nom… »",
    ),
    (
        "caf",
        AT,
        "{{Caf de la Guadeloupe}}, télé-accueil. Appel de Mme [[PERSONNE:Marie-Line Jean-Baptiste]] "
        "depuis {{Les Abymes}}, son espace en ligne ne marche plus. N° allocataire "
        "[[N_ALLOCATAIRE:7191677]], portable [[TELEPHONE:0690 42 17 83]] pour être rappelée. Rappel "
        "programmé sous {{48h}}. Elle : « ça fait 3 fois qu'on me dit {{48h}} ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Châteauroux}}, permanence du matin. Bcp de demandes de colis alimentaires, "
        "l'agente dit que c'est comme ça depuis la rentrée. Une dame demande si on peut payer la "
        "cantine en {{3 fois}} : oui, formulaire bleu. Un monsieur veut juste imprimer un papier "
        "{{CAF}} : imprimante au {{1er étage}}. {{45 min}}, {{9 passages}}.",
    ),
    (
        "urgences",
        AP,
        "{{CHU de Martinique}}, urgences de {{La Meynard}}. Salle pleine, {{42 patients}} affichés à "
        "l'écran. Un vieux monsieur, M. [[PERSONNE:Séraphin]], attend depuis {{7h}} avec sa fille ; "
        "elle retend sa carte mutuelle {{MGEN}} n° [[IDENTIFIANT:1094837261]] à l'accueil pour la 2e "
        "fois. L'agente, [[PERSONNE:Ginette]] : « on l'a déjà madame, ça va pas plus vite ». Clim en "
        "panne.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus avec [[PERSONNE:Karim]] (éduc {{CHRS}}, {{Besançon}}). T2 à {{Planoise}}, "
        "[[ADRESSE:3 rue de Cologne, 25000 Besançon]], occupé par Mme [[PERSONNE:Hawa Traoré]] et ses "
        "deux filles. Objectif : état des lieux + budget. Frigo quasi vide, 2 yaourts. Courrier "
        "d'{{Habitat 25}} : retard de loyer {{318 €}}. [[PERSONNE:Karim]] appelle l'AS de secteur sur "
        "son portable pro ([[TELEPHONE:06 31 78 04 52]]). Les filles font leurs devoirs sur la table "
        "basse.",
    ),
    (
        "france_travail",
        AT,
        "Appels sortants : le conseiller [[PERSONNE:Hugo Lefèvre]] rappelle ceux qui ne sont pas venus "
        "à l'info collective {{fibre optique}}. 1er : messagerie. 2e : M. [[PERSONNE:Bakary Sissoko]], "
        "qui dit qu'il était en mission {{Adecco}}. Identifiant [[ID_FRANCE_TRAVAIL:1905243 E]], pas de "
        "mission déclarée à l'écran, il promet d'actualiser. 3e : le [[TELEPHONE:07 82 55 19 60]] "
        "n'est plus attribué.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail avec M. [[PERSONNE:Rivière]], agent de la {{CPAM du Cher}}. "
        "[[ADRESSE:22 avenue de la Libération, 18000 Bourges]]. Sonnette : « [[PERSONNE:DUBOIS]] / "
        "[[PERSONNE:NGOMA]] ». Personne ne répond. Avis de passage dans la boîte. Il me dit qu'{{1 fois "
        "sur 3}} c'est comme ça, souvent la personne est chez le kiné. {{10h20}} → {{10h35}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Tours}}, {{14h}}. L'après-midi c'est sur rdv uniquement. Une dame sans rdv est "
        "refusée poliment, on lui donne un créneau jeudi {{10h30}}. Pas d'énervement, juste « j'ai "
        "pris le {{Fil Bleu}} {{40 minutes}} pour ça ». L'agent me dit après : la règle vient d'en "
        "haut.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU de Lille}}, {{Roger Salengro}}. Étudiant erasmus, [[PERSONNE:Matteo Bianchi]], "
        "tombé à vélo. Pas de carte vitale, il montre sa carte européenne n° "
        "[[IDENTIFIANT:80380000012345678901]]. L'agente d'admission, [[PERSONNE:Leïla]], galère avec "
        "le champ pays : l'{{Italie}} n'apparaît pas, elle finit par trouver « {{ITALIE (UE)}} ». {{15 min}} "
        "d'admission pour un poignet.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Eure-et-Loir}}. {{22h10}} : jeune femme enceinte de {{6 mois}}, [[PERSONNE:Sabrina]] "
        "(ne veut pas donner son nom), gare de {{Dreux}}. Écoutant : [[PERSONNE:Jérôme]]. Place "
        "trouvée au {{B&B}} de {{Vernouillet}}, {{chambre 214}}, pour {{2 nuits}}. Taxi commandé, "
        "elle donne un numéro pour le chauffeur : [[TELEPHONE:+33 7 58 12 90 44]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Pierre}} ({{La Réunion}}). M. [[PERSONNE:Jean-Hugues Payet]] vient "
        "pour un {{CACES}}. La conseillère lit son identifiant à voix haute : « "
        "[[ID_FRANCE_TRAVAIL:6955608E]], c'est bien vous ? ». Financement {{Région}}, délai {{2 mois}}. "
        "Il veut conduire des engins sur le chantier de la {{Nouvelle Route du Littoral}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Dijon}}, standard. Une voisine signale un monsieur âgé qui ne sort plus : M. "
        "[[PERSONNE:Lucien Berthaud]], [[ADRESSE:9 rue des Marmuzots, 21000 Dijon]]. L'agent prend "
        "aussi les coordonnées de la voisine (Mme [[PERSONNE:Chaouch]], [[TELEPHONE:03 80 41 26 97]]). "
        "Fiche transmise au service seniors, visite sous {{48 h}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Chartres}}. Mme [[PERSONNE:Élodie Carré]] veut rattacher son bébé, né le "
        "[[DATE_NAISSANCE:3 janvier]], sur sa carte vitale à elle et pas sur celle du père. L'agent : "
        "il faut l'accord des deux. Elle : « on est séparés depuis qu'il est né ». Formulaire "
        "{{S3705}} remis.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} du {{Cher}}, {{Bourges}}. Couple syrien, M. et Mme [[PERSONNE:Al Hamwi]], avec un "
        "interprète bénévole ([[PERSONNE:Rami]]). Demande {{RSA}} + {{APL}}, arrivés en {{2023}}, titre "
        "de séjour réfugié n° [[IDENTIFIANT:1802331466]]. Enfants : [[PERSONNE:Lana]] née en "
        "[[DATE_NAISSANCE:2015]], [[PERSONNE:Omar]] né en [[DATE_NAISSANCE:2018]]. L'agente, "
        "[[PERSONNE:Véronique]], leur dit « vous êtes drôlement organisés » en voyant la pochette "
        "plastique. {{25 min}}.",
    ),
    (
        "chrs",
        AP,
        "{{Mamoudzou}}, accueil de jour de l'asso. Beaucoup de mineurs. Un jeune, "
        "[[PERSONNE:Anli Soilihi]], {{17 ans}}, demande à charger son téléphone et à voir "
        "l'infirmière. Pas de papiers. L'éducatrice écrit juste « [[PERSONNE:Anli]], 17 ans » sur le "
        "registre. Cahier papier, pas d'ordi.",
    ),
    (
        "urgences",
        AT,
        "Urgences de {{Chalon-sur-Saône}} ({{hôpital William Morey}}), ligne du secrétariat. Le Dr "
        "[[PERSONNE:Pham]], médecin traitant, annonce qu'il envoie une patiente : Mme "
        "[[PERSONNE:Ginette Perraudin]], {{88 ans}}, [[DATE_NAISSANCE:11/09/1936]], suspicion de "
        "fracture du col. La secrétaire note sur un post-it jaune. Le post-it finit collé sur l'écran "
        "de l'IOA.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Vierzon}}. {{10h}}, {{4 personnes}} qui attendent. 1 ordi en libre-service "
        "sur 3 marche. Une conseillère fait du pré-accueil debout avec une tablette. Un monsieur lui "
        "tend son téléphone, il ne sait pas où cliquer pour l'actualisation. Elle le fait avec lui, "
        "{{3 minutes}}. Il dit merci {{4 fois}}.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, plateau de {{Toulouse}}. M. [[PERSONNE:Guillaume Estève]] appelle pour sa {{C2S}}. "
        "La conseillère demande un mail pour envoyer le lien : « "
        "[[EMAIL:g.esteve31 arobase orange point fr]] ». Elle répète lettre par lettre. Dossier "
        "incomplet : manque l'avis d'imposition {{2024}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Chenôve}} avec [[PERSONNE:Aurélie Grandjean]], contrôleuse. Famille "
        "[[PERSONNE:Hamidou]], [[ADRESSE:12 rue Jean Moulin, 21300 Chenôve]]. Vérif composition du "
        "foyer : {{5 enfants}} déclarés, dont l'aîné [[PERSONNE:Ismaël]], né en [[DATE_NAISSANCE:2005]], "
        "en apprentissage chez {{Renault}}. [[PERSONNE:Aurélie]] demande les fiches de paie, le père "
        "les montre sur son téléphone, elle photographie. Café proposé, refusé (règle).",
    ),
    (
        "ccas",
        CSP,
        "Visite avec la CESF du {{CCAS}} d'{{Auxerre}}, aux {{Rosoirs}}. Logement très humide, "
        "moisissures dans la chambre des petits. Elle prend des photos pour le signalement à l'{{ARS}} "
        "et au bailleur ({{Domanys}}). La locataire ne veut pas qu'on donne son nom au bailleur, « "
        "sinon ils vont me faire des histoires ». La CESF explique que c'est obligatoire. {{50 min}}.",
    ),
    (
        "urgences",
        AP,
        "{{Jean Minjoz}}, urgences, {{3h du matin}}. Homme alcoolisé amené par la police, refuse de "
        "donner son nom. Les policiers le donnent : [[PERSONNE:Steve Grosjean]]. Il crie « je "
        "m'appelle pas comme ça ». IPP retrouvé : [[IDENTIFIANT:P2019004417]]. L'agent d'accueil "
        "reste zen, il me glisse « lui on le voit toutes les semaines ».",
    ),
    (
        "chrs",
        AT,
        "Écoute {{115}} du {{Loiret}}, {{19h}}. Une femme fuit son conjoint avec son fils de {{4 ans}}, "
        "elle est devant la gare de {{Fleury-les-Aubrais}}. Pas de nom de famille, juste "
        "[[PERSONNE:Amandine]]. L'écoutante, [[PERSONNE:Sylvie]], déclenche la mise à l'abri VIF "
        "prioritaire et appelle la police. Nom du conjoint noté : [[PERSONNE:Ludovic R.]] Hôtel "
        "{{Première Classe}} de {{Saran}}, {{chambre 12}}.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, appel transféré de {{Guyane}}. Mme [[PERSONNE:Rosalinda Pinas]] veut savoir si son "
        "{{ARE}} tombe pendant une formation {{AFPA}}. Identifiant : « [[ID_FRANCE_TRAVAIL:2042306 F]] "
        "». Réponse : oui, statut stagiaire. La ligne coupe {{2 fois}}, elle rappelle à chaque fois.",
    ),
]

BATCH_2 = [
    (
        "cpam",
        AP,
        "{{Cpam}} {{Orléans}}, antenne de {{La Source}}. Mme [[PERSONNE:Chloé Vasseur]] a perdu sa carte "
        "vitale. L'agent vérifie l'identité : nom, date de naissance ([[DATE_NAISSANCE:17/11/1992]]), "
        "NIR lu à l'écran [[NIR:292114523429437]]. Nouvelle carte commandée, photo à envoyer par "
        "l'appli {{Ameli}}. Attestation de droits imprimée en attendant. {{7 min}}, carré.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Dijon}}, accueil. M. [[PERSONNE:Thomas Nguyen Van Long]] vient changer de banque. "
        "Nouveau RIB {{Crédit Mutuel}} : [[IBAN:FR76 1027 8259 7785 0792 5145 626]]. L'agente lui dit "
        "que ça se fait en ligne. Lui : « je sais, mais je préfère qu'un humain le voie ». Elle le "
        "saisit quand même. Il repart content.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}}, agence de {{Saint-Jean-de-Braye}}. Suivi de [[PERSONNE:Kadiatou Camara]], "
        "{{28 ans}}, aide-soignante en {{Guinée}}, diplôme pas reconnu ici. Le conseiller, M. "
        "[[PERSONNE:Lemaire]], cherche du côté de la VAE. Il recopie son identifiant sur le dossier "
        "papier : [[ID_FRANCE_TRAVAIL:5713159C]]. Elle connaît par cœur le n° de son titre de séjour : "
        "[[IDENTIFIANT:4501287733]]. Piste : formation ASH au {{CHU d'Orléans}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Bourges}}, {{CH Jacques Cœur}}, {{16h}}. {{17 personnes}} en salle. Écran : « "
        "temps d'attente estimé {{4h}} ». Une mère avec un bébé qui tousse demande si elle peut passer "
        "avant, l'IOA explique le tri. Le bébé est vu en {{20 min}} finalement. Distributeur de "
        "boissons vide.",
    ),
    (
        "chrs",
        CSP,
        "Visite logement accompagné, {{CHRS}} de {{Dijon}}, {{Fontaine-d'Ouche}}. M. "
        "[[PERSONNE:Mustapha Cherifi]] est dans son studio depuis {{8 mois}}, "
        "[[ADRESSE:41 boulevard de Chicago, 21000 Dijon]], {{4e étage}} sans ascenseur. L'éducateur, "
        "[[PERSONNE:Pierre-Yves]], vérifie : assurance habitation ok, relevé du compteur {{Linky}}. M. "
        "[[PERSONNE:Cherifi]] montre fièrement sa plante verte (« elle s'appelle {{Juliette}} »). "
        "Rires.",
    ),
    (
        "cpam",
        AT,
        "Écoute {{3646}}. Série d'appels sur les lunettes {{100% santé}} : {{5 appels}} d'affilée, "
        "même question. Le conseiller a un pense-bête collé sous l'écran, il dit « je pourrais le "
        "réciter en dormant ». Env. {{6 min}} par appel.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Belfort}}. Mme [[PERSONNE:Dragana Petrović]], {{63 ans}}, demande une "
        "domiciliation : plus d'adresse depuis la séparation. L'agente, [[PERSONNE:Sophie Mougin]], "
        "remplit le Cerfa {{15548}}. Le courrier sera à retirer au {{CCAS}}, {{9h-12h}} en semaine. Elle "
        "demande si la {{Carsat}} enverra bien la retraite là. Oui.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Châteauroux}}, quartier {{Saint-Jean}}. Contrôleur : [[PERSONNE:Jean Lafarge]]. "
        "Allocataire : Mlle [[PERSONNE:Lisa Moreau]], née en [[DATE_NAISSANCE:janvier 1999]], "
        "étudiante + {{AAH}}. Il lit son NIR sur la fiche pour vérifier : [[NIR:2 99 01 36 044 952 66]]. "
        "[[ADRESSE:5 rue Diderot, 36000 Châteauroux]]. Tout est conforme, {{20 min}}. Elle nous "
        "présente son chat, {{Pixel}}.",
    ),
    (
        "urgences",
        AT,
        "Urgences de {{Nevers}}, poste IAO. Un pharmacien appelle : un client, M. "
        "[[PERSONNE:Arnaud Chevrier]], a fait un malaise dans l'officine, pompiers prévenus. Date de "
        "naissance lue sur l'ordonnance : [[DATE_NAISSANCE:08.04.1979]]. L'infirmière : « ok on "
        "l'attend ». {{2 min}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Blois}}. M. [[PERSONNE:Grégory Pinault]] a un poste de livreur chez "
        "{{Chronopost}} mais sa voiture est en panne. Demande d'aide à la mobilité. La conseillère "
        "note l'immat pour le devis : [[IMMATRICULATION:CZ 442 RT]]. Devis du {{Garage Da Costa}} : "
        "{{640 €}}, plafond de l'aide {{500 €}}. Il mettra la différence « sur la première paye ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Rhône}}, {{6h50}}, fin de nuit. Un homme rappelle pour la {{5e fois}} : "
        "[[PERSONNE:Dimitri]]. L'écoutante le connaît, « salut [[PERSONNE:Dimitri]] ». Pas de place, "
        "il le sait, il appelle « pour parler ». Elle lui donne {{3 minutes}} malgré la file.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} du {{Territoire de Belfort}}, rappels programmés. L'agente a une liste de {{12 rappels}}, "
        "elle en fait {{8}} en {{1 h}}. 3 messageries. Elle laisse le même message mot pour mot. "
        "Sujet n°1 : le {{RSA}} et les heures d'activité. Personne n'a compris les {{15 heures}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{CPAM de Saône-et-Loire}} avec Mme [[PERSONNE:Dufour]]. Assuré : M. "
        "[[PERSONNE:Hervé Lamarche]], arrêt pour lombalgie, [[ADRESSE:16 rue de Flacé, 71000 Mâcon]]. "
        "Il est là, en pyjama, il s'excuse. Elle vérifie la présence et l'identité (CNI n° "
        "[[IDENTIFIANT:F7H3K29L1]]), fait signer, {{4 minutes}}. Dans la voiture elle me dit qu'elle "
        "préfère ceux-là.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Tours}}, accueil tel. Mme [[PERSONNE:Josiane Bruneau]] appelle pour l'aide sur la "
        "facture d'eau. Elle n'arrive pas à lire son n° de contrat : « c'est "
        "[[IDENTIFIANT:VE-0044-81923]] je crois ». L'agent lui demande de passer avec la facture. En "
        "fait elle habite {{Joué-lès-Tours}} donc mauvais {{CCAS}} 🙃, réorientée vers celui de {{Joué}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Pasteur 2}}, {{Nice}}. Touriste américaine, [[PERSONNE:Brittany Coleman]], chute "
        "dans les escaliers du {{Vieux-Nice}}. Passeport US n° [[IDENTIFIANT:A40918273]]. Pas de "
        "carte européenne évidemment, elle sort une carte {{Blue Cross}}. L'agente appelle une "
        "collègue qui parle anglais. Le mari, [[PERSONNE:Dave]], filme tout avec son tel.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Un monsieur n'arrive plus à se connecter, mdp oublié. La conseillère : « votre mail "
        "c'est bien [[EMAIL:patrick.durand-boissiere@laposte.net]] ? » Lui : « non avec un tiret bas "
        "». Elle corrige : [[EMAIL:patrick.durand_boissiere@laposte.net]]. Ça passe. Nom : M. "
        "[[PERSONNE:Durand-Boissière]]. {{9 min}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Bastia}}. Mme [[PERSONNE:Laetitia Santoni]], {{41 ans}}, arrive avec un sac de "
        "sport. Premier entretien avec l'éducatrice, [[PERSONNE:Marie-Dominique]]. Elle donne son "
        "numéro de sécu de tête : [[NIR:283102B03307964]]. L'éduc vérifie sur l'attestation, c'est "
        "bon. Sortie d'hospitalisation, pas de retour possible chez sa mère. {{Chambre 4}} au 1er.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Belfort}}. Réunion d'info {{Alstom}}, recrutement de soudeurs. "
        "{{14 présents}}. Le recruteur, [[PERSONNE:Nicolas Vuillemin]], donne son mail pour les CV : "
        "[[EMAIL:n.vuillemin@alstomgroup.com]]. Quelqu'un demande si on peut venir en {{Optymo}} "
        "jusqu'au site : oui, ligne {{3}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Dreux}}. Un jeune, [[PERSONNE:Rayan Belkacem]], vient chercher une attestation "
        "pour son stage, carte vitale oubliée. L'agente : date de naissance ? « "
        "[[DATE_NAISSANCE:2 août 2006]] ». Trouvé, imprimé, il repart en {{2 min}}, record de la "
        "matinée.",
    ),
    (
        "caf",
        AP,
        "{{Caf}}, antenne de {{Montbéliard}}, {{Petite-Hollande}}. {{3 bornes}} dont une réservée aux rdv. "
        "Un jeune en service civique aide à scanner. Un monsieur scanne {{14 pages}} une par une, ça "
        "prend {{20 min}}. Personne derrière lui, donc ça va.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Indre-et-Loire}}. Appel du service social de l'hôpital {{Bretonneau}} : sortie "
        "d'hospit d'un monsieur sans domicile, [[PERSONNE:Gaston Fleury]], {{67 ans}}, né le "
        "[[DATE_NAISSANCE:12 mars 1957]]. Demande de place en {{LHSS}}. L'écoutant : rien avant "
        "{{lundi}}, l'hôpital prolonge. Le TS, [[PERSONNE:Mathieu]], laisse sa ligne directe : "
        "[[TELEPHONE:02 47 47 81 36]].",
    ),
    (
        "urgences",
        AP,
        "CHU d'{{Orléans}}, urgences, {{14h30}}. La famille [[PERSONNE:Da Silva]] au complet autour "
        "de la grand-mère ([[PERSONNE:Maria da Conceição Da Silva]], {{92 ans}}). Le petit-fils s'est "
        "garé en double file devant l'entrée, l'agent de sécu : « la {{308}} noire "
        "[[IMMATRICULATION:FG-207-LX]] c'est à vous ? ». Engueulade légère.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Une dame a changé de banque, son {{ARE}} est partie sur l'ancien compte clôturé. "
        "Conseiller : il faut attendre le rejet, {{10 jours}}. Elle dicte son nouvel IBAN : "
        "[[IBAN:FR76 1390 7731 9132 5768 8396 113]]. Il répète 4 par 4. Mme "
        "[[PERSONNE:Bernadette Fromentin]], très polie, s'excuse 3 fois.",
    ),
    (
        "ccas",
        CSP,
        "Évaluation à domicile pour l'aide ménagère, {{CCAS}} de {{Vierzon}}. Mme "
        "[[PERSONNE:Paulette Girault]], {{90 ans}}, vit seule [[ADRESSE:28 rue de la Gaucherie, "
        "Vierzon]]. L'évaluatrice, [[PERSONNE:Mélanie]], remplit la grille {{AGGIR}} sur tablette : "
        "{{GIR 4}}. [[PERSONNE:Paulette]] raconte l'usine de porcelaine. Sa fille appelle sur le fixe "
        "pendant la visite.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} d'{{Eure-et-Loir}}, tel. M. [[PERSONNE:Sébastien Huet]], numéro allocataire "
        "[[N_ALLOCATAIRE:8293021]], demande pourquoi son {{APL}} est suspendue. Réponse : le bailleur "
        "({{Chartres Métropole Habitat}}) a signalé {{2 mois}} d'impayé. Il n'était pas au courant, "
        "prélèvement rejeté. L'agent explique la procédure. Il raccroche sec.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences, {{2h}} du mat. Quelqu'un demande « c'est combien d'attente là "
        "maintenant ». L'agente : « je ne peux pas vous dire, ça dépend de la gravité ». La personne "
        "raccroche. Elle me dit qu'il y en a une dizaine par nuit comme ça.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Nevers}}, conseillère {{Cap emploi}} détachée. M. "
        "[[PERSONNE:Frédéric Auclair]], {{RQTH}}, veut se reconvertir. Réf. sur sa notification {{MDPH}} : "
        "[[IDENTIFIANT:MDPH58-2023-004512]]. Identifiant FT lu sur son téléphone : « "
        "[[ID_FRANCE_TRAVAIL:7082043 Z]] ». {{ESAT}} non, il veut du milieu ordinaire. Bonne énergie.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} d'{{Audincourt}}, accueil de jour. Un couple avec une chienne ({{Lady}}) : "
        "[[PERSONNE:Cindy]] et [[PERSONNE:Jordan]]. Pas de place couple + chien en hébergement, "
        "c'est le chien le problème. Ils préfèrent dormir dans leur {{Kangoo}} "
        "([[IMMATRICULATION:BX-551-QH]]). L'éduc leur donne un bon pour les douches et des croquettes "
        "des {{Restos du cœur}}.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} de {{La Réunion}}, plateau de {{Saint-Denis}}. Mme [[PERSONNE:Marie-Josée Hoarau]] "
        "appelle pour un remboursement de transport. Numéro de sécu : "
        "[[NIR:2 80 05 97 411 948 48]]. Le taxi n'est pas conventionné. Le conseiller passe un peu en "
        "créole pour la rassurer, elle rit.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} aux {{Gibjoncs}}, {{Bourges}}, avec [[PERSONNE:Nathalie Pasquier]]. "
        "Signalement anonyme : Mme [[PERSONNE:Jessica Lamy]] (n° alloc [[N_ALLOCATAIRE:7050449]]), "
        "[[ADRESSE:3 allée George Sand, 18000 Bourges]], vivrait avec le père des enfants. Sur le "
        "parking, une moto [[IMMATRICULATION:GH-736-VE]] que [[PERSONNE:Nathalie]] note discrètement. "
        "À l'intérieur, rien d'un homme. Rapport : « pas d'élément probant ». Je me demande ce "
        "qu'elle aurait écrit avec un rasoir dans la salle de bain.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Mâcon}}. Job dating taille de la vigne, {{30 personnes}}, {{4 domaines}} "
        "du {{Mâconnais}}. Ambiance salon. Une conseillère distribue des badges vierges, chacun écrit "
        "son prénom. La {{cave de Lugny}} prend le plus de monde. Bcp repartent avec un rdv lundi "
        "{{7h}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Dreux}}. Un ado, [[PERSONNE:Enzo Lebrun]], coupure à la main, accompagné par "
        "son prof de sport du collège {{Louis Armand}}, M. [[PERSONNE:Faucher]]. Le prof n'est pas "
        "responsable légal, l'agent doit joindre la mère : [[TELEPHONE:06 74 20 88 13]], répondeur. "
        "Message laissé. 2e essai ok.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} du {{Bas-Rhin}}, {{Strasbourg}}. Frontalier, M. [[PERSONNE:Lukas Braun]], bosse à "
        "{{Kehl}}, vit à {{Neudorf}}. Question sur le formulaire {{S1}}. Il donne son numéro de "
        "sécu allemand pour le dossier : [[IDENTIFIANT:65 170884 B 014]], né le "
        "[[DATE_NAISSANCE:17/08/1984]]. L'agente connaît la procédure par cœur, {{5 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite appart en diffus, {{Chalon-sur-Saône}}, {{Prés-Saint-Jean}}. Travailleuse sociale : "
        "[[PERSONNE:Inès Boudjema]]. Résident : M. [[PERSONNE:Noureddine Akrouf]], sorti de "
        "détention il y a {{2 mois}}. CDD chez {{Amazon}} à {{Sevrey}}. Compte ouvert hier à la "
        "{{Banque Postale}}, il montre l'IBAN sur l'appli : "
        "[[IBAN:FR75 2004 1189 7633 0205 1M50 646]]. [[PERSONNE:Inès]] l'aide à remplir le dossier "
        "{{APL}}.",
    ),
    (
        "france_travail",
        AT,
        "Rappel à {{17h45}} par une conseillère qui finit à {{18h}}. Le monsieur ne décroche pas. "
        "Elle soupire, note « injoignable », ferme sa session. « Demain il dira qu'on le rappelle "
        "jamais. »",
    ),
]

BATCH_3 = [
    (
        "ccas",
        AP,
        "{{CCAS}} d'{{Orléans}}, aide facultative. Mme [[PERSONNE:Aminata Diallo]] demande une aide pour "
        "la cantine. L'agente lui demande l'attestation {{Caf}} : n° allocataire "
        "[[N_ALLOCATAIRE:2567626]], QF {{412}}. L'aide sera versée sur son compte, RIB photocopié : "
        "[[IBAN:FR76 3000 3026 2879 4637 9160 864]]. Passage en commission {{jeudi}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Besançon}}, standard. Matinée à {{27 appels}}. Thèmes : bons de chauffage, rdv avec "
        "l'AS, horaires de l'épicerie sociale. L'agente répond sans regarder : « {{9h-11h30}}, mardi "
        "et vendredi ». Quelqu'un demande si le maire peut le recevoir. « Il faut écrire au "
        "cabinet. »",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} de {{Dreux}} chez M. [[PERSONNE:Raymond Lecomte]], {{86 ans}}, né le "
        "[[DATE_NAISSANCE:4 novembre 1938]], aux {{Bâtes}}, [[ADRESSE:10 rue Jean Giono, 28100 Dreux]]. "
        "Téléassistance demandée par sa nièce ([[PERSONNE:Sylvie Tardieu]], "
        "[[TELEPHONE:06 18 92 45 07]]). Il ne veut pas du bracelet : « j'suis pas un prisonnier ». "
        "L'agente négocie, il accepte le pendentif.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Roubaix}}. Un homme, [[PERSONNE:Hocine]], vient pour un secours d'urgence : coupure "
        "d'électricité demain. Réf client {{EDF}} sur la lettre : [[IDENTIFIANT:1 004 998 231 07]]. "
        "L'agent appelle le service solidarité EDF devant lui et obtient un report de {{15 jours}}. "
        "Il sort le poing levé 💪",
    ),
    (
        "caf",
        AP,
        "{{Caf de Loir-et-Cher}}, {{Blois}}. Mme [[PERSONNE:Emma Rouxel]], {{22 ans}}, premier bébé, "
        "vient pour la {{prime de naissance}}. Elle n'a jamais reçu le mail de validation : l'adresse "
        "enregistrée est [[EMAIL:emma.rouxel41@hotmial.fr]] (faute de frappe). Corrigé en "
        "[[EMAIL:emma.rouxel41@hotmail.fr]]. « 3 mois d'attente pour un l et un a » 😑",
    ),
    (
        "caf",
        AT,
        "{{Caf}} du {{Loiret}}, tel. M. [[PERSONNE:Olivier Charpentier]] (alloc [[N_ALLOCATAIRE:6838006]]) "
        "conteste un indu de {{1 240 €}}. Motif lu à l'écran : « ressources non déclarées {{2023}} ». "
        "Lui : « c'était une prime de licenciement ! ». Conseil : recours amiable, par écrit. Modèle "
        "de courrier envoyé sur [[EMAIL:o.charpentier@free.fr]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Tours}}, agence {{Rives du Cher}}. Inscription de Mme "
        "[[PERSONNE:Thi Hoa Tran]], {{45 ans}}, ex-gérante d'un restau à {{Tours-Nord}}, liquidation. "
        "Identifiant attribué : [[ID_FRANCE_TRAVAIL:9760759E]]. Elle pose des questions très précises "
        "sur l'{{ARCE}}. La conseillère, [[PERSONNE:Manon]], est impressionnée. Moi aussi.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, appel de {{Besançon}}. M. [[PERSONNE:Adrien Cuenot]] a reçu un courrier de "
        "radiation. Identifiant : [[ID_FRANCE_TRAVAIL:9989972 D]]. Motif : absent au rdv du {{12}}. Il "
        "était hospitalisé à {{Minjoz}}. Conseil : envoyer le bulletin d'hospitalisation par la "
        "messagerie, réinscription rétroactive possible.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de la {{Nièvre}}, {{Nevers}}. Mme [[PERSONNE:Christine Ravel]], {{55 ans}}, vient pour "
        "une pension d'invalidité. L'agente vérifie le NIR sur sa carte : [[NIR:269045819438168]], "
        "ok. Rdv au service médical le {{14}}. Elle a fait {{45 km}} depuis {{Château-Chinon}}, aucun "
        "car à la bonne heure.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt à {{Ajaccio}} avec l'agente de la {{CPAM de Corse-du-Sud}}, "
        "[[PERSONNE:Ghjulia Pietri]]. Assuré : M. [[PERSONNE:Antoine Casanova]], "
        "[[ADRESSE:7 rue Fesch, 20000 Ajaccio]]. Présent. NIR vérifié sur l'attestation : "
        "[[NIR:1 58 05 2A 004 658 68]]. Il propose un café, elle accepte celui-là (« ici on refuse "
        "pas »).",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CH Simone Veil}}, {{Blois}}. Accident sur la {{D956}}. Le conducteur, M. "
        "[[PERSONNE:Yohann Chartier]], arrive avec la police qui a relevé les plaques : sa voiture "
        "[[IMMATRICULATION:DL-904-MN]] et la camionnette d'en face [[IMMATRICULATION:FR-319-TS]]. "
        "L'agente recopie les deux par erreur dans le champ « observations », puis efface.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{HNFC}}, {{Trévenans}}. Une fille cherche sa mère, Mme "
        "[[PERSONNE:Fatima Zerrouki]], partie en ambulance ce matin. Elle laisse son numéro en le "
        "disant lentement : « [[TELEPHONE:zéro six, quarante-trois, dix-huit, soixante-dix-sept, zéro "
        "deux]] ». L'agente l'écrit en chiffres sur la feuille de transmissions.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Orléans}}, bureau de l'éduc. Mme [[PERSONNE:Priscilla Moukoko]] et son fils "
        "[[PERSONNE:Ethan]], {{3 ans}}. Dossier {{Caf}} : n° alloc [[N_ALLOCATAIRE:1014914]], rien touché "
        "depuis l'arrivée car l'adresse n'a jamais été changée. L'éduc, [[PERSONNE:Baptiste]], fait "
        "le changement en ligne avec elle. Mot de passe perdu : {{25 min}} juste pour ça.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{21h}}. L'écoutant a {{9 appels}} en attente. Il dit que le vendredi c'est toujours "
        "comme ça, les accueils de jour ferment. {{4-5 min}} par appel. Il garde le même ton du "
        "début à la fin. Moi j'ai du mal à suivre le logiciel.",
    ),
    (
        "chrs",
        CSP,
        "Tour des chambres au collectif {{CHRS}} de {{Mâcon}}, étage familles, avec "
        "[[PERSONNE:Samia]] (contrôle hygiène). {{Chambre 7}} : famille [[PERSONNE:Berisha]], "
        "demande d'asile en cours, récépissé n° [[IDENTIFIANT:7102345678]]. Les enfants ont dessiné "
        "sur le mur, [[PERSONNE:Samia]] rit et dit que c'est lavable. {{Chambre 9}} vide, la famille "
        "est à l'{{OFII}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Montargis}}. M. [[PERSONNE:Kevin Boulanger]], travailleur indépendant, "
        "SIRET perso [[IDENTIFIANT:90527595432470]]. Le contrôleur, [[PERSONNE:Didier Roy]], épluche "
        "le CA déclaré à l'{{Urssaf}}. Camionnette devant la maison : [[IMMATRICULATION:EY-822-KB]]. "
        "Compte pro : [[IBAN:FR76 1480 6121 1548 6897 9869 978]]. Pas d'anomalie. "
        "[[PERSONNE:Didier]] : les auto-entrepreneurs sont « les plus durs à lire ».",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Saône-et-Loire}}, antenne de {{Chalon}}. Accueil sur rdv. {{6 rdv}} le matin, "
        "{{1 lapin}}. Entre deux, l'agente traite des mails. Elle me montre la file : {{1 300}} pièces "
        "en attente. « On voit jamais le bout. »",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Fort-de-France}}. Mme [[PERSONNE:Ketty Rosier]], inscrite depuis "
        "{{2 ans}}, veut lancer une micro-entreprise de couture. Le conseiller, M. "
        "[[PERSONNE:Louis-Joseph]], lui parle de l'{{ADIE}}. Elle lui donne son compte Insta pour "
        "qu'il voie ses créations : [[IDENTIFIANT:@ketty_couture972]]. Il like devant moi 😂",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} du {{Cher}}, appel entrant. M. [[PERSONNE:Anthony Gauthier]] veut son attestation de "
        "droits. Il donne son NIR trop vite, la conseillère le fait répéter : « "
        "[[NIR:1 85 03 18 033 563 02]] ». Envoyée par mail sur [[EMAIL:anthony.gauthier18@sfr.fr]]. "
        "{{3 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} d'{{Auxerre}}. Borne à tickets : A = carte vitale, B = indemnités, C = autre. Tout le "
        "monde prend C. L'agent d'orientation re-trie à la main. Il me dit que la borne est comme ça "
        "depuis {{2 ans}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Lariboisière}}, {{Paris 10e}}. Un monsieur afghan, "
        "[[PERSONNE:Abdul Wahid Noori]], douleur thoracique. Carte {{AME}} présentée. IPP créé : "
        "[[IDENTIFIANT:9004781236]]. Interprète dari par téléphone via {{ISM Interprétariat}}, "
        "{{8 minutes}} d'attente pour l'avoir. L'IOA fait les gestes en attendant.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Châteauroux}}, {{11h}}. Calme plat, {{3 patients}}. L'agente d'accueil en "
        "profite pour classer les bons de transport. Un monsieur demande juste où est la cardio : "
        "{{bâtiment C}}. Elle l'accompagne jusqu'à la porte.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Dreux}}. M. [[PERSONNE:Sofiane Haddouche]], permis poids lourd, cherche des "
        "missions. Identifiant [[ID_FRANCE_TRAVAIL:3184767B]]. Souci : sa voiture perso est en "
        "fourrière, immat [[IMMATRICULATION:dk-473-hz]] (en minuscules sur le papier de la "
        "fourrière). Rien pour aller jusqu'à {{Anet}}. La conseillère cherche du covoit' "
        "{{Rézo Pouce}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Doubs}}. M. [[PERSONNE:Ruslan Magomedov]] appelle pour sa famille, "
        "{{5 personnes}}. L'écoutante demande la réf {{SIAO}} : [[IDENTIFIANT:SIAO25-2024-10877]]. Toujours "
        "en attente. Elle propose le gymnase du plan grand froid, ouvert à partir de {{20h}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Bourges}}, pôle seniors. Inscription au registre grand froid : Mme "
        "[[PERSONNE:Huguette Tissier]], née le [[DATE_NAISSANCE:30/06/1935]], "
        "[[ADRESSE:2 rue Moyenne, 18000 Bourges]]. Contact : son fils [[PERSONNE:Bernard]], "
        "[[TELEPHONE:02 48 70 13 56]]. Fiche papier, puis ressaisie sur {{Excel}}. Double travail.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile, {{CCAS}} du {{Havre}}, {{Caucriauville}}. Famille [[PERSONNE:Kaya]], "
        "{{6 enfants}}, expulsion prévue. L'AS, [[PERSONNE:Élise Poulain]], lit le jugement : RG n° "
        "[[IDENTIFIANT:23/01874]]. Le père sort les courriers d'{{Alcéane}}, tout en vrac. Elle fait "
        "des tas sur la table. {{Une heure}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Chartres}}, tel. Une fille appelle pour sa mère, Mme [[PERSONNE:Odette Chauvin]], "
        "qui ne reçoit plus le portage de repas. L'agent voit : suspendu pendant l'hospit, jamais "
        "réactivé. Il réactive et demande un mail pour la confirmation : "
        "[[EMAIL:chauvin.famille28@orange.fr]]. Repas dès {{demain midi}}.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, rappel demandé. Mme [[PERSONNE:Samantha Lopes]] veut être rappelée sur un autre numéro "
        "que celui du dossier : [[TELEPHONE:07 61 02 33 98]]. Le conseiller modifie la fiche. Elle "
        "est aide à domicile à {{Vendôme}}, veut passer le {{DEAES}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} du {{Rhône}}, télé-accueil. M. [[PERSONNE:Rachid Bouzid]], {{Vénissieux}}, appelle pour "
        "sa {{prime d'activité}}. Pas son n° alloc sous la main, on lui demande son NIR : "
        "[[NIR:174129935212338]]. Retrouvé. Versement le {{5}}. Lui : « le 5 de quel mois ? » 😅",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}}, {{Nevers}}, quartier des {{Courlis}}. Contrôleuse : "
        "[[PERSONNE:Valérie Lebœuf]]. Allocataire : M. [[PERSONNE:Youssouf Koné]], n° "
        "[[N_ALLOCATAIRE:2014988]], parent isolé, enfants nés en [[DATE_NAISSANCE:2012]] et "
        "[[DATE_NAISSANCE:2016]]. Objet : résidence alternée ? Il montre le jugement du JAF, tout "
        "colle. Elle lui explique le partage des allocs. {{40 min}}.",
    ),
    (
        "urgences",
        AT,
        "Urgences, la secrétaire appelle les {{EHPAD}} du secteur pour annoncer des retours. "
        "{{4 appels}}. Le 3e ne répond pas, elle recommence {{3 fois}}. « C'est toujours eux. »",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{CPAM d'Indre-et-Loire}}, sortie non autorisée ? Agent : "
        "[[PERSONNE:Christophe Mabille]]. Assurée : Mme [[PERSONNE:Delphine Moreira]], "
        "[[ADRESSE:18 rue Michelet, 37000 Tours]]. Absente. Il appelle le numéro du dossier, "
        "[[TELEPHONE:06 52 88 17 40]] : elle est chez son médecin au {{Sanitas}}. C'est dans ses "
        "horaires autorisés. Fin.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} d'{{Auxerre}}, accueil de jour. Petit-déj {{8h-10h}}, {{22 personnes}}. Une seule "
        "machine à laver, planning au feutre sur le frigo. Deux hommes se disputent un créneau, "
        "l'éducateur tranche à pile ou face. Ça marche.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Le Creusot}}. Inscription de [[PERSONNE:Dylan Perrot]], né le "
        "[[DATE_NAISSANCE:29/02/2004]], sorti de lycée pro. Mail : "
        "[[EMAIL:dylan.perrot.71@gmail.com]]. La conseillère lui parle du {{CEJ}}. {{Framatome}} "
        "recrute des soudeurs, elle le note.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}}, {{Marseille}} {{13e}}. Mme [[PERSONNE:Zoubida Hamdani]] : la pharmacie dit que sa "
        "mutuelle n'est pas liée. Mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:HM0098231475]]. "
        "L'agent coche la télétransmission. Réglé en {{5 min}}.",
    ),
]

BATCH_4 = [
    (
        "caf",
        AP,
        "{{Caf}} du {{Nord}}, {{Lille}}-{{Fives}}. Mme [[PERSONNE:Agnieszka Kowalczyk]], en France "
        "depuis {{15 ans}}, vient pour l'{{ASF}} : le père ne paie plus la pension. N° alloc "
        "[[N_ALLOCATAIRE:2824357]]. L'agent lui explique l'{{Aripa}}. Elle note tout dans un carnet à "
        "spirale, en polonais.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de {{Loire-Atlantique}}, tél. M. [[PERSONNE:Erwan Le Bihan]] : son {{RSA}} est revenu en "
        "rejet, compte clôturé. Il dicte le nouveau : [[IBAN:FR76 3000 2004 3759 8576 0338 766]]. "
        "L'agente relit deux fois. Prochain versement pas avant le {{5}}, il souffle.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Perpignan}}, quartier {{Saint-Jacques}}. Contrôleur : "
        "[[PERSONNE:Jordi Puig]]. Famille [[PERSONNE:Jiménez]], trois générations dans la maison. "
        "Allocataire : Mme [[PERSONNE:Dolores Jiménez]], n° [[N_ALLOCATAIRE:6292679]], "
        "[[ADRESSE:14 rue de l'Anguille, 66000 Perpignan]]. Question : qui vit vraiment là ? La "
        "grand-mère : « tout le monde ». [[PERSONNE:Jordi]] lui parle en catalan, ça détend.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} du {{Rhône}}, {{Villeurbanne}}. Mme [[PERSONNE:Maria Fernanda Gonçalves]], {{53 ans}}, "
        "vient pour une {{ALD}} : le médecin a fait la demande, rien n'a bougé. L'agente vérifie "
        "avec le NIR noté sur un papier plié : [[NIR:2 71 09 99 139 384 08]]. Protocole validé le "
        "{{3}} en fait, elle n'a jamais reçu le courrier.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, après-midi. Un conseiller me montre ses stats : DMT {{5 min 40}}, {{62 appels}} "
        "hier, objectif {{70}}. Il dit qu'il ne regarde plus. Le casque lui fait mal à l'oreille "
        "gauche.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Purpan}}, {{Toulouse}}, {{1h30}}. Un jeune, [[PERSONNE:Hugo Sabatier]], amené "
        "par ses potes après une soirée. Ils ont laissé la {{Golf}} blanche sur la dépose-minute : "
        "[[IMMATRICULATION:GA 318 XZ]]. L'agent de sécu prend la plaque en photo et leur dit de "
        "bouger. [[PERSONNE:Hugo]] vomit sur le comptoir. L'agente d'accueil sort les lingettes sans "
        "un mot.",
    ),
    (
        "urgences",
        AT,
        "{{CHU de Guadeloupe}}, urgences, {{Les Abymes}}. Une dame appelle : son père, M. "
        "[[PERSONNE:Félix Bellance]], a été transféré du {{CH de Basse-Terre}}. Elle donne la date "
        "de naissance pour qu'on le trouve : « [[DATE_NAISSANCE:vingt-trois mai mille neuf cent "
        "quarante]] ». Il est en {{UHCD}}, {{lit 8}}.",
    ),
    (
        "chrs",
        AP,
        "Accueil {{CHRS}} à {{Grenoble}}. M. [[PERSONNE:Souleymane Barry]], {{19 ans}}, ancien MNA, "
        "sort de l'{{ASE}}. Carte de séjour temporaire n° [[IDENTIFIANT:3800912654]]. Sa référente "
        "ASE, [[PERSONNE:Camille Rey]], l'accompagne et laisse son portable pro : "
        "[[TELEPHONE:06 40 11 73 25]]. [[PERSONNE:Souleymane]] est en CAP pâtisserie, il a apporté des "
        "chouquettes pour l'équipe.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Paris}} ({{Samusocial}}), {{14h}}. {{1h12}} d'attente avant le premier appel "
        "décroché. Une femme, [[PERSONNE:Awa]], 3 enfants, à la {{gare de l'Est}}. L'écoutant trouve "
        "l'{{Hôtel du Parc}} à {{Bobigny}}, {{chambre 31}}, {{7 nuits}}. Elle demande si les enfants "
        "pourront garder leur école. Il ne sait pas.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus à {{Strasbourg}}, {{Hautepierre}}. Appart de Mme [[PERSONNE:Nermin Aydın]], "
        "[[ADRESSE:12 boulevard Balzac, 67200 Strasbourg]]. L'éducatrice, "
        "[[PERSONNE:Anne-Sophie Weber]], vérifie l'inventaire du mobilier du {{CHRS}} : frigo, 2 lits, "
        "table. Le lit du petit est cassé. Bon de commande {{Ikea}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Roubaix}}. Atelier « identité numérique ». Un participant a pour "
        "adresse [[EMAIL:lebgdu59@hotmail.fr]] 😅, la conseillère lui en fait créer une sérieuse : "
        "[[EMAIL:kevin.vandenbussche@gmail.com]]. Lui, [[PERSONNE:Kévin Vandenbussche]], {{24 ans}}, "
        "rigole. Profil relié à son identifiant [[ID_FRANCE_TRAVAIL:6767908U]].",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. M. [[PERSONNE:Karim Ben Youssef]], {{Marseille}}, veut changer de conseillère : « elle "
        "me parle mal ». Le conseiller note, transmet à l'agence de la {{Joliette}}. Rappel demandé "
        "au « [[TELEPHONE:zéro sept, soixante et un, quatre-vingt-dix-neuf, zéro quatre, trente]] ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à domicile, {{CPAM de Lille-Douai}}, agente [[PERSONNE:Sandrine Dewaele]]. "
        "Assuré : M. [[PERSONNE:Bruno Lefebvre]], [[ADRESSE:47 rue Carnot, 59150 Wattrelos]]. Il "
        "ouvre, béquilles. Identité vérifiée par la date de naissance, « "
        "[[DATE_NAISSANCE:19 octobre 1970]] », et on repart. {{3 min}} de visite, {{40 min}} de "
        "trajet.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Montpellier}}, {{La Paillade}}. M. [[PERSONNE:Ahmed Benali]], {{71 ans}}, "
        "chibani, {{680 €}} de retraite, demande une aide pour ses lunettes. Dossier d'aide "
        "facultative, RIB à joindre : il sort un RIB du {{Crédit Agricole}} tout froissé, "
        "[[IBAN:FR76 1780 6034 1608 0801 9042 562]]. Il insiste pour payer une partie lui-même.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Tourcoing}}, tél. Un gardien signale une dame âgée qui crie la nuit : Mme "
        "[[PERSONNE:Yvette Delcroix]], [[ADRESSE:3 rue de Bourgogne, appt 14, 59200 Tourcoing]]. Il "
        "laisse son numéro, [[TELEPHONE:03 20 94 61 18]]. L'agente transmet au {{CLIC}}. Je me "
        "demande s'il n'aurait pas fallu le {{15}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite avec l'équipe mobile du {{CCAS}} dans un squat de familles, {{Marseille}} {{15e}}. "
        "Recensement pour la scolarisation : {{11 enfants}}, dont {{4}} déjà inscrits. Aucun nom noté "
        "devant nous, l'AS les a sur sa fiche. Les mères demandent surtout de l'eau et des couches.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} du {{Bas-Rhin}}, {{Strasbourg}}. Agente qui parle alsacien, elle bascule avec une dame "
        "âgée. Je ne comprends rien mais la dame repart rassurée. Sujet : l'{{ALS}} de sa "
        "petite-fille étudiante. {{12 min}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de {{La Réunion}}, {{Saint-Paul}}. Mme [[PERSONNE:Nadège Grondin]], n° allocataire "
        "[[N_ALLOCATAIRE:7146246]], veut ajouter son bébé né le [[DATE_NAISSANCE:06/01]]. L'agent : "
        "il faut l'acte de naissance. Elle l'envoie via l'appli pendant l'appel. Efficace.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Paris 19e}}. M. [[PERSONNE:Wei Zhang]], {{38 ans}}, cuisinier, a perdu "
        "son poste dans un restau de {{Belleville}}. Identifiant [[ID_FRANCE_TRAVAIL:3492987T]]. Il "
        "parle peu français, sa fille ([[PERSONNE:Lucie]], {{15 ans}}) traduit. La conseillère "
        "propose des cours de {{FLE}}. La fille rate le collège pour être là.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, pic de {{10h}}. {{43 appels}} en attente sur le tableau lumineux. Le chef d'équipe "
        "passe entre les bureaux. Personne ne se lève pour un café avant {{11h15}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} du {{Finistère}}, {{Brest}}. Un marin-pêcheur, M. [[PERSONNE:Yannick Kerjean]], relève "
        "de l'{{ENIM}}, pas de la {{Cpam}}. L'agente le réoriente et lui imprime les coordonnées. Il "
        "râle : « ça fait 3 fois qu'on me balade ». Son n° de marin : [[IDENTIFIANT:MA-29-004718]].",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} de la {{Gironde}}, tél. Mme [[PERSONNE:Pauline Larrieu]] ne reçoit pas le code {{Ameli}} : "
        "il part sur son ancien numéro, [[TELEPHONE:06 77 30 14 82]]. Nouveau : "
        "[[TELEPHONE:07 49 26 58 13]]. Le conseiller ne peut pas modifier comme ça, un code va partir "
        "par courrier. Elle : « en {{2025}} on envoie des lettres ? »",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Mercy}}, {{Metz}}. Patiente âgée désorientée, amenée par les pompiers depuis "
        "l'{{EHPAD Les Charmilles}}. Feuille de liaison : Mme [[PERSONNE:Irène Schmitt]], née le "
        "[[DATE_NAISSANCE:07/01/1931]], IPP [[IDENTIFIANT:570093812]]. Personne de l'{{EHPAD}} avec elle. "
        "Elle me prend la main et m'appelle « [[PERSONNE:Raymond]] ».",
    ),
    (
        "urgences",
        AP,
        "Urgences pédiatriques, {{Nantes}}, {{18h}}. Poussettes partout. La télé passe {{Bluey}} en "
        "boucle. Une infirmière distribue des autocollants. Attente affichée {{3h}}. Les parents "
        "comparent les fièvres.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Montreuil}}. M. [[PERSONNE:Moussa Coulibaly]], {{37 ans}}, régularisé l'an dernier. "
        "L'éduc, [[PERSONNE:Farid]], l'aide pour la {{C2S}} : le NIR définitif est enfin arrivé, "
        "[[NIR:187079933586856]]. Lui : « {{3 ans}} pour {{15 chiffres}} ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Nord}}, nuit à {{-4°}}. Plan grand froid déclenché. L'écoutante enchaîne les "
        "appels aux structures pour ouvrir des places. Une salle paroissiale de {{Lomme}} ouvre "
        "{{20 lits}}. Applaudissements dans la salle (ils sont 4).",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Nice}}. M. [[PERSONNE:Mehdi Lahlou]], chauffeur VTC désactivé par "
        "{{Uber}}, demande l'{{ARE}}. La conseillère demande sa carte VTC, n° "
        "[[IDENTIFIANT:VTC-006-2021-04417]], et la plaque de la voiture louée : "
        "[[IMMATRICULATION:FN-602-AW]]. Pas salarié, donc pas d'ARE. Il s'en doutait un peu.",
    ),
    (
        "caf",
        CSP,
        "Contrôle annulé : la personne a appelé à {{8h}} pour décaler. Le contrôleur me montre son "
        "planning : {{4 visites}} par jour max, {{120 km}} aujourd'hui. Il ne mange jamais avant "
        "{{14h}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}}, {{Toulouse}}, {{Bagatelle}}. Contrôleuse : [[PERSONNE:Isabelle Cazeneuve]]. "
        "Mme [[PERSONNE:Nawel Rahmani]], jumeaux nés le [[DATE_NAISSANCE:12 juillet 2019]]. Vérif des "
        "revenus : ménages déclarés en {{CESU}}. Relevés posés sur la table, IBAN en haut : "
        "[[IBAN:FR76 1802 5489 9745 8780 5365 385]]. Tout est ok. Les jumeaux regardent "
        "{{Pat' Patrouille}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{CPAM du Loiret}} à {{Pithiviers}} avec [[PERSONNE:Patrick Vallet]]. Assurée : "
        "Mme [[PERSONNE:Sonia Petit]]. Absente. Le voisin de palier : « elle est chez sa sœur à "
        "{{Montargis}} ». [[PERSONNE:Patrick]] note, sans demander le nom du voisin.",
    ),
    (
        "urgences",
        AT,
        "Urgences de la {{Timone}}, {{Marseille}}. Un homme cherche son frère et épelle : « "
        "[[PERSONNE:Nabil B-O-U-A-Z-I-Z]] ». Personne à ce nom, l'agente propose l'{{Hôpital Nord}}. "
        "Il laisse son numéro au cas où : [[TELEPHONE:+33 6 12 58 49 30]].",
    ),
    (
        "chrs",
        CSP,
        "Visite sur l'aire d'accueil avec l'équipe du {{CHRS}} de {{Rennes}}, famille de voyageurs "
        "suivie. M. [[PERSONNE:Tony Winterstein]], [[ADRESSE:aire de Champ Jouault, emplacement 12]]. "
        "Caravane + camion [[IMMATRICULATION:CQ-518-DE]]. Objet : domiciliation et école pour le "
        "petit, [[PERSONNE:Kenzo]], {{6 ans}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Lens}}. Salle d'attente : {{7 chaises}}, {{12 personnes}}. Un écran fait "
        "défiler les offres : cariste, aide à domicile, cariste, cariste. Un monsieur, tout haut : « "
        "ils veulent que des caristes ici ». Rires.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Mme [[PERSONNE:Ophélie Marchal]], {{Nancy}}, a perdu son identifiant. Le conseiller la "
        "retrouve avec nom + date de naissance ([[DATE_NAISSANCE:22/12/1995]]) + code postal : "
        "[[ID_FRANCE_TRAVAIL:2355394 D]]. Il lui dit de le noter « quelque part de sûr ». Elle : « sur "
        "le frigo ? »",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} du {{Puy-de-Dôme}}, {{Clermont-Ferrand}}. Un homme veut récupérer les remboursements de "
        "sa mère décédée. Acte de décès + pièce d'identité : CNI de M. [[PERSONNE:Jérôme Vidal]], "
        "[[IDENTIFIANT:090763301234]]. Au-delà de {{5 000 €}} il faut un notaire. Il dit que l'argent "
        "il s'en fiche, c'est pour « fermer ».",
    ),
]

BATCH_5 = [
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Tours}}, quartier de l'{{Europe}}. Mme [[PERSONNE:Naïma Ouazzani]] demande une "
        "aide pour l'assurance habitation exigée par {{Tours Habitat}}. Attestation {{Caf}}, n° "
        "[[N_ALLOCATAIRE:1445790]]. Aide de {{150 €}} versée directement au bailleur, pas sur son "
        "compte. Elle voulait sur son compte. Discussion. L'agente tient bon.",
    ),
    (
        "ccas",
        AP,
        "Épicerie sociale du {{CCAS}}, {{Dijon}}. {{1 kg}} de pâtes = {{0,20 €}}. Chaque bénéficiaire "
        "a une carte avec un plafond par mois. Une bénévole pèse les légumes. Une dame demande s'il "
        "reste du lait infantile : non, livraison {{jeudi}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Blois}}, inscription au transport solidaire. M. [[PERSONNE:Jacques Pelletier]], "
        "né en [[DATE_NAISSANCE:1942]], a ses dialyses à l'hôpital de {{Vendôme}}. C'est sa "
        "petite-fille, [[PERSONNE:Inès Pelletier]], qui gère par mail : "
        "[[EMAIL:ines.pelletier@outlook.fr]]. Chauffeurs bénévoles, {{0,35 €/km}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Mâcon}}. M. [[PERSONNE:Gilles Marquet]], domicilié au {{CCAS}} depuis {{2022}}, "
        "vient chercher son courrier. Une lettre de la banque : nouveau RIB après changement "
        "d'agence, [[IBAN:FR76 1250 6225 0419 8277 4716 855]]. Il me le montre, fier : « j'ai encore un "
        "compte, moi ». L'agent lui rappelle de renouveler la domiciliation avant le {{15 mars}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}}, accueil tel. {{9h02}} et ça sonne déjà. Le lundi c'est les factures du week-end, "
        "dit l'agente. {{6 appels}} pour des bons alimentaires. Même rdv donné à tout le monde : "
        "mardi {{14h}}, {{salle 2}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Besançon}}, tel. L'AS de l'hôpital {{Minjoz}} prépare un retour à domicile : M. "
        "[[PERSONNE:René Cuenin]], né le [[DATE_NAISSANCE:01/05/1939]], "
        "[[ADRESSE:8 rue de Vesoul, 25000 Besançon]]. Il faut portage de repas + aide ménagère dès "
        "{{vendredi}}. Elle laisse son numéro : [[TELEPHONE:03 81 66 42 19]].",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} à {{Valentigney}}, aux {{Buis}}, chez Mme [[PERSONNE:Ayşe Demir]], {{74 ans}}, "
        "[[ADRESSE:2 rue des Buis, 25700 Valentigney]]. Aide au chauffage. Elle ne parle que turc, "
        "son petit-fils [[PERSONNE:Emre]] traduit en visio depuis {{Mulhouse}}. Facture {{Engie}}, "
        "contrat n° [[IDENTIFIANT:ENG-2301-558-74]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} d'{{Eure-et-Loir}}, permanence de {{Dreux}}. M. [[PERSONNE:Patrice Lhomme]], {{58 ans}}, "
        "fin de droits {{ARE}}, demande le {{RSA}}. L'agente vérifie l'identité avec le NIR : "
        "[[NIR:166022813417146]]. Formulaire rempli ensemble, {{35 min}}. Il a fait {{32 ans}} chez "
        "{{Philips}}, il le dit deux fois.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de l'{{Yonne}}, {{Auxerre}}. Jeune couple, [[PERSONNE:Anaïs]] et "
        "[[PERSONNE:Malik Haddad]], premier logement, demande d'{{APL}}. Pièces : bail de l'{{Office "
        "Auxerrois de l'Habitat}}, RIB du compte joint [[IBAN:FR76 1100 6660 4734 5015 1202 919]], "
        "mail [[EMAIL:anais.malik89@gmail.com]]. Il manque l'avis d'imposition de "
        "[[PERSONNE:Malik]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}}, {{Orléans}}. Coin enfants de l'accueil : {{2 coloriages}} et un ours qui a perdu un "
        "œil. Une petite fille dessine la dame de l'accueil. L'agente accroche le dessin derrière "
        "elle, avec les {{12}} autres.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} du {{Doubs}}, tel. Mme [[PERSONNE:Sandra Jeannin]] veut savoir si son nouveau RIB est "
        "pris en compte. L'agent lui fait confirmer l'IBAN complet : « "
        "[[IBAN:FR76 1005 7439 8027 9321 7288 092]] ». Oui, depuis le {{2}}. Elle demande pourquoi on "
        "lui a fait envoyer {{3 fois}}. Pas de réponse.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de la {{Guyane}}, appel de {{Saint-Laurent-du-Maroni}}. Mme [[PERSONNE:Mireille Tolinga]], "
        "n° alloc [[N_ALLOCATAIRE:2750559]], appelle d'un numéro surinamais, "
        "[[TELEPHONE:+597 812 4470]], son portable français ne capte pas au village. L'agent note le "
        "numéro dans les observations. Sujet : {{RSA}} suspendu, DTR pas reçue.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Vierzon}} avec [[PERSONNE:Sébastien Giraud]]. Mme "
        "[[PERSONNE:Angélique Perrin]], n° [[N_ALLOCATAIRE:3303400]], déclare vivre seule. Elle "
        "travaille à la {{Boulangerie Perrin}}, celle de son ex-beau-père, M. [[PERSONNE:Perrin]]. "
        "Voiture devant chez elle : {{Twingo}} [[IMMATRICULATION:BD-206-QF]], à son nom à elle. "
        "Conforme. D'après [[PERSONNE:Sébastien]], la boulangerie fait le meilleur flan de "
        "{{Vierzon}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} en campagne, {{46 km}} de petites routes dans le {{Berry}}. La contrôleuse "
        "vérifie surtout la résidence : est-ce que la personne vit vraiment là. Elle juge à la brosse "
        "à dents et au courrier sur la table. Je note : la brosse à dents comme outil d'État.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de la {{Côte-d'Or}}, {{Dijon}}. M. [[PERSONNE:Daniel Bourgeois]], {{64 ans}}, veut "
        "connaître ses droits en invalidité. Dossier ouvert avec son NIR : "
        "[[NIR:1 61 01 21 231 307 37]]. Il a aussi rdv à la {{Carsat}}. L'agent lui dessine un schéma "
        "sur un post-it : arrêt → invalidité → retraite. Meilleur outil de la journée.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Blois}}, {{12h15}}. Fermeture à {{12h30}}, il reste {{5 personnes}}. L'agente "
        "décide de prendre tout le monde. Elle part déjeuner à {{13h10}}. Personne ne le saura.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} d'{{Indre-et-Loire}}, appel entrant. Mme [[PERSONNE:Clara Desnoues]], {{23 ans}}, "
        "étudiante, n'a plus de droits ouverts. NIR : [[NIR:201063726122412]]. Elle a changé "
        "d'adresse en même temps qu'elle sortait du régime étudiant. Mail : "
        "[[EMAIL:clara.desnoues@etu.univ-tours.fr]]. Formulaire renvoyé, {{15 jours}}.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Une dame appelle pour dire merci. Juste merci, pour le remboursement de son "
        "fauteuil. Le conseiller ne sait pas quoi cocher dans le logiciel. Il coche « autre ».",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}}, appel entrant. M. [[PERSONNE:Kamel Saïdi]] conteste une facture d'ambulance, n° "
        "[[IDENTIFIANT:AMB-2024-11873]], des {{Ambulances Drouaises}}. Le conseiller : transport non "
        "prescrit, donc à sa charge. Lui : « j'étais inconscient, comment je la demande la "
        "prescription ? ». Silence. Réclamation ouverte.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{CPAM d'Eure-et-Loir}} à {{Lucé}}. Agent : [[PERSONNE:Laurent Brisset]]. Assuré : "
        "M. [[PERSONNE:Mathieu Oger]], [[ADRESSE:6 rue Maurice Viollette, 28110 Lucé]]. Présent, en "
        "train de repeindre sa cuisine 🎨. [[PERSONNE:Laurent]] note « présent », pas « activité non "
        "autorisée » : entorse au poignet gauche, il peint de la main droite.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} de {{Blois}}, admission. Mme [[PERSONNE:Kelly Dumont]], {{26 ans}}, née le "
        "[[DATE_NAISSANCE:9 septembre 1998]], avec sa fille [[PERSONNE:Lou]], {{18 mois}}. N° {{Caf}} : "
        "[[N_ALLOCATAIRE:3825241]]. Elle sort d'un hébergement chez une amie à {{Romorantin}}. "
        "L'éducatrice, [[PERSONNE:Gaëlle]], lui fait visiter : cuisine commune, laverie. Elle pleure "
        "dans la chambre. De soulagement, dit-elle.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}}, salle commune, {{17h}}. Atelier cuisine : un résident soudanais prépare du foul pour "
        "{{15}}. L'éducateur coupe les oignons. Ça sent bon dans tout le bâtiment.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} de {{Besançon}}, {{Battant}}. L'éduc, [[PERSONNE:Lucas]], aide M. "
        "[[PERSONNE:Dariusz Nowak]] à s'inscrire à {{France Travail}} sur l'ordi du bureau. Mail : "
        "[[EMAIL:dariusz.nowak1979@wp.pl]]. Identifiant reçu : [[ID_FRANCE_TRAVAIL:9757266L]]. "
        "[[PERSONNE:Lucas]] le recopie dans le dossier papier « pour la prochaine fois ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Nièvre}}, {{20h30}}. Un jeune, [[PERSONNE:Axel Morin]], né en "
        "[[DATE_NAISSANCE:2005]], mis dehors par son père. Il appelle avec le téléphone d'une "
        "passante, [[TELEPHONE:06 95 37 21 84]]. Pas de place en {{FJT}} ce soir, place d'urgence au "
        "{{CHRS}} de {{Nevers}}. Il doit y être avant {{22h}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} d'{{Eure-et-Loir}}. M. [[PERSONNE:Jean-Claude Marie]] rappelle pour sa demande {{SIAO}}, réf "
        "[[IDENTIFIANT:SI-28-24-0613]]. L'écoutante voit une proposition en {{pension de famille}} à "
        "{{Châteaudun}}. Il dit non, trop loin de sa fille. Elle note le refus, sans commentaire.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus, {{Joué-lès-Tours}}, {{La Rabière}}. Éducatrice : [[PERSONNE:Marine Collin]]. "
        "Couple [[PERSONNE:Mbemba]], 2 enfants, [[ADRESSE:15 rue de la Rabière, 37300 Joué-lès-Tours]]. "
        "Budget : l'{{APL}} va au {{CHRS}}, le reste sur leur compte. Mme [[PERSONNE:Mbemba]] montre le "
        "relevé, IBAN [[IBAN:FR76 1627 5047 0175 5436 6174 856]], découvert de {{86 €}}. Les enfants "
        "nous montrent leurs cahiers. {{40 min}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Chalon-sur-Saône}}. M. [[PERSONNE:Ludovic Chapuis]], ex-routier, a perdu "
        "son permis (points). Identifiant [[ID_FRANCE_TRAVAIL:2583375N]]. Il est venu en voiture quand "
        "même 🙄 : {{Peugeot}} [[IMMATRICULATION:EB-129-RN]] garée devant. Le conseiller fait semblant "
        "de ne pas avoir vu. Projet : magasinier.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Bourges}}. Info collective « Créer son entreprise ». {{9 personnes}}, "
        "dont {{2}} là « parce que convoqués ». Diaporama de {{47 slides}}, la conseillère en saute la "
        "moitié. Personne ne s'en rend compte.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Chartres}}. Mme [[PERSONNE:Sarah Cohen]], cadre en reconversion, veut un "
        "bilan de compétences. Elle donne son mail pro, qu'elle va perdre : "
        "[[EMAIL:s.cohen@novelis-conseil.fr]], puis se reprend avec le perso : "
        "[[EMAIL:sarahcohen.28@yahoo.fr]]. Portable [[TELEPHONE:06.24.71.90.03]]. L'{{APEC}} serait "
        "plus adaptée, dit le conseiller. Elle le savait.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, appel de {{Dijon}}. M. [[PERSONNE:Abdoulaye Ndiaye]] : premier versement {{ARE}} pas "
        "arrivé. Identifiant [[ID_FRANCE_TRAVAIL:9346292 X]]. La conseillère voit un IBAN belge, "
        "banque en ligne : [[IBAN:BE43 5399 2229 2501]]. Accepté (zone SEPA), mais {{3 jours}} de "
        "délai. Il respire.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Appel en espagnol. Le conseiller se débrouille, son voisin de bureau lui souffle des "
        "mots. Travail d'équipe. {{11 min}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences d'{{Auxerre}}, {{17h}}. Un agriculteur, M. [[PERSONNE:Marcel Gaudry]], main coincée "
        "dans une machine. Venu SEUL en tracteur !! Tracteur garé devant les ambulances, plaque "
        "[[IMMATRICULATION:AC-557-PL]]. L'agent d'accueil appelle sa femme : "
        "[[TELEPHONE:03 86 53 27 90]]. Elle arrive en voiture pour ramener le tracteur 🚜",
    ),
    (
        "urgences",
        AP,
        "Urgences {{HNFC}}, {{Trévenans}}, {{23h}}. La salle d'attente a des prises USB, tout le monde "
        "recharge. Une dame prête son chargeur à un inconnu. Calme étrange.",
    ),
    (
        "urgences",
        AT,
        "Urgences du {{CHU de Besançon}}, standard. Un {{EHPAD}} de {{Pontarlier}} annonce un transfert : "
        "Mme [[PERSONNE:Jeanne Vuillemot]], née le [[DATE_NAISSANCE:2/3/1929]], IPP "
        "[[IDENTIFIANT:25-0041-8831]]. Famille prévenue ? Oui, son fils, M. "
        "[[PERSONNE:Vuillemot]], [[TELEPHONE:03 81 39 04 62]].",
    ),
    (
        "urgences",
        AT,
        "Urgences, tel. Le régulateur du {{15}} annonce un polytraumatisé. L'IOA se lève, appelle le "
        "déchoc. Tout le monde bouge en silence. {{6 min}} après, le {{SMUR}} est là.",
    ),
]

BATCH_6 = [
    (
        "caf",
        AP,
        "{{Caf}} du {{Doubs}}, {{Besançon}}. Mme [[PERSONNE:Laura Vermot]], {{34 ans}}, séparée, veut que "
        "les allocs passent à son nom. L'ancien dossier est au nom du père, M. "
        "[[PERSONNE:Cédric Tournier]], n° [[N_ALLOCATAIRE:7320887]]. Nouveau dossier créé avec son "
        "NIR à elle : [[NIR:2 90 02 25 056 053 01]]. Délai annoncé : {{2 mois}}. « Et je mange comment "
        "pendant 2 mois ? »",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de la {{Seine-Saint-Denis}}, {{Bobigny}}. Famille haïtienne, M. "
        "[[PERSONNE:Jean-Robert Pierre-Louis]]. Le titre de séjour de sa femme a expiré, récépissé de "
        "renouvellement n° [[IDENTIFIANT:9301187745]]. L'agente vérifie que le récépissé maintient les "
        "droits : oui. Il demande qu'on écrive son nom avec les deux tirets. Elle le fait.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Bourges}}. Affiche sur la vitre : « accueil fermé le {{jeudi 14}} pour formation ». "
        "Un monsieur la prend en photo. L'agente me dit que la moitié viendra quand même.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de la {{Nièvre}}, {{Nevers}}. Une grand-mère, Mme [[PERSONNE:Micheline Boutet]], vient "
        "pour son petit-fils qu'elle élève : [[PERSONNE:Tristan]], né le "
        "[[DATE_NAISSANCE:18/10/2013]]. Demande d'{{AF}} + {{ASF}}. Le jugement de délégation "
        "d'autorité parentale est dans son cabas. Mail : [[EMAIL:micheline.boutet58@laposte.net]]. "
        "L'agente prend son temps, {{40 min}}. J'ai envie d'applaudir.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} des {{Pyrénées-Atlantiques}}, {{Bayonne}}. M. [[PERSONNE:Iñaki Etxeberria]] bosse à "
        "{{Irun}}, vit à {{Hendaye}}, veut ses allocs sur son compte espagnol : "
        "[[IBAN:ES45 2100 9004 0241 0321 6240]]. L'agente pense que c'est possible (SEPA) mais doit "
        "demander à sa cheffe. {{10 min}} pour un oui.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de {{Saône-et-Loire}}, tel. M. [[PERSONNE:Thierry Bonnot]], alloc "
        "[[N_ALLOCATAIRE:3251983]], signale le décès de sa femme. L'agent baisse la voix. Il explique "
        "les démarches une par une, l'{{ASF}} pour les enfants, l'acte de décès à envoyer. "
        "{{22 min}}. Après, l'agent se lève et va prendre l'air.",
    ),
    (
        "caf",
        AT,
        "{{Caf}}, téléconseil. Un appel sur cinq finit en « rdv téléphonique à programmer ». L'agent les "
        "cale dans un agenda partagé : premier créneau dans {{12 jours}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}}, tel. Mme [[PERSONNE:Linda Mahieu]] veut ses courriers par mail et plus par la poste. "
        "Elle épelle : « [[EMAIL:l.mahieu at yahoo point fr]] ». L'agent : ça se fait dans l'espace "
        "perso. Elle : « j'ai pas d'ordi, juste le tel ». Il lui envoie le lien par SMS au "
        "[[TELEPHONE:06 08 41 72 39]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Quetigny}}. Contrôleur : [[PERSONNE:Hervé Masson]]. M. "
        "[[PERSONNE:Ali Yılmaz]], n° alloc [[N_ALLOCATAIRE:1852471]], "
        "[[ADRESSE:21 avenue du Château, 21800 Quetigny]], VTC à temps partiel. Voiture en bas : "
        "[[IMMATRICULATION:FK-390-YT]]. Il montre ses relevés {{Uber}} et {{Bolt}}. "
        "[[PERSONNE:Hervé]] additionne sur une calculette de poche : écart de {{140 €}} sur un "
        "trimestre. Conclusion : erreur de bonne foi.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Sainte-Anne}} ({{Guadeloupe}}). Contrôleuse : Mme [[PERSONNE:Loyson]]. "
        "Allocataire : M. [[PERSONNE:Steeve Calixte]], {{28 ans}}, "
        "[[ADRESSE:lotissement Les Hibiscus, lot 14, 97180 Sainte-Anne]]. Étudiant + petits boulots. "
        "NIR vérifié : [[NIR:196099712094758]]. Maison partagée avec sa mère : deux portes, deux "
        "compteurs. Elle note « foyers distincts ». {{45 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} du {{Doubs}}, {{Montbéliard}}. Un jeune intérimaire, [[PERSONNE:Théo Jacquot]], "
        "accident du travail chez un sous-traitant de {{Stellantis}}, pas de feuille d'accident. "
        "L'agent cherche avec son NIR : [[NIR:1 03 11 25 388 382 86]]. La déclaration de l'employeur "
        "n'est pas arrivée. Il faut appeler l'agence d'intérim ({{Manpower}}). Main bandée, il tape "
        "quand même sur son tel.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}}, {{Tours}}. Mme [[PERSONNE:Aurore Lemoine]] veut résilier sa {{C2S}} : elle a une "
        "mutuelle d'entreprise, {{Malakoff Humanis}}, n° [[IDENTIFIANT:MH-37-00918475]]. L'agente lui "
        "dit qu'elle peut garder la C2S jusqu'à l'échéance. Elle résilie quand même, « pour être en "
        "règle ». Confirmation sur [[EMAIL:aurore.lemoine.37@gmail.com]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}}, agence de {{Vierzon}}, ouverte {{2 matinées}} par semaine. Ce matin : "
        "{{31 personnes}}, un seul agent. Il ne lève pas la tête, il enchaîne. Je lui demande comment "
        "il tient : « le café, et la retraite dans {{3 ans}} ».",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}}, appel entrant. M. [[PERSONNE:Roger Duthu]], {{72 ans}}, pour une prothèse auditive. Il "
        "entend mal, le conseiller parle très fort. Numéro de sécu : « [[NIR:un, cinquante-deux, zéro "
        "trois, soixante et onze, zéro soixante-seize, zéro quatre-vingt-dix, cinquante]] ». Le "
        "conseiller répète. Rappel prévu sur le fixe, [[TELEPHONE:03 85 48 12 67]].",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}}, {{3646}}. Mme [[PERSONNE:Yasmina Belhadj]] : ses remboursements arrivent sur le compte "
        "de son ex. Elle dicte son IBAN à elle : [[IBAN:FR76 3006 6004 4667 3299 6823 413]]. Le "
        "conseiller ne peut pas le changer par téléphone (sécurité) : {{Ameli}} ou RIB par courrier. "
        "Elle explose : « c'est LUI qui touche MES remboursements !! ». Il reste calme.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{CPAM}}. L'agent me montre sa sacoche : carnet d'avis de passage, tampon, plan papier "
        "de l'agglo. « Le GPS m'a déjà envoyé dans un champ. » {{3 contrôles}} ce matin, "
        "{{2 absents}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Chartres}}, service logement. Mme [[PERSONNE:Fanny Roussel]], née le "
        "[[DATE_NAISSANCE:12/12/1985]], demande un relogement d'urgence : dégât des eaux, "
        "[[ADRESSE:9 rue de la Clouterie, 28000 Chartres]] inhabitable. Le propriétaire ne répond "
        "pas. L'agente appelle le service hygiène de la ville. Numéro de Mme [[PERSONNE:Roussel]] "
        "pour le rappel : [[TELEPHONE:07 83 20 66 51]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Nantes}}, {{Bellevue}}. M. [[PERSONNE:Gwenaël Guillou]] demande une aide pour le "
        "permis (projet emploi). Coordonnées ? Il donne son Insta au lieu du tel 😅 : "
        "[[IDENTIFIANT:@gwen_guillou44]]. L'agente rit et redemande le numéro.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Saint-Amand-Montrond}}. Mme [[PERSONNE:Nathalie Auclert]] demande une aide pour la "
        "classe de neige de ses {{3 enfants}}. N° allocataire [[N_ALLOCATAIRE:9896555]], QF {{390}}. RIB : "
        "[[IBAN:FR76 1333 5809 2526 6634 7133 623]]. Accord en commission : {{60 € par enfant}}. "
        "Elle, c'était surtout pour les combinaisons de ski.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Nevers}}, permanence de l'écrivain public, {{10h-12h}}. File de {{6}}. Lettres au "
        "bailleur, à la banque, au juge. Il écrit à la main, l'agent tape. Un monsieur : « vous "
        "écrivez mieux que moi ce que je pense ».",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Chalon-sur-Saône}}, tel. L'{{UDAF}} appelle pour un majeur protégé, M. "
        "[[PERSONNE:Roland Berthier]], logement infesté de punaises de lit. Mesure RG "
        "[[IDENTIFIANT:22/00417]]. Adresse : [[ADRESSE:33 rue des Aubépins, 71100 Chalon-sur-Saône]]. "
        "Désinsectisation financée par le {{CCAS}} ? Dossier à monter.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} d'{{Auxerre}}, accueil tel. Un élu appelle pour demander un rdv « pour une "
        "administrée ». L'agente lui donne le même créneau qu'à tout le monde. Il insiste. Elle "
        "aussi. Je l'admire.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Châteauroux}}, tel. Une dame inscrit sa mère au repas des aînés du {{dimanche 8}} : "
        "Mme [[PERSONNE:Simone Aubrun]], née en [[DATE_NAISSANCE:1938]], + une accompagnatrice. Tel : "
        "[[TELEPHONE:02 54 22 71 38]]. L'agente : « il reste {{12 places}}, vous avez de la chance ».",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} à {{Orléans}}, quartier de l'{{Argonne}}, pour une aide au déménagement. M. et Mme "
        "[[PERSONNE:Benhamou]], [[ADRESSE:27 rue du Faubourg Bourgogne, 45000 Orléans]]. {{4e}} sans "
        "ascenseur, Monsieur en fauteuil depuis son AVC. Mutation demandée aux {{Résidences de "
        "l'Orléanais}} il y a {{18 mois}}. L'AS, [[PERSONNE:Clémence]], photographie l'escalier.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} de {{Saint-Denis}} ({{La Réunion}}), case en tôle dans les hauts. Mme "
        "[[PERSONNE:Marie-Thérèse Payet]], {{79 ans}}, vit seule avec ses poules. Aide au "
        "raccordement électrique : devis {{EDF}} réf [[IDENTIFIANT:RUN-DEV-2024-3317]]. Elle nous "
        "offre des letchis. Refus impossible.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile du {{CCAS}}, {{Belfort}}. La dame n'est pas là au rdv. La voisine : elle est à "
        "la messe. On repassera. {{20 min}} de route pour rien. L'agente : « ça arrive une fois sur "
        "quatre ».",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} de {{Dreux}}. M. [[PERSONNE:Anthony Lecoq]] a signé un CDI chez un transporteur de "
        "{{Vernouillet}}, il veut quitter le {{CHRS}}. Son identifiant FT est encore actif, "
        "[[ID_FRANCE_TRAVAIL:9504418K]] : l'éduc l'aide à déclarer la reprise. Il s'est acheté une "
        "vieille {{Clio}}, [[IMMATRICULATION:7412 VK 28]], « elle a plus de km que moi d'années ».",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Lyon}} {{8e}}. Famille géorgienne : [[PERSONNE:Nino Beridze]] et ses deux fils. "
        "Déboutée, recours {{CNDA}} en cours, n° [[IDENTIFIANT:24018877]]. Le petit, "
        "[[PERSONNE:Luka]], né le [[DATE_NAISSANCE:5 avril 2017]], fait ses devoirs dans le couloir. "
        "L'éducatrice l'aide en maths. « Ici on fait tout. »",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}}, distribution des jetons de laverie : {{2 jetons}} par résident et par semaine. Un "
        "monsieur échange les siens contre des cigarettes. L'éducateur fait semblant de ne pas voir. "
        "« Faut choisir ses combats. »",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Côte-d'Or}}. Une infirmière de la {{PASS}} appelle pour une patiente à la rue, "
        "Mme [[PERSONNE:Ramona Stoica]], {{44 ans}}. Elle épelle : « [[PERSONNE:S-T-O-I-C-A]] ». Place "
        "en halte de nuit trouvée. L'infirmière laisse sa ligne directe : "
        "[[TELEPHONE:03 80 29 55 61]].",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{3h}} du matin. Silence. L'écoutant lit un roman. Il dit que les nuits calmes sont les "
        "pires, « on se demande où ils sont ». Un appel à {{3h40}} : quelqu'un qui chante, ivre. Il "
        "l'écoute jusqu'au bout.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus à {{Vierzon}} avec [[PERSONNE:Élodie Ferrand]] ({{CHRS}}). Appart de M. "
        "[[PERSONNE:Kouassi N'Guessan]], [[ADRESSE:4 rue Voltaire, 18100 Vierzon]]. Il prépare son "
        "départ en logement autonome chez {{Val de Berry}}. Adresse mail créée pour le bailleur : "
        "[[EMAIL:kouassi.nguessan@gmail.com]]. Il a repeint la cuisine avant de partir, « pour le "
        "suivant ».",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus, {{Belfort}}, quartier des {{Résidences}}. Mme [[PERSONNE:Jessica Faivre]], "
        "{{36 ans}}, dans l'appart du {{CHRS}} depuis {{6 mois}}. L'éducateur l'aide à créer son compte "
        "{{Ameli}} sur son tel, NIR tapé chiffre par chiffre : [[NIR:2 88 12 90 010 360 62]]. Code "
        "reçu par SMS. Victoire 🎉",
    ),
]

BATCH_7 = [
    (
        "caf",
        AT,
        "{{Caf}} du {{Loiret}}, tel. Mme [[PERSONNE:Cassandra Leroux]] déclare une naissance : jumelles "
        "nées le [[DATE_NAISSANCE:19 janvier]] à la maternité du {{CHU d'Orléans}}. N° alloc "
        "[[N_ALLOCATAIRE:8913031]]. Prénoms : [[PERSONNE:Jade]] et [[PERSONNE:Rose]]. L'agent la "
        "félicite, pour de vrai. Elle rit : « vous êtes le premier à pas me dire bon courage ».",
    ),
    (
        "caf",
        AT,
        "{{Caf}}, fin de journée, {{16h55}}. Dernier appel : une dame veut juste savoir si la {{Caf}} est "
        "ouverte le samedi. Non. {{8 secondes}}. L'agent : « le plus court de ma carrière ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Romorantin-Lanthenay}}, encore avec [[PERSONNE:Benoît Marchand]]. M. "
        "[[PERSONNE:Farouk Lazrak]], [[ADRESSE:11 rue du Bourgeau, 41200 Romorantin-Lanthenay]], "
        "{{RSA}}, déclare chercher un emploi. [[PERSONNE:Benoît]] vérifie l'inscription France "
        "Travail : identifiant [[ID_FRANCE_TRAVAIL:7817310S]], ok. Un scooter dans la cour, "
        "[[IMMATRICULATION:GK-081-WB]], « c'est pour aller aux entretiens ». {{30 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de l'{{Yonne}}, {{Auxerre}}. M. [[PERSONNE:Nicolas Gauthé]], {{30 ans}}, congé "
        "paternité. L'agente vérifie son NIR, [[NIR:194048902429442]], et l'acte de naissance du "
        "bébé. Date de début du congé ? Il ne sait pas. Elle lui explique les {{28 jours}}. Il envoie "
        "un SMS à sa compagne en direct.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Une maman appelle pour une consultation pédiatrique payée {{60 €}}. Enfant : "
        "[[PERSONNE:Noah Ferreira]], né le [[DATE_NAISSANCE:3/9/2021]]. Facture du pédiatre n° "
        "[[IDENTIFIANT:FP-2025-00312]]. Dépassement d'honoraires : {{26,50 €}} remboursés, le reste "
        "pour la mutuelle. Elle : « donc c'est normal ? ». Oui.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} de la {{Martinique}}, tel. M. [[PERSONNE:Fabrice Zami]] appelle du {{Lamentin}} : carte "
        "vitale jamais reçue. Adresse vérifiée, le facteur n'a pas trouvé la boîte. Autre numéro "
        "donné : [[TELEPHONE:0696 28 14 73]]. Nouvelle carte envoyée à l'agence, à retirer. Lui : « "
        "enfin une bonne idée ».",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, nouvelle recrue en double écoute. Elle prend des notes dans un cahier à spirale. "
        "Sa tutrice : « le plus dur c'est de raccrocher ». Je ne sais pas si c'est une blague.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Montbéliard}}. Mme [[PERSONNE:Houria Belkhir]] demande une aide pour une facture "
        "de cantine impayée. N° {{Caf}} : [[N_ALLOCATAIRE:4718263]]. Contact : "
        "[[TELEPHONE:06 63 18 40 95]]. L'agente propose aussi un rdv avec la CESF. Elle dit oui, puis "
        "non, puis oui.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Limoges}}, {{Beaubreuil}}. M. [[PERSONNE:Jean-Pierre Brousse]], aide à domicile, "
        "demande une aide pour réparer sa voiture : {{Clio}} [[IMMATRICULATION:EM-604-LC]], devis "
        "{{890 €}}. L'agente explique que la mobilité c'est plutôt le {{Département}}. Il repart avec "
        "un numéro et l'air perdu.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Blois}}, tel. Un fils appelle de {{Montréal}} pour sa mère, Mme "
        "[[PERSONNE:Ginette Boisseau]], {{88 ans}}, seule à {{Blois}}. Il voudrait qu'on passe la "
        "voir. L'agente prend son mail, [[EMAIL:m.boisseau@videotron.ca]], et son numéro canadien, "
        "[[TELEPHONE:+1 514 555 0187]]. Visite de courtoisie prévue {{mardi}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}}, tel. Pendant {{1 heure}}, que des appels sur la galette des rois offerte aux aînés "
        "(inscriptions closes). L'agente finit par enregistrer un message d'accueil spécial. Ambiance de "
        "janvier.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Clocheville}} ({{CHU de Tours}}, pédiatrie). Une maman avec [[PERSONNE:Liam]], "
        "{{4 ans}}, qui a avalé une pile bouton. L'IAO ne perd pas une seconde. Dossier créé après : "
        "né le [[DATE_NAISSANCE:11 décembre 2020]], IPP [[IDENTIFIANT:370219084]]. La maman tremble. "
        "Le père arrive et se gare sur la place des pompiers, [[IMMATRICULATION:GB-478-TK]] ; "
        "personne ne dit rien ce coup-ci.",
    ),
    (
        "urgences",
        AP,
        "{{CHM}}, urgences de {{Mamoudzou}}. Foule. Une jeune femme, [[PERSONNE:Zalia Attoumani]], "
        "enceinte, contractions. Pas de couverture sociale, arrivée d'{{Anjouan}}. L'agente prend le "
        "numéro de la tante : [[TELEPHONE:0639 21 84 07]]. Orientée direct à la maternité.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Dijon}}, {{10h}}. Un pigeon est entré dans la salle d'attente. {{3 agents}}, 1 "
        "balai, {{10 min}}. Les patients applaudissent quand il ressort. Meilleur moment de la "
        "matinée.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Chartres}}, hôpital {{Louis Pasteur}} au {{Coudray}}. Un détenu amené menotté "
        "par 2 surveillants. Numéro d'écrou lu à voix haute : [[IDENTIFIANT:28417]]. Nom : "
        "[[PERSONNE:Mickaël Pottier]]. Box à part. L'agente d'accueil le vouvoie, comme tout le "
        "monde.",
    ),
    (
        "urgences",
        AT,
        "Urgences de {{Bourges}}, standard. Une dame appelle de {{Sancerre}} : sa voisine, Mme "
        "[[PERSONNE:Lucienne Gadois]], ne répond plus. Faut-il appeler le {{15}} ? L'agente : oui, "
        "tout de suite, raccrochez et faites le {{15}}. Elle raccroche. On ne saura pas la suite.",
    ),
    (
        "urgences",
        AT,
        "Urgences, secrétariat, {{14h}}. Le fax (!!) sonne : compte-rendu de labo pour M. "
        "[[PERSONNE:Gomez]], {{box 3}}. L'agente me regarde : « oui, on a encore un fax ». {{2025}}.",
    ),
    (
        "urgences",
        AT,
        "Urgences de {{Mâcon}}, tel. Un fils cherche son père, M. [[PERSONNE:Aimé Lagrange]], parti en "
        "ambulance de l'{{EHPAD}}. Il laisse son numéro : « [[TELEPHONE:06 49 82 11 70]]… non pardon, "
        "[[TELEPHONE:06 49 82 11 71]] ». L'agente raye et réécrit.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} d'{{Orléans}}, {{La Source}}. M. [[PERSONNE:Tesfaye Gebremedhin]], érythréen, "
        "réfugié depuis {{3 mois}}. Titre de séjour : AGDREF [[IDENTIFIANT:4503918276]]. "
        "L'éducatrice, [[PERSONNE:Aurélie]], l'aide à ouvrir un compte à la {{Banque Postale}} : "
        "l'attestation d'hébergement du {{CHRS}} suffit comme justificatif. Il signe son nom en "
        "alphabet latin, lentement.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} de {{Nevers}}. Mme [[PERSONNE:Sandrine Lhuillier]], {{52 ans}}, résidente depuis "
        "{{1 an}}. Point « projet de sortie » avec l'éduc, [[PERSONNE:Yacine]]. Proposition de "
        "{{Nièvre Habitat}} au {{Banlay}}. {{APL}} à ouvrir, n° alloc [[N_ALLOCATAIRE:6104472]]. Elle "
        "demande si elle peut emmener le chat du {{CHRS}}, {{Moustache}}. [[PERSONNE:Yacine]] : « on "
        "verra avec le chef ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} de l'{{Yonne}}. Un homme dort dans sa voiture depuis une semaine sur l'aire de "
        "{{Venoy}} ({{A6}}) : [[PERSONNE:Pascal Thévenin]]. Il donne l'immat pour que la maraude le "
        "trouve : [[IMMATRICULATION:BQ-942-NS]], {{Berlingo}} blanc. Passage prévu vers {{22h}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, relève de {{7h}}. L'écoutant de nuit passe ses notes à celle de jour : « 3 familles à "
        "rappeler, 1 monsieur agressif, la machine à café est réparée ». Ils rient.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de l'{{Hérault}}. L'AS d'un lycée signale une élève de {{17 ans}} à la rue, "
        "[[PERSONNE:Maëva Roche]], née le [[DATE_NAISSANCE:21/06/2007]]. Mineure : c'est l'{{ASE}}, pas "
        "le {{115}}. L'écoutant transmet à la {{CRIP}} et rappelle l'AS au [[TELEPHONE:04 67 58 30 12]].",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus, {{Chartres}}, {{Beaulieu}}. Appart de M. [[PERSONNE:Ousmane Kanté]], "
        "{{31 ans}}, en formation cariste, identifiant FT [[ID_FRANCE_TRAVAIL:6860824T]]. Sa "
        "rémunération de stagiaire tombe sur [[IBAN:FR76 1090 7592 0213 1607 1046 420]], il nous "
        "montre le premier virement. L'éducateur, [[PERSONNE:Julien]], vérifie le bail glissant.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Châteauroux}}. Mme [[PERSONNE:Bérénice Aubert]], née le "
        "[[DATE_NAISSANCE:14 février 1977]], licenciée de {{Balsan}}. Identifiant "
        "[[ID_FRANCE_TRAVAIL:1528406H]]. Elle vise secrétaire médicale. La conseillère : « il y a une "
        "session à {{Issoudun}} en {{septembre}} ». Elle note sur sa main.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Audincourt}}. M. [[PERSONNE:Samir Benaïssa]] déclare une création "
        "d'entreprise : {{Benaïssa Plomberie Services}}. Identifiant "
        "[[ID_FRANCE_TRAVAIL:4093751R]], mail [[EMAIL:samir.benaissa.pro@gmail.com]]. SIRET déjà "
        "obtenu : [[IDENTIFIANT:81463505813214]]. La conseillère lui parle de l'{{ACRE}} et du "
        "maintien de l'{{ARE}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Dijon}}, salle informatique. Une conseillère montre à {{5 personnes}} comment "
        "faire une lettre de motivation avec l'IA. Un monsieur de {{60 ans}} : « donc c'est "
        "l'ordinateur qui ment à ma place ? ». Débat.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Joué-lès-Tours}}. [[PERSONNE:Manel Bouzidi]], {{21 ans}}, en {{CEJ}}. "
        "Identifiant [[ID_FRANCE_TRAVAIL:3376120P]]. Le conseiller, [[PERSONNE:Quentin]], l'appelle « "
        "ma grande », elle lève les yeux au ciel. Elle veut être ambulancière. Numéro mis à jour : "
        "[[TELEPHONE:07 68 91 25 04]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Pau}}. M. [[PERSONNE:Jon Arrieta]], saisonnier à {{Gourette}}. Identifiant "
        "[[ID_FRANCE_TRAVAIL:6619043W]]. L'hiver il vit dans son van, [[IMMATRICULATION:FZ-733-GA]]. "
        "Adresse ? Domicilié chez sa mère à {{Oloron}}.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, appel de {{Cosne-Cours-sur-Loire}}. Mme [[PERSONNE:Aurélie Chapelain]], identifiant « "
        "[[ID_FRANCE_TRAVAIL:8045519M]] », n'a pas reçu sa convocation : partie sur un ancien mail, "
        "[[EMAIL:aurelie.chap@wanadoo.fr]]. Mise à jour. Rdv {{jeudi 9h30}}.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Je compte : sur {{20 appels}}, {{14}} sur l'actualisation. Le conseiller dit qu'en fin "
        "de mois c'est toujours ça. Il a une voix de radio.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, dernier appel observé. M. [[PERSONNE:Kévin Schaller]], {{Belfort}}, né le "
        "[[DATE_NAISSANCE:30 novembre 1990]], veut une attestation pour la {{Caf}}. Identifiant "
        "[[ID_FRANCE_TRAVAIL:5267084B]]. Déposée dans son espace perso en direct. « Ah bah c'était "
        "facile. » Le conseiller sourit. Fin de la demi-journée.",
    ),
]

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

# --- parsing, split, writing -----------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return its text, its entities and its keep list."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for match in MARK_RE.finditer(marked):
        plain = marked[pos : match.start()]
        parts.append(plain)
        length += len(plain)
        label = match.group(1)
        value = match.group(2) if label else match.group(3)
        if not value or value != value.strip():
            raise ValueError(f"bad marked value {value!r} in {marked[:60]!r}")
        if label is None:
            if value not in keep:
                keep.append(value)
        elif label in LABELS:
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {marked[:60]!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in (AP, AT, CSP):
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
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
    """Return the sets of dev ids and holdout ids (depends on ids and cells only)."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def summary(notes, dev, holdout):
    """Print the counts used in the README (all / dev / holdout)."""
    parts = {"all": notes}
    parts["dev"] = [n for n in notes if n["id"] in dev]
    parts["holdout"] = [n for n in notes if n["id"] in holdout]
    cells = sorted({(n["site_kind"], n["channel"]) for n in notes})
    for site_kind, channel in cells:
        row = [
            sum(n["site_kind"] == site_kind and n["channel"] == channel for n in part)
            for part in parts.values()
        ]
        print(f"{site_kind}/{channel}: " + " / ".join(map(str, row)))
    counters = {
        name: Counter(e["label"] for n in part for e in n["entities"])
        for name, part in parts.items()
    }
    for label in LABELS:
        print(f"{label}: " + " / ".join(str(counters[name][label]) for name in parts))
    print(
        "keep entries: " + " / ".join(str(sum(len(n["keep"]) for n in p)) for p in parts.values())
    )
    print(
        "no entity: " + " / ".join(str(sum(not n["entities"] for n in p)) for p in parts.values())
    )


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    summary(notes, dev, holdout)


if __name__ == "__main__":
    main()
