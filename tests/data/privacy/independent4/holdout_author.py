"""Authoring script of the independent4 evaluation notes (corpus5).

Every note below is typed by hand with inline marks: ``[[CODE:value]]`` for an entity and
``{{value}}`` for a keep string. This script strips the marks, computes the offsets and writes
``dev.jsonl`` (100 notes, for tuning) and ``holdout.jsonl`` (100 notes, held out), split at
random with a fixed seed. Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261203

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
SITES = {
    "caf": "caf",
    "cpam": "cpam",
    "ccas": "ccas",
    "urg": "urgences",
    "chrs": "chrs",
    "ft": "france_travail",
}
CHANNELS = {"P": "accueil_physique", "T": "accueil_telephonique", "C": "controle_sur_place"}

# (site, channel, marked text). P = accueil physique, T = téléphone, C = contrôle sur place.
NOTES = [
    (
        "caf",
        "P",
        """{{9h12}} ouverture, deja 14 pers dehors. 1ere dame Mme [[P:Nguyen Thi Lan]] vient pour sa {{prime d'activité}} qui a baissé de {{212 €}} a {{87 €}}. L'agent ([[P:Sabrina]]) lui explique les ressources trimestrielles, la dame hoche la tete mais comprend pas. Sa fille traduit.""",
    ),
    (
        "caf",
        "P",
        """ticket {{B047}}. monsieur tres enervé, dit qu'on lui a demandé 3 fois le meme papier. n° alloc [[ALLOC:2 104 587]], l'agent retrouve le doc dans la GED en 30 sec. il se calme direct""",
    ),
    (
        "cpam",
        "T",
        """appel {{10h40}}, attente annoncée {{12 min}} reelle {{19 min}}. M. [[P:Öztürk]] (il epelle [[P:O TREMA Z T U R K]]) pour une carte vitale perdue. NIR donné de tête : [[NIR:1 78 09 99 352 114 63]]. L'agent [[P:Kevin]] envoie le formulaire S1106 par mail a [[MAIL:emre.ozturk78 arobase gmail point com]]""",
    ),
    (
        "urg",
        "P",
        """{{IOA}} = infirmiere organisation accueil. [[P:Maëlle]] voit 1 patient toutes les 4-5 min. Un jeune, [[P:Yanis B.]], poignet gonflé (foot), ne connait pas son numero secu, on le retrouve par nom + DDN [[DDN:14/02/2007]]. attente estimée {{4h}}""",
    ),
    (
        "chrs",
        "T",
        """{{115}} : 23 appels en 1h. Beaucoup raccrochent. un monsieur appelle pour la {{3e fois}}, il dort dans sa voiture, plaque [[IMMAT:FG-418-LM]] pour que la {{maraude}} le trouve parking du {{Leclerc}} de {{Cesson}}.""",
    ),
    (
        "ft",
        "P",
        """Entretien de [[P:Tharshini]] ([[P:Sivakumar]]), 24 ans, diplome d'infirmiere au Sri Lanka pas reconnu. identifiant FT [[FT:4518823K]]. Conseiller [[P:Mathieu]] parle de la {{VAE}} et du {{GRETA}}. Elle sourit pour la premiere fois quand il parle de stage en {{EHPAD}}.""",
    ),
    (
        "ccas",
        "P",
        """Pas de nom, pas de numero : une personne agee vient juste demander ou est la nouvelle salle des fetes. L'agente prend 10 min pour lui dessiner le plan. file derriere : {{6 personnes}}. personne ne rale.""",
    ),
    (
        "caf",
        "C",
        """Controle sur place chez Mme [[P:Gonçalves Maria da Conceição]], [[ADR:7 impasse des Glycines, 35136 Saint-Jacques-de-la-Lande]]. Verif vie maritale. Le controleur [[P:Loïc]] regarde les brosses a dents (!!) et le courrier. 2 boites aux lettres. ca m'a mis mal a l'aise.""",
    ),
    (
        "urg",
        "P",
        """Une dame arrive avec son mari, en rouge en tri. je n'ai pas vu de nom. Brancardier dit « {{box 7}} ». attente en salle {{2h40}} pour les autres, l'écran affiche toujours 'moins d'1h'""",
    ),
    (
        "cpam",
        "P",
        """{{14h05}} — M. [[P:Rose]] (oui c'est son nom de famille) ramene une feuille de soins papier pour sa femme. l'agent rigole avec lui sur la {{rose}} en pot sur le comptoir. remboursement {{sous 3 semaines}}.""",
    ),
    (
        "ft",
        "T",
        """Plateforme {{3949}}. Appel de Mlle [[P:Kowalska Agnieszka]]: radiée pour absence a convoc. elle dit qu'elle a jamais recu le courrier. Son id : [[FT:307 22 41 Z]]. Adresse dans le dossier pas a jour : [[ADR:15 bis rue de Brest]] alors qu'elle habite maintenant [[ADR:3 square de Galicie, app 42]]. Agent [[P:Nadia]] corrige et fait une demande de réinscription rétroactive.""",
    ),
    (
        "chrs",
        "P",
        """Petit dej au {{CHRS}}. ~30 hebergés. Musique, un mec chante du {{Johnny}}. Les travailleurs sociaux passent 10 min avec chacun pour le planning de la semaine. Aucune intimité, tout le monde entend tout.""",
    ),
    (
        "caf",
        "T",
        """Appel {{3230}}… Une maman, [[P:Fatoumata]], 3 enfants, demande pourquoi l'{{APL}} s'est arrêtée. le conseiller lit l'ecran: « dossier [[ALLOC:0 812 447]] suspendu, déclaration trimestrielle {{RSA}} non faite ». elle pleure. il la fait en ligne avec elle, {{17 min}}.""",
    ),
    (
        "urg",
        "P",
        """« Madame [[P:Le Bihan]] ? [[P:Le Bihan Gwenola]] ? » appelée 3 fois en salle. elle etait partie fumer. L'IDE la raye de la liste et la remet 10 min plus tard.""",
    ),
    (
        "ccas",
        "P",
        """Demande d'aide alimentaire. M. [[P:Said Ahmed Soilihi]], venu de Mayotte il y a 2 mois, heberge chez son cousin [[ADR:bat D, 11 rue Guy Ropartz]]. Il n'a pas encore de num secu. Orienté vers l'{{épicerie sociale}} + {{PASS}} de l'hopital.""",
    ),
    (
        "ft",
        "C",
        """Visite entreprise {{PMSMP}}, boulangerie {{Au Pain d'Antan}}. Le patron, M. [[P:Boulanger]] (!! pour un {{boulanger}}), accepte de prendre [[P:Ousmane]] 2 semaines. Il demande juste qu'il arrive a {{5h}}.""",
    ),
    (
        "cpam",
        "T",
        """Ligne {{3646}}. appelant dicte son numero de secu lentement : [[NIR:un, quatre-vingt-douze, zero-cinq, quatre-vingt-dix-neuf, trois cent douze, zero quarante-cinq, cle trente-huit]]. L'agente tape [[NIR:1 92 05 99 312 045 38]] et le dossier s'ouvre. {{CSS}} refusée, plafond depassé de {{40 €}}.""",
    ),
    (
        "chrs",
        "C",
        """Visite appartement relais avec l'educ [[P:Gaëtan]]. Famille [[P:Popescu]], 5 pers dans un T2 [[ADR:24 avenue de Pologne, 35200 Rennes]]. frigo vide sauf du lait. Le pere [[P:Ionuț]] montre fierement son contrat de 20h chez {{Onet}}.""",
    ),
    (
        "caf",
        "P",
        """ecran d'accueil : 'Bienvenue, prenez un ticket'. borne en panne. l'agent distribue les tickets a la main. temps moyen {{22 min}}. pas de nom retenu.""",
    ),
    (
        "urg",
        "T",
        """Centre {{15}} (j'ai suivi la regulation 20 min). mere au tel, bebe de 3 mois qui respire mal. le medecin regulateur demande la date de naissance : « le [[DDN:vingt-huit août deux mille vingt-six]] ». envoi {{SMUR}}. adresse : [[ADR:La Ville Orhan, lieu-dit Kerdaniel]], la femme precise « apres la ferme avec le {{tracteur rouge}} ».""",
    ),
    (
        "ft",
        "P",
        """[[P:Jean-Baptiste N'Guessan]], ancien cariste, veut faire chauffeur VTC. Conseillere (Mme [[P:Hamidi]]) dit : pas finançable par FT, sauf {{AIF}}. Il note tout dans un petit carnet.""",
    ),
    (
        "ccas",
        "T",
        """Standard {{CCAS}} {{02 99 86 60 00}} (le numéro public du {{CCAS}}). appel d'une voisine inquiete : « la dame du 3e, Mme [[P:Pichon]], je l'ai pas vue depuis 4 jours ». L'agente declenche le protocole, appel aux pompiers.""",
    ),
    (
        "caf",
        "P",
        """Rdv {{10h30}}. Couple [[P:Yılmaz]] — lui [[P:Mehmet]], elle [[P:Ayşe]] — separation en cours, qui touche les allocs ? Le conseiller explique la garde alternée et le partage des {{AF}}. Elle parle turc a son mari en baissant la voix.""",
    ),
    (
        "cpam",
        "P",
        """Sur l'ecran du conseiller je lis : NOM [[P:KANDASAMY]] PRENOM [[P:Ravi]] NE(E) LE [[DDN:03/11/1969]] NIR [[NIR:1 69 11 99 212 034 05]] MEDECIN TRAITANT : NON DECLARE. Il lui trouve un medecin qui accepte ? non, aucun. il lui donne la liste des {{maisons de santé}}.""",
    ),
    (
        "urg",
        "P",
        """Nuit. Un SDF connu de tous, on l'appelle « [[P:Tonton Jo]] ». Il vient 4 fois par semaine. l'IDE lui donne un cafe et une couverture, le laisse dormir dans le {{couloir C}}.""",
    ),
    (
        "chrs",
        "T",
        """{{115}} - la coordinatrice ([[P:Annaïg]]) me montre la liste {{SIAO}}: {{0 place}} ce soir pour hommes seuls. Une femme avec enfant, réf {{SIAO}} [[ID:SIAO-35-2026-08812]], aura une chambre d'hotel a {{Rennes Sud}}.""",
    ),
    (
        "ft",
        "T",
        """Appel sortant du conseiller vers une DE, [[P:Ngoc Anh]]. Repondeur. « Bonjour madame [[P:Tran]], c'est [[P:Julien]] de {{France Travail}}, rappelez moi au [[TEL:02 23 45 67 81]] »... il me dit que c'est sa ligne directe et qu'il la donne pas d'habitude.""",
    ),
    (
        "caf",
        "P",
        """un jeune vient pour la {{prime de Noël}}. Il croyait qu'il fallait la demander. non c'est auto si {{RSA}}. 2 min.""",
    ),
    (
        "ccas",
        "P",
        """Dossier aide facture energie. Mme [[P:Gilet]]?? non, Mme [[P:Gillet]] avec 2 L, elle insiste. ref client {{EDF}} : [[ID:6 004 512 893]]. Montant dû {{684,20 €}}. Aide accordée {{200 €}} (commission jeudi).""",
    ),
    (
        "cpam",
        "C",
        """Delegue assurance maladie en visite chez un kiné, M. [[P:Morvan]]. discussion sur les prescriptions. rien sur les patients. {{45 min}}. Le kiné parle surtout de l'ordonnancier numerique.""",
    ),
    (
        "urg",
        "P",
        """Accueil admin. Patient sans papiers, passeport [[ID:B 4427193]] (Bresil?), nom [[P:Ferreira dos Santos Thiago]]. L'agente cree un dossier {{AME}} en attente. Numero IPP donné par le logiciel : [[ID:00 815 226]].""",
    ),
    (
        "ft",
        "P",
        """Atelier CV, 8 participants. On fait un tour de table, je retiens [[P:Olena]], ukrainienne, comptable, et un gars qu'on appelle [[P:Bigo]]. Le formateur [[P:Stéphane]] dit « vous êtes pas un numéro ici ».""",
    ),
    (
        "chrs",
        "P",
        """Entretien d'accueil. M. [[P:DIALLO Mamadou Aliou]], né le [[DDN:1er janvier 1990]] (il dit que c'est la date mise par defaut a la prefecture, il sait pas sa vraie date). Recepissé : [[ID:3503128844]].""",
    ),
    (
        "caf",
        "T",
        """Rappel programmé {{14h}}. l'agent tombe sur le fils. « Je peux parler a Mme [[P:Benali]] ? » « c'est ma mere, elle parle pas bien, moi c'est [[P:Nassim]] ». Accord oral pour lui parler. Trop-percu {{1 245 €}}, échéancier sur {{24 mois}}.""",
    ),
    (
        "ccas",
        "C",
        """Visite a domicile pour {{APA}} avec [[P:Solenn]] (eval). Mme [[P:Kerhervé]], 91 ans, [[ADR:2 chemin de Kerlann, 29000 Quimper]]. Elle offre des {{crêpes}}, montre les photos de son mari. Grille AGGIR {{GIR 4}}.""",
    ),
    (
        "cpam",
        "P",
        """Personne ne vient pendant 12 min (!), l'agent range des dossiers. Puis rush de 5 personnes a {{11h}}. Questions : {{carte vitale}} x2, arret maladie x1, {{C2S}} x2.""",
    ),
    (
        "urg",
        "P",
        """Tri. Mme [[P:Mercedes Alvarez]] se plaint de douleurs thoraciques. ECG fait en 8 min. Son mari gare la {{Mercedes}} devant l'entree pompiers, agent secu lui demande de bouger.""",
    ),
    (
        "ft",
        "P",
        """Un monsieur donne son identifiant oralement : « [[FT:quatre cinq zero neuf huit un deux, lettre P comme Paul]] ». Conseiller tape [[FT:4509812P]]. Inscription a jour. {{5 min}}.""",
    ),
    (
        "chrs",
        "C",
        """Maraude de nuit 🌙 avec [[P:Yvon]] et [[P:Clarisse]]. Sous le pont de la {{Vilaine}}, 3 tentes. un jeune polonais, [[P:Piotr]], tres alcoolisé, refuse l'hebergement. On laisse soupe + duvet. {{-2°C}}.""",
    ),
    (
        "caf",
        "P",
        """La conseillere montre a un monsieur comment créer son compte sur {{caf.fr}}. il a pas d'adresse mail. elle lui en crée une : [[MAIL:k.mbaye1972@laposte.net]]. je me demande qui s'en souviendra.""",
    ),
    (
        "ccas",
        "P",
        """Domiciliation : 3 personnes. M. [[P:Mdahoma]], sa boite : le {{CCAS}}. la liste affichée derriere le comptoir a des noms en clair (ex. [[P:Hassani]], [[P:LOPES]]…), visible de l'accueil. je le signale.""",
    ),
    (
        "cpam",
        "T",
        """Une femme appelle pour sa mere en {{EHPAD}}. Elle donne le numero de mutuelle : [[ID:MGEN 2 887 654 01]]. Puis son propre tel pour le rappel : [[TEL:06.71.23.90.44]]. L'agent dit « on vous rappelle sous 48h » (moi je doute).""",
    ),
    (
        "urg",
        "P",
        """Pédiatrie. La petite [[P:Inès]], 4 ans, a avalé une pile. Panique des parents. prise en charge immediate. Le pere repete « c'est ma faute » tout le temps. Il tend sa carte vitale a l'admission : [[NIR:1 84 06 2A 004 117 52]] (né en Corse, le 2A).""",
    ),
    (
        "ft",
        "T",
        """Visio ratée, le DE a pas de camera. on passe au tel. Il s'appelle [[P:Aurélien Le Floc'h]], veut reprendre un {{CAP}}. [[P:Le Floc'h]] connait deja le {{CFA}} de {{Ploufragan}}.""",
    ),
    (
        "caf",
        "C",
        """Controle ressources. M. [[P:Traoré]] habite [[ADR:Résidence Les Hortensias, esc B, 9 rue Jules Verne, 44800 Saint-Herblain]]. Relevés demandés. Le controleur note l'IBAN sur le formulaire : [[IBAN:FR76 1027 8360 9100 0204 5870 143]]. ca a pris {{1h10}}.""",
    ),
    (
        "chrs",
        "P",
        """Atelier cuisine {{CHRS}}. Les residents font un tajine. [[P:Karima]] (educatrice) dit que c'est le seul moment ou ils parlent de leur famille.""",
    ),
    (
        "cpam",
        "P",
        """Femme enceinte, declaration de grossesse. Elle dit « c'est pour {{avril}} », le bébé s'appellera [[P:Avril]] si c'est une fille. lol. L'agent [[P:Patrice]] rit.""",
    ),
    (
        "urg",
        "T",
        """Appel d'un {{EHPAD}} pour transfert. resident M. [[P:Guéguen]], DDN [[DDN:1936-07-22]], IPP hopital [[ID:IPP 2019 448 120]]. L'IDE note sur un post-it jaune colle sur l'ecran 😬.""",
    ),
    (
        "ccas",
        "P",
        """Pour [[P:Lourdes]] (elle est portugaise, rien a voir avec {{Lourdes}} en France dit-elle), demande de colis. Elle a {{2 enfants}}, {{510 €}} de ressources. L'agent dit oui pour {{3 mois}}.""",
    ),
    (
        "ft",
        "P",
        """accueil sans rdv: 11h-12h → 9 personnes 😮
Motifs :
* attestation employeur manquante (3)
* actualisation (4)
* un monsieur qui voulait juste imprimer un CV. L'agent d'accueil dit que l'ordi libre-service est en panne depuis {{mars}}.""",
    ),
    (
        "caf",
        "P",
        """Mme [[P:Ait Ouarab]] (prenom [[P:Nour El Houda]], elle dit « appelez moi [[P:Houda]] ») vient declarer une naissance. bébé né le [[DDN:29.11.2026]], prenom [[P:Chahine]]. L'agent modifie le dossier direct, {{PAJE}} ouverte. 9 min.""",
    ),
    (
        "cpam",
        "P",
        """Un homme demande le remboursement de lunettes. L'agente explique le {{100 % santé}}. il repart avec une liste d'opticiens. Durée {{6 min}}. aucun nom echangé, il voulait pas donner sa carte.""",
    ),
    (
        "urg",
        "P",
        """Le vigile s'appelle [[P:Moussa]], tout le monde le connait. il calme un patient agressif rien qu'en parlant. Il me dit qu'il fait ca depuis 11 ans, avant il etait a {{Pontchaillou}}.""",
    ),
    (
        "chrs",
        "T",
        """Appel au {{115}} d'une femme, [[P:Blessing]], nigériane, 2 enfants, a la {{gare}} depuis {{18h}}. Son numero : [[TEL:+33 7 58 21 09 63]]. L'ecoutante ([[P:Camille]]) cherche 40 min. Rien. Elle rappellera à {{23h}}.""",
    ),
    (
        "ccas",
        "P",
        """pour [[P:Nadège]] la petite [[P:Lila]] a besoin d'un dossier cantine. quotient familial {{QF 420}}. tarif {{0,90 €}} le repas au lieu de {{4,10 €}}.""",
    ),
    (
        "caf",
        "T",
        """un monsieur lit son numéro d'allocataire sur un vieux courrier : « [[ALLOC:1, 6, 4, 0, 3, 3, 2]] ». agent : « c'est [[ALLOC:1640332]] ? » « oui ». C'est pour la {{CMG}} (nounou). il cherche l'attestation {{Pajemploi}}.""",
    ),
    (
        "ft",
        "C",
        """Je suis avec [[P:Fabienne]] au salon de l'emploi {{Parc Expo}}. Stand {{Transdev}}: cherche {{40 conducteurs}}. Un jeune, [[P:Kylian]], laisse son num au recruteur: [[TEL:07 82 14 66 39]] écrit sur un coin de flyer.""",
    ),
    (
        "cpam",
        "P",
        """Dossier invalidité. M. [[P:Van Den Berghe]], ancien maçon, dos cassé. il a tout classé dans un trieur bleu. NIR lu sur l'attestation : [[NIR:1.61.02.59.350.221.47]]. L'agente : « je n'ai jamais vu un dossier aussi bien rangé ». Pension {{cat. 2}}.""",
    ),
    (
        "urg",
        "P",
        """SALLE D'ATTENTE : 31 PERSONNES A {{21H}} !!! une fille pleure au tel. Un gars joue a un jeu video le son a fond. l'ecran ne marche pas. personne pour dire quoi que ce soit. j'ai attendu avec eux 45 min pour voir.""",
    ),
    (
        "chrs",
        "P",
        """Entretien d'admission de [[P:Hakan]] (turc, 52 ans), sortie de prison la semaine derniere, pas de {{CNI}}. Il donne son numéro d'écrou de memoire, l'educ refuse de le noter. Il sera à la {{chambre 12}}.""",
    ),
    (
        "caf",
        "P",
        """Mme [[P:Ndiaye]] née [[P:Sarr]], [[P:Aminata]] de son prenom, veut changer d'adresse: nouvelle adresse [[ADR:38 bd Albert 1er, 35000 Rennes]]. l'agent lui dit que ca se fait en ligne, elle dit « mais je suis là, madame ». ça se fait au guichet finalement, et elle ajoute son mail [[MAIL:aminata.ndiaye35@gmail.com]].""",
    ),
    (
        "ccas",
        "T",
        """Appel d'un bailleur ({{Archipel Habitat}}) pour une locataire en impayé : Mme [[P:Le Goff]], ref locataire [[ID:ARC-0045-7781]], dette {{2 310 €}}. L'agente propose le {{FSL}}.""",
    ),
    (
        "ft",
        "P",
        """[[P:Adama]] arrive avec sa cousine pour traduire (bambara). Id FT : [[FT:5 102 877 X]]. Il veut un job dans le batiment. le conseiller lui parle du {{CACES}} et d'{{Adecco}}. Son mail, dicté par la cousine : [[MAIL:adama.keita.pro @ gmail . com]].""",
    ),
    (
        "cpam",
        "T",
        """10 appels écoutés en 1h. thèmes :
- IJ en retard (4)
- {{ameli}} bloqué (3)
- {{carte Vitale}} (2)
- {{CSS}} (1)
Aucun appelant n'a donné son nom sans qu'on lui demande.""",
    ),
    (
        "urg",
        "P",
        """Un patient inconscient, pas de papiers. L'ecran indique : « {{INCONNU 3}} », né le 01/01/1900 (date par défaut du logiciel, pas la sienne). Retrouvé 2h plus tard par la police : [[P:Grégoire Lemaître]].""",
    ),
    (
        "caf",
        "C",
        """Controle chez [[P:Tiphaine Morel]], {{AAH}} + {{APL}}. appart [[ADR:5 rue de la Fontaine, 22000 Saint-Brieuc]]. Une {{fontaine à eau}} dans l'entrée. Le contrôleur regarde les comptes. RAS.""",
    ),
    (
        "chrs",
        "C",
        """Visite squat rue de {{Chatillon}} (ancien garage). ~20 personnes, surtout georgiens. un monsieur, [[P:Giorgi]], montre ses papiers: titre de sejour [[ID:AGDREF 7 503 998 214]]. Odeur de gaz. l'equipe appelle {{GRDF}}.""",
    ),
    (
        "ccas",
        "P",
        """Un papi vient chaque mardi juste pour discuter, l'agente le sait et lui garde 5 min. Il raconte le marché de {{Sainte-Thérèse}}. aucune demande. elle dit « c'est ça aussi le service public ».""",
    ),
    (
        "caf",
        "T",
        """Appel: « bonjour c'est [[P:Kader]], [[P:Kader Meziane]], j'appelle pour mon {{RSA}} ». n° alloc donné en 2 fois [[ALLOC:35 22 910]]... [[ALLOC:3522910]] ah non pardon ([[ALLOC:3522901]]). l'agent retrouve avec le nom + DDN [[DDN:7 juillet 85]].""",
    ),
    (
        "cpam",
        "P",
        """Borne : {{ticket A12}}. Femme voilée avec poussette, demande la {{C2S}}. L'agent [[P:Yohann]] demande l'avis d'imposition, elle l'a en photo sur son tel. il peut pas le prendre en photo → imprime depuis son mail [[MAIL:mariam.kone.2001@hotmail.fr]] sur le poste. {{15 min}}.""",
    ),
    (
        "urg",
        "P",
        """Femme tamoule, [[P:Kalaiselvi]], enceinte 8 mois, contractions. Son mari [[P:Sutharsan]] parle un peu anglais. L'{{IOA}} parle avec google trad. Envoyée en maternité {{Hôpital Sud}} en ambulance.""",
    ),
    (
        "ft",
        "P",
        """Il a 58 ans, [[P:Hervé]]. « A mon age qui va m'embaucher ». La conseillere ([[P:Christelle]]) parle de la {{retraite progressive}}, de {{l'ARE}} jusqu'a {{62 ans}}. Il pleure un peu. Moi aussi presque. Elle lui envoie les infos sur sa boite [[MAIL:h.lemoal @ wanadoo . fr]] (il l'épelle avec des espaces).""",
    ),
    (
        "chrs",
        "P",
        """Distribution courrier 📬 sur les enveloppes :
[[P:RAKOTOMALALA]]
[[P:Ben Youssef]]
[[P:Popa]]
[[P:Le Saux]]
... L'agent appelle les noms fort dans le hall. tout le monde entend.""",
    ),
    (
        "caf",
        "P",
        """Jeune couple. Lui, [[P:Pham Van Minh]], elle, [[P:Hoang Linh]]? (je crois). demande d'{{APL}} pour leur premier appart {{Villejean}}. La conseillere fait la simulation: {{236 €}}/mois. ils sont contents.""",
    ),
    (
        "ccas",
        "C",
        """Visite a domicile avec l'assistante sociale [[P:Morgane]]. M. [[P:Fidèle Mbemba]] (congolais), [[ADR:apt 1208, tour Les Horizons, 2 rue de Nantes]]. Il est {{fidèle}} au rdv, dit-elle, jamais une absence. Demande de secours {{150 €}}.""",
    ),
    (
        "cpam",
        "T",
        """Dictée d'IBAN par téléphone, je note car ça m'a frappé : l'assurée épelle « [[IBAN:F R sept six, trente mille deux, zero zero deux huit]]... ». L'agent tape [[IBAN:FR76 3000 2002 8100 0067 4512 309]]. Ça prend 4 min.""",
    ),
    (
        "urg",
        "P",
        """Un ado, [[P:Enzo]], amené par les pompiers, accident de scooter. plaque du scooter ? le pompier l'a notée : [[IMMAT:EK 572 JT]]. La maman arrive en courant 20 min apres.""",
    ),
    (
        "ft",
        "T",
        """Entretien tel avec [[P:Lucie]], assistante maternelle qui veut se reconvertir. elle donne son linkedin/insta « [[ID:@lucie_nounou35]] » pour montrer ses créations. Conseiller gêné. {{25 min}}.""",
    ),
    (
        "chrs",
        "T",
        """La nuit au {{115}}, pas de noms : « monsieur en fauteuil place de la {{République}} », « famille avec bébé a l'{{aéroport}} ». L'ecoutant note juste prenom + age quand il peut. ce soir : aucun prénom.""",
    ),
    (
        "caf",
        "P",
        """Rdv dossier {{AAH}}. Mme [[P:Blanc]], en fauteuil. L'accueil est au 1er, l'ascenseur est en panne. L'agente descend avec un PC portable. C'est pas la premiere fois, dit-elle. Mme [[P:Blanc]] porte un pull {{blanc}}.""",
    ),
    (
        "cpam",
        "P",
        """Carte européenne d'assurance maladie pour un voyage au Portugal. M. [[P:Fernandes Rui]], ne le [[DDN:12 03 1964]] à Braga. 3 min. la carte arrive {{sous 15 jours}}.""",
    ),
    (
        "urg",
        "T",
        """Un medecin generaliste appelle pour adresser un patient : « M. [[P:Kone]], 67 ans, né le [[DDN:9-10-1959]], je vous l'envoie pour suspicion d'embolie, son numéro de sécu [[NIR:159109935212786]] ». L'IDE note tout sur le logiciel pendant l'appel.""",
    ),
    (
        "ccas",
        "P",
        """Accueil {{CCAS}}, 1h d'observation, 7 passages. Aucun nom retenu : demandes de carte de bus solidaire ({{STAR}}), aide au permis, un dossier {{MDPH}} à photocopier.""",
    ),
    (
        "ft",
        "P",
        """« Mr [[P:NGUYEN]] ? » appelé en salle. 2 personnes se levent, un [[P:Nguyen Van Long]] et un [[P:Nguyen Duc Anh]]. Rires. Le conseiller verifie avec l'identifiant ([[FT:3377124M]]).""",
    ),
    (
        "chrs",
        "C",
        """Visite d'un pavillon pour familles. La cheffe de service, [[P:Véronique]], dit que 40 % des héberges ont un emploi. Chambre de la famille [[P:Abdi]] : impeccable, des dessins sur les murs.""",
    ),
    (
        "caf",
        "T",
        """Une femme appelle en panique : « on m'a pris mon compte ». Quelqu'un a changé l'IBAN sur son espace. ancien : [[IBAN:FR76 1558 9351 0207 4411 9820 042]]. L'agent bloque les paiements. Piratage, il dit que c'est frequent en ce moment.""",
    ),
    (
        "cpam",
        "C",
        """Controle a domicile arret maladie (le medecin conseil n'est pas la, c'est un agent). Mme [[P:Petit]] est absente a {{14h10}}. Voisine : « elle est chez le médecin ». L'agent laisse un avis de passage. un {{petit}} chien aboie.""",
    ),
    (
        "urg",
        "P",
        """Enfant de 7 ans, [[P:Oumou]], crise d'asthme. Sa mere, Mme [[P:Sylla]], a oublié la ventoline a la maison. Aerosol en {{5 min}}, la petite respire mieux. Sortie a {{23h30}} avec une ordonnance.""",
    ),
    (
        "ft",
        "C",
        """Visite d'un chantier d'insertion ({{Le Relais}}). 12 salariés en insertion. l'encadrant [[P:Dédé]] (de son vrai nom [[P:André Le Cam]]) m'explique le tri textile. Pas d'autre nom.""",
    ),
    (
        "chrs",
        "P",
        """{{Repas de Noël}} prévu. Sur la liste d'inscrits : [[P:Soumaïla]], [[P:Jeannine]], [[P:Vlad]], « [[P:le Grand]] »... Le cuisinier [[P:Noël]] (ça ne s'invente pas) fait la buche.""",
    ),
    (
        "caf",
        "P",
        """Pas de nom pour celui-là : un homme demande combien il aura s'il se remet en couple. l'agent ne peut pas simuler sans dossier. il repart. {{3 min}}.""",
    ),
    (
        "ccas",
        "T",
        """Appel d'une fille pour son pere qui vit seul: M. [[P:Germain]], [[ADR:14 allée de Saint-Germain, Pacé]]. teleassistance demandée. l'agente donne le tarif : {{28 €/mois}}.""",
    ),
    (
        "cpam",
        "P",
        """L'agent montre a une dame comment aller sur {{ameli.fr}}. Son identifiant c'est son numero de secu: [[NIR:2 88 04 35 238 017 92]]. Mot de passe oublié. Code envoyé par SMS au [[TEL:06 61 48 27 05]].""",
    ),
    (
        "urg",
        "P",
        """Fin de soirée, accueil ouvert. Les agents administratifs sont 2 pour 40 patients. [[P:Céline]] (AA) mange un sandwich debout en tapant. « on a pas de pause la nuit ».""",
    ),
    (
        "ft",
        "T",
        """Appel entrant d'un employeur, garage {{Renault}} de {{Vitré}}, qui cherche un mecanicien. Il parle d'un candidat « le petit [[P:Lucas]], le fils de [[P:Jacky]] » qu'il a eu en stage. Conseiller note.""",
    ),
    (
        "chrs",
        "T",
        """Appel du {{SAMU social}}: un homme, Polonais, [[P:Waldemar]], habite dans sa voiture, immat polonaise [[IMMAT:WX 48213]] ? (il n'est pas sûr). Garé rue de {{Fougères}}. Maraude y va a {{22h}}.""",
    ),
    (
        "caf",
        "C",
        """Controle : la controleuse [[P:Anne-Sophie]] vérifie une résidence alternée. Chez le père, M. [[P:Lebreton]], [[ADR:La Métairie Neuve, 35250 Chevaigné]], deux chambres d'enfants prêtes. elle coche tout, {{40 min}}.""",
    ),
    (
        "cpam",
        "P",
        """Une étudiante, [[P:Ngozi]] (nigériane, étudiante en master), pas de numéro définitif. numero provisoire [[NIR:7 99 12 99 566 301 11]]. Attente depuis {{8 mois}}.""",
    ),
    (
        "urg",
        "P",
        """La salle d'attente pédiatrie a des jouets. une {{colombe}} peinte au mur. la mere de [[P:Colombe]] (3 ans, otite) en rit. Attente {{1h15}}.""",
    ),
    (
        "ft",
        "P",
        """Formation {{Pix}} : l'animatrice [[P:Gwladys]] demande a chacun son adresse mail. [[P:Samba]] donne [[MAIL:samba.ba(at)yahoo.fr]], un autre n'en a pas. On en crée une.""",
    ),
    (
        "ccas",
        "P",
        """File d'attente pour le chèque énergie : des gens n'ont pas compris que c'etait automatique. 4 personnes en 20 min. Pas de nom noté.""",
    ),
    (
        "chrs",
        "P",
        """[[P:Moktar]], 63 ans, « ça fait 15 ans que je suis à la rue ». Il vient prendre sa douche. il connait l'agent depuis 10 ans. Il me montre son chien, un {{berger}} allemand qui s'appelle {{Bandit}}.""",
    ),
    (
        "caf",
        "T",
        """Le conseiller tape pendant l'appel ; je lis sur l'ecran: Allocataire M. [[P:COULIBALY SEYDOU]] — Conjoint Mme [[P:KEITA Fanta]] — Enfants : [[P:Awa]], [[P:Bakary]], [[P:Mariama]]. Le monsieur appelle pour le {{complément familial}}, l'agent lui confirme {{192 €}}.""",
    ),
    (
        "cpam",
        "T",
        """Un homme appelle pour son fils étudiant en Erasmus en Roumanie. Fils : [[P:Hugo Lefort]], né le [[DDN:2005-02-17]]. {{CEAM}} envoyée à l'adresse [[ADR:3 rue du Colombier, 35000 Rennes]].""",
    ),
    (
        "urg",
        "P",
        """Fin de garde. Transmissions : « le monsieur du box 3, M. [[P:Jaouen]], on attend le scanner ; la dame du 5, [[P:Yvette]], elle veut rentrer chez elle ». Tout se dit dans le couloir, devant les brancards.""",
    ),
    (
        "ft",
        "P",
        """Inscription d'une femme comorienne, [[P:Nassimiati Abdallah]], arrivée de Mayotte. Sa date de naissance sur sa {{CNI}} : [[DDN:31/12/1998]]. Elle n'a pas de tel. On met celui de sa soeur [[TEL:0639 12 45 78]] (numero mahorais). Pas de mail non plus : on lui en crée un, [[MAIL:nassimiati.abdallah976@outlook.fr]].""",
    ),
    (
        "caf",
        "T",
        """13h55, appel d'une dame de {{Nancy}} (elle a déménagé en Bretagne). Elle s'appelle [[P:Nancy]] elle aussi, [[P:Nancy Lemarchand]]. Elle rit : « [[P:Nancy]] de Nancy ». transfert de dossier {{Caf 54}} → {{Caf 35}}, {{2 mois}} de délai.""",
    ),
    (
        "cpam",
        "P",
        """Un chauffeur de taxi conventionné vient pour un litige de factures, pas un assuré. L'agent l'oriente vers le service {{transports}}. Pas de nom échangé, 4 min.""",
    ),
    (
        "urg",
        "C",
        """(pas vraiment un controle, j'accompagne l'equipe mobile de psychiatrie) : visite chez un patient, M. [[P:Tanguy]], [[ADR:Kerbriant, 29600 Morlaix]]. Il ne veut pas ouvrir. La psy parle a travers la porte 20 min. Il finit par ouvrir.""",
    ),
    (
        "chrs",
        "P",
        """Laverie du {{CHRS}} : tableau d'inscription au feutre. « lundi : [[P:Samir]] / [[P:Olek]] / [[P:mamie Jo]] ». [[P:Olek]] efface le nom de [[P:Samir]] pour passer avant, dispute. L'educ tranche.""",
    ),
    (
        "ft",
        "P",
        """Un jeune de 19 ans, [[P:Ibrahima]], veut un contrat d'engagement jeune ({{CEJ}}). {{528 €}} par mois max. Il dit qu'il a deja un {{Snapchat}} pro : [[ID:@ibra.coiffure]]. Il coupe les cheveux de tout le quartier.""",
    ),
    (
        "caf",
        "P",
        """écran: « Motif : changement de situation. Observations : Mme [[P:Valence]] signale une reprise d'activité à {{Valence}} » ... la conseillere sourit, elle dit que ça arrive. {{prime d'activité}} recalculée.""",
    ),
    (
        "ccas",
        "P",
        """Aide aux vacances. Une mere, [[P:Capucine]] (c'est son prénom), veut partir avec ses 2 enfants. dossier {{VACAF}}, elle laisse son tel [[TEL:06-58-33-21-90]]. l'agent lui dit que le {{bon vacances}} couvre {{70 %}}.""",
    ),
    (
        "cpam",
        "T",
        """appel d'un employeur pour une attestation de salaire d'un salarié, « monsieur [[P:da silva]] », il ne sait pas le prénom. L'agent refuse de confirmer quoi que ce soit sans le NIR. il raccroche fâché.""",
    ),
    (
        "urg",
        "P",
        """Pas de nom: homme ivre, blessé a l'arcade. 3 points de suture. la police attend dehors. l'interne a 26 ans et a fait 20h de garde.""",
    ),
    (
        "chrs",
        "T",
        """{{115}} : une dame appelle pour son fils de 22 ans mis dehors. Elle donne le numero de son fils pour qu'on le rappelle : [[TEL:zéro six, quarante-deux, dix-huit, soixante-dix-sept, zéro neuf]]. L'écoutante le relit chiffre par chiffre. Le fils s'appelle [[P:Quentin]].""",
    ),
    (
        "ft",
        "T",
        """La DE, Mme [[P:Rousseau]], envoie son CV par mail pendant l'appel depuis [[MAIL:claire.rousseau.56 [at] orange [point] fr]]. Le conseiller [[P:Gilles]] le relit en direct et corrige les fautes avec elle. {{20 min}}, elle dit merci 6 fois.""",
    ),
    (
        "caf",
        "C",
        """Controle d'un logement pour l'{{ALS}} etudiant. [[P:Dragoș Munteanu]], roumain, colocation a 4 [[ADR:12 rue Saint-Melaine, 3e étage gauche]]. Le bail est au nom d'un autre, [[P:Bogdan]]. Le controleur explique qu'il faut un avenant.""",
    ),
    (
        "cpam",
        "P",
        """Mme [[P:Espérance Nshimirimana]] (burundaise). L'agent, pour rire : « avec un prenom pareil vous allez avoir votre carte ». Elle attend depuis 5 mois. Il relance. L'{{espérance de vie}} d'un dossier ici c'est 3 mois, dit-il.""",
    ),
    (
        "urg",
        "P",
        """Accueil administratif : la secretaire demande « votre mutuelle ? » → carte Harmonie : adhérent [[ID:HM 00 4471 9823]]. « votre medecin traitant ? » → Dr [[P:Ollivier]]. « la personne a prevenir ? » → sa voisine, [[P:Paulette]], [[TEL:02 99 54 11 87]].""",
    ),
    (
        "chrs",
        "P",
        """Reunion d'equipe {{CHRS}}, 9 travailleurs sociaux. On parle des situations sans nommer personne (initiales au tableau). ils appellent ça « la synthèse ». {{1h30}}. Je n'ai rien noté d'identifiant.""",
    ),
    (
        "ccas",
        "P",
        """Pour l'aide a l'achat de lunettes, Mme [[P:Olivier]] (nom de famille) apporte un devis de {{Krys}}. l'agente lui donne {{80 €}}. Dans le hall, un {{olivier}} en pot qui meurt doucement.""",
    ),
    (
        "ft",
        "P",
        """Atelier recherche d'emploi en ligne. Le formateur projette au tableau, par erreur, sa boite mail ouverte, on voit [[P:Virginie Jézéquel]] en expéditrice. Il ferme vite. Personne n'a rien dit.""",
    ),
    (
        "cpam",
        "T",
        """Appel d'un assuré, le logiciel affiche « Appelant : [[TEL:+33 (0)6 18 77 40 29]] » et le nom [[P:HUYNH Thi Mai]]. L'agent l'appelle « madame [[P:Huynh]] » avant qu'elle se présente, elle est surprise.""",
    ),
    (
        "urg",
        "P",
        """Un homme torse nu arrive en courant en portant sa femme. Prise en charge en 30 secondes, directement en salle de dechoc. Je n'ai pas su son nom. Le silence apres dans la salle d'attente.""",
    ),
    (
        "chrs",
        "C",
        """Maraude du matin avec [[P:Erwan]]. Ils connaissent les gens par leur surnom : « [[P:Cowboy]] », « [[P:la Rouquine]] », « [[P:Pépito]] ». [[P:Cowboy]] a dormi sous le porche de l'église {{Saint-Aubin}}. café, croissants.""",
    ),
    (
        "caf",
        "P",
        """Un homme veut juste rendre son chéquier de prêt d'honneur… en fait c'est pas la Caf. réorienté vers le {{CCAS}}. 1 min.""",
    ),
    (
        "ft",
        "P",
        """Conseillere (je crois que c'est [[P:Soizic]]) lit a voix haute le dossier: « M. [[P:Ouédraogo Boukary]], identifiant [[FT:6011204 W]], inscrit depuis le {{14 mars}}, catégorie A ». La salle est ouverte, tout le monde entend.""",
    ),
    (
        "ccas",
        "T",
        """appel d'une dame qui a reçu une facture d'eau enorme ({{1 100 €}}) : fuite. numero client {{Eau du Bassin Rennais}} : [[ID:EBR 551 203 881]]. l'agente l'aide a demander le plafonnement.""",
    ),
    (
        "cpam",
        "P",
        """Bureau 3: une femme vietnamienne avec un dossier de pension de reversion. Son mari, feu M. [[P:Lê Văn Thành]], né le [[DDN:2 septembre 1951]], numéro de sécu [[NIR:1 51 09 99 243 112 88]]. elle ne parle pas français, sa petite-fille [[P:Bao]] traduit.""",
    ),
    (
        "urg",
        "T",
        """Appel d'une mere depuis {{Saint-Malo}} : sa fille [[P:Léna]] est aux {{urgences}} depuis hier, elle n'arrive pas a avoir de nouvelles. L'{{IOA}} refuse de confirmer par tel (secret). la mere crie. L'{{IOA}} reste polie.""",
    ),
    (
        "chrs",
        "P",
        """Entretien pour un logement {{ALT}}. [[P:Anh]] (vietnamien, 34 ans) et sa compagne [[P:Kim]]. Le referent ([[P:Thierry]]) leur montre les dossiers a remplir: {{DALO}}, demande de logement social n° unique (qu'il ne dit pas).""",
    ),
    (
        "caf",
        "T",
        """Ligne pro ({{partenaires}}) : une AS du département appelle pour une famille: « famille [[P:Kaya]], dossier [[ALLOC:4477 812]], vous pouvez me dire si l'{{ASF}} est versée ? ». l'agent verifie l'habilitation avant.""",
    ),
    (
        "ft",
        "C",
        """Visite entreprise {{Biocoop}} avec la conseillere entreprise [[P:Maud]]. Ils prennent [[P:Mélissa]] en alternance. La gérante s'appelle [[P:Prune]], comme le fruit dit-elle. Sur le comptoir, des {{prunes}} en vrac a {{4,90 €}} le kilo.""",
    ),
    (
        "ccas",
        "P",
        """Pas de nom. Jeune homme qui demande une douche. Le {{CCAS}} n'en a pas. réorienté vers l'accueil de jour ({{Le Puzzle}}). il repart a pied.""",
    ),
    (
        "cpam",
        "C",
        """Controle d'un centre de santé dentaire (facturation). l'agent vérifie des factures par échantillon, il lit à voix basse : « patient n° [[NIR:2 65 11 22 113 208 14]]... ». Tout est anonymisé dans son rapport dit-il.""",
    ),
    (
        "urg",
        "P",
        """La petite [[P:Yasmine]], 6 ans, s'est coincé les doigts dans la porte. Elle chante pendant le pansement. Son grand frère filme avec son portable.""",
    ),
    (
        "chrs",
        "T",
        """Un homme appelle le {{115}} pour la 9e fois de la journée. L'ecoutante le reconnait a la voix : « bonsoir [[P:Jo]] ». Il a bu. elle reste 12 minutes avec lui.""",
    ),
    (
        "caf",
        "P",
        """La borne d'accueil scanne les attestations. un jeune, [[P:Théo Le Roux]], scanne son bail à l'envers 3 fois. l'agente l'aide. bail au [[ADR:4 place Hoche, 35000 Rennes]].""",
    ),
    (
        "ft",
        "P",
        """[[P:jessica]] (elle ecrit son prénom en minuscule sur la feuille de presence) attend depuis 40 min. Elle a rdv a {{9h30}}, le conseiller est malade. Personne ne l'a prevenue. L'accueil lui donne un autre rdv jeudi.""",
    ),
    (
        "ccas",
        "P",
        """Elu de permanence (le maire adjoint au social, M. {{Dupuis}}, un élu, donc pas à masquer ?). Il reçoit une dame, Mme [[P:Ferhat]], pour un logement. « je ne peux rien vous promettre ».""",
    ),
    (
        "cpam",
        "P",
        """{{16h50}}, 10 min avant fermeture. L'agent prend quand même un dernier monsieur qui vient pour un {{arrêt de travail}} papier. pas de nom entendu.""",
    ),
    (
        "urg",
        "P",
        """Patient âgé confus. Il ne sait plus sa date de naissance. Sa fille donne : « [[DDN:12 mars 38]] ». L'admission tape [[DDN:12/03/1938]]. Il s'appelle [[P:Raymond]].""",
    ),
    (
        "chrs",
        "C",
        """Visite d'un hotel social (famille hebergée par le {{115}}). {{Chambre 14}} : famille [[P:Hadžić]] (bosniaque), 4 enfants dans 12 m². La mère [[P:Emina]] cuisine sur une plaque. Interdit normalement.""",
    ),
    (
        "caf",
        "P",
        """RDV {{RSA}} 1er accueil. [[P:Stéphanie]], 42 ans, separee. Elle sort un classeur. L'agente demande le RIB: [[IBAN:FR76 1380 7000 2532 0191 0456 287]] (Banque Populaire). Droit ouvert au {{1er du mois}}.""",
    ),
    (
        "ft",
        "T",
        """Appel a un employeur pour vérifier une attestation. L'employeur, « [[P:Jacquot]] » du {{Garage du Pont}}, confirme la fin de {{CDD}} de [[P:Rémi Sauvage]] au {{31 octobre}}.""",
    ),
    (
        "ccas",
        "C",
        """Visite a domicile plan canicule (en décembre ?? non, plan grand froid) chez M. [[P:Hiver]] (!) [[ADR:18 rue des Frères Moine]], 88 ans. Radiateur en panne. l'agente appelle le bailleur devant lui.""",
    ),
    (
        "cpam",
        "T",
        """Appel sortant : l'agent rappelle une assurée qui a laissé un message. « Madame [[P:Benhamou]] ? » repondeur plein. il renvoie un message sur le compte {{ameli}}. 1 min.""",
    ),
    (
        "urg",
        "P",
        """Box 12 : un monsieur roumain, [[P:Costel]], ne parle que roumain. L'agente de l'admission trouve sur l'ecran une ancienne venue : [[P:COSTEL Lăcătuș]], DDN [[DDN:19/08/1977]]. C'est lui.""",
    ),
    (
        "chrs",
        "P",
        """La boîte aux lettres du {{CHRS}} pour les résidents. Une lettre adressée à « [[P:Ahmed dit Loulou]] ». Le facteur rigole, tout le monde sait qui c'est.""",
    ),
    (
        "caf",
        "T",
        """Appel : la dame confond la Caf et les impôts. Elle veut sa {{taxe d'habitation}}. L'agent donne le numéro des impôts {{0809 401 401}}. 2 min, pas de nom.""",
    ),
    (
        "ft",
        "P",
        """Mme [[P:Kerboriou Gwenaëlle]], 49 ans, licenciement economique ({{CSP}}). Son conseiller [[P:Ronan]] lui parle du {{CPF}} : {{1 800 €}} dispo. Elle veut devenir fleuriste. Mail noté en majuscules sur la fiche : [[MAIL:GWEN.KERBORIOU@SFR.FR]]. Elle a un bouquet de {{marguerites}} dans son sac.""",
    ),
    (
        "ccas",
        "P",
        """Chez les {{Restos du Cœur}} d'à côté, l'agente envoie 3 personnes ce matin. Pas de nom: elle me dit qu'elle ne garde aucune trace de ces orientations.""",
    ),
    (
        "ccas",
        "T",
        """Appel d'un monsieur qui veut s'inscrire au {{repas des aînés}}. « c'est pour moi et pour ma femme ». L'agente note seulement le nombre de couverts et dit qu'on le rappellera. 3 min.""",
    ),
    (
        "ccas",
        "T",
        """Une assistante sociale de l'hôpital appelle pour une sortie d'hospit : Mme [[P:Toussaint Marie-Josée]] rentre chez elle avant la {{Toussaint}}, il faut un portage de repas [[ADR:6 résidence du Parc, 35510 Cesson-Sévigné]]. Devis {{8,50 €}} le repas.""",
    ),
    (
        "ccas",
        "T",
        """L'accueil répond a une dame qui veut savoir si le {{CCAS}} paie les obsèques de son frère. « c'est sous conditions ». Elle ne donne pas son nom. Elle raccroche en pleurant. L'agente reste silencieuse un moment.""",
    ),
    (
        "ccas",
        "T",
        """Rappel d'une personne pour un dossier de {{téléassistance}} : M. [[P:Patience Adjovi]] (béninois). l'agente dit « merci de votre {{patience}} monsieur » et il rit, « on me le dit tout le temps ». Son portable [[TEL:0033 6 27 51 88 03]], et son mail : [[MAIL:patience point adjovi chez free point fr]].""",
    ),
    (
        "ccas",
        "C",
        """Visite au domicile de Mme [[P:Lorraine Gauthier]] pour une aide ménagère. Elle est née en {{Lorraine}}, à {{Metz}} (« d'où mon prénom »). logement [[ADR:Appt 5, 31 rue de Châtillon]]. l'evaluatrice coche la grille en 25 min.""",
    ),
    (
        "ccas",
        "C",
        """Visite avec le service logement d'un appart insalubre. Locataire : [[P:Seydou]] (je n'ai pas eu son nom), moisissures partout. Le propriétaire, M. [[P:Kergoat]], arrive en retard et nie tout. photos prises par l'inspecteur {{SCHS}}.""",
    ),
    (
        "ccas",
        "C",
        """Passage de l'agent chez un vieux monsieur isolé, sans rien noter, juste pour voir s'il va bien (liste canicule/grand froid). Il va bien. il montre ses {{tomates}} sous serre. 15 min.""",
    ),
    (
        "ccas",
        "P",
        """Demande de carte de transport gratuite : sur le formulaire je lis [[P:ÇELIK Zeynep]], née le [[DDN:05/06/1983]] à {{Konya}}, [[ADR:22 rue de la Marbaudais]]. Droits ouverts jusqu'au {{31/12}}.""",
    ),
    (
        "ccas",
        "P",
        """Mme [[P:Jade Nguyen-Rousseau]] vient rendre un collier en {{jade}} trouvé dans le hall (!). L'agente fait une fiche objets trouvés. Ça n'a rien d'une demande sociale.""",
    ),
    (
        "ccas",
        "P",
        """Accueil très calme. L'agente en profite pour appeler les personnes de la liste « colis de Noël ». je n'entends que ses questions : « vous serez là le 18 ? ». Aucun nom prononcé devant moi.""",
    ),
    (
        "chrs",
        "T",
        """Le {{115}} reçoit un appel d'une infirmière de la PASS: un patient sort ce soir, M. [[P:Mendes]], [[P:Joaquim]]? non [[P:Joaquim Mendes]] c'est ça. DDN [[DDN:25121969]]. Orienté halte de nuit.""",
    ),
    (
        "chrs",
        "T",
        """Pas d'appel pendant 6 minutes. L'écoutante m'explique la grille de priorités : femme enceinte, enfants, +70 ans, malade. Puis ça sonne à nouveau.""",
    ),
    (
        "chrs",
        "C",
        """Visite avec [[P:Anthony]] (éduc) de la famille [[P:Sivanesan]], hébergée en diffus [[ADR:Bâtiment Jupiter, 5 square de Nimègue]]. Le fils [[P:Kavin]] fait ses devoirs sur une caisse. La mère propose du thé.""",
    ),
    (
        "chrs",
        "P",
        """Fin de matinée. les résidents fument dans la cour, l'équipe fait le point. personne ne m'adresse la parole, je reste en retrait. une radio joue du zouk.""",
    ),
    (
        "chrs",
        "P",
        """Commission d'admission : la liste projetée au mur (!), avec des initiales seulement : « M. [[P:B.]], 45 ans, sortie d'hôpital », « Mme [[P:K.]] + 2 enfants ». Le chef dit qu'avant, c'était les noms en entier. {{4 places}} pour 11 demandes.""",
    ),
    (
        "chrs",
        "P",
        """[[P:Fatima-Zahra]] (23 ans) arrive avec un sac poubelle de vêtements. Son ex a gardé ses papiers. La TS l'aide a faire une déclaration de perte de passeport ([[ID:19CR88412]], elle a une photo). Elle sera à l'hébergement {{femmes}} ce soir.""",
    ),
    (
        "chrs",
        "P",
        """Un ancien résident repasse dire bonjour, il a trouvé un logement. Le chef de service le serre dans ses bras. Tout le monde est ému. Il apporte des {{chouquettes}}.""",
    ),
    (
        "chrs",
        "P",
        """[[P:vanessa]] et [[P:kevin]] (écrits en minuscules sur le planning de ménage). Le planning est affiché dans l'entrée, avec les numéros de chambre. [[P:kevin]] n'a pas fait sa semaine.""",
    ),
    (
        "ft",
        "T",
        """Un DE appelle pour un trop-perçu de {{640 €}}. Il dit : « je suis monsieur [[P:Victoire]], comme la {{victoire}} ». Identifiant : [[FT:2 8 7 0 1 1 4 S]] (il le dit chiffre par chiffre).""",
    ),
    (
        "ft",
        "T",
        """La conseillère appelle une entreprise de nettoyage, demande « vous avez reçu le CV de ma candidate ? ». Elle ne dit pas son nom au téléphone, juste « la candidate de jeudi ». Réponse : embauche lundi.""",
    ),
    (
        "ft",
        "C",
        """Visite d'une ferme ({{GAEC}}) pour une immersion. L'agriculteur, [[P:Yannick Le Meur]], montre la salle de traite. Le stagiaire, [[P:Kamil]], est venu avec son scooter ([[IMMAT:ab-451-ze]], elle est notée sur l'attestation d'assurance).""",
    ),
    (
        "ft",
        "C",
        """Forum emploi dans un quartier prioritaire ({{Maurepas}}). Stands : {{Keolis}}, {{Armée de Terre}}, {{Intermarché}}. 120 visiteurs. Je n'ai noté aucun nom.""",
    ),
    (
        "ft",
        "P",
        """Une femme donne sa carte d'identité pour l'inscription. je lis n° [[ID:X4RT7KL92]] sur la nouvelle {{CNI}}. Nom d'usage [[P:Pierre]], née [[P:Lapierre]]. elle rigole : « j'ai épousé un [[P:Pierre]] » (son mari : [[P:Jean Pierre]]). Une {{pierre}} posée sur le bureau sert de presse-papier.""",
    ),
    (
        "ft",
        "P",
        """Atelier « se présenter en 2 min ». le formateur filme. Un participant : « je m'appelle [[P:Emre]], j'ai 31 ans, j'ai été livreur chez {{Uber Eats}} ». Tout le monde applaudit.""",
    ),
    (
        "ft",
        "P",
        """Personne n'est venu au rdv de {{14h}}. Le conseiller passe 20 min sur les mails (132 non lus). Il me dit que c'est comme ça tous les jours.""",
    ),
    (
        "ft",
        "P",
        """L'agent d'accueil lit à voix haute l'écran : « Monsieur [[P:Sow]] vous êtes bien au [[ADR:47 avenue des Pays-Bas, Rennes]] ? » il confirme. « et votre numéro c'est toujours le [[TEL:06 44 19 73 02]] ? »""",
    ),
    (
        "cpam",
        "T",
        """Appel d'une femme qui a perdu son mari. Elle veut le capital décès. L'agent lui demande le numéro de sécu du défunt, elle le lit sur la carte vitale : [[NIR:1 47 03 56 240 118 33]]. Il s'appelait [[P:Jean-Yves]]. Elle demande si elle peut garder la carte en souvenir.""",
    ),
    (
        "cpam",
        "T",
        """Heure creuse, 2 appels en 15 min, tous deux pour une attestation de droits. envoyée par courrier. pas de nom entendu (l'agent a le casque).""",
    ),
    (
        "cpam",
        "C",
        """Contrôle chez un transporteur sanitaire : véhicules agréés. plaques notées : [[IMMAT:DV-882-QA]], [[IMMAT:1452 TR 35]] (vieille plaque !). Le gérant, M. [[P:Le Gall]], montre ses carnets. RAS.""",
    ),
    (
        "cpam",
        "P",
        """Un homme d'origine tamoule, [[P:Kanagaratnam]], vient pour sa complémentaire. son fils traduit, « le fils de [[P:Kanagaratnam]] » comme dit l'agent (il ne connait pas son prénom). {{CSS}} accordée.""",
    ),
    (
        "cpam",
        "P",
        """Mme [[P:Florence Aubry]] revient de vacances à {{Florence}} ; elle a eu un soin là-bas, facture en euros. Formulaire de remboursement soins à l'étranger. Le conseiller [[P:Dimitri]] l'aide.""",
    ),
    (
        "cpam",
        "P",
        """Une étudiante chinoise demande l'affiliation. Elle montre son titre de séjour étudiant, n° étranger [[ID:7 700 154 221]]. L'agente recopie à la main. {{12 min}}.""",
    ),
    (
        "cpam",
        "P",
        """À l'accueil, un écran diffuse les {{campagnes de vaccination}}. 3 personnes regardent. L'agent en pause. Pas de demande pendant 8 minutes.""",
    ),
    (
        "caf",
        "T",
        """Appel : « Oui bonjour, c'est pour ma fille, [[P:Marine]], elle a 20 ans, elle fait sa demande d'{{APL}} ». La mère précise qu'elle lui a acheté un tailleur {{bleu marine}} pour ses entretiens (?!). Conseil : la fille doit appeler elle-même.""",
    ),
    (
        "caf",
        "T",
        """Un homme agressif au téléphone, il menace de venir. L'agente garde son calme, note l'incident. il ne s'est pas présenté. Elle me dit qu'il y en a 2 ou 3 par semaine.""",
    ),
    (
        "caf",
        "C",
        """Contrôle d'une assistante maternelle pour la {{CMG}}: Mme [[P:Janvier Odile]], [[ADR:Le Haut Bois, route de Vezin]]. 3 enfants gardés. Elle montre le contrat depuis {{janvier}}. Tout est en règle.""",
    ),
    (
        "caf",
        "P",
        """Mlle [[P:TRAN Kim Ngân]] (l'écran affiche [[P:TRAN KIM NGAN]], sans accents) attend pour sa bourse… non c'est pas la Caf. Réorientée vers le {{CROUS}}.""",
    ),
    (
        "caf",
        "P",
        """Entre deux rdv, l'agente me montre le courrier type « notification de dette ». Illisible, dit-elle. On en rit jaune.""",
    ),
    (
        "caf",
        "P",
        """Numéro dicté au guichet en bégayant : « mon numéro c'est le… le… [[ALLOC:9 0 7 1 1 4 6]] ». Dossier de Mme [[P:Rakotoarisoa]]. L'agente trouve le {{RSA}} suspendu pour absence de DTR. Elle donne aussi un nouveau RIB : [[IBAN:30004 00821 00010458712 36]].""",
    ),
    (
        "caf",
        "P",
        """Une femme avec sa petite-fille. Elle demande si l'allocation de rentrée ({{ARS}}) sera versée le {{20 août}}. oui. 1 min, pas de nom.""",
    ),
    (
        "urg",
        "T",
        """Appel d'un pharmacien qui signale une ordonnance suspecte. il donne le nom du prescripteur, Dr [[P:Maréchal]], et du patient, [[P:Luc Fontaine]]. L'IDE transfère au médecin de garde.""",
    ),
    (
        "urg",
        "T",
        """Appel de la gendarmerie : accident sur la {{N12}}, 2 blessés, véhicule immatriculé [[IMMAT:AA-123-ZY]]… non, [[IMMAT:AH 123 ZY]] (il se reprend). Les blessés arrivent à {{16h40}}.""",
    ),
    (
        "urg",
        "T",
        """Un fils appelle pour savoir si son père est là. L'{{IOA}} répond « je ne peux rien dire par téléphone ». pas de nom donné. c'est la règle.""",
    ),
    (
        "urg",
        "P",
        """{{3h du matin}}, un groupe d'étudiants amène une amie qui a trop bu. Personne ne connaît son nom de famille, juste « [[P:Clem]] ». Sa carte étudiante : [[P:Clémence Boisard]], née le [[DDN:3 avril 2006]].""",
    ),
    (
        "urg",
        "P",
        """L'ambulancier privé dépose une dame venant d'un {{EHPAD}}, « Mme [[P:Le Corre]], née [[P:Quéré]] ». Fiche de liaison avec l'adresse de sa fille: [[ADR:9 hameau de Trégoas, 22300 Lannion]].""",
    ),
    (
        "urg",
        "C",
        """Sortie {{SMUR}} avec l'équipe (médecin, infirmier, ambulancier) pour un malaise à domicile, un monsieur de {{80 ans}}. Je reste dans l'entrée. Sa femme nous appelle « les jeunes ». Transport vers le {{SAU}}, {{35 min}} sur place. Pas de nom retenu.""",
    ),
    (
        "urg",
        "P",
        """Une femme turque, [[P:Gülşen]], avec sa voisine qui traduit. Son mari, [[P:Hüseyin]], est au bloc. Elle demande où garer la voiture : une {{Dacia}} avec une plaque allemande [[IMMAT:M-KL 4821]]. Numéro de son fils en Turquie : [[TEL:+90 532 418 77 05]].""",
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    text, entities, keep, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        if "[[" in chunk or "]]" in chunk or "{{" in chunk or "}}" in chunk:
            raise ValueError(f"stray mark in {marked[:60]!r}")
        text.append(chunk)
        length += len(chunk)
        if m.group(1):
            code, value = m.group(1), m.group(2)
            if code not in CODES:
                raise ValueError(f"unknown code {code!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        text.append(value)
        length += len(value)
        pos = m.end()
    tail = marked[pos:]
    if "[[" in tail or "]]" in tail or "{{" in tail or "}}" in tail:
        raise ValueError(f"stray mark in {marked[:60]!r}")
    text.append(tail)
    return "".join(text), entities, keep


def main():
    if len(NOTES) != 200:
        raise SystemExit(f"expected 200 notes, got {len(NOTES)}")
    notes = []
    for number, (site, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked.strip())
        notes.append(
            {
                "id": f"ind4-{number:03d}",
                "site_kind": SITES[site],
                "channel": CHANNELS[channel],
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    # Random split, stratified by (site kind, channel) so that both halves mix them all: each
    # stratum is shuffled with the fixed seed, then the strata are dealt alternately.
    rng = random.Random(SEED)
    strata = {}
    for i, note in enumerate(notes):
        strata.setdefault((note["site_kind"], note["channel"]), []).append(i)
    dealt = []
    for key in sorted(strata):
        rng.shuffle(strata[key])
        dealt.extend(strata[key])
    dev = sorted(dealt[0::2])
    holdout = sorted(dealt[1::2])
    halves = {"dev.jsonl": dev, "holdout.jsonl": holdout}
    for name, indices in halves.items():
        with (HERE / name).open("w", encoding="utf-8") as out:
            for i in indices:
                out.write(json.dumps(notes[i], ensure_ascii=False) + "\n")
        print(f"{name}: {len(indices)} notes")


if __name__ == "__main__":
    main()
