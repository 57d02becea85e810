"""Independent evaluation corpus n° 12 (``ind12``) for the notes anonymiser.

Every note below was typed by hand, one situation per note. Entities are marked inline as
``[[CODE:value]]`` and strings to keep as ``{{value}}``; this script strips the marks, computes
the offsets, numbers the notes ``ind12-001``... in authoring order, splits them half/half
(seeded, stratified by site kind x channel) and writes ``dev.jsonl`` and ``holdout.jsonl``.

Usage: python holdout_author.py   (stdlib only, deterministic: two runs give identical files)
"""

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind12"
SEED = 12_2024

CHANNELS = {
    "AP": "accueil_physique",
    "AT": "accueil_telephonique",
    "CSP": "controle_sur_place",
}
CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

NOTES: list[tuple[str, str, str]] = []

# --- Caf -------------------------------------------------------------------------------------
NOTES += [
    # Caf, accueil physique
    (
        "caf",
        "AP",
        "9h12 1ere pers. Mme [[P:Sandrine Lecoq]], vient pr {{APL}} suspendue. Dit qu'elle a demenagé le mois dernier : ancienne adresse [[ADR:7 allée du Morbihan]] -> nouvelle [[ADR:22 bd Léon Bourgeois apt 41]]. Agent ([[P:Yannick]]) lui demande quittance + bail, elle a que des photos ds son tel. {{25 min}} d'attente avant.",
    ),
    (
        "caf",
        "AP",
        "Jeune homme {{19 ans}}, veut ouvrir droits {{prime d'activité}}, 1er job chez {{Lidl}}. Pas encore de num alloc, l'agent lui en crée un : [[ALLOC:2847153]]. Né le [[DN:03/11/2005]] à {{Saint-Brieuc}}. Mail dicté : [[MAIL:theo.gaudin22@gmail.com]], l'agent répète 3 fois « point gaudin » pcq il parle super vite. Il s'appelle [[P:Théo]], très timide.",
    ),
    (
        "caf",
        "AP",
        "Borne d'accueil en panne depuis ce matin, les gens prennent un ticket papier. Ticket {{A047}} à {{10h03}}. Une dame âgée demande où est la {{fontaine à eau}} : y en a plus depuis le Covid. L'agent me dit qu'ils reçoivent env. {{180 personnes}} par jour en ce moment, surtout pour la {{prime de Noël}} qui n'est pas tombée.",
    ),
    (
        "caf",
        "AP",
        "— Vous avez votre numéro d'allocataire ?\n— Euh c'est [[ALLOC:0953218]] je crois, ou [[ALLOC:0953281]]\nL'agent tape les deux, c'est le 1er. Dossier au nom de [[P:Fatoumata Camara]], 3 enfants, {{RSA}} majoré + {{ASF}}. Elle vit à l'hôtel {{Le Relais des Voyageurs}} depuis 4 mois, [[ADR:chambre 9, 3 rue de l'Alma]], payé par le {{115}}. Courrier jamais reçu pcq le veilleur ne le garde pas.",
    ),
    (
        "caf",
        "AP",
        "DAME TRES EN COLERE, MME [[P:RIBEIRO]], CRIE QUE LA {{CAF}} LUI DOIT {{1 200 €}} DEPUIS {{SEPTEMBRE}}. ELLE A CHANGE DE BANQUE, NOUVEAU RIB [[IBAN:FR76 1027 8360 2100 0201 4560 157]] JAMAIS PRIS EN COMPTE. L'AGENT VOIT QUE LE RIB A ETE REJETE PCQ AU NOM DE SON MARI [[P:JOAQUIM]]. ELLE PLEURE. VIGILE S'APPROCHE, L'AGENT LUI FAIT SIGNE QUE CA VA.",
    ),
    (
        "caf",
        "AP",
        "Monsieur vient déclarer une séparation. Il dort chez sa mère maintenant : [[ADR:La Ville Hervé, 35137 Pleumeleuc]] (c'est une ferme, pas de numéro, le facteur connaît). Son ex Mme [[P:Jégou]] garde les 2 enfants donc il perd les {{allocations familiales}}. Il demande si il peut garder l'{{APL}} pour l'ancien logement, non.",
    ),
    (
        "caf",
        "AP",
        "Question d'un étudiant sur les {{APL}} en résidence {{Crous}} : l'agent lui montre le simulateur sur {{caf.fr}} depuis la tablette. {{12 min}}. Il repart content. L'agent me glisse « on est une des dernières Caf du coin à faire de l'accueil sans rdv le {{jeudi}} matin ».",
    ),
    (
        "caf",
        "AP",
        "Couple avec bébé ds la poussette. Naissance de [[P:Lina]] née le [[DN:2 février]], ils n'ont pas encore la {{PAJE}}. Papa = [[P:Karim Haddad]], c'est lui qui parle. Adresse sur l'acte de naissance : [[ADR:5 impasse des Tilleuls, Cesson-Sévigné]]. L'agent scanne le livret de famille sur place, gain de temps enorme.",
    ),
    (
        "caf",
        "AP",
        "Personne sourde, on échange par écrit sur un bloc. Elle écrit son nom [[P:Élodie Vasseur]] et son portable [[TEL:07 68 21 94 03]] « SMS uniquement svp ». Demande pour l'{{AAH}} -> c'est la {{MDPH}} pas nous. L'agent lui écrit l'adresse de la MDPH : {{13 avenue de Cucillé}}, et les horaires. Pas d'interprète {{LSF}} dispo ici, jamais.",
    ),
    (
        "caf",
        "AP",
        "Mr [[P:Ibrahima Sow]], titre de séjour expiré donc droits suspendus depuis {{mars}}. Il a un récépissé de la préfecture, l'agent scanne, numéro AGDREF [[ID:7503218846]]. Elle dit que ça devrait se débloquer sous {{15 jours}}. Il a {{2 enfants}} scolarisés à {{Maurepas}}.",
    ),
    (
        "caf",
        "AP",
        "11h40 : dame avec une lettre de relance (trop-perçu {{2 340,18 €}}). Lettre adressée à Mme [[P:Christiane Boulanger]], [[ADR:résidence Les Hortensias, bât D, 2 rue Pierre Loti, 56100 Lorient]]. Elle dit qu'elle a jamais compris pourquoi. L'agent propose un échéancier à {{45 €}} par mois.",
    ),
    (
        "caf",
        "AP",
        "Agent me montre la fiche à l'écran : « [[P:DUBOIS Jean-Marc]] - [[ALLOC:1875530]] - [[ADR:4 RUE DU PRE BOTTE 35000 RENNES]] - sit. fam. : isolé - 1 enf. à charge ». Il vient pour l'{{ARS}}, pas versée car certificat de scolarité du lycée manquant.",
    ),
    (
        "caf",
        "AP",
        "Grand mère vient pour sa petite fille [[P:Jade Morvan]] ({{17 ans}}) qu'elle héberge depuis l'été, la mère est partie en Espagne. Elle veut savoir si elle peut toucher quelque chose. Agent : tutelle / délégation d'autorité parentale sinon rien. Elle s'appelle [[P:Josiane]], {{74 ans}}, elle est venue en {{bus}} depuis {{Bruz}}.",
    ),
    (
        "caf",
        "AP",
        "Mr sort un RIB imprimé tout froissé : [[IBAN:FR76 3000 3019 5000 0502 1748 387]], au nom de son fils [[P:Adrien Marchal]]. Pb : le compte doit être au nom de l'allocataire ou co-titulaire. Il dit qu'il est interdit bancaire. L'agent lui parle du compte {{Nickel}} chez le buraliste.",
    ),
    # Caf, accueil telephonique
    (
        "caf",
        "AT",
        "plateforme tel, casque double écoute. appel 1 (14h02) : dame veut savoir pq {{RSA}} = 0 ce mois. l'agent demande num alloc : [[ALLOC:3361984]] puis date naissance : [[DN:14 juin 1979]]. DTR non faite. elle sait pas ce que c'est la DTR, l'agent explique 4 min.",
    ),
    (
        "caf",
        "AT",
        "Appel d'une assistante sociale du département pour un monsieur qui vit dans sa voiture, une Kangoo blanche [[IMMAT:BQ-517-ZA]] garée sur le parking du {{Leclerc}}. Elle veut le domicilier au {{CCAS}} pour qu'il reçoive ses courriers Caf. Le monsieur : [[P:Patrick Le Floch]], né le [[DN:16/02/1966]], alloc [[ALLOC:2210347]]. Elle laisse son numéro direct : [[TEL:02 99 02 37 14]].",
    ),
    (
        "caf",
        "AT",
        "File d'attente au {{3230}} : {{22 minutes}} affichées sur l'écran mural. L'agent dit que le {{lundi}} c'est pire, jusqu'à {{45 min}}. Elle enchaîne {{8 appels}} en {{1h}}, surtout prime d'activité et {{déclaration trimestrielle}}. Elle a un post-it « respirer » collé sur son écran 🙂",
    ),
    (
        "caf",
        "AT",
        "Monsieur appelle depuis un portable à carte, ça coupe {{2 fois}}. Il rappelle au [[TEL:06.45.12.88.07]] (numéro qu'il donne pour être rappelé). Dossier de Mme [[P:Nathalie Pinto]], sa femme, hospitalisée. Agent ne peut rien dire sans procuration. Il s'énerve : « c'est moi qui paie le loyer ».",
    ),
    (
        "caf",
        "AT",
        "appel entrant 10h31\nnom : [[P:GUERIN Sylvie]]\nalloc : [[ALLOC:1049276]]\nobjet : changement adresse -> [[ADR:18 rue des Ajoncs, Plérin]]\nbailleur : {{Côtes d'Armor Habitat}}, réf locataire [[ID:00584213]]\nmail : [[MAIL:sylvie.guerin35 [at] laposte.net]]\nl'agent fait la modif en direct, {{6 min}} en tout",
    ),
    (
        "caf",
        "AT",
        "Un jeune appelle pour la {{prime d'activité}}, intérim chez {{Adecco}}. Il donne son adresse mail en l'épelant : [[MAIL:k-e-v-i-n point l-a-n-o-e arobase hotmail point f-r]]. L'agent galère, demande de l'écrire via l'espace {{Mon Compte}} à la place.",
    ),
    (
        "caf",
        "AT",
        "Pas mal de silence entre les appels aujourd'hui, l'agent en profite pour traiter des mails. Elle m'explique la différence entre {{ASF}} et {{pension alimentaire}}, l'{{ARIPA}}, et que beaucoup de femmes ne savent pas que la Caf peut récupérer la pension impayée. {{2 appels}} en {{35 min}}.",
    ),
    (
        "caf",
        "AT",
        "Appel très long (28 min) d'une dame de {{Guingamp}}, contrôle fait chez elle la semaine dernière, elle conteste. Le contrôleur a noté que « le véhicule [[IMMAT:CY-208-NW]] du concubin est garé tous les soirs devant le domicile ». Elle dit que c'est la voiture de son frère [[P:Mickaël]] qui vit à [[ADR:3 rue du Four, Pabu]]. L'agent lui conseille un recours amiable écrit.",
    ),
    (
        "caf",
        "AT",
        "Appel d'un {{notaire}} (!) pour une succession, Mr [[P:Albert Quéré]] décédé, né le [[DN:21/05/1938]], dernière adresse [[ADR:Kerhuel, 29300 Quimperlé]]. Il veut savoir s'il reste un indu. L'agent : secret, faut un courrier. Le notaire donne son fax (!!) [[TEL:02 98 96 14 50]].",
    ),
    (
        "caf",
        "AT",
        "dame d'origine roumaine, sa fille traduit au tel. dossier [[ALLOC:7730125]] ouvert au nom de [[P:Florentina Stoica]], besoin du numéro de sécu pour l'{{aide au logement}}. la fille lit la {{carte vitale}} : [[NIR:2 84 03 22 278 101 86]]. l'agent dit de pas donner ce numéro à n'importe qui par tel 😅 mais l'enregistre.",
    ),
    (
        "caf",
        "AT",
        "Récap de l'agent en fin de matinée : {{31 appels}}, dont 12 pour des {{attestations de paiement}}, 5 réclamations, 1 menace de suicide (elle a transféré au cadre + {{3114}}). Elle dit qu'il y a une procédure depuis {{2022}}. Pas de pause sauf {{10h30}} - {{10h45}}.",
    ),
    (
        "caf",
        "AT",
        "Mr [[P:Vincent Ollivier]] appelle de l'étranger (+44) pour savoir s'il peut garder l'{{APL}} pendant un stage à {{Londres}}. Il laisse son numéro UK [[TEL:+44 7700 912 455]]. Réponse : non si absent + de 4 mois. Son logement : [[ADR:studio 12, 27 rue de Saint-Malo]], il le sous-loue ?? l'agent ne relève pas.",
    ),
    # Caf, controle sur place
    (
        "caf",
        "CSP",
        "Contrôle sur place avec [[P:Nadège]], contrôleuse Caf depuis 11 ans. 1ère visite {{9h15}} : [[ADR:14 rue des Glycines, bât B, 3e étage porte gauche, 35200 Rennes]]. Sur la boîte aux lettres : « M. et Mme [[P:Ouali]] / [[P:K. Benali]] ». Dossier [[ALLOC:5530418]] ouvert sur la tablette. C'est ce 2e nom qui a déclenché le contrôle (isolement déclaré pour le {{RSA}} majoré). La dame ouvre en pyjama, 2 petits.",
    ),
    (
        "caf",
        "CSP",
        "Ferme isolée, [[ADR:Kerlann, 29270 Carhaix-Plouguer]]. Contrôle ressources pour l'{{AAH}} de la fille [[P:Gwenaëlle]] ({{34 ans}}). Le père, [[P:Yves Le Goff]], {{71 ans}}, nous reçoit dans la cuisine, toile cirée, chien. Dans la cour : tracteur {{John Deere}} + 206 [[IMMAT:5283 VW 29]] (vieille plaque) qui roule plus. Dossier de la fille : [[ALLOC:2094417]]. Elle travaille 6h/sem à l'{{ESAT}} de {{Landerneau}}.",
    ),
    (
        "caf",
        "CSP",
        "Aire d'accueil des gens du voyage, [[ADR:emplacement 12, aire de la route de Vezin]]. Famille [[P:Winterstein]] (alloc [[ALLOC:0718264]]), la caravane immatriculée [[IMMAT:BW-227-HT]] + fourgon {{Peugeot Boxer}} [[IMMAT:ef 914 qz]]. Le contrôleur vérifie la présence des 4 enfants (école). Le fils aîné [[P:Dylan]] montre les certificats de scolarité sur son téléphone. Tout est ok, {{40 min}}.",
    ),
    (
        "caf",
        "CSP",
        "Adresse déclarée [[ADR:40 rue de Paris, 2e étage]] : en fait un immeuble murré, squat. Porte en fer ouverte. Au 2e on trouve Mr [[P:Abdelkader]] (il ne donne pas son nom de famille) qui dit que l'allocataire [[P:Samir Belkacem]] (dossier [[ALLOC:3905127]]) est parti à {{Marseille}} « depuis l'hiver ». Le contrôleur note « absence de résidence effective ». Ça va couper l'{{APL}}... enfin pas d'APL dans un squat évidemment, c'est le {{RSA}}.",
    ),
    (
        "caf",
        "CSP",
        "Contrôle décence logement (signalement {{moisissures}}). [[ADR:2 venelle du Puits, RDC]]. Chambre du bébé : champignons noirs au plafond. Le propriétaire, M. [[P:Tessier]], ne répond plus, le locataire montre les SMS, numéro du proprio [[TEL:06 81 44 90 27]]. La contrôleuse prend {{14 photos}}. Elle dira à la Caf de conserver l'allocation logement tant que pas de travaux.",
    ),
    (
        "caf",
        "CSP",
        "Le contrôleur a en moyenne {{2h}} par dossier, déplacements inclus, {{3 à 4}} visites par jour. Il lit toujours la {{charte du contrôle}} à la personne avant de commencer et il précise qu'elle peut refuser l'entrée. « Personne refuse jamais, ils ont trop peur ». Voiture de service : {{Clio}} électrique, autonomie limite pour la campagne.",
    ),
    (
        "caf",
        "CSP",
        "Voisine du dessus, Mme [[P:Huet]], sort sur le palier et dit tout fort qu'« il vit là depuis des mois le gars, avec sa moto ». La contrôleuse ne prend pas le témoignage, elle dit qu'elle ne fait pas d'enquête de voisinage. Moto dans le local vélos : [[IMMAT:GA-046-RE]]. Allocataire absente. {{Avis de passage}}.",
    ),
    (
        "caf",
        "CSP",
        "{{Clio}} grise [[IMMAT:FG-301-LM]] garée devant le pavillon, [[ADR:11 chemin de la Métairie, 44470 Carquefou]]. Carte grise vue sur le tableau de bord au nom de [[P:Rudy Gautier]], conjoint supposé. Mme [[P:Anaïs Perrot]] dit que c'est son ex qui vient juste voir les enfants. Dans la salle de bain {{2 brosses à dents}}, rasoir. Le contrôleur note sur le dossier [[ALLOC:1462093]] mais ne conclut pas devant elle.",
    ),
    (
        "caf",
        "CSP",
        "Personne absente à {{9h30}}. Nom sur la boîte illisible, sonnette qui ne marche pas. Avis de passage glissé dans la BAL. On repassera {{jeudi}} ou elle doit appeler sous {{8 jours}}. Contrôleur : « 1 sur 3 c'est comme ça, on fait des kilomètres pour rien ».",
    ),
    (
        "caf",
        "CSP",
        "Sur la table du salon, documents montrés par Mme [[P:Laetitia Roux]] : facture {{EDF}} réf client [[ID:6004 128 775]], avis d'imposition avec n° fiscal [[ID:3012456789047]], attestation Vitale [[NIR:286023102416114]], relevé de compte {{Crédit Agricole}} [[IBAN:FR76 1360 6000 4746 3218 9750 070]]. La contrôleuse recopie les montants {{Pôle emploi}} versés ({{1 016 €}}) sur la période.",
    ),
    (
        "caf",
        "CSP",
        "Coloc étudiante [[ADR:9 rue Papu, 2e gauche]], contrôle sur un dossier {{APL}}. Post-it sur la porte : « [[P:Mathis]] 🍕 [[P:Inès]] 🌵 [[P:Chloé]] ». Il y a un {{4e matelas}} dans le salon. [[P:Inès]] dit que c'est pour un pote de passage. Elle donne son mail pour le PV : [[MAIL:ines.vallee@etudiant.univ-rennes.fr]]. Contrôleuse laisse couler.",
    ),
    (
        "caf",
        "CSP",
        "HLM [[ADR:1 square de Sofia, appt 112]], tour de {{15 étages}}, ascenseur en panne (on monte à pied au 11e). Interphone : [[P:BAKARI]] / [[P:N'DIAYE]]. Mme [[P:Aminata Bakari]] nous reçoit, elle sort le RIB pour le prélèvement du loyer : [[IBAN:FR76 1600 6211 1100 4127 3659 807]]. Elle a [[TEL:07 53 90 61 28]] comme tél mais le dossier dit autre chose, la contrôleuse met à jour.",
    ),
    (
        "caf",
        "CSP",
        "Entretien dans la cuisine, la dame nous sert un café. Un pot de {{violettes}} en plastique sur la toile cirée. Le contrôleur saisit tout sur sa tablette {{Samsung}}, il y a un PV à signer à la fin. Résultat : trop-perçu de {{3 400 €}} sur {{2 ans}} à cause d'une pension d'invalidité non déclarée. Elle ne savait pas qu'il fallait la déclarer. Silence très long. Je ne savais pas où me mettre.",
    ),
    (
        "caf",
        "CSP",
        "Maison en bout de chemin, [[ADR:Le Bas Plessis, 35520 La Mézière]]. Boîte aux lettres faite d'un bidon, écrit au feutre « FAMILLE [[P:LE BRIS - COLIN]] ». Deux adultes + {{3 enfants}}, déclarés comme 2 foyers séparés dans 2 maisons voisines. En fait la 2e maison = un {{mobil-home}} derrière. Mr [[P:Colin]] donne son tel [[TEL:06-72-18-33-09]] pour le rappel.",
    ),
]
# --- Cpam ------------------------------------------------------------------------------------
NOTES += [
    # Cpam, accueil physique
    (
        "cpam",
        "AP",
        "Mme [[P:Ghislaine Cadiou]] a perdu sa carte Vitale au marché. L'agent retrouve son dossier avec le numéro écrit sur une vieille attestation : [[NIR:2 58 04 22 070 019 35]]. Nouvelle carte commandée, il faut une photo, elle n'en a pas. Direction le photomaton de la {{gare}} ({{6 €}}). Elle reviendra.",
    ),
    (
        "cpam",
        "AP",
        "Accueil {{Cpam}} sur rdv uniquement depuis 2023, mais les gens viennent quand même. L'agent d'orientation renvoie vers les bornes {{ameli}} ou vers la {{France Services}} de la mairie. Aujourd'hui {{37 personnes}} orientées, {{9 vues}} en rdv. Une dame dit « je sais pas me servir d'internet, j'ai {{82 ans}} ».",
    ),
    (
        "cpam",
        "AP",
        "Demande d'{{AME}}. Mr [[P:Mamadou Baldé]], arrivé de {{Conakry}} il y a {{5 mois}}. Passeport guinéen n° [[ID:R0412789]]. Domicilié au {{CCAS}}, {{12 rue Saint-Louis}}. Il a une preuve de présence : ordonnance de la {{PASS}} de l'hôpital. L'agent vérifie les {{3 mois}} de présence. Dossier complet sauf ressources, il écrit « néant » au stylo.",
    ),
    (
        "cpam",
        "AP",
        "Monsieur veut changer de médecin traitant pcq le Dr [[P:Le Hir]] part à la retraite et personne ne reprend. L'agent : « faut trouver un médecin qui accepte d'abord, nous on peut pas vous en attribuer ». Il a {{3 ALD}}. Il part en disant qu'il ira aux urgences à chaque fois alors.",
    ),
    (
        "cpam",
        "AP",
        "— votre numéro de sécu ?\n— [[NIR:1.84.06.35.238.117 clé 47]]\n(il l'a par cœur, très fier)\nDossier [[P:Jérôme Lelièvre]], le NIR complet à l'écran [[NIR:1 84 06 35 238 117 47]]. Il vient pour des {{indemnités journalières}} pas versées depuis {{6 semaines}}, attestation de salaire jamais envoyée par l'employeur {{Transports Guillou}}.",
    ),
    (
        "cpam",
        "AP",
        "Vieux monsieur accompagné de son fils [[P:Bruno]]. Demande de remboursement lunettes refusée. Mutuelle {{Harmonie Mutuelle}} n° adhérent [[ID:104572291]]. L'agent explique que c'est la mutuelle qui doit compléter, pas la Cpam. Le fils prend des notes sur un carnet. {{20 min}}.",
    ),
    (
        "cpam",
        "AP",
        "JEUNE FEMME ENCEINTE DE {{5 MOIS}}, PAS ENCORE DECLARE SA GROSSESSE. ELLE S'APPELLE [[P:OCÉANE LABBÉ]], NEE LE [[DN:17/08/2002]], MAIL [[MAIL:OCEANE.LABBE02@GMAIL.COM]]. LA SAGE FEMME AURAIT DU LE FAIRE EN LIGNE. L'AGENT APPELLE LE CABINET DEVANT ELLE. 1 SEUL CONSEILLER POUR 14 PERSONNES DANS LA SALLE.",
    ),
    (
        "cpam",
        "AP",
        "Agent explique la {{complémentaire santé solidaire}} à un couple de retraités : gratuite ou à {{8 €}}/mois/pers selon les revenus. Ils ont {{1 090 €}} de retraite à eux deux. Ils ne savaient pas du tout que ça existait. Dossier rempli sur place. L'agent : « le non-recours c'est notre vrai sujet ».",
    ),
    (
        "cpam",
        "AP",
        "Etudiant colombien, numéro provisoire ({{NIA}}) sur son attestation : [[NIR:1 89 12 99 134 019 30]]. Il s'appelle [[P:Andrés Felipe Ramírez]]. Il veut son numéro définitif pour sa {{carte Vitale}}, ça bloque car acte de naissance pas traduit. L'agent parle espagnol un peu, ça l'aide bcp.",
    ),
    (
        "cpam",
        "AP",
        "Homme sans domicile, vient avec un mot de l'assistante sociale de l'accueil de jour {{La Halte}}. Il n'a plus de papiers du tout. Il s'appelle [[P:Didier « Didou » Quintin]], il épelle : [[P:Q-U-I-N-T-I-N]]. Ass. sociale joignable au [[TEL:02 97 84 11 60]]. Son NIR est retrouvé par recherche nom + date : [[NIR:1 66 08 56 162 077 95]]. L'agent lui imprime une attestation de droits, il la plie en 4 dans sa poche.",
    ),
    (
        "cpam",
        "AP",
        "Une dame veut créer son compte ameli mais elle n'a pas d'adresse mail. Sa petite fille lui en a fait une : [[MAIL:m.lefeuvre56 (at) orange.fr]]. Mot de passe perdu déjà. L'agent réinitialise avec le code envoyé par courrier, {{5 jours}}. Elle soupire.",
    ),
    (
        "cpam",
        "AP",
        "Maman d'un garçon autiste ({{8 ans}}), [[P:Nolan]], pour la prise en charge {{ALD}} des séances d'orthophonie. L'orthophoniste Mme [[P:Bertrand]] n'est pas conventionnée pour un acte. La maman dit qu'elle paie {{60 €}} par semaine de sa poche depuis sept.",
    ),
    (
        "cpam",
        "AP",
        "11h05 monsieur vient pour un remboursement de transport ({{VSL}}), il a la facture du taxi {{Ambulances Guérin}}. Pas de prescription médicale de transport jointe. Retour au médecin. Il en profite pour donner un nouveau RIB, [[IBAN:FR7614505000010812345678950]]. Il habite loin : [[ADR:lieu-dit Coat Hir, 29410 Pleyber-Christ]], 40 km aller.",
    ),
    (
        "cpam",
        "AP",
        "Mr [[P:Pascal Riou]] veut savoir s'il a droit à la {{pension d'invalidité}}, arrêt depuis {{3 ans}}. N° sécu [[NIR:1670256260083 11]]. Né le [[DN:12 février 1967]]. L'agent voit que le médecin conseil l'a déjà convoqué 2 fois, pas venu. Il dit qu'il n'a jamais reçu les courriers, il vit chez sa sœur depuis : [[ADR:8 rue Jean Moulin, 22000 Saint-Brieuc]].",
    ),
    # Cpam, accueil telephonique
    (
        "cpam",
        "AT",
        "Plateforme {{3646}}, 14h. Un assuré appelle pour son remboursement de kiné. Identification : NIR [[NIR:2911129019046 38]] + date de naissance [[DN:29-11-1991]]. Le remboursement est parti le {{3 mars}}, sur un ancien compte. Nouveau RIB à envoyer via ameli. L'agent reste super calme.",
    ),
    (
        "cpam",
        "AT",
        "Appel d'un fils pour sa mère en EHPAD {{Les Jardins d'Arcadie}}, elle n'a pas reçu sa nouvelle carte. Adresse où envoyer : [[ADR:chambre 214, 8 rue du Docteur Roux, 35700 Rennes]]. Mère : Mme [[P:Yvonne Tanguy]], née le [[DN:30 avril 1932]]. Lui : [[P:Philippe]], il a une procuration.",
    ),
    (
        "cpam",
        "AT",
        "Stats de l'équipe affichées au mur : taux de décroché {{78 %}}, {{DMT}} (durée moyenne) {{6 min 40}}. Objectif {{85 %}}. L'agent dit que le chiffre les stresse plus que les appels eux-mêmes. Elle prend un appel sur les {{dépassements d'honoraires}}, puis un sur la {{carte européenne}}.",
    ),
    (
        "cpam",
        "AT",
        "Pharmacien qui appelle (ligne PS) : un patient, Mr [[P:Harry Lucas]], se présente avec une ordonnance de {{Lyrica}} qui a l'air falsifiée. Il donne le n° de sécu lu sur la carte : [[NIR:1 63 09 29 232 056 72]]. L'agent transfère au service contrôle. Officine : {{Pharmacie des Halles}}, rappel au [[TEL:02.98.44.70.12]].",
    ),
    (
        "cpam",
        "AT",
        "Assurée en arrêt maladie, pas d'{{IJ}} depuis {{2 mois}}. Elle dicte son nouveau RIB lettre par lettre : [[IBAN:F R 7 6 1 7 5 1 5 9 0 0 0 0 0 4 4 1 9 8 2 2 6 0 1 6 3]]. L'agent demande de l'envoyer plutôt par l'espace {{ameli}}, trop de risques d'erreur. Elle dit qu'elle n'a pas d'ordinateur, juste son téléphone.",
    ),
    (
        "cpam",
        "AT",
        "Appel sortant (campagne renoncement aux soins) : l'agent appelle Mme [[P:Rozenn Le Bihan]] au [[TEL:06 14 70 88 52]], répondeur. Message laissé : « c'est la Caisse d'assurance maladie, on voudrait vous aider pour vos soins dentaires, rappelez le {{3646}} ». Elle m'explique que la moitié ne rappelle jamais.",
    ),
    (
        "cpam",
        "AT",
        "3 raccrochés d'affilée au moment du décroché. L'agent : « ils attendent {{20 min}} et ils raccrochent au moment où je dis bonjour, je sais pas pourquoi ». Pause de {{5 min}} imposée entre deux appels difficiles, elle ne la prend jamais.",
    ),
    (
        "cpam",
        "AT",
        "Touriste espagnol hospitalisé à {{Saint-Malo}}, c'est sa fille qui appelle d'Espagne. Numéro de la carte européenne (CEAM) : [[ID:80724000010245331960]]. Patient : [[P:José Luis Herrero Gil]], né le [[DN:03/08/1961]]. Tél de la fille : [[TEL:+34 612 48 93 07]]. L'agent explique que l'hôpital facture direct.",
    ),
    (
        "cpam",
        "AT",
        "Appel : « je déménage à {{Lille}} {{le 15}}, vous pouvez m'envoyer l'attestation de droits à ma nouvelle adresse ? » -> [[ADR:145 rue Solférino, appartement 3, 59000 Lille]]. Elle s'appelle [[P:Margaux Delattre]]. Agent : la Cpam du Nord reprendra le dossier automatiquement, {{2 mois}} de délai.",
    ),
    (
        "cpam",
        "AT",
        "Un monsieur appelle d'Algérie pour la pension de réversion de sa mère, mais c'est la {{Carsat}} pas nous. Il laisse quand même son numéro, l'agent le note par politesse : [[TEL:+213 5 55 42 17 80]]. Le père s'appelait [[P:Rachid Meziane]]. {{9 min}}.",
    ),
    (
        "cpam",
        "AT",
        "Assurée invalidité {{catégorie 2}}, veut savoir si elle peut travailler à {{mi-temps}}. Elle donne sa date de naissance en toutes lettres : « le [[DN:douze avril soixante-trois]] ». Réponse : oui mais plafond de cumul. L'agent lui envoie la fiche par mail à [[MAIL:annie.guillemot@laposte.net]].",
    ),
    (
        "cpam",
        "AT",
        "Délation par téléphone : une femme dit que sa voisine [[P:Sabrina]] « est en arrêt maladie mais fait des ménages au black », elle donne l'adresse [[ADR:27 résidence du Parc, bât C]] et la voiture « une {{Twingo}} rouge [[IMMAT:DE-611-AK]] ». L'agent prend note et dit qu'il transmet, sans plus. Il me dit après qu'il y en a {{2 ou 3 par semaine}}.",
    ),
    (
        "cpam",
        "AT",
        "Mr appelle pour la {{CSS}}, il a reçu un refus. Ressources : {{ASS}} + petit boulot. L'agent refait le calcul avec lui au téléphone, il dépasse de {{14 €}}. Il rit jaune : « 14 balles ». Elle lui parle de l'aide complémentaire du {{fonds d'action sanitaire}}.",
    ),
    (
        "cpam",
        "AT",
        "appel 15h47. tutrice UDAF pour un majeur protégé, Mr [[P:Gilles Marzin]], changement adresse : il sort de l'hôpital psy et va en foyer, {{Foyer Ker Avel}}, [[ADR:4 rue de Kerjaouen, 29200 Brest]]. n° sécu [[NIR:1550635024012 39]]. la tutrice donne son mail pro [[MAIL:t.hamon@udaf29.fr]].",
    ),
    # Cpam, controle sur place
    (
        "cpam",
        "CSP",
        "Contrôle arrêt de travail à domicile avec l'agent assermenté. Heures de sortie autorisées {{9h-11h}} et {{14h-16h}}. On passe à {{11h30}} [[ADR:6 rue des Mouettes, Lanester]]. Nom sur la porte : « [[P:J. Hascoët]] ». Personne. Voisin qui fume sur son balcon : « il est au boulot au garage, il bosse au noir ». L'agent ne répond pas, il laisse l'avis.",
    ),
    (
        "cpam",
        "CSP",
        "Contrôle transports : on attend devant l'hôpital les taxis conventionnés. Le {{Taxi Kerouredan}} [[IMMAT:GH-732-TB]], chauffeur Mr [[P:Loïc Kerouredan]], transporte 2 patients pour des séances de dialyse mais facture 2 courses séparées. L'agent relève les noms des patients : [[P:Marie-Thérèse Allain]] et [[P:René Cozic]]. Gêne du chauffeur.",
    ),
    (
        "cpam",
        "CSP",
        "Visite PRADO à domicile après prothèse de hanche. [[P:Marcel]], {{86 ans}}, [[ADR:3e étage sans ascenseur, 17 rue de la Tour d'Auvergne]]. Sa fille [[P:Corinne]] vient le midi, son numéro noté sur le frigo : [[TEL:06 23 57 19 84]]. L'infirmière passe 2 fois/j. La conseillère vérifie déambulateur, rehausseur WC. Ok.",
    ),
    (
        "cpam",
        "CSP",
        "L'agent enquêteur m'explique ses pouvoirs : il est assermenté, il peut constater mais pas fouiller, pas entrer sans accord. Il a une carte professionnelle qu'il montre toujours. Environ {{30 %}} des contrôles d'arrêts débouchent sur une suspension des IJ. Il trouve ça « pas si mal pour un outil de dissuasion ».",
    ),
    (
        "cpam",
        "CSP",
        "Vérif de résidence pour l'{{AME}} à l'hôtel {{Formule 1}} de la zone industrielle, [[ADR:chambre 31, 2 rue des Frères Lumière, Ploërmel]]. Famille [[P:Kryeziu]] (Kosovo). 4 dans 9 m². Le père montre les passeports : [[ID:P0218745]], [[ID:P0218746]]. Les enfants font leurs devoirs sur le lit. L'agent valide la résidence.",
    ),
    (
        "cpam",
        "CSP",
        "Visite dans une caravane sur un terrain privé, [[ADR:chemin de la Lande, 35160 Breteil]], patient en {{ALD}} diabète qui ne vient plus aux rdv. Mr [[P:Tony Lagrené]], la plaque de la caravane [[IMMAT:AZ 406 LE]]. Il a l'insuline au frais dans une glacière car pas d'électricité la nuit. L'agent contacte l'infirmière libérale.",
    ),
    (
        "cpam",
        "CSP",
        "Contrôle d'un cabinet infirmier (facturation anormale, {{250 actes}}/j). L'infirmière, Mme [[P:Soizic Le Roux]], montre ses tournées. Sur son écran la liste des patients, l'agent relève un NIR qui revient 3 fois : [[NIR:2 79 04 44 190 058 11]]. Elle dit que c'est une patiente à 3 passages par jour. A vérifier.",
    ),
    (
        "cpam",
        "CSP",
        "Route de campagne, {{Renault Zoe}} de service, {{1h10}} de trajet pour un seul contrôle. L'agent me dit que le département est grand comme {{2 fois}} le Luxembourg et qu'ils sont {{3 agents}} pour tout le territoire. Personne sur place, volets fermés. On repart.",
    ),
    (
        "cpam",
        "CSP",
        "Assuré en arrêt pour lombalgie. Devant la maison [[ADR:La Haute Rivière, 22100 Quévert]], un {{Renault Trafic}} [[IMMAT:FK-229-BN]] floqué {{Toitures Le Meur}}, échelle sur le toit de la grange. Le patron de l'entreprise, c'est lui, M. [[P:Le Meur]] lui-même. Il dit qu'il « surveille juste » son apprenti [[P:Kylian]]. L'agent prend 2 photos depuis la route.",
    ),
    (
        "cpam",
        "CSP",
        "Accompagnement santé à domicile, Mme [[P:Renée Gourvennec]], {{79 ans}}, renonce à ses appareils auditifs. Dans l'entrée, calendrier des pompiers, photos des petits-enfants. Elle sort sa carte de mutuelle {{MGEN}} n° [[ID:187 452 916]], sa carte vitale [[NIR:2 38 11 56 184 012 94]] et un devis {{Audika}} à {{3 200 €}}. L'agent lui explique le {{100 % Santé}}.",
    ),
    (
        "cpam",
        "CSP",
        "Contrôle de présence pendant arrêt, [[ADR:Bât. Les Cèdres, esc. 4, porte 402, 12 avenue de Bretagne, Lorient]]. Sur la porte « [[P:KERBORIOU Jonathan]] », trois enfants ouvrent. Le père arrive après {{5 min}}, en tongs. Il dit qu'il dormait. L'agent valide la présence, coche la case. « Pas de zèle ».",
    ),
    (
        "cpam",
        "CSP",
        "Enquête CSS (déclarée seule avec 2 enfants). Maison mitoyenne [[ADR:23 rue Anatole France, 56700 Hennebont]]. Sur la BAL 2 étiquettes : « [[P:S. Moisan]] » et « [[P:Kévin Guyader]] ». Colis {{Amazon}} posé sur le muret, étiquette au nom de Mr [[P:Guyader]] avec son mail [[MAIL:kevin.guyader56@free.fr]] et son portable [[TEL:0677124509]]. Mme [[P:Moisan]] dit que c'est son frère. L'agent note, il sait que ça finira au contentieux.",
    ),
]
# --- CCAS ------------------------------------------------------------------------------------
NOTES += [
    # CCAS, accueil physique
    (
        "ccas",
        "AP",
        "Demande de domiciliation. Mr [[P:Sébastien Morin]], né le [[DN:08/09/1981]], dort sous une tente au bord du canal depuis l'été, vers l'{{écluse}}. Sans adresse, pas de courrier, pas de RSA. L'agente remplit l'attestation d'élection de domicile, il reçoit son courrier ici à partir de demain. Elle lui dit « vous venez le voir au moins une fois tous les {{3 mois}} sinon on radie ».",
    ),
    (
        "ccas",
        "AP",
        "Aide énergie. La dame a une facture {{TotalEnergies}} de {{612 €}}, réf client [[ID:1 302 845 771]], point de livraison [[ID:14 21 58 30 66 91 27]]. Adresse du logement : [[ADR:5 rue du Maréchal Joffre, appt 6]]. Elle chauffe avec un radiateur électrique d'appoint, {{1 pièce}} seulement. Dossier {{FSL}} monté sur place.",
    ),
    (
        "ccas",
        "AP",
        "Salle d'attente : 7 personnes, dont 2 avec poussette. Affiche pour l'{{épicerie sociale}} et pour le {{Secours populaire}}. L'agente d'accueil connaît presque tout le monde par son prénom, ça fait « bureau de village ». Elle me dit qu'elle fait aussi l'accueil téléphonique en même temps, {{2 postes}} pour {{1 personne}}.",
    ),
    (
        "ccas",
        "AP",
        "Femme venue avec une amie. Elle a quitté le domicile conjugal cette nuit, elle ne veut PAS donner son adresse actuelle. Son prénom : [[P:Leïla]]. Le mari : [[P:Yassine Amrani]], elle a peur qu'il la retrouve par les services. L'agente appelle le {{3919}} avec elle et réserve une nuit à l'hôtel via le {{115}}. Amie : [[P:Sonia]], tel [[TEL:07 81 26 44 39]].",
    ),
    (
        "ccas",
        "AP",
        "Vieux monsieur, {{84 ans}}, retraite de {{720 €}}. Jamais demandé l'{{ASPA}}. Il s'appelle [[P:Raymond Guillou]], né le [[DN:3 janvier 1940]] à {{Plouguerneau}}, il y a toujours vécu. L'agente remplit la demande et lui explique la récupération sur succession, il dit « ma maison elle vaut rien de toute façon ». NIR recopié de la carte : [[NIR:1 40 01 29 195 031 72]]. Adresse [[ADR:14 route de Lannilis, Plouguerneau]].",
    ),
    (
        "ccas",
        "AP",
        "colis alim. famille 5 pers, maman + 4 enfts. nom [[P:Traoré]], num caf [[ALLOC:4418609]] pour le QF. carte {{Restos du Cœur}} expirée. l'agente leur donne 2 bons de {{30 €}} {{Carrefour}} + rdv épicerie sociale {{mardi}}. la plus grande ([[P:Awa]], {{12 ans}}) traduit pour sa mère.",
    ),
    (
        "ccas",
        "AP",
        "Jeune de {{22 ans}} envoyé par la {{Mission locale}} pour le {{FAJ}}. Inscrit France Travail ([[FT:0417553J]]). Il habite chez un pote, [[ADR:appartement 8, 31 rue Saint-Hélier]], sur le canapé. Conseillère ML Mme [[P:Fournier]] joignable au [[TEL:02 99 31 67 02]]. Il veut passer le permis. Demande à passer en commission jeudi.",
    ),
    (
        "ccas",
        "AP",
        "— Vous habitez où monsieur ?\n— Au camping, à l'année.\n— Quelle adresse ?\n— [[ADR:mobil-home 23, camping des Peupliers, route de Pornic]]\n— D'accord. Et vous êtes combien ?\n— Moi et le chien.\nMr [[P:Gérard Leroux]], {{61 ans}}. Le camping ferme en {{novembre}}, il doit partir 4 mois. Il ne sait pas où aller. Il a un livret {{La Banque Postale}}, RIB [[IBAN:FR81 2004 1010 0505 1234 5K02 241]] pour l'aide.",
    ),
    (
        "ccas",
        "AP",
        "Réunion d'équipe 13h30 avant l'ouverture : préparation de l'{{analyse des besoins sociaux}} pour le conseil d'administration. La directrice veut des chiffres sur les {{familles monoparentales}} et les {{plus de 75 ans}} isolés. L'agente d'accueil dit que les chiffres « c'est pas ce qu'on vit ». Silence.",
    ),
    (
        "ccas",
        "AP",
        "Dame avec un commandement de payer. Je lis : « {{SCP Le Gac & Nicolas}}, commissaires de justice ... à la requête de {{Aiguillon construction}} ... Mme [[P:Fabienne Carré]] demeurant [[ADR:6 allée Gabriel Fauré, 35000 Rennes]] ... la somme de {{2 874,50 €}} ». Elle a {{2 mois}} pour payer. L'agente oriente vers la commission FSL + avocat. Le nom de l'huissier : Me [[P:Nicolas]].",
    ),
    (
        "ccas",
        "AP",
        "MONSIEUR [[P:JACQUES PELLETIER]] VIENT POUR LA 3E FOIS CETTE SEMAINE, TOUJOURS LE MEME PAPIER DE LA {{CAF}}. IL NE SAIT PAS LIRE. L'AGENTE LE LUI RELIT. ELLE ME DIT APRES : « C'EST LUI QUI A LE PLUS BESOIN ET IL DEMANDE JAMAIS RIEN ».",
    ),
    (
        "ccas",
        "AP",
        "Aide financière exceptionnelle {{150 €}} pour réparer la voiture ([[IMMAT:EM-389-JC]], une {{Clio 3}}) sinon il perd son CDD chez {{Bigard}} à {{5h}} du matin. Mr [[P:Anthony Derrien]]. Il donne un RIB : [[IBAN:FR76 1910 6008 3913 6247 5022 057]]. L'agente dit que ça passera en commission permanente, versement sous {{10 jours}}.",
    ),
    # CCAS, accueil telephonique
    (
        "ccas",
        "AT",
        "{{Plan canicule}}, appel des personnes inscrites sur le registre. Liste papier : « [[P:LE DUFF Germaine]] - [[ADR:7 rue de Brest, Morlaix]] - [[TEL:02 98 88 05 71]] ». Elle décroche à la {{8e sonnerie}}. « oui oui j'ai bu, j'ai fermé les volets ». L'agente coche. Suivante.",
    ),
    (
        "ccas",
        "AT",
        "Voisin inquiet : Mr [[P:Roger Plassart]] ne répond plus depuis {{3 jours}}, les volets sont fermés, journal {{Ouest-France}} pas ramassé. Adresse [[ADR:12 rue des Rosiers, 56400 Auray]]. Le voisin s'appelle [[P:Hervé]], tel [[TEL:06 86 31 20 95]]. L'agente appelle la police municipale dans la foulée.",
    ),
    (
        "ccas",
        "AT",
        "Standard du CCAS : l'agente décroche en disant « CCAS bonjour » {{60 fois}} par jour selon elle. Beaucoup d'appels pour la {{carte de bus}} gratuite, pour la {{cantine}}, et pour savoir si la mairie a des logements (non, c'est le bailleur). Transferts fréquents vers l'{{Espace solidarité}}.",
    ),
    (
        "ccas",
        "AT",
        "Fille qui appelle de {{Paris}} pour mettre en place le portage de repas pour sa mère, Mme [[P:Odette Gicquel]], {{91 ans}}, [[ADR:4 impasse du Lavoir, Pléneuf-Val-André]]. Numéro de la fille [[TEL:06 09 47 51 38]]. Repas à {{8,90 €}}. Elle demande si le livreur peut aussi vérifier que sa mère va bien. « Pas vraiment son rôle mais il le fait ».",
    ),
    (
        "ccas",
        "AT",
        "Appel de la gendarmerie de {{Landivisiau}}, l'adjudant [[P:Créach]] : ils ont trouvé un homme âgé désorienté sur la départementale, il dit habiter [[ADR:La Croix Neuve]] mais il y en a 3 sur la commune. Nom : [[P:Eugène Abgrall]], né en [[DN:1939]]. L'agente retrouve le dossier APA : [[ADR:Kervézec, Saint-Servais]].",
    ),
    (
        "ccas",
        "AT",
        "Mr appelle, électricité coupée ce matin. Il lit sa facture : numéro de PDL [[ID:25 084 796 312 077]], titulaire [[P:Franck Hamel]]. L'agente appelle {{Enedis}} / fournisseur pendant qu'il est en attente. Le fournisseur s'appelle {{Ekwateur}}. Rétablissement possible si {{FSL}} engagé.",
    ),
    (
        "ccas",
        "AT",
        "dame veut rdv avec l'assistante sociale. prochain créneau dans {{3 semaines}}. elle donne son mail pour la confirmation : [[MAIL:nadia_bensaid@yahoo.fr]]. elle a 4 enfants, loyer impayé depuis {{avril}}. l'agente note « prioritaire » à la main.",
    ),
    (
        "ccas",
        "AT",
        "Alarme de téléassistance déclenchée, le prestataire {{Présence Verte}} appelle le CCAS pour un contact de proximité. Abonnée : Mme [[P:Jeannine Le Corre]], code abonné [[ID:PV-56-018833]], [[ADR:2 rue de la Fontaine, Plumelec]]. Personne n'est joignable. L'agente appelle les pompiers.",
    ),
    (
        "ccas",
        "AT",
        "Ligne directe sénior, {{numéro vert}} gratuit. Ce matin peu d'appels, l'agente en profite pour appeler les personnes qui n'ont pas fait renouveler leur carte de transport. Elle me dit qu'au moins {{1 sur 5}} ne répond jamais et que c'est souvent les plus isolés.",
    ),
    (
        "ccas",
        "AT",
        "Pompes funèbres {{PF Le Gall et Fils}} appellent pour des obsèques prises en charge par la commune : Mr [[P:Jean-Claude Rivoal]], décédé à l'hôpital, sans famille connue. Né le [[DN:19.07.1951]]. Dernier domicile [[ADR:Résidence du Port, appt 14, 2 quai de la Douane]]. L'agente cherche des proches dans le dossier RSA : une sœur, [[P:Marie-Annick]], pas de numéro.",
    ),
    (
        "ccas",
        "AT",
        "Assistante sociale de l'hôpital : patient sortant, plus de logement (expulsé pendant l'hospitalisation). Mr [[P:Christophe Lenormand]], {{57 ans}}. Elle demande une place en résidence autonomie. L'agente : liste d'attente {{8 mois}}. Elle redonne son numéro [[TEL:02.99.28.43.10]] poste 6215.",
    ),
    (
        "ccas",
        "AT",
        "appel 10h50 mr [[P:Gaël]] [[TEL:0689334172]] veut savoir si l'aide cantine a été versée. l'agente trouve le dossier à son nom de famille [[P:Rouxel]]. versée le {{5 mai}}. {{2 min}}.",
    ),
    (
        "ccas",
        "AT",
        "Inscription au {{repas des aînés}} du {{14 décembre}} : couple [[P:Paulette]] et [[P:André Lemoine]], nés les [[DN:02/06/1944]] et [[DN:11/10/1941]], [[ADR:9 rue des Écoles]]. Ils veulent être à la table de Mme [[P:Simon]] « comme l'an dernier ». L'agente note tout sur une feuille Excel imprimée.",
    ),
    (
        "ccas",
        "AT",
        "Le gardien de l'immeuble appelle : odeur forte dans la cage d'escalier, la locataire du [[ADR:bât. B, 4e étage, appt 43, 8 rue Guy Ropartz]] n'ouvre plus à personne. Elle s'appelle Mme [[P:Nadine Le Moal]], réf locataire {{Néotoa}} [[ID:0043817-02]]. Lui : [[P:Patrice]], gardien, [[TEL:06 48 02 73 19]]. L'agente programme une visite à domicile avec l'AS pour demain {{9h}}.",
    ),
    # CCAS, controle sur place
    (
        "ccas",
        "CSP",
        "Visite à domicile avec l'AS du CCAS. Ferme isolée [[ADR:La Grée Saint-Jean, 35550 Pipriac]]. Mr [[P:Bernard Chevalier]], {{77 ans}}, vit seul avec 12 chats. Accumulation (journaux jusqu'au plafond). Le neveu [[P:Cédric]] a signalé, il habite à {{Nantes}}. La voisine Mme [[P:Brière]] lui apporte la soupe tous les soirs. Pas de chauffage, poêle à bois. L'AS demande une mesure de protection.",
    ),
    (
        "ccas",
        "CSP",
        "Évaluation aide à domicile, [[ADR:Résidence Le Clos Fleuri, bât A, appt 3, 10 rue Ernest Renan]]. Mme [[P:Lucienne Bouvier]], veuve, {{88 ans}}. Sur le buffet, la carte de la fille avec son numéro : [[TEL:06 32 17 80 45]]. Et son mail : « [[MAIL:b.bouvier.famille@orange.fr]] ». Elle a du mal à se laver seule. Plan : {{2 h}} d'aide par semaine, {{ADMR}}. Elle dit « je veux pas déranger ».",
    ),
    (
        "ccas",
        "CSP",
        "Visite avec le service communal d'hygiène, signalement insalubrité [[ADR:3 rue du Moulin, 1er étage]]. Fils électriques à nu, WC sur le palier partagé. Locataire : Mr [[P:Ionuț Popescu]] (carte d'identité roumaine n° [[ID:RX482913]]) + femme + bébé. Le propriétaire, [[P:Marc Jaffré]], arrive en BMW [[IMMAT:FN-808-PJ]], très énervé, dit qu'il « rend service ». L'inspecteur le laisse parler et mesure l'humidité : {{85 %}}.",
    ),
    (
        "ccas",
        "CSP",
        "Ancienne {{école Jules Ferry}} occupée (squat), [[ADR:2 rue de la Marne]], 14 familles y vivent depuis la rentrée. On rencontre [[P:Arben]] qui fait l'interprète (albanais), et les enfants [[P:Elira]] et [[P:Dion]] qui vont au collège. L'AS vérifie les inscriptions à la cantine.",
    ),
    (
        "ccas",
        "CSP",
        "Portage de repas, j'accompagne le livreur ([[P:Thierry]]) sur sa tournée. {{38 repas}} en {{3 h}}. Chez Mme [[P:Yvette Rolland]], [[ADR:15 rue Saint-Nicolas]], il reste {{10 min}} pour discuter, c'est sa seule visite de la journée. Le frigo contient les 3 repas précédents pas mangés. Il le signale au CCAS par SMS.",
    ),
    (
        "ccas",
        "CSP",
        "Vieux monsieur dans une caravane sur son propre terrain, [[ADR:parcelle 212, route de Kergoff, 29190 Pleyben]] (pas de numéro de rue). [[P:Jean Morvan]], dit « [[P:Jeannot]] ». Caravane immatriculée [[IMMAT:3841 TF 29]]. Il refuse d'aller en {{EHPAD}}. L'AS négocie juste l'eau : un {{jerrican}} livré par la mairie.",
    ),
    (
        "ccas",
        "CSP",
        "Trajet entre deux visites : l'AS me parle de sa charge, {{90 dossiers}} actifs, et du temps perdu à chercher une place de parking en centre ville. La voiture de service est une vieille {{Kangoo}}. Elle écoute {{France Inter}} et refuse de parler boulot en voiture 😄.",
    ),
    (
        "ccas",
        "CSP",
        "Hôtel social {{Hôtel du Commerce}}, [[ADR:chambre 6, 18 avenue de la Gare]], famille [[P:Oumarov]] (Tchétchénie) payée par le {{115}} depuis {{11 mois}}. Réchaud interdit mais présent. Les enfants [[P:Amina]] et [[P:Islam]] font leurs devoirs sur le lit. L'AS vient pour l'inscription à l'école de la petite dernière. Le père montre le récépissé de demande d'asile : [[ID:2204563918]].",
    ),
    (
        "ccas",
        "CSP",
        "Relogement après incendie de la maison [[ADR:27 rue de Verdun, Vitré]]. Famille [[P:Leroy]], {{3 enfants}}, relogée provisoirement en logement d'urgence [[ADR:4 place du Marché, appt 2]]. La voiture a brûlé aussi : [[IMMAT:DT-119-VR]], l'assurance demande la carte grise partie en fumée. N° Caf [[ALLOC:2650081]] pour l'aide d'urgence. Mme [[P:Leroy]] pleure pour les photos de famille.",
    ),
    (
        "ccas",
        "CSP",
        "Appartement au 5e, BAL qui déborde. Enveloppes par terre : {{Cofidis}}, {{Sofinco}}, huissier, Trésor public, toutes au nom de M. [[P:Alain Duval]] ou « [[P:DUVAL A.]] ». Mr [[P:Duval]] nous ouvre en peignoir. Relevé {{Crédit Mutuel}} ouvert sur la table, [[IBAN:FR76 1131 5000 0108 0072 6543 156]], solde {{-412 €}}. Surendettement, {{46 000 €}}. L'AS propose un dossier {{Banque de France}}. Il a honte, il dit « j'ouvre plus rien depuis 2 ans ».",
    ),
    (
        "ccas",
        "CSP",
        "« Aller vers » dans un hameau, porte à porte avec l'AS et une élue. 6 maisons. Sur les boîtes : [[P:Gautier]], [[P:L. Hervé]], Famille [[P:Pichon]], une sans nom. Chez Mme [[P:Pichon]] on nous offre un café, elle ignore qu'elle a droit à la {{complémentaire santé solidaire}}. L'élue note tout sur son carnet.",
    ),
    (
        "ccas",
        "CSP",
        "Phrase de l'AS en sortant d'une visite : « Je fais ce métier depuis {{25 ans}}, le papier c'est {{70 %}}, les gens c'est {{30 %}}. Avant c'était l'inverse ». On s'arrête à la {{boulangerie}} acheter un sandwich, elle mange dans la voiture.",
    ),
    (
        "ccas",
        "CSP",
        "Visite chez une femme victime de violences, hébergée provisoirement [[ADR:appt 11, 6 rue Édouard Herriot]] (logement ALT). Ordonnance de protection obtenue, l'ex Mr [[P:Julien Tessier]] ne doit pas approcher. Elle a vu sa voiture ([[IMMAT:GC-472-DV]]) passer deux fois devant. L'AS appelle la gendarmerie. La dame : [[P:Morgane]], {{29 ans}}.",
    ),
    (
        "ccas",
        "CSP",
        "Jour d'expulsion, [[ADR:41 boulevard Laënnec, 3e gauche]]. Commissaire de justice + 2 policiers + serrurier. Mr [[P:Hamid Zerrouki]] a fait ses cartons dans la nuit. Son cousin charge tout dans un camion de location {{Ucar}} [[IMMAT:GD-207-XS]]. L'AS a obtenu {{3 nuits}} d'hôtel. Il donne son tel pour le suivi : [[TEL:07 66 93 08 24]].",
    ),
]
# --- Urgences --------------------------------------------------------------------------------
NOTES += [
    # Urgences, accueil physique
    (
        "urgences",
        "AP",
        "Bureau des admissions, {{23h10}}. Patient amené par les pompiers, c'est sa compagne qui donne les infos : [[P:Florian Besnard]], né le [[DN:27/02/1990]], [[ADR:12 rue de la Poterie, 35300 Fougères]]. Carte vitale dans le portefeuille, NIR [[NIR:1 90 02 35 115 063 38]]. L'agente crée l'IPP [[ID:800641227]], imprime le bracelet. {{4 min}} chrono.",
    ),
    (
        "urgences",
        "AP",
        "IOA (infirmière d'accueil) : « Mr [[P:Diallo]], vous avez mal où, de 0 à 10 ? » — « 8 ». Tri 3. Elle tape dans {{Urqual}}. Son prénom c'est [[P:Ousmane]], {{35 ans}}, arrivé à pied depuis le foyer {{Adoma}}. Temps d'attente prévu : {{4 h}}. Il s'assoit par terre, plus de chaises.",
    ),
    (
        "urgences",
        "AP",
        "Salle d'attente à {{21h}} : {{43 personnes}}, dont des brancards dans le couloir. Ecran qui affiche « temps d'attente moyen {{6h30}} ». L'agent de sécurité fait des rondes. Une dame a apporté un thermos de café et des gâteaux pour tout le monde. La télé au mur passe {{BFM}}, une interview de {{Emmanuel Macron}}, personne ne regarde. Une dame en manteau {{bleu marine}} dort assise. Le distributeur de {{Coca}} est vide.",
    ),
    (
        "urgences",
        "AP",
        "Homme SDF amené par la police, hypothermie. Pas de papiers. Il dit s'appeler [[P:Jean-Pierre]], « [[P:Pierrot]] » pour les copains. Nom de famille : [[P:Ménard]] ou [[P:Mesnard]], il sait plus. L'agente crée une identité provisoire « [[P:MENARD Jean-Pierre]] ». L'AS de la {{PASS}} passera demain. Il garde son bonnet {{Decathlon}} même dans le box.",
    ),
    (
        "urgences",
        "AP",
        "maman + bébé fièvre 40. bébé [[P:Timéo Lucas]] né le [[DN:15.03.2024]]. mutuelle {{MAAF}} carte n° [[ID:2001 4577 8310]], rattaché au NIR de la mère [[NIR:2 94 05 13 201 044 07]]. maman tres stressée, elle a conduit depuis {{Combourg}} ({{40 min}}). Pédiatrie saturée, ils attendent en bas. 1h20 plus tard tjrs là.",
    ),
    (
        "urgences",
        "AP",
        "Résidente d'EHPAD ({{EHPAD Korian Les Amandiers}}) amenée en ambulance pour une chute, {{94 ans}}, Mme [[P:Simone Le Pape]]. Pas de famille présente, IPP déjà connu [[ID:P00387412]], NIR [[NIR:230062205001209]]. La fiche de liaison donne le tel du fils [[P:Hervé Le Pape]] : [[TEL:06 71 08 52 44]]. L'ambulancier repart aussitôt. Elle reste seule sur le brancard, elle demande l'heure toutes les 5 min.",
    ),
    (
        "urgences",
        "AP",
        "Touriste allemand, entorse. Carte européenne + passeport n° [[ID:C4F7K92LT]]. [[P:Matthias Schröder]], camping-car garé sur le {{parking des urgences}} (interdit) : [[IMMAT:HH-MS 4521]]. L'agente lui demande de le déplacer, il comprend pas, sa femme [[P:Ute]] traduit un peu en anglais. Facture à envoyer par mail : [[MAIL:m.schroeder@web.de]].",
    ),
    (
        "urgences",
        "AP",
        "3h du mat, jeune homme alcoolisé, ses potes l'ont déposé. Ils donnent son nom : [[P:Enzo Carlier]], étudiant, {{20 ans}}, mais pas d'adresse : « il habite en coloc vers {{Villejean}} ». Un pote montre son insta, [[ID:@enzo_crl]], pour prouver que c'est bien lui. Un des potes, [[P:Hugo]], laisse son numéro [[TEL:07 82 44 19 60]] et part. L'agente soupire : tous les jeudis soirs pareil.",
    ),
    (
        "urgences",
        "AP",
        "L'agente d'admission m'explique l'identitovigilance : nom de naissance, prénom, date de naissance, sexe, lieu de naissance. Toujours vérifier avec une pièce. Le pire c'est les doublons, {{2 %}} des dossiers selon elle. Elle a une affiche « Pas de bracelet = pas de soin ».",
    ),
    (
        "urgences",
        "AP",
        "Femme avec un coquard, dit être tombée dans l'escalier. L'IOA la met à part dans un box. Elle donne son adresse [[ADR:17 cité des Lilas]] puis se reprend : « non, je suis chez ma sœur maintenant », [[ADR:3 rue Victor Hugo, Saint-Grégoire]]. Le médecin, Dr [[P:Amrani]], lui parle de l'{{UMJ}} et d'une plainte. Elle refuse, elle garde le dépliant.",
    ),
    (
        "urgences",
        "AP",
        "— Adresse ?\n— [[ADR:Le Moulin du Bois, Saint-Aubin-du-Cormier]]\n— Code postal ?\n— [[ADR:35140]]\n— Numéro de téléphone ?\n— j'ai pas de portable, le fixe [[TEL:02 99 39 10 82]]\nMr [[P:Henri Boisramé]], {{81 ans}}, venu en tracteur (!) parce que sa femme n'a pas le permis.",
    ),
    (
        "urgences",
        "AP",
        "Accident du travail, main coupée (scie). L'employeur {{Menuiserie Lebreton}} n'a pas fait la déclaration. Le collègue qui l'a amené, [[P:Nicolas]], a garé son utilitaire sur l'emplacement des ambulances : [[IMMAT:GF-584-ME]]. Le blessé : [[P:Lucas Kerbrat]], intérimaire, {{23 ans}}.",
    ),
    (
        "urgences",
        "AP",
        "Les brancardiers passent en courant, le SMUR arrive. L'agente d'accueil me dit qu'il y a {{12 lits}} de porte pour {{160 passages}}/jour. Elle travaille en {{12 h}}, de {{19h}} à {{7h}}. Elle a ramené son propre coussin pour la chaise.",
    ),
    (
        "urgences",
        "AP",
        "Mineur étranger isolé, dit avoir {{15 ans}}, amené par un bénévole d'{{Utopia 56}}. Nom : [[P:Mohamed Lamine Konaté]], né le [[DN:1er janvier 2009]] (date « administrative » dit l'agente, ils mettent souvent le 1er janvier). Bénévole : [[P:Clémence]], [[TEL:06 11 93 57 28]]. L'{{ASE}} sera prévenue demain matin.",
    ),
    # Urgences, accueil telephonique
    (
        "urgences",
        "AT",
        "Régulation {{SAMU}} ({{centre 15}}), je suis à côté de l'ARM. Appel 20h14 : « ma mère est tombée, elle se relève pas ». Adresse : [[ADR:34 rue de Nantes, bâtiment C, 5e étage]], l'ARM demande le code : 4782B. Mère : Mme [[P:Thérèse Hamon]], {{87 ans}}. Appelant : [[P:Didier Hamon]], [[TEL:06 25 81 49 07]]. Envoi des pompiers, {{12 min}}.",
    ),
    (
        "urgences",
        "AT",
        "Enfant de 3 ans a avalé des comprimés de sa grand-mère. Ferme en pleine campagne : [[ADR:La Gaudinais, 35560 Bazouges-la-Pérouse]], « après le calvaire à gauche, la maison avec les volets bleus ». La grand-mère [[P:Monique]] au téléphone, panique. L'ARM garde la ligne pendant {{18 min}} jusqu'à l'arrivée du SMUR. Je n'ai rien écrit pendant, j'étais scotché.",
    ),
    (
        "urgences",
        "AT",
        "Standard des urgences : une fille cherche son père. « Il s'appelle [[P:Alain Gaudin]], né le [[DN:9 septembre 1955]], il a été amené ce matin ». L'agente confirme qu'il est là mais ne donne pas d'info médicale, elle transfère au cadre. {{3 min}}.",
    ),
    (
        "urgences",
        "AT",
        "Chiffres affichés en salle de régulation : {{1 200 appels}} hier, {{14 %}} de décroché après {{1 min}}. {{4 ARM}} la nuit. L'ARM me dit que les appels les plus durs c'est pas les accidents, c'est la solitude : « des gens qui appellent le 15 pour parler ».",
    ),
    (
        "urgences",
        "AT",
        "Appel d'une aire de grand passage, enfant qui convulse. Pas d'adresse postale, l'ARM géolocalise avec {{AML}}. L'homme donne la plaque de sa caravane pour que l'équipe la trouve : [[IMMAT:EK-073-RD]], « la blanche avec la parabole ». Père : [[P:Manuel Reinhardt]]. Portable [[TEL:07 88 30 62 15]].",
    ),
    (
        "urgences",
        "AT",
        "Réceptionniste d'hôtel {{Ibis Budget}} appelle : un client ne répond plus dans sa chambre, [[ADR:chambre 108, 3 rue Jules Verne, 44800 Saint-Herblain]]. Il est inscrit au nom de [[P:Cyril Dumont]]. Le réceptionniste s'appelle [[P:Yanis]], tel de l'hôtel [[TEL:02 40 92 18 66]]. SMUR engagé.",
    ),
    (
        "urgences",
        "AT",
        "Appel en anglais depuis un squat, ancien garage, [[ADR:51 route de Lorient]]. Une jeune femme [[P:Blessing]] dit que son amie saigne beaucoup (enceinte). L'ARM parle anglais couci-couça, utilise un interprète par téléphone ({{ISM}}). {{7 min}} pour avoir l'adresse exacte. Une ambulance part.",
    ),
    (
        "urgences",
        "AT",
        "La procédure : l'ARM prend l'adresse et le numéro de rappel EN PREMIER, avant même le motif, « au cas où ça coupe ». Puis médecin régulateur. Casque, 3 écrans, carte. Elle boit du thé au {{jasmin}} froid. Il est {{2h}}, elle a fait {{63 appels}} depuis {{20h}}.",
    ),
    (
        "urgences",
        "AT",
        "Le pharmacien de garde appelle : patient qui vient de faire un malaise dans l'officine, Mr [[P:Raphaël Caradec]], sa carte vitale : [[NIR:1 02 05 35 047 128 68]]. Officine : {{Pharmacie de la Mairie}}, place du marché. Envoi d'une ambulance privée.",
    ),
    (
        "urgences",
        "AT",
        "Appel d'un patient sorti hier, il a oublié son téléphone et son chargeur dans le {{box 7}}. Il s'appelle [[P:Sofiane Cherif]], il laisse son mail pour qu'on le prévienne : [[MAIL:sofiane.cherif@outlook.fr]], et le numéro de sa copine [[TEL:06 40 76 28 91]]. L'agente met un post-it sur le sac aux {{objets trouvés}}.",
    ),
    (
        "urgences",
        "AT",
        "appel voisine {{6h40}} : fumée qui sort de la cheminée ET des fenêtres chez le voisin, maison au bout de l'impasse [[ADR:impasse des Vergers, n°6]]. Sur la boîte « [[P:R. Tanguy]] ». Sa voiture est là ([[IMMAT:CL-940-FA]]) donc il est dedans. Voisine : Mme [[P:Audrey Salaün]], [[TEL:06 52 14 87 30]]. Pompiers + {{SMUR}}. Je regarde l'ARM taper l'adresse, elle hésite entre 2 communes avec la même impasse.",
    ),
    (
        "urgences",
        "AT",
        "Appel d'une dame âgée qui a déclenché sa {{téléalarme}} par erreur mais a ensuite mal au cœur. [[ADR:Résidence Les Tamaris, appt 26, 1 allée des Mimosas, Carnac]]. Mme [[P:Germaine Tréhin]]. Son médecin traitant c'est le Dr [[P:Kergoat]]. L'ARM reste en ligne, la dame dit « vous êtes gentille ma petite ».",
    ),
    # Urgences, controle sur place
    (
        "urgences",
        "CSP",
        "Sortie SMUR avec l'équipe, arrêt cardiaque à domicile. Pavillon [[ADR:8 allée des Chênes, 35830 Betton]]. La femme, Mme [[P:Catherine Lemaître]], fait le massage guidée par le 15 quand on arrive. Une voiture de voisin bloque l'allée ([[IMMAT:FR-551-BT]]), le médecin descend en courant. Le mari : [[P:Daniel]], {{63 ans}}. Reprise d'activité au bout de {{25 min}}.",
    ),
    (
        "urgences",
        "CSP",
        "Maraude de l'équipe mobile psychiatrie précarité (EMPP) sous le pont de la rocade. 5 tentes. On connaît « [[P:Tonton]] », « [[P:Rasta]] » et [[P:Sylvain]], qui est suivi. [[P:Sylvain]] n'a pas pris son traitement depuis {{10 jours}}. L'infirmier ([[P:Yohann]]) lui donne rdv au {{CMP}} jeudi. Un chien garde l'entrée.",
    ),
    (
        "urgences",
        "CSP",
        "Visite à domicile de l'AS des urgences avant le retour d'une patiente. [[ADR:2e étage sans ascenseur, 9 rue du Cheval Blanc, Josselin]]. Le fils [[P:Laurent]] vit avec elle, chômeur. Baignoire inaccessible, toilettes sur le palier. Elle ne pourra pas rentrer ici. Sur le frigo, le calendrier des infirmières avec le nom de l'{{infirmière libérale}} : [[P:Maëlle]], [[TEL:06 47 28 13 90]].",
    ),
    (
        "urgences",
        "CSP",
        "Le véhicule SMUR : {{Skoda}} break, gyrophare, défibrillateur, sac d'intubation, échographe portable. Équipe : un médecin, un infirmier, un ambulancier. Ils partent en {{3 min}} après l'appel du 15. Le médecin me dit « on est les seuls à voir l'intérieur des maisons des gens, c'est très violent parfois ».",
    ),
    (
        "urgences",
        "CSP",
        "SMUR à la ferme, agriculteur coincé sous un tracteur (le tracteur est immatriculé [[IMMAT:AB-662-KL]]). [[ADR:Ferme de la Ville-Ès-Brets, 22250 Broons]]. Sa fille [[P:Elise]] a appelé. Les pompiers soulèvent avec des coussins. Le médecin pose une perfusion dans la boue. Mr [[P:Joël Rouault]], {{59 ans}}. Héliportage vers {{Rennes}}.",
    ),
    (
        "urgences",
        "CSP",
        "Intervention dans un {{Ibis Budget}}, overdose. Le SMUR trouve la carte d'identité sur la table de nuit : [[P:Kevin Labat]], n° [[ID:X4RT27Q85]], né le [[DN:18/06/1996]]. Sur le lit, une enveloppe adressée à [[ADR:14 rue de Fougères, chambre 5]] ({{foyer Saint-Benoît}}). Naloxone, il se réveille en râlant. Il refuse le transport, décharge signée.",
    ),
    (
        "urgences",
        "CSP",
        "Équipe mobile gériatrique chez un couple, [[ADR:3 place de l'Église, 56230 Questembert]]. Mr et Mme [[P:Le Texier]] ({{89 ans}} et {{86 ans}}). Boîtes de médicaments partout, dont 3 prescrites par 3 médecins différents : Dr [[P:Collet]], Dr [[P:Bignon]], Dr [[P:Pérès]]. L'infirmière les trie en {{45 min}}. Mme dit « c'est moi qui gère, il oublie tout ».",
    ),
    (
        "urgences",
        "CSP",
        "Visite dans un squat (immeuble vide, [[ADR:22 avenue Jean Janvier]]) avec l'équipe de la PASS pour une épidémie de gale. 30 personnes. On prend les noms pour les traitements : [[P:Fatima Oukili]], [[P:Rachida]], [[P:Youssouf Keita]], les enfants [[P:Issa]] et [[P:Mariam]]... L'interprète arabe est une bénévole. Distribution d'{{ivermectine}}.",
    ),
    (
        "urgences",
        "CSP",
        "Debriefing retour d'intervention. Le médecin SMUR m'explique qu'en campagne ils font parfois {{45 km}} pour une intervention, que l'hélico ne vole pas la nuit par brouillard, et que les maisons ne sont pas numérotées. « On cherche des lumières allumées ». Café du distributeur : {{0,60 €}}.",
    ),
    (
        "urgences",
        "CSP",
        "SMUR sur une aire d'accueil, [[ADR:aire des gens du voyage de la Janais, emplacement 7]], enfant de {{2 ans}} en convulsion. Toute la famille dehors. La mère, [[P:Priscilla]], tient l'enfant, [[P:Kenzo]]. Caravane [[IMMAT:EC-318-HW]]. Le grand-père veut venir dans le camion, le médecin refuse gentiment. Tout finit bien, fièvre.",
    ),
    (
        "urgences",
        "CSP",
        "Nuit, crise psychiatrique dans un appartement [[ADR:résidence Alma, tour B, 9e étage, porte 92]]. Police présente. Le jeune homme, [[P:Maxime]], s'est barricadé. Sa mère, Mme [[P:Véronique Leclerc]], nous attend sur le palier. Sur la table, une lettre de la {{MDPH}} à son nom avec la référence [[ID:MDPH35-2023-118465]]. Hospitalisation sans consentement, signée par la mère.",
    ),
    (
        "urgences",
        "CSP",
        "Intervention en résidence étudiante {{Crous}}, [[ADR:résidence Beaulieu, bât. F, chambre 214]], malaise, crise d'angoisse. La colocataire du couloir, [[P:Lou]], a appelé. La patiente : [[P:Camille Vautrin]], carte étudiante n° [[ID:21904518]]. Le médecin prend le temps, {{40 min}}, pas de transport.",
    ),
    (
        "urgences",
        "CSP",
        "Évaluation pour une {{hospitalisation à domicile}}. Mme [[P:Jocelyne Marchand]], [[ADR:27 rue des Capucins, Landerneau]]. Sur le frigo : numéros des voisins écrits au feutre : « [[P:Josette]] [[TEL:02 98 21 56 47]] », « [[P:Gilbert]] en face [[TEL:06 03 88 41 22]] ». {{Lit médicalisé}} à installer, le salon est trop petit, il faudra bouger le buffet.",
    ),
    (
        "urgences",
        "CSP",
        "Appel pour une chute dans une péniche habitée, amarrée au [[ADR:quai Saint-Cyr, anneau 14, Rennes]]. Le propriétaire, [[P:Olivier Thébault]], s'est cassé la cheville en tombant dans la cale. Passerelle étroite, on le sort en brancard cuillère. Nom de la péniche peint à l'arrière : « {{La Belle Isle}} ».",
    ),
]
# --- CHRS / 115 ------------------------------------------------------------------------------
NOTES += [
    # CHRS, accueil physique
    (
        "chrs",
        "AP",
        "Entretien d'admission au CHRS. Mme [[P:Kadiatou Sylla]], née le [[DN:04/04/1993]], 2 enfants ({{3 ans}} et {{7 ans}}). Orientée par le {{SIAO}}, réf. dossier [[ID:SIAO-35-2024-004187]]. NIR [[NIR:2 93 04 99 330 118 79]]. Ancienne adresse : [[ADR:18 rue de Saint-Malo, appt 5]] (expulsée en {{mars}}). Son mail pour le {{SIAO}} : [[MAIL:kadiatou.sylla93@gmail.com]]. L'éducatrice lit le règlement intérieur à voix haute, la dame signe sans lire.",
    ),
    (
        "chrs",
        "AP",
        "Registre du veilleur de nuit, il me le montre : « ch. 4 [[P:LOPEZ]] ok 21h50 / ch. 5 [[P:BENHAMOU]] absent / ch. 7 [[P:Kévin]] + chien ok / ch. 9 M. [[P:Traore]] ok ». Il dit que si quelqu'un ne rentre pas 3 nuits, la place est perdue. {{Couvre-feu}} à {{23h}}.",
    ),
    (
        "chrs",
        "AP",
        "Règlement affiché dans l'entrée : pas d'alcool, pas de visites après {{20h}}, {{participation}} de {{10 %}} des ressources. Tableau des tâches de la semaine : ménage cuisine, poubelles. Dans la cour, un {{olivier}} en pot que personne n'arrose. Une résidente a écrit en dessous « et les éducs ils font quoi » 😂. Le chef de service rit jaune.",
    ),
    (
        "chrs",
        "AP",
        "Sortant de prison ({{centre pénitentiaire}} de {{Vezin}}), arrivé ce matin avec un sac {{Leclerc}}. Mr [[P:Steven Kerjean]], DDN [[DN:11/11/1989]], numéro d'écrou [[ID:52418]]. Sa conseillère SPIP, Mme [[P:Lagadec]], a appelé avant. Il a {{11 €}} sur lui. L'éducateur lui donne un ticket repas et un kit hygiène.",
    ),
    (
        "chrs",
        "AP",
        "Jeune couple avec un chien (staff), refusés partout à cause du chien. Ici ok. Lui : [[P:Jordan Lemée]], CNI [[ID:T7Z3P01K8]], inscrit à France Travail sous [[FT:5093318W]]. Elle : [[P:Laura]], pas de papiers (volés). Le chien s'appelle {{Rocky}}. Ils vivaient dans leur voiture, une 106 [[IMMAT:7429 XN 35]] garée sur le parking de la piscine.",
    ),
    (
        "chrs",
        "AP",
        "Résident demande de l'aide pour son espace {{France Travail}}, radié pour absence à un rdv. Identifiant [[FT:4521873K]], mail [[MAIL:didier.pavec35@gmail.com]], mot de passe oublié. L'éduc passe {{40 min}} dessus avec lui. Il dit « j'ai jamais reçu la convocation », normal il était à la rue.",
    ),
    (
        "chrs",
        "AP",
        "Demandeuse d'asile, Mme [[P:Hawa Cissé]], réorientée du {{CADA}} plein vers le CHRS en urgence. Attestation de demande d'asile n° [[ID:3503142678]], {{ADA}} pas encore versée. Enfant malade, [[P:Fanta]], {{18 mois}}. L'interprète par téléphone est mis sur haut-parleur, la ligne grésille.",
    ),
    (
        "chrs",
        "AP",
        "Repas du soir {{19h}}. {{34 couverts}}. Cuisine avec les dons de la {{Banque alimentaire}}, ce soir lentilles saucisses. Une résidente aide au service, elle était cuisinière avant. Ambiance calme, la télé passe {{Koh-Lanta}}, présenté par {{Denis Brogniart}}. Personne ne parle beaucoup.",
    ),
    (
        "chrs",
        "AP",
        "— La voiture blanche sur le parking, elle est à qui ?\n— C'est la mienne.\n— [[IMMAT:FB 108 GT]], c'est ça ? elle a pas d'assurance, vous le savez ?\n— Ouais...\nL'éducateur ([[P:Samuel]]) négocie avec Mr [[P:Rémi Lorand]] : soit il l'assure, soit elle sort du parking du CHRS. Il a {{15 jours}}.",
    ),
    (
        "chrs",
        "AP",
        "Distribution du courrier au bureau. Le CHRS sert d'adresse pour {{48 personnes}}. Enveloppes du jour : [[P:Nathalie Guérin]] (Caf), [[P:Mickaël Jan]] (tribunal), [[P:Ahmed Bouzid]] (préfecture), [[P:Tiphaine Le Roy]] ({{Orange}}). L'éducatrice dit que le tribunal c'est toujours la panique.",
    ),
    (
        "chrs",
        "AP",
        "La fille d'un résident vient le voir pour la 1ère fois depuis {{2 ans}}, elle a {{16 ans}}. Elle laisse son numéro à l'accueil au cas où : [[TEL:07 49 61 38 02]]. Prénom : [[P:Maëlys]]. Le père, [[P:Olivier]], pleure dans le couloir après. L'éducatrice me demande de ne pas le noter. Je note juste qu'il était heureux.",
    ),
    (
        "chrs",
        "AP",
        "Réunion d'équipe : point sur les recours {{DALO}}, {{12 en cours}}, {{3 gagnés}} cette année, mais toujours pas de logement derrière. Un éduc : « c'était déjà pareil sous {{Sarkozy}} ». Le chef de service dit que le délai moyen de sortie du CHRS est passé de {{6 mois}} à {{14 mois}}. Personne n'a de solution.",
    ),
    (
        "chrs",
        "AP",
        "Mr [[P:Franck Le Dantec]] montre sa lettre de la {{Caf}} : n° allocataire [[ALLOC:6120843]], reprise de l'{{APL}} en foyer. Il veut payer sa participation par virement, l'éduc lui donne le RIB du CHRS. Lui donne le sien pour le remboursement de la caution : [[IBAN:FR76 4255 9100 0008 0132 9736 452]].",
    ),
    (
        "chrs",
        "AP",
        "Résident sous curatelle renforcée, [[P:Gilbert]], {{63 ans}}. Sa curatrice de l'{{UDAF}}, Mme [[P:Perrine Chauvin]], passe le vendredi. Il a {{40 €}} par semaine d'argent de poche. Il les dépense au {{PMU}} en face. Il rigole : « c'est mon seul plaisir ».",
    ),
    # CHRS, accueil telephonique (115)
    (
        "chrs",
        "AT",
        "115, 22h40. Femme seule avec 2 enfants, dort dans sa voiture sur le parking du {{Leclerc}} de {{Saint-Grégoire}}. Plaque [[IMMAT:GE-773-LD]] (l'écoutant la note pour la maraude). Prénom [[P:Jessica]], portable [[TEL:06 18 73 92 40]], batterie {{8 %}}. Pas de place ce soir, maraude envoyée avec couvertures.",
    ),
    (
        "chrs",
        "AT",
        "En {{2h}} d'écoute, l'écoutant a dit « il n'y a pas de place ce soir, rappelez demain à partir de {{9h}} » je crois {{15 fois}}. Il dit que le pire c'est les familles. Il a un tableur avec les places d'hôtel libérées, {{0 ce soir}}.",
    ),
    (
        "chrs",
        "AT",
        "Commissariat appelle le 115 : une famille afghane de 5 personnes est au poste depuis {{18h}}, sortie du train. Père : [[P:Ahmad Rahimi]]. Le brigadier [[P:Le Men]] demande si on peut les prendre. Hôtel trouvé à {{Cesson}} ({{Première Classe}}). Rappel du brigadier au [[TEL:02 99 65 22 20]].",
    ),
    (
        "chrs",
        "AT",
        "L'hôtel {{B&B Hotels}} appelle : ils mettent dehors la famille [[P:Mbemba]], [[ADR:chambre 214, 12 rue de la Frébardière, Cesson-Sévigné]], pour « dégradations ». La mère au téléphone après : [[P:Grâce Mbemba]], elle dit que c'est un trou dans le mur fait par le lit. L'écoutant négocie {{2 nuits}} de plus.",
    ),
    (
        "chrs",
        "AT",
        "Appel d'un homme dans un squat qui sera évacué demain à {{6h}}, [[ADR:7 rue du Manoir de Servigné]] (ancien bureau). Il parle pour les 20 personnes. Il s'appelle [[P:Malik]], il donne [[TEL:07 53 27 81 6]] puis corrige [[TEL:07 53 27 81 66]]. L'écoutant lui dit qu'une équipe viendra, sans pouvoir promettre des places.",
    ),
    (
        "chrs",
        "AT",
        "Appel de l'AS de l'hôpital psy : sortie prévue demain d'un patient sans domicile, Mr [[P:Nicolas Berthelot]], né le [[DN:25/12/1978]]. Elle demande une place en {{CHRS}}, le {{SIAO}} a déjà le dossier n° [[ID:2024-0358]]. Elle donne son mail : [[MAIL:as.psy-pole3@ch-guillaumeregnier.fr]].",
    ),
    (
        "chrs",
        "AT",
        "Bilan de la nuit affiché au tableau blanc : {{212 appels}}, {{87 demandes}} d'hébergement, {{9 orientées}}, {{78 sans solution}}. L'écoutante efface le tableau à {{7h}}. Elle dit que c'est le chiffre {{78}} qui lui reste.",
    ),
    (
        "chrs",
        "AT",
        "appel {{23h12}} mr [[P:TANGUY Joel]] [[TEL:06 36 82 10 57]] dort gare, a froid, {{58 ans}}, diabétique. l'écoutant lui propose la {{halte de nuit}}. il veut pas, « trop de vols ». ok maraude.",
    ),
    (
        "chrs",
        "AT",
        "Femme qui chuchote, appelle depuis la salle de bain chez une amie [[ADR:5 rue Pierre de Coubertin, appt 12]]. Son conjoint la cherche. Elle s'appelle [[P:Sarah]], son amie [[P:Océane Le Borgne]] est avec elle. L'écoutante active la place d'urgence VIF (violences). Taxi payé par le 115, départ dans {{20 min}}.",
    ),
    (
        "chrs",
        "AT",
        "Appel avec interprète (dari), jeune homme isolé, [[P:Zabihullah]], dit avoir {{17 ans}}. Il a déjà un n° au SIAO : [[ID:35-U-118205]]. Il dort sous le {{pont de Nantes}}. L'écoutant appelle le dispositif mineurs, pas le 115.",
    ),
    (
        "chrs",
        "AT",
        "Un habitué appelle tous les soirs, « [[P:Jacky]] ». Il demande l'écoutant par son prénom : « c'est [[P:Fabrice]] ce soir ? ». [[P:Fabrice]] c'est lui. Ils parlent foot, {{Stade Rennais}}, {{10 min}}. Pas de demande d'hébergement. L'écoutant dit « c'est aussi ça le 115 ».",
    ),
    (
        "chrs",
        "AT",
        "Ado de {{17 ans}} mise dehors par ses parents ce soir. Elle s'appelle [[P:Lana Guéguen]], née le [[DN:21 mai 2007]]. Adresse des parents : [[ADR:La Touche, 35390 Grand-Fougeray]]. Elle est à l'arrêt de bus. Son insta c'est [[ID:@lana.ggn]], elle dit que sa copine l'a vue en story. L'écoutant appelle la gendarmerie et l'{{ASE}}, astreinte départementale.",
    ),
    (
        "chrs",
        "AT",
        "Mairie d'une petite commune appelle : un homme dort dans le porche de l'église depuis {{3 nuits}}, la secrétaire ne connaît pas son nom. Pas de moyen de l'héberger sur place. Le 115 envoie la maraude du {{Samu social}} mais c'est à {{45 km}}, pas avant {{minuit}}.",
    ),
    (
        "chrs",
        "AT",
        "Monsieur demande un suivi SIAO par mail parce qu'il n'a plus de forfait, juste le wifi du {{McDo}}. Il épelle : [[MAIL:j.bouvier.1974 arobase gmail point com]]. Nom : [[P:Jérôme Bouvier]]. L'écoutant note « joignable par mail + wifi McDo seulement ».",
    ),
    # CHRS, controle sur place (maraudes, visites)
    (
        "chrs",
        "CSP",
        "Maraude de nuit, {{22h}}-{{2h}}, camion du {{Samu social}}. Arrêts : {{gare}} (3 personnes : « [[P:Le Grand]] », [[P:Dédé]], une femme qui ne dit pas son nom), parking {{Colombier}} ([[P:Bruno]] dans sa voiture, [[IMMAT:BM-520-QA]]), porche de la {{banque}} ([[P:Ryan]], {{19 ans}}). Soupe, café, couvertures, une {{rose}} offerte par une bénévole à la seule femme du groupe. [[P:Ryan]] voudrait une place, il n'y en a pas.",
    ),
    (
        "chrs",
        "CSP",
        "Visite en appartement diffus du CHRS, [[ADR:11 rue de Lorient, 3e étage, porte droite]]. Sur la porte un papier scotché « M. & Mme [[P:Diarra]] ». Mr [[P:Seydou Diarra]] nous reçoit. Humidité dans la chambre des enfants. L'éducatrice vérifie le compteur {{Linky}} : consommation énorme, radiateur d'appoint.",
    ),
    (
        "chrs",
        "CSP",
        "Parking de la zone industrielle, 6 camions aménagés et caravanes. On fait le tour. [[P:Grégory]] (fourgon {{Renault Master}} [[IMMAT:CZ-331-VB]]), un couple [[P:Vanessa]] & [[P:Thierry]] (caravane [[IMMAT:AE 517 TR]]), et un monsieur polonais, [[P:Piotr]], voiture immatriculée en Pologne [[IMMAT:PO 4K918]]. Ils travaillent presque tous, en intérim.",
    ),
    (
        "chrs",
        "CSP",
        "Visite à l'{{Hôtel de la Gare}} ([[ADR:25 boulevard Solférino]]), {{11 familles}} hébergées par le 115. Chambres visitées : 3 ([[P:Nkoulou]]), 7 ([[P:Bajrami]]), 12 ([[P:Dos Santos]]). Pas de cuisine, les familles font cuire du riz sur des plaques électriques cachées. Gérant : M. [[P:Arnaud Picard]], il réclame les factures impayées.",
    ),
    (
        "chrs",
        "CSP",
        "Squat d'un ancien EHPAD, [[ADR:2 rue des Sœurs, Dinan]]. Environ 40 personnes. Le « responsable » de l'étage, [[P:Ibrahim]], nous fait visiter. On relève les personnes vulnérables : [[P:Aissatou]] (enceinte {{7 mois}}), Mr [[P:Sangaré]] (diabète). L'éducatrice passe le relais à la PMI. Électricité tirée depuis le poteau.",
    ),
    (
        "chrs",
        "CSP",
        "Maraude de jour dans les jardins familiaux : un homme vit dans un abri de jardin depuis l'été, [[ADR:jardins familiaux des Gayeulles, parcelle 38]]. Il s'appelle [[P:Patrice Hervouet]], ancien cariste. Son vélo {{Btwin}} est cadenassé à la porte. Le président de l'association des jardins, Mr [[P:Lebouc]], nous a appelés, « il ne fait de mal à personne, mais l'hiver arrive ». Il accepte un rdv à l'accueil de jour.",
    ),
    (
        "chrs",
        "CSP",
        "Sac de maraude : {{thermos}}, gobelets, soupes en brique, chaussettes, protections hygiéniques, croquettes pour chiens, {{kit hygiène}}, carte des accueils de jour. L'éducateur me dit qu'on leur demande souvent des chargeurs de téléphone, plus que de la nourriture.",
    ),
    (
        "chrs",
        "CSP",
        "Gare, {{1h}} du matin. Un homme qu'on ne connaît pas, [[P:Christian]], {{50 ans}}, très amaigri. Il accepte qu'on appelle sa sœur, il donne son numéro de mémoire : [[TEL:zéro six, quarante et un, dix-huit, vingt-cinq, soixante-dix]]. Elle décroche, pleure. Elle habite [[ADR:4 rue des Marronniers, Laval]], elle vient le chercher demain.",
    ),
    (
        "chrs",
        "CSP",
        "Visite de suivi après relogement (sortie CHRS il y a 2 mois). Mme [[P:Linda Ferrand]], nouveau logement [[ADR:bât. Orion, appt 507, 3 rue de Suède]]. Elle est fière, on a droit au tour du propriétaire. Voisine de palier, Mme [[P:Gomez]], passe dire bonjour. Réf. locataire {{Archipel Habitat}} [[ID:L-0093371]] sur le bail affiché au frigo, et le RIB pour le prélèvement : [[IBAN:FR76 1250 6200 5678 9012 3451 261]].",
    ),
    (
        "chrs",
        "CSP",
        "Débrief de fin de maraude, {{2h30}}, dans le local. {{23 personnes}} rencontrées, {{4 nouvelles}}, {{1 hospitalisée}}. L'éducatrice écrit le compte rendu sur le logiciel du {{SIAO}}. Ils finissent la soupe qui reste.",
    ),
    (
        "chrs",
        "CSP",
        "Caravane chez un agriculteur qui l'héberge sur son terrain, [[ADR:La Basse Cour, 35250 Chevaigné]]. L'agriculteur, M. [[P:Roger Lemonnier]], dit « il m'aide pour les vaches, je le laisse là ». L'homme hébergé : [[P:Dominique]], dit « [[P:Dodo]] ». Vieille {{Citroën C15}} [[IMMAT:2156 RP 35]] sans contrôle technique. Il refuse de venir au CHRS.",
    ),
    (
        "chrs",
        "CSP",
        "Visite d'un logement temporaire ({{ALT}}) avant entrée. [[ADR:6 square de Galicie, appt 21]]. L'état des lieux : plaques cassées, porte de placard arrachée. Lettre du bailleur scotchée au mur, adressée à l'ancienne occupante Mme [[P:Sandrine Morel]], réf. [[ID:ALT-2023-0417]]. L'éducateur prend des photos pour le bailleur.",
    ),
]
# --- France Travail --------------------------------------------------------------------------
NOTES += [
    # France Travail, accueil physique
    (
        "france_travail",
        "AP",
        "Inscription d'un monsieur licencié de chez {{Cooperl}}. L'agent crée le dossier, identifiant attribué : [[FT:6034217M]]. Né le [[DN:22/07/1972]]. Mail [[MAIL:pbriand.72@sfr.fr]]. Adresse [[ADR:Le Clos Gérard, 22400 Lamballe-Armor]]. Il a {{30 ans}} d'ancienneté, il ne sait pas faire un CV, il n'en a jamais fait.",
    ),
    (
        "france_travail",
        "AP",
        "{{Atelier CV}} en petit groupe. La conseillère projette un CV modèle au nom de « [[P:Jean Dupont]], [[ADR:12 rue de la Paix, 75002 Paris]], [[TEL:06 00 00 00 00]] ». Une dame demande si elle doit mettre sa photo. Réponse : « pas obligatoire ». Elle explique qu'on ne met plus sa date de naissance ni sa situation familiale.",
    ),
    (
        "france_travail",
        "AP",
        "Bornes d'actualisation dans le hall, {{4 sur 6}} en panne. Un jeune monsieur tape son identifiant en le lisant sur un papier : [[FT:452 1873 K]]. Ça ne marche pas, il tapait un X au lieu du K. Le service civique ([[P:Louane]]) l'aide. Il repart avec l'attestation imprimée.",
    ),
    (
        "france_travail",
        "AP",
        "Mr [[P:Abdoulaye Ndiaye]] a reçu une lettre de radiation ({{1 mois}}) pour absence à un rdv. Il montre la lettre : « identifiant : [[FT:3318940B]] ». Il dit qu'il était à l'hôpital ce jour-là, il a le bulletin. La conseillère fait un recours gracieux sur place et note son tel [[TEL:07 58 21 63 94]] pour le tenir au courant.",
    ),
    (
        "france_travail",
        "AP",
        "File d'attente à l'ouverture à {{8h30}} : {{17 personnes}} dehors sous la pluie. La moitié viennent pour un problème d'{{actualisation}} ou de {{Mon espace}}. Un vigile distribue des tickets. La directrice d'agence me dit que l'accueil sans rdv ferme à {{12h30}}.",
    ),
    (
        "france_travail",
        "AP",
        "Jeune de {{18 ans}}, {{Contrat d'engagement jeune}}. Il vient avec sa mère. Lui : [[P:Nathan Le Guen]], elle : [[P:Stéphanie]]. Né le [[DN:9 mars 2006]]. Ils habitent [[ADR:Résidence Les Mouettes, bât. 2, appt 14, Saint-Malo]]. Il veut être mécanicien, pas de permis. La conseillère lui propose une immersion au {{Norauto}} de la zone.",
    ),
    (
        "france_travail",
        "AP",
        "Dame avec un trop-perçu d'{{ARE}} de {{1 870 €}}, elle avait repris un CDD sans le déclarer « j'ai cru que l'employeur le faisait ». Elle veut rembourser à {{50 €}}/mois. Elle donne son RIB pour les prélèvements : [[IBAN:FR76 1009 6180 5400 0712 3984 561]]. Elle s'appelle [[P:Véronique Hamelin]].",
    ),
    (
        "france_travail",
        "AP",
        "— Votre identifiant ?\n— [[FT:2 7 0 9 6 1 4 R]]\n— {{R comme Robert}} ?\n— Oui.\n— Et le code postal ?\n— [[ADR:35700]]\nAprès recherche : Mme [[P:Solène Jaffrès]]. Elle vient pour une attestation employeur manquante, {{Intermarché}} ne l'a jamais envoyée.",
    ),
    (
        "france_travail",
        "AP",
        "Monsieur de {{61 ans}} en {{ASS}}, veut savoir quand il peut partir à la retraite. La conseillère dit que c'est la {{Carsat}}. Il donne quand même son n° de sécu au cas où : [[NIR:1 62 04 35 051 017 13]]. Né le [[DN:07.04.1962]]. « Vous savez, à mon âge, on ne m'embauche plus ».",
    ),
    (
        "france_travail",
        "AP",
        "Réfugié soudanais, statut obtenu. Titre de séjour {{10 ans}}, n° [[ID:3502184479]]. Il s'appelle [[P:Mohamed Adam Ishag]]. Il vit à l'{{hôtel du Midi}}, [[ADR:chambre 3, 7 rue d'Antrain]], payé par l'{{OFII}}. Il veut travailler dans le BTP, niveau français {{A2}}. Orientation formation FLE.",
    ),
    (
        "france_travail",
        "AP",
        "Un employeur vient au guichet déposer une offre (!). {{Boulangerie Le Fournil de Margot}}, cherche un vendeur {{CDI}} {{35h}}. Le patron, M. [[P:Hervé Crenn]], laisse son portable [[TEL:06 62 19 45 70]] et le mail de la boutique [[MAIL:contact.fournil.margot@orange.fr]]. La conseillère le renvoie vers l'espace recruteur en ligne, il râle.",
    ),
    (
        "france_travail",
        "AP",
        "Demandeur d'emploi qui vit en caravane, n'a pas de justificatif de domicile. Il montre sa carte grise de caravane, [[IMMAT:FD-028-AX]], adresse dessus : [[ADR:aire d'accueil de Cleunay, emplacement 4]]. Mr [[P:Rudy Lagrenée]]. La conseillère accepte l'attestation de domiciliation du {{CCAS}} à la place.",
    ),
    # France Travail, accueil telephonique
    (
        "france_travail",
        "AT",
        "Plateforme {{3949}}. Appel 9h02 : identifiant [[FT:6781025D]] + code postal, puis date de naissance [[DN:13 octobre 1988]]. L'appelant veut savoir pourquoi son {{ARE}} a baissé. Explication : dégressivité. Il dit « personne m'a prévenu ». {{11 min}}.",
    ),
    (
        "france_travail",
        "AT",
        "Problème d'actualisation classique, la dame a cliqué « oui » à « avez-vous travaillé ». La conseillère corrige. Elle s'appelle [[P:Isabelle Quéméner]], identifiant [[FT:5120388H]]. Elle dit merci {{10 fois}}.",
    ),
    (
        "france_travail",
        "AT",
        "Entre deux appels la conseillère m'explique le {{CEJ}}, le {{RSA}} avec les {{15 heures}} d'activité, et la nouvelle inscription automatique des bénéficiaires du RSA. Elle dit que ça a fait {{+ 30 %}} d'appels depuis {{janvier}}.",
    ),
    (
        "france_travail",
        "AT",
        "Appel sortant : la conseillère appelle les demandeurs qui n'ont pas répondu à la convocation. [[P:Yannis Gourmelon]], [[TEL:06 73 28 40 91]] : messagerie pleine. [[P:Marine Cloarec]] ([[FT:3390127V]]), [[TEL:07.62.03.15.88]] : elle décroche, elle avait oublié, nouveau rdv {{mardi}} {{14h}}.",
    ),
    (
        "france_travail",
        "AT",
        "Un employeur appelle : {{SARL Kervella Bâtiment}} cherche 2 maçons. Le gérant, Mr [[P:Kervella]], demande si on peut lui envoyer des CV. Son mail : [[MAIL:kervella.batiment@wanadoo.fr]]. La conseillère saisit l'offre pour lui, {{15 min}}.",
    ),
    (
        "france_travail",
        "AT",
        "Demandeur parti en Belgique pour un CDD, appelle depuis un numéro belge [[TEL:+32 471 28 93 06]]. Il veut savoir si ses droits continuent. Réponse : formulaire {{U1}}. Il s'appelle [[P:Kévin Dorval]], mail [[MAIL:k.dorval@gmx.be]].",
    ),
    (
        "france_travail",
        "AT",
        "Une mère appelle pour son fils de {{24 ans}}, [[P:Corentin]], qui « ne se lève plus ». Elle donne son identifiant à lui : [[FT:7203419P]], et leur adresse [[ADR:32 rue de la Libération, 29900 Concarneau]]. La conseillère ne peut pas parler du dossier sans lui. La mère pleure. Elle lui donne le numéro de la {{Mission locale}}.",
    ),
    (
        "france_travail",
        "AT",
        "MONSIEUR EN COLERE, RADIE, IL CRIE. IDENTIFIANT [[FT:4095521C]]. IL VEUT PARLER AU DIRECTEUR. LA CONSEILLERE RESTE CALME, ELLE LUI EXPLIQUE LE RECOURS. {{7 MIN}}. IL RACCROCHE SANS DIRE AU REVOIR. ELLE SOUFFLE ET REPREND L'APPEL SUIVANT DIRECT.",
    ),
    (
        "france_travail",
        "AT",
        "L'écran de la conseillère affiche {{42 appels}} en attente. Temps moyen d'attente {{12 min}}. Elle a un quota de {{60 appels}} par jour. Je lui demande si elle aime son travail : « j'aime les gens, pas les indicateurs ».",
    ),
    (
        "france_travail",
        "AT",
        "Demandeur qui dicte son IBAN pour recevoir son {{ARE}} : « FR76, 4061, 8802, 5600, 0403, 2178, 956 » -> [[IBAN:FR76 4061 8802 5600 0403 2178 956]]. Banque en ligne. Il s'appelle [[P:Alexis Poirier]]. La conseillère répète chaque groupe.",
    ),
    (
        "france_travail",
        "AT",
        "appel 11h20, jeune femme, id [[FT:581 0246 L]], veut annuler son rdv car pas de bus depuis {{Plélan}}. nom [[P:Chloé Bertho]]. rdv en visio proposé, elle a pas d'ordi. rdv téléphonique ok.",
    ),
    (
        "france_travail",
        "AT",
        "Appel sur une formation cariste à l'{{AFPA}}. [[P:Damien Rivière]], né le [[DN:1987-05-30]]. Il veut savoir si le permis {{CACES}} est financé. Oui via {{CPF}} + abondement. La conseillère lui envoie le lien par SMS au [[TEL:06 27 93 14 08]].",
    ),
    (
        "france_travail",
        "AT",
        "Changement d'adresse par téléphone : saisonnier logé chez l'exploitant ({{Vergers de la Baie}}) pour la récolte des pommes, [[ADR:La Rougeraie, logement n°3, 50300 Avranches]]. [[P:Guillaume Pasquier]], identifiant [[FT:8846021X]]. Il reste jusqu'à fin {{octobre}}. Nouveau RIB dicté dans la foulée : [[IBAN:FR17 3000 2056 4200 0008 7365 F61]].",
    ),
    (
        "france_travail",
        "AT",
        "Appel via le service {{Acceo}} (transcription pour personnes sourdes). Le demandeur, [[P:Romain Lelay]], écrit ses questions, une interprète lit. Il demande à recevoir les convocations par mail : [[MAIL:romain.lelay@laposte.net]]. Décalage de {{5 secondes}}, la conseillère s'y fait vite.",
    ),
    # France Travail, controle sur place (aller-vers, visites)
    (
        "france_travail",
        "CSP",
        "Bus {{France Travail}} garé sur la place du marché de {{Maure-de-Bretagne}}, {{mardi}} matin. On reçoit : [[P:Armelle]], {{52 ans}}, aide à domicile qui cherche plus d'heures ; Mr [[P:Yves Colas]], agriculteur qui arrête, identifiant [[FT:1187439N]] ; un jeune, [[P:Killian]], venu en mobylette. [[P:Armelle]] donne son mail : [[MAIL:armelle.rouxel56@gmail.com]]. La conseillère n'a pas de réseau, elle passe par le partage de connexion de son téléphone.",
    ),
    (
        "france_travail",
        "CSP",
        "« Aller vers » dans le quartier du {{Blosne}} avec la conseillère et un médiateur. Porte à porte [[ADR:tour Sofia, 4 square de Macédoine]]. Étiquettes sur les portes : [[P:Kanté]], [[P:Haddad]], [[P:Nguyen]], [[P:Dubreuil]]. Chez Mme [[P:Kanté]], 2 jeunes pas inscrits nulle part, [[P:Moussa]] et [[P:Fatou]]. On note le portable de [[P:Moussa]] : [[TEL:07 44 86 19 53]].",
    ),
    (
        "france_travail",
        "CSP",
        "Visite chez un employeur (offre signalée comme frauduleuse : salaire non indiqué, demande de frais). L'adresse de l'entreprise est en fait un domicile : [[ADR:8 allée des Camélias, 44300 Nantes]]. Le « recruteur », Mr [[P:Sébastien Ravel]], nous reçoit sur le pas de la porte. Voiture dans l'allée [[IMMAT:GB-193-SN]]. Offre retirée {{dans la journée}}.",
    ),
    (
        "france_travail",
        "CSP",
        "Exploitation maraîchère, saisonniers logés sur place dans des mobil-homes, exploitation {{Les Jardins de la Plaine}}, [[ADR:Kerlaudy, 29250 Saint-Pol-de-Léon]]. On rencontre [[P:Nicolae]] (roumain), [[P:Ana-Maria]], et [[P:Jérémy]] qui est inscrit chez nous ([[FT:9054318T]]). Une voiture belge dans la cour, [[IMMAT:1-GKT-448]]. Le patron, Mr [[P:Guivarc'h]], veut recruter 10 personnes de plus pour les {{artichauts}}.",
    ),
    (
        "france_travail",
        "CSP",
        "Aire d'accueil, permanence d'inscription dans le local de l'aire. Famille [[P:Helfrick]] : le père [[P:Jonathan]] s'inscrit, identifiant [[FT:2263507G]], il montre son permis C. Camion {{Iveco}} plateau [[IMMAT:DM-604-YR]] pour la ferraille. Le fils [[P:Tyson]], {{17 ans}}, veut faire un CAP. Emplacement : [[ADR:aire de la Baratière, place 9]].",
    ),
    (
        "france_travail",
        "CSP",
        "Visite à domicile d'un demandeur en fauteuil, Mr [[P:Thierry Le Bras]], qui ne peut pas venir en agence (pas d'ascenseur dans l'immeuble). [[ADR:12 rue Jean Macé, 4e étage, 35000 Rennes]]. {{RQTH}} ok, dossier MDPH n° [[ID:MDPH-2022-035-44178]]. Il veut travailler en télétravail, il est bon en informatique. La conseillère parle de {{Cap emploi}}.",
    ),
    (
        "france_travail",
        "CSP",
        "Visite chez une demandeuse qui vit dans un hameau sans bus, [[ADR:3 La Ville Jouan, 22630 Évran]]. Mme [[P:Cindy Orhan]], identifiant [[FT:2741906E]], {{31 ans}}, 2 enfants, une promesse d'embauche en {{Ehpad}} à {{Dinan}} mais plus de voiture. Devis du garage posé sur la table pour sa {{Twingo}} [[IMMAT:BH-857-MN]] : {{980 €}}. Son voisin, [[P:Gérard]], l'emmène parfois. La conseillère monte une aide à la mobilité, réponse sous {{8 jours}}.",
    ),
    (
        "france_travail",
        "CSP",
        "Job dating dans la salle des fêtes, {{9 entreprises}}, {{74 candidats}}. Les recruteurs de l'agroalimentaire cherchent surtout des gens qui acceptent les horaires de nuit. Un recruteur me dit qu'il n'embauche plus que par ce biais. Buffet offert par la mairie, café, {{brioche}}.",
    ),
    (
        "france_travail",
        "CSP",
        "Immersion (PMSMP) chez {{Carrosserie Da Silva}}. On passe voir comment ça se passe. Le tuteur, [[P:Rui]], le patron, est content. Le stagiaire [[P:Baptiste Morel]] (id. [[FT:8102765 k]]), {{26 ans}}, repeint une portière de {{Golf}} [[IMMAT:EH-381-DZ]]. Il dit « c'est la 1ère fois qu'on me fait confiance ».",
    ),
    (
        "france_travail",
        "CSP",
        "Chantier d'insertion espaces verts, on rejoint l'équipe au bord du {{canal}}. Encadrant : [[P:Pascal Gohier]]. Salariés en insertion : [[P:Jimmy]], [[P:Dorian]], [[P:Farid Benali]], [[P:Maryline]]. [[P:Farid Benali]] finit son contrat dans {{1 mois}}, la conseillère vient préparer la suite. Il veut faire jardinier à la ville.",
    ),
    (
        "france_travail",
        "CSP",
        "Permanence dans le CHRS. La conseillère inscrit {{3 résidents}}. [[P:Steve Gallais]] : identifiant créé [[FT:6612087F]], né le [[DN:02 02 1985]], n° sécu [[NIR:1 85 02 35 238 204 41]]. [[P:Mehdi]] : déjà inscrit, radié. Mme [[P:Corinne Guillard]] : elle a perdu son mot de passe, mail [[MAIL:coco.guillard@hotmail.fr]]. Ils sont tous domiciliés au {{CHRS}}.",
    ),
    (
        "france_travail",
        "CSP",
        "Visite à domicile d'un jeune en {{CEJ}} qui ne vient plus depuis 3 semaines. [[ADR:La Ville Ruaud, 35190 Tinténiac]]. C'est sa mère, Mme [[P:Hélène Carfantan]], qui ouvre. Le jeune, [[P:Lény]], dort encore à {{11h}}. Il finit par descendre. Il dit qu'il n'a plus de scooter : la plaque [[IMMAT:AA-204-VZ]] a été volée et il ne peut plus rouler.",
    ),
    (
        "france_travail",
        "CSP",
        "Réunion d'information collective dans l'usine qui ferme ({{Plastiques de l'Ouest}}), {{112 salariés}} licenciés. La conseillère explique le {{contrat de sécurisation professionnelle}}. Les salariés posent des questions sur les indemnités. Un délégué CGT, [[P:Marcel Le Bozec]], prend la parole, très applaudi.",
    ),
    (
        "france_travail",
        "CSP",
        "Visite à l'hôtel social où loge un demandeur : {{Hôtel Central}}, [[ADR:chambre 22, 14 rue Jean Jaurès, Lorient]]. Il n'a pas répondu aux convocations car le courrier arrive à l'accueil et personne ne lui donne. Boîte aux lettres commune, courrier au nom de M. [[P:Tiago Ferreira]] ouvert. Lui : [[P:Tiago]], {{33 ans}}, identifiant [[FT:7741029S]].",
    ),
]


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the inline marks; return the text, the entity spans and the keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        before = marked[last : m.start()]
        parts.append(before)
        pos += len(before)
        if m.group(1) is not None:
            value = m.group(2)
            if value != value.strip():
                raise ValueError(f"span with outer whitespace: {value!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": CODES[m.group(1)]})
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
            raise ValueError(f"unbalanced mark {token!r} in: {text[:60]!r}")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": CHANNELS[channel],
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Seeded split, exactly half of every (site_kind, channel) stratum in each file.

    Inside a stratum, the notes without entities come first, then the notes ordered by the
    rarest label they hold (rarest first), each group shuffled with the seed; the stratum is
    then dealt alternately to dev and holdout. The starting side flips after every stratum
    whose group of notes without entities is odd, so those notes and the rare labels end up
    spread over both halves.
    """
    rng = random.Random(SEED)
    freq = Counter(e["label"] for n in notes for e in n["entities"])
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    dev, holdout = [], []
    side = 0
    for key in sorted(strata):
        members = strata[key]
        if len(members) % 2:
            raise ValueError(f"stratum {key} has an odd number of notes")
        groups: dict[int, list[dict]] = defaultdict(list)
        for note in members:
            rarity = min((freq[e["label"]] for e in note["entities"]), default=-1)
            groups[rarity].append(note)
        ordered = []
        for rarity in sorted(groups):
            group = groups[rarity]
            rng.shuffle(group)
            ordered.extend(group)
        for i, note in enumerate(ordered):
            (dev if (i + side) % 2 == 0 else holdout).append(note)
        if len(groups.get(-1, [])) % 2:
            side ^= 1
    by_id = lambda n: n["id"]  # noqa: E731
    return sorted(dev, key=by_id), sorted(holdout, key=by_id)


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(n, ensure_ascii=False) + "\n" for n in notes]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main() -> None:
    notes = build()
    dev, holdout = split(notes)
    for half in (dev, holdout):
        labels = {e["label"] for n in half for e in n["entities"]}
        missing = set(CODES.values()) - labels
        if missing:
            raise ValueError(f"labels missing from one half: {sorted(missing)}")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} in dev.jsonl, {len(holdout)} in holdout.jsonl")


if __name__ == "__main__":
    main()
