"""Independent evaluation corpus n° 87: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets. Ids ``ind87-001`` … ``ind87-240`` follow the writing order. ``split`` draws the
dev / holdout halves from the ids and the cells only (``random.Random(87)``).

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind87"
SEED = 87

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

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

# --- Notes 001-030: Caf, counter and phone ----------------------------------------------------
NOTES_1 = [
    (
        CAF,
        AP,
        "{{9h12}} {{Caf}} de {{Grenoble}}, file deja longue dehors sous la pluie, {{23}} personnes comptées avant l'ouverture. L'agente d'accueil ([[PERSONNE:Sylvie]]) distribue des tickets a la main, la borne est en panne 🙄",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Benali]], {{3 enfants}}, vient pour une suspension d'{{APL}}. Elle dit son n° alloc de tête : [[N_ALLOCATAIRE:2847193]]. L'agent ([[PERSONNE:Thomas Giraud]]) retrouve le dossier : il manque l'attestation de loyer de {{Grenoble Habitat}}. « Vous l'envoyez par l'appli, pas besoin de revenir » → elle n'a pas de smartphone.",
    ),
    (
        CAF,
        AP,
        "borne tickets réparée {{10h40}}. enfin. personne ne sait qui l'a réparée 😂",
    ),
    (
        CAF,
        AP,
        "{{Caf de la Savoie}}, {{Chambéry}}. Jeune homme ~{{20 ans}}, étudiant à l'{{USMB}} (campus de {{Jacob-Bellecombette}}), demande de {{prime d'activité}} refusée car ses revenus de saisonnier à {{Val Thorens}} l'hiver dernier dépassent. Il s'appelle [[PERSONNE:Kylian Perrier-Dumas]]. Agente : Mme [[PERSONNE:Chevallaz]] (« nom bien savoyard » me dit-elle).",
    ),
    (
        CAF,
        AP,
        "Échange au guichet {{4}} :\n- vous etes bien Mr [[PERSONNE:Nguyen Van Long]] ?\n- oui, [[PERSONNE:Long]] c'est le prénom\n- date de naissance ?\n- [[DATE_NAISSANCE:12/09/1961]]\n- ok je vous vois, le {{RSA}} est versé le {{5}}, pas le {{1er}}\nIl repart rassuré. {{4 min}} en tout.",
    ),
    (
        CAF,
        AP,
        "Permanence {{Caf}} à la {{maison des habitants}} du {{Village Olympique}}. Un monsieur tend un courrier : « trop-perçu de {{1 240 €}} ». Il est chauffeur-livreur, auto-entrepreneur, il dicte son SIRET pour que l'agent vérifie : [[IDENTIFIANT:813 452 760 00016]]. Nom sur le courrier : [[PERSONNE:Hamid Ouazzani]]. L'agent, [[PERSONNE:Julien]], propose un échéancier à {{50 € par mois}}.",
    ),
    (
        CAF,
        AP,
        "ce qui me frappe : tout le monde a une pochette plastique avec TOUS ses papiers. La dame devant moi a même le livret de famille, la carte {{Vitale}}, {{3 avis d'imposition}}. « On sait jamais ce qu'ils vont demander »",
    ),
    (
        CAF,
        AP,
        "Changement de RIB. Mme [[PERSONNE:Ferreira da Silva]] a changé de banque (passée au {{Crédit Agricole des Savoie}}), elle montre le nouveau RIB sur son tel. L'agente tape : [[IBAN:FR76 1810 6000 3296 5120 8743 176]]. Elle demande aussi à changer le mail : [[EMAIL:mferreira.dasilva73@gmail.com]]. Durée {{11 min}}. Ça devrait se faire sur le compte en ligne mais son mot de passe est bloqué depuis {{février}}.",
    ),
    (
        CAF,
        AP,
        "Déclaration de naissance tardive : bébé né le [[DATE_NAISSANCE:2 janvier]], le papa vient que maintenant (on est en {{mars}}). Papa = [[PERSONNE:Ibrahima Sow]], maman = [[PERSONNE:Aïssatou]]. L'agent explique que la {{prime à la naissance}} c'était avant, reste la {{PAJE}}. Bébé s'appelle [[PERSONNE:Mariam]] 🥰",
    ),
    (
        CAF,
        AP,
        "Antenne {{Caf}} de {{Voiron}}, jeudi. Calme. {{3 personnes}} en {{1h}}. L'agente [[PERSONNE:Corinne Mollard]] en profite pour me montrer l'écran : le dossier d'une dame s'affiche avec son n° [[N_ALLOCATAIRE:3019452]], son adresse [[ADRESSE:14 chemin des Gorges, 38500 Voiron]]... je note pour le débrief : on voit tout de l'autre côté du guichet si on se penche.",
    ),
    (
        CAF,
        AP,
        "ATTENTION ERREUR D'ORIENTATION : la dame a été envoyée vers la {{Cpam}} alors que c'était pour l'{{AAH}} → {{MDPH}} en fait. {{45 min}} perdues. Elle s'appelle Mme [[PERSONNE:Tchakounté]], elle vient du {{Pont-de-Claix}} en {{tram A}}.",
    ),
    (
        CAF,
        AP,
        "Famille [[PERSONNE:Hakobyan]] ({{Arménie}}), {{2 enfants}}. Titre de séjour du père présenté, n° [[IDENTIFIANT:3802174569]]. Récépissé de la mère expiré → droits suspendus. L'agent [[PERSONNE:Rémi]] appelle la {{préfecture}} : {{20 min}} d'attente, raccroche. La fille aînée traduit, elle a {{12 ans}}.",
    ),
    (
        CAF,
        AP,
        "le vigile s'appelle [[PERSONNE:Momo]] et tout le monde le connait, il fait la moitié du boulot d'orientation",
    ),
    (
        CAF,
        AP,
        "Mr [[PERSONNE:Garnier]] : « j'ai reçu un SMS de la {{Caf}} qui me demande mes codes bancaires ». Arnaque. L'agente ([[PERSONNE:Fatou]]) lui montre le vrai numéro, le {{3230}}, et lui dit de jamais répondre. Il avait déjà cliqué 😬 il laisse son tel pour qu'on le rappelle : [[TELEPHONE:06 71 24 38 90]]",
    ),
    (
        CAF,
        AP,
        "Tableau récap affiché derrière le guichet : {{RSA}}, {{prime d'activité}}, {{APL}}, {{ALS}}, {{AAH}}, {{ASF}}, {{allocation de rentrée scolaire}}… L'agent me dit qu'il connaît les plafonds par cœur mais qu'ils changent au {{1er avril}}. Une dame demande si la {{prime de Noël}} c'est cette année aussi. Réponse : « normalement oui, {{mi-décembre}} ».",
    ),
    (
        CAF,
        AP,
        "Couple venu des {{Hauts-de-Chambéry}} à pied ({{25 min}}), rdv manqué la semaine dernière. Monsieur [[PERSONNE:Kacem Bouzidi]], madame [[PERSONNE:Nadia Bouzidi]]. Adresse sur le dossier : [[ADRESSE:8 rue de la Pinte, 73000 Chambéry]]. Déclaration {{trimestrielle}} pas faite. L'agente [[PERSONNE:Laetitia]] la remplit avec eux sur le poste en libre-service.",
    ),
    (
        CAF,
        AP,
        "Ouverture de droits {{ASF}}, mère isolée, [[PERSONNE:Mélissa Girard]], NIR lu sur l'attestation : [[NIR:2 93 07 73 065 118 49]]. Née en [[DATE_NAISSANCE:juillet 93]] à {{Chambéry}}, vit maintenant à {{La Motte-Servolex}}. L'ex-conjoint ne paie pas la pension → {{ARIPA}}.",
    ),
    (
        CAF,
        AP,
        "{{11h30}} rush. {{17}} tickets en attente. l'agente souffle. moi aussi 🥵",
    ),
    (
        CAF,
        AT,
        "Plateforme {{3230}}, casque en double écoute. 1er appel {{8h31}} : une dame de {{Bourgoin-Jallieu}} donne son numéro alloc « [[N_ALLOCATAIRE:deux millions six cent quarante mille trois cent douze]] » → l'agent tape [[N_ALLOCATAIRE:2640312]]. Elle s'appelle [[PERSONNE:Sandrine Bouvier]]. Question : pourquoi le {{RSA}} a baissé de {{87 €}}.",
    ),
    (
        CAF,
        AT,
        "Appel {{9h02}} — Monsieur très énervé, crie : « ÇA FAIT {{TROIS MOIS}} QUE J'AI RIEN ». L'agent ([[PERSONNE:Olivier]]) le laisse parler, {{4 minutes}}. Puis : « Je vais regarder, vous me donnez votre numéro de dossier ? » → [[N_ALLOCATAIRE:1987654]]. Dossier bloqué pour pièce manquante (le bail). Nom : [[PERSONNE:Jean-Marc Rochas]]. Il se calme direct.",
    ),
    (
        CAF,
        AT,
        "Entre {{2}} appels, l'agent me montre son indicateur : temps moyen {{6 min 40}}, objectif {{6 min}}. « Si je prends le temps d'expliquer, je suis dans le rouge ».",
    ),
    (
        CAF,
        AT,
        "Une dame appelle pour sa mère ({{84 ans}}), Mme [[PERSONNE:Odette Vachon]], qui vit à {{Saint-Jean-de-Maurienne}}. L'agent refuse de donner les infos : pas de procuration. La fille : « mais elle entend plus rien au téléphone ! ». Il propose un rdv à l'antenne d'{{Albertville}}... à {{1h de route}}.",
    ),
    (
        CAF,
        AT,
        "Rappel demandé. Le monsieur dicte : « [[TELEPHONE:zéro six, cinquante-deux, dix-huit, quatre-vingt-trois, zéro sept]] ». L'agent relit « [[TELEPHONE:06 52 18 83 07]] c'est bien ça M. [[PERSONNE:Delacroix]] ? » oui. Rappel sous {{48h}}.",
    ),
    (
        CAF,
        AT,
        "Un étudiant, [[PERSONNE:Yanis]], demande où envoyer ses justifs. Il épelle son mail : « [[EMAIL:y.benhamou arobase etu point univ-grenoble-alpes point fr]] ». L'agent le coupe gentiment : on n'envoie rien par mail, tout passe par l'espace {{Mon Compte}}.",
    ),
    (
        CAF,
        AT,
        "{{15h10}} : Mme [[PERSONNE:Nkoulou]] appelle depuis {{Échirolles}}, elle pense que son IBAN a été mal saisi et que les {{APL}} sont parties sur un autre compte ?! L'agent relit ce qu'il y a au dossier : [[IBAN:FR76 1382 5002 0008 0314 5772 067]], elle compare avec son RIB : c'est bon. Donc c'est le bailleur qui n'a pas reçu. Orientation vers {{Actis}}.",
    ),
    (
        CAF,
        AT,
        "pause café de {{10 min}} à {{10h30}}, ils sont {{14}} sur le plateau, {{3 absents}} (gastro). l'écran mural affiche {{112 appels en attente}} 😳",
    ),
    (
        CAF,
        AT,
        "Une dame épelle son nom : [[PERSONNE:W-O-J-C-I-E-C-H-O-W-S-K-A]]. L'agent galère, elle rit : « c'est polonais, c'est mon mari ». Il finit par taper [[PERSONNE:Wojciechowska]], prénom [[PERSONNE:Agnès]]. Question sur l'{{allocation de rentrée scolaire}} pour son fils qui a {{16 ans}} et qui entre en apprentissage.",
    ),
    (
        CAF,
        AT,
        "Appel d'un saisonnier de {{Tignes}}, logé par l'employeur, il demande s'il a droit aux {{APL}} pour le studio du {{Club Med}}... non. Il rigole. Il laisse son numéro quand même pour la {{prime d'activité}} : [[TELEPHONE:07 68 41 20 95]]. Prénom [[PERSONNE:Lucas]].",
    ),
    (
        CAF,
        AT,
        "Appel transféré par erreur par la {{Cpam}}. Monsieur âgé, [[PERSONNE:Giuseppe Lombardi]], né en [[DATE_NAISSANCE:1955]] en {{Italie}}, veut sa « retraite de la {{Caf}} » 😅 L'agent lui donne le {{3960}} ({{Carsat}}). Il raccroche content.",
    ),
    (
        CAF,
        AT,
        "Double écoute avec [[PERSONNE:Karima]] (agente depuis {{19 ans}}). Elle reconnaît la voix d'une allocataire qui appelle « toutes les semaines » : Mme [[PERSONNE:Poncet]], de {{Fontaine}}. [[PERSONNE:Karima]] l'appelle par son prénom, [[PERSONNE:Josiane]].",
    ),
]

# --- Notes 031-060: Caf phone and home checks, Cpam counter ----------------------------------
NOTES_2 = [
    (
        CAF,
        AT,
        "Appel de {{Modane}}. Monsieur [[PERSONNE:Bakari Coulibaly]], il travaille au tunnel du {{Fréjus}}, il a déménagé : nouvelle adresse [[ADRESSE:3 rue de la Gare, 73500 Modane]]. L'agent saisit le changement en direct, demande la date d'entrée : {{1er février}}. « Et le bail est à vos deux noms ? » – « non juste moi ».",
    ),
    (
        CAF,
        AT,
        "Appel {{11h48}} coupé au bout de {{30 secondes}}. Personne ne rappelle. L'agent : « ça arrive {{10 fois par jour}}, on ne peut pas rappeler si le numéro est masqué ».",
    ),
    (
        CAF,
        AT,
        "Une mère appelle pour l'{{AEEH}} de son fils [[PERSONNE:Noah]] (autiste, {{7 ans}}). Elle donne la date de naissance « le [[DATE_NAISSANCE:vingt-trois novembre deux mille seize]] » et le n° de dossier {{MDPH}} : [[IDENTIFIANT:038-2023-117045]]. L'agent n'a pas accès au dossier MDPH, il note juste.",
    ),
    (
        CAF,
        AT,
        "Appel en anglais ! Étudiante indienne de {{Grenoble INP}}, [[PERSONNE:Priya Raghunathan]]. L'agent se débrouille (« your allocation number please ») → [[N_ALLOCATAIRE:4102586]]. Elle rit quand il dit « aide personnalisée au logement » avec l'accent.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place avec [[PERSONNE:Patrick Jaillet]], contrôleur {{Caf}} depuis {{22 ans}}. Départ {{8h15}} en voiture de service. {{4 visites}} prévues dans la journée, {{Échirolles}} et {{Saint-Martin-d'Hères}}. Il me dit : « on n'est pas là pour piéger, on vérifie la situation ».",
    ),
    (
        CAF,
        CSP,
        "1re visite : Mme [[PERSONNE:Rahmouni]], [[ADRESSE:27 avenue du Général Leclerc, 38130 Échirolles]], {{4e étage}} sans ascenseur. Soupçon de vie maritale (signalement). Elle ouvre en pyjama, {{3 enfants}} à la maison. Le contrôleur regarde la salle de bain : une seule brosse à dents d'adulte. Pas de vie maritale à son avis. {{35 min}}.",
    ),
    (
        CAF,
        CSP,
        "Sur la boîte aux lettres : {{2 noms}}, [[PERSONNE:DIALLO]] et [[PERSONNE:K. TRAORÉ]]. Le contrôleur note les deux. « Ça ne prouve rien, les gens oublient d'enlever les étiquettes ».",
    ),
    (
        CAF,
        CSP,
        "Dans la voiture : il m'explique le barème du {{RSA}} pour un couple, {{+50%}}. Il a un classeur avec des fiches plastifiées. Il écoute {{France Inter}}. Bouchons sur la {{rocade sud}} 🚗🚗🚗",
    ),
    (
        CAF,
        CSP,
        "2e visite : [[ADRESSE:5 place Étienne Grappe, 38400 Saint-Martin-d'Hères]]. Monsieur [[PERSONNE:Sergueï Volkov]], {{58 ans}}, {{AAH}}. Personne. On laisse un avis de passage. Le voisin de palier dit « il est à l'hôpital depuis {{une semaine}} ». Le contrôleur prend le numéro du voisin pour le rappeler : [[TELEPHONE:06 38 12 97 44]], voisin = Mr [[PERSONNE:Benkirane]].",
    ),
    (
        CAF,
        CSP,
        "Vérif de ressources chez un couple à {{Voreppe}}, [[ADRESSE:lotissement Les Bruyères, lot 12, 38340 Voreppe]] : [[PERSONNE:Anthony]] et [[PERSONNE:Jessica Mathieu]]. Ils montrent les relevés de compte sur la tablette, le contrôleur prend en photo. L'IBAN apparaît en haut : [[IBAN:FR76 3000 4018 7200 0104 5739 256]]. Question du jour : les {{400 €}} de virement mensuel de la grand-mère, c'est un revenu ou pas ? → oui, à déclarer.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Aix-les-Bains}} avec [[PERSONNE:Sébastien Roux]] (contrôleur {{Savoie}}). Logement déclaré : [[ADRESSE:41 boulevard Wilson, 73100 Aix-les-Bains]]. En vrai personne n'y habite, la boîte déborde. La propriétaire, Mme [[PERSONNE:Dupraz]], arrive : « il est parti à {{Lyon}} en {{décembre}} ». Fraude {{APL}} probable, {{2 800 €}} sur {{6 mois}}.",
    ),
    (
        CAF,
        CSP,
        "Dans le bureau du contrôleur, une liste de {{8 dossiers}} pour la semaine : noms, n° alloc. Je n'ai noté que le premier : [[PERSONNE:LEFEBVRE Sabrina]] – [[N_ALLOCATAIRE:2274810]]. Le reste pas eu le temps.",
    ),
    (
        CAF,
        CSP,
        "Visite sur l'aire d'accueil des gens du voyage de {{Saint-Égrève}}. Famille [[PERSONNE:Reinhardt]], [[ADRESSE:aire du Pont-de-Vence, place 14]]. Caravane + camion, plaque [[IMMATRICULATION:EK-527-RD]]. Le monsieur sort tous les papiers d'une boîte à chaussures. Le contrôleur vérifie la scolarité des {{4 enfants}} : certificat du collège OK.",
    ),
    (
        CAF,
        CSP,
        "Retour {{Caf}} {{16h50}}. Saisie des rapports : presque {{1h}} par visite. Il fait {{12 à 15}} contrôles par semaine. Bilan du jour : {{1 fraude}} probable, {{2 situations}} régularisées en faveur des allocataires (rappels !), {{1 absent}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Albertville}} : Mr [[PERSONNE:Mehmet Yilmaz]], chauffeur poids lourd, déclare une séparation. Sa voiture est devant, [[IMMATRICULATION:fn 218 qp]] (le contrôleur la note en minuscules sur son carnet). Madame vit à {{Ugine}} chez sa sœur, il donne l'adresse : [[ADRESSE:12 rue Paul Proust, 73400 Ugine]]. « Vous pouvez aller voir, elle vous ouvrira ».",
    ),
    (
        CAF,
        CSP,
        "Entretien dans la cuisine, la dame ([[PERSONNE:Maria Gonçalves]]) nous offre un café et des pastéis de nata. Elle dit qu'elle est née à {{Braga}} le [[DATE_NAISSANCE:15 août 1968]]. Elle fait des ménages non déclarés, elle le dit elle-même, le contrôleur pose son stylo une seconde et lui explique le {{CESU}}. Moment étrange.",
    ),
    (
        CAF,
        CSP,
        "Visite à la {{Villeneuve}}, [[ADRESSE:110 galerie de l'Arlequin, 38100 Grenoble]]. Ascenseur en panne (encore). Monté à pied au {{9e}}. Monsieur [[PERSONNE:Abdelkader Hamidi]] pas là. Sa fille ([[PERSONNE:Inès]], {{15 ans}}) ouvre et dit qu'il travaille chez {{STMicro}}. Contrôleur : on repassera.",
    ),
    (
        CAF,
        CSP,
        "Courrier de convocation lu sur le bureau : « Madame [[PERSONNE:Anaïs Berthier]], [[ADRESSE:6 impasse des Cerisiers, 38920 Crolles]], vous êtes convoquée le {{14/03}} à {{9h30}} »... le contrôleur m'explique que les gens ne lisent pas les courriers, donc ils préfèrent passer sans prévenir.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam de l'Isère}}, accueil de {{Grenoble}}, {{8h30}}. Premier rdv : Mr [[PERSONNE:Diop]] veut une carte {{Vitale}} pour sa fille [[PERSONNE:Khadija]] née en [[DATE_NAISSANCE:2008]]. L'agente, Mme [[PERSONNE:Perret]], explique : à {{16 ans}}, elle doit la demander elle-même sur {{Ameli}}.",
    ),
    (
        CPAM,
        AP,
        "Une dame montre son attestation de droits sur son téléphone. Je lis par-dessus : [[PERSONNE:ÖZTÜRK Elif]], n° [[NIR:2 82 01 99 208 037 43]]. Née en {{Turquie}}. Elle veut la {{C2S}}. L'agente fait la simulation : éligible, sans participation.",
    ),
    (
        CPAM,
        AP,
        "{{9h50}}. Affiche au mur : « {{Ameli}}, c'est plus simple ! » avec un QR code. Une dame de {{80 ans}} la regarde longuement et s'assoit. 🙃",
    ),
    (
        CPAM,
        AP,
        "Mr [[PERSONNE:Joseph Mbarga]] a perdu sa carte vitale dans le {{tram B}}. L'agente vérifie l'identité : date de naissance [[DATE_NAISSANCE:03/11/1979]], adresse [[ADRESSE:17 rue Thiers, 38000 Grenoble]]. Commande d'une nouvelle carte, photo prise sur place avec la tablette. « Vous la recevrez sous {{3 semaines}} ».",
    ),
    (
        CPAM,
        AP,
        "Accueil {{Cpam}} de {{Chambéry}}. Monsieur né à {{Ajaccio}}, installé en {{Savoie}} depuis peu ({{Cognin}}), veut transférer son dossier de la {{CPAM de Corse-du-Sud}}. Il donne son numéro : [[NIR:1 79 01 2A 004 087 31]]. L'agente s'étonne du « 2A » dans le numéro, sa collègue lui explique. Lui c'est [[PERSONNE:Jean-Baptiste Santoni]].",
    ),
    (
        CPAM,
        AP,
        "File : {{11 personnes}}. Un monsieur en fauteuil attend dehors car la rampe est glissante (neige fondue). L'agent sort le chercher. ❄️",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Lakshmi Sivakumar]], tamoule du {{Sri Lanka}}, demande l'{{AME}}. Elle n'a que son passeport : [[IDENTIFIANT:N5127488]]. Son mari (M. [[PERSONNE:Sivakumar]]) parle un peu français. L'agente ([[PERSONNE:Véronique]]) explique la condition de {{3 mois}} de résidence, sort une liste des justificatifs. Pas de domiciliation : orientation {{CCAS}}.",
    ),
    (
        CPAM,
        AP,
        "Question d'un papa : remboursement des lunettes de son fils ([[PERSONNE:Enzo]]), il tend un relevé {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:0045872136]]. L'agent lui dit que ça c'est entre la mutuelle et lui 🤷",
    ),
    (
        CPAM,
        AP,
        "Fin de matinée : Mr [[PERSONNE:Ahmed Khelifi]] vient faire une réclamation, ses IJ ({{indemnités journalières}}) pas versées depuis {{5 semaines}}. L'agent regarde : l'employeur ({{Carrefour Échirolles}}) n'a pas envoyé l'attestation de salaire. Il donne le tel du service, le {{36 46}}. Mr [[PERSONNE:Khelifi]] : « j'ai appelé {{12 fois}} ».",
    ),
    (
        CPAM,
        AP,
        "Post-it collé sur l'écran de l'agente : « [[PERSONNE:Christelle]] → rappeler Mme [[PERSONNE:Paget]] [[TELEPHONE:04 76 49 22 81]] »",
    ),
    (
        CPAM,
        AP,
        "{{12h05}}, fermeture. L'agent m'avoue qu'il ne mange souvent pas avant {{14h}}. Les gens derrière la vitre toquent encore.",
    ),
    (
        CPAM,
        AP,
        "Étudiant erasmus espagnol, [[PERSONNE:Pablo Ruiz Echeverría]], il a sa carte européenne ({{CEAM}} espagnole) et veut savoir comment se faire rembourser un médecin à {{Grenoble}}. L'agente recopie le n° de la carte : [[IDENTIFIANT:80724 00019 48213507]]. Je ne sais pas si c'était utile.",
    ),
]

# --- Notes 061-090: Cpam counter, phone platform and checks ----------------------------------
NOTES_3 = [
    (
        CPAM,
        AP,
        "Accueil {{Cpam}} de {{Vienne}}. Mme [[PERSONNE:Jacqueline Faure]] ({{65 ans}}) vient pour sa pension d'invalidité qui passe en retraite. Elle lit son numéro de sécu sur sa carte : [[NIR:2 58 05 38 544 022 43]]. Née ici même, en [[DATE_NAISSANCE:mai 58]]. L'agent l'oriente vers la {{Carsat Rhône-Alpes}}.",
    ),
    (
        CPAM,
        AP,
        "Deux agents à l'accueil ce matin : [[PERSONNE:Hugo]] et [[PERSONNE:Nathalie]]. [[PERSONNE:Hugo]] est en contrat pro. [[PERSONNE:Nathalie]] corrige tout derrière lui sans qu'il s'en rende compte.",
    ),
    (
        CPAM,
        AP,
        "Question qui revient {{4 fois}} ce matin : « c'est quoi le {{médecin traitant}} et pourquoi je suis moins remboursé ». Pénurie de généralistes dans le sud de {{Grenoble}}, l'agente a une liste de {{3 cabinets}} qui prennent encore.",
    ),
    (
        CPAM,
        AP,
        "Monsieur [[PERSONNE:Oumar Sangaré]], mutuelle résiliée, il demande la {{C2S}}. Il remplit le formulaire papier, l'agente corrige son adresse mail qu'il a mal écrite : [[EMAIL:oumar.sangare@hotmail.fr]]. Il dit « je regarde jamais mes mails de toute façon ».",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Tran Thi Mai]] apporte un arrêt de travail papier, le volet {{3}}. L'agente : « ça c'est pour votre employeur madame ». Elle habite [[ADRESSE:25 rue Anatole France, 38600 Fontaine]] et doit repasser par la poste. 😕",
    ),
    (
        CPAM,
        AT,
        "Plateforme {{36 46}}, {{Cpam de l'Isère}}, {{14h}}. Premier appel : un homme demande pourquoi son remboursement de kiné n'est pas arrivé. Identification : nom, [[PERSONNE:Bernard Chapuis]], NIR [[NIR:1 70 03 38 563 115 71]]. L'agent voit le code de la commune de naissance et lui parle de {{Voiron}}, ça le fait rire.",
    ),
    (
        CPAM,
        AT,
        "Appel d'une infirmière libérale pour un patient, Mr [[PERSONNE:Roger Favre-Félix]], {{91 ans}} ; elle donne la date de naissance [[DATE_NAISSANCE:14/02/1933]]. L'agent n'a pas le droit de tout dire à un tiers, il confirme juste que les droits sont ouverts.",
    ),
    (
        CPAM,
        AT,
        "Script d'accueil affiché sur l'écran : « Bonjour, {{Assurance Maladie}}, je vous écoute ». L'agent le dit {{60 fois}} par jour. Il dit qu'il le dit même en rêve.",
    ),
    (
        CPAM,
        AT,
        "Appel depuis le {{Maroc}} ! Un monsieur en invalidité, [[PERSONNE:Lahcen Aït Ouarab]], vit entre {{Agadir}} et {{Grenoble}}. Né en [[DATE_NAISSANCE:novembre 1964]], NIR [[NIR:1 64 11 99 350 041 72]]. Il donne son numéro marocain pour qu'on le rappelle : [[TELEPHONE:+212 6 61 47 28 93]]. L'agent dit qu'on ne rappelle pas à l'étranger 🙁",
    ),
    (
        CPAM,
        AT,
        "Une dame appelle pour son arrêt maladie (burn-out). Elle pleure. L'agente ([[PERSONNE:Samia]]) reste {{18 min}} avec elle. Elle s'appelle [[PERSONNE:Claire Dubreuil]], prof à {{Chambéry}}, mutuelle {{MGEN}}. L'agente lui donne le contact du service social de la {{Cpam}}.",
    ),
    (
        CPAM,
        AT,
        "Appel court : « bonjour je voudrais mon numéro de sécu » – « vous avez votre carte vitale sous les yeux ? » – « ah oui il est dessus » – merci au revoir. {{40 secondes}}. 😂",
    ),
    (
        CPAM,
        AT,
        "{{10h15}} : un pharmacien de {{La Mure}} appelle pour un patient dont la carte ne passe pas. Patient : [[PERSONNE:Kevin Arnaud]], né le [[DATE_NAISSANCE:30/04/1995]]. Droits fermés depuis {{décembre}} (fin de contrat). L'agent rouvre en direct ({{PUMa}}).",
    ),
    (
        CPAM,
        AT,
        "L'agent me montre comment il cherche un assuré : par NIR ou par nom + date de naissance. Il tape « [[PERSONNE:MARTINEZ]] » : {{312}} résultats en {{Isère}}. « Voilà pourquoi on demande le numéro ».",
    ),
    (
        CPAM,
        AT,
        "Un monsieur veut qu'on lui renvoie son attestation par mail. L'agent ne peut pas, ça passe par {{Ameli}}. Il insiste et dicte quand même : « [[EMAIL:jp.rochette73 at orange point fr]] ».",
    ),
    (
        CPAM,
        AT,
        "Appel d'une maman, [[PERSONNE:Fatoumata Keïta]], bébé né prématuré au {{CHU}} ({{Hôpital Couple Enfant}}), elle veut le rattacher à sa carte. Bébé [[PERSONNE:Moussa]], né le [[DATE_NAISSANCE:28 février]]. L'agent explique qu'il faut l'acte de naissance, et que le rattachement aux deux parents est possible.",
    ),
    (
        CPAM,
        AT,
        "Statistiques affichées : {{1 843 appels}} reçus sur la région hier, taux de décroché {{71 %}}. L'agent : « les {{29 %}} restants rappellent le lendemain, donc ça gonfle encore ».",
    ),
    (
        CPAM,
        AT,
        "Appel de {{Bourg-Saint-Maurice}} : un moniteur de ski saisonnier, [[PERSONNE:Baptiste Carron]], s'est cassé le genou à {{Val d'Isère}}. Questions sur les IJ quand on a plusieurs employeurs. Il donne son portable [[TELEPHONE:06 14 72 55 03]] pour un rappel du service IJ.",
    ),
    (
        CPAM,
        AT,
        "Pendant un temps mort, l'agente [[PERSONNE:Aurélie Ginet]] me parle de ses {{2 enfants}} et de la crèche à {{Meylan}}. Elle fait {{45 min}} de trajet en bus ({{C1}}).",
    ),
    (
        CPAM,
        AT,
        "Appel en arabe : l'agent ([[PERSONNE:Rachid]]) parle arabe et bascule. Je ne comprends rien, puis il me résume : la dame (Mme [[PERSONNE:Zerrouki]]) attend le remboursement d'une IRM faite à la {{clinique Belledonne}}. Le code d'accès de son compte {{Ameli}} a été envoyé sur son ancien numéro.",
    ),
    (
        CPAM,
        AT,
        "Une fille appelle pour son père décédé, Mr [[PERSONNE:Antoine Bellini]]. Elle donne le numéro : [[NIR:1 55 10 99 127 019 31]]. Capital décès ? L'agent présente ses condoléances, explique les délais. Il était né en {{Italie}} et a travaillé {{40 ans}} chez {{Pechiney}}.",
    ),
    (
        CPAM,
        CSP,
        "J'accompagne [[PERSONNE:Stéphane Rey]], agent de contrôle assermenté de la {{Cpam}}. Mission du jour : vérifier la présence à domicile de {{5 assurés}} en arrêt maladie, sorties non autorisées entre {{9h}}-{{11h}} et {{14h}}-{{16h}}.",
    ),
    (
        CPAM,
        CSP,
        "1er domicile : [[ADRESSE:9 rue Lesdiguières, 38000 Grenoble]], Mme [[PERSONNE:Caroline Brun]]. Présente, en peignoir, un peu surprise. {{5 min}}. Rien à signaler.",
    ),
    (
        CPAM,
        CSP,
        "2e : {{Seyssinet}}, personne. Le contrôleur sonne {{3 fois}}, attend {{10 min}}. Il laisse un avis de passage, l'assurée aura {{48h}} pour se justifier. Pas de nom sur la boîte. 🤷",
    ),
    (
        CPAM,
        CSP,
        "Dans la voiture il me montre sa liste sur la tablette : [[PERSONNE:Mathis Jourdan]] – [[ADRESSE:2 allée des Frênes, 38170 Seyssinet-Pariset]] – arrêt du {{04/03}} au {{22/03}}. C'était le 2e (donc un homme, je m'étais trompée). Il a une voiture au nom de sa mère : [[IMMATRICULATION:GB-094-SN]], pas devant.",
    ),
    (
        CPAM,
        CSP,
        "3e : monsieur présent, [[PERSONNE:Cheikh Ndiaye]], {{32 ans}}, cariste, lombalgie. Il montre son ordonnance et l'IRM. Le contrôleur reste poli mais note tout. En sortant il me dit « lui c'est clair, il ne peut pas bouger ».",
    ),
    (
        CPAM,
        CSP,
        "Le contrôleur me dit qu'il fait aussi des enquêtes de résidence pour la {{C2S}} : vérifier que les gens habitent bien en {{France}} {{6 mois}} par an. « Parfois on tombe sur des logements vides depuis des années ».",
    ),
    (
        CPAM,
        CSP,
        "Enquête de résidence à {{Bourgoin-Jallieu}} : Mme [[PERSONNE:Zeynep Kaya]] déclare vivre [[ADRESSE:18 rue de la Libération, 38300 Bourgoin-Jallieu]] chez son frère [[PERSONNE:Murat]]. Frigo plein, photos de famille au mur, son nom sur la sonnette. Résidence confirmée.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle {{Cpam de la Savoie}} à {{La Ravoire}}, arrêt long ({{8 mois}}). L'assuré, [[PERSONNE:Florian Girod]], est en train de tondre... non, c'est son voisin 😅. Lui est allongé, hernie discale. Plaque de sa voiture devant : [[IMMATRICULATION:FR-336-LB]], pas bougé depuis {{3 semaines}} vu les feuilles dessus.",
    ),
    (
        CPAM,
        CSP,
        "Une assurée absente lors du passage, Mme [[PERSONNE:Hadja Camara]] ([[ADRESSE:4 rue du Drac, 38600 Fontaine]]), rappelle le contrôleur pendant qu'on est dans la voiture : « j'étais chez le médecin ! ». Elle enverra le justificatif. Numéro affiché : [[TELEPHONE:07 53 81 09 66]].",
    ),
    (
        CPAM,
        CSP,
        "Bilan fin de tournée : {{5}} contrôles, {{1}} absente justifiée, {{1}} absent à vérifier, {{3}} présents. Retour à la {{Cpam}} {{12h20}}. [[PERSONNE:Stéphane]] : « on a une image de flic mais la plupart du temps c'est juste une visite ».",
    ),
]

# --- Notes 091-120: CCAS counter and switchboard, first home visit ---------------------------
NOTES_4 = [
    (
        CCAS,
        AP,
        "{{CCAS}} de {{Grenoble}}, service domiciliation. File de {{20 personnes}} à {{9h}}. Chacun vient chercher son courrier. L'agent ([[PERSONNE:Bruno]]) appelle les noms à voix haute : « [[PERSONNE:Petrescu]] ! [[PERSONNE:Ali Mohamed]] ! [[PERSONNE:Sanogo]] ! » — tout le monde entend tout. Confidentialité zéro, mais comment faire autrement ?",
    ),
    (
        CCAS,
        AP,
        "Domiciliation : un jeune homme, [[PERSONNE:Wassim Gharbi]], {{22 ans}}, sort de détention ({{Varces}}). Pas de papiers sauf le billet de sortie. Né le [[DATE_NAISSANCE:07/07/2001]] à {{Tunis}}. L'agente ouvre la domiciliation, il aura une adresse postale au {{CCAS}}. Il demande « et pour le {{RSA}} ? » → rdv {{mardi}}.",
    ),
    (
        CCAS,
        AP,
        "Aide facultative : Mme [[PERSONNE:Sandrine Merle]], {{2 enfants}}, facture {{EDF}} impayée de {{612 €}}, coupure prévue. Réf client lue sur la facture : [[IDENTIFIANT:6003 412 877]]. L'agente instruit une demande {{FSL}} énergie. Délai : {{3 semaines}}. La dame : « mais ils coupent {{jeudi}} ». L'agente appelle {{EDF}} solidarité pour suspendre.",
    ),
    (
        CCAS,
        AP,
        "Épicerie sociale au {{rez-de-chaussée}} : prix à {{10-30 %}}. Pâtes {{0,15 €}}, huile {{0,50 €}}. Une bénévole range des boîtes de petits pois. Odeur de café. Il y a même un coin jouets pour les enfants.",
    ),
    (
        CCAS,
        AP,
        "Mr [[PERSONNE:Józef Nowak]], {{76 ans}}, retraité du BTP, veut un dossier de téléassistance. Il habite [[ADRESSE:33 avenue Jean Perrot, 38100 Grenoble]], seul depuis le décès de sa femme. Sa fille à {{Lyon}} : [[TELEPHONE:06 20 83 14 57]] (contact d'urgence). L'agente ([[PERSONNE:Pascale]]) remplit avec lui, il veut payer {{tout de suite}}.",
    ),
    (
        CCAS,
        AP,
        "Une dame demande un bon alimentaire. L'agente lui dit qu'il faut passer par l'assistante sociale du {{CMS}} ({{centre médico-social}}). Elle repart sans rien. {{2 minutes}}. Je ne sais même pas son nom.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} de {{Chambéry}}. Mme [[PERSONNE:Rosa Ferrandi]], née à {{Bastia}} le [[DATE_NAISSANCE:9 février 1949]], demande l'{{APA}}. L'agent lit son numéro sur la carte vitale : [[NIR:2 49 02 2B 033 011 21]]. Elle a {{75 ans}}, vit seule à {{Bissy}}.",
    ),
    (
        CCAS,
        AP,
        "Accueil unique : un monsieur cherche la {{mairie}} pour refaire sa carte d'identité. Mauvais bâtiment. L'agente lui dessine le plan sur un post-it. 😊",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Olga Shevchenko]] (ukrainienne, arrivée en {{2022}}), avec son fils [[PERSONNE:Artem]] ({{9 ans}}). Protection temporaire, APS n° [[IDENTIFIANT:3801654290]]. Elle cherche un logement plus grand que le meublé de {{Saint-Égrève}}. L'agente la renvoie vers le {{SIAO}} et {{Action Logement}}.",
    ),
    (
        CCAS,
        AP,
        "Dossier {{RSA}} instruit au {{CCAS}}. Monsieur [[PERSONNE:Christophe Mercier]], {{49 ans}}, ex-intérimaire. Il n'a pas d'ordi, l'agente fait tout sur le sien : mail créé sur place, [[EMAIL:christophe.mercier.38@laposte.net]] — elle écrit le mot de passe sur un papier pour lui. Je grimace intérieurement.",
    ),
    (
        CCAS,
        AP,
        "{{Échirolles}}, {{CCAS}}, permanence écrivain public. [[PERSONNE:Fatima Zahra El Idrissi]] fait écrire une lettre à son bailleur ({{SDH}}) pour une fuite d'eau qui dure depuis {{2 mois}}. Adresse en haut de la lettre : [[ADRESSE:12 rue Normandie-Niémen, 38130 Échirolles]]. Réf locataire : [[IDENTIFIANT:LOC-0417725]].",
    ),
    (
        CCAS,
        AP,
        "Famille [[PERSONNE:Mutombo]] ({{RDC}}), {{5 personnes}}, hébergée à l'hôtel ({{hôtel F1}} de {{Saint-Égrève}}, {{chambre 23}}). Demande d'aide pour la cantine. La mère donne son n° alloc : [[N_ALLOCATAIRE:4587102]] pour le calcul du quotient.",
    ),
    (
        CCAS,
        AP,
        "Bureau d'accueil : {{3 chaises}}, {{1 bureau}}. Pas de vitre ici. L'agent me dit qu'il a déjà pris un coup de poing il y a {{2 ans}}, mais qu'il préfère sans vitre quand même.",
    ),
    (
        CCAS,
        AP,
        "Mr [[PERSONNE:Huang Wei]] tient un petit resto à {{Grenoble}} (fermé depuis {{octobre}}). Il demande une aide pour son loyer perso. Il montre un relevé : IBAN [[IBAN:FR76 1027 8089 2100 0205 6740 192]]. L'agente lui explique que le {{CCAS}} ne verse pas d'argent directement, c'est au bailleur.",
    ),
    (
        CCAS,
        AP,
        "À l'accueil, une dame âgée ne retrouve plus son chemin. Elle dit s'appeler « [[PERSONNE:Mimi]] », habiter « près de l'église ». L'agente appelle la {{police municipale}}. Dans son sac, une carte avec [[ADRESSE:7 rue Saint-Laurent, 38000 Grenoble]] et un numéro, [[TELEPHONE:04 76 42 18 35]]. Le fils arrive {{40 min}} plus tard.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Aminata Diarra]] vient pour la tarification solidaire {{M TAG}}. Il faut l'attestation {{C2S}}, elle l'a. NIR sur l'attestation : [[NIR:2 04 02 99 335 061 47]] (née au {{Mali}}). Quotient ok, carte faite en {{15 min}}. Elle a {{20 ans}}, BTS à {{Échirolles}}.",
    ),
    (
        CCAS,
        AT,
        "Standard du {{CCAS}} de {{Grenoble}}. {{Lundi}} matin = jour le plus chargé. L'agente ([[PERSONNE:Hélène]]) décroche {{52}} appels avant midi. Elle a une fiche d'orientation avec {{35 numéros}} utiles scotchée sous l'écran.",
    ),
    (
        CCAS,
        AT,
        "Appel d'un monsieur pour sa voisine âgée qui ne répond plus. Voisine : Mme [[PERSONNE:Gisèle Arnaud-Baret]], [[ADRESSE:15 rue Très-Cloîtres, 38000 Grenoble]]. L'agente déclenche une visite ({{plan grand froid}}). Le monsieur laisse son prénom, [[PERSONNE:Youssef]], et son tel [[TELEPHONE:07 81 26 40 59]].",
    ),
    (
        CCAS,
        AT,
        "Appel : « c'est bien ici pour le colis de {{Noël}} des anciens ? » — oui, inscription jusqu'au {{30 novembre}}, à partir de {{70 ans}}. On est en mars. Rires.",
    ),
    (
        CCAS,
        AT,
        "Une dame appelle pour un rdv avec l'assistante sociale. Son fils, [[PERSONNE:Léo Bertrand]], est suivi par {{France Travail}} : identifiant [[ID_FRANCE_TRAVAIL:4518023K]], il a perdu ses droits ({{ARE}}) après un rdv manqué. L'agente note tout pour l'AS.",
    ),
    (
        CCAS,
        AT,
        "Standard {{CCAS}} {{Chambéry}} : un monsieur appelle de la {{gare}}, il arrive de {{Marseille}}, il dormira dehors ce soir. L'agente lui donne le {{115}} et l'adresse de l'{{accueil de jour}} pour demain {{8h30}}.",
    ),
    (
        CCAS,
        AT,
        "Appel d'une AS de l'hôpital ({{CHMS}}, {{Chambéry}}) pour un patient sortant sans logement : Mr [[PERSONNE:Laurent Jacquier]], né le [[DATE_NAISSANCE:1er juin 1988]] à {{Aix-les-Bains}}. Elle dicte son NIR pour l'aide d'urgence : [[NIR:1 88 06 73 008 240 73]]. L'agente demande s'il a un chien : oui, un malinois, {{Rocky}}. Ça complique tout pour l'hébergement.",
    ),
    (
        CCAS,
        AT,
        "Une maman appelle : elle veut inscrire sa fille [[PERSONNE:Yasmine]] à la crèche municipale. Mauvais service, transfert. Avant, l'agente prend son numéro au cas où : [[TELEPHONE:06 94 12 87 30]].",
    ),
    (
        CCAS,
        AT,
        "Appel d'un ado ({{15 ans}} ?) qui demande comment avoir un « logement gratuit ». L'agente le garde {{10 min}} au téléphone, très douce, et finit par lui donner le numéro de la {{maison des adolescents}} et le {{119}}. Elle raccroche et me dit « celui-là, je vais y penser ce soir ».",
    ),
    (
        CCAS,
        AT,
        "Appel de la {{banque alimentaire}} : livraison décalée à {{jeudi 14h}}. L'agente prévient [[PERSONNE:Francis]] (bénévole). Rien de perso. Je note parce que c'est la vie du service.",
    ),
    (
        CCAS,
        AT,
        "Mme [[PERSONNE:Benmansour]] appelle pour la {{3e fois}} cette semaine : son aide ménagère n'est pas venue. Prestataire : {{ADPA}}. L'agente appelle l'ADPA sur l'autre ligne, trouve l'erreur (planning). Réf dossier {{APA}} : [[IDENTIFIANT:APA-38-2021-08834]].",
    ),
    (
        CCAS,
        AT,
        "Une dame de {{Voiron}} appelle le {{CCAS}} de {{Grenoble}} par erreur. L'agente lui trouve le bon numéro en {{30 secondes}} sur internet. Service rendu quand même. 👍",
    ),
    (
        CCAS,
        AT,
        "Un jeune, [[PERSONNE:Mohamed-Amine Belkacem]], appelle pour l'{{aide au permis}} de conduire. Critères : {{18-25 ans}}, suivi en {{mission locale}}. Il l'est. L'agente lui demande son identifiant {{France Travail}}, il le lit : [[ID_FRANCE_TRAVAIL:462 9837 M]].",
    ),
    (
        CCAS,
        AT,
        "Standard : un monsieur de {{Montmélian}} veut parler « au directeur ». Il s'appelle [[PERSONNE:Gérard Pellissier]]. Il a écrit au maire, au préfet, à {{Macron}}. L'agente prend le message, promet un rappel. Il donne son fixe : [[TELEPHONE:04 79 84 23 61]] et son mail [[EMAIL:gerard.pellissier@wanadoo.fr]].",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec l'évaluatrice {{APA}} du {{CCAS}}, [[PERSONNE:Marie-Claude Sibille]]. Chez Mme [[PERSONNE:Ginette Reverdy]], {{88 ans}}, [[ADRESSE:4 chemin du Bois Français, 38120 Saint-Égrève]]. Grille {{AGGIR}} remplie dans la cuisine : {{GIR 4}}. Son chat, {{Filou}}, s'installe sur le dossier. Sa fille est là, [[PERSONNE:Martine]].",
    ),
]

# --- Notes 121-150: CCAS home visits, emergency department counter ---------------------------
NOTES_5 = [
    (
        CCAS,
        CSP,
        "Visite avec [[PERSONNE:Nora Belhadj]], travailleuse sociale du {{CCAS}} d'{{Échirolles}}, prévention des expulsions. Chez Mr [[PERSONNE:Dimitri Papadopoulos]], [[ADRESSE:8 rue Jules Vallès, 38130 Échirolles]]. Dette de loyer {{3 400 €}}, jugement rendu : RG [[IDENTIFIANT:23/01877]]. Il n'avait pas ouvert le courrier du tribunal. Elle lui explique le {{FSL}} et la commission de surendettement ({{Banque de France}}).",
    ),
    (
        CCAS,
        CSP,
        "Escalier qui sent l'humidité, boîtes aux lettres arrachées. La TS me dit que l'immeuble est en {{plan de sauvegarde}} depuis {{2019}}. On entend une télé très fort au {{2e}}.",
    ),
    (
        CCAS,
        CSP,
        "Portage de repas : tournée avec le livreur du {{CCAS}}, [[PERSONNE:Djamel]], camionnette frigorifique [[IMMATRICULATION:GH-713-VC]]. {{23 repas}} ce matin. Chez Mme [[PERSONNE:Yvonne Bourgeat]] ({{94 ans}}) il reste {{5 min}} : c'est la seule personne qu'elle verra aujourd'hui.",
    ),
    (
        CCAS,
        CSP,
        "Chez Mr [[PERSONNE:Ahmed Boussaid]], {{81 ans}}, ancien mineur à {{La Mure}}, [[ADRESSE:2 rue du Breuil, 38350 La Mure]]. Il montre fièrement une photo du puits du {{Villaret}}. Le frigo est vide sauf le repas d'hier. [[PERSONNE:Djamel]] le note pour le signaler à l'AS.",
    ),
    (
        CCAS,
        CSP,
        "Visite incurie (syndrome de {{Diogène}}) avec le service hygiène de la ville et l'AS du {{CCAS}} de {{Chambéry}}. Logement de Mme [[PERSONNE:Colette Mugnier]], [[ADRESSE:21 avenue de Lyon, 73000 Chambéry]]. On ne peut pas aller plus loin que l'entrée. Elle est gentille, parle de son mari décédé. Décision : pas de placement, aide ménagère renforcée.",
    ),
    (
        CCAS,
        CSP,
        "Dans la voiture, l'AS m'explique qu'elle a {{63 situations}} en suivi. « L'hiver c'est pire ». Radio : {{France Bleu Isère}}. Le GPS nous fait passer par le {{cours Jean Jaurès}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite sur le terrain occupé le long de l'{{A480}}, à {{Fontaine}} : {{12 caravanes}}. Famille [[PERSONNE:Stoica]], la mère [[PERSONNE:Florica]], {{6 enfants}}. L'AS vérifie la domiciliation {{CCAS}} et les inscriptions scolaires. Plaque roumaine sur la voiture : [[IMMATRICULATION:B 47 XKT]].",
    ),
    (
        CCAS,
        CSP,
        "Évaluation pour une aide au chauffage : Mme [[PERSONNE:Suzanne Collomb]], ferme isolée en {{Chartreuse}}, [[ADRESSE:hameau des Courriers, 73670 Saint-Pierre-d'Entremont]]. Elle chauffe au bois, {{8 stères}} par hiver. Elle donne sa date de naissance en râlant : « [[DATE_NAISSANCE:trente et un mars quarante-deux]], vous voulez aussi mon tour de taille ? » 😂",
    ),
    (
        CCAS,
        CSP,
        "Visite logement indigne avec l'inspecteur salubrité : [[ADRESSE:45 rue Chenoise, 38000 Grenoble]], {{3e}} sur cour. Locataire : Mr [[PERSONNE:Karamoko Dembélé]], {{2 enfants}}. Moisissures partout. Le propriétaire est une SCI ({{SCI Les Tilleuls}}), le gérant, M. [[PERSONNE:Boyer]], ne répond pas. Photos pour le dossier {{ARS}}.",
    ),
    (
        CCAS,
        CSP,
        "Fin des visites {{17h10}}. L'AS me demande ce que j'en ai pensé. Je n'ai pas su quoi répondre. Elle : « vous reviendrez l'hiver ». Je note juste : {{6 visites}}, {{94 km}}, {{0 pause}}.",
    ),
    (
        URG,
        AP,
        "{{Urgences}} du {{CHU Grenoble Alpes}}, site de {{La Tronche}}, {{21h}}. Salle d'attente : {{34 personnes}}. Écran : « temps d'attente estimé {{4h}} ». L'agente d'accueil administratif, [[PERSONNE:Manon]], enregistre les entrées à la chaîne.",
    ),
    (
        URG,
        AP,
        "Admission : Mr [[PERSONNE:Thierry Blanc-Tailleur]], chute à ski au {{Collet d'Allevard}}, poignet. Carte vitale ok, mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:7712 0458 331]]. L'agente lui met un bracelet avec nom + date de naissance ([[DATE_NAISSANCE:11/12/1972]]) + IPP [[IDENTIFIANT:P00387214]].",
    ),
    (
        URG,
        AP,
        "Ambulance privée ({{Ambulances du Grésivaudan}}) devant la porte, moteur qui tourne, plaque [[IMMATRICULATION:EZ-861-JM]]. L'agente demande au chauffeur de la bouger, il dit « {{2 min}} »… {{20 min}} plus tard elle est toujours là.",
    ),
    (
        URG,
        AP,
        "{{22h40}}. Un monsieur ivre chante du {{Johnny}} dans le sas. La sécurité le calme gentiment. Les gens rient un peu. L'{{IOA}} continue à trier comme si de rien.",
    ),
    (
        URG,
        AP,
        "Une maman arrive avec son bébé de {{4 mois}} qui respire mal. Bébé [[PERSONNE:Lina Bouaziz]], née le [[DATE_NAISSANCE:19 novembre]]. L'agente ne demande RIEN d'administratif, elle l'envoie direct aux urgences pédiatriques ({{HCE}}). « Les papiers ça attendra ».",
    ),
    (
        URG,
        AP,
        "Patient sans papiers, sans couverture. Il dit s'appeler [[PERSONNE:Abdoulaye]], pas de nom de famille donné. Né « vers [[DATE_NAISSANCE:2003]] » en {{Guinée}}. L'agente crée un dossier provisoire, IPP [[IDENTIFIANT:P00387290]], et prévient l'assistante sociale de la {{PASS}}.",
    ),
    (
        URG,
        AP,
        "{{Chambéry}}, urgences du {{CH Métropole Savoie}}. Nuit de samedi. Un groupe d'étudiants amène leur copine ([[PERSONNE:Léa Vuillermoz]]), alcoolisée. L'un d'eux donne le téléphone des parents : [[TELEPHONE:06 47 33 19 82]]. L'agente appelle. Elle a {{19 ans}}, elle rentrera avec eux à {{Annecy}}.",
    ),
    (
        URG,
        AP,
        "Dialogue à l'accueil :\n« Nom ? » « [[PERSONNE:Ramos]]. » « Prénom ? » « [[PERSONNE:Inês]]. » « Date de naissance ? » « [[DATE_NAISSANCE:5 mars 1990]]. » « Adresse ? » « [[ADRESSE:10 rue Charles Gounod, 38400 Saint-Martin-d'Hères]]. » « Vous venez pour ? » « Mal de dents. »\nSoupir de l'agente. Orientée vers le dentiste de garde.",
    ),
    (
        URG,
        AP,
        "Liste affichée sur l'écran de l'{{IOA}} (je n'aurais pas dû voir) :\n- [[PERSONNE:BERNARD J.]] — douleur thoracique — {{tri 2}}\n- [[PERSONNE:OUEDRAOGO A.]] — plaie main — {{tri 4}}\n- [[PERSONNE:SCHNEIDER M.]] — fièvre — {{tri 3}}\n- [[PERSONNE:LOPES R.]] — chute — {{tri 3}}",
    ),
    (
        URG,
        AP,
        "Mr [[PERSONNE:Jean-Pierre Roussel]], {{67 ans}}, arrive seul en taxi, il a laissé sa voiture au parking de {{Carrefour Meylan}} (plaque [[IMMATRICULATION:3478 ZK 38]], vieille immatriculation). Il demande à l'agente de noter la plaque pour que son fils aille la récupérer.",
    ),
    (
        URG,
        AP,
        "Accueil des urgences de {{Voiron}}, plus petit. {{8 patients}} en attente. L'agente ([[PERSONNE:Stéphanie Buisson]]) fait aussi le standard. Elle connaît la moitié des patients de nom.",
    ),
    (
        URG,
        AP,
        "Distributeur de boissons en panne. Une dame donne des pièces à tout le monde pour celui du hall. {{1,20 €}} le café. Il est {{3h}} du matin. 😴",
    ),
    (
        URG,
        AP,
        "Un habitué sans domicile, que tout le monde appelle « [[PERSONNE:Papy Marcel]] ». Il vient {{3 fois}} par semaine. Ce soir : pieds gelés. L'agente lui apporte un café avant même l'enregistrement. Son dossier est domicilié au {{CCAS}}.",
    ),
    (
        URG,
        AP,
        "Enregistrement d'une touriste anglaise (chute de vélo à l'{{Alpe d'Huez}}) : Mrs [[PERSONNE:Sarah Whitfield]], passport [[IDENTIFIANT:536184729]], carte {{GHIC}}. Téléphone {{UK}} : [[TELEPHONE:+44 7700 914 382]]. L'agente se fait aider par un interne pour l'anglais.",
    ),
    (
        URG,
        AP,
        "Agent de sécurité : [[PERSONNE:Moussa Cissé]], {{12 ans}} de maison. Il me dit que les nuits de pleine lune c'est vrai que c'est pire. Je ne sais pas s'il rigole.",
    ),
    (
        URG,
        AP,
        "Urgences de {{Moûtiers}}, dimanche de vacances : fractures en série. Un Belge, [[PERSONNE:Pieter Van den Broeck]], genou. Sa femme remplit la fiche : adresse [[ADRESSE:Kerkstraat 42, 9000 Gent]], tel [[TELEPHONE:+32 478 21 56 90]]. L'agente n'avait jamais vu « {{Gent}} » : « c'est {{Gand}} ? ».",
    ),
    (
        URG,
        AP,
        "Une dame demande des nouvelles de son mari amené par les pompiers. L'agente : « son nom ? » « [[PERSONNE:Kowalczyk]], [[PERSONNE:Stanislas]] ». Elle cherche : il est en {{box 7}}. « Je ne peux pas vous laisser entrer, je préviens l'infirmière ».",
    ),
    (
        URG,
        AP,
        "Un jeune arrive avec son patron pour une coupure (boulangerie à {{Seyssinet}}). Le patron paie le taxi. Le jeune, [[PERSONNE:Anis]], {{17 ans}}, apprenti. Mineur → il faut joindre un parent. Le patron donne le numéro de la mère : [[TELEPHONE:07 49 62 18 03]].",
    ),
    (
        URG,
        AP,
        "Pendant la nuit, l'agente d'accueil me montre le logiciel : chaque patient a un IPP, un numéro de séjour, un bracelet. Les homonymes sont son cauchemar : ce soir il y a {{2}} « [[PERSONNE:Nguyen]] » en même temps.",
    ),
    (
        URG,
        AP,
        "Fin de garde : {{127 passages}} en {{24h}}, dont {{41}} hospitalisés. L'agente finit à {{7h}}. Moi je pars à {{6h}} et j'ai un peu honte.",
    ),
]

# --- Notes 151-180: emergency switchboard, shelters (counter), first 115 calls ---------------
NOTES_6 = [
    (
        URG,
        AT,
        "Standard des urgences ({{CHU}}), {{23h}}. Un fils appelle de {{Toulouse}} pour sa mère amenée par le {{SAMU}} : Mme [[PERSONNE:Éliane Robert]], née le [[DATE_NAISSANCE:02/08/1941]]. L'agente vérifie l'identité avec la date de naissance avant de dire quoi que ce soit. « Elle est prise en charge, un médecin vous rappellera ». Il laisse son numéro : [[TELEPHONE:06 09 55 73 28]].",
    ),
    (
        URG,
        AT,
        "Appel : « c'est combien d'attente ce soir ? » L'agente : « je ne peux pas vous dire, ça dépend de la gravité ». La personne raccroche. {{5e}} appel de ce genre en {{1h}}.",
    ),
    (
        URG,
        AT,
        "Une pharmacie appelle pour une ordonnance illisible d'un urgentiste (Dr [[PERSONNE:Amrani]]). L'agente transfère au {{poste 4217}}.",
    ),
    (
        URG,
        AT,
        "Appel d'un gendarme de la brigade de {{Vizille}} : accident sur la {{route Napoléon}}, victime transportée, il veut confirmer l'identité : [[PERSONNE:Yohann Reynaud]], né le [[DATE_NAISSANCE:17 septembre 1986]], véhicule [[IMMATRICULATION:DW-442-HZ]]. L'agente confirme seulement l'admission.",
    ),
    (
        URG,
        AT,
        "Appel d'une dame qui a oublié son sac aux urgences hier soir. Elle s'appelle [[PERSONNE:Rokhaya Ba]]. L'agente va voir aux objets trouvés : sac noir, carte d'identité au nom de [[PERSONNE:BA Rokhaya]], n° [[IDENTIFIANT:X4RT8CFF3]]. C'est bien le sien. À récupérer à l'accueil.",
    ),
    (
        URG,
        AT,
        "Standard du {{CH}} de {{Saint-Jean-de-Maurienne}} : un routier italien bloqué au {{tunnel du Fréjus}}, douleur thoracique, appelle ici au lieu du {{15}}. L'agente lui dit de raccrocher et de faire le {{112}}. Elle note quand même sa plaque au cas où : [[IMMATRICULATION:GF 482 TL]] (italienne).",
    ),
    (
        URG,
        AT,
        "Rappel d'un patient pour un résultat de radio : Mr [[PERSONNE:Sofiane Chérif]]. L'agente ne donne pas de résultats par téléphone, elle le renvoie à son médecin. Il s'énerve. Il donne son adresse mail pour recevoir le compte-rendu : [[EMAIL:sofiane.cherif92@gmail.com]]. Refus, pas de mail non sécurisé.",
    ),
    (
        URG,
        AT,
        "Le téléphone de l'accueil sonne en continu entre {{19h}} et {{21h}}. L'agente a mis un casque. Elle tape d'une main, répond de l'autre. Je compte {{37}} appels.",
    ),
    (
        URG,
        AT,
        "Une maman de {{Crolles}} appelle : son fils [[PERSONNE:Timéo]] ({{6 ans}}) a avalé une pile bouton. L'agente la bascule direct sur le {{15}}, reste en ligne. Puis elle me dit « les piles boutons, c'est la hantise ». Numéro d'origine : [[TELEPHONE:04 76 08 51 92]].",
    ),
    (
        URG,
        AT,
        "Un médecin traitant (Dr [[PERSONNE:Nicolas Faivre]], cabinet à {{Pontcharra}}) appelle pour annoncer l'arrivée d'une patiente : Mme [[PERSONNE:Lucienne Bouvard]], {{86 ans}}, suspicion d'AVC. L'agente prépare le dossier avant même l'arrivée.",
    ),
    (
        URG,
        AT,
        "Appel de l'{{EHPAD Le Home Dauphinois}} : ils envoient Mr [[PERSONNE:Auguste Chabert]] (chute), {{92 ans}}. L'infirmière dicte sa date de naissance : [[DATE_NAISSANCE:3 janvier 1932]]. L'agente : « il était déjà venu en {{décembre}} non ? » oui.",
    ),
    (
        URG,
        AT,
        "Standard : un journaliste du {{Dauphiné Libéré}} appelle pour « des infos sur l'accident de l'{{A41}} ». L'agente : « aucune information ». Raccroche. Elle rit : « {{3e}} fois cette année ».",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{L'Étape}}, {{Grenoble}}, accueil du matin. L'éducatrice de permanence, [[PERSONNE:Aurore]], fait le point des arrivées de la nuit avec le veilleur, [[PERSONNE:Sékou]]. {{2}} nouvelles entrées via le {{115}}.",
    ),
    (
        CHRS,
        AP,
        "Entretien d'admission : Mme [[PERSONNE:Nadia Haddad]], {{41 ans}}, victime de violences conjugales, arrivée avec sa fille [[PERSONNE:Sarah]] ({{10 ans}}). Elle a fui le [[ADRESSE:29 rue Paul Claudel, 38100 Grenoble]] (l'adresse de l'ex, à ne jamais communiquer, souligne l'éduc). Ordonnance de protection en cours, RG [[IDENTIFIANT:24/00318]].",
    ),
    (
        CHRS,
        AP,
        "Règlement intérieur affiché : pas d'alcool, retour avant {{22h}}, visites interdites dans les chambres. {{32 places}}. Une machine à laver pour tout le monde, planning au feutre.",
    ),
    (
        CHRS,
        AP,
        "Un résident, [[PERSONNE:Mamadou Bah]], me montre fièrement son contrat de travail (plonge chez {{Flunch}}, {{Grand'Place}}). Premier CDI de sa vie. Il veut que je le prenne en photo avec le contrat. Je ne le fais pas. Je le regrette un peu.",
    ),
    (
        CHRS,
        AP,
        "Atelier CV avec [[PERSONNE:Kévin]] (CIP). Un résident, M. [[PERSONNE:Arsène Mpiana]], a un CV modèle imprimé au nom de « [[PERSONNE:Jean Martin]] » qu'il a recopié tel quel, y compris l'adresse [[ADRESSE:1 rue de la Paix, 75002 Paris]] 😅. On refait tout.",
    ),
    (
        CHRS,
        AP,
        "{{Chambéry}}, {{CHRS}} {{Le Pélican}}. Mr [[PERSONNE:Roland Ducret]], {{58 ans}}, à la rue depuis la perte de son emploi à {{Ugine}} (aciérie). Il donne son identifiant {{France Travail}} à l'éducateur pour l'actualisation : [[ID_FRANCE_TRAVAIL:3907526B]]. L'éduc le fait avec lui sur l'ordi commun.",
    ),
    (
        CHRS,
        AP,
        "Une résidente, [[PERSONNE:Esra]], demande si son courrier est arrivé : une lettre de la {{préfecture}}. Elle est là, l'éduc la lui remet. Titre de séjour accordé !! Elle pleure. Tout le monde applaudit dans le hall. 🎉 N° du titre sur le courrier : [[IDENTIFIANT:3802449176]].",
    ),
    (
        CHRS,
        AP,
        "Bagagerie : les résidents peuvent laisser un sac. {{48 casiers}}. Étiquettes lues au passage : « [[PERSONNE:Dédé]] », « [[PERSONNE:Sacha]] », « M. [[PERSONNE:Belarbi]] ».",
    ),
    (
        CHRS,
        AP,
        "Visite de la {{PMI}} au {{CHRS}} pour les bébés. La puéricultrice, Mme [[PERSONNE:Giraud]], pèse [[PERSONNE:Ayoub]], né le [[DATE_NAISSANCE:14/10/2023]]. La maman, [[PERSONNE:Khadidja]], a peur de l'hiver dans la chambre.",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour : café + douche + machine. Ce matin {{46 passages}}. Un bénévole retraité de {{Schneider}} tient le registre. Sur le registre il n'y a que des prénoms, c'est voulu.",
    ),
    (
        CHRS,
        AP,
        "Mr [[PERSONNE:Ion Lungu]] (moldave) demande de l'aide pour ouvrir un compte bancaire. Refus de {{3 banques}}. L'éduc fait une demande de droit au compte auprès de la {{Banque de France}}. Il donne son passeport : [[IDENTIFIANT:B12458031]] et son portable [[TELEPHONE:07 58 14 93 26]].",
    ),
    (
        CHRS,
        AP,
        "Un ancien résident revient dire bonjour : il a un appart {{Actis}} à {{Teisseire}} maintenant. Il s'appelle [[PERSONNE:Rachid]] mais tout le monde l'appelle « [[PERSONNE:Le Chef]] » parce qu'il cuisinait pour tout le monde.",
    ),
    (
        CHRS,
        AP,
        "Entretien : Mme [[PERSONNE:Marie-Thérèse Lacroix]], {{63 ans}}, expulsée après {{30 ans}} au même endroit. Elle n'avait jamais eu affaire aux services sociaux. Elle répète « je ne suis pas comme eux ». L'éduc, [[PERSONNE:Benoît]], la laisse parler {{45 min}}.",
    ),
    (
        CHRS,
        AP,
        "Un résident demande à l'accueil de recharger son téléphone et de noter un message pour son frère : « [[PERSONNE:Adama]], rappelle [[PERSONNE:Issa]] au [[TELEPHONE:06 83 40 27 15]] ». Post-it collé sur le tableau de liège, à la vue de tous.",
    ),
    (
        CHRS,
        AT,
        "{{115}} de l'{{Isère}}, plateau d'écoute, {{20h}}. {{3 écoutants}}. Tableau blanc, places dispo ce soir : {{0 femmes}}, {{2 hommes}}, {{0 familles}}. Il y a déjà {{47}} appels en attente.",
    ),
    (
        CHRS,
        AT,
        "Appel : une femme avec {{3 enfants}} dans une voiture à {{Bourgoin}}. L'écoutante ([[PERSONNE:Clémence]]) prend les infos : nom [[PERSONNE:Ilunga]], prénom [[PERSONNE:Grâce]], née le [[DATE_NAISSANCE:22/03/1989]]. La voiture : [[IMMATRICULATION:DK-209-YT]], garée sur le parking de la gare. Pas de place famille. Elle rappellera à {{23h}}.",
    ),
    (
        CHRS,
        AT,
        "Écoutant : [[PERSONNE:Yannick]], {{12 ans}} au {{115}}. Un appelant régulier, « [[PERSONNE:Ludo]] », dort sous le pont de la {{Porte de France}}. Il n'appelle pas pour une place, juste pour parler. [[PERSONNE:Yannick]] lui parle de foot ({{GF38}}).",
    ),
    (
        CHRS,
        AT,
        "Appel de la police municipale de {{Chambéry}} : un homme âgé dort au {{parc du Verney}}, {{-4°C}}. Le {{115}} de {{Savoie}} n'a plus de place, bascule sur le {{plan grand froid}} : gymnase ouvert. Nom donné par la police : [[PERSONNE:Kurt Hoffmann]], allemand, sans papiers sur lui.",
    ),
]

# --- Notes 181-210: 115 / SIAO calls, shelter home visits, France Travail counter ------------
NOTES_7 = [
    (
        CHRS,
        AT,
        "Appel {{115}} : un homme, [[PERSONNE:Tarek Mansouri]], sorti de l'hôpital ({{CHU}}) ce matin. L'écoutante vérifie dans le logiciel {{SI-SIAO}} : demande n° [[IDENTIFIANT:SIAO-38-2024-01562]]. Il est sur liste d'attente depuis {{23 jours}}. Place trouvée au {{gymnase}} pour cette nuit.",
    ),
    (
        CHRS,
        AT,
        "Entre deux appels, l'écoutante mange des chips. Elle me dit qu'elle n'a pas le droit de dire « non » sèchement, il faut toujours proposer quelque chose : un accueil de jour, une maraude, un numéro. Même quand il n'y a rien.",
    ),
    (
        CHRS,
        AT,
        "Une femme appelle pour la {{4e}} nuit. Elle donne son identité sans qu'on lui demande, comme une formule : « [[PERSONNE:Fanta Konaté]], [[DATE_NAISSANCE:12 octobre 2003]], {{Sénégal}}, seule ». L'écoutante retrouve son NIR dans le dossier : [[NIR:2 03 10 99 341 092 13]]. Place femme isolée trouvée à {{Voiron}}, {{45 min}} en train.",
    ),
    (
        CHRS,
        AT,
        "Appel du {{CHRS}} de {{Vienne}} : ils ont libéré une place famille. L'écoutant ([[PERSONNE:Joris]]) rappelle direct la famille [[PERSONNE:Hovhannisyan]] qui attendait dans le hall de la {{gare de Grenoble}}. Le père répond : « merci merci ». Numéro : [[TELEPHONE:07 66 28 91 40]].",
    ),
    (
        CHRS,
        AT,
        "La maraude de la {{Croix-Rouge}} appelle : un monsieur au {{Jardin de Ville}} refuse d'aller au gymnase à cause de son chien ({{Tyson}}). L'écoutante cherche une place « chiens acceptés ». Il n'y en a qu'une dans toute la métropole. Prise.",
    ),
    (
        CHRS,
        AT,
        "{{CHRS}} {{Le Pélican}}, standard. Une ancienne résidente appelle pour qu'on lui fasse suivre son courrier à sa nouvelle adresse : [[ADRESSE:5 rue Sommeiller, 73000 Chambéry]]. Elle s'appelle [[PERSONNE:Gulnara Abdulaeva]] (tchétchène). Elle dit : « dites bonjour à [[PERSONNE:Martine]] ».",
    ),
    (
        CHRS,
        AT,
        "Appel d'un travailleur social d'{{Albertville}} pour un jeune de {{19 ans}}, [[PERSONNE:Enzo Cattaneo]], sortie {{ASE}}. Il dicte : né le [[DATE_NAISSANCE:03/05/2004]], identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:4873104R]] (inscrit en {{CEJ}}). Demande d'hébergement jeune → {{FJT}}.",
    ),
    (
        CHRS,
        AT,
        "Appel {{115}} en espagnol. Personne ne parle espagnol sur le plateau. L'écoutante utilise un traducteur sur son téléphone, en haut-parleur. Ça marche à moitié. {{12 min}} pour comprendre : un couple, {{Colombie}}, arrivé hier à {{Lyon}} puis {{Grenoble}}.",
    ),
    (
        CHRS,
        AT,
        "L'écoutante relit le dossier d'un monsieur qui rappelle : [[PERSONNE:Hervé Lagarde]], {{54 ans}}, {{RSA}}, n° allocataire [[N_ALLOCATAIRE:1763049]]. Il a une voiture, il dort dedans à {{Échirolles}} : [[IMMATRICULATION:BX-318-KA]]. Elle lui parle du {{parking solidaire}}.",
    ),
    (
        CHRS,
        AT,
        "Appel du {{SIAO}} {{Savoie}} : commission demain. Liste des {{6 situations}} dictée par la coordinatrice ([[PERSONNE:Agathe Dumont]]) : famille [[PERSONNE:Berisha]], Mr [[PERSONNE:Sall]], Mme [[PERSONNE:Petrovic]]… je n'ai pas noté la suite.",
    ),
    (
        CHRS,
        AT,
        "Une dame hébergée à l'hôtel appelle, paniquée : le gérant lui demande de partir. {{Hôtel B&B}} de {{Saint-Égrève}}, {{chambre 108}}. Elle s'appelle [[PERSONNE:Hawa Sissoko]]. L'écoutante appelle l'hôtel : erreur de facturation du {{SIAO}}, réglée.",
    ),
    (
        CHRS,
        AT,
        "Appel d'un monsieur qui propose d'héberger quelqu'un chez lui, bénévolement. L'écoutante le remercie, le renvoie vers une asso. Il laisse quand même son mail : [[EMAIL:pierre.gauthier.bio@free.fr]] et dit « je m'appelle [[PERSONNE:Pierre]], comme la {{pierre}} ».",
    ),
    (
        CHRS,
        AT,
        "{{23h50}}, dernier appel avant la relève. Jeune femme, [[PERSONNE:Chloé]], {{20 ans}}, mise dehors par ses parents à {{Meylan}}. Pas de place. L'écoutante lui donne l'adresse de l'accueil de nuit et reste en ligne jusqu'à ce qu'elle soit dans le bus. Ligne : [[TELEPHONE:06 31 78 04 62]].",
    ),
    (
        CHRS,
        CSP,
        "{{CHRS}} en diffus : visite à domicile avec [[PERSONNE:Samir]], éducateur. Appartement loué par l'asso, [[ADRESSE:14 rue Ampère, 38000 Grenoble]]. Occupé par Mme [[PERSONNE:Joy Okafor]] (nigériane) et ses {{2 enfants}}. État des lieux mensuel. Tout est nickel. Elle a fait des crêpes.",
    ),
    (
        CHRS,
        CSP,
        "Chez Mme [[PERSONNE:Okafor]] : elle montre un courrier de la {{Caf}} qu'elle ne comprend pas, un rappel d'indu de {{340 €}}. N° allocataire : [[N_ALLOCATAIRE:4409731]]. [[PERSONNE:Samir]] l'aide à faire une demande de remise de dette.",
    ),
    (
        CHRS,
        CSP,
        "Dans le couloir de l'immeuble, une affiche du syndic : « dératisation {{mardi 9h-12h}} ». L'éduc la prend en photo pour prévenir les {{4 ménages}} suivis dans l'immeuble.",
    ),
    (
        CHRS,
        CSP,
        "Visite en diffus à {{Villefontaine}} ({{Nord-Isère}}) : Mr [[PERSONNE:Salah Eddine Haouari]], [[ADRESSE:résidence Les Roches, bâtiment C, appartement 12, 38090 Villefontaine]]. Il veut passer en bail glissant. L'éducatrice ([[PERSONNE:Lucie Ferrand]]) regarde ses comptes ; il donne le RIB pour le prélèvement du loyer : [[IBAN:FR76 1780 6004 1161 0293 8475 013]].",
    ),
    (
        CHRS,
        CSP,
        "Maraude du soir avec l'équipe mobile : {{5 personnes}} rencontrées sous les arcades de la {{place Grenette}}. Un homme, [[PERSONNE:Piotr]], polonais, refuse tout sauf une soupe. L'éducateur le connaît depuis {{2015}}. Il note : « [[PERSONNE:Piotr]] — ok — pas de demande ».",
    ),
    (
        CHRS,
        CSP,
        "Visite dans une famille sortie du {{CHRS}} il y a {{6 mois}} (suivi post-hébergement) : famille [[PERSONNE:Nzeyimana]], [[ADRESSE:3 allée du Lac, 38320 Eybens]]. Les enfants ([[PERSONNE:Divine]] et [[PERSONNE:Olivier]]) ont leurs cahiers d'école sur la table. La mère a trouvé un CDI chez {{Elior}}. Elle dit son identifiant {{France Travail}} pour qu'on clôture l'accompagnement : [[ID_FRANCE_TRAVAIL:5128406P]].",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un logement ALT à {{Saint-Martin-d'Hères}} avant l'entrée d'un nouveau résident. Vide, propre, meubles {{IKEA}}. L'éduc teste les plaques, la VMC. Rien de perso aujourd'hui.",
    ),
    (
        CHRS,
        CSP,
        "Visite chez Mr [[PERSONNE:Alain Crozet]] à {{Aix-les-Bains}}, {{CHRS}} diffus de la {{Savoie}}. Il a {{47 ans}}, né à {{Saint-Denis de La Réunion}}, alcool, il tient le coup depuis {{3 mois}}. L'éducateur vérifie le dossier {{MDPH}} : le NIR [[NIR:1 76 08 97 411 158 65]] a été recopié avec une erreur sur le formulaire, à corriger.",
    ),
    (
        CHRS,
        CSP,
        "Dans la voiture de l'asso ([[IMMATRICULATION:FD-573-NB]], {{Kangoo}} blanche), l'éducatrice téléphone à l'école d'un enfant suivi : « [[PERSONNE:Mohamed]] n'est pas venu depuis {{3 jours}} ». Elle note de passer chez lui.",
    ),
    (
        CHRS,
        CSP,
        "Visite surprise dans un appartement du {{CHRS}} où il y aurait des hébergés non déclarés. Résident : [[PERSONNE:Adrian Ciobanu]]. On trouve {{3 matelas}} de plus. Il explique : ses cousins arrivés de {{Roumanie}}, « juste une semaine ». L'éduc rappelle le règlement, calmement. Passeport d'un cousin posé sur la table : [[IDENTIFIANT:058412397]].",
    ),
    (
        CHRS,
        CSP,
        "Fin de tournée, l'éduc me dit qu'elle a {{14 ménages}} en suivi, {{2 voitures}} pour {{9 éducs}}. « Le vrai problème c'est pas les gens, c'est les voitures » 😅",
    ),
    (
        FT,
        AP,
        "Agence {{France Travail}} de {{Grenoble}}, {{8h30}} ouverture, {{14 personnes}} dehors. Accueil par [[PERSONNE:Jérôme]], conseiller « flux ». Il demande à chacun : « vous avez rendez-vous ? ». La moitié non → borne ou {{3949}}.",
    ),
    (
        FT,
        AP,
        "Mme [[PERSONNE:Samira Bensaïd]] vient déclarer une reprise d'emploi (caisse chez {{Lidl}}). Elle tend sa carte avec son identifiant : [[ID_FRANCE_TRAVAIL:4302187L]]. Le conseiller ([[PERSONNE:Guillaume]]) l'aide à faire l'actualisation sur la borne. Elle a peur de perdre l'{{ARE}} « si je déclare ». Il explique le cumul.",
    ),
    (
        FT,
        AP,
        "Jeune homme, {{18 ans}}, inscription. Nom : [[PERSONNE:Tom Vial]]. Il n'a pas de mail. Le conseiller lui en crée un sur place : [[EMAIL:tom.vial2005@gmail.com]]. Il tape le mot de passe avec deux doigts. Né en [[DATE_NAISSANCE:2005]], ça colle.",
    ),
    (
        FT,
        AP,
        "Affiche : « {{1 jeune}} = {{1 solution}} ». Une autre : « Salon de l'emploi saisonnier, {{Alpexpo}}, {{jeudi 10h-17h}} ». Les gens prennent l'affiche en photo avec leur téléphone.",
    ),
    (
        FT,
        AP,
        "Conseillère : [[PERSONNE:Aïcha Benyahia]]. Demandeur : Mr [[PERSONNE:Luc Bonnet]], {{55 ans}}, licencié de chez {{Caterpillar}} ({{Grenoble}}). Il veut une formation de cariste. Elle regarde son dossier : identifiant [[ID_FRANCE_TRAVAIL:3815907D]], droits {{ARE}} jusqu'en {{2025}}. Il dit « à mon âge qui va m'embaucher ». Elle ne répond pas tout de suite.",
    ),
    (
        FT,
        AP,
        "Changement de RIB au guichet : Mr [[PERSONNE:Youssouf Mohamed Saïd]] (comorien) a ouvert un compte à la {{Banque Postale}}. Le conseiller tape : [[IBAN:FR11 2004 1010 0904 1287 6F03 882]]. « Avec un F dedans c'est normal ? » demande-t-il. Oui, à la {{Poste}} il y a une lettre.",
    ),
]

# --- Notes 211-240: France Travail counter and 3949 platform --------------------------------
NOTES_8 = [
    (
        FT,
        AP,
        "Mr [[PERSONNE:Arnaud Perrin]] vient pour son {{ARE}} : il n'a rien reçu ce mois-ci. Le conseiller vérifie : le RIB au dossier est l'ancien (compte clôturé). Nouveau RIB : [[IBAN:FR76 3000 3023 4500 0509 8371 686]]. Identifiant [[ID_FRANCE_TRAVAIL:4627015C]]. Délai de régularisation : {{10 jours}}. « Et je mange comment ? » → orientation {{CCAS}} pour une aide d'urgence.",
    ),
    (
        FT,
        AP,
        "{{10h20}}, espace numérique : {{6 ordis}}, {{2 en panne}}, {{1 imprimante}}. Une volontaire en service civique aide les gens à imprimer leurs CV. Elle a {{19 ans}} et elle est incroyablement patiente.",
    ),
    (
        FT,
        AP,
        "Agence {{France Travail}} de {{Chambéry}}, spécial saisonniers. Un couple portugais, [[PERSONNE:Rui]] et [[PERSONNE:Ana Pereira]], cherche un contrat pour l'été à {{Aix-les-Bains}}. Inscription de [[PERSONNE:Rui]] : né à {{Porto}} le [[DATE_NAISSANCE:14/09/2001]], NIR [[NIR:1 01 09 99 139 305 75]].",
    ),
    (
        FT,
        AP,
        "Le conseiller entreprise, [[PERSONNE:Frédéric Dumas]], me montre une offre : « Plongeur H/F, {{Courchevel}}, logé nourri, {{1 800 € net}} », offre n° {{172XKLM}}. Il dit qu'il y en a {{400}} comme ça en {{Savoie}} en ce moment.",
    ),
    (
        FT,
        AP,
        "Mme [[PERSONNE:Liu Fang]], ingénieure chimiste diplômée en {{Chine}}, veut faire reconnaître son diplôme. Le conseiller ne sait pas trop, il cherche sur {{ENIC-NARIC}}. Elle laisse son mail pour qu'il envoie le lien : [[EMAIL:liufang.grenoble@outlook.com]]. Identifiant : [[ID_FRANCE_TRAVAIL:5031628H]].",
    ),
    (
        FT,
        AP,
        "Dialogue au guichet :\n– Votre identifiant ?\n– [[ID_FRANCE_TRAVAIL:quatre cinq un neuf deux zéro trois F]]\n– Ok… [[ID_FRANCE_TRAVAIL:4519203F]], c'est ça ?\n– Oui.\n– Monsieur [[PERSONNE:Hakim Saadi]], vous étiez convoqué {{hier}}.\n– Je sais, j'étais à l'hôpital avec ma fille.\nLe conseiller annule la radiation. Sourire.",
    ),
    (
        FT,
        AP,
        "Atelier « CV et réseaux » : {{8 participants}}. L'animatrice ([[PERSONNE:Justine Morel]]) projette le profil {{LinkedIn}} d'un participant volontaire, [[PERSONNE:Karim]], pseudo [[IDENTIFIANT:@karim.logistique38]]. Tout le monde rigole gentiment sur sa photo de profil (il est en maillot du {{FCG}}).",
    ),
    (
        FT,
        AP,
        "Mr [[PERSONNE:Vincent Garnier-Lavoie]], cadre, {{52 ans}}, licencié de chez {{Schneider Electric}}. Il arrive avec un classeur. Il a déjà tout fait sur internet, même le changement de RIB, il me montre l'écran : [[IBAN:FR02 3000 2005 7600 0071 8294 L43]]. Il vient « pour voir un humain ». Le conseiller prend {{20 min}} avec lui quand même.",
    ),
    (
        FT,
        AP,
        "Réfugiée statutaire, Mme [[PERSONNE:Amina Hassan Ali]] ({{Somalie}}). Inscription : titre de séjour n° [[IDENTIFIANT:3804117285]], carte de résident {{10 ans}}. Téléphone : [[TELEPHONE:07 62 35 18 47]]. Elle veut devenir aide-soignante. Le conseiller la positionne sur une prépa {{IFSI}}.",
    ),
    (
        FT,
        AP,
        "Le vigile me dit que le lundi c'est « l'enfer » et le vendredi « le désert ». Aujourd'hui mercredi : {{62}} personnes à {{11h}}.",
    ),
    (
        FT,
        AP,
        "Un monsieur de {{61 ans}}, [[PERSONNE:Mustafa Demir]], ne comprend pas pourquoi on lui parle de retraite. Le conseiller : « votre date de naissance c'est bien le [[DATE_NAISSANCE:8 avril 1962]] ? » oui. Il pourra partir à {{62 ans et 9 mois}}. Il repart avec le numéro de la {{Carsat}}.",
    ),
    (
        FT,
        AP,
        "Agence de {{Voiron}}. Une jeune femme, [[PERSONNE:Océane Rivoire]], demande une aide à la mobilité pour le permis. Le conseiller lui demande un RIB pour le versement : [[IBAN:FR76 1680 7000 1836 7291 0452 017]] (c'est le compte de sa mère, problème ?). Oui problème. Elle reviendra.",
    ),
    (
        FT,
        AP,
        "À la borne, un monsieur lit son identifiant à voix haute pour lui-même : « [[ID_FRANCE_TRAVAIL:6 0 1 4 7 2 8 K]] ». Tout le monde entend. Il s'appelle [[PERSONNE:Didier]] (je le vois sur l'écran), pas de nom de famille visible.",
    ),
    (
        FT,
        AP,
        "Prime d'activité : Mme [[PERSONNE:Leïla Amrani]] croyait que c'était {{France Travail}}. Le conseiller lui montre son dossier {{Caf}} sur le portail partenaire (n° allocataire [[N_ALLOCATAIRE:3358214]]) : tout est bon, versement le {{5}}. Elle : « ah ben j'ai fait la queue pour rien ».",
    ),
    (
        FT,
        AT,
        "Plateforme {{3949}}, {{Isère}}. Casque, double écoute avec [[PERSONNE:Nathalie Guillot]]. Premier appel {{8h32}} : « j'ai pas reçu mon paiement ». Identification : [[ID_FRANCE_TRAVAIL:4720561N]], nom [[PERSONNE:Bruno Da Costa]], code postal {{38130}}. Il a un compte en {{Belgique}} (il y a travaillé) : [[IBAN:BE25 0634 1277 8582]]. L'agente dit que c'est accepté, zone {{SEPA}}.",
    ),
    (
        FT,
        AT,
        "Le monsieur dicte son nouveau RIB chiffre par chiffre, l'agente répète : « [[IBAN:FR76 1009 6185 4000 0872 1350 282]] ». Il s'appelle [[PERSONNE:Emmanuel Koffi]], il est passé au {{CIC}}. Elle lui dit de l'envoyer quand même via l'espace personnel, sinon ça ne passe pas.",
    ),
    (
        FT,
        AT,
        "Musique d'attente : {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. L'agente me dit qu'elle ne peut plus l'écouter en dehors du boulot. 😆",
    ),
    (
        FT,
        AT,
        "Appel d'une dame en pleurs, radiée pour absence à un rdv. Elle dit qu'elle n'a jamais reçu la convocation. L'agente voit que le mail au dossier est faux : [[EMAIL:sylvie.marchand@@orange.fr]] (double @ !). Elle corrige, annule la radiation. Elle s'appelle [[PERSONNE:Sylvie Marchand]], identifiant [[ID_FRANCE_TRAVAIL:3196742A]].",
    ),
    (
        FT,
        AT,
        "Appel d'un employeur, le restaurant {{La Ferme à Dédé}} : il veut savoir si son ancien salarié, M. [[PERSONNE:Jordan Lefort]], a bien reçu l'attestation employeur. L'agente ne peut rien dire sur un demandeur. Le patron laisse son tel : [[TELEPHONE:04 76 87 30 12]].",
    ),
    (
        FT,
        AT,
        "Un appel de {{Modane}} : un ancien frontalier qui a travaillé en {{Italie}} ({{Suse}}) veut ouvrir ses droits ({{formulaire U1}}). L'agente ne connaît pas bien. Elle prend ses coordonnées : [[PERSONNE:Marco Giordano]], tel [[TELEPHONE:+39 347 218 6094]], mail [[EMAIL:marco.giordano@libero.it]]. Rappel par un expert sous {{72h}}.",
    ),
    (
        FT,
        AT,
        "Appel court : « c'est où l'agence d'{{Échirolles}} ? » L'agente donne l'adresse de l'agence. {{35 secondes}}.",
    ),
    (
        FT,
        AT,
        "Appel d'une femme qui veut créer une micro-entreprise de couture. Elle a déjà son SIRET : [[IDENTIFIANT:902 143 676 00002]], et un compte pro : [[IBAN:FR66 2004 1010 0711 2734 0W03 871]]. Nom : [[PERSONNE:Nour El Houda Zitouni]]. Elle demande l'{{ARCE}}. L'agente explique : {{60 %}} des droits restants, en {{2 fois}}.",
    ),
    (
        FT,
        AT,
        "L'agente reçoit l'appel d'un conseiller d'une autre agence ({{Bourgoin}}) : ils se passent un dossier. Il dicte : « [[PERSONNE:Mehdi Ait Lahcen]], [[ID_FRANCE_TRAVAIL:5207319E]], né le [[DATE_NAISSANCE:29/11/1997]], il a déménagé au [[ADRESSE:17 rue de la République, 38300 Bourgoin-Jallieu]] ». Ça va vite, je note tout de travers.",
    ),
    (
        FT,
        AT,
        "Une dame veut qu'on verse l'{{ARE}} sur le compte de son mari (elle n'a pas de compte à elle). Impossible, il faut un compte à son nom. Elle lit quand même celui du mari : [[IBAN:FR76 3000 4008 2300 0119 5268 463]]. L'agente lui parle du compte {{Nickel}} chez le buraliste. Elle s'appelle [[PERSONNE:Malika Ferhat]], elle touche aussi le {{RSA}} (n° alloc [[N_ALLOCATAIRE:2519846]]).",
    ),
    (
        FT,
        AT,
        "Double écoute : le monsieur ne parle que turc. L'agente appelle l'interprétariat ({{ISM}}) : {{6 min}} d'attente. Trois voix sur la ligne. Ça fonctionne. C'était une simple actualisation. Identifiant : [[ID_FRANCE_TRAVAIL:4816230G]].",
    ),
    (
        FT,
        AT,
        "Tableau de bord : {{213 appels}} traités par l'équipe ce matin, DMT (durée moyenne) {{5 min 12}}. L'agente en est à {{34}}. Elle dit qu'elle prend le temps, « tant pis pour les stats ».",
    ),
    (
        FT,
        AT,
        "Appel d'un intérimaire de la {{plateforme chimique}} de {{Pont-de-Claix}}, [[PERSONNE:Grégory Chaix]]. Il a eu {{4 employeurs}} ce mois-ci. L'agente lui dit d'envoyer les {{4 bulletins}}. Il veut aussi déclarer que sa compagne l'a quitté ; ancienne adresse : [[ADRESSE:6 rue Jean Moulin, 38800 Le Pont-de-Claix]], nouvelle : chez sa mère, [[ADRESSE:22 avenue du Maquis de l'Oisans, 38220 Vizille]].",
    ),
    (
        FT,
        AT,
        "Appel de Mme [[PERSONNE:Keltoum Yahiaoui]] : son fils handicapé ({{RQTH}}) veut une formation. Elle donne le numéro de sécu du fils sans qu'on le demande : [[NIR:1 99 12 38 151 402 03]]. L'agente l'arrête : « pas besoin madame, juste l'identifiant ». Le fils : [[PERSONNE:Nassim]], {{24 ans}}.",
    ),
    (
        FT,
        AT,
        "Une dame de {{Vienne}} veut se désinscrire, elle part à la retraite. Mme [[PERSONNE:Brigitte Monnet]], identifiant [[ID_FRANCE_TRAVAIL:2987013S]]. Elle demande que l'{{ARE}} du dernier mois soit versée sur son nouveau compte : [[IBAN:FR76 1382 5004 1108 7771 2345 035]]. Elle dit merci {{3 fois}}. ❤️",
    ),
    (
        FT,
        AT,
        "Dernier appel de la journée, {{16h58}} : un monsieur veut parler « à Mme [[PERSONNE:Rousset]], ma conseillère ». L'agente ne peut pas transférer, elle envoie un message interne. Il épelle son mail pour la réponse : « [[EMAIL:l-a-u-r-e-n-t point b-e-r-g-e-r arobase s-f-r point f-r]] ». Ouf. Fin de la double écoute.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7 + NOTES_8

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    pieces, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        pieces.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip():
            raise ValueError(f"mark with outer whitespace {value!r}")
        pieces.append(value)
        length += len(value)
        pos = m.end()
    pieces.append(marked[pos:])
    text = "".join(pieces)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text!r}")
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
    """Draw the dev / holdout ids from ``{(site_kind, channel): [ids]}`` only."""
    rng = random.Random(SEED)
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout = split(cells)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
