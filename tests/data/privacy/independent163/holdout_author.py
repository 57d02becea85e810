"""Independent evaluation corpus n° 163: 240 French observation notes written by hand.

Each note is a (site_kind, channel, text) tuple. Inline marks in the text:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips
the marks and computes the offsets; ``main`` numbers the notes ind163-001 ... ind163-240 in
writing order, draws the dev / holdout split and writes dev.jsonl and holdout.jsonl.

Standard library only, deterministic: ``python holdout_author.py``.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind163"
SEED = 163

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHYS, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# Notes 001-035.
NOTES_1 = [
    (
        CAF,
        TEL,
        "{{9h04}}, 1er appel. Une dame veut savoir pq son {{APL}} a baissé. [[PERSONNE:Sandrine]] (l'agente) demande le num alloc, la dame le dit tout doucement « [[N_ALLOCATAIRE:trois, trois... cinquante-huit... deux cent quatorze]] ». [[PERSONNE:Sandrine]] relit : « [[N_ALLOCATAIRE:33 58 214]] ? » Oui. Dossier au nom de Mme [[PERSONNE:Lasserre]], {{Bordeaux}} {{Bastide}}.",
    ),
    (
        CPAM,
        TEL,
        "Appel {{3646}}. Monsieur appelle pour sa carte vitale perdue. Le conseiller [[PERSONNE:Karim]] : « votre numéro de sécu s'il vous plaît ». Lui : « [[NIR:un, soixante-quatorze, onze, quatre-vingt-sept, zéro quatre-vingt-cinq, deux cent neuf, vingt-cinq]] ». [[PERSONNE:Karim]] tape en même temps et relit « [[NIR:1 74 11 87 085 209 25]] », c'est bon. Né à {{Limoges}} en [[DATE_NAISSANCE:novembre 74]]. Attente avant décroché : {{11 min}}.",
    ),
    (
        FT,
        TEL,
        "{{3949}} - jeune homme inscrit depuis {{2 mois}}, pas reçu son 1er paiement {{ARE}}. Identifiant dicté : « [[ID_FRANCE_TRAVAIL:cinq un deux trois quatre sept huit M]] comme {{Marcel}} ». [[PERSONNE:Élodie]] (conseillère) : « [[ID_FRANCE_TRAVAIL:5123478M]], c'est bien ça ? » Oui. Il s'appelle [[PERSONNE:Yanis Benali]], habite {{Talence}}.",
    ),
    (
        CAF,
        PHYS,
        "File d'attente devant la {{Caf}} de {{Périgueux}} : {{14 personnes}} à {{8h30}}, avant l'ouverture. Il pleut. Le vigile distribue les tickets, le mien c'est le {{A027}}. Bcp de jeunes mamans avec poussette.",
    ),
    (
        CPAM,
        TEL,
        "Dame âgée ({{82 ans}}) appelle pour le remboursement de ses lunettes. Agent : « votre date de naissance ? » - « le [[DATE_NAISSANCE:dix-sept... non dix-huit... si, dix-sept avril quarante-deux]] ». Rires des deux côtés. L'agent relit [[DATE_NAISSANCE:17/04/1942]] et trouve le dossier. Elle habite à {{Pau}}, quartier du {{Hédas}}.",
    ),
    (
        FT,
        TEL,
        "appel sortant : la conseillère [[PERSONNE:Maïté Etcheverry]] rappelle un demandeur qui a raté son rdv. Elle vérifie le numéro sur l'écran avant : [[TELEPHONE:06 47 21 83 09]]. Répondeur. Message : « rappelez le {{3949}} ou mon poste direct le {{40318}} ». Elle soupire, {{3e}} répondeur de la matinée.",
    ),
    (
        CCAS,
        PHYS,
        "{{CCAS}} de {{Poitiers}}. M. [[PERSONNE:Kowalczyk]] vient pour un bon alimentaire. Il sort sa CNI, l'agente recopie le numéro à voix haute : « [[IDENTIFIANT:T7X2M94K1]] ». Il a {{58 ans}}, vit seul aux {{Couronneries}}. Bon de {{40 €}} pour l'épicerie sociale.",
    ),
    (
        URG,
        PHYS,
        "Urgences CHU {{Limoges}}, {{22h10}}. Salle pleine, {{31 patients}} en attente dont {{4}} sur brancard dans le couloir. L'IAO me dit qu'elle n'a pas pris de pause depuis {{16h}}. Écran : délai estimé {{5h}}. Un enfant pleure sans arrêt.",
    ),
    (
        CAF,
        TEL,
        "Mr veut être rappelé. [[PERSONNE:Nadia]] note le num : « [[TELEPHONE:zéro sept, 62, quatre-vingts, 15, 33]] ». Elle relit « [[TELEPHONE:07 62 80 15 35]] », il corrige « non non, [[TELEPHONE:07 62 80 15 33]], trente-trois à la fin ». Elle s'excuse, la ligne grésille. Il s'appelle [[PERSONNE:Jean-Baptiste Dufau]].",
    ),
    (
        CPAM,
        TEL,
        "Pas de données perso dans cet appel : une femme demande juste les horaires de l'accueil de {{Mont-de-Marsan}} et si on peut venir sans rdv. Réponse : non, rdv sur {{ameli.fr}} ou au {{3646}}. Durée {{2 min 40}}.",
    ),
    (
        FT,
        TEL,
        "Monsieur très stressé, parle vite. Conseillère [[PERSONNE:Laetitia]] : « votre identifiant ? » lui : « [[ID_FRANCE_TRAVAIL:zéro quatre sept, un deux trois, six... B]] ». Elle : « attendez, [[ID_FRANCE_TRAVAIL:zéro quatre sept un deux trois six B]] ? » lui « oui B comme {{Bernard}} ». Elle tape [[ID_FRANCE_TRAVAIL:0471236B]]. Dossier : M. [[PERSONNE:Traoré Moussa]], {{34 ans}}, inscrit à {{Limoges}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place avec le contrôleur [[PERSONNE:Philippe Chabrol]]. Appart T2 au [[ADRESSE:14 rue Émile Zola, 87000 Limoges]]. Mme [[PERSONNE:Nadaud]] déclare vivre seule avec ses {{2 enfants}}. Le contrôleur regarde la boîte aux lettres : un seul nom. Il demande le bail, le nom du bailleur {{Limoges Habitat}}. Durée {{45 min}}.",
    ),
    (
        CPAM,
        TEL,
        "L'agente [[PERSONNE:Carole]] demande le NIR. Le monsieur le lit sur sa carte vitale : « [[NIR:1 83 07 99 350 012 76]] ». [[PERSONNE:Carole]] : « 99, vous êtes né à l'étranger ? » - « oui au {{Maroc}}, à {{Oujda}} ». Elle confirme : né en [[DATE_NAISSANCE:juillet 83]]. Demande d'attestation de droits envoyée par mail à [[EMAIL:h.elamrani83@gmail.com]].",
    ),
    (
        URG,
        TEL,
        "Le standard des urgences reçoit un appel d'une fille pour sa mère qui est tombée. On lui dit d'appeler le {{15}}. L'agent ne prend aucun nom. {{1 min}}. Je note qu'ils reçoivent beaucoup d'appels qui devraient aller au {{15}}.",
    ),
    (
        CHRS,
        TEL,
        "{{115}} de la {{Gironde}}, {{23h40}}. Un homme appelle d'une cabine à la gare {{Saint-Jean}}. Il donne son nom : « [[PERSONNE:Abdoulaye Keita]], K-E-I-T-A ». L'écoutante vérifie dans le logiciel : déjà connu, né le [[DATE_NAISSANCE:3 mars 1991]]. Plus de place ce soir à {{Bordeaux}}, on lui propose une place au gymnase demain.",
    ),
    (
        FT,
        PHYS,
        "Accueil {{France Travail}} {{Pau}}. Borne en panne, la file s'allonge. L'agente d'accueil ([[PERSONNE:Sophie]]) fait tout à la main. Une dame demande un formulaire pour l'{{ASS}}. {{9h50}} : {{11 personnes}} debout.",
    ),
    (
        CAF,
        TEL,
        "Appel {{3230}}. Mme [[PERSONNE:Ouedraogo]] donne son num allocataire en deux fois : « [[N_ALLOCATAIRE:quarante-sept... zéro un... neuf cent quatre-vingt-huit]] ». Conseiller : « donc [[N_ALLOCATAIRE:4701988]] ». Elle : « non [[N_ALLOCATAIRE:47 0 1, puis 9 8 8]], oui c'est ça ». Il demande aussi sa date de naissance : [[DATE_NAISSANCE:12 février 1970]]. Née au {{Sénégal}}. Question : {{RSA}} suspendu.",
    ),
    (
        CPAM,
        PHYS,
        "Accueil Cpam {{Bordeaux}} {{Mériadeck}}. Un étudiant étranger veut sa carte vitale. Il présente son titre de séjour, n° [[IDENTIFIANT:3301245678]]. L'agent dit que le NIR provisoire est en cours. Il est venu {{3 fois}}.",
    ),
    (
        CCAS,
        TEL,
        "Appel au {{CCAS}} de {{La Rochelle}} : un voisin signale une personne âgée qui ne sort plus. Il ne veut pas donner son nom. L'agente note juste le quartier, {{Mireuil}}, et transmet. Durée {{4 min}}.",
    ),
    (
        FT,
        TEL,
        "La dame épelle son nom : « [[PERSONNE:N-G-U-Y-E-N]], prénom [[PERSONNE:Thi Hoa]] ». Conseiller ([[PERSONNE:Romain]]) lui demande sa date de naissance, elle dit « le [[DATE_NAISSANCE:9, 09, 1979]] » puis « non pardon, le [[DATE_NAISSANCE:9 septembre 79]] ». Il trouve son dossier. Elle veut actualiser, site bloqué.",
    ),
    (
        CHRS,
        PHYS,
        "CHRS à {{Périgueux}}, petit déj. {{12 résidents}}. Un chat du foyer, {{Moustache}}, se balade entre les tables. Le travailleur social dit que c'est le seul qui ne se plaint jamais 😂.",
    ),
    (
        CAF,
        TEL,
        "L'allocataire lit son RIB pour un changement de compte : « [[IBAN:FR76, 3000, 4008, 2300, 0123, 4567, 819]] ». L'agent : « vous pouvez répéter la fin ? » - « [[IBAN:4567 819]] ». Elle envoie aussi le RIB par l'espace {{Mon Compte}}. Je me demande si c'est bien de dire ça au tel.",
    ),
    (
        URG,
        PHYS,
        "Box {{3}}. Infirmière [[PERSONNE:Amandine]] demande à un patient son nom. « [[PERSONNE:Haddad]]. [[PERSONNE:Samir Haddad]] ». Elle scanne son bracelet, IPP [[IDENTIFIANT:P00784512]]. Douleur thoracique, ECG dans les {{10 min}}.",
    ),
    (
        CPAM,
        TEL,
        "appel {{3646}} {{10h22}} - une jeune femme, son NIR en groupes de trois : « [[NIR:292, 068, 619, 403, 716]] ». L'agente recompose à voix haute « [[NIR:2 92 06 86 194 037 16]] », ok. Née à {{Poitiers}}. Elle veut rattacher son bébé à sa carte. Bébé né il y a {{3 semaines}}, pas encore de prénom sur les papiers 😅.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec [[PERSONNE:Fanny]] (CCAS {{Mont-de-Marsan}}) chez M. [[PERSONNE:Lacoste]], {{79 ans}}, [[ADRESSE:6 impasse des Tilleuls]]. Frigo presque vide. Il a un chien, {{Rocky}}, qui aboie tout le temps. [[PERSONNE:Fanny]] propose le portage de repas.",
    ),
    (
        FT,
        TEL,
        "Pas de nom ni de numéro dans celui-là : un homme veut savoir si l'agence de {{Périgueux}} est ouverte le mercredi aprem. Réponse : sur rdv uniquement. Il raccroche sans dire au revoir.",
    ),
    (
        CAF,
        TEL,
        "[[PERSONNE:Sandrine]] me dit que les gens donnent souvent leur numéro de sécu au lieu du num alloc. Juste après, un monsieur dit « mon numéro c'est [[NIR:1 61 01 64 445 118 17]] ». Elle : « ça c'est la sécu, il me faut le numéro allocataire, 7 chiffres ». Lui : « ah... [[N_ALLOCATAIRE:6 4 0 2 9 1 5]] ». Ok. Né à {{Pau}} en [[DATE_NAISSANCE:janvier 61]].",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Vienne}}. Une femme avec {{2 enfants}} cherche une mise à l'abri. Écoutante [[PERSONNE:Samia]] prend son numéro : « [[TELEPHONE:07 81 ... 44 ... 02 ... 97]] », la femme n'a plus beaucoup de batterie. Place trouvée à l'hôtel {{Première Classe}} de {{Poitiers}}, chambre {{214}}.",
    ),
    (
        CPAM,
        CSP,
        "Enquête à domicile (agent assermenté [[PERSONNE:Olivier Texier]]) pour des indemnités journalières. Assuré absent, voisine dit qu'il est au travail 🙄. Adresse : [[ADRESSE:27 avenue de la Libération, 24000 Périgueux]]. Avis de passage laissé.",
    ),
    (
        URG,
        PHYS,
        "Je remarque qu'on appelle les patients par leur prénom au micro : « [[PERSONNE:Kevin]] box 2 ». Personne ne réagit. « [[PERSONNE:Kevin]] ?? » Un ado se lève. Il était au fond avec son casque.",
    ),
    (
        FT,
        TEL,
        "Conseillère : « et votre numéro de portable ? » La dame : « [[TELEPHONE:six, vingt-quatre, trente et un, cinquante, quatre-vingt-dix-neuf]] », la conseillère ne l'avait pas, elle le rajoute sur le dossier : [[TELEPHONE:06 24 31 50 99]]. Email aussi : [[EMAIL:marie.lagrange40 arobase orange point fr]].",
    ),
    (
        CCAS,
        PHYS,
        "Un jeune vient pour une domiciliation. Pas de nom échangé devant moi, l'agent l'emmène dans le bureau fermé. Attente {{20 min}}. Affiche au mur : « {{Restos du Coeur}} inscriptions le {{mardi}} ».",
    ),
    (
        CAF,
        TEL,
        "Appel long ({{18 min}}). Prime d'activité : Mme [[PERSONNE:Giraud-Pereira]] ne comprend pas le calcul. Num alloc lu de l'écran par l'agent : [[N_ALLOCATAIRE:1735206]]. Elle a {{2 enfants}}, nés en [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]]. L'agent explique le trimestre de référence, elle finit par dire « ok je verrai sur l'appli ».",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un logement diffus du CHRS avec l'éducatrice [[PERSONNE:Bérénice]]. Appartement partagé [[ADRESSE:3 rue Carnot, 64000 Pau]]. {{2 résidents}} présents. Odeur de moisi dans la SdB, elle prend des photos pour le bailleur.",
    ),
    (
        CPAM,
        TEL,
        "Un homme donne son numéro de sécu en disant les chiffres un par un, très lentement : « [[NIR:un... huit... huit... un deux... deux quatre... trois deux deux... un cinq cinq... un quatre]] ». L'agent tape au fur et à mesure. Né en [[DATE_NAISSANCE:décembre 88]] à {{Périgueux}}. Il veut une CSS.",
    ),
]

# Notes 036-070.
NOTES_2 = [
    (
        CAF,
        TEL,
        "Création de dossier, il faut le NIR : « [[NIR:deux, soixante-dix-neuf, zéro neuf, dix-sept, trois cents, zéro soixante-quatre, trente-six]] ». L'agent répète en chiffres « [[NIR:2 79 09 17 300 064 36]] », « c'est ça ». Née à {{La Rochelle}} le [[DATE_NAISSANCE:21 septembre 1979]]. Elle vient de se séparer, demande d'{{ASF}}.",
    ),
    (
        FT,
        TEL,
        "[[PERSONNE:Thomas]] : « vous pouvez me redonner votre identifiant ? » - « [[ID_FRANCE_TRAVAIL:3 6 9 0 2 1 4 X]] » - « X ? » - « X comme... euh... {{Xavier}} ». Fou rire. [[PERSONNE:Thomas]] tape [[ID_FRANCE_TRAVAIL:3690214X]]. Mme [[PERSONNE:Duarte]], {{Mérignac}}, demande une attestation employeur manquante.",
    ),
    (
        CPAM,
        PHYS,
        "Accueil Cpam {{Limoges}} : {{6 bornes}} {{ameli}}, {{2}} en panne. Une agente passe son temps à aider les gens à scanner leurs feuilles de soins. Attente affichée {{25 min}}.",
    ),
    (
        CAF,
        TEL,
        "« date de naissance ? » - « [[DATE_NAISSANCE:4, zéro quatre, quatre-vingt-quinze]] ». L'agente relit « [[DATE_NAISSANCE:04/04/1995]] » ok. Mlle [[PERSONNE:Bessière Lina]], étudiante à {{Mont-de-Marsan}}, APL. Fixe des parents en rappel : [[TELEPHONE:05 58 06 41 72]].",
    ),
    (
        URG,
        PHYS,
        "Une mère arrive avec son fils de {{6 ans}}, fièvre. À l'accueil admin on lui demande la carte vitale, elle ne l'a pas. L'agente cherche par nom : « [[PERSONNE:Rakotomalala]]... vous pouvez épeler ? » - « [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]] ». Né le [[DATE_NAISSANCE:2 juin 2018]]. Trouvé.",
    ),
    (
        CPAM,
        TEL,
        "NIR dicté par paires, ça embrouille tout le monde : « [[NIR:19 00 69 91 39 06 18 1]] ». L'agente lui fait reprendre à la façon de la carte : « [[NIR:1, 90, 06, 99, 139, 061, 81]] ». M. [[PERSONNE:Rui Fernandes]], né au {{Portugal}} en [[DATE_NAISSANCE:juin 1990]]. Question sur des soins faits à {{Porto}} cet été.",
    ),
    (
        CCAS,
        PHYS,
        "Mme [[PERSONNE:Yilmaz]] vient avec une facture {{EDF}}, réf. client [[IDENTIFIANT:6012 458 931]], {{312 €}} de retard. L'agente monte un dossier d'aide énergie. Elle habite [[ADRESSE:22 rue de la Mare-aux-Loups, 86000 Poitiers]] avec {{3 enfants}}.",
    ),
    (
        FT,
        PHYS,
        "Atelier CV collectif, {{8}} inscrits, {{5}} présents. La conseillère projette un CV modèle au nom de [[PERSONNE:Julie Martin]]. Un participant demande si c'est une vraie personne 😄.",
    ),
    (
        CAF,
        TEL,
        "Mme [[PERSONNE:Ben Hadj]] veut les attestations par mail, elle épelle : « [[EMAIL:amina point ben tiret du 8 hadj arobase hotmail point fr]] ». L'agent écrit [[EMAIL:amina.ben_hadj@hotmail.fr]] et relit deux fois. Ça prend {{3 min}} rien que pour l'adresse.",
    ),
    (
        CHRS,
        PHYS,
        "Entretien d'admission au CHRS, {{Bordeaux}}. M. [[PERSONNE:Popescu]], {{41 ans}}, avec l'éducateur [[PERSONNE:Yannick]]. Passeport roumain n° [[IDENTIFIANT:055218934]]. Il a travaillé dans les vignes à {{Saint-Émilion}} jusqu'en {{2022}}.",
    ),
    (
        CPAM,
        TEL,
        "Entre deux appels l'agente me montre le tableau : {{47 appels}} en file, temps moyen {{9 min}}. Elle dit que le lundi matin c'est pire. Café froid.",
    ),
    (
        FT,
        TEL,
        "« votre date de naissance madame ? » - « [[DATE_NAISSANCE:trente et un, douze, soixante-treize]] ». La conseillère : « [[DATE_NAISSANCE:31 décembre 73]], d'accord ». Pour vérifier elle demande aussi le NIR : [[NIR:2 73 12 17 306 198 64]]. Mme [[PERSONNE:Chaigneau]], {{Rochefort}}, {{50 ans}}, fin de droits dans {{3 mois}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle avec [[PERSONNE:Agnès Peyrat]] : déclaration de vie seule. Voiture garée devant, immat [[IMMATRICULATION:FG-482-TL]], au nom d'un homme d'après le fichier. Mme [[PERSONNE:Moreau]] dit que c'est à son frère. Adresse : [[ADRESSE:5 allée des Mimosas, 17000 La Rochelle]].",
    ),
    (
        CPAM,
        TEL,
        "Il donne son portable : « [[TELEPHONE:zéro six... euh attendez c'est le nouveau... zéro six, treize, cinquante-deux, soixante-dix-sept, quatre-vingt-un]] ». L'agent tape [[TELEPHONE:06 13 52 77 81]]. M. [[PERSONNE:Gérard Cazenave]], {{Mont-de-Marsan}}.",
    ),
    (
        URG,
        TEL,
        "Appel de l'{{EHPAD Les Jardins de Saint-Pierre}} : l'infirmière prévient qu'une résidente arrive en ambulance, Mme [[PERSONNE:Lamarque]], née en [[DATE_NAISSANCE:1934]], chute. L'agent d'accueil note sur un post-it.",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Haute-Vienne}}, {{2h}} du matin. Un homme qui appelle tous les soirs, les écoutants l'appellent « [[PERSONNE:Papi Jo]] ». Place trouvée à la {{Résidence Bellevue}}, chambre {{12}}.",
    ),
    (
        FT,
        TEL,
        "La dame donne son num : « [[TELEPHONE:07 55 19... 42... 68]] », puis « ah non ça c'est l'ancien, le nouveau c'est [[TELEPHONE:07 55 19 42 86]] ». [[PERSONNE:Anthony]] corrige sur le dossier. Il me dit que la moitié des numéros dans les dossiers sont faux.",
    ),
    (
        CAF,
        PHYS,
        "Jeune couple à l'accueil {{Caf}} {{Poitiers}}, déclaration de grossesse. Ils donnent leurs noms : [[PERSONNE:Clément]] et [[PERSONNE:Inès Boutin]]. Il a oublié sa pièce d'identité, ça passe quand même.",
    ),
    (
        CPAM,
        TEL,
        "« Mon numéro c'est [[NIR:un soixante-quatre zéro neuf deux B zéro trente-trois zéro quatorze vingt-sept]] ». L'agente : « deux B, vous êtes corse ? » - « {{Bastiais}} ! » Né le [[DATE_NAISSANCE:14 septembre 1964]], vit à {{Biarritz}}. Il veut changer de médecin traitant.",
    ),
    (
        CCAS,
        TEL,
        "Appel au CCAS de {{Pau}} : Mme [[PERSONNE:Arrieta]] veut un rdv pour l'aide au chauffage. L'agente prend son tél : [[TELEPHONE:05 59 27 64 13]]. Rdv jeudi {{14h}}.",
    ),
    (
        FT,
        PHYS,
        "Un monsieur tend un courrier {{France Travail}} avec son identifiant [[ID_FRANCE_TRAVAIL:2248017 F]]. Il ne lit pas le français, c'est son fils de {{12 ans}} qui traduit. Le courrier : radiation pour absence à rdv.",
    ),
    (
        CAF,
        TEL,
        "Appel d'une asso de {{Bergerac}} qui veut savoir comment accompagner son public sur le simulateur {{prime d'activité}}. Redirigé vers le service partenaires. Rien de perso.",
    ),
    (
        URG,
        PHYS,
        "Urgences {{Pau}}, un motard arrive à pied, casque à la main, accident sur la rocade. Il donne son immat au policier présent : [[IMMATRICULATION:GH 217 KB]]. Nom : [[PERSONNE:Darrigrand]]. Poignet gonflé.",
    ),
    (
        CPAM,
        TEL,
        "Monsieur très âgé, sa fille à côté lui souffle les chiffres : « [[NIR:1 57 08 2A 004 219 22]] ». Il répète après elle, lentement. Né à {{Ajaccio}} le [[DATE_NAISSANCE:12 août 57]]. La fille ([[PERSONNE:Marie-Ange]]) finit par prendre le téléphone.",
    ),
    (
        CHRS,
        PHYS,
        "Repas du soir au CHRS de {{Mont-de-Marsan}}, {{18h45}}. Soupe, pâtes, compote. Une résidente a mis des {{marguerites}} du jardin dans un verre. Bonne ambiance ce soir.",
    ),
    (
        FT,
        TEL,
        "Le conseiller vérifie l'adresse : « vous êtes toujours au [[ADRESSE:12 bis rue Gambetta, 40100 Dax]] ? » - « non j'ai déménagé, [[ADRESSE:3 résidence Les Chênes, Saint-Paul-lès-Dax]] ». Mise à jour faite. M. [[PERSONNE:Ithurralde]].",
    ),
    (
        CAF,
        TEL,
        "Étudiante, demande d'APL. Son NIR, un bloc puis des mots : « [[NIR:2 98 07 33 243, cinq cent dix, zéro deux]] ». L'agent : « 33 243, c'est {{Libourne}} ça ? » - « oui ». Portable : [[TELEPHONE:07 69 03 58 21]].",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail avec [[PERSONNE:Hélène]], agente assermentée. M. [[PERSONNE:Boutaleb]] est là, en pyjama, sorties autorisées {{9h-11h}} et {{14h-16h}}. [[ADRESSE:41 cours Victor Hugo, 33000 Bordeaux]], {{3e}} étage sans ascenseur.",
    ),
    (
        URG,
        PHYS,
        "{{2h15}}. Calme relatif. Deux agents de sécu, un homme sans abri dort sur les chaises, personne ne le réveille. Le distributeur de boissons affiche « HORS SERVICE ».",
    ),
    (
        CCAS,
        CSP,
        "Évaluation à domicile, CCAS {{Périgueux}} : Mme [[PERSONNE:Veyssière]], {{91 ans}}, [[ADRESSE:8 chemin de la Combe, 24750 Trélissac]]. Sa voisine [[PERSONNE:Josette]] passe tous les jours. Dossier APA à monter.",
    ),
    (
        FT,
        TEL,
        "[[PERSONNE:Nathalie]] appelle un demandeur pour une offre ({{offre n° 178KZPQ}}, cariste à {{Limoges}}). Il demande si elle est encore dispo. Son identifiant, qu'il lit sur un vieux courrier : « [[ID_FRANCE_TRAVAIL:6 0 5 2 3 1 9 R]] ». Elle l'a déjà à l'écran.",
    ),
    (
        CAF,
        TEL,
        "Coupure réseau, {{6 min}} sans appel. L'agente en profite pour me montrer les scripts de réponse : {{RSA}}, {{AAH}}, {{APL}}, {{prime de naissance}}...",
    ),
    (
        CPAM,
        TEL,
        "[[PERSONNE:Karim]] encore. La dame donne sa mutuelle, {{Harmonie Mutuelle}}, adhérente n° [[IDENTIFIANT:48 215 907]], puis son NIR : [[NIR:2 81 08 40 088 126 70]]. Née à {{Dax}} en [[DATE_NAISSANCE:août 81]]. Tiers payant refusé chez le pharmacien.",
    ),
    (
        CHRS,
        CSP,
        "Visite chez un ménage sorti du CHRS il y a {{6 mois}}, famille [[PERSONNE:Sow]], [[ADRESSE:19 avenue des Pyrénées, 64000 Pau]]. Tout va bien, le petit a commencé l'école. L'éducatrice ([[PERSONNE:Bérénice]]) clôt le suivi.",
    ),
    (
        FT,
        TEL,
        "M. [[PERSONNE:Hamidi]] lit sa date de naissance sur son titre de séjour, au format bizarre : « [[DATE_NAISSANCE:1988, tiret, 03, tiret, 07]] ». Titre n° [[IDENTIFIANT:3302147856]]. La conseillère le rassure : pas besoin de renvoyer le titre tant qu'il est valide.",
    ),
]

# Notes 071-105.
NOTES_3 = [
    (
        CAF,
        TEL,
        "La jeune femme donne son NIR d'une traite, beaucoup trop vite : « [[NIR:deux, quatre-vingt-quinze, zéro quatre, quarante, cent quatre-vingt-douze, zéro vingt-trois, quatre-vingt-six]] ». L'agente lui fait répéter lentement et relit [[NIR:2 95 04 40 192 023 86]]. Mme [[PERSONNE:Océane Labarthe]], {{Mont-de-Marsan}}.",
    ),
    (
        FT,
        TEL,
        "Il dit son portable par trois, ça perd tout le monde : « [[TELEPHONE:065... 123... 87... 40]] ». [[PERSONNE:Théo]] relit « [[TELEPHONE:06 51 23 87 40]] ? » - « voilà ». M. [[PERSONNE:Sébastien Kaya]], cherche dans le BTP vers {{Bayonne}}.",
    ),
    (
        CCAS,
        PHYS,
        "Salle d'attente CCAS {{Limoges}} : {{4}} personnes, un monsieur avec un sac de courses plein de papiers. Affiches {{FSL}} et aide aux vacances. L'agente connaît tout le monde mais je n'entends aucun nom.",
    ),
    (
        CPAM,
        TEL,
        "Étudiante qui part en Erasmus à {{Valence}}, veut sa carte européenne. « Je suis née le [[DATE_NAISSANCE:vingt-six janvier deux mille deux]] ». NIR : [[NIR:2 02 01 33 522 045 03]] (née à {{Talence}}). Envoi sous {{15 jours}}.",
    ),
    (
        CHRS,
        TEL,
        "[[PERSONNE:Baptiste]], écoutant {{115}} {{Landes}}. Une femme appelle pour son compagnon qui dort dans sa voiture, une {{Clio}} grise immatriculée [[IMMATRICULATION:DX-905-QM]], sur le parking de l'{{Intermarché}} de {{Saint-Pierre-du-Mont}}. Maraude prévenue.",
    ),
    (
        FT,
        PHYS,
        "Logo {{Pôle emploi}} encore sur la porte 😅. Accueil {{La Rochelle}}. Une femme demande à changer de conseiller, elle ne supporte plus Mme [[PERSONNE:Giraudeau]]. L'agent note sans commenter.",
    ),
    (
        CAF,
        TEL,
        "« [[N_ALLOCATAIRE:2 8 5 9 3 4 1]] ». L'agente : « [[N_ALLOCATAIRE:2859431]] ? » - « oui, [[N_ALLOCATAIRE:285 93 41]] ». Mme [[PERSONNE:Pham]] attend la prime de naissance, bébé prévu pour {{juin}}.",
    ),
    (
        URG,
        PHYS,
        "Un patient donne son nom à l'IAO : « [[PERSONNE:Guillaume]]... [[PERSONNE:Guillaume Pierre]] ». Elle : « [[PERSONNE:Pierre]] c'est le nom ou le prénom ? » - « le nom ». Entaille à la main, il coupait du {{chêne}}.",
    ),
    (
        CPAM,
        PHYS,
        "Accueil {{Pau}}. Un monsieur déclare un changement d'adresse. L'agent tape : [[ADRESSE:17 rue Bernadotte, 64000 Pau]]. Nom : [[PERSONNE:Capdevielle]]. {{4 min}}.",
    ),
    (
        FT,
        TEL,
        "« [[ID_FRANCE_TRAVAIL:un neuf zéro... non un neuf huit, quatre cinq six deux, L]] ». Le conseiller relit « [[ID_FRANCE_TRAVAIL:1984562 L]] ». M. [[PERSONNE:Lucas Bernard]], il appelle depuis son camion.",
    ),
    (
        CHRS,
        PHYS,
        "Le CHRS a un potager : tomates, courgettes, un {{olivier}} planté l'an dernier. {{6}} résidents y passent l'après-midi. L'éducateur dit que c'est le meilleur outil d'insertion qu'ils aient.",
    ),
    (
        CAF,
        TEL,
        "M. [[PERSONNE:Nkounkou]] lit son RIB rubrique par rubrique : « [[IBAN:code banque deux zéro zéro quatre un, guichet zéro un zéro zéro un, compte zéro cinq six trois deux huit un sept trois un deux, clé trente-six]] ». L'agent saisit, le logiciel valide la clé ✅.",
    ),
    (
        CPAM,
        TEL,
        "Une pharmacienne de {{Bergerac}} appelle la ligne assurés par erreur. Redirigée. {{40 s}}.",
    ),
    (
        CCAS,
        TEL,
        "Un fils appelle pour sa mère, Mme [[PERSONNE:Chassagne]] : courrier d'huissier, dossier n° [[IDENTIFIANT:2024/0561]]. L'agente prend le portable du fils, [[TELEPHONE:06 30 84 12 57]], et promet un rappel.",
    ),
    (
        URG,
        PHYS,
        "{{14h}}. Un habitué, les soignants l'appellent « [[PERSONNE:Baron]] ». Il vient pour un pansement, repart avec un sandwich. L'aide-soignante dit « c'est notre {{3e}} visite de la semaine ».",
    ),
    (
        FT,
        TEL,
        "Date de naissance : « [[DATE_NAISSANCE:onze, 11, deux mille un]] ». Le conseiller : « [[DATE_NAISSANCE:11/11/2001]], le jour de l'armistice ! ». M. [[PERSONNE:Mamadou Sylla]], {{Limoges}}, première inscription.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez M. [[PERSONNE:Garcia]], ressources non déclarées. Auto-entrepreneur, son SIRET perso : [[IDENTIFIANT:812 457 963 00018]]. Il montre ses factures sur son tel. Contrôleur : [[PERSONNE:Philippe]]. [[ADRESSE:9 rue du Pont-Neuf, 87000 Limoges]].",
    ),
    (
        CPAM,
        TEL,
        "La dame lit sa carte vitale mais oublie la clé : « [[NIR:2 84 10 86 062 140... 61]] », la clé est écrite plus petit. Mme [[PERSONNE:Sylvie Rousseau]], {{Châtellerault}}, née en [[DATE_NAISSANCE:octobre 1984]]. Demande de duplicata.",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{Charente-Maritime}} : un homme donne son nom, « [[PERSONNE:Dimitri]], c'est tout », et son année : « je suis de [[DATE_NAISSANCE:quatre-vingt-six]] ». L'écoutante ne le trouve pas dans le logiciel.",
    ),
    (
        FT,
        PHYS,
        "Accueil FT {{Périgueux}}. Un jeune montre son appli, identifiant visible : [[ID_FRANCE_TRAVAIL:7815302D]], mot de passe oublié. L'agent réinitialise en {{2 min}}.",
    ),
    (
        CAF,
        PHYS,
        "Dame âgée, attestation de paiement pour sa caisse de retraite. L'agente tape le nom : « [[PERSONNE:Lefèvre]] avec un accent ? » - « non, [[PERSONNE:Lefebvre]], b-v-r-e ». Sourire des deux.",
    ),
    (
        CPAM,
        TEL,
        "« mon fixe c'est le [[TELEPHONE:cinq cinquante-cinq... ah non zéro cinq, cinquante-cinq, trente-deux, zéro zéro, dix-neuf]] ». L'agent relit « [[TELEPHONE:05 55 32 00 19]] ». M. [[PERSONNE:Faure]], {{Limoges}}.",
    ),
    (
        URG,
        TEL,
        "Standard : {{3}} appels en {{5 min}} pour demander le temps d'attente. Réponse toujours la même : « on ne peut pas savoir, monsieur ».",
    ),
    (
        CCAS,
        PHYS,
        "[[PERSONNE:Nolan]], {{19 ans}}, vient pour le {{FAJ}}, envoyé par la {{Mission locale}}. L'agente recopie sa carte d'identité (ancien modèle) : [[IDENTIFIANT:180433102891]].",
    ),
    (
        FT,
        TEL,
        "« c'est [[EMAIL:jordan point lopez tiret 33 at laposte point net]] » - « at ? » - « arobase quoi ». [[PERSONNE:Marc]] tape [[EMAIL:jordan.lopez-33@laposte.net]].",
    ),
    (
        CAF,
        TEL,
        "Elle répète son num alloc deux fois dans la même phrase : « [[N_ALLOCATAIRE:5 0 3... 5 0 3... 7 7 2 6]] ». L'agente : « [[N_ALLOCATAIRE:503 7726]] ». Mme [[PERSONNE:Diallo]], jumeaux nés le [[DATE_NAISSANCE:2 mars]] 👶👶.",
    ),
    (
        CPAM,
        CSP,
        "Avec [[PERSONNE:Olivier Texier]], vérif de résidence pour une CSS. Voisin : la dame est au {{Maroc}} depuis {{3 mois}}. Boîte pleine. [[ADRESSE:Résidence Les Acacias, bât. B, 2 rue Jean Moulin, 24100 Bergerac]].",
    ),
    (
        CHRS,
        PHYS,
        "Atelier cuisine. [[PERSONNE:Fatou]] montre comment faire le mafé, [[PERSONNE:Kévin]] (le cuisinier) prend des notes 😂. {{11h30}}, ça sent bon dans tout le couloir.",
    ),
    (
        URG,
        PHYS,
        "Accueil admin. Une patiente donne sa mutuelle, {{MGEN}} n° [[IDENTIFIANT:187452301]], et sa carte vitale : [[NIR:2 66 05 87 187 071 65]]. {{58 ans}}, née en [[DATE_NAISSANCE:mai 66]]. Elle vient pour une chute dans l'escalier.",
    ),
    (
        FT,
        TEL,
        "La conseillère m'explique le {{CEJ}} pendant que la musique d'attente tourne. {{Vivaldi}} en boucle, elle dit qu'elle ne l'entend plus.",
    ),
    (
        CAF,
        TEL,
        "L'agent n'entend pas, l'appelant redit sa date en chiffres puis en lettres : « [[DATE_NAISSANCE:15 08 1976]]... [[DATE_NAISSANCE:quinze août soixante-seize]] ». Num alloc : [[N_ALLOCATAIRE:4418702]]. M. [[PERSONNE:Zerrouki]].",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile annulée : la dame n'a pas ouvert. L'agente laisse un mot dans la boîte. Retour au bureau à {{15h10}}.",
    ),
    (
        CPAM,
        TEL,
        "« [[NIR:un, soixante-seize, zéro trois, quatre-vingt-dix-neuf, trois cent cinquante-deux, zéro quarante, soixante-treize]] ». [[PERSONNE:Carole]] vérifie : né en [[DATE_NAISSANCE:mars 76]] à {{Oran}}, ok. Il veut une attestation pour la préfecture.",
    ),
    (
        FT,
        TEL,
        "Identifiant avec des espaces bizarres : « [[ID_FRANCE_TRAVAIL:09 27 41 3 S]] ». [[PERSONNE:Laetitia]] tape [[ID_FRANCE_TRAVAIL:0927413S]]. M. [[PERSONNE:Tran Van Long]], {{Poitiers}}, veut voir sa conseillère habituelle, Mme [[PERSONNE:Rivaud]].",
    ),
    (
        CHRS,
        CSP,
        "Passage à l'appartement relais, [[ADRESSE:27 rue Saint-Nicolas, 17000 La Rochelle]]. Personne. Plante verte morte, on arrose quand même 🌱.",
    ),
]

# Notes 106-139.
NOTES_4 = [
    (
        CAF,
        TEL,
        "Changement de banque. Mme [[PERSONNE:Bouzid]] lit son IBAN d'un coup : « [[IBAN:FR76 1027 8360 5000 0214 5780 158]] ». L'agente lui fait redire par quatre : « [[IBAN:FR76, 1027, 8360, 5000, 0214, 5780, 158]] ». Banque : {{Crédit Mutuel}}.",
    ),
    (
        FT,
        TEL,
        "Jeune femme : « [[ID_FRANCE_TRAVAIL:8 4 0 6 1 1 9 J]], J comme {{Jacques}} ». [[PERSONNE:Hugo]] : « et la date de naissance ? » - « [[DATE_NAISSANCE:vingt-trois... zéro six... deux mille trois]] ». C'est bon, dossier ouvert.",
    ),
    (
        CPAM,
        TEL,
        "Le jeune mélange chiffres et mots : « [[NIR:1 99 10, trente-trois, 281, trois cent deux, 89]] ». [[PERSONNE:Karim]] : « vous êtes né à {{Mérignac}} ? » - « ouais ». Date exacte : [[DATE_NAISSANCE:30/10/99]]. M. [[PERSONNE:Enzo Mbemba]], perte de carte vitale (encore).",
    ),
    (
        CAF,
        PHYS,
        "Accueil {{Caf}} {{La Rochelle}}, espace numérique : {{5 postes}}, un jeune en service civique aide les gens. Beaucoup de questions sur la {{prime d'activité}}. Au mur : {{caf.fr}} et l'appli.",
    ),
    (
        FT,
        TEL,
        "« [[TELEPHONE:07 49 93... 18 60]] ». La conseillère relit : « [[TELEPHONE:07 49 93 18 16]] ». - « Non, soixante ! [[TELEPHONE:07 49 93 18 60]] ». M. [[PERSONNE:Kader Benyahia]], {{Pau}}.",
    ),
    (
        CPAM,
        PHYS,
        "File de {{12 personnes}}. Un homme crie qu'il attend depuis une heure. L'agent de sécurité, [[PERSONNE:Mickaël]], le calme. Au guichet {{4}} on l'appelle : « M. [[PERSONNE:Gomes]] ! ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez Mme [[PERSONNE:Lagarde]], [[ADRESSE:lieu-dit Lamothe, 24260 Le Bugue]]. Maison isolée, deux voitures dans la cour : [[IMMATRICULATION:BR-318-YC]] et [[IMMATRICULATION:EZ 744 NP]]. Elle dit que l'une est à son fils.",
    ),
    (
        CCAS,
        TEL,
        "CCAS {{Poitiers}}. M. [[PERSONNE:Ferhat]] demande où en est sa demande d'hébergement, n° SIAO [[IDENTIFIANT:SIAO86-2024-0312]]. Il faut attendre la commission du {{jeudi}}.",
    ),
    (
        FT,
        TEL,
        "Pour retrouver le dossier la conseillère demande la sécu : « [[NIR:un quatre-vingt-treize zéro deux vingt-quatre zéro trente-sept zéro zéro sept soixante-deux]] ». Né à {{Bergerac}} le [[DATE_NAISSANCE:8 février 1993]]. M. [[PERSONNE:Jordan Lacombe]].",
    ),
    (
        URG,
        PHYS,
        "Accueil {{Mont-de-Marsan}}. Une jeune femme arrive avec sa grand-mère, Mme [[PERSONNE:Dupouy]], {{88 ans}}. Médecin traitant ? « Dr [[PERSONNE:Lalanne]], à {{Saint-Sever}} ».",
    ),
    (
        CAF,
        TEL,
        "Son fils traduit. Num alloc : « [[N_ALLOCATAIRE:zéro huit... 8 1 4... cinquante-deux]] ». L'agent : « [[N_ALLOCATAIRE:0881452]] ». Mme [[PERSONNE:Harpreet Kaur]], {{Bordeaux}}, question sur l'{{ARS}}.",
    ),
    (
        CPAM,
        TEL,
        "« je suis né le [[DATE_NAISSANCE:premier... premier avril soixante-huit]], c'est pas une blague » 😄. NIR lu par l'agente sur l'écran : [[NIR:1 68 04 64 102 033 09]], né à {{Bayonne}}. M. [[PERSONNE:Goikoetxea]].",
    ),
    (
        CCAS,
        PHYS,
        "Mme [[PERSONNE:Rosa Ferreira]] vient pour l'aide cantine. Justificatif {{CAF}} avec son num alloc [[N_ALLOCATAIRE:3092815]]. Enfants à l'école {{Jules Ferry}}.",
    ),
    (
        FT,
        PHYS,
        "Rdv de suivi : [[PERSONNE:Karine Pouget]] avec M. [[PERSONNE:Oussama Chaouch]]. Offres de soudeur autour de {{Limoges}}. Il n'a pas le permis. Elle propose une formation {{AFPA}}.",
    ),
    (
        CAF,
        TEL,
        "Une dame appelle juste pour dire merci, son {{RSA}} a été débloqué. L'agent est ému 🥲. {{45 s}}.",
    ),
    (
        CPAM,
        TEL,
        "Monsieur malentendant, c'est son épouse qui parle : « [[TELEPHONE:zéro cinq, quarante-neuf, quarante et un, soixante, soixante-dix-huit]] ». L'agente répète en articulant très fort : « [[TELEPHONE:05 49 41 60 78]] ». M. et Mme [[PERSONNE:Brunet]].",
    ),
    (
        CHRS,
        PHYS,
        "Arrivée d'une femme avec son bébé, envoyée par le {{115}}. Elle s'appelle [[PERSONNE:Aïcha]], le bébé [[PERSONNE:Nour]]. Chambre {{5}}. Elle s'endort sur la chaise pendant l'entretien.",
    ),
    (
        FT,
        TEL,
        "« [[EMAIL:kchevalier87 at free point fr]] », la conseillère écrit [[EMAIL:kchevalier87@free.fr]] et lui renvoie ses codes. Mme [[PERSONNE:Chevalier]].",
    ),
    (
        CAF,
        TEL,
        "« [[DATE_NAISSANCE:zéro sept, zéro sept, quatre-vingt-neuf]] ». « Le [[DATE_NAISSANCE:7 juillet]] ? » - « oui ». [[PERSONNE:Mathilde Roux]], {{Périgueux}}, changement de situation (mise en couple).",
    ),
    (
        URG,
        TEL,
        "La fille d'un patient appelle pour avoir des nouvelles de son père, M. [[PERSONNE:Labat]], admis cette nuit. L'agente ne peut rien dire au tel. Elle prend son num : [[TELEPHONE:06 85 14 29 03]].",
    ),
    (
        CPAM,
        CSP,
        "Visite chez un kiné, suspicion de fraude. Je n'ai pas le droit d'entrer. J'attends {{40 min}} dans la voiture de service.",
    ),
    (
        FT,
        TEL,
        "« [[ID_FRANCE_TRAVAIL:4 3 7 2 8 0 5 N]] comme {{Nicolas}}... non, M comme {{Marie}} ». Le conseiller : « [[ID_FRANCE_TRAVAIL:4372805M]] ». M. [[PERSONNE:Wilfried Ngassa]].",
    ),
    (
        CAF,
        PHYS,
        "Un père seul, [[PERSONNE:Rachid]], avec ses {{3 enfants}}. La petite dessine sur les formulaires, l'agente lui donne des feutres. Demande de {{complément familial}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite d'un logement insalubre avec le service hygiène de la ville. Cafards, humidité, fenêtre cassée. L'agente me demande d'être discret, je ne note rien de plus.",
    ),
    (
        CPAM,
        TEL,
        "« [[NIR:185 05 86 041 177 90]] », il colle les premiers chiffres. L'agente refait : « [[NIR:1, 85, 05, 86, 041, 177, clé 90]] ». M. [[PERSONNE:Abdallah]], {{Poitiers}}, né en [[DATE_NAISSANCE:mai 85]].",
    ),
    (
        FT,
        TEL,
        "{{11h}} : pic d'appels, {{23}} en attente. Le superviseur passe : « on tient bon ». Une conseillère coupe son micro {{30 secondes}} pour souffler.",
    ),
    (
        CAF,
        TEL,
        "M. [[PERSONNE:Lucien Mercadier]], {{Société Générale}}, lit son IBAN moitié chiffres moitié mots : « [[IBAN:FR76 3000 3021 40, zéro zéro zéro cinq zéro neuf, dix-huit vingt-six, trois quatre-vingt-huit]] ». L'agente abandonne et lui demande de l'envoyer en PJ.",
    ),
    (
        CHRS,
        TEL,
        "« Je m'appelle [[PERSONNE:Samuel]], j'ai pas de téléphone, j'appelle de la cabine place {{Charles de Gaulle}} ». {{Limoges}}, {{21h30}}. Place au {{Foyer du Pont-Neuf}} ce soir.",
    ),
    (
        CPAM,
        PHYS,
        "[[PERSONNE:Ghislaine]] aide une dame à créer son compte {{ameli}}. Mail : [[EMAIL:nadine.peyrot@sfr.fr]]. Mot de passe refusé {{3}} fois.",
    ),
    (
        FT,
        PHYS,
        "Agence {{Mont-de-Marsan}} : une personne en fauteuil ne peut pas entrer, rampe trop raide. Le directeur descend lui-même l'aider.",
    ),
    (
        CAF,
        TEL,
        "Appel en espagnol. « Me llamo [[PERSONNE:Lucía Domínguez]] ». Num alloc en espagnol puis en français : « [[N_ALLOCATAIRE:siete dos cero tres uno seis cuatro]] », l'agent : « [[N_ALLOCATAIRE:7203164]] ? » - « sí ».",
    ),
    (
        CCAS,
        PHYS,
        "Mme [[PERSONNE:Bonnaud]] apporte une lettre de l'{{Office 64}}, réf. locataire [[IDENTIFIANT:LOC-0045821]], dette de loyer {{1 240 €}}. L'agente l'oriente vers le {{FSL}}.",
    ),
    (
        URG,
        PHYS,
        "Enfant mordu par le chien du voisin ({{Rex}}). Le père donne le nom du voisin pour la déclaration : M. [[PERSONNE:Lafargue]].",
    ),
    (
        CPAM,
        TEL,
        "Veuve, capital décès. Elle donne son propre NIR : [[NIR:2 70 02 99 341 088 01]], née à {{Dakar}} en [[DATE_NAISSANCE:février 1970]]. L'agente est très douce.",
    ),
]

# Notes 140-173.
NOTES_5 = [
    (
        CAF,
        TEL,
        "Mme [[PERSONNE:Yasmina Belkacem]] ({{Crédit Agricole}}) lit son IBAN par paires : « [[IBAN:FR 76 11 00 60 00 20 52 18 49 03 31 181]] ». L'agent : « on va faire plus simple, par quatre » et relit [[IBAN:FR76 1100 6000 2052 1849 0331 181]]. Ça colle.",
    ),
    (
        FT,
        TEL,
        "Un appel sur l'{{ARE}} : la personne n'a pas encore donné son nom quand le conseiller doit la transférer... coupure. Il soupire : « elle va rappeler et refaire {{20 min}} d'attente ».",
    ),
    (
        CPAM,
        TEL,
        "« [[NIR:un... soixante-douze... zéro six... trente-trois... zéro soixante-trois... deux cent quatre-vingt-sept... quarante-six]] », avec un silence entre chaque morceau. [[PERSONNE:Carole]] relit d'un bloc : « [[NIR:172063306328746]] ? » - « euh... oui sans doute ». Né le [[DATE_NAISSANCE:19 juin 1972]] à {{Bordeaux}}.",
    ),
    (
        CAF,
        PHYS,
        "M. [[PERSONNE:Mohamed Ali Cissé]] présente un récépissé de demande de titre de séjour, n° [[IDENTIFIANT:8600123456]]. L'agente dit que ça suffit pour ouvrir les droits et le scanne.",
    ),
    (
        CAF,
        CSP,
        "Contrôle au [[ADRESSE:camping Les Pins Maritimes, emplacement 41]], à {{Lacanau}}. M. [[PERSONNE:Hervé Dubreuil]] vit dans un mobil-home à l'année. Sa voiture : [[IMMATRICULATION:CY-661-RA]]. Chauffage d'appoint, humidité partout.",
    ),
    (
        CPAM,
        PHYS,
        "Cpam {{Périgueux}}, {{13h30}}. Fermé le midi : {{8}} personnes attendent dehors à la réouverture. Un papi a apporté un tabouret pliant.",
    ),
    (
        CAF,
        TEL,
        "Mme [[PERSONNE:Saïdi]], num alloc « [[N_ALLOCATAIRE:1 2 9 8 0 4 6]] ». Deux enfants : « le grand est né le [[DATE_NAISSANCE:vingt... vingt-deux octobre deux mille dix]], la petite le [[DATE_NAISSANCE:3 mars 2015]] ». L'agente vérifie les dates une par une.",
    ),
    (
        FT,
        TEL,
        "Le conseiller relit le portable en toutes lettres, lentement : « [[TELEPHONE:zéro six, soixante-dix, douze, quatre-vingt-onze, zéro huit]] ». Elle : « c'est ça ». Mme [[PERSONNE:Priscilla Moutou]], identifiant [[ID_FRANCE_TRAVAIL:5530871 T]].",
    ),
    (
        CPAM,
        TEL,
        "« [[NIR:deux soixante-dix-sept, zéro trois, quatre-vingt-six, cent quatre-vingt-quatorze, cinq cent onze, trente-cinq]] ». L'agent confirme : née le [[DATE_NAISSANCE:29 mars 1977]] à {{Poitiers}}. Mme [[PERSONNE:Audrey Pineau]], mail [[EMAIL:audrey.pineau86@orange.fr]].",
    ),
    (
        CHRS,
        CSP,
        "Tour des appartements diffus en voiture de service. {{4}} visites prévues, {{2}} faites : bouchons sur la rocade de {{Bordeaux}}. L'éducatrice dit que c'est tous les jours comme ça.",
    ),
    (
        CCAS,
        TEL,
        "Une dame veut savoir si le CCAS fait le {{colis de Noël}} cette année. Oui, inscriptions jusqu'au {{30 novembre}}. {{1 min 30}}.",
    ),
    (
        CAF,
        TEL,
        "Il dit son num alloc comme un grand nombre : « [[N_ALLOCATAIRE:six millions deux cent quatorze mille trois cent cinq]] » 😅. L'agente : « donc [[N_ALLOCATAIRE:6 2 1 4 3 0 5]] ». M. [[PERSONNE:Joël Nadal]].",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail chez Mme [[PERSONNE:Corinne Besse]], [[ADRESSE:12 place du Marché, 40500 Saint-Sever]]. Elle est au jardin ; l'agent dit que c'est permis.",
    ),
    (
        FT,
        PHYS,
        "Accueil {{Bordeaux}} {{Bastide}}. Une dame veut imprimer son attestation. Identifiant ? Elle sort un post-it : « [[ID_FRANCE_TRAVAIL:3318205W]] + mdp ». L'agent lui conseille de ne pas garder le post-it dans le portefeuille.",
    ),
    (
        CAF,
        PHYS,
        "Un monsieur en maillot des {{Girondins}} regarde le match d'hier sur son tel, son à fond. Personne n'ose rien dire. Attente {{35 min}}.",
    ),
    (
        FT,
        TEL,
        "Inscription par tel. NIR : « [[NIR:1 96 09 17 300 402 79]] », date de naissance : « le [[DATE_NAISSANCE:cinq, neuf, quatre-vingt-seize]] ». M. [[PERSONNE:Maxime Guérin]], [[ADRESSE:18 rue des Voiliers, 17000 La Rochelle]].",
    ),
    (
        CPAM,
        TEL,
        "La ligne bascule sur un message d'erreur pendant {{10 min}}, panne de téléphonie nationale. Les agents traitent les mails en attendant.",
    ),
    (
        URG,
        TEL,
        "Appel d'un gendarme : accident sur l'{{A63}}, le blessé arrive, véhicule [[IMMATRICULATION:FK-209-ZB]]. Nom : [[PERSONNE:Ander Zubiri]]. L'agent prévient le box déchoc.",
    ),
    (
        CAF,
        TEL,
        "Mme [[PERSONNE:Vanessa Lopes]] lit son IBAN : « [[IBAN:FR76 3000 2005 5000 0007 3921 502]] ». Le conseiller relit groupe par groupe, elle dit « oui » à chaque fois, {{7}} fois.",
    ),
    (
        CHRS,
        TEL,
        "{{115}}. L'homme ne connaît pas son vrai jour de naissance : « [[DATE_NAISSANCE:1er janvier 1990]], c'est ce qu'il y a sur mes papiers ». [[PERSONNE:Ahmad Rahimi]], venu d'{{Afghanistan}}. Place à {{Pau}}.",
    ),
    (
        CPAM,
        PHYS,
        "[[PERSONNE:Maryline]] photocopie l'attestation d'un monsieur, je vois le NIR en haut : [[NIR:1 81 01 99 216 031 05]]. Né en {{Chine}} en [[DATE_NAISSANCE:janvier 81]].",
    ),
    (
        FT,
        TEL,
        "Elle hésite : « [[ID_FRANCE_TRAVAIL:2... 2 0... 2 0 6 1 4 9 5 P]] ». [[PERSONNE:Thomas]] : « je répète, [[ID_FRANCE_TRAVAIL:2061495 P]] ». Mme [[PERSONNE:Kébé]], {{Cenon}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez M. [[PERSONNE:Michaud]], [[ADRESSE:apt 14, 6 rue Jean Jaurès, 87100 Limoges]]. Accumulation d'objets jusqu'au plafond, {{syndrome de Diogène}} selon l'agente.",
    ),
    (
        CAF,
        TEL,
        "Mme [[PERSONNE:Prudence Mabiala]] a reçu un faux mail « Caf ». L'agente lui conseille la {{prudence}} 😄 et vérifie son adresse : [[EMAIL:prudence.mabiala@yahoo.fr]].",
    ),
    (
        CPAM,
        TEL,
        "Il donne son tel moitié chiffres moitié mots : « [[TELEPHONE:06 dix-huit 47 trente 22]] ». Relu : [[TELEPHONE:06 18 47 30 22]]. M. [[PERSONNE:Patrick Lamothe]].",
    ),
    (
        FT,
        TEL,
        "M. [[PERSONNE:Mehdi Bouaziz]] déménage à [[ADRESSE:5 bis avenue Jean Mermoz, 64000 Pau]]. Mail : [[EMAIL:mehdi.b64@outlook.fr]]. Le conseiller met à jour en {{3 min}}.",
    ),
    (
        CAF,
        PHYS,
        "Un jeune de {{18 ans}} veut ouvrir ses droits APL seul. L'agente : « vous êtes de quelle année ? » - « [[DATE_NAISSANCE:2006]] ».",
    ),
    (
        CHRS,
        PHYS,
        "Réunion d'équipe, {{9h}}. Les {{42}} résidents passés en revue uniquement par numéro de chambre devant moi (ils font attention). [[PERSONNE:Franck]], chef de service, mène.",
    ),
    (
        CPAM,
        TEL,
        "« [[NIR:deux, quatre-vingt-six, zéro deux, quatre-vingt-sept, zéro quatre-vingt-cinq, trois cent quarante, quatre-vingt-deux]] ». L'agent relit [[NIR:2 86 02 87 085 340 82]]. Née à {{Limoges}}. Mme [[PERSONNE:Émilie Chaput]], remboursement de transport.",
    ),
    (
        FT,
        TEL,
        "Peut-on cumuler {{ARE}} et micro-entreprise ? Réponse longue ({{12 min}}) avec le simulateur. Question générale, aucun nom donné.",
    ),
    (
        CAF,
        TEL,
        "« je suis de [[DATE_NAISSANCE:quatre-vingt-onze]] », l'agent demande le jour : « le [[DATE_NAISSANCE:14 mai]] ». NIR : [[NIR:2 91 05 24 322 208 40]]. Mme [[PERSONNE:Sabrina Delmas]], {{Périgueux}}.",
    ),
    (
        CCAS,
        PHYS,
        "CCAS {{Bayonne}} : couple de retraités pour une {{téléalarme}}. M. [[PERSONNE:Iñaki Etxeberria]] donne le fixe : [[TELEPHONE:05 59 63 28 14]].",
    ),
    (
        CAF,
        TEL,
        "Le {{3230}} n'est plus surtaxé depuis {{2021}}, m'apprend le conseiller. Appel suivant : erreur, la personne voulait la {{Carsat}}.",
    ),
    (
        CPAM,
        TEL,
        "Mme [[PERSONNE:Josiane Lacaze]] veut changer le RIB des remboursements, elle lit : [[IBAN:FR76 1333 5000 4008 0024 1765 535]]. L'agent lui dit de plutôt passer par le compte {{ameli}}.",
    ),
]

# Notes 174-207.
NOTES_6 = [
    (
        CAF,
        TEL,
        "« Alors c'est... [[PERSONNE:LÉO]] POSE ÇA !... pardon. [[NIR:deux, quatre-vingt-neuf, onze, quatre-vingt-sept, cent cinquante-quatre, zéro quatre-vingt-douze, zéro trois]] ». Née à {{Saint-Junien}} le [[DATE_NAISSANCE:2 novembre 89]]. Mme [[PERSONNE:Laurianne Desbordes]], {{3 enfants}}, dont un qui hurle derrière.",
    ),
    (
        FT,
        TEL,
        "Aide à la mobilité : il faut la carte grise. M. [[PERSONNE:Dylan Moreira]] lit l'immat : « [[IMMATRICULATION:GA, 512, HX]] ». Le conseiller note, pièce à envoyer sous {{8 jours}}.",
    ),
    (
        CPAM,
        TEL,
        "Musique d'attente coupée au bout de {{45 min}}, la dame rappelle furieuse. L'agente s'excuse. Sans numéro, impossible de vérifier son arrêt ; elle raccroche.",
    ),
    (
        CAF,
        PHYS,
        "Mme [[PERSONNE:Aurore Lescure]] apporte ses fiches de paie de la {{Pharmacie Lescure-Bordes}} (l'officine de son oncle). L'agente les scanne. {{3 mois}} de salaires à déclarer.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez M. [[PERSONNE:Stéphane Marty]], [[ADRESSE:aire d'accueil de Bègles, place 12]]. Caravane immatriculée [[IMMATRICULATION:AL-409-WW]]. Il montre les quittances de l'aire.",
    ),
    (
        CPAM,
        PHYS,
        "Cpam {{Poitiers}} : un homme dépose un dossier {{AME}}. Passeport géorgien n° [[IDENTIFIANT:14AB52698]]. Nom : [[PERSONNE:Giorgi Beridze]]. Il parle un peu russe avec l'agente.",
    ),
    (
        FT,
        PHYS,
        "Job dating dans le hall : {{6}} entreprises, dont {{Leclerc}}, {{Dassault}} et une agence d'intérim. Une cinquantaine de candidats. Ambiance salon, café gratuit ☕.",
    ),
    (
        CPAM,
        TEL,
        "Dame de {{64 ans}} : « [[NIR:deux, soixante, douze, soixante-quatre, quatre cent quarante-cinq, zéro quatre-vingt-seize, vingt]] ». L'agente s'est trompée sur un groupe, écran rouge, elle recommence, ça passe. Née le [[DATE_NAISSANCE:24 décembre 1960]], « la veille de {{Noël}} » dit-elle. Mme [[PERSONNE:Marie-Claude Sarrailh]].",
    ),
    (
        CAF,
        TEL,
        "« [[N_ALLOCATAIRE:36 52 817]] ». L'agent : « [[N_ALLOCATAIRE:3652871]] ? » - « non : [[N_ALLOCATAIRE:trente-six, cinquante-deux, huit cent dix-sept]] ». M. [[PERSONNE:Anthony Lhomme]] s'agace un peu.",
    ),
    (
        CCAS,
        PHYS,
        "Permanence du CCAS à la mairie annexe de {{Saint-Éloi}} ({{Poitiers}}). Une seule visite en {{1h}}. L'agente tricote entre deux.",
    ),
    (
        FT,
        TEL,
        "« [[ID_FRANCE_TRAVAIL:sept, six, six, zéro, deux, huit, un, H]] », H comme {{Henri}}. Date de naissance : « [[DATE_NAISSANCE:douze, zéro un, quatre-vingt-dix-sept]] ». [[PERSONNE:Pauline]] retrouve M. [[PERSONNE:Lenny Vidal]].",
    ),
    (
        CAF,
        TEL,
        "M. [[PERSONNE:Erwan Le Bihan]] dicte : « [[IBAN:FR76 1558 9336 0004 7812 5931 052]] », puis « le BIC c'est {{CMBRFR2BARK}} ». L'agent n'en a pas besoin mais le remercie.",
    ),
    (
        URG,
        PHYS,
        "Un homme sans papiers. L'agente note le nom qu'il donne : [[PERSONNE:Ibrahim]]. Pas de carte vitale, pas d'{{AME}}. « On soigne quand même », me dit l'IAO.",
    ),
    (
        CPAM,
        TEL,
        "« [[TELEPHONE:zéro sept, trente-trois, vingt... vingt-cinq, quatorze, soixante-six]] ». L'agente : « [[TELEPHONE:07 33 25 14 66]] ». M. [[PERSONNE:Ousmane Ba]] confirme.",
    ),
    (
        CHRS,
        PHYS,
        "Mme [[PERSONNE:Kowalski]] montre fièrement sa promesse d'embauche chez {{Lidl}}. Toute l'équipe applaudit 👏.",
    ),
    (
        FT,
        TEL,
        "Le monsieur épelle sa rue : « [[ADRESSE:7, rue Ausone, A-U-S-O-N-E, 33000 Bordeaux]] ». M. [[PERSONNE:Didier Beaumont]], fixe [[TELEPHONE:05 56 91 37 24]].",
    ),
    (
        CAF,
        PHYS,
        "Un monsieur tend son téléphone à l'agente : appli ouverte, num allocataire [[N_ALLOCATAIRE:2097513]] et un message « pièce manquante ». Elle lui explique quelle pièce.",
    ),
    (
        CPAM,
        CSP,
        "Avec [[PERSONNE:Hélène]], chez un assuré en arrêt longue durée, M. [[PERSONNE:Teixeira]], [[ADRESSE:23 rue de Bayonne, 40000 Mont-de-Marsan]]. Sa voiture, [[IMMATRICULATION:FJ-377-GS]], n'a pas bougé depuis des semaines d'après le voisin.",
    ),
    (
        CCAS,
        TEL,
        "M. [[PERSONNE:Gilbert Puyo]], né en [[DATE_NAISSANCE:1941]], s'inscrit au repas des aînés. Son tel : « [[TELEPHONE:cinq, cinquante-neuf, zéro deux, trente-huit, onze]] » (il oublie le zéro). L'agente relit [[TELEPHONE:05 59 02 38 11]].",
    ),
    (
        CAF,
        TEL,
        "Une dame en larmes, elle n'arrive plus à payer son loyer. L'agente prend le temps ({{22 min}}), oriente vers le CCAS et l'{{ADIL}}. Elle n'a pas voulu donner son numéro.",
    ),
    (
        CPAM,
        TEL,
        "M. [[PERSONNE:Thierry Dulau]] : « [[NIR:1 69 10 40 192 077 94]] ». L'agente : « né à {{Mont-de-Marsan}} en [[DATE_NAISSANCE:octobre 69]] ? » - « c'est ça ».",
    ),
    (
        FT,
        TEL,
        "« [[EMAIL:s point nakamura arobase gmail point com]] ». [[PERSONNE:Élodie]] répète lettre à lettre. Mme [[PERSONNE:Sayaka Nakamura]], traductrice, cherche à {{Bordeaux}}.",
    ),
    (
        CAF,
        CSP,
        "Trajet vers le contrôle suivant : {{45 min}} de route dans les {{Landes}}. La contrôleuse me parle du métier, {{250 contrôles}} par an, beaucoup de solitude.",
    ),
    (
        CHRS,
        TEL,
        "{{115}}, une jeune femme de {{19 ans}}, « [[PERSONNE:Jade]] ». Elle dort chez une copine à {{Bègles}} mais doit partir ce soir. Portable : [[TELEPHONE:07 52 88 61 09]].",
    ),
    (
        CPAM,
        PHYS,
        "Un père déclare son nouveau-né. L'agente tape la date, [[DATE_NAISSANCE:12/09/2024]], et le prénom, [[PERSONNE:Naël]].",
    ),
    (
        CCAS,
        CSP,
        "Visite chez Mme [[PERSONNE:Ginette Boissière]], [[ADRESSE:4 rue des Écoles, 86100 Châtellerault]]. Son chat {{Minou}} sur les genoux pendant tout l'entretien.",
    ),
    (
        CPAM,
        TEL,
        "« Mon fils, né le [[DATE_NAISSANCE:seize... non dix-sept février deux mille douze]] ». [[PERSONNE:Lucas]] doit être rattaché aux deux parents.",
    ),
    (
        FT,
        PHYS,
        "[[PERSONNE:Karine Pouget]] avec une jeune diplômée, [[PERSONNE:Camille Nguyen-Bardet]], qui montre son profil {{LinkedIn}}, [[IDENTIFIANT:@camille.nb]].",
    ),
    (
        CAF,
        TEL,
        "« je suis né en [[DATE_NAISSANCE:quatre-vingt-trois, le vingt juin]] ». L'agent : [[DATE_NAISSANCE:20/06/1983]]. Num alloc [[N_ALLOCATAIRE:5561029]]. M. [[PERSONNE:Yannick Tessier]].",
    ),
    (
        CPAM,
        TEL,
        "Appel sur {{Mon espace santé}} : le monsieur ne veut pas qu'on ait ses données. L'agent explique comment fermer le profil. Info générale, pas de nom.",
    ),
    (
        FT,
        TEL,
        "Une dame en panique : trop-perçu de {{1 850 €}}. [[PERSONNE:Laetitia]] prend l'identifiant : « [[ID_FRANCE_TRAVAIL:1 2 5 8 4 4 3 C]] », relit [[ID_FRANCE_TRAVAIL:1258443 C]], et propose un échéancier.",
    ),
    (
        CAF,
        PHYS,
        "Hall Caf {{Bordeaux}} : l'écran annonce « {{ticket B112}} guichet {{6}} ». Beaucoup de bruit, on n'entend rien.",
    ),
    (
        CHRS,
        CSP,
        "Visite chez Mme [[PERSONNE:Rahma Bensaïd]], [[ADRESSE:8 rue du Lac, 33300 Bordeaux]]. Facture {{EDF}} impayée, réf. [[IDENTIFIANT:4008 127 645]].",
    ),
    (
        CPAM,
        TEL,
        "Mme [[PERSONNE:Nathalie Roy]] lit son RIB pour les IJ : « [[IBAN:FR76 1444 5004 0008 0039 2761 446]] ». Relu. {{6 min}}.",
    ),
]

# Notes 208-240.
NOTES_7 = [
    (
        CAF,
        TEL,
        "« FR76... attendez j'ai pas mes lunettes... » puis d'un coup : « [[IBAN:FR76 1610 6332 0070 1452 9001 411]] ». L'agente relit tout, il dit « parfait ma petite ». M. [[PERSONNE:Albert Souleyreau]], {{81 ans}}.",
    ),
    (
        CPAM,
        TEL,
        "D'une voix très forte : « [[NIR:un cinquante-quatre zéro quatre trente-trois deux cent quatre-vingt-un zéro zéro neuf soixante-six]] ». L'agent : « né à {{Mérignac}} en [[DATE_NAISSANCE:avril 54]] ? » - « OUI ». M. [[PERSONNE:René Castaing]].",
    ),
    (
        FT,
        TEL,
        "Aide au carburant. Vieille voiture, ancienne plaque : « [[IMMATRICULATION:2745 TX 33]] ». M. [[PERSONNE:Roger Cabanes]], identifiant [[ID_FRANCE_TRAVAIL:6619024 V]]. Le conseiller vérifie l'éligibilité.",
    ),
    (
        CAF,
        PHYS,
        "La borne à tickets propose {{4}} motifs. Une dame hésite longtemps, l'agent d'accueil l'aide : sa question porte sur l'{{AAH}}, donc « autre ».",
    ),
    (
        CPAM,
        PHYS,
        "Une jeune femme lit un courrier à voix haute : « votre numéro d'assurée [[NIR:2 02 08 64 102 165 21]] », et demande ce que ça veut dire. Née à {{Bayonne}} en [[DATE_NAISSANCE:août 2002]]. [[PERSONNE:Maialen Iriart]], étudiante à {{Pau}}.",
    ),
    (
        FT,
        TEL,
        "« [[EMAIL:bastien.roque arobase hotmail point com]] », puis il corrige : « non, point FR ». Le conseiller : [[EMAIL:bastien.roque@hotmail.fr]]. M. [[PERSONNE:Bastien Roque]].",
    ),
    (
        CAF,
        TEL,
        "Mme [[PERSONNE:Djamila Haddou]], num alloc « [[N_ALLOCATAIRE:8 1 0 2 2 6 7]] », lit son nouveau RIB : [[IBAN:FR76 1250 6860 0056 2031 8947 791]]. Changement pris en compte pour le prochain versement.",
    ),
    (
        URG,
        TEL,
        "Un journaliste local appelle pour l'accident de la nuit. Réponse : voir le service communication du CHU. {{1 min}}.",
    ),
    (
        CHRS,
        PHYS,
        "Soirée jeux, {{Uno}} et dominos, {{9}} résidents. Un éducateur perd à chaque partie, tout le monde rigole.",
    ),
    (
        CCAS,
        TEL,
        "Mme [[PERSONNE:Leïla Mansouri]] donne son RIB pour l'aide ponctuelle : [[IBAN:FR76 1090 7000 0123 0216 4859 115]]. Versement sous {{15 jours}}.",
    ),
    (
        CPAM,
        TEL,
        "Il répète chaque paire deux fois : « [[TELEPHONE:06... 06 29... 29 74... 74 18 05]] » 😅. L'agent : « [[TELEPHONE:06 29 74 18 05]] ». M. [[PERSONNE:Valentin Grenier]].",
    ),
    (
        FT,
        PHYS,
        "Rdv avec M. [[PERSONNE:Bogdan Ivanov]], chauffeur routier, permis C. Il a dû vendre son camion, [[IMMATRICULATION:BG-804-TN]], après la liquidation.",
    ),
    (
        CAF,
        CSP,
        "Contrôle vie maritale : deux noms sur la boîte, Mme [[PERSONNE:Angélique Verdier]] et M. [[PERSONNE:Nicolas Ruiz]], [[ADRESSE:31 route de Cognac, 17100 Saintes]]. Voiture de M. devant : [[IMMATRICULATION:GK-147-PD]].",
    ),
    (
        CPAM,
        TEL,
        "Pause formation : « la Cpam ne demande jamais vos codes bancaires au téléphone ». Pendant ce temps, aucun appel.",
    ),
    (
        CAF,
        TEL,
        "« [[DATE_NAISSANCE:trois, trois, quatre-vingt-quatre]] ». L'agent : « le [[DATE_NAISSANCE:3 mars 84]] ? » Num alloc : « [[N_ALLOCATAIRE:quarante-quatre, quatre-vingt-dix-neuf, trois cent un]] ». Mme [[PERSONNE:Kadiatou Camara]].",
    ),
    (
        CHRS,
        TEL,
        "{{115}} {{La Rochelle}}. « [[PERSONNE:Sébastien]], [[PERSONNE:Seb]] quoi ». Il appelle de son portable, [[TELEPHONE:06 02 47 93 81]], presque plus de crédit.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle chez un transporteur sanitaire, {{Ambulances du Béarn}} : vérification des bons de transport. Aucun patient nommé devant moi.",
    ),
    (
        FT,
        TEL,
        "Le conseiller tape [[ID_FRANCE_TRAVAIL:8827350K]] : inconnu. Il redemande : « [[ID_FRANCE_TRAVAIL:huit huit deux sept trois cinq zéro... G]] », G comme {{Gaston}}. [[ID_FRANCE_TRAVAIL:8827350G]] ✔️. M. [[PERSONNE:Younès Amrani]].",
    ),
    (
        CAF,
        PHYS,
        "[[PERSONNE:Christiane]], agente d'accueil depuis {{27 ans}}, a vu passer {{3}} réformes des APL. Elle connaît par coeur le numéro de certains habitués 😳.",
    ),
    (
        CPAM,
        PHYS,
        "Une dame dicte son mail pour l'attestation : « [[EMAIL:mamie.jeannette47@wanadoo.fr]] ». Son petit-fils, [[PERSONNE:Tom]], l'accompagne et lève les yeux au ciel.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez M. [[PERSONNE:Anselme Bordes]], [[ADRESSE:lieu-dit Les Granges, 87270 Couzeix]]. Il montre les photos de sa femme décédée, [[PERSONNE:Odette]].",
    ),
    (
        CCAS,
        PHYS,
        "Distribution de colis, {{14h-17h}}, {{37}} familles. Bénévoles du {{Secours populaire}}. Pâtes, conserves, et des {{roses}} offertes par un fleuriste 🌹.",
    ),
    (
        FT,
        TEL,
        "Il appelle du {{Portugal}} : « [[TELEPHONE:plus trois cinq un, neuf trois six, deux un quatre, zéro huit sept]] ». Le conseiller relit [[TELEPHONE:+351 936 214 087]]. M. [[PERSONNE:Carlos Pinheiro]].",
    ),
    (
        CAF,
        TEL,
        "Bug : le logiciel ne s'ouvre plus à {{15h05}}. L'agent dit aux appelants de rappeler demain, {{4}} appels comme ça.",
    ),
    (
        CPAM,
        TEL,
        "M. [[PERSONNE:Florent Dupuy]] donne son IBAN par deux, l'agent perd le fil : « [[IBAN:FR 76 30 06 61 00 21 00 01 02 84 73 155]] ». Il faudra l'envoyer par courrier.",
    ),
    (
        CHRS,
        CSP,
        "Visite chez M. [[PERSONNE:Jonas Mabika]], [[ADRESSE:12 allée des Peupliers, 86000 Poitiers]]. Il a repeint la cuisine lui-même.",
    ),
    (
        CAF,
        TEL,
        "« mon mail c'est [[EMAIL:lea.fontaine@laposte.net]] et mon tel [[TELEPHONE:zéro six, cinquante, zéro un, vingt-six, quarante-trois]] ». [[PERSONNE:Léa Fontaine]]. Entre deux appels l'agent va à la {{fontaine}} à eau.",
    ),
    (
        CHRS,
        PHYS,
        "Mme [[PERSONNE:Olivier]] prépare sa demande de logement social avec [[PERSONNE:Bérénice]]. Numéro unique : [[IDENTIFIANT:0640124001587]].",
    ),
    (
        FT,
        PHYS,
        "Affiche : « {{France Travail}}, {{1 million}} d'offres ». Un demandeur commente à voix haute : « et aucune pour moi ». Rires jaunes.",
    ),
    (
        CPAM,
        PHYS,
        "Un monsieur montre son passeport britannique, [[IDENTIFIANT:534812077]], pour s'affilier ; il habite à {{Eymet}}. Nom : [[PERSONNE:Graham Whitfield]].",
    ),
    (
        CPAM,
        TEL,
        "« Mon fils est né le [[DATE_NAISSANCE:vingt-neuf février]]... oui oui, [[DATE_NAISSANCE:vingt-neuf février deux mille]] ». L'agent vérifie que ça existe 😂. Mme [[PERSONNE:Inès Haddadi]].",
    ),
    (
        CAF,
        PHYS,
        "M. [[PERSONNE:Kemal Aydın]] vient avec son fils qui traduit. Attestation de loyer de {{Domofrance}}, réf. locataire [[IDENTIFIANT:DF-330-781245]].",
    ),
    (
        FT,
        TEL,
        "Le conseiller rappelle M. [[PERSONNE:Hugo Larrieu]] au [[TELEPHONE:05 53 08 72 46]]. C'est sa mère qui répond, Mme [[PERSONNE:Larrieu]] ; elle prend le message.",
    ),
]

# --- end of notes ---

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
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
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """All notes as dicts, ids in writing order."""
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
    """Dev / holdout ids; depends only on the ids and the cells (site kind x channel)."""
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev notes, {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
