"""Independent evaluation corpus n° 26 for the French anonymiser (stdlib only).

The 240 observation notes below are typed one by one as ``(site_kind, channel, text)``.
Inline marks in ``text``:

* ``[[CODE:value]]`` marks a span to mask; CODE is one of the keys of ``CODES``
  (P = PERSONNE, NIR, TEL = TELEPHONE, MAIL = EMAIL, IBAN, ADR = ADRESSE,
  DDN = DATE_NAISSANCE, ALLOC = N_ALLOCATAIRE, FT = ID_FRANCE_TRAVAIL,
  IMMAT = IMMATRICULATION, ID = IDENTIFIANT);
* ``{{value}}`` marks a string that must survive (it goes in ``keep``).

Running the script strips the marks, computes exact offsets and writes ``dev.jsonl`` and
``holdout.jsonl`` (120 notes each, split by a seeded random draw within each
(site_kind, channel) stratum).

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind26"
SEED = 2626

CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DDN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PH, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

NOTES = []

# --- Caf -------------------------------------------------------------------------------
NOTES += [
    (
        CAF,
        PH,
        "{{Caf}} {{Rouen}}, {{9h10}}. deja une {{vingtaine}} de pers dehors sous la pluie\nagente d'accueil : [[P:Sandrine]], tres calme, elle trie RDV / sans RDV / depot papiers\n1ere dame vient pour ses {{APL}} suspendues, « j'ai rien compris au courrier »\n[[P:Sandrine]] lit l'ecran : num alloc [[ALLOC:2318457]], il manque l'attestation de loyer du bailleur\n-> renvoi vers la borne et {{caf.fr}}, la dame a pas de smartphone 😕",
    ),
    (
        CAF,
        PH,
        "CAF {{CLERMONT}} - QUARTIER {{SAINT-JACQUES}}\nATTENTE MOYENNE {{40 MIN}} SELON LE PANNEAU\n{{3 GUICHETS}} OUVERTS SUR 5\nBEAUCOUP DE QUESTIONS {{PRIME D'ACTIVITE}} / {{RSA}} (DECLA TRIMESTRIELLE)\nL'AGENT DIT QUE LE LUNDI C'EST TOUJOURS PIRE\nPAS DE WIFI DANS LA SALLE",
    ),
    (
        CAF,
        PH,
        "caf {{toulouse}}, antenne du {{Mirail}}\n— bonjour monsieur, vous avez votre numero ?\n— non j'ai perdu la lettre\n— votre nom et date de naissance alors\n— [[P:Kaddour Benali]], le [[DDN:3 novembre 1991]]\nl'agent (Mr [[P:Fabre]]) retrouve le dossier en {{30 sec}}, {{RSA}} ok versé le 5, il repart rassuré\nmoi : le num d'alloc c'est la clé de tout ici",
    ),
    (
        CAF,
        PH,
        "{{Caf 93}} {{St-Denis}}. jeune femme avec bébé en poussette, vient declarer la naissance\nagente Mme [[P:Ouattara]] demande le NIR de la maman : [[NIR:2 01 12 31 555 087 26]]\nnée à {{Toulouse}} le [[DDN:09/12/2001]], arrivée ici en {{2022}}\nbebé : [[P:Inaya]], acte de naissance de la mairie de {{Saint-Denis}} OK\n{{PAJE}} ouverte, délai annoncé {{3 semaines}}\n⏱ {{12 min}} au guichet, efficace",
    ),
    (
        CAF,
        PH,
        "antenne caf {{Lille-Fives}}\nmonsieur tres agé, parle peu francais, son petit fils traduit\nnom épelé par le petit-fils : [[P:K-O-W-A-L-C-Z-Y-K]]\nchangement d'adresse : [[ADR:17 rue Pierre Legrand, 59800 Lille]]\nl'agente ([[P:Mélissa]]) saisit, puis « vous avez un RIB ? » -> oui, [[IBAN:FR76 1131 5017 7089 1708 8810 769]]\nle petit fils : « il touche que l'{{ASPA}} et l'{{APL}} »",
    ),
    (
        CAF,
        PH,
        "caf {{montpellier}} {{La Paillade}} / {{Mosson}}\n- borne en panne depuis {{10h}} 🙄\n- un vigile + 2 agents accueil\n- file : {{17 tickets}} en attente, je suis le {{A042}}\n- affiche « prenez RDV sur {{caf.fr}} » partout mais personne le fait\n- une dame demande si la {{prime de Noël}} c'est auto -> oui pour le {{RSA}}\n- beaucoup de gens parlent arabe, l'agent aussi, ca aide énormément",
    ),
    (
        CAF,
        PH,
        "{{Caf de la Somme}}, {{Amiens}}. {{14h05}}\nMme [[P:Delphine Carpentier]] vient car ne reçoit plus les mails de la caf\nl'agent lit l'adresse enregistrée : [[MAIL:delphine.carpentier80 (at) gmaill.com]] -> faute de frappe !! gmaill avec 2 L\ncorrigé en [[MAIL:delphine.carpentier80@gmail.com]]\nnum alloc [[ALLOC:0754 118]]\ntout ca pour une faute, {{4 mois}} sans notifs",
    ),
    (
        CAF,
        PH,
        "{{caf du havre}}, {{Caucriauville}}\nla famille [[P:Lecoq]] : 5 enfants, demande {{ARS}} en retard\nagent [[P:Bruno]] : « vous avez fait la declaration de scolarité pour le grand ? »\nmère : « il a {{17 ans}} il est en apprentissage chez {{Renault Sandouville}} »\n-> donc pas d'ARS pour lui, elle comprend pas, ton qui monte\n[[P:Bruno]] garde son calme, explique 2 fois. chapeau",
    ),
    (
        CAF,
        PH,
        "{{Caf}} de {{La Réunion}}, {{St-Denis}}, {{Chaudron}}. il fait {{31°}} dans la salle, ventilos en panne\nMadame [[P:Marie-Josée Payet]], ddn [[DDN:18/05/1975]], vient pour le {{RSA}} de son fils\nl'agente : « madame le fils a {{26 ans}} il doit venir lui-même »\nelle donne quand même son NIR à elle : [[NIR:275059741123041]]\nl'agente note tout, parle créole avec elle, ambiance détendue\n{{2h15}} d'attente quand même",
    ),
    (
        CAF,
        PH,
        "{{Nimes}} - {{Pissevin}} - point d'accueil caf dans l'{{espace France Services}}\nUne seule agente le mardi\nquestions entendues : {{AAH}} (x2), {{APL}}, {{prime d'activité}}, un monsieur pour une {{carte grise}} (pas le bon endroit lol)\n{{45 min}} d'attente, personne ne râle\nelle a un vieux PC qui met {{2 min}} à ouvrir chaque dossier",
    ),
    (
        CAF,
        PH,
        "{{Caf}} {{Vichy}} (permanence)\nmme [[P:Colette Fontaine]], {{82 ans}}, vient avec son voisin\nveut savoir pourquoi son {{APL}} a baissé de {{23 €}}\nagent : revalorisation / ressources N-2, elle ne comprend pas N-2\nle voisin (M. [[P:Chassaing]]) s'énerve un peu…\n+ il n'y a plus de {{fontaine à eau}} dans la salle, la dame avait soif, l'agent va lui chercher un verre",
    ),
    (
        CAF,
        PH,
        "caf {{st quentin}} {{10h40}}\ndame ukrainienne, [[P:Olena Kovalenko]], avec interprète bénévole\nprotection temporaire : APS n° [[ID:0802451379]]\nl'agent veut aussi le num étranger AGDREF : le même en fait\ndemande {{AF}} + {{APL}}, dossier papier car pas de compte {{ameli}} ni {{FranceConnect}}\n{{1h}} au guichet (!)",
    ),
    (
        CAF,
        PH,
        "Je suis à la {{Caf}} de {{Caen}}, {{guichet 4}}, à côté de [[P:Anaïs]] qui fait l'accueil depuis {{11 ans}}. Elle me dit que depuis la réforme les gens ne comprennent plus rien à leurs montants. Un jeune couple de la {{Grâce de Dieu}} arrive, lui s'appelle [[P:Dylan Marie]], elle [[P:Océane]]. Ils veulent la {{prime de naissance}}. [[P:Anaïs]] vérifie : grossesse déclarée à la {{Cpam}} trop tard, pas de prime avant le {{7e mois}}. Ils repartent déçus mais elle leur a tout réécrit sur un post-it.",
    ),
    (
        CAF,
        PH,
        "copié de l'écran ({{Caf 93}}, {{Aubervilliers}}) :\nALLOCATAIRE : [[P:TRAORE Fanta]]\nN° ALLOC : [[ALLOC:3045781]]\nNÉE LE : [[DDN:02/04/1987]]\nADR : [[ADR:BAT C ESC 2 - 14 AV DE LA DIVISION LECLERC 93300 AUBERVILLIERS]]\nTEL : [[TEL:07 58 21 94 33]]\nDROITS : {{RSA}} {{APL}} {{AF}}\nl'agent m'a laissé regarder, la dame vient juste signaler un changement de situation",
    ),
    (
        CAF,
        PH,
        "{{Perpignan}} caf, quartier {{Saint-Jacques}}\n🧒🧒 bcp de familles, l'agent connaît tout le monde par leur prénom\nmoi je ne note pas les noms\n{{11h30}} : coupure informatique générale {{20 min}}, tout s'arrête\nles gens attendent sans broncher, habitués\nreprise {{11h50}}, {{6 dossiers}} en retard",
    ),
    (
        CAF,
        PH,
        "caf {{montluçon}}, {{15h}}\nl'agent de sécurité passe : « à qui la {{clio}} grise [[IMMAT:FK-418-WN]] ? elle bloque l'entrée des pompiers »\nc'est à Mr [[P:Ahmed Zerrouki]] qui attendait pour son {{RSA}}, il sort en courant, perd son tour 😬\nl'agente [[P:Coralie]] le reprend direct après, sympa\nrepris son numero alloc : [[ALLOC:1187 5502]]",
    ),
    (
        CAF,
        TEL,
        "plateforme tel caf {{La Réunion}}, casque d'écoute avec [[P:Johnny]]\nappelante de {{Saint-Paul}}, son {{RSA}} n'est pas tombé le 5\n[[P:Johnny]] lui demande un num pour la rappeler, elle dit : [[TEL:zéro six neuf deux quarante et un dix-huit zéro sept]]\nil répète en chiffres : [[TEL:0692 41 18 07]]\nle retard = contrôle de ressources en cours, {{10 jours}} de plus",
    ),
    (
        CAF,
        TEL,
        "plateforme tel du {{3230}} ({{Caf}}), site de {{Lens}}\nappels à la chaîne, 1 toutes les {{4 min}} en moyenne\nthemes : {{APL}} étudiants (rentrée), {{prime d'activité}}, attestation de paiement\nl'agent ([[P:Grégory]]) a un script à l'écran mais il s'en sert pas\n{{16h}} : {{38 appels}} en attente 😱\nle temps d'attente annoncé aux gens : {{25 minutes}}",
    ),
    (
        CAF,
        TEL,
        "{{Caf}} 63, tel.\n— {{Caf du Puy-de-Dôme}} [[P:Lucie]] bonjour\n— oui bonjour c'est pour mon dossier\n— votre numéro d'allocataire ?\n— [[ALLOC:1 2 7 4 8 0 3]] ... attendez non [[ALLOC:1 2 7 4 8 3 0]]\n— et votre date de naissance madame\n— [[DDN:vingt-six juin soixante-dix-huit]]\n→ changement de RIB demandé, [[P:Lucie]] explique que ça se fait en ligne seulement",
    ),
    (
        CAF,
        TEL,
        "tel caf {{Calvados}}, conseillère [[P:Nathalie Hébert]]\nmonsieur [[P:Grégoire Anquetil]] veut envoyer ses justificatifs par mail\n[[P:Nathalie]] : pas possible, espace {{Mon Compte}} sur {{caf.fr}}\nil insiste et donne son mail : [[MAIL:g.anquetil14@orange.fr]]\nelle le note « pour le rappeler » mais rien de plus\n{{9 min}} d'appel",
    ),
    (
        CAF,
        TEL,
        "écoute appels caf {{Haute-Garonne}}\nrien de nominatif noté, consignes de l'agent\n- {{55 appels}} / jour pour elle\n- pause {{15 min}} matin\n- 2 écrans\n- beaucoup de gens appellent pour savoir « quand ça tombe » -> réponse : le {{5 du mois}}\nle casque grésille, elle en a demandé un nouveau en {{septembre}}",
    ),
    (
        CAF,
        TEL,
        "{{Caf}} {{Bobigny}}, rappel sortant\nl'agent rappelle mme [[P:Aïssatou Ndiaye]] pour un RIB illisible\nelle lit son IBAN au tel : [[IBAN:FR76 3000 4061 4952 0917 3994 511]]\nl'agent relit chaque groupe de 4, elle confirme\nn° alloc [[ALLOC:4412093]]\n→ le rappel sortant, c'est rare, il le fait « quand on a le temps » (jamais)",
    ),
    (
        CAF,
        TEL,
        "Appel d'un monsieur très en colère, {{Grand-Quevilly}}, trop-perçu de {{1 240 €}} réclamé. L'agente, [[P:Karima]], lui laisse vider son sac pendant {{4 minutes}} sans l'interrompre. Puis elle reprend calmement : « Monsieur [[P:Duval]], je vois que vous avez déclaré un salaire en {{février}} ». Il se calme. Elle propose un échéancier de {{50 €}} par mois. Il demande son nom, elle dit juste [[P:Karima]].",
    ),
    (
        CAF,
        TEL,
        "tel caf 80, {{Amiens Nord}}\nla dame est agricultrice, en fait elle dépend de la {{MSA}} pas de la caf\nelle donne quand même son n° allocataire MSA : [[ALLOC:0581 2264]]\nl'agent : « on ne peut rien faire pour vous madame, c'est la {{MSA Picardie}} » + lui donne le standard\nelle est gênée d'avoir attendu {{35 min}} pour rien",
    ),
    (
        CAF,
        TEL,
        "caf 34 tel\nmonsieur [[P:Yilmaz]] veut qu'on le rappelle sur un autre num\n« notez : [[TEL:06 62]]… non pardon [[TEL:07 62 18 35 40]] »\nagent ([[P:Thierry]]) le met dans le dossier\n{{AAH}} + {{MVA}}, dossier {{MDPH}} en cours depuis {{8 mois}}\n[[P:Thierry]] : « la MDPH de l'{{Hérault}} c'est long, je peux rien accélérer »",
    ),
    (
        CAF,
        TEL,
        "Plateforme caf {{974}}\nappels en créole et en français, l'agente bascule sans arrêt\ncoupure de courant à {{Saint-André}} ce matin -> pic d'appels après {{10h}}\nun monsieur donne son num alloc en créole, elle traduit dans sa tête : [[ALLOC:5507 2291]]\nbeaucoup de questions sur la {{prime de rentrée}}, ici la rentrée c'est en {{août}}\n☀️ {{28 appels}} avant midi",
    ),
    (
        CAF,
        TEL,
        "caf 95, {{Sarcelles}}, appel\njeune homme, [[P:Rayan Haddad]], {{24 ans}}, demande {{RSA}} jeune\nl'agent explique : moins de {{25 ans}} -> {{contrat d'engagement jeune}} via {{France Travail}} / {{mission locale}}\nil donne son mail pour recevoir le lien : [[MAIL:rayan.hdd95 at hotmail point fr]]\nl'agent corrige : [[MAIL:rayan.hdd95@hotmail.fr]]",
    ),
    (
        CAF,
        TEL,
        "appel entrant, caf {{Nord}}, site de {{Roubaix}}\nMme [[P:Nadia Belkacem]] a déménagé\nnouvelle adresse : [[ADR:42 rue de l'Alma, appt 12, 59100 Roubaix]]\nancienne : [[ADR:8 rue Daubenton, Tourcoing]]\nnum alloc dit trop vite, l'agent fait répéter : [[ALLOC:5 0 9 3 3 1 7]]\nl'agente (Mme [[P:Van Damme]]) rit : « comme l'acteur » 😂",
    ),
    (
        CAF,
        CSP,
        "contrôle sur place avec [[P:Frédéric]], contrôleur caf {{76}} depuis {{19 ans}}\nvisite chez Mme [[P:Céline Lefebvre]], [[ADR:7 allée des Capucines, Canteleu]]\nsuspicion de vie maritale (signalement anonyme)\nil regarde : 1 brosse à dents, pas d'affaires d'homme, il note tout\nelle montre son bail, sa facture {{EDF}} à son nom, ref client [[ID:1004 587 221]]\nconclusion : pas de vie maritale, {{RSA}} maintenu\n[[P:Frédéric]] : « {{9 fois sur 10}} c'est rien »",
    ),
    (
        CAF,
        CSP,
        "CSP caf 63, {{Croix-de-Neyrat}}\nle contrôleur, M. [[P:Bonnefoy]], se gare en bas\nobjet : déclaration d'isolement, mais une voiture au nom d'un homme stationne tous les jours devant\nil note la plaque : [[IMMAT:EZ-307-LT]]\nMme [[P:Bouzid]] : « c'est mon frère, il m'emmène au travail »\n[[P:Bonnefoy]] : « je ne juge pas, je constate »\n{{45 min}} sur place, rapport à faire au bureau",
    ),
    (
        CAF,
        CSP,
        "csp caf 31, {{Bagatelle}}\ndépart {{8h45}} en {{Clio}} de service\n{{3 visites}} prévues, 1 absent, 1 reporté\nla contrôleuse m'explique les « pièces » qu'elle regarde : bail, factures, comptes bancaires sur {{12 mois}}\nelle n'a pas le droit de fouiller, seulement de regarder ce qu'on lui montre\nretour {{12h15}}, saisie jusqu'à {{13h}}",
    ),
    (
        CAF,
        CSP,
        "contrôle à domicile {{Le Tampon}}, {{14ème}} (les hauts)\nchez le jeune [[P:Kévin Hoarau]], {{21 ans}}, {{APL}} étudiant\nadresse du dossier : [[ADR:23 chemin Badamier, 97430 Le Tampon]]\nla contrôleuse (Mme [[P:Grondin]]) vérifie qu'il vit bien là : il vit chez sa mémé en fait 😅\nNIR relevé : [[NIR:1 03 02 97 407 118 20]]\nnaissance [[DDN:11/02/2003]] au {{Port}}\n-> APL suspendue, indu à calculer",
    ),
    (
        CAF,
        CSP,
        "caf, contrôle ressources, {{Lens}} (cité {{12/14}})\nM. [[P:Jean-Claude Dewaele]] + Mme [[P:Sylvie Dewaele]], retraités, {{APL}}\nla contrôleuse lit les relevés : compte [[IBAN:FR76 1027 8057 4529 5604 8197 180]]\nun {{livret A}} avec {{18 000 €}} pas déclaré\nil s'excuse, « on savait pas qu'il fallait »\nrappel de {{2 ans}} possible, elle minimise pour pas les affoler",
    ),
    (
        CAF,
        CSP,
        "{{Nîmes}}, csp caf, quartier {{Valdegour}}\nl'ascenseur est en panne, {{9e étage}} à pied 🥵\npersonne ne répond, avis de passage laissé\n2e adresse : famille [[P:Benhaddou]] absente aussi\nla contrôleuse : « le {{mercredi}} matin c'est le pire, les gamins sont là ou pas là »\nbilan de la matinée : {{0 contrôle}} réalisé sur 3",
    ),
    (
        CAF,
        CSP,
        "csp {{Caf 93}}, {{Saint-Denis}} {{Franc-Moisin}}\ncontrôle d'identité des enfants à charge\nMme [[P:Mariam Konaté]] montre les passeports maliens des 3 enfants\nle contrôleur note les n° : [[ID:AA0457812]], [[ID:AA0457813]], [[ID:AA1120964]]\nle 3e enfant est né à {{Bamako}} le [[DDN:17/08/2012]]\ntout est conforme, {{20 min}}",
    ),
    (
        CAF,
        CSP,
        "contrôle caf {{Hérault}}, {{Béziers}} {{La Devèze}}\nMonsieur [[P:Lopez]] , artisan, déclare 0 revenu\nle controleur cherche sur internet : son entreprise « {{Lopez Rénovation}} » a une page {{facebook}} active 🤔\nhandle du monsieur sur insta : [[ID:@lopez_renov34]]\nM. [[P:Lopez]] : « c'est mon cousin qui gère »\nrapport transmis à la cellule fraude",
    ),
    (
        CAF,
        CSP,
        "CSP {{Caf}} 14\n- départ {{Hérouville-Saint-Clair}}\n- 2 visites « ressources », 1 « résidence »\n- le contrôleur a un {{iPad}}, remplit un formulaire type\n- il dit faire {{200 contrôles/an}}\n- {{70 %}} sans suite\n- jamais seul dans certains quartiers le soir\nfin {{17h}}",
    ),
    (
        CAF,
        CSP,
        "{{Amiens}} {{Étouvie}}, caf, contrôle sur place\nfiche du dossier sur la tablette :\n[[P:BOUCHER Laetitia]] / [[DDN:1989-03-27]] / alloc [[ALLOC:0661243]]\n[[ADR:5 place Vauban, bâtiment D, 80080 Amiens]]\nelle héberge sa sœur et ses 2 enfants depuis {{Noël}}, pas déclaré\nla contrôleuse explique que ça change l'{{APL}}, elle pleure\non reste {{1h10}}",
    ),
    (
        CAF,
        CSP,
        "Tournée de contrôle à {{Saint-Benoît}} avec [[P:Rose-May]], contrôleuse {{Caf}}. Route sinueuse, {{40 minutes}} pour faire {{15 km}}. Chez Madame [[P:Técher]], la case est modeste, des poules dans la cour et un chien, {{Rocky}}, qui aboie sans arrêt. [[P:Rose-May]] vérifie la composition du foyer : 4 enfants déclarés, 4 enfants présents, tous à l'école de {{Bras-Canot}}. Elle repart avec un sac de {{letchis}} offert par la famille, « on ne peut pas refuser ici ».",
    ),
    (
        CAF,
        CSP,
        "csp caf 95 {{Garges-lès-Gonesse}}\npersonne, la contrôleuse appelle le num du dossier : [[TEL:+33 6 51 27 80 14]] -> messagerie\nmessage : « Bonjour madame [[P:Gonçalves]], c'est la caf, je suis devant chez vous »\nla dame arrive {{10 min}} après en courant, elle était chez {{Lidl}}\nnum alloc sur le courrier : [[ALLOC:2204 6617]]\ncontrôle rapide, tout conforme",
    ),
]

# --- Cpam (CGSS à La Réunion) ---------------------------------------------------------
NOTES += [
    (
        CPAM,
        PH,
        "cpam {{Rouen}} {{rive gauche}}, accueil\nMme [[P:Aurélie Martin]] a perdu sa {{carte vitale}}\nl'agent : « votre numéro de sécu ? » elle le connaît par cœur : [[NIR:2 86 07 76 540 123 24]]\nnée le [[DDN:21 juillet 1986]]\ncommande nouvelle carte, photo à envoyer via {{ameli}}\n{{10 min}} chrono",
    ),
    (
        CPAM,
        PH,
        "CPAM 63, {{Clermont}} accueil\n{{4 guichets}}, 2 ouverts\nla moitié des gens viennent pour la {{carte vitale}} ou une attestation de droits\nune borne {{ameli}} imprime les attestations en {{1 min}}, l'agent pousse les gens vers la borne\naffiche : « {{3646}} » en gros\nun monsieur demande si la {{C2S}} c'est la même chose que la {{CMU}} — oui, en gros",
    ),
    (
        CPAM,
        PH,
        "{{Cpam}} {{Roubaix}}-{{Tourcoing}}\nM. [[P:Moussa Sissoko]] vient pour sa {{C2S}}\nil montre sa carte de mutuelle : {{Harmonie Mutuelle}} n° [[ID:MU 4410 7823 9]]\nl'agent : « avec la C2S vous pouvez résilier la mutuelle » il savait pas\nNIR : [[NIR:199079934106690]], né au {{Sénégal}} le [[DDN:04/07/1999]]\nil paie {{38 €}} par mois pour rien depuis {{6 mois}}",
    ),
    (
        CPAM,
        PH,
        "CGSS {{Saint-Pierre}} (= la cpam à {{La Réunion}}, j'ai appris)\njeune femme, [[P:Laurie Nativel]], enceinte de {{5 mois}}\ndéclaration de grossesse pas enregistrée\nNIR lu à l'écran : [[NIR:2 97 03 97 416 084 91]]\nddn [[DDN:07.03.97]]\nl'agent ([[P:Jean-Hugues]]) la déclare à la main, appelle la {{PMI}}\nsalle pleine, {{1h30}} d'attente, chaleur",
    ),
    (
        CPAM,
        PH,
        "{{Cpam}} 31 {{Toulouse}} centre\nticket {{B17}}, attente {{22 min}}\nl'agent reçoit sur RDV surtout, sans RDV = « point info » debout\nles motifs : {{arrêt maladie}} pas payé, {{IJ}}, {{carte vitale}}, {{complémentaire santé solidaire}}\nil me dit : « les IJ c'est {{80 %}} de la colère »",
    ),
    (
        CPAM,
        PH,
        "CPAM 93, {{Saint-Denis}}\nmonsieur [[P:Abdoulaye Camara]], sans papiers, demande d'{{AME}}\nil a un récépissé de demande d'asile : [[ID:9312 0045 87]]\nhébergé chez un ami : [[ADR:3 rue du Landy, 93200 Saint-Denis]]\nl'agente vérifie la résidence {{3 mois}} : il a une facture {{Free}} au nom de l'ami\nelle accepte l'attestation d'hébergement manuscrite\nmoi : tout tient sur des feuilles volantes",
    ),
    (
        CPAM,
        PH,
        "{{Cpam}} {{Calvados}}, {{Caen}}\nmamie, [[P:Germaine Leroux]], {{91 ans}}, accompagnée de sa fille\nl'agent demande la ddn : « le [[DDN:4 mai 1932]] »\nla fille : « mais non maman, le [[DDN:4 mai 1933]] »\ndossier {{ALD}}, remboursement transport en taxi conventionné\nle taxi ({{Taxis Jeannine}}) n'a pas envoyé la facture",
    ),
    (
        CPAM,
        PH,
        "accueil cpam {{Vichy}}\n- ouverture {{8h30}}, {{12 personnes}} déjà\n- agent seul jusqu'à {{10h}}, il s'appelle [[P:Gilles]], {{31 ans}} de maison\n- bcp de retraités, questions {{mutuelle}} et dentiste\n- il explique le {{100 % santé}} à un monsieur avec un dépliant, très pédagogue\n- une {{pierre}} tient la porte ouverte (clim en panne)",
    ),
    (
        CPAM,
        PH,
        "cpam {{Somme}}, {{Amiens}}\nM. [[P:Thibault Vasseur]] ne reçoit pas le code {{ameli}}\nl'agent vérifie : mail enregistré [[MAIL:thibault.vasseur@laposte.net]]\nil dit « j'utilise plus celui-là, c'est [[MAIL:tibo.vss@gmail.com]] »\nmodif faite, code renvoyé, ça marche en {{2 min}} ✅",
    ),
    (
        CPAM,
        PH,
        "CPAM {{Hérault}}, {{Montpellier}} {{Petit Bard}}\nDame afghane, [[P:Fatima Ahmadi]], avec son fils qui traduit en dari\nelle a un titre de séjour réfugiée : [[ID:3401 2238 95]]\nNIR provisoire en attente depuis {{7 mois}} !\nl'agent relance par mail interne, me dit que c'est « normal » 😶\nelle repart avec une attestation papier",
    ),
    (
        CPAM,
        PH,
        "cpam du {{Havre}}, accueil, {{11h}}\nM. [[P:Sébastien Lemaire]], docker, arrêt de travail depuis accident\n{{IJ}} pas versées : l'employeur n'a pas envoyé l'attestation de salaire\nl'agent note un tel pour rappel : [[TEL:06.45.90.12.78]]\net l'adresse pour courrier : [[ADR:29 rue Jules Siegfried, 76600 Le Havre]]\nil repart en disant « je vais aller les voir au port » 😤",
    ),
    (
        CPAM,
        PH,
        "{{Cpam}} du {{Cantal}}, {{Aurillac}}. calme plat\nun agriculteur, [[P:Raymond Vidal]], vient pour un remboursement de lunettes\nl'agent dit que c'est la {{MSA}} pour lui normalement ; il dit non, il est à la cpam depuis qu'il est en retraite\nNIR [[NIR:157011501400925]] → effectivement rattaché cpam\nil veut aussi changer son RIB : [[IBAN:FR76 1680 6030 5927 5414 8960 349]]\n{{15 min}} de discussion sur la météo et les vaches 🐄",
    ),
    (
        CPAM,
        PH,
        "cpam 95 {{Sarcelles}}\ncouple sri-lankais, nom épelé par l'agent : [[P:S.I.V.A.K.U.M.A.R]]\nprénom madame : [[P:Thenmoli]]\ndemande {{carte vitale}} pour le bébé né le [[DDN:30/01/2024]]\n+ rattachement du bébé sur les 2 parents, l'agent explique, ils signent\n{{20 min}}",
    ),
    (
        CPAM,
        PH,
        "cpam 66 {{Perpignan}}\nbcp d'espagnols et de frontaliers ici, questions sur la {{carte européenne}} ({{CEAM}})\nl'agente parle catalan aussi\n{{30 %}} des visites = « j'ai pas reçu ma carte vitale »\nd'après elle, délais fabrication {{3 semaines}} environ",
    ),
    (
        CPAM,
        PH,
        "cpam {{Denain}}, {{guichet 2}}\nun habitué, « [[P:Le Grand Momo]] » pour l'agente, vient toutes les semaines\nvrai nom sur l'écran : [[P:Mohamed Ait Ouali]]\nil vient pour une attestation {{C2S}} (encore)\nl'agente imprime sans poser de question, « il est seul, il vient pour parler »",
    ),
    (
        CPAM,
        PH,
        "CPAM {{Créteil}}\nM. [[P:Ibrahim Diarra]], né le [[DDN:12-09-1993]] à {{Créteil}}\nNIR : [[NIR:193099402821097]]\nconteste le refus d'{{arrêt maladie}} (envoi hors délai {{48h}})\nl'agent explique : 1er retard = avertissement, pas de sanction, c'est une erreur\nil repart content, moi aussi",
    ),
    (
        CPAM,
        TEL,
        "plateforme {{3646}}, site de {{Lille}}\n{{72 conseillers}} sur le plateau\nécran mural : {{214 appels}} en attente, attente moyenne {{11 min}}\nle conseiller que je suis ([[P:Kevin]]) a fait {{41 appels}} depuis {{8h}}\nil me montre l'outil : un arbre de décision, « personne ne l'utilise »",
    ),
    (
        CPAM,
        TEL,
        "{{3646}}, agent [[P:Romain]] ({{Cpam}} 63)\n— votre numéro de sécurité sociale s'il vous plaît\n— [[NIR:un, soixante-dix-neuf, zéro deux, soixante-trois, cent treize, zéro quarante-cinq, clé quatre-vingt-treize]]\n— merci monsieur [[P:Chabrier]]\ndemande : remboursement kiné pas reçu, {{12 séances}}\n[[P:Romain]] voit que le kiné n'a pas télétransmis, conseille de le relancer",
    ),
    (
        CPAM,
        TEL,
        "tel cpam {{30}}\nappelant : [[P:Julien Roux]]\nil donne son n° : [[NIR:1851230189143 24]]\nla conseillère ([[P:Patricia]]) : « et votre date de naissance ? » « le [[DDN:2 décembre 85]] »\nquestion sur les {{IJ}} après accident du travail, elle transfère au service AT\nmusique d'attente {{4 min}} pendant le transfert 🎵",
    ),
    (
        CPAM,
        TEL,
        "plateforme CGSS {{Réunion}}, appel\nmonsieur [[P:Daniel Mussard]] appelle de {{Saint-Joseph}} pour une prise en charge {{EVASAN}} (évacuation sanitaire vers la métropole)\nl'agent demande le n° de dossier du {{CHU Sud}} : [[ID:2024-00871]]\nrappel à donner : [[TEL:02 62 37 44 19]]\nl'agent me dit que ces dossiers prennent « des semaines »",
    ),
    (
        CPAM,
        TEL,
        "cpam 93 tél\nmme [[P:Keltoum Amrani]] a reçu un faux mail {{ameli}} (arnaque)\nle conseiller vérifie son NIR : [[NIR:2 90 06 99 350 042 25]]\nelle donne son mail pour qu'on vérifie : [[MAIL:keltoum.amrani93[at]yahoo.fr]]\nle conseiller confirme que l'{{Assurance Maladie}} ne demande jamais de RIB par mail\nelle avait déjà donné sa carte bancaire 😢 -> renvoi banque + plainte",
    ),
    (
        CPAM,
        TEL,
        "{{3646}} - appel de Mr [[P:Claude Vandenbroucke]]\nsa femme est décédée, il veut résilier sa carte vitale à elle\nle conseiller présente ses condoléances, très humain\nvérifie l'adresse du monsieur : [[ADR:11 rue du Général Leclerc, 59200 Tourcoing]]\nsa pension arrive sur un compte en {{Belgique}} : [[IBAN:BE20 1752 5164 1956]]\n{{17 min}}",
    ),
    (
        CPAM,
        TEL,
        "{{Cpam}} {{Calvados}} — plateau tél\nconversation avec la manager, Mme [[P:Leprince]] : {{18 ETP}}, {{3 absents}}\nobjectif : décrocher {{85 %}} des appels\nréel cette semaine : {{61 %}}\nelle dit que le {{lundi matin}} c'est 2x plus d'appels\nj'écoute 3 appels, aucun nom noté, tous sur les remboursements",
    ),
    (
        CPAM,
        TEL,
        "CPAM 34, tél\nune dame, [[P:Nour El Houda Saïdi]], appelle pour sa mère hospitalisée\nle conseiller refuse de parler du dossier de la mère (secret)\nelle s'énerve, donne son num pour qu'on rappelle la mère : [[TEL:+33 7 81 04 66 92]]\nle conseiller note, « je vais voir avec le service »\ntension, mais il a raison",
    ),
    (
        CPAM,
        TEL,
        "CGSS, plateforme tél {{Sainte-Clotilde}}\nles appels arrivent en créole, la conseillère répond en créole\nsujet du jour : {{chikungunya}}/{{dengue}}, arrêts de travail en masse\nelle a traité {{33}} appels avant {{11h}}\ngros pic après le JT de {{Réunion La 1ère}}",
    ),
    (
        CPAM,
        TEL,
        "{{3646}}, appel d'{{Argenteuil}}\nmonsieur [[P:Nabil Cherif]], né le [[DDN:16 avril 1983]]\nNIR [[NIR:1 83 04 93 066 154 32]]\nil demande pourquoi il n'a pas sa {{pension d'invalidité}}\nle conseiller voit « dossier en cours d'instruction médecin conseil », {{4 mois}}\nil soupire fort 😩",
    ),
    (
        CPAM,
        TEL,
        "J'écoute [[P:Émilie]], conseillère téléphonique à la {{Cpam}} de la {{Somme}}. Un appelant, M. [[P:Dufour]], veut savoir pourquoi sa consultation chez le Dr [[P:Morel]] n'a été remboursée qu'à {{70 %}}. [[P:Émilie]] lui explique qu'il n'a pas déclaré de médecin traitant. Il dit que le Dr [[P:Morel]] est son médecin depuis {{vingt ans}}. [[P:Émilie]] lui envoie le formulaire par courrier. Elle me dit que c'est le genre d'appel qu'elle a {{dix fois}} par jour.",
    ),
    (
        CPAM,
        TEL,
        "tel cpam 95\nrappel demandé par Mme [[P:Vanessa Pereira]]\nle conseiller demande le num, elle dicte : [[TEL:zéro sept, quarante-quatre]]… non attendez c'est l'ancien, [[TEL:zéro six, trente, douze, quatre-vingt-dix-neuf, zéro un]]\ndossier : remboursement {{orthodontie}} de sa fille\n{{1 240 €}} avancés, rien reçu",
    ),
    (
        CPAM,
        TEL,
        "{{Cpam}} 76, tel\nM. [[P:Olivier Lecomte]] change de banque\nle conseiller : « je ne peux pas prendre un RIB au téléphone, il faut l'envoyer via {{ameli}} »\nmonsieur lit quand même : [[IBAN:FR76 1450 5032 6411 1043 6791 337]]\nle conseiller ne le note pas, explique encore\nsur son bureau, un petit {{olivier}} en pot 🌿",
    ),
    (
        CPAM,
        TEL,
        "écoute tél {{Cpam}} {{Allier}}\n- {{6 appels}} en {{40 min}}\n- 3 pour des {{IJ}}\n- 1 pour la {{C2S}}\n- 1 erreur (cherchait la {{Caf}})\n- 1 raccroche au bout de {{10 s}}\nle conseiller ([[P:Yannick Auclair]]) : « on est 7, on devrait être 11 »",
    ),
    (
        CPAM,
        CSP,
        "contrôle arrêt maladie avec un agent assermenté cpam 59\nadresse : [[ADR:64 rue des Sarrazins, Lille]] ({{Wazemmes}})\nM. [[P:Kamel Boudjema]] doit être chez lui {{9h-11h}} et {{14h-16h}}\nil ouvre, en pyjama, tout va bien\nl'agent vérifie l'identité avec sa CNI : [[ID:160759312045]] et le NIR de l'arrêt : [[NIR:168095935021175]]\n{{5 min}} sur place, « la plupart sont là »",
    ),
    (
        CPAM,
        CSP,
        "CSP cpam 31\ntournée de {{6 contrôles}} d'arrêts de travail\n4 présents, 1 absent (avis de passage), 1 adresse introuvable\nl'agente : « les absents, souvent c'est qu'ils étaient chez le médecin »\non roule dans un {{C3}} blanc sans logo",
    ),
    (
        CPAM,
        CSP,
        "contrôle cpam/CGSS, {{Saint-Louis}}\ntransporteur sanitaire soupçonné de facturer des trajets fictifs\nl'agent relève la plaque du VSL : [[IMMAT:GK-712-RB]]\net une ancienne plaque sur un autre véhicule : [[IMMAT:3458 TF 974]]\nle gérant, M. [[P:Ramassamy]], présente ses carnets de bord\ndossier à suivre",
    ),
    (
        CPAM,
        CSP,
        "{{Cpam}} 63, contrôle à domicile d'une patiente en {{HAD}}\nMme [[P:Simone Pradier]], [[ADR:lieu-dit Les Combes, 63210 Rochefort-Montagne]]\nvérif des passages infirmiers facturés : {{2 par jour}}\nl'infirmière, [[P:Hélène]], passe pendant qu'on est là\nNIR de la patiente sur le carnet : [[NIR:261110331002597]]\ntout concorde",
    ),
    (
        CPAM,
        CSP,
        "CSP {{Cpam}} 93, enquête fraude\nadresse de domiciliation de {{14 assurés}} : [[ADR:27 bis rue Gabriel Péri, 93200 Saint-Denis]]\nsur place : un kebab ({{Kebab Le Bosphore}}) 🙃\nle patron, M. [[P:Demir]], ne connaît aucun des noms\nl'agente prend des photos, ça part au parquet",
    ),
    (
        CPAM,
        CSP,
        "contrôle cpam, {{Le Havre}}, quartier {{Mont-Gaillard}}\nagent assermenté depuis {{2015}}\nil a une carte tricolore qu'il montre à chaque porte\n3 visites, toutes conformes\nil dit qu'il fait aussi des contrôles chez des pros de santé (kinés, taxis)",
    ),
    (
        CPAM,
        CSP,
        "contrôle taxis conventionnés cpam {{Gard}}\ntaxi de M. [[P:Patrick Cabanel]] : plaque [[IMMAT:fh 291 zc]]\nl'agent compare les trajets facturés avec les horaires des patients\n{{Nîmes}} → {{Montpellier}} facturé {{3 fois}} le même jour, pour le même patient ??\nle taxi dit que c'est une erreur de logiciel",
    ),
    (
        CPAM,
        CSP,
        "{{Cpam}} 80, contrôle domicile d'un assuré en longue maladie\nM. [[P:Gérard Caron]], [[ADR:12 rue Saint-Fuscien, 80000 Amiens]]\nil montre son attestation mutuelle {{MGEN}} n° adhérent [[ID:004781236]]\nl'agent vérifie qu'il est bien là, qu'il n'exerce pas d'activité (il retape des vélos ?)\n« pour moi, pas pour vendre »\nconclusion favorable",
    ),
    (
        CPAM,
        CSP,
        "cpam 91, contrôle à {{Évry-Courcouronnes}}\nadresse [[ADR:4 allée de la Mare au Loup, Évry]]\npersonne ne répond, l'agent appelle le num du dossier : [[TEL:01 64 97 22 18]]\nune voix d'enfant répond, « maman est au travail » 😬\nl'assurée est en arrêt… suite à donner\nl'agent me dit qu'il ne juge pas sur un seul contrôle",
    ),
    (
        CPAM,
        CSP,
        "CGSS, contrôle {{Le Port}}\nquartier {{Rivière des Galets}}\n3 contrôles d'arrêts maladie, tous présents\nle contrôleur connaît la moitié du quartier\nil dit qu'il y a « moins de fraude qu'on croit, plus de misère »\nretour {{12h30}}, {{34°}}",
    ),
]

# --- CCAS ------------------------------------------------------------------------------
NOTES += [
    (
        CCAS,
        PH,
        "CCAS de {{Rouen}}, permanence du matin\nM. [[P:Abdelkader Mansouri]], {{58 ans}}, hébergé à l'{{hôtel Ibis Budget}}, {{chambre 214}} par le {{115}}\ndemande une aide alimentaire d'urgence\nl'agente ([[P:Solène]]) lui donne un bon de {{40 €}} pour {{Carrefour}}\n+ rdv avec l'assistante sociale {{jeudi 10h}}",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Clermont-Ferrand}}\naccueil : 2 agentes + 1 service civique\nle matin : {{domiciliations}} (courrier des SDF), {{60 par jour}} environ\nun casier par personne, rangé par ordre alphabétique\nbeaucoup de demandes {{aide énergie}} en {{janvier}}\nl'agente : « on fait de l'{{épicerie solidaire}}, du {{chèque énergie}}, du tout »",
    ),
    (
        CCAS,
        PH,
        "ccas {{toulouse}}, accueil domiciliation\nun jeune, [[P:Ionuț Popescu]], vient chercher son courrier\nl'agente cherche dans les casiers à « P »\nlettre de la {{préfecture}} pour son titre de séjour : n° [[ID:3102547891]] sur l'enveloppe\nil ne lit pas bien le français, l'agente lui lit le courrier\nc'est un rdv à la préfecture le 14 à {{9h}}",
    ),
    (
        CCAS,
        PH,
        "CCAS de {{Lille}}, mairie de quartier de {{Moulins}}\nMme [[P:Yvette Descamps]], {{87 ans}}, veut s'inscrire au {{plan canicule}}\nformulaire papier : adresse [[ADR:9 rue de Cambrai, Lille]], tel fixe [[TEL:03 20 52 71 09]]\npersonne à prévenir : sa nièce [[P:Brigitte]] [[TEL:06 86 14 33 25]]\nl'agente remplit pour elle, elle a oublié ses lunettes",
    ),
    (
        CCAS,
        PH,
        "ccas {{Montpellier}}, antenne {{Mosson}}\n{{9h}} - déjà {{11 personnes}}\nmotifs : {{aide alimentaire}} (6), {{domiciliation}} (3), {{impayé de loyer}} (2)\nune famille avec bébé attend debout, l'agente ([[P:Houria]]) va chercher une chaise\nles aides facultatives ont été réduites cette année, dit-elle",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Calais}}\nM. [[P:Dariusz Nowak]], {{63 ans}}, ancien docker, vit seul\ndemande aide pour facture {{EDF}} impayée : {{412 €}}\nréf client EDF : [[ID:6012 448 903]]\nl'agente appelle EDF devant lui, obtient un échelonnement\nil me dit « mon père est venu de {{Pologne}} en {{1947}} pour la mine »",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Saint-Denis}}, accueil\nM. [[P:Seydou Coulibaly]] habite au foyer {{Adoma}}, [[ADR:12 rue de la Poterie, 93200 Saint-Denis]]\ndemande une domiciliation pour son frère arrivé le mois dernier\nl'agente explique : il faut un lien avec la commune\nfrère : [[P:Bakary Coulibaly]], pas de papiers, pas de logement\n→ orienté vers le {{115}}",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Saint-Paul}} ({{Réunion}})\nMme [[P:Josiane Boyer]] vient pour un secours d'urgence, sa case a été abîmée par le cyclone {{Belal}}\nadresse : [[ADR:15 impasse des Goyaviers, Bellemène, 97460 Saint-Paul]]\nl'agent lui remet {{150 €}} de bons + colis, et prend un RIB pour la suite : [[IBAN:FR76 1010 7045 7831 7818 9910 644]]\nil note son tel : [[TEL:0693 27 50 81]]\nla tôle du toit est partie, elle dort chez sa fille",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Caen}}\nj'assiste à une commission d'aides facultatives\n{{14 dossiers}} examinés en {{1h}}\nmontants accordés : {{50}} à {{300 €}}\ndossiers anonymisés par numéro, je ne vois pas de noms 👍\nun refus : « ressources supérieures au barème de {{20 €}} »",
    ),
    (
        CCAS,
        PH,
        "ccas {{Sarcelles}} accueil\nune dame âgée, Mme [[P:Zhang Li]], ne parle que mandarin, sa petite-fille ([[P:Emma]], {{12 ans}}) traduit\ndemande de {{portage de repas}}\nl'agente demande un numéro, la petite dit : [[TEL:zéro un, trente-quatre, dix-neuf, vingt-deux, cinquante]]\nl'agente redemande en chiffres : [[TEL:01 34 19 22 50]]\n« {{12 ans}} et elle gère tout pour sa mamie » 😮",
    ),
    (
        CCAS,
        PH,
        "CCAS d'{{Amiens}}, aide au paiement du loyer\nMme [[P:Jennifer Dupuis]], mère isolée, {{3 enfants}}, dossier caf [[ALLOC:7102 556]]\nl'aide sera versée directement au bailleur ({{Amiens Habitat}})\nréf locataire : [[ID:AH-0078451]]\nmais l'agente prend aussi son RIB perso pour une autre aide : [[IBAN:FR76 1751 5078 6785 2624 9483 854]]\nelle repart avec un bon alimentaire en plus",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Perpignan}}\nsalle d'attente = ancienne salle des mariages 😅\n{{8 chaises}}, {{13 personnes}}\nl'agent d'accueil ([[P:Jordi]]) parle catalan, espagnol, un peu d'arabe\nle {{mardi}} c'est la permanence {{CESF}}\nil me dit qu'ils ont {{3 mois}} de retard sur les dossiers {{FSL}}",
    ),
    (
        CCAS,
        PH,
        "ccas {{Vichy}}, service seniors\nM. [[P:André Bonnet]], {{76 ans}}, veut la {{téléassistance}}\nson fils vit à {{Lyon}}, il donne son mail à lui : [[MAIL:fbonnet.lyon@free.fr]]\nl'agente ouvre le dossier, boîtier {{Présence Verte}}\n{{25 min}}",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Grigny}}, accueil\njeune femme [[P:Aminata Sow]], née le [[DDN:08/11/2004]], {{20 ans}}\nsortie d'{{ASE}} (ancienne enfant placée), plus rien\nl'agente l'oriente vers la {{mission locale}} et le {{CEJ}}\naide d'urgence {{80 €}}\nl'agente : « les sorties d'ASE c'est une bombe »",
    ),
    (
        CCAS,
        PH,
        "CCAS du {{Port}}\nla queue commence sur le trottoir sous le soleil\nagent d'accueil : gère {{80 passages}} par jour\ncolis alimentaires distribués le {{vendredi}}\nbeaucoup de jeunes mères, quelques {{gramounes}}\nil me dit que le {{RSO}} existe encore pour les + de {{55 ans}}",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Montluçon}}\nun jeune vient car il a reçu un message d'« un agent du ccas » sur {{Snapchat}} (arnaque ?)\nil montre son propre compte [[ID:@kylian.mtl03]] où il a reçu le message\nl'agente : « on ne contacte jamais par Snapchat » 🙄\nelle fait une capture pour la police",
    ),
    (
        CCAS,
        PH,
        "Au CCAS de {{Béziers}}, [[P:Magali]] reçoit Monsieur [[P:Ruiz]], {{69 ans}}, qui vient demander une aide pour ses lunettes. Il a une retraite de {{870 €}} et l'{{ASPA}} n'a jamais été demandée. [[P:Magali]] s'en rend compte en trois questions. Elle remplit le dossier avec lui, il dit qu'il aurait dû venir il y a {{dix ans}}. Moi je me demande combien ils sont comme lui.",
    ),
    (
        CCAS,
        PH,
        "CCAS {{Tourcoing}}\nun SDF connu, « [[P:Tintin]] » (c'est comme ça qu'il se présente) vient chercher son courrier\nl'agente l'appelle par son vrai nom, [[P:Jean-Marc Delattre]]\nil a une lettre de la {{CPAM}}, il la jette sans l'ouvrir\nl'agente la récupère dans la poubelle et la lui lit 😅",
    ),
    (
        CCAS,
        TEL,
        "ccas {{rouen}}, accueil tél\n1 agente, 2 lignes\n{{12h-14h}} fermé\nappels : {{repas des aînés}} (inscriptions), {{colis de Noël}}, domiciliation\nla mairie de {{Sotteville}} appelle pour un usager, M. [[P:Quesnel]], elle transfère",
    ),
    (
        CCAS,
        TEL,
        "ccas 63 tél\nmme [[P:Marcelle Bouchet]] appelle pour la {{téléassistance}} qui sonne toute seule\nl'agente note son num pour que le prestataire rappelle : [[TEL:04 73 92 18 55]]\npuis « ah non c'est le numéro de ma fille : [[TEL:06 20 45 81 17]] »\n{{15 min}} pour une pile à changer",
    ),
    (
        CCAS,
        TEL,
        "tél ccas {{Toulouse}}, service domiciliation\nun monsieur appelle pour savoir si sa domiciliation est encore valable\nnom : [[P:Mehmet Kaya]], né le [[DDN:01/01/1970]]\nl'agente : oui jusqu'au {{31 mars}}, il faut venir renouveler\nil demande si on peut faire ça par tel -> non\nl'agente me dit que bcp de personnes nées à l'étranger ont un « {{1er janvier}} » par défaut",
    ),
    (
        CCAS,
        TEL,
        "ccas {{lille}} tél\nmme [[P:Nguyen Thi Lan]] appelle, l'aide de {{200 €}} n'est pas arrivée\nl'agente vérifie : virement fait sur [[IBAN:FR76 3000 3049 3441 0680 2537 383]]\n« ah non c'est mon ancien compte, fermé »\nil faut refaire un dossier avec le nouveau RIB 😩\n{{3 semaines}} de plus",
    ),
    (
        CCAS,
        TEL,
        "CCAS {{Amiens}} - standard\nla mairie redirige tous les appels « social » vers ici\nl'agente dit que {{1 appel sur 3}} n'est pas pour eux ({{Caf}}, {{Cpam}}, bailleur)\nelle a une liste de numéros scotchée : {{Caf}} {{3230}}, {{Cpam}} {{3646}}, {{115}}\ntrès organisée",
    ),
    (
        CCAS,
        TEL,
        "ccas 93 tél\nl'association {{Secours populaire}} appelle pour une famille\nla bénévole ([[P:Christine]]) donne le mail de la maman : [[MAIL:samira_benyoucef@outlook.fr]]\nla maman : [[P:Samira Benyoucef]], {{4 enfants}}, expulsion prévue en {{avril}}, n° alloc [[ALLOC:3318 405]]\nl'agente note, promet un rappel de l'AS demain",
    ),
    (
        CCAS,
        TEL,
        "CCAS {{Saint-André}} standard\nl'agente répond « CCAS bonjour, koman i lé ? » 😄\nappels pour le {{repas des gramounes}}, les {{bons de Noël}}\n{{25 appels}} en {{1h}}\nles lignes coupent quand il pleut fort (orages)",
    ),
    (
        CCAS,
        TEL,
        "ccas {{Béziers}} tél\nun monsieur, [[P:Farid Meziane]], vit dans sa voiture depuis {{2 mois}}\nil donne la plaque pour que la police municipale ne l'embête pas la nuit : [[IMMAT:CD-530-PH]]\nl'agente dit qu'elle ne peut pas faire ça mais prend rdv avec l'AS\nil dort sur le parking du {{Leclerc}}",
    ),
    (
        CCAS,
        TEL,
        "CCAS {{Hérouville}}, tél\nla fille de M. [[P:Jacques Legrand]] appelle pour l'{{APA}} de son père\nn° dossier {{MDPH}} : [[ID:2023-11847]]\nelle laisse son num : [[TEL:07.69.33.40.12]]\nl'agente explique que l'APA c'est le {{Département}}, pas le ccas\n{{8e}} appel mal orienté de la matinée",
    ),
    (
        CCAS,
        TEL,
        "ccas {{Évry}}, accueil tel\n— CCAS bonjour\n— …\n— oui madame, le {{colis}} c'est le {{jeudi}} de {{14h à 16h}}\n— …\n— non il faut la carte\nx 15 fois dans l'heure",
    ),
    (
        CCAS,
        TEL,
        "ccas du {{havre}}, tél\nM. [[P:Jean-Pierre Guérin]] veut s'inscrire au {{banquet des anciens}}\nl'agent : « votre date de naissance ? » « le [[DDN:vingt-deux août quarante-neuf]] »\ninscrit, avec sa compagne [[P:Odile]]\n{{74}} ans ? non {{75}}, il recompte 😄",
    ),
    (
        CCAS,
        TEL,
        "Au téléphone du CCAS de {{Nîmes}}, [[P:Yasmina]] répond à une dame qui appelle pour son voisin, M. [[P:Fabre]], qu'elle n'a pas vu depuis {{trois jours}}. [[P:Yasmina]] prend l'adresse, [[ADR:6 rue Titus, Nîmes]], et appelle immédiatement les pompiers. On apprendra plus tard qu'il était hospitalisé. [[P:Yasmina]] : « ça arrive {{deux fois par été}} ».",
    ),
    (
        CCAS,
        CSP,
        "visite à domicile CCAS avec [[P:Élodie]], conseillère {{CESF}}\n[[ADR:33 rue Eau de Robec, 76000 Rouen]], {{3e}} sans ascenseur\nMme [[P:Ginette Morin]], {{84 ans}}, vit seule avec son chat {{Pompon}}\nle frigo est vide, [[P:Élodie]] appelle le {{portage de repas}}\nelle repart avec un rdv {{APA}}",
    ),
    (
        CCAS,
        CSP,
        "CCAS {{Clermont}}, visite à domicile\n{{La Gauthière}}, tour de {{14 étages}}\nla conseillère ([[P:Aurore]]) frappe, un ado ouvre, la mère dort (travaille de nuit)\non repasse à {{15h}}\nrien de plus, {{1h}} de perdue 🤷",
    ),
    (
        CCAS,
        CSP,
        "visite CCAS {{Empalot}}\nfamille [[P:Ben Youssef]], impayé de loyer {{2 300 €}}\nl'AS demande la référence du bail {{Toulouse Métropole Habitat}} : [[ID:TMH-556102]]\nle père montre aussi son titre de séjour n° [[ID:3100489512]]\nplan d'apurement à proposer au bailleur\nla gamine fait ses devoirs sur la table pendant ce temps, très sage",
    ),
    (
        CCAS,
        CSP,
        "CCAS {{Saint-Pierre}}, visite chez une gramoune\nMme [[P:Lucienne Dijoux]], [[ADR:4 rue des Bougainvilliers, Ravine des Cabris, 97432 Saint-Pierre]]\ncase en tôle, pas d'eau chaude\nl'agente évalue pour le {{portage de repas}} et la {{téléassistance}}\nsa petite fille [[P:Mélanie]] est là, on note son tel : [[TEL:0692 80 14 56]]",
    ),
    (
        CCAS,
        CSP,
        "visite à domicile ccas, cité minière à {{Liévin}}\nmaison de mineur, chauffage au charbon encore !\nle monsieur a {{89 ans}}, l'agente vérifie le détecteur de fumée\n{{45 min}}, café offert ☕\nl'agente dit qu'elle fait {{6 visites}} / semaine",
    ),
    (
        CCAS,
        CSP,
        "CCAS {{Montpellier}}, visite après signalement voisin\nM. [[P:Lucien Garrigues]], né le [[DDN:2 février 1941]], syndrome de {{Diogène}}\nappartement [[ADR:18 avenue de Lodève, Montpellier]]\nl'agente parle doucement, il refuse l'aide ménagère\non reviendra avec l'infirmière du {{CMP}}",
    ),
    (
        CCAS,
        CSP,
        "CCAS {{Argenteuil}}, visite d'évaluation\nle logement est propre, la dame très digne\nbesoin : aide pour remplir les papiers ({{retraite de réversion}})\nl'agente prendra rdv à la {{CARSAT}}\n{{30 min}}",
    ),
    (
        CCAS,
        CSP,
        "visite CCAS {{Caen}} {{Chemin Vert}}\nM. [[P:Thierry Mallet]], dettes, l'AS fait un dossier de surendettement {{Banque de France}}\nNIR pour le dossier : [[NIR:172031411807741]]\nelle recopie le RIB : [[IBAN:13335 09085 01575468569 84]]\n{{12 crédits}} conso, {{Cofidis}}, {{Cetelem}}…\nil a honte, il dit que c'est « à cause du jeu »",
    ),
    (
        CCAS,
        CSP,
        "visite CCAS {{Saint-Benoît}}\nroute de {{Takamaka}}, {{25 min}} de lacets\nla famille n'est pas là, partie à la {{Caf}} 😂 (on s'est croisés)\nl'agente laisse un mot",
    ),
    (
        CCAS,
        CSP,
        "ccas {{Lille Sud}}, visite à domicile\nmonsieur épelle son nom pour l'agente : « [[P:D, E, W, I, T, T, E]] »\nil a fui l'{{EHPAD Les Orchidées}}, vit chez son fils [[P:Pascal]]\nadresse : [[ADR:121 rue du Faubourg des Postes, Lille]]\nl'agente évalue le risque, appelle la {{MDPH}}…",
    ),
]

# --- Urgences --------------------------------------------------------------------------
NOTES += [
    (
        URG,
        PH,
        "urgences {{CHU}} {{Rouen}}, accueil / {{IOA}}\npatient : [[P:Mickaël Leblanc]], chute de vélo\nIPP : [[ID:P00781245]]\nl'agente d'accueil scanne la {{carte vitale}}, imprime le bracelet\ntemps d'attente affiché : {{4h}} 😨\nil dit qu'il va rentrer chez lui, elle lui conseille de rester",
    ),
    (
        URG,
        PH,
        "Urgences {{CHU Clermont}} ({{Gabriel-Montpied}})\n{{23h}} : {{37 patients}} en salle\n{{12 brancards}} dans le couloir\nl'IOA trie : {{tri 1}} à 5\nune mamie attend depuis {{9h}} du matin sur un brancard\nles agents courent, personne ne s'assoit",
    ),
    (
        URG,
        PH,
        "urgences {{Purpan}}, accueil administratif\nla secrétaire tape : [[P:EL AMRANI Soukaina]], ddn [[DDN:1995-06-30]]\npas de {{carte vitale}}, pas d'attestation\nl'agente : « on vous soigne d'abord, on verra après »\nelle donne son tel : [[TEL:0761298430]]",
    ),
    (
        URG,
        PH,
        "urgences {{CHU Lille}}, {{2h du mat}}\nles pompiers amènent un monsieur alcoolisé, sans papiers d'identité\nil dit s'appeler « [[P:Jojo]] »\nl'agente d'accueil crée un dossier « X inconnu » avec n° IPP [[ID:90045218]]\nau matin, il donne son nom : [[P:Georges Lemaire]]\nfusion des dossiers, galère",
    ),
    (
        URG,
        PH,
        "urgences {{CHU Félix-Guyon}}, {{Bellepierre}}\nenfant {{6 ans}}, piqûre de scolopendre\nmaman : Mme [[P:Sinimalé]], [[TEL:0692 55 30 17]]\nenfant : [[P:Noah Sinimalé]], né le [[DDN:14/10/2018]]\nvu en {{40 min}}, la maman soulagée",
    ),
    (
        URG,
        PH,
        "urgences hôpital {{Delafontaine}}, {{Saint-Denis}}\nsalle d'attente {{50 places}}, {{68 personnes}}\ninterprétariat par téléphone ({{ISM}}) utilisé {{5 fois}} en {{2h}}\nl'agente d'accueil parle tamoul et anglais\nun vigile et un médiateur\nles gens dorment par terre",
    ),
    (
        URG,
        PH,
        "Urgences {{CHU Amiens-Picardie}}\nM. [[P:Francis Lefèvre]], douleur thoracique, passe direct\nsa femme fait l'admin : mutuelle {{MGEN}} n° [[ID:255087741]]\nl'agent : « votre mari est né quand ? » « le [[DDN:3 mars 1952]] »\nelle tremble, l'agente lui apporte un café",
    ),
    (
        URG,
        PH,
        "urgences {{Lapeyronie}}, {{Montpellier}}\ntouriste allemand, [[P:Lukas Becker]], fracture cheville\npasseport : [[ID:C01X00T47]]\n{{carte européenne}} ok\nadresse en {{Allemagne}} : [[ADR:Schillerstraße 14, 10625 Berlin]]\nl'agente se débrouille en anglais, bravo",
    ),
    (
        URG,
        PH,
        "urgences {{Le Havre}} ({{Monod}})\nM. [[P:Cédric Fouquet]] amène son fils, s'est garé devant l'entrée ambulances\nl'agent de sécurité annonce au micro « le véhicule [[IMMAT:FR-203-KM]] doit être déplacé »\nle père sort en courant",
    ),
    (
        URG,
        PH,
        "urgences {{Vichy}}\n{{14h}}, calme : {{9 patients}}\nl'agente d'accueil, [[P:Martine]], m'explique le logiciel, {{3 écrans}}\n« on a fermé les urgences la nuit {{2 fois}} cet été faute de médecin »\nle {{15}} régule avant de venir la nuit maintenant",
    ),
    (
        URG,
        PH,
        "urgences {{Henri-Mondor}}\nétiquette patient imprimée (je lis par-dessus l'épaule) :\n[[P:RAKOTOMALALA Hery]]\nné le [[DDN:22/12/1977]] — M — {{46 ans}}\nIPP [[ID:8002145577]]\nmotif : plaie main\n👀 ces étiquettes traînent partout sur le comptoir",
    ),
    (
        URG,
        PH,
        "Aux urgences de {{Carémeau}}, l'agente d'accueil, [[P:Sabrina]], enregistre une jeune femme venue avec son copain. Elle demande un numéro de téléphone pour les joindre ; le copain dicte [[TEL:06 18 72]]… puis se reprend : [[TEL:06 81 72 40 93]]. [[P:Sabrina]] rit : « vous ne connaissez pas votre propre numéro ? » Il répond que c'est un nouveau forfait {{Free}}. L'attente annoncée : {{trois heures}}.",
    ),
    (
        URG,
        PH,
        "urgences {{Lens}}\npanneau : « délai d'attente estimé {{5h}} »\nl'agente dit que depuis la fermeture de la maternité c'est pire, j'ai pas tout suivi\n{{40 %}} des passages pourraient aller en {{maison médicale de garde}}\nmais elle est fermée le {{dimanche}}",
    ),
    (
        URG,
        PH,
        "urgences {{Rangueil}}\nadmission de Mme [[P:Élise Castan]]\nNIR tapé : [[NIR:2880834172402 03]]\nddn [[DDN:19/08/1988]]\nl'agente vérifie les droits {{CDRi}} en temps réel, ok\n{{3 min}} d'admin, bien rodé",
    ),
    (
        URG,
        PH,
        "urgences {{Argenteuil}}\nM. [[P:Mamadou Baldé]], hernie, pas de couverture\ntitre de séjour expiré n° [[ID:9501234871]]\nl'assistante sociale de l'hôpital est appelée ({{PASS}})\nil a peur qu'on appelle la police, l'agente le rassure",
    ),
    (
        URG,
        PH,
        "CHU {{Caen}}, urgences. Une dame arrive à pied avec sa mère, [[P:Madeleine Hue]], {{93 ans}}. L'agente demande l'adresse pour le dossier : [[ADR:14 rue du Vaugueux, 14000 Caen]]. La fille précise que sa mère vit en {{EHPAD}} maintenant, à l'{{EHPAD Les Pommiers}}. L'agente corrige. L'attente est longue, on leur trouve un fauteuil.",
    ),
    (
        URG,
        PH,
        "urgences {{CHU Sud}}, {{Saint-Pierre}}\nbeaucoup d'accidents de scooter le week-end\nl'IOA : « ici on voit des trucs qu'on voit pas en métropole, les {{morsures de requin}} c'est rare mais les chutes de {{manguier}}, si »\n{{6h}} d'attente pour les non urgents",
    ),
    (
        URG,
        PH,
        "urgences {{Sud Francilien}}, {{Corbeil}}\nun jeune, [[P:Enzo Marchal]], se fait recoudre le front\nil demande le compte rendu par mail : [[MAIL:enzo.marchal91@icloud.com]]\nl'agente : « on n'envoie pas par mail, vous aurez le papier »\nil le prend en photo avec son {{iPhone}} 📸",
    ),
    (
        URG,
        PH,
        "urgences {{Béziers}}, {{Centre hospitalier}}\nentrée piétons fermée la nuit, il faut sonner\nl'agente répond à l'interphone\n{{19h-23h}} : {{31 entrées}}\nun monsieur, [[P:René Puech]], sonne {{3 fois}}, il a oublié ses clés dans la salle",
    ),
    (
        URG,
        PH,
        "urgences {{st quentin}}\nla famille [[P:Leclercq]] au complet ({{6 personnes}}) accompagne le grand-père\nl'agente : « une seule personne avec lui svp »\nelle prend le tel du fils : [[TEL:06-34-88-12-07]]\nle grand-père, né le [[DDN:9 avril 1938]], rigole\nils finissent par s'asseoir dehors",
    ),
    (
        URG,
        PH,
        "urgences {{Aurillac}}\nun agriculteur arrive seul au volant, main coupée (tronçonneuse)\nsa camionnette [[IMMAT:BX 418 FL]] garée en travers\nnom : [[P:Lucien Delpuech]]\nil est pris en charge en {{2 min}}\nl'agente gare la camionnette elle-même 😅",
    ),
    (
        URG,
        PH,
        "Urgences pédiatriques {{Amiens}}\n{{bronchiolite}} : {{18 enfants}} en {{3h}}\nles parents attendent avec des poussettes dans le couloir\nl'agente distribue des bouteilles d'eau\nun clown de l'association {{Le Rire Médecin}} passe",
    ),
    (
        URG,
        PH,
        "urgences {{Montpellier}}, accueil\nla dame épelle : « [[P:O-U-E-D-R-A-O-G-O]], prénom [[P:Awa]] »\nl'agente tape « [[P:Wedraogo]] », corrige\n{{30 min}} pour être enregistrée",
    ),
    (
        URG,
        PH,
        "urgences {{Charles-Nicolle}}\nune ado, [[P:Inès]], {{15 ans}}, amenée par une copine après un malaise\nla copine filme, l'agente lui demande d'arrêter\nla copine : « c'est pour mon {{tiktok}} » -> [[ID:@lina.rouen76]]\nles parents sont appelés : [[TEL:02 35 71 48 93]]",
    ),
    (
        URG,
        PH,
        "urgences {{Perpignan}}\nmotard espagnol, [[P:Jordi Puig]], accident sur la {{N116}}\nDNI espagnol : [[ID:47281953W]]\nsa moto : [[IMMAT:4821 KLM]]\nl'agente appelle l'assurance\nil parle catalan avec l'aide-soignante",
    ),
    (
        URG,
        PH,
        "urgences {{Avicenne}}, {{Bobigny}}\n{{70}} passages depuis {{8h}}\nun médiateur en gilet orange traduit en arabe et en soninké\n{{4h30}} d'attente moyenne\nune dame accouche presque dans le hall, tout le monde court",
    ),
    (
        URG,
        TEL,
        "standard urgences {{CHU Rouen}}\nles gens appellent pour savoir combien d'attente -> l'agente ne donne jamais de chiffre\nconsigne : « appelez le {{15}} si c'est urgent »\n{{20 appels}} en {{1h}}",
    ),
    (
        URG,
        TEL,
        "tél urgences {{Clermont}}\nune femme appelle pour savoir si son mari, [[P:Bernard Chassagne]], est arrivé\nl'agente demande sa date de naissance pour vérifier : « [[DDN:vingt-huit octobre mille neuf cent cinquante-cinq]] »\noui il est là, en box\nelle ne donne aucune info médicale au tél",
    ),
    (
        URG,
        TEL,
        "tél urgences {{Saint-Pierre}}\nappel d'un médecin libéral de {{Cilaos}} qui envoie un patient\npatient : [[P:Joseph Maillot]], né le [[DDN:05/05/1949]]\nle médecin donne son propre numéro pour qu'on le rappelle : [[TEL:02 62 31 70 44]]\nambulance, {{1h30}} de route",
    ),
    (
        URG,
        TEL,
        "accueil tél urgences {{Lille}}\nl'agente gère aussi la porte\nappels : familles, pharmacies, ambulanciers\nun ambulancier ({{Ambulances Vanhoutte}}) appelle pour savoir s'il y a de la place -> « non mais venez »\n{{17h}} : {{52}} patients",
    ),
    (
        URG,
        TEL,
        "tél urgences {{Purpan}}\nun fils appelle pour récupérer les affaires de sa mère [[P:Paulette Vidal]]\nl'agente lui donne le n° de dossier à rappeler : [[ID:P00324578]] (IPP)\n+ horaire du vestiaire {{9h-17h}}",
    ),
    (
        URG,
        TEL,
        "standard {{Delafontaine}}\nune dame appelle en pleurs, son fils [[P:Yanis Benhamou]] a été amené par la police\nl'agente : « madame, je ne peux rien dire au téléphone »\nelle insiste, donne son num : [[TEL:06 03 91 77 28]]\nl'agente transmet au médecin",
    ),
    (
        URG,
        TEL,
        "Au standard des urgences d'{{Amiens}}, la soirée commence. Les appels se répètent : combien de temps d'attente, est-ce que je peux venir, est-ce que mon père est là. L'agente répond toujours avec la même phrase douce. Elle me dit qu'elle a été aide-soignante pendant {{vingt ans}} avant de passer au standard après un mal de dos.",
    ),
    (
        URG,
        TEL,
        "tél urgences {{Lapeyronie}}\nune agence d'intérim appelle pour un justificatif de passage de leur salarié [[P:Rui Fernandes]]\nl'agente refuse, secret médical\nils donnent le mail du salarié pour qu'on le prévienne : [[MAIL:r.fernandes@proman-interim.fr]]\nrefus aussi",
    ),
    (
        URG,
        TEL,
        "standard urgences {{Le Havre}}\n— Urgences bonjour\n— (…)\n— il faut appeler le {{15}}, monsieur\n— (…)\n— non on ne peut pas vous dire le temps d'attente\nx 10\nl'agente lève les yeux au ciel à chaque fois 🙄",
    ),
    (
        URG,
        TEL,
        "tél urgences {{Mondor}}\nappel de l'étranger : la sœur d'un patient roumain, [[P:Andrei Ionescu]]\nelle donne son numéro en {{Roumanie}} : [[TEL:plus quarante, sept cent vingt-trois, quatre cent dix-huit, cinq cent six]]\nl'agente note : [[TEL:+40 723 418 506]]\nelle parle anglais, l'agente aussi",
    ),
    (
        URG,
        TEL,
        "tél urgences {{Nîmes}}\nun centre de dialyse appelle pour un patient transféré\npatient : [[P:Alain Sabatier]], NIR [[NIR:164063403210172]]\nle secrétariat donne son IPP : [[ID:300127845]]\nle dossier suit par fax (!!!) 📠",
    ),
    (
        URG,
        TEL,
        "accueil tél urgences {{Calais}}\npic d'appels après un accident sur l'{{A16}}\nconsignes : renvoyer la presse vers la direction\n{{2 journalistes}} en {{20 min}}\nl'agente : « on dit rien, point »",
    ),
    (
        URG,
        TEL,
        "tél urgences {{Saint-Denis}} {{Réunion}}\nappel d'une maman pour son ado hospitalisé\nnom épelé au téléphone : « [[P:A, H, tiret, H, O, N, G]] »\nprénom [[P:Dylan]]\nl'agente retrouve : [[P:Dylan Ah-Hong]], {{box 4}}\nmaman rassurée",
    ),
    (
        URG,
        TEL,
        "standard hôpital {{Gonesse}} urgences\n{{6 lignes}}, 1 agente\nla musique d'attente est cassée, ça sonne dans le vide\nelle ([[P:Nadia]]) me dit que {{la moitié}} des gens raccrochent avant",
    ),
]

# --- CHRS / 115 / maraudes -------------------------------------------------------------
NOTES += [
    (
        CHRS,
        PH,
        "CHRS {{Rouen}}, accueil de jour\nM. [[P:Karim Djebbar]], sorti de prison il y a {{3 jours}}\nl'éducatrice ([[P:Clémence]]) le reçoit, il a une orientation {{SIAO}}, réf [[ID:24-03318]]\nplace dispo dans {{10 jours}}, en attendant {{hôtel F1}}, {{chambre 9}}\nil demande s'il peut garder son chien",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Clermont}} (association {{ANEF}})\n{{42 places}}, {{100 %}} occupées\nl'accueil est tenu par un veilleur + 1 éducateur\nrègles au mur : pas d'alcool, retour avant {{22h}}\nles chiens sont acceptés, rare !",
    ),
    (
        CHRS,
        PH,
        "CHRS {{toulouse}}, accueil\njeune guinéen, [[P:Alpha Oumar Bah]], {{19 ans}}, débouté\nnuméro AGDREF sur son récépissé : [[ID:3102987456]]\nl'éducateur appelle son avocate, Me [[P:Garrigou]]\nil dort au CHRS depuis {{2 semaines}}",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Lille}} ({{ABEJ}}), entrée\nune femme, [[P:Sarah]] (pas de nom donné), fuit des violences\nl'éducatrice lui demande si son conjoint peut la localiser : il la suit sur insta, son compte à elle [[ID:@sarah.lille59]]\nelle désactive son compte devant nous\nadresse du conjoint (pour la plainte) : [[ADR:5 rue Gambetta, Lomme]]",
    ),
    (
        CHRS,
        PH,
        "CHRS 93, entretien d'admission\nM. [[P:Ousmane Cissé]] vient du foyer {{Adoma}}, [[ADR:45 rue de Strasbourg, Saint-Denis]]\nil travaille en intérim (BTP), pas de logement\nid {{France Travail}} : [[FT:4587213K]]\nl'éducatrice complète la fiche {{SIAO}}",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Saint-Denis}} ({{Réunion}}), accueil\n{{25 places}} hommes\nbeaucoup de « ladilafé » (rumeurs) sur le {{115}} d'après l'éduc\nla cuisine est faite par les résidents, {{cari poulet}} ce midi 😋\ncalme",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Amiens}}, accueil femmes\nMme [[P:Jessica Vandamme]], née le [[DDN:26 octobre 1994]]\nelle a perdu tous ses papiers, connaît son NIR : [[NIR:2 94 10 80 021 331 93]]\nn° alloc [[ALLOC:0912774]]\nl'éducatrice refait la demande {{carte vitale}} et {{CNI}}\nsa fille ({{4 ans}}) joue avec des {{Lego}} dans un coin",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Montpellier}}, accueil de jour\nun couple vit dans son camping-car immatriculé [[IMMAT:DK-846-VS]]\nils ont un chien, {{Snoopy}}, c'est pour ça qu'ils refusent le foyer\nnoms : [[P:Rémi]] et [[P:Aurélie Ferrand]]\nl'éduc cherche une place avec chien, il en existe {{2}} dans le département",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Caen}}\nvisite des chambres : {{2 lits}} par chambre, douche commune\nla liste d'attente : {{38 personnes}}\ndurée moyenne de séjour : {{9 mois}}\nl'éducateur, [[P:Bastien]], dit qu'il manque de logements sociaux « en sortie »",
    ),
    (
        CHRS,
        PH,
        "Au CHRS de {{Béziers}}, [[P:Stéphanie]], travailleuse sociale, aide M. [[P:Bruno Massol]] à refaire sa carte d'identité. Il a gardé une photocopie de l'ancienne, n° [[ID:060134220487]]. Elle remplit la pré-demande en ligne sur l'{{ANTS}} avec lui, car il n'a jamais utilisé d'ordinateur. Ça prend {{quarante minutes}} et il remercie dix fois.",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Le Havre}}, {{Armée du Salut}}\nadmission de [[P:Grégory Lemonnier]], {{41 ans}}\nil donne le tel de sa mère comme contact : [[TEL:02.35.44.18.90]]\n« elle répondra pas, on se parle plus »\nl'éduc note quand même",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Roubaix}}\nM. [[P:Hakan Öztürk]], ddn [[DDN:17.09.1981]]\nl'éduc appelle la {{CPAM}} pour ouvrir la {{C2S}}\nil travaille chez {{Amazon}} {{Lauwin-Planque}} en intérim mais vit au CHRS\n« travailler et dormir en foyer, c'est la norme maintenant »",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Créteil}}\njeune femme [[P:Priscilla Mendy]] prépare un dossier de logement social\nl'éducatrice crée son adresse mail avec elle : [[MAIL:priscilla.mendy94@gmail.com]]\nmot de passe noté sur un papier (aïe)\nson numéro allocataire : [[ALLOC:4450187]]\n{{DALO}} à déposer aussi",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Le Port}}\nM. [[P:Jean-Luc Grondin]], sortie d'hôpital\nancienne adresse : [[ADR:12 rue Evariste de Parny, 97420 Le Port]] (logement perdu)\ncontact sœur : [[TEL:0693 44 12 09]]\nl'éducateur prévoit un suivi {{CMP}}",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Clermont}}, entretien\nM. [[P:Vasile Rusu]], moldave, a trouvé un CDD chez un sous-traitant de {{Michelin}}\nson identifiant {{France Travail}} : [[FT:0912 346 Y]]\nl'éduc l'aide à déclarer sa reprise d'emploi\nil montre fièrement sa fiche de paie",
    ),
    (
        CHRS,
        PH,
        "CHRS {{Tourcoing}}\nfin de mois = plus personne n'a d'argent\ndistribution de {{tickets service}}\nl'éduc : « {{70 %}} de nos résidents ont un revenu, {{RSA}} ou salaire »\natelier cuisine à {{16h}}",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Seine-Maritime}}, écoutante [[P:Audrey]]\nappel d'une femme avec {{2 enfants}}, dehors à {{Elbeuf}}\nnom : [[P:Sabrina Lefort]], tel [[TEL:07 49 23 81 16]]\n[[P:Audrey]] trouve une nuitée à l'hôtel ({{Campanile}} {{Tourville-la-Rivière}}, {{chambre 17}})\nsoulagement des deux côtés",
    ),
    (
        CHRS,
        TEL,
        "{{115}} du {{Puy-de-Dôme}}\n{{19h}}, les appels s'enchaînent\n{{0 place}} disponible ce soir pour les hommes seuls\nl'écoutant, [[P:Malik]], doit dire non {{14 fois}}\nil me dit « le plus dur c'est le silence après le non »",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Haute-Garonne}}\nun monsieur appelle, l'écoutante lui demande d'épeler : « [[P:M, E, N, D, E, S]] »\nprénom : [[P:Paulo]]\nsituation : dort dans sa voiture [[IMMAT:bc 447 ma]]\npas de place, rappel demain {{9h}}",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{La Réunion}}\nappel de {{Saint-Paul}}, une dame âgée dort dans l'abri-bus depuis {{3 nuits}}\nc'est une voisine qui appelle : Mme [[P:Payet]], [[TEL:0262 45 78 03]]\nmaraude envoyée, {{SAMU social}} de l'ouest\nla dame âgée : identité inconnue",
    ),
    (
        CHRS,
        TEL,
        "{{115}} du {{Nord}}\nappel d'un jeune, [[P:Nathan Lecomte]], né le [[DDN:3/1/2006]], mis dehors par ses parents\nl'écoutant vérifie s'il est majeur : oui, {{18 ans}} depuis {{3 semaines}}\norientation : accueil jeunes {{Lille}}\nil pleure un peu au tel",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Seine-Saint-Denis}}\n{{1 h 20}} d'attente pour joindre le 115 ce soir\nl'écoutante : « on a {{1 place}} pour {{40 demandes}} »\nprotocole grand froid déclenché, des gymnases ouverts\nles écoutants sont épuisés",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Somme}}\nune travailleuse sociale appelle pour [[P:Kevin Bocquet]]\nrappel sur son portable à elle : [[TEL:zéro six soixante-quinze treize vingt-huit quarante et un]]\nl'écoutant note, « je vous rappelle avant {{18h}} »\nchambre au {{Formule 1}} d'{{Amiens}} peut-être",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Hérault}}\nappel d'[[P:Ali Hakimi]], afghan, parle un peu anglais\nl'écoutant utilise un interprète par tel\nnuméro de récépissé asile : [[ID:3402198765]]\norienté vers le {{HUDA}}\n{{12 min}}",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Pas-de-Calais}}\nlà-bas la moitié des appels sont des exilés\nles consignes changent chaque semaine\nl'écoutante a une carte avec les points de distribution d'eau de {{Calais}}\n{{0 place}} familles ce soir",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Calvados}}\nl'écoutant rappelle Mme [[P:Laure Desjardins]] pour une place en {{CHRS}} à {{Bayeux}}\nréférence SIAO : [[ID:14-2024-0561]]\nelle accepte, doit y être avant {{17h}}\nelle n'a pas de voiture, bus {{Nomad}}",
    ),
    (
        CHRS,
        TEL,
        "Au {{115}} du {{Val-de-Marne}}, [[P:Sofiane]] prend un appel de [[P:Grâce Mbemba]], qui est à la gare de {{Créteil-Pompadour}} avec un nouveau-né. Il lui demande un numéro pour la rappeler : [[TEL:07 53 08 67 21]]. Il passe {{vingt minutes}} à chercher, trouve une chambre dans un hôtel social à {{Villeneuve-Saint-Georges}}. [[P:Sofiane]] me dit que les familles avec bébé, « on trouve toujours, à la fin ».",
    ),
    (
        CHRS,
        TEL,
        "{{115}} du {{Gard}}\nappel de M. [[P:Christian Boissier]], {{61 ans}}, expulsé ce matin\nadresse de l'expulsion : [[ADR:22 rue de la République, 30000 Nîmes]]\nsa voiture : [[IMMAT:7362 VN 30]] (vieille plaque)\nl'écoutant lui trouve {{3 nuits}} en dispositif hivernal",
    ),
    (
        CHRS,
        TEL,
        "{{115}} 974, écoutant [[P:Ludovic]]\nune femme appelle de {{Saint-Louis}} (violences)\nl'écoutant lui demande juste un prénom : « [[P:Nadège]] »\nmise à l'abri immédiate, la gendarmerie passe la chercher\n{{45 min}} au tel en tout, [[P:Ludovic]] est vidé après",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Val-d'Oise}}\nappel d'un père seul, [[P:Jérôme Baptiste]], {{3 enfants}}\nil a une alloc {{Caf}} : n° [[ALLOC:2590847]], versée sur un compte {{LCL}} : [[IBAN:FR72 3000 2076 0366 6072 8X68 589]]\nla caf a suspendu ses droits car adresse inconnue\nl'écoutante lui explique la domiciliation au {{CCAS}} d'{{Argenteuil}}",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Samu social}} {{Rouen}}, {{21h}}\nun homme sous le pont {{Boieldieu}}, dit s'appeler « [[P:Le Breton]] »\nvrai prénom : [[P:Yannick]]\nsoupe + couverture\nil refuse le {{115}} : « trop de vols là-bas »",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Clermont}}\n{{-4°}} ce soir\n{{11 personnes}} rencontrées, 3 acceptent un hébergement\nthermos de café, {{20 sandwichs}}\nun homme dort devant la {{cathédrale}}, refuse tout, on repassera {{à minuit}}",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Toulouse}}, quai de la {{Daurade}}\nun couple et 3 chiens : {{Kaïra}}, {{Bandit}} et {{Pirate}}\nelle s'appelle [[P:Manon]], lui [[P:Jérémy Castel]]\nil montre sa carte {{Emmaüs}} avec son n° [[ID:EM-31-0722]]\npas de place avec chiens, on laisse des croquettes 🐕",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Lille}}, gare {{Lille-Flandres}}\n{{22h-1h}}\n{{17 personnes}}\nbeaucoup de jeunes, certains mineurs (?)\nl'équipe : 1 infirmière, 2 travailleurs sociaux, 1 bénévole\nl'infirmière soigne un pied gelé sur un banc",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Saint-Denis}}, {{Porte de Paris}}\nune famille vit dans une camionnette immatriculée en {{Roumanie}} : [[IMMAT:CJ 45 RTM]]\nle père : [[P:Florin Dumitru]], {{5 enfants}}\nla maraudeuse signale au {{115}} pour une mise à l'abri\nles enfants ne sont pas scolarisés -> signalement {{CCAS}}",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Saint-Denis}} {{Réunion}}, {{Barachois}}\nun gramoune, « [[P:Tonton Zézé]] » pour tout le monde\nnom sur sa vieille carte : [[P:Joseph Hoarau]]\nil a le {{RSA}} mais pas de case\nl'équipe l'accompagne demain au {{CCAS}}",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Amiens}}, {{Saint-Leu}}\njeune, [[P:Thomas Debruyne]], né le [[DDN:30.06.2002]]\nsorti de l'{{ASE}}, dort dans un squat\nl'éducatrice lui file le num du {{115}} et de la {{mission locale}}\nil a un chien {{Titan}} (malinois)",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Montpellier}}, {{Comédie}}\nsoir d'été, {{28°}} à {{23h}}\ndistribution d'eau surtout\n{{9 rencontres}}, personne ne veut d'hébergement\nl'équipe note les lieux, pas les noms",
    ),
    (
        CHRS,
        CSP,
        "maraude {{Le Havre}}, {{plage}}\nun homme sous une tente, [[P:Patrice]], la quarantaine\nil donne son num au cas où une place se libère : [[TEL:06 70 29 14 85]]\nson téléphone n'a plus de crédit, l'équipe lui donne une recharge {{Lycamobile}}",
    ),
    (
        CHRS,
        CSP,
        "Maraude à {{Perpignan}} avec [[P:Élise]], éducatrice. Un jeune Marocain, [[P:Youssef Alaoui]], dort sous les arcades près du {{Castillet}}. Il sort un passeport tout abîmé, n° [[ID:UZ4519823]], et demande s'il peut travailler. [[P:Élise]] lui explique qu'il faudrait d'abord voir la {{Cimade}}. Il note l'adresse sur sa main.",
    ),
]

# --- France Travail --------------------------------------------------------------------
NOTES += [
    (
        FT,
        PH,
        "{{France Travail}} {{Rouen}} {{Saint-Sever}}\naccueil : M. [[P:Florent Leroy]] radié pour absence à rdv\nid FT : [[FT:3581246B]]\nil n'a jamais reçu la convocation (envoyée par mail : [[MAIL:florent.leroy76@sfr.fr]])\nla conseillère voit que le mail est en erreur depuis {{2022}} !\nrecours possible, elle l'aide",
    ),
    (
        FT,
        PH,
        "{{France Travail}} {{Clermont}} {{Les Salins}}\nzone libre-service : {{8 PC}}, 2 imprimantes\nun service civique aide les gens à s'actualiser\nattente {{15 min}}\naffiche : « {{1 jeune, 1 solution}} »\nbcp de seniors qui galèrent avec l'appli",
    ),
    (
        FT,
        PH,
        "FT {{Toulouse}} {{Borderouge}}\natelier CV : la conseillère projette un CV modèle au nom de [[P:Jean Dupont]] 😂\npuis aide Mme [[P:Fatou Diop]] à faire le sien\nelle met son tel sur le CV : [[TEL:06 23 45 78 10]]\net son adresse : [[ADR:8 chemin de Lapujade, 31200 Toulouse]]\n{{1h}} pour une page",
    ),
    (
        FT,
        PH,
        "FT {{Lille}} {{Hellemmes}}\njeune, [[P:Lucas Vermeulen]], {{22 ans}}, veut être streamer 🙃\nson compte {{twitch}} : [[ID:@lucas_vrm]]\nle conseiller reste sérieux, lui parle du {{CEJ}} et de formations {{montage vidéo}}\nid : [[FT:4421079N]]",
    ),
    (
        FT,
        PH,
        "{{France Travail}} {{Sainte-Clotilde}}\nM. [[P:Jean-Marc Abdoullah]], {{52 ans}}, licencié d'une conserverie\nidentifiant : [[FT:0871 542 T]]\nné le [[DDN:12 janvier 1972]]\nle conseiller lui parle du {{CSP}} (contrat de sécurisation professionnelle)\nil veut une formation {{CACES}}",
    ),
    (
        FT,
        PH,
        "FT {{Saint-Denis}} {{Pleyel}}\nle vigile, « [[P:Bouba]] » pour tout le monde, filtre à l'entrée : « vous avez rdv ? »\nsans rdv -> borne / téléphone {{3949}}\n{{4 agents}} en accueil, c'est la rentrée, ça déborde\nune dame demande où est la {{Caf}} 😅",
    ),
    (
        FT,
        PH,
        "FT {{Amiens}}, accueil\nMme [[P:Cindy Tellier]] n'arrive pas à se connecter\nla conseillère met à jour son tel : « [[TEL:06 58]]… ah non ça c'est mon ancien, [[TEL:07 82 40 16 93]] »\nid FT : [[FT:5530 861 P]]\ncode reçu par SMS, ça marche ✅",
    ),
    (
        FT,
        PH,
        "FT {{Montpellier}} {{Port Marianne}}\nM. [[P:Oleksandr Shevchenko]], ingénieur ukrainien\nl'agente scanne son titre de séjour : [[ID:3401584207]]\nil cherche une équivalence de diplôme ({{ENIC-NARIC}})\nparle anglais, l'agente aussi un peu, on se débrouille",
    ),
    (
        FT,
        PH,
        "FT du {{Havre}}\nouverture de droits {{ARE}} pour [[P:Sandrine Lebas]]\nRIB transmis : [[IBAN:FR76 1382 5015 6575 3413 1563 371]]\nelle était intérimaire chez {{Manpower}} au port\nle conseiller calcule : {{1 140 €}}/mois environ",
    ),
    (
        FT,
        PH,
        "{{France Travail}} {{Vichy}}\nmatinée « recrutement » : les {{Thermes de Vichy}} recrutent {{12 saisonniers}}\n{{30 candidats}} en salle\nles conseillers font passer des mini-entretiens\nbonne ambiance",
    ),
    (
        FT,
        PH,
        "FT {{Sarcelles}}\nM. [[P:Moussa Diakité]] fin de droits {{ARE}}, bascule {{RSA}}\nla conseillère lui donne le lien {{Caf}}, il a déjà un n° alloc : [[ALLOC:6612 309]]\nid FT : [[FT:2209348F]]\nelle m'explique que depuis {{2025}} les allocataires du RSA sont tous inscrits chez eux",
    ),
    (
        FT,
        PH,
        "FT {{Nîmes}}, accueil\nune jeune femme donne son mail à voix haute : « [[MAIL:lea point rouquette trente arobase gmail point com]] »\nl'agent tape [[MAIL:lea.rouquette30@gmail.com]]\nelle s'appelle [[P:Léa Rouquette]]\ninscription faite en {{20 min}}",
    ),
    (
        FT,
        PH,
        "Au {{France Travail}} du {{Port}}, la conseillère reçoit un jeune qui veut partir en métropole avec {{LADOM}}. Elle lui montre les offres de la {{marine marchande}}. Il a {{vingt ans}}, jamais pris l'avion. Elle lui dit que le plus dur, c'est l'hiver, pas le travail. Il rit.",
    ),
    (
        FT,
        PH,
        "FT {{Béziers}}\nM. [[P:Nicolas Estève]] veut un job de chauffeur livreur\nla conseillère lui demande s'il a un véhicule : oui, [[IMMAT:EB-615-QD]]\n+ permis B\nid [[FT:6631 027 R]]\noffre {{Chronopost}} trouvée, candidature envoyée direct",
    ),
    (
        FT,
        PH,
        "{{France Travail}} {{Liévin}}\nMme [[P:Nathalie Wallet]], {{54 ans}}, licenciée d'un supermarché\nelle donne son NIR pour une formation {{aide-soignante}} : [[NIR:270025951236836]]\nnée à {{Roubaix}} le [[DDN:28/02/1970]]\nfinancement {{Région Hauts-de-France}}",
    ),
    (
        FT,
        PH,
        "FT {{Créteil}}, atelier « lettre de motivation »\nmodèle distribué signé « [[P:Marie Martin]] »\nparticipants : {{9}}\nun monsieur, [[P:Ange Tchibinda]], demande s'il peut mettre sa photo\nla conseillère dit non, c'est mieux sans",
    ),
    (
        FT,
        PH,
        "FT {{Aurillac}}\nrural : des gens font {{1h}} de route pour venir\nbcp de demandes {{agriculture}} / {{BTP}}\nle conseiller, M. [[P:Lacoste]], fait aussi du tél pour ceux qui ne peuvent pas venir\nil connaît tous les employeurs du coin",
    ),
    (
        FT,
        PH,
        "FT {{Argenteuil}}, inscription\n[[P:Yasmine Belhadj]], née le [[DDN:14 février 1998]]\nadresse : [[ADR:Résidence Les Coteaux, bât. 4, 27 avenue Gabriel Péri, 95100 Argenteuil]]\nelle vient de finir un {{BTS}}, cherche une alternance\nl'agent lui parle de la {{prime d'activité}}",
    ),
    (
        FT,
        TEL,
        "{{3949}}, plateforme FT {{Lille}}\nles appels : actualisation, paiement, radiation\nle conseiller, [[P:Hugo]], a {{7 min}} max par appel (objectif)\n{{60 %}} des appels = « j'ai pas été payé »",
    ),
    (
        FT,
        TEL,
        "tél FT {{Clermont}}\n— votre identifiant s'il vous plaît\n— [[FT:quatre cinq un deux trois huit sept, K]]\n— merci monsieur [[P:Arnaud Pélissier]]\nil demande pourquoi son {{ARE}} a baissé -> jours travaillés déclarés\n{{8 min}}",
    ),
    (
        FT,
        TEL,
        "FT tel {{Saint-Pierre}} {{Réunion}}\nappel de Mme [[P:Clarisse Fontaine]], [[FT:1140 276 L]]\nrdv manqué à cause de la grève des bus {{Alternéo}}\nla conseillère annule la sanction\nelle demande son num pour la rappeler : [[TEL:0692 17 45 88]]",
    ),
    (
        FT,
        TEL,
        "tel FT {{Gard}}\nune employeuse, Mme [[P:Christelle Roustan]], dépose une offre pour son salon {{Christelle Coiffure}}\nson mail : [[MAIL:christelle.coiffure30@wanadoo.fr]]\nle conseiller note l'offre : {{CDI}} {{30h}}\n{{12 min}}",
    ),
    (
        FT,
        TEL,
        "appels sortants FT {{Amiens}}\nle conseiller rappelle {{10 demandeurs}} pour un job dating {{Amazon}}\n4 répondent, 2 intéressés\n« les gens ne décrochent pas aux numéros masqués »",
    ),
    (
        FT,
        TEL,
        "{{3949}}, conseillère de {{Rouen}}\nappelant : [[P:Théo Marchand]]\nidentifiant [[FT:6127 084 D]], ddn [[DDN:07/09/2001]]\nil veut annuler son inscription, il a trouvé un CDI chez {{Ferrero}} ({{Villers-Écalles}})\n« félicitations » 👏",
    ),
    (
        FT,
        TEL,
        "FT tel {{Montpellier}}\nmonsieur [[P:Khalid Bennani]] appelle pour un trop-perçu de {{2 300 €}}\nla conseillère propose un étalement\nil donne un autre num : [[TEL:04 67 58 21 39]] (le fixe de son frère)\nil est très poli, très inquiet",
    ),
    (
        FT,
        TEL,
        "tél FT {{Garges}}\nla ligne est saturée, attente {{18 min}} pour les appelants\nconseiller : « les gens arrivent énervés avant même que je parle »\nentre {{13h}} et {{14h}}, personne au tél (pause)",
    ),
    (
        FT,
        TEL,
        "tel FT {{Le Havre}}\nidentifiant dicté : « [[FT:3 3 0 5]]… non je recommence : [[FT:3 3 0 5 8 1 2 W]] »\nle conseiller : « et votre nom ? » « [[P:Hervé Lelièvre]] »\nquestion sur la formation {{CACES 3}}\ntransfert au conseiller référent",
    ),
    (
        FT,
        TEL,
        "FT tel {{Toulouse}}\nMme [[P:Anne-Sophie Bergès]] a changé de banque\nle conseiller l'oriente vers l'espace perso mais elle dicte quand même : [[IBAN:FR76 1871 5067 9371 4874 6305 250]]\n« je ne le note pas madame, faites-le en ligne »\nelle raccroche agacée",
    ),
    (
        FT,
        TEL,
        "plateforme FT {{La Réunion}}\nbcp d'appels pour les contrats aidés ({{PEC}})\nle conseiller : « ici c'est {{30 %}} de chômage chez les jeunes »\n{{19 appels}} ce matin",
    ),
    (
        FT,
        TEL,
        "[[P:Farida]], conseillère à {{France Travail}} {{Roubaix}}, appelle M. [[P:Joaquim Teixeira]] pour un rendez-vous manqué. Il explique qu'il était au {{Portugal}} pour l'enterrement de sa mère. [[P:Farida]] lui demande son identifiant pour annuler l'avertissement : il le lit sur sa carte, [[FT:2048813S]]. Elle lui dit de bien déclarer ses absences la prochaine fois, sans lui faire la leçon.",
    ),
    (
        FT,
        TEL,
        "FT tel {{Essonne}}\njeune [[P:Killian Morel]] donne son adresse mail : [[MAIL:killian-morel91 [at] outlook [dot] fr]]\nle conseiller lui renvoie ses identifiants\nil cherche une formation {{fibre optique}}",
    ),
    (
        FT,
        TEL,
        "tel FT {{Béziers}}\nMme [[P:Mireille Azaïs]] a déménagé, ses courriers reviennent\nnouvelle adresse : [[ADR:3 impasse des Micocouliers, 34500 Béziers]]\nle conseiller modifie, {{2 min}}\n{{58 ans}}, elle cherche du ménage",
    ),
    (
        FT,
        CSP,
        "FT {{Calvados}}, contrôle sur place dans un organisme de formation à {{Caen}}\nvérif des feuilles d'émargement\nstagiaire absent {{5 jours}} : [[P:Maxime Hamel]], id [[FT:7702 415 C]]\nle formateur dit qu'il était malade, pas d'arrêt fourni\nl'agente prend des notes pour le conseiller",
    ),
    (
        FT,
        CSP,
        "contrôle sur place FT, centre de formation {{AFPA}} {{Clermont}}\n{{14 stagiaires}} inscrits, {{13}} présents\nl'agente compte, signe\nla formation : {{soudure}}, {{6 mois}}",
    ),
    (
        FT,
        CSP,
        "visite en entreprise (PMSMP) avec la conseillère FT {{Lens}}\nstagiaire : [[P:Océane Delcroix]], chez {{Boulangerie Paul}}\nle patron, M. [[P:Duhamel]], est content d'elle\nelle sera embauchée en apprentissage en {{septembre}}",
    ),
    (
        FT,
        CSP,
        "{{France Travail}}, contrôle sur place {{Saint-Paul}}\nune auto-école déclare {{8 demandeurs}} en formation permis\nl'agent vérifie, 3 seulement connus\nles plaques des véhicules école : [[IMMAT:GE-284-FN]], [[IMMAT:GF-901-AZ]]\ngérant : M. [[P:Valy]]\nrapport à la direction régionale",
    ),
    (
        FT,
        CSP,
        "contrôle recherche d'emploi, agence FT {{Aubervilliers}}\nM. [[P:Hamza Tounsi]], id [[FT:9013 572 A]]\nla contrôleuse vérifie ses candidatures : {{14}} envoyées sur {{Indeed}}\nil montre les mails de réponse sur son téléphone\nconforme ✅",
    ),
    (
        FT,
        CSP,
        "FT contrôle sur place, chantier d'insertion {{Nîmes}}\n{{12 salariés}} en insertion, {{espaces verts}}\nl'encadrant technique présente le planning\nl'agente vérifie les contrats, tout est OK\n{{1h15}}",
    ),
    (
        FT,
        CSP,
        "FT, visite d'un organisme de formation à {{Montluçon}}\nstagiaire [[P:Karine Leboucher]] : dossier incomplet\nla conseillère relève son NIR sur la fiche : [[NIR:2 79 05 76 351 290 18]] et sa ddn [[DDN:09/05/1979]]\nformation {{secrétariat médical}}, financement {{CPF}} + FT",
    ),
    (
        FT,
        CSP,
        "Contrôle sur place dans une entreprise de {{Colomiers}} qui a embauché trois personnes avec une {{aide à l'embauche}}. La conseillère, [[P:Véronique]], vérifie que les contrats existent. Le responsable RH, M. [[P:Sanchez]], lui donne son portable pour la suite : [[TEL:06 11 84 52 70]]. Tout est en ordre. [[P:Véronique]] me dit qu'elle fait ça {{deux fois}} par mois.",
    ),
]


def parse(marked):
    """Strip the inline marks; return (text, entities, keep)."""
    out, entities, keep, pos, last = [], [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        code, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if kept not in keep:
                keep.append(kept)
        else:
            assert code in CODES, code
            entities.append({"start": pos, "end": pos + len(value), "label": CODES[code]})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    for token in ("[[", "]]", "{{", "}}"):
        assert token not in text, (token, marked)
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        assert value == value.strip() and value, marked
    assert 1 <= len(text.splitlines()) <= 12, marked
    return text, entities, keep


def build():
    notes = []
    for number, (site, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Seeded draw within each (site_kind, channel) stratum: half dev, half holdout.

    When a stratum has an odd size, its extra note goes alternately to dev and holdout.
    """
    rng = random.Random(SEED)
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    dev, holdout, extra_to_dev = [], [], True
    for key in sorted(strata):
        members = list(strata[key])
        rng.shuffle(members)
        half = len(members) // 2
        if len(members) % 2:
            half += 0 if extra_to_dev else 1
            extra_to_dev = not extra_to_dev
        holdout.extend(members[:half])
        dev.extend(members[half:])
    dev.sort(key=lambda n: n["id"])
    holdout.sort(key=lambda n: n["id"])
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    assert len(notes) == 240, len(notes)
    dev, holdout = split(notes)
    assert len(dev) == len(holdout) == 120, (len(dev), len(holdout))
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"wrote {len(dev)} dev and {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
