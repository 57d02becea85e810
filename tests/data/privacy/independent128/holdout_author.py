"""Independent evaluation corpus n° 128: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inside ``text``:

- ``[[LABEL:value]]`` marks a value to mask (``value`` stays in the note, ``LABEL`` is its label);
- ``{{value}}`` marks a string that looks like personal data but must be kept (``keep`` list).

Running this file strips the marks, computes the offsets (Python string indices, end
exclusive), numbers the notes ``ind128-001`` … ``ind128-240`` in writing order, draws the
dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.
Standard library only; deterministic.

Usage: python holdout_author.py [--stats]
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind128"
SEED = 128

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
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = ("accueil_physique", "accueil_telephonique", "controle_sur_place")

# --- the notes, in writing order ---------------------------------------------------------

BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h40}}, {{Caf}} de {{Vénissieux}}. Mme [[PERSONNE:Benali]] vient déclarer la naissance de son {{3e}}. L'agente ([[PERSONNE:Karine]]) reprend toute la compo familiale : « votre fille aînée, [[PERSONNE:Inès]], elle est née quand ? » – « le [[DATE_NAISSANCE:14 février 2012]] ». « Et [[PERSONNE:Rayan]] ? » – « [[DATE_NAISSANCE:2015]]… le [[DATE_NAISSANCE:3 septembre]] je crois ». Le bébé, [[PERSONNE:Sofia]], [[DATE_NAISSANCE:28/10/2024]]. Tout colle sauf [[PERSONNE:Rayan]] : à l'écran c'est le [[DATE_NAISSANCE:3 août]]. Elle rit, « ah oui août, septembre c'est la rentrée ». Ticket {{A027}}, attente {{25 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{10h12}}. Monsieur veut savoir pk son {{ARE}} est pas tombee. La conseillere demande l'identifiant : « [[ID_FRANCE_TRAVAIL:4827163M]] », puis le nom : [[PERSONNE:N'Diaye]], avec l'apostrophe. Actualisation pas faite le mois dernier -> radiation {{1 mois}}. Il dit que l'appli a bugué. Elle note un rappel sur le [[TELEPHONE:07 81 44 20 96]]. Duree {{14 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Villeurbanne}}, accueil du matin. {{11 personnes}} avant {{10h}}. Bcp de demandes d'aide alimentaire (bons pour l'{{épicerie sociale}}). L'agent m'explique que sans {{avis d'imposition}} ils ne peuvent rien calculer. Un monsieur repart sans rien, un peu énervé. Pas de clim, {{29°}} dans la salle d'attente 🥵",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} à {{Villeurbanne}}, dossier {{CSS}}. Mme [[PERSONNE:Ferreira Lopes]], née le [[DATE_NAISSANCE:9 juillet 1969]] au {{Portugal}}, NIR [[NIR:2 69 07 99 139 022 48]]. Elle a la garde de ses {{2 petits-enfants}} depuis la séparation des parents ({{2021}}). L'agent demande les dates : « le grand, [[PERSONNE:Tiago]], c'est [[DATE_NAISSANCE:2010]]… » – « et le jour ? » – « le [[DATE_NAISSANCE:22 mai]] ». « [[PERSONNE:Leonor]] : [[DATE_NAISSANCE:11/01/2014]] », elle lit sur le carnet de santé. Jugement du {{JAF}} daté du {{3 mars 2022}} à scanner.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Édouard-Herriot}}, poste {{IAO}}. Un homme amené par les pompiers, chute de vélo sur les {{quais du Rhône}}. Pas de papiers sur lui. Il donne son nom, [[PERSONNE:Grégoire Valette]], et sa date de naissance : « [[DATE_NAISSANCE:le 2 du 4, 71]] ». L'infirmière tape [[DATE_NAISSANCE:02/04/1971]] sans broncher. {{Tri 3}}, attente estimée {{4h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{3230}}, {{Caf}} de l'{{Isère}}. Une maman de {{Grenoble}} (quartier {{Mistral}}) appelle pour l'{{ARS}} pas versée pour son aîné. N° alloc [[N_ALLOCATAIRE:2384716]]. Conseiller : « votre fils est né en quelle année ? » – « [[DATE_NAISSANCE:2006]]… non, [[DATE_NAISSANCE:2005]]. Non attendez » (elle demande à qqn à côté) « [[DATE_NAISSANCE:2006]], le [[DATE_NAISSANCE:30 décembre]] ». Donc {{18 ans}} passés → plus d'ARS sauf s'il est encore scolarisé. Il est en {{BTS}}. Elle doit envoyer le certificat de scolarité.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Villeurbanne}}, atelier CV. La conseillère, Mme [[PERSONNE:Oukil]], projette un CV modèle au nom de « [[PERSONNE:Camille Martin]] ». Un participant, [[PERSONNE:Dylan]], n'a pas d'adresse mail qui marche : celle qu'il donne, [[EMAIL:dylan.poncet69@gmial.com]], revient en erreur ({{gmial}} 😅). On en crée une autre : [[EMAIL:dylan.poncet.pro@gmail.com]]. {{6 participants}}, {{2 absents}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}, {{22h15}}. Une mère avec {{3 enfants}} à la {{gare Part-Dieu}}. L'écoutante prend la composition : madame [[PERSONNE:Kouamé]], [[DATE_NAISSANCE:1991]]. Les enfants : « [[PERSONNE:Grâce]] elle a {{9 ans}}, née le [[DATE_NAISSANCE:16 avril 2015]] ; [[PERSONNE:Emmanuel]] {{6 ans}}, [[DATE_NAISSANCE:2018]], je sais plus le jour ; le bébé [[PERSONNE:Ruth]], {{7 mois}} ». Arrivés à {{Lyon}} le {{12 novembre}}. Pas de place ce soir, orientation halte de nuit. L'écoutante me dit qu'elle en est à {{40 appels}} depuis {{20h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateau de {{Saint-Étienne}}. Un monsieur a perdu sa {{carte Vitale}}. Il donne son numéro de sécu d'une traite : « [[NIR:165084221811961]] ». La conseillère relit par paquets pour vérifier. Nom : [[PERSONNE:Chazal]], prénom [[PERSONNE:Jean-Michel]], né le [[DATE_NAISSANCE:23 août 1965]] à {{Saint-Étienne}}. Commande faite, délai {{3 semaines}}, photo à envoyer via son compte {{Ameli}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec le contrôleur {{Caf}} ([[PERSONNE:Hervé]]), {{Bourg-en-Bresse}}, quartier de la {{Reyssouze}}. Objet : vérif situation familiale (soupçon de vie maritale). Mme [[PERSONNE:Yilmaz]] nous reçoit. Il reprend toutes les dates : elle, [[DATE_NAISSANCE:03/02/1990]] ; les enfants, [[PERSONNE:Elif]], « [[DATE_NAISSANCE:2013]] », puis au jour près « le [[DATE_NAISSANCE:19 juin]] », et [[PERSONNE:Kerem]] né le [[DATE_NAISSANCE:1er décembre 2016]], en {{CM1}}. Séparation déclarée le {{15 janvier 2023}}. Dans la salle de bain, {{2 brosses à dents}}, un rasoir. Elle dit que c'est son frère qui dort là parfois. [[PERSONNE:Hervé]] note tout sans commentaire. {{1h10}} sur place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Valence}}. Accueil sur {{RDV}} uniquement depuis {{septembre}}, sauf inscription. Le vigile filtre a l'entree. {{3 bornes}} dont {{1 en panne}}. Une conseillere me dit qu'elle a {{412 demandeurs}} en portefeuille. « On fait ce qu'on peut. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{CHU Grenoble Alpes}}. Une dame appelle pour savoir si son père est arrivé. L'agente administrative demande nom + date de naissance : « [[PERSONNE:Rostagno, Aldo]], né le [[DATE_NAISSANCE:11 novembre 1938]] ». Elle ne peut rien dire au tel à part « il est bien pris en charge ». La fille laisse son numéro : [[TELEPHONE:06 72 18 90 35]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Grenoble}}. [[PERSONNE:Sacha]] (il veut qu'on l'appelle comme ça, son vrai prénom c'est [[PERSONNE:Aleksandr]]) vient relever son courrier, domicilié au {{CCAS}}. Il dort dans sa voiture, une {{Clio}} grise immatriculée [[IMMATRICULATION:EH-417-QZ]], garée près de la {{gare}}. Le TS ([[PERSONNE:Bastien]]) lui propose une douche et un café.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Chambéry}}. Une grand-mère appelle pour inscrire ses petits-enfants au {{colis de Noël}}. Agent : « vous me donnez les dates de naissance des enfants ? » – « alors [[PERSONNE:Maëlys]] c'est le [[DATE_NAISSANCE:vingt-six mars deux mille dix-sept]]… [[PERSONNE:Noah]] le [[DATE_NAISSANCE:huit août deux mille vingt]]… non pardon, le [[DATE_NAISSANCE:neuf août]] ». L'agent répète en chiffres : [[DATE_NAISSANCE:26/03/2017]], [[DATE_NAISSANCE:09/08/2020]]. Inscription ok, distribution le {{18 décembre}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de la {{Loire}}, {{Saint-Étienne}}. Changement de {{RIB}}. Monsieur [[PERSONNE:Boudjema]] a ouvert un compte à la {{Banque Postale}}. L'agente scanne le RIB et relit l'IBAN à voix haute : « [[IBAN:FR42 2004 1010 0708 5329 1K03 812]] ». Il insiste pour que l'{{AAH}} du mois arrive sur le nouveau. Réponse : pas avant le {{5 du mois prochain}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie avec l'agente assermentée de la {{Cpam}} de la {{Drôme}}, {{14h20}}, [[ADRESSE:17 avenue de Romans, 26000 Valence]]. Sonnette au nom de [[PERSONNE:Lacroix-Mendès]]. Personne. On repasse à {{15h05}} : M. [[PERSONNE:Lacroix-Mendès]] ouvre, il revenait du {{kiné}} (justificatif). Sorties autorisées {{9h-11h}} et {{14h-16h}} donc rien à redire. Elle me dit que la moitié des contrôles à {{Valence}} finissent comme ça.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demande d'{{AGEPI}} par tel. Mme [[PERSONNE:Rakotomalala]] reprend un {{CDD}} de {{3 mois}} chez {{Carrefour}}. La conseillère vérifie l'âge des enfants (moins de {{10 ans}}) : « le petit dernier, [[PERSONNE:Lucas]], il est de quand ? » – « [[DATE_NAISSANCE:2017]] ». « Le jour ? » – « [[DATE_NAISSANCE:12 octobre]] ». « Et [[PERSONNE:Miora]] ? » – « elle a {{11 ans}}, en {{6e}} » → pas éligible pour elle. Identifiant noté : [[ID_FRANCE_TRAVAIL:3019548B]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{HFME}} ({{Bron}}). Une maman avec des jumeaux fiévreux. Admission : « date de naissance ? » – « le [[DATE_NAISSANCE:5 mai 2022]], les deux ». Prénoms [[PERSONNE:Adam]] et [[PERSONNE:Assia Chérif]]. La secrétaire crée {{2 dossiers}}, les bracelets sortent avec la même date, elle vérifie {{3 fois}} pour pas inverser. Attente annoncée {{2h40}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}} de {{Saint-Martin-d'Hères}} pour une aide à l'énergie. Appart au {{4e}} sans ascenseur, radiateurs électriques, facture annuelle {{2 100 €}}. Le monsieur ({{82 ans}}) vit seul avec son chat {{Filou}}. Elle remplit le dossier {{FSL}} sur sa tablette, lui offre des chocolats.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel ({{Première Classe}}, {{Saint-Priest}}, {{chambre 214}}) avec l'intervenante du {{SIAO}}. Famille [[PERSONNE:Bajrami]], {{5 personnes}} dans {{18 m²}}. Mise à jour de la fiche : Monsieur [[DATE_NAISSANCE:1986]], Madame [[DATE_NAISSANCE:1989]], enfants [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2019]]. Elle demande les jours pour les deux petits : « [[DATE_NAISSANCE:3 mars]] et… [[DATE_NAISSANCE:27 novembre]] ». Arrivés du {{Kosovo}} en {{2018}}, demande d'asile rejetée en {{2021}}. Réf SIAO [[IDENTIFIANT:SIAO69-2023-04417]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} {{Haute-Savoie}}, 1er appel à {{8h31}}. En {{2h}} : {{19 appels}}, dont {{7}} sur la {{prime d'activité}}, {{4}} pour des courriers pas compris, le reste sur les délais (en ce moment {{21 jours}}). Ils ont un script mais s'en écartent bcp. Casque qui grésille.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de l'{{Isère}}, {{Grenoble}}. Demande d'{{AME}}. M. [[PERSONNE:Moussa Diakité]], passeport malien n° [[IDENTIFIANT:AA0345127]], arrivé en {{2022}}. L'agent demande une preuve de présence de + de {{3 mois}} : il a une facture {{Free}} et une attestation d'hébergement de son cousin [[PERSONNE:Bakary]], [[ADRESSE:8 rue Anatole France, 38100 Grenoble]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune de {{19 ans}} venu avec sa mère. Conseillère : « date de naissance ? » Lui : « [[DATE_NAISSANCE:2005]] ». « Oui mais en entier. » « Euh… [[DATE_NAISSANCE:4/11]] ». La mère : « non, [[DATE_NAISSANCE:14 novembre]] ! » Il rigole. [[PERSONNE:Wassim]] sort du {{lycée pro}} ({{bac pro MELEC}}, pas eu). Orientation {{Mission locale}} + {{CEJ}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} de l'{{Ain}}, {{19h50}}. M. [[PERSONNE:Gauthier]], {{61 ans}}, vit depuis l'été au [[ADRESSE:camping de la Plaine Tonique, emplacement 41]] dans une caravane ; le camping ferme le {{30 septembre}}. L'écoutant prend son numéro, [[TELEPHONE:06 19 52 77 03]], et lui donne RDV au {{SIAO}} {{jeudi}} {{10h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Long RDV ({{45 min}}) à la {{Caf}} de l'{{Ain}}, {{Bourg-en-Bresse}}. M. et Mme [[PERSONNE:Haddad]], réfugiés syriens (statut obtenu le {{6 juin 2024}}), première demande de prestations. Il faut tout saisir. L'agente demande l'année d'abord, « c'est plus facile », puis le jour. Madame : « [[DATE_NAISSANCE:1988]] »… « [[DATE_NAISSANCE:1er janvier]] » – sur le titre de séjour c'est bien [[DATE_NAISSANCE:01/01/1988]], comme souvent. Monsieur : [[DATE_NAISSANCE:1984]], « [[DATE_NAISSANCE:15 du 7]] ». Mariés le {{20 août 2009}} à {{Alep}}. Enfants : [[PERSONNE:Lana]] ([[DATE_NAISSANCE:2010]], elle a {{14 ans}}, en {{4e}}), [[PERSONNE:Omar]] ([[DATE_NAISSANCE:2013]], elle n'est pas sûre du jour, « en hiver »), [[PERSONNE:Yara]], née en {{Turquie}} en [[DATE_NAISSANCE:2017]]. Arrivée en France le {{2 février 2023}}. Tout sera vérifié sur les actes traduits.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Villeurbanne}}, domiciliation. La jeune femme, [[PERSONNE:Lou-Anne]], {{23 ans}}, n'a plus de forfait, elle donne le num de sa copine [[PERSONNE:Jade]] : [[TELEPHONE:+33 6 45 12 87 09]]. Mail : [[EMAIL:louanne.b@laposte.net]]. L'agent explique le retrait du courrier les {{mardis et jeudis}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un papa veut rattacher son bébé sur sa {{carte Vitale}} et celle de sa femme. Conseiller : « nom et date de naissance de l'enfant ? » – « [[PERSONNE:Aylan Meziane]], né le [[DATE_NAISSANCE:2 janvier]], cette année ». Puis la maman, « [[DATE_NAISSANCE:12/06/93]] », et lui « [[DATE_NAISSANCE:77]], le [[DATE_NAISSANCE:30 mars]], à {{Vénissieux}} ». Son numéro à lui : [[NIR:1 77 03 69 259 430 33]]. L'acte de naissance doit encore arriver de la mairie.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH Métropole Savoie}} ({{Chambéry}}), {{samedi soir}}. {{38 patients}} dans le service à {{21h}}, {{11 brancards}} dans le couloir. Un agent de sécu, deux policiers pour une garde à vue. L'{{IAO}} : « on n'a plus de box depuis {{17h}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Pham]] (identifiant [[ID_FRANCE_TRAVAIL:5172094 R]]) appelle pour l'aide à la mobilité : il a un contrat à {{Saint-Quentin-Fallavier}} (entrepôt {{Amazon}}) mais sa voiture est au garage. La conseillère lui demande la {{carte grise}} : il épelle la plaque, « [[IMMATRICULATION:F G 208 M K]] ». Devis {{640 €}}, l'aide couvre jusqu'à {{500}}. Mail de confirmation à lui envoyer.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Saint-Étienne}} ({{Montreynaud}}). Entrée d'une famille monoparentale, le TS remplit le contrat de séjour. Mme [[PERSONNE:Mbala]], « née en [[DATE_NAISSANCE:quatre-vingt-dix-sept]] », ses fils [[PERSONNE:Prince]] ([[DATE_NAISSANCE:05.07.2016]]) et [[PERSONNE:Nathan]], dont elle ne retrouve pas la date : « il a eu {{4 ans}} à la {{Toussaint}} ». Le TS : « je mets [[DATE_NAISSANCE:2020]] alors, on vérifiera ». RDV {{préfecture}} le {{22 mai}}.",
    ),
]

BATCH_2 = [
    (
        "caf",
        "accueil_telephonique",
        "tel {{caf}} {{loire}} {{14h02}} - mme [[PERSONNE:Tchakarian]] (elle epelle : [[PERSONNE:T-C-H-A-K-A-R-I-A-N]]) declare une garde alternee depuis le {{1er sept}}. le conseiller relit les enfants : [[PERSONNE:Aram]] [[DATE_NAISSANCE:12/09/11]], [[PERSONNE:Ani]] [[DATE_NAISSANCE:30/04/14]]. elle : « non [[PERSONNE:Ani]] c'est le [[DATE_NAISSANCE:3 avril]] ! » lui : ah oui j'ai lu a l'envers, [[DATE_NAISSANCE:03/04/14]]. n° alloc [[N_ALLOCATAIRE:0751249]]. partage des allocs a faire avec le pere, formulaire envoye par courrier",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Matinée à l'agence {{France Travail}} {{Grenoble}} {{Europole}}. Bcp de monde pour des actualisations ratées ({{fin de mois}}). Une dame en pleurs : courrier de trop-perçu de {{1 870 €}}. La conseillère prend {{20 min}} pour lui expliquer l'échéancier. Honnêtement je n'aurais pas compris le courrier non plus.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, accueil {{Lyon 8e}} ({{États-Unis}}). Une mère vient avec son fils [[PERSONNE:Enzo]], {{17 ans}}, qui veut sa propre carte {{Vitale}} pour son stage. L'agent vérifie : « il est né le [[DATE_NAISSANCE:19 juin 2007]] ? » – « oui, à {{Lyon}} ». Numéro : [[NIR:1 07 06 69 388 251 14]]. La petite sœur, [[PERSONNE:Clara]] ([[DATE_NAISSANCE:2012]]), reste rattachée à la mère. Délai carte {{15 jours}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Isère}}, appel d'un père seul avec {{2 enfants}} dans sa voiture à {{Échirolles}}. Écoutant : « les âges des enfants ? » – « la grande a {{12 ans}}, le petit {{5}} ». « Les dates de naissance ? » Il met du temps : « [[PERSONNE:Ilyes]]… [[DATE_NAISSANCE:2019]], [[DATE_NAISSANCE:juillet 2019]]. [[PERSONNE:Meriem]] [[DATE_NAISSANCE:2012]], euh… [[DATE_NAISSANCE:février]] ». Lui : [[PERSONNE:Karim Bensalem]], [[DATE_NAISSANCE:30/10/1985]]. Voiture [[IMMATRICULATION:DX 552 TR]] sur le parking du {{Leclerc}}. Mise à l'abri au gymnase ouvert pour le {{plan grand froid}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de la {{Savoie}}, {{Chambéry}}. Une étudiante, [[PERSONNE:Chloé Vuillermoz]], vient pour l'{{APL}} avec le {{RIB}} de ses parents : refusé, il faut un compte à son nom. Elle revient {{20 min}} plus tard avec le sien, ouvert en ligne dans la file d'attente 😮 : [[IBAN:FR76 1680 7000 9231 2076 4591 860]]. L'agent sourit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{CHU}} de {{Saint-Étienne}} ({{Hôpital Nord}}). Un grand-père amène [[PERSONNE:Lenny]], tombé de trottinette. La secrétaire : « date de naissance ? » Le papi : « il a {{8 ans}}… il est en {{CE2}}… ». Il appelle sa fille sur haut-parleur : « [[DATE_NAISSANCE:2016]] ! le [[DATE_NAISSANCE:17 janvier]] ! ». Nom de famille [[PERSONNE:Faure-Brac]]. Pas de {{carte vitale}}, on régularisera.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vénissieux}}, calcul du quotient pour la cantine. M. [[PERSONNE:Nguyen]] sort son téléphone, photos du livret de famille : [[DATE_NAISSANCE:08/03/2015]] pour [[PERSONNE:Bao]], [[DATE_NAISSANCE:21/11/2018]] pour [[PERSONNE:Minh]]. Sa femme [[PERSONNE:Linh]] est née en [[DATE_NAISSANCE:1987]] ; mariés en {{2013}} à {{Hô Chi Minh-Ville}}. {{QF}} calculé : {{487}}, {{tranche 2}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateau d'{{Annecy}}. Série d'appels sur les lunettes ({{100 % santé}}). La conseillère a un post-it sur l'écran « ne pas dire c'est l'opticien » 😂. Temps moyen {{6 min}} par appel, objectif {{5}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{3949}}. Mme [[PERSONNE:Bouvier-Dumas]] a perdu son identifiant. Vérif d'identité : date de naissance ? « [[DATE_NAISSANCE:12/12/79]] ». Code postal ? « {{73000}} ». Le conseiller retrouve le dossier : [[ID_FRANCE_TRAVAIL:2904417 K]], et le lui dicte : « [[ID_FRANCE_TRAVAIL:deux neuf zéro quatre quatre un sept, K comme Kilo]] ». Elle le note au dos d'une enveloppe, dit-elle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Guillotière}}. Évaluation d'une famille afghane avec un interprète au téléphone. Le père, [[PERSONNE:Ahmad Noori]], ne connaît pas sa date : sur l'attestation de demande d'asile c'est [[DATE_NAISSANCE:01/01/1990]]. Sa femme [[PERSONNE:Zahra]] dit « [[DATE_NAISSANCE:1373]] » (calendrier persan !), l'interprète convertit : « [[DATE_NAISSANCE:1994]] ou [[DATE_NAISSANCE:1995]] ». Enfants : [[PERSONNE:Mahdi]], [[DATE_NAISSANCE:2016]], et [[PERSONNE:Fatemeh]], [[DATE_NAISSANCE:2021]]. Arrivés à {{Lyon}} il y a {{3 semaines}}, n° de l'attestation [[IDENTIFIANT:6901234567]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} au [[ADRESSE:23 rue du 4 Août 1789, 69100 Villeurbanne]]. Dossier [[N_ALLOCATAIRE:1498320]], {{RSA}}. Vérif des ressources : M. [[PERSONNE:Da Costa]] ferait des chantiers « au black » d'après un signalement. Il montre ses relevés {{Crédit Mutuel}}, rien d'anormal. Le contrôleur, M. [[PERSONNE:Sarr]], reste très courtois. {{40 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérification de résidence ({{PUMa}}) avec l'enquêteur de la {{Cpam}} du {{Rhône}}, à {{Vaulx-en-Velin}}. Mme [[PERSONNE:Ouédraogo]] vit là avec ses {{3 enfants}}. Il relit les ayants droit avec les dates du fichier : « [[PERSONNE:Aïcha]], [[DATE_NAISSANCE:2008]] ? » – « oui ». « [[PERSONNE:Ibrahim]], [[DATE_NAISSANCE:2011]] ? » – « non, lui c'est [[DATE_NAISSANCE:2012]], le [[DATE_NAISSANCE:6 janvier]] ». « [[PERSONNE:Salif]], [[DATE_NAISSANCE:29/02/2016]] ? » – « oui, on fête son anniversaire le {{1er mars}} » 🎂. Bail au nom de madame, quittances {{Lyon Métropole Habitat}}. Fiche corrigée pour [[PERSONNE:Ibrahim]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences du {{CH Annecy Genevois}} ({{Épagny Metz-Tessy}}). L'agente d'accueil rappelle la famille d'un patient pour qu'elle apporte ses médicaments. Elle compose le [[TELEPHONE:04 50 27 63 18]], répondeur : « ici les urgences, c'est pour M. [[PERSONNE:Perrillat]], rappelez le standard svp ». Puis le portable du fils, [[PERSONNE:Julien]] : [[TELEPHONE:06.84.33.71.20]]. Il décroche, arrive dans {{1h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Bourg-en-Bresse}}, ligne seniors. {{3 appels}} pour le {{plan canicule}} (inscription au registre), {{1}} pour le portage de repas. L'agente parle tres fort et tres lentement, sans jamais s'impatienter. Pause cafe a {{10h30}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Annecy}}, accueil sur RDV. M. [[PERSONNE:Bouzid]] vient mettre son dossier à jour après la séparation ({{septembre 2023}}). La conseillère : « on reprend les enfants, l'année d'abord ». « [[PERSONNE:Naël]] : [[DATE_NAISSANCE:2009]]. [[PERSONNE:Sirine]] : [[DATE_NAISSANCE:2011]]. [[PERSONNE:Mayssa]]… [[DATE_NAISSANCE:2016]]. » « Les jours maintenant. » « [[PERSONNE:Naël]] le [[DATE_NAISSANCE:24 juillet]], [[PERSONNE:Sirine]] le [[DATE_NAISSANCE:2 mars]], [[PERSONNE:Mayssa]] c'est… le [[DATE_NAISSANCE:16 octobre]] ». [[PERSONNE:Naël]] est en {{2nde}}, [[PERSONNE:Sirine]] en {{4e}}, la petite en {{CE2}}. Résidence principale chez lui pour les {{2 grands}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien création d'entreprise. [[PERSONNE:Yasmine Hadjadj]] est auto-entrepreneuse depuis {{mars}} (onglerie à domicile). Son SIRET perso : [[IDENTIFIANT:912 345 678 00016]]. La conseillère compare {{ARCE}} et maintien de l'{{ARE}}, lui envoie le tableau à [[EMAIL:yasmine.nails.lyon@outlook.fr]]. Son compte insta pour les clientes : [[IDENTIFIANT:@yas_nails_lyon7]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appartement diffus du {{CHRS}}, [[ADRESSE:41 avenue Jean Perrot, Grenoble]], occupé par Mme [[PERSONNE:Hamdi]] et sa fille. Le TS vérifie l'état du logement (moisissure dans la chambre), relève le compteur {{Linky}}. Elle demande quand elle aura un logement {{Actis}} à elle. Réponse : commission {{SIAO}} le {{14 mars}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Valence}}. Un jeune père vient pour son congé paternité, acte de naissance en main : [[PERSONNE:Liam]], né le [[DATE_NAISSANCE:3 février 2025]] à {{Valence}}. L'agent demande la date de naissance de la maman pour retrouver son dossier, il hésite : « [[DATE_NAISSANCE:96]]… non, [[DATE_NAISSANCE:97]] ! ». Il appelle sa compagne : « [[DATE_NAISSANCE:8 octobre 97]] ». Lui, c'est [[PERSONNE:Théo Reynaud]]. {{25 jours}} à prendre dans les {{6 mois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission urgences {{Lyon Sud}}. Patient déjà connu : IPP [[IDENTIFIANT:80417325]]. Mutuelle {{Harmonie}} n° [[IDENTIFIANT:0045871239]], la secrétaire scanne la carte. M. [[PERSONNE:Vincenzo Grasso]] parle à peine français ; elle lui parle italien (celui de ses grands-parents) 🇮🇹 et ça détend tout le monde.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Drôme}}, une maman de {{Fontbarlettes}} ouvre ses droits aux {{allocations familiales}}. Pour chaque enfant elle répond « {{deux mille vingt-deux}} » : le conseiller met {{2 min}} à comprendre que c'est l'année d'arrivée en France. On recommence, l'année de naissance : [[PERSONNE:Anfiat]] « [[DATE_NAISSANCE:deux mille treize]] », [[PERSONNE:Mohamed]] « [[DATE_NAISSANCE:deux mille quinze]] », [[PERSONNE:Nourdine]] « [[DATE_NAISSANCE:deux mille dix-neuf]] ». Les jours, elle les lit sur les passeports : [[DATE_NAISSANCE:05/05]], [[DATE_NAISSANCE:11/08]], [[DATE_NAISSANCE:30/12]]. Nom de famille : [[PERSONNE:Madi]]. N° alloc créé : [[N_ALLOCATAIRE:3310587]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Saint-Étienne}}, quartier {{Tarentaize}}. Enquête pour une aide exceptionnelle (facture d'eau de {{312 €}}). L'AS remplit la compo du foyer : Mme [[PERSONNE:Lopes]], [[DATE_NAISSANCE:1978]] ; son compagnon [[PERSONNE:Jordan]], « il est de [[DATE_NAISSANCE:82]], [[DATE_NAISSANCE:83]] ? » ; la fille de madame, [[PERSONNE:Kenza]], « [[DATE_NAISSANCE:2004]], elle a {{20 ans}} mais elle vit encore là ». Le fils aîné est parti à l'armée en {{2022}}, « on le compte pas ». Proposition {{150 €}}, commission {{mardi}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{3646}}, une assurée ne reçoit pas ses indemnités journalières. NIR : [[NIR:2 92 01 38 185 603 63]]. La conseillère vérifie : « vous êtes née en [[DATE_NAISSANCE:janvier 92]] ? » – « oui, à {{Grenoble}} ». L'employeur ({{Decathlon}}) n'a pas envoyé l'attestation de salaire. Marche à suivre envoyée par mail à [[EMAIL:m.guerin38 [at] free.fr]] (elle l'a dicté comme ça). Assurée : [[PERSONNE:Mélanie Guérin]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ligne entreprises, service recrutement. Un restaurateur de {{Chambéry}} cherche {{2 plongeurs}} pour la saison à {{Val Thorens}}. La conseillère saisit l'offre ({{n° 182QKWL}}), {{35h}}, logé nourri. Il demande si on peut « écarter ceux sans permis » : elle lui explique ce qu'on peut écrire dans une offre et ce qu'on ne peut pas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haute-Savoie}}. Une femme victime de violences appelle avec {{2 enfants}}, depuis le téléphone d'une voisine. L'écoutante reste très calme. Identité : [[PERSONNE:Nadia]], « [[DATE_NAISSANCE:1994]] ». Enfants : [[PERSONNE:Yanis]], {{7 ans}}, et [[PERSONNE:Lina]], {{3 ans}}, « [[DATE_NAISSANCE:2021]], le [[DATE_NAISSANCE:28 février]]… non le [[DATE_NAISSANCE:27]], elle est née juste avant minuit ». Mise à l'abri ce soir à l'{{Ibis budget}} d'{{Annecy}}, {{chambre 12}}, évaluation {{SIAO}} demain, plainte conseillée. Pour rappeler, numéro de la voisine : [[TELEPHONE:07 69 02 48 51]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Rhône}}, accueil de {{Lyon}}. Les bornes libre-service sont prises d'assaut. Un volontaire en {{service civique}} aide les gens à scanner leurs justificatifs avec l'appli. Il me dit que le plus dur c'est les mots de passe oubliés. {{13h30}}–{{16h}} : {{54 tickets}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Bourg-en-Bresse}} avec l'agent de la {{Cpam}} de l'{{Ain}}. Au [[ADRESSE:9 rue Charles Robin]], personne ne répond à {{10h15}} (hors heures de sortie). Une voisine : « il est parti avec sa camionnette ». Absence notée, avis de passage dans la boîte. L'agent m'explique qu'il ne relève jamais les plaques, « c'est pas notre rôle ». Assuré : M. [[PERSONNE:Guillermin]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Fleyriat}} ({{Bourg-en-Bresse}}). Accident de voiture sur la {{RN83}}, une {{famille de 4}}, rien de grave. Le père fait les admissions de tout le monde au guichet : lui [[DATE_NAISSANCE:14/09/1980]], sa femme « [[DATE_NAISSANCE:81]]… [[DATE_NAISSANCE:2 juin 81]] », [[PERSONNE:Clémence]] [[DATE_NAISSANCE:2010]] et [[PERSONNE:Arthur]] [[DATE_NAISSANCE:2013]] ; les jours il les a plus, la secrétaire les retrouve dans le logiciel (déjà venus en {{2019}} pour une fracture). Nom : [[PERSONNE:Berthillot]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réinscription d'une mère isolée, fin du congé parental ({{PreParE}}) depuis {{juin 2022}}. Pour l'aide à la garde, la conseillère demande l'année de naissance du plus jeune : « [[DATE_NAISSANCE:2022]] ». « Et les autres ? » – « [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2018]] ». Elle : [[PERSONNE:Amandine Roux]], née le [[DATE_NAISSANCE:7 avril 1991]] à {{Chambéry}}, identifiant tout neuf [[ID_FRANCE_TRAVAIL:6638210F]]. Elle voudrait entrer à l'{{IFAS}} de {{Chambéry}} (aide-soignante).",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Étienne}}. M. [[PERSONNE:Étienne Couturier]], {{74 ans}}, demande la téléassistance. Il rit : « [[PERSONNE:Étienne]] de {{Saint-Étienne}}, on me l'a faite toute ma vie ». Abonnement {{Présence Verte}}, {{18 €/mois}} après aide.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Halte de nuit de {{Valence}}. {{21h}} : {{18 hommes}}, {{2 femmes}}, {{3 chiens}}. Pas d'alcool à l'intérieur. Soupe, douche, lit de camp. Un bénévole, retraité de la {{SNCF}}, vient {{2 soirs}} par semaine depuis {{2017}}. Extinction à {{23h}}.",
    ),
]

BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Grenoble}}, {{11h05}}. Mme [[PERSONNE:Sokhna Fall]] déclare sa séparation (depuis le {{1er octobre}}) et change de RIB pour un compte à son seul nom : [[IBAN:FR76 1382 5002 0008 0045 6731 277]]. N° alloc [[N_ALLOCATAIRE:5562031]]. L'agent reprend les enfants : « [[PERSONNE:Awa]], [[DATE_NAISSANCE:2014]] ; [[PERSONNE:Moustapha]], [[DATE_NAISSANCE:2017]] » ; elle donne les jours sans qu'on lui demande, « le [[DATE_NAISSANCE:9 mai]] et le [[DATE_NAISSANCE:21 septembre]] ». Pension alimentaire pas encore fixée → orientation {{ARIPA}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'assistante sociale de l'hôpital {{Édouard-Herriot}} appelle le {{115}} pour un patient sortant : M. [[PERSONNE:Ludovic Perret]], {{58 ans}}, sortie prévue {{demain 11h}}, sans domicile depuis {{2 ans}}. Pas de place en {{CHRS}} avant {{lundi}}. Elle laisse sa ligne directe : [[TELEPHONE:04 72 11 38 90]]. L'écoutant soupire après avoir raccroché : « les sorties d'hôpital le vendredi… ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, {{Lyon 3e}}. Déclaration de grossesse jamais arrivée. Mme [[PERSONNE:Camille Berthet]], NIR [[NIR:295086938356282]], née le [[DATE_NAISSANCE:11 août 1995]]. Terme prévu le {{2 juin}} : l'agent reprend avec elle le calendrier des examens. Elle a déjà un garçon, [[PERSONNE:Gabin]], né le [[DATE_NAISSANCE:20 décembre 2021]], rattaché aux deux parents.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Job dating {{BTP}} à l'agence de {{Vénissieux}} : {{7 entreprises}}, {{63 candidats}} inscrits, {{41}} présents. Les recruteurs de {{Vinci}} et d'{{Eiffage}} font des entretiens de {{10 min}}. Une agence d'intérim a apporté des croissants 🥐. Le conseiller référent : « en général {{1 sur 5}} signe ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de résidence à {{Valence}} ({{Le Plan}}). La contrôleuse, [[PERSONNE:Sandrine]], vérifie que les {{4 enfants}} déclarés vivent bien là. Livret de famille sur la table : [[PERSONNE:Ryan]] [[DATE_NAISSANCE:06/06/2008]], [[PERSONNE:Ilyana]] [[DATE_NAISSANCE:18/01/2011]], [[PERSONNE:Sami]] [[DATE_NAISSANCE:02/09/2013]], [[PERSONNE:Jenna]] [[DATE_NAISSANCE:25/12/2019]]. [[PERSONNE:Ryan]] vivrait chez son père à {{Romans}} depuis l'été ; la mère : « il revient le week-end ». Il sortira du foyer pour les allocs. Mère : Mme [[PERSONNE:Chabert]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de la {{Croix-Rousse}}. Patiente ukrainienne sous protection temporaire, récépissé {{APS}} n° [[IDENTIFIANT:6903412875]]. Elle s'appelle [[PERSONNE:Olena Kovalenko]]. Son fils traduit avec {{Google Traduction}}. Personne à prévenir : sa sœur [[PERSONNE:Iryna]], [[TELEPHONE:+380 67 412 5590]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Annecy}}, inscriptions pour la sortie familiale au lac (car le {{12 juillet}}). La dame : « on sera cinq ». L'agent prend noms et dates pour l'assurance : « vous, madame ? » – « [[PERSONNE:Hülya Demir]], [[DATE_NAISSANCE:1983]]… [[DATE_NAISSANCE:17 mai 83]] ». Son mari [[PERSONNE:Mehmet]], « [[DATE_NAISSANCE:1979]], le jour je sais pas, attendez », elle crie dans l'appart : « [[PERSONNE:Mehmet]] c'est quand ton anniversaire ?? » – « [[DATE_NAISSANCE:3 novembre]] ! ». Les enfants : [[PERSONNE:Eymen]] [[DATE_NAISSANCE:2012]], [[PERSONNE:Zeynep]] [[DATE_NAISSANCE:2015]], [[PERSONNE:Ela]] [[DATE_NAISSANCE:2020]]. {{10 €}} pour toute la famille.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un retraité dont les remboursements partent sur un compte fermé. Le conseiller prend le nouvel IBAN au téléphone, groupe par groupe : [[IBAN:FR76 1390 6000 3588 1420 6730 186]]. Il faudra quand même un RIB via le compte {{Ameli}}… qu'il n'a pas. Courrier alors. M. [[PERSONNE:Achard]], {{79 ans}}, très poli, « merci mademoiselle » (le conseiller est un homme 😅).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel programmé. [[PERSONNE:Kevin Mathieu]] n'a pas reçu sa convocation pour la formation cariste ({{CACES R489}}). Vérif du mail dans le dossier : [[EMAIL:kevin.mathieu01@hotmail.fr]] ; faux, c'est bien {{hotmail}} mais avec un 0 seulement : [[EMAIL:kevin.mathieu0@hotmail.fr]]. Identifiant [[ID_FRANCE_TRAVAIL:1185306 P]]. Session le {{17 mars}} à {{Corbas}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel social à {{Vaise}} ({{Lyon 9e}}) avec l'éducatrice de l'équipe mobile. Famille [[PERSONNE:Stoica]], {{chambres 7 et 8}}. Mise à jour pour la scolarisation : [[PERSONNE:Florin]], {{14 ans}}, « né en [[DATE_NAISSANCE:2010]] » ; [[PERSONNE:Denisa]], {{11 ans}}, en {{CM2}}, née le [[DATE_NAISSANCE:4 mars 2013]] ; [[PERSONNE:Ionuț]], {{6 ans}}, « [[DATE_NAISSANCE:2018]]… ah non [[DATE_NAISSANCE:2019]], [[DATE_NAISSANCE:janvier]] ». La mère, [[PERSONNE:Mirela]], née en [[DATE_NAISSANCE:1992]], en France depuis {{2016}}. Inscription au collège à voir avec le {{CASNAV}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} de l'{{Ain}}, conseillère en télétravail (double écoute via {{Teams}}). Sur {{2h}} : un appel de {{35 min}} pour un dossier {{AAH}} + {{prime d'activité}} imbriqués. Elle finit par « je fais une demande de rappel par un technicien ». La personne soupire. Moi aussi.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile à {{Saint-Étienne}}, quartier {{Bellevue}}. L'agente relit l'avis d'arrêt : assuré [[PERSONNE:Mourad Belkacem]], NIR [[NIR:1 82 01 99 351 103 05]] (né en {{Tunisie}}), adresse [[ADRESSE:14 rue Bergson, 42000 Saint-Étienne]]. Il est là, en pyjama, très gêné. {{5 min}}. Elle me dit que {{80 %}} des contrôles sont « conformes ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{CHU}} de {{Grenoble}}. Un homme appelle : ses parents ont été amenés cette nuit (intox au monoxyde, chaudière). L'agente : « noms et dates de naissance ? » – « [[PERSONNE:Georges]] et [[PERSONNE:Simone Bertrand]]… mon père est de [[DATE_NAISSANCE:1944]], le [[DATE_NAISSANCE:12 mars]] ; ma mère [[DATE_NAISSANCE:1946]]… ou [[DATE_NAISSANCE:47]] ». Elle les retrouve : caisson hyperbare. Elle lui dit de venir, rien de plus au téléphone.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Chambéry}}, antenne des {{Hauts-de-Chambéry}}. Demande de bon alimentaire. Mme [[PERSONNE:Gomes]] donne sa nouvelle adresse, [[ADRESSE:12 avenue du Grand Ariétaz, 73000 Chambéry]], et son portable [[TELEPHONE:07 58 23 61 94]]. Bon de {{30 €}} pour l'{{épicerie solidaire}}. Elle doit revenir avec sa quittance de loyer.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Étienne}}. Mme [[PERSONNE:Aït Ouali]] arrive avec son mari et un cartable de papiers. Elle a préparé une feuille manuscrite qu'elle lit à l'agent :\n- mariage {{14/02/2004}}\n- arrivée {{Saint-Étienne}} {{2006}}\n- [[PERSONNE:Yacine]] [[DATE_NAISSANCE:10/10/2006]]\n- [[PERSONNE:Sabrina]] [[DATE_NAISSANCE:01/07/2009]]\n- [[PERSONNE:Amine]] [[DATE_NAISSANCE:15/03/2012]]\n- séparation {{2019}}, remis ensemble {{2021}} 😅\nL'agent ne garde que les naissances et demande si [[PERSONNE:Yacine]] ({{18 ans}}) a des revenus : apprenti chez {{Casino}}, {{1 100 €}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un couple s'inscrit, {{2 RDV}} à la suite. La conseillère : « monsieur, l'année de naissance ? » – « [[DATE_NAISSANCE:1975]] ». « Le jour ? » – « [[DATE_NAISSANCE:20 avril]] ». « Madame ? » Il répond pour elle : « [[DATE_NAISSANCE:1980]] » ; elle corrige sèchement « [[DATE_NAISSANCE:1981]] ! », puis « le [[DATE_NAISSANCE:9 septembre]] ». Licenciés tous les deux de la même usine de plasturgie à {{Oyonnax}} en {{décembre}}. M. et Mme [[PERSONNE:Duret]], identifiants [[ID_FRANCE_TRAVAIL:7702154L]] et [[ID_FRANCE_TRAVAIL:7702361C]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Chambéry}}. Un saisonnier espagnol, [[PERSONNE:Javier Ortega Ruiz]], carte européenne ({{CEAM}}) n° [[IDENTIFIANT:80724 01358 6621 0044]]. Il travaille à {{Courchevel}} jusqu'en {{avril}}. L'agent lui ouvre un dossier provisoire et envoie la notice à [[EMAIL:javi.ortega.ruiz@gmail.com]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée au {{CHRS}} de {{Chambéry}} ({{Bissy}}). Mme [[PERSONNE:Kamara]] et ses {{3 enfants}}. Le TS remplit le dossier avec elle, qui mélange chiffres et lettres : « [[PERSONNE:Fanta]] c'est [[DATE_NAISSANCE:deux mille neuf]], le [[DATE_NAISSANCE:13 du 6]] ». « [[PERSONNE:Sekou]] [[DATE_NAISSANCE:2011]]… ou [[DATE_NAISSANCE:2012]] ? Non, [[DATE_NAISSANCE:2011]] ». « [[PERSONNE:Djeneba]] est née le [[DATE_NAISSANCE:premier mai deux mille dix-huit]] ». Elle-même : « [[DATE_NAISSANCE:1990]] ». Recours {{DALO}} déposé le {{7 février}}. Le TS me glisse que personne ne connaît les dates de ses enfants par cœur, « moi non plus ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Valence}}, {{3h du matin}} (j'ai tenu jusqu'à {{4h}}). Calme relatif : {{9 patients}}. Un homme ivre qui chante, une colique néphrétique, un bébé qui tousse. L'IDE d'accueil me montre la grille de tri, {{5 niveaux}}. Café de la machine à {{0,60 €}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Isère}}, déclaration trimestrielle {{RSA}} bloquée. M. [[PERSONNE:Olivier Jacquemet]], alloc [[N_ALLOCATAIRE:4409716]]. Le conseiller vérifie qu'il parle au titulaire : « date de naissance du plus jeune enfant ? » – « euh… [[DATE_NAISSANCE:2016]] ? » – « et le jour ? » – « [[DATE_NAISSANCE:30 novembre]] ». Vérif ok. Le blocage venait d'une case « revenus du conjoint » cochée par erreur.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation pour le portage de repas, {{CCAS}} de {{Villeurbanne}}. Mme [[PERSONNE:Renée Chomel]], {{91 ans}}, au [[ADRESSE:7 rue Léon Blum]], {{3e étage}}. Sa fille [[PERSONNE:Dominique]] est là. Régime sans sel. {{7,40 €}} le repas. La fille laisse son mail pour les factures : [[EMAIL:dominique.chomel@orange.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, une mère veut que ses {{3 enfants}} soient rattachés à elle et plus au père (séparés depuis {{2022}}). Conseillère : « il me faut les dates de naissance, l'année d'abord ». « Les jumeaux, [[DATE_NAISSANCE:2014]]. Et [[PERSONNE:Maya]], [[DATE_NAISSANCE:2018]] ». « Jour et mois des jumeaux ? » – « [[DATE_NAISSANCE:23 octobre]] ». « Leurs prénoms ? » – « [[PERSONNE:Hugo]] et [[PERSONNE:Jules]] ». Il faudra le jugement ou une attestation sur l'honneur. Mère : Mme [[PERSONNE:Poncet]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Matinée sur la plateforme {{3949}} à {{Lyon}}. {{47 appels}} en attente à {{9h}}. Les conseillers alternent {{1h}} de téléphone et {{1h}} de mails. Questions récurrentes : attestation employeur manquante, radiation, trop-perçu. Un conseiller tient un fichier perso de « phrases qui marchent ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Savoie}}, appel d'un couple qui dort dans un fourgon aménagé à {{Aix-les-Bains}}, plaques italiennes [[IMMATRICULATION:GK 512 KW]]. La police municipale leur a demandé de quitter le parking du {{lac du Bourget}}. Ils veulent juste savoir où prendre une douche. L'écoutante donne les horaires de l'accueil de jour ({{9h-12h}}). Lui c'est [[PERSONNE:Matteo]], elle [[PERSONNE:Giulia]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Valence}}, ticket {{B112}}, {{1h05}} d'attente. Une affiche « Le saviez-vous ? Déclarez vos ressources en ligne » au-dessus d'une borne éteinte. Les agents n'ont plus que leur fonction sur le badge, sans nom, depuis une agression en {{2023}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de l'{{Ain}}, renouvellement {{CSS}}. M. [[PERSONNE:Traoré]] remplit la composition du foyer avec l'agent. Sa femme [[PERSONNE:Mariam]], « [[DATE_NAISSANCE:89]] » ; le jour il ne sait pas, il regarde sur la carte {{Vitale}} de madame : [[DATE_NAISSANCE:26/08/1989]]. Les enfants : [[PERSONNE:Oumou]], « elle a {{10 ans}}, [[DATE_NAISSANCE:2014]] », [[PERSONNE:Boubacar]] [[DATE_NAISSANCE:2017]], et le bébé, [[PERSONNE:Hawa]], née il y a {{3 semaines}}, le [[DATE_NAISSANCE:2 du mois]]. Plafond de ressources : ça passe à {{28 €}} près.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU Grenoble Alpes}}, dimanche. Famille intoxiquée aux champignons (cueillette en {{Chartreuse}}). La mère donne tout d'un coup au guichet : « moi [[DATE_NAISSANCE:15/11/1986]], mon mari [[DATE_NAISSANCE:03/03/1984]], [[PERSONNE:Léa]] [[DATE_NAISSANCE:2012]], [[PERSONNE:Tom]] [[DATE_NAISSANCE:2015]] ». La secrétaire : « doucement ! » et reprend un par un. Pour [[PERSONNE:Tom]] il manque le jour : « [[DATE_NAISSANCE:18 août]] ». Nom : [[PERSONNE:Vial]]. Centre antipoison appelé à {{14h10}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Bourg-en-Bresse}}, aide à la demande de logement social en ligne. L'agente saisit la compo : Mme [[PERSONNE:Petitjean]], « [[DATE_NAISSANCE:1970]] » – « le jour ? » – « [[DATE_NAISSANCE:31 janvier]] » ; son petit-fils qu'elle élève, [[PERSONNE:Kylian]], « [[DATE_NAISSANCE:2011]], il va avoir {{14 ans}} ». « Et le jour ? » – « le [[DATE_NAISSANCE:21 juin]], le jour de la {{fête de la musique}} ». Numéro unique obtenu : [[IDENTIFIANT:001 12 24 04516]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien de suivi {{CEJ}}. [[PERSONNE:Bilel]], {{20 ans}}, a déménagé chez sa tante, [[ADRESSE:3 allée des Tilleuls, 69200 Vénissieux]] (aux {{Minguettes}}). Nouveau numéro : [[TELEPHONE:06 03 87 14 52]]. Sa conseillère, [[PERSONNE:Aurélie]], lui rappelle les {{15h}} d'activité par semaine. Il a fait {{2 jours}} de stage chez {{Norauto}} et il a adoré.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des chambres avec la maîtresse de maison du {{CHRS}} ({{Villeurbanne}}). {{24 chambres}}, contrôle mensuel : détecteurs de fumée, pas de plaques chauffantes. {{Chambre 9}} : une bouilloire confisquée, le résident râle. {{45 min}} de tournée.",
    ),
]

BATCH_4 = [
    (
        "caf",
        "accueil_telephonique",
        "APPEL {{15H20}}. Monsieur veut savoir pourquoi les allocs ont baissé. RÉPONSE : sa fille aînée a eu {{20 ANS}} le mois dernier (née en [[DATE_NAISSANCE:MARS 2005]]). Il ne savait pas qu'elle « sortait » du calcul. PAS CONTENT DU TOUT. Conseiller très patient.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Annecy}}. Un retraité corse installé à {{Seynod}} depuis {{2019}}, changement de caisse jamais fait. Il récite son numéro avec fierté : « [[NIR:1 58 12 2A 004 312 41]], 2A comme {{Corse-du-Sud}} ». Né le [[DATE_NAISSANCE:24 décembre 1958]] à {{Ajaccio}} (« le petit {{Jésus}} c'est moi »). M. [[PERSONNE:Santoni]]. Mutation du dossier lancée.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Valence}}, aide à la rentrée (fournitures). Mme [[PERSONNE:Jabbour]] liste ses enfants à l'agent, qui recopie :\n[[PERSONNE:Ryad]] – {{6e}} – [[DATE_NAISSANCE:2013]]\n[[PERSONNE:Jana]] – {{CM1}} – [[DATE_NAISSANCE:2015]]\n[[PERSONNE:Karim]] – {{CP}} – [[DATE_NAISSANCE:2018]], « le [[DATE_NAISSANCE:12 avril]] je crois »\nL'agent : « le jour on s'en fiche, c'est l'année qui compte ». {{40 €}} par enfant, en bons {{Carrefour}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{23h40}} : plus aucune place sur {{Lyon}}. {{14 familles}} sans solution ce soir. L'écoutante raccroche et reste {{1 min}} sans rien dire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « optimiser son CV ». La conseillère projette le CV d'une participante (avec son accord) : [[PERSONNE:Nathalie Brun]], [[ADRESSE:27 rue Sommeiller, Chambéry]], [[TELEPHONE:06 41 78 30 22]], [[EMAIL:nath.brun73@yahoo.fr]], « née le [[DATE_NAISSANCE:02/05/1968]] ». Conseil n°1 : enlever la date de naissance et la photo 😬. Conseil n°2 : un titre clair (« Assistante comptable, {{20 ans}} d'expérience »).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Étienne}}. L'assistante sociale du service reçoit une famille arrivée hier de {{Guinée}} (l'enfant a de la fièvre). Elle note tout le monde pour le signalement au {{115}} : le père, [[PERSONNE:Alpha Bah]], [[DATE_NAISSANCE:1987]] ; la mère, [[PERSONNE:Kadiatou]], « [[DATE_NAISSANCE:1996]]… non [[DATE_NAISSANCE:1995]], le papier dit [[DATE_NAISSANCE:1995]] » ; [[PERSONNE:Mamadou]], {{4 ans}}, [[DATE_NAISSANCE:12/12/2020]] ; et [[PERSONNE:Binta]], {{18 mois}}. Ils ont dormi à la {{gare de Châteaucreux}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Haute-Savoie}}. Un frontalier qui travaille à {{Genève}} veut que les allocs arrivent sur son compte suisse : [[IBAN:CH59 0023 5042 9173 8001 0]]. L'agente : possible (zone {{SEPA}}), mais vérif plus longue. Pour la différentielle avec les allocations suisses, il faut l'attestation de la caisse genevoise. M. [[PERSONNE:Dupraz]], {{2 enfants}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une femme en famille recomposée : les {{2 enfants}} de son compagnon vivent maintenant chez eux. La conseillère : « ils ont quel âge ? » – « [[PERSONNE:Timéo]] {{9 ans}}, [[PERSONNE:Louise]] {{13}} ». « Les dates de naissance ? » – « [[PERSONNE:Timéo]] c'est le [[DATE_NAISSANCE:4 juillet]]… l'année, attendez… [[DATE_NAISSANCE:2015]]. [[PERSONNE:Louise]], [[DATE_NAISSANCE:2011]], mais le jour faut que je demande à leur père ». Rattachement possible au compagnon, pas à elle. Elle : « de toute façon c'est moi qui fais tout ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère rappelle M. [[PERSONNE:Fontaine]] pour l'aide aux frais de déplacement (formation à {{Roanne}}, {{80 km}} par jour). Il manque la carte grise, il la lit au téléphone : « [[IMMATRICULATION:BQ-390-XD]], une {{Kangoo}} ». Identifiant [[ID_FRANCE_TRAVAIL:8213407 D]]. Remboursement à {{0,20 €/km}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Grenoble}} ({{Villeneuve}}). Mise à jour du dossier {{SIAO}} à l'ordi. L'intervenante lit l'écran à voix haute pour vérifier avec Mme [[PERSONNE:Diallo]] : « [[PERSONNE:Aminata]], [[DATE_NAISSANCE:2009-03-17]] ; [[PERSONNE:Ousmane]], [[DATE_NAISSANCE:2012-11-02]] ; [[PERSONNE:Fatoumata]], [[DATE_NAISSANCE:2016-06-30]] ». Mme : « non, [[PERSONNE:Fatoumata]] c'est le [[DATE_NAISSANCE:3 juin]] ! ». Erreur de saisie, corrigée. Réf. SIAO [[IDENTIFIANT:38-FAM-2022-1187]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Vénissieux}}. Une travailleuse sociale de la {{Maison de la Métropole}}, [[PERSONNE:Céline Benyahia]], appelle pour une aide financière d'urgence : famille [[PERSONNE:Okafor]], frigo vide, {{4 enfants}}. Elle envoie son rapport depuis sa boîte pro, [[EMAIL:celine.benyahia@mdm-lyon.fr]]. Passage en commission {{jeudi}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Vénissieux}}, [[ADRESSE:18 avenue Jean Cagne]]. Allocataire : Mme [[PERSONNE:Haddou]], n° [[N_ALLOCATAIRE:6108254]]. Le contrôleur liste les enfants à charge ; elle répond par les âges, il redemande les années : « [[PERSONNE:Zakaria]], {{16 ans}}… [[DATE_NAISSANCE:2008]] ; [[PERSONNE:Imane]], {{12}}… [[DATE_NAISSANCE:2012]] ; [[PERSONNE:Adem]], {{5 ans}}, [[DATE_NAISSANCE:2019]], le [[DATE_NAISSANCE:31 décembre]], le réveillon à la maternité ». Logement conforme à la déclaration, contrôle clos.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Journée avec un agent de contrôle de la {{Cpam}} de la {{Loire}} : {{6 visites}} prévues, {{2}} absents, {{1}} refus d'ouvrir, {{3}} conformes. Bcp de route ({{110 km}}) entre {{Roanne}} et {{Montbrison}}. Il écoute {{France Inter}} entre deux visites.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Chambéry}}. Un médecin de ville, le Dr [[PERSONNE:Kaddour]], annonce l'arrivée d'un patient ({{AVC}} suspecté). Il donne son portable pour être rappelé : [[TELEPHONE:06 22 91 04 67]]. L'agente transfère au médecin régulateur en {{30 secondes}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien avec une mère seule qui voudrait une place en crèche {{AVIP}} pour pouvoir chercher du travail. La conseillère : « votre enfant a moins de {{3 ans}} ? » – « [[PERSONNE:Maksym]], né en [[DATE_NAISSANCE:2023]], le [[DATE_NAISSANCE:14 août]] ; et [[PERSONNE:Sofiia]] a {{7 ans}}, [[DATE_NAISSANCE:2017]] ». Elle : [[PERSONNE:Oksana Shevchenko]], [[DATE_NAISSANCE:1990]], arrivée de {{Kharkiv}} en {{mars 2022}}. Fiche de liaison envoyée à la crèche des {{Gratte-Ciel}} à {{Villeurbanne}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{caf}} {{bourg}}, {{10h}}. file jusque dans la rue, il pleut. l'agent de securite distribue des tickets dehors. « on a pas assez de chaises ». 🌧️",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile, logement en intermédiation locative ({{IML}}), [[ADRESSE:5 rue de la Richelandière, 42100 Saint-Étienne]]. Le couple [[PERSONNE:Gashi]] a eu un bébé : [[PERSONNE:Arben]], né le [[DATE_NAISSANCE:2 novembre]] à l'{{hôpital Nord}}. L'éducateur met à jour le dossier : monsieur [[DATE_NAISSANCE:1993]], madame [[DATE_NAISSANCE:1997]], la grande, [[PERSONNE:Dea]], [[DATE_NAISSANCE:2020]]. Le bail glissant pourrait passer à leur nom en {{janvier}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} d'{{Annecy}} ({{Novel}}) pour une coupure d'électricité. M. [[PERSONNE:Abdelkader Rahmani]], {{67 ans}}. L'AS appelle {{EDF}} devant nous, facture en main : réf. client [[IDENTIFIANT:6004 512 873]], PDL [[IDENTIFIANT:14295006731842]]. Rétablissement sous {{48h}}, dette de {{612 €}} en échéancier, le {{FSL}} sera sollicité.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} du {{Rhône}}, agence de {{Vénissieux}}. M. [[PERSONNE:Hamidi]], NIR [[NIR:1 79 11 99 352 087 07]], né à {{Oran}} le [[DATE_NAISSANCE:8 novembre 1979]]. Il fait rattacher ses enfants arrivés par regroupement familial en {{octobre}} : « [[PERSONNE:Nesrine]], [[DATE_NAISSANCE:2010]]… le [[DATE_NAISSANCE:5 mars]] » ; « [[PERSONNE:Anis]], [[DATE_NAISSANCE:vingt-sept juin deux mille treize]] », en détachant chaque mot. L'agente demande les actes de naissance traduits.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une mère pour son fils de {{24 ans}}. Elle a tout : l'identifiant [[ID_FRANCE_TRAVAIL:0936218H]], sa date de naissance « [[DATE_NAISSANCE:3 juillet 2000]] », même celle de sa sœur « au cas où » ([[DATE_NAISSANCE:2003]]). Le conseiller refuse poliment : il faut que [[PERSONNE:Jérémy]] appelle lui-même. Elle : « il dort, il est {{11h}} ». 🙃",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Édouard-Herriot}}, {{pavillon N}}. L'écran annonce « temps d'attente estimé : {{5h12}} ». Un monsieur prend l'écran en photo « pour mon employeur ». L'agent d'accueil n'a pas de chaise, il reste debout toute sa vacation de {{12h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} de la {{Savoie}}. Allocataire [[N_ALLOCATAIRE:7203358]], ne reçoit plus les mails de la Caf. Le conseiller vérifie l'adresse enregistrée : [[EMAIL:p.rousset73@sfr.fr]] – « {{SFR}} j'ai résilié depuis longtemps ». Nouvelle adresse : [[EMAIL:pascale.rousset@proton.me]]. Mme [[PERSONNE:Rousset]] : « j'ai tout changé à cause des arnaques ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Drôme}}, {{Valence}}. Une jeune femme enceinte de {{8 mois}} (terme le {{20 janvier}}) avec un enfant de {{2 ans}}, mise dehors par son compagnon. L'écoutante : « vous êtes née en quelle année ? » – « [[DATE_NAISSANCE:2004]] ». « Et votre fils ? » – « [[DATE_NAISSANCE:2022]], [[DATE_NAISSANCE:septembre]] ». Prénoms : [[PERSONNE:Laura]] et [[PERSONNE:Enzo]]. Taxi jusqu'au {{Campanile}} {{Valence Sud}}, {{chambre 31}}, payé par le {{115}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}} de {{Grenoble}}, double écoute. Sujet du jour : les SMS frauduleux « votre {{carte Vitale}} expire ». {{1 appel sur 4}}. Consigne : « l'Assurance maladie ne demande jamais vos coordonnées bancaires par SMS ». Une dame a déjà donné sa carte bancaire : orientation vers sa banque et {{Pharos}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Villeurbanne}}, inscription au {{registre canicule}}. M. et Mme [[PERSONNE:Marchetti]], mariés depuis {{61 ans}} (« le {{6 juin 1964}} »). L'agente : « vos dates de naissance ? » Lui : « [[DATE_NAISSANCE:1938]] » ; elle : « [[DATE_NAISSANCE:1941]], le [[DATE_NAISSANCE:25 décembre]], comme {{Jésus}} ». Lui ne se souvient plus de son jour, elle répond pour lui : « le [[DATE_NAISSANCE:2 février]], la {{Chandeleur}} ». Fixe : [[TELEPHONE:04 78 84 26 15]]. Prénoms : [[PERSONNE:Angelo]] et [[PERSONNE:Yvette]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{France Travail}} d'{{Annecy}}. {{2 PC}} en libre-service. Un jeune fait son CV sur {{Canva}} avec son téléphone, la volontaire l'aide. Au mur, les offres de saison : serveur à {{Megève}}, perchman à {{La Clusaz}}, {{1 800 €}} net logé.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Rhône}}, {{Villeurbanne}}. Mme [[PERSONNE:Ben Salah]] demande l'{{ASF}} : le père ne paie plus depuis la séparation ({{mai 2022}}). L'agent vérifie les enfants à l'écran : « [[PERSONNE:Lyna]], née le [[DATE_NAISSANCE:seize février deux mille douze]] ? » (il le lit en toutes lettres, je ne sais pas pourquoi). « Et [[PERSONNE:Adam]], [[DATE_NAISSANCE:9/9/15]] ». Elle donne aussi son nouveau RIB : [[IBAN:FR76 3000 3015 2000 0502 9381 753]]. RDV avec l'{{ARIPA}} le {{3 avril}} à {{14h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Grenoble}}. Un étudiant marocain, [[PERSONNE:Youssef El Amrani]], vient chercher son attestation. Titre de séjour étudiant n° [[IDENTIFIANT:3800156742]], valable jusqu'au {{31/10/2025}}. Dossier bloqué : acte de naissance pas légalisé. C'est sa {{3e fois}} ici.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Valence}}. Un papa avec [[PERSONNE:Nolan]] (gastro). « Date de naissance ? » – « [[DATE_NAISSANCE:2019]]… euh non, ça c'est [[PERSONNE:Timothée]] qui est de [[DATE_NAISSANCE:2019]], [[PERSONNE:Nolan]] c'est [[DATE_NAISSANCE:2021]] ». « Le jour ? » – « [[DATE_NAISSANCE:13 mars]], le même jour que sa mère ! ». Nom : [[PERSONNE:Chapuis]]. Bracelet imprimé, {{salle 2}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Annecy}}. [[PERSONNE:Régis]], {{52 ans}}, vit dans son {{Trafic}} blanc ([[IMMATRICULATION:7415 ZT 74]], une vieille plaque). Il demande une domiciliation pour renouveler son {{RSA}}. La bénévole, [[PERSONNE:Monique]], l'aide à remplir le {{Cerfa}}. Son chien, {{Rocky}}, attend dehors attaché.",
    ),
]

BATCH_5 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à [[ADRESSE:6 allée des Frênes, 38130 Échirolles]]. Dossier [[N_ALLOCATAIRE:3927405]]. La contrôleuse demande les pièces d'identité des enfants ; Mme [[PERSONNE:Mendy]] ne retrouve que le passeport d'[[PERSONNE:Ange]] : né le [[DATE_NAISSANCE:11/04/2012]]. Pour [[PERSONNE:Jean-Baptiste]] : « [[DATE_NAISSANCE:deux mille quatorze]], au mois de [[DATE_NAISSANCE:mai]] ». Le RIB du dossier, [[IBAN:FR76 1027 8073 1600 0208 1164 520]], correspond bien à son compte. RAS.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique à {{France Travail}} {{Saint-Étienne}} {{Châteaucreux}} : se connecter à son espace perso. {{5 participants}}, moyenne d'âge {{55 ans}}. La conseillère fait écrire le mot de passe sur un papier « que vous cachez chez vous, pas dans le portefeuille ». Un monsieur n'avait jamais tenu une souris.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}, {{18h05}}. Un père, sa femme et leurs {{3 enfants}}, expulsés ce matin à {{Rillieux}}. L'écoutant suit la fiche : « nom ? » – « [[PERSONNE:Kanté]] ». « Votre année de naissance ? » – « [[DATE_NAISSANCE:soixante-dix-huit]] ». « Madame ? » – « [[DATE_NAISSANCE:quatre-vingt-cinq]] ». « Les enfants, l'année puis le jour » : « [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:14 janvier]] ; [[DATE_NAISSANCE:2013]], [[DATE_NAISSANCE:2 avril]] ; [[DATE_NAISSANCE:2020]], je sais plus… [[DATE_NAISSANCE:août]] ». Numéro pour le rappeler : « [[TELEPHONE:zéro sept, cinquante-deux, dix-huit, quarante, zéro neuf]] ». Gymnase ouvert pour le {{plan froid}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de la {{Savoie}}. M. [[PERSONNE:Quentin Favre]] change de compte pour ses IJ et tend un RIB papier : [[IBAN:FR76 1810 6000 4196 3578 2014 458]] ({{Crédit Agricole des Savoie}}). L'agent vérifie le NIR sur l'attestation, [[NIR:1 90 04 73 065 527 80]] : « vous êtes né à {{Chambéry}} ? » – « oui, en [[DATE_NAISSANCE:avril 90]] ». Traitement sous {{8 jours}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Grenoble}}, standard. Des appels pour des places en {{Ehpad}}, la liste d'attente des résidences autonomie ({{18 mois}}), une question sur le {{pass Culture}} (mauvais guichet, renvoi vers la {{Mission locale}}). L'agent a une liste de {{40}} numéros utiles scotchée sous l'écran.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Chambéry}}. Une assistante maternelle amène [[PERSONNE:Capucine]], {{2 ans}}, tombée du toboggan. Dans son sac, la fiche des parents : « née le [[DATE_NAISSANCE:05/01/2023]], allergique à la pénicilline », maman [[TELEPHONE:06 60 35 81 27]], papa [[TELEPHONE:07 66 14 09 92]]. La secrétaire appelle la maman, Mme [[PERSONNE:Arnaud]], qui confirme la date et ajoute : « c'est sa sœur [[PERSONNE:Apolline]], celle de [[DATE_NAISSANCE:2020]], qui était aux urgences le mois dernier » 😅.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Lemaire]] ([[ID_FRANCE_TRAVAIL:4410293 N]]) : son conseiller, M. [[PERSONNE:Bouaziz]], est parti et elle ne sait pas qui la suit. Réaffectée à Mme [[PERSONNE:Guichard]], qui la rappellera sous {{48h}}. Elle donne son fixe : [[TELEPHONE:04 74 23 58 61]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Annecy}}. Une mère demande si elle a droit à l'{{ARS}} pour ses trois. Le conseiller : « ils sont nés en quelle année ? » – « le grand [[DATE_NAISSANCE:2007]]… non, [[DATE_NAISSANCE:2006]]… non [[DATE_NAISSANCE:2007]] c'est sûr, il est en {{terminale}} ». « La deuxième ? » – « [[DATE_NAISSANCE:2010]], en {{3e}} ». « Et le petit ? » – « [[DATE_NAISSANCE:2019]], en {{grande section}}, il a {{5 ans}} ». Le petit n'y a pas droit avant {{6 ans}}. Pas de nom, pas de n° alloc : « rappelez avec votre numéro » 😶.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête à domicile de la {{Cpam}} de {{Haute-Savoie}} à {{Cluses}}, sur la composition du foyer déclarée pour la {{CSS}}. Mme [[PERSONNE:Baptista]], ses deux filles et sa mère. L'enquêtrice : « votre maman est née quand ? » – « [[DATE_NAISSANCE:quarante-huit]]… [[DATE_NAISSANCE:2 mai 1948]] ». « Les filles ? » – « [[PERSONNE:Inês]], [[DATE_NAISSANCE:2002]], elle travaille, elle paie sa part ; [[PERSONNE:Beatriz]], [[DATE_NAISSANCE:2008]] ». La grand-mère touche une petite retraite portugaise ({{310 €}}), à déclarer.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Valence}}, réunion d'équipe du matin ({{9h}}–{{9h45}}). {{12 situations}} passées en revue, toujours par les initiales ou le numéro de chambre. {{1 poste vacant}} depuis {{6 mois}}. La cheffe de service : « on tient grâce aux stagiaires ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de la {{Loire}}, antenne de {{Roanne}}. Prêt d'honneur pour une voiture d'occasion ({{1 500 €}} sur {{36 mois}}). M. [[PERSONNE:Dufour]] apporte le certificat de cession : {{Peugeot 207}}, [[IMMATRICULATION:CZ-611-HN]]. Alloc n° [[N_ALLOCATAIRE:0348812]]. Commission d'action sociale le {{15}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Étienne}}, tarification solidaire {{STAS}}. L'agent saisit toute la famille [[PERSONNE:Boukhris]] pour les abonnements : le père, « [[DATE_NAISSANCE:12 mars 76]] », la mère, « [[DATE_NAISSANCE:80]] » ; les enfants, elle les lit sur une photo du livret : [[PERSONNE:Ilyès]] [[DATE_NAISSANCE:19/07/2004]], [[PERSONNE:Sarah]] [[DATE_NAISSANCE:22/01/2007]], [[PERSONNE:Walid]] [[DATE_NAISSANCE:04/10/2010]]. [[PERSONNE:Ilyès]], {{20 ans}}, étudiant à {{Jean Monnet}}, a droit au tarif jeune.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de [[PERSONNE:Rui Carvalho]], arrivé du {{Portugal}} en {{janvier}}. Carte d'identité portugaise n° [[IDENTIFIANT:14523876 4 ZX8]]. La conseillère crée le dossier : identifiant [[ID_FRANCE_TRAVAIL:5390127E]]. Il cherche dans le BTP (coffreur). Elle lui parle du {{salon de l'emploi}} de {{Villefranche}} le {{12}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{Valence}}. Une maman de jumeaux nés le [[DATE_NAISSANCE:29 janvier]] veut savoir pourquoi ils ne sont pas encore sur sa carte. « Votre numéro ? » – « [[NIR:2 83 10 26 362 145 97]] ». « Votre date de naissance pour vérifier ? » – « [[DATE_NAISSANCE:14 octobre 1983]] ». Les jumeaux : [[PERSONNE:Élio]] et [[PERSONNE:Maël]], « [[DATE_NAISSANCE:29/01/2025]] tous les deux, à {{4 minutes}} d'écart ». Acte reçu, traitement sous {{10 jours}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Lyon Sud}}, la ligne des familles sonne sans arrêt. {{11 appels}} en {{40 min}}, toujours la même phrase : « je ne peux rien vous dire au téléphone, venez avec une pièce d'identité ». Elle m'explique les fausses familles (journalistes, ex-conjoints…).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement {{ALT}}, [[ADRESSE:14 rue du Docteur Hudellet, 01000 Bourg-en-Bresse]]. Mme [[PERSONNE:Morel]] s'est mariée le {{14 septembre}} avec M. [[PERSONNE:Adjei]]. L'éducatrice met à jour : lui, « né en [[DATE_NAISSANCE:1988]] au {{Ghana}} » ; le jour, il le montre sur son passeport : [[DATE_NAISSANCE:12 DEC 1988]], passeport n° [[IDENTIFIANT:G2758314]]. Les enfants de madame : [[PERSONNE:Lou]] [[DATE_NAISSANCE:2015]], [[PERSONNE:Nino]] [[DATE_NAISSANCE:2018]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} du {{Rhône}}. Une allocataire veut vérifier son RIB : n° alloc [[N_ALLOCATAIRE:2291746]]. Elle dicte tout d'un bloc, sans les espaces : [[IBAN:FR7617806004120412883520175]]. Le conseiller compare : ça correspond. Le retard de versement vient d'un contrôle en cours. Mme [[PERSONNE:Laurent-Petit]] raccroche rassurée à moitié.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile du {{CCAS}} de {{Vénissieux}} ({{Parilly}}). Mme [[PERSONNE:Belhadj]], {{68 ans}}, élève ses petits-enfants depuis le décès de sa fille en {{2021}}. L'AS note : [[PERSONNE:Amir]], « il a eu {{15 ans}} le [[DATE_NAISSANCE:3 mai]] » ; [[PERSONNE:Nour]], [[DATE_NAISSANCE:2013]] ; [[PERSONNE:Lilia]], « [[DATE_NAISSANCE:2016]] ou [[DATE_NAISSANCE:2017]], je confonds avec sa cousine ». L'AS trouve [[DATE_NAISSANCE:2017]] sur le certificat de scolarité. Délégation d'autorité parentale obtenue le {{10 octobre 2022}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Visio ratée, on bascule au téléphone. [[PERSONNE:Lucie Garnier]] n'arrive pas à se connecter ({{FranceConnect}} refuse). La conseillère vérifie l'adresse : [[EMAIL:lucie.garnier.42@laposte.net]]. Lien de réinitialisation envoyé. Identifiant [[ID_FRANCE_TRAVAIL:2258016 J]]. Entretien reporté au {{mardi 14}} à {{10h30}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Vénissieux}}, borne multiservices en panne, écran bleu 🔵. L'agent d'accueil fait tout à la main : {{31 personnes}} en {{2h}}, dont {{9}} pour une attestation de droits « pour la mutuelle » ou « pour l'employeur ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, [[ADRESSE:31 boulevard Lénine, 69200 Vénissieux]]. M. [[PERSONNE:Saïdi]], au {{RSA}}, signalé comme chauffeur {{VTC}}. Devant l'immeuble, une {{Toyota C-HR}} noire avec macaron VTC : [[IMMATRICULATION:GE-284-SV]]. Il reconnaît « quelques courses le week-end » pour un cousin. Le contrôleur explique : c'est à déclarer, rappel possible sur {{2 ans}}. Tendu mais correct.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Isère}}, {{21h30}}. Deux sœurs avec un bébé à la {{gare de Grenoble}}. L'écoutante : « vos dates de naissance ? » L'aînée : « [[DATE_NAISSANCE:vingt et un décembre deux mille deux]] ». La cadette : « [[DATE_NAISSANCE:2005]] », elle refuse de donner le jour. Le bébé : « [[PERSONNE:Jasmine]], née le [[DATE_NAISSANCE:9 septembre]] ». Noms : [[PERSONNE:Mbemba]], [[PERSONNE:Grâce]] et [[PERSONNE:Divine]]. Orientation vers le {{Relais Ozanam}} demain matin.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Fleyriat}}. Une voiture bloque l'entrée des ambulances. L'agent de sécurité annonce au micro : « le propriétaire du véhicule [[IMMATRICULATION:FK-903-BL]] est prié de… ». Personne. {{15 min}} plus tard un monsieur arrive en courant, il accompagnait sa femme. Le vigile, [[PERSONNE:Rachid]], garde son calme.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune de {{17 ans}} (obligation de formation) avec sa mère. La conseillère : « tu es née quand ? » – « [[DATE_NAISSANCE:2007]] ». « En entier ? » – « [[DATE_NAISSANCE:1er juin]] ». La mère remplit la partie représentant légal : « [[PERSONNE:Nadège Lefort]], [[DATE_NAISSANCE:1986]] ». La jeune, [[PERSONNE:Maëva]], veut un {{CAP}} petite enfance. Orientation {{Mission locale}} + {{CIO}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Chambéry}}. M. [[PERSONNE:Rasolofo]] déclare l'arrivée de sa femme et de leurs enfants (regroupement familial, arrivés le {{18 novembre}}). L'agente : « l'année de naissance de madame ? » – « elle a {{34 ans}} » – « l'année, monsieur » – « [[DATE_NAISSANCE:1990]], [[DATE_NAISSANCE:1991]]… [[DATE_NAISSANCE:1990]] ». Les enfants : « [[PERSONNE:Fitia]], {{10 ans}}, [[PERSONNE:Tahiry]], {{7}} » – « les années ! » – rire général – « [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]] ». Madame s'appelle [[PERSONNE:Voahangy]]. Actes malgaches, traduction à fournir.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Bourg-en-Bresse}}, [[ADRESSE:22 avenue de Jasseron]]. Fiche : [[PERSONNE:Maxime Girard]], NIR [[NIR:196020105338962]], né le [[DATE_NAISSANCE:07/02/1996]] à {{Bourg}}. Il ouvre en béquilles (entorse), ravi qu'on passe, « au moins je vois du monde ». {{3 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Grenoble}}, inscriptions au séjour neige de {{février}}. Une mamie inscrit ses trois petits-enfants : « [[PERSONNE:Léo]], c'est du [[DATE_NAISSANCE:12/02/14]] ; [[PERSONNE:Rose]], du [[DATE_NAISSANCE:8/05/16]] ; et [[PERSONNE:Marius]], je crois [[DATE_NAISSANCE:17]]… oui, [[DATE_NAISSANCE:11/11/17]], le jour de l'{{Armistice}} ». L'agent : [[PERSONNE:Marius]] est trop petit (à partir de {{8 ans}}). Facture au nom du père, M. [[PERSONNE:Giraud]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHANGE}} à {{Annecy}}, {{1h15}}. Une femme arrive avec ses deux enfants après une dispute violente. La secrétaire l'inscrit et, à la demande du médecin, les enfants aussi : « [[PERSONNE:Anaïs]], [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:28 février]] ; [[PERSONNE:Mathis]], [[DATE_NAISSANCE:6 juin 2014]] ». Elle : [[PERSONNE:Émilie Perrin]], [[DATE_NAISSANCE:1985]]. La police arrive vers {{2h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Lyon 7e}}. Un résident, [[PERSONNE:Fabrice]], remplit une demande de logement social avec sa référente, pour lui et sa compagne. « Sa date de naissance ? » – « euh… elle est de [[DATE_NAISSANCE:79]], ou [[DATE_NAISSANCE:80]] ». Il l'appelle : « [[DATE_NAISSANCE:22 juillet 1979]] ». Il rit : « ne lui dites pas ». La compagne : [[PERSONNE:Sylvie Moreau]]. Lui : né le [[DATE_NAISSANCE:3 janvier 1971]] à {{Saint-Chamond}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Annecy}}. M. [[PERSONNE:Théodore Mugnier]], en fauteuil, attend sa notification {{MDPH}} depuis {{7 mois}}. L'agente appelle la MDPH avec le n° de dossier [[IDENTIFIANT:74-2024-018653]]. {{20 min}} de musique d'attente qu'on écoute ensemble. Réponse : « en cours d'évaluation ».",
    ),
]

BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Rhône}}, {{Lyon 8e}}. Mme [[PERSONNE:Chaouch]], enceinte, vient pour la {{prime de naissance}} (terme prévu le {{3 juillet}}). L'agent en profite pour vérifier les autres enfants : « [[PERSONNE:Anas]] est né en [[DATE_NAISSANCE:2016]], c'est bien le [[DATE_NAISSANCE:20 mai]] ? » – « oui ». « [[PERSONNE:Mayar]], [[DATE_NAISSANCE:2019]] ? » – « non, [[DATE_NAISSANCE:2020]], en plein confinement, le [[DATE_NAISSANCE:4 avril]] ». Le confinement, tout le monde s'en souvient 😷. N° alloc [[N_ALLOCATAIRE:6620913]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} de la {{Loire}}. Panne de l'outil de gestion de {{10h10}} à {{10h50}} : les conseillers prennent les appels sur papier et promettent de rappeler. Un conseiller compte ses rappels : {{17}}. « On les fera cet aprem, entre deux appels. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Bourg-en-Bresse}}, entretien d'admission. Famille sri-lankaise ; M. [[PERSONNE:Tharmalingam]] parle un peu anglais. Le TS : « date of birth ? » – « [[DATE_NAISSANCE:nineteen eighty-two]] ». Madame, [[PERSONNE:Kalaivani]] : « [[DATE_NAISSANCE:1987]] ». Les enfants : [[PERSONNE:Arun]], « [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:fifth of March]] », et [[PERSONNE:Nila]], [[DATE_NAISSANCE:2016]]. Arrivés en {{2023}}, demande d'asile enregistrée le {{9 janvier 2024}}, {{OFPRA}} en attente. Le TS finit en mimant, tout le monde rit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Villeurbanne}}. M. [[PERSONNE:Cem Aydın]] ne comprend pas pourquoi sa mutuelle ne rembourse rien. Mutuelle d'entreprise {{Malakoff Humanis}}, n° adhérent [[IDENTIFIANT:MH-0772153-01]]. L'agent vérifie le NIR, [[NIR:1 88 06 99 208 061 49]] (né en {{Turquie}} en [[DATE_NAISSANCE:juin 1988]]) : la liaison {{Noémie}} n'était pas activée. C'est fait. {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Chambéry}}, {{Pass loisirs}}. Un papa au téléphone inscrit ses enfants au foot et à la danse. L'agente : « l'année de naissance suffit ». « [[PERSONNE:Ethan]], [[DATE_NAISSANCE:12]] ; [[PERSONNE:Inaya]], [[DATE_NAISSANCE:15]]… non [[DATE_NAISSANCE:14]], elle est en {{CM2}} ». L'agente : « donc [[DATE_NAISSANCE:2014]] ». Nom : [[PERSONNE:Cordier]]. {{50 €}} par enfant sur la licence.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Valence}}. Une femme cherche sa mère : « [[PERSONNE:Paulette Rey]], née le [[DATE_NAISSANCE:4 avril 1931]] ». Rien. L'agente : « elle est peut-être enregistrée sous son nom de naissance ? » – « [[PERSONNE:Jourdan]] ». Trouvée : [[PERSONNE:JOURDAN Paulette]], même date, {{box 4}}, en attente de scanner.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Lyon Part-Dieu}}, salle d'attente pleine à {{13h30}}. Sur l'écran : « {{2 000}} offres dans la logistique ! ». À côté de moi, un homme relit sa lettre de motivation {{10 fois}}. Il a un entretien chez {{DHL}} à {{Saint-Priest}} dans {{1h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, [[ADRESSE:128 galerie de l'Arlequin, Grenoble]]. La contrôleuse vérifie la vie commune déclarée (mariage le {{2 mars}} dernier). Le mari, [[PERSONNE:Lotfi Gharbi]] : « [[DATE_NAISSANCE:1992]] ? » – « [[DATE_NAISSANCE:1993]] ! ». Madame [[PERSONNE:Gharbi]], [[DATE_NAISSANCE:16/09/1995]]. L'enfant de madame, né avant : [[PERSONNE:Wael]], [[DATE_NAISSANCE:2017]]. Dossier fusionné sous le n° [[N_ALLOCATAIRE:8841032]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Loire}}. M. [[PERSONNE:Yves Barlet]], {{63 ans}}, sera expulsé demain matin de son logement, [[ADRESSE:2 rue de la Montat, 42100 Saint-Étienne]] (huissier à {{9h}}). Il appelle la veille « pour prévenir ». L'écoutante le met en priorité et lui donne le numéro de l'{{ADIL}}. Son portable : [[TELEPHONE:06 95 40 27 13]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une maman veut déclarer un médecin traitant pour ses {{3 enfants}} (leur pédiatre part à la retraite). « Les dates de naissance ? » – « [[DATE_NAISSANCE:23/05/2009]], [[DATE_NAISSANCE:01/12/2011]], et le petit [[DATE_NAISSANCE:2 du 2 2018]] ». La conseillère : « facile à retenir ». Nouveau médecin : Dr [[PERSONNE:Lambert-Ouattara]], à {{Saint-Fons}}. Formulaire à faire remplir au cabinet.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vénissieux}}, versement d'une aide de {{200 €}} accordée en commission. L'agente saisit le RIB de Mme [[PERSONNE:Nadia Zerrouki]] : [[IBAN:FR76 1100 6001 2052 0136 4870 071]]. Virement sous {{10 jours}}. Elle demande si c'est possible en espèces : non.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur ({{Boulangerie Gaillard}}, {{Voiron}}) appelle : son stagiaire en {{POEI}}, [[PERSONNE:Anthony Rolland]], ne vient plus depuis {{3 jours}}. La conseillère essaie le portable du jeune, [[TELEPHONE:07 83 11 56 40]] : messagerie pleine. Mail envoyé à [[EMAIL:anto.rolland@gmail.com]]. Le patron, M. [[PERSONNE:Gaillard]] : « c'est dommage, il était bon ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Valence}}. M. [[PERSONNE:Dos Santos]], {{71 ans}}, élève ses deux petits-fils depuis {{septembre}} (leur mère est hospitalisée). L'agente veut les dates ; il sort un papier plié en quatre : « [[PERSONNE:Kevin]] [[DATE_NAISSANCE:30.03.2012]], [[PERSONNE:Dylan]] [[DATE_NAISSANCE:17.08.2015]] ». Lui-même : « [[DATE_NAISSANCE:1953]], le [[DATE_NAISSANCE:8 du 1]] ». Dossier {{ASF}} ouvert (enfants recueillis). Il demande si sa retraite compte.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Étienne}}, {{Hôpital Nord}}, {{lundi 8h}}. Relève nuit/jour : {{24 patients}}, dont {{6}} qui attendent un lit depuis hier. Le cadre de santé passe {{40 min}} au téléphone pour trouver des lits dans les étages. « C'est tous les lundis. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Vénissieux}}. La TS aide le couple [[PERSONNE:Bakayoko]] à déclarer la naissance à la {{Caf}} : bébé [[PERSONNE:Aya]], née le [[DATE_NAISSANCE:12 janvier]] à l'{{HFME}}. Père : « [[DATE_NAISSANCE:1er janvier 1994]] » (« c'est la préfecture qui m'a donné le premier janvier »). Mère : « [[DATE_NAISSANCE:2000]]… [[DATE_NAISSANCE:19 mars 2000]] ». Premier enfant. Ils rient quand la TS lit « date de mariage » : « pas encore ! »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de Mme [[PERSONNE:Amina Yusuf]], réfugiée somalienne. {{Carte de résident}} ({{10 ans}}) n° [[IDENTIFIANT:6912345098]]. Adresse : [[ADRESSE:9 rue Professeur Beauvisage, 69008 Lyon]]. Elle a un diplôme d'infirmière somalien : la conseillère l'oriente vers l'{{ARS}} pour l'équivalence (ici l'Agence régionale de santé, pas l'allocation de rentrée 😄).",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Annecy}}. Une jeune mère, [[PERSONNE:Manon Pollet]], vient avec sa propre mère pour rattacher sa fille. NIR : [[NIR:2 01 09 74 010 078 44]]. L'agent : « vous êtes née à {{Annecy}} en [[DATE_NAISSANCE:septembre 2001]] ? » – « oui, le [[DATE_NAISSANCE:28 septembre]] ». La petite : [[PERSONNE:Jade]], née le [[DATE_NAISSANCE:4 février 2024]]. La grand-mère glisse qu'elle est « de [[DATE_NAISSANCE:75]] », « jeune pour être mamie ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Isère}}. M. [[PERSONNE:Rochas]] donne son numéro d'allocataire en toutes lettres : « [[N_ALLOCATAIRE:un million deux cent quatre-vingt-sept mille six cent quarante]] ». Question sur le {{complément familial}} : il faut {{3 enfants}} de plus de {{3 ans}}. « Les dates ? » – « [[DATE_NAISSANCE:2 mai 2013]], [[DATE_NAISSANCE:septembre 2016]], et la dernière [[DATE_NAISSANCE:2021]] ». Donc oui, à partir du mois qui suit les 3 ans de la petite.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'aide à domicile du {{CCAS}} de {{Bourg-en-Bresse}}. Ménage, courses, {{1h30}}. La dame ({{88 ans}}) nous montre les photos de son mariage, en {{1956}}. Elle parle de son mari décédé comme s'il était dans la pièce d'à côté. Le chat s'appelle {{Minou}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Savoie}}. Un jeune qui a eu {{18 ans}} hier, sorti de l'{{ASE}} ce matin, sac à dos, {{gare de Chambéry}}. « Date de naissance ? » – « le [[DATE_NAISSANCE:13 novembre 2006]] ». Prénom : [[PERSONNE:Kenzo]]. Son éducateur de l'ASE, [[PERSONNE:Samir]], rappelle une heure après pour vérifier qu'il a une place. Place trouvée au {{CHRS}} jeunes.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Lucas Benoît]] a changé de banque et veut que l'{{ARE}} arrive sur le nouveau compte. Le conseiller le guide dans son espace perso, rubrique coordonnées bancaires ; il relit l'IBAN pour vérifier : [[IBAN:FR76 1780 6002 5762 0944 1380 792]]. Identifiant [[ID_FRANCE_TRAVAIL:6127884 A]]. Pris en compte pour le paiement du mois prochain.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Étienne}}, {{8h25}} : {{30 personnes}} devant la porte avant l'ouverture. L'agent d'accueil arrive, salue tout le monde, distribue les tickets dans l'ordre. Personne ne double. Je suis surpris du calme.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Perrier]], {{84 ans}}, n'a pas internet ; il voudrait qu'on envoie ses relevés à sa fille : « [[EMAIL:sophie.perrier@wanadoo.fr]], avec un arobase ». Le conseiller : pas sans procuration. Courrier alors. « Dans le temps c'était plus simple. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Grenoble}} ({{Mistral}}). Mme [[PERSONNE:Haroun]] demande la gratuité de la cantine pour ses {{4 enfants}}. L'agent : « les années de naissance ». « [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2014]], et [[DATE_NAISSANCE:2017]] pour les jumeaux ». Elle ajoute : « [[PERSONNE:Safa]], celle de [[DATE_NAISSANCE:2014]], elle est née le [[DATE_NAISSANCE:jour de Noël]], on fête deux fois ». Quotient {{312}}, gratuité accordée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences du {{CHU Grenoble Alpes}}. Une pharmacie de {{Fontaine}} appelle : M. [[PERSONNE:Da Silva]] est arrivé avec une ordonnance des urgences sans nom de médecin. L'agente retrouve le passage (hier {{22h}}) : c'était le Dr [[PERSONNE:Lemoine]]. Le patient rappelle ensuite lui-même depuis son portable, [[TELEPHONE:06 31 09 74 58]] : sa voiture, [[IMMATRICULATION:EZ-158-PA]], est restée sur le parking des urgences depuis hier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel ({{B&B}} d'{{Annecy}}, {{chambre 106}}) avec la travailleuse sociale du {{SIAO}}. Famille [[PERSONNE:Hakobyan]] : la mère, [[PERSONNE:Anush]], [[DATE_NAISSANCE:1989]] ; les garçons, [[PERSONNE:Davit]] ({{12 ans}}, « [[DATE_NAISSANCE:2012]], le [[DATE_NAISSANCE:9 avril]] ») et [[PERSONNE:Narek]] ({{8 ans}}, « [[DATE_NAISSANCE:2016]], ou [[DATE_NAISSANCE:2017]]… [[DATE_NAISSANCE:2016]] »). Le père est resté à {{Erevan}}. Inscription faite au collège de {{Seynod}}. La chambre sent le riz et la cannelle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} de l'{{Ain}}. Une grand-mère appelle pour sa fille « qui parle pas bien français ». Le conseiller écoute sans rien dire du dossier. Elle récite : « ma fille [[PERSONNE:Samira]] est de [[DATE_NAISSANCE:quatre-vingt-seize]], ses enfants [[DATE_NAISSANCE:deux mille seize]], [[DATE_NAISSANCE:deux mille dix-huit]], et le dernier il a {{neuf mois}} ». Le conseiller : « il faudrait que votre fille appelle, avec vous à côté ». Rappel demain {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Diagnostic des « freins » pour le {{RSA}} rénové, {{France Travail}} {{Bourg-en-Bresse}}. Garde d'enfants : « ils ont quel âge ? » Mme [[PERSONNE:Perret]] donne les dates : « [[DATE_NAISSANCE:3 octobre 2021]] et [[DATE_NAISSANCE:15 juillet 2023]] ». Le conseiller calcule à voix haute : « {{3 ans}} et {{1 an}}, donc crèche ou assmat ». Orientation vers le {{Relais Petite Enfance}}. {{15h}} d'activité « adaptées ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Deuxième journée avec les agents de contrôle de la {{Cpam}} du {{Rhône}}. Briefing à {{8h}} : {{12 adresses}} réparties entre {{3 binômes}}. Consigne : ne jamais entrer sans y être invité, jamais de photos. Retour au bureau à {{16h}}, saisie des PV jusqu'à {{17h30}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Grenoble}}. Une jeune, [[PERSONNE:Lola]], {{19 ans}}, en errance, n'a plus de téléphone. Seul moyen de la joindre : son Snap, [[IDENTIFIANT:@lolaa.grnbl]]. L'éducateur de rue, [[PERSONNE:Yann]], lui envoie les horaires par là. Elle repart avec un duvet et un ticket {{TAG}}.",
    ),
]

BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Villeurbanne}}. Mme [[PERSONNE:Audrey Vincent]] vient après son divorce (jugement du {{12 décembre}}). Elle n'a plus son numéro, l'agent la retrouve avec le NIR, [[NIR:2 87 03 69 266 412 77]] : « vous êtes bien née le [[DATE_NAISSANCE:21 mars 1987]] ? ». Les enfants : [[PERSONNE:Zoé]] [[DATE_NAISSANCE:2012]], [[PERSONNE:Paul]] [[DATE_NAISSANCE:2015]] ; « le [[DATE_NAISSANCE:1er août]] pour [[PERSONNE:Paul]], pas le [[DATE_NAISSANCE:8 janvier]] comme vous avez mis » (jour et mois inversés dans le dossier). Nouveau n° : [[N_ALLOCATAIRE:7752019]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}, {{Grenoble}}. Réunion flash à {{11h}} : nouvelle règle sur les sanctions ({{RSA}} rénové). Les conseillers ne savent pas encore comment l'expliquer. L'un d'eux : « on va improviser ». Reprise des appels à {{11h15}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Drôme}}, {{20h40}}. Un homme appelle avec le portable d'un passant : il est avec sa femme et {{4 enfants}} devant la gare de {{Valence}}. « Les âges ? » – « {{15}}, {{11}}, {{6}}… et le bébé ». « Les années de naissance plutôt. » – « [[DATE_NAISSANCE:2009]]… [[DATE_NAISSANCE:2013]]… [[DATE_NAISSANCE:2018]], et le bébé [[DATE_NAISSANCE:juin dernier]] ». Nom : [[PERSONNE:Bekhouche]]. Numéro pour rappeler (celui du passant) : [[TELEPHONE:06 12 47 90 83]]. Orientation vers le {{Diaconat protestant}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Saint-Étienne}}. M. [[PERSONNE:Gérard Faure]] conteste une facture du {{CHU}} reçue chez lui : facture n° [[IDENTIFIANT:F2024-118734]], {{386 €}}, pour un passage aux urgences. L'agent explique le {{forfait patient urgences}} ({{19,61 €}}) et que le reste relève de la mutuelle. Il repart avec un courrier type.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, [[ADRESSE:37 faubourg Montmélian, 73000 Chambéry]]. Allocataire : Mme [[PERSONNE:Besson]], déclarée isolée depuis {{2023}}. Sur la boîte aux lettres, deux noms : [[PERSONNE:Besson]] / [[PERSONNE:Rivière]]. Elle explique que M. [[PERSONNE:Rivière]] est le père des enfants et qu'il « passe ». Le contrôleur vérifie les enfants, [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2019]], puis demande la date de naissance de monsieur : « [[DATE_NAISSANCE:1984]], je crois, [[DATE_NAISSANCE:novembre]] ». Rapport : « situation à requalifier ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lyon}}, antenne du {{7e}}. Mme [[PERSONNE:Chen]] demande une aide pour la cantine ; sa fille [[PERSONNE:Xinyi]] traduit. Les dates : « maman, [[DATE_NAISSANCE:1983]] ; moi, [[DATE_NAISSANCE:2010]], le [[DATE_NAISSANCE:18 février]], l'année du {{Tigre}} ; mon frère [[PERSONNE:Hao]], [[DATE_NAISSANCE:2016]] ». L'agent rit : « le Tigre, je ne le note pas ». Arrivées en France en {{2019}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de la {{Croix-Rousse}}. Un patient âgé, confus, retrouvé dans le métro à {{Hénon}}. Le bracelet à son poignet : « [[PERSONNE:Marcel Bonnard]], IPP [[IDENTIFIANT:0231457]], {{EHPAD Les Glycines}} ». La secrétaire appelle l'EHPAD, qui le cherchait depuis {{2h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un père ({{56 ans}}) et son fils ({{23 ans}}) s'inscrivent ensemble : même usine fermée à {{Rive-de-Gier}}. La conseillère prend le père : « [[DATE_NAISSANCE:1968]]… le [[DATE_NAISSANCE:14 juillet]] » (« comme la {{fête nationale}}, facile »). Le fils : « [[DATE_NAISSANCE:2001]] », il cherche le jour : « [[DATE_NAISSANCE:28 novembre]] ». Nom : [[PERSONNE:Chapelon]]. Identifiants : [[ID_FRANCE_TRAVAIL:3377450P]] pour le père, [[ID_FRANCE_TRAVAIL:8016223T]] pour le fils (déjà inscrit en {{2021}}).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute, {{Caf}} de {{Haute-Savoie}}. Un appel en anglais (un couple britannique installé à {{Thônes}}) : la conseillère s'en sort très bien. Le suivant voulait la {{Cpam}}. Le suivant : un courrier « incompréhensible » sur l'{{APL}}, qu'elle relit mot à mot avec lui. {{12 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} pour femmes à {{Lyon}}. Entretien d'accueil de Mme [[PERSONNE:Benmoussa]]. Pour ses filles elle connaît les anniversaires mais pas les années : « [[PERSONNE:Yasmine]] le [[DATE_NAISSANCE:6 novembre]], [[PERSONNE:Rania]] le [[DATE_NAISSANCE:2 mars]] ». La TS déduit avec les âges ({{10}} et {{7 ans}}) : « donc [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]] ? » – « si vous le dites ». Elle-même, « née en [[DATE_NAISSANCE:1990]] à {{Casablanca}} ». Plainte déposée le {{4 avril}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une assurée en congé maternité a changé de banque. La conseillère prend l'IBAN à l'oral : « [[IBAN:FR76 3000 4018 7000 0104 5732 981]] ». Elle répète tout, deux fois. Pas d'erreur. Mme [[PERSONNE:Clerc]] devra quand même envoyer le RIB par la messagerie {{Ameli}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Valence}}, inscriptions au repas des aînés (à partir de {{70 ans}}). Un monsieur appelle pour lui et sa femme : « moi je suis de [[DATE_NAISSANCE:cinquante-trois]], elle de [[DATE_NAISSANCE:cinquante-cinq]] ». L'agente : « madame n'a pas encore {{70 ans}} alors ». – « Elle les aura le [[DATE_NAISSANCE:12 juin]], avant le repas ! ». Repas le {{29 juin}}, inscription acceptée. [[PERSONNE:Gilbert]] et [[PERSONNE:Josette Bonnet]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de l'{{Isère}}, antenne de {{Vienne}}. M. [[PERSONNE:Arnaud Teyssier]] ne touche plus ses {{APL}} depuis {{2 mois}}. Dossier [[N_ALLOCATAIRE:4180377]] : le RIB a été rejeté par la banque. Il donne le bon : [[IBAN:FR91 3000 2008 3600 0007 2651 X50]] (l'ancien avait une lettre en moins). Rappel versé sous {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Bourg-en-Bresse}}, {{2h10}}. Une mère affolée : son fils n'est pas rentré, un copain dit que les pompiers l'ont emmené. « Nom, prénom, date de naissance ? » – « [[PERSONNE:Tristan Michaud]], [[DATE_NAISSANCE:9 février 2007]]… non, [[DATE_NAISSANCE:2008]] ! Je suis perdue, c'est son frère qui est de [[DATE_NAISSANCE:2007]] ». L'agente trouve : [[PERSONNE:Tristan]], [[DATE_NAISSANCE:09/02/2008]], arrivé à {{0h40}}, alcoolisation. « Venez. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salon « jobs d'été » de {{France Travail}} et de la {{Ville de Chambéry}}. {{800 offres}}, {{1 200 visiteurs}} en {{4h}}. Les stands les plus courus : les stations de ski (pour l'hiver suivant 🤷) et {{Walibi}}. Une mère fait la queue à la place de son fils.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appartement d'insertion du {{CHRS}}, [[ADRESSE:19 rue Paul Bert, 69003 Lyon]]. M. [[PERSONNE:Jonathan Ribeiro]] montre le récépissé de plainte : son scooter, immatriculé [[IMMATRICULATION:EP-033-CT]], a été volé dans la cour. Sans scooter, plus de livraisons {{Uber Eats}}. Le TS cherche une solution vélo avec le {{Secours populaire}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} du {{Rhône}}. M. [[PERSONNE:Soumaré]] lit ce qu'il voit dans l'appli : « ça marque [[PERSONNE:Fatou]], [[DATE_NAISSANCE:2015-07-04]], [[PERSONNE:Issa]], [[DATE_NAISSANCE:2017-10-21]] ». Il veut ajouter le troisième, [[PERSONNE:Moussa]], né le [[DATE_NAISSANCE:30 décembre]] : « [[DATE_NAISSANCE:2024]] ? » – « oui oui, fin d'année ». Le conseiller le guide dans la déclaration. N° alloc [[N_ALLOCATAIRE:1065384]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de la {{Loire}}, {{Saint-Étienne}}. Mme [[PERSONNE:El Idrissi]], NIR [[NIR:274059935004415]], dépose une demande de {{CSS}} pour le foyer. « Votre date de naissance ? » – « [[DATE_NAISSANCE:17 mai 74]] ». « Vos enfants à charge ? » – « [[PERSONNE:Hamza]], [[DATE_NAISSANCE:2003]], il est étudiant, et [[PERSONNE:Salma]], [[DATE_NAISSANCE:2008]] ». [[PERSONNE:Hamza]] a {{21 ans}} : il compte s'il a moins de {{25 ans}} et vit là. Dossier complet.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Chambéry}} ({{Le Biollay}}), pour une aide au départ en vacances. La mère cuisine et répond par-dessus l'épaule : « [[PERSONNE:Léna]] c'est [[DATE_NAISSANCE:10]], [[PERSONNE:Hugo]] [[DATE_NAISSANCE:13]] et [[PERSONNE:Lucie]] [[DATE_NAISSANCE:19]] ». L'AS : « [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2013]], [[DATE_NAISSANCE:2019]] ? » – « voilà ». Mme [[PERSONNE:Dubois]] voudrait une semaine à {{Argelès}} en {{juillet}}. {{VACAF}} possible.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère confirme à [[PERSONNE:Mélissa Vidal]] le financement de son permis ({{1 200 €}}). Il lui faut son numéro NEPH : [[IDENTIFIANT:190338200475]]. Auto-école {{ECF}} à {{Grenoble}}. Identifiant [[ID_FRANCE_TRAVAIL:9904518 S]]. Code prévu en {{mai}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Grenoble}}, accueil refait à neuf : canapés, plantes, {{4 box}} fermés pour les RDV. Un agent me dit que les gens parlent plus facilement dans un box. En revanche, plus d'accueil sans RDV l'après-midi, et ça râle au téléphone.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Ain}}, nuit calme : {{6 appels}} entre {{22h}} et {{1h}}. Un habitué appelle juste pour parler, l'écoutant lui accorde {{10 min}}. « Il appelle tous les soirs, c'est son rituel. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Villeurbanne}}. M. [[PERSONNE:Kader Meddour]] vient arrêter sa domiciliation : il a enfin un logement, [[ADRESSE:56 cours Émile Zola, 69100 Villeurbanne]] ({{Est Métropole Habitat}}). L'agent clôt le dossier et lui serre la main. Il laisse son nouveau numéro au cas où : [[TELEPHONE:07 45 98 12 36]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Chambéry}}. Incendie dans un immeuble des {{Hauts-de-Chambéry}}, {{5 personnes}} d'une même famille intoxiquées. Le père donne tout au guichet, un pompier à côté : « moi [[DATE_NAISSANCE:1979]], ma femme [[DATE_NAISSANCE:1982]], [[PERSONNE:Noa]] [[DATE_NAISSANCE:2008]], [[PERSONNE:Sacha]] [[DATE_NAISSANCE:2011]], [[PERSONNE:Élise]] [[DATE_NAISSANCE:2014]] ». La secrétaire crée des dossiers provisoires, « on complétera demain ». Nom : [[PERSONNE:Gonthier]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour au bureau avec le contrôleur {{Caf}} après {{3 visites}}. Il rédige ses rapports sur un logiciel qui plante. Il me montre la grille : {{14 critères}} pour la vie maritale (courrier, vêtements, voiture, témoignages…). Il dit n'en cocher jamais plus de {{2}} ou {{3}} « sans preuve ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un père de {{Bourg-en-Bresse}} : l'hôpital a refusé le tiers payant pour son fils. « Nom et date de naissance de l'enfant ? » – « [[PERSONNE:Adrien Mercier]], [[DATE_NAISSANCE:03/2012]] » – « le jour ? » – « [[DATE_NAISSANCE:27 mars]] ». L'enfant n'était rattaché qu'à la mère, passée à la {{MSA}}. « Et la petite sœur, [[PERSONNE:Margot]] ? » – « [[DATE_NAISSANCE:2016]] ». Pareil. Rattachement au père fait pendant l'appel.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien, fin de droits {{ARE}}. Mme [[PERSONNE:Brigitte Chevalier]] demande quand elle pourra partir à la retraite. « Vous êtes de quelle année ? » – « [[DATE_NAISSANCE:1964]] ». « Et le jour ? » – « [[DATE_NAISSANCE:10 octobre]] ». Simulation sur {{info-retraite.fr}} : {{63 ans}} pour sa génération. Elle a {{60 ans}} et soupire : « encore {{3 ans}} à chercher ». Bascule vers l'{{ASS}} possible.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Annecy}}, ligne des impayés de cantine. {{5 appels}} en {{1h}}, tous pour des relances de la {{Ville}} reçues le même jour. L'agente a préparé un texte pour expliquer l'échéancier. « À la rentrée c'est trois fois plus. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} de {{Haute-Savoie}}. Vérif d'identité : « votre date de naissance ? » – « [[DATE_NAISSANCE:1er janvier 2000]], le bug de l'an {{2000}} 😄 ». « Celle de votre conjoint ? » – « [[DATE_NAISSANCE:98]]… le [[DATE_NAISSANCE:16 août 98]] ». « Et votre fille, pour la {{PAJE}} ? » – « [[PERSONNE:Alba]], le [[DATE_NAISSANCE:3 du 3]], cette année ». Mme [[PERSONNE:Perrillat-Collomb]]. Le {{CMG}} sera calculé sur la nounou.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Saint-Étienne}}. Mme [[PERSONNE:Dumitru]] ne lit pas le français ; pour les dates des enfants, elle tend les carnets de santé à la TS, qui lit : « [[PERSONNE:Ana-Maria]], [[DATE_NAISSANCE:7 septembre 2011]] ; [[PERSONNE:Gabriel]], [[DATE_NAISSANCE:19 décembre 2014]] ; [[PERSONNE:Sorin]]… il manque la page ». La mère : « [[DATE_NAISSANCE:2019]], l'hiver ». Arrivés à {{Saint-Étienne}} en {{2020}}, squat à {{Terrenoire}} jusqu'en {{2023}}.",
    ),
]

BATCH_8 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de l'{{Ain}}, {{Bourg-en-Bresse}}. Mme [[PERSONNE:Khady Sow]], {{20 ans}}, demande le {{RSA}} majoré (parent isolé). NIR : [[NIR:2 04 04 99 341 016 41]], née à {{Dakar}} le [[DATE_NAISSANCE:9 avril 2004]]. Son fils, [[PERSONNE:Ismaël]] : « il a {{1 an}} et demi… [[DATE_NAISSANCE:2023]], [[DATE_NAISSANCE:octobre]] ». L'agent lit sur l'acte : [[DATE_NAISSANCE:12/10/2023]]. Elle est arrivée en France à {{15 ans}}, lycée à {{Bourg}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} de la {{Drôme}}. Un père veut vérifier que sa fille est bien prise en compte. « Sa date de naissance ? » – « [[DATE_NAISSANCE:zéro trois, zéro cinq, deux mille onze]] ». « Donc le [[DATE_NAISSANCE:3 mai 2011]]. » – « Non ! le [[DATE_NAISSANCE:5 mars]] ! Zéro trois c'est le mois, je l'ai dit à l'américaine. » Rires. Il s'appelle [[PERSONNE:Stéphane Blanc]], il a vécu {{10 ans}} à {{Montréal}}. La fille, [[PERSONNE:Chloé]], est bien au dossier avec la bonne date, [[DATE_NAISSANCE:05/03/2011]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite sur l'aire d'accueil de {{Saint-Priest}} avec la TS du {{CHRS}} (accompagnement hors les murs). Famille [[PERSONNE:Reinhardt]], [[ADRESSE:aire de la Fouillouse, place 12]] : caravane et fourgon [[IMMATRICULATION:DL-772-RZ]]. Le fils aîné voudrait passer le permis poids lourd. La TS parle domiciliation et scolarité des petits avec le {{CNED}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Chambéry}}, borne {{Ameli}}. L'agent aide Mme [[PERSONNE:Jacqueline Mollard]], {{77 ans}}, à créer son compte. Pas d'adresse mail ; sa petite-fille lui en a créé une la veille : [[EMAIL:jacqueline.mollard1948@gmail.com]]. Mot de passe noté dans un carnet 😬. Code provisoire par courrier sous {{5 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Étienne}}, aide pour une facture de cantine. Mme [[PERSONNE:Rocha]], brésilienne : « [[PERSONNE:Davi]] nasceu… pardon, il est né en [[DATE_NAISSANCE:deux mille quinze]] ; [[PERSONNE:Helena]], [[DATE_NAISSANCE:deux mille dix-huit]], le [[DATE_NAISSANCE:vingt-deux avril]] ». Arrivée en France le {{3 janvier 2022}}, audience {{JAF}} le {{11 juin}}. Aide de {{90 €}} accordée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Vénissieux}}, {{16h}}. Fin de journée, les conseillers rangent ; le vigile ferme la porte à {{16h30}} pile. Une dame arrive à {{16h31}} 🏃‍♀️, on lui ouvre quand même. Le directeur d'agence : « on n'est pas des robots ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Vérification d'éligibilité au {{CEJ}} (moins de {{26 ans}}). [[PERSONNE:Ilan]] au téléphone : « je suis de [[DATE_NAISSANCE:99]] ». La conseillère : « vous avez donc {{25 ans}}, ça passe si on signe avant votre anniversaire ». « C'est le [[DATE_NAISSANCE:13 septembre]]. » Entrée possible. Il demande si sa sœur, « née en [[DATE_NAISSANCE:2006]] », peut venir aussi : oui, via la {{Mission locale}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Lyon}}, RDV de {{30 min}} pour une famille recomposée. L'agente dessine l'arbre sur un post-it pour s'y retrouver :\n– M. [[PERSONNE:Lefebvre]] ([[DATE_NAISSANCE:1980]]) : [[PERSONNE:Louna]] [[DATE_NAISSANCE:2008]], [[PERSONNE:Maxence]] [[DATE_NAISSANCE:2011]] (garde alternée)\n– Mme [[PERSONNE:Aubert]] ([[DATE_NAISSANCE:1985]]) : [[PERSONNE:Inès]] [[DATE_NAISSANCE:2014]]\n– ensemble : [[PERSONNE:Côme]], né le [[DATE_NAISSANCE:2 septembre 2022]]\nMariés en {{2021}}. « Et moi je compte comment ? » demande [[PERSONNE:Louna]], {{16 ans}}, venue avec eux.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHANGE}}, {{Annecy}}. Un randonneur suisse, chute au {{Semnoz}} : [[PERSONNE:Reto Baumgartner]], carte d'assuré suisse n° [[IDENTIFIANT:80756 0001 2345 6789]]. Sa femme a garé leur voiture devant l'entrée des urgences (plaque [[IMMATRICULATION:GE 482317]]) ; l'agent de sécurité lui demande de la déplacer. Tout se passe en allemand et en gestes.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} d'{{Annecy}}, accueil d'un père seul avec ses deux fils. Le TS : « vos dates de naissance, à tous les trois ». « Moi, [[DATE_NAISSANCE:1975]]. » « Les garçons ? » – « [[PERSONNE:Yassine]], il va avoir {{17 ans}}, [[DATE_NAISSANCE:2008]] ; [[PERSONNE:Ayoub]], [[DATE_NAISSANCE:2011]] ». « Le jour ? » – « le [[DATE_NAISSANCE:4 février]] pour les deux, à trois ans d'écart, c'est drôle hein ». Lui : [[PERSONNE:Mustapha Benyoucef]]. Séparé depuis {{2024}}, la mère est repartie au {{Maroc}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une jeune femme corse installée à {{Grenoble}} : ses remboursements passent encore par la caisse de {{Bastia}}. NIR : [[NIR:2 99 12 2B 033 207 57]]. « Née le [[DATE_NAISSANCE:24 décembre 1999]] ? » – « oui, la [[DATE_NAISSANCE:veille de Noël]] ». Sa fille, [[PERSONNE:Livia]], « [[DATE_NAISSANCE:2023]] », n'est rattachée à personne. Mutation et rattachement lancés. Mme [[PERSONNE:Casanova]] (« comme l'autre, oui »).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Vénissieux}}. Coupure du réseau de la mairie de {{14h}} à {{15h30}} : plus de téléphone fixe. Les agents donnent aux partenaires le portable de service. Je passe l'après-midi à classer des dossiers avec eux.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Annecy}}, [[ADRESSE:8 chemin des Fins, 74000 Annecy]]. Vérif des enfants à charge chez M. [[PERSONNE:Berthod]]. « [[PERSONNE:Clément]], [[DATE_NAISSANCE:2006]] ? » – « oui, il a eu {{18 ans}} en [[DATE_NAISSANCE:mars]], il est en alternance à {{Cran-Gevrier}} ». Salaire d'apprenti {{980 €}} : sous le plafond, il reste à charge. « [[PERSONNE:Juliette]], [[DATE_NAISSANCE:11 juillet 2010]] ? » – « c'est ça ». La contrôleuse, [[PERSONNE:Nathalie]], me dit qu'elle aime ces contrôles-là, « tout est carré ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « réseau » à {{France Travail}} {{Grenoble}}. Chacun se présente : [[PERSONNE:Karima]], ex-comptable ; [[PERSONNE:Julien]], cuisinier ; [[PERSONNE:Ophélie]], graphiste, qui distribue sa carte : [[EMAIL:contact@ophelie-graphisme.fr]], [[TELEPHONE:06 58 74 12 09]]. L'animatrice, Mme [[PERSONNE:Vasseur]], fait échanger les numéros « pour s'entraider ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Chambéry}}. Une affiche {{France Services}} annonce les permanences. Le conseiller me montre le guide des prestations papier, {{120 pages}}, qu'il n'ouvre plus : « tout est dans l'outil ». À {{11h}}, rush : {{22 tickets}} en attente.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences pédiatriques, {{HFME}}. Un père appelle : sa fille a été amenée par l'école. « Son nom, sa date de naissance ? » – « [[PERSONNE:Mila Rousseau]], née le [[DATE_NAISSANCE:vingt-neuf octobre deux mille quinze]] ». L'agente : « on l'a, elle va bien, c'est une entorse ». « Sa mamie arrive, elle peut la voir ? » – « il faudra votre autorisation ». Il dicte le nom de la mamie : [[PERSONNE:Françoise Rousseau]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}. Mme [[PERSONNE:Mukendi]] rappelle pour la {{12e fois}} cette semaine. L'écoutante relit la fiche : « vous, [[DATE_NAISSANCE:1992]] ; [[PERSONNE:Glodie]] et [[PERSONNE:Glody]], les jumeaux, [[DATE_NAISSANCE:2017]] ; [[PERSONNE:Merveille]], [[DATE_NAISSANCE:2021]] ». Mme corrige : « [[PERSONNE:Merveille]] c'est [[DATE_NAISSANCE:2020]], le [[DATE_NAISSANCE:31 décembre]] ». Demande d'asile déposée le {{14 mars 2024}}. Toujours pas de place. « Je rappelle demain. »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile du {{CCAS}} de {{Valence}} pour un dossier d'aide ménagère. M. [[PERSONNE:Raymond Chabal]], « [[DATE_NAISSANCE:trente-quatre]] », et sa femme [[PERSONNE:Odette]], « [[DATE_NAISSANCE:trente-six]], le [[DATE_NAISSANCE:1er avril]], c'est pas une blague ». Mariés en {{1958}}. {{90}} et {{88 ans}}. L'AS remplit la grille {{AGGIR}} ; ils rient à chaque question.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. [[PERSONNE:Samuel Nakache]] n'a pas reçu son attestation employeur dématérialisée. Le conseiller vérifie le dossier ([[ID_FRANCE_TRAVAIL:7034952 W]]), appelle l'employeur, {{Intermarché}} de {{Saint-Genis-Laval}}, et lui envoie la marche à suivre à [[EMAIL:sam.nakache@icloud.com]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} de la {{Savoie}}. Mme [[PERSONNE:Jacquier]] lit son livret de famille au téléphone, page par page : « mariage le {{17 juin 2006}} à {{Aix-les-Bains}} ; époux né le [[DATE_NAISSANCE:3 mars 1978]] ; épouse née le [[DATE_NAISSANCE:22 novembre 1981]] ; premier enfant, [[PERSONNE:Baptiste]], né le [[DATE_NAISSANCE:8 février 2008]]… ». Le conseiller l'arrête : « seulement les enfants, madame ». Deuxième enfant : [[PERSONNE:Camille]], [[DATE_NAISSANCE:30 août 2012]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas de midi au {{CHRS}} de {{Grenoble}}. {{35 couverts}}, un résident cuisine avec l'animatrice (gratin, salade). Pas de prénoms sur les badges des résidents, juste « Bienvenue ». Café en terrasse ensuite, on parle foot ({{OL}}–{{ASSE}} dimanche).",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Lyon}}, {{Guillotière}}. Une grand-mère ukrainienne avec son petit-fils. Le certificat de naissance dit [[DATE_NAISSANCE:15.08.2014]] ; l'agent tape [[DATE_NAISSANCE:08/15/2014]], le logiciel refuse 😅, il corrige. L'enfant : [[PERSONNE:Artem]]. La grand-mère : [[PERSONNE:Valentyna Hrytsenko]], « [[DATE_NAISSANCE:1958]] ». Protection temporaire, {{APS}} valable jusqu'au {{4 mars}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Étienne}}. M. [[PERSONNE:Florian Massot]] et Mme [[PERSONNE:Chloé Boyer]] se mettent en couple : fusion des dossiers [[N_ALLOCATAIRE:2846103]] et [[N_ALLOCATAIRE:5017729]]. Quel compte garder ? Ils se chamaillent gentiment. Ce sera le compte joint : [[IBAN:FR61 2004 1010 0911 7742 0V03 854]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Annecy}}, domiciliation d'une famille. Carte d'identité de la mère, n° [[IDENTIFIANT:X4RTBPFW4]] (nouveau format). L'agent recopie : [[PERSONNE:Sandra Métral]], née le [[DATE_NAISSANCE:30/06/1988]]. Enfants : [[PERSONNE:Enzo]] ([[DATE_NAISSANCE:2010]]), [[PERSONNE:Kaïs]] ([[DATE_NAISSANCE:2014]]). « Le père ? » – « parti ». Courrier à retirer les {{lundis}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} de l'{{Isère}}. Déclaration de déménagement par téléphone (l'appli bugue). Nouvelle adresse : [[ADRESSE:22 rue Nicolas Chorier, 38000 Grenoble]], entrée le {{1er février}}, loyer {{640 €}} charges comprises. M. [[PERSONNE:Ahmed Bouchareb]], n° alloc [[N_ALLOCATAIRE:3302718]]. « L'{{APL}} sera recalculée à partir de {{mars}}, pas avant. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Valence}}. Distribution des colis de {{Noël}} aux seniors : {{320 colis}}, {{6 bénévoles}}, {{2 agents}}. Une dame vient chercher le colis de sa voisine avec une procuration manuscrite ; on accepte. Chocolats {{Valrhona}}, évidemment (on est à côté de {{Tain}}).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Villeurbanne}}. Une grand-mère appelle pour le centre aéré de ses petits-enfants. « Leurs dates de naissance ? » – « alors… [[PERSONNE:Nassim]], il est en {{CM1}}, donc [[DATE_NAISSANCE:2015]]… non [[DATE_NAISSANCE:2014]], il a redoublé. [[PERSONNE:Lila]], [[DATE_NAISSANCE:7 mai 2018]], ça je sais, c'est mon anniversaire aussi ». « Pour le garçon, le jour ? » – « je vous rappelle ». Mme [[PERSONNE:Mansouri]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de M. [[PERSONNE:Abdirahman Warsame]]. Sur le titre de séjour : [[DATE_NAISSANCE:01/01/1985]]. Il sourit : « en vrai je suis né en [[DATE_NAISSANCE:1983]], mais c'est le papier qui compte ». La conseillère garde le papier. Ses {{3 enfants}} sont restés à {{Mogadiscio}}, « nés en [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2012]] et [[DATE_NAISSANCE:2015]] ». Identifiant créé : [[ID_FRANCE_TRAVAIL:4056621G]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de [[PERSONNE:Cyril Maréchal]] : une amende est arrivée pour la voiture que la plateforme mobilité ({{Wimoov}}) lui prête pour son CDD à {{Ambérieu}}. Plaque : [[IMMATRICULATION:FT-227-GM]]. La conseillère note et transfère à la plateforme. Identifiant [[ID_FRANCE_TRAVAIL:2671039 H]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Vénissieux}}, {{16h50}}, dernier RDV. Mme [[PERSONNE:Boualem]], {{5 enfants}}, met à jour sa situation après la naissance du dernier. L'agente relit la liste, elle confirme au fur et à mesure : « [[PERSONNE:Bilal]], [[DATE_NAISSANCE:2006]]… non, [[DATE_NAISSANCE:2005]], il a {{19 ans}}, il travaille ; [[PERSONNE:Ryma]], [[DATE_NAISSANCE:2009]], en {{2nde}} ; [[PERSONNE:Ayoub]], [[DATE_NAISSANCE:2012]] ; [[PERSONNE:Lina]], [[DATE_NAISSANCE:2016]] ; et [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:28]], il y a dix jours ». [[PERSONNE:Bilal]] sort du calcul des allocs. L'agente finit à {{17h20}}, vingt minutes après la fermeture.",
    ),
]

# --- end of the notes --------------------------------------------------------------------

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7 + BATCH_8

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        before = marked[last : m.start()]
        parts.append(before)
        pos += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip() or not value:
            raise ValueError(f"value {value!r} has outer whitespace in {marked[:60]!r}")
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {marked[:60]!r}")
    return text, entities, keep


def build():
    """All notes as dicts, ids in writing order."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
        if channel == "controle_sur_place" and site_kind in ("urgences", "france_travail"):
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
    """Ids of the dev and holdout halves; uses only the ids and the cells."""
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


def stats(notes, dev_ids, holdout_ids):
    """Print the count tables of the README (all / dev / holdout)."""
    parts = {
        "all": notes,
        "dev": [n for n in notes if n["id"] in dev_ids],
        "holdout": [n for n in notes if n["id"] in holdout_ids],
    }
    print("| site kind | channel | all | dev | holdout |\n|---|---|---|---|---|")
    for site_kind in SITE_KINDS:
        for channel in CHANNELS:
            row = [
                sum(n["site_kind"] == site_kind and n["channel"] == channel for n in part)
                for part in parts.values()
            ]
            if row[0]:
                print(f"| {site_kind} | {channel} | " + " | ".join(map(str, row)) + " |")
    print("\n| label | all | dev | holdout |\n|---|---|---|---|")
    counts = {
        name: Counter(e["label"] for n in part for e in n["entities"])
        for name, part in parts.items()
    }
    for label in LABELS:
        print(f"| {label} | " + " | ".join(str(counts[name][label]) for name in parts) + " |")
    total = [sum(counts[name].values()) for name in parts]
    print("| total | " + " | ".join(map(str, total)) + " |")
    keeps = [sum(len(n["keep"]) for n in part) for part in parts.values()]
    empty = [sum(not n["entities"] for n in part) for part in parts.values()]
    print("\n| | all | dev | holdout |\n|---|---|---|---|")
    print("| notes | " + " | ".join(str(len(p)) for p in parts.values()) + " |")
    print("| keep entries | " + " | ".join(map(str, keeps)) + " |")
    print("| notes without any entity | " + " | ".join(map(str, empty)) + " |")


def main(argv):
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")
    if "--stats" in argv:
        stats(notes, dev_ids, holdout_ids)


if __name__ == "__main__":
    main(sys.argv[1:])
