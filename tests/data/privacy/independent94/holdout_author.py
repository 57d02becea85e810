"""Independent evaluation corpus n° 94: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inside ``text``:

- ``[[LABEL:value]]`` marks a value to mask (label from the labelling guide);
- ``{{value}}`` marks a string to keep (listed once per note in ``keep``).

Running this file strips the marks, computes the offsets (Python string indices, end
exclusive), numbers the notes ``ind94-001`` … ``ind94-240`` in writing order, draws the
dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.
Standard library only; deterministic.

Emphasis: elderly people and their carers, on the phone and at home, in the Centre-Val de
Loire (Tours, Orléans, Bourges, Châteauroux, Blois). Every value is invented.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- notes, in writing order (one list per writing session) ---

BATCH_1 = [
    (
        "ccas",
        "accueil_telephonique",
        "{{9h12}} 1er appel. La fille de Mme [[PERSONNE:Lavergne]] appelle pour la demande d'aide ménagère. L'agente ([[PERSONNE:Sandrine]]) demande la date de naissance de la maman : « euh… le [[DATE_NAISSANCE:12 mars 38]] je crois » et derrière on entend la mère crier « non [[DATE_NAISSANCE:39]] ! ». Fou rire des deux côtés 😅. Au final c'est bien [[DATE_NAISSANCE:1938]], la fille a retrouvé la carte vitale dans le sac. Dossier {{APA}} déjà en cours au {{Conseil départemental}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile quartier {{Val d'Auron}} à {{Bourges}} avec [[PERSONNE:Nadège Perrichon]] du {{CCAS}}. M. [[PERSONNE:Bouchaïb El Ouardi]], {{84 ans}}, vit seul au 3e sans ascenseur, [[ADRESSE:7 allée Marcel Pagnol]]. Il est tombé il y a {{15 jours}} dans la salle de bain, resté {{2h}} par terre avant que la voisine (Mme [[PERSONNE:Guillot]]) l'entende taper. Sorti de l'hôpital hier. Pas de téléassistance. [[PERSONNE:Nadège]] remplit la demande {{Présence Verte}} sur la tablette. Date de naissance ? il sort une vieille carte de résident toute pliée : « né en [[DATE_NAISSANCE:1940]] », pas de jour ni de mois. N° de la carte [[IDENTIFIANT:1804123987]]. Elle note le portable du fils qui habite à {{Vierzon}} : [[TELEPHONE:06 71 28 44 90]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Un monsieur appelle pour son père hospitalisé à {{Trousseau}} : il veut savoir si l'ambulance pour la sortie est remboursée. L'agent demande le n° de sécu du père, il le lit lentement sur l'attestation : « [[NIR:1 41 11 37 261 112 40]] ». Né à {{Tours}} en [[DATE_NAISSANCE:novembre 41]]. Réponse : il faut une prescription médicale de transport, c'est le service qui la fait. {{6 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{CHR d'Orléans}}. Une voisine appelle : « Mme [[PERSONNE:Jacquemin]] est partie en ambulance ce matin, je voudrais savoir si elle est bien arrivée ». L'infirmière ne peut rien dire à une voisine, secret médical. La dame insiste et laisse son propre numéro « au cas où » : [[TELEPHONE:02 38 63 17 25]]. Post-it collé sur l'écran. {{4 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente à {{10h}} : {{14 personnes}}, 2 guichets ouverts sur {{4}}. Borne en panne (écran bleu 🙄). Un agent fait le tri à l'entrée « vous c'est pour la {{prime d'activité}} ? faut aller sur le site ». Des gens ressortent sans avoir vu personne. {{Caf}} de {{Châteauroux}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère : [[PERSONNE:Yasmina Haddouche]]. Jeune homme, {{23 ans}}, [[PERSONNE:Kevin]], identifiant [[ID_FRANCE_TRAVAIL:4172936M]], radié pour absence au RDV du {{3 octobre}}. Il dit qu'il n'a jamais eu le courrier, il a déménagé : maintenant [[ADRESSE:22 rue du Faubourg Bannier, 45000 Orléans]]. [[PERSONNE:Yasmina]] met à jour et relance l'inscription. « Et votre mail c'est toujours [[EMAIL:kev.lopes45@gmail.com]] ? » « ouais ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{11h40}}. M. [[PERSONNE:Rabier]], {{79 ans}}, pour le {{portage de repas}}. Il parle très fort (appareil auditif). Il donne son adresse : « [[ADRESSE:quarante-deux rue de la Mare]] à {{Blois}} », l'agente doit répéter 3 fois. Il demande si c'est le même prix que l'an dernier ({{7,20 €}} le repas). Oui. Livraison à partir de lundi.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile avec l'agent enquêteur, M. [[PERSONNE:Thibault Ranger]]. Assurée : Mme [[PERSONNE:Solène Ferreira-Mendes]], arrêt pour lombalgie, sorties autorisées {{10h-12h}} et {{16h-18h}}. On sonne à {{14h20}} au [[ADRESSE:5 impasse des Tanneurs, 36000 Châteauroux]] : personne. Avis de passage dans la boîte. [[PERSONNE:Thibault]] : « elle a {{48h}} pour justifier ». Il note aussi la plaque de la {{Clio}} grise devant le portail, [[IMMATRICULATION:FK-218-XT]], « au cas où ». Je n'ai pas bien compris pourquoi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box {{IOA}}, {{22h15}}. Monsieur très âgé amené par les pompiers depuis l'{{EHPAD Les Jardins de Balzac}}. Pas de papiers sur lui, juste la fiche de liaison : [[PERSONNE:Marcel Tournadre]], né le [[DATE_NAISSANCE:02/08/1929]], IPP [[IDENTIFIANT:370045812]]. L'infirmière crée le dossier, le monsieur répète « c'est pas moi [[PERSONNE:Marcel]], c'est mon frère » 😶. L'aide-soignante dit qu'il fait ça à chaque fois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame de {{Vendôme}} qui ne comprend pas pourquoi son {{APL}} a baissé. Allocataire n° [[N_ALLOCATAIRE:2284619]]. L'agent explique : reprise de travail du fils qui vit chez elle, ses ressources comptent. Elle : « mais il gagne rien, il est en intérim ! ». {{12 min}}, elle raccroche pas contente.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Loiret}}, {{23h}}. Écoutant : [[PERSONNE:Romain]]. Un chauffeur de bus signale un vieux monsieur endormi dans l'abri de l'arrêt {{Gare d'Orléans}}, il a demandé son nom : « il dit \"[[PERSONNE:Gégé]]\", c'est tout ». [[PERSONNE:Romain]] envoie la maraude {{Croix-Rouge}}. {{0 place}} au {{CHRS}} ce soir. Solution : le hall des urgences.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{Tours Nord}}, évaluation aide à domicile. Mme [[PERSONNE:Odette Vasseur]], {{93 ans}}, et sa fille [[PERSONNE:Catherine]] qui vient de {{Loches}} tous les 2 jours. [[PERSONNE:Catherine]] a tout préparé dans une pochette : avis d'imposition, notification retraite {{Carsat}} ({{1 086 €}}/mois) + complémentaire {{Agirc-Arrco}} ({{212 €}}), RIB {{La Banque Postale}} [[IBAN:FR92 2004 1010 0407 4521 3R03 379]]. Date de naissance sur le formulaire : la fille écrit [[DATE_NAISSANCE:04/01/1932]], la mère « non le 4 c'est ta tante, moi c'est le [[DATE_NAISSANCE:14]] ». [[PERSONNE:Catherine]] rature. On ne sait pas qui a raison 🤷‍♀️",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : attente annoncée {{15 minutes}}, réelle {{27 min}}. La conseillère prend 3 appels d'affilée sur le même bug de l'actualisation (le bouton « valider » ne répond pas sur l'appli). Elle dit de réessayer après {{20h}}. Les gens restent anonymes tant qu'elle n'ouvre pas le dossier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{14h05}} arrivée d'une dame âgée en fauteuil avec sa fille. Chute à domicile, hanche. À l'enregistrement : « Mme [[PERSONNE:Huguette Boisseau]] épouse [[PERSONNE:Marchand]] ». La secrétaire : « date de naissance ? » la dame : « le [[DATE_NAISSANCE:vingt-deux septembre mil neuf cent trente-six]] ». La fille : « maman c'est [[DATE_NAISSANCE:trente-sept]] ! ». Vérif carte vitale : [[DATE_NAISSANCE:22/09/1936]], c'est la mère qui avait raison 😂. Mutuelle {{Harmonie Mutuelle}} n° [[IDENTIFIANT:004718255]]. Attente estimée {{3h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Bourges}}, {{9h}}. Ticket {{A047}}. Un couple de retraités veut « mettre à jour la carte vitale », l'agent les envoie à la borne. La borne est à côté de l'entrée, pas de siège, la dame s'appuie au mur. Durée totale {{25 min}} pour une mise à jour de {{30 secondes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame vient déposer le dossier de sa voisine, Mme [[PERSONNE:Kowalczyk]] ({{86 ans}}, plus de famille). L'agente, Mme [[PERSONNE:Traoré]], demande si elle a une procuration. Non. Elle prend quand même le dossier et rappellera Mme [[PERSONNE:Kowalczyk]] au [[TELEPHONE:02.54.78.31.06]]. Le nom est épelé pour le logiciel : [[PERSONNE:K-O-W-A-L-C-Z-Y-K]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Saint-Jean-de-Braye}}, vérification isolement. Contrôleur : [[PERSONNE:Frédéric Lemaire]]. Allocataire Mme [[PERSONNE:Aïcha Benyoucef]], dossier [[N_ALLOCATAIRE:4401938]], déclarée seule avec {{2 enfants}}. Dans l'entrée, des chaussures d'homme pointure {{44}}. [[PERSONNE:Frédéric]] ne dit rien, il note. Elle : « c'est à mon frère, il passe ». Il demande le bail : à son nom seul, [[ADRESSE:3 place de la Commune, appt 12]]. Rapport sous {{8 jours}}. J'ai trouvé ça très gênant d'être là.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Rolland]] appelle, sa femme est décédée en {{janvier}}, il ne sait pas comment faire pour la pension de réversion. L'agent lui donne le {{3960}} ({{Carsat}}) et propose un rdv avec l'assistante sociale Mme [[PERSONNE:Delahaye]] jeudi {{14h30}}. Pas de portable, juste le fixe : « [[TELEPHONE:zéro deux, quarante-sept, cinquante-deux, dix-huit, zéro neuf]] ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Blois}}, accueil de jour. Homme, la cinquantaine, demande une domiciliation. L'éducatrice ([[PERSONNE:Lina]]) ouvre la fiche : [[PERSONNE:Dragan Petrović]], né à {{Belgrade}}, titre de séjour n° [[IDENTIFIANT:4102837165]]. Il dort dans sa voiture depuis {{3 semaines}}, une {{Golf}} immatriculée [[IMMATRICULATION:BG 447-KZ]], garée sur le parking du {{Leclerc}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{SSIAD}} pour prévenir qu'ils envoient Mme [[PERSONNE:Fatma Bouzid]], {{88 ans}}, fièvre, sur avis du Dr [[PERSONNE:Morin-Castel]]. L'infirmière de régulation demande le n° de sécu, on lui lit : [[NIR:2 36 01 99 352 027 24]]. Née en {{Algérie}} en [[DATE_NAISSANCE:janvier 1936]]. La fiche de liaison arrive par fax (oui, fax).",
    ),
    (
        "caf",
        "accueil_physique",
        "Monsieur âgé ({{81 ans}} dit-il) au guichet avec une enveloppe marron. Courrier {{Caf}} : contrôle des ressources. Il n'a pas d'ordinateur. L'agente [[PERSONNE:Morgane]] saisit pour lui. Numéro allocataire lu sur la lettre : « [[N_ALLOCATAIRE:0748156]] ». Date de naissance : « le [[DATE_NAISSANCE:11 novembre 1943]], le jour de l'{{armistice}}, facile à retenir ! ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle pour sa mère en EHPAD ({{EHPAD Korian Le Clos des Vignes}} à {{Olivet}}) : les remboursements arrivent sur un vieux compte fermé. Nouveau RIB dicté : [[IBAN:FR76 1450 5000 1208 1246 7530 185]]. L'agent dit qu'il faut l'envoyer par courrier ou via le compte {{ameli}} de la mère. « Elle a {{95 ans}}, elle a pas de compte ameli ! »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Passage chez Mme [[PERSONNE:Germaine Aubailly]] pour renouveler l'aide ménagère. Elle vit avec son chat {{Pompon}}. Elle cherche sa carte d'identité « la vieille en carton » : n° [[IDENTIFIANT:820136401287]], faite en {{1982}} ! La carte dit née le [[DATE_NAISSANCE:9 juin 1931]] à {{Issoudun}}. Carte vitale : [[NIR:2 31 06 36 088 006 97]]. L'aide à domicile {{ADMR}} ([[PERSONNE:Rosalie]]) vient {{2h}} le mardi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif, {{8 inscrits}}, {{5}} présents. Le conseiller projette un CV modèle sans nom dessus (« {{Prénom NOM}} »). Les participants regardent leur téléphone. À {{10h30}} pause café, la machine ne marche pas.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus (appart du {{CHRS}}) avec l'éduc [[PERSONNE:Maxime Grandjean]]. Résidente : Mme [[PERSONNE:Ngozi Okafor]] et sa fille [[PERSONNE:Blessing]] ({{6 ans}}). Logement propre, frigo vide. Elle a ouvert un compteur à son nom, réf. client {{EDF}} [[IDENTIFIANT:6004218733]]. Titre de séjour en renouvellement, récépissé n° [[IDENTIFIANT:3701294856]]. [[PERSONNE:Maxime]] vérifie qu'elle a reçu le {{chèque énergie}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{2 min}} : une dame demande les horaires du {{CCAS}}. {{8h30-12h}} / {{13h30-17h}}. Fin.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Relève de {{19h}}. L'IOA [[PERSONNE:Aurélie]] passe le relais à [[PERSONNE:Jérôme Da Silva]]. {{31 patients}} en salle, dont {{6}} brancards dans le couloir. Le plus ancien attend depuis {{11h}} du matin : M. [[PERSONNE:Lefèvre]], {{90 ans}}, adressé par son médecin traitant le Dr [[PERSONNE:Oukacha]]. Sa fille a déjà appelé 4 fois.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec une assistante sociale de l'{{Assurance maladie}} ([[PERSONNE:Véronique Thiam]]), visite de retour à domicile après hospitalisation. M. [[PERSONNE:Joaquim Carvalho]], {{72 ans}}, [[ADRESSE:11 rue Auguste Blanqui, 37700 Saint-Pierre-des-Corps]], opéré du genou à {{Trousseau}}. Né au {{Portugal}}, « [[DATE_NAISSANCE:septembre 52]] ». Carte vitale [[NIR:1 52 09 99 139 204 05]]. Sa femme [[PERSONNE:Maria]] fait tout, elle est épuisée. [[PERSONNE:Véronique]] propose {{10h}} d'aide ménagère financées.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Estelle]]. Une étudiante de {{Tours}} ({{Rives du Cher}}) appelle : première demande d'{{APL}}, elle ne reçoit pas le code de validation. Elle dicte son mail : « [[EMAIL:maelys point breton arobase hotmail point fr]] ». [[PERSONNE:Estelle]] trouve l'erreur : il y avait « hotmial » dans le dossier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Deuxième visite de la matinée, quartier {{Saint-Jean}} à {{Châteauroux}}. Le monsieur n'ouvre pas. Volets fermés. L'agente appelle le numéro du dossier, ça sonne dans l'appartement. Elle appelle la mairie, puis la police municipale. On attend {{35 min}} dans la voiture. Finalement il était chez le coiffeur 😅, il rentre avec sa baguette, très content d'avoir de la visite.",
    ),
]

BATCH_2 = [
    (
        "ccas",
        "accueil_telephonique",
        "Le fils de M. et Mme [[PERSONNE:Pinault]] appelle de {{Lyon}}. Ses parents ({{89}} et {{86 ans}}) vivent seuls à {{Joué-lès-Tours}}, il veut le dossier de {{téléassistance}} par mail : [[EMAIL:thierry.pinault@free.fr]]. L'agente vérifie en épelant « [[PERSONNE:P-I-N-A-U-L-T]], c'est ça ? ». Envoyé pendant l'appel.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{La Source}} ({{Orléans}}) suite à un signalement du bailleur ({{Les Résidences de l'Orléanais}}). Mme [[PERSONNE:Simone Ribeiro]], {{87 ans}}, [[ADRESSE:18 avenue de la Bolière, 45100 Orléans]]. Appartement très encombré, odeur forte, frigo plein de périmés. La voisine est là, Mme [[PERSONNE:Diarra]], elle fait ses courses « depuis que [[PERSONNE:Simone]] est tombée à la {{Toussaint}} ». L'agente demande la date de naissance, la dame répond « le [[DATE_NAISSANCE:1er avril]] » en riant, la voisine : « c'est vrai hein, c'est pas une blague, [[DATE_NAISSANCE:premier avril trente-huit]] ». Pas de famille proche, un neveu à {{Montargis}} qui ne répond jamais. Réf. locataire sur la quittance : [[IDENTIFIANT:LRO-0451872]]. Orientation : {{SSIAD}} + fiche au {{DAC 45}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{14h52}}, l'agent c'est [[PERSONNE:Kader]]. Mme [[PERSONNE:Chantal Leroux-Bénard]] appelle pour son père : {{1 032 €}} de retraite, a-t-il droit à la {{Complémentaire santé solidaire}} ? Sûrement, il faut le formulaire. NIR du père : [[NIR:1 39 08 41 018 015 94]], « il est de [[DATE_NAISSANCE:39]], né à {{Blois}} ». Formulaire envoyé chez lui, [[ADRESSE:6 rue des Cordeliers, 41000 Blois]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dame en chemise de nuit amenée par la police, trouvée sur le {{pont Wilson}} à {{Tours}} à {{5h}} du matin. Elle dit s'appeler « [[PERSONNE:Jeannette]] », ne sait plus son nom. Bracelet au poignet avec un numéro gravé : [[TELEPHONE:06 33 71 09 52]]. C'est sa belle-fille, [[PERSONNE:Nora Bellamy]], qui arrive à {{6h10}} en pleurs. Nom complet : [[PERSONNE:Jeannette Bellamy]], née en [[DATE_NAISSANCE:1934]]. {{Alzheimer}}, sortie par la fenêtre du rez-de-chaussée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Senior ({{58 ans}}) licencié d'une usine de {{Vierzon}}, ancien cariste. Conseiller : M. [[PERSONNE:Gaëtan Moreau-Lhuillier]]. Identifiant [[ID_FRANCE_TRAVAIL:0938471 K]]. Il veut savoir s'il peut partir en carrière longue. [[PERSONNE:Moreau-Lhuillier]] le renvoie vers la {{Carsat}} : « ici on fait pas la retraite ». Il a commencé à {{16 ans}}. Lui : « j'ai donné {{42 ans}} à cette boîte ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de résidence chez M. [[PERSONNE:Ahmed Boukhris]], {{76 ans}}, {{APL}}, soupçon de séjours au {{Maroc}} de plus de {{6 mois}} par an. Contrôleuse : [[PERSONNE:Isabelle Gentil]]. Il montre son passeport marocain n° [[IDENTIFIANT:UZ4817302]], tampons d'entrée et de sortie. Elle compte les jours sur une feuille. Né en [[DATE_NAISSANCE:juin 1949]] à {{Oujda}}, carte vitale [[NIR:1 49 06 99 350 118 68]], allocataire [[N_ALLOCATAIRE:3175204]]. Résultat : {{5 mois}} et demi, c'est bon. Il nous offre le thé, [[PERSONNE:Isabelle]] refuse poliment, moi j'accepte 🍵.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Indre}}, {{18h30}}. Une dame de {{74 ans}} appelle, expulsée ce matin de son logement à {{Déols}}. « Je m'appelle Mme [[PERSONNE:Blanchard]], [[PERSONNE:Yvette]] ». Elle a son chien ({{Filou}}), aucune place avec chien. L'écoutante ([[PERSONNE:Sabrina]]) trouve : hôtel {{Première Classe}} de {{Châteauroux}}, {{chambre 14}}, chien accepté. Numéro de la dame : [[TELEPHONE:07 68 12 45 33]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle pour savoir combien il y a d'attente. L'agent : « je peux pas vous dire monsieur, si c'est grave appelez le {{15}} ». Il raccroche. {{40 secondes}}. Ça arrive {{20 fois}} par jour d'après lui.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Bourges}}, salle d'attente : {{4 personnes}} dont 3 âgées. Affiche « {{Plan canicule}} : inscrivez-vous sur le registre ». L'agent dit que les inscriptions se font surtout par téléphone, ce sont les enfants qui appellent pour les parents. Distribution de ventilateurs prévue en {{juillet}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{B112}}. Une femme avec sa fille de {{9 ans}} qui traduit du turc. Mme [[PERSONNE:Elif Yıldırım]], carte vitale perdue. L'agente, Mme [[PERSONNE:Lacroix]], retrouve le dossier avec le n° de l'attestation : [[NIR:2950399208160 91]]. Née en [[DATE_NAISSANCE:mars 1995]] à {{Konya}}. Nouvelle carte commandée, photo à faire au photomaton de la {{gare}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Duverger]], {{82 ans}}, a reçu une lettre du {{Département}} sur l'{{APA}} avec un « plan d'aide » et ne comprend rien. Dossier APA n° [[IDENTIFIANT:APA-37-2024-08812]]. L'agente explique : {{12h}} par mois d'aide à domicile, participation {{18 %}}. « Mais c'est qui qui vient ? » Il faut choisir un service. Liste donnée : {{ADMR}}, {{Vitalliance}}, {{O2}}…",
    ),
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Sivakumar]], le père parle tamoul et un peu anglais, l'agent passe en anglais 👍. Déclaration de naissance du 3e enfant, [[PERSONNE:Anushka]], née le [[DATE_NAISSANCE:17 février]]. N° allocataire [[N_ALLOCATAIRE:5092713]]. Il manque l'acte de naissance, à demander à la mairie de {{Blois}}. {{Prime à la naissance}} déjà versée ? non, elle se fait avant.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Bourges}}, quartier {{Chancellerie}}. L'assuré est là, en pyjama, il montre l'arrêt. {{3 minutes}} sur place, {{40 minutes}} de route aller-retour. L'enquêteur dit que {{80 %}} de ses contrôles sont « conformes ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission au {{CHRS}} de {{Tours}}. M. [[PERSONNE:Yannick Le Floch]], {{61 ans}}, sorti du centre pénitentiaire d'{{Orléans-Saran}} il y a {{2 semaines}}. N° {{SIAO}} : [[IDENTIFIANT:SIAO37-2024-1187]]. Carte d'identité encore valide : [[IDENTIFIANT:X7RT4K2P9]]. Travailleuse sociale : Mme [[PERSONNE:Okonkwo]]. Il a une sœur à {{Chinon}} mais « elle veut plus me voir ». Il demande s'il peut garder son poste radio. Oui.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Retour d'hospitalisation de M. [[PERSONNE:Lucien Pothier]] ({{CH de Châteauroux}}, {{10 jours}}). Sa femme [[PERSONNE:Josiane]] l'aide, elle-même marche avec une canne. Lit médicalisé livré par la {{Pharmacie Rousseau}}, le pharmacien M. [[PERSONNE:Rousseau]] est venu le monter lui-même. [[PERSONNE:Josiane]] : « on se débrouille ». L'agente parle de la plateforme d'{{aide aux aidants}}, elle ne connaissait pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "pt {{87a}}, chute, TC, sous {{AVK}}. Nom : [[PERSONNE:GAUTHIER Raymonde]]. Ddn [[DATE_NAISSANCE:03/03/1938]]. Fille au tel [[TELEPHONE:0647193528]]. Box {{7}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère [[PERSONNE:Mélanie Vu]] rappelle un demandeur pour un atelier. Elle lit son identifiant pour vérifier : « [[ID_FRANCE_TRAVAIL:5621 083 P]] ». Messagerie. Message laissé + mail envoyé à [[EMAIL:rachid.benamar@laposte.net]]. {{2 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame âgée appelle la {{Caf}} pour sa « retraite ». L'agent lui explique que ce n'est pas la Caf, c'est la {{Carsat}} ou la {{MSA}}. Elle : « mais c'est vous qui me donnez les sous ! » Non madame, nous c'est l'{{APL}}. Il lui donne le {{3960}}. {{7 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un voisin, M. [[PERSONNE:Achour]], appelle : il n'a pas vu Mme [[PERSONNE:Fleury]] depuis {{3 jours}}, volets fermés, [[ADRESSE:27 rue Losserand, Tours]]. Aucune fiche au registre canicule. L'âge ? « oh elle a bien {{85}}, {{90 ans}} ». L'agente appelle la police.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un résident âgé en appartement relais : M. [[PERSONNE:Tahar Mansouri]], {{69 ans}}, ancien ouvrier chez {{Michelin}} à {{Joué}}. Il attend sa retraite depuis {{8 mois}} : dossier {{Carsat}} bloqué, il manque des années de carrière. Réf. dossier retraite [[IDENTIFIANT:RET-2024-0071934]]. Il me montre la photo de sa petite-fille [[PERSONNE:Inès]] sur le frigo.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Karine Deschamps]], fille d'un patient ({{91 ans}}) sorti hier à {{23h}} en taxi sans que personne soit prévenu. Il a retrouvé sa maison froide, pas de courses. Elle est furieuse. L'agente lui donne le mail du cadre de santé : « [[EMAIL:f.aubry@chu-tours.fr]] ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Sur {{2h}} d'écoute : {{19 appels}}. Carte vitale (5), IJ (4), {{CSS}} (3), médecin traitant (3), divers. Deux appels de personnes âgées qui veulent un papier par courrier « parce que internet je sais pas faire ». L'agent le fait à chaque fois.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite quartier {{Kennedy}} à {{Blois}}. Mme [[PERSONNE:Marie-Thérèse Ouedraogo]], {{80 ans}}, veut vendre la voiture de son mari décédé pour payer la maison de retraite. Carte grise au nom de M. [[PERSONNE:Ouedraogo]] : [[IMMATRICULATION:AB-734-QP]], une {{Peugeot 206}}. L'agente explique les démarches {{ANTS}}. La petite-fille, [[PERSONNE:Awa]], fera ça en ligne.",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de RIB. Jeune femme, [[PERSONNE:Laëtitia Rocher]], allocataire [[N_ALLOCATAIRE:6637401]], nouveau compte {{Crédit Agricole}} : [[IBAN:FR76 1480 6003 1094 0017 2652 369]]. L'agent vérifie que le nom sur le RIB est bien le sien. OK en {{3 min}}. Elle demande quand tombe la {{prime d'activité}} : le {{5}} du mois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mr [[PERSONNE:Ionuț Popescu]], chauffeur PL, identifiant [[ID_FRANCE_TRAVAIL:3320975Y]]. Il a une offre à {{Gien}} mais sa voiture (immat roumaine [[IMMATRICULATION:B 127 KTX]]) est en panne. Le conseiller propose l'aide à la mobilité, il faut un devis : « le {{Garage Martin}} à {{Briare}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{21h}}, {{37 appels}} en attente au tableau. Plus rien sur {{Tours}}. L'écoutant répond « rappelez demain à {{9h}} ». Il me dit qu'il le dit {{60 fois}} par soir. Certains rappellent 10 fois.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Guy Lamothe]], {{83 ans}}, avec son petit-fils pour la carte de bus senior {{Fil Bleu}}. Justificatif de domicile : facture {{Veolia}}, réf. [[IDENTIFIANT:0140271856]]. Le petit-fils, très à l'aise, dit à l'agent de le suivre sur insta, [[IDENTIFIANT:@tom.lamothe37]] 😂",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Charles-Henri de Villiers]] ({{Saint-Cyr-sur-Loire}}) appelle : erreur de date de naissance sur sa carte vitale. Sur la carte : [[DATE_NAISSANCE:01/01/1941]]. Lui : « je suis né le [[DATE_NAISSANCE:19 novembre 1941]], à la clinique de la rue {{Jules Charpentier}} ». L'agent : c'est l'{{INSEE}} qui corrige, il faut un acte de naissance.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste anglaise, chute au {{château de Chambord}}. Passeport n° [[IDENTIFIANT:548213907]], Mrs [[PERSONNE:Margaret Ellison-Hughes]], {{76}}. Le mari, [[PERSONNE:Geoffrey]], ne parle pas français. L'agent de sécurité demande à qui est la voiture garée sur l'aire ambulances : c'est celle de [[PERSONNE:Geoffrey]], [[IMMATRICULATION:LK19 XMP]], il doit la déplacer. Il ne comprend pas, je traduis 😅",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Longue conversation ({{25 min}}) avec [[PERSONNE:Patricia]], aidante de sa mère ({{Alzheimer}}) et de son mari handicapé. Elle craque au téléphone. L'agente, [[PERSONNE:Hélène Brunet]], écoute, propose l'accueil de jour {{Les Tilleuls}} et donne le numéro de la plateforme de répit. [[PERSONNE:Patricia]] laisse son portable : [[TELEPHONE:+33 6 12 87 40 93]], « pas le fixe, ma mère décroche et raccroche ». Après, [[PERSONNE:Hélène]] souffle et me dit « celle-là je la rappelle vendredi ».",
    ),
]

BATCH_3 = [
    (
        "caf",
        "accueil_telephonique",
        "Une grand-mère qui a la garde de ses 2 petits-enfants (délégation d'autorité parentale) : Mme [[PERSONNE:Zoubida Hamidi]], {{67 ans}}, allocataire [[N_ALLOCATAIRE:1983045]]. Elle veut que les allocations arrivent sur son compte à elle et plus sur celui de sa fille. RIB dicté chiffre par chiffre : [[IBAN:FR76 1870 7002 3132 1178 4056 201]]. L'agent, [[PERSONNE:Benoît]], relit deux fois. {{16 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{13h30}} ouverture, déjà {{22}} personnes dehors sous la pluie ☔. Le vigile fait entrer par groupes de 5. Pas assez de chaises. Une femme enceinte s'assoit par terre, un monsieur lui laisse sa place. Après {{15h}} c'est sur rdv seulement, fermeture {{16h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une auxiliaire de vie de {{Domi-Services}} appelle pour une bénéficiaire, Mme [[PERSONNE:Paulette Jourdain]] : il lui faut le formulaire de la carte {{Mobilité inclusion}}. L'agente demande la date de naissance, l'auxiliaire la lit sur la vieille carte d'invalidité : « [[DATE_NAISSANCE:2/2/40]] ». L'agente : « c'est joli ça ». Formulaire envoyé au mail de l'auxiliaire, [[EMAIL:c.lebreton.domiservices@gmail.com]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annuelle chez M. [[PERSONNE:Émile Chapuis]], {{95 ans}}, le doyen des {{Gibjoncs}} à {{Bourges}} 😊. Toujours chez lui, [[ADRESSE:31 rue Édouard Vaillant, 18000 Bourges]]. Il récite sa date de naissance comme à l'armée : « [[DATE_NAISSANCE:vingt-trois mai vingt-neuf]] ». Sa carte vitale, [[NIR:1 29 05 18 033 066 74]], est « toute neuve », il en est fier. Aide ménagère {{3 fois}} par semaine, portage de repas le midi. Il nous montre ses pigeons.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{Plan canicule}} : l'agente appelle les inscrits du registre, liste papier de {{212}} noms. Je l'écoute {{1h}} : {{14 appels}}, 11 décrochent, 2 messageries, 1 numéro qui n'existe plus. Trois questions à chaque fois : vous buvez ? vous avez un ventilateur ? quelqu'un passe vous voir ? Elle ne dit jamais les noms à voix haute devant moi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite quartier {{Argonne}}, demande d'aide facultative pour une facture de chauffage. M. [[PERSONNE:Mustafa Kaya]] ({{71}}) et sa femme [[PERSONNE:Hatice]]. Facture {{Engie}} n° [[IDENTIFIANT:F-4512-8870321]], {{486 €}}. L'aide sera versée au fournisseur, pas à eux. Leur fils [[PERSONNE:Emre]] arrive de {{Fleury-les-Aubrais}} pendant la visite, il traduit pour sa mère.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Vo Van Thanh]], {{84 ans}}, arrivé du {{Vietnam}} en {{1979}}, veut changer de RIB pour les remboursements. Tout est écrit dans un carnet à spirale : nom, n° de sécu, banque. L'agente recopie l'IBAN du carnet, [[IBAN:FR76 3000 4005 1200 0103 9471 825]], et lui fait relire. Il relit à voix haute, en entier, dans la salle d'attente 😬.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} en panne depuis {{lundi}}, affichette scotchée dessus. L'agente d'accueil imprime les attestations elle-même. {{12}} attestations en {{1h}}. Elle me dit que c'est « plus rapide qu'avec la borne de toute façon ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Marie-Dominique Santoni]], {{80 ans}}, née en [[DATE_NAISSANCE:février 44]] à {{Ajaccio}} (elle le précise fièrement), vit maintenant à {{Amboise}} chez sa fille. Plus de remboursements depuis qu'elle a quitté la {{Corse}}. L'agent trouve : le dossier est resté à la {{CPAM de Corse-du-Sud}}. Mutation demandée. NIR : [[NIR:2 44 02 2A 004 031 22]]. « Le 2A ça passe dans votre ordinateur ? » oui.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un kiné appelle pour une facture rejetée, patient M. [[PERSONNE:Rodrigues]]. Le kiné se présente, [[PERSONNE:Sébastien Kerbrat]], donne son n° RPPS [[IDENTIFIANT:10101234567]] et le n° de la facture : [[IDENTIFIANT:FT-2024-3381]]. Motif : prescription expirée. {{9 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête sur un cabinet infirmier : on va chez les patients vérifier les passages facturés. Mme [[PERSONNE:Albertine Moulin]], {{92 ans}}, [[ADRESSE:lieu-dit La Grange Rouge, 36120 Ardentes]]. Elle dit que l'infirmière, [[PERSONNE:Cindy]], passe « tous les matins sauf le dimanche ». Le cabinet facture aussi les dimanches. L'enquêteur note. La dame s'inquiète : « vous allez pas lui faire des ennuis, elle est gentille ». 😬",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{16h40}}, un monsieur arrive de l'{{EHPAD La Chesnaie}} avec un dossier de liaison incomplet. Nom : [[PERSONNE:Henri Beaufils]]. Sur la fiche, né le [[DATE_NAISSANCE:14/07/1931]] ; sur sa carte vitale [[DATE_NAISSANCE:14/07/1932]]. La secrétaire hésite, appelle l'EHPAD : c'est la carte vitale qui a raison, ils corrigent. Pendant ce temps M. [[PERSONNE:Beaufils]] chante {{La Marseillaise}} 🎶",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un ambulancier ({{Ambulances du Val de Loire}}) dépose une patiente et repart vite. Fiche de transport : Mme [[PERSONNE:Sokhna Diop]], prise en charge au [[ADRESSE:9 rue du Clos Gaultier, 41000 Blois]]. L'ambulance était en double file, [[IMMATRICULATION:GE-903-LN]], le vigile a râlé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame au tel : « mon mari est chez vous depuis hier, [[PERSONNE:Ferhat]], [[PERSONNE:Ali Ferhat]] ». Pas trouvé… il était à {{Trousseau}}, pas à {{Bretonneau}}. Transfert d'appel.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Femme victime de violences, arrivée avec 2 enfants via le {{115}}. Entretien avec [[PERSONNE:Claire-Anne]], éducatrice. Elle donne son nom de jeune fille, [[PERSONNE:Mendy]], pas celui du mari. N° allocataire [[N_ALLOCATAIRE:7120458]] : [[PERSONNE:Claire-Anne]] dit qu'il faut changer le compte de versement vite, sinon c'est le mari qui touche. Les enfants jouent aux {{Lego}} dans le couloir. {{Chambre 3}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du soir : {{42 couverts}}, {{hachis parmentier}}. Le plus vieux résident, {{70 ans}} passés, mange seul dans un coin. L'éducateur dit qu'il est là depuis {{4 ans}} et qu'il n'y a « aucune solution EHPAD pour lui, trop jeune, trop cher, trop compliqué ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Cher}}, {{22h40}}. Un homme de {{68 ans}} dort dans sa voiture sur le parking de la {{gare de Vierzon}}. M. [[PERSONNE:Jean-Claude Barreau]]. L'écoutant prend la plaque pour que la maraude le trouve : [[IMMATRICULATION:4521 TV 18]] (vieux format, un {{Renault Espace}}). Il refuse l'hébergement, veut juste une couverture et un café.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à la {{pension de famille}} de {{Romorantin}} avec [[PERSONNE:Laurent Petitjean]]. « [[PERSONNE:Dédé]] » (tout le monde l'appelle comme ça, vrai nom [[PERSONNE:André Vasquez]]), {{77 ans}}, {{studio 6}}. Hospitalisé la semaine dernière au {{CH de Romorantin}}, sorti avec des médicaments qu'il ne prend pas. [[PERSONNE:Laurent]] appelle la pharmacie et organise un pilulier. [[PERSONNE:Dédé]] veut qu'on lui rapporte des {{Gauloises}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Début du RDV, le conseiller ([[PERSONNE:Samuel Ndiaye]]) lit l'écran : « [[PERSONNE:BERTHIER Manon]], identifiant [[ID_FRANCE_TRAVAIL:2284716 J]], inscrite depuis {{14 mois}}, toujours à {{Saint-Amand}} ? » « oui mais j'ai pas le permis ». Projet : aide-soignante. Il envoie la fiche de l'{{IFAS}} de {{Bourges}} sur [[EMAIL:manon.berthier18@outlook.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dame de {{57 ans}} qui a arrêté de travailler pour s'occuper de sa mère. Elle demande si le congé de proche aidant donne droit à quelque chose. Le conseiller ne sait pas trop, cherche {{10 min}} sur l'intranet, finit par trouver l'{{AJPA}} ({{allocation journalière du proche aidant}}) : c'est la {{Caf}}. Elle repart avec un post-it.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{3949}}. La conseillère, Mme [[PERSONNE:Fontaine]], a sa {{fontaine à eau}} à côté du poste. Un homme donne son identifiant chiffre par chiffre : « [[ID_FRANCE_TRAVAIL:six, deux, neuf, un, quatre, zéro, sept, B]] comme {{Bernard}} ». Elle le retrouve du premier coup.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur (boulangerie à {{Issoudun}}) qui cherche un apprenti. Offre n° {{178KQZP}}. La conseillère met à jour l'offre. {{4 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Ginette Poupard]], {{84 ans}}, à {{Vendôme}}, {{APL}}. Le contrôleur vérifie qu'elle vit seule : oui, avec son perroquet {{Coco}} 🦜 qui répète « bonjour [[PERSONNE:Ginette]] ! ». Elle a changé de banque, nouveau RIB : [[IBAN:FR76 1450 5000 4004 4129 8310 747]]. {{20 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : la personne a appelé à {{8h}} pour dire qu'elle était hospitalisée. Le contrôleur me montre ses dossiers à la place : {{23}} en retard, chacun avec un post-it de couleur. Rouge = urgent. Il y en a beaucoup de rouges.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une fille vient demander le {{colis de Noël}} pour son père, M. [[PERSONNE:Raymond Taillandier]], {{90 ans}}, « il veut jamais rien demander ». Date de naissance : elle regarde la photo de la carte d'identité sur son téléphone, « [[DATE_NAISSANCE:7 octobre 1934]] »… « ah non ça c'est maman ! lui c'est le [[DATE_NAISSANCE:30 décembre 33]] ». Adresse : [[ADRESSE:2 bis rue de la Paix, Châteauroux]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{mutuelle communale}} le jeudi matin. {{6}} rdv, que des retraités. Le courtier de la {{Mutuelle de Touraine}} compare les tarifs sur papier. Un couple payait {{98 €}}/mois chacun, ils vont économiser {{31 €}}. Ravis.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Fernand Guérin]], {{88 ans}}, appelle pour s'inscrire à la sortie seniors (bateau sur la {{Loire}} en juin). Date de naissance pour l'assurance : « [[DATE_NAISSANCE:1936]]… ou [[DATE_NAISSANCE:37]], attendez je regarde ». Il pose le combiné, on l'entend fouiller {{2 min}}. « Le [[DATE_NAISSANCE:4 août 1936]] ! ». Il tient à préciser qu'il sait nager.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Inscription téléassistance pour Mme [[PERSONNE:Rosa Pereira da Costa]], {{85 ans}}. Contacts d'urgence : son fils [[PERSONNE:Manuel]], [[TELEPHONE:06 52 11 80 47]], et la voisine, Mme [[PERSONNE:Chevalier]], [[TELEPHONE:02 47 44 19 62]]. Le fils veut les alertes par mail : « [[EMAIL:manuel.dacosta (at) yahoo.fr]] ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec le {{CCAS}} d'{{Amboise}}. M. [[PERSONNE:Jacques Ménard]], {{76 ans}}, hémiplégique depuis un AVC, vit avec sa compagne [[PERSONNE:Lucette]] au [[ADRESSE:12 quai des Marais, 37400 Amboise]]. Dossier {{APA}} : l'agente lit la carte vitale, [[NIR:1 48 02 37 003 102 28]]. « Vous êtes né ici ? » « né ici et jamais parti ». [[PERSONNE:Lucette]] nous montre la marche de l'entrée, il faudrait une rampe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de la directrice d'une résidence autonomie ({{Résidence Les Mésanges}}, {{Olivet}}) pour une résidente, Mme [[PERSONNE:Odile Lambert-Nicolas]], dont l'{{APL}} est suspendue. Allocataire [[N_ALLOCATAIRE:0392177]]. Il manque l'attestation de loyer. Formulaire envoyé à l'adresse de la résidence, {{direction.mesanges@orange.fr}}.",
    ),
]

BATCH_4 = [
    (
        "france_travail",
        "accueil_physique",
        "Demandeuse : [[PERSONNE:Priscilla Vautrin]], aide à domicile à l'{{ADMR}} jusqu'en mars, cherche le même métier. Elle fait {{120 km}} par jour avec sa voiture à elle et demande pour les frais kilométriques. Le conseiller ([[PERSONNE:Bruno]]) note la plaque pour l'aide à la mobilité : [[IMMATRICULATION:EZ-661-HB]]. Identifiant [[ID_FRANCE_TRAVAIL:7730158 D]]. Elle parle de ses « {{mamies}} », dont une de {{101 ans}} à {{La Châtre}} qu'elle adorait.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente {{France Travail}} de {{Châteauroux}} : l'écran affiche « Prochain : {{C024}} » en boucle. {{11}} personnes. Un monsieur âgé (la soixantaine bien passée) demande où est la {{Carsat}}. « Ah non c'est pas ici monsieur ». Il sort de la {{Caf}}, qui l'a envoyé ici. Tout le monde le renvoie ailleurs.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller [[PERSONNE:Théo Garnier]], en télétravail. Une demandeuse ne reçoit plus les mails. Il lit l'adresse du dossier : « [[EMAIL:sandrine.weber57 arobase sfr point fr]] ». Elle : « ah non c'est plus {{sfr}}, c'est [[EMAIL:sandrine.weber57@gmail.com]] maintenant ». Identifiant confirmé : [[ID_FRANCE_TRAVAIL:4409612W]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Abdelkader Saïdi]], {{81 ans}}, vient avec sa carte de résident périmée depuis {{2019}}, n° [[IDENTIFIANT:9501473826]]. Il a peur qu'on lui coupe sa retraite. L'agente, Mme [[PERSONNE:Perret]], fait la demande sur l'{{ANEF}} pour lui. Né le [[DATE_NAISSANCE:01/01/1943]], « comme tout le monde au bled », il rit. Il remercie 10 fois en partant.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Distribution des {{bons de chauffage}} : file de {{30}} retraités dès {{9h}}. Un agent passe avec un thermos de café. Une dame dit que c'est « le seul jour de l'année où je vois autant de monde ». Fini à {{11h45}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Thierry Vallée]] appelle pour sa mère qui sort de l'hôpital de {{Vierzon}} vendredi : il veut une aide ménagère en urgence. L'agente prend les infos : Mme [[PERSONNE:Madeleine Vallée]], née en [[DATE_NAISSANCE:trente-cinq]], [[ADRESSE:4 chemin des Ajoncs, 18100 Vierzon]]. « Elle a un chat et un chien, faut que la personne aime les bêtes ». Délai annoncé : {{10 jours}}. Lui : « mais elle sort vendredi ! »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Transfert d'appel de la mairie. Mme [[PERSONNE:Wiśniewska]], {{79 ans}}, son mari est entré en EHPAD à {{Saran}} et elle n'arrive plus à payer. L'agent parle de l'{{aide sociale à l'hébergement}}. Elle épelle son nom : « [[PERSONNE:W-I-S-N-I-E-W-S-K-A]], avec un accent sur le S mais vous pouvez pas le mettre ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au {{Sanitas}} ({{Tours}}). Mme [[PERSONNE:Yvonne Lemercier]], {{89 ans}}, sortie du {{CHRU}} il y a 3 jours après une chute (col du fémur). Sa fille [[PERSONNE:Brigitte]] a pris une semaine de congés, elle repart lundi à {{Paris}}. Dans le salon : déambulateur, lit médicalisé, chaise percée, cartons de médicaments. [[PERSONNE:Brigitte]] a un classeur avec tout : ordonnances, compte rendu, contrat de téléassistance {{Présence Verte}} n° [[IDENTIFIANT:PV-37-118204]]. L'agente remplit la demande d'aide au retour à domicile ({{ARDH}}, {{Carsat}}). Date de naissance : [[PERSONNE:Brigitte]] dit « [[DATE_NAISSANCE:18 mai 1935]] », la mère corrige « non, le [[DATE_NAISSANCE:8]] ! ». Carte d'identité : [[DATE_NAISSANCE:08/05/1935]]. La mère est ravie d'avoir eu raison. Portable de [[PERSONNE:Brigitte]] : [[TELEPHONE:06 84 02 37 15]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite prévue à {{10h}}, annulée : la dame est partie chez sa fille à {{Gien}} pour {{15 jours}}. On l'apprend sur le palier, par la voisine. Retour au bureau.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez M. et Mme [[PERSONNE:Gonçalves]] à {{Saint-Doulchard}}, dossier aide ménagère. Lui {{82}}, elle {{79}}. Il conduit encore (!) une vieille {{Renault 5}} immatriculée [[IMMATRICULATION:812 AXF 18]] et refuse d'arrêter. Sa femme lève les yeux au ciel : « moi je monte plus avec lui ». Le fils, [[PERSONNE:Paulo]], vit à {{Lisbonne}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Mamadou Camara]], {{49 ans}}, demande d'{{AME}}. Passeport guinéen n° [[IDENTIFIANT:R0458821]] et attestation d'hébergement de son cousin, [[PERSONNE:Sekou Camara]], [[ADRESSE:15 rue Pierre et Marie Curie, 45140 Saint-Jean-de-la-Ruelle]]. L'agente ([[PERSONNE:Fanny]]) vérifie les {{3 mois}} de présence en {{France}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Colette Brisset]], {{78 ans}}, veut déclarer un nouveau médecin traitant (le sien part à la retraite) : le Dr [[PERSONNE:Benali]]. « Votre numéro de sécu ? » Elle le récite par cœur, fière : « [[NIR:deux, quarante-six, douze, trente-six, zéro quarante-quatre, zéro quatre-vingt-neuf, seize]] ». Née à {{Châteauroux}} en [[DATE_NAISSANCE:décembre 46]]. ✅ en {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agente, [[PERSONNE:Anaïs]], prend l'appel de Mme [[PERSONNE:Lecomte]] qui a reçu un SMS « {{ameli}} : votre carte vitale expire, cliquez ici ». Arnaque. Elle a cliqué et donné son RIB 😱, elle relit ce qu'elle a tapé : [[IBAN:FR76 1100 6000 2052 8461 0397 768]]. [[PERSONNE:Anaïs]] lui dit d'appeler sa banque tout de suite et de faire opposition.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ce matin 2 nouveaux agents en double écoute. Les appels sont enregistrés « à des fins de formation ». Le superviseur dit que la durée moyenne visée est {{6 min 30}}. Un appel de personne âgée dure en moyenne le double.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La fille d'un assuré hospitalisé au {{CH de Blois}} (hôpital {{Simone Veil}}) appelle : sortie prévue demain, elle demande pour le {{VSL}}. L'agent : il faut le bon de transport du médecin. Mutuelle du père : {{MGEN}} n° [[IDENTIFIANT:1478823905]]. Le père : M. [[PERSONNE:Claude Ravenel]]. Elle appelle de {{Montréal}}, il est {{4h}} du matin chez elle.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt : M. [[PERSONNE:Kévin Marchetti]], {{34 ans}}, arrêt pour dépression, [[ADRESSE:3 rue des Vignes, 37550 Saint-Avertin]]. Il ouvre en survêtement, il y a un vélo de course et une carte du {{Tour de France}} au mur. L'enquêtrice, [[PERSONNE:Nathalie]], reste {{5 min}}, pas de remarque. Dans la voiture : « on voit de tout, ça veut rien dire ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune couple avec la poussette. Lui : [[PERSONNE:Jordan Blot]], elle : [[PERSONNE:Océane]]. Ils viennent pour la {{PAJE}}. Dates de naissance : [[DATE_NAISSANCE:2003]] et [[DATE_NAISSANCE:2004]]. « Vous êtes jeunes ! ». Le bébé, [[PERSONNE:Lyam]], né le [[DATE_NAISSANCE:2 mars]]. Nouveau n° alloc : [[N_ALLOCATAIRE:8815320]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Atelier numérique à la {{Caf}} : {{4}} retraités apprennent à se connecter à « Mon Compte ». Une dame n'a pas d'adresse mail, la médiatrice lui en crée une. {{35 min}}. À la fin, la dame ne se souvient plus du mot de passe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Gilbert Ravaud]], {{72 ans}}, déclare un changement de situation : sa femme est entrée en EHPAD. Il garde l'appartement, {{APL}} à recalculer. Adresse : {{Résidence Les Acacias}}, [[ADRESSE:45 rue Jean Jaurès, bât. C, 36000 Châteauroux]]. N° allocataire [[N_ALLOCATAIRE:2749061]]. Il demande si sa femme garde « sa part ». L'agent explique l'{{ALS}} en établissement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une mandataire de l'{{UDAF}} pour un majeur protégé, M. [[PERSONNE:Steven Marais]]. Elle se présente, [[PERSONNE:Delphine Auclair]], mail pro [[EMAIL:d.auclair@udaf37.fr]]. Changement de RIB vers le compte de gestion : [[IBAN:FR76 1027 8370 2000 0615 2840 167]]. L'agent demande le jugement de tutelle, RG [[IDENTIFIANT:24/00318]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Sylvie Carré]], {{Orléans}}, quartier des {{Blossières}}. {{RSA}} + {{APL}}. Elle héberge sa mère ({{83 ans}}) depuis sa sortie d'hôpital. Le contrôleur demande les ressources de la mère : pension de {{1 210 €}}. Ça change tout. [[PERSONNE:Sylvie]] pleure : « je pouvais pas la laisser seule ». Il explique qu'il faut la déclarer. La mère, Mme [[PERSONNE:Lucienne Carré]], née en [[DATE_NAISSANCE:1941]], dort dans le salon sur un clic-clac.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} à {{Issoudun}}, M. [[PERSONNE:Dylan Potier]], déclare zéro revenu. Dans la cour, une camionnette {{Renault Trafic}} avec le logo « {{Potier Multiservices}} », plaque [[IMMATRICULATION:GK-408-MR]]. « C'est à vous ? » « À mon oncle ». Le contrôleur note le SIRET peint sur la portière, [[IDENTIFIANT:89412735600018]], pour vérifier au bureau.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h10}} du matin. Une aide à domicile amène elle-même une dame de {{82 ans}} qu'elle a trouvée par terre en arrivant pour la garde de nuit. L'aide s'appelle [[PERSONNE:Fatoumata]], elle a pris sa voiture. La dame : Mme [[PERSONNE:Agnès Moreau]]. [[PERSONNE:Fatoumata]] a pris le sac à main, dedans la carte vitale : [[NIR:2 42 09 45 208 081 53]]. Née à {{Montargis}}, pas de famille dans le coin.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente, {{20h}}. Écran : « temps d'attente estimé : {{5h}} ». {{47}} personnes. Un enfant qui vomit, une personne âgée sur un brancard depuis {{14h}}, un jeune avec la main dans un torchon. Un seul agent de sécurité. Le distributeur de boissons est vide.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'écran de l'IOA : [[PERSONNE:NGUYEN Thi Hoa]] — [[DATE_NAISSANCE:1952-11-03]] — IPP [[IDENTIFIANT:P00872154]]. Motif : douleur thoracique. Venue en bus depuis {{Saint-Pierre-des-Corps}} ! L'{{IOA}} la fait passer directement en box.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'{{EHPAD Les Blés d'Or}} appelle pour transférer une résidente : Mme [[PERSONNE:Marguerite Delorme]], {{97 ans}}. « [[PERSONNE:Marguerite]] comme la {{marguerite}} » dit l'infirmière 🌼. Médecin traitant : Dr [[PERSONNE:Akhtar]]. Contact famille : le neveu, [[TELEPHONE:02 48 65 90 11]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de nuit, {{20h30}}. M. [[PERSONNE:Bernard Lefranc]], {{73 ans}}, arrive par le {{115}}. Sa retraite ({{780 €}}) ne suffit plus depuis le divorce. Il a encore son passe {{Navigo}} de quand il vivait à {{Paris}} et un téléphone à clapet : [[TELEPHONE:06 09 81 42 77]]. Il demande si on peut l'aider pour l'{{ASPA}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Famille ukrainienne : la grand-mère ({{71 ans}}) et son petit-fils, [[PERSONNE:Halyna Kovalenko]] et [[PERSONNE:Artem]]. Autorisation provisoire de séjour n° [[IDENTIFIANT:4510937265]]. Le petit est né en [[DATE_NAISSANCE:2012]]. L'éducateur parle via {{Google Traduction}}. Elle répète « dyakuyu » à chaque phrase.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{CHR d'Orléans}} appelle le {{SIAO}} : un patient de {{66 ans}} sort demain, sans domicile. Réf. {{SIAO}} [[IDENTIFIANT:SIAO45-00917]]. L'assistante sociale de l'hôpital, Mme [[PERSONNE:Lebon]], insiste : « il peut pas retourner à la rue avec une sonde urinaire ». Pas de place en {{LHSS}}. Ça finit par « on se rappelle ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{13h}}, visite d'un studio du {{CHRS}} à {{Vendôme}}. Le résident n'est pas là. L'éducatrice glisse un mot sous la porte. Sur la boîte aux lettres, une étiquette écrite à la main : « [[PERSONNE:K. Benhaddou]] ».",
    ),
]

BATCH_5 = [
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant pour un RDV. Demandeur de {{61 ans}}, M. [[PERSONNE:Alain Le Guen]], identifiant [[ID_FRANCE_TRAVAIL:1187325 R]]. Pas de réponse sur le portable, la conseillère essaie le fixe : [[TELEPHONE:02 54 21 67 80]]. C'est sa femme qui décroche : « il est à l'hôpital avec sa mère, elle est tombée cette nuit ». RDV reporté sans pénalité.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Yanis]], {{19 ans}}, en {{CEJ}}. Identifiant [[ID_FRANCE_TRAVAIL:6039172 L]]. Sa conseillère, Mme [[PERSONNE:Rakotomalala]], lui demande pourquoi il n'est pas venu mardi. Il s'occupe de son grand-père à {{Fleury}} (« y a personne d'autre »). Elle note. Elle lui parle d'un service civique en EHPAD, il rigole : « j'en fais déjà un, gratuit ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Pot de départ d'une conseillère à {{12h}} en salle de pause. {{25 ans}} de maison : l'{{ANPE}}, les {{Assedic}}, {{Pôle emploi}}, {{France Travail}}. « Quatre noms, même boulot ». Gâteau au chocolat. L'accueil reste ouvert avec un seul agent pendant ce temps.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Jacqueline Berthon]], {{86 ans}}, venue seule en bus. L'agente l'aide à remplir le dossier d'{{aide sociale}} pour la {{résidence autonomie}}. Tout est dans un sac {{Monoprix}}. NIR : [[NIR:2 38 03 18 033 047 55]]. Née à {{Bourges}} en [[DATE_NAISSANCE:mars 1938]], « à la maternité qui existe plus ». Son fils, [[PERSONNE:Didier]], est à {{Marseille}}, il vient jamais. Adresse actuelle : [[ADRESSE:8 rue Mirebeau, 18000 Bourges]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Sok Chanthy]], {{74 ans}}, avec sa petite-fille [[PERSONNE:Léa]] qui traduit en khmer. Demande d'aide alimentaire. L'agent ([[PERSONNE:Julien]]) regarde l'avis d'imposition : {{0 €}} d'impôt, retraite de {{640 €}}. Bon de {{40 €}} pour l'{{épicerie sociale}}, valable {{1 mois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "[[PERSONNE:Nathalie Kermarrec]], fille de M. [[PERSONNE:Kermarrec]] ({{90 ans}}, {{Blois}}), appelle de {{Brest}}. Elle voudrait l'évaluation en visio. L'agente : pas possible, il faut être sur place. Elle laisse son mail, [[EMAIL:nath.kermarrec@wanadoo.fr]], et son portable, [[TELEPHONE:06.98.44.12.07]]. Elle viendra aux vacances de {{Pâques}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Faux numéro : quelqu'un cherchait la pharmacie de garde. L'agente donne le {{3237}}. {{30 s}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "C'est le voisin qui appelle pour inscrire Mme [[PERSONNE:Rolande Pichard]] au repas des aînés. La date de naissance ? « elle est de [[DATE_NAISSANCE:34]], [[DATE_NAISSANCE:35]] ? attendez je lui demande » et on entend du fond « [[DATE_NAISSANCE:TRENTE-TROIS]] ! ». Le voisin : « elle dit [[DATE_NAISSANCE:33]] ». Repas le {{12 janvier}} à la salle des fêtes, navette à {{11h15}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Blois}}, quartier {{Vienne}}. M. et Mme [[PERSONNE:Lhermitte]], {{87}} et {{84 ans}}. Mise en place de l'aide à domicile du {{CCAS}} avec prélèvement : l'agente recopie le RIB {{Crédit Agricole}}, [[IBAN:FR76 1480 6000 4771 2034 5881 065]]. Mme [[PERSONNE:Lhermitte]] signe pour son mari qui ne voit plus. Il plaisante : « elle signe tout depuis {{1962}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de sortie d'hospitalisation à {{Orléans}}, {{Saint-Marceau}}. Le monsieur ({{83 ans}}) est content d'être rentré. Rien dans le frigo à part du beurre. L'agente appelle le portage de repas : livraison demain {{11h}}. En attendant on va à la supérette du coin : pain, jambon, soupe, {{12,40 €}} payés par la régie du CCAS.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Tours}}, quartier {{Beaujardin}}. M. [[PERSONNE:Ange-Marie Pietri]], {{90 ans}}, ancien gendarme, né à {{Bastia}} le [[DATE_NAISSANCE:3 décembre 1934]]. Il refuse l'aide à domicile, « je suis pas grabataire ». Sa belle-fille [[PERSONNE:Sophie]] insiste. Compromis trouvé par l'agente : juste le ménage, {{2h}} par semaine. Carte vitale : [[NIR:1 34 12 2B 033 019 85]]. Il nous montre ses médailles.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{C031}}, {{40 min}} d'attente. M. [[PERSONNE:Radu Ionescu]] veut ouvrir ses droits, salarié depuis {{3 mois}} dans le BTP. Carte d'identité roumaine n° [[IDENTIFIANT:KX547812]]. Pas de RIB papier : il montre l'appli de sa banque, l'agente recopie [[IBAN:FR76 3000 3018 9000 0502 1768 493]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un agent d'accueil me dit que depuis la fermeture de l'antenne de {{Loches}} les gens font {{40 km}} pour venir. « Les personnes âgées on les voit plus, elles appellent ou elles abandonnent ». Ticket suivant : {{A052}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Olivier Dumesnil]], {{56 ans}}, en invalidité, appelle pour le montant de sa pension. NIR [[NIR:168072808513975]], dicté d'une traite, l'agent fait répéter. Né à {{Chartres}}. Réponse : {{1 125 €}} brut, « c'est ce qui est marqué ». {{8 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Huguette Rambaud]], {{91 ans}}, veut savoir si ses nouvelles lunettes sont remboursées. Elle parle de son opticien, « [[PERSONNE:Lucas]] », chez {{Krys}}. L'agent explique le {{100 % Santé}}, elle ne comprend pas, il réexplique 3 fois, très patient. À la fin : « vous êtes bien gentil, comment vous vous appelez ? » « [[PERSONNE:Yassine]] ». « Merci [[PERSONNE:Yassine]] ! »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Service social de l'{{Assurance maladie}}, visite à {{Mehun-sur-Yèvre}}. M. [[PERSONNE:Gérard Aubineau]], {{63 ans}}, en arrêt long (cancer), s'occupe aussi de sa mère de {{88 ans}} qui habite en face. Épuisé. L'AS propose de l'aide à domicile via la {{Ligue contre le cancer}}. Sa femme, [[PERSONNE:Martine]], donne son numéro : [[TELEPHONE:07 81 55 63 09]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Aminata Koné]] déclare une séparation. Allocataire [[N_ALLOCATAIRE:1046652]]. Nouvelle adresse : [[ADRESSE:27 avenue de Grammont, appt 41, 37000 Tours]]. Pour le {{RSA}} l'agent lui demande aussi son identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:8853016 F]]. {{18 min}}. Elle est pressée, l'école sort à {{16h30}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un agent me montre le guichet des « indus ». Ce matin : {{3}} personnes, {{4 200 €}}, {{860 €}} et {{12 000 €}}. La dernière est une retraitée qui a touché l'{{APL}} d'un logement qu'elle avait quitté pour aller chez sa fille. Elle ne savait pas qu'il fallait prévenir.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Florent Giraudeau]], allocataire [[N_ALLOCATAIRE:5538210]], appelle pour la {{prime d'activité}} : il a reçu un mail qu'il croit être une arnaque. L'agent vérifie, c'est un vrai, envoyé de {{ne-pas-repondre@caf.fr}} à [[EMAIL:flo.giraudeau@icloud.com]]. {{5 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame de {{90 ans}} a reçu un « questionnaire ressources ». Elle le lit au téléphone ligne par ligne avec l'agent. {{22 min}}. À la fin : « vous n'avez rien à déclarer madame, juste la pension ». Elle : « ah ben c'était facile alors ! »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Montargis}}. M. [[PERSONNE:Wim De Smet]], belge, allocataire [[N_ALLOCATAIRE:6217738]], prestations versées sur un compte belge : [[IBAN:BE33 0631 4728 5946]]. Le contrôleur demande pourquoi. « C'est ma banque de toujours ». Pas interdit, mais il faut prouver la résidence en {{France}} : bail, factures. Sa voiture devant, plaque belge [[IMMATRICULATION:1-KLM-342]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Deuxième contrôle de la journée, à {{Gien}}. Logement conforme, déclaration conforme. L'allocataire nous fait visiter toute la maison « pour que vous voyiez bien ». {{12 min}}. Le contrôleur dit que la moitié des contrôles c'est comme ça.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enregistrement : [[PERSONNE:Rajesh Venkataraman]], {{38 ans}}, ingénieur chez {{STMicroelectronics}} à {{Tours}}. La secrétaire n'arrive pas à écrire le nom, il épelle : « [[PERSONNE:V-E-N-K-A-T-A-R-A-M-A-N]] ». Né le [[DATE_NAISSANCE:16/04/1986]]. Passeport indien [[IDENTIFIANT:Z4019273]]. Coupure à la main, {{3 points}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Michèle Boutet]], {{74 ans}}, amenée par sa voisine après un malaise au marché de {{Joué-lès-Tours}}. À l'accueil la voisine répond à sa place : « elle est de [[DATE_NAISSANCE:cinquante-et-un]] ». Mme [[PERSONNE:Boutet]], vexée : « [[DATE_NAISSANCE:cinquante]] ! [[DATE_NAISSANCE:avril 50]] ! ». Carte vitale [[NIR:2 50 04 37 122 233 91]]. La voisine : « je savais pas qu'elle était plus vieille que moi » 😂",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne {{17 fois}} en {{1h}}. L'agente ne décroche pas quand elle a quelqu'un devant elle. Le répondeur dit de rappeler « ultérieurement ». Elle me dit que ça devrait aller à la régulation mais que le standard renvoie ici.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La fille de M. [[PERSONNE:Pham]] appelle : son père ({{86 ans}}) est aux urgences depuis {{2 jours}}, elle veut le compte rendu. Elle lit l'IPP sur la photo du bracelet : IPP [[IDENTIFIANT:450918327]]. Son mail : [[EMAIL:thuy.pham.orleans@gmail.com]]. La secrétaire refuse le mail, ce sera par courrier ou sur {{Mon espace santé}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier emploi au {{CHRS}} : une conseillère {{France Travail}} vient une fois par mois. Elle voit M. [[PERSONNE:Stéphane Hubert]] (identifiant [[ID_FRANCE_TRAVAIL:3096624 N]]) puis Mme [[PERSONNE:Leïla Amrani]] (identifiant [[ID_FRANCE_TRAVAIL:5571840C]]). Lui a un entretien chez {{Amazon}} à {{Saran}}, sans moyen de transport. Elle vise une formation d'ASH en EHPAD.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : une infirmière libérale de {{Bourges}} appelle pour sa patiente, Mme [[PERSONNE:Yolande Perrin]], {{78 ans}}, à la rue depuis que son fils a vendu la maison. Elle dort chez des voisins depuis {{4 nuits}}. L'écoutante cherche : rien. Relais au {{SIAO}} et à l'assistante sociale de secteur. N° de l'infirmière : [[TELEPHONE:06 27 90 35 61]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{Plan grand froid}} activé. Le {{115}} ouvre le gymnase {{Jean Zay}} : {{40 lits}}. L'écoutant dit « gymnase » toutes les 2 minutes. À {{23h50}} c'est plein.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Suivi hors les murs : M. et Mme [[PERSONNE:Hoarau]] ({{70}} et {{68 ans}}) vivent à l'année dans un mobil-home, [[ADRESSE:camping de la Varenne, emplacement 31]], à {{Chaumont-sur-Loire}}. Vieille {{Kangoo}} devant, [[IMMATRICULATION:CD 512 ZT]]. Logement social demandé il y a {{3 ans}}, n° unique [[IDENTIFIANT:041 23 0137298]]. Mme [[PERSONNE:Hoarau]] : « on finira ici ».",
    ),
]

BATCH_6 = [
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Bernadette Loiseau]], {{76 ans}}, veuve depuis {{3 mois}}, vient demander une aide pour les frais d'obsèques. L'agente demande un RIB : {{La Banque Postale}}, elle sort son chéquier, le RIB est glissé dedans : [[IBAN:FR15 2004 1010 0812 7654 0W02 023]]. Elle s'excuse de pleurer. Passage en commission le {{14}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le jeudi c'est l'{{écrivain public}} au {{CCAS}}. {{5}} personnes, dont 3 pour des courriers de retraite. Une dame veut écrire à la {{Carsat}} « une lettre bien polie mais ferme ». Un dictionnaire {{Larousse}} sur la table.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un petit-fils, [[PERSONNE:Kylian]], {{17 ans}}, pour sa grand-mère qui parle mal français. C'est pour le {{transport à la demande}}. La grand-mère : Mme [[PERSONNE:Tran]], « elle est née en [[DATE_NAISSANCE:mille neuf cent quarante-sept]] ». Il faut venir avec un justificatif. « Je peux venir à sa place ? » Oui, avec une procuration.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lefort]] rappelle pour la 3e fois pour le dossier {{APA}} de son mari. Cette fois elle donne le numéro de sa fille « parce que moi j'entends plus le téléphone » : [[TELEPHONE:06 40 18 72 93]]. L'agente note aussi le fixe, [[TELEPHONE:02 38 55 04 61]], pour être sûre. Le dossier est à l'évaluation, délai {{2 mois}}. « Deux mois ! il sera mort ! ». Silence.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une pharmacienne s'inquiète pour une cliente âgée « qui ne vient plus chercher ses médicaments ». Elle ne veut pas donner le nom au téléphone, elle passera au {{CCAS}} demain. L'agente apprécie. {{3 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Quartier {{Beaulieu}} à {{Châteauroux}}, avec l'évaluatrice {{APA}} du {{Département}}, [[PERSONNE:Karima Belkacem]] (le {{CCAS}} accompagne). Mme [[PERSONNE:Annunziata Colombo]], {{91 ans}}, arrivée d'{{Italie}} en {{1956}} pour la manufacture de tabac. Elle mélange français et italien. Date de naissance : « [[DATE_NAISSANCE:dodici luglio trentatré]] », [[PERSONNE:Karima]] traduit : [[DATE_NAISSANCE:12 juillet 1933]]. Carte vitale [[NIR:2 33 07 99 127 052 08]]. Grille {{AGGIR}} : {{GIR 4}}. Sa voisine, Mme [[PERSONNE:Simon]], fait ses courses le samedi. Le chat s'appelle {{Garibaldi}} 😸.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Matinée avec une aide à domicile du {{CCAS}}, [[PERSONNE:Océane Lebrun]], {{6}} personnes dans la tournée. Elle roule avec sa voiture perso, une {{Twingo}} [[IMMATRICULATION:FX-327-DM]], indemnisée {{0,35 €}} du km. Chez M. [[PERSONNE:Raoul Fontanel]], {{88 ans}} : courses, vaisselle, et surtout la conversation. Il l'appelle « ma petite [[PERSONNE:Océane]] ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Blois}}, {{Croix-Chevalier}}. Le monsieur a {{92 ans}}, toute sa tête, {{Des chiffres et des lettres}} à la télé. Il refuse qu'on l'aide pour ses papiers : « j'ai été comptable {{40 ans}} ». Il a raison, c'est mieux rangé qu'au bureau.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Émilie Charpentier]], {{37 ans}}, aidante de son père ({{Parkinson}}), demande si elle peut avoir un congé de proche aidant indemnisé. L'agent l'oriente vers la {{Caf}} pour l'{{AJPA}}. Elle donne quand même son NIR pour vérifier ses IJ : [[NIR:2 87 05 45 234 356 27]]. « Je suis née à {{Orléans}}, à {{La Source}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un fils vient pour les derniers remboursements de son père décédé en EHPAD, M. [[PERSONNE:Marcel Giraud]]. L'agente demande l'acte de décès et les coordonnées du notaire, Me [[PERSONNE:Lambert]] à {{Vierzon}}. {{10 min}}. Il dit merci trois fois en partant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Jean-Pierre Collin]] appelle : ses IJ ne sont pas arrivées. L'agent relit le RIB enregistré : [[IBAN:FR80 3000 2007 4500 0078 1264 M02]]. « C'est bien le vôtre ? » « Oui, le compte joint ». Paiement parti le {{12}}, arrivée sous {{3 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sandrine Moulinet]] appelle pour sa mère, {{96 ans}}, en EHPAD à {{Vendôme}} : carte vitale perdue pendant l'hospitalisation. NIR lu sur l'attestation : [[NIR:2 28 11 41 269 008 92]], née le [[DATE_NAISSANCE:21/11/1928]]. Nouvelle carte envoyée à l'EHPAD. « Elle bouge plus de sa chambre, la carte sert à rien, mais bon ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause de {{15 min}} à {{10h30}}. Les agents parlent des appels « collants » : une dame qui appelle tous les jours à {{9h}} pile pour parler. Ils la connaissent tous, ne disent pas son nom. « Elle est seule, on sait ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite commune {{Cpam}} / {{Carsat}} chez M. [[PERSONNE:Roger Pasquier]], {{79 ans}}, sorti d'hospitalisation après un AVC. Sa femme [[PERSONNE:Denise]] est dépassée. NIR : [[NIR:1 45 03 36 044 210 44]]. L'assistante sociale monte un dossier {{ARDH}}. Fixe du couple : [[TELEPHONE:02 54 34 78 12]]. [[PERSONNE:Denise]] demande si on peut revenir la semaine prochaine « juste pour parler ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Benmansour]], 4 enfants. Changement de situation : le grand-père ({{80 ans}}) vient vivre avec eux. L'agent explique : ça ne change rien aux allocations familiales, mais l'{{APL}} oui. Dossier [[N_ALLOCATAIRE:3369014]]. Le père : « il touche {{900 €}}, c'est grave ? »",
    ),
    (
        "caf",
        "accueil_physique",
        "Jour de versement (le {{5}}) : l'accueil est calme. L'agent : « les gens ont leur argent, ils viennent pas ». La semaine prochaine ce sera l'inverse.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseillère : [[PERSONNE:Amandine]]. M. [[PERSONNE:Hakim Zerrouki]], allocataire [[N_ALLOCATAIRE:4482906]], veut changer de compte et commence à dicter. Elle ne peut pas prendre un RIB par téléphone, il faut le déposer en ligne. Il insiste et relit tout : [[IBAN:FR76 1600 6210 1100 0472 1583 054]]. Elle refuse poliment. {{6 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Francine Auger]], {{77 ans}} : son petit-fils lui a créé une adresse mail, elle veut la donner à la {{Caf}} : « [[EMAIL:francine.auger45 arobase orange point fr]] ». L'agente l'ajoute. « Comme ça je recevrai les nouvelles ». Puis : « mais je l'ouvre comment ? ». Le petit-fils viendra dimanche.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Adama Sissoko]], {{Tours}}, {{Les Fontaines}}, allocataire [[N_ALLOCATAIRE:5927143]]. Il vit avec sa mère ({{85 ans}}) venue du {{Mali}}. Titre de séjour de la mère : [[IDENTIFIANT:3709182645]]. Le contrôleur vérifie la composition du foyer. {{6}} matelas dans le salon. [[PERSONNE:Adama]] : « c'est la famille qui passe ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de résidence à {{Romorantin}}. L'allocataire, Mme [[PERSONNE:Pilar Jiménez]], rentre d'{{Espagne}}, voiture en plaque espagnole [[IMMATRICULATION:4821 KLT]]. Elle s'occupait de sa mère malade à {{Valence}} pendant {{4 mois}}. Le contrôleur compte. « Moins de {{6 mois}}, c'est bon ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme sans papiers trouvé sur un banc du {{jardin des Prébendes}}. Il ne parle pas. Enregistré sous « {{INCONNU X}} », date de naissance fictive {{01/01/1960}}. IPP attribué : [[IDENTIFIANT:P00913377]]. Âge estimé : {{60-65 ans}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident du travail : M. [[PERSONNE:Florian Ribeiro]], couvreur chez {{Toitures Lemoine}} à {{Olivet}}, chute d'échelle. Le patron, M. [[PERSONNE:Lemoine]], est venu avec lui et remplit la déclaration sur le comptoir. SIRET de l'entreprise {{91273846500018}}. Orientation {{ortho}}, attente {{2h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La cadre appelle une famille pour une sortie : « Madame [[PERSONNE:Da Costa]] ? C'est pour votre mère, Mme [[PERSONNE:Albertina Da Costa]], née le [[DATE_NAISSANCE:5 juin 1939]], elle peut sortir demain {{14h}} ». La fille : « demain je travaille ! ». Négociation : sortie à {{17h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{SAMU}} : arrivée dans {{10 min}} d'une personne âgée en détresse respiratoire. L'{{IOA}} prépare le {{box 2}}. Tout le monde accélère. Le téléphone raccroche sans au revoir.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien : Mme [[PERSONNE:Dominique Ferrand]], {{62 ans}}, s'est occupée de sa mère jusqu'à son décès en {{mars}}. La maison était au nom de la mère, le frère l'a vendue. Elle n'a jamais travaillé « officiellement ». {{RSA}} en attente. Elle cherche des heures de ménage sur insta, [[IDENTIFIANT:@domi_ferrand36]]. Portable : [[TELEPHONE:07 52 61 38 04]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe à {{14h}} : {{12}} situations en {{1h30}}. Au tableau, les initiales, jamais les noms entiers. Trois résidents ont plus de {{65 ans}}. « On devient un EHPAD sans les moyens », dit la cheffe de service.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{6h45}}. M. [[PERSONNE:Raymond Le Bihan]], {{81 ans}}, appelle du téléphone d'un boulanger : nuit dehors devant la gare de {{Blois}}. Le boulanger, M. [[PERSONNE:Auclert]], donne son numéro pour qu'on rappelle : « [[TELEPHONE:zéro deux, cinquante-quatre, soixante-dix-huit, quarante, douze]] ». La maraude passe à {{8h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'une ancienne résidente relogée : Mme [[PERSONNE:Nadia Chérif]], [[ADRESSE:14 rue du Colonel Rémy, 45000 Orléans]]. L'éduc, [[PERSONNE:Benjamin]], passe voir si tout va bien après {{3 mois}}. Elle héberge sa mère malade, le bailleur ({{Valloire Habitat}}) ne le sait pas. Réf. locataire [[IDENTIFIANT:VH-2023-07781]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Sylvain Roux]], {{52 ans}}, identifiant [[ID_FRANCE_TRAVAIL:2650417H]], voudrait alléger ses recherches pour s'occuper de sa mère ({{Alzheimer}}, {{84 ans}}). La conseillère parle du statut d'aidant et de ce qu'on peut adapter. Elle imprime une attestation. Il repart soulagé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une demandeuse appelle de la salle d'attente d'un hôpital (sa mère est au bloc). Elle ne peut pas venir au RDV. Identifiant : « [[ID_FRANCE_TRAVAIL:0 7 1 9 3 5 8 S]] ». La conseillère, Mme [[PERSONNE:Guérin]], déplace le RDV sans souci. {{3 min}}.",
    ),
]

BATCH_7 = [
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lucie Marteau]], {{83 ans}}, avec sa voisine [[PERSONNE:Fabienne]], pour la carte de transport. Adresse : [[ADRESSE:56 rue du Général Renault, 37000 Tours]]. La voisine souffle la date de naissance : « le [[DATE_NAISSANCE:30 février]] ». Mme [[PERSONNE:Marteau]] : « mais non, ça existe pas ! [[DATE_NAISSANCE:20 février 41]] ». Fou rire au guichet.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Jeune de {{24 ans}} pour une domiciliation : [[PERSONNE:Enzo Laporte]], né en [[DATE_NAISSANCE:2000]]. Pas de téléphone qui marche, juste un compte snap, [[IDENTIFIANT:@enzo.lprt]], et un mail, [[EMAIL:enzolaporte2000@gmail.com]]. L'agente explique : le courrier arrivera au {{CCAS}}, il faudra passer le chercher.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{11h}}, une dame âgée s'assoit dans le hall juste pour la chaleur. L'agent d'accueil la laisse, lui apporte un verre d'eau. Elle reste {{1h}}, ne demande rien. « Elle vient tous les mardis », me dit-il.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{9h05}}, Mme [[PERSONNE:Paulette Durand-Vidal]], {{81 ans}}, appelle pour le prélèvement de l'aide à domicile. Elle lit son RIB en entier, banque, guichet, compte, clé : « [[IBAN:14806 00140 61830274905 01]] ». L'agente relit deux fois. « Et c'est bien au nom de [[PERSONNE:Durand-Vidal]], avec un trait d'union ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'assistante sociale du {{CH Jacques Cœur}} de {{Bourges}} prépare la sortie de M. [[PERSONNE:Firmin Labbé]], {{89 ans}}, qui rentre chez lui, [[ADRESSE:2 impasse du Moulin, 18000 Bourges]]. Elle donne son mail pour le retour du dossier : [[EMAIL:marion.gaudin@ch-bourges.fr]]. Sortie {{vendredi}}, l'aide à domicile commence {{lundi}}. Le week-end, c'est la voisine. « Comme d'hab », dit l'AS.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au {{foyer Adoma}} d'{{Orléans}}, {{chambre 22}}. M. [[PERSONNE:Lahcen Ait Brahim]], {{84 ans}}, chibani. Retraite {{Carsat}} + {{ASPA}}, il doit rester {{6 mois}} par an en {{France}} pour garder l'ASPA. Carte vitale [[NIR:1 40 10 99 350 061 48]], né en [[DATE_NAISSANCE:octobre 1940]] à {{Tiznit}}. Il voudrait finir ses jours au bled « mais après ils coupent ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "La dame nous reçoit en robe de chambre à {{15h}}. Tout est propre. Biscuits sur une assiette, elle nous attendait depuis le matin. Entretien de {{20 min}}, visite de {{1h10}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "M. [[PERSONNE:Christophe Merle]], fils de Mme [[PERSONNE:Merle]] ({{88 ans}}), nous attend devant la maison, [[ADRESSE:19 allée des Merisiers, 45140 Saint-Jean-de-la-Ruelle]]. Il vient de {{Nantes}} tous les week-ends, sa voiture [[IMMATRICULATION:GA-119-VC]] est garée sur le trottoir. Il veut placer sa mère, elle veut rester. Un {{merle}} chante dans le jardin pendant qu'ils se disputent. L'agente les reçoit chacun leur tour.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Mehdi Lakhdar]], {{34 ans}}, vient d'être muté à {{Blois}}. Changement de caisse : NIR [[NIR:1 90 01 75 114 077 25]], né à {{Paris 14e}}. Mutuelle d'entreprise {{Malakoff Humanis}}, n° adhérent [[IDENTIFIANT:MH-0042871563]]. {{7 min}}, tout est fait.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un homme crie à l'accueil : « ça fait {{3 mois}} ! ». L'agente reste calme, lui propose de s'asseoir. Le vigile s'approche puis recule. Au bout de {{5 min}} il s'excuse. Il attend le remboursement de l'opération de sa mère.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Étudiante, [[PERSONNE:Clara Moreau-Diallo]], {{23 ans}}, demande sa carte européenne ({{Erasmus}} en {{Espagne}}). NIR [[NIR:2 01 10 18 279 013 66]]. Vérif date de naissance : « [[DATE_NAISSANCE:8 octobre 2001]] ». Envoi sous {{15 jours}} chez ses parents, [[ADRESSE:11 rue Marcel Cachin, 18100 Vierzon]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un retraité, M. [[PERSONNE:Jean Boulanger]] (oui, comme le magasin {{Boulanger}}), appelle pour des appareils auditifs. Devis {{Audika}} de {{1 900 €}}. L'agent explique le {{100 % Santé}}, classe 1, classe 2. Lui : « j'ai pas compris, vous pouvez parler plus fort ? » 😄",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La secrétaire de l'{{EHPAD Saint-Martin}} de {{Tours}}, [[PERSONNE:Marie-Laure]], appelle pour un résident sans carte vitale : M. [[PERSONNE:Octave Rivière]], né le [[DATE_NAISSANCE:17/03/1930]]. Elle donne son mail pour recevoir l'attestation : [[EMAIL:ml.rousselet@ehpad-stmartin.fr]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Vierzon}}. M. [[PERSONNE:Loïc Barbier]] est absent. Le voisin : « il est parti chez sa mère à {{Aubigny}}, elle est tombée ». Avis de passage. La voiture de M. [[PERSONNE:Barbier]] n'est pas là non plus ; l'enquêteur a la plaque dans le dossier, [[IMMATRICULATION:DT-552-PJ]].",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Kamel Ouarab]], {{RSA}}, allocataire [[N_ALLOCATAIRE:2067318]], signale son inscription à {{France Travail}} (identifiant [[ID_FRANCE_TRAVAIL:9012846 E]]) et son déménagement au [[ADRESSE:5 rue Henri Barbusse, 18100 Vierzon]]. L'agent met tout à jour. Il a {{59 ans}} : « encore 3 ans et c'est la retraite, si elle existe encore ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Un enfant de {{8 ans}} sert d'interprète à sa mère pour un courrier d'indu. Il lit « trop-perçu » et demande ce que ça veut dire. L'agent explique avec des mots simples, l'enfant traduit. La mère pleure. L'enfant lui tient la main.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Serge Chauvin]], {{70 ans}}, tuteur de sa petite-fille, appelle pour l'{{ASF}}. N° allocataire [[N_ALLOCATAIRE:7781024]]. Il a envoyé son RIB par courrier, l'agente relit ce qui est enregistré : [[IBAN:FR76 1870 7000 0801 6293 4721 859]]. C'est bon. « Ça fera combien ? » : {{199 €}} environ.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une aide-soignante, [[PERSONNE:Jessica Da Rocha]], appelle entre deux résidents (on entend les sonnettes de l'EHPAD). Elle change son mail : [[EMAIL:jessica.darocha@laposte.net]]. Allocataire [[N_ALLOCATAIRE:6905531]]. {{2 min}}, « merci, faut que j'y retourne ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur donne par erreur son identifiant France Travail : « [[ID_FRANCE_TRAVAIL:4417209T]] ». L'agente : « ça c'est {{France Travail}}, il me faut le numéro {{Caf}} ». Il cherche… « [[N_ALLOCATAIRE:3012779]] ». Nom : M. [[PERSONNE:Philippe Valette]]. Question sur la {{prime d'activité}}, réglée en {{4 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Ibrahima Ndiaye]], {{49 ans}}, [[ADRESSE:7 rue de la Fontaine, 36000 Châteauroux]]. Il héberge sa belle-mère, venue du {{Sénégal}} pour se soigner. Le contrôleur vérifie l'identité : carte vitale [[NIR:1 75 04 99 341 044 76]], né à {{Dakar}} en [[DATE_NAISSANCE:avril 1975]]. Visa de la belle-mère n° [[IDENTIFIANT:SEN41298573]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Châteauroux}}, personne absente. Le contrôleur a fait {{35 km}}. Avis laissé, appel au numéro du dossier : messagerie pleine. Deuxième passage dans {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Entrée de Mme [[PERSONNE:Paulette Vérité]], {{94 ans}}, déshydratation ({{canicule}}, {{38 °C}} dehors). Sa fille : « elle boit pas, on lui dit pourtant ». La secrétaire ([[PERSONNE:Laurence]]) demande la date de naissance, la fille : « [[DATE_NAISSANCE:1930]] ». La dame, sur son brancard : « [[DATE_NAISSANCE:29]] ! j'ai été déclarée en retard ». Carte vitale : [[DATE_NAISSANCE:28/12/1929]]. IPP [[IDENTIFIANT:P00455120]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit. Un homme ivre refuse de donner son nom, le policier qui l'accompagne le donne : [[PERSONNE:Grégory Lenoir]], né le [[DATE_NAISSANCE:12/12/1982]]. Il chante du {{Johnny}} dans le couloir jusqu'à {{2h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une fille appelle de {{Lille}} : sa mère, Mme [[PERSONNE:Ginette Carpentier]], {{88 ans}}, a appuyé sur sa téléassistance et l'ambulance l'a amenée ici. « Elle a son déambulateur ? ses lunettes ? ». L'agente va voir : les lunettes oui. Numéro de la fille : [[TELEPHONE:+33 7 60 44 18 25]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le Dr [[PERSONNE:Sabatier]], médecin traitant, annonce un patient : « je vous envoie M. [[PERSONNE:Édouard Nicolle]], {{91 ans}}, né le [[DATE_NAISSANCE:1er mai 33]], fièvre depuis {{3 jours}}, seul chez lui, je peux pas le laisser ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Nouvelle arrivée : Mme [[PERSONNE:Zineb Haddad]], {{67 ans}}, expulsée de son appartement du [[ADRESSE:22 rue Paul Bert, 37100 Tours]] pour {{4 800 €}} de dettes de loyer. Un fils en prison, une fille qui ne répond pas. L'éducatrice, [[PERSONNE:Manon]], ouvre le dossier. « J'ai travaillé {{30 ans}} à la cantine ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un appel en anglais, un en arabe, un en roumain. L'écoutant parle un peu anglais. Pour l'arabe il met en attente et va chercher sa collègue. Pour le roumain, {{Google Traduction}} sur haut-parleur. Ça marche à moitié.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Appartement de semi-autonomie : M. [[PERSONNE:Karl Schmitt]], {{59 ans}}, ancien routier. Il a gardé une vieille moto, [[IMMATRICULATION:EB-864-GS]]. Il a trouvé des heures de chauffeur, il montre le mail de l'employeur envoyé à [[EMAIL:karl.schmitt1965@gmx.de]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Baptiste Okemba]], {{45 ans}}, aide-soignant de nuit en EHPAD, fin de CDD. Identifiant [[ID_FRANCE_TRAVAIL:7314058 V]]. Nouvelle adresse : [[ADRESSE:3 rue des Jacobins, 41000 Blois]]. La conseillère ([[PERSONNE:Céline]]) lui dit que le grand âge recrute partout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle {{6}} demandeurs pour une info collective « métiers du grand âge » à {{Orléans}}. {{2}} répondent, {{1}} viendra. Il me dit que c'est un bon score.",
    ),
]

BATCH_8 = [
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Augustin Maréchal]], {{87 ans}}, pour l'aide au chauffage. Il lit tout sur un vieux papier plié en quatre : le RIB, [[IBAN:FR40 2004 1000 0155 2781 3J02 734]], et sa date de naissance écrite en toutes lettres, « [[DATE_NAISSANCE:vingt-huit février trente-sept]] ». L'agente sourit, elle tape.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Fin de matinée, l'agente fait le compte : {{17}} passages, dont {{11}} personnes de plus de {{75 ans}}. « Avant c'était les jeunes, maintenant c'est les vieux ». Elle rit mais ça n'a pas l'air de l'amuser.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Carmen Rodríguez Vidal]] appelle pour l'{{APA}}, sa fille [[PERSONNE:Isabel]] parle derrière. NIR lu par la fille : [[NIR:2 39 06 99 134 022 03]]. « Elle est née en {{Espagne}}, à {{Salamanque}}, en [[DATE_NAISSANCE:juin 39]] ». La mère confirme en espagnol : « [[DATE_NAISSANCE:junio del treinta y nueve]], sí ». L'agente : « ça fait {{85 ans}} ». Tout le monde est d'accord.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel à {{16h58}} : « vous fermez à quelle heure ? » « à {{17h}} madame ». Rires.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Déols}} avec l'agente du {{CCAS}} de {{Châteauroux}}. M. [[PERSONNE:Raymond Bichon]], {{92 ans}}, sorti hier du {{CH de Châteauroux}} après {{3 semaines}} (pneumonie). C'est sa voisine, Mme [[PERSONNE:Aurore Delval]], qui gère tout depuis la mort de sa femme : elle a les clés, fait les courses, a noté les rendez-vous sur le calendrier de {{La Poste}}. Pas d'enfants. Adresse : [[ADRESSE:6 rue des Écoles, 36130 Déols]]. Contact d'urgence : la voisine donne son portable, [[TELEPHONE:06 17 52 83 40]], et celui de son mari « au cas où », [[TELEPHONE:06 17 52 83 41]]. M. [[PERSONNE:Bichon]] : « c'est ma fille adoptive ». Elle rougit.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Tours}}, quartier {{Rives du Cher}}. Mme [[PERSONNE:Léonie Abadie]], {{90 ans}}, aveugle. Carte mobilité inclusion « invalidité » n° [[IDENTIFIANT:2019037014527]]. Son lecteur de livres audio de l'association {{Valentin Haüy}} est cassé, l'agente appelle l'asso depuis le salon. {{France Inter}} toute la journée en fond.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. et Mme [[PERSONNE:Faure]], retraités, pour la {{Complémentaire santé solidaire}}. Elle : {{712 €}} de pension, lui {{980 €}}. Éligibles, sans participation. Ils vont résilier leur mutuelle, la {{Mutuelle Générale}}, contrat n° [[IDENTIFIANT:MG 07 4418 2290]]. Lui : « on paie {{140 €}} par mois depuis {{20 ans}} pour rien ? »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Le système informatique plante à {{14h15}}. Les {{3}} agents continuent sur papier, fiches à ressaisir plus tard. Personne ne part. Retour du système à {{14h50}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Pascal Gendron]] appelle pour sa mère de {{93 ans}}, il a une procuration. Il veut recevoir les courriers chez lui, [[ADRESSE:15 rue Saint-Jacques, 28000 Chartres]], et par mail : « [[EMAIL:pascal.gendron [at] sfr [point] fr]] ». L'agent explique qu'il faut d'abord enregistrer la procuration. {{11 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Josette Pelletier]] : « je suis née un [[DATE_NAISSANCE:29 février]], alors votre site il bugue ». Effectivement, [[DATE_NAISSANCE:29/02/1940]], le formulaire en ligne refuse. L'agent fait la démarche pour elle. « Vous savez, j'ai {{21 ans}} en vrai » 😄",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Chez M. [[PERSONNE:Armand Baudoin]], {{86 ans}}, [[ADRESSE:la Petite Borde, 41100 Naveil]], dans le cadre d'une enquête sur un kiné. Il dit que le kiné ne vient plus depuis {{juin}}, or c'est facturé. L'enquêtrice note. Le monsieur se souvient de la voiture du kiné, une {{Tesla}} blanche, « [[IMMATRICULATION:GH 750 TW]], je l'avais notée, on sait jamais » 😅",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle annulé par téléphone : l'assuré a repris le travail ce matin. L'enquêteur, [[PERSONNE:Marc]], en profite pour me parler de son métier : {{22 ans}} de maison, ancien gendarme. Le plus dur selon lui : les personnes âgées qui ouvrent à n'importe qui.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Thanh Huong Lê]], {{31 ans}}, pour l'{{ARS}}. Allocataire [[N_ALLOCATAIRE:8024415]]. Titre de séjour renouvelé, n° [[IDENTIFIANT:3712046958]]. Son fils [[PERSONNE:Minh]], né en [[DATE_NAISSANCE:2016]], rentre en CM2.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Maryse Chevallier]], {{69 ans}}, retraitée, héberge son petit-fils étudiant : « est-ce que ça change mon {{APL}} ? ». Oui. Elle hésite à le déclarer. L'agent explique le risque d'indu. Elle repart réfléchir. Adresse : [[ADRESSE:40 boulevard Béranger, 37000 Tours]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche à l'entrée : « La {{Caf}} ne vous demandera jamais vos coordonnées bancaires par SMS ». Un monsieur la prend en photo. Il s'est fait avoir le mois dernier, {{300 €}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel transféré par la {{MSA}} : pas le bon régime. Mme [[PERSONNE:Chloé Thibaudeau]], ancienne salariée agricole, dépend maintenant de la {{Caf}}. Nouveau numéro allocataire : [[N_ALLOCATAIRE:1724583]]. Son numéro : [[TELEPHONE:07 45 39 21 08]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un homme appelle pour sa mère décédée, il faut arrêter l'{{APL}}. N° allocataire de la mère : [[N_ALLOCATAIRE:0915367]]. Mme [[PERSONNE:Jeanne Rabaté]], décédée le {{2 novembre}}. L'agente présente ses condoléances. Le dernier versement ? à rembourser au prorata.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} chez M. [[PERSONNE:Anthony Lemaître]], {{Vierzon}}. Il dit chercher activement, identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:5098231 Z]]. Dans le garage, une voiture en réparation, [[IMMATRICULATION:CV-230-AX]], et plein d'outils. « Je bricole pour les voisins, gratos ». Le contrôleur note.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Georgette Lhomme]], {{86 ans}}, allocataire [[N_ALLOCATAIRE:2630148]], à {{Orléans}}. Elle loue une chambre à une étudiante, [[PERSONNE:Salomé]], « pour pas être seule la nuit ». Déclaré ? Non. Le contrôleur parle de la {{cohabitation intergénérationnelle solidaire}}, elle ne connaissait pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame de {{79 ans}} arrive seule en taxi avec sa valise : « mon médecin m'a dit de venir ». Mme [[PERSONNE:Solange Tessier]], née le [[DATE_NAISSANCE:4 avril 1945]]. Dans la valise : pyjama, brosse à dents et un {{Marc Levy}}. Attente annoncée {{6h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h}} du matin, plus calme. L'{{IOA}} mange une barre de céréales debout. {{58}} patients depuis {{20h}}. Elle me montre le brancard du couloir où une dame de {{101 ans}} dort depuis {{11h}} en attendant un lit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un voisin, M. [[PERSONNE:Philippe Dumont]], appelle l'accueil : il a entendu crier chez sa voisine âgée, [[ADRESSE:3 rue Bretonneau, 37000 Tours]]. L'agente : « raccrochez et faites le {{15}} ». Il laisse quand même son numéro, [[TELEPHONE:06 88 21 74 30]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Domiciliation : M. [[PERSONNE:Samba Diakité]], né le [[DATE_NAISSANCE:31/12/1970]], identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:6623057 G]]. Il vient chercher son courrier tous les lundis. Aujourd'hui : relevé de carrière de la {{Carsat}}. Il a {{54 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une ancienne résidente ({{80 ans}}, en EHPAD maintenant) revient pour le goûter du jeudi. Elle connaît tout le monde. Les éducateurs l'appellent « {{mamie}} », elle adore.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. L'assistante sociale de l'hôpital de {{Vierzon}} : patient de {{70 ans}}, M. [[PERSONNE:Gilles Pruvost]], sortant, plus de logement. Réf. {{SIAO}} [[IDENTIFIANT:SIAO18-2025-0334]]. Place trouvée au {{CHRS}} de {{Bourges}} pour demain. Le transport ? « Il prendra le train ». Avec son déambulateur.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Hervé Gallais]], {{72 ans}}, relogé en {{pension de famille}}, {{chambre 9}}. Premier versement d'{{ASPA}} reçu : il a acheté une télé. « Je regarde {{Questions pour un champion}} ». Il montre fièrement sa carte de bibliothèque.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Ludivine Aubert]], {{41 ans}}, assistante de vie aux familles, veut passer le titre pro. Identifiant [[ID_FRANCE_TRAVAIL:8105472 C]]. Le conseiller ([[PERSONNE:Hugo]]) l'inscrit à la formation de l'{{AFPA}} de {{Châteauroux}}, confirmation envoyée à [[EMAIL:ludivine.aubert36@yahoo.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Tableau des offres du jour : {{14}} offres d'aide à domicile sur le bassin de {{Bourges}}, {{2}} candidatures. « Mal payé, horaires coupés, et il faut la voiture ». Le conseiller soupire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Didier Maupas]], {{63 ans}}, a reçu une convocation alors qu'il se croyait en retraite. Identifiant [[ID_FRANCE_TRAVAIL:3840917 X]]. La conseillère vérifie : la {{Carsat}} n'a pas encore transmis. Portable pour le rappeler : [[TELEPHONE:06 23 48 91 07]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une fille appelle pour son père, {{64 ans}}, qui ne répond plus depuis son AVC. La conseillère ne peut rien dire sans lui. La fille, [[PERSONNE:Cécile Marchais]], insiste : « il peut plus parler ! ». Explication de la procédure : arrêt maladie, pas de radiation. {{9 min}}.",
    ),
]

NOTES = [
    *BATCH_1,
    *BATCH_2,
    *BATCH_3,
    *BATCH_4,
    *BATCH_5,
    *BATCH_6,
    *BATCH_7,
    *BATCH_8,
]

# --- machinery ---

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
SITE_KINDS = {"caf", "cpam", "ccas", "urgences", "chrs", "france_travail"}
CHANNELS = {"accueil_physique", "accueil_telephonique", "controle_sur_place"}
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")
SEED = 94


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if value not in keep:
                keep.append(value)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        if value != value.strip():
            raise ValueError(f"mark with outer whitespace {value!r} in {marked!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray {stray!r} in {text!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
        if channel == "controle_sur_place" and site_kind in {"urgences", "france_travail"}:
            raise ValueError(f"no home inspection at {site_kind}")
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"ind94-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
