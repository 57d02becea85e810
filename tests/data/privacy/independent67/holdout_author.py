"""Independent evaluation corpus n° 67: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets. Ids ``ind67-001`` … ``ind67-240`` follow the writing order. Running this file writes
``dev.jsonl`` and ``holdout.jsonl`` (120 notes each) next to it. Standard library only.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind67"
SEED = 67

# Notes 001-035.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Rennes}}, accueil du matin. {{8h30}} ouverture, déjà {{14 personnes}} dehors sous la pluie ☔. Agent d'accueil ([[PERSONNE:Nadège]]) distribue les tickets, borne en panne depuis lundi. Une dame du {{Blosne}} vient pour sa {{prime d'activité}} qui a baissé de {{112 €}}, elle comprend pas pourquoi. [[PERSONNE:Nadège]] : « c'est la déclaration trimestrielle, vous avez mis le salaire brut au lieu du net ». Silence. La dame dit juste « ah ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}}, double écoute avec le casque. Appel n°1 : une mère demande si l'{{ASF}} continue quand le père reprend contact. Réponse : oui tant que pas de pension fixée par le {{JAF}}. Appel n°2 raccroche avant qu'on décroche. Appel n°3 : {{22 min}} d'attente annoncée par le serveur vocal, la personne est furieuse, l'agent s'excuse {{3 fois}}. Je note : temps d'attente moyen ce matin = {{17 min}} d'après le bandeau en haut de l'écran.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Brest}} {{Bellevue}}. Conseillère : [[PERSONNE:Gwenaëlle Kerjean]], {{12 ans}} de maison. RDV de {{9h15}} : jeune homme, {{23 ans}}, sort d'un {{CDD}} chez {{Naval Group}} (sous-traitant en fait, il corrige). Elle lit son identifiant à voix haute « [[ID_FRANCE_TRAVAIL:4900232L]] » pour retrouver le dossier. Il veut passer le {{CACES}}. Elle lui parle de l'{{AIF}}, il connaît pas. Il s'appelle [[PERSONNE:Maël]], il a un chien qui l'attend dans la voiture 🐕.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Quimper}}, accueil sur rdv. M. [[PERSONNE:Hervé Le Corre]] vient pour ses {{IJ}} pas versées depuis {{5 semaines}}. L'agente ([[PERSONNE:Sandrine]]) recopie le NIR sur sa fiche : [[NIR:1 73 12 29 232 115 56]]. Il est né à Quimper, « j'ai jamais bougé d'ici ». L'employeur (une {{conserverie}} de {{Douarnenez}}) n'a pas envoyé l'attestation de salaire. Elle lui imprime un courrier type pour le patron. Il repart avec mais on voit qu'il va pas oser le donner.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Finistère}}, {{21h40}}. Écoutante seule sur le plateau ce soir, {{2 lignes}}. Homme appelle de la {{gare}} de {{Quimper}}, plus de place nulle part, elle lui propose le {{gymnase}} du plan grand froid… non, pas ouvert, on est en octobre. Elle lui donne l'adresse de l'accueil de jour pour demain {{9h}}. Il dit « ok » et raccroche. Elle note dans {{SI-SIAO}}. Entre deux appels elle me dit : « le pire c'est quand ils rappellent pas ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}} {{Cavale Blanche}}, {{Brest}}. Accueil administratif. Une femme arrive avec son fils ({{6 ans}}, bras en écharpe de fortune avec un torchon). L'agent demande la carte vitale, pas sur elle. Nom ? « [[PERSONNE:Le Roux]] ». Prénom de l'enfant : [[PERSONNE:Titouan]]. Né le ? « [[DATE_NAISSANCE:14 février 2019]] ». Création d'un IPP : [[IDENTIFIANT:46259362]]. Bracelet imprimé. Temps total : {{4 min}}. Puis direction l'{{IAO}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Saint-Brieuc}}, permanence aide facultative. Couple de retraités, lui ancien de la {{SNCF}}, elle a jamais travaillé. Facture {{EDF}} de {{640 €}}, réf client lue sur le papier : [[IDENTIFIANT:6003417825]]. L'agente, Mme [[PERSONNE:Pichon]], monte le dossier {{FSL}} énergie. Elle demande aussi pour le {{chèque énergie}} : ils l'ont jamais utilisé, il est « dans le tiroir de la cuisine depuis mars ». 😶",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, file d'attente. Conseiller en télétravail partiel, aujourd'hui sur site. Appel : une saisonnière de {{Saint-Malo}} demande si ses heures en extra comptent pour recharger ses droits. Réponse longue, je comprends pas tout : rechargement, {{910 heures}}, {{6 mois}}… Elle dit « donc c'est non ». Lui : « c'est pas non, c'est pas encore ». J'ai trouvé la phrase très belle et très cruelle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Yannick]], contrôleur {{Caf}} du {{Morbihan}} depuis {{19 ans}}. Adresse : [[ADRESSE:14 rue Jules Le Grand, 56100 Lorient]], quartier {{Bois-du-Château}}, 3e étage sans ascenseur. Allocataire Mme [[PERSONNE:Fatoumata Camara]], n° alloc [[N_ALLOCATAIRE:2566204]]. Objet : déclaration de séparation en janvier, signalement d'une « présence masculine ». Dans la salle de bain : {{1 brosse à dents}}. [[PERSONNE:Yannick]] regarde sans ouvrir les placards, il dit qu'il le fait jamais. Les enfants font leurs devoirs sur la table basse. {{40 min}}. Conclusion de son rapport : rien à signaler.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Un assuré appelle car il reçoit pas les mails d'{{ameli}}. L'agent vérifie l'adresse enregistrée : [[EMAIL:jlmorvan.56@orange.fr]], il dit « non c'est plus celle-là, c'est [[EMAIL:jeanluc.morvan56@gmail.com]] ». Modif faite en direct. Il demande ensuite son relevé d'{{IJ}}, elle le renvoie vers son compte ameli. Il soupire très fort. {{11 min}} d'appel.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne de l'accueil des urgences, {{hôpital Yves-Le-Foll}} de {{Saint-Brieuc}}. Une fille appelle pour savoir si son père est toujours là, arrivé à {{2h du matin}}. La secrétaire ne peut rien dire au tel (secret), elle explique gentiment. La fille pleure. « Venez, on vous dira ici ». {{6 appels}} de ce genre en {{1 heure}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile avec l'éducatrice du {{CHRS}}, logement diffus à {{Kercado}}, {{Vannes}}. Monsieur [[PERSONNE:Dragan]] ({{52 ans}}, arrivé de {{Serbie}} il y a longtemps) nous attend avec le café déjà prêt ☕. Appart propre, frigo à moitié vide. L'éduc vérifie le compteur, lit le numéro de PDL pour le dossier : [[IDENTIFIANT:14593287105432]]. On parle de sa demande de logement social, il est sur la liste depuis {{2021}}. Il montre une photo de sa fille à {{Novi Sad}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Lorient}}, matinée d'inscription collective, {{8 personnes}}. Le conseiller [[PERSONNE:Kevin Le Floch]] projette l'écran. Il prend un exemple fictif « [[PERSONNE:Jean Dupont]], né le [[DATE_NAISSANCE:01/01/1980]] » pour montrer les champs. Une dame de {{Kervénanec}} demande si on peut mettre deux métiers. Un jeune écrit tout dans son tél. Un monsieur dort un peu. {{1h10}} au total.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Saint-Brieuc}}. Jeune femme avec poussette, vient déclarer la naissance. Bébé [[PERSONNE:Inaya]] née le [[DATE_NAISSANCE:3 septembre]]. L'agent ([[PERSONNE:Erwan]], très doux) lui explique la {{PAJE}}, la {{prime à la naissance}} déjà versée, l'{{allocation de base}}. Elle demande s'il faut refaire le {{RIB}}. Non. Elle a l'air épuisée. Elle rit quand le bébé éternue.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}} à {{Rennes}}, côté {{Cleunay}}, {{10h}}. Un homme vient chercher son courrier (domiciliation). L'agent cherche dans le casier, lettre B : « [[PERSONNE:Bouaziz, Karim]] ? » « Oui. » {{2 lettres}} : une de la {{MSA}}, une de la {{préfecture}}. Il ouvre celle de la préfecture devant nous : récépissé de renouvellement du titre de séjour, numéro [[IDENTIFIANT:3352549700]]. Il sourit. Premier sourire de la matinée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Brest}}. La plupart des appels = rdv pour la {{domiciliation}} ou pour l'{{aide alimentaire}}. L'agente a un tableau {{Excel}} avec les créneaux, tout en couleurs. Elle me dit que depuis le {{Covid}} les gens appellent plus qu'ils viennent. {{9 appels}} en {{45 min}}, dont deux qui cherchaient la mairie.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam}} des {{Côtes-d'Armor}}, agent enquêteur assermenté. Visite à [[ADRESSE:Kerbrat, 22160 Callac]], ferme isolée, {{15 km}} de tout. Objet : vérifier la résidence pour la {{C2S}}. Mr [[PERSONNE:Loïc Guillou]] ({{61 ans}}), éleveur à la retraite anticipée… non, en invalidité. Le chien ({{Pompon}}) aboie sans arrêt. Il sort ses papiers d'une boîte de biscuits {{Traou Mad}}. Tout est là. L'enquêteur me dit après : « franchement celui-là c'était pour la forme ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{23h}}, urgences de {{Lorient}} ({{GHBS}}). Salle d'attente : {{31 personnes}} affichées sur l'écran. Un monsieur un peu ivre chante du {{Tri Yann}}, personne ne rit. L'{{IAO}} appelle « Madame [[PERSONNE:Tanguy]] ? Madame [[PERSONNE:Tanguy]] ? », personne ne répond. Elle raye sur sa liste. Le vigile me dit qu'ils partent souvent sans prévenir après {{4-5h}} d'attente.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants : la conseillère rappelle les demandeurs qui n'ont pas actualisé. Liste de {{25 noms}}. 1er : pas de réponse, messagerie « vous êtes bien chez [[PERSONNE:Samia]] et [[PERSONNE:Thomas]] ». 2e : Mr [[PERSONNE:Ouedraogo]], identifiant [[ID_FRANCE_TRAVAIL:8094898Z]], il croyait que c'était automatique. 3e : faux numéro. 4e : une dame qui dit « j'ai trouvé du travail à {{Intermarché}} » et raccroche avant qu'on la félicite.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Vannes}}, rdv de {{14h}}. Mme [[PERSONNE:Nathalie Le Bris]], séparée, vient pour l'{{ASF}}. L'agent veut le NIR pour retrouver le dossier, elle le dicte par cœur : « [[NIR:2 69 04 56 260 557 03]] ». Née à Vannes, « à la clinique qui existe plus ». Deux ados, nés en [[DATE_NAISSANCE:2008]] et [[DATE_NAISSANCE:2011]]. L'ex ne paie plus la pension depuis l'été. On parle de l'{{ARIPA}}. Elle connaissait pas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Ille-et-Vilaine}}, {{18h05}}. Femme avec {{3 enfants}}, appelle de devant la {{gare}} de {{Rennes}}. Écoutant : « votre nom madame ? » « [[PERSONNE:Kouassi]]. [[PERSONNE:Aya Kouassi]]. » « Un numéro où on peut vous rappeler ? » « [[TELEPHONE:07 39 11 25 65]] ». Pas de place ce soir en famille. Mise en attente. L'écoutant me regarde et secoue la tête. Rappel prévu à {{21h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Morlaix}}. Borne {{ameli}} en libre service, une dame âgée n'arrive pas à imprimer son attestation. Un {{service civique}} l'aide. {{3 tentatives}}. Ça sort. Elle remercie en breton je crois (« {{trugarez}} » ?). Le jeune répond « de rien » avec un grand sourire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Saint-Malo}}, agence {{France Travail}}, fin de saison. File d'attente : que des saisonniers (hôtellerie, {{thalasso}}, ferry). Un serveur de {{Dinard}} veut savoir pour l'{{ARE}}. Le conseiller ([[PERSONNE:Stéphane]]) regarde : {{4 contrats}} courts, dont un chez {{Brittany Ferries}}. Identifiant noté sur un post-it jaune : [[ID_FRANCE_TRAVAIL:7023201C]]. Le gars s'appelle [[PERSONNE:Julien Rault]], {{27 ans}}. Verdict : droits ouverts mais petit montant. « Ça ira pour l'hiver » dit-il. Pas sûr.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} de {{Fougères}}, évaluation pour l'aide ménagère. Mme [[PERSONNE:Denise Lemarchand]], {{88 ans}}, veuve, [[ADRESSE:7 impasse des Tisserands, 35300 Fougères]]. Elle nous montre les photos de son mari, ancien de la chaussure (les usines de {{Fougères}}). Elle est née le [[DATE_NAISSANCE:2 avril 1937]]… elle le dit deux fois. Le chat ({{Minou}}) dort sur le dossier. L'agente remplit la grille {{AGGIR}} au crayon.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil tel des urgences pédiatriques de {{Rennes}} ({{CHU Sud}}). Un père appelle, sa fille [[PERSONNE:Lina]] a {{39,8}} de fièvre depuis {{2 jours}}. La secrétaire le renvoie vers le {{15}}. Il dit qu'il a appelé le 15 et qu'on lui a dit d'appeler ici. Ping-pong. Elle finit par passer l'appel à l'infirmière.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} : une dame veut savoir quand tombe le {{RSA}}. Réponse : le {{5}}. Elle : « le 5 ou le 6 ? ». L'agent : « ça dépend de votre banque ». Elle : « je suis au {{Crédit Mutuel}} ». L'agent : « alors le 5 ou le 6 ». Fou rire des deux côtés. Appel le plus court de la matinée ({{1 min 40}}).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée avec la {{maraude}} du {{Samu social}} de {{Brest}}, {{Recouvrance}} puis le port. Pas vraiment un contrôle mais c'est classé comme ça dans le planning. Sous le {{pont de Recouvrance}}, « [[PERSONNE:Fanch]] » (surnom, il dit que c'est son vrai prénom, personne le croit) et son chien {{Ruskoff}}. Soupe, couverture. Il veut pas de place au foyer à cause du chien. {{20 min}} de discussion sur la pêche.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Carhaix}}, petite, {{4 conseillers}}. Un agriculteur ({{50 ans}} passés) vient s'inscrire après la vente de son exploitation. Il a jamais eu de CV de sa vie. La conseillère commence par « qu'est-ce que vous savez faire ? », il répond « tout » et c'est vrai : mécanique, compta, soudure, vêlages. Elle note tout. Très beau moment.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, changement de {{RIB}} pour les remboursements. L'assurée, Mme [[PERSONNE:Corinne Gourvès]], lit son IBAN à toute vitesse, l'agent répète chiffre par chiffre : [[IBAN:FR76 1558 9082 4428 8907 9507 816]]. Puis il dit que ça doit passer par le compte {{ameli}} ou par courrier avec le RIB joint, pas par tel. Elle : « alors pourquoi vous me l'avez fait lire ? ». Bonne question.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box {{IAO}} de {{Vannes}} ({{CHBA}}). Grille de tri {{FRENCH}}, niveaux 1 à 5. Une entorse = 4. Une douleur thoracique = 2 direct. L'infirmière me dit qu'elle fait ça depuis {{11 ans}} et qu'elle se trompe encore « mais moins ». Elle boit son café froid à {{15h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Quimper}}, épicerie sociale, inscription. Monsieur [[PERSONNE:Ahmed Chérif]] et sa femme [[PERSONNE:Leïla]]. Reste à vivre calculé à l'écran : {{4,20 €}}/jour/personne. Éligibles. Carte épicerie n° [[IDENTIFIANT:EPI-2291]]. Ils ont déménagé de {{Penhars}} à {{Kermoysan}} cet été. Elle demande s'il y a des produits halal. Oui, un peu.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Pontivy}}. Allocataire : [[PERSONNE:Jérémy Le Cam]], {{AAH}} + {{APL}}, [[ADRESSE:3 rue du Fil, 56300 Pontivy]]. La contrôleuse, [[PERSONNE:Armelle]], vérifie le bail et les quittances. Le propriétaire est son oncle. Loyer {{390 €}}. Elle demande les relevés bancaires des {{3 derniers mois}}, il les a sur son téléphone, il fait défiler. Compte lu sur l'écran : [[IBAN:FR76 1360 6751 7497 9180 1035 254]]. [[PERSONNE:Armelle]] me dit après que la parenté c'est pas interdit mais que ça fait toujours un dossier plus lourd.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Entretien tel avec une jeune en {{CEJ}}. La conseillère, [[PERSONNE:Aurore]], lui demande son mail pour envoyer une offre : « [[EMAIL:louanne.gueguen22@hotmail.fr]] », « [[PERSONNE:gueguen]] avec deux u ? » « oui, [[PERSONNE:g-u-e-g-u-e-n]] ». L'offre : employée polyvalente à l'{{Intermarché}} de {{Guingamp}}, {{24h/semaine}}. La jeune dit qu'elle a pas le permis. Silence. [[PERSONNE:Aurore]] cherche les horaires de bus en direct.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de nuit, {{19h30}}. {{12 lits}}, {{12 inscrits}}. Règlement lu à voix haute par le veilleur : pas d'alcool, pas d'animaux, douche obligatoire. Un homme demande si le chien peut rester dans la voiture. Le veilleur dit que la voiture c'est pas le foyer. Petit arrangement tacite.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission aux urgences de {{Morlaix}}. Vieille dame amenée par les pompiers, sa voisine suit. L'agente récupère la carte vitale dans le sac à main : NIR [[NIR:2 55 05 29 151 271 43]], Mme [[PERSONNE:Marie-Thérèse Quéré]]. Adresse : [[ADRESSE:12 venelle du Créou, Morlaix]]. La voisine dit « elle est née ici, elle a jamais quitté {{Morlaix}} ». Elle laisse son propre numéro au cas où : [[TELEPHONE:02 98 07 60 13]]. La voisine s'appelle [[PERSONNE:Josiane]].",
    ),
]

# Notes 036-070.
NOTES_2 = [
    (
        "caf",
        "accueil_physique",
        "Ticket {{C042}}, attente {{38 min}}. Un monsieur très poli, [[PERSONNE:Trần Minh Đức]], vient parce que son {{APL}} a été suspendue : le bailleur a signalé un impayé. Il sort une liasse de quittances. Num alloc sur le courrier : [[N_ALLOCATAIRE:7513113]]. L'agent (« appelez-moi [[PERSONNE:Momo]] ») scanne tout. « Vous inquiétez pas, ça va revenir. » Il demande « quand ? ». Pas de réponse précise.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller {{France Travail}} à {{Vitré}}, [[PERSONNE:Thierry]]. Une dame de {{44 ans}} a trouvé un poste dans une usine agroalimentaire de la zone de {{la Baratière}}, mais sa voiture est en panne. Aide à la réparation : il faut la carte grise. Immat lue par [[PERSONNE:Thierry]] : [[IMMATRICULATION:DY-935-BS]]. Devis du garage : {{870 €}}. Il remplit la demande en direct, réponse sous {{15 jours}}. Elle commence lundi. Elle rit jaune.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'infirmière de l'{{EHPAD Ker Avel}} appelle pour prévenir d'un transfert. Résident : [[PERSONNE:Lucien Bréhier]], {{91 ans}}, chute, suspicion de col du fémur. L'agente note tout sur un post-it en attendant que le logiciel ({{DxCare}}) se rafraîchisse. Ça rame. « Tous les jours c'est comme ça à {{16h}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission au {{CHRS}} de {{Saint-Brieuc}}. Jeune femme, {{19 ans}}, sortie d'{{ASE}}. Le travailleur social lit la fiche {{SIAO}} : demande n° [[IDENTIFIANT:SIAO22-2024-01873]]. Elle s'appelle [[PERSONNE:Océane]], elle dit « appelez-moi [[PERSONNE:Oce]] ». Elle a une chambre à partir de ce soir, {{chambre 14}}. Elle demande si elle peut peindre les murs. Réponse : non, mais des posters oui.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Point d'accueil {{CPAM}} de {{Loudéac}} (ouvert le {{mardi}} et le {{jeudi}} seulement). Un homme demande l'{{AME}} pour sa mère qui arrive d'{{Algérie}}… en fait non, pas possible, elle vient en visite. L'agent explique l'assurance voyage. Incompréhension longue. {{25 min}}. Il repart avec une liste de documents écrite à la main.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, appel entrant. Un monsieur veut changer de portable dans son dossier. Ancien : [[TELEPHONE:06 15 52 20 63]], nouveau : [[TELEPHONE:+33 7 09 33 21 69]]. L'agent vérifie l'identité : nom [[PERSONNE:Gaël Le Meur]], date de naissance « [[DATE_NAISSANCE:12 juin 76]] », code postal {{29200}}. OK. {{3 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Concarneau}}, dans un lotissement. Allocataire : Mme [[PERSONNE:Katell Le Naour]], {{RSA majoré}}, n° [[N_ALLOCATAIRE:9613636]]. Devant la maison, une camionnette blanche ; le contrôleur note la plaque : [[IMMATRICULATION:NK-621-LA]]. Elle dit direct : « c'est celle de mon frère, il bosse au port ». Elle nous montre le contrat d'embarquement du frère, [[PERSONNE:Ronan]]. Le contrôleur, [[PERSONNE:Marc-Antoine]] : « ok, je le mets ». Ambiance tendue au début, détendue à la fin. Elle nous propose des crêpes.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, {{9h}}. File devant le bureau des {{bons alimentaires}}. L'agente connaît tout le monde par son prénom mais ne les dit jamais fort. Elle me dit : « ici tout le monde se connaît, c'est ça le problème ». Les bons = {{30 €}} par adulte, {{15 €}} par enfant, valables chez {{Leclerc}} et {{Lidl}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Malo}}, août. Touriste allemand, coupure au pied (rochers de {{Bon-Secours}}). Pas de carte vitale évidemment, carte européenne {{CEAM}} : n° [[IDENTIFIANT:80276001230045678901]] lu à voix haute par l'agent, qui galère avec les chiffres. Nom : [[PERSONNE:Jürgen Hoffmann]]. Sa femme traduit. L'agent : « bon, Herr [[PERSONNE:Hoffmann]], asseyez-vous ». Voiture garée n'importe comment devant, plaque allemande [[IMMATRICULATION:HH-JK 4821]], le vigile va la faire bouger.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{22h}}. Appel d'un commissariat : ils ont une femme et un bébé dans le hall. L'écoutante cherche, trouve une nuitée à {{Cesson-Sévigné}} ({{hôtel Première Classe}}, {{chambre 208}}). Le policier dit qu'il les emmène. Durée de l'appel : {{14 min}}. Elle souffle. « Celle-là on l'a ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} du {{Finistère}}. Un homme : « je m'appelle [[PERSONNE:Kerdraon]], [[PERSONNE:K-E-R-D-R-A-O-N]], allocataire [[N_ALLOCATAIRE:8061386]] ». Il veut savoir pourquoi on lui réclame {{1 240 €}} d'indu. Explication : ressources de sa compagne pas déclarées. Il dit « c'est pas ma compagne, c'est ma coloc ». L'agente note qu'il va envoyer un recours, elle n'a pas le pouvoir de trancher au téléphone.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV à l'agence de {{Lorient}}. Intervenante extérieure (cabinet privé). Elle projette un CV modèle au nom de [[PERSONNE:Sophie Martin]], [[ADRESSE:10 rue de la Paix, 56100 Lorient]], [[TELEPHONE:06 28 76 73 84]], [[EMAIL:sophie.martin@email.fr]]. {{7 participants}}. Un ancien soudeur de {{Naval Group}} demande si on met l'âge. Réponse : non. Il a {{58 ans}}. Il sourit pas.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une mère appelle pour rattacher son bébé à elle et pas au père. Le bébé : [[PERSONNE:Noé]], né le [[DATE_NAISSANCE:20/05/2024]]. La mère : Mme [[PERSONNE:Pauline Hamon]], {{23 ans}}, NIR [[NIR:2 01 09 35 238 780 54]], elle est de {{Rennes}}, vit à {{Villejean}}. L'agent fait le double rattachement, c'est possible. Elle savait pas. {{6 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente des urgences de {{Quimper}} (hôpital {{Laennec}}). Télé coupée. Un distributeur {{Selecta}} en panne. Une affiche « {{Vous attendez ? Voici pourquoi}} » explique le tri. Personne la lit. Un ado joue à {{Clash Royale}} le son à fond. Une mamie lui demande de baisser. Il baisse. 🙂",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Loudéac}} pour une demande de secours d'urgence. Monsieur [[PERSONNE:Patrick Le Moal]], {{59 ans}}, [[ADRESSE:La Ville Jehan, 22600 Saint-Barnabé]]. Maison en pierre, pas de chauffage sauf un poêle. Il vit avec sa mère ({{84 ans}}). Fioul à {{1,20 €}} le litre. L'agente note tout. Il lui donne le numéro de son frère au cas où : [[TELEPHONE:02 96 48 21 16]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel, casque partagé. Lundi matin = jour des actualisations ratées. {{12 appels}} en {{1h}}, dont {{9}} pour le même problème : le site plantait samedi. Le conseiller a une phrase toute prête. Au 9e il la dit encore avec gentillesse. Respect.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Rennes}}, {{Maurepas}} (point d'accueil du {{Gros-Chêne}}). Famille afghane, le père parle un peu anglais, la fille de {{12 ans}} traduit. Demande de prestations familiales : titre de séjour du père n° [[IDENTIFIANT:3502148763]]. L'agente crée l'espace en ligne avec eux, il faut un mail : [[EMAIL:rahimi.family2023@gmail.com]]. La fille tape plus vite que l'agente. Nom de famille [[PERSONNE:Rahimi]], prénom de la fille [[PERSONNE:Mahsa]]. Elle veut devenir avocate.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Brest}}. Une dame appelle pour son mari, « [[PERSONNE:Jean-Yves Cariou]], il est arrivé ce matin », elle veut savoir s'il a mangé. Secrétaire : « je ne peux pas vous le dire, mais je peux demander au box de vous rappeler ». Elle laisse son numéro : [[TELEPHONE:zéro deux, quatre-vingt-dix-huit, quatre-vingt-seize, quatre-vingt-treize, zéro neuf]]. La secrétaire l'écrit en chiffres sur son bloc.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement diffus du {{CHRS}} à {{Lannion}}. Personne. La porte est ouverte. L'éduc appelle, pas de réponse. On attend {{10 min}} sur le palier. Il arrive en courant avec une baguette, il avait oublié. On rit. Visite en {{15 min}} : tout va bien, il a trouvé un stage chez un paysagiste.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Saint-Brieuc}}, rdv {{C2S}}. M. [[PERSONNE:Youssef El Amrani]], né au {{Maroc}} en [[DATE_NAISSANCE:mai 84]], arrivé en {{2016}}. L'agente, [[PERSONNE:Morgane]], lit le NIR sans espaces, d'un trait : [[NIR:184059935091067]]. Il a encore une ancienne mutuelle ({{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:HM0457712]]) qu'il faut résilier avant. [[PERSONNE:Morgane]] fait la lettre avec lui. Il signe en appuyant fort.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Guingamp}}. Conseillère chargée des entreprises. Un patron du {{BTP}} vient recruter, il veut « des jeunes motivés ». Elle lui présente la {{POEI}}, il connaît pas. Il laisse sa carte : [[PERSONNE:Anthony Le Borgne]], {{Le Borgne Terrassement}}, [[TELEPHONE:06 53 10 25 89]]. {{3 postes}} ouverts à {{Bourbriac}}. Elle me dit après : « des jeunes motivés, j'en ai, mais ils ont pas de voiture ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Lorient}}. Une dame signale sa voisine âgée qui ne sort plus. Elle donne l'adresse : [[ADRESSE:21 rue Paul Guieysse, 56100 Lorient]], et le nom : Mme [[PERSONNE:Le Hénaff]]. L'agente dit qu'elle transmet au service seniors, passage dans la semaine. La dame insiste : « aujourd'hui ». L'agente : « je vais voir ». Elle raccroche et appelle direct sa collègue.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Casque, {{Caf}}. Un étudiant demande l'{{APL}} pour une chambre {{Crous}} près de {{Rennes 2}}. L'agent explique la simulation sur {{caf.fr}}. L'étudiant : « j'ai fait la simulation, ça dit {{0 €}} ». L'agent refait : 0 € aussi. Bourse + revenus des parents. Silence gêné.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Lannion}}. Un agriculteur arrive seul, la main dans un torchon (accident avec l'enrubanneuse). Il s'est garé sur la place des ambulances, en tracteur ! Le vigile note l'immat du tracteur pour l'accueil : [[IMMATRICULATION:BK-352-DS]]. L'agente : « Monsieur ? votre nom ? » « [[PERSONNE:Le Gac, Yves]] ». Il demande s'il pourra repartir pour la traite de {{18h}}. L'infirmière lève les yeux au ciel.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Brest}}. Petit-déj de {{8h}} à {{10h}}. Un homme de {{Pontanézen}} dort dans sa voiture depuis la séparation. L'intervenant social lui fait remplir la demande {{SIAO}}. Il donne son nom : [[PERSONNE:Christophe Kervella]]. Sa voiture : une {{Clio}} grise, plaque [[IMMATRICULATION:VG-559-LC]] (notée parce que la mairie tolère le stationnement de nuit sur liste). Il a un boulot, intérimaire au port. « Je suis pas un {{SDF}}, je suis un gars qui dort dans sa voiture ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} (service des {{IJ}}), visite d'un assuré en arrêt maladie à {{Vitré}}. Mr [[PERSONNE:Sébastien Piel]], [[ADRESSE:5 allée des Bouvreuils, 35500 Vitré]]. Il est là, en pyjama, dos bloqué. Sorties autorisées de {{10h}} à {{12h}} et de {{16h}} à {{18h}}, on est à {{14h30}}. RAS. L'agent s'excuse presque. Il nous montre son certificat quand même.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Quimper}}. Rdv de suivi, Mme [[PERSONNE:Soazig Riou]]. Identifiant dicté : « [[ID_FRANCE_TRAVAIL:3030474 P]] ». Elle a postulé {{11 fois}} ce mois-ci, tout est noté dans un carnet à spirale. Vendeuse, {{52 ans}}. Le conseiller ([[PERSONNE:Benoît]]) lui propose une {{PMSMP}} chez {{Armor Lux}}. Elle : « Armor Lux ? c'est à côté de chez moi ». Elle est contente.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} à {{Lannion}}. Écran dans la salle : « Faites vos démarches sur {{caf.fr}} ». {{6 personnes}} attendent pour faire leurs démarches sur caf.fr avec un agent. L'ironie m'amuse, l'agente moins. Elle dit que la moitié n'ont pas d'ordi, l'autre moitié pas de forfait.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Redon}}, domiciliation. Un voyageur de {{34 ans}} vit sur l'[[ADRESSE:aire d'accueil de Redon, place 12]] mais veut une domiciliation au CCAS quand même, pour le courrier. Nom : [[PERSONNE:Steeve Winterstein]]. {{4 enfants}}. L'agente remplit le {{Cerfa 15548}}. Il lit tout avant de signer, ligne par ligne. Je m'attendais à autre chose, honte à moi.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne des urgences de {{Pontivy}} (site de {{Kério}}). Les ambulanciers privés appellent pour annoncer. « On a un monsieur de {{80 ans}}, AEG » (altération de l'état général, j'ai dû demander). L'agente me dit que l'{{AEG}} c'est le diagnostic de ceux qu'on sait pas où mettre.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Morbihan}}. Un homme appelle pour la {{3e fois}} de la soirée. L'écoutant le reconnaît à la voix : « [[PERSONNE:Dédé]] ? » « Ouais ». Pas de place à {{Vannes}}, une à {{Pontivy}}, il a pas de moyen d'y aller. Finalement [[PERSONNE:Dédé]] dit qu'il reste dans le hall de la {{gare}}. L'écoutant note « refus d'orientation ». Il me dit : « c'est pas un refus, c'est un bus qui existe pas ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour de contrôle, dans la voiture de service. Le contrôleur m'explique sa méthode : jamais ouvrir un placard, toujours demander, regarder les boîtes aux lettres, compter les brosses à dents « c'est un cliché mais ça marche ». {{3 contrôles}} ce matin, deux conformes, un où personne n'ouvrait. Il a laissé un avis de passage. Il fait ce métier depuis {{2004}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller donne son mail pro à un demandeur qui doit envoyer ses fiches de paie : « [[EMAIL:yann.guillerm [at] francetravail.fr]] ». Le demandeur répète « [[PERSONNE:guillerme]] avec un e ? » « non, sans e ». Le demandeur : [[PERSONNE:Ousmane Ba]], identifiant [[ID_FRANCE_TRAVAIL:8662277A]]. Il a un entretien demain à la {{Brioche Dorée}} du centre commercial.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Brest}}. Une jeune femme enceinte, sa déclaration de grossesse n'est pas arrivée. Elle s'appelle [[PERSONNE:Mélissa]], {{24 ans}}, née en [[DATE_NAISSANCE:2001]]. L'agent regarde : la sage-femme a envoyé à l'ancienne adresse. Nouvelle adresse saisie : [[ADRESSE:38 rue de Kerourien, Brest]]. Elle demande combien de rdv sont remboursés. Réponse : tout à 100 % à partir du {{6e mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Pension de famille adossée au {{CHRS}}. Salle commune, {{loto}} du jeudi à {{14h}}. L'animatrice tire les numéros. « {{22}}, les deux petits canards ! ». Les résidents crient. Un monsieur gagne un paquet de café. Je note : aucune conversation sur les démarches pendant {{1h}}. Ça fait du bien à tout le monde, moi compris.",
    ),
]

# Notes 071-105.
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Finistère}}, antenne de {{Brest}}. Mme [[PERSONNE:Awa Diop]] vient changer de banque, elle est passée à la {{Banque Postale}}. Elle tend le RIB, l'agent recopie à voix basse : [[IBAN:FR76 2004 1540 9890 9673 3975 032]]. Num alloc : [[N_ALLOCATAIRE:8941308]]. L'agent explique que le prochain versement risque d'aller encore sur l'ancien compte. Elle : « il est clôturé ». Petite panique. Il appelle le back-office, « ça devrait passer ». Devrait.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}. Un jeune papa n'arrive pas à se connecter. L'agent relit l'identifiant de connexion, son mail : « [[EMAIL:k.lebihan(at)laposte.net]] ». Mot de passe réinitialisé {{4 fois}} cette semaine. L'agent lui conseille de le noter « quelque part de sûr ». Le papa : « sur le frigo ? ». Rires.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} de {{Rennes}}, accueil de {{Bréquigny}}. Mme [[PERSONNE:Sabrina Le Guennec]], {{41 ans}}, originaire de {{Guingamp}}, demande la {{Complémentaire santé solidaire}}. L'agent tape le NIR qu'elle lit sur sa carte vitale : [[NIR:2 84 08 22 070 020 85]]. Plafond dépassé de {{37 €}} par an. 37 €. Elle rigole nerveusement. L'agent lui parle de la version avec participation, quelques euros par mois. Elle dit qu'elle va réfléchir, ce qui veut dire non.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Serveur vocal : « pour un arrêt de travail, tapez 1 ». L'agent me fait écouter {{7 minutes}} de musique d'attente côté assuré avant de prendre un vrai appel. « Voilà ce qu'ils vivent. » Puis appel réel : une dame qui veut juste une attestation. {{45 secondes}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Kowalczyk]] (il épelle : [[PERSONNE:K O W A L C Z Y K]]) appelle pour des lunettes pas remboursées. Né en [[DATE_NAISSANCE:1958]], retraité de {{Citroën}} à {{La Janais}}. L'agent voit que l'opticien a télétransmis mais que la mutuelle ({{MGEN}}) bloque. Renvoi vers la mutuelle. « Toujours la faute de l'autre » dit-il. Il a pas tort.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} à {{Saint-Malo}}, quartier de {{la Découverte}}. Vérification de résidence pour un dossier {{AME}}. Mme [[PERSONNE:Esther Mbala]], hébergée chez sa cousine, [[ADRESSE:4 rue Georges Bizet, appt 32, 35400 Saint-Malo]]. La cousine, [[PERSONNE:Grâce]], ouvre en premier. Passeport présenté : n° [[IDENTIFIANT:OA0461932]]. L'agente vérifie juste qu'il y a ses affaires, sac, brosse à dents… {{12 min}}. « C'est bon, madame. » [[PERSONNE:Grâce]] répond à sa place « merci ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vannes}}, permanence à la maison de quartier de {{Ménimur}}. Une dame avec un caddie de marché veut un tarif réduit pour la cantine de ses enfants. L'agente regarde le {{quotient familial}} : {{412}}. Tarif cantine à {{0,90 €}}. Elle savait pas que ça existait. Elle répète « 90 centimes » {{3 fois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} de {{Saint-Brieuc}}. Un jeune homme, [[PERSONNE:Bilal]], {{20 ans}}, à la rue depuis ses {{18 ans}}. L'agente demande sa date de naissance pour l'attestation : [[DATE_NAISSANCE:27/03/2005]]. Il a un compte {{Insta}} pour revendre des baskets, il me le montre fièrement : [[IDENTIFIANT:@bilal.sneakz22]]. Attestation prête en {{10 min}}. Il la prend en photo.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Morlaix}}. Une fille appelle pour sa mère, Mme [[PERSONNE:Yvonne Le Saout]], qui a reçu une lettre de la {{CARSAT}}. Elle lit le numéro de dossier à l'agente : [[IDENTIFIANT:RET-2024-0587714]]. L'agente dit que c'est pas le CCAS, mais elle prend le temps d'expliquer l'{{ASPA}}. {{13 min}}. Pas vraiment son job mais qui d'autre ?",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Concarneau}}, dossier de {{téléassistance}}. Mr et Mme [[PERSONNE:Jaouen]], {{82}} et {{79 ans}}, [[ADRESSE:2 chemin de Kerandon, 29900 Concarneau]]. Lui était marin-pêcheur, elle travaillait à la {{conserverie}}. Elle dit « on sentait le thon de {{6h}} à {{18h}} ». Ils veulent pas « le bracelet », ils veulent « le collier ». On explique que c'est pareil. Ils rigolent. Leur fils [[PERSONNE:Hervé]] appelle pendant la visite, sur haut-parleur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Rennes}} ({{Pontchaillou}}), {{3h du matin}}. Un étudiant ramené par ses potes après la {{rue Saint-Michel}}. L'agente demande le nom, les potes répondent en chœur « [[PERSONNE:Baptiste]] ! ». Nom de famille ? Personne ne sait. Le gars marmonne « [[PERSONNE:Lefebvre]] ». Carte étudiante dans la poche : n° [[IDENTIFIANT:22104587]]. Bracelet. Les potes repartent. L'agente : « jeudi soir, classique ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Lannion}}, {{13h}}. Un homme de {{45 ans}}, coupure à la scie circulaire. Carte vitale lue, l'écran affiche [[NIR:1 80 06 22 113 214 76]], [[PERSONNE:Frédéric Le Bars]], [[ADRESSE:9 hent Kerbrug, 22300 Ploubezre]]. L'agente vérifie : « toujours à {{Ploubezre}} ? » « oui, né à Lannion, jamais parti plus loin ». Il tient sa main en l'air comme on lui a dit. Il s'excuse de saigner sur le comptoir.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Vannes}}, téléphone. Une femme appelle : son fils de {{16 ans}} a été amené par les pompiers depuis le lycée. Elle donne le nom : [[PERSONNE:Enzo Jégo]]. La secrétaire confirme juste « il est bien arrivé, vous pouvez venir ». La mère raccroche sans dire au revoir. La secrétaire : « normal ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Quimper}}, entretien hebdo. Résidente : [[PERSONNE:Aïcha Benmoussa]], {{38 ans}}, avec ses {{2 enfants}}. Elle veut ouvrir un compte à la {{Banque Postale}}, le CHRS l'aide. Titre de séjour n° [[IDENTIFIANT:2938803417]]. La référente, [[PERSONNE:Gaëlle]], remplit avec elle. Elles parlent aussi du collège de la grande, [[PERSONNE:Nour]], {{12 ans}}, déléguée de classe. Fierté.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, {{11h}}. Réunion d'équipe à laquelle j'assiste, {{7 professionnels}}. On parle des situations sans nommer personne : « la dame de la {{chambre 3}} », « le monsieur du fond ». La cheffe de service me dit que c'est pour moi. Je me sens un peu de trop.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Côtes-d'Armor}}, {{20h10}}. Une femme enceinte de {{7 mois}}, [[PERSONNE:Mariam Diakité]], appelle d'un portable prêté : [[TELEPHONE:07 67 47 67 82]]. L'écoutante demande sa date de naissance : « [[DATE_NAISSANCE:le dix-huit novembre deux mille trois]] ». {{21 ans}}. Place trouvée au {{CHRS}} de {{Saint-Brieuc}}, chambre mère-enfant. L'écoutante raccroche et dit juste « ouf ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, silence. Aucun appel entre {{23h12}} et {{23h40}}. L'écoutant fait ses mots croisés. Il dit que c'est là que ça devient dur, quand ça sonne pas, on s'imagine des trucs.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Appel d'une assistante sociale de l'hôpital de {{Guingamp}} : sortie d'hospitalisation d'un monsieur sans domicile, M. [[PERSONNE:Roger Le Calvez]], {{67 ans}}, en fauteuil. Elle laisse sa ligne directe pour le retour : [[TELEPHONE:02 96 44 71 58]], poste {{4412}}. Pas de place adaptée ce soir. L'écoutante promet un rappel avant {{17h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement partagé du {{CHRS}}, {{Rennes}}, {{Villejean}}. Deux jeunes hommes, un {{Soudanais}} et un {{Érythréen}}. [[PERSONNE:Abdelrahman]] fait le thé. [[PERSONNE:Yonas]] montre son attestation de formation ({{AFPA}}, soudure). Sur le frigo, une note : « ne pas manger le fromage de [[PERSONNE:Yonas]] » 😂. L'éduc vérifie les détecteurs de fumée. Tout OK.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} de {{Morlaix}}. Mme [[PERSONNE:Nolwenn Guéguen]] vient parce qu'elle a reçu un avis de radiation. Identifiant : [[ID_FRANCE_TRAVAIL:7936654F]]. Elle n'a jamais reçu la convocation, envoyée à l'ancienne adresse. Nouvelle adresse : [[ADRESSE:lieu-dit Penanvern, 29410 Pleyber-Christ]]. Le conseiller annule la radiation. Elle a les larmes aux yeux. Moi aussi un peu.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{France Travail}}, borne à l'entrée. Un jeune refuse de prendre un ticket, il veut parler « à quelqu'un de vrai ». L'agente d'accueil lui dit qu'elle est quelqu'un de vrai. Il rit. Ticket {{A017}}. {{5 min}} plus tard il est reçu.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv d'inscription. La conseillère, [[PERSONNE:Hélène Marzin]], déroule le diagnostic. Demandeur : [[PERSONNE:Kofi Mensah]], né le [[DATE_NAISSANCE:04/07/1991]] à {{Accra}}, diplôme d'ingénieur du {{Ghana}} non reconnu. Il veut bosser dans l'électronique. Elle l'oriente vers {{ENIC-NARIC}} pour la reconnaissance du diplôme. Il connaît, il a fait la demande il y a {{8 mois}}. Pas de réponse. Elle note « relancer ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} de {{Fougères}}. Un monsieur de {{57 ans}}, licencié de l'abattoir ({{plan social}}). Mise à jour du profil. Tél : [[TELEPHONE:06 71 45 27 41]]. Mail : il en a pas, la conseillère en crée un avec lui : [[EMAIL:marcel.rouxel35@gmail.com]]. Il demande « et je regarde ça où ? ». Elle lui montre sur son portable. Il prend des notes au dos d'un ticket de caisse.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : une femme veut savoir si son {{ARE}} sera versée ce mois-ci malgré la formation. Elle donne son identifiant, « [[ID_FRANCE_TRAVAIL:4224729E]] », et son nom, [[PERSONNE:Marie-Pierre Le Dantec]]. Le conseiller vérifie : elle est passée en {{AREF}}. Même montant. Elle : « alors pourquoi j'ai reçu un courrier ? ». Lui : « pour vous dire que ça change pas ». Absurde et vrai.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Double écoute. Je compte les sigles dans un seul appel : {{ARE}}, {{ASS}}, {{PPAE}}, {{CEJ}}, {{AIF}}, {{CPF}}. {{6 sigles}} en {{4 minutes}}. La personne au bout du fil dit « d'accord » à chaque fois. Je suis sûr qu'elle a rien compris. Moi non plus.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle un employeur pour une offre qui traîne : une conserverie de sardines à {{Douarnenez}}. Le DRH, M. [[PERSONNE:Quiniou]], dit qu'ils cherchent {{12 saisonniers}} pour la campagne. Le conseiller relit l'offre n° {{185QWLM}} à voix haute pour vérifier les horaires : {{5h}}-{{13h}}. « Ça fait peur aux jeunes » dit [[PERSONNE:Quiniou]]. Le conseiller : « ça fait peur à tout le monde ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, accueil sans rdv à {{Saint-Malo}}. Une dame demande une attestation de paiement pour son bailleur ({{Emeraude Habitation}}). L'agent imprime. Num alloc à l'écran : [[N_ALLOCATAIRE:7969229]], nom [[PERSONNE:Lemonnier]]. Durée de l'échange : {{3 min}}. Elle avait attendu {{52 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Rdv {{Caf}} à {{Brest}}. Un couple attend un bébé, elle française, lui ukrainien. Elle : [[PERSONNE:Camille Le Saux]] ; lui : [[PERSONNE:Oleksandr Kovalenko]]. Elle épelle pour lui : « [[PERSONNE:K.O.V.A.L.E.N.K.O]] ». Il parle très peu, il travaille aux chantiers du port. L'agent demande s'ils sont mariés, pacsés. Ils se regardent. « Pas encore. » Mignon.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}. Une grand-mère élève ses petits-enfants depuis le décès de sa fille. Elle ne sait pas si elle a droit à l'{{ASF}}. Elle donne tout d'un coup : son nom, [[PERSONNE:Marie-Annick Thépaut]], son adresse, [[ADRESSE:15 route de Brest, 29260 Lesneven]], les années de naissance des petits, [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2018]]. L'agente la laisse parler. {{19 min}}. Réponse : oui, droit à l'ASF. La dame pleure doucement.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Quimper}}, {{Kermoysan}}. Contrôle des ressources d'un allocataire {{RSA}} qui vend des trucs sur {{Leboncoin}}. M. [[PERSONNE:Dylan Cornec]], {{29 ans}}. Son pseudo leboncoin : [[IDENTIFIANT:dylan29brico]]. Il explique qu'il vide la maison de sa grand-mère. La contrôleuse note : {{1 400 €}} en {{3 mois}}. Ça compte comme ressources ? Ça dépend. Elle prend des captures des annonces. Il fume à la fenêtre, stressé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} de {{Lorient}}. Un marin-pêcheur se trompe de guichet : les marins, c'est l'{{ENIM}}. Il dit que c'est pour sa femme en fait, elle c'est bien la CPAM. Procuration ? Non. L'agent fait une exception pour une simple attestation, au nom de Mme [[PERSONNE:Brigitte Le Pennec]]. Il la plie en quatre et la range dans son ciré.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Saint-Brieuc}}. Carte vitale perdue. Une jeune femme, [[PERSONNE:Laurine]], {{22 ans}}, née à {{Saint-Malo}}. L'agent lit le NIR à l'écran : [[NIR:2 02 11 35 288 066 27]]. Commande de nouvelle carte, photo à envoyer sur le compte {{ameli}}. En attendant : attestation papier. Elle me demande si je suis stagiaire. Je dis oui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Couloir des urgences de {{Saint-Brieuc}}, {{14 brancards}} alignés. Une aide-soignante passe avec les plateaux-repas. Le monsieur du {{brancard 9}} demande du sel. Non. Il dit « alors je mange pas ». Il mange.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Lannion}}, standard. Un homme a reçu un commandement de payer d'un commissaire de justice, référence [[IDENTIFIANT:2024/0815-GL]]. L'agente lui dit de venir avec le papier. Il donne son nom, [[PERSONNE:Ludovic Prigent]], et son portable, [[TELEPHONE:06 19 37 10 24]]. RDV demain {{10h30}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Redon}}. Atelier recrutement pour les vendanges dans le {{Muscadet}}. {{15 personnes}}. L'animatrice, [[PERSONNE:Fatima-Zahra]], explique l'hébergement, le transport. Un monsieur demande « ils ont du vin à midi ? ». Fou rire général, [[PERSONNE:Fatima-Zahra]] comprise.",
    ),
]

# Notes 106-140.
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}, rdv de {{10h40}}. M. [[PERSONNE:Paulo Rodrigues]], maçon, vient signaler que sa femme est repartie au {{Portugal}} avec les enfants pour {{3 mois}}. L'agente explique que les {{allocations familiales}} seront suspendues. Il veut mettre son compte à lui à la place du compte joint : RIB [[IBAN:FR7630004037092227627309321]]. Il l'a sur un papier plié dans son portefeuille, taché de plâtre.",
    ),
    (
        "caf",
        "accueil_physique",
        "Salle d'attente {{Caf}}. Je compte : {{11 adultes}}, {{4 enfants}}, {{2 poussettes}}, {{1 chien}} (interdit, personne ne dit rien). Une fillette dessine au dos d'un formulaire. Un monsieur regarde le plafond depuis {{20 minutes}}. L'écran appelle {{B118}}. Personne. {{B119}}. Une dame se lève.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Lorient}}. Une jeune femme vient pour sa première demande de {{RSA}}, {{25 ans}} pile. Née le [[DATE_NAISSANCE:11 octobre 2000]], « j'ai eu 25 ans la semaine dernière, c'est pour ça ». L'agent sourit. Elle s'appelle [[PERSONNE:Maëlys Le Goff]]. L'été elle bosse à {{Quiberon}} dans une crêperie, l'hiver rien. Numéro allocataire créé : [[N_ALLOCATAIRE:2326980]]. Elle l'écrit sur sa main.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel sortant {{Caf}} : l'agente rappelle un allocataire pour une pièce manquante. Messagerie : « Bonjour, vous êtes bien chez [[PERSONNE:Jean-Baptiste]] et [[PERSONNE:Soizic]], laissez un message après le bip 🎵 ». Message laissé. Sur la fiche : [[N_ALLOCATAIRE:4846450]], portable [[TELEPHONE:06 40 43 65 69]]. Elle passe au suivant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}, {{14h05}}. Un homme très en colère : « ça fait {{3 mois}} que j'attends ». L'agent ne dit rien pendant {{2 minutes}}, il laisse passer l'orage. Puis : « je regarde avec vous ». Le dossier est complet depuis hier. Paiement le {{5}}. L'homme dit « ah bon ». Puis merci. L'agent retire son casque et souffle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Guingamp}}. Objet : résidence effective (suspicion de départ à l'étranger). Allocataire : Mme [[PERSONNE:Zeynep Yıldız]], [[ADRESSE:6 rue de la Trinité, 22200 Guingamp]]. Elle est là. Elle montre ses relevés : compte [[IBAN:FR76 1600 6124 8189 5754 7792 704]], des achats en ville presque tous les jours. Voiture garée en bas : [[IMMATRICULATION:SM-031-DP]]. Le contrôleur ([[PERSONNE:Pascal]]) : dossier clos. Elle avait fait du thé, on n'a pas pu refuser.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Saint-Brieuc}}, quartier {{Balzac}}. Personne. Sur la boîte aux lettres : « [[PERSONNE:TOURÉ]] / [[PERSONNE:LE DIRAISON]] » écrit au feutre. Le contrôleur prend en photo. {{2e passage}}. Il laisse un avis. Il me dit que deux noms sur une boîte ne prouvent rien, « parfois c'est l'ancien locataire ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, rdv pour une mutation. Mme [[PERSONNE:Kadiatou Sissoko]] arrive de {{Seine-Saint-Denis}} pour un poste d'aide-soignante à l'hôpital. Son dossier est encore à la {{CPAM 93}}. NIR lu sur l'attestation : [[NIR:290069306649608]]. Née à {{Saint-Denis}} en [[DATE_NAISSANCE:juin 1990]]. Mutation lancée, délai {{2 à 3 semaines}}. Elle : « et mes remboursements pendant ce temps ? ». Pas perdus, juste retardés.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Quimper}}. Un monsieur de {{74 ans}} veut « supprimer internet » : il a reçu le courrier {{Mon espace santé}} et il a peur. L'agente explique qu'il peut s'opposer à la création. Il veut. Elle fait la démarche avec lui. Il repart rassuré. En partant : « vous direz à {{Macron}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une assurée en arrêt depuis {{2 mois}}, [[PERSONNE:Sylvie Corre]]. Ses {{IJ}} partent sur un compte fermé. L'agent lui dit d'envoyer le nouveau RIB par la messagerie {{ameli}}. Elle le lit quand même, pour être sûre : « [[IBAN:FR76 1444 5702 6075 5983 4032 175]] ». L'agent : « je ne peux pas le saisir, madame ». Elle : « mais vous l'avez entendu ». Logique imparable.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, appel d'un pharmacien de {{Plouzané}} pour un patient dont la carte vitale ne passe pas. Le patient : M. [[PERSONNE:Goulven Abgrall]], {{63 ans}}, né à {{Saint-Brieuc}}. Le pharmacien lit le NIR : [[NIR:1 62 11 22 278 297 79]]. L'agent voit : droits fermés depuis le changement de caisse (il vient des {{Côtes-d'Armor}}). Réouverture. Le pharmacien : « merci, il attendait devant moi le chapeau à la main ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée de l'agent enquêteur de la {{Cpam}}, {{4 visites}} prévues. Deux absents (dont un qui avait le droit de sortir à cette heure-là), un déménagé sans laisser d'adresse, un présent. L'agent : « mon métier c'est surtout de sonner ». {{47 000 km}} au compteur de la {{Clio}} de service.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, rdv d'aide facultative pour une facture d'eau. M. [[PERSONNE:Lamine Ndiaye]], {{3 enfants}}. Facture {{Veolia}}, réf client [[IDENTIFIANT:VE-9027381146]]. L'agente calcule : dette de {{380 €}}. Aide accordée : {{150 €}}, versée directement au fournisseur. Il préfère. Il dit « comme ça je touche pas ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Brest}}, {{8h45}}. Déjà la file. Une dame distribue des tickets en papier découpés à la main, numérotés de 1 à {{30}}. Le 31e repartira. Elle me dit « avant y avait pas de limite, mais on finissait à {{19h}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lorient}}, antenne de {{Kervénanec}}. Une dame vient pour une aide à l'énergie : depuis le {{Linky}}, facture triplée. Facture {{TotalEnergies}}, réf client [[IDENTIFIANT:1084 5592 017]]. L'agent ([[PERSONNE:Mickaël]]) lui montre comment lire les index. Elle s'appelle [[PERSONNE:Danièle Robic]], {{69 ans}}. Elle met ses lunettes, les enlève, les remet.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}}, standard. Un fils appelle de {{Marseille}} pour sa mère qui vit seule à {{Vitré}} : « elle décroche plus ». Nom : Mme [[PERSONNE:Odile Besnard]], [[ADRESSE:17 rue Notre-Dame, 35500 Vitré]]. Il laisse son numéro : [[TELEPHONE:+33 6 35 94 41 09]]. L'agente appelle la police municipale pour un passage. {{40 min}} plus tard : la dame était chez le coiffeur. Le fils rappelle pour s'excuser.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} : un monsieur veut savoir si le CCAS « donne des sous pour les obsèques ». Sa femme est décédée hier. L'agente parle doucement, explique la prise en charge partielle, le capital décès de la {{Cpam}}. Il demande « et je fais quoi maintenant ». Rdv demain {{9h}}. Il dit merci {{5 fois}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Quimper}}, demande d'{{aide ménagère}}. M. [[PERSONNE:Alphonse Le Berre]], {{90 ans}}, ancien douanier, [[ADRESSE:22 allée de Kerlagad, 29000 Quimper]]. Il nous dit qu'il est né le [[DATE_NAISSANCE:14 juillet 1935]], « comme la fête nationale ». Très fier de sa date. La maison est nickel. Il veut quelqu'un pour les carreaux seulement. L'agente note « autonomie bonne ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} à {{Douarnenez}}, secours pour impayé de loyer. Mme [[PERSONNE:Rose Kerhervé]], {{47 ans}}, aide à domicile. Le bailleur est un particulier. Elle donne le RIB du propriétaire pour que l'aide lui soit versée directement : [[IBAN:FR76 1027 8164 2522 8319 4419 379]], au nom de M. [[PERSONNE:Le Moigne]]. Jardin plein de {{roses}}, elle dit que c'est à cause de son prénom.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Malo}}, hiver. Un monsieur de {{Dinan}} amené par sa fille. [[PERSONNE:Raymond]], {{86 ans}}. La fille, [[PERSONNE:Christine Lebreton]], tend l'ordonnance, la liste des médicaments, tout dans une pochette plastique bien rangée. L'agente : « si tout le monde faisait comme vous ». La fille : « j'étais secrétaire médicale, je connais ». 😅",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Brest}}, {{Cavale Blanche}}. Un marin de la {{Marine nationale}}, en tenue, amené par un collègue : entorse du genou à bord. Le collègue donne son nom : « [[PERSONNE:Le Dû]], matelot [[PERSONNE:Le Dû]] ». Les militaires, c'est la {{CNMSS}} ; l'agente connaît bien, Brest oblige. Numéro de sécu : [[NIR:1 95 07 56 121 587 57]] (né à {{Lorient}}, {{30 ans}}).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{17h}}. Relève des équipes. Transmissions au comptoir, à voix basse, {{12 minutes}}. Je n'entends que des numéros de box : « le 4 sort, le 7 on attend le scanner, le 11 c'est la dame qui chante ». Personne n'a dit un seul nom. C'est voulu ?",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Quimper}}. Un homme appelle pour récupérer le portable de sa femme, oublié hier. « C'est un {{Samsung}} rose avec une coque {{Hello Kitty}}. » La secrétaire le trouve : étiquette « [[PERSONNE:Jacqueline Nédélec]] ». Il viendra le chercher à {{18h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Lorient}}. Réunion des résidents. Ordre du jour : les machines à laver. {{3 machines}} pour {{28 personnes}}. [[PERSONNE:Mohamed]] propose un planning. [[PERSONNE:Jocelyne]] dit que le planning c'est pas le problème, c'est les chaussettes qu'on laisse dedans. Vote à main levée. Planning adopté. Démocratie.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}}, {{20h}}. Retour des résidents. Le veilleur salue chacun ; il devine les humeurs à la façon de pousser la porte. Il me dit : « lui ça va, lui non, elle je sais pas ». Il sait.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Finistère}}. Une jeune fille de {{18 ans}} mise dehors par sa famille. Elle donne son nom à voix basse : [[PERSONNE:Lilou Morvan]]. Née le [[DATE_NAISSANCE:2 février 2007]]. Elle est dans un {{McDo}} de {{Brest}}. L'écoutante trouve une place au {{FJT}}. Elle lui dit de ne pas quitter le McDo, quelqu'un vient. {{25 min}} d'appel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un monsieur donne son identifiant {{SI-SIAO}}, il le connaît par cœur : [[IDENTIFIANT:29-0174512]]. [[PERSONNE:Patrice]], {{59 ans}}, appelle tous les soirs depuis {{2 ans}}. L'écoutant : « bonsoir [[PERSONNE:Patrice]] ». Pas de place. « À demain [[PERSONNE:Patrice]]. » Routine, mais la voix de l'écoutant est chaude.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement du {{CHRS}}, {{Saint-Brieuc}}. Famille [[PERSONNE:Hakobyan]], arrivée d'{{Arménie}}, {{5 personnes}} dans un T3. Le père, [[PERSONNE:Armen]], montre une fuite sous l'évier. L'éduc prend une photo pour le bailleur. Les enfants font leurs devoirs. La petite me demande si je suis « la dame des impôts ». Non. Elle a l'air déçue.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un studio du {{CHRS}} à {{Morlaix}}. M. [[PERSONNE:Serge Le Roy]], sorti de prison il y a {{4 mois}}. Une convocation du {{SPIP}} sur la table, dossier n° [[IDENTIFIANT:SPIP29-2025-0342]]. Il veut qu'on la lise avec lui. L'éduc lit. Rdv mardi. Il dit « j'irai ». Il a installé un aquarium, avec un poisson rouge qui s'appelle {{Jacques}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv {{France Travail}}, {{Vannes}}. Un jeune en {{CEJ}}, [[PERSONNE:Kylian]], {{19 ans}}, a raté {{2 rdv}}. Il explique : scooter en panne. La conseillère lui propose l'aide à la mobilité, il faut un devis. Il sort son tél, le garagiste le lui a envoyé par texto. Plaque du scooter sur le devis : [[IMMATRICULATION:WQ-062-PE]]. {{214 €}}. Ça passe.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription {{France Travail}} à {{Saint-Brieuc}}. Demandeur : [[PERSONNE:Arnaud Le Guern]], {{35 ans}}, ex-cariste à l'entrepôt {{Lidl}}. La conseillère vérifie les coordonnées bancaires pour l'{{ARE}} : [[IBAN:FR76 1290 6894 1507 8109 5775 918]]. Identifiant généré : [[ID_FRANCE_TRAVAIL:8057265F]]. Il demande s'il peut partir en vacances. Oui, en le déclarant. « Même {{3 jours}} à {{Erquy}} ? » « Même 3 jours à Erquy. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}}, espace numérique en libre accès. {{6 ordis}}, dont deux en panne. Un {{service civique}} aide une dame à scanner sa carte d'identité avec son téléphone. Elle le tient à l'envers. Ils rient. Deuxième essai OK.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{France Travail}}. Appel de [[PERSONNE:Tomasz Wiśniewski]], polonais, intérimaire à l'abattoir de {{Lamballe}} ({{Cooperl}}). Identifiant [[ID_FRANCE_TRAVAIL:7365617J]]. Il veut savoir si ses heures d'intérim sont bien remontées. Oui. Il parle un mélange d'anglais, de polonais et de français, le conseiller répond lentement, très clairement. Ça marche.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : une jeune mère demande à décaler son rdv, la crèche de {{Kerfeunteun}} est fermée (grève). Le conseiller décale. Elle donne son mail pour la nouvelle convocation : [[EMAIL:elodie.tanguy29@yahoo.fr]]. Jeudi {{14h15}}. {{2 min}}. Efficace.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un homme veut parler à « son » conseiller, M. [[PERSONNE:Jaffré]]. Impossible, c'est une plateforme. Il insiste : « [[PERSONNE:Jaffré]], le grand avec la barbe ». L'agent prend un message. Il donne son identifiant en détachant : « [[ID_FRANCE_TRAVAIL:1 2 6 1 8 1 9 B]], B comme {{Bretagne}} ».",
    ),
]

# Notes 141-175.
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Rdv {{Caf}} pour un changement de situation. Mme [[PERSONNE:Laetitia Santoni]], corse, installée à {{Rennes}} depuis {{2010}}. L'agente vérifie l'identité, NIR : [[NIR:2 78 01 2A 004 136 78]]. « {{2A}} ? » demande le stagiaire. « {{Corse-du-Sud}} » répond l'agente. Elle se sépare, garde alternée. Garde alternée = partage des allocs. Elle soupire : « même les allocs on les coupe en deux ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Malo}}. Un couple belge installé à {{Cancale}}, lui bosse dans l'ostréiculture. Leur compte est resté en {{Belgique}} : [[IBAN:BE27 2337 5478 8073]]. L'agent vérifie : on peut verser sur un compte {{SEPA}}. Ouf. Lui : [[PERSONNE:Wouter Janssens]], elle : [[PERSONNE:Aurélie Dubois]]. Il sent la marée, il s'en excuse.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}, {{Bréquigny}}, {{11h50}}. L'agent ferme le guichet à {{12h}}. À {{11h58}} une dame arrive en courant. Il la prend. À {{12h20}} elle repart avec son papier. Il mange son sandwich à {{12h25}} devant moi en disant « c'est tous les jours ». Sans se plaindre.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}. Un monsieur veut qu'on verse sa {{prime d'activité}} sur le compte de sa fille, il est interdit bancaire. L'agente : impossible sans procuration. Il dicte quand même le RIB de sa fille « au cas où » : [[IBAN:FR76 1380 7305 4873 5281 6652 973]]. L'agente ne note rien. Elle lui explique le {{droit au compte}} auprès de la {{Banque de France}}. Il savait pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}, vérification d'identité. N° allocataire ? « [[N_ALLOCATAIRE:2320383]] ». Date de naissance ? « [[DATE_NAISSANCE:dix-neuf cent quatre-vingt-deux, le 9 mars]] » (il la dit à l'envers). Nom ? « [[PERSONNE:Bellec]] ». OK. Il veut une attestation pour la cantine. Envoyée dans l'espace en ligne. « Je sais pas où c'est, l'espace. » On recommence.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{CAF}}, {{9h}}, ouverture de la plateforme. {{143 appels}} en attente affichés sur le mur. Le chef d'équipe : « on va les avoir ». À {{10h}} il en reste {{151}}. Personne ne commente.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Carhaix}}. Allocataire : M. [[PERSONNE:Kévin Le Gall]], {{APL}} + {{prime d'activité}}, n° [[N_ALLOCATAIRE:6348221]]. Déclare vivre seul. Dans la cour, deux voitures : la sienne ([[IMMATRICULATION:YR-552-JX]]) et une autre ([[IMMATRICULATION:PD-618-CN]]), celle de sa mère qui vient faire le ménage, dit-il. La mère arrive d'ailleurs pendant le contrôle, avec un seau. Le contrôleur rit, discrètement.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Rennes}}, {{Le Blosne}}, tour de {{15 étages}}. Ascenseur en panne, on monte au 11e. Allocataire : Mme [[PERSONNE:Halima Boukhari]], n° [[N_ALLOCATAIRE:2317216]]. Contrôle de la composition du foyer : {{4 enfants}} déclarés, on en voit 4. Le plus petit, [[PERSONNE:Ilyes]], me montre son dinosaure. Le contrôleur fait le tour en {{15 min}}, remercie. On redescend à pied. Mes mollets.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Brest}}, accueil de {{Bellevue}}. Mme [[PERSONNE:Gwenola Kerjean]], {{38 ans}}, brestoise « pur beurre » dit-elle, vient pour sa pension d'invalidité. NIR vérifié : [[NIR:287032901969341]]. L'agente lui explique la catégorie 2. Elle demande si elle peut travailler un peu. « Oui, sous conditions. » Elle fait des retouches de couture. L'agente : « faites-moi un ourlet un jour ». Rire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}}. Un jeune homme veut une attestation de droits demandée par son employeur ({{Carrefour}}). L'agent imprime. Nom sur l'attestation : [[PERSONNE:Mathis Perrot]]. Il vérifie l'orthographe : « [[PERSONNE:Perrot]] avec deux r ». OK. {{2 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Vannes}}. Il pleut. Le sol est glissant, l'agente a posé un carton. Un monsieur glisse quand même, sans se faire mal. Il dit « heureusement que je suis à la sécu ». Tout le monde rit, lui le premier.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame veut créer son compte {{ameli}}, elle n'a pas reçu le code provisoire. L'agent vérifie : mail [[EMAIL:fanny.leroux.1979@free.fr]], date de naissance [[DATE_NAISSANCE:1979-08-23]] (il la lit au format de l'écran). Le courrier est parti à l'ancienne adresse. Renvoi. Délai {{10 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un homme appelle du {{Sénégal}} pour sa femme hospitalisée à {{Rennes}}. La ligne coupe {{3 fois}}. Sa femme : Mme [[PERSONNE:Ndèye Fall]], née en [[DATE_NAISSANCE:1992]] à {{Dakar}}, NIR dicté : [[NIR:2 92 02 99 341 743 14]]. Il veut savoir si tout est pris en charge. L'agente vérifie : oui, {{100 %}}, hospitalisation. Il dit « Alhamdoulillah ». L'agente dit « voilà ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, pause de {{15 min}} à {{10h30}}. Les agents sortent fumer ou boire un café. Une agente me dit qu'elle fait ça depuis {{2009}} et qu'elle n'a jamais vu « autant de gens perdus ». Pas leur faute, dit-elle, « c'est nous qui avons tout mis en ligne ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile {{Cpam}}, contrôle d'arrêt de travail, à [[ADRESSE:Coat Maël, 22110 Kergrist-Moëlou]]. L'assuré, M. [[PERSONNE:Fañch Le Saint]], est dans son jardin, bêche à la main. Il dit que son arrêt c'est pour dépression, pas pour le dos, et que son psy lui a dit de jardiner. L'agent vérifie : sorties libres. RAS. Il nous donne des poireaux.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Guingamp}}. Une dame vient payer sa part de la téléassistance, en pièces. {{12,40 €}}. L'agente compte. Il manque {{10 centimes}}. L'agente complète de sa poche. Je l'ai vu, elle a vu que je l'ai vu, on n'en parle pas.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Rennes}}, {{Villejean}}. Rdv d'accès aux droits. M. [[PERSONNE:Oumar Traoré]], {{62 ans}}, ancien de {{PSA}} à {{La Janais}}, aujourd'hui à l'{{ASS}}. Il prépare sa retraite. L'agente ouvre son relevé de carrière : il manque {{7 trimestres}}. « J'ai travaillé au noir au début, c'est ça. » Il dit sa date de naissance comme une date sacrée : [[DATE_NAISSANCE:1er janvier 1963]]. (L'agente me dira que beaucoup de gens nés à l'étranger ont le 1er janvier.)",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence du {{CCAS}} à {{Pontivy}}. Un homme seul, [[PERSONNE:Didier]], ancien de l'abattoir, demande un bon alimentaire. L'agente le connaît, elle demande juste si l'adresse a changé. « Toujours au [[ADRESSE:8 rue du Général de Gaulle]]. » Elle remplit. Elle me dit : « il est trop fier pour demander plus ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Saint-Malo}}, standard. Une femme appelle pour une aide au départ en vacances de ses {{3 enfants}}. Son nom : « [[PERSONNE:Morgane Lecoq]] ». La demande se fait en ligne, l'agente lui épelle le lien. Elle demande si c'est possible « même si on est jamais partis ». L'agente : « surtout ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Douarnenez}} : le bailleur social ({{Finistère Habitat}}) signale un locataire en dette. Le chargé de recouvrement lit le numéro de contrat : [[IDENTIFIANT:FH-0047291]]. Le locataire : M. [[PERSONNE:Éric Le Floc'h]], [[ADRESSE:3 rue Anatole France, 29100 Douarnenez]]. L'agente ouvre une fiche. Elle me dit que c'est le début d'une longue histoire, ou pas.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile du {{CCAS}}, {{Brest}}, {{Kerourien}}. Mme [[PERSONNE:Louisa Belkacem]], {{76 ans}}, demande de portage de repas. Elle a un {{olivier}} en pot sur le balcon, « pour l'{{Algérie}} ». L'agente remplit la grille. Elle veut les repas sans porc. C'est possible. Elle nous offre des makrouts.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}}, {{11h}}. Personne ne répond. La voisine sort : « elle est à l'hôpital depuis mardi ». L'agente note, elle appellera l'hôpital. Retour à la voiture. {{30 km}} aller-retour pour rien, « mais pas pour rien », dit-elle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Brieuc}}, {{4h}}. Un homme sans papiers ni carte vitale, parle peu français. L'agente ouvre un dossier provisoire « {{Inconnu}} » jusqu'à ce qu'il dise son prénom : [[PERSONNE:Ahmad]]. Année de naissance dite : « [[DATE_NAISSANCE:2001]] », elle saisit [[DATE_NAISSANCE:01/01/2001]] par défaut. IPP : [[IDENTIFIANT:10018687]]. Il s'endort sur la chaise.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Quimper}}. Une mère et sa fille de {{15 ans}}, chute de cheval au centre équestre de {{Pluguffan}}. Carte vitale de la maman, la jeune est rattachée. Nom de la jeune : [[PERSONNE:Clémence Hascoët]]. Le cheval s'appelle {{Tornade}}. Tout le monde parle plus du cheval que du poignet.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Vannes}}, {{10h}}. Un homme de {{67 ans}}, douleur thoracique, passe direct. Sa femme reste à l'accueil pour les papiers. Carte vitale : [[PERSONNE:Jean-Dominique Cristofari]], NIR [[NIR:1 58 02 2B 033 328 89]]. Mutuelle {{MGEN}}, n° [[IDENTIFIANT:187452319]]. Elle tremble. L'agente lui apporte un verre d'eau de la {{fontaine}}. Elle dit « on est en vacances à {{Arzon}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences. L'écran de la salle d'attente affiche « Temps d'attente estimé : {{4h30}} ». Un monsieur prend l'écran en photo. Je lui demande pourquoi. « Pour mon patron. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne de l'accueil des urgences de {{Saint-Malo}}. L'{{hôtel Le Grand Large}} appelle : un client âgé est tombé dans sa chambre, {{chambre 312}}. Nom du client : M. [[PERSONNE:Heinz Bauer]]. La secrétaire transfère au {{15}}. Elle me dit que l'été c'est comme ça, « les touristes et les rochers ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Vannes}}. Atelier cuisine. [[PERSONNE:Fatou]] fait un mafé, [[PERSONNE:Gwendal]] épluche les patates en râlant. L'animatrice : « [[PERSONNE:Gwendal]], tu râles mais t'épluches ». Il dit « c'est mon côté breton ». À {{12h30}} on mange tous ensemble. C'est très bon.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}} de {{Saint-Malo}}. Un saisonnier arrive avec son sac à dos : il a bossé tout l'été dans un camping, le camping a fermé, plus de logement. Il s'appelle [[PERSONNE:Jordan Lemaître]]. Il a un CDD de {{6 mois}} qui commence en novembre à la {{thalasso}}. L'agent dit qu'ils peuvent le prendre {{15 jours}}. Lui : « le comble, travailler et dormir ici ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, {{14h}}. L'assistante sociale passe {{40 minutes}} au téléphone avec la {{préfecture}} pour un rdv de titre de séjour. Serveur vocal, coupure, attente, puis « rappelez ultérieurement ». Elle raccroche, me regarde : « voilà, maintenant tu sais ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} d'{{Ille-et-Vilaine}}. Un homme signale une femme endormie dans le hall de la {{gare}} de {{Redon}}. Il laisse son numéro pour être rappelé : [[TELEPHONE:06 09 18 44 27]]. L'écoutant déclenche la maraude. Il demande aussi le nom de l'homme : « [[PERSONNE:Antoine]], juste [[PERSONNE:Antoine]] ». Il rappellera.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une femme victime de violences appelle de sa voiture, le moteur tourne. Elle chuchote. L'écoutante parle bas aussi. Elle donne son prénom, [[PERSONNE:Sarah]], et celui de son fils, [[PERSONNE:Noah]], {{4 ans}}. Mise à l'abri en urgence : {{Ibis Budget}} de {{Quimper}}, {{chambre 21}}. L'écoutante reste en ligne jusqu'à ce qu'elle démarre. Après, silence dans la pièce.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{2h du matin}}. Un appel : rien. Juste une respiration. L'écoutant dit « je suis là, prenez votre temps ». {{3 minutes}}. Puis ça raccroche. Il note « appel silencieux ». Il y en a {{2 ou 3}} par nuit, il dit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du {{CHRS}} dans un mobil-home. M. [[PERSONNE:Thierry Bodin]] vit au [[ADRESSE:camping municipal de Loudéac, emplacement 17]] depuis {{2 ans}}. L'éduc vérifie l'état du mobil-home : la toiture fuit. Il a un chat, {{Caramel}}. Il dit que le camping c'est mieux que le foyer parce qu'il y a les arbres. Café soluble.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement d'insertion du {{CHRS}}, {{Lorient}}, {{Kervénanec}}. Mme [[PERSONNE:Oksana Melnyk]] et sa mère. Titre de séjour ({{protection temporaire}}) n° [[IDENTIFIANT:4552850555]]. Elle travaille dans une usine de plats cuisinés à {{Plouay}}. Sa mère ne parle pas français mais sourit tout le temps. Sur le mur, un dessin d'enfant : « {{Kyiv}} ».",
    ),
]

# Notes 176-208.
NOTES_6 = [
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Brest}}. Rdv : [[PERSONNE:Yacine Hamidi]], {{24 ans}}, identifiant [[ID_FRANCE_TRAVAIL:6154891Y]], veut s'engager dans la {{Marine nationale}}. La conseillère lui donne le contact du {{CIRFA}}. Il a déjà rdv. Il voulait juste « savoir si ça coupe mes droits ». Oui, dès qu'il signe. Il s'en fiche, il sourit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} de {{Loudéac}}. Création d'entreprise : M. [[PERSONNE:Jonathan Le Guyader]] veut lancer un food-truck de galettes-saucisses. {{ARCE}} ou maintien de l'{{ARE}} ? La conseillère explique les deux. Il a déjà le camion, [[IMMATRICULATION:RQ-121-XD]], acheté {{18 000 €}} d'occasion. Son SIRET perso tout neuf : [[IDENTIFIANT:92284731400015]]. Il est fier. Elle aussi je crois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil de l'agence. Une femme demande « le bureau du chômage ». L'agent d'accueil lui explique que tout est au même endroit maintenant. Elle : « c'est plus {{Pôle emploi}} ? » « C'est {{France Travail}}. » « Ah. Et c'est mieux ? » L'agent hésite {{2 secondes}} de trop.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv {{France Travail}} à {{Concarneau}}. Mme [[PERSONNE:Anne-Sophie Cadiou]], ex-secrétaire chez un mareyeur. Identifiant [[ID_FRANCE_TRAVAIL:3387997Y]]. Projet : reconversion aide-soignante. Le conseiller regarde les places en {{IFAS}} à {{Quimper}}, sélection sur dossier en mars. Elle a {{46 ans}}, elle demande si c'est trop tard. Il dit « non ». Elle le croit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} de {{Lannion}}. Inscription d'un ingénieur licencié (les télécoms, ça arrive souvent ici, me dit la conseillère). M. [[PERSONNE:Vincent Nguyen]], {{49 ans}}. Mail : [[EMAIL:vnguyen.lannion@outlook.fr]], portable [[TELEPHONE:07 50 97 63 82]]. Il pose des questions très précises sur le calcul du {{SJR}}. La conseillère sort la calculette. Il a déjà fait le calcul, il veut vérifier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Saint-Brieuc}}. Un jeune homme en fauteuil, [[PERSONNE:Nathan]], reconnu {{RQTH}}. Un conseiller {{Cap emploi}} est là aussi. Ils parlent d'un poste au {{Conseil départemental}}. Identifiant dicté par [[PERSONNE:Nathan]] : [[ID_FRANCE_TRAVAIL:0541976V]]. L'agence a une rampe d'accès mais une porte trop lourde. Il rit : « même ici ». Noté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « club emploi seniors ». {{9 participants}}, tous plus de {{55 ans}}. L'animateur, [[PERSONNE:Gilles]], demande à chacun une qualité. « Ponctuel », « fiable », « je connais {{Excel}} ». Une dame : « j'ai de la patience, j'ai élevé {{5 enfants}} ». Applaudissements spontanés.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription {{France Travail}} à {{Vannes}}. M. [[PERSONNE:Rayan Bensalem]], né à {{Oran}} en [[DATE_NAISSANCE:octobre 99]]. La conseillère saisit le NIR : [[NIR:1 99 10 99 352 912 29]]. Il a un master de logistique de l'{{UBS}}. Elle dit « vous allez trouver vite ». Il répond « on m'a dit ça il y a {{6 mois}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} de {{Quimperlé}}. Licenciements à la {{papeterie}}, une {{cellule de reclassement}} s'est installée dans une salle de l'agence. Un homme de {{54 ans}}, [[PERSONNE:Jean-Marc Le Flem]], {{31 ans}} d'ancienneté. Son père y travaillait aussi. Le conseiller parle du {{CSP}} (contrat de sécurisation professionnelle). L'homme écoute sans rien dire. À la fin : « et maintenant je fais quoi le matin ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}}, {{12h}}. Pause déj avec l'équipe. Ils parlent vacances, du chat de l'une, de la réforme. Pas un mot sur les demandeurs. La directrice me dit : « on a le droit de penser à autre chose {{45 minutes}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{France Travail}} : une jeune de {{Pontivy}} ne reçoit plus les convocations. Identifiant [[ID_FRANCE_TRAVAIL:8267403J]]. Le mail du dossier : [[EMAIL:cindy.lemee56@gmail.com]]. « C'est plus le bon ! » Le nouveau : [[EMAIL:cindylemee.pro@gmail.com]]. Changé. Elle avait raté {{2 convocations}}, le conseiller régularise.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller rappelle M. [[PERSONNE:Diallo]] après son entretien d'embauche chez {{Saupiquet}}, à {{Quimper}}. « Alors, ça s'est passé comment ? » « Ils m'ont pris ! » Le conseiller lève le poing en silence pour moi. Identifiant [[ID_FRANCE_TRAVAIL:0423122A]], à sortir des listes dans {{15 jours}} si la période d'essai se passe bien.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}. Serveur vocal : {{9 minutes}}. L'agente décroche : « {{France Travail}} bonjour ». Au bout : un enfant. « Maman est pas là. » L'agente : « tu peux lui dire de rappeler ? » « Oui. » Raccroche. Elle sourit, soupire, appel suivant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{France Travail}}. Un demandeur n'a pas reçu son {{ARE}}. Le conseiller vérifie le RIB enregistré : [[IBAN:FR76 1882 9095 6901 3748 9842 545]], c'est bien le sien ? « Non ! c'est l'ancien, à la {{Caisse d'Épargne}}. » Identifiant [[ID_FRANCE_TRAVAIL:6133783Z]]. Modification par l'espace personnel. Le virement est parti sur le compte clôturé, il reviendra, « sous quelques jours ». Il dit « quelques jours c'est long quand on a {{12 €}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une entreprise de {{Lamballe}} pour une {{POE}}. La RH, Mme [[PERSONNE:Bertho]], demande le profil d'un candidat, [[PERSONNE:Abdoulaye Keïta]]. Le conseiller donne les infos autorisées, pas plus. Elle veut le numéro du candidat, il refuse, il transmettra. Elle comprend : « {{RGPD}} », dit-elle en riant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un homme appelle de {{Belle-Île}} : pas d'agence sur l'île, le bateau coûte cher. Il veut un rdv par téléphone. Possible. Il dit son nom, [[PERSONNE:Erwan Le Roch]], et sa date de naissance pour l'identification, [[DATE_NAISSANCE:30 septembre 1988]]. Il rit : « je suis le seul chômeur de l'île, vous me trouverez ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Entretien téléphonique de suivi. La conseillère appelle Mme [[PERSONNE:Rachida Mansouri]], identifiant [[ID_FRANCE_TRAVAIL:8724050A]]. Elle est à un arrêt de bus, on entend le vent. La conseillère propose de rappeler. « Non non, allez-y. » {{18 minutes}} sous le vent. Formation d'auxiliaire de vie validée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Double écoute {{France Travail}}. La conseillère prend {{4 appels}} de suite pour des trop-perçus. Chaque fois elle dit « je comprends ». Je compte : {{11}} « je comprends » en {{35 minutes}}. Elle me dit après qu'elle le pense à chaque fois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : convocation d'un jeune à un job dating au {{Roazhon Park}}. Le jeune, [[PERSONNE:Aymen]], confirme. Il demande s'il peut venir en survêt. La conseillère : « non ». Lui : « même au stade ? ». Elle rit. Le numéro du dossier était faux, corrigé : [[TELEPHONE:07 35 41 30 42]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Une femme appelle en larmes : {{2 300 €}} de trop-perçu. Elle s'appelle [[PERSONNE:Marina Petrova]], identifiant [[ID_FRANCE_TRAVAIL:4930012W]]. Le conseiller explique la demande de remise de dette, le formulaire, où l'envoyer. Elle se calme. « Vous êtes le premier qui m'explique. »",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Quimper}}, rdv. M. [[PERSONNE:Bernard Le Goff]], {{71 ans}}, a la garde de son petit-fils. Il vient pour les {{allocations familiales}} : pour un seul enfant, ça n'existe pas. L'agente cherche autre chose : l'{{allocation de rentrée scolaire}}, oui. Numéro allocataire créé : [[N_ALLOCATAIRE:1773818]]. RIB : [[IBAN:FR76 1558 9873 5823 4927 4015 141]] ({{Crédit Mutuel de Bretagne}}). Le petit-fils, [[PERSONNE:Enzo]], dessine un bateau.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Morlaix}}. Une jeune femme veut déclarer sa grossesse, elle l'a fait sur internet mais « ça a pas marché ». L'agent regarde : si, c'est fait. Nom : [[PERSONNE:Jade Guivarc'h]], num alloc [[N_ALLOCATAIRE:1446771]]. Elle : « donc je suis venue pour rien ». L'agent : « pour être rassurée, c'est pas rien ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Vitré}}, bornes en libre-service. L'agent aide un monsieur à retrouver son mot de passe. Mail du compte : [[EMAIL:alain.gendrot@wanadoo.fr]]. Il n'a plus accès à {{Wanadoo}} depuis longtemps. Nouveau mail : [[EMAIL:a.gendrot35@orange.fr]]. « {{Orange}}, c'est Wanadoo ? » demande-t-il. Oui et non. {{25 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} de {{Redon}}. Il y a un coin enfants. Un petit garçon pousse un camion {{Playmobil}} pendant tout le rdv de sa mère ({{35 min}}). À la fin il veut l'emmener. La mère dit non. L'agente : « tu reviendras jouer ». Lui : « quand ? ». Tout le monde pose la même question ici.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}. Appel d'une déléguée mandataire de l'{{UDAF}}, tutrice de M. [[PERSONNE:Michel Le Hir]]. Elle donne le numéro allocataire, [[N_ALLOCATAIRE:4844607]], et la référence du jugement de tutelle, RG [[IDENTIFIANT:22/00487]]. Demande : changer le compte de versement. OK. {{7 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}. Une mère de {{3 enfants}} : l'{{allocation de rentrée scolaire}} est arrivée pour deux, pas pour le troisième. L'agent regarde : l'aîné a eu 18 ans, il faut un certificat de scolarité. Enfants nés en [[DATE_NAISSANCE:2007]], [[DATE_NAISSANCE:2010]] et [[DATE_NAISSANCE:2014]]. Elle envoie le certificat ce soir. « Il est au lycée pro de {{Pontivy}}, il est brillant, je vous jure. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Formation en direct : une nouvelle agente prend ses premiers appels, la tutrice écoute à côté. Premier appel : simple. Deuxième : une question d'{{APL}} en colocation. La nouvelle regarde la tutrice, qui écrit sur un post-it « mets en attente ». Elles cherchent ensemble. {{4 minutes}}. Reprise. Réponse juste.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Lorient}}, {{Bois-du-Château}}. Allocataire : M. [[PERSONNE:Samir Haddad]], {{RSA}}, n° [[N_ALLOCATAIRE:6254871]]. Contrôle de ressources : il fait les marchés le week-end, fruits secs et olives. Petit camion : [[IMMATRICULATION:VL-010-NF]]. Son SIRET est peint sur la portière : [[IDENTIFIANT:81234096600025]]. Tout est déclaré. Le contrôleur : « c'est le plus carré de la journée ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Fougères}}. Objet : vie maritale. Allocataire Mme [[PERSONNE:Céline Gautier]], [[ADRESSE:11 rue de la Pinterie, 35300 Fougères]]. Un homme est là, « juste un ami qui répare la chaudière ». Le contrôleur lui demande son nom : [[PERSONNE:Freddy]]. Il a effectivement une caisse à outils. Le contrôleur note les faits sans conclure devant eux. Dans la voiture : « là je sais pas. Vraiment. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:José Ferreira]], {{54 ans}}, né au {{Portugal}}, maçon, appelle pour ses {{IJ}} après un accident du travail. L'agent lit le NIR : [[NIR:1 71 07 99 139 807 88]]. L'employeur, {{Ferreira Bâtiment}}, c'est son cousin, qui a déclaré l'accident en retard. L'agent explique la procédure. Il dit « mon cousin il est comme ça ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, appel d'un médecin généraliste de {{Carhaix}} pour une patiente, Mme [[PERSONNE:Annick Le Bihan]], qui ne peut pas se déplacer. Il demande un transport. L'agent explique le bon de transport, la prescription. Le médecin laisse son portable direct : [[TELEPHONE:06 83 20 14 57]]. « Pas le cabinet, personne décroche au cabinet. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, fin de journée. Dernier appel à {{16h58}}, une question sur les franchises médicales. L'agent explique franchises et participation forfaitaire. La dame : « ils nous prennent même les centimes ». Il ne répond pas. {{17h04}}, il débranche le casque.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une étudiante appelle pour une {{CEAM}} avant un {{Erasmus}} en {{Espagne}}. Elle s'appelle [[PERSONNE:Maïwenn Le Drézen]]. L'agent lui dit de la commander sur {{ameli}}, {{15 jours}} de délai. Elle part dans 10 jours. Il fait un certificat provisoire, envoyé à [[ADRESSE:résidence Les Tilleuls, bât C, 12 rue de Lyon, 29200 Brest]].",
    ),
]

# Notes 209-240.
NOTES_7 = [
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Fougères}}. M. [[PERSONNE:Gérard Chesnel]], {{59 ans}}, ancien de la chaussure puis de l'agroalimentaire, vient pour une maladie professionnelle (épaules). NIR : [[NIR:166033511527350]]. Né à Fougères, il tient à le dire. L'agente lui explique le {{tableau 57}}. Il a apporté {{2 kilos}} de papiers dans un sac {{Leclerc}}. Elle trie avec lui, patiemment.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Saint-Malo}}. Une retraitée anglaise installée près de {{Dinan}}, Mrs [[PERSONNE:Margaret Hughes]], vient faire enregistrer son formulaire {{S1}}. Elle a ouvert un compte français : [[IBAN:FR76 1751 5903 8488 1201 5361 394]]. L'agent parle un peu anglais, elle parle un peu français, ils se comprennent très bien. Elle dit « lovely » {{4 fois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Lorient}}, conseiller {{PFIDASS}} (renoncement aux soins). M. [[PERSONNE:Loïc Evanno]], {{58 ans}}, n'est pas allé chez le dentiste depuis {{12 ans}}. Le conseiller cherche un dentiste qui prend de nouveaux patients vers {{Lanester}}. {{6 appels}}. Le 6e dit oui, dans {{3 mois}}. Faute de papier, il note le rdv sur la main de M. [[PERSONNE:Evanno]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Rennes}}, {{Maurepas}}. Une mère vient pour la carte vitale de sa fille de {{16 ans}}. La fille, [[PERSONNE:Inès Belhadj]], née le [[DATE_NAISSANCE:05.03.2009]], reste sur son téléphone. L'agent lui pose les questions directement, elle répond sans lever les yeux. La mère : « excusez-la ». L'agent : « j'ai un ado aussi ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{Cpam}} près de {{Quimper}}. Arrêt de travail d'un chauffeur routier, M. [[PERSONNE:Yvon Le Meur]]. Son camion est garé devant la maison, [[IMMATRICULATION:WV-960-RQ]]. Le voisin, penché sur la haie, dit que le camion n'a pas bougé depuis {{3 semaines}}. M. [[PERSONNE:Le Meur]] : « je peux même pas monter dans la cabine ». RAS.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite du service social de l'{{Assurance maladie}} chez une assurée en longue maladie, [[ADRESSE:4 place de l'Église, 56310 Melrand]]. Mme [[PERSONNE:Nadia Le Strat]], {{52 ans}}, cancer en rémission. L'assistante sociale lui parle du temps partiel thérapeutique. Elle veut reprendre à la boulangerie du bourg : « les gens me demandent ». On mange un {{kouign-amann}}. Tant pis pour l'objectivité.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Brieuc}}. Mme [[PERSONNE:Priscilla Mendy]], {{29 ans}}, {{2 enfants}}, a trouvé un logement mais le dépôt de garantie est de {{650 €}}. L'agente propose {{Visale}} d'abord ; le propriétaire refuse. Aide ponctuelle du CCAS en attendant, versée sur son compte : [[IBAN:FR7630003844152067346889178]]. Elle photographie chaque papier avant de le donner.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Brest}}, domiciliation. Un monsieur âgé, [[PERSONNE:Jean-Claude]], dort à la {{gare}} depuis {{3 semaines}}. Il a travaillé {{40 ans}} à l'{{Arsenal}}. Sa retraite arrive sur un compte dont il a perdu la carte. L'agente appelle la banque avec lui, haut-parleur, {{22 min}} d'attente. Nouvelle carte commandée, envoyée au CCAS. Il dit « je vais dormir mieux ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vannes}}, instruction d'une demande de {{RSA}}. Mme [[PERSONNE:Stéphanie Allanic]], {{34 ans}}, séparée. Son ancien numéro allocataire est retrouvé : [[N_ALLOCATAIRE:4958734]]. Elle habite maintenant [[ADRESSE:16 rue de la Fontaine, 56000 Vannes]]. L'agente remplit le formulaire à l'écran en lisant à voix haute. {{50 min}}. « Voilà, maintenant on attend. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lannion}}, épicerie solidaire. Arrivage du jour : {{40 kilos}} de carottes de la {{Banque alimentaire}}. Les bénévoles font des sacs. Une dame prend {{3 carottes}} : « j'ai plus de gaz pour les cuire ». La responsable lui dit de revenir voir l'assistante sociale demain {{9h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Quimper}}, standard. Une assistante sociale de la {{Caf}} appelle pour une famille suivie des deux côtés. Elle donne le numéro allocataire, [[N_ALLOCATAIRE:7751065]], et le nom : famille [[PERSONNE:Guéguen]]. Elle laisse sa ligne directe : [[TELEPHONE:02 98 96 41 70]]. Synthèse commune prévue mardi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Concarneau}}. Un homme demande une aide pour réparer sa voiture, son seul moyen d'aller au travail (la {{criée}}, {{4h du matin}}). Il donne l'immatriculation pour le devis, « [[IMMATRICULATION:ez-512-kc]] », et envoie en même temps les papiers depuis [[EMAIL:mickael.kervarec@sfr.fr]]. RDV jeudi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Morlaix}}. Mme [[PERSONNE:Germaine Cloarec]], {{93 ans}}, [[ADRESSE:Kerangoff, 29600 Plourin-lès-Morlaix]]. Sa nièce, [[PERSONNE:Isabelle]], est là. Dossier d'{{APA}} à compléter. La maison est froide, le poêle à bois s'éteint. Mme [[PERSONNE:Cloarec]] raconte le {{pardon}} de {{Saint-Jean-du-Doigt}}, où elle allait à pied.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Redon}} chez un jeune couple avec bébé, [[PERSONNE:Tiphaine]] et [[PERSONNE:Dorian]]. Aide pour un lit bébé et une poussette. L'agente valide {{200 €}}, versés sur leur compte : [[IBAN:FR76 1558 9515 2463 3856 8430 233]]. Le bébé dort dans un tiroir de commode aménagé. Propre, sûr, mais un tiroir.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} à {{Pontivy}} après un signalement des voisins (odeurs). M. [[PERSONNE:Raymond Le Corvec]], {{72 ans}}. Il nous laisse aller jusqu'à l'entrée. L'agente parle de tout sauf du ménage : son chien {{Pirate}}, l'{{Algérie}}, le club de foot. {{45 min}}. À la fin il dit « revenez ». Elle me dit que c'est une victoire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Brest}}, parking. Un homme a laissé sa voiture devant l'entrée des ambulances, moteur allumé, pour amener sa femme qui accouche (mauvaise porte, la maternité c'est à côté). Le vigile note la plaque, [[IMMATRICULATION:FN873HM]], et cherche le propriétaire. On le retrouve : M. [[PERSONNE:Kerboul]], en larmes, papa depuis {{7 minutes}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Quimper}}, été. Famille espagnole, camping-car garé en travers : [[IMMATRICULATION:4521 KLM]]. La petite, [[PERSONNE:Lucía]], {{8 ans}}, piquée par une vive à la plage de {{Bénodet}}, elle hurle. L'agente : « de l'eau chaude, c'est tout ». Ils étaient venus pour ça. Ils repartent rassurés en {{20 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Brieuc}}. Un agriculteur de {{Quintin}} s'est fait écraser le pied par une vache. Son fils l'amène dans une vieille {{Peugeot 205}}, plaque ancienne [[IMMATRICULATION:3847 VB 22]]. Le père : [[PERSONNE:Joseph Le Bihan]], {{68 ans}}. L'agente : « ah, la 205, mon père avait la même ». Le fils : « elle a {{400 000 km}} ». IPP créé : [[IDENTIFIANT:17410264]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Lorient}}. Un homme vient pour la {{4e fois}} cette semaine. L'agente le connaît : « bonjour monsieur [[PERSONNE:Grall]] ». Elle connaît déjà son adresse, son médecin, tout. Il a mal au ventre. Elle dit « je sais ». Elle le signale quand même à l'{{IAO}}, « parce qu'un jour ce sera vrai ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, minuit. Salle d'attente pleine. Un enfant s'endort sur les genoux d'un inconnu, sa mère est au box avec le petit frère. L'inconnu ne bouge plus du tout pendant {{1h}} pour pas le réveiller. La plus belle chose de la journée, je crois.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Morlaix}}. La gendarmerie de {{Landivisiau}} appelle : ils amènent un homme pour un certificat de compatibilité avec la garde à vue. Nom : [[PERSONNE:Steven Le Duff]]. La secrétaire prévient le médecin. Elle me dit que c'est {{3 ou 4}} fois par semaine, « et ils passent devant tout le monde, les gens râlent ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil tél des urgences de {{Vannes}}. Une femme appelle pour savoir si sa mère, Mme [[PERSONNE:Hélène Le Quéré]], a été admise. La secrétaire demande d'abord la date de naissance : « [[DATE_NAISSANCE:08/12/1944]] ». Ça colle. « Oui, elle est en {{UHCD}}. » Elle donne le {{poste 4471}} du service.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Saint-Brieuc}}, entretien de suivi. M. [[PERSONNE:Olivier Le Maout]] a un rdv {{France Travail}} demain, il montre sa convocation : identifiant [[ID_FRANCE_TRAVAIL:5820341H]]. La référente l'aide à préparer : CV, tenue. Il demande si on peut lui prêter une chemise. Il y a une armoire à vêtements. Il prend une chemise {{bleu marine}}. Elle lui va bien.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}} de {{Lannion}}, {{9h}}. Une femme arrive avec une valise et son chien, {{Ulysse}}. Elle s'appelle [[PERSONNE:Sandrine Le Nevé]]. Le CHRS n'accepte pas les chiens. La cheffe de service passe {{30 min}} au téléphone : garde temporaire au refuge de la {{SPA}}. Elle embrasse son chien {{10 fois}}. Je regarde ailleurs.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Rennes}}, atelier numérique. Un résident, [[PERSONNE:Mamadou Baldé]], crée son compte {{ameli}} avec l'intervenante. Il faut un mail : il en crée un, [[EMAIL:mamadou.balde2025@gmail.com]]. Puis le code, la carte vitale… il n'a pas de carte vitale. Stop. « On reprendra. » Il est content d'avoir un mail quand même.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, le soir. Le veilleur de nuit, [[PERSONNE:Bruno]], me montre le cahier de liaison. Écrit à la main : « {{22h40}} : M. [[PERSONNE:R.]] agité, apaisé après discussion ». Il met toujours juste l'initiale, « au cas où le cahier se perd ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Morbihan}}. Un couple vit dans un camion aménagé garé sur le port de {{Lorient}}, la police les fait partir. Ils demandent où stationner. L'écoutante n'a pas ça. Elle note l'immat pour la maraude : [[IMMATRICULATION:GH-734-LR]]. Noms : [[PERSONNE:Killian]] et [[PERSONNE:Maëva]]. Elle leur donne les horaires de l'accueil de jour.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{19h}}. Un homme appelle de l'hôpital de {{Pontivy}}, il sort des urgences et n'a nulle part où aller. « [[PERSONNE:Yannick Le Bras]] », {{44 ans}}. Un numéro où le joindre ? Il donne d'abord celui du service, puis le sien : [[TELEPHONE:06 22 58 09 71]]. Place trouvée à {{Loudéac}}, {{22 km}}. « Comment j'y vais ? » La boucle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une femme hésite à donner son nom. L'écoutante lui dit qu'elle peut rester anonyme. « C'est [[PERSONNE:Nadia]]. Pas mon vrai nom. » L'écoutante note « [[PERSONNE:Nadia]] » quand même. Mise à l'abri ce soir à l'{{hôtel B&B}} de {{Brest}}, {{chambre 5}}. Elle dit merci, puis : « c'est [[PERSONNE:Leïla]], en vrai ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Côtes-d'Armor}}, nuit calme. L'écoutant me montre le tableau des places : {{Saint-Brieuc}} 0, {{Guingamp}} 1, {{Lannion}} 0, {{Dinan}} 2. Un appel : un jeune de Guingamp justement. Il prend la place. Il s'appelle [[PERSONNE:Evan]]. « Le hasard fait bien les choses », dit l'écoutant. Puis plus rien jusqu'à {{1h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement relais du {{CHRS}}, {{Quimper}}, {{Penhars}}. Mme [[PERSONNE:Fatima Ouali]] et ses {{3 enfants}}. Elle a reçu une proposition de {{Quimper Habitat}} : [[ADRESSE:7 rue Louis Hémon, appt 12, 29000 Quimper]]. Elle montre la lettre comme un trophée. L'éduc vérifie le loyer, l'{{APL}} prévisionnelle. « Vous allez pouvoir. » Les enfants sautent sur le canapé.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Dernière visite de ma journée : studio du {{CHRS}} à {{Guingamp}}. M. [[PERSONNE:Alain Le Coz]], {{61 ans}}, sorti de la rue il y a {{1 an}}. Il nous montre ses plantes, une {{rose}} dans un pot de yaourt, « pour ma mère ». Rien à signaler. L'éduc : « lui, c'est pour lui qu'on fait ce métier ». Je range mon téléphone. Fin des notes.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label:
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            length += len(kept)
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), entities, keep


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
    """Split on ids and cells only: shuffle and halve each cell, then the leftovers."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
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
    write(
        HERE / "dev.jsonl", sorted((n for n in notes if n["id"] in dev_ids), key=lambda n: n["id"])
    )
    write(
        HERE / "holdout.jsonl",
        sorted((n for n in notes if n["id"] in holdout_ids), key=lambda n: n["id"]),
    )


if __name__ == "__main__":
    main()
