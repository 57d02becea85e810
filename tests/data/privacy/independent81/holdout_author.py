"""Independent evaluation corpus n° 81: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, marked_text)`` tuple. In ``marked_text``,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids ``ind81-001`` …
``ind81-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the cells
only (``random.Random(81)``), and ``main`` writes ``dev.jsonl`` and ``holdout.jsonl``.

Standard library only; running it twice gives byte-identical files.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind81"
SEED = 81
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

# --- Notes, in writing order -------------------------------------------------------------

# Part 1: French Guiana, Caf de la Guyane and CGSS.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Cayenne}}, {{8h12}}. Dame d'environ {{50 ans}} venue de {{Grand-Santi}} : pirogue jusqu'a {{Saint-Laurent}} puis taxi co, {{2 jours}} de route !! Elle parle {{ndyuka}}, c'est la médiatrice [[PERSONNE:Sherida]] qui traduit. Mme [[PERSONNE:Elvira Amoedang]], n° alloc [[N_ALLOCATAIRE:2281547]]. Ses {{allocs familiales}} sont suspendues depuis {{mars}} pour un courrier jamais reçu : la-bas pas de boite aux lettres, tout arrive a la {{mairie}}. L'agente, Mme [[PERSONNE:Horth]], débloque en {{10 min}}. Tel laissé : [[TELEPHONE:0694 21 47 83]]",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Wilguens Pierre-Louis]], haitien, arrivé en {{2019}}, vient avec son récépissé de la {{préfecture}} (n° [[IDENTIFIANT:9730184526]]) pour demander les {{AF}} pour ses {{3 enfants}}. L'agent explique qu'il faut d'abord le titre, pas le récépissé. Il insiste, montre le papier plastifié, replie, déplie. Ton calme mais il repart sans rien. L'agent ([[PERSONNE:Jocelyn]]) me glisse : « on en a {{10 par jour}} comme lui »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel depuis {{Maripasoula}}, ça coupe {{3 fois}}. La dame rappelle a chaque fois, patiente. Elle dicte son portable lentement : « [[TELEPHONE:zéro six quatre-vingt-quatorze quarante-deux dix-sept zéro huit]] ». Dossier [[N_ALLOCATAIRE:3017728]], Mme [[PERSONNE:Apaloe]]. {{Prime de naissance}} pas versée : le bébé est né au {{CDPS}} et l'acte n'est jamais remonté. La conseillère [[PERSONNE:Linda]] : « je fais un mail a la {{mairie}} de {{Maripasoula}} ». {{23 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Gérard Tiburce]] (contrôleur depuis {{19 ans}}). Départ {{Saint-Laurent}} {{6h30}}, route d'{{Apatou}} puis pirogue pour les écarts. Visite chez M. [[PERSONNE:Johan Sabajo]], [[ADRESSE:écart de Maïman, derrière l'école, case en bois bleue, Apatou]]. Il déclare vivre seul avec {{4 enfants}}... {{2 paires}} de chaussures d'homme a l'entrée 🙄 [[PERSONNE:Gérard]] ne dit rien, note tout. Retour {{14h}}, {{3 visites}}, {{120 km}} + {{40 min}} de pirogue.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{7h05}} devant la {{Caf}} de {{Cayenne}}, ouverture {{7h30}}. Déjà {{48 personnes}} dehors sous l'averse, certains depuis {{5h}}. Un vigile distribue les tickets a la main, moi j'ai le {{A047}} (pour voir). Pas d'abri, les gens se serrent sous le manguier d'en face. Personne ne râle. C'est ça qui me frappe le plus.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CGSS}} {{Cayenne}}, guichet {{assurance maladie}}. Mme [[PERSONNE:Raimunda da Silva Nascimento]], brésilienne, parcours {{Macapá}} → {{Oiapoque}} → ici. Vient pour sa {{carte Vitale}}. NIR lu a l'écran : [[NIR:2 91 03 99 416 057 67]]. Photo refusée (fond pas blanc). L'agent, [[PERSONNE:Cyrille]], parle un peu portugais, ça détend tout le monde. « obrigada, obrigada »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}} ({{CGSS}}). Un monsieur de {{Kourou}}, arrêt de travail pas payé depuis {{6 semaines}}. Agent : « votre numéro de sécu ? » — « [[NIR:1 68 08 973 02 114 85]] ». Il précise tout seul qu'il est né a {{Cayenne}} en [[DATE_NAISSANCE:août 68]]. Le pb : son employeur, un sous-traitant du {{CSG}}, n'a jamais envoyé l'attestation de salaire. L'agente [[PERSONNE:Nadia]] fait un signalement employeur. {{17 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Antenne {{Caf}} {{Saint-Laurent-du-Maroni}}. Couple hmong de {{Javouhey}}, ils ont un stand de légumes au marché le samedi. M. [[PERSONNE:Tou Vang]] et Mme [[PERSONNE:Pa Houa Thao]] (elle garde son nom de clan, m'explique l'agente). Changement de RIB pour la {{prime d'activité}}, nouveau compte : [[IBAN:FR76 1980 6007 3004 5128 7310 073]]. Leur fille [[PERSONNE:Mai]] ({{16 ans}}) traduit tout, tres a l'aise, c'est elle qui a rempli le formulaire.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Bilan matinée plateforme : {{11 appels}}. {{4}} pour la {{prime d'activité}}, {{3}} pour l'{{APL}}, {{2}} raccrochent avant qu'on décroche, {{1}} en créole (l'agente gère en créole sans souci), {{1}} erreur, la dame voulait la {{CGSS}}. Attente moyenne {{12 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sortie avec l'agent assermenté de la {{CGSS}}, M. [[PERSONNE:Lucien Edmond]]. Contrôle d'arrêt maladie a {{Kourou}} : [[ADRESSE:Village Saramaca, allée derrière la chapelle adventiste, 97310 Kourou]]. Mme [[PERSONNE:Wilma Tinga]] est la, jambe dans le plâtre. La voisine crie par la fenêtre « [[PERSONNE:Wilma]] c'est la sécu !! » 😂 {{5 min}} de visite pour {{45 min}} de route aller.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Lucia Kouyouri]], kali'na, d'{{Awala-Yalimapo}}. Ne connait pas sa date de naissance exacte : « vers [[DATE_NAISSANCE:1970]] » dit-elle. Le jugement supplétif (RG [[IDENTIFIANT:16/00412]]) a fixé le [[DATE_NAISSANCE:1er janvier 1971]], commune de {{Mana}} a l'époque. NIR sur l'attestation : [[NIR:2 71 01 973 06 031 30]]. Vient pour le {{RSA}}, dossier bloqué parce que c'est écrit « [[PERSONNE:Kouyoury]] » sur un papier et « [[PERSONNE:Kouyouri]] » sur l'autre. L'agent soupire, fait une note au dossier.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle d'{{Albina}} (côté {{Suriname}}), elle vit des deux côtés du fleuve. Parle néerlandais + un peu français. Numéro surinamais [[TELEPHONE:+597 812-4530]]. Elle s'appelle [[PERSONNE:Soekarni Kromodikromo]], l'agente lui fait épeler : [[PERSONNE:K-R-O-M-O-D-I-K-R-O-M-O]]. Sans adresse en {{Guyane}}, pas de droits {{Caf}}. Elle donne alors celle de sa sœur, [[ADRESSE:chemin de Paddock, après le petit pont, maison jaune, Saint-Laurent]]. L'agente note mais me regarde genre 🤔",
    ),
    (
        "cpam",
        "accueil_physique",
        "Permanence {{CGSS}} a {{Saint-Georges-de-l'Oyapock}}, un jeudi sur deux dans une salle de la {{mairie}}. {{22 personnes}}, bcp de brésiliens venus d'{{Oiapoque}} en face. M. [[PERSONNE:Edivaldo Souza Lima]], passeport brésilien [[IDENTIFIANT:FX437128]], demande l'{{AME}}. Justif de domicile ? Il sort une facture {{EDF}} au nom de son cousin [[PERSONNE:Francisco das Chagas]]. L'agent, [[PERSONNE:Roland]], accepte une attestation d'hébergement écrite a la main sur place.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Matoury}}, secteur {{Cogneau-Lamirande}}. Pas de numéro ni de nom de rue : [[ADRESSE:chemin Morthium, layon n°4, maison en parpaings sans crépi, 97351 Matoury]]. Mme [[PERSONNE:Rosemène Delva]] déclare être isolée. Voiture garée devant, [[IMMATRICULATION:FG-318-KT]], carte grise au nom de M. [[PERSONNE:Delva]] : « c'est mon frère ». La contrôleuse [[PERSONNE:Murielle Sabayo]] photographie le compteur {{EDF}}. Tres tendu, je reste dans la voiture pour la fin.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CGSS}}, {{Cayenne}} centre, {{10h40}}. Écran d'appel en panne, l'agente crie les numéros : « {{B112}} ! {{B113}} ! ». Une dame âgée s'endort sur sa chaise. Clim a {{18°}}, tout le monde a froid dedans et chaud dehors. Panneau : attente moyenne {{1h35}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Ravindre Ramdin]], hindoustani du {{Suriname}}, installé a {{Mana}}. N'arrive pas a se connecter a l'espace {{Mon Compte}}. Son mail : [[EMAIL:ramdin.ravi73@gmail.com]] — sauf qu'a la création il avait tapé « gmial », donc jamais reçu le code. L'agente [[PERSONNE:Patricia]] corrige en {{2 min}}. Il me donne une carte de son stand « {{Ravi Fruits & Légumes}} », route de {{Javouhey}} 🍍",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Marie-Line Ho-A-Chuck]] appelle pour sa {{C2S}}. Veut l'attestation par mail, dicte : « [[EMAIL:marieline point hoachuck arobase orange point fr]] ». L'agent relit deux fois. Elle a {{67 ans}}, habite {{Rémire-Montjoly}}, très aimable. {{9 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Josenilda Pereira]], tresseuse a domicile, auto-entrepreneuse. Pour la {{prime d'activité}} il faut son SIRET, elle le lit sur son tel : [[IDENTIFIANT:894 512 367 00018]]. CA du trimestre {{1 450 €}}. L'agent [[PERSONNE:Steeve]] explique la déclaration trimestrielle, elle filme l'écran avec son portable 😅",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel entrant, Mme [[PERSONNE:Cheryl Adjako]] de {{Papaïchton}}. Donne son n° alloc [[N_ALLOCATAIRE:4420913]] puis celui de sa mère, [[N_ALLOCATAIRE:1953306]], qui est a côté d'elle. L'agente refuse de traiter le dossier de la mère sans l'avoir elle au tel. La mère prend le combiné, deux mots en {{aluku}}, la fille retraduit « oui c'est moi ». Validé 🙃",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e contrôle, {{Macouria}}, lotissement {{Soula}}. Adresse « normale » cette fois : [[ADRESSE:12 rue des Ananas, Soula, 97355 Macouria]]. M. [[PERSONNE:Jean-Claude Bellony]], {{AAH}}. Appart nickel, il nous sert du jus de maracuja. RAS. La contrôleuse : « {{80 %}} des contrôles c'est ça, des gens en règle, mais on parle que des autres ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Femme enceinte de {{7 mois}}, Mme [[PERSONNE:Guerline Fils-Aimé]], titre de séjour n° [[IDENTIFIANT:9730215843]] valable jusqu'en {{2026}}. Née a {{Port-au-Prince}} le [[DATE_NAISSANCE:14/09/1993]]. L'agente [[PERSONNE:Sandra]] vérifie que la {{PUMa}} est bien ouverte : oui. Elle repart avec l'attestation imprimée, gros sourire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le monsieur appelle en {{créole}}, l'agente [[PERSONNE:Maryse Stanislas]] bascule direct. J'attrape juste « to ni to {{kat vitale}} ? ». Il se présente « [[PERSONNE:Ti-Jo]] », puis sur demande [[PERSONNE:Joseph Rosamont]]. Né le [[DATE_NAISSANCE:3 mai 1951]] a {{Sinnamary}}. Motif : lunettes pas remboursées, l'opticien de {{Kourou}} n'a pas télétransmis.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme wayana de {{Twenké}}, sur le haut {{Maroni}}. Mme [[PERSONNE:Sylvia Tolinga]], née en [[DATE_NAISSANCE:janvier 2000]] a {{Maripasoula}} (vérifié sur la carte vitale : [[NIR:2 00 01 973 53 018 75]]). Vient déclarer son 2e enfant. Descendue en pirogue jusqu'a {{Maripasoula}} puis avion. Timide, répond par oui/non. L'agente prend le temps, {{35 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail a {{Rémire-Montjoly}}, personne. Le voisin dit qu'il est « parti pêcher a {{Kaw}} » 🎣. [[PERSONNE:Lucien]] laisse un avis de passage au nom de M. [[PERSONNE:Francky Alexandre]], [[ADRESSE:résidence Les Flamboyants, bât. C, apt 14, 97354 Rémire-Montjoly]]. Convocation sous {{48h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Antenne de {{Kourou}}. Affiche au mur en {{4 langues}} : français, créole, portugais, {{sranan tongo}}. Rien en hmong ni en langues amérindiennes. Je demande pourquoi, l'agent hausse les épaules : « on a demandé ». {{11h}}, salle a moitié vide, c'est le jour des virements.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel programmé. L'agent [[PERSONNE:Yannick Chocho]] appelle Mme [[PERSONNE:Petronella Deel]] au [[TELEPHONE:06 94 38 02 71]] : messagerie. Essaie le fixe [[TELEPHONE:05 94 34 61 12]] : c'est la voisine qui décroche ! Elle va la chercher, {{4 min}} d'attente, « allo ?? ». Dossier [[N_ALLOCATAIRE:5104288]], trop-perçu de {{1 236 €}} sur l'{{ASF}}. Elle pleure un peu.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Fritznel Dorvil]] vient pour rattacher son fils [[PERSONNE:Mackenson]] ({{8 ans}}). Acte de naissance haitien + traduction : né le [[DATE_NAISSANCE:27 juillet 2016]] a {{Cap-Haïtien}}. Le père lui est né en [[DATE_NAISSANCE:février 84]], NIR [[NIR:1 84 02 99 336 042 46]]. Manque le tampon du traducteur assermenté → revenir. {{3e}} passage pour lui.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Liliane Tjin-A-Lim]], commerçante a {{Mana}}, demande l'{{APL}} pour le logement au-dessus du magasin « {{Libre-Service Tjin}} ». Bail signé avec sa propre SCI familiale → pas d'{{APL}}, explique l'agent. Elle rit : « je savais, c'est mon fils qui m'a envoyée ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{14h}}-{{15h}} : {{9 appels}}, dont {{5}} « quand est-ce que je reçois ma {{carte Vitale}} ». Réponse toujours la même, {{3 semaines}}. Agent : la poste de {{Saint-Laurent}} garde les plis {{15 jours}} puis renvoie, et les gens des villages du fleuve ne descendent pas tous les 15 jours...",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mission a {{Grand-Santi}} : avion {{Air Guyane}} depuis {{Cayenne}}, {{45 min}}. [[PERSONNE:Gérard Tiburce]] + moi. Visite chez Mme [[PERSONNE:Naomie Doekoe]], [[ADRESSE:kampu Apagui, 2e case après le dégrad, Grand-Santi]]. Alloc [[N_ALLOCATAIRE:6613042]]. Née le [[DATE_NAISSANCE:12/11/2003]] a {{Grand-Santi}}, NIR [[NIR:2 03 11 973 57 021 62]]. {{3 enfants}} déclarés, on en voit {{3}}, tout colle. Elle nous offre du kwak.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Vieux monsieur hmong de {{Cacao}}, M. [[PERSONNE:Chue Lee]] (lui dit « [[PERSONNE:Lee Chue]] », nom de clan d'abord). Interprète : son petit-fils [[PERSONNE:Kevin Lee]]. {{Carte Vitale}} cassée en deux 😬. Né « vers [[DATE_NAISSANCE:1945]] » au {{Laos}}, sur les papiers le [[DATE_NAISSANCE:01/01/1945]]. Arrivé en {{1977}}. NIR [[NIR:1 45 01 99 241 007 73]]. Nouvelle carte commandée.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Rosângela Ferreira dos Santos]] vient d'ouvrir un compte a la {{Banque Postale}} pour les {{AF}}. RIB tendu a l'agente : [[IBAN:FR76 2004 1010 1103 4567 8103 293]]. Elle a aussi un compte au {{Brésil}}, l'agente lui dit que ça ne marche pas. Mail : [[EMAIL:rosangela.fds@hotmail.com]]. Duree {{12 min}}, facile.",
    ),
]

# Part 2: Mayotte, CSSM (family and health branches) and the CHM.
NOTES_2 = [
    (
        "caf",
        "accueil_physique",
        "{{CSSM}} {{Mamoudzou}}, prestations familiales. Barrières dehors, file depuis {{6h}}. Mme [[PERSONNE:Anrifati Soilihi]] vient avec ses {{4 enfants}} : [[PERSONNE:Nasra Ali]], [[PERSONNE:Anli Ahmed]], [[PERSONNE:Zaïd Ahmed]] et la petite [[PERSONNE:Bibi]]. Noms de famille différents, normal m'explique l'agente [[PERSONNE:Zaïnaba]] : avant la réforme de l'état civil, le nom c'était souvent le prénom du père. N° allocataire [[N_ALLOCATAIRE:0712584]]. Elle veut juste rajouter la dernière.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Roukia Youssouf]], de {{Sada}}. Elle parle shimaoré, l'agent [[PERSONNE:Maoulida]] répond en shimaoré, moi je comprends rien. Il me résume : pas reçu l'{{ARS}} (allocation de rentrée), la rentrée est passée depuis {{3 semaines}}. Rappel au [[TELEPHONE:06 39 63 21 47]], dossier [[N_ALLOCATAIRE:0834417]]. Cause : certificat de scolarité du {{collège de Sada}} jamais arrivé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CSSM}}, guichet maladie. M. [[PERSONNE:Abdou Soulé]], anjouanais, titre de séjour « {{Mayotte}} uniquement », n° [[IDENTIFIANT:9760348172]]. Né a {{Mutsamudu}} en [[DATE_NAISSANCE:mai 1979]], NIR [[NIR:1 79 05 99 397 118 82]]. Il doit se faire opérer du genou a {{La Réunion}} (évasan) mais son titre ne lui permet pas d'y aller. L'agente [[PERSONNE:Faouzia Houmadi]] : « il faut voir avec la {{préfecture}}, c'est pas nous ». Il le savait déjà je crois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{22h}}, urgences du {{CHM}}. {{31 patients}} en attente. IOA ce soir : [[PERSONNE:Clémence]]. Arrive un jeune, plaie a la main (chombo = machette), accompagné de son oncle. Nom donné : [[PERSONNE:Nourdine Bourhane]], né « en [[DATE_NAISSANCE:2006]] ou [[DATE_NAISSANCE:2007]] », l'oncle sait pas. Aucun papier. Dossier provisoire créé, IPP [[IDENTIFIANT:976104528]]. Points de suture dans le couloir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sous le préau devant les urgences, des familles dorment sur des nattes, un agent de sécu me dit que c'est « tous les soirs depuis toujours ». {{3 brancards}} dans le couloir. Un médecin réserviste arrivé de {{Bordeaux}} il y a {{4 jours}} me dit qu'il n'a jamais vu ça. Il est {{23h40}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Hadidja Velou]] appelle de {{Petite-Terre}}, pas de barge pour elle aujourd'hui. Veut son attestation de droits par mail : [[EMAIL:hadidja.velou976@yahoo.fr]]. NIR dicté chiffre par chiffre : [[NIR:2 88 11 976 11 045 87]]. L'agent vérifie : « vous êtes née le [[DATE_NAISSANCE:9 novembre 1988]] a {{Mamoudzou}} ? » — « oui ». Envoyé. {{6 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place, {{Koungou}}. Adresse au dossier : [[ADRESSE:Majicavo-Koropa, en face de la mosquée, maison a étage pas finie]]. On tourne {{20 min}} : il y a {{3 mosquées}} 😅 Un gamin finit par nous guider. Mme [[PERSONNE:Mariama Boinali]] déclare que le père des enfants, [[PERSONNE:Ousseni Daroueche]], vit a {{Anjouan}}. Voisine confirme. Le contrôleur [[PERSONNE:Thierry Lagarde]] clôt en {{10 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Fanja Rakotomalala]], malgache, infirmière recrutée au {{CHM}} il y a {{2 mois}}. Ouverture de droits. Née a {{Mahajanga}} le [[DATE_NAISSANCE:17/04/1982]], passeport [[IDENTIFIANT:A0912457]]. NIR attribué : [[NIR:2 82 04 99 333 072 89]]. RIB pour les remboursements : [[IBAN:FR76 1871 9000 8100 5123 6470 813]]. Tout est prêt, l'agente [[PERSONNE:Djamila]] est ravie : « enfin un dossier complet ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame que toute la salle appelle « [[PERSONNE:Mama Nasra]] », même l'agent ! Sur le dossier : [[PERSONNE:Sitti Hamada]]. Elle élève son petit-fils, la mère est a {{Mohéli}}. Pas de délégation d'autorité parentale → pas d'allocs pour elle. L'agent [[PERSONNE:Ambdi]] : « revenez avec le papier du {{tribunal}} ». Elle hoche la tête, pas sûr qu'elle reviendra.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiche bilingue français / shimaoré a l'entrée. Mon ticket : {{F23}}. Annoncé {{2h10}} d'attente. Salle a {{34°}}, {{1 ventilateur}} pour une soixantaine de personnes. Des mamans en salouva avec les bébés dans le dos, les hommes restent dehors a l'ombre du badamier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Femme enceinte arrivée en kwassa dans la nuit, contractions. Direction maternité. Elle donne son nom, [[PERSONNE:Anziza Mohamed]], pas de date de naissance, « {{20 ans}} ». La sage-femme [[PERSONNE:Léa]] demande un contact : le numéro de sa sœur a {{Anjouan}}, [[TELEPHONE:+269 332 45 17]]. Tout ça en {{4 min}} debout dans le couloir.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Au tel de l'accueil des {{urgences}}. Un homme demande des nouvelles de son père, M. [[PERSONNE:Saïd Ali Mmadi]], amené hier soir. L'agente ne donne rien au tel, juste « il est bien chez nous ». Il insiste, donne la date de naissance du père « présumé né le [[DATE_NAISSANCE:1er janvier 1950]] » pour prouver. Non. Il viendra. Agente : [[PERSONNE:Zalia]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail en {{Petite-Terre}} avec [[PERSONNE:Issouf Abdou]] (agent {{CSSM}}). Barge {{7h30}}, {{15 min}}. Adresse : [[ADRESSE:Labattoir, quartier Four a Chaux, maison verte près du plateau sportif, Dzaoudzi]]. M. [[PERSONNE:Rachadi Anfane]] est la, en boubou, tousse beaucoup. RAS. On reprend la barge de {{9h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Moinaecha Abdallah]], comorienne ({{Grande Comore}}), a un récépissé : [[IDENTIFIANT:9760512397]], valable {{3 mois}}. Elle demande les prestations pour ses {{2 enfants}} nés ici. L'agente [[PERSONNE:Haoulati]] vérifie, il manque le titre. Tel donné : [[TELEPHONE:0639 40 18 55]]. Elle me demande a moi si je peux aider 😶",
    ),
    (
        "urgences",
        "accueil_physique",
        "Épidémie de dengue. Petit [[PERSONNE:Ilyas]], {{4 ans}}, fièvre depuis {{3 jours}}. Sa mère, [[PERSONNE:Echati Mohamed]], née le [[DATE_NAISSANCE:21/07/1999]] a {{Koungou}} (l'agente recopie de la carte vitale, NIR [[NIR:2 99 07 976 10 088 53]]). Le Dr [[PERSONNE:Randrianarisoa]] passe, regarde, « bilan + hydratation ». Tel de la maman : [[TELEPHONE:06 39 07 54 80]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Tours d'eau}} aujourd'hui au siège : plus d'eau aux toilettes depuis {{10h}}. L'équipe tél continue quand même, {{5 agents}} sur {{8}}. Je note : aucun appel de plus de {{10 min}}, consigne de la cheffe. « on ne peut pas tout régler au tel ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune homme {{19 ans}}, vit dans un banga derrière la maison de sa mère a {{Bandrélé}}. Veut « l'argent des jeunes » ({{CEJ}} ? {{RSA}} ?). L'agent lui explique que le {{RSA}} c'est {{25 ans}} et lui donne l'adresse de la {{Mission locale}}. Il s'appelle [[PERSONNE:Chamsidine Madi]], il dit « [[PERSONNE:Chams]] » tout le monde m'appelle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:M'Saïdié Houmadi]] appelle pour un trop-perçu. Née a {{Moroni}} en [[DATE_NAISSANCE:septembre 72]], NIR [[NIR:2 72 09 99 397 051 21]]. L'agente [[PERSONNE:Nafissa Combo]] lui propose un échéancier a {{30 €}} par mois. Elle accepte tout de suite. Appel {{8 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Kassim Ahmed]], taxi collectif, accident du travail : accroché par un camion sur la {{RN2}} vers {{Passamaïnty}}. Constat avec la plaque du camion [[IMMATRICULATION:GE-207-LM]] et la sienne [[IMMATRICULATION:FS-914-DA]]. Né a {{Bandrélé}} en [[DATE_NAISSANCE:juin 1985]], NIR [[NIR:1 85 06 976 03 127 71]]. Déclaration AT faite sur place par l'agent [[PERSONNE:Bacar]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de scooter a {{Kawéni}}. Le gendarme a l'accueil donne le nom du blessé, [[PERSONNE:Mounirou Chanfi]], et la plaque du scooter [[IMMATRICULATION:EK-661-QR]]. Pas de casque. L'infirmière d'accueil [[PERSONNE:Soifia]] : « le {{3e}} depuis ce matin ». Il est {{11h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Chirongui}}, contrôle de résidence. Mme [[PERSONNE:Toiyifa Ali]], [[ADRESSE:village de Mramadoudou, derrière la boutique Douka Bé, 2e maison a gauche, Chirongui]]. Dit vivre seule. Le contrôleur [[PERSONNE:Thierry]] voit une moto devant, plaque [[IMMATRICULATION:GB-518-TD]]. « c'est au voisin ». On demande au voisin : « oui c'est a moi ». Fin.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jean-de-Dieu Niyonzima]], burundais, demandeur d'asile. Attestation de demande d'asile n° [[IDENTIFIANT:9761236804]]. Il vit sous une bâche a {{Cavani}}, près du {{stade}}. Veut juste voir un médecin pour son ventre. L'agente [[PERSONNE:Anfane]] lui donne le papier pour le {{dispensaire de Jacaranda}}. Il parle {{kirundi}} et {{anglais}}, l'agente répond en anglais.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Vieille dame de {{Mtsamboro}} amenée par sa petite-fille, tout le monde l'appelle {{coco}} [[PERSONNE:Mariama]]. Déshydratée. Date de naissance : personne ne sait, la petite-fille dit « vers [[DATE_NAISSANCE:1940]] ». Sur la carte : [[DATE_NAISSANCE:31/12/1940]]. L'interne [[PERSONNE:Hugo]] parle fort et lentement, elle lui répond en {{shimaoré}} en souriant.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent m'explique que le {{RSA}} a {{Mayotte}} c'est environ la moitié de celui de {{métropole}}. Une dame derrière moi dit « on paie le riz plus cher ici pourtant » 🍚. Personne ne lui répond. {{9h50}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de {{Marseille}} : M. [[PERSONNE:Daoud Attoumani]], mahorais installé la-bas depuis {{2018}}, son dossier est encore a la {{CSSM}}. Il donne son portable métropolitain [[TELEPHONE:07 61 22 84 39]] et son mail [[EMAIL:d.attoumani@laposte.net]]. L'agent [[PERSONNE:Issouf]] lance la mutation vers la {{Cpam des Bouches-du-Rhône}}. « ça prend {{2 mois}} » 😬",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'infirmière [[PERSONNE:Clémence]] rappelle une famille pour dire que le patient est transféré en {{réa}}. Premier numéro [[TELEPHONE:+262 639 21 70 64]] : pas de réseau. Deuxième numéro, un fixe, [[TELEPHONE:0269 61 38 92]] : ça répond. Elle demande « vous êtes de la famille de M. [[PERSONNE:Bacar Abdallah]] ? ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mail dicté par une jeune femme : « [[EMAIL:samiata point ahmed tiret 976 at gmail point com]] ». L'agente tape, ça rebondit. Elle avait oublié le tiret. Mme [[PERSONNE:Samiata Ahmed]], dossier [[N_ALLOCATAIRE:0957203]]. {{11 min}} pour un mail...",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{14h}}. Dr [[PERSONNE:Randrianarisoa]] et l'interne [[PERSONNE:Hugo]] discutent d'un patient, M. [[PERSONNE:Ahmed Soilihi Combo]], IPP [[IDENTIFIANT:976087134]], qui doit partir en évasan vers {{La Réunion}}. Pas de place dans l'avion avant {{jeudi}}. Le Dr : « on va encore bricoler » 😔",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de contrôle aujourd'hui : la route de {{Kani-Kéli}} est coupée (barrages). On reste au bureau, l'agent me montre les tournées prévues sur une carte punaisée, {{12 visites}} reportées. Il dit que c'est la {{3e}} fois ce mois-ci.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Youssouf Ahamada]] change de banque pour ses prestations. Nouveau RIB : [[IBAN:FR76 1131 5000 0108 1245 7739 064]]. Ancien compte a la {{BFC}} clôturé. Il travaille a la {{mairie}} de {{Tsingoni}}. L'agente note sans problème. Rapide : {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Coupure de courant {{3 min}}, le {{groupe électrogène}} démarre. Personne ne bronche, les soignants continuent a la lampe frontale. « Ici c'est normal » me dit un brancardier. {{17h15}}.",
    ),
]

# Part 3: Hauts-de-France, Caf, Cpam, CCAS.
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf du Nord}}, accueil de {{Roubaix}}. {{9h02}}, déjà {{14 tickets}} devant moi. Agent : [[PERSONNE:Steve Vandenbussche]], {{22 ans}} de maison. Premier rdv : Mme [[PERSONNE:Rachida Bouziane]], séparée depuis {{janvier}}, veut passer en {{ASF}}. Elle a tout : jugement, attestation de la {{CPAM}}, RIB. « Ça arrive jamais » rigole l'agent.",
    ),
    (
        "caf",
        "accueil_physique",
        "un monsieur arrive en criant que sa {{prime d'activité}} a baissé de {{87 €}}. le vigile s'approche. l'agent reste assis, voix basse, lui montre l'écran : salaire du trimestre en hausse. ça se calme en {{2 min}}. il repart en disant merci. Impressionnant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}, plateau de {{Lille}}. Mme [[PERSONNE:Océane Delattre]], {{25 ans}}, premier bébé. Veut savoir pour la {{PreParE}}. N° allocataire [[N_ALLOCATAIRE:7415208]]. L'agente [[PERSONNE:Karima]] explique, puis : « vous avez quel âge, madame ? » — « née le [[DATE_NAISSANCE:2 janvier 1999]] ». Les droits sont là. Appel {{13 min}}, bb qui pleure derrière 👶",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{APL}} a {{Tourcoing}}, quartier {{La Bourgogne}}. Contrôleur : M. [[PERSONNE:Jérôme Lesage]]. Adresse : [[ADRESSE:27 rue de Roubaix, appt 3, 59200 Tourcoing]]. Déclarée : Mme [[PERSONNE:Sandrine Vanhoutte]] seule avec {{2 enfants}}. Sur la boite aux lettres : « [[PERSONNE:Vanhoutte]] – [[PERSONNE:Kowalczyk]] ». Elle : « c'est l'ancien locataire ». Le contrôleur demande le bail. {{35 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam de l'Artois}}, {{Lens}}. M. [[PERSONNE:Didier Szczepaniak]], ancien mineur, {{silicose}}. Né a {{Lens}} en [[DATE_NAISSANCE:mars 62]], NIR [[NIR:1 62 03 62 498 043 91]]. Dossier de rente, il ne comprend pas le courrier. L'agent [[PERSONNE:Fabrice]] lui relit ligne par ligne. « Vous voyez M. [[PERSONNE:Szczepaniak]], ici c'est le taux ». {{Patience}} infinie.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Appel d'une pharmacienne de {{Wattrelos}} pour une patiente bloquée, Mme [[PERSONNE:Bernadette Dewaele]] : carte vitale pas a jour. L'agent refuse de donner des infos a un tiers. La pharmacienne : « mais je vous la passe ! ». La patiente prend le tel. Tout se règle. {{7 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{C045}}. Couple âgé, lui {{84 ans}} elle {{81}}, viennent pour une demande de {{transport}} a {{Oscar Lambret}} (chimio). Pas d'entité a noter, juste : ils ont pris {{2 bus}} et {{1 métro}} pour venir demander comment ne plus prendre le bus. ❤️",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Roubaix}}, quartier de l'{{Alma}}. Mme [[PERSONNE:Monique Szymanski]], {{67 ans}}, née en {{Pologne}} le [[DATE_NAISSANCE:14/12/1957]], arrivée enfant. Demande une aide pour sa facture de gaz, {{412 €}}. Réf client : [[IDENTIFIANT:3000 4178 5521]]. La travailleuse sociale [[PERSONNE:Aurélie Caron]] monte un dossier pour la commission de {{jeudi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}}. Une fille appelle pour son père, M. [[PERSONNE:Fernand Lefebvre]], qui vit seul a {{Hénin-Beaumont}} : [[ADRESSE:8 rue Émile Zola, 62110 Hénin-Beaumont]]. Elle habite {{Toulouse}}, s'inquiète, il ne répond plus. L'agente [[PERSONNE:Nathalie]] note et déclenche une visite du service de portage de repas. Numéro de la fille : [[TELEPHONE:06 71 48 23 90]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile pour une demande d'aide sociale a l'hébergement. Mme [[PERSONNE:Lucienne Deprez]], [[ADRESSE:14 cité des Fleurs, 62800 Liévin]]. Ancienne {{maison des mines}}, très humide, on garde les manteaux. Son fils [[PERSONNE:Jean-Marc]] est la. Conseillère : [[PERSONNE:Samia Belkacem]]. Mme [[PERSONNE:Deprez]] veut aller a l'{{EHPAD Les Tilleuls}} mais ne veut « rien coûter aux enfants ».",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Krzysztof Wiśniewski]], chauffeur routier, veut déclarer sa séparation. Il a les papiers dans un sac {{Auchan}}. Nouvelle adresse : [[ADRESSE:5 rés. Les Peupliers, 59300 Valenciennes]]. N° alloc [[N_ALLOCATAIRE:3380166]]. Agente : Mme [[PERSONNE:Fontaine]]. Il demande ou est la {{fontaine a eau}} 😂 (ils l'ont enlevée).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Attente de {{18 min}} avant que l'appel arrive au plateau. Sur {{20 appels}} : {{7}} pour des attestations de paiement, {{6}} pour la {{prime d'activité}}, {{3}} pour un changement de situation, {{4}} raccrochent quand on annonce le délai. L'agente soupire entre chaque appel et remet son casque.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Nguyen Thi Lan]] (elle écrit « [[PERSONNE:NGUYEN Thi Lan]] », nom en premier), vient pour la {{complémentaire santé solidaire}}. Son petit commerce de nems a {{Lille}}, ongles aussi. Revenus trop élevés de {{40 €}} ! L'agent [[PERSONNE:Marc-Antoine]] recalcule, pareil. Elle rit jaune.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Délégué de l'{{Assurance Maladie}} ({{DAM}}) en tournée chez les médecins, pas chez les assurés. J'accompagne [[PERSONNE:Pauline Dubrulle]] dans un cabinet a {{Armentières}}. Dr [[PERSONNE:Haddad]] nous reçoit {{12 min}} entre deux patients. Sujet : les arrêts de travail. Il a l'air de s'en foutre poliment.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation. M. [[PERSONNE:Ionuț Stan]], roumain, vit en caravane. Attestation d'élection de domicile n° [[IDENTIFIANT:DOM-2024-0387]]. Il vient chercher son courrier : {{3 lettres}}, une de la {{Caf}}, une de la {{préfecture}}, une pub. L'agent [[PERSONNE:Mickaël]] lui lit la lettre de la {{préfecture}}. Tél : [[TELEPHONE:07 53 02 19 66]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Pas de personne nommée ici : une dame demande des colis alimentaires, on lui donne un bon pour l'{{épicerie solidaire}} de {{Fives}}. {{3e}} fois ce mois. Elle a une {{pierre}} dans sa poche qu'elle tripote tout le temps, un caillou « porte-bonheur ». Elle demande s'il y a une {{rose}} a la place de l'ancien parterre, l'agente dit non.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle a {{Amiens}} nord, tour de {{11 étages}}, ascenseur en panne depuis {{3 semaines}}. On monte au 9e. M. [[PERSONNE:Dylan Carpentier]], {{23 ans}}, jeune papa. [[ADRESSE:9e étage, 12 place du Pays de Caux, 80080 Amiens]]. Déclare vivre seul, la maman ([[PERSONNE:Laura]]) est la avec le bébé. « Elle passe juste ». La contrôleuse [[PERSONNE:Agnès Poulain]] note sans commentaire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Youssef Amrani]] appelle, né au {{Maroc}} en [[DATE_NAISSANCE:octobre 1978]], {{indemnités journalières}} pas versées. NIR : [[NIR:1 78 10 99 350 087 03]]. L'agente [[PERSONNE:Céline]] voit l'arrêt, pas l'attestation employeur. Il donne le tél du patron : [[TELEPHONE:03 20 45 18 72]]. L'agente : « c'est a lui de faire, pas a nous ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du gardien de l'immeuble : « la vieille dame du {{4e}} ne sort plus ». Mme [[PERSONNE:Yvette Marchand]]. L'agente : « elle est connue de nos services ? » — oui, aide a domicile. Elle appelle le service d'aide, puis le {{SAMU}}? non, d'abord la fille. Le gardien dit que le {{marchand}} de journaux ne la voit plus non plus.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une demande d'aide exceptionnelle. {{Denain}}, [[ADRESSE:47 rue Jean Jaurès, 59220 Denain]]. M. et Mme [[PERSONNE:Da Costa]]. Lui, [[PERSONNE:José]], né au {{Portugal}} en [[DATE_NAISSANCE:1955]], retraité du bâtiment. Le toit fuit, bassine dans la chambre. L'assistante [[PERSONNE:Émilie Vasseur]] prend des photos pour la commission.",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiante, Mme [[PERSONNE:Aya Diabaté]], veut l'{{APL}} pour sa chambre {{Crous}} a {{Villeneuve-d'Ascq}}. Titre de séjour étudiant n° [[IDENTIFIANT:5900287341]]. Mail : [[EMAIL:aya.diabate@univ-lille.fr]]. Elle a déjà fait la demande en ligne, rien reçu. L'agent trouve : dossier en doublon. {{5 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{10h30}}, {{Cpam de Roubaix-Tourcoing}}. Coupure réseau, plus aucun poste ne marche. Les {{4 agents}} prennent les demandes sur papier. Une dame : « c'est comme avant ». Pendant {{40 min}} tout le monde patiente, bizarrement plus calme que d'habitude.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Fatoumata Camara]], {{AME}}. Elle vient renouveler, carte expirée depuis {{2 semaines}}. Passeport guinéen [[IDENTIFIANT:R0718264]]. Adresse : chez Mme [[PERSONNE:Keita]], [[ADRESSE:3 rue de Valmy, 59000 Lille]]. L'agente [[PERSONNE:Sophie]] lui dit qu'il manque le justificatif de ressources. Elle sort son tel, appelle sa cousine pour qu'on le lui envoie par {{whatsapp}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel sortant : l'agent [[PERSONNE:Quentin]] rappelle M. [[PERSONNE:Farid Haddouche]] pour une pièce manquante. Numéro : [[TELEPHONE:06 12 90 37 41]]. Pas de réponse. Deuxième numéro au dossier : [[TELEPHONE:09 51 20 44 18]]. Répondeur. Il laisse un message avec le nom du conseiller et le {{3230}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Olena Kovalenko]], ukrainienne, {{protection temporaire}}, APS n° [[IDENTIFIANT:5999012384]]. Elle vient avec son fils [[PERSONNE:Artem]], {{11 ans}}, pour la cantine. Tarif social. Traduction par le fils 🙂. L'agent [[PERSONNE:Bruno Maes]] remplit le formulaire avec elle. {{20 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une femme appelle pour une aide au permis de conduire. L'agent lui explique que le {{CCAS}} ne fait pas ça, c'est la {{Mission locale}} pour les moins de {{26 ans}}. Elle a {{31 ans}}. « Alors personne ». Appel court, {{3 min}}. Pas de nom donné.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Mehmet Yılmaz]], {{Creil}}, vient changer de RIB. Nouveau : [[IBAN:FR76 1562 9026 4000 0418 7230 112]]. Il a changé de banque après une arnaque par {{SMS}}. L'agent [[PERSONNE:Vincent]] vérifie l'identité, carte d'identité n° [[IDENTIFIANT:X4RTN7Q21]]. OK.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Allo, c'est pour ma mutuelle » → l'agent : « on est la {{sécu}} madame, pas la mutuelle ». La dame lit quand même son numéro d'adhérente {{Harmonie Mutuelle}} : [[IDENTIFIANT:4872016539]]. Mme [[PERSONNE:Ludivine Caron]]. L'agent prend {{4 min}} pour lui donner le bon numéro.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation pour le portage de repas. {{Maubeuge}}, quartier {{Sous-le-Bois}}. M. [[PERSONNE:Ahmed Benyamina]], {{88 ans}}, [[ADRESSE:19 rue de la Croix, 59600 Maubeuge]]. Frigo vide sauf du lait et des dattes. L'évaluatrice [[PERSONNE:Chantal]] lui explique les tarifs, {{6,80 €}} le repas. Il dit qu'il mange chez son fils le dimanche.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche « {{Caf.fr}} c'est plus simple » au-dessus d'une file de {{30 personnes}}. 🙃 L'agent d'orientation fait {{3}} démarches en ligne a la place des gens sur une tablette. Il me dit qu'il fait ça toute la journée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune homme, M. [[PERSONNE:Théo Wallart]], né le [[DATE_NAISSANCE:09/09/2001]] a {{Amiens}}, NIR [[NIR:1 01 09 80 021 352 07]]. Premier boulot, veut sa propre {{carte vitale}} (était sur celle de sa mère). L'agent lui fait créer son compte {{ameli}} devant lui. Mail : [[EMAIL:theo.wallart@outlook.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dame âgée, Mme [[PERSONNE:Paulette Boulanger]], {{Calais}}, {{78 ans}}. Vient pour la téléassistance. Elle me raconte que son mari était {{boulanger}} {{rue Royale}} pendant {{40 ans}}. Née le [[DATE_NAISSANCE:7 mai 1946]] « a {{Calais}}, pas ailleurs ! ». NIR sur la carte : [[NIR:2 46 05 62 193 061 95]]. Tél fixe : [[TELEPHONE:03 21 96 14 07]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ludmila Petrenko]] appelle pour son {{RSA}}, suspendu. Elle lit sa lettre : « numéro de dossier [[N_ALLOCATAIRE:1092274]] ». L'agent explique qu'il manque la {{DTR}}. Elle demande de l'envoyer par mail : [[EMAIL:ludmila.petrenko59@gmail.com]]. L'agent ne peut pas, il faut passer par l'espace en ligne.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail a {{Dunkerque}}, quartier {{Petite-Synthe}}. Mme [[PERSONNE:Manon Ryckebusch]], [[ADRESSE:112 avenue de la Mer, 59640 Dunkerque]]. Elle est la, enceinte, arrêt pathologique. {{3 min}}. L'agent [[PERSONNE:Olivier]] s'excuse presque. Née a {{Dunkerque}} en [[DATE_NAISSANCE:janvier 99]], NIR [[NIR:2 99 01 59 183 097 10]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{14h}}, {{CCAS}} de {{Lens}}. File pour les bons de {{Noël}} (colis des aînés). Pas de données perso, juste : {{127}} colis distribués depuis ce matin, chocolats {{Jeff de Bruges}} cette année, les gens sont ravis. Un monsieur pleure un peu.",
    ),
]

# Part 4: French Guiana, emergency departments, CCAS, shelters and the 115, France Travail.
NOTES_4 = [
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'hôpital {{Andrée-Rosemon}}, {{Cayenne}}. Mme [[PERSONNE:Josiane Rosemon]] (« aucun lien avec l'hôpital » dit-elle en riant, on a tous pensé pareil). Chute dans son escalier. Née le [[DATE_NAISSANCE:18 février 1966]] a {{Cayenne}}, NIR [[NIR:2 66 02 973 02 087 64]]. IOA : [[PERSONNE:Sabrina]]. Tri : {{4}}. Attente estimée {{5h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHOG}}, {{Saint-Laurent}}. Un piroguier blessé au pied par l'hélice, amené par ses collègues depuis {{Apatou}}. M. [[PERSONNE:Rinaldo Asaiti]], né le [[DATE_NAISSANCE:23/01/1997]] a {{Saint-Laurent}}. La médiatrice [[PERSONNE:Gracia]] traduit du ndyuka. NIR retrouvé dans le logiciel : [[NIR:1 97 01 973 11 156 83]]. Il veut repartir ce soir, « la pirogue attend ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Femme en travail, traversée d'{{Albina}} en pirogue il y a {{1h}}. Carte d'identité surinamaise, ID-nummer [[IDENTIFIANT:FO-7724519]]. Mme [[PERSONNE:Shirley Pinas]]. Elle parle {{sranan tongo}}, le brancardier [[PERSONNE:Marlon]] traduit. Direct en salle d'accouchement, l'admin après.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Kourou}}, urgences du {{CHK}}. Un légionnaire du {{3e REI}} amené par deux camarades, entorse en footing. Nom : [[PERSONNE:Novak]], prénom [[PERSONNE:Pavel]]. Ses camarades parlent entre eux en tchèque je crois. Matricule militaire [[IDENTIFIANT:0715328449]] noté par l'accueil. {{25 min}} et c'est réglé, militaire oblige.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, appel en {{portugais}}. L'agente [[PERSONNE:Cleidiane]] (brésilienne d'origine) répond. Une femme cherche son mari, M. [[PERSONNE:Wellington Alves]], qui aurait été évacué d'un site d'{{orpaillage}}. Elle rappelle du [[TELEPHONE:+55 96 99124-5873]]. Il est bien la, en chirurgie. Elle pleure de soulagement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Morsure de serpent ({{grage}} ?) a {{Roura}}, le gars arrive avec le serpent mort dans une bouteille en plastique 😳 pour qu'on l'identifie. Tout le monde recule. Le médecin dit que c'est la bonne idée. {{19h20}}. Pas de nom noté, il est parti direct en box.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Hélico du {{SAMU}} depuis un site d'orpaillage illégal près de {{Saül}}. Homme brésilien, paludisme grave, plus conscient. Dans sa poche un passeport : [[IDENTIFIANT:FZ891204]], M. [[PERSONNE:Jardel Nascimento Costa]], né le [[DATE_NAISSANCE:02/11/1985]] a {{Belém}}. Aucun contact. L'assistante sociale, Mme [[PERSONNE:Voltaire]], appelle le {{consulat du Brésil}} a {{Cayenne}}. {{3h du matin}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{CDPS}} de {{Camopi}} appelle la régulation. L'infirmière [[PERSONNE:Audrey]] décrit un enfant teko, {{2 ans}}, fièvre + convulsions. Nom : [[PERSONNE:Miso]], fils de [[PERSONNE:Ariane Kouyali]]. Évacuation demandée. La liaison satellite coupe {{2 fois}}. Le médecin régulateur, Dr [[PERSONNE:Lemaire-Bouchard]], décide l'hélico. Décollage {{40 min}} plus tard. L'agente de l'accueil me dit « et encore, ils ont de la chance, y a une piste ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Cayenne}}. Une dame âgée que l'agente appelle « Man [[PERSONNE:Yvette]] », Mme [[PERSONNE:Yvette Placide]] sur le dossier. Facture {{EDF}} de {{389 €}}, réf. client [[IDENTIFIANT:6001847392]]. Coupure prévue lundi. Aide d'urgence accordée {{150 €}}, le reste en échéancier. Elle sort un sachet de mangues de son cabas pour l'agente 🥭",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Laurent}}. Domiciliation pour une famille qui vit a {{Chekepatty}}, pas d'adresse, case en tôle. M. [[PERSONNE:Romeo Kanape]] et Mme [[PERSONNE:Rosita Galimo]]. Numéro de domiciliation [[IDENTIFIANT:SLM-D-0931]]. Le courrier arrivera ici. L'agent [[PERSONNE:Delano]] leur explique en ndyuka qu'il faut passer {{1 fois par mois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Matoury}} : une femme demande une aide pour les obsèques de son frère, M. [[PERSONNE:Jean-Baptiste Saintil]], décédé a l'hôpital. Elle est au [[TELEPHONE:06 94 12 77 30]]. L'agent [[PERSONNE:Franck]] lui dit de venir avec l'acte de décès et le devis des pompes funèbres. « {{2 800 €}} ils demandent ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile a {{Balata}}, {{Matoury}}. M. [[PERSONNE:Hilaire Bourgarel]], {{79 ans}}, [[ADRESSE:lieu-dit Balata Ouest, chemin de terre après le dépôt de gaz, case sur pilotis, Matoury]]. Pas d'eau courante, un bidon. L'évaluatrice [[PERSONNE:Nelly]] veut une aide ménagère, lui refuse : « j'ai mon abattis, j'ai besoin de personne ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Distribution de bons alimentaires, vendredi. Les gens repartent avec riz, huile, couac, sardines. {{46 familles}} ce matin. Le frigo de l'épicerie sociale est en panne depuis {{lundi}}. L'agente dit qu'elle a appelé {{5 fois}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Montée a {{Cacao}}, {{1h15}} de route. Visite chez Mme [[PERSONNE:Blia Xiong]], {{82 ans}}, pour l'{{APA}}. Elle ne parle que hmong, sa belle-fille [[PERSONNE:Nou Yang]] traduit. Adresse : [[ADRESSE:bourg de Cacao, maison en bois derrière le marché du dimanche, Roura]]. Elle nous montre son jardin de ramboutans. Dossier rempli sur la table de la cuisine.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Guyane}}, {{20h}}. Une femme avec {{3 enfants}}, mise dehors par son compagnon a {{Cayenne}}. Elle donne son nom, [[PERSONNE:Nadège Estimé]], et son tel [[TELEPHONE:06 94 45 09 12]]. Pas de place ce soir. L'écoutante [[PERSONNE:Céline Horth]] lui donne l'adresse de l'accueil de nuit et rappelle le {{3919}}. {{22 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un monsieur appelle d'une cabine ?? (il en reste) près de la {{place des Palmistes}}. Il dort dehors depuis {{2 semaines}}. Il dit s'appeler « [[PERSONNE:Papillon]] » et refuse de donner plus. L'écoutant [[PERSONNE:Joël]] note quand même, il connait, « c'est un habitué ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Cayenne}}. M. [[PERSONNE:Jacquelin Joseph]], haitien, récépissé de demande d'asile n° [[IDENTIFIANT:9730722581]]. Vient pour une douche, un café et charger son tel. Il demande si l'{{OFII}} paie l'{{ADA}} ce mois-ci. Le travailleur social [[PERSONNE:Ludovic]] vérifie. Son numéro : [[TELEPHONE:+594 694 28 61 05]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement diffus du {{CHRS}} a {{Rémire-Montjoly}} : [[ADRESSE:résidence Les Hauts de Rémire, bât. B, porte 22, 97354 Rémire-Montjoly]]. Occupée par Mme [[PERSONNE:Wisline Dorcé]] et sa fille. Tout est propre, elle a peint les murs en jaune. L'éducatrice [[PERSONNE:Morgane]] vérifie le détecteur de fumée, il manque la pile.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, {{17h}}. Arrivée des hébergés pour le soir : {{24 lits}} pour {{31}} demandes. L'équipe de nuit tire au sort ?? non, « priorité aux femmes et aux malades ». Un chien attend dehors, le sien est « pas accepté ». Odeur de riz-poulet.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{SIAO}} appelle le {{CHRS}} pour une orientation. Réf. SIAO [[IDENTIFIANT:SIAO-973-24-1187]], M. [[PERSONNE:Patrick Sainte-Rose]], {{52 ans}}, sortant de prison ({{Rémire}}). Le chef de service [[PERSONNE:Alain]] dit oui pour {{lundi}}. Téléphone de la {{SPIP}} pour le suivi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Cayenne}}. M. [[PERSONNE:Kévin Lony]], {{22 ans}}, identifiant [[ID_FRANCE_TRAVAIL:4519203K]]. Il veut travailler au {{port de Dégrad des Cannes}}, cariste. Pas de {{CACES}}. La conseillère [[PERSONNE:Stéphanie Ringuet]] l'inscrit a une formation a {{Kourou}}. Il n'a pas de voiture, pas de bus direct. Silence.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Saint-Laurent}}. Mme [[PERSONNE:Ajintoena Alaboe]] veut devenir piroguière ({{permis bateau}}). Identifiant dicté en chiffres : [[ID_FRANCE_TRAVAIL:3087741P]]. Née a {{Grand-Santi}} en [[DATE_NAISSANCE:2002]]. La conseillère dit qu'il n'y a jamais eu de femme sur la formation. Elle : « ben je serai la 1re » 💪",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller [[PERSONNE:Rodolphe]] appelle M. [[PERSONNE:Edson Ferreira Lima]] pour un poste de maçon a {{Macouria}}. Numéro : [[TELEPHONE:0694 33 17 52]]. Pas de réponse, il envoie un mail en portugais a [[EMAIL:edson.flima@gmail.com]]. Il me dit que les brésiliens répondent mieux au {{WhatsApp}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Kourou}}. Offres du {{CSG}} affichées : technicien, sécurité, nettoyage. M. [[PERSONNE:Yohan Bellony]], identifiant [[ID_FRANCE_TRAVAIL:5123098L]], postule comme agent de sécu. Il faut le permis et une voiture : il a une {{Clio}} immatriculée [[IMMATRICULATION:1845 XF 973]] (vieille plaque !). La conseillère rit, « elle roule ? ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier {{CV}}, {{6 personnes}}. {{2}} n'ont jamais eu d'ordinateur. La conseillère montre comment faire une adresse mail. Le modèle de CV projeté est au nom de « [[PERSONNE:Marie Modèle]] » 🙂 Tout le monde prend des photos de l'écran.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : Mme [[PERSONNE:Marie-Ange Jean-Baptiste]], radiée pour absence a un rdv. Elle lit son identifiant « [[ID_FRANCE_TRAVAIL:294 601 5M]] ». Elle dit que la convocation est arrivée après la date (la poste de {{Matoury}}). L'agent [[PERSONNE:Kelly]] fait une réinscription rétroactive. {{12 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Matoury}}. Mme [[PERSONNE:Rosemarie Pierre]], haïtienne, carte de résident n° [[IDENTIFIANT:9730045129]]. Ouvre ses droits {{ARE}} après un {{CDD}} chez {{Carrefour}}. RIB : [[IBAN:FR76 1980 6007 3002 2195 4810 007]]. Identifiant [[ID_FRANCE_TRAVAIL:0621457Y]]. La conseillère [[PERSONNE:Laetitia]] : « vous toucherez vers le {{10}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enfant de {{6 ans}} avec {{palu}}, amené de {{Saint-Georges}} par l'oncle en voiture, plaque brésilienne [[IMMATRICULATION:QTP3E47]]. L'enfant, [[PERSONNE:Kauã]], a la carte {{AME}} de sa mère, Mme [[PERSONNE:Lucineide Batista]]. L'IOA [[PERSONNE:Sabrina]] demande le carnet de santé, il n'y en a pas. Accueil en {{portugais}} approximatif.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée au {{CHRS}} d'une femme victime de violences. Mme [[PERSONNE:Yokasta Rodríguez]], {{dominicaine}}. Elle donne la plaque de la voiture de son ex pour que l'équipe puisse le reconnaitre s'il rôde : [[IMMATRICULATION:GA-742-PB]]. Nom de l'ex : [[PERSONNE:Wilson Mercedes]]. L'éducatrice [[PERSONNE:Morgane]] le note dans le cahier de liaison.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Yokelis Martínez]], vénézuélienne passée par le {{Brésil}}, demande une aide pour la cantine. Elle parle espagnol, l'agent [[PERSONNE:Patrick]] aussi un peu. Mail : [[EMAIL:yoke.martinez.ve@gmail.com]]. Tél : [[TELEPHONE:0694 70 81 26]]. Cantine a {{1 €}} accordée pour ses {{2}} garçons.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune palikur de {{Saint-Georges}}, descendu a {{Cayenne}} pour un {{service civique}}. M. [[PERSONNE:Anderson Norino]], né en [[DATE_NAISSANCE:2004]], identifiant [[ID_FRANCE_TRAVAIL:7742109B]]. Logé chez un oncle a {{Mont-Baduel}}. La conseillère [[PERSONNE:Stéphanie]] lui trouve une mission a la {{médiathèque}}. Il sourit pour la 1re fois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Panneau lumineux : « attente moyenne {{6h30}} ». {{52 patients}}. Un agent de sécurité distribue des bouteilles d'eau. La climatisation de la salle 2 est en panne, on ouvre les portes, les moustiques rentrent 🦟. Il est {{15h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Sunil Jagessar]] appelle de {{Mana}} : problème d'actualisation, le site ne marche pas sur son tel. Identifiant [[ID_FRANCE_TRAVAIL:6630172D]]. Le conseiller le fait par tél avec lui. Né le [[DATE_NAISSANCE:30/06/1988]], vérif d'identité par la date. Mail : [[EMAIL:sunil.jagessar88@hotmail.fr]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Appel d'une assistante sociale du {{CHOG}} : un patient sort demain, sans domicile. M. [[PERSONNE:Mauritius Tojo]], né vers [[DATE_NAISSANCE:1963]]. Elle donne son numéro direct [[TELEPHONE:05 94 34 87 21]] (poste {{4412}}). L'écoutant dit qu'il n'y a rien a {{Saint-Laurent}} avant {{jeudi}}.",
    ),
]

# Part 5: Hauts-de-France, emergency departments, shelters and the 115, France Travail.
NOTES_5 = [
    (
        "urgences",
        "accueil_physique",
        "Urgences adultes, {{CHU de Lille}}, {{21h}}. L'IOA [[PERSONNE:Amandine]] trie. M. [[PERSONNE:Grégory Descamps]], douleur thoracique, né le [[DATE_NAISSANCE:12/04/1980]]. Elle me montre l'étiquette patient : NIR [[NIR:1 80 04 59 350 118 82]], IPP [[IDENTIFIANT:80045917]]. Passe en tri {{2}}, box immédiat. Derrière lui, {{38 personnes}} qui attendent.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un {{SDF}} connu de tout le service arrive en se tenant le bras. Les soignants l'appellent « [[PERSONNE:Titi]] ». Vrai nom : [[PERSONNE:Thierry Vermeersch]]. Il a bu. L'aide-soignante [[PERSONNE:Nadège]] lui parle comme a un vieux copain. « T'as encore fait le con ». Il rit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Pédiatrie, {{Roubaix}} ({{hôpital Victor Provo}}). Enfant {{3 ans}}, chute du canapé. La maman, Mme [[PERSONNE:Inès Boukhris]], née le [[DATE_NAISSANCE:15 mars 2001]], NIR [[NIR:2 01 03 59 512 318 88]]. Inquiète, le petit [[PERSONNE:Rayan]] joue déjà avec le stéthoscope du médecin 😂 Sortie {{1h}} après.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences. Un homme veut savoir si sa femme est arrivée en ambulance. Il donne son nom, Mme [[PERSONNE:Sylvie Ducrocq]], et sa date de naissance, [[DATE_NAISSANCE:quatorze juillet soixante-sept]]. L'agent confirme juste la présence. Numéro du mari laissé pour le médecin : [[TELEPHONE:06 84 20 71 55]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de la route sur l'{{A1}}. Les {{pompiers}} donnent a l'accueil la plaque du véhicule pour l'assurance : [[IMMATRICULATION:DX-417-HN]], et le nom du conducteur, M. [[PERSONNE:Quentin Leroy]]. Plaque belge de l'autre voiture : [[IMMATRICULATION:1-ABC-234]]. L'agente admin [[PERSONNE:Valérie]] remplit tout a la main, le logiciel a planté.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h du matin}}. {{12 brancards}} dans le couloir. Une interne pleure dans la salle de pause, une infirmière lui apporte un café. Personne ne dit rien. Je ne note pas les noms, je ne sais pas quoi noter.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CH de Lens}}. Une dame amène son voisin, M. [[PERSONNE:Jean-Pierre Lemaire]], qui vit seul : confus, {{91 ans}}. Elle ne connait pas sa date de naissance, donne son adresse : [[ADRESSE:3 rue des Mineurs, cité 12, 62300 Lens]]. L'IOA [[PERSONNE:Corinne]] cherche dans le dossier, le retrouve. « Il était déjà venu le mois dernier ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mère appelle le standard pour son fils de {{17 ans}}, parti en ambulance du {{lycée}}. Elle ne sait pas quel hôpital. L'agent cherche : M. [[PERSONNE:Nathan Delporte]], né le [[DATE_NAISSANCE:28/08/2007]], oui il est ici. Elle : « j'arrive, c'est ou le parking ?? ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme afghan, M. [[PERSONNE:Ahmad Rahimi]], coupure profonde au pied, campement de {{Grande-Synthe}}. L'interprète par tél ({{ISM}}) parle dari. Pas de papiers, {{PASS}} sollicitée. L'assistante sociale [[PERSONNE:Marie Dhalluin]] ouvre un dossier. Il dit qu'il a {{19 ans}}, né en [[DATE_NAISSANCE:1384]] (calendrier persan !). On a mis du temps a comprendre 😅",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Valenciennes}}. Mme [[PERSONNE:Jessica Dupont]], {{30 ans}}, arrive en hurlant de douleur, calculs rénaux. L'agente d'accueil [[PERSONNE:Karine]] la fait passer devant. Un monsieur proteste, « moi j'attends depuis {{4h}} ! ». Carte vitale de Mme [[PERSONNE:Dupont]] : NIR [[NIR:2 94 09 59 606 042 67]]. Née a {{Valenciennes}}, OK avec la carte.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115 du Nord}}, {{18h30}}. {{63 appels}} en attente sur l'écran ! L'écoutante [[PERSONNE:Laurine]] décroche : M. [[PERSONNE:Sébastien Lefort]], {{41 ans}}, dort dans sa voiture, une {{Clio}} grise, plaque [[IMMATRICULATION:CK-551-TW]], garée sur le parking du {{Leclerc}} de {{Seclin}}. Pas de place. Elle note pour demain.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une femme avec un bébé de {{2 mois}}, {{Tourcoing}}. Mme [[PERSONNE:Aminata Sow]]. Tél : [[TELEPHONE:07 68 41 20 93]]. Hôtel trouvé par l'écoutant [[PERSONNE:Maxime]] : {{hôtel F1}} de {{Roncq}}, {{chambre 17}}, pour {{3 nuits}}. Elle répète « merci » au moins dix fois.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} a {{Lille}}, entretien d'admission. M. [[PERSONNE:Zelimkhan Daudov]], tchétchène, réfugié, titre de séjour {{10 ans}}, n° [[IDENTIFIANT:5903317480]]. Il a perdu son logement après un divorce. Travailleuse sociale : [[PERSONNE:Claire Lemoine]]. Il parle russe, elle utilise {{Google Traduction}} sur son tel.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit déj au {{CHRS}} {{Abej}}. {{45 hébergés}}. L'éducateur [[PERSONNE:Rudy]] connait tout le monde par son prénom : « salut [[PERSONNE:Fred]] », « ça va [[PERSONNE:Momo]] ? ». [[PERSONNE:Momo]] a {{60 ans}} et dort ici depuis {{3 ans}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement du {{CHRS}} en diffus, {{Lille-Sud}} : [[ADRESSE:21 rue du Faubourg des Postes, appt 5, 59000 Lille]]. Occupé par M. [[PERSONNE:Moussa Koné]]. La chaudière ne marche plus depuis {{10 jours}}. L'éducatrice [[PERSONNE:Sarah]] appelle le bailleur ({{Vilogia}}) devant nous, réf. locataire [[IDENTIFIANT:VLG-0047718]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{SIAO}} transmet une demande : Mme [[PERSONNE:Gülsüm Yilmaz]] et ses {{4 enfants}}, expulsées de {{Hem}}. Réf {{SIAO}} : [[IDENTIFIANT:SI-59-2024-08812]]. Le chef de service [[PERSONNE:Antoine]] : « on a une T3 qui se libère lundi ». Il raccroche et souffle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Sortie du {{CHRS}} vers un logement {{Partenord}} ! M. [[PERSONNE:Pascal Vanneste]] signe son bail. Nouvelle adresse : [[ADRESSE:4 allée des Cerisiers, 59150 Wattrelos]]. L'équipe a acheté un gâteau {{Carrefour}}. Il me dit : « {{7 ans}} a la rue, {{2 ans}} ici ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de nuit avec l'équipe du {{Samu social}}, {{Lille}} centre. {{23h}}, gare {{Lille-Flandres}}. On rencontre {{7 personnes}}. Une jeune femme ne veut pas donner son nom, juste « [[PERSONNE:Lola]] ». Soupe, couverture. Le maraudeur [[PERSONNE:Kader]] lui laisse sa carte avec le {{115}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Rappel par le {{115}} : place trouvée pour M. [[PERSONNE:Mamadou Bah]] au {{CHRS}} de {{Roubaix}}. Numéro [[TELEPHONE:06 05 93 17 44]]. Messagerie pleine. L'écoutante essaie par SMS. « s'il ne rappelle pas avant {{20h}} on la donne ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Lille}} {{Fives}}. M. [[PERSONNE:Kevin Vasseur]], {{34 ans}}, identifiant [[ID_FRANCE_TRAVAIL:4072315T]]. Cariste, licencié. Veut une formation de soudeur. Le conseiller [[PERSONNE:Hamid Benali]] lui montre les sessions {{AFPA}} a {{Lomme}}. RDV fixé dans {{15 jours}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Samira Lahlou]], {{52 ans}}, aide-soignante. Son identifiant : « [[ID_FRANCE_TRAVAIL:3196620 N]] » (elle le connait par cœur). Veut changer de métier, mal au dos. La conseillère [[PERSONNE:Fanny]] parle de reconversion, bilan de compétences. Elle : « a {{52 ans}} ? » 🙁",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller [[PERSONNE:Hamid]] appelle une entreprise de {{Seclin}} pour une offre n° {{179JKLP}} : préparateur de commandes. Puis appelle un candidat, M. [[PERSONNE:Anthony Wicart]] au [[TELEPHONE:07 81 52 36 09]], identifiant [[ID_FRANCE_TRAVAIL:5580129R]]. Dispo demain {{8h}}. Il saute de joie au tel, on l'entend.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Lens}}. Borne en panne, {{3 personnes}} font la queue pour la seule borne qui marche. Une dame aide un monsieur âgé a s'actualiser. Un autre monsieur fait ses recherches d'emploi sur {{Indeed}} sur son téléphone. Personne a l'accueil pendant {{10 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme de {{19 ans}}, Mme [[PERSONNE:Océane Lefebvre]], veut signer un {{CEJ}}. Identifiant [[ID_FRANCE_TRAVAIL:6209348F]]. Elle a son CV sur {{clé USB}}. Mail : [[EMAIL:oceane.lfbvre@gmail.com]] (sans le e !). La conseillère [[PERSONNE:Noémie]] : « on va vous trouver une adresse plus pro » 😄",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant de M. [[PERSONNE:Bogdan Popescu]], maçon, {{Calais}}. Il ne comprend pas pourquoi son {{ARE}} est a {{0 €}} ce mois. Identifiant lu sur le courrier : [[ID_FRANCE_TRAVAIL:7315027 K]]. La conseillère voit une fin de contrat non déclarée. Il a aussi changé de banque, il dicte son IBAN : [[IBAN:FR76 1670 6050 1252 1487 6301 994]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective « créer son entreprise » a {{Boulogne-sur-Mer}}. {{11 participants}}. L'intervenante de la {{CCI}} parle du statut micro. Un participant, M. [[PERSONNE:Jordan Maes]], a déjà son SIRET d'auto-entrepreneur : [[IDENTIFIANT:912 348 776 00012]]. Il fait des tatouages, il montre son insta [[IDENTIFIANT:@jordan.ink.62]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}. Une dame veut un rdv pour son fils de {{20 ans}} qui « ne veut rien faire ». L'agent explique que c'est au fils d'appeler. Elle donne quand même le nom, [[PERSONNE:Dylan Marécaux]], et son numéro : [[TELEPHONE:zéro six, vingt-deux, quatorze, quatre-vingt-dix-neuf, zéro trois]]. L'agent note pour un rappel.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Dunkerque}}, un marin ukrainien d'un cargo en escale, blessé a la main. L'agent maritime de l'armateur l'accompagne. Passeport [[IDENTIFIANT:FT482193]], M. [[PERSONNE:Oleksandr Melnyk]]. L'agent donne son numéro pour la facture : [[TELEPHONE:+32 475 28 19 06]]. Personne ne parle {{ukrainien}}, on se débrouille en {{anglais}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes, {{Arras}}. Une résidente, Mme [[PERSONNE:Jennifer Lecomte]], me parle de sa fille placée. Elle veut la revoir. Elle montre la convocation du {{juge des enfants}}, dossier n° [[IDENTIFIANT:324/2023]]. L'éducatrice [[PERSONNE:Hélène]] l'accompagnera. Elle parle vite, elle a peur de rater l'audience du {{14 mars}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'appartement relais, {{Valenciennes}}, M. [[PERSONNE:Ryan Ghesquière]], [[ADRESSE:9 résidence du Hainaut, bât. D, 59300 Valenciennes]]. Tout est en ordre mais le frigo est vide. L'éducateur [[PERSONNE:Yanis]] appelle les {{Restos du Cœur}}. Sa voiture ({{Peugeot}}, [[IMMATRICULATION:BN-283-ZE]]) n'a plus d'assurance, on lui en parle.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Aïcha Diallo]], {{28 ans}}, titre de séjour n° [[IDENTIFIANT:5902748316]], diplôme d'infirmière guinéen non reconnu. Identifiant [[ID_FRANCE_TRAVAIL:2854021H]]. Conseiller : [[PERSONNE:Benoît Lefranc]]. Il lui parle de la passerelle aide-soignante. Elle prend des notes dans un cahier {{Clairefontaine}}, très appliquée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La {{gendarmerie}} appelle pour un blessé en route. Elle donne le nom, M. [[PERSONNE:Christophe Lagache]], et sa date de naissance, [[DATE_NAISSANCE:3 février 1973]]. Et la plaque du tracteur impliqué : [[IMMATRICULATION:AB-123-CD]] (l'agent me dit que ça a l'air faux mais bon). Arrivée prévue dans {{20 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Amiens}}, accueil de jour. {{9h}}. Café, douches ({{6}}), machines a laver ({{2}}, une en panne). Pas de noms dans mes notes : l'équipe me demande de ne pas en prendre ici. La télé passe {{BFM}}, personne ne regarde.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'un demandeur, M. [[PERSONNE:Ahmed Tahiri]]. Il épelle son mail : « [[EMAIL:a point tahiri 59 arobase free point fr]] ». Le conseiller [[PERSONNE:Hamid]] lui envoie {{3 offres}} de chauffeur livreur. Identifiant [[ID_FRANCE_TRAVAIL:8137702C]]. {{6 min}}.",
    ),
]

# Part 6: Mayotte, CCAS, shelters and the 115, France Travail, emergency departments.
NOTES_6 = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Mamoudzou}}, {{3 semaines}} après {{Chido}}. File jusque sur le trottoir. Mme [[PERSONNE:Zaharia Ahmed]], {{5 enfants}}, maison en tôle partie. Elle montre son n° allocataire {{CSSM}} pour prouver sa situation : [[N_ALLOCATAIRE:0649158]]. Bon alimentaire + kit hygiène. Tel [[TELEPHONE:0639 25 80 14]] pour le rappel du relogement. L'agente [[PERSONNE:Nadjima]] a les yeux rouges, elle aussi a tout perdu.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Koungou}}. Un vieux monsieur que l'agent appelle « [[PERSONNE:Baba Chaïdou]] » (le père de [[PERSONNE:Chaïdou]], m'explique-t-il, c'est comme ça qu'on dit). Sur sa carte : M. [[PERSONNE:Abdallah Mroudjae]]. Il veut une aide pour son toit. L'agent [[PERSONNE:Amir]] lui dit « on passe vous voir {{jeudi}} » en {{shimaoré}} puis en français pour moi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Dzaoudzi}}, distribution de packs d'eau. {{2 packs}} par foyer, {{400 foyers}} inscrits. Les gens montrent un papier avec un numéro de foyer tamponné par la {{mairie}}. Les enfants portent les packs sur la tête jusqu'a la barge. {{8h}} - {{12h}} sans pause pour les agents.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription scolaire : le {{CCAS}} fait les attestations de domiciliation pour l'école. Mme [[PERSONNE:Nadia Saindou]], comorienne, son fils [[PERSONNE:Ibrahim]] ({{7 ans}}) n'est pas scolarisé depuis {{1 an}}. Ils vivent a [[ADRESSE:Kawéni, quartier Bandrajou, case derrière le terrain de foot, Mamoudzou]]. L'agente [[PERSONNE:Sitti]] lui fait l'attestation n° [[IDENTIFIANT:ATT-2025-0412]]. Elle serre le papier contre elle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de {{La Réunion}} : la fille de Mme [[PERSONNE:Hanima Boina]], {{84 ans}}, seule a {{Pamandzi}} depuis le cyclone. Tél de la fille : [[TELEPHONE:0692 41 27 83]]. Adresse de la maman : [[ADRESSE:Pamandzi, rue du Stade, maison blanche en face du collège]]. L'agent [[PERSONNE:Fahardine]] programme une visite. « elle ne répond plus au fixe ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour une aide aux obsèques. M. [[PERSONNE:Ali Combo]] : son oncle est décédé hier, enterrement aujourd'hui (tradition musulmane, dans les {{24h}}). Le {{CCAS}} ne peut pas débloquer aussi vite. L'agente explique, il comprend, remercie. Le {{cadi}} et la famille vont s'organiser. {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Depuis {{Chido}}, le standard sonne sans arrêt. En {{1h}} je compte {{27 appels}}, l'agente en prend {{9}}. Les autres sonnent dans le vide. Elle me dit : « les gens appellent pour tout, tôles, bâches, eau, argent ». Le réseau {{Orange}} coupe souvent.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur âgé appelle, l'agente [[PERSONNE:Nadjima]] répond en shimaoré. Il s'appelle [[PERSONNE:Madi Ousseni]], né « présumé en [[DATE_NAISSANCE:1950]] » a {{Sada}}, NIR [[NIR:1 50 01 976 16 009 76]] (lu sur sa lettre de la {{CSSM}}). Il veut savoir si son {{ASPA}} peut être augmentée. Elle l'oriente vers la {{CSSM}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a {{Tsoundzou 1}}, après le cyclone. Famille [[PERSONNE:Houmadi]], [[ADRESSE:Tsoundzou 1, chemin qui monte après la station Total, case bleue sans toit, Mamoudzou]]. Le père, [[PERSONNE:Soilihi Houmadi]], reconstruit avec des tôles récupérées. N° allocataire [[N_ALLOCATAIRE:0481736]]. L'assistante sociale [[PERSONNE:Charlotte Meunier]] prend des photos pour le {{fonds de secours}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation {{APA}} a {{Sada}}. M. [[PERSONNE:Ousseni Mmadi]], né présumé le [[DATE_NAISSANCE:1er janvier 1965]] a {{Sada}}, NIR [[NIR:1 65 01 976 16 024 05]]. Hémiplégique depuis {{2 ans}}. Sa femme s'occupe de tout. Maison en dur mais pas de rampe. L'évaluateur [[PERSONNE:Fahardine]] note : fauteuil, barre d'appui. On mange des bananes vertes et du poisson qu'elle insiste pour nous servir.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{M'Tsangamouji}}. Aide financière exceptionnelle pour Mme [[PERSONNE:Roihamina Saïd]], versement par virement : elle donne son RIB, [[IBAN:FR76 1990 6009 7462 0014 5780 322]]. Visite pour vérifier les travaux du toit, ok. Elle vend des {{mabawa}} grillés au bord de la route, on en achète.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Centre d'hébergement d'urgence, {{Mamoudzou}}. Mme [[PERSONNE:Fatima Attoumani]], victime de violences, orientée par l'{{ACFAV}}. Ses {{3 enfants}} avec elle. Née a {{Pamandzi}} en [[DATE_NAISSANCE:octobre 1994]], NIR [[NIR:2 94 10 976 15 036 54]]. L'éducatrice [[PERSONNE:Anissa]] lui montre la chambre. Elle demande tout de suite ou est la mosquée la plus proche.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, demandeurs d'asile. M. [[PERSONNE:Patient Mbuyi]], congolais ({{RDC}}), attestation n° [[IDENTIFIANT:9762208411]]. Il dort dans la rue a {{Cavani}} depuis le démantèlement du camp du {{stade}}. Tél : [[TELEPHONE:06 39 88 03 51]]. Le travailleur social [[PERSONNE:Julien]] lui donne un sac de couchage. « [[PERSONNE:Patient]], c'est mon vrai prénom » dit-il en riant.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Beaucoup de mineurs isolés ce matin, {{14}} selon le cahier. L'équipe n'a pas le droit de les héberger, ils doivent passer par l'{{ASE}}. Ils restent quand même pour le petit-déj. Un garçon de {{13 ans}} me demande si je suis de la {{préfecture}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Sortant du centre pénitentiaire de {{Majicavo}}, M. [[PERSONNE:Anli Daoud]], né le [[DATE_NAISSANCE:14/05/2003]] a {{Mamoudzou}}, NIR [[NIR:1 03 05 976 11 219 55]]. Le {{SPIP}} l'a orienté ici. Chef de service : Mme [[PERSONNE:Laurent]]. Il dit qu'il ne peut pas rentrer dans son village, « la famille veut plus ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Mayotte}}. Mme [[PERSONNE:Echata Abdou]] appelle : son quartier a été détruit ce matin (décasage a {{Koungou}}). Elle est sur le bord de la route avec {{6 enfants}}. Tél [[TELEPHONE:06 39 14 72 09]]. L'écoutant [[PERSONNE:Nassur]] propose {{2 nuits}} au gymnase. Elle dit qu'elle va aller chez une tante a {{Trévani}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Les gendarmes de {{Sada}} appellent le {{115}} pour un homme âgé trouvé sous un abri bus. Nom : [[PERSONNE:Bourhane Ali]], né « vers [[DATE_NAISSANCE:1958]] » selon lui. Pas de famille connue. L'écoutant [[PERSONNE:Nassur]] cherche une place, rien. Il rappelle les gendarmes {{40 min}} après.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Ligne {{115}} saturée tout l'après-midi. Sur le tableau blanc : {{0 place}} disponible. L'écoutant répond quand même a chaque appel, « je prends votre nom et je rappelle ». Il ne rappellera pas ce soir, il le sait.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{SIAO}} appelle pour une place en CHRS : Mme [[PERSONNE:Raïssa Madi]], réf. [[IDENTIFIANT:SIAO976-25-0097]]. Elle a {{2 enfants}} et un CDD a la {{mairie}} de {{Chiconi}}. L'éducatrice [[PERSONNE:Anissa]] dit oui pour la semaine prochaine. Contact de Mme [[PERSONNE:Madi]] : [[EMAIL:raissa.madi@outlook.com]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de logement accompagné a {{Cavani}} : [[ADRESSE:résidence Les Manguiers, escalier B, 2e étage, 97600 Mamoudzou]]. M. [[PERSONNE:Houssamoudine Attoumani]] y vit depuis {{4 mois}}. L'eau est coupée {{2 jours}} sur 3 (tours d'eau), bidons partout. L'éducateur [[PERSONNE:Julien]] note les fuites pour la {{SIM}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Petite-Terre}}, hébergement en diffus. Mme [[PERSONNE:Nourainya Soumaïla]] est partie en {{métropole}} sans prévenir, dit la voisine. Sa voiture est encore la, plaque [[IMMATRICULATION:FL-093-KS]]. L'éducatrice [[PERSONNE:Anissa]] appelle son portable [[TELEPHONE:0639 51 62 07]] : messagerie. On laisse un mot.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite annulée a moitié : la piste vers {{Vahibé}} est un torrent de boue après la pluie. On fait demi-tour. L'éducateur téléphone a la famille pour reporter. Rien a noter d'autre, {{1h30}} de voiture pour rien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Kawéni}}. M. [[PERSONNE:Anfane Ahmed]], {{21 ans}}, bac pro. Identifiant [[ID_FRANCE_TRAVAIL:9120448A]]. Veut partir en {{métropole}} avec {{LADOM}}. La conseillère [[PERSONNE:Soumaya]] imprime le dossier. Mail : [[EMAIL:anfane.ahmed976@gmail.com]]. Il me dit qu'il a un cousin a {{Marseille}} qui l'attend.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Zoubeida Mohamed]], comorienne, carte de séjour pluriannuelle n° [[IDENTIFIANT:9760719255]]. Inscription après un CDD de vendeuse chez {{Jumbo Score}}. Identifiant [[ID_FRANCE_TRAVAIL:1047823S]]. RIB pour l'{{ARE}} : [[IBAN:FR76 2004 1010 2207 3145 8916 079]]. Née a {{Moroni}} en [[DATE_NAISSANCE:mars 76]], NIR [[NIR:2 76 03 99 397 144 24]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{7h15}}, devant l'agence. {{70 personnes}} environ, portail fermé. Ouverture {{7h30}}. Le vigile fait entrer par groupes de {{10}}. Beaucoup de jeunes, casquettes, tongs. Une dame vend des beignets a la sortie 🙂",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Antenne {{Dzaoudzi}}. M. [[PERSONNE:Kamardine Saïd]] postule agent de piste a l'{{aéroport de Pamandzi}}. Identifiant [[ID_FRANCE_TRAVAIL:4803312G]]. Il faut le {{permis B}} : il l'a, et une voiture, plaque [[IMMATRICULATION:GH-452-RT]]. La conseillère [[PERSONNE:Mariame]] envoie le CV direct au recruteur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme de {{Chiconi}}, parle {{kibushi}} a sa mère et français a la conseillère. Mme [[PERSONNE:Faïza Velou]], née le [[DATE_NAISSANCE:22/12/2005]]. Veut entrer au {{RSMA}}. Identifiant [[ID_FRANCE_TRAVAIL:2219056W]]. La conseillère [[PERSONNE:Soumaya]] : « ils prennent les filles, oui ». Sa mère applaudit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Mariame]] appelle M. [[PERSONNE:Youssouf Abdallah]] pour une offre de maçon a {{Longoni}}. Numéro [[TELEPHONE:+262 639 60 41 12]]. Identifiant [[ID_FRANCE_TRAVAIL:6651907J]]. Il dit oui avant qu'elle finisse sa phrase. Il commence {{lundi}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une jeune femme appelle pour son {{actualisation}}. Elle dicte son mail : « [[EMAIL:naima tiret soilihi arobase hotmail point fr]] ». La conseillère [[PERSONNE:Soumaya]] renvoie le lien. Mme [[PERSONNE:Naïma Soilihi]], identifiant [[ID_FRANCE_TRAVAIL:3390514E]]. Le réseau coupe, elle rappelle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Au téléphone toute la matinée : coupures réseau, {{5}} appels perdus en cours. La conseillère note les numéros sur un post-it pour rappeler plus tard. Elle me dit « avant {{Chido}} c'était déjà comme ça, en pire maintenant ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Centre de référence de {{Dzoumogné}}, urgences de jour. Petite fille {{5 ans}}, brûlure a la main (marmite). Père : M. [[PERSONNE:Ahamada Bacar]], tél [[TELEPHONE:06 39 27 15 98]]. L'enfant s'appelle [[PERSONNE:Soifa]]. L'infirmier [[PERSONNE:Moussa]] panse, puis appelle le {{CHM}} pour un avis.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHM}}, urgences, {{1 mois}} après le cyclone. Tente militaire installée devant (hôpital de campagne). M. [[PERSONNE:Mohamed Issihaka]], blessé au dos en réparant un toit, né a {{Koungou}} en [[DATE_NAISSANCE:décembre 1998]], NIR [[NIR:1 98 12 976 10 073 53]]. Médecin de la sécurité civile, Dr [[PERSONNE:Perrin]]. Tout le monde est en sueur.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'infirmière d'accueil [[PERSONNE:Soifia]] rappelle un père pour dire que son fils peut sortir. Fixe de la maison : [[TELEPHONE:02 69 62 14 33]]. Personne. Portable : [[TELEPHONE:06 39 02 47 71]], ça répond. Le fils, [[PERSONNE:Mansour]], attend dans le couloir avec son bras dans le plâtre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une femme appelle en pleurs : son fils a été amené par les {{pompiers}}. Elle donne son nom, [[PERSONNE:Ridjali Abdou]], et sa date de naissance : « le [[DATE_NAISSANCE:3 mars 2008]] ». L'agente confirme qu'il est la. « il est vivant ? » — « oui madame ». {{1 min}}.",
    ),
]

# Part 7: mixed, all sites.
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Mélissa Hennebelle]], {{RSA}}, {{Wattrelos}}. Elle a changé de banque, tend un RIB imprimé tout froissé : [[IBAN:FR7616275002000811254632767]] (sans espaces, l'agente recompte {{2 fois}}). N° alloc [[N_ALLOCATAIRE:2207419]]. L'agente, Mme [[PERSONNE:Lejeune]], lui dit que le virement suivra le {{5}}. « le {{5}} ?? j'ai plus rien a manger le {{5}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Nouvelle borne a l'entrée, écran tactile, {{6 langues}} dont l'{{arabe}} et le {{roumain}}. Une dame âgée appuie {{10 fois}} sur « français », ça ne réagit pas. L'agent d'orientation vient, appuie une fois, ça marche. Elle : « ah ben c'est vous qu'elle aime ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Je remarque le script collé sous l'écran de l'agente : « bonjour, {{Caf du Nord}}, [prénom] a votre écoute ». Elle ne le lit jamais. Elle dit « oui bonjour » avec l'accent ch'ti et les gens se détendent. {{16 appels}} en {{2h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Giovanni Russo]], retraité, appelle pour l'{{APL}} de son petit-fils étudiant. L'agent ne peut rien dire. Il donne quand même son RIB « au cas ou », en bloc : [[IBAN:30027 17581 00020418705 39]]. L'agent l'arrête. « C'est pour vous aider monsieur, ne dictez jamais ça au tel ». Tél laissé : [[TELEPHONE:06 47 81 30 25]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Chantal Vandamme]] appelle pour son fils [[PERSONNE:Logan]] ({{20 ans}}), qui « ne sait pas faire ». N° alloc du fils : [[N_ALLOCATAIRE:4518037]]. L'agent demande a parler au fils. Il est la, il dit juste « ouais ». Mail du fils : [[EMAIL:logan.vdm@gmail.com]]. Dossier fait, la mère parle tout du long par-dessus.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle a {{Roubaix}}, quartier de l'{{Epeule}}. [[ADRESSE:63 rue de Lannoy, 59100 Roubaix]]. Mme [[PERSONNE:Hafsa El Amrani]], {{AAH}} + {{APL}}. N° alloc [[N_ALLOCATAIRE:6730285]]. Contrôleuse : [[PERSONNE:Isabelle Desmet]]. Une voiture avec une plaque allemande [[IMMATRICULATION:DU-KM 4521]] est garée devant : « mon frère en visite ». Photos, {{20 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Aire d'accueil des gens du voyage, {{Liévin}}. M. [[PERSONNE:Tony Duville]], [[ADRESSE:aire d'accueil de la Gare d'eau, emplacement 14, Liévin]]. Caravane immatriculée [[IMMATRICULATION:EV-902-SC]], fourgon [[IMMATRICULATION:ED-417-PL]]. Son chien {{Rocky}} aboie tout le long. Contrôle de la résidence pour les {{AF}}, RAS. Le contrôleur [[PERSONNE:Jérôme]] connait la famille depuis {{15 ans}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Amiens}}, quartier {{Étouvie}}. Personne au [[ADRESSE:8 rue Paul Claudel, 80080 Amiens]]. La voisine : « Mme [[PERSONNE:Nowak]] ? Elle est chez sa fille a {{Abbeville}} depuis {{Noël}} ». Alloc [[N_ALLOCATAIRE:3091846]]. La contrôleuse [[PERSONNE:Agnès]] laisse un avis de passage.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Baptiste Santoni]], né a {{Ajaccio}} le [[DATE_NAISSANCE:19/07/1988]], muté a {{Lille}} (fonctionnaire). NIR : [[NIR:1 88 07 2A 004 123 38]]. L'agente n'avait jamais vu un NIR avec un « A » dedans, elle croit a une erreur ! Un collègue explique la {{Corse}}. On rigole tous.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Je note les phrases qui reviennent : « je vous passe un collègue », « ça dépend de votre employeur », « regardez sur votre compte {{ameli}} ». Un appel sur {{3}} se termine par « rappelez demain ». L'agent me dit qu'il fait {{60 appels}} par jour les bons jours.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Anne-Sophie Declercq]], {{congé maternité}}, {{IJ}} pas versées. NIR dicté : [[NIR:2 85 02 59 599 146 17]]. Nouvelle banque, elle lit l'IBAN : « [[IBAN:FR76 1010 7004 1800 6235 1180 274]] ». L'agent [[PERSONNE:Cédric]] met a jour. « vous serez payée sous {{10 jours}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Frontalière : Mme [[PERSONNE:Griet Vanderplancke]], belge, vit a {{Halluin}}, travaille a {{Menen}}. Née en {{Belgique}} en [[DATE_NAISSANCE:octobre 1983]], NIR [[NIR:2 83 10 99 131 052 08]]. Formulaire {{S1}} perdu. Tél belge : [[TELEPHONE:+32 486 41 07 29]]. L'agente lui explique en {{15 min}} le circuit avec la mutualité.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Journée de tournée prévue, {{4}} contrôles d'arrêt. Les {{4}} assurés étaient la. L'agent me dit que c'est {{90 %}} du temps comme ça. Beaucoup de route, {{140 km}}, un sandwich au {{Paul}} de la gare d'{{Arras}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail a {{Calais}}, quartier du {{Beau-Marais}}. M. [[PERSONNE:Sylvain Fournier]], [[ADRESSE:11 rue des Marronniers, 62100 Calais]]. Absent. Sa camionnette [[IMMATRICULATION:FA-306-QJ]] n'est pas la non plus. L'agente [[PERSONNE:Sandrine]] note « absent, véhicule absent ». Ça part en procédure.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Arras}}. M. [[PERSONNE:Maxime Delcourt]], né en [[DATE_NAISSANCE:janvier 92]] a {{Arras}}, NIR [[NIR:1 92 01 62 041 077 43]], [[ADRESSE:5 impasse Saint-Géry, 62000 Arras]]. Arrêt pour lombalgie. Il ouvre en pyjama, il était couché. L'agent [[PERSONNE:Olivier]] s'excuse, {{2 min}}. Sur la table : {{Doliprane}}, manette de PS5.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Rose Lefèvre]], {{71 ans}}, vient pour une aide au chauffage. Elle a mis une {{rose}} en tissu a sa veste. L'aide de {{200 €}} est votée, versement sur son compte : [[IBAN:FR76 1010 7005 1200 3172 9440 536]]. L'agente [[PERSONNE:Sabrina Hamdi]] lui demande de signer {{3 fois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour savoir les horaires de l'{{épicerie solidaire}}. L'agent répond : {{mardi}} et {{vendredi}}, {{14h}}-{{17h}}. Elle demande si on peut venir avec son caddie. Oui. Fin. Ça fait du bien un appel simple.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un voisin appelle pour M. [[PERSONNE:Marcel Dubois]], {{86 ans}}, qui chauffe au {{bois}} dans un appart sans cheminée 😳 Adresse : [[ADRESSE:2 rue Pasteur, 59200 Tourcoing]]. Tél du voisin [[TELEPHONE:03 20 26 84 51]]. L'agente [[PERSONNE:Julie]] prévient les {{pompiers}} pour une visite de prévention.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Halima Cherifi]] appelle pour le {{chèque énergie}}, pas reçu. L'agent explique que ce n'est pas le {{CCAS}}, c'est l'État, donne le numéro vert. Elle veut un rdv quand même. Tél [[TELEPHONE:07 69 14 52 38]], mail [[EMAIL:halima.cherifi@sfr.fr]]. Rdv {{jeudi}} {{10h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée : la dame a été hospitalisée hier soir, nous dit la voisine sur le palier. L'évaluatrice appelle l'hôpital pour savoir combien de temps. On repart. {{25 min}} de trajet, {{3 min}} sur place.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a {{Tourcoing}}, couple âgé, M. et Mme [[PERSONNE:Vandewalle]] ([[PERSONNE:Roger]] et [[PERSONNE:Gisèle]]), [[ADRESSE:17 rue de Mouvaux, 59200 Tourcoing]]. Demande d'aide pour une douche adaptée. Tél fixe [[TELEPHONE:03 20 94 11 62]]. Aide de {{500 €}} possible, virement sur [[IBAN:FR76 1871 9000 9200 2874 1360 504]]. [[PERSONNE:Gisèle]] nous sert un café avec des {{spéculoos}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe de {{13h30}}. On parle des {{48}} hébergés un par un, mais par numéro de chambre, pas par nom, « pour l'observatrice ». Sujets : alcool, papiers, un départ en {{EHPAD}}. {{1h20}}. Pas de décision sur la machine a café.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Rachid Belhadj]], né en {{Algérie}} en [[DATE_NAISSANCE:novembre 1970]], NIR [[NIR:1 70 11 99 352 204 40]]. Carte de résident n° [[IDENTIFIANT:5901183527]] expirée depuis {{2 mois}}. Il ne peut plus toucher son {{RSA}}. L'éducateur [[PERSONNE:Rudy]] prend rdv en ligne a la {{préfecture}} a {{minuit}} pile, « c'est la seule façon ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Mme [[PERSONNE:Priscilla Degand]], {{27 ans}}, dort dans sa voiture avec son copain sur le parking de la plage a {{Malo-les-Bains}}. Plaque : [[IMMATRICULATION:CF-640-YX]]. Tél [[TELEPHONE:06 30 85 72 14]]. L'écoutant demande si elle est en danger. « non, juste froid ». Pas de place avant {{demain}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du matin, {{6h}}, sous le pont de l'autoroute. {{3 tentes}}. Deux personnes dorment, on ne réveille pas. La troisième prend un café et refuse le {{115}} : « trop de vols la-bas ». On laisse des chaussettes.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement en diffus a {{Roubaix}} : [[ADRESSE:41 rue Pierre de Roubaix, 59100 Roubaix]]. Mme [[PERSONNE:Farida Ould-Ali]] et ses {{2 enfants}}. Les cafards sont revenus. L'éducatrice [[PERSONNE:Sarah]] prévient le bailleur. Mme [[PERSONNE:Ould-Ali]] : « j'ai tout essayé ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite a l'hôtel : {{hôtel Première Classe}} de {{Lesquin}}, {{chambre 208}}. Mme [[PERSONNE:Dorina Lăcătuș]] y vit avec {{3 enfants}} depuis {{8 mois}}. Pas de cuisine, une plaque électrique interdite cachée sous le lit. L'intervenante [[PERSONNE:Claire]] fait semblant de ne pas la voir.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « numérique » : {{8 inscrits}}, {{5}} présents. On apprend a envoyer une pièce jointe. Un monsieur de {{60 ans}} réussit au bout de {{40 min}} et applaudit lui-même. La conseillère aussi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Serhii Bondarenko]], ukrainien, {{APS}} n° [[IDENTIFIANT:5999104726]], ingénieur en génie civil. Identifiant [[ID_FRANCE_TRAVAIL:5206673V]]. Cours de français le matin, il veut bosser l'après-midi. Mail : [[EMAIL:s.bondarenko.ua@gmail.com]]. Le conseiller [[PERSONNE:Benoît]] parle de {{VAE}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Panne du logiciel {{9h}}-{{10h}}. Les conseillers répondent au tél « on vous rappelle », notent sur papier. Une conseillère me montre une liste de {{14}} noms qu'elle a notés, je ne recopie pas. A {{10h05}} tout remarche.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Noémie]] appelle M. [[PERSONNE:Bilal Amara]] pour un job dating {{Décathlon}}. Numéro [[TELEPHONE:07 52 63 18 40]]. Identifiant [[ID_FRANCE_TRAVAIL:4419385Z]]. Il demande s'il faut venir en costume. « non, en baskets, c'est {{Décathlon}} » 😄",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Patrick Lemaire]] appelle : sa rémunération de formation ({{RFF}}) n'est pas arrivée. Identifiant [[ID_FRANCE_TRAVAIL:3028846U]]. Il dicte son IBAN pour vérifier : [[IBAN:FR76 2004 1000 0104 5871 2020 078]]. Le conseiller trouve une erreur d'un chiffre dans le dossier. Corrigé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente, {{samedi}} soir. Match du {{LOSC}} a la télé, la moitié de la salle regarde. Quand {{Lille}} marque, un blessé a la cheville se lève pour crier et se rassoit en grimaçant 😂",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h}} du matin. L'agente d'accueil tient seule le guichet depuis {{21h}}. Elle a enregistré {{44 patients}}. Elle me dit qu'elle ne boit pas pour ne pas avoir a aller aux toilettes. Je ne sais pas quoi répondre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Étudiant, {{20 ans}}, alcool, amené par ses potes a {{3h}}. M. [[PERSONNE:Hugo Fréville]], né le [[DATE_NAISSANCE:05/05/2004]]. Son pote donne son propre numéro pour le rappel : [[TELEPHONE:06 98 21 45 70]]. IPP créé [[IDENTIFIANT:80061244]]. L'interne : « a demain les gars » (ironique).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dame de {{89 ans}} de {{Lomme}}, chute, amenée par son aide a domicile. Mme [[PERSONNE:Germaine Ryckewaert]], née le [[DATE_NAISSANCE:30 avril 1935]], [[ADRESSE:6 rue du Marais, 59160 Lomme]]. L'aide a domicile, [[PERSONNE:Khadija]], reste avec elle, alors que son service est fini depuis {{1h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{15h}}-{{16h}}. {{12 appels}} : des familles, {{2}} médecins de ville, {{1}} erreur (quelqu'un qui voulait un rdv d'ophtalmo). L'agent a un carnet avec les numéros des services qu'il connaît par cœur.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'{{EHPAD Les Orchidées}} appelle pour annoncer le transfert d'une résidente, Mme [[PERSONNE:Odette Verhaeghe]], née le [[DATE_NAISSANCE:11/02/1931]]. L'infirmière de l'EHPAD, [[PERSONNE:Mélanie]], donne son numéro direct : [[TELEPHONE:03 28 52 40 17]]. « elle ne parle plus depuis ce matin ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un chauffeur de {{taxi}} appelle : un patient a oublié un sac dans son taxi, avec dedans un passeport au nom de M. [[PERSONNE:Abdoulaye Traoré]], n° [[IDENTIFIANT:A00472196]]. Le taxi : [[IMMATRICULATION:GK-728-VB]]. L'agent note et dit qu'il va voir si le patient est encore la.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{commissariat}} appelle : un homme interpellé, blessé, arrive sous escorte. M. [[PERSONNE:Kévin Dhainaut]], né le [[DATE_NAISSANCE:14 juin 1996]], domicilié [[ADRESSE:22 rue de Wazemmes, 59000 Lille]]. L'agente me dit « on prépare le box du fond ».",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

# --- Parser, split, writer ---------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep list."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build() -> list[dict]:
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


def split(notes: list[dict]) -> tuple[list[str], list[str]]:
    """Dev / holdout ids, drawn from the ids and the cells only (never the contents)."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
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
    return sorted(dev), sorted(holdout)


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    notes = build()
    by_id = {note["id"]: note for note in notes}
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [by_id[i] for i in dev])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
