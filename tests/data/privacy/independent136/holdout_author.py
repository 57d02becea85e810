"""Independent evaluation corpus n° 136: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask and ``{{value}}`` a string to keep. ``build`` strips the
marks, computes the offsets (Python string indices, end exclusive), numbers the notes
``ind136-001`` … ``ind136-240`` in writing order, splits them and writes ``dev.jsonl`` and
``holdout.jsonl``. Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind136"
SEED = 136

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

NOTES = []

# --- urgences, accueil physique ---
NOTES += [
    (
        "urgences",
        AP,
        "IAO {{14h10}}. Dame tres agee amenee par les pompiers de {{Roubaix}}, ne sait plus sa date de naissance. L'infirmiere [[PERSONNE:Sabrina]] lit la carte vitale : « [[PERSONNE:Lucienne Vandewalle]], née le [[DATE_NAISSANCE:2 mars 1938]] ». La dame corrige : « non c'est le [[DATE_NAISSANCE:3]] ! » Tout le monde rit. Attente {{2h40}}.",
    ),
    (
        "urgences",
        AP,
        "Fils au guichet repond pour son pere, M. [[PERSONNE:Delcourt]] : 'il est de [[DATE_NAISSANCE:44]]... [[DATE_NAISSANCE:janvier 44]] je crois'. L'agent tape le NIR lu sur l'attestation : [[NIR:1 44 01 62 041 516 16]]. Né à {{Arras}}, {{80 ans}}, tombé dans sa cuisine.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente pleine a {{9h}}, {{23}} personnes, un seul ecran qui affiche « temps d'attente estimé : {{4h}} ». Personne ne regarde l'ecran.",
    ),
    (
        "urgences",
        AP,
        "Lu sur le bracelet d'un monsieur sur brancard dans le couloir : [[PERSONNE:KERBORIOU Yves]] - [[DATE_NAISSANCE:08/08/1939]] - IPP [[IDENTIFIANT:560048213]]. Il demande l'heure toutes les {{5 min}}. Sa fille arrive de {{Lorient}} vers {{11h}}.",
    ),
    (
        "urgences",
        AP,
        "La voisine (Mme [[PERSONNE:Guivarc'h]]) accompagne Mme [[PERSONNE:Le Bihan]] : « elle est née en [[DATE_NAISSANCE:trente-deux]], au mois de [[DATE_NAISSANCE:mai]] je sais parce qu'on fete ensemble ». Agent : et le jour ? Voisine : « le [[DATE_NAISSANCE:17]] ou le [[DATE_NAISSANCE:18]] ». Au final sur la carte vitale : [[DATE_NAISSANCE:18/05/1932]]. CHU {{Pontchaillou}}, {{Rennes}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU Amiens-Picardie}}. Agent admissions [[PERSONNE:Kévin]] : « date de naissance ? » Patiente : « [[DATE_NAISSANCE:le quatorze juillet cinquante et un]] ». [[PERSONNE:Kevin]] : « comme le {{14 juillet}} quoi ». Oui, carte vitale : [[DATE_NAISSANCE:14/07/1951]], NIR [[NIR:2 51 07 80 021 013 45]], née à {{Amiens}}.",
    ),
    (
        "urgences",
        AP,
        "pas de papiers, jeune homme, dit avoir {{19 ans}}. Agent note « né vers [[DATE_NAISSANCE:2005]] ». Il s'appelle [[PERSONNE:Mamadou]], pas de nom de famille donne. Interprete par telephone ({{ISM}}).",
    ),
    (
        "urgences",
        AP,
        "{{12h30}} relève. L'IDE d'accueil m'explique le tri : rouge, jaune, vert. Sur le tableau blanc on n'ecrit que les numeros de box, jamais les noms. {{Box 4}} : platre, {{box 7}} : douleur thoracique.",
    ),
    (
        "urgences",
        AP,
        "« Vous etes né quand monsieur ? » « le [[DATE_NAISSANCE:11 novembre]] » « de quelle année ? » « [[DATE_NAISSANCE:47]] ». [[PERSONNE:Fabrice]] (agent) tape [[DATE_NAISSANCE:11/11/1947]], le logiciel refuse : deja un dossier avec ce nom et cette date a {{Roubaix}} → doublon. M. [[PERSONNE:Szymanski]] attend {{15 min}} qu'on fusionne.",
    ),
    (
        "urgences",
        AP,
        "Une mamie tres contente : « c'est mon anniversaire aujourd'hui, j'ai {{91 ans}} ! » L'agent lui souhaite, met un petit 🎂 sur le dossier. Mme [[PERSONNE:Odette Lemaire]], arrivee en VSAV de {{Dunkerque}} à {{6h50}}.",
    ),
    (
        "urgences",
        AP,
        "Ecran admission (je lis par dessus l'epaule) : NOM [[PERSONNE:BENALI]] PRENOM [[PERSONNE:Rachid]] DDN [[DATE_NAISSANCE:1985-06-22]] NIR [[NIR:185069935242373]] — né en {{Algérie}}, ça explique le {{99}} dans le numéro me dit l'agent.",
    ),
    (
        "urgences",
        AP,
        "Attente moyenne annoncée à l'accueil : {{5h}}. Une dame dit qu'elle est là depuis {{hier soir}}. L'agent répond « je sais madame, je sais » et c'est tout ce qu'elle peut faire.",
    ),
    (
        "urgences",
        AP,
        "Le fils : « il a {{87 ans}}, né en [[DATE_NAISSANCE:trente-sept]] ou [[DATE_NAISSANCE:trente-huit]] » — l'agent fait le calcul à voix haute, ça colle pas. Finalement la date est sur l'ordonnance du Dr [[PERSONNE:Caron]] : [[DATE_NAISSANCE:09.12.1937]]. Patient : M. [[PERSONNE:Jean-Claude Petit]].",
    ),
    (
        "urgences",
        AP,
        "Patient vu ici le {{3 janvier}} déjà, puis le {{15/02}}. Agent : « vous revenez souvent monsieur [[PERSONNE:Tanguy]] ». Il est né le [[DATE_NAISSANCE:1er avril]], il dit que c'est pour ça qu'on le prend pas au serieux 😅",
    ),
    (
        "urgences",
        AP,
        "Maman avec bébé fiévreux, l'agent demande la date de naissance du bébé : « [[DATE_NAISSANCE:le 2 du mois dernier]] »... elle cherche sur son tel : [[DATE_NAISSANCE:2 septembre 2024]]. Bebé [[PERSONNE:Inaya]]. Maman [[PERSONNE:Aïcha Boukhris]], tel [[TELEPHONE:06 71 48 22 93]].",
    ),
    (
        "urgences",
        AP,
        "Monsieur SDF connu du service, « [[PERSONNE:Jojo]] ». Il donne une date differente a chaque fois : [[DATE_NAISSANCE:12/12/1962]] la derniere fois, aujourd'hui [[DATE_NAISSANCE:21/12/1962]]. L'agent garde les deux dans le dossier. Il vient du {{115}} de {{Lille}}.",
    ),
    (
        "urgences",
        AP,
        "Dame d'origine vietnamienne, sa petite-fille traduit : « mamie est née en [[DATE_NAISSANCE:1943]], année de la {{chèvre}} ». Titre de séjour n° [[IDENTIFIANT:5902173466]], date dessus : [[DATE_NAISSANCE:01/01/1943]] (« au pays on mettait le {{1er janvier}} quand on savait pas » dit l'agent). Mme [[PERSONNE:Nguyen Thi Lan]].",
    ),
    (
        "urgences",
        AP,
        "Agent ([[PERSONNE:Mélanie]]) à un jeune : « t'as quel âge ? » « {{17 ans}} » « donc t'es de quelle année ? » « [[DATE_NAISSANCE:2007]] » « faut un parent alors ». Il appelle sa mère devant nous, elle arrive dans {{20 min}}.",
    ),
    (
        "urgences",
        AP,
        "Sur l'écran d'orientation : « [[PERSONNE:DEWAELE Maurice]] [[DATE_NAISSANCE:1929-04-30]] — {{box 12}} ». Il a {{95 ans}}, l'agent dit que c'est le plus vieux de la journée.",
    ),
    (
        "urgences",
        AP,
        "CH {{Dunkerque}}. Femme en détresse, son mari violent. Elle ne veut pas donner son adresse. Agent : « on met juste la ville ». {{Grande-Synthe}}. Nom : [[PERSONNE:Samia]] (pas de nom). Ddn : [[DATE_NAISSANCE:3 juin 91]].",
    ),
    (
        "urgences",
        AP,
        "La machine à café est en panne depuis {{lundi}}, les familles vont au {{Relay}} de l'entrée. Un agent de sécu fait le tour toutes les {{30 min}}.",
    ),
    (
        "urgences",
        AP,
        "Admission d'une dame au {{CHIC}} de {{Quimper}}. L'agent relit la carte vitale à haute voix : « deux, cinquante-cinq, zéro deux... » numéro complet [[NIR:2 55 02 29 232 457 95]]. Mme [[PERSONNE:Le Corre]] confirme « née en [[DATE_NAISSANCE:février 55]], à Quimper même ».",
    ),
    (
        "urgences",
        AP,
        "Grand-père avec démence, amené par l'EHPAD {{Ker Heol}} de {{Lorient}}. Fiche de liaison : [[PERSONNE:Fernand Le Gall]], né le [[DATE_NAISSANCE:16 août 1939]], NIR [[NIR:1 39 08 56 121 615 73]]... l'aide-soignante qui l'accompagne ([[PERSONNE:Nolwenn]]) précise que sur leur logiciel c'est le [[DATE_NAISSANCE:18]]. Personne ne sait lequel est juste.",
    ),
    (
        "urgences",
        AP,
        "Deux ados se disputent à l'accueil : « t'es né en [[DATE_NAISSANCE:2008]] toi » « non [[DATE_NAISSANCE:2009]] » — c'est pour savoir qui passe en pédiatrie. Pédiatrie jusqu'à {{15 ans}} et {{3 mois}} ici.",
    ),
    (
        "urgences",
        AP,
        "Famille [[PERSONNE:Öztürk]] : le père parle peu français, le fils ([[PERSONNE:Emre]], {{12 ans}}) traduit tout, y compris la date de naissance du père « [[DATE_NAISSANCE:1er mars 1970]] » en montrant le passeport turc n° [[IDENTIFIANT:U12345678]].",
    ),
    (
        "urgences",
        AP,
        "Un monsieur très sourd. L'agent crie « VOTRE DATE DE NAISSANCE » il répond « [[DATE_NAISSANCE:VINGT-NEUF SEPTEMBRE]] » puis se tait. Sa femme ajoute « [[DATE_NAISSANCE:soixante]] ». Carte vitale [[NIR:160095918319462]], ok ça colle : [[DATE_NAISSANCE:septembre 60]], né à {{Dunkerque}}. M. [[PERSONNE:Vercruysse]].",
    ),
    (
        "urgences",
        AP,
        "Une infirmière, [[PERSONNE:Gaëlle]], a apporté une galette pour l'anniversaire d'une collègue ({{40 ans}} !). Pause à {{15h}} — {{4 minutes}}, puis retour.",
    ),
    (
        "urgences",
        AP,
        "Monsieur [[PERSONNE:Ouedraogo]] montre son récépissé de demande de titre : n° [[IDENTIFIANT:5900418832]], date de naissance indiquée [[DATE_NAISSANCE:31/12/1988]]. Il dit qu'il est né en vrai « pendant la saison des pluies, en [[DATE_NAISSANCE:août]] » mais que celle du papier c'est la date par défaut.",
    ),
    (
        "urgences",
        AP,
        "Accueil physique mais l'agent appelle la fille d'un patient : numéro sur la fiche [[TELEPHONE:03 20 57 84 19]]. Pas de réponse. Deuxième numéro [[TELEPHONE:+33 6 48 12 70 55]] → répondeur. « Bonjour c'est les urgences de {{Roubaix}} concernant votre maman, Mme [[PERSONNE:Delattre]]... »",
    ),
    (
        "urgences",
        AP,
        "À l'accueil : « nom, prénom, date de naissance » x100 dans la matinée. Compté {{38}} arrivées entre {{8h}} et {{12h}}.",
    ),
    (
        "urgences",
        AP,
        "Monsieur arrive avec sa carte d'identité, l'agente [[PERSONNE:Soizic]] lit : « [[PERSONNE:MORVAN Erwan Yann]], né le [[DATE_NAISSANCE:17.09.1995]] à {{Vannes}} ». CNI n° [[IDENTIFIANT:X4RT7ZK21]], NIR [[NIR:1 95 09 56 260 166 26]]. Il a le pied en vrac après le match de foot, à {{Lorient}}.",
    ),
    (
        "urgences",
        AP,
        "CH {{Arras}}. Une dame âgée, seule. Aucune pièce. Elle répète « je suis de la classe [[DATE_NAISSANCE:36]] ». L'agent tape [[DATE_NAISSANCE:01/01/1936]] en attendant et enregistre « patiente X ».",
    ),
    (
        "urgences",
        AP,
        "Box triage, l'IOA [[PERSONNE:Yannick]] demande à un monsieur en état d'ébriété sa date de naissance : « {{lundi}} » 😂 puis « [[DATE_NAISSANCE:le 5 du 5]] ». Il s'appelle [[PERSONNE:Bogdan]], il dort à la gare {{Lille-Flandres}}.",
    ),
    (
        "urgences",
        AP,
        "Un taxi se gare sur la place ambulance, l'agent de sécu note la plaque [[IMMATRICULATION:GH-417-TZ]] et appelle la police municipale. Le chauffeur, « [[PERSONNE:Momo]] », dit qu'il dépose juste sa tante.",
    ),
]

# --- urgences, accueil telephonique ---
NOTES += [
    (
        "urgences",
        AT,
        "Appel d'une fille qui cherche sa mère : « [[PERSONNE:Germaine Lefebvre]], née le [[DATE_NAISSANCE:vingt-trois octobre trente et un]] ». L'agent : « je ne peux rien dire au téléphone madame ». Elle rappelle {{3 fois}}.",
    ),
    (
        "urgences",
        AT,
        "Un voisin appelle : « mon voisin d'en face, M. [[PERSONNE:Haddad]], il a été emmené cette nuit, il est chez vous ? » L'agent demande la date de naissance, le voisin sait pas, « il a dans les {{70 ans}} ». Pas d'info donnée. Le voisin laisse son numéro : [[TELEPHONE:zéro six, trente-deux, quatorze, quatre-vingt-huit, zéro un]].",
    ),
    (
        "urgences",
        AT,
        "Appel EHPAD {{Les Jardins d'Iroise}} ({{Brest}}) pour annoncer un transfert : Mme [[PERSONNE:Maryvonne Quéré]], DDN [[DATE_NAISSANCE:04/10/1927]], {{chambre 14}} — l'agent note tout sur un post-it jaune 🟨",
    ),
    (
        "urgences",
        AT,
        "Standard urgences : {{12}} appels en {{40 min}}, surtout des gens qui demandent le temps d'attente. Réponse type : « on ne peut pas savoir, venez si c'est urgent, sinon appelez le {{15}} ».",
    ),
    (
        "urgences",
        AT,
        "Un fils au tel depuis {{Montréal}} : « mon père [[PERSONNE:Robert Duhamel]], né le [[DATE_NAISSANCE:2 février 1940]] à {{Amiens}} ». L'agent vérifie discrètement, ne confirme rien. Donne le numéro du service, {{poste 4512}}.",
    ),
    (
        "urgences",
        AT,
        "Appel confus d'une dame âgée qui veut savoir si son mari est arrivé. Elle donne sa propre date au lieu de celle du mari : « moi c'est le [[DATE_NAISSANCE:12 juin]] »... puis « lui c'est à [[DATE_NAISSANCE:Noël]] » 🎄. L'agent trouve : M. [[PERSONNE:Loïc Prigent]], [[DATE_NAISSANCE:25/12/1936]].",
    ),
    (
        "urgences",
        AT,
        "Appel du SAMU pour prévenir d'une arrivée : « homme, {{50 ans}} environ, inconnu, trouvé au parc {{Jean-Baptiste Lebas}} ». Pas de nom, pas de papiers. Arrivée prévue {{10 min}}.",
    ),
    (
        "urgences",
        AT,
        "Une infirmière libérale, [[PERSONNE:Christelle Warnier]], appelle pour un patient qu'elle envoie : M. [[PERSONNE:Kowalski]], né en [[DATE_NAISSANCE:1947]], « le fils amènera la carte vitale ». Elle laisse son tél : [[TELEPHONE:06.12.88.40.71]].",
    ),
    (
        "urgences",
        AT,
        "Appel d'un homme qui cherche son frère : « [[PERSONNE:Dragan]], [[PERSONNE:D-R-A-G-A-N]], [[PERSONNE:Petrović]] », né en [[DATE_NAISSANCE:quatre-vingt-deux]]... L'agente répète « [[PERSONNE:Petrovitch]] ? » — il corrige, deux fois.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une mère : son fils [[PERSONNE:Théo]] a été emmené après une bagarre. « Il est né le [[DATE_NAISSANCE:6 mars 2006]] » — « il est majeur madame, on ne peut rien vous dire » répond l'agent ([[PERSONNE:Arnaud]]), gentiment.",
    ),
    (
        "urgences",
        AT,
        "Le téléphone de l'accueil sonne dans le vide pendant le pic de {{18h}} : une seule personne pour l'accueil physique et le standard. {{7}} appels perdus en {{1/2h}}.",
    ),
    (
        "urgences",
        AT,
        "Médecin traitant au tel, Dr [[PERSONNE:Rakotomalala]], envoie Mme [[PERSONNE:Ginette Vasseur]] « née en [[DATE_NAISSANCE:31]], donc {{93 ans}} hein » pour une chute. Elle vit seule au [[ADRESSE:14 rue de la Gaieté, 62000 Arras]].",
    ),
    (
        "urgences",
        AT,
        "Appel de la gendarmerie de {{Carhaix}} : accident, conducteur amené à {{Brest}}, véhicule [[IMMATRICULATION:FR-209-KB]]. Ils demandent sa date de naissance pour vérifier : « [[DATE_NAISSANCE:21 du 12 41]] », M. [[PERSONNE:Abgrall]]. L'agent renvoie vers le cadre.",
    ),
    (
        "urgences",
        AT,
        "Une petite-fille appelle pour savoir si Mamie [[PERSONNE:Jeanne]] est toujours là. Agent : il me faut nom et date de naissance. « [[PERSONNE:Jeanne Hamon]], elle a eu {{88 ans}} le mois dernier ». Pas de date précise → pas d'info. Elle raccroche énervée.",
    ),
]

# --- chrs, accueil physique ---
NOTES += [
    (
        "chrs",
        AP,
        "CHRS {{L'Escale}}, {{Lille}}. Entrée d'un monsieur orienté par le {{SIAO}}, fiche : [[PERSONNE:Karim Bensaïd]], né le [[DATE_NAISSANCE:7/4/79]], réf. SIAO [[IDENTIFIANT:SIAO59-2024-08812]]. L'éduc [[PERSONNE:Hélène]] lui fait visiter : {{chambre 3}}, douche, laverie.",
    ),
    (
        "chrs",
        AP,
        "Au petit-déj, une dame donne son âge « {{62 ans}} » et dit qu'elle ne fête plus ses anniversaires depuis la rue. Aucun nom dit.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour {{Roubaix}} : un jeune sans papiers d'identité, donne un prénom « [[PERSONNE:Yassine]] » et une date « [[DATE_NAISSANCE:2003]] ou [[DATE_NAISSANCE:2004]] ». L'éduc note les deux. Il revient demain {{9h}} pour la domiciliation.",
    ),
    (
        "chrs",
        AP,
        "Monsieur âgé, {{74 ans}}, au CHRS depuis {{2019}}. L'agente l'aide à remplir un dossier {{ASPA}}, case date de naissance : il dit « [[DATE_NAISSANCE:le 8 mai]], comme l'armistice », mais l'année il hésite : [[DATE_NAISSANCE:50]]. Sa carte dit [[DATE_NAISSANCE:08/05/1950]]. M. [[PERSONNE:Tahar]].",
    ),
    (
        "chrs",
        AP,
        "Fiche admission lue à voix haute par [[PERSONNE:Erwan]] (travailleur social) : « [[PERSONNE:LE MOAL Kévin]], né le [[DATE_NAISSANCE:30/01/1998]], tél [[TELEPHONE:07 81 22 39 64]], dernière adresse [[ADRESSE:5 rue de Siam, 29200 Brest]] ». Il ajoute « c'était chez ma copine ».",
    ),
    (
        "chrs",
        AP,
        "Mère + 2 enfants, arrivés la veille à {{21h}}. Enfants [[PERSONNE:Maëlys]] ({{6 ans}}) et [[PERSONNE:Noah]] ({{4 ans}}), nés en [[DATE_NAISSANCE:2018]] et [[DATE_NAISSANCE:2020]]. La maman, [[PERSONNE:Jessica Dufour]], cherche le livret de famille dans un sac {{Lidl}}.",
    ),
    (
        "chrs",
        AP,
        "Règlement intérieur affiché : pas d'alcool, couvre-feu {{23h}}, visites interdites. Beaucoup de gens le contestent à l'accueil. L'éducatrice répète « c'est pas moi qui l'ai écrit ».",
    ),
    (
        "chrs",
        AP,
        "Un monsieur tchétchène, [[PERSONNE:Aslan]], montre son attestation de demande d'asile : n° AGDREF [[IDENTIFIANT:3504129876]], DDN [[DATE_NAISSANCE:15.03.1984]]. L'agent dit « tiens, même jour que ma fille », la fille a {{12 ans}}.",
    ),
    (
        "chrs",
        AP,
        "Accueil {{Saint-Benoît Labre}} à {{Rennes}}. Madame [[PERSONNE:Anne-Marie]] (nom inconnu) dit qu'elle est « de la {{Saint-Jean}}, le [[DATE_NAISSANCE:24 juin]] » et qu'elle a {{67 ans}}. Elle refuse de donner l'année.",
    ),
    (
        "chrs",
        AP,
        "Dossier papier sur le bureau (je lis le haut) : « [[PERSONNE:DIALLO Fatoumata]] — née vers [[DATE_NAISSANCE:1996]] — n° CAF [[N_ALLOCATAIRE:5912774]] ».",
    ),
    (
        "chrs",
        AP,
        "Une dame cherche son ex-compagnon qui serait hébergé ici. L'agent ne confirme rien. Elle donne le nom, [[PERSONNE:Steve Delporte]], et « il est né en [[DATE_NAISSANCE:quatre-vingt-sept]], le [[DATE_NAISSANCE:vingt]] je crois ». Refus poli.",
    ),
    (
        "chrs",
        AP,
        "Éduc [[PERSONNE:Mathieu]] m'explique que beaucoup de résidents ont des dates différentes selon les papiers. Exemple sur l'écran : M. [[PERSONNE:Sy]], [[DATE_NAISSANCE:01/01/1990]] sur le titre, [[DATE_NAISSANCE:12/03/1990]] sur la carte vitale. « Ça bloque la {{CAF}} pendant des mois ».",
    ),
    (
        "chrs",
        AP,
        "Repas à {{12h}}, {{42}} couverts. Cuisine faite par deux résidents en insertion. Tarte aux pommes 🍎",
    ),
    (
        "chrs",
        AP,
        "Monsieur de {{Quimper}} arrivé en train, [[PERSONNE:Gwendal]], dit qu'il est né le « [[DATE_NAISSANCE:22 novembre 63]], le jour de {{Kennedy}} ». L'éduc rit, elle ne savait pas.",
    ),
    (
        "chrs",
        AP,
        "L'agente d'accueil ([[PERSONNE:Fatima]]) remplit le cahier des entrées : heure, prénom, année de naissance seulement. Aujourd'hui : [[PERSONNE:Dimitri]] [[DATE_NAISSANCE:1979]], [[PERSONNE:Ioana]] [[DATE_NAISSANCE:1992]], [[PERSONNE:Abdou]] [[DATE_NAISSANCE:2001]].",
    ),
    (
        "chrs",
        AP,
        "Une résidente revient de la {{Cpam}}, elle croit que sa date de naissance est fausse sur la carte : [[DATE_NAISSANCE:1988-12-09]], elle lisait le 12 comme le jour. L'éduc lui montre : [[DATE_NAISSANCE:9 décembre 1988]], c'est bon. NIR vérifié aussi [[NIR:2 88 12 59 599 418 49]], née à {{Tourcoing}}. Mme [[PERSONNE:Claire Wojcik]].",
    ),
]

# --- chrs (115), accueil telephonique ---
NOTES += [
    (
        "chrs",
        AT,
        "115 du {{Nord}}, plateforme de {{Lille}}. Premier appel {{20h02}} : « [[PERSONNE:Sébastien]], né le [[DATE_NAISSANCE:14/02/82]] » — l'écoutante ([[PERSONNE:Inès]]) le connaît, « encore toi [[PERSONNE:Seb]] ». Pas de place ce soir.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une voisine pour un vieux monsieur qui dort dans sa voiture sur le parking du {{Carrefour}} de {{Villeneuve-d'Ascq}}. Plaque : [[IMMATRICULATION:4721 XK 59]]. Elle ne sait pas son nom, « il a au moins {{75 ans}} ».",
    ),
    (
        "chrs",
        AT,
        "L'écoutant tape pendant que l'appelant parle : « nom ? » « [[PERSONNE:Ben Youssef]] » « prénom ? » « [[PERSONNE:Walid]] » « date de naissance ? » « [[DATE_NAISSANCE:vingt-six, zéro trois, quatre-vingt-dix]] » « t'es où ? » « gare d'{{Amiens}} ». Orientation accueil de nuit.",
    ),
    (
        "chrs",
        AT,
        "Entre {{22h}} et {{23h}} : {{31}} appels, {{4}} places. L'écoutante dit « ce soir je vais dire non à tout le monde ». Silence dans le bureau.",
    ),
    (
        "chrs",
        AT,
        "Un monsieur appelle pour sa mère, {{81 ans}}, expulsée ce matin de son logement [[ADRESSE:22 rue de Lannoy, Roubaix]]. « Elle est née en [[DATE_NAISSANCE:43]], le [[DATE_NAISSANCE:9]]... [[DATE_NAISSANCE:le 9 septembre]] ». Mme [[PERSONNE:Hadjadj]]. L'écoutant appelle le {{CCAS}}.",
    ),
    (
        "chrs",
        AT,
        "115 du {{Finistère}}. Jeune femme enceinte, [[PERSONNE:Awa]], donne sa date « [[DATE_NAISSANCE:2002]] » puis « non [[DATE_NAISSANCE:2001]], j'ai {{23 ans}} ». Terme prévu le {{12 mars}}. Nuitée hôtel {{B&B}} {{Brest}}, {{chambre 208}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un écoutant d'un autre département pour transférer une famille : père [[PERSONNE:Arben Hoxha]] ([[DATE_NAISSANCE:03/11/1980]]), mère [[PERSONNE:Elira]] ([[DATE_NAISSANCE:19/06/1985]]), {{3}} enfants nés en [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2013]] et [[DATE_NAISSANCE:2019]]. Dossier SIAO [[IDENTIFIANT:SI-35-117742]].",
    ),
    (
        "chrs",
        AT,
        "Un appelant très alcoolisé donne sa date de naissance en chantant « [[DATE_NAISSANCE:le premier mai soixante-dix]] » 🎶. L'écoutant [[PERSONNE:Jérôme]] : « ok [[PERSONNE:Patrick]], je te reconnais ». Maraude envoyée {{place de la République}}.",
    ),
    (
        "chrs",
        AT,
        "Femme qui appelle d'une cabine ?! (numéro masqué). Elle ne veut pas dire son nom, donne juste « née en [[DATE_NAISSANCE:juillet]] ». L'écoutante respecte, propose l'accueil de jour de {{Lorient}}.",
    ),
    (
        "chrs",
        AT,
        "Monsieur, {{60 ans}}, rappelle pour la {{5e}} fois. Il donne son téléphone « au cas où » : [[TELEPHONE:07 68 03 51 92]]. Nom : [[PERSONNE:Hervé Le Floch]]. Dort sous un pont de la {{Vilaine}}.",
    ),
    (
        "chrs",
        AT,
        "Personne âgée qui appelle elle-même, très confuse : « je suis née le... attendez... [[DATE_NAISSANCE:1935]] je crois, en [[DATE_NAISSANCE:avril]] » ; son nom [[PERSONNE:Marie-Thérèse Le Goff]], elle lit aussi le numéro de sa carte vitale : [[NIR:2 35 04 22 113 361 15]] (née à {{Lannion}}). L'écoutant appelle les pompiers.",
    ),
    (
        "chrs",
        AT,
        "Écoutante ([[PERSONNE:Chloé]]) explique : ils demandent la date de naissance pour éviter les doublons dans {{SI-SIAO}}. Beaucoup donnent juste l'année. Exemple à l'instant : « [[DATE_NAISSANCE:quatre-vingt-quinze]] ». Prénom : [[PERSONNE:Ousmane]].",
    ),
    (
        "chrs",
        AT,
        "Pause clope des écoutants sur le parking, {{19h45}}. Ils parlent du plan grand froid qui commence le {{15 novembre}}.",
    ),
    (
        "chrs",
        AT,
        "Appel du {{CCAS}} de {{Saint-Brieuc}} : monsieur [[PERSONNE:Daniel Collet]], né le [[DATE_NAISSANCE:3 du 10 58]], à mettre à l'abri ce soir. Contact : l'assistante sociale, Mme [[PERSONNE:Briand]], portable pro [[TELEPHONE:06 45 19 73 02]].",
    ),
    (
        "chrs",
        AT,
        "Un jeune appelle pour son copain : « il s'appelle [[PERSONNE:Lucas]], il a {{19 ans}}, son anniv c'est demain, le [[DATE_NAISSANCE:4]] » — l'écoutant sourit.",
    ),
    (
        "chrs",
        AT,
        "115 de la {{Somme}}. L'écoutant lit l'historique à voix haute : « Mme [[PERSONNE:Boulanger]], née le [[DATE_NAISSANCE:03/07/1966]], 14 nuitées en {{2023}}, dernière le {{2 février}} ». Elle travaille à la {{boulangerie}} de la gare mais n'a pas de logement.",
    ),
    (
        "chrs",
        AT,
        "Appel de {{Dunkerque}} : une famille afghane, le père parle anglais. « Date of birth ? » « [[DATE_NAISSANCE:1366]] » — calendrier persan ! L'écoutant galère, finalement « [[DATE_NAISSANCE:1987]] ». Nom : [[PERSONNE:Ahmadzai]].",
    ),
    (
        "chrs",
        AT,
        "Une femme victime de violences appelle en chuchotant. L'écoutante ne demande pas la date de naissance, juste le prénom : [[PERSONNE:Sandra]]. Mise à l'abri {{Ibis budget}} {{Arras}}, {{chambre 12}}. Taxi à {{23h15}}.",
    ),
    (
        "chrs",
        AT,
        "Monsieur âgé au tel, sa voisine lui souffle les réponses : « né en quelle année ? » (voisine : « [[DATE_NAISSANCE:quarante-sept]] ! ») « [[DATE_NAISSANCE:quarante-sept]] ». Nom : [[PERSONNE:Hubert Lemaire]]. Son logement, [[ADRESSE:3 allée des Tilleuls, 80090 Amiens]], est inondé.",
    ),
    (
        "chrs",
        AT,
        "Le logiciel plante à {{21h10}}, l'écoutant note tout sur papier pendant {{25 minutes}}. « C'est chaque semaine ».",
    ),
    (
        "chrs",
        AT,
        "Appel d'une travailleuse sociale de l'hôpital de {{Quimper}} : sortie d'un patient sans domicile, M. [[PERSONNE:Yilmaz]], [[DATE_NAISSANCE:5.8.1971]], à {{18h}}. L'écoutant demande l'IPP pour la trace : [[IDENTIFIANT:290771654]].",
    ),
    (
        "chrs",
        AT,
        "Un monsieur refuse de donner sa date de naissance : « j'suis né quand j'suis né ». L'écoutant met {{01/01/1900}} par défaut — il m'explique que c'est la convention de la plateforme.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une mère de {{Lorient}} : « mon fils [[PERSONNE:Killian]], il a eu {{18 ans}} le [[DATE_NAISSANCE:2 janvier]], je l'ai mis dehors ». L'écoutant propose une médiation.",
    ),
    (
        "chrs",
        AT,
        "Écoutant [[PERSONNE:Rémi]] à un habitué : « salut « [[PERSONNE:Tonton]] » ». Sa vraie identité sur l'écran : [[PERSONNE:Ahmed Chergui]], [[DATE_NAISSANCE:1954]]. Il appelle juste pour parler, {{10 min}}.",
    ),
    (
        "chrs",
        AT,
        "Une dame appelle pour elle et son mari : « lui [[DATE_NAISSANCE:12 avril 52]], moi [[DATE_NAISSANCE:12 avril 54]], on est nés le même jour à deux ans près ». Couple [[PERSONNE:Lemoine]]. Ils dorment dans leur voiture, [[IMMATRICULATION:BZ 331 QP]], à {{Saint-Malo}}.",
    ),
    (
        "chrs",
        AT,
        "Appel de la police de {{Rennes}} : personne trouvée sur un banc au {{Thabor}}, « papiers au nom de [[PERSONNE:Gérard Morin]], né le [[DATE_NAISSANCE:1er juin 1948]] ». Place trouvée au {{Puits de Jacob}}.",
    ),
]

# --- chrs, controle sur place ---
NOTES += [
    (
        "chrs",
        CSP,
        "Visite en logement diffus avec l'éduc [[PERSONNE:Morgane]] : appartement [[ADRESSE:17 rue Jean Jaurès, 56100 Lorient]]. La résidente, [[PERSONNE:Aminata Koné]], montre la facture {{EDF}} réf. client [[IDENTIFIANT:5013442871]] qui est à son nom.",
    ),
    (
        "chrs",
        CSP,
        "Visite chambre au CHRS : état des lieux. {{3}} lits, {{1}} frigo, moisissure au plafond. Aucun résident présent.",
    ),
    (
        "chrs",
        CSP,
        "Logement diffus à {{Maurepas}} ({{Rennes}}) : le résident, M. [[PERSONNE:Diop]], a invité son cousin à dormir. L'éduc rappelle le règlement. Le cousin : « je suis de [[DATE_NAISSANCE:89]], je suis grand » lol. Sa vieille {{Twingo}} est garée en bas, plaque [[IMMATRICULATION:9312 RT 35]].",
    ),
    (
        "chrs",
        CSP,
        "Visite chez une famille logée en {{ALT}}, [[ADRESSE:8 rue Pierre de Roubaix, appt 12, 59100 Roubaix]]. Maman [[PERSONNE:Rahma]], bébé né le [[DATE_NAISSANCE:20 août]], {{3 mois}}. Le frigo est vide, l'éduc appelle la banque alimentaire.",
    ),
    (
        "chrs",
        CSP,
        "Éduc et moi passons au local vélo, un résident répare un vélo {{Décathlon}}. Il nous parle de sa mère qui vient d'avoir {{100 ans}} à {{Dakar}}.",
    ),
    (
        "chrs",
        CSP,
        "Contrôle des chambres (mensuel). Sur une porte : affiche du {{PSG}}, sur une autre « [[PERSONNE:Jordan]] » écrit au marqueur. L'éduc efface, ça fait rire le résident.",
    ),
    (
        "chrs",
        CSP,
        "Visite à domicile après une sortie de CHRS : M. [[PERSONNE:Caudron]] vit maintenant [[ADRESSE:4 impasse du Moulin, 62400 Béthune]]. Sur son nouveau bail la date de naissance est bizarre : [[DATE_NAISSANCE:29/02/1957]] alors que sa carte dit [[DATE_NAISSANCE:19/02/1957]]... {{1957}} n'était pas bissextile !",
    ),
    (
        "chrs",
        CSP,
        "Logement diffus {{Brest}}, {{Kérourien}}. Personne à la maison. L'éduc laisse un mot sous la porte : « passée à {{14h}}, rappelez-moi ». Signé [[PERSONNE:Armelle]].",
    ),
]

# --- ccas, accueil physique ---
NOTES += [
    (
        "ccas",
        AP,
        "CCAS de {{Roubaix}}, accueil. Dame âgée venue pour le colis de Noël, l'agent demande sa date de naissance pour vérifier qu'elle a plus de {{65 ans}} : « [[DATE_NAISSANCE:vingt mai trente-neuf]] ». Mme [[PERSONNE:Raymonde Desmet]]. Colis remis ✅",
    ),
    (
        "ccas",
        AP,
        "Un monsieur vient demander une aide pour sa facture d'eau : facture n° [[IDENTIFIANT:F2024-118803]] au nom de [[PERSONNE:Jacques Leleu]], [[ADRESSE:41 rue du Collège, 59100 Roubaix]]. Montant {{212,40 €}}. L'agente [[PERSONNE:Nadia]] monte le dossier {{FSL}}.",
    ),
    (
        "ccas",
        AP,
        "CCAS d'{{Amiens}}. La fille accompagne sa mère pour la domiciliation. Agent : « date de naissance de madame ? » Fille : « le [[DATE_NAISSANCE:10]]... maman c'est le [[DATE_NAISSANCE:10]] ou le [[DATE_NAISSANCE:11]] ? » Mère : « [[DATE_NAISSANCE:le 11 juillet]], t'es nulle ». Rires. Année : [[DATE_NAISSANCE:1951]].",
    ),
    (
        "ccas",
        AP,
        "File d'attente dehors à {{8h25}}, ouverture à {{8h30}}. {{11}} personnes. Ticket numéroté, le {{n°7}} c'est moi (j'en ai pris un pour voir).",
    ),
    (
        "ccas",
        AP,
        "Rendez-vous aide facultative. L'agente lit sur l'écran : « Mme [[PERSONNE:TRAORÉ Aminata]], née le [[DATE_NAISSANCE:12/09/1976]] à {{Bamako}}, {{4 enfants}} ». Elle demande {{150 €}} pour la cantine.",
    ),
    (
        "ccas",
        AP,
        "Un monsieur vient pour sa voisine hospitalisée, il a sa procuration. « Elle est de [[DATE_NAISSANCE:trente-trois]] je crois ». L'agent trouve : Mme [[PERSONNE:Madeleine Carpentier]], [[DATE_NAISSANCE:14.02.1933]]. Le voisin : « ah la {{Saint-Valentin}} ! »",
    ),
    (
        "ccas",
        AP,
        "CCAS de {{Brest}}, accueil. Un jeune couple demande une aide alimentaire. Lui [[PERSONNE:Yanis]], elle [[PERSONNE:Océane]], bébé né le [[DATE_NAISSANCE:5 novembre]] dernier. Orientation épicerie solidaire {{Le Panier Brestois}}.",
    ),
    (
        "ccas",
        AP,
        "Dossier d'aide sociale à l'hébergement (EHPAD). La belle-fille remplit pour M. [[PERSONNE:Le Bras]] : date de naissance « [[DATE_NAISSANCE:18.12.41]] », NIR [[NIR:1 41 12 29 019 199 73]] — né à {{Brest}}, oui. EHPAD visé : {{Ty Maudez}}.",
    ),
    (
        "ccas",
        AP,
        "Affiche au mur : « Plan canicule : inscrivez-vous sur le registre ». L'agente dit qu'il y a {{312}} inscrits cette année, surtout des plus de {{80 ans}}.",
    ),
    (
        "ccas",
        AP,
        "Inscription au registre canicule au guichet : Mme [[PERSONNE:Simone Hénaff]], née en [[DATE_NAISSANCE:28]], {{96 ans}}, vit seule [[ADRESSE:9 rue de Kerjulaude, Lorient]], tél fixe [[TELEPHONE:02 97 64 38 10]]. Personne à prévenir : son neveu [[PERSONNE:Gilles]], [[TELEPHONE:06 33 90 17 48]].",
    ),
    (
        "ccas",
        AP,
        "L'agent [[PERSONNE:Thomas]] montre un formulaire vierge à Mme [[PERSONNE:Bouchez]] : « là, date de naissance, jour / mois / année ». Elle écrit [[DATE_NAISSANCE:déc. 1962]] sans le jour, il dit que ça passera.",
    ),
    (
        "ccas",
        AP,
        "Monsieur turc âgé, {{72 ans}}, avec sa petite-fille [[PERSONNE:Elif]]. Elle donne sa date de naissance à lui : « [[DATE_NAISSANCE:1952]], mais sur ses papiers c'est [[DATE_NAISSANCE:01/07/1952]] parce qu'au village ils déclaraient en été ». M. [[PERSONNE:Çelik]].",
    ),
    (
        "ccas",
        AP,
        "CCAS de {{Saint-Brieuc}}, aide au permis : un jeune montre son dossier, [[PERSONNE:Enzo Rault]], né le [[DATE_NAISSANCE:27 juin 2005]], avec un devis de l'auto-école {{Conduite Armor}}. Il a {{19 ans}}.",
    ),
    (
        "ccas",
        AP,
        "Une dame demande un bon de transport. La conversation dérive : arrivée à {{Lille}} en {{1962}}, mariée en {{1965}}, veuve depuis {{2010}}. Pas de date de naissance donnée, juste « j'ai fait mes {{80 ans}} au printemps ».",
    ),
    (
        "ccas",
        AP,
        "À l'accueil, un homme en colère : « Ça fait {{3 semaines}} que j'attends ! » L'agente, [[PERSONNE:Laurence]], garde son calme. Le monsieur, [[PERSONNE:Rudy]], finit par s'excuser.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation : formulaire Cerfa {{15548}} rempli par l'agente pour M. [[PERSONNE:Tadeusz Nowak]], né le [[DATE_NAISSANCE:3 mars 1958]] à {{Cracovie}}. Domicilié au {{CCAS}} de {{Lens}}, il vit dans sa voiture ([[IMMATRICULATION:CK-562-WD]]).",
    ),
    (
        "ccas",
        AP,
        "Une mamie distraite : « je suis née le [[DATE_NAISSANCE:8 octobre]]... non ça c'est mon mari ». Puis « moi c'est le [[DATE_NAISSANCE:3 août 1940]] ». L'agente note la deuxième. Mme [[PERSONNE:Bernadette Vion]].",
    ),
    (
        "ccas",
        AP,
        "CCAS d'{{Arras}}, {{10h40}}. L'agent explique l'aide au chauffage. Couple de retraités, M. et Mme [[PERSONNE:Bécourt]], {{78}} et {{76 ans}}. Ils ont la facture {{TotalEnergies}}, n° client [[IDENTIFIANT:TE-4403921177]].",
    ),
    (
        "ccas",
        AP,
        "Accueil CCAS {{Quimper}} : {{2}} agents, {{1}} bureau fermé pour la confidentialité, {{1}} borne à tickets qui ne marche pas. L'agent note tout sur un cahier.",
    ),
    (
        "ccas",
        AP,
        "La voisine d'un vieux monsieur vient signaler qu'il ne sort plus. Elle donne l'adresse : [[ADRESSE:27 boulevard de la Liberté, 59000 Lille]], {{2e étage}} gauche. Nom sur la boîte : [[PERSONNE:A. Benhamou]]. Elle pense qu'il est « de [[DATE_NAISSANCE:trente-cinq]] ».",
    ),
    (
        "ccas",
        AP,
        "Fin de matinée, une jeune mère, [[PERSONNE:Kelly]], vient pour l'aide aux vacances. Ses enfants : [[PERSONNE:Lenny]] ([[DATE_NAISSANCE:2015]]), [[PERSONNE:Lyana]] ([[DATE_NAISSANCE:2017]]), [[PERSONNE:Nolan]] ([[DATE_NAISSANCE:2020]]). N° alloc : [[N_ALLOCATAIRE:2288104]].",
    ),
    (
        "ccas",
        AP,
        "L'agente lit la carte d'invalidité : « [[PERSONNE:GUÉGUEN Pierrick]], [[DATE_NAISSANCE:11/11/1963]] » — il râle : « tout le monde me parle de l'armistice, je suis né le [[DATE_NAISSANCE:11]] à {{23h58}}, c'était presque le 12 » 😄",
    ),
    (
        "ccas",
        AP,
        "CCAS de {{Dunkerque}}. Monsieur, {{64 ans}}, dossier RSA → retraite. Il donne sa date « [[DATE_NAISSANCE:1960]], en [[DATE_NAISSANCE:septembre]] » ; l'agente calcule : départ à {{62 ans}} et {{9 mois}}. M. [[PERSONNE:Ghesquière]].",
    ),
    (
        "ccas",
        AP,
        "L'écrivain public du CCAS ([[PERSONNE:Bernard]], bénévole) aide une dame à écrire à son bailleur {{Lille Métropole Habitat}} : « Madame [[PERSONNE:Sow]], locataire réf. [[IDENTIFIANT:LMH-0093317]] ». Beaucoup de ratures.",
    ),
]

# --- ccas, accueil telephonique ---
NOTES += [
    (
        "ccas",
        AT,
        "Standard CCAS {{Rennes}}. Une fille appelle pour inscrire sa mère au portage de repas : « [[PERSONNE:Yvonne Lebreton]], née le [[DATE_NAISSANCE:vingt-deux février vingt-neuf]] — ah non, [[DATE_NAISSANCE:trente]] » ; adresse [[ADRESSE:6 square de Nimègue, 35200 Rennes]].",
    ),
    (
        "ccas",
        AT,
        "Appel d'une dame de {{92 ans}} qui veut juste savoir l'heure d'ouverture. Elle donne spontanément sa date de naissance, « [[DATE_NAISSANCE:le 17 janvier 1932]] », l'agent lui dit « pas besoin madame ». Ouvert {{8h30}}-{{17h}}.",
    ),
    (
        "ccas",
        AT,
        "{{14}} appels en {{1h}}, dont {{6}} pour les colis de fin d'année. Distribution le {{18 décembre}} salle {{Pierre de Coubertin}}.",
    ),
    (
        "ccas",
        AT,
        "Appel d'un voisin inquiet : « la petite dame du {{3e}}, Mme [[PERSONNE:Lagache]], elle répond plus ». L'agent demande sa date de naissance pour la retrouver dans le registre : « je sais pas, elle a fêté ses {{90 ans}} à {{Pâques}} ». L'agent la trouve quand même : [[DATE_NAISSANCE:09/04/1934]].",
    ),
    (
        "ccas",
        AT,
        "Appel du service des tutelles pour M. [[PERSONNE:Abdelkader Ziani]], né en [[DATE_NAISSANCE:49]] ; mandataire : Mme [[PERSONNE:Roussel]] ({{UDAF}}), mail [[EMAIL:c.roussel@udaf-exemple.fr]].",
    ),
    (
        "ccas",
        AT,
        "Une dame appelle de {{Lyon}} pour sa tante en {{Bretagne}} : « ma tante [[PERSONNE:Soizick]], [[PERSONNE:Soizick Le Meur]], {{88 ans}} ». L'agent demande la date : « [[DATE_NAISSANCE:mille neuf cent trente-six]], le [[DATE_NAISSANCE:12]] ou [[DATE_NAISSANCE:13]] [[DATE_NAISSANCE:mars]] ». Orientation vers le {{CLIC}} de {{Quimperlé}}.",
    ),
    (
        "ccas",
        AT,
        "Appel pour l'aide à l'énergie : le monsieur dicte son n° allocataire CAF « [[N_ALLOCATAIRE:un deux sept quatre quatre zéro neuf]] » et son tel [[TELEPHONE:06 84 27 19 50]]. M. [[PERSONNE:Fofana]].",
    ),
    (
        "ccas",
        AT,
        "L'agente ([[PERSONNE:Pauline]]) raccroche et soupire : « la dame m'a donné l'âge de son chat, {{Minou}}, {{14 ans}}, mais pas le sien ».",
    ),
    (
        "ccas",
        AT,
        "Appel de l'hôpital de {{Lorient}} (assistante sociale) pour une sortie : Mme [[PERSONNE:Jacqueline Évenou]], [[DATE_NAISSANCE:07.03.1938]], rentre chez elle [[ADRESSE:12 rue Anatole France, 56100 Lorient]] demain, besoin de portage repas + téléassistance.",
    ),
    (
        "ccas",
        AT,
        "Messagerie du CCAS saturée le lundi matin. L'agent écoute {{19}} messages. Beaucoup raccrochent sans rien dire.",
    ),
    (
        "ccas",
        AT,
        "Un fils appelle de {{Paris}} : « mon père refuse l'aide à domicile ». M. [[PERSONNE:Moreau]], « né en [[DATE_NAISSANCE:36]] à {{Saint-Brieuc}}, il a toujours été têtu ». L'agent propose une visite.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une dame qui veut un rdv pour la domiciliation. Elle épelle son nom : « [[PERSONNE:R-A-K-O-T-O]]... [[PERSONNE:Rakotoarisoa]] ». Date de naissance : [[DATE_NAISSANCE:4/4/84]]. Rdv jeudi {{14h}}.",
    ),
    (
        "ccas",
        AT,
        "Appel de la mairie annexe : un agent transfère Mme [[PERSONNE:Lefort]] qui veut parler « à [[PERSONNE:Christophe]] du CCAS ». [[PERSONNE:Christophe]] est en congé jusqu'au {{2 septembre}}.",
    ),
    (
        "ccas",
        AT,
        "Standard : un monsieur demande si le CCAS peut payer sa facture {{Free}}. Il lit son identifiant client : [[IDENTIFIANT:FB-77120459]]. Non. L'agent l'oriente vers le {{Secours populaire}}.",
    ),
]

# --- ccas, controle sur place ---
NOTES += [
    (
        "ccas",
        CSP,
        "Visite à domicile avec l'évaluatrice, [[PERSONNE:Sylvie]], chez M. [[PERSONNE:Joseph Lemaître]], [[ADRESSE:3 rue des Pinsons, 62217 Beaurains]]. Il sort son livret militaire : « né le [[DATE_NAISSANCE:2 janvier 1944]] à {{Arras}} ». Sa fille confirme au téléphone.",
    ),
    (
        "ccas",
        CSP,
        "VAD à {{Brest}}, {{Bellevue}} : appartement au {{8e}}, ascenseur en panne depuis {{3 semaines}}. La dame a {{86 ans}}, elle ne descend plus. Aucun nom prononcé devant moi.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez Mme [[PERSONNE:Le Gac]] : bracelet de téléassistance au poignet, étiquette au dos avec sa date de naissance [[DATE_NAISSANCE:29/07/1930]] et un numéro, [[TELEPHONE:02 98 44 61 25]]. La chatte {{Mimi}} dort sur le fauteuil.",
    ),
    (
        "ccas",
        CSP,
        "Visite pour une demande d'aide ménagère, quartier {{Saint-Maurice}} à {{Lille}}. M. [[PERSONNE:Amrani]] montre son avis d'imposition, numéro fiscal [[IDENTIFIANT:3078 512 644 091]]. Son petit-fils précise « papy il est né en [[DATE_NAISSANCE:quarante-huit]] ».",
    ),
    (
        "ccas",
        CSP,
        "Contrôle de l'occupation d'un logement d'urgence géré par le CCAS, [[ADRESSE:10 rue de la Paix, 80000 Amiens]]. Famille [[PERSONNE:Mokrani]]. Le père montre son titre de séjour, n° [[IDENTIFIANT:8004211976]]. Les enfants rentrent de l'école à {{16h30}}.",
    ),
    (
        "ccas",
        CSP,
        "VAD : la dame, {{91 ans}}, ne se souvient plus de son année de naissance mais de son mariage, « le {{12 juin 1954}} à {{Plouguerneau}} ». L'évaluatrice lit sur la carte vitale : [[DATE_NAISSANCE:1933]]. Mme [[PERSONNE:Cloarec]].",
    ),
    (
        "ccas",
        CSP,
        "Visite à {{Kervénanec}} ({{Lorient}}). Le monsieur nous offre un café. Photo de son petit-fils [[PERSONNE:Mathis]] sur le frigo : « né le [[DATE_NAISSANCE:14/05/2019]] — {{3,2 kg}} » ❤️",
    ),
    (
        "ccas",
        CSP,
        "Évaluation APA avec la grille {{AGGIR}}. Mme [[PERSONNE:Josiane Leclercq]] classée {{GIR 4}}. Sa fille [[PERSONNE:Valérie]] donne son mail pour le compte rendu : [[EMAIL:valerie.leclercq62 [at] orange.fr]].",
    ),
    (
        "ccas",
        CSP,
        "VAD annulée : personne ne répond à l'interphone. On attend {{10 min}} sous la pluie à {{Saint-Brieuc}} puis on repart.",
    ),
    (
        "ccas",
        CSP,
        "Visite à {{Dunkerque}}, quartier de la {{Citadelle}} : un couple âgé. Il a {{83 ans}}, elle {{80}}. Elle montre leur livret de famille : lui né le [[DATE_NAISSANCE:1er février 1941]], elle le [[DATE_NAISSANCE:22 novembre 1944]]. Nom : [[PERSONNE:Vanhoutte]].",
    ),
]

# --- caf, accueil physique ---
NOTES += [
    (
        "caf",
        AP,
        "Caf de {{Lille}}, accueil sans rdv. Madame vient changer son RIB : nouvel IBAN [[IBAN:FR76 3006 6201 1771 3794 4774 002]]. L'agent ([[PERSONNE:Olivier]]) vérifie le n° alloc [[N_ALLOCATAIRE:4471203]]. Mme [[PERSONNE:Chahrazed Mebarki]].",
    ),
    (
        "caf",
        AP,
        "Borne numérique à l'entrée : « Saisissez votre numéro allocataire ». Un monsieur tape sa date de naissance à la place. Le médiateur numérique l'aide. {{10h15}}.",
    ),
    (
        "caf",
        AP,
        "Rdv {{prime d'activité}}. Le jeune ([[PERSONNE:Maxime Lecomte]], {{22 ans}}) ne comprend pas pourquoi {{0 €}}. L'agente explique le calcul trimestriel. Il travaille chez {{Amazon}} à {{Lauwin-Planque}} en intérim.",
    ),
    (
        "caf",
        AP,
        "Accueil Caf {{Rennes}}. Une dame apporte un RIB papier : [[IBAN:30004 61546 15657801280 85]]. Titulaire : M. ou Mme [[PERSONNE:Tran Van Duc]]. L'agente le scanne, {{2 min}}.",
    ),
    (
        "caf",
        AP,
        "Un homme vient signaler une séparation. L'agent demande l'adresse de madame, il ne la connaît pas. Lui reste [[ADRESSE:18 rue de Saint-Malo, 35000 Rennes]]. [[PERSONNE:Florian]], dossier [[N_ALLOCATAIRE:0683512]].",
    ),
    (
        "caf",
        AP,
        "Écran d'attente : « Ticket {{A042}} — guichet {{3}} ». Les tickets A sont pour les rdv, B sans rdv. J'ai compté {{26}} tickets B à {{11h}}.",
    ),
    (
        "caf",
        AP,
        "Une maman ({{APL}} + {{AF}}) : « mon fils [[PERSONNE:Ilyes]] a eu {{20 ans}} le mois dernier, on m'a coupé les alloc ». L'agent confirme : les AF s'arrêtent à 20 ans. Dossier [[N_ALLOCATAIRE:3390175]].",
    ),
    (
        "caf",
        AP,
        "Agente [[PERSONNE:Sophie]] : « votre mail c'est bien [[EMAIL:djibril.camara59@gmail.com]] ? » Monsieur [[PERSONNE:Camara]] : « non, avec un tiret » → [[EMAIL:djibril-camara59@gmail.com]].",
    ),
    (
        "caf",
        AP,
        "Déclaration de grossesse : la jeune femme montre l'échographie, terme en {{avril}}. Pas encore de n° alloc → création. Née en [[DATE_NAISSANCE:2004]], [[PERSONNE:Léa Fontaine]]. À côté, la {{fontaine à eau}} est vide.",
    ),
    (
        "caf",
        AP,
        "Un monsieur apporte un courrier de la Caf qu'il ne comprend pas : indu de {{1 240 €}}, référence [[IDENTIFIANT:IND-2024-0557812]]. M. [[PERSONNE:Hakan Demir]]. L'agent propose un échéancier.",
    ),
    (
        "caf",
        AP,
        "Agent d'accueil : « vous avez un compte sur {{caf.fr}} ? » « non j'ai pas internet ». On imprime l'attestation au guichet.",
    ),
    (
        "caf",
        AP,
        "Changement de situation : monsieur s'est installé avec Mme [[PERSONNE:Pires]] au [[ADRESSE:2 rue Gustave Eiffel, 80080 Amiens]]. Il dicte son IBAN, je note ce que j'entends : [[IBAN:FR76 1350 7075 8185 5098 1999 167]]. M. [[PERSONNE:Fernandes]].",
    ),
    (
        "caf",
        AP,
        "Fille de {{16 ans}} accompagne sa mère qui ne parle que tamoul. Elle cherche comment traduire « {{quotient familial}} ». N° alloc [[N_ALLOCATAIRE:5571046]]. Mme [[PERSONNE:Selvarajah]].",
    ),
    (
        "caf",
        AP,
        "Un vigile {{Securitas}} à l'entrée de la Caf. Il aide les gens à la borne plus que l'agent d'accueil 😅",
    ),
    (
        "caf",
        AP,
        "Monsieur retraité, {{68 ans}}, vient pour l'{{APL}}. RIB {{La Banque Postale}} : [[IBAN:FR7620041072879939901082105]]. Il s'appelle [[PERSONNE:Marcel Dubois]]. L'agent : « encore un [[PERSONNE:Dubois]], c'est le 3e aujourd'hui ».",
    ),
    (
        "caf",
        AP,
        "Caf de {{Brest}} : une étudiante, [[PERSONNE:Nina Kerhervé]], demande l'APL pour sa chambre {{Crous}}. Elle laisse son tel, [[TELEPHONE:07 49 51 02 68]], et repart avec la liste des pièces.",
    ),
    (
        "caf",
        AP,
        "Agente ([[PERSONNE:Corinne]]) à une dame : « votre numéro d'allocataire est sur tous les courriers, en haut à droite ». La dame sort un courrier : [[N_ALLOCATAIRE:1184502]]. Mme [[PERSONNE:Ba]].",
    ),
    (
        "caf",
        AP,
        "Monsieur en fauteuil, {{AAH}}. Son frère l'accompagne et parle pour lui. L'agent s'adresse au monsieur directement, bien. M. [[PERSONNE:Rémy Carlier]].",
    ),
    (
        "caf",
        AP,
        "Déménagement : ancienne adresse [[ADRESSE:5 place du Général de Gaulle, 59140 Dunkerque]], nouvelle [[ADRESSE:11 rue de Rosendaël, 59240 Dunkerque]]. Mme [[PERSONNE:Deschamps]], email [[EMAIL:m.deschamps@laposte.net]].",
    ),
    (
        "caf",
        AP,
        "Un couple vient pour le {{RSA}}. Ils ont un carnet où ils notent tout. Je lis : « appel Caf {{12/03}} {{45 min}} attente, appel {{19/03}} raccroché ». Pas de noms devant moi.",
    ),
]

# --- caf, accueil telephonique ---
NOTES += [
    (
        "caf",
        AT,
        "Plateforme téléphonique Caf (le {{3230}}). Premier appel : l'allocataire donne son numéro « [[N_ALLOCATAIRE:sept, trois, un, zéro, huit, huit, deux]] » et sa date de naissance, [[DATE_NAISSANCE:12 janvier 85]], pour s'identifier. Conseiller : [[PERSONNE:Yannick Le Roux]].",
    ),
    (
        "caf",
        AT,
        "Appel : madame veut changer de banque. Le conseiller refuse de prendre l'IBAN par téléphone, « il faut passer par l'espace perso ». Elle le dit quand même : [[IBAN:FR76 1558 9920 4175 1951 6757 414]]. Le conseiller ne le note pas.",
    ),
    (
        "caf",
        AT,
        "Temps moyen de décroché affiché sur l'écran du plateau : {{7 min 40}}. {{48}} appels en file à {{9h05}}.",
    ),
    (
        "caf",
        AT,
        "Un monsieur appelle pour son fils majeur : « [[PERSONNE:Dylan]], il est né le [[DATE_NAISSANCE:9 août 2003]] ». Le conseiller ne peut rien dire sans le fils. Tel du fils : [[TELEPHONE:06 59 82 14 37]].",
    ),
    (
        "caf",
        AT,
        "Appel d'une femme en colère : « on m'a pris {{300 €}} sans prévenir ! » Le conseiller lit le motif : trop-perçu de {{prime d'activité}}. Allocataire [[N_ALLOCATAIRE:6620938]], Mme [[PERSONNE:Ramos]].",
    ),
    (
        "caf",
        AT,
        "Appel pour une demande de {{RSA}} : le conseiller demande l'email, « [[EMAIL:fatou.ndiaye arobase hotmail point fr]] ». Elle épelle : [[PERSONNE:N-D-I-A-Y-E]]. Mme [[PERSONNE:Fatou Ndiaye]].",
    ),
    (
        "caf",
        AT,
        "Conseillère [[PERSONNE:Karima]] : on lui demande souvent « vous êtes à {{Lille}} ou à {{Paris}} ? » — le plateau est à {{Arras}}. Elle en rit.",
    ),
    (
        "caf",
        AT,
        "Appel : monsieur donne son numéro de sécu au lieu du n° alloc : [[NIR:1 63 07 99 139 584 24]]. Conseiller : « non monsieur, l'autre ». Il trouve : [[N_ALLOCATAIRE:2049731]]. Né au {{Portugal}}, M. [[PERSONNE:Pereira da Costa]].",
    ),
    (
        "caf",
        AT,
        "Appel d'une assistante sociale du département pour la famille [[PERSONNE:Mabiala]], dossier [[N_ALLOCATAIRE:3077461]], adresse actuelle [[ADRESSE:7 rue des Carmes, 29000 Quimper]]. Mail de l'AS, Mme [[PERSONNE:Guillou]] : [[EMAIL:a.guillou@finistere-exemple.fr]].",
    ),
    (
        "caf",
        AT,
        "Appel coupé au bout de {{38 minutes}} d'attente. L'allocataire rappelle tout de suite, et c'est le même conseiller qui décroche, coïncidence.",
    ),
    (
        "caf",
        AT,
        "Appel : une jeune maman, [[PERSONNE:Manon]], bébé né le [[DATE_NAISSANCE:3 de ce mois]], prénom [[PERSONNE:Lyam]]. Elle demande la prime de naissance. Conseiller : « il faut l'acte de naissance ».",
    ),
    (
        "caf",
        AT,
        "Un monsieur âgé appelle, malentendant. Le conseiller parle fort : « VOTRE NUMÉRO ALLOCATAIRE » « [[N_ALLOCATAIRE:0912367]] » « VOTRE DATE DE NAISSANCE » « [[DATE_NAISSANCE:VINGT-TROIS AVRIL QUARANTE-SIX]] ». Tout le plateau entend 😬",
    ),
]

# --- caf, controle sur place ---
NOTES += [
    (
        "caf",
        CSP,
        "Contrôle sur place avec le contrôleur, [[PERSONNE:Didier]]. Adresse : [[ADRESSE:34 rue Faidherbe, 59800 Lille]]. Mme [[PERSONNE:Kaddouri]] déclare vivre seule. Sur la boîte aux lettres : deux noms, « [[PERSONNE:KADDOURI]] / [[PERSONNE:MEZIANE]] ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Hellemmes}}. Voiture devant la maison, [[IMMATRICULATION:EX-804-ML]], au nom du compagnon supposé. Le contrôleur note mais ne conclut rien.",
    ),
    (
        "caf",
        CSP,
        "Contrôle : le contrôleur demande les relevés bancaires. IBAN sur le relevé : [[IBAN:FR76 3000 3841 8979 1639 3435 577]]. Virements réguliers de « [[PERSONNE:J. Vasseur]] ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle des ressources d'un auto-entrepreneur : son SIRET perso [[IDENTIFIANT:812 455 903 00017]]. M. [[PERSONNE:Naït-Ali]] fait des livraisons {{Uber Eats}}. Le contrôleur regarde l'appli avec lui.",
    ),
    (
        "caf",
        CSP,
        "Trajet entre deux contrôles : {{40 min}} de voiture de service, une {{Clio}}. Le contrôleur me raconte qu'il fait {{4}} visites par jour max.",
    ),
    (
        "caf",
        CSP,
        "Contrôle de décence pour l'APL : [[ADRESSE:2 bis chemin des Prés, 80330 Longueau]]. Bailleur : M. [[PERSONNE:Dumont]]. Humidité, pas de chauffage dans la chambre de [[PERSONNE:Louna]] ({{7 ans}}).",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez une famille à {{Saint-Brieuc}} : le père montre les actes de naissance des enfants, je lis « né le [[DATE_NAISSANCE:12 mars 2012]] » et « née le [[DATE_NAISSANCE:30 septembre 2015]] ». Contrôleuse : [[PERSONNE:Katell]].",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur photographie le bail : locataire [[PERSONNE:Samuel Ekwalla]], loyer {{480 €}}, CAF n° [[N_ALLOCATAIRE:4108823]]. Le propriétaire est la SCI {{Les Tilleuls}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle : une dame nous montre le camping-car où vit son fils, [[ADRESSE:camping municipal de Kerlann, emplacement 41]], plaque [[IMMATRICULATION:DF-118-RN]]. Le fils est au travail.",
    ),
    (
        "caf",
        CSP,
        "Contrôle annulé : l'allocataire a appelé à {{8h}} pour dire qu'il était à l'hôpital. Le contrôleur reprogramme au {{14 octobre}}.",
    ),
]

# --- cpam, accueil physique ---
NOTES += [
    (
        "cpam",
        AP,
        "Cpam de {{Lille}}, accueil. Mme [[PERSONNE:Colette Delannoy]], {{86 ans}}, vient avec sa carte vitale qui ne marche plus. L'agente lit le NIR : [[NIR:2 38 03 59 350 680 57]] ; « vous êtes née en [[DATE_NAISSANCE:mars 38]], à Lille ? » « oui ma fille ». Nouvelle carte commandée.",
    ),
    (
        "cpam",
        AP,
        "Demande de {{CSS}} (complémentaire santé solidaire). L'agent saisit l'IBAN pour les remboursements : [[IBAN:FR76 3000 3607 7592 3507 6932 084]]. Monsieur [[PERSONNE:Ibrahima Sarr]].",
    ),
    (
        "cpam",
        AP,
        "Borne {{Ameli}} : mise à jour de la carte vitale. {{3}} personnes font la queue devant la borne, {{0}} au guichet. Bizarre.",
    ),
    (
        "cpam",
        AP,
        "Monsieur corse à {{Roubaix}} (!) : sa carte vitale dit [[NIR:1 72 03 2A 004 895 83]] — l'agent ne sait pas où mettre le 2A dans le formulaire papier. Né à {{Ajaccio}} en [[DATE_NAISSANCE:mars 1972]]. M. [[PERSONNE:Santoni]].",
    ),
    (
        "cpam",
        AP,
        "Une dame vient pour ses indemnités journalières. Arrêt depuis le {{4 novembre}}. Employeur : {{Auchan}}. Elle redonne son RIB : [[IBAN:FR76 1027 8259 0685 9575 2457 897]]. Prénom : [[PERSONNE:Cindy]].",
    ),
    (
        "cpam",
        AP,
        "Accueil Cpam d'{{Amiens}}, jeune primo-arrivant, demande d'{{AME}}. Passeport n° [[IDENTIFIANT:R0912447]]. Domiciliation : association {{Entraide Picardie}}. [[PERSONNE:Mohamed Lamine Camara]], né le [[DATE_NAISSANCE:01/01/2006]].",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Le Roux]] (ou [[PERSONNE:Leroux]], l'agent hésite) veut son attestation de droits. Mail pour l'envoyer : [[EMAIL:annick.leroux29@orange.fr]]. Elle vient de {{Quimper}} en bus, {{1h}}.",
    ),
    (
        "cpam",
        AP,
        "Dame en pleurs : refus de remboursement de ses lunettes. L'agente ([[PERSONNE:Béatrice]]) regarde : le {{100% santé}} aurait fait {{0 €}} de reste à charge. Trop tard.",
    ),
    (
        "cpam",
        AP,
        "Mutuelle : monsieur montre sa carte {{MGEN}} n° [[IDENTIFIANT:204517739]] et sa carte vitale au nom de [[PERSONNE:Vincent Tessier]]. L'agent met à jour la liaison {{NOEMIE}}.",
    ),
    (
        "cpam",
        AP,
        "Une femme née au {{Maroc}} : NIR provisoire puis définitif, [[NIR:2 90 04 99 350 048 84]], elle montre le courrier. Née le [[DATE_NAISSANCE:16 avril 1990]]. Mme [[PERSONNE:Zineb El Amrani]].",
    ),
    (
        "cpam",
        AP,
        "Les agents de la Cpam ont des badges avec le prénom seulement depuis {{2022}}, « pour notre sécurité ». Le badge de l'agent que je suis est retourné.",
    ),
    (
        "cpam",
        AP,
        "Changement d'adresse : Mme [[PERSONNE:Gisèle Marchand]] quitte le [[ADRESSE:19 rue Nationale, 62300 Lens]] pour l'EHPAD {{Les Érables}} à {{Liévin}}. Sa fille a la procuration.",
    ),
    (
        "cpam",
        AP,
        "Rattachement d'un enfant : [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:28/02/2020]]. Le père, M. [[PERSONNE:Lefèvre]], {{23 ans}}, NIR [[NIR:1 01 01 62 498 785 75]] (né à {{Lens}}). Ça prend {{20 minutes}}.",
    ),
    (
        "cpam",
        AP,
        "Cpam de {{Calais}} : une grand-mère, Mme [[PERSONNE:Ramdani]], fait la démarche de naissance pour sa fille et donne son propre NIR par erreur : [[NIR:279066219383746]]. L'agent rectifie.",
    ),
    (
        "cpam",
        AP,
        "Accueil Cpam {{Saint-Brieuc}} : Mme [[PERSONNE:Annick Le Guen]], née en [[DATE_NAISSANCE:octobre 49]], NIR [[NIR:2 49 10 22 278 557 02]] — elle a {{75 ans}}, c'est pour une pension de réversion en fait → orientée {{Carsat}}.",
    ),
    (
        "cpam",
        AP,
        "Un monsieur demande pourquoi il n'a plus de médecin traitant déclaré. Le Dr [[PERSONNE:Nguyen]] est parti à la retraite. L'agent donne la liste des médecins qui prennent de nouveaux patients : {{0}}.",
    ),
]

# --- cpam, accueil telephonique ---
NOTES += [
    (
        "cpam",
        AT,
        "Plateau {{3646}}. Appel pour Mme [[PERSONNE:Huguette Renard]], {{92 ans}} ; sa fille lit le NIR : [[NIR:2 32 05 35 238 542 67]] (née à {{Rennes}}, [[DATE_NAISSANCE:mai 32]]). Elle veut savoir si le taxi pour la dialyse est remboursé.",
    ),
    (
        "cpam",
        AT,
        "Conseiller [[PERSONNE:Jean-Baptiste]] : un monsieur demande à recevoir ses relevés par mail, [[EMAIL:bernard.vandamme@free.fr]]. M. [[PERSONNE:Vandamme]] épelle deux fois.",
    ),
    (
        "cpam",
        AT,
        "Musique d'attente du {{3646}} : {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. Le conseiller dit qu'il ne l'entend plus.",
    ),
    (
        "cpam",
        AT,
        "Appel d'un homme de {{Roubaix}} : pension d'invalidité, virement sur un nouveau compte. Le conseiller le renvoie au formulaire mais il dicte déjà : [[IBAN:FR76 3000 3686 2314 2225 2015 238]]. M. [[PERSONNE:Benyahia]], né le [[DATE_NAISSANCE:02/11/1947]], NIR [[NIR:1 47 11 59 512 799 53]].",
    ),
    (
        "cpam",
        AT,
        "Appel : une dame de {{Bastia}} installée à {{Lorient}}, NIR [[NIR:2 68 11 2B 033 292 20]] ; le conseiller doit lui expliquer que le 2B c'est normal. Née le [[DATE_NAISSANCE:23 novembre 1968]]. Mme [[PERSONNE:Paoli]].",
    ),
    (
        "cpam",
        AT,
        "Appel : « j'ai perdu ma carte vitale ». Le conseiller demande nom et date de naissance : « [[PERSONNE:Florence Maréchal]], [[DATE_NAISSANCE:vingt-neuf mai soixante-quinze]] ». Commande faite, {{3 semaines}}.",
    ),
    (
        "cpam",
        AT,
        "Un kiné libéral appelle pour un patient, M. [[PERSONNE:Lucas Moreau]], ordonnance du Dr [[PERSONNE:Achour]]. Il laisse son numéro de cabinet : [[TELEPHONE:03 21 71 45 09]].",
    ),
    (
        "cpam",
        AT,
        "Entre {{14h}} et {{15h}}, {{17}} appels dont {{9}} sur les arrêts de travail. Le conseiller dit que le serveur vocal comprend mal l'accent ch'ti.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une dame qui veut résilier sa mutuelle {{Harmonie Mutuelle}} (adhérente n° [[IDENTIFIANT:HM 0048127753]]) — pas le bon organisme, le conseiller l'explique gentiment. Mme [[PERSONNE:Drouet]].",
    ),
    (
        "cpam",
        AT,
        "Appel : un jeune de {{Tourcoing}}, [[PERSONNE:Sofiane]], veut sa carte européenne pour partir en {{Espagne}}. Envoi par mail : [[EMAIL:sofiane.b.59200@outlook.fr]].",
    ),
]

# --- cpam, controle sur place ---
NOTES += [
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail à domicile avec l'agent enquêteur, [[PERSONNE:Patrick]]. [[ADRESSE:26 rue Jules Guesde, 59500 Douai]]. Sorties autorisées : {{9h-11h}} et {{14h-16h}}. M. [[PERSONNE:Mendes]] est là, en pyjama. Son scooter devant la porte, plaque notée par l'enquêteur : [[IMMATRICULATION:fz-671-ab]]. RAS.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle de résidence ({{CSS}}) : la dame vit chez sa sœur, [[ADRESSE:4 allée des Hirondelles, 35136 Saint-Jacques-de-la-Lande]]. Boîte aux lettres : « [[PERSONNE:Sissoko]] ». Enquêtrice : [[PERSONNE:Élodie]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle : personne. L'enquêteur laisse un avis de passage. Il m'explique qu'après {{2}} passages sans réponse, les {{IJ}} sont suspendues.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle transport sanitaire : taxi conventionné [[IMMATRICULATION:GK-905-JA]], le chauffeur ([[PERSONNE:Arnaud Delplace]]) montre son carnet de bord. Patient transporté : M. [[PERSONNE:Lambert]], dialyse à {{Valenciennes}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'un arrêt : la personne est dans son jardin. « Mon médecin m'a dit de bouger ». Mme [[PERSONNE:Nathalie Cordier]], {{52 ans}}. L'enquêteur note sans commentaire.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle : soupçon de prêt de carte vitale. La carte au nom de [[PERSONNE:Kamel Haddouche]] (né en [[DATE_NAISSANCE:1978]]) serait utilisée par son cousin. Voiture du cousin, plaque belge : [[IMMATRICULATION:1-ABC-234]].",
    ),
]

# --- france travail, accueil physique ---
NOTES += [
    (
        "france_travail",
        AP,
        "France Travail {{Roubaix}}. Monsieur, identifiant [[ID_FRANCE_TRAVAIL:4518230K]], vient parce que son allocation est bloquée. Conseillère : [[PERSONNE:Aurélie]]. Motif : attestation employeur manquante ({{Intermarché}}).",
    ),
    (
        "france_travail",
        AP,
        "Un jeune de {{18 ans}} s'inscrit. Il ne connaît pas son IBAN, il appelle sa mère sur haut-parleur qui lit : « [[IBAN:FR76 1558 9955 9878 8812 4833 338]] ». [[PERSONNE:Kylian Dhaussy]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:7720461B]].",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV à {{10h}} : {{8}} inscrits, {{3}} présents. Le conseiller projette un CV modèle au nom de [[PERSONNE:Julie Martin]]. Personne ne pose de question.",
    ),
    (
        "france_travail",
        AP,
        "Conseiller [[PERSONNE:Nicolas]] à une dame : « votre identifiant c'est [[ID_FRANCE_TRAVAIL:3098214 M]] » — elle le recopie sur sa main au stylo.",
    ),
    (
        "france_travail",
        AP,
        "France Travail {{Brest}} : inscription d'un réfugié syrien, [[PERSONNE:Ahmad Al-Hassan]], titre de séjour [[IDENTIFIANT:2904887712]]. Il était pharmacien à {{Alep}}. Conseillère : « ici il faudra une équivalence ».",
    ),
    (
        "france_travail",
        AP,
        "Mail renseigné pour l'espace candidat : [[EMAIL:ahmed_benali.pro@yahoo.fr]]. Elle s'appelle pourtant Mme [[PERSONNE:Samira Benali]] — c'est le mail de son frère.",
    ),
    (
        "france_travail",
        AP,
        "Demandeur d'emploi, {{57 ans}}, licencié de chez {{Vallourec}}. « À mon âge personne ne me prendra ». Le conseiller, [[PERSONNE:Frédéric]], propose la formation cariste {{CACES}}.",
    ),
    (
        "france_travail",
        AP,
        "Une jeune femme met à jour sa situation : CDD chez {{Leroy Merlin}}. ID [[ID_FRANCE_TRAVAIL:5560123A]], [[PERSONNE:Sarah Mekki]]. Début le {{2 décembre}}.",
    ),
    (
        "france_travail",
        AP,
        "Le hall de France Travail {{Amiens}} : écrans avec les offres, {{4}} ordinateurs en libre-service dont {{2}} en panne. Une offre « poissonnier H/F, {{Saint-Valery-sur-Somme}} ».",
    ),
    (
        "france_travail",
        AP,
        "Un monsieur arrive avec son fils, la conseillère demande l'identifiant : « [[ID_FRANCE_TRAVAIL:0615784 D]] », puis le tel : [[TELEPHONE:06 22 41 98 03]]. M. [[PERSONNE:Boulahya]].",
    ),
    (
        "france_travail",
        AP,
        "Rdv de suivi : [[PERSONNE:Tiphaine]] (conseillère) et [[PERSONNE:Jordan Lecoq]], {{25 ans}}, sans permis. Projet : permis B financé par le {{CPF}}. Il vit à {{Wattrelos}}, bus compliqué.",
    ),
    (
        "france_travail",
        AP,
        "Une dame vient avec son projet de création (couture). Son SIRET perso : [[IDENTIFIANT:905 332 118 00012]]. ID FT [[ID_FRANCE_TRAVAIL:2247719P]], IBAN pro [[IBAN:FR7630066580591482873472779]]. Mme [[PERSONNE:Oumou Bah]].",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'une jeune femme : l'agent demande la date de naissance pour la créer, [[DATE_NAISSANCE:13/06/2003]], [[PERSONNE:Maëva Lopes]], email [[EMAIL:maeva.lopes03@gmail.com]]. Identifiant généré : [[ID_FRANCE_TRAVAIL:8103527R]].",
    ),
    (
        "france_travail",
        AP,
        "Monsieur en panne sur le parking ({{Peugeot 206}}, [[IMMATRICULATION:BN-228-VE]]), il arrive en retard au rdv, la conseillère le prend quand même. [[PERSONNE:Jean-Luc]] remercie trois fois.",
    ),
]

# --- france travail, accueil telephonique ---
NOTES += [
    (
        "france_travail",
        AT,
        "Plateforme {{3949}}. Appel : « mon identifiant c'est [[ID_FRANCE_TRAVAIL:un quatre quatre neuf zéro deux six J]] ». Le conseiller, [[PERSONNE:Samuel]], tape. Mme [[PERSONNE:Poulain]].",
    ),
    (
        "france_travail",
        AT,
        "Appel : monsieur demande son attestation pour la Caf. Identifiant : [[ID_FRANCE_TRAVAIL:6621093 T]]. Il donne aussi son n° alloc, [[N_ALLOCATAIRE:7712458]], « au cas où ».",
    ),
    (
        "france_travail",
        AT,
        "{{26}} appels en attente, temps annoncé {{12 minutes}}. Le conseiller a un casque qui grésille.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une conseillère de la {{Mission locale}} pour un jeune : [[PERSONNE:Bilal Ait Ouarab]], ID [[ID_FRANCE_TRAVAIL:9042816C]], mail du jeune [[EMAIL:bilal.aitouarab@gmail.com]].",
    ),
    (
        "france_travail",
        AT,
        "Appel : une dame change de banque. Le conseiller lui dit de le faire en ligne ; elle insiste et lit son IBAN : [[IBAN:FR76 1100 6547 6426 9497 8018 482]]. ID [[ID_FRANCE_TRAVAIL:1183305F]]. Mme [[PERSONNE:Gomes]].",
    ),
    (
        "france_travail",
        AT,
        "Appel : « allo, c'est pour mon fils, il a rdv avec Mme [[PERSONNE:Lebon]] demain et il est malade ». Le fils : [[PERSONNE:Kevin Dupuis]], ID [[ID_FRANCE_TRAVAIL:4409127H]].",
    ),
]

# END OF NOTES

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


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
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build_notes():
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
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
