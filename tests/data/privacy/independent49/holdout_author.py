"""Independent evaluation corpus n° 49 for the anonymiser, written by hand.

Each note is a ``(site_kind, channel, text)`` tuple; in ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. Running this script strips the marks,
computes the offsets, assigns the ids ind49-001 … ind49-240 in writing order, draws a
stratified 120/120 split with ``random.Random(49)`` and writes dev.jsonl and holdout.jsonl.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

CAF = [
    (
        "caf",
        "accueil_physique",
        "Arrivée {{8h40}} à la {{Caf}} de {{Rennes}}, {{cours des Alliés}}. Je m'attendais à une file dans la rue, comme à la télé. En fait un vigile, une borne, un ticket {{B014}} et des chaises. Mon tutrice du jour s'appelle [[PERSONNE:Nathalie Guérin]], {{22 ans}} de maison, elle dit qu'elle a « tout connu, le papier, le fax, et maintenant les écrans ». Premier constat : personne ne vient pour une seule chose.",
    ),
    (
        "caf",
        "accueil_physique",
        "Premier usager : Mr [[PERSONNE:Lemaître]], veut savoir pourquoi son {{APL}} a baissé de {{46 €}}. [[PERSONNE:Nathalie]] tape son n° alloc [[N_ALLOCATAIRE:2847193]] et lit à voix haute : « ressources {{N-2}} mises à jour ». Il ne comprend pas ce que veut dire {{N-2}}. Moi non plus honnêtement.",
    ),
    (
        "caf",
        "accueil_physique",
        "Reflexion perso : on parle de « dématérialisation » en comité de direction comme d'un progrès net. Ici je vois des gens qui viennent physiquement pour qu'on leur montre sur quel bouton appuyer sur {{caf.fr}}. La borne en libre service est utilisée {{1 fois sur 3}} avec l'aide d'un volontaire {{service civique}}. On gagne du temps agent, on en perd côté usager ?",
    ),
    (
        "caf",
        "accueil_physique",
        "mme [[PERSONNE:Boukhari]] vient avec son fils de {{9 ans}} qui traduit. Elle donne un papier avec son num allocataire [[N_ALLOCATAIRE:0651284]] et son tel [[TELEPHONE:06 71 22 48 95]] ecrit au stylo. Demande de {{prime d'activité}}, refusée car dossier {{RSA}} en cours au {{Département}}. le gamin traduit « refusé » avant même que l'agent finisse sa phrase.",
    ),
    (
        "caf",
        "accueil_physique",
        "Temps d'attente affiché : {{25 min}}. Réel pour le ticket {{C031}} : {{52 min}}. Personne ne râle. Ça m'a plus frappé que si quelqu'un avait crié.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur âgé, M. [[PERSONNE:Jean-Yves Le Bihan]], né le [[DATE_NAISSANCE:3 février 1951]], veut déclarer son changement d'adresse : il quitte le [[ADRESSE:14 rue de Fougères, 35700 Rennes]] pour l'{{EHPAD Les Jardins du Thabor}}. [[PERSONNE:Nathalie]] le fait pour lui sur l'ordi, ça prend {{4 minutes}}. Il dit « ma fille aurait pu le faire mais elle est à {{Montréal}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce que je retiens de la matinée : l'agent passe {{60 %}} du temps à expliquer des courriers que la Caf a elle-même envoyés. Le vocabulaire (« indu », « fait générateur », « neutralisation ») est incompréhensible. A remonter au {{COMEX}}, sans doute à la {{CNAF}} aussi.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Océane]], {{19 ans}}, enceinte, premier RDV de sa vie dans une admin. Veut savoir si elle a droit à la {{PAJE}}. Elle a pas de compte {{Ameli}}, pas de {{FranceConnect}}, un forfait bloqué. Sa mère l'accompagne, elle répète « c'est pour la petite » en touchant le ventre.",
    ),
    (
        "caf",
        "accueil_physique",
        "A {{11h}} le chef d'équipe [[PERSONNE:Frédéric Tanguy]] passe faire le point : {{312 tickets}} hier, {{41}} réorientés vers le {{CCAS}} ou la {{Cpam}}. Il me montre le tableau de bord sur {{Power BI}}. « On est bon sur le délai, mauvais sur le sens », dit-il.",
    ),
    (
        "caf",
        "accueil_physique",
        "usager donne son RIB pour changer de banque : [[IBAN:FR76 3000 4008 2100 0123 4567 849]]. l'agent demande l'original, il l'a que sur son téléphone en capture. refusé, faut passer par l'espace perso. Il repart en soufflant « encore »",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Da Silva]] (née [[PERSONNE:Moreira]]) conteste un indu de {{1 830 €}}. Elle a un dossier de surendettement à la {{Banque de France}}. Elle cite le numéro de la commission : [[IDENTIFIANT:0350-23-00417]]. L'agent, [[PERSONNE:Sylvie]], propose un plan de remboursement à {{35 € par mois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Vu ce matin une chose que je n'imaginais pas : la photocopieuse est le premier outil de travail. Pas le logiciel {{Cristal}}, pas {{Nims}}. La photocopieuse, et l'agrafeuse.",
    ),
    (
        "caf",
        "accueil_physique",
        "Papa solo avec poussette, [[PERSONNE:Kevin Lucas]], vient pour l'{{ASF}}, dossier [[N_ALLOCATAIRE:2290561]]. La mère des enfants est « partie au {{Portugal}} ». Il a un mail imprimé de la Caf qui lui demande un justificatif depuis [[EMAIL:kevin.lucas35@laposte.net]], il jure qu'il n'a jamais reçu la suite. Ticket {{A022}}, reçu par [[PERSONNE:Samir]] à {{10h12}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Question qu'on m'a posée à moi (je portais un badge) : « vous êtes de la Caf ? vous pouvez me dire si mon dossier est passé ». Non madame, je suis élue à la {{Région}}. Gêne des deux côtés.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Tran Van Minh]] retraité, dossier {{AL}}, donne un numéro {{7 chiffres}} : [[N_ALLOCATAIRE:3310927]]. Son bailleur {{Aiguillon Construction}} ne déclare pas le loyer correctement. L'agente appelle le bailleur devant lui avec la réf locataire [[IDENTIFIANT:AIG-0044871]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{14h}}, creux. [[PERSONNE:Nathalie]] en profite pour traiter les {{mails}} du back-office. Elle me dit : « le public ne voit pas ça, mais l'après-midi on est trois fois moins et on traite le double ». J'avais imaginé l'inverse.",
    ),
    (
        "caf",
        "accueil_physique",
        "dame qui pleure au guichet 3, RSA suspendu car pas de DTR depuis {{3 mois}}. Mme [[PERSONNE:Aurélie]] non pardon l'agente c'est [[PERSONNE:Aurélie]], l'usagère je n'ai pas eu son nom. [[PERSONNE:Aurélie]] la fait asseoir, lui donne un verre d'eau de la {{fontaine}}, remplit la DTR avec elle.",
    ),
    (
        "caf",
        "accueil_physique",
        "Fin de journée. {{Dix-huit}} personnes vues à côté de [[PERSONNE:Nathalie]]. Aucune n'est venue pour une seule démarche. Aucune n'a dit merci au logiciel. Toutes ont dit merci à [[PERSONNE:Nathalie]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme téléphonique {{3230}} du {{Morbihan}}, à {{Vannes}}. Casque sur les oreilles en double écoute à côté de [[PERSONNE:Laurent Gicquel]]. Premier appel à {{9h01}}, la personne attendait depuis {{8h20}} « en musique ». Elle commence par « enfin ! ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appelante donne son num d'alloc oralement « deux huit zéro quatre cinq un six » → [[N_ALLOCATAIRE:deux huit zéro quatre cinq un six]], puis sa date de naissance [[DATE_NAISSANCE:douze juin quatre-vingt-huit]]. [[PERSONNE:Laurent]] vérifie, ça matche. Question : pourquoi la {{prime de Noël}} n'est pas tombée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Ce qui me frappe au téléphone : on ne voit pas la personne, donc on ne voit pas la détresse, seulement l'entend. [[PERSONNE:Laurent]] dit qu'il reconnaît « la voix qui va craquer » au bout de {{20 secondes}}. Je ne l'aurais pas cru avant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle pour sa mère décédée, Mme [[PERSONNE:Yvonne Le Corre]], née le [[DATE_NAISSANCE:08/08/1939]], pour arrêter l'{{ALS}}. [[PERSONNE:Laurent]] lui dit qu'il faut envoyer l'acte de décès par courrier à la {{Caf}} de {{Vannes}}. Le fils : « par courrier ? en {{2024}} ? ». Silence.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{tps moyen}} d'un appel {{6 min 30}}, objectif {{5 min}}. [[PERSONNE:Laurent]] dépasse souvent. Il assume : « si je raccroche trop vite ils rappellent demain, ça fait deux appels »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "jeune homme, [[PERSONNE:Enzo]], demande à ce qu'on le rappelle au [[TELEPHONE:07 68 14 02 39]] parce que son crédit va couper. [[PERSONNE:Laurent]] n'a pas le droit de rappeler sortant. Il note un rappel {{RDV téléphonique}} pour {{jeudi}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une assistante sociale du {{CDAS}} de {{Lorient}}, Mme [[PERSONNE:Pennec]] non, l'AS s'appelle [[PERSONNE:Gwenola Pennec]], pour une famille commune : famille [[PERSONNE:Jaouen]], alloc [[N_ALLOCATAIRE:1187652]]. Elle donne son mail pro [[EMAIL:g.pennec@morbihan.fr]]. [[PERSONNE:Laurent]] préfère l'échange par la messagerie sécurisée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Aucune donnée perso sur ce coup : une dame veut juste savoir si la {{Caf}} est ouverte le {{lundi de Pentecôte}}. Réponse : non. Elle avait attendu {{31 minutes}} pour ça. On devrait pouvoir le dire dans le message d'attente, ça me paraît évident.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un usager, M. [[PERSONNE:Ouédraogo]], épelle son nom : [[PERSONNE:O-U-E-D-R-A-O-G-O]]. [[PERSONNE:Laurent]] galère avec le e accent aigu. Le logiciel n'accepte pas le « é » dans la recherche. Ça fait {{15 ans}} que c'est comme ça, paraît-il.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Madame donne son RIB au téléphone pour un changement de compte, [[PERSONNE:Laurent]] l'arrête : pas par téléphone, sécurité. Elle l'avait déjà commencé : « FR76 1027… ». Elle en était aux {{8}} premiers caractères ({{FR76 1027}}), j'ai pas noté la suite.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel agressif, un père qui hurle que la Caf « lui vole ses gosses ». [[PERSONNE:Laurent]] reste calme, baisse la voix. Après il enlève son casque, {{2 minutes}}, regarde par la fenêtre. Il y a une cellule d'écoute interne, dit-il, il ne l'a jamais utilisée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Note pour moi : le {{3230}} n'est pas surtaxé mais les gens le croient tous. Trois appelants sur sept ont dit « ça coûte cher votre numéro ». Une campagne d'info simple ?",
    ),
    (
        "caf",
        "accueil_telephonique",
        "mme [[PERSONNE:Rivoal]] appelle depuis l'étranger, en {{Belgique}} pour le boulot, veut que l'{{AAH}} de son fils soit versé sur son compte belge [[IBAN:BE68 5390 0754 7034]]. [[PERSONNE:Laurent]] : impossible, le compte doit être au nom du bénéficiaire. Elle dit « mais il est sous ma tutelle » → orientation vers le {{juge des tutelles}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Matinée avec un contrôleur assermenté, [[PERSONNE:Patrick Hamon]], {{Caf}} d'{{Ille-et-Vilaine}}. Je pensais trouver un « chasseur de fraude ». J'ai trouvé un homme qui passe {{2 heures}} dans une cuisine à reconstituer une vie. Il dit : « je suis là pour que le droit soit juste, pas pour qu'il soit zéro ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "1re visite : Mme [[PERSONNE:Nadia Cherif]], [[ADRESSE:7 square de Galicie, 35200 Rennes]], soupçon de vie maritale. [[PERSONNE:Patrick]] regarde la salle de bain : une brosse à dents. Il regarde les boites aux lettres : un seul nom. Le dossier est clos en {{40 min}}, pas d'indu. Elle nous offre du thé à la menthe.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture de service ({{Clio}} blanche) [[PERSONNE:Patrick]] me montre la grille de contrôle {{RSA}}. {{12 pages}}. Il en remplit la moitié de mémoire. Rien de perso là-dedans, mais je réalise l'ampleur du travail invisible derrière chaque « contrôle ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "visite {{camping}} : M. [[PERSONNE:Gilles Robic]] vit à l'année au [[ADRESSE:camping Le Bois de la Chaise, emplacement 41]], mobil-home. Declare une voiture immatriculée [[IMMATRICULATION:EF-562-QR]] au nom de sa sœur. [[PERSONNE:Patrick]] vérifie les relevés, tout est cohérent avec la déclaration trimestrielle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources chez un artisan, M. [[PERSONNE:Kerjean]], patron de la « {{Kerjean Couverture}} ». Pas de bilan déposé depuis {{2022}}. Num allocataire sur la fiche : [[N_ALLOCATAIRE:6120378]]. [[PERSONNE:Patrick]] demande les relevés bancaires, compte pro [[IBAN:FR76 1600 6210 1104 5123 9871 288]]. {{3 heures}} sur place. L'homme dit qu'il « a jamais compris ce qu'on lui demandait ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Ce que je n'avais pas anticipé : la honte. Chez la deuxième personne, les volets étaient fermés en plein jour pour que les voisins ne voient pas « la Caf ». [[PERSONNE:Patrick]] gare toujours la voiture à deux rues. Je crois que je vais relire nos procédures avec ce regard.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite chez [[PERSONNE:Mélanie]] et [[PERSONNE:Yannick Prigent]], [[ADRESSE:La Haute Bouëxière, 35310 Bréal-sous-Montfort]] (lieu-dit, pas de numéro). Couple déclaré séparé. En fait séparés, mais [[PERSONNE:Yannick]] dort dans le camion dans la cour, immat [[IMMATRICULATION:bv 093 gk]]. [[PERSONNE:Patrick]] note « situation complexe, pas de fraude caractérisée ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Bilan de la journée contrôle : {{3}} visites, {{1}} rappel de droit en faveur de l'allocataire (il touchait {{MOINS}} que ce qu'il aurait dû), {{0}} fraude. [[PERSONNE:Patrick]] : « ça, les journaux n'en parlent jamais ». Je suis journaliste. Touché.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mme [[PERSONNE:Sandrine Pichon]] nous montre ses fiches de paie de l'{{ADMR}} et son bail. N° alloc [[N_ALLOCATAIRE:4419086]]. Son fils majeur est revenu vivre avec elle ; elle ne savait pas qu'il fallait le déclarer. [[PERSONNE:Patrick]] lui fait remplir le formulaire sur place, {{Cerfa 10813}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Une famille hébergée à l'{{hôtel Première Classe}} de {{Cesson}}, {{chambre 204}}, depuis {{14 mois}}. Père : [[PERSONNE:Ibrahim Sow]], titre de séjour n° [[IDENTIFIANT:3502147896]]. Pas de cuisine, une bouilloire. [[PERSONNE:Patrick]] note l'adresse de l'hôtel comme adresse de contrôle, la chambre à part.",
    ),
]

CPAM = [
    (
        "cpam",
        "accueil_physique",
        "Immersion {{Cpam}} d'{{Ille-et-Vilaine}}, agence de {{Maurepas}}. Je suis DRH d'une entreprise de {{400 salariés}}, je signe des attestations de salaire pour les arrêts maladie chaque semaine sans jamais m'être demandé où elles atterrissaient. Réponse : ici, sur le bureau de [[PERSONNE:Isabelle Rouxel]], technicienne, qui les recoupe à la main quand le flux {{DSN}} plante.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Ahmed Benali]] demande sa carte {{Vitale}}, perdue. [[PERSONNE:Isabelle]] lui demande son numéro de sécu, il le récite par cœur : [[NIR:1 90 05 99 350 031 70]]. Né au {{Maroc}} en [[DATE_NAISSANCE:mai 1990]]. Elle commande la carte, délai annoncé {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame âgée, [[PERSONNE:Marie-Thérèse Le Gall]], née à {{Quimper}} le [[DATE_NAISSANCE:21/08/1947]], NIR [[NIR:247082923201159]] lu sur l'attestation papier. Elle veut un remboursement de lunettes, {{Optic 2000}}, {{389 €}}, mutuelle {{Harmonie Mutuelle}} n° adhérent [[IDENTIFIANT:HM00458127]]. [[PERSONNE:Isabelle]] lui explique le « {{100 % Santé}} ». Elle n'en avait jamais entendu parler.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ce qui m'a surpris : le nombre de gens qui viennent avec une feuille de soins papier. En {{2024}}. Des kinés, des infirmiers libéraux qui n'ont pas de lecteur. [[PERSONNE:Isabelle]] saisit tout. {{11}} feuilles dans la matinée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Gaëtan Morvan]] vient pour ses {{IJ}} pas versées depuis {{5 semaines}}. Son employeur, {{Transports Le Floch}}, n'a pas envoyé l'attestation. [[PERSONNE:Isabelle]] appelle la RH devant lui. Il me regarde : « vous voyez, c'est toujours comme ça ». Je me sens visé, en tant que patron.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Pas de RDV = pas d'accueil, sauf urgence. Le vigile filtre. Je vois une jeune mère refoulée parce qu'elle n'avait pas pris RDV sur {{ameli.fr}}. Elle ne savait pas qu'il fallait. Elle repart avec un flyer. {{9h25}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "C2S : dossier de [[PERSONNE:Stéphanie]] et [[PERSONNE:Dylan Kervella]], {{3 enfants}}. Ressources sous le plafond de {{12 €}} près. L'agente calcule {{deux fois}}. Accordée. [[PERSONNE:Stéphanie]] pleure un peu. Mon stylo s'est arrêté là.",
    ),
    (
        "cpam",
        "accueil_physique",
        "point outils : {{Médialog}}, {{Progrès PN}}, {{Diadème}}... {{5}} applis ouvertes en même temps, aucune ne se parle. [[PERSONNE:Isabelle]] copie le NIR de l'une à l'autre à la main, {{15}} fois par jour minimum. Risque d'erreur énorme, et personne au siège ne le sait ?",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un étudiant étranger, [[PERSONNE:Luca Ferraro]], {{Erasmus}} à {{Rennes 2}}, carte européenne {{CEAM}} n° [[IDENTIFIANT:80380000010123456789]], veut savoir s'il doit s'affilier. [[PERSONNE:Isabelle]] : non, la CEAM suffit. {{3 minutes}}. Le plus court de la journée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Fontaine]] (c'est son nom) vient avec une {{fontaine}} à eau cassée dans les bras, elle passait rendre un truc à la mairie d'en face. On rit tous. Dossier {{CSS}}. Tel laissé pour rappel : [[TELEPHONE:02 99 31 47 86]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Conclusion de ma demi-journée à la Cpam. Je venais avec une idée : « le numérique va tout régler ». Je repars avec une autre : le numérique règle les cas simples, et concentre au guichet les cas impossibles. Les agents ont donc des journées faites uniquement de cas impossibles.",
    ),
    (
        "cpam",
        "accueil_physique",
        "un monsieur en fauteuil, [[PERSONNE:René]], vient pour une prise en charge de transport {{VSL}}. Il habite [[ADRESSE:3 impasse des Mésanges, Cesson-Sévigné]], {{12 km}} de l'hôpital. Prescription refusée car mal remplie par le médecin, Dr [[PERSONNE:Hervé Lozach]]. [[PERSONNE:Isabelle]] appelle le cabinet.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Attestation de droits demandée par une femme sans papiers sur elle, [[PERSONNE:Amina Traoré]]. Elle donne sa date de naissance [[DATE_NAISSANCE:1988-06-17]] et son nom. L'agente la trouve dans la base avec le NIR provisoire. Imprime. {{Une minute}}. Elle dit « c'est tout ? ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, {{Saint-Brieuc}}. En double écoute à côté de [[PERSONNE:Yann Le Cam]], {{8 ans}} d'ancienneté. Le plateau : {{42 postes}}, {{31}} occupés. Sur l'écran au mur, {{67 appels}} en attente à {{9h15}}. [[PERSONNE:Yann]] ne le regarde jamais : « sinon tu speedes et tu fais mal ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appelant : M. [[PERSONNE:Jean-Marc Le Goff]], NIR donné à l'oral « un soixante-trois zéro six vingt-deux deux cent soixante-dix-huit zéro dix-neuf trente-quatre » = [[NIR:un soixante-trois zéro six vingt-deux deux cent soixante-dix-huit zéro dix-neuf trente-quatre]]. Né à {{Saint-Brieuc}}, comme [[PERSONNE:Yann]], ça les fait rire. Demande de remboursement d'une consultation chez un {{dermato}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Je note une phrase de [[PERSONNE:Yann]] après un appel difficile : « les gens n'appellent pas la Sécu, ils appellent quelqu'un ». Il venait de passer {{14 min}} avec une veuve qui ne savait pas comment déclarer le décès de son mari.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "mme appelle pour un arret de travail, elle a pas reçu ses IJ. elle donne son num de sécu [[NIR:2 85 07 56 121 045 69]] et dit être née à {{Lorient}} « en juillet 85 ». [[PERSONNE:Yann]] voit que l'arrêt a été envoyé par l'employeur mais rejeté. Il fait un signalement au service {{IJ}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Temps d'attente moyen le {{lundi}} matin : {{18 min}}. Le {{jeudi}} après-midi : {{3 min}}. Personne ne le sait côté public. Un message « appelez plutôt le jeudi » coûterait rien.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacie, la {{Pharmacie du Colombier}}, pour un patient dont la carte Vitale est refusée. La pharmacienne, Mme [[PERSONNE:Quéré]] … non [[PERSONNE:Laëtitia Quéré]], donne le nom du patient, [[PERSONNE:Thomas Guillou]], et son NIR [[NIR:1 01 01 44 109 076 39]]. [[PERSONNE:Yann]] : droits fermés depuis le {{31/12}}, car rattaché aux parents jusqu'à {{ses 24 ans}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Observatrice ici : maire d'une commune de {{3 000 habitants}}. Ce qui me marque c'est la bienveillance sans affect. [[PERSONNE:Yann]] ne dit jamais « je comprends », il dit « on va regarder ». C'est plus rassurant, bizarrement.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Demande de mise à jour du RIB, l'assurée veut le dire par tel : [[IBAN:FR76 3000 3014 7000 0508 7632 167]]. [[PERSONNE:Yann]] refuse poliment, lui explique qu'il faut passer par le compte ameli ou courrier. Elle raccroche fâchée. C'est la règle anti-fraude, me dit-il ensuite.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur appelle pour « le dossier de ma femme », [[PERSONNE:Hélène Marchand]], en {{ALD}}. [[PERSONNE:Yann]] : « je ne peux rien vous dire sans son accord ». Le monsieur : « elle est à côté ». On entend une voix faible dire « oui oui ». [[PERSONNE:Yann]] accepte.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "appel d'une infirmière libérale, pb de télétransmission {{SESAM-Vitale}}, {{46}} factures bloquées. Aucun patient nommé. [[PERSONNE:Yann]] la renvoie vers la ligne des professionnels de santé, {{36 08}}. Elle connaissait pas le numéro.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt maladie avec un agent de la {{Cpam}}, [[PERSONNE:Christophe Daniel]]. Il ne contrôle pas la maladie (c'est le médecin-conseil) mais la présence aux heures de sortie interdites. Je suis venu en pensant voir des tricheurs. Première porte : une dame en pyjama, épuisée, qui s'excuse du désordre.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "[[ADRESSE:25 avenue Henri Fréville, 35200 Rennes]], {{4e étage}} sans ascenseur. Assurée : Mme [[PERSONNE:Lucie Bertho]], arrêt pour burn-out. Présente. [[PERSONNE:Christophe]] note « présente 10h35 ». {{6 minutes}}. On redescend. Il dit : « la plupart du temps c'est ça ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "2e adresse : personne. [[PERSONNE:Christophe]] laisse un avis de passage. Il m'explique qu'il y aura une convocation. Le nom sur la boite : [[PERSONNE:J. Madec]]. Voisin sur le palier : « il est chez le kiné, il y va tous les mardis ». [[PERSONNE:Christophe]] note ça aussi.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Ma réflexion en voiture : on imagine le contrôle comme de la méfiance. [[PERSONNE:Christophe]] le vit comme une protection de ceux qui cotisent. Entre les deux, les gens qu'on visite ont surtout l'air seuls.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle chez un artisan en arrêt, M. [[PERSONNE:Bruno Le Ray]], vu par la fenêtre sur un toit. Camionnette {{Renault Trafic}} immatriculée [[IMMATRICULATION:FR-223-ML]] garée devant. [[PERSONNE:Christophe]] photographie la plaque et le toit. Il dit qu'il fera un rapport neutre : « je constate, je ne juge pas ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Aucune donnée perso : journée plus calme, {{5}} contrôles, {{5}} présents. {{140 km}} parcourus dans la journée. [[PERSONNE:Christophe]] mange son sandwich dans la voiture sur le parking du {{Leclerc}} de {{Pacé}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Corinne Thébault]], née le [[DATE_NAISSANCE:5 décembre 1974]] à {{Paris}}, NIR vérifié sur la tablette [[NIR:2 74 12 75 115 220 83]]. Elle est absente mais sa voisine dit qu'elle est à l'hôpital, à {{Pontchaillou}}. [[PERSONNE:Christophe]] appelle le service : elle y est bien. Contrôle classé.",
    ),
]

CCAS = [
    (
        "ccas",
        "accueil_physique",
        "Je suis adjointe aux solidarités depuis {{2020}} et je n'avais jamais passé une matinée entière au guichet du {{CCAS}} que je préside par délégation. C'est un peu honteux à écrire. Accueil au rez-de-chaussée de la mairie annexe du {{Blosne}}, {{2 agents}}, une {{conseillère en économie sociale et familiale}} en back-office.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mon binôme : [[PERSONNE:Malika Ait-Ouali]], agente d'accueil social. Elle connaît {{la moitié}} des gens par leur prénom. Premier passage, Mme [[PERSONNE:Roger]] non, « [[PERSONNE:Josette]] » comme dit [[PERSONNE:Malika]], {{82 ans}}, vient chercher son colis de l'{{épicerie solidaire}}. Elle me demande si je suis « la nouvelle ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "demande d'aide facultative pour facture {{EDF}} : M. [[PERSONNE:Sébastien Prod'homme]], réf client EDF [[IDENTIFIANT:6004 521 873]], impayé {{412,60 €}}. Il habite [[ADRESSE:18 rue de Suède, 35200 Rennes]]. [[PERSONNE:Malika]] monte le dossier pour la commission du {{mardi}}. Il repart avec un bon alimentaire de {{30 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Tout ce qu'on appelle « accès aux droits » dans nos délibérations, ici c'est une femme qui cherche ses lunettes dans son sac pendant trois minutes pour lire un formulaire. [[PERSONNE:Malika]] attend. Elle ne lui prend pas le stylo. C'est ça, le métier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "jeune couple, [[PERSONNE:Lina]] et [[PERSONNE:Théo]], viennent pour une domiciliation administrative. Ils dorment dans leur voiture, une {{Kangoo}} grise immatriculée [[IMMATRICULATION:CK-781-TZ]], garée sur le parking de la {{piscine}}. [[PERSONNE:Malika]] leur donne un RDV avec la CESF pour {{jeudi 14h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Ce matin zéro nom à noter. Des questions : la cantine, le {{Pass Sortir}}, le {{bus gratuit}} pour les plus de {{65 ans}}, l'inscription au {{repas des aînés}}. Je réalise que le CCAS est d'abord le guichet de la vie ordinaire, pas seulement de l'urgence.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Popescu]] donne son passeport roumain n° [[IDENTIFIANT:058214739]] pour la domiciliation, et un IBAN roumain sur un papier froissé [[IBAN:RO22 RNCB 0082 0446 1742 0001]]. [[PERSONNE:Malika]] ne prend que ce qu'il faut : l'identité. Le reste, elle le lui rend : « gardez ça, c'est à vous ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Temps moyen d'un entretien : {{22 min}}. Temps moyen d'attente : {{10 min}}. Je pensais l'inverse. Le {{CCAS}} reçoit sans RDV le {{matin}}, sur RDV l'après-midi. Les gens le savent, par le bouche-à-oreille.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame apporte un gâteau à [[PERSONNE:Malika]] pour la remercier. Elle s'appelle [[PERSONNE:Rose Le Men]]. Le gâteau est décoré d'une {{rose}} en sucre. [[PERSONNE:Malika]] : « on n'a pas le droit, mais on va le partager avec tout le monde, hein » → gâteau posé à côté de la {{machine à café}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "dossier {{MDPH}} : la fille de Mme [[PERSONNE:Nguyen]], [[PERSONNE:Lan]], {{14 ans}}, autiste. Réf MDPH [[IDENTIFIANT:035-2023-118742]]. L'{{AEEH}} est en renouvellement depuis {{8 mois}}, la MDPH ne répond pas. [[PERSONNE:Malika]] envoie un mail à sa contact là-bas. « C'est du réseau, pas de la procédure » dit-elle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Entreprise : j'y pense en chef d'entreprise (je dirige une PME de {{BTP}}) : chez nous un salarié qui fait {{40}} entretiens difficiles par jour, on le mettrait en arrêt au bout d'un mois. [[PERSONNE:Malika]] est là depuis {{11 ans}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Dupuis]] vient demander le numéro d'un ancien voisin pour lui rendre un outil. [[PERSONNE:Malika]] refuse évidemment. Il donne le sien pour qu'on transmette : [[TELEPHONE:06.45.88.12.07]]. [[PERSONNE:Malika]] dit qu'elle ne peut même pas garantir de transmettre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Question bête que je me suis posée : pourquoi une vitre au guichet ? Réponse de [[PERSONNE:Malika]] : « après une agression en {{2019}} ». Tout le monde parle plus fort à cause de la vitre. Donc tout le monde entend tout. Confidentialité : zéro.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Bouvier]], {{aide ménagère}} de son métier, aide une voisine âgée à remplir l'{{APA}}. La voisine est Mme [[PERSONNE:Louise Pasquier]], née le [[DATE_NAISSANCE:14/04/1936]], [[ADRESSE:2 place de Prague, Rennes]]. [[PERSONNE:Malika]] photocopie l'avis d'imposition.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dernier passage de la matinée : un garçon de {{16 ans}} qui cherche un stage de {{3e}}... en retard d'un an. Il a vu l'affiche « on recrute des {{jobs d'été}} » à la mairie. [[PERSONNE:Malika]] lui donne le contact de la {{Mission locale}}. Rien de perso noté.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Lorient}}, {{matin}}. Agent : [[PERSONNE:Erwan Jégo]]. Il décroche avant la deuxième sonnerie, c'est une fierté d'équipe. « Chez nous on ne met pas de musique, on répond. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "appel de la fille d'une personne âgée, Mme [[PERSONNE:Kerbrat]], qui vit seule [[ADRESSE:9 rue du Port, Lorient]]. Elle appelle de {{Lyon}}, inquiète. [[PERSONNE:Erwan]] note son numéro : [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]]. Il déclenche une visite du service {{portage de repas}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Je m'attendais à des demandes d'argent. Il y en a, mais la moitié des appels concernent la solitude. Un monsieur appelle « pour savoir si le CCAS organise la galette des rois ». Il reste {{9 minutes}} en ligne. [[PERSONNE:Erwan]] le laisse parler.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "mail dicté par une usagère pour recevoir le formulaire : [[EMAIL:sylvie point morin arobase gmail point com]]. [[PERSONNE:Erwan]] le répète lettre par lettre. Dossier de [[PERSONNE:Sylvie Morin]], aide aux vacances enfants.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du bailleur {{Lorient Habitat}} pour signaler un locataire en impayé, M. [[PERSONNE:Kévin Le Dréan]], dossier locataire [[IDENTIFIANT:LH-20417-B]]. [[PERSONNE:Erwan]] ne confirme rien au bailleur sur le suivi social. Secret professionnel. Il propose juste que le locataire appelle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Réflexion : le téléphone du CCAS est le seul numéro public de la ville que les gens connaissent par cœur, {{02 97 02 23 00}} sur tous les magnets du frigo. C'est le vrai numéro d'urgence sociale de la commune, pas le {{115}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{10h40}} un élu appelle pour « un cas » : c'est mon collègue du conseil municipal. [[PERSONNE:Erwan]] le traite comme tout le monde, même procédure. J'ai trouvé ça très bien. (Je ne note pas le nom de l'administré.)",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour la {{téléassistance}}, son père est tombé {{deux fois}}. Le père : [[PERSONNE:Marcel Thomas]], né le [[DATE_NAISSANCE:2 janvier 1933]]. [[PERSONNE:Erwan]] remplit la demande en ligne pendant l'appel, envoie le dossier à {{Présence Verte}}. {{12 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Aucune donnée perso : appel pour savoir quels papiers apporter pour l'{{aide aux fournitures scolaires}}. [[PERSONNE:Erwan]] lit la liste : avis d'imposition, justificatif de domicile, certificat de scolarité. {{2 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec la travailleuse sociale du CCAS, [[PERSONNE:Armelle Duval]], chez un monsieur isolé signalé par la pharmacie. Je suis conseiller départemental. Je connais les chiffres de l'isolement par cœur. Je n'avais jamais poussé la porte.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "M. [[PERSONNE:Roland Gautier]], [[ADRESSE:37 rue de Brest, 56100 Lorient]], {{3e étage}}. Il vit avec son chat, {{Caramel}}, et {{47}} boîtes de médicaments sur la table. [[PERSONNE:Armelle]] fait l'inventaire avec lui, appelle son médecin traitant, Dr [[PERSONNE:Le Floc'h]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "[[PERSONNE:Armelle]] a une méthode : elle regarde d'abord le frigo, puis les boîtes aux lettres, puis les chaussures. « Le frigo te dit s'il mange, le courrier s'il ouvre, les chaussures s'il sort. » Je la note telle quelle. Aucun outil numérique ne fait ça.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation pour une aide au logement d'urgence : famille [[PERSONNE:Diallo]], {{5 personnes}} dans un T2, [[ADRESSE:4 allée Kerguelen, Vezin-le-Coquet]]. Humidité, moisissures dans la chambre des enfants. [[PERSONNE:Armelle]] prend des photos pour le {{SCHS}}. Le père, [[PERSONNE:Mamadou Diallo]], dit « on ne veut pas déranger ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de contrôle du logement d'une résidente du {{foyer-logement}} {{Les Glycines}}, {{logement 12}}. Pas de nom noté (je n'ai pas osé demander). Elle veut juste qu'on change l'ampoule. [[PERSONNE:Armelle]] le fait elle-même, sur une chaise.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez Mme [[PERSONNE:Ginette Lebreton]], {{91 ans}}, [[ADRESSE:lieu-dit Kerdual, 56340 Carnac]]. Plaques de la voiture du fils relevées par [[PERSONNE:Armelle]] pour le dossier d'aidant : [[IMMATRICULATION:6214 SL 56]], vieille 205. Le fils, [[PERSONNE:Pierrick]], vient tous les jours à midi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Bilan : trois visites, trois personnes qui ne seraient jamais venues au guichet. Je retiens que le « aller vers » n'est pas une mode, c'est la seule façon de voir ceux qui ne viennent pas. [[PERSONNE:Armelle]] fait {{1 500 km}} par mois avec sa voiture perso, remboursés au barème.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un couple de retraités qui demande l'aide au chauffage. M. et Mme [[PERSONNE:Lefeuvre]]. [[PERSONNE:Armelle]] regarde la facture de fioul, numéro de facture [[IDENTIFIANT:FIO-2023-88412]], {{1 240 €}}. Elle note le RIB pour le versement direct au fournisseur, pas à eux : {{Charbonnages Bretons}}.",
    ),
]

URGENCES = [
    (
        "urgences",
        "accueil_physique",
        "Immersion aux {{urgences}} du {{CHU}} de {{Rennes}}, site {{Pontchaillou}}, de {{19h}} à {{minuit}}. Je suis directeur général d'un groupe d'assurance. J'arrive avec mes ratios : durée moyenne de passage, taux de ré-hospitalisation. Je repars avec une image : un brancard dans un couloir, et une dame de {{90 ans}} dessus qui demande l'heure toutes les dix minutes.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IAO (infirmière d'accueil et d'orientation) : [[PERSONNE:Claire Nédélec]]. Elle trie. {{Tri 1}} à {{5}}. Elle me dit : « mon métier c'est de dire à des gens qui souffrent qu'ils vont attendre ». {{41 patients}} en salle d'attente à {{20h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient arrivé par les pompiers : M. [[PERSONNE:Alain Josse]], né le [[DATE_NAISSANCE:17/09/1956]], IPP [[IDENTIFIANT:P00871245]] sur le bracelet. Chute à domicile. [[PERSONNE:Claire]] lui met le bracelet, vérifie l'identité deux fois. « Identitovigilance », le mot est affiché partout.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ce que je n'avais pas prévu : le bruit. Les bips, les sonnettes, une alarme de pousse-seringue, un patient qui chante. Au bout de {{deux heures}} je suis épuisé. Les soignants sont là depuis {{12 heures}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission administrative : l'agente d'accueil, [[PERSONNE:Valérie]], demande la carte vitale et la mutuelle. Mme [[PERSONNE:Fatou Camara]] n'a que sa carte de séjour, n° [[IDENTIFIANT:7503198462]]. [[PERSONNE:Valérie]] crée le dossier sans mutuelle. « On soigne d'abord, on verra les papiers après. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{23h10}}. Attente moyenne affichée à l'écran : {{4h35}}. Un père avec un enfant qui vomit dit à voix haute « en {{Roumanie}} c'est mieux ». Personne ne répond. Je n'ai pas de réponse non plus.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jeune homme, {{22 ans}}, plaie à la main (verre), accompagné de son coloc. Le coloc donne son numéro pour être prévenu : [[TELEPHONE:+33 6 58 21 47 93]]. Le patient s'appelle [[PERSONNE:Maxime Texier]]. Box {{7}}. Suture prévue « dans {{trois heures}} ». Il rit jaune.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Réflexion à chaud : on demande aux urgences de régler les défauts de tout le reste. Pas de médecin traitant, pas de {{SOS Médecins}} la nuit, pas de place en {{EHPAD}}, pas de lit d'aval. Et c'est l'IAO de garde qui encaisse.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Gisèle Roux]], venue de l'{{EHPAD Korian Les Amandiers}} en ambulance, sans dossier de liaison. L'ambulancier, [[PERSONNE:Dimitri]], n'a qu'un papier avec le nom et « chute ». L'infirmière appelle l'EHPAD, personne ne répond avant {{22h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "pas de nom : un SDF que tout le monde appelle par un surnom, « [[PERSONNE:Le Grand]] », vient comme chaque soir pour dormir sur une chaise. La sécurité le laisse jusqu'à {{6h}}. [[PERSONNE:Claire]] dit : « c'est pas notre rôle mais où il irait ? ». Le {{115}} est saturé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un gendarme amène un homme en garde à vue pour un certificat de compatibilité. Plaque du véhicule de gendarmerie pas notée. L'homme : [[PERSONNE:Jordan Lemoine]]. Le gendarme donne le numéro de procédure, je ne l'ai pas noté. {{20 min}} d'attente pour eux, prioritaires.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{0h40}} je pars. L'infirmière de nuit arrive, elle commence à {{21h}} et finit à {{7h}}. Elle dit en souriant « bon courage pour la suite de ta soirée », à moi. C'est le monde à l'envers.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Parents d'un bébé de {{4 mois}} qui a de la fièvre. Le père épelle le nom : [[PERSONNE:B-E-R-T-H-E-L-O-T]], prénom du bébé [[PERSONNE:Maël]]. Date de naissance du bébé : [[DATE_NAISSANCE:le 2 du mois de mai 2024]]. {{Urgences pédiatriques}} : c'est l'autre bâtiment, à {{Hôpital Sud}}. Ils ne le savaient pas. Ils repartent en voiture.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une patiente demande le wifi. Code sur un papier scotché : {{CHU-Invite}}. Elle veut appeler sa fille en visio sur {{WhatsApp}}. La fille est à {{Dakar}}. Pas de données perso, juste un moment.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission : M. [[PERSONNE:Stéphane Hervé]] (prénom et nom qui se ressemblent, l'agente inverse deux fois). Né à {{Bastia}} en [[DATE_NAISSANCE:février 1969]], NIR [[NIR:1 69 02 2B 033 214 52]]. Elle remarque le « 2B » : « ah, corse ». Il dit qu'il est là pour une douleur au thorax.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Chiffres donnés par le cadre de santé, [[PERSONNE:Olivier Rebours]] : {{180}} passages par jour en moyenne, {{230}} les lundis, {{30 %}} de patients de plus de {{75 ans}}, {{11 %}} qui repartent sans avoir été vus. Je les avais lus dans un rapport. Ici ils ont des visages.",
    ),
    (
        "urgences",
        "accueil_physique",
        "un homme énervé crie sur l'agente d'accueil. La sécurité arrive. Il se calme en {{2 minutes}}. L'agente me dit après : « il a peur pour sa mère, c'est tout ». Je n'ai pas noté le nom, c'était pas le moment.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une patiente donne sa carte mutuelle {{MGEN}} n° [[IDENTIFIANT:1 12 345 678]] et son adresse [[ADRESSE:11 boulevard de la Tour d'Auvergne, 35000 Rennes]]. Elle s'appelle [[PERSONNE:Chloé Rigaud]], prof au lycée {{Jean Macé}}. Entorse de cheville, {{tri 4}}, attente prévue {{5 heures}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation du {{SAMU}} {{15}}, {{Centre 15}} d'Ille-et-Vilaine, soirée avec un ARM (assistant de régulation médicale), [[PERSONNE:Guillaume Perrot]]. Je pensais que le 15 c'était l'ambulance. C'est d'abord une écoute, puis un tri, puis un conseil. {{70 %}} des appels finissent sans ambulance.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel : une femme pour son mari qui a mal au thorax. [[PERSONNE:Guillaume]] demande l'adresse tout de suite : [[ADRESSE:5 rue des Écoles, 35510 Cesson-Sévigné]], digicode {{4512B}}, et un numéro de rappel [[TELEPHONE:06 24 77 90 13]]. Puis il passe au médecin régulateur. {{40 secondes}} en tout.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Je retiens : la première question n'est pas « qu'est-ce qu'il a » mais « où êtes-vous ». L'adresse avant le symptôme. Logique, mais ça m'a saisie.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un enfant de {{10 ans}} : sa grand-mère ne répond plus. Il ne connaît pas l'adresse. [[PERSONNE:Guillaume]] lui fait décrire ce qu'il voit par la fenêtre : une boulangerie « {{Ange}} », un rond-point. Localisation par le numéro de téléphone, {{3 minutes}}. Les pompiers partent. Je tremble en l'écrivant.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "appel d'un homme qui veut « juste un conseil » pour sa fièvre. Le médecin régulateur, Dr [[PERSONNE:Anne Salaün]], lui dit d'aller à la pharmacie de garde, lui donne le numéro du {{3237}}. Aucune donnée perso notée par moi.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un appelant donne son nom ([[PERSONNE:Frank Müller]]), touriste allemand, accident de voiture sans gravité sur la {{N12}}, voiture de location, plaque allemande [[IMMATRICULATION:M-KL 4821]]. [[PERSONNE:Guillaume]] parle anglais. Les gendarmes de {{Montauban-de-Bretagne}} sont envoyés.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le logiciel de régulation s'appelle {{Appli-SAMU}} ou quelque chose comme ça, je n'ai pas bien compris. Ce que j'ai compris : l'écran affiche en temps réel les ambulances libres. A {{22h}}, il y en avait {{deux}} pour tout le département.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Jardins d'Haïti}} : résident, M. [[PERSONNE:Paul Lelièvre]], {{94 ans}}, chute. L'infirmière de nuit donne la date de naissance pour retrouver le dossier, [[DATE_NAISSANCE:19300412]] comme elle la lit sur sa fiche. Le régulateur décide de ne pas transporter, passage du médecin de garde.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Message laissé par une patiente sortie la veille qui veut récupérer ses radios : elle laisse son mail [[EMAIL:nadege.hamel(at)free.fr]]. Mauvais numéro, ici c'est le SAMU. [[PERSONNE:Guillaume]] transfère au secrétariat des urgences, poste {{42107}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Entre deux appels [[PERSONNE:Guillaume]] me parle de ses horaires : {{12h}} de nuit, {{3}} nuits par semaine. Il a fait {{6 ans}} comme ambulancier avant. « Là au moins j'ai les mains propres mais la tête pleine. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle, son fils [[PERSONNE:Nolan]] a avalé une pile bouton. [[PERSONNE:Guillaume]] ne perd pas une seconde : adresse [[ADRESSE:Résidence Le Clos Fleuri, bâtiment C, 21 rue Pierre Martin, 35700 Rennes]], départ SMUR. Elle donne son prénom, [[PERSONNE:Audrey]]. Je crois que je n'oublierai pas cet appel.",
    ),
]

CHRS = [
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Le Relais}}, {{Saint-Brieuc}}. J'y passe la journée en tant que préfète déléguée à l'égalité des chances. Je signe des arrêtés de tarification pour cet établissement depuis deux ans. Je découvre les lieux : {{48 places}}, un hall avec un baby-foot sans balle, une odeur de javel et de café.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mon tuteur : [[PERSONNE:Romain Le Bras]], éducateur spécialisé. Il me présente aux résidents comme « quelqu'un qui vient voir comment on bosse », pas comme la préfète. Je lui en suis reconnaissante. Premier échange avec un résident, [[PERSONNE:Fabrice]], {{54 ans}}, ancien cuisinier, qui me parle de sauce béarnaise pendant {{20 minutes}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée d'une nouvelle résidente orientée par le {{SIAO}}, réf SIAO [[IDENTIFIANT:SI-22-2024-00871]]. Mme [[PERSONNE:Sabrina Lecoq]], {{31 ans}}, avec sa fille de {{6 ans}}. Elle sort d'un hébergement chez un ami, [[ADRESSE:12 rue Jules Ferry, 22000 Saint-Brieuc]]. [[PERSONNE:Romain]] lui fait visiter, {{chambre 14}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ce qui m'a le plus surprise : l'administratif prend la moitié du temps des éducateurs. Rapports au SIAO, bilans, tableaux pour l'{{ARS}} et pour... nous, la {{DDETS}}. Je suis en partie responsable de ce que je vois. Je le note pour ne pas l'oublier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Mohamed]], me montre son récépissé de demande de titre de séjour, n° AGDREF [[IDENTIFIANT:2204187396]]. Il a RDV à la préfecture « chez vous » dit-il en riant. Il sait qui je suis. Tout le monde le sait, en fait.",
    ),
    (
        "chrs",
        "accueil_physique",
        "atelier CV du mardi, {{5 résidents}}. Le modèle distribué est au nom de [[PERSONNE:Pierre Durand]], « {{agent de propreté}} ». Un résident dit « moi aussi je m'appelle [[PERSONNE:Pierre]], je peux garder le CV ? ». Rires. (Le résident, je ne connais pas son nom de famille.)",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{12h}}, repas collectif. Je mange entre deux résidents qui ne se parlent pas. Le poulet est bon. On parle foot, {{Stade Rennais}} contre {{Guingamp}}. Zéro nom, zéro dossier. Un des meilleurs moments de la journée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Grégory Le Moal]] vient récupérer son courrier (domiciliation au CHRS). Une lettre de la {{CPAM}}, une de la {{banque}}, un avis d'huissier, affaire RG [[IDENTIFIANT:24/01387]]. [[PERSONNE:Romain]] l'aide à ouvrir l'avis d'huissier. Il ne veut pas le lire seul.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ma tutrice de l'après-midi : [[PERSONNE:Anaïs Kerleau]], {{maîtresse de maison}}. Son métier n'existe dans aucun de nos tableaux. Elle fait les lits, surveille les médicaments, écoute. « Je suis la mère de tout le monde et de personne. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "résidente qui veut ouvrir un compte bancaire : la {{Banque Postale}} lui demande un justificatif de domicile. [[PERSONNE:Anaïs]] imprime l'attestation d'hébergement. La résidente, [[PERSONNE:Priscilla Renaud]], née le [[DATE_NAISSANCE:23.11.1992]] à {{Ajaccio}}, NIR [[NIR:2 92 11 2A 004 087 86]] sur l'attestation Vitale. Elle va pouvoir toucher son RSA sur son compte.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un ancien résident passe dire bonjour, il a un logement maintenant, [[ADRESSE:6 rue Saint-Guillaume, Saint-Brieuc]]. Il donne son numéro à [[PERSONNE:Romain]] « si vous avez besoin de bras » : [[TELEPHONE:07 81 44 29 60]]. [[PERSONNE:Romain]] le garde, il organise des déménagements bénévoles avec les anciens.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réflexion de fin de journée : je venais voir un « dispositif ». J'ai vu des gens qui vivent ensemble sans l'avoir choisi. Le mot « hébergement » est juste, le mot « insertion » est un espoir. J'ai envie de simplifier les bilans qu'on leur demande.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Résident avec un chien, {{Tyson}}, un staff très doux. Le CHRS n'accepte pas les animaux d'habitude, dérogation. Le maître s'appelle [[PERSONNE:Jérôme Carré]]. Il dit : « sans Tyson je serais encore dehors, je serais pas venu sans lui ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "pas de perso : réunion d'équipe de {{14h}} à {{15h30}}. {{7}} professionnels, {{3}} situations difficiles évoquées par initiales seulement. Ils ne disent jamais les noms devant moi. Je note le principe, pas les initiales.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écoute au {{115}} des {{Côtes-d'Armor}}, {{soirée}}. Écoutante : [[PERSONNE:Léa Cadiou]]. {{23 appels}} entre {{18h}} et {{21h}}. {{4}} places disponibles pour tout le département. Je vois [[PERSONNE:Léa]] choisir. Ce choix, c'est nous qui le lui imposons.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "appel : un homme, {{47 ans}}, à la {{gare}} de {{Lannion}}. Il donne son nom, [[PERSONNE:Patrice Le Hir]], et sa date de naissance [[DATE_NAISSANCE:03/03/1977]]. [[PERSONNE:Léa]] retrouve sa fiche dans {{SI-SIAO}} : déjà {{9}} nuits ce mois. Place proposée au {{foyer Adoma}}, {{chambre 8}}, {{Lannion}}. Il accepte.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "[[PERSONNE:Léa]] ne dit jamais « il n'y a plus de place ». Elle dit « ce soir je n'ai rien, rappelez demain à partir de {{9h}} ». Ça me paraît une nuance de langage jusqu'à ce que j'entende la personne répondre « d'accord, merci madame ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme appelle avec deux enfants, elle a quitté le domicile conjugal ce soir, violences. Elle chuchote. Adresse du conjoint donnée pour l'éviction : [[ADRESSE:27 rue de la Corderie, 22300 Lannion]]. [[PERSONNE:Léa]] la met à l'abri à l'{{hôtel Ibis}} de {{Saint-Brieuc}}, {{chambre 112}}. Le taxi est payé par le 115.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le numéro de la femme : [[TELEPHONE:06 12 93 40 58]]. [[PERSONNE:Léa]] le note pour la rappeler au matin. Le prénom : [[PERSONNE:Samira]]. Son nom, elle ne veut pas le donner. [[PERSONNE:Léa]] respecte.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un maraudeur de la {{Croix-Rouge}}, [[PERSONNE:Jacky]], appelle pour signaler un homme qui dort sous le {{pont de la Rocade}}. Pas de nom connu, « un Polonais, on l'appelle [[PERSONNE:Bartek]] ». [[PERSONNE:Léa]] crée une fiche anonyme avec le surnom.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un jeune de {{18 ans}} tout juste sorti de l'{{ASE}}. Il s'appelle [[PERSONNE:Killian]]. Il n'a plus de contrat jeune majeur. Il a un compte {{Instagram}} [[IDENTIFIANT:@killian_22bzh]] où l'éducatrice ASE lui écrit, dit-il. [[PERSONNE:Léa]] lui donne RDV à l'accueil de jour.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Je note ce que je ressens : de la colère. Contre moi, un peu. On a {{4}} places ce soir pour {{23}} appels. Les écoutants n'ont pas de quoi répondre, ils ont juste des mots.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Rappel par une bénévole du {{Secours Catholique}} pour une famille qui dort dans sa voiture, un {{Berlingo}} immatriculé [[IMMATRICULATION:AB 134 CD]] pas de contrôle technique, sur le parking du {{Carrefour}} de {{Langueux}}. Les parents : [[PERSONNE:Ioana]] et [[PERSONNE:Mihai Constantin]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit calme. {{21h40}}, {{8 appels}}, aucun nouveau. [[PERSONNE:Léa]] et son collègue de nuit parlent du planning de Noël. Rien de personnel à noter, à part leur fatigue.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un homme sortant de prison ({{CP de Rennes-Vezin}}), pas de logement. Il donne son numéro d'écrou, je ne sais pas si c'est un identifiant à noter, [[PERSONNE:Léa]] le note : [[IDENTIFIANT:48712]]. Nom : [[PERSONNE:Cédric Hamelin]]. Il a {{40 €}} de pécule.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel qui dure {{25 min}}. Une dame âgée, expulsée demain de son logement [[ADRESSE:3 chemin du Moulin, 22190 Plérin]]. Son nom : Mme [[PERSONNE:Yvette Urvoy]]. [[PERSONNE:Léa]] appelle le CCAS de {{Plérin}} à {{8h30}} le lendemain. Je demande si elle dormira. [[PERSONNE:Léa]] : « elle, non ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des chambres avec le veilleur de nuit du CHRS, [[PERSONNE:Abdel Mansouri]], à {{22h}}. Je m'attendais à un contrôle. C'est plutôt une ronde de bienveillance : il frappe, dit « c'est [[PERSONNE:Abdel]], bonne nuit », attend une réponse.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Chambre {{5}} : la porte ne ferme plus. Le résident, [[PERSONNE:Nicolas Guéguen]], a mis une chaise. [[PERSONNE:Abdel]] note pour l'agent de maintenance. {{3e}} fois ce mois. Le budget travaux est voté par... mon service.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle sanitaire des chambres avec la cheffe de service, [[PERSONNE:Françoise Allain]]. Punaises de lit en {{chambre 9}} et {{chambre 11}}. Traitement prévu par {{Hygiène Ouest Services}} dans {{10 jours}}. Les résidents dorment en salle commune en attendant.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Dans une chambre, une photo d'enfant et une adresse sur une enveloppe, celle de la mère de l'enfant : [[ADRESSE:45 rue de Paris, 56000 Vannes]]. Le résident, [[PERSONNE:Dimitri Lozac'h]], dit qu'il écrit tous les mois, pas de réponse. Je détourne les yeux.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "visite des logements diffus du CHRS (appartements en ville). Logement {{T1}} [[ADRESSE:8 rue Victor Hugo, appartement 3, 22000 Saint-Brieuc]], occupé par [[PERSONNE:Karine Bodin]]. [[PERSONNE:Françoise]] vérifie le compteur, l'assurance habitation, le détecteur de fumée. Tout est en ordre. {{15 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Je retiens une phrase de [[PERSONNE:Françoise]] : « on contrôle pour pouvoir défendre. Si demain le bailleur dit que c'est sale, j'ai mes fiches. » Le contrôle comme protection, là aussi. Deuxième fois que j'entends ça cette année.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Dernière chambre, {{chambre 22}}. Un résident qui a transformé sa chambre en atelier de réparation de vélos. {{Deux}} vélos démontés. [[PERSONNE:Françoise]] laisse faire : « c'est son projet, c'est pour ça qu'il se lève ». Pas de nom noté.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle du registre des présences : résidente absente depuis {{3 nuits}}, Mme [[PERSONNE:Leïla Benhamou]]. [[PERSONNE:Françoise]] appelle son portable [[TELEPHONE:06-33-58-71-14]], messagerie. Procédure : au bout de {{5 nuits}}, la place est déclarée vacante au SIAO. Dilemme.",
    ),
]

FRANCE_TRAVAIL = [
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Rennes Nord}}, {{8h30}}. Je suis dirigeant d'une ETI industrielle ({{650 salariés}}) et je me plains souvent que « France Travail ne nous envoie personne ». Je viens voir l'autre côté. Ma tutrice : [[PERSONNE:Cécile Ménard]], conseillère à l'accueil. Elle me tend un badge « visiteur » et me dit : « ici on dit demandeurs, pas chômeurs ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "1er demandeur : M. [[PERSONNE:Anthony Gicquel]], identifiant [[ID_FRANCE_TRAVAIL:4521873K]]. Radié pour absence à un RDV. Il dit qu'il n'a pas reçu la convocation, envoyée dans son espace en ligne. Il n'a pas de smartphone. [[PERSONNE:Cécile]] fait une demande de réinscription.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ce qui me frappe : la moitié des gens viennent pour un problème d'outil, pas d'emploi. Mot de passe perdu, espace bloqué, {{appli}} qui plante. Les {{bornes}} en libre accès sont occupées en permanence. Un jeune en {{service civique}} aide à côté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Inès Belkacem]], {{23 ans}}, diplômée {{BTS}} compta. Identifiant dicté « zéro neuf un deux, trois quatre cinq, B » : [[ID_FRANCE_TRAVAIL:0912 345 B]]. Elle cherche en alternance. Je lui donne ma carte. Je ne sais pas si j'avais le droit. [[PERSONNE:Cécile]] sourit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un homme de {{58 ans}}, ancien chef d'atelier chez {{PSA La Janais}}, me reconnaît (on s'est croisés dans un salon). Il me dit : « vous voyez, à {{58 ans}} on est invisible ». Je ne note pas son nom. Je note la phrase.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demandeur : M. [[PERSONNE:Yohann Le Gal]], id FT [[ID_FRANCE_TRAVAIL:3 087 412 N]], actualisation ratée, indemnisation {{ARE}} suspendue. [[PERSONNE:Cécile]] corrige dans {{AUDE}}. Il donne son tel pour un rappel du conseiller indemnisation : [[TELEPHONE:0677245831]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offre n° {{178QZKW}} affichée au mur : « préparateur de commandes, {{CDI}}, {{Lidl}} entrepôt de {{Liffré}} ». Un monsieur la photographie avec son téléphone. Il dit qu'il n'a pas de voiture pour aller à {{Liffré}}. Je pense à nos offres, à nos horaires, à nos parkings.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Temps d'attente à l'accueil : {{5 à 10 min}}. Court. Mais les RDV avec un conseiller : {{3 semaines}}. Le flux est fluide à l'entrée, bouché derrière. Comme chez nous en production.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Olivier Brard]] vient avec son CV imprimé. Son mail en haut : [[EMAIL:olivier.brard.pro@outlook.fr]], tel [[TELEPHONE:06 87 54 12 30]], adresse [[ADRESSE:23 boulevard Volney, 35000 Rennes]], date de naissance [[DATE_NAISSANCE:11/07/1971]]. [[PERSONNE:Cécile]] lui conseille d'enlever la date de naissance. « Les recruteurs regardent l'âge. » Je baisse les yeux.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "atelier « réussir son entretien » animé par [[PERSONNE:Hugo Lemarié]], {{8 participants}}. Jeu de rôle : je joue le recruteur. Je pose les questions que je pose vraiment. Un participant me dit : « cette question-là, elle est illégale ». Il a raison. Je n'en dors pas la nuit suivante.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une demandeuse d'emploi, [[PERSONNE:Nadège Hamon]], veut faire reconnaître son diplôme algérien d'infirmière. [[PERSONNE:Cécile]] l'oriente vers l'{{ARS}} et le {{CIEP}}. Elle a son passeport sur elle : [[IDENTIFIANT:AL0458123]]. [[PERSONNE:Cécile]] ne le photocopie pas, pas utile.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rien de perso : pic de fréquentation entre {{10h}} et {{11h30}}. {{63}} personnes accueillies sur la matinée, {{4}} agents à l'accueil, {{1}} vigile. {{2}} personnes sont reparties sans avoir été reçues, elles n'avaient pas le temps d'attendre (boulot en intérim à {{13h}}).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ce que je vais faire en rentrant : revoir nos annonces (trop de sigles), nos exigences de permis (inutile pour {{80 %}} des postes), proposer à [[PERSONNE:Cécile]] de venir en immersion chez nous. On a tout à apprendre l'un de l'autre.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "demandeur sourd, [[PERSONNE:Julien Perrin]], vient avec une interprète {{LSF}}. [[PERSONNE:Cécile]] réserve un box. L'identifiant est écrit sur un papier : [[ID_FRANCE_TRAVAIL:5612098R]]. L'échange prend {{35 min}} au lieu de {{10}}. Personne ne s'impatiente.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Céline Jubin]] demande une aide au permis de conduire, elle a un entretien chez {{Transdev}} comme conductrice de car. Son identifiant, lu sur sa convocation : [[ID_FRANCE_TRAVAIL:3345021J]]. Sa voiture actuelle, au nom de son mari : [[IMMATRICULATION:dx-447-rc]]. [[PERSONNE:Cécile]] explique que l'{{aide au permis}} ne finance que le permis B. Elle veut le D.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réflexion : on croit que la « mise en relation » est le cœur du métier. J'ai vu {{6 heures}} de travail et aucune mise en relation. Du dépannage, de l'explication, de la réassurance. Le cœur du métier c'est ça, et personne ne le mesure.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un demandeur, [[PERSONNE:Karim Saïdi]], veut changer son RIB pour l'ARE (id [[ID_FRANCE_TRAVAIL:9 120 874 F]]), il a ouvert un compte en {{Espagne}} (il part travailler là-bas) : [[IBAN:ES91 2100 0418 4502 0005 1332]]. [[PERSONNE:Cécile]] lui explique la portabilité des droits, formulaire {{U2}}. Il repart avec {{3}} papiers.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "pas de nom : un monsieur demande juste les toilettes. Il n'y en a pas pour le public. Il doit aller au {{McDo}} d'en face. Détail, mais révélateur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Morgane]], conseillère entreprises, passe me voir : elle a un poste de soudeur qui ne trouve personne depuis {{6 mois}}, chez un de mes fournisseurs, {{Soudure Lebrun & Fils}}. Le patron, M. [[PERSONNE:Lebrun]], refuse les candidats sans {{10 ans}} d'expérience. On en rit jaune.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme du {{3949}}, {{Nantes}}. Je suis journaliste à {{Ouest-France}}, invitée dans le cadre du programme. Conseiller : [[PERSONNE:Benoît Raffray]]. Il a {{4}} écrans. Sur l'un d'eux, un compteur : appels en attente {{112}}. Il me dit : « tu le regardes pas, sinon t'es mort ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appelante : Mme [[PERSONNE:Agathe Rivière]], veut savoir pourquoi son ARE est à {{0}} ce mois. Identifiant [[ID_FRANCE_TRAVAIL:7788120M]]. [[PERSONNE:Benoît]] voit une reprise d'activité déclarée par l'employeur. Elle a fait {{2 jours}} d'intérim. Ça a décalé le paiement. Explication {{9 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Je pensais que le téléphone était le canal des gens pressés. C'est le canal des gens perdus. Sur {{14}} appels écoutés, {{11}} personnes commencent par « je comprends rien ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un homme appelle pour son fils, [[PERSONNE:Lucas Fontaine]], {{19 ans}}, « qui ne veut pas appeler lui-même ». [[PERSONNE:Benoît]] ne peut rien faire sans le fils. Le père donne le numéro du fils, [[TELEPHONE:zero 7 54 dix 23 88]], [[PERSONNE:Benoît]] ne le prend pas. Je l'ai noté par réflexe de journaliste... je le barre.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "demandeur étranger, [[PERSONNE:Oleksandr Kovalenko]], ukrainien, protection temporaire, APS n° [[IDENTIFIANT:4401257963]]. Il veut savoir s'il peut s'inscrire. [[PERSONNE:Benoît]] parle lentement, le monsieur utilise {{Google Traduction}}. L'inscription est possible. Id créé pendant l'appel : [[ID_FRANCE_TRAVAIL:6632014Z]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "A {{11h}} coupure réseau : {{SI}} down {{20 minutes}}. [[PERSONNE:Benoît]] continue à répondre en disant « je note et je vous rappelle ». Il remplit un cahier papier. Le cahier, c'est ça la continuité de service.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Hélène Garnier]] appelle pour son contrat d'engagement jeune (pour son fils), demande un mail de confirmation : [[EMAIL:helene.garnier44 [at] sfr.fr]]. [[PERSONNE:Benoît]] explique qu'il n'envoie pas de mail, tout passe par l'espace personnel. Elle dit « mais il n'a pas de mail, il a que {{Snapchat}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Pas de donnée perso : une entreprise appelle pour déposer une offre. [[PERSONNE:Benoît]] la transfère au service entreprises, {{poste 3012}}. L'entreprise, {{Boulangerie Ange}}, cherche un vendeur à {{Saint-Herblain}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Thierry Le Pape]], {{62 ans}}, qui veut savoir quand il aura sa retraite. Identifiant [[ID_FRANCE_TRAVAIL:0456712W]]. [[PERSONNE:Benoît]] : « ce n'est pas nous, c'est la {{Carsat}} », donne le {{3960}}. Le monsieur a attendu {{22 min}} pour apprendre ça. Il dit merci quand même.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Benoît]] me parle de ses objectifs : {{DMT}} (durée moyenne de traitement) sous {{7 min}}. Il est à {{9}}. Son manager, [[PERSONNE:Stéphanie Loiseau]], le sait et « ferme les yeux ». Je me demande ce qui se passerait si elle ne les fermait pas.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel : jeune femme qui pleure, elle a raté son actu, {{450 €}} en moins ce mois. Elle s'appelle [[PERSONNE:Jessica]], née le [[DATE_NAISSANCE:30 septembre 2000]]. [[PERSONNE:Benoît]] retrouve le dossier par la date de naissance et le nom [[PERSONNE:Morel]]. Il peut régulariser. Elle dit « vous êtes sûr ? » trois fois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dernier appel de la matinée : un homme qui cherche une formation de cariste. [[PERSONNE:Benoît]] donne les infos sur {{Carif-Oref}}, le {{CACES}}, le financement {{CPF}}. Le monsieur n'a jamais entendu parler du CPF. {{12 min}}, aucune donnée perso.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ce que je vais écrire dans mon papier : le 3949 n'est pas un centre d'appels, c'est un service d'urgence sociale qui ne dit pas son nom. J'ai écouté {{31}} appels. Pas un seul ne parlait d'emploi au sens strict.",
    ),
]

EXTRA = [
    (
        "caf",
        "controle_sur_place",
        "contrôle {{AAH}} / ressources chez M. [[PERSONNE:Didier Rault]], [[ADRESSE:Bât. B, 10 allée de Finlande, 35200 Rennes]]. Il touche une pension d'invalidité versée sur un compte au {{Portugal}}, [[IBAN:PT76 0007 0000 0012 3456 7892 3]], qu'il n'avait pas déclarée. « Je croyais que l'étranger ça comptait pas. » [[PERSONNE:Patrick]] calcule l'indu sur place : {{2 400 €}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Entre deux visites, pause café à la {{boulangerie}} de {{Bruz}}. [[PERSONNE:Patrick]], mon contrôleur, me raconte ses débuts en {{1998}}, quand les contrôles se faisaient avec un carnet à souche. Je lui demande s'il a déjà eu peur. « Une fois. Un chien. » Aucune donnée, juste une pause.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Gwénaëlle Briand]], alloc n° [[N_ALLOCATAIRE:5503871]], parent isolé, [[ADRESSE:31 rue de la Poterie, 35200 Rennes]]. Un homme ouvre la porte en caleçon. C'est son frère, [[PERSONNE:Ronan]], hébergé {{2 semaines}}. [[PERSONNE:Patrick]] demande un justificatif, il a son bail à {{Brest}} dans son sac.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une allocataire qui a changé de banque, elle veut juste savoir si le nouveau compte est « bien enregistré ». [[PERSONNE:Laurent]] lit les {{4}} derniers chiffres, pas plus. Elle donne son numéro allocataire : [[N_ALLOCATAIRE:0093 418]]. Tout est ok, virement le {{5}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Ma frustration d'élu du jour : on m'a expliqué la « {{solidarité à la source}} » en réunion, c'était limpide. Au téléphone, sur {{10}} appels, personne ne sait ce que c'est. Les agents non plus, pas vraiment. Ils attendent la formation de {{septembre}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "mme [[PERSONNE:Vasseur]] vient déposer un dossier d'aide pour les obsèques de son mari. n° alloc Caf noté sur le dossier : [[N_ALLOCATAIRE:1475320]]. Contrat obsèques chez {{Roc Eclerc}} insuffisant. [[PERSONNE:Malika]] l'accompagne jusqu'à la porte, main sur l'épaule.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète : le monsieur du dessus ne sort plus, les volets sont fermés depuis {{4 jours}}. Elle donne l'adresse : [[ADRESSE:15 rue Anatole France, 56100 Lorient]]. Nom sur la boîte : [[PERSONNE:Le Strat]]. [[PERSONNE:Erwan]] appelle la police municipale. Je retiens mon souffle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Pas de nom : quelqu'un appelle pour savoir si le CCAS « donne des colis de Noël aux retraités ». Oui, à partir de {{70 ans}}, sur inscription avant le {{15 novembre}}. {{1 min 40}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour l'aide sociale à l'hébergement de son père en EHPAD. Il envoie les relevés par mail depuis [[EMAIL:f.tanguy-lorient@wanadoo.fr]]. Le père : M. [[PERSONNE:Jean Tanguy]], né le [[DATE_NAISSANCE:10 octobre 1938]]. [[PERSONNE:Erwan]] explique l'obligation alimentaire. Long silence au bout du fil.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Ce que j'ai appris en écoutant les appels : l'obligation alimentaire, l'aide sociale à l'hébergement, la récupération sur succession. Des mots de notre règlement départemental que personne ne comprend. J'en ai voté certains. Aucune donnée perso.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement dont le bail est garanti par le CCAS. Locataire : [[PERSONNE:Aurore Bellec]], [[ADRESSE:Résidence Les Mouettes, appt 22, 56100 Lorient]]. [[PERSONNE:Armelle]] vérifie l'état des lieux. Tout va bien, sauf une fuite sous l'évier. [[PERSONNE:Aurore]] dit que le bailleur, {{Bretagne Sud Habitat}}, n'a jamais répondu à ses {{3}} mails.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "visite à domicile pour une demande de {{portage de repas}}. Mme [[PERSONNE:Odette Riou]], [[ADRESSE:Kerlivio, 56700 Hennebont]], veuve, {{88 ans}}. Elle a préparé des crêpes pour notre venue. [[PERSONNE:Armelle]] goûte, moi aussi. Dossier validé pour {{5 repas}} par semaine. Son petit-fils passe le samedi, son tel : [[TELEPHONE:06 30 47 18 92]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Retour en voiture, je demande à [[PERSONNE:Armelle]] combien de visites par semaine : {{12}} en moyenne, {{20}} en hiver. Elle a un classeur rouge pour les « urgences froides » (personnes sans chauffage). Rien de nominatif dans ce que je note ici.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Contrôle de l'utilisation d'une aide pour l'achat d'un frigo : facture [[IDENTIFIANT:BT-0457812]] chez {{Boulanger}}, au nom de [[PERSONNE:Laurence Guillemot]]. Le frigo est là, branché, plein. [[PERSONNE:Armelle]] prend une photo pour le dossier. {{8 minutes}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Rendez-vous d'admission au CHRS : M. [[PERSONNE:Vincent Lagadec]], {{45 ans}}, sortant d'hospitalisation psy. Numéro de sécu sur l'attestation : [[NIR:1 78 03 35 238 112 07]], né à {{Rennes}} le [[DATE_NAISSANCE:14 mars 1978]]. [[PERSONNE:Romain]] lit avec lui le règlement intérieur, ligne par ligne.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Discussion avec un résident qui tient le potager : il me montre la {{rose trémière}}, l'{{olivier}} en pot, les {{tomates}}. Il dit que le jardin « c'est le seul truc qui n'a pas de dossier ». Je n'ai pas demandé son nom. {{2 heures}} de parenthèse.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'une assistante sociale de l'hôpital de {{Guingamp}} pour une sortie d'hospitalisation. Le patient : [[PERSONNE:Serge Daniel]], IPP [[IDENTIFIANT:G2024-551807]]. Elle donne son mail pour le rapport : [[EMAIL:as.urgences@ch-guingamp.fr]]. [[PERSONNE:Léa]] n'a pas de place avant lundi.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Rien à noter de personnel : un appel pour signaler que le {{Point Accueil Jour}} ferme à {{16h}} au lieu de {{17h}} cette semaine. [[PERSONNE:Léa]] met à jour le tableau blanc. {{1 minute}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une femme qui dort dans sa voiture à {{Perros-Guirec}}. Voiture : une {{Clio}}, plaque [[IMMATRICULATION:ET 903 HN]]. Son nom : [[PERSONNE:Christelle Morvan]]. [[PERSONNE:Léa]] envoie la maraude, demande si elle a de quoi manger. Elle dit « j'ai des biscuits ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fin de soirée au 115 : j'ai compté. {{31}} appels, {{17}} personnes différentes, {{6}} mises à l'abri. Les autres ont reçu des mots. Ma conclusion, que je ne sais pas encore comment traduire en politique publique : ce service manque de places, pas de procédure.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite des appartements relais avec [[PERSONNE:Françoise]]. Dans l'un d'eux, [[PERSONNE:Mathilde Le Roux]], sortie de violences conjugales, {{2 enfants}}. Elle demande à changer le nom sur la boîte aux lettres pour un faux. [[PERSONNE:Françoise]] : « on met juste le numéro du logement, {{logement 4}} ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Ronde de {{23h}}, tout le monde dort sauf la {{chambre 17}} où on entend une série sur une tablette. [[PERSONNE:Abdel]] frappe doucement. Rien à noter. Il me dit que les nuits sans incident sont les plus nombreuses, « mais personne n'écrit de rapport sur elles ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle du véhicule prêté par le CHRS à un résident pour son travail de nuit (boulangerie industrielle à {{Ploufragan}}). {{Peugeot 208}}, [[IMMATRICULATION:GA-318-PL]]. Le résident, [[PERSONNE:Thibault]], rend les clés avec le plein fait. [[PERSONNE:Françoise]] coche la fiche.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "chambre {{3}}, M. [[PERSONNE:Youssouf Keïta]], ses papiers étalés sur le lit : titre de séjour [[IDENTIFIANT:CB02147856]], fiche de paie {{Sodexo}}, relevé bancaire [[IBAN:FR76 1870 6000 0097 5312 4680 035]]. Il demande de l'aide pour le {{dossier DALO}}. [[PERSONNE:Françoise]] prend RDV pour lui.",
    ),
]
EXTRA2 = [
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Annick Le Borgne]] vient pour le capital décès de son mari. Elle donne le NIR de son mari, lu sur un vieux papier : [[NIR:1 63 06 22 278 019 34]]. Elle ne sait pas qu'il faut un RIB à son nom à elle. Le seul qu'elle a est le compte joint, [[IBAN:FR76 1450 5000 0108 2314 7500 107]]. [[PERSONNE:Isabelle]] dit que ça ira.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ce qui me dérange en tant que dirigeant : les files d'attente sont organisées comme on organisait nos chaînes en {{1990}}. Un numéro, un écran, une attente. Pas de tri à l'entrée à part le vigile. Et pourtant l'ambiance est calme. {{35 personnes}} ce matin.",
    ),
    (
        "cpam",
        "accueil_physique",
        "jeune de {{18 ans}} qui veut sa propre carte vitale, [[PERSONNE:Yanis]], né à {{Lyon}}. Sa mère l'accompagne et parle pour lui. [[PERSONNE:Isabelle]] s'adresse à lui, pas à elle. Je note : même au guichet, on apprend à devenir adulte.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Maryvonne Cloarec]], née à {{Brest}} le [[DATE_NAISSANCE:7 septembre 1958]], numéro de sécurité sociale [[NIR:258092901930209]] donné d'une traite. Elle demande l'{{attestation de droits}}. [[PERSONNE:Yann]] la lui envoie par mail sur [[EMAIL:m.cloarec29@orange.fr]]. {{3 minutes}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en anglais d'un chercheur américain en post-doc à l'{{INSERM}}, il veut comprendre le {{médecin traitant}}. [[PERSONNE:Yann]] jongle entre anglais et français. Aucune donnée perso, juste de la pédagogie. Ça dure {{16 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur d'origine allemande qui veut faire rembourser ses soins sur son compte en Allemagne : [[IBAN:DE89 3704 0044 0532 0130 00]]. [[PERSONNE:Yann]] explique qu'il faut un compte {{SEPA}}, ce qui est le cas, mais il faut l'envoyer par l'espace {{ameli}}. Le monsieur s'appelle [[PERSONNE:Klaus Becker]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Réflexion : les {{téléconseillers}} de la Cpam sont évalués sur le taux de décroché ({{85 %}} visé). Personne ne mesure si la personne a compris. [[PERSONNE:Yann]] dit : « un appel décroché et pas compris, c'est un deuxième appel demain ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'un assuré en arrêt long, M. [[PERSONNE:Florian Daguin]], né en [[DATE_NAISSANCE:février 1995]], NIR [[NIR:1 95 02 35 281 064 50]]. Absent à l'heure du contrôle. Il arrive en courant : il était à la pharmacie. Il a l'ordonnance et le ticket de caisse horodaté {{10h12}}. [[PERSONNE:Christophe]] note « présent, justifié ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Je me rends compte que je n'avais jamais pensé que les agents de contrôle utilisent leur propre téléphone pour les photos. Pas de tablette pro. [[PERSONNE:Christophe]] a un dossier {{« Travail »}} dans sa galerie, au milieu des photos de ses enfants. RGPD ?",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'une assurée, Mme [[PERSONNE:Élodie Pineau]], [[ADRESSE:2 bis rue du Bignon, 35135 Chantepie]]. Elle est là, en arrêt pour une fracture. [[PERSONNE:Christophe]] remarque sa voiture garée dans l'allée, [[IMMATRICULATION:gk-914-xb]] : elle ne peut pas conduire, c'est son conjoint qui l'utilise. Rien à signaler.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Fin de tournée : {{7}} contrôles, {{6}} présents, {{1}} absent non justifié. [[PERSONNE:Christophe]] rédige les rapports le soir, {{1h30}} de saisie. Il dit que c'est la partie qu'il aime le moins. Pas de nom dans ce résumé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un demandeur qui a reçu un SMS suspect « votre dossier France Travail est suspendu, cliquez ici ». [[PERSONNE:Benoît]] confirme : arnaque. Le demandeur, [[PERSONNE:Rémi Castel]], a déjà donné son identifiant sur le faux site : [[ID_FRANCE_TRAVAIL:2215674 H]]. Procédure de sécurisation du compte.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Solène Pichard]] demande un justificatif d'inscription pour la {{Caf}}. Identifiant dicté en deux fois : [[ID_FRANCE_TRAVAIL:8841093T]]. [[PERSONNE:Benoît]] l'envoie dans son espace. Elle voulait le recevoir par mail à [[EMAIL:solene.pichard@gmail.com]], impossible.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le plateau à {{14h}} : {{28}} conseillers sur {{40}}. Les autres en formation, en arrêt, en réunion. Le compteur monte à {{140}} appels. [[PERSONNE:Benoît]] boit un café debout, casque sur la tête. Aucune donnée perso dans cette note.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un ancien salarié d'une de nos usines, [[PERSONNE:Franck Guilloux]], me reconnaît à l'accueil. Licencié en {{2021}} lors du PSE. Il est toujours inscrit, identifiant [[ID_FRANCE_TRAVAIL:1098432 P]] sur sa convocation. Il me dit sans colère : « vous aviez dit qu'on serait tous reclassés ». Je n'ai rien su répondre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel à la régulation d'un homme qui a trouvé sa voisine au sol, Mme [[PERSONNE:Monique Le Duff]], [[ADRESSE:40 rue de Nantes, 35000 Rennes]]. Il donne le numéro de la voisine et le sien : [[TELEPHONE:02.99.65.14.30]]. [[PERSONNE:Guillaume]] envoie les pompiers. {{8 minutes}} d'intervention.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ce que je retiens du SAMU : personne ne raccroche sans avoir donné une consigne. Même « rappelez-nous si ça change ». Dans mon secteur on appellerait ça la fidélisation. Ici ça s'appelle ne laisser personne seul.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jeune femme arrivée seule, malaise. Elle donne son nom, [[PERSONNE:Justine Caradec]], et sa date de naissance, [[DATE_NAISSANCE:le 2 avril 1999]], née à {{Vannes}}. L'agente retrouve son NIR dans le dossier d'un passage précédent, [[NIR:2 99 04 56 260 143 14]]. Elle attend {{3h10}} avant d'être vue. Elle s'excuse d'être là.",
    ),
]
NOTES = CAF + CPAM + CCAS + URGENCES + CHRS + FRANCE_TRAVAIL + EXTRA + EXTRA2

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return the plain text, its entities and its keep list."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for match in MARK_RE.finditer(marked):
        plain = marked[pos : match.start()]
        parts.append(plain)
        length += len(plain)
        if match.group(1):
            value = match.group(2)
            entities.append({"start": length, "end": length + len(value), "label": match.group(1)})
        else:
            value = match.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"ind49-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Stratified 50/50 split: shuffle each site kind x channel cell, halve it, then share
    the odd cells' leftovers by one more shuffle with the same generator."""
    rng = random.Random(49)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for key in sorted(cells):
        ids = cells[key]
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return [n for n in notes if n["id"] in dev], [n for n in notes if n["id"] in holdout]


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    assert len(notes) == 240, len(notes)
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
