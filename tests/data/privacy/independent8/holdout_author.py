"""Independent evaluation corpus n° 8 for the anonymiser (French observation notes).

Every note below was typed by hand, one situation per note. Personal data is marked inline:
``[[P:...]]`` PERSONNE, ``[[NIR:...]]``, ``[[TEL:...]]`` TELEPHONE, ``[[MAIL:...]]`` EMAIL,
``[[IBAN:...]]``, ``[[ADR:...]]`` ADRESSE, ``[[DDN:...]]`` DATE_NAISSANCE,
``[[ALLOC:...]]`` N_ALLOCATAIRE, ``[[FT:...]]`` ID_FRANCE_TRAVAIL, ``[[IMMAT:...]]``
IMMATRICULATION, ``[[ID:...]]`` IDENTIFIANT; strings to keep are marked ``{{...}}``.

Running this script strips the marks, computes the offsets, numbers the notes ``ind8-001``...
in authoring order, splits them (seeded, stratified by site kind and channel, exactly half and
half, notes without entities and rarer labels spread over both halves) and writes
``dev.jsonl`` and ``holdout.jsonl`` next to it. Stdlib only; two runs give identical files.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind8"
SEED = 802408

LABELS = {
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

CAF, CPAM, CCAS, URG, CHRS, FT = (
    "caf",
    "cpam",
    "ccas",
    "urgences",
    "chrs",
    "france_travail",
)
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# (site_kind, channel, marked text), in authoring order.
NOTES = [
    # ---------------------------------------------------------------- caf, accueil physique
    (
        CAF,
        AP,
        "{{9h02}} ouverture, deja {{11 personnes}} dehors sous la pluie. 1ere : Mme [[P:Fatoumata Keïta]], {{prime d'activité}} suspendue depuis {{mars}}. L'agente ([[P:Sandrine]]) ouvre {{Cristal}}, il manque juste la déclaration trimestrielle. Faite sur place en {{12 min}}. N° alloc [[ALLOC:2316548]]. Mme [[P:Keïta]] : « c'est tout ?? »",
    ),
    (
        CAF,
        AP,
        "- vous êtes bien monsieur [[P:Ould Brahim]] ?\n- oui, [[P:Sid'Ahmed Ould Brahim]], avec l'apostrophe\n- votre date de naissance ?\n- [[DDN:14 juillet 1969]]\n- et vous venez pour ?\n- l'{{APL}}, le proprio il dit qu'il a rien reçu\nEn fait l'{{APL}} est versée direct au bailleur ({{Foncia}}) depuis {{janvier}}, {{287,40 €}} par mois. L'agent imprime l'attestation, il repart content.",
    ),
    (
        CAF,
        AP,
        "Borne à tickets en panne de {{10h15}} à {{10h50}}. On distribue des numéros écrits à la main sur des post-it jaunes. L'agent d'accueil dit que « ça arrive une fois par semaine ». {{Personne}} ne râle, c'est ça qui me frappe. Sur la matinée : 4 dossiers {{RSA}}, 2 {{AAH}}, 1 {{ASF}}, 3 attestations de paiement demandées par {{Action Logement}} ou un bailleur.",
    ),
    (
        CAF,
        AP,
        "Mme [[P:Oksana Kovalenko]], arrivée de {{Kharkiv}} en 2022, protection temporaire. Sa fille [[P:Sofiia]] ({{14 ans}}) traduit avec son tel. Demande d'{{ALS}} pour un studio {{Adoma}}. L'agent, [[P:Thierry]], demande l'APS : n° [[ID:3599024417]], valable jusqu'au {{4 mars}}. Il scanne, elle repart avec un récépissé de dépôt.",
    ),
    (
        CAF,
        AP,
        "M. [[P:Boulanger]] (oui, comme le magasin, il le dit lui-même) vient pour une dette d'{{APL}} de {{1 240 €}}. Il rigole : « et mon frigo je l'ai acheté chez {{Boulanger}}, en 10 fois ». L'agente propose un échéancier à {{50 €}}/mois. Il signe sans discuter.",
    ),
    (
        CAF,
        AP,
        "Jeune couple, [[P:Kevin]] et [[P:Laura Moreau-Lefèvre]], quittent le [[ADR:17 rue Henri Barbusse, 93300 Aubervilliers]] pour {{Rennes}} (quartier {{Maurepas}}). 3e enfant en route. L'agente parle de la {{prime de déménagement}} : devis {{Les Déménageurs Bretons}} à {{1 890 €}}, ils en ont aussi un de chez {{Demeco}}. Il faut l'original, pas la photo sur le tel.",
    ),
    (
        CAF,
        AP,
        "ATTENTE {{47 MIN}} AUJ. MME [[P:N'GUESSAN]] AVEC 3 ENFANTS DONT LE PETIT [[P:DARIUS]] QUI HURLE. ELLE VEUT SAVOIR POURQUOI LE {{RSA}} A BAISSE. AGENT : RECALCUL CAR PENSION ALIMENTAIRE DU PERE, M. [[P:KOUAME]], DECLAREE EN {{FEVRIER}}. ELLE NE SAVAIT PAS QU'IL L'AVAIT DECLAREE.",
    ),
    (
        CAF,
        AP,
        "Le monsieur épelle son nom : [[P:K-O-W-A-L-S-K-I]], prénom [[P:Tomasz]]. L'agente tape d'abord [[P:Kowalsky]] avec un y → rien dans {{Cristal}}. 2e essai ok. Il travaille chez {{Lactalis}} à {{Vitré}}, de nuit, vient pour les {{allocations familiales}} de ses 2 filles restées en {{Pologne}}. L'agente lui sort le formulaire {{E411}}, il le connaissait déjà.",
    ),
    (
        CAF,
        AP,
        "Affiche au mur : « {{caf.fr}}, faites vos démarches en ligne ». Juste dessous, 3 postes informatiques, 1 en panne. La volontaire en {{service civique}} aide une dame à créer son compte : {{25 minutes}}, parce que le code par SMS n'arrive pas. Le {{3230}} sature, l'agent le dit lui-même : « on renvoie vers le téléphone qui renvoie vers ici ».",
    ),
    (
        CAF,
        AP,
        "Mme [[P:Adèle Valence]], qui arrive justement de {{Valence}} (« on me le fait à chaque fois »). Mutation du dossier de la Caf de la {{Drôme}} vers l'{{Ille-et-Vilaine}} : 2 mois, pendant ce temps plus d'{{APL}}. Elle pleure un peu. L'agent ([[P:Mathieu Carré]]) fait une demande d'avance sur droits.",
    ),
    (
        CAF,
        AP,
        "Lu sur l'écran pendant qu'elle attend :\n[[P:TRAN THI MAI]] — [[NIR:2 78 11 99 243 045 20]]\nEnfants : [[P:NGUYEN Bao An]] [[DDN:03/02/2015]], [[P:NGUYEN Minh Chau]] [[DDN:21/09/2018]]\nDroits : {{AF}}, {{ARS}}\nElle parle peu français, c'est la voisine, Mme [[P:Le Bihan]], qui fait l'interprète. L'agente parle quand même en face à la dame, pas à la voisine. Bien.",
    ),
    (
        CAF,
        AP,
        "[[P:Yanis]], {{22 ans}}, intérim chez {{Randstad}} puis {{Synergie}}, missions chez {{Lactalis}} et à l'entrepôt {{Leroy Merlin}}. Question : est-ce que ses fiches de paie comptent pour la {{prime d'activité}} ? L'agent : « oui, vous déclarez le net, pas le brut ». Le simulateur de {{mes-droits-sociaux.gouv.fr}} lui donne {{186 €}}. Grand sourire.",
    ),
    (
        CAF,
        AP,
        "Mme [[P:Josiane Le Floch]] arrive avec... son propriétaire ! M. [[P:Gérard Tessier]], bailleur privé, veut savoir pourquoi l'{{APL}} ne lui est plus versée. L'agent refuse de parler du dossier devant lui sans l'accord de Mme [[P:Le Floch]]. Le proprio s'énerve, parle de son « ami à la mairie ». Logement : [[ADR:5 bis impasse des Mouettes, 29200 Brest]], loyer {{430 €}}, dossier [[ALLOC:1045377]].",
    ),
    (
        CAF,
        AP,
        "{{Midi}} pile, fermeture de l'accueil du {{10 cours des Alliés}}, encore 6 personnes. On leur dit de revenir à {{13h30}}. Un monsieur a pris le {{TER}} depuis {{Redon}}, 1h de trajet. L'agente s'en veut, elle m'explique que le jeudi après-midi c'est sur rendez-vous seulement, et que ce n'est écrit nulle part dehors.",
    ),
    # ---------------------------------------------------------------- caf, accueil téléphonique
    (
        CAF,
        AT,
        "Appel 1 : Mme [[P:Maria do Céu Ferreira da Silva]], n° alloc [[ALLOC:0748215]], appelle pour la 3e fois pour un indu de {{412 €}} sur l'{{ASF}}. L'agent ([[P:Romain]]) lui explique en {{2 min}} ce que personne ne lui avait expliqué. Elle : « enfin quelqu'un de clair ».",
    ),
    (
        CAF,
        AT,
        "Le monsieur dicte son numéro : « [[TEL:zéro sept, quarante-deux, dix-huit, zéro zéro, soixante-trois]] ». L'agent relit : [[TEL:07 42 18 00 63]]. M. [[P:Abdoulaye Sow]] voulait juste savoir si son dossier {{AAH}} était « passé à la {{MDPH}} ». Non : c'est la {{MDPH}} qui décide, la Caf paie après.",
    ),
    (
        CAF,
        AT,
        "Adresse mail donnée au tél : [[MAIL:sabrina.heurtaux arobase laposte point net]]. L'agent l'écrit [[MAIL:sabrina.heurteaux@laposte.net]] (faute), je le lui signale, il corrige. Mme [[P:Heurtaux]] attend un mail de réinitialisation de mot de passe depuis {{3 jours}}, il était parti à la mauvaise adresse depuis le début.",
    ),
    (
        CAF,
        AT,
        "{{9h30}} : {{14 conseillers}} connectés, {{212 appels}} en attente. Temps d'attente moyen {{18 min}}. Le superviseur : « le lundi c'est le pire, surtout après le 5 ». Les réponses types sont dans un outil interne qu'ils appellent « la base », personne ne connaît son vrai nom.",
    ),
    (
        CAF,
        AT,
        "M. [[P:Martin Thomas]] (prénom [[P:Martin]], nom [[P:Thomas]] — « on me le fait tout le temps »), caissier chez {{Lidl}}, appelle pendant sa pause. Question sur la {{prime d'activité}} avec ses heures sup de décembre. Réponse en {{4 min}}. Il raccroche avant que l'agent ait dit au revoir.",
    ),
    (
        CAF,
        AT,
        "Mme [[P:Kerguelen]] veut changer son RIB par tél. Impossible : il faut passer par l'espace {{Mon Compte}} ou envoyer le RIB par courrier. Elle le lit quand même en entier, l'agent n'arrive pas à l'arrêter : « [[IBAN:FR76 1558 9228 0504 5128 9314 049]] ». Puis : « c'est le {{Crédit Mutuel de Bretagne}}, agence de {{Landerneau}} ».",
    ),
    (
        CAF,
        AT,
        "Une ado appelle pour sa mère qui ne parle pas français : « c'est pour ma mère, [[P:Aminata Diarra]], mais tout le monde l'appelle [[P:Mimi]] ». L'agent ne peut rien dire sans la mère au bout du fil. Rappel fixé à {{14h}}, la mère sera là et la fille traduira.",
    ),
    (
        CAF,
        AT,
        "L'agent du jour : [[P:Grégoire Pinson]], {{12 ans}} de maison. Il dit que les gens appellent surtout pour savoir « quand ça tombe ». Réponse type : {{le 5 du mois}}, sauf week-end. Il a un {{pinson}} en porte-clés, cadeau des collègues pour ses 50 ans.",
    ),
    (
        CAF,
        AT,
        "appel 4 mr [[P:benali]] pr {{AAH}} + {{APL}}, veut savoir si l'{{AAH}} de sa femme compte ds les ressources. num alloc dit trop vite, l'agent fait repeter 2 fois : [[ALLOC:11 29 547]]. en fait c [[ALLOC:1129547]], trouvé direct. reponse : oui ça compte mais abattement. mr [[P:benali]] pas content",
    ),
    (
        CAF,
        AT,
        "Pendant l'appel je lis l'écran : « [[P:RAKOTOMALALA Hery Nirina]] — né le [[DDN:1991-05-30]] — {{2 enfants}} — {{RSA}} socle ». Il appelle de {{Madagascar}}, parti voir sa mère malade, veut savoir si ses droits sont suspendus. L'agent : au-delà de {{3 mois}} à l'étranger, oui. Il dit qu'il rentre le {{12 avril}}.",
    ),
    (
        CAF,
        AT,
        "Appel très long ({{41 min}}) avec une dame qui pleure, séparation récente. L'agent reste calme, explique l'{{ASF}}, le {{RSA majoré}}, l'intermédiation financière avec l'{{Aripa}}. Elle n'a pas donné son nom tout de suite, l'agent ne l'a pas forcée. À la fin il souffle : « celle-là je vais y penser ce soir ».",
    ),
    (
        CAF,
        AT,
        "M. [[P:Jean-Baptiste Pierre-Louis]] appelle de {{Guadeloupe}}, la Caf là-bas ne répond pas. Adresse : [[ADR:8 allée Toussaint Louverture, 97139 Les Abymes]], « à côté du collège {{Félix Éboué}} ». L'agent lui explique que c'est la Caf de la {{Guadeloupe}} qui gère son dossier, elle ne peut rien faire depuis {{Rennes}}. {{19 min}} pour ça.",
    ),
    (
        CAF,
        AT,
        "Appelant agressif : il menace de venir « voir [[P:Nathalie]] à l'accueil » (une collègue qui lui a refusé un rappel d'{{APL}}). Le superviseur note l'incident dans le registre des incivilités. Il avait donné son n° de dossier sans qu'on le lui demande : [[ALLOC:3345210]]. L'agent tremble un peu après 😬",
    ),
    (
        CAF,
        AT,
        "Rappel demandé au [[TEL:+33 6 71 09 44 28]]. Étudiante, [[P:Chloé Tran-Dumas]], {{ALS}} pour sa chambre {{Crous}} à {{Villejean}}. Elle demande si son job chez {{Columbus Café}} compte. Oui. Elle donne son NIR pour qu'on la retrouve : [[NIR:2 05 07 44 109 320 33]].",
    ),
    # ---------------------------------------------------------------- caf, contrôle sur place
    (
        CAF,
        CSP,
        "Contrôle avec M. [[P:Hervé Quéré]], contrôleur assermenté. 1re visite, isolement : Mme [[P:Sonia Belkacem]], [[ADR:34 rue du Docteur Roux, appt 12, 35200 Rennes]], n° alloc [[ALLOC:1874402]]. Il regarde l'entrée, les chaussures, les brosses à dents, le courrier sur la table. Après : « je cherche un faisceau d'indices, jamais un seul ». RAS, elle vit seule avec ses 2 enfants. {{RSA majoré}} maintenu.",
    ),
    (
        CAF,
        CSP,
        "En bas de l'immeuble, une {{Clio}} grise [[IMMAT:FG-482-KL]]. Le contrôleur note toujours les plaques, « au cas où ». Dans son rapport il écrira que la voiture est au frère de l'allocataire, M. [[P:Yacine Belkacem]], qui habite au [[ADR:9 rue de Belle-Épine à Cesson-Sévigné]].",
    ),
    (
        CAF,
        CSP,
        "Trajet en {{Kangoo}} de service, {{35 min}}. Le contrôleur a {{6 visites}} prévues, en fait 3 personnes absentes. Il laisse un avis de passage à chaque fois. Il dit que 1 contrôle sur 4 seulement finit en indu, et que le plus dur c'est « d'entrer chez les gens ».",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur lit la déclaration sur l'honneur à voix haute avant signature : « Je soussigné [[P:Issa Coulibaly]], né le [[DDN:02/11/1984]] à {{Bamako}} (Mali), demeurant [[ADR:3 place Salvador Allende, 59100 Roubaix]], déclare vivre seul et ne pas héberger d'autre personne. » M. [[P:Coulibaly]] signe sans relire. Il y a {{2 matelas}} dans le salon.",
    ),
    (
        CAF,
        CSP,
        "Logement loué par la {{SCI Les Tilleuls}}, gestion {{Citya}}. Bail au nom de Mme [[P:Ana Paula dos Santos]] seule. Loyer {{610 €}} charges comprises. Le contrôleur photographie la quittance, vérifie que le montant correspond à la déclaration. Oui. Elle travaille chez {{Onet}}, ménage de bureaux, {{5h-9h}}.",
    ),
    (
        CAF,
        CSP,
        "Chez la famille [[P:Hoxha]], 5 enfants, arrivés du {{Kosovo}} en 2016. Le père, [[P:Arben]], montre ses bulletins de paie {{Veolia}} (centre de tri). Le contrôleur relève le n° du titre de séjour : [[ID:3502198765]]. Le petit dernier, [[P:Luan]], me montre son cahier de CP. Durée {{1h10}}.",
    ),
    (
        CAF,
        CSP,
        "Mme [[P:Odile Lemoal]] refuse d'abord d'ouvrir, puis ouvre. Elle dit qu'elle a écrit {{trois fois}} : « mon mail c'est [[MAIL:dede.lemoal29@orange.fr]], personne ne m'a jamais répondu ». Le contrôleur note le mail, promet une réponse écrite. Dans la voiture : « elle a raison, on ne répond pas aux mails ».",
    ),
    (
        CAF,
        CSP,
        "Sur le palier, la voisine nous interpelle : « vous cherchez [[P:Dédé]] ? il est parti chez sa copine à {{Quimper}} ». Le contrôleur ne répond rien. Plus tard : « les voisins, c'est {{50 %}} de fausses infos ». On laisse un avis de passage. On repasse {{jeudi}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle ressources chez Mme [[P:Agnieszka Wiśniewska]]. Mi-temps chez {{Marie Blachère}} (la boulangerie de la zone {{Cap Malo}}), plus des heures de ménage payées en {{CESU}} chez un particulier, M. [[P:Delaunay]]. Les {{CESU}} n'étaient pas déclarés. Indu probable, le contrôleur est gêné : « c'est {{80 €}} par mois ».",
    ),
    (
        CAF,
        CSP,
        "Dans la cuisine : calendrier des pompiers, photo de {{Zidane}} découpée dans {{L'Équipe}} sur le frigo, un {{Thermomix}} encore dans son carton. Le contrôleur remplit sa grille d'entretien sur tablette, {{42 questions}}. Il en saute la moitié « parce que ça se voit ». Entretien : {{35 min}}.",
    ),
    (
        CAF,
        CSP,
        "M. [[P:Nguyễn Văn Hùng]] — sur le PV le contrôleur écrit « [[P:NGUYEN Van Hung]] », sans accents, le logiciel ne les prend pas. Il est cuisinier au {{Saïgon Délices}}, {{rue de Saint-Malo}}. Déclare {{1 200 €}} par mois, le contrôleur demande 3 mois de relevés de compte.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur compare le RIB du dossier avec la carte bancaire : le compte est au nom de [[P:Théo Marchand]], le fils majeur. [[IBAN:FR7616006211110074185296341]]. Donc l'{{APL}} part sur le compte du fils, qui vit à {{Lorient}}. « À creuser », dit-il. La mère, Mme [[P:Brigitte Marchand]], se met à pleurer.",
    ),
    # ---------------------------------------------------------------- cpam, accueil physique
    (
        CPAM,
        AP,
        "M. [[P:Omar El Khatib]] a perdu sa {{carte Vitale}}. L'agente ([[P:Yasmina]]) lit le NIR à voix haute pour vérifier : « [[NIR:1 72 04 13 055 218 87]], c'est bien vous ? » — toute la file entend. Elle commande la nouvelle carte sur {{ameli}}, délai {{3 semaines}}, lui donne une attestation de droits en attendant.",
    ),
    (
        CPAM,
        AP,
        "Mme [[P:Jacqueline Marchetti]], {{81 ans}}, veut résilier sa mutuelle {{Harmonie Mutuelle}} (adhérente n° [[ID:00457812301]]) pour passer à la {{Complémentaire santé solidaire}}. Revenus : {{960 €}} de pension {{Carsat}} + {{Agirc-Arrco}}. Éligible sans participation. Elle veut une carte « comme avant », en papier.",
    ),
    (
        CPAM,
        AP,
        "Accueil sur RDV seulement depuis le Covid. Une borne {{ameli}} en libre-service, un écran qui passe la campagne {{M'T dents}} en boucle. En 1h, {{8 personnes}} sans RDV renvoyées, gentiment, avec un papier où est écrit le {{3646}}. Une dame : « mais c'est au téléphone que j'arrive pas ! »",
    ),
    (
        CPAM,
        AP,
        "Arrêt de travail papier signé Dr [[P:Lefebvre-Sainte-Marie]], envoyé à la mauvaise caisse. Mme [[P:Sylvie Roux]] (aide-soignante à l'{{EHPAD Les Glycines}}) n'a pas d'{{IJ}} depuis 5 semaines. Son médecin traitant est le Dr [[P:Ahmed Benslimane]], qui lui a dit de « voir avec la Sécu ». L'agente fait un signalement interne, promet un rappel sous {{48h}}.",
    ),
    (
        CPAM,
        AP,
        "jeune, [[P:lucas]], 19 ans, 1ere {{carte vitale}}, vient avec sa mere mme [[P:perrin]]. il croit qu'il est encore sur le n° de sa mere. l'agente lui cree son compte {{ameli}} : mail [[MAIL:lucas.perrin2005@gmail.com]], tel [[TEL:0766214590]]. il a l'air de s'ennuyer, c'est la mere qui pose toutes les questions",
    ),
    (
        CPAM,
        AP,
        "M. [[P:Giorgi Beridze]], géorgien, demande d'{{AME}}. Copie de passeport n° [[ID:13AK48210]]. Il est domicilié au {{CCAS}}, donc l'adresse sur le formulaire c'est celle du {{CCAS}}, {{12 place de l'Hôtel de Ville}}. L'agente vérifie les {{3 mois}} de résidence avec une facture {{Free Mobile}}. Dossier complet, rare, elle me le fait remarquer.",
    ),
    (
        CPAM,
        AP,
        "[[P:Hawa Traoré]], née le [[DDN:5 janvier 2001]], enceinte de {{7 mois}}. La déclaration de grossesse n'est jamais arrivée. Sa sage-femme, Mme [[P:Petit]], l'avait pourtant envoyée en ligne. L'agente la retrouve « en anomalie » dans le logiciel et la débloque. La jeune femme repart avec un petit sourire.",
    ),
    (
        CPAM,
        AP,
        "Au mur : {{Mon soutien psy}}, {{Octobre rose}}, « Vaccination : parlez-en à votre médecin ». Dans la salle, une dame lit {{Voici}}, un monsieur dort la tête contre la vitre, un enfant joue avec le distributeur de gel. L'agente d'accueil connaît la moitié des gens par leur prénom.",
    ),
    (
        CPAM,
        AP,
        "[[P:Marie-Ange Delacroix]] part {{6 mois}} à {{Montréal}} en {{PVT}}. Elle veut savoir si elle reste couverte. L'agent lui parle de la {{CFE}} et de l'entente {{France-Québec}}. Elle note tout dans son tel. NIR : [[NIR:2 01 01 75 114 308 31]]. Elle part le {{2 septembre}}.",
    ),
    (
        CPAM,
        AP,
        "Mme [[P:Saïdi]] : son fils [[P:Naïm]] ({{6 ans}}) est hospitalisé à {{Robert-Debré}}, leucémie. Elle veut le remboursement de ses trajets {{Bobigny}} → {{Paris 19e}}. L'agente explique que les trajets des parents ne sont pas remboursés, propose un dossier d'{{action sanitaire et sociale}}. Elle écrit le nom de l'assistante sociale de l'hôpital, Mme [[P:Gaëlle Ronsard]].",
    ),
    (
        CPAM,
        AP,
        "Intérimaire {{Manpower}}, M. [[P:Dos Reis]], accident du travail sur un chantier {{Bouygues Construction}}, pas d'{{IJ}} depuis {{6 semaines}}. L'attestation de salaire n'a pas été envoyée. L'agente appelle l'agence {{Manpower}} de {{Vitré}} devant lui, tombe sur une certaine [[P:Jessica]] qui promet de l'envoyer « aujourd'hui ». Versement prévu sur [[IBAN:FR76 3002 7172 1800 0204 7815 682]]. Il n'y croit pas.",
    ),
    (
        CPAM,
        AP,
        "M. [[P:Sivakumar Tharmalingam]] et sa fille [[P:Tharshini]], {{16 ans}}, qui traduit du tamoul. Courrier reçu : « votre numéro provisoire [[NIR:1 75 03 99 235 018 65]] est remplacé par votre numéro définitif ». Il croyait que c'était une amende. Soulagement général, même l'agente rit.",
    ),
    (
        CPAM,
        AP,
        "Changement d'adresse. Ancienne : [[ADR:22 boulevard de la Liberté, 13001 Marseille]]. Nouvelle : [[ADR:Résidence Les Cigales, bât. 4, 145 chemin de la Madrague-Ville, 13015 Marseille]]. Mme [[P:Zoubida Hamadi]] a déménagé à cause des punaises de lit. Le bailleur, {{13 Habitat}}, l'a relogée en {{3 semaines}}. L'agente : « ça c'est rapide ».",
    ),
    (
        CPAM,
        AP,
        "M. [[P:Louis-Marie de La Villemarqué]], {{70 ans}}, costume, très poli, vient pour ses lunettes : devis {{Optic 2000}} à {{640 €}}, il ne savait pas qu'il existait une offre {{100 % Santé}}. L'agente lui explique les deux paniers. Il dit qu'il est venu en bus, « arrêt {{Charles de Gaulle}} », et qu'il repartira à pied.",
    ),
    # ---------------------------------------------------------------- cpam, accueil téléphonique
    (
        CPAM,
        AT,
        "Appel 1 (plateforme {{3646}}) : M. [[P:Loïc Le Gall]], remboursement kiné pas reçu (cabinet {{Kiné du Parc}}). Il dicte son NIR : « [[NIR:un, quatre-vingt-cinq, dix, cinquante-six, cent soixante-dix-huit, zéro quatre-vingt-treize, cinquante-huit]] ». Le conseiller tape en même temps, se trompe une fois, recommence.",
    ),
    (
        CPAM,
        AT,
        "Mme [[P:Aïssatou Ndiaye]] appelle pour la {{C2S}}. Elle donne son tel : [[TEL:06.58.21.93.07]]. Le conseiller voit que son attestation expire le {{31 mai}}, lui dit de renouveler {{2 mois}} avant. Elle ne savait pas qu'il fallait renouveler.",
    ),
    (
        CPAM,
        AT,
        "Pause café avec 3 téléconseillers. Ils parlent des indicateurs : {{80 %}} des appels décrochés en moins de {{5 min}}. Les arrêts maladie = {{40 %}} des appels. Ils se plaignent du {{SVI}} qui envoie tout le monde sur « autre demande ». L'une a fait {{Sciences Po}}, elle est là « par choix », dit-elle.",
    ),
    (
        CPAM,
        AT,
        "M. [[P:Olivier Hamel]] appelle depuis son jardin, on entend un sécateur, il dit qu'il taille son {{olivier}}. Il veut savoir où en est sa demande d'{{ALD}}. Le médecin conseil n'a pas encore statué. {{7 min}}.",
    ),
    (
        CPAM,
        AT,
        "La dame dit s'appeler [[P:Bouazizi]], le conseiller comprend [[P:Bouazisi]], cherche, rien. Elle épelle : « [[P:B comme Bernard, O, U, A, Z comme Zoé, I, Z, I]] ». Trouvé. Elle appelait pour le remboursement de semelles orthopédiques ({{Podo Santé}}), prescrites en {{janvier}}.",
    ),
    (
        CPAM,
        AT,
        "Mme [[P:Geneviève Carré]] a reçu un SMS « {{ameli}} : votre carte Vitale expire », elle a cliqué et tapé son IBAN sur le faux site : [[IBAN:FR76 3000 3015 4000 0502 8741 641]]. La conseillère lui dit d'appeler tout de suite sa banque ({{Société Générale}}) et de faire opposition. Elle remonte le SMS au service fraude.",
    ),
    (
        CPAM,
        AT,
        "Le conseiller répète pour vérifier : « Donc madame [[P:Lopes Ferreira Rosa]], née le [[DDN:vingt-trois avril mille neuf cent cinquante-six]], c'est bien ça ? » Elle corrige : « non, [[P:Rosa]] c'est le prénom ». Il inverse dans la fiche. Demande : {{pension d'invalidité}}, le versement de {{mars}} n'est pas arrivé.",
    ),
    (
        CPAM,
        AT,
        "M. [[P:Hakim Zerrouki]] appelle pour sa {{pension d'invalidité}} et la {{MDPH}}, il confond les deux. Il donne son n° de dossier MDPH : [[ID:035-2023-118452]]. Le conseiller explique patiemment qui fait quoi. {{14 min}}.",
    ),
    (
        CPAM,
        AT,
        "Appel en anglais : le conseiller se débrouille. Puis un appel en espagnol : il transfère à une collègue hispanophone. Pas de service d'interprétariat au téléphone. Deux appels, {{22 min}} au total. Il me dit que le {{3646}} est gratuit depuis 2020, « mais les gens ne le savent pas ».",
    ),
    (
        CPAM,
        AT,
        "Mme [[P:Cindy Lebreton]], hôtesse de caisse chez {{Carrefour Market}}. Son manager, [[P:Fabrice]], lui dit que son arrêt n'a pas été transmis. Le conseiller voit que si. Elle demande si elle peut avoir ça par écrit « pour lui montrer ». Il dépose une attestation dans son espace {{ameli}}.",
    ),
    (
        CPAM,
        AT,
        "Mail pas reçu. L'adresse dans le dossier : [[MAIL:j.kowalczyk (at) wanadoo.fr]], elle la dicte comme ça, « at ». Mme [[P:Janina Kowalczyk]], {{74 ans}}. {{Wanadoo}} n'existe plus mais son adresse marche encore, dit-elle, son petit-fils a vérifié.",
    ),
    (
        CPAM,
        AT,
        "M. [[P:Bernard Richard]], né le [[DDN:13/08/1949]], énervé : « c'est la faute à {{Macron}} tout ça ». Le conseiller ne relève pas. Il voulait juste un duplicata de sa {{carte Vitale}}. NIR vérifié : [[NIR:1 49 08 29 019 144 60]]. {{6 min}}.",
    ),
    # ---------------------------------------------------------------- cpam, contrôle sur place
    (
        CPAM,
        CSP,
        "Contrôle arrêt maladie. Adresse : [[ADR:12 lotissement Les Genêts, 56300 Pontivy]]. Assuré : M. [[P:Jérémy Le Hénanff]]. Absent à {{10h30}}, alors que les heures de présence sont {{9h-11h}} et {{14h-16h}}. L'agente laisse un avis de passage. Elle me dit que souvent ils sont chez le kiné ou à la pharmacie, « c'est prévu, il suffit de le justifier ».",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'un taxi conventionné : {{Taxis de l'Odet}}, chauffeur M. [[P:Christophe Guivarc'h]], véhicule [[IMMAT:EK-915-TR]]. Il transporte une patiente dialysée de {{Quimper}} à {{Brest}} 3 fois par semaine. L'agente compare les bons de transport et le relevé GPS : {{12 km}} d'écart sur un trajet. Il explique : travaux sur la {{N165}}.",
    ),
    (
        CPAM,
        CSP,
        "Sur la route, l'agente m'explique : on ne rentre jamais sans accord, on sonne 2 fois, on attend {{5 min}}. 4 visites ce matin, 2 personnes présentes. Elle a un badge {{Assurance Maladie}} et une carte professionnelle. Elle dit que c'est le travail qu'elle préfère : « on voit les gens pour de vrai ».",
    ),
    (
        CPAM,
        CSP,
        "Contrôle de facturation à la {{Pharmacie Pasteur}}, titulaire Mme [[P:Hélène Vasseur]]. On regarde les délivrances de pansements pour un patient, M. [[P:Roger Lallemand]], {{88 ans}} : {{1 300 €}} par mois. La pharmacienne sort l'ordonnance de l'infirmière, Mme [[P:Nadia Brahimi]]. Tout colle. On repart au bout d'{{1h30}}.",
    ),
    (
        CPAM,
        CSP,
        "Chez Mme [[P:Gülsen Öztürk]], arrêt depuis {{4 mois}}, lombalgie. Son mari [[P:Murat]] ouvre. Elle est allongée sur le canapé. L'agente vérifie l'identité : carte d'identité n° [[ID:X4RTBPFW4]]. Entretien court. Dans la voiture : « elle a vraiment mal, ça se voit ».",
    ),
    (
        CPAM,
        CSP,
        "Le contrôleur relit son rapport à voix haute dans la voiture : « L'assuré, M. [[P:BENSAÏD Karim]], NIR [[NIR:181037635141903]], était présent à son domicile, [[ADR:7 rue Gustave Flaubert, 76600 Le Havre]], à {{15h10}}. » Il me demande si « présent » suffit ou s'il faut écrire « présent et coopératif ».",
    ),
    (
        CPAM,
        CSP,
        "Voiture garée devant chez l'assuré, plaques belges [[IMMAT:1-GHT-582]]. L'assuré, M. [[P:Van den Bossche]], dit qu'il vit à {{Tourcoing}} mais travaille à {{Mouscron}}. Question : il est frontalier, est-il bien affilié en France ? Le contrôleur note tout pour le service des relations internationales.",
    ),
    (
        CPAM,
        CSP,
        "Entre deux visites, pause dans un {{Intermarché}}. L'agente achète un sandwich, me parle de son assermentation (serment devant le tribunal). {{23 ans}} de maison, elle a commencé au guichet. Elle ne fait plus que des contrôles depuis 2019.",
    ),
    (
        CPAM,
        CSP,
        "{{EHPAD Les Jardins de Brocéliande}} (groupe {{DomusVi}}). Contrôle des actes de kiné facturés. Liste des résidents lue par la directrice : Mme [[P:Yvonne Le Goff]], {{94 ans}} ; M. [[P:Pierre Jaouen]] ; Mme [[P:Marie-Josèphe Le Du]] ; M. [[P:Raymond Kerhervé]]. Le kiné, M. [[P:Sébastien Morvan]], facture 5 séances par semaine pour chacun. La directrice dit qu'il vient « deux fois ». Contrôle approfondi prévu.",
    ),
    (
        CPAM,
        CSP,
        "Sur la boîte aux lettres : « [[P:DIOP - SECK]] ». L'assurée, Mme [[P:Ndèye Fatou Seck]], épouse [[P:Diop]], nous fait entrer. Congé maternité prolongé, pathologique. Rien à signaler, bébé de {{3 semaines}} dans les bras.",
    ),
    (
        CPAM,
        CSP,
        "Infirmier libéral contrôlé sur ses indemnités kilométriques : M. [[P:Grégory Ange]], tournée de {{38 patients}}. Il dit que son prénom c'est [[P:Grégory]] « mais ici tout le monde m'appelle l'[[P:Ange]] ». IK déclarées : {{210 km}} par jour. Le contrôleur veut voir son carnet de bord et son agenda {{Doctolib}}.",
    ),
    (
        CPAM,
        CSP,
        "Enquête accident du travail chez l'employeur : {{Transports Le Floch}}, à {{Châteaulin}}. Salarié : M. [[P:Sékou Camara]], chute du quai de chargement le {{14 février}}. Le chef de quai, [[P:Yannick]] (il ne donne pas son nom), raconte. Témoin : [[P:Gwendal]], intérimaire {{Proman}}. L'enquêtrice prend des photos du quai.",
    ),
    (
        CPAM,
        CSP,
        "3 visites, 3 absents. L'agente remplit les avis de passage dans la voiture, tamponne. Un absent sans motif, c'est une suspension des {{IJ}}, « mais on ne le fait pas pour une fois ». Sa moyenne : {{8 contrôles}} par jour, 1 sur 3 absent.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez Mme [[P:Lucienne Fontaine]], arrêt longue durée. Elle se présente : « [[P:Fontaine]], comme la {{fontaine}} de la place ». Son gendre, [[P:Bruno]], est là. Contrôle ok. Sa carte de mutuelle {{MGEN}} n° [[ID:180457733]] traîne sur la table, à côté d'un catalogue {{La Redoute}}.",
    ),
    # ---------------------------------------------------------------- ccas, accueil physique
    (
        CCAS,
        AP,
        "Aide alimentaire : Mme [[P:Khadija Amrani]], 3 enfants, en retard de loyer chez {{Néotoa}}, n° Caf [[ALLOC:2209815]]. L'agente lui donne un bon pour l'{{épicerie sociale}} ({{2 semaines}}) et l'oriente vers les {{Restos du Cœur}} de la rue {{Saint-Hélier}}. Elle demande aussi le tarif solidaire pour la cantine.",
    ),
    (
        CCAS,
        AP,
        "M. [[P:Ionuț Popescu]] vient chercher son courrier (domiciliation). L'agente cherche dans le casier « P » : 2 lettres, dont une de la {{Préfecture}}. Il signe le registre. Sa femme, [[P:Florentina]], attend dehors avec la poussette. Il dit merci en 4 langues.",
    ),
    (
        CCAS,
        AP,
        "{{11h}}, la salle est pleine : {{9 personnes}}, 2 agents. Le ticket le plus ancien a {{50 min}}. Au mur : planning de l'{{épicerie sociale}}, affiche de la {{Banque alimentaire}}, horaires des permanences de l'{{UDAF}} et du {{Point Conseil Budget}}. Une machine à café gratuite, très appréciée.",
    ),
    (
        CCAS,
        AP,
        "Mme [[P:Marie-Thérèse Le Corre]], {{78 ans}}, veut de l'aide pour remplir un dossier {{APA}}. Elle vit seule, son fils est à {{Lyon}}. L'agente appelle sa fille, [[P:Nadège]], au [[TEL:02 98 44 17 36]], pour savoir qui a les avis d'imposition. On entend la fille soupirer dans le combiné.",
    ),
    (
        CCAS,
        AP,
        "Aide facture {{EDF}} : M. [[P:Alain Bourgeois]], {{890 €}} de retraite, facture de {{612 €}} après régularisation. Réf. client EDF : [[ID:6001458732]]. Il rit : « bourgeois, moi ? ». L'agente monte un dossier {{FSL}} énergie, versement sur son compte [[IBAN:FR76 1380 7008 0232 0215 4871 010]]. Il a aussi un {{chèque énergie}} pas utilisé depuis l'an dernier.",
    ),
    (
        CCAS,
        AP,
        "Inscriptions colis de {{Noël}} des aînés, liste sur le bureau :\n- [[P:ARNAUD Paulette]] 84 ans\n- [[P:Moreau Lucien]] 79\n- [[P:Benhamou Esther]] 88\n- [[P:Gaspard]] ? (juste le nom, écrit comme ça)\nL'agente appelle chaque personne pour confirmer. {{147 inscrits}} cette année contre 160 l'an dernier.",
    ),
    (
        CCAS,
        AP,
        "Mme [[P:Sandrine Jacquet]] montre une lettre de son avocate, Me [[P:Dubreuil-Mercier]] : procédure d'expulsion, audience le {{12 juin}} au tribunal de {{Nanterre}}. L'agente l'oriente vers l'{{ADIL}} et la {{CCAPEX}}. Elle habite la {{cité Pablo Picasso}} depuis 20 ans.",
    ),
    (
        CCAS,
        AP,
        "Tarification solidaire transports : carte {{KorriGo}} pour [[P:Maëlys]], {{17 ans}}, apprentie chez {{Franck Provost}}. La mère, Mme [[P:Guillou]], ne savait pas que sa fille pouvait faire la demande seule. Attestation de {{QF}} imprimée. {{4 min}}, le plus rapide de la matinée.",
    ),
    (
        CCAS,
        AP,
        "[[P:Enzo]], {{19 ans}}, demande une aide d'urgence. Il vit dans sa voiture, une vieille {{Twingo}} [[IMMAT:bv 318 ez]] (plaque écrite comme ça par l'agente sur la fiche). Il travaille chez {{McDonald's}} 15 h par semaine. L'agente appelle la {{Mission locale}} devant lui pour le {{FAJ}}.",
    ),
    (
        CCAS,
        AP,
        "L'agente d'accueil : « ce qu'on voit le plus, c'est les factures d'énergie ». Depuis l'hiver, {{+30 %}} de demandes. {{Grâce}} au {{FSL}} on couvre une partie, le reste c'est le {{chèque énergie}} ou la {{Fondation Abbé Pierre}}, qui tient une permanence le {{mardi}}.",
    ),
    (
        CCAS,
        AP,
        "Mme [[P:Ouattara]] ([[P:Awa]]), née le [[DDN:17.09.1979]], demande une aide pour la cantine de ses enfants à l'école {{Jules Ferry}}. Mail pour la réponse : [[MAIL:awa.ouattara79@yahoo.fr]]. L'agente explique que la commission se réunit le {{mardi}}, réponse sous 15 jours.",
    ),
    (
        CCAS,
        AP,
        "Un monsieur âgé, M. [[P:Lucien de Saint-Exupéry]] (« aucun lien », précise-t-il), vient signaler que sa voisine, Mme [[P:Ginette]], ne sort plus depuis une semaine. L'agente déclenche une visite du service {{maintien à domicile}}. Adresse de la voisine : [[ADR:4 rue Antoine de Saint-Exupéry, bât. B]].",
    ),
    # ---------------------------------------------------------------- ccas, accueil téléphonique
    (
        CCAS,
        AT,
        "Permanence téléphonique du {{CCAS}}. Appel 1 : Mme [[P:Da Costa]], pour la téléassistance de sa mère ({{Présence Verte}}). Elle donne l'adresse de sa mère : [[ADR:16 chemin du Moulin Neuf, 44230 Saint-Sébastien-sur-Loire]]. L'agent transmet au pôle personnes âgées.",
    ),
    (
        CCAS,
        AT,
        "« allo oui c'est [[P:Momo]] » — un habitué, l'agent le reconnaît tout de suite. Il veut savoir si son {{RSA}} a été versé. L'agent lui rappelle que ça c'est la {{Caf}} mais regarde quand même sur {{CDAP}} : versé hier. [[P:Momo]] : « t'es le meilleur [[P:Fred]] ».",
    ),
    (
        CCAS,
        AT,
        "10 appels en 1h. 4 pour les colis de {{Noël}}, 3 pour les aides à la facture d'eau ({{Eau du Bassin Rennais}}), 2 faux numéros, 1 pour savoir où sont les toilettes publiques. L'agent tient un tableau papier avec des bâtons, « plus fiable que le logiciel ».",
    ),
    (
        CCAS,
        AT,
        "Une fille appelle pour son père, M. [[P:Kouadio N'Guessan Yao]], hospitalisé. Elle veut savoir si le CCAS peut payer le loyer de {{mars}}. L'agent lui demande de passer avec l'avis d'échéance du bailleur, {{Habitat 44}}. Tel de la fille : [[TEL:07 81 33 06 92]].",
    ),
    (
        CCAS,
        AT,
        "Appel de l'assistante sociale de l'hôpital, Mme [[P:Laure Rivière]], pour une sortie d'hospitalisation : M. [[P:Daniel Lafleur]], {{67 ans}}, plus de chauffage chez lui. Le CCAS a un logement temporaire libre ? Non. L'agent propose 3 nuits à l'hôtel {{B&B}} de la zone.",
    ),
    (
        CCAS,
        AT,
        "vocal transcrit sur mon tel virgule le {{maire}} appelle lui même pour un administré point monsieur [[P:Roland Gauthier]] qui l'a interpellé au marché point l'agente note les coordonnées deux points [[TEL:06 14 52 87 30]] virgule [[ADR:la haute bourdonnais 35590 saint gilles]] point",
    ),
    (
        CCAS,
        AT,
        "Appelante : « [[P:Lina]] », elle ne donne que son prénom. {{23 ans}}, hébergée chez une amie à {{Villeurbanne}}. Elle demande une domiciliation. L'agent lui explique qu'il faut un lien avec la commune. Elle raccroche en disant « laisse tomber ».",
    ),
    (
        CCAS,
        AT,
        "Dictée au téléphone : « mon mail c'est [[MAIL:rachid point ait tiar arobase gmail point com]] ». L'agent écrit [[MAIL:rachid.aittiar@gmail.com]]. M. [[P:Rachid Aït Tiar]] attend le formulaire d'aide pour les obsèques de sa mère : {{Roc-Eclerc}} lui demande {{3 900 €}}. Il lit aussi son RIB, au cas où : [[IBAN:fr76 3000 4028 3700 0104 5821 393]].",
    ),
    (
        CCAS,
        AT,
        "Le bailleur {{Logirep}} appelle pour signaler une locataire âgée, Mme [[P:Simone]] : « on ne connaît que son prénom, sur la boîte c'est écrit Famille [[P:Tchakarov]] ». L'agente note, une visite sera programmée.",
    ),
    (
        CCAS,
        AT,
        "L'agent me montre le répertoire papier des partenaires : {{Secours populaire}}, {{Croix-Rouge}}, {{Emmaüs}}, {{Saint-Vincent-de-Paul}}, {{Point Conseil Budget}}, {{Restos du Cœur}}. Il ne se sert jamais de l'annuaire informatique, « trop lent ». Les numéros sont notés au crayon, certains barrés 3 fois.",
    ),
    (
        CCAS,
        AT,
        "M. [[P:Patrick O'Brien]], irlandais, installé à {{Dinan}} depuis 30 ans, appelle pour un dossier d'aide ménagère. Il parle mieux breton que moi, dit l'agent. Né le [[DDN:02-03-1944]]. Son médecin : Dr [[P:Le Saux]]. Il veut que « [[P:Maureen]] », sa femme, soit aussi inscrite.",
    ),
    (
        CCAS,
        AT,
        "Appel de Mme [[P:Véronique Leroy]] qui cherchait le numéro de {{Leroy Merlin}} et s'est trompée. L'agente lui donne quand même les horaires du magasin de {{Cesson}}, elle les connaît par cœur. On rit toutes les deux.",
    ),
    (
        CCAS,
        AT,
        "Demande de {{portage de repas}} : Mme [[P:Yvette Bonnaventure]], {{91 ans}}, sortie de l'hôpital {{Pontchaillou}}. Régime sans sel. Adresse : [[ADR:3 square Jean Moulin, 35000 Rennes]]. Livraison à partir de lundi par {{API Restauration}}.",
    ),
    (
        CCAS,
        AT,
        "Un homme appelle pour insulter l'agente parce que son aide a été refusée. L'agente, [[P:Christelle]], reste calme, raccroche au bout de {{6 min}}. Il rappelle 3 fois. Le numéro s'affiche : [[TEL:06 02 47 19 88]]. Elle le note pour la fiche incident.",
    ),
    # ---------------------------------------------------------------- ccas, contrôle sur place
    (
        CCAS,
        CSP,
        "Visite à domicile pour une demande d'aide ménagère : Mme [[P:Renée Guérin]], [[ADR:11 rue des Acacias, 37100 Tours]], NIR [[NIR:2 44 02 87 085 031 24]]. 4e sans ascenseur. L'évaluatrice, [[P:Soizic]], regarde le frigo, la salle de bain, le tapis du salon. Grille {{AGGIR}} : {{GIR 4}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite logement insalubre avec le service hygiène. Locataire : M. [[P:Abdelkader Meziane]]. Propriétaire : M. [[P:Luc Verdier]]. Moisissures, fenêtre cassée. Adresse : [[ADR:27 rue Saint-Nicolas, 2e gauche]]. Humidité mesurée : {{85 %}}. Courrier au propriétaire sous 8 jours.",
    ),
    (
        CCAS,
        CSP,
        "Trajet à pied entre deux visites, quartier {{Bellevue}}. L'agente salue tout le monde, connaît les gardiens, les vendeuses du {{Carrefour City}}. Elle fait {{12 000 pas}} par jour, dit-elle. Elle porte un sac {{Emmaüs}} plein de dossiers.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez M. et Mme [[P:Lopez Martínez]], relogés après un incendie. Ils ont tout perdu, papiers compris. La dame, [[P:Carmen]], se souvient de son n° de passeport espagnol : [[ID:PAF123456]]. L'agente note pour l'attestation de perte. Le petit [[P:Iker]] joue avec un camion {{Playmobil}} donné par les pompiers.",
    ),
    (
        CCAS,
        CSP,
        "Chez Mme [[P:Paulette Rose]] (oui, [[P:Rose]]), {{89 ans}}. Des rosiers en pot partout sur le balcon, elle les montre fièrement : « la {{rose}}, c'est moi ». Demande : {{portage de repas}}. Son neveu [[P:Didier]] gère tout, tel [[TEL:06 80 12 45 09]].",
    ),
    (
        CCAS,
        CSP,
        "Visite pour l'aide au déménagement de Mme [[P:Denise Lacombe]], qui quitte la [[ADR:résidence Les Lilas, appt 203, 8 avenue Jean Mermoz, 69008 Lyon]] pour l'{{EHPAD Korian Les Amandiers}}. Devis {{Déménagements Gauthier Frères}} : {{850 €}}. Le CCAS paie la moitié.",
    ),
    (
        CCAS,
        CSP,
        "Visite d'évaluation téléassistance : M. [[P:Jean-Claude Duval]], {{82 ans}}, veuf, [[ADR:La Grange aux Moines, route de Fougères, 35340 Liffré]]. Tout est noté dans un cahier à spirale : le numéro de sa fille [[P:Martine]], [[TEL:02.99.62.08.41]], celui du kiné, celui du {{Super U}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez les [[P:Mbappé]] (« aucun lien avec le footballeur », dit la maman en riant). Famille de 4, arrivée du {{Cameroun}}, demande d'aide pour des lits. L'agente note : 2 lits superposés chez {{Conforama}}, ou via {{Emmaüs}}, moins cher. Le fils aîné, [[P:Junior]], porte un maillot du {{PSG}} floqué {{Mbappé}}.",
    ),
    (
        CCAS,
        CSP,
        "L'agente m'explique ce qu'elle regarde en entrant chez quelqu'un : l'odeur, le frigo, le courrier pas ouvert, les médicaments, les pieds. Elle ne prend jamais de notes devant les gens, elle remplit tout dans la voiture. 3 visites ce matin, {{1h}} en moyenne chacune.",
    ),
    (
        CCAS,
        CSP,
        "Visite à la demande d'un voisin : M. [[P:Raymond]], « le vieux du 3e », ne répond plus. On sonne, il ouvre en pyjama. Il va bien, il a juste débranché le téléphone « à cause des {{démarcheurs}} ». Nom sur la porte : [[P:R. Lefort-Dumas]].",
    ),
    (
        CCAS,
        CSP,
        "Dossier d'aide sociale à l'hébergement : visite à l'{{EHPAD Les Jardins d'Arcadie}} pour Mme [[P:Ginette Boulay]]. Sa fille, Mme [[P:Catherine Boulay-Nicolas]], est là. Obligés alimentaires : 3 enfants. Le fils, [[P:Patrice]], vit à {{Montpellier}} et « ne répond jamais ». Compte de la mère à la {{Banque Postale}} : [[IBAN:FR67 2004 1010 1304 5871 2T03 561]].",
    ),
    (
        CCAS,
        CSP,
        "Visite chez M. [[P:Kamel Haddad]], qui demande une aide pour un appareil auditif. Devis {{Audika}} : {{1 780 €}}. Sur la table, une lettre de la {{Carsat}} avec son NIR : [[NIR:1 58 01 62 041 275 56]]. Il parle très fort, on comprend pourquoi.",
    ),
    (
        CCAS,
        CSP,
        "Visite d'un logement temporaire du CCAS, {{rue Victor Hugo}}, avant l'arrivée d'une famille. Clés remises par le gardien, M. [[P:Alves]]. Inventaire : 2 lits, 1 frigo {{Beko}}, 1 plaque, pas de rideaux. L'agente appelle {{Emmaüs}} pour les rideaux.",
    ),
    (
        CCAS,
        CSP,
        "Visite commune avec la {{PMI}} chez Mme [[P:Chantal Le Roux]], 4 enfants. Le père est parti. La plus grande, [[P:Océane]], {{15 ans}}, s'occupe des petits. L'agente repère des retards de loyer : bailleur {{Aiguillon Construction}}, n° locataire [[ID:0045-2217-03]].",
    ),
    # ---------------------------------------------------------------- urgences, accueil physique
    (
        URG,
        AP,
        "Accueil des urgences, à côté de l'IOA. {{14h10}} : M. [[P:Franck Duchêne]], {{45 ans}}, douleur thoracique. L'IOA, [[P:Anne-Sophie]], prend les constantes, tri {{niveau 2}}. Il passe en {{10 min}}. Derrière lui, 23 personnes qui regardent.",
    ),
    (
        URG,
        AP,
        "Bureau des entrées, l'agente saisit :\nNom : [[P:GONCALVES]]\nPrénom : [[P:Joaquim]]\nNé le : [[DDN:12/10/1953]]\nAdresse : [[ADR:4 rue des Tanneurs 31000 Toulouse]]\nMutuelle : {{Mutuelle Générale}} n° [[ID:MG77812455]]\nIPP créé : [[ID:80012345]]\nPendant ce temps il attend sur un brancard, pieds nus.",
    ),
    (
        URG,
        AP,
        "Une mère arrive avec son fils, [[P:Mathis]], {{7 ans}}, bras cassé (trampoline). Elle donne sa carte Vitale, l'enfant est rattaché. NIR lu sur la carte : [[NIR:2 87 03 35 238 067 46]]. Attente estimée : {{4h}}. Elle demande s'il y a un {{SOS Médecins}} pas loin.",
    ),
    (
        URG,
        AP,
        "Salle d'attente : {{31 personnes}} à {{21h}}. L'écran affiche le temps d'attente : « 5h ». Sur l'écran quelqu'un a collé un post-it : « {{Patience}} ». Un distributeur {{Selecta}} vide. Un agent {{Securitas}} fait des rondes. Les gens filment l'écran pour l'envoyer à leurs proches.",
    ),
    (
        URG,
        AP,
        "Homme sans papiers, parle seulement arabe soudanais. Il s'appelle [[P:Mohamed Ahmed Osman]] (noté comme ça, l'agente ne sait pas lequel est le nom de famille). Pas de NIR, pas d'{{AME}}. L'agente le rattache à la {{PASS}}. Date de naissance donnée : « [[DDN:1/1/1998]] », comme très souvent.",
    ),
    (
        URG,
        AP,
        "Un monsieur très alcoolisé, connu des {{urgences}}, les agents l'appellent « [[P:Bébert]] ». Vrai nom sur le dossier : [[P:Albert Lemaire]]. Il vient tous les week-ends. L'IOA l'installe sur un brancard dans le couloir. Une aide-soignante lui apporte un café.",
    ),
    (
        URG,
        AP,
        "Mme [[P:Mireille Saint-Germain]], {{68 ans}}, chute à domicile. Sa fille a appelé le {{15}}. Les {{Ambulances Saint-Christophe}} la déposent à {{16h45}}. Le bureau des entrées demande la carte de mutuelle : {{Malakoff Humanis}}, adhérente [[ID:0082541190]]. NIR [[NIR:2 56 04 2A 004 117 59]], née à {{Ajaccio}}.",
    ),
    (
        URG,
        AP,
        "« Vous êtes [[P:Dylan]] c'est ça ? [[P:Dylan]] comment ? » « [[P:Dylan Lebeau]]. » 17 ans, coupé à la main au boulot (plonge au {{Buffalo Grill}}). Mineur : il faut joindre un parent. Tel du père : [[TEL:06-47-22-91-03]]. Le père ne répond pas.",
    ),
    (
        URG,
        AP,
        "Patiente angolaise, [[P:Esperança Kiala]], enceinte, ne parle pas français, accompagnée d'une bénévole de la {{Cimade}}. La bénévole présente le titre de séjour : AGDREF [[ID:7502394418]]. Orientation maternité, directement.",
    ),
    (
        URG,
        AP,
        "L'écran de l'accueil est visible depuis la salle d'attente si on se penche : nom + motif + heure d'arrivée. Je lis sans le vouloir : « [[P:ROUSSEL J.]] — douleur abdo — {{13h52}} », « [[P:M'BAREK S.]] — plaie main — {{14h05}} ». Je le signale à la cadre, elle soupire : « je sais ».",
    ),
    (
        URG,
        AP,
        "L'IOA m'explique la grille de tri {{FRENCH}}, 5 niveaux. Niveau 1 : détresse vitale. Niveau 5 : « ce qui aurait dû aller chez le médecin traitant ». {{40 %}} des patients ce soir sont en tri 4 ou 5. Elle le dit sans reproche. Le {{SAS}} devait régler ça, « on attend ».",
    ),
    (
        URG,
        AP,
        "Un jeune, [[P:Anis]], arrive avec un ami, [[P:Rayan]], qui s'est fait mal au foot. Pas de carte Vitale, juste l'appli {{carte Vitale}} sur son tel. L'agente ne sait pas si elle peut l'utiliser, appelle son chef, M. [[P:Dufresne]]. Au micro, l'agent de sécurité : « la {{Golf}} [[IMMAT:DX-204-PL]] est priée de libérer l'emplacement ambulance ». C'est la leur.",
    ),
    (
        URG,
        AP,
        "Touriste allemand, [[P:Klaus-Dieter Hoffmann]], chute à vélo le long du {{canal d'Ille-et-Rance}}. Carte européenne d'assurance maladie n° [[ID:80276005310012345678]]. Il loge à l'{{Ibis}} de la gare. L'agente parle anglais, lui allemand, ils finissent avec {{Google Traduction}}.",
    ),
    (
        URG,
        AP,
        "Mme [[P:Khadidiatou Ba]] amène sa grand-mère, [[P:Mame Diarra Fall]], {{84 ans}}, déshydratée. Elles habitent [[ADR:bâtiment C, 12 allée Aimé Césaire, 92230 Gennevilliers]]. La petite-fille : « le 15 nous a dit de venir ». Attente sur brancard : {{6h}}.",
    ),
    # ---------------------------------------------------------------- urgences, accueil téléphonique
    (
        URG,
        AT,
        "Standard des urgences. Une femme cherche son mari : « [[P:Gérard Poulain]], il est arrivé en ambulance vers {{18h}} ». L'agente ne peut rien confirmer sans vérifier l'identité, demande la date de naissance : [[DDN:28 février 1951]]. Elle confirme qu'il est là, rien de plus.",
    ),
    (
        URG,
        AT,
        "Le téléphone sonne toutes les {{2 min}}. La plupart : « combien de temps d'attente ? ». Réponse : « on ne peut pas savoir ». 3 appels pour savoir si le parking est payant ({{Indigo}}, {{2 €}} de l'heure). 1 appel d'un pharmacien.",
    ),
    (
        URG,
        AT,
        "Le {{Samu}} appelle pour annoncer une arrivée : homme, {{30 ans}}, polytraumatisé, scooter, nom inconnu. 10 min plus tard : « il s'appelle [[P:Thibault Ravenel]], on a trouvé ses papiers ». Carte d'identité n° [[ID:091234567890]].",
    ),
    (
        URG,
        AT,
        "Appel de l'{{EHPAD Saint-Joseph}} : ils envoient Mme [[P:Germaine Kerjean]], {{97 ans}}, fièvre. L'infirmière de l'EHPAD, [[P:Solène]], dicte les traitements ; médecin traitant Dr [[P:Hamon]]. L'agent note sur un papier, puis recopie dans {{ResUrgences}}.",
    ),
    (
        URG,
        AT,
        "Un homme appelle en colère, sa mère attend depuis {{9h}}. « Je m'appelle [[P:Kader Benyamina]], vous allez entendre parler de moi. » Il donne son numéro : [[TEL:06 23 45 78 9]] (il manque un chiffre). L'agente ne le rappellera pas, de toute façon.",
    ),
    (
        URG,
        AT,
        "1h au standard avec l'agent : {{17 appels}}. 9 familles, 3 ambulanciers, 2 médecins de ville, 1 gendarmerie, 2 erreurs. Il a un cahier où il note tout, en plus du logiciel {{ResUrgences}}. Il me montre sa colonne « gens gentils » : 4 bâtons.",
    ),
    (
        URG,
        AT,
        "Appel d'un généraliste, Dr [[P:Ayodele Okonkwo]], cabinet à {{Saint-Herblain}}. Il adresse une patiente, Mme [[P:Valérie Chauvin]], suspicion de phlébite. Il laisse son numéro direct pour le retour : [[TEL:02 40 86 31 57]].",
    ),
    (
        URG,
        AT,
        "La {{gendarmerie}} appelle pour savoir si un certain [[P:Jordan Lecomte]] est passé cette nuit. L'agent refuse : il faut une réquisition écrite. Le gendarme insiste, donne son nom, adjudant [[P:Masson]], et son numéro : [[TEL:+33 2 99 78 21 40]]. L'agent note, ne dit rien.",
    ),
    (
        URG,
        AT,
        "Appel en {{anglais}} d'une touriste, [[P:Emily O'Connor]], qui cherche son amie [[P:Siobhan]], hospitalisée. L'agente demande la date de naissance de l'amie : « [[DDN:April 4th, 2002]] ». Elle confirme, donne juste le nom du service, pas le numéro de chambre.",
    ),
    (
        URG,
        AT,
        "Un fils appelle pour sa mère, Mme [[P:Nguyen Thi Lan]]. « Elle a un numéro chez vous, je crois, un IPP ? » Il le lit sur un ancien courrier : [[ID:P00783921]]. L'agente retrouve le dossier : {{box 7}}.",
    ),
    (
        URG,
        AT,
        "Le soir, l'agent me dit que les appels des familles sont « le plus dur ». Pas le droit de donner d'info médicale. On répond « il est pris en charge ». Un appel a duré {{11 min}} pour ça. Il raccroche, se lève, va boire un verre d'eau.",
    ),
    (
        URG,
        AT,
        "La {{Pharmacie de la Gare}}, de garde, appelle : ordonnance des urgences illisible, patient M. [[P:Serge Lemercier]]. Le pharmacien veut parler au médecin qui l'a faite, Dr [[P:Ibrahima Sylla]]. L'agent transfère, ça sonne dans le vide.",
    ),
    (
        URG,
        AT,
        "« Bonjour, c'est la maman de [[P:Lilou]], la petite de 4 ans arrivée avec les pompiers. » L'agent demande le nom : « [[P:Lilou Marchal-Benoît]] ». Il vérifie la date de naissance : [[DDN:03/06/2021]]. Il lui dit de venir directement aux {{urgences pédiatriques}}, porte B.",
    ),
    (
        URG,
        AT,
        "L'assistante sociale des urgences appelle la {{Caf}} pour un patient, M. [[P:Jacky Bertin]], qui sort demain sans logement. Elle donne son n° alloc : [[ALLOC:5021637]]. Elle me dit que la Caf ne répond jamais au {{3230}}, elle a une ligne partenaire « qui répond une fois sur deux ».",
    ),
    # ---------------------------------------------------------------- urgences, contrôle sur place
    (
        URG,
        CSP,
        "Sortie avec l'équipe mobile psychiatrie-précarité rattachée aux urgences. Campement sous le périph, {{porte de la Chapelle}}. [[P:Abdullah]], afghan, {{25 ans}}, plaie infectée au pied. L'infirmier, [[P:Julien]], refait le pansement sur place. Il a une attestation {{AME}} : [[NIR:1 99 02 99 212 027 39]]. RDV à la {{PASS}} {{mardi}}.",
    ),
    (
        URG,
        CSP,
        "Visite au domicile d'un patient sorti des urgences hier : M. [[P:Henri Le Meur]], {{80 ans}}, [[ADR:2 rue de Kerbriant, 29200 Brest]]. L'assistante sociale vérifie que le portage de repas a commencé. Oui. Dans la cour, une vieille {{Renault 4}} immatriculée [[IMMAT:2471 RK 29]], « elle roule encore ».",
    ),
    (
        URG,
        CSP,
        "Dans la voiture de l'équipe mobile : siège bébé, cartons de kits d'hygiène de la {{Croix-Rouge}}, une boîte de {{Doliprane}}. L'infirmier fait {{120 km}} par jour. Ils voient 8 à 10 personnes par sortie, « les mêmes, souvent ».",
    ),
    (
        URG,
        CSP,
        "Maraude de l'équipe mobile au {{parc de la Tête d'Or}}. Une femme, connue sous le nom de « la [[P:Baronne]] », refuse tout soin depuis 3 ans. Vrai nom selon le dossier : [[P:Éliane Vautrin]], née le [[DDN:19/04/1962]]. L'infirmière lui laisse un sandwich {{Paul}} et une bouteille d'eau.",
    ),
    (
        URG,
        CSP,
        "Visite post-urgences chez Mme [[P:Fatima Zahra Benjelloun]], {{58 ans}}, diabétique, plaie au pied. L'infirmière de coordination vérifie que l'infirmière libérale passe : Mme [[P:Karine Hervé]], tous les jours à {{8h}}. Le mari, [[P:Driss]], note les glycémies dans un cahier {{Clairefontaine}}.",
    ),
    (
        URG,
        CSP,
        "Visite au foyer {{Adoma}} de {{Saint-Ouen}} pour un patient parti des urgences sans attendre. M. [[P:Mamadou Diakité]], chambre 214. Il va bien, dit-il. L'infirmier lui fait signer la décharge et note son tel : [[TEL:07.53.18.44.26]].",
    ),
    (
        URG,
        CSP,
        "Avec la PASS mobile dans un campement de familles roms à {{Villeneuve-d'Ascq}}. L'infirmière vaccine 4 enfants. La mère, [[P:Florica Stoica]], montre un carnet de santé roumain. Enfant : [[P:Denisa]], née le [[DDN:09.11.2019]]. Une voiture à plaques roumaines devant la caravane : [[IMMAT:CJ 07 RTA]].",
    ),
    (
        URG,
        CSP,
        "Visite de l'assistante sociale des urgences chez un ancien patient SDF qui vient d'avoir un logement : M. [[P:Thierry Dos Santos]], [[ADR:Résidence Le Bois Perrin, 54 rue de Châtillon, appt 5, 35000 Rennes]]. Bailleur {{Espacil}}. Pas encore de lit, il dort sur un matelas {{Ikea}}. Il est fier.",
    ),
    (
        URG,
        CSP,
        "Débrief de l'équipe mobile dans le camion : 9 personnes vues, 2 orientées vers les urgences, 1 refus. Ils parlent du {{115}} saturé et de la {{PASS}} qui ferme à {{16h30}}. {{Personne}} ne prend de pause déjeuner.",
    ),
    (
        URG,
        CSP,
        "Visite à domicile après {{14 passages}} aux urgences en un an : M. [[P:Gilbert Caron]], {{71 ans}}, seul. L'infirmière coordinatrice lui parle de la téléassistance {{Vitaris}}. Il montre la photo de sa femme, [[P:Jeannine]], morte l'an dernier. Il appelle le {{15}} « pour parler à quelqu'un ».",
    ),
    (
        URG,
        CSP,
        "Équipe mobile gériatrique, visite chez Mme [[P:Ida Rosenberg]], {{93 ans}}, [[ADR:6 rue Gambetta, 67000 Strasbourg]]. Sa fille au téléphone depuis {{Tel-Aviv}} : [[TEL:+972 54 123 4567]]. Chute il y a 15 jours. Barres d'appui achetées chez {{Leroy Merlin}}, posées par le gendre.",
    ),
    (
        URG,
        CSP,
        "Visite à l'{{EHPAD Korian Le Clos Saint-Martin}} pour un résident renvoyé après 3 passages aux urgences. M. [[P:Marcel Tanguy]], {{88 ans}}. Le médecin coordonnateur, Dr [[P:Sandrine Aubry]], demande un avis gériatrique. Carte mutuelle {{MGEN}} n° [[ID:2 045 781 336]].",
    ),
    # ---------------------------------------------------------------- chrs, accueil physique
    (
        CHRS,
        AP,
        "Accueil de jour du CHRS, {{8h30}} : café, douches, bagagerie. L'éducatrice, [[P:Mélanie]], connaît tout le monde. Un monsieur, [[P:Jojo]], vient récupérer son sac à la bagagerie, casier 17. Vrai nom sur le registre : [[P:Joseph Mabanza]].",
    ),
    (
        CHRS,
        AP,
        "Entretien d'admission : M. [[P:Tesfaye Gebremedhin]], érythréen, {{31 ans}}, réfugié statutaire. Orientation {{SIAO}} n° [[ID:SIAO-35-2024-01877]]. Carte de résident n° [[ID:3501987423]]. L'éducateur lui explique le règlement : pas d'alcool, retour avant {{23h}}. Il hoche la tête à chaque phrase.",
    ),
    (
        CHRS,
        AP,
        "Salle commune. Télé allumée sur {{BFMTV}}, personne ne regarde. Un baby-foot, une étagère de livres donnés par la {{médiathèque}}. Au mur : planning des ateliers (cuisine le mardi, sortie {{Stade Rennais}} le samedi). Odeur de café et de javel.",
    ),
    (
        CHRS,
        AP,
        "Une femme arrive avec 2 enfants, [[P:Inès]] et [[P:Adam]]. Elle a fui son domicile cette nuit. Elle donne son nom, [[P:Samira Belhadj]], puis demande qu'on ne le note pas. L'éducatrice écrit juste le prénom dans le registre et appelle le {{115}} pour une mise à l'abri. L'adresse du conjoint est notée à part, pour la plainte : [[ADR:14 rue Émile Zola, 42000 Saint-Étienne]].",
    ),
    (
        CHRS,
        AP,
        "M. [[P:Stéphane]], {{52 ans}}, ancien chauffeur chez {{Transdev}}, à la rue depuis son divorce. Il veut refaire sa carte d'identité, ne se souvient d'aucun numéro. Il donne sa date de naissance : [[DDN:8 mai 72]]. Sa carte Vitale, elle, est encore valide : [[NIR:1 72 05 35 238 114 40]]. L'éducateur prend RDV à la mairie de quartier de {{Cleunay}}.",
    ),
    (
        CHRS,
        AP,
        "Permanence de l'infirmière de {{Médecins du Monde}}. Un jeune, [[P:Amadou]], 17 ans selon lui, 19 selon le département. Mineur non reconnu. Elle note : né le [[DDN:01/01/2007]] (déclaratif). Dent cassée, orientation {{PASS}} dentaire.",
    ),
    (
        CHRS,
        AP,
        "Un résident, M. [[P:Vasile Munteanu]], montre un courrier de {{France Travail}} : identifiant [[FT:4521873K]]. Il ne comprend pas, c'est une radiation. L'éducatrice appelle le conseiller avec lui, haut-parleur. Le conseiller s'appelle M. [[P:Dumont]], il est sympa, il annule.",
    ),
    (
        CHRS,
        AP,
        "Registre des entrées, écrit à la main :\n{{14/03}} [[P:LE GUEN Maxime]] ch. 12\n14/03 [[P:Belkacemi]] ch. 8 (2e séjour)\n15/03 « [[P:Kiki]] » ch. 3 — pas de nom de famille\nL'éducateur m'explique que [[P:Kiki]] est « une figure » du quartier {{Saint-Cyprien}}.",
    ),
    (
        CHRS,
        AP,
        "Atelier CV : l'éducatrice montre un CV modèle au nom de [[P:Jean Dupont]], né le [[DDN:1er janvier 1980]], [[ADR:1 rue de la Paix, 75002 Paris]]. Un résident, [[P:Sami]], demande s'il doit mettre l'adresse du {{CHRS}}. Réponse : oui, c'est sa domiciliation, « personne ne le saura ».",
    ),
    (
        CHRS,
        AP,
        "Une résidente se présente : « [[P:Marilyn]], comme {{Marilyn Monroe}} ». Sur ses papiers : [[P:Marie-Line Bernier]]. Elle a un sac {{Longchamp}} trouvé chez {{Emmaüs}} dont elle est très fière. Elle vient pour un rendez-vous {{CMP}}.",
    ),
    (
        CHRS,
        AP,
        "Repas de midi : {{34 couverts}}. Livré par {{Elior}}. Menu : lentilles-saucisse, yaourt {{Danone}}. Les résidents mangent vite, en silence. L'éducateur mange avec eux, c'est une règle de la maison.",
    ),
    (
        CHRS,
        AP,
        "Le chef de service, M. [[P:Hamidou Konaté]], me montre le tableau des places : {{42 places}}, 41 occupées, 1 réservée pour une sortie d'hôpital. Liste d'attente {{SIAO}} : 118 personnes. Durée moyenne de séjour : {{14 mois}}.",
    ),
    (
        CHRS,
        AP,
        "M. [[P:Wojciech Nowak]] parle peu français, son voisin de chambre [[P:Piotr]] traduit. Il veut récupérer son passeport chez son ancien employeur, {{Pereira & Fils Bâtiment}}, à {{Saint-Jacques-de-la-Lande}}, qui le garde « en garantie ». Passeport n° [[ID:EK4421876]]. L'éducatrice appelle l'{{inspection du travail}}.",
    ),
    (
        CHRS,
        AP,
        "Une bénévole du {{Secours catholique}}, Mme [[P:Bénédicte de Montalembert]], dépose des vêtements. Elle connaît un résident, [[P:Lucas]], qu'elle suit depuis 2 ans. Il l'appelle « Mamie [[P:Béné]] », elle adore.",
    ),
    # ---------------------------------------------------------------- chrs, accueil téléphonique (115)
    (
        CHRS,
        AT,
        "Écoutant du {{115}}, {{20h}} : un homme, [[P:Karim]], à la gare de {{Part-Dieu}}, 3e nuit dehors. Pas de place. L'écoutant lui donne l'adresse de la halte de nuit, lui dit d'y aller avant {{22h}}. [[P:Karim]] : « j'y étais hier, c'était plein ».",
    ),
    (
        CHRS,
        AT,
        "Une femme avec un bébé, [[P:Gloria Mbuyi]], congolaise, demande d'asile en cours. Attestation de demande d'asile n° [[ID:7503108862]]. Place trouvée à l'hôtel {{Première Classe}} de {{Bron}} pour 3 nuits. Elle demande s'il y a du lait. L'écoutante ne sait pas.",
    ),
    (
        CHRS,
        AT,
        "Le {{115}} a 6 écoutants ce soir. {{384 appels}} en attente à {{19h}}. Taux de décroché : {{12 %}}. L'écoutant me dit : « on appelle ça le mur ». Une seule place libérée dans la soirée.",
    ),
    (
        CHRS,
        AT,
        "Un passant signale une personne allongée devant le {{Monoprix}} de la {{place de la République}}. Il donne son nom, M. [[P:Guillaume Fabre]], et son numéro, [[TEL:06 33 21 70 14]]. L'écoutant déclenche la maraude du {{Samu social}}.",
    ),
    (
        CHRS,
        AT,
        "[[P:Nadia]], {{19 ans}}, sortie de l'{{ASE}} il y a 2 mois. Elle appelle de chez un copain qui vient de la mettre dehors. « Je suis suivie par Mme [[P:Lefranc]] à la {{Mission locale}}. » L'écoutante lui trouve une place en {{FJT}} pour la nuit.",
    ),
    (
        CHRS,
        AT,
        "Appel en lingala, l'écoutant parle un peu, ça passe. M. [[P:Kabamba Mwamba]], n° {{SI-SIAO}} [[ID:2023-1187402]]. Son dossier montre 45 appels en 3 semaines. Pas de place ce soir non plus.",
    ),
    (
        CHRS,
        AT,
        "Entre deux appels, l'écoutante me montre le {{SI-SIAO}} : chaque demande, chaque refus. Elle a une liste de 14 hôtels partenaires, dont {{Ibis Budget}}, {{B&B}}, {{Première Classe}}. Elle reconnaît les veilleurs de nuit à la voix.",
    ),
    (
        CHRS,
        AT,
        "Appel d'un homme qui dit s'appeler [[P:Jesús]] (« pas [[P:Jésus]], [[P:Jesús]], je suis espagnol »). M. [[P:Jesús Hernández Ruiz]], {{60 ans}}, à la rue à {{Perpignan}}. L'écoutant lui indique l'accueil de jour de l'{{Armée du Salut}}.",
    ),
    (
        CHRS,
        AT,
        "Une travailleuse sociale appelle pour une famille : M. et Mme [[P:Abdi Warsame]], 4 enfants, somaliens, à l'hôtel depuis {{8 mois}}. Son tel pro : [[TEL:04 72 60 18 93]]. Elle demande une place en CHRS famille. Dossier SIAO [[ID:69-FAM-22-0457]].",
    ),
    (
        CHRS,
        AT,
        "La police appelle : un homme, [[P:Patrice Le Moigne]], né le [[DDN:21 octobre 1975]], en cellule de dégrisement, sortira vers 2h du matin. Ils demandent une place. Le 115 en trouve une au {{CHRS Saint-Benoît-Labre}}.",
    ),
    (
        CHRS,
        AT,
        "« Allô c'est encore moi, [[P:Fifi]]. » L'écoutant sourit : c'est [[P:Philippe Roudaut]], il appelle tous les soirs vers {{21h}} pour dire qu'il va bien. Il a un logement depuis 2 ans.",
    ),
    (
        CHRS,
        AT,
        "Une dame qui héberge sa nièce : « elle s'appelle [[P:Sara Haile]], elle a {{22 ans}}, je peux plus la garder ». Elle donne son adresse pour que la maraude passe : [[ADR:38 avenue du Général Leclerc, 94000 Créteil]]. Elle s'excuse trois fois.",
    ),
    # ---------------------------------------------------------------- chrs, contrôle sur place (maraudes, visites)
    (
        CHRS,
        CSP,
        "Maraude du soir avec 2 travailleurs sociaux du {{Samu social}}. Sous le pont {{Saint-Michel}}, 3 hommes. L'un, [[P:Mustapha]], a travaillé 20 ans chez {{Renault}} à {{Billancourt}}. On lui donne une couverture et une soupe {{Liebig}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un appartement en diffus du CHRS : [[ADR:5 allée de la Gare, appt 31, 35000 Rennes]]. Résidente : Mme [[P:Blessing Okafor]], nigériane, avec son fils [[P:Emmanuel]]. Fuite sous l'évier, le bailleur {{Archipel Habitat}} est prévenu depuis 3 semaines.",
    ),
    (
        CHRS,
        CSP,
        "Maraude {{22h-1h}}. 14 personnes rencontrées, 9 connues, 2 refus de contact. Thermos vides à minuit. L'équipe utilise {{Soliguide}} pour les adresses utiles. Il fait {{2 °C}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite des chambres de l'{{Hôtel du Parc}} (hôtel social). Le gérant, M. [[P:Ravi Patel]], ouvre les portes. Chambre 12 : famille [[P:Shehu]], 5 personnes dans {{14 m²}}. Chambre 15 : Mme [[P:Touré]] et ses jumeaux. Pas de plaque de cuisson. L'éducatrice note pour le {{SIAO}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite chez un ancien résident relogé : M. [[P:Marcel Petitjean]], [[ADR:13 rue Louis Pasteur, 86000 Poitiers]]. Tout est propre. Il montre fièrement son bail {{Ekidom}} et sa première facture {{EDF}} à son nom, réf. client [[ID:6007 851 234]]. Prélèvement du loyer sur [[IBAN:FR76 1751 5900 0008 4123 6704 563]].",
    ),
    (
        CHRS,
        CSP,
        "Maraude : une jeune femme dit s'appeler « [[P:Princesse]] ». L'éducateur sait qu'elle s'appelle [[P:Grâce Mavinga]]. Elle a un téléphone mais pas de crédit, numéro : [[TEL:07 58 92 01 33]]. On lui laisse une carte {{Lycamobile}}.",
    ),
    (
        CHRS,
        CSP,
        "Maraude en camion à {{Marseille}}, {{porte d'Aix}}. Un homme dort dans sa voiture, une {{Peugeot 206}} immatriculée [[IMMAT:AF-706-QM]]. Il s'appelle [[P:Farid]], travaille en intérim chez {{Adecco}} sur le port. « Je suis pas SDF, je suis en voiture. »",
    ),
    (
        CHRS,
        CSP,
        "Visite au squat de la rue {{Danton}}. Porte-parole du collectif : [[P:Mamadou Lamine Dramé]]. L'éducateur recense {{37 personnes}}, dont 6 mineurs. Une avocate de {{Droit au logement}} passe, Me [[P:Caroline Béjot]], pour l'audience de la semaine prochaine.",
    ),
    (
        CHRS,
        CSP,
        "L'éducatrice m'explique sa grille d'évaluation de l'autonomie dans le logement : budget, entretien, voisinage, démarches. Elle coche, elle commente, comme on le lui a appris à l'{{IRTS}} de {{Rennes}}. Elle n'écrit jamais « sale », elle écrit « à accompagner ».",
    ),
    (
        CHRS,
        CSP,
        "Visite d'une colocation CHRS : 3 résidents, [[P:Youssouf]], [[P:Antoine]] et M. [[P:Ferhat]]. Conflit sur le ménage. Planning affiché sur le frigo avec des aimants {{Haribo}}. L'éducateur fait une médiation de {{40 min}}.",
    ),
    (
        CHRS,
        CSP,
        "Maraude de jour avec la {{Boutique Solidarité}} de la {{Fondation Abbé Pierre}}. Un homme âgé : « [[P:Pierre]], comme l'abbé », il rit. Vrai nom : [[P:Pierre Kervella]], {{66 ans}}, à la rue depuis 2 ans. Il touche l'{{ASPA}} mais ne sait pas sur quel compte elle arrive.",
    ),
    (
        CHRS,
        CSP,
        "Visite chez Mme [[P:Halima Soilihi]] (comorienne) dans le logement passerelle, [[ADR:2 impasse des Camélias, 13014 Marseille]]. Elle doit signer un bail glissant avec {{Habitat Marseille Provence}}. Son fils, [[P:Nassim]], {{12 ans}}, veut absolument montrer son bulletin.",
    ),
    (
        CHRS,
        CSP,
        "Maraude sur l'aire de l'{{A7}} : un couple dans un fourgon, [[P:Ludovic]] et [[P:Séverine]], avec 3 chiens. Plaque du fourgon : [[IMMAT:1234 ZX 26]]. Ils font les vendanges, cherchent un hébergement qui accepte les chiens. Ça n'existe pas, dit l'éducateur.",
    ),
    (
        CHRS,
        CSP,
        "Visite avec le chef de service chez un nouveau partenaire, l'association {{Aurore}}. On rencontre la directrice, Mme [[P:Aurore Chevalier]] (« oui, comme l'asso, ça fait rire tout le monde »). Projet : 20 places de pension de famille, rue du {{Maréchal Joffre}}.",
    ),
    # ---------------------------------------------------------------- france travail, accueil physique
    (
        FT,
        AP,
        "Accueil : M. [[P:Alexandre Dupuis-Ndongo]], identifiant [[FT:3847261B]], son {{ARE}} n'est pas tombée. Le conseiller voit un trop-perçu de {{320 €}} retenu. Il explique. M. [[P:Dupuis-Ndongo]] demande un échéancier et donne son nouveau RIB : [[IBAN:FR7640618802630004051237605]].",
    ),
    (
        FT,
        AP,
        "Une dame, [[P:Nathalie Vidal]], demande à voir « son conseiller, [[P:Bertrand]] ». Il est en congé. L'agente d'accueil propose un RDV dans {{10 jours}} ou un rappel. Elle prend le rappel : [[TEL:06 27 38 49 50]].",
    ),
    (
        FT,
        AP,
        "Zone libre-service : 6 ordinateurs, 2 imprimantes. Un jeune en service civique aide à l'actualisation. Affiches : « {{1 jeune 1 solution}} », « Les métiers de la logistique recrutent », salon {{Handi'Cap Emploi}}. Beaucoup ne savent pas ce qu'est l'{{actualisation}}, ils disent « pointer ».",
    ),
    (
        FT,
        AP,
        "Inscription d'un jeune, [[P:Mohamed-Amine Chergui]], né le [[DDN:07/08/2004]], bac pro. Il a travaillé chez {{Amazon}} à {{Brétigny}} en intérim via {{Adecco}}. Le conseiller saisit son mail, [[MAIL:m.amine.chergui@outlook.fr]], et lui crée son identifiant : [[FT:8830145T]].",
    ),
    (
        FT,
        AP,
        "M. [[P:Jacques Villeneuve]] (« comme le pilote de F1 », dit-il, personne ne connaît) vient pour un atelier CV. {{58 ans}}, licencié de chez {{Michelin}} après 31 ans. Il a imprimé son CV en {{Comic Sans}}. Le conseiller ne dit rien, sourit.",
    ),
    (
        FT,
        AP,
        "CV posé sur le comptoir, je lis le haut :\n[[P:Ngozi Adebayo-Martin]]\n[[ADR:9 rue des Peupliers, 31200 Toulouse]]\n[[TEL:07 66 54 32 10]] / [[MAIL:ngozi.adebayo@gmail.com]]\n{{Permis B}} — véhiculée\nLe conseiller lui dit d'enlever la photo et l'âge.",
    ),
    (
        FT,
        AP,
        "Entretien d'inscription, M. [[P:Karl-Heinz Schmitt]], {{61 ans}}, ancien chef d'équipe chez {{Peugeot}} à {{Sochaux}}. Il veut savoir s'il peut partir en retraite à 62 ans. Le conseiller l'oriente vers la {{Carsat}}. Identifiant [[FT:0912437 R]], NIR [[NIR:163066748231071]].",
    ),
    (
        FT,
        AP,
        "L'agent d'accueil s'appelle [[P:Patrick]], ex-conseiller, il connaît tout le monde. Il appelle une jeune par son prénom, [[P:Cassandra]], lui demande des nouvelles de son stage chez {{Yves Rocher}}. Elle a été embauchée en CDI. Il lui tape dans la main.",
    ),
    (
        FT,
        AP,
        "M. [[P:Serhii Shevchenko]] (ukrainien ; « pas le footballeur », précise le conseiller, qui est fan) vient avec une interprète de l'association {{France Horizon}}. Il cherche un emploi de soudeur. Protection temporaire, titre n° [[ID:4402687319]].",
    ),
    (
        FT,
        AP,
        "Une femme vient pour le {{CEJ}} de son fils, [[P:Théo]], {{20 ans}}, qui n'est pas venu au rendez-vous. Le conseiller refuse de lui parler du dossier. Elle insiste : « je suis sa mère, Mme [[P:Lambert]] ! ». Ça finit avec un flyer et un numéro.",
    ),
    (
        FT,
        AP,
        "Entre {{13h30}} et {{15h}} : {{19 personnes}} à l'accueil. Motifs : actualisation (6), attestation employeur manquante (4), radiation (3), formation (3), {{RSA}} (2), autre (1). Le vigile ({{Seris}}) connaît les habitués. Beaucoup viennent parce qu'ils n'arrivent pas à joindre le {{3949}}.",
    ),
    (
        FT,
        AP,
        "M. [[P:Antoine de Lacroix-Vaubois]], cadre, {{52 ans}}, très tendu. Licencié de {{BNP Paribas}}. Il veut parler à « un responsable ». On lui parle de l'{{Apec}}. Identifiant [[FT:7734102 J]]. Il répète : « je n'ai jamais mis les pieds ici ».",
    ),
    # ---------------------------------------------------------------- france travail, accueil téléphonique
    (
        FT,
        AT,
        "Plateforme {{3949}}. Mme [[P:Séverine Lagarde]], identifiant [[FT:2291740P]], a oublié de s'actualiser : radiée. Le conseiller lui dit qu'elle peut se réinscrire, mais sans effet rétroactif. Elle pleure. Il vérifie quand même son NIR pour le dossier : [[NIR:293066912355105]].",
    ),
    (
        FT,
        AT,
        "M. [[P:Youssef Ben Salah]], identifiant [[FT:4417208 M]], a trouvé un CDD chez {{Transports Girard}}, veut savoir s'il peut cumuler avec l'{{ARE}}. Oui, jusqu'à un plafond. Il demande qu'on lui envoie tout par mail : [[MAIL:youssef.bs@free.fr]].",
    ),
    (
        FT,
        AT,
        "Le plateau : open space, casques, doubles écrans. Un écran affiche en temps réel « appels en attente : 37 ». Les conseillers ont {{2 min}} de post-appel pour noter. Un conseiller : « le {{3949}} c'est le bureau des pleurs ».",
    ),
    (
        FT,
        AT,
        "Un employeur appelle : Mme [[P:Catherine Roussel]], gérante du salon {{Catherine Coiffure}}, cherche une apprentie. Le conseiller prend l'offre. Tel du salon : [[TEL:03 88 21 44 67]]. Elle veut « quelqu'un de souriant, le reste je forme ».",
    ),
    (
        FT,
        AT,
        "Un homme veut signaler son voisin « qui travaille au noir chez {{Lidl}} » et touche le chômage. Il donne le nom du voisin : [[P:Jérôme Pottier]]. Le conseiller explique qu'il y a un formulaire de signalement. L'appelant refuse de donner son propre nom et raccroche.",
    ),
    (
        FT,
        AT,
        "M. [[P:Tran Van Duc]] appelle pour sa formation {{CACES}}. Le conseiller demande l'identifiant, il le lit : « [[FT:un neuf zéro deux trois sept huit H]] ». Le conseiller tape [[FT:1902378H]]. La formation démarre le {{3 juin}} chez {{Aftral}}.",
    ),
    (
        FT,
        AT,
        "Appel d'une conseillère {{Cap emploi}}, Mme [[P:Anne-Claire Besnard]], pour M. [[P:Fabien Roy]], RQTH. Elle veut un RDV à trois. Son mail : [[MAIL:ac.besnard@capemploi35.com]]. Le conseiller propose {{jeudi 10h}}.",
    ),
    (
        FT,
        AT,
        "Même monsieur, 3e appel ce matin. Il ne comprend pas le courrier « avis de changement de situation ». Le conseiller le lui lit mot à mot. À la fin : « ah ben fallait le dire ». {{9 min}}. Le conseiller pose son casque une minute.",
    ),
    (
        FT,
        AT,
        "Mme [[P:Juliette Lemoine]] appelle pour son fils de 16 ans qui veut un job d'été au {{Puy du Fou}}. Le conseiller explique qu'il peut chercher sur {{1jeune1solution.gouv.fr}}. Elle laisse son numéro, [[TEL:02.51.64.33.08]], « au cas où ».",
    ),
    (
        FT,
        AT,
        "La conseillère, [[P:Karima]], rappelle un demandeur qui a manqué son {{RDV}} : M. [[P:Kevin Lebrun]]. Messagerie : « Yo c'est [[P:Kev]], laissez un message ». Elle laisse un message, donne sa ligne directe, soupire : « il ne rappellera pas ».",
    ),
    (
        FT,
        AT,
        "Un intérimaire, M. [[P:Diogo Carvalho]], appelle : l'attestation employeur de {{Start People}} manque. Le conseiller voit 4 contrats en 2 mois. Il lui envoie un lien. N° de sécu demandé pour vérifier : [[NIR:1 95 09 31 555 208 54]].",
    ),
    (
        FT,
        AT,
        "Une dame confond France Travail et la {{Caf}} : « c'est pour mon {{RSA}}, mon numéro allocataire c'est [[ALLOC:0398712]] ». Le conseiller lui explique quand même l'accompagnement {{RSA}}, les {{15 heures}} d'activité. Elle : « quinze heures de quoi ? »",
    ),
    (
        FT,
        AT,
        "Adresse dictée pour un courrier : « [[ADR:lieu-dit Kerlann, 29690 Berrien]] ». Le conseiller : « K-E-R ? ». Mme [[P:Gwenaëlle Le Roux]] épelle. Elle vit sans voiture à {{20 km}} de {{Carhaix}} ; le conseiller comprend pourquoi elle refuse les offres à {{Morlaix}}.",
    ),
    (
        FT,
        AT,
        "Un conseiller de l'agence de {{Rennes Sud}} appelle pour savoir si Mme [[P:Abboud]] (identifiant [[FT:5561029 D]]) est passée ici. Oui, ce matin. Elle a déménagé sans le dire, son dossier doit être transféré.",
    ),
    # ---------------------------------------------------------------- france travail, contrôle sur place (entreprises, visites)
    (
        FT,
        CSP,
        "Visite en entreprise avec la conseillère entreprise : boulangerie {{Le Fournil de Léa}}, à {{Vannes}} ([[P:Léa]], c'est la fille de la patronne). La patronne, Mme [[P:Sophie Guillemot]], cherche un apprenti. On lui présente 2 candidats, [[P:Noah]] et [[P:Ilyes]]. Elle les prend à l'essai une journée.",
    ),
    (
        FT,
        CSP,
        "Job dating chez {{Leclerc}} à {{Pacé}} : 12 candidats, 5 postes. La DRH, Mme [[P:Bénédicte Arnould]], reçoit. Un candidat, [[P:Jean-Eudes]], arrive en costume trois pièces, tout le monde sourit. Il est pris.",
    ),
    (
        FT,
        CSP,
        "Visite d'un chantier d'insertion, {{Les Jardins de Cocagne}}. Maraîchage bio, {{18 salariés}} en insertion. L'encadrant explique les {{CDDI}} de {{26 h}}. La conseillère vérifie les conditions d'accueil. Paniers de légumes à {{12 €}}.",
    ),
    (
        FT,
        CSP,
        "Contrôle de la recherche d'emploi : la conseillère me montre un dossier, M. [[P:Ludovic Marin]], identifiant [[FT:6612048 L]], « 0 candidature en 3 mois ». On passe devant la {{Menuiserie Hamon}} où il dit avoir postulé. Le gérant confirme : il est venu 2 fois. Dossier classé.",
    ),
    (
        FT,
        CSP,
        "Immersion (PMSMP) au {{Garage Ferreira Automobiles}} : la conseillère vient voir [[P:Yasmine]], {{24 ans}}, en immersion mécanique. Le patron, M. [[P:Ferreira]], est content d'elle, « plus soigneuse que mes gars ». Elle change un pneu devant nous.",
    ),
    (
        FT,
        CSP,
        "Visite d'entreprise : {{Déménagements Le Goff}} à {{Lorient}}, 14 salariés. Le patron, [[P:Erwan]], fils du fondateur, cherche 3 déménageurs. Il ne veut « pas de CV, juste des bras ». La conseillère note l'offre, propose une {{POEI}}.",
    ),
    (
        FT,
        CSP,
        "Forum emploi au {{Parc des Expositions}}. Au stand, une candidate, [[P:Priya Raman]], laisse son CV : [[MAIL:priya.raman.pro@gmail.com]], [[TEL:06 91 82 73 64]]. Elle cherche dans la comptabilité. La conseillère l'envoie au stand {{KPMG}}.",
    ),
    (
        FT,
        CSP,
        "Dans la voiture entre deux entreprises, la conseillère entreprise : « les patrons veulent des gens qui viennent à l'heure, le reste on forme ». {{140 entreprises}} dans son portefeuille, surtout BTP et agroalimentaire. Le GPS nous perd deux fois dans la zone de {{La Janais}}.",
    ),
    (
        FT,
        CSP,
        "Visite de l'{{EHPAD Les Opalines}} qui recrute 4 ASH. La cadre de santé, Mme [[P:Fanny Morel]], fait visiter. On croise une résidente qui appelle la cadre « ma petite [[P:Fanfan]] ». Elle rougit.",
    ),
    (
        FT,
        CSP,
        "Information collective dans les locaux de {{Keolis}} (conducteurs de bus). 15 demandeurs. Le formateur, M. [[P:Abdelaziz Ouali]], présente le permis D. Une participante, Mme [[P:Ferrand]], demande si son permis obtenu au {{Maroc}} compte. Non, il faut l'échanger.",
    ),
    (
        FT,
        CSP,
        "Vérification sur place d'une offre suspecte : {{SAS Bâti Pro 35}} publie des offres mais ne répond jamais. À l'adresse, une simple boîte aux lettres dans un centre d'affaires. Le gérant, M. [[P:Ozan Demir]], est joignable au [[TEL:07 69 11 38 52]]. La conseillère suspend l'offre.",
    ),
    (
        FT,
        CSP,
        "Visite chez un particulier employeur : Mme [[P:Odette Marquis]], {{88 ans}}, embauche en {{CESU}} une aide à domicile, [[P:Nadia Cherif]], trouvée via France Travail. La conseillère vérifie le contrat. Adresse : [[ADR:12 rue Jean-Jacques Rousseau, 49000 Angers]].",
    ),
    (
        FT,
        CSP,
        "Matinée dans la zone industrielle de {{Saint-Malo}} : 4 entreprises visitées ({{Roullier}}, {{Cité Marine}}, une imprimerie, un transporteur). {{11 offres}} recueillies. La conseillère saisit tout le soir, « sinon j'oublie ».",
    ),
    (
        FT,
        CSP,
        "Visite d'une entreprise d'insertion, {{Les Déménageurs Solidaires}}. Salarié en parcours : M. [[P:Moussa Bamba]], dit « [[P:Mouss]] ». Il conduit le camion [[IMMAT:GD-318-VN]] depuis qu'il a eu son permis C financé par la région. Il veut passer chauffeur en CDI.",
    ),
]

MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return its text, entities and keep strings."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            value = m.group(2)
            label = LABELS[m.group(1)]
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
            raise ValueError(f"stray {token!r} in: {text[:60]}")
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        if value != value.strip() or not value:
            raise ValueError(f"badly bounded span {value!r}")
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
    """Seeded split, exactly half of every (site kind, channel) cell in each file.

    Notes are placed one by one: first those without entities, then by their rarest label
    (rarest first), ties in a seeded random order. Each note goes to the half that still has
    room in its cell and holds fewer notes like it (fewer entity-free notes of its cell, then
    overall; or fewer of the note's labels, each weighted by its rarity); a seeded coin breaks
    exact ties. Then notes of the same cell are swapped between the halves while that evens the
    counts out.
    """
    rng = random.Random(SEED)
    totals = Counter(e["label"] for n in notes for e in n["entities"])
    cells = Counter((n["site_kind"], n["channel"]) for n in notes)
    for cell, count in cells.items():
        if count % 2:
            raise ValueError(f"cell {cell} has an odd number of notes ({count})")
    order = list(range(len(notes)))
    rng.shuffle(order)

    def labels_of(note):
        return sorted({e["label"] for e in note["entities"]}, key=lambda lab: (totals[lab], lab))

    def rarity(i):
        labels = labels_of(notes[i])
        return (0, 0) if not labels else (1, totals[labels[0]])

    order.sort(key=rarity)
    in_cell = [Counter(), Counter()]
    empty = [0, 0]
    empty_in_cell = [Counter(), Counter()]
    per_label = [Counter(), Counter()]
    side = {}
    for i in order:
        note = notes[i]
        cell = (note["site_kind"], note["channel"])
        room = [h for h in (0, 1) if in_cell[h][cell] < cells[cell] // 2]
        if len(room) == 1:
            half = room[0]
        else:
            counts = Counter(e["label"] for e in note["entities"])
            if counts:
                score = [
                    sum(
                        k * (per_label[h][lab] - per_label[1 - h][lab]) / totals[lab]
                        for lab, k in sorted(counts.items())
                    )
                    for h in (0, 1)
                ]
            else:
                score = [
                    (empty_in_cell[h][cell] - empty_in_cell[1 - h][cell], empty[h] - empty[1 - h])
                    for h in (0, 1)
                ]
            coin = rng.random() < 0.5
            if score[0] != score[1]:
                half = 0 if score[0] < score[1] else 1
            else:
                half = 0 if coin else 1
        side[i] = half
        in_cell[half][cell] += 1
        empty[half] += not note["entities"]
        empty_in_cell[half][cell] += not note["entities"]
        per_label[half].update(e["label"] for e in note["entities"])
    improve(notes, side, totals)
    dev = [n for i, n in enumerate(notes) if side[i] == 0]
    holdout = [n for i, n in enumerate(notes) if side[i] == 1]
    return dev, holdout


def imbalance(notes, side, totals):
    """How far the two halves are from each other: entity-free notes weigh most (overall and
    within each cell), then each label's difference relative to its total."""
    diff = Counter()
    empty = Counter()
    for i, note in enumerate(notes):
        sign = 1 if side[i] == 0 else -1
        if not note["entities"]:
            empty[(note["site_kind"], note["channel"])] += sign
        for ent in note["entities"]:
            diff[ent["label"]] += sign
    return (
        10 * abs(sum(empty.values()))
        + 5 * sum(abs(v) for v in empty.values())
        + sum(abs(diff[lab]) / totals[lab] for lab in sorted(totals))
    )


def improve(notes, side, totals):
    """Swap notes of the same cell between the halves while that lowers the imbalance."""
    best = imbalance(notes, side, totals)
    changed = True
    while changed:
        changed = False
        for i in range(len(notes)):
            for j in range(i + 1, len(notes)):
                a, b = notes[i], notes[j]
                if side[i] == side[j] or (a["site_kind"], a["channel"]) != (
                    b["site_kind"],
                    b["channel"],
                ):
                    continue
                side[i], side[j] = side[j], side[i]
                score = imbalance(notes, side, totals)
                if score < best - 1e-9:
                    best = score
                    changed = True
                else:
                    side[i], side[j] = side[j], side[i]


def write(path, notes):
    lines = [json.dumps(n, ensure_ascii=False) + "\n" for n in notes]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} in dev.jsonl, {len(holdout)} in holdout.jsonl")


if __name__ == "__main__":
    main()
