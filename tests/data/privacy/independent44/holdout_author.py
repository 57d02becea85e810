"""Hand-written evaluation notes for the anonymiser (independent corpus n° 44).

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string that must survive (``keep``).
Running this script strips the marks, computes the offsets, numbers the notes
``ind44-001`` … in writing order, draws a stratified 120 / 120 split with
``random.Random(44)`` and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind44"
SEED = 44
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# ---------------------------------------------------------------- Caf
CAF = [
    (
        "caf",
        AP,
        "{{10h05}}, une maman avec poussette + 2 enfants : [[PERSONNE:Jade]] ({{3 ans}}) et [[PERSONNE:Marin]] ({{7 mois}}). Elle vient pour l'{{ARS}} de sa grande, [[PERSONNE:Océane]], en {{6e}} au {{collège Anne de Bretagne}}. L'agente ([[PERSONNE:Sandrine]]) lui explique que l'{{ARS}} est versée automatiquement fin {{août}} si les ressources sont déclarées. Maman pas convaincue, elle a rien reçu. {{n° alloc}} [[N_ALLOCATAIRE:2847163]] → en fait déclaration trimestrielle pas faite.",
    ),
    (
        "caf",
        AP,
        "Une grand-mère demande si elle peut toucher les {{allocations familiales}} pour ses {{deux petits-enfants}} qu'elle garde depuis {{mars}}. Réponse de l'agent : il faut une décision du {{JAF}} ou une délégation d'autorité parentale, sinon c'est la mère qui reste allocataire. La dame pleure un peu. Elle dit \"je veux pas qu'on me les place, c'est tout\". {{15 min}} d'entretien, ticket {{B12}}.",
    ),
    (
        "caf",
        AP,
        "file d'attente dès {{8h30}}, {{14 personnes}} à l'ouverture. borne en panne -> tout le monde au comptoir. mr [[PERSONNE:Haddad]] s'énerve, sa {{prime d'activité}} a baissé de {{120€}} il comprend pas. agent lui montre le calcul sur l'ecran (trimestre de ref {{avril-juin}}), dossier [[N_ALLOCATAIRE:6120457]]. il repart avec un rdv pour {{jeudi}}",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Florence Delaunay]], {{3 enfants}}, séparée depuis l'été. Elle veut que la {{Caf}} arrête de verser à l'ex. Résidence alternée décidée par le {{JAF}} de {{Nantes}}, jugement du {{12 septembre}}. L'agent explique le partage des allocs en cas d'alternance (les 2 parents doivent le demander, sinon un seul allocataire). Elle dit que le père refusera de signer quoi que ce soit, \"il refuse tout par principe\". L'agent reste neutre, il redit la règle deux fois, puis il propose de noter la demande de partage et d'envoyer un courrier au père. Pendant ce temps les enfants font le tour de l'accueil : [[PERSONNE:Lou]] {{9 ans}}, [[PERSONNE:Capucine]] {{6 ans}} et [[PERSONNE:Ange]] {{2 ans}}, qui veut absolument appuyer sur la borne à tickets. La maman s'excuse, l'agent rigole, il a l'habitude. Au total {{25 min}}, le plus long entretien de la matinée. Elle laisse son num pour le rappel : [[TELEPHONE:06 71 28 44 19]]. Après son départ l'agent me dit que les séparations c'est la moitié de ses rdv, et que le plus dur c'est quand les parents se servent des allocs pour se faire la guerre.",
    ),
    (
        "caf",
        AP,
        "L'agent m'explique que l'accueil du {{cours des Alliés}} ne reçoit plus que sur rdv l'après-midi. Un monsieur arrive quand même sans rdv : sa demande d'{{APL}} est bloquée depuis {{6 semaines}}, il a un courrier du bailleur ({{Aiguillon}}). On le reçoit. Il redonne son adresse, [[ADRESSE:4 square de Nimègue, 35200 Rennes]], et son numéro d'allocataire [[N_ALLOCATAIRE:0712846]]. Il manquait l'attestation de loyer, le bailleur l'avait envoyée à l'ancienne adresse.",
    ),
    (
        "caf",
        AP,
        "Jeune papa, [[PERSONNE:Germain]], {{22 ans}}, vient déclarer la naissance de sa fille [[PERSONNE:Blanche]], née le [[DATE_NAISSANCE:3 janvier 2024]] à la maternité du {{CHU}}. Il a pas encore le livret de famille. L'agente vérifie si la {{prime à la naissance}} a été versée : oui, au {{7e mois}} de grossesse, sur le compte de la maman. Il savait pas. Il note tout dans son tel.",
    ),
    (
        "caf",
        AP,
        "Observation : le {{vigile}} à l'entrée oriente tout le monde, il connait les procédures mieux que certains. {{10h40}} {{panne réseau}}, plus d'accès aux dossiers pendant {{25 minutes}}. Les agents font patienter, distribuent des gobelets d'eau. Personne ne râle vraiment, ça m'a surpris.",
    ),
    (
        "caf",
        AP,
        "Une maman veut savoir si le complément mode de garde ({{CMG}}) marche pour la crèche {{Les Petits Lilas}}. Non, c'est une crèche {{PSU}}, elle paie déjà selon ses revenus. Par contre pour l'assistante mat à partir de {{septembre}}, oui. Elle montre une photo de sa fille en robe {{rose}} avec un collier d'{{ambre}} \"pour les dents\". L'agente sourit, dit que les pédiatres aiment pas trop les colliers.",
    ),
    (
        "caf",
        AP,
        "mr [[PERSONNE:Ould Ahmed]] a plus accès à son espace {{caf.fr}}, {{mdp oublié}} et l'adresse mail enregistrée c'est celle de son fils ([[EMAIL:yanis.ouldahmed@gmail.com]]) parti au {{Canada}}. L'agent change l'adresse -> [[EMAIL:m.ouldahmed35@orange.fr]] . Réinitialisation du mdp devant nous, {{20 min}} en tout, guichet {{4}}",
    ),
    (
        "caf",
        AP,
        "[[PERSONNE:Prune]] ({{4 ans}}) dessine sur le comptoir pendant que sa mère, Mme [[PERSONNE:Lemarchand]], explique que le père verse plus la pension depuis {{6 mois}}. L'agente parle de l'{{ARIPA}} (intermédiation financière) et de l'{{ASF}} en attendant. Il faut le jugement ou une convention homologuée. Mme l'a sur elle, {{RG}} [[IDENTIFIANT:22/03518]], on le scanne.",
    ),
    (
        "caf",
        AP,
        "Étudiant de {{19 ans}} pour l'{{APL}} de sa chambre {{CROUS}} (résidence {{Patton}}). Il s'appelle [[PERSONNE:Aimé Ndiaye]], né le [[DATE_NAISSANCE:14/02/2005]] à {{Dakar}}. L'agente demande le titre de séjour : étudiant, n° [[IDENTIFIANT:3502214896]], valable jusqu'en {{octobre}}. Dossier complet, il repart soulagé.",
    ),
    (
        "caf",
        AP,
        "Beaucoup de familles ce matin, c'est la rentrée. Questions sur l'{{ARS}} : {{416,40 €}} pour un enfant de {{6 à 10 ans}}, un peu plus pour le collège et le lycée. Une dame demande si son fils de {{18 ans}} en apprentissage y a droit : non s'il gagne plus de {{55 %}} du {{Smic}}. Elle trouve ça injuste, il gagne à peine plus.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Kowalczyk]] (l'agente lui fait épeler : [[PERSONNE:K-O-W-A-L-C-Z-Y-K]]) vient pour un indu de {{1 240 €}} de {{RSA}}. Numéro de sécu lu sur son attestation : [[NIR:2 83 10 75 114 287 58]], née à {{Paris}} {{14e}}. Elle donne son tel à voix haute : [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-sept, zéro trois]]. Remise de dette possible, formulaire donné.",
    ),
    (
        "caf",
        AP,
        "Une maman demande un rendez-vous : sa fille [[PERSONNE:Céleste]] est en {{CP}} à l'école {{Jules Ferry}} et le papa est parti vivre à {{Paris}}. Elle voudrait que les allocs soient qu'à elle. Agente : résidence habituelle chez vous donc vous restez allocataire, il faut juste déclarer la séparation en ligne. Ça prend {{5 min}} sur la borne.",
    ),
    (
        "caf",
        AP,
        "Un couple avec un bébé, [[PERSONNE:Aurélien]] et [[PERSONNE:Maëlle]], pour un changement de situation : lui a retrouvé un {{CDD}} chez {{Lidl}}. Ils ont peur de perdre la {{prime d'activité}}. L'agent fait une simulation sur {{mesdroitssociaux.gouv.fr}}, ça baisse un peu mais pas à zéro. Rassurés.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Constant]] change de banque (elle passe chez {{Boursorama}}) et vient donner son nouveau {{RIB}} pour la {{PAJE}}. L'agent recopie l'{{IBAN}} : [[IBAN:FR76 1027 8360 6100 0204 7130 508]]. Son fils [[PERSONNE:Clément]] ({{5 ans}}) s'ennuie, l'agente lui donne un coloriage et des feutres.",
    ),
    (
        "caf",
        AP,
        "{{11h15}} : un monsieur très âgé vient pour sa voisine qui ne peut plus se déplacer. Sans {{procuration}} l'agent peut rien dire sur le dossier. Il repart avec le formulaire. Mon ressenti : la règle est logique mais le monsieur a fait {{40 min}} de {{bus}} pour rien.",
    ),
    (
        "caf",
        AP,
        "[[PERSONNE:Lorraine]], maman solo, jumelles de {{8 ans}} ([[PERSONNE:Rose]] et [[PERSONNE:Olive]]). Demande d'aide aux vacances ({{VACAF}}) pour une colo en {{Bretagne}} cet été. Quotient familial {{612}}, ça passe. Son n° alloc : [[N_ALLOCATAIRE:3051928]]. Les deux filles ont le même ciré {{bleu marine}}.",
    ),
    # accueil téléphonique
    (
        "caf",
        AT,
        "Appel d'un père, M. [[PERSONNE:Aimé Bertrand]], qui veut savoir pourquoi les {{allocations familiales}} sont versées à la mère alors que les {{deux garçons}} vivent chez lui une semaine sur deux. Conseillère : il faut une demande conjointe de partage, ou un jugement qui le prévoit. Il a un jugement du {{tribunal judiciaire de Rennes}}. Elle lui dit de l'envoyer par l'espace perso. Appel {{12 min}}.",
    ),
    (
        "caf",
        AT,
        "{{3e}} appel de la matinée sur le {{3230}}. La dame donne direct son numéro alloc, [[N_ALLOCATAIRE:5 204 318]], et sa date de naissance [[DATE_NAISSANCE:17 août 1976]] pour prouver que c'est elle. Elle veut savoir si son {{RSA}} tombe bien le {{5}}. Oui.",
    ),
    (
        "caf",
        AT,
        "Une maman appelle : sa fille a eu {{20 ans}} le mois dernier et les allocs ont baissé. Le conseiller explique la fin des {{allocations familiales}} pour cet enfant, et l'{{allocation forfaitaire}} qui existe seulement à partir de {{3 enfants}}. Elle en a deux. Elle raccroche un peu sèchement.",
    ),
    (
        "caf",
        AT,
        "{{16h10}}, appel d'un travailleur social du {{CDAS}} du {{Blosne}}, [[PERSONNE:Mathieu Roger]], pour une famille qu'il accompagne. Il donne le numéro de dossier [[N_ALLOCATAIRE:0938471]]. La conseillère refuse d'en dire plus sans l'accord écrit de la personne. Il renverra l'accord par mail depuis [[EMAIL:m.roger@ille-et-vilaine.fr]].",
    ),
    (
        "caf",
        AT,
        "Appel d'une grand-mère, Mme [[PERSONNE:Germain]], qui a la garde de sa petite-fille [[PERSONNE:Lilas]] ({{11 ans}}) depuis le décès de la maman. Elle touche rien. Conseillère : l'{{allocation de soutien familial}} ({{ASF}}) peut être versée à la personne qui recueille l'enfant, même sans lien de parenté. La dame est émue. Tél pour le rappel : [[TELEPHONE:02 99 41 87 30]].",
    ),
    (
        "caf",
        AT,
        "Le monsieur lit son {{IBAN}} au téléphone pour vérifier : [[IBAN:FR76 3000 3021 5000 0507 1284 936]]... la conseillère compare, il y a un chiffre faux dans celui qui est enregistré. Voilà pourquoi le {{virement}} de {{mars}} est revenu. Réglé en {{5 min}}.",
    ),
    (
        "caf",
        AT,
        "Temps d'attente affiché : {{18 min}}. La conseillère me dit qu'elles font jusqu'à {{70 appels}} par jour certains jours. Beaucoup de questions sur le {{montant net social}} et la {{solidarité à la source}}. Les gens ont l'impression qu'on leur reprend de l'argent.",
    ),
    (
        "caf",
        AT,
        "Une maman, [[PERSONNE:Océane Leroy]], appelle pour sa demande de {{PreParE}} (elle passe à {{80 %}} pour s'occuper de son fils [[PERSONNE:Pierre]], né le [[DATE_NAISSANCE:02/11/2023]]). Dossier incomplet : manque l'attestation de l'employeur ({{Leclerc}} drive). La conseillère envoie la liste des pièces par mail à [[EMAIL:oceane.leroy35@hotmail.fr]].",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Benali]] appelle de la part de sa mère qui parle pas bien français. La conseillère accepte de lui parler avec le fils en traduction. N° alloc [[N_ALLOCATAIRE:1 406 772]]. Question sur l'{{AAH}} : dossier {{MDPH}} n° [[IDENTIFIANT:035-2301187]] toujours en cours, la {{Caf}} attend la décision de la {{CDAPH}}.",
    ),
    (
        "caf",
        AT,
        "appel sur le {{RSA majoré}} : jeune femme enceinte de {{5 mois}}, seule. la conseillère lui dit qu'elle peut le demander dès la déclaration de grossesse. elle savait pas du tout. rdv pris à l'accueil de {{Saint-Malo}} jeudi {{14h}}",
    ),
    (
        "caf",
        AT,
        'Monsieur très en colère, il crie, menace de venir "tout casser". La conseillère garde son calme, prévient qu\'elle va raccrocher s\'il continue. Il se calme. C\'est [[PERSONNE:Kévin Tanguy]], {{contrôle de ressources}} -> {{indu}} de {{2 300 €}} pour des revenus pas déclarés. Il donne son numéro : [[TELEPHONE:07 82 15 60 43]]. Elle me dit après : "{{2-3 fois}} par semaine".',
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Blanche Moreau]] appelle : son fils [[PERSONNE:Constant]] ({{17 ans}}) part en apprentissage à {{Lorient}} en {{septembre}}. Elle garde les allocs ? Oui, tant que son salaire reste sous le plafond. Et lui pourra demander l'{{APL}} pour son studio là-bas. Elle donne l'adresse du studio : [[ADRESSE:9 rue Jules Le Grand, 56100 Lorient]].",
    ),
    (
        "caf",
        AT,
        "{{Allocataire frontalier}}, la {{pension}} de son ex est versée depuis l'{{Allemagne}}, il veut savoir si ça compte dans les ressources. Oui. Il donne aussi son compte allemand au cas où : [[IBAN:DE10 3705 0299 0123 4567 89]]. La conseillère dit que la {{Caf}} peut verser sur un compte de la zone {{SEPA}}.",
    ),
    (
        "caf",
        AT,
        "Appel de [[PERSONNE:Jade]], {{16 ans}}, pour sa mère hospitalisée : elle veut savoir si les allocs vont continuer. La conseillère est très douce avec elle. Pour vérifier elle demande la date de naissance de la maman : [[DATE_NAISSANCE:21/06/1984]]. Orientation vers l'assistante sociale de la {{Caf}}, permanence à {{Vitré}}.",
    ),
    (
        "caf",
        AT,
        "{{Pause café}} avec l'équipe téléphone. Elles ont un \"{{script}}\" mais s'en servent peu. L'outil de prise d'appel est lent. Une conseillère a {{22 ans}} de maison, elle a connu l'époque sans {{file d'attente téléphonique}}.",
    ),
    # contrôle sur place
    (
        "caf",
        CSP,
        'Contrôle au domicile de Mme [[PERSONNE:Ambre Pichon]], [[ADRESSE:14 rue des Lilas, 35136 Saint-Jacques-de-la-Lande]], alloc n° [[N_ALLOCATAIRE:2716390]]. Vérif de la résidence des enfants : [[PERSONNE:Marin]] ({{10 ans}}) et [[PERSONNE:Lou]] ({{7 ans}}). Lits superposés, cartables, dessins au mur. Le contrôleur note que le père vient "le {{mercredi}}". Pas de {{vie maritale}} constatée. {{1h10}} sur place.',
    ),
    (
        "caf",
        CSP,
        "Le contrôleur regarde la voiture garée devant : [[IMMATRICULATION:FG-218-TR]]. Au nom de qui ? Mme [[PERSONNE:Hamidou]] dit que c'est celle de son frère. Il note sans conclure. Ensuite questions sur les comptes, {{relevés}} des {{3 derniers mois}}. Sur place {{45 min}}.",
    ),
    (
        "caf",
        CSP,
        "Visite chez une famille de {{5 enfants}}, contrôle {{RSA}} + {{PAJE}}. Maison en {{pierre}} un peu humide, poêle à bois. Les enfants sont à l'école ({{école Saint-Joseph}}) sauf le petit de {{2 ans}} qui joue par terre. La maman a préparé tous les papiers dans une pochette {{rose}}. Contrôleur très pédagogue.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Pereira]], suspicion de travail non déclaré : il a une camionnette {{Renault Trafic}} avec écrit \"{{Pereira Rénovation}}\" dessus, immat [[IMMATRICULATION:EK 471 PZ]]. Il dit qu'il a arrêté l'activité en {{2022}}, {{SIRET}} radié. Le contrôleur demande le justificatif de radiation.",
    ),
    (
        "caf",
        CSP,
        "Chez M. [[PERSONNE:Clément Rivière]], père de [[PERSONNE:Prune]] et [[PERSONNE:Céleste]]. {{Résidence alternée}} selon le jugement du {{JAF}} de {{Saint-Malo}}. Le contrôleur vérifie le planning, les {{carnets de liaison}} de l'école {{Le Petit Prince}}, la {{mutuelle}}. Adresse : [[ADRESSE:3 impasse des Capucines, 35400 Saint-Malo]]. Tout est cohérent.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur m'explique avant d'entrer : {{signalement anonyme}} d'un voisin pour \"{{concubinage}}\". D'après lui la plupart de ces signalements donnent rien. Mme [[PERSONNE:Dufresne]] ouvre, un peu paniquée. Elle vit seule avec sa fille, le monsieur c'est son cousin {{germain}} qui passe l'aider pour les travaux. Salle de bain : une seule brosse à dents d'adulte.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{AEEH}} : famille [[PERSONNE:Lebreton]], enfant [[PERSONNE:Ange]] ({{9 ans}}, autiste). La maman a arrêté de travailler. Le contrôleur vérifie la notification {{MDPH}} n° [[IDENTIFIANT:MDPH35-0048213]] et le complément. L'enfant va à l'{{IME}} en taxi. Moment très humain, la maman montre les progrès d'[[PERSONNE:Ange]] sur une tablette.",
    ),
    (
        "caf",
        CSP,
        "Personne au domicile. Avis de passage dans la boîte, ça arrive {{1 fois sur 4}} d'après le contrôleur. {{25 km}} jusqu'à la {{2e}} visite, en {{Clio}} de service.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez des grands-parents qui hébergent leur petit-fils [[PERSONNE:Pierre-Louis]] ({{15 ans}}) depuis le placement de la mère. Le papi, M. [[PERSONNE:Hamon]], montre l'ordonnance du {{juge des enfants}} (assistance éducative, dossier n° [[IDENTIFIANT:223/0451]]). La {{Caf}} doit verser les allocs au tiers digne de confiance. Vieille longère en {{pierre}}, lieu-dit : [[ADRESSE:La Touche Blanche, 35580 Guichen]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle d'un étudiant en {{coloc}} ({{APL}}), bailleur {{Espacil}}. Trois noms sur la {{boîte aux lettres}} : [[PERSONNE:Ferrand]] / [[PERSONNE:Diop]] / [[PERSONNE:Nguyen]]. Le contrôleur vérifie que chacun a son bail. Il relève aussi la plaque de la voiture dans la cour ([[IMMATRICULATION:GB-903-AS]])... inutile, c'est celle du {{voisin}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources {{RSA}} + {{ASF}} chez Mme [[PERSONNE:Jade Morvan]]. Enfants : [[PERSONNE:Océane]] {{12 ans}} et [[PERSONNE:Aimé]] {{4 ans}}. Sur les relevés bancaires, virements réguliers de {{200 €}} d'un \"[[PERSONNE:J. Morvan]]\"... c'est son père à elle. Pas une pension, mais à déclarer quand même ? Le contrôleur dit oui, aide régulière de la famille.",
    ),
    (
        "caf",
        CSP,
        "Contrôle + mise à jour du dossier : M. [[PERSONNE:Youssef Amrani]] donne son {{RIB}} imprimé, compte {{La Banque Postale}} : [[IBAN:20041 01005 0123456K020 91]]. Le contrôleur note le n° d'allocataire [[N_ALLOCATAIRE:4418209]] pour le rapport. Appartement propre, {{T3}}, bailleur {{Néotoa}}.",
    ),
]

# ---------------------------------------------------------------- Cpam
CPAM = [
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Capucine Hervé]] veut mettre ses enfants sur sa carte vitale à elle (jusqu'ici c'était sur celle du père). [[PERSONNE:Jade]] {{8 ans}}, [[PERSONNE:Marin]] {{5 ans}}. L'agent explique qu'on peut rattacher les enfants aux deux parents. Formulaire {{S3705}} rempli sur place, {{10 min}}.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Rachid Benslimane]] a perdu sa {{carte vitale}}. Il donne son numéro de sécu : [[NIR:1 65 01 99 350 217 75]], né à {{Casablanca}} le [[DATE_NAISSANCE:08/01/1965]]. Pour la nouvelle carte il faut une photo, il en a pas. L'agent lui dit d'aller au {{photomaton}} de la {{gare}} et de revenir. Il soupire.",
    ),
    (
        "cpam",
        AP,
        "Un papa avec sa fille [[PERSONNE:Rose]] ({{5 ans}}) vient chercher une {{attestation de droits}} pour la {{cantine}}/le {{centre de loisirs}}. La petite a son propre numéro depuis sa naissance à {{Nantes}} : [[NIR:2190644109356 71]], née le [[DATE_NAISSANCE:12 juin 2019]]. L'agente imprime. La petite veut tamponner elle-même, l'agente la laisse faire.",
    ),
    (
        "cpam",
        AP,
        "{{9h}}, ouverture. Ticket à la {{borne}}, {{12 min}} d'attente en moyenne. L'agente fait beaucoup de {{pré-accueil}} : elle renvoie vers la borne {{ameli}} ou le site, les gens repartent avec un papier. Un monsieur : \"j'ai pas internet, je fais comment ?\". Elle lui imprime son attestation elle-même.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Lorraine Caillaud]] vient pour la {{C2S}} pour elle et ses {{3 enfants}}. Ressources : {{RSA}} + pension alimentaire de {{150 €}} par enfant fixée par le {{JAF}}. L'agent vérifie le plafond : éligible sans participation. Envoi de l'attestation par mail : [[EMAIL:lorraine.caillaud@laposte.net]].",
    ),
    (
        "cpam",
        AP,
        "Homme, {{36 ans}}, arrêt maladie pas payé depuis {{2 mois}}. Son employeur ({{Lactalis}}) n'aurait pas envoyé l'attestation de salaire. L'agente appelle le service {{IJ}} en direct, {{NIR}} lu à l'écran : [[NIR:1880472181336 20]]. Né au {{Mans}}, il rigole : \"comme les {{24h}}\". L'attestation est arrivée hier, paiement sous {{8 jours}}.",
    ),
    (
        "cpam",
        AP,
        "Ado de {{16 ans}}, [[PERSONNE:Clément]], vient seul : il part en voyage scolaire à {{Florence}} avec son lycée et il lui faut la {{carte européenne}}. L'agente lui explique la {{CEAM}}, commande en ligne, délai {{2 semaines}}. Il repart content, il a noté sur sa main.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Diallo]] pour la {{complémentaire}} : mutuelle {{Harmonie Mutuelle}} n° adhérent [[IDENTIFIANT:7841205533]], elle veut passer à la {{C2S}}. L'agent explique la {{résiliation}}. Elle veut aussi que les remboursements aillent sur son ancien compte belge : [[IBAN:BE76 3101 8037 1234]]. Possible, zone {{SEPA}}.",
    ),
    (
        "cpam",
        AP,
        "Une maman vient pour les lunettes de son fils ({{7 ans}}, monture {{rose}} fluo, il l'a choisie lui-même dit-elle en riant). {{100 % Santé}} : reste à charge {{0 €}} si on prend dans la gamme. Elle a pris hors gamme, reste {{89 €}}. Elle hésite à retourner chez l'opticien.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Maria da Conceição Lopes]], née le [[DATE_NAISSANCE:19/02/1968]] à {{Braga}} ({{Portugal}}), vient car sa {{carte vitale}} porte son nom d'épouse mal orthographié. {{NIR}} [[NIR:2 68 02 99 139 025 14]]. L'agent ouvre une demande de modification d'{{état civil}}, il faut l'{{acte de mariage}} traduit.",
    ),
    (
        "cpam",
        AP,
        "Une mamie et sa petite-fille [[PERSONNE:Ambre]] ({{14 ans}}). La mamie, Mme [[PERSONNE:Le Bihan]], a la tutelle depuis l'an dernier. Elles viennent pour rattacher [[PERSONNE:Ambre]] à la carte de la grand-mère. L'agent demande le jugement : {{RG}} [[IDENTIFIANT:23/01152]], {{juge des tutelles}} de {{Vannes}}. Copie faite.",
    ),
    (
        "cpam",
        AP,
        "{{11h}} : un monsieur {{sans domicile}}, [[PERSONNE:Gérard]], veut renouveler sa {{C2S}}. Il est domicilié au {{CCAS}} pour le courrier. L'agent imprime le formulaire et l'aide à le remplir ligne par ligne. Il dit : \"vous êtes la première personne qui me dit bonjour aujourd'hui\".",
    ),
    (
        "cpam",
        AP,
        "{{Maternité}} : Mme [[PERSONNE:Jade Lefeuvre]], enceinte de {{6 mois}}, la {{déclaration de grossesse}} n'apparaît pas. Le médecin (Dr [[PERSONNE:Aubert]]) dit l'avoir faite en ligne. L'agent retrouve la déclaration rattachée à un autre numéro, erreur de saisie. Le sien : [[NIR:2 87 03 35 238 114 96]], née à {{Rennes}}. Corrigé sur place.",
    ),
    (
        "cpam",
        AP,
        "Accueil au {{Blosne}} : beaucoup de personnes non francophones. L'agente utilise un traducteur sur tablette ({{Google Traduction}}), ça marche moyen pour le vocabulaire administratif. Une dame montre des photos de ses ordonnances. Durée moyenne des entretiens : {{8-10 min}}.",
    ),
    (
        "cpam",
        AP,
        "Famille [[PERSONNE:Nguyen]] : les parents, [[PERSONNE:Lilas]] ({{3 ans}}) et un bébé. Ils arrivent de la région parisienne ({{Les Lilas}}, {{93}}) et veulent transférer leur dossier. L'agent dit que c'est automatique avec la nouvelle adresse, [[ADRESSE:18 boulevard Volney, 35000 Rennes]]. Pas encore de médecin traitant pour les enfants : liste des pédiatres qui prennent de nouveaux patients, il y en a {{2}}.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Bouvier]] veut contester un refus de prise en charge de transport ({{VSL}}) pour ses dialyses à {{Pontchaillou}}. L'agent lui explique la {{CRA}} (commission de recours amiable), courrier à envoyer sous {{2 mois}}. Il a tout préparé dans un classeur, ancien comptable.",
    ),
    # accueil téléphonique
    (
        "cpam",
        AT,
        "Appel au {{3646}}. Une dame demande où en est le remboursement d'une consultation chez un spécialiste. Numéro de sécu : [[NIR:274052B03300811]]. Elle est née à {{Bastia}} mais vit à {{Redon}} depuis {{30 ans}}. Le remboursement est parti hier, {{23,80 €}}.",
    ),
    (
        "cpam",
        AT,
        "Papa au téléphone, inquiet.\n- Papa : ma fille [[PERSONNE:Océane]] doit avoir un appareil, l'orthodontiste me demande {{2 400 €}} !\n- Conseiller : elle a quel âge ?\n- {{11 ans}}.\n- Alors c'est pris en charge, avant {{16 ans}}, sur {{6 semestres}}, avec un accord préalable. Vous me donnez sa date de naissance ?\n- Le [[DATE_NAISSANCE:4 mai 2013]].\nRattachement ok, le papa souffle.",
    ),
    (
        "cpam",
        AT,
        "Le conseiller me fait écouter un appel d'{{infirmière libérale}}, Mme [[PERSONNE:Rocher]] : ses {{feuilles de soins}} reviennent en rejet. Elle donne son numéro {{RPPS}} [[IDENTIFIANT:10101234567]]. Problème de carte {{CPS}} expirée. Appel {{9 min}}.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une maman qui vient d'accoucher : comment déclarer le bébé ? Rien à faire si la maternité l'a fait, sinon sur le compte {{ameli}}, rubrique \"déclarer une naissance\". Le bébé peut être rattaché aux deux parents. Elle demande pour le congé du papa : {{25 jours}}, plus les {{3 jours}} de naissance payés par l'employeur, donc {{28}}.",
    ),
    (
        "cpam",
        AT,
        'Un monsieur a reçu un {{SMS}} "votre {{carte vitale}} expire", il a cliqué et donné sa carte bancaire. Le conseiller : appeler la banque tout de suite, faire {{opposition}}, porter plainte. Il lit le numéro d\'envoi du SMS : [[TELEPHONE:+33 7 56 48 21 09]]. Le conseiller le note pour le signaler au {{33700}}.',
    ),
    (
        "cpam",
        AT,
        "Appel de Mme [[PERSONNE:Aimée Chevalier]] pour sa mère de {{88 ans}} qui vit à l'{{EHPAD Les Jardins de Blanche}}. Problème de remboursement des transports. La conseillère demande le {{NIR}} de la mère : [[NIR:2 36 05 35 288 041 36]], née à {{Saint-Malo}}. Il manquait la prescription médicale de transport.",
    ),
    (
        "cpam",
        AT,
        "Les conseillers ont un écran avec le nombre d'appels en attente : {{43}} à {{10h20}}. Ambiance concentrée. Entre deux appels on parle de {{Mon espace santé}} : beaucoup de gens croient que c'est une arnaque.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Florence Guillou]] appelle pour l'{{orthophonie}} de son fils [[PERSONNE:Germain]] ({{6 ans}}, {{CP}}). Prescription du {{pédiatre}} faite. Pas d'accord préalable, remboursé à {{60 %}}, la mutuelle fait le reste. Elle veut qu'on la rappelle pour l'attestation : [[TELEPHONE:06.48.12.77.35]].",
    ),
    (
        "cpam",
        AT,
        "Appel d'un boulanger (\"{{Au Pain de Marcel}}\", à {{Plérin}}) qui veut savoir comment faire l'attestation de salaire de son apprentie en arrêt. Via {{net-entreprises}}. L'apprentie : [[PERSONNE:Maëva Jouan]], numéro de sécu [[NIR:2 04 09 22 278 117 12]], elle est de {{Saint-Brieuc}}.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une {{assistante familiale}} pour l'enfant qu'elle accueille, [[PERSONNE:Ange]], {{4 ans}}. Elle a pas la {{carte vitale}} du petit, c'est l'{{ASE}} qui l'a. Elle peut demander une attestation. Elle s'appelle Mme [[PERSONNE:Paris]], elle rigole : \"comme la {{capitale}}\".",
    ),
    (
        "cpam",
        AT,
        "appel en anglais d'un étudiant {{Erasmus}} espagnol, la conseillère se débrouille bien. Il veut savoir si sa {{carte européenne}} suffit chez un médecin à {{Rennes}} : oui, feuille de soins papier, remboursement sur son compte espagnol [[IBAN:ES62 0049 1500 0527 1836 5410]]. Il donne son mail : [[EMAIL:javier.ruizmartin@alumni.uv.es]].",
    ),
    (
        "cpam",
        AT,
        "Une grand-mère garde ses petits-enfants pendant les vacances de {{Pâques}}. Elle veut savoir si elle peut les emmener chez le médecin sans les parents. Oui, avec la {{carte vitale}} des parents ou l'attestation, et mieux avec une {{autorisation écrite}}. Et chez le {{dentiste}} ? Pareil. {{6 min}}.",
    ),
    (
        "cpam",
        AT,
        "Monsieur malentendant, l'appel passe par un {{relais}} ({{Acceo}}). C'est long mais ça marche. [[PERSONNE:Patrice Le Gall]], il veut activer {{Mon espace santé}}, l'adresse mail enregistrée est fausse. La bonne : [[EMAIL:patrice.legall56 [at] free.fr]].",
    ),
    (
        "cpam",
        AT,
        "{{Congé maternité}} : Mme [[PERSONNE:Marine Constant]], enceinte de {{jumeaux}}. Le conseiller confirme {{34 semaines}} de congé pour des jumeaux, plus le {{congé pathologique}} si prescrit. Pour vérifier l'identité elle donne sa date de naissance : [[DATE_NAISSANCE:1991-10-27]]. Elle demande si le {{congé de naissance}} du papa existe pour 2 bébés pareil, le conseiller vérifie.",
    ),
    (
        "cpam",
        AT,
        "Appel de la {{Pharmacie du Colombier}} pour vérifier les {{droits}} d'un patient, M. [[PERSONNE:Tessier]]. Le conseiller refuse de donner l'info au téléphone, renvoie vers {{ADRi}}. Le pharmacien insiste un peu, puis lâche.",
    ),
    # contrôle sur place
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail, {{10h15}}. M. [[PERSONNE:Lemoine]], [[ADRESSE:22 rue de Brest, 35000 Rennes]]. Sorties interdites entre {{9h}} et {{11h}} et entre {{14h}} et {{16h}}. Il est là, en pyjama, un peu surpris. Arrêt pour lombalgie. L'agente vérifie l'identité, {{CNI}} n° [[IDENTIFIANT:120835201447]]. {{10 min}}.",
    ),
    (
        "cpam",
        CSP,
        'Contrôle chez Mme [[PERSONNE:Rose Tanguy]], arrêt depuis {{3 semaines}} (burn-out). {{NIR}} sur la fiche : [[NIR:295126938317746]], née à {{Lyon}}. Elle est là avec sa fille [[PERSONNE:Capucine]] ({{2 ans}}), malade aussi, pas de crèche. L\'agente remplit la fiche, ça se passe bien. Dans la voiture elle me dit : "ce sont les cas où je me sens le plus inutile".',
    ),
    (
        "cpam",
        CSP,
        "Pas de réponse à la {{sonnette}}, {{14h40}}. Une {{voisine}} : \"il est parti au {{Super U}}\". L'agente attend {{10 min}}, rien. Absence constatée -> courrier de demande d'explication. Nom sur la boîte : [[PERSONNE:R. Guérin]]. Adresse du dossier : [[ADRESSE:Résidence Les Ormeaux, bât B, 7 allée Gustave Eiffel, 56000 Vannes]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'une maman en arrêt (pour elle, pas pour enfant malade). Maison pleine de jouets, le sapin de {{Noël}} encore debout en {{février}}. Le petit dort. Tout est en règle. L'agente explique que les contrôles visent surtout les arrêts longs ou répétés ; la {{contre-visite}} demandée par l'employeur, c'est autre chose ({{médecin mandaté}}).",
    ),
    (
        "cpam",
        CSP,
        "M. [[PERSONNE:Ibrahim Sow]] n'est pas à l'{{adresse déclarée}}, il est chez sa sœur. Il dit qu'il a prévenu par courrier, l'agente trouve rien dans le dossier. Il montre le récépissé du {{recommandé}}, n° [[IDENTIFIANT:1A 184 229 4577 3]]. Elle note l'adresse de la sœur : [[ADRESSE:5 place de la Chapelle, 29200 Brest]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à domicile, {{14h30}} : Mme [[PERSONNE:Océane Pierre]], en arrêt après un {{accouchement}} compliqué. Le bébé, [[PERSONNE:Marin]], {{3 semaines}}, dans les bras du papa. L'agente s'excuse presque de déranger. {{5 min}}. Elle me dit qu'elle n'aurait pas dû être ciblée, bug du requêtage.",
    ),
    (
        "cpam",
        CSP,
        "{{11h}}, on se gare devant chez M. [[PERSONNE:Cadiou]]. Sa voiture ({{Peugeot 308}} grise, [[IMMATRICULATION:DX-552-QN]]) n'est pas là. Il ouvre quand même : sa femme l'a prise pour le travail. Arrêt pour entorse, il a une attelle. RAS.",
    ),
    (
        "cpam",
        CSP,
        "Chez Mme [[PERSONNE:Blanche Riou]], {{arrêt maladie}}, elle élève seule ses {{3 enfants}}. Pendant la visite son aîné rentre du {{collège Jean Moulin}} ({{13 ans}}), il dit bonjour poliment et file dans sa chambre. Elle donne son nouveau portable pour le dossier : [[TELEPHONE:07 68 03 91 24]].",
    ),
    (
        "cpam",
        CSP,
        "Briefing avant la tournée : {{6}} contrôles prévus sur {{Fougères}} et alentours. L'agente fait ça depuis {{12 ans}}. Elle ne juge pas le motif médical, elle constate la présence ; le {{médecin conseil}} décide après. Badge + {{carte professionnelle}} à montrer à chaque fois.",
    ),
    (
        "cpam",
        CSP,
        "Chez M. [[PERSONNE:Germain Le Roux]], {{père au foyer}} depuis son {{accident du travail}}. Ses filles [[PERSONNE:Lou]] et [[PERSONNE:Jade]] font leurs devoirs sur la table de la cuisine. Il montre ses ordonnances et sa carte {{MGEN}} (n° [[IDENTIFIANT:047751132]]). Présent, conforme.",
    ),
    (
        "cpam",
        CSP,
        "Arrêt long ({{8 mois}}). M. [[PERSONNE:Lucas Faure]], {{29 ans}}. L'agente me montre la tablette : né le [[DATE_NAISSANCE:30/07/1995]], domicile [[ADRESSE:41 rue Saint-Hélier, Rennes]]. Il est là, déprimé, appartement sombre, volets fermés. Elle lui donne le numéro du service social de l'{{Assurance maladie}}, le {{3646}}.",
    ),
]

# ---------------------------------------------------------------- CCAS
CCAS = [
    (
        "ccas",
        AP,
        "Une maman vient pour le tarif solidaire de la cantine pour ses {{2 enfants}} ([[PERSONNE:Jade]] en {{CM1}}, [[PERSONNE:Pierre]] en {{GS}}) à l'école {{Les Gantelles}}. L'agente calcule le {{QF}} avec l'attestation {{Caf}} (n° alloc [[N_ALLOCATAIRE:3390261]]) : {{410}} -> tranche A, {{0,50 €}} le repas. Elle s'appelle Mme [[PERSONNE:Aubry]], elle remercie {{3 fois}}.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Jean-Claude Morin]], {{67 ans}}, demande une aide pour sa facture {{EDF}} (réf. client [[IDENTIFIANT:6001 842 317]]), {{640 €}} de régul. Il a déjà eu le {{chèque énergie}}. Aide facultative du {{CCAS}} possible, {{150 €}}, passage en commission jeudi. Si accord, versée sur son compte : [[IBAN:FR76 1751 5900 0008 4129 3054 482]].",
    ),
    (
        "ccas",
        AP,
        "Demande de colis alimentaire : famille avec {{4 enfants}}, la plus petite a {{6 mois}}, il faut du lait infantile. L'agente appelle l'épicerie sociale {{La Pierre Blanche}} et le {{Secours populaire}}. Bons pour {{2 semaines}}. La maman demande aussi des couches taille {{4}}.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation : un jeune, [[PERSONNE:Dylan]], {{19 ans}}, sans adresse depuis qu'il a quitté le foyer de l'{{ASE}} à {{18 ans}}. L'agente ouvre une domiciliation au {{CCAS}}. Pièce d'identité : {{CNI}} [[IDENTIFIANT:X4RT2L9P7]]. Pour le recontacter il donne son {{Insta}} : [[IDENTIFIANT:@dyl4n.bzh]].",
    ),
    (
        "ccas",
        AP,
        "Grand-père, M. [[PERSONNE:Aimé Le Corre]], {{74 ans}}, vient pour ses petits-enfants qu'il héberge (le fils est en détention). Il demande s'il y a une aide pour les fournitures. L'{{ARS}} c'est la {{Caf}} mais c'est le père qui la touche encore... Les petits s'appellent [[PERSONNE:Lorraine]] et [[PERSONNE:Clément]]. Orientation Caf + aide {{CCAS}} rentrée de {{80 €}}.",
    ),
    (
        "ccas",
        AP,
        "Accueil très calme, {{3 personnes}} en {{1h}}. Mme [[PERSONNE:Ferreira]] vient pour sa demande de {{logement social}}, elle a son numéro unique : [[IDENTIFIANT:0352224012345]]. L'agente vérifie que la demande est bien renouvelée (elle expire en {{juin}}). OK.",
    ),
    (
        "ccas",
        AP,
        "Inscription au périscolaire + centre de loisirs : un papa avec son fils [[PERSONNE:Constant]], {{9 ans}}, né le [[DATE_NAISSANCE:18/03/2015]]. Le gamin porte un maillot du {{Stade Rennais}}. Le papa demande l'aide aux vacances pour le centre de loisirs {{Les Lilas}}, tarif selon le {{QF}}. L'agente photocopie le livret de famille.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Nathalie Guérin]], aide-soignante à temps partiel, pensait avoir droit au {{RSA}} en complément. En fait c'est plutôt la {{prime d'activité}} ({{Caf}}). Simulation faite avec elle. Pour le dossier d'aide, l'agente note son n° de sécu : [[NIR:2 92 07 2A 004 031 78]] (née à {{Ajaccio}}). Elle laisse son tel, [[TELEPHONE:06 20 59 83 14]], pour le rdv avec l'assistante sociale, Mme [[PERSONNE:Joly]].",
    ),
    (
        "ccas",
        AP,
        "Demande d'aide pour une classe de neige ({{CM2}}, {{5 jours}} dans les {{Alpes}}) : {{380 €}}, la famille peut en payer {{100}}. L'agente monte un dossier d'aide facultative et va demander à l'école si la coopérative peut aider. Le père : \"je veux pas qu'il soit le seul à pas partir\".",
    ),
    (
        "ccas",
        AP,
        "Un monsieur arrive avec un commandement de quitter les lieux. M. [[PERSONNE:Bruno Lefèvre]], [[ADRESSE:11 rue de la Marne, appt 24, 35700 Rennes]]. Bailleur {{Archipel Habitat}}, dette de {{3 200 €}}. L'agente appelle la conseillère sociale du bailleur, saisine {{CCAPEX}}, dossier {{FSL}} maintien. Il tremble en signant.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Céleste Ramos]] veut inscrire sa fille [[PERSONNE:Olive]] ({{7 ans}}) au judo : {{Pass'Sport}} {{50 €}} + aide {{CCAS}}. L'agente vérifie l'{{ARS}} sur l'attestation de la {{Caf}} (dossier [[N_ALLOCATAIRE:2291784]]). Reste {{35 €}} pour la famille, ok pour elle.",
    ),
    (
        "ccas",
        AP,
        "Permanence du {{CCAS}} dans la maison de quartier de {{Maurepas}}. Pas d'ordinateur qui marche, l'agente a pris son portable perso pour la connexion. Les gens viennent pour des factures et surtout pour parler. Une dame reste {{30 min}} à raconter son mari décédé.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Lou-Ann Poirier]], {{24 ans}}, enceinte, vient pour le trousseau de naissance (aide {{CCAS}}). Elle a rien préparé, le papa est parti. Si c'est une fille elle veut l'appeler [[PERSONNE:Paris]], \"comme la ville où je suis née\". Elle est née à {{Paris}} le [[DATE_NAISSANCE:7 avril 2000]]. Bon d'achat {{Orchestra}} de {{120 €}}.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Abdelkader Saïdi]] pour les frais d'obsèques de son épouse, {{3 900 €}} aux {{Pompes Funèbres Roc-Eclerc}}. Le {{CCAS}} peut participer si pas de ressources suffisantes ; il a une petite retraite {{Carsat}} + l'{{ASPA}}. Très digne. L'agente prend le temps, {{45 min}}.",
    ),
    (
        "ccas",
        AP,
        "Deux sœurs, [[PERSONNE:Ambre]] et [[PERSONNE:Jade]], {{15}} et {{17 ans}}, viennent seules pour la carte de transport solidaire {{STAR}}. La mère est hospitalisée. L'agente demande un justificatif : les filles montrent l'attestation {{Caf}} en photo sur le tel. Elles ont toutes les deux un bracelet en {{jade}}, cadeau de leur grand-mère.",
    ),
    (
        "ccas",
        AP,
        "Un homme en {{fauteuil}}, M. [[PERSONNE:Tual]], demande de l'aide pour remplir son dossier {{MDPH}} ({{renouvellement}} {{AAH}}). L'agente remplit le {{Cerfa 15692}} avec lui. Il dicte son adresse mail : [[EMAIL:jeanmarc.tual@sfr.fr]].",
    ),
    # accueil téléphonique
    (
        "ccas",
        AT,
        "Appel d'une dame âgée qui veut le {{portage de repas}}. L'agente prend ses coordonnées : Mme [[PERSONNE:Yvette Renaud]], [[ADRESSE:6 rue du Moulin, Chantepie]], tél [[TELEPHONE:02 99 53 18 76]]. {{8,20 €}} le repas, livraison à partir de {{lundi}}.",
    ),
    (
        "ccas",
        AT,
        "Une maman cherche une place en crèche pour sa fille [[PERSONNE:Lilas]] ({{10 mois}}), elle reprend le travail en {{septembre}}. L'agente : {{crèches municipales}} via la {{commission d'attribution}}, et le {{Relais Petite Enfance}} pour les assistantes maternelles. Mail pour envoyer la liste : [[EMAIL:maman.de.lilas@gmail.com]].",
    ),
    (
        "ccas",
        AT,
        "Standard du {{CCAS}} : plein d'appels pour les {{colis de Noël}} des seniors. L'agente répond à chaque fois pareil, inscriptions closes depuis {{octobre}}. Elle propose le repas des aînés à la place, salle de la {{Cité}}.",
    ),
    (
        "ccas",
        AT,
        "Appel de M. [[PERSONNE:Florian Rose]], il élève seul sa fille de {{4 ans}} et n'arrive plus à payer la {{cantine}}. L'agente lui dit de venir avec ses justificatifs. Il demande s'il faut le jugement du {{JAF}} (résidence de la petite chez lui) : oui. Il rappellera au [[TELEPHONE:07 51 90 27 48]] si problème.",
    ),
    (
        "ccas",
        AT,
        "Appel du {{CHU}}, l'assistante sociale Mme [[PERSONNE:Lagadec]], pour un monsieur qui sort d'hospitalisation et n'a pas de logement chauffé. L'agente du {{CCAS}} cherche un hébergement temporaire. Référence {{SIAO}} du monsieur : [[IDENTIFIANT:SIAO-35-24-03318]].",
    ),
    (
        "ccas",
        AT,
        "une grand-mère appelle pour savoir si le ccas peut financer le {{BAFA}} de sa petite-fille [[PERSONNE:Océane]] ({{17 ans}}). non, mais la {{CAF}} et la {{mission locale}} oui. elle est déçue. elle laisse quand même son numéro en le dictant lentement : [[TELEPHONE:zéro deux, quatre-vingt-dix-neuf, trente, douze, soixante]]",
    ),
    (
        "ccas",
        AT,
        "Appel du bailleur {{Néotoa}} : locataire âgé isolé qui ne sort plus. M. [[PERSONNE:Roger Lebas]], [[ADRESSE:2 allée des Tilleuls, 35510 Cesson-Sévigné]]. L'agente programme une {{visite à domicile}} avec l'infirmière du {{CLIC}}.",
    ),
    (
        "ccas",
        AT,
        "Un papa demande s'il peut avoir une aide pour l'anniversaire de ses jumeaux ({{6 ans}}). L'agente rigole gentiment, non, mais elle lui donne l'adresse de la {{ludothèque}} {{La Marelle}}, gratuite le {{samedi}}. Il dit merci, il y avait pas pensé 😅",
    ),
    (
        "ccas",
        AT,
        "Une dame ne comprend pas un courrier du {{CCAS}} ({{refus d'aide}}). L'agente lui demande son numéro de dossier : [[IDENTIFIANT:AF-2024-0713]]. Refus pour dossier incomplet, le {{bulletin de salaire}} manquait. Elle peut le déposer à l'accueil, la demande repassera en commission.",
    ),
    (
        "ccas",
        AT,
        "Appel de la directrice de l'école {{Jacques Prévert}} : deux enfants arrivent sans avoir mangé le matin. L'agente prend les noms, [[PERSONNE:Ange]] et [[PERSONNE:Marin Kerbrat]], {{CE2}} et {{CP}}. Elle va contacter la famille avec l'assistante sociale de secteur. Pas de signalement pour l'instant.",
    ),
    (
        "ccas",
        AT,
        'Un monsieur veut des infos sur l\'aide au permis. Pas le {{CCAS}}, plutôt {{France Travail}} ou la {{mission locale}}. Il donne quand même son identifiant {{France Travail}} "au cas où" : [[ID_FRANCE_TRAVAIL:4571236S]]. {{5 min}}.',
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Lorraine]] (elle donne que son prénom) appelle pour l'accueil de loisirs des vacances de la {{Toussaint}}, {{3 enfants}}. Complet au centre {{Blanche Hermine}}, l'agente lui trouve des places au centre de {{Beauregard}}.",
    ),
    (
        "ccas",
        AT,
        "Appel d'un voisin inquiet : une dame âgée qu'on n'a pas vue depuis {{3 jours}}, {{volets fermés}}. L'agente essaie le téléphone de la dame puis appelle les {{pompiers}} ({{18}}). On saura plus tard qu'elle était chez sa fille à {{Lorient}}. Fausse alerte, mais \"on fait toujours comme ça\".",
    ),
    # contrôle sur place (visites à domicile)
    (
        "ccas",
        CSP,
        "Visite à domicile avec l'assistante sociale du {{CCAS}}, [[PERSONNE:Élodie]]. Famille [[PERSONNE:Marchand]], [[ADRESSE:8 rue Pierre Loti, 35200 Rennes]]. {{4 enfants}}, dont les jumelles [[PERSONNE:Rose]] et [[PERSONNE:Capucine]] ({{5 ans}}). {{T2}} pour {{6}}, moisissures dans la chambre des filles. Dossier de relogement prioritaire + signalement hygiène.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez M. [[PERSONNE:Marcel Thébault]], {{89 ans}}, évaluation des besoins d'aide à domicile ({{APA}}). Il vit seul, son chat {{Minou}} sur les genoux, des {{capucines}} sur le balcon. Frigo presque vide. L'agente note le numéro de sa fille : [[TELEPHONE:06 33 74 10 58]].",
    ),
    (
        "ccas",
        CSP,
        "Chez Mme [[PERSONNE:Ambre Lucas]] qui héberge ses {{3 petits-enfants}} depuis la décision du {{juge des enfants}}. Maison de bourg en {{pierre}}, {{2 chambres}}. Les petits ([[PERSONNE:Pierre]], [[PERSONNE:Lou]], [[PERSONNE:Jade]]) dorment ensemble. Elle demande une aide pour des lits, devis {{Conforama}} {{420 €}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite d'évaluation, logement signalé {{insalubre}}. Escalier sans lumière, boîte aux lettres arrachée. L'agente frappe, on entend la télé, personne n'ouvre. On laisse un mot. C'est la {{3e}} fois. Prochaine étape : passer avec le {{bailleur}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à la famille [[PERSONNE:Traoré]] à l'hôtel {{B&B}} de {{Cesson}}, chambre {{214}}, nuitées payées par le {{115}}. {{2 adultes}}, {{3 enfants}}, dont un bébé, [[PERSONNE:Aimé]], {{4 mois}}. Pas de cuisine, les biberons chauffent à la bouilloire. L'aînée, [[PERSONNE:Fatou]], va au {{collège Aimé Césaire}} en bus, {{45 min}} de trajet.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez M. [[PERSONNE:Dos Santos]], {{58 ans}}, sortie d'hospitalisation. Appartement au [[ADRESSE:15 avenue Henri Fréville, 35200 Rennes]], {{4e}} sans ascenseur. Il montre les papiers de sortie du {{CHU}}, {{IPP}} [[IDENTIFIANT:P00782415]]. L'agente organise le passage du {{SSIAD}}.",
    ),
    (
        "ccas",
        CSP,
        'Visite pour une aide aux vacances : maman seule avec {{2 filles}}, logement nickel, dessins partout, une grande affiche de {{La Reine des neiges}}. Les filles veulent voir la mer, "là où la {{Loire}} va dans la mer" dit la petite. L\'agente note : séjour famille {{VACAF}} à {{Pornic}}.',
    ),
    (
        "ccas",
        CSP,
        "Couple de retraités, aide pour remplacer la {{baignoire}} par une {{douche}}. M. et Mme [[PERSONNE:Le Goff]], [[ADRESSE:lieu-dit Kerlann, 29800 Landerneau]]. Devis {{Brico Dépôt}}. L'agente note leur numéro {{MSA}} : [[N_ALLOCATAIRE:0418273]]. Monsieur fait visiter son potager fièrement.",
    ),
    (
        "ccas",
        CSP,
        "Chez Mme [[PERSONNE:Olivia Jégou]], séparée, {{2 enfants}} : [[PERSONNE:Florence]] ({{12 ans}}) et [[PERSONNE:Clément]] ({{8 ans}}). L'ex-mari paie pas la pension, elle a lancé l'{{ARIPA}}. Elle montre le jugement : {{RG}} [[IDENTIFIANT:21/07764]], {{tribunal judiciaire de Saint-Brieuc}}. Demande d'aide pour la cantine.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez un monsieur qui vit dans sa {{caravane}} sur le terrain de son frère, [[ADRESSE:chemin de la Ville-Aubert, 35760 Saint-Grégoire]]. Plaque de la caravane : [[IMMATRICULATION:AB 514 HK]]. Pas d'{{eau courante}}, raccordé au tuyau du frère. L'agente parle d'un {{logement adapté}} ({{terrain familial}} de la métropole), il veut pas quitter son frère.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez les [[PERSONNE:Gautier]], famille d'accueil {{ASE}} : {{2 enfants}} placés + leurs propres enfants. On vient pour la chaudière en panne (aide {{CCAS}}). Une des petites, [[PERSONNE:Prune]], nous présente son lapin {{Caramel}}.",
    ),
    (
        "ccas",
        CSP,
        "{{Visite annulée}} : la personne a appelé le matin, elle est hospitalisée. L'agente en profite pour me montrer le {{logiciel de suivi}}, \"{{Sirius}}\". D'après elle la moitié des champs servent à rien.",
    ),
    (
        "ccas",
        CSP,
        "Chez M. [[PERSONNE:Pierre Aimé]], veuf, {{3 enfants}} de {{4}}, {{9}} et {{14 ans}}. Il a arrêté de travailler pour s'occuper d'eux. Frigo plein, maison tenue, planning des devoirs au mur. Il dit \"ils sont {{aimés}}, c'est le principal\". Livret de famille : la plus petite est née le [[DATE_NAISSANCE:1er février 2020]].",
    ),
]

# ---------------------------------------------------------------- urgences
URGENCES = [
    (
        "urgences",
        AP,
        "Accueil des urgences pédiatriques, {{21h}}. Une maman avec sa fille [[PERSONNE:Ambre]], {{3 ans}}, fièvre à {{40}}. L'agente d'admission demande la carte vitale et la date de naissance de la petite : [[DATE_NAISSANCE:15/08/2021]]. L'{{IOA}} passe tout de suite, tri {{3}}. Attente estimée {{2h}}.",
    ),
    (
        "urgences",
        AP,
        "Monsieur seul, plaie à la main ({{meuleuse}}). Admission : M. [[PERSONNE:Thierry Gouzien]], né le [[DATE_NAISSANCE:04/12/1971]]. Pas de {{mutuelle}}. L'agent crée le dossier, {{IPP}} [[IDENTIFIANT:00731245]]. Le monsieur tient sa main dans un torchon, il plaisante quand même.",
    ),
    (
        "urgences",
        AP,
        "Une ado, [[PERSONNE:Capucine]], {{15 ans}}, arrive avec sa grand-mère (parents au travail). Chute en {{gym}}, poignet. La mamie n'a pas l'{{autorisation de soins}} signée -> l'agente appelle la mère au [[TELEPHONE:06 84 21 57 39]]. Réglé en {{10 min}}, la mère envoie un mail.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente pleine : {{34 personnes}} à {{22h}}. Un écran affiche les temps d'attente par couleur. L'agent de sécurité fait des rondes. Un monsieur alcoolisé chante. L'{{IOA}} me dit que le plus dur c'est d'annoncer aux gens que leur cas n'est pas urgent.",
    ),
    (
        "urgences",
        AP,
        "Petit garçon, [[PERSONNE:Marin]], {{6 ans}}, a avalé une pièce de {{2 €}}. Le papa panique. L'agente le rassure, radio demandée. Papa : M. [[PERSONNE:Hugo Lemaître]], adresse pour le dossier [[ADRESSE:5 rue de la Loire, 49000 Angers]]. Ils rentraient de vacances au bord de la {{Loire}}, le petit jouait avec la monnaie dans la voiture et la maman, qui conduisait, est partie garer la voiture. L'{{IOA}} pose les questions : il respire bien ? il bave ? il a mal quand il avale ? Non, non, un peu. Elle explique que la plupart du temps la pièce passe toute seule mais qu'il faut vérifier qu'elle n'est pas coincée dans l'œsophage. Le papa répète \"c'est ma faute, c'est ma faute\". Le petit, lui, demande s'il pourra récupérer sa pièce. Radio : la pièce est dans l'estomac, retour à la maison avec consigne de surveiller les selles. Tout le monde rit, même le papa. {{1h15}} en tout.",
    ),
    (
        "urgences",
        AP,
        "Patient amené par les {{pompiers}}, inconscient, sans papiers sur lui. L'agente crée un {{dossier provisoire}} \"X\". Plus tard sa femme arrive et donne l'identité : [[PERSONNE:Serge Calvez]], {{NIR}} [[NIR:1 58 09 29 019 143 24]], né à {{Brest}}. L'agente fusionne les deux dossiers.",
    ),
    (
        "urgences",
        AP,
        "Maman avec un nourrisson de {{3 semaines}} qui pleure depuis {{4h}}. Elle est épuisée, en larmes. L'{{IOA}} la fait passer en priorité : en dessous de {{3 mois}} c'est toujours prioritaire. Dans la poussette un doudou {{lapin}} et une couverture {{rose}}.",
    ),
    (
        "urgences",
        AP,
        "Touriste allemand, entorse de la cheville. Passeport n° [[IDENTIFIANT:C4J7KL2M9]]. L'agente parle anglais, pas allemand, ça passe. {{Carte européenne}} ok. Il loge au [[ADRESSE:camping Les Sables d'Or, emplacement 45]], avec son {{camping-car}} immatriculé [[IMMATRICULATION:HH KL 4821]]. Sa femme attend dans le véhicule avec le chien.",
    ),
    (
        "urgences",
        AP,
        "Femme enceinte ({{34 SA}}), {{contractions}}, orientée vers la {{maternité}} ({{2e étage}}). Avant, l'agente prend l'identité : Mme [[PERSONNE:Jade Kervella]], née le [[DATE_NAISSANCE:11/03/1996]]. Le compagnon gare la voiture. Elle me dit qu'ils vont l'appeler [[PERSONNE:Lilas]].",
    ),
    (
        "urgences",
        AP,
        "{{23h40}} : un homme sans abri connu du service, \"[[PERSONNE:Jojo]]\", vient surtout pour dormir au chaud. L'équipe l'appelle par son {{surnom}}. Café, puis appel au {{115}} : pas de place. Il reste en {{salle d'attente}}, personne ne dit rien.",
    ),
    (
        "urgences",
        AP,
        "{{Urgences pédiatriques}}. Deux frères, [[PERSONNE:Germain]] ({{8 ans}}) et [[PERSONNE:Aimé]] ({{5 ans}}), bagarre : [[PERSONNE:Aimé]] a l'arcade ouverte. La maman, Mme [[PERSONNE:Boucher]], s'excuse tout le temps. {{Colle biologique}}, pas de points. Le petit repart avec un {{diplôme du courage}}.",
    ),
    (
        "urgences",
        AP,
        "Patiente de {{90 ans}} venue de l'{{EHPAD Les Glycines}}, chute. L'{{aide-soignante}} qui l'accompagne donne l'identité : Mme [[PERSONNE:Odette Le Floch]], née le [[DATE_NAISSANCE:deux mars mil neuf cent trente-quatre]]. {{Fiche de liaison}} incomplète, pas de liste des traitements. L'agente appelle l'{{EHPAD}}.",
    ),
    (
        "urgences",
        AP,
        "Un papa arrive avec sa fille [[PERSONNE:Océane]], {{9 mois}}, tombée de la {{table à langer}}. Date de naissance : [[DATE_NAISSANCE:2 février 2024]]. Il a oublié le {{carnet de santé}}. Le bébé rigole dans les bras de l'infirmière, le papa est plus pâle qu'elle.",
    ),
    (
        "urgences",
        AP,
        "Quelqu'un est garé sur l'emplacement des {{ambulances}}. L'{{agent de sécurité}} vient à l'accueil : \"à qui la {{Golf}} noire [[IMMATRICULATION:FN-827-LB]] ?\". C'est un monsieur qui a amené sa femme, il va la déplacer en râlant.",
    ),
    (
        "urgences",
        AP,
        "La salle d'attente des urgences pédiatriques est décorée : poissons 🐟, fresque de la mer, un {{marin}} avec une casquette, un ciel {{bleu céleste}}. L'{{IOA}} dit que ça calme les enfants. Ce soir surtout des bronchiolites, {{12}} en {{3h}}. Beaucoup de parents très jeunes et très inquiets.",
    ),
    (
        "urgences",
        AP,
        "M. [[PERSONNE:Karim Bensaïd]] accompagne son père, qui ne parle qu'{{arabe}}, et sert d'interprète. L'agente note le numéro du fils : [[TELEPHONE:+33 6 59 12 40 87]]. Le père présente son {{titre de séjour}}, n° [[IDENTIFIANT:7503148296]]. {{Droits ouverts}}, ça va vite.",
    ),
    (
        "urgences",
        AP,
        "Ado amenée par la {{police}}, [[PERSONNE:Blanche]], {{14 ans}}, {{fugue}}. Sa grand-mère, Mme [[PERSONNE:Florence Bodin]], arrive {{1h}} après, elle a fait la route depuis {{Saint-Brieuc}}. Coordonnées pour le dossier : [[ADRESSE:17 rue de Paris, 22000 Saint-Brieuc]]. La petite refuse de lui parler.",
    ),
    (
        "urgences",
        AP,
        "Accueil administratif, poste {{7h-15h}}. L'agente fait aussi le standard interne. Beaucoup de temps perdu à chercher les mutuelles, les gens n'ont pas leur carte. Le plus compliqué d'après elle : les patients étrangers sans droits ({{AME}}, {{soins urgents}}, {{PASS}}).",
    ),
    (
        "urgences",
        AP,
        "Grand-père, M. [[PERSONNE:Constant Briand]], {{72 ans}}, amène son petit-fils [[PERSONNE:Lou]] ({{4 ans}}) tombé du toboggan au {{parc des Gayeulles}}. Pas de carte vitale pour le petit, juste une photo de l'attestation sur son téléphone. L'agente accepte.",
    ),
    (
        "urgences",
        AP,
        "Étudiante, Mme [[PERSONNE:Inès Morel]], {{réaction allergique}} après un resto. Elle est enregistrée à l'adresse de ses parents, l'agente corrige avec l'{{adresse étudiante}} : [[ADRESSE:32 avenue Professeur Charles Foulon, 35700 Rennes]]. Mail : [[EMAIL:ines.morel@etudiant.univ-rennes.fr]].",
    ),
    (
        "urgences",
        AP,
        "Le papa de [[PERSONNE:Céleste]] ({{2 ans}}, convulsion fébrile) parle pas français, il est {{géorgien}}. L'agente passe par l'interprétariat téléphonique ({{ISM Interprétariat}}). Date de naissance de l'enfant : [[DATE_NAISSANCE:2022-05-19]]. Pas de droits ouverts, orientation {{PASS}}.",
    ),
    (
        "urgences",
        AP,
        "{{3h du matin}}. Un jeune, [[PERSONNE:Yanis]], coupure au pied, venu en {{trottinette}}. Pas de carte vitale sur lui, il récite son numéro de sécu par cœur : [[NIR:101083155509306]], né à {{Toulouse}}. L'agente est impressionnée.",
    ),
    # accueil téléphonique
    (
        "urgences",
        AT,
        "{{Standard des urgences}} : une dame cherche son mari, amené par le {{SAMU}}. L'agente vérifie : oui, M. [[PERSONNE:Didier Pasquier]], box {{7}}. Elle ne donne aucun détail médical au téléphone, juste qu'il est pris en charge.",
    ),
    (
        "urgences",
        AT,
        "Une maman appelle : son fils [[PERSONNE:Ange]] ({{18 mois}}) a mâchouillé une feuille de {{laurier-rose}}. L'agente lui donne le numéro du centre antipoison d'{{Angers}}, le {{02 41 48 21 21}}, et lui dit de rappeler si symptômes.",
    ),
    (
        "urgences",
        AT,
        "Beaucoup d'appels juste pour demander \"c'est combien de temps d'attente\". L'agente ne peut pas savoir, conseille le {{15}} ou le médecin de garde ({{116 117}}). Environ {{1 appel sur 3}}.",
    ),
    (
        "urgences",
        AT,
        "Une grand-mère qui garde sa petite-fille [[PERSONNE:Jade]] veut savoir si elle peut l'amener pour une {{otite}} sans les parents. L'agente : oui, prendre le {{carnet de santé}}. Elle laisse son numéro au cas où : [[TELEPHONE:02.96.33.14.80]].",
    ),
    (
        "urgences",
        AT,
        "{{APPEL GENDARMERIE}}, accident sur la {{N137}}. Il donne la plaque du véhicule pour retrouver la victime admise : [[IMMATRICULATION:ER-093-MK]]. L'agente : {{RIEN PAR TÉLÉPHONE SANS RÉQUISITION ÉCRITE}}. Elle me dit que c'est la règle, même pour les gendarmes.",
    ),
    (
        "urgences",
        AT,
        "Appel de l'école {{Saint-Exupéry}} : un élève de {{CM1}}, [[PERSONNE:Clément Jaouen]], {{crise d'asthme}}, les {{pompiers}} l'amènent. La directrice veut savoir si la maman est arrivée. L'agente ne peut rien confirmer, elle prend note.",
    ),
    (
        "urgences",
        AT,
        "Un patient sorti hier rappelle, il a oublié ses {{lunettes}}. M. [[PERSONNE:Alain Perrot]], {{box}} {{12}}. L'agente prend son numéro, [[TELEPHONE:06 09 45 72 11]], elle le rappellera si on les retrouve.",
    ),
    (
        "urgences",
        AT,
        "Une mère appelle en pleurs, son bébé de {{2 mois}} respire mal. L'agente lui dit d'appeler le {{15}} tout de suite et reste en ligne jusqu'à ce qu'elle compose. Je suis impressionnée par son calme. Après : \"celles-là je les oublie pas\".",
    ),
    (
        "urgences",
        AT,
        "La mutuelle {{Malakoff Humanis}} appelle pour la prise en charge d'une chambre individuelle. Patient : M. [[PERSONNE:Gilles Marec]], adhérent n° [[IDENTIFIANT:MH00451938]], {{NIR}} [[NIR:1 79 11 13 206 052 51]] (né à {{Marseille}}). L'agente transmet au bureau des entrées.",
    ),
    (
        "urgences",
        AT,
        "Le papa d'[[PERSONNE:Olive]] ({{5 ans}}), vue cette nuit pour une chute, veut le compte rendu de la radio. L'agente demande la date de naissance de l'enfant : [[DATE_NAISSANCE:23 mars 2019]]. Le {{CR}} part au médecin traitant, et sera sur {{Mon espace santé}}.",
    ),
    (
        "urgences",
        AT,
        "Une femme dit être la fille d'un patient et veut des nouvelles. L'agente vérifie qui est la {{personne de confiance}} dans le dossier : Mme [[PERSONNE:Sylvie Nédélec]]. C'est bien elle, elle transfère au médecin.",
    ),
    (
        "urgences",
        AT,
        "Un papa appelle depuis sa voiture : sa fille [[PERSONNE:Prune]], {{7 ans}}, fièvre et taches sur le ventre. L'agente : venir directement, entrée des urgences pédiatriques, pas l'entrée adultes. Parking {{P3}}, gratuit les {{30 premières minutes}}.",
    ),
    (
        "urgences",
        AT,
        "Un {{médecin de ville}}, le Dr [[PERSONNE:Lefort]], adresse un patient pour suspicion d'{{appendicite}} : [[PERSONNE:Nolan Briand]], {{19 ans}}, joignable au [[TELEPHONE:07 45 20 18 93]]. L'agente prévient l'{{IOA}}.",
    ),
    (
        "urgences",
        AT,
        "Une {{assistante maternelle}} appelle : un enfant qu'elle garde est tombé, bosse sur le front. Elle sait pas si elle doit venir. L'agente transfère à l'{{IOA}} : vomissements ? somnolence ? Non. {{Surveillance à la maison}}, prévenir les parents. {{4 min}}.",
    ),
]

# ---------------------------------------------------------------- CHRS / 115
CHRS = [
    (
        "chrs",
        AP,
        "{{Accueil de jour}} du {{CHRS}}, {{9h}}. Café, douches, lave-linge. Un monsieur, [[PERSONNE:Patrick]], vient chercher son courrier ({{domiciliation}}). L'éducatrice, [[PERSONNE:Soizic]], lui lit une lettre de la {{préfecture}} qu'il ne comprend pas. Elle reformule {{3 fois}}, patiemment.",
    ),
    (
        "chrs",
        AP,
        "Arrivée d'une maman avec {{3 enfants}}, orientée par le {{SIAO}} : Mme [[PERSONNE:Aminata Koné]], enfants [[PERSONNE:Ange]], [[PERSONNE:Rose]] et [[PERSONNE:Jade]] ({{8}}, {{5}} et {{1 an}}). Chambre famille {{n° 6}}. Référence {{SIAO}} [[IDENTIFIANT:35-2024-11824]]. L'éducateur fait le tour des lieux avec eux, la petite [[PERSONNE:Rose]] demande où est la télé.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission : M. [[PERSONNE:Farid Hamdi]], {{53 ans}}, sortie de détention. {{CNI}} périmée n° [[IDENTIFIANT:120435087612]]. {{NIR}} : [[NIR:1 71 04 99 352 064 19]] (né en {{Algérie}}). L'éducatrice lance le renouvellement de la carte et la demande de {{RSA}} ; il avait un ancien dossier {{Caf}}, n° [[N_ALLOCATAIRE:1187430]]. Ancienne adresse : [[ADRESSE:7 rue de Lorraine, 35000 Rennes]].",
    ),
    (
        "chrs",
        AP,
        "Le {{CHRS}} a un espace enfants : jeux, bibliothèque, un grand tapis. Une bénévole fait les devoirs avec les enfants le mercredi. Ce matin, {{4 enfants}} de {{6 à 11 ans}} sur des fiches de maths. Le plus grand demande ce que c'est \"un {{ange gardien}}\", c'est dans sa lecture.",
    ),
    (
        "chrs",
        AP,
        "M. [[PERSONNE:Dimitri]], {{Géorgie}}, débouté de l'asile. L'éducateur regarde son récépissé, {{AGDREF}} [[IDENTIFIANT:3502197461]]. Il a une {{OQTF}}. L'éducateur explique ce que le {{CHRS}} peut faire et ne pas faire. Orientation vers la {{Cimade}}, permanence le mardi.",
    ),
    (
        "chrs",
        AP,
        "Une jeune femme, [[PERSONNE:Océane]], {{20 ans}}, enceinte, arrive avec un sac. Elle a quitté le domicile du compagnon violent cette nuit. L'éducatrice lui trouve une place au {{Relais}} ({{CHRS}} femmes) et garde son numéro : [[TELEPHONE:07 69 32 05 88]]. Elle lui parle du {{3919}}.",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe du matin : {{32 places}}, {{30}} occupées. On parle de M. [[PERSONNE:Le Du]] (ou [[PERSONNE:Ledu]] ? je sais plus), qui a bu hier soir et cassé une porte. Sanction : avertissement écrit. L'équipe est partagée, certains trouvent la direction trop {{clémente}}, ils voulaient une exclusion de {{48h}}.",
    ),
    (
        "chrs",
        AP,
        "Repas du midi. Un papa, M. [[PERSONNE:Moussa Camara]], avec ses jumeaux [[PERSONNE:Marin]] et [[PERSONNE:Clément]] ({{4 ans}}). Les garçons vont à l'école maternelle {{Jean Zay}} depuis {{septembre}}. Le papa est fier, il montre leurs dessins : un bateau et une maison en {{pierre}}.",
    ),
    (
        "chrs",
        AP,
        "Bureau des éducateurs : tableau blanc avec les résidents (je ne note pas les noms) et les rdv. Beaucoup de rdv {{CMP}}, {{CSAPA}}, préfecture. L'éducatrice me dit qu'un accompagnement dure en moyenne {{14 mois}}.",
    ),
    (
        "chrs",
        AP,
        "M. [[PERSONNE:Jean-Luc Riou]] vient pour une demande d'admission, orienté par le {{SIAO}}. Il dort dans sa voiture depuis {{2 mois}}, une {{Kangoo}} blanche immatriculée [[IMMATRICULATION:BT-661-WR]], sur le parking du {{Leclerc}}. Pas de place ce soir, il revient demain {{10h}}.",
    ),
    (
        "chrs",
        AP,
        "Passage de la {{PMI}} au {{CHRS}} pour les bébés. Une maman avec sa fille [[PERSONNE:Lilas]], {{6 semaines}}, née le [[DATE_NAISSANCE:30/09/2024]]. {{Pesée}}, vaccins à jour. La {{puéricultrice}}, Mme [[PERSONNE:Roussel]], laisse sa carte à la maman.",
    ),
    (
        "chrs",
        AP,
        "Une ancienne résidente passe dire bonjour, elle a un logement maintenant, un {{T2}} chez {{Archipel Habitat}}. Elle apporte un {{gâteau}}. Elle laisse sa nouvelle adresse aux éducs pour garder le contact : [[ADRESSE:3 rue Alphonse Guérin, bât C, 35000 Rennes]], et son mail, [[EMAIL:sandrine.hamel.35@gmail.com]].",
    ),
    (
        "chrs",
        AP,
        "{{Atelier cuisine}} : des mamans font des {{crêpes}} pour le {{goûter}} des enfants. Confiture de {{prunes}} maison, bouteille d'{{huile d'olive}} renversée par terre, fous rires. Une éducatrice me dit que ces moments comptent plus que les entretiens.",
    ),
    (
        "chrs",
        AP,
        "Entretien budget avec M. [[PERSONNE:Patrice Bellec]] : {{RSA}} {{607 €}}, participation {{CHRS}} {{10 %}}. Inscrit à {{France Travail}} (identifiant [[ID_FRANCE_TRAVAIL:5530918 N]]). Deux banques ont refusé de lui ouvrir un compte, l'éducateur a fait jouer le droit au compte ({{Banque de France}}). Compte ouvert, {{RIB}} : [[IBAN:FR76 1380 7008 1232 0217 4801 547]].",
    ),
    # accueil téléphonique (115)
    (
        "chrs",
        AT,
        "Écoutant du {{115}}, {{19h30}}. Une mère avec {{2 enfants}} ({{6}} et {{3 ans}}) appelle de la gare de {{Rennes}}, elle arrive de {{Paris}}. Elle s'appelle [[PERSONNE:Grace Mbemba]]. Plus de place en famille. L'écoutant lui demande si les enfants ont mangé : non, depuis le midi. Il cherche pendant {{20 min}}, appelle {{3}} hôtels, le dernier a une chambre. Nuit à l'{{Ibis Budget}}, chambre {{17}}, prise en charge pour {{2 nuits}}. Il lui explique le chemin depuis la gare (bus {{C1}}, arrêt {{Champs Blancs}}), lui dit de demander un ticket au chauffeur si elle n'a pas d'argent, et de rappeler demain à {{9h}} pour l'évaluation avec le {{SIAO}}. Elle pleure au téléphone, elle dit merci en boucle. Quand il raccroche il souffle, il me dit que des soirs comme ça il y en a trois par semaine et que parfois il n'y a rien du tout à proposer.",
    ),
    (
        "chrs",
        AT,
        "Appel de [[PERSONNE:Gérard]], habitué du {{115}}, qui demande une place tous les soirs. Ce soir refus. Son numéro {{SIAO}} : [[IDENTIFIANT:SIAO35-001874]]. Il dit qu'il va dormir sous le pont, au bord de la {{Vilaine}}. L'écoutant signale à l'équipe mobile du {{SAMU social}}.",
    ),
    (
        "chrs",
        AT,
        "Statistiques du soir : {{87 appels}}, {{23}} demandes non pourvues dont {{6 familles}} avec enfants. L'écoutante a dû dire non à une maman avec un bébé de {{3 semaines}}. Elle a quand même trouvé une solution {{1h}} plus tard, elle en parle encore à la pause.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un jeune, [[PERSONNE:Kylian]], {{18 ans}}, sorti de l'{{ASE}} le jour de son anniversaire. Il appelle d'un portable prêté et donne un numéro pour le rappeler : [[TELEPHONE:07 52 84 16 30]]. Place trouvée au {{FJT}} des {{Longs Champs}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une grand-mère, Mme [[PERSONNE:Lorraine Gicquel]], qui héberge sa fille et ses {{3 petits-enfants}} dans son {{T2}}. Elle n'en peut plus. L'écoutant prend les prénoms des enfants : [[PERSONNE:Prune]], [[PERSONNE:Olive]], [[PERSONNE:Marin]]. Il faut une demande {{SIAO}} par un {{travailleur social}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une assistante sociale du {{CHGR}} ({{centre hospitalier Guillaume Régnier}}) pour un {{patient sortant}}, M. [[PERSONNE:Hervé Quéré]]. Pas de solution ce soir, l'écoutant propose de le remettre en liste pour demain.",
    ),
    (
        "chrs",
        AT,
        "Une ado, [[PERSONNE:Céleste]], {{16 ans}}, mise dehors par son {{beau-père}}. Le {{115}} ne prend pas les mineurs seuls, l'écoutant appelle le {{foyer de l'enfance}} et l'astreinte de l'{{ASE}}. Il lui demande sa date de naissance : [[DATE_NAISSANCE:9 janvier 2008]].",
    ),
    (
        "chrs",
        AT,
        "Une dame dort dans sa voiture avec son chien {{Oslo}} sur le parking de la {{piscine}} de {{Bréquigny}}. Les structures ne prennent pas les chiens. Elle donne sa plaque pour que l'{{équipe mobile}} la retrouve : [[IMMATRICULATION:ck-418-fv]].",
    ),
    (
        "chrs",
        AT,
        "Le {{115}} reçoit un appel d'une directrice d'école : une famille dort dans la cour de l'{{école Georges Clemenceau}} depuis {{2 nuits}}, les enfants sont dans sa classe de {{CE1}}. L'écoutant prend les infos, l'équipe mobile passera ce soir.",
    ),
    (
        "chrs",
        AT,
        "Un homme parle mal français, il vient d'{{Afghanistan}}. L'écoutant passe par {{ISM Interprétariat}}. Il s'appelle [[PERSONNE:Ahmad Rahimi]], attestation de {{demande d'asile}} n° [[IDENTIFIANT:3502239874]]. Orientation vers la {{SPADA}} demain matin.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un papa, M. [[PERSONNE:Florent Lebon]], {{2 enfants}} en {{garde alternée}}, à la rue depuis la séparation. Il a peur que le {{JAF}} lui retire la garde s'il n'a pas de logement. Il demande une {{place famille}} juste pour ses semaines. L'écoutant dit que ça n'existe pas vraiment. Tél : [[TELEPHONE:06 95 03 48 21]].",
    ),
    (
        "chrs",
        AT,
        "Appel de la police : femme victime de violences, {{mise à l'abri}}. L'écoutante trouve une place d'urgence à {{Saint-Malo}}. Nom donné par le policier : Mme [[PERSONNE:Karine Le Brun]]. {{Taxi}} pris en charge.",
    ),
    (
        "chrs",
        AT,
        "Une maman rappelle, {{3e fois}} de la semaine : hôtel {{Campanile}} {{Rennes Atalante}}, chambre {{108}}, plus de prise en charge demain. Ses enfants : [[PERSONNE:Paris]] ({{10 ans}}) et [[PERSONNE:Florence]] ({{6 ans}}). Elle a vécu en {{Italie}}, à {{Florence}}, d'où le prénom de la petite. L'écoutante prolonge de {{3 nuits}}.",
    ),
    (
        "chrs",
        AT,
        "Le {{115}} la nuit : {{2 écoutants}}. Un tableur partagé avec les places dispo, mis à jour à {{18h}}. Après {{23h}} plus rien ne bouge, ils rappellent les gens le lendemain matin.",
    ),
    # contrôle sur place (chambres, logements)
    (
        "chrs",
        CSP,
        "Tour des chambres avec l'éduc (contrôle hebdo) :\n- ch. {{12}} : M. [[PERSONNE:Bertrand]], tout rangé\n- ch. {{14}} : réchaud interdit -> confisqué\n- ch. {{15}} : personne\n- ch. {{16}} : odeur de cannabis, l'éduc note pour la réunion",
    ),
    (
        "chrs",
        CSP,
        "Visite du {{logement diffus}} (appartement du {{CHRS}} en ville) : Mme [[PERSONNE:Jade Le Moal]] et ses enfants [[PERSONNE:Lou]] ({{10 ans}}) et [[PERSONNE:Aimé]] ({{7 ans}}), [[ADRESSE:21 rue de la Motte-Picquet, appt 8, 35000 Rennes]]. Frigo plein, cartables prêts. L'éducatrice vérifie le {{chauffage}}.",
    ),
    (
        "chrs",
        CSP,
        "Contrôle des chambres : {{détecteurs de fumée}}, {{extincteurs}}. Un résident a collé des posters partout, l'éducateur tolère. Chambres de {{9 m²}}, lavabo, {{douches collectives}} au bout du couloir.",
    ),
    (
        "chrs",
        CSP,
        "Chambre famille {{n° 3}} : une maman et ses {{2 filles}}, [[PERSONNE:Ambre]] et [[PERSONNE:Capucine]]. Lits faits, un dessin au mur \"{{MAMAN JE T'AIME}}\". L'éducatrice rappelle la règle : pas de visite d'hommes dans les chambres. La maman explique que c'est le papa des filles qui voudrait les voir ; visites médiatisées à l'{{UDAF}} le samedi, décidées par le {{JAF}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement en {{ALT}} : M. [[PERSONNE:Mohamed Cherif]], [[ADRESSE:4 place Sainte-Anne, 35000 Rennes]]. {{Dette d'énergie}} : facture {{EDF}} n° [[IDENTIFIANT:10012487563]] de {{412 €}}. L'éducateur met en place un {{échéancier}}.",
    ),
    (
        "chrs",
        CSP,
        "Chambre {{22}}, M. [[PERSONNE:Germain]], {{61 ans}}, ancien {{marin}} pêcheur. Photos de bateaux au mur, une maquette. Il me raconte la {{Loire}}, {{Saint-Nazaire}}, les chantiers. L'éducateur lui rappelle le rdv {{CMP}} de jeudi.",
    ),
    (
        "chrs",
        CSP,
        "Visite dans un logement en {{bail glissant}}. Mme [[PERSONNE:Fanny Garnier]], [[ADRESSE:12 bis rue Jean Jaurès, 35170 Bruz]]. Tout va bien, elle travaille en {{intérim}} chez {{Adecco}}. Prochaine étape : le bail passe à son nom en {{mars}}.",
    ),
    (
        "chrs",
        CSP,
        "Tour du soir. Dans la {{salle commune}}, des enfants regardent un dessin animé avec un {{ange}} et une {{licorne}} {{rose}} 🦄. Une maman tricote. L'éducateur dit que le soir c'est le moment où les conflits éclatent. Pas ce soir.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement partagé. Les deux {{colocs}} : [[PERSONNE:Samir]] et [[PERSONNE:Bastien]]. Conflit sur le {{ménage}}. [[PERSONNE:Bastien]] a une voiture ({{Twingo}}, [[IMMATRICULATION:7845 ZK 35]]), pas assurée. L'éducateur lui demande de ne plus rouler avec.",
    ),
    (
        "chrs",
        CSP,
        "Chambre {{5}}, famille [[PERSONNE:Blanchard]] : la petite [[PERSONNE:Blanche]] a {{2 ans}} aujourd'hui, née le [[DATE_NAISSANCE:14 novembre 2022]]. La maman a fait un {{gâteau}}, toute l'équipe chante. L'éducatrice note l'{{anniversaire}} sur le tableau.",
    ),
    (
        "chrs",
        CSP,
        "Studio du {{CHRS}} : M. [[PERSONNE:Anthony Lebreton]] n'est pas rentré depuis {{5 jours}}. Affaires présentes. L'éducateur essaie de l'appeler au [[TELEPHONE:06 12 58 94 07]], {{messagerie}}. Signalement à la {{cheffe de service}}. Procédure d'abandon de place au bout de {{15 jours}}.",
    ),
]

# ---------------------------------------------------------------- France Travail
FRANCE_TRAVAIL = [
    (
        "france_travail",
        AP,
        "Accueil {{France Travail}} {{Rennes Sud}}, {{8h45}}, file de {{12 personnes}}. M. [[PERSONNE:Lionel Guéguen]], identifiant [[ID_FRANCE_TRAVAIL:3184527M]], a été radié pour absence à un rdv. Il dit qu'il n'a jamais eu la convocation. L'agent vérifie l'identité ({{NIR}} [[NIR:1 90 02 59 350 421 33]], né à {{Lille}}) puis regarde : convocation envoyée sur une vieille adresse mail. Recours possible.",
    ),
    (
        "france_travail",
        AP,
        "Une maman, Mme [[PERSONNE:Florence Hamon]], cherche un emploi compatible avec les horaires d'école ({{9h-16h30}}). Sa fille [[PERSONNE:Lou]] est en {{CE2}}, son fils en {{maternelle}}. Le conseiller lui parle de l'aide à la garde pour les parents isolés ({{AGEPI}}). Elle ne connaissait pas.",
    ),
    (
        "france_travail",
        AP,
        "Atelier {{CV}} collectif, {{8 participants}}. La conseillère projette des exemples sur l'écran. Beaucoup de questions sur la photo (obligatoire ? non). Un participant demande si {{Canva}} c'est gratuit. Oui, la version de base.",
    ),
    (
        "france_travail",
        AP,
        "Jeune homme, [[PERSONNE:Clément]], {{19 ans}}, veut faire un {{CAP}} {{petite enfance}}. Son conseiller, [[PERSONNE:Yann]], l'oriente vers un {{contrat d'apprentissage}} en crèche. Il dit qu'il a toujours gardé ses petits frères et sœurs. ID [[ID_FRANCE_TRAVAIL:6012384K]].",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'une dame de {{57 ans}} après un licenciement économique (abattoir {{Doux}}). Mme [[PERSONNE:Martine Le Bris]], née le [[DATE_NAISSANCE:15/05/1967]]. Le conseiller lui propose le {{CSP}} (contrat de sécurisation professionnelle). Elle pleure, {{30 ans}} dans la même boîte.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Océane Tréguier]] vient avec sa fille [[PERSONNE:Capucine]] ({{2 ans}}) dans la {{poussette}}, pas de {{mode de garde}}. Le conseiller ne peut pas lui proposer la formation qui commence lundi. Discussion sur les crèches {{AVIP}} (à vocation d'insertion pro), dont une des {{Petits Chaperons Rouges}}. Elle laisse son mail : [[EMAIL:oceane.treguier@outlook.fr]].",
    ),
    (
        "france_travail",
        AP,
        "Un monsieur étranger présente son {{titre de séjour}} avec {{autorisation de travail}}. L'agent vérifie le numéro, [[IDENTIFIANT:3502108846]], valide jusqu'en {{2026}}. Inscription ok. Il s'appelle [[PERSONNE:Oumar Ba]], il cherche dans le bâtiment.",
    ),
    (
        "france_travail",
        AP,
        "une maman demande si elle peut faire une formation pendant son congé parental. la conseillère : oui elle peut s'inscrire, mais pas d'{{ARE}} en même temps que la {{PreParE}}. {{3 enfants}}, le dernier a {{14 mois}}. elle veut devenir auxiliaire de puériculture, la conseillère lui parle de la prépa concours",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Thomas Pelé]] : {{attest. employeur}} jamais recue. Id [[ID_FRANCE_TRAVAIL:0452871 B]]. agent fait la demande a l'employeur via le {{portail}}, en attendant pas d'{{ARE}}. loyer a payer le {{5}}, il est tendu, il tapote sur le comptoir",
    ),
    (
        "france_travail",
        AP,
        "Entretien avec M. [[PERSONNE:Pierre Lorraine]], chauffeur routier, {{45 ans}}, qui veut arrêter les longues distances pour voir grandir ses enfants. Il a fait {{Paris}}-{{Florence}} pendant {{10 ans}}. Projet : chauffeur de car scolaire. Conseiller : {{FIMO}} voyageurs, financement {{CPF}} + {{AIF}}.",
    ),
    (
        "france_travail",
        AP,
        "Un jeune, [[PERSONNE:Enzo]], vient pour l'aide au permis ({{500 €}}). Il a une promesse d'embauche en {{CDI}} chez {{Transdev}}, conditionnée au permis. Dossier ok. Auto-école : {{ECF}} {{Cleunay}}.",
    ),
    (
        "france_travail",
        AP,
        "La conseillère reçoit Mme [[PERSONNE:Aurore Jaffré]] : elle a arrêté de chercher pendant {{2 ans}} pour s'occuper de sa mère malade et de sa petite [[PERSONNE:Blanche]]. Elle veut reprendre dans le {{commerce}}. La conseillère lui propose une {{immersion}} ({{PMSMP}}) chez {{Grand Frais}}. Tél : [[TELEPHONE:06 77 38 15 02]].",
    ),
    (
        "france_travail",
        AP,
        "L'agence a un {{espace numérique}}, {{6 ordinateurs}}. Un jeune en {{service civique}} aide les gens. Ce matin : {{3 personnes}} pour s'actualiser, {{1}} pour un {{mot de passe}}. Le service civique me dit que beaucoup n'ont pas d'adresse mail du tout.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Guillaume Corre]], ingénieur, {{41 ans}}, licencié. Projet de création d'entreprise ({{ARCE}}). Il montre son profil {{LinkedIn}}, [[IDENTIFIANT:@guillaume-corre-ing]]. L'{{ARCE}} sera versée sur [[IBAN:FR76 1802 5000 4404 8123 7720 344]]. Orientation vers la {{BGE}}.",
    ),
    (
        "france_travail",
        AP,
        "Papa solo, M. [[PERSONNE:Aimé Konaté]], {{3 enfants}}. Il veut travailler {{de nuit}} ({{logistique}}) parce qu'il a les enfants le jour. La conseillère : qui les garde la nuit ? Sa mère, qui vit avec eux. Il donne sa nouvelle adresse pour la mise à jour : [[ADRESSE:9 rue de Suède, 35200 Rennes]].",
    ),
    (
        "france_travail",
        AP,
        'Atelier "{{se préparer à l\'entretien}}". La conseillère, [[PERSONNE:Anne-Sophie]], fait des simulations. Un participant très timide, [[PERSONNE:Mickaël]], finit par parler de sa passion pour la {{pêche}}. Tout le monde applaudit.',
    ),
    (
        "france_travail",
        AP,
        "Jeune maman de {{23 ans}}, [[PERSONNE:Ambre]], inscrite depuis {{6 mois}}. Son fils [[PERSONNE:Marin]] rentre à l'école en {{septembre}}, elle pourra chercher à temps plein. Le conseiller l'inscrit sur une prépa {{CAP AEPE}}. Identifiant [[ID_FRANCE_TRAVAIL:5843106 R]].",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Kevin Lagarde]] veut devenir livreur {{auto-entrepreneur}}. Il a déjà sa {{camionnette}}, plaque [[IMMATRICULATION:FR-307-HX]]. Le conseiller lui parle de l'{{ARCE}} et des plateformes. Il demande si {{Amazon Flex}} c'est \"un vrai travail\". Silence.",
    ),
    (
        "france_travail",
        AP,
        "Discussion avec la conseillère : la première question qu'elle pose aux mamans, c'est \"qui garde les enfants ?\". Sans solution de garde, pas de formation. Elle cite une crèche {{AVIP}}, {{Les P'tits Loups}}, qui garde {{3 places}} pour les parents en recherche.",
    ),
    (
        "france_travail",
        AP,
        "Inscription de M. [[PERSONNE:Rui Ferreira]], arrivé du {{Portugal}} il y a {{3 mois}}. Il veut être payé sur son compte portugais : [[IBAN:PT62 0035 0651 0000 1234 5678 9]]. L'agent dit que c'est possible, zone {{SEPA}}. Numéro d'inscription : [[ID_FRANCE_TRAVAIL:7720184T]].",
    ),
    # accueil téléphonique (3949)
    (
        "france_travail",
        AT,
        "Plateforme {{3949}}. Un monsieur veut savoir quand il sera payé. Il donne son identifiant, [[ID_FRANCE_TRAVAIL:2918457 L]]. Paiement le {{3}} du mois. Il en profite pour changer de {{RIB}} : [[IBAN:FR33 3000 2004 2700 0007 1233 X31]]. Appel {{4 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une maman, Mme [[PERSONNE:Lilou Martin]], qui doit annuler son rdv : sa fille [[PERSONNE:Jade]] est malade et la {{crèche}} ne la prend pas. Le conseiller reporte à la semaine prochaine. Elle a peur d'être {{radiée}}, il la rassure.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}} : temps cible {{5 min}}/appel. Question n°1 du jour = les {{15 heures}} d'activité du {{RSA}}.",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Germain Roussel]] a refusé une offre parce que les horaires ne collaient pas avec la garde de ses enfants ({{une semaine sur deux}}, jugement du {{JAF}}). Il a peur de perdre l'{{ARE}}. Conseiller : l'{{offre raisonnable}} tient compte de la situation familiale. Identifiant : [[ID_FRANCE_TRAVAIL:6634021 P]].",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un recruteur ({{Marie Blachère}}, boulangerie de {{Cesson}}) pour l'offre n° {{182RTPL}}. Il s'appelle [[PERSONNE:Quentin Bodet]] et donne son mail pro : [[EMAIL:quentin.bodet@blachere-recrute.fr]]. Le conseiller lui envoie {{4}} profils.",
    ),
    (
        "france_travail",
        AT,
        "Une grand-mère appelle pour son petit-fils [[PERSONNE:Constant]], {{22 ans}}, qui sait pas s'actualiser. Le conseiller dit qu'il doit appeler lui-même. La {{mamie}} insiste, très drôle : \"il est {{constant}} dans rien, sauf dans le {{sommeil}}\".",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Jérôme Le Cam]] appelle pour un {{trop-perçu}} de {{1 850 €}}. Il demande un {{échéancier}}. Le conseiller prend son mail, [[EMAIL:jerome.lecam29@gmail.com]], et le {{RIB}} pour le prélèvement : [[IBAN:FR7616006132009128430511738]].",
    ),
    (
        "france_travail",
        AT,
        "Une maman, [[PERSONNE:Rose-Marie]], vient d'avoir une place en crèche pour sa fille (crèche {{Les Lilas}}) et veut reprendre une formation de {{secrétaire médicale}}. Le conseiller l'inscrit à la {{réunion d'info}} du {{12 mars}} à {{14h}}. Son numéro : [[TELEPHONE:06-41-92-07-63]].",
    ),
    (
        "france_travail",
        AT,
        "Appel en colère : \"vous m'avez {{radié}} !\". M. [[PERSONNE:Sébastien Hue]], identifiant [[ID_FRANCE_TRAVAIL:4067218 F]]. En fait {{cessation d'inscription}} pour défaut d'actualisation. Le conseiller le réinscrit. {{11 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Un papa se demande s'il peut prendre son {{congé paternité}} alors qu'il est indemnisé par {{France Travail}}. Le conseiller vérifie : oui, c'est la {{Cpam}} qui paie pendant le congé, l'{{ARE}} est suspendue. Le papa : \"tout le monde se renvoie la balle\".",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une conseillère de la {{mission locale}}, [[PERSONNE:Gaëlle]], pour un jeune en {{CEJ}}. Elle donne l'ID du jeune, [[ID_FRANCE_TRAVAIL:3390752 Z]], et demande pourquoi l'{{allocation}} n'est pas versée ce mois-ci.",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Aurélie Germain]] part vivre en {{Lorraine}}, à {{Metz}}, pour suivre son conjoint ; les enfants changent d'école en {{janvier}}. Elle veut transférer son dossier. Changement d'adresse sur l'espace perso, l'agence de {{Metz}} prendra le relais. Nouvelle adresse : [[ADRESSE:6 rue Mazelle, 57000 Metz]].",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur {{sourd}} appelle via {{Elioz}}. [[PERSONNE:Damien Roux]], il veut un rdv avec {{interprète}} en {{LSF}}. Le conseiller note la demande. Numéro pour les {{SMS}} : [[TELEPHONE:07 83 60 27 14]].",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Le Roy]] appelle : sa fille [[PERSONNE:Océane]] ({{18 ans}}) vient de finir le {{lycée}} et veut s'inscrire. Le conseiller : c'est à elle de faire la démarche, en ligne, et il y a aussi la {{Mission locale}}. La maman donne quand même la date de naissance : [[DATE_NAISSANCE:3 juin 2006]].",
    ),
    (
        "france_travail",
        AT,
        "Un employeur appelle pour signaler qu'un candidat n'est pas venu à l'entretien. Le conseiller explique qu'il faut passer par le {{service entreprises}}. Le {{recruteur}} s'énerve un peu. Je comprends pas tout le circuit.",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Anthony Clément]] : ses enfants sont gardés par sa mère à {{Saint-Germain-en-Laye}}, il veut une {{formation}} près de chez elle. Le conseiller regarde les formations en {{Île-de-France}}. Identifiant : [[ID_FRANCE_TRAVAIL:1209847 H]].",
    ),
]


# ---------------------------------------------------------------- build
NOTES = CAF + CPAM + CCAS + URGENCES + CHRS + FRANCE_TRAVAIL


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1):
            label, value = m.group(1), m.group(2)
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
    """Stratified 50/50 split by site kind x channel, drawn with random.Random(SEED)."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = cells[cell]
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
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
