"""Independent evaluation corpus ind63: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inline marks:
``[[LABEL:value]]`` is a value to mask (label from the labelling guide) and ``{{value}}`` is a
string that looks like personal data but must survive (it goes in ``keep``). The parser strips
the marks, computes the offsets (Python string indices, end exclusive) and numbers the notes
``ind63-001`` ... ``ind63-240`` in writing order.

Split: ``random.Random(63)``; cells = site kind x channel in sorted order; each cell's ids are
shuffled and halved (first half dev); the leftover of each odd cell is collected, the leftovers
are shuffled once more with the same generator and halved (first half dev). The split depends
only on the ids and the cells.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind63"
SEED = 63

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

LABELS = (
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
)

# fmt: off
# ---------------------------------------------------------------------------------------------
# The notes, in writing order.
# ---------------------------------------------------------------------------------------------

PART_1 = [
    (CAF, AP, "{{9h07}} ouverture de l'accueil {{Caf}} {{Bordeaux Lac}}, deja {{14 personnes}} dehors sous la pluie. Premiere dame, Mme [[PERSONNE:Dupouy]], vient pour son {{APL}} suspendue depuis {{mars}}. L'agent ([[PERSONNE:Sandrine]]) retrouve le dossier avec le n° alloc [[N_ALLOCATAIRE:2194637]] en {{30 secondes}}. Motif : attestation de loyer jamais renvoyée par {{Domofrance}}."),
    (CAF, AT, "Plateforme tel {{Caf}} : {{11 appels}} en {{1h}}. Presque tous sur la {{prime d'activité}}, la declaration trimestrielle qui « bug » sur l'appli. Le conseiller garde son calme, moi je craquerais au {{4e}}."),
    (URG, AP, "Urgences {{CHU Dupuytren}}, {{Limoges}}, {{23h40}}. Un monsieur agé, M. [[PERSONNE:Chabrely]], amené par sa voisine, il répète qu'il est né le [[DATE_NAISSANCE:14 juillet 1938]] « comme la fête nationale ». L'{{IOA}} ([[PERSONNE:Marion]]) lui met un bracelet, IPP [[IDENTIFIANT:8700412356]]. Attente estimée {{4h}}."),
    (FT, AP, "{{France Travail}} {{Pau}}, agence {{Saragosse}}. Jeune homme {{22 ans}}, [[PERSONNE:Yanis Belkacem]], vient s'inscrire apres un {{CDD}} chez {{Lidl}}. La conseillère lui donne son identifiant : [[ID_FRANCE_TRAVAIL:5238714P]], il le prend en photo avec son tel. Rdv {{jeudi 14h}} pour l'atelier CV."),
    (CHRS, AT, "{{115}} de la {{Gironde}}, {{21h15}}. Appel d'une femme avec {{2 enfants}}, elle est dans sa voiture sur le parking du {{Leclerc}} de {{Lormont}}. L'ecoutant note la plaque pour la maraude : [[IMMATRICULATION:FS-318-KD]], une {{Clio}} grise. Pas de place ce soir, rappel demain {{9h}}."),
    (CPAM, AP, "{{Cpam}} {{La Rochelle}}, borne en panne depuis ce matin. Les gens font la queue pour imprimer une attestation de droits, l'agent finit par les faire sur son poste. {{40 min}} d'attente pour un papier qu'on a sur {{Ameli}} en {{2 minutes}}... personne n'a de compte."),
    (CCAS, AP, "{{CCAS}} de {{Poitiers}}, antenne des {{Couronneries}}. Mme [[PERSONNE:Nguyen Thi Lan]] demande une aide pour sa facture {{EDF}} de {{312 €}}. Ref client lue sur la facture : [[IDENTIFIANT:6002418753]]. Elle dit qu'elle chauffe plus depuis novembre. L'agente ([[PERSONNE:Claire]]) monte un dossier {{FSL}}."),
    (CAF, CSP, "Controle sur place vers {{Morcenx}}, maison au bout d'un chemin de sable, [[ADRESSE:lieu-dit Guillemaou, 40110 Morcenx-la-Nouvelle]]. Le contrôleur vérifie si M. [[PERSONNE:Lartigau]] vit seul (declaré isolé, {{RSA}}). Deux brosses a dents, un blouson de femme. Il dit que c'est sa soeur qui passe le week-end. Le contrôleur note tout sans commenter."),
    (FT, AT, "Appels sortants : la conseillère relance les {{12 personnes}} qui n'ont pas actualisé. {{7}} messageries, {{3}} qui decrochent, {{2}} numeros plus attribués. Elle dit que c'est une « bonne » matinée."),
    (URG, AT, "Standard des urgences, {{CH de la Côte Basque}}. Une fille appelle pour sa mere, Mme [[PERSONNE:Etcheverry]], arrivée à {{16h}} avec une fracture du poignet : « elle est toujours là ? ». La secretaire demande la date de naissance, « [[DATE_NAISSANCE:2 février 1951]] », puis donne des nouvelles : sortie prévue ce soir. La fille laisse son numero au cas où, [[TELEPHONE:06 71 24 88 09]]."),
    (CHRS, AP, "Accueil de jour, {{Bordeaux}}, {{Saint-Michel}}. Café, douches, bagagerie. Un habitué qu'ils appellent « [[PERSONNE:Le Grand]] » — tout le monde le connait, personne connait son vrai nom. Il vient chercher son courrier (domiciliation). {{8h30}}-{{11h}} : {{46 passages}}."),
    (CAF, AP, "Les ecrans de la salle d'attente passent en boucle une video sur la {{prime de Noël}}... en {{octobre}}. Personne regarde. Ticket {{C112}}, on en est au {{C087}}."),
    (CPAM, AT, "Plateforme {{3646}}, renfort depuis {{La Réunion}}. Appel de M. [[PERSONNE:Hoarau]], {{21 ans}}, de {{Saint-Pierre}} : plus de remboursement depuis {{2 mois}}. Le conseiller demande son numéro de sécu, il le dit lentement, « [[NIR:1 03 12 97 411 688 72]] ». {{Carte Vitale}} pas mise à jour depuis son déménagement."),
    (CCAS, AT, "Tel au {{CCAS}} de {{Guéret}}. Une dame appelle pour son pere, [[PERSONNE:Roger Tixier]], {{87 ans}}, qui vit seul et « mange plus ». L'agent note l'adresse pour le portage de repas : [[ADRESSE:11 allée des Pommiers, 23000 Guéret]]. Rappel de la fille prévu au [[TELEPHONE:05 55 52 19 63]]."),
    (FT, AP, "{{FT}} {{Mont-de-Marsan}}. M. [[PERSONNE:Darrieutort]], {{58 ans}}, licencié de la scierie. Il sait pas se servir de l'espace perso. Le conseiller ([[PERSONNE:Julien]]) crée l'adresse mail avec lui : [[EMAIL:jp.darrieutort40@gmail.com]]. « Je l'écris où le mot de passe ? » — sur un post-it, dans le portefeuille..."),
    (URG, AP, "{{CH de Pau}}, urgences, {{15h}}. Salle pleine, {{31 patients}}, dont {{9}} sur des brancards dans le couloir. Un interne passe en courant. La {{fontaine à eau}} est vide depuis midi. L'agent d'accueil : « ici on dit pas combien de temps, on dit on fait au mieux »."),
    (CHRS, CSP, "Visite avec l'éduc dans un logement du {{CHRS}} en diffus, {{Limoges}} {{Beaubreuil}}, [[ADRESSE:14 allée Fernand Léger, 87280 Limoges]]. Mme [[PERSONNE:Kovalenko]] et ses {{deux filles}}, arrivées d'{{Ukraine}} en {{2022}}. Frigo vide. Elle montre son titre de séjour, n° [[IDENTIFIANT:8700234519]], pour le dossier banque alimentaire. L'éduc ([[PERSONNE:Fatou]]) prend rdv."),
    (CAF, CSP, "Controle {{Caf}} à {{Angoulême}}, quartier {{Basseau}}. Mme [[PERSONNE:Pacaud]] déclare vivre seule avec {{3 enfants}}. Le contrôleur demande le bail, les relevés. Relevé {{Crédit Agricole}} : [[IBAN:FR76 1240 6000 3283 0165 4298 717]]. Un seul compte, aucun virement d'un tiers. Conclusion : situation conforme. Durée {{1h10}}."),
    (CPAM, CSP, "Avec l'agent enquêteur de la {{CPAM}} de la {{Gironde}}, contrôle d'arrêt maladie à {{Cenon}}, [[ADRESSE:8 rue Camille Pelletan, 33150 Cenon]]. Personne. Sur la boite aux lettres : « [[PERSONNE:FERREIRA]] - [[PERSONNE:DA COSTA]] ». Il note l'heure de passage, {{10h25}}, hors des sorties autorisées ({{14h}}-{{16h}}) → absence à justifier. Avis de passage dans la boite."),
    (CCAS, CSP, "Visite à domicile {{CCAS}} {{Bayonne}}, {{Hauts de Sainte-Croix}}. Mr [[PERSONNE:Iñaki Elissalde]], {{74 ans}}, demande d'aide ménagère. Appart au {{4e}} sans ascenseur. Il parle basque avec sa femme, l'agente aussi, je comprends rien 😅. Photo de la carte mutuelle pour le dossier : n° adhérent [[IDENTIFIANT:40231877]]."),
    (URG, AP, "{{Pellegrin}}, urgences adultes, nuit. Un jeune en trottinette, plaie au menton. Ses potes l'appellent « [[PERSONNE:Kéké]] ». A l'accueil : « Nom ? — [[PERSONNE:Mendy]]. Prénom ? — [[PERSONNE:Jean-Christophe]]. Né le ? — [[DATE_NAISSANCE:03/06/2006]]. » {{19 ans}}, pas de {{carte vitale}} sur lui."),
    (FT, AT, "{{3949}}. Appel de {{Fort-de-France}}, Mme [[PERSONNE:Bellance]], radiée parce qu'elle a raté un rdv pendant l'alerte cyclonique. Identifiant : [[ID_FRANCE_TRAVAIL:0624519M]]. Le conseiller annule la radiation, elle pleure au tel. Moi aussi un peu."),
    (CAF, AT, "Monsieur très énervé : « ça fait {{3 fois}} que j'appelle ». Numéro allocataire dicté : « [[N_ALLOCATAIRE:zéro sept, un huit, deux quatre cinq]] ». Il s'appelle [[PERSONNE:Ahmed Zerrouki]], il habite {{Pessac}}. Dossier bloqué sur une pièce, l'avis d'imposition. L'agent lui dit de le déposer sur {{caf.fr}}... il l'a déjà fait deux fois."),
    (CHRS, AT, "{{115}} de la {{Vienne}}, {{22h}}. Un homme, [[PERSONNE:Mehdi]], appelle du tel d'un copain : « rappelez-moi là-dessus, [[TELEPHONE:07 52 38 14 66]] ». L'écoutante lui trouve un lit à l'abri de nuit de {{Poitiers}}, {{chambre 6}}. Il a déjà raccroché avant qu'elle finisse."),
    (CCAS, AP, "{{CCAS}} de {{Niort}}. Permanence épicerie sociale {{10h-12h}}, {{17 familles}}. Le bénévole pèse les légumes sur une balance de cuisine. Rupture de lait {{2e âge}}, encore."),
    (CAF, AP, "{{Caf}} de {{Cayenne}}, file dehors depuis {{6h}} du matin. M. [[PERSONNE:Apinsa]] vient de {{Saint-Laurent-du-Maroni}}, {{4h}} de route pour un rdv. n° alloc [[N_ALLOCATAIRE:3051274]]. Le rdv avait été annulé, SMS jamais reçu : dans le dossier c'est un vieux numéro, le nouveau c'est [[TELEPHONE:0694 23 45 17]]. L'agente le corrige et le reçoit quand même."),
    (URG, AT, "Le tel des urgences sonne {{toutes les 3 minutes}}. Des familles qui demandent des nouvelles. Consigne : rien au téléphone sauf accord du patient. La secrétaire répète la même phrase {{20 fois}} dans l'après-midi."),
    (FT, AP, "{{France Travail}} {{Bordeaux Bastide}}. Atelier « Mon CV en {{1h}} ». La conseillère projette un CV exemple au nom de « [[PERSONNE:Marie Durand]] ». Une participante, [[PERSONNE:Dounia]], demande si elle peut mettre son compte {{Instagram}}, [[IDENTIFIANT:@dounia.nails.33]]. Réponse : oui si c'est pro 💅"),
    (CPAM, AP, "{{Cpam}} {{Bayonne}}. Une dame espagnole, [[PERSONNE:Begoña Arrieta]], travaille à {{Hendaye}} et vit à {{Irun}}. Question de frontalière, formulaire {{S1}}. Elle donne son mail pour la notif : [[EMAIL:begona.arrieta@euskaltel.net]]. L'agent parle un peu espagnol, ça aide."),
    (CHRS, CSP, "Tournée des appartements en diffus avec le chef de service. {{Trois visites}}. Une fuite sous l'évier, un détecteur de fumée arraché, un frigo qui sent. Il note tout pour le bailleur ({{Office 64}}). Les gens sont contents qu'on vienne, ça se voit."),
    (CAF, CSP, "Contrôleur {{Caf}} du {{Nord}}, {{Roubaix}}. Visite chez M. et Mme [[PERSONNE:Benali]]. Il vérifie la composition familiale : {{4 enfants}} déclarés, il les voit tous, regarde les carnets de santé. L'aîné est né en [[DATE_NAISSANCE:2009]], la dernière en [[DATE_NAISSANCE:2021]]. Rien à signaler."),
    (URG, AP, "Urgences {{La Rochelle}}, {{été}}. Un touriste belge, [[PERSONNE:Wouter Peeters]], mal au ventre depuis la veille, sa voiture belge garée en double file, plaque [[IMMATRICULATION:1-GKT-583]]. Il tend sa carte d'identité belge, n° [[IDENTIFIANT:592-1234567-89]], et sa carte européenne. L'agente d'accueil hésite sur la case « organisme »."),
    (FT, AT, "Appel entrant, agence {{Limoges}} {{Nord}}. Mme [[PERSONNE:Sylvie Mazabraud]] veut changer son RIB pour l'{{ARE}}. Le conseiller refuse de le prendre au tel, faut passer par l'espace perso. Elle le lit quand même, d'une traite : « [[IBAN:FR76 1130 6000 8740 2159 8731 295]] ». Il ne le note pas."),
    (CCAS, AT, "Standard du {{CCAS}} de {{Brive}}. Un monsieur à la rue veut une domiciliation. L'agent demande son nom, il épelle : « [[PERSONNE:B-O-U-D-J-E-M-A-A]] ». Il passera demain à {{9h}}."),
]

PART_2 = [
    (CAF, AP, "Accueil {{Caf}} {{Marseille}}, {{3e}} arrondissement. Mme [[PERSONNE:Soilihi]] avec son bébé dans le porte-bébé, elle vient déclarer la naissance : la petite [[PERSONNE:Nasra]], née le [[DATE_NAISSANCE:9 septembre]] à la {{Conception}}. L'agent demande le livret de famille, elle a que l'acte de naissance. Ça passe."),
    (CPAM, AT, "Musique d'attente du {{3646}} : {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. Attente annoncée aux assurés ce matin : « moins de {{5 minutes}} ». Réel : entre {{12}} et {{25 min}}."),
    (FT, AP, "{{France Travail}} {{Saint-Denis}} ({{93}}). M. [[PERSONNE:Bakary Traoré]] montre un courrier de radiation, identifiant en haut à droite : [[ID_FRANCE_TRAVAIL:4471206 D]]. Il bossait en intérim sur les chantiers du {{Grand Paris Express}}. La conseillère découvre qu'il a jamais reçu les convocations : dans le dossier c'est [[ADRESSE:12 rue Gabriel Péri, 93200 Saint-Denis]], sans le « bis ». Corrigé."),
    (URG, AP, "Urgences de {{Hautepierre}}, {{Strasbourg}}. Une étudiante, [[PERSONNE:Léa Schmitt]], cheville tordue en sortant d'un bar. Accueil : « adresse ? — [[ADRESSE:4 rue de Zurich, 67000 Strasbourg]], au {{3e}} ». Tout est saisi en {{2 min}}, elle attendra {{3h}}."),
    (CHRS, AT, "{{115}} de {{Paris}}, {{Samusocial}}. Attente avant décroché : {{1h12}}. Un homme, [[PERSONNE:Florin Dumitru]], appelle pour sa femme enceinte de {{7 mois}}. Orientation hôtel : « {{hôtel Première Classe}}, {{chambre 214}} », à {{Bobigny}}. Il note sur sa main."),
    (CAF, CSP, "Contrôle {{Caf}} de {{Lot-et-Garonne}}, à {{Agen}}, quartier {{Montanou}}. Chez M. [[PERSONNE:Öztürk]]. Question : activité non déclarée ? Il fait les marchés le samedi. Le contrôleur demande le SIRET, il le montre sur son tel : [[IDENTIFIANT:84123756000013]], auto-entrepreneur depuis {{2021}}. Il croyait que c'était déclaré « automatique »."),
    (CCAS, AP, "Mairie du {{8e}}, {{Lyon}}, accueil {{CCAS}}. Une grand-mère, Mme [[PERSONNE:Petrossian]], vient pour la carte de transport seniors {{TCL}}. Elle a {{81 ans}}, elle a pris le bus pour venir. L'agent la fait asseoir avant tout le reste. Photo d'identité oubliée, elle repassera."),
    (URG, AT, "Un père appelle les urgences pédiatriques de {{Nantes}} : sa fille [[PERSONNE:Inès]], {{4 ans}}, {{39,8}} de fièvre. La secrétaire le redirige vers le {{15}}. « Je suis pas médecin monsieur. » Il insiste, elle reste polie."),
    (FT, AT, "Conseillère en télétravail, appels programmés. M. [[PERSONNE:Kaczmarek]] (ancien cariste, {{Lens}}) : point sur sa formation {{CACES}}. Il donne son nouveau mail, [[EMAIL:kaczmarek.t62 at orange.fr]], elle corrige dans le dossier. Formation acceptée, début {{lundi 3}}."),
    (CHRS, AP, "{{CHRS}} à {{Rennes}}, entrée d'un jeune de {{19 ans}} sorti de l'{{ASE}}, [[PERSONNE:Kylian]]. Sa référente ASE est là, Mme [[PERSONNE:Kerhervé]]. Ils signent le contrat de séjour. Il demande le code wifi avant la clé de la chambre 😂"),
    (CAF, AT, "Pendant l'appel l'agent a {{4 écrans}} ouverts : {{Cristal}}, le mail, l'agenda et un pense-bête {{Word}}. Il dit que les nouveaux mettent {{6 mois}} à tout connaître."),
    (CPAM, AP, "{{Cpam}} de la {{Haute-Vienne}}, {{Limoges}}. Mme [[PERSONNE:Bonnaud]] vient pour sa {{carte Vitale}} perdue. L'agent lit le numéro sur l'écran pour vérifier : « [[NIR:2 87 03 87 085 412 74]], c'est bien vous ? Née à Limoges en [[DATE_NAISSANCE:mars 87]] ? » Elle dit oui. Nouvelle carte sous {{3 semaines}}."),
    (CCAS, CSP, "Évaluation à domicile pour une aide financière, {{CCAS}} de {{Périgueux}}, [[ADRESSE:3 impasse des Vignes, 24000 Périgueux]]. M. [[PERSONNE:Rossi]] et sa compagne, {{2 enfants}}. Le chauffe-eau est mort, ils font chauffer l'eau dans une casserole. Devis de {{Plomberie Faure & Fils}} : {{1 240 €}}. L'agente prend des photos du ballon."),
    (URG, AP, "{{CHU}} de {{Pointe-à-Pitre}}, urgences, toujours dans les locaux provisoires. Mme [[PERSONNE:Lubin]], {{52 ans}}, malaise. Son fils tend sa {{carte Vitale}}, l'agente lit le NIR : [[NIR:2 72 12 97 120 455 75]]. « Née à Pointe-à-Pitre ? — Oui, en [[DATE_NAISSANCE:décembre 72]]. »"),
    (FT, AP, "{{Niort}}, agence {{France Travail}}. M. [[PERSONNE:Guérin]], {{61 ans}}, vient juste savoir combien de temps avant la retraite. La conseillère le renvoie vers la {{Carsat}}. Il soupire : « on me renvoie toujours ailleurs ». Durée : {{4 min}}."),
    (CHRS, CSP, "Visite d'un appartement relais, {{Marseille}} {{13e}}, avec la travailleuse sociale ([[PERSONNE:Samia]]). Famille [[PERSONNE:Haddad]], {{5 personnes}} dans un {{T2}}. Le bail glissant est au nom de l'asso. Le père montre un courrier de {{13 Habitat}} avec sa réf locataire [[IDENTIFIANT:0085214/03]]."),
    (CAF, AP, "{{Caf}} de {{Pessac}}, permanence. Un étudiant, [[PERSONNE:Tom Lacoste]], veut savoir pourquoi son {{APL}} a baissé. « Vous avez déclaré {{4 200 €}} de job d'été. » Il savait pas que ça comptait. Son mail pour la simulation : [[EMAIL:tom.lacoste@etu.u-bordeaux.fr]]."),
    (CPAM, AT, "Rappel programmé d'une assurée, Mme [[PERSONNE:Chen Yu]], pour une {{CSS}} (complémentaire santé solidaire). Elle parle peu français, sa fille traduit sur haut-parleur. Numéro de rappel : [[TELEPHONE:+33 7 68 21 40 93]]. Dossier complet, réponse sous {{2 mois}}."),
    (CCAS, AT, "{{Lundi matin}}, le standard du {{CCAS}} ne décroche pas avant {{9h30}} : réunion d'équipe. Messagerie pleine, {{23 messages}} à écouter. Un tiers raccrochent sans rien dire."),
    (URG, AT, "Urgences de {{Brive}}. Appel de la {{Résidence Marcel Roche}} ({{EHPAD}}) pour prévenir de l'arrivée d'une résidente, Mme [[PERSONNE:Marthe Faucher]], {{96 ans}}, chute dans la salle de bain. L'infirmière dicte le traitement et la date de naissance, [[DATE_NAISSANCE:17/01/1929]]."),
    (CHRS, AT, "{{115}} des {{Landes}}. Un saisonnier, [[PERSONNE:Rachid]], dort dans son camion sur l'aire de {{Labouheyre}}. Il donne sa plaque « au cas où il m'arrive un truc » : [[IMMATRICULATION:6137 VX 40]], un vieux {{Trafic}}. Pas de place, il dit qu'il s'en fout, il voulait juste parler à quelqu'un."),
    (FT, AT, "Conseiller {{France Travail}} du {{Port}}, {{La Réunion}}. Appel de [[PERSONNE:Jessica Payet]], question sur l'aide au permis. Elle parle créole, lui aussi. Identifiant lu par elle : [[ID_FRANCE_TRAVAIL:721 4053 W]]. Il lui envoie le formulaire par mail pendant l'appel."),
    (CAF, CSP, "Sur la route entre deux contrôles, le contrôleur m'explique : {{70 %}} de ses contrôles concluent « rien à signaler ». Il passe plus de temps à rassurer qu'à contrôler, dit-il. {{2 visites}} par jour, parfois {{3}}."),
    (CPAM, CSP, "Enquêteur {{Cpam}} de {{Pau}}, vérification de résidence pour une {{CSS}}. M. [[PERSONNE:Carvalho]] est censé vivre au [[ADRESSE:6 chemin de Laborde, 64140 Billère]]. Sur place : son nom sur la boîte, facture d'eau à son nom. {{49 ans}}, né au {{Portugal}}, son numéro de sécu est sur l'attestation mutuelle : [[NIR:1 75 08 99 139 207 23]]. Conforme."),
    (URG, AP, "Nuit de samedi, urgences de {{Bayonne}}, dernier soir des fêtes. {{3h du matin}}. Tout le monde en blanc et rouge, foulards partout dans la salle d'attente 🔴⚪ Un vigile de plus ce soir."),
    (CCAS, AP, "{{CCAS}} de {{Lormont}}, {{Génicart}}. Dossier d'aide à la cantine. Mme [[PERSONNE:Diop]] donne son n° {{Caf}}, [[N_ALLOCATAIRE:1847302]], et celui de sa voisine qu'elle aide, Mme [[PERSONNE:Aït Ouali]] : [[N_ALLOCATAIRE:2016548]]. L'agent refuse de traiter le dossier de la voisine sans elle."),
    (FT, AP, "{{FT}} {{Angoulême}}, atelier numérique. Un participant, [[PERSONNE:Patrick]], {{57 ans}}, crée sa boîte mail : il voulait juste son surnom, déjà pris. Finalement [[EMAIL:patoche.16.angouleme@laposte.net]]. Applaudissements dans la salle 👏"),
    (CHRS, AP, "Accueil du {{CHRS}} à {{Mamoudzou}}. Une jeune femme, [[PERSONNE:Anli]], avec un récépissé de demande de titre de séjour n° [[IDENTIFIANT:9760081432]]. L'accueillante, [[PERSONNE:Mariama]], lui parle en shimaoré. Pas de place avant {{2 semaines}}."),
    (CAF, AT, "Appel d'une mère, [[PERSONNE:Karine Boutin]], {{La Rochelle}}, quartier {{Mireuil}}, pour l'{{ARS}}. L'agent : « votre fils [[PERSONNE:Lenny]], né le [[DATE_NAISSANCE:12/11/2007]], il a plus de {{16 ans}} donc il faut le certificat de scolarité ». Elle comprend pas, il réexplique."),
    (URG, AP, "Urgences du {{CHU de Lille}}. Un étudiant {{Erasmus}} espagnol, [[PERSONNE:Pablo Ruiz Moreno]], entorse au foot. Il a une {{CEAM}} et son passeport, n° [[IDENTIFIANT:PAG418273]]. L'agente recopie lettre par lettre."),
    (CHRS, CSP, "Avec la {{CESF}} du {{CHRS}} de {{Niort}}, visite dans un studio au {{Clou-Bouchet}}. M. [[PERSONNE:Sow]] a enfin son {{APL}}. On regarde le relevé ensemble, son nouveau compte : [[IBAN:FR76 1470 7000 3403 2198 7654 017]]. Premier compte bancaire de sa vie, à {{34 ans}}. Il est fier."),
    (CPAM, AP, "Box {{n°3}}. Un monsieur vient pour la {{3e fois}} pour le même remboursement de lunettes. L'agente trouve pas, appelle le back-office. {{25 min}}. Elle s'excuse {{5 fois}}."),
    (FT, AT, "Appel sortant : la conseillère prévient Mme [[PERSONNE:Iriart]] ({{Hasparren}}) que l'offre de la {{Conserverie Larralde}} à {{Espelette}} est pourvue. Déçue. « Vous avez pas le numéro du patron ? M. [[PERSONNE:Larralde]], il me connaît » — la conseillère a pas le droit."),
    (CAF, AP, "{{Caf}} de {{Mérignac}}. Un couple, M. [[PERSONNE:Wiśniewski]] et Mme [[PERSONNE:Wiśniewska]]. Lui parle polonais, elle traduit. Ils veulent rembourser un indu de {{640 €}}. L'agent propose un échéancier, prélevé sur leur compte [[IBAN:FR76 1330 6002 1072 1458 0030 154]], {{50 €}}/mois."),
]

PART_3 = [
    (CAF, AP, "{{Caf}} de {{Limoges}}. Une jeune maman, [[PERSONNE:Océane Peyrat]], du {{Val de l'Aurence}}, reçoit des SMS « Caf » qui lui demandent sa carte bancaire. Arnaque. L'agente lui montre le vrai numéro ({{3230}}) et vérifie ses coordonnées dans le dossier : tel [[TELEPHONE:06 48 17 90 32]], ok, rien n'a été changé."),
    (CAF, AP, "Un enfant de {{3 ans}} dessine sur les formulaires {{Cerfa}} pendant que sa mère attend. Il dessine une {{rose}} et un soleil. L'agent d'accueil lui donne une feuille blanche et un stylo {{Caf}} bleu. Moment de grâce."),
    (CAF, AT, "Appel de Mme [[PERSONNE:Castaing]], {{Pau}} : sa fille [[PERSONNE:Maëlys]] peut-elle toucher l'{{APL}} en internat à {{Bordeaux}} ? Le conseiller demande le n° alloc, « [[N_ALLOCATAIRE:4 506 218]] ». Réponse : oui, mais dossier au nom de la fille, née le [[DATE_NAISSANCE:23 avril 2006]], donc majeure, ok."),
    (CAF, AT, "{{14h}}-{{16h}} : le logiciel plante {{3 fois}}. A chaque redémarrage la conseillère demande aux gens de patienter {{2 min}}. Personne ne râle, étonnamment."),
    (CAF, AT, "Un monsieur appelle pour signaler le décès de sa femme, [[PERSONNE:Yvette Lafargue]]. Il a du mal à parler. Le conseiller ralentit, baisse la voix. Le n° alloc, il l'a sur un vieux courrier : [[N_ALLOCATAIRE:0932741]]. {{18 minutes}} d'appel dont {{5}} de silence."),
    (CAF, CSP, "Contrôle à {{Saint-Étienne}}, {{Montreynaud}}. Mme [[PERSONNE:Mebarki]], déclarée seule. Devant chez elle une voiture immatriculée [[IMMATRICULATION:GK-904-RE]], « c'est la mienne » dit-elle. Le contrôleur note la plaque, vérif plus tard. Il me dit après : « {{9 fois sur 10}} c'est vrai »."),
    (CAF, CSP, "Contrôle {{Caf}} de la {{Creuse}} du côté de {{Felletin}}. Ferme isolée en {{pierre}}, [[ADRESSE:Le Mas Lacour, 23500 Felletin]]. M. et Mme [[PERSONNE:Van Dijk]], néerlandais installés là depuis {{2015}}, au {{RSA}}, ils élèvent des chèvres. Le contrôleur doit évaluer les revenus agricoles... aucune compta. Il repart avec {{3 cartons}} de factures."),
    (CPAM, AP, "{{Cpam}} {{Bordeaux}}. M. [[PERSONNE:Kouassi]] vient pour une demande d'{{AME}}. Passeport ivoirien n° [[IDENTIFIANT:20AD41587]] et attestation d'hébergement signée de son cousin, [[PERSONNE:Serge Kouamé]], [[ADRESSE:15 rue Bouthier, 33100 Bordeaux]]. Il manque un justificatif de présence de plus de {{3 mois}}."),
    (CPAM, AP, "{{Cpam}} de {{Niort}} : accueil sur rdv uniquement depuis {{2023}}. Une dame sans rdv repart. Elle avait fait {{45 min}} de bus. Le vigile lui donne un flyer avec le {{3646}}. Elle part en lâchant « merci {{Macron}} » 😡"),
    (CPAM, AT, "Régime local {{Alsace-Moselle}}, question que l'agent de la plateforme de {{Bordeaux}} connaît mal. M. [[PERSONNE:Muller]] a déménagé de {{Colmar}} à {{Arcachon}} : il perd le régime local ? Oui. Pas content. Mail pour lui envoyer la fiche : [[EMAIL:j.muller68@free.fr]]."),
    (CPAM, AT, "Ligne des professionnels. Une pharmacienne de {{Dax}} vérifie les droits d'une patiente, Mme [[PERSONNE:Lesbats]]. L'agent demande le NIR : [[NIR:2 01 09 64 102 309 39]]. Droits ouverts. Appel de {{90 secondes}}."),
    (CPAM, CSP, "Enquête {{Cpam}} : visite d'un cabinet infirmier pour vérifier des facturations de nuit. Pas d'usager ce jour-là, que des tableaux {{Excel}}. L'enquêteur recompte les kilomètres sur {{Google Maps}}. {{3h}} sur place."),
    (CCAS, AP, "{{CCAS}} de {{Bordeaux}}, antenne {{Bacalan}}. Un homme, [[PERSONNE:Jean-Marc]], {{63 ans}}, demande une aide pour des lunettes cassées. L'agente ([[PERSONNE:Nadia]]) regarde ses ressources : {{ASPA}} + petite retraite. Dossier pour la commission de {{mardi}}. Il veut être prévenu par SMS : [[TELEPHONE:07 81 55 20 64]]."),
    (CCAS, AP, "{{CCAS}} de {{Grenoble}}, permanence de la {{Villeneuve}}. Une femme très pressée : « c'est pour le bon de gaz, j'ai plus rien ». L'agent lui donne un rdv le jour même à {{15h}}, sans lui demander son nom : anonymat possible au premier accueil."),
    (CCAS, AT, "Appel au {{CCAS}} de {{Pessac}} : une voisine s'inquiète pour M. [[PERSONNE:Dubos]], qu'elle voit plus sortir. L'agent note : [[ADRESSE:12 avenue de Saige, bât. C, 33600 Pessac]]. Il appelle le bailleur ({{Domofrance}}) pour une visite. La voisine laisse son numéro : « [[TELEPHONE:zéro cinq, cinquante-six, trente-six, quarante et un, douze]] »."),
    (CCAS, CSP, "Visite du {{CCAS}} d'{{Agen}} chez Mme [[PERSONNE:Tran]], {{82 ans}}, pour une demande d'{{APA}}. Tout est nickel, elle a fait du thé au {{jasmin}}. Elle montre les photos des petits-enfants sur le buffet, « lui c'est [[PERSONNE:Minh]], il est à {{Toulouse}} ». L'évaluatrice remplit la grille {{AGGIR}} : {{GIR 4}}."),
    (CCAS, CSP, "Visite avec l'assistante sociale du {{CCAS}} de {{Roubaix}}. Rez-de-chaussée, humidité partout, murs noirs de moisissure. Un gamin tousse. Elle fait un signalement à l'{{ARS}} pour insalubrité. Je suis sortie de là en colère."),
    (URG, AP, "Urgences du {{CHU de Poitiers}}. M. [[PERSONNE:Noah Bertin]], {{26 ans}}, brûlure à la main (friteuse). Il n'a que son numéro de sécu en photo sur son tel : [[NIR:1 99 02 86 194 531 38]]. L'agente tape, ça remonte : né à {{Poitiers}}, adresse [[ADRESSE:8 rue du Pigeon Blanc, 86000 Poitiers]]. Attente : {{2h30}}."),
    (URG, AP, "Urgences de {{Purpan}}, {{Toulouse}}. Mme [[PERSONNE:Martínez]], mamie qui ne parle qu'espagnol, accompagnée de son petit-fils [[PERSONNE:Enzo]]. Il traduit et donne tout : date de naissance, « [[DATE_NAISSANCE:vingt-huit août trente-neuf]] », mutuelle n° [[IDENTIFIANT:1785420396]]."),
    (URG, AP, "{{CH}} d'{{Agen}}, {{10h}}. Salle d'attente calme : {{6 personnes}}. Une télé sans le son passe la rediff du match du {{SUA}}. L'agent d'accueil en profite pour ranger les dossiers de la nuit."),
    (URG, AT, "Urgences {{Layné}}, {{Mont-de-Marsan}}. Un gendarme appelle : un certain [[PERSONNE:Kévin Labat]] a-t-il été admis cette nuit après un accident sur l'{{A63}} ? Véhicule [[IMMATRICULATION:EZ-117-PL]]. La secrétaire demande une réquisition écrite. Il laisse son portable, [[TELEPHONE:06 33 18 52 47]]."),
    (URG, AT, "Entre {{minuit}} et {{6h}}, {{43 appels}} au standard. Beaucoup de « est-ce que je dois venir ? ». Réponse officielle : appeler le {{15}}. Le standardiste de nuit compte les appels à la main dans un carnet."),
    (CHRS, AP, "{{Foyer Fouillet}}, {{Bordeaux}}. Arrivée d'un homme orienté par le {{SIAO}}, dossier [[IDENTIFIANT:SIAO33-2024-08817]]. [[PERSONNE:Ousmane]], {{41 ans}}, sortie d'hôpital. Toutes ses affaires dans un sac {{Lidl}}. {{Chambre 12}}."),
    (CHRS, AP, "Accueil de nuit, {{Lyon}} {{7e}}. Un couple avec un chien, [[PERSONNE:Steph]] et [[PERSONNE:Maud]], et le chien {{Rocky}}. Règle : pas d'animaux. L'éduc appelle le chef : exception pour une nuit. Rocky dort dans la bagagerie 🐕"),
    (CHRS, AP, "{{CHRS}} de {{Guéret}}, petit, {{12 places}}. Une femme arrive de {{La Souterraine}} en stop, [[PERSONNE:Christelle]], violences conjugales. L'éduc note le nom du conjoint pour l'ordonnance de protection, [[PERSONNE:Damien Roudier]], et sa voiture, [[IMMATRICULATION:BC-602-QN]], « s'il rôde autour ». Elle tremble."),
    (CHRS, AT, "{{115}} {{Gironde}}. Appel du commissariat de {{Mérignac}} : une dame âgée, Mme [[PERSONNE:Rodrigues]], expulsée ce matin, assise au commissariat avec ses valises. L'écoutante trouve une nuit d'hôtel, {{Formule 1}} de Mérignac, {{chambre 27}}."),
    (CHRS, AT, "Briefing de l'équipe {{115}} à {{18h}} : {{3 places}} pour la nuit dans tout le département. {{84}} demandes non pourvues hier. Ils se répartissent les rappels."),
    (CHRS, CSP, "Visite en appartement diffus à {{Anglet}} avec l'éduc. Mme [[PERSONNE:Mbemba]] et ses {{trois garçons}}. Elle a trouvé un {{CDI}} à la {{Clinique Belharra}}, elle veut quitter le {{CHRS}}. Elle montre sa demande de logement social, n° unique [[IDENTIFIANT:06411240098273]]."),
    (CHRS, CSP, "Visite de l'appartement vide avant une nouvelle entrée, {{Limoges}}. On compte : {{2 lits}}, {{1 table}}, {{4 chaises}}, une casserole. Il manque des draps. Procédure de {{11 cases}} à cocher."),
    (FT, AP, "{{France Travail}} {{Bayonne}}. [[PERSONNE:Maialen Etchegoyen]], {{24 ans}}, veut faire un {{CAP}} pâtisserie. Sa conseillère ([[PERSONNE:Amaia]]) trouve une formation à {{Anglet}}. Identifiant : [[ID_FRANCE_TRAVAIL:6093415R]]. Réglé en {{20 min}}, rare."),
    (FT, AP, "{{France Travail}} {{Paris 19e}}. Un ingénieur syrien, M. [[PERSONNE:Al Hamwi]], diplôme pas reconnu. La conseillère l'envoie vers {{ENIC-NARIC}}. Il laisse son numéro, [[TELEPHONE:06 12 77 84 30]], et son titre de séjour n° [[IDENTIFIANT:7503216548]] pour le dossier."),
    (FT, AP, "Borne d'accueil {{France Travail}} : écran tactile qui réagit une fois sur deux. Le service civique tape à la place des gens. {{9h-12h}} : {{38}} personnes."),
    (FT, AT, "Conseiller de {{Périgueux}}. M. [[PERSONNE:Pereira]], saisonnier aux vendanges vers {{Bergerac}}, a perdu son identifiant. Vérif par la date de naissance, qu'il donne à l'envers : « [[DATE_NAISSANCE:92, juin, le 18]] ». Identifiant retrouvé : [[ID_FRANCE_TRAVAIL:3318620 J]]."),
    (CAF, AP, "{{Caf}} de la {{Seine-Saint-Denis}}, {{Bobigny}}. M. [[PERSONNE:Konaté]] vient signaler un changement de compte, RIB {{La Banque Postale}} : [[IBAN:FR10 2004 1000 0107 4321 9Z02 034]]. L'agent le scanne, {{1 minute}}, suivant."),
]

PART_4 = [
    (CAF, AP, "{{Caf}} de {{Nantes}}, quartier {{Malakoff}}. Un jeune couple, [[PERSONNE:Aurélien]] et [[PERSONNE:Chloé Brunet]], premier bébé prévu en {{janvier}}. Ils demandent la {{prime de naissance}}. L'agent leur donne leur n° alloc tout neuf, [[N_ALLOCATAIRE:7261093]] ; ils le notent dans le carnet de maternité 👶"),
    (CAF, AP, "{{Caf}} {{Bordeaux}}, {{11h45}}. Coupure de courant dans tout le bâtiment. L'accueil continue à la lampe du téléphone, les agents notent les demandes sur papier. {{20 min}} plus tard ça revient, tout le monde applaudit."),
    (CAF, AP, "{{Montpellier}}, {{Caf}}. Une étudiante marocaine, [[PERSONNE:Salma El Idrissi]] : {{APL}} bloquée, le titre de séjour a expiré dans le dossier. Elle a le nouveau, n° [[IDENTIFIANT:3402187765]], valable jusqu'en {{2026}}. L'agent le scanne et débloque. Elle était venue {{4 fois}}."),
    (CAF, AT, "Un père séparé de {{Poitiers}}, M. [[PERSONNE:Moinard]], appelle pour la garde alternée et le partage des {{allocations familiales}}. Il veut recevoir les courriers aussi. Nouveau mail : [[EMAIL:fmoinard86@outlook.fr]]. L'agent explique que c'est la mère l'allocataire, pas lui."),
    (CAF, AT, "{{Caf}} de la {{Martinique}}. Mme [[PERSONNE:Sainte-Rose]] appelle pour un indu de {{1 800 €}}. Son numéro alloc, chiffre par chiffre : [[N_ALLOCATAIRE:2 4 9 1 8 0 7]]. L'agente l'écoute pleurer puis parle de remise de dette : « vous faites un courrier, vous expliquez »."),
    (CAF, CSP, "Contrôle à {{Lormont}}, {{Carriet}}, [[ADRESSE:23 rue Lavergne, appt 112, 33310 Lormont]]. Mme [[PERSONNE:Ndiaye]] déclare héberger sa sœur majeure, [[PERSONNE:Awa]]. Le contrôleur vérifie que la sœur a ses propres ressources. Carte d'identité de la sœur : [[IDENTIFIANT:Y7HK2M9P4]]. Pas de changement de droits."),
    (CAF, CSP, "Contrôle annulé : la personne a appelé à {{8h}} pour dire qu'elle était hospitalisée. Le contrôleur reprogramme à {{2 semaines}}. Détour par la boulangerie de {{Saint-Dié}}."),
    (CPAM, AP, "{{Cpam}} de {{Corse-du-Sud}}, {{Ajaccio}}. M. [[PERSONNE:Santoni]], {{35 ans}}, né à Ajaccio, vient chercher une carte européenne avant un voyage en {{Sardaigne}}. L'agent relit le NIR à voix haute : « [[NIR:1 90 04 2A 004 183 26]] ». Carte imprimée sur place, {{2 minutes}}."),
    (CPAM, AP, "{{Cpam}} de {{Brive}}. Une dame de {{77 ans}}, Mme [[PERSONNE:Germaine Vialle]], veut « parler à quelqu'un, pas à un ordinateur ». Remboursement d'appareils auditifs. L'agent sort le dossier : [[NIR:2 48 01 19 031 036 62]], née à Brive. « Vous voyez que vous allez plus vite que l'internet. »"),
    (CPAM, AP, "La borne photo pour la {{carte Vitale}} est en panne. L'agente photographie un monsieur contre le mur blanc du couloir avec la tablette. Flou. Elle recommence {{3 fois}}."),
    (CPAM, AT, "Appel d'un monsieur de {{Créteil}}, [[PERSONNE:Mohamed Chérif]], qui a reçu deux cartes {{Vitale}} avec deux numéros différents. L'agente : « on va fusionner ». Lui : « et je garde laquelle ? ». Le bon numéro, c'est [[NIR:1 79 01 99 350 064 27]] (né au {{Maroc}} en [[DATE_NAISSANCE:janvier 79]]), l'autre était provisoire."),
    (CPAM, AT, "Appel de {{47 min}}. Une dame qui comprend pas pourquoi ses indemnités d'{{arrêt de travail}} ne sont pas payées. L'employeur n'a pas envoyé l'attestation de salaire. L'agent ne peut qu'expliquer. Elle dit merci à la fin quand même."),
    (CPAM, CSP, "Enquêteur {{Cpam}} des {{Landes}} : vérification d'un taxi conventionné à {{Saint-Sever}}. Le taxi de M. [[PERSONNE:Dufau]], immatriculé [[IMMATRICULATION:FN-778-HB]], déclaré pour deux transports le {{12}} à la même heure... Le compteur colle pas. Dossier transmis au service contentieux."),
    (CCAS, AP, "{{CCAS}} de {{Mont-de-Marsan}}, quartier du {{Peyrouat}}. Mme [[PERSONNE:Reinhardt]], voyageuse, demande une domiciliation. L'agent note l'adresse actuelle : [[ADRESSE:aire d'accueil de Saint-Médard, emplacement 14]]. Elle rigole : « ça change tout le temps ». Tel : [[TELEPHONE:07 62 93 05 18]]."),
    (CCAS, AP, "{{CCAS}} de {{Metz}}. Aide alimentaire pour M. [[PERSONNE:Kaya]], {{3 enfants}}. Sa femme, [[PERSONNE:Elif]], parle mieux français, elle remplit le formulaire. Adresse : [[ADRESSE:7 rue de Borny, 57070 Metz]]. Ils repartent avec {{un colis}} et un rdv chez l'assistante sociale."),
    (CCAS, AT, "{{CCAS}} de {{Niort}}. Une fille appelle pour sa mère, Mme [[PERSONNE:Texier]], qui entre à la {{Résidence Mutualiste Les Cèdres}}. Elle veut le dossier d'aide sociale à l'hébergement par mail : [[EMAIL:nathalie.texier [at] sfr.fr]]. L'agente l'épelle deux fois."),
    (CCAS, AT, "{{16h50}}, dernier appel. Un monsieur veut juste l'heure d'ouverture de demain. « {{8h30}}. » L'agent raccroche en souriant : « ça, c'est un appel facile »."),
    (CCAS, CSP, "Visite du {{CCAS}} de {{Poitiers}} aux {{Trois-Cités}}, [[ADRESSE:5 rue de Slovénie, 86000 Poitiers]]. M. [[PERSONNE:Hakobyan]], {{70 ans}}, seul depuis la mort de sa femme. Il nous sert un café arménien. Pour l'aide au chauffage, l'agente recopie son IBAN : [[IBAN:FR76 1027 8360 1200 0208 7340 168]]."),
    (CCAS, CSP, "{{CCAS}} de {{Bayonne}}, visite chez un couple âgé du {{Petit Bayonne}}. M. et Mme [[PERSONNE:Harispe]], des {{hortensias}} devant la porte. Lui est sourd, elle répète tout. Ils ont une voiture qu'ils conduisent plus, [[IMMATRICULATION:8842 KL 64]], ils veulent la vendre pour payer les travaux. L'agent donne le contact de l'{{ADIL}}."),
    (URG, AP, "Urgences de la {{Cavale Blanche}}, {{Brest}}. Un marin-pêcheur, M. [[PERSONNE:Le Bihan]], main coupée au filet. Il dit son nom en regardant ailleurs. Son fils arrive avec la {{carte Vitale}} et le numéro de patient de la dernière fois, IPP [[IDENTIFIANT:290076541]]. Suture, {{45 min}}."),
    (URG, AP, "{{Pellegrin}}, urgences, {{2h}} du matin. Un homme sans papiers ni nom, amené par les pompiers. Il dit s'appeler « [[PERSONNE:Tonton]] ». L'agent crée un dossier « X » avec la date de naissance par défaut du logiciel, {{01/01/1970}}."),
    (URG, AP, "Urgences de {{Cayenne}}, {{hôpital Andrée-Rosemon}}. Une femme brésilienne, [[PERSONNE:Ana Paula Souza]], venue de {{Saint-Georges-de-l'Oyapock}}, enceinte. Pas de papiers français, juste un RG brésilien n° [[IDENTIFIANT:42.317.658-9]]. L'agente parle portugais."),
    (URG, AT, "Standard des urgences de {{Poitiers}}. Une mère demande si son fils [[PERSONNE:Lucas]], {{16 ans}}, est arrivé. La secrétaire demande la date de naissance : « le [[DATE_NAISSANCE:4 mars 2009]] ». Il est là, pris en charge. Elle dit merci trois fois."),
    (URG, AT, "Un généraliste de {{Saint-Junien}}, Dr [[PERSONNE:Lavergne]], appelle pour adresser un patient : M. [[PERSONNE:Bernard Decoux]], né le [[DATE_NAISSANCE:06/05/1958]], suspicion d'AVC. Il laisse son portable : [[TELEPHONE:06 81 40 27 95]]."),
    (CHRS, AP, "{{CHRS}} {{Le Logis}}, {{Angoulême}}. Entretien d'admission : Mme [[PERSONNE:Oumou Camara]], {{28 ans}}, {{2 enfants}}, sortie de l'hébergement d'urgence à l'{{hôtel Campanile}}. Sa fille a un dossier {{MDPH}}, n° [[IDENTIFIANT:MDPH16-2023-01458]]. L'éduc promet de suivre."),
    (CHRS, AP, "Repas de midi au {{CHRS}} : {{42 couverts}}, hachis parmentier. Les résidents mettent la table, planning au mur. Un ancien cuisinier aide en cuisine, il a gardé sa toque."),
    (CHRS, AP, "Accueil de jour à {{Marseille}}, près de la {{gare Saint-Charles}}. [[PERSONNE:Abdoulaye]], {{17 ans}} selon lui, non reconnu mineur par le département. L'éduc appelle une avocate, Me [[PERSONNE:Benhamou]], pour le recours. Extrait d'acte de naissance guinéen : né le [[DATE_NAISSANCE:11 février 2008]]."),
    (CHRS, AT, "{{115}} des {{Pyrénées-Atlantiques}}, nuit. [[PERSONNE:Patxi]] appelle de {{Saint-Jean-Pied-de-Port}}, pèlerin sans un sou, coincé. Pas de place. L'écoutant appelle l'accueil pèlerin du village : fermé. Il finit par trouver le numéro du presbytère."),
    (CHRS, AT, "{{115}} du {{Nord}}, {{Lille}}. Une voix d'ado : [[PERSONNE:Lina]], {{16 ans}}, mise dehors par son beau-père. L'écoutante demande où elle est : « devant le {{McDo}} de la gare ». Maraude envoyée, {{ASE}} prévenue. Son numéro : [[TELEPHONE:06 58 20 11 47]]."),
    (CHRS, CSP, "Visite dans un appartement du {{CHRS}} à {{Pau}}, [[ADRESSE:31 rue Carnot, 64000 Pau]]. M. [[PERSONNE:Benito Garcia]], {{59 ans}}, ancien maçon. Il veut récupérer sa voiture à la fourrière, plaque [[IMMATRICULATION:AB-313-TT]]. L'éduc calcule : {{180 €}} de frais. Impossible ce mois-ci."),
    (FT, AP, "{{France Travail}} {{Rennes}} {{Maurepas}}. Mme [[PERSONNE:Pham]], comptable au {{Vietnam}}, cherche un poste de caissière. La conseillère : « vous pourriez viser plus haut ». Elle pleure. ID : [[ID_FRANCE_TRAVAIL:1850327F]]. Rdv avec le conseiller {{VAE}}."),
    (FT, AP, "{{FT}} de {{Cenon}}. Un jeune du {{Palmer}}, [[PERSONNE:Ilyes]], {{19 ans}}, vient pour le {{CEJ}}. Compte {{TikTok}} à {{40k}} abonnés, [[IDENTIFIANT:@ilyes_cenon]] : il veut « faire du contenu ». La conseillère note « projet : création de contenu » sans sourciller."),
    (FT, AP, "Salle d'attente {{France Travail}}, affiche « Ici on vous accompagne » avec une photo de banque d'images. {{11 personnes}}, {{3 conseillers}}. Le vigile connaît tout le monde par son prénom."),
    (FT, AT, "Agence de {{Guéret}}. Appel de [[PERSONNE:Sandra Mazeau]], de {{Boussac}}, sans voiture, {{40 km}} pour venir. La conseillère propose un entretien par téléphone mais il faut le CV par mail : [[EMAIL:sandra.mazeau23@gmail.com]]. Identifiant [[ID_FRANCE_TRAVAIL:0457712 H]]."),
    (FT, AT, "La conseillère explique le nouveau contrat d'engagement lié au {{RSA}} à {{7 personnes}} d'affilée. Même texte, même ton. {{15 heures}} d'activité par semaine. Beaucoup demandent « c'est quoi une activité »."),
]

PART_5 = [
    (CAF, AP, "{{Caf}} de {{Périgueux}}. [[PERSONNE:Leïla Bensaïd]], de {{Chamiers}}, vient pour l'{{AAH}} de son fils [[PERSONNE:Yacine]], {{20 ans}}, reconnu par la {{MDPH}}. N° alloc : [[N_ALLOCATAIRE:5572016]]. Elle a la notification MDPH, n° [[IDENTIFIANT:24-2024-003671]], et le RIB du fils : [[IBAN:FR76 1333 5000 4008 0012 3456 769]]. Tout est là, c'est rare."),
    (CAF, AP, "{{CAF}} {{LILLE}} = FILE JUSQU'AU TROTTOIR, {{45 MIN}} MINIMUM !!! un papi, M. [[PERSONNE:DEVOS]], N° ALLOC [[N_ALLOCATAIRE:6183027]], raccompagné par un agent jusqu'à une chaise : « on vous appelle, M. [[PERSONNE:Devos]], bougez pas »."),
    (CAF, AP, "{{Caf}} de {{Pau}}. Espace numérique : {{4 ordis}}, {{1 imprimante}}, {{2 volontaires}} en service civique. Une dame apprend à scanner avec son téléphone. « Ah c'est ça le QR code ! »"),
    (CAF, AT, "Appel de [[PERSONNE:Mickaël Peyrelongue]], {{Talence}}, qui veut déclarer sa mise en couple avec [[PERSONNE:Samira]], déjà au {{RSA}}. Le conseiller explique que les droits vont être recalculés... silence. « Donc on perd de l'argent à se mettre ensemble ? » Oui. N° alloc de lui : [[N_ALLOCATAIRE:3318904]], RIB du compte joint : [[IBAN:FR76 3000 4008 2100 0104 5631 831]]."),
    (CAF, AT, "Formation en double écoute : la tutrice écoute en même temps que la nouvelle conseillère. Après chaque appel, {{30 secondes}} de débrief. « Tu l'as laissé parler, c'est bien. »"),
    (CAF, CSP, "Contrôle {{Caf}} de la {{Haute-Vienne}} à {{Saint-Yrieix-la-Perche}}. M. [[PERSONNE:Florian Mazaud]], déclaré sans activité, vend des meubles retapés sur {{Leboncoin}} sous le pseudo [[IDENTIFIANT:floflo_brocante87]]. Le contrôleur avait vu les annonces avant de venir. Discussion tendue, puis calme. CA estimé : {{3 000 €}}/an."),
    (CAF, CSP, "Contrôle à {{Toulouse}}, {{Le Mirail}}. Famille [[PERSONNE:Ouahbi]], {{6 enfants}}. Il en manque un, [[PERSONNE:Ilyas]], {{17 ans}}, « au lycée ». Le contrôleur demande le certificat de scolarité ; le père l'a sur son téléphone, envoyé depuis [[EMAIL:ouahbi.famille31@hotmail.fr]]. Ok."),
    (CPAM, AP, "{{Cpam}} de la {{Charente}}, {{Angoulême}}. Mme [[PERSONNE:Françoise Boissière]], {{58 ans}}, née à Angoulême, mise en invalidité, ne comprend pas sa pension. L'agent lit « {{catégorie 1}} ». Son NIR s'affiche en gros sur l'écran tourné vers nous, [[NIR:2 66 06 16 015 092 56]] ; l'agent tourne l'écran."),
    (CPAM, AP, "{{Cpam}} de {{Paris}}, {{18e}}. Un monsieur géorgien, M. [[PERSONNE:Beridze]], demande l'{{AME}}. Attestation de domiciliation de l'association {{Aurore}}, passeport n° [[IDENTIFIANT:13AB48275]]. L'interprète par téléphone met {{10 min}} à répondre."),
    (CPAM, AT, "{{3646}}, appel de {{Bastia}}. Mme [[PERSONNE:Orsini]], {{34 ans}}, vérifie que son congé maternité est pris en compte. NIR dicté : [[NIR:2 91 05 2B 033 149 07]]. Oui, versement le {{15}}. Elle veut être rappelée sur le fixe de sa mère, [[TELEPHONE:04 95 31 62 08]]."),
    (CPAM, AT, "Appel de M. [[PERSONNE:Fabien Lamarque]], {{Mont-de-Marsan}}, accident du travail (chute d'échafaudage). N° de dossier AT : [[IDENTIFIANT:24-40-018836]]. L'agent demande aussi le NIR : [[NIR:1 85 09 40 192 377 61]]. {{39 ans}}, né à Mont-de-Marsan, ça colle."),
    (CPAM, CSP, "Enquêteur {{Cpam}}, tournée de {{4 contrôles}} d'arrêts maladie à {{Villeneuve-sur-Lot}}. {{3}} présents, {{1}} absent. Chez les présents il reste {{5 minutes}}. « Le contrôle c'est aussi vérifier que les gens vont bien. »"),
    (CCAS, AP, "{{CCAS}} de {{La Rochelle}}, {{Villeneuve-les-Salines}}. Mme [[PERSONNE:Isabelle Rouxel]], {{41 ans}}, née à La Rochelle, demande une aide au loyer. {{Carte Vitale}} pour la {{CSS}} : [[NIR:2 83 10 17 300 276 32]]. Elle a un échéancier avec l'{{Office Public de l'Habitat}}, réf. [[IDENTIFIANT:OPH17-L-0049183]]."),
    (CCAS, AP, "{{CCAS}} de {{Nice}}. Un retraité italien, M. [[PERSONNE:Castellani]], demande une aide pour sa facture d'eau. Il mélange italien et niçois, l'agente répond en italien. Adresse : [[ADRESSE:18 avenue de la Californie, 06200 Nice]]. Ça fait {{40 ans}} qu'il vit là."),
    (CCAS, AP, "Dans l'entrée du {{CCAS}}, un panneau : « Permanence écrivain public {{mardi 14h-17h}} ». Liste d'inscrits pleine pour {{3 semaines}}. Il manque {{2 bénévoles}}, dit l'agent."),
    (CCAS, AT, "Standard du {{CCAS}} d'{{Agen}}. Mme [[PERSONNE:Lucienne Pujol]], {{84 ans}}, pour la téléassistance. Son numéro : « [[TELEPHONE:zéro cinq cinquante-trois, quatre-vingt-seize, vingt-deux, zéro huit]] ». L'agent répète, elle corrige, il re-répète. {{3 fois}}. Au final c'est bon."),
    (CCAS, CSP, "Visite du {{CCAS}} de {{Cenon}}, [[ADRESSE:16 avenue Carnot, 33150 Cenon]]. M. [[PERSONNE:Fabre]] : appartement rempli jusqu'au plafond, on passe de profil. L'agente ne juge pas, elle parle d'abord des chats, {{Minette}} et {{Caramel}}. Prochaine visite avec l'infirmière du {{CMP}}."),
    (URG, AP, "Urgences pédiatriques, {{Pellegrin}}. Une maman avec son bébé, [[PERSONNE:Nour]], {{8 mois}}, bronchiolite. « Date de naissance du bébé ? — Le [[DATE_NAISSANCE:3 janvier]]. » Carnet de santé ouvert sur le comptoir. Attente : {{1h}}."),
    (URG, AP, "Urgences de {{Guéret}}, dimanche. M. [[PERSONNE:Gérard Aupetit]], {{67 ans}}, venu de {{Jarnages}} en conduisant lui-même, douleur à la poitrine. {{Carte Vitale}} : [[NIR:1 58 05 23 096 021 68]], né à Guéret. L'{{IOA}} l'allonge direct. Sa voiture, [[IMMATRICULATION:DX-541-CA]], est restée sur la place des ambulances ; le vigile va la déplacer."),
    (URG, AP, "Urgences, {{17h}}. Un écran affiche « temps d'attente estimé : {{4h12}} ». Une dame prend l'écran en photo et l'envoie à quelqu'un. Personne ne part."),
    (URG, AT, "Standard des urgences de {{Périgueux}}. « C'est pour mon frère, [[PERSONNE:Thierry Lachaud]], il est chez vous depuis ce matin, vous pouvez lui dire que je passe ? » La secrétaire transmet et note le numéro pour le rappel : [[TELEPHONE:06 45 89 12 03]]."),
    (CHRS, AP, "{{CHRS}} à {{Poitiers}}. Un homme afghan, [[PERSONNE:Ahmad Hakimi]], né en [[DATE_NAISSANCE:1993]] à {{Kaboul}}, réfugié reconnu par l'{{OFPRA}}. Il montre son récépissé, n° [[IDENTIFIANT:8609873214]]. Il veut devenir {{boulanger}}. L'éduc appelle l'{{AFPA}}."),
    (CHRS, AP, "Cahier de transmission du {{CHRS}} : « {{chambre 14}} : a fêté son anniversaire, gâteau partagé avec l'étage ». « {{Chambre 9}} : pas rentré cette nuit, à recontacter. » L'éduc lit tout à voix haute à l'équipe de jour."),
    (CHRS, AT, "{{115}} de la {{Haute-Vienne}}. Une femme enceinte, [[PERSONNE:Grace]], nigériane, à la gare des {{Bénédictins}}. L'écoutante note le numéro qui s'affiche, [[TELEPHONE:07 45 61 38 90]]. Une place en hébergement d'urgence, la maraude va la chercher."),
    (CHRS, AT, "{{115}} de {{La Réunion}}, {{Saint-Denis}}. M. [[PERSONNE:Grondin]], ancien docker, appelle tous les soirs à {{19h}} ; il dit toujours « moin lé de [[DATE_NAISSANCE:cinquante-deux]] ». « Bonsoir M. [[PERSONNE:Grondin]] », ce soir il a un lit. Il prendra le {{car jaune}}."),
    (CHRS, AT, "Coupure du {{115}} pendant {{12 minutes}} (panne de l'opérateur). Les écoutants se regardent. Quand ça revient : {{9 appels}} en attente d'un coup."),
    (CHRS, CSP, "Visite d'un logement du {{CHRS}} à {{Mérignac}}, {{Beaudésert}}, [[ADRESSE:9 allée des Mimosas, 33700 Mérignac]]. M. [[PERSONNE:Zhang]] et sa fille. Courant coupé au compteur {{Linky}}, facture {{TotalEnergies}} impayée, contrat n° [[IDENTIFIANT:PA-2024-0877316]]. L'éduc appelle le fournisseur, ça se règle."),
    (CHRS, CSP, "Fin de visite, l'éduc remplit la fiche dans la voiture, sur le volant. {{12 minutes}}. « Si je le fais pas tout de suite, j'oublie tout. »"),
    (FT, AP, "{{France Travail}} {{La Rochelle}}. M. [[PERSONNE:Dominique Ravon]], {{56 ans}}, ancien ostréiculteur, veut devenir chauffeur de bus {{Yélo}}. Identifiant : [[ID_FRANCE_TRAVAIL:9023547L]]. Pas de permis D, la conseillère cherche une formation financée."),
    (FT, AP, "{{FT}} {{Marseille}}, {{Belsunce}}. Mme [[PERSONNE:Yasmina Kaci]] n'a pas son attestation employeur : son ex-patron de la {{Pizzeria Da Toni}} refuse. La conseillère appelle le restaurant devant nous. Identifiant : [[ID_FRANCE_TRAVAIL:2260518 X]]."),
    (FT, AP, "{{FT}} de {{Saint-Jean-de-Luz}}. Une jeune de {{Ciboure}}, [[PERSONNE:Ane Ospital]], saisonnière l'été, rien l'hiver. Elle fait défiler ses contrats sur son tel, la conseillère rentre les heures pour le rechargement des droits. Mail : [[EMAIL:ane.ospital@gmail.com]]."),
    (FT, AT, "Plateforme {{3949}}. M. [[PERSONNE:Serkan Yilmaz]], de {{Mulhouse}}, pense avoir été payé deux fois et veut rembourser ! Vérif : trop-perçu de {{1 312,40 €}}. Identifiant [[ID_FRANCE_TRAVAIL:5501873 G]]. Il demande le RIB de {{France Travail}}."),
    (FT, AT, "Conseillère d'{{Angoulême}}. Rappel de Mme [[PERSONNE:Bénédicte Charrier]] pour un atelier. Messagerie : « vous êtes bien chez [[PERSONNE:Béné]], laissez un message ». La conseillère laisse un message et note le numéro composé, [[TELEPHONE:06 02 91 47 35]]."),
    (FT, AT, "Entre deux appels, la conseillère me montre son tableau : {{112}} demandeurs en portefeuille. « Avant j'en avais {{180}}. Maintenant je peux les appeler. »"),
]

PART_6 = [
    (CAF, AP, "{{Caf}} de {{Bayonne}}, matinée :\n- {{9h02}} Mme [[PERSONNE:Oçafrain]], {{APL}}, attestation de loyer\n- {{9h15}} un jeune, [[PERSONNE:Txomin]], {{prime d'activité}}, n° alloc [[N_ALLOCATAIRE:8830412]]\n- {{9h40}} couple portugais, changement d'adresse : [[ADRESSE:2 rue des Tonneliers, 64100 Bayonne]]\n- {{10h05}} pause café des agents (enfin)"),
    (CAF, AP, "{{Caf}} du {{Bas-Rhin}}, {{Strasbourg}}. Longue discussion avec une maman solo, [[PERSONNE:Jennifer Klein]], {{3 enfants}}, qui vient de perdre son job chez {{Amazon}} à {{Entzheim}}. Elle a calculé toute seule ce qu'elle devrait toucher, dans un cahier à colonnes. L'agente vérifie : elle a juste, {{RSA}} majoré + {{allocations familiales}} + {{ASF}} parce que le père ne paie pas la pension. N° alloc [[N_ALLOCATAIRE:1290476]]. Elle donne le nom du père pour le recouvrement, [[PERSONNE:Kevin Roth]], et sa dernière adresse connue, [[ADRESSE:41 route de Schirmeck, 67200 Strasbourg]]. « S'il paie pas, vous irez le chercher ? » L'agente explique que l'{{ARIPA}} s'en charge. Premier sourire de la matinée."),
    (CAF, AP, "{{Caf}} de {{Poitiers}} : le nouvel agent d'accueil a {{23 ans}}, c'est son {{2e jour}}. Il dit « je sais pas mais je vais demander » à chaque fois. Les gens ont l'air de préférer ça à une réponse fausse."),
    (CAF, AT, "{{Caf}} de la {{Guadeloupe}}, plateforme. M. [[PERSONNE:Lollia]], des {{Abymes}}, déclare son nouveau numéro : « [[TELEPHONE:0690 58 41 27]] », et son mail, [[EMAIL:lollia.jm971@yahoo.fr]]. Mise à jour : {{3 min}} à cause du réseau qui rame."),
    (CAF, AT, "appel mme [[PERSONNE:garcia]], {{agen}}, veut savoir qd tombe le {{rsa}} ce mois ci. num alloc [[N_ALLOCATAIRE:4719352]]. rep : le {{5}}. elle dit ok merci. {{40 sec}}. le conseiller dit que c la question {{n°1}} de la semaine"),
    (CAF, CSP, "Contrôle à {{Brive}}, quartier {{Rivet}}. M. [[PERSONNE:Chaumeil]] déclare que son fils [[PERSONNE:Dylan]] (né en [[DATE_NAISSANCE:2004]]) a quitté le foyer. Sur place : la chambre du fils pleine de fringues, sa voiture garée devant, [[IMMATRICULATION:FH-230-BN]]. Le père s'énerve, puis avoue que le fils revient « des fois »."),
    (CAF, CSP, "Contrôle à {{Montreuil}} dans un foyer de travailleurs, {{foyer Bara}}, {{chambre 211}}. M. [[PERSONNE:Doucouré]], n° alloc [[N_ALLOCATAIRE:6027581]], touche l'{{APL}} pour une chambre partagée, paraît-il, avec {{3}} autres. Le contrôleur compte les lits : {{4}}. Il note, mal à l'aise. « C'est pas lui le problème. »"),
    (CPAM, AP, "{{Cpam}} de la {{Gironde}}, accueil de {{Bordeaux}}. M. [[PERSONNE:Alain Castéra]], {{62 ans}}, pour une prise en charge {{ALD}} (diabète). L'agente vérifie l'identité : NIR [[NIR:1 62 11 33 063 238 83]], né le [[DATE_NAISSANCE:9 novembre 1962]] à Bordeaux. Le protocole n'est pas arrivé, elle appelle le cabinet du Dr [[PERSONNE:Nakache]]."),
    (CPAM, AP, "Accueil {{Cpam}} du {{Rhône}}. Un couple demande « une attestation pour le mariage ». L'agent cherche {{5 minutes}} ce que c'est. En fait la mairie veut juste une attestation de droits. Fou rire des deux côtés."),
    (CPAM, AT, "{{3646}}. Mme [[PERSONNE:Laure Hourcade]], {{Pau}}, {{30 ans}}, déclare son nouveau médecin traitant. NIR : [[NIR:2 94 07 64 445 117 96]]. Elle épelle le nom du médecin, « Dr [[PERSONNE:Q-U-E-H-E-N-B-E-R-G-E-R]] » ; l'agent rit, « ça va, j'ai trouvé »."),
    (CPAM, AT, "Appel d'une assurée de {{Vaulx-en-Velin}}, Mme [[PERSONNE:Boudiaf]], {{48 ans}}, née en {{Algérie}}, NIR [[NIR:2 77 02 99 352 058 37]]. Elle veut une attestation de droits pour sa mutuelle, par mail : [[EMAIL:n.boudiaf69@gmail.com]]. L'agent prévient que les mails de la {{Cpam}} finissent souvent dans les spams."),
    (CPAM, AT, "Le conseiller a un post-it collé sous l'écran : « SOURIRE, ÇA S'ENTEND ». Écrit le {{1er jour}}, il y a {{8 ans}}, dit-il."),
    (CPAM, CSP, "Contrôle {{Cpam}} à {{Saint-Paul}}, {{La Réunion}} : un assuré en arrêt long, M. [[PERSONNE:Técher]], soupçonné de travailler sur un chantier. Sur place il est là, en béquilles. Sa camionnette, [[IMMATRICULATION:GD-618-ZR]], n'a pas bougé depuis des semaines, vu les feuilles dessus. Conforme."),
    (CCAS, AP, "{{CCAS}} de {{Limoges}}. Une dame roumaine, [[PERSONNE:Ionela Popescu]], avec son bébé, demande une aide pour le lait. Domiciliée au CCAS. Numéro pour la rappeler : [[TELEPHONE:07 58 93 26 40]]. L'agente lui remet des tickets service {{Carrefour}} de {{30 €}}."),
    (CCAS, AP, "{{CCAS}} du {{Havre}}. M. [[PERSONNE:Lefebvre]], ancien docker, casquette {{bleu marine}}, {{72 ans}}, veut une aide pour la mutuelle. Il a gardé son n° d'adhérent sur un papier plié : [[IDENTIFIANT:0004518273]]. Avec l'{{ASPA}} il a droit à la {{CSS}} gratuite. L'agent fait la demande avec lui."),
    (CCAS, AT, "Le bailleur ({{Aquitanis}}) appelle le {{CCAS}} de {{Bordeaux}} : un locataire, M. [[PERSONNE:Lacoste]], n'ouvre plus, le courrier s'entasse. Adresse : [[ADRESSE:Résidence Les Aubiers, bât. E, appt 508, 33300 Bordeaux]]. L'agent déclenche une visite avec la police municipale."),
    (CCAS, AT, "Une élue appelle pour « un point » sur les aides de la semaine. L'agente lit : {{46}} demandes, {{31}} accords, {{9}} refus, {{6}} en attente. L'élue : « c'est beaucoup ». L'agente ne dit rien."),
    (CCAS, CSP, "{{CCAS}} d'{{Angoulême}}, visite à {{Ma Campagne}}, [[ADRESSE:27 rue de Bordeaux, 16000 Angoulême]]. Mme [[PERSONNE:Kowalczyk]], {{91 ans}}, répète qu'elle est « de [[DATE_NAISSANCE:33]] », des {{violettes}} en plastique sur la table. Elle refuse l'aide à domicile : « je suis pas impotente ». L'agente négocie : juste les courses."),
    (URG, AP, "Urgences {{Layné}}, {{Mont-de-Marsan}}. Un ouvrier agricole espagnol, [[PERSONNE:Javier Sánchez]], coup de chaleur dans le maïs. Son patron, M. [[PERSONNE:Dupuy]], de l'{{EARL Dupuy Frères}}, remplit la fiche à sa place. DNI espagnol : [[IDENTIFIANT:48291736Q]]."),
    (URG, AP, "Urgences de {{Lariboisière}}, {{Paris}}, {{22h}}. Un homme chante du {{Johnny}} dans la salle d'attente, tout le monde le connaît : « c'est [[PERSONNE:Momo]], il vient tous les jeudis ». L'agent de sécurité lui parle doucement, il arrête. Date de naissance au dossier : [[DATE_NAISSANCE:15.08.1971]]."),
    (URG, AP, "Urgences de {{Niort}}, {{14h}}. Les agents d'accueil tournent : {{2h}} au guichet, 2h au standard. « Sinon on devient fou. »"),
    (URG, AT, "Standard des urgences de {{Bayonne}}. Une dame anglaise, on passe en anglais : son mari, [[PERSONNE:Graham Whitfield]], a été amené après une chute à vélo sur la {{Corniche}}. Elle donne son portable britannique, [[TELEPHONE:+44 7700 954316]]. La secrétaire fait répéter {{2 fois}}."),
    (CHRS, AP, "{{CHRS}} à {{Lormont}}. Un jeune couple, [[PERSONNE:Kenza]] et [[PERSONNE:Rayan]], sortis d'un squat à {{Bègles}}. Ils dorment dans leur voiture depuis {{3 semaines}}, [[IMMATRICULATION:cw-778-lb]]. L'éduc note la plaque pour le parking de l'établissement : « vous pourrez la garder ici »."),
    (CHRS, AP, "Accueil de nuit à {{Nancy}}, {{21h}}. [[PERSONNE:Piotr]], polonais, {{50 ans}}, sent l'alcool. Règle : pas d'alcool à l'intérieur. L'éduc l'accueille quand même, « on verra demain ». Il dort sur le canapé du hall."),
    (CHRS, AT, "{{115}} de la {{Charente-Maritime}}. [[PERSONNE:Véronique]], de {{La Rochelle}}, dort dans sa voiture au parking des {{Minimes}}. L'écoutante note : [[IMMATRICULATION:CR-405-GY]], une {{Twingo}} bleue. La maraude de la {{Croix-Rouge}} passera vers {{23h}}."),
    (CHRS, AT, "{{115}} des {{Bouches-du-Rhône}}. [[PERSONNE:Karim Boudjemline]] appelle pour la {{5e fois}} de la journée. L'écoutante a sa demande {{SIAO}} ouverte, n° [[IDENTIFIANT:SI-13-2025-114502]]. Rien. « Rappelez vers {{21h}}, parfois il se libère une place. » Il raccroche sans répondre."),
    (CHRS, AT, "Fiche de poste affichée au-dessus du {{115}} : « décrocher avant {{3 sonneries}} ». Ce soir, {{40 minutes}} d'attente. La fiche date de {{2012}}."),
    (CHRS, CSP, "Visite du {{CHRS}} de {{Périgueux}} chez Mme [[PERSONNE:Da Silva]], [[ADRESSE:10 rue Louis Blanc, 24000 Périgueux]]. Nouvel emploi à l'{{Intermarché}} de {{Boulazac}}, elle veut économiser pour une caution. L'éduc ouvre un livret avec elle, RIB : [[IBAN:FR76 1020 7001 2204 0126 7345 133]]."),
    (CHRS, CSP, "Visite dans un appartement relais à {{Mulhouse}}. M. [[PERSONNE:Aziz Belhadj]] a son nom sur la boîte aux lettres pour la première fois, une étiquette écrite à la main, « [[PERSONNE:A. BELHADJ]] ». Il la montre à tout le monde."),
    (FT, AP, "{{FT}} {{Bordeaux}} {{Mériadeck}}. Jeune diplômée, [[PERSONNE:Clémence Duvergé]], master en poche, {{0}} réponse à {{60 candidatures}}. La conseillère regarde le CV : mail « [[EMAIL:clemence.duverge.pro@gmail.com]] », ok, mais photo de vacances en maillot. On rigole, on change."),
    (FT, AP, "{{FT}} {{Limoges}}, {{Beaubreuil}}. M. [[PERSONNE:Ramassamy]], ancien militaire, veut travailler dans la sécurité : il lui faut la carte pro {{CNAPS}}. Identifiant : [[ID_FRANCE_TRAVAIL:7340982 B]]. Il raconte son régiment, la conseillère écoute, {{20 min}}."),
    (FT, AP, "{{FT}} de {{Pau}}, atelier collectif, {{8 participants}}. Tour de table : [[PERSONNE:Malik]], [[PERSONNE:Josiane]], [[PERSONNE:Thibault]], [[PERSONNE:Nadège]], [[PERSONNE:Arnaud]], [[PERSONNE:Inaya]], [[PERSONNE:Bruno]] et [[PERSONNE:Aïcha]]. [[PERSONNE:Thibault]] veut être « le prochain {{Antoine Dupont}} », rires. Chacun dit son dernier métier : {{boulanger}}, aide-soignante, cariste, vendeuse, rien, rien, maçon, {{AESH}}."),
    (FT, AT, "Appel sortant, agence de {{Niort}}. M. [[PERSONNE:Sébastien Roy]], {{56 ans}}, né à Niort. La conseillère vérifie son identité avec le NIR qu'il lit sur sa {{carte Vitale}}, [[NIR:1 69 03 79 191 264 33]], puis l'identifiant : [[ID_FRANCE_TRAVAIL:8812604K]]. Rdv fixé."),
    (FT, AT, "Rappel d'un demandeur, M. [[PERSONNE:Nzeza]], {{Cergy}}. Il veut que son {{ARE}} soit versée sur un nouveau compte : [[IBAN:FR76 3000 3023 4500 0502 6178 466]]. La conseillère lui dit de le faire en ligne, il a pas d'ordi. Elle le guide pas à pas au tel, {{25 min}}."),
]

PART_7 = [
    (CAF, AP, "{{Caf}} de {{Guéret}}. [[PERSONNE:Murielle Bonnet]] vient d'{{Aubusson}}, {{45 km}} dans la voiture de la voisine, pour déposer les pièces du {{RSA}}. N° alloc [[N_ALLOCATAIRE:2385017]]. Elle fait mettre l'adresse de la voisine pour le courrier, [[ADRESSE:8 rue Vieille, 23200 Aubusson]] : sa boîte à elle est cassée."),
    (CAF, AP, "{{Caf}} de {{La Réunion}}, {{Saint-Denis}}. Une jeune mère, [[PERSONNE:Mélissa Hoareau]], {{19 ans}}, née le [[DATE_NAISSANCE:22/02/2006]], ouvre son premier dossier. RIB du {{Crédit Agricole}} : [[IBAN:FR76 1980 6009 0006 2547 8912 303]]. L'agente se rend compte que c'est une cousine éloignée, elle passe le dossier à une collègue en rigolant."),
    (CAF, AT, "Appel d'un notaire de {{Niort}}, Me [[PERSONNE:Boutet]], pour la succession de M. [[PERSONNE:Raymond Goichon]] : y a-t-il un indu ? Le conseiller refuse de répondre sans mandat écrit. Le notaire donne son mail pour qu'on lui écrive : [[EMAIL:office.boutet@notaires.fr]]."),
    (CAF, AT, "Compteur au mur de la plateforme : « appels en attente : {{37}} », « temps moyen : {{14 min}} ». Le chef d'équipe passe, regarde, ne dit rien, repart."),
    (CAF, AT, "{{Caf}} de la {{Haute-Savoie}}. M. [[PERSONNE:Mustafa Demir]], d'{{Annecy}} : sa femme, [[PERSONNE:Zeynep]], a accouché de jumeaux le [[DATE_NAISSANCE:2 juin]]. Il appelle pour la {{PAJE}}. Le conseiller le félicite deux fois. N° alloc : [[N_ALLOCATAIRE:9104386]]."),
    (CAF, CSP, "Contrôle {{Caf}} de la {{Gironde}} à {{Saint-Médard-en-Jalles}}, [[ADRESSE:47 avenue Montaigne, 33160 Saint-Médard-en-Jalles]]. M. [[PERSONNE:Tchakounté]], déclaré seul, mais le bail est à deux noms : lui et [[PERSONNE:Florence Marty]]. L'ex-compagne est partie il y a {{6 mois}}, bail jamais mis à jour. Il montre la lettre de résiliation, le contrôleur la photographie."),
    (CPAM, AP, "{{Cpam}} de {{Pau}}. M. [[PERSONNE:Etxeberria]] est venu de {{Mauléon}} pour une {{CSS}}. Une enveloppe kraft avec tous ses papiers, rangés par date. L'agent sourit : « le meilleur dossier de la semaine ». Tel noté : [[TELEPHONE:05 59 28 14 73]]."),
    (CPAM, AP, "{{Cpam}} de {{Rennes}}. Mme [[PERSONNE:Guillou]], en fauteuil, avec son aidant, [[PERSONNE:Yannick]]. Remboursement du fauteuil électrique : {{4 300 €}} avancés. Facture du revendeur n° [[IDENTIFIANT:FAC-2025-00917]]. L'agent monte un dossier prioritaire."),
    (CPAM, AP, "{{Cpam}} de {{Cergy}}. Un agent d'accueil parle {{5 langues}} : arabe, anglais, espagnol, un peu de portugais, français. C'est ce qui lui sert le plus, dit-il, « plus que le logiciel »."),
    (CPAM, AT, "Plateforme {{Cpam}}. Une dame de {{Kourou}}, Mme [[PERSONNE:Thérèse Lapompe]], veut le remboursement d'un transport vers {{Cayenne}} pour sa chimio. Le conseiller lui explique quoi envoyer et note son numéro : [[TELEPHONE:06 94 30 72 18]]."),
    (CPAM, AT, "Appel d'un assuré de {{Périgueux}}, M. [[PERSONNE:Vincent Delmas]] : SMS « {{Ameli}} » pour une {{carte Vitale}} « à renouveler ». Arnaque. Il a déjà cliqué et donné son IBAN, [[IBAN:FR76 1690 6000 1187 0123 4561 110]]. L'agent lui dit d'appeler sa banque tout de suite. Il raccroche en courant."),
    (CPAM, CSP, "Enquêteur {{Cpam}} chez Mme [[PERSONNE:Marchetti]], [[ADRESSE:3 chemin du Moulin, 47520 Le Passage]]. Soupçon : elle vivrait en {{Italie}}. Elle est là, factures à son nom, frigo plein, un {{olivier}} en pot sur la terrasse, le chat {{Pistou}} sur le canapé. Conforme, {{20 min}}."),
    (CPAM, CSP, "Retour au bureau après les contrôles : l'enquêteur passe {{2h}} sur les rapports. « La visite c'est {{10 %}} du boulot. »"),
    (CCAS, AP, "{{CCAS}} de {{Pau}}, quartier {{Ousse-des-Bois}}. Un monsieur tchétchène, M. [[PERSONNE:Magomedov]], demande un bon alimentaire. Titre de séjour n° [[IDENTIFIANT:6402319875]], n° {{Caf}} [[N_ALLOCATAIRE:7756120]]. L'agent lui donne un bon de {{40 €}} pour l'épicerie sociale."),
    (CCAS, AP, "{{CCAS}} de {{Montpellier}}. Une étudiante, [[PERSONNE:Camille]], {{21 ans}}, n'a plus de quoi manger. L'agente l'oriente vers le {{Crous}} et l'épicerie solidaire de la fac, et note son mail pour envoyer les adresses : [[EMAIL:camille.b.2003@protonmail.com]]."),
    (CCAS, AP, "{{CCAS}} de {{Tarnos}}. Mme [[PERSONNE:Lopez]], {{66 ans}}, demande un logement adapté. Elle vit [[ADRESSE:impasse des Mésanges, Tarnos]], la maison du fond, des {{capucines}} sur le muret, des marches partout. Déjà {{2 chutes}} cette année."),
    (CCAS, AT, "Appel au {{CCAS}} de {{Lyon}} d'une assistante sociale de l'{{hôpital Édouard-Herriot}}, Mme [[PERSONNE:Girard]] : sortie d'un patient à la rue, M. [[PERSONNE:Bertrand Mallet]]. Elle cherche un accueil de jour et laisse sa ligne directe, [[TELEPHONE:04 72 11 60 35]]."),
    (CCAS, CSP, "Visite du {{CCAS}} de {{Bordeaux}} à {{La Bastide}}, [[ADRESSE:6 rue de la Benauge, 33100 Bordeaux]]. M. et Mme [[PERSONNE:Fernandes]] ; leur petit-fils [[PERSONNE:Diego]] vit avec eux. Aide pour la cantine. Le grand-père montre son scooter, « le seul truc qui marche dans la maison », plaque [[IMMATRICULATION:EB-092-MJ]]."),
    (CCAS, CSP, "Visite à domicile annulée, personne n'ouvre. L'agente laisse un mot dans la boîte et appelle le numéro du dossier : messagerie. On attend {{10 minutes}} dans la voiture puis on repart."),
    (URG, AP, "Urgences de {{Brive}}, nuit. Un jeune motard, [[PERSONNE:Hugo Teyssier]], {{22 ans}}, glissade sur la {{D1089}}. Les gendarmes donnent la plaque de la moto, [[IMMATRICULATION:GA-715-SW]]. Sa mère arrive à {{3h}}, pyjama sous le manteau, et donne la date de naissance : le [[DATE_NAISSANCE:30 octobre 2002]]."),
    (URG, AP, "Urgences du {{CHU de Nantes}}, {{lundi}} {{9h}}. Une agente d'accueil intérimaire, [[PERSONNE:Sophie]], premier jour. Sa collègue, [[PERSONNE:Annick]], {{30 ans}} de maison, lui montre tout. Aucun patient ne voit la différence."),
    (URG, AT, "Urgences de {{La Rochelle}}, standard. La police appelle pour un patient admis, M. [[PERSONNE:Jordan Pineau]], né le [[DATE_NAISSANCE:19/09/1998]], à entendre après les soins. La secrétaire demande un fax. Un fax. En {{2025}}."),
    (URG, AT, "Une dame appelle pour savoir si les urgences « prennent la {{carte bleue}} ». La secrétaire : « on ne paie pas ici, madame ». Soupir de soulagement au bout du fil."),
    (CHRS, AP, "{{CHRS}} de {{Bayonne}}. Admission de M. [[PERSONNE:Samba Ndour]], {{37 ans}}, sorti du centre pénitentiaire de {{Mont-de-Marsan}}. Il connaît son numéro d'écrou par cœur, [[IDENTIFIANT:12874]], et a un rdv {{SPIP}}. L'éduc lui prête un téléphone, numéro [[TELEPHONE:07 66 14 29 83]]."),
    (CHRS, AP, "{{CHRS}} à {{Toulon}}. [[PERSONNE:Mireille]], {{71 ans}}, expulsée après la mort de son mari. Elle a gardé les clés de l'ancien appartement et les tient dans sa main tout l'entretien. Dossier {{SIAO}} n° [[IDENTIFIANT:SIAO83-2025-03312]]."),
    (CHRS, AP, "Atelier cuisine du jeudi au {{CHRS}} : {{6 résidents}} font des crêpes. L'odeur arrive jusqu'au bureau. L'éduc dit que c'est l'activité qui marche le mieux « parce qu'on mange à la fin »."),
    (CHRS, AT, "{{115}} de la {{Creuse}}. Appels rares, dit l'écoutant : {{3}} par nuit en moyenne. Ce soir, [[PERSONNE:Nathalie Bourdier]], d'{{Évaux-les-Bains}}, mise dehors par son mari. Il envoie les gendarmes et note l'immatriculation du mari, au cas où il la suive : [[IMMATRICULATION:AM-527-PC]]. Mise à l'abri à l'{{hôtel du Commerce}} de {{Guéret}}, {{chambre 3}}."),
    (CHRS, AT, "{{115}} de {{Paris}}. Un monsieur kurde, [[PERSONNE:Rojhat]], avec {{2 enfants}} sur le parvis de la {{gare de l'Est}}. Numéro pour le rappeler : [[TELEPHONE:07 53 81 46 22]]. Pas de place famille. « Rappelez à {{21h}}. » Encore."),
    (CHRS, CSP, "Visite d'un logement {{ALT}} du {{CHRS}}, [[ADRESSE:19 rue Kléber, appt 2, 33800 Bordeaux]]. M. [[PERSONNE:Amadou Sy]] a signé un {{CDI}} chez {{Keolis}}. Il montre son contrat et son compte, [[IBAN:FR76 4255 9100 0008 0134 9876 562]]. Prochaine étape : un logement à lui."),
    (FT, AP, "{{France Travail}} {{Périgueux}}. Un couple de Belges installés en {{Dordogne}}, [[PERSONNE:Luc]] et [[PERSONNE:Nathalie Dewulf]]. Il veut faire transférer ses droits chômage belges (formulaire {{U1}}). IBAN belge : [[IBAN:BE14 0631 2345 6783]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:4093381C]]."),
    (FT, AP, "{{FT}} {{Bordeaux}}, {{Bacalan}}. M. [[PERSONNE:Cardoso]], maçon, {{48 ans}}, dos bloqué, il peut plus porter. Il veut être chauffeur. Pour l'{{ARE}} il donne son compte au pays, [[IBAN:PT50 0035 0651 0009 8765 4326 2]] ; zone {{SEPA}}, ça passe. Identifiant [[ID_FRANCE_TRAVAIL:3106749 N]]."),
    (FT, AP, "{{FT}} {{Marseille}}, {{La Joliette}}. Atelier « Créer sa boîte ». [[PERSONNE:Samira Ait Said]] veut ouvrir une épicerie fine. Elle a déjà le SIRET de sa micro-entreprise : [[IDENTIFIANT:90177345200015]]. La conseillère parle de l'{{ARCE}}."),
    (FT, AP, "{{FT}} d'{{Agen}}. [[PERSONNE:Kevin]], {{26 ans}}, veut être pompier pro. La conseillère lui montre une offre en ligne, n° {{182QWXK}}, il la prend en photo. Mail : [[EMAIL:kev.47.pompier@gmail.com]]. Identifiant : [[ID_FRANCE_TRAVAIL:5671209 E]]."),
    (FT, AT, "Plateforme {{3949}}, appel de {{Mayotte}}. M. [[PERSONNE:Madi Said]] veut savoir où en est son inscription, identifiant [[ID_FRANCE_TRAVAIL:9761053 Z]]. Il corrige son adresse : [[ADRESSE:impasse Mbiwi, Kawéni, 97600 Mamoudzou]]. La ligne coupe deux fois."),
    (FT, AT, "APPEL {{11H52}} : MONSIEUR [[PERSONNE:HAMIDOU]] VEUT SON ATTESTATION, LE CONSEILLER L'ENVOIE À [[EMAIL:HAMIDOU.ABDOU@GMAIL.COM]]. FINI. {{2 MIN}}."),
]

# === END OF NOTES ===
# fmt: on

NOTES = PART_1 + PART_2 + PART_3 + PART_4 + PART_5 + PART_6 + PART_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"span {value!r} has surrounding spaces")
            entities.append({"start": length, "end": length + len(value), "label": label})
            out.append(value)
            length += len(value)
        else:
            if kept != kept.strip():
                raise ValueError(f"keep {kept!r} has surrounding spaces")
            if kept not in keep:
                keep.append(kept)
            out.append(kept)
            length += len(kept)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError(f"stray mark {bad!r} in {marked!r}")
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
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    assert not dev & holdout and len(dev | holdout) == len(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
