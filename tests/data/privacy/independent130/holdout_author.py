"""Independent evaluation corpus n° 130: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind130-001`` …
``ind130-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the cells
(site kind × channel) only; ``main`` writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Standard library only, deterministic: running it twice gives byte-identical files.
Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind130"
SEED = 130

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

# --- the notes, in writing order -------------------------------------------------------------

NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Benali]] au {{guichet 3}}, {{9h40}}. La mère ([[PERSONNE:Samira]]) vient declarer la naissance du 5e : [[PERSONNE:Yanis]] {{12 ans}}, [[PERSONNE:Inès]] {{9 ans}}, [[PERSONNE:Sofiane]] {{6 ans}}, [[PERSONNE:Nour]] {{3 ans}} et le bébé [[PERSONNE:Rayan]] né il y a {{15 jours}}. L'agente ([[PERSONNE:Céline]]) recalcule les {{allocations familiales}} direct sur l'écran. Pas de {{PAJE}} encore, il manque l'acte de naissance de la mairie de {{Roubaix}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h12}}. Mr [[PERSONNE:Vandenbussche]] appelle pour sa {{prime d'activité}}, il épelle : [[PERSONNE:V-A-N-D-E-N-B-U-S-S-C-H-E]]. N° alloc [[N_ALLOCATAIRE:2381945]]. L'agent ([[PERSONNE:Thomas]]) lui dit que la déclaration trimestrielle n'a pas été faite, « faut passer par le site ou l'appli {{Caf - Mon Compte}} ». Il a pas internet chez lui. {{11 min}} d'appel.",
    ),
    (
        "cpam",
        "accueil_physique",
        "File d'attente jusqu'à la porte à {{8h30}} pile, ouverture des portes. {{14 personnes}} devant moi. Borne ticket en panne ➡️ l'agent d'accueil distribue des tickets papier à la main. Beaucoup viennent pour la {{carte Vitale}} et la {{C2S}}. Ambiance calme mais ça souffle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115 du Nord}}, poste d'écoute. Appel d'un père, [[PERSONNE:MUKENDI Jean-Pierre]], avec sa femme [[PERSONNE:Grâce]] et {{3 enfants}} ([[PERSONNE:Merveille]], [[PERSONNE:Exaucé]], [[PERSONNE:Divine]], le plus petit a {{18 mois}}). Dorment dans la voiture sur le parking d'{{Auchan}} {{Faches-Thumesnil}} depuis {{3 nuits}}. L'écoutante ([[PERSONNE:Nadège]]) note tout dans {{SI-SIAO}}. Pas de place famille ce soir à {{Lille}}, proposition {{hôtel}} à {{Lomme}} demain peut-être. Elle lui demande la plaque de la voiture pour la maraude : [[IMMATRICULATION:FK-318-PD]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}} de {{Lille}}, accueil {{IOA}}. Une dame âgée amenée par les pompiers, sa fille [[PERSONNE:Valérie]] donne l'identité : « [[PERSONNE:DELEPLANQUE Marcelle]], née le [[DATE_NAISSANCE:4 février 1938]] ». L'infirmière d'accueil retrouve un dossier, IPP [[IDENTIFIANT:800214573]]. {{Box 7}}. La fille dit « elle est tombée dans la cuisine à {{6h}} du matin, on l'a trouvée qu'à {{9h}} 😔 ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Tourcoing}} {{Blanc-Seau}}. Conseillère [[PERSONNE:Sandrine]] reçoit Mr [[PERSONNE:van der Meersch]] (il insiste sur le « van » en minuscule 😄). Identifiant [[ID_FRANCE_TRAVAIL:3104582M]]. Il cherche dans la logistique, a son {{CACES 1-3-5}}. Elle lui propose un atelier {{CV}} jeudi et une offre chez {{Kiabi}} entrepôt.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Amiens}}, permanence aide alimentaire. Une femme avec une poussette demande un colis, on l'oriente vers l'épicerie solidaire d'{{Étouvie}}. Délai : rdv {{mardi 14h}}. Elle repart sans rien aujourd'hui, elle dit juste « merci quand même ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[PERSONNE:Fabrice]] (contrôleur {{Caf}} depuis {{22 ans}}). Logement [[ADRESSE:17 rue de l'Alma, 59100 Roubaix]], {{T3}} au 2e. Déclarés : Mme [[PERSONNE:Bouazza Fatima-Zohra]] seule avec ses {{2 enfants}}. Sur la boîte aux lettres : [[PERSONNE:BOUAZZA]] et un autre nom scotché, [[PERSONNE:HAMIDI K.]]. Elle explique que c'est son frère [[PERSONNE:Karim]] qui reçoit son courrier là « le temps qu'il trouve ». [[PERSONNE:Fabrice]] note, pas de jugement, mais il devra vérifier si [[PERSONNE:Karim]] dort sur place.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Appelante : Mme [[PERSONNE:Szczepaniak]], elle épelle « [[PERSONNE:S, Z, C, Z, E, P, A, N, I, A, K]] », l'agent galère, elle rit « c'est polonais, mon grand-père était mineur à {{Lens}} ». NIR lu à voix haute : [[NIR:2 69 05 59 183 194 89]]. Demande : remboursement kiné pas reçu depuis {{2 mois}}. L'agent voit un rejet, RIB pas à jour. Elle redonne son IBAN : [[IBAN:FR76 1670 6493 8514 1408 7546 897]]. Durée {{17 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{7h45}}. Café, douches, consigne. {{Une trentaine}} de personnes, beaucoup d'hommes seuls. Les éducs connaissent tout le monde par le prénom mais je n'ai pas noté. Machine à laver en panne depuis {{lundi}}, grosse frustration.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{CH de Calais}}. Un homme appelle pour sa mère arrivée cette nuit : « Mme [[PERSONNE:Nowak]] ». L'agent tape [[PERSONNE:NOWACK]], rien. Le fils : « non, sans C ! » → [[PERSONNE:NOWAK Halina]] trouvée, {{box 12}}. Il donne son numéro pour être rappelé : [[TELEPHONE:06 71 28 44 09]]. On ne donne pas d'infos médicales au tél, l'agent le dit gentiment, « le médecin vous rappelle ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune étudiante, {{19 ans}}, demande d'{{APL}} pour un studio à {{Saint-Leu}} ({{Amiens}}). Elle n'a jamais reçu le mail de confirmation. L'agent vérifie l'adresse : [[EMAIL:lea.fontaine02@gmail.com]] → il manquait le 02 à la création du compte. Réglé en {{5 minutes}}. Elle s'appelle [[PERSONNE:Léa]] d'ailleurs, l'agent l'appelle par son prénom tout du long.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Je suis en double écoute sur le {{3949}}. {{6 appels}} en {{40 min}}. Thèmes : actualisation ratée (x3), attestation employeur manquante, radiation contestée, question sur l'{{ARE}}. Le conseiller tape super vite, il a {{2 écrans}}. Entre deux appels : « le lundi c'est toujours comme ça ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine pour « [[PERSONNE:Dédé]] » (vrai nom [[PERSONNE:André Wattiez]], {{84 ans}}), qui ne répond plus à sa porte depuis {{2 jours}}. Elle appelle le {{CCAS}} de {{Valenciennes}} parce que « c'est vous qui lui apportez ses repas ». L'agente [[PERSONNE:Karima]] appelle le portage de repas : le livreur a noté « absent » hier. Elle déclenche un passage avec la police municipale. Tél de la voisine : [[TELEPHONE:03 27 41 86 52]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "À l'écran (je vois par-dessus l'épaule) : [[PERSONNE:NGUYEN THI MAI]] / ayants droit : [[PERSONNE:TRAN VAN LONG]] (époux), [[PERSONNE:TRAN MINH ANH]], [[PERSONNE:TRAN BAO NGOC]]. Mme [[PERSONNE:Nguyen]] parle peu français, c'est sa fille [[PERSONNE:Bao Ngoc]] ({{16 ans}}) qui traduit. Demande de {{carte Vitale}} pour le petit frère [[PERSONNE:Minh Anh]]. Agent : « il peut avoir sa propre carte à partir de {{12 ans}} », on remplit le formulaire.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus avec l'éduc [[PERSONNE:Romain]]. Appart du {{CHRS}} à {{Dunkerque}}, quartier {{Petite-Synthe}}, [[ADRESSE:42 rue de la Concorde]]. Occupé par [[PERSONNE:Oksana]] et sa fille [[PERSONNE:Sofiia]] ({{7 ans}}), arrivées d'{{Ukraine}} en {{2022}}. Elle montre le chauffe-eau qui fuit. [[PERSONNE:Romain]] prend une photo pour le bailleur ({{Partenord Habitat}}).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : écran « temps d'attente estimé {{4h30}} » 😳. {{23 personnes}} assises, deux par terre. Un vigile. Une maman donne du {{Doliprane}} à son bébé en attendant. L'{{IOA}} trie par couleur : vert, jaune, orange.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Ould Braham]] pour son fils [[PERSONNE:Ilyes]] qui a {{20 ans}} et qui « sort » du dossier. Elle ne comprend pas pourquoi l'{{APL}} a baissé de {{87 €}}. L'agent ([[PERSONNE:Julien D.]]) explique : à 20 ans l'enfant n'est plus à charge pour les {{prestations familiales}}. Elle : « mais il vit toujours chez moi, il est en {{BTS}} à {{Valenciennes}} ». Num alloc [[N_ALLOCATAIRE:0874512]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune, la conseillère tape « [[PERSONNE:Kone]] », il corrige : « [[PERSONNE:Koné]], avec l'accent, et c'est [[PERSONNE:Seydou]] pas [[PERSONNE:Seydo]] ». Né le [[DATE_NAISSANCE:11/09/2004]] à {{Bamako}}. Il a un titre de séjour, n° [[IDENTIFIANT:5904318227]]. Elle lui crée son espace, identifiant donné sur un papier : [[ID_FRANCE_TRAVAIL:4528713K]]. Il demande si le {{CEJ}} c'est pour lui → oui, {{moins de 26 ans}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt maladie à domicile avec l'agent assermenté [[PERSONNE:Patrick]]. {{10h15}}, on sonne [[ADRESSE:8 résidence les Glycines, 80080 Amiens]]. Mr [[PERSONNE:Dos Santos]] ouvre en pyjama, il est bien là. Sorties autorisées {{9h-11h}} / {{14h-16h}}, ok. [[PERSONNE:Patrick]] remplit la fiche en {{3 min}}. Mr [[PERSONNE:Dos Santos]] : « vous voulez un café ? » refusé poliment.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{Beauvais}} pour une demande d'aide facultative (facture énergie). Mme [[PERSONNE:Chaouch]], {{67 ans}}, veuve, vit au [[ADRESSE:3 allée des Tilleuls, 60000 Beauvais]], quartier {{Argentine}}. Facture {{ENGIE}} de {{412 €}}, réf client [[IDENTIFIANT:210 448 739 012]]. Le radiateur électrique tourne toute la journée. L'assistante sociale propose le {{FSL}} + un {{chèque énergie}} à vérifier.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{23h10}}, le {{115}} sonne sans arrêt. L'écoutant dit qu'il n'y a plus rien pour les hommes seuls ce soir sur la métropole. Il conseille de rappeler à {{8h}} demain. Je ne sais pas quoi faire de mes mains. Un appelant raccroche en criant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme se présente, douleur thoracique. Pas de {{carte Vitale}}. Passeport turc : [[PERSONNE:YILDIZ Mehmet]], né le [[DATE_NAISSANCE:02.07.1971]]. N° passeport [[IDENTIFIANT:U18452906]]. Il est venu voir sa fille [[PERSONNE:Zeynep]] qui habite {{Tourcoing}}. Elle arrive en courant {{20 min}} plus tard, elle traduit. Orienté direct en salle de déchoc, pas d'attente pour lui.",
    ),
    (
        "caf",
        "accueil_physique",
        "BORNE NUMÉRIQUE : {{3 personnes sur 4}} ne savent pas l'utiliser seules. Le service civique ({{21 ans}}) passe son temps à aider. Il me dit « c'est moi le vrai guichet 😅 ». Délais affichés : rdv sous {{10 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} de {{Saint-Quentin}}. Famille [[PERSONNE:Gashi]] ({{Kosovo}}) : le père [[PERSONNE:Arben]], la mère [[PERSONNE:Valbona]], les enfants [[PERSONNE:Drilon]], [[PERSONNE:Elira]] et [[PERSONNE:Blerta]]. Ils étaient au {{foyer Adoma, chambre 14}} mais plus de place. L'agent remplit l'attestation d'élection de domicile, il demande l'année de naissance de chacun, la mère récite : « [[DATE_NAISSANCE:1986]], [[DATE_NAISSANCE:1988]], [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2013]], [[DATE_NAISSANCE:2019]] ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur veut recevoir son attestation de droits par mail, il dicte : « [[EMAIL:didier point carpentier arobase orange point fr]] ». L'agent répète lettre par lettre. Il dit qu'il n'a pas {{Ameli}}, « trop compliqué ». L'agent lui envoie le lien quand même. {{8 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier collectif « premiers pas » : {{9 inscrits}}, {{6 présents}}. La conseillère fait l'appel : [[PERSONNE:Ahmadzai]], [[PERSONNE:Noori Zahra]], [[PERSONNE:Sultani]], [[PERSONNE:Delcourt]], [[PERSONNE:Mbaye Awa]], [[PERSONNE:Lefebvre Kevin]]. Le formateur {{AFPA}} arrive en retard. Une dame (la plus âgée) dit qu'elle n'a jamais fait de CV de sa vie.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au {{CHRS}}, tout le monde l'appelle « [[PERSONNE:Momo]] », {{58 ans}}, {{11 ans}} de rue avant d'arriver ici. Son vrai prénom c'est [[PERSONNE:Mohand]], l'éducatrice me dit qu'il préfère [[PERSONNE:Momo]]. Il a son chien {{Rocky}}. Il prépare son dossier {{DALO}} avec [[PERSONNE:Amandine]] ({{CESF}}).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Musique d'attente {{4 min}} avant décroché (côté usager, on l'entend en retour). L'agent dit que le record ce matin c'est {{52 minutes}}. Les questions : {{prime de Noël}} (trois fois), {{RSA}}, changement de situation.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une tante depuis la {{Guadeloupe}} (décalage horaire, il est {{5h}} là-bas) pour son neveu [[PERSONNE:Steevy Jalton]], étudiant à {{Lille}}, amené cette nuit après un accident de scooter. Elle ne sait pas s'il est encore là. La secrétaire vérifie : oui, {{UHCD}}. Elle laisse son numéro : [[TELEPHONE:+590 690 47 12 38]]. Elle répète « dites-lui que {{Tatie}} [[PERSONNE:Yvette]] a appelé ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le standard du {{CCAS}} reçoit beaucoup d'appels pour le {{plan canicule}} : inscription des personnes âgées isolées sur le registre. Ce matin {{12 inscriptions}}. L'agente rappelle chaque personne pour vérifier qu'elle est d'accord.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un {{Écossais}} installé à {{Calais}} depuis {{30 ans}}, Mr [[PERSONNE:MacLeod]], {{71 ans}}. Son nom est écrit « [[PERSONNE:Mac Leod]] » sur sa {{carte Vitale}} et « [[PERSONNE:MACLEOD]] » sur sa pension anglaise → rejets de paiement. L'agent ouvre une demande de correction d'état civil. Il rigole : « in {{France}} I am three people ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller rappelle une demandeuse pour un rdv : « Mme [[PERSONNE:Tchamba]] ? » Elle épelle pour être sûre : « [[PERSONNE:T comme Thérèse, C, H, A, M comme Marcel, B, A]] ». ID [[ID_FRANCE_TRAVAIL:1190374 F]]. Rdv fixé {{jeudi 9h30}} à l'agence de {{Beauvais}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Diarra Boubacar]] change de banque (passé à la {{Banque Postale}}). Il tend un RIB papier, l'agent tape : [[IBAN:FR51 2004 1583 8050 8440 9S02 940]]. Alloc n° [[N_ALLOCATAIRE:1645093]]. Il demande si le {{RSA}} de ce mois sera versé sur le nouveau compte → « non, le mois prochain ». Il soupire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Pédiatrie urgences {{Amiens}}. Un papa avec ses jumeaux, [[PERSONNE:Nathan]] et [[PERSONNE:Noah]], nés le [[DATE_NAISSANCE:30 mai 2021]]. C'est [[PERSONNE:Noah]] qui a de la fièvre ({{39,8}}). L'agente d'accueil crée le dossier mais se trompe de jumeau 🙈, elle corrige. {{Papa}} : « ça arrive tout le temps, même à la crèche ».",
    ),
]

NOTES_2 = [
    (
        "caf",
        "accueil_physique",
        "L'agente me montre la composition du foyer à l'écran (elle cache avec sa main mais je lis) :\nALLOCATAIRE : [[PERSONNE:TOURE Mariam]]\nCONJOINT : [[PERSONNE:TOURE Ibrahima]]\nENFANTS : [[PERSONNE:TOURE Aïcha]] ([[DATE_NAISSANCE:12/03/2012]]), [[PERSONNE:TOURE Lassana]] ([[DATE_NAISSANCE:05/11/2015]]), [[PERSONNE:TOURE Fanta]] ([[DATE_NAISSANCE:28/01/2020]])\nMme [[PERSONNE:Touré]] vient pour le {{complément familial}}, refusé car ressources au-dessus du plafond de {{38 €}}. 😶",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame vient pour sa {{C2S}}, dossier incomplet. L'agent recopie le NIR de l'attestation papier : [[NIR:290020269144595]]. Elle est née à {{Saint-Quentin}} mais vit à {{Lille}} depuis {{2015}}. Il manque l'avis d'imposition. Elle repart, revient {{20 min}} plus tard avec une photo sur son tel. Accepté 👍.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel {{115}} {{Somme}}, {{21h35}}. Une femme, [[PERSONNE:Kadiatou]], appelle depuis la gare d'{{Amiens}} avec ses {{4 enfants}} : [[PERSONNE:Mamadou]] ({{14 ans}}), [[PERSONNE:Binta]] ({{11 ans}}), [[PERSONNE:Oumou]] ({{8 ans}}) et « [[PERSONNE:Petit Moussa]] » ({{2 ans}}). L'écoutant ([[PERSONNE:Hugo]]) : nom de famille ? « [[PERSONNE:Bah]]. [[PERSONNE:B-A-H]]. » Place trouvée à l'{{hôtel Première Classe}} de {{Glisy}}, taxi pris en charge. Elle pleure de soulagement au tél.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{14h}}, rdv de suivi. Demandeur {{52 ans}}, ancien cariste licencié de chez {{Arc International}} ({{Arques}}). Il ne veut pas de formation « à mon âge ». La conseillère insiste doucement sur la {{VAE}}. Il finit par accepter une info collective. Pas un mot sur ses finances mais il porte la même veste depuis le début de l'hiver, elle me dit après.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil admin urgences {{Tourcoing}} (hôpital {{Gustave Dron}}). Couple sri-lankais, Mr [[PERSONNE:Sivakumar Tharmalingam]] et Mme [[PERSONNE:Thushanthi]] ; leur fils [[PERSONNE:Kajan]] s'est ouvert l'arcade au foot. L'agent demande « nom, prénom ? » et ne sait pas lequel est le nom de famille : sur le titre de séjour c'est « [[PERSONNE:THARMALINGAM]] » en nom, « [[PERSONNE:SIVAKUMAR]] » en prénom, et le petit est inscrit [[PERSONNE:SIVAKUMAR Kajan]] à l'école 🤯. Au final : dossier au nom du père. Carte mutuelle {{Harmonie Mutuelle}} n° [[IDENTIFIANT:10487523]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{CCAS}} {{Tourcoing}}, quartier {{La Bourgogne}}. Mr [[PERSONNE:Ben Hamida]] vient avec son voisin qui traduit (« c'est mon cousin du bled » dit le voisin, en fait pas du tout cousin 😄). Demande d'aide pour les obsèques de sa femme. L'assistante sociale, le voisin, Mr [[PERSONNE:Ben Hamida]], tout le monde parle en même temps. Aide accordée : {{800 €}}, plafond de la commission. Prochaine commission {{jeudi 12}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'usagère veut vérifier que la {{Caf}} a le bon compte : l'agent ne lit que les {{4 derniers chiffres}} (procédure), elle insiste pour tout redonner : « [[IBAN:FR76 3000 4152 5200 9429 8511 588]] ». L'agent : « c'est bien celui-là madame ». Alloc [[N_ALLOCATAIRE:3307218]]. Elle remercie {{3 fois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un employeur (boulangerie {{Paul}}, {{Valenciennes}}) pour une attestation de salaire d'une salariée : « [[PERSONNE:POPESCU Andreea]] », il prononce [[PERSONNE:Popesco]]. L'agent trouve [[PERSONNE:Popescu Andreea-Maria]]. Pas de tiers : l'agent ne donne rien, renvoie vers {{net-entreprises}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}} : {{42 couverts}}. Menu : carbonade flamande, frites, {{Maroilles}} pour ceux qui veulent. Un résident fait le service, il me dit qu'il était cuisinier « dans une autre vie ». Le directeur mange avec tout le monde, pas de table à part. Au mur, un poster dédicacé de {{Dany Boon}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale appelle pour savoir si sa patiente est arrivée : « Mme [[PERSONNE:Lemaire Jacqueline]], née le [[DATE_NAISSANCE:17 août 1941]] ». Oui, arrivée à {{11h20}}, en attente de scanner. L'agent note le nom de l'infirmière, [[PERSONNE:Nathalie Dhondt]], et son portable [[TELEPHONE:07 82 15 63 40]] pour le retour à domicile.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} + logement, {{Hem}}. Famille nombreuse [[PERSONNE:Da Silva Ferreira]] : Mr [[PERSONNE:João]], Mme [[PERSONNE:Maria do Céu]], {{6 enfants}} dont les deux grands travaillent chez {{Leroy Merlin}} en intérim. La contrôleuse ([[PERSONNE:Sabrina]]) vérifie les bulletins de salaire des grands : [[PERSONNE:Tiago]] et [[PERSONNE:Inês]]. Ressources non déclarées sur {{3 trimestres}} → indu probable. Mme pleure, Mr est en colère contre les fils. Adresse [[ADRESSE:56 rue Jules Guesde, 59510 Hem]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel, {{9h20}}, d'une demandeuse radiée pour absence à un rdv. Elle donne son identifiant : « [[ID_FRANCE_TRAVAIL:0487 219 T]] ». Le conseiller voit que la convocation est partie à une ancienne adresse. Il annule la radiation « exceptionnellement ». Elle : « je vous fais un bisou ». Lui : « non merci ça ira 😂 ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'{{UDAF}} : la mandataire, Mme [[PERSONNE:Hennebelle]], appelle pour un majeur protégé, Mr [[PERSONNE:Dumortier]] ({{curatelle renforcée}}). Elle demande un bon alimentaire en urgence, le compte est bloqué jusqu'à {{vendredi}}. L'agent d'accueil, [[PERSONNE:Mathéo]], transmet à [[PERSONNE:Stéphanie]] (travailleuse sociale de secteur) qui rappelle dans l'heure.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Roubaix-Tourcoing}}, point d'accueil de {{Roubaix}}. Rdv seulement le matin, l'après-midi sans rdv. Écran télé qui passe en boucle « Créez votre compte {{ameli}} ». {{3 agents}} au guichet, un au téléphone derrière. Une vieille dame demande où sont les toilettes, il n'y en a pas pour le public.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bracelet d'identification imprimé : « [[PERSONNE:BEN AMOR MOHAMED AMINE]] ». Le patient corrige : c'est [[PERSONNE:Ben Amor]] le nom, [[PERSONNE:Mohamed-Amine]] le prénom composé, avec un tiret. L'agent réimprime. Il me dit que ça a déjà créé {{2 dossiers}} différents ici. IPP : [[IDENTIFIANT:800331906]]. Né le [[DATE_NAISSANCE:22/12/1996]].",
    ),
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Rachida]] (agente depuis {{2009}}) me dit qu'elle connaît la moitié de {{Wazemmes}}. Une ado passe : « bonjour {{tata}} [[PERSONNE:Rachida]] ! » → c'est la fille de [[PERSONNE:Hayet]], une allocataire. Puis [[PERSONNE:Jérémy]], {{25 ans}}, qui vient pour le {{RSA jeune actif}}. « Ici on est une famille, c'est pour ça que c'est dur de dire non. »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appart partagé (colocation {{CHRS}}) à {{Valenciennes}}, avec le chef de service. {{3 résidents}}, dont un absent. Frigo vide sauf {{3 yaourts}}. Conflit sur le ménage. Le chef de service rappelle le règlement, fixe un planning au mur. {{40 min}} de visite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Zhang Xiaoling]] (elle se présente « [[PERSONNE:Lily]] », son prénom français) cherche un emploi en restauration. Elle parle anglais mieux que français. La conseillère ([[PERSONNE:Aurélie]]) met à jour le mail : [[EMAIL:lily.zhang.59@outlook.fr]] et le tel [[TELEPHONE:06 58 90 21 77]]. Elle lui présente la {{Méthode de Recrutement par Simulation}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête à domicile (suspicion de fraude {{C2S}}, ressources), avec l'enquêtrice [[PERSONNE:Isabelle]]. Maison à {{Maubeuge}}. Boîte aux lettres : « Famille [[PERSONNE:KACI - LEROY]] ». Mme [[PERSONNE:Leroy]] ouvre ; son compagnon, Mr [[PERSONNE:Kaci]], n'est pas déclaré. Elle dit qu'il « passe juste ». Dans l'entrée : deux paires de chaussures d'homme, un bleu de travail {{Vallourec}}. [[PERSONNE:Isabelle]] reste neutre, elle note.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec le service hygiène ({{CCAS}} + ville) : logement indigne signalé à {{Saint-Quentin}}. Moisissures jusqu'au plafond dans la chambre des enfants. Le propriétaire est « injoignable ». On mesure l'humidité : {{85 %}}. Rapport à faire sous {{15 jours}}. Je sors avec mal à la gorge.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel avec interprète ({{ISM Interprétariat}}, pachto). Mr [[PERSONNE:Hakimi Abdul Wahid]], réfugié depuis {{mars}}, demande le {{RSA}}. Il donne son ancien n° AGDREF : [[IDENTIFIANT:5903918472]]. L'agent : le dossier attend l'acte d'état civil de l'{{OFPRA}}. L'interprète ([[PERSONNE:Farid]]) traduit tout, même les « euh ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un appel toutes les {{2 minutes}} au standard. La majorité : « combien de temps d'attente ? ». L'agent répond toujours la même chose : « on ne peut pas savoir, ça dépend des urgences vitales ». Je compte {{17 appels}} en {{35 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Étudiant, {{22 ans}}, né à {{Lille}}, veut changer de RIB pour ses remboursements. NIR : [[NIR:1 03 03 59 350 051 26]]. Nouvel IBAN : [[IBAN:FR76 3000 3222 4762 9865 0319 105]]. L'agent lui explique qu'il peut le faire seul sur {{ameli.fr}}. Lui : « j'ai essayé, ça bug ». L'agent le fait. {{6 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Pas-de-Calais}}. Famille roumaine, le père appelle : [[PERSONNE:Dumitru]]. Nom de famille : l'écoutante écrit « [[PERSONNE:Stanciou]] », il corrige : « [[PERSONNE:S-T-A-N-C-I-U]] ». Ils sont sept : lui, sa femme [[PERSONNE:Florentina]], {{5 enfants}} de {{1 à 13 ans}}. Ils vivent sur un terrain vague vers {{Calais}}, près de la {{rocade}}. Orientation : maraude demain matin, {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Zone d'accueil : {{5 ordinateurs}} en libre-service, deux en panne. Un monsieur imprime {{40 pages}} de candidatures. Un jeune en survêt {{PSG}} regarde des offres d'intérim sur son tel, casque sur la tête. Agente d'accueil debout tout le temps, jamais assise.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Le Bihan]], {{Bretonne}} arrivée à {{Dunkerque}} pour le travail de son mari ({{ArcelorMittal}}). Elle vient avec sa fille [[PERSONNE:Maëlys]] et le petit [[PERSONNE:Erwan]]. Transfert de dossier depuis la {{Caf du Finistère}} : « ça fait {{3 mois}} qu'on n'a rien ». L'agent voit que le dossier est bloqué, il manque le bail. Nouvelle adresse : [[ADRESSE:9 rue du Fort Louis, 59140 Dunkerque]], « à deux pas de la {{place Jean-Bart}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Distribution des colis de {{Noël}} des aînés, {{Calais}}. La bénévole coche sur une liste papier, je lis au passage : « [[PERSONNE:DUHAMEL R.]] ✔, [[PERSONNE:CARON Ginette]] ✔, [[PERSONNE:MOHAMMEDI Fatma]] ✔, [[PERSONNE:VERHAEGHE Louis]] ✗ (décédé 😢), [[PERSONNE:BONNINGUE Jean-Claude]] ✔ ». {{312 colis}} en tout. Chocolats {{Leonidas}}, une bouteille de vin, une carte signée par le maire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h du matin}} (j'ai demandé à faire une nuit). Un homme à la rue, connu de tous, arrive à pied, il veut juste se réchauffer. L'{{IOA}} le laisse s'asseoir {{1h}}, lui donne un café. « On n'est pas censés, mais bon. » Dehors {{-4°}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune homme, [[PERSONNE:Kévin Ramassamy]], né à {{Pointe-à-Pitre}}, en {{BTS}} à {{Amiens}}. Il n'a pas de médecin traitant. NIR sur sa carte : [[NIR:1 99 07 97 120 424 14]]. L'agent lui donne la liste des médecins qui acceptent de nouveaux patients : {{2 noms}} sur toute la ville 😬. Il me dit en sortant « chez moi c'est pareil ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entre conseillers : [[PERSONNE:Mélanie]] appelle son collègue [[PERSONNE:Youssef]] de l'agence {{Lille Fives}} pour un dossier transféré. Le demandeur, Mr [[PERSONNE:Hoarau]], déménage de {{Fives}} à {{Hellemmes}}. Nouvel identifiant ? Non, c'est le même : [[ID_FRANCE_TRAVAIL:2207719P]]. [[PERSONNE:Youssef]] : « tu me l'envoies par la messagerie, bisous à [[PERSONNE:Coralie]] » 😄",
    ),
    (
        "chrs",
        "accueil_physique",
        "Tableau blanc dans le bureau des éducs (je recopie les surnoms) : « [[PERSONNE:Jojo]] - RDV dentiste {{10h}} », « [[PERSONNE:La Bretonne]] - appeler {{SPIP}} », « [[PERSONNE:Titi]] + [[PERSONNE:Nanou]] - ménage {{ch. 8}} », « Mr [[PERSONNE:Kowalczyk]] - dossier retraite {{CARSAT}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Formation express : l'agent m'explique le script d'accueil téléphonique : 1) identifier (nom, n° alloc, date de naissance), 2) reformuler, 3) répondre ou planifier un rappel. Aujourd'hui {{120 appels}} en attente dans la file régionale à {{10h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle de {{Belgique}} ({{Mouscron}}) pour son père hospitalisé hier, il veut recevoir le compte rendu. Nom : « [[PERSONNE:D'Hondt]], avec une apostrophe, [[PERSONNE:D apostrophe H-O-N-D-T]] ». L'agent explique qu'il faut une demande écrite du patient. Le fils donne son mail pour recevoir le formulaire : [[EMAIL:stijn.dhondt@telenet.be]]. Tel belge : [[TELEPHONE:+32 476 21 88 05]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Öztürk]] appelle pour sa mère [[PERSONNE:Hatice]], {{79 ans}}, qui vit seule à {{Roubaix}} ({{Épeule}}). Elle demande le portage de repas et la téléassistance. L'agente note : bénéficiaire [[PERSONNE:ÖZTÜRK Hatice]], née en [[DATE_NAISSANCE:1946]] à {{Konya}}, tel fixe [[TELEPHONE:03 20 70 14 92]]. Tel de la fille ([[PERSONNE:Elif]]) : [[TELEPHONE:07 69 33 05 18]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV. Le modèle projeté au mur est au nom de « [[PERSONNE:Jean Dupont]] », {{35 ans}}, cariste. Une participante, [[PERSONNE:Mariem Ould Sidi]], demande si elle doit mettre sa photo avec le foulard. Silence gêné. La conseillère répond « la photo n'est pas obligatoire ». Une autre, [[PERSONNE:Jessica]], demande si on met le {{permis B}} ➡️ oui.",
    ),
]

NOTES_3 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une déclaration « personne isolée » à {{Creil}}. Devant la maison, une {{Clio}} grise, plaque [[IMMATRICULATION:EZ-207-QN]], que la contrôleuse ([[PERSONNE:Laetitia]]) note : d'après la voisine, la voiture est à un certain [[PERSONNE:Morel Anthony]]. Mme [[PERSONNE:Bouchez]] dit que c'est « le papa des enfants qui passe les voir ». [[PERSONNE:Laetitia]] : « tous les jours ? » Silence.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Question la plus fréquente ce matin : « ma {{carte Vitale}} marche plus ». Réponse : la mettre à jour à la borne (la borne est… en panne). Les agents bricolent avec la borne de la pharmacie d'à côté 🙃.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Vieux monsieur amené par sa femme. L'{{IOA}} : « comment il s'appelle ? » La femme : « [[PERSONNE:Bébert]] ». L'{{IOA}} : « oui mais son vrai nom madame ». « Ah, [[PERSONNE:Albert Descamps]]. » Elle l'appelle « {{mon loulou}} » tout le temps. Il a {{91 ans}}, ils sont mariés depuis {{68 ans}}. Tout le monde fond dans le couloir.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Mabiala Nsimba Clarisse]] (« au pays on met le nom du père ET celui du clan », elle l'explique {{3 fois}}) déclare ses enfants arrivés par regroupement familial : [[PERSONNE:Prince]] né le [[DATE_NAISSANCE:3 janvier 2011]], [[PERSONNE:Glodie]] née en [[DATE_NAISSANCE:décembre 2013]], [[PERSONNE:Destin]] né le [[DATE_NAISSANCE:2016-07-19]]. L'agent ([[PERSONNE:Olivier]]) enregistre ; prochaine étape : le certificat de l'{{OFII}}. Ils vivent à {{Roubaix}}, au [[ADRESSE:112 boulevard de Fourmies]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un petit-fils appelle pour l'aide-ménagère de sa grand-mère, il veut un devis par mail : [[EMAIL:bastien.leleu@free.fr]]. L'agente explique que c'est le {{SAAD}} du {{CCAS}} mais qu'il faut d'abord l'évaluation {{APA}} du {{Département}}. Il soupire : « c'est un parcours du combattant ». Elle : « oui ». Honnête 😅",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission au {{CHRS}} (je n'assiste qu'aux {{10 premières minutes}}). Mr [[PERSONNE:Ould Kaci Rachid]], {{44 ans}}, sorti de détention à {{Sequedin}} il y a {{3 semaines}}. Orienté par le {{SPIP}}, sa {{CPIP}} c'est Mme [[PERSONNE:Ben Youssef]]. Il a une promesse d'embauche chez un paysagiste. L'éducatrice [[PERSONNE:Chloé]] lui explique le contrat de séjour, {{chambre n° 21}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel pour la complémentaire. Mr [[PERSONNE:Mendy]], il épelle « [[PERSONNE:M, E, N, D, Y]], comme le footballeur ». Prénom : [[PERSONNE:Jean-Baptiste]]. Né le [[DATE_NAISSANCE:14/02/1979]]. Mutuelle d'entreprise {{Malakoff Humanis}}, n° adhérent [[IDENTIFIANT:MH 0045 7812 36]]. L'agent met à jour la télétransmission ({{Noémie}}).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la mobilité : un demandeur a trouvé un {{CDI}} à {{Douvrin}} ({{Stellantis}}), horaires en {{3x8}}, pas de bus la nuit. Il a une vieille {{Peugeot 206}}, immatriculée [[IMMATRICULATION:6843 WD 62]], qui ne passe pas le contrôle technique. Le conseiller monte une aide aux frais de réparation : {{450 €}} max. Il lui demande la carte grise, photocopiée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'agente du standard me montre ses post-it : « pas d'info par tél sauf famille identifiée », « renvoyer vers le {{15}} si urgence », « ne JAMAIS dire le n° de chambre ». Elle a {{12 ans}} de maison.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation pour le maintien à domicile. Couple [[PERSONNE:Vanhoutte]] à {{Wattrelos}}, [[ADRESSE:28 rue du Sapin Vert, 59150 Wattrelos]]. Mr [[PERSONNE:Gérard]] ({{88 ans}}) et Mme [[PERSONNE:Monique]] ({{86 ans}}) ; elle l'appelle « [[PERSONNE:Gégé]] ». Leur fille [[PERSONNE:Martine]] vit à {{Bruxelles}}, elle appelle tous les soirs à {{19h}}. Escalier raide pour aller aux toilettes à l'étage. L'agent note : barres d'appui, douche à l'italienne, demande {{MaPrimeAdapt'}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de Mr [[PERSONNE:Pham]] : l'agent cherche « [[PERSONNE:Fam]] » 🙈 puis « [[PERSONNE:Phan]] », enfin [[PERSONNE:P-H-A-M]]. Prénom [[PERSONNE:Van Duc]]. Il demande pourquoi l'{{ASF}} s'est arrêtée. Réponse : la pension alimentaire passe maintenant par l'{{ARIPA}}. Il ne connaissait pas. N° allocataire [[N_ALLOCATAIRE:5529031]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Au {{115}} de l'{{Oise}}, un homme rappelle pour la {{4e fois}} de la journée. « [[PERSONNE:Kovalenko]], [[PERSONNE:Dmytro]], né le [[DATE_NAISSANCE:9 septembre 1990]]. » Son dossier {{SIAO}} : [[IDENTIFIANT:SIAO60-2025-01873]]. Toujours en attente d'une place en {{CHRS}} à {{Beauvais}}. L'écoutante ([[PERSONNE:Manon]]) : « je sais [[PERSONNE:Dmytro]], je sais… » Il dort à la gare.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un taxi conventionné, à la demande du service fraude : on attend devant le centre de dialyse de {{Valenciennes}}. Le taxi arrive à {{13h50}}, plaque [[IMMATRICULATION:GB-774-LR]]. {{3 patients}} dans la voiture alors que trois transports individuels sont facturés. L'agent prend des photos. Le chauffeur, Mr [[PERSONNE:Ruffin]], très à l'aise : « tout le monde fait ça ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme téléphonique à {{Villeneuve-d'Ascq}}, vue sur le {{stade Pierre-Mauroy}}. Je suis à côté de [[PERSONNE:Nordine]], {{12 ans}} d'ancienneté. Sa voisine de bureau, [[PERSONNE:Bérénice]], est en formation depuis {{2 semaines}}, il l'aide entre deux appels. Le chef d'équipe passe : « [[PERSONNE:Nono]], tu prends la file pro ? » [[PERSONNE:Nordine]] : « ok chef ». Il m'explique que [[PERSONNE:Nono]] c'est depuis l'école.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h45}}, coup de chaud : un homme crie au guichet parce que son {{RSA}} est suspendu. L'agent reste calme, baisse la voix, le fait asseoir. Le vigile s'approche mais n'intervient pas. {{10 minutes}} après, l'homme s'excuse. L'agent m'explique : « il a pas mangé depuis hier ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une jeune femme enceinte, contractions. Le conjoint donne l'identité : « [[PERSONNE:Diallo]], [[PERSONNE:Fatoumata Binta]] ». L'agente : « [[PERSONNE:Binta]] c'est le deuxième prénom ? » « Non, les deux : [[PERSONNE:Fatoumata-Binta]]. » Direction maternité, {{ascenseur B}}. Le conjoint, [[PERSONNE:Alpha]], laisse son numéro : [[TELEPHONE:07 51 62 94 03]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Zébina]] (martiniquaise, {{Lille-Sud}}) vient pour l'aide aux vacances de ses enfants, [[PERSONNE:Kenzo]] et [[PERSONNE:Naïssa]]. L'agente la connaît : « alors [[PERSONNE:Doudou]], ça va ? » (c'est son surnom, elles rient). Elle vend des accras sur {{Insta}}, son compte [[IDENTIFIANT:@doudou_kreyol59]], elle le montre fièrement. L'aide {{VACAF}} n'est pas du {{CCAS}} → orientation {{Caf}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Changement d'adresse au guichet. Jeune femme née à {{Amiens}}, {{29 ans}}, a déménagé : nouvelle adresse [[ADRESSE:5 rue Saint-Fuscien, 80000 Amiens]]. NIR [[NIR:2 95 08 80 021 476 61]]. L'agent met à jour en {{2 minutes}}, elle est surprise que ce soit si simple.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Benkhelifa]] ne peut pas entrer en formation d'aide-soignante ({{6 mois}}) : pas de mode de garde pour [[PERSONNE:Assia]] ({{2 ans}}) et [[PERSONNE:Adam]] ({{4 ans}}). La conseillère, [[PERSONNE:Nadia]], regarde l'{{AGEPI}}, ça aide pour payer mais ça ne crée pas de place en crèche. La grand-mère, {{mamie}} [[PERSONNE:Zohra]], peut garder les mercredis seulement.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile d'une famille sortie du {{CHRS}} (suivi {{6 mois}} après relogement). Bailleur {{Lille Métropole Habitat}}, [[ADRESSE:Résidence Les Peupliers, bât. C, appt 34, 59280 Armentières]]. Famille [[PERSONNE:Camara]] : [[PERSONNE:Aminata]] et ses trois garçons. Le grand, [[PERSONNE:Sékou]], {{17 ans}}, est en apprentissage chez {{Norauto}}. Elle a accroché une photo de l'éducatrice, [[PERSONNE:Léonie]], sur le frigo 🥲",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel programmé : l'usager avait écrit son numéro en toutes lettres dans le formulaire : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, zéro neuf, soixante-sept]] ». L'agent rigole, compose. Répondeur. Il laisse un message et note « rappel {{J+2}} ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une éducatrice de l'{{ASE}} pour un ado placé, [[PERSONNE:Enzo]] ({{15 ans}}), parti des urgences sans autorisation cette nuit. Elle se présente : « [[PERSONNE:Claire Van de Walle]], foyer {{Les Marronniers}} ». L'agent confirme qu'il est sorti à {{3h10}}. Elle : « ok, je fais la déclaration de fugue ». Ton très las.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le {{3646}} ce matin : {{96 %}} d'appels traités d'après le tableau de bord affiché au mur. Temps moyen : {{7 min 40}}. Un compteur passe au rouge quand l'attente dépasse {{10 min}}. Open space, casques, personne ne parle fort.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour les frais de cantine. « C'est Mme [[PERSONNE:Lewandowska]], avec un A à la fin, pas [[PERSONNE:Lewandowski]] comme le footballeur, ça c'est mon mari. » 😆 L'agent trouve le dossier au nom du mari, [[PERSONNE:Lewandowski Tomasz]]. Enfants : [[PERSONNE:Zofia]] et [[PERSONNE:Kacper]], école {{Jules Ferry}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur ne reçoit pas les mails. Adresse sur le dossier : [[EMAIL:k.bondarenko1984@gmail.com]]. Il dit « j'ai changé, c'est [[EMAIL:kostia.bondarenko@ukr.net]] ». Le conseiller met à jour. ID [[ID_FRANCE_TRAVAIL:5561028R]]. Accent ukrainien, il parle très bien, il était ingénieur à {{Kharkiv}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Je suis placé avec [[PERSONNE:Bernadette]] (tutrice) et [[PERSONNE:Ahmed]] (nouvel agent, {{3 semaines}}). [[PERSONNE:Bernadette]] laisse [[PERSONNE:Ahmed]] mener l'entretien et glisse des post-it. Usagère : Mme [[PERSONNE:Lecomte]], {{AAH}} + {{APL}}, question sur le cumul avec un petit boulot en {{ESAT}}. [[PERSONNE:Ahmed]] bloque, [[PERSONNE:Bernadette]] reprend avec douceur.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Salle commune, {{16h}}. Atelier d'écriture avec une bénévole. Thème : « mon premier logement ». {{5 participants}}. Un homme écrit trois lignes et pleure. Personne ne dit rien, on attend. C'est peut-être le moment le plus fort de ma journée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur se présente : « [[PERSONNE:Pierre-Louis]] ». L'agent : « c'est le prénom ? » « Non, c'est mon nom, [[PERSONNE:Pierre-Louis]] ; mon prénom c'est [[PERSONNE:Wilner]]. » {{Haïtien}}, arrivé de {{Port-au-Prince}} en {{2019}}. Il tient une {{pierre}} enveloppée dans un mouchoir : il s'est coupé avec sur le chantier. L'agent : « et la pierre, on la garde ? » 😂",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ouverture de droits pour un retraité revenu du {{Portugal}}. Il tend sa carte d'identité : n° [[IDENTIFIANT:X4RTBPFW4]]. L'agent scanne, demande le {{formulaire S1}}. « S1 ? » Incompréhension totale. L'agent dessine sur un papier. {{25 min}}. Je comprends pourquoi ils disent que les rdv de {{15 min}} c'est de la théorie.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une coloc étudiante à {{Amiens}}, quartier {{Henriville}}. Sur la porte, {{4 noms}} au feutre : « [[PERSONNE:Inès B.]] / [[PERSONNE:Mehdi]] / [[PERSONNE:Joséphine]] / [[PERSONNE:Wei]] ». Chacun touche l'{{APL}}. Le contrôleur ([[PERSONNE:Cédric]]) vérifie le bail : {{4 colocataires}} déclarés, OK. [[PERSONNE:Wei]] nous montre sa chambre, elle est en {{Master}} à l'{{UPJV}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour une facture d'eau (impayé de {{287 €}}, {{Eau du Dunkerquois}}). Réf abonné [[IDENTIFIANT:0190 4471 22]]. Adresse : [[ADRESSE:14 rue de l'Abbé Choquet, 59240 Dunkerque]]. Il existe un tarif social de l'eau à {{Dunkerque}}, l'agente s'étonne qu'il ne l'ait pas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante relit la liste des places attribuées ce soir au {{CHRS}} de {{Dunkerque}} : « [[PERSONNE:Hakobyan]] + 2, [[PERSONNE:Beridze Nino]], [[PERSONNE:Boulanger]] (le monsieur en fauteuil), [[PERSONNE:Sow Cheikh]], [[PERSONNE:Malik]] sans nom ». Elle appelle chacun pour confirmer. [[PERSONNE:Sow Cheikh]] ne répond pas → place remise en jeu à {{20h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Job dating {{BTP}} à l'agence de {{Calais}}. Le recruteur d'{{Eiffage}} appelle les candidats par leur nom : « [[PERSONNE:Vasseur]] ? [[PERSONNE:Van Damme]] ? » (rires dans la salle 😂, le gars a l'habitude), « [[PERSONNE:Okafor]] ? [[PERSONNE:Gueye]] ? [[PERSONNE:Lemaire]] ? ». Sur {{14 candidats}}, cinq repartent avec un entretien.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle pour qu'on vienne chercher sa mère en ambulance. L'agent le renvoie vers le {{15}}. Il donne quand même l'adresse au cas où : [[ADRESSE:7 rue Roger Salengro, 62300 Lens]]. L'agent ne la note pas, ce n'est pas son rôle. Frustration des deux côtés.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Passage en {{EHPAD}} avec le conseiller {{Cpam}} pour une action « droits santé » : vérification des {{C2S}} des résidents. {{EHPAD Les Hortensias}}, {{62 résidents}}. La directrice a préparé une liste. On voit {{11 dossiers}} en {{2h}}.",
    ),
]

NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Okonkwo Blessing]] ouvre ses droits après sa séparation. Elle garde [[PERSONNE:Chidi]] ({{10 ans}}) et [[PERSONNE:Adaeze]] ({{7 ans}}), le père ([[PERSONNE:Emeka]]) est reparti à {{Lagos}}. RIB : [[IBAN:FR76 1350 7032 8398 2252 6013 883]]. Nouvelle adresse : [[ADRESSE:3 rue Pierre Legrand, 59800 Lille]] ({{Fives}}). L'agente demande le jugement de divorce → pas encore. Ouverture de l'{{ASF}} à titre provisoire.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame de {{Saint-Quentin}} appelle pour sa pension de réversion (pas la {{Caf}} ! l'agent renvoie vers la {{CARSAT}}). Avant, elle a le temps de dire son nom : « [[PERSONNE:Germaine Dupuis-Lefranc]], née le [[DATE_NAISSANCE:premier avril trente-neuf]], c'est pas une blague » 😂. L'agent : « je vous crois madame ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Grande-Synthe}}. Allocataire n° [[N_ALLOCATAIRE:2094417]], Mme [[PERSONNE:Rahimi]], déclarée seule avec {{3 enfants}}. Dans la cour, une camionnette blanche, plaque britannique [[IMMATRICULATION:KX19 FDM]]. Elle dit que c'est celle de son cousin [[PERSONNE:Jawad]], « il fait les allers-retours avec l'{{Angleterre}} ». La contrôleuse ([[PERSONNE:Hélène]]) demande la carte grise : au nom de [[PERSONNE:Jawad Rahimi]], domicilié à {{Birmingham}}. Rien à signaler pour elle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:de Peretti]], né à {{Bastia}}, muté à {{Dunkerque}} (douanes), vient déclarer son médecin traitant. NIR [[NIR:1 83 09 2B 033 663 96]] : l'agent ne sait pas taper le « 2B » dans le champ, il met 20, ça plante, il appelle sa collègue : « le B c'est une lettre, [[PERSONNE:Sylvie]] ? » 😅 [[PERSONNE:Sylvie]] montre. Réglé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une jeune femme, [[PERSONNE:Merveille Lukusa]], veut sa carte européenne d'assurance maladie pour un voyage en {{Belgique}}. NIR : [[NIR:2 01 06 99 312 373 54]] (née à {{Kinshasa}}). L'agent lui dit qu'elle peut la commander sur {{ameli}} en {{2 clics}}, elle ne sait pas se connecter. Il vérifie son mail : [[EMAIL:merveille.lukusa@hotmail.fr]]. Réinitialisation du mot de passe en ligne avec elle.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un assuré en arrêt : absent du domicile à {{10h40}}. Avis de passage dans la boîte. L'agent m'explique que l'assuré aura {{48h}} pour justifier. « Souvent c'est la pharmacie ou le kiné. » On repart. Trajet : {{35 min}} aller, 35 min retour pour {{2 minutes}} sur place.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Fichier des demandes de logement d'urgence (écran du {{CCAS}} d'{{Amiens}}). Je lis en diagonale : « [[PERSONNE:BOUKHARI Nadia]] - {{3 enf.}} - {{Etouvie}} », « [[PERSONNE:LEFEBVRE Dylan]] - seul - sortie {{ASE}} », « [[PERSONNE:NDIAYE Ousmane]] + [[PERSONNE:NDIAYE Awa]] - couple - {{Amiens-Nord}} », « [[PERSONNE:PETIT Kimberley]] - enceinte {{7 mois}} ». L'agente voit que je lis et tourne l'écran. Elle a raison.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide financière accordée ({{150 €}}), versée par virement. Le monsieur n'a qu'un RIB papier tout froissé, l'agent recopie : [[IBAN:30027 86734 90862277766 80]]. Il vérifie deux fois que la clé RIB est bonne. « Sinon ça revient et ça prend {{3 semaines}}. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{CCAS}} de {{Roubaix}} a installé un coin enfants : tapis, jouets, livres. {{4 enfants}} jouent pendant que les mères sont au guichet. Une petite fille me dessine un soleil. L'accueil dit que depuis le coin enfants, les entretiens sont « deux fois plus calmes ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de {{mamie}} [[PERSONNE:Jeannette]] (c'est comme ça qu'elle se présente !), {{93 ans}}, de {{Tourcoing}}. Elle veut savoir si le {{CCAS}} peut lui trouver quelqu'un pour changer une ampoule. L'agent, [[PERSONNE:Kévin]], sourit : « je vous passe le bricolage solidaire ». Nom complet pour le dossier : [[PERSONNE:Jeannette Plouvier]], tél [[TELEPHONE:03 20 94 27 61]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide (lit d'enfant). [[ADRESSE:45 rue de Lannoy, 59100 Roubaix]], 3e sans ascenseur. Famille [[PERSONNE:Yılmaz]] : [[PERSONNE:Emre]], [[PERSONNE:Ayşe]] et les enfants [[PERSONNE:Yusuf]], [[PERSONNE:Esra]], [[PERSONNE:Zeynep]] (la plus petite dort dans le lit des parents). Thé turc servi d'office. L'agente ([[PERSONNE:Jennifer]]) valide sur place un bon pour {{Emmaüs}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée : personne au domicile. Le voisin : « elle est à l'hôpital depuis {{samedi}} ». L'agente appelle le service social de l'hôpital depuis la voiture. On attend {{20 min}} un rappel qui ne vient pas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Fiche d'entrée sur l'écran de la veilleuse : « Nom : [[PERSONNE:MBARGA]] / Prénom : [[PERSONNE:Serge-Alain]] / Né le : [[DATE_NAISSANCE:1975-11-02]] / Provenance : rue / Orienteur : {{SIAO 59}} / Réf : [[IDENTIFIANT:59-SIAO-248731]] ». Il arrive avec deux sacs {{Lidl}}. Première nuit dans un lit depuis {{4 mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éduc ([[PERSONNE:Yassine]]) aide un résident à appeler son fils. Le numéro est écrit sur un paquet de tabac : [[TELEPHONE:07 45 90 13 88]]. Pas de réponse. Il réessaie {{3 fois}}. Le résident range le paquet dans sa poche de chemise, côté cœur.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{6h55}}, relève de nuit. L'écoutant de nuit ([[PERSONNE:Gaëtan]]) passe les consignes à [[PERSONNE:Sonia]] : « rappeler Mme [[PERSONNE:Tsurkan]] pour la place de {{Valenciennes}} ; le jeune [[PERSONNE:Théo]] a encore appelé {{12 fois}} ; {{papi}} [[PERSONNE:Roger]] est rentré à l'hôpital ». [[PERSONNE:Sonia]] note tout sur un cahier, elle ne fait pas confiance au logiciel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Statistique du jour au {{115}} : {{184 appels}} décrochés, {{61 demandes d'hébergement}}, {{9 places}} attribuées. L'écoutante : « les chiffres, ça ne dit pas les voix ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de jour avec l'équipe mobile du {{CHRS}}, parking de la gare de {{Saint-Quentin}}. Un couple vit dans un {{Kangoo}}, plaque [[IMMATRICULATION:bq-503-xz]] (écrite au marqueur sur un carton à la vitre arrière, la vraie est tombée 🙄). Lui c'est [[PERSONNE:Cyril]], elle « [[PERSONNE:Choupette]] », {{2 chiens}}. Ils refusent le {{CHRS}} à cause des chiens.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un logement d'insertion ({{bail glissant}}), [[ADRESSE:11 rue Arago, 80000 Amiens]]. [[PERSONNE:Fabienne]], {{51 ans}}, sortie du {{CHRS}} il y a {{un an}}. Tout est impeccable. Elle a repris contact avec sa fille [[PERSONNE:Laura]]. L'éducateur, [[PERSONNE:Nicolas]], lui annonce que le bail passera à son nom en {{septembre}}. Elle rit, elle pleure.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jeune homme afghan, mineur non accompagné selon lui, l'hôpital ne sait pas. Il donne « [[PERSONNE:Noorzai]] » puis « [[PERSONNE:Nurzai]] » (l'interprète dit que c'est pareil). Prénom [[PERSONNE:Ahmad Shah]]. Né « le [[DATE_NAISSANCE:1er janvier 2008]] » (la date standard, l'interprète sourit). Envoyé par {{Médecins du Monde}}. Pas d'{{AME}}. Prise en charge {{PASS}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent d'accueil admin me montre le nombre de passages d'hier : {{187}}. Record de l'année : {{241}}, en {{janvier}}, épidémie de grippe. Ici on appelle ça « le mur ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Échange entre l'{{IOA}} ([[PERSONNE:Jordan]]) et l'agente admin ([[PERSONNE:Fatiha]]) : « t'as créé [[PERSONNE:Dewaele]] avec un L ou deux ? » « Un. » « Ben c'est [[PERSONNE:Dewaelle]] sur la {{carte Vitale}}. » Rectif. Le patient, [[PERSONNE:Dewaelle Jean-Marc]], s'en fiche complètement, il a mal au dos 😂. Personne à prévenir : sa compagne, [[TELEPHONE:06 14 77 32 80]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un {{EHPAD}} appelle pour prévenir d'une arrivée : « Mr [[PERSONNE:Lagache Roland]], né le [[DATE_NAISSANCE:3/4/32]], chute, on vous l'envoie avec le {{DLU}} ». L'agent : « il a sa carte ? » « Dans le classeur. » L'infirmière de l'{{EHPAD Les Lilas}} donne son prénom, [[PERSONNE:Priscilla]], et sa ligne directe [[TELEPHONE:03 21 46 08 93]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une mère de famille de {{Maubeuge}} : Mme [[PERSONNE:Boudjemaa]] (née [[PERSONNE:Merabet]]), {{5 enfants}}. Pour le formulaire, la conseillère demande les prénoms : [[PERSONNE:Anis]], [[PERSONNE:Ryad]], [[PERSONNE:Lyna]], [[PERSONNE:Maïssa]], [[PERSONNE:Ilyan]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:6732105 W]]. Elle n'a jamais travaillé « officiellement », elle faisait des ménages.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un demandeur crée sa micro-entreprise (livraison à vélo, {{Uber Eats}} et {{Deliveroo}}). Il montre son SIRET perso : [[IDENTIFIANT:821 531 381 57456]]. La conseillère explique l'{{ARCE}} contre le maintien de l'{{ARE}}. Il choisit le maintien « parce que je sais pas si ça va marcher ». Sage.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une mère pour son fils [[PERSONNE:Lucas]], {{19 ans}}, qui « ne répond jamais ». Elle donne l'identifiant du fils : [[ID_FRANCE_TRAVAIL:7013385 D]]. Le conseiller ([[PERSONNE:Grégory]]) : « je ne peux parler qu'à [[PERSONNE:Lucas]], madame ». Elle : « il est à côté mais il veut pas ». On entend [[PERSONNE:Lucas]] au fond : « mamaaaan ». 😅",
    ),
    (
        "caf",
        "accueil_physique",
        "Afflux à {{13h30}} : sortie d'école + fin du marché de {{Wazemmes}}. {{19 tickets}} en {{15 min}}. L'agente d'accueil a son rituel : elle dit bonjour à chaque personne, même quand la file déborde.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:M'Barki Abdelkader]] vient avec son fils [[PERSONNE:Souleymane]] pour l'{{aide au BAFA}}. L'agent écrit « [[PERSONNE:MBARKI]] » sans apostrophe, le père proteste. Dossier n° [[N_ALLOCATAIRE:4411902]]. L'agent corrige : « chez nous le système mange les apostrophes ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une allocataire qui a reçu un mail « {{Caf}} » bizarre lui demandant ses coordonnées bancaires. L'agent confirme : phishing. Elle avait déjà répondu 😬. Il note son n° allocataire [[N_ALLOCATAIRE:6128834]] et son mail [[EMAIL:sylvie.deleu62@laposte.net]] pour le signalement, et lui dit d'appeler sa banque tout de suite.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Entre deux appels l'agent me montre le mur des « pépites », des phrases d'usagers : « Je voudrais parler à la {{Caf}} en personne. » « Mon enfant est né, faut que je le déclare ou il se déclare tout seul ? » Rires, mais tendres.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de situation à {{Denain}}. Mme [[PERSONNE:Célestin Marie-Josée]], née à {{Valenciennes}}, élève ses petits-enfants [[PERSONNE:Dylan]] et [[PERSONNE:Kessy]] (leur mère, [[PERSONNE:Stessy]], est repartie en {{Guadeloupe}}). Elle demande à en avoir la charge effective. Le contrôleur relève son NIR sur l'attestation : [[NIR:274105960640125]]. Il faudra une délégation d'autorité parentale du {{JAF}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé en route : l'allocataire a appelé, elle est aux urgences avec son fils. La contrôleuse reprogramme sans discuter. Dans la voiture elle me dit qu'elle fait {{6 à 8}} contrôles par semaine, « jamais un comme l'autre ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Van der Linden]] ([[PERSONNE:Bart]]), belge de nom, né à {{Beauvais}}, travaille à {{Tournai}} → frontalier. Imbroglio : il est affilié où ? L'agent sort le formulaire {{S1}} (encore lui). NIR : [[NIR:1 86 04 60 057 284 43]]. Il lui faut une attestation de l'{{INAMI}} côté belge. « Revenez avec ça. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conférence à trois : l'agente ([[PERSONNE:Véronique]]), Mme [[PERSONNE:Kanagaratnam]] et sa fille [[PERSONNE:Priya]] qui traduit depuis son travail. Nom épelé par [[PERSONNE:Priya]] : « [[PERSONNE:K-A-N-A-G-A-R-A-T-N-A-M]] ». [[PERSONNE:Véronique]] : « ah ça c'est du nom ! ». Demande : remboursement de lunettes refusé, il manquait l'ordonnance. Renvoi par courrier, {{15 jours}} de délai.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Formation de {{4 semaines}} avant de prendre des appels, me dit l'agent, plus {{2 semaines}} en double écoute. Il a encore une fiche plastifiée avec les codes de rejet les plus fréquents. « Le 3 et le 27, c'est {{80 %}} des appels. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Belkacem]], {{62 ans}}, né à {{Oran}}, prépare son départ en retraite, il demande son relevé d'indemnités journalières pour la {{CARSAT}}. NIR : [[NIR:162119935240636]]. Il appelle l'agent « mon fils ». Relevé imprimé en {{2 min}}, il repart avec un « que {{Dieu}} vous garde ».",
    ),
]

NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Mahamat]] tend un courrier de la {{Caf}} adressé à « [[PERSONNE:MAHAMAT ABAKAR HISSEIN]] ». Il explique : au {{Tchad}} pas de nom de famille, c'est prénom + prénom du père + prénom du grand-père. Sur son titre de séjour c'est « [[PERSONNE:ABAKAR HISSEIN Mahamat]] ». Donc la {{Caf}} a {{2 allocataires}} pour {{1 personne}} 🤦. L'agent fait une fiche de fusion de dossiers : [[N_ALLOCATAIRE:7730215]] et [[N_ALLOCATAIRE:7731864]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Bureau du fond : l'agent me montre le nombre de pièces justificatives scannées ce matin : {{340}}. Les courriers papier arrivent encore par bacs entiers. « On dit que tout est en ligne, mais regardez. »",
    ),
    (
        "caf",
        "accueil_physique",
        "Une allocataire travaille à la {{Boulangerie Delattre}} de {{Tourcoing}} ; le patron, Mr [[PERSONNE:Delattre]], ne lui a pas donné ses fiches de paie depuis {{3 mois}}. La {{prime d'activité}} est bloquée. L'agente lui conseille l'inspection du travail. Elle a peur de perdre son boulot.",
    ),
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Vang]], d'origine hmong, arrivée de {{Guyane}} à {{Lille}}. Mme [[PERSONNE:Vang Mai Yer]] et son mari [[PERSONNE:Lor Tou]] (chez les {{Hmong}} la femme garde son clan, explique leur fille [[PERSONNE:Paj Ntaub]] qui traduit). Changement de RIB : [[IBAN:FR76 1790 6384 0115 0468 6724 431]]. L'agent adore l'explication sur les clans, il pose dix questions 😄",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Frontalière : Mme [[PERSONNE:Verbeke]] vit à {{Halluin}}, travaille à {{Menin}}, compte en {{Belgique}}. Elle veut que l'{{APL}} soit versée sur son compte belge : [[IBAN:BE77 6761 4151 1242]]. L'agent : c'est possible, compte {{SEPA}}. N° alloc [[N_ALLOCATAIRE:0358871]]. Elle dit « allez, merci hein, à tantôt » 😄",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Panne informatique nationale de {{9h05}} à {{9h50}}. Les agents répondent quand même « à l'aveugle » : ils prennent les questions sur papier et rappelleront. {{27 rappels}} à faire cet après-midi.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur l'aire d'accueil des gens du voyage. Famille [[PERSONNE:Reinhardt]] : [[ADRESSE:aire d'accueil de Saint-André, emplacement 7]]. Caravane + camion, plaque [[IMMATRICULATION:DR-641-HM]]. Mme [[PERSONNE:Reinhardt]] déclare {{4 enfants}} scolarisés par le {{CNED}}. La contrôleuse ([[PERSONNE:Agnès]]) vérifie les certificats de scolarité. Monsieur est ferrailleur, auto-entrepreneur, SIRET [[IDENTIFIANT:914 507 496 76711]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Lens}}, cité minière. Déclarés : [[PERSONNE:Kaczmarek Sébastien]] et [[PERSONNE:Wozniak Jessica]], pacsés, {{2 enfants}}. La boîte aux lettres dit « [[PERSONNE:KACZMAREK-WOZNIAK]] », la porte « [[PERSONNE:Seb]] & [[PERSONNE:Jess]] » en bois peint ❤️. Tout est cohérent. La contrôleuse : « ici la moitié des noms sont polonais, les arrière-grands-pères étaient à la mine ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Déclaration de grossesse faite par le médecin mais pas reçue. Mme [[PERSONNE:Hadjadj]], née à {{Roubaix}}, {{38 ans}}, {{5e grossesse}}. NIR : [[NIR:2 87 03 59 512 217 49]]. L'agent voit la déclaration « en cours d'intégration ». Elle : « comme pour les quatre autres, toujours en retard ». Le petit dernier, [[PERSONNE:Wassim]], dort dans la poussette.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{AME}} pour toute une famille guinéenne : Mr [[PERSONNE:Soumah]] ([[PERSONNE:Abdoulaye]]), son épouse [[PERSONNE:Mariama]], les enfants [[PERSONNE:Ibrahima]] (né en [[DATE_NAISSANCE:2017]]) et [[PERSONNE:Hawa]] (née en [[DATE_NAISSANCE:2021]]). Justificatif de présence : une facture d'hôtel, {{hôtel Ibis Budget, chambre 208}}, à {{Villeneuve-d'Ascq}}. L'agent accepte, la demande part au centre {{AME}}. {{2 mois}} de délai.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Les bornes multiservices sont en libre-service dans le hall. J'observe {{20 min}} : {{8 personnes}} s'en servent, cinq appellent un agent à l'aide. L'agente dit que les bornes « ont remplacé un guichet mais pas une personne ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré conteste une facture de l'hôpital ({{forfait patient urgences}}, {{19,61 €}}). Référence de la facture : [[IDENTIFIANT:FAC-2025-0184627]]. L'agent explique que c'est l'hôpital qui facture, pas la {{Cpam}}. L'assuré : « mais c'est vous la sécu ! ». Ça tourne en rond {{10 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un appelant de {{Beauvais}}, Mr [[PERSONNE:Bellerose]], veut rattacher son fils [[PERSONNE:Timothée]] qui arrive de {{Martinique}} pour ses études. L'agent : « [[PERSONNE:Bellerose]] en un mot ? » Oui. Le prénom du fils, avec un H ? « [[PERSONNE:T-I-M-O-T-H-É-E]], avec l'accent. » Le fils n'a que sa {{carte Vitale}} martiniquaise, l'agent fait la mutation.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Journée avec le service contrôle : vérification dans une pharmacie qui délivre beaucoup d'{{Ozempic}}. Le pharmacien ouvre ses registres. Rien d'illégal à première vue. L'agent note tout dans un rapport. Je n'avais jamais imaginé que la {{Cpam}} allait dans les pharmacies.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Calais}}, quartier du {{Beau-Marais}}. Adresse déclarée : [[ADRESSE:22 avenue Antoine de Saint-Exupéry, 62100 Calais]]. Sur l'interphone : [[PERSONNE:LEROUX]] / [[PERSONNE:NGUYEN]] / [[PERSONNE:ABDELLAOUI]] / [[PERSONNE:MAC DOUGALL]]. Notre assuré c'est Mr [[PERSONNE:Mac Dougall]], il descend en béquilles. Contrôle OK en {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Courrier des domiciliés : l'agente trie les lettres dans des casiers par ordre alphabétique. Étiquettes : [[PERSONNE:ABDI]], [[PERSONNE:BALDE]], [[PERSONNE:CHOQUET]], [[PERSONNE:DE SOUSA]], [[PERSONNE:EL KHATTABI]], [[PERSONNE:FAUQUEMBERGUE]]… {{212 domiciliés}} à {{Calais}}. Un homme passe chercher sa lettre de la {{préfecture}}, il l'ouvre devant nous, c'est un refus. Il s'assoit par terre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente donne à une dame le contact du service logement : « c'est le standard de la mairie, vous demandez le {{poste 4217}} ». La dame laisse son mail pour recevoir la liste des pièces : [[EMAIL:nadege.carpentier80 at gmail point com]]. Elle l'écrit elle-même sur le cahier, avec « at » à la place de l'arobase.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Petite salle d'attente du {{CCAS}} de {{Valenciennes}} : {{6 chaises}}, une plante en plastique, une affiche « {{Plan Grand Froid}} ». Il fait chaud. {{1h10}} d'attente pour la dame à côté de moi, venue pour une aide au transport ({{Transvilles}}).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La travailleuse sociale du {{Département}}, Mme [[PERSONNE:Diouf]], appelle pour la famille [[PERSONNE:Hossain]] ({{Bangladesh}}), {{6 personnes}} dans un {{T2}} à {{Beauvais}} : le père [[PERSONNE:Rashid]], la mère [[PERSONNE:Nasrin Akter]], {{4 enfants}}. Demande d'aide d'urgence pour un frigo. Mme [[PERSONNE:Diouf]] : « je vous envoie le rapport par mail ». L'agent donne son adresse pro (je ne la note pas).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appels du lundi matin au {{CCAS}} : l'agente les classe en trois piles, « urgent », « cette semaine », « info ». Sur {{23 appels}}, quatre urgents. Elle commence toujours par les urgents, même s'ils sont les plus longs.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Lefranc]], {{82 ans}}, [[ADRESSE:6 rue des Écoles, 02100 Saint-Quentin]]. Elle vit avec son petit-fils [[PERSONNE:Kylian]] ({{23 ans}}) « qui l'aide », et son chat {{Mistigri}}. L'agent sent que [[PERSONNE:Kylian]] gère l'argent, un peu trop. Il note une information préoccupante possible. Mme [[PERSONNE:Lefranc]] : « il est gentil mon [[PERSONNE:Kiki]] ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tournée des veilles canicule avec une agente : {{9 visites}} prévues, sept personnes vues. Toutes ont de l'eau, deux ont les volets ouverts en plein soleil. On les ferme. {{33°}} à {{15h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident doit donner une adresse pour son dossier à la banque. L'éduc lui dit de mettre celle du {{CHRS}} : {{Armée du Salut}}, [[ADRESSE:14 rue Malpart, 59000 Lille]]. Il demande : « ça va pas me porter la honte ? » L'éduc : « non, c'est juste une adresse ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier « droits » : [[PERSONNE:Rudy]] (dit « [[PERSONNE:le Chti]] ») a une audience au tribunal pour une dette de loyer, dossier RG [[IDENTIFIANT:24/03185]]. La juriste bénévole, Me [[PERSONNE:Lenoir]], lui explique le surendettement. [[PERSONNE:Rudy]] : « la {{Banque de France}} c'est pas la banque de la {{France}} ? »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du matin au {{CHRS}} (j'assiste) : {{8 éducs}}, {{1 psy}}, {{1 infirmière}}. Tour des situations, {{45 min}}. Ils parlent des résidents par leur prénom, je ne note rien. Le mot qui revient le plus : « sortie ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, ligne violences. Une femme appelle en chuchotant, elle donne juste « [[PERSONNE:Samia]] ». L'écoutante ne demande pas de nom de famille. Mise à l'abri ce soir au {{foyer L'Escale, chambre 3}}. Elle demande si son mari, [[PERSONNE:Mourad]], pourra la retrouver. « Non. » Le {{3919}} lui est donné aussi.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un travailleur social de l'hôpital appelle le {{115}} pour une sortie d'hospitalisation sans solution. Patient : Mr [[PERSONNE:Tavares]], {{67 ans}}, en fauteuil. Le TS laisse son numéro : [[TELEPHONE:03 28 28 59 04]] {{poste 6612}}. Le {{115}} n'a pas de place adaptée {{PMR}}. Le TS : « donc je le mets dehors en fauteuil ? » Silence.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un bénévole de {{Calais}} pour trois jeunes {{Érythréens}} : [[PERSONNE:Tesfaye]], [[PERSONNE:Yonas]], [[PERSONNE:Merhawi]]. Pas de nom de famille (« ils ne veulent pas »). Nuit à {{2°}}. Le {{115}} propose le gymnase ouvert pour le {{plan grand froid}}, {{21h}}. Le bénévole, [[PERSONNE:Jean-Luc]], les y amènera en voiture.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appartement relais du {{CHRS}}, [[ADRESSE:27 rue de Valenciennes, 59300 Aulnoy-lez-Valenciennes]]. Deux sœurs, [[PERSONNE:Nadia]] et [[PERSONNE:Hanane]], {{19 et 21 ans}}, sorties de l'{{ASE}}. L'éducatrice vérifie le budget mensuel : {{CEJ}} pour l'une, apprentissage pour l'autre. Elles ont fait des cookies pour notre venue 🍪",
    ),
    (
        "urgences",
        "accueil_physique",
        "Toute une famille arrive pour la grand-mère, Mme [[PERSONNE:Kabongo]] : {{9 personnes}}. L'agente : « une seule personne en salle ». Ils désignent {{tantine}} [[PERSONNE:Josée]]. Les autres attendent dehors, le petit [[PERSONNE:Héritier]] colle son nez à la vitre. L'agente finit par laisser entrer la petite-fille, [[PERSONNE:Gloria]], aussi « parce qu'elle parle français ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Annonce au micro : « le propriétaire du véhicule immatriculé [[IMMATRICULATION:FG 118 RB]] est prié de le déplacer, il bloque l'accès ambulances ». Personne ne bouge. Deuxième annonce {{10 min}} après. Un jeune homme sort en courant : sa femme accouche, il s'est garé n'importe comment. Tout le monde lui pardonne.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard de nuit, {{1h30}} : un monsieur appelle pour savoir si la pharmacie de l'hôpital est ouverte. Non. L'agent lui donne le {{3237}} pour la pharmacie de garde. {{30 secondes}}, efficacité totale.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv {{CEJ}} : [[PERSONNE:Ibrahim]] ({{19 ans}}) et sa conseillère [[PERSONNE:Cindy]]. Elle vérifie son identifiant : [[ID_FRANCE_TRAVAIL:3397152 H]]. Il veut être cariste comme son oncle. Elle lui trouve une {{PMSMP}} chez {{Decathlon}} logistique à {{Lompret}}. [[PERSONNE:Ibrahim]] : « c'est payé ? » [[PERSONNE:Cindy]] : « non, mais ça ouvre des portes ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère montre une offre à un demandeur : offre n° {{184QKWZ}}, préparateur de commandes chez {{Logistique Flandres SAS}}, {{Lauwin-Planque}}, {{35h}}. L'employeur a mis son SIRET sur la fiche : {{512 038 746 00029}}. Le demandeur : « mon cousin y est, il dit que c'est dur ». Il postule quand même.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : le conseiller doit joindre Mme [[PERSONNE:Xhaferi]]. Elle épelle son nom pour qu'il le note bien : « [[PERSONNE:X comme Xavier, H, A, F, E, R, I]] ». ID [[ID_FRANCE_TRAVAIL:4120068 J]]. Il lui propose la prestation « {{Valoriser son image pro}} ». Elle accepte pour {{mardi 10h}}.",
    ),
]

NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Sok Dara]] vient déclarer la garde alternée de [[PERSONNE:Sophea]] ({{8 ans}}) et [[PERSONNE:Vanna]] ({{5 ans}}). La mère, Mme [[PERSONNE:Chhun]], a déjà déclaré de son côté. Partage des {{allocations familiales}} : l'agent explique le calcul, Mr [[PERSONNE:Sok]] sort son carnet et refait le calcul lui-même. Il a raison à {{3 €}} près 😄. N° alloc [[N_ALLOCATAIRE:1209376]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Une maman solo, {{24 ans}}, première demande de {{RSA}} majoré. L'agente remplit avec elle : RIB [[IBAN:FR76 3007 6179 5191 8367 1435 046]], mail [[EMAIL:manon.decroix@icloud.com]]. Elle a un bébé de {{3 semaines}} dans le porte-bébé, il dort pendant tout le rdv. L'agente lui donne aussi le numéro de la {{PMI}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Trois frères viennent ensemble pour leur mère malade : « [[PERSONNE:Nono]], [[PERSONNE:Kader]] et [[PERSONNE:P'tit Ali]] » (c'est comme ça qu'ils se présentent 😂). L'agent : « et vos vrais prénoms ? » → [[PERSONNE:Noureddine]], [[PERSONNE:Abdelkader]], [[PERSONNE:Ali]]. Ils veulent savoir si leur mère, Mme [[PERSONNE:Haddad]], peut toucher l'{{AAH}}. Réponse : il faut d'abord passer par la {{MDPH}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche au-dessus du {{guichet 2}} de la {{Caf}} de {{Calais}} : « Ici on ne parle pas fort, on parle vrai ». Faite par les agents eux-mêmes. Une agente me dit que c'est pour les collègues autant que pour le public.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent vérifie l'identité : « votre date de naissance ? » « Le [[DATE_NAISSANCE:12 du 7, 88]]. » « Votre nom ? » « [[PERSONNE:Ouédraogo]], [[PERSONNE:O-U-É]]… » L'agent : « c'est bon je vous ai ». Mme [[PERSONNE:Ouédraogo Salimata]], alloc n° [[N_ALLOCATAIRE:8820457]]. Question : la {{prime à la naissance}}, quand ? Réponse : au {{7e mois}} de grossesse.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame demande à être rappelée sur un autre numéro, son portable n'a plus de crédit : celui de sa voisine, [[TELEPHONE:06.33.81.20.45]]. L'agent note « demander [[PERSONNE:Josiane]] ». Il me dit que ça arrive souvent vers le {{25 du mois}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle « vie maritale » à {{Liévin}}. Mme [[PERSONNE:Duquesne]] dit vivre seule. Dans l'allée, une {{Golf}} immatriculée [[IMMATRICULATION:CV-392-AJ]], avec un papier d'assurance au nom de [[PERSONNE:Brandon Hochart]] derrière le pare-brise. Mme [[PERSONNE:Duquesne]] : « c'est le copain de ma fille ». Sa fille a {{14 ans}}. Le contrôleur ne dit rien, il note.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de ressources chez un couple de retraités qui héberge leur petit-fils. Le contrôleur demande l'année de naissance du petit : « [[DATE_NAISSANCE:2005]] », donc il a {{20 ans}}, hors {{APL}} pour eux. Mme [[PERSONNE:Hennequin]] ne savait pas. Mr [[PERSONNE:Hennequin]] grommelle. Café + {{spéculoos}} offerts 😊",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Vermeulen]], {{69 ans}}, né à {{Tourcoing}}, ancien lainier. Il vient pour une prise en charge de transport (dialyse). {{Carte Vitale}} illisible, l'agent tape le NIR à la main : [[NIR:1 55 12 59 599 253 38]]. Bon de transport validé. Il me raconte la fermeture de la filature en {{1986}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Hoxha]] ([[PERSONNE:Valmira]]), arrivée d'{{Albanie}}, vient avec son beau-frère [[PERSONNE:Ilir]] qui parle mieux français. Elle a ouvert un compte à la {{Caisse d'Épargne}}, donne son RIB pour les remboursements : [[IBAN:FR76 1131 5114 3861 8979 2856 572]]. L'agent enregistre, [[PERSONNE:Ilir]] remercie pour elle {{4 fois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cellule « {{Mission Accompagnement Santé}} » : une conseillère reçoit sur rdv les personnes qui renoncent aux soins. Aujourd'hui {{4 rdv}}, {{1 absent}}. Elle m'explique qu'elle fait ce que personne d'autre ne fait : appeler les dentistes un par un.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Doğan]] veut savoir où en est sa pension d'invalidité. L'agent demande le NIR, elle le lit sur sa carte : [[NIR:2 58 01 99 208 124 65]]. Née en {{Turquie}}, arrivée à {{Roubaix}} en {{1979}}. La pension est passée à la {{CARSAT}} à ses {{62 ans}}, l'agent la renvoie vers eux. « Encore un autre numéro ! »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agent envoie un formulaire par mail à Mme [[PERSONNE:Ngo Bassa]], elle dicte : « [[EMAIL:ngobassa.pauline@yahoo.com]] ». L'agent : « [[PERSONNE:Ngo]], c'est votre prénom ? » « Non, c'est le nom en entier, [[PERSONNE:Ngo Bassa]]. » {{3 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Tourcoing}}, {{Pont-Rompu}}. Sur la sonnette : « [[PERSONNE:Benyahia]] ». Notre fiche dit « [[PERSONNE:Ben Yahia]] ». Même personne ? L'agent sonne : Mr [[PERSONNE:Benyahia Farouk]], c'est bien lui, les deux orthographes existent dans ses papiers 🙄. Il est là, il a son arrêt affiché sur le frigo.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Famille syrienne réinstallée via le {{HCR}}. Mr [[PERSONNE:Al Hassan]] ([[PERSONNE:Khaled]]), Mme [[PERSONNE:Al Ahmad]] ([[PERSONNE:Rim]]), {{4 enfants}}. Ils viennent pour la carte de transport solidaire. Titre de séjour de monsieur : n° [[IDENTIFIANT:5902471836]]. L'agent demande l'année de naissance des enfants : « [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2017]], [[DATE_NAISSANCE:2020]] ». Cartes {{Pass Pass}} faites sur place.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur demande une aide pour les frais vétérinaires de son chien {{Tyson}} (« c'est toute ma famille »). Le {{CCAS}} ne finance pas ça. L'agente lui donne l'adresse de la {{SPA}} de {{Saint-Quentin}} pour les consultations solidaires. Il laisse quand même son adresse pour la distribution de colis : [[ADRESSE:8 impasse Lamoot, Saint-Quentin]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Deux dames âgées, amies, viennent ensemble pour le {{repas des aînés}} : Mme [[PERSONNE:Le Gall]] et Mme [[PERSONNE:MacKenzie]] (« mon mari était écossais, il est mort en {{2011}} »). L'agent les inscrit : « [[PERSONNE:Le Gall Yvonne]] », « [[PERSONNE:MacKenzie Odette]] ». Elles veulent être à la même table. « {{Table 12}}, promis. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence juridique gratuite au {{CCAS}}, {{14h-17h}}, avocat bénévole. {{7 personnes}} inscrites. Sujets : loyers impayés, divorce, succession. L'avocat mange un sandwich entre deux rdv. L'agente lui apporte un café sans qu'il demande.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour inscrire un {{papi}} à la téléassistance, par sa fille [[PERSONNE:Sabine]]. Contacts d'urgence à saisir : [[PERSONNE:Sabine Delannoy]] [[TELEPHONE:06 23 45 17 90]], son frère [[PERSONNE:Thierry]] [[TELEPHONE:06 87 02 66 31]], et la voisine, Mme [[PERSONNE:Paulette]]. Le {{papi}}, Mr [[PERSONNE:Delannoy Marcel]], n'est pas au courant 😬",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une bénéficiaire d'une aide appelle : le virement de {{120 €}} n'est jamais arrivé. L'agente vérifie : l'IBAN saisi était [[IBAN:FR76 1837 0386 6897 8473 4621 257]], rejeté, la dame a fermé ce compte. Elle donne le nouveau par téléphone : [[IBAN:FR76 1200 6924 9355 5719 9799 371]]. L'agente lui demande d'envoyer le RIB par mail quand même.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une demande de secours : famille [[PERSONNE:Ionescu]] à {{Maubeuge}}, [[ADRESSE:19 rue de la Croix, 59600 Maubeuge]]. Mr [[PERSONNE:Mihai]] répare des voitures dans la cour, dont une {{Dacia}} immatriculée en {{Roumanie}} : [[IMMATRICULATION:B 123 MHX]]. Mme [[PERSONNE:Andreea]] s'occupe des {{3 petits}}. L'agent remarque qu'il n'y a pas de chauffage. Aide au fioul : {{200 L}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Pause clope avec les résidents (je ne fume pas, j'écoute). « [[PERSONNE:Djé]] » raconte qu'il a été {{compagnon d'Emmaüs}} {{8 ans}}. [[PERSONNE:Ludo]] parle de son fils [[PERSONNE:Nolan]] qu'il va voir samedi au point rencontre. Ils parlent de l'éduc [[PERSONNE:Fatou]] comme d'une grande sœur : « [[PERSONNE:Fatou]] elle lâche rien ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'agent d'accueil aide un résident à refaire sa carte d'identité perdue. Ancien numéro retrouvé sur une photocopie : [[IDENTIFIANT:160559301245]]. Rdv en mairie de {{Lomme}} pris en ligne, créneau dans {{5 semaines}}. Le résident donne son portable : [[TELEPHONE:07 58 26 41 93]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} a un jardin partagé derrière le bâtiment. Un résident me montre fièrement ses tomates et un {{olivier}} en pot. « L'olivier c'est pour la paix, ici on en a besoin » 😄",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "La police appelle le {{115}} pour une famille trouvée à la gare {{Lille Flandres}} : « Mme [[PERSONNE:Kourouma]], prénom [[PERSONNE:Djénéba]], avec ses filles [[PERSONNE:Aïssata]] et [[PERSONNE:Nana]], {{6 et 3 ans}} ». Le policier, brigadier [[PERSONNE:Lemoine]], attend avec elles. Place trouvée au {{CHRS Les Capucines}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un écoutant cherche un dossier dans {{SI-SIAO}} : « né le [[DATE_NAISSANCE:30/10/1981]], [[PERSONNE:Gomes]] ». Trois résultats. Il ajoute le prénom, [[PERSONNE:Rui]]. Dossier [[IDENTIFIANT:SIAO59-2023-114572]]. Dernière nuit en hébergement : il y a {{41 jours}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Tran]] et son fils [[PERSONNE:Kevin]], relogés par le {{CHRS}} à {{Tourcoing}}, quartier de la {{Bourgogne}}. Sur la porte, l'étiquette du locataire précédent est toujours là : « M. et Mme [[PERSONNE:BOULANGÉ]] ». L'éducatrice promet une étiquette neuve. [[PERSONNE:Kevin]] ({{12 ans}}) veut écrire lui-même « [[PERSONNE:TRAN]] » au feutre doré ✨",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage de l'équipe mobile sur le parking du {{Leclerc}} de {{Calais}}, où dort un homme dans un camping-car hors d'usage, immatriculé [[IMMATRICULATION:AB-221-WY]]. Il s'appelle [[PERSONNE:Gilbert]], {{71 ans}}, ancien docker. Il refuse l'hébergement : « ma maison c'est ça ». L'infirmier prend sa tension.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agente admin galère avec un prénom : le patient dit « [[PERSONNE:Abderrahmane]] », la carte de séjour dit « [[PERSONNE:ABDERRAHMAN]] », la carte mutuelle « [[PERSONNE:Abdel Rahmane]] ». Nom de famille : [[PERSONNE:El Ouardi]]. Elle choisit la carte de séjour, « c'est l'officiel ». Le patient s'en fiche, il a une entorse. {{3h}} d'attente prévues.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une patiente déjà venue {{3 fois}} ce mois-ci : l'agente retrouve son IPP de tête, [[IDENTIFIANT:800417752]] 😳. « Née le [[DATE_NAISSANCE:8 mars 1970]], c'est ça ? » « Oui. » Douleur abdominale chronique, personne ne trouve. L'agente me dit doucement : « elle vient surtout parce qu'elle est seule ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Changement d'équipe à {{13h30}} : transmissions entre {{IOA}} au comptoir, à voix basse. Je m'éloigne. Le tableau des lits affiche « {{0 lit disponible}} » en médecine. Un brancard est dans le couloir depuis {{14h}} hier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réinscription. Mr [[PERSONNE:Ben Salah Mehdi]], né le [[DATE_NAISSANCE:25/06/1993]], identifiant [[ID_FRANCE_TRAVAIL:2841907C]]. Fin de contrat chez {{Bonduelle}} à {{Estrées-Mons}}. Le conseiller, [[PERSONNE:Antoine]], voit que son {{CACES}} est périmé et propose de le repasser via l'{{AIF}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique : chacun crée son adresse mail pro sur {{Gmail}}. Je vois passer [[EMAIL:amina.traore.pro@gmail.com]], [[EMAIL:d.vanacker59@gmail.com]]. Un participant voulait « [[EMAIL:lebogoss62@hotmail.fr]] » 😂, la formatrice ([[PERSONNE:Estelle]]) lui explique pourquoi non.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un demandeur veut devenir chauffeur {{VTC}}. La conseillère vérifie : {{permis B}} depuis {{2019}}, il faut {{3 ans}}, ok. Il a déjà la voiture, une {{Toyota Corolla}} hybride, plaque [[IMMATRICULATION:GR-905-SE]]. Elle l'oriente vers la formation {{VTC}} à {{Lesquin}}. Il a {{41 ans}}, ancien agent de sécurité.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une demandeuse, Mme [[PERSONNE:Haddouche]], a été contactée sur {{LinkedIn}} par un faux recruteur, « [[PERSONNE:Marc Leblanc]] », qui lui demandait son IBAN. Elle l'a donné 😱. Le conseiller note son ID [[ID_FRANCE_TRAVAIL:8045372 N]] et fait un signalement. Il lui dit d'appeler sa banque tout de suite.",
    ),
]

NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Jean-Baptiste]] (haïtienne) : la mère, [[PERSONNE:Rose-Marlène]], les enfants [[PERSONNE:Wesley]], [[PERSONNE:Daphné]], [[PERSONNE:Jean-Ricot]] et [[PERSONNE:Bethsaïda]]. L'agente ([[PERSONNE:Laurence]]) s'emmêle dans les prénoms, la mère rit et les répète en chantant. Demande d'{{APL}} pour un logement {{Vilogia}} à {{Roubaix}}. Le bail est au nom de « [[PERSONNE:JEAN BAPTISTE Rose Marlene]] », sans tirets 🙄, il faudra une attestation.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Faye]], née à {{Dakar}}, {{32 ans}}, naturalisée l'an dernier. Son NIR provisoire devient définitif : [[NIR:2 92 12 99 341 190 48]]. L'agent met à jour le dossier [[N_ALLOCATAIRE:2755160]]. Elle : « enfin je suis quelqu'un » 😅. Il lui explique que ça ne change rien à ses droits, mais que ça débloque les paiements en attente.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une allocataire, fleuriste au marché de {{Wazemmes}}, apporte un bouquet de {{marguerites}} à l'agente qui l'a aidée le mois dernier, [[PERSONNE:Rose]]. Oui, l'agente s'appelle [[PERSONNE:Rose]] 😄. Elle dit que les fleurs, ça lui arrive « au moins une fois par an ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'usager épelle son nom : « [[PERSONNE:W comme William, A, T, T, E, A, U]] ». L'agent : « [[PERSONNE:Watteau]], comme le peintre ! » Lui : « non, comme mon père. » 😂 N° alloc [[N_ALLOCATAIRE:4096633]]. Question : l'{{aide au logement}} pour un logement {{Maisons & Cités}} à {{Valenciennes}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Fin de journée, l'agent débranche son casque à {{16h30}} pile. Il a pris {{43 appels}}. Il me dit qu'il court le soir « pour vider la tête ». Je le comprends.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'un allocataire {{AAH}} à {{Calais}}, [[ADRESSE:4 rue du Petit Courgain, 62100 Calais]]. Mr [[PERSONNE:Maes]], {{47 ans}}, né à Calais, vit avec sa mère. Le contrôleur vérifie le NIR sur sa carte d'invalidité : [[NIR:178016219306264]]. Tout correspond. Sa mère nous montre les photos de ses années de marin-pêcheur à {{Boulogne}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Bernabé]] à {{Amiens}}. Sur le frigo, des dessins signés « [[PERSONNE:Lou-Anne]] », « [[PERSONNE:Maddy]] », « [[PERSONNE:Timéo]] », et un quatrième, « [[PERSONNE:Kélya]] », qui n'est pas déclarée. Mme : « c'est ma nièce, elle vient le mercredi ». La contrôleuse ([[PERSONNE:Nadine]]) demande l'école de [[PERSONNE:Kélya]] pour vérifier. Je sens que ça va être long.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Dubrulle]] a reçu un courrier au nom de « [[PERSONNE:Dubrule]] ». Il est vexé : « chez nous c'est deux L depuis {{1850}} ». L'agent corrige l'état civil à partir du NIR : [[NIR:1 71 06 62 498 055 74]]. Né à {{Lens}}, ancien de chez {{Bridgestone}} à {{Béthune}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande de remboursement de soins faits en {{Espagne}}. Mme [[PERSONNE:García López]] donne son adresse et ses coordonnées bancaires : [[ADRESSE:10 square Dutemple, 59300 Valenciennes]], RIB [[IBAN:10278 45528 64615532157 91]]. L'agent scanne les factures espagnoles. Délai : « {{entre 1 et 6 mois}} » 😬",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée née à {{Ajaccio}}, installée à {{Compiègne}}, ne reçoit pas ses décomptes. NIR : [[NIR:2 80 09 2A 004 799 27]]. L'agent voit que le mail enregistré est faux : [[EMAIL:c.santoni@orange.fr]] au lieu de [[EMAIL:c.santoni2@orange.fr]]. Correction. Elle : « {{20 ans}} que j'ai la même adresse mail, c'est vous qui avez tout cassé ! »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Doublon : l'agent me montre deux fiches, « [[PERSONNE:EL MOUSSAOUI FATIMA]] » et « [[PERSONNE:ELMOUSSAOUI FATIMA]] », même date de naissance, [[DATE_NAISSANCE:04/04/1964]]. L'appelante, Mme [[PERSONNE:El Moussaoui]], confirme que c'est elle, deux fois. Fusion demandée, {{4 à 6 semaines}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile d'un assuré en arrêt long, {{Saint-Pol-sur-Mer}}. Mr [[PERSONNE:Lamarre]] n'est pas là, dit sa femme : « il est chez son frère [[PERSONNE:Gaby]] ». Sa voiture, [[IMMATRICULATION:EP-516-CD]], est garée devant. L'agent sort un avis de passage. La femme crie vers l'étage : « [[PERSONNE:Jean-Paul]], c'est la sécu ! » 😶 Mr [[PERSONNE:Lamarre]] descend.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour la cantine : Mme [[PERSONNE:Bakayoko]] ([[PERSONNE:Mariam]]) avec [[PERSONNE:Souleymane]], [[PERSONNE:Fanta]] et [[PERSONNE:Kadidia]]. L'agent demande le numéro {{Caf}} pour le quotient familial : [[N_ALLOCATAIRE:3518842]]. Tél : [[TELEPHONE:07 67 14 90 22]]. Tarif cantine passé à {{1 €}} le repas.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente oriente une dame vers l'antenne du {{CCAS}} de {{Fives}}, « {{place Degeyter}} ». La dame, [[PERSONNE:Chantal]], demande qu'on lui envoie le formulaire : [[EMAIL:chantal.wiart@sfr.fr]]. Elle est hébergée chez sa sœur en attendant, pas d'adresse à elle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Kowalski]] vient pour son fils [[PERSONNE:Tomek]], dossier {{MDPH}} n° [[IDENTIFIANT:MDPH80-2024-05127]]. Elle demande une aide pour le transport scolaire adapté. L'agent explique que c'est le {{Département}}. Elle a {{3 classeurs}} de papiers sous le bras.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un gardien d'immeuble ({{Partenord}}) signale « la mère [[PERSONNE:Lulu]] », qui ne sort plus de chez elle, [[ADRESSE:12 rue Pasteur, 59140 Dunkerque]], 3e étage. Nom sur la boîte : [[PERSONNE:LUCIE DEVOS]]. L'agente envoie quelqu'un demain matin.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mr [[PERSONNE:Deneuville]], {{77 ans}}, à {{Halluin}}. Pension belge (il a travaillé à {{Courtrai}}) versée sur un compte belge : [[IBAN:BE59 7607 6109 8926]]. Il demande une aide pour ses lunettes. L'agente remplit la demande sur place, il signe au stylo plume, très fier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Liste des entrées de la semaine, punaisée dans le bureau : « lundi : [[PERSONNE:BOUZID Hakim]] ([[DATE_NAISSANCE:1979]]) ; mardi : [[PERSONNE:DIAKITÉ Sira]] + {{2 enfants}} ; jeudi : [[PERSONNE:POPOVIĆ Dragan]] ([[DATE_NAISSANCE:1968]]) ». Vendredi : vide. La cheffe de service : « on garde une place pour les sorties d'hôpital ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une résidente a besoin d'une mutuelle. L'éducatrice, [[PERSONNE:Pauline]], l'aide à remplir la {{C2S}} en ligne. Portable : [[TELEPHONE:06 40 91 37 55]]. Son ancienne mutuelle ({{MGEN}}, elle était prof !) : adhérent n° [[IDENTIFIANT:205847133]]. Elle enseignait les maths à {{Arras}} avant « tout ça ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel : « [[PERSONNE:Mohamed]], non, [[PERSONNE:Mohammed]] avec deux M, [[PERSONNE:Sy]]. » L'écoutante : « [[PERSONNE:Sy]] comment ? » « [[PERSONNE:S-Y]], c'est tout. » Elle rit. {{28 ans}}, sorti de l'{{hôpital Roger Salengro}} ce matin. Pas de place. Il rappellera à {{19h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un conseiller {{France Travail}} appelle le {{115}} pour un demandeur qui dort dehors et a un entretien d'embauche demain à {{8h}} : Mr [[PERSONNE:Camara]] ([[PERSONNE:Lamine]]), identifiant [[ID_FRANCE_TRAVAIL:5287740 B]]. Il demande une place « juste pour qu'il puisse se doucher ». L'écoutant trouve une place à l'accueil de nuit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un logement {{Solibail}} : Mme [[PERSONNE:Nkemdirim]] (« [[PERSONNE:N-K-E-M-D-I-R-I-M]] », l'éducateur le sait par cœur) et son fils [[PERSONNE:Daniel]]. Elle, [[PERSONNE:Chioma]], est aide-soignante de nuit au {{CHU}} d'{{Amiens}}. L'éducateur vérifie le contrat d'entretien de la chaudière.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Cycliste renversé, conscient. Il donne son nom : « [[PERSONNE:Van der Haegen]], [[PERSONNE:Wout]] », né le [[DATE_NAISSANCE:19/08/1990]], néerlandophone d'{{Ypres}}, en vacances à {{Dunkerque}}. Sa compagne arrive : [[PERSONNE:Lieke]], tél [[TELEPHONE:+32 478 55 09 16]]. L'agent bascule en anglais sans problème.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un taxi dépose une patiente devant la porte des ambulances et repart. L'agent de sécurité note la plaque au cas où : [[IMMATRICULATION:FT-483-ZA]]. La patiente, Mme [[PERSONNE:Josiane Caudron]], {{86 ans}}, n'a ni sac ni papiers. L'{{IOA}} l'installe sur un fauteuil avec une couverture.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une mère paniquée : son fils [[PERSONNE:Nathan]] (« [[PERSONNE:Nat]] ») a été amené par ses amis après une soirée. Nom : [[PERSONNE:Leclercq]], avec CQ. L'agent le trouve : « il est pris en charge, vous pouvez venir ». Elle : « j'arrive de {{Béthune}}, {{40 min}} ». L'agent : « roulez doucement madame ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum alternance à l'agence de {{Saint-Quentin}}. [[PERSONNE:Gaëlle]] (conseillère entreprise) présente les candidats aux employeurs : [[PERSONNE:Yasmine]] ({{17 ans}}, coiffure), [[PERSONNE:Bryan]] (boulangerie), [[PERSONNE:Mamadou Sylla]] (électricité). Le patron de {{Sylla Électricité}} rigole : « un [[PERSONNE:Sylla]] chez les [[PERSONNE:Sylla]] ! » 😄 [[PERSONNE:Mamadou Sylla]] repart avec un rdv.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription en ligne assistée : Mme [[PERSONNE:Petrović Jelena]], née le [[DATE_NAISSANCE:3 novembre 1985]] à {{Belgrade}}. Identifiant généré : [[ID_FRANCE_TRAVAIL:6190254 Z]]. Mail : [[EMAIL:jelena.petrovic85@gmail.com]]. Diplôme d'infirmière serbe non reconnu, la conseillère parle d'un parcours de reconnaissance. « {{3 ans}} minimum. » Elle ferme les yeux une seconde.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Changement d'adresse d'un demandeur : [[ADRESSE:31 rue de Roubaix, 59200 Tourcoing]] (il rit : « j'habite rue de {{Roubaix}} à {{Tourcoing}}, c'est la guerre »). ID [[ID_FRANCE_TRAVAIL:1736208 K]]. La conseillère met à jour et imprime l'attestation.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv tripartite {{RSA}} ({{France Travail}} + {{Département}}) : Mme [[PERSONNE:Lahlou]], au {{RSA}} depuis {{4 ans}}. La conseillère a son numéro {{Caf}} sur la fiche : [[N_ALLOCATAIRE:6640187]]. Contrat d'engagement signé : {{15h}} d'activité par semaine. Mme [[PERSONNE:Lahlou]] demande si le bénévolat aux {{Restos du Cœur}} compte. Oui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle : son allocation n'est pas arrivée. Le conseiller vérifie l'IBAN : [[IBAN:FR76 3000 2553 0782 7887 9671 485]], ok. Nom ? « [[PERSONNE:Ould Ahmed]], en deux mots, [[PERSONNE:O-U-L-D]] puis [[PERSONNE:A-H-M-E-D]]. » Paiement parti hier, {{48h}} de délai bancaire. « Ah ok, merci frère. » Le conseiller sourit.",
    ),
]


NOTES = [*NOTES_1, *NOTES_2, *NOTES_3, *NOTES_4, *NOTES_5, *NOTES_6, *NOTES_7]

# --- parsing, split, output --------------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"value {value!r} has surrounding whitespace")
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
            raise ValueError(f"stray mark {token!r} in {marked!r}")
    return text, entities, keep


def build():
    """All notes as dicts, ids in writing order."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
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
    """``cells`` maps note id -> (site_kind, channel); return (dev ids, holdout ids)."""
    rng = random.Random(SEED)
    by_cell = {}
    for note_id in sorted(cells):
        by_cell.setdefault(cells[note_id], []).append(note_id)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(by_cell):
        ids = by_cell[cell]
        rng.shuffle(ids)
        half = len(ids) // 2
        dev += ids[:half]
        holdout += ids[half : 2 * half]
        leftovers += ids[2 * half :]
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return sorted(dev), sorted(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main():
    notes = build()
    by_id = {note["id"]: note for note in notes}
    dev, holdout = split({note["id"]: (note["site_kind"], note["channel"]) for note in notes})
    write(HERE / "dev.jsonl", [by_id[i] for i in dev])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
