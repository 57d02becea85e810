"""Independent evaluation corpus n° 119: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind119-001`` …
``ind119-240`` follow the writing order (BATCH_1, then BATCH_2, …). The split into dev and
holdout depends only on the ids and the cells (site kind × channel), never on the text.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; running it twice gives byte-identical files.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind119"
SEED = 119

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

# The notes, written by hand in several edits (one list per edit), in writing order.

BATCH_1 = [
    (
        "cpam",
        "accueil_physique",
        "{{8h25}}, {{Cpam}} {{rue de Lausanne}} a {{Strasbourg}}. Deja {{une vingtaine}} de personnes devant la porte, il bruine. L'agent d'accueil ([[PERSONNE:Mathieu]], {{12 ans}} de maison) fait le tri a l'entree : '{{carte Vitale}} ? attestation ? arret de travail ?' En {{10 min}} il a oriente {{14 personnes}}, dont la moitie vers les bornes.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Hautepierre}}, {{21h15}}. L'IOA ([[PERSONNE:Claire]]) trie un monsieur de {{78 ans}} arrive en {{VSAV}}, chute dans sa salle de bain a {{Cronenbourg}}. Elle lit le courrier des pompiers a voix haute : 'M. [[PERSONNE:Stoeckel Rene]], ne le [[DATE_NAISSANCE:14/02/1947]], sous {{Eliquis}}'. Tout tape dans le DPI en {{2 min}} chrono. {{Tri 3}}. Salle d'attente : {{41 patients}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Mulhouse}}. Une jeune femme, [[PERSONNE:Jessica Hirtz]], vient pour sa {{prime d'activite}} suspendue. Num alloc [[N_ALLOCATAIRE:3018274]], elle le connait par coeur. L'agent voit qu'il manque la DTR du trimestre. Elle : 'mais je l'ai envoyee sur le site !!' 😤 Refaite ensemble au poste libre-service, {{15 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}} a {{Metz}}, casque en double ecoute. Appel n°1 : une dame appelle pour son fils ([[PERSONNE:Kevin]], {{25 ans}}, ne a {{Forbach}}), {{IJ}} pas versees depuis {{5 semaines}}. Elle donne le num de secu : [[NIR:1 99 08 57 227 113 54]]. Le conseiller ([[PERSONNE:Yannick]]) voit que l'employeur n'a pas envoye l'attestation de salaire. Il explique, elle soupire, 'encore'. Duree : {{7 min 40}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hopital Emile Muller}}, urgences adultes. Un homme attend depuis {{6h}}, il revient voir l'accueil pour la {{3e fois}}. 'C'est quand mon tour ?' La secretaire, Mme [[PERSONNE:Ouali]], lui repond calmement qu'il y a {{2 urgences vitales}} en cours. Il repart s'asseoir. Elle me glisse : 'lui c'est une entorse, il va encore attendre'.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nancy}}. Mr [[PERSONNE:Colin]], {{67 ans}}, veuf, demande une aide pour sa facture de chauffage. Il sort une enveloppe avec TOUT : avis d'imposition, facture {{Engie}} (ref client [[IDENTIFIANT:1 207 448 963]]), releves de compte... L'agente ([[PERSONNE:Nathalie]]) monte un dossier d'aide facultative, {{150 €}} max. Il dit merci {{4 fois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Bas-Rhin}}, {{22h05}}. Appel d'une femme avec {{2 enfants}} ({{3 ans}} et {{7 mois}}), dehors depuis ce soir, mari violent. L'ecoutante ([[PERSONNE:Aïcha]]) prend son nom : [[PERSONNE:Gashi]], prenom [[PERSONNE:Vjosa]]. Pas de place en {{CHRS}}, elle trouve une nuit a l'{{hotel B&B}} d'{{Illkirch}}, {{chambre 14}}. Rappeler demain {{9h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{Ameli}} en panne 😑 donc queue au {{guichet 3}}. Un monsieur turc, M. [[PERSONNE:Yılmaz]], veut changer d'adresse, son fils traduit. Nouvelle adresse : [[ADRESSE:27 rue de Mulhouse, 67100 Strasbourg]]. L'agente lui montre comment faire sur l'appli, il ne veut pas, 'non non papier'. Fait au guichet.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tel du secretariat des urgences, {{NHC}}. Une fille appelle pour sa mere amenee ce matin : 'Mme [[PERSONNE:Bauer]], [[PERSONNE:Marie-Thérèse]], nee le [[DATE_NAISSANCE:3 avril 1939]]'. La secretaire verifie l'identite avant de dire quoi que ce soit, puis : 'elle est en {{box 12}}, le medecin va passer'. Aucune info medicale au telephone, regle stricte.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Metz Borny}}, accueil. Un jeune ([[PERSONNE:Dylan]], {{19 ans}}) vient s'inscrire, pas d'adresse mail. L'agent lui en cree une sur place : [[EMAIL:dylan.mangin57@gmail.com]] 😅. Identifiant donne a la fin : [[ID_FRANCE_TRAVAIL:5184027R]]. Il repart avec un rdv {{CEJ}} pour {{mardi}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{14h02}}. Un frontalier qui bosse a {{Bâle}} veut savoir s'il doit etre affilie en {{Suisse}} ou en {{France}}. Le conseiller, [[PERSONNE:Loïc]], bascule vers le service international. Musique d'attente {{4 min}}, le monsieur raccroche. [[PERSONNE:Loïc]] : 'ca arrive tout le temps avec les frontaliers'.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle sur place a {{Bourtzwiller}} avec le controleur ([[PERSONNE:Patrick Fritsch]]). Mme [[PERSONNE:Benali]] ouvre, {{3 enfants}} a la maison. Il verifie l'isolement pour le {{RSA majore}} : on fait le tour, {{2 chambres}}, une seule brosse a dents d'adulte. Adresse verifiee : [[ADRESSE:14 rue de Soultz, 68200 Mulhouse]]. Il note tout sur sa tablette. Pas d'anomalie. {{45 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h10}}. Un monsieur que tout le service connait, tout le monde l'appelle «[[PERSONNE:Pepito]]», ramene par la police, alcoolise. L'aide-soignant ([[PERSONNE:Hakim]]) lui donne un plateau repas. 'Il vient {{3 fois par semaine}} l'hiver.' Pas de papiers sur lui, la secretaire retrouve l'IPP par le surnom dans les notes : [[IDENTIFIANT:670044518]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} a {{Reims}}, quartier {{Croix-Rouge}}. Entretien d'admission d'un jeune afghan, [[PERSONNE:Ahmad Sharifi]], {{22 ans}}. Recepisse de demande d'asile n° [[IDENTIFIANT:5103872914]]. Interprete au tel en dari. La travailleuse sociale (Mme [[PERSONNE:Perrin]]) explique le reglement : pas d'alcool, retour avant {{22h}}, repas a {{19h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nancy}}, guichet {{C2S}}. Mme [[PERSONNE:Nguyen Thi Lan]], {{54 ans}}, depose son dossier de {{complementaire sante solidaire}}. Il manque l'avis d'imposition. L'agent ([[PERSONNE:Sébastien]]) photocopie ce qu'elle a. Elle donne un NIR par coeur, il ne colle pas : 'ah c'est le numero de mon mari !' 😂 Le bon : [[NIR:2 71 09 54 395 332 94]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pedia, {{Hopital Robert Debré}}, {{Reims}}. Une maman avec un bebe de {{4 mois}} qui tousse. IOA : 'date de naissance du bebe ?' — '[[DATE_NAISSANCE:2 juin]]' — 'et son nom ?' — '[[PERSONNE:Lucas Haddad]]'. Saturation {{94 %}}, il passe devant tout le monde.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Permanence tel {{CCAS}} de {{Colmar}}. Un monsieur appelle pour la {{teleassistance}} de sa mere, Mme [[PERSONNE:Haegel]], {{91 ans}}, qui vit seule au [[ADRESSE:8 rue des Tanneurs]] a Colmar. Elle est tombee {{2 fois}} ce mois-ci. L'agente prend le dossier, rappel du fils au [[TELEPHONE:06 71 24 88 03]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants : la conseillere ([[PERSONNE:Amandine]]) rappelle les absents de l'info collective. 1er numero : messagerie. 2e : M. [[PERSONNE:Kowalczyk]] decroche, il a trouve un CDD chez {{Stellantis}} a {{Trémery}}. Elle note la sortie sur son dossier [[ID_FRANCE_TRAVAIL:3390517B]]. 3e : faux numero.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{10h47}}, appel tres long ({{22 min}}). Mme [[PERSONNE:Rakotomalala]] epelle son nom : '[[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]]'. Courrier de trop-percu de {{312,40 €}} sur des IJ maternite. Le conseiller regarde : erreur de la caisse. Il fait une reclamation. Elle : 'je peux avoir votre nom ?' — 'Je suis [[PERSONNE:Hugo]], on ne donne pas le nom de famille.'",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hopital de Mercy}}, accueil administratif. Une patiente sans {{carte Vitale}}. 'Votre numero de secu ?' Elle le lit sur une photo d'attestation dans son tel : [[NIR:2 94 06 57 463 205 29]]. Nom [[PERSONNE:Lombardi]], nee a {{Metz}} en [[DATE_NAISSANCE:juin 94]]. Mutuelle {{Harmonie}}, n° adherent [[IDENTIFIANT:00874512366]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}}, {{Reims}}. Une allocataire en colere, {{APL}} baissee de {{87 €}}. Elle donne son numero : '[[N_ALLOCATAIRE:4 871 206]]'. Le conseiller ([[PERSONNE:Romain]]) voit la revalorisation sur les ressources N-2. Il explique, elle coupe : 'c'est du vol'. Il reste calme, propose un rdv. Elle dit non. Raccroche.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiche a cote de la borne : '{{Ameli}}, c'est plus simple'. Une dame agee la regarde longtemps puis prend quand meme un ticket. Attente annoncee {{35 min}}, reelle {{50 min}}. {{12 chaises}} pour {{25 personnes}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ambulance privee ({{Ambulances Bleu Ciel}}, plaque [[IMMATRICULATION:GK-418-PZ]]) arrivee sans preavis. Ils deposent une dame de l'{{EHPAD Les Tilleuls}} de {{Schiltigheim}}. Fiche de liaison au nom de Mme [[PERSONNE:Kieffer Odile]], sans la liste des traitements. L'infirmiere soupire : 'a chaque fois'.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite a domicile avec l'educ ([[PERSONNE:Jérôme]]) dans un appart en diffus du {{CHRS}}, [[ADRESSE:3 rue Lothaire, 57000 Metz]]. Mme [[PERSONNE:Dudayeva]] et ses {{4 enfants}}. Frigo presque vide, on note pour la {{banque alimentaire}}. Le petit [[PERSONNE:Islam]] montre fierement son cahier. [[PERSONNE:Jérôme]] prend en photo la moisissure de la salle de bain pour le bailleur ({{Metz Habitat Territoire}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Diallo]] ({{Guinee}}), {{AME}} a renouveler. Passeport guineen n° [[IDENTIFIANT:R0841573]]. Agent : 'il faut une preuve de presence de plus de {{3 mois}}'. Il sort une attestation d'hebergement de la {{Fondation de l'Armée du Salut}}. Ca passe. Dossier complet du premier coup, l'agente est presque surprise.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, {{8}} participants dont {{2}} qui lisent mal le francais. La conseillere projette un CV modele au nom de '[[PERSONNE:Julie Martin]]'. Une dame, [[PERSONNE:Fatoumata]], demande si elle doit mettre sa photo. Reponse : non, pas obligatoire. Elle a l'air soulagee.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un pharmacien de {{Haguenau}} au secretariat : ordonnance de sortie illisible pour M. [[PERSONNE:Wagner]]. La secretaire retrouve le dossier avec la date de naissance ([[DATE_NAISSANCE:12.09.1958]]) et transfere au Dr [[PERSONNE:Amrani]], qui relit et faxe une nouvelle ordo. {{5 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Bas-Rhin}}. Monsieur [[PERSONNE:Öztürk]] vient declarer la naissance de sa fille, [[PERSONNE:Elif]], nee le [[DATE_NAISSANCE:17/10/2024]]. La {{PAJE}} sera recalculee. Il demande aussi la {{prime de naissance}} : trop tard, il fallait la demander avant. Il est decu, il dit que personne ne lui a dit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, nuit. Un monsieur appelle pour la {{5e fois}} de la soiree. 'C'est [[PERSONNE:Marcel]], vous me connaissez.' L'ecoutant ({{1 seul}} ce soir) le connait effectivement. Il est devant la {{gare}} de {{Mulhouse}}, {{-4°C}}. Plan grand froid : place au gymnase {{Drouot}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD avec l'assistante sociale du {{CCAS}} (Mme [[PERSONNE:Roth]]) chez M. [[PERSONNE:Kaddour]], {{83 ans}}, au [[ADRESSE:12 rue du Rhin Tortu]], 4e sans ascenseur... enfin l'ascenseur est en panne depuis {{3 semaines}}. Il ne sort plus. Portage de repas a mettre en place des {{lundi}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : 'bonjour c'est pour la {{carte Vitale}} de ma fille, elle a {{16 ans}}'. Date de naissance ? '[[DATE_NAISSANCE:vingt-trois mars deux mille neuf]]'. Ok. Carte commandee, envoi sous {{3 semaines}}. Mail de confirmation a [[EMAIL:c.schneider68@orange.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un patient refuse de donner son nom a l'accueil. Sa copine le dit a sa place : '[[PERSONNE:Steven]]... [[PERSONNE:Steven Hoffmann]]'. Plaie a la main, en ouvrant une huitre. {{Tri 4}}. Attente estimee {{3 a 4 h}}. Il repart au bout de {{40 min}}, 'je vais chez {{SOS Medecins}}'.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel {{France Travail}} ({{3949}}). En {{1 h}}, {{11 appels}} : 4 paiements en retard, 3 actualisations, 2 radiations contestees, 2 'autre'. La conseillere dit qu'autour du {{15 du mois}} c'est la folie.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Nowak]], accident du travail chez {{Peugeot}} (il dit jamais {{Stellantis}}). Dossier AT n° [[IDENTIFIANT:682405119]], certificat du Dr [[PERSONNE:Vogt]]. Il donne un RIB pour les IJ : [[IBAN:FR76 1027 8035 1000 0109 2654 452]]. L'agent scanne, 'c'est bon pour vous'.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une etudiante de {{Nancy}} appelle pour l'{{APL}} de sa chambre {{CROUS}}. Elle ne connait pas son numero alloc, donne son mail : [[EMAIL:ines.bouzid@etu.univ-lorraine.fr]]. Le conseiller retrouve le dossier par nom + date de naissance ([[DATE_NAISSANCE:2005-01-19]], lue sur son espace). Dossier [[N_ALLOCATAIRE:7023519]], il manque le bail.",
    ),
]

BATCH_2 = [
    (
        "cpam",
        "controle_sur_place",
        "Controle d'arret de travail avec l'agent assermente ([[PERSONNE:Franck Zimmermann]]). {{10h30}}, [[ADRESSE:41 route de Bischwiller, 67300 Schiltigheim]]. On sonne {{2 fois}}. Personne. La voiture de l'assure est garee devant pourtant, une {{Clio}} grise [[IMMATRICULATION:FR-207-QB]]. Il laisse un avis de passage. Dans la voiture : 'on ne juge pas, des fois ils sont chez le kine'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Agent de securite a l'accueil de {{Hautepierre}} : 'a qui la {{Golf}} noire [[IMMATRICULATION:EV-512-NC]] sur la place des pompiers ??' Annonce en salle d'attente. Un jeune se leve, [[PERSONNE:Mehdi]], il a amene sa grand-mere. Il part en courant la deplacer.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame de {{Sarreguemines}} n'a jamais recu sa {{carte Vitale}}. Verif de l'adresse : [[ADRESSE:5 rue de la Paix, 57200 Sarreguemines]]. Dans le dossier : 'rue de la Pais' 🙃. Le conseiller corrige. Nom : Mme [[PERSONNE:Hennequin]], elle epelle [[PERSONNE:H E N N E Q U I N]]. Tel de contact [[TELEPHONE:03 87 95 14 62]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je passe {{1 h}} a cote de l'IOA, [[PERSONNE:Nadège]], infirmiere depuis {{20 ans}} dont {{8 ans}} aux urgences de {{Colmar}}. Elle voit un patient toutes les {{5-6 min}}. Ce qu'elle fait : constantes, douleur de 0 a 10, motif, antecedents, allergies, tri. Ce qu'elle dit : toujours le nom du patient. 'Madame [[PERSONNE:Schaeffer]], ca va aller, je vous installe.' 'Monsieur [[PERSONNE:Benhamou]], vous avez pris quelque chose pour la douleur ?' Entre deux elle repond au tel. A la fin : 'le pire c'est pas les cas graves, c'est faire attendre les gens qui ont mal'.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle a {{Epinal}} avec Mme [[PERSONNE:Grandjean]], controleuse. Soupcon de vie maritale non declaree. M. [[PERSONNE:Thiriet]] ouvre en calecon 😬. Devant, une voiture qui n'est pas a lui, elle releve la plaque : [[IMMATRICULATION:DX-773-HE]]. 'C'est a mon frere.' Courrier contradictoire a suivre, {{10 jours}} pour repondre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Mulhouse}}, domiciliation. L'agent appelle les noms des courriers arrives : '[[PERSONNE:Popescu]] ? [[PERSONNE:Ionescu Maria]] ? [[PERSONNE:Tahiri]] ?' Une dame s'avance pour [[PERSONNE:Ionescu]], sans piece d'identite. Refus. Elle pleure. L'agent : 'je peux pas, c'est la loi'. Il a l'air mal aussi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv d'inscription. M. [[PERSONNE:Krasniqi]] ({{Kosovo}}), {{titre de sejour}} de {{10 ans}} n° [[IDENTIFIANT:5707124489]]. La conseillere ([[PERSONNE:Élodie]]) recopie tout a la main puis dans le logiciel. Soudeur, {{15 ans}} d'experience, pas de diplome francais. Elle parle de {{VAE}}. Identifiant remis : [[ID_FRANCE_TRAVAIL:4471093 M]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tel de l'accueil sonne sans arret. Une dame : 'mon mari est chez vous depuis ce matin, [[PERSONNE:Jean-Luc Marchal]], son portable est coupe'. Elle laisse son numero : [[TELEPHONE:zero six, trente-deux, quarante, dix-sept, quatre-vingt-huit]]. La secretaire promet de transmettre au box.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Mulhouse}}, vue d'ensemble : {{6 guichets}} dont {{2}} ouverts ce matin (formation + arret maladie, ironie). Ecran d'appel : {{A045}}, {{B012}}, {{A046}}. Les gens regardent l'ecran, jamais les agents.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ligne des professionnels de sante. Le Dr [[PERSONNE:Schmitt]], generaliste a {{Guebwiller}}, a un rejet de teletransmission pour un patient en {{ALD}}. Il donne le NIR du patient, [[NIR:1 62 11 67 482 041 81]], et son propre RPPS, [[IDENTIFIANT:10003456789]]. Probleme de date de fin d'ALD, corrige en {{2 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour pres de la {{gare}} de {{Strasbourg}}. Douche, cafe, casiers. Un monsieur demande si son courrier est arrive : 'c'est [[PERSONNE:Rudi]], [[PERSONNE:Rudi Lehmann]]'. Oui, une enveloppe de la {{CPAM}}. Il l'ouvre devant nous : sa {{carte Vitale}}. Grand sourire.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile apres signalement d'un voisin, [[ADRESSE:18 avenue de Strasbourg, 54000 Nancy]]. M. [[PERSONNE:Vautrin]], {{72 ans}}, {{14 chats}} 😳, journaux jusqu'au plafond. Il nous presente {{Filou}} et {{Moustache}}. L'AS du {{CCAS}} ([[PERSONNE:Laura]]) parle doucement, ne juge rien. Il accepte qu'on revienne avec l'infirmiere du {{CMP}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Tri 1}} : arret cardiaque amene par le {{SMUR}}. Tout le monde court. {{10 min}} apres, le fils arrive a l'accueil, tend la carte d'identite de son pere : [[PERSONNE:Giuseppe Santoro]], ne le [[DATE_NAISSANCE:21 mai 1951]] a {{Hayange}}. La secretaire saisit sans un mot de trop. Le fils reste debout {{1 h}}. Un aide-soignant finit par lui apporter une chaise.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Camara]], maman solo, apporte ses {{3}} derniers bulletins. Elle ne connait pas son num alloc mais a le courrier : [[N_ALLOCATAIRE:2 049 813]]. L'agent regarde l'ecran : indu de {{1 240 €}}. Elle blanchit. Il propose un echeancier a {{40 €/mois}}, elle signe sans lire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : M. [[PERSONNE:Aydın]] conteste sa radiation. Il donne son identifiant chiffre par chiffre : '[[ID_FRANCE_TRAVAIL:six deux zero huit un cinq quatre F]]'. La conseillere tape [[ID_FRANCE_TRAVAIL:6208154F]], c'est bien lui. {{2}} rdv manques. Elle lui explique le recours, formulaire par mail.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Wolff]], {{87 ans}}, venue avec sa voisine. Elle veut 'le papier pour le taxi' (bon de transport). L'agent explique que c'est le medecin qui le fait. La voisine : 'ah ben voila, on est venues pour rien' 😔. {{Tram}} + {{20 min}} de marche pour venir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Agent de securite ([[PERSONNE:Mamadou]]) qui filtre le sas. Regle : {{1 accompagnant}} par patient. Une famille de {{6}} veut entrer. Il negocie en turc, en arabe, en francais. Finalement {{2}} entrent, les autres attendent dehors en fumant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, apres-midi. Signalement par la maraude de la {{Croix-Rouge}} : un couple sous le pont du {{canal du Rhone au Rhin}}, [[PERSONNE:Denis]] et [[PERSONNE:Sandra]], avec leur chien {{Balou}}. Aucune place qui accepte les chiens. L'ecoutante tape 'refus : chien' dans {{SI-SIAO}}. Elle dit que c'est la moitie des refus.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en allemand ! Frau [[PERSONNE:Müller]], de {{Kehl}}, travaille a {{Strasbourg}}. Le conseiller ([[PERSONNE:Thomas]]) passe en alsacien 😄. Elle veut son formulaire {{S1}}. Envoi par mail : [[EMAIL:b.mueller.kehl@web.de]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Tran]] change de compte pour ses IJ. Nouveau RIB : [[IBAN:FR76 3000 3023 4000 0504 1287 649]] ({{Societe Generale}}). L'agent verifie que le titulaire est bien lui. Ok. {{3 min}}, le plus rapide de la matinee.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h}} du matin, calme relatif. {{17}} patients dans le service, {{9}} sur des brancards dans le couloir. Un interne dort assis. L'IOA fait des mots fleches entre deux entrees.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Serveur vocal {{Caf}} : 'tapez 1... tapez 2...'. J'ai compte {{4 niveaux}} de menu avant un humain. Temps d'attente annonce : {{18 minutes}}. Reel : {{26}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Etcheverry]], arrivee de {{Bayonne}} il y a {{2 mois}}, cherche dans le social. Compte deja cree, mail [[EMAIL:maite.etche64@laposte.net]]. La conseillere ([[PERSONNE:Karima]]) la positionne sur l'offre {{178XKQL}} (aide a domicile, {{Nancy}}).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La gendarmerie appelle le secretariat : ils cherchent la famille d'un patient arrive cette nuit apres un accident sur l'{{A31}}, M. [[PERSONNE:Pereira]]. Ils donnent l'immat du vehicule pour recouper : [[IMMATRICULATION:FG-093-LS]]. La secretaire ne confirme rien, renvoie vers le cadre de sante.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide alimentaire : bons pour l'{{epicerie sociale}}. Mme [[PERSONNE:Mansouri]] et sa fille [[PERSONNE:Yasmine]] ({{12 ans}}, qui remplit le formulaire pour sa mere). Reste a vivre calcule : {{4,20 €}} par jour et par personne. Accorde pour {{3 mois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une dame sourde via le relais {{Acceo}}, interprete LSF en video. Tres fluide en fait. Remboursement d'appareils auditifs. Num secu : [[NIR:2 49 12 68 066 009 74]]. Nee a {{Colmar}} en [[DATE_NAISSANCE:decembre 1949]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Ahmadi]] arrive avec son fils de {{9 ans}}, [[PERSONNE:Omid]], fievre a {{40}}. Elle ne parle pas francais. L'IOA sort {{Google Traduction}} sur son tel. Le petit traduit mieux que {{google}}. 'Il a vomi combien de fois ?' — '{{3}}'.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Sivakumar]] vient pour l'{{AAH}} de son frere, procuration ok. Num alloc du frere : [[N_ALLOCATAIRE:5520193]]. L'agent explique que la {{MDPH}} n'a pas encore statue. Dossier MDPH n° [[IDENTIFIANT:67-2024-013855]], depose il y a {{7 mois}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "VAD avec l'educ en appart de transition a {{Thionville}}, [[ADRESSE:22 rue de Paris, 57100 Thionville]]. M. [[PERSONNE:Zielinski]], sorti de detention il y a {{6 semaines}}. Appart nickel, il a repeint. Il montre fierement sa fiche de paie d'{{interim}} ({{Adecco}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Léa]], {{24 ans}}, premiere {{carte Vitale}} a son nom (avant elle etait sur celle de ses parents). Photo au photomaton de l'agence, {{5 €}}. Marche pas. Bis. 🙄",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent d'accueil ([[PERSONNE:Francis]]) enregistre un jeune de {{17 ans}}, mineur donc il faut joindre un parent. Le jeune donne le numero de sa mere : [[TELEPHONE:07 68 21 94 30]]. Messagerie. Celui de son pere : [[TELEPHONE:+33 6 12 98 40 57]]. Messagerie aussi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un employeur passe a l'accueil ! M. [[PERSONNE:Kuntz]], patron de la {{Boulangerie Kuntz}} a {{Neudorf}}, cherche un apprenti. SIRET de la boulangerie : {{812 447 905 00018}}. L'agent lui donne le contact de la conseillere entreprise.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel sortant : la conseillere ([[PERSONNE:Sabrina]]) rappelle M. [[PERSONNE:Ehrhart]] au [[TELEPHONE:03.89.41.27.06]]. Il voulait savoir pourquoi sa boite de {{Doliprane}} est moins remboursee. Explication : {{tiers payant}} contre generique. Il grogne mais comprend.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle a {{Reims}}, quartier {{Orgeval}} : ressources d'un independant, M. [[PERSONNE:Boukhari]], chauffeur VTC. Il montre ses releves {{Uber}}. Son SIRET perso : [[IDENTIFIANT:901 234 557 00012]]. Le controleur ([[PERSONNE:Cédric]]) recalcule tout sur une calculette.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Metz}} : une dame demande si le {{colis de Noel}} des seniors est toujours distribue a la {{mairie}}. Oui, le {{14 decembre}}, de {{9h}} a {{12h}}. Elle dit 'merci ma petite'. L'agente a {{58 ans}} 😄.",
    ),
]

BATCH_3 = [
    (
        "cpam",
        "accueil_physique",
        "{{9h}}-{{9h30}} : {{23 tickets}} tires. L'agent d'accueil note les motifs sur un post-it : {{carte Vitale}} x6, IJ x5, {{C2S}} x4, attestation x4, 'je sais pas' x4. Il me dit que les 'je sais pas' sont souvent les plus longs.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame arrive en fauteuil, poussee par son mari. Malaise au {{Cora}} de {{Wittenheim}}. Le mari donne tout d'un coup : '[[PERSONNE:Christiane Baumann]], nee [[PERSONNE:Heitz]], le [[DATE_NAISSANCE:9 novembre 1952]], on habite [[ADRESSE:6 rue des Vosges, 68270 Wittenheim]]'. La secretaire : 'doucement monsieur' 😅.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assure enerve : sa pension d'invalidite n'est pas versee. Le conseiller ([[PERSONNE:Nicolas]]) voit que le RIB enregistre a un chiffre en trop. L'assure redonne son IBAN : '[[IBAN:FR76 1720 6000 4287 4512 3001 170]]' ({{Credit Agricole}}). Relu {{2 fois}}. Virement sous {{10 jours}}. 'Merci jeune homme.'",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un ado, [[PERSONNE:Enzo]], epaule deboitee au foot ({{FC Mulhouse}}, U17). Son coach l'accompagne, M. [[PERSONNE:Jaeger]]. Parents injoignables. Le coach : 'on peut pas faire la radio sans eux ?' L'IOA : 'si si, l'urgence prime'.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Petit moment : un enfant dessine sur la table de la salle d'attente pendant {{20 min}}, sa mere est au guichet. Il dessine la dame de l'accueil avec une couronne 👑. Elle l'affiche derriere elle.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une maman veut rattacher son bebe a sa {{carte Vitale}}. Bebe : [[PERSONNE:Noah]], ne le [[DATE_NAISSANCE:28/08/2024]] au {{CMCO}}. Elle donne son propre NIR : [[NIR:2 90 02 67 180 145 02]]. Le conseiller : 'c'est fait, il apparaitra sur votre compte {{Ameli}} sous {{15 jours}}'.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{SOS Medecins}} {{Nancy}} appelle pour adresser un patient : M. [[PERSONNE:Thierry Henry]] (oui, comme le footballeur, la secretaire sourit), suspicion d'embolie. Le medecin, Dr [[PERSONNE:Lefebvre]], laisse son portable pour etre rappele : [[TELEPHONE:06 39 98 12 45]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "2e controle d'arret de la journee, a {{Illkirch}} : [[ADRESSE:9 rue du Travail, 67400 Illkirch-Graffenstaden]]. Mme [[PERSONNE:Yıldız]] est la, en pyjama, certificat sur la table. Tout est en regle. [[PERSONNE:Franck]] s'excuse du derangement. Elle propose un the. Il refuse poliment, 'on n'a pas le droit'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Couloir : {{11 brancards}} alignes. Chacun a un bracelet, une etiquette et un numero de box fictif. La cadre appelle ca 'les box {{13}} a {{23}}'. Personne ne rit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Guichet {{AME}} : un couple georgien, M. et Mme [[PERSONNE:Beridze]]. Passeports [[IDENTIFIANT:16AB02477]] (lui) et [[IDENTIFIANT:16AB02478]] (elle), numeros qui se suivent, ils rigolent. L'agente ([[PERSONNE:Valérie]]) parle lentement, avec les mains. {{25 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Pham]] veut changer de compte pour les {{allocations familiales}}. RIB papier : [[IBAN:FR76 1009 6180 3000 0365 4120 709]] ({{CIC}}). L'agent tape, se trompe, retape. Ok.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Brief de l'equipe {{3646}} a {{8h}} : objectif {{85 %}} d'appels decroches, hier {{71 %}}. Le manager : 'on fait de notre mieux'. {{14 conseillers}} connectes sur {{19}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient agite, {{2 agents}} de securite autour. Il crie en boucle : '[[PERSONNE:KEVIN SCHNEIDER]] ! JE M'APPELLE [[PERSONNE:KEVIN SCHNEIDER]] !' L'infirmier ([[PERSONNE:Bastien]]) lui parle tout bas, tres lentement. Ca marche. Il s'assoit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Moselle}}. Un homme de {{Forbach}} dort dans sa voiture depuis {{3 semaines}} avec son fils de {{15 ans}}. Pour que la maraude le trouve : parking du {{Leclerc}}, {{Scenic}} gris [[IMMATRICULATION:AK-623-WF]]. Nom : M. [[PERSONNE:Hadjali]]. Pas de place famille ce soir, la maraude passera avec des couvertures.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Kovalenko]] ({{Ukraine}}, {{protection temporaire}}), APS n° [[IDENTIFIANT:6703559921]]. Ouverture de droits {{PUMa}}. Sa fille [[PERSONNE:Daryna]], {{14 ans}}, traduit sur son tel. L'agent fait tout en une fois.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La cadre au tel avec le {{SAMU 68}} : 'on est a {{38 patients}}, on ne prend plus les transferts d'{{Altkirch}}'. Pas de lits d'aval, {{6}} patients en attente d'hospit, dont un depuis {{31 h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture entre deux controles, le controleur me montre son planning : {{6 controles}} par jour, en moyenne {{3}} ou les gens sont la. Le pire, dit-il, c'est les chiens. Mordu en {{2019}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune diplome, [[PERSONNE:Yanis Belkacem]], master d'eco a {{Strasbourg}}, veut etre data analyst. Identifiant [[ID_FRANCE_TRAVAIL:2967403 P]]. Mme [[PERSONNE:Lopes]], sa conseillere, lui parle de l'{{APEC}}. Lui : 'je connais, j'y etais hier'.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Monsieur agressif au {{guichet 2}} : 'vous m'avez vole {{50 balles}}' (franchises medicales). L'agent ([[PERSONNE:Olivier]]) ne bouge pas d'un cil, sort le detail : {{0,50 €}} par boite, {{1 €}} par consult. Le monsieur : 'ah d'accord c'est l'Etat quoi'. Il part.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour une facture d'eau. Mme [[PERSONNE:Jovanović]], {{4 enfants}}, [[ADRESSE:17 rue de Soissons, 51100 Reims]]. Ref client {{Veolia}} : [[IDENTIFIANT:7012 4488 31]]. Dette {{380 €}}. Commission {{jeudi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une etudiante, [[PERSONNE:Manon]], vient seule a {{3h}} pour des douleurs au ventre. Carte etudiante mais pas de {{carte Vitale}}. L'IOA demande une personne a prevenir. 'Ma coloc, [[PERSONNE:Chloé]], [[TELEPHONE:06-55-18-73-29]].'",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assure veut le nom de son medecin conseil. 'On ne donne pas le nom des medecins conseils.' Il insiste : 'c'est le Dr [[PERSONNE:Gauthier]] non ?' Le conseiller ne confirme pas, ne dement pas. {{6 min}} de ping-pong.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Salle commune du {{CHRS}}, {{18h}}. Lentilles saucisses. {{23 residents}}, {{4}} nationalites a la table du fond. A la tele, {{Questions pour un champion}}. Tout le monde repond en meme temps, dans toutes les langues.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Abdelkader Ziani]], {{67 ans}}, retraite depuis {{2 ans}}, veut savoir s'il garde la C2S. L'agent le renvoie d'abord vers la {{Carsat}} pour sa pension, puis verifie quand meme : num secu [[NIR:1 58 01 99 352 017 73]], ne en {{Algerie}}. Droits ouverts jusqu'en {{mars}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme le bras en sang, mordu par le berger allemand du voisin ({{Rex}}, il insiste sur le nom du chien). M. [[PERSONNE:Weiss]]. Il veut porter plainte ici. La secretaire : 'ca c'est au commissariat'. {{Tri 3}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demi-heure d'ecoute : {{6 appels}}. Record de la conseillere : {{40 min}} sur une question d'{{ARE}} et de {{CESU}}. Elle a son propre fichier {{Excel}} pour les cas tordus.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame portugaise, [[PERSONNE:Maria da Conceição Ferreira]], {{58 ans}}, veut son attestation de droits pour sa mutuelle. Imprimee en {{30 secondes}}. Elle repart ravie, 'obrigada'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit agitee. Un homme ivre insulte l'IOA. [[PERSONNE:Samia]] reste calme, appelle la securite. Apres, elle me dit : 'c'est le {{3e}} cette semaine'. Declaration {{FEI}} a faire avant la fin de la garde.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle d'arret a {{Mulhouse}}, quartier des {{Coteaux}} : [[ADRESSE:4 rue de Provence, 68200 Mulhouse]], tour de {{14 etages}}, interphone HS. On attend qu'un voisin sorte. M. [[PERSONNE:Saïdi]] est la, arret pour lombalgie, il marche plie en deux. Ok en {{4 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un bailleur ({{m2A Habitat}}) a propos de l'{{APL}} versee en tiers payant pour une locataire, Mme [[PERSONNE:Keita]], n° alloc [[N_ALLOCATAIRE:6101842]]. Le conseiller confirme seulement la date du prochain versement, rien d'autre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne directe des urgences (pas le {{15}}) : une mere dont le fils a avale une pile. La secretaire : 'raccrochez et faites le {{15}} tout de suite'. {{25 min}} plus tard il arrive en {{VSAV}} : [[PERSONNE:Nathan]], {{2 ans}}, tout sourire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "'J'ai recu un SMS de l'{{Assurance maladie}} qui demande ma carte bancaire.' Le conseiller ([[PERSONNE:Jonathan]]) : 'arnaque, ne cliquez pas'. Elle lit le numero expediteur : [[TELEPHONE:07 56 41 08 93]]. Il note pour le signalement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agente en formation, [[PERSONNE:Anaïs]], {{3e jour}}. Sa tutrice, Mme [[PERSONNE:Klein]], reste derriere elle. A chaque doute, [[PERSONNE:Anaïs]] se retourne. Au bout de {{2 h}} elle se retourne moins.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune couple, [[PERSONNE:Mathis]] et [[PERSONNE:Océane]], {{20}} et {{19 ans}}, premier appart a {{Sarreguemines}}. Demande d'APL, tout est la sauf le bail signe : 'le proprio, M. [[PERSONNE:Schwartz]], l'envoie demain'. Compte cree, mail : [[EMAIL:oceane.mathis.57@hotmail.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en arabe, transfere a [[PERSONNE:Rachid]], le seul arabophone du plateau. Le fils demande ou en est le remboursement de sa mere, [[PERSONNE:Fatma Chaouch]], nee le [[DATE_NAISSANCE:1er juillet 1941]]. [[PERSONNE:Rachid]] ne peut rien dire sans elle. La mere est a cote, elle dit 'oui oui' dans le combine. Ca suffit.",
    ),
]

BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Metz}}. M. [[PERSONNE:Ferhat Demir]] fait sa demande de {{RSA}}. Il a TOUT dans une pochette : RIB ([[IBAN:FR76 3000 4008 1500 0103 4762 101]]), CNI n° [[IDENTIFIANT:X4RT7BPF2]], et son num alloc de l'epoque des APL, [[N_ALLOCATAIRE:1187604]]. L'agente : 'vous etes bien organise vous'. Lui : 'c'est ma femme'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Marguerite Colombo]], {{94 ans}}, arrive de l'{{EHPAD Le Parc}} de {{Vandoeuvre}}, tombee de son lit. Son fils arrive avec des {{marguerites}} ('ses fleurs preferees, comme son prenom'). Il demande qu'on appelle sa soeur en {{Italie}} : [[TELEPHONE:+39 347 218 5593]]. La secretaire note sur un post-it.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Mbemba]] ajoute ses {{3 enfants}} sur son compte : [[PERSONNE:Grâce]] ({{8 ans}}), [[PERSONNE:Divine]] ({{5 ans}}), [[PERSONNE:Emmanuel]] ({{2 ans}}). L'agent : 'jolis prenoms'. Elle, en partant : 'que {{Dieu}} vous benisse'. Il rougit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{11h15}}, ligne pro. Une infirmiere liberale, Mme [[PERSONNE:Petitjean]], paiements bloques depuis {{fevrier}}, {{2 340 €}} en attente. Son numero AM : [[IDENTIFIANT:547012836]]. Le conseiller trouve un probleme de conventionnement. Ticket ouvert, 'vous serez rappelee sous {{48 h}}'.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme veut savoir si son pere est passe cette nuit : 'M. [[PERSONNE:Hoarau]], [[PERSONNE:Jean-Claude]], ne le [[DATE_NAISSANCE:30/06/1948]] a {{Saint-Denis}} de la {{Reunion}}'. La secretaire : 'je ne peux pas vous repondre au telephone, venez avec une piece d'identite'. Il s'enerve, raccroche.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle a {{Saint-Louis}} (68). M. [[PERSONNE:Meyer]], frontalier, travaille a {{Bâle}} chez {{Roche}}, declare {{0 €}} de ressources. La controleuse demande les fiches de paie suisses et le releve {{UBS}} : IBAN [[IBAN:CH66 0023 3000 0123 4567 89]]. Salaire d'environ {{5 800 CHF}}/mois. Indu probable, lourd.",
    ),
    (
        "ccas",
        "accueil_physique",
        "[[PERSONNE:Lukas]], {{19 ans}}, sorti de l'{{ASE}}, demande une aide pour la caution de son studio. Son educatrice au tel. Il vend des baskets sur {{Snapchat}}, compte [[IDENTIFIANT:@lukas_kicks68]], l'agente rigole : 'c'est declare ca ?' Silence.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission d'une femme victime de violences, Mme [[PERSONNE:Rahmani]], envoyee par le {{CIDFF}}. Plainte deposee, PV n° [[IDENTIFIANT:2024/008417]]. Elle a juste un sac. {{Chambre 7}}. L'educatrice lui montre la cuisine, le linge, le code de la porte.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle d'arret a {{Colmar}}, [[ADRESSE:32 route de Neuf-Brisach, 68000 Colmar]]. La femme ouvre : 'il est au {{Lidl}}'. Horaires de sortie autorises : {{9h-11h}} et {{14h-16h}}. Il est {{15h40}}. Donc ok. L'agente ([[PERSONNE:Delphine]]) coche 'sortie autorisee'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sur {{1 h}} : {{9 entrees}}. {{4}} auraient pu aller chez un medecin de ville, selon l'IOA. 'Mais allez trouver un medecin a {{Mulhouse}} un samedi.'",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{3 bornes}} {{Ameli}} dans le hall, {{1}} en panne. Une jeune en service civique aide les gens devant les bornes, elle a {{21 ans}}, elle dit que les plus ages sont les plus patients.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Boulanger]] est en colere, son {{ARE}} n'est pas tombee. Elle travaillait chez {{Boulanger}}, l'enseigne (tout le monde sourit sauf elle). Identifiant [[ID_FRANCE_TRAVAIL:5530218H]]. Il manque l'attestation employeur. La conseillere appelle le magasin devant elle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement {{Logement d'abord}} a {{Nancy}}, {{Haut-du-Lievre}} : [[ADRESSE:14 avenue Pinchard, 54100 Nancy]]. Mme [[PERSONNE:Berisha]] et son fils. Elle montre le compteur {{Linky}} : conso enorme, tout electrique. L'AS ([[PERSONNE:Guillaume]]) fait la demande de {{cheque energie}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pauses du plateau : {{9h45}} et {{15h}}, {{15 min}}. Pendant le relais, {{2 min}} ou plus personne ne decroche. Les casques sans fil 'tiennent {{4 h}}', donc on les recharge a midi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire appelle d'{{Allemagne}} : elle vit a {{Kehl}}, ses enfants a {{Strasbourg}} en garde alternee chez le pere. Question d'{{allocations familiales}} differentielles. Le conseiller ([[PERSONNE:Benoît]]) demande a un collegue. Num alloc [[N_ALLOCATAIRE:3402196]], portable allemand [[TELEPHONE:+49 176 2841 0937]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 5}} : [[PERSONNE:Aminata]], enceinte de {{7 mois}}, arrivee aux urgences generales au lieu de la maternite. L'IOA la reoriente vers la maternite de {{Hautepierre}}, en taxi. Bon de transport rempli. Le conjoint, [[PERSONNE:Ibrahim]], arrive en courant au moment ou elle part.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile : personne. L'AS glisse un mot sous la porte. {{40 min}} de route aller-retour pour rien, elle dit que c'est {{1 visite sur 4}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Aubert]], malvoyant, avec son chien guide {{Ulysse}}. Il ne peut pas lire les courriers. L'agent lui lit l'adresse pour verifier : [[ADRESSE:21 rue du Faubourg de Saverne, 67000 Strasbourg]]. C'est la bonne. Il demande qu'on lui ecrive en gros caracteres, l'agent le note.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Interprete au tel ({{ISM}}) en tigrinya pour un jeune erythreen, [[PERSONNE:Tesfaye]], {{16 ans}}, mineur non accompagne. Document de l'{{ASE}} avec un numero de dossier : [[IDENTIFIANT:ASE-67-2024-1182]]. L'IOA attend l'interprete {{12 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillere appelle le RH d'{{Auchan}} {{Illkirch}} pour une candidate, Mme [[PERSONNE:Traoré]]. Ok pour un entretien. Elle envoie le CV depuis son poste, en copie a la candidate : [[EMAIL:awa.traore1993@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Hakobyan]] ({{Armenie}}), demandeur d'asile, attestation n° [[IDENTIFIANT:6724015588]]. Ouverture {{PUMa}}. Son fils [[PERSONNE:Tigran]], {{11 ans}}, traduit. En partant, [[PERSONNE:Tigran]] fait un check a l'agente ✋.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{16h55}}, {{5 min}} avant la fermeture. Une femme en pleurs, son mari vient de deceder, elle appelle pour le {{capital deces}}. Le conseiller ([[PERSONNE:Arnaud]]) reste {{25 min}} en ligne. Le defunt : M. [[PERSONNE:Kessler]], NIR [[NIR:1 44 06 88 160 066 57]]. Il lui envoie la liste des pieces par courrier.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Compteur du standard : {{47 appels}} entre {{8h}} et {{12h}}. La secretaire dit que c'est 'un jour normal'.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une jeune de {{18 ans}}, mise dehors par ses parents a {{Colmar}}. Prenom seulement : [[PERSONNE:Inès]]. 'Tu as un endroit pour cette nuit ?' Non. Orientation vers le foyer {{Flora Tristan}}. Rappel si probleme au [[TELEPHONE:0769321458]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Ecran de la salle : '{{caf.fr}} : faites vos demarches en ligne'. {{8 personnes}} qui attendent, {{2 postes}} libre-service. La mediatrice numerique aide une personne a la fois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Sofiane]], {{20 ans}}, vient avec sa mere. Il veut qu'on lui finance le {{permis}}. {{CPF}} : {{0 €}}. Aide au permis possible via l'{{AIF}}. Adresse pour le dossier : [[ADRESSE:7 rue du Luxembourg, 57070 Metz]]. La mere fait tout, le fils regarde son tel.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un motard arrive a pied, casque a la main, apres une chute. Sa moto est garee devant l'entree des urgences (interdit) : [[IMMATRICULATION:AB-184-ZR]]. Il s'appelle [[PERSONNE:Loïc Le Bihan]], 'breton exile a {{Metz}}'. {{Tri 4}}. La secu lui demande de la bouger, il boite jusqu'a la moto.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Question sur le {{plan canicule}} : inscription sur le registre des personnes fragiles. L'agente explique en {{3 min}}, formulaire a la {{mairie de quartier}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes a {{Mulhouse}}. Atelier budget avec la CESF, Mme [[PERSONNE:Wurtz]]. {{5 femmes}}. [[PERSONNE:Khadija]] montre son appli bancaire ({{Caisse d'Epargne}}), IBAN [[IBAN:FR76 1670 5090 1708 7731 2490 539]], pour comprendre des frais de rejet : {{8 €}} x 4.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Adrien]], en fauteuil, veut savoir comment est pris en charge un fauteuil electrique. L'agent le renvoie vers la {{MDPH}} et le {{CICAT}}. [[PERSONNE:Adrien]] : 'on me renvoie toujours quelque part'.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de l'{{Aube}}. Mme [[PERSONNE:Lemoine]] veut une {{attestation de paiement}}. 'Vous pouvez la telecharger.' — 'J'ai pas internet.' Envoi par courrier au [[ADRESSE:19 rue Gambetta, 10000 Troyes]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle des ressources chez M. et Mme [[PERSONNE:Kaya]], a {{Hautepierre}}. Le controleur regarde les releves ({{La Banque Postale}}, [[IBAN:FR76 2004 1010 1004 5215 8770 303]]) : virements reguliers de {{300 €}} de la soeur, qui vit a {{Stuttgart}}. A declarer ? Il explique que oui.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un infirmier du {{Centre Paul Strauss}} appelle : bon de transport refuse pour un patient, M. [[PERSONNE:Bertrand]], en chimio. Le conseiller verifie l'{{ALD}}, elle est bien ouverte, c'est une erreur de code. Regularise.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une famille de voyageurs, installee [[ADRESSE:aire d'accueil de la Doller, place 14]]. Le patient : [[PERSONNE:Tony Reinhardt]], {{8 ans}}, bras casse en tombant du camion. Le camion est gare sur la place ambulance, la secu note la plaque : [[IMMATRICULATION:CN-905-XT]]. Le pere le deplace sans discuter.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{23h50}}. Une infirmiere des urgences de {{Hautepierre}} appelle : patient sortant, sans domicile, M. [[PERSONNE:Zaharia]], 'il peut pas retourner dehors avec ses points'. L'ecoutant trouve une place a la halte de nuit, il faut qu'il y soit avant {{minuit et demi}}.",
    ),
]

BATCH_5 = [
    (
        "cpam",
        "accueil_physique",
        "Recap matinee guichet 1 (agente : [[PERSONNE:Stéphanie]])\n- {{9h02}} M. [[PERSONNE:Gonçalves]], attestation -> {{2 min}}\n- {{9h06}} Mme [[PERSONNE:Lambert]], changement de RIB, IBAN [[IBAN:FR76 1470 7000 1832 1198 7540 186]] -> {{6 min}}\n- {{9h15}} un jeune, voulait juste les toilettes 😅\n- {{9h17}} Mme [[PERSONNE:Aït Ouali]], {{C2S}}, manque l'avis d'impot -> {{12 min}}\n- {{9h31}} M. [[PERSONNE:Hubert Kieffer]], ne le [[DATE_NAISSANCE:05/05/1960]], pas de medecin traitant declare -> {{9 min}}\nMoyenne ~{{7 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "PATIENTE DE {{86 ANS}} SUR UN BRANCARD DEPUIS {{9H}}. MME [[PERSONNE:ROSSI]]. LA FILLE FILME AVEC SON TEL ET MENACE DE TOUT METTRE SUR {{FACEBOOK}}. LA CADRE (MME [[PERSONNE:LEROY]]) VIENT LUI PARLER {{20 MIN}}. CA SE CALME. JE NOTE EN MAJ PARCE QUE J'AI PAS LE TEMPS DE CORRIGER.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Laurent]] lit son num d'allocataire sur son tel : [[N_ALLOCATAIRE:0912457]]. Elle veut declarer sa separation. L'agent : 'il faut que monsieur declare aussi de son cote'. Monsieur, c'est [[PERSONNE:Jordan]], il attend dans la voiture. Elle va le chercher. Il declare. {{12 min}} en tout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Nikolaï Ivanov]] a rate son actualisation. Identifiant dicte : '[[ID_FRANCE_TRAVAIL:7 3 1 0 4 2 8 K]]'. La conseillere ne peut pas actualiser a sa place, elle le guide sur l'appli pas a pas. Mail verifie au passage : [[EMAIL:n.ivanov.57@yandex.ru]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un jeune de {{Reims}} : son arret de travail n'a pas ete recu. NIR : '[[NIR:1 01 04 51 454 087 13]]', ne en [[DATE_NAISSANCE:avril 2001]] a {{Reims}}, il confirme. L'arret est bien la mais en attente, l'employeur n'a rien envoye. {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le tableau blanc du poste de soins : colonnes 'box', 'IOA', 'medecin', 'attente avis'. Aucun nom, seulement des numeros. La cadre : 'a cause des visiteurs qui passent'. A {{14h}} il y a {{27}} lignes.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Zana Ekinci]], kurde, {{40 ans}}, carte de resident n° [[IDENTIFIANT:6709842157]]. Demande de {{carte Vitale}}, photo ok, formulaire ok. 'Vous l'aurez dans {{3 semaines}}.' Il leve le pouce 👍.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Morel]] demande une aide pour les obseques de sa mere. Devis des {{Pompes Funebres Schmitt}} : {{3 200 €}}. Le {{CCAS}} peut aller jusqu'a {{800 €}}. Il fait le calcul a voix basse, dit 'bon'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient amene par la police pour un certificat de non-admission avant la garde a vue. Le policier donne l'identite : '[[PERSONNE:Ruiz]], [[PERSONNE:Antonio]], ne le [[DATE_NAISSANCE:11 fevrier 1979]]'. Le patient chante. {{Tri 5}}, il passe vite, le medecin signe.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle d'arret a {{Reims}}, chez M. [[PERSONNE:Oukacha]], [[ADRESSE:11 rue Pierre Taittinger, 51100 Reims]]. Absent. Pas de voiture devant (la sienne, [[IMMATRICULATION:5624 WX 51]], d'apres la voisine). La voisine : 'il est parti au {{Portugal}}'. L'agent note, suspension des IJ possible.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Kowalski]] dicte son mail : '[[EMAIL:m.kowalski arobase free point fr]]'. Le conseiller tape [[EMAIL:m.kowalski@free.fr]], le relit lettre par lettre. Elle n'a jamais recu ses decomptes, c'etait 'free.fe' dans le dossier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle apres signalement : coiffure a domicile non declaree. Mme [[PERSONNE:Ndiaye]], [[ADRESSE:8 rue de Bâle, 68100 Mulhouse]]. Le controleur a imprime sa page {{Instagram}}, [[IDENTIFIANT:@nafi.tresses.68]], avec les tarifs. Elle dit que c'est pour la famille. Il note.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien de sortie : M. [[PERSONNE:Bouzid]] a un logement social ({{Ophéa}}), [[ADRESSE:15 rue de Wattwiller, 67200 Strasbourg]]. Il part avec {{2 sacs}} et une plante verte. Applaudissements dans le couloir.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La regulation ({{15}}) previent : 'on vous envoie une femme de {{32 ans}}, crise d'asthme, par les {{Ambulances Vogel}}, nom [[PERSONNE:Julia Roux]]'. La secretaire cree le dossier avant l'arrivee.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour sa mere, Mme [[PERSONNE:Simonetti]], {{80 ans}}, a {{Algrange}}, qui refuse toute aide a domicile. L'agente lui donne le numero du {{CLIC}} et lui dit de ne pas forcer.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Gros orage a {{11h}} : {{15 personnes}} entrent juste pour s'abriter. L'agent de securite les laisse. Au bout de {{10 min}}, {{3}} prennent un ticket 'tant qu'on y est'.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective creation d'entreprise, {{12 personnes}}. Animateur : M. [[PERSONNE:Friedrich]], de la {{CCI}}. [[PERSONNE:Yasmina]] pose une question sur l'{{ARCE}}. Il lui envoie le support : [[EMAIL:yasmina.haddou@outlook.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Musique d'attente du {{3646}} : les {{Quatre Saisons}} de {{Vivaldi}}, en boucle. Le conseiller dit qu'il ne l'entend plus depuis {{5 ans}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Clara]], {{15 ans}}, amenee par une copine apres une soiree, alcoolisation. La mere arrive {{1 h}} apres, furieuse, livret de famille a la main : 'je suis Mme [[PERSONNE:Durand-Wolff]], sa mere'. L'IOA la laisse entrer.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, bilan du soir : {{73 appels}}, {{41 demandes}} non pourvues. L'ecoutante tape chaque refus, 'sinon ca n'existe pas'.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Okafor]], etudiant nigerian, {{APL}}. Titre de sejour etudiant n° [[IDENTIFIANT:5106229904]]. Num alloc [[N_ALLOCATAIRE:8842017]]. Loyer {{CROUS}} : {{420 €}}. Tout est bon, {{8 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Marcel Hueber]], {{89 ans}}, ancien mineur a {{Merlebach}}, dit que c'etait mieux avec la caisse des mines ({{Filieris}}). Date de naissance dite fierement : '[[DATE_NAISSANCE:douze mai trente-six]]'. L'agent l'ecoute {{10 min}} raconter le fond. Puis : attestation imprimee.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Message vocal laisse par la conseillere a Mme [[PERSONNE:Guerin]] : 'bonjour c'est [[PERSONNE:Sandrine]] de {{France Travail}} {{Mulhouse}}, merci de me rappeler pour votre {{PPAE}}'. Elle note dans le dossier [[ID_FRANCE_TRAVAIL:0428715T]] : 'msg laisse'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hopital Pasteur}}, {{Colmar}}. Un touriste allemand, Herr [[PERSONNE:Becker]], chute a velo sur la {{route des vins}}. Carte {{CEAM}} n° [[IDENTIFIANT:80276001234567890123]]. Leur camping-car est gare devant : [[IMMATRICULATION:FR-KL 812]] (FR = {{Fribourg}}, pas {{France}} 😄).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Frontalier, M. [[PERSONNE:Marchetti]], de {{Thionville}}, travaille au {{Luxembourg}}, IJ versees par la {{CNS}}. Il donne son IBAN luxembourgeois pour les remboursements de sa femme : [[IBAN:LU28 0019 4006 4475 0000]]. Le conseiller n'est pas sur que ca passe, demande au back-office.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lăcătuș]] ({{Roumanie}}) demande une domiciliation. L'agent explique qu'il faut un lien avec la commune. Elle montre le certificat de scolarite de sa fille [[PERSONNE:Roxana]], ecole {{Jean Macé}}. Ca suffit.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite apres un incendie, [[ADRESSE:3 rue des Jardiniers, 57050 Metz]]. Mme [[PERSONNE:Thomas]] et ses {{2 enfants}} sont chez sa soeur depuis {{5 jours}}. Tout est noir, ca sent encore. L'AS liste ce qu'il faut : matelas, vetements, bons alimentaires. Relogement via le bailleur.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un monsieur cherche son frere, [[PERSONNE:Viktor]], pas vu depuis {{2 ans}}. L'educ ne peut ni confirmer ni infirmer qu'il est heberge ici. Il laisse son numero sur un papier : [[TELEPHONE:06 03 77 52 18]]. 'Si jamais.'",
    ),
    (
        "chrs",
        "controle_sur_place",
        "VAD en diffus : M. [[PERSONNE:Camille Jacquot]] (oui un homme, il le precise toujours 😄), [[ADRESSE:2 impasse des Mesanges, 88000 Epinal]]. Frigo plein, loyer paye. Sortie du dispositif prevue en {{juin}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un pere appelle pour la {{PreParE}}, conge parental. M. [[PERSONNE:Benoît Mathieu]], num alloc [[N_ALLOCATAIRE:2210458]]. Le conseiller explique que c'est possible a temps partiel. Il repete 'a temps partiel' comme une bonne nouvelle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hopital Bel-Air}}, {{Thionville}}. Un ouvrier blesse sur un chantier, amene par son chef, M. [[PERSONNE:Fernandes]], de l'entreprise {{BTP Fernandes & Fils}}. Le blesse : [[PERSONNE:Vitor Almeida]], coupure profonde. Le chef demande s'il faut faire une declaration d'AT. Oui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Gérard Wolff]], {{58 ans}}, licencie de l'usine {{Smart}} de {{Hambach}}. Identifiant [[ID_FRANCE_TRAVAIL:1856032D]]. Il dit : 'a 58 ans qui va me prendre'. La conseillere ne sait pas quoi repondre, elle lui parle du {{CSP}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le distributeur de boissons est en panne depuis {{lundi}}. Les gens demandent de l'eau a l'accueil, la secretaire a mis un pack de {{Cristaline}} et des gobelets sur le comptoir.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tres calme de {{12h}} a {{13h30}} : {{2 appels}}. Les conseillers mangent au poste.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un ambulancier appelle : il ramene M. [[PERSONNE:Lutz]] de l'{{EHPAD Saint-Joseph}}, il veut le code de la porte des ambulances. La secretaire refuse de le donner au tel, 'sonnez'.",
    ),
]

BATCH_6 = [
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Grandidier]], {{59 ans}}, pension d'invalidite, nee a {{Thionville}}. NIR [[NIR:2 65 10 57 672 271 28]]. Elle veut savoir si sa pension s'arrete a {{62 ans}}. L'agent : 'ca bascule en retraite, c'est automatique, enfin presque'. Elle rit jaune.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{13h30}}, reouverture apres la pause. Deja {{11 personnes}} devant la porte. Une dame : 'fermer a midi c'est pas normal'. L'agent d'accueil sourit, il l'entend {{10 fois}} par jour.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Çelik]], {{75 ans}}, ne comprend pas pourquoi sa femme n'a plus de carte a elle. Depuis la {{PUMa}} elle a son propre numero, nee en {{Turquie}} en [[DATE_NAISSANCE:1952]] : [[NIR:2 52 07 99 208 041 53]]. L'agent imprime l'attestation, l'explique {{2 fois}}. Le fils traduit la 2e fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Santoni]], nee a {{Bastia}}, installee a {{Nancy}}. Son NIR avec le '2B', [[NIR:2 85 09 2B 033 017 12]], fait planter le logiciel de sa pharmacie. Elle vient chercher une attestation papier 'pour la {{3e fois}} cette annee'. L'agent connait le probleme.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Laetitia]], {{27 ans}}, habite {{Saint-Louis}}, travaille a {{Bâle}}. Question sur le droit d'option ({{LAMal}} ou securite sociale francaise). Elle donne son NIR : [[NIR:2 97 11 68 297 038 59]]. L'agent lui imprime la fiche frontaliers et lui conseille le rdv telephonique.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Ouedraogo]] pour son fils [[PERSONNE:Ismaël]], ne en [[DATE_NAISSANCE:octobre 2023]] a {{Strasbourg}}. Elle veut qu'il soit sur sa mutuelle. NIR du petit : [[NIR:1 23 10 67 482 512 50]]. L'agent lui explique que c'est la mutuelle qui fait ca, pas la {{Cpam}}. Elle soupire, 'encore un autre guichet'.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Paoli]], ne a {{Ajaccio}} en [[DATE_NAISSANCE:mai 1976]], vit a {{Metz}}. NIR : [[NIR:1 76 05 2A 004 022 16]]. Il veut une {{carte europeenne}} pour un voyage en {{Croatie}}. Commandee, arrivee sous {{15 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{9h00}} pile : {{42 appels}} en file. Le superviseur ([[PERSONNE:Didier]]) bascule {{3 conseillers}} du back-office sur la ligne. A {{9h20}}, plus que {{17}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un appel sans personne au bout. {{20 secondes}} de silence, une tele en fond. Le conseiller dit 'allo' {{3 fois}}, puis raccroche. 'Ca arrive, souvent des personnes agees qui ont appuye sans faire expres.'",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Benyahia]] pour sa fille [[PERSONNE:Lina]], {{13 ans}}, nee le [[DATE_NAISSANCE:19/04/2012]] a {{Illkirch}} : {{carte Vitale}} a son nom possible des {{12 ans}}. NIR de [[PERSONNE:Lina]] : [[NIR:2 12 04 67 218 036 12]]. Formulaire envoye par courrier.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle d'arret a {{Vandoeuvre}}, [[ADRESSE:27 avenue Jeanne d'Arc, 54500 Vandœuvre-lès-Nancy]]. Mme [[PERSONNE:Sauvage]] ouvre avec un bebe dans les bras. Arret pour depression. L'agent ne pose aucune question medicale, verifie juste la presence. {{3 min}}. Dans l'escalier : 'c'est les controles que j'aime le moins'.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle a {{Forbach}}. M. [[PERSONNE:Schwindt]] absent, son fils dit qu'il est a la peche. L'agent : 'la peche c'est pas une sortie autorisee'. La {{Kangoo}} du pere, [[IMMATRICULATION:CT-318-GX]], n'est pas devant. Il note l'heure : {{10h12}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient de {{180 kg}} sur un brancard bariatrique, il faut {{4 soignants}}. M. [[PERSONNE:Gross]] s'excuse tout le temps. L'aide-soignante ([[PERSONNE:Sylvie]]) : 'vous excusez pas, c'est notre boulot'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Hatice Doğan]] tend sa carte de mutuelle {{MGEN}}, n° [[IDENTIFIANT:198745632]], et un vieux bracelet avec son IPP d'une venue precedente : [[IDENTIFIANT:680112457]]. La secretaire : 'vous gardez vos bracelets ?' — 'oui, ca sert'.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Tri 2}}, douleur thoracique. De la porte a l'ECG : {{6 min}}. L'IOA me montre le chrono sur l'ecran, objectif {{10 min}}. 'Ca c'est quand tout va bien.'",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une voisine appelle : 'la dame d'en face n'ouvre plus depuis {{3 jours}}', Mme [[PERSONNE:Kuhn]], [[ADRESSE:4 rue des Bouchers, 67000 Strasbourg]]. La secretaire lui dit d'appeler le {{17}} ou le {{18}}, pas les urgences. Elle redonne les numeros {{2 fois}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tel interne : la radio demande si le patient du {{box 8}} peut monter. 'Pas de brancardier.' {{15 min}} plus tard, meme appel, meme reponse.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Haas]], {{45 ans}}, mise en demeure de rembourser {{3 400 €}} de {{prime d'activite}}. Il ne comprend pas. L'agent, M. [[PERSONNE:Vincent]], lui montre que ses revenus {{2023}} ont ete mal declares. Num alloc [[N_ALLOCATAIRE:4478120]]. Recours possible devant la {{CRA}}, formulaire donne.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{14h}} : l'accueil {{Caf}} ne recoit que sur rdv l'apres-midi. Une dame arrive sans rdv, l'agent de securite lui tend le flyer du {{3230}}. Elle n'a plus de credit. Il l'appelle depuis le poste interne.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Petrossian]] veut changer son RIB par tel. Refus : 'il faut passer par votre espace'. Il lit quand meme : '[[IBAN:FR76 3006 6100 2100 0105 4231 893]]'. Le conseiller n'ecrit rien et reexplique le chemin dans l'espace perso.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Formation pour les conseillers ce matin : la {{solidarite a la source}}, {{45 min}} en visio. Mon voisin ecoute d'une oreille en traitant ses mails.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle chez Mme [[PERSONNE:Lopez-Garcia]], {{Bellecroix}}, [[ADRESSE:12 rue du General Metman, 57070 Metz]]. Elle heberge sa soeur sans l'avoir declare. Le controleur : 'c'est pas interdit, il faut juste le dire'. Num alloc [[N_ALLOCATAIRE:3309871]]. Declaration faite sur la tablette.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Hoffmann]], {{76 ans}}, vient pour l'abonnement senior {{CTS}}. Justificatif : [[ADRESSE:45 route de la Wantzenau, 67000 Strasbourg]]. Fait en {{10 min}}. 'Je vais pouvoir aller voir mes petits-enfants a {{Hoenheim}}.'",
    ),
    (
        "ccas",
        "accueil_physique",
        "Panneau d'affichage du {{CCAS}} : {{Restos du Coeur}}, {{Secours populaire}}, {{Emmaus}}, permanence avocat gratuite le {{mardi}}. En {{2 h}}, personne ne l'a regarde.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide d'urgence : M. [[PERSONNE:Sissoko]], {{3 enfants}}, coupure d'electricite. Ref client {{Electricite de Strasbourg}} : [[IDENTIFIANT:40 1182 7734]]. L'agente appelle {{ES}} devant lui, retablissement dans la journee. Il pleure un peu, s'excuse.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un proprietaire appelle pour se plaindre d'un locataire suivi par le {{CCAS}}, M. [[PERSONNE:Fabre]]. L'agent ne peut rien dire. Le proprio laisse quand meme son numero : [[TELEPHONE:03 88 62 40 15]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Sur la route vers une VAD a {{Koenigshoffen}}, l'AS me parle du metier : {{32 dossiers}} actifs, {{4 VAD}} par semaine, le reste au bureau. Avant, {{12 ans}} a la {{Caf}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Nouveau resident : M. [[PERSONNE:Ahmed Al-Hassan]] ({{Syrie}}), refugie, titre de sejour n° [[IDENTIFIANT:6804477120]]. Il parle anglais, l'educ lui fait visiter en anglais approximatif. Ingenieur la-bas. Il montre des photos d'{{Alep}} sur son tel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : une femme enceinte, [[PERSONNE:Blessing]], nigeriane. Mise a l'abri a l'{{Ibis Budget}}, {{chambre 203}}. Numero de rappel : [[TELEPHONE:+33 7 53 18 62 09]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit a {{-8°C}}. Le {{115}} ouvre {{40 places}} de plus au gymnase. Tous les ecoutants sont la, meme ceux de repos. Le cafe tourne.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "VAD chez M. [[PERSONNE:Hasanović]], [[ADRESSE:1 rue de Verdun, 68100 Mulhouse]]. Rdv a la {{CPAM}} demain pour sa C2S, l'educ lui ecrit l'heure sur un post-it colle au frigo. Son chat s'appelle {{Pacha}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Jérémy Klein]], {{32 ans}}, veut passer le {{CACES}}. Identifiant [[ID_FRANCE_TRAVAIL:8201564L]]. Session trouvee a {{Sarrebourg}} en {{mars}}. Lui : 'c'est loin'. Elle : 'pas tant'.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente : {{6 personnes}}, {{1 borne}}, {{3 postes}} en libre service. Affiche 'Bienvenue chez {{France Travail}}', l'ancien logo {{Pole emploi}} depasse en dessous 😄.",
    ),
]

BATCH_7 = [
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Lemaire]] a perdu sa {{carte Vitale}} dans le {{tram A}}. L'agent declare la perte. NIR : [[NIR:2 87 03 68 224 118 09]], nee a {{Mulhouse}} en [[DATE_NAISSANCE:mars 87]]. 'Et si quelqu'un l'utilise ?' — 'Elle est desactivee des maintenant.' Ca la rassure a moitie.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. et Mme [[PERSONNE:Goetz]], retraites, viennent pour 'une question'. En fait {{5}}. L'agent ([[PERSONNE:Mathieu]]) les prend toutes. Le mari note chaque reponse dans un carnet {{Clairefontaine}}. Derniere question : verser les remboursements sur le compte de leur fille a {{Kehl}}, [[IBAN:DE51 6605 0101 0108 2345 67]] ? Non, il faut un compte a leur nom. {{22 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{16h30}}, fin de journee. Chiffres sur l'ecran du manager : {{187 visiteurs}}, attente moyenne {{24 min}}, max {{1 h 12}}. Il dit que le mardi c'est mieux.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Mendes]], ne au {{Portugal}} en [[DATE_NAISSANCE:fevrier 68]], macon a {{Haguenau}}, accident du travail. NIR [[NIR:1 68 02 99 139 031 58]]. IBAN pour les IJ : [[IBAN:FR76 1027 8010 2000 0214 5780 353]] ({{Credit Mutuel}}, 'la banque de tout le monde en {{Alsace}}' dit l'agent 😄).",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Théo]], {{17 ans}}, veut son numero de secu pour un job d'ete a {{Europa-Park}}, en {{Allemagne}}. L'agent imprime l'attestation et l'envoie aussi par mail : [[EMAIL:theo.gasser@free.fr]]. Il repart en courant, son bus part.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le conseiller ([[PERSONNE:Quentin]]) a une dame de {{Charleville-Mezieres}} sans medecin traitant depuis {{2 ans}}. Il ne peut que lui envoyer la liste de la {{CPTS}}. Elle : 'j'ai deja appele tout le monde'. Mail pour la liste : [[EMAIL:josiane.robert08@sfr.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Kaan Demir]], ne en [[DATE_NAISSANCE:juillet 1983]] en {{Turquie}}, NIR [[NIR:1 83 07 99 208 063 17]], tombe malade pendant ses vacances la-bas. Il appelle pour ses IJ. Il faut un certificat traduit, le conseiller lui explique {{2 fois}}, la ligne coupe, il rappelle.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Fin de la double ecoute. Sur {{2 h}} : {{19 appels}}, {{1}} seul reoriente, {{0}} raccroche au nez. Le conseiller me dit 'bonne journee' quand je pars, par reflexe.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dernier controle avec [[PERSONNE:Franck]], a {{Lingolsheim}}. M. [[PERSONNE:Rami Haddad]] est present. Devant la porte, un {{Renault Master}} [[IMMATRICULATION:GH-204-TA]] plein de cagettes. [[PERSONNE:Franck]] note la plaque : soupcon de travail pendant l'arret, transmis au service fraude. 'C'est pas moi qui decide.'",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hopital Central}}, {{Nancy}}. Un touriste belge, M. [[PERSONNE:Van den Berghe]], chute dans l'escalier de son hotel. Sa voiture, plaque belge [[IMMATRICULATION:1-GHT-482]], est sur le parking des urgences. L'externe ([[PERSONNE:Camille]]) l'aide a remplir la fiche.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 3}} : deux soeurs se disputent pour savoir qui signe pour leur pere, M. [[PERSONNE:Lévy]], dement. La secretaire lit la personne de confiance dans le dossier : '[[PERSONNE:Rachel Lévy]], [[TELEPHONE:06 20 41 88 75]]'. [[PERSONNE:Rachel]] est l'une des deux. Fin de la dispute.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{5h45}}. Releve a {{6h30}}. L'IOA de nuit a vu {{63 patients}} depuis {{20h}}. Elle a bu {{1 cafe}}. 'Pas eu le temps pour le deuxieme.'",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mere : son fils [[PERSONNE:Yassine]] est parti aux urgences en scooter apres une chute, est-il arrive ? La secretaire ne peut pas confirmer. 'Son scooter c'est le [[IMMATRICULATION:GB-551-AE]], il est devant ?' La secretaire sourit : 'je vois pas le parking madame'.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Zimmer]] veut rendre un trop-percu en liquide : {{250 €}} en billets. 'On ne prend pas les especes.' Elle est outree. Num alloc [[N_ALLOCATAIRE:5073316]], l'agent lui imprime les coordonnees pour un virement.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{10h}}, la file deborde dehors, {{17 personnes}}. Un agent passe avec une tablette pour 'pre-accueillir'. Selon lui, {{15 min}} d'attente en moins.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une travailleuse sociale du {{Departement}} appelle pour un suivi commun : la famille [[PERSONNE:Rousseau]], num alloc [[N_ALLOCATAIRE:6650284]]. Retour demande sur son mail pro : [[EMAIL:c.wendling@bas-rhin.fr]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "M. [[PERSONNE:Antoine Gérard]] (deux prenoms, ca embrouille le controleur). Appart [[ADRESSE:5 rue de la Gare, 68500 Guebwiller]]. Un camping-car dans la cour, [[IMMATRICULATION:EF 902 KL]] : il dit y dormir l'ete et louer l'appart. Sous-location non declaree, rapport a faire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture, le controleur remplit son rapport : {{14 rubriques}} (composition du foyer, ressources, logement...). Il ecrit 'RAS' sur {{11}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Lefort]], {{63 ans}}, domicilie au {{CCAS}} : son adresse officielle est celle du centre, {{1 parc de l'Etoile}}. Il passe chercher son courrier et un colis alimentaire. Il connait tout le monde par son prenom.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Haddou]] demande le tarif cantine a {{1 €}} pour ses {{2 enfants}}, ecole {{Pasteur}}. Attestation {{Caf}} avec son num alloc : [[N_ALLOCATAIRE:7190835]]. Accepte sur place.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame veut parler 'au maire'. 'Le maire ne prend pas les appels.' Elle veut se plaindre de son voisin bruyant, M. [[PERSONNE:Grimaldi]]. Redirigee vers la mediation de quartier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{14h}} a {{15h}} : {{9 appels}}. {{4}} pour la {{banque alimentaire}}, {{2}} pour le {{RSA}} (pas le bon guichet), {{3}} divers.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD chez Mme [[PERSONNE:Paulette Stoltz]], {{88 ans}}, [[ADRESSE:6 rue des Roses, 67720 Hoerdt]]. Elle nous montre d'abord son rosier, {{la rose}} '{{Pierre de Ronsard}}'. Puis la demande : aide menagere, {{2 h}} par semaine.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD : l'AS verifie detecteur de fumee, frigo, chauffage. Check-list de {{20 points}}. Tout ok sauf un chauffage d'appoint au petrole dans la chambre.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'educ de nuit ([[PERSONNE:Abdou]]) fait le tour des chambres a {{23h}}. {{Chambre 4}} : M. [[PERSONNE:Petit]] ne dort pas, audience demain au tribunal (RG [[IDENTIFIANT:24/01873]]). [[PERSONNE:Abdou]] reste {{20 min}} avec lui.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier CV au {{CHRS}}. [[PERSONNE:Moussa]] a besoin d'un mail pour postuler, cree sur place : [[EMAIL:moussa.kone.pro@gmail.com]]. Son identifiant {{France Travail}}, retrouve sur un vieux courrier : [[ID_FRANCE_TRAVAIL:3058842 J]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un homme appelle avec le tel d'un passant. Il s'appelle [[PERSONNE:Piotr]], ne parle que polonais. L'ecoutante passe par {{DeepL}}. Il est a la {{gare de Metz}}. Place trouvee. Le passant laisse son numero au cas ou : [[TELEPHONE:07 81 66 30 24]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Etat des lieux de sortie, appart du {{CHRS}} [[ADRESSE:10 rue de Thann, 68200 Mulhouse]]. La famille [[PERSONNE:Hamidi]] part en HLM. Murs propres, un trou dans la porte de la chambre des garcons. L'educ : 'on laisse passer'. Depot rembourse sur leur compte, [[IBAN:FR76 3000 2004 1200 0007 1826 335]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Suivi de M. [[PERSONNE:Bernard Ohlmann]], {{61 ans}}, identifiant [[ID_FRANCE_TRAVAIL:4099217 S]]. Il vise la retraite a {{64 ans}}. La conseillere lui parle du cumul. Nouveau numero de tel : [[TELEPHONE:06 45 09 71 36]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "L'agente d'accueil, [[PERSONNE:Myriam]] : 'ex-{{Pole emploi}}, ex-{{ANPE}}, ex-{{ASSEDIC}}', {{27 ans}} de maison. 'On change de nom, pas de metier.'",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Morin]] a recu un faux mail '{{France Travail}}' qui demandait son IBAN. Elle a repondu ! Elle lit ce qu'elle a envoye : [[IBAN:FR76 2004 1000 0107 8945 1226 070]]. La conseillere : appelez votre banque tout de suite. Signalement fait sur son dossier [[ID_FRANCE_TRAVAIL:9917320C]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur de {{Reims}}, maison de champagne ({{Veuve Clicquot}}), cherche {{40 vendangeurs}}. La conseillere saisit l'offre. Contact : Mme [[PERSONNE:Lallement]], ligne directe [[TELEPHONE:03 26 41 77 09]].",
    ),
]

# ---- end of notes ----

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7


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
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
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
    """Return (dev ids, holdout ids): uses only the ids and the cells, never the text."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    lines = [
        json.dumps(note, ensure_ascii=False) + "\n" for note in sorted(notes, key=lambda n: n["id"])
    ]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
