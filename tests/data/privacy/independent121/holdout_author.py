"""Independent evaluation corpus n° 121: 240 hand-written observation notes.

Every note below was written by hand as a ``(site_kind, channel, text)`` tuple. Inside the
text, ``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. The parser
strips the marks and computes the offsets (Python string indices, end exclusive). Ids
``ind121-001`` … ``ind121-240`` follow the writing order (the order of the lists below).

Run ``python holdout_author.py`` to (re)write ``dev.jsonl`` and ``holdout.jsonl`` next to this
file (standard library only, deterministic). See README.md.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind121"
SEED = 121

# Emphasis: home visits and on-site inspections in Nouvelle-Aquitaine.
# The notes are written in several batches, in writing order.

BATCH_1 = [
    (
        "caf",
        "controle_sur_place",
        "{{9h10}} départ de l'agence avec [[PERSONNE:Sandrine]], contrôleuse {{Caf}} depuis {{12 ans}}. 1ere visite aux {{Aubiers}} : Mme [[PERSONNE:Ngo Bayiha]], [[ADRESSE:bât. G appt 113, 4 allée de Boutaut, 33300 Bordeaux]]. Sur la tablette : n° alloc [[N_ALLOCATAIRE:2456781]], {{ASF}} + {{APL}}. Motif = signalement vie maritale. Elle nous fait entrer, {{3 pièces}} très propres, un seul lit adulte. [[PERSONNE:Sandrine]] regarde les boîtes aux lettres en bas : que son nom à elle. Rien trouvé, {{20 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : personne absente, avis de passage laissé dans la boîte. On repart vers {{Pessac}}, il est {{11h40}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam}} {{Pau}}, contrôle des heures de sortie avec [[PERSONNE:Jean-Marc]] (agent assermenté). On sonne chez M. [[PERSONNE:Lacoste]], [[ADRESSE:17 rue Castetnau, 64000 Pau]], à {{10h25}}. Il ouvre en pyjama, béquilles. Arrêt jusqu'au {{30}}, sorties autorisées {{9h-11h}} et {{14h-16h}}. [[PERSONNE:Jean-Marc]] lui demande sa carte vitale et relit le numéro à voix haute : [[NIR:1 79 05 64 445 233 54]]. Tout est en règle, {{8 minutes}} sur place. Dans la voiture il me dit que 9 fois sur 10 c'est comme ça.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} de {{Limoges}}, quartier {{Beaubreuil}}. Mme [[PERSONNE:Marcelle Peyrat]], {{91 ans}}, veuve, [[ADRESSE:22 allée Fabre d'Églantine, 87280 Limoges]]. Demande de téléassistance. La travailleuse sociale ([[PERSONNE:Aurore Vidal]]) remplit le formulaire sur ses genoux. Contact d'urgence : sa fille [[PERSONNE:Nicole]], [[TELEPHONE:06 71 28 44 09]]. La dame nous présente le chat, {{Pompon}}, et veut absolument nous faire un café. {{1h05}} sur place au lieu des {{30 min}} prévues.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Appart en diffus du {{CHRS}} aux {{Couronneries}} ({{Poitiers}}). [[PERSONNE:Yasmina]], éducatrice, vient faire le point avec M. [[PERSONNE:Kapanadze]] (georgien, {{52 ans}}). Fuite sous l'évier signalée il y a {{3 semaines}}, toujours rien de la part d'{{Ekidom}}. Elle appelle devant nous : musique d'attente {{12 min}}. Elle donne la réf locataire au tel : [[IDENTIFIANT:LOC-0457821]]. Lui parle peu, c'est son fils [[PERSONNE:Giorgi]] ({{15 ans}}) qui traduit.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket {{B042}}, attente {{35 min}}. Jeune femme, [[PERSONNE:Chloé Mendy]], vient pour sa {{prime d'activité}} qui a baissé. L'agent ([[PERSONNE:Rachid]]) tape son n° alloc [[N_ALLOCATAIRE:3309127]], regarde la déclaration trimestrielle : elle a oublié ses heures chez {{Lidl}}. Régul à prévoir, {{87 €}}. Elle soupire « encore... »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme téléphonique : {{42}} appels en attente à {{8h30}}, temps moyen annoncé {{18 min}}. Les conseillers enchaînent sans pause. Bcp de questions sur la {{prime de Noël}} (on est le {{15 décembre}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Périgueux}}. Dame d'environ {{70 ans}} vient pour sa {{C2S}}. L'agente, Mme [[PERSONNE:Fauvel]], lui demande son numéro de sécu, elle le récite par coeur sans respirer : [[NIR:2 56 12 24 322 061 74]]. « Je suis née ici, à {{Périgueux}}, j'ai jamais bougé. » Dossier complet, elle repart contente avec une attestation papier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Pellegrin}}, {{23h15}}. Box 4 : M. [[PERSONNE:Tran Van Minh]], chute de scooter. L'IOA ([[PERSONNE:Estelle]]) saisit : né le [[DATE_NAISSANCE:04/09/1971]], IPP [[IDENTIFIANT:8001547236]]. Il demande qu'on prévienne sa femme, elle appelle le [[TELEPHONE:07 82 15 60 33]] : messagerie. La police passe pour le scooter resté sur le parking, plaque [[IMMATRICULATION:FK-208-QS]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mère appelle pour savoir si son fils est arrivé. L'agent d'accueil ne peut rien dire au téléphone sans vérifier qui elle est, il lui conseille de venir. {{3e}} appel de ce genre en {{1 heure}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Bayonne}}, guichet domiciliation. M. [[PERSONNE:Ibarra]], à la rue depuis {{2022}}, vient chercher son courrier. Une lettre de la {{préfecture}} et une de {{France Travail}} ; sur l'enveloppe on voit son identifiant [[ID_FRANCE_TRAVAIL:3087145 M]]. Il ouvre pas devant nous.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Gironde}}, {{21h40}}. Femme avec {{2 enfants}}, dehors devant la gare {{Saint-Jean}}. Elle donne son nom : [[PERSONNE:Ramona Stoica]], née le [[DATE_NAISSANCE:12 février 1993]]. L'écoutante ([[PERSONNE:Maëlle]]) cherche : rien sur {{Bordeaux}}, peut-être une chambre d'{{hôtel}} à {{Mérignac}}. Rappel promis au [[TELEPHONE:07 51 93 02 88]]. Elle raccroche, se tourne vers moi : « ça c'est tous les soirs ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Limoges}}. [[PERSONNE:Ousmane Coulibaly]], {{24 ans}}, vient s'inscrire, arrivé de {{Bamako}} il y a {{2 ans}}. Conseiller : [[PERSONNE:Thierry]]. Identifiant créé en direct, [[PERSONNE:Thierry]] le note sur un post-it : [[ID_FRANCE_TRAVAIL:5120983C]]. Il veut bosser dans la {{plomberie}} mais pas de permis. On parle {{CPF}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Charente-Maritime}} à {{Mireuil}}. [[PERSONNE:Hervé]] (contrôleur) + moi. Famille [[PERSONNE:Belkacem]], [[ADRESSE:23 rue de Bourgogne, apt 52, 17000 La Rochelle]]. Motif : {{APL}}, le bailleur ({{Atlantic Aménagement}}) signale un sous-locataire. Mme [[PERSONNE:Belkacem]] sort le bail, les quittances. Un jeune homme dort dans le salon : son neveu [[PERSONNE:Sofiane]], {{19 ans}}, « de passage ». [[PERSONNE:Hervé]] note tout sans commenter. Relevé bancaire posé sur la table, je lis l'IBAN malgré moi : [[IBAN:FR76 1240 6000 2170 0129 8453 089]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un monsieur a perdu sa carte vitale. Le conseiller demande nom, prénom, date de naissance : « [[PERSONNE:Robert Chassagne]], le [[DATE_NAISSANCE:vingt-trois mars mille neuf cent cinquante et un]] ». Pas d'internet, pas de compte {{Ameli}}. Il veut qu'on lui renvoie tout au [[ADRESSE:lieu-dit Les Granges, 87310 Cognac-la-Forêt]]. Le conseiller explique 3 fois que la nouvelle carte demande une photo.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec [[PERSONNE:Loïc]] ({{CCAS}} {{Périgueux}}) + l'agent d'hygiène de la {{mairie}}. Logement de M. [[PERSONNE:Dos Santos]], [[ADRESSE:8 rue des Farges, 24000 Périgueux]] : rez-de-chaussée humide, moisissures partout au plafond. Propriétaire privé, M. [[PERSONNE:Lamothe]], injoignable depuis {{juin}}. Le fils, [[PERSONNE:Kevin]], dort sur le canapé. Chambre mesurée : {{7 m²}}. [[PERSONNE:Loïc]] prend des photos pour le rapport.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des {{4 appartements}} en diffus à {{Pau}} ({{Ousse-des-Bois}}) : clés, compteurs, état des lieux. Dans le {{T2}} tout va bien, dans le {{T3}} la chaudière fait un bruit bizarre, on note pour {{Office 64}}. {{2h30}} en tout dont la moitié en voiture.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : un monsieur veut savoir pourquoi son {{RSA}} est suspendu. Il épelle son nom « [[PERSONNE:K-H-E-L-I-F-I]] ». Num alloc [[N_ALLOCATAIRE:1752046]]. La conseillère ([[PERSONNE:Nadège]]) voit qu'il manque la déclaration trimestrielle. Il n'a pas d'imprimante ni d'ordi, elle lui dit d'aller à l'{{espace France Services}} de sa commune.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : un appel sur deux concerne l'actualisation. Message d'accueil de {{45 secondes}} avant d'avoir un humain, beaucoup raccrochent avant.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérif de résidence pour la {{C2S}} à {{Aubusson}}. M. [[PERSONNE:Piotr Nowak]], [[ADRESSE:12 rue Vieille, 23200 Aubusson]]. Carte d'identité polonaise sur la table, n° [[IDENTIFIANT:DCV482913]]. Il travaille dans une scierie à côté, vit ici depuis {{2017}}. La maison est glaciale, il chauffe au bois. L'agente, Mme [[PERSONNE:Chabrier]], lui laisse le formulaire à renvoyer.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mme [[PERSONNE:Aurélie Mazeau]], [[ADRESSE:6 impasse des Tanneurs, Saint-Junien]]. Signalement anonyme : le père des enfants vivrait là. Devant la maison, un {{Berlingo}} blanc, [[IMMATRICULATION:EP-613-BW]]. [[PERSONNE:Christophe]] (contrôleur) note la plaque. Elle dit que c'est la voiture de son frère, qui la dépanne pour les courses. On regarde la salle de bain : une seule brosse à dents adulte. Ambiance tendue, elle pleure à la fin.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h10}} d'attente affichées sur l'écran. SALLE PLEINE, {{28}} personnes !! Un agent de sécurité passe toutes les {{10 min}}. Des gens prennent l'écran en photo pour l'envoyer à leur famille.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Pessac}}. Une dame appelle pour une aide sur ses {{factures}} d'énergie. Elle donne sa réf client {{EDF}} : [[IDENTIFIANT:6012448917]], et son portable [[TELEPHONE:06.48.22.91.07]]. L'agente ([[PERSONNE:Coralie]]) fixe un rdv jeudi {{14h}} avec l'assistante sociale.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Bayonne}}. Un monsieur, [[PERSONNE:Iñaki Goñi Arrieta]], travaille à {{Hendaye}} et vit à {{Irun}} : question sur le formulaire {{S1}}. L'agente, [[PERSONNE:Amaia]], passe à l'espagnol sans problème. Elle photocopie son DNI : [[IDENTIFIANT:72845193F]]. {{6 min}}. Elle me dit que c'est {{30 %}} de ses dossiers.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}} de {{Limoges}}. [[PERSONNE:Abdoulaye]] vient déposer des papiers pour son dossier {{SIAO}}, réf [[IDENTIFIANT:SI87-2024-01183]]. Il attend une place depuis {{4 mois}}, dort chez un cousin à {{Couzeix}}. L'éducateur lui dit « on relance, promis ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Bègles}}. Mme [[PERSONNE:Vanessa Duprat]], née le [[DATE_NAISSANCE:21/03/1987]] à {{Bordeaux}}, {{RSA}} majoré. Son attestation de droits est aimantée sur le frigo, NIR [[NIR:2870333063412 58]] bien visible. Elle a retrouvé un CDD chez {{Auchan}} et ne l'a pas déclaré « parce que ça change tout le temps ». [[PERSONNE:Patricia]] (contrôleuse) lui explique le trop-perçu, calmement. Ça durera {{50 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Portage de repas avec l'agent du {{CCAS}} de {{Talence}} : {{14}} arrêts ce matin, on en fait {{6}} avec lui. Partout la télé allumée. Une dame attend derrière sa porte depuis {{11h}}, elle ouvre avant qu'on sonne.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Mont-de-Marsan}}, atelier CV. Mme [[PERSONNE:Sabrina Ouedraogo]] découvre l'ordi. La conseillère lui montre un CV modèle au nom de [[PERSONNE:Marie Durand]] et lui dit de remplacer. Elle tape son mail : [[EMAIL:sabri.oued40@gmail.com]]. {{1h15}} pour une page.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} de {{Bayonne}}, accueil administratif. L'agent ([[PERSONNE:Peio]]) demande à un jeune touriste sa carte européenne, il n'en a pas. Allemand, [[PERSONNE:Lukas Brenner]], passeport [[IDENTIFIANT:C4H7K2LM9]], adresse à {{Munich}}. Entorse au surf. On lui fait signer un engagement de payer, il rigole.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête accident du travail à {{Angoulême}} avec [[PERSONNE:Frédéric]], enquêteur {{Cpam}}. Mme [[PERSONNE:Hélène Roux]], aide à domicile, tombée dans l'escalier d'une cliente. Dossier AT [[IDENTIFIANT:16-24-003517]]. On la voit chez elle, [[ADRESSE:31 rue de Montmoreau, 16000 Angoulême]], minerve. Elle parle vite, elle a peur de perdre son poste. [[PERSONNE:Frédéric]] : « vous inquiétez pas, on vérifie juste les circonstances ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus, {{Villeneuve-les-Salines}} ({{La Rochelle}}). Mme [[PERSONNE:Fatoumata Sow]] et ses {{2 filles}}, [[ADRESSE:9 rue des Goélands, 17000 La Rochelle]]. L'éduc, [[PERSONNE:Benoît]], vérifie que le récépissé est à jour : n° [[IDENTIFIANT:1701234567]], valable jusqu'en {{mars}}. Les filles font leurs devoirs sur la table de la cuisine, la grande ([[PERSONNE:Aminata]]) veut être avocate.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un écran annonce les délais de traitement : {{21 jours}} pour le {{RSA}}, {{34 jours}} pour l'{{AAH}}. Personne ne le regarde.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{La Rochelle}}. M. [[PERSONNE:Rakotomalala]] demande une aide alimentaire d'urgence. Orienté vers l'{{épicerie sociale}}, bon de {{30 €}}. Son chien {{Tyson}} est attaché dehors, il sort vérifier toutes les 2 minutes.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Dordogne}}. L'assistante sociale de l'{{hôpital de Périgueux}} appelle pour un sortant de demain matin, M. [[PERSONNE:Jean-Claude Faure]], « [[PERSONNE:Coco]] » pour tout le monde, {{63 ans}}, connu du {{115}} depuis des années. Pas de place en {{CHRS}}, l'écoutant propose l'accueil de jour.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Sarlat}}. RSA + {{APL}}. M. [[PERSONNE:Sylvain Brousse]] vit dans une caravane sur le terrain de ses parents, [[ADRESSE:lieu-dit Le Bouscot, 24200 Sarlat-la-Canéda]]. [[PERSONNE:Patricia]] vérifie s'il y a un bail (non), donc pas d'{{APL}}. Il montre ses relevés : [[IBAN:FR76 1330 6004 5046 0182 7390 415]]. Il vend des noix au marché, non déclaré, il le dit lui-même. Elle note « activité occasionnelle ».",
    ),
]

BATCH_2 = [
    (
        "caf",
        "controle_sur_place",
        "{{Floirac}}, contrôle « logement décent » pour l'{{APL}}. Famille [[PERSONNE:Demir]] : M. [[PERSONNE:Mehmet Demir]], Mme [[PERSONNE:Elif Demir]], {{4 enfants}}. [[ADRESSE:18 rue Camille Pelletan, 33270 Floirac]]. [[PERSONNE:Gaëlle]] sort le mètre laser : séjour {{14,2 m²}}, chambres {{9}} et {{8,5}}. Total sous le seuil pour {{6 personnes}}. Elle explique que ce n'est pas leur faute mais celle du proprio ; ils ne comprennent pas pourquoi ils seraient punis. Le petit [[PERSONNE:Emir]] nous montre sa tortue, {{Flash}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Val de l'Aurence}}, {{Limoges}}. M. [[PERSONNE:Nassim Haddad]], {{AAH}}. Contrôle de résidence : il est parti {{5 mois}} en {{Algérie}} l'an dernier ? Il montre son passeport, tampons d'entrée/sortie. [[PERSONNE:Yannick]] (contrôleur) recopie le NIR de l'attestation : [[NIR:190089935231169]]. Puis le RIB [[IBAN:FR76 1027 8022 1000 0203 1764 514]]. Verdict : {{3 mois}} seulement hors de {{France}}, ça passe. M. [[PERSONNE:Haddad]] soulagé, nous offre du thé à la menthe.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Châtellerault}}, quartier {{Ozon}}. Parent isolé : Mme [[PERSONNE:Grâce Kabeya]], {{3 enfants}}, [[ADRESSE:Tour 4, appt 91, 12 rue Jean Moulin, 86100 Châtellerault]]. Dossier [[N_ALLOCATAIRE:8604318]]. Elle est aide-soignante de nuit, dort quand on arrive à {{9h}}. Aucune trace d'un conjoint. Elle demande qu'on lui écrive plutôt par mail : [[EMAIL:grace.kabeya86@outlook.fr]]. [[PERSONNE:Olivier]] (contrôleur) termine en {{15 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Campagne de {{Confolens}}. Ancienne ferme, Mme [[PERSONNE:Josette Lavergne]] et son fils [[PERSONNE:Damien]] ({{AAH}}). [[ADRESSE:La Grange du Puy, 16500 Esse]]. Il faut {{40 min}} de route depuis {{Angoulême}}. Chèvres dans la cour, le chien {{Filou}} aboie sans arrêt. [[PERSONNE:Damien]] né en [[DATE_NAISSANCE:1989]], ne sait pas lire, sa mère gère tout. Contrôle des ressources, rien à redire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Royan}} / {{La Palmyre}}. M. [[PERSONNE:Jordan Morisset]], saisonnier, vit à l'année dans un mobil-home : [[ADRESSE:camping Le Clos Fleuri, emplacement 41]]. Le gérant, M. [[PERSONNE:Gauthier]], confirme qu'il paie {{450 €}} par mois. Question : est-ce un logement au sens {{APL}} ? [[PERSONNE:Hervé]] appelle son chef. Réponse à venir.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Deuxième contrôle de la matinée dans le même immeuble. On ne dit rien au voisin qui demande « c'est pour qui ? ». {{10h50}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Chartrons}}, coloc étudiante. {{3 APL}} sur le même appart, le contrôleur vérifie que chacun a son bail. [[PERSONNE:Léa Castaing]], [[PERSONNE:Romain Yeo]] et [[PERSONNE:Inès Benmoussa]]. Le proprio, M. [[PERSONNE:Larrieu]], a fait un bail commun : ça passe quand même. Adresse pour le rapport : [[ADRESSE:47 rue Notre-Dame, 33000 Bordeaux]]. Les étudiants sont en pyjama, {{10h}}, ça rigole.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Brive}}. Contrôle de ressources {{C2S}}. M. [[PERSONNE:René Bouyssou]], retraité, [[ADRESSE:3 rue du Docteur Massénat, 19100 Brive-la-Gaillarde]]. L'agente lit l'attestation : [[NIR:1 58 03 19 031 167 08]]. Il a une petite pension {{CARSAT}} + une rente. Il nous montre fièrement sa photo avec {{Jacques Chirac}} en {{1988}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle transports à {{Mont-de-Marsan}}. Mme [[PERSONNE:Annie Lafitte]], dialysée {{3 fois par semaine}}. Le taxi conventionné facture {{2 trajets par jour}}. On l'attend devant chez elle : taxi [[IMMATRICULATION:GA-715-LN]], chauffeur M. [[PERSONNE:Daguerre]]. Elle confirme les horaires. Le chauffeur, pas ravi de nous voir.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Poitiers, {{Trois-Cités}}. Arrêt de travail, contrôle à domicile. Mme [[PERSONNE:Sylvie Brunet]] ouvre, elle dit « je suis née à {{Poitiers}} en [[DATE_NAISSANCE:septembre 68]], j'ai jamais été arrêtée de ma vie avant ça ». L'agent vérifie l'identité sur la carte vitale : [[NIR:2 68 09 86 194 305 02]]. Burn-out, elle parle de son chef pendant {{20 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Dax}}. Personne à la maison, volets fermés. Une voisine dit qu'il est parti « aux {{thermes}} ». On laisse un avis. Retour à la voiture, {{12h05}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Plan canicule, {{Bergerac}}. Visite des inscrits au registre. M. [[PERSONNE:Vergnaud]], {{88 ans}}, seul, volets fermés, {{31°}} dans la cuisine. [[PERSONNE:Mélanie]] ({{CCAS}}) lui fait boire un verre d'eau devant elle. Numéro du neveu noté : [[TELEPHONE:05 53 27 84 16]]. Il ne veut pas du {{ventilateur}} « ça fait du bruit ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{CCAS}} {{Pau}}, instruction d'une aide facultative. Mme [[PERSONNE:Leïla Haddou]], [[ADRESSE:10 avenue de Saragosse, bât C, 64000 Pau]]. Budget posé sur la table : loyer {{510 €}}, {{RSA}} {{635 €}}, {{APL}} {{290 €}}, dette {{Engie}} {{412 €}}. L'assistante sociale ([[PERSONNE:Manon]]) propose le {{FSL}}. Mme [[PERSONNE:Haddou]] demande si on peut payer directement : oui, au fournisseur.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Anglet}}. Signalement du voisinage : logement encombré, odeur. M. et Mme [[PERSONNE:Irigoyen]], {{80 ans}} tous les deux. Couloir impraticable, journaux jusqu'au plafond. L'ASS du {{CCAS}} ([[PERSONNE:Claire]]) reste très douce. Leur fille [[PERSONNE:Maite]] arrive de {{Biarritz}} pendant la visite, en colère contre « la mairie qui se mêle de tout ». On ressort au bout d'{{1h}}, je suis lessivée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Bellac}}, visite prévue annulée, la dame est hospitalisée depuis {{hier}}. L'agente appelle l'hôpital de {{Limoges}} pour vérifier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{La Bastide}}. Logement diffus du {{CHRS}}. M. [[PERSONNE:Wahid Ahmadi]], afghan, {{27 ans}}, titre de séjour {{10 ans}} reçu le mois dernier, il le montre comme un trophée : n° [[IDENTIFIANT:3300871452]]. Il a un CDI chez {{Décathlon}} {{Mérignac}}. L'éduc ([[PERSONNE:Noémie]]) parle déjà de sortie vers un logement {{Aquitanis}}. Son tel pour le bailleur : [[TELEPHONE:+33 7 44 18 26 90]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Limoges}}, appartement en diffus. Famille [[PERSONNE:Tshibangu]], {{4 enfants}} nés en [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2021]]. [[PERSONNE:Jonathan]] (éducateur) relit avec eux le règlement : pas de visiteurs la nuit. Mme [[PERSONNE:Tshibangu]] rit : « qui voudrait venir dormir ici avec 4 enfants ? »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Périgueux}} : état des lieux de sortie d'un appart diffus. Tout est nickel, la dame est partie en logement social la semaine dernière. On récupère les {{2 clés}} et le badge. {{25 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Angoulême}}, {{Basseau}}. « [[PERSONNE:Dédé]] » et « [[PERSONNE:Josiane]] », couple accompagné depuis {{2021}}. Leur chienne s'appelle {{Mimi}}. [[PERSONNE:Dédé]] nous montre sa nouvelle carte d'identité, il est fier : n° [[IDENTIFIANT:X4RT9PFW2]]. Il avait perdu l'ancienne il y a 5 ans. [[PERSONNE:Josiane]] veut qu'on lui trouve un dentiste.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente dehors à {{8h20}}, ouverture à {{8h30}}. {{17 personnes}}. Un vigile distribue les tickets.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Pau}}. Un homme très énervé. « Je m'appelle [[PERSONNE:Stéphane Carrère]], ça fait {{3 mois}} que j'attends ». L'agente ([[PERSONNE:Karine]]) retrouve le dossier : [[N_ALLOCATAIRE:6421907]]. Pièce manquante : l'avis d'imposition. Il l'a sur son téléphone, elle lui donne l'adresse pour envoyer : il préfère qu'elle l'envoie de sa boite à lui, [[EMAIL:stef.carrere64@free.fr]]. Il se calme d'un coup.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame qui ne reçoit pas les mails de la {{Caf}}. Elle épelle : « [[EMAIL:n.hoang-lefebvre arobase laposte point net]] ». La conseillère corrige l'adresse dans le dossier, il manquait le tiret. {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Hall de la {{Cpam}} de {{Pau}} : {{3 bornes}}, {{2}} en panne. Une agente d'orientation aide les gens à imprimer leur attestation.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Marie-Claude Hoarau]], arrivée de {{La Réunion}} il y a {{2 ans}} pour se rapprocher de sa fille à {{Cenon}}. Elle dit « je suis née à {{Saint-Pierre}} en [[DATE_NAISSANCE:53]] ». Sa carte vitale n'a jamais été mise à jour. L'agent tape d'abord « [[PERSONNE:Hoareau]] », elle le reprend : « sans E ! ». Puis il lit : [[NIR:2 53 08 974 16 052 31]]. Il corrige l'adresse : [[ADRESSE:5 rue Lénine, 33150 Cenon]]. Elle appelle tout le monde « mon cœur ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur veut savoir si sa mutuelle a bien reçu le décompte. Il donne son n° adhérent {{MGEN}} : [[IDENTIFIANT:187452963]]. Le conseiller explique qu'il faut appeler la mutuelle. Il insiste. {{9 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Lormont}}. Bons alimentaires valables au {{Leclerc}} de {{Lormont}}. L'agente d'accueil, Mme [[PERSONNE:Leclerc]] (!), rigole : « aucun lien de parenté ». Une jeune maman, [[PERSONNE:Priscilla]], repart avec {{2 bons}} de {{25 €}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour sa mère qui ne sort plus de chez elle, [[ADRESSE:14 chemin de la Matte, 33520 Bruges]]. Il vit à {{Lyon}}. L'agent prend ses coordonnées : [[PERSONNE:Guillaume Berthelot]], [[TELEPHONE:06 62 19 73 08]]. Visite prévue la semaine prochaine.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CH}} de {{Périgueux}}, {{2h du matin}}. Un ado de {{16 ans}} amené par les pompiers. Son copain, resté en salle d'attente, donne son insta à l'agent pour être rappelé : [[IDENTIFIANT:@tomtom_du24]]. L'agent rigole, demande un vrai numéro : [[TELEPHONE:0788421530]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident sur la rocade. M. [[PERSONNE:Florian Dubos]], {{34 ans}}, conscient. Le gendarme donne à l'accueil la plaque de sa voiture pour le dossier : [[IMMATRICULATION:DX 482 PV]]. L'agente ([[PERSONNE:Sonia]]) tape son nom : [[PERSONNE:DUBOS]] en majuscules partout, « c'est le logiciel ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Nuit calme au standard. {{4 appels}} entre {{1h}} et {{3h}}, tous des proches de patients.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Bayonne}}, {{Petit Bayonne}}. Café, douches, machine à laver. [[PERSONNE:Mikel]] (bénévole) gère le planning douches. Un habitué, « [[PERSONNE:Le Breton]] », demande si son courrier est arrivé : rien. Il a un chien, {{Rocky}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Landes}}. Un jeune homme appelle d'une cabine ( !) à {{Dax}}. [[PERSONNE:yanis boudjema]], {{19 ans}}, sorti de l'{{ASE}} a {{18 ans}}. Date de naissance pour la fiche : [[DATE_NAISSANCE:2006-01-17]]. Pas de place, on lui propose la halte de nuit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haute-Vienne}}, {{22h}}. Une femme appelle pour elle et sa fille, violence conjugale. L'écoutante ne demande pas le nom tout de suite, elle dit juste « vous êtes en sécurité là ? ». Mise à l'abri à l'{{hôtel}}, chambre {{12}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Pessac}}. M. [[PERSONNE:Nguyen Van Hai]], ancien cuisinier, veut se reconvertir. Sa conseillère, Mme [[PERSONNE:Bories]], cherche son dossier : identifiant [[ID_FRANCE_TRAVAIL:4471829 K]]. Elle lui parle d'une {{POEI}} dans la logistique à {{Cestas}}. Il a une voiture, une {{Clio}} immatriculée [[IMMATRICULATION:CL-093-RT]], « mais elle tient à peine ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Bayonne}}. Jeune femme, [[PERSONNE:Ainhoa]], inscrite depuis {{3 semaines}}. Elle lit son identifiant sur son appli : « [[ID_FRANCE_TRAVAIL:6230915B]] ». Le conseiller ([[PERSONNE:Julien]]) lui réserve un atelier pour le {{mardi 14}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant du conseiller ([[PERSONNE:Arnaud]]) à un demandeur absent au rdv. M. [[PERSONNE:Gomes]] décroche enfin. Il dit son identifiant à voix haute : « [[ID_FRANCE_TRAVAIL:deux neuf huit, quatre quatre, zéro un, lettre P]] ». Je note : [[ID_FRANCE_TRAVAIL:2984401P]]. Il était à un entretien d'embauche chez {{Leroy Merlin}}. Tout va bien, {{3 min}}.",
    ),
]

BATCH_3 = [
    (
        "caf",
        "controle_sur_place",
        "{{Hauts de Sainte-Croix}}, {{Bayonne}}. Mme [[PERSONNE:Khadija El Amrani]], déclarée seule avec {{2 enfants}}. Née au {{Maroc}} en [[DATE_NAISSANCE:juillet 1991]], NIR lu sur l'attestation : [[NIR:2 91 07 99 350 027 07]]. Sur le buffet, un relevé de la {{CaixaBank}} au nom de son mari, M. [[PERSONNE:Rachid El Amrani]], qui travaille à {{Irun}} : [[IBAN:ES18 2100 3456 1202 0873 6541]]. [[PERSONNE:Txomin]] (contrôleur) demande où il dort. Elle : « chez sa mère, de l'autre côté ». Il note « à approfondir ». Long silence.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Mérignac}}, {{Beaudésert}}. M. [[PERSONNE:Serge Kouassi]], chauffeur VTC, {{prime d'activité}}. Il montre son SIRET perso : [[IDENTIFIANT:812 436 954 00026]]. Ses relevés {{Uber}} sur l'appli, il fait défiler. Voiture garée en bas, [[IMMATRICULATION:FZ-331-HA]], une {{Toyota}} hybride en LOA. N° alloc [[N_ALLOCATAIRE:3312785]]. Le contrôleur lui explique que c'est le chiffre d'affaires moins l'abattement, pas ce qui reste à la fin du mois. Il découvre.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Guéret}}. Mme [[PERSONNE:Nadine Aupetit]], {{ASF}} pour sa fille [[PERSONNE:Louna]]. [[ADRESSE:4 rue de l'Ancienne Mairie, 23000 Guéret]]. Elle est née ici, {{Guéret}}, [[DATE_NAISSANCE:novembre 1972]], et n'a jamais touché de pension alimentaire de l'ex, M. [[PERSONNE:Chabrol]], « parti dans le sud ». La contrôleuse, [[PERSONNE:Ludivine]], lui explique la procédure de recouvrement par l'{{ARIPA}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture, entre deux visites, [[PERSONNE:Ludivine]] m'explique qu'on ne prévient jamais avant, sauf pour les personnes âgées ou malades. {{15 contrôles}} par semaine, {{400 km}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Agen, quartier {{Montanou}}. Mme [[PERSONNE:Laura Bianchi]], née le [[DATE_NAISSANCE:9 mai 1988]] à {{Agen}}. Son NIR sur le formulaire de la {{Caf}} : [[NIR:288054700109891]]. Elle a changé de banque sans le dire : nouveau RIB [[IBAN:FR76 3000 3018 5000 0507 3921 822]]. Contrôle de routine, {{RSA}} depuis {{2019}}. Son fils [[PERSONNE:Enzo]] joue à la {{Switch}} sur le canapé, on entend « {{Mario}} » en boucle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Saint-Michel}}, {{Bordeaux}}. Famille [[PERSONNE:Diallo]] à l'hôtel depuis {{8 mois}} : {{hôtel Le Saint-Michel, chambre 14}}. {{5 personnes}} dans {{12 m²}}, plaques électriques sur la commode. M. [[PERSONNE:Mamadou Diallo]] demande si l'{{APL}} est possible à l'hôtel. Réponse : non. La petite [[PERSONNE:Kadiatou]] dort sur le lit du haut.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Niort}}, arrêt de travail. M. [[PERSONNE:Thomas Girard]] n'est pas là à {{10h}}. On attend dans la voiture. Il arrive à {{10h12}} avec une baguette. L'agent : « vous savez que vos sorties sont interdites le matin ? ». Lui : « c'est la boulangerie d'en face ». Carte vitale : [[NIR:1 94 01 79 191 207 94]]. L'agent note l'écart, sans sanction.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Lescar}}. Pension d'invalidité, contrôle d'activité non déclarée. M. [[PERSONNE:Casenave]] répare des tracteurs dans sa grange. Sur la porte, un panneau « {{Mécanique Casenave}} ». [[PERSONNE:Isabelle]] (agente) note qu'il y a deux tracteurs de voisins. Il dit que c'est « pour rendre service ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Rochefort}}. Vérification {{C2S}}. Mme [[PERSONNE:Corinne Morin]], [[ADRESSE:2 rue Audry de Puyravault, 17300 Rochefort]]. Elle a un compte {{Livret A}} non déclaré, ouvert par sa mère pour elle il y a 30 ans. Compte courant : [[IBAN:FR76 1131 5000 0108 3145 2677 928]]. L'agent dit que ça compte dans les ressources, elle ne savait pas.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "L'agent m'explique le barème : si on trouve la personne absente sans motif, c'est une retenue sur les indemnités. Il ne l'a appliquée que {{2 fois}} cette année.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Poitiers}}, {{Beaulieu}}. Évaluation pour l'aide ménagère. Mme [[PERSONNE:Ginette Moreau]], née le [[DATE_NAISSANCE:2 juin 1936]], {{89 ans}}, déambulateur. Sa fille [[PERSONNE:Brigitte]] est là, tél [[TELEPHONE:05 49 61 38 02]]. Le petit-fils gère les papiers par mail : [[EMAIL:maxime.moreau.pro@gmail.com]]. L'agente du {{CCAS}}, [[PERSONNE:Fanny]], coche la grille. {{2h}} par semaine accordées.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Oloron-Sainte-Marie}}. Impayés de cantine, {{340 €}}. Famille [[PERSONNE:Bordenave]], [[ADRESSE:9 rue Révol, 64400 Oloron-Sainte-Marie]]. {{3 enfants}} : [[PERSONNE:Lucas]], [[PERSONNE:Jade]] et [[PERSONNE:Timéo]]. Le père a perdu son travail chez {{Lindt}}. L'agent propose un échéancier de {{20 €}} par mois.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Saintes}}. Visite chez M. [[PERSONNE:Aurélien Texier]], {{41 ans}}, sortie d'hospitalisation psy. Appartement presque vide, un matelas, une télé. Le {{CCAS}} ouvre une demande de meubles au {{Secours populaire}}. Il demande qu'on appelle son frère [[PERSONNE:Cédric]] au [[TELEPHONE:zéro six, quarante-trois, dix-huit, cinquante-cinq, vingt]]. L'agente écrit le numéro en chiffres sur le dossier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée à la dernière minute : le monsieur a appelé pour dire qu'il allait chez le médecin. L'agente reprogramme à {{jeudi}}. On rentre au bureau. ☕",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Mérignac}}, appart diffus. Mme [[PERSONNE:Bintou Keïta]] et son bébé, [[PERSONNE:Moussa]], né le [[DATE_NAISSANCE:3 mai]] dernier. L'éducatrice ([[PERSONNE:Camille]]) vérifie que la {{Caf}} a bien ouvert les droits : n° [[N_ALLOCATAIRE:3328164]]. Oui, {{PAJE}} versée. Le bébé dort dans un lit parapluie donné par {{Emmaüs}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Pau}}, appartement en diffus. M. [[PERSONNE:Aram Aslanyan]] et sa femme [[PERSONNE:Anahit]], arméniens, déboutés puis régularisés. Il montre son titre de séjour, numéro AGDREF [[IDENTIFIANT:6402198347]]. Il cherche du travail dans le bâtiment. Son portable : [[TELEPHONE:07 69 02 47 13]]. L'éduc ([[PERSONNE:Bixente]]) passe {{40 min}} sur le CV.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{La Rochelle}}, {{Laleu}}. M. [[PERSONNE:Kévin Rabiller]], sorti de détention il y a {{2 mois}}. Le {{SPIP}} suit. Il a encore son numéro d'écrou sur un papier aimanté au frigo : [[IDENTIFIANT:17845]]. L'éducateur lui dit de l'enlever. Il rit : « c'est pour pas oublier ». Pas simple.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans le diffus à {{Trélissac}}, personne. Le résident ne répond pas au téléphone depuis {{2 jours}}. Le chef de service décide de repasser ce soir avec le double des clés. Inquiétude.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Bordeaux}}, {{Saint-Augustin}}? non, accueil {{Mériadeck}}. M. [[PERSONNE:Da Costa]], boulanger, vient pour l'{{APL}} de sa fille étudiante. Sur son tee-shirt : « {{Boulangerie Da Costa}} ». Il donne le n° alloc de sa fille, [[N_ALLOCATAIRE:2095531]]. L'agente lui dit qu'elle doit venir elle-même. Il repart en râlant, {{7 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil de {{Limoges}}. Une dame récite son numéro d'allocataire en chiffres : « [[N_ALLOCATAIRE:un, huit, sept, quatre, zéro, deux, neuf]] ». L'agent tape en même temps. Elle a appris à le dire comme ça « pour pas se tromper ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un homme appelle pour changer son RIB. La conseillère ([[PERSONNE:Samira]]) dit que ça se fait en ligne uniquement. Il commence quand même à dicter : « [[IBAN:FR76 3000 4028 3700 0104 5832 160]] ». Elle le coupe gentiment. Il s'appelle [[PERSONNE:Patrick Loubet]], il a {{74 ans}} et pas d'ordinateur. Elle finit par lui envoyer le formulaire papier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Bergerac. Mme [[PERSONNE:Sophie Delpech]], née à {{Bergerac}} le [[DATE_NAISSANCE:14/10/1980]], carte vitale à refaire. L'agente photocopie l'attestation : [[NIR:2801024037331 65]]. Elle attend la photo d'identité, le photomaton du {{Carrefour}} est en panne.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le serveur vocal : « tapez 1, tapez 2... ». J'ai compté {{4 menus}} avant un conseiller. {{11 min}} au total.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : une jeune maman veut rattacher son bébé. Elle donne son mail pour recevoir le lien : [[EMAIL:oceane.mbemba@hotmail.fr]]. Le conseiller relit pour vérifier : « [[EMAIL:oceane point mbemba arobase hotmail point fr]], c'est ça ? ». Le bébé pleure derrière. {{6 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence d'un élu au {{CCAS}} de {{Cenon}}, {{10h-12h}}. Personne n'est venu. L'élu lit {{Sud Ouest}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Colette Dupuy]] appelle le {{CCAS}} de {{Royan}} pour la {{navette}} du marché. L'agent prend l'adresse : [[ADRESSE:27 bd Frank Lamy, 17200 Royan]]. Elle demande aussi si « le petit [[PERSONNE:Julien]] » sera le chauffeur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHU}} {{Dupuytren}}, {{Limoges}}. Mme [[PERSONNE:Odile Pradeau]], {{82 ans}}, amenée par son voisin. L'agent d'accueil demande la date de naissance : le voisin ne sait pas, elle répond « le [[DATE_NAISSANCE:8 août 43]] ». IPP retrouvé : [[IDENTIFIANT:870045127]]. Le Dr [[PERSONNE:Mbarga]] la voit rapidement, {{45 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un appel pour prendre RDV… AUX URGENCES 🙄. L'agente répond qu'il n'y a pas de rendez-vous aux urgences, elle conseille le {{15}} ou un médecin de garde.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}} à {{Bordeaux}}. Domiciliation : [[PERSONNE:Adrian Popescu]] vient récupérer un colis. L'agente vérifie sa carte d'identité roumaine : [[IDENTIFIANT:RX 718265]]. Il repart avec des chaussures de sécurité commandées pour un chantier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}}, {{45 couverts}}. Les résidents mettent la table eux-mêmes. Menu : lentilles saucisse.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Gironde}}. Appel d'un monsieur qui dort dans sa voiture à {{Libourne}} avec sa femme. Il donne la plaque pour que la maraude les trouve : [[IMMATRICULATION:AB-492-QX]], une {{Peugeot 307}} grise, parking du {{Leclerc}}. Nom : [[PERSONNE:Lemaire]]. L'écoutant transmet à la maraude de la {{Croix-Rouge}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Pyrénées-Atlantiques}}. Un jeune migrant à {{Bayonne}}, gare, arrivé d'{{Irun}}. Il parle anglais. Il s'appelle [[PERSONNE:Ibrahima]], pas de nom de famille donné. L'écoutante l'oriente vers {{Pausa}}, le centre d'accueil.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Périgueux}}. M. [[PERSONNE:Loïc Mérillou]], {{56 ans}}, licencié de l'usine de {{Boulazac}}. Identifiant [[ID_FRANCE_TRAVAIL:7308214Y]]. Le conseiller lui montre une offre n° {{185KLMW}}, chez {{Périgord Emballages}} (SIRET {{41523679300030}}). Il dit qu'il a déjà postulé {{2 fois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une jeune femme, [[PERSONNE:Nour Saïdi]], demande pourquoi elle n'a pas reçu son {{ARE}}. Le conseiller voit que son adresse mail est fausse dans le dossier : [[EMAIL:nour.saidi@gmial.com]]. Corrigée en [[EMAIL:nour.saidi@gmail.com]]. « C'est pour ça ! »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur appelle pour sa radiation. Il donne son identifiant : [[ID_FRANCE_TRAVAIL:1 845 302 X]]. Il n'a pas répondu à une convocation envoyée par mail, il ne lit jamais ses mails. La conseillère ([[PERSONNE:Héloïse]]) annule la radiation, exceptionnellement. Appel de {{17 min}}.",
    ),
]

BATCH_4 = [
    (
        "caf",
        "controle_sur_place",
        "{{Boucau}}. M. [[PERSONNE:Ricardo Pereira]], maçon, né au {{Portugal}} en [[DATE_NAISSANCE:février 1966]]. [[PERSONNE:Txomin]] lit la carte vitale : [[NIR:1 66 02 99 139 204 80]]. Sa femme [[PERSONNE:Fernanda]] fait le café. Dans la cour une vieille {{Renault}} avec des plaques portugaises, [[IMMATRICULATION:AL-27-RM]], « c'est à mon cousin ». Relevé {{Banque Postale}} : [[IBAN:FR76 2004 1010 1204 5182 7303 134]]. Tout est cohérent. On repart avec un pot de confiture de figues.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Limoges}}, M. [[PERSONNE:Sissoko]] absent. Sa fille ([[PERSONNE:Awa]], {{12 ans}}) nous ouvre. On ne rentre pas sans adulte. [[PERSONNE:Yannick]] laisse un avis de passage.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Poitiers}}, {{Saint-Éloi}}. Mme [[PERSONNE:Julie Fontaine]], {{RSA}}, [[ADRESSE:15 rue de la Jeunesse, 86000 Poitiers]]. Une {{fontaine à eau}} dans la cuisine (« c'est moins cher que les bouteilles »). La contrôleuse regarde les relevés des {{3 derniers mois}}, des virements d'un certain [[PERSONNE:Mickaël]]. Mme [[PERSONNE:Fontaine]] : « c'est mon ex, il rembourse une dette ». Elle a les messages pour le prouver.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Liste des pièces demandées à chaque contrôle (dictée par [[PERSONNE:Olivier]]) :\n- pièce d'identité\n- bail + {{3 dernières quittances}}\n- relevés bancaires {{3 mois}}, tous les comptes\n- bulletins de salaire\n- avis d'imposition\n- livret de famille\nIl dit que le plus dur c'est « tous les comptes ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Grand Parc}}. Couple d'étudiants chinois, M. [[PERSONNE:Zhang Wei]] et Mme [[PERSONNE:Li Xiaoyan]]. {{APL}}, bail signé à deux. Le contrôleur vérifie le visa : passeport [[IDENTIFIANT:E48120937]]. N° alloc [[N_ALLOCATAIRE:3407726]]. Mail pour la suite : [[EMAIL:xiaoyan.li@etu.u-bordeaux.fr]]. Appart impeccable, cactus partout.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Bayonne}}. M. [[PERSONNE:Jon Etxeberria]], arrêt pour lombalgie. Absent. La voisine : « il est au fronton ! ». On y va : il joue à la pelote. 😬 Identité vérifiée sur place, [[NIR:183106410207705]]. L'agent ([[PERSONNE:Peio]]) note, l'ambiance est glaciale. Le lendemain il a téléphoné pour dire que c'était « de la rééducation ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Châtellerault}}. Mme [[PERSONNE:Aïcha Benyahia]], {{C2S}} sans participation. [[ADRESSE:8 rue des Minimes, 86100 Châtellerault]]. Ressources : {{ASPA}}. L'agente demande le RIB : [[IBAN:FR76 1333 5000 4008 0012 3456 769]]. Pas d'autre compte. Elle nous fait goûter ses makrouts.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Tulle}}. Contrôle sans incident, la personne était là, arrêt justifié. {{12 minutes}}. Le reste de la matinée : de la route.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Libourne}}. Contrôle de résidence pour l'{{AME}}. M. [[PERSONNE:Arben Gashi]], kosovar, {{38 ans}}. Il montre un vieux passeport : [[IDENTIFIANT:P01847263]], et une attestation d'hébergement de son cousin, M. [[PERSONNE:Driton Krasniqi]], [[ADRESSE:21 rue Montesquieu, 33500 Libourne]]. Tél du cousin : [[TELEPHONE:06 26 75 40 91]]. L'agent dit que c'est « propre ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Bacalan}}. Famille [[PERSONNE:Ben Saïd]], deux personnes âgées. Sur la tablette de l'agente, la fiche de M. [[PERSONNE:Hédi Ben Saïd]] : né le [[DATE_NAISSANCE:1941-11-30]]. Mme [[PERSONNE:Zohra Ben Saïd]], malvoyante. Ils veulent rester chez eux. Le {{CCAS}} propose portage de repas + téléassistance. Le fils, [[PERSONNE:Karim]], au téléphone sur haut-parleur : [[TELEPHONE:07 60 31 88 25]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Coulounieix-Chamiers}}. Procédure d'expulsion en cours. Mme [[PERSONNE:Nathalie Besse]], {{2 ados}}. Jugement RG [[IDENTIFIANT:24/00931]] du tribunal de {{Périgueux}}. {{Périgord Habitat}}, réf locataire [[IDENTIFIANT:PH-220458]]. Dette {{3 870 €}}. L'ASS du {{CCAS}} cherche un plan d'apurement avant la commission de {{mars}}. Mme [[PERSONNE:Besse]] garde les yeux sur le téléphone tout le long.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Cognac}}, pas de réponse à la porte. On sonne chez la voisine : elle n'a pas vu la dame depuis {{dimanche}}. L'agente appelle la police municipale. Fin de la visite pour moi, elle reste sur place.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Hendaye}}, appartement de Mme [[PERSONNE:Oihana Larralde]], électricité coupée depuis {{3 jours}}. Elle donne au {{CCAS}} son numéro de PDL pour que {{TotalEnergies}} rétablisse : [[IDENTIFIANT:14529837462015]]. {{2 enfants}}, frigo vide, bougies. [[PERSONNE:Ane]] (CCAS) appelle le fournisseur devant nous, {{25 min}} d'attente, rétabli le soir même.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Bordeaux}}, {{La Bastide}}. Mme [[PERSONNE:Ayan Warsame]], somalienne, réfugiée. Numéro {{OFPRA}} sur son certificat : [[IDENTIFIANT:21-08-04127]]. Son fils [[PERSONNE:Abdi]] né le [[DATE_NAISSANCE:19/12/2019]]. L'éducatrice [[PERSONNE:Léonie]] prépare avec elle le dossier de logement social, numéro unique [[IDENTIFIANT:033 2024 0781 456]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Pau}}, visite de routine dans le diffus. Rien à signaler, le résident était au travail, on passe juste relever le compteur.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Poitiers}}. « [[PERSONNE:Jeannot]] », {{61 ans}}, dans le diffus depuis un an. Ancien SDF, alcool. Il va mieux. Son chien {{Rex}} dort sur le canapé. L'éduc ([[PERSONNE:Mathieu]]) appelle sa sœur, Mme [[PERSONNE:Josiane Pineau]], [[TELEPHONE:05.49.88.12.47]], pour les papiers de retraite. [[PERSONNE:Jeannot]] dit « elle va encore me disputer ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Limoges}}, appart en diffus. Mme [[PERSONNE:Olena Kovalenko]], ukrainienne, protection temporaire. APS n° [[IDENTIFIANT:8701457823]]. Ses filles [[PERSONNE:Sofiia]] et [[PERSONNE:Daryna]], nées en [[DATE_NAISSANCE:2013]] et [[DATE_NAISSANCE:2016]]. Elle écrit son mail pour l'éducateur : [[EMAIL:olena.koval@ukr.net]]. Elle apprend le français sur {{Duolingo}}, {{427 jours}} d'affilée.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Bordeaux}}. Un jeune de {{La Réunion}} arrivé pour ses études, [[PERSONNE:Kévin Grondin]], première demande d'{{APL}}. L'agent lui crée un accès. Date de naissance : [[DATE_NAISSANCE:11/07/2005]]. Il dit « c'est la première fois que je fais ça tout seul ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Thi Lan Nguyen]] montre un courrier : « allocataire n° [[N_ALLOCATAIRE:0871234]] ». Elle ne comprend pas pourquoi on lui demande {{1 214 €}}. L'agente ([[PERSONNE:Magali]]) explique le trop-perçu de {{prime d'activité}}, plan de remboursement de {{50 €}}/mois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un père appelle pour la {{rentrée scolaire}} de son fils. Le conseiller lui demande la date de naissance de l'enfant : « le [[DATE_NAISSANCE:2 avril 2010]] ». Il a {{15 ans}}, ça rentre encore. {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Pau}}. M. [[PERSONNE:Christian Filippi]], né à {{Bastia}}, ancien militaire à la retraite venu « au soleil de {{Pau}} » (sic). Changement de caisse. L'agente relit : [[NIR:1 70 04 2B 033 112 40]]. Il dit qu'il a {{55 ans}} ; c'est cohérent. Il parle du {{Sporting}} pendant 5 min.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La conseillère raccroche et soupire : {{54 appels}} depuis ce matin. Elle boit enfin son café froid.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur veut être rappelé, il est au travail. Le conseiller note le nom, [[PERSONNE:Ahmed Bouzid]], et le numéro : [[TELEPHONE:+33 6 58 20 74 11]]. Créneau : après {{17h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Au {{CCAS}} de {{Limoges}}, M. [[PERSONNE:Pierre Lascaux]] vient pour la carte de transport {{STCLM}} à tarif réduit. Il est tailleur de {{pierre}} à la retraite, il nous montre ses mains. {{10 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Pessac}}. Salle d'attente vide à {{15h}}. L'agente d'accueil range les dépliants : {{FSL}}, {{chèque énergie}}, {{Restos du cœur}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mail d'une dame lu à voix haute par l'agent (elle a appelé pour dire qu'elle l'avait envoyé) : expéditeur [[EMAIL:mamie.jojo33@orange.fr]]. Elle demande l'{{aide au chauffage}}. L'agent la rappelle dans la foulée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences pédiatriques}}, {{La Rochelle}}. Un papa avec sa fille de {{4 ans}}, [[PERSONNE:Lina Boutin]], fièvre. L'agente demande la date de naissance : « le [[DATE_NAISSANCE:28 février 2021]] ». Il cherche la carte vitale dans le sac. Attente estimée {{3h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une femme appelle pour son mari, parti aux urgences en ambulance. L'agente vérifie qu'il est bien arrivé : « M. [[PERSONNE:Lucien Barreau]] ? oui, il est en box {{12}} ». Elle laisse son numéro pour le médecin : [[TELEPHONE:05 56 87 43 19]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}} de {{Poitiers}}. Un jeune montre son compte {{TikTok}} à l'éducateur, [[IDENTIFIANT:@bakary_officiel86]], il fait du rap. Il s'appelle [[PERSONNE:Bakary]]. L'éduc : « mets pas ton adresse dans tes vidéos ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Charente}}. Appel d'une infirmière de {{Girac}} pour Mme [[PERSONNE:Simone Auclair]], {{74 ans}}, sortante, plus de logement après un incendie. Place trouvée en {{pension de famille}} à {{Angoulême}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Limoges}}. Mme [[PERSONNE:Fatima Zahra Ouali]] cherche un poste d'ASH. Conseillère : Mme [[PERSONNE:Dumas]]. Identifiant : [[ID_FRANCE_TRAVAIL:0529863H]]. Elle a trouvé une offre à l'{{EHPAD Les Jardins de Beaublanc}}, mais elle n'a pas le permis. On parle de {{Mobilité Solidaire}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « premiers pas numériques » à {{France Travail}} {{Agen}}. {{8 inscrits}}, {{5 présents}}. L'animateur montre comment joindre un CV. Exemple projeté : « CV_[[PERSONNE:Jean_Dupont]].pdf ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une jeune femme, [[PERSONNE:Maëva Ribeiro]], demande son identifiant {{France Travail}}, elle l'a perdu. La conseillère vérifie son identité (date de naissance [[DATE_NAISSANCE:03/06/1998]]) et le lui donne : [[ID_FRANCE_TRAVAIL:3915647L]]. Puis elle l'épelle : « [[ID_FRANCE_TRAVAIL:trois neuf un cinq six quatre sept, L comme Lucie]] ».",
    ),
]

BATCH_5 = [
    (
        "caf",
        "controle_sur_place",
        "{{La Rochelle}}, {{Port-Neuf}}. Mme [[PERSONNE:Océane Martineau]], née à {{La Rochelle}} le [[DATE_NAISSANCE:17 avril 1995]], seule avec [[PERSONNE:Nolan]] ({{4 ans}}). [[ADRESSE:6 rue Jacques Henry, 17000 La Rochelle]]. La contrôleuse recopie le NIR : [[NIR:2 95 04 17 300 156 50]] puis le RIB : [[IBAN:FR76 1450 5000 0204 7026 1538 892]]. Dans l'entrée, des chaussures d'homme taille 44. « Mon frère ». La contrôleuse ne dit rien, elle écrit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Chamiers}}. Famille [[PERSONNE:Hamidi]] : {{6 enfants}}. La contrôleuse me dicte les dates de naissance pour vérifier la composition du foyer :\n- [[PERSONNE:Yasmine]] [[DATE_NAISSANCE:14/02/2008]]\n- [[PERSONNE:Walid]] [[DATE_NAISSANCE:30/09/2010]]\n- [[PERSONNE:Rayan]] et [[PERSONNE:Sami]] (jumeaux) [[DATE_NAISSANCE:05/05/2013]]\n- [[PERSONNE:Lyna]] [[DATE_NAISSANCE:22/01/2017]]\n- [[PERSONNE:Adam]] [[DATE_NAISSANCE:08/11/2020]]\nN° alloc [[N_ALLOCATAIRE:2408153]]. Tout correspond. {{Coulounieix-Chamiers}}, {{Périgord Habitat}}, T5 trop petit quand même.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Près de {{Villeneuve-sur-Lot}}. M. [[PERSONNE:Lahcen Aït Brahim]], ouvrier agricole, logé par son employeur : [[ADRESSE:lieu-dit Pech Bertrand, 47300 Bias]]. Le logement est un mobil-home derrière le hangar des {{Vergers Vidal}}. M. [[PERSONNE:Vidal]] vient voir ce qu'on fait là. [[PERSONNE:Clément]] (contrôleur) lui demande le bail : il n'y en a pas, « c'est compris dans le salaire ». Question {{APL}} réglée : non.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Landes}}, entre {{Morcenx}} et {{Labouheyre}}. Le GPS ne trouve pas la maison, on tourne {{20 min}} dans les pins. Finalement un voisin nous guide. Personne. Retour.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Pessac}}, {{Saige}}. M. [[PERSONNE:Bruno Lagarde]], {{AAH}}, sous curatelle. [[ADRESSE:Résidence Saige, bât. 12, 3 allée des Peupliers, 33600 Pessac]]. Né à {{Pessac}} en [[DATE_NAISSANCE:juillet 77]]. La curatrice de l'{{UDAF}}, Mme [[PERSONNE:Roumégoux]], est présente, elle donne son mail pour le rapport : [[EMAIL:c.roumegoux@udaf33.fr]]. Le NIR relu : [[NIR:1 77 07 33 318 146 68]]. Il écoute, il dit juste « vous reviendrez ? ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Biarritz}}, studio de {{18 m²}}. Mme [[PERSONNE:Carmen Garcia]], bail signé avec M. [[PERSONNE:Etcheto]]. Alloc [[N_ALLOCATAIRE:6419552]]. Le proprio demande {{780 €}} « charges comprises », ça fait tousser le contrôleur. Elle n'a pas le choix, elle est serveuse au port. Tél : [[TELEPHONE:06 09 44 81 57]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Marmande}}. M. [[PERSONNE:Yusuf Kaya]], arrêt de travail, pas chez lui. L'agent pense savoir où il est : au {{Kaya Kebab}} de son frère, rue principale. Il est derrière le comptoir. Carte vitale montrée sur place : [[NIR:1 99 12 99 208 019 36]]. Il dit qu'il « aide juste ». [[PERSONNE:Serge]] (agent) note « activité constatée », ça va remonter au médecin conseil.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Bressuire}}. Vérif {{C2S}} chez Mme [[PERSONNE:Emmanuelle Rochard]], [[ADRESSE:11 rue du Péré, 79300 Bressuire]]. Elle a oublié de déclarer une pension d'invalidité de la {{MSA}}. Elle donne son mail pour recevoir le formulaire : [[EMAIL:emma.rochard@sfr.fr]]. Portable : [[TELEPHONE:06 81 37 09 62]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de présence à {{14h}} à {{Cenon}} : OK. La dame avait préparé tous ses papiers sur la table, « je savais que vous alliez venir ». {{6 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle transports, {{Bordeaux}}. Mme [[PERSONNE:Andrée Castagnet]], née le [[DATE_NAISSANCE:3 janvier 1938]], chimio à {{Bergonié}}. Le VSL de la société {{Ambulances Atlantique}} ([[IMMATRICULATION:GK-580-MC]]) facture des allers-retours depuis {{Arcachon}} alors qu'elle habite [[ADRESSE:35 rue Mouneyra, 33000 Bordeaux]]. Erreur ou fraude ? L'agente ([[PERSONNE:Véronique]]) photographie le carnet de bord.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Limoges}}, {{Le Vigenal}}. Famille [[PERSONNE:Camara]], dégât des eaux depuis {{novembre}}. {{Limoges Habitat}}, contrat n° [[IDENTIFIANT:LH-0087-33291]]. Mme [[PERSONNE:Hawa Camara]] montre la chambre des enfants, papier peint qui se décolle. L'agente du {{CCAS}} appelle le bailleur : renvoi vers un numéro surtaxé. Elle note le numéro perso de Mme [[PERSONNE:Camara]] : [[TELEPHONE:07 53 28 16 04]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Campagne de {{Nontron}}. Mme [[PERSONNE:Marthe Lachaud]], {{94 ans}}, née en [[DATE_NAISSANCE:1931]], seule dans la ferme familiale. Poêle à bois, pas de salle de bain. Le {{CCAS}} vient pour le dossier d'aide ménagère. Elle refuse tout sauf le portage de repas « mais pas le dimanche ». Son voisin, M. [[PERSONNE:Faucher]], passe tous les jours.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Caudéran}}. Mme [[PERSONNE:de Larminat]], {{86 ans}}, grand appartement, meubles anciens, mais plus de chauffage depuis {{octobre}}. Pension de réversion minuscule. Elle vouvoie l'agente ([[PERSONNE:Laetitia]]) et lui demande de ne « surtout rien dire » à ses enfants. Adresse : [[ADRESSE:10 rue Paul Doumer, 33200 Bordeaux]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de contrôle {{CCAS}} pour un renouvellement d'aide : logement impeccable, dossier complet, {{10 minutes}}. L'agente : « ça arrive aussi ! »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Bayonne}}, parking du {{Lauga}}. M. [[PERSONNE:Mohamed Amine Benaïssa]] vit dans un camion aménagé, [[IMMATRICULATION:CR-274-FD]]. Domicilié au {{CCAS}}. L'agent vient vérifier qu'il a bien reçu le courrier de la {{CPAM}}. Il nous fait visiter : lit, réchaud, livres. Il a un chat, {{Pixel}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Bergerac}}, appart diffus. Mme [[PERSONNE:Stéphanie Roche]] prépare sa sortie : bail signé avec {{Domofrance}}? non, {{Mésolia}}. Elle doit donner un RIB pour le prélèvement : [[IBAN:FR76 1950 6400 0972 0543 1880 697]]. L'éducateur, [[PERSONNE:Rémi]], relit tout. Date d'entrée dans le logement : {{1er avril}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Mont-de-Marsan}}. Visite hebdo dans un appart diffus. Personne ne répond, on laisse un mot sous la porte.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Bordeaux}}, {{Belcier}}. Jeune couple, [[PERSONNE:Dylan Mercier]] et [[PERSONNE:Maeva Lopes]], bébé de {{3 semaines}} : [[PERSONNE:Nina]], née le [[DATE_NAISSANCE:2 mars]]. N° alloc ouvert en urgence : [[N_ALLOCATAIRE:3356018]]. L'éduc note le portable de [[PERSONNE:Dylan]] : [[TELEPHONE:0644187092]]. Ils sont épuisés, heureux.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Pau}}. Mme [[PERSONNE:Samia Ferhat]] n'arrive pas à se connecter. L'agent ([[PERSONNE:Benjamin]]) voit que l'adresse mail du compte est celle de son ex : [[EMAIL:k.ferhat64@yahoo.fr]]. Il la remplace par la sienne à elle : [[EMAIL:samia.ferhat@laposte.net]]. Elle : « voilà pourquoi je recevais rien ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Coupure réseau à {{10h15}}, plus aucun appel pendant {{12 min}}. Les conseillers en profitent pour traiter les mails en retard.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur donne son numéro d'allocataire en deux fois : « [[N_ALLOCATAIRE:33 12 456]] ». La conseillère répète, il confirme. Il appelle pour la {{prime d'activité}} de son fils de {{22 ans}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Biarritz}}. Une Belge, Mme [[PERSONNE:Delphine Vanderstraeten]], installée depuis {{6 mois}}. Elle veut être remboursée sur son compte belge : [[IBAN:BE68 0634 5871 2934]]. L'agent accepte, c'est un compte {{SEPA}}. Elle épelle son nom deux fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Périgueux}}. Un agent seul à l'accueil, l'autre est malade. {{23 personnes}} passées entre {{8h30}} et {{12h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle pour son remboursement de lunettes. Elle donne sa date de naissance, « [[DATE_NAISSANCE:vingt-neuf juin soixante-quatre]] », et son nom, [[PERSONNE:Françoise Lamarque]]. Le conseiller voit que l'opticien n'a pas télétransmis. {{8 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Angoulême}}. M. [[PERSONNE:Abdelkader Mansouri]] vient pour la {{domiciliation}}. Il veut donner le numéro de sa sœur comme contact : [[TELEPHONE:05 45 92 36 71]]. L'agente lui rappelle que le courrier se retire tous les {{15 jours}} maxi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Après-midi au standard du {{CCAS}} de {{Bègles}} : {{19 appels}}, dont 7 pour le {{colis de Noël}} des seniors.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Pau}}, samedi soir. Un homme tatoué, surnommé « [[PERSONNE:Tchoupi]] » par ses copains, arrive avec une main ouverte. L'agent demande son nom pour de vrai : [[PERSONNE:Anthony Larrouy]]. Il donne sa mutuelle, {{Harmonie Mutuelle}} n° [[IDENTIFIANT:4512983307]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHU}} de {{Poitiers}}. Mme [[PERSONNE:Rosalie Mbemba]], {{36 ans}}, enceinte, arrive seule. L'agente d'accueil saisit : née le [[DATE_NAISSANCE:30/11/1988]]. Elle a son dossier de maternité, IPP [[IDENTIFIANT:1900732846]]. Direct vers la maternité, {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'agente du standard me dit que la moitié des appels de nuit sont des gens qui cherchent une pharmacie de garde. Elle donne le {{3237}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Pau}}. Nouvel arrivant, M. [[PERSONNE:Sébastien Lafourcade]]. Carte d'identité : [[IDENTIFIANT:640592140337]]. L'éducatrice fait la visite des lieux, chambre {{8}}, règlement, horaires des repas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Gironde}}. Un homme appelle de sa voiture, il dort sur une aire de l'{{A63}} avec ses deux enfants. Plaque : [[IMMATRICULATION:ED 917 XK]]. nom : [[PERSONNE:RIVIERE Fabrice]]. Mise à l'abri à {{Langon}}, l'écoutant le rappelle au [[TELEPHONE:07 81 66 23 59]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Corrèze}}, {{23h50}}. Silence au téléphone, personne ne parle. L'écoutant attend {{2 minutes}}, dit « si vous avez besoin, rappelez ». Il me dit que ça arrive souvent.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Angoulême}}. M. [[PERSONNE:Sékou Traoré]], {{31 ans}}, cariste. Identifiant [[ID_FRANCE_TRAVAIL:4806172D]]. Il reçoit les offres sur [[EMAIL:sekou.traore16 [at] gmail.com]]. Le conseiller lui propose {{Cognac}}, {{Hennessy}}, saisonnier. Il demande s'il y a un bus.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une dame qui a reçu un SMS frauduleux « {{France Travail}} : mettez à jour vos coordonnées ». Le conseiller vérifie son dossier, identifiant [[ID_FRANCE_TRAVAIL:2217059 R]], et lui dit de ne jamais cliquer. {{5 min}}.",
    ),
]

BATCH_6 = [
    (
        "caf",
        "controle_sur_place",
        "{{Limoges}}, {{La Bastide}}. M. [[PERSONNE:Moussa Konaté]], {{24 ans}}, né au {{Mali}}, livreur à vélo puis scooter. {{Prime d'activité}}. Son scooter devant l'immeuble : [[IMMATRICULATION:FL-047-ZC]]. NIR lu sur son attestation : [[NIR:1 01 02 99 335 044 67]]. Ses revenus arrivent sur un compte en ligne : [[IBAN:FR76 4061 8803 1100 0401 2345 608]]. Il montre l'appli {{Deliveroo}} : {{1 140 €}} le mois dernier. Déclaré : {{1 140 €}}. Parfait. Il est pressé, il a une commande.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Angoulême}}, {{Ma Campagne}}. Mme [[PERSONNE:Céline Aubert]], née à {{Angoulême}} en [[DATE_NAISSANCE:juin 1984]], séparée depuis {{janvier}}. NIR : [[NIR:284061601524093]]. Son ex, M. [[PERSONNE:Frédéric Aubert]], habite maintenant [[ADRESSE:7 rue de Bélat, 16000 Angoulême]], elle donne l'adresse pour la pension. Garde alternée de [[PERSONNE:Hugo]] et [[PERSONNE:Clara]]. La contrôleuse explique le partage des allocs.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Rapport rempli dans la voiture, sur les genoux : « RAS ». Elle me dit que {{70 %}} de ses contrôles finissent comme ça.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Saint-Jean-de-Luz}}. Signalement : logement {{HLM}} loué sur {{Airbnb}}. Mme [[PERSONNE:Maialen Sallaberry]], [[ADRESSE:résidence Urdazuri, esc. B, 14 rue Bernard Jaureguiberry, 64500 Saint-Jean-de-Luz]]. Le contrôleur montre l'annonce sur son téléphone, hôte « [[PERSONNE:Maialen]] », photo de la même cuisine. Elle nie, puis avoue : {{3 week-ends}} cet été. [[PERSONNE:Txomin]] note, {{Habitat Sud Atlantic}} sera prévenu.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Cognac}}, aire d'accueil des gens du voyage. Famille [[PERSONNE:Winterstein]], [[ADRESSE:aire d'accueil de Cognac, place 14]]. Caravane + camion, [[IMMATRICULATION:BT-663-GE]]. Mme [[PERSONNE:Sonia Winterstein]] sort le livret de famille, {{5 enfants}} scolarisés par le {{CNED}}. N° alloc [[N_ALLOCATAIRE:1609347]]. Très cordial, café dans des verres.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Bordeaux}}, {{Bastide}}. Mme [[PERSONNE:Marie-Line Jean-Louis]], née à {{Pointe-à-Pitre}} le [[DATE_NAISSANCE:19 janvier 1975]], arrêt après une opération. Elle est là, en fauteuil. L'agent vérifie : [[NIR:2 75 01 971 20 088 22]]. Elle parle de sa mère restée en {{Guadeloupe}}, {{90 ans}}. {{7 min}}, on repart.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Arcachon}}. M. [[PERSONNE:Dominique Santoni]], né à {{Ajaccio}} en [[DATE_NAISSANCE:48]], {{C2S}}. [[ADRESSE:22 avenue Lamartine, 33120 Arcachon]]. Belle maison héritée mais plus un sou. L'agente relit le NIR pour vérifier le département : [[NIR:1 48 06 2A 004 021 47]]. Compte unique : [[IBAN:FR76 3000 2007 1600 0076 3214 883]]. Il s'excuse tout le temps.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Saintes}}. Contrôle d'arrêt, la dame était chez le kiné, justificatif sur le frigo. OK.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Périgueux}}. Arrêt de {{3 mois}} signé par le Dr [[PERSONNE:Fontanel]]. M. [[PERSONNE:Guillaume Brachet]], [[ADRESSE:45 avenue Daumesnil, 24000 Périgueux]]. Il est là, mais il repeint son salon. L'agente : « vous êtes en arrêt pour le dos ? » Lui : « j'y vais doucement ». Son tel pour le médecin conseil : [[TELEPHONE:06 16 72 58 30]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Creuse}}, près de {{Guéret}}. Bénéficiaire de la {{C2S}} qui aurait une deuxième maison. On passe devant : volets ouverts, une {{Audi}} garée, [[IMMATRICULATION:GC-128-VN]]. Propriétaire inscrit au cadastre : M. [[PERSONNE:Gérald Mousnier]]. L'agent prend des photos depuis la route. Pas d'entretien aujourd'hui.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Brive}}. Adaptation du logement : M. [[PERSONNE:Jean-Paul Vialle]], {{79 ans}}, baignoire impossible à enjamber. Né le [[DATE_NAISSANCE:12.08.1946]]. L'ergothérapeute mesure, le {{CCAS}} monte le dossier {{MaPrimeAdapt'}}. Sa femme [[PERSONNE:Yvette]] veut une douche « avec un siège, comme à l'hôtel ». [[ADRESSE:16 rue Toulzac, 19100 Brive-la-Gaillarde]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Lormont}}, {{Génicart}}. Famille [[PERSONNE:Nzuzi]], {{4 mois}} de loyer impayés, {{Gironde Habitat}}, réf. [[IDENTIFIANT:GH-4471902]]. M. [[PERSONNE:Patrick Nzuzi]] a perdu son CDD. L'assistante sociale du {{CCAS}} (Mme [[PERSONNE:Ortega]]) monte un {{FSL}}. Mail de M. [[PERSONNE:Nzuzi]] pour les documents : [[EMAIL:patnzuzi@gmail.com]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Deux visites à domicile prévues, les deux reportées. L'agente du {{CCAS}} passe l'après-midi à rappeler les gens. {{16h30}}, fin.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Saint-Yrieix-la-Perche}}. Couple âgé, M. et Mme [[PERSONNE:Bardet]]. Le mari va entrer à l'{{EHPAD Le Mas Rome}}, elle reste seule avec le chien {{Nestor}}. Le {{CCAS}} vient voir ce qu'il faut : courses, téléassistance. [[PERSONNE:Marcel Bardet]] pleure en caressant le chien.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Angoulême}}, appart diffus. [[PERSONNE:Killian Dubreuil]], {{23 ans}}, en apprentissage chez un boulanger. Inscrit à {{France Travail}} depuis la fin de l'apprentissage ? non, encore en cours, mais son identifiant traîne sur le frigo : [[ID_FRANCE_TRAVAIL:6032518T]]. L'éduc lui dit de le ranger. Tél : [[TELEPHONE:07 72 40 19 86]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Pau}}, appart diffus du {{CHRS}}. Mme [[PERSONNE:Oumou Bah]] et ses {{3 enfants}}. [[ADRESSE:3 rue Pierre Bonnard, appt 21, 64000 Pau]]. L'éducatrice, [[PERSONNE:Hélène]], vient avec des draps propres et un rendez-vous {{PMI}}. La petite [[PERSONNE:Mariama]] a appris à dire « bonjour madame » en béarnais à l'école.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Relevé des compteurs dans les {{6 appartements}} du diffus à {{Limoges}}. Eau, électricité, photos. Pas un mot aux résidents, ils sont tous au travail ou à l'école. {{3h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Mérignac}}. Mme [[PERSONNE:Rosette Célestine]], antillaise, retraitée, vient pour l'{{APL}}. N° alloc : [[N_ALLOCATAIRE:3281560]]. Nouvelle adresse à enregistrer : [[ADRESSE:8 allée des Mimosas, 33700 Mérignac]]. L'agent lui dit que c'est fait, elle demande un papier « pour être sûre ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h}} : {{9 tickets}} en attente, {{2 guichets}} ouverts. La responsable descend aider.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Julien Lestrade]] appelle pour un changement d'adresse. Ancienne : [[ADRESSE:5 place Saint-Martial, 87000 Limoges]], nouvelle : [[ADRESSE:12 rue des Vignes, 87350 Panazol]]. N° alloc [[N_ALLOCATAIRE:1897402]]. La conseillère lui dit de le faire sur l'appli. « Je suis sur l'appli, ça plante. » Elle le fait pour lui, {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Limoges}}. Une étudiante vietnamienne, [[PERSONNE:Pham Thi Hoa]], première inscription. Passeport [[IDENTIFIANT:C2917504]]. L'agente lui donne un numéro provisoire et l'adresse de {{Ameli}}. {{15 min}}, beaucoup de sourires.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur vient déposer une feuille de soins papier. L'agente lui montre la boîte aux lettres dans le hall. Il dit « je préfère vous la donner en main propre ». Elle la prend. 😊 {{2 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le conseiller m'explique les « appels miroirs » : la même personne rappelle {{5 fois}} dans la journée en espérant tomber sur quelqu'un d'autre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Poitiers}}. M. [[PERSONNE:Rachid Ziani]] vient chercher son colis. Sur le mur, un poster de {{Zidane}}. Il rigole : « lui il a pas besoin du CCAS ». Tél mis à jour : [[TELEPHONE:06 33 58 41 27]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour signaler que son voisin, M. [[PERSONNE:Roger Bessière]], ne sort plus. Elle donne l'adresse : [[ADRESSE:3 impasse du Moulin, 24750 Boulazac]]. Et son propre numéro, [[TELEPHONE:05 53 08 62 94]]. L'agent du {{CCAS}} prévient l'équipe de visite, passage prévu {{demain matin}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{13h30}}, le standard du {{CCAS}} rouvre. Le répondeur a enregistré {{11 messages}} pendant la pause.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} de {{Bayonne}}. Une touriste espagnole, [[PERSONNE:Ainara López Etxebarria]], chute à vélo. L'agent note son adresse : [[ADRESSE:Calle Mayor 12, 20302 Irun]]. DNI [[IDENTIFIANT:45120987R]]. Sa carte européenne est dans sa voiture, [[IMMATRICULATION:4512 KLM]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle depuis {{Paris}} pour son père, m. [[PERSONNE:cherif ahmed]]. L'agente confirme qu'il est admis en {{UHCD}}. Le fils laisse son numéro : [[TELEPHONE:+33 6 12 87 54 03]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne pendant que l'agente gère une personne agressive. Elle laisse sonner. {{8 sonneries}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Bordeaux}}. Entretien d'admission de M. [[PERSONNE:Thierry Lambert]], {{58 ans}}, expulsé de [[ADRESSE:14 rue de la Benauge, 33100 Bordeaux]] il y a {{2 semaines}}. Il dort dans sa voiture depuis. Il pleure en parlant de son chien confié à la {{SPA}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vienne}}. Une femme et son fils de {{17 ans}}, à la gare de {{Poitiers}}. [[PERSONNE:Dounia Essaidi]]. L'écoutante demande la date de naissance du fils : [[DATE_NAISSANCE:4 octobre 2007]]. Place en {{CHRS}} demain, ce soir {{hôtel}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Bordeaux}} {{Lac}}. M. [[PERSONNE:Hakim Benabdallah]], chauffeur poids lourd, identifiant [[ID_FRANCE_TRAVAIL:3390421F]]. Il cherche une formation {{FIMO}}. Il a une {{Golf}}, [[IMMATRICULATION:DZ-715-PL]], pour aller aux entretiens. Conseiller : [[PERSONNE:Maxime]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sandra Queyroi]] appelle, elle a déménagé : [[ADRESSE:9 chemin des Écoliers, 79000 Niort]]. Identifiant : [[ID_FRANCE_TRAVAIL:5549801E]]. Mise à jour faite en {{2 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Pic d'appels le lundi matin : {{160}} entre {{8h30}} et {{10h}} d'après l'écran de supervision.",
    ),
]

BATCH_7 = [
    (
        "caf",
        "controle_sur_place",
        "{{Mont-de-Marsan}}. Mlle [[PERSONNE:Léna Dufau]], {{22 ans}}, étudiante infirmière, {{APL}}. Née ici le [[DATE_NAISSANCE:7 septembre 2003]]. Studio au-dessus d'une pharmacie : [[ADRESSE:4 rue Gambetta, 40000 Mont-de-Marsan]]. NIR : [[NIR:2 03 09 40 192 033 08]]. RIB : [[IBAN:FR76 1558 9335 1206 2841 9371 090]]. Elle révise pendant qu'on parle, fiches partout. Le contrôleur s'excuse de la déranger.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Bordeaux}}, quartier {{Saint-Pierre}}. M. [[PERSONNE:Olivier Marchand]], {{APL}}, loue à la {{SCI Les Trois Chênes}}, gérant M. [[PERSONNE:Duhart]]. Le contrôleur soupçonne une sous-location : {{2 boîtes aux lettres}}, {{3 noms}} dessus, dont « [[PERSONNE:A. Benchekroun]] ». M. [[PERSONNE:Marchand]] dit que c'est l'ancien locataire. N° alloc [[N_ALLOCATAIRE:3367219]]. Mail : [[EMAIL:o.marchand@protonmail.com]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Niort}}, {{Clou-Bouchet}}. Mme [[PERSONNE:Rahma Boukhari]], {{RSA}}. Elle vit en fait la moitié du temps chez sa mère, [[ADRESSE:27 rue de la Burgonce, 79000 Niort]], pour l'aider. Son compte : [[IBAN:FR76 1831 5100 0008 0076 2194 350]]. [[PERSONNE:Mathilde]] (contrôleuse) explique que la résidence c'est là où on dort le plus souvent. Mme [[PERSONNE:Boukhari]] compte sur ses doigts.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Route vers {{Ussel}}, chemin de terre, la voiture de service racle. {{1h10}} aller, {{15 min}} sur place, {{1h10}} retour. Le contrôleur : « c'est ça la ruralité ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Poitiers}}, {{Bel-Air}}. Mme [[PERSONNE:Aurélia Gomis]], [[ADRESSE:2 square des Tilleuls, 86000 Poitiers]]. La fiche sur la tablette indique née le [[DATE_NAISSANCE:1990-12-03]], n° alloc [[N_ALLOCATAIRE:8611045]]. Elle donne un nouveau numéro : [[TELEPHONE:07 49 85 20 36]]. Tout est à jour. Son fils [[PERSONNE:Noah]] fait voir son dessin de dinosaure.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Agen}}. Enquête accident du travail : M. [[PERSONNE:Baptiste Fauré]], cariste chez {{Transports Sabathé}}, chute d'un quai. Il nous reçoit en polo {{Lacoste}}, bras en écharpe. [[ADRESSE:19 rue Montesquieu, 47000 Agen]]. Il raconte, l'agente ([[PERSONNE:Corinne]]) écrit. Dossier AT [[IDENTIFIANT:47-25-001862]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Villeneuve-sur-Lot}}. {{C2S}}, Mme [[PERSONNE:Gisèle Tournier]], {{67 ans}}. L'agente note son mail, [[EMAIL:gisele.tournier47@orange.fr]], et le portable de sa fille, [[TELEPHONE:06 38 14 92 75]], qui gère les papiers. Elle vit avec {{800 €}} par mois.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Gros chien derrière le portail, personne ne vient. L'agent klaxonne deux fois, rien. « On reviendra. » {{9h45}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Bayonne}}, {{Saint-Esprit}}. M. [[PERSONNE:Iban Etxart]] (oui, il s'appelle [[PERSONNE:Iban]] !), arrêt maladie. Il rigole quand l'agent lui demande son IBAN : « c'est moi ». Le vrai : [[IBAN:FR76 1090 7001 9512 0214 5876 367]]. Contrôle OK.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Périgueux}}. Mme [[PERSONNE:Tatiana Volkova]], {{45 ans}}, russe, installée depuis {{2014}}. [[ADRESSE:18 rue Louis Mie, 24000 Périgueux]]. Le {{CCAS}} instruit une aide pour le permis de son fils. Elle donne le numéro du fils, [[PERSONNE:Artiom]], [[TELEPHONE:07 58 62 11 43]]. Samovar sur la table.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{La Rochelle}}, étudiante en grande précarité signalée par le {{Crous}}. [[PERSONNE:Emma Rivaud]], née le [[DATE_NAISSANCE:25/05/2004]], [[ADRESSE:11 rue Saint-Nicolas, 17000 La Rochelle]], chambre sous les toits. Frigo : un yaourt. L'agente du {{CCAS}} lui donne des bons et son mail pro : [[EMAIL:a.lucas@ccas-larochelle.fr]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Limoges}}, {{Landouge}}. Mme [[PERSONNE:Rose Lamy]], {{83 ans}}, jardin plein de {{rosiers}}. Elle nous offre une {{rose}} à chacun. Le {{CCAS}} vient pour le dossier de téléassistance. Sa fille, Mme [[PERSONNE:Corinne Lamy-Bordas]], contact : [[TELEPHONE:05 55 30 17 88]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Talence}}, {{Thouars}}. Visite chez M. [[PERSONNE:Ahmed Saïdani]], {{72 ans}}, veuf. Frigo vide, facture {{EDF}} de {{620 €}}. Réf client : [[IDENTIFIANT:5078214633]]. L'agent du {{CCAS}} appelle le fournisseur et obtient un échéancier. Le monsieur répète « merci ma fille » à l'agent, qui est un homme.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Bordeaux}}, {{Bacalan}}, appart diffus. Mme [[PERSONNE:Samira Oukil]], titre de séjour renouvelé, AGDREF [[IDENTIFIANT:3302418856]]. L'éducatrice ([[PERSONNE:Pauline]]) prend son nouveau portable : [[TELEPHONE:06 51 09 33 74]]. Elle a trouvé un CDI à l'{{EHPAD Les Glycines}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Bayonne}}. [[PERSONNE:Oscar Lafitte-Haran]], {{20 ans}}, sorti de l'{{ASE}}, en appart diffus. Identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:7720394N]]. Son mail : [[EMAIL:oscar.lh@gmail.com]]. L'éduc vérifie le frigo, la vaisselle, le courrier non ouvert (beaucoup).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Limoges}}. Dernière visite avant sortie : M. [[PERSONNE:Jérôme Delage]] a un logement {{Limoges Habitat}} au [[ADRESSE:5 allée Henri Dunant, 87100 Limoges]]. N° alloc transféré : [[N_ALLOCATAIRE:1843627]]. Il laisse le diffus propre. Poignée de main longue.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Périgueux}}. M. [[PERSONNE:Bernard Mazière]], {{AAH}}, donne sa date de naissance au guichet : « [[DATE_NAISSANCE:12 décembre 1959]] ». N° alloc [[N_ALLOCATAIRE:2414896]]. Il vient chaque mois « pour vérifier ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Yasmina Hadj-Ali]] appelle, paiement pas reçu. N° alloc [[N_ALLOCATAIRE:6433170]]. La conseillère voit un RIB rejeté par la banque. Nouveau RIB à envoyer via l'espace perso sur {{caf.fr}}. Mail de contact : [[EMAIL:yhadjali@hotmail.com]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un propriétaire bailleur qui veut savoir si son locataire touche l'{{APL}}. La conseillère refuse de répondre, secret. Il insiste, elle raccroche poliment au bout de {{6 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Mérignac}}. Mme [[PERSONNE:Fatiha Belhadj]], née en {{Algérie}} en [[DATE_NAISSANCE:mai 1962]], dossier invalidité. L'agente relit le NIR de l'attestation : [[NIR:2 62 05 99 352 118 81]]. Puis celui de son mari, M. [[PERSONNE:Karim Belhadj]], né à {{Bordeaux}} : [[NIR:1 85 03 33 063 507 14]]. « Il est plus jeune que moi », elle sourit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Paul Etcheverry]] appelle : sa mutuelle {{Malakoff Humanis}} ne reçoit pas les décomptes. N° adhérent : [[IDENTIFIANT:MH 0078 4412 9]]. Le conseiller vérifie le lien {{Noémie}} : pas activé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame rappelle pour la {{3e fois}} la même journée. Elle s'appelle [[PERSONNE:Louisette Berger]]. Le conseiller note son numéro pour un rappel prioritaire : [[TELEPHONE:05 49 42 71 06]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Mont-de-Marsan}}. M. [[PERSONNE:Adama Sangaré]] demande une aide pour ses lunettes. L'agente remplit la fiche : adresse [[ADRESSE:7 rue Armand Dulamon, 40000 Mont-de-Marsan]], tél [[TELEPHONE:06 24 90 58 17]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Rochefort}}. Une vieille dame, Mme [[PERSONNE:Simone Gaillard]], vient payer sa part du repas des anciens, {{12 €}} en pièces. L'agente compte avec elle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une TS de l'hopital de {{Saintes}} appelle pour M. [[PERSONNE:Raymond Poupard]], sortant. Elle donne son mail : [[EMAIL:m.guillon@ch-saintonge.fr]] et son nom, [[PERSONNE:Marion Guillon]]. Le {{CCAS}} met en place le portage de repas dès {{lundi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Agen}}. M. [[PERSONNE:Benoît Cazalis]], {{52 ans}}, douleur thoracique. Son fils arrive en voiture, se gare sur la place ambulance : la sécu note la plaque [[IMMATRICULATION:gf-903-hb]]. IPP [[IDENTIFIANT:4700618254]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel : « c'est combien de temps d'attente en ce moment ? ». L'agente : « je ne peux pas vous dire ». Elle me dit qu'elle répond ça {{20 fois}} par nuit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil {{CHRS}} {{La Rochelle}}. M. [[PERSONNE:Aliou Diop]] présente son titre de séjour pour l'entrée : [[IDENTIFIANT:1702985413]]. Il a travaillé à {{La Pallice}} sur le port, arrêté après un accident.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Périgueux}}. [[PERSONNE:Cindy]], {{29 ans}}, revient après une rechute. L'éducateur chef ([[PERSONNE:François]]) l'accueille sans reproche. Elle laisse le numéro de sa mère : [[TELEPHONE:06 72 15 48 90]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Gironde}}, {{6h45}}. Dernier appel de la nuit : M. [[PERSONNE:Kader]], habitué, veut juste dire bonjour. L'écoutant lui parle {{5 minutes}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Biarritz}}. Mme [[PERSONNE:Leire Urrutia]], saisonnière, fin de contrat à {{Biarritz}}. Identifiant [[ID_FRANCE_TRAVAIL:5612847 V]]. Elle veut un CDI à l'année. Mail : [[EMAIL:leire.urrutia@outlook.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Limoges}}. M. [[PERSONNE:Yohann Desbordes]], ex-intérimaire chez {{Legrand}}. Il donne son ancienne adresse (courrier pas reçu) : [[ADRESSE:31 avenue Ernest Ruben, 87000 Limoges]]. Identifiant : [[ID_FRANCE_TRAVAIL:8203715A]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un conseiller appelle Mme [[PERSONNE:Nadia Khaldi]] pour un poste à {{Lescar}}. Elle vérifie son identifiant pendant l'appel : [[ID_FRANCE_TRAVAIL:6418290 J]]. Entretien fixé {{jeudi}} {{10h}}.",
    ),
]

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

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


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for match in MARK_RE.finditer(marked):
        plain = marked[pos : match.start()]
        parts.append(plain)
        length += len(plain)
        if match.group(1) is not None:
            label, value = match.group(1), match.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"span with spaces around it: {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = match.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text!r}")
    if not keep:
        raise ValueError(f"note without keep list: {text!r}")
    return text, entities, keep


def build_notes():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
        if channel == "controle_sur_place" and site_kind in {"urgences", "france_travail"}:
            raise ValueError(f"no home inspection at {site_kind} (note {number})")
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
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    if len(notes) != 240:
        raise ValueError(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev notes, {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
