"""Independent evaluation corpus n° 95: 240 French observation notes, written by hand.

Each note is a ``(site_kind, channel, text)`` tuple; in ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. ``python holdout_author.py`` strips the marks,
computes the offsets, draws the dev / holdout split and writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file (standard library only, deterministic).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind95"
SEED = 95

# Edit 1: notes 1-35.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "Lundi {{8h25}}, {{Caf}} d'{{Avignon}}. Déjà {{14 personnes}} dehors avant l'ouverture, le {{mistral}} souffle fort et tout le monde se colle contre le mur. L'agente d'accueil, [[PERSONNE:Sandrine]], distribue les tickets à la main parce que la borne est en panne depuis vendredi. Premier ticket : un monsieur pour la {{prime d'activité}}, il a reçu un mail qu'il ne comprend pas.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Benhamou]] vient pour un changement de situation (séparation). [[PERSONNE:Sandrine]] lui demande son num alloc → [[N_ALLOCATAIRE:2841736]]. Elle a tout dans une pochette plastique, très organisée. Nouvelle adresse : [[ADRESSE:17 avenue de la Trillade, 84000 Avignon]]. Elle dit « je veux juste que mes {{APL}} suivent, c'est tout ».\nDurée : {{12 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme tel {{CPAM}} {{Digne}}, je suis en double écoute avec [[PERSONNE:Gaëlle Roubaud]].\nAppel 1 : un jeune homme qui a perdu sa {{carte vitale}} en rando (!) vers {{Sisteron}}. Il épelle son nom : [[PERSONNE:F-A-U-R-E]], prénom [[PERSONNE:Kévin]]. NIR lu à voix haute : [[NIR:1 92 11 04 070 028 75]]. [[PERSONNE:Gaëlle]] vérifie : né en [[DATE_NAISSANCE:novembre 92]] à {{Digne}}, ok ça colle. Elle commande la nouvelle carte, délai {{2 à 3 semaines}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES {{CARPENTRAS}} mardi soir. Salle d'attente : {{9 personnes}}, un gamin qui pleure, une dame avec le bras en écharpe. Écran : « temps d'attente estimé {{3h}} ». L'IOA (infirmière d'orientation) s'appelle [[PERSONNE:Maëlle]], elle trie à toute vitesse, elle a l'air d'avoir fait ça toute sa vie.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme arrive avec la main dans un torchon, coupé en taillant ses {{oliviers}}. Il a conduit lui-même depuis {{Mazan}}. On le fait passer assez vite, ça saigne pas mal. L'infirmière : « la prochaine fois vous appelez le {{15}} hein ». Lui : « pour une coupure ?? »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Vaucluse}}, {{21h10}}. Écoutante : [[PERSONNE:Nadia]]. Un homme dort dans sa voiture sur le parking de la {{gare routière}} d'{{Avignon}} avec son chien. Il donne sa plaque pour que la maraude le trouve : [[IMMATRICULATION:EK-482-TJ]], une {{Clio}} grise. Pas de place ce soir en hébergement avec chien. Lui : « je vais pas laisser {{Rocky}} dehors ». [[PERSONNE:Nadia]] propose le passage de la maraude vers {{22h}}, il dit ok.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Manosque}}, mercredi matin, calme plat. Conseiller : [[PERSONNE:Julien Esposito]]. RDV avec [[PERSONNE:Théo Martinez]], {{25 ans}}, inscrit depuis {{4 mois}}, identifiant [[ID_FRANCE_TRAVAIL:5823061K]]. Il veut faire la saison de la lavande à {{Valensole}} puis une formation cariste. [[PERSONNE:Julien]] lui montre les offres à l'écran, il y en a {{11}}. [[PERSONNE:Théo]] prend des photos de l'écran avec son tel.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Carpentras}}, vendredi = jour de marché donc beaucoup de passage. Une dame âgée, Mme [[PERSONNE:Ripert]], vient pour sa facture d'eau : {{186 €}}. L'agent ([[PERSONNE:Karim]]) ouvre le dossier, lui demande si elle touche l'{{ASPA}}. Elle : « la quoi ? ». Il explique 5 minutes, elle repart avec un RDV et une brochure.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Hervé Pélissier]], contrôleur {{Caf}}, chez Mme [[PERSONNE:Diop]], [[ADRESSE:4 impasse des Micocouliers, 84300 Cavaillon]]. Déclarée seule avec {{3 enfants}}. Appart propre, rangé, des lits superposés dans une chambre. [[PERSONNE:Hervé]] demande les relevés bancaires des {{3 derniers mois}}, elle sort aussi son RIB : [[IBAN:FR76 3000 3562 2279 4987 5732 791]]. Rien d'anormal selon lui. En sortant : « {{90%}} de mes contrôles c'est ça, des gens normaux ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "File {{CPAM}} {{Avignon}} à {{10h40}} : {{23 personnes}}. Deux agents au guichet, un troisième aux bornes. Beaucoup viennent juste imprimer une attestation de droits. Affiche au mur : « Gagnez du temps, créez votre compte {{ameli}} ». Ironie : la moitié de la file n'a pas de smartphone ou plus de forfait.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel arrivé par le {{3949}}, basculé sur l'agence de {{Digne}}. Une dame, [[PERSONNE:Sylvie Chabaud]], n'arrive pas à s'actualiser. « Mon identifiant c'est [[ID_FRANCE_TRAVAIL:0471829 P]], enfin je crois, c'est écrit au crayon. » Le conseiller ([[PERSONNE:Rachid]]) vérifie : l'identifiant est bon, c'est le mot de passe qui bloque. Il la guide {{8 minutes}}. Elle : « ah c'est ça le petit œil ! »",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Manosque}}, matin. Petit-déj de {{7h30}} à {{9h}}, {{12 résidents}} dont {{2 femmes}}. Un résident, [[PERSONNE:Mickaël]], me montre fièrement son contrat chez un paysagiste de {{Forcalquier}} : CDD {{6 mois}}. L'éducatrice, [[PERSONNE:Fatoumata Sissoko]], dit que c'est le 3e qui trouve du boulot ce mois-ci. Elle le dit sans sourire, fatiguée, mais contente je crois.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Digne}}. Une femme appelle pour savoir si son père est arrivé, transporté par les pompiers depuis {{Barrême}}. Nom : [[PERSONNE:Ayme]], [[PERSONNE:Lucien Ayme]], né le [[DATE_NAISSANCE:02/09/1941]]. L'agente cherche, trouve : « il est en {{box 4}}, le médecin va passer ». La fille laisse son numéro pour être rappelée : [[TELEPHONE:06 71 38 24 90]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Au tél du {{CCAS}} de {{Sisteron}}, l'après-midi c'est surtout : horaires de l'épicerie sociale, portage de repas, une question sur le colis de {{Noël}}. {{6 appels}} en {{40 min}}, tous réglés en moins de {{5 min}}. Rien de dramatique. L'agente tricote entre deux appels (vrai).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}} {{Vaucluse}}. Appelant : M. [[PERSONNE:Sébastien Roux]], trop-perçu de {{1 240 €}} sur ses {{APL}}. Très énervé : « c'est VOUS qui avez versé, c'est votre erreur ! ». L'agente, [[PERSONNE:Céline]], reste calme, explique l'échéancier. Il donne son n° alloc [[N_ALLOCATAIRE:0918264]] et son mail [[EMAIL:seb.roux84@orange.fr]] pour recevoir le formulaire de remise de dette. Il raccroche presque poli.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie avec l'agent assermenté de la {{CPAM}}, [[PERSONNE:Thierry Bonnefoy]]. On sonne à {{14h15}} chez M. [[PERSONNE:Gonçalves]], [[ADRESSE:12 chemin des Vignères, 84300 Cavaillon]]. Personne. On attend, on resonne. Une voisine à la fenêtre : « il est chez le kiné, le mardi il y va toujours ». [[PERSONNE:Thierry]] laisse un avis de passage. Il me dit que ça arrive tout le temps et que le plus souvent c'est vrai.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif, {{8 participants}}. L'animatrice projette un CV modèle… sans nom, juste « {{Prénom NOM}} ». Bonne pratique tiens. Un participant demande s'il faut mettre une photo. Débat de {{10 min}}. Conclusion : pas obligatoire, mais souriez.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Laetitia]], travailleuse sociale du {{CCAS}} de {{Manosque}}, chez Mme [[PERSONNE:Maria do Carmo Pereira]], {{56 ans}}, [[ADRESSE:3 rue des Tilleuls, quartier des Plantiers, 04100 Manosque]]. Demande d'aide pour remplacer le frigo qui a lâché. Elle tend sa carte vitale, le n° de sécu est dessus, [[NIR:2 68 08 99 139 030 08]], [[PERSONNE:Laetitia]] le recopie. Née au {{Portugal}}, arrivée en {{1989}}. Le frigo fait un bruit de tracteur. Devis {{Boulanger}} : {{389 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h40}} d'attente pour une dame de {{82 ans}} tombée chez elle. Sa fille, [[PERSONNE:Corinne]], s'énerve poliment au guichet. L'agent d'accueil, [[PERSONNE:Loïc]] : « madame je comprends, mais on a eu trois accidents sur la {{N85}} ce matin ». [[PERSONNE:Corinne]] se rassoit. Elle me dit « c'est pas contre lui hein ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus du {{CHRS}} avec [[PERSONNE:Benoît]], éducateur. T2 au [[ADRESSE:9 allée des Cigales, 84200 Carpentras]], occupé par [[PERSONNE:Aïcha]] et ses deux enfants depuis {{5 mois}}. Check : extincteur ok, frigo plein, le petit fait ses devoirs sur la table. [[PERSONNE:Aïcha]] montre le courrier du bailleur, sa demande de logement social porte le n° [[IDENTIFIANT:084 24 0118357]]. [[PERSONNE:Benoît]] prend une photo du courrier.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Digne-les-Bains}}, mardi {{13h30}}. L'aprem c'est sur RDV uniquement : 4 RDV prévus, 1 absent. Entre deux, l'agent m'explique que pour les gens de la vallée de l'{{Ubaye}}, venir à {{Digne}} c'est {{1h30}} de route, donc ils font tout par téléphone ou pas du tout.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Double écoute. Une dame pour un remboursement de lunettes : « je suis madame [[PERSONNE:Nguyen]], [[PERSONNE:Thi Hoa]] ». NIR donné d'un trait, [[NIR:289062619842415]]. L'agente, [[PERSONNE:Manon]], voit que la mutuelle n'a pas reçu le flux. Mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:HM07245531]]. [[PERSONNE:Manon]] lui dit d'envoyer la facture de l'opticien directement à la mutuelle. {{6 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} d'{{Avignon}}. Conseillère : [[PERSONNE:Samia Belkacem]]. Suivi de M. [[PERSONNE:Oleksandr Kovalenko]], ukrainien, arrivé en {{2022}}, ingénieur en mécanique à {{Kharkiv}} avant. Parle anglais, un peu de français. Identifiant [[ID_FRANCE_TRAVAIL:6120473W]], APS n° [[IDENTIFIANT:8400912754]]. Objectif : reconnaissance du diplôme. [[PERSONNE:Samia]] lui imprime la démarche {{ENIC-NARIC}} et lui parle du cours de français du jeudi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Avignon}}, guichet domiciliation. Un homme, [[PERSONNE:Dédé]] comme tout le monde l'appelle ici, vient chercher son courrier comme tous les jeudis. Il n'en a pas. Il repart : « à jeudi ». L'agente, [[PERSONNE:Myriam]] : « il vient surtout pour dire bonjour je crois ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Avignon}}, samedi {{11h}}. Un ado, [[PERSONNE:Yanis Boukhari]], {{16 ans}}, arrive seul avec une cheville énorme (foot au stade). Carte vitale ? Il a juste une photo sur son tel. Sa mère au téléphone donne la date de naissance, [[DATE_NAISSANCE:17 décembre 2008]]. Dossier créé, IPP [[IDENTIFIANT:0084220917]]. Il attend sur une jambe, en jouant à {{FIFA}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{22h50}}. Une femme chuchote, elle appelle depuis les toilettes d'un bar. Elle ne veut pas donner son nom. L'écoutant lui dit que ce n'est pas grave, qu'on peut faire sans. Mise à l'abri proposée ce soir à l'hôtel, à {{Avignon}}. Elle dit oui. Taxi envoyé. Le tout en {{9 minutes}}. Moi j'avais les mains moites.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Sisteron}} avec [[PERSONNE:Patricia Imbert]], chez [[PERSONNE:Océane Gauthier]], {{30 ans}}, au {{RSA}} majoré. Signalement anonyme pour vie maritale. Une seule brosse à dents, aucune affaire d'homme. [[PERSONNE:Océane]] pleure un peu, dit que c'est son ex qui a fait le signalement. NIR relevé sur l'attestation : [[NIR:2 95 01 04 209 013 25]]. [[PERSONNE:Patricia]] me dit dans la voiture : « celui-là je le classe, je le sens ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants : [[PERSONNE:Antoine Reynaud]] rappelle les absents à la convocation de lundi. 1er : messagerie. 2e : [[TELEPHONE:07 58 21 44 06]], numéro plus attribué. 3e : Mme [[PERSONNE:Traoré]] décroche, elle n'a jamais reçu le courrier, elle a déménagé au [[ADRESSE:21 boulevard Gambetta, 84200 Carpentras]]. [[PERSONNE:Antoine]] met l'adresse à jour et refixe le RDV à mardi {{14h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Manosque}}, {{9h}} pile, il pleut. {{7 personnes}}. L'agent explique à chacun qu'ici c'est sur RDV sauf urgence. 3 repartent avec un RDV pour jeudi. Un monsieur râle : « avant on entrait, on sortait avec son papier ». Le vigile hoche la tête, d'accord avec lui visiblement.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour l'aide ménagère, {{CCAS}} de {{Cavaillon}}. M. et Mme [[PERSONNE:Santoro]], {{88}} et {{85 ans}}, maison au bout d'un chemin de terre, [[ADRESSE:1480 route de l'Isle, 84300 Cavaillon]]. Lui a eu un AVC l'an dernier, elle fait tout. L'agente, [[PERSONNE:Christelle]], remplit la grille {{AGGIR}}. Le chat s'appelle {{Pastis}} 😂. Mme [[PERSONNE:Santoro]] insiste pour nous servir un sirop d'orgeat.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Manosque}} : une dame demande si elle peut venir pour une piqûre de guêpe. L'infirmière pose quatre questions (ça gonfle ? vous respirez bien ?) et conseille la pharmacie, et le {{15}} si le visage gonfle. {{2 min}}, raccroché.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Digne}}. Café, douches, machine à laver. [[PERSONNE:Jojo]] (surnom) est là depuis {{8h}}, il aide à plier les serviettes. Un nouveau arrive, ne parle pas français, l'agent sort {{Google Traduction}} en pachto. Il s'appelle [[PERSONNE:Ahmad Rahimi]], {{19 ans}}, venu de {{Briançon}} à pied en partie.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune femme, [[PERSONNE:Inès Haddad]], {{23 ans}}, BTS compta. Elle tape son mail elle-même : [[EMAIL:ines.haddad.pro@gmail.com]]. Le conseiller, [[PERSONNE:Mathieu]] : « parfait, une adresse pro c'est déjà ça ». Elle cherche sur {{Cavaillon}} ou {{Apt}}, pas plus loin, pas de voiture.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une grand-mère qui garde sa petite-fille depuis l'été et veut savoir si elle peut toucher quelque chose. L'agent, [[PERSONNE:Yohan]], lui parle de l'{{ASF}}. Elle s'appelle [[PERSONNE:Josiane Meffre]], habite [[ADRESSE:quartier Les Granges, 84570 Mormoiron]]. Elle note tout, demande de répéter deux fois. [[PERSONNE:Yohan]] lui envoie le formulaire par courrier parce qu'« internet, non merci ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "2e visite de l'aprem avec l'agent de contrôle : cette fois la personne est là, en pyjama, clairement malade (grosse grippe). {{3 minutes}} sur le pas de la porte, signature, on repart. Lui : « voilà, {{80 %}} de mon boulot ». Sur la route on longe des champs de lavande déjà coupés, il me parle de son potager.",
    ),
]

# Edit 2: notes 36-70.
NOTES_2 = [
    (
        "caf",
        "accueil_physique",
        "Antenne {{Caf}} de {{Carpentras}}, jeudi matin. Une jeune mère, [[PERSONNE:Jessica Lopez]], vient déclarer la naissance de son 2e, [[PERSONNE:Lyam]], né le [[DATE_NAISSANCE:28 août]]. Bébé dans la poussette, dort comme un loir. Elle a changé de banque en même temps, nouveau RIB : [[IBAN:FR7611306536656093948219625]]. L'agent, [[PERSONNE:Romain Giraud]], saisit tout sur le dossier [[N_ALLOCATAIRE:3370152]]. {{14 min}}, efficace.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "tel {{caf}} {{11h05}}. « bonjour je m'appelle [[PERSONNE:Ousmane Camara]] », il épelle [[PERSONNE:C-A-M-A-R-A]] sans qu'on lui demande. Son {{RSA}} s'est arrêté ce mois-ci. L'agente ([[PERSONNE:Élodie]]) regarde : la DTR n'a pas été faite, il n'avait plus internet. Elle la fait avec lui au tel, ligne par ligne. Salaire de mars : {{612 €}}, avril rien, mai {{180 €}}. Elle relance le paiement. Lui : « que Dieu vous garde madame ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Digne}}, permanence tel. Une AS du Département appelle pour un monsieur sans chauffage, M. [[PERSONNE:Bernard Arnaud]], [[ADRESSE:14 avenue des Thermes, 04000 Digne-les-Bains]]. Cuve de fioul vide, {{-4°}} la nuit dernière. Référence client chez le fournisseur de fioul : [[IDENTIFIANT:CLT-0049821]]. L'agente, [[PERSONNE:Sophie Maurel]], valide un bon de {{300 €}} en direct. Livraison demain matin normalement.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de logement d'insertion à {{Sisteron}} avec [[PERSONNE:Amandine]] du {{CHRS}}. Locataire : [[PERSONNE:Kevin Lagrène]], {{34 ans}}, sorti de détention il y a {{3 mois}}, [[ADRESSE:2 montée des Oliviers, 04200 Sisteron]]. Studio propre, télé allumée sur {{BFM}}. Il veut passer le permis, il me montre l'appli code de la route, {{32/40}} au dernier test. [[PERSONNE:Amandine]] parle budget, regarde le ticket {{Lidl}} qui traîne sur la table. « Tu vois, là les chips c'est pas obligé. » Il rit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Alpes-de-Haute-Provence}}, {{19h}}. Un homme appelle de la gare de {{Manosque}}, plus de place au foyer. L'écoutant, [[PERSONNE:Guillaume Fabre]], demande son nom : « [[PERSONNE:Rachid Ben Salah]], mais tout le monde dit [[PERSONNE:Richard]] ». Né le [[DATE_NAISSANCE:12.07.1977]]. Une place à {{Digne}}, mais pas de bus avant demain {{7h12}}. Il dormira à la gare. [[PERSONNE:Guillaume]] note de le rappeler demain à la première heure.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Je suis avec [[PERSONNE:Nathalie]] sur la ligne entreprises. Un arboriculteur de {{Pertuis}} cherche des saisonniers pour les cerises. Exploitation : {{EARL Les Vergers du Luberon}}, SIRET {{41298765300026}}. Contact : M. [[PERSONNE:Jourdan]], portable [[TELEPHONE:04 90 79 12 63]] (c'est un fixe en fait, il se corrige). Offre créée en {{15 min}}, {{6 postes}}, {{SMIC}} horaire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Cavaillon}}, {{16h}}, calme, trois personnes. L'agente d'accueil, [[PERSONNE:Stéphanie]], me montre l'écran avec le code couleur de chaque patient. Arrive M. [[PERSONNE:Abdelkader Zerrouki]], ouvrier agricole, un cageot de melons tombé sur le pied. Il rigole : « c'est la saison ». Il est à la {{MSA}}, pas à la {{CPAM}} : [[PERSONNE:Stéphanie]] change d'onglet, tape le n° de sécu [[NIR:1 65 06 99 350 267 08]]. Dossier ok en {{3 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit de vendredi à samedi, urgences d'{{Avignon}} : {{31 passages}} entre {{20h}} et minuit. Beaucoup d'alcool, une bagarre {{place de l'Horloge}}, deux chutes de trottinette. Le vigile reste près de la porte. Personne ne crie, étonnamment. L'ambiance est… fatiguée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Avignon}}, guichet 3. Un couple, [[PERSONNE:Mehmet]] et [[PERSONNE:Ayşe Yilmaz]], pour la {{C2S}}. Lui parle bien français, elle non. L'agente, [[PERSONNE:Valérie Blanc]], monte la demande avec eux : avis d'impôt, fiches de paie. NIR de monsieur : [[NIR:1 71 01 99 208 105 79]], né en [[DATE_NAISSANCE:71]] en {{Turquie}}. Pour madame, titre de séjour n° [[IDENTIFIANT:0699173284]]. [[PERSONNE:Valérie]] traduit par gestes, ça marche.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}}, {{15h}}. Appel sur les indemnités journalières, classique : l'employeur n'a pas envoyé l'attestation de salaire. L'agente explique, donne les délais, conseille de relancer les RH. L'appelant raccroche avant de donner son nom. Appel suivant : même sujet. Et le suivant. Les IJ, c'est {{1 appel sur 3}} selon elle.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête à domicile avec [[PERSONNE:Nicolas Ferrand]], agent enquêteur {{CPAM}} : vérifier la résidence en {{France}} pour une {{C2S}}. Chez M. [[PERSONNE:Hamza Chergui]], [[ADRESSE:7 rue du Portail Magnanen, 84000 Avignon]]. Sur la boîte aux lettres, trois noms : [[PERSONNE:Chergui]], [[PERSONNE:Bensaïd]], [[PERSONNE:Hamdi]]. Il ouvre, explique que ce sont ses cousins, saisonniers. [[PERSONNE:Nicolas]] note tout, pose des questions sur les factures. {{20 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Manosque}}, épicerie sociale, renouvellement de l'accès. Mme [[PERSONNE:Rakotomalala]], prénom [[PERSONNE:Hanta]], {{3 enfants}}. Reste à vivre calculé : {{4,20 €}} par jour et par personne. L'agent, [[PERSONNE:Jérôme]], accorde {{3 mois}}. Elle demande si elle peut prendre des couches. Oui. Elle sourit pour la première fois.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Cavaillon}} : un fils pour sa mère qui vit seule, Mme [[PERSONNE:Odette Bouvier]], née le [[DATE_NAISSANCE:4 avril 1936]], [[ADRESSE:5 place du Clos, 84300 Cavaillon]]. Il veut la téléassistance, elle est tombée deux fois. L'agente, [[PERSONNE:Nathalie Cros]], prend ses coordonnées à lui : [[EMAIL:f.bouvier@free.fr]], [[TELEPHONE:06 84 12 90 37]]. Installation possible sous {{10 jours}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Manosque}} avec [[PERSONNE:Franck Mercier]] : résidence d'un étudiant pour l'{{ALS}}. Studio chez l'habitant, [[ADRESSE:36 bis rue Grande, 04100 Manosque]]. L'étudiant, [[PERSONNE:Lucas Ferreira]], est en BTS au lycée {{Félix-Esclangon}}. Le propriétaire, M. [[PERSONNE:Bouzid]], sort le bail. Loyer payé par virement. [[PERSONNE:Franck]] : « c'est carré ». {{15 min}} en tout.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mardi, {{Caf}} {{Avignon}}. J'ai compté : sur {{20 personnes}} reçues le matin, 9 pour la {{prime d'activité}} ou le {{RSA}}, 6 pour les {{APL}}, 3 pour des attestations, 2 « je sais pas pourquoi j'ai reçu ce courrier ». L'agent dit que c'est une semaine normale : pas la rentrée, pas {{Noël}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Carpentras}}. La conseillère entreprises, [[PERSONNE:Leïla Mansouri]], m'explique les recrutements de l'usine de fruits confits ({{Aptunion}}, à {{Apt}}). Pendant qu'on parle, un candidat arrive avec un CV papier froissé, [[PERSONNE:Dylan Baptiste]]. Identifiant : [[ID_FRANCE_TRAVAIL:7749201B]]. Elle l'inscrit sur l'info collective de jeudi {{9h}}. Il repart en disant « merci madame [[PERSONNE:Mansouri]] ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran à l'accueil {{FT}} : « Votre conseiller vous reçoit sur rendez-vous ». Machine à café en panne. Un vieux monsieur lit {{La Provence}} dans la zone d'attente. Une femme remplit un formulaire sur la borne, bébé sur le bras ; un agent vient l'aider sans qu'elle demande. {{10h15}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Carpentras}}, tel. La {{résidence Les Genêts}} (EHPAD) annonce un transfert : Mme [[PERSONNE:Marcelle Chauvet]], {{94 ans}}, chute, suspicion col du fémur. L'infirmière de l'{{EHPAD}} s'appelle [[PERSONNE:Samira]]. L'IOA note et prévient : {{4h}} d'attente minimum pour l'instant.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Avignon}}, bureau d'accueil. Entretien d'admission de [[PERSONNE:Sabrina Reyes]], {{27 ans}}, orientée par le {{SIAO}} (réf. [[IDENTIFIANT:SIAO84-2025-03127]]). Trois nuits dans une voiture avec sa fille. L'éducateur, [[PERSONNE:Fabien]], présente le règlement : pas d'alcool, visites jusqu'à {{20h}}. Elle demande surtout s'il y a un lave-linge. Il y en a deux.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Soir, plateforme {{115}}. Une maraude appelle : deux hommes sous le {{pont de l'Europe}}. Ils refusent l'hébergement mais acceptent des couvertures. Il fera {{2°C}} cette nuit. L'écoutante note l'emplacement sur une carte papier scotchée au mur. Elle dit qu'ils sont connus, qu'ils refusent toujours, qu'on repassera quand même.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur de {{Forcalquier}} veut changer de médecin traitant : « le docteur [[PERSONNE:Vial]] part à la retraite et personne le remplace ». Il s'appelle [[PERSONNE:René Bonnet]], né le [[DATE_NAISSANCE:30/09/1958]], NIR [[NIR:158090408801023]]. L'agente, [[PERSONNE:Aurélie]], explique que c'est le nouveau médecin qui fait la déclaration. « Encore faut-il en trouver un ! » Elle lui donne la liste de ceux qui acceptent encore à {{Manosque}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Digne}}, quartier du {{Pigeonnier}}. Chez M. [[PERSONNE:Jean-Marc Ollivier]], {{71 ans}}. « Un peu d'accumulation », dit l'agente, [[PERSONNE:Lucie]]. Piles de journaux, mais la cuisine est propre. Un perroquet, {{Coco}}, qui dit bonjour. Il raconte quand il était {{berger}} sur le plateau de {{Valensole}}. On repart avec le dossier {{C2S}} à compléter.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} des {{Alpes-de-Haute-Provence}}. Une femme veut changer de RIB, « mon nouveau compte c'est à la {{Banque Postale}} ». L'agent lui dit que ça se fait en ligne ou par courrier, pas au tel. Elle lit quand même : [[IBAN:FR06 2004 1562 6873 3989 8X03 079]]. Il ne saisit pas (procédure). Elle : [[PERSONNE:Kelly Da Silva]], alloc [[N_ALLOCATAIRE:1573390]]. Il lui envoie le lien par mail.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Parking des urgences de {{Manosque}} : une voiture garée sur la place ambulance. Le vigile au micro : « le propriétaire du véhicule [[IMMATRICULATION:FP-317-RZ]] est prié de… ». Personne. Il répète. Au bout de {{10 min}} un homme sort en courant, M. [[PERSONNE:Luciani]], il accompagnait sa femme, il s'excuse dix fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Digne}}, lundi {{8h30}}. Une étudiante, [[PERSONNE:Chloé Arnaud]], veut sa {{carte européenne}} pour un {{Erasmus}} à {{Valence}} ({{Espagne}}). L'agent, [[PERSONNE:Pascal]], lui dit que ça se commande sur {{ameli}}. « J'ai essayé, ça plante. » Il le fait avec elle sur le poste en libre-service, avec son mail [[EMAIL:chloe.arnaud04@laposte.net]]. Reçue dans {{10 jours}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{FT}}. Un monsieur radié : « j'étais hospitalisé à {{Marseille}}, j'ai pas pu venir au RDV ». [[PERSONNE:Stéphane]] vérifie le dossier, identifiant [[ID_FRANCE_TRAVAIL:3360418 L]]. Il faut le bulletin d'hospitalisation par la messagerie. « Mais je sais pas faire la messagerie. » [[PERSONNE:Stéphane]] lui dit de passer à l'agence de {{Cavaillon}} avec le papier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Petite salle d'attente du {{CCAS}} de {{Sisteron}} : 3 chaises, une plante verte, une affiche sur le {{chèque énergie}}. Une dame attend pour la cantine, une autre pour le transport scolaire. L'agente est seule, le téléphone sonne en continu. Elle s'excuse à chaque fois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} chez M. et Mme [[PERSONNE:Hovhannisyan]], [[ADRESSE:11 rue Louis Pasteur, 84120 Pertuis]]. Déclarés : {{2 enfants}} + la grand-mère. Contrôleuse : [[PERSONNE:Hélène Martin]]. La grand-mère, [[PERSONNE:Anahit]], née en [[DATE_NAISSANCE:1949]] à {{Erevan}}, montre son passeport arménien n° [[IDENTIFIANT:AR0748213]]. Tout le monde est là. Thé, gâteaux. [[PERSONNE:Hélène]] visite les chambres quand même, c'est la règle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Ibis Budget}} {{Avignon Nord}}, {{chambre 214}} : la famille [[PERSONNE:Demir]] (parents + 3 enfants) est hébergée ici depuis {{7 semaines}}. L'éducatrice du {{CHRS}}, [[PERSONNE:Coralie]], apporte des tickets-service. La mère, [[PERSONNE:Elif]], montre le micro-ondes qu'ils n'ont pas le droit d'avoir. Les enfants font leurs devoirs sur le lit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tel de l'accueil urgences sonne : une pharmacie de {{Sault}} demande s'il y a de la place en pédiatrie. L'infirmière : pas de pédiatrie ici, il faut descendre à {{Avignon}}. Raccroche. Elle me dit qu'elle a cette question {{3 fois par semaine}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RDV entre [[PERSONNE:Claire Jourdain]], conseillère, et [[PERSONNE:Souleymane Kouyaté]], {{41 ans}}, chauffeur PL. Il veut un poste de nuit pour garder les enfants le jour pendant que sa femme travaille. Elle lui propose une plateforme logistique à {{Cavaillon}}. Il laisse son numéro pour le recruteur : [[TELEPHONE:07 81 26 55 43]]. « Vous m'appelez même le samedi hein. »",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Fontaine]], très âgée, vient avec son petit-fils [[PERSONNE:Enzo]] pour les {{APL}}. Elle : « la {{Caf}} c'est pour les jeunes maintenant ? ». Rire général. Pendant que l'agent imprime, elle boit un verre à la {{fontaine}} à eau et raconte sa guerre d'{{Algérie}} à [[PERSONNE:Enzo]], qui a déjà entendu.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Pertuis}}, {{10h50}}, maison avec piscine. Le monsieur ouvre, bras dans le plâtre, en short. [[PERSONNE:Bonnefoy]] (l'agent) vérifie l'identité : CNI n° [[IDENTIFIANT:X7KR2PL94]], [[PERSONNE:Grégory Santoni]]. Tout est en règle, il est bien chez lui. Il nous propose un café, on refuse, on a une autre visite à {{11h30}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de nuit {{Sisteron}}, ouverture {{18h}}. Cinq hommes attendent. Le veilleur, [[PERSONNE:Patrice]], connaît tout le monde par le prénom : « salut [[PERSONNE:Mounir]], salut [[PERSONNE:Gégé]] ». Un nouveau, l'air perdu. [[PERSONNE:Patrice]] lui demande son nom : « [[PERSONNE:Popescu]]… [[PERSONNE:Ionuț]] ». {{8 lits}}, tout le monde rentre ce soir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Antenne du {{CCAS}} d'{{Avignon}} à {{Monclar}}. Une mère, [[PERSONNE:Khadija El Idrissi]], pour une aide à la cantine. L'agent, [[PERSONNE:Paul-Henri]], récupère ses ressources avec son n° alloc [[N_ALLOCATAIRE:4409827]] et calcule le quotient familial : {{412}}. Tarif cantine : {{1 €}} le repas. Elle souffle. « Les trois, ça fait quand même {{60 €}} par mois. »",
    ),
]

# Edit 3: notes 71-105.
NOTES_3 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Carpentras}} avec [[PERSONNE:Hervé]], chez M. [[PERSONNE:Farid Khelifi]], [[ADRESSE:27 rue de la Sous-Préfecture, 84200 Carpentras]], déclaré isolé au {{RSA}}. Devant la porte, une {{Golf}} [[IMMATRICULATION:GH-512-KP]] : « c'est celle de mon frère ». [[PERSONNE:Hervé]] relève la plaque quand même. Dans la salle de bain, deux brosses à dents. Lui : « ma fille vient le week-end ». Dans la voiture, [[PERSONNE:Hervé]] : « je vais pas conclure sur des brosses à dents ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Digne}}. [[PERSONNE:Morgane Blanc]], {{31 ans}}, demande une aide pour réparer sa voiture, sinon elle ne peut pas aller à son CDD à {{Château-Arnoux}} ({{25 km}}, pas de bus à {{5h30}}). Conseiller : [[PERSONNE:Yacine]]. Devis du {{Garage de la Bléone}} : {{640 €}}. Carte grise d'une vieille {{Saxo}}, [[IMMATRICULATION:3857 VL 04]]. ID [[ID_FRANCE_TRAVAIL:2290764F]]. [[PERSONNE:Yacine]] monte le dossier d'aide à la mobilité, plafond {{500 €}}, elle dit que le reste elle se débrouillera.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vaucluse}}, {{23h40}}. La police municipale de {{Cavaillon}} appelle : un couple et 2 enfants dans un fourgon immatriculé en {{Roumanie}}, [[IMMATRICULATION:B 417 XRT]], sur le parking du {{Leclerc}}. L'écoutant, [[PERSONNE:Hugo]], cherche : aucune place famille ce soir dans le département. Il envoie une demande à l'équipe mobile pour demain {{9h}} et note la plaque pour qu'ils retrouvent le véhicule.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Digne}}, midi. Un motard tombé sur la {{route Napoléon}}, amené par les pompiers. Touriste allemand, [[PERSONNE:Tobias Weber]]. Un gendarme passe à l'accueil pour la moto restée sur le bas-côté, plaque allemande [[IMMATRICULATION:M-TW 4812]]. L'agente cherche [[PERSONNE:Weber]] dans le logiciel, l'écrit « [[PERSONNE:Webber]] » puis corrige. Personne ne parle allemand, on passe à l'anglais.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}}, accueil de {{Carpentras}}. [[PERSONNE:Léa Sauvan]], {{23 ans}}, premier CDI, son employeur réclame une attestation de droits. L'agente, [[PERSONNE:Florence]], lit l'écran à voix haute pour vérifier : « née le [[DATE_NAISSANCE:2001-09-14]], c'est ça ? ». Oui. NIR [[NIR:2 01 09 84 031 156 36]]. Attestation imprimée, {{4 min}}. [[PERSONNE:Florence]] lui montre comment la télécharger elle-même la prochaine fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "File {{Caf}} {{Cavaillon}}, {{9h10}}. L'agent d'accueil tutoie les jeunes et vouvoie les vieux, il dit que c'est pour mettre à l'aise. Une ado traduit pour sa mère en arabe, très pro. Une autre maman allaite discrètement sur la chaise du fond. Le distributeur affiche {{A047}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Carpentras}}, tel. Une dame pour la sortie des seniors au {{mont Ventoux}}. Elle s'appelle [[PERSONNE:Simone Jaubert]] et dicte son mail très lentement : « [[EMAIL:simone point jaubert arobase wanadoo point fr]] ». Tarif : {{35 €}}, repas compris. Elle demande s'il y aura des toilettes dans le car. L'agente rit, oui.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tel urgences {{Avignon}}, {{3h}} du mat (je suis resté tard). Un homme pour sa femme enceinte, contractions : « c'est [[PERSONNE:Kader]], le mari de [[PERSONNE:Jennifer]] ». La standardiste lui dit d'aller direct à la maternité, bâtiment C. Il donne son numéro au cas où, en toutes lettres, paniqué : [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix-sept, zéro trois]]. Elle le répète lentement pour le calmer.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{FT}} : [[PERSONNE:Anaïs Roche]] n'a jamais reçu le mail de convocation. [[PERSONNE:Samia]] vérifie : dans le dossier c'est [[EMAIL:anais.roche@gmial.com]]. « gmial » 😅. Corrigé en [[EMAIL:anais.roche@gmail.com]]. {{2 min}}, problème réglé, RDV refixé.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}} de {{Carpentras}} : lentilles-saucisses, yaourt. {{14 couverts}}. Les résidents mettent la table à tour de rôle, planning sur le frigo. Quelqu'un a écrit au feutre « PAS DE PORTABLE A TABLE ». Tout le monde a son portable à table.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Manosque}} avec [[PERSONNE:Didier Roumieux]], {{CPAM}} 04. Assuré : [[PERSONNE:Bryan Meunier]], {{25 ans}}, lombalgie, [[ADRESSE:résidence Le Mont d'Or, bât. B, 45 avenue Saint-Lazare, 04100 Manosque]]. Il est là, manette à la main. NIR vérifié sur l'attestation : [[NIR:1 99 07 04 112 176 06]]. [[PERSONNE:Didier]] : « le dos ça empêche pas de jouer ». Rien à redire, il est chez lui dans les heures.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : M. [[PERSONNE:Ndiaye]] ne voit pas son virement. L'agent, [[PERSONNE:Yohan]], voit que le paiement est parti le 5. M. [[PERSONNE:Ndiaye]] lit son RIB pour vérifier : [[IBAN:FR76 1027 8051 9988 3964 3224 896]]. C'est le bon. Dossier [[N_ALLOCATAIRE:2206418]]. Conclusion : sa banque met {{3 jours}}. Il soupire, raccroche.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} d'{{Avignon}}, quartier {{Saint-Chamand}}. Mme [[PERSONNE:Leila Hamidi]] et sa fille [[PERSONNE:Nour]], {{4 ans}}, [[ADRESSE:12 allée des Jonquilles, 84000 Avignon]]. Aide facultative pour {{2 mois}} de loyer en retard. L'AS, [[PERSONNE:Marion]], prend le RIB pour le versement : [[IBAN:FR7630002569485034304714006]]. [[PERSONNE:Nour]] me montre ses dessins, un soleil violet.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "vendredi {{15h30}}, agence {{FT}} de {{Sisteron}}, quasi vide. l'agent d'accueil [[PERSONNE:Rémi]] range les flyers. un monsieur vient imprimer une attestation, [[PERSONNE:Rémi]] la lui imprime : « à lundi [[PERSONNE:Gérard]] ». il me dit « lui il vient toutes les semaines, il aime bien discuter ». c'est tout pour l'aprem.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Avignon}}, {{14h}}. [[PERSONNE:Maxime Roussel]], {{21 ans}}, chute de vélo, transféré d'{{Orange}}, accompagné de sa copine [[PERSONNE:Jade]]. L'agente admin scanne la carte vitale : [[NIR:1 03 12 84 087 095 66]], né le [[DATE_NAISSANCE:19 décembre 2003]]. [[PERSONNE:Jade]] remplit la fiche à sa place, il a le poignet en vrac.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur dont la pension d'invalidité s'arrête à la retraite : « j'ai eu {{65 ans}} le mois dernier ». [[PERSONNE:Ange-Marie Casanova]], né à {{Bastia}}, installé à {{Manosque}} depuis 30 ans. NIR : [[NIR:1 60 04 2B 033 270 81]]. L'agente, [[PERSONNE:Sonia]], lui explique que c'est la {{CARSAT}} qui prend le relais, lui donne le {{3960}}. Il répète « le trois neuf six zéro » pour le noter.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{20h30}}. Une jeune, [[PERSONNE:Shaïna]], {{19 ans}}, mise dehors par sa mère à {{Pertuis}}. [[PERSONNE:Nadia]] demande sa date de naissance : [[DATE_NAISSANCE:3 mars 2006]]. Téléphone pour la rappeler : [[TELEPHONE:07.66.20.18.45]], batterie à {{5 %}}. Place trouvée en urgence à {{Avignon}}, elle doit prendre le bus de {{21h15}}. [[PERSONNE:Nadia]] lui dit de charger son tel au foyer.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Cavaillon}}, jeudi, permanence de l'écrivain public. 5 personnes pour lui : lettres au bailleur, à la {{Caf}}, au juge. Il tape sur un portable avec un autocollant de l'{{OM}}. Bénévole, ancien instit, m'explique l'agent d'accueil.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tel {{FT}} : le gérant d'un resto de {{Manosque}}, {{La Table du Mont d'Or}}, signale qu'un candidat n'est pas venu à l'entretien. [[PERSONNE:Julien]] note. Le candidat : [[PERSONNE:Wassim Bouaziz]], ID [[ID_FRANCE_TRAVAIL:8815027D]]. [[PERSONNE:Julien]] l'appelle juste après au [[TELEPHONE:06 29 83 41 70]] : « j'avais pas de bus ». [[PERSONNE:Julien]] soupire et lui propose un autre créneau.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources chez Mme [[PERSONNE:Malika Bouchama]], {{52 ans}}, [[ADRESSE:18 avenue Pierre Sémard, 84000 Avignon]]. Contrôleuse : [[PERSONNE:Nadège Teissier]]. Elle fait de l'aide à domicile pour plusieurs particuliers, payée en {{CESU}}, revenus qui varient chaque mois. NIR sur l'attestation : [[NIR:273059935229742]]. Elle a tout gardé, tout classé par mois dans un classeur rouge. [[PERSONNE:Nadège]] : « si tout le monde était comme vous ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} d'{{Orange}}. Un homme veut un compte {{ameli}} mais n'a pas de mail. L'agent, [[PERSONNE:Kevin]], lui en crée un sur {{Gmail}} : [[EMAIL:jeanclaude.rey1957@gmail.com]]. Mot de passe noté sur un post-it, rangé dans le portefeuille 😬. M. [[PERSONNE:Rey]] repart content, « je suis moderne maintenant ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Sisteron}}, le soir ils sont 2. Un appel toutes les {{4 minutes}} à peu près. Beaucoup demandent s'il y a du monde (« c'est comment ce soir ? »). L'agente répond toujours pareil : « je ne peux pas vous dire, venez si c'est urgent, sinon le {{15}} ou votre médecin ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec [[PERSONNE:Benoît]] ({{CHRS}}) chez [[PERSONNE:Steven Winterstein]], qui vit en caravane, [[ADRESSE:aire des Grands Prés, emplacement 7]]. Le camion devant : [[IMMATRICULATION:DK 402 LS]]. Il veut faire une formation d'élagueur. Sa mère sort de la caravane voisine et offre le café à tout le monde. [[PERSONNE:Benoît]] tutoie tout le monde ici.",
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} à {{Manosque}}. [[PERSONNE:Sarah Benali]], étudiante, demande une aide au logement. Elle donne sa date de naissance, [[DATE_NAISSANCE:23/01/2005]], et son mail, [[EMAIL:sarah.benali05@outlook.fr]]. L'agent : « vous avez {{20 ans}}, vous pouvez faire une demande à votre nom ». Elle ne savait pas. Elle appelle sa mère direct pour lui dire.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle le {{CCAS}} : sa voiture est à la fourrière, il pense que le CCAS peut payer. L'agent, [[PERSONNE:Jérôme]], explique que non, mais lui donne les coordonnées de l'assistante sociale de secteur. Le monsieur donne quand même sa plaque, « au cas où » : [[IMMATRICULATION:eb-091-wx]]. Nom : [[PERSONNE:Alain Girard]]. [[PERSONNE:Jérôme]] ne la note pas.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pause déjeuner avec l'agent de contrôle {{CPAM}}, sur un banc à {{Forcalquier}}. {{22 ans}} de métier. Il dit que les gens croient qu'il vient les piéger, alors qu'il passe son temps à leur expliquer leurs droits. Il a des photos de ses chèvres dans son téléphone.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Cavaillon}}. [[PERSONNE:Rosa Navarro]], {{58 ans}}, caissière pendant {{31 ans}} chez {{Casino}}, licenciement économique. Conseiller : [[PERSONNE:Bastien Laugier]]. Elle veut ouvrir une épicerie fine. Mail pour les infos sur la création d'entreprise : [[EMAIL:rosa.navarro@sfr.fr]]. Elle pleure un peu quand elle parle de ses collègues. [[PERSONNE:Bastien]] pousse la boîte de mouchoirs sans rien dire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil admin urgences {{Carpentras}}. Mme [[PERSONNE:Raymonde Sabatier]], née en [[DATE_NAISSANCE:1931]], arrive en ambulance. Son neveu, [[PERSONNE:Gilles]], au téléphone donne les infos. Ancien dossier retrouvé, IPP [[IDENTIFIANT:P00318877]]. Mutuelle {{MGEN}}. Elle demande si elle pourra rentrer pour le loto de {{18h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} : entre {{14h}} et {{15h}}, 7 appels écoutés. 4 pour savoir « quand je serai payé ». Réponse : le 5. L'agente dit « le 5 » au moins dix fois par jour, elle a un post-it « LE 5 » collé sur son écran 🙂",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Manosque}}. Entretien avec [[PERSONNE:Yannick Le Gall]], {{52 ans}}, en attente de la reconnaissance de son handicap. Dossier {{MDPH}} n° [[IDENTIFIANT:MDPH04-2024-00517]]. L'éduc, [[PERSONNE:Fatoumata]], l'aide à relire le certificat médical. Il voudrait un logement à {{Oraison}}, près de sa sœur, « pour pas être seul à {{Noël}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Sisteron}} chez Mme [[PERSONNE:Germaine Pellegrin]], {{79 ans}}, [[ADRESSE:4 rue Droite, 04200 Sisteron]]. Facture {{EDF}} impayée, réf. client [[IDENTIFIANT:6002748139]]. L'agente, [[PERSONNE:Coralie Vidal]], appelle {{EDF}} depuis le salon pour un échéancier. Musique d'attente {{12 min}} 🎶. Mme [[PERSONNE:Pellegrin]] en profite pour nous montrer les photos de ses arrière-petits-enfants.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Réunion d'équipe de {{8h45}} sur la plateforme (j'ai le droit d'y assister) : objectifs de la semaine, {{120 entretiens}}, planning des appels. Quelqu'un râle sur le logiciel qui rame depuis la mise à jour. Café. À {{9h}} pile, tout le monde a le casque sur la tête.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Permanence {{CPAM}} à {{Pertuis}}. [[PERSONNE:Camille Rinaldi]], {{28 ans}}, enceinte, sa déclaration de grossesse n'est jamais arrivée. NIR : [[NIR:2970484089231 33]]. L'agente, [[PERSONNE:Josette]], relance le service et prend son portable : [[TELEPHONE:+33 6 45 12 87 09]]. « On vous rappelle d'ici vendredi. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{APL}} chez M. [[PERSONNE:Pieter Vandenbroeck]], retraité belge, [[ADRESSE:212 chemin de la Combe, 84400 Apt]]. [[PERSONNE:Franck]] vérifie qu'il vit ici plus de {{8 mois}} par an. Sa pension arrive sur un compte belge : [[IBAN:BE46 1818 9028 1136]]. Il montre ses factures de gaz, ses tickets de marché d'{{Apt}}. Tout colle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "JE NOTE : la machine à café des urgences = seule chose qui marche {{24h/24}} 😅 {{1,50 €}} le café. Une aide-soignante vient se servir, me dit « ne l'écrivez pas dans votre rapport ». Trop tard.",
    ),
]

# Edit 4: notes 106-140.
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Avignon}}, {{11h20}}. [[PERSONNE:Aurélie Marchetti]], {{38 ans}}, aide-soignante, veut comprendre pourquoi sa {{prime d'activité}} a baissé. Elle a oublié son n° alloc, elle donne son n° de sécu : [[NIR:2 87 03 84 007 349 36]]. L'agent, [[PERSONNE:Thomas]], retrouve le dossier, [[N_ALLOCATAIRE:5120683]] : heures sup en février. Elle : « donc je travaille plus et je gagne pareil ». Silence. [[PERSONNE:Thomas]] ne trouve rien à répondre.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Digne}}, jeudi, pluie. {{Caf}} : borne tactile HS, affichette scotchée « EN PANNE MERCI DE VOUS ADRESSER A L'ACCUEIL ». L'agent fait les attestations une par une. {{3 personnes}} en une heure. Entre deux, il range les brochures par couleur.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute {{Caf}}. Mme [[PERSONNE:Pham]] appelle pour son fils étudiant, [[PERSONNE:Bao]], né le [[DATE_NAISSANCE:9 juin 2004]] : est-ce qu'il reste à charge ? L'agente, [[PERSONNE:Élodie]], explique qu'à {{20 ans}} il sort du calcul des allocations familiales. N° alloc [[N_ALLOCATAIRE:6631094]]. Mme [[PERSONNE:Pham]] veut une confirmation écrite, elle donne [[EMAIL:pham.famille84@gmail.com]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Cavaillon}} : M. [[PERSONNE:José Fernandes]], maçon auto-entrepreneur, au {{RSA}} avec des revenus déclarés. [[PERSONNE:Hervé]] demande son SIRET perso : [[IDENTIFIANT:81234567600017]]. Devant la maison, l'utilitaire avec son logo, [[IMMATRICULATION:FK-733-PA]]. Relevés du compte pro, [[IBAN:FR76 1131 5933 6082 2648 3658 950]]. Les chiffres d'affaires déclarés collent avec les virements. [[PERSONNE:Hervé]] : « lui il est réglo, il a juste pas de chance avec les chantiers ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Digne}}. Un vieux monsieur veut la carte de bus gratuite des seniors. L'agente, [[PERSONNE:Lucie]] : « vous êtes né quand ? ». Lui : « le [[DATE_NAISSANCE:vingt mai quarante-six]] ». [[PERSONNE:Marius Chaix]]. Carte faite sur place, photo prise à la webcam : il ne sourit pas, il dit que c'est « une photo sérieuse pour un papier sérieux ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mercredi aprèm au {{CCAS}} d'{{Avignon}}, jour des enfants (pas d'école). Coin jeux avec des {{Lego}}. Un gamin a fait une tour plus haute que lui, l'agent d'accueil l'applaudit. Bruyant mais bonne ambiance.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel {{CCAS}} {{Manosque}} : une voisine signale une dame âgée qu'elle ne voit plus sortir depuis {{3 jours}}, volets fermés. Mme [[PERSONNE:Arlette Bonnaud]], [[ADRESSE:9 traverse des Écoles, 04100 Manosque]]. La voisine laisse son fixe : [[TELEPHONE:04 92 87 33 10]]. [[PERSONNE:Jérôme]] appelle la police municipale pour un passage. (Fin de l'histoire à {{16h}} : elle était chez sa fille à {{Aix}}. Ouf.)",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Avignon}}, atelier emploi du mardi. [[PERSONNE:Fabien]] aide [[PERSONNE:Moussa Sow]] à s'inscrire à {{France Travail}} sur l'ordi commun. D'abord créer un mail : [[EMAIL:moussa.sow.84@gmail.com]]. Puis l'inscription. Identifiant reçu : [[ID_FRANCE_TRAVAIL:9043318R]]. [[PERSONNE:Moussa]] le recopie sur le dos de sa main au stylo bille.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vaucluse}}. [[PERSONNE:Nordine Aouadi]], {{40 ans}}, ancien chauffeur, appelle pour la 3e nuit de suite. L'écoutante, [[PERSONNE:Laure]], lui demande son n° de sécu pour l'orienter vers le centre de soins : [[NIR:1 84 10 13 055 375 20]], il le connaît par cœur. Place à l'accueil de nuit d'{{Avignon}} jusqu'à vendredi.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de fin de mesure ({{CHRS}} hors les murs) chez [[PERSONNE:Nathalie Reboul]], en bail glissant, [[ADRESSE:8 rue Véran Rousset, appt 23, 84300 Cavaillon]]. Bailleur {{Grand Delta Habitat}}, contrat n° [[IDENTIFIANT:GDH-0457711]]. L'éducatrice, [[PERSONNE:Coralie]], explique que le bail passe à son nom le mois prochain. [[PERSONNE:Nathalie]] nous montre le canapé trouvé sur {{Leboncoin}}, {{40 €}}, « comme neuf ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Manosque}}, {{10h}}. Mme [[PERSONNE:Naïma Belhadj]] vient pour l'{{AME}} de son mari. Passeport marocain du mari, n° [[IDENTIFIANT:ME4182075]]. L'agent, [[PERSONNE:Pascal]], demande une preuve de {{3 mois}} de résidence : facture d'électricité, ok. Dossier complet du premier coup, [[PERSONNE:Pascal]] la félicite.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}} 84. [[PERSONNE:Marc Ventura]] a changé de banque, ses remboursements partent encore sur l'ancien compte clôturé. L'agente, [[PERSONNE:Manon]], lui dit de passer par son compte {{ameli}}. Il lit quand même son nouvel IBAN : [[IBAN:FR7630066509909580549189719]]. Elle en profite pour lui rappeler de ne jamais donner ça à quelqu'un qui l'appelle. Lui : « mais c'est moi qui vous appelle ! ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écran de supervision : attente {{11 min}}, {{47 appels}} en file. Le superviseur passe derrière les agents, une main sur une épaule : « ça va ? ». Une agente enlève son casque {{30 secondes}}, boit un verre d'eau, remet le casque.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un père, [[PERSONNE:Guillaume Nicolas]], vient rattacher sa fille [[PERSONNE:Louise]], née le [[DATE_NAISSANCE:11/02]], sur sa carte. L'agente, [[PERSONNE:Florence]], demande l'acte de naissance, scanne. « Elle sera aussi sur la carte de maman ? » Oui, les deux. {{5 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} d'{{Avignon}}. [[PERSONNE:Nolan Girardi]], {{18 ans}}, sort de lycée pro. Inscription : né le [[DATE_NAISSANCE:07/08/2006]], ID [[ID_FRANCE_TRAVAIL:1184527N]]. La conseillère, [[PERSONNE:Mélanie]], lui propose le {{CEJ}}, jusqu'à {{520 €}} par mois. Sa mère l'accompagne et c'est elle qui répond à toutes les questions. [[PERSONNE:Mélanie]] finit par poser les questions en regardant [[PERSONNE:Nolan]] droit dans les yeux.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente {{FT}} {{Manosque}} : un écran passe en boucle une vidéo sur les métiers du nucléaire ({{ITER}}, {{Cadarache}}). Personne ne regarde. À côté, panneau « RECRUTEMENTS SAISONNIERS LAVANDE ». {{4 personnes}} attendent, une dort.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : [[PERSONNE:Antoine]] rappelle Mme [[PERSONNE:Gimenez]] pour une offre d'ASH à l'{{EHPAD Les Oliviers}} de {{Carpentras}}. Il compose le [[TELEPHONE:06 13 57 80 24]]. Elle accepte le RDV, jeudi {{10h}}. Il vérifie l'identifiant avant de valider : [[ID_FRANCE_TRAVAIL:4502187 Z]]. Elle demande s'il faut venir en blouse. Non.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Cavaillon}}. M. [[PERSONNE:Gaston Michel]], {{87 ans}}, chute dans son jardin. Sa fille donne un numéro : [[TELEPHONE:0490712286]], et la date de naissance : [[DATE_NAISSANCE:1er mars 1938]]. Le logiciel a planté, l'agente, [[PERSONNE:Stéphanie]], écrit tout sur une fiche papier 😤. « On ressaisira ce soir. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Manosque}}, {{17h}}. Un ouvrier du chantier de {{Cadarache}}, [[PERSONNE:Paul-Antoine Mattei]], {{47 ans}}, une poussière métallique dans l'œil. Carte vitale : [[NIR:1 78 02 2A 004 098 85]]. Né à {{Ajaccio}}, il parle de la {{Corse}} avec l'agente, [[PERSONNE:Cécile]], pendant que ça imprime. Mutuelle {{AXA}}, n° [[IDENTIFIANT:0731559204]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tel : la gendarmerie de {{Sault}} prévient de l'arrivée d'un cycliste tombé dans la descente du {{Ventoux}}, [[PERSONNE:Hendrik de Vries]], néerlandais. Son vélo est dans le fourgon. Sa femme suit en camping-car, plaque néerlandaise [[IMMATRICULATION:87-HJN-4]], « pour qu'elle puisse se garer devant ». L'agente rit : « devant, y a pas la place pour un camping-car ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Vaucluse}}. [[PERSONNE:Ludovic Aubert]], vaguement agressif : « je veux parler à madame [[PERSONNE:Castel]], c'est elle qui a mon dossier ». L'agente, [[PERSONNE:Céline]], explique qu'il n'y a pas de gestionnaire attitré. Alloc [[N_ALLOCATAIRE:0734459]]. Le vrai problème : son ex ne verse pas la pension. [[PERSONNE:Céline]] lui parle de l'{{ASF}} et de l'{{ARIPA}}. Il se calme d'un coup.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet {{Cavaillon}} → {{Apt}} avec le contrôleur {{Caf}}. {{40 min}} de route. Il fait en moyenne {{4 contrôles}} par jour, 2 quand c'est dans le {{Luberon}}, à cause des routes. Le GPS nous perd à {{Gargas}}. Il connaît la route par cœur de toute façon.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Awa Diallo]], {{44 ans}}, [[ADRESSE:bât. D, 2 rue Jean-Henri Fabre, 84000 Avignon]]. Contrôleuse : [[PERSONNE:Nadège]]. NIR : [[NIR:2 80 11 99 341 177 51]], née à {{Dakar}}. Titre de séjour n° [[IDENTIFIANT:8401227390]]. Les 4 enfants sont là, le grand fait ses devoirs. [[PERSONNE:Nadège]] coche, coche, coche. {{25 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Carpentras}} chez M. [[PERSONNE:Hakim Mebarki]] et ses trois enfants, [[ADRESSE:15 rue du Collège, 84200 Carpentras]]. Humidité, champignons noirs au plafond de la chambre des petits. L'agente, [[PERSONNE:Sandra]], prend des photos pour le signalement à l'{{ARS}}. Le propriétaire, M. [[PERSONNE:Teyssier]], ne répond jamais au [[TELEPHONE:06 87 45 21 36]]. [[PERSONNE:Sandra]] essaie devant nous : messagerie.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée à {{Carpentras}} : la dame n'ouvre pas. L'agente laisse un mot dans la boîte aux lettres. Une visite sur cinq tombe à l'eau comme ça, dit-elle. On en profite pour passer à la boulangerie. Fougasse aux olives.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Soirée au {{CHRS}} : tournoi de belote, {{6 équipes}}. L'éducateur de nuit arbitre. Un résident triche ouvertement, tout le monde rit. Il est {{22h}}, extinction des feux repoussée d'une demi-heure, « exceptionnellement ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du 04. Une femme appelle de {{Sisteron}} : violences conjugales, elle est partie avec ses enfants. Elle donne son nom, [[PERSONNE:Laura Ginoux]]. L'écoutant, [[PERSONNE:Guillaume]], coordonne avec la gendarmerie. Elle ne veut pas dire où elle habitait, juste « près du lac ». Mise à l'abri à {{Digne}}, {{3 places}}. [[PERSONNE:Guillaume]] raccroche et reste une minute sans rien dire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de {{10h20}}. Un demandeur, [[PERSONNE:Karim Benyahia]], appelle pour savoir si son CV est bien en ligne. [[PERSONNE:Rachid]] l'ouvre : le mail est écrit comme ça sur le CV, [[EMAIL:k.benyahia [at] hotmail.fr]], « contre les robots ». Et son insta en bas, [[IDENTIFIANT:@karim_bnyh]]. [[PERSONNE:Rachid]] lui conseille gentiment d'enlever l'insta.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Panneau à l'entrée de la {{CPAM}} d'{{Avignon}} : « Nouveaux horaires : {{8h30}}-{{12h}}, sur RDV l'après-midi ». Une dame le lit à voix haute pour son mari qui voit mal. Ils repartent. Elle : « on reviendra mardi, on a le temps, on est retraités ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Kenza Amrani]], née en [[DATE_NAISSANCE:2005]], veut l'aide au permis B. Le conseiller, [[PERSONNE:Mathieu]], vérifie : inscrite depuis plus de {{6 mois}}, projet pro qui nécessite le permis (aide à domicile à {{Pernes-les-Fontaines}}). Montant : jusqu'à {{1 200 €}}. Elle a déjà un devis de l'auto-école. [[PERSONNE:Kenza]] : « j'ai eu le code du premier coup ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Sisteron}}, permanence du mardi. Un couple de jeunes éleveurs de brebis installés à {{Mison}}, [[PERSONNE:Maxime]] et [[PERSONNE:Pauline Richaud]]. Ils dépendent de la {{MSA}}, pas de la {{Caf}} ! L'agent les redirige. {{20 min}} de route pour rien. [[PERSONNE:Pauline]] : « c'est la 3e fois qu'on se trompe de guichet ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Avignon}}. Une maman avec son fils de {{6 ans}}, [[PERSONNE:Timéo]], qui a avalé une pièce de {{2 €}}. Tout le monde reste calme. L'IOA, [[PERSONNE:Audrey]], l'envoie en radio. La pièce est dans l'estomac, elle passera. [[PERSONNE:Timéo]] demande s'il pourra la récupérer 😂",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile avec une conseillère de l'Assurance maladie ({{PRADO}}) chez Mme [[PERSONNE:Yvette Chabert]], {{69 ans}}, retour d'hospitalisation après une prothèse de hanche, [[ADRESSE:41 cours Gambetta, 84300 Cavaillon]]. NIR vérifié : [[NIR:255128403526720]]. Le kiné passe {{3 fois par semaine}}, l'infirmière tous les jours. Mme [[PERSONNE:Chabert]] se plaint surtout de ne plus pouvoir aller au marché.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Cavaillon}}, lundi. M. [[PERSONNE:Bertrand]], patron de la {{Boulangerie Bertrand}}, dépose les invendus pour l'épicerie sociale, comme chaque lundi. L'agente, [[PERSONNE:Nathalie]] : « merci monsieur [[PERSONNE:Bertrand]] ! ». Trois cagettes de pain, des croissants de la veille.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}}. [[PERSONNE:Amira Saïdi]] veut déclarer sa grossesse. [[PERSONNE:Yohan]] explique que c'est le médecin qui la déclare à la {{CPAM}}, la {{Caf}} la reçoit ensuite. Elle laisse son n° alloc, [[N_ALLOCATAIRE:7708213]], et son mail, [[EMAIL:amira.saidi@yahoo.fr]]. Il lui parle de la {{prime de naissance}}, versée au {{7e mois}}.",
    ),
]

# Edit 5: notes 141-175.
NOTES_5 = [
    (
        "france_travail",
        "accueil_physique",
        "Lundi {{9h}}, {{FT}} {{Carpentras}} : la file déborde sur le trottoir, c'est le lundi d'après le pont. L'agent d'accueil, [[PERSONNE:Sébastien]], trie : RDV, actualisation, ordi en libre-service. Un homme s'énerve, « j'ai été radié pour rien ». [[PERSONNE:Sébastien]] : « on va regarder ça ensemble, monsieur [[PERSONNE:Roustan]] ». Il le connaît, ça désamorce.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère : [[PERSONNE:Claire]]. [[PERSONNE:Anthony Garcia]], livreur, veut devenir chauffeur VTC. Il a déjà la voiture, une {{Toyota}} hybride, [[IMMATRICULATION:GS-904-BN]], achetée à crédit. ID [[ID_FRANCE_TRAVAIL:6638201H]]. Formation VTC à {{Marseille}}, {{1 800 €}}. [[PERSONNE:Claire]] regarde le financement {{CPF}} : il a {{1 340 €}} dessus. Il manque le reste.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective « métiers de l'aide à domicile », {{FT}} {{Digne}}. {{11 personnes}}, dont 9 femmes. Une intervenante de l'{{ADMR}} parle des horaires coupés, des kilomètres en montagne, de la neige l'hiver. Deux personnes partent à la pause. Les autres posent plein de questions sur le permis et les frais de route.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel au {{3949}} : [[PERSONNE:Fatima Zahra Ouali]] veut changer de conseiller. [[PERSONNE:Nathalie]] explique que ce n'est pas possible sans motif. « Il me parle mal. » [[PERSONNE:Nathalie]] note, fait remonter au responsable d'équipe. Elle en profite pour mettre à jour ses coordonnées : [[TELEPHONE:06-52-19-74-38]], [[EMAIL:fz.ouali@orange.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ligne employeurs, {{14h}} : une boulangerie de {{Forcalquier}} cherche un apprenti, la cave coopérative de {{Beaumes-de-Venise}} cherche des vendangeurs. La conseillère : « septembre c'est les vendanges, on a {{40 offres}} en {{2 semaines}} ». Elle a les offres sur deux écrans à la fois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : [[PERSONNE:Mamadou Bah]] ne comprend pas le montant de son {{ARE}}. [[PERSONNE:Stéphane]] vérifie l'identité : ID [[ID_FRANCE_TRAVAIL:5517029 M]], date de naissance [[DATE_NAISSANCE:14/11/1996]]. Il explique le salaire journalier de référence, {{34,80 €}} par jour. [[PERSONNE:Mamadou]] : « c'est moins que ce que je pensais mais ok, au moins je comprends ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Digne}}, entretien d'accueil. [[PERSONNE:Jonathan Perrin]], {{35 ans}}, arrivé de {{Lyon}} il y a une semaine avec son chien, {{Oslo}}. Sa carte vitale est cassée en deux, il donne son NIR pour rouvrir ses droits ici : [[NIR:1 90 05 69 123 433 13]]. L'éduc, [[PERSONNE:Aurore]], appelle la {{CPAM}} devant lui, haut-parleur. Attente {{9 min}}. [[PERSONNE:Jonathan]] caresse le chien tout du long.",
    ),
    (
        "chrs",
        "accueil_physique",
        "dimanche matin au {{chrs}} de {{Manosque}} : grasse mat generale. seul dans la cuisine un resident prepare une chakchouka pour tout le monde. l'educ du week end lit {{L'Équipe}}. odeur de café et de poivrons, radio en fond.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vaucluse}}, {{2h}} du matin. La gendarmerie de {{Bollène}} signale un homme qui dort dans sa voiture sur une aire de l'{{A7}}, [[IMMATRICULATION:CL-667-HE]]. Il ne veut rien, juste dormir. [[PERSONNE:Hugo]] demande qu'on lui laisse le numéro du {{115}} et note le sien, [[TELEPHONE:07 49 03 28 66]], pour le rappeler au matin.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : l'assistante sociale de l'hôpital de {{Carpentras}} appelle pour la sortie d'un monsieur à la rue, [[PERSONNE:Bernard Lombard]], dit « [[PERSONNE:Nanard]] ». Pansements tous les jours, pas possible à la rue. L'écoutante, [[PERSONNE:Laure]], trouve une place en {{LHSS}} à {{Avignon}}, dispo demain. L'AS : « vous me sauvez ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi avec [[PERSONNE:Rodolphe]], éducateur du {{CHRS}}. [[PERSONNE:Cindy]] et son fils [[PERSONNE:Mathéo]], {{3 ans}}, vivent à l'année dans un mobil-home, [[ADRESSE:camping Les Cigales, emplacement 41]], à {{Manosque}}. {{450 €}} par mois. Demande de logement social en cours, n° [[IDENTIFIANT:004 25 0032918]]. [[PERSONNE:Mathéo]] fait du tricycle entre les pins.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement diffus du {{CHRS}} à {{Carpentras}}, vide avant une nouvelle entrée. L'éducatrice vérifie l'inventaire : deux assiettes manquantes, une ampoule grillée, rien de grave. Elle pose un bouquet de lavande séchée sur la table, « pour l'accueil ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Avignon}}. [[PERSONNE:Yasmina Aït Ouali]] : depuis la séparation, les allocs tombent encore sur le compte de son ex. L'agente, [[PERSONNE:Sandrine]], fait le changement de RIB avec elle : compte {{Nickel}}, [[IBAN:FR7616598900904771594231230]]. Dossier [[N_ALLOCATAIRE:3895017]]. [[PERSONNE:Sandrine]] met aussi une alerte sur le dossier. [[PERSONNE:Yasmina]] : « enfin quelqu'un qui m'écoute ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Carpentras}}. Un monsieur âgé, [[PERSONNE:Antonio Moretti]], né en [[DATE_NAISSANCE:octobre 52]], arrive avec tous ses papiers dans un sac {{Intermarché}}. Il vient pour sa déclaration de ressources annuelle ({{APL}}), il ne sait pas la faire en ligne. L'agent, [[PERSONNE:Romain]], la fait avec lui. Pension : {{1 086 €}}. M. [[PERSONNE:Moretti]] parle de l'{{Italie}}, de {{Naples}}, de ses {{72 ans}} dont {{50}} à {{Carpentras}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : Mme [[PERSONNE:Paulette Roumanille]], {{77 ans}}, pour ses {{APL}}. « Mon numéro de {{Caf}} je l'ai plus », elle donne son n° de sécu à la place : [[NIR:2 48 02 84 003 093 76]]. [[PERSONNE:Céline]] retrouve le dossier. Question : est-ce qu'elle doit déclarer la vente de sa voiture ? Non. Soulagement audible.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel très court : « c'est bien la {{Caf}} ? » « oui madame » « ah pardon je voulais la {{Sécu}} ». Clic. L'agente : « dix fois par jour ». Elle a aussi le {{3646}} sur un post-it pour eux.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{L'Isle-sur-la-Sorgue}} avec [[PERSONNE:Olivier Ruiz]], contrôleur {{Caf}}. Chez [[PERSONNE:Jérémy Soler]], déclaré sans véhicule. Devant la maison, une {{BMW}}, [[IMMATRICULATION:FD-128-YV]] : « elle est à un pote ». Sur les relevés du compte [[IBAN:FR7610096238791362322061401]], des virements réguliers de {{Vinted}}. [[PERSONNE:Olivier]] demande des explications calmement, assis sous un olivier dans la cour. Suite au prochain épisode.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Sisteron}}. Mme [[PERSONNE:Hoxha]], albanaise, vient avec son fils [[PERSONNE:Ardit]], {{12 ans}}, qui traduit. Besoin de vêtements d'hiver pour les trois enfants. L'agente, [[PERSONNE:Mireille]], donne des bons pour le vestiaire de la {{Croix-Rouge}}. [[PERSONNE:Ardit]] traduit mot à mot, même les « euh ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription au registre canicule, {{CCAS}} {{Carpentras}}. Mme [[PERSONNE:Henriette Brémond]], {{84 ans}}, veut être appelée quand il fait chaud. Son fixe : [[TELEPHONE:04 90 63 18 52]]. Contact de sa fille, [[PERSONNE:Véronique]] : [[EMAIL:vero.bremond@laposte.net]]. [[PERSONNE:Karim]] : « on vous appelle tous les jours dès qu'il fait plus de {{35}} ». Elle : « alors tout l'été ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel {{CCAS}} {{Avignon}} : Mme [[PERSONNE:Lucienne]], qui appelle presque tous les jours. [[PERSONNE:Myriam]] reconnaît sa voix tout de suite. Elle veut juste parler : {{4 minutes}} sur la météo et sur son chat {{Minou}}. [[PERSONNE:Myriam]] : « ça fait partie du boulot, elle n'a personne ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Permanence tel {{CCAS}} {{Digne}} : questions sur la {{mutuelle communale}}. {{3 appels}} en {{20 min}}, que des retraités, tous pour la même chose : « c'est combien ? ». L'agente a une fiche plastifiée avec les tarifs par tranche d'âge.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Sisteron}} chez [[PERSONNE:Christophe Dumas]], sa compagne et leurs deux enfants, [[ADRESSE:22 avenue de la Libération, 04200 Sisteron]]. Expulsion prononcée, jugement RG [[IDENTIFIANT:24/00318]], exécution après la {{trêve hivernale}}. [[PERSONNE:Coralie Vidal]] monte un dossier {{DALO}} et une demande au {{FSL}}. [[PERSONNE:Christophe]] ne dit presque rien, il regarde ses mains.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Avignon}}. [[PERSONNE:Dragan Petrović]], serbe, demande la {{C2S}}. Titre de séjour n° [[IDENTIFIANT:8402715563]]. L'agente, [[PERSONNE:Valérie]], vérifie les ressources : {{960 €}} par mois, il est dans les clous pour la C2S gratuite. Il ne la connaissait pas, il payait une mutuelle à {{48 €}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Carpentras}}, vendredi {{16h15}}. Il reste 2 personnes. L'agente fait le point avec son collègue sur les papiers à scanner. Selon elle : le vendredi aprèm c'est mort, le lundi matin c'est la guerre.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : [[PERSONNE:Amandine Roux]] a reçu un mail « {{ameli}} » qui lui demande ses coordonnées bancaires. L'agente, [[PERSONNE:Sonia]], confirme : arnaque. Elle vérifie le compte de l'appelante avec son adresse, [[EMAIL:amandine.roux.13@hotmail.com]] : rien d'anormal, personne n'a modifié le RIB. [[PERSONNE:Sonia]] : « on ne vous demandera jamais ça par mail ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur pour le remboursement de ses transports en VSL vers {{Marseille}}, chimio {{2 fois par semaine}}. [[PERSONNE:Serge Audibert]], il laisse son portable, [[TELEPHONE:06 30 91 47 12]]. L'agente, [[PERSONNE:Aurélie]], voit que la prescription médicale de transport manque. Elle lui explique quoi demander à l'oncologue. Il dit « merci ma belle » et s'excuse de l'avoir dit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Digne}}, lundi matin : « le lundi on récupère tout ce que les gens ont gardé pendant le week-end », dit l'IOA, [[PERSONNE:Odile]]. M. [[PERSONNE:Laurent Bellon]], douleur dans la poitrine depuis samedi : direct en box. Sa femme reste pour les papiers, adresse : [[ADRESSE:lieu-dit Le Villard, 04000 Digne-les-Bains]]. Elle tremble en signant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Sisteron}}, petit service, {{1 médecin}} la nuit. Salle d'attente : 4 chaises. Affiche : « Urgences fermées la nuit du 14 au 15, faute de médecin. Appelez le {{15}} ». Une dame la lit deux fois.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Carpentras}}. Une maman : son fils, [[PERSONNE:Lenny]], {{9 ans}}, mordu au mollet par le chien du voisin, {{Diesel}}. « Il saigne pas beaucoup mais il a les marques. » L'agente lui dit de venir, vaccin antitétanique à vérifier. Elle demande le carnet de santé.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt avec [[PERSONNE:Thierry]] à {{Apt}}. L'assurée, [[PERSONNE:Sandrine Guérin]], en burn-out, ouvre en larmes. [[PERSONNE:Thierry]] s'assoit {{10 minutes}} avec elle dans la cuisine, ne parle pas du contrôle, lui laisse le numéro du service social de la {{CPAM}}. Dehors il me dit : « ça, ça me reste le soir ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Sisteron}}. [[PERSONNE:Elena Popa]], roumaine, {{29 ans}}, ouvrière dans une conserverie de fruits. ID [[ID_FRANCE_TRAVAIL:3017744X]]. Elle veut une formation de français pour passer chef d'équipe. [[PERSONNE:Rémi]] trouve un module à {{Digne}}, {{3 jours}} par semaine. Mail pour la convocation : [[EMAIL:elena.popa96@yahoo.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Cavaillon}}. [[PERSONNE:Philippe-Henri de Montauzan]], {{55 ans}}, ex-directeur commercial, en costume-cravate. « Je n'aurais jamais cru venir ici un jour. » La conseillère, [[PERSONNE:Leïla]], lui parle de l'{{APEC}}. Il sort un stylo plume pour noter. Elle me glisse après : « ils ont tous la même phrase en entrant ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tel : [[PERSONNE:Sofiane Larbi]], ID [[ID_FRANCE_TRAVAIL:2068841 Q]], a trouvé un CDI chez {{Naturex}} à {{Avignon}}, il appelle pour se désinscrire. [[PERSONNE:Julien]] le félicite. [[PERSONNE:Sofiane]] : « vous me manquerez pas, sans vous vexer ». [[PERSONNE:Julien]] éclate de rire.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Cavaillon}} : déclaration de résidence alternée. Les deux parents sont là, ensemble (rare) : [[PERSONNE:Mickaël Lopez]] et [[PERSONNE:Sonia Haddad]]. Enfants : [[PERSONNE:Nina]], née en [[DATE_NAISSANCE:2015]], et [[PERSONNE:Adam]], né en [[DATE_NAISSANCE:2018]]. Dossier [[N_ALLOCATAIRE:4183350]]. L'agente, [[PERSONNE:Farida]], explique le partage des allocations. Ils se disputent gentiment pour savoir qui garde le dossier principal.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Manosque}} chez M. [[PERSONNE:Oumar Keïta]], {{62 ans}}, ancien ouvrier agricole, [[ADRESSE:17 rue de la Saunerie, 04100 Manosque]]. Facture d'eau de {{412 €}} (fuite). [[PERSONNE:Laetitia]] propose une aide versée directement sur son compte, il donne son RIB : [[IBAN:FR7614607980561706885754571]]. Il a encadré sa médaille du travail au-dessus de la télé.",
    ),
]

# Edit 6: notes 176-210.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} {{Manosque}}, jeudi. [[PERSONNE:Fatima Said Ali]], {{23 ans}}, bébé de {{4 mois}} dans l'écharpe, première demande de {{RSA}}. Elle est née aux {{Comores}}, NIR : [[NIR:2 02 03 99 397 058 50]]. Adresse : [[ADRESSE:5 rue des Potiers, 04100 Manosque]], chez une tante. L'agent, [[PERSONNE:Damien]], prend le temps, tout est fait en {{35 min}}. Le bébé n'a pas pleuré une seule fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Avignon}}, {{12h}}, fermeture du matin. L'agent baisse le rideau, il reste 3 personnes dedans, il les prend quand même. Il mange son sandwich à {{12h40}} debout dans le couloir. « C'est comme ça tous les jours ? » « Non, le lundi c'est pire. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}} 04. [[PERSONNE:Jordan Barthélémy]] voudrait toucher son {{APL}} lui-même au lieu qu'elle aille au bailleur. L'agente, [[PERSONNE:Mélissa]], explique qu'en logement social le versement au bailleur est la règle. Dossier [[N_ALLOCATAIRE:0562217]]. Il avait préparé son RIB, il le lit quand même : [[IBAN:FR76 3000 4741 8664 0944 3915 266]]. « Pas besoin monsieur. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : [[PERSONNE:Noémie Castellan]] pour la {{PreParE}}, elle veut prendre un congé parental. Sa fille, [[PERSONNE:Rose]], est née le [[DATE_NAISSANCE:2 avril]], « comme la fleur, oui ». L'agente, [[PERSONNE:Élodie]], explique les montants selon le temps partiel. Envoi du récap par mail à [[EMAIL:noemie.castellan@free.fr]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Orange}} avec [[PERSONNE:Hervé Pélissier]]. M. [[PERSONNE:Nuno Teixeira]], portugais, [[ADRESSE:3 chemin du Grès, 84100 Orange]]. Il dit vivre ici depuis {{2 ans}}, mais sa voiture a toujours sa plaque portugaise, [[IMMATRICULATION:45-TR-92]]. « J'ai pas eu le temps de changer. » Bail, factures, attestation employeur : tout est là. [[PERSONNE:Hervé]] lui conseille juste de faire la carte grise avant d'avoir une amende.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Débrief de fin de semaine des contrôleurs, {{Caf}} {{Avignon}}. {{5 contrôleurs}} autour d'une table, {{23 contrôles}} dans la semaine, 2 fraudes suspectées, le reste « des régularisations dans les deux sens ». L'un raconte qu'il a fait verser {{800 €}} à une allocataire qui n'avait pas touché tout ce qu'elle aurait dû.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Apt}}. [[PERSONNE:Sylvain Mourgues]], {{45 ans}}, demande une aide pour la licence de foot de son fils, [[PERSONNE:Ilyès]]. L'agente, [[PERSONNE:Delphine]], lui parle du {{Pass'Sport}} ({{50 €}}), il ne connaissait pas. « Le club il coûte {{180 €}}, avec les chaussures… »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Cavaillon}}, domiciliation. Nouvelle élection de domicile pour [[PERSONNE:Georgi Ivanov]], bulgare, saisonnier dans les melons, né le [[DATE_NAISSANCE:03.05.1988]]. Pas d'adresse, juste un portable bulgare : [[TELEPHONE:+359 88 412 7750]]. [[PERSONNE:Nathalie]] : « votre courrier arrivera ici, au {{CCAS}}, vous passez le chercher ». Il montre son pouce levé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{Banque de France}} au {{CCAS}} d'{{Avignon}} (surendettement), 2 RDV ce matin. L'agent m'explique que les dossiers de surendettement, c'est de plus en plus des retraités, et des crédits renouvelables {{Cofidis}} ou {{Sofinco}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel {{CCAS}} {{Carpentras}}. M. [[PERSONNE:Guy Pons]] conteste la facture de cantine n° [[IDENTIFIANT:CANT-2025-04418]] : « mon petit-fils a mangé {{12 fois}}, pas {{16}} ». [[PERSONNE:Karim]] promet de vérifier avec l'école et de répondre par mail, [[EMAIL:guy.pons84@wanadoo.fr]]. M. [[PERSONNE:Pons]] précise « wanadoo, comme avant ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La pharmacie du centre de {{Sisteron}} appelle le {{CCAS}} : une cliente âgée, Mme [[PERSONNE:Reine Achard]], n'arrive plus à payer ses médicaments non remboursés. L'agente, [[PERSONNE:Mireille]], note l'adresse, [[ADRESSE:11 rue de la Coste, 04200 Sisteron]], et propose une visite mardi. La pharmacienne : « elle est trop fière pour vous appeler elle-même ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} d'{{Avignon}} chez M. [[PERSONNE:Ahmed Benmoussa]], {{78 ans}}, chibani, foyer {{Adoma}}, [[ADRESSE:14 avenue de la Croix Rouge, 84000 Avignon]]. Chambre de {{9 m²}}, impeccable. Il passe {{6 mois}} par an au {{Maroc}} et s'inquiète pour son {{ASPA}}. [[PERSONNE:Marion]] lui explique la règle de résidence. Il nous offre du thé à la menthe dans des verres dépareillés.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Carpentras}} chez [[PERSONNE:Jennifer Blanc]], mère seule, nouveau logement, [[ADRESSE:2 impasse des Tanneurs, 84200 Carpentras]]. Aide à l'équipement : un lit pour le petit, une plaque de cuisson. [[PERSONNE:Sandra]] récupère le RIB pour le virement : [[IBAN:FR76 1780 6560 5901 1469 0471 381]]. Les cartons ne sont pas encore ouverts, le petit joue dedans.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Avignon}}. [[PERSONNE:Kévin Lacroix]], {{24 ans}}, sorti de l'{{ASE}} il y a {{6 mois}}. [[PERSONNE:Fabien]] refait son CV avec lui puis l'inscription {{France Travail}}. Né le [[DATE_NAISSANCE:21/10/2000]], ID reçu : [[ID_FRANCE_TRAVAIL:7362015G]]. [[PERSONNE:Kévin]] veut être cuisinier, il a fait un stage chez {{Flunch}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion des résidents, {{CHRS}} {{Carpentras}}, {{18h}}. Ordre du jour : ménage des parties communes, bruit après {{23h}}, la télé. Un résident propose un planning pour la télé. Adopté à main levée. Démocratie 👍",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Manosque}}. Admission de [[PERSONNE:Anissa Boudjemaa]], {{33 ans}}, et de ses jumeaux. Orientation {{SIAO}} réf. [[IDENTIFIANT:SIAO04-24-1187]]. L'éducatrice, [[PERSONNE:Fatoumata Sissoko]], appelle l'ancienne AS d'{{Aix}}, Mme [[PERSONNE:Giraud]], au [[TELEPHONE:04 42 91 57 08]], pour récupérer le dossier. Les jumeaux courent dans le couloir en criant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du 04, {{18h30}}. [[PERSONNE:Didier Sauvaire]], de {{Château-Arnoux}} : sa maison a brûlé ce matin, [[ADRESSE:12 rue du Lac, 04160 Château-Arnoux-Saint-Auban]]. Pompiers partis, voisins absents. [[PERSONNE:Guillaume]] trouve une chambre à {{Peyruis}}, {{hôtel du Relais}}, {{chambre 6}}, pour {{3 nuits}}. « Et mon chat ? » Le chat peut venir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Relève de {{22h}} au {{115}} : l'écoutante du soir passe les consignes à celui de nuit. « 3 rappels à faire, une famille à l'hôtel, la maraude passe à la gare à minuit. » Le tout sur un cahier à spirale. Et l'informatique ? « Oui, mais le cahier c'est plus sûr. »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vaucluse}}. [[PERSONNE:Marie-Claude Vergne]], {{61 ans}}, vit dans sa voiture depuis son divorce, sur le parking d'un centre commercial au {{Pontet}}. Vieille {{306}}, [[IMMATRICULATION:816 ABX 84]]. Date de naissance : [[DATE_NAISSANCE:19 janvier 1964]]. [[PERSONNE:Nadia]] lui propose une place en pension de famille, il faut passer par le {{SIAO}}. Elle dit qu'elle a honte. [[PERSONNE:Nadia]] : « vous n'avez pas à avoir honte ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi après la sortie du {{CHRS}} chez [[PERSONNE:Farah]] et [[PERSONNE:Youssef El Mansouri]], [[ADRESSE:résidence Les Cèdres, bât. 2, 19 rue du Docteur Fabre, 04000 Digne-les-Bains]]. Compteur {{EDF}} au nom de [[PERSONNE:Youssef]], réf. client [[IDENTIFIANT:3004561278]]. L'éducatrice, [[PERSONNE:Aurore]], vérifie la mensualisation. Rideaux neufs, photo de mariage au mur.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des logements diffus un vendredi : {{4 visites}} prévues, 3 faites. Le dernier locataire n'est pas là, il a laissé un mot sur la porte : « suis au travail 😀 ». L'éducateur prend le mot en photo, tout content.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Avignon}}. [[PERSONNE:Frédéric Bourgeois]], {{50 ans}}, veut activer l'appli {{carte Vitale}}. L'agente, [[PERSONNE:Yasmine]], vérifie l'identité : NIR [[NIR:1 75 05 84 007 412 61]], pièce d'identité, selfie vidéo. Trois essais pour le selfie, « la lumière ». Au 4e ça passe. Il applaudit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Digne}}. [[PERSONNE:Tenzin Dorje]], tibétain, réfugié. Carte de résident n° [[IDENTIFIANT:0401583296]]. [[PERSONNE:Pascal]] appelle un interprète par téléphone ({{ISM}}), haut-parleur posé sur le comptoir. Ouverture des droits + {{C2S}}. {{40 min}}. [[PERSONNE:Tenzin]] s'incline en partant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}} 04. [[PERSONNE:Cédric Estève]], {{38 ans}}, accident du travail sur un chantier, l'employeur n'a toujours pas fait la déclaration. NIR : [[NIR:186080411220350]]. [[PERSONNE:Gaëlle]] lui explique qu'il peut déclarer lui-même dans les {{2 ans}}. « Mais je vais me faire virer. » Silence au bout du fil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Monique Lambert]] veut être rappelée par le service des prestations, elle dicte son fixe en comptant sur ses doigts : « [[TELEPHONE:zéro quatre, quatre-vingt-dix, soixante-quinze, zéro zéro, quarante et un]] ». [[PERSONNE:Manon]] relit, elle confirme. Rappel sous {{48h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Entre deux appels, l'agente me montre la base de connaissances : si la personne dit ça, tu réponds ça. Plus de {{4 000 fiches}}. Elle en connaît une centaine par cœur, les autres elle tape un mot-clé et lit en diagonale pendant que la personne parle.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Manosque}}. [[PERSONNE:Loïs Reynier]], {{26 ans}}, rêve de bosser chez {{L'Occitane}}. [[PERSONNE:Julien Esposito]] regarde les offres : logistique, {{2 postes}}. Il met à jour ses coordonnées, [[EMAIL:lois.reynier@gmail.com]], [[TELEPHONE:07 62 48 19 03]]. [[PERSONNE:Loïs]] : « même à l'emballage, ça me va ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}} {{Avignon}} : un écran tactile pour prendre RDV, personne ne l'utilise, les gens vont direct au comptoir. L'agente : « on nous a dit de les renvoyer vers l'écran, mais bon ». Elle hausse les épaules et prend le suivant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Carpentras}}. [[PERSONNE:Yohann Meyer]], cariste, son {{CACES}} a expiré. ID [[ID_FRANCE_TRAVAIL:8261750C]]. [[PERSONNE:Leïla Mansouri]] trouve une session à {{Entraigues}}, {{3 jours}}, financée. Il demande s'il faut amener ses chaussures de sécu. Oui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : [[PERSONNE:Catherine Moulin]] ne reçoit plus les offres par mail. [[PERSONNE:Stéphane]] vérifie, elle épelle : « [[EMAIL:cath.moulin84 arobase gmail point com]] ». Dans le dossier il manquait le {{84}}. Corrigé. Elle : « c'est mon fils qui l'a créé, il met des chiffres partout ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : [[PERSONNE:Adrien Collet]], attestation employeur manquante, son dernier patron ne répond plus. [[PERSONNE:Rachid]] vérifie l'identité, né le [[DATE_NAISSANCE:30 juin 1992]], ID [[ID_FRANCE_TRAVAIL:4430958 T]]. Il envoie une relance à l'employeur depuis son poste. « Si dans {{15 jours}} rien, vous me rappelez. »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une agence d'intérim de {{Pertuis}} : ils cherchent {{10 préparateurs de commandes}}. La conseillère prend les infos, ne donne aucun nom de candidat au tel (« RGPD »), diffuse l'offre dans la foulée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Carpentras}}. [[PERSONNE:Lina Bensalem]], {{14 ans}}, amenée par la CPE du collège {{Jean-Henri Fabre}}, Mme [[PERSONNE:Bourdon]]. Crise d'asthme. Mère injoignable. Dossier retrouvé, IPP [[IDENTIFIANT:P00529731]], née le [[DATE_NAISSANCE:16/05/2011]]. [[PERSONNE:Lina]] respire mieux après la {{Ventoline}}, elle demande son téléphone.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h}} du matin, urgences {{Avignon}}. Salle presque vide : une femme dort sur 3 chaises, un homme ivre chante doucement. L'agent d'accueil fait un sudoku. « C'est l'heure où on voit les vrais malades. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tel urgences {{Manosque}} : une femme cherche sa mère, Mme [[PERSONNE:Émilienne Roche]], partie des urgences sans attendre le médecin. L'agente regarde : « sortie contre avis » à {{15h10}}. Elle donne l'adresse pour que la police municipale passe voir : [[ADRESSE:33 boulevard Martin Bret, 04100 Manosque]]. La fille : « elle a toujours fait ça ».",
    ),
]

# Edit 7: notes 211-240.
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "{{CAF}} {{AVIGNON}}, vendredi {{8h30}}. Trois générations au guichet : la famille [[PERSONNE:Manoukian]], pour l'{{AAH}} du fils, [[PERSONNE:Aram]]. Le père écrit le nom en capitales sur un bout de papier pour l'agente, « [[PERSONNE:MANOUKIAN]] », de peur qu'elle se trompe. Dossier [[N_ALLOCATAIRE:2950741]]. Il manque le formulaire {{Cerfa}} {{15692*01}} de la {{MDPH}}. [[PERSONNE:Sandrine]] l'imprime, le surligne aux endroits à remplir.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent appelle une dame « Mme [[PERSONNE:B.]] » devant tout le monde : il m'explique après qu'il évite de dire les noms en entier dans la file. Mme [[PERSONNE:B.]] veut une attestation de quotient familial pour le centre aéré de {{Carpentras}}. {{QF}} : {{620}}. Imprimée en {{2 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : [[PERSONNE:Gilbert Fauque]], {{66 ans}}, veuf depuis mars. Son {{APL}} a baissé. [[PERSONNE:Céline]] explique la révision après le décès. Il veut que ce soit versé sur un autre compte, il lit le RIB : [[IBAN:FR7613507761015707119348450]], dossier [[N_ALLOCATAIRE:1046638]]. Elle lui présente ses condoléances, il dit merci trois fois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{15h40}}, un appel en arabe : l'agente passe le casque à sa voisine qui parle darija. Elles font ça entre elles, il n'y a pas d'interprétariat sur la plateforme. « Sinon on ferait comment ? »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Digne}} avec [[PERSONNE:Patricia Imbert]]. M. [[PERSONNE:Florian Tardieu]], déclaré en colocation, [[ADRESSE:6 rue de l'Hubac, 04000 Digne-les-Bains]], dossier [[N_ALLOCATAIRE:0813579]]. Le coloc, [[PERSONNE:Arthur]], est là aussi : deux chambres, deux noms sur la boîte. Un van aménagé garé devant, [[IMMATRICULATION:GA-075-SF]] : [[PERSONNE:Florian]] part faire la saison à {{Pra-Loup}} l'hiver. [[PERSONNE:Patricia]] : « rien à redire ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Manosque}}, inscriptions au repas des aînés. M. [[PERSONNE:Aldo Bianchi]], né le [[DATE_NAISSANCE:8 juillet 1939]], s'inscrit avec sa voisine. Son fixe : [[TELEPHONE:04 92 72 06 81]]. [[PERSONNE:Jérôme]] coche la case « régime sans sel ». M. [[PERSONNE:Bianchi]] demande s'il y aura de la daube, « sinon je viens pas ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Sisteron}}, distribution de colis alimentaires mardi {{14h}}. File dès {{13h30}}, {{17 personnes}}, surtout des femmes avec poussettes et quelques retraités. Des bénévoles des {{Restos du Cœur}} aident. Pâtes, lait, fromage, un paquet de {{Bonne Maman}} pour chacun.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel {{CCAS}} d'{{Avignon}}. [[PERSONNE:Anne-Sophie Lebrun]], [[ADRESSE:31 rue des Teinturiers, 84000 Avignon]], demande une aide pour les frais de transport de sa fille lycéenne. [[PERSONNE:Myriam]] lui envoie la liste des pièces par mail : [[EMAIL:as.lebrun@orange.fr]]. Elle précise « as comme [[PERSONNE:Anne-Sophie]], pas comme l'as de pique ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{CCAS}} {{Digne}}. Un monsieur signale que son voisin, « le vieux [[PERSONNE:Marcel]] », n'a plus d'électricité depuis hier. L'agente, [[PERSONNE:Sophie Maurel]], note. L'appelant donne son nom, [[PERSONNE:Patrick Isnard]], et son portable, [[TELEPHONE:06 09 55 32 18]], « si vous voulez que je vous ouvre, j'ai la clé ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Installation de la téléassistance chez Mme [[PERSONNE:Rosalie Fernandez]], {{91 ans}}, avec [[PERSONNE:Christelle]] du {{CCAS}} de {{Cavaillon}} et le technicien, [[PERSONNE:Ludo]]. Abonnement {{Présence Verte}} n° [[IDENTIFIANT:PV-84-117302]]. Test du bouton : la centrale répond aussitôt, « madame [[PERSONNE:Fernandez]], tout va bien ? ». Elle rit, « oui mon petit ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour d'{{Avignon}}. [[PERSONNE:Alexis Marin]], {{28 ans}}, ancien {{marin-pêcheur}} à {{Sète}}, arrivé il y a {{2 semaines}}. [[PERSONNE:Fabien]] l'aide pour {{France Travail}} : ID [[ID_FRANCE_TRAVAIL:1907352J]], portable [[TELEPHONE:07 83 60 12 94]]. Il dit qu'il veut « de la terre ferme pendant un moment ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Digne}}, atelier cuisine avec [[PERSONNE:Aurore]] et 4 résidents : ratatouille. [[PERSONNE:Jonathan]] coupe les aubergines, [[PERSONNE:Mamadou]] pleure sur les oignons, tout le monde se moque de lui. Ça mijote {{1h}}. On mange ensemble à {{12h30}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Sisteron}}, {{9h}} : 6 personnes, 6 cafés, 2 douches. Le bénévole du jeudi apporte des croissants. Personne ne parle beaucoup le matin. {{Nostalgie}} à la radio.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vaucluse}}. Une famille géorgienne arrivée en bus à la gare d'{{Avignon}}, demande d'asile. Le père, [[PERSONNE:Giorgi Beridze]], né le [[DATE_NAISSANCE:11/04/1985]], passeport n° [[IDENTIFIANT:13AB45872]]. [[PERSONNE:Laure]] les oriente vers la {{SPADA}} pour demain, hôtel ce soir. Elle parle anglais, lui russe, ils se comprennent avec {{Google Traduction}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du 04. [[PERSONNE:Chaïma]], {{18 ans}}, son contrat jeune majeur est fini. L'écoutant, [[PERSONNE:Guillaume]], demande comment la joindre : son forfait va être coupé, elle donne son mail, [[EMAIL:chaima.b2006@gmail.com]]. Place en foyer jeunes travailleurs à {{Manosque}} à partir de lundi, d'ici là hôtel.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vaucluse}}, {{21h}}. Un habitant de {{Monteux}} signale une dame âgée qui dort dans sa {{Twingo}} devant l'église, [[IMMATRICULATION:BX-219-QD]]. L'écoutant, [[PERSONNE:Hugo]], transmet à la maraude. Rappel {{45 min}} plus tard : elle a accepté une soupe, pas l'hébergement.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un logement {{ALT}} à {{Cavaillon}} avec [[PERSONNE:Coralie]]. [[PERSONNE:Samir Hadj-Saïd]] et sa fille, [[ADRESSE:9 rue Bournissac, 84300 Cavaillon]]. On regarde ensemble son espace {{Caf}} sur son tel : dossier [[N_ALLOCATAIRE:3321964]], {{APL}} ouvertes depuis le mois dernier. [[PERSONNE:Samir]] : « enfin un truc qui marche ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Avignon}}. [[PERSONNE:Jean-Baptiste Nicolaï]] veut se faire rembourser des soins faits en {{Tunisie}} pendant les vacances. Factures en arabe et en français. [[PERSONNE:Valérie Blanc]] remplit le formulaire avec lui, il donne son RIB : [[IBAN:FR76 1831 5323 8319 4034 6563 330]]. « Ça va prendre du temps, hein. » « Combien ? » « Du temps. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un agent {{CPAM}} de {{Carpentras}} me montre le bac des courriers du matin : {{214 enveloppes}}. Encore beaucoup de feuilles de soins papier, surtout des personnes âgées. Il les trie à la main par type avant le scan.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle pour son mari hospitalisé, [[PERSONNE:Ramdane Aït-Kaci]]. L'agente tape « [[PERSONNE:Aït Kassi]] », rien, corrige. Né le [[DATE_NAISSANCE:1er janvier 1950]] (« comme beaucoup de gens de là-bas », dit la dame). [[PERSONNE:Sonia]] trouve le dossier, l'hospitalisation est bien prise en charge à {{100 %}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{CPAM}}. [[PERSONNE:Laurence Guichard]] a besoin d'une attestation de paiement des IJ pour sa banque. [[PERSONNE:Aurélie]] l'envoie sur le compte {{ameli}} ; la dame n'y arrive pas, alors courrier. Elle laisse un numéro au cas où : [[TELEPHONE:0766291548]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Digne}}. [[PERSONNE:Quentin Arnoux]], moniteur de ski l'hiver, guide de rando l'été, s'inscrit entre deux saisons. ID [[ID_FRANCE_TRAVAIL:6095183E]]. [[PERSONNE:Yacine]] lui montre une offre d'accompagnateur à {{Barcelonnette}}, n° {{185KLMD}}. Il la connaît déjà, c'est son copain qui l'a postée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier {{LinkedIn}}, {{FT}} {{Avignon}}. [[PERSONNE:Amina Touré]] montre son profil à la conseillère, [[PERSONNE:Mélanie]] : [[IDENTIFIANT:linkedin.com/in/amina-toure-rh]]. Photo refaite sur place contre le mur blanc. [[PERSONNE:Mélanie]] : « souriez, mais pas trop ». Tout le groupe rit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Fin de journée {{FT}} {{Carpentras}}, {{17h}}. L'agent d'accueil ferme la porte. Compteur sur son écran : {{64 personnes}} reçues à l'accueil aujourd'hui. « Un jeudi normal. »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : [[PERSONNE:Ophélie Dalmasso]], ID [[ID_FRANCE_TRAVAIL:5146290 N]], veut savoir si elle peut garder son {{ARE}} en étant serveuse le week-end. [[PERSONNE:Nathalie]] explique le cumul. Question plus pointue sur les heures : elle note un rappel par un conseiller au [[TELEPHONE:06 77 14 03 59]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur appelle pour sa femme qui ne parle pas français, [[PERSONNE:Hu Mei]]. [[PERSONNE:Antoine Reynaud]] refuse gentiment de tout traiter sans elle : il faut son accord. Le mari lui passe le téléphone, elle dit « oui, d'accord » en français. {{4 min}} en tout. [[PERSONNE:Antoine]] sourit : « voilà, parfait ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Panne du logiciel pendant {{20 min}} sur la plateforme. Les conseillers prennent les appels quand même, notes sur papier. [[PERSONNE:Stéphane]] : « comme en {{2008}} ». Retour du système à {{10h50}}, tout le monde ressaisit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Cavaillon}}. La famille [[PERSONNE:Gimenez]] au complet, {{8 personnes}}, pour le grand-père, [[PERSONNE:Manuel]]. [[PERSONNE:Stéphanie]] demande qu'une seule personne reste dans la salle. Le fils, [[PERSONNE:Tony]], reste : il donne l'adresse, [[ADRESSE:aire des Grands Crès, place 14]], et son portable, [[TELEPHONE:06 22 81 47 95]]. Les autres attendent sur le parking.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Digne}}. Un randonneur breton, [[PERSONNE:Yann Kerhervé]], entorse grave, descendu en hélico. Seul papier sur lui : son permis de conduire, n° [[IDENTIFIANT:290429300512]]. L'IOA, [[PERSONNE:Odile]], rigole : « vous êtes venu de {{Brest}} pour vous tordre la cheville chez nous ? ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Dimanche soir, tel urgences {{Avignon}}. Le médecin de garde de {{Vaison-la-Romaine}}, le Dr [[PERSONNE:Bertolino]], annonce une patiente : Mme [[PERSONNE:Eugénie Cartier]], {{89 ans}}, déshydratée. L'IOA note. Dernière note de ma semaine d'observation : ici, une semaine ordinaire, ça ressemble à ça.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return its text, entities and keep list."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        value = m.group(2) if m.group(1) else m.group(3)
        if m.group(1):
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        elif value not in keep:
            keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for leftover in ("[[", "]]", "{{", "}}"):
        if leftover in text:
            raise ValueError(f"unbalanced mark in {text[:60]!r}")
    return text, entities, keep


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
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev notes, {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
