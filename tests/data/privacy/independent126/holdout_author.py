"""Independent evaluation corpus n° 126: 240 hand-written observation notes, labelled inline.

Marks inside each text: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep.
Running this file strips the marks, computes the offsets, draws the dev / holdout split and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to it (standard library only, deterministic).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind126"
SEED = 126

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# (site_kind, channel, text), in writing order: the ids follow this order.
NOTES = [
    # ---------------------------------------------------------------- caf / accueil physique
    (
        "caf",
        AP,
        "{{Caf de La Réunion}}, agence de {{Saint-Denis}}. {{8h10}} et deja {{40 personnes}} dehors "
        "sous le soleil. L'agent d'accueil [[PERSONNE:Jean-Hugues]] (c'est sur son badge) prend une "
        "gramoune, Mme [[PERSONNE:Hoarau]], venue pour sa {{prime de Noël}} pas reçue. Elle parle "
        "créole, il répond en créole : « ou la pa gagn out papié ? ». Elle sort une enveloppe avec "
        "son n° alloc écrit au stylo bic : [[N_ALLOCATAIRE:2184407]]. Réglé en {{6 min}}, elle lui "
        "dit « mersi mon zanfan »",
    ),
    (
        "caf",
        AP,
        "{{caf}} {{villeurbanne}}. un mr, [[PERSONNE:Kamel Bouaziz]], vient pr ses {{APL}} coupées "
        "depuis mars, dossier [[N_ALLOCATAIRE:3019952]]. l'agente ([[PERSONNE:Sandrine]]) lit l'écran : « indu de {{1 240 €}} ». il "
        "comprend pas, il dit qu'il a rien touché en trop. elle explique la déclaration "
        "trimestrielle, 2 fois. il repart avec un rdv le {{12/06}} à {{14h30}}",
    ),
    (
        "caf",
        AP,
        "{{Pointe-à-Pitre}}. Grève des bus ce matin donc peu de monde, {{3 guichets}} ouverts sur "
        "{{6}}. Une maman avec ses {{3 enfants}} attend depuis {{8h}} pour l'{{ASF}}, le petit "
        "dernier dort sur les chaises. Personne ne râle. L'agente me dit qu'en période de "
        "{{rentrée}} c'est {{200 passages}} par jour.",
    ),
    (
        "caf",
        AP,
        "Jeune femme, {{19 ans}}, enceinte de {{4 mois}}, vient déclarer sa grossesse. Agent "
        "[[PERSONNE:Thibault Vandewalle]] l'aide à créer son espace sur {{caf.fr}}. Elle donne son "
        "mail à voix haute : [[EMAIL:lea.marchand59@gmail.com]]. Il tape, se trompe, recommence. "
        "Elle s'appelle [[PERSONNE:Léa]], elle vit chez sa mère à {{Roubaix}}. Mot de passe écrit "
        "sur un post-it 😬",
    ),
    (
        "caf",
        AP,
        "Caf {{Fort-de-France}}. Mr [[PERSONNE:Ursulet]] vient changer de banque pour ses "
        "prestations (n° alloc [[N_ALLOCATAIRE:0683317]]) : il quitte le {{Crédit Agricole}} pour la {{Banque Postale}}. L'agente relit "
        "le RIB à voix haute, lentement : [[IBAN:FR36 2004 1010 1971 3547 9K01 375]]. Elle vérifie "
        "aussi l'adresse : [[ADRESSE:14 rue Lamartine, 97200 Fort-de-France]]. Il râle contre la "
        "« vie chère » et l'{{octroi de mer}}, elle rigole, elle est d'accord.",
    ),
    (
        "caf",
        AP,
        "{{Marseille}}, agence du {{3e}}. Borne de tickets en panne depuis {{lundi}}, un agent "
        "distribue des tickets papier à la main (je vois {{B27}}, {{B28}}…). Attente moyenne "
        "annoncée {{45 min}}, réelle plutôt {{1h20}}. Beaucoup de questions sur la {{prime "
        "d'activité}}. Pas de clim. Un enfant pleure depuis {{20 min}}.",
    ),
    (
        "caf",
        AP,
        "Agence {{Saint-Pierre}}. Jeune maman, [[PERSONNE:Jessica Grondin]], {{24 ans}}, demande le "
        "{{RSA}} majoré, num allocataire [[N_ALLOCATAIRE:2250948]]. Elle a perdu sa carte d'identité quand la case a pris l'eau pendant le "
        "cyclone {{Belal}}, elle n'a que le récépissé. Le père, [[PERSONNE:Johan]], « i donn pa "
        "narien » pour la pension. L'agente ([[PERSONNE:Priscilla]]) lui parle de l'{{ARIPA}}.",
    ),
    (
        "caf",
        AP,
        "{{Strasbourg}}, {{Hautepierre}}. Mme [[PERSONNE:Yılmaz]] parle peu français, sa fille "
        "[[PERSONNE:Elif]] ({{12 ans}} !) traduit tout. Allocation de rentrée scolaire (dossier "
        "[[N_ALLOCATAIRE:5107736]]) pour {{3 enfants}} nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]] et "
        "[[DATE_NAISSANCE:2018]]. L'agent parle à la gamine plutôt qu'à la mère, ça me gêne.",
    ),
    (
        "caf",
        AP,
        "Caf {{Cayenne}}, clim en panne, {{31°}} dans la salle. Mr [[PERSONNE:Lucien Pinas]] est "
        "venu de {{Saint-Laurent}} en taxi-co ({{4h de route}}) pour UN papier. Num alloc "
        "[[N_ALLOCATAIRE:0947712]]. L'agente, Mme [[PERSONNE:Rosemond]], lui note son portable "
        "pour le rappeler : [[TELEPHONE:0694 23 81 47]]. Il parle saramaka avec son cousin, "
        "français avec elle.",
    ),
    (
        "caf",
        AP,
        "{{Nantes}}, quartier {{Malakoff}}. Le responsable d'accueil m'explique que {{70 %}} des "
        "visites c'est « où en est mon dossier ». Il voudrait plus de rdv et moins de flux libre. "
        "Les agents tournent toutes les {{2h}} entre le pré-accueil et les box.",
    ),
    (
        "caf",
        AP,
        "{{Mamoudzou}}, {{CSSM}} (à {{Mayotte}} c'est elle qui fait Caf). File jusqu'au trottoir "
        "dès {{6h30}}. Mme [[PERSONNE:Zaïnaba Ahamada]] vient pour les allocs familiales, "
        "num [[N_ALLOCATAIRE:4410263]]. Elle parle shimaoré, l'agent [[PERSONNE:Anli]] traduit "
        "pour moi. Elle a traversé depuis {{Petite-Terre}} avec la {{barge}} de {{5h}}.",
    ),
    (
        "caf",
        AP,
        "{{Toulouse}}, le {{Mirail}}. Mr [[PERSONNE:Ousmane Sissoko]] et son épouse "
        "[[PERSONNE:Aminata]] déclarent la naissance de [[PERSONNE:Fatoumata]], née le "
        "[[DATE_NAISSANCE:3 février]]. Acte de naissance ok, livret de famille ok, n°alloc:[[N_ALLOCATAIRE:4472180]]. "
        "{{Prime à la naissance}} déjà versée ? non, trop tard. Il est calme, elle beaucoup moins.",
    ),
    (
        "caf",
        AP,
        "Agence {{Saint-Paul}}. Contrôle des pièces pour l'{{APL}} : bail {{SHLMR}}, réf locataire "
        "[[IDENTIFIANT:LOC-0412877]], quittance de {{mars}}. La dame, [[PERSONNE:Marie-Josée "
        "Técher]], habite {{Plateau Caillou}} depuis {{11 ans}}. Elle dit « na poin "
        "problèm » à chaque question, l'agente sourit.",
    ),
    (
        "caf",
        AP,
        "gars en scooter, a laissé son casque sur le comptoir lol. [[PERSONNE:Dylan]], {{22 ans}}, "
        "demande la {{prime d'activité}}, il bosse en intérim chez {{Amazon}} à {{Metz}}. Mail "
        "donné : [[EMAIL:dylan.schmitt57 [at] laposte.net]]. L'agent lui dit de faire la simu sur "
        "le site. Il répond « g pa de forfait ».",
    ),
    (
        "caf",
        AP,
        "{{Les Abymes}}. Vieux monsieur, Mr [[PERSONNE:Bélénus]], {{82 ans}}, vient pour sa petite-"
        "fille (matricule Caf [[N_ALLOCATAIRE:1 093 552]]). Il répète « an pa sav li, an pa sav li ». L'agente [[PERSONNE:Nadège]] appelle le "
        "neveu [[PERSONNE:Fred]] en haut-parleur, qui dicte le RIB {{BRED}} : "
        "[[IBAN:FR76 1010 7005 1081 5815 4097 905]]. Tout le monde écoute dans la salle...",
    ),
    (
        "caf",
        AP,
        "{{Paris 19e}}. L'écran d'accueil affiche « délai de traitement : {{18 jours}} ». "
        "{{25 personnes}} dans la file à {{9h}}. Le vigile connaît la moitié des gens par leur "
        "prénom, il fait le tri avant les agents. Personne ne lit l'affiche sur le {{3949}}.",
    ),
    (
        "caf",
        AP,
        "{{Le Lamentin}}. Mme [[PERSONNE:Ginette Lordinot]] vient pour son petit-fils "
        "[[PERSONNE:Kylian]] : {{AEEH}} suspendue. Dossier {{MDPH}} réf "
        "[[IDENTIFIANT:MDPH972-2023-04518]]. Elle a fait {{3 allers-retours}} depuis {{janvier}}. "
        "L'agente lui donne sa ligne directe, ce qu'elle n'a pas le droit de faire je crois.",
    ),
    (
        "caf",
        AP,
        "{{Lyon 8e}}. Une dame épelle son nom pour l'agent : [[PERSONNE:N-G-U-Y-E-N]], prénom "
        "[[PERSONNE:Thi Lan]]. Il trouve {{14 homonymes}} 😅 alors il demande le dossier : "
        "[[N_ALLOCATAIRE:3310584]]. Changement de situation, séparation. Elle pleure un peu, "
        "il sort une boîte de mouchoirs de son tiroir, visiblement c'est habituel.",
    ),
    # ------------------------------------------------------------ caf / accueil téléphonique
    (
        "caf",
        AT,
        "Plateau tel {{Caf de La Réunion}}. Mr [[PERSONNE:Payet]] appelle de {{Saint-André}} : "
        "« allo, mi apèl pou mon dossié, lé bloké ». Agente [[PERSONNE:Corinne]] demande le num "
        "alloc : [[N_ALLOCATAIRE:1726630]], puis la date de naissance pour vérifier : "
        "[[DATE_NAISSANCE:12 août 1971]]. {{Prime d'activité}} suspendue, il manque la DTR. Appel "
        "de {{9 min}}.",
    ),
    (
        "caf",
        AT,
        "APPEL TENDU. Mr [[PERSONNE:Fabrice Lemoine]] HURLE dès la 1ere seconde, l'agente écarte le "
        "casque. Son numéro s'affiche à l'écran : [[TELEPHONE:06 71 22 48 93]]. Il a reçu une "
        "notif de trop-perçu de {{3 400 €}}. Elle reste calme, reformule, il finit par dire "
        "merci. {{17 minutes}}. Elle souffle après, va boire un verre à la {{fontaine}}.",
    ),
    (
        "caf",
        AT,
        "Appel depuis {{Saint-Laurent-du-Maroni}}. Mr [[PERSONNE:Ramdin]] ([[PERSONNE:Sewdien]] "
        "de son prénom) veut savoir pourquoi son {{RSA}} n'est pas tombé. Il donne son numéro de "
        "sécu, je l'entends dans le casque double : [[NIR:1 92 03 97 311 178 47]]. Né à "
        "{{Saint-Laurent}} en [[DATE_NAISSANCE:92]], « comme tout le monde ici » dit-il. Réseau "
        "qui coupe 2 fois.",
    ),
    (
        "caf",
        AT,
        "Tableau de bord du plateau au mur : {{42 appels}} en attente, temps moyen {{11 min}}, "
        "{{23 agents}} connectés. Le {{3230}} sature le lundi matin. Le superviseur dit que le "
        "mardi c'est « plus calme », je demande à voir.",
    ),
    (
        "caf",
        AT,
        "Guadeloupe. Une dame rappelle pour la 3e fois cette semaine, Mme [[PERSONNE:Marie-Claude "
        "Jalton]]. Elle n'arrive pas à se connecter. L'agent vérifie le mail du compte : "
        "[[EMAIL:mc.jalton971@orange.fr]], il y avait une faute (« [[PERSONNE:jaltom]] »). Elle rit : « ou "
        "vwè, sé pa mwen ki fou ». Réinitialisation faite, {{12 min}}.",
    ),
    (
        "caf",
        AT,
        "{{Brest}}. C'est la fille qui appelle pour sa mère, Mme [[PERSONNE:Le Goff]], {{79 "
        "ans}}, en {{EHPAD}} depuis {{février}}. Question sur l'{{ALS}} en établissement. Pour "
        "le frère qui est au {{RSA}} elle donne même l'identifiant France Travail : "
        "[[ID_FRANCE_TRAVAIL:5138204H]]. L'agent dit qu'il ne peut rien faire sans son accord.",
    ),
    (
        "caf",
        AT,
        "Mr [[PERSONNE:Théodose]] appelle de {{Martinique}} : les {{sargasses}} ont pourri son "
        "frigo et sa télé (gaz), il veut une aide. Pas la Caf, c'est la mairie, l'agente lui "
        "donne le {{CCAS}}. Il vérifie son adresse au passage : [[ADRESSE:12 lotissement Ravine "
        "Vilaine, 97200 Fort-de-France]]. « Zot ka fè mwen pèd tan » 🙃",
    ),
    (
        "caf",
        AT,
        "Appel court ({{2 min}}) : une personne demande les horaires de l'agence de {{Grenoble}}. "
        "L'agente lit la fiche. Puis un autre, pareil. Puis un autre. {{6 appels}} sur {{10}} "
        "c'est des horaires ou « où en est mon dossier ».",
    ),
    (
        "caf",
        AT,
        "{{Le Tampon}}. Une gramoune appelle pour son fils [[PERSONNE:Clency]] qui est « pa "
        "capab » au téléphone. L'agent refuse poliment, il faut que ce soit lui. Elle donne le "
        "portable du fils pour qu'on le rappelle : [[TELEPHONE:+262 692 58 14 30]]. « Ou rappel "
        "ali avan midi, apré li dor ».",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Agnieszka Wiśniewska]], polonaise, appelle pour l'{{AAH}} de son mari. "
        "Elle épelle son mail pour qu'on lui renvoie l'attestation : [[EMAIL:agnieszka.wis "
        "arobase yahoo point fr]]. L'agente répète chaque lettre, {{2 essais}}. Très poli des "
        "deux côtés.",
    ),
    (
        "caf",
        AT,
        "{{Guyane}}. Mme [[PERSONNE:Mai Vang]] appelle de {{Cacao}}, pas de réseau dans le bourg, "
        "elle est montée sur la colline. N° allocataire [[N_ALLOCATAIRE:5520918]]. Question sur "
        "le {{complément familial}}. Elle vend au marché du dimanche, l'agente lui dit qu'elle y "
        "va souvent 😄",
    ),
    (
        "caf",
        AT,
        "Mr [[PERSONNE:Benali]] lit son IBAN au téléphone alors que l'agente lui dit de le "
        "déposer sur l'espace perso : « [[IBAN:FR76 3000 3018 4728 8511 2453 518]] ». Elle ne "
        "l'enregistre pas (procédure), il comprend pas pourquoi on le laisse dicter alors. "
        "Bonne question.",
    ),
    (
        "caf",
        AT,
        "Appel de {{Marie-Galante}}. Mr [[PERSONNE:Anzala]] doit prendre le bateau pour venir à "
        "l'agence, {{1h de traversée}}. L'agente propose un rdv tel. Il donne son fixe en "
        "toutes lettres, doucement : [[TELEPHONE:zéro cinq quatre-vingt-dix, quatre-vingt-dix-"
        "sept, douze, trente, zéro huit]]. Elle note en chiffres.",
    ),
    (
        "caf",
        AT,
        "Silence au bout du fil pendant {{20 secondes}}, puis ça raccroche. L'agent dit que ça "
        "arrive {{10 fois}} par jour : les gens attendent {{25 min}}, s'endorment ou "
        "abandonnent quand ça décroche enfin.",
    ),
    (
        "caf",
        AT,
        "Agent [[PERSONNE:Mickaël]] parle créole direct quand il entend l'accent. Madame "
        "[[PERSONNE:Nativel]] déclare la naissance : « mon marmay la fine né le "
        "[[DATE_NAISSANCE:02/05/2023]] », pas encore reçu la {{prime à la naissance}}. N° alloc : [[N_ALLOCATAIRE:2611094]]. Il lui "
        "explique que c'est versé avant, au {{7e mois}}. Elle dit « pou de vré ? ».",
    ),
    (
        "caf",
        AT,
        "Décès. Mme [[PERSONNE:Monique Dewaele]] appelle pour signaler le décès de son mari "
        "[[PERSONNE:Gérard]] la semaine dernière, à {{Tourcoing}}. Numéro allocataire du couple : [[N_ALLOCATAIRE:0388125]]. L'agente baisse la voix, "
        "prend son temps, ne regarde pas le chrono. {{14 min}}. Après elle me dit : « celles-là "
        "je les garde pour moi ».",
    ),
    # ------------------------------------------------------------- caf / contrôle sur place
    (
        "caf",
        CSP,
        "Contrôle isolement à {{Saint-Louis}} avec le contrôleur [[PERSONNE:Yannick]]. Mme "
        "[[PERSONNE:Valliamé]] (alloc. [[N_ALLOCATAIRE:2930461]]) se déclare seule avec {{2 enfants}}, [[ADRESSE:27 chemin des "
        "Goyaviers, 97450 Saint-Louis]]. Dans la cour, une Clio avec une vieille plaque "
        "[[IMMATRICULATION:847 AFR 974]] et des chaussures d'homme taille {{45}} devant la porte. "
        "Elle dit que c'est à son frère [[PERSONNE:Dimitri]]. Le contrôleur note, ne commente "
        "pas. {{40 min}} sur place.",
    ),
    (
        "caf",
        CSP,
        "{{Rennes}}, {{Le Blosne}}. Contrôle de ressources chez Mme [[PERSONNE:Brigitte Le "
        "Bihan]], [[ADRESSE:8 allée de Finlande, 35200 Rennes]]. Sur l'attestation de la {{Cpam}} "
        "posée sur la table je lis son numéro : [[NIR:2 66 05 35 238 249 52]] (née à "
        "{{Rennes}} en [[DATE_NAISSANCE:mai 1966]], elle me le dit fièrement, « jamais bougé »). "
        "Pension d'invalidité non déclarée, {{8 mois}} de rappel.",
    ),
    (
        "caf",
        CSP,
        "{{Baie-Mahault}}. Contrôle de résidence : Mme [[PERSONNE:Cornélie Dorville]] doit "
        "prouver qu'elle vit en {{Guadeloupe}} plus de {{6 mois}} par an. Le contrôleur feuillette "
        "son passeport, n° [[IDENTIFIANT:21GT48930]], tampons de {{Paris}} et de {{Montréal}}. "
        "Elle montre ses factures {{EDF}}, son carnet de la {{PMI}}. Ambiance tendue mais polie.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur m'explique en voiture : contrôle annoncé par courrier {{8 jours}} avant, "
        "sauf soupçon de fraude. {{1 sur 4}} finit en rappel d'indu, souvent des petites sommes. "
        "Il fait {{5 visites}} par jour max, {{150 km}} dans la journée. Il dit qu'il est "
        "« assistant social malgré lui ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle au {{François}} avec [[PERSONNE:Steeve]], contrôleur depuis {{12 ans}}. Mr "
        "[[PERSONNE:Cyrille Nelzy]] a déclaré ne pas avoir de voiture, un 4x4 est garé devant : "
        "[[IMMATRICULATION:GH-512-PK]]. C'est celle de sa sœur dit-il. Il sort un relevé "
        "{{Crédit Agricole}} avec son IBAN [[IBAN:FR76 1980 6002 0130 3059 8701 493]], aucun "
        "revenu caché à première vue. [[PERSONNE:Steeve]] me dit : « ici tout le monde se prête les "
        "voitures ».",
    ),
    (
        "caf",
        CSP,
        "{{Lens}}. Mr [[PERSONNE:Grégory Dufour]], auto-entrepreneur VTC, au {{RSA}} (dossier Caf [[N_ALLOCATAIRE:6124083]]). Le contrôleur "
        "demande le chiffre d'affaires {{Uber}}. Son SIRET perso sur la facture : "
        "[[IDENTIFIANT:812 447 905 00016]]. La berline noire [[IMMATRICULATION:FS-208-LM]] est "
        "en leasing. Il gagne « {{900 €}} les bons mois ».",
    ),
    (
        "caf",
        CSP,
        "{{Mayotte}}, contrôle {{CSSM}} (prestations familiales). Mme [[PERSONNE:Moinecha "
        "Soilihi]] habite à {{Koungou}}, [[ADRESSE:case en tôle bleue derrière le terrain de foot "
        "de Mahabourini]]. Pas de numéro, pas de rue, le contrôleur [[PERSONNE:Djanfar]] trouve "
        "en demandant aux enfants. {{7 personnes}} dans {{2 pièces}}. Pas d'eau depuis "
        "{{3 jours}} (tours d'eau).",
    ),
    (
        "caf",
        CSP,
        "{{Bordeaux}}, {{Bacalan}}. Logement {{T3}}, {{4 personnes}} déclarées, on voit "
        "{{6 brosses à dents}}. La contrôleuse ne dit rien sur le moment. Dans la voiture elle "
        "m'explique que ça ne prouve rien, que les cousins passent. Elle écrira « sans "
        "anomalie ».",
    ),
    (
        "caf",
        CSP,
        "{{Saint-Benoît}}, contrôle décence pour l'{{APL}}. Locataire : [[PERSONNE:Noéline "
        "Boyer]], [[ADRESSE:5 impasse des Letchis, Bras-Fusil, 97470 Saint-Benoît]]. Moisissures "
        "partout, la pluie de l'Est. Le propriétaire, Mr [[PERSONNE:Lebon]], « i répon pa » au "
        "téléphone. Le contrôleur prend {{18 photos}}.",
    ),
    (
        "caf",
        CSP,
        "{{Clermont-Ferrand}}. Mme [[PERSONNE:Fernandes]], {{71 ans}}, a une petite retraite du "
        "{{Portugal}} versée sur un compte là-bas : [[IBAN:PT50 0035 0697 6749 9962 0395 7]]. Elle "
        "pensait que ça ne comptait pas. Le contrôleur est gentil mais c'est un rappel quand "
        "même. Elle nous sert des pastéis de nata.",
    ),
    (
        "caf",
        CSP,
        "{{Matoury}}, {{Cogneau-Lamirande}}. Mr [[PERSONNE:Jean-Robert Célestin]], haïtien, "
        "titre de séjour en cours de renouvellement, AGDREF [[IDENTIFIANT:9731048822]]. Il "
        "montre le récépissé plastifié. N° allocataire [[N_ALLOCATAIRE:0711529]]. {{4 enfants}}, dont {{2}} scolarisés à {{Cayenne}}. "
        "La contrôleuse parle créole haïtien avec lui, je comprends à moitié.",
    ),
    (
        "caf",
        CSP,
        "{{Montreuil}}. Colocation déclarée : sur la boîte aux lettres {{3 noms}} scotchés, "
        "[[PERSONNE:Diop]] / [[PERSONNE:Kowalczyk]] / [[PERSONNE:Ferhat]]. Seule "
        "Mlle [[PERSONNE:Kowalczyk]] est là. Elle montre les {{3 baux}} séparés. Vérif ok en "
        "{{15 min}}.",
    ),
    (
        "caf",
        CSP,
        "{{Le Moule}}. Mr [[PERSONNE:Lubin]], pêcheur, déclare {{0 €}} de revenus. Sa page "
        "{{Facebook}} [[IDENTIFIANT:@lubinpeche971]] affiche « vivaneau frais, livraison "
        "{{Le Moule}} / {{Saint-François}} ». Le contrôleur lui montre sur son téléphone. Il rit "
        "jaune : « sé pou fè manjé an kaz la ».",
    ),
    (
        "caf",
        CSP,
        "{{Nancy}}. À la fin, le monsieur demande le nom de la contrôleuse, elle le donne sans "
        "hésiter : [[PERSONNE:Aurélie Fischer]], et sa ligne pro [[TELEPHONE:03 83 41 27 90]]. "
        "Elle me dit qu'elle préfère, « ça évite qu'ils appellent le {{3230}} pour rien ».",
    ),
    # --------------------------------------------------------------- cpam / accueil physique
    (
        "cpam",
        AP,
        "{{CSSM}}, {{Mamoudzou}} (ici pas de Cpam, c'est la caisse de {{Mayotte}}). Mme "
        "[[PERSONNE:Faïza Attoumani]] a perdu sa {{carte Vitale}}. L'agent lit le numéro sur "
        "l'attestation froissée : [[NIR:294079761112735]]. Née à {{Mamoudzou}} en "
        "[[DATE_NAISSANCE:juillet 94]]. Nouvelle carte commandée, délai « {{3 semaines}}, "
        "peut-être {{2 mois}} » avec l'avion. Elle hausse les épaules.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Adrien Moreau]], {{58 ans}}, veut comprendre son décompte. Il a sa carte "
        "de mutuelle {{Harmonie}} n° [[IDENTIFIANT:0045871236]], l'agente lui montre que la "
        "{{Cpam}} a payé {{70 %}} et que le reste c'est la mutuelle. Il dit « c'est écrit en "
        "chinois votre truc ». Elle est d'accord.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Basse-Terre}}. Mme [[PERSONNE:Hippocrate]] (oui, comme le serment "
        "d'{{Hippocrate}}, elle fait la blague elle-même) vient pour un remboursement de "
        "kiné. L'agent [[PERSONNE:Wilfried]] la connaît, ils sont du même quartier, "
        "{{Rivière-Sens}}. Ils parlent créole, le dossier est fait en {{5 min}}.",
    ),
    (
        "cpam",
        AP,
        "Borne {{Ameli}} à l'entrée : {{2}} sur {{3}} en panne. Les gens font la queue devant la "
        "seule qui marche. Attente {{35 min}}. Questions du matin : {{C2S}}, {{carte Vitale}}, "
        "arrêts maladie pas payés. Une affiche « {{Mon espace santé}} » que personne ne regarde.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS Martinique}}, {{Fort-de-France}}. Mr [[PERSONNE:Rodolphe Éloi]], {{67 ans}}, crée "
        "son compte {{Ameli}} avec l'agente. Adresse mail : [[EMAIL:rodolphe.eloi@wanadoo.fr]] "
        "(wanadoo encore 😂). Le code arrive par SMS sur son vieux {{Nokia}}, il lit chiffre par "
        "chiffre en créole pour rire.",
    ),
    (
        "cpam",
        AP,
        "Demande d'{{AME}}. Mme [[PERSONNE:Mariam Keïta]], malienne, passeport n° "
        "[[IDENTIFIANT:B1847263]]. Il manque la preuve de présence de plus de {{3 mois}}. Elle "
        "a une ordonnance de l'{{hôpital Avicenne}} de {{novembre}} : ça passe. L'agente est "
        "contente pour elle, ça se voit.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Saint-Leu}}. Mr [[PERSONNE:Jean-Claude Ah-Kiem]], indemnités journalières "
        "pas versées depuis {{6 semaines}}. L'employeur ({{Leclerc}}) n'a pas envoyé "
        "l'attestation. L'agente note son portable pour le rappel : [[TELEPHONE:0693 14 62 "
        "80]]. Il est boucher, il montre sa main bandée.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Haddad]] vient faire rattacher ses enfants [[PERSONNE:Lina]] et "
        "[[PERSONNE:Adam]] à sa carte après la séparation. Le père a encore les cartes Vitale. "
        "L'agent: « madame, on peut faire sans ». Soulagement. {{10 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{Kourou}}. Mme [[PERSONNE:Tiouka]], kali'na, est venue d'{{Awala-Yalimapo}} pour un "
        "remboursement de transport : son fils est suivi à {{Cayenne}}, {{3h}} de route chaque "
        "fois. L'agente [[PERSONNE:Maëva]] remplit le formulaire avec elle. {{2 heures}} en "
        "tout.",
    ),
    (
        "cpam",
        AP,
        "L'accueil ferme à {{12h30}} pile. À {{12h25}} il reste {{8 personnes}}. L'agent de "
        "sécurité commence à dire « revenez cet aprèm ». Les agents prennent quand même les "
        "{{8}}, ils mangeront à {{13h15}}.",
    ),
    (
        "cpam",
        AP,
        "{{Le Marin}}. Mme [[PERSONNE:Rose-Hélène Adélaïde]] demande une attestation de droits "
        "pour un voyage à {{Paris}}. L'agente vérifie sa date de naissance : "
        "[[DATE_NAISSANCE:14/09/1957]]. Elle part voir sa fille pour la {{Toussaint}}, elle est "
        "toute contente, elle montre la photo des petits-enfants à tout le monde.",
    ),
    (
        "cpam",
        AP,
        "{{Lyon}}, {{Vaulx-en-Velin}}. Mr [[PERSONNE:Hamidou Ba]] veut être remboursé sur un "
        "nouveau compte. RIB {{BNP}} : [[IBAN:FR76 3000 4008 2381 1807 4137 857]]. L'agente "
        "scanne, il demande « ça va arriver quand ». « Sous {{15 jours}} ». Il fait la moue.",
    ),
    (
        "cpam",
        AP,
        "{{Capesterre-Belle-Eau}}. Mr [[PERSONNE:Séraphin]], diabétique, {{ALD}} pas renouvelée. "
        "L'agente [[PERSONNE:Lydia]] appelle le médecin traitant direct devant lui. Le docteur "
        "répond ! [[PERSONNE:Lydia]] me dit : « ici on se connaît, ça aide ».",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Krasniqi]], {{Kosovo}}, vient avec son titre de séjour n° "
        "[[IDENTIFIANT:7502198436]] pour ouvrir ses droits. Son mari [[PERSONNE:Arben]] "
        "traduit. Il manque l'avis d'imposition. L'agente donne une liste écrite à la main, "
        "bien lisible.",
    ),
    (
        "cpam",
        AP,
        "{{Le Port}}. Mr [[PERSONNE:Vincent Moutoussamy]] attend depuis {{1h}} pour une feuille "
        "de soins papier. L'agente, [[PERSONNE:Sylvie Ah-Hot]], s'excuse : « néna in sel "
        "imprimant i marche ». Il rit, il dit qu'il a le temps, il est en retraite.",
    ),
    (
        "cpam",
        AP,
        "Un jeune étudiant veut sa {{carte Vitale}} « tout de suite » pour le médecin de "
        "{{14h}}. L'agent explique : appli {{carte Vitale}}, attestation papier, {{feuille de "
        "soins}}. Il repart avec l'attestation, content. {{4 min}} chrono.",
    ),
    # ----------------------------------------------------------- cpam / accueil téléphonique
    (
        "cpam",
        AT,
        "{{Marseille}}. Mme [[PERSONNE:Sabrina Amrani]] appelle pour un remboursement de "
        "lunettes. L'agente demande le numéro de sécu, elle le dicte : [[NIR:2 85 12 13 205 471 "
        "13]], puis la date : « le [[DATE_NAISSANCE:4 décembre 85]] ». Elle appelle depuis sa "
        "pause au boulot, {{10 min}} max. On tient en {{8}}.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS Guadeloupe}}. Mr [[PERSONNE:Gérard Nestoret]], né le "
        "[[DATE_NAISSANCE:28/11/1962]] à {{Pointe-à-Pitre}}, veut son relevé de carrière (il "
        "confond avec la retraite). Il donne son numéro de sécu d'une traite : "
        "[[NIR:1621197120318 57]]. L'agent le renvoie vers la {{CGSS}} retraite et note un "
        "rappel au [[TELEPHONE:0690 55 12 84]].",
    ),
    (
        "cpam",
        AT,
        "Double écoute au {{3646}}. Musique d'attente = {{Vivaldi}} en boucle. L'agente dit "
        "qu'elle ne l'entend plus. Les gens arrivent énervés après {{20 min}} d'attente, elle "
        "commence toujours par « je suis désolée pour l'attente », ça désamorce {{1 fois sur "
        "2}}.",
    ),
    (
        "cpam",
        AT,
        "{{La Réunion}}, épidémie de dengue. Mme [[PERSONNE:Sandrine Lauret]], aide à domicile, "
        "arrêt de {{5 jours}}, rien reçu. Elle veut qu'on lui envoie le décompte par mail : "
        "[[EMAIL:lauret.sandrine974@hotmail.fr]]. L'agente lui dit de passer par {{Ameli}}. "
        "« Ameli la pa koné mwin ».",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Olivier Garnier]] appelle de sa chambre d'hôpital, la voix fatiguée. "
        "Il donne son année de naissance, [[DATE_NAISSANCE:1961]], puis se trompe de nom de "
        "clinique. L'agente ralentit, répète. Il veut savoir si l'ambulance est prise en charge. "
        "Oui, avec le bon de transport.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Bellay]] appelle du {{Morne-Rouge}} : analyse de sang pour la "
        "{{chlordécone}} gratuite ou pas ? L'agent sait pas, demande à sa collègue "
        "[[PERSONNE:Laetitia]], qui sait. Mutuelle de la dame : n° adhérent {{MGEN}} "
        "[[IDENTIFIANT:1 874 552 903]] (elle lit tout, même le nom de la mutuelle).",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Yann Kerbrat]], de {{Quimper}}, veut recevoir son attestation. Il dicte "
        "son mail façon anti-spam : [[EMAIL:yann.kerbrat (arobase) free (point) fr]]. L'agente "
        "rigole, tape en vrai. Il précise « {{free}} comme l'opérateur ».",
    ),
    (
        "cpam",
        AT,
        "Appel de {{Maripasoula}}. Mr [[PERSONNE:Aboikoni]] a été évasané à {{Cayenne}} en "
        "hélico, maintenant il doit rentrer et ne sait pas qui paie la pirogue. Son petit-fils "
        "[[PERSONNE:Kenny]] traduit du ndjuka. Numéro pour rappel : [[TELEPHONE:+594 694 40 18 "
        "22]]. L'agente ne sait pas, elle promet de rappeler. Elle le fera ? je demande. Oui.",
    ),
    (
        "cpam",
        AT,
        "{{7 appels}} en {{1h}}. Arrêts maladie {{x3}}, {{carte Vitale}} {{x2}}, une question "
        "sur le {{tiers payant}}, un faux numéro (quelqu'un qui cherchait la {{SNCF}}).",
    ),
    (
        "cpam",
        AT,
        "{{CSSM}}. Mr [[PERSONNE:M'Madi Ousséni]], de {{Sada}}, né en [[DATE_NAISSANCE:1987]], "
        "appelle pour son affiliation. Il parle shimaoré, l'agent [[PERSONNE:Bacar]] répond "
        "pareil puis me résume : il a changé d'employeur, les droits ont sauté. « Marahaba » à la "
        "fin.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Chantal Roux]] appelle pour la {{4e}} fois : son arrêt n'est toujours pas "
        "payé. L'agente voit que l'employeur a envoyé l'attestation avec une erreur de date. "
        "Elle promet un rappel au [[TELEPHONE:07 82 19 55 03]] sous {{48h}}. Mme "
        "[[PERSONNE:Roux]] : « vous dites tous ça ».",
    ),
    (
        "cpam",
        AT,
        "{{Sainte-Suzanne}}. Mr [[PERSONNE:Clain]], coupeur de cannes, s'est ouvert le pied "
        "pendant la {{campagne sucrière}}. Dossier accident du travail n° "
        "[[IDENTIFIANT:AT-974-2024-01877]]. L'usine de {{Bois-Rouge}} a déclaré en retard. Il "
        "s'inquiète pour la saison prochaine.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Nadia Cherif]] appelle pour son père, [[PERSONNE:Ahmed Cherif]], né le "
        "[[DATE_NAISSANCE:1er janvier 1950]] (« comme tous les vieux d'{{Algérie}} » dit-elle). Il ne "
        "reçoit plus ses remboursements depuis son retour de {{Oran}}. L'agente explique la "
        "condition de résidence.",
    ),
    (
        "cpam",
        AT,
        "{{Pointe-à-Pitre}}, semaine du {{Carnaval}}, plateau à moitié vide. Mme "
        "[[PERSONNE:Mérentier]] appelle pour savoir si l'agence est ouverte le {{mardi gras}}. "
        "L'agente [[PERSONNE:Cindy]] : « non madame, nou ké an vidé ! » 🎭",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Petit]] a un petit souci : le remboursement est parti sur son ancien "
        "compte. Nouveau RIB {{LCL}} qu'il lit : [[IBAN:FR76 3000 2056 1210 1303 8930 609]]. "
        "L'agent le redirige vers l'espace {{Ameli}} pour le déposer, « c'est plus sûr ».",
    ),
    # ------------------------------------------------------------ cpam / contrôle sur place
    (
        "cpam",
        CSP,
        "{{Ajaccio}}. Contrôle d'arrêt de travail chez Mme [[PERSONNE:Paola Santoni]], "
        "[[ADRESSE:12 cours Grandval, 20000 Ajaccio]]. Absente à {{10h15}}, alors que les "
        "sorties sont interdites le matin. L'agente relit l'avis d'arrêt dans la voiture, le "
        "numéro de sécu est dessus : [[NIR:2 71 08 2A 004 163 21]]. Elle laisse un avis de "
        "passage. Retour à {{11h}} : la dame revient de la pharmacie, sac à la main. Justifié.",
    ),
    (
        "cpam",
        CSP,
        "{{Le Tampon}}, contrôle d'arrêt. Mr [[PERSONNE:Jean-Marc Hoareau]], "
        "[[ADRESSE:42 rue Hubert Delisle, 97430 Le Tampon]], est dans son jardin à arroser les "
        "bringelles. « Mi lé malad, mé mi pé arroz kan mèm ! ». L'agent vérifie l'identité "
        "sur l'arrêt, n° [[NIR:1 80 07 97 422 290 70]]. Lombalgie, arrosage autorisé, on rit.",
    ),
    (
        "cpam",
        CSP,
        "Personne au domicile à {{14h20}}. Heures de présence obligatoires {{14h-16h}}. L'agent "
        "sonne {{3 fois}}, laisse l'avis de passage dans la boîte, photographie la porte. "
        "Il me dit que {{1 fois sur 3}} c'est comme ça, et que la plupart ont une vraie raison.",
    ),
    (
        "cpam",
        CSP,
        "{{Saint-Georges-de-l'Oyapock}}. Enquête de résidence pour la {{C2S}}. Mme "
        "[[PERSONNE:Maria da Conceição Souza]] dit vivre ici, les voisins disent qu'elle "
        "dort de l'autre côté du fleuve, à {{Oiapoque}}. Elle donne son numéro brésilien : "
        "[[TELEPHONE:+55 96 99124 3381]]. L'agente [[PERSONNE:Annabelle]] soupire : « ici la "
        "frontière c'est une pirogue de {{10 min}} ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt : Mr [[PERSONNE:Kevin Lambert]] n'est pas chez lui. On le trouve à "
        "{{200 m}}, au {{Garage Lambert Frères}}, en bleu de travail, les mains dans un moteur. "
        "« C'est mon frère, je l'aide, je suis pas payé ». L'agente [[PERSONNE:Nathalie]] écrit "
        "son rapport sur le capot.",
    ),
    (
        "cpam",
        CSP,
        "{{Schœlcher}}. Mme [[PERSONNE:Ursule Mathurin]], [[ADRESSE:7 route de la Batelière, "
        "97233 Schœlcher]]. Personne ne répond à l'interphone. La voisine au balcon : « i pa "
        "la, i désann lavil pou doktè-a ». L'agent la croit, il laisse l'avis.",
    ),
    (
        "cpam",
        CSP,
        "L'enquêteur m'explique : on ne rentre jamais chez les gens sans qu'ils invitent, on "
        "reste sur le pas de la porte. {{2 visites}} ratées = convocation. Il fait ça depuis "
        "{{19 ans}}, il a connu {{4 directeurs}}.",
    ),
    (
        "cpam",
        CSP,
        "{{Deshaies}}. Mr [[PERSONNE:Ludovic Jean-Baptiste]], en arrêt pour le dos, est en train "
        "de charger des planches dans un pick-up [[IMMATRICULATION:FX-873-QB]]. Il jure que c'est "
        "son cousin qui porte. Le cousin n'est pas là. L'agente [[PERSONNE:Murielle]] note "
        "tout, très neutre.",
    ),
    # --------------------------------------------------------------- ccas / accueil physique
    (
        "ccas",
        AP,
        "{{CCAS de Saint-Denis}}. Mme [[PERSONNE:Lucie Ramassamy]], {{63 ans}}, veuve, demande un "
        "bon alimentaire. Elle donne son adresse pour le dossier : [[ADRESSE:18 rue du Maréchal "
        "Leclerc, 97400 Saint-Denis]]. Elle vit avec {{450 €}} par mois. L'agente "
        "[[PERSONNE:Valérie]] remplit, tamponne, lui donne {{2 bons}} de {{30 €}} pour le "
        "{{Leader Price}} d'à côté.",
    ),
    (
        "ccas",
        AP,
        "{{Roubaix}}. Domiciliation : Mr [[PERSONNE:Sébastien Leroy]], à la rue depuis "
        "{{l'hiver}}, vient chercher son courrier. {{3 lettres}}, dont une de {{France "
        "Travail}}. L'agent lui lit à voix haute. Il laisse un numéro au cas où : "
        "[[TELEPHONE:06 18 74 33 21]], « mais la batterie elle tient pas ».",
    ),
    (
        "ccas",
        AP,
        "{{Baie-Mahault}}, coupures d'eau depuis {{5 jours}}. Mme [[PERSONNE:Dorothée Caprice]] "
        "ne peut pas payer sa facture d'eau n° [[IDENTIFIANT:F-2024-0088731]] ({{212 €}} pour de "
        "l'eau qui ne coule pas !). L'agent : « ce n'est pas un {{caprice}}, madame a raison ». "
        "Aide accordée sur le fonds d'urgence.",
    ),
    (
        "ccas",
        AP,
        "Épicerie sociale du {{CCAS}} : les produits sont à {{10 %}} du prix. {{12 familles}} "
        "passent le mardi matin. Les bénévoles sont des retraités, l'agente coordonne. Il manque "
        "toujours les couches et l'huile. Les {{Restos du Cœur}} dépannent.",
    ),
    (
        "ccas",
        AP,
        "{{Fort-de-France}}, {{Terres-Sainville}}. Mr [[PERSONNE:Alfred Cyrille]], {{78 ans}}, "
        "facture {{EDF}} de {{340 €}} à cause du ventilo et du frigo. Réf client EDF "
        "[[IDENTIFIANT:6001 284 517]]. L'agente appelle {{EDF}} devant lui, obtient un "
        "échéancier en {{4 fois}}. Il lui baise la main, elle rougit.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Jacqueline Bertin]], {{84 ans}}, vient seule avec sa canne pour un "
        "dossier {{APA}}. L'agente vérifie la date de naissance sur sa carte d'identité : "
        "[[DATE_NAISSANCE:17 mars 1940]]. Elle raconte la guerre, l'agente écoute {{10 min}} "
        "sans regarder l'heure. Dossier en {{20}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Mamoudzou}}. Mme [[PERSONNE:Mariama Houmadi]], {{4 enfants}}, arrivée "
        "d'{{Anjouan}} en {{2009}}. Son titre de séjour (territorialisé, valable à {{Mayotte}} "
        "seulement) n° [[IDENTIFIANT:9760123457]] expire dans {{1 mois}}. L'agent "
        "[[PERSONNE:Chamsidine]] lui dit d'aller vite à la préfecture. Elle rit : « la file "
        "de la préfecture c'est {{3 jours}} ».",
    ),
    (
        "ccas",
        AP,
        "{{Nice}}. Mr [[PERSONNE:Giuseppe Conti]], {{76 ans}}, veut le portage de repas. Il parle "
        "italien, français et niçois dans la même phrase. L'agente, Mme [[PERSONNE:Ricci]], "
        "répond en italien. Inscription faite, premier repas {{jeudi}}.",
    ),
    (
        "ccas",
        AP,
        "{{Saint-Laurent-du-Maroni}}. Mme [[PERSONNE:Yolande Doudou]] (c'est son vrai nom) "
        "appelle l'agent « {{doudou}} » à chaque phrase, ça le fait rire. Elle demande une aide "
        "pour la cantine de ses {{3 enfants}}. Dossier complet, passage en commission "
        "{{jeudi}}.",
    ),
    (
        "ccas",
        AP,
        "Petit {{CCAS}} de village ({{1 800 habitants}}). Une seule agente, à mi-temps. Le "
        "maire passe dire bonjour. Elle connaît toutes les familles, elle dit que c'est une "
        "force et un problème : « ils n'osent pas venir, on se croise à la boulangerie ».",
    ),
    (
        "ccas",
        AP,
        "{{Saint-Joseph}}. Mr [[PERSONNE:Patrice Dijoux]] a besoin d'un transport pour ses "
        "dialyses à {{Saint-Pierre}}. Sa fille [[PERSONNE:Émilie]] l'accompagne, elle laisse "
        "son mail pour les papiers : [[EMAIL:emilie.dijoux97480@gmail.com]]. « Papa i koné pa "
        "lordinatèr ».",
    ),
    (
        "ccas",
        AP,
        "{{Saint-Étienne}}. Mme [[PERSONNE:Samia Boudjemaa]] demande une aide facultative pour "
        "un retard de loyer. L'agente vérifie l'{{APL}} avec son numéro Caf, [[N_ALLOCATAIRE:3845107]]. Réf locataire [[IDENTIFIANT:0098-44712]] chez le bailleur. "
        "{{2 mois}} de retard, {{780 €}}. L'agente monte le dossier pour la commission du "
        "{{15}}.",
    ),
    (
        "ccas",
        AP,
        "{{Le Gosier}}. Mme [[PERSONNE:Solange Beaubrun]] a perdu son toit pendant l'ouragan "
        "{{Fiona}}, elle vit chez sa sœur depuis. Elle demande une domiciliation au {{CCAS}}. "
        "L'agent [[PERSONNE:Jimmy]] lui explique, elle dit « an ké sonjé sa » et repart avec "
        "le formulaire.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Thierry]], que tout le monde appelle « [[PERSONNE:Titi]] », passe comme "
        "chaque matin prendre un café au {{CCAS}}. Il n'a rien à demander, il vient parler. "
        "L'agente dit que c'est aussi ça le boulot.",
    ),
    (
        "ccas",
        AP,
        "{{Le Robert}}. Mme [[PERSONNE:Robert]] (oui, du {{Robert}}, les collègues la "
        "taquinent) vient pour une aide aux obsèques de son mari. L'agente [[PERSONNE:Sonia]] "
        "lui tient la main pendant qu'elle remplit. {{1 200 €}} accordés, le reste à sa charge.",
    ),
    (
        "ccas",
        AP,
        "Atelier numérique du {{CCAS}} : {{6 personnes}}, moyenne d'âge {{70 ans}}. Thème du "
        "jour : créer une adresse mail. Un monsieur demande si « arobase » c'est une marque. "
        "La conseillère numérique est patiente, très.",
    ),
    # ----------------------------------------------------------- ccas / accueil téléphonique
    (
        "ccas",
        AT,
        "Mr [[PERSONNE:Auguste Mounien]] appelle pour la téléassistance. L'agente lui demande "
        "son numéro de sécu pour le dossier, il le lit sur sa carte : [[NIR:1 48 06 97 213 095 "
        "36]]. « Mwen sé an nèg {{Lamentin}}, fèt an [[DATE_NAISSANCE:48]] ». Il a {{76 ans}}, "
        "il est tombé {{2 fois}} ce mois-ci.",
    ),
    (
        "ccas",
        AT,
        "{{Lille}}, {{Wazemmes}}. Mme [[PERSONNE:Fatou Ndiaye]] appelle pour sa voisine âgée qui "
        "n'ouvre plus. Elle donne son numéro en mélangeant : [[TELEPHONE:zéro six, 45, 12, 88, "
        "07]]. L'agente déclenche une visite. {{5 min}} d'appel, très efficace.",
    ),
    (
        "ccas",
        AT,
        "Alerte orange cyclone à {{Saint-Paul}}. Le {{CCAS}} appelle les personnes du registre "
        "des personnes fragiles. Mme [[PERSONNE:Marie-Thérèse Fontaine]], {{La Saline}}, "
        "{{88 ans}} : « la {{fontaine}} lé sèk, mé mi na in bidon ». L'agent note : eau ok, "
        "médicaments ok, voisin présent. {{40 appels}} à faire avant {{16h}}.",
    ),
    (
        "ccas",
        AT,
        "Standard du {{CCAS}} : {{60 appels}} par jour environ. Moitié pour le {{RSA}} (pas le "
        "bon guichet), un quart pour la domiciliation, le reste « divers ». L'agent a un "
        "classeur de numéros utiles, il le connaît par cœur.",
    ),
    (
        "ccas",
        AT,
        "{{Guadeloupe}}. L'agente rappelle Mr [[PERSONNE:Pancrate]] pour l'aide à l'achat de "
        "bouteilles d'eau. Il veut la notification par mail : [[EMAIL:jp.pancrate@outlook.fr]]. "
        "Elle lui dit « an voyé sa ba'w jodi-a ». {{3 min}}.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Odile Marchal]] appelle pour son fils [[PERSONNE:Romain]], né en "
        "[[DATE_NAISSANCE:juin 92]], handicapé, qui vit chez elle. Elle a peur pour « après "
        "moi ». L'agente lui parle de l'{{UDAF}} et de la {{MDPH}}. {{25 min}}.",
    ),
    (
        "ccas",
        AT,
        "{{Cayenne}}. Le gérant du {{Libre-Service Wong}} appelle : un vieux monsieur dort "
        "devant le rideau depuis {{3 nuits}}. Tout le monde l'appelle tonton "
        "[[PERSONNE:Méo]]. L'agente connaît : « ah oui, [[PERSONNE:Méo]] ! ». Elle envoie "
        "la maraude.",
    ),
    (
        "ccas",
        AT,
        "{{Bordeaux}}. Mr [[PERSONNE:Laurent Vidal]] demande une visite pour l'adaptation de sa "
        "salle de bain. Il épelle son adresse : [[ADRESSE:23 cours de la Somme, 33800 "
        "Bordeaux]]. L'agente prend rdv pour le {{mardi 14}}.",
    ),
    (
        "ccas",
        AT,
        "{{Petite-Terre}}. Une institutrice de {{Labattoir}} appelle : l'élève "
        "[[PERSONNE:Nassim]], {{8 ans}}, vient sans manger depuis {{1 semaine}}. La mère, Mme "
        "[[PERSONNE:Bacar]], ne répond plus. L'agent de {{Dzaoudzi}} promet de passer demain.",
    ),
    (
        "ccas",
        AT,
        "Appel d'un monsieur qui veut « parler au maire ». L'agent explique gentiment que non. "
        "Le monsieur raccroche. Rappelle {{10 min}} plus tard. Même chose. L'agent : « il "
        "rappelle tous les jeudis ».",
    ),
    (
        "ccas",
        AT,
        "{{Sainte-Marie}}. Mr [[PERSONNE:Nourry]] appelle : facture d'eau {{Cise Réunion}} "
        "impayée, réf client [[IDENTIFIANT:CR-00741259]]. Coupure prévue {{vendredi}}. L'agente "
        "appelle la {{Cise}} en direct, obtient un report. Mr [[PERSONNE:Nourry]] : « ou lé "
        "gayar ou ».",
    ),
    (
        "ccas",
        AT,
        "Transport solidaire : Mme [[PERSONNE:Hélène Da Costa]] appelle pour confirmer son rdv à "
        "l'{{hôpital}}. Le bénévole viendra avec sa Twingo grise [[IMMATRICULATION:EK-417-TZ]]. "
        "Elle note la plaque « pour être sûre que c'est le bon ».",
    ),
    # ------------------------------------------------------------ ccas / contrôle sur place
    (
        "ccas",
        CSP,
        "Visite à domicile à {{Saint-André}} avec l'assistante sociale [[PERSONNE:Karine]]. Mr "
        "[[PERSONNE:Soupramanien]], {{81 ans}}, [[ADRESSE:9 chemin Champ-Borne, 97440 "
        "Saint-André]]. Case en bois sous tôle, propre, un petit {{temple}} dans la cour. Il "
        "refuse l'aide ménagère : « mi fé tout seul ». Sa fille passe le soir.",
    ),
    (
        "ccas",
        CSP,
        "{{Limoges}}. Évaluation pour une aide ménagère chez Mme [[PERSONNE:Germaine Faure]], "
        "née en [[DATE_NAISSANCE:1932]]. Elle nous fait visiter toute la maison, montre les "
        "photos de son mari. Le frigo est presque vide. L'évaluatrice note sans rien dire "
        "devant elle.",
    ),
    (
        "ccas",
        CSP,
        "{{Pointe-Noire}}, après le glissement de terrain. Mme [[PERSONNE:Marie-Line Nicolo]], "
        "[[ADRESSE:12 route de Caféière, 97116 Pointe-Noire]]. Une fissure traverse le salon. "
        "Elle ne veut pas partir : « sé kaz a manman mwen ». L'agent parle de relogement "
        "provisoire, elle refuse poliment.",
    ),
    (
        "ccas",
        CSP,
        "Visite insalubrité avec le service d'hygiène. Champignons au plafond, {{3 enfants}} "
        "dans une chambre de {{9 m²}}. Le propriétaire ne répond pas. L'agente prend des photos "
        "et des mesures d'humidité : {{85 %}}.",
    ),
    (
        "ccas",
        CSP,
        "{{Kawéni}}. Visite après les démolitions de l'opération {{Wuambushu}}. La famille "
        "[[PERSONNE:Abdallah]] ({{9 personnes}}) a été relogée {{3 nuits}} en hébergement "
        "d'urgence puis plus rien. Ils sont chez un oncle à {{Majicavo}}. L'agent "
        "[[PERSONNE:Ridjali]] note, il dit qu'il en a {{40}} comme ça.",
    ),
    (
        "ccas",
        CSP,
        "{{Mulhouse}}. Visite chez Mr [[PERSONNE:Mehmet Aydın]] pour un logement indigne. Le "
        "propriétaire arrive pendant la visite en Mercedes [[IMMATRICULATION:DK-551-HR]], "
        "s'énerve. L'agente reste calme, lui laisse sa carte. Mr [[PERSONNE:Aydın]] donne son "
        "mail pour la suite : [[EMAIL:m.aydin68@gmail.com]].",
    ),
    (
        "ccas",
        CSP,
        "{{Sainte-Luce}}. Mme [[PERSONNE:Léonie Thélus]], {{90 ans}}, demande une aide pour "
        "refaire son toit avant la saison cyclonique. Elle sort son relevé bancaire pour "
        "prouver ses ressources, IBAN [[IBAN:FR76 1287 9000 1734 0966 7107 475]]. {{620 €}} "
        "de retraite. Elle nous offre du jus de maracudja.",
    ),
    (
        "ccas",
        CSP,
        "Le {{CCAS}} fait des visites « de courtoisie » aux plus de {{80 ans}} isolés pendant la "
        "canicule. Aujourd'hui {{12 visites}}, {{2}} personnes absentes, {{1}} hospitalisée "
        "qu'on ne savait pas. L'agente appelle l'hôpital depuis la voiture.",
    ),
    (
        "ccas",
        CSP,
        "{{Macouria}}, {{Soula}}. Mr [[PERSONNE:Edson Pereira]], ancien orpailleur brésilien, "
        "vit dans un carbet. Un vieux pick-up avec une plaque du {{Brésil}} "
        "[[IMMATRICULATION:QNA3F87]]. Il donne un numéro guyanais : [[TELEPHONE:0694 31 77 "
        "05]]. L'agente parle portugais, moi rien.",
    ),
    (
        "ccas",
        CSP,
        "{{Dijon}}. Mme [[PERSONNE:Claire Olivier]] nous reçoit dans son jardin, sous un "
        "{{olivier}} en pot (« forcément » dit-elle). Visite pour le portage de repas. Elle "
        "veut pouvoir choisir son menu. L'agente dit que ça, non.",
    ),
    # ----------------------------------------------------------- urgences / accueil physique
    (
        "urgences",
        AP,
        "{{CHU Félix-Guyon}}, {{Bellepierre}}. Accident de scooter sur la {{route du Littoral}}. "
        "Mr [[PERSONNE:Jean-Paul Maillot]], {{34 ans}}, arrive avec le {{SMUR}}. L'agente "
        "d'admission crée le dossier, IPP [[IDENTIFIANT:P00972418]]. Sa mère arrive {{20 min}} "
        "après, en chaussons, « kosa la arivé mon zanfan ? ».",
    ),
    (
        "urgences",
        AP,
        "{{Lariboisière}}. Mr [[PERSONNE:Ibrahima Camara]], sans carte Vitale, tend sa carte "
        "{{AME}} : n° [[IDENTIFIANT:75 2024 118 304]]. L'agente dit « parfait ». Il a mal au "
        "ventre depuis {{3 jours}}. Tri IAO : {{4}}. Attente estimée {{5h}}.",
    ),
    (
        "urgences",
        AP,
        "{{CHU de Martinique}}, hôpital {{Pierre-Zobda-Quitman}}. Mr [[PERSONNE:Marcel "
        "Lordinot]], douleur thoracique, né à {{Fort-de-France}} en [[DATE_NAISSANCE:janvier "
        "58]]. L'agente lit sa carte Vitale : [[NIR:158019720921152]]. Il passe devant tout le "
        "monde, personne ne râle.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente, {{22h}}. {{31 personnes}}. Écran : « temps d'attente estimé : "
        "{{4h30}} ». Un distributeur de boissons en panne, un de biscuits qui marche. Une "
        "infirmière d'accueil pour tout le monde. Elle ne s'assoit pas de la soirée.",
    ),
    (
        "urgences",
        AP,
        "{{CHU de Pointe-à-Pitre}} (les bâtiments provisoires depuis l'incendie). Petit "
        "[[PERSONNE:Enzo]], né le [[DATE_NAISSANCE:15/03/2019]], mordu au mollet par le chien "
        "du voisin, {{Rex}}. La maman, [[PERSONNE:Nathalie Salin]], veut savoir si le chien a "
        "la rage. L'infirmière la rassure : « pa ni laraj an Guadeloupe ».",
    ),
    (
        "urgences",
        AP,
        "{{Édouard-Herriot}}, {{Lyon}}. Mr [[PERSONNE:Bruno Marchetti]], {{2,1 g}}, accident de "
        "voiture sans gravité. Les policiers donnent la plaque à l'agente pour le dossier : "
        "[[IMMATRICULATION:EY-260-XG]]. Il chante. Tout le monde soupire.",
    ),
    (
        "urgences",
        AP,
        "{{Cayenne}}, hôpital {{Andrée-Rosemon}}. Une jeune femme enceinte arrive de "
        "{{Saint-Georges}} en ambulance, {{2h30}} de piste et de route. [[PERSONNE:Aline "
        "Sabayo]], née le [[DATE_NAISSANCE:2 octobre 2003]]. L'agente lui parle doucement, en "
        "créole puis en portugais, elle répond en français.",
    ),
    (
        "urgences",
        AP,
        "Un habitué, [[PERSONNE:Momo]], {{4e}} passage du mois. L'agent d'accueil le connaît : "
        "« salut [[PERSONNE:Momo]], c'est quoi aujourd'hui ? ». Il a froid, il a faim. Il "
        "repart avec un café et un sandwich, pas de consultation.",
    ),
    (
        "urgences",
        AP,
        "{{CHM}}, {{Mamoudzou}}. La file déborde sur le parking. Mme [[PERSONNE:Anfani Combo]] "
        "avec son bébé [[PERSONNE:Nouriati]] qui a {{40°}}. L'agent [[PERSONNE:Houmadi]] trie en "
        "shimaoré et en kibouchi. Il me dit : « ici les urgences c'est aussi le médecin "
        "traitant ».",
    ),
    (
        "urgences",
        AP,
        "{{Hôpital Nord}}, {{Marseille}}. Mr [[PERSONNE:Rachid Benyahia]] amené par son fils "
        "pour une chute. Le fils laisse son portable : [[TELEPHONE:06 52 90 14 37]]. Il doit "
        "partir bosser, il revient à {{18h}}. L'agente : « on vous appelle s'il y a du nouveau ».",
    ),
    (
        "urgences",
        AP,
        "{{CHU Sud Réunion}}, {{Saint-Pierre}}. Un randonneur de {{Lyon}}, [[PERSONNE:Maxime "
        "Girard]], hélitreuillé par le {{PGHM}} au-dessus de {{Cilaos}}, cheville cassée. Il "
        "laisse son mail pour l'assurance : [[EMAIL:maxime.girard.trail@gmail.com]]. Il dit "
        "qu'il reviendra faire le {{Piton des Neiges}}.",
    ),
    (
        "urgences",
        AP,
        "{{Strasbourg}}. Herr [[PERSONNE:Becker]], allemand, s'est coupé en bricolant chez sa "
        "fille. Sa voiture est garée devant les urgences, plaque allemande "
        "[[IMMATRICULATION:KA-MS 4412]], l'agent de sécurité veut qu'il la déplace. L'agente "
        "traduit en alsacien !",
    ),
    (
        "urgences",
        AP,
        "{{Trinité}}. Petit garçon avec {{39,8°}} depuis {{2 jours}}, suspicion de dengue. "
        "L'IAO [[PERSONNE:Patricia]] pose les questions à la grand-mère, Mme "
        "[[PERSONNE:Adèle]]. « Ou ba'y {{Doliprane}} ? » « Wi ». Tri {{3}}, {{1h}} d'attente.",
    ),
    (
        "urgences",
        AP,
        "{{6h}} du matin, changement d'équipe. Transmissions debout dans le couloir, {{15 min}}. "
        "L'agent d'accueil de nuit me dit qu'il a fait {{112 admissions}}. Il a les yeux "
        "rouges. La relève arrive avec des croissants.",
    ),
    (
        "urgences",
        AP,
        "{{Basse-Terre}}. Mr [[PERSONNE:Hugues Mathurin]], tombé d'un manguier en cueillant les "
        "mangues. Sa femme arrive en courant, elle laisse son numéro : [[TELEPHONE:0690 72 41 "
        "19]]. L'agent rigole un peu : « chaque saison des mangues c'est pareil ».",
    ),
    (
        "urgences",
        AP,
        "{{Pontchaillou}}, {{Rennes}}. Mme [[PERSONNE:Gwenaëlle Le Floch]], née le "
        "[[DATE_NAISSANCE:23/07/1988]], chute à vélo. L'agente lui demande sa mutuelle : "
        "{{MGEN}}, n° [[IDENTIFIANT:2 55 918 744]]. Elle est prof, elle corrige des copies dans la "
        "salle d'attente.",
    ),
    (
        "urgences",
        AP,
        "{{GHER}}, {{Saint-Benoît}}. Mr [[PERSONNE:Fabrice Ethève]], morsure de scolopendre. IPP "
        "[[IDENTIFIANT:2024118437]]. Sa sœur [[PERSONNE:Johanna]] a apporté la bête dans une "
        "boîte de {{Tupperware}} pour qu'on voie. L'infirmière fait un bond.",
    ),
    (
        "urgences",
        AP,
        "Il y a un panneau « violence = plainte systématique » à l'accueil. L'agente me dit "
        "qu'elle s'est fait cracher dessus {{2 fois}} cette année. Elle a porté plainte "
        "{{1 fois}}. Elle aime son boulot quand même, dit-elle.",
    ),
    # ------------------------------------------------------- urgences / accueil téléphonique
    (
        "urgences",
        AT,
        "Standard des urgences, {{CHU de Guadeloupe}}. Une fille appelle pour sa mère, Mme "
        "[[PERSONNE:Josiane Chéry]], amenée cette nuit. Pour prouver qu'elle est de la famille "
        "elle lit la carte Vitale de sa mère : [[NIR:2 69 02 97 101 384 24]], née le "
        "[[DATE_NAISSANCE:11 février 1969]] aux {{Abymes}}. L'agent ne donne rien au téléphone, "
        "« venez avec une pièce ».",
    ),
    (
        "urgences",
        AT,
        "Mr [[PERSONNE:Stéphane Delattre]] rappelle : il est sorti hier, il lui faut un "
        "certificat pour son employeur. Il dicte son numéro de sécu pour qu'on retrouve le "
        "dossier : [[NIR:1751059350512 29]], « né à {{Lille}}, comme mon père ». L'agente "
        "transfère au secrétariat, {{3 sonneries}}, personne.",
    ),
    (
        "urgences",
        AT,
        "Une dame appelle de {{Saint-Gilles}} : est-ce que son mari, [[PERSONNE:Jean-Luc "
        "Turpin]], dit « [[PERSONNE:Loulou]] », a été amené ? Il n'est pas rentré de la pêche. "
        "L'agente vérifie, non. Elle prend le numéro de la dame : [[TELEPHONE:0262 41 36 92]]. "
        "Elle raccroche, appelle le {{CROSS}}. Je ne m'attendais pas à ça.",
    ),
    (
        "urgences",
        AT,
        "Une personne appelle pour demander « combien de temps d'attente ». L'agente : "
        "« impossible de savoir, ça dépend des urgences vitales ». La personne : « donc je viens "
        "ou pas ? ». Réponse : « si c'est grave, appelez le {{15}} ».",
    ),
    (
        "urgences",
        AT,
        "{{Gendarmerie}} du {{Marin}} au téléphone : un homme amené après un accident de moto "
        "sur la {{RN5}}. Mr [[PERSONNE:Rosette]], plaque de la moto "
        "[[IMMATRICULATION:EF-093-KL]]. Les gendarmes veulent savoir s'il est sorti. L'agente "
        "demande une réquisition écrite, par principe.",
    ),
    (
        "urgences",
        AT,
        "Mme [[PERSONNE:Françoise Lebrun]] appelle : son fils a été vu hier, elle a un papier "
        "avec un numéro, elle le lit : « {{I-P-P}} [[IDENTIFIANT:80457721]] ». L'agente "
        "retrouve, lui dit que le compte-rendu est parti chez le médecin traitant.",
    ),
    (
        "urgences",
        AT,
        "{{CHOG}}, {{Saint-Laurent}}. L'infirmière du centre de santé de {{Grand-Santi}}, "
        "[[PERSONNE:Sabrina]], appelle pour un patient, Mr [[PERSONNE:Adjako]], à évacuer. Pas "
        "de route, seulement pirogue ({{6h}}) ou avion. L'agent organise avec le régulateur. "
        "Je n'avais jamais pensé à ça.",
    ),
    (
        "urgences",
        AT,
        "Mr [[PERSONNE:Vasile Popescu]], roumain, appelle pour son collègue de chantier blessé. "
        "Il laisse son numéro roumain : [[TELEPHONE:+40 723 481 906]]. L'agente parle "
        "lentement, il comprend tout. « Merci madame, merci beaucoup ».",
    ),
    (
        "urgences",
        AT,
        "Centre de santé de {{Bandrélé}} au téléphone : bébé [[PERSONNE:Farid]] déshydraté, "
        "transfert vers le {{CHM}}. La maman, [[PERSONNE:Échati]], n'a pas de téléphone, "
        "c'est celui de la voisine : [[TELEPHONE:0639 21 08 46]]. L'agent note tout au "
        "stylo sur sa main.",
    ),
    (
        "urgences",
        AT,
        "Le téléphone sonne en continu de {{20h}} à {{22h}}. L'agente décroche, met en attente, "
        "décroche, met en attente. Elle a {{5 lignes}} et {{2 mains}}. Aucune pause.",
    ),
    (
        "urgences",
        AT,
        "{{Saint-Paul}}, {{CHOR}}. Veille de cyclone. Dr [[PERSONNE:Issop]], chef de garde, "
        "appelle l'accueil pour qu'on rappelle les dialysés et les gens sous oxygène. "
        "L'agente [[PERSONNE:Nadia]] sort une liste de {{27 noms}}. « Avan lo vent ».",
    ),
    (
        "urgences",
        AT,
        "Mme [[PERSONNE:Sophie Bernard]] veut recevoir la facture de son passage aux urgences "
        "(elle n'avait pas sa carte). Elle donne son mail : [[EMAIL:sophie.bernard [at] "
        "sfr.fr]]. L'agente dit que ça vient par courrier. « Bon. »",
    ),
    # --------------------------------------------------------------- chrs / accueil physique
    (
        "chrs",
        AP,
        "{{CHRS}} de {{Saint-Denis}}, entretien d'admission. Mr [[PERSONNE:Saïd Mohamed]], "
        "comorien, né à {{Moroni}}. Il montre son attestation de droits, numéro : [[NIR:1 79 06 "
        "99 397 044 75]]. Travaillait au port, dort dans sa voiture depuis {{2 mois}}. "
        "L'éducatrice [[PERSONNE:Aurélie]] lui propose une place en chambre partagée. Il dit "
        "oui tout de suite.",
    ),
    (
        "chrs",
        AP,
        "Mme [[PERSONNE:Olga Kovalenko]], ukrainienne, protection temporaire. Son récépissé APS "
        "porte le n° [[IDENTIFIANT:7503284196]]. Elle parle anglais avec l'éducateur, "
        "ukrainien avec sa fille [[PERSONNE:Sofiia]] ({{6 ans}}). Elles sont arrivées de "
        "{{Kharkiv}} il y a {{1 an}}.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour, {{Pointe-à-Pitre}}. Tout le monde connaît « [[PERSONNE:Ti-Jo]] », "
        "{{60 ans}} peut-être plus, qui dort sur la {{place de la Victoire}}. Il vient prendre "
        "sa douche à {{9h}} pile. L'agent lui garde toujours la même serviette. « [[PERSONNE:Ti-Jo]] sé "
        "fanmi ».",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour : {{38 passages}} ce matin. Douche, machine à laver, café. {{2 "
        "travailleurs sociaux}} pour tout le monde. Un chien attaché dehors, {{3}} vélos. "
        "Le calme avant le repas de {{12h}}.",
    ),
    (
        "chrs",
        AP,
        "{{Fort-de-France}}. Jeune femme, [[PERSONNE:Kimberley]], {{23 ans}}, fuit son ex "
        "[[PERSONNE:Jordan]]. Elle a changé de numéro, donne le nouveau à l'éducatrice : "
        "[[TELEPHONE:0696 80 27 13]]. « Pa bay li nimewo-a ». Mise à l'abri ce soir, place en "
        "{{CHRS}} femmes.",
    ),
    (
        "chrs",
        AP,
        "Mr [[PERSONNE:Patrick]], {{58 ans}}, sort de son portefeuille une vieille carte "
        "{{Pôle emploi}} avec son identifiant : [[ID_FRANCE_TRAVAIL:3897456Z]]. « Ça sert encore "
        "à quelque chose ? ». L'éducateur dit oui, c'est le même chez {{France Travail}}.",
    ),
    (
        "chrs",
        AP,
        "{{Cayenne}}. Mr [[PERSONNE:Wesner Pierre-Louis]], haïtien, né à {{Port-au-Prince}} le "
        "[[DATE_NAISSANCE:3 décembre 1990]]. Sa carte Vitale toute neuve : [[NIR:1 90 12 99 336 "
        "023 28]]. Il est content de la montrer. Il dort au {{CHRS}} depuis {{4 mois}}, "
        "cherche un travail sur les chantiers.",
    ),
    (
        "chrs",
        AP,
        "{{Lyon}}, {{Perrache}}. Mme [[PERSONNE:Sandra]] refuse la place proposée parce que son "
        "chien {{Kaïra}} n'est pas accepté. L'éducateur appelle {{3}} structures, une accepte "
        "les chiens. {{45 min}} de coups de fil.",
    ),
    (
        "chrs",
        AP,
        "{{Mamoudzou}}, accueil de jour. Des jeunes de {{15-16 ans}}, venus seuls des "
        "{{Comores}}. [[PERSONNE:Nourdine]] et [[PERSONNE:Mouslim]] dorment à {{Cavani}} chez "
        "« un cousin ». L'éducateur [[PERSONNE:Said]] leur donne un repas chaud et un rdv avec "
        "l'{{ASE}}.",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe du {{CHRS}} à {{14h}}. {{12 situations}} passées en revue en "
        "{{1h30}}. Pas de noms, juste des numéros de chambre. L'équipe est fatiguée mais "
        "drôle.",
    ),
    (
        "chrs",
        AP,
        "{{Le Port}}. Mr [[PERSONNE:Alix Mussard]], né en [[DATE_NAISSANCE:66]], dormait sous le "
        "pont de la {{rivière des Galets}}. Crue la nuit dernière, il a tout perdu. L'agent lui "
        "trouve des vêtements secs. « Mi la pèrd mon papié, mon zafèr, tout ».",
    ),
    (
        "chrs",
        AP,
        "{{Nantes}}. Mr [[PERSONNE:Abdoulaye]], demandeur d'asile, guinéen. Numéro AGDREF "
        "[[IDENTIFIANT:4400187652]] sur son attestation. Il a eu son rdv {{OFPRA}}, il attend. "
        "Il aide à la cuisine du {{CHRS}} pour « ne pas devenir fou ».",
    ),
    (
        "chrs",
        AP,
        "{{Basse-Terre}}. Mme [[PERSONNE:Rolande Bonheur]], {{49 ans}}, sort de l'hôpital. "
        "« Ma vie c'est pas le {{bonheur}} », elle rit de son nom. L'éducatrice lui crée une "
        "adresse mail pour les démarches : [[EMAIL:rolande.bonheur971@gmail.com]].",
    ),
    (
        "chrs",
        AP,
        "{{Toulouse}}. Mr [[PERSONNE:Kévin]], {{31 ans}}, vit dans son camion garé vers le "
        "{{Canal du Midi}}. Plaque [[IMMATRICULATION:CZ-104-RA]]. Il vient pour une adresse de "
        "domiciliation et une douche. Il refuse l'hébergement, « je garde mon camion ».",
    ),
    (
        "chrs",
        AP,
        "{{Saint-Pierre}}, accueil de jour. « [[PERSONNE:Bébert]] » arrive avec sa radio, "
        "{{Radio Freedom}} à fond. L'agente baisse le son sans rien dire, il remonte. Sa sœur "
        "a laissé son numéro au cas où : [[TELEPHONE:0692 63 04 88]].",
    ),
    # ----------------------------------------------------------- chrs / accueil téléphonique
    (
        "chrs",
        AT,
        "{{115}} de {{La Réunion}}, {{21h40}}. Mme [[PERSONNE:Jessie Ah-Sing]] appelle du "
        "{{Barachois}}, elle a été mise dehors par son compagnon. L'écoutante "
        "[[PERSONNE:Line]] prend son numéro : [[TELEPHONE:0693 52 71 40]], lui dit de rester "
        "près du poste de police. Place trouvée à {{22h15}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Mr [[PERSONNE:Alpha Baldé]] rappelle pour la {{5e}} fois de la soirée. Pas de "
        "place. Finalement une nuit à l'{{hôtel Formule 1}} de {{Bobigny}}, {{chambre 23}}. "
        "Il répète le numéro de chambre {{3 fois}} pour être sûr.",
    ),
    (
        "chrs",
        AT,
        "{{115 Guadeloupe}}. Mr [[PERSONNE:Didier Rinaldo]], né le [[DATE_NAISSANCE:5 mai "
        "1975]], appelle d'une cabine (il en reste !) à {{Jarry}}. L'écoutant connaît sa voix. "
        "« Sa ou fè [[PERSONNE:Didier]] ? » « An la ». Pas de place ce soir, maraude à "
        "{{23h}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, soirée : {{84 appels}} reçus, {{11}} mises à l'abri, {{52}} demandes non "
        "pourvues. L'écoutante tient un tableau à la main en plus du logiciel, « au cas où ça "
        "plante ». Ça a planté à {{22h}}.",
    ),
    (
        "chrs",
        AT,
        "{{Martinique}}. Une dame appelle pour son frère [[PERSONNE:Fritz-Gérald]] qui dort "
        "dehors à {{Dillon}} depuis qu'il est sorti de {{Ducos}} (la prison). Elle laisse son "
        "numéro : [[TELEPHONE:+596 696 44 19 02]]. L'écoutante promet la maraude demain matin.",
    ),
    (
        "chrs",
        AT,
        "Mme [[PERSONNE:Ferreira]] appelle le {{115}} : elle vit avec ses {{2 enfants}} au "
        "[[ADRESSE:camping Les Oliviers, emplacement 14]], le gérant veut les mettre dehors "
        "{{lundi}}. L'écoutante transmet au {{SIAO}}. Mme [[PERSONNE:Ferreira]] pleure, "
        "s'excuse de pleurer.",
    ),
    (
        "chrs",
        AT,
        "{{115 Guyane}}. Mr [[PERSONNE:Jhonny Da Silva]] appelle de {{Chicago}} (le quartier de "
        "{{Cayenne}}, pas la ville américaine !). Il dort derrière le {{marché}}. L'écoutante "
        "parle portugais, note {{3 nuits}} dehors. Orientation vers l'accueil de jour demain "
        "{{8h}}.",
    ),
    (
        "chrs",
        AT,
        "Mr [[PERSONNE:Gaëtan Perrot]] donne au {{115}} son identifiant France Travail en "
        "pensant que c'est son numéro de dossier : [[ID_FRANCE_TRAVAIL:6012398M]]. L'écoutante "
        "sourit, note quand même. Il dort dans une voiture depuis {{3 semaines}}.",
    ),
    (
        "chrs",
        AT,
        "{{SIAO}} {{Mayotte}}. Mme [[PERSONNE:Zalifa Madi]] et ses {{3 enfants}}, leur case a "
        "été détruite à {{Doujani}}. Référence {{SIAO}} : [[IDENTIFIANT:SIAO976-24-00912]]. "
        "L'écoutant [[PERSONNE:Anrafa]] explique qu'il n'y a plus rien ce soir. Elle dit "
        "juste « marahaba » et raccroche.",
    ),
    (
        "chrs",
        AT,
        "[[PERSONNE:Hugo]], {{19 ans}}, mis dehors par son beau-père. Il appelle d'une cabine "
        "de {{Gare du Nord}}. L'écoutante lui demande s'il peut joindre sa mère. Il donne le "
        "numéro de sa mère : [[TELEPHONE:07 61 20 84 39]]. Elle ne répond pas.",
    ),
    (
        "chrs",
        AT,
        "{{Saint-Louis}}. La famille [[PERSONNE:Payet]] ({{2 adultes}}, {{3 marmay}}) vit dans "
        "une vieille {{Peugeot 406}}, plaque [[IMMATRICULATION:612 BGK 974]]. Ils sont garés "
        "près du {{front de mer}}. L'écoutante cherche une place famille, rien avant "
        "{{jeudi}}.",
    ),
    (
        "chrs",
        AT,
        "Appels de nuit au {{115}} : beaucoup de gens qui ne demandent pas de place, juste à "
        "parler. L'écoutant en a eu {{4}} ce soir. Il dit qu'il ne raccroche jamais le premier.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{Guadeloupe}}. Mme [[PERSONNE:Sylvestre]] rappelle pour savoir où en est sa "
        "demande, réf {{SIAO}} [[IDENTIFIANT:971-SIAO-2024-3381]]. « Ou ka di mwen pa ni plas "
        "dépi {{3 semèn}} ». L'écoutante [[PERSONNE:Murielle]] s'excuse encore.",
    ),
    (
        "chrs",
        AT,
        "Mr [[PERSONNE:Tomasz Wójcik]], ouvrier polonais, sans chantier depuis {{1 mois}}. Il "
        "laisse son numéro polonais : [[TELEPHONE:+48 512 903 447]]. L'écoutante utilise un "
        "traducteur sur son téléphone, ça marche à moitié.",
    ),
    (
        "chrs",
        AT,
        "{{Saint-Leu}}. Mr [[PERSONNE:Gilbert Law-Yen]], né le [[DATE_NAISSANCE:09/09/1959]], "
        "ancien commerçant, ruiné. Il appelle le {{115}} pour la {{1re}} fois, il a honte. "
        "L'écoutante parle doucement, il dit « mersi madam » en pleurant.",
    ),
    (
        "chrs",
        AT,
        "{{Lille}}. Mme [[PERSONNE:Rachida]] appelle depuis l'{{hôtel Première Classe}}, "
        "{{chambre 8}} : plus de nuitées payées à partir de demain. L'écoutant vérifie, c'est "
        "vrai. Il cherche une prolongation, obtient {{3 nuits}}.",
    ),
    # ------------------------------------------------------------ chrs / contrôle sur place
    (
        "chrs",
        CSP,
        "Visite d'un logement en diffus du {{CHRS}} à {{Sainte-Clotilde}}. Mme "
        "[[PERSONNE:Mélissa Cadet]], [[ADRESSE:3 rue des Manguiers, 97490 Sainte-Clotilde]], "
        "avec ses {{2 enfants}}. Tout est rangé, les cahiers d'école sur la table. L'éducatrice "
        "[[PERSONNE:Vanessa]] vérifie le compteur d'eau et le détecteur de fumée. {{30 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite à l'{{hôtel Ibis Budget}}, {{chambre 214}}. Mme [[PERSONNE:Traoré]] et ses "
        "enfants [[PERSONNE:Awa]] et [[PERSONNE:Moussa]] vivent à {{3}} dans {{12 m²}} depuis "
        "{{8 mois}}. Une plaque électrique interdite sous le lit. L'éducateur fait semblant de "
        "ne pas la voir.",
    ),
    (
        "chrs",
        CSP,
        "{{Capesterre-Belle-Eau}}. Visite chez Mr [[PERSONNE:Rudy Sainte-Rose]] (il n'a jamais "
        "habité {{Sainte-Rose}}, il en a marre de la blague). Appartement {{CHRS}} en diffus, "
        "propre. Il montre son contrat {{CDD}} à la bananeraie. Sortie prévue en {{juin}}.",
    ),
    (
        "chrs",
        CSP,
        "Tournée des appartements en diffus : {{6 logements}} en {{1 matinée}}. Un absent, un "
        "qui dort, {{4}} qui ouvrent. L'éducateur vérifie surtout que personne n'a fait venir "
        "toute la famille. « Ça arrive, on ferme les yeux parfois ».",
    ),
    (
        "chrs",
        CSP,
        "{{Passamaïnty}}. Appartement du {{CHRS}} occupé par Mme [[PERSONNE:Roukia Ali]] et "
        "ses {{5 enfants}}. Facture {{EDM}} en retard, réf client [[IDENTIFIANT:EDM-0072214]]. "
        "Coupure d'eau depuis {{2 jours}}, des bidons partout. Les enfants font leurs devoirs "
        "à la frontale.",
    ),
    (
        "chrs",
        CSP,
        "{{Roubaix}}. Visite chez Mr [[PERSONNE:Jérôme Vermeulen]], [[ADRESSE:14 rue Pasteur, "
        "59100 Roubaix]], sortant de détention. Le logement est vide, juste un matelas et une "
        "télé. L'éducateur vérifie ses papiers : né le [[DATE_NAISSANCE:30/01/1981]]. Il "
        "commence une formation {{lundi}}.",
    ),
    (
        "chrs",
        CSP,
        "{{Trénelle}}. Mme [[PERSONNE:Line Rosalie]], logement en diffus. Elle doit payer sa "
        "participation : elle montre le prélèvement mis en place sur son compte "
        "{{Caisse d'Épargne}}, [[IBAN:FR76 1131 5000 0116 7292 0008 429]]. L'éducatrice est "
        "fière d'elle, le dit.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un studio : la personne n'est pas là depuis {{3 jours}}, le frigo est plein, "
        "les volets fermés. L'éducatrice s'inquiète, appelle l'hôpital, la police. Rien. On "
        "repart avec un mauvais pressentiment.",
    ),
    (
        "chrs",
        CSP,
        "{{Saint-Laurent-du-Maroni}}. Mme [[PERSONNE:Marlène Tjon-A-Fat]], logement {{CHRS}}. "
        "Elle parle sranan tongo avec ses voisins, français avec nous. Elle laisse son nouveau "
        "numéro : [[TELEPHONE:0694 12 55 83]]. Elle demande si on peut l'aider à passer le "
        "permis.",
    ),
    (
        "chrs",
        CSP,
        "{{Marseille}}. Mr [[PERSONNE:Nikola Petrović]] vit en caravane sur l'[[ADRESSE:aire "
        "d'accueil du Chemin Vert, place 12]]. Caravane immatriculée [[IMMATRICULATION:AB-772-"
        "TF]]. Suivi {{CHRS}} hors les murs. Il veut inscrire ses enfants à l'école, "
        "l'éducatrice prend les papiers.",
    ),
    # ----------------------------------------------------- france travail / accueil physique
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Pierre}}. Inscription de [[PERSONNE:Océane Hoarau]], "
        "{{25 ans}}, BTS tourisme. Le conseiller saisit son numéro de sécu : [[NIR:2 99 04 97 "
        "416 338 46]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:7402193K]]. Elle veut travailler "
        "dans les hôtels de {{Saint-Gilles}} ou partir à {{Maurice}}.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Arnaud Lefèvre]], {{52 ans}}, cadre licencié après {{24 ans}} chez le même "
        "assureur. Identifiant [[ID_FRANCE_TRAVAIL:5294017B]]. Il donne son mail pro-perso : "
        "[[EMAIL:arnaud.lefevre.pro@gmail.com]]. Il a déjà un plan, un tableur, il rassure "
        "presque la conseillère.",
    ),
    (
        "france_travail",
        AP,
        "{{Jarry}}. Mme [[PERSONNE:Karine Joseph]] vient pour un rdv manqué (grève, pas de "
        "bus). Identifiant : [[ID_FRANCE_TRAVAIL:3124578 F]]. La conseillère annule la "
        "radiation. « Mèsi, mèsi anpil ».",
    ),
    (
        "france_travail",
        AP,
        "Les box sont vitrés, tout le monde entend tout. La conseillère parle bas, les gens "
        "parlent fort. {{18 rdv}} dans sa journée, {{30 min}} chacun, « sauf quand ça "
        "déborde, et ça déborde toujours ».",
    ),
    (
        "france_travail",
        AP,
        "{{Le Lamentin}}. [[PERSONNE:Dorian]], {{20 ans}}, veut une formation de soudeur dans "
        "l'Hexagone avec {{LADOM}} ({{passeport mobilité formation professionnelle}}). "
        "Identifiant : [[ID_FRANCE_TRAVAIL:8813020R]]. Sa mère ne veut pas qu'il parte, il "
        "dit « an ka pati kan menm ».",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV. Le modèle projeté au mur est au nom de [[PERSONNE:Marie Martin]], "
        "« assistante commerciale ». Mme [[PERSONNE:Yasmina Saïdi]] demande si elle doit "
        "mettre sa photo. La conseillère dit « non, pas obligé ». {{8 participants}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Kourou}}. Mlle [[PERSONNE:Laura Bellony]], née à {{Cayenne}} en "
        "[[DATE_NAISSANCE:septembre 2001]], vise un poste au {{CSG}} pour le lancement "
        "d'{{Ariane 6}}. Numéro de sécu : [[NIR:2 01 09 97 302 086 64]], identifiant "
        "[[ID_FRANCE_TRAVAIL:6671205D]]. Le conseiller lui parle des sous-traitants.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Lucas Ferrand]] veut créer sa boîte de paysagiste, il a déjà son SIRET "
        "perso : [[IDENTIFIANT:901 334 567 00012]]. La conseillère lui parle de l'{{ARCE}}. "
        "Il prend des notes sur son téléphone.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Mamoudzou}}. Mr [[PERSONNE:Ahmed Abdou]], {{28 ans}}, maçon. "
        "Identifiant [[ID_FRANCE_TRAVAIL:9901447A]]. Portable : [[TELEPHONE:0639 66 20 15]]. "
        "Il est venu de {{Chiconi}} en taxi, {{1h}} de bouchons. Le conseiller lui propose un "
        "chantier à {{Longoni}}.",
    ),
    (
        "france_travail",
        AP,
        "Affiche à l'entrée : « {{1 jeune}} sur {{4}} sans emploi dans le département ». Un "
        "monsieur la prend en photo. La file d'accueil avance bien, {{10 min}} max. Les bornes "
        "marchent, pour une fois.",
    ),
    (
        "france_travail",
        AP,
        "{{Saint-Denis}}. Mme [[PERSONNE:Rivière]] est en retard : la {{rivière}} a débordé sur "
        "le radier. Identifiant [[ID_FRANCE_TRAVAIL:4418827L]]. Le conseiller "
        "[[PERSONNE:Jean-Michel]] la rassure : « na poin problèm madame, i ariv ».",
    ),
    (
        "france_travail",
        AP,
        "{{Lille}}. Mr [[PERSONNE:Hassan Al-Khatib]], syrien, réfugié, ingénieur. Titre de "
        "séjour n° [[IDENTIFIANT:5901233478]]. Il faut faire reconnaître son diplôme. Il parle "
        "anglais avec la conseillère, elle répond en anglais, ça marche très bien.",
    ),
    (
        "france_travail",
        AP,
        "{{Baie-Mahault}}. Mr [[PERSONNE:Teddy Nicolas]] a trouvé un job de livreur, il lui faut "
        "juste l'aide au permis. Il a déjà une voiture, la plaque [[IMMATRICULATION:GA-418-SD]] "
        "est sur la photocopie de la carte grise. Le conseiller rigole : « ou ka woulé san "
        "pèmi ? ».",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Clémentine Roy]] mange une {{clémentine}} dans la salle d'attente, "
        "elle en offre une à la conseillère. Sujet : fin de droits dans {{2 mois}}. Elle est "
        "étonnamment calme.",
    ),
    (
        "france_travail",
        AP,
        "{{Schœlcher}}. Mr [[PERSONNE:Florent Marie-Sainte]] veut être recontacté pour un job "
        "dans la croisière. Portable [[TELEPHONE:0696 33 72 05]], mail "
        "[[EMAIL:florent.mariesainte@gmail.com]]. Il a fait {{3 saisons}} sur les bateaux.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Rui Gonçalves]], BTP, {{45 ans}}. Aide à la mobilité pour un chantier à "
        "{{Lyon}}. Il donne son RIB {{Crédit Mutuel}} : [[IBAN:FR76 1027 8360 1226 4950 7745 "
        "461]]. La conseillère le prend en photo avec sa tablette.",
    ),
    (
        "france_travail",
        AP,
        "{{Le Port}}. [[PERSONNE:Stéphanie Baret]], {{21 ans}}, hésite entre le {{RSMA}} et "
        "une formation d'aide-soignante. Identifiant [[ID_FRANCE_TRAVAIL:5530912N]]. La "
        "conseillère, Mme [[PERSONNE:Grondin]], lui dit : « RSMA i apran a ou la discipline ». "
        "Elle lève les yeux au ciel.",
    ),
    (
        "france_travail",
        AP,
        "Journée « {{job dating}} » logistique. {{120 candidats}}, {{6 entreprises}}. Les "
        "recruteurs parlent {{3 minutes}} à chacun. Un jeune repart avec une promesse "
        "d'embauche, il saute de joie dans le hall.",
    ),
    (
        "france_travail",
        AP,
        "{{Saint-Laurent-du-Maroni}}. Mr [[PERSONNE:Ronny Aloeboetoe]], né le "
        "[[DATE_NAISSANCE:12/12/1996]], parle nenge, un peu de français. Identifiant "
        "[[ID_FRANCE_TRAVAIL:8234105J]]. Le conseiller fait venir une médiatrice. Il veut "
        "piloter des pirogues pour le transport scolaire.",
    ),
    (
        "france_travail",
        AP,
        "{{Paris 13e}}. Mr [[PERSONNE:Zhang Wei]], cuisinier. Il donne son mail : "
        "[[EMAIL:zhangwei.paris13@qq.com]]. La conseillère demande « qq ? », il dit « c'est "
        "comme {{Gmail}} en {{Chine}} ». On apprend quelque chose.",
    ),
    (
        "france_travail",
        AP,
        "{{Mayotte}}. Mme [[PERSONNE:Faouzia Soumaïla]], {{32 ans}}, veut devenir aide à "
        "domicile. Identifiant [[ID_FRANCE_TRAVAIL:6601983C]]. Le conseiller "
        "[[PERSONNE:Nassuf]] lui dit qu'il y a du travail, « les koko n'ont personne ».",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Baptiste Leclercq]] remplit le formulaire et dit sa date de naissance "
        "tout haut en l'écrivant : « [[DATE_NAISSANCE:vingt-deux avril deux mille deux]] ». "
        "Identifiant [[ID_FRANCE_TRAVAIL:7731420E]]. Premier emploi, il est stressé.",
    ),
    (
        "france_travail",
        AP,
        "{{Les Abymes}}. Mme [[PERSONNE:Murielle Lacroix]], vendeuse, fin de CDD chez "
        "{{Destreland}}. Identifiant [[ID_FRANCE_TRAVAIL:4190277P]], mail "
        "[[EMAIL:murielle.lacroix@yahoo.fr]]. Elle veut rester dans le commerce.",
    ),
    (
        "france_travail",
        AP,
        "{{16h30}}, fin d'accueil. Un vigile ferme la porte, {{3 personnes}} restent dehors. "
        "La responsable ouvre quand même pour elles. « Elles ont attendu le bus {{1h}} ».",
    ),
    # ------------------------------------------------- france travail / accueil téléphonique
    (
        "france_travail",
        AT,
        "{{3949}}, plateau de {{La Réunion}}. Mme [[PERSONNE:Audrey Lebreton]], {{37 ans}}, née "
        "à {{Saint-Denis}}, n'arrive pas à s'actualiser. Elle donne son numéro de sécu à la "
        "place de l'identifiant : [[NIR:2870397411052 84]]. Le conseiller retrouve quand même : "
        "[[ID_FRANCE_TRAVAIL:2245109X]]. Problème réglé en {{7 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Jean-Baptiste Luciani]], corse installé à {{Marseille}}, appelle pour son "
        "attestation employeur. Il lit son numéro de sécu avec l'accent : [[NIR:1 83 02 2B 033 "
        "407 46]]. Le conseiller sourit au « 2B ». {{Bastia}}, [[DATE_NAISSANCE:1983]], tout colle.",
    ),
    (
        "france_travail",
        AT,
        "{{Guadeloupe}}. Mr [[PERSONNE:Loïc Ferjule]], identifiant "
        "[[ID_FRANCE_TRAVAIL:5112648W]], veut décaler son rdv : il a trouvé une mission d'une "
        "semaine à la {{Route du Rhum}}. Portable [[TELEPHONE:06 90 48 23 17]]. Le conseiller "
        "le félicite.",
    ),
    (
        "france_travail",
        AT,
        "Le {{3949}} : {{12 conseillers}} au plateau ce matin. Les appels durent en moyenne "
        "{{6 min}}. La plupart : actualisation, paiement, « pourquoi j'ai reçu ce courrier ». "
        "Un appel en anglais, transféré.",
    ),
    (
        "france_travail",
        AT,
        "{{Martinique}}. Mme [[PERSONNE:Lise Jean-Marie]], identifiant "
        "[[ID_FRANCE_TRAVAIL:7045318G]], n'a pas reçu sa convocation. Elle donne son mail "
        "en épelant avec des espaces partout : [[EMAIL:lise.jm972 @ gmail . com]]. Le "
        "conseiller corrige, c'était une faute de frappe dans le dossier.",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Samira Belkacem]] lit d'abord par erreur la carte Vitale de sa mère "
        "[[PERSONNE:Zohra]] : [[NIR:2 53 09 99 352 061 61]] (« ah non ça c'est maman, elle est "
        "née en {{Algérie}} en [[DATE_NAISSANCE:53]] »). Puis la sienne. Le conseiller rit avec elle.",
    ),
    (
        "france_travail",
        AT,
        "{{Javouhey}}. Mr [[PERSONNE:Mathias Vang]], agriculteur, cherche un emploi saisonnier "
        "l'hiver. Identifiant [[ID_FRANCE_TRAVAIL:3380954T]]. Le conseiller de {{Saint-Laurent}} "
        "connaît la famille, « tes légumes au marché de {{Mana}} sont les meilleurs ».",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Dimitri Ivanov]] donne son identifiant en trois morceaux : "
        "[[ID_FRANCE_TRAVAIL:612 7730 S]]. Il veut changer de compte pour ses allocs, nouveau "
        "compte {{Banque Postale}} : [[IBAN:FR84 2004 1010 0596 9228 8D01 880]]. Le conseiller "
        "lui dit de le déposer sur l'espace perso.",
    ),
    (
        "france_travail",
        AT,
        "{{Mayotte}}. Mme [[PERSONNE:Nadjma Ousseni]], identifiant "
        "[[ID_FRANCE_TRAVAIL:4076621H]], appelle depuis {{Tsingoni}}. Le conseiller note son "
        "numéro pour la rappeler avec une offre : [[TELEPHONE:+262 639 45 18 70]]. La ligne "
        "coupe deux fois.",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant : le conseiller relance {{15 personnes}} absentes à l'info collective. "
        "{{9}} ne répondent pas, {{4}} avaient oublié, {{2}} ont trouvé du travail. Il coche "
        "sur une feuille.",
    ),
    (
        "france_travail",
        AT,
        "Mr [[PERSONNE:Willy Sautron]] appelle de {{Cilaos}}, le réseau coupe à chaque virage. "
        "Il dit sa date de naissance pour être identifié : « [[DATE_NAISSANCE:14 juillet "
        "1990]], com la fèt nasional ». Identifiant [[ID_FRANCE_TRAVAIL:9023311U]]. Rdv "
        "déplacé à {{Saint-Louis}}.",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Élodie Tessier]] demande qu'on lui renvoie son attestation : "
        "[[EMAIL:elodie.tessier85@orange.fr]]. Elle est à {{La Roche-sur-Yon}}, en voiture, "
        "en haut-parleur, avec les enfants qui chantent derrière.",
    ),
    (
        "france_travail",
        AT,
        "{{Pointe-à-Pitre}}. Mr [[PERSONNE:Harry Zami]], identifiant "
        "[[ID_FRANCE_TRAVAIL:6159820V]], veut que ses allocs arrivent sur un nouveau compte. Il "
        "lit l'IBAN : [[IBAN:FR76 1871 9000 8160 7030 2560 720]]. Le conseiller lui dit que par "
        "téléphone non, « fè sa asou espace a'w ».",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller appelle Mr [[PERSONNE:Cédric Morin]] pour une offre de cariste. "
        "Numéro dans le dossier : [[TELEPHONE:07 49 16 38 02]]. Répondeur. Il laisse un "
        "message, puis un SMS. « {{50 %}} rappellent ».",
    ),
    (
        "france_travail",
        AT,
        "{{Le Lamentin}}. Mr [[PERSONNE:Jean-Philippe Rosine]], identifiant "
        "[[ID_FRANCE_TRAVAIL:8507736A]], demande l'aide pour passer le permis moto. Il a déjà un "
        "scooter, plaque [[IMMATRICULATION:FA-320-PN]], il veut livrer à moto. Le conseiller lui "
        "envoie le formulaire.",
    ),
    (
        "france_travail",
        AT,
        "Musique d'attente, puis message : « votre temps d'attente est estimé à {{4 "
        "minutes}} ». C'est faux, {{16 minutes}}. Le conseiller dit que l'annonce n'a pas été "
        "mise à jour depuis {{2019}}.",
    ),
    (
        "france_travail",
        AT,
        "{{Awala-Yalimapo}}. Mme [[PERSONNE:Daniela Kouyouri]], identifiant "
        "[[ID_FRANCE_TRAVAIL:2954417K]], veut une formation d'animatrice pour les enfants du "
        "village. Le conseiller la met en contact avec la mairie. Elle parle kali'na à "
        "quelqu'un derrière elle.",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Laure Brunet]] appelle pour l'aide à la garde d'enfant. Elle veut "
        "donner son RIB tout de suite : [[IBAN:FR7613807000321829266819809]]. Le conseiller "
        "l'arrête poliment, « par l'espace personnel s'il vous plaît ».",
    ),
    (
        "france_travail",
        AT,
        "{{Saint-Benoît}}. Mr [[PERSONNE:Eddy Bègue]], identifiant "
        "[[ID_FRANCE_TRAVAIL:1289344M]], demande l'aide à la mobilité pour un CDD à "
        "{{Saint-Pierre}}. RIB : [[IBAN:FR76 1990 6009 7464 5036 9096 765]]. « Lé loin "
        "{{Saint-Pierre}}, la route lé long ».",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Fanny Leroux]] vient d'ouvrir un compte {{Nickel}} chez le buraliste. "
        "Elle donne l'IBAN : [[IBAN:FR76 1659 8000 0195 7626 8221 220]], et un autre, l'ancien, "
        "{{CIC}} : [[IBAN:FR76 3006 6109 4792 8240 8986 954]]. Le conseiller demande lequel "
        "garder.",
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one text: return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for match in MARK_RE.finditer(marked):
        plain = marked[pos : match.start()]
        parts.append(plain)
        length += len(plain)
        label, value, kept = match.groups()
        value = value if kept is None else kept
        if kept is None:
            entities.append({"start": length, "end": length + len(value), "label": label})
        elif kept not in keep:
            keep.append(kept)
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
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
    """Draw the dev / holdout split from the ids and the cells only (never the texts)."""
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
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    assert not dev_ids & holdout_ids and len(dev_ids | holdout_ids) == len(notes)
    by_id = sorted(notes, key=lambda note: note["id"])
    write(HERE / "dev.jsonl", [note for note in by_id if note["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [note for note in by_id if note["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
