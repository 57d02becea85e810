"""Independent evaluation corpus n° 115: 240 hand-written observation notes (PACA region).

Each note is a ``(site_kind, channel, text)`` tuple written with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids ``ind115-001``
to ``ind115-240`` follow the writing order. The split into ``dev.jsonl`` and ``holdout.jsonl``
(120 notes each) depends only on the ids and the cells (site kind x channel).

Usage: python holdout_author.py   (rewrites dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind115"
SEED = 115
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")
STRAY_RE = re.compile(r"\[\[|\]\]|\{\{|\}\}")

# fmt: off
NOTES_1 = [
    ("caf", "accueil_physique",
     "{{10h12}}, {{guichet 4}}. Mme [[PERSONNE:Hadjadj]] sort un courrier {{Caf}} plié en quatre et lit son numéro à voix haute : « [[N_ALLOCATAIRE:34 81 270]] ». L'agent tape [[N_ALLOCATAIRE:3481207]], écran rouge, « ah non pardon » → [[N_ALLOCATAIRE:3481270]]. Indu de {{412,37 €}} sur l'{{APL}}, elle comprend pas le mot « indu »."),
    ("caf", "accueil_telephonique",
     "Appel {{3230}}, musique d'attente {{14 min}} avant de tomber sur l'agente. La dame au bout veut savoir pourquoi sa {{prime d'activité}} a baissé de {{38 €}}. Réponse : trimestre recalculé, revenus de {{décembre}}. Elle raccroche sans dire au revoir 😬"),
    ("cpam", "accueil_physique",
     "Monsieur [[PERSONNE:Santoni]] a pas sa carte vitale, juste la photocopie de son attestation. L'agente lit le NIR par groupes : [[NIR:1 90 07 2A 004 058 05]]. « Vous êtes né à {{Ajaccio}} ? » « oui, en [[DATE_NAISSANCE:90]] ». Elle le retrouve direct. Demande de {{C2S}}, formulaire {{S3711}} à refaire car pas signé."),
    ("urgences", "accueil_physique",
     "Urgences {{La Timone}}, {{box 3}}. L'IOA demande nom prénom date de naissance, le monsieur répond « [[PERSONNE:Ibrahim Soilihi]], le [[DATE_NAISSANCE:2 février 83]] ». Impression du bracelet, je lis IPP [[IDENTIFIANT:8004512367]]. Attente affichée {{4h30}}."),
    ("chrs", "accueil_telephonique",
     "{{115}} du 13, {{22h40}}. Appel d'une femme avec 2 enfants ({{4 ans}} et {{9 mois}}) à la gare {{Saint-Charles}}. L'écoutante cherche une place : rien sur {{Marseille}}, propose un hôtel à {{Vitrolles}} demain. La dame donne son prénom, [[PERSONNE:Aïcha]], et un numéro qui n'a plus de crédit : [[TELEPHONE:07 58 21 44 90]]."),
    ("france_travail", "accueil_physique",
     "Agence {{France Travail}} {{La Joliette}}. Jeune homme, {{22 ans}}, vient pour une radiation. Identifiant lu sur son tel : [[ID_FRANCE_TRAVAIL:4172093K]], le conseiller tape [[ID_FRANCE_TRAVAIL:4172039K]] (inversion), rien ne sort, il retape. Radié pour absence au rdv du {{12 mars}}, courrier jamais reçu : il a déménagé, maintenant c'est [[ADRESSE:27 rue Félix Pyat, 13003 Marseille]]. On lui montre l'offre {{178KPWT}}, cariste à {{Vitrolles}}."),
    ("ccas", "accueil_physique",
     "{{CCAS}}, {{9h05}}, déjà {{11 personnes}} dans la salle. Je pensais que c'était pour les {{Restos du Cœur}} mais non c'est l'épicerie sociale. Une dame âgée demande si on peut l'aider pour sa facture {{EDF}} de {{236 €}}. L'agent dit que c'est une aide facultative, commission le {{jeudi}}."),
    ("caf", "controle_sur_place",
     "Contrôle à domicile, {{Avignon}}, quartier {{Monclar}}. Le contrôleur vérifie le bail : bailleur {{Grand Delta Habitat}}, réf. locataire [[IDENTIFIANT:GDH-084-0017723]] en haut à droite. Il le recopie sur sa tablette et se trompe ([[IDENTIFIANT:0017732]]), elle lui montre du doigt. Mme [[PERSONNE:Bouzid]] est déclarée seule, mais 2 brosses à dents... il note rien, il me dit « on juge pas sur une brosse à dents »."),
    ("cpam", "accueil_telephonique",
     "Plateforme {{3646}}. Un assuré appelle pour ses IJ pas versées depuis le {{2 avril}}. Agent : « votre employeur n'a pas envoyé l'attestation de salaire ». Le monsieur épelle son nom : [[PERSONNE:K-O-V-A-L-E-N-K-O]]. Dossier retrouvé, relance employeur faite. Durée {{17 min}}."),
    ("urgences", "accueil_telephonique",
     "Standard des urgences de {{Sainte-Musse}} ({{Toulon}}). Une fille appelle pour savoir si son père est arrivé, ambulance partie de {{La Seyne}}. L'agent demande le nom : « [[PERSONNE:Giordano Lucien]] », et la date de naissance : « [[DATE_NAISSANCE:14/06/1941]] ». Réponse : « il est en cours de prise en charge, je peux rien vous dire de plus au téléphone »."),
    ("chrs", "accueil_physique",
     "Accueil de jour du CHRS. « [[PERSONNE:Dédé]] » (c'est comme ça que tout le monde l'appelle, même l'éduc) vient chercher son courrier, il est domicilié ici. 3 lettres dont une de la {{préfecture}}. Il veut pas l'ouvrir. L'éducatrice, [[PERSONNE:Samia]], l'ouvre avec lui : c'est le renouvellement de sa {{carte de résident}}, rdv le {{18 juin}}."),
    ("france_travail", "accueil_telephonique",
     "Appel sortant du conseiller pour un entretien de suivi. Répondeur x3. Il laisse un message standard « je vous rappelle dans {{une semaine}}, sinon ce sera une convocation ». Il me dit que {{1 sur 3}} répond, les autres rappellent jamais."),
    ("caf", "accueil_physique",
     "Un monsieur arrive avec une lettre du commissaire de justice (ex huissier) : dossier n° [[IDENTIFIANT:2024/MRS/08841-B]]. Il pense que c'est son numéro {{Caf}}. L'agente lui montre : en haut à gauche le n° alloc [[N_ALLOCATAIRE:2095613]], ça c'est la {{Caf}} ; l'autre c'est le créancier. Il a peur d'une saisie sur l'{{APL}} → non, insaisissable, elle cite l'article {{L. 553-4}} du code de la sécu. Il s'appelle [[PERSONNE:Gérard Audibert]], {{71 ans}}."),
    ("ccas", "accueil_telephonique",
     "Une dame appelle le {{CCAS}} de {{Gap}} pour sa mère, {{88 ans}}, qui vit seule [[ADRESSE:14 chemin de la Garde, 05000 Gap]]. Elle demande le portage de repas, {{APA}} en cours au {{Département}}. Elle s'appelle Mme [[PERSONNE:Reynaud]], rappel au [[TELEPHONE:06 81 37 20 94]] « plutôt après {{18h}} »."),
    ("urgences", "accueil_physique",
     "{{14h20}}. Salle d'attente pleine, écran « temps d'attente estimé : {{3 h 45}} ». Un ado avec le poignet gonflé, sa mère lui donne la moitié de son sandwich. Quelqu'un crie au fond. L'agente d'accueil me dit qu'ils voient {{150 personnes}} par jour l'été."),
    ("chrs", "controle_sur_place",
     "Visite en appartement diffus du CHRS à {{La Seyne-sur-Mer}}, quartier {{Berthe}}. Famille [[PERSONNE:Stoica]], 5 personnes dans un T2. Sur la boîte aux lettres le nom est mal écrit « [[PERSONNE:STOIKA]] », l'éducatrice [[PERSONNE:Laure]] va refaire l'étiquette. Logement : [[ADRESSE:résidence Les Mimosas, bât. C, appt 12]]. Moisissure dans la chambre des enfants, photo pour le bailleur."),
    ("france_travail", "accueil_physique",
     "Atelier CV. La conseillère, Mme [[PERSONNE:Pietri]], projette 3 offres : n° {{179QJVL}} serveur à {{Cassis}}, {{179RBZM}} agent d'entretien à {{Aubagne}}, {{180ADKT}} caissier à {{La Ciotat}}. « Notez les numéros, pas les intitulés ». Un participant recopie {{179QJLV}}, elle corrige au tableau."),
    ("cpam", "accueil_physique",
     "Changement de RIB pour les remboursements. M. [[PERSONNE:Nguyen Van Thanh]] tend un RIB {{La Banque Postale}} : [[IBAN:FR70 2004 1010 0808 4512 6N03 113]]. L'agent relit par groupes de quatre et vérifie la lettre au milieu : « c'est bien un N comme {{Nicolas}} ? ». Oui."),
    ("caf", "accueil_telephonique",
     "Appel transféré du {{3230}}. La personne dit son n° alloc en morceaux : « [[N_ALLOCATAIRE:onze, soixante-dix-huit, quatre cent cinquante-deux]] ». L'agent : « donc [[N_ALLOCATAIRE:1178452]] ? » Oui. Elle déménage de {{Cavaillon}} à {{Carpentras}} et veut savoir si l'{{ALS}} suit."),
    ("urgences", "accueil_physique",
     "Un patient revient chercher des résultats. Il a un papier avec « NDA [[IDENTIFIANT:2400873152]] » et un autre avec « IPP [[IDENTIFIANT:0013457792]] ». La secrétaire : « c'est l'IPP qu'il me faut, l'autre c'est le séjour ». Elle le recopie, se trompe ([[IDENTIFIANT:0013475792]]), efface, retape."),
    ("ccas", "controle_sur_place",
     "Visite à domicile avec la conseillère ESF à {{Digne-les-Bains}}, chez un monsieur de {{79 ans}}, [[PERSONNE:Raymond Bonifay]]. Frigo vide sauf une boîte de sardines. Le chat s'appelle {{Moustique}}. Il a empilé ses factures par date sur la toile cirée. Sa voisine, Mme [[PERSONNE:Ferhat]], lui fait les courses le {{mardi}}."),
    ("chrs", "accueil_telephonique",
     "{{115}} des {{Alpes-Maritimes}}. L'écoutant retrouve l'appelant dans le {{SI-SIAO}} : demande n° [[IDENTIFIANT:SIAO06-2024-017382]]. M. [[PERSONNE:Bakary Camara]], déjà {{12 nuits}} cette année. Pas de place ce soir à {{Nice}}, rappeler à {{17h}} demain."),
    ("caf", "controle_sur_place",
     "Dans la voiture, le contrôleur m'explique : on vérifie la composition du foyer et les ressources, pas la propreté. {{6 contrôles}} aujourd'hui entre {{Arles}} et {{Tarascon}}, {{1h10}} de route au total. Il dit qu'environ {{30 %}} des contrôles finissent par un rappel en faveur de l'allocataire."),
    ("france_travail", "accueil_telephonique",
     "Appel entrant. Un demandeur lit un SMS : « votre identifiant est [[ID_FRANCE_TRAVAIL:2749105 M]] ». Il veut changer son mot de passe mais n'a plus accès à son mail ([[EMAIL:m.rahimi1994@hotmail.fr]]). On le remplace par [[EMAIL:mohammad.rahimi.13@gmail.com]], le conseiller épelle « [[PERSONNE:R A H I M I]] » pour vérifier."),
    ("cpam", "controle_sur_place",
     "Contrôle d'arrêt maladie à {{Hyères}}. Personne absente hors des heures de sortie autorisées ({{9h-11h}} / {{14h-16h}}). L'agent laisse un avis de passage au nom de M. [[PERSONNE:Gauthier-Lemaire]], [[ADRESSE:418 chemin de la Bergerie, 83400 Hyères]], réf. [[IDENTIFIANT:AT-83-2024-0451876]]. Il me dit que la moitié du temps la personne est chez le médecin."),
    ("ccas", "accueil_physique",
     "Domiciliation au {{CCAS}} d'{{Antibes}}. L'agent remet une attestation n° [[IDENTIFIANT:DOM-2024-0318]] à Mme [[PERSONNE:Ioana Dumitru]], elle en a besoin pour la {{Cpam}}. L'adresse imprimée dessus, c'est celle du CCAS : {{8 place de la Mairie}}. Elle la recopie dans son carnet."),
    ("urgences", "accueil_physique",
     "Un homme arrive avec les pompiers, très alcoolisé, pas de papiers. L'agente crée un dossier anonyme « X », sexe masculin, âge estimé {{50 ans}}. Elle dit qu'ils en font {{2-3 par semaine}}."),
    ("chrs", "accueil_physique",
     "Entretien avec [[PERSONNE:Fatoumata Diop]] et son référent. Convocation du {{tribunal judiciaire de Marseille}}, {{juge aux affaires familiales}}, RG n° [[IDENTIFIANT:24/05517]], audience le {{3 octobre}} à {{9h30}}. Le référent prend le papier en photo pour l'avocate, Me [[PERSONNE:Benhamou]]."),
    ("caf", "accueil_physique",
     "Une mère avec une poussette et 3 enfants. Le petit ([[PERSONNE:Noham]]) fait tomber tous les flyers {{prime de naissance}}. L'agente sort des feutres d'un tiroir. Elle vient pour le {{complément familial}}, dossier incomplet : manque l'avis d'imposition {{2023}}."),
    ("france_travail", "accueil_physique",
     "Inscription d'un homme de {{56 ans}}, licencié d'une boîte de logistique à {{Fos-sur-Mer}}. Il s'appelle [[PERSONNE:Jean-Marc Olive]]. Le conseiller fait une blague sur l'{{huile d'olive}}, bof. Il a jamais fait de CV de sa vie."),
    ("cpam", "accueil_physique",
     "Mme [[PERSONNE:Bianchi]] épouse [[PERSONNE:Castellan]] vient avec sa carte {{Solimut}}, n° adhérent [[IDENTIFIANT:0045 7721 03]], pour un souci de tiers payant à la pharmacie. « Le numéro de la {{Cpam}} c'est pas celui de la mutuelle, Madame. » Sur son attestation : [[NIR:2 58 05 99 127 019 45]], née à {{Gênes}} en [[DATE_NAISSANCE:mai 1958]]."),
    ("chrs", "controle_sur_place",
     "Maraude du soir à {{Nice}} avec l'équipe mobile. Un homme dort sous les arcades près de la gare {{Thiers}}, il dit s'appeler « [[PERSONNE:Tonio]] ». Pas de téléphone. Son chien s'appelle {{Rocky}}. On lui laisse le numéro du {{115}} et une couverture."),
    ("ccas", "accueil_telephonique",
     "Standard du {{CCAS}} : {{6 appels}} en {{20 minutes}}, surtout pour les {{chèques énergie}} et le repas des anciens du {{15 décembre}}. L'agent note tout sur un cahier à spirale, pas dans le logiciel."),
    ("urgences", "accueil_physique",
     "Accident de scooter. Le jeune tend son attestation {{Matmut}}, contrat n° [[IDENTIFIANT:MT-0917742-AUT]], plaque du scooter [[IMMATRICULATION:GH-417-PM]]. L'agent administratif demande si c'est un accident du travail (il livre pour {{Uber Eats}}) : « oui non je sais pas »."),
    ("caf", "accueil_telephonique",
     "Une dame veut changer de banque, l'agente lui dit de le faire sur {{caf.fr}}, pas au téléphone. Elle insiste et commence à dicter « [[IBAN:FR76 1910 6008 4543 6112 8790 342]] », l'agente l'arrête : « ne me donnez pas ça au tél Madame ». Trop tard 😅"),
]

NOTES_2 = [
    ("caf", "accueil_physique",
     "Mme [[PERSONNE:Zeroual]] pose sur le comptoir son avis d'échéance {{13 Habitat}} : réf. locataire [[IDENTIFIANT:LOC-0045127-M]], loyer {{587,40 €}}, APL versée au bailleur {{301 €}}. Elle comprend pas pourquoi son reste à charge a augmenté. L'agent compare avec le dossier (alloc [[N_ALLOCATAIRE:4620937]]) : {{loyer plafond}} dépassé depuis la hausse. Elle habite [[ADRESSE:bât. G, La Castellane, 13016 Marseille]]."),
    ("caf", "accueil_physique",
     "File dehors à {{8h20}} alors que ça ouvre à {{8h30}}. J'ai compté {{23 personnes}}. Le vigile distribue des tickets, A pour les rdv, B sans rdv. Dernier ticket B donné à {{8h50}} : {{B031}}. Les suivants sont renvoyés vers les bornes, une dame pleure."),
    ("caf", "accueil_physique",
     "Borne en panne, l'agent fait la recherche à la main. « Votre numéro ? » « [[N_ALLOCATAIRE:zéro huit trois six cinq un quatre]] ». Il tape [[N_ALLOCATAIRE:0836514]]. Écran : M. [[PERSONNE:Ahamada Said]], {{RSA}} socle {{635,71 €}}. Il vérifie à voix basse la date de naissance, « [[DATE_NAISSANCE:1er janvier 1980]] ? », le monsieur dit oui, « comme tout le monde au village » (il est né aux {{Comores}})."),
    ("caf", "accueil_telephonique",
     "Un jeune de {{19 ans}} demande s'il a droit à l'{{APL}} en colocation à {{Aix}}. L'agente fait la simulation en direct sur {{caf.fr}} avec lui : {{112 €}} estimés. « Ah ouais c'est pas rien » 😄"),
    ("caf", "accueil_telephonique",
     "Appel d'un éducateur de l'{{ADDAP 13}} pour un gamin qu'il suit. Il donne le n° alloc de la mère : « [[N_ALLOCATAIRE:51 29 708]] ». L'agente refuse de donner quoi que ce soit sans l'accord de l'allocataire. Il insiste, elle reste polie mais ferme. Après elle me dit : « on a eu des pères violents qui appelaient en se faisant passer pour des éducs »."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Cannes}}, {{La Bocca}}. M. [[PERSONNE:Yilmaz]] montre ses fiches de paie pour la {{prime d'activité}}, employeur {{Carrefour Market}}, matricule salarié [[IDENTIFIANT:00481927]] en haut de la fiche. Une voiture garée dans la cour, [[IMMATRICULATION:ER-682-VS]] : « c'est à mon frère, il vit pas là ». Le contrôleur demande quand même la carte grise."),
    ("caf", "controle_sur_place",
     "Pause sandwich dans la voiture à {{Salon-de-Provence}}. Le contrôleur dit qu'il n'entre jamais s'il y a un chien pas attaché. Il a une formation gestion des conflits de {{3 jours}} par an, « ça sert pas à grand chose »."),
    ("cpam", "accueil_physique",
     "Une dame avec une facture de l'hôpital {{Saint-Joseph}}, n° [[IDENTIFIANT:FAC-24-0193378]], {{186,50 €}} de dépassement. Elle croyait être prise en charge à {{100 %}} (ALD). L'agent vérifie : ALD valable jusqu'au {{30/09/2026}}, mais le dépassement d'honoraires c'est pas remboursé. Mme [[PERSONNE:Attias]] est furieuse contre « les cliniques »."),
    ("cpam", "accueil_physique",
     "Couple ukrainien, {{protection temporaire}}. Une traductrice bénévole, [[PERSONNE:Olena Shevchenko]], les accompagne. Ils attendent la carte vitale depuis {{4 mois}}. L'agent imprime une attestation provisoire. Le monsieur, [[PERSONNE:Dmytro]], dit merci trois fois en français."),
    ("cpam", "accueil_physique",
     "Mme [[PERSONNE:Lăcrămioara Popescu]], née à {{Constanța}}. L'agente dicte le NIR à sa collègue qui saisit : « [[NIR:deux, quatre-vingt-neuf, onze, quatre-vingt-dix-neuf, cent quatorze, zéro zéro sept, clé quatre-vingt-onze]] ». La collègue relit : [[NIR:2 89 11 99 114 007 91]]. Ok. Le prénom par contre ils l'ont mal orthographié dans le fichier, « [[PERSONNE:Lacramiora]] », correction demandée."),
    ("cpam", "accueil_telephonique",
     "Appel {{3646}}. Une femme a reçu un courrier avec « réf. [[IDENTIFIANT:2024-CSS-0784412]] » qui lui demande des justificatifs pour la {{C2S}}. Elle pense que c'est son numéro de sécu. L'agent lui explique, puis lui demande nom et date de naissance : « [[PERSONNE:Myriam Benkhelifa]], [[DATE_NAISSANCE:12-03-1987]] ». Retrouvée. Il manque l'avis d'imposition."),
    ("cpam", "accueil_telephonique",
     "Post-it sur l'écran de l'agente avec les codes de transfert (1 = IJ, 2 = CSS, 3 = invalidité). Elle prend {{65 appels}} par jour en moyenne, temps cible {{6 min}} par appel. Elle dit qu'elle dépasse toujours."),
    ("cpam", "controle_sur_place",
     "Enquête de résidence à {{Manosque}} avec l'agent assermenté. Boîte aux lettres avec 3 noms : [[PERSONNE:Teixeira]] / [[PERSONNE:Marques]] / [[PERSONNE:Ben Youssef]]. L'assuré, M. [[PERSONNE:Manuel Teixeira]], ouvre en pyjama. Il montre une facture {{EDF}} à son nom, réf. client [[IDENTIFIANT:6 012 447 803]], et la quittance. L'agent coche « résidence stable ». {{20 minutes}} en tout."),
    ("ccas", "accueil_physique",
     "Demande d'aide au {{CCAS}} de {{Vitrolles}}. L'agent recopie l'avis d'imposition : numéro fiscal [[IDENTIFIANT:30 12 845 671 902]], référence de l'avis [[IDENTIFIANT:24 13A 0784215 12]], revenu fiscal de référence {{9 412 €}}. M. [[PERSONNE:Messaoudi]] a aussi un échéancier {{SFR}} de {{45 €}} par mois."),
    ("ccas", "accueil_physique",
     "Le {{CCAS}} fait les inscriptions au registre canicule. Une dame vient inscrire sa voisine. Formulaire papier de {{2 pages}}. L'agent dit qu'ils ont {{340 inscrits}} et qu'il en faudrait le triple."),
    ("ccas", "accueil_physique",
     "Mme [[PERSONNE:Ortiz]], 3 enfants, demande une aide pour la cantine. Un agent de la mairie passe dire bonjour, [[PERSONNE:Karim]], « le roi du tableur » d'après l'agente. Elle repart avec un bon de {{50 €}} pour {{Lidl}}."),
    ("ccas", "accueil_telephonique",
     "Une agence immobilière appelle le {{CCAS}} de {{Toulon}} pour une locataire qui ne paie plus. Agence {{Citya}}, réf. dossier locataire [[IDENTIFIANT:CTY-83-2019-00843]], Mme [[PERSONNE:Agnès Roux]], dette {{2 847,12 €}}. L'agent répond qu'il ne peut rien dire sans l'accord de la personne et parle du {{FSL}}."),
    ("ccas", "controle_sur_place",
     "Visite d'évaluation pour une aide ménagère avec le {{CCAS}} de {{Martigues}}. Mme [[PERSONNE:Bernadette]], {{91 ans}}, nous attend avec le café déjà servi. Sur le frigo, le numéro de son fils au feutre : [[TELEPHONE:06.12.87.40.53]]. Il appelle tous les dimanches « à {{11h}} pile »."),
    ("urgences", "accueil_physique",
     "Retour aux urgences de l'hôpital {{Nord}} pour un plâtre. La dame a son courrier de sortie : « Séjour [[IDENTIFIANT:24S0118834]] – IPP [[IDENTIFIANT:1300478215]] ». L'agente tape l'IPP, une seule patiente sort : [[PERSONNE:Kadiatou Sy]], née le [[DATE_NAISSANCE:28/08/1995]]. Rdv plâtre à {{15h40}}."),
    ("urgences", "accueil_physique",
     "Un père avec un bébé de {{3 semaines}} qui respire vite. Passé devant tout le monde, personne râle. L'infirmière d'accueil tape le nom du bébé, « [[PERSONNE:Ilyes Bensaïd]] », et part en courant vers la pédiatrie."),
    ("urgences", "accueil_physique",
     "Accident sur l'{{A7}}. Un gendarme apporte le constat : véhicule A [[IMMATRICULATION:DL-095-QC]], véhicule B immatriculé en Italie [[IMMATRICULATION:EX 447 ZB]]. L'agent d'accueil ne recopie que l'assureur ({{Allianz}}) et le n° de sinistre [[IDENTIFIANT:SIN-24-776203]]. Les 2 conducteurs : [[PERSONNE:Paolo Esposito]] et [[PERSONNE:Laurent Meunier]], ils se parlent pas."),
    ("urgences", "accueil_telephonique",
     "Une infirmière libérale appelle pour un patient qu'elle envoie : « M. [[PERSONNE:Haddad]], diabétique, son médecin c'est le Dr [[PERSONNE:Lévy-Pons]] ». L'agente écrit sur un post-it et le colle sur l'écran de l'IOA."),
    ("urgences", "accueil_telephonique",
     "Le téléphone sonne toutes les {{2 minutes}}. « Urgences bonjour. » La moitié du temps ce sont des gens qui veulent connaître l'attente. Elle répond toujours : « je peux pas vous dire, si c'est grave appelez le {{15}} »."),
    ("chrs", "accueil_physique",
     "Renouvellement de récépissé. Le travailleur social recopie le numéro étranger, AGDREF [[IDENTIFIANT:1302458791]], de M. [[PERSONNE:Abdoulaye Traoré]]. Il y a aussi un numéro de demande {{ANEF}} : [[IDENTIFIANT:13-24-0481275]]. Les deux sont sur un bout de papier froissé. « Le premier c'est le plus important, prenez-le en photo. »"),
    ("chrs", "accueil_physique",
     "Repas de midi au CHRS, {{46 couverts}}. [[PERSONNE:Jo]] fait la vaisselle, il est là depuis {{8 mois}}, il veut devenir cuisinier. Il me montre ses tatouages : un logo de l'{{OM}} et la date de naissance de sa fille, [[DATE_NAISSANCE:07.11.2014]]."),
    ("chrs", "accueil_physique",
     "Réunion d'équipe de {{13h30}}. {{14 situations}} passées en revue en une heure. Tableau blanc des entrées/sorties de la semaine, il n'y a que des initiales et des numéros de chambre. Personne ne prend de notes à part moi."),
    ("chrs", "accueil_telephonique",
     "{{115}} du {{Var}}. Une femme appelle depuis le commissariat de {{Fréjus}}, violences conjugales. L'écoutante : « donnez-moi un numéro pour vous rappeler » → « [[TELEPHONE:zéro sept, quarante-quatre, dix-neuf, quatre-vingt-deux, zéro trois]] ». Mise à l'abri à l'hôtel à {{Saint-Raphaël}}, on lui donne aussi le {{3919}}. Elle s'appelle [[PERSONNE:Sabrina]]."),
    ("chrs", "accueil_telephonique",
     "Tableau de bord du 115 ce soir : {{212 appels}} décrochés sur {{600}} présentés. {{4 écoutants}}. L'un d'eux me dit qu'il reconnaît certains habitués à la voix, avant même qu'ils disent leur nom."),
    ("chrs", "controle_sur_place",
     "Visite de suivi dans un logement d'insertion à {{Cavaillon}}. M. [[PERSONNE:Hocine Belkacem]] a affiché au mur son planning (« [[PERSONNE:Hocine]] : ménage lundi »). Relevé du compteur {{Enedis}}, PDL [[IDENTIFIANT:14 5520 0837 1126]], l'éducateur le note pour la régul de charges."),
    ("france_travail", "accueil_physique",
     "Entretien diagnostic. La conseillère ouvre le dossier de M. [[PERSONNE:Thierry Castel]], identifiant [[ID_FRANCE_TRAVAIL:0583126 T]]. Historique : formation {{CACES R489}} financée par la {{Région Sud}}, session {{24P0877}}, jamais terminée. {{ARE}} à {{38,94 €}} par jour."),
    ("france_travail", "accueil_physique",
     "Un jeune de {{18 ans}} en {{CEJ}} vient avec sa mère, qui parle à sa place tout le temps. Le conseiller finit par dire « c'est [[PERSONNE:Yanis]] qui va répondre, Madame ». Sourire gêné des deux."),
    ("france_travail", "accueil_physique",
     "Une femme veut se lancer en micro-entreprise, coiffure à domicile. Elle a déjà un SIRET perso : [[IDENTIFIANT:852 447 305 00019]]. La conseillère vérifie sur l'annuaire des entreprises. Elle s'appelle [[PERSONNE:Nadège Lautric]], mail [[EMAIL:nadege.coiff83@orange.fr]]. Atelier {{ACRE}} le {{7 novembre}}."),
    ("france_travail", "accueil_physique",
     "Les bornes de l'entrée sont toutes prises par des gens qui font leur actualisation. Un agent aide une dame qui ne sait pas lire, il remplit tout à sa place, « c'est pas le règlement mais bon ». {{11h15}}."),
    ("france_travail", "accueil_telephonique",
     "Appel d'un employeur de {{Gap}}, la {{Boulangerie Arnaud Frères}}, pour l'offre {{180LTMX}}. M. [[PERSONNE:Arnaud]] voudrait joindre un candidat : « le petit [[PERSONNE:Mehdi]], il m'a laissé son numéro [[TELEPHONE:06 74 02 18 65]] mais ça répond jamais ». Le conseiller promet de le relancer."),
    ("france_travail", "accueil_telephonique",
     "Le conseiller appelle une demandeuse pour une prépa concours aide-soignante. « Mme [[PERSONNE:Chérifa Aït Ouali]] ? » Oui. Intéressée mais problème de garde d'enfants. Il note « frein : garde » et parle de la crèche {{AVIP}} de {{Belsunce}}."),
]

NOTES_3 = [
    ("caf", "accueil_physique",
     "M. [[PERSONNE:Giraud]] veut que son {{AAH}} arrive sur son nouveau compte {{Nickel}}, ouvert au bureau de tabac. RIB imprimé : [[IBAN:FR76 1659 8000 0140 0002 7583 181]]. L'agent le tape à la main, le logiciel dit « clé invalide » : il avait tapé [[IBAN:FR76 1659 8000 0140 0002 7538 181]]. Deuxième essai ok."),
    ("caf", "accueil_physique",
     "Jeune femme enceinte de {{7 mois}}, sa déclaration de grossesse n'est jamais arrivée. L'agente appelle la {{Cpam}} sur la ligne partenaires, {{12 min}} d'attente pendant que la dame reste debout. Résolu : la {{PAJE}} sera versée le mois prochain."),
    ("caf", "accueil_physique",
     "Une mère séparée vient pour l'{{ARIPA}}, pension alimentaire impayée. Jugement du {{JAF}} de {{Toulon}}, RG [[IDENTIFIANT:22/03318]], n° Portalis [[IDENTIFIANT:DBXG-W-B7G-CRTZ]]. L'agente : « le RG suffit ». Le père, M. [[PERSONNE:Sébastien Kowalski]], doit {{180 €}} par mois et par enfant. Elle, c'est Mme [[PERSONNE:Laetitia Mercier]], alloc [[N_ALLOCATAIRE:2741086]], versement sur son compte {{Société Générale}} : [[IBAN:FR76 3000 3014 5000 0502 8194 650]]."),
    ("caf", "accueil_telephonique",
     "Vérif d'identité. « Votre date de naissance ? » « Le [[DATE_NAISSANCE:8 du 9 92]]. » « Donc [[DATE_NAISSANCE:08/09/1992]] ? » « Non, [[DATE_NAISSANCE:9 du 8]] pardon, le [[DATE_NAISSANCE:9 août 92]]. » Elles rigolent. Mme [[PERSONNE:Sonia Benali]] appelle pour l'{{ARS}} d'{{août}} qu'elle n'a pas eue."),
    ("caf", "accueil_telephonique",
     "Pic d'appels à {{10h}} : l'écran mural affiche {{47 appels en attente}}. Le superviseur passe dans les rangs, « on raccourcit, on raccourcit ». L'agente à côté de moi soupire et enlève son casque 10 secondes."),
    ("caf", "controle_sur_place",
     "Contrôle {{RSA}} à {{Gap}}. M. [[PERSONNE:Florian Meyer]] vit dans un studio au-dessus d'un garage, [[ADRESSE:3 impasse des Cèdres, 05000 Gap]]. Il montre son relevé {{Crédit Agricole Alpes Provence}}, IBAN [[IBAN:FR76 1130 6000 3072 0145 6321 829]] ; le contrôleur regarde les virements entrants. Un virement « [[PERSONNE:MEYER J]] » de {{200 €}} : c'est sa mère. Pas de souci."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Istres}}, personne absente. Le contrôleur glisse un avis de passage sous la porte. Il ne revient pas, il enverra une convocation. À la {{2e}} absence, suspension possible. Il dit que ça lui fait toujours un peu mal."),
    ("cpam", "accueil_physique",
     "M. [[PERSONNE:Kevorkian]] donne son numéro de sécu de mémoire : « [[NIR:1 60 09 13 001 553 07]] ». L'agente : « ça passe pas ». Il sort sa carte vitale : [[NIR:1 60 09 13 001 355 07]], il avait inversé deux chiffres. Né à {{Aix}} en [[DATE_NAISSANCE:septembre 1960]], il vient pour sa pension d'invalidité."),
    ("cpam", "accueil_physique",
     "Bornes {{Ameli}} dans le hall : une seule marche sur 3. Un monsieur âgé tape sur l'écran comme sur une machine à écrire. Le jeune en service civique vient l'aider. {{9h40}}."),
    ("cpam", "accueil_physique",
     "M. [[PERSONNE:Dirk Vermeulen]], retraité belge installé à {{Menton}}, veut ses remboursements sur son compte en Belgique : [[IBAN:BE40 0634 1725 8063]]. L'agent dit que c'est possible (zone {{SEPA}}), mais d'abord le formulaire {{S1}} pour l'affiliation. Il parle flamand avec sa femme."),
    ("cpam", "accueil_telephonique",
     "Appel d'une pharmacienne de {{Briançon}} : carte vitale refusée. Elle lit le NIR sur son écran : « [[NIR:2 96 02 05 061 027 26]] ». Patiente née à {{Gap}}, [[DATE_NAISSANCE:février 96]], Mme [[PERSONNE:Chloé Fabre]]. L'agent voit des droits fermés au {{31/12}} : changement de situation, étudiante devenue salariée. Mise à jour faite pendant l'appel."),
    ("cpam", "accueil_telephonique",
     "Formation express entre deux appels : la superviseure montre le nouveau script pour les arrêts de travail dématérialisés. Les agents rigolent du mot « omnicanal ». {{10 minutes}} et retour au casque."),
    ("cpam", "controle_sur_place",
     "Contrôle d'arrêt de travail à {{Carpentras}}. M. [[PERSONNE:Gimenez]] est là, jambe dans une attelle. L'agent vérifie la carte d'identité, n° [[IDENTIFIANT:X4RTB2PF8]], et relit l'employeur sur l'arrêt : {{Transports Reyes & Fils}}. Tout est conforme, {{8 minutes}}."),
    ("ccas", "accueil_physique",
     "Mme [[PERSONNE:Nadia Cherif]] a 2 factures : {{Engie}}, réf. client [[IDENTIFIANT:301 448 917 250]], et la {{SEM}} pour l'eau, contrat n° [[IDENTIFIANT:2087-4412-09]]. L'agent appelle la ligne solidarité d'Engie ({{09 69 39 99 93}}) pour un échéancier. La musique d'attente c'est du {{Vivaldi}}."),
    ("ccas", "accueil_physique",
     "Une dame de {{Saint-Barthélemy}} (le quartier) vient pour une aide aux obsèques de son mari. L'agent lui tend un mouchoir avant qu'elle ait parlé. Plafond de l'aide : {{800 €}}. Devis des pompes funèbres {{Roblot}} : {{3 900 €}}."),
    ("ccas", "accueil_physique",
     "Permanence d'accès au droit le {{mercredi}} au {{CCAS}} : l'avocate arrive à {{14h}}, {{6 rdv}} de 20 min. Liste d'attente jusqu'à {{fin octobre}}."),
    ("ccas", "accueil_telephonique",
     "Un monsieur a perdu son attestation de domiciliation. « Vous êtes domicilié sous quel numéro ? » « [[IDENTIFIANT:D 13 - 0457]] ». Introuvable. Avec le nom, [[PERSONNE:Marius Castellani]], et la date de naissance, [[DATE_NAISSANCE:02/11/1958]], l'agent le trouve : c'est [[IDENTIFIANT:D13-0475]]. Il passe la chercher à {{14h}}."),
    ("ccas", "accueil_telephonique",
     "Appel d'une voisine inquiète : le monsieur du dessus, M. [[PERSONNE:Roger]], n'a plus ouvert ses volets depuis {{3 jours}}. L'agent prévient la {{police municipale}} et rappelle la voisine {{40 min}} plus tard : il était chez sa fille."),
    ("ccas", "controle_sur_place",
     "Visite chez Mme [[PERSONNE:Suzanne Attard]], {{63 ans}}, opérée de la hanche. Elle sort le courrier de la {{Carsat}} : son n° de retraite, c'est son numéro de sécu, [[NIR:2 62 08 04 070 009 11]] (née à {{Digne}}). Dossier d'aide ménagère temporaire rempli sur la table de la cuisine."),
    ("urgences", "accueil_physique",
     "Une patiente arrive avec la lettre de son médecin traitant, Dr [[PERSONNE:Mireille Sabatier]], tampon avec le RPPS [[IDENTIFIANT:10003456789]]. L'agente le recopie pas, elle scanne. En bas du papier de l'hôpital, le {{FINESS}} {{130786049}}."),
    ("urgences", "accueil_physique",
     "{{17h}}, changement d'équipe. Transmission orale entre les 2 agentes d'accueil : « le monsieur en jaune attend son taxi, la dame du {{box 6}} on attend sa fille ». Aucun nom prononcé, je le remarque."),
    ("urgences", "accueil_physique",
     "Une grand-mère amène son petit-fils tombé du toboggan. Le petit est sur la carte vitale du père, qui n'est pas là. L'agente note le nom du père, « [[PERSONNE:Karim Bouaziz]] », et « à régulariser ». Le gamin, [[PERSONNE:Adam]], veut voir l'ambulance."),
    ("urgences", "accueil_physique",
     "Parking des urgences d'{{Avignon}}. L'agent de sécurité vient à l'accueil : « la Clio [[IMMATRICULATION:4521 TZ 84]] bloque l'ambulance ». Annonce au micro, lettre par lettre : « [[IMMATRICULATION:quatre-cinq-deux-un T Z quatre-vingt-quatre]] ». Un jeune en survêt sort en courant."),
    ("urgences", "accueil_telephonique",
     "L'EHPAD {{Les Oliviers}} prévient qu'il envoie une résidente : Mme [[PERSONNE:Yvonne Blanc]], née le [[DATE_NAISSANCE:3 mars 1932]], {{chambre 14}}. L'infirmière, [[PERSONNE:Anaïs]], laisse sa ligne directe pour le retour : [[TELEPHONE:04 90 71 22 48]]. L'agente répète le numéro deux fois."),
    ("urgences", "accueil_telephonique",
     "Un homme appelle pour savoir s'il peut venir aux urgences pour un certificat médical de sport. « Non monsieur, c'est pas le rôle des urgences. » Il insiste. Elle raccroche poliment au bout de {{4 min}}."),
    ("chrs", "accueil_physique",
     "Ouverture de compte pour M. [[PERSONNE:Mamadou Bah]], l'éducatrice l'aide avec le dossier {{La Banque Postale}} (droit au compte, courrier de la {{Banque de France}}). Nouveau RIB : [[IBAN:FR95 2004 1010 0715 7209 3R02 997]]. Elle le recopie sur le formulaire {{RSA}}. Passeport guinéen n° [[IDENTIFIANT:R0478215]]."),
    ("chrs", "accueil_physique",
     "Salle télé. Deux résidents se disputent la télécommande : l'un veut le match de l'{{OM}}, l'autre « {{Les Feux de l'amour}} ». Le veilleur, [[PERSONNE:Fabrice]], tranche : le match."),
    ("chrs", "accueil_physique",
     "Bureau des éducs, {{16h}}. Le fixe sonne sans arrêt. Une éduc dit que le plus dur c'est les sorties « vers rien » : {{3 personnes}} sorties ce mois-ci sans solution."),
    ("chrs", "accueil_telephonique",
     "{{115}} des {{Bouches-du-Rhône}}. Une assistante sociale de l'hôpital {{Édouard-Toulouse}} appelle pour un patient sortant. Elle lit la réf. SIAO « [[IDENTIFIANT:SIAO13-2023-08 817]] »... puis « non pardon, [[IDENTIFIANT:SIAO13-2023-08871]] ». M. [[PERSONNE:Rachid Ould Ahmed]]. L'écoutant demande la fiche de liaison sur la boîte fonctionnelle {{orientation@siao13.fr}}."),
    ("chrs", "accueil_telephonique",
     "Une femme rappelle pour la 4e fois de la soirée. L'écoutante la reconnaît : « bonsoir Madame [[PERSONNE:Nkosi]] ». Toujours pas de place. Elle lui parle {{8 minutes}} quand même, « pour qu'elle entende une voix »."),
    ("chrs", "controle_sur_place",
     "Maraude sur le parking du {{Prado}} : un couple vit dans un vieux Trafic immatriculé [[IMMATRICULATION:6172 XK 13]]. La femme, [[PERSONNE:Céline]], donne son numéro pour le suivi : [[TELEPHONE:+33 6 45 91 08 27]]. L'éducateur écrit « véhicule » dans la case adresse."),
    ("france_travail", "accueil_physique",
     "M. [[PERSONNE:Hamza Boudjema]] a reçu un courrier de trop-perçu, réf. [[IDENTIFIANT:TP-2024-13-0074412]], {{1 236,00 €}}. Il lit son identifiant à la conseillère : « [[ID_FRANCE_TRAVAIL:613 0487 R]] ». Mission d'intérim chez {{Adecco}} en {{juin}} non déclarée. Échéancier possible, elle lui donne un modèle de demande de remise de dette."),
    ("france_travail", "accueil_physique",
     "Atelier « réussir son entretien », {{8 participants}}. Jeu de rôle : la conseillère joue le recruteur, « M. [[PERSONNE:Dupuis]], de chez {{Decathlon}} ». [[PERSONNE:Inès]] se lève et lui serre la main pour de vrai, tout le monde applaudit."),
    ("france_travail", "accueil_physique",
     "Les bureaux sont en flex office, les conseillers changent de place chaque jour. Celui que je suis trimballe un petit cactus dans son sac. {{9h}} premier rdv, puis {{9h30}}, {{10h}}, ça s'enchaîne."),
    ("france_travail", "accueil_telephonique",
     "Appel transféré du {{3949}}. « Mon identifiant c'est [[ID_FRANCE_TRAVAIL:huit quatre deux zéro six un trois A]]. » Le conseiller : « A comme {{Anatole}} ? » « Oui. » → [[ID_FRANCE_TRAVAIL:8420613A]]. Il veut une attestation pour la {{Caf}}."),
]

NOTES_4 = [
    ("caf", "accueil_physique",
     "Changement d'adresse au guichet. M. [[PERSONNE:Sofiane Larbi]] écrit sur le formulaire : [[ADRESSE:41 avenue de la Viste, 13051 Marseille]]. L'agente : « 13051 ça existe pas, c'est 13015 ». Il corrige : [[ADRESSE:41 avenue de la Viste, 13015 Marseille]]. Nouveau bailleur {{Erilia}}, réf. [[IDENTIFIANT:ERI/13/0098712]]. N° alloc [[N_ALLOCATAIRE:6603251]]."),
    ("caf", "accueil_physique",
     "Une dame en fauteuil roulant n'arrive pas au {{guichet 2}}, trop haut. L'agente fait le tour et s'accroupit à côté d'elle. {{AAH}} + {{MVA}}, le renouvellement n'est pas encore notifié, dossier {{MDPH}} n° [[IDENTIFIANT:013-2024-044512]]. Mme [[PERSONNE:Françoise Meunier-Abadie]] dit que c'est la troisième fois qu'elle vient."),
    ("caf", "accueil_physique",
     "{{11h50}}, les agents commencent à regarder l'horloge. Pause déj de {{12h15}} à {{13h}}, l'accueil reste ouvert avec un seul agent. La file s'allonge à vue d'œil."),
    ("caf", "accueil_physique",
     "Pour recevoir les courriers par mail, l'agent crée l'espace {{Mon Compte}}. La dame dicte : « [[EMAIL:fatou point ndiaye quatre-vingt-cinq arobase gmail point com]] ». Il tape [[EMAIL:fatou.ndiaye85@gmail.com]]. Le code de validation arrive sur son tel ([[TELEPHONE:07 62 15 93 48]]) en {{30 secondes}}, elle est épatée."),
    ("caf", "accueil_telephonique",
     "Un assistant social de l'hôpital de {{Digne-les-Bains}} appelle pour une patiente, n° alloc « [[N_ALLOCATAIRE:18 50 394]] », hospitalisée depuis {{3 mois}} : l'{{AAH}} va être réduite. Il laisse le standard de l'hôpital, {{04 92 30 15 00}}, et son {{poste 4127}}."),
    ("caf", "accueil_telephonique",
     "Une mère appelle en pleurs, compte bloqué, l'{{ASF}} pas arrivée. L'agente la calme, vérifie : versement parti {{le 5}}, il arrive {{le 8}}. « Vous me promettez ? » « Je vous promets, Madame [[PERSONNE:Rahmouni]]. »"),
    ("caf", "controle_sur_place",
     "Contrôle à la {{Belle de Mai}}. Sur la sonnette : « [[PERSONNE:DIALLO]] / [[PERSONNE:SYLLA]] ». Mme [[PERSONNE:Aminata Sylla]] explique que M. [[PERSONNE:Diallo]] est son frère, hébergé pour quelques semaines. Le contrôleur demande l'attestation d'hébergement et le titre de séjour du frère, n° [[IDENTIFIANT:1302917846]]. Logement : [[ADRESSE:12 rue Belle de Mai, 13003 Marseille]]."),
    ("caf", "controle_sur_place",
     "Le contrôleur me montre sa tablette : {{42 champs}} à remplir par contrôle. Le plus long c'est la conclusion, il la rédige au bureau le lendemain, {{20 min}} par dossier."),
    ("cpam", "accueil_physique",
     "Mme [[PERSONNE:Yasmina Kaci]] vient rattacher son bébé : [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:14 avril 2025]] à la {{Conception}}. Sur le bulletin de la maternité, n° de séjour [[IDENTIFIANT:MAT-25-011487]]. L'agent lit le NIR de la mère sur sa carte : [[NIR:2 85 12 13 004 133 76]] (elle est née à {{Arles}})."),
    ("cpam", "accueil_physique",
     "Sur le comptoir, un présentoir de dépliants : « {{M'T dents}} », « {{Mon soutien psy}} », dépistage du cancer colorectal. Personne n'en prend. L'agent dit qu'il les remplace quand ils jaunissent."),
    ("cpam", "accueil_telephonique",
     "Un monsieur appelle du {{Maroc}}, où il est né et où il passe l'été : il a perdu sa carte vitale. Il donne son numéro : « [[NIR:1 71 04 99 350 402 32]] ». M. [[PERSONNE:Abdelkader El Amrani]], né en [[DATE_NAISSANCE:71]]. L'agent fait opposition et la nouvelle carte part à [[ADRESSE:7 traverse des Platanes, 13013 Marseille]]."),
    ("cpam", "accueil_telephonique",
     "Appel d'une kiné qui veut savoir pourquoi ses factures sont rejetées. L'agent la renvoie vers la ligne des professionnels de santé. « C'est pas ici Madame. » « Ça fait {{3 semaines}} qu'on me renvoie partout ! »"),
    ("cpam", "controle_sur_place",
     "Contrôle d'arrêt à {{Orange}}. Mme [[PERSONNE:Virginie Lopez]] est dans son lit avec une bouillotte. L'agent note le n° de l'avis d'arrêt, [[IDENTIFIANT:AAT 84 2025 118 733]], et l'adresse lue sur la boîte aux lettres : [[ADRESSE:Les Terrasses d'Orange, bât. 2, appt 31]]. « Conforme », {{5 minutes}}."),
    ("ccas", "accueil_physique",
     "M. [[PERSONNE:Ferreira]] tend sa facture {{EDF}}. L'agent recopie la réf. client [[IDENTIFIANT:6 014 778 320]]... « attendez, c'est un 3 ou un 8 ? » → [[IDENTIFIANT:6 014 778 820]]. Montant dû {{612,45 €}}, demande de {{FSL}} énergie. Il est mécanicien au {{Garage Ferreira & Fils}} à {{La Ciotat}}, la boîte de son oncle."),
    ("ccas", "accueil_physique",
     "Une jeune femme demande un colis alimentaire. Sur la fiche elle écrit son prénom, « [[PERSONNE:Lou-Anne]] », puis s'arrête : « je sais pas si j'y ai droit ». Elle y a droit."),
    ("ccas", "accueil_physique",
     "Affiche au mur : « LE {{CCAS}} NE DONNE PAS D'ARGENT LIQUIDE ». L'agent dit que c'est à cause du bouche-à-oreille. Salle d'attente : {{8 chaises}}, {{11 personnes}}."),
    ("ccas", "accueil_telephonique",
     "Une assistante sociale de la {{MDS}} de {{Hyères}} appelle pour un dossier commun : n° département [[IDENTIFIANT:83-MDS-2025-0412]], Mme [[PERSONNE:Leïla Hammadi]], née le [[DATE_NAISSANCE:30 novembre 1990]]. Pour la suite elle donne son mail : [[EMAIL:c.morel@var-departement.fr]]."),
    ("ccas", "controle_sur_place",
     "Visite chez un couple âgé à {{Sisteron}}. M. [[PERSONNE:Albert Rey]] montre fièrement le portrait de sa femme jeune. Madame, [[PERSONNE:Paulette]], corrige : « c'est ma sœur ». Le compteur d'eau fuit, n° de compteur [[IDENTIFIANT:A17BH042317]], l'agent le note pour la {{SAUR}}."),
    ("urgences", "accueil_physique",
     "Un homme arrive avec une ordonnance et sa carte européenne roumaine. L'agente recopie son numéro personnel (CNP) : [[IDENTIFIANT:1780312400159]]. [[PERSONNE:Ionuț Stan]]. Adresse en France ? « [[ADRESSE:camping Les Pins Parasols, emplacement 47]], à {{Fréjus}} ». Elle l'écrit telle quelle."),
    ("urgences", "accueil_physique",
     "Le distributeur de boissons est en panne depuis {{2 semaines}}. Affiche écrite à la main : « en panne, merci de ne pas taper dessus ». Quelqu'un tape dessus."),
    ("urgences", "accueil_physique",
     "Deux policiers amènent un homme menotté pour un certificat de compatibilité avec la garde à vue. L'agente enregistre [[PERSONNE:Kevin Baliardo]], né en [[DATE_NAISSANCE:2001]]. Le brigadier, [[PERSONNE:Santos]], s'assoit et joue à {{Candy Crush}}."),
    ("urgences", "accueil_telephonique",
     "Le {{SAMU}} appelle pour annoncer une arrivée : « patiente de {{82 ans}}, Mme [[PERSONNE:Pellegrin]], dossier de régulation [[IDENTIFIANT:R-06-25-113408]] ». L'agente crée la pré-admission avant que l'ambulance soit là."),
    ("chrs", "accueil_physique",
     "M. [[PERSONNE:Wali Ahmadzai]], afghan, {{24 ans}}, réfugié depuis {{mars}}. Il montre sa décision {{OFPRA}}, n° [[IDENTIFIANT:2410-3857-8]]. L'éducatrice crée son compte {{Caf}} avec lui, mail [[EMAIL:ahmadzai.wali@yahoo.com]] ; il ne connaissait pas son mot de passe, on en refait un."),
    ("chrs", "accueil_physique",
     "Atelier cuisine. Mme [[PERSONNE:Diop]] fait du mafé pour tout le monde, [[PERSONNE:Sergueï]] coupe les oignons en pleurant, « c'est les oignons ». {{20 personnes}} à table."),
    ("chrs", "accueil_physique",
     "Une résidente, [[PERSONNE:Gaëlle Marchetti]], a un dossier de surendettement. Courrier de la {{Banque de France}}, dossier n° [[IDENTIFIANT:0132024081547]], commission de {{Marseille}}. Sur son post-it elle avait noté « [[IDENTIFIANT:013 2024 081 574]] », l'éduc compare et corrige. Décision sous {{3 mois}}."),
    ("chrs", "accueil_telephonique",
     "{{115}} de {{Vaucluse}}. Un homme appelle d'un téléphone prêté par un passant, « c'est pas le mien ». L'écoutant note quand même le numéro affiché : [[TELEPHONE:06 03 58 71 14]]. [[PERSONNE:Patrick]], {{59 ans}}, dort le long des remparts d'{{Avignon}}. Une place à la halte de nuit à {{21h}}."),
    ("chrs", "accueil_telephonique",
     "Entre deux appels, l'écoutante grignote des gâteaux apéro. « Le pire c'est quand on doit dire non à une famille avec un bébé. » Ce soir c'est arrivé {{3 fois}} en {{1 heure}}."),
    ("chrs", "accueil_telephonique",
     "Une conseillère de la {{Mission locale}} appelle pour un jeune qui sort de l'{{ASE}}. Identifiant SIAO [[IDENTIFIANT:84-2025-000917]]. [[PERSONNE:Enzo Martinez]], né le [[DATE_NAISSANCE:3 juin 2006]]. Elle demande si un {{FJT}} est possible, l'écoutant dit qu'il faut passer par la commission."),
    ("chrs", "controle_sur_place",
     "Visite d'un appartement relais à {{Pontcarral}}, {{Toulon}}. L'éducateur teste le détecteur de fumée. Le résident, [[PERSONNE:Sami]], a collé une photo de sa fille sur le frigo et une carte postale de {{Tataouine}}. Adresse de l'appart : [[ADRESSE:58 avenue Colonel Picot, 83100 Toulon]]."),
    ("chrs", "controle_sur_place",
     "Tournée des appartements diffus : {{4 logements}} en {{2 h}}. L'éducatrice a un trousseau de {{30 clés}} étiquetées par couleur, pas par nom, « au cas où je le perds »."),
    ("france_travail", "accueil_physique",
     "Aide à la mobilité : M. [[PERSONNE:Julien Roussel]] a trouvé un CDD à {{Sisteron}} mais sa voiture est en panne. Devis du garage {{Auto Service Durance}} pour la voiture [[IMMATRICULATION:BX 213 FW]] : {{740 €}}, facture n° [[IDENTIFIANT:F-2025-00417]]. Identifiant [[ID_FRANCE_TRAVAIL:5038176L]]. Réponse sous {{10 jours}}."),
    ("france_travail", "accueil_physique",
     "Un monsieur sourd vient avec une interprète {{LSF}}. Le conseiller parle trop vite, l'interprète lève la main, tout le monde rit. Lui c'est [[PERSONNE:Olivier]], {{43 ans}}, ancien préparateur de commandes."),
    ("france_travail", "accueil_physique",
     "Mme [[PERSONNE:Huong Tran]] a besoin d'une aide à la garde d'enfants ({{AGEPI}}) pour accepter l'offre {{181DWRP}}, auxiliaire de puériculture à {{Aix}}. La conseillère appelle la crèche, puis la rappelle elle devant moi : [[TELEPHONE:06 29 84 17 53]], messagerie. Formulaire {{Cerfa 14887*03}} à joindre."),
    ("france_travail", "accueil_telephonique",
     "Un demandeur a changé de numéro : ancien [[TELEPHONE:06 11 72 48 35]], nouveau [[TELEPHONE:07 81 09 66 42]]. Il donne son identifiant « [[ID_FRANCE_TRAVAIL:3091582Y]] », le conseiller entend « i » et tape [[ID_FRANCE_TRAVAIL:3091582I]], ça passe pas, il corrige. M. [[PERSONNE:Lucas Fernandes]] râle gentiment."),
]

NOTES_5 = [
    ("caf", "accueil_physique",
     "Mme [[PERSONNE:Rosa Pereira]] apporte un RIB {{Caisse d'Épargne CEPAC}} pour l'{{AEEH}} de son fils. L'agent lit le RIB à l'ancienne, banque / guichet / compte / clé : « [[IBAN:11315 00001 04712395841 75]] », puis l'IBAN en dessous : [[IBAN:FR76 1131 5000 0104 7123 9584 175]]. « C'est bon, c'est le même compte. » Alloc [[N_ALLOCATAIRE:1309765]]."),
    ("caf", "accueil_physique",
     "Un monsieur demande où on signe pour « la prime {{Macron}} ». L'agente explique que ça n'existe plus comme ça, qu'il faut voir la {{prime d'activité}}. « Mais il l'a dit à la télé ! » Tout le guichet sourit."),
    ("caf", "accueil_physique",
     "Courrier de la {{Caf des Bouches-du-Rhône}} avec en haut « Réf. : [[IDENTIFIANT:CTX/24/0017/PH]] » : c'est le contentieux, fraude présumée. M. [[PERSONNE:Brahim Touati]] est très stressé. L'agente n'a pas accès à ce service, elle lui donne le {{3230}} et le nom du service, « contentieux, bureau {{B214}} »."),
    ("caf", "accueil_telephonique",
     "Une dame lit son attestation de paiement : « n° dossier [[N_ALLOCATAIRE:0472913]] ». L'agente : « le zéro devant vous pouvez l'oublier, [[N_ALLOCATAIRE:472913]] ». « Et votre nom ? » « [[PERSONNE:Nathalie Bensoussan]]. » Elle n'a pas reçu la {{prime de Noël}} du {{RSA}}, {{152,45 €}}."),
    ("caf", "accueil_telephonique",
     "L'agente me montre sa « fiche réflexe » plastifiée : {{12 cas}} fréquents, elle l'a faite elle-même. Le n°1 c'est « je n'ai pas reçu mon virement »."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Draguignan}}. Monsieur déclaré seul ; dans l'allée, 2 voitures : la sienne, [[IMMATRICULATION:fg-418-ht]] (écrite en minuscules dans le carnet du contrôleur), et une autre, [[IMMATRICULATION:GK-903-RB]], « à ma copine qui passe le week-end ». Le contrôleur note les deux. M. [[PERSONNE:Cédric Vasseur]], [[ADRESSE:9 lotissement Les Lauriers, 83300 Draguignan]]."),
    ("cpam", "accueil_physique",
     "L'agent aide un jeune à créer son compte {{Ameli}} : NIR, mail, code reçu par courrier. Mail : [[EMAIL:lenny_dbz13@outlook.fr]]. NIR : [[NIR:1 01 12 13 215 066 16]], né en [[DATE_NAISSANCE:décembre 2001]] dans le {{15e}}. Il l'avait noté sur son tel sans espaces, « [[NIR:101121321506616]] ». M. [[PERSONNE:Lenny Abbas]] repart avec son compte ouvert."),
    ("cpam", "accueil_physique",
     "La file prioritaire est occupée par un monsieur qui n'est pas prioritaire. Personne ne dit rien. L'agent de sécurité hausse les épaules. {{10h30}}."),
    ("cpam", "accueil_telephonique",
     "Un assuré a reçu une facture du {{CHU de Nice}} : « facture n° [[IDENTIFIANT:0612-24-0457781]], patient n° [[IDENTIFIANT:P0031457822]] », {{19,61 €}}. Il croit à une erreur. L'agent explique le forfait patient urgences ({{FPU}}), remboursé par la mutuelle. M. [[PERSONNE:Marcel Ughetto]] : « on paie pour attendre, quoi »."),
    ("cpam", "accueil_telephonique",
     "Une dame appelle pour le capital décès de son mari. L'agent demande le NIR du défunt, elle le lit sur l'ancienne carte : « [[NIR:1 53 02 99 139 031 17]] ». Il était né au {{Portugal}}, à {{Braga}}. M. [[PERSONNE:António Carvalho]]. L'agent présente ses condoléances, et ça a l'air sincère."),
    ("cpam", "accueil_telephonique",
     "Appel de {{23 minutes}} pour une seule question : pourquoi le remboursement des lunettes est de {{0 €}}. Réponse : monture hors {{100 % Santé}}. La dame dit « ah » et raccroche."),
    ("cpam", "controle_sur_place",
     "Contrôle à {{Aubagne}}. M. [[PERSONNE:Hakim Zitouni]] est en arrêt pour lombalgie mais il repeint sa cuisine. L'agent note juste « présent ». Dans la voiture : « c'est pas à moi de juger, le médecin-conseil verra ». Devant la maison, un utilitaire [[IMMATRICULATION:EN-551-KT]] floqué « {{Zitouni Multiservices}} »."),
    ("ccas", "accueil_physique",
     "Aide pour l'assurance habitation {{MACIF}} : avis d'échéance, sociétaire n° [[IDENTIFIANT:4 287 113 T]], {{214,60 €}}. Mme [[PERSONNE:Djamila Saïdi]] n'a pas pu payer, compte à découvert. L'agent propose {{150 €}} versés directement à l'assureur."),
    ("ccas", "accueil_physique",
     "Un monsieur très poli demande s'il peut recharger son téléphone. Oui, prise derrière le comptoir. Il s'appelle [[PERSONNE:Gaston]], il attend un appel du {{SIAO}} depuis ce matin."),
    ("ccas", "accueil_telephonique",
     "Un office notarial appelle pour une succession, étude {{SCP Sauvaire-Giraud}}, réf. dossier [[IDENTIFIANT:2025/0147/JS]]. Défunte : Mme [[PERSONNE:Germaine Olivieri]], née le [[DATE_NAISSANCE:17 juillet 1936]], aidée par le {{CCAS}} depuis des années. L'agent demande une demande écrite avant de dire quoi que ce soit."),
    ("ccas", "controle_sur_place",
     "Visite pour une demande de téléassistance. Mme [[PERSONNE:Huguette]], {{86 ans}}, [[ADRESSE:résidence Le Parc Fleuri, bât. A, 06110 Le Cannet]]. Contact n°1 : son voisin, [[TELEPHONE:04 93 45 82 17]] ; contact n°2 : sa nièce à {{Lyon}}, [[TELEPHONE:06 58 40 12 99]]."),
    ("ccas", "controle_sur_place",
     "Pas de lumière dans l'escalier, l'agente éclaire avec son téléphone. {{4e}} étage sans ascenseur. Elle dit qu'elle fait {{15 000 pas}} les jours de visites."),
    ("urgences", "accueil_physique",
     "Une touriste allemande, cheville tordue sur la plage à {{Nice}}. Pas de carte européenne. L'agente note le passeport, [[IDENTIFIANT:C01X00T47]], et l'hôtel : {{hôtel Westminster}}, {{chambre 512}}. [[PERSONNE:Hannah Schmitt]], née le [[DATE_NAISSANCE:1987-06-21]]. L'agente parle anglais avec l'accent niçois, c'est très mignon."),
    ("urgences", "accueil_physique",
     "Une mère et sa fille ado. La fille ne veut pas que sa mère entre en consultation avec elle. L'infirmière d'accueil tranche : « [[PERSONNE:Maëlys]] a {{16 ans}}, c'est elle qui décide ». La mère reste en salle d'attente, vexée."),
    ("urgences", "accueil_physique",
     "Une valise à roulettes laissée près de l'entrée. Alerte, la sécurité arrive, ouvre : des vêtements et une boîte de biscuits. Le propriétaire revient des toilettes. {{15h05}}."),
    ("urgences", "accueil_telephonique",
     "Une femme appelle pour un compte rendu. « Votre numéro de dossier ? » Elle lit : « IPP [[IDENTIFIANT:zéro zéro deux un, huit huit quatre, zéro six un]] ». Mme [[PERSONNE:Samira Lahlou]]. « Je vous passe le secrétariat, {{poste 5532}}. » Ça sonne dans le vide."),
    ("chrs", "accueil_physique",
     "Entretien d'admission au CHRS de {{Carpentras}}. Fiche : [[PERSONNE:Ana Sánchez Ortega]], née le [[DATE_NAISSANCE:21/01/1976]] en {{Espagne}}, NIR [[NIR:2 76 01 99 134 088 81]], orientation SIAO n° [[IDENTIFIANT:SIAO84-2025-01137]]. Elle demande si son chat, {{Pirate}}, peut venir. Non."),
    ("chrs", "accueil_physique",
     "Le coiffeur bénévole vient le {{jeudi}}. {{9 coupes}} ce matin. [[PERSONNE:Momo]] veut « comme {{Jul}} », le coiffeur dit qu'il va essayer."),
    ("chrs", "accueil_telephonique",
     "{{115}} des {{Alpes-de-Haute-Provence}} : {{11 places}} pour tout le département. Un appelant de {{Manosque}} épelle son nom : « [[PERSONNE:B-E-N-H-A-M-O-U-D-A]] », l'écoutant écrit [[PERSONNE:Benhamouda]]. Il donne un numéro lu sur un papier, [[TELEPHONE:06 48 75 30 21]], « c'est celui de mon cousin »."),
    ("chrs", "accueil_telephonique",
     "L'écoutant a un cahier avec les numéros des hôtels partenaires, tous au crayon parce que ça change. {{17 hôtels}} dans le département. Ce soir, {{2}} répondent."),
    ("chrs", "accueil_telephonique",
     "Une infirmière du {{CHU}} de {{Nice}} appelle pour une sortie d'hospitalisation : M. [[PERSONNE:Giorgi Beridze]], géorgien, IPP [[IDENTIFIANT:0604571238]], sortie prévue {{vendredi}}. Elle laisse son mail pro, [[EMAIL:sandrine.peyre@chu-nice.fr]]. L'écoutant : sans demande SIAO, pas de place."),
    ("chrs", "controle_sur_place",
     "Visite sur un terrain squatté du 14e avec l'équipe mobile. Famille [[PERSONNE:Covaci]], {{7 personnes}}, [[ADRESSE:terrain de la Parette, caravane 12]]. Le père montre sa carte d'identité roumaine, n° [[IDENTIFIANT:RX 482917]]. Les enfants ne sont pas scolarisés, l'éducatrice note le nom de l'école la plus proche."),
    ("france_travail", "accueil_physique",
     "Le conseiller regarde l'attestation employeur apportée par M. [[PERSONNE:Youssouf Mmadi]] : SIRET de l'entreprise {{412 873 541 00028}}, et le numéro de sécu du salarié recopié à la main par la RH, [[NIR:1 83 08 99 397 142 07]]. Il est né aux {{Comores}} en [[DATE_NAISSANCE:août 83]]. Identifiant [[ID_FRANCE_TRAVAIL:7214690 E]]."),
    ("france_travail", "accueil_physique",
     "Une femme de {{61 ans}} demande si ça vaut encore le coup de chercher. Le conseiller met {{5 secondes}} à répondre. « Oui. » [[PERSONNE:Martine]] a été secrétaire médicale pendant {{30 ans}}."),
    ("france_travail", "accueil_physique",
     "Atelier numérique. La conseillère projette un CV modèle : « [[PERSONNE:Sophie Martin]], [[ADRESSE:10 rue de la République, 13001 Marseille]], [[TELEPHONE:06 00 00 00 00]], [[EMAIL:sophie.martin@email.com]] ». Chacun doit remplacer par ses infos. Offre d'exercice : {{179ZTNH}}."),
    ("france_travail", "accueil_physique",
     "Le conseiller me dit qu'il suit {{327 demandeurs}}. Il en voit vraiment peut-être {{60}}. « Les autres, je les connais par leur numéro. »"),
    ("france_travail", "accueil_telephonique",
     "Appel sortant vers une entreprise de conditionnement de melons à {{Cavaillon}}. La RH, Mme [[PERSONNE:Sandrine Pourcel]], a reçu {{12 candidatures}} pour l'offre {{180PQXV}}, dont celle d'un « [[PERSONNE:Moussa]] » qui a laissé un numéro incomplet ([[TELEPHONE:06 18 42 37]]). Le conseiller retrouve le bon : [[TELEPHONE:06 18 42 37 90]]."),
    ("france_travail", "accueil_telephonique",
     "Une demandeuse a reçu un SMS « votre compte {{France Travail}} sera suspendu, cliquez ici ». Arnaque, confirme le conseiller. Elle avait déjà donné son identifiant, [[ID_FRANCE_TRAVAIL:9305174 J]], et son IBAN, [[IBAN:FR76 3000 4028 1700 0104 5832 751]]. Il lui dit d'appeler sa banque tout de suite."),
    ("france_travail", "accueil_telephonique",
     "La liste des appels à passer aujourd'hui : {{18}}. Il en a fait {{7}} à {{11h}}. « Pas de déjeuner aujourd'hui », dit-il en riant à moitié."),
]

NOTES_6 = [
    ("caf", "accueil_physique",
     "Un couple vient déclarer des jumeaux. Actes de naissance de la mairie de {{Marseille}} : [[PERSONNE:Nour]] et [[PERSONNE:Naël Haddouche]], nés le [[DATE_NAISSANCE:2 septembre 2025]]. L'agent ajoute les enfants au dossier [[N_ALLOCATAIRE:5817432]]. Le père demande si la {{prime de naissance}} est doublée : oui, une par enfant."),
    ("caf", "accueil_physique",
     "M. [[PERSONNE:Olivier Tchakounté]] donne un RIB {{LCL}} dont le numéro de compte finit par une lettre. L'agent lit : « [[IBAN:FR71 3000 2088 2100 0046 7913 K87]] », « K comme {{Kilo}} ? ». Le monsieur : « je sais pas, c'est la banque qui l'a écrit ». Ça passe du premier coup."),
    ("caf", "accueil_physique",
     "Une bénévole d'une asso d'alphabétisation accompagne deux femmes, elle traduit en arabe et en tamazight. L'agente ralentit, fait des phrases courtes. {{25 minutes}} pour un changement de situation, mais tout est fait."),
    ("caf", "accueil_telephonique",
     "Une allocataire ne reçoit plus les mails de la {{Caf}}. L'agente lit l'adresse enregistrée : « [[EMAIL:sabrina.gharbi@hotmial.fr]] » → faute de frappe, hotmial au lieu de hotmail. Corrigée en [[EMAIL:sabrina.gharbi@hotmail.fr]]. Mme [[PERSONNE:Sabrina Gharbi]], dossier [[N_ALLOCATAIRE:2563089]]."),
    ("caf", "accueil_telephonique",
     "Un grand-père appelle pour son petit-fils étudiant à {{Avignon}} qui « sait pas téléphoner ». L'agente doit parler à l'allocataire lui-même. Le grand-père crie : « [[PERSONNE:Théo]], viens ! »"),
    ("caf", "accueil_telephonique",
     "Un bailleur social ({{Unicil}}) sur la ligne partenaires : impayés de Mme [[PERSONNE:Bintou Coulibaly]], contrat de location n° [[IDENTIFIANT:UNI-13-2021-004177]], n° alloc [[N_ALLOCATAIRE:3317620]]. Signalement d'impayé enregistré, l'{{APL}} est maintenue {{6 mois}} s'il y a un plan d'apurement."),
    ("caf", "controle_sur_place",
     "Contrôle à {{Vitrolles}}. Mme [[PERSONNE:Sandra Vidal]], mère isolée, montre ses relevés {{Banque Populaire Méditerranée}}, IBAN [[IBAN:FR76 1460 7000 3463 0218 0941 229]]. Le contrôleur photographie les 3 derniers mois. Virement régulier de {{300 €}} de « [[PERSONNE:J. VIDAL]] » : l'ex-mari, pension alimentaire jamais déclarée. L'{{ASF}} sera recalculée."),
    ("cpam", "accueil_physique",
     "Mme [[PERSONNE:Fatima Zahra Bennani]] accompagne sa fille, {{23 ans}}, étudiante, qui veut enfin sa propre carte vitale. NIR de la fille : [[NIR:2 02 04 06 088 412 47]], née à {{Nice}} en [[DATE_NAISSANCE:avril 2002]]. [[PERSONNE:Salma]] fait sa photo sur place avec la tablette."),
    ("cpam", "accueil_physique",
     "Un monsieur veut parler « au directeur ». « Il n'est pas là, je peux vous aider. » « Alors je veux Mme [[PERSONNE:Garnier]] » : c'est la conseillère qu'il a vue la dernière fois. Elle est en congé. Il s'assoit et attend quand même."),
    ("cpam", "accueil_physique",
     "Il y a un bouton d'alerte sous le comptoir. L'agent l'a utilisé {{2 fois}} en {{10 ans}}. Aujourd'hui c'est calme, « trop calme »."),
    ("cpam", "accueil_telephonique",
     "Un assuré lit un courrier de recours contre tiers, « réf. [[IDENTIFIANT:RCT-13-2024-88127-A]] ». L'agent explique que la {{Cpam}} se retourne contre l'assureur de l'autre conducteur, dans le courrier « M. [[PERSONNE:X. Leroux]] », véhicule [[IMMATRICULATION:CZ-448-MN]]. L'assuré n'a rien à payer."),
    ("cpam", "accueil_telephonique",
     "Une dame change d'adresse : de [[ADRESSE:5 rue Paradis, 13001 Marseille]] à [[ADRESSE:112 chemin du Littoral, 13016 Marseille]]. L'agent le fait direct et lui dit qu'elle peut aussi passer par le compte {{Ameli}}. « J'ai pas internet. »"),
    ("cpam", "controle_sur_place",
     "Dernier contrôle de la journée, à {{Marignane}}. M. [[PERSONNE:Nikola Petrović]], en arrêt après un accident du travail sur un chantier {{Vinci}}. Il montre la feuille d'accident, n° [[IDENTIFIANT:AT 13-25-0097441]], et sa boîte de médicaments. « Conforme. »"),
    ("ccas", "accueil_physique",
     "Instruction d'une demande de {{RSA}} au {{CCAS}} de {{Cannes}}. L'agent remplit le formulaire en ligne : adresse [[ADRESSE:17 boulevard de la République, 06400 Cannes]], tél [[TELEPHONE:06 70 25 13 84]], mail [[EMAIL:ibtissem.rh@gmail.com]]. Mme [[PERSONNE:Ibtissem Rhouma]] est arrivée de {{Tunisie}} il y a {{6 ans}}, carte de résident de {{10 ans}}."),
    ("ccas", "accueil_physique",
     "L'agent d'accueil connaît tout le monde par son prénom : « bonjour [[PERSONNE:Josiane]] », « ça va [[PERSONNE:Abdel]] ? ». Il a grandi dans le quartier, à {{Frais Vallon}}."),
    ("ccas", "accueil_telephonique",
     "Le centre des finances publiques appelle pour une dette de cantine : titre exécutoire n° [[IDENTIFIANT:2024-T-00841]], famille [[PERSONNE:Medjahed]], {{327,50 €}}. L'agent demande à recevoir le titre par mail avant d'en parler à la famille."),
    ("ccas", "accueil_telephonique",
     "Appels du matin : {{4}} pour le repas des seniors, {{2}} pour les colis, {{1}} qui s'est trompé de numéro (il voulait la mairie annexe). « Une journée normale. »"),
    ("ccas", "controle_sur_place",
     "Visite chez M. [[PERSONNE:Roland Guérin]], {{72 ans}}, menacé d'expulsion. Commandement de quitter les lieux, commissaires de justice {{SCP Ferrand & Orsini}}, acte n° [[IDENTIFIANT:25/CQL/0311]]. Il habite [[ADRESSE:6 rue des Tanneurs, 83690 Salernes]] depuis {{1987}}. Il garde tous ses papiers dans une boîte de chocolats {{Lindt}}."),
    ("urgences", "accueil_physique",
     "Un motard arrive le bras en sang. Il veut qu'on surveille sa moto devant, plaque suisse [[IMMATRICULATION:GE 48217]]. L'agente prend le numéro de sa compagne pour la prévenir, [[TELEPHONE:+41 79 412 58 36]]. M. [[PERSONNE:Luca Bernasconi]], en vacances à {{Menton}}."),
    ("urgences", "accueil_physique",
     "Une dame vient chercher les affaires de son fils hospitalisé cette nuit. Sac plastique avec étiquette : « [[PERSONNE:BRUNO Anthony]] – [[DATE_NAISSANCE:11/04/1999]] – {{box 9}} ». Elle signe le registre."),
    ("urgences", "accueil_physique",
     "Écran de l'accueil : {{38 patients}} en cours, {{12}} en attente d'un lit. Une aide-soignante passe avec un brancard vide et dit « le dernier »."),
    ("urgences", "accueil_telephonique",
     "Un médecin de ville adresse un patient : « M. [[PERSONNE:Hervé Castagno]], né le [[DATE_NAISSANCE:vingt-deux mai soixante-quatre]], suspicion d'embolie ». Il laisse son numéro direct pour le rappel : [[TELEPHONE:04 94 62 18 03]]. L'agente transmet à l'IOA."),
    ("chrs", "accueil_physique",
     "Demande de logement social pour M. [[PERSONNE:Kamel Ouazzani]]. L'éducatrice relit l'attestation : numéro unique [[IDENTIFIANT:0131225045871]], demande déposée en {{2022}}. Délai moyen à {{Marseille}} : {{4 ans}}. Il a enregistré le numéro dans son téléphone sous le nom « HLM »."),
    ("chrs", "accueil_physique",
     "Une résidente, [[PERSONNE:Nathalie]], me demande qui je suis. J'explique. « Ah, vous venez voir les pauvres. » Je ne sais pas quoi répondre."),
    ("chrs", "accueil_physique",
     "L'éducateur aide M. [[PERSONNE:Ousmane Sow]] à se réinscrire à {{France Travail}} sur l'ordi du CHRS. Ancien identifiant retrouvé sur un vieux courrier : [[ID_FRANCE_TRAVAIL:0815736N]]. Nouveau mail créé pour l'occasion : [[EMAIL:ousmane.sow.chrs@gmail.com]]. Pour l'{{ARE}} il faut un RIB, il a celui de la {{BNP}} dans son portefeuille : [[IBAN:FR76 3000 4009 5100 0203 9741 559]]. {{45 minutes}}, le site plante 2 fois."),
    ("chrs", "accueil_telephonique",
     "{{115}} du {{Var}}. Un homme donne sa date de naissance pour être retrouvé : « [[DATE_NAISSANCE:seize, zéro trois, soixante-dix-sept]] ». Le logiciel sort deux [[PERSONNE:Christophe Maurel]], l'écoutant demande le lieu de naissance : « {{Toulon}} ». Trouvé."),
    ("chrs", "accueil_telephonique",
     "La ligne sature à {{19h}}. Message enregistré : « tous nos écoutants sont occupés ». L'écoutante me montre le compteur : {{94}} appels en attente."),
    ("chrs", "controle_sur_place",
     "Maraude près du port de {{Toulon}}. Un homme dort dans une vieille 206 immatriculée [[IMMATRICULATION:3842 VJ 83]], avec son chien {{Bandit}}. [[PERSONNE:Jean-Luc]], ancien marin. On lui propose le CHRS, il refuse à cause du chien."),
    ("france_travail", "accueil_physique",
     "Mme [[PERSONNE:Gülsen Demir]] a reçu un rejet d'{{ARE}}, motif « démission ». La conseillère lit la référence du courrier, « [[IDENTIFIANT:NOT-ARE-2025-13-0584471]] », et son identifiant, [[ID_FRANCE_TRAVAIL:4402981 F]]. Réexamen possible par l'{{IPR}} après {{121 jours}}."),
    ("france_travail", "accueil_physique",
     "Un ancien cadre en costume-cravate, {{58 ans}}. Il sort un classeur avec toutes ses candidatures : {{214}}. Le conseiller est impressionné. M. [[PERSONNE:Berthier]] : « je fais ça comme un travail »."),
    ("france_travail", "accueil_physique",
     "Inscription : la conseillère vérifie le titre de séjour, n° [[IDENTIFIANT:1306482917]], valable jusqu'au {{14/02/2027}}, mention « autorise son titulaire à travailler ». M. [[PERSONNE:Samuel Mbarga]], né à {{Yaoundé}} le [[DATE_NAISSANCE:7 juillet 1993]]."),
    ("france_travail", "accueil_telephonique",
     "Une chargée de recrutement de {{Randstad}} {{Avignon}} appelle pour vérifier l'inscription d'un candidat : « [[PERSONNE:Dylan Roche]], identifiant [[ID_FRANCE_TRAVAIL:2571094D]] ». Le conseiller refuse de confirmer par téléphone et donne la boîte mail de l'équipe entreprise : {{entreprise.avignon@francetravail.fr}}."),
    ("france_travail", "accueil_telephonique",
     "Une demandeuse pleure au téléphone : son conseiller habituel, M. [[PERSONNE:Amrani]], est parti. Le nouveau se présente : « je m'appelle [[PERSONNE:Quentin]] ». Elle devra tout réexpliquer."),
    ("france_travail", "accueil_telephonique",
     "Information collective par téléphone : {{9 personnes}} connectées, {{3}} parlent, pour les autres on entend juste la télé derrière."),
]

NOTES_7 = [
    ("caf", "accueil_physique",
     "Mme [[PERSONNE:Éliane Roussel-Hakim]] a rempli à la main le formulaire de changement de compte. L'agent compare avec le RIB {{CIC}} : sur le formulaire « [[IBAN:FR76 3006 6108 4700 0109 2367 490]] », sur le RIB [[IBAN:FR76 3006 6108 4700 0109 2376 490]]. « Vous avez inversé le 6 et le 7. » Elle refait le formulaire. Alloc [[N_ALLOCATAIRE:6154820]]."),
    ("caf", "accueil_physique",
     "Un père vient pour sa fille de {{20 ans}}, en Erasmus en {{Italie}}. Il faut une procuration. Il appelle sa fille en visio et [[PERSONNE:Giulia]] fait coucou à l'agente depuis {{Bologne}}. La procuration arrive par mail dans la foulée."),
    ("caf", "accueil_physique",
     "Mme [[PERSONNE:Kheira Mansouri]] demande une attestation de quotient familial pour le centre aéré de la {{mairie de Martigues}}. L'agente imprime : QF {{612}}, n° allocataire [[N_ALLOCATAIRE:7042518]], et en bas « attestation n° [[IDENTIFIANT:ATT-2025-118-QF-0093]] ». {{3 minutes}} montre en main."),
    ("caf", "accueil_telephonique",
     "Un allocataire appelle d'{{Algérie}}, il y est pour {{3 semaines}} et il a un contrôle prévu. N° alloc [[N_ALLOCATAIRE:0991347]], né le [[DATE_NAISSANCE:12 mai 1997]]. Pour vérifier, l'agente demande aussi son numéro de sécu : [[NIR:1 97 05 99 352 143 40]]. M. [[PERSONNE:Walid Hamidi]]. Contrôle reporté au {{22 septembre}}."),
    ("caf", "accueil_telephonique",
     "Un monsieur appelle pour dénoncer sa voisine « qui touche des aides et qui roule en Mercedes ». L'agente explique la procédure sans prendre de nom. Il donne quand même la plaque, [[IMMATRICULATION:FR-207-ZX]]. Elle ne la note pas, mais moi je l'ai entendue."),
    ("caf", "controle_sur_place",
     "Contrôle dans les {{Hautes-Alpes}}, à {{Briançon}}. Saisonnier à {{Serre Chevalier}}, logé par l'employeur : [[ADRESSE:résidence Le Prorel, studio 14, 05100 Briançon]]. Le contrôleur vérifie le contrat et le bulletin, NIR imprimé [[NIR:1 94 10 06 029 184 11]]. M. [[PERSONNE:Axel Morin]] est né à {{Cannes}}, il vient pour la saison depuis {{5 ans}}."),
    ("caf", "controle_sur_place",
     "Retour au bureau, le contrôleur fait sa saisie. Il me montre le barème des suites : rappel, indu, avertissement, pénalité. « La pénalité, j'en fais {{2 ou 3}} par an. »"),
    ("cpam", "accueil_physique",
     "M. [[PERSONNE:Aurelio Mastrangelo]], {{71 ans}}, attend le remboursement de sa cure à {{Digne-les-Bains}} : dossier thermal n° [[IDENTIFIANT:CT-04-2025-0712]], facture des thermes n° [[IDENTIFIANT:TH25/00931]]. Il manquait la prescription. « Et ça ira bien sur mon compte qui finit par [[IBAN:5096 383]] ? » Oui."),
    ("cpam", "accueil_physique",
     "Une femme enceinte : sa gynéco, Dr [[PERSONNE:Anh Vo]], a fait la déclaration de grossesse en ligne mais elle n'a rien reçu. L'agent voit qu'elle est bien enregistrée. Date prévue d'accouchement : {{3 février}}. Il lui conseille de prendre contact avec la {{PMI}}."),
    ("cpam", "accueil_telephonique",
     "Appel en anglais : un étudiant indien à {{Sophia Antipolis}}. Il épelle son mail, « [[EMAIL:r-a-v-i dot k-u-m-a-r dot 2-0-0-1 at gmail dot com]] ». L'agent écrit [[EMAIL:ravi.kumar.2001@gmail.com]] et lui envoie la liste des pièces pour l'affiliation. [[PERSONNE:Ravi]] dit « merci beaucoup » avec un accent adorable."),
    ("cpam", "accueil_telephonique",
     "Une fille appelle pour sa mère âgée qui ne comprend pas son décompte. L'agent demande l'accord de la mère, qui prend le téléphone : « oui oui c'est ma fille, [[PERSONNE:Colette]] ». Explication des franchises, {{1 €}} par boîte."),
    ("ccas", "accueil_physique",
     "Dossier d'aide sociale à l'hébergement pour une mère à l'{{EHPAD Les Jardins de Provence}}. Le fils lit la référence du {{Département}} : [[IDENTIFIANT:ASH-13-2025-01874]]. Avis d'imposition de la mère, Mme [[PERSONNE:Rose Amoretti]], et du fils, M. [[PERSONNE:Jacques Amoretti]]. Le tampon de l'EHPAD sur le formulaire est une {{rose}}."),
    ("ccas", "accueil_physique",
     "Une jeune maman veut être rappelée pour le relais petite enfance. Elle écrit son mail sur un post-it, « [[EMAIL:kenza.b [at] laposte.net]] », l'agent le recopie sans les crochets. Tél : [[TELEPHONE:07.45.18.92.60]]. Mme [[PERSONNE:Kenza Boukhari]]."),
    ("ccas", "accueil_physique",
     "Il pleut. {{9 personnes}} attendent dehors sous l'auvent parce que la salle est pleine. L'agent sort des chaises en plastique du local. Personne ne se plaint."),
    ("ccas", "accueil_telephonique",
     "Une conseillère de {{Crésus}} (surendettement) appelle pour un dossier commun. Elle lit le RIB de la personne pour qu'on verse l'aide sur son compte : [[IBAN:FR76 1910 6006 1322 0548 7126 053]]. L'agent refuse, les aides sont versées au créancier. Mme [[PERSONNE:Christelle Aubert]] sera recontactée."),
    ("ccas", "controle_sur_place",
     "Visite à {{Arles}}, {{Griffeuille}}, chez une dame qui héberge son petit-fils [[PERSONNE:Rayan]]. Mme [[PERSONNE:Yamina Bouchareb]], [[ADRESSE:11 rue Jean Granaud, 13200 Arles]]. Pour le transport accompagné, l'agente note la voiture de la dame, [[IMMATRICULATION:AV-318-LE]], qui ne roule plus depuis {{2019}}."),
    ("urgences", "accueil_physique",
     "Transfert depuis l'hôpital de {{Manosque}}. L'agente lit le code sous le code-barres du bracelet, « [[IDENTIFIANT:MAN-250911-0047]] », et le nom, [[PERSONNE:GARCIA Sylvie]], née en [[DATE_NAISSANCE:1968]]. Elle crée un IPP local : [[IDENTIFIANT:0041187365]]. L'ambulancier attend la signature, {{Ambulances Durance Secours}} écrit sur sa veste."),
    ("urgences", "accueil_physique",
     "Un enfant a avalé une pièce de {{2 €}}. La mère tient la radio en main. L'agente ne rit pas mais après elle me dit « c'est toujours les {{2 €}} ». [[PERSONNE:Nolan]], {{4 ans}}, très fier."),
    ("urgences", "accueil_physique",
     "Accrochage sur le parking de l'{{Auchan}} de {{Marignane}}. Le blessé conduisait une voiture immatriculée au Maroc, [[IMMATRICULATION:48213-B-6]], l'autre voiture c'est [[IMMATRICULATION:HC-771-DP]]. Sa femme donne son portable marocain : [[TELEPHONE:+212 6 61 47 28 93]]. M. [[PERSONNE:Mustapha Ouahbi]], {{67 ans}}."),
    ("urgences", "accueil_telephonique",
     "La {{gendarmerie}} de {{Gap}} appelle : « est-ce que M. [[PERSONNE:Damien Chabrand]] est passé chez vous ? Véhicule [[IMMATRICULATION:EB-412-SG]] retrouvé dans le fossé ». L'agente : « pas sans réquisition ». La réquisition arrive par fax, oui, par fax."),
    ("urgences", "accueil_telephonique",
     "Une dame appelle : sa mère, aux urgences depuis ce matin, a oublié ses lunettes et son dentier. L'agente note sur un post-it « Mme [[PERSONNE:Marchal]], dentier + lunettes, la fille passe à {{18h}} »."),
    ("chrs", "accueil_physique",
     "Préparation d'un recours {{DALO}}. L'éducatrice recopie le n° de demande de logement [[IDENTIFIANT:013-2023-0217754]] et le RG du jugement d'expulsion [[IDENTIFIANT:23/09184]] du {{tribunal de proximité de Martigues}}. Mme [[PERSONNE:Hélène Poggi]], ancienne adresse [[ADRESSE:3 allée des Romarins, 13500 Martigues]]."),
    ("chrs", "accueil_physique",
     "M. [[PERSONNE:Tarek Chaabane]] a un rdv {{France Travail}} demain mais il a perdu la convocation. L'éducateur appelle le {{3949}} avec lui sur haut-parleur ; [[PERSONNE:Tarek]] lit son identifiant, « [[ID_FRANCE_TRAVAIL:6648203C]] ». Rdv confirmé à {{10h15}}."),
    ("chrs", "accueil_telephonique",
     "Une femme appelle le {{115}} pour un homme âgé allongé devant la pharmacie du {{cours Mirabeau}}. Elle donne son prénom, « [[PERSONNE:Véronique]] », et son numéro : « [[TELEPHONE:zéro six, vingt-deux, trente-trois, quarante-quatre, zéro un]] ». L'écoutant envoie l'équipe mobile."),
    ("chrs", "accueil_telephonique",
     "Un monsieur qui appelle tous les soirs, l'écoutant l'appelle « [[PERSONNE:Prof]] » (il était prof de maths). Ce soir il y a une place à la halte de nuit, il dit « enfin une bonne nouvelle, j'avais calculé que la probabilité était de {{12 %}} »."),
    ("chrs", "controle_sur_place",
     "Visite à {{Digne}} chez un couple sorti du CHRS il y a {{6 mois}}. Bail glissant, bailleur {{Habitations de Haute-Provence}}, réf. locataire [[IDENTIFIANT:H2P-0418-22]]. Compte commun pour le prélèvement du loyer : [[IBAN:FR76 1333 5003 0108 0077 1254 841]]. [[PERSONNE:Nadir]] et [[PERSONNE:Julie]] ont fait une crémaillère."),
    ("chrs", "controle_sur_place",
     "Maraude de jour à {{Cannes}} pendant le {{Festival}}. Les sans-abri sont repoussés loin de la {{Croisette}}. On retrouve [[PERSONNE:Mireille]] derrière la gare, la police lui a pris ses cartons."),
    ("france_travail", "accueil_physique",
     "Mise en relation : offre {{181KXWB}}, plongeur à {{Saint-Tropez}}, logé. Candidat M. [[PERSONNE:Amadou Keita]], identifiant [[ID_FRANCE_TRAVAIL:1 957 302 H]]. En recopiant dans le mail, la conseillère met {{181KWXB}}, qui n'existe pas. Corrigé. Employeur : {{Hôtel Le Byblos}}."),
    ("france_travail", "accueil_physique",
     "Une ado de {{16 ans}}, obligation de formation, avec sa conseillère de la {{Mission locale}}. Chewing-gum, capuche. « Je veux être tatoueuse. » La conseillère : « ok, on regarde ». [[PERSONNE:Lilou]] sourit pour la première fois."),
    ("france_travail", "accueil_physique",
     "Demande d'aide pour un permis poids lourd. RIB {{Crédit Mutuel}} : [[IBAN:FR76 1027 8089 4000 0205 7180 384]]. Devis de l'auto-école {{ECF Provence}}, {{2 890 €}}. M. [[PERSONNE:Stéphane Orsini]], identifiant [[ID_FRANCE_TRAVAIL:7708325 S]], mail [[EMAIL:steph.orsini@free.fr]]."),
    ("france_travail", "accueil_physique",
     "Un ingénieur ukrainien montre ses diplômes traduits. La conseillère parle d'une attestation de comparabilité {{ENIC-NARIC}}. [[PERSONNE:Oleksandr Bondarenko]], {{47 ans}}, parle un français impeccable appris sur {{Duolingo}}."),
    ("france_travail", "accueil_telephonique",
     "Une demandeuse a reçu dans sa boîte un courrier pour quelqu'un d'autre : « M. [[PERSONNE:Anthony Lebrun]], identifiant [[ID_FRANCE_TRAVAIL:3856214W]] », l'ancien locataire. Le conseiller lui dit de le remettre à la poste avec « n'habite plus à l'adresse indiquée »."),
    ("france_travail", "accueil_telephonique",
     "Fin de journée. Le conseiller rappelle un domaine viticole de {{Pertuis}} pour l'offre {{182BQLM}} (vendanges). Le gérant, M. [[PERSONNE:Gilles Imbert]], donne son portable pour les candidats, [[TELEPHONE:06 87 14 52 09]], et son mail, [[EMAIL:gilles.imbert.vins@orange.fr]]. « Je veux des gens qui ont pas peur du soleil. »"),
]
# fmt: on

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if kept not in keep:
                keep.append(kept)
        else:
            entities.append({"start": length, "end": length + len(value), "label": label})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if STRAY_RE.search(text):
        raise ValueError(f"stray mark left in {text!r}")
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
    """Return (dev_ids, holdout_ids); uses only the ids and the cells, never the texts."""
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
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8", newline="\n")


def main():
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
