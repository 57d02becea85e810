"""Independent evaluation corpus n° 88: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets. Ids ``ind88-001`` … ``ind88-240`` follow the writing order. ``split`` draws the
dev / holdout halves from the ids and the cells only; ``main`` writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file.

Usage: python holdout_author.py   (standard library only, deterministic)
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind88"
SEED = 88

# Notes 1-35.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Denis}}, {{8h50}} : deja {{une trentaine}} de personnes dehors sous la pluie. Le vigile distribue les tickets a la main. Ticket {{A112}} pour la dame devant nous. Je suis l'agente [[PERSONNE:Nadège]] jusqu'a midi.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Kanté]] vient pour son {{APL}} suspendue depuis {{2 mois}}. [[PERSONNE:Nadège]] tape le num alloc [[N_ALLOCATAIRE:2841573]] → écran rouge « PIECE MANQUANTE : ATTESTATION DE LOYER ». Le bailleur c'est {{Plaine Commune Habitat}}, ils l'ont jamais envoyée. Mme [[PERSONNE:Kanté]] : « j'ai appelé {{4 fois}} madame, {{4 fois}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateau de {{Bobigny}}. 1er appel {{9h02}}. Un monsieur veut savoir pourquoi sa carte vitale marche plus. [[PERSONNE:Sofiane]] (conseiller) lui demande son numéro de sécu, le mr le dicte lentement : « [[NIR:1 90 07 93 048 118 22]] ». Né à {{Montreuil}} en [[DATE_NAISSANCE:juillet 90]], confirme-t-il. Carte pas mise a jour depuis le déménagement + pas de compte {{Ameli}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Delafontaine}}, zone d'accueil. {{14 patients}} en attente, l'écran affiche {{4h10}} d'attente moyenne. L'{{IAO}} ([[PERSONNE:Mélissa]]) trie a toute vitesse, elle a pas levé la tête depuis qu'on est arrivés.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Sarcelles}}. File courte ce matin, {{6 personnes}} a {{9h}}. Les bornes marchent pas, papier scotché dessus : « EN PANNE MERCI DE VOUS ADRESSER A L'ACCUEIL ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{93}}, {{22h15}}. Appel d'une femme avec {{2 enfants}} ({{3 ans}} et {{7 mois}}) devant la gare de {{Noisy-le-Sec}}. Elle donne son nom, [[PERSONNE:Ouattara]], prénom [[PERSONNE:Mariam]], puis épelle [[PERSONNE:O-U-A-T-T-A-R-A]] parce que l'écoutante [[PERSONNE:Fatou]] tape de travers. Pas de place ce soir, liste d'attente. [[PERSONNE:Fatou]] raccroche et souffle un grand coup.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle a domicile avec [[PERSONNE:Thierry Lemoine]], contrôleur {{Caf}} du {{95}}. {{Garges-lès-Gonesse}}, quartier de la {{Dame Blanche}}, [[ADRESSE:14 allée Jean-Baptiste Corot]], {{3e étage}} sans ascenseur. Mme [[PERSONNE:Rahmani]] nous ouvre, méfiante. Objet : isolement déclaré ({{RSA majoré}}). [[PERSONNE:Thierry]] regarde le courrier sur la table, demande qui est [[PERSONNE:Karim]] sur l'enveloppe. « Mon frère, il se fait livrer ici. » Une paire de baskets {{taille 44}} dans l'entrée. Il note tout sans rien dire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Aubervilliers}}. Dame de {{82 ans}} pour une aide sur sa facture {{EDF}}. Réf client lue sur la facture : [[IDENTIFIANT:6014 882 307]]. Montant dû {{347,18 €}}. L'agent, M. [[PERSONNE:Benhamou]], lui explique que ça passe en commission {{jeudi}}, elle comprend « jeudi c'est payé ». Il réexplique.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Conseillère [[PERSONNE:Clémence]]. Monsieur qui a raté son actualisation. Identifiant : « [[ID_FRANCE_TRAVAIL:4472019K]] », il doit répéter « [[ID_FRANCE_TRAVAIL:4472019K]] » deux fois, il est dans le {{RER D}} et ça coupe. Radiation évitée de justesse, elle fait l'actu avec lui au tel.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Cergy}}, accueil sur RDV seulement depuis {{2023}}. Les gens sans RDV sont renvoyés vers la borne ou {{ameli.fr}}. Un papy repart en râlant « je sais pas me servir d'internet moi ». Ca arrive {{toutes les 10 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences d'{{Avicenne}}. Une fille appelle pour sa mère amenée par les pompiers cette nuit. Nom : [[PERSONNE:YILMAZ Ayşe]], née le [[DATE_NAISSANCE:07/03/1958]]. La secrétaire [[PERSONNE:Karine]] retrouve le dossier, IPP [[IDENTIFIANT:400918273]]. Elle peut rien dire par tel : « elle est en box, venez avec ses médicaments ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} a {{Cergy}}, {{40 places}}. Accueil de jour le matin : café, douche, machine a laver. {{11h}}, la machine est en panne depuis {{3 jours}}, tout le monde râle. Le chef de service dit que le devis est « en validation ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}} ({{3230}}). Une maman donne son numéro allocataire a l'oral : « [[N_ALLOCATAIRE:zéro neuf trois sept deux un six]] ». L'agent [[PERSONNE:Grégory]] répète « [[N_ALLOCATAIRE:0937216]] ? » – oui. Elle veut savoir pourquoi la {{prime d'activité}} a baissé de {{96 €}}. Réponse : ressources du trimestre, le conjoint a fait des heures sup en {{décembre}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence d'{{Aulnay-sous-Bois}}. Jeune homme, {{19 ans}}, vient pour le {{CEJ}}. Conseiller : [[PERSONNE:Anthony Da Costa]]. Le jeune s'appelle [[PERSONNE:Ilyes]], il a pas de CV. [[PERSONNE:Anthony]] ouvre un modèle de CV au nom de [[PERSONNE:Jean Dupont]] et lui dit de s'en inspirer. [[PERSONNE:Ilyes]] rigole : « c'est qui [[PERSONNE:Jean Dupont]] ? » 😂",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{André-Grégoire}} a {{Montreuil}}. Un mr arrive avec la main enroulée dans un torchon, accident de chantier. Il tend sa carte vitale, l'agente lit a voix haute « [[PERSONNE:MENDES Joaquim]], né le [[DATE_NAISSANCE:2 février 1971]] ». Mutuelle {{Pro BTP}} n° [[IDENTIFIANT:0481297345]]. Il demande s'il peut appeler son chef avant, elle dit oui bien sûr.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le tel du {{CCAS}} de {{Bondy}} sonne sans arrêt. {{12 appels}} en {{1h}}, surtout pour les colis alimentaires et le {{repas des anciens}}. L'agente note tout sur un cahier a spirale, pas de logiciel pour ça.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart en diffus du {{CHRS}} a {{Sevran}} avec l'éducatrice [[PERSONNE:Aurélie]]. Famille [[PERSONNE:Rakotomalala]], {{2 adultes}} {{3 enfants}}, [[ADRESSE:5 rue Lucien Sampaix, 93270 Sevran]]. Moisissures dans la chambre des petits. M. [[PERSONNE:Rakotomalala]] montre sur son tel les photos envoyées au bailleur. [[PERSONNE:Aurélie]] en prend aussi pour le rapport.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie a domicile avec Mme [[PERSONNE:Okafor]], agente assermentée de la {{Cpam}}. [[ADRESSE:23 avenue Paul Vaillant-Couturier, 93120 La Courneuve]], {{Cité des 4000}}. Sorties autorisées {{9h-11h}} et {{14h-16h}}. On sonne a {{15h40}} : personne. Elle laisse un avis de passage. M. [[PERSONNE:Ousmane Diallo]] aura {{48h}} pour se justifier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère [[PERSONNE:Sandrine]] rappelle une dame qui a laissé un message. Numéro du dossier : [[TELEPHONE:06 51 78 20 43]]. Messagerie. 2e numéro : [[TELEPHONE:01 48 36 72 19]], c'est le mari qui décroche. « Elle est au travail » 🙂 Bonne nouvelle, elle a trouvé un {{CDD}} chez {{Lidl}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{10h30}} la borne imprime plus les attestations. {{3 personnes}} renvoyées vers l'agent, qui a deja {{8 en attente}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box d'accueil admin, urgences de {{Gonesse}}. Un couple arrive avec un bébé fiévreux. Pas de carte vitale, « on a l'{{AME}} ». Attestation sur le tel. La secrétaire ([[PERSONNE:Leïla]]) recopie : nom [[PERSONNE:Bangura]], prénom de l'enfant [[PERSONNE:Ibrahim]], né le [[DATE_NAISSANCE:14.09.2023]]. Elle demande un numéro pour les rappeler : [[TELEPHONE:07 58 22 91 06]]. Le père parle krio, la mère un peu anglais, [[PERSONNE:Leïla]] fait tout en anglais. Bien.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile du {{CCAS}} de {{Villiers-le-Bel}}, évaluation pour le portage de repas. M. [[PERSONNE:Gaspard]], {{91 ans}}, [[ADRESSE:8 allée des Coquelicots]]. Vit seul depuis la mort de sa femme. Frigo presque vide : {{2 yaourts}} et une boîte de sardines. L'agente [[PERSONNE:Samia Belkacem]] remplit la grille, il lui offre un café, elle accepte. Son fils [[PERSONNE:Didier]] habite a {{Lyon}}, passe {{2 fois par an}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Attente annoncée : {{12 minutes}}. Réelle : {{27}}. Les conseillers ont un bandeau rouge en haut de l'écran quand il y a plus de {{40 appels}} en file. Ce matin il est rouge tout le temps.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{1h10}} du mat. Un homme appelle d'une cabine (si si ça existe encore, gare de {{Pontoise}}). Il dit s'appeler « [[PERSONNE:Tonio]] », pas d'autre nom. L'écoutant ([[PERSONNE:Bastien]]) lui propose une place en halte de nuit a {{Cergy}}, il refuse, trop loin a pied.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV a {{France Travail}} {{Argenteuil}}, {{8 participants}}. L'animatrice [[PERSONNE:Véronique Pasquier]] projette au tableau l'adresse mail d'une participante pour lui envoyer le support : [[EMAIL:n.achour95@gmail.com]]. Tout le monde la voit 😬",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place a {{Argenteuil}}, {{Val d'Argent}}, [[ADRESSE:41 boulevard Héloïse]]. Contrôleuse [[PERSONNE:Patricia Nguyen]]. L'allocataire, [[PERSONNE:Lounès Ferhat]], est auto-entrepreneur livreur. Elle demande son SIRET perso, il le lit sur son tel : [[IDENTIFIANT:912 384 575 00011]]. Le chiffre d'affaires déclaré a l'{{Urssaf}} ≠ celui déclaré a la {{Caf}}. Elle photographie les relevés du compte {{Nickel}} [[IBAN:FR76 1659 8000 0140 0275 8136 479]]. Il dit « j'ai pas compris qu'il fallait tout mettre ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences, {{19h}}. Trois appels de suite de gens qui veulent savoir « combien de temps d'attente ». Toujours la même réponse : « on ne peut pas savoir madame, venez si c'est urgent ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Ouen}}, demande de domiciliation. M. [[PERSONNE:Petrescu]], roumain, vit dans son camion sur un parking près des {{Puces}}. Il donne sa plaque, l'agent dit que ça sert pas d'adresse mais la note quand même : [[IMMATRICULATION:B-214-KTR]]. Domiciliation accordée, courrier a retirer tous les {{15 jours}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Pantin}}. Femme enceinte de {{6 mois}}, demande de {{CSS}}. L'agent [[PERSONNE:Olivier]] vérifie les droits, écran : « {{PUMA}} OUVERTE – CSS REFUSEE – PLAFOND DEPASSE ». Elle gagne {{1 540 €}}. Il lui montre le simulateur sur {{mesdroitssociaux.gouv.fr}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes a {{Montreuil}}. Entretien d'admission. [[PERSONNE:Nour]], {{27 ans}}, sort de l'hôpital de {{Ville-Évrard}}. Titre de séjour expiré, elle a un récépissé n° [[IDENTIFIANT:9301287465]]. L'éducatrice [[PERSONNE:Clara]] demande si elle a un compte en banque : non. Son tel, elle le dit en lettres pour qu'on l'écrive bien : [[TELEPHONE:zéro sept, soixante-deux, quarante et un, dix-huit, zéro trois]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Aprem au {{3949}} : plein d'appels sur le contrat d'engagement. Les gens ont reçu un mail « vous êtes inscrit d'office » (réforme {{RSA}}), ils comprennent pas pourquoi ils sont inscrits a {{France Travail}} alors qu'ils sont au {{RSA}} depuis {{10 ans}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet {{3}}. Mme [[PERSONNE:Saïdi]] veut changer de compte bancaire. RIB papier, [[PERSONNE:Nadège]] saisit : [[IBAN:FR76 3000 4008 1900 0102 9384 749]]. Vérif a voix haute chiffre par chiffre. Changement effectif sous {{10 jours}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le vigile des urgences de {{Robert-Ballanger}} ({{Aulnay}}) au micro : « le véhicule [[IMMATRICULATION:FZ-731-RA]] est prié de libérer l'aire des ambulances ». Personne ne bouge. Il répète {{3 fois}}. Finalement une dame sort en courant, son fils est en salle de déchoc.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Drancy}}. Un monsieur veut un RDV avec l'assistante sociale, Mme [[PERSONNE:Touré]]. Il donne son mail pour la confirmation : [[EMAIL:bernard.lecoq93 arobase orange point fr]]. L'agente l'écrit sur un post-it. C'est M. [[PERSONNE:Lecoq]], il appelle toutes les semaines, elle reconnaît sa voix.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée de contrôles avec l'agente {{Cpam}} : {{3 adresses}} prévues entre {{Bobigny}} et {{Drancy}}. {{2 personnes}} absentes, {{1 présente}} en pyjama avec des béquilles. Elle dit que c'est une journée normale.",
    ),
]

# Notes 36-70.
NOTES_2 = [
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Paris 19e}}, métro {{Laumière}}. Entretien de suivi avec Mme [[PERSONNE:Hoarau]]. Le demandeur, [[PERSONNE:Wei Zhang]], {{52 ans}}, ancien cuisinier. Elle lit son identifiant a l'écran pour le dossier formation : [[ID_FRANCE_TRAVAIL:2190386M]]. Il veut un {{CACES}}, sessions pleines jusqu'en {{mars}}. Il hausse les épaules.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateau tel de la {{Caf}} de {{Créteil}}. Je compte : sur {{25 appels}}, {{11}} pour la {{prime d'activité}}, {{6}} pour les {{APL}}, le reste divers. Presque personne n'a son numéro sous la main, on perd {{2-3 min}} a chaque fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nanterre}}. Etudiante chinoise, [[PERSONNE:Xiaoyu Chen]], {{22 ans}}, vient pour son numéro de sécu définitif. Elle a un numéro provisoire. L'agent [[PERSONNE:Rémi]] explique que le définitif arrive après l'immatriculation par le {{SANDIA}}, « compter {{3 mois}} ». Elle note tout sur son tel, en chinois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Bicêtre}}. Un homme connu du service arrive, l'agente le salue : « bonjour [[PERSONNE:Jojo]] ». D'après le dossier il s'appelle [[PERSONNE:Georges Lambert]], {{64 ans}}. Il vient « pour dormir au chaud », dit-il en rigolant. On l'enregistre quand même, il tousse beaucoup.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Paris}}, {{21h}}. Un jeune afghan, [[PERSONNE:Ahmad]], appelle avec un interprète en conférence (dari). Il dort sous le métro {{Stalingrad}}. Pas de place, orienté vers la maraude du {{Samu social}}. Pour le rappeler il donne le numéro d'un copain : [[TELEPHONE:+33 7 53 18 40 26]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vitry-sur-Seine}}, aide pour la cantine. Mme [[PERSONNE:Benzaoui]], {{3 enfants}} nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2019]]. L'agente, [[PERSONNE:Hawa Cissé]], calcule le quotient familial : {{412}}. Tranche {{A}}, repas a {{0,50 €}}. Mme [[PERSONNE:Benzaoui]] : « ah ça va alors ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Avant d'entrer le contrôleur m'explique : « on fouille pas, on regarde ce qu'on nous montre ». {{4 visites}} aujourd'hui, {{1h}} chacune a peu près. Voiture de service : une vieille {{Clio}} blanche qui sent le tabac froid.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, conseiller [[PERSONNE:Kevin]]. Une dame de {{Meaux}} reçoit plus aucun mail. Il lit l'adresse enregistrée : [[EMAIL:sylvie.marchand77@laposte.net]]. Elle : « non c'est [[EMAIL:sylvie.marchand.77@laposte.net]], avec un point avant le 77 ». Corrigé en {{30 secondes}}, ça faisait {{4 mois}} qu'elle recevait rien.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un monsieur veut son attestation de droits, il donne son NIR d'un coup sans respirer : « [[NIR:171025935012893]] ». Né a {{Lille}} ? oui. La conseillère [[PERSONNE:Ophélie]] lui dépose l'attestation dans son espace {{Ameli}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale appelle : est-ce que Mme [[PERSONNE:Fontaine]] est bien arrivée ? {{88 ans}}, chute a domicile ce matin. La secrétaire : « oui, elle est en {{UHCD}} ». Juste a côté du standard la fontaine a eau est en panne, tout le monde va boire aux toilettes.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Hall du {{CHRS}} d'{{Ivry}}. Panneau : « REPAS {{12H-13H}} / DOUCHES {{8H-10H}} / PAS D'ALCOOL ». Au tableau, des offres {{Adecco}} et l'affiche de la collecte des {{Restos du cœur}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Bobigny}}, espace numérique. Une service civique, [[PERSONNE:Inès]], aide un monsieur a créer son compte. Mot de passe oublié, le mail de récup part sur [[EMAIL:kouadio.serge@yahoo.fr]] mais il a plus accès a cette boîte. [[PERSONNE:Inès]] : « on va faire sans ». Num alloc [[N_ALLOCATAIRE:4410982]], elle demande un code provisoire par courrier. M. [[PERSONNE:Kouadio]] s'énerve pas, il a l'habitude dit-il.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Denis}} {{Pleyel}}. [[PERSONNE:Moussa Koné]], {{23 ans}}, veut l'aide au permis ({{1 200 €}}), il a deja le code. La conseillère [[PERSONNE:Hélène]] vérifie qu'il est inscrit depuis plus de {{6 mois}} : oui, identifiant [[ID_FRANCE_TRAVAIL:5063217P]]. Devis de l'auto-école {{ECF}} scanné, envoyé.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile du {{CCAS}} de {{Champigny}} pour une demande d'aide ménagère. Mme [[PERSONNE:Teixeira]], {{76 ans}}, veuve, [[ADRESSE:17 avenue Roger Salengro, 94500 Champigny-sur-Marne]]. Elle sort ses papiers : retraite {{CNAV}} {{842 €}} + une petite pension portugaise qui tombe sur un compte au {{Portugal}}, IBAN [[IBAN:PT50 0035 0697 0001 2345 6784 1]]. L'agent, [[PERSONNE:Nicolas]], lui dit qu'il faut la déclarer aussi. Elle ne savait pas.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} a {{Noisy-le-Grand}}. L'assuré est la, M. [[PERSONNE:Bouazza]], lombalgie, il nous reçoit allongé sur le canapé. L'agente vérifie l'identité sur la CNI : n° [[IDENTIFIANT:X4RT2P9K1]]. Rien a signaler. {{10 min}} top chrono.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour des chambres au {{CHRS}} de {{Gennevilliers}} avec le veilleur, [[PERSONNE:Hamid]]. Chambre {{12}}, {{2 lits}}. Le résident, [[PERSONNE:Piotr]], a collé au mur une photo de sa fille. [[PERSONNE:Hamid]] rappelle la règle : pas de réchaud. Il en trouve un sous le lit et le confisque, [[PERSONNE:Piotr]] proteste en polonais.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Robert-Debré}}. L'agente enregistre [[PERSONNE:Elyas Tahiri]], né le [[DATE_NAISSANCE:2019-06-21]] (elle recopie le format de la carte européenne de la maman, espagnole). La maman s'appelle [[PERSONNE:Lucía]]. Adresse : [[ADRESSE:62 rue de Meaux, 75019 Paris]]. Le petit dort sur son épaule.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Un monsieur très énervé, dette {{Caf}} de {{2 300 €}}. L'agente, [[PERSONNE:Yasmine]], reste calme, propose un échéancier a {{50 € par mois}}. Il finit par dire merci. Après elle me dit : « lui c'est tous les mois ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un appel sur {{dix}} au {{3949}}, c'est un bug de l'espace perso. Le conseiller a une fiche imprimée avec les solutions, scotchée sous son écran, tout écornée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Nanterre}}. Une voisine appelle : M. [[PERSONNE:Aubert]], au {{4e}}, répond plus depuis {{2 jours}}. Elle donne l'adresse, [[ADRESSE:9 rue des Pâquerettes]]. L'agente appelle direct la {{police municipale}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Paris}}, agence de {{Belleville}}. M. [[PERSONNE:Kaci]] veut ses remboursements sur son nouveau compte. RIB de la {{Banque Postale}} : [[IBAN:FR45 2004 1000 0105 1234 5K02 072]]. L'agent tique sur la lettre K au milieu du numéro, vérifie : c'est normal a la {{Banque Postale}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{2h}} du matin, standard. Un pharmacien de garde appelle pour une ordonnance illisible. La secrétaire cherche le médecin, il est en réa. Le pharmacien attend {{12 minutes}} avec la musique d'attente.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{94}}. La coordinatrice, [[PERSONNE:Sabrina]], fait le point du matin : {{347}} demandes non pourvues hier soir. Elle cite une famille, les [[PERSONNE:Camara]], qui appellent tous les jours depuis {{41 jours}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Évry}}. Un cadre de {{58 ans}}, licencié d'une banque, en costume. [[PERSONNE:Philippe-Henri de Saint-Aubin]]. Il tend sa carte de visite, avec son compte X : [[IDENTIFIANT:@phdsa_consulting]]. La conseillère, [[PERSONNE:Mélanie]] : « vous connaissez l'{{APEC}} ? » Il connaît.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} dans le {{18e}}, [[ADRESSE:27 rue Myrha]], chambre de bonne au {{6e}}. L'étudiant, [[PERSONNE:Koffi]], touche l'{{ALS}}. Le contrôleur mesure la pièce (oui, avec un mètre ruban). Il faut {{9 m²}} minimum, c'est pile {{9 m²}}. Tout le monde rit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Justine]] vérifie l'identité : date de naissance ? « le [[DATE_NAISSANCE:douze avril soixante-dix-neuf]] ». Code postal ? « {{94200}} ». Ok, elle peut parler du dossier d'invalidité.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil du {{CCAS}} de {{Créteil}}. Jeune couple pour un secours d'urgence, plus rien après le loyer. [[PERSONNE:Yanis]] et [[PERSONNE:Chloé]], {{20 ans}} tous les deux. Chèque service de {{80 €}} valable chez {{Carrefour}}. [[PERSONNE:Chloé]] pleure un peu, [[PERSONNE:Yanis]] fait le fier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de la {{Pitié}}. {{Midi}}. {{32 personnes}} en salle d'attente. {{1 seule}} agente d'accueil, {{2 postes}} dont un en panne. Distributeur de boissons : HORS SERVICE.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Paris 13e}}. Le travailleur social, [[PERSONNE:Maxime]], aide M. [[PERSONNE:Tesfaye]] (érythréen, {{31 ans}}) a remplir sa demande de logement social. N° AGDREF [[IDENTIFIANT:7503984126]]. A la fin, numéro unique de demande imprimé : [[IDENTIFIANT:07512220451873]]. [[PERSONNE:Tesfaye]] le prend en photo.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Agnès]] appelle une entreprise pour l'offre n° {{176QZKT}}. La recruteuse, Mme [[PERSONNE:Guillot]], veut les CV a [[EMAIL:recrutement.guillot@transports-vdm.fr]]. {{3 candidats}} envoyés dans l'heure.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Ramanathan]] ({{Sri Lanka}}), guichet {{2}}. Sa fille traduit du tamoul. Déclaration de naissance du bébé, [[PERSONNE:Abinaya]], née le [[DATE_NAISSANCE:3 janvier]]. L'agente demande l'acte de naissance, la fille le sort d'une pochette plastique très bien rangée.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle a {{Vincennes}}. M. [[PERSONNE:Laurent Petit]], en arrêt pour burn-out, est la. On s'assoit dans sa cuisine. L'agent, [[PERSONNE:Damien]], vérifie juste la présence, aucune question médicale. M. [[PERSONNE:Petit]] : « c'est mon patron qui a demandé ça ? » [[PERSONNE:Damien]] dit que non, tirage aléatoire. (vrai ?)",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'équipe a {{8h30}} avant l'ouverture, {{15 min}} debout. Objectif de la semaine : {{120 entretiens}}. La directrice : « on fait ce qu'on peut ». Une conseillère en arrêt, pas remplacée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale a domicile pour une aide au loyer, {{Clichy}}. Famille [[PERSONNE:Mbemba]], {{6 personnes}} dans un {{T2}}, [[ADRESSE:3 bis rue Martre, 92110 Clichy]]. Le père, [[PERSONNE:Dieudonné]], montre les fissures au plafond. L'agente note et photographie. « Vous allez nous reloger ? » – « Pas moi monsieur. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Parking des urgences d'{{Henri-Mondor}} a {{Créteil}}. Un camping-car belge, plaque [[IMMATRICULATION:1-XKL-482]], bloque l'entrée depuis ce matin. Le conducteur, M. [[PERSONNE:Vermeulen]], est hospitalisé depuis. La sécurité cherche la famille.",
    ),
]

# Notes 71-105.
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Sarcelles}}, pas loin des {{Lochères}}. M. [[PERSONNE:Agbodjan]], {{45 ans}}, demande de {{RSA}}. Il tend un RIB {{Crédit Agricole}} : [[IBAN:FR76 1820 6002 1565 0122 4418 092]]. L'agent, [[PERSONNE:Fabrice]], voit que le RIB est au nom de sa femme. « Il faut un compte a votre nom monsieur. » Il repart ouvrir un compte.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Jeune femme, [[PERSONNE:Kenza]], appelle de {{Garges}}. Elle dicte son identifiant : « [[ID_FRANCE_TRAVAIL:1 8 4 7 7 5 2 L]] », L comme {{Louis}}. La conseillère, [[PERSONNE:Rachida]], vérifie : inscription OK mais pas d'indemnisation, {{4 mois}} travaillés au lieu de {{6}}. Silence au bout du fil.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Delafontaine}}, {{23h}}. Une jeune femme en pleurs avec son copain. L'agent lit le NIR de la carte vitale a voix haute pour vérifier : « [[NIR:2 01 05 95 018 302 16]] », née a {{Argenteuil}}, c'est bien ça. Elle s'appelle [[PERSONNE:Morgane Lefebvre]], {{23 ans}}. Le copain, [[PERSONNE:Sami]], reste debout tout le temps, il tape du pied.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{95}}, nuit. {{58 appels}} entre {{20h}} et {{minuit}}, {{9}} décrochés seulement, il manque {{2 écoutants}}. Le logiciel plante a {{23h12}}, on repasse au papier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Montreuil}}, permanence domiciliation. M. [[PERSONNE:Nguyen Van Long]], {{67 ans}}, vient chercher son courrier : une lettre de la {{Carsat}} et une de la {{Préfecture}}. L'agente, [[PERSONNE:Laetitia]], lui lit celle de la {{Préfecture}} : rendez-vous pour le renouvellement du titre de séjour, {{mardi 14}} a {{9h15}}. Il recopie l'heure sur sa main.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Aulnay}}. L'accueil ferme a {{12h30}}. A {{12h25}} il reste {{7 personnes}}. L'agent les prend toutes. Il mange son sandwich debout a {{13h10}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} a {{Bondy}}, [[ADRESSE:31 rue Jules Guesde, 93140 Bondy]]. Mme [[PERSONNE:Haddad]] déclare vivre seule avec sa fille. Devant l'immeuble, une {{Peugeot 308}} immatriculée [[IMMATRICULATION:EK-109-PD]] : « c'est a mon ex, il me dépose le matin ». La contrôleuse, [[PERSONNE:Brigitte Antoine]], relève la plaque quand même pour vérifier au fichier des cartes grises.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Cergy}}. Mme [[PERSONNE:Ndiaye]], {{41 ans}}, aide-soignante diplômée au {{Sénégal}}, veut faire reconnaître son diplôme. La conseillère, [[PERSONNE:Nathalie]], l'oriente vers l'{{ARS}}. Pour un rappel, elle donne son tel : [[TELEPHONE:06.12.48.77.35]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour a {{Aubervilliers}}. Un jeune de {{20 ans}} montre son {{TikTok}} a l'éduc : [[IDENTIFIANT:@zakou_93officiel]], {{12 000 abonnés}}. Il s'appelle [[PERSONNE:Zakaria]]. L'éducateur, [[PERSONNE:Yohann]] : « et ça te paie le loyer ? » Rires dans la salle.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, conseiller [[PERSONNE:Mehdi]]. Une dame demande le remboursement des lunettes de sa fille, elle lit son numéro d'adhérent {{Harmonie Mutuelle}} : [[IDENTIFIANT:HM 7720 1934 05]]. [[PERSONNE:Mehdi]] : « ça c'est la mutuelle madame, c'est pas nous ». Elle : « mais c'est vous qui remboursez non ? ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle de {{Tunisie}} pour son père hospitalisé, M. [[PERSONNE:Ben Salah]]. Il laisse son numéro tunisien : [[TELEPHONE:+216 98 412 703]]. L'infirmière de coordination, [[PERSONNE:Agathe]], promet que le médecin rappellera avant {{18h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile du {{CCAS}} de {{Saint-Ouen-l'Aumône}} après un signalement du gardien. Mme [[PERSONNE:Leroux]], {{70 ans}}, appartement encombré jusqu'au plafond (journaux, sacs, cartons). L'agent, [[PERSONNE:Bertrand]], reste très doux : « on revient la semaine prochaine avec quelqu'un pour vous aider ». Elle : « personne touche a mes journaux ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. L'agente, [[PERSONNE:Coralie]] : « votre numéro d'allocataire s'il vous plaît ». Le monsieur : « [[N_ALLOCATAIRE:305 77 49]] ». Dossier au nom de [[PERSONNE:KAMARA Lassana]]. Il appelle pour l'{{AAH}} de son fils, demande déposée a la {{MDPH}} il y a {{8 mois}}. « C'est la MDPH qui bloque, pas nous. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique a {{Villiers-le-Bel}}. La formatrice montre comment se connecter avec {{FranceConnect}}. {{5 personnes}} sur {{9}} n'ont pas d'adresse mail. On en crée pendant l'atelier, une dame choisit son mot de passe a voix haute 🙈",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un hôtel social a {{Bobigny}}, hôtel {{Première Classe}}, {{chambre 214}}. La famille [[PERSONNE:Diakité]] (la mère + {{4 enfants}}) vit la depuis {{18 mois}}. L'intervenante sociale, [[PERSONNE:Émilie]], vérifie que les enfants sont scolarisés. La grande, [[PERSONNE:Aminata]], {{12 ans}}, fait ses devoirs assise sur le lit, le cahier sur les genoux.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle a {{Pierrefitte}}. Assuré absent. La voisine de palier : « [[PERSONNE:Sékou]] ? il est parti au bled depuis {{une semaine}} ». L'agente note « absent, renseignement voisinage » et soupire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Affiche a l'accueil des urgences de {{Jean-Verdier}} ({{Bondy}}) : « TOUTE AGRESSION VERBALE OU PHYSIQUE FERA L'OBJET D'UN DEPOT DE PLAINTE ». En dessous quelqu'un a écrit au stylo : « et l'attente c'est pas une agression ? »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Sarcelles}}. Tout le monde appelle pour le {{colis de Noël}} des seniors : distribution le {{18 décembre}} au {{Forum des Cholettes}}, de {{14h}} a {{17h}}. L'agente répète la même phrase {{20 fois}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, inscription par tel d'un monsieur sans ordi. Le conseiller, [[PERSONNE:Julien]], remplit pour lui. Nom : [[PERSONNE:Sivakumar]]. NIR : [[NIR:1 88 12 99 235 012 63]], né au {{Sri Lanka}} en [[DATE_NAISSANCE:décembre 1988]]. Adresse : [[ADRESSE:12 rue de la Convention, 93120 La Courneuve]]. {{25 min}} pour une inscription.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Pantin}}, guichet {{5}}. Mme [[PERSONNE:Oliveira]] pour la {{prime de Noël}}. « Vous êtes pas au {{RSA}} madame, vous êtes a l'{{ASS}}. » – « C'est pareil non ? » L'agent, [[PERSONNE:Stéphane]], explique. C'est pas pareil, elle l'aura par {{France Travail}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Saint-Quentin-en-Yvelines}}. M. [[PERSONNE:El Amrani]] demande une carte européenne pour partir au {{Maroc}} cet été. L'agent, [[PERSONNE:Franck]] : « le {{Maroc}} c'est pas l'{{Europe}} monsieur ». Il lui explique la convention franco-marocaine, imprime un formulaire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{95}}. Un père appelle : il dort dans la voiture avec sa femme et le bébé, parking {{Auchan}} de {{Goussainville}}. L'écoutante, [[PERSONNE:Jessica]], demande la plaque pour la maraude : [[IMMATRICULATION:4521 WX 93]], une vieille {{Picasso}} grise. Nom : [[PERSONNE:Mitrović]]. Maraude prévenue a {{23h40}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Épinay-sur-Seine}}. Mme [[PERSONNE:Sow]] apporte une facture d'eau {{Veolia}}, réf abonné [[IDENTIFIANT:0934-7712-58]], {{212 €}}. L'agent, [[PERSONNE:Mathieu]], photocopie tout. Commission le {{12}}, réponse par courrier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Argenteuil}}. Un vieux monsieur désorienté, sans papiers sur lui. L'agente demande son année de naissance, il répond « [[DATE_NAISSANCE:mille neuf cent quarante-trois]] ». Prénom : « [[PERSONNE:Marcel]] ». Pas de nom. Dossier provisoire « X [[PERSONNE:Marcel]] », bracelet au poignet.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle a {{Cergy}}, quartier {{Saint-Christophe}}, [[ADRESSE:6 place du Nautilus]]. L'allocataire, [[PERSONNE:Christophe Moreau]], en rigole (« [[PERSONNE:Christophe]] a {{Saint-Christophe}} »). Relevés {{LCL}} posés sur la table, compte [[IBAN:FR46 3000 2004 1100 0007 1266 Z51]]. Virements de {{400 €}} chaque mois libellés « [[PERSONNE:MOREAU SANDRINE]] » : son ex-femme, pension alimentaire non déclarée. La contrôleuse recalcule sur place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Bobigny}}. [[PERSONNE:Fanta Sissoko]] vient parce que son indemnisation s'est arrêtée. Le conseiller, [[PERSONNE:Arnaud]], lit a l'écran : « FIN DE DROITS {{ARE}} AU {{15/11}} ». Il lui parle de l'{{ASS}}. Elle : « et le {{RSA}} ? ». Il imprime les deux dossiers.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause café des conseillers du {{3646}}. Ils parlent de la carte vitale sur appli, personne comprend comment elle marche, même eux 😅",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile, {{CCAS}} de {{Bagnolet}}, avec l'assistante sociale, [[PERSONNE:Delphine]]. M. et Mme [[PERSONNE:Chaouch]], {{80}} et {{78 ans}}, [[ADRESSE:2 rue Sadi Carnot, 93170 Bagnolet]], {{5e}} sans ascenseur. Elle ne sort plus depuis {{un an}}. Demande de mutation au rez-de-chaussée auprès de l'{{OPH}}, numéro de locataire [[IDENTIFIANT:0041287-03]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Cergy}}, réunion des résidents. [[PERSONNE:Mamadou]] se plaint du bruit, [[PERSONNE:Gérard]] se plaint de [[PERSONNE:Mamadou]]. Le directeur, M. [[PERSONNE:Lecomte]], arbitre. Ca se finit autour d'un gâteau au yaourt.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère, [[PERSONNE:Amandine]], appelle un demandeur pour un job dating {{Amazon}} a {{Roissy}}. Lui : « c'est qui ? » – « {{France Travail}} monsieur. » Il raccroche. Elle rit : « ça arrive {{1 fois sur 2}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Benali]] née [[PERSONNE:Chergui]] vient déclarer sa séparation. L'agente ouvre un dossier a son nom a elle et lui demande son numéro de sécu : « [[NIR:2 85 03 93 066 214 02]] ». Née a {{Saint-Denis}} en [[DATE_NAISSANCE:mars 85]]. Elle tient la main de son fils tout le long.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une dame : son mari, M. [[PERSONNE:Lopes]], a été amené aux urgences de {{Gonesse}} et elle cherche leur voiture, une {{Dacia}} [[IMMATRICULATION:GN-553-EL]] qu'il conduisait. La secrétaire n'en sait rien, lui donne le numéro du commissariat.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du {{CCAS}} de {{Stains}}. {{9 chaises}}, {{14 personnes}}. La télé passe {{BFM}} sans le son. Un enfant dessine sur un {{Cerfa}} vierge.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Bobigny}}, demande d'{{AME}}. M. [[PERSONNE:Traoré]], arrivé en {{2022}}, présente son passeport malien n° [[IDENTIFIANT:AA2387451]]. Justificatif : attestation d'hébergement chez son cousin, [[ADRESSE:46 rue de Paris, 93000 Bobigny]]. L'agente, [[PERSONNE:Christelle]], vérifie les {{3 mois}} de présence.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des logements diffus avec l'éducateur : {{4 appartements}}, a {{Pierrefitte}}, {{Stains}} et {{Villetaneuse}}. {{2}} nickel, {{1}} avec une fuite sous l'évier, {{1}} où personne n'ouvre. On repasse demain.",
    ),
]

# Notes 106-140.
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de l'{{Essonne}}, accueil d'{{Évry}}. Une maman, [[PERSONNE:Grâce Mbuyi]], avec sa fille [[PERSONNE:Merveille]] ({{10 ans}}), pour l'allocation de rentrée scolaire. Num alloc sur le courrier : [[N_ALLOCATAIRE:1186524]]. Pas versée pour le grand, [[PERSONNE:Prince]], {{17 ans}} : certificat de scolarité manquant. [[PERSONNE:Merveille]] lève les yeux au ciel, « il fait jamais rien ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Melun}}. M. [[PERSONNE:Hervé Guichard]], {{61 ans}}, chauffeur routier licencié. Il veut savoir s'il peut partir en carrière longue. La conseillère, [[PERSONNE:Sylvie]] : « ça c'est la {{Carsat}} monsieur ». Il a son relevé de carrière imprimé et me le montre fièrement : né le [[DATE_NAISSANCE:19/08/1963]], premier job a {{16 ans}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Rousseau]] appelle pour son fils, [[PERSONNE:Timothée]], étudiant, qui a perdu sa carte vitale. La conseillère, [[PERSONNE:Nadia]], explique qu'il doit la commander lui-même, il a {{19 ans}}. La mère : « il le fera jamais ». Elle donne quand même le mail du fils, [[EMAIL:tim.rousseau2005@gmail.com]], pour qu'on lui envoie le lien.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Poissy}}. Un ouvrier arrive avec son chef d'équipe, doigt entaillé. Le chef donne le nom, [[PERSONNE:Adama Keïta]], pour la déclaration d'accident du travail. L'agente : « son numéro de sécu ? » Le chef sait pas. [[PERSONNE:Adama]] le récite de tête : « [[NIR:1 94 10 99 330 071 29]] ». Impressionnant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{92}}, {{6h45}}, fin de nuit. L'écoutante fait les transmissions a l'équipe du matin : {{12 familles}} sans solution, {{1}} femme enceinte orientée vers les urgences de {{Louis-Mourier}}. Elle baille, elle a fait {{12h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence du {{CASVP}} du {{20e}}. M. [[PERSONNE:Abitbol]] demande l'allocation {{Paris Solidarité}}. L'agent, [[PERSONNE:Loïc]], vérifie l'ancienneté a {{Paris}} ({{3 ans}} minimum) : M. [[PERSONNE:Abitbol]] vit [[ADRESSE:14 rue des Envierges]] depuis {{1998}}. Aucun souci.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} a {{Chelles}}, [[ADRESSE:8 rue Gustave Nast, 77500 Chelles]]. Couple déclaré séparé, M. [[PERSONNE:Dupuis]] censé vivre chez sa mère. Deux brosses a dents, des chemises d'homme dans le placard. La contrôleuse, [[PERSONNE:Isabelle Marchetti]], écrit « présence d'effets personnels masculins ». Mme [[PERSONNE:Dupuis]] : « il vient voir les enfants le week-end ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle a {{Grigny}}, quartier de la {{Grande Borne}}, [[ADRESSE:4 rue de la Plaine]]. Assurée présente, Mme [[PERSONNE:Kouyaté]], le bras dans le plâtre. L'agente vérifie l'identité sur le titre de séjour, n° [[IDENTIFIANT:9102874563]]. {{5 minutes}} et on repart.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Bonjour, {{France Travail}}, je vous écoute » : {{47e}} fois aujourd'hui pour le conseiller, il compte les bâtons sur un post-it.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}, appel du {{93}}. Mme [[PERSONNE:Mokrani]] veut être rappelée, elle est en pause au boulot. L'agente note : [[TELEPHONE:07 81 64 29 50]], « après {{17h}} ». En principe on rappelle pas... elle le fera quand même.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil des urgences de {{Meaux}} : l'écran appelle les patients par numéro, pas par nom. Le {{127}} appelé {{4 fois}}. Personne. Le {{128}} se lève.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile avec l'assistante sociale du {{CASVP}}, {{Paris 15e}}. Mme [[PERSONNE:Kowalczyk]], {{94 ans}}, ancienne couturière, seule au [[ADRESSE:33 rue de la Croix-Nivert]]. Elle montre une photo de son mari, [[PERSONNE:Stanisław]], mort en {{1987}}. Demande de téléassistance, l'{{AS}} ([[PERSONNE:Agnès Morin]]) remplit le dossier sur ses genoux.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Centre d'hébergement de {{Nanterre}} ({{CASH}}). [[PERSONNE:Dragan]], {{59 ans}}, ancien légionnaire, veut récupérer sa pension militaire. L'éducatrice, [[PERSONNE:Lucie]], appelle le service des pensions, il lit son numéro de pension sur une vieille lettre : [[IDENTIFIANT:P84012365]]. Attente {{40 min}}, elle met le haut-parleur.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Cergy}}, RDV de {{9h30}}. [[PERSONNE:Rajesh Pillai]], seul avec {{3 enfants}} depuis le décès de sa femme. Ouverture de l'{{ASF}}. L'agente, [[PERSONNE:Maud]], parle doucement. Il a tout classé dans un classeur rouge. Elle : « vous êtes très organisé ». Lui : « c'était elle ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Bobigny}}, coin bornes {{Ameli}} : {{3 bornes}}, {{2}} en panne. L'agent d'accueil passe plus de temps a débloquer l'imprimante qu'a renseigner les gens.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Pontoise}}. [[PERSONNE:Samira Ouali]] veut devenir conductrice de bus, la {{RATP}} recrute. Le conseiller, [[PERSONNE:Cédric]], vérifie son permis B, n° [[IDENTIFIANT:130495200871]], obtenu en {{2013}}. Il lui trouve une info collective le {{3}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mère appelle les urgences pédiatriques de {{Jean-Verdier}} : sa fille, [[PERSONNE:Inaya]], {{4 ans}}, a avalé une pile bouton. La secrétaire : « raccrochez et appelez le {{15}} ! » Elle doit le répéter {{3 fois}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus a {{Goussainville}}. M. [[PERSONNE:Amrani]] et sa compagne, [[PERSONNE:Lydia]], [[ADRESSE:19 rue Jean Moulin, 95190 Goussainville]]. Ils doivent {{460 €}} de participation. Le travailleur social, [[PERSONNE:Karim Bensaïd]], négocie un échéancier. Par la fenêtre, un avion de {{Roissy}} toutes les {{2 minutes}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Pontoise}}. Une {{AS}} du {{Département}} appelle pour un dossier commun, la famille [[PERSONNE:Bouzid]]. Elle donne son mail pro : [[EMAIL:c.lemaire@valdoise.fr]]. L'agent le relit lettre par lettre. C'est Mme [[PERSONNE:Lemaire]], ils se connaissent deja.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur veut donner son nouveau RIB par téléphone. La conseillère, [[PERSONNE:Ophélie]], essaie de l'arrêter (« on prend pas les RIB par tel, passez par {{Ameli}} ») mais il dicte tout : « [[IBAN:FR76 3000 3036 2000 0504 1882 265]] ». Elle le note pas. Enfin je crois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Mme [[PERSONNE:Yıldırım]] appelle pour une attestation employeur manquante. L'employeur c'est la {{Boulangerie Yıldırım & Fils}}, son beau-frère, qui « a oublié ». Identifiant : [[ID_FRANCE_TRAVAIL:6629034A]]. Le conseiller dit qu'il peut rien faire sans l'attestation.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Montreuil}}, {{14h}}. Calme plat. L'agent me montre le logiciel : {{18 onglets}}, des codes partout. Il faut {{6 mois}} pour être a l'aise, dit-il.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle a {{Sannois}}. M. [[PERSONNE:Girard]] en arrêt, absent. Sa femme ouvre : il est chez le kiné. Elle montre le RDV sur {{Doctolib}}. L'agent, [[PERSONNE:Patrice]], note « motif valable » et on repart.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Noisy-le-Sec}}. [[PERSONNE:Yacine Belhadj]], {{34 ans}}, veut se lancer comme {{VTC}}. Il a deja la carte {{VTC}} et une {{Toyota}} en location, immat [[IMMATRICULATION:GH-482-TK]]. Le conseiller, [[PERSONNE:Laurent]], lui parle de l'{{ARCE}}. Pour le dossier il donne son mail : [[EMAIL:yacine.vtc93@hotmail.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Montfermeil}}. Sur l'écran de l'agent : « [[PERSONNE:GÜNEŞ Elif]] – DDN [[DATE_NAISSANCE:1983-07-09]] – NIR [[NIR:2830799208064 63]] ». Motif : douleur thoracique. {{Priorité 2}}. Elle est passée devant tout le monde, personne n'a râlé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{93}}, {{16h}}. Une {{AS}} de l'hôpital {{Avicenne}} appelle pour une sortie d'hospitalisation : M. [[PERSONNE:Benyahia]], {{72 ans}}, sans domicile. L'écoutant, [[PERSONNE:Rudy]], demande la référence {{SIAO}} : [[IDENTIFIANT:SIAO93-2024-018734]]. Place en {{LHSS}} peut-être demain.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Ivry}}. Une étudiante, [[PERSONNE:Rose]], demande une aide alimentaire. L'agente lui donne un bon pour l'épicerie solidaire. Sur le bureau, un bouquet de roses en plastique. [[PERSONNE:Rose]] sourit en le voyant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Coupure réseau a {{10h12}}. Les agents du {{3230}} ne voient plus rien, ils prennent les appels « a l'aveugle », notent les questions et promettent de rappeler. {{35 min}} de coupure.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} d'{{Argenteuil}}. M. [[PERSONNE:Singh]], livreur, turban {{bleu marine}}. Sa déclaration de médecin traitant n'a jamais été enregistrée. L'agent, [[PERSONNE:Hugo]], voit que le Dr [[PERSONNE:Marchal]] a mal rempli la case. Il appelle le cabinet devant nous.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller, [[PERSONNE:Romain]], rappelle M. [[PERSONNE:Okoye]] au [[TELEPHONE:01 34 11 58 62]] pour une offre de cariste a {{Gonesse}}. Pas la. Message vocal. Suivant.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Halte de jour a {{Saint-Denis}}. Un vieux monsieur qu'on appelle « [[PERSONNE:le Prof]] » lit {{Le Parisien}} a voix haute aux autres. En vrai il s'appelle [[PERSONNE:Marcel Aubry]], ancien instituteur a {{Stains}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} a {{Villiers-le-Bel}}. Mme [[PERSONNE:Ekwalla]], {{4 enfants}}, {{F3}}. Le contrôleur, [[PERSONNE:Thierry]], vérifie les actes de naissance : [[PERSONNE:Joël]] né le [[DATE_NAISSANCE:5 juin 2010]], [[PERSONNE:Ruth]] le [[DATE_NAISSANCE:11/02/2013]], les jumeaux [[PERSONNE:Daniel]] et [[PERSONNE:David]] en [[DATE_NAISSANCE:2016]]. Tout est conforme. {{20 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un agent de la {{PAF}} de {{Roissy}} appelle les urgences de {{Gonesse}} pour un passager malade en zone d'attente. Nom : [[PERSONNE:Nkemelu]], passeport nigérian n° [[IDENTIFIANT:A09218437]]. La secrétaire : « envoyez-le, on verra ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Sevran}}, quartier des {{Beaudottes}}. [[PERSONNE:Monique]] et [[PERSONNE:Jean-Claude Perrot]], retraités, lui en fauteuil. Ils veulent adapter la salle de bain. Devis {{Leroy Merlin}} : {{3 480 €}}. L'agente leur parle de {{MaPrimeAdapt'}}, ils connaissaient pas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Paris 11e}}. [[PERSONNE:Léa]], {{26 ans}}, graphiste, veut démissionner pour une reconversion. Elle montre son portfolio sur {{Insta}}, [[IDENTIFIANT:@lea.dessine]]. Mme [[PERSONNE:Fabre]], la conseillère, lui explique la démission pour projet et la commission {{Transitions Pro}}.",
    ),
]

# Notes 141-175.
NOTES_5 = [
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Saint-Denis}}, {{Porte de Paris}}. M. [[PERSONNE:Diarra]], {{38 ans}}, agent de sécurité, fin de {{CDD}} au {{Stade de France}}. Il donne son identifiant, [[ID_FRANCE_TRAVAIL:0934185T]]. La conseillère, [[PERSONNE:Farida]], voit un trop-perçu de {{640 €}}. Il tombe des nues : « mais j'ai rien demandé moi ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Une dame de {{Villepinte}} : « mon numéro c'est le [[N_ALLOCATAIRE:2269310]] ». L'agent, [[PERSONNE:Jordan]], lit l'écran : rappel d'{{APL}} de {{118 €}} qui arrive le {{5}}. Elle : « ah bah pour une fois » 😄",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Saint-Denis}}. M. [[PERSONNE:Boudjema]], {{62 ans}}, vient pour sa pension d'invalidité. L'agente recopie son numéro de sécu sur le formulaire : [[NIR:1 62 11 99 352 031 23]]. Il précise, fier : « [[DATE_NAISSANCE:novembre 62]], a {{Sétif}} ». Elle lui dit qu'il faut aussi l'avis du médecin-conseil.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{95}}, {{20h30}}. Une jeune femme, [[PERSONNE:Océane]], {{19 ans}}, mise dehors par sa mère a {{Ermont}}. Elle appelle avec le tel d'un passant, [[TELEPHONE:06 27 93 05 18]]. L'écoutant, [[PERSONNE:Bastien]], trouve une place en {{CHU}} a {{Argenteuil}}. Elle pleure de soulagement, le passant reprend son tel.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{17h}}, urgences {{Delafontaine}}. Changement d'équipe. Les transmissions se font debout devant l'écran, {{7 minutes}}. Pendant ce temps personne a l'accueil, la file monte a {{11}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Clichy-sous-Bois}}. Mme [[PERSONNE:Bahri]] demande l'aide aux vacances : ses {{3 enfants}} partiraient en colo avec {{Vacaf}}. Elle donne son n° {{Caf}}, [[N_ALLOCATAIRE:5903418]]. L'agente, [[PERSONNE:Souad]], regarde le quotient sur {{CDAP}} : {{380}}. Éligible. Mme [[PERSONNE:Bahri]] applaudit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} a {{Pierrefitte-sur-Seine}}, [[ADRESSE:25 avenue Lénine]]. M. [[PERSONNE:Tshibangu]] déclare héberger sa sœur, [[PERSONNE:Béatrice]], et ses {{2 enfants}}. La contrôleuse, [[PERSONNE:Nadia Kherbouche]], demande les papiers de la sœur : titre de séjour n° [[IDENTIFIANT:9302145687]]. Tout colle avec la déclaration.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Le Gall]] (breton installé a {{Cergy}}, il insiste la-dessus) veut un rendez-vous. Identifiant [[ID_FRANCE_TRAVAIL:3318460R]]. Le conseiller, [[PERSONNE:Kévin]] : premier créneau dans {{3 semaines}}. « {{3 semaines}} ?? »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame appelle pour le capital décès de son père. Elle lit le NIR du père : « [[NIR:1 53 09 2A 004 087 75]] ». « {{2A}}, comme la {{Corse du Sud}} ? » demande la conseillère, [[PERSONNE:Élodie]]. « Oui, il était d'{{Ajaccio}} », né en [[DATE_NAISSANCE:septembre 1953]], il vivait a {{Sarcelles}} depuis {{1975}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une {{DRH}} d'une boîte de {{Saint-Ouen}} qui cherche a joindre un salarié hospitalisé. La secrétaire refuse de confirmer quoi que ce soit. La DRH laisse quand même son mail, [[EMAIL:m.dossantos@groupe-ovalia.fr]]. C'est Mme [[PERSONNE:Dos Santos]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} d'{{Argenteuil}}. [[PERSONNE:Abdelkader]], {{50 ans}}, revient du bureau de tabac d'en face avec l'éducatrice, [[PERSONNE:Marine]] : compte {{Nickel}} ouvert en {{15 min}}. RIB : [[IBAN:FR76 1659 8000 0140 0311 7982 520]]. [[PERSONNE:Marine]] le scanne pour la {{Caf}}, il garde l'original dans son portefeuille.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Garges-lès-Gonesse}}. Affiche dans l'ascenseur : « SALON DE L'EMPLOI {{PARIS CDG}} – {{2 000 POSTES}} – {{JEUDI 9H-17H}} ». L'ascenseur est en panne.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Bobigny}}. Un jeune papa, [[PERSONNE:Kévin Ramos]], vient déclarer la naissance de [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:28 août]]. La maman, [[PERSONNE:Sarah]], est restée avec le bébé. Il a oublié le livret de famille. L'agent, [[PERSONNE:Moussa]], lui dit de tout faire en ligne ce soir, « {{5 minutes}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} a {{Sevran}}, [[ADRESSE:7 allée Louis Blériot]]. M. [[PERSONNE:Ouedraogo]] absent a {{10h20}}. Devant, une camionnette blanche [[IMMATRICULATION:DS-660-BN]] avec le logo « {{Ouedraogo Rénovation}} ». Mme [[PERSONNE:Okafor]], l'agente, prend une photo. « Il travaille pendant son arrêt ? Je peux pas le dire. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Garges}}. Le gardien d'un immeuble appelle : Mme [[PERSONNE:Cohen]], au {{2e}}, est tombée, les pompiers l'ont emmenée. Il donne le numéro de sa fille : [[TELEPHONE:zéro six, quatre-vingt-cinq, trente, douze, quarante-quatre]]. L'agent prévient le portage de repas pour suspendre.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage de l'équipe mobile au campement sous l'{{A1}}, a {{Saint-Denis}}. On connaît quelques prénoms : [[PERSONNE:Ionuț]], [[PERSONNE:Florin]], [[PERSONNE:Mădălina]]. L'infirmière, [[PERSONNE:Claire]], refait le pansement de [[PERSONNE:Florin]]. Il fait {{3°C}}. On distribue {{12 couvertures}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant de [[PERSONNE:Rachida]], contrôle de la recherche d'emploi. M. [[PERSONNE:Haroun]] décroche au [[TELEPHONE:07 49 26 81 33]]. Il dit avoir envoyé {{15 candidatures}} ce mois-ci. Elle lui demande de les déposer dans son espace. Il dit « oui oui » un peu trop vite.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Robert-Ballanger}}. Un livreur a scooter percuté par une voiture. Le policier note les deux plaques devant l'accueil : scooter [[IMMATRICULATION:FB-218-QK]], voiture [[IMMATRICULATION:HJ-278-CZ]]. Le livreur, [[PERSONNE:Mamadou Sylla]], demande surtout si son téléphone marche encore. L'agente rit doucement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}, {{16h55}}. L'agente regarde l'horloge. Dernier appel a {{16h58}}, une question sur la {{PAJE}}. Elle raccroche a {{17h14}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Sarcelles}}. Mme [[PERSONNE:Pierre-Louis]], haïtienne, très élégante, chapeau a fleurs, veut changer de RIB. RIB {{BRED}} : [[IBAN:FR76 1010 7001 1800 5230 0918 744]]. L'agent, [[PERSONNE:Grégoire]], veut la faire passer par la borne. Elle refuse : « je fais pas confiance aux machines ». Il saisit lui-même.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj au {{CHRS}} de {{Montreuil}}. {{31 résidents}}, {{2 baguettes}} par table, confiture {{Bonne Maman}}. Ca parle arabe, tamoul, wolof, roumain. La télé est sur {{France 24}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} d'{{Épinay}} chez Mme [[PERSONNE:Zerrouki]], [[ADRESSE:5 rue de l'Église, 93800 Épinay-sur-Seine]], après un dégât des eaux. Son propriétaire, M. [[PERSONNE:Hamon]], répond pas. L'agente lui laisse un message au numéro du bail : [[TELEPHONE:01 48 41 07 62]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Permanence {{France Travail}} au centre social de la {{Rose-des-Vents}}, a {{Aulnay}}. [[PERSONNE:Naëlle]], {{18 ans}}, cherche une alternance en {{BTS}} {{MCO}}. Le conseiller lui crée son profil : mail [[EMAIL:naelle.b93@outlook.fr]], identifiant généré [[ID_FRANCE_TRAVAIL:4705291J]]. Elle le prend en photo.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La conseillère, [[PERSONNE:Sonia]] : un monsieur d'{{Eaubonne}} pour sa {{CSS}}. Vérif d'identité, « date de naissance ? » – « [[DATE_NAISSANCE:vingt-trois mai quatre-vingt-un]] ». Il lit le NIR sur sa carte : [[NIR:1 81 05 75 113 390 53]]. Né dans le {{13e}} a {{Paris}}. CSS renouvelée pour {{un an}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une femme appelle en chuchotant depuis les toilettes d'un {{McDo}} de {{Sarcelles}}. Son conjoint, [[PERSONNE:Jérémy]], la cherche. L'écoutante, [[PERSONNE:Fatou]], lui dit de rester la et appelle le {{17}}. Mise a l'abri a l'hôtel a {{23h}}. Je tremble en écrivant.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Ouen}}. [[PERSONNE:Aïcha Coulibaly]] vient pour sa demande de {{RSA}}, elle montre sa carte d'identité n° [[IDENTIFIANT:930492317864]] (ancien modèle, elle expire bientôt). L'agent, [[PERSONNE:Vincent]], lui conseille de la renouveler a la mairie, « {{3 mois}} d'attente ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard d'{{Avicenne}}, {{3h}}. Un homme appelle : son frère, [[PERSONNE:Karamoko]], est parti des urgences sans voir le médecin. L'infirmière : « on peut pas le forcer monsieur ». Il veut qu'on le rappelle au [[TELEPHONE:06 63 02 17 45]] si son frère revient.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Argenteuil}}. [[PERSONNE:Ahmed Zitouni]], {{56 ans}}, veut une formation de cuisinier. La conseillère, [[PERSONNE:Pascale]], vérifie sur l'écran : né le [[DATE_NAISSANCE:04/04/1968]]. « Vous savez, a votre âge... » Elle se reprend. Il a vu.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Une dame conteste un indu. L'agent, [[PERSONNE:Grégory]], lui conseille d'écrire au médiateur et propose de lui envoyer le formulaire. Son mail : [[EMAIL:sandra.petitjean@free.fr]]. Mme [[PERSONNE:Petitjean]] épelle chaque lettre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Gonesse}}, {{9h}}. La porte s'ouvre, {{4 personnes}} attendaient dehors depuis {{8h15}}. Il fait {{2 degrés}}. L'agente dit qu'ils demandent un auvent « depuis {{3 ans}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Pantin}}. Un étudiant brésilien, [[PERSONNE:João Pedro]], demande son immatriculation. L'agent, [[PERSONNE:Olivier]], regarde le titre de séjour étudiant, n° [[IDENTIFIANT:7503218994]]. Il faut aussi un acte de naissance traduit. [[PERSONNE:João Pedro]] soupire : « encore ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart diffus a {{Franconville}}. M. [[PERSONNE:Ayadi]] a une voiture garée dans la cour, immat [[IMMATRICULATION:CS-017-VM]]. L'éducatrice, [[PERSONNE:Aurélie]], demande l'attestation d'assurance. Il l'a pas. « La semaine prochaine promis. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente des urgences de {{Simone-Veil}}, a {{Eaubonne}}. Un distributeur de masques, un de gel, une télé qui passe les mêmes conseils de prévention en boucle. {{3h}} d'attente annoncée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un jeune de {{Stains}}, [[PERSONNE:Wassim]], appelle parce que l'allocation {{CEJ}} est pas tombée. Identifiant : « [[ID_FRANCE_TRAVAIL:2261847 S]] ». La conseillère voit une absence non justifiée le {{12}}. Il dit qu'il était a un enterrement, elle lui dit d'envoyer un justificatif.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Bondy}}. M. [[PERSONNE:Rahman]], bangladais, {{4 enfants}}. Son fils de {{14 ans}}, [[PERSONNE:Arif]], traduit. N° allocataire [[N_ALLOCATAIRE:0712655]]. Nouveau portable : [[TELEPHONE:07 66 31 48 09]]. L'agente, [[PERSONNE:Nadège]], félicite [[PERSONNE:Arif]] pour son français, il rougit.",
    ),
]

# Notes 176-210.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Paris 18e}}. Mme [[PERSONNE:Wu]] demande l'{{AAH}} pour son mari. N° alloc [[N_ALLOCATAIRE:1648093]]. Sa fille, [[PERSONNE:Jiali]], traduit du wenzhounais. L'agente, [[PERSONNE:Hélène Barbier]], explique que ça passe d'abord par la {{MDPH}}. [[PERSONNE:Jiali]] traduit, la mère secoue la tête.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. M. [[PERSONNE:Vasseur]], de {{Versailles}}, veut savoir si sa fille étudiante peut avoir l'{{APL}} en colocation. L'agente, [[PERSONNE:Yasmine]], donne les règles, il note tout. {{8 min}}. Il dit merci {{4 fois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Une allocataire dicte son IBAN pour vérifier où le versement est parti : « [[IBAN:FR76 3000 4029 5400 0107 5221 987]] ». L'agente, [[PERSONNE:Coralie]], compare avec l'écran : c'est l'ancien compte, clôturé. Versement rejeté, refait sous {{15 jours}}. N° alloc [[N_ALLOCATAIRE:3390271]]. La dame pleure au téléphone, {{15 jours}} c'est trop long.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Rueil}}, standard. Une dame appelle pour le voyage des seniors a {{Deauville}}. Complet. « Comme chaque année », dit l'agent en raccrochant.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Montreuil}}. L'{{OPH Montreuillois}} appelle pour une locataire en impayé, Mme [[PERSONNE:Benkirane]], dette de {{2 870 €}}. Référence locataire : [[IDENTIFIANT:LOC-0587214]]. L'agente transmet a l'{{AS}} de secteur.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Paris}}. Un homme appelle pour la {{23e}} fois de la journée, l'écoutante reconnaît sa voix : « bonjour M. [[PERSONNE:Barry]] ». Toujours pas de place. Il veut juste parler. Elle reste {{10 min}} avec lui.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{93}}. Signalement d'un riverain de {{Rosny}} : un homme dort dans sa voiture devant chez lui depuis une semaine, plaque [[IMMATRICULATION:AB-213-QS]]. Le riverain donne son nom, M. [[PERSONNE:Tessier]], et son numéro, [[TELEPHONE:06 40 72 15 98]]. Maraude envoyée dans la soirée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Paris 10e}}. [[PERSONNE:Khaled]], syrien, montre sa carte de résident réfugié, numéro étranger [[IDENTIFIANT:7502849113]]. L'assistante sociale, [[PERSONNE:Solène]], fait avec lui la demande de {{RSA}} en ligne. Le site plante {{2 fois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Créteil}}. [[PERSONNE:Hugo Lefèvre]], {{24 ans}}, sort de prison, il le dit tout de suite. Mme [[PERSONNE:Benabdallah]], la conseillère, ne bronche pas. Identifiant [[ID_FRANCE_TRAVAIL:5592713H]]. Orientation vers un chantier d'insertion a {{Vitry}}, démarrage lundi.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Mme [[PERSONNE:Gauthier]], {{63 ans}}, veut contester une radiation. Le conseiller lui explique le recours et lui envoie le modèle de courrier a [[EMAIL:martine.gauthier1961@orange.fr]]. Elle dit « vous êtes le premier gentil ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Paris}}. M. [[PERSONNE:Rossi]], retraité italien installé a {{Montmartre}}, veut s'affilier. Passeport italien n° [[IDENTIFIANT:YA8723415]]. L'agent, [[PERSONNE:Jérôme]], demande le formulaire {{S1}}. M. [[PERSONNE:Rossi]] : « S1 ? mamma mia ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : le serveur vocal propose {{6 choix}}. Les gens tapent {{0}} pour avoir quelqu'un, ça marche pas. La conseillère me dit que {{1 appel sur 3}} commence par « ENFIN quelqu'un ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle a {{Mantes-la-Jolie}}, {{Val Fourré}}. Assuré présent, M. [[PERSONNE:Şahin]], bras en écharpe. Sa femme, [[PERSONNE:Zeynep]], sert le thé. L'agent regarde la carte d'identité, n° [[IDENTIFIANT:K7PX3M2R8]]. {{10 min}}, deux verres de thé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle les urgences de {{Versailles}} ({{André-Mignot}}) : son fils a {{39,5}} de fièvre, elle peut venir ? La secrétaire : « appelez plutôt le {{15}} ou {{SOS Médecins}} ». Au cas où, elle note le nom de l'enfant : [[PERSONNE:Gabin Leroy]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Lariboisière}}, {{22h}}. L'écran affiche « TEMPS D'ATTENTE ESTIME : {{5H}} ». Quelqu'un a collé un post-it « lol » dessus.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Gennevilliers}}. [[PERSONNE:Espérance Niyonzima]], {{45 ans}}, demande une aide pour la cantine. L'agent, [[PERSONNE:Paul]], demande l'avis d'imposition. Numéro fiscal : [[IDENTIFIANT:30 12 487 561 204]]. Revenu fiscal {{14 320 €}}, {{2 parts}}. Aide accordée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile, {{CCAS}} de {{Massy}}. M. [[PERSONNE:Poirier]], {{83 ans}}, ancien cheminot, vit avec son chat {{Gribouille}}, [[ADRESSE:12 avenue Carnot, 91300 Massy]]. Demande d'aide ménagère. {{Gribouille}} monte sur le dossier pendant que l'agente écrit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} a {{Colombes}} chez [[PERSONNE:Enzo Marques]], {{20 ans}}, étudiant, {{APL}}. Il loue un studio au-dessus du garage de ses grands-parents, [[ADRESSE:40 bis rue Saint-Denis, 92700 Colombes]]. Bail, quittances, relevés {{Caisse d'Épargne}} du compte [[IBAN:FR76 1751 5900 0008 1234 5771 282]] : il verse bien {{350 €}} par mois a sa grand-mère. Le contrôleur, [[PERSONNE:Benoît]] : « limite, mais légal ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite a l'hôtel, {{Torcy}}, {{Ibis Budget}}, {{chambre 31}}. Mme [[PERSONNE:Sangaré]] et ses {{3 enfants}}, dont un bébé de {{2 mois}}, [[PERSONNE:Yaya]]. Pas de frigo : le lait est dans le lavabo, dans l'eau froide. L'{{AS}} du {{SIAO 77}}, [[PERSONNE:Cécile]], demande un changement d'hôtel.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Persan}}. [[PERSONNE:Didier Lambert]], ancien routier, veut reprendre, il lui faut la {{FCO}}. Il montre sa carte conducteur, n° [[IDENTIFIANT:F000002391765000]]. Financement par le {{CPF}} : {{1 100 €}}, il en a {{900}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Ngo]] a déménagé a {{Bezons}}. Nouvelle adresse : [[ADRESSE:17 rue Édouard Vaillant, 95870 Bezons]]. Identifiant [[ID_FRANCE_TRAVAIL:1408836C]]. Le conseiller met a jour et lui rappelle de prévenir la {{Caf}} aussi.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Montreuil}}. Mme [[PERSONNE:Mukendi]] reçoit les remboursements d'une autre [[PERSONNE:Mukendi]] : même nom, même date de naissance ([[DATE_NAISSANCE:12/09/1992]]), pas le même prénom. Son NIR a elle : [[NIR:2 92 09 99 326 058 97]]. L'agent, [[PERSONNE:Rémi]], fait un signalement, « ça arrive plus qu'on croit ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Denis}}, vendredi aprem. {{3 agents}} au lieu de {{5}}. La cheffe vient elle-même au guichet. Le vigile fait des blagues aux enfants dans la file.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Sarcelles}}. [[PERSONNE:Moustapha]] a reçu sa notification {{MDPH}} : {{AAH}} accordée, taux {{80 %}}. Dossier MDPH n° [[IDENTIFIANT:95-2023-041872]]. Il tape dans la main de l'éducateur, [[PERSONNE:Yohan]], tout le couloir applaudit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Aulnay-sous-Bois}}. [[PERSONNE:Kimberly]], {{22 ans}}, enceinte, hébergée chez une copine, demande une domiciliation. Mme [[PERSONNE:Lopez]], l'agente, ouvre le dossier. Ancienne adresse chez sa mère, [[ADRESSE:3 square Claude Debussy, 93600 Aulnay-sous-Bois]], « j'y vais plus ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle a {{Cergy}}, [[ADRESSE:9 place des Touleuses]]. M. [[PERSONNE:Baptiste]] présent, entorse de la cheville. L'agente repart en {{4 min}}. Dans la voiture, elle me dit que {{80 %}} des contrôles sont « conformes ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Ermont}}. Une fille appelle pour sa mère, Mme [[PERSONNE:Carvalho]], qui a besoin d'un dossier {{APA}}. Elle veut le dossier par mail : [[EMAIL:carvalho.patricia95 [at] gmail.com]]. L'agente dit non, papier seulement, par la poste.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Villepinte}}. M. [[PERSONNE:Guérin]] veut savoir si la mairie aide pour la fourrière : sa voiture, [[IMMATRICULATION:EV-904-XL]], a été enlevée, {{180 €}} a payer a {{Bobigny}}. Réponse : non.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Musique d'attente du standard du {{CCAS}} de {{Noisy-le-Sec}} : {{Les Quatre Saisons}} de {{Vivaldi}}. L'agente dit qu'elle l'entend même la nuit.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Un monsieur de {{Sevran}} : « numéro allocataire [[N_ALLOCATAIRE:2075586]] », il veut savoir si le {{RSA}} tombe bien le {{5}}. L'agent, [[PERSONNE:Jordan]], confirme. {{40 secondes}}. Record de la journée.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Argenteuil}}. Mme [[PERSONNE:Baldé]], arrivée de {{Guinée}} il y a {{4 mois}}, avec son mari. Num alloc du mari : [[N_ALLOCATAIRE:4821907]]. Il faut rattacher Mme [[PERSONNE:Baldé]] au dossier, l'agent, [[PERSONNE:Karim]], scanne son titre de séjour n° [[IDENTIFIANT:9501873264]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Paris 20e}}. Affiche : « Vous avez plus de {{50 ans}} ? Forum seniors le {{14}} ». Un monsieur la prend en photo, puis la décolle et la glisse dans son sac.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} de {{Boulogne}}. [[PERSONNE:Shirin Ahmadi]], ingénieure diplômée a {{Téhéran}}. Identifiant [[ID_FRANCE_TRAVAIL:7013529D]]. La conseillère, [[PERSONNE:Véronique]], lui explique l'attestation {{ENIC-NARIC}} pour la reconnaissance du diplôme. {{3 mois}} de délai.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{95}}. L'hôpital de {{Pontoise}} appelle : Mme [[PERSONNE:Leblanc]], {{44 ans}}, sortante, sans logement. Référence SIAO : [[IDENTIFIANT:SIAO95-2024-01873]]. L'écoutant, [[PERSONNE:Rudy]], l'oriente vers le {{CHRS}} de {{Cergy}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Ronde de nuit au {{CHRS}} (vérif des présences). {{23h}}, {{38 résidents}} sur {{40}}. Les {{2}} absents : [[PERSONNE:Jonathan]] (prévenu, chez sa mère) et [[PERSONNE:Ali]] (pas prévenu). Le veilleur soupire.",
    ),
]

# Notes 211-240.
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Sarcelles}}. M. [[PERSONNE:Kaya]], kurde, {{3 enfants}}, vient parce que son RIB a été refusé. Nouveau RIB {{Société Générale}} : [[IBAN:FR76 3000 3018 5000 0372 0551 438]]. L'agent, [[PERSONNE:Fabrice]], regarde l'historique : la faute de frappe, c'était la {{Caf}}. Il s'excuse deux fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Aubervilliers}}. Mme [[PERSONNE:Lin]], commerçante aux {{Quatre-Chemins}}, déclare la naissance de [[PERSONNE:Léo]], né le [[DATE_NAISSANCE:1er mars]]. N° allocataire [[N_ALLOCATAIRE:0558342]]. Elle parle vite, l'agente ([[PERSONNE:Ghislaine]]) aussi. {{4 minutes}} chrono.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Un père seul, [[PERSONNE:Sébastien]], de {{Cergy}}. N° alloc : « [[N_ALLOCATAIRE:six, un, zéro, quatre, sept, deux, neuf]] ». Il demande pourquoi l'{{ASF}} est coupée. L'agent : la mère de l'enfant a une pension fixée par le juge, jugement RG [[IDENTIFIANT:23/04588]]. Lui : « elle paie pas pourtant ». Il faut faire une demande de recouvrement a l'{{ARIPA}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}, {{11h}}. {{86 appels}} en attente sur le plateau. Le superviseur passe dans les rangs : « on raccourcit, on raccourcit ». Les agents lèvent les yeux au ciel.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} a {{Stains}}, [[ADRESSE:10 rue Jean Jaurès, 93240 Stains]]. Mme [[PERSONNE:Boukhari]] déclare {{0 €}} de ressources depuis {{6 mois}}. Le contrôleur, [[PERSONNE:Thierry Lemoine]], demande les relevés du compte [[IBAN:FR76 1027 8060 3900 0204 7150 158]] : des dépôts d'espèces chaque semaine. Elle : « c'est la tontine ». Il note, sceptique.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle a {{Gonesse}}. Le contrôleur compte les lits : {{5}}. Déclaré : {{3}} occupants. M. [[PERSONNE:Ferhani]] explique que ses neveux, [[PERSONNE:Bilal]] et [[PERSONNE:Adam]], dorment la le week-end. Dans le garage une vieille {{Golf}} avec une plaque noire, [[IMMATRICULATION:732 BKN 93]] : « elle roule plus depuis {{2015}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Denis}}. M. [[PERSONNE:Diop]], {{70 ans}}, ancien de chez {{Citroën}} a {{Aulnay}}, demande le forfait {{Améthyste}}. Année de naissance ? « [[DATE_NAISSANCE:1954]] ». L'agente, [[PERSONNE:Kadiatou]], remplit. Il raconte la fermeture de l'usine, elle l'écoute jusqu'au bout.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Sevran}}. Mme [[PERSONNE:Bernard]], née a {{Bastia}}, demande une aide pour sa facture {{Engie}}, point de livraison [[IDENTIFIANT:14295637018842]], {{412 €}}. L'agent, [[PERSONNE:Nordine]], remplit aussi sa demande de {{CSS}} : NIR [[NIR:2 67 12 2B 033 021 65]]. Pour la réponse, un fixe : [[TELEPHONE:01 43 84 26 91]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Sarcelles}}. Une dame veut le numéro direct de l'assistante sociale de secteur, Mme [[PERSONNE:Akkouche]]. L'agent donne le standard du {{Département}}. « On n'a pas le droit de donner les lignes directes. » Elle raccroche sans dire au revoir.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile, {{CCAS}} de {{Pantin}}, aux {{Courtillières}}. Mme [[PERSONNE:Hadj-Ahmed]] et son fils, [[PERSONNE:Rayan]], {{16 ans}}, polyhandicapé. [[ADRESSE:15 avenue de la Division Leclerc, 93500 Pantin]]. Carte mobilité inclusion n° [[IDENTIFIANT:CMI-93-0871452]], {{AEEH}} versée sur le dossier {{Caf}} [[N_ALLOCATAIRE:2740618]]. Elle veut une place de parking adaptée en bas de l'immeuble.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Saint-Denis}}. [[PERSONNE:Sandra]], {{38 ans}}, arrivée après des violences conjugales. Son ex, [[PERSONNE:Mickaël]], l'appelle encore, elle a changé de numéro : [[TELEPHONE:07 52 84 19 30]]. L'éducatrice, [[PERSONNE:Nawel]], met une alerte « NE PAS COMMUNIQUER » dans le dossier. N° {{Caf}} [[N_ALLOCATAIRE:1973350]] pour le transfert du {{RSA}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Bondy}}, atelier cuisine du mercredi. {{8 résidents}}, {{1 poulet}}, {{3 kg}} de riz. Ca sent le mafé dans tout le bâtiment. Le directeur passe « pour goûter ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} d'{{Ermont}}. L'éducateur, [[PERSONNE:Samuel]], aide [[PERSONNE:Dimitri]] a s'actualiser sur le site de {{France Travail}}. Identifiant : [[ID_FRANCE_TRAVAIL:3860142F]]. Mot de passe oublié. {{20 min}} pour le réinitialiser, [[PERSONNE:Dimitri]] jure en russe.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{93}}. M. [[PERSONNE:Ziani]] appelle pour sa femme, enceinte de {{8 mois}}. Le logiciel demande la date de naissance : [[DATE_NAISSANCE:14 février 1999]]. Prénom : [[PERSONNE:Yasmina]]. Place trouvée a {{Bobigny}}, pour elle seule. Lui reste dehors.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{95}}, minuit. [[PERSONNE:Enzo]], {{19 ans}}, s'est fait voler son sac avec ses papiers a {{Cergy-Préfecture}}. Il donne un mail pour qu'on lui envoie l'attestation d'hébergement : [[EMAIL:enzo.lb.95@gmail.com]]. Place en halte de nuit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{4h}} du matin. Silence. L'écoutante tricote. Elle me dit que c'est la seule heure calme. A {{4h20}} ça resonne.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus a {{Pierrefitte}}, [[ADRESSE:22 rue de Paris, 93380 Pierrefitte-sur-Seine]]. Famille [[PERSONNE:Balasubramaniam]]. Le père veut acheter une voiture, il montre l'annonce {{Leboncoin}}, la plaque se voit sur la photo : [[IMMATRICULATION:FE-337-WD]]. L'éducatrice, [[PERSONNE:Clara]], lui conseille d'attendre la fin du crédit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au logement diffus d'{{Aulnay}}. Mme [[PERSONNE:Fofana]] et son bébé, [[PERSONNE:Assa]]. La carte vitale de la maman est enfin arrivée : [[NIR:2 78 01 99 335 045 10]], née au {{Mali}} en [[DATE_NAISSANCE:janvier 1978]]. L'éducatrice fait la demande de rattachement du bébé sur son téléphone.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Aubervilliers}}. M. [[PERSONNE:El Idrissi]], {{49 ans}}, né au {{Maroc}}, veut sa carte vitale : photo refusée parce qu'il sourit dessus. L'agent, [[PERSONNE:Jean-Marc]], lit le NIR : [[NIR:175049935026372]]. Nouvelle photo au {{Photomaton}} de la gare, sans sourire cette fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Permanence {{Cpam}} a la {{Maison France Services}} de {{Goussainville}}. Mme [[PERSONNE:Pereira]], {{65 ans}}, née au {{Portugal}}, NIR [[NIR:2 59 10 99 139 019 07]]. Elle veut savoir si son mari, [[PERSONNE:Manuel]], peut être son ayant droit. L'agente, [[PERSONNE:Aurore]] : les ayants droit majeurs, fini depuis {{2016}}. Elle en profite pour changer de RIB : [[IBAN:FR42 3000 2056 0800 0044 5128 T61]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un père appelle pour son fils, [[PERSONNE:Lucas]], {{20 ans}}. Il lit le NIR sur l'attestation : « [[NIR:1 04 08 93 005 441 78]] », né a {{Aulnay}}. La conseillère, [[PERSONNE:Sonia]], refuse d'en dire plus : « il est majeur monsieur, il doit appeler lui-même ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, conseiller [[PERSONNE:Mehdi]]. Une dame de {{Garges}} ne comprend pas un prélèvement de la {{Cpam}} sur son compte. Elle lit le libellé : « REMB INDU REF [[IDENTIFIANT:IND-95-2024-0088123]] ». [[PERSONNE:Mehdi]] retrouve le dossier : une double prise en charge de kiné en {{2023}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} a {{Aulnay}}, cité des {{3000}}. Assuré présent, M. [[PERSONNE:Bouzidi]]. La voisine, en passant, dit que sa voiture ([[IMMATRICULATION:GK 518 PN]]) sort tous les matins. L'agente : « je contrôle pas les voisins madame ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Denis}}. [[PERSONNE:Ramatoulaye Ba]], {{29 ans}}, veut devenir assistante maternelle. La conseillère, [[PERSONNE:Hélène]], vérifie le dossier : identifiant [[ID_FRANCE_TRAVAIL:2957604N]], NIR [[NIR:296029512707728]] (née a {{Cergy}}). Adresse pour l'agrément {{PMI}} : [[ADRESSE:8 rue Gabriel Péri, 93200 Saint-Denis]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Argenteuil}}, atelier création d'entreprise. [[PERSONNE:Mohamed Lahlou]] présente son projet de food truck, deja immatriculé [[IMMATRICULATION:GA-801-RM]]. Il lui manque {{15 000 €}}. L'animateur, [[PERSONNE:Patrick]], lui parle de l'{{Adie}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Une dame de {{Bagnolet}} a reçu un mail « {{France Travail}} » qui lui demandait son IBAN « pour mise a jour ». Elle l'a donné, elle le relit : [[IBAN:FR76 1820 6000 6060 3319 4702 143]]. Le conseiller, [[PERSONNE:Julien]] : « c'est une arnaque madame, appelez votre banque tout de suite ». ⚠️",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, conseillère [[PERSONNE:Clémence]]. M. [[PERSONNE:Adjovi]] a un trop-perçu. Identifiant [[ID_FRANCE_TRAVAIL:4129378X]]. Elle propose un remboursement en {{12 fois}}. Il demande s'il peut payer depuis son compte belge, IBAN [[IBAN:BE38 0632 4178 5972]]. Oui, par virement.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un jeune de {{Montfermeil}}, [[PERSONNE:Théo]], demande s'il a droit au chômage après une rupture conventionnelle. Oui. Il avait un ancien identifiant, [[ID_FRANCE_TRAVAIL:3512064K]], réactivé. Il dit « ok frr merci » et raccroche.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Delafontaine}}. L'agente d'accueil, [[PERSONNE:Mélissa]], enregistre un touriste canadien, [[PERSONNE:Olivier Tremblay]], cheville cassée au concert du {{Stade de France}}. Passeport canadien [[IDENTIFIANT:HK482915]]. Il dort au {{Novotel}} de {{Tremblay-en-France}}, {{chambre 418}}, ça le fait rire. Il paie par carte.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Jean-Verdier}}. Un médecin de ville, le Dr [[PERSONNE:Nakache]], adresse une patiente, Mme [[PERSONNE:Benhaddou]], {{78 ans}}, avec un courrier. Il laisse son portable au cas où, [[TELEPHONE:06 07 58 93 21]], et son mail, [[EMAIL:s.nakache@orange.fr]].",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        value = value if kept is None else kept
        if value != value.strip():
            raise ValueError(f"mark with surrounding whitespace: {m.group(0)!r}")
        if kept is None:
            entities.append({"start": length, "end": length + len(value), "label": label})
        elif value not in keep:
            keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text!r}")
    return text, entities, keep


def build():
    """All notes, in writing order, as dicts in the output format."""
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
    """Return (dev ids, holdout ids); uses only the ids and the cells."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev += ids[:half]
        holdout += ids[half : 2 * half]
        leftovers += ids[2 * half :]
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
